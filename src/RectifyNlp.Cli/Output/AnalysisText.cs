using RectifyNlp.Analysis;
using RectifyNlp.Core;
using RectifyNlp.Core.Structure;

namespace RectifyNlp.Cli.Output;

/// <summary>
/// The terminal summary of <c>analyze</c>: the documents and the unit, coverage, each problem with its measures (status,
/// owner, time limit, where it stands), then the gaps by severity, each pointing at its passage by the document's own
/// numbering and paragraph (整改报告 二、（三） 第2段). Severities in colour only when asked (a terminal, NO_COLOR unset).
/// </summary>
internal static class AnalysisText
{
    private const string Reset = "\u001b[0m";

    public static void Write(TextWriter output, AnalysisResult result, ParsedDocument? feedback, ParsedDocument report, Func<string, string> categoryName, bool colour = false)
    {
        output.WriteLine($"整改报告：{report.Raw.SourceName}（{report.Structure.Kind.Kind.ToChinese()}）{Title(report)}");
        if (feedback is not null)
        {
            output.WriteLine($"对照反馈：{feedback.Raw.SourceName}（{feedback.Structure.Kind.Kind.ToChinese()}）{Title(feedback)}");
        }

        if (UnitNameFinder.Find(feedback, report) is { } unit)
        {
            output.WriteLine($"被巡察单位：{unit}");
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

        string Place(DocumentRole role, int offset) => role == DocumentRole.Feedback && feedback is not null
            ? $"反馈意见 {PlaceLocator.Describe(feedback, offset)}"
            : $"整改报告 {PlaceLocator.Describe(report, offset)}";

        output.WriteLine();
        output.WriteLine("问题与措施");
        foreach (var issue in result.Issues)
        {
            output.WriteLine($"  {issue.Id} [{categoryName(issue.Category)}] {Short(issue.Text, 40)}");
            var measures = result.Measures.Where(m => m.IssueIds.Contains(issue.Id)).ToList();
            if (measures.Count == 0)
            {
                output.WriteLine("      未见整改措施");
            }

            foreach (var measure in measures)
            {
                output.WriteLine($"      {measure.Id} {(measure.Status == MeasureStatus.Unknown ? "状态未写明" : MeasureStatusNames.Chinese(measure.Status))}｜责任：{measure.Owner ?? "未写明"}｜时限：{measure.Deadline ?? "未写明"}｜{Place(DocumentRole.Report, measure.Span.Start)}");
                output.WriteLine($"          {Short(measure.Text, 40)}");
            }
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
            output.WriteLine($"  {Tag(gap.Severity, colour)} {GapKinds.Chinese(gap.Kind)}{(target.Length > 0 ? " " + target : "")}");
            output.WriteLine($"      {gap.Message}");
            if (gap.Evidence.Length > 0)
            {
                var where = gap.EvidenceSpan.IsEmpty ? (gap.EvidenceIn == DocumentRole.Feedback ? "反馈意见" : "整改报告") : Place(gap.EvidenceIn, gap.EvidenceSpan.Start);
                output.WriteLine($"      依据（{where}）：“{Short(gap.Evidence, 60)}”");
            }
        }
    }

    /// <summary>What to do next: the checklist for the same files, and the side-by-side page unless it was written.</summary>
    public static void WriteNextStep(TextWriter output, string? feedbackPath, string reportPath, string? htmlWritten)
    {
        var files = (feedbackPath is null ? "" : $"--feedback {Quote(feedbackPath)} ") + $"--report {Quote(reportPath)}";
        output.WriteLine();
        output.WriteLine(htmlWritten is null
            ? $"下一步：rectify checklist {files} -o 核查清单.docx 生成核查清单；rectify analyze {files} --html 分析报告.html 并排查看原文与标注。"
            : $"下一步：rectify checklist {files} -o 核查清单.docx 生成核查清单；并排查看原文与标注请打开 {htmlWritten}。");
    }

    private static string Tag(Severity severity, bool colour)
    {
        var tag = $"[{SeverityNames.Chinese(severity)}]";
        if (!colour)
        {
            return tag;
        }

        var code = severity switch
        {
            Severity.High => "\u001b[1;31m",
            Severity.Medium => "\u001b[33m",
            _ => "\u001b[36m",
        };
        return code + tag + Reset;
    }

    private static string Quote(string path) => path.IndexOfAny([' ', '\'', '"', '(', ')', '&', ';', '$']) >= 0 ? $"'{path.Replace("'", "'\\''", StringComparison.Ordinal)}'" : path;

    private static string Title(ParsedDocument document) => document.Structure.Title.Length > 0 ? $"《{document.Structure.Title}》" : "";

    private static string Date(DatedEvidence? date) => date is null ? "未知" : $"{date.Date:yyyy年M月d日}";

    private static string Short(string text, int length) => text.Length <= length ? text : text[..length] + "……";
}
