"""Build the dev102 pair files from the hand-written UTF-8 sources in make/src/<pair>/.
Adapted from corpus/dev44/make/build.py. Three kinds of source:
- a plain source make/src/<rel> (TXT or HTML text, UTF-8, LF): encoded with the encoding and line ending in PLAN;
- a *.py source make/src/<rel>.py for a text file: it defines TEXT (used for the report drawn as a table of spaces,
  whose columns are padded by display width), then encoded as above;
- a *.docx.py source defining BLOCKS for docxlib.build (docxlib.py is dev44's file, copied unchanged).
Run: python3 make/build.py"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import docxlib

PLAN = {
    "p01/feedback.docx": ("docx", None),
    "p01/report.txt": ("utf-8", "lf"),
    "p02/feedback.html": ("utf-8", "lf"),
    "p02/report.txt": ("gb18030", "lf"),
    "p03/feedback.txt": ("utf-8", "lf"),
    "p03/report.txt": ("utf-16-le-bom", "lf"),
    "p04/feedback.txt": ("gb18030", "lf"),
    "p04/report.txt": ("utf-8", "crlf"),
    "p05/feedback.txt": ("utf-8", "lf"),
    "p05/report.txt": ("utf-8", "lf"),
    "p06/feedback.txt": ("utf-8", "crlf"),
    "p06/report.docx": ("docx", None),
    "p07/feedback.txt": ("utf-8", "lf"),
    "p07/report.html": ("utf-8", "lf"),
    "p08/feedback.txt": ("utf-8", "lf"),
    "p08/report.txt": ("gb18030", "crlf"),
    "p09/feedback.html": ("gb18030", "lf"),
    "p09/report.txt": ("utf-16-le-bom", "crlf"),
    "p10/feedback.txt": ("gb18030", "lf"),
    "p10/report.txt": ("utf-8", "lf"),
}


def load_py(rel_src):
    ns = {"__file__": os.path.join(HERE, "src", rel_src)}
    exec(open(os.path.join(HERE, "src", rel_src), encoding="utf-8").read(), ns)
    return ns


for rel, (enc, eol) in PLAN.items():
    out = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    if enc == "docx":
        ns = load_py(rel + ".py")
        docxlib.build(out, ns["BLOCKS"], landscape=ns.get("LANDSCAPE", False))
        print(f"{rel}: docx")
        continue
    src = os.path.join(HERE, "src", rel)
    if os.path.exists(src + ".py"):
        text = load_py(rel + ".py")["TEXT"]
    else:
        text = open(src, encoding="utf-8").read()
    assert "\r" not in text
    if eol == "crlf":
        text = text.replace("\n", "\r\n")
    if enc == "utf-16-le-bom":
        raw = b"\xff\xfe" + text.encode("utf-16-le")
    else:
        raw = text.encode(enc)
    open(out, "wb").write(raw)
    print(f"{rel}: {enc} {eol} {len(raw)} bytes")
