using System.Diagnostics;

namespace RectifyNlp.Cli.Tests;

/// <summary>
/// Runs the real <c>rectify</c> as a child process — the only way to see a crash (exit 134) or its peak memory —
/// polling the kernel's high-water mark of its resident memory (VmHWM) until it exits.
/// </summary>
internal static class CliProcess
{
    public sealed record Result(int ExitCode, string Out, string Error, TimeSpan Elapsed, long PeakBytes)
    {
        public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public static Result Run(IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        RunFrom(AppContext.BaseDirectory, null, environment, args);

    /// <summary>Runs the <c>rectify.dll</c> of <paramref name="programFolder"/> in <paramref name="workingDirectory"/> (null: this process's).</summary>
    public static Result RunFrom(string programFolder, string? workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        RunProgram("dotnet", workingDirectory, environment, [Path.Combine(programFolder, "rectify.dll"), .. args]);

    /// <summary>Runs <paramref name="program"/> (rectify through another, such as script for a terminal).</summary>
    public static Result RunProgram(string program, IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        RunProgram(program, null, environment, args);

    private static Result RunProgram(string program, string? workingDirectory, IReadOnlyDictionary<string, string>? environment, string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        var deadline = TimeSpan.FromMinutes(5);
        while (!process.WaitForExit(20))
        {
            peak = Math.Max(peak, HighWaterMark(process.Id));
            if (clock.Elapsed > deadline)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        var elapsed = clock.Elapsed;
        return new Result(process.ExitCode, stdout.Result, stderr.Result, elapsed, peak);
    }

    public static Result Run(params string[] args) => Run(null, args);

    // VmHWM in /proc/<pid>/status, in bytes; 0 once the process is gone.
    private static long HighWaterMark(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
