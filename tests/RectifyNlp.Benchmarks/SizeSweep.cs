using System.Diagnostics;
using System.Globalization;
using System.Text;
using RectifyNlp.Analysis;
using RectifyNlp.Core;
using RectifyNlp.Ingestion;
using RectifyNlp.Nlp;

namespace RectifyNlp.Benchmarks;

/// <summary>
/// The analysis's cost against the size of the report (issue 20): <see cref="GrowingPair"/> at each size, each
/// read and analysed once in a process of its own (so that its peak working set is its own), and a table of
/// seconds (wall and CPU), MB per CPU second, CPU cost per MB relative to the 256 KB report, and peak working set.
/// </summary>
public static class SizeSweep
{
    /// <summary>The sizes of issue 20, in KB of the report's UTF-8.</summary>
    public static readonly long[] DefaultSizesKb = [50, 256, 1024, 4096, 16384];

    /// <summary>
    /// The readers' limits for the sweep: its 16 MB report (a few bytes over 16 MB, some 5.75 million characters) is past
    /// both the 16 MB file limit and the 5,000,000 characters the readers accept (README: Limits): the sweep measures
    /// the analysis up to and beyond what is accepted.
    /// </summary>
    public static readonly ReaderOptions SweepReaderOptions = ReaderOptions.Default with { MaxTextChars = 8_000_000, MaxFileBytes = 64L * 1024 * 1024 };

    /// <summary>Writes the pairs under <paramref name="folder"/>, runs each in its own process, prints the table.</summary>
    public static string Run(string folder, IReadOnlyList<long> sizesKb)
    {
        var rows = new List<(long Kb, long Bytes, Measurement M)>();
        foreach (var kb in sizesKb)
        {
            var pair = Path.Combine(folder, $"report-{kb}k");
            if (!File.Exists(Path.Combine(pair, "report.txt")))
            {
                GrowingPair.Write(pair, kb * 1024);
            }

            var bytes = new FileInfo(Path.Combine(pair, "report.txt")).Length;
            var measurement = Child(pair);
            Console.Error.WriteLine($"{kb} KB: {measurement}");
            rows.Add((kb, bytes, measurement));
        }

        // Cost is CPU time (read and analyse, this process's threads together): the machine is shared, and wall time
        // there measures the neighbours as much as the analysis. Wall seconds are shown beside it.
        var baseline = rows.FirstOrDefault(r => r.Kb == 256);
        var basePerMb = baseline.M is null ? double.NaN : baseline.M.CpuSeconds / (baseline.Bytes / 1048576.0);
        var table = new StringBuilder();
        // The growth exponent from the size before: log(CPU ratio) / log(size ratio), 1 where cost grows as the size does,
        // 2 where it grows with its square. And a least-squares line CPU s = a + b·MB over all sizes.
        table.AppendLine("| report | characters | problems | answering parts | measures | gaps | read s | analyse s | wall s | CPU s | MB per CPU s | CPU s per MB ÷ 256 KB's | exponent from the size before | peak working set |");
        table.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (var n = 0; n < rows.Count; n++)
        {
            var (_, bytes, m) = rows[n];
            var mb = bytes / 1048576.0;
            var exponent = n == 0 ? "" : (Math.Log(m.CpuSeconds / rows[n - 1].M.CpuSeconds) / Math.Log((double)bytes / rows[n - 1].Bytes)).ToString("0.00", CultureInfo.InvariantCulture);
            table.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {Size(bytes)} | {m.Characters:N0} | {m.Problems} | {m.Parts:N0} | {m.Measures:N0} | {m.Gaps:N0} | {m.ReadSeconds:0.00} | {m.AnalyseSeconds:0.00} | {m.Seconds:0.00} | {m.CpuSeconds:0.00} | {mb / m.CpuSeconds:0.00} | {m.CpuSeconds / mb / basePerMb:0.00} | {exponent} | {m.PeakWorkingSetMb:N0} MB |"));
        }

        var xs = rows.Select(r => r.Bytes / 1048576.0).ToArray();
        var ys = rows.Select(r => r.M.CpuSeconds).ToArray();
        var (mx, my) = (xs.Average(), ys.Average());
        var slope = xs.Zip(ys).Sum(p => (p.First - mx) * (p.Second - my)) / xs.Sum(x => (x - mx) * (x - mx));
        var intercept = my - (slope * mx);
        var explained = 1 - (xs.Zip(ys).Sum(p => Math.Pow(p.Second - (intercept + (slope * p.First)), 2)) / ys.Sum(y => (y - my) * (y - my)));
        table.AppendLine();
        table.AppendLine(string.Create(CultureInfo.InvariantCulture, $"Least squares over the sizes: CPU s = {intercept:0.00} + {slope:0.00} × MB (R² {explained:0.000})."));
        return table.ToString();
    }

