using System.IO.Compression;
using System.Text;

namespace RectifyNlp.Tests;

/// <summary>
/// The hostile inputs of issue 16, built small in the test: Word files as minimal zips, web pages as strings.
/// Each is a few kilobytes on disk and was, before the readers were bounded, a crash or gigabytes of memory.
/// </summary>
internal static class HostileFiles
{
    private const string W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    private const string ContentTypes =
        """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>""";

    private const string PackageRels =
        """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""";

    private const string DocumentRels =
        """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>""";

    /// <summary>document.xml nesting <paramref name="depth"/> content controls around one paragraph (6 KB zipped).</summary>
    public static byte[] DeeplyNestedDocx(int depth = 50_000) =>
        Docx(Repeat("<w:sdt><w:sdtContent>", depth) + "<w:p><w:r><w:t>整改</w:t></w:r></w:p>" + Repeat("</w:sdtContent></w:sdt>", depth));

    /// <summary>One paragraph numbered from 2,000,000,000 in capital letters: a 77 MB label when rendered as Word would.</summary>
    public static byte[] HugeNumberLabelDocx() => Docx(
        """<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>问题</w:t></w:r></w:p>""",
        """<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="2000000000"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>""");

    /// <summary>About <paramref name="megabytes"/> MB of empty paragraphs (<c>&lt;w:p/&gt;</c>), some 61 KB zipped for 40 MB.</summary>
    public static byte[] EmptyParagraphFloodDocx(int megabytes = 40) =>
        Zip([("[Content_Types].xml", ContentTypes), ("_rels/.rels", PackageRels), ("word/document.xml", null)], megabytes);

    /// <summary>A Word file whose document part declares an external entity (XXE).</summary>
    public static byte[] ExternalEntityDocx() =>
        Docx("<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>", prolog: "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>");

    /// <summary>A Word file with [Content_Types].xml twice.</summary>
    public static byte[] DuplicateEntryDocx() =>
        Zip(("[Content_Types].xml", ContentTypes), ("[Content_Types].xml", ContentTypes), ("_rels/.rels", PackageRels), ("word/document.xml", Document("<w:p><w:r><w:t>整改</w:t></w:r></w:p>")));

    /// <summary>A Word file where word/document.xml is both a part and a folder.</summary>
    public static byte[] FileAndFolderDocx() =>
        Zip(("[Content_Types].xml", ContentTypes), ("_rels/.rels", PackageRels), ("word/document.xml", Document("<w:p><w:r><w:t>整改</w:t></w:r></w:p>")), ("word/document.xml/item.xml", "<x/>"));

    /// <summary>A page of <paramref name="depth"/> nested div elements around one line (1.1 MB for 100,000).</summary>
    public static string DeeplyNestedHtml(int depth = 100_000) =>
        "<html><body>" + Repeat("<div>", depth) + "整改工作正在推进，责任落实到人。" + Repeat("</div>", depth) + "</body></html>";

    /// <summary>A page whose DOCTYPE declares an external entity.</summary>
    public static string ExternalEntityHtml() =>
        "<!DOCTYPE html [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><html><body><p>&xxe;整改工作正在推进，责任落实到人。</p></body></html>";

    /// <summary>The hostile files by the names the suites give them (deep.docx, label.docx, flood.docx, xxe.docx, dup.docx, clash.docx, deep.html, xxe.html, long.txt, big.txt).</summary>
    public static byte[] Named(string name) => name switch
    {
        "deep.docx" => DeeplyNestedDocx(),
        "label.docx" => HugeNumberLabelDocx(),
        "flood.docx" => EmptyParagraphFloodDocx(),
        "xxe.docx" => ExternalEntityDocx(),
        "dup.docx" => DuplicateEntryDocx(),
        "clash.docx" => FileAndFolderDocx(),
        "deep.html" => Encoding.UTF8.GetBytes(DeeplyNestedHtml()),
        "xxe.html" => Encoding.UTF8.GetBytes(ExternalEntityHtml()),
        "long.txt" => LongText(),
        "big.txt" => LongText(megabytes: 17),
        _ => throw new ArgumentException($"no hostile file named {name}", nameof(name)),
    };

    /// <summary>
    /// A one-page PDF whose page dictionary holds arrays nested <paramref name="depth"/> deep (a few hundred KB), its
    /// cross-reference table right, so that the parser reaches them.
    /// </summary>
    public static byte[] NestedArraysPdf(int depth = 50_000)
    {
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> /Nested " + Repeat("[", depth) + Repeat("]", depth) + " >>",
            "<< /Length 0 >>\nstream\n\nendstream",
        ];
        return MinimalPdf.Build(objects);
    }

    /// <summary>
    /// The sample report repeated to about <paramref name="megabytes"/> MB: 15 MB is under the 16 MB file and upload
    /// limit and past the 5,000,000 characters the readers accept (5.5 million).
    /// </summary>
    public static byte[] LongText(int megabytes = 15)
    {
        var report = File.ReadAllBytes(RepositoryPaths.Sample("rectification-report.txt"));
        using var text = new MemoryStream();
        while (text.Length + report.Length <= megabytes * 1024L * 1024)
        {
            text.Write(report);
        }

        return text.ToArray();
    }

    /// <summary>A minimal Word file with <paramref name="body"/> and, when given, a numbering part.</summary>
    public static byte[] Docx(string body, string? numbering = null, string prolog = "")
    {
        List<(string, string?)> parts = [("[Content_Types].xml", ContentTypes), ("_rels/.rels", PackageRels), ("word/document.xml", Document(body, prolog))];
        if (numbering is not null)
        {
            parts.Add(("word/_rels/document.xml.rels", DocumentRels));
            parts.Add(("word/numbering.xml", $"<w:numbering {W}>{numbering}</w:numbering>"));
        }

        return Zip([.. parts]);
    }

    private static string Document(string body, string prolog = "") =>
        $"""<?xml version="1.0" encoding="UTF-8"?>{prolog}<w:document {W}><w:body>{body}</w:body></w:document>""";

    private static string Repeat(string s, int count) => new StringBuilder(s.Length * count).Insert(0, s, count).ToString();

    private static byte[] Zip(params (string Name, string? Content)[] entries) => Zip(entries, 0);

    // An entry without content is a document part streamed full of empty paragraphs, `flood` MB of them.
    private static byte[] Zip((string Name, string? Content)[] entries, int flood)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
                if (content is not null)
                {
                    writer.Write(content);
                    continue;
                }

                writer.Write($"""<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>""");
                var chunk = Repeat("<w:p/>", 1024 * 1024 / 6);
                for (var i = 0; i < flood; i++)
                {
                    writer.Write(chunk);
                }

                writer.Write("</w:body></w:document>");
            }
        }

        return buffer.ToArray();
    }
}
