using RectifyNlp.Nlp.Lexicon;
using RectifyNlp.Nlp.Segmentation;
using static RectifyNlp.Nlp.Tests.Models;

namespace RectifyNlp.Nlp.Tests;

/// <summary>
/// Segmentation without the domain lexicon equals reference jieba token for token. Conformance/expected.txt
/// was written by Debian's python3-jieba 0.42.1 (Conformance/make-expected.py) from Conformance/lines.txt
/// (make-lines.py: the sentences and clauses of corpus/samples plus edge-lines.txt).
/// </summary>
public class ConformanceTests
{
    [Fact]
    public void Equals_python_jieba_on_every_line()
    {
        var lines = Lines();
        var expected = File.ReadAllText(Conformance("expected.txt")).Split('\n')[..^1];
        Assert.True(lines.Length >= 300, $"only {lines.Length} conformance lines");
        Assert.Equal(lines.Length, expected.Length);
        var mismatches = lines.Select((line, i) => (Line: i + 1, Expected: expected[i], Actual: Cut(Default, line)))
            .Where(x => x.Expected != x.Actual)
            .Select(x => $"line {x.Line}:\n  expected {x.Expected}\n  actual   {x.Actual}")
            .ToList();
        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches));
    }

    /// <summary>
    /// jieba.NET stays the reference: it agrees with python jieba on every line but those with characters
    /// outside the BMP (which jieba.NET splits into surrogate halves), and with the domain lexicon added to
    /// both it agrees with the span-based segmenter. One test, because jieba.NET's dictionary is process-wide:
    /// it must be compared without the lexicon before the lexicon is added.
    /// </summary>
    [Fact]
    public void Agrees_with_jieba_net_with_and_without_the_lexicon()
    {
        var lines = Lines();
        var expected = File.ReadAllText(Conformance("expected.txt")).Split('\n')[..^1];
        var bmp = Enumerable.Range(0, lines.Length).Where(i => !lines[i].Any(char.IsSurrogate)).ToList();
        Assert.True(bmp.Count >= lines.Length - 2);

        var reference = JiebaNetReference.Get([]);
        foreach (var i in bmp)
        {
            Assert.Equal(expected[i], string.Join(' ', reference.Cut(lines[i])));
        }

        var lexicon = LexiconFile.Load(Paths.DomainLexicon).Entries;
        reference = JiebaNetReference.Extend(lexicon);
        var texts = bmp.Select(i => lines[i]).Concat(SampleLines()).ToList();
        foreach (var line in texts)
        {
            Assert.Equal(string.Join(' ', reference.Cut(line)), Cut(Domain, line));
        }
    }

    private static IEnumerable<string> SampleLines() =>
        Directory.EnumerateFiles(Path.Combine(RectifyNlp.Tests.RepositoryPaths.Root, "corpus", "samples"), "*.txt")
            .Order(StringComparer.Ordinal)
            .SelectMany(File.ReadAllLines)
            .Where(l => l.Length > 0);
}
