using System.Collections.Frozen;
using RectifyNlp.Core.Documents;
using RectifyNlp.Nlp.Keywords;
using RectifyNlp.Nlp.Segmentation;

namespace RectifyNlp.Analysis;

/// <summary>
/// Similarity of short texts: TF-IDF cosine over domain words (jieba with the domain lexicon, stopwords
/// and one-character words dropped, domain IDF), and character-bigram overlap for abbreviated headings
/// (科技经费被挪用问题 against 科技项目经费被挪用……).
/// </summary>
public sealed class TextSimilarity
{
    private readonly Segmenter _segmenter;
    private readonly IdfTable _idf;
    private readonly FrozenSet<string> _stopwords;

    /// <summary>Creates the measure over a segmenter, an IDF table and stopwords.</summary>
    public TextSimilarity(Segmenter segmenter, IdfTable idf, IReadOnlySet<string> stopwords)
    {
        _segmenter = segmenter ?? throw new ArgumentNullException(nameof(segmenter));
        _idf = idf ?? throw new ArgumentNullException(nameof(idf));
        _stopwords = (stopwords ?? throw new ArgumentNullException(nameof(stopwords))).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The L2-normalised TF-IDF vector of a text's content words.</summary>
    public WordVector Vector(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<TextSpan>();
        _segmenter.Cut(text, spans);
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var span in spans)
        {
            var word = span.Slice(text);
            if (KeywordExtractor.IsContentWord(word, _stopwords))
            {
                weights[word] = weights.GetValueOrDefault(word) + _idf[word];
            }
        }

        var norm = Math.Sqrt(weights.Values.Sum(w => w * w));
        if (norm > 0)
        {
            foreach (var key in weights.Keys.ToList())
            {
                weights[key] /= norm;
            }
        }

        return new WordVector(weights.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The share of <paramref name="part"/>'s character bigrams (ideographs, letters, digits) found in <paramref name="whole"/>.</summary>
    public static double BigramContainment(string part, string whole)
    {
        var a = Bigrams(part);
        if (a.Count == 0)
        {
            return 0;
        }

        var b = Bigrams(whole);
        return a.Count(b.Contains) / (double)a.Count;
    }

    /// <summary>Dice coefficient of two texts' character bigram sets.</summary>
    public static double BigramDice(string x, string y)
    {
        var a = Bigrams(x);
        var b = Bigrams(y);
        return a.Count + b.Count == 0 ? 0 : 2.0 * a.Count(b.Contains) / (a.Count + b.Count);
    }

    /// <summary>The set of adjacent character pairs of the text's letters, digits and ideographs.</summary>
    public static HashSet<(char, char)> Bigrams(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var set = new HashSet<(char, char)>();
        var previous = '\0';
        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c))
            {
                previous = '\0';
                continue;
            }

            if (previous != '\0')
            {
                set.Add((previous, c));
            }

            previous = c;
        }

        return set;
    }
}

/// <summary>A sparse L2-normalised word vector.</summary>
/// <param name="Weights">Word → weight.</param>
public sealed record WordVector(FrozenDictionary<string, double> Weights)
{
    /// <summary>Cosine similarity with another vector.</summary>
    public double Cosine(WordVector other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var (small, large) = Weights.Count <= other.Weights.Count ? (Weights, other.Weights) : (other.Weights, Weights);
        var sum = 0.0;
        foreach (var (word, weight) in small)
        {
            if (large.TryGetValue(word, out var w))
            {
                sum += weight * w;
            }
        }

        return sum;
    }

    /// <summary>The shared words, heaviest first.</summary>
    public IEnumerable<string> SharedWords(WordVector other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Weights.Keys.Where(other.Weights.ContainsKey).OrderByDescending(w => Weights[w] * other.Weights[w]);
    }
}
