using System.Runtime.CompilerServices;

namespace RectifyNlp.Nlp.Segmentation;

/// <summary>
/// jieba's prefix dictionary as a trie: every word and every prefix of a word is a node. The first level
/// is a direct table indexed by the character; deeper levels live in one open-addressing hash table
/// keyed by (parent, character), so a lookup allocates nothing.
/// </summary>
internal sealed class PrefixTrie
{
    private const int Empty = -1;
    private readonly int[] _first = new int[char.MaxValue + 1];
    private long[] _keys;
    private int[] _values;
    private int _count;
    private int _mask;
    private int _nodes;

    public PrefixTrie(int capacity)
    {
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

    /// <summary>The node of <paramref name="word"/>, or -1 when it is not even a prefix.</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        var node = _first[word[0]];
        for (var i = 1; i < word.Length && node != Empty; i++)
        {
            node = Child(node, word[i]);
        }

        return node;
    }

    /// <summary>The node for the single character <paramref name="c"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Root(char c) => _first[c];

    /// <summary>The child of <paramref name="node"/> by <paramref name="c"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Child(int node, char c)
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

    private void Grow()
    {
        var keys = _keys;
        var values = _values;
        _keys = new long[keys.Length * 2];
        _values = new int[keys.Length * 2];
        Array.Fill(_values, Empty);
        _mask = _keys.Length - 1;
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
    private static long Key(int node, char c) => ((long)node << 16) | c;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(long key)
    {
        var h = (ulong)key * 0x9E3779B97F4A7C15UL;
        return (int)(h >> 32);
    }
}
