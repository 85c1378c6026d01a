#!/usr/bin/env python3
"""Check the dev41 pairs (p01-p10, ids d41-01 … d41-10); adapted from corpus/dev24/check.py (general checks unchanged
except the declared encodings, the length floors and three added set-level checks). Every file decodes as declared
(TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, and a GB18030 file must not be valid UTF-8;
DOCX: word/document.xml paragraph text, table cells included), every `links` substring occurs exactly once in the
report's visible text, each gold.json is consistent (only the dev-pairs keys; kinds; null issue for document-level
kinds; ranges; answered vs unanswered-issue; links only on answered problems; mode vs feedback presence; no duplicate
(kind, issue); no stray files), every kind is planted in at least two pairs AND appears in must_not_flag at least once
(counter-cases), at least one pair has no must_flag, no pair is report-only, at least three text encodings, a CRLF file
and a DOCX are present, and every gold file parses with /work/shared/dev-pairs/score.py against an empty analyze JSON.
Each feedback must have 800-4500 and each report 1300-6500 non-whitespace characters (village, 站所 and news-item
documents are short in practice). Pair-specific form checks follow at the end.
Usage: python3 check.py [dev41-dir]. Exit 1 on failure."""
import glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text and HTML files (everything else: UTF-8, LF)
DECLARED = {
    "p02/report.txt": ("gb18030", "lf"),
    "p05/report.txt": ("utf-16-le-bom", "lf"),
    "p06/report.txt": ("utf-8", "crlf"),
    "p08/report.txt": ("gb18030", "lf"),
    "p09/feedback.txt": ("gb18030", "lf"),
}
# realistic lengths in non-whitespace characters of the visible text
LENGTHS = {"feedback": (800, 4500), "report": (1300, 6500)}
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
fails = []


def decode_bytes(rel, raw):
    enc, eol = DECLARED.get(rel, ("utf-8", "lf"))
    if enc == "utf-16-le-bom":
        assert raw.startswith(b"\xff\xfe"), "no UTF-16 LE BOM"
        text = raw[2:].decode("utf-16-le")
    elif enc == "utf-8-bom":
        assert raw.startswith(b"\xef\xbb\xbf"), "no UTF-8 BOM"
        text = raw[3:].decode("utf-8")
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


