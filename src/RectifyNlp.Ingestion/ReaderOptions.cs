namespace RectifyNlp.Ingestion;

/// <summary>Limits and tools for reading files.</summary>
public sealed record ReaderOptions
{
    /// <summary>The defaults: 50 MB files, 256 MB inflated XML, OCR tools from PATH.</summary>
    public static ReaderOptions Default { get; } = new();

    /// <summary>Files larger than this are refused before being read.</summary>
    public long MaxFileBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>The most a Word file's XML parts may inflate to, together (zip-bomb guard).</summary>
    public long MaxInflatedBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>The most entries a Word file's zip may hold.</summary>
    public int MaxZipEntries { get; init; } = 10_000;

    /// <summary>OCR for pages without a text layer.</summary>
    public OcrOptions Ocr { get; init; } = OcrOptions.Default;
}
