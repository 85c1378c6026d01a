"""Tiny DOCX writer (zipfile only): paragraphs, Word automatic numbering (numbering.xml + w:numPr),
tables with w:gridSpan and w:vMerge, page breaks. Used to build the dev9 DOCX files and the DOCX sources
of the PDFs (the sources are not kept in the pair folders)."""
import zipfile
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def _run(text, bold=False, size=None):
    rpr = '<w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman"/>'
    if bold:
        rpr += '<w:b/>'
    if size:
        rpr += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    return f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _para(text, bold=False, center=False, size=None, num=None, indent=True, keep=None):
    ppr = ''
    if num:
        ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    if center:
        ppr += '<w:jc w:val="center"/>'
    elif indent and not num:
        ppr += '<w:ind w:firstLineChars="200" w:firstLine="640"/>'
    ppr += '<w:spacing w:line="400" w:lineRule="auto"/>'
    # split a run in two at a given character to mimic Word's run fragmentation
    runs = ''
    if keep and keep in text:
        i = text.index(keep) + len(keep)
        runs = _run(text[:i], bold, size) + _run(text[i:], bold, size)
    else:
        runs = _run(text, bold, size) if text else ''
    return f'<w:p><w:pPr>{ppr}</w:pPr>{runs}</w:p>'


def _cell(c, width):
    if isinstance(c, str):
        c = {"text": c}
    tcpr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if c.get("span"):
        tcpr += f'<w:gridSpan w:val="{c["span"]}"/>'
    if c.get("vmerge") == "restart":
        tcpr += '<w:vMerge w:val="restart"/>'
    elif c.get("vmerge") == "continue":
        tcpr += '<w:vMerge/>'
    tcpr += '<w:vAlign w:val="center"/>'
    paras = ''.join(_para(t, bold=c.get("bold", False), center=c.get("center", False), size=21, indent=False)
                    for t in (c.get("text", "").split("\n")))
    if c.get("vmerge") == "continue":
        paras = '<w:p/>'
    return f'<w:tc><w:tcPr>{tcpr}</w:tcPr>{paras}</w:tc>'


def _table(widths, rows, header_rows=1):
    grid = ''.join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    b = ''.join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/>'
           f'<w:tblBorders>{b}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
    for ri, row in enumerate(rows):
        trpr = '<w:trPr><w:tblHeader/></w:trPr>' if ri < header_rows else ''
        cells, col = '', 0
        for c in row:
            span = c.get("span", 1) if isinstance(c, dict) else 1
            cells += _cell(c, sum(widths[col:col + span]))
            col += span
        out.append(f'<w:tr>{trpr}{cells}</w:tr>')
    out.append('</w:tbl>')
    return ''.join(out)


def build(path, blocks, numbering=None, landscape=False):
    """blocks: ("p", text, opts) | ("num", text, numId, ilvl) | ("tbl", widths, rows, header_rows) | ("br",)
    numbering: {"abstract": {aid: [(numFmt, lvlText), ...]}, "nums": {numId: (aid, restart_bool)}}"""
    body = []
    for b in blocks:
        if b[0] == "p":
            body.append(_para(b[1], **(b[2] if len(b) > 2 else {})))
        elif b[0] == "num":
            body.append(_para(b[1], num=(b[2], b[3]), **(b[4] if len(b) > 4 else {})))
        elif b[0] == "tbl":
            body.append(_table(b[1], b[2], b[3] if len(b) > 3 else 1))
        elif b[0] == "br":
            body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
    if landscape:
        sect = ('<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
                '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>')
    else:
        sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
                '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>')
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
           + ''.join(body) + sect + '</w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          + ('<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' if numbering else '')
          + '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             + ('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' if numbering else '')
             + '</Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", doc)
        z.writestr("word/_rels/document.xml.rels", drels)
        if numbering:
            absx = ''
            for aid, levels in numbering["abstract"].items():
                lv = ''.join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                             f'<w:lvlText w:val="{txt}"/><w:lvlJc w:val="left"/>'
                             f'<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
                             for i, (fmt, txt) in enumerate(levels))
                absx += f'<w:abstractNum w:abstractNumId="{aid}"><w:multiLevelType w:val="hybridMultilevel"/>{lv}</w:abstractNum>'
            numx = ''
            for nid, (aid, restart) in numbering["nums"].items():
                ov = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' if restart else ''
                numx += f'<w:num w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>{ov}</w:num>'
            z.writestr("word/numbering.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                                             f'<w:numbering {W}>{absx}{numx}</w:numbering>')
