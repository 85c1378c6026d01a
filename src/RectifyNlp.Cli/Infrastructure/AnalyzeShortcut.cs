using System.Globalization;
using RectifyNlp.Cli.Commands;

namespace RectifyNlp.Cli.Infrastructure;

/// <summary>
/// A plain <c>rectify analyze</c> command line (only analyze's own options, each once, every value a plain word, and
/// settings that pass <see cref="AnalyzeCommand.Settings.Validate"/>) read directly, so that a one-off analysis does
/// not wait for Spectre.Console.Cli to build the model of every command (about a third of what a cold start spends
/// before the analysis begins; tests/RectifyNlp.Benchmarks/results/ColdStart.md). Anything else (help, a usage error,
/// an option of another command, a value that looks like an option, a number in another notation) is left to
/// Spectre.Console.Cli, so help and usage errors are what they always were. The command run is the same.
/// </summary>
internal static class AnalyzeShortcut
{
    private static readonly string[] ValueOptions =
        ["--feedback", "--report", "--html", "--others", "--time-limit", "--fail-on", "--llm-endpoint", "--llm-model"];

    private static readonly string[] Flags = ["--json", "--force", "--timing", "--verbose"];

    /// <summary>The settings of a plain, valid <c>analyze</c> command line, or null to leave it to the full parser.</summary>
    public static AnalyzeCommand.Settings? Read(IReadOnlyList<string> args)
    {
        if (args.Count < 3 || args[0] != "analyze")
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Count; i++)
        {
            var token = args[i];
            if (Flags.Contains(token))
            {
                if (!flags.Add(token))
                {
                    return null;
                }
            }
            else if (ValueOptions.Contains(token) && i + 1 < args.Count && IsPlainValue(args[i + 1]))
            {
                if (!values.TryAdd(token, args[++i]))
                {
                    return null;
                }
            }
            else
            {
                return null;
            }
        }

        var timeLimit = new AnalyzeCommand.Settings().TimeLimit; // the option's own default, not a copy of it
        if (values.TryGetValue("--time-limit", out var seconds)
            && !(seconds.All(c => char.IsAsciiDigit(c) || c == '.') && char.IsAsciiDigit(seconds[0]) && char.IsAsciiDigit(seconds[^1])
                 && double.TryParse(seconds, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out timeLimit)))
        {
            return null;
        }

        var settings = new AnalyzeCommand.Settings
        {
            Feedback = values.GetValueOrDefault("--feedback"),
            Report = values.GetValueOrDefault("--report"),
            Html = values.GetValueOrDefault("--html"),
            Others = values.GetValueOrDefault("--others"),
            TimeLimit = timeLimit,
            FailOn = values.GetValueOrDefault("--fail-on"),
            LlmEndpoint = values.GetValueOrDefault("--llm-endpoint"),
            LlmModel = values.GetValueOrDefault("--llm-model"),
            Json = flags.Contains("--json"),
            Force = flags.Contains("--force"),
            Timing = flags.Contains("--timing"),
            Verbose = flags.Contains("--verbose"),
        };
        return settings.Validate().Successful ? settings : null;
    }

    // A value Spectre.Console.Cli would take as it is: not empty, not an option, no quoting or = to interpret.
    private static bool IsPlainValue(string value) =>
        value.Length > 0 && !value.StartsWith('-') && !value.Contains('"', StringComparison.Ordinal);
}
