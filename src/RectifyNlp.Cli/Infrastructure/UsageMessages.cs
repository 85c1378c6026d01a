using System.Text.RegularExpressions;

namespace RectifyNlp.Cli.Infrastructure;

/// <summary>
/// Spectre.Console.Cli's usage errors in Chinese; our own validation messages (Chinese already) are kept; one of
/// Spectre's not known here is kept as written after a Chinese lead.
/// </summary>
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

    [GeneratedRegex(@"^Option '(?<a>[^']*)' is defined but no value has been provided\.?$")]
    private static partial Regex NoValue();

    [GeneratedRegex(@"^Expected an option value\.?$")]
    private static partial Regex ExpectedValue();

    [GeneratedRegex(@"^Unexpected option '(?<a>[^']*)'\.?$")]
    private static partial Regex UnexpectedOption();

    [GeneratedRegex(@"^Flags cannot be assigned a value\.?$")]
    private static partial Regex FlagValue();

    [GeneratedRegex(@"^(Option does not have a name|Short option does not have a valid name|Invalid long option name|Option names cannot start with a digit)\.?$")]
    private static partial Regex BadOptionName();

    [GeneratedRegex(@"^Could not match '(?<a>[^']*)' with an argument\.?$")]
    private static partial Regex ExtraArgument();

    [GeneratedRegex(@"^Command '(?<a>[^']*)' is missing required option '(?<b>[^']*)'\.?$")]
    private static partial Regex MissingOption();

    /// <summary>The Chinese for <paramref name="message"/>.</summary>
    public static string ToChinese(string message)
    {
        (Regex Pattern, Func<Match, string> Say)[] table =
        [
            (UnknownCommand(), m => $"没有 {m.Groups["a"].Value} 这个命令"),
            (UnknownOption(), m => $"没有 {m.Groups["a"].Value} 这个选项"),
            (MissingArgument(), m => $"命令 {m.Groups["a"].Value} 缺少参数 {m.Groups["b"].Value}"),
            (BadValue(), m => $"“{m.Groups["a"].Value}”不是有效的{(m.Groups["b"].Value is "Double" or "Single" or "Decimal" ? "数" : "整数")}"),
            (NoValue(), m => $"选项 {m.Groups["a"].Value} 缺少取值"),
            (ExpectedValue(), _ => "选项缺少取值"),
            (UnexpectedOption(), m => $"选项 {m.Groups["a"].Value} 前缺少命令"),
            (FlagValue(), _ => "开关选项不取值（如 --json，不能写成 --json=…）"),
            (BadOptionName(), _ => "选项名无效"),
            (ExtraArgument(), m => $"多余的参数 {m.Groups["a"].Value}"),
            (MissingOption(), m => $"命令 {m.Groups["a"].Value} 缺少选项 {m.Groups["b"].Value}"),
        ];
        foreach (var (pattern, say) in table)
        {
            if (pattern.Match(message) is { Success: true } match)
            {
                return say(match);
            }
        }

        // Our own validation messages are Chinese already; anything else of Spectre's gets a Chinese lead.
        return message.Any(c => c is >= '\u4e00' and <= '\u9fff') ? message : "命令行有误（" + message.TrimEnd('.') + "）";
    }
}
