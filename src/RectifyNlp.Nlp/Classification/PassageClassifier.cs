using Microsoft.ML;
using Microsoft.ML.Data;
using RectifyNlp.Nlp.Segmentation;

namespace RectifyNlp.Nlp.Classification;

/// <summary>
/// Classifies a passage's role and category with the trained models under models/classifiers, combined with
/// the taxonomy's role rules: a rule that fires decides the role unless the model is very sure
/// (≥ <see cref="ModelOverridesRule"/>) of another. Each model is scored by its exported
/// <see cref="LinearScorer"/> (<c>role.scorer</c>, <c>category.scorer</c>) when that was exported from the
/// very .zip beside it, else by ML.NET's prediction engine (one per thread). Thread-safe.
/// </summary>
public sealed class PassageClassifier : IDisposable
{
    /// <summary>How sure the model must be to overrule a rule.</summary>
    public const double ModelOverridesRule = 0.9;

    private readonly PassageFeaturizer _featurizer;
    private readonly IModel _role;
    private readonly IModel _category;

    /// <summary>Creates a classifier from trained models, scored by ML.NET.</summary>
    public PassageClassifier(PassageFeaturizer featurizer, MLContext ml, ITransformer roleModel, ITransformer categoryModel)
        : this(featurizer, new EngineModel(ml, roleModel, featurizer.CueCount), new EngineModel(ml, categoryModel, featurizer.CueCount))
    {
    }

    private PassageClassifier(PassageFeaturizer featurizer, IModel role, IModel category)
    {
        _featurizer = featurizer ?? throw new ArgumentNullException(nameof(featurizer));
        _role = role;
        _category = category;
    }

    /// <summary>How the models are scored: "scorer" (both exported) or "ML.NET".</summary>
    public string Scoring => _role is ScorerModel && _category is ScorerModel ? "scorer" : "ML.NET";

    /// <summary>Loads the models of models/classifiers with the segmenter and taxonomy of <paramref name="paths"/>.</summary>
    /// <exception cref="FileNotFoundException">The models have not been trained (run <c>rectify train</c>).</exception>
    public static PassageClassifier Load(ModelPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var folder = Path.Combine(paths.ModelsDirectory, "classifiers");
        var featurizer = new PassageFeaturizer(Segmenter.Get(paths), Taxonomy.Load(Path.Combine(paths.ModelsDirectory, "taxonomy")));
        var role = LoadScorer(folder, "role");
        var category = LoadScorer(folder, "category");
        return role is not null && category is not null
            ? new PassageClassifier(featurizer, role, category)
            : LoadWithEngine(featurizer, folder, role, category);
    }

    // The exported scorer of a model when it was exported from the very .zip beside it, else null.
    private static ScorerModel? LoadScorer(string folder, string name)
    {
        var zip = Path.Combine(folder, name + ".zip");
        var scorer = Path.Combine(folder, name + ".scorer");
        if (!File.Exists(zip))
        {
            throw new FileNotFoundException($"{zip} not found: run `rectify train`", zip);
        }

        if (File.Exists(scorer))
        {
            var exported = LinearScorer.Load(scorer);
            if (exported.SourceHash == LinearScorer.HashOf(zip))
            {
                return new ScorerModel(exported);
            }
        }

        return null;
    }

    // ML.NET for a model whose scorer is missing or stale. A method of its own so that ML.NET's assemblies are
    // loaded only then: with both scorers current, a cold analysis never touches them.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static PassageClassifier LoadWithEngine(PassageFeaturizer featurizer, string folder, ScorerModel? role, ScorerModel? category)
    {
        var ml = new MLContext(ModelPipeline.Seed);
        IModel Engine(string name) => new EngineModel(ml, ml.Model.Load(Path.Combine(folder, name + ".zip"), out _), featurizer.CueCount);
        return new PassageClassifier(featurizer, role ?? Engine("role"), category ?? Engine("category"));
    }

    /// <summary>
    /// Exports <c>role.scorer</c> and <c>category.scorer</c> from the .zip models of <paramref name="folder"/>
    /// (done by <c>rectify train</c>; <c>rectify train --export</c> redoes it for models trained elsewhere).
    /// </summary>
    public static void ExportScorers(string folder, int cueCount)
    {
        var ml = new MLContext(ModelPipeline.Seed);
        foreach (var name in new[] { "role", "category" })
        {
            var zip = Path.Combine(folder, name + ".zip");
            LinearScorer.Export(ml, ml.Model.Load(zip, out _), LinearScorer.HashOf(zip), cueCount).Save(Path.Combine(folder, name + ".scorer"));
        }
    }