    private static string Size(long bytes) => bytes >= 1048576 ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0.0} MB") : $"{bytes / 1024} KB";

    /// <summary>What one process measured: reading both files, analysing them, and its peak working set.</summary>
    public sealed record Measurement(double ReadSeconds, double AnalyseSeconds, double CpuSeconds, long PeakWorkingSetMb, int Characters, int Problems, int Parts, int Measures, int Gaps)
    {
        /// <summary>Reading and analysing.</summary>
        public double Seconds => ReadSeconds + AnalyseSeconds;
    }

    private static Measurement Child(string pair)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(SizeSweep).Assembly.Location);
        }

        start.ArgumentList.Add("size-one");
        start.ArgumentList.Add(pair);
        using var process = Process.Start(start)!;
        var line = process.StandardOutput.ReadToEnd().Trim().Split('\n')[^1];
        process.WaitForExit();
        var f = line.Split(' ');
        return new Measurement(
            double.Parse(f[0], CultureInfo.InvariantCulture), double.Parse(f[1], CultureInfo.InvariantCulture), double.Parse(f[2], CultureInfo.InvariantCulture),
            long.Parse(f[3], CultureInfo.InvariantCulture), int.Parse(f[4], CultureInfo.InvariantCulture), int.Parse(f[5], CultureInfo.InvariantCulture),
            int.Parse(f[6], CultureInfo.InvariantCulture), int.Parse(f[7], CultureInfo.InvariantCulture), int.Parse(f[8], CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// In this process: loads the analyser (not timed), reads the pair in <paramref name="pair"/> and analyses it, and
    /// prints one line: read s, analyse s, CPU s of both, peak working set MB, report characters, problems, parts, measures, gaps.
    /// With <paramref name="profile"/>, also each gap rule's time on standard error.
    /// </summary>
    public static void One(string pair, bool profile = false)
    {
        var paths = ModelPaths.Discover();
        var timed = GapFinder.DefaultRules.Select(r => new TimedRule(r)).ToList();
        using var analyzer = profile ? Analyzer.Builder(paths).WithRules(timed).Build() : Analyzer.Load(paths);
        var parser = new DocumentParser(new AutoDetectingDocumentReader(SweepReaderOptions));
        using var self = Process.GetCurrentProcess();
        var cpu = self.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var feedback = parser.Parse(Path.Combine(pair, "feedback.txt"));
        var report = parser.Parse(Path.Combine(pair, "report.txt"));
        var read = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var result = analyzer.Analyze(feedback, report);
        var analyse = clock.Elapsed.TotalSeconds;
        self.Refresh();
        var cpuSeconds = (self.TotalProcessorTime - cpu).TotalSeconds;
        var peak = self.PeakWorkingSet64 / 1048576;
        if (profile)
        {
            clock.Restart();
            var layout = new ReportReader(analyzer.Cues).Read(report, [.. result.Issues.Select(i => i.Text)]);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"report reader (again, alone): {clock.Elapsed.TotalSeconds:0.00} s, {layout.Blocks.Count} blocks, {layout.Pieces.Count} pieces"));
            foreach (var rule in timed)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rule {rule.Name}: {rule.Seconds:0.00} s"));
            }
        }

        var parts = new ReportReader(analyzer.Cues).Read(report, [.. result.Issues.Select(i => i.Text)]).Blocks.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{read:0.000} {analyse:0.000} {cpuSeconds:0.000} {peak} {report.Text.Text.Length} {result.Issues.Length} {parts} {result.Measures.Length} {result.Gaps.Length}"));
    }

    private sealed class TimedRule(IGapRule rule) : IGapRule
    {
        public string Name => rule.Name;

        public double Seconds { get; private set; }

        public IEnumerable<Gap> Find(AnalysisContext context)
        {
            var clock = Stopwatch.StartNew();
            var gaps = rule.Find(context).ToList();
            Seconds += clock.Elapsed.TotalSeconds;
            return gaps;
        }
    }
}
