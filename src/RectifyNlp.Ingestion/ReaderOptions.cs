namespace RectifyNlp.Ingestion;

/// <summary>Limits and tools for reading files.</summary>
public sealed record ReaderOptions
{
    /// <summary>The defaults: 16 MB files, 64 MB inflated XML, nesting 256 deep, OCR tools from PATH.</summary>
    public static ReaderOptions Default { get; } = new();

    /// <summary>
    /// Files larger than this are refused before being read: 16 MB holds any text the readers accept (5,000,000
    /// characters are at most some 15 MB of UTF-8, 10 MB of GB18030 or UTF-16), and the analysis of a 16 MB report
    /// takes well under a minute of CPU (README: Limits, Benchmarks), inside every job time limit.
    /// </summary>
    public long MaxFileBytes { get; init; } = MaxFileMegabytes * 1024L * 1024;

    /// <summary>The default of <see cref="MaxFileBytes"/> in MB, also the service's upload limit (serve --max-upload-mb).</summary>
    public const int MaxFileMegabytes = 16;

    /// <summary>The most a Word file's XML parts may inflate to, together (zip-bomb guard).</summary>
    public long MaxInflatedBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The most entries a Word file's zip may hold.</summary>
    public int MaxZipEntries { get; init; } = 10_000;

    /// <summary>
    /// The deepest a Word file's XML or a web page's elements may nest. Real documents stay under 50; the readers
    /// walk the tree recursively, so this also bounds their stack.
    /// </summary>
    public int MaxNestingDepth { get; init; } = 256;

    /// <summary>The most elements a Word file's XML (all parts together) or a web page may hold: each costs memory once loaded.</summary>
    public int MaxElements { get; init; } = 500_000;

    /// <summary>The most paragraphs (and table rows) a Word file or a web page may hold: some 3,000 pages.</summary>
    public int MaxParagraphs { get; init; } = 100_000;

    /// <summary>The most characters of text a document may hold, some 2,500 pages: more than any report, and what analysis can take.</summary>
    public int MaxTextChars { get; init; } = 5_000_000;

    /// <summary>OCR for pages without a text layer.</summary>
    public OcrOptions Ocr { get; init; } = OcrOptions.Default;
}
