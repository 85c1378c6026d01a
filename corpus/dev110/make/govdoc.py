"""govdoc: write a Chinese official document (公文) as DOCX for conversion to PDF by LibreOffice.
Written for dev110. It adds what dev24's docxlib.py (copied unchanged beside this file) does not have: a red
发文机关标志 and red separator line, a 文号 line with 签发人, a 份号/密级 corner, page headers (none on the first
page), `— N —` page numbers in the footer, footnotes, fonts per element (小标宋/黑体/楷体/仿宋), and a 版记 block
(抄送 / 印发). Tables are docxlib's (header rows repeat on each page, so a long table crosses pages).

Blocks (a list of tuples):
  ("corner", [line, ...])            份号 / 密级 / 紧急程度, top left, 黑体
  ("redhead", text)                  发文机关标志 in red, sized to fit one line
  ("wenhao", left, right)            文号 line; right (签发人：…) or None (then left is centred)
  ("redline",)                       red separator
  ("title", text)                    centred 小标宋 title; "\n" splits lines
  ("to", text)                       主送机关, no indent
  ("h1", text) / ("h2", text)        黑体 / 楷体 headings with first-line indent
  ("p", text[, opts])                仿宋 body paragraph; opts: bold_lead=str (bold prefix), center, noindent, size
  ("sign", [line, ...])              signature and date, right aligned
  ("attach", [line, ...])            附件 list
  ("br",)                            page break
  ("tbl", widths, rows, header_rows) docxlib table
  ("banji", [(left, right), ...])    版记 lines between separator rules
  ("blank",)
Footnotes: write {{fn:footnote text}} right after the words they annotate, inside any "p" text.
plain(blocks) gives the SOURCE text (what the writer wrote), footnote texts appended at the end.
"""
import re
import zipfile
from xml.sax.saxutils import escape

import docxlib

W = docxlib.W
FN = re.compile(r"\{\{fn:(.*?)\}\}")
TEXT_WIDTH = 11906 - 1588 - 1474  # twips


def _rpr(font="仿宋_GB2312", size=32, bold=False, color=None, superscript=False):
    r = (f'<w:rFonts w:ascii="Times New Roman" w:eastAsia="{font}" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>')
    if bold:
        r += '<w:b/>'
    if color:
        r += f'<w:color w:val="{color}"/>'
    r += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    if superscript:
        r += '<w:vertAlign w:val="superscript"/>'
    return f'<w:rPr>{r}</w:rPr>'


def _run(text, **kw):
    return f'<w:r>{_rpr(**kw)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


