namespace RectifyNlp.Tests;

/// <summary>
/// The shared data beside the checkout (../shared: the seed speech, the development pairs written by another hand).
/// It is not in the repository: where it is absent, the tests that read it are skipped with that reason
/// (<c>[SkippableFact]</c>/<c>[SkippableTheory]</c> and <see cref="Skip"/>), not failed; where it is present they run.
/// </summary>
internal static class SharedData
{
    /// <summary>../shared/dev-pairs: twelve pairs with gold checks, written by another hand.</summary>
    public static string DevPairs => Path.Combine(RepositoryPaths.Root, "..", "shared", "dev-pairs");

    /// <summary>Skips the calling test when ../shared/dev-pairs is absent.</summary>
    public static void RequireDevPairs() =>
        Skip.IfNot(Directory.Exists(DevPairs), "../shared/dev-pairs is not beside the checkout (the development pairs are not in the repository)");

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

            var path = Path.Combine(RepositoryPaths.Root, "..", "shared", "seed", "000_2e797ea5550b8dac.txt");
            Skip.IfNot(File.Exists(path), "the seed speech is not at ../shared/seed beside the checkout (nor named by RECTIFY_SEED)");
            return path;
        }
    }
}
