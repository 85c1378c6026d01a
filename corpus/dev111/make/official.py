"""Official-document layer on top of docxlib.py (dev44's file, copied unchanged): docxlib writes the body; this module
post-processes the package into what units file as PDF — a red 发文机关标志 with a red rule under the 文号/签发人 line, a
密级/份号 corner, running page headers, `— N —` page numbers in the footer (odd pages right, even pages left), footnotes,
and a 版记 (抄送 / 印发) between black rules. Inline markers in paragraph text drive it:
  ⟦RED⟧ (paragraph in red)   ⟦RULE⟧ (red rule under the paragraph)   ⟦BDR⟧ (black rules above and below)
  ⟦RIGHT⟧ (right-aligned)    ⟦LEFT⟧ (no first-line indent)           ⟦FNn⟧ (footnote n, text given to build())
source_text(blocks, footnotes) gives the plain source text the gold substrings are taken from (markers removed)."""
import os, re, shutil, subprocess, tempfile, zipfile
from xml.sax.saxutils import escape
import docxlib

MARK = re.compile(r"⟦(RED|RULE|BDR|RIGHT|LEFT|FN\d+)⟧")
NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
RPR = '<w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman"/>'


# ---- block helpers -------------------------------------------------------------------------------------------------
def P(text, **o):
    return ("p", text, o)


def B(text):
    """bold heading paragraph (黑体-like level-1/level-2 heading, here bold)"""
    return ("p", text, {"bold": True})


def C(text, size=None, bold=False):
    return ("p", text, {"center": True, "size": size, "bold": bold})


def BLANK():
    return ("p", "", {"indent": False})


def BR():
    return ("br",)


def TBL(widths, rows, header_rows=1):
    return ("tbl", widths, rows, header_rows)


def redhead(org, docno, signer=None, corner=None, size=52):
    """版头: optional 份号/密级 corner, red 发文机关标志, 文号 (and 签发人 for 上行文) above a red rule."""
    out = []
    if corner:
        for line in corner:
            out.append(P("⟦LEFT⟧" + line, indent=False))
    out.append(BLANK())
    out.append(("p", "⟦RED⟧" + org, {"center": True, "bold": True, "size": size}))
    out.append(BLANK())
    if signer:
        out.append(P("⟦RULE⟧⟦LEFT⟧　" + docno + "　" * 9 + "签发人：" + signer, indent=False))
    else:
        out.append(("p", "⟦RULE⟧" + docno, {"center": True}))
    out.append(BLANK())
    return out


def banji(cc, printer, date):
    """版记: 抄送 line and 印发 line, each between black rules."""
    out = [BLANK()]
    if cc:
        out.append(P("⟦BDR⟧⟦LEFT⟧　抄送：" + cc, indent=False))
    out.append(P("⟦BDR⟧⟦LEFT⟧　" + printer + "　" * 6 + date + "印发", indent=False))
    return out


# ---- source text ---------------------------------------------------------------------------------------------------
def source_text(blocks, footnotes=None):
    lines = []
    for b in blocks:
        if b[0] in ("p", "num"):
            lines.append(MARK.sub("", b[1]))
        elif b[0] == "tbl":
            for row in b[2]:
                for c in row:
                    t = c if isinstance(c, str) else c.get("text", "")
                    if not (isinstance(c, dict) and c.get("vmerge") == "continue"):
                        lines.extend(MARK.sub("", t).split("\n"))
    for n, t in sorted((footnotes or {}).items()):
        lines.append(f"{n} {t}")
    return "\n".join(l for l in lines if l.strip()) + "\n"


# ---- package post-processing ---------------------------------------------------------------------------------------
def _hf(kind, paras):
    tag = "w:hdr" if kind == "header" else "w:ftr"
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<{tag} {NS}>{paras}</{tag}>'


