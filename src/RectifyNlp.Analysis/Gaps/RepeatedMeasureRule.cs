using System.Text.RegularExpressions;

namespace RectifyNlp.Analysis.Gaps;

/// <summary>One measure pasted under unrelated problems.</summary>
internal sealed partial class RepeatedMeasureRule : IGapRule
{
    [GeneratedRegex("^\\s*(整改(进展|措施|情况)[：:])?\\s*(针对|关于|就|对于?)[^，。；]{2,40}问题[，,]")]
    private static partial Regex RestatingLeadRegex();

    [GeneratedRegex("《[^《》]{2,40}(制度|办法|规定|细则|规则|规程|清单|规范|守则|章程|标准|流程)》")]
    private static partial Regex RuleTitleRegex();

    public string Name => "措施重复套用";

    /// <summary>Character-bigram Dice at which two measures count as the same text.</summary>
    public const double SameText = 0.85;

    /// <summary>Character-bigram Dice at which two hollow measures (slogans only) count as one template filled in twice.</summary>
    public const double SameTemplate = 0.6;

    /// <summary>Shortest sentence compared on its own (shorter ones are stock phrases: 已完成整改。).</summary>
    public const int LongSentence = 40;

    private static readonly char[] SentenceBreaks = ['。', '；', ';', '\n'];

    /// <summary>Issues whose word vectors are this similar are related, and may share a measure.</summary>
    public const double RelatedIssues = 0.35;

