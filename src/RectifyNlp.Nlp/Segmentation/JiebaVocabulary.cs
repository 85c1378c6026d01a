using System.Globalization;
using System.Text;
using RectifyNlp.Nlp.Lexicon;

namespace RectifyNlp.Nlp.Segmentation;

/// <summary>
/// jieba's prefix dictionary, immutable once built: each word's frequency, its log-probability
/// <c>log(freq or 1) − log(total)</c> and its part-of-speech tag. Built the way jieba builds it:
/// the main dictionary's lines in order (a repeated word keeps its last frequency, and every line adds
/// to the total), then each user word as <c>add_word</c> adds it.
/// </summary>
public sealed class JiebaVocabulary
{
    private readonly long[] _frequencies;
    private readonly double[] _weights;
    private readonly string?[] _tags;

    private JiebaVocabulary(PrefixTrie trie, long[] frequencies, string?[] tags, long total, int userWords)
    {
        Trie = trie;
        _frequencies = frequencies;
        _tags = tags;
        Total = total;
        UserWordCount = userWords;
        LogTotal = Math.Log(total);
        _weights = new double[frequencies.Length];
        for (var i = 0; i < frequencies.Length; i++)
        {
            _weights[i] = Math.Log(frequencies[i] > 0 ? frequencies[i] : 1) - LogTotal;
        }
    }

    internal PrefixTrie Trie { get; }

    /// <summary>The sum of all frequencies.</summary>
    public long Total { get; }

    /// <summary><c>log(Total)</c>.</summary>
    public double LogTotal { get; }

    /// <summary>How many words the user lexicons added.</summary>
    public int UserWordCount { get; }

    /// <summary>Nodes in the prefix trie (words and their prefixes).</summary>
    public int NodeCount => Trie.NodeCount;

    /// <summary>The frequency of <paramref name="word"/>; 0 when it is only a prefix or absent.</summary>
    public long Frequency(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return 0;
        }

        var node = Trie.Find(word);
        return node < 0 ? 0 : _frequencies[node];
    }

    /// <summary>The part-of-speech tag of <paramref name="word"/>, or <c>null</c>.</summary>
    public string? Tag(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return null;
        }

        var node = Trie.Find(word);
        return node < 0 ? null : _tags[node];
    }

    internal long FrequencyOf(int node) => _frequencies[node];

    internal double WeightOf(int node) => _weights[node];

    /// <summary>Loads jieba's main dictionary (<c>word freq tag</c> lines) and adds the user words.</summary>
    public static JiebaVocabulary Load(string mainDictionaryPath, IEnumerable<LexiconEntry> userWords)
    {
        ArgumentNullException.ThrowIfNull(userWords);
        var text = File.ReadAllText(mainDictionaryPath, Encoding.UTF8);
        var trie = new PrefixTrie(700_000);
        var frequencies = new List<long>(700_000);
        var tags = new List<string?>(700_000);
        long total = 0;

        void Set(ReadOnlySpan<char> word, long frequency, string? tag)
        {
            var node = trie.Add(word);
            while (frequencies.Count < trie.NodeCount)
            {
                frequencies.Add(0);
                tags.Add(null);
            }

            frequencies[node] = frequency;
            if (tag is not null)
            {
                tags[node] = tag;
            }

            total += frequency;
        }

        var span = text.AsSpan();
        while (!span.IsEmpty)
        {
            var end = span.IndexOf('\n');
            var line = (end < 0 ? span : span[..end]).Trim();
            span = end < 0 ? [] : span[(end + 1)..];
            if (line.IsEmpty)
            {
                continue;
            }

            var first = line.IndexOf(' ');
            var word = first < 0 ? line : line[..first];
            var rest = first < 0 ? [] : line[(first + 1)..];
            var second = rest.IndexOf(' ');
            var frequency = long.Parse(second < 0 ? rest : rest[..second], NumberStyles.Integer, CultureInfo.InvariantCulture);
            var tag = second < 0 ? null : rest[(second + 1)..].ToString();
            Set(word, frequency, tag);
        }

        var added = 0;
        foreach (var entry in userWords)
        {
            Set(entry.Word, entry.Frequency, entry.Tag);
            added++;
        }

        return new JiebaVocabulary(trie, [.. frequencies], [.. tags], total, added);
    }
}
