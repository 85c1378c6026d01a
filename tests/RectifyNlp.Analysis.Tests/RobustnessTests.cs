using RectifyNlp.Analysis.Output;

namespace RectifyNlp.Analysis.Tests;

/// <summary>Odd documents the analysis must survive without a crash or a made-up result, and text that must never run as markup.</summary>
[Collection(AnalyzerGroup.Name)]
public sealed class RobustnessTests(AnalyzerFixture fixture)
{
    [Fact]
    public void A_feedback_listing_more_problems_than_any_real_one_is_refused_before_matching()
    {
        // 1,200 numbered problems: matched against a report of as many parts the score table alone would grow with
        // their product. Refused with the limit, in one line, as a reader refuses a file past its limits.
        var lines = Enumerable.Range(1, Analyzer.MaxProblems + 200).Select(i => $"{i}.第{i}个下属单位财务报销审核不严。");
        var feedback = "区委第一巡察组关于巡察区农业农村局党组的反馈意见\n一、巡察发现的主要问题\n" + string.Join("\n", lines);
        var error = Assert.Throws<Core.Documents.DocumentReadException>(() => fixture.Analyze(feedback, Documents.GoodReport));
        Assert.Equal(Core.Documents.DocumentReadError.TooComplex, error.Error);
        Assert.Contains("1,000 个上限", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void A_report_of_only_a_title_answers_nothing_and_says_so_problem_by_problem()
    {
        var result = fixture.Analyze(Documents.Feedback, "中共区农业农村局党组关于巡察整改情况的报告");
        Assert.Equal(4, result.Issues.Length);
        Assert.Empty(result.Measures);
        Assert.Equal(4, result.Gaps.Count(g => g.Kind == GapKinds.UnansweredIssue));
    }

    [Fact]
    public void A_feedback_of_only_a_title_raises_nothing_and_does_not_fail()
    {
        // A feedback with no line below its title once failed inside the extractor (a range of label lines counted to -1).
        var exception = Record.Exception(() => fixture.Analyze("关于对县档案馆党支部巡察情况的反馈意见", Documents.GoodReport));
        Assert.Null(exception);
        Assert.Empty(fixture.Analyzer.Problems(fixture.Text("feedback.txt", "关于对县档案馆党支部巡察情况的反馈意见")));
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

    [Fact]
    public void Plain_headings_that_restate_the_problems_in_other_words_head_their_answers()
    {
        // No 关于“……”的问题: each heading is the problem in a few words, and the answers follow in a different order.
        var result = fixture.Analyze(Documents.Feedback, """
            中共区农业农村局党组关于巡察整改情况的报告
            局党组成立巡察整改工作领导小组，党组书记任组长。
            （一）涉农资金管理制度缺失。制定《资金拨付办法》，实行三级审核。已完成。
            （二）高标准农田建设推进缓慢。实行周调度，已完成建设1.5万亩。
            （三）违规发放补贴。违规发放的4.2万元已全部清退，对办公室主任给予诫勉谈话。
            （四）机关党支部“三会一课”落实不到位。制定年度党课计划，重新召开专题组织生活会。
            """);
        string Linked(string words) => string.Join(",", result.Measures.Single(m => m.Text.Contains(words, StringComparison.Ordinal)).IssueIds);
        Assert.Equal("I3", Linked("资金拨付办法"));
        Assert.Equal("I1", Linked("周调度"));
        Assert.Equal("I2", Linked("全部清退"));
        Assert.Equal("I4", Linked("年度党课计划"));
        Assert.DoesNotContain(result.Gaps, g => g.Kind is GapKinds.UnansweredIssue or GapKinds.CopiedMeasure);
    }

    [Fact]
    public void Fields_on_a_line_of_their_own_above_the_measure_belong_to_it()
    {
        var result = fixture.Analyze(Documents.Feedback, Documents.Report(
            "责任领导：分管副局长；完成时限：2025年9月底。实行周调度",
            "责任领导：分管副局长；完成时限：2025年9月底。\n实行周调度"));
        var measure = result.Measures.Single(m => m.Text.Contains("周调度", StringComparison.Ordinal));
        Assert.StartsWith("责任领导", measure.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Measures, m => m.Text.StartsWith("责任领导", StringComparison.Ordinal) && !m.Text.Contains("周调度", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Gaps, g => g.IssueId == "I1" && g.Kind is GapKinds.NoOwner or GapKinds.NoDeadline);
    }

    [Fact]
    public void A_rule_that_fails_costs_its_own_check_said_in_the_notes_not_the_analysis()
    {
        var report = fixture.Text("report.txt", "中共区农业农村局党组关于巡察整改情况的报告\n局党组高度重视，认真抓好整改。");
        var context = new AnalysisContext(null, report, new ReportReader(fixture.Analyzer.Cues).Read(report), [], new Dictionary<string, TextItem>(), [], null, null, fixture.Analyzer.Cues);
        var notes = new List<string>();
        var gaps = new GapFinder([new FailingRule(), .. GapFinder.DefaultRules]).Find(context, notes);
        Assert.Contains(gaps, g => g.Kind == GapKinds.WeakLeadership);
        var note = Assert.Single(notes);
        Assert.Contains("“测试规则”检查出错", note, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => new GapFinder([new FailingRule()]).Find(context));
    }

    [Fact]
    public void A_measure_named_a_copy_is_not_named_vague_as_well_but_slogans_after_a_restated_problem_stay_vague()
    {
        var report = fixture.Text("report.txt", "中共区农业农村局党组关于巡察整改情况的报告\n局党组高度重视，认真抓好整改。");
        var context = new AnalysisContext(null, report, new ReportReader(fixture.Analyzer.Cues).Read(report), [], new Dictionary<string, TextItem>(), [], null, null, fixture.Analyzer.Cues);
        var gaps = new GapFinder([new FixedRule(
            Flag(GapKinds.CopiedMeasure, "I1", "M1"), Flag(GapKinds.VagueMeasure, "I1", "M1"), Flag(GapKinds.CopiedMeasure, "I2", "M2"), Flag(GapKinds.VagueMeasure, "I2", "M3"))]).Find(context);
        Assert.Equal([(GapKinds.CopiedMeasure, "I1"), (GapKinds.CopiedMeasure, "I2"), (GapKinds.VagueMeasure, "I2")], gaps.Select(g => (g.Kind, g.IssueId)).Order());

        static Gap Flag(string kind, string issue, string measure) => new(kind, issue, measure, Severity.Medium, "测试", "局党组高度重视，认真抓好整改。", DocumentRole.Report, default);
    }

    private sealed class FixedRule(params Gap[] gaps) : IGapRule
    {
        public string Name => "固定结果";

        public IEnumerable<Gap> Find(AnalysisContext context) => gaps;
    }

    private sealed class FailingRule : IGapRule
    {
        public string Name => "测试规则";

        public IEnumerable<Gap> Find(AnalysisContext context) => throw new InvalidOperationException("a bug in a rule");
    }
}
