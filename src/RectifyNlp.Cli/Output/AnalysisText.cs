using RectifyNlp.Analysis;
using RectifyNlp.Core;
using RectifyNlp.Core.Structure;

namespace RectifyNlp.Cli.Output;

/// <summary>The terminal summary of <c>analyze</c>: coverage, each problem with its measures, then the gaps by severity.</summary>
internal static class AnalysisText
{
    public static void Write(TextWriter output, AnalysisResult result, ParsedDocument? feedback, ParsedDocument report, Func<string, string> categoryName)
    {
        output.WriteLine($"整改报告：{report.Raw.SourceName}（{report.Structure.Kind.Kind.ToChinese()}）{Title(report)}");
        if (feedback is not null)
        {
            output.WriteLine($"对照反馈：{feedback.Raw.SourceName}（{feedback.Structure.Kind.Kind.ToChinese()}）{Title(feedback)}");
        }

        var percent = result.Issues.IsEmpty ? 0 : 100.0 * result.AnsweredCount / result.Issues.Length;
        output.WriteLine($"覆盖：反馈问题 {result.Issues.Length} 个，已对应整改措施 {result.AnsweredCount} 个（{percent:0}%）；整改措施 {result.Measures.Count(m => !m.DocumentLevel)} 条，全局性措施 {result.Measures.Count(m => m.DocumentLevel)} 条。");
        if (result.FeedbackDate is not null || result.ReportDate is not null)
        {
            output.WriteLine($"日期：反馈 {Date(result.FeedbackDate)}，报告 {Date(result.ReportDate)}。");
        }

        foreach (var note in result.Notes)
        {
            output.WriteLine($"说明：{note}");
        }

        output.WriteLine();
        output.WriteLine("问题与措施");
        foreach (var issue in result.Issues)
        {
            var measures = result.Measures.Where(m => m.IssueIds.Contains(issue.Id)).Select(m => $"{m.Id}{Status(m.Status)}").ToList();
            output.WriteLine($"  {issue.Id} [{categoryName(issue.Category)}] {Short(issue.Text, 40)}");
            output.WriteLine($"      ← {(measures.Count == 0 ? "（无）" : string.Join(" ", measures))}");
        }

        output.WriteLine();
        if (result.Gaps.IsEmpty)
        {
            output.WriteLine("未发现需要关注的问题。");
            return;
        }

        output.WriteLine($"需关注 {result.Gaps.Length} 项（高 {result.Gaps.Count(g => g.Severity == Severity.High)}、中 {result.Gaps.Count(g => g.Severity == Severity.Medium)}、低 {result.Gaps.Count(g => g.Severity == Severity.Low)}）");
        foreach (var gap in result.Gaps)
        {
            var target = string.Join(" ", new[] { gap.IssueId, gap.MeasureId }.Where(x => x is not null));
            output.WriteLine($"  [{SeverityName(gap.Severity)}] {GapKinds.Chinese(gap.Kind)}（{gap.Kind}）{(target.Length > 0 ? " " + target : "")}");
            output.WriteLine($"      {gap.Message}");
            if (gap.Evidence.Length > 0)
            {
                var where = gap.EvidenceIn == DocumentRole.Feedback ? "反馈意见" : "整改报告";
                output.WriteLine($"      依据（{where} {gap.EvidenceSpan.Start}–{gap.EvidenceSpan.End}）：“{Short(gap.Evidence, 60)}”");
            }
        }
    }

    private static string Title(ParsedDocument document) => document.Structure.Title.Length > 0 ? $"《{document.Structure.Title}》" : "";

    private static string Date(DatedEvidence? date) => date is null ? "未知" : $"{date.Date:yyyy年M月d日}";

    private static string Status(MeasureStatus status) => status == MeasureStatus.Unknown ? "" : $"({MeasureStatusNames.Chinese(status)})";

    private static string SeverityName(Severity severity) => severity switch
    {
        Analysis.Severity.High => "高",
        Analysis.Severity.Medium => "中",
        _ => "低",
    };

    private static string Short(string text, int length) => text.Length <= length ? text : text[..length] + "……";
}
