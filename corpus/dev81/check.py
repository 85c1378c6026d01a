#!/usr/bin/env python3
"""Check the dev81 pairs (HELD OUT; p01-p10, pair ids d81-01 … d81-10); adapted from corpus/dev44/check.py.
General checks: HELDOUT present; every file decodes as declared (TXT/HTML: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only
where declared, a GB18030 file must not be valid UTF-8; DOCX: word/document.xml paragraph text; HTML: text outside
<head>, tags dropped, entities unescaped), every `links` substring occurs exactly once in the report's visible text, each
gold.json is consistent (only the dev-pairs keys; known kinds; null issue for document-level kinds; ranges; answered vs
unanswered-issue; links only on answered problems; every answered problem has at least one link; mode 'pair' with one
feedback; no duplicate (kind, issue); every entry has a why; no stray files), every gap kind is planted (must_flag) in at
least one pair and has at least one counter-case (must_not_flag) in the set, no-accountability and no-mechanism are each
planted in two pairs or more, exactly one pair has no must_flag (the good report), most pairs have one to three
must_flag, the feedback/report dates are in the texts and late-report is gold exactly when the report is more than three
calendar months after the feedback, and every gold file runs through /work/shared/dev-pairs/score.py against an empty
analyze JSON. Each feedback must have 800-3000 and each report 1500-5000 non-whitespace characters. Pair-specific form
checks follow at the end. Usage: python3 check.py [dev81-dir]. Exit 1 on failure."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text files (every other .txt/.html: UTF-8, LF, no BOM)
DECLARED = {
    "p02/report.txt": ("gb18030", "lf"),
    "p06/feedback.txt": ("gb18030", "lf"),
    "p07/report.txt": ("utf-8", "crlf"),
    "p09/report.txt": ("utf-16-le-bom", "lf"),
}
DOCX = {"p04/report.docx", "p05/feedback.docx"}
HTML = {"p10/report.html"}
LENGTHS = {"feedback": (800, 3000), "report": (1500, 5000)}
# (feedback date, report date) as written in the documents
DATES = {
    "p01": ("2025年5月20日", "2025年8月12日"), "p02": ("2025年3月18日", "2025年7月9日"),
    "p03": ("2025年6月3日", "2025年8月26日"), "p04": ("2024年10月15日", "2025年1月10日"),
    "p05": ("2025年4月22日", "2025年7月15日"), "p06": ("2024年8月27日", "2024年11月19日"),
    "p07": ("2025年1月14日", "2025年4月10日"), "p08": ("2025年2月11日", "2025年5月6日"),
    "p09": ("5月8日", "2025年7月30日"), "p10": ("2024年12月10日", "2025年3月4日"),
}
FEEDBACK_DAY = {"p09": datetime.date(2025, 5, 8)}  # the news item gives 发布时间 2025-05-09 and “5月8日” for the meeting
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
    paras = ["".join(re.findall(r"(?s)<w:t(?: [^>]*)?>(.*?)</w:t>", p)) for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", xml)]
    feats = [f for f, tag in (("tbl", "<w:tbl>"), ("bold-runs", "<w:b/>")) if tag in xml]
    return html.unescape("\n".join(p for p in paras if p.strip())), "docx[" + ",".join(feats) + "]"


def html_text(rel, raw):
    src, enc = decode_bytes(rel, raw)
    assert re.search(r'<meta charset="utf-8">', src), "no utf-8 meta"
    body = re.sub(r"(?s)<head>.*?</head>", "", src)
    body = re.sub(r"(?i)<br\s*/?>|</(p|h[1-6]|tr|div|li)>", "\n", body)
    body = re.sub(r"(?i)</td>", " ", body)
    body = re.sub(r"(?s)<[^>]+>", "", body)
    text = html.unescape(body)
    return "\n".join(l.strip() for l in text.split("\n") if l.strip()), "html/" + enc


def visible(f):
    rel = os.path.relpath(f, root)
    ext = f.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        assert rel in DOCX, "undeclared DOCX"
        return docx_text(f)
    if ext == "html":
        assert rel in HTML, "undeclared HTML"
        return html_text(rel, open(f, "rb").read())
    assert ext == "txt", f"unexpected extension {ext}"
    return decode_bytes(rel, open(f, "rb").read())


def nchars(t):
    return len(re.sub(r"\s", "", t))


def cn_date(s):
    y, m, d = map(int, re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", s).groups())
    return datetime.date(y, m, d)


def plus_three_months(d):
    m = d.month + 3
    y, m = d.year + (m - 1) // 12, (m - 1) % 12 + 1
    return datetime.date(y, m, d.day)


if not os.path.exists(os.path.join(root, "HELDOUT")):
    fails.append("HELDOUT marker missing")
total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good, nflag = {}, {}, [], {}
empty = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump({"issues": [], "measures": [], "gaps": []}, empty)
empty.close()
for rel in list(DECLARED) + sorted(DOCX) + sorted(HTML):
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
    if set(g) != GOLD_KEYS:
        fails.append(f"{name}: gold keys {sorted(g)}")
    if len(rp) != 1:
        fails.append(f"{name}: expected one report.*, found {rp}")
        continue
    if g["mode"] != "pair" or len(fb) != 1:
        fails.append(f"{name}: every dev81 pair is mode 'pair' with exactly one feedback.*")
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
            if set(f) != {"kind", "issue", "why"}:
                fails.append(f"{name}: {lst} entry keys {sorted(f)}")
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
    nflag[name] = len(g["must_flag"])
    if not g["must_flag"]:
        good.append(name)
    unanswered = {f["issue"] for f in g["must_flag"] if f["kind"] == "unanswered-issue"}
    for k, v in g["answered"].items():
        if (not v) != (int(k) in unanswered):
            fails.append(f"{name}: answered[{k}]={v} disagrees with unanswered-issue must_flag")
    linked = set()
    for l in g["links"]:
        total["links"] += 1
        if set(l) != {"measure", "issue"}:
            fails.append(f"{name}: link keys {sorted(l)}")
        linked.add(l["issue"])
        if not 1 <= l["issue"] <= n or not g["answered"][str(l["issue"])]:
            fails.append(f"{name}: link to issue {l['issue']} which is out of range or unanswered")
        hits = text.count(l["measure"])
        if hits != 1:
            fails.append(f"{name}: link occurs {hits} times in the report's visible text: {l['measure']}")
        if l["measure"] in ftext:
            fails.append(f"{name}: link text also occurs in the feedback: {l['measure']}")
    for k, v in g["answered"].items():
        if v and int(k) not in linked:
            fails.append(f"{name}: answered problem {k} has no link")
    # dates and the three-month rule
    fd, rd = DATES[name]
    if fd not in ftext or rd not in text:
        fails.append(f"{name}: dates {fd} / {rd} not found in feedback / report")
    fday = FEEDBACK_DAY.get(name) or cn_date(fd)
    late = cn_date(rd) > plus_three_months(fday)
    gl = ("late-report", None) in {(f["kind"], f["issue"]) for f in g["must_flag"]}
    gnl = ("late-report", None) in {(f["kind"], f["issue"]) for f in g["must_not_flag"]}
    if late != gl or late == gnl:
        fails.append(f"{name}: report {(cn_date(rd) - fday).days} days after feedback (late={late}) but gold late-report flag={gl} not={gnl}")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g['links'])}; {', '.join(encs)}; {(cn_date(rd) - fday).days} days; score.py on empty output {last}")
os.unlink(empty.name)
for k in sorted(KINDS):
    if not planted.get(k):
        fails.append(f"kind {k} is never planted (must_flag)")
    if not countered.get(k):
        fails.append(f"kind {k} has no counter-case (must_not_flag)")
    # the counter-case must sit in a pair where the look-alike can be seen: either the same pair, or any pair for
    # document-level kinds
    if planted.get(k) and k not in DOC_LEVEL and not (planted[k] & countered.get(k, set())):
        fails.append(f"kind {k}: no pair holds both a planted case and a look-alike")
for k in ("no-accountability", "no-mechanism"):
    if len(planted.get(k, ())) < 2:
        fails.append(f"kind {k} planted in fewer than two pairs")
if len(good) != 1:
    fails.append(f"expected exactly one pair without must_flag (the good report), found {good}")
if sum(1 for v in nflag.values() if 1 <= v <= 3) < 7:
    fails.append(f"most pairs should have one to three must_flag: {nflag}")


def form(ok, what):
    if not ok:
        fails.append(what)


def txt(rel):
    return visible(os.path.join(root, rel))[0]


def section(t, start, end=None):
    i = t.index(start)
    j = t.index(end, i) if end else len(t)
    return t[i:j]


SANCTION = re.compile(r"诫勉|批评教育|提醒谈话|处分|书面检查|问责|追责|约谈")
RULE = re.compile(r"《[^》]*(制度|办法|规定|规程|细则|清单|标准|基准)》|制度")
DISCLOSE = re.compile(r"(?<!面)向社会公开|门户网站|网站公开|网站公示|公开栏|公示栏公开|予以公布|主动公开|已在.{0,20}公开|整改情况.{0,10}公[开示]")

# ---- per-pair form checks ----
# p01: （一）–（三）…方面 + continuous 1．–7．; report: seven own-words headings “…的整改”, each with 责任人/完成时限
_t = txt("p01/feedback.txt")
form(len(re.findall(r"^[1-7]．[^。]+。", section(_t, "一、巡察发现", "二、整改意见"), re.M)) == 7
     and len(re.findall(r"^（[一二三]）.*方面$", _t, re.M)) == 3, "p01/feedback.txt: expected three areas with 1．–7． heading。detail")
_t = txt("p01/report.txt")
form(len(re.findall(r"^（[一二三四五六七]）.+的整改$", _t, re.M)) == 7 and len(re.findall(r"^责任人：.+；完成时限：", _t, re.M)) == 7
     and "意识形态" not in re.findall(r"^（七）.+$", _t, re.M)[0], "p01/report.txt: expected seven reworded headings with field lines")
# p02: speech 第一，…第六，, 一要…三要; report in order 6,5,1,2,4,3, the 船检 item without any sanction
_t = txt("p02/feedback.txt")
form(all(f"第{c}，" in _t for c in "一二三四五六") and all(f"{c}要" in _t for c in "一二三") and "三个月内" in _t,
     "p02/feedback.txt: expected 第一，…第六， and 一要…三要")
_t = txt("p02/report.txt")
_h = re.findall(r"^（[一二三四五六]）关于(.+)的问题$", _t, re.M)
form([next(i for i, w in enumerate(("组织生活", "提拔", "渡口", "案卷", "接待", "船舶检验")) if w in h) for h in _h] == [0, 1, 2, 3, 4, 5]
     and not SANCTION.search(section(_t, "（六）关于船舶检验费", "三、整改取得")), "p02/report.txt: expected own order 6,5,1,2,4,3 and no sanction on 船检费")
# p03: 一、…六、 heading。detail; report （一）–（五）, nothing on 干部队伍, no rule on 保密, 委托课题 rule only in closing
_t = txt("p03/feedback.txt")
form(len(re.findall(r"^[一二三四五六]、[^。]+。", _t, re.M)) == 6, "p03/feedback.txt: expected 一、…六、 heading。detail")
_t = txt("p03/report.txt")
_s4 = section(_t, "（四）研究报告", "（五）")
form(len(re.findall(r"^（[一二三四五]）", _t, re.M)) == 5 and not re.search(r"借调|研究人员|年龄结构|新进|干部队伍", _t)
     and not RULE.search(_s4) and "委托研究课题管理办法" not in section(_t, "（二）委托课题", "（三）")
     and "委托研究课题管理办法" in section(_t, "三、建章立制"), "p03/report.txt: expected 5 items, #5 absent, no 保密 rule, #2 rule in closing")
# p04: 问题1：…问题7： + 具体表现：; DOCX report with a 7-column table: header + 6 rows, merged 问题4/问题5 row
_t = txt("p04/feedback.txt")
form(len(re.findall(r"^问题[1-7]：", _t, re.M)) == 7 and len(re.findall(r"^具体表现：", _t, re.M)) == 7, "p04/feedback.txt: expected 问题N：/具体表现：")
_x = zipfile.ZipFile(os.path.join(root, "p04", "report.docx")).read("word/document.xml").decode("utf-8")
_rows = re.findall(r"(?s)<w:tr>.*?</w:tr>", _x)
_cells = [["".join(re.findall(r"(?s)<w:t(?: [^>]*)?>(.*?)</w:t>", c)) for c in re.findall(r"(?s)<w:tc>.*?</w:tc>", r)] for r in _rows]
form(len(_rows) == 7 and all(len(c) == 7 for c in _cells) and _cells[6][3] == "公司领导班子" and _cells[6][4] == "各部门"
     and not re.search(r"\d", _cells[1][5]) and "问题4" in _cells[4][1] and "问题5" in _cells[4][1],
     "p04/report.docx: expected header + 6 rows × 7 cells, 问题7 owned by 公司领导班子, 问题1 undated, merged 问题4/5 row")
# p05: DOCX with bold （一）–（六）; report: the pasted paragraph twice, merged 第二、三项, no 领导小组/第一责任人/书记
_x = zipfile.ZipFile(os.path.join(root, "p05", "feedback.docx")).read("word/document.xml").decode("utf-8")
_t = txt("p05/feedback.docx")
form(len(re.findall(r"^（[一二三四五六]）", _t, re.M)) == 6 and "<w:b/>" in _x, "p05/feedback.docx: expected six bold （N） headings")
_t = txt("p05/report.txt")
_rep = "中心组织全体干部职工认真学习上级有关文件精神，对照反馈问题开展为期一个月的自查自纠，召开专题会议2次，逐项建立整改台账，实行每周调度、每月通报，确保问题整改到位、取得实效。"
form(_t.count(_rep) == 2 and "对应反馈意见第二、三项" in _t and not re.search(r"整改工作领导小组|整改领导小组|第一责任人|支部书记", _t),
     "p05/report.txt: expected the paragraph twice, a merged answer, no 领导小组/第一责任人/书记")
# p06: GB18030, areas with restarting 1．2．(3．) = 2 + 3 + 2; report with closing 追责/建章 sections, #4 missing from 追责
_t = txt("p06/feedback.txt")
form(len(re.findall(r"^1．", _t, re.M)) == 3 and len(re.findall(r"^[1-3]．", _t, re.M)) == 7, "p06/feedback.txt: expected restarting 1．2．(3．)")
_t = txt("p06/report.txt")
_acc = section(_t, "三、追责问责情况", "四、建章立制情况")
form(not re.search(r"桑园|租|副场长", _acc) and not SANCTION.search(section(_t, "（一）关于", "三、追责问责情况"))
     and "桑园土地发包租赁管理办法" in section(_t, "四、建章立制情况"), "p06/report.txt: expected sanctions only in the closing section, none on the lease")
# p07: （一）–（七） heading lines + 具体表现：; CRLF report, six 任务, the all-done claim beside open items, no rule on 场地
_t = txt("p07/feedback.txt")
form(len(re.findall(r"^（[一二三四五六七]）\S+$", _t, re.M)) == 7 and len(re.findall(r"^具体表现：", _t, re.M)) == 7,
     "p07/feedback.txt: expected （一）–（七） heading lines + 具体表现：")
_t = txt("p07/report.txt")
form(len(re.findall(r"^任务[一二三四五六]：", _t, re.M)) == 6 and "已全部整改到位" in _t and "正在会同" in _t and "预计6月上线" in _t
     and not RULE.search(section(_t, "任务三：", "任务四：")), "p07/report.txt: expected six 任务, the all-done claim, open items, no 场地 rule")
# p08: 1．–6． heading lines; ｜ ledger header + 7 rows × 7 fields, 问题3 in two rows, no disclosure of the rectification
_t = txt("p08/feedback.txt")
form(len(re.findall(r"^[1-6]．\S+$", _t, re.M)) == 6, "p08/feedback.txt: expected six 1．–6． heading lines")
_t = txt("p08/report.txt")
_rows = [l.split("｜") for l in _t.split("\n") if "｜" in l]
form(len(_rows) == 8 and all(len(r) == 7 for r in _rows) and sum(r[1].startswith("问题3") for r in _rows) == 2
     and not DISCLOSE.search(_t), "p08/report.txt: expected a 7-field ledger of 7 rows, 问题3 twice, no disclosure")
# p09: news item 一是…六是; UTF-16 report by number only, 第三、四 merged, nothing on 第五 (宴请)
_t = txt("p09/feedback.txt")
form(all(f"{c}是" in _t for c in "一二三四五六") and "主要有：" in _t, "p09/feedback.txt: expected 主要有：一是…六是")
_t = txt("p09/report.txt")
form(re.findall(r"^（[一二三四]）针对巡察反馈(第.+个问题)$", _t, re.M) == ["第一个问题", "第二个问题", "第三、四个问题", "第六个问题"]
     and not re.search(r"宴请|饮酒|第五个", _t) and "完成时限：长期推进，逐步解决" in _t, "p09/report.txt: expected by-number answers 1,2,3+4,6")
# p10: speech with 从…看 and 一是…七是, 一要…三要; HTML 通报 with header, closing 追责 without #4, slogans under 6．
_t = txt("p10/feedback.txt")
form(all(f"{c}是" in _t for c in "一二三四五六七") and _t.count("看，") == 3 and all(f"{c}要" in _t for c in "一二三"),
     "p10/feedback.txt: expected 从…看 paragraphs with 一是…七是 and 一要…三要")
_t = txt("p10/report.html")
form("公开方式：主动公开" in _t and "索引号" in _t and not re.search(r"兼职|教学顾问|1\.5万", section(_t, "三、追责问责情况"))
     and not SANCTION.search(section(_t, "4．关于违规兼职", "5．关于")) and len(re.findall(r"^[1-7]．关于", _t, re.M)) == 7,
     "p10/report.html: expected a public 通报, seven items, nothing on #4 in 追责问责")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
