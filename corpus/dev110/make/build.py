"""Build the dev110 pair files from the hand-written UTF-8 sources in make/src/<pair>/.
Adapted from dev44's build.py (which came from dev24's). Kinds in PLAN:
  text  — *.txt / *.html sources encoded with the declared encoding and line ends (as in dev44);
  docx  — *.docx.py defining BLOCKS for docxlib.build (dev24's docxlib.py, copied unchanged);
  pdf   — *.docx.py defining BLOCKS (and HEADER) for govdoc.build (this set's module on top of docxlib): the DOCX is
          written to make/docx/ and converted with `soffice --headless --convert-to pdf`; only the PDF goes to the pair;
  scan  — as pdf, then every page is rendered with `pdftoppm -r 200 -gray -png` and the images are wrapped into a PDF
          without text by make/pngpdf.py (python3 only: neither img2pdf nor ImageMagick is installed here).
LibreOffice runs with FONTCONFIG_FILE=make/fonts.conf, which maps 仿宋_GB2312/方正小标宋简体/宋体/楷体_GB2312/黑体 to the
Noto CJK fonts installed on the machine. Run: python3 make/build.py"""
import glob, os, shutil, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import docxlib, govdoc, pngpdf

PLAN = {
    "p01/feedback.pdf": ("pdf", None),
    "p01/report.pdf": ("pdf", None),
    "p02/feedback.txt": ("utf-8", "crlf"),
    "p02/report.pdf": ("pdf", None),
    "p03/feedback.pdf": ("pdf", None),
    "p03/report.pdf": ("pdf", None),
    "p04/feedback.html": ("utf-8", "lf"),
    "p04/report.pdf": ("pdf", None),
    "p05/feedback.pdf": ("pdf", None),
    "p05/report.pdf": ("pdf", None),
    "p06/feedback.txt": ("gb18030", "lf"),
    "p06/report.pdf": ("scan", None),
    "p07/feedback.pdf": ("pdf", None),
    "p07/report.pdf": ("pdf", None),
    "p08/feedback.docx": ("docx", None),
    "p08/report.pdf": ("pdf", None),
    "p09/feedback.txt": ("utf-16-le-bom", "crlf"),
    "p09/report.pdf": ("pdf", None),
    "p10/feedback.pdf": ("pdf", None),
    "p10/report.html": ("utf-8", "lf"),
}
DOCX_DIR = os.path.join(HERE, "docx")


def load(rel_src):
    ns = {}
    exec(open(os.path.join(HERE, "src", rel_src), encoding="utf-8").read(), ns)
    return ns


def docx_name(rel):
    return os.path.join(DOCX_DIR, rel.replace("/", "-").rsplit(".", 1)[0] + ".docx")


def main(only=None):
    os.makedirs(DOCX_DIR, exist_ok=True)
    to_pdf = []
    for rel, (kind, eol) in PLAN.items():
        if only and not rel.startswith(only):
            continue
        out = os.path.join(ROOT, rel)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        src = rel.rsplit(".", 1)[0] + ".docx.py"
        if kind == "docx":
            ns = load(rel + ".py")
            docxlib.build(out, ns["BLOCKS"], landscape=ns.get("LANDSCAPE", False))
            print(f"{rel}: docx")
        elif kind in ("pdf", "scan"):
            ns = load(src)
            govdoc.build(docx_name(rel), ns["BLOCKS"], header=ns.get("HEADER"), footer=ns.get("FOOTER", "dash"))
            to_pdf.append((rel, kind))
        else:
            text = open(os.path.join(HERE, "src", rel), encoding="utf-8").read()
            assert "\r" not in text
            if eol == "crlf":
                text = text.replace("\n", "\r\n")
            raw = b"\xff\xfe" + text.encode("utf-16-le") if kind == "utf-16-le-bom" else text.encode(kind)
            open(out, "wb").write(raw)
            print(f"{rel}: {kind} {eol} {len(raw)} bytes")
    if not to_pdf:
        return
    env = dict(os.environ, FONTCONFIG_FILE=os.path.join(HERE, "fonts.conf"))
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", DOCX_DIR]
                   + [docx_name(r) for r, _ in to_pdf], check=True, env=env, capture_output=True)
    for rel, kind in to_pdf:
        pdf = docx_name(rel)[:-5] + ".pdf"
        out = os.path.join(ROOT, rel)
        if kind == "pdf":
            shutil.copyfile(pdf, out)
        else:
            stem = docx_name(rel)[:-5] + "-page"
            for old in glob.glob(stem + "*.png"):
                os.unlink(old)
            subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", pdf, stem], check=True)
            pngpdf.write(out, 200, sorted(glob.glob(stem + "*.png")))
        pages = subprocess.run(["pdfinfo", out], capture_output=True, text=True).stdout
        n = [l.split()[-1] for l in pages.splitlines() if l.startswith("Pages:")]
        print(f"{rel}: {kind} {os.path.getsize(out)} bytes, {n[0] if n else '?'} pages")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else None)
