using System.Diagnostics;
using Microsoft.ML;
using RectifyNlp.Nlp.Classification;
using RectifyNlp.Nlp.Segmentation;

namespace RectifyNlp.Training.Classification;

/// <summary>The outcome of <c>rectify train</c>.</summary>
/// <param name="Counts">Passages per split part.</param>
/// <param name="RoleDev">Role scores on the dev part.</param>
/// <param name="RoleTest">Role scores on the held-out test part.</param>
/// <param name="CategoryDev">Category scores on the dev part.</param>
/// <param name="CategoryTest">Category scores on the held-out test part.</param>
/// <param name="TrainTime">Time to train the models (both fits of both models).</param>
/// <param name="PredictMicroseconds">Mean time to classify one passage (role and category).</param>
/// <param name="DevMistakes">The dev passages the classifier got wrong, most confident first: what to look at when tuning.</param>
/// <param name="TestPredictions">Every held-out passage with the final classifier's prediction, in corpus order.</param>
public sealed record TrainingReport(
    IReadOnlyDictionary<SplitPart, int> Counts,
    ClassificationScores RoleDev,
    ClassificationScores RoleTest,
    ClassificationScores CategoryDev,
    ClassificationScores CategoryTest,
    TimeSpan TrainTime,
    double PredictMicroseconds,
    IReadOnlyList<Mistake> DevMistakes,
    IReadOnlyList<HeldOutPrediction> TestPredictions);

/// <summary>A passage the classifier got wrong.</summary>
/// <param name="Text">The passage.</param>
/// <param name="Task">role or category.</param>
/// <param name="Gold">The label in the corpus.</param>
/// <param name="Predicted">What the classifier said.</param>
/// <param name="Confidence">How sure it was.</param>
public sealed record Mistake(string Text, string Task, string Gold, string Predicted, double Confidence);

