using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace RectifyNlp.FixtureWriter;

/// <summary>
/// Writes a sample text as a Word document the way offices set one: title style, headings numbered by
/// Word's automatic numbering (一、 / （一） / 1.), body paragraphs indented two characters, a running
/// header and a page-number footer, and optionally a table.
/// </summary>
internal static partial class DocxWriter
{
    private const string Font = "Noto Serif CJK SC";

    [GeneratedRegex("^[一二三四五六七八九十]+、")]
    private static partial Regex Level1();

    [GeneratedRegex("^（[一二三四五六七八九十]+）")]
    private static partial Regex Level2();

    [GeneratedRegex(@"^\d+\.")]
    private static partial Regex Level3();

    public static void Write(string[] lines, string path, string[][]? table)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
        main.AddNewPart<NumberingDefinitionsPart>().Numbering = Numbering();
        var header = main.AddNewPart<HeaderPart>();
        header.Header = new Header(new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), new Run(new Text("区卫生健康局巡察整改工作材料"))));
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = new Footer(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new Run(new Text("- ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " },
            new Run(new Text(" -") { Space = SpaceProcessingModeValues.Preserve })));

        var body = new Body();
        var inTitle = true;
        foreach (var line in lines)
        {
            if (line.EndsWith('。') || line.EndsWith('：'))
            {
                inTitle = false;
            }

            if (inTitle)
            {
                body.Append(Paragraph("Title", line, center: true));
            }
            else if (Level1().Match(line) is { Success: true } m1)
            {
                body.Append(Paragraph("Heading1", line[m1.Length..]));
            }
            else if (Level2().Match(line) is { Success: true } m2)
            {
                body.Append(Paragraph("Heading2", line[m2.Length..]));
            }
            else if (Level3().Match(line) is { Success: true } m3)
            {
                body.Append(Paragraph("ListItem", line[m3.Length..]));
            }
            else
            {
                body.Append(Paragraph("Normal", line, indent: !line.EndsWith('：')));
            }

            if (table is not null && line.StartsWith("2.关于“三会一课”", StringComparison.Ordinal))
            {
                body.Append(Table(table));
            }
        }

        body.Append(new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 2098, Bottom = 1984, Left = 1587, Right = 1474, Header = 851, Footer = 992 }));
        main.Document = new Document(body);
    }

    private static Paragraph Paragraph(string style, string text, bool center = false, bool indent = false)
    {
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = style });
        if (indent)
        {
            properties.Append(new Indentation { FirstLine = "640", FirstLineChars = 200 });
        }

        if (center)
        {
            properties.Append(new Justification { Val = JustificationValues.Center });
        }

        return new Paragraph(properties, new Run(new Text(text)));
    }

    private static Table Table(string[][] rows)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(border, new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }));
        foreach (var row in rows)
        {
            table.Append(new TableRow(row.Select(cell => new TableCell(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TableText" }), new Run(new Text(cell)))))));
        }

        return table;
    }

    private static Styles Styles()
    {
        static Style Paragraph(string id, string name, string? basedOn, int halfPoints, bool bold = false, int? outline = null, int? numberingLevel = null)
        {
            var paragraph = new StyleParagraphProperties();
            if (numberingLevel is { } level)
            {
                paragraph.Append(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = 1 }));
            }

            paragraph.Append(new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact });
            if (outline is { } o)
            {
                paragraph.Append(new OutlineLevel { Val = o });
            }

            var run = new StyleRunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, EastAsia = Font });
            if (bold)
            {
                run.Append(new Bold());
            }

            run.Append(new FontSize { Val = halfPoints.ToString() });
            var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id, Default = id == "Normal" ? true : null };
            if (basedOn is not null)
            {
                style.Append(new BasedOn { Val = basedOn });
            }

            style.Append(paragraph, run);
            return style;
        }

        return new Styles(
            Paragraph("Normal", "Normal", null, 32),
            Paragraph("Title", "Title", "Normal", 44, bold: true),
            Paragraph("Heading1", "heading 1", "Normal", 32, bold: true, outline: 0, numberingLevel: 0),
            Paragraph("Heading2", "heading 2", "Normal", 32, outline: 1, numberingLevel: 1),
            Paragraph("ListItem", "List Number 3", "Normal", 32, numberingLevel: 2),
            Paragraph("TableText", "Table Text", "Normal", 24));
    }

    private static Numbering Numbering()
    {
        static Level Level(int index, NumberFormatValues format, string text) => new(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = format },
            new LevelText { Val = text },
            new LevelSuffix { Val = LevelSuffixValues.Nothing },
            new PreviousParagraphProperties(new Indentation { FirstLine = "640", FirstLineChars = 200 }))
        { LevelIndex = index };

        return new Numbering(
            new AbstractNum(
                Level(0, NumberFormatValues.ChineseCounting, "%1、"),
                Level(1, NumberFormatValues.ChineseCounting, "（%2）"),
                Level(2, NumberFormatValues.Decimal, "%3."))
            { AbstractNumberId = 0 },
            new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });
    }
}
