#!/usr/bin/env python3
"""Check the dev46 pairs (p01-p10, pair ids d46-01 … d46-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file must
not be valid UTF-8; DOCX: word/document.xml paragraph text), every `links` substring occurs exactly once in the report's
visible text, each gold.json is consistent (only the dev-pairs keys; known kinds; null issue for document-level kinds;
ranges; answered vs unanswered-issue; links only on answered problems; every answered problem has at least one link;
mode vs feedback presence; no duplicate (kind, issue); every entry has a why; no stray files), every gap kind is planted
(must_flag) in at least one pair and has at least one counter-case (must_not_flag) in the set, one or two pairs have no
must_flag (good reports), and every gold file runs through /work/shared/dev-pairs/score.py against an empty analyze JSON
{"issues":[],"measures":[],"gaps":[]}. Each feedback must have 800-3000 and each report 1500-5000 non-whitespace
characters. Pair-specific form checks follow at the end.
Usage: python3 check.py [dev46-dir]. Exit 1 on failure."""
import glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text files (every other .txt: UTF-8, LF); DOCX files are listed for the record
DECLARED = {
    "p02/report.txt": ("gb18030", "lf"),
    "p03/report.txt": ("utf-8", "crlf"),
    "p05/report.txt": ("utf-16-le-bom", "lf"),
    "p06/report.txt": ("gb18030", "lf"),
}
DOCX = {"p05/feedback.docx", "p07/report.docx"}
LENGTHS = {"feedback": (800, 3000), "report": (1500, 5000)}
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
    paras = ["".join(re.findall(r"(?s)<w:t[^>]*>(.*?)</w:t>", p)) for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", xml)]
    feats = [f for f, tag in (("tbl", "<w:tbl>"), ("bold-runs", "<w:b/>")) if tag in xml]
    return html.unescape("\n".join(p for p in paras if p.strip())), "docx[" + ",".join(feats) + "]"


def visible(f):
    rel = os.path.relpath(f, root)
    ext = f.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        assert rel in DOCX, "undeclared DOCX"
        return docx_text(f)
    return decode_bytes(rel, open(f, "rb").read())


def nchars(t):
    return len(re.sub(r"\s", "", t))


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good = {}, {}, []
empty = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump({"issues": [], "measures": [], "gaps": []}, empty)
empty.close()
for rel in list(DECLARED) + sorted(DOCX):
    if not os.path.exists(os.path.join(root, rel)):
        fails.append(f"declared file missing: {rel}")
pairs = sorted(glob.glob(os.path.join(root, "p[0-9][0-9]")))
if len(pairs) != 10:
    fails.append(f"expected 10 pair folders, found {len(pairs)}")
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
    if set(g) - GOLD_KEYS or not {"mode", "issues", "answered", "must_flag", "must_not_flag"} <= set(g):
        fails.append(f"{name}: gold keys {sorted(g)}")
    if len(rp) != 1:
        fails.append(f"{name}: expected one report.*, found {rp}")
        continue
    if g["mode"] != "pair" or len(fb) != 1:
        fails.append(f"{name}: every dev46 pair is mode 'pair' with exactly one feedback.*")
    encs = []
    for f in fb:
        try:
            t, e = visible(f)
            encs.append(f"feedback.{f.rsplit('.', 1)[1]}={e} ({nchars(t)} chars)")
            lo, hi = LENGTHS["feedback"]
            if not lo <= nchars(t) <= hi:
                fails.append(f"{name}: feedback has {nchars(t)} characters, outside {lo}-{hi}")
        except Exception as e:
            fails.append(f"{name}: {f} does not decode as declared: {e}")
    try:
        text, enc = visible(rp[0])
        encs.append(f"report.{rp[0].rsplit('.', 1)[1]}={enc} ({nchars(text)} chars)")
        lo, hi = LENGTHS["report"]
        if not lo <= nchars(text) <= hi:
            fails.append(f"{name}: report has {nchars(text)} characters, outside {lo}-{hi}")
    except Exception as e:
        fails.append(f"{name}: report does not decode as declared: {e}")
        continue
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
            if (k in DOC_LEVEL) != (i is None):
                fails.append(f"{name}: {k} issue {i}: document-level kinds need null, others a number")
            if i is not None and not 1 <= i <= n:
                fails.append(f"{name}: {k} issue {i} out of range")
            if not f.get("why"):
                fails.append(f"{name}: {lst} {k} {i} has no why")
            if (k, i) in seen:
                fails.append(f"{name}: ({k}, {i}) appears twice")
            seen.add((k, i))
    if not g["must_flag"]:
        good.append(name)
    unanswered = {f["issue"] for f in g["must_flag"] if f["kind"] == "unanswered-issue"}
    for k, v in g["answered"].items():
        if (not v) != (int(k) in unanswered):
            fails.append(f"{name}: answered[{k}]={v} disagrees with unanswered-issue must_flag")
    linked = set()
    for l in g.get("links", []):
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
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {g['mode']}, {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}; {', '.join(encs)}; score.py on empty output {last}")
os.unlink(empty.name)
for k in sorted(KINDS):
    if not planted.get(k):
        fails.append(f"kind {k} is never planted (must_flag)")
    if not countered.get(k):
        fails.append(f"kind {k} has no counter-case (must_not_flag)")
if not 1 <= len(good) <= 2:
    fails.append(f"expected one or two pairs without must_flag (good reports), found {good}")


def form(ok, what):
    if not ok:
        fails.append(what)


def txt(rel):
    return visible(os.path.join(root, rel))[0]


# ---- dates: every feedback and report carries its date; late-report must_flag iff the report is past three months ----
import datetime


def _plus3m(d):
    m = d.month + 3
    y, m = d.year + (m - 1) // 12, (m - 1) % 12 + 1
    return datetime.date(y, m, min(d.day, 28 if m == 2 else 30 if m in (4, 6, 9, 11) else 31))


DATES = {  # pair: (feedback date, report date)
    "p01": ("2025-04-15", "2025-07-08"), "p02": ("2025-03-18", "2025-07-02"), "p03": ("2025-05-20", "2025-08-14"),
    "p04": ("2025-06-12", "2025-09-03"), "p05": ("2025-04-22", "2025-07-16"), "p06": ("2024-10-29", "2025-01-20"),
    "p07": ("2025-03-26", "2025-06-20"), "p08": ("2024-12-09", "2025-03-04"), "p09": ("2025-05-08", "2025-07-25"),
    "p10": ("2024-11-05", "2025-03-14"),
}


def _cn(s):
    y, m, d = map(int, s.split("-"))
    return f"{y}年{m}月{d}日"


def _file(name, kind):
    hits = [f for f in os.listdir(os.path.join(root, name)) if f.startswith(kind + ".")]
    return visible(os.path.join(root, name, hits[0]))[0]


for name, (fd, rd) in DATES.items():
    fbt, rpt = _file(name, "feedback"), _file(name, "report")
    form(_cn(fd) in fbt, f"{name}: feedback does not carry its date {_cn(fd)}")
    form(_cn(rd) in rpt or rd in rpt, f"{name}: report does not carry its date {_cn(rd)}")
    form(_cn(fd) in rpt, f"{name}: report does not name the feedback date {_cn(fd)}")
    f_, r_ = datetime.date.fromisoformat(fd), datetime.date.fromisoformat(rd)
    late = r_ > _plus3m(f_)
    g = json.load(open(os.path.join(root, name, "gold.json"), encoding="utf-8"))
    flagged = any(x["kind"] == "late-report" for x in g["must_flag"])
    notflag = any(x["kind"] == "late-report" for x in g["must_not_flag"])
    form(flagged == late and notflag == (not late),
         f"{name}: late-report gold ({flagged}/{notflag}) disagrees with dates {fd} → {rd} ({(r_ - f_).days} days)")

# ---- per-pair form checks ----
DISCLOSE = re.compile(r"向社会公开|公开栏|监督电话|联系电话|门户网站|网站公开|予以公布|主动公开")
# p01: formal opinion, three （N）…方面 areas with continuous 1．–7．; report: seven 关于“…”的问题的整改情况 with five field lines
_t = txt("p01/feedback.txt")
_p = _t[:_t.index("二、整改意见")]
form(len(re.findall(r"^[1-7]．[^。\n]+。", _p, re.M)) == 7 and len(re.findall(r"^（[一二三]）.*方面$", _p, re.M)) == 3,
     "p01/feedback.txt: expected three （N）…方面 areas with seven 1．–7． heading。detail lines")
_t = txt("p01/report.txt")
form(len(re.findall(r"^（[一二三四五六七]）关于“.+”的问题的整改情况$", _t, re.M)) == 7
     and all(len(re.findall(rf"^{k}：", _t, re.M)) == 7 for k in ("整改措施", "责任领导", "责任股室", "整改时限", "整改进展")),
     "p01/report.txt: expected seven 关于“…”的问题的整改情况 items with five fields each")
# p02: speech 第一，…第六，, 一要…三要; first-person report in the order 1,3,2,5,4,6, GB18030, no date inside three months
_t = txt("p02/feedback.txt")
form(all(f"第{c}，" in _t for c in "一二三四五六") and "第七，" not in _t and all(f"{c}要" in _t for c in "一二三")
     and "三个月内" in _t, "p02/feedback.txt: expected 第一，…第六，, 一要…三要, 三个月内")
_t = txt("p02/report.txt")
_h = re.findall(r"^（[一二三四五六]）(.+)$", _t, re.M)
form(_t.count("我") >= 10 and len(_h) == 6 and "学会" in _h[1] and "资金" in _h[2] and "四风" in _h[4]
     and "进一步加强干部队伍作风建设" in _t, "p02/report.txt: expected a first-person report with six headings in order 1,3,2,5,4,6")
# p03: 问题清单 问题1：…问题7： + 具体表现：; report 问题N：/整改情况： + field line, all-done claim, CRLF
_t = txt("p03/feedback.txt")
form(len(re.findall(r"^问题[1-7]：", _t, re.M)) == 7 and len(re.findall(r"^具体表现：", _t, re.M)) == 7,
     "p03/feedback.txt: expected 问题1：…问题7： with 具体表现：")
_t = txt("p03/report.txt")
form(len(re.findall(r"^问题[1-7]：", _t, re.M)) == 7 and len(re.findall(r"^整改情况：", _t, re.M)) == 7
     and len(re.findall(r"^责任领导：.+；责任科室：.+；完成时限：", _t, re.M)) == 7
     and "7个问题已全部整改到位" in _t and "其余3件因涉及工程款纠纷已进入诉讼程序" in _t,
     "p03/report.txt: expected 问题N：/整改情况：/field line ×7 and the all-done claim beside pending cases")
# p04: （一）–（七） heading。detail; report: ｜ ledger with header + 7 rows × 7 fields, row 2 no leader, row 1 undated, no disclosure
_t = txt("p04/feedback.txt")
form(len(re.findall(r"^（[一二三四五六七]）[^。\n]+。", _t[:_t.index("二、整改要求")], re.M)) == 7, "p04/feedback.txt: expected （一）–（七） heading。detail")
_t = txt("p04/report.txt")
_rows = [l.split("｜") for l in _t.split("\n") if "｜" in l]
form(len(_rows) == 8 and all(len(r) == 7 for r in _rows) and _rows[2][3] == "—" and not re.search(r"\d", _rows[1][5])
     and not DISCLOSE.search(_t), "p04/report.txt: expected a 7-field ledger of 7 rows, row 2 without leader, row 1 undated, no disclosure")
# p05: DOCX bold areas + 1．–7．; report by number, 第2项和第5项 merged, 第4项 missing, boilerplate twice, no 领导小组
_x = zipfile.ZipFile(os.path.join(root, "p05", "feedback.docx")).read("word/document.xml").decode("utf-8")
_t = txt("p05/feedback.docx")
form(len(re.findall(r"^[1-7]．[^。\n]+。", _t, re.M)) == 7 and len(re.findall(r"^[一二三]、.*方面$", _t, re.M)) == 3 and "<w:b/>" in _x,
     "p05/feedback.docx: expected bold areas and 1．–7． heading。detail paragraphs")
_t = txt("p05/report.txt")
_rep = "馆党支部组织全体党员干部深入学习习近平总书记关于文化工作的重要论述和上级有关文件精神"
form(len(re.findall(r"^[一二三四五]、针对反馈意见第", _t, re.M)) == 5 and "第2项和第5项" in _t and "第4项" not in _t
     and _t.count(_rep) == 2 and "整改工作领导小组" not in _t and "第一责任人" not in _t and "书画" not in _t and "公众号" not in _t,
     "p05/report.txt: expected five by-number answers, one merged, none for 第4项, the boilerplate twice, no 领导小组")
# p06: speech 一是…六是 across paragraphs; report with five own short headings, nothing on 储备粮, no disclosure
_t = txt("p06/feedback.txt")
form(all(f"{c}是" in _t for c in "一二三四五六") and "七是" not in _t and all(f"{c}要" in _t for c in "一二三"),
     "p06/feedback.txt: expected 一是…六是 and 一要…三要")
_t = txt("p06/report.txt")
form(len(re.findall(r"^（[一二三四五]）\S{2,8}$", _t, re.M)) == 5 and "储备粮" not in _t and "补库" not in _t
     and not DISCLOSE.search(_t), "p06/report.txt: expected five own short headings, nothing on 储备粮, no disclosure")
# p07: three areas with restarting 1．2．(3．) heading lines + 具体表现：; DOCX report, seven bold 关于 headings, all-done claim
_t = txt("p07/feedback.txt")
form(len(re.findall(r"^1．", _t, re.M)) == 3 and len(re.findall(r"^[1-3]．\S+$", _t, re.M)) == 7
     and len(re.findall(r"^具体表现：", _t, re.M)) == 7, "p07/feedback.txt: expected restarting 1．2．(3．) with 具体表现：")
_x = zipfile.ZipFile(os.path.join(root, "p07", "report.docx")).read("word/document.xml").decode("utf-8")
_t = txt("p07/report.docx")
form(len(re.findall(r"^（[一二三四五六七]）关于“.+”的问题$", _t, re.M)) == 7 and "<w:b/>" in _x
     and "7个问题已全部整改完成" in _t and "其余3户正在入户核查" in _t and "责任领导：各党支部" in _t
     and _t.count("整改进展：已完成") == 7, "p07/report.docx: expected seven bold 关于 items, the all-done claim, 各党支部")
# p08: areas + continuous （一）–（七）; public 通报 with header, boilerplate under 2． and 6．, comment period
_t = txt("p08/feedback.txt")
form(len(re.findall(r"^（[一二三四五六七]）[^。\n]+。", _t, re.M)) == 7 and len(re.findall(r"^[一二三]、.*方面$", _t, re.M)) == 3,
     "p08/feedback.txt: expected three areas with continuous （一）–（七）")
_t = txt("p08/report.txt")
_rep = "局党组坚持把学习贯彻习近平总书记重要指示批示精神作为首要政治任务，多次召开党组会议专题研究"
form(_t.startswith("发布机构：") and "公开方式：主动公开" in _t and _t.count(_rep) == 2 and "联系电话" in _t
     and len(re.findall(r"^[1-7]．关于“", _t, re.M)) == 7, "p08/report.txt: expected a public 通报 with the boilerplate twice")
# p09: area paragraphs with restarting 一是…; report seven 关于 items with five fields, 1．2．3． measures
_t = txt("p09/feedback.txt")
_paras = re.findall(r"^（[一二三]）在.+$", _t, re.M)
form(len(_paras) == 3 and sum(len(re.findall(r"[一二三]是", p)) for p in _paras) == 7, "p09/feedback.txt: expected 3 area paragraphs, 7 inline 一是…")
_t = txt("p09/report.txt")
form(len(re.findall(r"^（[一二三四五六七]）关于“.+”的问题的整改情况$", _t, re.M)) == 7
     and all(len(re.findall(rf"^{k}：", _t, re.M)) == 7 for k in ("整改措施", "责任领导", "责任科室", "整改时限", "整改成效")),
     "p09/report.txt: expected seven 关于 items with five fields")
# p10: areas + 1．–7． heading lines; report 一、关于…的问题 ×7 with brackets, no 领导小组, dated 2025-03-14 (late)
_t = txt("p10/feedback.txt")
form(len(re.findall(r"^[1-7]．\S+$", _t, re.M)) == 7, "p10/feedback.txt: expected seven 1．–7． heading lines")
_t = txt("p10/report.txt")
form(len(re.findall(r"^[一二三四五六七]、关于.+的问题$", _t, re.M)) == 7 and "整改工作领导小组" not in _t and "第一责任人" not in _t
     and "完成时限：根据联合执法工作进展适时完成" in _t and len(re.findall(r"（责任领导：[^）]+；完成时限：[^）]+）", _t)) == 7,
     "p10/report.txt: expected seven 关于 items with brackets, no 领导小组, the undated bracket")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
