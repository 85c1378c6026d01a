using RectifyNlp.Core.Documents;

namespace RectifyNlp.Core.Normalization;

/// <summary>The normalisation stage: a reader's document in, the text used for matching out.</summary>
public interface ITextNormalizer
{
    /// <summary>Normalises <paramref name="document"/>.</summary>
    NormalizedText Normalize(RawDocument document);
}
