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

    /// <summary>The authored sample documents in corpus/samples.</summary>
    public static string Sample(string name) => Path.Combine(Root, "corpus", "samples", name);

    /// <summary>Files written by tests/fixtures.sh from the samples.</summary>
    public static string Fixture(string name) => Path.Combine(Root, "tests", "RectifyNlp.Ingestion.Tests", "Fixtures", name);

    /// <summary>
    /// The seed speech the project was created from, in ../shared/seed beside the checkout (CI lays a copy
    /// there); RECTIFY_SEED overrides. Skips the calling test (a <c>[SkippableFact]</c>) where it is absent.
    /// </summary>
    public static string Seed
    {
        get
        {
            // RECTIFY_SEED is an explicit choice: a wrong one fails rather than skips.
            if (Environment.GetEnvironmentVariable("RECTIFY_SEED") is { Length: > 0 } named)
            {
                return File.Exists(named) ? named : throw new FileNotFoundException("RECTIFY_SEED names no file.", named);
            }

            var path = Path.Combine(Root, "..", "shared", "seed", "000_2e797ea5550b8dac.txt");
            Skip.IfNot(File.Exists(path), "the seed speech is not at ../shared/seed beside the checkout (nor named by RECTIFY_SEED)");
            return path;
        }
    }
}