def _run(text, size=None, color=None):
    rpr = RPR + (f'<w:color w:val="{color}"/>' if color else "") + \
        (f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>' if size else "")
    return f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _page_para(align):
    fld = ('<w:fldSimple w:instr=" PAGE "><w:r><w:rPr>' + RPR + '<w:sz w:val="28"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>')
    return (f'<w:p><w:pPr><w:jc w:val="{align}"/></w:pPr>' + _run("— ", 28) + fld + _run(" —", 28) + '</w:p>')


def _header_para(text):
    return ('<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="000000"/></w:pBdr>'
            f'<w:jc w:val="center"/></w:pPr>{_run(text, 18)}</w:p>')


def _fix_paragraphs(doc):
    def fix(m):
        p = m.group(0)
        if "⟦" not in p:
            return p
        ppr_add, color = "", None
        if "⟦RED⟧" in p:
            color = "E60012"
        if "⟦RULE⟧" in p:
            ppr_add += '<w:pBdr><w:bottom w:val="single" w:sz="18" w:space="6" w:color="E60012"/></w:pBdr>'
        if "⟦BDR⟧" in p:
            ppr_add += ('<w:pBdr><w:top w:val="single" w:sz="6" w:space="1" w:color="000000"/>'
                        '<w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>')
        if "⟦RIGHT⟧" in p:
            p = re.sub(r'<w:ind [^>]*/>', '', p)
            p = p.replace('<w:pPr>', '<w:pPr><w:jc w:val="right"/>', 1)
        if "⟦LEFT⟧" in p:
            p = re.sub(r'<w:ind [^>]*/>', '', p)
        if ppr_add:
            p = p.replace('<w:pPr>', '<w:pPr>' + ppr_add, 1)
        if color:
            p = p.replace('<w:rPr>', f'<w:rPr><w:color w:val="{color}"/>')
        p = re.sub(r"⟦(RED|RULE|BDR|RIGHT|LEFT)⟧", "", p)

        # footnote references: close the text run, insert the reference run, reopen with the same run properties
        def fn(mm):
            return ('</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                    f'<w:footnoteReference w:id="{mm.group(1)}"/></w:r><w:r><w:rPr>{RPR}</w:rPr><w:t xml:space="preserve">')
        p = re.sub(r"⟦FN(\d+)⟧", fn, p)
        return p
    return re.sub(r"(?s)<w:p>.*?</w:p>", fix, doc)


def build(path, blocks, header=None, footnotes=None, landscape=False):
    """Write a DOCX with docxlib, then add page header, page-number footers, footnotes and marker formatting."""
    docxlib.build(path, blocks, landscape=landscape)
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    doc = parts["word/document.xml"].decode("utf-8")
    doc = _fix_paragraphs(doc)
    rels = parts["word/_rels/document.xml.rels"].decode("utf-8")
    ct = parts["[Content_Types].xml"].decode("utf-8")
    add_rels, add_ct = "", ""
    R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."
    refs = ""
    if header:
        parts["word/header1.xml"] = _hf("header", _header_para(header)).encode("utf-8")
        parts["word/header2.xml"] = _hf("header", _header_para(header)).encode("utf-8")
        parts["word/header3.xml"] = _hf("header", '<w:p/>').encode("utf-8")
        add_rels += (f'<Relationship Id="rIdH1" Type="{R}header" Target="header1.xml"/>'
                     f'<Relationship Id="rIdH2" Type="{R}header" Target="header2.xml"/>'
                     f'<Relationship Id="rIdH3" Type="{R}header" Target="header3.xml"/>')
        for n in (1, 2, 3):
            add_ct += f'<Override PartName="/word/header{n}.xml" ContentType="{CT}header+xml"/>'
        refs += ('<w:headerReference w:type="default" r:id="rIdH1"/><w:headerReference w:type="even" r:id="rIdH2"/>'
                 '<w:headerReference w:type="first" r:id="rIdH3"/>')
    parts["word/footer1.xml"] = _hf("footer", _page_para("right")).encode("utf-8")
    parts["word/footer2.xml"] = _hf("footer", _page_para("left")).encode("utf-8")
    parts["word/footer3.xml"] = _hf("footer", _page_para("right")).encode("utf-8")
    add_rels += (f'<Relationship Id="rIdF1" Type="{R}footer" Target="footer1.xml"/>'
                 f'<Relationship Id="rIdF2" Type="{R}footer" Target="footer2.xml"/>'
                 f'<Relationship Id="rIdF3" Type="{R}footer" Target="footer3.xml"/>')
    for n in (1, 2, 3):
        add_ct += f'<Override PartName="/word/footer{n}.xml" ContentType="{CT}footer+xml"/>'
    refs += ('<w:footerReference w:type="default" r:id="rIdF1"/><w:footerReference w:type="even" r:id="rIdF2"/>'
             '<w:footerReference w:type="first" r:id="rIdF3"/>')
    doc = doc.replace("<w:sectPr>", "<w:sectPr>" + refs, 1)
    doc = doc.replace("</w:sectPr>", '<w:pgNumType w:fmt="decimal"/><w:titlePg/></w:sectPr>', 1)
    if footnotes:
        fx = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
              '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        for n, t in sorted(footnotes.items()):
            fx += (f'<w:footnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                   f'{_run(" " + t, 21)}</w:p></w:footnote>')
        parts["word/footnotes.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                                       f'<w:footnotes {NS}>{fx}</w:footnotes>').encode("utf-8")
        add_rels += f'<Relationship Id="rIdFN" Type="{R}footnotes" Target="footnotes.xml"/>'
        add_ct += f'<Override PartName="/word/footnotes.xml" ContentType="{CT}footnotes+xml"/>'
    parts["word/settings.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings {NS}>'
                                  '<w:evenAndOddHeaders/></w:settings>').encode("utf-8")
    add_rels += f'<Relationship Id="rIdS" Type="{R}settings" Target="settings.xml"/>'
    add_ct += f'<Override PartName="/word/settings.xml" ContentType="{CT}settings+xml"/>'
    parts["word/document.xml"] = doc.encode("utf-8")
    parts["word/_rels/document.xml.rels"] = rels.replace("</Relationships>", add_rels + "</Relationships>").encode("utf-8")
    parts["[Content_Types].xml"] = ct.replace("</Types>", add_ct + "</Types>").encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(n, data)


def to_pdf(docx, outdir):
    """soffice --headless --convert-to pdf --outdir DIR FILE.docx (a private profile so parallel runs do not clash)."""
    prof = tempfile.mkdtemp(prefix="lo111-")
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", outdir, docx], check=True, capture_output=True, timeout=300)
    finally:
        shutil.rmtree(prof, ignore_errors=True)
    return os.path.join(outdir, os.path.basename(docx)[:-5] + ".pdf")


# ---- scanned PDF: page images wrapped into a PDF with python3 only -------------------------------------------------
def _png(path):
    import struct
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, w = 8, b"", None
    while pos < len(data):
        n, typ = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if typ == b"IHDR":
            w, h, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and ctype in (0, 2) and interlace == 0, (depth, ctype, interlace)
            colors = 3 if ctype == 2 else 1
        elif typ == b"IDAT":
            idat += body
        pos += 12 + n
    return w, h, colors, idat


def images_to_pdf(pngs, out, dpi=200):
    """Each PNG (8-bit RGB or grey, not interlaced) becomes one page; its IDAT stream is embedded as a FlateDecode
    image with PNG predictors, so no image library is needed."""
    objs = []
    kids = []
    for i, p in enumerate(pngs):
        w, h, colors, idat = _png(p)
        pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
        img_id, cont_id, page_id = 3 + 3 * i, 4 + 3 * i, 5 + 3 * i
        cs = "/DeviceRGB" if colors == 3 else "/DeviceGray"
        objs.append((img_id, (f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace {cs} "
                              f"/BitsPerComponent 8 /Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors {colors} "
                              f"/BitsPerComponent 8 /Columns {w} >> /Length {len(idat)} >>").encode(), idat))
        content = f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q".encode()
        objs.append((cont_id, f"<< /Length {len(content)} >>".encode(), content))
        objs.append((page_id, (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pw:.2f} {ph:.2f}] "
                               f"/Resources << /XObject << /Im0 {img_id} 0 R >> >> /Contents {cont_id} 0 R >>").encode(), None))
        kids.append(page_id)
    objs.insert(0, (2, f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode(), None))
    objs.insert(0, (1, b"<< /Type /Catalog /Pages 2 0 R >>", None))
    objs.sort()
    buf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for oid, d, stream in objs:
        offsets[oid] = len(buf)
        buf += f"{oid} 0 obj\n".encode() + d
        if stream is not None:
            buf += b"\nstream\n" + stream + b"\nendstream"
        buf += b"\nendobj\n"
    xref = len(buf)
    n = max(offsets) + 1
    buf += f"xref\n0 {n}\n0000000000 65535 f \n".encode()
    for oid in range(1, n):
        buf += f"{offsets[oid]:010d} 00000 n \n".encode()
    buf += f"trailer\n<< /Size {n} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    open(out, "wb").write(bytes(buf))
