#!/usr/bin/env python3
"""Check the dev63 pairs (p01-p10, pair ids d63-01 … d63-10); adapted from corpus/dev44/check.py.
General checks: every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a
GB18030 file must not be valid UTF-8; DOCX: word/document.xml paragraph text; HTML: UTF-8, tags stripped), lengths
(feedback 800-3000 and report 1500-5000 non-whitespace characters), each gold.json is consistent (only the dev-pairs keys;
mode "pair"; known kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue; links only on
answered problems, each occurring exactly once in the report's visible text; every answered problem has a link; no
duplicate (kind, issue); every entry has a why; no stray files), the feedback's problem count (counted by each pair's own
numbering pattern) equals gold `issues`, the feedback and report dates give the report's lateness and late-report is
must_flag exactly when the report is later than three months after the feedback, every gap kind is planted at least
once and has a counter-case in some must_not_flag, the four weighted kinds (no-accountability, no-mechanism,
vague-measure, copied-measure) are each planted >= 3 times and countered >= 3 times with an issue number, exactly one
pair is a good report (no must_flag), and every gold file runs through /work/shared/dev-pairs/score.py against an empty
analyze JSON. Pair-specific form checks (the planted gaps really are in the text) follow.
Usage: python3 check.py [dev63-dir]. Exit 1 on failure."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
WEIGHTED = {"no-accountability", "no-mechanism", "vague-measure", "copied-measure"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of text files (every other .txt/.html: UTF-8, LF)
DECLARED = {
    "p03/feedback.txt": ("gb18030", "lf"),
    "p06/report.txt": ("utf-8", "crlf"),
    "p07/report.txt": ("utf-16-le-bom", "lf"),
    "p10/report.txt": ("gb18030", "lf"),
}
DOCX = {"p05/feedback.docx", "p08/report.docx"}
HTML = {"p04/report.html"}
LENGTHS = {"feedback": (800, 3000), "report": (1500, 5000)}
# (feedback date, report date) as they stand in the documents
DATES = {
    "p01": ("2025年3月18日", "2025年6月10日"), "p02": ("2024年10月22日", "2025年2月14日"),
    "p03": ("2025年4月9日", "2025年7月1日"), "p04": ("11月26日", "2025-02-20"),
    "p05": ("2025年5月13日", "2025年8月6日"), "p06": ("2024年9月10日", "2024年12月5日"),
    "p07": ("2025年2月20日", "2025年5月16日"), "p08": ("2024年12月3日", "2025年2月26日"),
    "p09": ("2025年6月17日", "2025年9月9日"), "p10": ("8月20日", "2024年11月12日"),
}
FEEDBACK_YEAR = {"p04": 2024, "p10": 2024}  # news items give the meeting day without the year (the page date has it)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
fails = []


def decode_bytes(rel, raw):
    enc, eol = DECLARED.get(rel, ("utf-8", "lf"))
    if enc == "utf-16-le-bom":
        assert raw.startswith(b"\xff\xfe"), "no UTF-16 LE BOM"
        text = raw[2:].decode("utf-16-le")
    elif enc == "gb18030":
        try:
            raw.decode("utf-8")
            raise AssertionError("declared GB18030 but is valid UTF-8")
        except UnicodeDecodeError:
            pass
        text = raw.decode("gb18030")
    else:
        assert not raw.startswith((b"\xef\xbb\xbf", b"\xff\xfe")), "unexpected BOM"
        text = raw.decode("utf-8")
    n_crlf, n_lf = text.count("\r\n"), text.count("\n")
    if eol == "crlf":
        assert n_crlf == n_lf and n_lf > 0, f"declared CRLF but {n_crlf} CRLF of {n_lf} LF"
    else:
        assert "\r" not in text, "unexpected CR"
    return text.replace("\r\n", "\n"), enc + ("+crlf" if eol == "crlf" else "")


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = ["".join(re.findall(r"(?s)<w:t(?:\s[^>]*)?>(.*?)</w:t>", p)) for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", xml)]
    feats = [f for f, tag in (("tbl", "<w:tbl>"), ("bold-runs", "<w:b/>")) if tag in xml]
    return html.unescape("\n".join(p for p in paras if p.strip())), "docx[" + ",".join(feats) + "]"


def html_text(path):
    raw = open(path, "rb").read()
    src, enc = decode_bytes(os.path.relpath(path, root), raw)
    assert re.search(r'<meta charset="utf-8">', src), "no utf-8 meta charset"
    body = re.sub(r"(?s)<head>.*?</head>", "", src)
    body = re.sub(r"(?i)<br\s*/?>|</(p|h[1-6]|div|tr|li)>", "\n", body)
    body = re.sub(r"(?i)</td>", " ", body)
    body = re.sub(r"<[^>]+>", "", body)
    lines = [l.strip() for l in html.unescape(body).split("\n")]
    return "\n".join(l for l in lines if l), "html/" + enc


def visible(f):
    rel = os.path.relpath(f, root)
    ext = f.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        assert rel in DOCX, "undeclared DOCX"
        return docx_text(f)
    if ext == "html":
        assert rel in HTML, "undeclared HTML"
        return html_text(f)
    assert ext == "txt", f"unexpected extension {ext}"
    return decode_bytes(rel, open(f, "rb").read())


def nchars(t):
    return len(re.sub(r"\s", "", t))


def parse_date(s, year=None):
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s) or re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", s)
    if m:
        return datetime.date(*map(int, m.groups()))
    m = re.fullmatch(r"(\d{1,2})月(\d{1,2})日", s)
    return datetime.date(year, int(m.group(1)), int(m.group(2)))


def plus_three_months(d):
    y, m = d.year + (d.month + 2) // 12, (d.month + 2) % 12 + 1
    for day in (d.day, 30, 29, 28):
        try:
            return datetime.date(y, m, day)
        except ValueError:
            continue


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good, texts = {}, {}, [], {}
flag_count = {k: 0 for k in KINDS}
counter_count = {k: 0 for k in KINDS}
empty = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump({"issues": [], "measures": [], "gaps": []}, empty)
empty.close()
for rel in list(DECLARED) + sorted(DOCX) + sorted(HTML):
    if not os.path.exists(os.path.join(root, rel)):
        fails.append(f"declared file missing: {rel}")
pairs = sorted(glob.glob(os.path.join(root, "p[0-9][0-9]")))
if [os.path.basename(p) for p in pairs] != [f"p{i:02d}" for i in range(1, 11)]:
    fails.append(f"expected p01..p10, found {[os.path.basename(p) for p in pairs]}")
for d in pairs:
    name = os.path.basename(d)
    files = sorted(os.listdir(d))
    fb = [os.path.join(d, f) for f in files if f.startswith("feedback.")]
    rp = [os.path.join(d, f) for f in files if f.startswith("report.")]
    extra = [f for f in files if not (f.startswith(("feedback.", "report.")) or f in ("gold.json", "notes.md"))]
    if extra:
        fails.append(f"{name}: stray files {extra}")
    if "notes.md" not in files:
        fails.append(f"{name}: notes.md missing")
    g = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
    if set(g) != GOLD_KEYS:
        fails.append(f"{name}: gold keys {sorted(g)}")
    if g["mode"] != "pair" or len(fb) != 1 or len(rp) != 1:
        fails.append(f"{name}: every dev63 pair is mode 'pair' with one feedback.* and one report.*")
        continue
    encs = []
    try:
        ftext, e = visible(fb[0])
        encs.append(f"feedback.{fb[0].rsplit('.', 1)[1]}={e} ({nchars(ftext)} chars)")
        lo, hi = LENGTHS["feedback"]
        if not lo <= nchars(ftext) <= hi:
            fails.append(f"{name}: feedback has {nchars(ftext)} characters, outside {lo}-{hi}")
    except Exception as e:
        fails.append(f"{name}: {fb[0]} does not decode as declared: {e}")
        continue
    try:
        text, enc = visible(rp[0])
        encs.append(f"report.{rp[0].rsplit('.', 1)[1]}={enc} ({nchars(text)} chars)")
        lo, hi = LENGTHS["report"]
        if not lo <= nchars(text) <= hi:
            fails.append(f"{name}: report has {nchars(text)} characters, outside {lo}-{hi}")
    except Exception as e:
        fails.append(f"{name}: report does not decode as declared: {e}")
        continue
    texts[name] = (ftext, text)
    n = g["issues"]
    total["issues"] += n
    if sorted(map(int, g["answered"])) != list(range(1, n + 1)):
        fails.append(f"{name}: answered keys are not 1..{n}")
    seen = set()
    for lst in ("must_flag", "must_not_flag"):
        for f in g[lst]:
            k, i = f["kind"], f["issue"]
            total[lst] += 1
            (planted if lst == "must_flag" else countered).setdefault(k, set()).add(name)
            if k not in KINDS:
                fails.append(f"{name}: unknown kind {k}")
                continue
            if lst == "must_flag":
                flag_count[k] += 1
            elif i is not None:
                counter_count[k] += 1
            if (k in DOC_LEVEL) != (i is None):
                fails.append(f"{name}: {k} issue {i}: document-level kinds need null, others a number")
            if i is not None and not 1 <= i <= n:
                fails.append(f"{name}: {k} issue {i} out of range")
            if not f.get("why"):
                fails.append(f"{name}: {lst} {k} {i} has no why")
            if (k, i) in seen:
                fails.append(f"{name}: ({k}, {i}) appears twice (in one list or in both)")
            seen.add((k, i))
    if not g["must_flag"]:
        good.append(name)
    unanswered = {f["issue"] for f in g["must_flag"] if f["kind"] == "unanswered-issue"}
    for k, v in g["answered"].items():
        if (not v) != (int(k) in unanswered):
            fails.append(f"{name}: answered[{k}]={v} disagrees with unanswered-issue must_flag")
    linked = set()
    for l in g["links"]:
        total["links"] += 1
        linked.add(l["issue"])
        if not 1 <= l["issue"] <= n or not g["answered"][str(l["issue"])]:
            fails.append(f"{name}: link to issue {l['issue']} which is out of range or unanswered")
        hits = text.count(l["measure"])
        if hits != 1:
            fails.append(f"{name}: link occurs {hits} times in the report's visible text: {l['measure']}")
    for k, v in g["answered"].items():
        if v and int(k) not in linked:
            fails.append(f"{name}: answered problem {k} has no link")
    # dates and lateness
    fd_s, rd_s = DATES[name]
    if fd_s not in ftext or rd_s not in text:
        fails.append(f"{name}: declared dates {DATES[name]} not found in the documents")
    fd, rd = parse_date(fd_s, FEEDBACK_YEAR.get(name)), parse_date(rd_s)
    late = rd > plus_three_months(fd)
    if late != any(f["kind"] == "late-report" for f in g["must_flag"]):
        fails.append(f"{name}: report {(rd - fd).days} days after feedback (late={late}) disagrees with late-report gold")
    if not late and not any(f["kind"] == "late-report" for f in g["must_not_flag"]):
        fails.append(f"{name}: on time but late-report is not in must_not_flag")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g['links'])}; {', '.join(encs)}; {fd} -> {rd} = {(rd - fd).days} days; score.py on empty {last}")
os.unlink(empty.name)
for k in sorted(KINDS):
    if not planted.get(k):
        fails.append(f"kind {k} is never planted (must_flag)")
    if not countered.get(k):
        fails.append(f"kind {k} has no counter-case (must_not_flag)")
for k in sorted(WEIGHTED):
    if flag_count[k] < 3 or counter_count[k] < 3:
        fails.append(f"weighted kind {k}: must_flag {flag_count[k]}, numbered must_not_flag {counter_count[k]} (need >= 3 each)")
if len(good) != 1:
    fails.append(f"expected exactly one good report (no must_flag), found {good}")


def form(ok, what):
    if not ok:
        fails.append(what)


def gold(name):
    return json.load(open(os.path.join(root, name, "gold.json"), encoding="utf-8"))


def nissues(name):
    return gold(name)["issues"]


# ---- problem counts by each feedback's own numbering ----
def before(t, stop):
    return t[:t.index(stop)] if stop in t else t


F = {k: v[0] for k, v in texts.items()}
R = {k: v[1] for k, v in texts.items()}
COUNTS = {
    "p01": len(re.findall(r"^[1-9]．", before(F["p01"], "二、整改意见"), re.M)),
    "p02": len(re.findall(r"^第[一二三四五六七八九]，", F["p02"], re.M)),
    "p03": len(re.findall(r"^问题\d+：", F["p03"], re.M)),
    "p04": len(re.findall(r"[一二三四五六七八九]是", before(F["p04"], "巡察组要求"))),
    "p05": len(re.findall(r"^（[一二三四五六七八九]）", before(F["p05"], "二、整改意见"), re.M)),
    "p06": len(re.findall(r"^[一二三四五六七八九]、", F["p06"], re.M)),
    "p07": len(re.findall(r"[一二三四五六七八九]是", before(F["p07"], "这些问题的产生"))),
    "p08": len(re.findall(r"^\d．", before(F["p08"], "针对上述问题"), re.M)),
    "p09": len(re.findall(r"^问题表现：", F["p09"], re.M)),
    "p10": before(F["p10"], "巡察组要求").split("还存在一些问题：")[1].split("等问题")[0].count("；") + 1,
}
for name, c in COUNTS.items():
    form(c == nissues(name), f"{name}: feedback numbering gives {c} problems, gold says {nissues(name)}")
form(len(re.findall(r"^1．", F["p08"], re.M)) == 3, "p08/feedback: expected restarting 1．2．(3．) in three areas")
form(len(re.findall(r"^[1-7]．", F["p01"], re.M)) == 7 and F["p01"].count("方面\n") == 3, "p01/feedback: expected （一）（二）（三）…方面 + continuous 1．–7．")

# ---- pair-specific form checks: the planted gaps and their counter-cases are really in the text ----
DISCLOSE = re.compile(r"公开|公示|公布|门户网站|监督电话|联系电话")
LEAD = re.compile(r"整改工作领导小组|第一责任人")
for name in R:
    if name != "p06":
        form(bool(DISCLOSE.search(R[name])), f"{name}/report: expected a disclosure sentence")
    if name != "p07":
        form(bool(LEAD.search(R[name])), f"{name}/report: expected a 领导小组 / 第一责任人")
# p01 good: seven 关于“…”的问题 with five fields each
form(len(re.findall(r"^（[一二三四五六七]）关于“", R["p01"], re.M)) == 7 and all(
    len(re.findall(rf"^{f}：", R["p01"], re.M)) == 7 for f in ("整改措施", "责任领导", "责任科室", "整改时限", "整改成效")),
    "p01/report: expected seven 关于“…”的问题 items with five fields")
# p02: first person, merged （一） for 第四、第一方面, 丛立德 never named, slogans only under 办事效率
_t = R["p02"]
_six = _t[_t.index("（二）关于办事效率"):_t.index("（三）关于财务报销")]
form(_t.count("我") >= 10 and "（反馈第四、第一方面）" in _t and "丛立德" not in _t and not re.search(r"\d", _six),
     "p02/report: expected a first-person report, a merged heading, no 丛立德, a figure-free slogan answer on 办事效率")
form("第五巡察组组长" in F["p02"] and all(f"{c}要" in F["p02"] for c in "一二三"), "p02/feedback: expected a 组长's speech with 一要…三要")
# p03: ｜ ledger of 7 rows x 7 fields; row 2 has no rule; row 6 copies the feedback; row 7 has no leader
_rows = [l.split("｜") for l in R["p03"].split("\n") if "｜" in l]
form(len(_rows) == 8 and all(len(r) == 7 for r in _rows) and _rows[7][3] == "—" and _rows[7][4] == "各股室"
     and "《" not in _rows[2][2] and "研讨发言内容雷同" in _rows[6][2] and "研讨发言内容雷同" in F["p03"],
     "p03/report: expected an 8-line ｜ ledger, row 7 without leader, row 2 without a rule, row 6 copying the feedback")
# p04: public HTML 通报 with the all-done claim contradicted inside; deferred accountability; no procedure for contracts
_t = R["p04"]
_c5 = _t[_t.index("（五）关于合同审核"):_t.index("（六）关于党建")]
form(_t.startswith("首页") and "公开方式：主动公开" in _t and "已全部完成整改" in _t and "正在办理" in _t
     and "剩余44万元" in _t and "待整改全部完成后一并研究处理" in _t and "《" not in _c5 and "蔺远山" not in _t,
     "p04/report: expected a public 通报 with a contradicted all-done claim, deferred accountability, no contract procedure")
# p05: DOCX bold headings; report in three own themes, nothing on 组织生活 / 支委会 / 发展党员
_x = zipfile.ZipFile(os.path.join(root, "p05", "feedback.docx")).read("word/document.xml").decode("utf-8")
form("<w:b/>" in _x and len(re.findall(r"^（[一二三四五六七]）", before(F["p05"], "二、整改意见"), re.M)) == 7,
     "p05/feedback.docx: expected seven bold （N） headings")
form(len(re.findall(r"^[一二三]、聚焦", R["p05"], re.M)) == 3 and not re.search(r"组织生活|发展党员|培养联系人|批评和自我批评", R["p05"])
     and "盘活闲置的执法艇，清理账实不符的资产" in R["p05"], "p05/report: expected three 聚焦 themes, nothing on #6, the copied #7")
# p06: CRLF report; accountability only in 三、追责问责情况 by item number, nothing on 权少川 or 第三项; no disclosure
_acc = R["p06"][R["p06"].index("三、追责问责情况"):R["p06"].index("四、下一步工作")]
form("针对反馈问题第二项" in _acc and "第三项" not in _acc and "权少川" not in R["p06"] and not DISCLOSE.search(R["p06"])
     and "办法" not in R["p06"][R["p06"].index("问题四："):R["p06"].index("问题五：")],
     "p06/report: expected accountability by item number without 第三项, no rule under 问题四, no disclosure")
# p07: UTF-16 by-number report; the boilerplate twice; copied #1; no 领导小组 / 第一责任人 / 书记
_rep = "中心高度重视，组织全体党员干部深入学习习近平总书记关于教育的重要论述和上级有关文件精神，对照反馈问题深刻剖析根源，逐项建立问题台账，明确整改责任，强化督促检查，确保各项整改任务落地见效。"
form(len(re.findall(r"^[一二三四五六]、针对反馈意见第[一二三四五六]个问题$", R["p07"], re.M)) == 6 and R["p07"].count(_rep) == 2
     and not LEAD.search(R["p07"]) and not re.search(r"(?<!总)书记", R["p07"]) and "确保部分学校按要求发放" in R["p07"],
     "p07/report: expected six by-number answers, the boilerplate twice, the copied #1, no lead")
# p08: DOCX table, row 3 accountability "—", row 6 slogans, row 7 逐步解决
_x = zipfile.ZipFile(os.path.join(root, "p08", "report.docx")).read("word/document.xml").decode("utf-8")
_cells = [html.unescape("".join(re.findall(r"(?s)<w:t(?:\s[^>]*)?>(.*?)</w:t>", c))) for c in re.findall(r"(?s)<w:tc>.*?</w:tc>", _x)]
_rows = [_cells[i:i + 8] for i in range(0, len(_cells), 8)]
form("<w:tbl>" in _x and len(_rows) == 8 and _rows[0][3] == "追责问责情况" and _rows[3][3] == "—" and _rows[3][5] == "副所长胥明远"
     and _rows[7][6] == "逐步解决" and _rows[7][7] == "正在推进" and not re.search(r"\d", _rows[6][2]),
     "p08/report.docx: expected an 8x8 table, row 3 without accountability, row 6 slogans, row 7 逐步解决")
# p09: （一）–（七） + 问题表现：; report (三) without a procedure, (六) slogans only, (七) 重申
_t = R["p09"]
_s3 = _t[_t.index("（三）关于减免税"):_t.index("（四）关于行政处罚")]
_s6 = _t[_t.index("（六）关于基层党支部"):_t.index("（七）关于执法过错")]
form("审议" not in _s3.split("\n", 1)[1] and "制度" not in _s3 and not re.search(r"\d", _s6.split("（责任领导")[0])
     and "重申《税收执法过错责任追究实施办法》" in _t, "p09/report: expected (三) without a procedure, (六) slogans, (七) 重申")
# p10: GB18030 问题N：; 问题3 without a person dealt with; 问题5 without a rule
_t = R["p10"]
_q3 = _t[_t.index("问题3："):_t.index("问题4：")]
_q5 = _t[_t.index("问题5："):_t.index("问题6：")]
form(len(re.findall(r"^问题[1-6]：", _t, re.M)) == 6 and not re.search(r"批评|诫勉|处分|问责|追责|检查", _q3)
     and not re.search(r"制度|办法|规程|规定", _q5), "p10/report: expected 问题1：…问题6：, no accountability under 3, no rule under 5")

print("planted kinds: " + "; ".join(f"{k} {flag_count[k]} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases with an issue number: " + "; ".join(f"{k} {counter_count[k]}" for k in sorted(KINDS) if k not in DOC_LEVEL))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
