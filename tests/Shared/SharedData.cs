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
}
