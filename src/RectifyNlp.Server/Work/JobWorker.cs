using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RectifyNlp.Core.Documents;
using RectifyNlp.Server.Storage;

namespace RectifyNlp.Server.Work;

/// <summary>
/// Takes queued jobs from the store, <see cref="ServiceOptions.Workers"/> at a time, and records what comes
/// of each. Woken by a new upload in this instance, and every second for jobs other instances queued (or a
/// lease that ran out). A job that fails for its input is marked failed with the reason; the worker goes on.
/// On start, the jobs this instance held when it went down are queued again at once and stale work folders
/// removed. A job is stopped when it is deleted, when it runs past its time limit or over its memory budget
/// (<see cref="MemoryBudget"/>), and on shutdown (then it is queued again for the next instance): the readers and
/// the analysis check for it at every element, paragraph, piece, block and rule, so a job stops inside a stage.
/// A batch's first run divides it into unit jobs on the shared queue (any instance's workers take them); the worker
/// whose unit is the batch's last to end assembles the batch at once.
/// </summary>
public sealed class JobWorker(IJobStore store, JobProcessor processor, ServiceOptions options, ILogger<JobWorker> logger) : BackgroundService
{
    // A worker holds a job for two minutes at a time and renews it every thirty seconds while it works: a job
    // whose instance died elsewhere is taken up again within two minutes, however long the job itself takes.
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim _wake = new(0);
    private readonly PathScrubber _scrubber = new(options.DataDirectory);
    private readonly ConcurrentDictionary<string, (CancellationTokenSource Deleted, string? Batch)> _running = new(StringComparer.Ordinal);
    private readonly string _name = $"{OrphanRecovery.InstanceName(options)}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Tells the workers there is work.</summary>
    public void Wake() => _wake.Release();

    // Tells every worker of this instance (a batch's units were just queued).
    private void WakeAll() => _wake.Release(Math.Max(1, options.Workers));

    /// <summary>Deletes a job: stops it if it runs here, removes it with its files, and for a batch what it left in the batch store.</summary>
    public void Delete(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        // The job, and the units of a batch that run here (those on other instances stop at their next heartbeat).
        foreach (var (id, running) in _running)
        {
            if (id == job.Id || running.Batch == job.Id)
            {
                try
                {
                    running.Deleted.Cancel();
                }
                catch (ObjectDisposedException)
                {
                    // It finished just now: nothing left to stop.
                }
            }
        }

        store.Delete(job.Id);
        if (job.Kind == JobKinds.Batch)
        {
            processor.Forget(job.Id);
        }
    }

