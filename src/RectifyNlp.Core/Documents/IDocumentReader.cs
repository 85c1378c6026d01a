namespace RectifyNlp.Core.Documents;

/// <summary>Reads a file into a <see cref="RawDocument"/>. Implementations are thread-safe.</summary>
public interface IDocumentReader
{
    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Stops the reading at its next element, paragraph or page (a deleted job, a time limit).</param>
    /// <exception cref="DocumentReadException">The file cannot be read; the message says why.</exception>
    /// <exception cref="OperationCanceledException">The reading was stopped.</exception>
    RawDocument Read(string path, CancellationToken cancellationToken = default);
}
