using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RectifyNlp.Core.Documents;
using RectifyNlp.Server.Storage;

namespace RectifyNlp.Server.Work;

/// <summary>
/// Takes queued jobs from the store, <see cref="ServiceOptions.Workers"/> at a time, and records what comes
/// of each. Woken by a new upload in this instance, and every second for jobs other instances queued (or a
/// lease that ran out). A job that fails for its input is marked failed with the reason; the worker goes on.
/// </summary>
public sealed class JobWorker(IJobStore store, JobProcessor processor, ServiceOptions options, ILogger<JobWorker> logger) : BackgroundService
{
    // A worker holds a job for two minutes at a time and renews it every thirty seconds while it works: a job
    // whose instance died is taken up again within two minutes, however long the job itself takes.
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim _wake = new(0);
    private readonly PathScrubber _scrubber = new(options.DataDirectory);
    private readonly string _name = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Tells the workers there is work.</summary>
    public void Wake() => _wake.Release();

    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, options.Workers).Select(i => Task.Run(() => Loop(i, stoppingToken), stoppingToken)));

    private async Task Loop(int index, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            Job? job;
            try
            {
                job = store.Claim($"{_name}#{index}", Lease);
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

            Run(job, stoppingToken);
        }
    }

    private void Run(Job job, CancellationToken stoppingToken)
    {
        using var heartbeat = new Timer(_ => Renew(job.Id), null, Heartbeat, Heartbeat);
        try
        {
            var inputs = store.Inputs(job.Id);
            var artifacts = job.Kind == JobKinds.Batch
                ? processor.RunBatch(job.Id, inputs.Single(f => f.Slot == "input:archive"), (done, total) => store.Progress(job.Id, done, total, Lease), stoppingToken)
                : processor.Analyse(job.Id, inputs, stoppingToken);
            store.Complete(job.Id, artifacts);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the lease runs out and the job is taken up again.
        }
        catch (Exception e) when (e is DocumentReadException or InvalidDataException)
        {
            store.Fail(job.Id, _scrubber.Scrub(e.Message.ReplaceLineEndings(" ")));
        }
#pragma warning disable CA1031 // a job must never take the worker down: anything else is recorded as an internal error
        catch (Exception e)
#pragma warning restore CA1031
        {
            // The details (paths, stack) go to the server's log only; the user gets the job's reference to quote.
            logger.LogError(e, "job {Id} failed", job.Id);
            store.Fail(job.Id, $"内部错误（任务 {job.Id[..8]}），详情已记入服务日志，请联系管理员");
        }
    }

    private void Renew(string id)
    {
        try
        {
            store.Renew(id, Lease);
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
