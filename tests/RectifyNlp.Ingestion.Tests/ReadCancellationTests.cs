using System.Text;
using RectifyNlp.Core;
using RectifyNlp.Tests;

namespace RectifyNlp.Ingestion.Tests;

/// <summary>
/// A stopped job (deleted, past its limit, over its memory budget, shutting down) stops its reading: every reader
/// checks the token inside its work, and the parser between its stages, so no format reads on to its end.
/// </summary>
public sealed class ReadCancellationTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("rectify-cancel-");

    public void Dispose() => _folder.Delete(recursive: true);

    public static TheoryData<string> Files => new()
    {
        RepositoryPaths.Fixture("rectification-report.docx"),
        RepositoryPaths.Fixture("rectification-report.pdf"),
        RepositoryPaths.Fixture("rectification-report.gb18030.txt"),
        RepositoryPaths.Sample("rectification-report.txt"),
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void A_stopped_read_ends_with_cancellation_not_with_a_document(string path)
    {
        using var stop = new CancellationTokenSource();
        stop.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => AutoDetectingDocumentReader.Default.Read(path, stop.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => new DocumentParser(AutoDetectingDocumentReader.Default).Parse(path, stop.Token));

        // The same file is read whole when nothing stops it.
        Assert.NotEmpty(AutoDetectingDocumentReader.Default.Read(path, CancellationToken.None).Paragraphs);
    }

    [Fact]
    public void A_stopped_read_of_a_web_page_ends_with_cancellation()
    {
        var path = Path.Combine(_folder.FullName, "page.html");
        File.WriteAllText(path, "<html><body>" + string.Concat(Enumerable.Repeat("<div><p>整改工作正在推进，责任落实到人。</p></div>", 2000)) + "</body></html>", Encoding.UTF8);
        using var stop = new CancellationTokenSource();
        stop.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => AutoDetectingDocumentReader.Default.Read(path, stop.Token));
        Assert.NotEmpty(AutoDetectingDocumentReader.Default.Read(path).Paragraphs);
    }
}
