using System.Diagnostics;
using System.Text.Json;

namespace RectifyNlp.Cli.Tests;

/// <summary>Runs the real command line in process and captures what it prints.</summary>
internal static class Cli
{
    public sealed record Result(int ExitCode, string Out, string Error, TimeSpan Elapsed)
    {
        public JsonElement Json => JsonDocument.Parse(Out).RootElement;

        public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public static Result Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var clock = Stopwatch.StartNew();
        var code = RectifyApp.Run(args, stdout, stderr);
        return new Result(code, stdout.ToString(), stderr.ToString(), clock.Elapsed);
    }
}
