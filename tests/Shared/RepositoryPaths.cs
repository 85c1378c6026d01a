namespace RectifyNlp.Tests;

/// <summary>Where the repository's data lives, found from the test assembly's folder.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RectifyNlp.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("RectifyNlp.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => LazyRoot.Value;

    /// <summary>A copy of the repository's models/ in <paramref name="target"/>, for a test that edits it (RECTIFY_MODELS).</summary>
    public static void CopyModels(string target)
    {
        var source = Path.Combine(Root, "models");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
    }

    /// <summary>The authored sample documents in corpus/samples.</summary>
    public static string Sample(string name) => Path.Combine(Root, "corpus", "samples", name);

    /// <summary>Files written by tests/fixtures.sh from the samples.</summary>
    public static string Fixture(string name) => Path.Combine(Root, "tests", "RectifyNlp.Ingestion.Tests", "Fixtures", name);
}
