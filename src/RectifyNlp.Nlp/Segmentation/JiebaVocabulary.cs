using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using RectifyNlp.Nlp.Lexicon;

namespace RectifyNlp.Nlp.Segmentation;

/// <summary>
/// jieba's prefix dictionary and HMM emission table, immutable once built: each word's frequency, its
/// log-probability <c>log(freq or 1) − log(total)</c>, its part-of-speech tag. Built the way jieba builds
/// it — the main dictionary's lines in order (a repeated word keeps its last frequency, every line adds to
/// the total), then each user word as <c>add_word</c> adds it — into one binary image that
/// <see cref="VocabularyCache"/> keeps on disk and maps back into memory.
/// </summary>
public sealed unsafe class JiebaVocabulary
{
    private const string Magic = "RectifyNlp.Vocabulary/3";
    private const int Align = 64;

    // What holds the memory (a mapped file, or a pinned array): kept referenced for the vocabulary's lifetime.
    private readonly object _owner;
    private readonly int* _frequencies;
    private readonly double* _weights;
    private readonly ushort* _tags;
    private readonly double* _emission;
    private readonly string[] _tagNames;

    private JiebaVocabulary(object owner, byte* image, long length)
    {
        _owner = owner;
        var header = ReadHeader(image, length);
        Total = header.Total;
        UserWordCount = header.UserWords;
        NodeCount = header.Nodes;
        _tagNames = header.TagNames;
        LogTotal = Math.Log(Total);

        var layout = new Layout(header.HeaderEnd, header.Nodes, header.Slots);
        if (layout.End > length)
        {
            throw new InvalidDataException("vocabulary image is truncated");
        }

        Trie = new PrefixTrie((int*)(image + layout.First), (long*)(image + layout.Keys), (int*)(image + layout.Values), header.Slots);
        _frequencies = (int*)(image + layout.Frequencies);
        _weights = (double*)(image + layout.Weights);
        _tags = (ushort*)(image + layout.Tags);
        _emission = (double*)(image + layout.Emission);
    }

    internal PrefixTrie Trie { get; }

    /// <summary>The sum of all frequencies.</summary>
    public long Total { get; }

    /// <summary><c>log(Total)</c>.</summary>
    public double LogTotal { get; }

    /// <summary>How many words the user lexicons added.</summary>
    public int UserWordCount { get; }

    /// <summary>Nodes in the prefix trie (words and their prefixes).</summary>
    public int NodeCount { get; }

    /// <summary>The frequency of <paramref name="word"/>; 0 when it is only a prefix or absent.</summary>
    public long Frequency(ReadOnlySpan<char> word)
    {
        var node = word.IsEmpty ? -1 : Trie.Find(word);
        return node < 0 ? 0 : _frequencies[node];
    }

