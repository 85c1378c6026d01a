using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using RectifyNlp.Checklists;

namespace RectifyNlp.Batch;

/// <summary>A table of the dashboard and of the exports: its CSV file (if any), its title and its rows.</summary>
/// <param name="File">The CSV file it is written to, or null.</param>
/// <param name="Title">What the dashboard and the workbook call it.</param>
/// <param name="Sheet">The header and rows.</param>
public sealed record BatchTable(string? File, string Title, XlsxSheet Sheet);

/// <summary>
/// The batch dashboard (<c>index.html</c>), one self-contained page for analysts: figures, two charts drawn by Chart.js
/// (vendored and inlined, so it works offline and asks no network for anything), filters by round and unit and a
/// search box over every table, tables sortable by a click on their header; each unit links to its side-by-side
/// report page (<c>units/&lt;round&gt;/&lt;unit&gt;.html</c>) where one was written, from its row and from its bar.
/// </summary>
public static class BatchDashboard
{
    private static readonly Lazy<string> ChartJs = new(() =>
    {
        using var stream = typeof(BatchDashboard).Assembly.GetManifestResourceStream("chart.umd.min.js")
            ?? throw new InvalidOperationException("chart.umd.min.js is not embedded in RectifyNlp.Batch");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    });

    // Data for the page's script: HTML-sensitive characters escaped (no </script> can close it), Chinese left readable.
    private static readonly JsonSerializerOptions DataJson = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>The page's href for a unit's report in a round: <c>units/&lt;round&gt;/&lt;unit&gt;.html</c>, each part escaped.</summary>
    public static string PageHref(string round, string unit) => $"units/{Uri.EscapeDataString(PageName(round))}/{Uri.EscapeDataString(PageName(unit))}.html";

