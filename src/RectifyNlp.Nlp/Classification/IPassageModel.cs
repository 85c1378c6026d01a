namespace RectifyNlp.Nlp.Classification;

/// <summary>
/// One trained model (role or category) as the classifier uses it: the exported <see cref="LinearScorer"/> in the
/// analysis, ML.NET's prediction engine in the training project.
/// </summary>
internal interface IPassageModel
{
    /// <summary>The most probable label, its probability, and every label's.</summary>
    (string Label, double Probability, Dictionary<string, double> Scores) Predict(PassageRow row);
}
