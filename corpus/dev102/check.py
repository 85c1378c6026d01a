#!/usr/bin/env python3
"""Check the dev102 pairs (p01-p10, pair ids d102-01 … d102-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT/HTML: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030
file must not be valid UTF-8, an HTML file's meta charset must agree; DOCX: word/document.xml paragraph text, HTML:
visible text without tags, scripts and styles), every `links` substring occurs exactly once in the report's visible
text, each gold.json is consistent (only the dev-pairs keys; known kinds; null issue for document-level kinds; ranges;
answered vs unanswered-issue; links only on answered problems; every answered problem has at least one link; every
pair mode "pair" with one feedback; no duplicate (kind, issue); every entry has a why; no stray files), every gap kind
is planted (must_flag) in at least one pair and has at least one counter-case (must_not_flag) in the set, one or two
pairs have no must_flag (good reports), at least one pair has four or more (plainly weak), and every gold file runs
through /work/shared/dev-pairs/score.py against an empty analyze JSON {"issues":[],"measures":[],"gaps":[]}.
Set-specific checks: the feedback and report dates given in DATES are printed in the documents, and late-report is
planted exactly where the report comes after three calendar months (and is a counter-case everywhere else); each
gold's problem count equals the count of the feedback's own markers; the per-pair form checks at the end.
Lengths: each feedback 500-3000 and each report 450-3500 non-whitespace characters (small units write short).
Usage: python3 check.py [dev102-dir]. Exit 1 on failure."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, unicodedata, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text and HTML files (every other .txt/.html: UTF-8, LF)
DECLARED = {
    "p02/report.txt": ("gb18030", "lf"),
    "p03/report.txt": ("utf-16-le-bom", "lf"),
    "p04/feedback.txt": ("gb18030", "lf"),
    "p04/report.txt": ("utf-8", "crlf"),
    "p06/feedback.txt": ("utf-8", "crlf"),
    "p08/report.txt": ("gb18030", "crlf"),
    "p09/feedback.html": ("gb18030", "lf"),
    "p09/report.txt": ("utf-16-le-bom", "crlf"),
    "p10/feedback.txt": ("gb18030", "lf"),
}
DOCX = {"p01/feedback.docx", "p06/report.docx"}
HTML = {"p02/feedback.html", "p07/report.html", "p09/feedback.html"}
LENGTHS = {"feedback": (500, 3000), "report": (450, 3500)}
# (date of the feedback meeting, date of the report), each as printed somewhere in its document
DATES = {
    "p01": ("2025-04-16", "2025-07-08"), "p02": ("2024-10-22", "2025-01-14"), "p03": ("2025-05-20", "2025-08-12"),
    "p04": ("2024-11-12", "2025-01-24"), "p05": ("2025-03-18", "2025-07-02"), "p06": ("2024-06-05", "2024-09-03"),
    "p07": ("2025-06-10", "2025-08-29"), "p08": ("2024-08-27", "2024-11-20"), "p09": ("2024-11-05", "2025-02-26"),
    "p10": ("2025-02-25", "2025-05-22"),
}
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


def html_text(src):
    """Visible text of an HTML page: drop head/script/style, break lines at block tags, strip tags, unescape."""
    s = re.sub(r"(?is)<(script|style|title)[^>]*>.*?</\1>", "", src)
    s = re.sub(r"(?is)<head>.*?</head>", "", s)
    s = re.sub(r"(?i)<br\s*/?>", "\n", s)
    s = re.sub(r"(?i)</?(p|div|h[1-6]|li|ul|tr|td|table)\b[^>]*>", "\n", s)
    s = re.sub(r"(?s)<[^>]+>", "", s)
    s = html.unescape(s).replace("\xa0", " ")
    return "\n".join(l.strip() for l in s.split("\n") if l.strip())


def visible(f):
    rel = os.path.relpath(f, root)
    ext = f.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        assert rel in DOCX, "undeclared DOCX"
        return docx_text(f)
    text, enc = decode_bytes(rel, open(f, "rb").read())
    if ext == "html":
        assert rel in HTML, "undeclared HTML"
        m = re.search(r'(?i)charset="?([\w-]+)', text)
        assert m, "HTML without a declared charset"
        cs = m.group(1).lower()
        assert (cs in ("gb2312", "gbk", "gb18030")) == (enc.startswith("gb18030")), f"meta charset {cs} vs {enc}"
        return html_text(text), enc + "+html"
    return text, enc


def nchars(t):
    return len(re.sub(r"\s", "", t))


def cn_dates(d):
    y, m, dd = map(int, d.split("-"))
    return [f"{y}年{m}月{dd}日", f"{y}-{m:02d}-{dd:02d}", f"{y}年{m:02d}月{dd:02d}日", f"{m}月{dd}日"]


def three_months_after(d):
    y, m, dd = map(int, d.split("-"))
    m += 3
    if m > 12:
        y, m = y + 1, m - 12
    return datetime.date(y, m, dd)


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good, weak = {}, {}, [], []
docs = {}
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
    if set(g) - GOLD_KEYS or not {"mode", "issues", "answered", "must_flag", "must_not_flag"} <= set(g):
        fails.append(f"{name}: gold keys {sorted(g)}")
    if len(rp) != 1:
        fails.append(f"{name}: expected one report.*, found {rp}")
        continue
    if g["mode"] != "pair" or len(fb) != 1:
        fails.append(f"{name}: every dev102 pair is mode 'pair' with exactly one feedback.*")
    encs, ftext = [], ""
    for f in fb:
        try:
            ftext, e = visible(f)
            encs.append(f"feedback.{f.rsplit('.', 1)[1]}={e} ({nchars(ftext)} chars)")
            lo, hi = LENGTHS["feedback"]
            if not lo <= nchars(ftext) <= hi:
                fails.append(f"{name}: feedback has {nchars(ftext)} characters, outside {lo}-{hi}")
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
    docs[name] = (ftext, text)
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
    if len(g["must_flag"]) >= 4:
        weak.append(name)
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
    # dates and late-report
    fd, rd = DATES[name]
    if not any(x in ftext for x in cn_dates(fd)):
        fails.append(f"{name}: feedback date {fd} not printed in the feedback")
    if not any(x in text for x in cn_dates(rd)[:3]):
        fails.append(f"{name}: report date {rd} not printed in the report")
    late = datetime.date.fromisoformat(rd) > three_months_after(fd)
    flagged = ("late-report", None) in {(f["kind"], f["issue"]) for f in g["must_flag"]}
    counter = ("late-report", None) in {(f["kind"], f["issue"]) for f in g["must_not_flag"]}
    days = (datetime.date.fromisoformat(rd) - datetime.date.fromisoformat(fd)).days
    if late != flagged or (not late and not counter):
        fails.append(f"{name}: {days} days (late={late}) but late-report must_flag={flagged}, must_not_flag={counter}")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {g['mode']}, {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}; {', '.join(encs)}; {days} days; score.py on empty output {last}")
os.unlink(empty.name)
for k in sorted(KINDS):
    if not planted.get(k):
        fails.append(f"kind {k} is never planted (must_flag)")
    if not countered.get(k):
        fails.append(f"kind {k} has no counter-case (must_not_flag)")
if not 1 <= len(good) <= 2:
    fails.append(f"expected one or two pairs without must_flag (good reports), found {good}")
if not 1 <= len(weak) <= 2:
    fails.append(f"expected one or two plainly weak reports (4+ must_flag), found {weak}")


def form(ok, what):
    if not ok:
        fails.append(what)


def gold(name):
    return json.load(open(os.path.join(root, name, "gold.json"), encoding="utf-8"))


def count_is(name, found, what):
    """The problem count of the gold must equal the count of the feedback's own markers."""
    form(found == gold(name)["issues"], f"{name}: feedback has {found} {what}, gold says {gold(name)['issues']} problems")