class Doc:
    def __init__(self):
        self.body, self.notes = [], []

    def runs(self, text, font="仿宋_GB2312", size=32, bold=False, color=None, bold_lead=None):
        out, pos = [], 0
        if bold_lead and text.startswith(bold_lead):
            out.append(_run(bold_lead, font="黑体" if font == "仿宋_GB2312" else font, size=size, bold=True, color=color))
            pos = len(bold_lead)
        for m in FN.finditer(text, pos):
            if m.start() > pos:
                out.append(_run(text[pos:m.start()], font=font, size=size, bold=bold, color=color))
            self.notes.append(m.group(1))
            nid = len(self.notes)
            out.append(f'<w:r>{_rpr(size=size, superscript=True)}<w:footnoteReference w:id="{nid}"/></w:r>')
            pos = m.end()
        if pos < len(text):
            out.append(_run(text[pos:], font=font, size=size, bold=bold, color=color))
        return ''.join(out)

    def para(self, text, font="仿宋_GB2312", size=32, bold=False, color=None, align=None, indent=True,
             line=560, before=0, after=0, border=None, tabs=None, bold_lead=None, right_indent=0):
        ppr = ''
        if tabs:
            ppr += '<w:tabs>' + ''.join(f'<w:tab w:val="{v}" w:pos="{p}"/>' for v, p in tabs) + '</w:tabs>'
        if border:
            ppr += f'<w:pBdr>{border}</w:pBdr>'
        ppr += f'<w:spacing w:before="{before}" w:after="{after}" w:line="{line}" w:lineRule="exact"/>'
        if indent:
            ppr += f'<w:ind w:firstLine="{size * 20}" w:right="{right_indent}"/>'
        elif right_indent:
            ppr += f'<w:ind w:right="{right_indent}"/>'
        if align:
            ppr += f'<w:jc w:val="{align}"/>'
        runs = ''
        if "\t" in text:
            parts = text.split("\t")
            runs = '<w:r><w:tab/></w:r>'.join(self.runs(p, font=font, size=size, bold=bold, color=color) for p in parts)
        elif text:
            runs = self.runs(text, font=font, size=size, bold=bold, color=color, bold_lead=bold_lead)
        self.body.append(f'<w:p><w:pPr>{ppr}</w:pPr>{runs}</w:p>')

    def add(self, b):
        k = b[0]
        if k == "corner":
            for ln in b[1]:
                self.para(ln, font="黑体", indent=False, line=520)
        elif k == "redhead":
            n = len(b[1])
            size = min(88, int(TEXT_WIDTH / 20 / n * 2 * 0.96))
            self.para(b[1], font="方正小标宋简体", size=size, color="FF0000", align="center", indent=False,
                      line=max(size * 20 + 200, 560), before=400, after=200)
        elif k == "wenhao":
            if b[2]:
                self.para(f"{b[1]}\t{b[2]}", indent=False, tabs=[("right", TEXT_WIDTH)], before=240)
            else:
                self.para(b[1], indent=False, align="center", before=240)
        elif k == "redline":
            self.para("", indent=False, line=240, after=360,
                      border='<w:bottom w:val="single" w:sz="18" w:space="1" w:color="FF0000"/>')
        elif k == "title":
            for ln in b[1].split("\n"):
                self.para(ln, font="方正小标宋简体", size=44, align="center", indent=False, line=640)
            self.para("", indent=False)
        elif k == "to":
            self.para(b[1], indent=False)
        elif k == "h1":
            self.para(b[1], font="黑体")
        elif k == "h2":
            self.para(b[1], font="楷体_GB2312")
        elif k == "p":
            o = b[2] if len(b) > 2 else {}
            self.para(b[1], align="center" if o.get("center") else "both", indent=not (o.get("center") or o.get("noindent")),
                      size=o.get("size", 32), bold_lead=o.get("bold_lead"))
        elif k == "sign":
            for ln in b[1]:
                self.para(ln, indent=False, align="right", right_indent=1280)
        elif k == "attach":
            for i, ln in enumerate(b[1]):
                self.para(ln, indent=i == 0)
        elif k == "br":
            self.body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        elif k == "tbl":
            self.body.append(docxlib._table(b[1], b[2], b[3] if len(b) > 3 else 1))
            self.para("", indent=False, line=240)
        elif k == "banji":
            thick = '<w:{0} w:val="single" w:sz="12" w:space="1" w:color="000000"/>'
            thin = '<w:{0} w:val="single" w:sz="4" w:space="1" w:color="000000"/>'
            rows = b[1]
            for i, (left, right) in enumerate(rows):
                top = (thick if i == 0 else thin).format("top")
                bottom = (thick if i == len(rows) - 1 else "").format("bottom")
                text = f"{left}\t{right}" if right else left
                self.para(text, size=28, indent=False, tabs=[("right", TEXT_WIDTH - 280)], border=top + bottom,
                          line=520, right_indent=0)
        elif k == "blank":
            self.para("", indent=False)
        else:
            raise ValueError(k)


def _hdr(text):
    bdr = '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>' if text else ''
    p = (f'<w:p><w:pPr>{bdr}<w:jc w:val="center"/></w:pPr>'
         + (_run(text, font="宋体", size=18) if text else '') + '</w:p>')
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W}>{p}</w:hdr>'


