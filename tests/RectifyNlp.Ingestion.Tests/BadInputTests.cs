using System.IO.Compression;
using System.Text;
using RectifyNlp.Core.Documents;
using RectifyNlp.Tests;

namespace RectifyNlp.Ingestion.Tests;

/// <summary>Every kind of bad input fails with one typed error and a one-line message, and nothing else.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("rectify-bad-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static DocumentReadException Fails(string path, DocumentReadError error, ReaderOptions? options = null)
    {
        var e = Assert.Throws<DocumentReadException>(() => new AutoDetectingDocumentReader(options).Read(path));
        Assert.Equal(error, e.Error);
        Assert.DoesNotContain('\n', e.Message);
        Assert.StartsWith(Path.GetFileName(path), e.Message, StringComparison.Ordinal);
        return e;
    }

    private static byte[] FixtureBytes(string name) => File.ReadAllBytes(RepositoryPaths.Fixture(name));

    [Fact]
    public void Empty_file() => Fails(Write("empty.txt", []), DocumentReadError.Empty);

    [Fact]
    public void Whitespace_only_file() => Fails(Write("blank.txt", Encoding.UTF8.GetBytes(" \r\n\u3000\n")), DocumentReadError.Empty);

    [Fact]
    public void Random_bytes_named_txt()
    {
        var bytes = new byte[8192];
        new Random(7).NextBytes(bytes);
        Fails(Write("random.txt", bytes), DocumentReadError.Unsupported);
    }

    [Fact]
    public void Truncated_pdf()
    {
        var pdf = FixtureBytes("feedback-opinion.pdf");
        Fails(Write("truncated.pdf", pdf[..(pdf.Length / 2)]), DocumentReadError.Corrupt);
    }

    [Fact]
    public void Corrupt_pdf()
    {
        var pdf = FixtureBytes("feedback-opinion.pdf");
        var damaged = (byte[])pdf.Clone();
        new Random(11).NextBytes(damaged.AsSpan(200, pdf.Length - 400));
        Fails(Write("damaged.pdf", damaged), DocumentReadError.Corrupt);
    }

    [Fact]
    public void Truncated_docx()
    {
        var docx = FixtureBytes("feedback-opinion.docx");
        Fails(Write("truncated.docx", docx[..(docx.Length * 2 / 3)]), DocumentReadError.Corrupt);
    }

    [Fact]
    public void Docx_whose_document_part_is_not_xml()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write("<w:document><w:body><w:p>未闭合");
        }

        Fails(Write("broken.docx", buffer.ToArray()), DocumentReadError.Corrupt);
    }

    [Fact]
    public void Password_protected_pdf()
    {
        var e = Fails(RepositoryPaths.Fixture("password-protected.pdf"), DocumentReadError.Encrypted);
        Assert.Contains("密码", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Zip_bomb_docx_is_refused_without_inflating_it()
    {
        var e = Fails(RepositoryPaths.Fixture("zip-bomb.docx"), DocumentReadError.TooLargeWhenInflated);
        Assert.Contains("压缩炸弹", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Zip_whose_headers_understate_its_size_is_stopped_at_the_limit()
    {
        // The guard counts what it inflates, so a header cannot talk it past the limit.
        var options = ReaderOptions.Default with { MaxInflatedBytes = 64 * 1024 };
        Fails(RepositoryPaths.Fixture("feedback-opinion.docx"), DocumentReadError.TooLargeWhenInflated, options with { MaxInflatedBytes = 1024 });
        Assert.NotNull(new AutoDetectingDocumentReader(options).Read(RepositoryPaths.Fixture("feedback-opinion.docx")));
    }

    [Fact]
    public void File_over_the_size_limit()
    {
        var options = ReaderOptions.Default with { MaxFileBytes = 1024 };
        var e = Fails(RepositoryPaths.Sample("rectification-report.txt"), DocumentReadError.TooLarge, options);
        Assert.Contains("上限", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_size_limit_is_sixteen_megabytes()
    {
        var path = Path.Combine(_folder.FullName, "huge.txt");
        using (var file = File.Create(path))
        {
            file.SetLength((16L * 1024 * 1024) + 1);
        }

        var e = Fails(path, DocumentReadError.TooLarge);
        Assert.Equal("huge.txt：文件大小 16.1 MB，超过 16 MB 上限", e.Message);
    }

    [Theory]
    [InlineData("scan.pdf", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 })]
    [InlineData("notes.txt", new byte[] { (byte)'{', (byte)'\\', (byte)'r', (byte)'t', (byte)'f', (byte)'1', (byte)' ' })]
    [InlineData("legacy.doc", new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0 })]
    public void Unsupported_types_are_named(string name, byte[] bytes)
    {
        Fails(Write(name, bytes), DocumentReadError.Unsupported);
    }

    [Fact]
    public void Excel_workbook_named_docx_is_unsupported()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml");
            zip.CreateEntry("xl/workbook.xml");
        }

        var e = Fails(Write("ledger.docx", buffer.ToArray()), DocumentReadError.Unsupported);
        Assert.Contains("Excel", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Encrypted_office_package_is_reported_as_encrypted()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[64], .. Encoding.Unicode.GetBytes("EncryptedPackage")];
        Fails(Write("secret.docx", ole), DocumentReadError.Encrypted);
    }

    [Fact]
    public void Symbolic_links_are_not_followed()
    {
        var link = Path.Combine(_folder.FullName, "link.txt");
        File.CreateSymbolicLink(link, RepositoryPaths.Sample("feedback-speech.txt"));
        Fails(link, DocumentReadError.Unsupported);
    }

    [Fact]
    public void Missing_file() => Fails(Path.Combine(_folder.FullName, "missing.txt"), DocumentReadError.NotFound);
}
