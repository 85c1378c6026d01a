"""Build the dev16 pair files from the hand-written UTF-8 sources in make/src/<pair>/.
Text/HTML sources are encoded with the encodings and line endings below. *.docx.py sources define BLOCKS (and
optionally LANDSCAPE) for docxlib.build (docxlib.py is dev15's file — itself dev14's/dev13's/…/dev9's —
copied unchanged); for report.pdf the DOCX is converted by `soffice --headless --convert-to pdf` and only the PDF is kept.
Run: python3 make/build.py"""
import os, shutil, subprocess, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import docxlib

PLAN = {
    "p01/feedback.txt": ("utf-8", "lf"),
    "p01/report.txt": ("gb18030", "lf"),
    "p02/feedback.txt": ("utf-8", "lf"),
    "p02/report.docx": ("docx", None),
    "p03/feedback.txt": ("utf-8", "crlf"),
    "p03/report.txt": ("utf-8", "lf"),
    "p04/feedback.txt": ("utf-8", "lf"),
    "p04/report.pdf": ("pdf", None),
    "p05/feedback.txt": ("utf-16-le-bom", "lf"),
    "p05/report.txt": ("utf-8", "lf"),
    "p06/report.txt": ("utf-8-bom", "lf"),
    "p07/feedback.txt": ("utf-8", "lf"),
    "p07/report.html": ("utf-8", "lf"),
    "p08/feedback.txt": ("utf-8", "lf"),
    "p08/report.txt": ("utf-8", "lf"),
    "p09/feedback.txt": ("utf-8", "lf"),
    "p09/report.txt": ("utf-8", "crlf"),
    "p10/feedback.txt": ("gb18030", "lf"),
    "p10/report.txt": ("utf-8", "lf"),
}


def make_docx(src, out):
    ns = {}
    exec(open(src, encoding="utf-8").read(), ns)
    docxlib.build(out, ns["BLOCKS"], landscape=ns.get("LANDSCAPE", False))


for rel, (enc, eol) in PLAN.items():
    out = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    if enc == "docx":
        make_docx(os.path.join(HERE, "src", rel + ".py"), out)
        print(f"{rel}: docx")
        continue
    if enc == "pdf":
        tmp = tempfile.mkdtemp()
        src = os.path.join(tmp, "report.docx")
        make_docx(os.path.join(HERE, "src", rel.replace(".pdf", ".docx.py")), src)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, src], check=True,
                       capture_output=True)
        shutil.copy(os.path.join(tmp, "report.pdf"), out)
        shutil.rmtree(tmp)
        print(f"{rel}: pdf via soffice")
        continue
    text = open(os.path.join(HERE, "src", rel), encoding="utf-8").read()
    assert "\r" not in text
    if eol == "crlf":
        text = text.replace("\n", "\r\n")
    if enc == "utf-8-bom":
        raw = b"\xef\xbb\xbf" + text.encode("utf-8")
    elif enc == "utf-16-le-bom":
        raw = b"\xff\xfe" + text.encode("utf-16-le")
    else:
        raw = text.encode(enc)
    open(out, "wb").write(raw)
    print(f"{rel}: {enc} {eol} {len(raw)} bytes")
