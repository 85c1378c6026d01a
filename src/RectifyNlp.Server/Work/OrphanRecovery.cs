using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using RectifyNlp.Server.Storage;

namespace RectifyNlp.Server.Work;

/// <summary>
/// What a starting instance does before it works: takes back the jobs an earlier process of this instance held
/// when it went down (queued again at once, not when their lease runs out in two minutes), and removes the work
/// folders a crashed run left. Fails softly: what it misses, the leases take care of.
/// </summary>
internal sealed class OrphanRecovery(IJobStore store, JobProcessor processor, ServiceOptions options, ILogger logger)
{
    /// <summary>
    /// This instance across restarts: the machine and the data folder. Worker names start with it, then the
    /// process id, so a starting instance knows which running jobs were its own and whether their process is gone.
    /// </summary>
    public static string InstanceName(ServiceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var folder = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(options.DataDirectory))))[..12];
        return $"{Environment.MachineName}:{folder}";
    }

    /// <summary>Recovers, for the process whose workers' names start with <paramref name="ownWorkers"/> (none has claimed a job yet).</summary>
    public void Run(string ownWorkers)
    {
        try
        {
            // 1. Jobs held by an earlier process of this instance that is gone: queued again now.
            var prefix = InstanceName(options) + "/";
            foreach (var worker in store.Workers(prefix))
            {
                if (!IsAlive(worker, worker[prefix.Length..].Split('/')[0], ownWorkers) && store.Release(worker) is > 0 and var released)
                {
                    logger.LogWarning("{Count} job(s) of {Worker}, which is gone, queued again", released, worker);
                }
            }

            // 2. Work folders of jobs that nobody is running any more: removed.
            processor.RemoveWorkFolders(id => store.Find(id) is { Status: JobStatus.Running });
        }
#pragma warning disable CA1031 // recovery is a head start: what it misses, the leases take care of
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogError(e, "could not take back orphaned jobs at start; their leases will run out");
        }
    }

    // Whether the process that named a worker still runs. This process's own id (a container restarted as pid 1)
    // counts only for this process's own workers.
    private static bool IsAlive(string worker, string processId, string ownWorkers)
    {
        if (!int.TryParse(processId, CultureInfo.InvariantCulture, out var id))
        {
            return false;
        }

        if (id == Environment.ProcessId)
        {
            return worker.StartsWith(ownWorkers, StringComparison.Ordinal);
        }

        try
        {
            using var process = Process.GetProcessById(id);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
