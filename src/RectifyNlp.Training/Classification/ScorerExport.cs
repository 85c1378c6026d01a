using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using RectifyNlp.Nlp.Classification;

namespace RectifyNlp.Training.Classification;

/// <summary>
/// Exports the maximum-entropy models <see cref="ModelPipeline"/> trains to the <see cref="LinearScorer"/> files the
/// analysis loads (<c>role.scorer</c>, <c>category.scorer</c>): the word and character n-gram vocabularies ML.NET
/// learned, the weights and biases, and the SHA-256 of the .zip they came from.
/// </summary>
public static class ScorerExport
{
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
            Export(ml, ml.Model.Load(zip, out _), LinearScorer.HashOf(zip), cueCount).Save(Path.Combine(folder, name + ".scorer"));
        }
    }

    /// <summary>Exports a model trained by <see cref="ModelPipeline"/>.</summary>
    internal static LinearScorer Export(MLContext ml, ITransformer model, string sourceHash, int cueCount)
    {
        ArgumentNullException.ThrowIfNull(ml);
        var chain = (TransformerChain<ITransformer>)model;
        var predictor = chain.OfType<ISingleFeaturePredictionTransformer<object>>().Single();
        var parameters = (MaximumEntropyModelParameters)predictor.Model;
        VBuffer<float>[] weights = [];
        parameters.GetWeights(ref weights, out var classes);
        var biases = parameters.GetBiases().ToArray();

        var schema = ModelPipeline.Schema(cueCount);
        var probe = ml.Data.LoadFromEnumerable([new ModelInput { Text = "。", Tokens = "。", Cues = new float[cueCount] }], schema);
        var output = model.Transform(probe).Schema;
        var wordNames = SlotNames(output["WordFeatures"]);
        var charNames = SlotNames(output["CharFeatures"]);
        var labels = SlotNames(output["Score"]);

        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < wordNames.Length; i++)
        {
            words[wordNames[i]] = i;
        }

        var chars = new Dictionary<ulong, int>();
        for (var i = 0; i < charNames.Length; i++)
        {
            chars[LinearScorer.CharKey(LinearScorer.SlotCharacters(charNames[i]))] = wordNames.Length + i;
        }

        var dimension = wordNames.Length + charNames.Length + cueCount;
        var dense = new float[dimension * classes];
        for (var c = 0; c < classes; c++)
        {
            foreach (var (index, value) in weights[c].Items())
            {
                dense[(index * classes) + c] = value;
            }
        }

        return new LinearScorer(sourceHash, labels, words, chars, wordNames.Length, wordNames.Length + charNames.Length, cueCount, dense, biases);
    }

    private static string[] SlotNames(DataViewSchema.Column column)
    {
        VBuffer<ReadOnlyMemory<char>> names = default;
        column.GetSlotNames(ref names);
        return [.. names.DenseValues().Select(n => n.ToString())];
    }
}
