using RectifyNlp.Core;
using RectifyNlp.Tests;

namespace RectifyNlp.Ingestion.Tests;

internal static class Parsing
{
    public static readonly DocumentParser Parser = new(AutoDetectingDocumentReader.Default);

    public static ParsedDocument Sample(string name) => Parser.Parse(RepositoryPaths.Sample(name));

    public static ParsedDocument Fixture(string name) => Parser.Parse(RepositoryPaths.Fixture(name));

    /// <summary>Sections as "level marker heading", depth first.</summary>
    public static string[] Outline(ParsedDocument document) =>
        [.. document.Structure.AllSections.Select(s => $"{s.Level} {s.Marker}{s.Heading}")];

    public static string[] TopLevel(ParsedDocument document) =>
        [.. document.Structure.Sections.Select(s => $"{s.Marker}{s.Heading}")];
}
