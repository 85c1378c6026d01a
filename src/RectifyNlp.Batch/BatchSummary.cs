using RectifyNlp.Analysis;
using RectifyNlp.Application.Contract;

namespace RectifyNlp.Batch;

/// <summary>One pair's figures.</summary>
public sealed record PairFigures(string Round, string Unit, int Issues, int Answered, int Measures, int Gaps, int HighGaps, IReadOnlyDictionary<string, int> GapsByKind)
{
    /// <summary>Answered / issues.</summary>
    public double Coverage => Issues == 0 ? 1 : Answered / (double)Issues;
}

/// <summary>A problem raised again for the same unit in a later round.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="EarlierRound">The round that first raised it.</param>
/// <param name="EarlierIssue">The problem as that round put it.</param>
/// <param name="LaterRound">The round that raised it again.</param>
/// <param name="LaterIssue">The problem as the later round put it.</param>
/// <param name="Category">The later problem's category as <c>analyze</c> names it (Chinese, from the taxonomy).</param>
/// <param name="CategoryId">Its id in models/taxonomy, for scripts.</param>
/// <param name="Similarity">The character-bigram Dice of the two problems.</param>
public sealed record Recurrence(string Unit, string EarlierRound, string EarlierIssue, string LaterRound, string LaterIssue, string Category, string CategoryId, double Similarity);

/// <summary>A unit's figures over all its rounds.</summary>
public sealed record UnitFigures(string Unit, int Pairs, int Issues, int Answered, int Gaps, int HighGaps)
{
    /// <summary>Answered / issues.</summary>
    public double Coverage => Issues == 0 ? 1 : Answered / (double)Issues;

    /// <summary>Gaps per problem raised.</summary>
    public double GapsPerIssue => Issues == 0 ? 0 : Gaps / (double)Issues;
}

/// <summary>A measure shared near-verbatim by two units.</summary>
public sealed record SharedMeasure(string Text, string UnitA, string UnitB, double Similarity);

/// <summary>An issue as the summary reads it from a stored analysis.</summary>
/// <param name="Round">The round.</param>
/// <param name="Unit">The unit.</param>
/// <param name="Id">The problem's id in its analysis (I1, I2 …).</param>
/// <param name="Text">The problem.</param>
/// <param name="Category">The category as <c>analyze</c> names it (the stored <c>categoryName</c>).</param>
/// <param name="CategoryId">Its id in models/taxonomy (the stored <c>category</c>).</param>
public sealed record IssueRow(string Round, string Unit, string Id, string Text, string Category, string CategoryId);

/// <summary>A gap as the summary reads it.</summary>
public sealed record GapRow(string Round, string Unit, string Kind, string? IssueId, string Severity, string Message, string Evidence);

