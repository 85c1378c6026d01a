using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using RectifyNlp.Server.Storage;
using RectifyNlp.Tests;

namespace RectifyNlp.Server.Tests;

/// <summary>The job store's contract, on SQLite and on a real PostgreSQL server alike.</summary>
public sealed class JobStoreTests
{
    public static TheoryData<string> Stores => new() { "sqlite", "postgres" };

    [Theory]
    [MemberData(nameof(Stores))]
    public void A_job_goes_from_queued_to_running_to_done_with_its_files(string kind)
    {
        using var store = new StoreUnderTest(kind);
        var job = NewJob("张巡察");
        store.Store.Create(job, [new JobFile("input:report", "整改报告.txt", [1, 2, 3]), new JobFile("input:feedback", "反馈意见.txt", [4])]);
        Assert.Equal(JobStatus.Queued, store.Store.Find(job.Id)!.Status);

        var claimed = store.Store.Claim("w1", TimeSpan.FromMinutes(5), 3);
        Assert.Equal(job.Id, claimed!.Id);
        Assert.Equal(JobStatus.Running, claimed.Status);
        Assert.Null(store.Store.Claim("w2", TimeSpan.FromMinutes(5), 3));
        Assert.Equal(["input:feedback", "input:report"], store.Store.Inputs(job.Id).Select(f => f.Slot));
        Assert.Equal("整改报告.txt", store.Store.File(job.Id, "input:report")!.Name);

        store.Store.Complete(job.Id, [new JobFile("result.json", "result.json", "{\"schemaVersion\":1}"u8.ToArray())]);
        var done = store.Store.Find(job.Id)!;
        Assert.Equal(JobStatus.Done, done.Status);
        Assert.NotNull(done.Finished);
        Assert.Equal("{\"schemaVersion\":1}"u8.ToArray(), store.Store.File(job.Id, "result.json")!.Content);
        Assert.Null(store.Store.Find("0123456789abcdef0123456789abcdef"));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Uploads_and_audit_lines_written_at_once_all_land_and_one_that_fails_fails_only_its_caller(string kind)
    {
        // On SQLite, durable writes arriving together are committed as a group: each must still land (or fail) as its own.
        using var store = new StoreUnderTest(kind);
        var taken = NewJob("张巡察");
        store.Store.Create(taken, [new JobFile("input:report", "r.txt", [1])]);
        var jobs = Enumerable.Range(0, 30).Select(_ => NewJob("张巡察")).ToList();
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 90).Select(i => Task.Run(() =>
        {
            try
            {
                switch (i % 3)
                {
                    case 0: store.Store.Create(jobs[i / 3], [new JobFile("input:report", "r.txt", [1, 2])], new AuditEntry(DateTimeOffset.UtcNow, "张巡察", "inspector", "upload-analysis", jobs[i / 3].Id, "127.0.0.1", 201)); break;
                    case 1: store.Store.Audit(new AuditEntry(DateTimeOffset.UtcNow, "王分析", "analyst", "read-analysis", $"line {i}", "127.0.0.1", 200)); break;
                    default: store.Store.Create(taken, [new JobFile("input:report", "r.txt", [3])]); break; // its id is taken: this one fails
                }

                return true;
            }
            catch (System.Data.Common.DbException)
            {
                return false;
            }
        })));

