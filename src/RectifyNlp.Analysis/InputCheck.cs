using RectifyNlp.Core;
using RectifyNlp.Core.Normalization;
using RectifyNlp.Core.Structure;

namespace RectifyNlp.Analysis;

/// <summary>
/// Inputs an inspector gave by mistake, refused before they are analysed into nonsense: a feedback and a report
/// given the wrong way round, or a "report" with next to no Chinese text. A batch does not ask this: there a
/// unit that filed its feedback as its report is a finding (missing-report), not a typing slip.
/// </summary>
public static class InputCheck
{
    /// <summary>Fewer Han characters than this is no report (a title alone has about twenty).</summary>
    public const int MinimumReportHan = 20;

    /// <summary>Why the pair cannot be what the user meant, in one Chinese line, or null when it can.</summary>
    public static string? Refusal(ParsedDocument? feedback, ParsedDocument report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var reportKind = report.Structure.Kind.Kind;
        if (feedback is not null
            && feedback.Structure.Kind.Kind is DocumentKind.RectificationReport
            && reportKind is DocumentKind.FeedbackOpinion or DocumentKind.FeedbackSpeech)
        {
            return $"两个文件似乎放反了：--feedback 给的是整改报告《{feedback.Structure.Title}》，--report 给的是巡察反馈《{report.Structure.Title}》；请交换后再试。";
        }

        var han = report.Text.Text.Count(CharacterClass.IsHan);
        return han < MinimumReportHan
            ? $"{report.Raw.SourceName} 只有 {han} 个汉字，不像整改报告（至少需要 {MinimumReportHan} 个）；请检查给的是不是要审读的报告。"
            : null;
    }
}
