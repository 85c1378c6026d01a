using System.Diagnostics;
using System.Text.Json;
using Microsoft.SemanticKernel;
using RectifyNlp.Analysis;
using RectifyNlp.Application;
using RectifyNlp.Core;
using RectifyNlp.Nlp;
using RectifyNlp.Tests;

namespace RectifyNlp.Assist.Tests;

/// <summary>The analysis the tests review once: the weak culture pair (feedback words copied back, one measure pasted twice).</summary>
public sealed class Fixture : IDisposable
{
    public static readonly ModelPaths Paths = new(Path.Combine(RepositoryPaths.Root, "models"), Path.Combine(AppContext.BaseDirectory, "Resources"));

    public static readonly string PairFolder = Path.Combine(RepositoryPaths.Root, "corpus", "pairs", "2024-1", "culture");

    public RectifyApplication Application { get; } = RectifyApplication.Load(Paths);

    public Analyzer Analyzer => Application.Analyzer;

    public DocumentParser Parser => Application.Parser;

    public PromptLibrary Prompts { get; } = PromptLibrary.Load(Path.Combine(RepositoryPaths.Root, "models", "prompts", "prompts.json"));

    public AnalysisResult Result => Analyzer.Analyze(Parser.Parse(Path.Combine(PairFolder, "feedback.txt")), Parser.Parse(Path.Combine(PairFolder, "report.txt")));

    public void Dispose() => Application.Dispose();
}

/// <summary>
/// The model assist against a loopback server that speaks the OpenAI protocol: a good answer, garbage, a
/// refusal, a timeout, a server error and a closed port. The analysis never fails because of the model.
/// </summary>
public sealed class AssistTests(Fixture fixture) : IClassFixture<Fixture>
{
    private static LlmSettings Settings(string endpoint, double timeoutSeconds = 10) =>
        new(new Uri(endpoint), "qwen2.5-test", null, TimeSpan.FromSeconds(timeoutSeconds), Retries: 1, MaxRequests: 12);

    private async Task<AssistReport> Review(string endpoint, double timeoutSeconds = 10)
    {
        using var assistant = new LlmAssistant(Settings(endpoint, timeoutSeconds), fixture.Prompts);
        return await assistant.ReviewAsync(fixture.Result);
    }

    [Fact]
    public async Task A_good_model_gives_second_opinions_and_explanations_marked_as_its_own()
    {
        using var server = new LoopbackOpenAi(ModelBehaviour.Good);
        var report = await Review(server.Endpoint);
        Assert.Empty(report.Notices);
        Assert.NotEmpty(report.Verdicts);
        Assert.All(report.Verdicts, v => Assert.Equal("model", v.Source));
        var copied = fixture.Result.Gaps.First(g => g.Kind == GapKinds.CopiedMeasure);
        Assert.Contains(report.Verdicts, v => v.MeasureId == copied.MeasureId && !v.Concrete);
        Assert.All(report.Verdicts, v => Assert.InRange(v.Blended, 0, 1));
        Assert.NotEmpty(report.Explanations);
        Assert.All(report.Explanations, e => Assert.Equal("generated", e.Source));
        Assert.Equal("请提供相关佐证材料。", report.Explanations[0].Question);
        Assert.Equal(report.Requests, server.Requests.Count);
        var (path, body) = server.Requests.First();
        Assert.Equal("/v1/chat/completions", path);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("qwen2.5-test", json.RootElement.GetProperty("model").GetString());
        Assert.Contains("反馈问题", json.RootElement.GetProperty("messages")[1].GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ModelBehaviour.Garbage, "不是要求的 JSON")]
    [InlineData(ModelBehaviour.Refuses, "拒绝回答")]
    [InlineData(ModelBehaviour.Fails, "出错")]
    public async Task Bad_answers_fall_back_to_the_offline_result_with_a_notice(ModelBehaviour behaviour, string notice)
    {
        using var server = new LoopbackOpenAi(behaviour);
        var report = await Review(server.Endpoint);
        Assert.Empty(report.Verdicts);
        Assert.Empty(report.Explanations);
        Assert.Contains(report.Notices, n => n.Contains(notice, StringComparison.Ordinal));
        Assert.False(server.Requests.IsEmpty);
    }

