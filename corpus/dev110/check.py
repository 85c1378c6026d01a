#!/usr/bin/env python3
"""Check the dev110 pairs (p01-p10, pair ids d110-01 … d110-10); adapted from dev44's check.py.

General checks: every file decodes as declared — TXT/HTML: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where
declared, a GB18030 file must not be valid UTF-8; DOCX: word/document.xml paragraph text; text PDF: made by LibreOffice,
`pdftotext -layout` gives the text; scanned PDF: page images only (one image per page, no text layer). The SOURCE of a
PDF is the text written in make/src/<pair>/<name>.docx.py (govdoc.plain of its BLOCKS). Every `links` substring must
occur exactly once in the source; in a text PDF it must also occur in `pdftotext -layout` output once all whitespace is
removed from both; in HTML it must also occur in the tag-stripped text; for the scanned PDF the source alone is checked.
Each gold.json is consistent (only the dev-pairs keys; known kinds; null issue for document-level kinds; ranges;
answered vs unanswered-issue; links only on answered problems; every answered problem has a link; every pair mode
"pair" with one feedback; no duplicate (kind, issue); every entry has a why; no stray files), every gap kind is planted
in at least one pair and has a counter-case somewhere, one or two good reports, and every gold file runs through
/work/shared/dev-pairs/score.py against an empty analyze JSON. Feedback 900-4000 and report 1500-7000 non-whitespace
source characters. The gold problem count is checked against each feedback's own numbering; late-report against the
dates found in the documents (three months, as DOMAIN.md and every feedback say). PDF form checks: red head (FF0000
in the DOCX), 文号, 签发人 where declared, page numbers on every page, a running header on every page but the first,
footnote texts present, 抄送/印发 block, a paragraph that crosses a page break, a ledger table whose header row repeats
on two pages where declared. Pair-specific form checks follow. Usage: python3 check.py [dev110-dir]. Exit 1 on failure."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
MAKE = os.path.join(root, "make")
sys.path.insert(0, MAKE)
import govdoc  # noqa: E402

# declared kinds: (encoding, eol) for text files; "pdf" / "scan" / "docx" otherwise
DECLARED = {
    "p01/feedback.pdf": "pdf", "p01/report.pdf": "pdf",
    "p02/feedback.txt": ("utf-8", "crlf"), "p02/report.pdf": "pdf",
    "p03/feedback.pdf": "pdf", "p03/report.pdf": "pdf",
    "p04/feedback.html": ("utf-8", "lf"), "p04/report.pdf": "pdf",
    "p05/feedback.pdf": "pdf", "p05/report.pdf": "pdf",
    "p06/feedback.txt": ("gb18030", "lf"), "p06/report.pdf": "scan",
    "p07/feedback.pdf": "pdf", "p07/report.pdf": "pdf",
    "p08/feedback.docx": "docx", "p08/report.pdf": "pdf",
    "p09/feedback.txt": ("utf-16-le-bom", "crlf"), "p09/report.pdf": "pdf",
    "p10/feedback.pdf": "pdf", "p10/report.html": ("utf-8", "lf"),
}
# PDF features: red head, 签发人, page header (running head text), footer style, ledger table crossing a page (a header
# cell that must show on two pages), footnotes expected
PDF_FEATURES = {
    "p01/feedback.pdf": dict(red=True, signer=False, header=True, footer="dash", table=None, notes=0),
    "p01/report.pdf": dict(red=True, signer=True, header=True, footer="dash", table="责任领导", notes=1),
    "p02/report.pdf": dict(red=True, signer=True, header=True, footer="dash", table=None, notes=1),
    "p03/feedback.pdf": dict(red=False, signer=False, header=True, footer="plain", table=None, notes=0),
    "p03/report.pdf": dict(red=True, signer=True, header=True, footer="dash", table=None, notes=2),
    "p04/report.pdf": dict(red=True, signer=True, header=True, footer="dash", table=None, notes=0),
    "p05/feedback.pdf": dict(red=True, signer=False, header=True, footer="dash", table=None, notes=1),
    "p05/report.pdf": dict(red=True, signer=True, header=True, footer="dash", table="责任领导", notes=1),
    "p06/report.pdf": dict(red=True, signer=False, header=False, footer="dash", table=None, notes=0),
    "p07/feedback.pdf": dict(red=False, signer=False, header=True, footer="dash", table=None, notes=0),
    "p07/report.pdf": dict(red=True, signer=True, header=True, footer="dash", table=None, notes=1),
    "p08/report.pdf": dict(red=True, signer=True, header=True, footer="dash", table="责任领导", notes=0),
    "p09/report.pdf": dict(red=True, signer=True, header=True, footer="dash", table=None, notes=1),
    "p10/feedback.pdf": dict(red=True, signer=False, header=True, footer="dash", table=None, notes=0),
}
LENGTHS = {"feedback": (900, 4000), "report": (1500, 7000)}
# dates (feedback given, report dated) as written in the documents
DATES = {"p01": ("2025年3月18日", "2025年6月13日"), "p02": ("2025年4月9日", "2025年7月4日"),
         "p03": ("2025年5月20日", "2025年8月15日"), "p04": ("2月26日", "2025年6月10日"),
         "p05": ("2025年4月22日", "2025年7月18日"), "p06": ("2025年3月4日", "2025年5月30日"),
         "p07": ("2025年6月5日", "2025年9月3日"), "p08": ("2025年4月15日", "2025年8月1日"),
         "p09": ("2025年5月8日", "2025年8月4日"), "p10": ("6月24日", "2025年9月12日")}
DATE_VALUES = {"p01": ("2025-03-18", "2025-06-13"), "p02": ("2025-04-09", "2025-07-04"), "p03": ("2025-05-20", "2025-08-15"),
               "p04": ("2025-02-26", "2025-06-10"), "p05": ("2025-04-22", "2025-07-18"), "p06": ("2025-03-04", "2025-05-30"),
               "p07": ("2025-06-05", "2025-09-03"), "p08": ("2025-04-15", "2025-08-01"), "p09": ("2025-05-08", "2025-08-04"),
               "p10": ("2025-06-24", "2025-09-12")}
fails = []
WS = re.compile(r"\s+")


def squash(t):
    return WS.sub("", t)


def decode_text(rel, raw):
    enc, eol = DECLARED[rel]
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


def strip_tags(t):
    t = re.sub(r"(?is)<(script|style)\b.*?</\1>", "", t)
    t = re.sub(r"(?i)<br\s*/?>|</(p|h[1-6]|li|tr|div|table)>", "\n", t)
    return html.unescape(re.sub(r"<[^>]+>", "", t))


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = ["".join(re.findall(r"(?s)<w:t[^>]*>(.*?)</w:t>", p)) for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", xml)]
    feats = [f for f, tag in (("tbl", "<w:tbl>"), ("bold-runs", "<w:b/>")) if tag in xml]
    return html.unescape("\n".join(p for p in paras if p.strip())), "docx[" + ",".join(feats) + "]"


def pdf_pages(path):
    out = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, check=True).stdout.decode("utf-8")
    pages = out.split("\f")
    if pages and not pages[-1].strip():
        pages = pages[:-1]
    return pages


def pdfinfo(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    return dict(l.split(":", 1) for l in out.splitlines() if ":" in l)


def source_blocks(rel):
    ns = {}
    exec(open(os.path.join(MAKE, "src", rel.rsplit(".", 1)[0] + ".docx.py"), encoding="utf-8").read(), ns)
    return ns


DOCS = {}  # rel -> dict(source=..., visible=... (text used for the whitespace-free check, or None), enc=...)


def load(rel):
    if rel in DOCS:
        return DOCS[rel]
    path = os.path.join(root, rel)
    kind = DECLARED[rel]
    raw = open(path, "rb").read()
    if kind in ("pdf", "scan"):
        assert raw.startswith(b"%PDF-"), "not a PDF"
        ns = source_blocks(rel)
        src = govdoc.plain(ns["BLOCKS"])
        info = pdfinfo(path)
        pages = pdf_pages(path)
        if kind == "pdf":
            assert "LibreOffice" in info.get("Producer", ""), f"Producer {info.get('Producer')}"
            d = dict(source=src, visible="\f".join(pages), pages=pages, ns=ns, enc=f"pdf ({len(pages)} pages, text)")
        else:
            imgs = subprocess.run(["pdfimages", "-list", path], capture_output=True, text=True, check=True).stdout
            n_img = len([l for l in imgs.splitlines()[2:] if l.strip()])
            n_pages = int(info["Pages"])
            assert n_img == n_pages >= 2, f"{n_img} images on {n_pages} pages"
            assert len(squash("".join(pages))) == 0, "scanned PDF has a text layer"
            assert "LibreOffice" not in info.get("Producer", "")
            d = dict(source=src, visible=None, pages=pages, ns=ns, enc=f"scanned pdf ({n_pages} page images, no text)")
    elif kind == "docx":
        t, e = docx_text(path)
        d = dict(source=t, visible=t, enc=e)
    else:
        t, e = decode_text(rel, raw)
        d = dict(source=t, visible=strip_tags(t) if rel.endswith(".html") else t, enc=e)
    DOCS[rel] = d
    return d


def nchars(d):
    t = d["source"]
    return len(squash(strip_tags(t) if "<html" in t[:200].lower() else t))


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good = {}, {}, []
empty = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump({"issues": [], "measures": [], "gaps": []}, empty)
empty.close()
for rel in DECLARED:
    if not os.path.exists(os.path.join(root, rel)):
        fails.append(f"declared file missing: {rel}")
pairs = sorted(glob.glob(os.path.join(root, "p[0-9][0-9]")))
if len(pairs) != 10:
    fails.append(f"expected 10 pair folders, found {len(pairs)}")
n_pdf_reports = sum(1 for r, k in DECLARED.items() if "/report." in r and k == "pdf")
n_pdf_feedbacks = sum(1 for r, k in DECLARED.items() if "/feedback." in r and k == "pdf")
n_scan = sum(1 for k in DECLARED.values() if k == "scan")
if n_pdf_reports < 8 or n_pdf_feedbacks < 4 or n_scan > 1:
    fails.append(f"PDF counts: {n_pdf_reports} text-PDF reports (>=8), {n_pdf_feedbacks} PDF feedbacks (>=4), {n_scan} scans (<=1)")
for d in pairs:
    name = os.path.basename(d)
    files = sorted(os.listdir(d))
    fb = [f for f in files if f.startswith("feedback.")]
    rp = [f for f in files if f.startswith("report.")]
    extra = [f for f in files if not (f.startswith(("feedback.", "report.")) or f in ("gold.json", "notes.md"))]
    if extra:
        fails.append(f"{name}: stray files {extra}")
    if "notes.md" not in files:
        fails.append(f"{name}: notes.md missing")
    for f in fb + rp:
        if f"{name}/{f}" not in DECLARED:
            fails.append(f"{name}: undeclared file {f}")
    g = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
    if set(g) - GOLD_KEYS or not {"mode", "issues", "answered", "must_flag", "must_not_flag"} <= set(g):
        fails.append(f"{name}: gold keys {sorted(g)}")
    if len(rp) != 1 or len(fb) != 1 or g["mode"] != "pair":
        fails.append(f"{name}: every dev110 pair is mode 'pair' with one feedback.* and one report.*")
        continue
    encs, docs = [], {}
    for role, f in (("feedback", fb[0]), ("report", rp[0])):
        rel = f"{name}/{f}"
        try:
            doc = load(rel)
            docs[role] = doc
            encs.append(f"{f}={doc['enc']} ({nchars(doc)} chars)")
            lo, hi = LENGTHS[role]
            if not lo <= nchars(doc) <= hi:
                fails.append(f"{name}: {role} has {nchars(doc)} source characters, outside {lo}-{hi}")
        except Exception as e:
            fails.append(f"{name}: {f} does not decode as declared: {e}")
    if len(docs) != 2:
        continue
    rep = docs["report"]
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
    vis_sq = squash(rep["visible"]) if rep["visible"] is not None else None
    for l in g.get("links", []):
        total["links"] += 1
        linked.add(l["issue"])
        if not 1 <= l["issue"] <= n or not g["answered"][str(l["issue"])]:
            fails.append(f"{name}: link to issue {l['issue']} which is out of range or unanswered")
        hits = rep["source"].count(l["measure"])
        if hits != 1:
            fails.append(f"{name}: link occurs {hits} times in the report's source: {l['measure']}")
        if vis_sq is not None and squash(l["measure"]) not in vis_sq:
            fails.append(f"{name}: link not in the report's extracted text (whitespace removed): {l['measure']}")
    for k, v in g["answered"].items():
        if v and int(k) not in linked:
            fails.append(f"{name}: answered problem {k} has no link")
    # late-report against the dates in the documents (three months after the feedback date)
    fdate, rdate = DATES[name]
    fv, rv = (datetime.date.fromisoformat(x) for x in DATE_VALUES[name])
    if fdate not in docs["feedback"]["source"] or rdate not in rep["source"]:
        fails.append(f"{name}: dates {fdate} / {rdate} not found in the documents")
    limit = fv.replace(month=fv.month + 3) if fv.month <= 9 else fv.replace(year=fv.year + 1, month=fv.month - 9)
    late = rv > limit
    flagged = any(f["kind"] == "late-report" for f in g["must_flag"])
    not_flagged = any(f["kind"] == "late-report" for f in g["must_not_flag"])
    if late != flagged or late == not_flagged:
        fails.append(f"{name}: report {rv} vs limit {limit}: late={late}, gold must_flag={flagged}, must_not_flag={not_flagged}")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}; {'; '.join(encs)}; {(rv - fv).days} days; score.py on empty output {last}")
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


# ---- PDF form checks ----
CROSSING = {}
for rel, ft in PDF_FEATURES.items():
    if DECLARED.get(rel) not in ("pdf", "scan") or rel not in DOCS:
        continue
    doc = DOCS[rel]
    ns, blocks = doc["ns"], doc["ns"]["BLOCKS"]
    dx = os.path.join(MAKE, "docx", rel.replace("/", "-").rsplit(".", 1)[0] + ".docx")
    xml = zipfile.ZipFile(dx).read("word/document.xml").decode("utf-8") if os.path.exists(dx) else ""
    form(os.path.exists(dx), f"{rel}: its DOCX is not in make/docx/")
    form(ft["red"] == ('w:color w:val="FF0000"' in xml) == any(b[0] == "redhead" for b in blocks),
         f"{rel}: red head expected={ft['red']}")
    wh = [b for b in blocks if b[0] == "wenhao"]
    form(bool(ft["red"]) == bool(wh) and all(re.search(r"〔2025〕\d+号$", b[1]) for b in wh), f"{rel}: 文号 line")
    form(ft["signer"] == any(b[2] and b[2].startswith("签发人：") for b in wh), f"{rel}: 签发人 expected={ft['signer']}")
    form(ft["header"] == bool(ns.get("HEADER")) and ns.get("FOOTER", "dash") == ft["footer"], f"{rel}: header/footer declaration")
    notes = govdoc.FN.findall("\n".join(b[1] for b in blocks if b[0] == "p"))
    form(len(notes) == ft["notes"], f"{rel}: {len(notes)} footnotes, expected {ft['notes']}")
    banji = [b for b in blocks if b[0] == "banji"]
    if "report" in rel and DECLARED[rel] == "pdf":
        form(bool(banji) and banji[0][1][0][0].startswith("抄送：") and banji[0][1][-1][1].endswith("印发"),
             f"{rel}: 抄送/印发 block")
    if DECLARED[rel] == "scan":
        continue
    pages = doc["pages"]
    sq = [squash(p) for p in pages]
    for i, p in enumerate(sq, 1):
        mark = f"—{i}—" if ft["footer"] == "dash" else f"第{i}页"
        form(mark in p, f"{rel}: page {i} has no page number {mark}")
        if ft["header"]:
            form((squash(ns["HEADER"]) in p) == (i > 1), f"{rel}: running header on page {i} wrong")
    allsq = "".join(sq)
    for t in notes:
        form(squash(t) in allsq, f"{rel}: footnote text missing in PDF: {t[:20]}")
    for b in banji:
        for left, right in b[1]:
            form(squash(left) in allsq, f"{rel}: 版记 line missing: {left[:20]}")
    if ft["table"]:
        on = [i for i, p in enumerate(sq) if ft["table"] in p and "序号" in p]
        form(len(on) >= 2, f"{rel}: ledger table header seen on pages {on}, expected two or more (table crossing a page)")
    # a body paragraph that crosses a page break (required in every text-PDF report)
    crossing = False
    for b in blocks:
        if b[0] == "p" and len(squash(b[1])) > 60:
            t = squash(govdoc.FN.sub("", b[1]))
            a = [i for i, p in enumerate(sq) if t[:12] in p]
            z = [i for i, p in enumerate(sq) if t[-12:] in p]
            if a and z and z[0] > a[0]:
                crossing = True
                break
    CROSSING[rel] = crossing
    form(crossing or "/feedback." in rel, f"{rel}: no paragraph crosses a page break")
    # every source paragraph (short ones) can be found in the PDF text
    for b in blocks:
        if b[0] in ("p", "h1", "h2") and b[1].strip():
            t = squash(govdoc.FN.sub("", b[1]))
            if len(t) <= 40:
                form(t in allsq, f"{rel}: short paragraph not found in PDF text: {t}")


def src(rel):
    return DOCS[rel]["source"] if rel in DOCS else ""


def count_problems(rel, pattern, region=None):
    t = src(rel)
    if region:
        a, b = region
        t = t[t.index(a):t.index(b)] if a in t and b in t else ""
    return len(re.findall(pattern, t, re.M))


def gold_n(name):
    return json.load(open(os.path.join(root, name, "gold.json"), encoding="utf-8"))["issues"]


# ---- problem counts against each feedback's own structure ----
COUNTS = {
    "p01": count_problems("p01/feedback.pdf", r"^(?:[1-9]|1[01])．[^\n]+", ("二、巡察发现的主要问题", "三、整改意见")),
    "p02": len(re.findall(r"[一二三四五六七八九十]是", src("p02/feedback.txt")[src("p02/feedback.txt").find("主要是："):src("p02/feedback.txt").find("巡察中发现的有关问题线索")])),
    "p03": count_problems("p03/feedback.pdf", r"^[1-3]．", ("一、贯彻落实上级决策部署方面", "四、整改意见")),
    "p04": len(re.findall(r"[一二三四五六七八]是", strip_tags(src("p04/feedback.html")).split("主要表现在：")[-1].split("对巡察中发现的问题线索")[0])),
    "p05": count_problems("p05/feedback.pdf", r"^（[一二三四五六七八九十]{1,2}）", ("一、落实党中央决策部署", "五、整改意见")),
    "p06": count_problems("p06/feedback.txt", r"^问题[一二三四五六七八九十]：", ("问题一：", "整改要求：")),
    "p07": sum(len(re.findall(r"[一二三四]是", para)) for para in src("p07/feedback.pdf").split("\n") if para.startswith("从")),
    "p08": count_problems("p08/feedback.docx", r"^(?:[1-9]|1[0-3])．", ("一、办刊政治方向", "四、整改意见")),
    "p09": count_problems("p09/feedback.txt", r"^（[一二三四五六七八九十]）", ("一、巡察发现的主要问题", "二、整改意见")),
    "p10": count_problems("p10/feedback.pdf", r"^[1-8]．[^\n]+。$", ("现将巡察发现的主要问题反馈如下", "整改要求：")),
}
for name, c in COUNTS.items():
    form(c == gold_n(name), f"{name}: feedback structure gives {c} problems, gold says {gold_n(name)}")
# the feedback PDFs: every problem paragraph is present in the extracted text
for rel in [r for r, k in DECLARED.items() if k == "pdf" and "/feedback." in r]:
    allsq = squash(DOCS[rel]["visible"]) if rel in DOCS else ""
    for b in DOCS.get(rel, {}).get("ns", {}).get("BLOCKS", []):
        if b[0] in ("p", "h1", "h2"):  # the start of every paragraph (a paragraph may run on over a page break)
            form(squash(govdoc.FN.sub("", b[1]))[:12] in allsq, f"{rel}: paragraph missing in PDF text: {b[1][:20]}")

# ---- pair-specific form checks ----
DISCLOSE = re.compile(r"公开(?!招聘|比选|遴选|招标)|公示")
# p01: owners/dates only in the ledger; ledger row 10 has no date; 罚没 核销 and no sanction in （七）
_t = src("p01/report.pdf")
_body = _t[_t.index("二、反馈问题整改落实情况"):_t.index("三、整改成效")]
form(not re.search(r"责任领导：|完成时限：|整改时限：", _body) and "详见附件" in _body and "按账面价值作核销处理" in _body
     and not re.search(r"(诫勉|处分|批评教育)", _body[_body.index("（七）"):_body.index("（八）")]),
     "p01/report.pdf: body without owners/dates, 罚没 item written off with nobody dealt with")
_rows = [l.split("｜") for l in _t.split("\n") if l.count("｜") == 6]
form(len(_rows) == 12 and not re.search(r"\d", _rows[10][5]) and all(re.search(r"\d{4}年", r[5]) for r in _rows[1:10] + _rows[11:]),
     "p01/report.pdf: 11-row ledger with row 10 undated")
# p02: inline 一是…十是 news item; report pastes one paragraph under （六） and （九）; all-done claim vs pending items
_t = src("p02/report.pdf")
_P = "组织全体员工认真学习《中国共产党纪律处分条例》和总行员工违规行为处理规定"
form(_t.count(_P) == 2 and "已全部整改到位" in _t and "尚在审理中" in _t and "剩余9份正在协调客户补充" in _t
     and "兼职" not in _t and "借款" not in _t, "p02/report.pdf: pasted paragraph twice, all-done claim, nothing on 兼职/借款")
# p03: good report with five fields per item
_t = src("p03/report.pdf")
form(all(len(re.findall(f"^{lab}", _t, re.M)) == 9 for lab in ("整改措施：", "责任领导：", "责任股室：", "整改时限：", "整改成效：")),
     "p03/report.pdf: nine items with five fields")
# p04: seven own headings, nothing on the 9.3万 assets, no disclosure of the rectification, dated after the limit
_t = src("p04/report.pdf")
form(len(re.findall(r"^（[一二三四五六七]）\S{2,6}问题$", _t, re.M)) == 7 and "9.3万" not in _t and "审计" not in _t
     and [m.group(0) for m in DISCLOSE.finditer(_t)] == ["公示"] and "服务大厅公示" in _t,
     "p04/report.pdf: seven short headings, no answer on 审计 assets, only the fee 公示")
# p05: ledger row 9 owned by a body; （四） restates; （六） no sanction or recovery
_t = src("p05/report.pdf")
_rows = [l.split("｜") for l in _t.split("\n") if l.count("｜") == 6]
_six = _t[_t.index("（六）针对"):_t.index("（七）针对")]
form(len(_rows) == 13 and _rows[9][3] == "库党委班子成员" and all(len(r[3]) == 3 for r in _rows[1:9] + _rows[10:])
     and not re.search(r"追回|退回|退缴|诫勉|处分|批评", _six), "p05/report.pdf: ledger row 9 without a person; （六） without sanction")
# p06: scanned; no 领导小组, no 第一责任人, no disclosure; 问题三 says nothing of the 辅警
_t = src("p06/report.pdf")
_three = _t[_t.index("问题三："):_t.index("问题四：")]
form(DECLARED["p06/report.pdf"] == "scan" and "领导小组" not in _t and "第一责任人" not in _t and not DISCLOSE.search(_t)
     and "辅警" not in _three and len(re.findall(r"^问题[一二三四五六七八九十]：", _t, re.M)) == 10,
     "p06/report.pdf: ten 问题N： items, no lead, no disclosure, nothing on the 辅警")
# p07: first person; the 打假 bracket has no 完成时限; all-done claim vs pending
_t = src("p07/report.pdf")
_br = re.findall(r"（牵头领导：[^）]+）", _t)
form(_t.count("我") >= 8 and len(_br) == 9 and sum("完成时限" not in b for b in _br) == 1 and "已全部整改完成" in _t
     and "仍在进行" in _t and "尚未公布" in _t, "p07/report.pdf: first person, one undated bracket, all-done claim vs pending items")
# p08: ledger 序号 1–12, no 档案 row; row 5 slogans
_t = src("p08/report.pdf")
_rows = [l.split("｜") for l in _t.split("\n") if l.count("｜") == 6]
form(len(_rows) == 13 and [r[0] for r in _rows[1:]] == [str(i) for i in range(1, 13)] and "档案" not in _t
     and _rows[5][2].startswith("强化编辑职业道德教育"), "p08/report.pdf: ledger 1–12 without 档案, row 5 slogans")
# p09: ten 一、关于…的问题 headings; no 领导小组/第一责任人; 九、 has no rule
_t = src("p09/report.pdf")
_t = _t[:_t.index("抄送：")]
_nine = _t[_t.index("九、关于"):_t.index("十、关于")]
form(len(re.findall(r"^[一二三四五六七八九十]、关于\S+的问题$", _t, re.M)) == 10 and "领导小组" not in _t and "第一责任人" not in _t
     and not re.search(r"制度|办法|规程|规定", _nine), "p09/report.pdf: ten items, no lead, no rule under 九、")
# p10: public page with 信息公开 header; the same paragraph under 2． and 7．; 5． owned by 全所执法人员
_t = src("p10/report.html")
_R = "坚持把巡察整改作为重要政治任务，组织全所干部职工深入学习习近平总书记关于文化和旅游工作的重要论述"
form("公开方式：</td><td>主动公开" in _t and _t.count(_R) == 2 and "责任人：全所执法人员" in _t and "联系电话" in _t
     and len(re.findall(r"<h3>[1-8]．关于", _t)) == 8, "p10/report.html: public 通报, pasted paragraph twice, 全所执法人员")
print("feedback PDFs with a paragraph crossing a page: " + ", ".join(r for r, c in sorted(CROSSING.items()) if c and "/feedback." in r))
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