    public IEnumerable<Gap> Find(AnalysisContext context)
    {
        // A line of fields only (责任主体：……\n完成时限：……) names who and when, no act: two alike are no measure pasted twice.
        var measures = context.Measures.Where(m => !m.Measure.DocumentLevel && m.Measure.Text.Length >= 10 && !m.Measure.Links.IsEmpty && !ReportReader.IsFieldsOnly(m.Measure.Text)).ToList();
        var flagged = new HashSet<(string Issue, string Measure)>();
        Dictionary<string, HashSet<string>>? titled = null; // each rule title, the problems whose measures name it: read once when asked
        var issues = context.Issues.GroupBy(i => i.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        // A measure is compared whole and by its long sentences: a paragraph of boilerplate pasted after each problem's own
        // acts (组织全体干部职工认真学习……坚决防止类似问题再次发生。) is the same measure however the acts before it differ.
        var units = new List<(int Measure, IReadOnlySet<int> Bigrams)>();
        for (var n = 0; n < measures.Count; n++)
        {
            units.Add((n, measures[n].Item.Bigrams));
            var acts = MeasureFactReader.ActsOf(measures[n].Measure.Text);
            // A ledger row's cells run together (措施；责任领导：……；整改时限：……): its acts are compared without the fields,
            // which name other people and dates under each problem however alike the acts are.
            if (acts.Length >= LongSentence && acts.Length < measures[n].Measure.Text.Length)
            {
                units.Add((n, TextSimilarity.Bigrams(acts)));
            }

            // Boilerplate opened by the problem's name (针对财务内部控制不健全问题，坚持问题导向，……) is the same text whatever
            // name opens it.
            if (RestatingLeadRegex().Match(acts) is { Success: true } lead && acts.Length - lead.Length >= LongSentence)
            {
                units.Add((n, TextSimilarity.Bigrams(acts[lead.Length..])));
            }

            var sentences = acts.Split(SentenceBreaks, StringSplitOptions.TrimEntries);
            if (sentences.Length >= 2)
            {
                // A sentence is compared without the problem's name that opens it, as the whole measure is.
                units.AddRange(sentences.Select(t => RestatingLeadRegex().Match(t) is { Success: true } named ? t[named.Length..] : t)
                    .Where(t => t.Length >= LongSentence).Select(t => (n, (IReadOnlySet<int>)TextSimilarity.Bigrams(t))));
            }
        }

        // A template of slogans filled in for each problem (我们把这个问题作为转变作风的重要抓手，组织……认真反思，对照职责找差距，
        // 明确由……牵头抓落实…… / ……作为加强支部建设的重要抓手，组织全体党员认真反思，对照标准找差距……) is one measure pasted with
        // its slots changed: hollow measures are the same text at a lower likeness than measures that say what was done.
        var hollow = Enumerable.Range(0, measures.Count).Where(n => measures[n].Facts.IsSlogan).ToList();
        var templatePairs = SameTextPairs([.. hollow.Select(n => (IReadOnlySet<int>)TextSimilarity.Bigrams(MeasureFactReader.ActsOf(measures[n].Measure.Text)))], SameTemplate, context.Cancellation)
            .Select(p => (hollow[p.A], hollow[p.B]));
        var pairs = SameTextPairs([.. units.Select(u => u.Bigrams)], cancellation: context.Cancellation).Select(p => (units[p.A].Measure, units[p.B].Measure));
        foreach (var (a, b) in pairs.Concat(templatePairs))
        {
            if (a == b)
            {
                continue;
            }

            var (x, y) = (measures[a].Measure, measures[b].Measure);
            var issueX = x.Links[0].IssueId;
            var issueY = y.Links[0].IssueId;
            if (issueX == issueY || x.IssueIds.Intersect(y.IssueIds).Any())
            {
                continue;
            }

            // One rule written for two problems (长效机制：制定《退休党员教育管理办法》 under each) serves both: pasted only where it
            // is all either problem's answer, or where the same title stands under more problems than two.
            if (RuleTitleRegex().Match(x.Text) is { Success: true } title && y.Text.Contains(title.Value, StringComparison.Ordinal)
                && (titled ??= TitledIssues(context)).TryGetValue(title.Value, out var under) && under.Count <= MaxProblemsOfOneRule
                && context.MeasuresOf(issueX).Any(m => m.Measure.Id != x.Id) && context.MeasuresOf(issueY).Any(m => m.Measure.Id != y.Id))
            {
                continue;
            }

            var ix = issues[issueX];
            var iy = issues[issueY];
            if (ix.Category == iy.Category && context.VectorOf(issueX).Cosine(context.VectorOf(issueY)) >= RelatedIssues)
            {
                continue;
            }

            foreach (var (measure, issue, other) in new[] { (x, ix, iy), (y, iy, ix) })
            {
                if (flagged.Add((issue.Id, measure.Id)))
                {
                    yield return GapEvidence.OnMeasure(GapKinds.RepeatedMeasure, issue, measure, Severity.Medium, $"同一条措施同时用于“{GapEvidence.Short(issue.Text, 16)}”和“{GapEvidence.Short(other.Text, 16)}”两个不相关的问题，措施没有针对性。");
                }
            }
        }
    }

    /// <summary>Most problems one rule may serve before the same title under each reads as pasted.</summary>
    private const int MaxProblemsOfOneRule = 2;

    /// <summary>Each rule title the report's measures name, with the problems those measures answer.</summary>
    private static Dictionary<string, HashSet<string>> TitledIssues(AnalysisContext context)
    {
        var titled = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var measure in context.Measures)
        {
            foreach (Match title in RuleTitleRegex().Matches(measure.Measure.Text))
            {
                if (!titled.TryGetValue(title.Value, out var issues))
                {
                    titled[title.Value] = issues = new HashSet<string>(StringComparer.Ordinal);
                }

                issues.UnionWith(measure.Measure.IssueIds);
            }
        }

        return titled;
    }

