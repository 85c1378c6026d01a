"""Build the dev124 pair files from the hand-written UTF-8 sources in make/src/<pair>/.
Text and HTML sources are encoded with the encodings and line endings in PLAN (an HTML source carries its own
<meta charset>, which check.py compares with the declared encoding). *.docx.py sources define BLOCKS for
docxlib.build (docxlib.py is dev108's file, copied unchanged). Adapted from dev108's build.py (new PLAN only).
Run: python3 make/build.py"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import docxlib

PLAN = {
    "p01/feedback.txt": ("utf-8", "lf"),
    "p01/report.txt": ("utf-8", "lf"),
    "p02/feedback.docx": ("docx", None),
    "p02/report.docx": ("docx", None),
    "p03/feedback.txt": ("utf-8", "crlf"),
    "p03/report.txt": ("gb18030", "lf"),
    "p04/feedback.html": ("utf-8", "lf"),
    "p04/report.html": ("utf-8", "lf"),
    "p05/feedback.txt": ("utf-16-le-bom", "lf"),
    "p05/report.txt": ("utf-8", "lf"),
    "p06/feedback.txt": ("gb18030", "crlf"),
    "p06/report.txt": ("utf-16-le-bom", "lf"),
    "p07/feedback.docx": ("docx", None),
    "p07/report.txt": ("utf-8", "crlf"),
    "p08/feedback.html": ("gb18030", "lf"),
    "p08/report.txt": ("utf-8", "lf"),
    "p09/feedback.txt": ("utf-8", "lf"),
    "p09/report.docx": ("docx", None),
    "p10/feedback.txt": ("utf-8", "lf"),
    "p10/report.txt": ("gb18030", "crlf"),
}


def load_blocks(rel_src):
    ns = {}
    exec(open(os.path.join(HERE, "src", rel_src), encoding="utf-8").read(), ns)
    return ns


for rel, (enc, eol) in PLAN.items():
    out = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    if enc == "docx":
        ns = load_blocks(rel + ".py")
        docxlib.build(out, ns["BLOCKS"], landscape=ns.get("LANDSCAPE", False))
        print(f"{rel}: docx")
        continue
    text = open(os.path.join(HERE, "src", rel), encoding="utf-8").read()
    assert "\r" not in text
    if eol == "crlf":
        text = text.replace("\n", "\r\n")
    if enc == "utf-16-le-bom":
        raw = b"\xff\xfe" + text.encode("utf-16-le")
    else:
        raw = text.encode(enc)
    open(out, "wb").write(raw)
    print(f"{rel}: {enc} {eol} {len(raw)} bytes")