    /// <summary>A round's or unit's name as one safe path segment (a manifest may name them anything).</summary>
    public static string PageName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var safe = new string([.. name.Select(c => Path.GetInvalidFileNameChars().Contains(c) || c is '/' or '\\' or ':' ? '_' : c)]).Trim();
        return safe.Length == 0 || safe.All(c => c == '.') ? "_" + safe : safe;
    }

    /// <summary>The page's HTML; <paramref name="pages"/> holds the (round, unit folder) pairs that have a report page.</summary>
    public static string Write(BatchSummary summary, BatchRun run, IReadOnlyList<BatchTable> tables, IReadOnlySet<(string Round, string Unit)> pages)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(pages);

        // A unit's page without a round: its latest round that has one.
        string? Page(string round, string unit) => pages.Contains((round, unit)) ? PageHref(round, unit) : null;
        string? Latest(string unit) => summary.Rounds.Reverse().Where(r => pages.Contains((r, unit))).Select(r => PageHref(r, unit)).FirstOrDefault();

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>巡察整改批量分析</title>\n<style>");
        html.Append("""
            body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0 auto;max-width:1300px;padding:12px 24px;color:#1f2328}
            h1{font-size:1.5em}h2{font-size:1.15em;border-bottom:2px solid #c0392b;padding-bottom:3px;margin-top:1.6em}
            .cards{display:flex;gap:12px;flex-wrap:wrap}.card{border:1px solid #ddd;border-radius:6px;padding:8px 16px;min-width:120px}
            .card b{display:block;font-size:1.6em}
            .filters{position:sticky;top:0;background:#fff;padding:8px 0;border-bottom:1px solid #ddd;display:flex;gap:14px;align-items:center;flex-wrap:wrap;z-index:2}
            .filters input[type=search]{width:22em}
            .chart{position:relative;width:100%}
            table{border-collapse:collapse;font-size:.9em;margin:6px 0}th,td{border:1px solid #ddd;padding:3px 6px;vertical-align:top}
            th{background:#f2f2f2;cursor:pointer;user-select:none}th.sorted-asc::after{content:" ▲"}th.sorted-desc::after{content:" ▼"}
            tr.hidden{display:none}a{color:#0b5cad}
            .muted{color:#656d76}
            """);
        html.Append("</style>\n</head>\n<body>\n<h1>巡察整改批量分析</h1>\n");
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"cards\"><div class=\"card\">轮次<b>{summary.Rounds.Count}</b></div><div class=\"card\">单位<b>{summary.Units.Count}</b></div><div class=\"card\">报告<b>{summary.Pairs.Count}</b></div><div class=\"card\">反馈问题<b>{summary.Issues.Count}</b></div><div class=\"card\">需关注<b>{summary.Gaps.Count}</b></div><div class=\"card\">屡查屡犯<b>{summary.Recurrences.Count}</b></div><div class=\"card\">未能分析<b>{summary.Failures.Count}</b></div></div>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">本次分析 {run.Analysed} 份，沿用已存结果 {run.Reused} 份，用时 {run.Elapsed.TotalSeconds:0.0} 秒。由 RectifyNlp 离线生成；单位名称链接到该单位整改报告与反馈意见的对照页。</p>\n");

        // Filters: a round, a unit, words; every table's rows and both charts follow them.
        html.Append("<div class=\"filters\" id=\"filters\"><label>轮次 <select id=\"f-round\"><option value=\"\">全部轮次</option>");
        foreach (var round in summary.Rounds)
        {
            html.Append("<option>").Append(E(round)).Append("</option>");
        }

        html.Append("</select></label><label>单位 <select id=\"f-unit\"><option value=\"\">全部单位</option>");
        foreach (var name in summary.Units.Select(summary.NameOf).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            html.Append("<option>").Append(E(name)).Append("</option>");
        }

        html.Append("</select></label><label>搜索 <input type=\"search\" id=\"f-text\" placeholder=\"问题、措施、单位、类型中的字词\"></label><span id=\"f-count\" class=\"muted\"></span></div>\n");
        var categories = summary.Issues.Select(i => i.Category).Distinct(StringComparer.Ordinal).Count();
        html.Append(CultureInfo.InvariantCulture, $"<h2>各轮问题类别</h2>\n<div class=\"chart\" style=\"height:{Math.Max(160, 60 + (categories * Math.Max(1, summary.Rounds.Count) * 16))}px\"><canvas id=\"chart-categories\" role=\"img\" aria-label=\"各轮问题类别\"></canvas></div>\n");
        // A bar a unit up to CoverageBars (a canvas a thousand units tall is past what a browser draws); the weakest first.
        html.Append(CultureInfo.InvariantCulture, $"<h2>各单位问题覆盖率（点击单位的条形查看其对照页）</h2>\n<p class=\"muted\" id=\"coverage-note\" hidden></p><div class=\"chart\" style=\"height:{Math.Max(160, 60 + (Math.Min(summary.Units.Count, CoverageBars) * 26))}px\"><canvas id=\"chart-coverage\" role=\"img\" aria-label=\"各单位问题覆盖率\"></canvas></div>\n");

        foreach (var table in tables)
        {
            html.Append("<h2>").Append(E(table.Title)).Append("</h2>\n");
            if (table.Sheet.Rows.Count == 0)
            {
                html.Append("<p class=\"muted\">无。</p>\n");
                continue;
            }

            var header = table.Sheet.Header.ToList();
            var (roundColumn, unitColumn, folderColumn) = (header.IndexOf("轮次"), header.IndexOf("单位"), header.IndexOf("目录"));
            html.Append("<table class=\"sortable filterable\"><thead><tr>");
            foreach (var cell in header)
            {
                html.Append("<th>").Append(E(cell)).Append("</th>");
            }

            html.Append("</tr></thead><tbody>\n");
            foreach (var row in table.Sheet.Rows.Take(500))
            {
                html.Append("<tr");
                if (roundColumn >= 0)
                {
                    html.Append(" data-round=\"").Append(E(row[roundColumn])).Append('"');
                }

                if (unitColumn >= 0)
                {
                    html.Append(" data-unit=\"").Append(E(row[unitColumn])).Append('"');
                }

                html.Append('>');
                var link = folderColumn < 0 ? null : roundColumn >= 0 ? Page(row[roundColumn], row[folderColumn]) : Latest(row[folderColumn]);
                for (var i = 0; i < row.Count; i++)
                {
                    html.Append("<td>");
                    if (i == unitColumn && link is not null)
                    {
                        html.Append("<a class=\"unit-page\" href=\"").Append(E(link)).Append("\">").Append(E(row[i])).Append("</a>");
                    }
                    else
                    {
                        html.Append(E(row[i]));
                    }

                    html.Append("</td>");
                }

                html.Append("</tr>\n");
            }

            html.Append("</tbody></table>\n");
            if (table.Sheet.Rows.Count > 500)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">仅显示前 500 行，共 {table.Sheet.Rows.Count} 行，完整数据见 batch.xlsx。</p>\n");
            }
        }

        // What the charts draw, for the script: each problem's round, unit and category; each report's figures.
        var data = new
        {
            rounds = summary.Rounds,
            issues = summary.Issues.Select(i => new[] { i.Round, summary.NameOf(i.Unit), i.Category }),
            pairs = summary.Pairs.Select(p => new { round = p.Round, unit = summary.NameOf(p.Unit), folder = p.Unit, p.Issues, p.Answered, p.Gaps, high = p.HighGaps, page = Page(p.Round, p.Unit) }),
        };
        html.Append("<script type=\"application/json\" id=\"dashboard-data\">").Append(JsonSerializer.Serialize(data, DataJson)).Append("</script>\n");
        html.Append("<script>\n").Append(ChartJs.Value).Append("\n</script>\n<script>\n").Append(Script.Replace("{CoverageBars}", CoverageBars.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The most units the coverage chart draws (the weakest); the filters reach the others.</summary>
    public const int CoverageBars = 60;

    private const string Script = """
        (function(){
        var data=JSON.parse(document.getElementById('dashboard-data').textContent);
        var palette=['#c0392b','#2e86c1','#d68910','#239b56','#7d3c98','#5d6d7e','#a04000','#117a65'];
        var fRound=document.getElementById('f-round'),fUnit=document.getElementById('f-unit'),fText=document.getElementById('f-text');
        Chart.defaults.font.family='"Noto Sans CJK SC","Microsoft YaHei",sans-serif';
        Chart.defaults.animation=false;
        var categoriesChart=null,coverageChart=null;
        function keep(round,unit){return (!fRound.value||round===fRound.value)&&(!fUnit.value||unit===fUnit.value);}
        function drawCategories(){
          var rounds=data.rounds.filter(function(r){return !fRound.value||r===fRound.value;});
          var counts={},totals={};
          data.issues.forEach(function(i){if(!keep(i[0],i[1]))return;counts[i[2]]=counts[i[2]]||{};counts[i[2]][i[0]]=(counts[i[2]][i[0]]||0)+1;totals[i[2]]=(totals[i[2]]||0)+1;});
          var categories=Object.keys(totals).sort(function(a,b){return totals[b]-totals[a];});
          var datasets=rounds.map(function(r,k){return {label:r,backgroundColor:palette[k%palette.length],data:categories.map(function(c){return counts[c][r]||0;})};});
          if(categoriesChart)categoriesChart.destroy();
          categoriesChart=new Chart(document.getElementById('chart-categories'),{type:'bar',data:{labels:categories,datasets:datasets},
            options:{indexAxis:'y',maintainAspectRatio:false,plugins:{legend:{position:'top'},tooltip:{callbacks:{label:function(c){return c.dataset.label+'：'+c.raw+' 个问题';}}}},
              scales:{x:{beginAtZero:true,ticks:{precision:0},title:{display:true,text:'问题数'}}}}});
        }
        function drawCoverage(){
          // A bar a unit folder (two folders may give one name: then the folder is said beside it), the weakest first.
          var q=fText.value.trim(),units={},named={};
          data.pairs.forEach(function(p){if(!keep(p.round,p.unit)||(q&&p.unit.indexOf(q)<0))return;
            var u=units[p.folder]||(units[p.folder]={name:p.unit,issues:0,answered:0,gaps:0,high:0,page:null,round:''});
            u.issues+=p.issues;u.answered+=p.answered;u.gaps+=p.gaps;u.high+=p.high;if(p.page&&p.round>=u.round){u.page=p.page;u.round=p.round;}});
          var keys=Object.keys(units);
          keys.forEach(function(k){var u=units[k];u.coverage=u.issues?u.answered/u.issues:1;named[u.name]=(named[u.name]||0)+1;});
          keys.sort(function(a,b){return units[a].coverage-units[b].coverage||units[b].gaps-units[a].gaps;});
          var note=document.getElementById('coverage-note');note.hidden=keys.length<={CoverageBars};
          note.textContent='共 '+keys.length+' 个单位，图中为覆盖率最低的 {CoverageBars} 个；用上方的筛选或搜索查看其他单位。';
          keys=keys.slice(0,{CoverageBars});
          var labels=keys.map(function(k){var u=units[k];return named[u.name]>1?u.name+'（'+k+'）':u.name;});
          if(coverageChart)coverageChart.destroy();
          coverageChart=new Chart(document.getElementById('chart-coverage'),{type:'bar',
            data:{labels:labels,datasets:[{label:'问题覆盖率（%）',data:keys.map(function(k){return Math.round(units[k].coverage*100);}),
              backgroundColor:keys.map(function(k){var c=units[k].coverage;return c<0.8?'#c0392b':c<1?'#d68910':'#239b56';})}]},
            options:{indexAxis:'y',maintainAspectRatio:false,plugins:{legend:{display:false},tooltip:{callbacks:{label:function(c){var u=units[keys[c.dataIndex]];return '覆盖率 '+c.raw+'%，需关注 '+u.gaps+' 项（高 '+u.high+' 项）'+(u.page?'；点击查看对照页':'');}}}},
              scales:{x:{min:0,max:100,title:{display:true,text:'已对应措施的问题占比（%）'}}},
              onHover:function(e,el){e.native.target.style.cursor=el.length&&units[keys[el[0].index]].page?'pointer':'default';},
              onClick:function(e,el){if(el.length){var u=units[keys[el[0].index]];if(u.page)window.location.href=u.page;}}}});
        }
        function filterRows(){
          var q=fText.value.trim().toLowerCase(),shown=0,all=0;
          document.querySelectorAll('table.filterable tbody tr').forEach(function(tr){
            var ok=(!fRound.value||!tr.dataset.round||tr.dataset.round===fRound.value)&&(!fUnit.value||!tr.dataset.unit||tr.dataset.unit===fUnit.value)&&(!q||tr.textContent.toLowerCase().indexOf(q)>=0);
            tr.classList.toggle('hidden',!ok);all++;if(ok)shown++;});
          document.getElementById('f-count').textContent=(fRound.value||fUnit.value||q)?'显示 '+shown+' / '+all+' 行':'';
        }
        function apply(){filterRows();drawCategories();drawCoverage();}
        [fRound,fUnit].forEach(function(s){s.addEventListener('change',apply);});
        fText.addEventListener('input',apply);
        document.querySelectorAll('table.sortable th').forEach(function(th){th.addEventListener('click',function(){
          var table=th.closest('table'),body=table.tBodies[0],i=Array.prototype.indexOf.call(th.parentNode.children,th);
          var asc=!th.classList.contains('sorted-asc');table.querySelectorAll('th').forEach(function(h){h.classList.remove('sorted-asc','sorted-desc');});
          th.classList.add(asc?'sorted-asc':'sorted-desc');
          var rows=Array.prototype.slice.call(body.rows),key=function(r){var t=r.cells[i].textContent,n=parseFloat(t);return isNaN(n)?t:n;};
          rows.sort(function(a,b){var x=key(a),y=key(b);var c=(typeof x==='number'&&typeof y==='number')?x-y:String(x).localeCompare(String(y),'zh');return asc?c:-c;});
          rows.forEach(function(r){body.appendChild(r);});});});
        apply();
        })();

        """;

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
