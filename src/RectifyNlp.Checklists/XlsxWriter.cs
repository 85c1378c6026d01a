using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace RectifyNlp.Checklists;

/// <summary>A worksheet: its name, header, column widths (characters) and rows of text.</summary>
public sealed record XlsxSheet(string Name, IReadOnlyList<string> Header, IReadOnlyList<double> Widths, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>A title row above the header, merged across it (白河镇巡察整改核查台账), or null for none.</summary>
    public string? Title { get; init; }

    /// <summary>Drop-down lists: by column index, the values a cell of that column may take.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<string>> Choices { get; init; } = new Dictionary<int, IReadOnlyList<string>>();

    /// <summary>Whether cells that read as numbers (12, 0.85, 85.0%) are stored as numbers, so that they sum and sort.</summary>
    public bool Numbers { get; init; }
}

/// <summary>
/// Writes worksheets of text as an .xlsx workbook the way inspectors' ledgers look and print: an optional title row,
/// a bold, grey, frozen and filtered header row, set column widths, thin borders, wrapped text with row heights that
/// show all of it, drop-down lists where a column takes set values; printed landscape on A4, fitted to the page's
/// width, the title and header repeated on every page, page numbers in the footer.
/// </summary>
public static partial class XlsxWriter
{
    // Points per line of 11 pt text — 宋体 needs 14.3, Noto Sans CJK (what LibreOffice substitutes on Linux) 16 — and
    // Excel's highest row.
    private const double LineHeight = 16;
    private const double MaxRowHeight = 409;

