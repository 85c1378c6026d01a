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
    /// <exception cref="DocumentReadException">The file cannot be read, or holds no text.</exception>
    public ParsedDocument Parse(string path) => Parse(_reader.Read(path));

    /// <summary>Parses a document a reader has already produced.</summary>
    /// <exception cref="DocumentReadException">The document holds no text.</exception>
    public ParsedDocument Parse(RawDocument raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var text = _normalizer.Normalize(raw);
        if (text.Text.Length == 0)
        {
            throw new DocumentReadException(DocumentReadError.Empty, $"{raw.SourceName}：文件中没有可读的文字");
        }

        return new ParsedDocument(raw, text, _structure.Parse(text));
    }
}
