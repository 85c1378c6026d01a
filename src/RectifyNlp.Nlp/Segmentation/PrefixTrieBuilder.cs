using System.Runtime.CompilerServices;

namespace RectifyNlp.Nlp.Segmentation;

/// <summary>
/// Builds jieba's prefix dictionary as a trie (every word and every prefix of a word is a node): the first
/// level a direct table indexed by the character, deeper levels one open-addressing hash table keyed by
/// (parent, character). <see cref="PrefixTrie"/> reads the same arrays without allocating.
/// </summary>
internal sealed class PrefixTrieBuilder
{
    internal const int Empty = -1;
    private readonly int[] _first;
    private long[] _keys;
    private int[] _values;
    private int _count;
    private int _mask;
    private int _nodes;

    public PrefixTrieBuilder(int capacity)
    {
        _first = new int[char.MaxValue + 1];
        Array.Fill(_first, Empty);
        var size = 1;
        while (size < capacity * 2)
        {
            size <<= 1;
        }

        _keys = new long[size];
        _values = new int[size];
        Array.Fill(_values, Empty);
        _mask = size - 1;
    }

    internal int[] FirstLevel => _first;

    internal long[] Keys => _keys;

    internal int[] Values => _values;

    /// <summary>Rehashes into the smallest table that keeps the load under two thirds.</summary>
    public void Compact()
    {
        var size = 1;
        while (size < _count * 3 / 2 + 1)
        {
            size <<= 1;
        }

        if (size < _keys.Length)
        {
            Rehash(size);
        }
    }

    /// <summary>How many nodes (words and prefixes) the trie holds.</summary>
    public int NodeCount => _nodes;

    /// <summary>The node of <paramref name="word"/>, creating it and its prefixes when missing.</summary>
    public int Add(ReadOnlySpan<char> word)
    {
        var node = _first[word[0]];
        if (node == Empty)
        {
            node = _first[word[0]] = _nodes++;
        }

        for (var i = 1; i < word.Length; i++)
        {
            var child = Child(node, word[i]);
            if (child == Empty)
            {
                child = Insert(node, word[i]);
            }

            node = child;
        }

        return node;
    }

    /// <summary>The child of <paramref name="node"/> by <paramref name="c"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Child(int node, char c)
    {
        var key = Key(node, c);
        var slot = Hash(key) & _mask;
        while (true)
        {
            var value = _values[slot];
            if (value == Empty)
            {
                return Empty;
            }

            if (_keys[slot] == key)
            {
                return value;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private int Insert(int node, char c)
    {
        if ((_count + 1) * 2 > _keys.Length)
        {
            Grow();
        }

        var key = Key(node, c);
        var slot = Hash(key) & _mask;
        while (_values[slot] != Empty)
        {
            slot = (slot + 1) & _mask;
        }

        _keys[slot] = key;
        _values[slot] = _nodes;
        _count++;
        return _nodes++;
    }

    private void Grow() => Rehash(_keys.Length * 2);

    private void Rehash(int size)
    {
        var keys = _keys;
        var values = _values;
        _keys = new long[size];
        _values = new int[size];
        Array.Fill(_values, Empty);
        _mask = size - 1;
        for (var i = 0; i < keys.Length; i++)
        {
            if (values[i] == Empty)
            {
                continue;
            }

            var slot = Hash(keys[i]) & _mask;
            while (_values[slot] != Empty)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = keys[i];
            _values[slot] = values[i];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static long Key(int node, char c) => ((long)node << 16) | c;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Hash(long key)
    {
        var h = (ulong)key * 0x9E3779B97F4A7C15UL;
        return (int)(h >> 32);
    }
}
