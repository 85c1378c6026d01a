using JiebaNet.Segmenter;
using RectifyNlp.Nlp.Lexicon;

namespace RectifyNlp.Nlp.Segmentation;

/// <summary>
/// jieba.NET itself (precise mode, HMM on), kept as the reference <see cref="PreciseSegmenter"/> is tested
/// against and as an engine to compare speed with. jieba.NET's dictionary is process-wide and unlocked:
/// the user words are added once, at creation, before any cut, and a process holds one variant only.
/// </summary>
public sealed class JiebaNetReference
{
    private static readonly Lock Gate = new();
    private static JiebaNetReference? s_instance;
    private readonly JiebaSegmenter _segmenter;

    private JiebaNetReference(IReadOnlyCollection<LexiconEntry> userWords)
    {
        _segmenter = new JiebaSegmenter();
        foreach (var entry in userWords)
        {
            _segmenter.AddWord(entry.Word, (int)Math.Min(entry.Frequency, int.MaxValue), entry.Tag);
        }

        UserWordCount = userWords.Count;
        _ = _segmenter.Cut("预热").ToList();
    }

    /// <summary>How many user words were added.</summary>
    public int UserWordCount { get; }

    /// <summary>The process's jieba.NET, created with <paramref name="userWords"/> on first use.</summary>
    /// <exception cref="InvalidOperationException">It was already created with other user words.</exception>
    public static JiebaNetReference Get(IReadOnlyCollection<LexiconEntry> userWords)
    {
        ArgumentNullException.ThrowIfNull(userWords);
        lock (Gate)
        {
            s_instance ??= new JiebaNetReference(userWords);
            if (s_instance.UserWordCount != userWords.Count)
            {
                throw new InvalidOperationException("jieba.NET's dictionary is process-wide: this process already loaded it with other user words.");
            }

            return s_instance;
        }
    }

    /// <summary>Adds the user words to the already-created reference (jieba's <c>add_word</c>, before any concurrent use).</summary>
    public static JiebaNetReference Extend(IReadOnlyCollection<LexiconEntry> userWords)
    {
        ArgumentNullException.ThrowIfNull(userWords);
        lock (Gate)
        {
            var previous = s_instance ?? new JiebaNetReference([]);
            foreach (var entry in userWords)
            {
                previous._segmenter.AddWord(entry.Word, (int)Math.Min(entry.Frequency, int.MaxValue), entry.Tag);
            }

            s_instance = new JiebaNetReference(previous._segmenter, previous.UserWordCount + userWords.Count);
            return s_instance;
        }
    }

    private JiebaNetReference(JiebaSegmenter segmenter, int userWords)
    {
        _segmenter = segmenter;
        UserWordCount = userWords;
    }

    /// <summary>jieba.NET's words for <paramref name="text"/>, whitespace left out.</summary>
    public IEnumerable<string> Cut(string text) => _segmenter.Cut(text, cutAll: false, hmm: true).Where(w => !string.IsNullOrWhiteSpace(w));
}
