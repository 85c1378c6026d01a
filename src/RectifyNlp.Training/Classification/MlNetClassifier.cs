using Microsoft.ML;
using Microsoft.ML.Data;
using RectifyNlp.Nlp.Classification;

namespace RectifyNlp.Training.Classification;

/// <summary>
/// A <see cref="PassageClassifier"/> over ML.NET models as trained, scored by ML.NET's prediction engine (one per
/// thread): what training scores its models with before they are exported, and what the tests compare the exported
/// scorers against.
/// </summary>
public static class MlNetClassifier
{
    /// <summary>A classifier over two trained models.</summary>
    public static PassageClassifier Create(PassageFeaturizer featurizer, MLContext ml, ITransformer roleModel, ITransformer categoryModel)
    {
        ArgumentNullException.ThrowIfNull(featurizer);
        return new PassageClassifier(featurizer, new EngineModel(ml, roleModel, featurizer.CueCount), new EngineModel(ml, categoryModel, featurizer.CueCount));
    }

    /// <summary>A classifier over the role.zip and category.zip of <paramref name="folder"/>.</summary>
    public static PassageClassifier Load(PassageFeaturizer featurizer, string folder)
    {
        var ml = new MLContext(ModelPipeline.Seed);
        return Create(featurizer, ml, ml.Model.Load(Path.Combine(folder, "role.zip"), out _), ml.Model.Load(Path.Combine(folder, "category.zip"), out _));
    }

    private sealed class EngineModel(MLContext ml, ITransformer model, int cueCount) : IPassageModel, IDisposable
    {
        private readonly ThreadLocal<Engine> _engine = new(() => new Engine(ml.Model.CreatePredictionEngine<ModelInput, ModelOutput>(model, inputSchemaDefinition: ModelPipeline.Schema(cueCount))));

        public (string Label, double Probability, Dictionary<string, double> Scores) Predict(PassageRow row) => _engine.Value!.Predict(row);

        public void Dispose() => _engine.Dispose();
    }

    private sealed class Engine(PredictionEngine<ModelInput, ModelOutput> engine)
    {
        private readonly string[] _labels = SlotNames(engine);

        public (string Label, double Probability, Dictionary<string, double> Scores) Predict(PassageRow row)
        {
            var output = engine.Predict(ModelInput.From(row));
            var scores = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var i = 0; i < _labels.Length && i < output.Score.Length; i++)
            {
                scores[_labels[i]] = output.Score[i];
            }

            return (output.PredictedLabel, scores.GetValueOrDefault(output.PredictedLabel), scores);
        }

        private static string[] SlotNames(PredictionEngine<ModelInput, ModelOutput> engine)
        {
            VBuffer<ReadOnlyMemory<char>> names = default;
            engine.OutputSchema["Score"].GetSlotNames(ref names);
            return [.. names.DenseValues().Select(n => n.ToString())];
        }
    }
}
