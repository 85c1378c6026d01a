using System.Text;

namespace RectifyNlp.Checklists;

/// <summary>The checklist as Markdown, for quick reading (task-list check boxes, a table for the whole).</summary>
public static class MarkdownChecklist
{
    /// <summary>Writes the checklist.</summary>
    public static string Write(Checklist checklist)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        var md = new StringBuilder();
        md.Append("# ").AppendLine(checklist.Title).AppendLine();
        if (checklist.FeedbackTitle.Length > 0)
        {
            md.Append("- 反馈意见：").AppendLine(checklist.FeedbackTitle);
        }

        md.Append("- 整改报告：").AppendLine(checklist.ReportTitle ?? "（未提供，本清单为依据反馈意见的预审清单）");
        foreach (var note in checklist.Notes)
        {
            md.Append("- 说明：").AppendLine(note);
        }

        md.AppendLine().AppendLine("## 一、问题逐项核查").AppendLine();
        foreach (var problem in checklist.Problems)
        {
            md.Append("### ").Append(problem.Issue.Id).Append(' ').Append(Short(problem.Issue.Text, 30)).Append('（').Append(problem.CategoryName).AppendLine("）").AppendLine();
            md.Append("**问题**：").AppendLine(problem.Issue.Text).AppendLine();
            if (checklist.ReportTitle is not null)
            {
                md.AppendLine("**报告所述措施**：");
                if (problem.Measures.IsEmpty)
                {
                    md.AppendLine("- （报告未写）");
                }

                foreach (var measure in problem.Measures)
                {
                    md.Append("- ").Append(measure.Id).Append('（').Append(ChecklistText.Facts(measure)).Append("）：").AppendLine(measure.Text);
                }

                md.AppendLine();
                if (!problem.Gaps.IsEmpty)
                {
                    md.AppendLine("**发现的问题**：");
                    foreach (var gap in problem.Gaps)
                    {
                        md.Append("- ").AppendLine(gap);
                    }

                    md.AppendLine();
                }
            }

            md.AppendLine("**核查要点**：");
            foreach (var point in problem.Verify)
            {
                md.Append("- [ ] ").AppendLine(point);
            }

            md.AppendLine().AppendLine("**需调取的佐证材料**：");
            foreach (var evidence in problem.Evidence)
            {
                md.Append("- [ ] ").AppendLine(evidence);
            }

            md.AppendLine().AppendLine("**追问**：");
            for (var i = 0; i < problem.Questions.Length; i++)
            {
                md.Append(i + 1).Append(". ").AppendLine(problem.Questions[i]);
            }

            md.AppendLine().AppendLine("**核查结论**：□ 整改到位　□ 部分整改　□ 未整改").AppendLine();
        }

        md.AppendLine("## 二、整体事项核查").AppendLine();
        md.AppendLine("| 序号 | 事项 | 佐证材料 | 报告情况 | 核查结论 |");
        md.AppendLine("|---|---|---|---|---|");
        for (var i = 0; i < checklist.Document.Length; i++)
        {
            var item = checklist.Document[i];
            md.Append("| ").Append(i + 1).Append(" | ").Append(Cell(item.Text)).Append(" | ").Append(Cell(item.Evidence)).Append(" | ").Append(Cell(item.Finding)).AppendLine(" | □ 符合　□ 不符合 |");
        }

        return md.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");

    private static string Short(string text, int length) => text.Length <= length ? text : text[..length] + "……";
}

/// <summary>Wording shared by the writers.</summary>
internal static class ChecklistText
{
    /// <summary>A measure's status, owner and time limit in one line.</summary>
    public static string Facts(ChecklistMeasure measure) => string.Join("；", new[]
    {
        measure.Status,
        measure.Leader is null ? null : "责任领导：" + measure.Leader,
        measure.Department is null ? null : "责任部门：" + measure.Department,
        measure.Deadline is null ? null : "时限：" + measure.Deadline,
    }.OfType<string>());
}
