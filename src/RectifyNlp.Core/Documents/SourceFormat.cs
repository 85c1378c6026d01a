namespace RectifyNlp.Core.Documents;

/// <summary>The file format a document was read from, decided by its content.</summary>
public enum SourceFormat
{
    /// <summary>Plain text in any common Chinese encoding.</summary>
    Text,

    /// <summary>Office Open XML word-processing document (.docx).</summary>
    Word,

    /// <summary>PDF, from its text layer or through OCR.</summary>
    Pdf,

    /// <summary>An HTML page (a published notice).</summary>
    Html,
}
