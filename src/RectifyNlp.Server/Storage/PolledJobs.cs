using System.Collections.Concurrent;

namespace RectifyNlp.Server.Storage;

/// <summary>
/// The rows of queued and running jobs as a client polling them last read them, kept for at most <see cref="MaxAge"/>:
/// a client asks for its job's status every few tens of milliseconds, twenty clients at once, and most of those
/// questions get the answer of a moment ago. A change made through this process's store is seen at once (the store
/// forgets the job's row as it commits); one made by another instance sharing the store, within <see cref="MaxAge"/>.
/// A job done or failed is never kept (its result is read with it). Bounded: rows older than <see cref="MaxAge"/> are
/// swept every few hundred rows kept, so it holds about as many rows as jobs polled in the last moment.
/// </summary>
internal sealed class PolledJobs
{
    /// <summary>How long a polled row may be answered from memory.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMilliseconds(250);

    private const int SweepEvery = 256;
    private readonly ConcurrentDictionary<string, (Job Job, long At)> _rows = new(StringComparer.Ordinal);
    private long _generation;
    private int _kept;

    /// <summary>The job as read at most <see cref="MaxAge"/> ago, else as <paramref name="read"/> reads it now.</summary>
    public Job? Get(string id, Func<string, Job?> read)
    {
        var now = Environment.TickCount64;
        if (_rows.TryGetValue(id, out var seen) && now - seen.At < (long)MaxAge.TotalMilliseconds)
        {
            return seen.Job;
        }

        // Kept only if nothing was forgotten while it was read: a row read just before a commit is not kept after it.
        var generation = Interlocked.Read(ref _generation);
        var job = read(id);
        if (job is { Status: JobStatus.Queued or JobStatus.Running } && Interlocked.Read(ref _generation) == generation)
        {
            _rows[id] = (job, now);
            if (Interlocked.Increment(ref _kept) % SweepEvery == 0)
            {
                Sweep(now);
            }
        }
        else
        {
            _rows.TryRemove(id, out _);
        }

        return job;
    }

    /// <summary>Forgets a job's row (called once a change to it has committed).</summary>
    public void Forget(string id)
    {
        Interlocked.Increment(ref _generation);
        _rows.TryRemove(id, out _);
    }

    /// <summary>Forgets every row (a change to jobs not named one by one).</summary>
    public void ForgetAll()
    {
        Interlocked.Increment(ref _generation);
        _rows.Clear();
    }

    /// <summary>How many rows are kept (for the tests).</summary>
    public int Count => _rows.Count;

    private void Sweep(long now)
    {
        foreach (var (id, row) in _rows)
        {
            if (now - row.At >= (long)MaxAge.TotalMilliseconds)
            {
                _rows.TryRemove(new KeyValuePair<string, (Job, long)>(id, row));
            }
        }
    }
}
