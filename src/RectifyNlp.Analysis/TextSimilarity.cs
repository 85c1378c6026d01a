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

        return Normalised(weights);
    }

    private static WordVector Normalised(Dictionary<string, double> weights)
    {
        var norm = 0.0;
        foreach (var weight in weights.Values)
        {
            norm += weight * weight;
        }

        norm = Math.Sqrt(norm);
        if (norm > 0)
        {
            foreach (var key in weights.Keys)
            {
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(weights, key) /= norm;
            }
        }

        return new WordVector(weights);
    }

    /// <summary>The share of <paramref name="part"/>'s character bigrams (ideographs, letters, digits) found in <paramref name="whole"/>.</summary>
    public static double BigramContainment(string part, string whole) => Containment(Bigrams(part), Bigrams(whole));

    /// <summary>The share of <paramref name="part"/>'s bigrams found in <paramref name="whole"/>'s.</summary>
    public static double Containment(IReadOnlySet<int> part, IReadOnlySet<int> whole)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(whole);
        return part.Count == 0 ? 0 : part.Count(whole.Contains) / (double)part.Count;
    }

    /// <summary>Dice coefficient of two texts' character bigram sets.</summary>
    public static double BigramDice(string x, string y) => Dice(Bigrams(x), Bigrams(y));

    /// <summary>Dice coefficient of two bigram sets.</summary>
    public static double Dice(IReadOnlySet<int> a, IReadOnlySet<int> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a.Count + b.Count == 0 ? 0 : 2.0 * a.Count(b.Contains) / (a.Count + b.Count);
    }

    /// <summary>The set of adjacent character pairs of the text's letters, digits and ideographs, each packed in an int.</summary>
    public static HashSet<int> Bigrams(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var set = new HashSet<int>();
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
                set.Add((previous << 16) | c);
            }

            previous = c;
        }

        return set;
    }

    /// <summary>A text with its word vector and bigram set, computed once.</summary>
    public TextItem Item(string text) => new(text, Vector(text), Bigrams(text));

    /// <summary>A text whose words are already known (space-separated, as the classifier's features hold them).</summary>
    public TextItem Item(string text, string words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (KeywordExtractor.IsContentWord(word, _stopwords))
            {
                weights[word] = weights.GetValueOrDefault(word) + _idf[word];
            }
        }

        return new TextItem(text, Normalised(weights), Bigrams(text));
    }
}

/// <summary>A text prepared for comparison.</summary>
/// <param name="Text">The text.</param>
/// <param name="Vector">Its TF-IDF vector.</param>
/// <param name="Bigrams">Its character bigrams.</param>
public sealed record TextItem(string Text, WordVector Vector, HashSet<int> Bigrams);

/// <summary>
/// Inverted indexes over a list of texts, so that one text is compared with all of them in time proportional
/// to what they share rather than to their number: cosine through word postings, shared bigrams through
/// bigram postings.
/// </summary>
public sealed class SimilarityIndex
{
    private readonly Dictionary<string, List<(int Item, double Weight)>> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<int>> _bigrams = [];

    /// <summary>Indexes <paramref name="items"/>.</summary>
    public SimilarityIndex(IReadOnlyList<TextItem> items)
    {
        Items = items ?? throw new ArgumentNullException(nameof(items));
        for (var i = 0; i < items.Count; i++)
        {
            foreach (var (word, weight) in items[i].Vector.Weights)
            {
                if (!_words.TryGetValue(word, out var list))
                {
                    _words[word] = list = [];
                }

                list.Add((i, weight));
            }

            foreach (var bigram in items[i].Bigrams)
            {
                if (!_bigrams.TryGetValue(bigram, out var list))
                {
                    _bigrams[bigram] = list = [];
                }

                list.Add(i);
            }
        }
    }

    /// <summary>An index of character bigrams alone (for <see cref="SharedBigrams"/>; no word vectors).</summary>
    public static SimilarityIndex OfBigrams(IEnumerable<HashSet<int>> texts) =>
        new([.. texts.Select(bigrams => new TextItem("", WordVector.Empty, bigrams))]);

    /// <summary>The indexed texts.</summary>
    public IReadOnlyList<TextItem> Items { get; }

    /// <summary>Cosine of <paramref name="vector"/> with every indexed text that shares a word with it.</summary>
    public Dictionary<int, double> Cosines(WordVector vector)
    {
        ArgumentNullException.ThrowIfNull(vector);
        var result = new Dictionary<int, double>();
        foreach (var (word, weight) in vector.Weights)
        {
            if (_words.TryGetValue(word, out var postings))
            {
                foreach (var (item, w) in postings)
                {
                    result[item] = result.GetValueOrDefault(item) + (weight * w);
                }
            }
        }

        return result;
    }

    /// <summary>How many of <paramref name="bigrams"/> each indexed text that shares one holds.</summary>
    public Dictionary<int, int> SharedBigrams(IReadOnlySet<int> bigrams)
    {
        ArgumentNullException.ThrowIfNull(bigrams);
        var result = new Dictionary<int, int>();
        foreach (var bigram in bigrams)
        {
            if (_bigrams.TryGetValue(bigram, out var postings))
            {
                foreach (var item in postings)
                {
                    result[item] = result.GetValueOrDefault(item) + 1;
                }
            }
        }

        return result;
    }
}

/// <summary>A sparse L2-normalised word vector.</summary>
/// <param name="Weights">Word → weight.</param>
public sealed record WordVector(IReadOnlyDictionary<string, double> Weights)
{
    /// <summary>The vector of no words.</summary>
    public static WordVector Empty { get; } = new(new Dictionary<string, double>());

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

    /// <summary>The L2-normalised sum of vectors.</summary>
    public static WordVector Sum(IEnumerable<WordVector> vectors)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        var sum = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var vector in vectors)
        {
            foreach (var (word, weight) in vector.Weights)
            {
                sum[word] = sum.GetValueOrDefault(word) + weight;
            }
        }

        var norm = Math.Sqrt(sum.Values.Sum(w => w * w));
        if (norm > 0)
        {
            foreach (var word in sum.Keys)
            {
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(sum, word) /= norm;
            }
        }

        return new WordVector(sum);
    }

    /// <summary>The shared words, heaviest first.</summary>
    public IEnumerable<string> SharedWords(WordVector other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Weights.Keys.Where(other.Weights.ContainsKey).OrderByDescending(w => Weights[w] * other.Weights[w]);
    }
}
