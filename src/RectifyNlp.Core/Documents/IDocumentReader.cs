namespace RectifyNlp.Core.Documents;

/// <summary>Reads a file into a <see cref="RawDocument"/>. Implementations are thread-safe.</summary>
public interface IDocumentReader
{
    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <exception cref="DocumentReadException">The file cannot be read; the message says why.</exception>
    RawDocument Read(string path);
}
