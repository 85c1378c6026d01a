using System.Globalization;
using System.Net;
using System.Text;
using RectifyNlp.Core;
using RectifyNlp.Core.Documents;
using RectifyNlp.Core.Structure;

namespace RectifyNlp.Analysis.Output;

/// <summary>
/// <c>analyze --html OUT</c>: one self-contained HTML file (styles and the small filter script inline, no
/// external asset, no request leaves the page): the summary, the gaps by severity with a filter by kind,
/// the problem × measure matrix, and both documents side by side with each problem, measure and piece of
/// evidence highlighted; every gap links to the sentence that shows it.
/// </summary>
public static class HtmlReport
{
    private const string Style = """
        body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",sans-serif;margin:0;color:#1f2328;background:#fafafa;line-height:1.6}
        header,section{max-width:1400px;margin:0 auto;padding:12px 24px}
        h1{font-size:1.5em;margin:.4em 0}h2{font-size:1.2em;border-bottom:2px solid #c0392b;padding-bottom:4px}
        .summary{font-size:1.05em}.muted{color:#656d76}
        .sev{display:inline-block;min-width:2em;text-align:center;border-radius:4px;color:#fff;padding:0 6px;margin-right:6px;font-size:.9em}
        .sev-high{background:#c0392b}.sev-medium{background:#d68910}.sev-low{background:#7f8c8d}
        ol.gaps li{margin:.5em 0;padding:6px 8px;background:#fff;border-left:4px solid #ddd}
        ol.gaps li.high{border-color:#c0392b}ol.gaps li.medium{border-color:#d68910}ol.gaps li.low{border-color:#7f8c8d}
        blockquote{margin:4px 0 0 0;padding:2px 8px;border-left:3px solid #ccc;color:#444;background:#f6f8fa}
        .filters button{margin:2px;padding:2px 8px;border:1px solid #ccc;border-radius:12px;background:#fff;cursor:pointer}
        .filters button.off{opacity:.4;text-decoration:line-through}
        .docs{display:grid;grid-template-columns:1fr 1fr;gap:16px}
        .doc{white-space:pre-wrap;background:#fff;border:1px solid #ddd;padding:12px;font-size:.95em;max-height:80vh;overflow:auto}
        mark{background:none;border-radius:3px;padding:0 1px}
        mark.issue{background:#fdebd0}mark.measure{background:#d5f5e3}mark.measure.doc-level{background:#eaf2f8}
        mark.gap{background:#fadbd8;outline:1px solid #c0392b}mark.evidence{background:#fcf3cf;outline:1px dashed #d68910}
        mark:target,li:target{box-shadow:0 0 0 3px #2e86c1}
        table.matrix{border-collapse:collapse;background:#fff;font-size:.9em}
        table.matrix th,table.matrix td{border:1px solid #ddd;padding:2px 6px;text-align:center}
        table.matrix th.issue{text-align:left;max-width:28em;font-weight:normal}
        td.hit{background:#d5f5e3}td.none{background:#fadbd8}
        a{color:#1a5276}
        """;

    private const string Script = """
        document.querySelectorAll('.filters button').forEach(function(b){b.addEventListener('click',function(){
          b.classList.toggle('off');var off=b.classList.contains('off');
          document.querySelectorAll('ol.gaps li[data-kind="'+b.dataset.kind+'"]').forEach(function(li){li.hidden=off;});});});
        """;

