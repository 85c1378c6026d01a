using System.Globalization;
using System.Text;
using RectifyNlp.Analysis;
using RectifyNlp.Checklists;
using RectifyNlp.Core.IO;

namespace RectifyNlp.Batch;

/// <summary>
/// Writes a batch's results into the output folder: <c>index.html</c> (the dashboard, <see cref="BatchDashboard"/>),
/// <c>summary.json</c>, CSV files (UTF-8 with BOM, for Excel), <c>batch.xlsx</c> and, given the store, each unit's
/// side-by-side report page under <c>units/&lt;round&gt;/&lt;unit&gt;.html</c>. Each file is written beside its target
/// and moved in place.
/// </summary>
public static class BatchOutput
{
    /// <summary>The files written, in order.</summary>
    public static readonly IReadOnlyList<string> Files = ["index.html", "summary.json", "pairs.csv", "issues.csv", "gaps.csv", "recurrences.csv", "failures.csv", "batch.xlsx"];

    /// <summary>The folder of the units' report pages.</summary>
    public const string PagesFolder = "units";

    /// <summary>
    /// Writes everything into <paramref name="folder"/>; with <paramref name="store"/>, the report page each analysis of
    /// the run kept there, linked from the dashboard (the pages of an earlier run are replaced).
    /// </summary>
    public static void Write(string folder, BatchSummary summary, BatchRun run, IBatchStore? store = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(run);
        Directory.CreateDirectory(folder);
        var pages = new HashSet<(string Round, string Unit)>();
        if (store is not null)
        {
            var pagesFolder = Path.Combine(folder, PagesFolder);
            if (Directory.Exists(pagesFolder))
            {
                Directory.Delete(pagesFolder, recursive: true);
            }

            foreach (var analysis in run.Analyses)
            {
                if (store.Page(analysis.Key) is { } page)
                {
                    var round = Directory.CreateDirectory(Path.Combine(pagesFolder, BatchDashboard.PageName(analysis.Round)));
                    Atomic(round.FullName, BatchDashboard.PageName(analysis.Unit) + ".html", s => s.Write(Encoding.UTF8.GetBytes(page)));
                    pages.Add((analysis.Round, analysis.Unit));
                }
            }
        }

        var tables = Tables(summary);
        Atomic(folder, "summary.json", s => s.Write(SummaryJson.Write(SummaryDto.From(summary, run))));
        foreach (var table in tables.Where(t => t.File is not null))
        {
            Atomic(folder, table.File!, s => s.Write(Csv(table.Sheet)));
        }

        // In the workbook, counts, rates and scores are numbers (they sum, sort and chart); the CSV files keep text.
        Atomic(folder, "batch.xlsx", s => XlsxWriter.Write(s, [.. tables.Select(t => t.Sheet with { Numbers = true, Title = t.Title })]));
        Atomic(folder, "index.html", s => s.Write(Encoding.UTF8.GetBytes(BatchDashboard.Write(summary, run, tables, pages))));
    }

    private static List<BatchTable> Tables(BatchSummary summary)
    {
        string P(double value) => value.ToString("0.0%", CultureInfo.InvariantCulture);
        string N(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
        string I(int value) => value.ToString(CultureInfo.InvariantCulture);
        string U(string unit) => summary.NameOf(unit);

        // A shared measure's source is round/unit-folder: the round and the unit's name.
        string Source(string source) => source.IndexOf('/', StringComparison.Ordinal) is var slash and > 0 ? $"{source[..slash]} {U(source[(slash + 1)..])}" : source;
        return
        [
            new BatchTable("pairs.csv", "各单位各轮整改报告", new XlsxSheet("报告", ["轮次", "单位", "目录", "问题数", "已对应", "覆盖率", "措施数", "需关注", "高", "主要类型"], [10, 20, 12, 8, 8, 8, 8, 8, 6, 50],
                [.. summary.Pairs.Select(p => (IReadOnlyList<string>)[p.Round, U(p.Unit), p.Unit, I(p.Issues), I(p.Answered), P(p.Coverage), I(p.Measures), I(p.Gaps), I(p.HighGaps), string.Join("、", p.GapsByKind.OrderByDescending(k => k.Value).Select(k => $"{GapKinds.Chinese(k.Key)}×{k.Value}"))])])),
            new BatchTable(null, "各单位汇总（报告越弱越靠前）", new XlsxSheet("单位", ["单位", "目录", "报告数", "问题数", "覆盖率", "需关注", "高", "每个问题的需关注项"], [20, 12, 8, 8, 8, 8, 6, 12],
                [.. summary.UnitFigures.OrderByDescending(u => u.GapsPerIssue).Select(u => (IReadOnlyList<string>)[U(u.Unit), u.Unit, I(u.Pairs), I(u.Issues), P(u.Coverage), I(u.Gaps), I(u.HighGaps), N(u.GapsPerIssue)])])),
            new BatchTable("recurrences.csv", "屡查屡犯：同一单位后一轮再次被指出的问题", new XlsxSheet("屡查屡犯", ["单位", "前一轮", "前一轮问题", "后一轮", "后一轮问题", "类别", "相似度"], [20, 10, 50, 10, 50, 16, 8],
                [.. summary.Recurrences.Select(r => (IReadOnlyList<string>)[U(r.Unit), r.EarlierRound, r.EarlierIssue, r.LaterRound, r.LaterIssue, r.Category, N(r.Similarity)])])),
            new BatchTable("issues.csv", "反馈问题", new XlsxSheet("问题", ["轮次", "单位", "编号", "类别", "问题"], [10, 20, 6, 20, 80],
                [.. summary.Issues.Select(i => (IReadOnlyList<string>)[i.Round, U(i.Unit), i.Id, i.Category, i.Text])])),
            new BatchTable("gaps.csv", "需关注的问题", new XlsxSheet("需关注", ["轮次", "单位", "类型", "问题编号", "程度", "说明", "依据"], [10, 20, 20, 8, 6, 60, 50],
                [.. summary.Gaps.Select(g => (IReadOnlyList<string>)[g.Round, U(g.Unit), GapKinds.Chinese(g.Kind), g.IssueId ?? "", SeverityNames.Chinese(g.Severity), g.Message, g.Evidence])])),
            new BatchTable(null, "最常见的口号式表述", new XlsxSheet("口号", ["表述", "次数"], [30, 8],
                [.. summary.Slogans.Select(s => (IReadOnlyList<string>)[s.Phrase, I(s.Count)])])),
            new BatchTable(null, "不同单位报告中几乎相同的措施", new XlsxSheet("雷同措施", ["措施", "单位甲", "单位乙", "相似度"], [70, 20, 20, 8],
                [.. summary.SharedMeasures.Select(m => (IReadOnlyList<string>)[m.Text, Source(m.UnitA), Source(m.UnitB), N(m.Similarity)])])),
            new BatchTable("failures.csv", "未能分析的文件", new XlsxSheet("失败", ["轮次", "单位", "文件", "原因"], [10, 20, 50, 60],
                [.. summary.Failures.Select(f => (IReadOnlyList<string>)[f.Round, U(f.Unit), f.Path, f.Reason])])),
        ];
    }

    private static byte[] Csv(XlsxSheet sheet)
    {
        static string Field(string value)
        {
            value = CsvFormulaGuard.Escape(value);
            return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
        }

        var csv = new StringBuilder();
        foreach (var row in sheet.Rows.Prepend(sheet.Header))
        {
            csv.AppendJoin(',', row.Select(Field)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void Atomic(string folder, string name, Action<Stream> write) => AtomicFile.Write(Path.Combine(folder, name), write);
}
