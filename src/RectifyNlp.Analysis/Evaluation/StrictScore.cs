using System.Collections.Immutable;

namespace RectifyNlp.Analysis.Evaluation;

/// <summary>How one analysis did against its <see cref="GoldChecks"/>, every output counted.</summary>
/// <param name="Pair">The pair.</param>
/// <param name="Checks">The gold checks passed (problem count, answered, must-flag, must-not-flag, links), as the shared score.py counts them.</param>
/// <param name="CountExact">Whether the problem count is exact (1/1 or 0/1).</param>
/// <param name="Answered">Problems whose answered/unanswered state is right.</param>
/// <param name="MustFlag">Required gaps found with the right kind on the right problem.</param>
/// <param name="MustFlagByKind">The same by kind.</param>
/// <param name="MustNotFlag">Forbidden gaps not reported.</param>
/// <param name="Links">Gold measure → problem links found.</param>
/// <param name="GapPrecision">Reported gaps that gold requires or tolerates, of all reported gaps.</param>
/// <param name="FalseByKind">Reported gaps gold neither requires nor tolerates, by kind.</param>
/// <param name="Mistakes">Every failed check and false gap, for reading.</param>
public sealed record StrictScore(
    string Pair,
    Ratio Checks,
    Ratio CountExact,
    Ratio Answered,
    Ratio MustFlag,
    ImmutableSortedDictionary<string, Ratio> MustFlagByKind,
    Ratio MustNotFlag,
    Ratio Links,
    Ratio GapPrecision,
    ImmutableSortedDictionary<string, int> FalseByKind,
    ImmutableArray<string> Mistakes);

