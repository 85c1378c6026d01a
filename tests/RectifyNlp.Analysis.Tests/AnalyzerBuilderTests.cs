namespace RectifyNlp.Analysis.Tests;

/// <summary>The analyser is assembled from stages and rules that a caller can see and choose.</summary>
[Collection(AnalyzerGroup.Name)]
public sealed class AnalyzerBuilderTests(AnalyzerFixture fixture)
{
    // The good report without its disclosure line: the default rules flag no-disclosure.
    private static readonly string Undisclosed = Documents.Report("整改情况已于2025年6月20日在局门户网站公开。\n", string.Empty);

    /// <summary>A rule of a caller's own: every unanswered problem is also said in the caller's words.</summary>
    private sealed class EveryProblemNamedRule : IGapRule
    {
        public string Name => "逐项点名";

        public IEnumerable<Gap> Find(AnalysisContext context) =>
            context.Issues.Where(i => !context.MeasuresOf(i.Id).Any()).Select(i => new Gap("named", i.Id, null, Severity.Low, "未见整改：" + i.Text, string.Empty, DocumentRole.Feedback, i.Span));
    }

    [Fact]
    public void The_default_build_runs_every_rule_and_analyses_as_the_loaded_analyser()
    {
        using var built = Analyzer.Builder(AnalyzerFixture.Paths).Build();
        Assert.Equal(GapFinder.DefaultRules.Select(r => r.Name), built.Rules.Select(r => r.Name));
        var expected = fixture.Analyze(Documents.Feedback, Undisclosed);
        var actual = built.Analyze(fixture.Text("feedback.txt", Documents.Feedback), fixture.Text("report.txt", Undisclosed));
        Assert.Equal(expected.Gaps.Select(g => (g.Kind, g.IssueId)), actual.Gaps.Select(g => (g.Kind, g.IssueId)));
        Assert.Contains(actual.Gaps, g => g.Kind == GapKinds.NoDisclosure);
    }

    [Fact]
    public void A_rule_left_out_does_not_run_and_a_rule_added_does()
    {
        using var built = Analyzer.Builder(AnalyzerFixture.Paths).WithoutRule("整改公开").AddRule(new EveryProblemNamedRule()).Build();
        var report = Documents.Report("四、关于“机关党支部‘三会一课’落实不到位”的问题\n制定年度党课计划，重新召开专题组织生活会，班子成员逐一开展批评与自我批评。已完成。\n", string.Empty)
            .Replace("整改情况已于2025年6月20日在局门户网站公开。\n", string.Empty, StringComparison.Ordinal);
        var result = built.Analyze(fixture.Text("feedback.txt", Documents.Feedback), fixture.Text("report.txt", report));
        Assert.DoesNotContain(result.Gaps, g => g.Kind == GapKinds.NoDisclosure);
        var named = Assert.Single(result.Gaps, g => g.Kind == "named");
        Assert.Equal("I4", named.IssueId);
        Assert.Contains(result.Gaps, g => g.Kind == GapKinds.UnansweredIssue && g.IssueId == "I4");
    }

    [Fact]
    public void A_rule_name_nobody_has_is_refused_with_the_names_there_are()
    {
        var builder = Analyzer.Builder(AnalyzerFixture.Paths);
        var error = Assert.Throws<ArgumentException>(() => builder.WithoutRule("没有的规则"));
        Assert.Contains("整改公开", error.Message, StringComparison.Ordinal);
        builder.Build().Dispose();
    }

    [Fact]
    public void A_stage_can_be_replaced()
    {
        // A problem extractor whose classifier calls every passage a requirement finds no problems in the
        // feedback: the analysis falls back on the problems the report restates, and says so.
        using var built = Analyzer.Builder(AnalyzerFixture.Paths).WithProblemExtractor(cues => new ProblemExtractor(cues, _ => ("requirement", 1.0))).Build();
        var result = built.Analyze(fixture.Text("feedback.txt", Documents.Feedback), fixture.Text("report.txt", Documents.GoodReport));
        Assert.Contains(result.Notes, n => n.Contains("改用整改报告复述的问题", StringComparison.Ordinal));
        Assert.All(result.Issues, i => Assert.Equal(DocumentRole.Report, i.Source));
        Assert.All(fixture.Analyze(Documents.Feedback, Documents.GoodReport).Issues, i => Assert.Equal(DocumentRole.Feedback, i.Source));
    }
}
