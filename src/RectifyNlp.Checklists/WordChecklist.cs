using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace RectifyNlp.Checklists;

/// <summary>
/// The checklist as a Word document: A4, the title, the documents it follows, for each problem its statement and
/// a table (measures, gaps, points to verify and evidence with check boxes, questions, the conclusion), then a
/// table of the items about the whole; CJK fonts declared (宋体/SimSun for East Asian text, 黑体 for headings),
/// page numbers in the footer (第 X 页 共 Y 页).
/// </summary>
public static class WordChecklist
{
    private const string Box = "☐ ";

    /// <summary>Writes the checklist to <paramref name="stream"/>.</summary>
    public static void Write(Checklist checklist, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        AddStyles(main);
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = new Footer(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            Run("第 "), Field("PAGE"), Run(" 页 共 "), Field("NUMPAGES"), Run(" 页")));
        var footerId = main.GetIdOfPart(footer);

        var body = new Body();
        body.Append(Paragraph(checklist.Title, "Title"));
        if (checklist.FeedbackTitle.Length > 0)
        {
            body.Append(Paragraph("反馈意见：" + checklist.FeedbackTitle));
        }

        body.Append(Paragraph("整改报告：" + (checklist.ReportTitle ?? "（未提供，本清单为依据反馈意见的预审清单）")));
        foreach (var note in checklist.Notes)
        {
            body.Append(Paragraph("说明：" + note));
        }

        body.Append(Paragraph("一、问题逐项核查", "Heading1"));
        foreach (var problem in checklist.Problems)
        {
            body.Append(Paragraph($"{problem.Issue.Id}　{problem.Issue.Text}（{problem.CategoryName}）", "Heading2"));
            var rows = new List<(string, IEnumerable<string>)>();
            if (checklist.ReportTitle is not null)
            {
                rows.Add(("报告所述措施", problem.Measures.IsEmpty ? ["（报告未写）"] : problem.Measures.Select(m => $"{m.Id}（{ChecklistText.Facts(m)}）：{m.Text}")));
                rows.Add(("发现的问题", problem.Gaps.IsEmpty ? ["未发现"] : problem.Gaps));
            }

            rows.Add(("核查要点", problem.Verify.Select(v => Box + v)));
            rows.Add(("佐证材料", problem.Evidence.Select(e => Box + e)));
            rows.Add(("追问", problem.Questions.Select((q, i) => $"{i + 1}. {q}")));
            rows.Add(("核查结论", [Box + "整改到位　" + Box + "部分整改　" + Box + "未整改", "核查人：　　　　　日期："]));
            body.Append(Table([1800, 7200], null, rows.Select(r => new[] { new[] { r.Item1 }, r.Item2.ToArray() })));
            body.Append(Paragraph(""));
        }

        body.Append(Paragraph("二、整体事项核查", "Heading1"));
        body.Append(Table(
            [600, 3000, 2000, 2200, 1200],
            ["序号", "事项", "佐证材料", "报告情况", "核查结论"],
            checklist.Document.Select((d, i) => new[] { new[] { (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) }, new[] { d.Text }, new[] { Box + d.Evidence }, new[] { d.Finding }, new[] { Box + "符合", Box + "不符合" } })));

        body.Append(new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1440, Bottom = 1440, Left = 1304, Right = 1304, Header = 720, Footer = 720, Gutter = 0 }));
        main.Document = new Document(body);
        main.Document.Save();
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        RunFonts Fonts(string eastAsia) => new() { Ascii = "Times New Roman", HighAnsi = "Times New Roman", EastAsia = eastAsia, ComplexScript = "Times New Roman" };
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(Fonts("宋体"), new FontSize { Val = "22" }, new Languages { Val = "en-US", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "60", Line = "300", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(
                new StyleName { Val = "Title" },
                new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new Justification { Val = JustificationValues.Center }, new SpacingBetweenLines { After = "240" }),
                new StyleRunProperties(Fonts("黑体"), new Bold(), new FontSize { Val = "36" }))
            { Type = StyleValues.Paragraph, StyleId = "Title" },
            new Style(
                new StyleName { Val = "heading 1" },
                new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = 0 }),
                new StyleRunProperties(Fonts("黑体"), new Bold(), new FontSize { Val = "30" }))
            { Type = StyleValues.Paragraph, StyleId = "Heading1" },
            new Style(
                new StyleName { Val = "heading 2" },
                new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "120", After = "60" }, new OutlineLevel { Val = 1 }),
                new StyleRunProperties(Fonts("黑体"), new Bold(), new FontSize { Val = "24" }))
            { Type = StyleValues.Paragraph, StyleId = "Heading2" });
        styles.Styles.Save();
    }

    private static Table Table(int[] widths, string[]? header, IEnumerable<string[][]> rows)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(new TableWidth { Width = widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }, border, new TableLayout { Type = TableLayoutValues.Fixed }));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        if (header is not null)
        {
            table.Append(Row(widths, header.Select(h => new[] { h }).ToArray(), isHeader: true));
        }

        foreach (var row in rows)
        {
            table.Append(Row(widths, row, isHeader: false));
        }

        return table;
    }

    private static TableRow Row(int[] widths, string[][] cells, bool isHeader)
    {
        var row = new TableRow();
        if (isHeader)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        for (var i = 0; i < cells.Length; i++)
        {
            var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }));
            var lines = cells[i].Length == 0 ? [""] : cells[i];
            foreach (var line in lines)
            {
                var paragraph = Paragraph(line);
                if (isHeader || (i == 0 && cells.Length == 2))
                {
                    foreach (var run in paragraph.Elements<Run>())
                    {
                        run.PrependChild(new RunProperties(new Bold()));
                    }
                }

                cell.Append(paragraph);
            }

            row.Append(cell);
        }

        return row;
    }

    private static Paragraph Paragraph(string text, string? style = null)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraph.Append(Run(text));
        return paragraph;
    }

    private static Run Run(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static SimpleField Field(string name) => new(Run("1")) { Instruction = $" {name} " };
}
