"""Turn a small line-markup source (make/src/<pair>/*.docx.txt) into DOCX with docxlib (copied unchanged from dev10).
Markup, one paragraph per non-empty line:
  #t text   centred bold title          #h text   bold paragraph (no indent)
  #l text   plain paragraph, no indent  #n text   Word auto-numbered paragraph (numbers only in numbering.xml)
  **lead**rest   paragraph whose lead sentence is a bold run (only bold, no number)
  anything else  plain indented paragraph
docxlib has no mixed-run paragraph, so _para is wrapped here (not edited) to add a bold lead run."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docxlib

_orig_para = docxlib._para


def _para(text, bold=False, center=False, size=None, num=None, indent=True, keep=None, lead=None):
    if not lead:
        return _orig_para(text, bold, center, size, num, indent, keep)
    xml = _orig_para(text, bold, center, size, num, indent, keep)
    # replace the single run by a bold lead run + plain run
    start = xml.index("<w:r>")
    return xml[:start] + docxlib._run(lead, True, size) + docxlib._run(text, False, size) + "</w:p>"


docxlib._para = _para


def blocks_from(src):
    B, numbered = [], False
    for line in open(src, encoding="utf-8").read().splitlines():
        if not line.strip():
            continue
        if line.startswith("#t "):
            B.append(("p", line[3:], dict(center=True, bold=True, size=32, indent=False)))
        elif line.startswith("#h "):
            B.append(("p", line[3:], dict(bold=True, indent=False)))
        elif line.startswith("#l "):
            B.append(("p", line[3:], dict(indent=False)))
        elif line.startswith("#n "):
            numbered = True
            B.append(("num", line[3:], 1, 0))
        elif line.startswith("**"):
            lead, rest = line[2:].split("**", 1)
            B.append(("p", rest, dict(lead=lead)))
        else:
            B.append(("p", line, {}))
    numbering = {"abstract": {0: [("decimal", "%1.")]}, "nums": {1: (0, False)}} if numbered else None
    return B, numbering


def make_docx(src, out):
    B, numbering = blocks_from(src)
    docxlib.build(out, B, numbering=numbering)
