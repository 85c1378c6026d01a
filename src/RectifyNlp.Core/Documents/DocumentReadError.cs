namespace RectifyNlp.Core.Documents;

/// <summary>Why a file could not be read.</summary>
public enum DocumentReadError
{
    /// <summary>The file does not exist or cannot be opened.</summary>
    NotFound,

    /// <summary>The file holds no bytes or no readable text.</summary>
    Empty,

    /// <summary>The file is larger than the configured limit.</summary>
    TooLarge,

    /// <summary>The content is of a type RectifyNlp does not read.</summary>
    Unsupported,

    /// <summary>The file is truncated or damaged.</summary>
    Corrupt,

    /// <summary>The file is protected by a password.</summary>
    Encrypted,

    /// <summary>An archive inside the file would inflate beyond the configured limit (a zip bomb).</summary>
    TooLargeWhenInflated,

    /// <summary>The content is nested deeper, or holds more elements or paragraphs, than the reader's limits.</summary>
    TooComplex,

    /// <summary>Pages have no text layer and the OCR tools are not installed or failed.</summary>
    OcrUnavailable,
}
