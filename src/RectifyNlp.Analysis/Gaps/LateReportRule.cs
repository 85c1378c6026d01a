using System.Text.RegularExpressions;
using RectifyNlp.Core.Documents;
using RectifyNlp.Core.Structure;

namespace RectifyNlp.Analysis.Gaps;

/// <summary>
/// The report came after its time: three months after the feedback, or — for a later report the feedback names with a period
/// of its own (6个月内报送整改进展情况报告 / 六个月内报送整改完成情况报告), the report's title saying it is that one — after
/// that period.
/// </summary>
internal sealed partial class LateReportRule : IGapRule
{
    public string Name => "报送时限";

    public IEnumerable<Gap> Find(AnalysisContext context)
    {
        if (context.FeedbackDate is not { } given || context.ReportDate is not { } signed)
        {
            yield break;
        }

        var (months, named) = PeriodFor(context) is { } later ? later : (3, "三个月");
        var limit = given.Date.AddMonths(months);
        if (signed.Date > limit)
        {
            var days = signed.Date.DayNumber - limit.DayNumber;
            yield return new Gap(GapKinds.LateReport, null, null, Severity.Medium, $"反馈日期为{given.Date:yyyy年M月d日}，报告落款日期为{signed.Date:yyyy年M月d日}，超过“反馈之日起{named}内”报送的时限{days}天。", signed.Evidence, DocumentRole.Report, signed.Span);
        }
    }

    /// <summary>
    /// The period the feedback sets for the later report this one says it is (整改进展情况报告 / 整改完成情况报告 in its title), in
    /// months and as the feedback words it; null when the report is the first one or the feedback sets no period for it.
    /// </summary>
    private static (int Months, string Named)? PeriodFor(AnalysisContext context)
    {
        if (context.Feedback is not { } feedback || LaterReportRegex().Match(context.Report.Structure.Title) is not { Success: true } stage)
        {
            return null;
        }

        var text = feedback.Text.Text;
        foreach (var sentence in feedback.Structure.Sentences)
        {
            foreach (Match period in PeriodRegex().Matches(sentence.Slice(text)))
            {
                if (period.Groups["stage"].Value == stage.Groups["stage"].Value && (int.TryParse(period.Groups["n"].ValueSpan, out var arabic) ? arabic : ChineseNumeral.Parse(period.Groups["n"].ValueSpan)) is { } n and > 3 and <= MaxMonths)
                {
                    return (n, period.Groups["n"].Value + "个月");
                }
            }
        }

        return null;
    }

    /// <summary>Longest period a feedback may set for a later report.</summary>
    private const int MaxMonths = 24;

    // A later report by its title: 关于……整改进展情况的报告 / 整改完成情况报告.
    [GeneratedRegex("整改(?<stage>进展|完成)情况")]
    private static partial Regex LaterReportRegex();

    // 六个月内报送整改进展情况报告 / 在反馈之日起6个月内报送整改完成情况报告.
    [GeneratedRegex("(?<n>[0-9]{1,2}|[一二三四五六七八九十]{1,3})个月内[^。；]{0,12}?报送?[^。；]{0,6}?整改(?<stage>进展|完成)情况报告")]
    private static partial Regex PeriodRegex();
}
