using System.Diagnostics;
using System.Globalization;
using RectifyNlp.Analysis;
using RectifyNlp.Analysis.Output;
using RectifyNlp.Core;
using RectifyNlp.Core.Structure;
using RectifyNlp.Ingestion;
using RectifyNlp.Nlp;
using RectifyNlp.Tests;

namespace RectifyNlp.Benchmarks;

/// <summary>
/// One analysis of the sample pair as the service's worker does it (read and parse both files, analyse, write the
/// result as JSON), warm, repeated in one process, with the time of each step: for finding where an analysis of the
/// service's load test goes (issue 20). `sample-loop [N]`; run from a Debug build to see what the tests see.
/// </summary>
public static class SampleLoop
{
    public static string Run(int repetitions)
    {
        var paths = ModelPaths.Discover();
        using var analyzer = Analyzer.Load(paths, throughput: true);
        var parser = new DocumentParser(AutoDetectingDocumentReader.Default);
        var feedbackPath = RepositoryPaths.Sample("feedback-opinion.txt");
        var reportPath = RepositoryPaths.Sample("rectification-report.txt");
        var steps = new double[4];
        var bytes = new long[2];
        string Once(bool count)
        {
            var clock = Stopwatch.StartNew();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var feedback = parser.Parse(feedbackPath);
            var report = parser.Parse(reportPath);
            var parsed = clock.Elapsed.TotalMilliseconds;
            var parsedBytes = GC.GetAllocatedBytesForCurrentThread();
            var result = analyzer.Analyze(feedback, report);
            var analysed = clock.Elapsed.TotalMilliseconds;
            var analysedBytes = GC.GetAllocatedBytesForCurrentThread();
            var json = RectifyNlp.Application.Contract.ContractJson.Write(RectifyNlp.Application.Contract.AnalysisDto.From(result, feedback, report, id => id));
            var written = clock.Elapsed.TotalMilliseconds;
            var unit = UnitNameFinder.Find(feedback, report);
            var all = clock.Elapsed.TotalMilliseconds;
            if (count)
            {
                steps[0] += parsed;
                steps[1] += analysed - parsed;
                steps[2] += written - analysed;
                steps[3] += all - written;
                bytes[0] += parsedBytes - allocated;
                bytes[1] += analysedBytes - parsedBytes;
            }

            return json + unit;
        }

        var first = Once(false);
        for (var i = 0; i < 20; i++)
        {
            Once(false);
        }

        var collections = GC.CollectionCount(0);
        var paused = GC.GetTotalPauseDuration();
        using var self = Process.GetCurrentProcess();
        var cpu = self.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < repetitions; i++)
        {
            if (Once(true) != first)
            {
                throw new InvalidOperationException("the analysis changed between repetitions");
            }
        }

        var total = wall.Elapsed.TotalMilliseconds;
        self.Refresh();
        var cpuMs = (self.TotalProcessorTime - cpu).TotalMilliseconds / repetitions;
        collections = GC.CollectionCount(0) - collections;
        var pausedMs = (GC.GetTotalPauseDuration() - paused).TotalMilliseconds / repetitions;
        return string.Create(CultureInfo.InvariantCulture,
            $"{repetitions} analyses of the sample pair: {cpuMs:0.00} ms CPU, {total / repetitions:0.00} ms wall each (parse {steps[0] / repetitions:0.00}, analyse {steps[1] / repetitions:0.00}, json {steps[2] / repetitions:0.00}, unit {steps[3] / repetitions:0.00}); allocated: parse {bytes[0] / repetitions / 1024} KB, analyse {bytes[1] / repetitions / 1024} KB; {collections} gen0 collections, GC pauses {pausedMs:0.00} ms an analysis; {1000 * repetitions / total:0.0}/s on one thread; result {first.Length} chars, sha256 {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(first)))[..16]}");
    }
}
