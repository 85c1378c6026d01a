using System.Globalization;
using System.Text;
using System.Text.Json;
using RectifyNlp.Analysis.Gaps;
using RectifyNlp.Benchmarks;
using RectifyNlp.Core.Documents;
using RectifyNlp.Tests;

namespace RectifyNlp.Analysis.Tests;

/// <summary>
/// The analysis made linear in the report (issue 20) finds what it found before: the repeated-measure rule's pairs
/// against the pairwise comparison it replaced, the report reader's lookups against a scan, and a 4 MB report (the
/// size-sweep benchmark's, README: Benchmarks) against the gaps the analysis gave it before the change.
/// </summary>
[Collection(AnalyzerGroup.Name)]
public sealed class LinearCostTests(AnalyzerFixture fixture)
{
    [Fact]
    public void Same_text_pairs_are_those_the_pairwise_comparison_of_candidates_finds()
    {
        // Real measure-like texts, and near copies of some of them: a character changed, a clause added, a figure changed.
        var texts = Passages().ToList();
        var copies = new List<string>();
        for (var n = 0; n < texts.Count; n += 7)
        {
            var text = texts[n];
            copies.Add(text[..(text.Length / 2)] + "有" + text[((text.Length / 2) + 1)..]);
            copies.Add(text + "已完成。");
            copies.Add(text.Replace('2', '5'));
        }

        texts.AddRange(copies);
        var sets = texts.Select(t => (IReadOnlySet<int>)TextSimilarity.Bigrams(t)).ToList();

        var pairs = RepeatedMeasureRule.SameTextPairs(sets);

        Assert.Equal(Pairwise(sets), pairs);
        Assert.True(pairs.Count > 300, $"{pairs.Count} pairs");
    }

    [Fact]
    public void Span_lookup_answers_as_a_scan_of_the_spans_does()
    {
        var report = fixture.Parser.Parse(Path.Combine(RepositoryPaths.Root, "corpus", "pairs", "2024-1", "justice", "report.txt"));
        var parts = report.Structure.AllSections.Select(s => s.Span).ToList();
        var disjoint = report.Structure.Sections.Select(s => s.Span).ToList();
        var paragraphs = report.Text.Paragraphs.Select(p => p.Span).ToList();
        Assert.True(disjoint.Count >= 3 && parts.Count > disjoint.Count, $"{disjoint.Count} top sections, {parts.Count} sections");

        // Nested spans (every section) take the scan; top-level ones, which do not overlap, the binary search.
        foreach (var spans in new List<TextSpan>[] { parts, disjoint, paragraphs, [], [new TextSpan(5, 5), new TextSpan(0, 40), new TextSpan(40, 41)] })
        {
            var lookup = new SpanLookup(spans);
            var queries = paragraphs.Concat(parts).Append(new TextSpan(0, 1)).Append(new TextSpan(40, 40)).Append(new TextSpan(report.Text.Text.Length, report.Text.Text.Length + 1));
            foreach (var query in queries)
            {
                Assert.Equal(spans.FindIndex(s => s.Contains(query)), lookup.FirstContaining(query));
                Assert.Equal(spans.Any(s => s.Contains(query.Start)), lookup.AnyContains(query.Start));
            }
        }
    }

    [Fact]
    public void A_4_MB_report_is_analysed_with_the_gaps_it_had_before()
    {
        var folder = GrowingPair.Write(Path.Combine(Path.GetTempPath(), $"rectify-4mb-{Environment.ProcessId}"), 4096 * 1024);
        try
        {
            var result = fixture.Analyzer.Analyze(fixture.Parser.Parse(Path.Combine(folder, "feedback.txt")), fixture.Parser.Parse(Path.Combine(folder, "report.txt")));
            var actual = new StringBuilder()
                .Append(CultureInfo.InvariantCulture, $"problems {result.Issues.Length}\nmeasures {result.Measures.Length}\n")
                .Append(CultureInfo.InvariantCulture, $"linked measures {result.Measures.Count(m => m.IssueIds.Any())}\ngaps\n");
            foreach (var gap in result.Gaps)
            {
                actual.Append(CultureInfo.InvariantCulture, $"{gap.Kind} {gap.IssueId ?? "-"} {gap.MeasureId ?? "-"} {gap.Severity}\n");
            }

            // Written from the analysis as it stood before issue 20 (rectify analyze --json); RECTIFY_UPDATE_GOLDEN=1 rewrites it.
            var path = Path.Combine(RepositoryPaths.Root, "tests", "RectifyNlp.Analysis.Tests", "Expected", "large", "report-4mb.txt");
            if (Environment.GetEnvironmentVariable("RECTIFY_UPDATE_GOLDEN") == "1")
            {
                File.WriteAllText(path, actual.ToString(), new UTF8Encoding(false));
            }

            Assert.Equal(File.ReadAllText(path), actual.ToString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // The comparison the rule made before: every pair sharing a prefix bigram, compared in full.
    private static List<(int A, int B)> Pairwise(List<IReadOnlySet<int>> sets)
    {
        var frequency = new Dictionary<int, int>();
        foreach (var bigram in sets.SelectMany(s => s))
        {
            frequency[bigram] = frequency.GetValueOrDefault(bigram) + 1;
        }

        var prefixes = sets.Select(s => s.OrderBy(b => frequency[b]).ThenBy(b => b).Take(s.Count - (int)Math.Ceiling(0.74 * s.Count) + 1).ToList()).ToList();
        var postings = new Dictionary<int, List<int>>();
        for (var i = 0; i < sets.Count; i++)
        {
            foreach (var bigram in prefixes[i])
            {
                if (!postings.TryGetValue(bigram, out var list))
                {
                    postings[bigram] = list = [];
                }

                list.Add(i);
            }
        }

        var pairs = new List<(int A, int B)>();
        for (var a = 0; a < sets.Count; a++)
        {
            foreach (var b in prefixes[a].SelectMany(p => postings[p]).Where(b => b > a).Distinct().Order())
            {
                if (TextSimilarity.Dice(sets[a], sets[b]) >= RepeatedMeasureRule.SameText)
                {
                    pairs.Add((a, b));
                }
            }
        }

        return pairs;
    }

    private static IEnumerable<string> Passages() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "corpus", "passages"), "*.jsonl")
            .Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines)
            .Where(l => l.Length > 0)
            .Select(TextOf)
            .Where(t => t.Length >= 10);

    private static string TextOf(string line)
    {
        using var json = JsonDocument.Parse(line);
        return json.RootElement.GetProperty("text").GetString()!;
    }
}
