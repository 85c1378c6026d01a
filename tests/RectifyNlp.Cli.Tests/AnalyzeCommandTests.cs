using System.Text.Json;
using System.Text.RegularExpressions;
using RectifyNlp.Tests;

namespace RectifyNlp.Cli.Tests;

/// <summary><c>rectify analyze</c> as users script it: the README's command, CONTRACT.md's JSON, the HTML report, the errors.</summary>
public sealed partial class AnalyzeCommandTests : IDisposable
{
    private static readonly string Feedback = RepositoryPaths.Sample("feedback-opinion.txt");
    private static readonly string Report = RepositoryPaths.Sample("rectification-report.txt");
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("rectify-analyze-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void The_readme_command_prints_coverage_then_the_gaps()
    {
        var result = Cli.Run("analyze", "--feedback", Feedback, "--report", Report);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Contains("覆盖：反馈问题 9 个，已对应整改措施 9 个（100%）", result.Out, StringComparison.Ordinal);
        Assert.Contains("需关注 1 项", result.Out, StringComparison.Ordinal);
        Assert.Contains("[中] 未明确责任领导或责任部门 I8 M10", result.Out, StringComparison.Ordinal);
        Assert.True(result.Out.IndexOf("问题与措施", StringComparison.Ordinal) < result.Out.IndexOf("需关注", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_follows_the_contract_and_every_offset_points_at_its_text()
    {
        var result = Cli.Run("analyze", "--feedback", Feedback, "--report", Report, "--json");
        Assert.Equal(0, result.ExitCode);
        var json = result.Json;
        Assert.Equal(1, json.GetProperty("schemaVersion").GetInt32());
        var texts = new Dictionary<string, string>
        {
            ["feedback"] = Cli.Run("parse", Feedback, "--json").Json.GetProperty("text").GetString()!,
            ["report"] = Cli.Run("parse", Report, "--json").Json.GetProperty("text").GetString()!,
        };

        var issues = json.GetProperty("issues").EnumerateArray().ToList();
        Assert.Equal(9, issues.Count);
        foreach (var issue in issues)
        {
            Assert.Matches("^I[0-9]+$", issue.GetProperty("id").GetString());
            Assert.NotEqual("", issue.GetProperty("category").GetString());
            Assert.Equal(issue.GetProperty("text").GetString(), Slice(texts["feedback"], issue));
        }

        var ids = issues.Select(i => i.GetProperty("id").GetString()).ToHashSet();
        foreach (var measure in json.GetProperty("measures").EnumerateArray())
        {
            Assert.Matches("^M[0-9]+$", measure.GetProperty("id").GetString());
            Assert.Contains(measure.GetProperty("status").GetString(), (string[])["done", "in-progress", "planned", "unknown"]);
            Assert.True(measure.GetProperty("owner").ValueKind is JsonValueKind.Null or JsonValueKind.String);
            Assert.True(measure.GetProperty("deadline").ValueKind is JsonValueKind.Null or JsonValueKind.String);
            Assert.All(measure.GetProperty("issueIds").EnumerateArray(), i => Assert.Contains(i.GetString(), ids));
            Assert.Equal(measure.GetProperty("text").GetString(), Slice(texts["report"], measure));
        }

        string[] kinds = ["unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline", "no-accountability", "no-mechanism", "weak-leadership", "inconsistent-claim", "late-report", "missing-report", "no-disclosure"];
        foreach (var gap in json.GetProperty("gaps").EnumerateArray())
        {
            Assert.Contains(gap.GetProperty("kind").GetString(), kinds);
            Assert.Contains(gap.GetProperty("severity").GetString(), (string[])["high", "medium", "low"]);
            Assert.NotEqual("", gap.GetProperty("message").GetString());
            if (gap.GetProperty("evidence").GetString() is { Length: > 0 } evidence)
            {
                Assert.Equal(evidence, Slice(texts[gap.GetProperty("evidenceIn").GetString()!], gap));
            }
        }
    }

    [Fact]
    public void Json_names_gap_kinds_and_statuses_in_chinese_as_the_terminal_does()
    {
        // The weak pair of the README: gaps of several kinds, measures finished and not.
        var pair = Path.Combine(RepositoryPaths.Root, "corpus", "pairs", "2024-1", "qingshan");
        var json = Cli.Run("analyze", "--feedback", Path.Combine(pair, "feedback.txt"), "--report", Path.Combine(pair, "report.txt"), "--json").Json;
        // A kind may be reported on several problems (no-owner on two): every one carries the same name.
        var names = json.GetProperty("gaps").EnumerateArray()
            .GroupBy(g => g.GetProperty("kind").GetString()!)
            .ToDictionary(g => g.Key, g => Assert.Single(g.Select(x => x.GetProperty("kindName").GetString()).Distinct()));
        Assert.Equal("点名问题未见问责", names["no-accountability"]);
        Assert.Equal("报告数据或表述前后不一致", names["inconsistent-claim"]);
        Assert.Equal("未公开整改情况", names["no-disclosure"]);
        var statuses = new Dictionary<string, string> { ["done"] = "已完成", ["in-progress"] = "推进中", ["planned"] = "计划", ["unknown"] = "未写明" };
        Assert.All(json.GetProperty("measures").EnumerateArray(), m => Assert.Equal(statuses[m.GetProperty("status").GetString()!], m.GetProperty("statusName").GetString()));
    }

    [Fact]
    public void A_report_alone_uses_the_problems_it_restates()
    {
        var result = Cli.Run("analyze", "--report", Report, "--json");
        Assert.Equal(0, result.ExitCode);
        var issues = result.Json.GetProperty("issues").EnumerateArray().ToList();
        Assert.Equal(9, issues.Count);
        Assert.All(issues, i => Assert.Equal("report", i.GetProperty("source").GetString()));
        Assert.Equal(JsonValueKind.Null, result.Json.GetProperty("feedback").ValueKind);
    }

    [Fact]
    public void The_html_report_is_self_contained_and_every_link_has_its_target()
    {
        var path = Path.Combine(_folder.FullName, "report.html");
        var result = Cli.Run("analyze", "--feedback", Feedback, "--report", RepositoryPaths.Root + "/corpus/pairs/2024-1/qingshan/report.txt", "--html", path);
        Assert.Equal(0, result.ExitCode);
        var html = File.ReadAllText(path);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
        var ids = IdRegex().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        foreach (Match link in LinkRegex().Matches(html))
        {
            Assert.Contains(link.Groups[1].Value, ids);
        }

        Assert.Contains("问题 × 措施", html, StringComparison.Ordinal);
        Assert.Contains("<mark id=\"M1\"", html, StringComparison.Ordinal);
        Assert.Contains("<mark id=\"I1\"", html, StringComparison.Ordinal);
        Assert.Contains("data-kind=\"unanswered-issue\"", html, StringComparison.Ordinal);
        Assert.Equal([path], Directory.GetFiles(_folder.FullName));
    }

    [Fact]
    public void A_missing_report_option_is_bad_usage()
    {
        var result = Cli.Run("analyze", "--feedback", Feedback);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--report", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_report_exits_1_and_leaves_no_html_behind()
    {
        var empty = Path.Combine(_folder.FullName, "empty.txt");
        File.WriteAllBytes(empty, []);
        var html = Path.Combine(_folder.FullName, "out.html");
        var result = Cli.Run("analyze", "--feedback", Feedback, "--report", empty, "--html", html);
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("错误：", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Equal("", result.Out);
        Assert.False(File.Exists(html));
    }

    [Fact]
    public void Html_into_a_folder_that_does_not_exist_is_bad_usage()
    {
        var result = Cli.Run("analyze", "--report", Report, "--html", Path.Combine(_folder.FullName, "no", "such", "out.html"));
        Assert.Equal(2, result.ExitCode);
    }

    private static string Slice(string text, JsonElement element) =>
        text[element.GetProperty("start").GetInt32()..element.GetProperty("end").GetInt32()];

    [GeneratedRegex(" id=\"([^\"]+)\"")]
    private static partial Regex IdRegex();

    [GeneratedRegex("href=\"#([^\"]+)\"")]
    private static partial Regex LinkRegex();
}

/// <summary>The README shows what the main command prints; it must stay true.</summary>
public sealed class ReadmeTests
{
    [Fact]
    public void The_readme_shows_what_analyze_prints_on_the_sample_pair()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        // The set-up: install the tool the Cli project packs, run it on the samples, test.
        var project = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "RectifyNlp.Cli", "RectifyNlp.Cli.csproj"));
        Assert.Contains("<PackageId>RectifyNlp.Cli</PackageId>", project, StringComparison.Ordinal);
        Assert.Contains("<ToolCommandName>rectify</ToolCommandName>", project, StringComparison.Ordinal);
        Assert.Contains("dotnet pack src/RectifyNlp.Cli -c Release -o nupkg && dotnet tool install --global --add-source nupkg RectifyNlp.Cli", readme, StringComparison.Ordinal);
        Assert.Contains("\nrectify analyze --feedback corpus/samples/feedback-opinion.txt --report corpus/samples/rectification-report.txt\n", readme, StringComparison.Ordinal);
        Assert.Contains("\nbash .ci/run\n", readme, StringComparison.Ordinal);
        var start = readme.IndexOf("```text\n", StringComparison.Ordinal) + "```text\n".Length;
        var shown = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)].TrimEnd();
        // Run from the checkout, as the README's command is: the next-step line names the files as they were given.
        var printed = Cli.Run("analyze", "--feedback", RepositoryPaths.Sample("feedback-opinion.txt"), "--report", RepositoryPaths.Sample("rectification-report.txt")).Out.TrimEnd()
            .Replace(RepositoryPaths.Root.TrimEnd('/') + "/", "", StringComparison.Ordinal);
        Assert.Equal(printed, shown);
    }
}

/// <summary><c>analyze --others DIR</c>: other units' reports to compare measures with.</summary>
public sealed class AnalyzeOthersTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("rectify-others-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void A_measure_taken_from_another_units_report_is_flagged_and_an_unreadable_file_is_skipped_with_its_reason()
    {
        var others = _folder.CreateSubdirectory("others");
        File.Copy(Path.Combine(RepositoryPaths.Root, "corpus", "pairs", "2024-1", "culture", "report.txt"), Path.Combine(others.FullName, "culture.txt"));
        File.WriteAllBytes(Path.Combine(others.FullName, "broken.docx"), [0x50, 0x4B, 3, 4, 0, 0]);
        var report = Path.Combine(_folder.FullName, "report.txt");
        File.WriteAllText(report, "区图书馆党支部关于巡察整改情况的报告\n一、关于意识形态阵地管理的问题\n建立文艺演出节目“三审”制度，演出前由分管领导审核节目内容。\n二、关于借阅数据统计不实的问题\n对2023年借阅数据逐月核对，更正统计报表3份。已完成。\n");
        var result = Cli.Run("analyze", "--report", report, "--others", others.FullName, "--json");
        Assert.Equal(0, result.ExitCode);
        var gap = Assert.Single(result.Json.GetProperty("gaps").EnumerateArray(), g => g.GetProperty("kind").GetString() == "copied-measure");
        Assert.Contains("culture.txt", gap.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("跳过：broken.docx", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Others_must_be_a_folder()
    {
        Assert.Equal(2, Cli.Run("analyze", "--report", RepositoryPaths.Sample("rectification-report.txt"), "--others", Path.Combine(_folder.FullName, "none")).ExitCode);
    }
}
