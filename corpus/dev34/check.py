#!/usr/bin/env python3
"""Check the dev34 pairs (p01-p06, ids d34-01 … d34-06); adapted from corpus/dev24/check.py (general checks kept; all pairs are
mode "pair", every pair plants 2-4 gaps, so the dev24 "good report" and "kind in two pairs" rules become "2-4 must_flag per pair,
>= 1 must_not_flag and >= 3 links per pair, every kind planted at least once"; lengths 1000-2500 for both documents). Every file decodes as
declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, and a GB18030 file must not be valid UTF-8; HTML: the declared
charset, strictly; DOCX: word/document.xml paragraph text, table cells included), every `links` substring occurs exactly
once in the report's visible text (HTML: inside one text node, tags removed, entities decoded), each gold.json is
consistent (only the dev-pairs keys; kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue;
links only on answered problems; mode vs feedback presence; at most one report-only pair; no duplicate (kind, issue);
no stray files), every kind is planted in at least two pairs, at least one pair has no must_flag, and every gold file
parses with /work/shared/dev-pairs/score.py against an empty analyze JSON. Each document must have 1000-2500
non-whitespace characters. Pair-specific form checks follow at the end.
Usage: python3 check.py [dev34-dir]. Exit 1 on failure."""
import glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text and HTML files (everything else: UTF-8, LF)
DECLARED = {
    "p06/report.txt": ("gb18030", "lf"),
}
# realistic lengths in non-whitespace characters of the visible text
LENGTHS = {"feedback": (1000, 2500), "report": (1000, 2500)}
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
    if not 2 <= len(g["must_flag"]) <= 4:
        fails.append(f"{name}: {len(g['must_flag'])} must_flag, expected 2-4")
    if not g["must_not_flag"]:
        fails.append(f"{name}: no must_not_flag")
    if len(g.get("links", [])) < 3:
        fails.append(f"{name}: fewer than 3 links")
    if g["mode"] != "pair":
        fails.append(f"{name}: mode {g['mode']}, expected pair")
    if not 4 <= n <= 6:
        fails.append(f"{name}: {n} problems, expected 4-6")
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
    if len(planted.get(k, ())) < 1:
        fails.append(f"kind {k} never planted")
if good:
    fails.append(f"pairs without must_flag: {good}")
if len(glob.glob(os.path.join(root, "p[0-9][0-9]"))) != 6:
    fails.append("expected six pair folders p01-p06")
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
def form(ok, what):
    if not ok:
        fails.append(what)


def txt(rel):
    return visible(os.path.join(root, rel))[0]


DISCLOSE = re.compile(r"向社会公开|公开栏|监督电话|联系电话|门户网站|公众号上公开|政务公开|予以公布")
DATE = re.compile(r"20\d\d年\d{1,2}月\d{1,2}日|20\d\d-\d\d-\d\d")
for p in range(1, 7):
    for doc in ("feedback", "report"):
        form(DATE.search(txt(f"p0{p}/{doc}.txt")), f"p0{p}/{doc}.txt: no date")
# p01: （一）–（五） before 二、整改要求; report: five 关于“…”的问题 with 整改时限, one without a date, no disclosure
_t = txt("p01/feedback.txt")
form(len(re.findall(r"^（[一二三四五]）", _t[:_t.index("二、整改要求")], re.M)) == 5, "p01/feedback.txt: expected five （N） problems")
_t = txt("p01/report.txt")
form(len(re.findall(r"^（[一二三四五]）关于“", _t, re.M)) == 5 and len(re.findall(r"^整改时限：", _t, re.M)) == 5
     and "整改时限：视" in _t and not DISCLOSE.search(_t), "p01/report.txt: expected five items, one undated, no disclosure")
# p02: speech 一是…五是, 一要…三要; report first person, nothing on 意识形态, dated 2025-01-08
_t = txt("p02/feedback.txt")
form(all(f"{c}是" in _t for c in "一二三四五") and all(f"{c}要" in _t for c in "一二三") and "同志们" in _t,
     "p02/feedback.txt: expected a speech with 一是…五是 and 一要…三要")
_t = txt("p02/report.txt")
form(_t.count("我") >= 8 and "2025年1月8日" in _t and "意识形态" not in _t and "网站" not in _t,
     "p02/report.txt: expected a first-person report dated 2025-01-08 and no answer to #5")
# p03: news item; report ledger rows with ｜, 8 fields, rows 2-x with an empty 责任领导, no disclosure
_t = txt("p03/feedback.txt")
form("发布时间" in _t and "存在" in _t and "等问题" in _t, "p03/feedback.txt: expected a news item")
_t = txt("p03/report.txt")
_rows = [l.split("｜") for l in _t.split("\n") if "｜" in l]
form(len(_rows) == 12 and all(len(r) == 8 for r in _rows) and [r[0] for r in _rows if r[3] == ""] == ["2-1", "2-2"]
     and not DISCLOSE.search(_t), "p03/report.txt: expected header + 11 ledger rows, 2-1/2-2 without 责任领导, no disclosure")
# p04: areas with restarting 1．2．; report: pasted paragraph twice, no 领导小组/第一责任人/书记
_t = txt("p04/feedback.txt")
form(len(re.findall(r"^[12]．", _t, re.M)) == 5, "p04/feedback.txt: expected 2 + 2 + 1 numbered problems")
_t = txt("p04/report.txt")
_rep = "局党组对照问题清单逐项建立台账，实行销号管理，定期开展督导检查，对整改不力的严肃追责问责"
form(_t.count(_rep) == 2 and "领导小组" not in _t and "第一责任人" not in _t and "党组书记" not in _t,
     "p04/report.txt: expected the pasted paragraph twice and no leadership")
# p05: speech with 从…看; public notice 1．–4．, nothing on 经办服务, claims all done
_t = txt("p05/feedback.txt")
form(_t.count("从") >= 5 and "同志们" in _t, "p05/feedback.txt: expected a speech in 从…看 paragraphs")
_t = txt("p05/report.txt")
form(len(re.findall(r"^[1-4]．关于", _t, re.M)) == 4 and "经办点人员" not in _t and "18个工作日" not in _t
     and "已全部整改完成" in _t and "正在通过法律途径追缴" in _t, "p05/report.txt: expected four items, #4 missing, all-done claim")
# p06: 1．–5．; GB18030 report, 逐步规范 time limit, dated 2024-10-25
_t = txt("p06/feedback.txt")
form(len(re.findall(r"^[1-5]．", _t, re.M)) == 5, "p06/feedback.txt: expected five numbered problems")
_t = txt("p06/report.txt")
form("完成时限：逐步规范" in _t and "2024年10月25日" in _t and len(re.findall(r"^完成时限：", _t, re.M)) == 5,
     "p06/report.txt: expected five items, one 逐步规范")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
