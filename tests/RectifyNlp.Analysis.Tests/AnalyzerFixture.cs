using RectifyNlp.Core;
using RectifyNlp.Core.Documents;
using RectifyNlp.Ingestion;
using RectifyNlp.Nlp;
using RectifyNlp.Tests;

namespace RectifyNlp.Analysis.Tests;

/// <summary>One analyser for all tests (it loads the models once), and helpers to make documents.</summary>
public sealed class AnalyzerFixture : IDisposable
{
    public static readonly ModelPaths Paths = new(Path.Combine(RepositoryPaths.Root, "models"), Path.Combine(AppContext.BaseDirectory, "Resources"));

    public Analyzer Analyzer { get; } = Analyzer.Load(Paths);

    public DocumentParser Parser { get; } = new(AutoDetectingDocumentReader.Default);

    /// <summary>A document from lines of text, as the .txt reader would give it.</summary>
    public ParsedDocument Text(string name, string text) =>
        Parser.Parse(new RawDocument(name, SourceFormat.Text, text.Trim().Split('\n').Select(l => new RawParagraph(l.Trim()))));

    public AnalysisResult Analyze(string? feedback, string report) =>
        Analyzer.Analyze(feedback is null ? null : Text("feedback.txt", feedback), Text("report.txt", report));

    public void Dispose() => Analyzer.Dispose();
}

[CollectionDefinition(Name)]
public sealed class AnalyzerGroup : ICollectionFixture<AnalyzerFixture>
{
    public const string Name = "analyzer";
}
