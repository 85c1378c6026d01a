using RectifyNlp.Core.Structure;

namespace RectifyNlp.Analysis.Gaps;

/// <summary>The document given as the report is not a rectification report.</summary>
internal sealed class MissingReportRule : IGapRule
{
    public string Name => "整改报告缺失";

    public IEnumerable<Gap> Find(AnalysisContext context)
    {
        var kind = context.Report.Structure.Kind.Kind;
        if (kind is DocumentKind.FeedbackSpeech or DocumentKind.FeedbackOpinion)
        {
            yield return GapEvidence.Absent(GapKinds.MissingReport, Severity.High, $"作为整改报告提交的文件是{kind.ToChinese()}，不是整改情况报告：未见整改报告。");
        }
        else if (kind is DocumentKind.RectificationPlan && !context.Measures.Any(m => m.Facts.Status == MeasureStatus.Done))
        {
            yield return GapEvidence.Absent(GapKinds.MissingReport, Severity.Medium, "提交的是整改方案，只有计划，没有整改完成情况；仍需报送整改情况报告。");
        }
    }
}
