using System.Text;

namespace RectifyNlp.Nlp.Classification;

/// <summary>Which part of the corpus a passage belongs to.</summary>
public enum SplitPart
{
    /// <summary>Training.</summary>
    Train,

    /// <summary>Development: for tuning.</summary>
    Dev,

    /// <summary>Held out: scored once, never tuned on.</summary>
    Test,
}

/// <summary>
/// The split by document, not by passage, so that near-duplicate passages of one document never sit on
/// both sides: a stable hash of the document id (FNV-1a over its UTF-8 bytes) modulo 7 sends five sevenths
/// of the documents to training, one seventh to dev and one seventh to the held-out test part. Adding a
/// document moves no other.
/// </summary>
public static class CorpusSplit
{
    /// <summary>The part of <paramref name="document"/>.</summary>
    public static SplitPart Of(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(document))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (hash % 7) switch
        {
            5 => SplitPart.Dev,
            6 => SplitPart.Test,
            _ => SplitPart.Train,
        };
    }
}
