using System.Collections.Concurrent;
using RectifyNlp.Server.Storage;

namespace RectifyNlp.Server.Work;

/// <summary>What a download made on request came to: the stored file, or why there is none.</summary>
/// <param name="File">The artifact as stored (the same bytes for everyone who asks), or null.</param>
/// <param name="Stale">True when the analysis made again is not the stored one (the models changed since): nothing was made.</param>
public sealed record Rendering(JobFile? File, bool Stale = false);

/// <summary>
/// Makes an analysis's HTML report and checklists on their first download (<see cref="JobProcessor.Render"/>) and
/// keeps them in the store, so every later download, on any instance, is a read. In this instance one render a
/// file at a time: a download that comes while the same file is being made waits for it, and everyone serves the
/// bytes the store kept first (instances rendering the same file at once each make it; one copy is kept and served).
/// Renders run at most <see cref="ServiceOptions.Workers"/> at a time, each within the analysis time limit.
/// </summary>
public sealed class ArtifactRenderer(IJobStore store, JobProcessor processor, ServiceOptions options) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<Rendering>>> _running = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Workers));
    private int _renders;

    /// <summary>How many files this instance has rendered (for the tests: two first downloads at once make one).</summary>
    public int Renders => Volatile.Read(ref _renders);

    /// <summary>The file of a done analysis, made now if it never was. <paramref name="aborted"/> stops the wait, not the render.</summary>
    public async Task<Rendering> GetAsync(string id, string file, CancellationToken aborted)
    {
        if (store.File(id, file) is { } stored)
        {
            return new Rendering(stored);
        }

        var key = id + "/" + file;
        var lazy = _running.GetOrAdd(key, _ => new Lazy<Task<Rendering>>(() => Task.Run(() => Render(id, file), CancellationToken.None)));
        var render = lazy.Value;
        _ = render.ContinueWith(_ => _running.TryRemove(new KeyValuePair<string, Lazy<Task<Rendering>>>(key, lazy)), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        return await render.WaitAsync(aborted).ConfigureAwait(false);
    }

    private Rendering Render(string id, string file)
    {
        // Looked for again inside the one render: a download that missed the file just before it was kept finds it here.
        if (store.File(id, file) is { } stored)
        {
            return new Rendering(stored);
        }

        if (store.Find(id) is not { Status: JobStatus.Done } || store.File(id, "result.json") is not { } result)
        {
            return new Rendering(null);
        }

        var inputs = store.Inputs(id);
        using var limit = new CancellationTokenSource(options.AnalysisTimeLimit);
        _slots.Wait(limit.Token);
        try
        {
            var bytes = processor.Render(id, inputs, result.Content, file, limit.Token);
            Interlocked.Increment(ref _renders);
            return bytes is null ? new Rendering(null, Stale: true) : new Rendering(store.Keep(id, new JobFile(file, file, bytes)));
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _slots.Dispose();
}
