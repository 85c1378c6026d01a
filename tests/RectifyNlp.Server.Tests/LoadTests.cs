using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RectifyNlp.Tests;
using Xunit.Abstractions;

namespace RectifyNlp.Server.Tests;

/// <summary>
/// A bounded load on loopback: 200 analyses of the sample pair, 20 clients at a time, each uploading and
/// polling until its result is there. Asserts no errors only (timings vary with the machine); the figures go
/// to the test output and TestResults/serve-load-{store}.md.
/// </summary>
public sealed class LoadTests(ITestOutputHelper output)
{
    private const int Analyses = 200;
    private const int Concurrency = 20;

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Two_hundred_analyses_twenty_at_a_time_all_succeed(string storeKind)
    {
        // The per-client rate limit is off: twenty pollers from one address are the test, not an abuse.
        using var postgres = storeKind == "postgres" ? new PostgresDatabase() : null;
        await using var server = await RunningServer.StartAsync(new ServiceOptions { Urls = "http://127.0.0.1:0", DataDirectory = RunningServer.NewDataFolder(), RateLimitPerMinute = 0, Store = postgres?.ConnectionString });
        try
        {
            var report = File.ReadAllBytes(RepositoryPaths.Sample("rectification-report.txt"));
            var feedback = File.ReadAllBytes(RepositoryPaths.Sample("feedback-opinion.txt"));

            // Warm-up: one analysis, not counted (models load and JIT).
            using (var warm = await server.PostAnalysisAsync(RepositoryPaths.Sample("rectification-report.txt"), RepositoryPaths.Sample("feedback-opinion.txt")))
            {
                await server.WaitAsync(warm.Headers.Location!.ToString());
            }

            var latencies = new double[Analyses];
            var uploads = new double[Analyses];
            var errors = new List<string>();
            var next = -1;
            var wall = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(async _ =>
            {
                int index;
                while ((index = Interlocked.Increment(ref next)) < Analyses)
                {
                    var clock = Stopwatch.StartNew();
                    using var form = new MultipartFormDataContent { { new ByteArrayContent(report), "report", "rectification-report.txt" }, { new ByteArrayContent(feedback), "feedback", "feedback-opinion.txt" } };
                    using var created = await server.Client.PostAsync("/api/analyses", form);
                    uploads[index] = clock.Elapsed.TotalMilliseconds;
                    if (created.StatusCode != HttpStatusCode.Created)
                    {
                        lock (errors) { errors.Add($"#{index}: upload {(int)created.StatusCode}"); }
                        continue;
                    }

                    while (true)
                    {
                        var job = await server.Client.GetFromJsonAsync<JsonElement>(created.Headers.Location);
                        var status = job.GetProperty("status").GetString();
                        if (status == "done" && job.GetProperty("result").GetProperty("issues").GetArrayLength() == 9)
                        {
                            break;
                        }

                        if (status is "failed" or "done")
                        {
                            lock (errors) { errors.Add($"#{index}: {status} {job}"); }
                            break;
                        }

                        await Task.Delay(20);
                    }

                    latencies[index] = clock.Elapsed.TotalMilliseconds;
                }
            }));
            wall.Stop();

            Assert.Empty(errors);
            var sorted = latencies.Order().ToArray();
            var sortedUploads = uploads.Order().ToArray();
            var line = string.Create(CultureInfo.InvariantCulture,
                $"| {storeKind} | {Analyses} | {Concurrency} | {server.Options.Workers} | {Percentile(sortedUploads, 0.5):0} | {Percentile(sortedUploads, 0.95):0} | {Percentile(sorted, 0.5):0} | {Percentile(sorted, 0.95):0} | {sorted[^1]:0} | {Analyses / wall.Elapsed.TotalSeconds:0.0} | 0 |");
            var table = "| store | analyses | clients | workers | upload p50 ms | upload p95 ms | done p50 ms | done p95 ms | done max ms | analyses/s | errors |\n|---|---|---|---|---|---|---|---|---|---|---|\n" + line + "\n";
            output.WriteLine(table);
            var results = Path.Combine(RepositoryPaths.Root, "tests", "RectifyNlp.Server.Tests", "TestResults");
            Directory.CreateDirectory(results);
            File.WriteAllText(Path.Combine(results, $"serve-load-{storeKind}.md"), table);
        }
        finally
        {
            Directory.Delete(server.Options.DataDirectory, recursive: true);
        }
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
