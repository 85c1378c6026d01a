#!/usr/bin/env python3
"""Check the dev43 pairs (p01-p10, pair ids d43-01 … d43-10); adapted from corpus/dev24/check.py (general checks unchanged).
Every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, and a GB18030 file
must not be valid UTF-8; DOCX: word/document.xml paragraph text, table cells included), every `links` substring occurs
exactly once in the report's visible text, each gold.json is consistent (only the dev-pairs keys; kinds; null issue for
document-level kinds; ranges; answered vs unanswered-issue; links only on answered problems; mode vs feedback presence;
at most one report-only pair; no duplicate (kind, issue); no stray files), every kind is planted in at least two pairs, at
least one pair has no must_flag, and every gold file parses with /work/shared/dev-pairs/score.py against an empty analyze
JSON. Each feedback must have 800-3000 and each report 1500-5000 non-whitespace characters (the brief's ranges).
Pair-specific form checks follow at the end. Usage: python3 check.py [dev43-dir]. Exit 1 on failure."""
import glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text and HTML files (everything else: UTF-8, LF)
DECLARED = {
    "p02/report.txt": ("gb18030", "lf"),
    "p03/feedback.txt": ("utf-8", "crlf"),
    "p05/report.txt": ("utf-16-le-bom", "lf"),
    "p06/feedback.txt": ("gb18030", "lf"),
    "p08/report.txt": ("gb18030", "crlf"),
    "p09/report.txt": ("utf-8", "crlf"),
}
DOCX = ["p04/feedback.docx", "p07/report.docx"]
# realistic lengths in non-whitespace characters of the visible text
LENGTHS = {"feedback": (800, 3000), "report": (1500, 5000)}
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
for rel in list(DECLARED) + DOCX:
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
if n_ro > 1:
    fails.append(f"{n_ro} report-only pairs; at most one allowed")


def form(ok, what):
    if not ok:
        fails.append(what)


def txt(rel):
    return visible(os.path.join(root, rel))[0]


# ---- per-pair form checks ----
DISCLOSE = re.compile(r"监督电话|联系电话|门户网站|公众号|公开栏|公示栏|予以公布|(?<!面)向社会公开|网站公开|网站和")
# p01: areas （一）（二）（三） with continuous 1．–7．; report: seven 关于“…”的问题 items, each with 整改时限
_t = txt("p01/feedback.txt")
form(len(re.findall(r"^[1-7]．", _t, re.M)) == 7 and len(re.findall(r"^（[一二三]）", _t[:_t.index("二、整改意见")], re.M)) == 3,
     "p01/feedback.txt: expected three areas with continuous 1．–7．")
_t = txt("p01/report.txt")
form(len(re.findall(r"^（[一二三四五六七]）关于“", _t, re.M)) == 7 and len(re.findall(r"^整改时限：", _t, re.M)) == 7
     and len(re.findall(r"^责任领导：", _t, re.M)) == 7, "p01/report.txt: expected seven 关于“…”的问题 items with 责任领导/整改时限")
# p02: speech with 一是…六是 and 一要…三要; report: public notice, five items, nothing on 执委/会改联
_t = txt("p02/feedback.txt")
form(all(f"{c}是" in _t for c in "一二三四五六") and all(f"{c}要" in _t for c in "一二三") and "七是" not in _t,
     "p02/feedback.txt: expected a speech with 一是…六是 and 一要…三要")
_t = txt("p02/report.txt")
form(len(re.findall(r"^（[一二三四五六]）关于“", _t, re.M)) == 5 and "执委" not in _t and "会改联" not in _t and "予以公布" in _t,
     "p02/report.txt: expected a public notice with five items and no answer on 执委")
# p03: CRLF feedback 一、…六、 heading。detail; report first person, order 3,1,4,2,6,5, dated 2025-06-20
_t = txt("p03/feedback.txt")
form(len(re.findall(r"^[一二三四五六]、", _t, re.M)) == 6 and "七、" not in _t, "p03/feedback.txt: expected 一、…六、")
_t = txt("p03/report.txt")
form(_t.count("我") >= 8 and "2025年6月20日" in _t and len(re.findall(r"^（[一二三四五六]）关于", _t, re.M)) == 6,
     "p03/report.txt: expected a first-person report with six items dated 2025-06-20")
# p04: DOCX feedback with bold （一）–（七） heading paragraphs; report 问题1–7, one item without 责任领导, no disclosure
_x = zipfile.ZipFile(os.path.join(root, "p04", "feedback.docx")).read("word/document.xml").decode("utf-8")
_t = txt("p04/feedback.docx")
form(len(re.findall(r"^（[一二三四五六七]）.{4,30}。$", _t[:_t.index("三、整改意见")], re.M)) == 7 and "<w:b/>" in _x,
     "p04/feedback.docx: expected seven bold （N） heading paragraphs")
