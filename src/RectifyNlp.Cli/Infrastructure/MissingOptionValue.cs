using System.Reflection;
using Spectre.Console.Cli;

namespace RectifyNlp.Cli.Infrastructure;

/// <summary>
/// Finds an option that needs a value but is given none (<c>analyze --report</c> at the end, or followed by another
/// option): Spectre.Console.Cli would take the next token, or an internal name, as the value.
/// </summary>
internal static class MissingOptionValue
{
    // Every option of every command whose template names a required value (--report <FILE>).
    private static readonly Lazy<HashSet<string>> ValueOptions = new(() =>
    [
        .. typeof(MissingOptionValue).Assembly.GetTypes()
            .Where(t => t.IsAssignableTo(typeof(CommandSettings)))
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
