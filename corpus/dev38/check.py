#!/usr/bin/env python3
"""Check the dev38 pairs (p01-p10, ids d38-01 … d38-10, all mode `pair`; HELD-OUT, frozen); adapted from corpus/dev24/check.py.
Every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, and a GB18030 file must
not be valid UTF-8; DOCX: word/document.xml paragraph text, table cells included), every `links` substring occurs exactly
once in the report's visible text, each gold.json is consistent (only the dev-pairs keys; kinds; null issue for
document-level kinds; ranges; answered vs unanswered-issue; links only on answered problems; mode vs feedback presence;
no duplicate (kind, issue); no stray files), every kind is planted in at least two pairs, at least one pair has no
must_flag, every pair has 6-11 problems, at least 3 links and at least 1 must_not_flag, and every gold file parses with
/work/shared/dev-pairs/score.py against an empty analyze JSON. Each feedback and each report must have 1000-3500
non-whitespace characters. HELDOUT must equal /work/notes/dev38.HELDOUT byte for byte. Pair-specific form checks follow.
Usage: python3 check.py [dev38-dir]. Exit 1 on failure."""
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
    "p03/report.txt": ("utf-8", "crlf"),
    "p05/report.txt": ("utf-16-le-bom", "lf"),
}
# realistic lengths in non-whitespace characters of the visible text
LENGTHS = {"feedback": (1000, 3500), "report": (1000, 3500)}
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
    if g["mode"] != "pair":
        fails.append(f"{name}: mode {g['mode']}, dev38 is all `pair`")
    if not 6 <= n <= 11:
        fails.append(f"{name}: {n} problems, outside 6-11")
    if len(g.get("links", [])) < 3:
        fails.append(f"{name}: fewer than 3 links")
    if len(g["must_not_flag"]) < 1:
        fails.append(f"{name}: no must_not_flag")
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
DISCLOSE = re.compile(r"向社会公开|公开栏|居务公开|监督电话|联系电话|门户网站|公众号公开|公众号公示|公示7天|予以公布|学院网站")
form(open(os.path.join(root, "HELDOUT"), "rb").read() == open("/work/notes/dev38.HELDOUT", "rb").read(),
     "HELDOUT differs from /work/notes/dev38.HELDOUT")
# p01: （一）–（四） areas with continuous 1．–9．; report: nine 关于“…”的问题, eight 责任领导 lines (item 七 has none), dated 2025-06-03
_t = txt("p01/feedback.txt")
form(len(re.findall(r"^[1-9]．", _t, re.M)) == 9 and "三、整改意见" in _t and "2025年1月14日" in _t, "p01/feedback.txt: expected 1．–9． and 三、整改意见")
_t = txt("p01/report.txt")
_items = re.split(r"^（[一二三四五六七八九]）关于“", _t, flags=re.M)
form(len(_items) == 10 and len(re.findall(r"^责任领导：", _t, re.M)) == 8 and "责任领导" not in _items[7]
     and "2025年6月3日" in _t, "p01/report.txt: expected nine items, item 七 without 责任领导, dated 2025-06-03")
# p02: speech with 从…看 and 第一，…第三，; report first person, eight 关于 items, no disclosure of the rectification
_t = txt("p02/feedback.txt")
form("阚砺锋" in _t and all(f"第{c}，" in _t for c in "一二三") and _t.count("看，") >= 3, "p02/feedback.txt: expected a speech")
_t = txt("p02/report.txt")
form(_t.count("我") >= 8 and len(re.findall(r"^[一二三四五六七八]、关于", _t, re.M)) == 8
     and not DISCLOSE.search(_t.replace("村务公开栏公示", "")) and "村务公开栏公示" in _t, "p02/report.txt: expected a first-person report, 8 items, no disclosure")
# p03: 问题1–8 + 具体表现; report 问题N：/整改情况： without 问题5
_t = txt("p03/feedback.txt")
form(len(re.findall(r"^问题[1-8]：", _t, re.M)) == 8 and _t.count("具体表现：") == 8, "p03/feedback.txt: expected 问题1–8")
_t = txt("p03/report.txt")
form(len(re.findall(r"^问题[1-8]：", _t, re.M)) == 7 and "问题5：" not in _t and _t.count("整改情况：") == 7
     and "全部整改完成" in _t, "p03/report.txt: expected seven 问题N：/整改情况： without 问题5")