def html_text(rel, raw):
    head = raw[:1024].decode("ascii", "ignore").lower()
    m = re.search(r'charset\s*=\s*["\']?([a-z0-9_-]+)', head)
    assert m, "no charset declared"
    cs = {"gbk": "gb18030", "gb2312": "gb18030", "gb18030": "gb18030", "utf-8": "utf-8"}[m.group(1)]
    text, enc = decode_bytes(rel, raw)
    assert cs == DECLARED.get(rel, ("utf-8",))[0].replace("-bom", ""), f"meta charset {m.group(1)} vs declared {enc}"
    body = re.sub(r"(?is)<(script|style|title)[^>]*>.*?</\1>", "", text)
    nodes = [html.unescape(t).strip() for t in re.split(r"<[^>]+>", body)]
    return "\n".join(t for t in nodes if t), f"html[{m.group(1)}]"


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = ["".join(re.findall(r"(?s)<w:t[^>]*>(.*?)</w:t>", p)) for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", xml)]
    feats = [f for f, tag in (("tbl", "<w:tbl>"), ("vMerge", "<w:vMerge"), ("pagebreak", 'w:type="page"'),
                              ("numPr", "<w:numPr>"), ("bold-runs", "<w:b/>"),
                              ("heading-styles", "<w:pStyle w:val=\"Heading")) if tag in xml]
    return html.unescape("\n".join(p for p in paras if p.strip())), "docx[" + ",".join(feats) + "]"


def pdf_text(path):
    out = subprocess.run(["pdftotext", path, "-"], capture_output=True, check=True).stdout.decode("utf-8")
    pages = out.rstrip("\f").count("\f") + 1
    assert len(out.strip()) > 200, "no text layer"
    return out, f"pdf[{pages}p]"


def visible(f):
    rel = os.path.relpath(f, root)
    ext = f.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        return docx_text(f)
    if ext == "pdf":
        return pdf_text(f)
    raw = open(f, "rb").read()
    if ext == "html":
        return html_text(rel, raw)
    return decode_bytes(rel, raw)


def nchars(t):
    return len(re.sub(r"\s", "", t))


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, good = {}, []
empty = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump({"issues": [], "measures": [], "gaps": []}, empty)
empty.close()
for rel in DECLARED:
    if not os.path.exists(os.path.join(root, rel)):
        fails.append(f"declared file missing: {rel}")
for d in sorted(glob.glob(os.path.join(root, "p[0-9][0-9]"))):
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
    if g["mode"] == "pair" and len(fb) != 1:
        fails.append(f"{name}: pair mode needs exactly one feedback.*")
    if g["mode"] == "report-only" and fb:
        fails.append(f"{name}: report-only but has {fb}")
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
            if lst == "must_flag":
                planted.setdefault(k, set()).add(name)
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
    for l in g.get("links", []):
        total["links"] += 1
        if not 1 <= l["issue"] <= n or not g["answered"][str(l["issue"])]:
            fails.append(f"{name}: link to issue {l['issue']} which is out of range or unanswered")
        hits = sum(line.count(l["measure"]) for line in text.split("\n")) if rp[0].endswith(".pdf") else text.count(l["measure"])
        if hits != 1:
            fails.append(f"{name}: link occurs {hits} times in the report's visible text: {l['measure']}")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {g['mode']}, {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}; {', '.join(encs)}; score.py on empty output {last}")
os.unlink(empty.name)
for k in sorted(KINDS):
    if len(planted.get(k, ())) < 2:
        fails.append(f"kind {k} planted in fewer than two pairs: {sorted(planted.get(k, ()))}")
if len(good) < 1:
    fails.append(f"no pair without must_flag (good report): {good}")
n_ro = sum(1 for d in glob.glob(os.path.join(root, "p[0-9][0-9]", "gold.json"))
           if json.load(open(d, encoding="utf-8"))["mode"] == "report-only")
if n_ro > 0:
    fails.append(f"{n_ro} report-only pairs; dev41 has pairs only")


def form(ok, what):
    if not ok:
        fails.append(what)


def txt(rel):
    return visible(os.path.join(root, rel))[0]


# ---- set-level checks added for dev41 ----
counter = {}
for gpath in glob.glob(os.path.join(root, "p[0-9][0-9]", "gold.json")):
    for f in json.load(open(gpath, encoding="utf-8"))["must_not_flag"]:
        counter.setdefault(f["kind"], set()).add(os.path.basename(os.path.dirname(gpath)))
for k in sorted(KINDS):
    if not counter.get(k):
        fails.append(f"kind {k} has no counter-case in any must_not_flag")
_encs = {v[0] for v in DECLARED.values()} | {"utf-8"}
form(len(_encs) >= 3, f"fewer than three text encodings: {sorted(_encs)}")
form(any(v[1] == "crlf" for v in DECLARED.values()), "no CRLF file declared")
form(bool(glob.glob(os.path.join(root, "p[0-9][0-9]", "*.docx"))), "no DOCX file")

# ---- per-pair form checks ----
DISCLOSE = re.compile(r"向社会公开|公开栏|公示栏|公告栏|监督电话|联系电话|门户网站|公众号上公开|全文公开|予以通报|予以公布")
# p01: 1．–8． under 一、二、三、 before 四、整改意见; report: eight 关于“…”的问题 items with 整改时限, disclosure
_t = txt("p01/feedback.txt")
form(len(re.findall(r"^[1-8]．", _t[:_t.index("四、整改意见")], re.M)) == 8, "p01/feedback.txt: expected eight N． problems")
_t = txt("p01/report.txt")
form(len(re.findall(r"^（[一二三四五六七八]）关于“", _t, re.M)) == 8 and len(re.findall(r"^整改时限：", _t, re.M)) == 8
     and DISCLOSE.search(_t), "p01/report.txt: expected eight 关于“…”的问题 items with 整改时限 and a disclosure")
# p02: speech with 一是…七是, 一要…三要, 三个月内; report: first person, no disclosure, order 7,2,4,1,6,3,5
_t = txt("p02/feedback.txt")
form(all(f"{c}是" in _t for c in "一二三四五六七") and all(f"{c}要" in _t for c in "一二三") and "三个月内" in _t,
     "p02/feedback.txt: expected a speech with 一是…七是, 一要…三要 and 三个月内")
_t = txt("p02/report.txt")
_heads = ["）上轮巡察整改不扎实", "）传染病监测预警薄弱", "）财务和采购管理漏洞", "）疾控体系改革部署", "）支部建设和意识形态", "）免疫规划管理", "）违规发放津补贴"]
form(_t.count("我") >= 8 and not DISCLOSE.search(_t) and "公开招标" in _t
     and [_t.index(h) for h in _heads] == sorted(_t.index(h) for h in _heads),
     "p02/report.txt: expected a first-person report without disclosure, in the order 7,2,4,1,6,3,5")
# p03: news item; report: five 反馈问题：/整改进展： items, nothing on 职称/绩效, the pasted tail twice, all-done claim
_t = txt("p03/feedback.txt")
form("发布时间" in _t and "巡察也发现了一些问题：" in _t and "等问题" in _t, "p03/feedback.txt: expected a news item")
_t = txt("p03/report.txt")
form(len(re.findall(r"^反馈问题：", _t, re.M)) == 5 and len(re.findall(r"^整改进展：", _t, re.M)) == 5
     and "职称" not in _t and "绩效" not in _t
     and _t.count("学校党委召开专题会议进行研究部署。坚持问题导向，梳理形成问题清单和任务清单") == 2
     and "已全部整改完成" in _t and "正在通过法律途径追缴" in _t and DISCLOSE.search(_t),
     "p03/report.txt: expected five labelled items, no answer on 职称, the repeated paragraph twice, an all-done claim")
# p04: feedback （一）–（九）; report DOCX with a 10-row x 7-column table, row 7 with an empty 责任领导 cell, no disclosure
_t = txt("p04/feedback.txt")
form(len(re.findall(r"^（[一二三四五六七八九]）", _t[:_t.index("二、整改意见")], re.M)) == 9, "p04/feedback.txt: expected nine （N） problems")
_x = zipfile.ZipFile(os.path.join(root, "p04", "report.docx")).read("word/document.xml").decode("utf-8")
_rows = [["".join(re.findall(r"(?s)<w:t[^>]*>(.*?)</w:t>", c)) for c in re.findall(r"(?s)<w:tc>.*?</w:tc>", r)]
         for r in re.findall(r"(?s)<w:tr>.*?</w:tr>", _x)]
form(len(_rows) == 10 and all(len(r) == 7 for r in _rows) and _rows[7][3] == "" and all(r[3] for r in _rows[1:7] + _rows[8:])
     and not DISCLOSE.search(txt("p04/report.docx")), "p04/report.docx: expected a 9-row ledger, row 7 without 责任领导, no disclosure")
# p05: 问题清单 with six 序号：; report by number, five 完成时限 lines, no 领导小组/第一责任人
_t = txt("p05/feedback.txt")
form(len(re.findall(r"^序号：[1-6]$", _t, re.M)) == 6 and len(re.findall(r"^具体表现：", _t, re.M)) == 6, "p05/feedback.txt: expected a six-item 问题清单")
_t = txt("p05/report.txt")
form(len(re.findall(r"^第[1-6]项问题（", _t, re.M)) == 6 and len(re.findall(r"^完成时限：", _t, re.M)) == 5
     and "领导小组" not in _t and "第一责任人" not in _t and DISCLOSE.search(_t),
     "p05/report.txt: expected six by-number answers, five 完成时限, no leadership words")
# p06: areas with restarting 1．2．(3．); report: six reworded headings, merged （四）, split #2
_t = txt("p06/feedback.txt")
form(len(re.findall(r"^1．", _t, re.M)) == 3 and len(re.findall(r"^2．", _t, re.M)) == 3 and len(re.findall(r"^3．", _t, re.M)) == 1,
     "p06/feedback.txt: expected restarting 1．2． under three areas")
_t = txt("p06/report.txt")
form(len(re.findall(r"^（[一二三四五六]）", _t, re.M)) == 6 and "关于“" not in _t and "对应反馈意见中的图书采购和场地出租收入两个问题" in _t
     and "读者意见收集回访制度明确" in _t, "p06/report.txt: expected six reworded headings, one merged, #2 split")
# p07: heading + 具体表现：; report: six ｜ rows of six fields, row 2 without a date, all-done claim vs 尚未签订
_t = txt("p07/feedback.txt")
form(len(re.findall(r"^具体表现：", _t, re.M)) == 6, "p07/feedback.txt: expected six 具体表现 lines")
_t = txt("p07/report.txt")
_rows = [l.split("｜") for l in _t.split("\n") if re.match(r"^[1-6]｜", l)]
form(len(_rows) == 6 and all(len(r) == 6 for r in _rows) and not re.search(r"\d{4}年", _rows[1][4]) and all(re.search(r"\d{4}年", r[4]) for i, r in enumerate(_rows) if i != 1)
     and "已全部整改完成" in _t and "尚未签订" in _t, "p07/report.txt: expected a six-row ｜ ledger, row 2 without date, all-done claim")
# p08: 主要表现在 一是… restarting (3+3+2); report: six 关于 items, one 责任单位-only item, nothing on 三会一课, 133 days
_t = txt("p08/feedback.txt")
form(_t.count("一是") == 3 and _t.count("二是") == 3 and _t.count("三是") == 2, "p08/feedback.txt: expected restarting 一是… (3+3+2)")
_t = txt("p08/report.txt")
form(len(re.findall(r"^（[一二三四五六]）关于“", _t, re.M)) == 6 and len(re.findall(r"^责任单位：", _t, re.M)) == 1
     and len(re.findall(r"^责任领导：", _t, re.M)) == 5 and "三会一课" not in _t and "2025年7月8日" in _t,
     "p08/report.txt: expected six items, one without 责任领导, nothing on 三会一课, dated 2025-07-08")
# p09: speech 第一，…第六，; report: six 关于 items in order 6,1,4,2,3,5, pasted tail twice, no leadership words
_t = txt("p09/feedback.txt")
form(all(f"第{c}，" in _t for c in "一二三四五六") and "一要" in _t, "p09/feedback.txt: expected 第一，…第六， and 一要")
_t = txt("p09/report.txt")
_heads = ["党支部建设弱化", "森林资源保护责任", "项目资金管理使用不严", "国有林场改革后经营管理", "森林防火基础设施", "干部职工队伍建设薄弱”"]
form(len(re.findall(r"^[一二三四五六]、关于“", _t, re.M)) == 6 and "整改工作领导小组" not in _t and "第一责任人" not in _t
     and _t.count("林场高度重视，对照问题制定整改清单") == 2 and [_t.rindex(h) for h in _heads] == sorted(_t.rindex(h) for h in _heads),
     "p09/report.txt: expected six items in order 6,1,4,2,3,5, the repeated paragraph twice, no leadership words")
# p10: 1．–8． heading + 具体表现：; report: merged item 2, #8 before #7, dated 2025-08-29
_t = txt("p10/feedback.txt")
form(len(re.findall(r"^[1-8]．", _t, re.M)) == 8 and len(re.findall(r"^具体表现：", _t, re.M)) == 8, "p10/feedback.txt: expected 1．–8． with 具体表现")
_t = txt("p10/report.txt")
form("针对交易平台系统安全和开评标现场见证两方面的问题" in _t and _t.index("场地服务费收费标准") < _t.index("党员示范窗口”考评")
     and "2025年8月29日" in _t and DISCLOSE.search(_t), "p10/report.txt: expected merged item, #8 before #7, date, disclosure")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(counter.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
