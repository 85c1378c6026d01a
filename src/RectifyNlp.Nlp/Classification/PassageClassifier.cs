using Microsoft.ML;
using Microsoft.ML.Data;
using RectifyNlp.Nlp.Segmentation;

namespace RectifyNlp.Nlp.Classification;

/// <summary>
/// Classifies a passage's role and category with the trained models under models/classifiers, combined with
/// the taxonomy's role rules: a rule that fires decides the role unless the model is very sure
/// (≥ <see cref="ModelOverridesRule"/>) of another. Thread-safe: each thread gets its own prediction engines.
/// </summary>
public sealed class PassageClassifier : IDisposable
{
    /// <summary>How sure the model must be to overrule a rule.</summary>
    public const double ModelOverridesRule = 0.9;

    private readonly PassageFeaturizer _featurizer;
    private readonly ThreadLocal<Engine> _role;
    private readonly ThreadLocal<Engine> _category;

    /// <summary>Creates a classifier from trained models.</summary>
    public PassageClassifier(PassageFeaturizer featurizer, MLContext ml, ITransformer roleModel, ITransformer categoryModel)
    {
        _featurizer = featurizer ?? throw new ArgumentNullException(nameof(featurizer));
        ArgumentNullException.ThrowIfNull(ml);
        var schema = ModelPipeline.Schema(featurizer.CueCount);
        _role = new ThreadLocal<Engine>(() => new Engine(ml.Model.CreatePredictionEngine<PassageRow, ModelOutput>(roleModel, inputSchemaDefinition: schema)));
        _category = new ThreadLocal<Engine>(() => new Engine(ml.Model.CreatePredictionEngine<PassageRow, ModelOutput>(categoryModel, inputSchemaDefinition: schema)));
    }

    /// <summary>Loads the models of models/classifiers with the segmenter and taxonomy of <paramref name="paths"/>.</summary>
    /// <exception cref="FileNotFoundException">The models have not been trained (run <c>rectify train</c>).</exception>
    public static PassageClassifier Load(ModelPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var ml = new MLContext(ModelPipeline.Seed);
        var folder = Path.Combine(paths.ModelsDirectory, "classifiers");
        var role = ml.Model.Load(Path.Combine(folder, "role.zip"), out _);
        var category = ml.Model.Load(Path.Combine(folder, "category.zip"), out _);
        var featurizer = new PassageFeaturizer(Segmenter.Get(paths), Taxonomy.Load(Path.Combine(paths.ModelsDirectory, "taxonomy")));
        return new PassageClassifier(featurizer, ml, role, category);
    }

    /// <summary>The role and category of <paramref name="text"/>.</summary>
    public PassagePrediction Classify(string text)
    {
        var row = _featurizer.Featurize(text);
        var (role, roleP, roleScores) = _role.Value!.Predict(row);
        var roleSignal = "model";
        var rule = _featurizer.Taxonomy.Rules.FirstOrDefault(r => r.Fires(row.Text));
        if (rule is not null)
        {
            if (rule.Role == role)
            {
                roleSignal = $"rule:{rule.Name}+model";
            }
            else if (roleP < ModelOverridesRule)
            {
                role = rule.Role;
                roleP = Math.Max(roleScores.GetValueOrDefault(rule.Role), ModelOverridesRule);
                roleSignal = $"rule:{rule.Name}";
            }
            else
            {
                roleSignal = $"model (over rule:{rule.Name})";
            }
        }

        var (category, categoryP, _) = _category.Value!.Predict(row);
        var keywords = _featurizer.Taxonomy.Categories.FirstOrDefault(c => c.Id == category)?.Keywords.Where(k => row.Text.Contains(k, StringComparison.Ordinal)).ToList() ?? [];
        var categorySignal = keywords.Count > 0 ? $"model; keywords: {string.Join('、', keywords)}" : "model";
        return new PassagePrediction(role, roleP, roleSignal, category, categoryP, categorySignal);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _role.Dispose();
        _category.Dispose();
    }

    private sealed class Engine(PredictionEngine<PassageRow, ModelOutput> engine)
    {
        private readonly string[] _labels = SlotNames(engine);

        public (string Label, double Probability, Dictionary<string, double> Scores) Predict(PassageRow row)
        {
            var output = engine.Predict(row);
            var scores = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var i = 0; i < _labels.Length && i < output.Score.Length; i++)
            {
                scores[_labels[i]] = output.Score[i];
            }

            return (output.PredictedLabel, scores.GetValueOrDefault(output.PredictedLabel), scores);
        }

        private static string[] SlotNames(PredictionEngine<PassageRow, ModelOutput> engine)
        {
            VBuffer<ReadOnlyMemory<char>> names = default;
            engine.OutputSchema["Score"].GetSlotNames(ref names);
            return [.. names.DenseValues().Select(n => n.ToString())];
        }
    }
}