/// <summary>
/// Trains the role and category models and scores the combined classifier (models and rules): fit on the
/// training part and scored on dev (for tuning), then fit on training and dev together, saved, and scored
/// once on the held-out test part.
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
        var rows = passages.ToDictionary(p => p.Id, p => featurizer.Featurize(p.Text), StringComparer.Ordinal);
        (ITransformer Role, ITransformer Category) Fit(List<CorpusPassage> part)
        {
            ITransformer FitOne(Func<CorpusPassage, string> label) => ModelPipeline.Build(ml).Fit(ml.Data.LoadFromEnumerable(
                part.Select(p => ModelInput.From(rows[p.Id], label(p))), schema));
            return (FitOne(p => p.Role), FitOne(p => p.Category));
        }

        // 1. Models fit on the training part are scored on dev: the figures to tune by.
        var roles = taxonomy.Roles.Select(r => r.Id).ToList();
        var categories = taxonomy.Categories.Select(c => c.Id).ToList();
        var clock = Stopwatch.StartNew();
        var tuning = Fit(train);
        List<PassagePrediction> devPredictions;
        using (var devClassifier = MlNetClassifier.Create(featurizer, ml, tuning.Role, tuning.Category))
        {
            devPredictions = [.. dev.Select(p => devClassifier.Classify(p.Text))];
        }

        // 2. The final models are fit on training and dev together, then scored once on the held-out part.
        var (roleModel, categoryModel) = Fit([.. train, .. dev]);
        var trainTime = clock.Elapsed;
        Directory.CreateDirectory(outputFolder);
        var data = ml.Data.LoadFromEnumerable(rows.Values.Take(1).Select(r => ModelInput.From(r)), schema);
        Save(ml, roleModel, data, Path.Combine(outputFolder, "role.zip"));
        Save(ml, categoryModel, data, Path.Combine(outputFolder, "category.zip"));
        ScorerExport.ExportScorers(outputFolder, featurizer.CueCount);

        using var classifier = MlNetClassifier.Create(featurizer, ml, roleModel, categoryModel);
        clock.Restart();
        var testPredictions = test.Select(p => classifier.Classify(p.Text)).ToList();
        var predictMicroseconds = clock.Elapsed.TotalMicroseconds / Math.Max(1, test.Count);

        return new TrainingReport(
            new Dictionary<SplitPart, int> { [SplitPart.Train] = train.Count, [SplitPart.Dev] = dev.Count, [SplitPart.Test] = test.Count },
            ClassificationScores.Compute([.. dev.Select(p => p.Role)], [.. devPredictions.Select(p => p.Role)], roles),
            ClassificationScores.Compute([.. test.Select(p => p.Role)], [.. testPredictions.Select(p => p.Role)], roles),
            ClassificationScores.Compute([.. dev.Select(p => p.Category)], [.. devPredictions.Select(p => p.Category)], categories),
            ClassificationScores.Compute([.. test.Select(p => p.Category)], [.. testPredictions.Select(p => p.Category)], categories),
            trainTime,
            predictMicroseconds,
            [.. dev.Zip(devPredictions).SelectMany(x => new[]
                {
                    new Mistake(x.First.Text, "role", x.First.Role, x.Second.Role, x.Second.RoleConfidence),
                    new Mistake(x.First.Text, "category", x.First.Category, x.Second.Category, x.Second.CategoryConfidence),
                })
                .Where(m => m.Gold != m.Predicted)
                .OrderByDescending(m => m.Confidence)],
            [.. test.Zip(testPredictions, (p, prediction) => new HeldOutPrediction(p, prediction))]);
    }

    /// <summary>The name of the manifest, in the passages folder, of the frozen held-out part.</summary>
    public const string FrozenManifest = "HELDOUT";

    /// <summary>
    /// The split keys of the frozen held-out part (<see cref="FrozenManifest"/>: one key a line, # comments), whose test
    /// passages carry the targets; null when the folder has no manifest. Documents added later that the hash sends to
    /// the test part are held out too, but scored apart: a new register must not move the targets' part.
    /// </summary>
    /// <exception cref="InvalidDataException">A key listed is not in the test part.</exception>
    public static IReadOnlySet<string>? FrozenHeldOut(string passagesFolder)
    {
        var path = Path.Combine(passagesFolder, FrozenManifest);
        if (!File.Exists(path))
        {
            return null;
        }

        var keys = File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal);
        if (keys.FirstOrDefault(k => CorpusSplit.Of(k) != SplitPart.Test) is { } stray)
        {
            throw new InvalidDataException($"{path}: {stray} is not in the held-out part");
        }

        return keys;
    }

    /// <summary>
    /// Scores the saved classifier on the held-out part: what a test checks against the thresholds. With
    /// <paramref name="frozen"/>, on the passages of those split keys only (<paramref name="added"/> false) or on the
    /// held-out passages of the documents added since (true).
    /// </summary>
    public static (ClassificationScores Role, ClassificationScores Category) Evaluate(PassageClassifier classifier, IReadOnlyList<CorpusPassage> passages, Taxonomy taxonomy, IReadOnlySet<string>? frozen = null, bool added = false)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(taxonomy);
        var test = passages.Where(p => CorpusSplit.Of(p.Document) == SplitPart.Test && (frozen is null || frozen.Contains(CorpusSplit.GroupOf(p.Document)) != added)).ToList();
        var predictions = test.Select(p => classifier.Classify(p.Text)).ToList();
        return (
            ClassificationScores.Compute([.. test.Select(p => p.Role)], [.. predictions.Select(p => p.Role)], taxonomy.Roles.Select(r => r.Id)),
            ClassificationScores.Compute([.. test.Select(p => p.Category)], [.. predictions.Select(p => p.Category)], taxonomy.Categories.Select(c => c.Id)));
    }

    private static void Save(MLContext ml, ITransformer model, IDataView data, string path)
    {
        Core.IO.AtomicFile.Write(path, stream => ml.Model.Save(model, data.Schema, stream));
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
