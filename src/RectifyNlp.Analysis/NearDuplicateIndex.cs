namespace RectifyNlp.Analysis;

/// <summary>A measure of another unit's report, to compare with.</summary>
/// <param name="Source">Where it comes from (the unit, or the file), as the message names it.</param>
/// <param name="Text">The measure.</param>
public sealed record ForeignMeasure(string Source, string Text);

/// <summary>A near-verbatim match of a measure with another unit's.</summary>
/// <param name="Measure">The other unit's measure.</param>
/// <param name="Similarity">Jaccard similarity of their character 4-gram shingles.</param>
public sealed record NearDuplicate(ForeignMeasure Measure, double Similarity);

/// <summary>
/// Finds measures shared near-verbatim between units' reports, over many reports: MinHash signatures of
/// character 4-gram shingles (64 hash functions), banded for locality-sensitive hashing (16 bands of 4
/// rows, so pairs at Jaccard 0.7 are candidates with probability 0.98 and pairs at 0.3 with 0.12), and
/// every candidate checked by its exact Jaccard similarity. Deterministic: fixed seeds, no randomness.
/// </summary>
public sealed class NearDuplicateIndex
{
    /// <summary>Jaccard similarity at which two measures count as the same text.</summary>
    public const double Threshold = 0.7;

    private const int Hashes = 64;
    private const int Rows = 4;
    private const int Bands = Hashes / Rows;
    private static readonly ulong[] Seeds = [.. Enumerable.Range(1, Hashes).Select(i => Mix((ulong)i * 0x9E3779B97F4A7C15UL))];

    private readonly List<(ForeignMeasure Measure, HashSet<ulong> Shingles)> _entries = [];
    private readonly Dictionary<(int Band, ulong Key), List<int>> _buckets = [];

    /// <summary>How many measures are indexed.</summary>
    public int Count => _entries.Count;

    /// <summary>Indexes a measure; too short a text (under 12 letters) is ignored.</summary>
    public void Add(ForeignMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var shingles = Shingles(measure.Text);
        if (shingles.Count < 8)
        {
            return;
        }

        var id = _entries.Count;
        _entries.Add((measure, shingles));
        foreach (var key in BandKeys(Signature(shingles)))
        {
            if (!_buckets.TryGetValue(key, out var list))
            {
                _buckets[key] = list = [];
            }

            list.Add(id);
        }
    }

    /// <summary>The indexed measures at least <see cref="Threshold"/> similar to <paramref name="text"/>, most similar first.</summary>
    public IReadOnlyList<NearDuplicate> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var shingles = Shingles(text);
        if (shingles.Count < 8)
        {
            return [];
        }

        var candidates = new HashSet<int>();
        foreach (var key in BandKeys(Signature(shingles)))
        {
            if (_buckets.TryGetValue(key, out var list))
            {
                candidates.UnionWith(list);
            }
        }

        return
        [
            .. candidates
                .Select(id => new NearDuplicate(_entries[id].Measure, Jaccard(shingles, _entries[id].Shingles)))
                .Where(d => d.Similarity >= Threshold)
                .OrderByDescending(d => d.Similarity)
                .ThenBy(d => d.Measure.Source, StringComparer.Ordinal),
        ];
    }

    /// <summary>The 4-character shingles of the text's letters, digits and ideographs (punctuation and spaces dropped).</summary>
    public static HashSet<ulong> Shingles(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var letters = text.Where(char.IsLetterOrDigit).ToArray();
        var set = new HashSet<ulong>();
        for (var i = 0; i + 4 <= letters.Length; i++)
        {
            var hash = 14695981039346656037UL;
            for (var k = 0; k < 4; k++)
            {
                hash = (hash ^ letters[i + k]) * 1099511628211UL;
            }

            set.Add(hash);
        }

        return set;
    }

    private static double Jaccard(HashSet<ulong> a, HashSet<ulong> b)
    {
        var shared = a.Count(b.Contains);
        return shared / (double)(a.Count + b.Count - shared);
    }

    private static ulong[] Signature(HashSet<ulong> shingles)
    {
        var signature = new ulong[Hashes];
        Array.Fill(signature, ulong.MaxValue);
        foreach (var shingle in shingles)
        {
            for (var i = 0; i < Hashes; i++)
            {
                var value = Mix(shingle ^ Seeds[i]);
                if (value < signature[i])
                {
                    signature[i] = value;
                }
            }
        }

        return signature;
    }

    private static IEnumerable<(int Band, ulong Key)> BandKeys(ulong[] signature)
    {
        for (var band = 0; band < Bands; band++)
        {
            var key = 14695981039346656037UL;
            for (var row = 0; row < Rows; row++)
            {
                key = (key ^ signature[(band * Rows) + row]) * 1099511628211UL;
            }

            yield return (band, key);
        }
    }

    // splitmix64's finaliser: a well-mixed 64-bit hash of a 64-bit value.
    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
