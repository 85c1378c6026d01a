namespace RectifyNlp.Ingestion;

/// <summary>How scanned pages are read: poppler's pdftoppm renders them, Tesseract reads them.</summary>
public sealed record OcrOptions
{
    /// <summary>Tools from PATH, simplified Chinese, 300 dpi, two minutes a page.</summary>
    public static OcrOptions Default { get; } = new();

    /// <summary>pdftoppm's path, or its name to look up on PATH.</summary>
    public string PdftoppmPath { get; init; } = "pdftoppm";

    /// <summary>tesseract's path, or its name to look up on PATH.</summary>
    public string TesseractPath { get; init; } = "tesseract";

    /// <summary>Tesseract's language.</summary>
    public string Language { get; init; } = "chi_sim";

    /// <summary>Rendering resolution.</summary>
    public int Dpi { get; init; } = 300;

    /// <summary>The longest one tool may run on one page.</summary>
    public TimeSpan PageTimeout { get; init; } = TimeSpan.FromMinutes(2);
}
