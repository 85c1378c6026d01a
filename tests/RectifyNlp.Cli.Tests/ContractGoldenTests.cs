using System.Text.RegularExpressions;
using RectifyNlp.Tests;

namespace RectifyNlp.Cli.Tests;

/// <summary>
/// Approval tests of the JSON that scripts read, byte for byte: <c>analyze --json</c> on the samples (with and
/// without the feedback) and on the weak corpus pair, and <c>batch</c>'s summary.json over corpus/pairs (its run
/// time set to 0). Any change shows in the diff of Golden/; rewrite with RECTIFY_UPDATE_GOLDEN=1 and review.
/// </summary>
public sealed partial class ContractGoldenTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("rectify-golden-");

    public void Dispose() => _folder.Delete(recursive: true);

    public static TheoryData<string, string?, string> Analyses() => new()
    {
        { "sample-opinion", RepositoryPaths.Sample("feedback-opinion.txt"), RepositoryPaths.Sample("rectification-report.txt") },
        { "sample-report-alone", null, RepositoryPaths.Sample("rectification-report.txt") },
        { "qingshan", Path.Combine(RepositoryPaths.Root, "corpus", "pairs", "2024-1", "qingshan", "feedback.txt"), Path.Combine(RepositoryPaths.Root, "corpus", "pairs", "2024-1", "qingshan", "report.txt") },
    };

    [Theory]
    [MemberData(nameof(Analyses))]
    public void Analyze_json_is_the_approved_bytes(string name, string? feedback, string report)
    {
        string[] args = feedback is null ? ["analyze", "--report", report, "--json"] : ["analyze", "--feedback", feedback, "--report", report, "--json"];
        var result = Cli.Run(args);
        Assert.Equal(0, result.ExitCode);
        Approve(name + ".analyze.json", result.Out);
    }

    [Fact]
    public void Batch_summary_json_is_the_approved_bytes()
    {
        var output = Path.Combine(_folder.FullName, "out");
        var result = Cli.Run("batch", Path.Combine(RepositoryPaths.Root, "corpus", "pairs"), "-o", output);
        Assert.Equal(0, result.ExitCode);
        var summary = File.ReadAllText(Path.Combine(output, "summary.json"));
        Approve("corpus-pairs.summary.json", Seconds().Replace(summary, "\"seconds\": 0"));
    }

    private static void Approve(string file, string actual)
    {
        var golden = Path.Combine(RepositoryPaths.Root, "tests", "RectifyNlp.Cli.Tests", "Golden", file);
        if (Environment.GetEnvironmentVariable("RECTIFY_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(golden, actual);
        }

        Assert.True(File.Exists(golden), $"{file} missing: run with RECTIFY_UPDATE_GOLDEN=1 and review it");
        Assert.Equal(File.ReadAllText(golden), actual);
    }

    [GeneratedRegex("\"seconds\": [0-9.E+-]+")]
    private static partial Regex Seconds();
}
