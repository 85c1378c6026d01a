using RectifyNlp.Tests;

namespace RectifyNlp.Cli.Tests;

/// <summary>
/// The built program laid out as an install outside the checkout: every file beside the test's <c>rectify.dll</c>
/// hard-linked (not copied: the folder is large and only read) into a temporary folder, plus a separate working
/// folder. Neither is under the checkout, so nothing can find the checkout's models/ by walking up.
/// </summary>
internal sealed class InstalledProgram : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("rectify-installed-");

    public InstalledProgram()
    {
        ProgramFolder = Path.Combine(_root.FullName, "app");
        WorkingFolder = Directory.CreateDirectory(Path.Combine(_root.FullName, "work")).FullName;
        var source = Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory);
        if (!Copy("-al", source) && !(Delete(ProgramFolder) && Copy("-a", source)))
        {
            throw new InvalidOperationException($"cannot copy {source} to {ProgramFolder}");
        }
    }

    /// <summary>Where rectify.dll and its models/ are.</summary>
    public string ProgramFolder { get; }

    /// <summary>The current directory the program runs in.</summary>
    public string WorkingFolder { get; }

    /// <summary>The installed models/ folder.</summary>
    public string Models => Path.Combine(ProgramFolder, "models");

    /// <summary>Copies a sample document into the working folder and returns its name there.</summary>
    public string Sample(string name)
    {
        File.Copy(RepositoryPaths.Sample(name), Path.Combine(WorkingFolder, name));
        return name;
    }

    /// <summary>Replaces an installed models file (a link to the build's) with a file of its own holding <paramref name="bytes"/>.</summary>
    public void ReplaceModelFile(string relative, byte[] bytes)
    {
        var path = Path.Combine(Models, relative);
        File.Delete(path);
        File.WriteAllBytes(path, bytes);
    }

    public CliProcess.Result Run(params string[] args) => CliProcess.RunFrom(ProgramFolder, WorkingFolder, null, args);

    public void Dispose() => _root.Delete(recursive: true);

    private static bool Delete(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return true;
    }

    // cp -al: a tree of hard links (/tmp and the checkout on one file system); cp -a where they are not.
    private bool Copy(string flags, string source)
    {
        using var cp = System.Diagnostics.Process.Start("cp", [flags, source, ProgramFolder]);
        cp.WaitForExit();
        return cp.ExitCode == 0;
    }
}
