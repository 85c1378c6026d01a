using RectifyNlp.Batch;
using RectifyNlp.Server.Storage;

namespace RectifyNlp.Server.Tests;

/// <summary>A batch's unit jobs in the job store, and the batch store on PostgreSQL, as several instances use them.</summary>
public sealed class BatchUnitStoreTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    [Theory]
    [MemberData(nameof(JobStoreTests.Stores), MemberType = typeof(JobStoreTests))]
    public void Units_ending_together_hand_their_batch_to_exactly_one_worker(string kind)
    {
        using var store = new JobStoreTests.StoreUnderTest(kind);
        var batch = DividedBatch(store.Store, 24);

        // Each unit claimed by a worker of its own, none of them the batch (it waits, with no lease, for its units).
        var units = Enumerable.Range(0, 24).Select(i => store.Store.Claim($"host{i % 3}/1/w#{i}", Lease, 3)!).ToList();
        Assert.All(units, u => Assert.Equal((JobKinds.BatchUnit, batch), (u.Kind, u.Parent)));
        Assert.Null(store.Store.Claim("late/1/w#0", Lease, 3));
        Assert.Equal((0, 24), (store.Store.Find(batch)!.Done, store.Store.Find(batch)!.Total));

        // All end at once, some failed: exactly one of them is the last and gets the batch.
        var ends = new UnitEnd[units.Count];
        Parallel.For(0, units.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            ends[i] = i % 5 == 0
                ? store.Store.FinishUnit(units[i].Id, null, "内部错误", $"host{i % 3}/1/w#{i}", Lease)
                : store.Store.FinishUnit(units[i].Id, [new JobFile("unit.json", "unit.json", [(byte)i])], null, $"host{i % 3}/1/w#{i}", Lease));
        Assert.All(ends, e => Assert.True(e.Kept));
        var handed = Assert.Single(ends, e => e.Batch is not null);
        Assert.Equal(batch, handed.Batch!.Id);
        Assert.Equal((24, 24), (store.Store.Find(batch)!.Done, store.Store.Find(batch)!.Total));
        Assert.Null(store.Store.Claim("late/1/w#0", Lease, 3)); // held by the worker it was handed to

        // The batch's assembly reads its units in order: the failed ones with their reason, the others with what they made.
        var read = store.Store.Units(batch, "unit.json");
        Assert.Equal(24, read.Count);
        Assert.Equal(Enumerable.Range(0, 24).Select(i => i % 5 == 0 ? null : new[] { (byte)i }), read.Select(u => u.Outcome?.Content));
        Assert.All(read.Where(u => u.Outcome is null), u => Assert.Equal(("failed", "内部错误"), (u.Job.Status, u.Job.Error)));
        Assert.All(read, u => Assert.Equal("{}"u8.ToArray(), u.Unit.Content));
    }

    [Theory]
    [MemberData(nameof(JobStoreTests.Stores), MemberType = typeof(JobStoreTests))]
    public void A_batch_whose_last_unit_was_given_up_at_a_claim_is_taken_up_by_the_next_claim(string kind)
    {
        using var store = new JobStoreTests.StoreUnderTest(kind);
        var batch = DividedBatch(store.Store, 1);

        // The unit's instance goes down twice (its lease runs out); the third claim gives it up, and no unit hands the batch on.
        Assert.Equal(JobKinds.BatchUnit, store.Store.Claim("a/1/w#0", TimeSpan.Zero, 2)!.Kind);
        Assert.Equal(JobKinds.BatchUnit, store.Store.Claim("a/2/w#0", TimeSpan.Zero, 2)!.Kind);
        var next = store.Store.Claim("b/1/w#0", Lease, 2);
        Assert.Equal(batch, next!.Id);
        var unit = Assert.Single(store.Store.Units(batch, "unit.json"));
        Assert.Equal(JobStatus.Failed, unit.Job.Status);
    }

    [Theory]
    [MemberData(nameof(JobStoreTests.Stores), MemberType = typeof(JobStoreTests))]
    public void Deleting_a_batch_removes_its_units_and_a_unit_ending_afterwards_keeps_nothing(string kind)
    {
        using var store = new JobStoreTests.StoreUnderTest(kind);
        var batch = DividedBatch(store.Store, 3);
        var unit = store.Store.Claim("a/1/w#0", Lease, 3)!;
        Assert.True(store.Store.Delete(batch));
        Assert.Empty(store.Store.Units(batch, "unit.json"));
        Assert.Null(store.Store.Find(unit.Id));
        Assert.Empty(store.Store.Inputs(unit.Id));
        Assert.Equal(new UnitEnd(false, null), store.Store.FinishUnit(unit.Id, [new JobFile("unit.json", "unit.json", [1])], null, "a/1/w#0", Lease));
        Assert.Null(store.Store.Claim("a/1/w#0", Lease, 3));
    }

    [Fact]
    public void The_PostgreSQL_batch_store_is_one_for_every_instance_and_finds_Chinese_substrings()
    {
        using var database = new PostgresDatabase();
        using var a = new PostgresBatchStore(database.ConnectionString);
        using var b = new PostgresBatchStore(database.ConnectionString);
        Assert.True(a.HasTrigramIndex, "pg_trgm could not be created: search scans (.ci/run creates the extension)");

        a.AddDocument("h1", "report", "整改报告", "关于公车私用问题，已完成车辆清查。100%_落实", "batch:b1/2024-1/甲/report.txt", "2024-1", "甲");
        b.AddDocument("h2", "feedback", "反馈意见", "存在公车私用现象。", "batch:b2/2024-1/乙/feedback.txt", "2024-1", "乙");
        b.AddAnalysis(new StoredAnalysis("k1", "2024-1", "甲", null, "batch:b1/2024-1/甲/report.txt", "{\"unit\":\"区交通运输局\"}"));
        a.AddPage("k1", "<html>对照页</html>");

        Assert.Equal(("report", "整改报告"), b.Document("h1"));
        Assert.Equal("<html>对照页</html>", b.Page("k1"));
        Assert.True(b.HasPage("k1"));
        Assert.Equal(["batch:b1/2024-1/甲/report.txt", "batch:b2/2024-1/乙/feedback.txt"], b.Search("公车私用").Select(h => h.Path));
        var hit = Assert.Single(a.Search("车辆"));
        Assert.Equal("区交通运输局", hit.UnitName);
        Assert.Contains("【车辆】", hit.Snippet, StringComparison.Ordinal);
        Assert.Single(a.Search("100%_")); // wildcards are characters like any other
        Assert.Empty(a.Search("100%x"));
        Assert.Empty(a.Search("  "));

        b.ForgetPrefix("batch:b1/");
        Assert.Null(a.Document("h1"));
        Assert.Null(a.Analysis("k1"));
        Assert.Null(a.Page("k1"));
        Assert.Equal(["batch:b2/2024-1/乙/feedback.txt"], a.Search("公车私用").Select(h => h.Path));
    }

    // A batch claimed and divided into units (each with an empty description), as its first run leaves it.
    private static string DividedBatch(SqlJobStore store, int units)
    {
        var batch = new Job(Guid.NewGuid().ToString("N"), JobKinds.Batch, JobStatus.Queued, "王分析", DateTimeOffset.UtcNow);
        store.Create(batch, [new JobFile("input:archive", "batch.zip", [0x50, 0x4b, 3, 4])]);
        Assert.Equal(batch.Id, store.Claim("a/1/w#0", Lease, 3)!.Id);
        Assert.True(store.Divide(batch.Id, [.. Enumerable.Range(0, units).Select(i => (IReadOnlyList<JobFile>)[new JobFile(SqlJobStore.UnitSlot, "unit.json", "{}"u8.ToArray()), new JobFile("input:file:0000", $"r/u{i}/report.txt", [(byte)i])])]));
        var waiting = store.Find(batch.Id)!;
        Assert.Equal((JobStatus.Running, units), (waiting.Status, waiting.Total));
        return batch.Id;
    }
}
