#!/usr/bin/env python3
"""Check the dev56 pairs (p01-p10, pair ids d56-01 … d56-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file must
not be valid UTF-8; DOCX: word/document.xml paragraph text; HTML: UTF-8, text outside <head>, tags stripped), every
`links` substring occurs exactly once in the report's visible text, each gold.json is consistent (only the dev-pairs
keys; known kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue; links only on answered
problems; every answered problem has at least one link; mode vs feedback presence; no duplicate (kind, issue); a kind is
never both must_flag and must_not_flag on the same issue; every entry has a why; no stray files), the problem count of
each pair is the one declared below, every gap kind is planted (must_flag) in at least two pairs and has at least one
counter-case (must_not_flag) in the set, exactly one pair has no must_flag (the good report), the report dates decide
late-report the way the gold says (three months from the feedback), and every gold file runs through
/work/shared/dev-pairs/score.py against an empty analyze JSON {"issues":[],"measures":[],"gaps":[]}. Each feedback must
have 800-3000 and each report 1500-5000 non-whitespace characters. Pair-specific form checks follow at the end.
Usage: python3 check.py [dev56-dir]. Exit 1 on failure."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text files (every other .txt/.html: UTF-8, LF); DOCX files listed apart
DECLARED = {
    "p02/report.txt": ("gb18030", "lf"),
    "p03/feedback.txt": ("gb18030", "lf"),
    "p03/report.txt": ("utf-8", "crlf"),
    "p08/report.txt": ("utf-16-le-bom", "lf"),
}
DOCX = {"p06/report.docx", "p07/feedback.docx"}
HTML = {"p10/report.html"}
LENGTHS = {"feedback": (800, 3000), "report": (1500, 5000)}
ISSUES = {"p01": 7, "p02": 6, "p03": 7, "p04": 6, "p05": 7, "p06": 7, "p07": 6, "p08": 6, "p09": 7, "p10": 7}
# (feedback date as written in the feedback, report date as written at the end of the report)
DATES = {
    "p01": ("2025年3月18日", "2025年6月10日"), "p02": ("2024年10月22日", "2025年1月14日"),
    "p03": ("2025年4月9日", "2025年7月4日"), "p04": ("2024年8月27日", "2024年11月19日"),
    "p05": ("5月14日", "2024年9月2日"), "p06": ("2025年2月20日", "2025年5月16日"),
    "p07": ("2024年12月3日", "2025年2月25日"), "p08": ("2024年7月9日", "2024年10月21日"),
    "p09": ("5月27日", "2025年8月25日"), "p10": ("2024年9月24日", "2024年12月18日"),
}
FEEDBACK_YEAR = {"p05": 2024, "p09": 2025}  # the news items give the meeting date without a year; the page date has it
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


def html_text(path):
    raw = open(path, "rb").read()
    assert not raw.startswith(b"\xef\xbb\xbf"), "unexpected BOM"
    src = raw.decode("utf-8")
    assert "\r" not in src, "unexpected CR"
    assert re.search(r'<meta charset="utf-8">', src), "no charset declaration"
    body = re.sub(r"(?s)<head>.*?</head>", "", src)
    body = re.sub(r"(?s)<(script|style)[^>]*>.*?</\1>", "", body)
    body = re.sub(r"(?i)</?(p|div|h[1-6]|tr|table|br|li|ul|ol|body|html)[^>]*>", "\n", body)
    body = re.sub(r"(?i)</td>\s*<td[^>]*>", "\t", body)
    body = re.sub(r"<[^>]+>", "", body)
    lines = [l.strip() for l in html.unescape(body).split("\n")]
    return "\n".join(l for l in lines if l), "html(utf-8)"


def visible(f):
    rel = os.path.relpath(f, root)
    ext = f.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        assert rel in DOCX, "undeclared DOCX"
        return docx_text(f)
    if ext == "html":
        assert rel in HTML, "undeclared HTML"
        return html_text(f)
    return decode_bytes(rel, open(f, "rb").read())


def nchars(t):
    return len(re.sub(r"\s", "", t))


def parse_date(s, year=None):
    m = re.fullmatch(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日", s)
    return datetime.date(int(m.group(1) or year), int(m.group(2)), int(m.group(3)))


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    return datetime.date(d.year + y, m + 1, d.day)


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good, kind_count = {}, {}, [], {}
texts = {}
empty = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump({"issues": [], "measures": [], "gaps": []}, empty)
empty.close()
for rel in list(DECLARED) + sorted(DOCX) + sorted(HTML):
    if not os.path.exists(os.path.join(root, rel)):
        fails.append(f"declared file missing: {rel}")
pairs = sorted(glob.glob(os.path.join(root, "p[0-9][0-9]")))
if [os.path.basename(p) for p in pairs] != sorted(ISSUES):
    fails.append(f"expected pair folders p01-p10, found {[os.path.basename(p) for p in pairs]}")
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
        fails.append(f"{name}: every dev56 pair is mode 'pair' with exactly one feedback.*")
    encs = []
    for f in fb:
        try:
            t, e = visible(f)
            texts[(name, "feedback")] = t
            encs.append(f"feedback.{f.rsplit('.', 1)[1]}={e} ({nchars(t)} chars)")
            lo, hi = LENGTHS["feedback"]
            if not lo <= nchars(t) <= hi:
                fails.append(f"{name}: feedback has {nchars(t)} characters, outside {lo}-{hi}")
        except Exception as e:
            fails.append(f"{name}: {f} does not decode as declared: {e}")
    try:
        text, enc = visible(rp[0])
        texts[(name, "report")] = text
        encs.append(f"report.{rp[0].rsplit('.', 1)[1]}={enc} ({nchars(text)} chars)")
        lo, hi = LENGTHS["report"]
        if not lo <= nchars(text) <= hi:
            fails.append(f"{name}: report has {nchars(text)} characters, outside {lo}-{hi}")
    except Exception as e:
        fails.append(f"{name}: report does not decode as declared: {e}")
        continue
    n = g["issues"]
    total["issues"] += n
    if n != ISSUES.get(name):
        fails.append(f"{name}: gold has {n} problems, the feedback holds {ISSUES.get(name)}")
    if sorted(map(int, g["answered"])) != list(range(1, n + 1)):
        fails.append(f"{name}: answered keys are not 1..{n}")
    seen = {}
    for lst in ("must_flag", "must_not_flag"):
        for f in g[lst]:
            k, i = f["kind"], f["issue"]
            total[lst] += 1
            (planted if lst == "must_flag" else countered).setdefault(k, set()).add(name)
            if lst == "must_flag":
                kind_count[k] = kind_count.get(k, 0) + 1
            if k not in KINDS:
                fails.append(f"{name}: unknown kind {k}")
            if (k in DOC_LEVEL) != (i is None):
                fails.append(f"{name}: {k} issue {i}: document-level kinds need null, others a number")
            if i is not None and not 1 <= i <= n:
                fails.append(f"{name}: {k} issue {i} out of range")
            if not f.get("why"):
                fails.append(f"{name}: {lst} {k} {i} has no why")
            if (k, i) in seen:
                fails.append(f"{name}: ({k}, {i}) appears twice ({seen[(k, i)]} and {lst})")
            seen[(k, i)] = lst
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
    # dates: both written dates must be in the documents; lateness must agree with the gold
    fdate_s, rdate_s = DATES[name]
    fbt = texts.get((name, "feedback"), "")
    if fdate_s not in fbt:
        fails.append(f"{name}: feedback date {fdate_s} not found in the feedback")
    if not text.rstrip().endswith(rdate_s) and not re.search(re.escape(rdate_s) + r"\s*$", text):
        fails.append(f"{name}: report does not end with its date {rdate_s}")
    fdate = parse_date(fdate_s, FEEDBACK_YEAR.get(name))
    rdate = parse_date(rdate_s)
    late = rdate > add_months(fdate, 3)
    kinds_late = {lst for lst in ("must_flag", "must_not_flag") for f in g[lst] if f["kind"] == "late-report"}
    if late and kinds_late != {"must_flag"} or not late and kinds_late != {"must_not_flag"}:
        fails.append(f"{name}: report {(rdate - fdate).days} days after feedback (late={late}) but late-report gold is {kinds_late}")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {g['mode']}, {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}; {', '.join(encs)}; report {(rdate - fdate).days} days after feedback; "
          f"score.py on empty output {last}")
os.unlink(empty.name)
for k in sorted(KINDS):
    if len(planted.get(k, ())) < 2:
        fails.append(f"kind {k} is planted (must_flag) in fewer than two pairs: {sorted(planted.get(k, ()))}")
    if not countered.get(k):
        fails.append(f"kind {k} has no counter-case (must_not_flag)")
if len(good) != 1:
    fails.append(f"expected exactly one pair without must_flag (the good report), found {good}")
for name in ISSUES:
    nf = len(json.load(open(os.path.join(root, name, "gold.json"), encoding="utf-8"))["must_flag"])
    if name not in good and not 2 <= len({f["kind"] for f in json.load(open(os.path.join(root, name, "gold.json"), encoding="utf-8"))["must_flag"]}) <= 4:
        fails.append(f"{name}: expected two to four gap kinds")


def form(ok, what):
    if not ok:
        fails.append(what)


def T(name, which):
    return texts.get((name, which), "")


DISCLOSE = re.compile(r"门户网站|网站公开|公示栏公开|予以公布|主动公开|向社会公开|监督电话|联系电话")
SLOGAN_ONLY = re.compile(r"进一步|切实|不断|努力|坚持")

# ---- per-pair form checks ----
# p01: areas （一）（二）（三）…方面 with continuous 1．–7．; report: seven 关于“…”的问题 with four field lines each
_t = T("p01", "feedback")
form(len(re.findall(r"^[1-7]．", _t[:_t.index("二、整改意见")], re.M)) == 7 and len(re.findall(r"^（[一二三]）.+方面$", _t, re.M)) == 3,
     "p01/feedback: expected three （N）…方面 areas with seven 1．–7． problems")
_t = T("p01", "report")
form(len(re.findall(r"^（[一二三四五六七]）关于“", _t, re.M)) == 7
     and all(len(re.findall(rf"^{f}：", _t, re.M)) == 7 for f in ("整改措施", "责任人", "整改时限", "整改进展")),
     "p01/report: expected seven 关于 items with 整改措施/责任人/整改时限/整改进展")
# p02: speech, three “在…方面，一是…二是…” paragraphs (restarting), 一要…三要; report first person, GB18030, order 3,1,4,2,5,6
_t = T("p02", "feedback")
form(len(re.findall(r"^在[^，]+方面，一是", _t, re.M)) == 3 and _t.count("二是") == 3 and all(f"{c}要" in _t for c in "一二三")
     and "三个月内" in _t, "p02/feedback: expected three area paragraphs with restarting 一是/二是 and 一要…三要")
_t = T("p02", "report")
form(_t.count("我") >= 10 and len(re.findall(r"^（[一二三四五六]）\S+问题$", _t, re.M)) == 6 and "力争尽快追回" in _t
     and "邬" not in _t, "p02/report: expected a first-person report with six short headings, 力争尽快, no word on 邬某")
# p03: 问题1：…问题7： + 具体表现：; report 问题1：…问题6： (feedback 6 skipped), one field line without 责任领导
_t = T("p03", "feedback")
form(len(re.findall(r"^问题[1-7]：", _t, re.M)) == 7 and len(re.findall(r"^具体表现：", _t, re.M)) == 7,
     "p03/feedback: expected 问题1：…问题7： with 具体表现：")
_t = T("p03", "report")
form(len(re.findall(r"^问题[1-6]：", _t, re.M)) == 6 and "问题7：" not in _t and "舆情" not in _t and "网信" not in _t
     and len(re.findall(r"^整改情况：", _t, re.M)) == 6 and len(re.findall(r"^责任领导：", _t, re.M)) == 5
     and re.search(r"^完成时限：2025年5月20日", _t, re.M) and "督办制度" not in _t,
     "p03/report: expected 问题1：…问题6： (舆情 skipped), five field lines with 责任领导 and one without")
# p04: 一、…六、 heading。detail; own short headings （一）–（六） with brackets; 7.4万 claimed vs 4.8 + 1.1
_t = T("p04", "feedback")
form(len(re.findall(r"^[一二三四五六]、[^。\n]+。", _t[:_t.index("针对上述问题")], re.M)) == 6, "p04/feedback: expected 一、…六、 heading。detail")
_t = T("p04", "report")
form(len(re.findall(r"^（[一二三四五六]）\S{4,12}$", _t, re.M)) == 6 and "共计7.4万元" in _t and "4.8万元" in _t and "1.1万元" in _t
     and len(re.findall(r"\d+(?:\.\d+)?万元", _t[_t.index("二、反馈问题整改情况"):])) >= 4 and "亲属" not in _t.split("（六）规范员工招聘")[1].split("三、")[0]
     .replace("近亲属", ""), "p04/report: expected six short headings, the 7.4万 claim, nothing on the relatives")
# p05: news item, one “巡察组指出…：…；…等问题” sentence with 7 parts; report: ｜ ledger 7 rows × 6 fields, rows 3 and 5 share text
_t = T("p05", "feedback")
_s = _t[_t.index("还存在一些问题："):_t.index("等问题")]
form(_s.count("；") == 6, "p05/feedback: expected seven ；-separated problems before 等问题")
_t = T("p05", "report")
_rows = [l.split("｜") for l in _t.split("\n") if "｜" in l]
form(len(_rows) == 8 and all(len(r) == 6 for r in _rows) and _rows[3][2].split("，", 1)[1] == _rows[5][2].split("，", 1)[1]
     and "办法" not in _rows[1][2] and "规定" not in _rows[1][2],
     "p05/report: expected a 6-field ledger of 7 rows, rows 3 and 5 the same after the first clause, row 1 without a rule")
# p06: areas with restarting 1．; DOCX report seven 关于 items, no 书记/领导小组/第一责任人, 全部整改完成
_t = T("p06", "feedback")
form(len(re.findall(r"^1．", _t, re.M)) == 3 and len(re.findall(r"^[1-3]．", _t, re.M)) == 7, "p06/feedback: expected restarting 1．2．(3．)")
_t = T("p06", "report")
form(len(re.findall(r"^[一二三四五六七]、关于“", _t, re.M)) == 7 and "书记" not in _t and "领导小组" not in _t.replace("巡察工作领导小组", "")
     and "第一责任人" not in _t and "已全部整改完成" in _t and _t.count("整改时限：长期坚持") == 2,
     "p06/report: expected seven 关于 items, no secretary, 已全部整改完成, two 长期坚持")
# p07: DOCX feedback with bold （一）–（六） + 具体表现：; report 一、…六、关于 + bracket; no disclosure
_x = zipfile.ZipFile(os.path.join(root, "p07", "feedback.docx")).read("word/document.xml").decode("utf-8")
_t = T("p07", "feedback")
form(len(re.findall(r"^（[一二三四五六]）", _t, re.M)) == 6 and len(re.findall(r"^具体表现：", _t, re.M)) == 6 and "<w:b/>" in _x,
     "p07/feedback: expected six bold （N） headings with 具体表现：")
_t = T("p07", "report")
form(len(re.findall(r"^[一二三四五六]、关于", _t, re.M)) == 6 and len(re.findall(r"（责任领导：", _t)) == 6
     and "责任领导：公司班子成员；责任部门：各部门" in _t and not DISCLOSE.search(_t),
     "p07/report: expected six 关于 items with brackets, one owned by 班子成员/各部门, no disclosure")
# p08: speech 第一，…第六，; UTF-16 report with four 关于 headings (one merged), nothing on 郏某 or 理论学习
_t = T("p08", "feedback")
form(all(f"第{c}，" in _t for c in "一二三四五六") and all(f"{c}要" in _t for c in "一二三"), "p08/feedback: expected 第一，…第六， and 一要…三要")
_t = T("p08", "report")
form(len(re.findall(r"^（[一二三四]）关于“", _t, re.M)) == 4 and "”和“" in _t and "郏" not in _t and "理论学习" not in _t
     and "意识形态" not in _t and "公众号" not in _t, "p08/report: expected four 关于 items, one merged, nothing on 郏某 or 理论学习")
# p09: news item 主要表现在：一是…七是; report five 在…方面 themes with brackets, no disclosure
_t = T("p09", "feedback")
_s = _t[_t.index("主要表现在："):]
form(all(f"{c}是" in _s.split("。")[0] for c in "一二三四五六七"), "p09/feedback: expected 主要表现在：一是…七是 in one sentence")
_t = T("p09", "report")
form(len(re.findall(r"^（[一二三四五]）在\S+方面$", _t, re.M)) == 5 and not DISCLOSE.search(_t) and "随机" not in _t,
     "p09/report: expected five 在…方面 themes, no disclosure, no random draw")
# p10: （一）–（七） heading。detail; HTML 通报 with header, 主任办公会, the claim 6 + 1, two 正在整改, boilerplate twice
_t = T("p10", "feedback")
form(len(re.findall(r"^（[一二三四五六七]）[^。\n]+。", _t, re.M)) == 7, "p10/feedback: expected （一）–（七） heading。detail")
_t = T("p10", "report")
_rep = "中心坚持把巡察整改作为重要政治任务，组织干部职工深入学习有关规定"
form(_t.startswith("首页") and "公开方式：主动公开" in _t and _t.count(_rep) == 2 and "已完成整改6个，正在整改1个" in _t
     and _t.count("整改进展：正在整改") == 2 and "书记" not in _t and "领导小组" not in _t and "第一责任人" not in _t,
     "p10/report: expected a public 通报 with the 6+1 claim, two 正在整改, the boilerplate twice, no secretary")
print("planted kinds: " + "; ".join(f"{k} {kind_count.get(k, 0)} in {len(planted.get(k, ()))} pairs ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
