using RectifyNlp.Tests;

namespace RectifyNlp.Server.Tests;

/// <summary>
/// A job over its memory budget. The budget is watched on the process's heap, so these tests run alone: servers of
/// other tests in this process would be charged to the job watched (as README's Limits says of jobs run together).
/// </summary>
[Collection(Alone.Name)]
public sealed class MemoryBudgetTests
{
    [Fact]
    public async Task A_job_over_its_memory_budget_is_stopped_and_failed_with_the_reason_and_the_worker_goes_on()
    {
        var data = RunningServer.NewDataFolder();
        try
        {
            // A budget the sample's analysis keeps to and a report of 12 MB of measures does not: a report with no part to
            // count against the analysis's limits, so the budget, not a limit on parts, is what stops it however busy the
            // machine (the repeated sample was refused for its parts first when the budget was read late).
            await using var server = await RunningServer.StartAsync(new ServiceOptions { DataDirectory = data, Urls = "http://127.0.0.1:0", Workers = 1, JobMemoryBytes = 32L * 1024 * 1024 });
            using var created = await server.PostAnalysisAsync("slow.txt", JobLifecycleTests.LongMeasures());
            var location = created.Headers.Location!.ToString();
            var job = await server.WaitAsync(location, within: TimeSpan.FromMinutes(4));
            Assert.Equal("failed", job.GetProperty("status").GetString());
            var error = job.GetProperty("error").GetString()!;
            Assert.StartsWith("超出内存限额（32 MB）", error, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', error);
            Assert.False(Directory.Exists(Path.Combine(data, "work", location.Split('/').Last())), "the failed job's work folder is still there");

            using var next = await server.PostAnalysisAsync(RepositoryPaths.Sample("rectification-report.txt"));
            Assert.Equal("done", (await server.WaitAsync(next.Headers.Location!.ToString(), within: TimeSpan.FromMinutes(4))).GetProperty("status").GetString());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }
}

/// <summary>Tests that run after all others, one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class Alone
{
    public const string Name = "alone";
}
