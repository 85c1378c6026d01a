using System.Diagnostics;
using Microsoft.ML;
using RectifyNlp.Nlp.Segmentation;

namespace RectifyNlp.Nlp.Classification;

/// <summary>The outcome of <c>rectify train</c>.</summary>
/// <param name="Counts">Passages per split part.</param>
/// <param name="RoleDev">Role scores on the dev part.</param>
/// <param name="RoleTest">Role scores on the held-out test part.</param>
/// <param name="CategoryDev">Category scores on the dev part.</param>
/// <param name="CategoryTest">Category scores on the held-out test part.</param>
/// <param name="TrainTime">Time to train both models.</param>
/// <param name="PredictMicroseconds">Mean time to classify one passage (role and category).</param>
public sealed record TrainingReport(
    IReadOnlyDictionary<SplitPart, int> Counts,
    ClassificationScores RoleDev,
    ClassificationScores RoleTest,
    ClassificationScores CategoryDev,
    ClassificationScores CategoryTest,
    TimeSpan TrainTime,
    double PredictMicroseconds);

/// <summary>
/// Trains the role and category models on the training part of the corpus, scores the combined classifier
/// (models and rules) on dev and on the held-out test part, and saves the models.
/// </summary>
public static class ClassifierTrainer
{
    /// <summary>Trains from <paramref name="passages"/> and writes role.zip and category.zip into <paramref name="outputFolder"/>.</summary>
    public static TrainingReport Train(IReadOnlyList<CorpusPassage> passages, Segmenter segmenter, Taxonomy taxonomy, string outputFolder)
    {
        ArgumentNullException.ThrowIfNull(passages);
        Validate(passages, taxonomy);
        var featurizer = new PassageFeaturizer(segmenter, taxonomy);
        var parts = passages.GroupBy(p => CorpusSplit.Of(p.Document)).ToDictionary(g => g.Key, g => g.ToList());
        var train = parts.GetValueOrDefault(SplitPart.Train) ?? [];
        var dev = parts.GetValueOrDefault(SplitPart.Dev) ?? [];
        var test = parts.GetValueOrDefault(SplitPart.Test) ?? [];

        var ml = new MLContext(ModelPipeline.Seed);
        var schema = ModelPipeline.Schema(featurizer.CueCount);
        var clock = Stopwatch.StartNew();
        var trainRows = train.Select(p => featurizer.Featurize(p.Text)).ToList();
        ITransformer Fit(Func<CorpusPassage, string> label)
        {
            var rows = trainRows.Select((r, i) => new PassageRow { Text = r.Text, Tokens = r.Tokens, Cues = r.Cues, Label = label(train[i]) });
            return ModelPipeline.Build(ml).Fit(ml.Data.LoadFromEnumerable(rows, schema));
        }

        var roleModel = Fit(p => p.Role);
        var categoryModel = Fit(p => p.Category);
        var trainTime = clock.Elapsed;

        Directory.CreateDirectory(outputFolder);
        var data = ml.Data.LoadFromEnumerable(trainRows.Take(1), schema);
        Save(ml, roleModel, data, Path.Combine(outputFolder, "role.zip"));
        Save(ml, categoryModel, data, Path.Combine(outputFolder, "category.zip"));

        using var classifier = new PassageClassifier(featurizer, ml, roleModel, categoryModel);
        var roles = taxonomy.Roles.Select(r => r.Id).ToList();
        var categories = taxonomy.Categories.Select(c => c.Id).ToList();
        clock.Restart();
        var devPredictions = dev.Select(p => classifier.Classify(p.Text)).ToList();
        var testPredictions = test.Select(p => classifier.Classify(p.Text)).ToList();
        var predictMicroseconds = clock.Elapsed.TotalMicroseconds / Math.Max(1, dev.Count + test.Count);

        return new TrainingReport(
            new Dictionary<SplitPart, int> { [SplitPart.Train] = train.Count, [SplitPart.Dev] = dev.Count, [SplitPart.Test] = test.Count },
            ClassificationScores.Compute([.. dev.Select(p => p.Role)], [.. devPredictions.Select(p => p.Role)], roles),
            ClassificationScores.Compute([.. test.Select(p => p.Role)], [.. testPredictions.Select(p => p.Role)], roles),
            ClassificationScores.Compute([.. dev.Select(p => p.Category)], [.. devPredictions.Select(p => p.Category)], categories),
            ClassificationScores.Compute([.. test.Select(p => p.Category)], [.. testPredictions.Select(p => p.Category)], categories),
            trainTime,
            predictMicroseconds);
    }

    /// <summary>Scores the saved classifier on the held-out part: what a test checks against the thresholds.</summary>
    public static (ClassificationScores Role, ClassificationScores Category) Evaluate(PassageClassifier classifier, IReadOnlyList<CorpusPassage> passages, Taxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(taxonomy);
        var test = passages.Where(p => CorpusSplit.Of(p.Document) == SplitPart.Test).ToList();
        var predictions = test.Select(p => classifier.Classify(p.Text)).ToList();
        return (
            ClassificationScores.Compute([.. test.Select(p => p.Role)], [.. predictions.Select(p => p.Role)], taxonomy.Roles.Select(r => r.Id)),
            ClassificationScores.Compute([.. test.Select(p => p.Category)], [.. predictions.Select(p => p.Category)], taxonomy.Categories.Select(c => c.Id)));
    }

    private static void Save(MLContext ml, ITransformer model, IDataView data, string path)
    {
        var temporary = path + ".tmp";
        ml.Model.Save(model, data.Schema, temporary);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Every passage's role and category must be in the taxonomy, and ids unique.</summary>
    private static void Validate(IReadOnlyList<CorpusPassage> passages, Taxonomy taxonomy)
    {
        var roles = taxonomy.Roles.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var categories = taxonomy.Categories.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in passages)
        {
            if (!roles.Contains(p.Role) || !categories.Contains(p.Category) || !ids.Add(p.Id))
            {
                throw new InvalidDataException($"corpus passage {p.Id}: unknown role \"{p.Role}\" or category \"{p.Category}\", or a repeated id");
            }
        }
    }
}
