using System.Globalization;

namespace RectifyNlp.Checklists;

/// <summary>
/// The checklist as the ledger offices keep (整改台账): a title row with the unit, then one row per problem with 序号,
/// 问题类别, 问题, 整改目标, 整改措施, 责任领导, 责任部门, 责任人, 整改时限, 完成情况, 佐证材料, 核查结论, 是否销号,
/// 销号时间, 备注 — the columns the report cannot fill left for the inspector, 核查结论 and 是否销号 as drop-down
/// lists; a frozen, filtered header row, set column widths, wrapped text in rows high enough to show it; printed
/// landscape on A4, fitted to the width, title and header on every page. A second sheet for the items about the whole.
/// </summary>
public static class ExcelChecklist
{
    /// <summary>The ledger's columns, in order.</summary>
    public static readonly IReadOnlyList<string> Columns = ["序号", "问题类别", "问题", "整改目标", "整改措施", "责任领导", "责任部门", "责任人", "整改时限", "完成情况", "佐证材料", "核查结论", "是否销号", "销号时间", "备注"];

    /// <summary>What 核查结论 may say.</summary>
    public static readonly IReadOnlyList<string> Findings = ["已整改到位", "基本整改到位", "未整改到位", "需进一步核实"];

    /// <summary>What 是否销号 may say.</summary>
    public static readonly IReadOnlyList<string> WrittenOff = ["是", "否"];

    private static readonly double[] Widths = [5, 12, 34, 14, 44, 12, 14, 9, 12, 9, 24, 13, 8, 10, 12];

    /// <summary>Writes the checklist to <paramref name="stream"/>.</summary>
    public static void Write(Checklist checklist, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        var ledger = checklist.Problems.Select((p, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(CultureInfo.InvariantCulture),
            p.CategoryName,
            p.Issue.Text,
            "",
            p.Measures.IsEmpty ? (checklist.ReportTitle is null ? "" : "（报告未写）") : string.Join("\n", p.Measures.Select(m => m.Text)),
            Join(p.Measures.Select(m => m.Leader)),
            Join(p.Measures.Select(m => m.Department)),
            "",
            Join(p.Measures.Select(m => m.Deadline)),
            p.Measures.IsEmpty ? "" : p.Measures.Any(m => m.Status == "已完成") ? "已完成" : Join(p.Measures.Select(m => m.Status)),
            string.Join("\n", p.Evidence),
            "",
            "",
            "",
            "",
        ]);
        var whole = checklist.Document.Select((d, i) => (IReadOnlyList<string>)[(i + 1).ToString(CultureInfo.InvariantCulture), d.Text, d.Evidence, d.Finding, ""]);
        var unit = checklist.Unit ?? "";
        var column = Columns.ToList();
        XlsxWriter.Write(stream, [
            new XlsxSheet("整改台账", Columns, Widths, [.. ledger])
            {
                Title = $"{unit}巡察整改核查台账",
                Choices = new Dictionary<int, IReadOnlyList<string>> { [column.IndexOf("核查结论")] = Findings, [column.IndexOf("是否销号")] = WrittenOff },
                Numbers = true,
            },
            new XlsxSheet("整体事项", ["序号", "事项", "佐证材料", "报告情况", "核查结论"], [6, 50, 30, 40, 20], [.. whole])
            {
                Title = $"{unit}巡察整改整体事项核查",
                Choices = new Dictionary<int, IReadOnlyList<string>> { [4] = Findings },
                Numbers = true,
            },
        ]);
    }

    private static string Join(IEnumerable<string?> values) => string.Join("；", values.OfType<string>().Distinct());
}
