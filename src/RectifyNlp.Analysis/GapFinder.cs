using System.Collections.Immutable;
using System.Text.RegularExpressions;
using RectifyNlp.Analysis.Gaps;

namespace RectifyNlp.Analysis;

/// <summary>One kind of gap: looks at the analysis and reports what it finds.</summary>
public interface IGapRule
{
    /// <summary>What the rule checks, in the words an inspector reads (a failure of the rule is reported by it).</summary>
    string Name { get; }

    /// <summary>The gaps of this rule's kind.</summary>
    IEnumerable<Gap> Find(AnalysisContext context);
}

/// <summary>
/// Runs the gap rules. Each rule errs on the side of silence: a false flag costs an inspector's trust more
/// than a miss, so a rule fires only when the text fails to answer, never when it answers in other words.
/// </summary>
public sealed class GapFinder
{
    /// <summary>The rules an analysis runs unless told otherwise, in the order they run.</summary>
    public static ImmutableArray<IGapRule> DefaultRules { get; } =
    [
        new UnansweredIssueRule(), new CopiedMeasureRule(), new VagueMeasureRule(), new RepeatedMeasureRule(),
        new NoAccountabilityRule(), new NoMechanismRule(), new OwnerAndDeadlineRule(), new WeakLeadershipRule(),
        new InconsistentClaimRule(), new LateReportRule(), new MissingReportRule(), new NoDisclosureRule(),
    ];

    private readonly ImmutableArray<IGapRule> _rules;

    /// <summary>A finder running <paramref name="rules"/> (default: <see cref="DefaultRules"/>).</summary>
    public GapFinder(IEnumerable<IGapRule>? rules = null) => _rules = rules is null ? DefaultRules : [.. rules];

    /// <summary>The rules, in the order they run.</summary>
    public IReadOnlyList<IGapRule> Rules => _rules;

    /// <summary>Every gap, by severity (high first), then in document order.</summary>
    /// <param name="context">The analysis so far.</param>
    /// <param name="notes">
    /// Where a rule that fails is reported: one rule's error (a pattern that times out on a strange text, a bug)
    /// costs its own kind of gap, said in the analysis's notes, not the whole analysis.
    /// </param>
    public ImmutableArray<Gap> Find(AnalysisContext context, ICollection<string>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var order = context.Issues.Select((i, n) => (i.Id, n)).ToDictionary(p => p.Id, p => p.n, StringComparer.Ordinal);
        var found = new List<Gap>();
        foreach (var rule in _rules)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            try
            {
                foreach (var gap in rule.Find(context))
                {
                    context.Cancellation.ThrowIfCancellationRequested();
                    found.Add(gap);
                }
            }
            catch (Exception e) when (e is RegexMatchTimeoutException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or KeyNotFoundException or NullReferenceException)
            {
                if (notes is null)
                {
                    throw;
                }

                notes.Add($"“{rule.Name}”检查出错，未能完成，其他检查照常；请把这份文件报给维护人员。");
            }
        }

        // A measure that copies its problem back is hollow too: the copy is what an inspector names, not its vagueness. (A
        // problem restated before slogans is another measure: the slogans stay vague.)
        // So is one pasted under another problem: the paste is what an inspector names (套用), not the slogans pasted.
        var copied = found.Where(g => g.Kind is GapKinds.CopiedMeasure or GapKinds.RepeatedMeasure && g.MeasureId is not null).Select(g => (g.IssueId, g.MeasureId)).ToHashSet();
        found.RemoveAll(g => g.Kind == GapKinds.VagueMeasure && g.MeasureId is not null && copied.Contains((g.IssueId, g.MeasureId)));

        // A problem answered by copying it back wants its answer redone: that is what an inspector names, not a lasting rule on
        // top of it (no hand of the development sets flags both on one problem). A slogan beside real acts (……改为扫码缴费。
        // 下一步，将研究制定……办法) still leaves the rule missing.
        var hollow = found.Where(g => g.Kind == GapKinds.CopiedMeasure && g.IssueId is not null).Select(g => g.IssueId).ToHashSet();
        found.RemoveAll(g => g.Kind == GapKinds.NoMechanism && g.IssueId is not null && hollow.Contains(g.IssueId));

        return
        [
            .. found
                .OrderByDescending(g => g.Severity)
                .ThenBy(g => g.IssueId is null ? -1 : order.GetValueOrDefault(g.IssueId))
                .ThenBy(g => GapKinds.All.IndexOf(g.Kind)),
        ];
    }
}
