using System.Globalization;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using RectifyNlp.Batch;
using RectifyNlp.Server.Storage;
using RectifyNlp.Server.Work;
using RectifyNlp.Tests;

namespace RectifyNlp.Server.Tests;

/// <summary>A job's life beyond the happy path: an instance restarting after a crash, a time limit, a delete while it runs.</summary>
public sealed class JobLifecycleTests
{
    private static readonly string Report = RepositoryPaths.Sample("rectification-report.txt");

    [Fact]
    public async Task A_starting_instance_takes_back_its_own_orphaned_jobs_at_once_and_clears_stale_work_folders()
    {
        var data = RunningServer.NewDataFolder();
        try
        {
            var options = new ServiceOptions { DataDirectory = data, Urls = "http://127.0.0.1:0", Workers = 0 };
            var job = NewJob();
            var sameProcessId = NewJob();
            using (var store = SqlJobStore.Open(options.StoreOrDefault))
            {
                // The instance held the jobs under a long lease when its process died (crash, kill -9); the second
                // was held by an earlier process with the same id as this one (a container restarted as pid 1).
                store.Create(job, [new JobFile("input:report", "report.txt", File.ReadAllBytes(Report))]);
                store.Claim($"{OrphanRecovery.InstanceName(options)}/{DeadProcessId()}/old#0", TimeSpan.FromHours(1), 3);
                store.Create(sameProcessId, [new JobFile("input:report", "report.txt", File.ReadAllBytes(Report))]);
                store.Claim($"{OrphanRecovery.InstanceName(options)}/{Environment.ProcessId}/earlier#0", TimeSpan.FromHours(1), 3);
            }

            var stale = Directory.CreateDirectory(Path.Combine(data, "work", Guid.NewGuid().ToString("N"), "report"));
            File.WriteAllText(Path.Combine(stale.FullName, "report.txt"), "半个任务留下的文件");
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

            await using var server = await RunningServer.StartAsync(options);
            foreach (var id in new[] { job.Id, sameProcessId.Id })
            {
                var status = await server.Client.GetFromJsonAsync<JsonElement>($"/api/analyses/{id}");
                Assert.Equal("queued", status.GetProperty("status").GetString());
            }

            Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(data, "work")));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task A_job_past_its_time_limit_is_stopped_and_failed_with_the_reason_and_the_worker_goes_on()
    {
        var data = RunningServer.NewDataFolder();
        try
        {
            await using var server = await RunningServer.StartAsync(new ServiceOptions { DataDirectory = data, Urls = "http://127.0.0.1:0", Workers = 1, AnalysisTimeLimit = TimeSpan.Zero });
            using var response = await server.PostAnalysisAsync(Report);
            var job = await server.WaitAsync(response.Headers.Location!.ToString());
            Assert.Equal("failed", job.GetProperty("status").GetString());
            Assert.Contains("超过时限", job.GetProperty("error").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task A_batch_deleted_while_it_runs_stops_and_leaves_nothing_in_the_batch_store()
    {
        await using var server = await RunningServer.StartAsync(new ServiceOptions { DataDirectory = RunningServer.NewDataFolder(), Urls = "http://127.0.0.1:0", Workers = 1 });
        try
        {
            using var created = await BatchesApiTests.PostArchive(server, ManyUnits(12));
            var location = created.Headers.Location!.ToString();
            while ((await server.Client.GetFromJsonAsync<JsonElement>(location)).GetProperty("status").GetString() == "queued")
            {
                await Task.Delay(50);
            }

            using (var deleted = await server.Client.DeleteAsync(location))
            {
                Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
            }

            // The worker is free again only once the batch has stopped: the next job's result comes after it.
            using var next = await server.PostAnalysisAsync(Report);
            Assert.Equal("done", (await server.WaitAsync(next.Headers.Location!.ToString())).GetProperty("status").GetString());
            using var store = new BatchStore(server.Options.StoreOrDefault);
            Assert.Empty(store.Search("删除测试标记壹贰叁"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(server.Options.DataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task A_job_running_at_shutdown_goes_back_in_the_queue_at_once()
    {
        var data = RunningServer.NewDataFolder();
        try
        {
            string id;
            await using (var server = await RunningServer.StartAsync(new ServiceOptions { DataDirectory = data, Urls = "http://127.0.0.1:0", Workers = 1 }))
            {
                // Units slow by construction (a megabyte of measures each, seconds apiece), so the batch is still running
                // when the server stops however fast the analysis becomes (40 small units once finished between two polls).
                using var created = await BatchesApiTests.PostArchive(server, ManyUnits(40, padding: LongMeasures(megabytes: 1)));
                var location = created.Headers.Location!.ToString();
                id = location.Split('/').Last();
                string? status;
                while ((status = (await server.Client.GetFromJsonAsync<JsonElement>(location)).GetProperty("status").GetString()) == "queued")
                {
                    await Task.Delay(50);
                }

                Assert.Equal("running", status);
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            using var store = SqlJobStore.Open(Path.Combine(data, "rectify.db"));

            // Stopped while it was being divided, the batch itself goes back; stopped once divided, the batch waits (running as
            // clients see it, held by no worker) and the unit that ran goes back: either way nothing is left held by a worker.
            var units = store.Units(id, JobProcessor.UnitOutcomeFile);
            if (units.Count == 0)
            {
                Assert.Equal(JobStatus.Queued, store.Find(id)!.Status);
            }
            else
            {
                Assert.Equal(JobStatus.Running, store.Find(id)!.Status);
                Assert.DoesNotContain(units, u => u.Job.Status == JobStatus.Running);
                Assert.Contains(units, u => u.Job.Status == JobStatus.Queued);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task A_report_deleted_while_it_is_read_and_analysed_stops_inside_the_stage_its_folder_removed_and_the_worker_free()
    {
        var data = RunningServer.NewDataFolder();
        try
        {
            using var log = new StageLog();
            await using var server = await RunningServer.StartAsync(new ServiceOptions { DataDirectory = data, Urls = "http://127.0.0.1:0", Workers = 1 }, log);
            using var created = await server.PostAnalysisAsync("slow.txt", SlowReport());
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var location = created.Headers.Location!.ToString();
            var id = location.Split('/').Last();

            // Read, and inside the analysis (seconds of it for this text): the delete must stop it there.
            await log.WaitForAsync($"job {id}: analysing", TimeSpan.FromMinutes(3));

            using (var deleted = await server.Client.DeleteAsync(location))
            {
                Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
            }

            // The one worker takes the next job only once the deleted one has stopped: before the readers and the
            // analysis checked for it, that was when the stage under way ended, hours later for this text.
            using var next = await server.PostAnalysisAsync(Report);
            Assert.Equal("done", (await server.WaitAsync(next.Headers.Location!.ToString(), within: TimeSpan.FromMinutes(4))).GetProperty("status").GetString());
            using (var gone = await server.Client.GetAsync(location))
            {
                Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
            }

            Assert.False(Directory.Exists(Path.Combine(data, "work", id)), "the deleted job's work folder is still there");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task An_analysis_running_at_shutdown_stops_inside_its_stage_and_goes_back_in_the_queue()
    {
        var data = RunningServer.NewDataFolder();
        try
        {
            string id;
            using var log = new StageLog();
            await using (var server = await RunningServer.StartAsync(new ServiceOptions { DataDirectory = data, Urls = "http://127.0.0.1:0", Workers = 1 }, log))
            {
                using var created = await server.PostAnalysisAsync("slow.txt", LongMeasures());
                var location = created.Headers.Location!.ToString();
                id = location.Split('/').Last();
                await log.WaitForAsync($"job {id}: analysing", TimeSpan.FromMinutes(3));
            }

            // Released by the stopped worker: had the work not stopped within the host's shutdown time, the job would
            // still be "running" under its lease.
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            using var store = SqlJobStore.Open(Path.Combine(data, "rectify.db"));
            Assert.Equal(JobStatus.Queued, store.Find(id)!.Status);
            Assert.False(Directory.Exists(Path.Combine(data, "work", id)), "the stopped job's work folder is still there");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    // The sample report repeated to 13 MB, 4.5 million characters: under every reader limit. Its thousands of identical
    // parts were compared with each other for hours; since issue 20 the analysis reads its layout in some seconds and
    // then refuses it for its 25,000 answering parts, so the tests act in those seconds after "analysing" is logged.
    internal static byte[] SlowReport() => HostileFiles.LongText(megabytes: 13);

    // A report slow by construction and still analysable to the end: some 12 MB of unnumbered paragraphs, each a
    // measure of its own (no part to count against the analysis's limits), so the analysis runs for tens of seconds
    // however fast it becomes (the repeated text above is now refused within seconds, and a job refused before the
    // server stops is "failed", not back in the queue).
    internal static byte[] LongMeasures(int megabytes = 12)
    {
        var text = new StringBuilder("中共示例县交通运输局党组关于巡察整改情况的报告\n");
        for (var n = 1; Encoding.UTF8.GetByteCount(text.ToString()) < megabytes * 1024 * 1024 - 4096; n++)
        {
            for (var k = 0; k < 2000; k++, n++)
            {
                text.Append(CultureInfo.InvariantCulture, $"专项检查：对全县第{n}批共{n % 37 + 3}家运输企业开展安全生产检查，督促整改隐患{n % 97 + 1}处，约谈负责人{n % 5 + 1}名。\n");
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    // A zip of one round with this many units, each report made different by a line of its own.
    private static byte[] ManyUnits(int count, byte[]? padding = null)
    {
        var text = File.ReadAllText(RunningServer.Pair("2024-1", "transport", "report.txt")) + (padding is null ? "" : "\n" + Encoding.UTF8.GetString(padding));
        return BatchesApiTests.Zip(archive =>
        {
            for (var unit = 0; unit < count; unit++)
            {
                using var writer = new StreamWriter(archive.CreateEntry($"2024-1/unit{unit:000}/report.txt").Open(), Encoding.UTF8);
                writer.Write(text + $"\n删除测试标记壹贰叁{unit:000}号。\n");
            }
        });
    }

    private static Job NewJob() => new(Guid.NewGuid().ToString("N"), JobKinds.Analysis, JobStatus.Queued, "本机用户", DateTimeOffset.UtcNow);

    private static int DeadProcessId()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }
}
