using RectifyNlp.Core.Documents;
using RectifyNlp.Tests;

namespace RectifyNlp.Ingestion.Tests;

public class WordReaderTests
{
    private static readonly RawDocument Report = AutoDetectingDocumentReader.Default.Read(RepositoryPaths.Fixture("rectification-report.docx"));

    [Fact]
    public void Automatic_numbering_is_rendered_to_its_visible_text()
    {
        var texts = Report.Paragraphs.Select(p => p.Text).ToList();
        Assert.Contains("一、加强组织领导，压紧压实整改责任", texts);
        Assert.Contains("（四）关于“选人用人和基层党组织建设存在薄弱环节”的问题", texts);
        // The third level restarts under each second-level heading.
        Assert.Equal(3, texts.Count(t => t.StartsWith("1.关于", StringComparison.Ordinal)));
        Assert.Equal(3, texts.Count(t => t.StartsWith("2.关于", StringComparison.Ordinal)));
    }

    [Fact]
    public void Heading_styles_give_outline_levels()
    {
        Assert.Equal(1, Report.Paragraphs.Single(p => p.Text.StartsWith("二、", StringComparison.Ordinal)).OutlineLevel);
        Assert.Equal(2, Report.Paragraphs.Single(p => p.Text.StartsWith("（二）", StringComparison.Ordinal)).OutlineLevel);
        Assert.Null(Report.Paragraphs.Single(p => p.Text.StartsWith("区委巡察工作领导小组", StringComparison.Ordinal)).OutlineLevel);
    }

    [Fact]
    public void Headers_and_footers_are_not_text()
    {
        Assert.DoesNotContain("巡察整改工作材料", Report.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("- 1 -", Report.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_are_read_row_by_row()
    {
        var rows = Report.Paragraphs.Where(p => p.IsTableRow).Select(p => p.Text).ToList();
        Assert.Equal(
            ["序号 | 反馈问题 | 整改状态", "一 | 村卫生室标准化建设进度滞后 | 正在推进", "二 | 违规发放加班误餐补贴 | 已完成", "三 | 干部档案认定材料不全 | 正在推进"],
            rows);
    }
}
