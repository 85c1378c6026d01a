using System.Reflection;
using RectifyNlp.Cli.Commands;
using Spectre.Console.Cli;

namespace RectifyNlp.Cli.Infrastructure;

/// <summary>
/// Finds an option that needs a value but is given none (<c>analyze --report</c> at the end, or followed by another
/// option): Spectre.Console.Cli would take the next token, or an internal name, as the value.
/// </summary>
internal static class MissingOptionValue
{
    /// <summary>
    /// The settings of every command. Named here rather than found by scanning the assembly: a scan loads every type
    /// in it, the OpenAPI support the service's package generates included, and costs a cold start tens of
    /// milliseconds (a test checks that the list is complete).
    /// </summary>
    internal static readonly Type[] SettingsTypes =
    [
        typeof(ParseCommand.Settings), typeof(AnalyzeCommand.Settings), typeof(ChecklistCommand.Settings),
        typeof(BatchCommand.Settings), typeof(SearchCommand.Settings), typeof(ServeCommand.Settings),
        typeof(SegmentCommand.Settings), typeof(KeywordsCommand.Settings), typeof(TrainCommand.Settings),
        typeof(EvaluateCommand.Settings), typeof(IdfCommand.Settings),
    ];

    // Every option of every command whose template names a required value (--report <FILE>).
    private static readonly Lazy<HashSet<string>> ValueOptions = new(() =>
    [
        .. SettingsTypes
            .SelectMany(t => t.GetProperties())
            .Select(p => p.GetCustomAttribute<CommandOptionAttribute>())
            .Where(a => a is { ValueName: not null, ValueIsOptional: false })
            .SelectMany(a => a!.LongNames.Select(n => "--" + n).Concat(a.ShortNames.Select(n => "-" + n))),
    ]);

    /// <summary>The first option in <paramref name="args"/> left without its value, or null.</summary>
    public static string? Find(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (ValueOptions.Value.Contains(args[i]) && (i + 1 == args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal)))
            {
                return args[i];
            }
        }

        return null;
    }
}
