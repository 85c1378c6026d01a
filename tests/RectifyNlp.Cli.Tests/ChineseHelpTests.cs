using System.Text.RegularExpressions;

namespace RectifyNlp.Cli.Tests;

/// <summary>
/// Help, descriptions and usage errors in Chinese (issue 17): every command's <c>--help</c> reads in Chinese, and a
/// usage error is one Chinese line with CONTRACT.md's exit code 2.
/// </summary>
public sealed partial class ChineseHelpTests
{
    [GeneratedRegex(@"\b(the|of|and|to|with|from|USAGE|OPTIONS|COMMANDS|DESCRIPTION|EXAMPLES|DEFAULT)\b")]
    private static partial Regex English();

    [Fact]
    public void Analyze_help_describes_its_options_in_chinese()
    {
        var result = Cli.Run("analyze", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("用法:", result.Out, StringComparison.Ordinal);
        Assert.Contains("选项:", result.Out, StringComparison.Ordinal);
        Assert.Contains("把整改报告的措施与反馈意见的问题逐一对应", result.Out, StringComparison.Ordinal);
        Assert.Contains("要审读的整改报告", Flat(result.Out), StringComparison.Ordinal);
        Assert.Contains("巡察反馈意见或反馈会讲话", Flat(result.Out), StringComparison.Ordinal);
        Assert.Contains("显示帮助信息", result.Out, StringComparison.Ordinal);
        Assert.DoesNotMatch(English(), result.Out);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("parse", "--help")]
    [InlineData("segment", "--help")]
    [InlineData("keywords", "--help")]
    [InlineData("checklist", "--help")]
    [InlineData("batch", "--help")]
    [InlineData("search", "--help")]
    [InlineData("serve", "--help")]
    [InlineData("train", "--help")]
    [InlineData("evaluate", "--help")]
    [InlineData("idf", "--help")]
    public void Every_help_is_in_chinese(params string[] args)
    {
        var result = Cli.Run(args);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("用法:", result.Out, StringComparison.Ordinal);
        Assert.DoesNotMatch(English(), result.Out);
    }

    [Theory]
    [InlineData("用法错误：没有 bogus 这个选项（见 rectify --help）", "analyze", "--report", "report.txt", "--bogus")]
    [InlineData("用法错误：开关选项不取值（如 --json，不能写成 --json=…）（见 rectify --help）", "analyze", "--report", "report.txt", "--json=yes")]
    [InlineData("用法错误：多余的参数 second.txt（见 rectify --help）", "parse", "first.txt", "second.txt")]
    [InlineData("用法错误：缺少 --report FILE（要审读的整改报告）（见 rectify --help）", "analyze", "--feedback", "feedback.txt")]
    public void A_usage_error_is_one_chinese_line_and_exit_2(string expected, params string[] args)
    {
        var result = Cli.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(expected, Assert.Single(result.ErrorLines));
    }

    // The help wraps long descriptions at the console's width: read them as one line.
    private static string Flat(string help) => Regex.Replace(help, @"\s+", "");
}
