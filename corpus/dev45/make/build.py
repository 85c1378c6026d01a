"""Build the dev45 pair files from the hand-written UTF-8 sources in make/src/<pair>/.
Text sources are encoded with the encodings and line endings in PLAN. The one DOCX (p08/report.docx) is built from
make/src/p08/report.src.txt, whose lines are paragraphs: "#T " a centred bold title line, "#B " a bold heading, "#R " a
signature line, anything else a body paragraph; docxlib.py is dev44's file copied unchanged. Adapted from dev44's
build.py. Run: python3 make/build.py"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import docxlib

PLAN = {
    "p01/feedback.txt": ("utf-8", "lf"),
    "p01/report.txt": ("utf-8", "lf"),
    "p02/feedback.txt": ("utf-8", "lf"),
    "p02/report.txt": ("utf-16-le-bom", "lf"),
    "p03/feedback.txt": ("utf-8", "lf"),
    "p03/report.txt": ("gb18030", "lf"),
    "p04/feedback.txt": ("utf-8", "lf"),
    "p04/report.txt": ("utf-8", "lf"),
    "p05/feedback.txt": ("utf-8", "lf"),
    "p05/report.txt": ("gb18030", "lf"),
    "p06/feedback.txt": ("utf-8", "lf"),
    "p06/report.txt": ("utf-8", "lf"),
    "p07/feedback.txt": ("utf-8", "lf"),
    "p07/report.txt": ("utf-8", "crlf"),
    "p08/feedback.txt": ("utf-8", "lf"),
    "p08/report.docx": ("docx", None),
    "p09/feedback.txt": ("utf-8", "lf"),
    "p09/report.txt": ("utf-8", "lf"),
    "p10/feedback.txt": ("utf-8", "lf"),
    "p10/report.txt": ("utf-8", "lf"),
}


def docx_blocks(src):
    blocks = []
    for line in open(src, encoding="utf-8").read().split("\n"):
        if not line.strip():
            continue
        if line.startswith("#T "):
            blocks.append(("p", line[3:], {"bold": True, "center": True, "size": 36}))
        elif line.startswith("#B "):
            blocks.append(("p", line[3:], {"bold": True}))
        elif line.startswith("#R "):
            blocks.append(("p", line[3:], {"indent": False}))
        else:
            blocks.append(("p", line, {"keep": "：" if line.startswith(("整改措施", "责任")) else None}))
    return blocks


for rel, (enc, eol) in PLAN.items():
    out = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    if enc == "docx":
        docxlib.build(out, docx_blocks(os.path.join(HERE, "src", rel.rsplit(".", 1)[0] + ".src.txt")))
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