# p04: 一、–十、 heading。detail; report DOCX with a table: header + 10 rows, the boilerplate twice, no date in row 8
_t = txt("p04/feedback.txt")
form(len(re.findall(r"^[一二三四五六七八九十]、", _t, re.M)) == 10 and "整改建议" in _t, "p04/feedback.txt: expected 一、–十、")
_x = zipfile.ZipFile(os.path.join(root, "p04", "report.docx")).read("word/document.xml").decode("utf-8")
_t = txt("p04/report.docx")
form(_x.count("<w:tr>") == 11 and _t.count("开展专题学习，对照问题深入查找根源") == 2 and "视诉讼进展和对方履约情况确定" in _t,
     "p04/report.docx: expected an 11-row table, the repeated paragraph twice and row 8's open time limit")
# p05: restarting 1． under three areas with 具体表现：; report UTF-16 by number only, no 领导小组/第一责任人
_t = txt("p05/feedback.txt")
form(_t.count("具体表现：") == 8 and len(re.findall(r"^1．", _t, re.M)) == 3, "p05/feedback.txt: expected 8 problems in 3 restarting areas")
_t = txt("p05/report.txt")
form(len(re.findall(r"^针对第[一二三]方面第[1-3]个问题", _t, re.M)) == 8 and "领导小组" not in _t and "第一责任人" not in _t,
     "p05/report.txt: expected eight by-number answers and no leadership")
# p06: news item with 巡察组指出…等问题; report public 通报 with seven items and contacts
_t = txt("p06/feedback.txt")
form("发布时间" in _t and "巡察组指出" in _t and "等问题。" in _t, "p06/feedback.txt: expected a news item")
_t = txt("p06/report.txt")
form("进展情况的通报" in _t and len(re.findall(r"^（[一二三四五六七]）", _t, re.M)) == 7 and "联系电话" in _t,
     "p06/report.txt: expected a public 通报 with seven items")
# p07: （一）–（七）; report ｜ ledger header + 7 rows of 6 fields, half-width punctuation, 待定 owner
_t = txt("p07/feedback.txt")
form(len(re.findall(r"^（[一二三四五六七]）", _t, re.M)) == 11, "p07/feedback.txt: expected （一）–（七） + 整改意见（一）–（四）")
_t = txt("p07/report.txt")
_rows = [l.split("｜") for l in _t.split("\n") if "｜" in l]
form(len(_rows) == 8 and all(len(r) == 6 for r in _rows) and _rows[2][3] == "待定" and len(re.findall(r"[^\d]\.(?!\d)", _t)) >= 5
     and _t.count(",") >= 20, "p07/report.txt: expected a 6-field ledger, 待定 in row 1.2, half-width punctuation")
# p08: restarting 1．; report seven headings, no answer on 窗口作风, no disclosure
_t = txt("p08/feedback.txt")
form(len(re.findall(r"^1．", _t, re.M)) == 3 and len(re.findall(r"^[1-4]．", _t, re.M)) == 9, "p08/feedback.txt: expected 2+3+4 problems")
_t = txt("p08/report.txt")
form(len(re.findall(r"^[一二三四五六七]、", _t, re.M)) == 7 and "冷硬横推" not in _t and "投诉" not in _t
     and not DISCLOSE.search(_t.replace("面向社会公开招聘", "")) and "公开招聘" in _t, "p08/report.txt: expected seven headings, nothing on 窗口作风, no disclosure")
# p09: 1．–11． + 具体表现：; report eleven 关于 items in another order, no 领导小组
_t = txt("p09/feedback.txt")
form(len(re.findall(r"^\d+．", _t, re.M)) == 11 and _t.count("具体表现：") == 11, "p09/feedback.txt: expected 1．–11．")
_t = txt("p09/report.txt")
form(len(re.findall(r"^[一二三四五六七八九十]+、关于“", _t, re.M)) == 11 and "领导小组" not in _t and "第一责任人" not in _t
     and "整改完成率100%" in _t, "p09/report.txt: expected eleven items, no leadership, the 100% claim")
# p10: restarting 一是/二是/三是; report: the repeated paragraph twice, #3's second place
_t = txt("p10/feedback.txt")
form(_t.count("一是") == 3 and _t.count("二是") == 3 and _t.count("三是") == 2, "p10/feedback.txt: expected restarting 一是…")
_t = txt("p10/report.txt")
form(_t.count("坚持问题导向和目标导向相结合，成立工作专班") == 2 and "直通车" in _t, "p10/report.txt: expected the repeated paragraph twice")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