    /// <summary>The part-of-speech tag of <paramref name="word"/>, or <c>null</c>.</summary>
    public string? Tag(ReadOnlySpan<char> word)
    {
        var node = word.IsEmpty ? -1 : Trie.Find(word);
        return node < 0 || _tags[node] == 0 ? null : _tagNames[_tags[node]];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int FrequencyOf(int node) => _frequencies[node];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double WeightOf(int node) => _weights[node];

    /// <summary>The HMM emission log-probability of <paramref name="c"/> in <paramref name="state"/> (B, E, M, S).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double Emission(int state, char c) => _emission[(state << 16) | c];

    /// <summary>Opens an image held in a pinned array.</summary>
    internal static JiebaVocabulary FromImage(byte[] image)
    {
        var handle = GCHandle.Alloc(image, GCHandleType.Pinned);
        return new JiebaVocabulary(handle, (byte*)handle.AddrOfPinnedObject(), image.Length);
    }

    /// <summary>Opens an image at <paramref name="pointer"/>, kept alive by <paramref name="owner"/>.</summary>
    internal static JiebaVocabulary FromMemory(object owner, byte* pointer, long length) => new(owner, pointer, length);

    /// <summary>The key an image was built for.</summary>
    internal static string? KeyOf(byte* image, long length)
    {
        try
        {
            return ReadHeader(image, length).Key;
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException)
        {
            return null;
        }
    }

    /// <summary>
    /// Builds the image: jieba's main dictionary (<c>word freq tag</c> lines), then the user words, then the
    /// HMM emission table (<c>prob_emit.json</c>).
    /// </summary>
    public static byte[] BuildImage(string mainDictionaryPath, string emissionPath, IEnumerable<LexiconEntry> userWords, string key)
    {
        ArgumentNullException.ThrowIfNull(userWords);
        var trie = new PrefixTrieBuilder(700_000);
        var frequencies = new List<int>(700_000);
        var tags = new List<ushort>(700_000);
        var tagIds = new Dictionary<string, ushort>(StringComparer.Ordinal);
        var tagNames = new List<string> { string.Empty };
        var lookup = tagIds.GetAlternateLookup<ReadOnlySpan<char>>();
        long total = 0;

        void Set(ReadOnlySpan<char> word, long frequency, ReadOnlySpan<char> tag)
        {
            var node = trie.Add(word);
            while (frequencies.Count < trie.NodeCount)
            {
                frequencies.Add(0);
                tags.Add(0);
            }

            frequencies[node] = (int)Math.Min(frequency, int.MaxValue);
            if (!tag.IsEmpty)
            {
                if (!lookup.TryGetValue(tag, out var id))
                {
                    id = (ushort)tagNames.Count;
                    tagNames.Add(tag.ToString());
                    tagIds[tagNames[id]] = id;
                }

                tags[node] = id;
            }

            total += frequency;
        }

        var span = File.ReadAllText(mainDictionaryPath, Encoding.UTF8).AsSpan();
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
            Set(word, frequency, second < 0 ? [] : rest[(second + 1)..]);
        }

        var added = 0;
        foreach (var entry in userWords)
        {
            Set(entry.Word, entry.Frequency, entry.Tag);
            added++;
        }

        trie.Compact();
        var logTotal = Math.Log(total);
        var weights = frequencies.Select(f => Math.Log(f > 0 ? f : 1) - logTotal).ToArray();
        var emission = HmmModel.LoadEmission(emissionPath);

        // The image: a header, then each array at a 64-byte boundary (see Layout).
        using var headerBytes = new MemoryStream();
        using (var writer = new BinaryWriter(headerBytes, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(0L);
            writer.Write(Magic);
            writer.Write(key);
            writer.Write(total);
            writer.Write(added);
            writer.Write(trie.NodeCount);
            writer.Write(trie.Keys.Length);
            writer.Write(tagNames.Count);
            foreach (var name in tagNames)
            {
                writer.Write(name);
            }

            writer.Seek(0, SeekOrigin.Begin);
            writer.Write(headerBytes.Length);
        }

        var layout = new Layout((int)headerBytes.Length, trie.NodeCount, trie.Keys.Length);
        var image = new byte[layout.End];
        headerBytes.ToArray().CopyTo(image, 0);
        Copy(trie.FirstLevel, image, layout.First);
        Copy(trie.Keys, image, layout.Keys);
        Copy(trie.Values, image, layout.Values);
        Copy(frequencies.ToArray(), image, layout.Frequencies);
        Copy(weights, image, layout.Weights);
        Copy(tags.ToArray(), image, layout.Tags);
        Copy(emission, image, layout.Emission);
        return image;
    }

    private static void Copy<T>(T[] array, byte[] image, long offset)
        where T : unmanaged => MemoryMarshal.AsBytes(array.AsSpan()).CopyTo(image.AsSpan((int)offset));

    private static Header ReadHeader(byte* image, long length)
    {
        if (length < 16)
        {
            throw new InvalidDataException("vocabulary image is too short");
        }

        var headerLength = *(long*)image;
        if (headerLength < 16 || headerLength > Math.Min(length, 1 << 20))
        {
            throw new InvalidDataException("bad vocabulary header");
        }

        using var stream = new UnmanagedMemoryStream(image, headerLength);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        reader.ReadInt64();
        if (reader.ReadString() != Magic)
        {
            throw new InvalidDataException("not a vocabulary image of this version");
        }

        var key = reader.ReadString();
        var total = reader.ReadInt64();
        var userWords = reader.ReadInt32();
        var nodes = reader.ReadInt32();
        var slots = reader.ReadInt32();
        var names = new string[reader.ReadInt32()];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = reader.ReadString();
        }

        if (nodes <= 0 || slots <= 0 || (slots & (slots - 1)) != 0 || names.Length == 0)
        {
            throw new InvalidDataException("bad vocabulary header");
        }

        return new Header(key, total, userWords, nodes, slots, names, (int)headerLength);
    }

    private sealed record Header(string Key, long Total, int UserWords, int Nodes, int Slots, string[] TagNames, int HeaderEnd);

    /// <summary>Where each array starts in the image, each at a 64-byte boundary.</summary>
    private readonly struct Layout
    {
        public Layout(int headerEnd, int nodes, int slots)
        {
            First = Up(headerEnd);
            Keys = Up(First + (char.MaxValue + 1) * 4L);
            Values = Up(Keys + slots * 8L);
            Frequencies = Up(Values + slots * 4L);
            Weights = Up(Frequencies + nodes * 4L);
            Tags = Up(Weights + nodes * 8L);
            Emission = Up(Tags + nodes * 2L);
            End = Emission + 4L * (char.MaxValue + 1) * 8;
        }

        public long First { get; }

        public long Keys { get; }

        public long Values { get; }

        public long Frequencies { get; }

        public long Weights { get; }

        public long Tags { get; }

        public long Emission { get; }

        public long End { get; }

        private static long Up(long offset) => (offset + Align - 1) / Align * Align;
    }
}