    /// <summary>
    /// Takes back this instance's orphaned jobs before the service answers anyone: since .NET 10 a BackgroundService's
    /// ExecuteAsync runs wholly in the background, so done there a client could see a dead process's job as running.
    /// </summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        new OrphanRecovery(store, processor, options, logger).Run(_name);
        return base.StartAsync(cancellationToken);
    }

    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        return Task.WhenAll(Enumerable.Range(0, options.Workers).Select(i => Task.Run(() => Loop(i, stoppingToken), stoppingToken)));
    }

    private async Task Loop(int index, CancellationToken stoppingToken)
    {
        var worker = $"{_name}#{index}";
        while (!stoppingToken.IsCancellationRequested)
        {
            Job? job;
            try
            {
                job = store.Claim(worker, Lease, options.MaxAttempts);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "the store could not be read; retrying");
                job = null;
            }

            if (job is null)
            {
                try
                {
                    await _wake.WaitAsync(TimeSpan.FromSeconds(1), stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                continue;
            }

            await Run(job, worker, stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task Run(Job job, string worker, CancellationToken stoppingToken)
    {
        // A batch's dividing and its assembly are batch work; each of its units is an analysis.
        var limit = job.Kind == JobKinds.Batch ? options.BatchTimeLimit : options.AnalysisTimeLimit;
        using var deleted = new CancellationTokenSource();
        using var overtime = new CancellationTokenSource(limit);
        using var memory = new MemoryBudget(options.JobMemoryBytes);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, deleted.Token, overtime.Token, memory.Token);
        _running[job.Id] = (deleted, job.Parent);
        Job? next = null;
        var heartbeat = new Timer(_ => Renew(job.Id, deleted), null, Heartbeat, Heartbeat);
        try
        {
            // The work runs on its own thread so that the worker can leave it when its time is up even if a step that cannot
            // be interrupted (a library's parse of one page) holds it. A delete, a shutdown or the memory budget waits for the
            // next check, which the readers and the analysis reach at every element, paragraph, piece, block and rule.
            var work = Task.Run(() => Work(job, stop.Token), CancellationToken.None);
            try
            {
                var record = await work.WaitAsync(stop.Token).ConfigureAwait(false);
                await heartbeat.DisposeAsync().ConfigureAwait(false); // no lease renewed once the outcome is recorded
                next = record(worker);
            }
            catch (OperationCanceledException) when (deleted.IsCancellationRequested)
            {
                // Deleted while it ran: the work stops at its next check, then what it wrote meanwhile is swept.
                await Stopped(work, overtime.Token).ConfigureAwait(false);
                if ((job.Kind == JobKinds.Batch ? job.Id : job.Parent) is { } batch)
                {
                    processor.Forget(batch);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // Shutting down: once the work has stopped, the job goes back in the queue, for another instance or the next start.
                await Stopped(work, overtime.Token).ConfigureAwait(false);
                store.Release(worker);
            }
            catch (OperationCanceledException) when (overtime.IsCancellationRequested)
            {
                Observe(work);
                next = Fail(job, worker, $"处理超过时限（{limit.TotalMinutes:0.#} 分钟），已停止；文件可能过大或结构异常，请拆分或检查后重新上传");
            }
            catch (OperationCanceledException) when (memory.Exceeded)
            {
                // Over its budget: failed once its work has stopped and let go of what it held.
                await Stopped(work, overtime.Token).ConfigureAwait(false);
                next = Fail(job, worker, memory.Reason);
            }
            catch (Exception e) when (e is DocumentReadException or InvalidDataException)
            {
                next = Fail(job, worker, _scrubber.Scrub(e.Message.ReplaceLineEndings(" ")));
            }
#pragma warning disable CA1031 // a job must never take the worker down: anything else is recorded as an internal error
            catch (Exception e)
#pragma warning restore CA1031
            {
                // The details (paths, stack) go to the server's log only; the user gets the job's reference to quote.
                logger.LogError(e, "job {Id} failed", job.Id);
                next = Fail(job, worker, $"内部错误（任务 {(job.Parent ?? job.Id)[..8]}），详情已记入服务日志，请联系管理员");
            }
        }
        finally
        {
            await heartbeat.DisposeAsync().ConfigureAwait(false);
            _running.TryRemove(job.Id, out _);
        }

        // The last unit of a batch finished here: this worker assembles the batch's summary at once (shutting down, it
        // puts the batch back in the queue, where the next claim anywhere assembles it).
        if (next is not null && stoppingToken.IsCancellationRequested)
        {
            store.Release(worker);
        }
        else if (next is not null)
        {
            logger.LogInformation("batch {Id}: its last unit finished here; assembling", next.Id);
            await Run(next, worker, stoppingToken).ConfigureAwait(false);
        }
    }

    // A job failed; a batch's unit is the unit's failure in the batch, and when it was the last one the batch is returned to assemble.
    private Job? Fail(Job job, string worker, string reason)
    {
        if (job.Kind != JobKinds.BatchUnit)
        {
            store.Fail(job.Id, reason);
            return null;
        }

        var end = store.FinishUnit(job.Id, null, reason, worker, Lease);
        if (!end.Kept)
        {
            processor.Forget(job.Parent!);
        }

        return end.Batch;
    }

    // Does the job's work; returns how its outcome is recorded (by the worker named), which returns a batch to assemble
    // when this was that batch's last unit.
    private Func<string, Job?> Work(Job job, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        switch (job.Kind)
        {
            case JobKinds.BatchUnit:
            {
                var outcome = processor.AnalyseUnit(job.Id, job.Parent!, store.Inputs(job.Id), cancellationToken);
                return worker =>
                {
                    var end = store.FinishUnit(job.Id, outcome, null, worker, Lease);
                    if (!end.Kept)
                    {
                        processor.Forget(job.Parent!); // its batch was deleted while it ran: what it stored goes too
                    }

                    return end.Batch;
                };
            }

            case JobKinds.Batch:
            {
                var units = store.Units(job.Id, JobProcessor.UnitOutcomeFile);
                if (units.Count == 0)
                {
                    // 1. Divided into its units, queued for every instance; the batch then waits for them.
                    var parts = processor.Divide(job.Id, store.Inputs(job.Id).Single(f => f.Slot == "input:archive"), cancellationToken);
                    return _ =>
                    {
                        store.Divide(job.Id, parts);
                        WakeAll();
                        return null;
                    };
                }

                if (units.Any(u => u.Job.Status is JobStatus.Queued or JobStatus.Running))
                {
                    // Taken up again (a lease renewed once more just as it was divided ran out) while units still run: it waits again.
                    return _ =>
                    {
                        store.Divide(job.Id, []);
                        return null;
                    };
                }

                // 2. Every unit has finished: the summary, the dashboard and the downloads.
                var files = processor.AssembleBatch(job, units, cancellationToken);
                return _ =>
                {
                    store.Complete(job.Id, files);
                    return null;
                };
            }

            default:
            {
                var files = processor.Analyse(job.Id, store.Inputs(job.Id), cancellationToken);
                return _ =>
                {
                    store.Complete(job.Id, files);
                    return null;
                };
            }
        }
    }

    // Waits for cancelled work to reach its next check (no longer than its time limit allows).
    private async Task Stopped(Task work, CancellationToken overtime)
    {
        Observe(work);
        await Task.WhenAny(work, Task.Delay(Timeout.Infinite, overtime)).ConfigureAwait(false);
    }

    // Work left behind ends at its next check; what it throws then is seen here, not as an unobserved exception.
    private void Observe(Task work) =>
        work.ContinueWith(t => logger.LogDebug(t.Exception, "abandoned work ended"), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);

    // The heartbeat; a job no longer in the store (deleted through another instance) is stopped.
    private void Renew(string id, CancellationTokenSource deleted)
    {
        try
        {
            if (!store.Renew(id, Lease))
            {
                deleted.Cancel();
            }
        }
#pragma warning disable CA1031 // a missed heartbeat only shortens the lease; the next one may get through
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogWarning(e, "could not renew the lease of job {Id}", id);
        }
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }
}
