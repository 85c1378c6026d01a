using System.Text;
using RectifyNlp.Application;
using RectifyNlp.Application.Contract;
using RectifyNlp.Batch;
using RectifyNlp.Nlp;
using RectifyNlp.Tests;

namespace RectifyNlp.Cli.Tests;

/// <summary>The front door loaded once for the tests that call it directly.</summary>
public sealed class FrontDoorFixture : IDisposable
{
    public RectifyApplication Application { get; } = RectifyApplication.Load(ModelPaths.Discover());

    public void Dispose() => Application.Dispose();
}

/// <summary>
/// The application's front door as the hosts see it: its report names categories in Chinese and writes exactly what
/// <c>rectify analyze --json</c> prints; a batch stores the same; the contract's records read back what they wrote.
/// </summary>
public sealed class FrontDoorTests(FrontDoorFixture fixture) : IClassFixture<FrontDoorFixture>, IDisposable
{
    private static readonly string Feedback = RepositoryPaths.Sample("feedback-opinion.txt");
    private static readonly string Report = RepositoryPaths.Sample("rectification-report.txt");
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("rectify-front-door-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void The_report_of_the_sample_pair_names_categories_in_chinese_and_is_what_analyze_json_prints()
    {
        var analysis = fixture.Application.Analyze(Feedback, Report);

        Assert.Equal(9, analysis.Contract.Issues.Count);
        Assert.All(analysis.Contract.Issues, issue =>
        {
            Assert.Equal(fixture.Application.Taxonomy.NameOf(issue.Category), issue.CategoryName);
            Assert.NotEqual(issue.Category, issue.CategoryName);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", issue.CategoryName);
        });
        Assert.Equal("feedback-opinion.txt", analysis.Contract.Feedback!.File);
        Assert.Null(analysis.Assist);

        var cli = Cli.Run("analyze", "--feedback", Feedback, "--report", Report, "--json");
        Assert.Equal(0, cli.ExitCode);
        Assert.Equal(cli.Out, analysis.Json() + Environment.NewLine);
    }

    [Fact]
    public void The_checklist_and_page_come_from_the_same_analysis()
    {
        var analysis = fixture.Application.Analyze(Feedback, Report);
        Assert.Same(analysis.Checklist, analysis.Checklist);
        Assert.Equal(analysis.Result.Issues.Select(i => i.Id), analysis.Checklist.Problems.Select(p => p.Issue.Id));
        Assert.Contains(analysis.Contract.Issues[0].CategoryName, analysis.Html(), StringComparison.Ordinal);
        Assert.Contains("预审清单", fixture.Application.PreReviewChecklist(fixture.Application.Parser.Parse(Feedback)).Title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_batch_stores_what_analyze_prints_with_the_same_category_names()
    {
        var unit = Path.Combine(RepositoryPaths.Root, "corpus", "pairs", "2024-1", "qingshan");
        var units = new[] { new UnitFolder("2024-1", "qingshan", [Path.Combine(unit, "feedback.txt"), Path.Combine(unit, "report.txt")], null) };
        using var store = new BatchStore(Path.Combine(_folder.FullName, "rectify.db"));
        var run = new BatchRunner(fixture.Application, store, "test").Run(units);

        var stored = Assert.Single(run.Analyses);
        var analyze = Cli.Run("analyze", "--feedback", Path.Combine(unit, "feedback.txt"), "--report", Path.Combine(unit, "report.txt"), "--json");
        Assert.Equal(analyze.Out, stored.Json + Environment.NewLine);

        var summary = BatchSummary.Compute(run, fixture.Application.Analyzer.Cues);
        var named = ContractJson.Read(stored.Json).Issues.ToDictionary(i => i.Id, i => i.CategoryName);
        Assert.All(summary.Issues, row => Assert.Equal(named[row.Id], row.Category));
        Assert.All(summary.Issues, row => Assert.Equal(fixture.Application.CategoryName(row.CategoryId), row.Category));
    }

    [Fact]
    public void The_contract_reads_back_what_it_wrote_with_and_without_the_model_review()
    {
        var analysis = fixture.Application.Analyze(Feedback, Report);
        var json = analysis.Json();
        var read = ContractJson.Read(json);
        Assert.Equal(json, ContractJson.Write(read));
        Assert.Equal(json, Encoding.UTF8.GetString(ContractJson.WriteUtf8(ContractJson.Read(Encoding.UTF8.GetBytes(json)))));
        Assert.DoesNotContain("\"assist\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal);

        var review = new AssistReport("http://127.0.0.1:11434/v1", "qwen2.5", "3", 2,
            [new ModelVerdict("M1", "I1", Answers: true, Concrete: false, 0.75, "措施空泛", 0.4, 0.575)],
            [new GeneratedExplanation(0, "I8", "未写明责任人。", "谁负责？")],
            ["模型服务超时一次"]);
        var reviewed = read with { Assist = review };
        var withReview = ContractJson.Write(reviewed);
        Assert.EndsWith("\"notices\": [\n      \"模型服务超时一次\"\n    ]\n  }\n}", withReview.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        var again = ContractJson.Read(withReview);
        Assert.Equal(withReview, ContractJson.Write(again));
        Assert.Equal(review.Verdicts, again.Assist!.Verdicts);
        Assert.Equal(json, analysis.OfflineJson());
    }

    [Fact]
    public void Summary_json_reads_back_what_it_wrote()
    {
        var output = Path.Combine(_folder.FullName, "out");
        var batch = Path.Combine(_folder.FullName, "in", "2024-1");
        foreach (var unit in new[] { "qingshan", "culture" })
        {
            var target = Directory.CreateDirectory(Path.Combine(batch, unit)).FullName;
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "corpus", "pairs", "2024-1", unit)).Where(f => !f.EndsWith("gold.json", StringComparison.Ordinal)))
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
            }
        }

        Assert.Equal(0, Cli.Run("batch", Path.Combine(_folder.FullName, "in"), "-o", output).ExitCode);
        var bytes = File.ReadAllBytes(Path.Combine(output, "summary.json"));
        var summary = SummaryJson.Read(bytes);
        Assert.Equal(["culture", "qingshan"], summary.Units);
        Assert.Equal(bytes, SummaryJson.Write(summary));
    }
}
