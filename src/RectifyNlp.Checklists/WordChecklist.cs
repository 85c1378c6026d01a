using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace RectifyNlp.Checklists;

/// <summary>
/// The checklist as a Word document: the title, a header block for the check (被巡察单位, 核查组, 核查日期), the
/// documents it follows, for each problem — named by its own text, numbered （一）（二）… — a table (measures, gaps,
/// points to verify and evidence with check boxes, questions, the conclusion) whose rows never split across pages,
/// then a table of the items about the whole. Set as a working paper or as 公文 per GB/T 9704 (<see cref="WordLayout"/>):
/// CJK fonts declared by their East Asian names with a fallback each in the font table, margins, page numbers.
/// </summary>
public static class WordChecklist
{
    private const string Box = "☐ ";

    /// <summary>Writes the checklist to <paramref name="stream"/> as a working paper.</summary>
    public static void Write(Checklist checklist, Stream stream) => Write(checklist, stream, WordLayout.WorkingPaper);

    /// <summary>Writes the checklist to <paramref name="stream"/> in <paramref name="layout"/>.</summary>
    public static void Write(Checklist checklist, Stream stream, WordLayout layout)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        ArgumentNullException.ThrowIfNull(layout);
        using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        AddStyles(main, layout);
        AddFonts(main, layout);
        var footers = AddFooters(main, layout);

        var area = 11906 - layout.Left - layout.Right;
        var body = new Body();
        body.Append(Paragraph(checklist.Title, "Title"));

        // The header block the check group fills in; the unit as the documents name it.
        body.Append(Paragraph("被巡察单位：" + (checklist.Unit ?? "＿＿＿＿＿＿＿＿＿＿")));
        body.Append(Paragraph("核查组：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"));
        body.Append(Paragraph("核查日期：　　　　年　　月　　日"));
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
        var number = 0;
        foreach (var problem in checklist.Problems)
        {
            // The problem by its own words, numbered as a document numbers its second level; no internal ids.
            body.Append(Paragraph($"（{RectifyNlp.Core.Structure.ChineseNumeral.Format(++number)}）{problem.Issue.Text}（{problem.CategoryName}）", "Heading2"));
            var rows = new List<(string, IEnumerable<string>)>();
            if (checklist.ReportTitle is not null)
            {
                rows.Add(("报告所述措施", problem.Measures.IsEmpty ? ["（报告未写）"] : problem.Measures.Select((m, i) => $"{i + 1}. {m.Text}（{ChecklistText.Facts(m)}）")));
                rows.Add(("发现的问题", problem.Gaps.IsEmpty ? ["未发现"] : problem.Gaps));
            }

            rows.Add(("核查要点", problem.Verify.Select(v => Box + v)));
            rows.Add(("佐证材料", problem.Evidence.Select(e => Box + e)));
            rows.Add(("追问", problem.Questions.Select((q, i) => $"{i + 1}. {q}")));
            rows.Add(("核查结论", [Box + "整改到位　" + Box + "部分整改　" + Box + "未整改", "核查人：　　　　　日期："]));
            body.Append(Table(Widths(area, [2000, 7000]), null, rows.Select(r => new[] { new[] { r.Item1 }, r.Item2.ToArray() })));
            body.Append(Paragraph(""));
        }

        body.Append(Paragraph("二、整体事项核查", "Heading1"));
        body.Append(Table(
            Widths(area, [900, 2900, 2000, 2100, 1100]),
            ["序号", "事项", "佐证材料", "报告情况", "核查结论"],
            checklist.Document.Select((d, i) => new[] { new[] { (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) }, new[] { d.Text }, new[] { Box + d.Evidence }, new[] { d.Finding }, new[] { Box + "符合", Box + "不符合" } })));

        var section = new SectionProperties();
        foreach (var (type, id) in footers)
        {
            section.Append(new FooterReference { Type = type, Id = id });
        }

