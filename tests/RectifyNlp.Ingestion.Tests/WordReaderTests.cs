using RectifyNlp.Core.Documents;
using RectifyNlp.Tests;

using W = DocumentFormat.OpenXml.Wordprocessing;

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

    [Fact]
    public void A_cell_merged_down_over_rows_reads_as_the_ditto_mark_in_the_rows_below_it()
    {
        var path = Path.Combine(Path.GetTempPath(), $"merged-{Guid.NewGuid():N}.docx");
        try
        {
            using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
            {
                var main = document.AddMainDocumentPart();
                static W.TableCell Cell(string text, W.MergedCellValues? merge = null)
                {
                    var cell = new W.TableCell(new W.Paragraph(new W.Run(new W.Text(text))));
                    if (merge is { } value)
                    {
                        cell.PrependChild(new W.TableCellProperties(new W.VerticalMerge { Val = value }));
                    }

                    return cell;
                }

                var table = new W.Table(
                    new W.TableRow(Cell("序号"), Cell("反馈问题"), Cell("责任领导"), Cell("备注")),
                    new W.TableRow(Cell("1"), Cell("耗材采购管理不严"), Cell("副院长魏楠", W.MergedCellValues.Restart), Cell("", W.MergedCellValues.Restart)),
                    new W.TableRow(Cell("2"), Cell("二级库账实不符"), Cell("", W.MergedCellValues.Continue), Cell("", W.MergedCellValues.Continue)),
                    new W.TableRow(Cell("3"), Cell("科室自行采购"), Cell(""), Cell("")));
                main.Document = new W.Document(new W.Body(new W.Paragraph(new W.Run(new W.Text("某院整改台账"))), table));
            }

            var rows = AutoDetectingDocumentReader.Default.Read(path).Paragraphs.Where(p => p.IsTableRow).Select(p => p.Text).ToList();
            // The merged leader's rows below repeat it; a merged cell with no text stays blank, and so does a plain empty cell.
            Assert.Equal(["序号 | 反馈问题 | 责任领导 | 备注", "1 | 耗材采购管理不严 | 副院长魏楠 | ", "2 | 二级库账实不符 | 〃 | ", "3 | 科室自行采购 |  | "], rows);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_table_of_one_column_is_a_framed_box_whose_paragraphs_stay_paragraphs()
    {
        var path = Path.Combine(Path.GetTempPath(), $"box-{Guid.NewGuid():N}.docx");
        try
        {
            using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
            {
                var main = document.AddMainDocumentPart();
                static W.Paragraph Line(string text) => new(new W.Run(new W.Text(text)));
                var box = new W.Table(new W.TableRow(new W.TableCell(
                    Line("典型案例"),
                    Line("1.2024年有3次支委会记录照抄上级通知，没有讨论过程。"),
                    Line("2.2024年“七一”主题党日签到23人，实到不足10人。"))));
                main.Document = new W.Document(new W.Body(Line("（一）村党支部政治功能发挥不够"), Line("“三会一课”制度执行不严格。"), box, Line("（二）村集体“三资”管理混乱")));
            }

            var paragraphs = AutoDetectingDocumentReader.Default.Read(path).Paragraphs;
            Assert.DoesNotContain(paragraphs, p => p.IsTableRow);
            Assert.Equal(
                ["（一）村党支部政治功能发挥不够", "“三会一课”制度执行不严格。", "典型案例", "1.2024年有3次支委会记录照抄上级通知，没有讨论过程。", "2.2024年“七一”主题党日签到23人，实到不足10人。", "（二）村集体“三资”管理混乱"],
                paragraphs.Select(p => p.Text.Trim()).Where(t => t.Length > 0));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
