using System.Collections.Frozen;
using RectifyNlp.Nlp.Lexicon;
using RectifyNlp.Nlp.Segmentation;

namespace RectifyNlp.Nlp.Keywords;

/// <summary>
/// Keywords of a passage, for matching measures to problems and for analysts: TF-IDF over the domain
/// IDF table, and TextRank over the co-occurrence graph of nouns and verbs. Both use the segmenter and
/// the domain stopwords; both are deterministic (ties go to the word that sorts first).
/// </summary>
public sealed class KeywordExtractor
{
    private static readonly FrozenSet<string> RankedTags = new[] { "n", "nt", "nz", "ns", "nr", "vn", "v", "l" }.ToFrozenSet(StringComparer.Ordinal);
    private const int Window = 5;
    private const double Damping = 0.85;
    private const int Iterations = 10;

    private readonly Segmenter _segmenter;
    private readonly IdfTable _idf;
    private readonly IReadOnlySet<string> _stopwords;

    /// <summary>Creates an extractor.</summary>
    public KeywordExtractor(Segmenter segmenter, IdfTable idf, IReadOnlySet<string> stopwords)
    {
        _segmenter = segmenter ?? throw new ArgumentNullException(nameof(segmenter));
        _idf = idf ?? throw new ArgumentNullException(nameof(idf));
        _stopwords = stopwords ?? throw new ArgumentNullException(nameof(stopwords));
    }

    /// <summary>An extractor over models/: the shared segmenter, the domain IDF (with jieba's as fallback), the domain stopwords.</summary>
    public static KeywordExtractor Load(ModelPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var idf = new IdfTable(IdfTable.ReadFile(paths.DomainIdf), IdfTable.ReadFile(paths.JiebaIdf));
        return new KeywordExtractor(Segmenter.Get(paths), idf, WordList.Load(paths.Stopwords));
    }

    /// <summary>The IDF table in use.</summary>
    public IdfTable Idf => _idf;

    /// <summary>The <paramref name="topK"/> words of <paramref name="text"/> by term frequency × IDF.</summary>
    public IReadOnlyList<Keyword> TfIdf(string text, int topK = 10)
    {
        ArgumentNullException.ThrowIfNull(text);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        foreach (var token in _segmenter.Tokenize(text))
        {
            var word = token.Text(text);
            if (IsContentWord(word, _stopwords))
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
                total++;
            }
        }

        return Top(counts.Select(c => new Keyword(c.Key, (double)c.Value / total * _idf[c.Key])), topK);
    }

    /// <summary>
    /// The <paramref name="topK"/> words of <paramref name="text"/> by TextRank: nouns, verbs and set phrases
    /// linked when they stand within five words of each other, ranked by weighted PageRank (d = 0.85, ten rounds).
    /// </summary>
    public IReadOnlyList<Keyword> TextRank(string text, int topK = 10)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = _segmenter.TokenizeWithTags(text);
        var words = tokens.Select(t => t.Text(text)).ToList();
        bool Candidate(int i) => tokens[i].Tag is { } tag && RankedTags.Contains(tag) && IsContentWord(words[i], _stopwords);

        // 1. The graph: an undirected edge, weighted by co-occurrences, between candidates within the window.
        var edges = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        void Link(string a, string b)
        {
            if (!edges.TryGetValue(a, out var links))
            {
                edges[a] = links = new Dictionary<string, double>(StringComparer.Ordinal);
            }

            links[b] = links.GetValueOrDefault(b) + 1;
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (!Candidate(i))
            {
                continue;
            }

            for (var j = i + 1; j < i + Window && j < words.Count; j++)
            {
                if (Candidate(j) && words[i] != words[j])
                {
                    Link(words[i], words[j]);
                    Link(words[j], words[i]);
                }
            }
        }

        if (edges.Count == 0)
        {
            return [];
        }

        // 2. Weighted PageRank, nodes visited in ordinal order so the result does not depend on hashing.
        var nodes = edges.Keys.Order(StringComparer.Ordinal).ToList();
        var outSum = nodes.ToDictionary(n => n, n => edges[n].Values.Sum(), StringComparer.Ordinal);
        var rank = nodes.ToDictionary(n => n, _ => 1.0 / nodes.Count, StringComparer.Ordinal);
        for (var round = 0; round < Iterations; round++)
        {
            foreach (var node in nodes)
            {
                var sum = edges[node].Sum(e => e.Value / outSum[e.Key] * rank[e.Key]);
                rank[node] = (1 - Damping) + Damping * sum;
            }
        }

        // 3. Scaled so that the top word weighs 1.
        var max = rank.Values.Max();
        return Top(rank.Select(r => new Keyword(r.Key, r.Value / max)), topK);
    }

    /// <summary>Whether a word can be a keyword: two characters or more, with letters or ideographs, not a stopword.</summary>
    public static bool IsContentWord(string word, IReadOnlySet<string> stopwords)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(stopwords);
        var hasLetters = word.AsSpan().IndexOfAnyInRange('\u4E00', '\u9FFF') >= 0 || word.All(char.IsAsciiLetter);
        return word.Length >= 2 && hasLetters && !stopwords.Contains(word);
    }

    private static List<Keyword> Top(IEnumerable<Keyword> keywords, int topK) =>
        [.. keywords.OrderByDescending(k => k.Weight).ThenBy(k => k.Word, StringComparer.Ordinal).Take(topK)];
}
