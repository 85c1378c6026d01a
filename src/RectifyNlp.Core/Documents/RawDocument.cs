using System.Collections.Immutable;

namespace RectifyNlp.Core.Documents;

/// <summary>
/// A document as a reader recovered it: its paragraphs in reading order, before normalisation.
/// <see cref="Text"/> joins the paragraphs with <c>'\n'</c>; original offsets are offsets into it.
/// </summary>
public sealed record RawDocument
{
    /// <summary>Creates a document from paragraphs in reading order.</summary>
    public RawDocument(string sourceName, SourceFormat format, IEnumerable<RawParagraph> paragraphs, IEnumerable<string>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        SourceName = sourceName;
        Format = format;
        Paragraphs = [.. paragraphs];
        Notes = notes is null ? [] : [.. notes];

        var starts = ImmutableArray.CreateBuilder<int>(Paragraphs.Length);
        var offset = 0;
        foreach (var paragraph in Paragraphs)
        {
            starts.Add(offset);
            offset += paragraph.Text.Length + 1;
        }

        ParagraphStarts = starts.MoveToImmutable();
        Text = string.Join('\n', Paragraphs.Select(p => p.Text));
    }

    /// <summary>The file name the document came from (for messages only).</summary>
    public string SourceName { get; }

    /// <summary>The format the content was recognised as.</summary>
    public SourceFormat Format { get; }

    /// <summary>The paragraphs in reading order.</summary>
    public ImmutableArray<RawParagraph> Paragraphs { get; }

    /// <summary>The offset in <see cref="Text"/> where each paragraph starts.</summary>
    public ImmutableArray<int> ParagraphStarts { get; }

    /// <summary>The paragraphs joined with <c>'\n'</c>: the text original offsets refer to.</summary>
    public string Text { get; }

    /// <summary>What the reader noticed and did on the way (encoding detected, pages sent to OCR …).</summary>
    public ImmutableArray<string> Notes { get; }
}
