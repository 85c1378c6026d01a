using System.Diagnostics;
using System.Text;
using Xunit.Abstractions;
using RectifyNlp.Core.Documents;
using RectifyNlp.Tests;

namespace RectifyNlp.Ingestion.Tests;

/// <summary>
/// Issue 16's hostile files, read in process: each is refused with one typed error and a one-line Chinese reason,
/// or read with bounded output, within the acceptance bounds (60 s, 1 GB peak for the whole test process).
/// </summary>
public sealed class HostileInputTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan TimeBound = TimeSpan.FromSeconds(60);

    private const long MemoryBound = 1L << 30;

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("rectify-hostile-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Write(string name, string html) => Write(name, Encoding.UTF8.GetBytes(html));

    private T WithinBounds<T>(Func<T> read)
    {
        var clock = Stopwatch.StartNew();
        var result = read();
        var elapsed = clock.Elapsed;
        using var self = Process.GetCurrentProcess();
        output.WriteLine($"{elapsed.TotalSeconds:0.00} s, process peak {self.PeakWorkingSet64 / (1024 * 1024)} MB");
        Assert.InRange(elapsed, TimeSpan.Zero, TimeBound);
        Assert.InRange(self.PeakWorkingSet64, 0, MemoryBound);
        return result;
    }

    private DocumentReadException Refused(string path, DocumentReadError error, string reason)
    {
        var e = WithinBounds(() => Assert.Throws<DocumentReadException>(() => AutoDetectingDocumentReader.Default.Read(path)));
        Assert.Equal(error, e.Error);
        Assert.DoesNotContain('\n', e.Message);
        Assert.StartsWith(Path.GetFileName(path) + "：", e.Message, StringComparison.Ordinal);
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
        return e;
    }

    /// <summary>Damaged and hostile PDF and Word files, and what their refusal must say (the readers' libraries speak English).</summary>
    public static TheoryData<string, byte[], string> DamagedFiles => new()
    {
        { "嵌套数组.pdf", HostileFiles.NestedArraysPdf(), "PDF 文件" },
        { "结构损坏.pdf", Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"), "PDF 文件" },
        { "不是压缩包.docx", Encoding.ASCII.GetBytes("PK\u0003\u0004 this is not really a Word file, only its first four bytes are"), "Word" },
        { "缺少正文.docx", HostileFiles.Docx("<w:p/>").Select((b, i) => i is > 30 and < 60 ? (byte)0 : b).ToArray(), "Word" },
    };

    [Theory]
    [MemberData(nameof(DamagedFiles))]
    public void Damaged_pdf_and_word_files_are_refused_in_Chinese_without_the_library_s_English(string name, byte[] bytes, string what)
    {
        var e = Refused(Write(name, bytes), DocumentReadError.Corrupt, what);
        output.WriteLine(e.Message);
        // Latin letters only where the message names a format; the library's own text stays in the inner exception.
        var words = System.Text.RegularExpressions.Regex.Matches(e.Message, "[A-Za-z]{2,}").Select(m => m.Value);
        Assert.All(words, word => Assert.Contains(word, (string[])["PDF", "Word", "zip", "pdf", "docx"]));
        Assert.NotNull(e.InnerException);
    }

    [Fact]
    public void Docx_nesting_50000_content_controls_is_refused_not_a_stack_overflow() =>
        Refused(Write("deep.docx", HostileFiles.DeeplyNestedDocx()), DocumentReadError.TooComplex, "嵌套超过 256 层上限");

    [Fact]
    public void Docx_nested_just_within_the_limit_is_read()
    {
        var document = WithinBounds(() => AutoDetectingDocumentReader.Default.Read(Write("nested.docx", HostileFiles.DeeplyNestedDocx(120))));
        Assert.Equal("整改", Assert.Single(document.Paragraphs).Text);
    }

    [Fact]
    public void Numbering_from_two_billion_in_letters_gives_a_short_label()
    {
        var document = WithinBounds(() => AutoDetectingDocumentReader.Default.Read(Write("label.docx", HostileFiles.HugeNumberLabelDocx())));
        Assert.Equal("2000000000.问题", Assert.Single(document.Paragraphs).Text);
    }

    [Fact]
    public void Forty_megabytes_of_empty_paragraphs_is_refused_by_count() =>
        Refused(Write("flood.docx", HostileFiles.EmptyParagraphFloodDocx()), DocumentReadError.TooComplex, "段落超过 100,000 个上限");

    [Fact]
    public void Docx_with_a_dtd_is_refused() =>
        Refused(Write("xxe.docx", HostileFiles.ExternalEntityDocx()), DocumentReadError.Unsupported, "含有 DTD");

    [Fact]
    public void Docx_with_a_duplicate_entry_is_refused_with_the_name() =>
        Refused(Write("dup.docx", HostileFiles.DuplicateEntryDocx()), DocumentReadError.Corrupt, "重名条目“[Content_Types].xml”");

    [Fact]
    public void Docx_with_a_file_and_a_folder_of_one_name_is_refused() =>
        Refused(Write("clash.docx", HostileFiles.FileAndFolderDocx()), DocumentReadError.Corrupt, "“word/document.xml”既是文件又是文件夹");

    [Fact]
    public void Ninety_thousand_lines_each_like_a_ledgers_header_and_row_are_read_in_one_pass()
    {
        // Every line could open a ledger set out by spaces (its cells short, one of them 问题) and go on one: a reader that
        // looked again from each line would go over the file once per line.
        var lines = string.Join('\n', Enumerable.Range(0, 90_000).Select(n => $"{n % 9 + 1}  问题甲  措施乙  丙丁  戊己。"));
        var document = WithinBounds(() => AutoDetectingDocumentReader.Default.Read(Write("near-tables.txt", Encoding.UTF8.GetBytes(lines))));
        Assert.Equal(90_000, document.Paragraphs.Length);
    }

    [Fact]
    public void Page_of_100000_nested_divs_is_refused_quickly() =>
        Refused(Write("deep.html", HostileFiles.DeeplyNestedHtml()), DocumentReadError.TooComplex, "嵌套超过 256 层上限");

    [Fact]
    public void Page_nested_within_the_limit_is_read()
    {
        var document = WithinBounds(() => AutoDetectingDocumentReader.Default.Read(Write("nested.html", HostileFiles.DeeplyNestedHtml(200))));
        Assert.Contains(document.Paragraphs, p => p.Text == "整改工作正在推进，责任落实到人。");
    }

    [Fact]
    public void Page_with_entity_declarations_is_refused() =>
        Refused(Write("xxe.html", HostileFiles.ExternalEntityHtml()), DocumentReadError.Unsupported, "含有 DTD");

    [Fact]
    public void Text_past_the_character_limit_is_refused()
    {
        var options = ReaderOptions.Default with { MaxTextChars = 1000 };
        var path = RepositoryPaths.Sample("rectification-report.txt");
        var e = Assert.Throws<DocumentReadException>(() => new AutoDetectingDocumentReader(options).Read(path));
        Assert.Equal(DocumentReadError.TooLarge, e.Error);
        Assert.Contains("1,000 字上限", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Word_text_past_the_character_limit_is_refused_before_the_tree_is_built()
    {
        var options = ReaderOptions.Default with { MaxTextChars = 1000 };
        var path = Write("long.docx", HostileFiles.Docx($"<w:p><w:r><w:t>{new string('整', 1001)}</w:t></w:r></w:p>"));
        var e = Assert.Throws<DocumentReadException>(() => new AutoDetectingDocumentReader(options).Read(path));
        Assert.Equal(DocumentReadError.TooLarge, e.Error);
    }

    [Theory]
    [InlineData(25, "<w:p/>", "段落超过")]
    [InlineData(30, "<w:p><w:r/><w:r/></w:p>", "元素超过")]
    public void Element_and_paragraph_limits_are_enforced(int copies, string xml, string reason)
    {
        var options = ReaderOptions.Default with { MaxParagraphs = 20, MaxElements = 60 };
        var path = Write("many.docx", HostileFiles.Docx(string.Concat(Enumerable.Repeat(xml, copies)) + "<w:p><w:r><w:t>整改</w:t></w:r></w:p>"));
        Assert.NotNull(new AutoDetectingDocumentReader(options with { MaxParagraphs = 1000, MaxElements = 1000 }).Read(path));
        var e = Assert.Throws<DocumentReadException>(() => new AutoDetectingDocumentReader(options).Read(path));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }
}
