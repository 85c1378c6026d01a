using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace RectifyNlp.Checklists;

/// <summary>
/// The checklist as the ledger inspectors keep (整改台账): one row per problem with 序号, 问题, 整改措施, 责任领导,
/// 责任部门, 整改时限, 完成情况, 佐证材料, 核查结论; a frozen, filtered header row, set column widths and wrapped
/// text; a second sheet for the items about the whole.
/// </summary>
public static class ExcelChecklist
{
    /// <summary>The ledger's columns, in order.</summary>
    public static readonly IReadOnlyList<string> Columns = ["序号", "问题", "整改措施", "责任领导", "责任部门", "整改时限", "完成情况", "佐证材料", "核查结论"];

    private static readonly double[] Widths = [6, 40, 50, 14, 18, 14, 10, 30, 20];

    /// <summary>Writes the checklist to <paramref name="stream"/>.</summary>
    public static void Write(Checklist checklist, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();
        styles.Stylesheet.Save();
        var sheets = workbook.Workbook.AppendChild(new Sheets());

        var ledger = checklist.Problems.Select((p, i) => new[]
        {
            (i + 1).ToString(CultureInfo.InvariantCulture),
            p.Issue.Text,
            p.Measures.IsEmpty ? (checklist.ReportTitle is null ? "" : "（报告未写）") : string.Join("\n", p.Measures.Select(m => m.Text)),
            Join(p.Measures.Select(m => m.Leader)),
            Join(p.Measures.Select(m => m.Department)),
            Join(p.Measures.Select(m => m.Deadline)),
            p.Measures.IsEmpty ? "" : p.Measures.Any(m => m.Status == "已完成") ? "已完成" : Join(p.Measures.Select(m => m.Status)),
            string.Join("\n", p.Evidence),
            "",
        });
        AddSheet(workbook, sheets, 1, "整改台账", Columns, Widths, ledger);
        var whole = checklist.Document.Select((d, i) => new[] { (i + 1).ToString(CultureInfo.InvariantCulture), d.Text, d.Evidence, d.Finding, "" });
        AddSheet(workbook, sheets, 2, "整体事项", ["序号", "事项", "佐证材料", "报告情况", "核查结论"], [6, 50, 30, 40, 20], whole);
        workbook.Workbook.Save();
    }

    private static string Join(IEnumerable<string?> values) => string.Join("；", values.OfType<string>().Distinct());

    private static void AddSheet(WorkbookPart workbook, Sheets sheets, uint id, string name, IReadOnlyList<string> header, double[] widths, IEnumerable<string[]> rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        data.Append(Row(1, header, style: 1));
        uint index = 2;
        foreach (var row in rows)
        {
            data.Append(Row(index++, row, style: 2));
        }

        var last = ColumnName(header.Count);
        part.Worksheet = new Worksheet(
            new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }, new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } }) { WorkbookViewId = 0 }),
            new Columns(widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true })),
            data,
            new AutoFilter { Reference = $"A1:{last}{Math.Max(1, index - 1)}" });
        part.Worksheet.Save();
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
    }

    private static Row Row(uint index, IReadOnlyList<string> values, uint style)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < values.Count; i++)
        {
            row.Append(new Cell(new InlineString(new Text(values[i]) { Space = SpaceProcessingModeValues.Preserve }))
            {
                CellReference = ColumnName(i + 1) + index.ToString(CultureInfo.InvariantCulture),
                DataType = CellValues.InlineString,
                StyleIndex = style,
            });
        }

        return row;
    }

    private static string ColumnName(int number)
    {
        var name = "";
        for (; number > 0; number = (number - 1) / 26)
        {
            name = (char)('A' + ((number - 1) % 26)) + name;
        }

        return name;
    }

    // 0: default; 1: header (bold, grey fill, border, wrapped, centred); 2: body (border, wrapped, top-aligned).
    private static Stylesheet Stylesheet()
    {
        var thin = new Border(
            new LeftBorder { Style = BorderStyleValues.Thin },
            new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin },
            new BottomBorder { Style = BorderStyleValues.Thin },
            new DiagonalBorder());
        return new Stylesheet(
            new Fonts(
                new Font(new FontSize { Val = 11 }, new FontName { Val = "宋体" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "宋体" }))
            { Count = 2 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9D9D9" }) { PatternType = PatternValues.Solid }))
            { Count = 3 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), thin) { Count = 2 },
            new CellFormats(
                new CellFormat { FontId = 0, FillId = 0, BorderId = 0 },
                new CellFormat(new Alignment { WrapText = true, Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center }) { FontId = 1, FillId = 2, BorderId = 1, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true },
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { FontId = 0, FillId = 0, BorderId = 1, ApplyBorder = true, ApplyAlignment = true })
            { Count = 3 });
    }
}
