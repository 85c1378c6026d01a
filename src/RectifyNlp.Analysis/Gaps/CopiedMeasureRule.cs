using RectifyNlp.Core.Documents;

namespace RectifyNlp.Analysis.Gaps;

/// <summary>A measure that restates the feedback's own words.</summary>
internal sealed class CopiedMeasureRule : IGapRule
{
    public string Name => "照抄反馈原文";

    /// <summary>The share of a measure's character bigrams found in one feedback sentence for it to count as copied.</summary>
    public const double CopiedShare = 0.75;

    public IEnumerable<Gap> Find(AnalysisContext context)
    {
        // Shared near-verbatim with another unit's report.
        if (context.Others is { Count: > 0 } others)
        {
            foreach (var work in context.Measures.Where(m => !m.Measure.DocumentLevel && m.Measure.Text.Length >= 15))
            {
                var twins = others.Find(work.Measure.Text);
                if (twins.Count > 0)
                {
                    var twin = twins[0];
                    var issue = context.Issues.FirstOrDefault(i => work.Measure.IssueIds.Contains(i.Id));
                    yield return GapEvidence.OnMeasure(GapKinds.CopiedMeasure, issue, work.Measure, Severity.Medium, $"这条措施与{twin.Measure.Source}的整改措施几乎相同（相似度{twin.Similarity * 100:0}%：“{GapEvidence.Short(twin.Measure.Text, 30)}”），可能照搬了其他单位的报告。");
                }
            }
        }

        if (context.Feedback is null)
        {
            yield break;
        }

        var feedbackText = context.Feedback.Text.Text;
        var feedbackBigrams = TextSimilarity.Bigrams(feedbackText);
        SimilarityIndex? feedbackSentences = null;
        foreach (var work in context.Measures.Where(m => !m.Measure.DocumentLevel && m.Measure.Text.Length >= 8))
        {
            var measure = work.Measure;
            var issue = context.Issues.FirstOrDefault(i => measure.IssueIds.Contains(i.Id));
            if (issue is null || issue.Source != DocumentRole.Feedback || work.Item.Bigrams.Count == 0)
            {
                continue;
            }

            // Most measures have a quarter of their wording nowhere in the feedback: not copied, nothing more to compare.
            if (work.Item.Bigrams.Count(b => !feedbackBigrams.Contains(b)) > (1 - CopiedShare) * work.Item.Bigrams.Count)
            {
                continue;
            }

            feedbackSentences ??= SimilarityIndex.OfBigrams(context.Feedback.Structure.Sentences.Select(s => TextSimilarity.Bigrams(s.Slice(feedbackText))));
            var inSentence = feedbackSentences.SharedBigrams(work.Item.Bigrams).Values.DefaultIfEmpty(0).Max() / (double)work.Item.Bigrams.Count;
            var share = Math.Max(TextSimilarity.Containment(work.Item.Bigrams, context.IssueItems[issue.Id].Bigrams), inSentence);
            if (share >= CopiedShare && !HasOwnFacts(work, issue))
            {
                yield return GapEvidence.OnMeasure(GapKinds.CopiedMeasure, issue, measure, Severity.High, $"整改措施与反馈意见原文基本相同（重合{share * 100:0}%），是把问题照抄为措施，未写明采取了什么行动。");
            }
        }
    }

    // A measure that repeats the problem but adds its own figures or done status is an answer, not a copy.
    private static bool HasOwnFacts(MeasureWork work, Issue issue) =>
        work.Facts.Status == MeasureStatus.Done || work.Facts.Figures.Any(f => !issue.Text.Contains(f, StringComparison.Ordinal));
}
