"""Build the dev105 pair files from the hand-written UTF-8 sources in make/src/<pair>/.
Adapted from dev44's build.py. Text and HTML sources are encoded with the encodings and line endings in PLAN.
DOCX sources are *.docx.txt files in a small line markup turned into docxlib blocks (docxlib.py is dev44's file,
copied unchanged):
  =text      centred bold paragraph (titles, signature)      #text   paragraph without first-line indent
  **text     bold paragraph (headings)                       !br     page break
  ||widths=a,b,c  starts a Word table; |c1｜c2｜c3 one row (the first row is the header); ||end closes it
  any other non-empty line: an ordinary indented paragraph.
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
    "p02/report.txt": ("gb18030", "lf"),
    "p03/feedback.txt": ("gb18030", "crlf"),
    "p03/report.txt": ("utf-16-le-bom", "lf"),
    "p04/feedback.txt": ("utf-8", "crlf"),
    "p04/report.docx": ("docx", None),
    "p05/feedback.html": ("gbk", "lf"),
    "p05/report.txt": ("utf-8", "crlf"),
    "p06/feedback.txt": ("utf-16-le-bom", "lf"),
    "p06/report.html": ("utf-8", "lf"),
    "p07/feedback.docx": ("docx", None),
    "p07/report.txt": ("gb18030", "crlf"),
    "p08/feedback.txt": ("utf-8", "lf"),
    "p08/report.docx": ("docx", None),
    "p09/feedback.txt": ("gb18030", "lf"),
    "p09/report.txt": ("utf-8", "lf"),
    "p10/feedback.txt": ("utf-8", "lf"),
    "p10/report.txt": ("utf-16-le-bom", "crlf"),
}


def blocks_from_markup(text):
    blocks, table = [], None
    for line in text.split("\n"):
        line = line.rstrip()
        if not line:
            continue
        if table is not None:
            if line == "||end":
                blocks.append(("tbl", table["widths"], table["rows"], 1))
                table = None
            else:
                assert line.startswith("|"), line
                cells = line[1:].split("｜")
                assert len(cells) == len(table["widths"]), line
                first = not table["rows"]
                table["rows"].append([{"text": c, "bold": first, "center": first} for c in cells])
            continue
        if line.startswith("||widths="):
            table = {"widths": [int(w) for w in line[len("||widths="):].split(",")], "rows": []}
        elif line == "!br":
            blocks.append(("br",))
        elif line.startswith("="):
            blocks.append(("p", line[1:], {"bold": True, "center": True}))
        elif line.startswith("**"):
            blocks.append(("p", line[2:], {"bold": True}))
        elif line.startswith("#"):
            blocks.append(("p", line[1:], {"indent": False}))
        else:
            blocks.append(("p", line, {}))
    assert table is None, "unclosed table"
    return blocks


for rel, (enc, eol) in PLAN.items():
    out = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    if enc == "docx":
        src = open(os.path.join(HERE, "src", rel + ".txt"), encoding="utf-8").read()
        docxlib.build(out, blocks_from_markup(src))
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
