#!/usr/bin/env python3
"""Check the dev111 pairs (p01-p10, pair ids d111-01 … d111-10); adapted from corpus/dev44/check.py.
General checks:
- every file is in the format declared in FORMATS: PDF made from Word (a %PDF file with embedded fonts and a text layer that
  `pdftotext -layout` reads), the SCANNED PDF (page images only: one image per page, no font, no text layer), DOCX
  (word/document.xml paragraph text), HTML (declared charset in <meta>, decodes as declared; a GB18030 file must not be
  valid UTF-8), TXT (UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared);
- every gold `links` substring is an exact substring of the SOURCE text (make/out/pNN/report.src.txt, written by build.py
  from make/src/pNN/report.docx.py, for PDF/DOCX files; the decoded file itself for TXT/HTML) and occurs there exactly once;
  for a PDF made from Word it also occurs exactly once in the `pdftotext -layout` text with ALL whitespace removed from both
  (the scanned report is checked against its source only); for DOCX, in the document text with whitespace removed;
- each gold.json is consistent (only the dev-pairs keys; mode "pair"; known kinds; null issue exactly for document-level kinds;
  ranges; answered vs unanswered-issue; links only on answered problems; every answered problem has a link; no duplicate
  (kind, issue); every entry has a why; no stray files in a pair folder) and runs through /work/shared/dev-pairs/score.py
  against an empty analyze JSON;
- every gap kind is planted (must_flag) in at least one pair and has a counter-case (must_not_flag); one or two good reports;
- the problem count of each gold equals the count taken from the feedback's own structure (COUNT below);
- late-report in the gold (must_flag or must_not_flag) agrees with the feedback and report dates, which must appear in the
  documents (three calendar months, as in DOMAIN.md);
- lengths: feedback 800-4000 and report 1500-9000 non-whitespace characters of source text;
- at least eight reports and four feedbacks are PDF, exactly one report is the scanned PDF;
- PDF form checks (page numbers — N — on every page, a running header from page 2, 文号 with 〔2025〕, red head and rule in the
  DOCX source, footnote text, 版记 抄送/印发, 签发人 on reports, ledger table header repeated on a second page) and
  pair-specific checks at the end.
Usage: python3 check.py [dev111-dir]. Needs pdftotext, pdfinfo, pdffonts (poppler-utils). Exit 1 on failure."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
FORMATS = {
    "p01/feedback.pdf": ("pdf",), "p01/report.pdf": ("pdf",),
    "p02/feedback.txt": ("txt", "utf-8", "lf"), "p02/report.pdf": ("pdf",),
    "p03/feedback.pdf": ("pdf",), "p03/report.pdf": ("pdf",),
    "p04/feedback.html": ("html", "utf-8"), "p04/report.pdf": ("pdf",),
    "p05/feedback.pdf": ("pdf",), "p05/report.pdf": ("pdf",),
    "p06/feedback.docx": ("docx",), "p06/report.pdf": ("scan",),
    "p07/feedback.pdf": ("pdf",), "p07/report.pdf": ("pdf",),
    "p08/feedback.txt": ("txt", "gb18030", "crlf"), "p08/report.pdf": ("pdf",),
    "p09/feedback.pdf": ("pdf",), "p09/report.docx": ("docx",),
    "p10/feedback.txt": ("txt", "utf-16-le-bom", "crlf"), "p10/report.html": ("html", "gb18030"),
}
# (feedback date, report date) as written in the documents
DATES = {"p01": ("2025年5月20日", "2025年8月12日"), "p02": ("2025年4月15日", "2025年7月8日"),
         "p03": ("2025年6月5日", "2025年8月28日"), "p04": ("3月18日", "2025年7月14日"),
         "p05": ("2025年4月22日", "2025年7月16日"), "p06": ("2025年5月8日", "2025年7月30日"),
         "p07": ("2025年6月17日", "2025年9月9日"), "p08": ("2025年3月25日", "2025年6月20日"),
         "p09": ("2025年2月20日", "2025年6月30日"), "p10": ("5月27日", "2025年8月19日")}
FULL_DATES = {"p04": "2025-03-18", "p10": "2025-05-27"}  # the news items give the year in their 发布时间 line
LEDGER = {"p01", "p03", "p05", "p07", "p08"}  # PDF reports with a 附件 ledger table that must cross a page
LENGTHS = {"feedback": (800, 4000), "report": (1500, 9000)}
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
fails = []


def ws(t):
    return re.sub(r"\s", "", t)


def run(*args):
    return subprocess.run(list(args), capture_output=True, text=True, check=True).stdout


def decode_txt(raw, enc, eol):
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
    return text.replace("\r\n", "\n")


def html_text(raw, enc):
    head = raw[:600].decode("ascii", "replace").lower()
    m = re.search(r'charset="?([\w-]+)', head)
    assert m and m.group(1) == enc, f"meta charset {m.group(1) if m else None} != {enc}"
    t = decode_txt(raw, enc, "lf")
    t = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", "", t)
    t = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</h\d>|</div>|</li>", "\n", t)
    t = re.sub(r"<[^>]+>", "", t)
    return html.unescape(t)


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = ["".join(re.findall(r"(?s)<w:t[^>]*>(.*?)</w:t>", p)) for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", xml)]
    return html.unescape("\n".join(p for p in paras if p.strip())), xml


def pdf_info(path):
    raw = open(path, "rb").read()
    assert raw.startswith(b"%PDF-"), "not a PDF"
    pages = int(re.search(r"Pages:\s+(\d+)", run("pdfinfo", path)).group(1))
    return raw, pages


def load(rel):
    """-> (source text, visible text or None for the scan, description)"""
    path = os.path.join(root, rel)
    fmt = FORMATS[rel]
    pair, fname = rel.split("/")
    name = fname.rsplit(".", 1)[0]
    src_path = os.path.join(root, "make", "out", pair, name + ".src.txt")
    if fmt[0] == "pdf":
        raw, pages = pdf_info(path)
        fonts = run("pdffonts", path).splitlines()[2:]
        assert fonts and all(" yes " in f for f in fonts), "PDF fonts not all embedded"
        vis = run("pdftotext", "-layout", path, "-")
        assert len(ws(vis)) > 500, "PDF has no text layer"
        return open(src_path, encoding="utf-8").read(), vis, f"PDF from Word, {pages} pages, {len(fonts)} fonts"
    if fmt[0] == "scan":
        raw, pages = pdf_info(path)
        assert b"/Font" not in raw, "scanned PDF must not contain fonts"
        n_img = len(re.findall(rb"/Subtype /Image", raw))
        assert n_img == pages, f"{n_img} images for {pages} pages"
        assert ws(run("pdftotext", path, "-")) == "", "scanned PDF has a text layer"
        return open(src_path, encoding="utf-8").read(), None, f"SCANNED PDF, {pages} page images, no text layer"
    if fmt[0] == "docx":
        vis, xml = docx_text(path)
        feats = [f for f, tag in (("tbl", "<w:tbl>"), ("bold", "<w:b/>")) if tag in xml]
        return open(src_path, encoding="utf-8").read(), vis, "DOCX[" + ",".join(feats) + "]"
    raw = open(path, "rb").read()
    if fmt[0] == "html":
        t = html_text(raw, fmt[1])
        return t, t, f"HTML {fmt[1]}"
    t = decode_txt(raw, fmt[1], fmt[2])
    return t, t, f"TXT {fmt[1]} {fmt[2]}"


def months3(d):
    y, m = d.year + (d.month + 2) // 12, (d.month + 2) % 12 + 1
    return datetime.date(y, m, min(d.day, 28 if m == 2 else 30 if m in (4, 6, 9, 11) else 31))


def cn_date(s, pair, which):
    if which == "feedback" and pair in FULL_DATES:
        return datetime.date.fromisoformat(FULL_DATES[pair])
    y, m, d = map(int, re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", s).groups())
    return datetime.date(y, m, d)


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good = {}, {}, []
TEXT = {}
empty = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump({"issues": [], "measures": [], "gaps": []}, empty)
empty.close()
for rel in FORMATS:
    if not os.path.exists(os.path.join(root, rel)):
        fails.append(f"declared file missing: {rel}")
n_pdf_rep = sum(1 for r, f in FORMATS.items() if "/report." in r and f[0] in ("pdf", "scan"))
n_pdf_fb = sum(1 for r, f in FORMATS.items() if "/feedback." in r and f[0] == "pdf")
n_scan = sum(1 for r, f in FORMATS.items() if "/report." in r and f[0] == "scan")
if n_pdf_rep < 8 or n_pdf_fb < 4 or n_scan != 1:
    fails.append(f"PDF quota: {n_pdf_rep} PDF reports (>=8), {n_pdf_fb} PDF feedbacks (>=4), {n_scan} scanned (=1)")
pairs = sorted(glob.glob(os.path.join(root, "p[0-9][0-9]")))
if len(pairs) != 10:
    fails.append(f"expected 10 pair folders, found {len(pairs)}")
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
    if len(fb) != 1 or len(rp) != 1:
        fails.append(f"{name}: expected one feedback.* and one report.*, found {fb} {rp}")
        continue
    g = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
    if set(g) != GOLD_KEYS:
        fails.append(f"{name}: gold keys {sorted(g)}")
    if g.get("mode") != "pair":
        fails.append(f"{name}: every dev111 pair is mode 'pair'")
    descs, texts = [], {}
    for kind, f in (("feedback", fb[0]), ("report", rp[0])):
        rel = f"{name}/{f}"
        if rel not in FORMATS:
            fails.append(f"{rel}: not declared in FORMATS")
            continue
        try:
            src, vis, desc = load(rel)
        except Exception as e:
            fails.append(f"{rel} is not as declared: {e}")
            continue
        texts[kind] = (src, vis)
        lo, hi = LENGTHS[kind]
        if not lo <= len(ws(src)) <= hi:
            fails.append(f"{rel}: {len(ws(src))} non-whitespace characters, outside {lo}-{hi}")
        descs.append(f"{f}={desc} ({len(ws(src))} chars)")
    TEXT[name] = texts
    if len(texts) != 2:
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
    src, vis = texts["report"]
    linked = set()
    for l in g["links"]:
        total["links"] += 1
        linked.add(l["issue"])
        if not 1 <= l["issue"] <= n or not g["answered"][str(l["issue"])]:
            fails.append(f"{name}: link to issue {l['issue']} which is out of range or unanswered")
        if src.count(l["measure"]) != 1:
            fails.append(f"{name}: link occurs {src.count(l['measure'])} times in the report's source text: {l['measure']}")
        if vis is not None and ws(vis).count(ws(l["measure"])) != 1:
            fails.append(f"{name}: link occurs {ws(vis).count(ws(l['measure']))} times in the report's extracted text "
                         f"(whitespace removed): {l['measure']}")
    for k, v in g["answered"].items():
        if v and int(k) not in linked:
            fails.append(f"{name}: answered problem {k} has no link")
    # dates and late-report
    fd_s, rd_s = DATES[name]
    if fd_s not in texts["feedback"][0] or rd_s not in texts["report"][0]:
        fails.append(f"{name}: dates {DATES[name]} not found in the documents")
    fd, rd = cn_date(fd_s, name, "feedback"), cn_date(rd_s, name, "report")
    late = rd > months3(fd)
    gold_late = [f for f in g["must_flag"] if f["kind"] == "late-report"]
    gold_ok = [f for f in g["must_not_flag"] if f["kind"] == "late-report"]
    if late != bool(gold_late) or late == bool(gold_ok):
        fails.append(f"{name}: {(rd - fd).days} days (late={late}) but gold late-report flag/not-flag disagree")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g['links'])}; {(rd - fd).days} days{' LATE' if late else ''}; {'; '.join(descs)}; score.py on empty {last}")
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


def fb(p):
    return TEXT.get(p, {}).get("feedback", ("", ""))[0]


def rp(p):
    return TEXT.get(p, {}).get("report", ("", ""))[0]


def gold(p):
    return json.load(open(os.path.join(root, p, "gold.json"), encoding="utf-8"))


# ---- problem counts from the feedback's own structure ----
def count_check(p, n, what):
    g = gold(p)
    form(g["issues"] == n, f"{p}: gold issues {g['issues']} but the feedback's {what} gives {n}")


_t = fb("p01")
count_check("p01", len(re.findall(r"^\d{1,2}．", _t[_t.index("一、巡察发现的主要问题"):_t.index("二、整改意见")], re.M)),
            "continuous 1．–N． under 一、")
_t = fb("p02")
count_check("p02", len(re.findall(r"^第[一二三四五六七八九十]+，", _t, re.M)), "第一，…第N， paragraphs")
_t = fb("p03")
count_check("p03", len(re.findall(r"^问题\d+：", _t, re.M)), "问题N： headings")
form(len(re.findall(r"^具体表现：", _t, re.M)) == gold("p03")["issues"], "p03/feedback: one 具体表现： per 问题N：")
_t = fb("p04")
_s = _t[_t.index("巡察组指出"):_t.index("巡察组要求")]
count_check("p04", len(re.findall(r"[一二三四五六七八九十]是", _s)), "inline 一是…N是 after 巡察组指出")
_t = fb("p05")
count_check("p05", len(re.findall(r"^[一二三四五六七八九十]+、", _t[:_t.index("针对上述问题")], re.M)), "一、…N、 paragraphs")
_t = fb("p06")
count_check("p06", len(re.findall(r"^（[一二三四五六七八九十]+）", _t[:_t.index("二、整改要求")], re.M)), "（一）…（N） headings")
_t = fb("p07")
_areas = re.split(r"^[一二三]、.*方面$", _t[:_t.index("针对上述问题")], flags=re.M)[1:]
form(len(_areas) == 3 and all(re.search(r"^1．", a, re.M) for a in _areas), "p07/feedback: three areas each restarting at 1．")
count_check("p07", sum(len(re.findall(r"^\d．", a, re.M)) for a in _areas), "restarting 1．… per area")
_t = fb("p08")
count_check("p08", len(re.findall(r"^\d{1,2}．\S+$", _t, re.M)), "1．–N． heading lines")
_t = fb("p09")
_paras = [l for l in _t.split("\n") if l.startswith("从")]
form(len(_paras) == 3 and all("一是" in l for l in _paras), "p09/feedback: three 从…看 paragraphs, each restarting at 一是")
count_check("p09", sum(len(re.findall(r"[一二三四五六七八九]是", l)) for l in _paras), "restarting inline 一是…")
_t = fb("p10")
_s = _t[_t.index("但也存在一些问题："):_t.index("等问题。")]
count_check("p10", len(_s.split("；")), "one “…；…等问题” sentence")

# ---- PDF form checks (files made from Word) ----
for rel, fmt in FORMATS.items():
    if fmt[0] not in ("pdf", "scan", "docx"):
        continue
    pair, fname = rel.split("/")
    name = fname.rsplit(".", 1)[0]
    path = os.path.join(root, rel)
    if not os.path.exists(path):
        continue
    dx = zipfile.ZipFile(os.path.join(root, "make", "out", pair, name + ".docx"))
    parts = dx.namelist()
    xml = dx.read("word/document.xml").decode("utf-8")
    form("word/footer1.xml" in parts and "PAGE" in dx.read("word/footer1.xml").decode("utf-8"),
         f"{rel}: no page-number footer in the DOCX source")
    form("word/header1.xml" in parts, f"{rel}: no running header in the DOCX source")
    if fmt[0] == "pdf":
        pages = int(re.search(r"Pages:\s+(\d+)", run("pdfinfo", path)).group(1))
        per = [run("pdftotext", "-layout", "-f", str(i), "-l", str(i), path, "-") for i in range(1, pages + 1)]
        form(pages >= 2, f"{rel}: a filed PDF should run over at least two pages")
        form(all(re.search(rf"—\s*{i}\s*—", per[i - 1]) for i in range(1, pages + 1)), f"{rel}: page numbers — N — missing")
        hdr = re.search(r'<w:t xml:space="preserve">(.*?)</w:t>', dx.read("word/header1.xml").decode("utf-8")).group(1)
        form(all(ws(hdr) in ws(per[i]) for i in range(1, pages)), f"{rel}: running header missing from pages 2..")
    if "E60012" in xml:
        form('w:color="E60012"' in xml and "<w:pBdr><w:bottom" in xml, f"{rel}: red head without its red rule")
    if "footnotes.xml" in " ".join(parts):
        fnx = dx.read("word/footnotes.xml").decode("utf-8")
        form("footnoteReference" in xml and 'w:id="1"' in fnx, f"{rel}: footnote part without a reference")

RED = {"p01/feedback.pdf", "p01/report.pdf", "p02/report.pdf", "p03/feedback.pdf", "p03/report.pdf", "p04/report.pdf",
       "p05/feedback.pdf", "p05/report.pdf", "p06/report.pdf", "p07/feedback.pdf", "p07/report.pdf", "p08/report.pdf",
       "p09/report.docx"}
for rel in RED:
    pair, fname = rel.split("/")
    xml = zipfile.ZipFile(os.path.join(root, "make", "out", pair, fname.rsplit(".", 1)[0] + ".docx")).read(
        "word/document.xml").decode("utf-8")
    src = (rp if "/report." in rel else fb)(pair)
    form('w:color="E60012"' in xml and re.search(r"〔2025〕\d+号", src) and re.search(r"抄送：.*\n.*印发", src),
         f"{rel}: expected a red head, a 文号 〔2025〕N号 and a 版记 抄送/印发")
    if "/report." in rel:
        form("签发人：" in src, f"{rel}: a report is an 上行文 and carries 签发人")
FOOT = {"p01/feedback.pdf", "p01/report.pdf", "p02/report.pdf", "p03/feedback.pdf", "p03/report.pdf", "p04/report.pdf",
        "p05/feedback.pdf", "p05/report.pdf", "p07/feedback.pdf", "p07/report.pdf", "p08/report.pdf"}
for rel in FOOT:
    path = os.path.join(root, rel)
    pair, fname = rel.split("/")
    src_py = open(os.path.join(root, "make", "src", pair, fname.rsplit(".", 1)[0] + ".docx.py"), encoding="utf-8").read()
    first_fn = re.search(r'FOOTNOTES = \{\s*1: "([^"]+)"', src_py)
    form(first_fn and ws(first_fn.group(1)) in ws(run("pdftotext", "-layout", path, "-")),
         f"{rel}: footnote 1 text not found in the PDF")
for p in sorted(LEDGER):
    path = os.path.join(root, p, "report.pdf")
    pages = int(re.search(r"Pages:\s+(\d+)", run("pdfinfo", path)).group(1))
    with_head = [i for i in range(1, pages + 1)
                 if re.search(r"完成时限\s+(完成情况|进展|状态)", run("pdftotext", "-layout", "-f", str(i), "-l", str(i), path, "-"))]
    form(len(with_head) >= 2, f"{p}/report.pdf: the 附件 ledger table should cross a page (header on {with_head})")
    form(all(h in rp(p) for h in ("责任领导", "完成时限")) and "附件" in rp(p), f"{p}/report.pdf: ledger columns missing")

# ---- pair-specific form checks ----
DISCLOSE = re.compile(r"整改情况.{0,20}(公开|公示|公布)|向社会公开|向社会公布|门户网站|网站公开|监督电话|联系电话|予以公布|主动公开")
_r = rp("p01")
form(len(re.findall(r"^（[一二三四五六七八九十]+）关于“", _r, re.M)) == 10 and "长期坚持" in _r and
     re.search(r"（八）关于“干部队伍建设存在短板”的问题\n[^\n]*\n", _r) and "责任领导" not in
     _r[_r.index("（八）关于“干部队伍"):_r.index("（九）关于")], "p01/report: ten 关于 items, （八） without an owner line")
_r = rp("p02")
form(len(re.findall(r"^[一二三四五六七八九]、关于", _r, re.M)) == 9 and "整改工作领导小组" not in _r and "第一责任人" not in _r
     and "（责任人：副主任闫书泓）" in _r, "p02/report: nine 关于 items, no 领导小组/第一责任人, item 四 without a date")
_r = rp("p03")
form("问题9" not in _r and "选人用人" not in _r and not DISCLOSE.search(_r) and "各部室负责人" in _r
     and len(re.findall(r"^问题\d+：", _r[:_r.index("附件：")], re.M)) == 10, "p03/report: 问题9 skipped, no disclosure, row 4 owned by 各部室")
form("表示" in fb("p04") and "一是提高思想认识" in fb("p04") and "一要提高政治站位" in fb("p04"), "p04/feedback: 要求 一要… and 表态 一是… present")
_r = rp("p04")
form("我们将进一步提高大型仪器设备开放共享水平" in _r and not re.search(r"诫勉|批评|处分|问责", _r[_r.index("（五）关于"):_r.index("（六）关于")]),
     "p04/report: （三） copied, （五） without accountability")
_r = rp("p05")
_b = "进一步健全完善各项工作机制，推动督查工作规范化、制度化、常态化开展"
form(_r.count(_b) == 2 and "已全部整改完成" in _r and "持续推进" in _r and "待提交" in _r, "p05/report: boilerplate twice and the all-done claim")
_r = rp("p06")
form("主题党日" not in _r and "学习笔记" not in _r and not DISCLOSE.search(_r) and "（责任人：副主任祁望舒）" in _r,
     "p06/report: （七） unanswered, no disclosure, item 二 undated")
_r = rp("p07")
form("（完成时限：2025年7月31日）" in _r[_r.index("3．关于编外人员"):_r.index("4．关于审计")] and "—" in _r
     and not re.search(r"诫勉|批评|处分|问责|追责", _r[_r.index("2．关于检测报告"):_r.index("3．关于中央八项")]),
     "p07/report: 编外人员 item without owner, 检测报告 item without accountability")
form("关于“仓库出租管理不规范”“应收租金清收不力”的问题" in rp("p08") and "第九个问题由祝恒之同志亲自牵头整改" in rp("p08"),
     "p08/report: merged heading and the owner named in the preamble")
_r = rp("p09")
form(_r.count("组织开展专项整治，深入查摆问题根源，进一步完善相关管理制度") == 2 and "正在追缴" in _r and "已全部整改到位" in _r,
     "p09/report: pasted measure twice, 正在追缴 against the all-done claim")
_r = rp("p10")
form("整改工作领导小组" not in _r and "第一责任人" not in _r and "组织生活" not in _r and "中心全体人员" in _r and "主动公开" in _r,
     "p10/report: no 领导小组, problem 5 unanswered, 中心全体人员, a public page")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
