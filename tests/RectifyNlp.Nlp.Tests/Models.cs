using RectifyNlp.Nlp;
using RectifyNlp.Nlp.Segmentation;
using RectifyNlp.Tests;

namespace RectifyNlp.Nlp.Tests;

internal static class Models
{
    /// <summary>The repository's models/ and jieba's files beside the test assembly.</summary>
    public static readonly ModelPaths Paths = new(Path.Combine(RepositoryPaths.Root, "models"), Path.Combine(AppContext.BaseDirectory, "Resources"));

    public static Segmenter Default => Segmenter.Get(Paths, useDomainLexicon: false);

    public static Segmenter Domain => Segmenter.Get(Paths, useDomainLexicon: true);

    public static string Conformance(string name) => Path.Combine(RepositoryPaths.Root, "tests", "RectifyNlp.Nlp.Tests", "Conformance", name);

    /// <summary>The conformance input, line by line (the file ends with a newline).</summary>
    public static string[] Lines() => File.ReadAllText(Conformance("lines.txt")).Split('\n')[..^1];

    public static string Cut(Segmenter segmenter, string line) => string.Join(' ', segmenter.Tokenize(line).Select(t => t.Text(line)));
}
