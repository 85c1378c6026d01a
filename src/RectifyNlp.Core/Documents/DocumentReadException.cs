namespace RectifyNlp.Core.Documents;

/// <summary>
/// The one exception the reading boundary throws for input it cannot read. Its message is a single
/// line in Chinese that an inspector can act on.
/// </summary>
public sealed class DocumentReadException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DocumentReadException(DocumentReadError error, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Error = error;
    }

    /// <summary>Creates an exception with a generic reason.</summary>
    public DocumentReadException()
        : this(DocumentReadError.Corrupt, "文件无法读取")
    {
    }

    /// <summary>Creates an exception with a generic reason.</summary>
    public DocumentReadException(string message)
        : this(DocumentReadError.Corrupt, message)
    {
    }

    /// <summary>Creates an exception with a generic reason.</summary>
    public DocumentReadException(string message, Exception innerException)
        : this(DocumentReadError.Corrupt, message, innerException)
    {
    }

    /// <summary>Why the file could not be read.</summary>
    public DocumentReadError Error { get; }
}
