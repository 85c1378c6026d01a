namespace RectifyNlp.Analysis.Gaps;

/// <summary>One measure pasted under unrelated problems.</summary>
internal sealed class RepeatedMeasureRule : IGapRule
{
    public string Name => "措施重复套用";

    /// <summary>Character-bigram Dice at which two measures count as the same text.</summary>
    public const double SameText = 0.85;

    /// <summary>Issues whose word vectors are this similar are related, and may share a measure.</summary>
    public const double RelatedIssues = 0.35;

    public IEnumerable<Gap> Find(AnalysisContext context)
    {
        var measures = context.Measures.Where(m => !m.Measure.DocumentLevel && m.Measure.Text.Length >= 10 && !m.Measure.Links.IsEmpty).ToList();
        var flagged = new HashSet<(string Issue, string Measure)>();

        // Prefix filtering: Dice ≥ 0.85 needs the smaller set at 74% of the larger and an overlap of 74% of either,
        // so two such measures share one of the rarest quarter (plus one) of each one's bigrams.
        var frequency = new Dictionary<int, int>();
        foreach (var bigram in measures.SelectMany(m => m.Item.Bigrams))
        {
            frequency[bigram] = frequency.GetValueOrDefault(bigram) + 1;
        }

        var postings = new Dictionary<int, List<int>>();
        var prefixes = measures.Select(m => m.Item.Bigrams.OrderBy(b => frequency[b]).ThenBy(b => b).Take(m.Item.Bigrams.Count - (int)Math.Ceiling(0.74 * m.Item.Bigrams.Count) + 1).ToList()).ToList();
        for (var i = 0; i < measures.Count; i++)
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

        for (var a = 0; a < measures.Count; a++)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            var candidates = prefixes[a].SelectMany(p => postings[p]).Where(b => b > a).Distinct().Order();
            foreach (var b in candidates)
            {
                var dice = TextSimilarity.Dice(measures[a].Item.Bigrams, measures[b].Item.Bigrams);
                var (x, y) = (measures[a].Measure, measures[b].Measure);
                var issueX = x.Links[0].IssueId;
                var issueY = y.Links[0].IssueId;
                if (dice < SameText || issueX == issueY || x.IssueIds.Intersect(y.IssueIds).Any())
                {
                    continue;
                }

                var ix = context.Issues.First(i => i.Id == issueX);
                var iy = context.Issues.First(i => i.Id == issueY);
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
    }
}