def between(t, a, b):
    return t[t.index(a):t.index(b)]


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


DISCLOSE = re.compile(r"公示栏|公开栏|家长群|向社会公开|整改情况公示|公示时间")
# ---- per-pair form checks (problem counts against the feedback's own structure, then the report's form) ----
# p01: DOCX with bold 一、…七、 heading paragraphs; report: seven 一、…七、“…的问题” headings, first-person lead, disclosure
_x = zipfile.ZipFile(os.path.join(root, "p01", "feedback.docx")).read("word/document.xml").decode("utf-8")
_bold = [p for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", _x) if "<w:b/>" in p]
_heads = [h for h in ("".join(re.findall(r"(?s)<w:t[^>]*>(.*?)</w:t>", p)) for p in _bold) if re.match(r"[一二三四五六七八九十]、", h)]
count_is("p01", len(_heads), "bold 一、… heading paragraphs")
_f, _t = docs["p01"]
form(len(re.findall(r"^[一二三四五六七]、.+的问题$", _t, re.M)) == 7 and "我是第一责任人" in _t and DISCLOSE.search(_t)
     and "长期坚持" in _t, "p01/report.txt: expected seven “…的问题” headings, the head as first responsible, disclosure")
# p02: HTML news page; problems inline 一是…六是 in the 巡察组指出 paragraph; 一要…三要 are requirements
_f, _t = docs["p02"]
_para = [l for l in _f.split("\n") if l.startswith("巡察组指出")][0]
count_is("p02", len(re.findall(r"[一二三四五六七八九十]是", _para)), "一是… clauses in the 巡察组指出 paragraph")
form(all(f"{c}要" in _f for c in "一二三") and "首页" in _f and "网站标识码" in _f,
     "p02/feedback.html: expected page chrome and 一要…三要")
form(len(re.findall(r"^[1-6]\. ", _t, re.M)) == 6 and "已经停发" in _t and not re.search(r"清退|退回|退还", _t)
     and "继续联系" in _t, "p02/report.txt: expected items 1.–6., the allowance only stopped, the open 流动党员 item")
# p03: speech 第一，…第七， paragraphs, 一要…三要; report: covering text + space-drawn table of 7 rows, one pasted sentence
_f, _t = docs["p03"]
count_is("p03", len(re.findall(r"^第[一二三四五六七八九十]，", _f, re.M)), "第N， paragraphs")
form(all(f"{c}要" in _f for c in "一二三") and "三个月内" in _f, "p03/feedback.txt: expected 一要…三要 and 三个月内")
_rows = [l for l in _t.split("\n") if re.match(r"^[1-9] {3,}\S", l)]
_flat = re.sub(r"\n {20,}", "", _t)
form(len(_rows) == 7 and "接受社员监督" in _t and "接受社员的监督" in _t
     and _flat.count("组织党员和社员学习合作社法和章程，今后严格按章程") == 2
     and all(width(l) <= 114 for l in _t.split("\n") if l.startswith(("-", "序号")) or re.match(r"^[1-9 ] {3,}", l)),
     "p03/report.txt: expected a 7-row table drawn with spaces (≤114 columns) with one sentence pasted under rows 2 and 5")
# p04: 一、发现的主要问题 with （一）–（七）; 二、整改意见 1．–5．; report: seven “…的问题：” paragraphs, copied 消防, no register
_f, _t = docs["p04"]
count_is("p04", len(re.findall(r"^（[一二三四五六七八九十]）", between(_f, "一、发现的主要问题", "二、整改意见"), re.M)), "（N） problems")
form(len(re.findall(r"^[1-5]．", _f[_f.index("二、整改意见"):], re.M)) == 5, "p04/feedback.txt: expected 整改意见 1．–5．")
_money = [l for l in _t.split("\n") if l.startswith("零用钱的问题")][0]
form(len(re.findall(r"^\S{2,6}的问题：", _t, re.M)) == 7 and "灭火器不过期" in _t and not re.search(r"登记|签字|核对", _money),
     "p04/report.txt: expected seven “…的问题：” paragraphs, the copied 消防 answer, no register for pocket money")
# p05: 问题一：…问题六： + 表现：; report 一是…五是, nothing on 普法, no leader, dated after 6月18日
_f, _t = docs["p05"]
count_is("p05", len(re.findall(r"^问题[一二三四五六七八九十]：", _f, re.M)), "问题N： headings")
form(len(re.findall(r"^表现：", _f, re.M)) == gold("p05")["issues"], "p05/feedback.txt: expected one 表现： line per problem")
form(len(re.findall(r"^[一二三四五]是", _t, re.M)) == 5 and "六是" not in _t and "普法" not in _t and "照片" not in _t
     and "所里开了个会" in _t and "第一责任人" not in _t and "负总责" not in _t,
     "p05/report.txt: expected 一是…五是, nothing on 普法, the meeting that hands the problems out, no lead")
# p06: areas 一、…方面 with restarting 1．2．(3．); report DOCX table: header + 7 rows, 站里, 尽快完成, all-done claim
_f, _t = docs["p06"]
_body = between(_f, "一、落实优抚政策方面", "针对上述问题")
form(len(re.findall(r"^[一二三]、\S+方面$", _body, re.M)) == 3 and len(re.findall(r"^1．", _body, re.M)) == 3,
     "p06/feedback.txt: expected three areas with restarting 1．")
count_is("p06", len(re.findall(r"^[1-9]．", _body, re.M)), "1．… items across the areas")
_x = zipfile.ZipFile(os.path.join(root, "p06", "report.docx")).read("word/document.xml").decode("utf-8")
form(_x.count("<w:tr>") == 8 and "\n站里\n" in _t and "尽快完成" in _t and "7个问题都已经整改到位" in _t and "9份正在办理" in _t,
     "p06/report.docx: expected a Word table of 7 rows, 站里, 尽快完成, the all-done claim beside 9份正在办理")
# p07: speech with 从…看 paragraphs and restarting inline 一是…; report: HTML 公示 with seven bold headings and brackets
_f, _t = docs["p07"]
_ps = [l for l in _f.split("\n") if l.startswith("从") and "看，" in l[:12]]
form(len(_ps) == 3, "p07/feedback.txt: expected three 从…看 paragraphs")
count_is("p07", sum(len(re.findall(r"[一二三四五六七八九十]是", p)) for p in _ps), "inline 一是… clauses (restarting)")
_raw = open(os.path.join(root, "p07", "report.html"), encoding="utf-8").read()
form(len(re.findall(r"<strong>[一二三四五六七]、", _raw)) == 7 and len(re.findall(r"（负责人：", _t)) == 7 and "公示时间" in _t
     and "网站标识码" in _t, "p07/report.html: expected a public page with seven bold headings, seven brackets, a 公示 period")
# p08: letter with 1、–8、 heading。detail; report 一、…八、, vague 七, no disclosure of the rectification
_f, _t = docs["p08"]
count_is("p08", len(re.findall(r"^[1-9]、", _f, re.M)), "N、 items")
_seven = [l for l in _t.split("\n") if l.startswith("七、")][0]
form(len(re.findall(r"^[一二三四五六七八]、", _t, re.M)) == 8 and "负责" not in _seven
     and not re.search(r"公示栏|整改情况.{0,10}(公开|公示|张贴|贴)", _t) and "收据" not in _t and "扫码" not in _t,
     "p08/report.txt: expected 一、…八、, a bare 七、, no publication of the rectification, no fee-collection rule")
# p09: HTML news page (gb2312) with all problems in one “主要是：…等问题” sentence; report in its own order, no 食堂
_f, _t = docs["p09"]
_s = re.search(r"主要是：(.*?)等问题", _f).group(1)
count_is("p09", len(_s.split("；")), "；-separated problems in the 主要是：…等问题 sentence")
form(len(re.findall(r"^[一二三四五]、\S+的事$", _t, re.M)) == 5 and "食堂" not in _t and "伙食" not in _t
     and _t.index("加班补助") < _t.index("巡路"), "p09/report.txt: expected five “…的事” headings in its own order, no canteen")
# p10: （一）–（八） heading lines + detail lines; 二、整改要求 1．–4．; report 1．–8． with brackets, 3． without 负责人
_f, _t = docs["p10"]
count_is("p10", len(re.findall(r"^（[一二三四五六七八九十]）\S+$", between(_f, "一、巡察发现的问题", "二、整改要求"), re.M)),
         "（N） heading lines")
_items = re.findall(r"^([1-8])．(.*)$", _t, re.M)
form(len(_items) == 8 and [("负责人" in b) for a, b in _items].count(False) == 1 and "负责人" not in _items[2][1]
     and "已改完7个" in _t, "p10/report.txt: expected eight items, only 3． without 负责人, the 7-done claim")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good) + "; plainly weak: " + ", ".join(weak))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