    /// <summary>Writes the report as one HTML document.</summary>
    public static string Write(AnalysisResult result, ParsedDocument? feedback, ParsedDocument report, Func<string, string>? categoryName = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(report);
        categoryName ??= id => id;
        var html = new StringBuilder(64 * 1024);
        var title = report.Structure.Title.Length > 0 ? report.Structure.Title : report.Raw.SourceName;
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>整改报告分析：").Append(E(title)).Append("</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n");

        // Summary.
        var high = result.Gaps.Count(g => g.Severity == Severity.High);
        var medium = result.Gaps.Count(g => g.Severity == Severity.Medium);
        var low = result.Gaps.Count(g => g.Severity == Severity.Low);
        html.Append("<header>\n<h1>整改报告分析</h1>\n<p>整改报告：").Append(E(title)).Append(" <span class=\"muted\">（").Append(E(report.Raw.SourceName)).Append("）</span></p>\n");
        if (feedback is not null)
        {
            html.Append("<p>对照反馈：").Append(E(feedback.Structure.Title)).Append(" <span class=\"muted\">（").Append(E(feedback.Raw.SourceName)).Append("）</span></p>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"<p class=\"summary\">反馈问题 <b>{result.Issues.Length}</b> 个，已对应整改措施的 <b>{result.AnsweredCount}</b> 个；整改措施 {result.Measures.Count(m => !m.DocumentLevel)} 条（另有全局性措施 {result.Measures.Count(m => m.DocumentLevel)} 条）；需关注 <b>{result.Gaps.Length}</b> 项（高 {high}、中 {medium}、低 {low}）。</p>\n");
        foreach (var note in result.Notes)
        {
            html.Append("<p class=\"muted\">").Append(E(note)).Append("</p>\n");
        }

        html.Append("</header>\n");

        // Gaps.
        html.Append("<section id=\"gaps\">\n<h2>需关注的问题</h2>\n");
        if (result.Gaps.IsEmpty)
        {
            html.Append("<p>未发现需要关注的问题。</p>\n");
        }
        else
        {
            html.Append("<div class=\"filters\">按类型筛选：");
            foreach (var kind in result.Gaps.Select(g => g.Kind).Distinct())
            {
                html.Append("<button type=\"button\" data-kind=\"").Append(E(kind)).Append("\">").Append(E(GapKinds.Chinese(kind)))
                    .Append(CultureInfo.InvariantCulture, $"（{result.Gaps.Count(g => g.Kind == kind)}）</button>");
            }

            html.Append("</div>\n<ol class=\"gaps\">\n");
            for (var i = 0; i < result.Gaps.Length; i++)
            {
                var gap = result.Gaps[i];
                var severity = AnalysisJson.SeverityName(gap.Severity);
                html.Append(CultureInfo.InvariantCulture, $"<li id=\"gap{i + 1}\" class=\"{severity}\" data-kind=\"{E(gap.Kind)}\"><span class=\"sev sev-{severity}\">{SeverityNames.Chinese(gap.Severity)}</span><b>{E(GapKinds.Chinese(gap.Kind))}</b>");
                if (gap.IssueId is not null)
                {
                    html.Append(" · <a href=\"#").Append(E(gap.IssueId)).Append("\">").Append(E(gap.IssueId)).Append("</a>");
                }

                if (gap.MeasureId is not null)
                {
                    html.Append(" · <a href=\"#").Append(E(gap.MeasureId)).Append("\">").Append(E(gap.MeasureId)).Append("</a>");
                }

                html.Append("<br>").Append(E(gap.Message));
                if (gap.Evidence.Length > 0)
                {
                    var where = gap.EvidenceIn == DocumentRole.Feedback ? "反馈意见" : "整改报告";
                    html.Append(CultureInfo.InvariantCulture, $"<blockquote><a href=\"#{EvidenceAnchor(gap)}\">{where}第 {gap.EvidenceSpan.Start}–{gap.EvidenceSpan.End} 字</a>：“{E(gap.Evidence)}”</blockquote>");
                }

                html.Append("</li>\n");
            }

            html.Append("</ol>\n");
        }

        html.Append("</section>\n");

        // Matrix.
        var measures = result.Measures.Where(m => !m.DocumentLevel).ToList();
        html.Append("<section id=\"matrix\">\n<h2>问题 × 措施</h2>\n<table class=\"matrix\">\n<tr><th>问题</th>");
        foreach (var measure in measures)
        {
            html.Append("<th><a href=\"#").Append(measure.Id).Append("\">").Append(measure.Id).Append("</a></th>");
        }

        html.Append("</tr>\n");
        foreach (var issue in result.Issues)
        {
            var answered = measures.Any(m => m.IssueIds.Contains(issue.Id));
            html.Append("<tr><th class=\"issue\"><a href=\"#").Append(issue.Id).Append("\">").Append(issue.Id).Append("</a> ")
                .Append(E(Short(issue.Text, 30))).Append(" <span class=\"muted\">").Append(E(categoryName(issue.Category))).Append("</span></th>");
            foreach (var measure in measures)
            {
                var link = measure.Links.FirstOrDefault(l => l.IssueId == issue.Id);
                html.Append(link is null
                    ? (answered ? "<td></td>" : "<td class=\"none\"></td>")
                    : $"<td class=\"hit\" title=\"{E(link.Reason)}\">●<br><small>{link.Score.ToString("0.00", CultureInfo.InvariantCulture)}</small></td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n</section>\n");

        // The documents.
        html.Append("<section id=\"documents\">\n<h2>原文对照</h2>\n<div class=\"docs\">\n");
        var gapsByMeasure = result.Gaps.Where(g => g.MeasureId is not null).GroupBy(g => g.MeasureId!).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        if (feedback is not null)
        {
            var marks = result.Issues.Where(i => i.Source == DocumentRole.Feedback)
                .Select(i => new Mark(i.Span, i.Id, "issue", $"{i.Id} {categoryName(i.Category)}"))
                .ToList();
            AddEvidence(marks, result, DocumentRole.Feedback);
            html.Append("<div><h3>反馈意见</h3><div class=\"doc\">");
            Render(html, feedback.Text.Text, marks, "f", Anchors(result, DocumentRole.Feedback));
            html.Append("</div></div>\n");
        }

        var reportMarks = result.Measures
            .Select(m => new Mark(m.Span, m.Id, "measure" + (m.DocumentLevel ? " doc-level" : "") + (gapsByMeasure.ContainsKey(m.Id) ? " gap" : ""), $"{m.Id} → {(m.Links.IsEmpty ? "全局" : string.Join(",", m.IssueIds))}{(gapsByMeasure.TryGetValue(m.Id, out var g) ? "；" + string.Join("；", g.Select(x => GapKinds.Chinese(x.Kind))) : "")}"))
            .Concat(result.Issues.Where(i => i.Source == DocumentRole.Report).Select(i => new Mark(i.Span, i.Id, "issue", i.Id)))
            .ToList();
        AddEvidence(reportMarks, result, DocumentRole.Report);
        html.Append("<div><h3>整改报告</h3><div class=\"doc\">");
        Render(html, report.Text.Text, reportMarks, "r", Anchors(result, DocumentRole.Report));
        html.Append("</div></div>\n</div>\n</section>\n");
        html.Append("<footer><section class=\"muted\">由 RectifyNlp 离线生成；文中标注供巡察人员核查参考，结论以人工审核为准。</section></footer>\n");
        html.Append("<script>").Append(Script).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private sealed record Mark(TextSpan Span, string Id, string Class, string Title);

    private static string EvidenceAnchor(Gap gap) => (gap.EvidenceIn == DocumentRole.Feedback ? "f" : "r") + gap.EvidenceSpan.Start.ToString(CultureInfo.InvariantCulture);

    private static IEnumerable<int> Anchors(AnalysisResult result, DocumentRole role) =>
        result.Gaps.Where(g => g.EvidenceIn == role && !g.EvidenceSpan.IsEmpty).Select(g => g.EvidenceSpan.Start);

    // Evidence that is not already a marked problem or measure gets a mark of its own.
    private static void AddEvidence(List<Mark> marks, AnalysisResult result, DocumentRole role)
    {
        foreach (var gap in result.Gaps.Where(g => g.EvidenceIn == role && !g.EvidenceSpan.IsEmpty))
        {
            if (!marks.Any(m => m.Span.Start < gap.EvidenceSpan.End && gap.EvidenceSpan.Start < m.Span.End))
            {
                marks.Add(new Mark(gap.EvidenceSpan, "ev-" + EvidenceAnchor(gap), "evidence", GapKinds.Chinese(gap.Kind)));
            }
        }
    }

    private static void Render(StringBuilder html, string text, List<Mark> marks, string prefix, IEnumerable<int> anchorPoints)
    {
        // Every place a gap links to gets an anchor, inside or outside a mark.
        var points = new SortedSet<int>(anchorPoints.Where(p => p >= 0 && p < text.Length));
        void Text(int from, int to)
        {
            foreach (var point in points.GetViewBetween(from, Math.Max(from, to - 1)).ToList())
            {
                html.Append(E(text[from..point])).Append("<a id=\"").Append(prefix).Append(point.ToString(CultureInfo.InvariantCulture)).Append("\"></a>");
                points.Remove(point);
                from = point;
            }

            html.Append(E(text[from..to]));
        }

        var position = 0;
        foreach (var mark in marks.Where(m => !m.Span.IsEmpty && m.Span.End <= text.Length).OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.Length))
        {
            if (mark.Span.Start < position)
            {
                continue; // overlapping: the first (longest) mark wins
            }

            Text(position, mark.Span.Start);
            html.Append("<mark id=\"").Append(E(mark.Id)).Append("\" class=\"").Append(mark.Class).Append("\" title=\"").Append(E(mark.Title)).Append("\">");
            Text(mark.Span.Start, mark.Span.End);
            html.Append("</mark>");
            position = mark.Span.End;
        }

        Text(position, text.Length);
    }

    private static string Short(string text, int length) => text.Length <= length ? text : text[..length] + "……";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
