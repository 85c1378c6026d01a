using RectifyNlp.Nlp.Segmentation;

namespace RectifyNlp.Nlp.Classification;

/// <summary>
/// Classifies a passage's role and category with the trained models under models/classifiers, combined with
/// the taxonomy's role rules: a rule that fires decides the role unless the model is very sure
/// (≥ <see cref="ModelOverridesRule"/>) of another. Each model is scored by its exported
/// <see cref="LinearScorer"/> (<c>role.scorer</c>, <c>category.scorer</c>), exported from the very .zip beside it
/// (the training project, RectifyNlp.Training, trains the .zip models and exports them; ML.NET is not needed here).
/// Thread-safe.
/// </summary>
public sealed class PassageClassifier : IDisposable
{
    /// <summary>How sure the model must be to overrule a rule.</summary>
    public const double ModelOverridesRule = 0.9;

    private readonly PassageFeaturizer _featurizer;
    private readonly IPassageModel _role;
    private readonly IPassageModel _category;

    /// <summary>Creates a classifier from two models (the training project's ML.NET models, for scoring what it trains).</summary>
    internal PassageClassifier(PassageFeaturizer featurizer, IPassageModel role, IPassageModel category)
    {
        _featurizer = featurizer ?? throw new ArgumentNullException(nameof(featurizer));
        _role = role;
        _category = category;
    }

    /// <summary>The taxonomy the models label with.</summary>
    public Taxonomy Taxonomy => _featurizer.Taxonomy;

    /// <summary>How the models are scored: "scorer" (both exported) or "ML.NET" (models being trained).</summary>
    public string Scoring => _role is ScorerModel && _category is ScorerModel ? "scorer" : "ML.NET";

    /// <summary>Loads the models of models/classifiers with the segmenter and taxonomy of <paramref name="paths"/>.</summary>
    /// <exception cref="FileNotFoundException">The models have not been trained (run <c>rectify train</c>).</exception>
    /// <exception cref="ModelsNotFoundException">A scorer is missing or was not exported from its .zip (run <c>rectify train --export</c>).</exception>
    public static PassageClassifier Load(ModelPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var folder = Path.Combine(paths.ModelsDirectory, "classifiers");
        var featurizer = new PassageFeaturizer(Segmenter.Get(paths), Taxonomy.Load(Path.Combine(paths.ModelsDirectory, "taxonomy")));
        return new PassageClassifier(featurizer, LoadScorer(folder, "role"), LoadScorer(folder, "category"));
    }

    // The exported scorer of a model, which must have been exported from the very .zip beside it: the .zip is the
    // source of truth, and ML.NET, which could score the .zip itself, is not part of the analysis.
    private static ScorerModel LoadScorer(string folder, string name)
    {
        var zip = Path.Combine(folder, name + ".zip");
        var scorer = Path.Combine(folder, name + ".scorer");
        if (!File.Exists(zip))
        {
            throw new FileNotFoundException($"{zip} not found: run `rectify train`", zip);
        }

        var exported = File.Exists(scorer) ? LinearScorer.Load(scorer) : null;
        if (exported is null || exported.SourceHash != LinearScorer.HashOf(zip))
        {
            throw new ModelsNotFoundException($"模型 {name}.scorer 缺失，或不是由旁边的 {name}.zip 导出的（{folder}）：请在仓库目录中运行 rectify train --export 重新导出");
        }

        return new ScorerModel(exported);
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

    /// <summary>The category of a prepared passage without the keywords that signal it (<see cref="ClassifyCategory(PassageRow)"/>'s signal): for an analysis, which uses the category alone.</summary>
    public (string Category, double Confidence) CategoryOf(PassageRow row)
    {
        var (category, confidence, _) = _category.Predict(row ?? throw new ArgumentNullException(nameof(row)));
        return (category, confidence);
    }

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

    private sealed class ScorerModel(LinearScorer scorer) : IPassageModel
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
}
