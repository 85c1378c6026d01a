"""Encode the hand-written UTF-8 sources in make/src/<pair>/ into the pair folders with the encodings and line
endings the README declares. DOCX/PDF files are made by n02.py, n05.py, n06.py. Run: python3 make/build.py"""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
# (pair/file): (encoding, eol)
PLAN = {
    "n01/feedback.html": ("utf-8", "lf"),
    "n01/report.txt": ("utf-8-bom", "lf"),
    "n02/report.txt": ("gb18030", "crlf"),
    "n03/feedback.txt": ("utf-16-le-bom", "lf"),
    "n03/report.txt": ("utf-8", "lf"),
    "n04/feedback.txt": ("utf-8", "lf"),
    "n04/report.txt": ("utf-8", "crlf"),
    "n06/feedback.txt": ("gb18030", "lf"),
    "n07/feedback.txt": ("utf-8", "crlf"),
    "n07/report.txt": ("utf-16-le-bom", "lf"),
    "n08/feedback.txt": ("utf-8-bom", "lf"),
    "n08/report.txt": ("gb18030", "lf"),
    "n09/feedback.txt": ("utf-8", "lf"),
    "n09/report.html": ("gbk", "lf"),  # declared charset=gbk; GBK is a subset of GB18030
    "n10/feedback.html": ("utf-8", "lf"),
    "n10/report.html": ("utf-8", "lf"),
}
for rel, (enc, eol) in PLAN.items():
    text = open(os.path.join(HERE, "src", rel), encoding="utf-8").read()
    assert "\r" not in text
    if eol == "crlf":
        text = text.replace("\n", "\r\n")
    if enc == "utf-8-bom":
        raw = b"\xef\xbb\xbf" + text.encode("utf-8")
    elif enc == "utf-16-le-bom":
        raw = b"\xff\xfe" + text.encode("utf-16-le")
    elif enc == "gbk":
        raw = text.encode("gbk")
    else:
        raw = text.encode(enc)
    out = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    open(out, "wb").write(raw)
    print(f"{rel}: {enc} {eol} {len(raw)} bytes")
