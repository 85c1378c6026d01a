"""Build the dev20 pair files from the hand-written UTF-8 sources in make/src/<pair>/.
Text/HTML sources are encoded with the encodings and line endings below. *.docx.py sources define BLOCKS (and
optionally LANDSCAPE, HEADINGS) for docxlib.build (docxlib.py is dev19's file, itself dev18's … dev9's, copied unchanged).
Build steps are dev19's build.py; PLAN differs and a PDF may be a feedback or a report (no dev20 source sets HEADINGS).
HEADINGS = True is applied here, after docxlib has written the DOCX: every paragraph whose text starts with "@@H1@@" or
"@@H2@@" loses the marker and gets <w:pStyle w:val="Heading1"/> / "Heading2"; a word/styles.xml defining Normal,
Heading1 and Heading2 (outline levels 0 and 1, no numbering) is added with its relationship and content type.
For feedback.pdf / report.pdf the DOCX is converted by `soffice --headless --convert-to pdf`; only the PDF is kept.
Run: python3 make/build.py"""
import os, re, shutil, subprocess, sys, tempfile, zipfile
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import docxlib

PLAN = {
    "p01/feedback.txt": ("utf-8", "lf"),
    "p01/report.txt": ("utf-16-le-bom", "lf"),
    "p02/feedback.txt": ("gb18030", "crlf"),
    "p02/report.txt": ("utf-8-bom", "crlf"),
    "p03/feedback.txt": ("utf-8-bom", "lf"),
    "p03/report.docx": ("docx", None),
    "p04/feedback.pdf": ("pdf", None),
    "p04/report.txt": ("gb18030", "lf"),
    "p05/feedback.docx": ("docx", None),
    "p05/report.txt": ("utf-8", "crlf"),
    "p06/report.pdf": ("pdf", None),
    "p07/feedback.txt": ("utf-8", "lf"),
    "p07/report.txt": ("utf-16-le-bom", "crlf"),
    "p08/feedback.txt": ("utf-8-bom", "crlf"),
    "p08/report.html": ("utf-8", "lf"),
    "p09/feedback.txt": ("gb18030", "lf"),
    "p09/report.txt": ("utf-8", "lf"),
    "p10/feedback.html": ("gb18030", "lf"),
    "p10/report.docx": ("docx", None),
}

STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
          '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/>'
          '<w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
          '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/>'
          '<w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/><w:b/><w:sz w:val="30"/></w:rPr></w:style>'
          '</w:styles>')


def add_headings(path):
    """Turn "@@H1@@"/"@@H2@@" paragraphs into Heading1/Heading2 styled paragraphs and add styles.xml."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    xml = parts["word/document.xml"].decode("utf-8")
    n_total = 0
    for lvl in ("1", "2"):
        pat = re.compile(r"<w:p><w:pPr>((?:(?!</w:pPr>).)*)</w:pPr>((?:(?!</w:p>).)*?)@@H" + lvl + "@@", re.S)
        xml, n = pat.subn(lambda m: f'<w:p><w:pPr><w:pStyle w:val="Heading{lvl}"/>'
                          + re.sub(r'<w:ind [^>]*/>', '', m.group(1)) + '</w:pPr>' + m.group(2), xml)
        n_total += n
    assert n_total > 0 and "@@H" not in xml
    parts["word/document.xml"] = xml.encode("utf-8")
    parts["word/styles.xml"] = STYLES.encode("utf-8")
    ct = parts["[Content_Types].xml"].decode("utf-8").replace(
        "</Types>", '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                    'wordprocessingml.styles+xml"/></Types>')
    parts["[Content_Types].xml"] = ct.encode("utf-8")
    rels = parts["word/_rels/document.xml.rels"].decode("utf-8").replace(
        "</Relationships>", '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                            'relationships/styles" Target="styles.xml"/></Relationships>')
    parts["word/_rels/document.xml.rels"] = rels.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in parts.items():
            z.writestr(n, b)


def make_docx(src, out):
    ns = {}
    exec(open(src, encoding="utf-8").read(), ns)
    docxlib.build(out, ns["BLOCKS"], landscape=ns.get("LANDSCAPE", False))
    if ns.get("HEADINGS"):
        add_headings(out)


for rel, (enc, eol) in PLAN.items():
    out = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    if enc == "docx":
        make_docx(os.path.join(HERE, "src", rel + ".py"), out)
        print(f"{rel}: docx")
        continue
    if enc == "pdf":
        tmp = tempfile.mkdtemp()
        base = os.path.basename(rel)[:-4]
        src = os.path.join(tmp, base + ".docx")
        make_docx(os.path.join(HERE, "src", rel.replace(".pdf", ".docx.py")), src)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, src], check=True,
                       capture_output=True)
        shutil.copy(os.path.join(tmp, base + ".pdf"), out)
        shutil.rmtree(tmp)
        print(f"{rel}: pdf via soffice")
        continue
    src = os.path.join(HERE, "src", rel)
    if not os.path.exists(src):
        print(f"{rel}: source missing, skipped")
        continue
    text = open(src, encoding="utf-8").read()
    assert "\r" not in text
    if eol == "crlf":
        text = text.replace("\n", "\r\n")
    if enc == "utf-8-bom":
        raw = b"\xef\xbb\xbf" + text.encode("utf-8")
    elif enc == "utf-16-le-bom":
        raw = b"\xff\xfe" + text.encode("utf-16-le")
    else:
        raw = text.encode(enc)
    open(out, "wb").write(raw)
    print(f"{rel}: {enc} {eol} {len(raw)} bytes")
