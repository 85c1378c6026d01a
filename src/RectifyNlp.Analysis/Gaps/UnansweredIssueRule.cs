namespace RectifyNlp.Analysis.Gaps;

/// <summary>A problem the report never answers, or answers only with 正在研究/持续推进.</summary>
internal sealed class UnansweredIssueRule : IGapRule
{
    public string Name => "问题未回应";

    public IEnumerable<Gap> Find(AnalysisContext context)
    {
        foreach (var issue in context.Issues)
        {
            var measures = context.MeasuresOf(issue.Id).ToList();
            if (measures.Count == 0)
            {
                yield return GapEvidence.OnIssue(GapKinds.UnansweredIssue, issue, Severity.High, $"反馈问题“{GapEvidence.Short(issue.Text)}”在整改报告中未见对应的整改措施。");
            }
            else if (measures.All(m => m.Facts.IsNonMeasure))
            {
                yield return GapEvidence.OnMeasure(GapKinds.UnansweredIssue, issue, measures[0].Measure, Severity.High, $"反馈问题“{GapEvidence.Short(issue.Text)}”只有“{measures[0].Measure.Text.TrimEnd('。')}”的表述，没有具体整改措施。");
            }
        }
    }
}
