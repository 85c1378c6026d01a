using RectifyNlp.Cli.Infrastructure;
using RectifyNlp.Tests;

namespace RectifyNlp.Cli.Tests;

/// <summary>
/// A plain analyze command line is read without Spectre.Console.Cli (start-up time); everything else, help and
/// usage errors included, still goes through it, and the analysis printed is the same either way.
/// </summary>
public sealed class AnalyzeShortcutTests
{
    private static readonly string Feedback = RepositoryPaths.Sample("feedback-opinion.txt");
    private static readonly string Report = RepositoryPaths.Sample("rectification-report.txt");

    [Fact]
    public void A_plain_command_line_is_read_with_every_option()
    {
        var settings = AnalyzeShortcut.Read(["analyze", "--feedback", Feedback, "--report", Report, "--json", "--time-limit", "2.5", "--fail-on", "高", "--timing", "--verbose"]);
        Assert.NotNull(settings);
        Assert.Equal(Feedback, settings.Feedback);
        Assert.Equal(Report, settings.Report);
        Assert.True(settings.Json && settings.Timing && settings.Verbose && !settings.Force);
        Assert.Equal(2.5, settings.TimeLimit);
        Assert.Equal(Analysis.Severity.High, settings.FailOnSeverity);
        Assert.Equal(60, AnalyzeShortcut.Read(["analyze", "--report", Report])!.TimeLimit);
    }

    [Theory]
    [InlineData("analyze", "--help")]
    [InlineData("analyze", "--report", "r.txt", "-h")]
    [InlineData("analyze", "--json")]
    [InlineData("analyze", "--report", "r.txt", "--report", "s.txt")]
    [InlineData("analyze", "--report", "r.txt", "--json", "--json")]
    [InlineData("analyze", "--report", "r.txt", "--top", "3")]
    [InlineData("analyze", "r.txt", "--report", "r.txt")]
    [InlineData("analyze", "--report=r.txt")]
    [InlineData("analyze", "--report", "-")]
    [InlineData("analyze", "--report", "r.txt", "--time-limit", "1e3")]
    [InlineData("analyze", "--report", "r.txt", "--time-limit", ".5")]
    [InlineData("analyze", "--report", "r.txt", "--fail-on", "severe")]
    [InlineData("checklist", "--report", "r.txt")]
    public void Anything_but_a_plain_valid_command_line_is_left_to_the_full_parser(params string[] args) =>
        Assert.Null(AnalyzeShortcut.Read(args));

    [Theory]
    [InlineData("--json")]
    [InlineData("--timing")]
    public void The_analysis_is_the_same_read_directly_or_by_the_full_parser(string flag)
    {
        // --report=FILE is a form only Spectre.Console.Cli reads.
        var direct = Cli.Run("analyze", "--feedback", Feedback, "--report", Report, flag);
        var parsed = Cli.Run("analyze", "--feedback=" + Feedback, "--report=" + Report, flag);
        Assert.Equal(0, direct.ExitCode);
        Assert.Equal(parsed.ExitCode, direct.ExitCode);
        Assert.Equal(parsed.Out, direct.Out);
        Assert.Equal(parsed.ErrorLines.Length, direct.ErrorLines.Length);
    }

    [Fact]
    public void Errors_of_a_plain_command_line_are_the_same_one_line()
    {
        var direct = Cli.Run("analyze", "--report", "missing.txt");
        var parsed = Cli.Run("analyze", "--report=missing.txt");
        Assert.Equal(1, direct.ExitCode);
        Assert.Equal(parsed.ExitCode, direct.ExitCode);
        Assert.Equal(parsed.Error, direct.Error);
    }
}
