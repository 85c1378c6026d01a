namespace RectifyNlp.Analysis.Tests;

/// <summary>
/// A stopped job stops its analysis where it is: the token is checked per paragraph, piece and block and between the
/// gap rules, and a cancellation is never taken for a rule's failure (which would only cost that rule's check).
/// </summary>
[Collection(AnalyzerGroup.Name)]
public sealed class CancellationTests(AnalyzerFixture fixture)
{
    [Fact]
    public void A_stopped_analysis_ends_with_cancellation_not_with_a_result()
    {
        var feedback = fixture.Text("feedback.txt", Documents.Feedback);
        var report = fixture.Text("report.txt", Documents.GoodReport);
        using var stop = new CancellationTokenSource();
        stop.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => fixture.Analyzer.Analyze(feedback, report, cancellationToken: stop.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => fixture.Analyzer.Analyze(null, report, cancellationToken: stop.Token));
        Assert.NotEmpty(fixture.Analyzer.Analyze(feedback, report).Measures);
    }

    [Fact]
    public void Gap_rules_after_the_stop_do_not_run_and_the_stop_is_not_noted_as_a_failed_rule()
    {
        var report = fixture.Text("report.txt", "中共区农业农村局党组关于巡察整改情况的报告\n局党组高度重视，认真抓好整改。");
        using var stop = new CancellationTokenSource();
        var context = new AnalysisContext(null, report, new ReportReader(fixture.Analyzer.Cues).Read(report), [], new Dictionary<string, TextItem>(), [], null, null, fixture.Analyzer.Cues) { Cancellation = stop.Token };
        var after = new RecordingRule();
        var notes = new List<string>();
        Assert.ThrowsAny<OperationCanceledException>(() => new GapFinder([new StoppingRule(stop), after]).Find(context, notes));
        Assert.False(after.Ran);
        Assert.Empty(notes);
    }

    // Stands for a job deleted while the rules run: the stop comes from outside, in the middle of the stage.
    private sealed class StoppingRule(CancellationTokenSource stop) : IGapRule
    {
        public string Name => "停止";

        public IEnumerable<Gap> Find(AnalysisContext context)
        {
            stop.Cancel();
            return [];
        }
    }

    private sealed class RecordingRule : IGapRule
    {
        public bool Ran { get; private set; }

        public string Name => "记录";

        public IEnumerable<Gap> Find(AnalysisContext context)
        {
            Ran = true;
            return [];
        }
    }
}
