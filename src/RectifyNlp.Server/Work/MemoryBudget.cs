namespace RectifyNlp.Server.Work;

/// <summary>
/// 内存限额: one job's memory budget (<see cref="ServiceOptions.JobMemoryBytes"/>). The job runs inside the
/// service's process, whose memory .NET cannot divide between threads, so the budget is watched on the managed
/// heap: sampled four times a second while the job runs, its growth over what was alive when the job started is
/// the job's use. What was alive is measured by a full collection at most every ten seconds for the whole process
/// (a full collection stops every thread, the other workers' too, for longer than a small analysis takes); a job
/// starting in between counts from the heap as it stands, garbage included, when that is within an eighth of the
/// budget of the last measurement (so at most that much more lenient than a collection at its start), else a
/// collection is made for it. A reading over the budget is confirmed after a full collection (garbage not yet collected is nobody's
/// use) before <see cref="Token"/> is cancelled, which stops the job at its next check like a delete does. With
/// several workers a job is also charged for what the jobs beside it hold: the budget is there to stop a
/// runaway input, well above what a document at the readers' limits needs (some 230 MB for 4.8 million characters).
/// </summary>
internal sealed class MemoryBudget : IDisposable
{
    private static readonly TimeSpan Sample = TimeSpan.FromMilliseconds(250);

    // A full collection is forced at most this often, however long the heap reads over the budget with garbage.
    private const long ConfirmEveryMilliseconds = 2000;

    // What was alive at the last full collection made for a job's start, and when (shared by every job of the process).
    private const long AliveEveryMilliseconds = 10_000;
    private static readonly Lock AliveGate = new();
    private static long s_alive;
    private static long s_aliveAt;
    private static bool s_measured;

    private readonly long _bytes;
    private readonly long _start;
    private readonly CancellationTokenSource _over = new();
    private readonly Timer? _timer;
    private long _lastConfirmed;
    private int _checking;

    /// <summary>Starts watching; <paramref name="bytes"/> 0 or less watches nothing.</summary>
    public MemoryBudget(long bytes)
    {
        _bytes = bytes;
        if (bytes > 0)
        {
            // What is alive when the job starts, not the garbage of the upload that queued it: one full collection a job.
            _start = AliveNow(bytes);
            _timer = new Timer(_ => Check(), null, Sample, Sample);
        }
    }

    /// <summary>Cancelled once the job is over its budget.</summary>
    public CancellationToken Token => _over.Token;

    /// <summary>Whether the job went over its budget.</summary>
    public bool Exceeded => _over.IsCancellationRequested;

    /// <summary>The reason a job over its budget is failed with, in the inspector's words.</summary>
    public string Reason => $"超出内存限额（{_bytes / (1024.0 * 1024):N0} MB），已停止；文件可能过大或结构异常，请拆分或检查后重新上传";

    // What is alive as a job starts, not the garbage of the upload that queued it: a full collection at most every
    // ten seconds, or when the heap has grown past the last one by more than an eighth of the budget; in between, the
    // heap now (with its garbage, at most budget/8 of it), so what the process kept since is never charged to this job.
    private static long AliveNow(long budget)
    {
        lock (AliveGate)
        {
            var now = Environment.TickCount64;
            var heap = GC.GetTotalMemory(forceFullCollection: false);
            if (!s_measured || now - s_aliveAt >= AliveEveryMilliseconds || heap - s_alive > budget / 8)
            {
                s_alive = GC.GetTotalMemory(forceFullCollection: true);
                s_aliveAt = now;
                s_measured = true;
                return s_alive;
            }

            return Math.Max(s_alive, heap);
        }
    }

    private void Check()
    {
        // Timer callbacks may overlap while a collection runs; one check at a time.
        if (Interlocked.Exchange(ref _checking, 1) == 1)
        {
            return;
        }

        try
        {
            if (_over.IsCancellationRequested || GC.GetTotalMemory(forceFullCollection: false) - _start <= _bytes)
            {
                return;
            }

            var now = Environment.TickCount64;
            if (now - _lastConfirmed < ConfirmEveryMilliseconds)
            {
                return;
            }

            _lastConfirmed = now;
            if (GC.GetTotalMemory(forceFullCollection: true) - _start > _bytes)
            {
                _over.Cancel();
            }
        }
        catch (ObjectDisposedException)
        {
            // The job ended while this check ran: nothing left to stop.
        }
        finally
        {
            Volatile.Write(ref _checking, 0);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_timer is not null)
        {
            // Waits for a check under way, so that none cancels a disposed source.
            using var stopped = new ManualResetEvent(false);
            if (_timer.Dispose(stopped))
            {
                stopped.WaitOne();
            }
        }

        _over.Dispose();
    }
}
