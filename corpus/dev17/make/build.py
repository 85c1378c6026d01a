"""Build the dev17 pair files from the hand-written UTF-8 sources in make/src/<pair>/.
Text/HTML sources are encoded with the encodings and line endings below. *.docx.py sources define BLOCKS (and
optionally LANDSCAPE, COLUMNS) for docxlib.build (docxlib.py is dev16's file, itself dev15's … dev9's, copied unchanged).
COLUMNS = 2 is applied here, after docxlib has written the DOCX: the paragraph whose text is "@@SECTION@@" becomes a
continuous one-column section break (so the title block stays full width) and the final section gets
<w:cols w:num="2">. For report.pdf the DOCX is converted by `soffice --headless --convert-to pdf`; only the PDF is kept.
Run: python3 make/build.py"""
import os, re, shutil, subprocess, sys, tempfile, zipfile
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import docxlib

PLAN = {
    "p01/feedback.txt": ("utf-8", "lf"),
    "p01/report.txt": ("utf-8-bom", "lf"),
    "p02/feedback.txt": ("utf-8", "crlf"),
    "p02/report.pdf": ("pdf", None),
    "p03/feedback.txt": ("utf-16-le-bom", "lf"),
    "p03/report.txt": ("gb18030", "lf"),
    "p04/feedback.txt": ("utf-8", "lf"),
    "p04/report.html": ("utf-8", "lf"),
    "p05/feedback.txt": ("gb18030", "lf"),
    "p05/report.txt": ("utf-8", "crlf"),
    "p06/feedback.txt": ("utf-8-bom", "lf"),
    "p06/report.txt": ("utf-16-le-bom", "lf"),
    "p07/feedback.txt": ("utf-8", "lf"),
    "p07/report.txt": ("utf-8", "lf"),
    "p08/feedback.txt": ("utf-8", "lf"),
    "p08/report.txt": ("utf-8-bom", "crlf"),
    "p09/feedback.txt": ("utf-8", "crlf"),
    "p09/report.txt": ("gb18030", "crlf"),
    "p10/report.txt": ("utf-8", "lf"),
}
ONE_COL = ('<w:p><w:pPr><w:sectPr><w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/>'
           '<w:cols w:space="425"/></w:sectPr></w:pPr></w:p>')


def two_columns(path):
    """Rewrite word/document.xml of a docxlib DOCX: title section one column, body section two columns, single spacing."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    xml = parts["word/document.xml"].decode("utf-8")
    # single line spacing: with docxlib's 20-pt exact-ish spacing every line becomes its own text block and pdftotext
    # interleaves the two columns line by line; with single spacing it keeps the column order
    xml = xml.replace('<w:spacing w:line="400" w:lineRule="auto"/>', '')
    xml, n = re.subn(r"<w:p>(?:(?!</w:p>).)*@@SECTION@@(?:(?!</w:p>).)*</w:p>", ONE_COL, xml, flags=re.S)
    assert n == 1, n
    last = xml.rindex("<w:sectPr>")
    body_sect = xml[last:].replace("<w:sectPr>", '<w:sectPr><w:type w:val="continuous"/>', 1)
    body_sect = body_sect.replace("</w:sectPr>", '<w:cols w:num="2" w:space="425"/></w:sectPr>', 1)
    xml = xml[:last] + body_sect
    parts["word/document.xml"] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in parts.items():
            z.writestr(n, b)


def make_docx(src, out):
    ns = {}
    exec(open(src, encoding="utf-8").read(), ns)
    docxlib.build(out, ns["BLOCKS"], landscape=ns.get("LANDSCAPE", False))
    if ns.get("COLUMNS") == 2:
        two_columns(out)


for rel, (enc, eol) in PLAN.items():
    out = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    if enc == "docx":
        make_docx(os.path.join(HERE, "src", rel + ".py"), out)
        print(f"{rel}: docx")
        continue
    if enc == "pdf":
        tmp = tempfile.mkdtemp()
        src = os.path.join(tmp, "report.docx")
        make_docx(os.path.join(HERE, "src", rel.replace(".pdf", ".docx.py")), src)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, src], check=True,
                       capture_output=True)
        shutil.copy(os.path.join(tmp, "report.pdf"), out)
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
