"""Build the dev111 pair files from the hand-written UTF-8 sources in make/src/<pair>/ (adapted from dev44's build.py).
- "pdf":     make/src/pNN/NAME.docx.py defines BLOCKS (docxlib blocks with official.py markers), HEADER, FOOTNOTES;
             official.build writes make/out/pNN/NAME.docx (kept only in make/), then
             `soffice --headless --convert-to pdf --outdir DIR FILE.docx` makes pNN/NAME.pdf.
- "scan":    as "pdf", then `pdftoppm -r 200 -png` renders the pages to make/out/pNN/scan-*.png (deleted afterwards), and official.images_to_pdf
             (python3 only: the PNG streams are embedded as FlateDecode images) wraps them into pNN/NAME.pdf — no text layer.
- "docx":    as "pdf" but the DOCX itself is the pair file.
- text:      make/src/pNN/NAME (UTF-8, LF) encoded as declared (utf-8 / gb18030 / utf-16-le-bom; lf / crlf).
For every DOCX/PDF source the plain source text (markers removed, footnote texts last) is written to make/out/pNN/NAME.src.txt;
check.py takes the gold substrings from there and from the PDF's `pdftotext -layout` text.
docxlib.py is dev44's file copied unchanged. Run: python3 make/build.py [pNN ...]"""
import glob, os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import official

PLAN = {
    "p01/feedback.pdf": ("pdf", None),
    "p01/report.pdf": ("pdf", None),
    "p02/feedback.txt": ("utf-8", "lf"),
    "p02/report.pdf": ("pdf", None),
    "p03/feedback.pdf": ("pdf", None),
    "p03/report.pdf": ("pdf", None),
    "p04/feedback.html": ("utf-8", "lf"),
    "p04/report.pdf": ("pdf", None),
    "p05/feedback.pdf": ("pdf", None),
    "p05/report.pdf": ("pdf", None),
    "p06/feedback.docx": ("docx", None),
    "p06/report.pdf": ("scan", None),
    "p07/feedback.pdf": ("pdf", None),
    "p07/report.pdf": ("pdf", None),
    "p08/feedback.txt": ("gb18030", "crlf"),
    "p08/report.pdf": ("pdf", None),
    "p09/feedback.pdf": ("pdf", None),
    "p09/report.docx": ("docx", None),
    "p10/feedback.txt": ("utf-16-le-bom", "crlf"),
    "p10/report.html": ("gb18030", "lf"),
}


def load(pair, name):
    ns = {}
    src = os.path.join(HERE, "src", pair, name + ".docx.py")
    exec(compile(open(src, encoding="utf-8").read(), src, "exec"), ns)
    return ns


only = set(sys.argv[1:])
for rel, (kind, eol) in PLAN.items():
    pair, fname = rel.split("/")
    if only and pair not in only:
        continue
    name = fname.rsplit(".", 1)[0]
    out = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    if kind in ("pdf", "scan", "docx"):
        ns = load(pair, name)
        work = os.path.join(HERE, "out", pair)
        os.makedirs(work, exist_ok=True)
        docx = os.path.join(work, name + ".docx")
        official.build(docx, ns["BLOCKS"], header=ns.get("HEADER"), footnotes=ns.get("FOOTNOTES"),
                       landscape=ns.get("LANDSCAPE", False))
        open(os.path.join(work, name + ".src.txt"), "w", encoding="utf-8").write(
            official.source_text(ns["BLOCKS"], ns.get("FOOTNOTES")))
        if kind == "docx":
            open(out, "wb").write(open(docx, "rb").read())
            print(f"{rel}: docx")
            continue
        if kind == "pdf":
            pdf = official.to_pdf(docx, os.path.dirname(out))
            assert pdf == out, (pdf, out)
        else:
            pdf = official.to_pdf(docx, work)
            for old in glob.glob(os.path.join(work, "scan-*.png")):
                os.remove(old)
            subprocess.run(["pdftoppm", "-r", "200", "-png", pdf, os.path.join(work, "scan")], check=True)
            pngs = sorted(glob.glob(os.path.join(work, "scan-*.png")))
            official.images_to_pdf(pngs, out, dpi=200)
            for png in pngs:  # intermediate page images are not kept
                os.remove(png)
        pages = subprocess.run(["pdfinfo", out], capture_output=True, text=True).stdout
        print(f"{rel}: {kind} {[l for l in pages.splitlines() if l.startswith('Pages')][0].split()[-1]} pages")
        continue
    text = open(os.path.join(HERE, "src", rel), encoding="utf-8").read()
    assert "\r" not in text
    if eol == "crlf":
        text = text.replace("\n", "\r\n")
    raw = b"\xff\xfe" + text.encode("utf-16-le") if kind == "utf-16-le-bom" else text.encode(kind)
    open(out, "wb").write(raw)
    print(f"{rel}: {kind} {eol} {len(raw)} bytes")