        Assert.Equal(Enumerable.Range(0, 90).Select(i => i % 3 != 2), outcomes);
        Assert.All(jobs, job => Assert.Equal([1, 2], store.Store.File(job.Id, "input:report")!.Content));
        Assert.Equal([1], store.Store.File(taken.Id, "input:report")!.Content);
        var log = store.Store.AuditLog(500);
        Assert.Equal(30, log.Count(e => e.Action == "upload-analysis"));
        Assert.Equal(30, log.Count(e => e.Action == "read-analysis"));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public void A_polled_status_shows_a_change_made_here_at_once_and_one_made_by_another_instance_within_a_quarter_second(string kind)
    {
        using var store = new StoreUnderTest(kind);
        using var other = SqlJobStore.Open(store.Connection); // a second instance on the same store
        var job = NewJob("张巡察");
        store.Store.Create(job, [new JobFile("input:report", "整改报告.txt", [1, 2, 3])]);
        Assert.Equal(JobStatus.Queued, store.Store.Status(job.Id)!.Status);

        // Claimed and done here: every poll after each change sees it.
        Assert.Equal(job.Id, store.Store.Claim("w1", TimeSpan.FromMinutes(5), 3)!.Id);
        Assert.Equal(JobStatus.Running, store.Store.Status(job.Id)!.Status);
        store.Store.Complete(job.Id, [new JobFile("result.json", "result.json", [1])]);
        Assert.Equal(JobStatus.Done, store.Store.Status(job.Id)!.Status);

        // Claimed and failed by another instance: seen here once the row read before is a quarter second old.
        var second = NewJob("张巡察");
        store.Store.Create(second, [new JobFile("input:report", "整改报告.txt", [1, 2, 3])]);
        Assert.Equal(JobStatus.Queued, store.Store.Status(second.Id)!.Status);
        Assert.Equal(second.Id, other.Claim("w2", TimeSpan.FromMinutes(5), 3)!.Id);
        other.Fail(second.Id, "坏文件");
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (store.Store.Status(second.Id)!.Status != JobStatus.Failed)
        {
            Assert.True(DateTime.UtcNow < deadline, "another instance's change not seen");
            Thread.Sleep(20);
        }

        Assert.Equal(JobStatus.Failed, store.Store.Find(second.Id)!.Status);
        store.Store.Delete(second.Id);
        Assert.Null(store.Store.Status(second.Id));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public void Files_are_stored_compressed_and_read_back_as_given(string kind)
    {
        using var store = new StoreUnderTest(kind);
        var job = NewJob("张巡察");
        var text = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 2000).Select(i => $"{{\"id\":\"M{i}\",\"text\":\"建立健全长效机制第{i}条\"}},")));
        var noise = new byte[4096];
        new Random(7).NextBytes(noise); // does not compress: kept as it is
        store.Store.Create(job, [new JobFile("input:report", "整改报告.txt", text), new JobFile("input:feedback", "f.pdf", noise)]);
        store.Store.Complete(job.Id, [new JobFile("result.json", "result.json", text)]);

        Assert.Equal(text, store.Store.File(job.Id, "input:report")!.Content);
        Assert.Equal(noise, store.Store.File(job.Id, "input:feedback")!.Content);
        Assert.Equal(text, store.Store.File(job.Id, "result.json")!.Content);
        Assert.Equal(text, store.Store.Inputs(job.Id).Single(f => f.Slot == "input:report").Content);
        Assert.InRange(RenderedDownloadTests.StoredBytes(store.Connection, job.Id), 1, (text.Length * 2 / 5) + noise.Length);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public void A_job_done_again_replaces_its_results_and_drops_what_was_rendered_from_the_old_ones_and_a_deleted_job_keeps_nothing(string kind)
    {
        using var store = new StoreUnderTest(kind);
        var job = NewJob("张巡察");
        store.Store.Create(job, [new JobFile("input:report", "r.txt", [1])]);
        store.Store.Claim("w1", TimeSpan.FromMinutes(5), 3);
        store.Store.Complete(job.Id, [new JobFile("result.json", "result.json", [2]), new JobFile("documents.json", "documents.json", [3])]);
        Assert.NotNull(store.Store.Keep(job.Id, new JobFile("report.html", "report.html", [4])));

        // Done again (a second worker took it up after the first one's lease ran out): the new results, nothing rendered from the old.
        store.Store.Complete(job.Id, [new JobFile("result.json", "result.json", [5]), new JobFile("documents.json", "documents.json", [6])]);
        Assert.Equal([5], store.Store.File(job.Id, "result.json")!.Content);
        Assert.Equal([6], store.Store.File(job.Id, "documents.json")!.Content);
        Assert.Null(store.Store.File(job.Id, "report.html"));
        Assert.Equal([1], store.Store.File(job.Id, "input:report")!.Content);
        Assert.Equal(JobStatus.Done, store.Store.Find(job.Id)!.Status);

        // Deleted while it ran: its outcome is not kept.
        var gone = NewJob("张巡察");
        store.Store.Create(gone, [new JobFile("input:report", "r.txt", [1])]);
        store.Store.Claim("w1", TimeSpan.FromMinutes(5), 3);
        Assert.True(store.Store.Delete(gone.Id));
        store.Store.Complete(gone.Id, [new JobFile("result.json", "result.json", [7])]);
        Assert.Null(store.Store.Find(gone.Id));
        Assert.Null(store.Store.File(gone.Id, "result.json"));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public void Keep_stores_the_first_artifact_of_a_done_job_only(string kind)
    {
        using var store = new StoreUnderTest(kind);
        var job = NewJob("张巡察");
        store.Store.Create(job, [new JobFile("input:report", "r.txt", [1])]);
        Assert.Null(store.Store.Keep(job.Id, new JobFile("report.html", "report.html", [9]))); // queued: nothing to keep yet
        Assert.Null(store.Store.File(job.Id, "report.html"));

        store.Store.Claim("w1", TimeSpan.FromMinutes(5), 3);
        store.Store.Complete(job.Id, [new JobFile("result.json", "result.json", [2])]);
        Assert.Equal([3], store.Store.Keep(job.Id, new JobFile("report.html", "report.html", [3]))!.Content);
        Assert.Equal([3], store.Store.Keep(job.Id, new JobFile("report.html", "report.html", [4]))!.Content); // the first kept wins
        Assert.Equal([3], store.Store.File(job.Id, "report.html")!.Content);

        Assert.True(store.Store.Delete(job.Id));
        Assert.Null(store.Store.Keep(job.Id, new JobFile("checklist.md", "checklist.md", [5])));
        Assert.Null(store.Store.File(job.Id, "checklist.md"));
        Assert.Null(store.Store.File(job.Id, "report.html"));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public void Find_gives_a_queued_jobs_place_in_the_queue_as_QueuePosition_counts_it(string kind)
    {
        using var store = new StoreUnderTest(kind);
        var jobs = Enumerable.Range(0, 3).Select(i => NewJob("u", DateTimeOffset.UtcNow.AddMilliseconds(i))).ToList();
        foreach (var job in jobs)
        {
            store.Store.Create(job, []);
        }

        Assert.Equal([1, 2, 3], jobs.Select(j => store.Store.Find(j.Id)!.QueuePosition!.Value));
        Assert.Equal(jobs.Select(store.Store.QueuePosition), jobs.Select(j => store.Store.Find(j.Id)!.QueuePosition!.Value));
        store.Store.Claim("w1", TimeSpan.FromMinutes(5), 3);
        Assert.Null(store.Store.Find(jobs[0].Id)!.QueuePosition);
        Assert.Equal([1, 2], jobs.Skip(1).Select(j => store.Store.Find(j.Id)!.QueuePosition!.Value));
    }

    [Fact]
    public void A_store_made_before_compression_gains_the_column_and_reads_its_files()
    {
        var folder = RunningServer.NewDataFolder();
        try
        {
            var path = Path.Combine(folder, "rectify.db");
            using (var old = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path}"))
            {
                old.Open();
                using var command = old.CreateCommand();
                command.CommandText = """
                    CREATE TABLE service_jobs (id TEXT PRIMARY KEY, kind TEXT NOT NULL, status TEXT NOT NULL, owner TEXT NOT NULL, created TEXT NOT NULL,
                        started TEXT, finished TEXT, error TEXT, worker TEXT, lease_until TEXT, attempts INTEGER NOT NULL DEFAULT 0, done INTEGER NOT NULL DEFAULT 0, total INTEGER NOT NULL DEFAULT 0);
                    CREATE TABLE service_files (job_id TEXT NOT NULL, slot TEXT NOT NULL, name TEXT NOT NULL, content BLOB NOT NULL, PRIMARY KEY (job_id, slot));
                    INSERT INTO service_jobs (id, kind, status, owner, created) VALUES ('0123456789abcdef0123456789abcdef', 'analysis', 'done', 'u', '2026-12-01T00:00:00.0000000Z');
                    INSERT INTO service_files VALUES ('0123456789abcdef0123456789abcdef', 'result.json', 'result.json', CAST('{"schemaVersion":1}' AS BLOB));
                    """;
                command.ExecuteNonQuery();
            }

            using var store = SqlJobStore.Open(path);
            Assert.Equal("{\"schemaVersion\":1}"u8.ToArray(), store.File("0123456789abcdef0123456789abcdef", "result.json")!.Content);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public void Workers_claiming_at_once_never_get_the_same_job(string kind)
    {
        using var store = new StoreUnderTest(kind);
        var ids = Enumerable.Range(0, 40).Select(i => NewJob("u", DateTimeOffset.UtcNow.AddMilliseconds(i))).ToList();
        foreach (var job in ids)
        {
            store.Store.Create(job, []);
        }

        var claimed = new ConcurrentBag<string>();
        Parallel.For(0, 6, new ParallelOptions { MaxDegreeOfParallelism = 6 }, worker =>
        {
            while (store.Store.Claim($"w{worker}", TimeSpan.FromMinutes(5), 3) is { } job)
            {
                claimed.Add(job.Id);
            }
        });

        Assert.Equal(ids.Select(j => j.Id).Order(), claimed.Order());
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public void A_job_whose_lease_ran_out_is_taken_again_and_a_failure_keeps_its_reason(string kind)
    {
        using var store = new StoreUnderTest(kind);
        var job = NewJob("u");
        store.Store.Create(job, []);
        Assert.NotNull(store.Store.Claim("dead-instance", TimeSpan.FromSeconds(-1), 3));
        var again = store.Store.Claim("live-instance", TimeSpan.FromMinutes(5), 3);
        Assert.Equal(job.Id, again!.Id);
        store.Store.Fail(job.Id, "report.pdf：PDF 文件不完整");
        var failed = store.Store.Find(job.Id)!;
        Assert.Equal(JobStatus.Failed, failed.Status);
        Assert.Equal("report.pdf：PDF 文件不完整", failed.Error);
        Assert.Null(store.Store.Claim("live-instance", TimeSpan.FromMinutes(5), 3));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public void A_job_taken_up_as_often_as_allowed_is_failed_with_the_reason(string kind)
    {
        using var store = new StoreUnderTest(kind);
        var job = NewJob("u");
        store.Store.Create(job, []);
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            // Each attempt ends with its instance going down: the lease runs out with nobody finishing the job.
            Assert.Equal(job.Id, store.Store.Claim($"instance-{attempt}", TimeSpan.FromSeconds(-1), 3)!.Id);
        }

        Assert.Null(store.Store.Claim("instance-4", TimeSpan.FromMinutes(5), 3));
        var failed = store.Store.Find(job.Id)!;
        Assert.Equal(JobStatus.Failed, failed.Status);
        Assert.Contains("已尝试处理 3 次", failed.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public void The_jobs_of_a_worker_that_is_gone_are_queued_again_at_once(string kind)
    {
        using var store = new StoreUnderTest(kind);
        var job = NewJob("u");
        store.Store.Create(job, []);
        store.Store.Claim("host:abc/12345/w#0", TimeSpan.FromHours(1), 3);
        Assert.Equal(["host:abc/12345/w#0"], store.Store.Workers("host:abc/"));
        Assert.Empty(store.Store.Workers("host:other/"));
        Assert.Equal(1, store.Store.Release("host:abc/12345/w#0"));
        Assert.Equal(JobStatus.Queued, store.Store.Find(job.Id)!.Status);
        Assert.Equal(job.Id, store.Store.Claim("host:abc/67890/w#0", TimeSpan.FromHours(1), 3)!.Id);
        Assert.True(store.Store.Renew(job.Id, TimeSpan.FromHours(1)));
        store.Store.Delete(job.Id);
        Assert.False(store.Store.Renew(job.Id, TimeSpan.FromHours(1)));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public void The_audit_log_reads_newest_first(string kind)
    {
        using var store = new StoreUnderTest(kind);
        var now = DateTimeOffset.UtcNow;
        store.Store.Audit(new AuditEntry(now.AddSeconds(-2), "张巡察", "inspector", "upload-analysis", "a", "127.0.0.1", 201));
        store.Store.Audit(new AuditEntry(now.AddSeconds(-1), "王分析", "analyst", "read-analysis", "a", "10.0.0.2", 200));
        var log = store.Store.AuditLog(10);
        Assert.Equal(["read-analysis", "upload-analysis"], log.Select(e => e.Action));
        Assert.Equal("王分析", log[0].Actor);
        Assert.Single(store.Store.AuditLog(1));
    }

    [Fact]
    public async Task Two_instances_on_one_PostgreSQL_store_share_the_queue()
    {
        using var database = new PostgresDatabase();
        var (dataA, dataB) = (RunningServer.NewDataFolder(), RunningServer.NewDataFolder());
        try
        {
            // A only takes uploads; B only works. Behind a load balancer, a client may ask either.
            await using var a = await RunningServer.StartAsync(new ServiceOptions { Urls = "http://127.0.0.1:0", DataDirectory = dataA, Store = database.ConnectionString, Workers = 0 });
            await using var b = await RunningServer.StartAsync(new ServiceOptions { Urls = "http://127.0.0.1:0", DataDirectory = dataB, Store = database.ConnectionString, Workers = 1 });
            using var created = await a.PostAnalysisAsync(RepositoryPaths.Sample("rectification-report.txt"), RepositoryPaths.Sample("feedback-opinion.txt"));
            var location = created.Headers.Location!.ToString();
            var job = await a.WaitAsync(location);
            Assert.Equal("done", job.GetProperty("status").GetString());
            Assert.Equal(9, job.GetProperty("result").GetProperty("issues").GetArrayLength());
            var fromB = await b.Client.GetFromJsonAsync<JsonElement>(location);
            Assert.Equal(job.GetProperty("result").ToString(), fromB.GetProperty("result").ToString());
            using var docx = await b.Client.GetAsync(location + "/checklist.docx");
            Assert.True(docx.IsSuccessStatusCode);
        }
        finally
        {
            Directory.Delete(dataA, recursive: true);
            Directory.Delete(dataB, recursive: true);
        }
    }

    private static Job NewJob(string owner, DateTimeOffset? created = null) =>
        new(Guid.NewGuid().ToString("N"), JobKinds.Analysis, JobStatus.Queued, owner, created ?? DateTimeOffset.UtcNow);

    internal sealed class StoreUnderTest : IDisposable
    {
        private readonly PostgresDatabase? _postgres;
        private readonly string? _folder;

        public StoreUnderTest(string kind)
        {
            if (kind == "postgres")
            {
                _postgres = new PostgresDatabase();
                Connection = _postgres.ConnectionString;
                Store = SqlJobStore.Open(Connection);
                Assert.True(Store.IsPostgres);
            }
            else
            {
                _folder = RunningServer.NewDataFolder();
                Connection = Path.Combine(_folder, "rectify.db");
                Store = SqlJobStore.Open(Connection);
                Assert.False(Store.IsPostgres);
            }
        }

        public SqlJobStore Store { get; }

        /// <summary>The store's file or connection string.</summary>
        public string Connection { get; }

        public void Dispose()
        {
            Store.Dispose();
            _postgres?.Dispose();
            if (_folder is not null)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(_folder, recursive: true);
            }
        }
    }
}