/// <summary>
/// Scores an analysis against <see cref="GoldChecks"/> strictly: the checks of the shared scorer
/// (../shared/dev-pairs/score.py, the same numbers) and, beyond them, gap precision over every gap the analysis
/// reports — a gap counts as right only when gold requires or tolerates (<c>may_report</c>) that kind on that
/// problem; anything else is false, so no output goes uncounted.
/// </summary>
public static class StrictEvaluator
{
    /// <summary>Scores one analysis.</summary>
    public static StrictScore Score(GoldChecks gold, AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(result);
        var mistakes = new List<string>();
        var issues = result.Issues.OrderBy(i => i.Span.Start).ToList();
        var idOf = issues.Select((issue, n) => (n, issue.Id)).ToDictionary(p => p.n + 1, p => p.Id);
        var numberOf = idOf.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

        bool Flagged(string kind, int? n) => n is null
            ? result.Gaps.Any(g => g.Kind == kind)
            : idOf.TryGetValue(n.Value, out var id) && result.Gaps.Any(g => g.Kind == kind && g.IssueId == id);

        // 1. The problem count.
        var countExact = issues.Count == gold.Issues;
        if (!countExact)
        {
            mistakes.Add($"{gold.Pair}: 问题数 {issues.Count}，应为 {gold.Issues}");
        }

        // 2. Answered or not.
        var answeredHits = 0;
        foreach (var (n, expected) in gold.Answered)
        {
            var got = idOf.TryGetValue(n, out var id) && result.Measures.Any(m => m.IssueIds.Contains(id)) && !Flagged(GapKinds.UnansweredIssue, n);
            if (got == expected)
            {
                answeredHits++;
            }
            else
            {
                mistakes.Add($"{gold.Pair}: 问题{n} answered={got}，应为 {expected}");
            }
        }

        // 3. Required and forbidden gaps.
        var byKind = new SortedDictionary<string, Ratio>(StringComparer.Ordinal);
        var mustHits = 0;
        foreach (var flag in gold.MustFlag)
        {
            var found = Flagged(flag.Kind, flag.Issue);
            mustHits += found ? 1 : 0;
            byKind[flag.Kind] = byKind.GetValueOrDefault(flag.Kind) + new Ratio(found ? 1 : 0, 1);
            if (!found)
            {
                mistakes.Add($"{gold.Pair}: 漏报 {flag.Kind} 问题{flag.Issue?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}");
            }
        }

        var mustNotHits = 0;
        foreach (var flag in gold.MustNotFlag)
        {
            var found = Flagged(flag.Kind, flag.Issue);
            mustNotHits += found ? 0 : 1;
            if (found)
            {
                mistakes.Add($"{gold.Pair}: 误报（禁止）{flag.Kind} 问题{flag.Issue?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}");
            }
        }

        // 4. Links.
        var linkHits = 0;
        foreach (var link in gold.Links)
        {
            var found = idOf.TryGetValue(link.Issue, out var id) && result.Measures.Any(m => m.Text.Contains(link.Measure, StringComparison.Ordinal) && m.IssueIds.Contains(id));
            linkHits += found ? 1 : 0;
            if (!found)
            {
                var holder = result.Measures.FirstOrDefault(m => m.Text.Contains(link.Measure, StringComparison.Ordinal));
                var where = holder is null ? "无此措施" : $"{holder.Id} → [{string.Join(",", holder.IssueIds.Select(i => numberOf.GetValueOrDefault(i)))}]";
                mistakes.Add($"{gold.Pair}: 链接 “{link.Measure}” → 问题{link.Issue} 未找到（{where}）");
            }
        }

        // 5. Every reported gap: required or tolerated, else false.
        bool Listed(IEnumerable<GoldFlag> flags, string kind, int? n) => flags.Any(f => f.Kind == kind && (f.Issue is null || f.Issue == n));
        var falseByKind = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var right = 0;
        foreach (var gap in result.Gaps)
        {
            int? n = gap.IssueId is null ? null : numberOf.GetValueOrDefault(gap.IssueId);
            if (Listed(gold.MustFlag, gap.Kind, n) || Listed(gold.MayReport, gap.Kind, n))
            {
                right++;
                continue;
            }

            falseByKind[gap.Kind] = falseByKind.GetValueOrDefault(gap.Kind) + 1;
            mistakes.Add($"{gold.Pair}: 多报 {gap.Kind} 问题{n?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}：{Short(gap.Message)}");
        }

        var checks = new Ratio(
            (countExact ? 1 : 0) + answeredHits + mustHits + mustNotHits + linkHits,
            1 + gold.Answered.Count + gold.MustFlag.Length + gold.MustNotFlag.Length + gold.Links.Length);
        return new StrictScore(
            gold.Pair,
            checks,
            new Ratio(countExact ? 1 : 0, 1),
            new Ratio(answeredHits, gold.Answered.Count),
            new Ratio(mustHits, gold.MustFlag.Length),
            byKind.ToImmutableSortedDictionary(StringComparer.Ordinal),
            new Ratio(mustNotHits, gold.MustNotFlag.Length),
            new Ratio(linkHits, gold.Links.Length),
            new Ratio(right, result.Gaps.Length),
            falseByKind.ToImmutableSortedDictionary(StringComparer.Ordinal),
            [.. mistakes]);
    }

    /// <summary>Sums scores over pairs.</summary>
    public static StrictScore Total(IEnumerable<StrictScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var list = scores.ToList();
        Ratio Sum(Func<StrictScore, Ratio> f) => list.Aggregate(default(Ratio), (a, s) => a + f(s));
        return new StrictScore(
            "total",
            Sum(s => s.Checks),
            Sum(s => s.CountExact),
            Sum(s => s.Answered),
            Sum(s => s.MustFlag),
            list.SelectMany(s => s.MustFlagByKind).GroupBy(p => p.Key, StringComparer.Ordinal)
                .ToImmutableSortedDictionary(g => g.Key, g => g.Aggregate(default(Ratio), (a, p) => a + p.Value), StringComparer.Ordinal),
            Sum(s => s.MustNotFlag),
            Sum(s => s.Links),
            Sum(s => s.GapPrecision),
            list.SelectMany(s => s.FalseByKind).GroupBy(p => p.Key, StringComparer.Ordinal)
                .ToImmutableSortedDictionary(g => g.Key, g => g.Sum(p => p.Value), StringComparer.Ordinal),
            [.. list.SelectMany(s => s.Mistakes)]);
    }

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
