using System.Globalization;

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
        var ledger = checklist.Problems.Select((p, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(CultureInfo.InvariantCulture),
            p.Issue.Text,
            p.Measures.IsEmpty ? (checklist.ReportTitle is null ? "" : "（报告未写）") : string.Join("\n", p.Measures.Select(m => m.Text)),
            Join(p.Measures.Select(m => m.Leader)),
            Join(p.Measures.Select(m => m.Department)),
            Join(p.Measures.Select(m => m.Deadline)),
            p.Measures.IsEmpty ? "" : p.Measures.Any(m => m.Status == "已完成") ? "已完成" : Join(p.Measures.Select(m => m.Status)),
            string.Join("\n", p.Evidence),
            "",
        ]);
        var whole = checklist.Document.Select((d, i) => (IReadOnlyList<string>)[(i + 1).ToString(CultureInfo.InvariantCulture), d.Text, d.Evidence, d.Finding, ""]);
        XlsxWriter.Write(stream, [
            new XlsxSheet("整改台账", Columns, Widths, [.. ledger]),
            new XlsxSheet("整体事项", ["序号", "事项", "佐证材料", "报告情况", "核查结论"], [6, 50, 30, 40, 20], [.. whole]),
        ]);
    }

    private static string Join(IEnumerable<string?> values) => string.Join("；", values.OfType<string>().Distinct());
}
