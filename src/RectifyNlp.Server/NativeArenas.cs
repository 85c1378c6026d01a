using System.Runtime.InteropServices;

namespace RectifyNlp.Server;

/// <summary>
/// Bounds the C library's memory arenas on Linux (glibc's M_ARENA_MAX, as MALLOC_ARENA_MAX=2 does): by default glibc keeps
/// up to eight arenas a core, each grown by whichever thread touched it, and a service whose analyses run on pool threads
/// held ever more native memory under load (issue 20's soak: anonymous memory still growing after ten minutes, level after
/// three with two arenas). An operator's own MALLOC_ARENA_MAX is left as set; elsewhere (another C library, Windows) nothing is done.
/// </summary>
internal static class NativeArenas
{
    /// <summary>Arenas kept, as the deployment notes advise.</summary>
    public const int Max = 2;

    private const int ArenaMaxOption = -8; // M_ARENA_MAX in glibc's malloc.h

    private static readonly Lazy<bool> Set = new(() =>
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable("MALLOC_ARENA_MAX") is not null)
        {
            return false;
        }

        try
        {
            return MallOpt(ArenaMaxOption, Max) == 1;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false; // not glibc (musl has no mallopt): its allocator is left alone
        }
    });

    /// <summary>Sets the bound once, before the service's threads allocate; whether this process set it.</summary>
    public static bool Limit() => Set.Value;

#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code in this project for one call made once
    [DllImport("libc", EntryPoint = "mallopt")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MallOpt(int option, int value);
#pragma warning restore SYSLIB1054
}
