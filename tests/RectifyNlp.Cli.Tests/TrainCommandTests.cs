using RectifyNlp.Tests;

namespace RectifyNlp.Cli.Tests;

public sealed class TrainCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("rectify-train-cli-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Train_prints_per_class_scores_macro_f1_and_the_confusion_matrix()
    {
        // A slice of the corpus keeps the test quick; the models go to a temporary folder, not models/.
        var corpus = Directory.CreateDirectory(Path.Combine(_folder.FullName, "passages"));
        foreach (var name in new[] { "b01.jsonl", "b02.jsonl", "b03.jsonl", "b04.jsonl", "b06.jsonl", "b11.jsonl" })
        {
            File.Copy(Path.Combine(RepositoryPaths.Root, "corpus", "passages", name), Path.Combine(corpus.FullName, name));
        }

        var output = Path.Combine(_folder.FullName, "models");
        var result = Cli.Run("train", "--corpus", corpus.FullName, "--output", output);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("role — held-out test", result.Out, StringComparison.Ordinal);
        Assert.Contains("category — held-out test", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^  macro-F1: 0\.\d\d \(", result.Out);
        Assert.Matches(@"(?m)^  accountability\s+\d\.\d{3}\s+\d\.\d{3}\s+\d\.\d{3}\s+\d+$", result.Out);
        Assert.Contains("confusion (rows gold, columns predicted):", result.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "role.zip")));
        Assert.True(File.Exists(Path.Combine(output, "category.zip")));
    }

    [Fact]
    public void A_missing_corpus_exits_1()
    {
        var result = Cli.Run("train", "--corpus", Path.Combine(_folder.FullName, "none"), "--output", _folder.FullName);
        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.ErrorLines);
    }
}