    [Fact]
    public async Task A_model_that_does_not_answer_in_time_is_given_up_on()
    {
        using var server = new LoopbackOpenAi(ModelBehaviour.Slow);
        var clock = Stopwatch.StartNew();
        using var assistant = new LlmAssistant(Settings(server.Endpoint, 0.5) with { MaxRequests = 4 }, fixture.Prompts);
        var report = await assistant.ReviewAsync(fixture.Result);
        Assert.Empty(report.Verdicts);
        Assert.Contains(report.Notices, n => n.Contains("未响应", StringComparison.Ordinal));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task A_closed_port_is_noticed_once_and_nothing_is_retried_after_it()
    {
        var report = await Review($"http://127.0.0.1:{LoopbackOpenAi.FreePort()}/v1");
        Assert.Empty(report.Verdicts);
        Assert.Equal(1, report.Requests);
        Assert.Contains(report.Notices, n => n.Contains("无法连接", StringComparison.Ordinal));
    }

    [Fact]
    public void Configuration_comes_from_flags_then_the_environment_and_warns_off_loopback()
    {
        var environment = new Dictionary<string, string?> { ["RECTIFY_LLM_ENDPOINT"] = "http://10.1.2.3:8000/v1", ["RECTIFY_LLM_MODEL"] = "deepseek", ["RECTIFY_LLM_API_KEY"] = "k" };
        Assert.Null(LlmSettings.Resolve(null, null, _ => null));
        var fromEnvironment = LlmSettings.Resolve(null, null, n => environment.GetValueOrDefault(n))!;
        Assert.Equal("deepseek", fromEnvironment.Model);
        Assert.Equal("k", fromEnvironment.ApiKey);
        Assert.False(fromEnvironment.IsLoopback);
        Assert.Contains("10.1.2.3", fromEnvironment.Warning, StringComparison.Ordinal);
        var fromFlags = LlmSettings.Resolve("http://localhost:11434/v1", "qwen", n => environment.GetValueOrDefault(n))!;
        Assert.Equal("qwen", fromFlags.Model);
        Assert.True(fromFlags.IsLoopback);
        Assert.Null(fromFlags.Warning);
        Assert.Throws<ArgumentException>(() => LlmSettings.Resolve("ftp://x", null, _ => null));
    }

    [Fact]
    public async Task The_analysers_are_kernel_functions()
    {
        var kernel = Kernel.CreateBuilder().Build();
        var taxonomy = fixture.Application.Taxonomy;
        kernel.Plugins.AddFromObject(new RectifyPlugin(fixture.Application), "rectify");
        Assert.Equal(["analyze", "checklist", "parse"], kernel.Plugins["rectify"].Select(f => f.Name).Order());
        var analysis = await kernel.InvokeAsync("rectify", "analyze", new KernelArguments { ["report"] = Path.Combine(Fixture.PairFolder, "report.txt"), ["feedback"] = Path.Combine(Fixture.PairFolder, "feedback.txt") });
        using var json = JsonDocument.Parse(analysis.GetValue<string>()!);
        Assert.Equal(1, json.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(5, json.RootElement.GetProperty("issues").GetArrayLength());

        // Categories by the names analyze gives them, not by their ids.
        Assert.All(json.RootElement.GetProperty("issues").EnumerateArray(), issue =>
            Assert.Equal(taxonomy.NameOf(issue.GetProperty("category").GetString()!), issue.GetProperty("categoryName").GetString()));
        Assert.Contains(json.RootElement.GetProperty("issues").EnumerateArray(), issue => issue.GetProperty("categoryName").GetString() != issue.GetProperty("category").GetString());
        var parsed = await kernel.InvokeAsync("rectify", "parse", new KernelArguments { ["path"] = Path.Combine(Fixture.PairFolder, "feedback.txt") });
        Assert.Contains("feedback-opinion", parsed.GetValue<string>()!, StringComparison.Ordinal);
        var checklist = await kernel.InvokeAsync("rectify", "checklist", new KernelArguments { ["feedback"] = Path.Combine(Fixture.PairFolder, "feedback.txt") });
        Assert.Contains("预审清单", checklist.GetValue<string>()!, StringComparison.Ordinal);
    }
}

/// <summary>The acceptance: the real command line with RECTIFY_LLM_ENDPOINT set, to a model that answers and to one that is down.</summary>
public sealed class CommandLineTests
{
    private static readonly string Rectify = Path.Combine(AppContext.BaseDirectory, "rectify.dll");

    private static (int Code, string Out, string Error) Run(string? endpoint, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Rectify);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("RECTIFY_LLM_ENDPOINT");
        if (endpoint is not null)
        {
            start.Environment["RECTIFY_LLM_ENDPOINT"] = endpoint;
            start.Environment["RECTIFY_LLM_TIMEOUT"] = "10";
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(180_000), "rectify did not finish");
        return (process.ExitCode, output.Result, error.Result);
    }

    private static string[] Analyze => ["analyze", "--feedback", Path.Combine(Fixture.PairFolder, "feedback.txt"), "--report", Path.Combine(Fixture.PairFolder, "report.txt"), "--json"];

    private static string Issues(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("issues").GetRawText();
    }

    [Fact]
    public void With_an_endpoint_analyze_asks_it_and_exits_0()
    {
        using var server = new LoopbackOpenAi(ModelBehaviour.Good);
        var (code, output, error) = Run(server.Endpoint, Analyze);
        Assert.True(code == 0, error);
        Assert.NotEmpty(server.Requests);
        using var json = JsonDocument.Parse(output);
        var assist = json.RootElement.GetProperty("assist");
        Assert.Equal(server.Requests.Count, assist.GetProperty("requests").GetInt32());
        Assert.NotEqual(0, assist.GetProperty("verdicts").GetArrayLength());
    }

    [Fact]
    public void With_the_endpoint_down_analyze_exits_0_with_the_offline_problems()
    {
        var offline = Run(null, Analyze);
        var down = Run($"http://127.0.0.1:{LoopbackOpenAi.FreePort()}/v1", Analyze);
        Assert.Equal(0, offline.Code);
        Assert.True(down.Code == 0, down.Error);
        Assert.Equal(Issues(offline.Out), Issues(down.Out));
        using var json = JsonDocument.Parse(down.Out);
        Assert.Contains("无法连接", json.RootElement.GetProperty("assist").GetProperty("notices")[0].GetString(), StringComparison.Ordinal);
    }
}
