using RectifyNlp.Analysis.Output;

namespace RectifyNlp.Analysis.Tests;

/// <summary>Odd documents the analysis must survive without a crash or a made-up result, and text that must never run as markup.</summary>
[Collection(AnalyzerGroup.Name)]
public sealed class RobustnessTests(AnalyzerFixture fixture)
{
    [Fact]
    public void A_report_of_only_a_title_answers_nothing_and_says_so_problem_by_problem()
    {
        var result = fixture.Analyze(Documents.Feedback, "中共区农业农村局党组关于巡察整改情况的报告");
        Assert.Equal(4, result.Issues.Length);
        Assert.Empty(result.Measures);
        Assert.Equal(4, result.Gaps.Count(g => g.Kind == GapKinds.UnansweredIssue));
    }

    [Fact]
    public void A_report_without_any_numbering_is_matched_paragraph_by_paragraph()
    {
        var result = fixture.Analyze(Documents.Feedback, """
            区农业农村局关于巡察整改情况的报告
            对违规发放的值班补助4.2万元全部清退，对办公室主任给予诫勉谈话。
            制定《涉农资金拨付审核办法》，实行三级审核。
            """);
        Assert.Equal(["I2"], result.Measures.Single(m => m.Text.Contains("值班补助", StringComparison.Ordinal)).IssueIds);
        Assert.Equal(["I3"], result.Measures.Single(m => m.Text.Contains("审核办法", StringComparison.Ordinal)).IssueIds);
    }

    [Fact]
    public void A_very_long_paragraph_is_analysed()
    {
        var paragraph = string.Concat(Enumerable.Repeat("对违规发放的值班补助逐笔核查，全部清退，对办公室主任给予诫勉谈话。", 2000));
        var result = fixture.Analyze(Documents.Feedback, $"区农业农村局关于巡察整改情况的报告\n二、关于“违规发放补贴”的问题\n{paragraph}");
        var measure = Assert.Single(result.Measures);
        Assert.Equal(["I2"], measure.IssueIds);
    }

    [Fact]
    public void Markup_in_the_documents_is_shown_as_text_in_the_html_report()
    {
        const string attack = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        var feedback = fixture.Text("feedback.txt", Documents.Feedback.Replace("年度计划建设的2万亩", attack, StringComparison.Ordinal));
        var report = fixture.Text("report.txt", Documents.GoodReport.Replace("实行周调度", "实行周调度" + attack, StringComparison.Ordinal));
        var html = HtmlReport.Write(fixture.Analyzer.Analyze(feedback, report), feedback, report);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x", html, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<script>"));
    }
}
