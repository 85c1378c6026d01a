namespace RectifyNlp.Server.Storage;

/// <summary>
/// The service's durable state: jobs with their uploads and results, and the audit log. Every instance
/// behind a load balancer shares one store; a job is claimed by one worker at a time with a lease, so a
/// job whose instance died is taken up again when its lease runs out, and queued jobs survive restarts.
/// </summary>
public interface IJobStore
{
    /// <summary>Stores a new queued job with its uploads and, in the same transaction, its audit line when given.</summary>
    void Create(Job job, IReadOnlyList<JobFile> inputs, AuditEntry? audit = null);

    /// <summary>
    /// Takes the oldest queued job (or a running one whose lease ran out, or a batch whose units have all finished
    /// without one of them handing it on) for this worker, or null. A job already
    /// tried <paramref name="maxAttempts"/> times (each attempt ended by the instance going down) is failed with
    /// the reason instead: a document that takes the process down does so at most that many times.
    /// </summary>
    Job? Claim(string worker, TimeSpan lease, int maxAttempts);

    /// <summary>The workers holding running jobs whose names start with <paramref name="prefix"/>.</summary>
    IReadOnlyList<string> Workers(string prefix);

    /// <summary>Puts the running jobs of a worker that is gone back in the queue at once; how many there were.</summary>
    int Release(string worker);

    /// <summary>
    /// Queues the units of a batch as <see cref="JobKinds.BatchUnit"/> jobs (each with its inputs, in order) and leaves the
    /// batch running with no worker or lease, waiting for them, in one transaction; with no units, only the latter (a batch
    /// taken up again while its units still run). False when the batch is no longer there.
    /// </summary>
    bool Divide(string id, IReadOnlyList<IReadOnlyList<JobFile>> units);

    /// <summary>
    /// Records a unit job's end — done with <paramref name="artifacts"/>, or failed with <paramref name="error"/> — and the
    /// batch's progress; when it was the batch's last unit, hands the batch to <paramref name="worker"/> under a lease
    /// (one transaction, the batch's row locked first: of units finishing together, exactly one is the last).
    /// </summary>
    UnitEnd FinishUnit(string id, IReadOnlyList<JobFile>? artifacts, string? error, string worker, TimeSpan lease);

    /// <summary>A batch's unit jobs in order, with their description and the artifact <paramref name="outcomeSlot"/> of those done.</summary>
    IReadOnlyList<BatchUnitJob> Units(string batchId, string outcomeSlot);

    /// <summary>Records a batch's progress (and renews the lease).</summary>
    void Progress(string id, int done, int total, TimeSpan lease);

    /// <summary>Extends a running job's lease (the worker's heartbeat); false when the job is no longer there to run (deleted).</summary>
    bool Renew(string id, TimeSpan lease);

    /// <summary>Where a queued job is in the queue: 1 when it is next.</summary>
    int QueuePosition(Job job);

    /// <summary>Removes a job with its uploads and results (a batch with its unit jobs); false when there was none.</summary>
    bool Delete(string id);

    /// <summary>Marks a job done and stores what it made.</summary>
    void Complete(string id, IReadOnlyList<JobFile> artifacts);

    /// <summary>
    /// Stores an artifact made after the job was done (a download rendered on first request), unless one is stored
    /// under its slot already; returns the one stored (the first kept wins, so every caller serves the same bytes),
    /// or null when the job is no longer there or not done (deleted meanwhile: nothing is stored).
    /// </summary>
    JobFile? Keep(string id, JobFile artifact);

    /// <summary>Marks a job failed with the reason.</summary>
    void Fail(string id, string reason);

    /// <summary>A job (with its <see cref="Job.QueuePosition"/> while queued), or null.</summary>
    Job? Find(string id);

    /// <summary>
    /// A job as <see cref="Find"/> gives it, for a client polling its status: a queued or running job may be answered as
    /// read up to a quarter of a second ago when nothing changed it through this store
    /// since; a change made by another instance is seen within that time, one made here at once.
    /// </summary>
    Job? Status(string id);

    /// <summary>The latest jobs of a kind, newest first, with the name of the upload in <paramref name="nameSlot"/>; only <paramref name="owner"/>'s when given.</summary>
    IReadOnlyList<JobSummary> List(string kind, string? owner, string nameSlot, int limit);

    /// <summary>A stored file of a job (an input or an artifact), or null.</summary>
    JobFile? File(string id, string slot);

    /// <summary>The uploads of a job.</summary>
    IReadOnlyList<JobFile> Inputs(string id);

    /// <summary>Adds a line to the audit log.</summary>
    void Audit(AuditEntry entry);

    /// <summary>The latest audit lines, newest first.</summary>
    IReadOnlyList<AuditEntry> AuditLog(int limit);
}
