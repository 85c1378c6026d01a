using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace RectifyNlp.Cli.Infrastructure;

/// <summary>
/// The native (ahead-of-time compiled) <c>rectify</c> of the linux-x64 tool package runs the commands whose libraries
/// work without run-time code generation itself — analyze, checklist, parse, segment, keywords, help, --version — and
/// hands the others to the framework-dependent build shipped beside it in <c>fd/</c>: batch and search (the store and
/// reflection-based JSON), serve (ASP.NET Core's minimal APIs), train, evaluate and idf (ML.NET), segment with jieba.NET's
/// reference engine, and analyze or checklist with the optional model (Semantic Kernel). The hand-over replaces this
/// process with <c>dotnet fd/rectify.dll</c> and the same arguments (execv), so the streams, the exit code, the process
/// id and signals (Ctrl+C for serve) are the framework-dependent program's own. In any other build (JIT-compiled: the
/// platform-neutral tool, the single file, dotnet run, the tests) nothing is handed over.
/// </summary>
internal static partial class NativeHandOver
{
    private static readonly HashSet<string> HandedOverCommands = new(StringComparer.OrdinalIgnoreCase)
    {
        "batch", "search", "serve", "train", "evaluate", "idf",
    };

    /// <summary>Whether this process is the native build (no run-time code generation).</summary>
    public static bool IsNative => !RuntimeFeature.IsDynamicCodeSupported;

    /// <summary>
    /// The command the native build hands over for these arguments, or null when it runs them itself. The command is
    /// the first argument (options before it are only --help and --version, which the native build answers).
    /// </summary>
    public static string? CommandToHandOver(string[] args, string? llmEndpointVariable)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            return null;
        }

        var command = args[0];
        if (HandedOverCommands.Contains(command))
        {
            return command;
        }

        if (command.Equals("segment", StringComparison.OrdinalIgnoreCase) && args.Any(a => a.Contains("jieba-net", StringComparison.OrdinalIgnoreCase)))
        {
            return command + " --engine jieba-net";
        }

        if ((command.Equals("analyze", StringComparison.OrdinalIgnoreCase) || command.Equals("checklist", StringComparison.OrdinalIgnoreCase))
            && (args.Any(a => a.StartsWith("--llm-", StringComparison.Ordinal)) || !string.IsNullOrEmpty(llmEndpointVariable)))
        {
            return command + "（模型复核）";
        }

        return null;
    }

    /// <summary>
    /// Runs <paramref name="args"/> with the framework-dependent build beside this program: returns only when that
    /// cannot be done (one line on <paramref name="stderr"/>, exit 1), or, when the process cannot be replaced, after
    /// running it as a child with the same streams, with its exit code.
    /// </summary>
    public static int Run(string command, string[] args, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stderr);
        var program = Path.Combine(AppContext.BaseDirectory, "fd", "rectify.dll");
        if (!File.Exists(program))
        {
            stderr.WriteLine($"错误：这是原生编译的 rectify，不含 {command} 所需的框架依赖版；请用 .NET 工具包（dotnet tool install RectifyNlp.Cli）或不带 PublishAot 的构建运行此命令");
            return RectifyApp.InvalidInput;
        }

        if (FindDotnet() is not { } dotnet)
        {
            stderr.WriteLine($"错误：{command} 需要 .NET 10 运行时，但未找到 dotnet（请安装 .NET 10，或以 DOTNET_ROOT 指明其位置）");
            return RectifyApp.InvalidInput;
        }

        string[] argv = [dotnet, program, .. args];
        Exec(argv);

        // execv returned: the process could not be replaced. Run it as a child on the same streams instead.
        var start = new ProcessStartInfo(dotnet) { UseShellExecute = false };
        foreach (var argument in argv.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start);
        if (child is null)
        {
            stderr.WriteLine($"错误：无法启动 {dotnet}");
            return RectifyApp.InvalidInput;
        }

        Console.CancelKeyPress += (_, e) => e.Cancel = true; // Ctrl+C reaches the child too; wait for it to stop.
        child.WaitForExit();
        return child.ExitCode;
    }

    /// <summary>
    /// The dotnet host, looked for as the .NET host itself does: DOTNET_HOST_PATH, DOTNET_ROOT_X64 or DOTNET_ROOT, the
    /// PATH, the registered install location (/etc/dotnet/install_location), then the usual folders.
    /// </summary>
    private static string? FindDotnet()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath)
        {
            candidates.Add(hostPath);
        }

        foreach (var variable in new[] { "DOTNET_ROOT_X64", "DOTNET_ROOT" })
        {
            if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } root)
            {
                candidates.Add(Path.Combine(root, "dotnet"));
            }
        }

        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            candidates.Add(Path.Combine(folder, "dotnet"));
        }

        foreach (var registered in new[] { "/etc/dotnet/install_location_x64", "/etc/dotnet/install_location" })
        {
            if (File.Exists(registered) && File.ReadLines(registered).FirstOrDefault()?.Trim() is { Length: > 0 } location)
            {
                candidates.Add(Path.Combine(location, "dotnet"));
            }
        }

        candidates.Add("/usr/share/dotnet/dotnet");
        candidates.Add("/usr/lib/dotnet/dotnet");
        if (Environment.GetEnvironmentVariable("HOME") is { Length: > 0 } home)
        {
            candidates.Add(Path.Combine(home, ".dotnet", "dotnet"));
        }

        return candidates.FirstOrDefault(File.Exists);
    }

    /// <summary>Replaces this process with <paramref name="argv"/>[0] run with <paramref name="argv"/>; returns only on failure.</summary>
    private static void Exec(string[] argv)
    {
        var pointers = new IntPtr[argv.Length + 1];
        try
        {
            for (var i = 0; i < argv.Length; i++)
            {
                pointers[i] = Marshal.StringToCoTaskMemUTF8(argv[i]);
            }

            _ = ExecV(pointers[0], pointers);
        }
        finally
        {
            foreach (var pointer in pointers)
            {
                Marshal.FreeCoTaskMem(pointer);
            }
        }
    }

    [DllImport("libc", EntryPoint = "execv", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int ExecV(IntPtr path, IntPtr[] argv);
}
