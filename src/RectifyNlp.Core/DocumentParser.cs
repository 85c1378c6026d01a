using RectifyNlp.Core.Documents;
using RectifyNlp.Core.Normalization;
using RectifyNlp.Core.Structure;

namespace RectifyNlp.Core;

/// <summary>
/// The front door of the first three stages: read → normalise → structure. Immutable and thread-safe;
/// build one and share it.
/// </summary>
public sealed class DocumentParser
{
    private readonly IDocumentReader _reader;
    private readonly ITextNormalizer _normalizer;
    private readonly IStructureParser _structure;

    /// <summary>Creates a parser over <paramref name="reader"/> with the default later stages unless given.</summary>
    public DocumentParser(IDocumentReader reader, ITextNormalizer? normalizer = null, IStructureParser? structure = null)
    {
        _reader = reader ?? throw new ArgumentNullException(nameof(reader));
        _normalizer = normalizer ?? TextNormalizer.Instance;
        _structure = structure ?? StructureParser.Instance;
    }

    /// <summary>Reads and parses the file at <paramref name="path"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Stops the work inside the reader and between the stages.</param>
    /// <exception cref="DocumentReadException">The file cannot be read, or holds no text.</exception>
    /// <exception cref="OperationCanceledException">The work was stopped.</exception>
    public ParsedDocument Parse(string path, CancellationToken cancellationToken = default) => Parse(_reader.Read(path, cancellationToken), cancellationToken);

    /// <summary>Parses a document a reader has already produced.</summary>
    /// <param name="raw">The document as read.</param>
    /// <param name="cancellationToken">Checked between the stages (each is linear in the text).</param>
    /// <exception cref="DocumentReadException">The document holds no text.</exception>
    /// <exception cref="OperationCanceledException">The work was stopped.</exception>
    public ParsedDocument Parse(RawDocument raw, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(raw);
        cancellationToken.ThrowIfCancellationRequested();
        var text = _normalizer.Normalize(raw);
        if (text.Text.Length == 0)
        {
            throw new DocumentReadException(DocumentReadError.Empty, $"{raw.SourceName}：文件中没有可读的文字");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var structure = _structure.Parse(text);
        cancellationToken.ThrowIfCancellationRequested();
        return new ParsedDocument(raw, text, structure);
    }
}
