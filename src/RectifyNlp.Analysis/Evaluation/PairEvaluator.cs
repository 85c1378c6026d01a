using System.Collections.Immutable;
using RectifyNlp.Nlp.Classification;

namespace RectifyNlp.Analysis.Evaluation;

/// <summary>Hits and totals of one measure of quality.</summary>
public readonly record struct Ratio(int Hits, int Total)
{
    /// <summary>Hits / total; 1 when there is nothing to count.</summary>
    public double Value => Total == 0 ? 1 : Hits / (double)Total;

    /// <summary>Adds two ratios.</summary>
    public static Ratio operator +(Ratio a, Ratio b) => new(a.Hits + b.Hits, a.Total + b.Total);

    /// <summary>Adds two ratios.</summary>
    public static Ratio Add(Ratio a, Ratio b) => a + b;
}

/// <summary>How one analysis did against its gold pair.</summary>
/// <param name="Pair">The pair id.</param>
/// <param name="ProblemPrecision">Extracted problems that are gold problems.</param>
/// <param name="ProblemRecall">Gold problems extracted.</param>
/// <param name="Matching">Gold measures whose predicted measure answers (only) gold problems it answers.</param>
/// <param name="GapPrecision">Per kind: reported gaps that are required, of those that are required or forbidden.</param>
/// <param name="GapRecall">Per kind: required gaps reported.</param>
/// <param name="Mistakes">What went wrong, for reading.</param>
public sealed record PairScore(
    string Pair,
    Ratio ProblemPrecision,
    Ratio ProblemRecall,
    Ratio Matching,
    ImmutableDictionary<string, Ratio> GapPrecision,
    ImmutableDictionary<string, Ratio> GapRecall,
    ImmutableArray<string> Mistakes);

/// <summary>
/// Scores analyses against the corpus's gold pairs. Problems match gold problems one to one by character
/// overlap; a gold measure is matched right when the predicted measure holding its text answers gold
/// problems the gold measure answers, and none other; a reported gap counts for precision when gold
/// requires it (right) or forbids its kind in the pair (wrong), and is left out when gold leaves it to
/// judgement (corpus/README.md).
/// </summary>
public static class PairEvaluator
{
    /// <summary>The pairs of a split part (by pair id, the same split as the classifiers).</summary>
    public static IEnumerable<GoldPair> Part(IEnumerable<GoldPair> pairs, SplitPart? part) =>
        part is null ? pairs : pairs.Where(p => CorpusSplit.Of(p.Pair) == part);

    /// <summary>Scores one analysis.</summary>
    public static PairScore Score(GoldPair gold, AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(result);
        var mistakes = new List<string>();

        // Problems, one to one, best overlap first.
        var candidates = new List<(Issue Issue, GoldProblem Gold, double Score)>();
        foreach (var issue in result.Issues)
        {
            foreach (var problem in gold.Problems)
            {
                var score = Math.Max(TextSimilarity.BigramDice(issue.Text, problem.Text), Math.Min(TextSimilarity.BigramContainment(issue.Text, problem.Text), TextSimilarity.BigramContainment(problem.Text, issue.Text)));
                if (score >= 0.6)
                {
                    candidates.Add((issue, problem, score));
                }
            }
        }

        var issueToGold = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (issue, problem, _) in candidates.OrderByDescending(c => c.Score))
        {
            if (!issueToGold.ContainsKey(issue.Id) && !issueToGold.ContainsValue(problem.Id))
            {
                issueToGold[issue.Id] = problem.Id;
            }
        }

        foreach (var issue in result.Issues.Where(i => !issueToGold.ContainsKey(i.Id)))
        {
            mistakes.Add($"{gold.Pair}: extra problem {issue.Id} “{Short(issue.Text)}”");
        }

        foreach (var problem in gold.Problems.Where(p => !issueToGold.ContainsValue(p.Id)))
        {
            mistakes.Add($"{gold.Pair}: missed problem {problem.Id} “{Short(problem.Text)}”");
        }