    /// <summary>The raw class probabilities of both models for <paramref name="text"/> (for checking a scorer against ML.NET).</summary>
    internal (Dictionary<string, double> Role, Dictionary<string, double> Category) Probabilities(string text)
    {
        var row = _featurizer.Featurize(text);
        return (_role.Predict(row).Scores, _category.Predict(row).Scores);
    }

    /// <summary>The role and category of <paramref name="text"/>.</summary>
    public PassagePrediction Classify(string text)
    {
        var row = _featurizer.Featurize(text);
        var (role, roleP, roleSignal) = Role(row);
        var (category, categoryP, categorySignal) = Category(row);
        return new PassagePrediction(role, roleP, roleSignal, category, categoryP, categorySignal);
    }

    /// <summary>
    /// The features of <paramref name="text"/>, to classify with <see cref="ClassifyRole(PassageRow)"/> or
    /// <see cref="ClassifyCategory(PassageRow)"/>; <see cref="PassageRow.Tokens"/> holds its words.
    /// </summary>
    /// <param name="text">The passage.</param>
    /// <param name="normalized">Whether it is a slice of a parsed document's normalised text (saves normalising it again).</param>
    public PassageRow Prepare(string text, bool normalized = false) => _featurizer.Featurize(text, normalized: normalized);

    /// <summary>The role of a prepared passage.</summary>
    public (string Role, double Confidence, string Signal) ClassifyRole(PassageRow row) => Role(row ?? throw new ArgumentNullException(nameof(row)));

    /// <summary>The category of a prepared passage.</summary>
    public (string Category, double Confidence, string Signal) ClassifyCategory(PassageRow row) => Category(row ?? throw new ArgumentNullException(nameof(row)));

    /// <summary>The role of <paramref name="text"/> alone (half the work of <see cref="Classify"/>).</summary>
    /// <param name="text">The passage.</param>
    /// <param name="normalized">Whether it is a slice of a parsed document's normalised text (saves normalising it again).</param>
    public (string Role, double Confidence, string Signal) ClassifyRole(string text, bool normalized = false) => Role(_featurizer.Featurize(text, normalized: normalized));

    /// <summary>The category of <paramref name="text"/> alone (half the work of <see cref="Classify"/>).</summary>
    /// <param name="text">The passage.</param>
    /// <param name="normalized">Whether it is a slice of a parsed document's normalised text.</param>
    public (string Category, double Confidence, string Signal) ClassifyCategory(string text, bool normalized = false) => Category(_featurizer.Featurize(text, normalized: normalized));

    private (string Role, double Confidence, string Signal) Role(PassageRow row)
    {
        var (role, roleP, roleScores) = _role.Predict(row);
        var roleSignal = "model";
        var rule = row.FiredRule;
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

        return (role, roleP, roleSignal);
    }

    private (string Category, double Confidence, string Signal) Category(PassageRow row)
    {
        var (category, categoryP, _) = _category.Predict(row);
        var keywords = _featurizer.Taxonomy.Categories.FirstOrDefault(c => c.Id == category)?.Keywords.Where(k => row.Text.Contains(k, StringComparison.Ordinal)).ToList() ?? [];
        var categorySignal = keywords.Count > 0 ? $"model; keywords: {string.Join('、', keywords)}" : "model";
        return (category, categoryP, categorySignal);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        (_role as IDisposable)?.Dispose();
        (_category as IDisposable)?.Dispose();
    }

    private interface IModel
    {
        (string Label, double Probability, Dictionary<string, double> Scores) Predict(PassageRow row);
    }

    private sealed class ScorerModel(LinearScorer scorer) : IModel
    {
        public (string Label, double Probability, Dictionary<string, double> Scores) Predict(PassageRow row)
        {
            var probabilities = scorer.Score(row);
            var scores = new Dictionary<string, double>(probabilities.Length, StringComparer.Ordinal);
            var best = 0;
            for (var i = 0; i < probabilities.Length; i++)
            {
                scores[scorer.Labels[i]] = probabilities[i];
                if (probabilities[i] > probabilities[best])
                {
                    best = i;
                }
            }

            return (scorer.Labels[best], probabilities[best], scores);
        }
    }

    private sealed class EngineModel(MLContext ml, ITransformer model, int cueCount) : IModel, IDisposable
    {
        private readonly ThreadLocal<Engine> _engine = new(() => new Engine(ml.Model.CreatePredictionEngine<PassageRow, ModelOutput>(model, inputSchemaDefinition: ModelPipeline.Schema(cueCount))));

        public (string Label, double Probability, Dictionary<string, double> Scores) Predict(PassageRow row) => _engine.Value!.Predict(row);

        public void Dispose() => _engine.Dispose();
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