_t = txt("p04/report.txt")
form(len(re.findall(r"^问题[1-7]：", _t, re.M)) == 7 and len(re.findall(r"^责任领导：", _t, re.M)) == 6
     and len(re.findall(r"^责任部门：机关党支部", _t, re.M)) == 1 and not DISCLOSE.search(_t),
     "p04/report.txt: expected 问题1–7, one field line without 责任领导, and no disclosure")
# p05: areas with restarting 1．2．(3．); UTF-16 report answers by 第N方面第M个问题, one merged answer
_t = txt("p05/feedback.txt")
form(len(re.findall(r"^1．", _t, re.M)) == 3 and len(re.findall(r"^[1-3]．", _t, re.M)) == 7, "p05/feedback.txt: expected restarting 1．2．")
_t = txt("p05/report.txt")
form(len(re.findall(r"^针对反馈意见第", _t, re.M)) == 6 and "第二方面第1个问题和第三方面第2个问题" in _t
     and _t.count("中心组织全体干部职工认真学习相关法律法规和规章制度") == 2, "p05/report.txt: expected six by-number answers, one merged, one repeated paragraph")
# p06: GB18030 news item; report with seven （N）关于 items and bracketed owner lines
_t = txt("p06/feedback.txt")
form("发布时间" in _t and "巡察组指出" in _t and "等问题" in _t and _t.count("；") >= 6, "p06/feedback.txt: expected a news item with 巡察组指出…等问题")
_t = txt("p06/report.txt")
form(len(re.findall(r"^（[一二三四五六七]）关于", _t, re.M)) == 7 and _t.count("（责任领导：") == 7, "p06/report.txt: expected seven items with brackets")
# p07: report DOCX table of 1 header + 6 rows, row 4 with empty 责任领导/责任人, no disclosure
_x = zipfile.ZipFile(os.path.join(root, "p07", "report.docx")).read("word/document.xml").decode("utf-8")
_rows = re.findall(r"(?s)<w:tr>.*?</w:tr>", _x)
_cells = [["".join(re.findall(r"(?s)<w:t[^>]*>(.*?)</w:t>", c)) for c in re.findall(r"(?s)<w:tc>.*?</w:tc>", r)] for r in _rows]
form(len(_cells) == 7 and all(len(r) == 7 for r in _cells) and _cells[4][3] == "" and _cells[4][4] == ""
     and all(r[3] for i, r in enumerate(_cells) if i not in (0, 4)) and not DISCLOSE.search(txt("p07/report.docx")),
     "p07/report.docx: expected a 7-column table of 6 rows, row 4 without owners, and no disclosure")
# p08: 1．–7． heading lines + 具体表现：; GB18030 CRLF report without 危旧房/社保
_t = txt("p08/feedback.txt")
form(len(re.findall(r"^具体表现：", _t, re.M)) == 7, "p08/feedback.txt: expected seven 具体表现 lines")
_t = txt("p08/report.txt")
form("危旧房" not in _t and "社保" not in _t and "全部整改完毕" in _t and "正在分户追缴" in _t,
     "p08/report.txt: expected no answer on 危旧房/社保 and an all-done claim beside ongoing collection")
# p09: speech 第一，…第六，; CRLF report with ｜ ledger (header + 6 rows × 7 fields), no 领导小组/第一责任人
_t = txt("p09/feedback.txt")
form(all(f"第{c}，" in _t for c in "一二三四五六") and "第七，" not in _t, "p09/feedback.txt: expected 第一，…第六，")
_t = txt("p09/report.txt")
_rows = [l.split("｜") for l in _t.split("\n") if "｜" in l]
form(len(_rows) == 7 and all(len(r) == 7 for r in _rows) and "领导小组" not in _t and "第一责任人" not in _t and "馆长" not in _t.replace("副馆长", ""),
     "p09/report.txt: expected a 7-field ledger of 6 rows and no leadership")
# p10: continuous 1．–8．; report eight 关于“…” items in another order, #2 again under 三、, no 领导小组/第一责任人
_t = txt("p10/feedback.txt")
form(len(re.findall(r"^[1-8]．", _t, re.M)) == 8, "p10/feedback.txt: expected 1．–8．")
_t = txt("p10/report.txt")
_h = re.findall(r"^（[一二三四五六七八]）关于“(.+?)”的问题", _t, re.M)
form(len(_h) == 8 and _h[0].startswith("个人贷款") and "签订数据共享协议" in _t[_t.index("三、建立健全长效机制"):]
     and "领导小组" not in _t and "第一责任人" not in _t, "p10/report.txt: expected eight items in another order and a split answer")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