        // Matching: each gold measure to the unused predicted measure that holds most of its text.
        var used = new HashSet<string>(StringComparer.Ordinal);
        var matchingHits = 0;
        foreach (var measure in gold.Measures)
        {
            var best = result.Measures
                .Where(m => !used.Contains(m.Id))
                .Select(m => (Measure: m, Score: TextSimilarity.BigramContainment(measure.Text, m.Text)))
                .OrderByDescending(p => p.Score)
                .FirstOrDefault();
            if (best.Measure is null || best.Score < 0.6)
            {
                mistakes.Add($"{gold.Pair}: gold measure not found “{Short(measure.Text)}”");
                continue;
            }

            used.Add(best.Measure.Id);
            var predicted = best.Measure.IssueIds.Select(i => issueToGold.GetValueOrDefault(i, "?" + i)).ToList();
            if (predicted.Count > 0 && predicted.All(measure.Problems.Contains))
            {
                matchingHits++;
            }
            else
            {
                mistakes.Add($"{gold.Pair}: {best.Measure.Id} “{Short(measure.Text)}” matched to [{string.Join(",", predicted)}], gold [{string.Join(",", measure.Problems)}]");
            }
        }

        // Gaps.
        var precision = new Dictionary<string, Ratio>(StringComparer.Ordinal);
        var recall = new Dictionary<string, Ratio>(StringComparer.Ordinal);
        var reported = result.Gaps.Select(g => (g.Kind, Issue: g.IssueId is null ? null : issueToGold.GetValueOrDefault(g.IssueId, "?" + g.IssueId), Gap: g)).ToList();
        foreach (var required in gold.MustReport)
        {
            var found = reported.Any(r => r.Kind == required.Kind && (required.Issue is null || r.Issue == required.Issue));
            recall[required.Kind] = recall.GetValueOrDefault(required.Kind) + new Ratio(found ? 1 : 0, 1);
            if (!found)
            {
                mistakes.Add($"{gold.Pair}: missed gap {required.Kind} {required.Issue}");
            }
        }

        foreach (var (kind, issue, gap) in reported)
        {
            var required = gold.MustReport.Any(m => m.Kind == kind && (m.Issue is null || m.Issue == issue));
            var forbidden = gold.MustNotReport.Contains(kind);
            if (required || forbidden)
            {
                precision[kind] = precision.GetValueOrDefault(kind) + new Ratio(required ? 1 : 0, 1);
            }

            if (forbidden && !required)
            {
                mistakes.Add($"{gold.Pair}: false gap {kind} {issue} “{Short(gap.Message, 40)}”");
            }
        }

        return new PairScore(
            gold.Pair,
            new Ratio(issueToGold.Count, result.Issues.Length),
            new Ratio(issueToGold.Count, gold.Problems.Length),
            new Ratio(matchingHits, gold.Measures.Length),
            precision.ToImmutableDictionary(StringComparer.Ordinal),
            recall.ToImmutableDictionary(StringComparer.Ordinal),
            [.. mistakes]);
    }

    /// <summary>Sums pair scores.</summary>
    public static PairScore Total(IEnumerable<PairScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var list = scores.ToList();
        static ImmutableDictionary<string, Ratio> Sum(IEnumerable<ImmutableDictionary<string, Ratio>> dictionaries) =>
            dictionaries.SelectMany(d => d).GroupBy(p => p.Key, StringComparer.Ordinal)
                .ToImmutableDictionary(g => g.Key, g => g.Aggregate(default(Ratio), (a, p) => a + p.Value), StringComparer.Ordinal);
        return new PairScore(
            "total",
            list.Aggregate(default(Ratio), (a, s) => a + s.ProblemPrecision),
            list.Aggregate(default(Ratio), (a, s) => a + s.ProblemRecall),
            list.Aggregate(default(Ratio), (a, s) => a + s.Matching),
            Sum(list.Select(s => s.GapPrecision)),
            Sum(list.Select(s => s.GapRecall)),
            [.. list.SelectMany(s => s.Mistakes)]);
    }

    /// <summary>All kinds' gap precision together.</summary>
    public static Ratio OverallGapPrecision(PairScore score) => (score ?? throw new ArgumentNullException(nameof(score))).GapPrecision.Values.Aggregate(default(Ratio), (a, r) => a + r);

    /// <summary>All kinds' gap recall together.</summary>
    public static Ratio OverallGapRecall(PairScore score) => (score ?? throw new ArgumentNullException(nameof(score))).GapRecall.Values.Aggregate(default(Ratio), (a, r) => a + r);

    private static string Short(string text, int length = 20) => text.Length <= length ? text : text[..length] + "…";
}
