using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using RectifyNlp.Analysis;
using RectifyNlp.Checklists;
using RectifyNlp.Core.IO;

namespace RectifyNlp.Batch;

/// <summary>
/// Writes a batch's results into the output folder: <c>index.html</c> (a self-contained dashboard: charts as
/// inline SVG, tables sortable by a click on their header, no external asset), <c>summary.json</c>, CSV files
/// (UTF-8 with BOM, for Excel) and <c>batch.xlsx</c>. Each file is written beside its target and moved in place.
/// </summary>
public static class BatchOutput
{
    /// <summary>The files written, in order.</summary>
    public static readonly IReadOnlyList<string> Files = ["index.html", "summary.json", "pairs.csv", "issues.csv", "gaps.csv", "recurrences.csv", "failures.csv", "batch.xlsx"];

    /// <summary>Writes everything into <paramref name="folder"/>.</summary>
    public static void Write(string folder, BatchSummary summary, BatchRun run)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(run);
        Directory.CreateDirectory(folder);
        var tables = Tables(summary);
        Atomic(folder, "summary.json", s => s.Write(Json(summary, run)));
        foreach (var table in tables.Where(t => t.File is not null))
        {
            Atomic(folder, table.File!, s => s.Write(Csv(table.Sheet)));
        }

        // In the workbook, counts, rates and scores are numbers (they sum, sort and chart); the CSV files keep text.
        Atomic(folder, "batch.xlsx", s => XlsxWriter.Write(s, [.. tables.Select(t => t.Sheet with { Numbers = true, Title = t.Title })]));
        Atomic(folder, "index.html", s => s.Write(Encoding.UTF8.GetBytes(Dashboard(summary, run, tables))));
    }

    private sealed record Table(string? File, string Title, XlsxSheet Sheet);

    private static List<Table> Tables(BatchSummary summary)
    {
        string P(double value) => value.ToString("0.0%", CultureInfo.InvariantCulture);
        string N(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
        string I(int value) => value.ToString(CultureInfo.InvariantCulture);
        string U(string unit) => summary.NameOf(unit);

        // A shared measure's source is round/unit-folder: the round and the unit's name.
        string Source(string source) => source.IndexOf('/', StringComparison.Ordinal) is var slash and > 0 ? $"{source[..slash]} {U(source[(slash + 1)..])}" : source;
        return
        [
            new("pairs.csv", "各单位各轮整改报告", new XlsxSheet("报告", ["轮次", "单位", "目录", "问题数", "已对应", "覆盖率", "措施数", "需关注", "高", "主要类型"], [10, 20, 12, 8, 8, 8, 8, 8, 6, 50],
                [.. summary.Pairs.Select(p => (IReadOnlyList<string>)[p.Round, U(p.Unit), p.Unit, I(p.Issues), I(p.Answered), P(p.Coverage), I(p.Measures), I(p.Gaps), I(p.HighGaps), string.Join("、", p.GapsByKind.OrderByDescending(k => k.Value).Select(k => $"{GapKinds.Chinese(k.Key)}×{k.Value}"))])])),
            new(null, "各单位汇总（报告越弱越靠前）", new XlsxSheet("单位", ["单位", "目录", "报告数", "问题数", "覆盖率", "需关注", "高", "每个问题的需关注项"], [20, 12, 8, 8, 8, 8, 6, 12],
                [.. summary.UnitFigures.OrderByDescending(u => u.GapsPerIssue).Select(u => (IReadOnlyList<string>)[U(u.Unit), u.Unit, I(u.Pairs), I(u.Issues), P(u.Coverage), I(u.Gaps), I(u.HighGaps), N(u.GapsPerIssue)])])),
            new("recurrences.csv", "屡查屡犯：同一单位后一轮再次被指出的问题", new XlsxSheet("屡查屡犯", ["单位", "前一轮", "前一轮问题", "后一轮", "后一轮问题", "类别", "相似度"], [20, 10, 50, 10, 50, 16, 8],
                [.. summary.Recurrences.Select(r => (IReadOnlyList<string>)[U(r.Unit), r.EarlierRound, r.EarlierIssue, r.LaterRound, r.LaterIssue, r.Category, N(r.Similarity)])])),
            new("issues.csv", "反馈问题", new XlsxSheet("问题", ["轮次", "单位", "编号", "类别", "问题"], [10, 20, 6, 20, 80],
                [.. summary.Issues.Select(i => (IReadOnlyList<string>)[i.Round, U(i.Unit), i.Id, i.Category, i.Text])])),
            new("gaps.csv", "需关注的问题", new XlsxSheet("需关注", ["轮次", "单位", "类型", "问题编号", "程度", "说明", "依据"], [10, 20, 20, 8, 6, 60, 50],
                [.. summary.Gaps.Select(g => (IReadOnlyList<string>)[g.Round, U(g.Unit), GapKinds.Chinese(g.Kind), g.IssueId ?? "", SeverityNames.Chinese(g.Severity), g.Message, g.Evidence])])),
            new(null, "最常见的口号式表述", new XlsxSheet("口号", ["表述", "次数"], [30, 8],
                [.. summary.Slogans.Select(s => (IReadOnlyList<string>)[s.Phrase, I(s.Count)])])),
            new(null, "不同单位报告中几乎相同的措施", new XlsxSheet("雷同措施", ["措施", "单位甲", "单位乙", "相似度"], [70, 20, 20, 8],
                [.. summary.SharedMeasures.Select(m => (IReadOnlyList<string>)[m.Text, Source(m.UnitA), Source(m.UnitB), N(m.Similarity)])])),
            new("failures.csv", "未能分析的文件", new XlsxSheet("失败", ["轮次", "单位", "文件", "原因"], [10, 20, 50, 60],
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

    private static byte[] Json(BatchSummary summary, BatchRun run)
    {
        var value = new
        {
            schemaVersion = 1,
            rounds = summary.Rounds,
            units = summary.Units,
            unitNames = summary.Units.ToDictionary(u => u, summary.NameOf, StringComparer.Ordinal),
            run = new { analysed = run.Analysed, reused = run.Reused, seconds = Math.Round(run.Elapsed.TotalSeconds, 2) },
            pairs = summary.Pairs.Select(p => new { p.Round, p.Unit, unitName = summary.NameOf(p.Unit), p.Issues, p.Answered, coverage = Math.Round(p.Coverage, 3), p.Measures, p.Gaps, p.HighGaps, gapsByKind = p.GapsByKind }),
            failures = summary.Failures.Select(f => new { f.Round, f.Unit, f.Path, f.Reason }),
            aggregates = new
            {
                // Keyed by the names people read; the ids beside them for scripts.
                categories = summary.Issues.GroupBy(i => i.CategoryId).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new { id = g.Key, name = g.First().Category }),
                categoriesByRound = summary.CategoriesByRound,
                categoriesByUnit = summary.CategoriesByUnit,
                recurrences = summary.Recurrences,
                unitFigures = summary.UnitFigures.Select(u => new { u.Unit, unitName = summary.NameOf(u.Unit), u.Pairs, u.Issues, u.Answered, coverage = Math.Round(u.Coverage, 3), u.Gaps, u.HighGaps, gapsPerIssue = Math.Round(u.GapsPerIssue, 3) }),
                slogans = summary.Slogans.Select(s => new { phrase = s.Phrase, count = s.Count }),
                sharedMeasures = summary.SharedMeasures,
            },
        };
        return JsonSerializer.SerializeToUtf8Bytes(value, JsonOptions);
    }

    private static string Dashboard(BatchSummary summary, BatchRun run, List<Table> tables)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>巡察整改批量分析</title>\n<style>");
        html.Append("""
            body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0 auto;max-width:1300px;padding:12px 24px;color:#1f2328}
            h1{font-size:1.5em}h2{font-size:1.15em;border-bottom:2px solid #c0392b;padding-bottom:3px;margin-top:1.6em}
            .cards{display:flex;gap:12px;flex-wrap:wrap}.card{border:1px solid #ddd;border-radius:6px;padding:8px 16px;min-width:120px}
            .card b{display:block;font-size:1.6em}
            table{border-collapse:collapse;font-size:.9em;margin:6px 0}th,td{border:1px solid #ddd;padding:3px 6px;vertical-align:top}
            th{background:#f2f2f2;cursor:pointer;user-select:none}th.sorted-asc::after{content:" ▲"}th.sorted-desc::after{content:" ▼"}
            .muted{color:#656d76}svg text{font-size:11px}
            """);
        html.Append("</style>\n</head>\n<body>\n<h1>巡察整改批量分析</h1>\n");
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"cards\"><div class=\"card\">轮次<b>{summary.Rounds.Count}</b></div><div class=\"card\">单位<b>{summary.Units.Count}</b></div><div class=\"card\">报告<b>{summary.Pairs.Count}</b></div><div class=\"card\">反馈问题<b>{summary.Issues.Count}</b></div><div class=\"card\">需关注<b>{summary.Gaps.Count}</b></div><div class=\"card\">屡查屡犯<b>{summary.Recurrences.Count}</b></div><div class=\"card\">未能分析<b>{summary.Failures.Count}</b></div></div>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">本次分析 {run.Analysed} 份，沿用已存结果 {run.Reused} 份，用时 {run.Elapsed.TotalSeconds:0.0} 秒。由 RectifyNlp 离线生成。</p>\n");
        html.Append("<h2>各轮问题类别</h2>\n").Append(GroupedBars(summary));
        html.Append("<h2>各单位问题覆盖率</h2>\n").Append(CoverageBars(summary));
        foreach (var table in tables)
        {
            html.Append("<h2>").Append(E(table.Title)).Append("</h2>\n");
            if (table.Sheet.Rows.Count == 0)
            {
                html.Append("<p class=\"muted\">无。</p>\n");
                continue;
            }

            html.Append("<table class=\"sortable\"><thead><tr>");
            foreach (var header in table.Sheet.Header)
            {
                html.Append("<th>").Append(E(header)).Append("</th>");
            }

            html.Append("</tr></thead><tbody>\n");
            foreach (var row in table.Sheet.Rows.Take(500))
            {
                html.Append("<tr>");
                foreach (var cell in row)
                {
                    html.Append("<td>").Append(E(cell)).Append("</td>");
                }

                html.Append("</tr>\n");
            }

            html.Append("</tbody></table>\n");
            if (table.Sheet.Rows.Count > 500)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">仅显示前 500 行，共 {table.Sheet.Rows.Count} 行，完整数据见 batch.xlsx。</p>\n");
            }
        }

        html.Append("<script>");
        html.Append("""
            document.querySelectorAll('table.sortable th').forEach(function(th){th.addEventListener('click',function(){
              var table=th.closest('table'),body=table.tBodies[0],i=Array.prototype.indexOf.call(th.parentNode.children,th);
              var asc=!th.classList.contains('sorted-asc');table.querySelectorAll('th').forEach(function(h){h.classList.remove('sorted-asc','sorted-desc');});
              th.classList.add(asc?'sorted-asc':'sorted-desc');
              var rows=Array.prototype.slice.call(body.rows),key=function(r){var t=r.cells[i].textContent,n=parseFloat(t);return isNaN(n)?t:n;};
              rows.sort(function(a,b){var x=key(a),y=key(b);var c=(typeof x==='number'&&typeof y==='number')?x-y:String(x).localeCompare(String(y),'zh');return asc?c:-c;});
              rows.forEach(function(r){body.appendChild(r);});});});
            """);
        html.Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] Palette = ["#c0392b", "#2e86c1", "#d68910", "#239b56", "#7d3c98", "#5d6d7e"];

    private static string GroupedBars(BatchSummary summary)
    {
        var categories = summary.Issues.GroupBy(i => i.Category).OrderByDescending(g => g.Count()).Select(g => g.Key).ToList();
        if (categories.Count == 0)
        {
            return "<p class=\"muted\">无。</p>\n";
        }

        const int barWidth = 14, gap = 26, height = 180, left = 40;
        var rounds = summary.Rounds.Where(summary.CategoriesByRound.ContainsKey).ToList();
        var max = Math.Max(1, summary.CategoriesByRound.Values.SelectMany(v => v.Values).DefaultIfEmpty(1).Max());
        var groupWidth = (rounds.Count * barWidth) + gap;
        var width = left + (categories.Count * groupWidth) + 20;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height + 110}\" role=\"img\" aria-label=\"各轮问题类别\">");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{height}\" x2=\"{width}\" y2=\"{height}\" stroke=\"#999\"/>");
        for (var c = 0; c < categories.Count; c++)
        {
            for (var r = 0; r < rounds.Count; r++)
            {
                var count = summary.CategoriesByRound[rounds[r]].GetValueOrDefault(categories[c]);
                var h = (int)Math.Round(count * (height - 20.0) / max);
                var x = left + (c * groupWidth) + (r * barWidth);
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{height - h}\" width=\"{barWidth - 2}\" height=\"{h}\" fill=\"{Palette[r % Palette.Length]}\"><title>{E(rounds[r])} {E(categories[c])}：{count}</title></rect>");
                if (count > 0)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 1}\" y=\"{height - h - 2}\">{count}</text>");
                }
            }

            var labelX = left + (c * groupWidth) + (rounds.Count * barWidth / 2);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelX}\" y=\"{height + 12}\" transform=\"rotate(40 {labelX} {height + 12})\">{E(categories[c])}</text>");
        }

        for (var r = 0; r < rounds.Count; r++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left + (r * 90)}\" y=\"4\" width=\"10\" height=\"10\" fill=\"{Palette[r % Palette.Length]}\"/><text x=\"{left + (r * 90) + 14}\" y=\"13\">{E(rounds[r])}</text>");
        }

        return svg.Append("</svg>\n").ToString();
    }

    private static string CoverageBars(BatchSummary summary)
    {
        var units = summary.UnitFigures.OrderBy(u => u.Coverage).ThenByDescending(u => u.GapsPerIssue).ToList();
        if (units.Count == 0)
        {
            return "<p class=\"muted\">无。</p>\n";
        }

        const int row = 18, left = 130, barMax = 400;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{left + barMax + 160}\" height=\"{(units.Count * row) + 10}\" role=\"img\" aria-label=\"各单位问题覆盖率\">");
        for (var i = 0; i < units.Count; i++)
        {
            var u = units[i];
            var y = (i * row) + 4;
            var w = (int)Math.Round(u.Coverage * barMax);
            var colour = u.Coverage < 0.8 ? "#c0392b" : u.Coverage < 1 ? "#d68910" : "#239b56";
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 6}\" y=\"{y + 11}\" text-anchor=\"end\">{E(summary.NameOf(u.Unit))}</text><rect x=\"{left}\" y=\"{y}\" width=\"{w}\" height=\"{row - 5}\" fill=\"{colour}\"><title>{E(summary.NameOf(u.Unit))}：覆盖率 {u.Coverage:P0}，需关注 {u.Gaps} 项</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left + w + 4}\" y=\"{y + 11}\">{u.Coverage * 100:0}%，需关注 {u.Gaps} 项</text>");
        }

        return svg.Append("</svg>\n").ToString();
    }

    private static void Atomic(string folder, string name, Action<Stream> write) => AtomicFile.Write(Path.Combine(folder, name), write);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