        section.Append(
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = layout.Top, Bottom = layout.Bottom, Left = (uint)layout.Left, Right = (uint)layout.Right, Header = 851, Footer = layout.DashedPageNumbers ? 794U : 720U, Gutter = 0 });
        body.Append(section);
        main.Document = new Document(body);
        main.Document.Save();
    }

    /// <summary>Column widths scaled to the type area, in proportion to <paramref name="shares"/>.</summary>
    private static int[] Widths(int area, int[] shares)
    {
        var widths = shares.Select(s => s * area / shares.Sum()).ToArray();
        widths[^1] += area - widths.Sum();
        return widths;
    }

    private static List<(HeaderFooterValues Type, string Id)> AddFooters(MainDocumentPart main, WordLayout layout)
    {
        string Footer(params OpenXmlElement[] paragraph)
        {
            var part = main.AddNewPart<FooterPart>();
            part.Footer = new Footer(new Paragraph(paragraph));
            return main.GetIdOfPart(part);
        }

        if (!layout.DashedPageNumbers)
        {
            return [(HeaderFooterValues.Default, Footer(
                new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
                Run("第 "), Field("PAGE"), Run(" 页 共 "), Field("NUMPAGES"), Run(" 页")))];
        }

        // GB/T 9704 7.5: 四号半角宋体阿拉伯数字, a dash either side, one character in from the outer edge — odd pages
        // on the right, even pages on the left (the settings ask for different odd and even footers).
        var settings = main.AddNewPart<DocumentSettingsPart>();
        settings.Settings = new Settings(new EvenAndOddHeaders());
        OpenXmlElement[] Number(JustificationValues side, Indentation indent)
        {
            RunProperties Size() => new(new RunFonts { Ascii = "宋体", HighAnsi = "宋体", EastAsia = "宋体" }, new FontSize { Val = "28" });
            var before = Run("— ");
            before.PrependChild(Size());
            var after = Run(" —");
            after.PrependChild(Size());
            return [new ParagraphProperties(new Justification { Val = side }, indent), before, Field("PAGE", Size()), after];
        }

        return
        [
            (HeaderFooterValues.Default, Footer(Number(JustificationValues.Right, new Indentation { Right = "280" }))),
            (HeaderFooterValues.Even, Footer(Number(JustificationValues.Left, new Indentation { Left = "280" }))),
        ];
    }

    private static void AddFonts(MainDocumentPart main, WordLayout layout)
    {
        var part = main.AddNewPart<FontTablePart>();
        var fonts = new Fonts();
        foreach (var font in new[] { layout.Body, layout.Title, layout.Heading1, layout.Heading2, new WordFont("宋体", "SimSun") }.DistinctBy(f => f.Name))
        {
            // charset 86 is GB2312: a reader without the face substitutes a Chinese one, the fallback first.
            fonts.Append(new Font(new AltName { Val = font.Fallback }, new FontCharSet { Val = "86" }, new FontFamily { Val = FontFamilyValues.Auto }) { Name = font.Name });
        }

        fonts.Append(new Font(new FontCharSet { Val = "00" }, new FontFamily { Val = FontFamilyValues.Roman }) { Name = "Times New Roman" });
        part.Fonts = fonts;
        part.Fonts.Save();
    }

    private static void AddStyles(MainDocumentPart main, WordLayout layout)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        RunFonts Fonts(WordFont font) => new() { Ascii = "Times New Roman", HighAnsi = "Times New Roman", EastAsia = font.Name, ComplexScript = "Times New Roman" };
        SpacingBetweenLines Spacing(string? before = null, string? after = null) => layout.ExactLine is { } line
            ? new SpacingBetweenLines { Before = before ?? "0", After = after ?? "0", Line = line.ToString(System.Globalization.CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact }
            : new SpacingBetweenLines { Before = before, After = after ?? "60", Line = "300", LineRule = LineSpacingRuleValues.Auto };
        var official = layout.DashedPageNumbers;
        OpenXmlElement[] Emphasis(int size) => official ? [new FontSize { Val = $"{size}" }] : [new Bold(), new FontSize { Val = $"{size}" }];
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(Fonts(layout.Body), new FontSize { Val = $"{layout.BodySize}" }, new Languages { Val = "en-US", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(Spacing()))),
            new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(
                new StyleName { Val = "Title" },
                new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new Justification { Val = JustificationValues.Center }, Spacing(after: official ? "560" : "240")),
                new StyleRunProperties([Fonts(layout.Title), .. Emphasis(layout.TitleSize)]))
            { Type = StyleValues.Paragraph, StyleId = "Title" },
            new Style(
                new StyleName { Val = "heading 1" },
                new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new KeepNext(), Spacing(official ? "0" : "240", official ? "0" : "120"), new OutlineLevel { Val = 0 }),
                new StyleRunProperties([Fonts(layout.Heading1), .. Emphasis(official ? layout.HeadingSize : 30)]))
            { Type = StyleValues.Paragraph, StyleId = "Heading1" },
            new Style(
                new StyleName { Val = "heading 2" },
                new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new KeepNext(), Spacing(official ? "0" : "120", official ? "0" : "60"), new OutlineLevel { Val = 1 }),
                new StyleRunProperties([Fonts(layout.Heading2), .. Emphasis(layout.HeadingSize)]))
            { Type = StyleValues.Paragraph, StyleId = "Heading2" },
            new Style(
                new StyleName { Val = "Table Text" },
                new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0", Line = "260", LineRule = LineSpacingRuleValues.Auto }),
                new StyleRunProperties(new FontSize { Val = $"{layout.TableSize}" }))
            { Type = StyleValues.Paragraph, StyleId = "TableText" });
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
        // A row is never split over two pages: a measure or a conclusion read across a page break is misread.
        var row = new TableRow(isHeader ? new TableRowProperties(new CantSplit(), new TableHeader()) : new TableRowProperties(new CantSplit()));

        for (var i = 0; i < cells.Length; i++)
        {
            var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }));
            var lines = cells[i].Length == 0 ? [""] : cells[i];
            foreach (var line in lines)
            {
                var paragraph = Paragraph(line, "TableText");
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

    private static SimpleField Field(string name, RunProperties? properties = null)
    {
        var run = Run("1");
        if (properties is not null)
        {
            run.PrependChild(properties);
        }

        return new SimpleField(run) { Instruction = $" {name} " };
    }
}
