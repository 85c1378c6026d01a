using RectifyNlp.Core.Documents;

namespace RectifyNlp.Analysis.Gaps;

/// <summary>The report came more than three months after the feedback.</summary>
internal sealed class LateReportRule : IGapRule
{
    public string Name => "报送时限";

    public IEnumerable<Gap> Find(AnalysisContext context)
    {
        if (context.FeedbackDate is not { } given || context.ReportDate is not { } signed)
        {
            yield break;
        }

        var limit = given.Date.AddMonths(3);
        if (signed.Date > limit)
        {
            var days = signed.Date.DayNumber - limit.DayNumber;
            yield return new Gap(GapKinds.LateReport, null, null, Severity.Medium, $"反馈日期为{given.Date:yyyy年M月d日}，报告落款日期为{signed.Date:yyyy年M月d日}，超过“反馈之日起三个月内”报送的时限{days}天。", signed.Evidence, DocumentRole.Report, signed.Span);
        }
    }
}
