using System.Runtime.CompilerServices;

namespace RectifyNlp.Nlp.Segmentation;

/// <summary>
/// The built prefix trie, read through pointers into memory that a <see cref="JiebaVocabulary"/> owns
/// (a memory-mapped cache file, or pinned arrays): lookups allocate nothing and touch only the pages they
/// need.
/// </summary>
internal readonly unsafe struct PrefixTrie
{
    private readonly int* _first;
    private readonly long* _keys;
    private readonly int* _values;
    private readonly int _mask;

    public PrefixTrie(int* first, long* keys, int* values, int slots)
    {
        _first = first;
        _keys = keys;
        _values = values;
        _mask = slots - 1;
    }

    /// <summary>The node for the single character <paramref name="c"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Root(char c) => _first[c];

    /// <summary>The child of <paramref name="node"/> by <paramref name="c"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Child(int node, char c)
    {
        var key = PrefixTrieBuilder.Key(node, c);
        var slot = PrefixTrieBuilder.Hash(key) & _mask;
        while (true)
        {
            var value = _values[slot];
            if (value == PrefixTrieBuilder.Empty)
            {
                return PrefixTrieBuilder.Empty;
            }

            if (_keys[slot] == key)
            {
                return value;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>The node of <paramref name="word"/>, or -1 when it is not even a prefix.</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        var node = _first[word[0]];
        for (var i = 1; i < word.Length && node != PrefixTrieBuilder.Empty; i++)
        {
            node = Child(node, word[i]);
        }

        return node;
    }
}
