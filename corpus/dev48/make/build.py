"""Build the dev48 pair files from the hand-written UTF-8 sources in make/src/<pair>/.
Text sources are encoded with the encodings and line endings in PLAN. Sources marked with a `wrap` width are written
in paragraph form and hard-wrapped here the way text copied out of a PDF comes (a line break every 30-40 characters,
closing punctuation kept on the line it closes, no break inside a run of digits/letters; with `pages`, a page-number
line "— N —" after every 22 lines). *.docx.py sources define BLOCKS for docxlib.build (docxlib.py is dev44's file,
copied unchanged). Adapted from dev44's build.py.
Run: python3 make/build.py"""
import os, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import docxlib

# rel: (encoding, line ending, options)
PLAN = {
    "p01/feedback.txt": ("utf-8", "lf", {}),
    "p01/report.txt": ("utf-8", "lf", {}),
    "p02/feedback.txt": ("utf-8", "lf", {}),
    "p02/report.txt": ("utf-16-le-bom", "lf", {}),
    "p03/feedback.txt": ("utf-8", "lf", {}),
    "p03/report.txt": ("gb18030", "lf", {}),
    "p04/feedback.docx": ("docx", None, {}),
    "p04/report.txt": ("utf-8", "lf", {}),
    "p05/feedback.txt": ("utf-8", "lf", {"wrap": 34, "pages": True}),
    "p05/report.txt": ("utf-8", "crlf", {}),
    "p06/feedback.txt": ("utf-8", "lf", {}),
    "p06/report.txt": ("utf-8", "lf", {"wrap": 38}),
    "p07/feedback.txt": ("utf-8", "lf", {}),
    "p07/report.txt": ("utf-8", "lf", {}),
    "p08/feedback.txt": ("utf-8", "lf", {}),
    "p08/report.txt": ("gb18030", "lf", {}),
    "p09/feedback.txt": ("utf-8", "lf", {}),
    "p09/report.txt": ("utf-8", "lf", {}),
    "p10/feedback.txt": ("utf-8", "lf", {}),
    "p10/report.txt": ("utf-8", "lf", {}),
}

CLOSERS = set("，。；：、！？）》”’")
OPENERS = set("（《“‘")
MAX_CHARS = 40


def cw(c):
    return 2 if unicodedata.east_asian_width(c) in "WF" else 1


def wrap_para(p, width):
    """Greedy break at `width` full-width cells (2*width units) or MAX_CHARS characters."""
    out, line, units = [], "", 0
    i = 0
    while i < len(p):
        c = p[i]
        if line and (units + cw(c) > 2 * width or len(line) >= MAX_CHARS):
            if c in CLOSERS:                      # keep closing punctuation on the line it closes
                line += c
                i += 1
                c = p[i] if i < len(p) else None
            elif c.isascii() and c.isalnum() and line[-1].isascii() and line[-1].isalnum():
                j = len(line)                     # do not split a number or a word
                while j > 0 and line[j - 1].isascii() and (line[j - 1].isalnum() or line[j - 1] == "."):
                    j -= 1
                if j > len(line) // 2:
                    p_rest = line[j:]
                    line = line[:j]
                    out.append(line)
                    line, units = p_rest, sum(cw(x) for x in p_rest)
                    continue
            carry = ""
            while line and line[-1] in OPENERS:     # an opening mark never ends a line
                carry, line = line[-1] + carry, line[:-1]
            out.append(line)
            line, units = carry, sum(cw(x) for x in carry)
            if c is None:
                break
            continue
        line += c
        units += cw(c)
        i += 1
    if line:
        out.append(line)
    return out


def hard_wrap(text, width, pages):
    lines = []
    for para in text.rstrip("\n").split("\n"):
        lines.extend(wrap_para(para, width) if para.strip() else [])
    if not pages:
        return "\n".join(lines) + "\n"
    out = []
    for n, l in enumerate(lines, 1):
        out.append(l)
        if n % 22 == 0 and n < len(lines):
            out.append(f"— {n // 22} —")
    out.append(f"— {len(lines) // 22 + 1} —")
    return "\n".join(out) + "\n"


def load_blocks(rel_src):
    ns = {}
    exec(open(os.path.join(HERE, "src", rel_src), encoding="utf-8").read(), ns)
    return ns


for rel, (enc, eol, opt) in PLAN.items():
    out = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    if enc == "docx":
        ns = load_blocks(rel + ".py")
        docxlib.build(out, ns["BLOCKS"], landscape=ns.get("LANDSCAPE", False))
        print(f"{rel}: docx")
        continue
    text = open(os.path.join(HERE, "src", rel), encoding="utf-8").read()
    assert "\r" not in text
    if opt.get("wrap"):
        text = hard_wrap(text, opt["wrap"], opt.get("pages", False))
    if eol == "crlf":
        text = text.replace("\n", "\r\n")
    if enc == "utf-16-le-bom":
        raw = b"\xff\xfe" + text.encode("utf-16-le")
    else:
        raw = text.encode(enc)
    open(out, "wb").write(raw)
    print(f"{rel}: {enc} {eol} {len(raw)} bytes")
