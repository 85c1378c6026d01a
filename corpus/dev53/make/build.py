"""Build the dev53 pair files from the hand-written UTF-8 sources in make/src/<pair>/.
Adapted from corpus/dev44/make/build.py. Text sources are encoded with the encodings and line endings in PLAN; *.docx.py
sources define BLOCKS for docxlib.build; *.html sources are written as they are (UTF-8).
One source is damaged here rather than by hand: p01's two documents are the clean text run through pdf_copy(), which
imitates text copied out of a PDF (A4 official page: 28 characters a line, 22 lines a page): every paragraph is broken
into hard-wrapped lines (ASCII digits take half a cell; with the usual rule that closing punctuation never starts a line), indentation is lost, and
page furniture (running header, footer, page number) is inserted in the middle of the text wherever a page ends.
All other damage (Word-to-text list numbers, web-page chrome, WeChat decorations, lost line breaks, mixed half-width
punctuation, Excel export, appended ledger) is written into the sources by hand.
Run: python3 make/build.py"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import docxlib

PLAN = {
    "p01/feedback.txt": ("utf-8", "lf"),
    "p01/report.txt": ("utf-8", "lf"),
    "p02/feedback.txt": ("utf-8", "lf"),
    "p02/report.txt": ("utf-8", "lf"),
    "p03/feedback.txt": ("utf-8", "lf"),
    "p03/report.txt": ("utf-8", "lf"),
    "p04/feedback.txt": ("utf-8", "lf"),
    "p04/report.txt": ("gb18030", "lf"),
    "p05/feedback.txt": ("utf-8", "lf"),
    "p05/report.txt": ("utf-16-le-bom", "lf"),
    "p06/feedback.docx": ("docx", None),
    "p06/report.txt": ("utf-8", "lf"),
    "p07/feedback.txt": ("utf-8", "lf"),
    "p07/report.html": ("html", None),
    "p08/feedback.txt": ("gb18030", "lf"),
    "p08/report.txt": ("utf-8", "crlf"),
    "p09/feedback.txt": ("utf-8", "lf"),
    "p09/report.txt": ("utf-8", "lf"),
    "p10/feedback.txt": ("utf-8", "lf"),
    "p10/report.docx": ("docx", None),
}

# PDF-copy damage for p01: (header lines on pages 2.., footer template with {n} and {m}, first-page top line or None)
PDF = {
    "p01/feedback.txt": (["薤川县委第三巡察组"], "第{n}页 共{m}页", "内部资料　注意保存"),
    "p01/report.txt": (["薤川县数据资源管理局党组"], "- {n} -", None),
}
WIDTH, LINES = 28, 22
NO_START = set("，。、；：？！”’）》」』】,.;:?!)")


def wrap(par):
    """Break a paragraph into lines of WIDTH full-width cells (ASCII characters take half a cell)."""
    out, cur, w = [], "", 0.0
    for ch in par:
        cw = 0.5 if ord(ch) < 128 else 1.0
        if w + cw > WIDTH and ch not in NO_START:
            out.append(cur)
            cur, w = "", 0.0
        cur += ch
        w += cw
    if cur:
        out.append(cur)
    return out


def pdf_copy(text, header, footer, first_top):
    lines = []
    for par in text.split("\n"):
        if par.strip():
            lines += wrap(par.strip())
    pages = [lines[i:i + LINES] for i in range(0, len(lines), LINES)]
    m = len(pages)
    out = []
    for n, page in enumerate(pages, 1):
        if n == 1 and first_top:
            out.append(first_top)
        if n > 1:
            out += header
        out += page
        out.append(footer.format(n=n, m=m))
    return "\n".join(out) + "\n"


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
    if rel in PDF:
        text = pdf_copy(text, *PDF[rel])
    if enc == "html":
        enc = "utf-8"
    if eol == "crlf":
        text = text.replace("\n", "\r\n")
    if enc == "utf-16-le-bom":
        raw = b"\xff\xfe" + text.encode("utf-16-le")
    else:
        raw = text.encode(enc)
    open(out, "wb").write(raw)
    print(f"{rel}: {enc} {eol} {len(raw)} bytes")
