using RectifyNlp.Core.Documents;
using System.Text;
using RectifyNlp.Core.Structure;
using RectifyNlp.Tests;
using static RectifyNlp.Ingestion.Tests.Parsing;

namespace RectifyNlp.Ingestion.Tests;

public sealed class HtmlReaderTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("rectify-html-");

    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>A published notice as a government site serves it: the report inside navigation, scripts and a footer.</summary>
    private string WriteNotice(Encoding encoding, string charset)
    {
        var lines = File.ReadAllLines(RepositoryPaths.Sample("rectification-report.txt"));
        var body = new StringBuilder();
        body.Append("<h1>").Append(lines[0]).Append(lines[1]).Append("</h1>\n");
        foreach (var line in lines.Skip(2))
        {
            body.Append("<p style=\"text-indent:2em\">").Append(line).Append("</p>\n");
        }

        var html = $$"""
            <!DOCTYPE html>
            <html><head><meta charset="{{charset}}"><title>关于巡察整改进展情况的报告_区卫生健康局门户网站</title>
            <script>var tracker = "首页 新闻中心 政务公开";</script><style>.nav { color: red }</style></head>
            <body>
            <div class="nav-menu"><a href="/">首页</a> <a href="/news">新闻中心</a> <a href="/gk">政务公开</a> <a href="/hd">互动交流</a></div>
            <div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/gk">政务公开</a></div>
            <div class="main"><div class="article">{{body}}</div>
            <div class="share">分享到：<a href="#">微信</a><a href="#">微博</a></div></div>
            <div class="sidebar"><ul><li><a href="/a">区卫健局召开党风廉政建设工作会议</a></li><li><a href="/b">区卫健局开展义诊活动进社区</a></li></ul></div>
            <div class="footer">主办单位：区卫生健康局 版权所有 ICP备案号</div>
            </body></html>
            """;
        var path = Path.Combine(_folder.FullName, "notice.html");
        File.WriteAllBytes(path, encoding.GetBytes(html));
        return path;
    }

    [Fact]
    public void Reads_the_article_text_only()
    {
        var html = Parser.Parse(WriteNotice(Encoding.UTF8, "utf-8"));
        var text = html.Text.Text;
        foreach (var boilerplate in new[] { "新闻中心", "分享到", "义诊活动", "版权所有", "tracker", "color" })
        {
            Assert.DoesNotContain(boilerplate, text, StringComparison.Ordinal);
        }

        Assert.Equal(DocumentKind.RectificationReport, html.Structure.Kind.Kind);
        Assert.Equal("中共区卫生健康局党组关于区委第二巡察组巡察反馈意见整改进展情况的报告", html.Structure.Title);
        Assert.Equal(Outline(Sample("rectification-report.txt")), Outline(html));
    }

    [Fact]
    public void A_page_whose_longest_text_is_a_table_of_data_keeps_the_paragraphs_around_the_table()
    {
        // dev50 p07's form (a 问题清单 served as a page: a letter's lead, the table, then its requirements and signature), in
        // words of our own: the table's cells hold the most text, yet the article is what holds the table.
        var path = Path.Combine(_folder.FullName, "list.html");
        File.WriteAllText(path, """
            <html><head><meta charset="utf-8"><title>巡察反馈问题清单</title></head><body>
            <h1>县委第四巡察组巡察县林业局反馈问题清单</h1>
            <p>县林业局党组：</p>
            <p>现将巡察发现的问题以清单形式交办，请逐项制定整改措施。</p>
            <table><tr><th>序号</th><th>问题类别</th><th>问题表现</th></tr>
            <tr><td>1</td><td>党的领导</td><td>落实林长制工作不到位，2024年有3个乡镇林长巡林记录空白，林区防火通道长期失修未予处理。</td></tr>
            <tr><td>2</td><td>全面从严治党</td><td>生态护林员补助发放审核不严，有2名已外出务工人员仍在领取补助，合计1.8万元。</td></tr>
            <tr><td>3</td><td>党的建设</td><td>局机关党支部组织生活不规范，2024年支部委员会会议记录仅有5次，主题党日多次以业务会代替。</td></tr>
            </table>
            <p>整改要求：</p>
            <ol><li>局党组要在三个月内将整改情况报告县委。</li></ol>
            <p>县委第四巡察组</p><p>2025年6月3日</p>
            </body></html>
            """);
        var text = Parser.Parse(path).Text.Text;
        Assert.Contains("现将巡察发现的问题以清单形式交办", text, StringComparison.Ordinal);
        Assert.Contains("生态护林员补助发放审核不严", text, StringComparison.Ordinal);
        Assert.Contains("三个月内将整改情况报告县委", text, StringComparison.Ordinal);
        Assert.Contains("2025年6月3日", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_cell_spanning_columns_keeps_the_cells_after_it_in_their_columns()
    {
        var path = Path.Combine(_folder.FullName, "ledger.html");
        File.WriteAllText(path, """
            <html><head><meta charset="utf-8"><title>关于巡察整改情况的报告</title></head><body>
            <div class="article"><h1>中共某局党组关于巡察整改情况的报告</h1>
            <p>局党组成立巡察整改工作领导小组，党组书记任组长，现将整改情况报告如下。</p>
            <table>
            <tr><th rowspan="2">序号</th><th rowspan="2">反馈问题</th><th colspan="2">整改措施及落实情况</th><th colspan="2">责任主体</th><th rowspan="2">完成时限</th></tr>
            <tr><th>整改措施</th><th>落实情况</th><th>责任领导</th><th>责任科室</th></tr>
            <tr><td>1</td><td>理论学习以传达文件为主</td><td>制定年度学习计划</td><td>已开展集中学习3次</td><td>孙某</td><td>党委办公室</td><td>长期坚持</td></tr>
            </table></div></body></html>
            """);
        var rows = Parser.Parse(path).Raw.Paragraphs.Where(p => p.IsTableRow).Select(p => p.Text.Split(RawParagraph.TableCellSeparator)).ToList();
        Assert.Equal(7, rows[0].Length);
        Assert.Equal("完成时限", rows[0][6]);
        Assert.Equal("", rows[0][3]);
        Assert.Equal(["", "", "整改措施", "落实情况", "责任领导", "责任科室", ""], rows[1]);
        Assert.Equal(7, rows[2].Length);
    }

    [Fact]
    public void An_ordered_list_keeps_the_numbers_the_browser_shows_and_the_problems_are_numbered_items()
    {
        var path = Path.Combine(_folder.FullName, "news.html");
        File.WriteAllText(path, """
            <html><head><meta charset="utf-8"><title>区委第三巡察组向区水务局党组反馈巡察情况</title></head><body>
            <div class="article"><h1>区委第三巡察组向区水务局党组反馈巡察情况</h1>
            <p>巡察组指出，区水务局党组在防汛保供等方面做了大量工作，同时也存在一些问题：</p>
            <ol>
            <li>河道管护责任落实不到位，3条支流的河长巡河记录连续半年空白。</li>
            <li>工程项目管理不规范，2个泵站改造项目未经招标直接发包。</li>
            </ol>
            <ol start="3" type="i"><li>党支部组织生活不严肃，“三会一课”记录后补。</li><li value="7">水费减免审批把关不严。</li></ol>
            <p>巡察组要求：</p>
            <ul><li>压实整改主体责任。</li><li>建立整改台账。</li></ul>
            </div></body></html>
            """);
        var document = Parser.Parse(path);
        var lines = document.Raw.Paragraphs.Select(p => p.Text).ToList();
        Assert.Contains("1.河道管护责任落实不到位，3条支流的河长巡河记录连续半年空白。", lines);
        Assert.Contains("2.工程项目管理不规范，2个泵站改造项目未经招标直接发包。", lines);
        Assert.Contains("iii.党支部组织生活不严肃，“三会一课”记录后补。", lines);
        Assert.Contains("vii.水费减免审批把关不严。", lines);
        // Items of an unordered list carry no number of their own.
        Assert.Contains("压实整改主体责任。", lines);
        Assert.Equal([NumberingStyle.ArabicDot, NumberingStyle.ArabicDot], document.Structure.Sections.Take(2).Select(s => s.Style));
        Assert.StartsWith("河道管护责任落实不到位", document.Structure.Sections[0].Heading, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_page_in_gbk()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var html = Parser.Parse(WriteNotice(Encoding.GetEncoding("GBK"), "gbk"));
        Assert.Equal(3, html.Structure.Sections.Length);
        Assert.Contains("已追回违规发放的加班误餐补贴8.6万元", html.Text.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_data_cell_spanning_rows_reads_as_the_ditto_mark_in_the_rows_below_it()
    {
        var path = Path.Combine(_folder.FullName, "rowspan.html");
        File.WriteAllText(path, """
            <html><head><meta charset="utf-8"><title>整改台账</title></head><body>
            <div class="article"><h1>中共某卫生院党支部关于巡察整改情况的报告</h1>
            <p>院党支部成立巡察整改工作领导小组，支部书记任组长，现将整改台账报告如下。</p>
            <table>
            <tr><th>序号</th><th>反馈问题</th><th>责任领导</th><th>完成时限</th></tr>
            <tr><td>1</td><td>耗材采购管理不严</td><td rowspan="2">副院长魏楠</td><td>2026年6月30日</td></tr>
            <tr><td>2</td><td>二级库账实不符</td><td>2026年7月31日</td></tr>
            <tr><td>3</td><td>科室自行采购</td><td></td><td>长期坚持</td></tr>
            </table></div></body></html>
            """);
        var rows = Parser.Parse(path).Raw.Paragraphs.Where(p => p.IsTableRow).Select(p => p.Text.Split(RawParagraph.TableCellSeparator)).ToList();
        Assert.Equal(["2", "二级库账实不符", RawParagraph.MergedCellMark, "2026年7月31日"], rows[2]);
        Assert.Equal("", rows[3][2]);
    }
}
