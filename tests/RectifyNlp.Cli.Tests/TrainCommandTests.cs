using System.Text.Json;
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
    public void Train_json_gives_the_scores_with_chinese_names_the_confusion_matrix_and_every_held_out_prediction()
    {
        var corpus = Directory.CreateDirectory(Path.Combine(_folder.FullName, "passages"));
        foreach (var name in new[] { "b01.jsonl", "b02.jsonl", "b03.jsonl", "b04.jsonl", "b06.jsonl", "b11.jsonl" })
        {
            File.Copy(Path.Combine(RepositoryPaths.Root, "corpus", "passages", name), Path.Combine(corpus.FullName, name));
        }

        var result = Cli.Run("train", "--corpus", corpus.FullName, "--output", Path.Combine(_folder.FullName, "models"), "--json");
        Assert.Equal(0, result.ExitCode);
        var json = result.Json;
        var split = json.GetProperty("split");
        var passages = json.GetProperty("corpus").GetProperty("passages").GetInt32();
        Assert.Equal(passages, split.GetProperty("train").GetInt32() + split.GetProperty("dev").GetInt32() + split.GetProperty("test").GetInt32());
        var predictions = json.GetProperty("testPredictions").EnumerateArray().ToList();
        Assert.Equal(split.GetProperty("test").GetInt32(), predictions.Count);

        foreach (var task in new[] { "role", "category" })
        {
            var test = json.GetProperty(task).GetProperty("test");
            var classes = test.GetProperty("classes").EnumerateArray().ToList();
            var confusion = test.GetProperty("confusion").EnumerateArray().Select(r => r.EnumerateArray().Select(c => c.GetInt32()).ToList()).ToList();
            Assert.Equal(classes.Count, confusion.Count);
            Assert.All(confusion, row => Assert.Equal(classes.Count, row.Count));
            var labels = classes.Select(c => c.GetProperty("label").GetString()!).ToList();
            string Predicted(JsonElement p) => p.GetProperty(task == "role" ? "predictedRole" : "predictedCategory").GetString()!;

            // Each row of the matrix counts the held-out passages of that gold class by what was predicted, and
            // the accuracy is its diagonal: the matrix and the predictions tell the same story.
            for (var g = 0; g < labels.Count; g++)
            {
                for (var p = 0; p < labels.Count; p++)
                {
                    Assert.Equal(predictions.Count(x => x.GetProperty(task).GetString() == labels[g] && Predicted(x) == labels[p]), confusion[g][p]);
                }

                Assert.Equal(confusion[g].Sum(), classes[g].GetProperty("support").GetInt32());
            }

            Assert.Equal((double)Enumerable.Range(0, labels.Count).Sum(i => confusion[i][i]) / predictions.Count, test.GetProperty("accuracy").GetDouble(), 10);
            Assert.All(predictions, p => Assert.InRange(p.GetProperty(task == "role" ? "roleConfidence" : "categoryConfidence").GetDouble(), 0, 1));
        }

        var roleNames = json.GetProperty("role").GetProperty("test").GetProperty("classes").EnumerateArray().ToDictionary(c => c.GetProperty("label").GetString()!, c => c.GetProperty("name").GetString());
        Assert.Equal("问责追责", roleNames["accountability"]);
        var categoryNames = json.GetProperty("category").GetProperty("test").GetProperty("classes").EnumerateArray().ToDictionary(c => c.GetProperty("label").GetString()!, c => c.GetProperty("name").GetString());
        Assert.Equal("中央八项规定精神与四风", categoryNames["eight-rules"]);
    }

    [Fact]
    public void A_missing_corpus_exits_1()
    {
        var result = Cli.Run("train", "--corpus", Path.Combine(_folder.FullName, "none"), "--output", _folder.FullName);
        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.ErrorLines);
    }
}
