namespace RectifyNlp.Analysis.Gaps;

/// <summary>Measures of an unfinished issue with no owner, or no time limit, stated for the item.</summary>
internal sealed class OwnerAndDeadlineRule : IGapRule
{
    public string Name => "责任人与时限";

    public IEnumerable<Gap> Find(AnalysisContext context)
    {
        foreach (var issue in context.Issues)
        {
            var measures = context.MeasuresOf(issue.Id).ToList();
            // A finished item needs no owner or time limit any more; nor does one answered by sanctions alone (a sanction given is a finished act).
            if (measures.Count == 0 || measures.Any(m => m.Facts.Status == MeasureStatus.Done) || measures.All(m => m.Measure.Role == "accountability") || GapEvidence.AllHollow(measures))
            {
                continue;
            }

            var open = measures.FirstOrDefault(m => m.Facts.Status is MeasureStatus.InProgress or MeasureStatus.Planned);
            var first = (open ?? measures[0]).Measure;
            var state = open is null ? "未写明已整改完成" : "尚未整改完成";
            if (measures.All(m => m.Facts.Owner is null))
            {
                yield return GapEvidence.OnMeasure(GapKinds.NoOwner, issue, first, Severity.Medium, $"问题“{GapEvidence.Short(issue.Text)}”{state}，其措施未明确责任领导或责任部门（报告中“均明确责任领导”之类的总体表述不能代替逐项明确）。");
            }

            // 长期坚持/常态化 answers the time limit of an item kept up for good, not of work still under way.
            var underWay = measures.Any(m => context.Cues.StatusInProgress.IsMatch(m.Measure.Text));
            if (measures.All(m => m.Facts.Deadline is null && (!m.Facts.LongTerm || underWay)))
            {
                yield return GapEvidence.OnMeasure(GapKinds.NoDeadline, issue, first, Severity.Low, $"问题“{GapEvidence.Short(issue.Text)}”{state}，其措施未明确整改时限。");
            }
        }
    }
}
