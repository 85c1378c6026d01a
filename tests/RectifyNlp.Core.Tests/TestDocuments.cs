using RectifyNlp.Core.Documents;
using RectifyNlp.Core.Normalization;
using RectifyNlp.Core.Structure;

namespace RectifyNlp.Core.Tests;

internal static class TestDocuments
{
    public static RawDocument Raw(params string[] paragraphs) =>
        new("test.txt", SourceFormat.Text, paragraphs.Select(p => new RawParagraph(p)));

    public static NormalizedText Normalize(params string[] paragraphs) => TextNormalizer.Instance.Normalize(Raw(paragraphs));

    public static (NormalizedText Text, DocumentStructure Structure) Parse(params string[] paragraphs)
    {
        var text = Normalize(paragraphs);
        return (text, StructureParser.Instance.Parse(text));
    }

    /// <summary>Sections as "level marker heading" lines, depth first, for readable assertions.</summary>
    public static string[] Outline(DocumentStructure structure) =>
        [.. structure.AllSections.Select(s => $"{s.Level} {s.Marker}{s.Heading}")];
}