def _ftr(style):
    fld = (f'<w:r>{_rpr(font="宋体", size=28)}<w:fldChar w:fldCharType="begin"/></w:r>'
           f'<w:r>{_rpr(font="宋体", size=28)}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
           f'<w:r>{_rpr(font="宋体", size=28)}<w:fldChar w:fldCharType="separate"/></w:r>'
           f'<w:r>{_rpr(font="宋体", size=28)}<w:t>1</w:t></w:r>'
           f'<w:r>{_rpr(font="宋体", size=28)}<w:fldChar w:fldCharType="end"/></w:r>')
    if style == "dash":
        inner = _run("— ", font="宋体", size=28) + fld + _run(" —", font="宋体", size=28)
    else:  # "plain": 第 N 页
        inner = _run("第 ", font="宋体", size=21) + fld + _run(" 页", font="宋体", size=21)
    p = f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{inner}</w:p>'
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W}>{p}</w:ftr>'


def _footnotes(notes):
    sep = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
    body = ''
    for i, t in enumerate(notes, 1):
        body += (f'<w:footnote w:id="{i}"><w:p><w:pPr><w:spacing w:line="300" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr>'
                 f'<w:r>{_rpr(size=18, superscript=True)}<w:footnoteRef/></w:r>'
                 + _run(" " + t, font="仿宋_GB2312", size=18) + '</w:p></w:footnote>')
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>{sep}{body}</w:footnotes>'


def build(path, blocks, header=None, footer="dash"):
    d = Doc()
    for b in blocks:
        d.add(b)
    refs = ('<w:headerReference w:type="default" r:id="rIdH1"/><w:headerReference w:type="first" r:id="rIdH2"/>'
            '<w:footerReference w:type="default" r:id="rIdF1"/><w:footerReference w:type="first" r:id="rIdF1"/>')
    sect = (f'<w:sectPr>{refs}<w:footnotePr><w:numRestart w:val="eachPage"/></w:footnotePr>'
            '<w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="1134" w:footer="1134" w:gutter="0"/>'
            '<w:titlePg/></w:sectPr>')
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
           + ''.join(d.body) + sect + '</w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
          '<Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
          '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
          '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             f'<Relationship Id="rIdH1" Type="{R}header" Target="header1.xml"/>'
             f'<Relationship Id="rIdH2" Type="{R}header" Target="header2.xml"/>'
             f'<Relationship Id="rIdF1" Type="{R}footer" Target="footer1.xml"/>'
             f'<Relationship Id="rIdN1" Type="{R}footnotes" Target="footnotes.xml"/>'
             '</Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", doc)
        z.writestr("word/_rels/document.xml.rels", drels)
        z.writestr("word/header1.xml", _hdr(header))
        z.writestr("word/header2.xml", _hdr(None))
        z.writestr("word/footer1.xml", _ftr(footer))
        z.writestr("word/footnotes.xml", _footnotes(d.notes))
    return d.notes


def plain(blocks):
    """The source text: every paragraph, heading and table cell, footnote markers removed, footnotes at the end."""
    out, notes = [], []

    def add(t):
        notes.extend(FN.findall(t))
        out.append(FN.sub("", t))
    for b in blocks:
        k = b[0]
        if k in ("corner", "sign", "attach"):
            for ln in b[1]:
                add(ln)
        elif k in ("redhead", "to", "h1", "h2", "p"):
            add(b[1])
        elif k == "title":
            add(b[1])
        elif k == "wenhao":
            add(b[1] + ("\t" + b[2] if b[2] else ""))
        elif k == "tbl":
            for row in b[2]:
                # a cell's paragraphs ("\n" in the source) are joined without a break: the text as written
                cells = [(c if isinstance(c, str) else c.get("text", "")).replace("\n", "") for c in row]
                add("｜".join(cells))
        elif k == "banji":
            for left, right in b[1]:
                add(left + ("\t" + right if right else ""))
    return "\n".join(out + notes) + "\n"
