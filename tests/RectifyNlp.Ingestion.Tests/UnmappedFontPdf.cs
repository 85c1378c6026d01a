using RectifyNlp.Tests;

namespace RectifyNlp.Ingestion.Tests;

/// <summary>
/// A one-page PDF set in a non-embedded TrueType font (named like the FZ/GBK fonts of official typesetting
/// systems) whose ToUnicode table maps every glyph to a private-use character: what such systems often
/// produce, and what no PDF library can read as text.
/// </summary>
internal static class UnmappedFontPdf
{
    public static byte[] Build()
    {
        const string cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CMapName /Garbled def\n/CMapType 2 def\n" +
            "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n1 beginbfrange\n<41> <5A> <E000>\nendbfrange\nendcmap\n" +
            "CMapName currentdict /CMapResource defineresource pop\nend\nend\n";
        const string content = "BT /F1 28 Tf 72 720 Td (ABCDEFGHIJKLMNOP) Tj 0 -40 Td (QRSTUVWXYZABCDEF) Tj ET\n";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /TrueType /BaseFont /FZFSK--GBK1-0 /FirstChar 65 /LastChar 90 /Widths [" + string.Join(' ', Enumerable.Repeat("600", 26)) + "] /FontDescriptor 7 0 R /ToUnicode 6 0 R >>",
            $"<< /Length {content.Length} >>\nstream\n{content}endstream",
            $"<< /Length {cmap.Length} >>\nstream\n{cmap}endstream",
            "<< /Type /FontDescriptor /FontName /FZFSK--GBK1-0 /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>",
        ];

        return MinimalPdf.Build(objects);
    }
}
