namespace RectifyNlp.Server.Storage;

/// <summary>What a job does.</summary>
public static class JobKinds
{
    /// <summary>One report (and optionally its feedback) analysed.</summary>
    public const string Analysis = "analysis";

    /// <summary>
    /// A zip of the batch folder layout. Its first run divides it into <see cref="BatchUnit"/> jobs on the shared queue
    /// and leaves it running with no worker until they have all finished; then the summary is assembled from their results.
    /// </summary>
    public const string Batch = "batch";

    /// <summary>One unit of a batch (a round's feedback and report for one unit), taken by any instance; never listed or served by itself.</summary>
    public const string BatchUnit = "batch-unit";
}

/// <summary>Where a job is: queued, running, done or failed (the API's status values).</summary>
public static class JobStatus
{
    /// <summary>Waiting for a worker.</summary>
    public const string Queued = "queued";

    /// <summary>A worker has it.</summary>
    public const string Running = "running";

    /// <summary>Finished; its artifacts are stored.</summary>
    public const string Done = "done";

    /// <summary>Could not be done; <see cref="Job.Error"/> says why.</summary>
    public const string Failed = "failed";
}

/// <summary>A queued piece of work and where it is.</summary>
/// <param name="Id">Opaque id (32 hex digits).</param>
/// <param name="Kind">See <see cref="JobKinds"/>.</param>
/// <param name="Status">See <see cref="JobStatus"/>.</param>
/// <param name="Owner">Who submitted it (the key's user name).</param>
/// <param name="Created">When it was submitted (UTC).</param>
/// <param name="Started">When a worker took it last.</param>
/// <param name="Finished">When it finished.</param>
/// <param name="Error">Why it failed, in Chinese, one line.</param>
/// <param name="Done">Units done (batches).</param>
/// <param name="Total">Units in all (batches).</param>
/// <param name="Parent">The batch a <see cref="JobKinds.BatchUnit"/> job belongs to.</param>
public sealed record Job(string Id, string Kind, string Status, string Owner, DateTimeOffset Created, DateTimeOffset? Started = null, DateTimeOffset? Finished = null, string? Error = null, int Done = 0, int Total = 0, string? Parent = null)
{
    /// <summary>Where a queued job is in the queue (1: next) as <see cref="IJobStore.Find"/> read it; null otherwise.</summary>
    public int? QueuePosition { get; init; }
}

/// <summary>A stored file of a job: an upload (<c>input:…</c>) or something made from it.</summary>
/// <param name="Slot">The name it is kept under: <c>input:report</c>, <c>input:feedback</c>, <c>input:archive</c>, or an artifact's file name.</param>
/// <param name="Name">The file name the user gave (inputs) or the artifact's name.</param>
/// <param name="Content">The bytes.</param>
public sealed record JobFile(string Slot, string Name, byte[] Content);

/// <summary>An audit log line: who did what to which job, from where, with what outcome.</summary>
public sealed record AuditEntry(DateTimeOffset Time, string Actor, string Role, string Action, string Target, string Remote, int Status);

/// <summary>A job in a list, with the name of the file it was given and, once analysed, the unit its documents name.</summary>
/// <param name="Id">The job's id.</param>
/// <param name="Status">queued, running, done or failed.</param>
/// <param name="Owner">Who submitted it.</param>
/// <param name="Created">When it was submitted.</param>
/// <param name="Finished">When it finished.</param>
/// <param name="Name">The file name the report (or archive) was uploaded under.</param>
/// <param name="Unit">被巡察单位: the unit's Chinese name as the documents give it (区卫生健康局), when they do.</param>
public sealed record JobSummary(string Id, string Status, string Owner, DateTimeOffset Created, DateTimeOffset? Finished, string? Name, string? Unit = null)
{
    /// <summary>The artifact slot an analysis keeps its unit's name under (in the file's name; no content, never served).</summary>
    public const string UnitSlot = "unit";
}

/// <summary>A unit job of a batch as the batch's assembly reads it.</summary>
/// <param name="Job">The unit's job (done, or failed with its reason).</param>
/// <param name="Unit">Its <c>input:unit</c> description (round, unit, files).</param>
/// <param name="Outcome">What it made (<c>unit.json</c>), or null when it failed.</param>
public sealed record BatchUnitJob(Job Job, JobFile Unit, JobFile? Outcome);

/// <summary>How a unit job's end was recorded.</summary>
/// <param name="Kept">False when the unit (its batch deleted meanwhile) was no longer there: nothing was kept.</param>
/// <param name="Batch">The batch, now held by the worker that finished the unit, when this unit was its last: its summary is to be assembled.</param>
public sealed record UnitEnd(bool Kept, Job? Batch);
