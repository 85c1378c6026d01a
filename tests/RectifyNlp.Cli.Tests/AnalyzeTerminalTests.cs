using System.Text.Json;
using System.Text.RegularExpressions;
using RectifyNlp.Tests;

namespace RectifyNlp.Cli.Tests;

/// <summary>
/// What <c>rectify analyze</c> prints for a person, run as the real program: the unit, each measure with its status,
/// owner, time limit and place, places as the document's own numbering and paragraph, Chinese names only, colour on a
/// terminal alone (NO_COLOR respected), the next step; and <c>--fail-on</c> for scripts.
/// </summary>
public sealed partial class AnalyzeTerminalTests
{
    private static readonly string QingshanFeedback = Path.Combine(RepositoryPaths.Root, "corpus", "pairs", "2024-1", "qingshan", "feedback.txt");
    private static readonly string QingshanReport = Path.Combine(RepositoryPaths.Root, "corpus", "pairs", "2024-1", "qingshan", "report.txt");
    private static readonly string Feedback = RepositoryPaths.Sample("feedback-opinion.txt");
    private static readonly string Report = RepositoryPaths.Sample("rectification-report.txt");

    [GeneratedRegex(@"\b(unanswered-issue|vague-measure|copied-measure|repeated-measure|no-owner|no-deadline|no-accountability|no-mechanism|weak-leadership|inconsistent-claim|late-report|missing-report|no-disclosure|high|medium|low)\b")]
    private static partial Regex EnglishIds();

    [Fact]
    public void The_weak_report_reads_in_chinese_with_measures_places_and_the_next_step()
    {
        var run = CliProcess.Run("analyze", "--feedback", QingshanFeedback, "--report", QingshanReport);
        Assert.Equal(0, run.ExitCode);
        var output = run.Out;
        Assert.Contains("被巡察单位：青山村", output, StringComparison.Ordinal);

        // Each measure under its problem: status, owner, time limit, and where it stands in the report.
        Assert.Contains("      M7 计划｜责任：未写明｜时限：未写明｜整改报告 三、 第1段\n          加强村务公开工作，今后按规定及时公开。", output, StringComparison.Ordinal);

        // Gaps by their Chinese names, pointing at the passage by numbering and paragraph, never by offsets.
        Assert.Contains("  [高] 点名问题未见问责 I1\n", output, StringComparison.Ordinal);
        Assert.Contains("依据（反馈意见 一、1.）：“村集体资金管理不规范", output, StringComparison.Ordinal);
        Assert.Contains("依据（整改报告 开头 第3段）：“反馈的4个问题已全部整改完成", output, StringComparison.Ordinal);
        Assert.Contains("依据（整改报告 三、 第1段）：“加强村务公开工作", output, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"依据（\S+ \d+–\d+）", output);
        Assert.Empty(EnglishIds().Matches(output).Select(m => m.Value));

        // Not a terminal: no colour codes. The next step names the same files.
        Assert.DoesNotContain("\u001b[", output, StringComparison.Ordinal);
        Assert.Contains($"下一步：rectify checklist --feedback {QingshanFeedback} --report {QingshanReport} -o 核查清单.docx", output, StringComparison.Ordinal);
        Assert.Contains("--html 分析报告.html", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Severities_are_coloured_on_a_terminal_unless_no_color_is_set()
    {
        // util-linux's script gives the program a pseudo-terminal as its standard output.
        Assert.True(File.Exists("/usr/bin/script"), "/usr/bin/script (util-linux) not found");
        var command = $"dotnet {Path.Combine(AppContext.BaseDirectory, "rectify.dll")} analyze --feedback {QingshanFeedback} --report {QingshanReport}";
        var coloured = CliProcess.RunProgram("/usr/bin/script", null, "-qec", command, "/dev/null");
        Assert.Equal(0, coloured.ExitCode);
        Assert.Contains("\u001b[1;31m[高]\u001b[0m 点名问题未见问责", coloured.Out, StringComparison.Ordinal);
        Assert.Contains("\u001b[33m[中]\u001b[0m 未建立长效机制", coloured.Out, StringComparison.Ordinal);
        Assert.Contains("\u001b[36m[低]\u001b[0m 未公开整改情况", coloured.Out, StringComparison.Ordinal);

        var plain = CliProcess.RunProgram("/usr/bin/script", new Dictionary<string, string> { ["NO_COLOR"] = "1" }, "-qec", command, "/dev/null");
        Assert.Equal(0, plain.ExitCode);
        Assert.Contains("[高] 点名问题未见问责", plain.Out, StringComparison.Ordinal);
        Assert.DoesNotMatch("\u001b\\[[0-9;]*m", plain.Out); // no colour (the runtime's own keypad codes for a terminal aside)
    }

    [Fact]
    public void Fail_on_exits_3_when_gaps_reach_the_severity_and_0_when_none_do()
    {
        // The sample pair: one medium gap, no high one.
        var high = CliProcess.Run("analyze", "--feedback", Feedback, "--report", Report, "--fail-on", "high");
        Assert.Equal(0, high.ExitCode);
        Assert.Contains("需关注 1 项（高 0、中 1、低 0）", high.Out, StringComparison.Ordinal);

        var medium = CliProcess.Run("analyze", "--feedback", Feedback, "--report", Report, "--fail-on", "medium");
        Assert.Equal(3, medium.ExitCode);
        Assert.Contains("需关注 1 项（高 0、中 1、低 0）", medium.Out, StringComparison.Ordinal);
        Assert.Equal("有中及以上程度的需关注事项 1 项（--fail-on medium），退出码 3", Assert.Single(medium.ErrorLines));

        // The weak report has two high gaps; with --json the JSON is printed whole and the exit code still says so.
        var json = CliProcess.Run("analyze", "--feedback", QingshanFeedback, "--report", QingshanReport, "--json", "--fail-on", "high");
        Assert.Equal(3, json.ExitCode);
        using var document = JsonDocument.Parse(json.Out);
        Assert.Equal(2, document.RootElement.GetProperty("gaps").EnumerateArray().Count(g => g.GetProperty("severity").GetString() == "high"));
        Assert.Equal("青山村", document.RootElement.GetProperty("unit").GetString());

        var bad = CliProcess.Run("analyze", "--feedback", Feedback, "--report", Report, "--fail-on", "critical");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--fail-on 应为 high、medium 或 low", bad.Error, StringComparison.Ordinal);
    }
}
