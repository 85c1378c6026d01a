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
/// The split by document, not by passage, so that near-duplicate passages never sit on both sides. A
/// feedback and the report that answers it restate each other (关于“……”的问题), so they travel together:
/// the key is the document id without its <c>-fb</c>/<c>-rp</c> suffix (one pair, one unit). A stable hash
/// of the key (FNV-1a over its UTF-8 bytes) modulo 7 sends five sevenths to training, one seventh to dev
/// and one seventh to the held-out test part. Adding a document moves no other.
/// </summary>
public static class CorpusSplit
{
    /// <summary>The part of <paramref name="document"/>.</summary>
    public static SplitPart Of(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(GroupOf(document)))
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

    /// <summary>The split key of a document: its id without a trailing -fb or -rp.</summary>
    public static string GroupOf(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.EndsWith("-fb", StringComparison.Ordinal) || document.EndsWith("-rp", StringComparison.Ordinal) ? document[..^3] : document;
    }
}
