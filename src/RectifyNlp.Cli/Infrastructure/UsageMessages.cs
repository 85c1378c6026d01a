using System.Text.RegularExpressions;

namespace RectifyNlp.Cli.Infrastructure;

/// <summary>Spectre.Console.Cli's usage errors in Chinese; one it does not know is kept as written.</summary>
internal static partial class UsageMessages
{
    [GeneratedRegex(@"^Unknown command '(?<a>[^']*)'\.?$")]
    private static partial Regex UnknownCommand();

    [GeneratedRegex(@"^Unknown option '(?<a>[^']*)'\.?$")]
    private static partial Regex UnknownOption();

    [GeneratedRegex(@"^Command '(?<a>[^']*)' is missing required argument '(?<b>[^']*)'\.?$")]
    private static partial Regex MissingArgument();

    [GeneratedRegex(@"^Failed to convert '(?<a>[^']*)' to (?<b>\w+)\.?$")]
    private static partial Regex BadValue();

    public static string ToChinese(string message)
    {
        (Regex Pattern, Func<Match, string> Say)[] table =
        [
            (UnknownCommand(), m => $"没有 {m.Groups["a"].Value} 这个命令"),
            (UnknownOption(), m => $"没有 {m.Groups["a"].Value} 这个选项"),
            (MissingArgument(), m => $"命令 {m.Groups["a"].Value} 缺少参数 {m.Groups["b"].Value}"),
            (BadValue(), m => $"“{m.Groups["a"].Value}”不是有效的{(m.Groups["b"].Value is "Double" or "Single" or "Decimal" ? "数" : "整数")}"),
        ];
        foreach (var (pattern, say) in table)
        {
            if (pattern.Match(message) is { Success: true } match)
            {
                return say(match);
            }
        }

        return message;
    }
}