/// <summary>The aggregates over a batch: what analysts look at across rounds and units.</summary>
public sealed partial record BatchSummary(
    IReadOnlyList<string> Rounds,
    IReadOnlyList<string> Units,
    IReadOnlyList<PairFigures> Pairs,
    IReadOnlyList<IssueRow> Issues,
    IReadOnlyList<GapRow> Gaps,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> CategoriesByRound,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> CategoriesByUnit,
    IReadOnlyList<Recurrence> Recurrences,
    IReadOnlyList<UnitFigures> UnitFigures,
    IReadOnlyList<(string Phrase, int Count)> Slogans,
    IReadOnlyList<SharedMeasure> SharedMeasures,
    IReadOnlyList<BatchFailure> Failures)
{
    /// <summary>
    /// Each unit's Chinese name as its documents give it (白河镇, 区交通运输局), by folder; the name most of its analyses
    /// read (the latest round's on a tie). A unit whose documents name it nowhere is not listed: <see cref="NameOf"/> gives its folder.
    /// </summary>
    public IReadOnlyDictionary<string, string> UnitNames { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The unit's Chinese name, else its folder name.</summary>
    public string NameOf(string unit) => UnitNames.GetValueOrDefault(unit) ?? unit;

    /// <summary>Problems of the same unit in a later round count as recurring at this character-bigram Dice (same category) …</summary>
    public const double RecurringSameCategory = 0.25;

    /// <summary>… or at this one whatever the categories …</summary>
    public const double RecurringAnyCategory = 0.45;

    /// <summary>… or at this one when the later feedback says it recurs (上轮, 再次, 反弹, 复发, 仍未 …).</summary>
    public const double RecurringSaid = 0.2;

    /// <summary>Computes the aggregates of a run.</summary>
    public static BatchSummary Compute(BatchRun run, AnalysisCues cues)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(cues);
        var pairs = new List<PairFigures>();
        var issues = new List<IssueRow>();
        var gaps = new List<GapRow>();
        var measures = new List<(string Round, string Unit, string Text)>();
        var roundDates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var names = new List<(string Unit, string Round, string Name)>();
        foreach (var analysis in run.Analyses)
        {
            // The stored result read back as the contract's record it was written from.
            var contract = ContractJson.Read(analysis.Json);
            var pairIssues = contract.Issues.Select(i => new IssueRow(analysis.Round, analysis.Unit, i.Id, i.Text, i.CategoryName, i.Category)).ToList();
            var pairMeasures = contract.Measures.Where(m => !m.DocumentLevel).ToList();
            var pairGaps = contract.Gaps.Select(g => new GapRow(analysis.Round, analysis.Unit, g.Kind, g.IssueId, g.Severity, g.Message, g.Evidence)).ToList();
            issues.AddRange(pairIssues);
            gaps.AddRange(pairGaps);
            measures.AddRange(pairMeasures.Select(m => (analysis.Round, analysis.Unit, m.Text)));
            if (contract.Unit is { } unitName)
            {
                names.Add((analysis.Unit, analysis.Round, unitName));
            }

            var answered = contract.Coverage.Answered;
            foreach (var dated in new[] { contract.Dates.Feedback, contract.Dates.Report })
            {
                if (dated is not null
                    && DateOnly.TryParse(dated.Date, System.Globalization.CultureInfo.InvariantCulture, out var date)
                    && (!roundDates.TryGetValue(analysis.Round, out var earliest) || date < earliest))
                {
                    roundDates[analysis.Round] = date;
                }
            }

            pairs.Add(new PairFigures(
                analysis.Round,
                analysis.Unit,
                pairIssues.Count,
                answered,
                pairMeasures.Count,
                pairGaps.Count,
                pairGaps.Count(g => g.Severity == "high"),
                pairGaps.GroupBy(g => g.Kind).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal)));
        }

        // Rounds in time order: by the earliest date their documents give, else by name (2024-1 before 2025-1).
        var rounds = pairs.Select(p => p.Round).Concat(run.Failures.Select(f => f.Round)).Distinct()
            .OrderBy(r => roundDates.TryGetValue(r, out var date) ? date : DateOnly.MaxValue)
            .ThenBy(r => r, StringComparer.Ordinal)
            .ToList();
        var units = pairs.Select(p => p.Unit).Concat(run.Failures.Select(f => f.Unit)).Distinct().Order(StringComparer.Ordinal).ToList();

        var order = rounds.Select((r, i) => (r, i)).ToDictionary(p => p.r, p => p.i, StringComparer.Ordinal);
        var unitNames = names.GroupBy(n => n.Unit, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => g.GroupBy(n => n.Name, StringComparer.Ordinal).OrderByDescending(n => n.Count()).ThenByDescending(n => n.Max(x => order.GetValueOrDefault(x.Round))).First().Key,
            StringComparer.Ordinal);

        return new BatchSummary(
            rounds,
            units,
            pairs,
            issues,
            gaps,
            Count(issues, i => i.Round),
            Count(issues, i => i.Unit),
            FindRecurrences(issues, rounds),
            [.. pairs.GroupBy(p => p.Unit).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new UnitFigures(g.Key, g.Count(), g.Sum(p => p.Issues), g.Sum(p => p.Answered), g.Sum(p => p.Gaps), g.Sum(p => p.HighGaps)))],
            CountSlogans(measures, cues),
            Shared(measures),
            run.Failures)
        {
            UnitNames = unitNames,
        };
    }

    private static Dictionary<string, IReadOnlyDictionary<string, int>> Count(List<IssueRow> issues, Func<IssueRow, string> by) =>
        issues.GroupBy(by).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => (IReadOnlyDictionary<string, int>)g.GroupBy(i => i.Category).OrderByDescending(c => c.Count()).ThenBy(c => c.Key, StringComparer.Ordinal).ToDictionary(c => c.Key, c => c.Count(), StringComparer.Ordinal),
            StringComparer.Ordinal);

    private static List<Recurrence> FindRecurrences(List<IssueRow> issues, List<string> rounds)
    {
        var order = rounds.Select((r, i) => (r, i)).ToDictionary(p => p.r, p => p.i, StringComparer.Ordinal);
        var result = new List<Recurrence>();
        foreach (var unit in issues.GroupBy(i => i.Unit))
        {
            var byRound = unit.GroupBy(i => i.Round).OrderBy(g => order.GetValueOrDefault(g.Key)).ToList();
            for (var later = 1; later < byRound.Count; later++)
            {
                foreach (var issue in byRound[later])
                {
                    var best = byRound.Take(later).SelectMany(g => g)
                        .Select(e => (Earlier: e, Similarity: TextSimilarity.BigramDice(e.Text, issue.Text)))
                        .Where(p => p.Similarity >= (RecurrenceWords().IsMatch(issue.Text) ? RecurringSaid : p.Earlier.CategoryId == issue.CategoryId ? RecurringSameCategory : RecurringAnyCategory))
                        .OrderByDescending(p => p.Similarity)
                        .FirstOrDefault();
                    if (best.Earlier is not null)
                    {
                        result.Add(new Recurrence(unit.Key, best.Earlier.Round, best.Earlier.Text, issue.Round, issue.Text, issue.Category, issue.CategoryId, Math.Round(best.Similarity, 3)));
                    }
                }
            }
        }

        return [.. result.OrderBy(r => r.Unit, StringComparer.Ordinal).ThenBy(r => order.GetValueOrDefault(r.LaterRound))];
    }

    private static List<(string Phrase, int Count)> CountSlogans(List<(string Round, string Unit, string Text)> measures, AnalysisCues cues) =>
        [
            .. measures.SelectMany(m => cues.Slogan.Matches(m.Text).Select(x => x.Value))
                .GroupBy(p => p, StringComparer.Ordinal)
                .Select(g => (Phrase: g.Key, Count: g.Count()))
                .OrderByDescending(p => p.Count)
                .ThenBy(p => p.Phrase, StringComparer.Ordinal)
                .Take(20),
        ];

    private static List<SharedMeasure> Shared(List<(string Round, string Unit, string Text)> measures)
    {
        var index = new NearDuplicateIndex();
        var shared = new List<SharedMeasure>();
        var seen = new HashSet<(string, string, string)>();
        foreach (var (round, unit, text) in measures)
        {
            var source = $"{round}/{unit}";
            // The closest earlier unit only: a measure pasted into many reports is listed once per report, not once per pair of them.
            var twin = index.Find(text).FirstOrDefault(t => !t.Measure.Source.EndsWith("/" + unit, StringComparison.Ordinal));
            if (twin is not null && seen.Add((twin.Measure.Source, source, text)))
            {
                shared.Add(new SharedMeasure(text, twin.Measure.Source, source, Math.Round(twin.Similarity, 3)));
            }

            index.Add(new ForeignMeasure(source, text));
        }

        return shared;
    }

    [System.Text.RegularExpressions.GeneratedRegex("上轮|上一轮|再次|又以|反弹|复发|回潮|仍未|仍然|仍有|至今未")]
    private static partial System.Text.RegularExpressions.Regex RecurrenceWords();
}