    /// <summary>Writes <paramref name="sheets"/> to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, IReadOnlyList<XlsxSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();
        styles.Stylesheet.Save();
        var list = workbook.Workbook.AppendChild(new Sheets());
        var names = new DefinedNames();
        for (var i = 0; i < sheets.Count; i++)
        {
            var sheet = sheets[i];
            AddSheet(workbook, list, (uint)(i + 1), sheet);
            var headerRow = sheet.Title is null ? 1 : 2;
            var quoted = "'" + sheet.Name.Replace("'", "''", StringComparison.Ordinal) + "'";
            names.Append(new DefinedName($"{quoted}!$1:${headerRow}") { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)i });
            names.Append(new DefinedName($"{quoted}!$A${headerRow}:${ColumnName(sheet.Header.Count)}${headerRow + sheet.Rows.Count}") { Name = "_xlnm._FilterDatabase", LocalSheetId = (uint)i, Hidden = true });
        }

        workbook.Workbook.Append(names);
        workbook.Workbook.Save();
    }

    private static void AddSheet(WorkbookPart workbook, Sheets sheets, uint id, XlsxSheet sheet)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var widths = sheet.Widths.ToArray();
        var data = new SheetData();
        uint index = 1;
        if (sheet.Title is not null)
        {
            var title = Row(index++, [sheet.Title], Style.Title, widths, numbers: false);
            title.Height = 30;
            title.CustomHeight = true;
            data.Append(title);
        }

        var headerRow = index;
        data.Append(Row(index++, sheet.Header, Style.Header, widths, numbers: false));
        foreach (var row in sheet.Rows)
        {
            data.Append(Row(index++, row, Style.Body, widths, sheet.Numbers));
        }

        var last = ColumnName(sheet.Header.Count);
        var lastRow = Math.Max(headerRow, index - 1);
        var top = $"A{headerRow + 1}";
        var worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView(new Pane { VerticalSplit = headerRow, TopLeftCell = top, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }, new Selection { Pane = PaneValues.BottomLeft, ActiveCell = top, SequenceOfReferences = new ListValue<StringValue> { InnerText = top } }) { WorkbookViewId = 0 }),
            new Columns(widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true })),
            data,
            new AutoFilter { Reference = $"A{headerRow}:{last}{lastRow}" });
        if (sheet.Title is not null)
        {
            worksheet.Append(new MergeCells(new MergeCell { Reference = $"A1:{last}1" }) { Count = 1 });
        }

        if (sheet.Choices.Count > 0 && sheet.Rows.Count > 0)
        {
            var validations = new DataValidations();
            foreach (var (column, values) in sheet.Choices.OrderBy(c => c.Key))
            {
                var letter = ColumnName(column + 1);
                validations.Append(new DataValidation(new Formula1($"\"{string.Join(",", values)}\""))
                {
                    Type = DataValidationValues.List,
                    AllowBlank = true,
                    ShowErrorMessage = true,
                    ErrorTitle = "请从列表中选择",
                    Error = "可选：" + string.Join("、", values),
                    SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{letter}{headerRow + 1}:{letter}{lastRow}" },
                });
            }

            validations.Count = (uint)validations.ChildElements.Count;
            worksheet.Append(validations);
        }

        worksheet.Append(
            new PrintOptions { HorizontalCentered = true },
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.7, Bottom = 0.7, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 },
            new HeaderFooter(new OddFooter("&C第 &P 页 共 &N 页")));
        part.Worksheet = worksheet;
        part.Worksheet.Save();
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = sheet.Name });
    }

    private enum Style : uint
    {
        Header = 1,
        Body = 2,
        Title = 3,
        Number = 4,
        Percent = 5,
    }

    private static Row Row(uint index, IReadOnlyList<string> values, Style style, double[] widths, bool numbers)
    {
        var row = new Row { RowIndex = index };
        var lines = 1;
        for (var i = 0; i < values.Count; i++)
        {
            var reference = ColumnName(i + 1) + index.ToString(CultureInfo.InvariantCulture);
            var value = values[i];
            var number = numbers ? NumberPattern().Match(value) : System.Text.RegularExpressions.Match.Empty;
            if (number.Success)
            {
                var parsed = double.Parse(number.Groups["n"].Value, CultureInfo.InvariantCulture);
                var percent = number.Groups["p"].Success;
                row.Append(new Cell(new CellValue(percent ? parsed / 100 : parsed)) { CellReference = reference, DataType = CellValues.Number, StyleIndex = (uint)(percent ? Style.Percent : Style.Number) });
                continue;
            }

            row.Append(new Cell(new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve }))
            {
                CellReference = reference,
                DataType = CellValues.InlineString,
                StyleIndex = (uint)style,
            });
            if (style != Style.Title && i < widths.Length)
            {
                lines = Math.Max(lines, LinesIn(value, widths[i]));
            }
        }

        if (lines > 1)
        {
            row.Height = Math.Min(MaxRowHeight, (lines * LineHeight) + 4);
            row.CustomHeight = true;
        }

        return row;
    }

    /// <summary>How many lines <paramref name="text"/> wraps to in a column <paramref name="width"/> characters wide (a Chinese character is two).</summary>
    internal static int LinesIn(string text, double width)
    {
        var room = Math.Max(1, width - 1);
        return text.Split('\n').Sum(line => Math.Max(1, (int)Math.Ceiling(line.Sum(c => c >= 0x2E80 ? 2 : 1) / room)));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<n>-?(?:0|[1-9]\d{0,14})(?:\.\d+)?)(?<p>%)?$")]
    private static partial System.Text.RegularExpressions.Regex NumberPattern();

    private static string ColumnName(int number)
    {
        var name = "";
        for (; number > 0; number = (number - 1) / 26)
        {
            name = (char)('A' + ((number - 1) % 26)) + name;
        }

        return name;
    }

    // 0: default; 1: header (bold, grey fill, border, wrapped, centred); 2: body (border, wrapped, top-aligned);
    // 3: title (bold 16 pt, centred); 4: a number in the body; 5: a percentage in the body (0.0%).
    private static Stylesheet Stylesheet()
    {
        var thin = new Border(
            new LeftBorder { Style = BorderStyleValues.Thin },
            new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin },
            new BottomBorder { Style = BorderStyleValues.Thin },
            new DiagonalBorder());
        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "0.0%" }) { Count = 1 },
            new Fonts(
                new Font(new FontSize { Val = 11 }, new FontName { Val = "宋体" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "宋体" }),
                new Font(new Bold(), new FontSize { Val = 16 }, new FontName { Val = "宋体" }))
            { Count = 3 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9D9D9" }) { PatternType = PatternValues.Solid }))
            { Count = 3 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), thin) { Count = 2 },
            new CellFormats(
                new CellFormat { FontId = 0, FillId = 0, BorderId = 0 },
                new CellFormat(new Alignment { WrapText = true, Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center }) { FontId = 1, FillId = 2, BorderId = 1, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true },
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { FontId = 0, FillId = 0, BorderId = 1, ApplyBorder = true, ApplyAlignment = true },
                new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center }) { FontId = 2, FillId = 0, BorderId = 0, ApplyFont = true, ApplyAlignment = true },
                new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top }) { FontId = 0, FillId = 0, BorderId = 1, NumberFormatId = 0, ApplyBorder = true, ApplyAlignment = true },
                new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top }) { FontId = 0, FillId = 0, BorderId = 1, NumberFormatId = 164, ApplyBorder = true, ApplyAlignment = true, ApplyNumberFormat = true })
            { Count = 6 });
    }
}