    /// <summary>
    /// The pairs (a &lt; b, in that order) of <paramref name="sets"/> whose Dice is at least <see cref="SameText"/>, among
    /// those that share one of the rarest quarter (plus one) of each one's bigrams (prefix filtering: Dice ≥ 0.85 needs
    /// the smaller set at 74% of the larger and an overlap of 74% of either, so two such sets share one).
    /// </summary>
    /// <remarks>
    /// Comparing every candidate's bigram sets in full grew with the square of the report (issue 20: four fifths of a
    /// 16 MB report's analysis). The same pairs are found with three bounds that only rule out pairs below the threshold:
    /// 1. every bigram is ranked, rarest first (then by value: the order the prefixes are taken in), and each set held as
    ///    its sorted ranks, so that two sets are compared by merging, not by hashing;
    /// 2. a candidate first met at position i of a's prefix and j of b's shares no bigram ranked before those (it would
    ///    have been met there), so at most 1 + min(|a| − i − 1, |b| − j − 1): a pair that cannot reach the threshold so
    ///    is ruled out before it is compared;
    /// 3. the merge stops as soon as what is left cannot bring the overlap to the threshold.
    /// </remarks>
    internal static List<(int A, int B)> SameTextPairs(IReadOnlyList<IReadOnlySet<int>> sets, double threshold = SameText, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(sets);

        // 1. Ranks, and each set as its sorted ranks.
        var frequency = new Dictionary<int, int>();
        foreach (var set in sets)
        {
            foreach (var bigram in set)
            {
                frequency[bigram] = frequency.GetValueOrDefault(bigram) + 1;
            }
        }

        var rank = new Dictionary<int, int>(frequency.Count);
        foreach (var bigram in frequency.Keys.OrderBy(b => frequency[b]).ThenBy(b => b))
        {
            rank[bigram] = rank.Count;
        }

        var ranked = new int[sets.Count][];
        for (var n = 0; n < sets.Count; n++)
        {
            ranked[n] = [.. sets[n].Select(b => rank[b])];
            Array.Sort(ranked[n]);
        }

        // The postings of each rank: the sets whose prefix holds it, in order, with its position there.
        var postings = new List<(int Set, int Position)>?[rank.Count];
        for (var n = 0; n < ranked.Length; n++)
        {
            for (var k = 0; k < PrefixLength(ranked[n].Length, threshold); k++)
            {
                (postings[ranked[n][k]] ??= []).Add((n, k));
            }
        }

        var pairs = new List<(int A, int B)>();
        var seen = new int[sets.Count];
        Array.Fill(seen, -1);
        var same = new List<int>();
        for (var a = 0; a < ranked.Length; a++)
        {
            cancellation.ThrowIfCancellationRequested();
            var x = ranked[a];
            same.Clear();
            for (var i = 0; i < PrefixLength(x.Length, threshold); i++)
            {
                var list = postings[x[i]]!;
                for (var p = After(list, a); p < list.Count; p++)
                {
                    var (b, j) = list[p];
                    if (seen[b] == a)
                    {
                        continue;
                    }

                    // 2. The first meeting bounds the overlap.
                    seen[b] = a;
                    var y = ranked[b];
                    var sum = x.Length + y.Length;
                    if (2.0 * (1 + Math.Min(x.Length - i - 1, y.Length - j - 1)) / sum < threshold)
                    {
                        continue;
                    }

                    var overlap = Overlap(x, y, Needed(sum, threshold));
                    if (overlap >= 0 && 2.0 * overlap / sum >= threshold)
                    {
                        same.Add(b);
                    }
                }
            }

            same.Sort();
            pairs.AddRange(same.Select(b => (a, b)));
        }

        return pairs;
    }

    // Dice ≥ t needs an overlap of at least t / (2 − t) of either set (0.74 at 0.85), so a pair at the threshold shares one of
    // each set's rarest count − that + 1.
    private static int PrefixLength(int count, double threshold) => Math.Min(count, count - (int)Math.Ceiling(threshold / (2 - threshold) * count) + 1);

    // The first posting of a set after a.
    private static int After(List<(int Set, int Position)> list, int a)
    {
        var (low, high) = (0, list.Count);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = list[middle].Set <= a ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    // The least overlap whose Dice, computed as TextSimilarity.Dice computes it, reaches the threshold.
    private static int Needed(int sum, double threshold)
    {
        var need = (int)Math.Ceiling(threshold * sum / 2);
        while (need > 0 && 2.0 * (need - 1) / sum >= threshold)
        {
            need--;
        }

        while (2.0 * need / sum < threshold)
        {
            need++;
        }

        return need;
    }

    // 3. The number of ranks the sorted arrays share, or -1 once it can no longer reach need.
    private static int Overlap(int[] x, int[] y, int need)
    {
        var (i, j, shared) = (0, 0, 0);
        while (i < x.Length && j < y.Length)
        {
            if (shared + Math.Min(x.Length - i, y.Length - j) < need)
            {
                return -1;
            }

            if (x[i] == y[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (x[i] < y[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared >= need ? shared : -1;
    }
}
