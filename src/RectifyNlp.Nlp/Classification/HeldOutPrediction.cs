namespace RectifyNlp.Nlp.Classification;

/// <summary>
/// A held-out passage with what the final classifier said of it: what calibration and the mistakes are read
/// from (a notebook plots how often each confidence band is right).
/// </summary>
/// <param name="Passage">The passage, with its gold role and category.</param>
/// <param name="Prediction">The classifier's role and category, each with its confidence.</param>
public sealed record HeldOutPrediction(CorpusPassage Passage, PassagePrediction Prediction);
