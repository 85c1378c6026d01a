using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace RectifyNlp.Nlp.Classification;

/// <summary>
/// The trained maximum-entropy model of a .zip, exported for fast loading and scoring: the word and character
/// n-gram vocabularies ML.NET learned, the weights and biases. It reproduces the ML.NET pipeline of
/// the training project's ModelPipeline (n-gram counts over the vocabulary, L2-normalised per featuriser, lexicon cues
/// as they are, softmax of W·x + b) without ML.NET at run time: it loads in milliseconds where ML.NET takes
/// half a second, and scores a passage in microseconds. The .zip stays the source of truth; a scorer records
/// the SHA-256 of the .zip it came from, is ignored when that no longer matches, and a test checks that both
/// give the same probabilities on the whole corpus.
/// </summary>
internal sealed class LinearScorer
{
    private const string Magic = "rectify-linear-scorer-v1";
    private const char Start = '\u0002';
    private const char End = '\u0003';

    private readonly string[] _labels;
    private readonly Dictionary<string, int> _words;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _unigrams;
    private readonly Dictionary<(int, int), int> _bigrams;
    private readonly Dictionary<ulong, int> _chars;
    private readonly int[] _unigramFeatures; // by character: its character-unigram feature, or -1
    private readonly ulong[] _mayHave; // bits of FilterBit: set for every character n-gram of the vocabulary
    private readonly int _charOffset;
    private readonly int _cueOffset;
    private readonly int _cueCount;
    private readonly float[] _weights; // feature-major: _weights[feature * classes + class]
    private readonly float[] _biases;

    internal LinearScorer(string sourceHash, string[] labels, Dictionary<string, int> words, Dictionary<ulong, int> chars, int charOffset, int cueOffset, int cueCount, float[] weights, float[] biases)
    {
        SourceHash = sourceHash;
        _labels = labels;
        _words = words;
        _unigrams = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _bigrams = [];

        // A word bigram is in the vocabulary only if both its words are: index bigrams by their words' features.
        // Its name is "first|second", and a word may itself be | (a ledger row's separator: "||措施" is |, 措施).
        foreach (var (name, feature) in words)
        {
            for (var bar = name.Length > 1 ? name.IndexOf('|', 1) : -1; bar > 0; bar = name.IndexOf('|', bar + 1))
            {
                if (bar < name.Length - 1 && words.TryGetValue(name[..bar], out var first) && words.TryGetValue(name[(bar + 1)..], out var second))
                {
                    _bigrams[(first, second)] = feature;
                    break;
                }
            }
        }

        _chars = chars;

        // Most of a text's character bi- and trigrams are in no vocabulary: a bit per hashed n-gram tells which
        // cannot be (no false "cannot"), so the dictionary is asked only about the rest; a single character's
        // feature is looked up in a table by the character.
        _unigramFeatures = new int[char.MaxValue + 1];
        Array.Fill(_unigramFeatures, -1);
        _mayHave = new ulong[(1 << FilterBits) / 64];
        foreach (var (key, feature) in chars)
        {
            if (key >> 48 == 1)
            {
                _unigramFeatures[(int)(key & 0xFFFF)] = feature;
            }

            var bit = FilterBit(key);
            _mayHave[bit >> 6] |= 1UL << (int)(bit & 63);
        }

        _charOffset = charOffset;
        _cueOffset = cueOffset;
        _cueCount = cueCount;
        _weights = weights;
        _biases = biases;
    }

    /// <summary>The SHA-256 (hex) of the model .zip this scorer was exported from.</summary>
    public string SourceHash { get; }

    /// <summary>The class labels, in the model's order.</summary>
    public IReadOnlyList<string> Labels => _labels;

    /// <summary>The SHA-256 (hex) of a file.</summary>
    public static string HashOf(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexString(SHA256.HashData(stream));
    }

    /// <summary>Class probabilities for a featurised passage, in <see cref="Labels"/> order.</summary>
    public float[] Score(PassageRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var classes = _labels.Length;
        var scores = (float[])_biases.Clone();
        var scratch = t_scratch is { } cached && cached.Counts.Length >= _cueOffset ? cached : t_scratch = new Scratch(_cueOffset);

        // Word uni- and bigrams over the space-separated tokens, lower-cased as ML.NET does.
        var tokens = Lower(row.Tokens).AsSpan();
        var previous = -1;
        foreach (var range in tokens.Split(' '))
        {
            var token = tokens[range];
            if (token.IsEmpty)
            {
                continue;
            }

            if (_unigrams.TryGetValue(token, out var feature))
            {
                scratch.Add(feature);
                if (previous >= 0 && _bigrams.TryGetValue((previous, feature), out var bigram))
                {
                    scratch.Add(bigram);
                }

                previous = feature;
            }
            else
            {
                previous = -1;
            }
        }

        Accumulate(scores, scratch, classes);

        // Character 1–3-grams over the text between start and end markers.
        var text = Lower(row.Text);
        var length = text.Length + 2;
        for (var i = 0; i < length; i++)
        {
            ulong key = 0;
            for (var n = 0; n < 3 && i + n < length; n++)
            {
                var at = i + n;
                key = (key << 16) | (at == 0 ? Start : at == length - 1 ? End : text[at - 1]);
                if (n == 0)
                {
                    if (_unigramFeatures[(int)key] is var unigram and >= 0)
                    {
                        scratch.Add(unigram);
                    }

                    continue;
                }

                var tagged = LengthTagged(key, n + 1);
                var bit = FilterBit(tagged);
                if ((_mayHave[bit >> 6] & (1UL << (int)(bit & 63))) != 0 && _chars.TryGetValue(tagged, out var feature))
                {
                    scratch.Add(feature);
                }
            }
        }

        Accumulate(scores, scratch, classes);

        for (var k = 0; k < _cueCount && k < row.Cues.Length; k++)
        {
            var value = row.Cues[k];
            if (value != 0)
            {
                var offset = (_cueOffset + k) * classes;
                for (var c = 0; c < classes; c++)
                {
                    scores[c] += value * _weights[offset + c];
                }
            }
        }

        // Softmax.
        var max = scores.Max();
        var sum = 0.0;
        for (var c = 0; c < classes; c++)
        {
            scores[c] = MathF.Exp(scores[c] - max);
            sum += scores[c];
        }

        for (var c = 0; c < classes; c++)
        {
            scores[c] = (float)(scores[c] / sum);
        }

        return scores;
    }

    /// <summary>Writes the scorer (gzip-compressed binary).</summary>
    public void Save(string path) => RectifyNlp.Core.IO.AtomicFile.Write(path, file =>
    {
        using var zip = new GZipStream(file, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(zip, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(SourceHash);
        writer.Write(_labels.Length);
        foreach (var label in _labels)
        {
            writer.Write(label);
        }

        writer.Write(_words.Count);
        foreach (var (word, index) in _words.OrderBy(p => p.Value))
        {
            writer.Write(word);
            writer.Write(index);
        }

        writer.Write(_chars.Count);
        foreach (var (key, index) in _chars.OrderBy(p => p.Value))
        {
            writer.Write(key);
            writer.Write(index);
        }

        writer.Write(_charOffset);
        writer.Write(_cueOffset);
        writer.Write(_cueCount);
        writer.Write(_biases.Length);
        foreach (var bias in _biases)
        {
            writer.Write(bias);
        }

        // Weights sparsely: most are zero after L1 regularisation.
        var nonZero = _weights.Count(w => w != 0);
        writer.Write(_weights.Length);
        writer.Write(nonZero);
        for (var i = 0; i < _weights.Length; i++)
        {
            if (_weights[i] != 0)
            {
                writer.Write(i);
                writer.Write(_weights[i]);
            }
        }
    });

    /// <summary>Reads a scorer written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">Not a scorer file.</exception>
    public static LinearScorer Load(string path)
    {
        using var file = File.OpenRead(path);
        using var zip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new BinaryReader(new BufferedStream(zip, 1 << 16), Encoding.UTF8);
        if (reader.ReadString() != Magic)
        {
            throw new InvalidDataException($"{path} is not a RectifyNlp scorer");
        }

        var hash = reader.ReadString();
        var labels = new string[reader.ReadInt32()];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = reader.ReadString();
        }

        var wordCount = reader.ReadInt32();
        var words = new Dictionary<string, int>(wordCount, StringComparer.Ordinal);
        for (var i = 0; i < wordCount; i++)
        {
            var word = reader.ReadString();
            words[word] = reader.ReadInt32();
        }

        var charCount = reader.ReadInt32();
        var chars = new Dictionary<ulong, int>(charCount);
        for (var i = 0; i < charCount; i++)
        {
            var key = reader.ReadUInt64();
            chars[key] = reader.ReadInt32();
        }

        var charOffset = reader.ReadInt32();
        var cueOffset = reader.ReadInt32();
        var cueCount = reader.ReadInt32();
        var biases = new float[reader.ReadInt32()];
        for (var i = 0; i < biases.Length; i++)
        {
            biases[i] = reader.ReadSingle();
        }

        var weights = new float[reader.ReadInt32()];
        var nonZero = reader.ReadInt32();
        for (var i = 0; i < nonZero; i++)
        {
            var index = reader.ReadInt32();
            weights[index] = reader.ReadSingle();
        }

        return new LinearScorer(hash, labels, words, chars, charOffset, cueOffset, cueCount, weights, biases);
    }

    // Adds the L2-normalised term frequencies gathered in the scratch, times the weights, and clears the scratch.
    private void Accumulate(float[] scores, Scratch scratch, int classes)
    {
        if (scratch.Touched.Count == 0)
        {
            return;
        }

        var norm = 0.0;
        foreach (var feature in scratch.Touched)
        {
            norm += (double)scratch.Counts[feature] * scratch.Counts[feature];
        }

        norm = Math.Sqrt(norm);
        foreach (var feature in scratch.Touched)
        {
            var value = (float)(scratch.Counts[feature] / norm);
            var offset = feature * classes;
            for (var c = 0; c < classes; c++)
            {
                scores[c] += value * _weights[offset + c];
            }

            scratch.Counts[feature] = 0;
        }

        scratch.Touched.Clear();
    }

    private static string Lower(string text)
    {
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                return text.ToLowerInvariant();
            }
        }

        return text;
    }

    [ThreadStatic]
    private static Scratch? t_scratch;

    /// <summary>Per-thread term counts: a count per feature, and the features touched so far.</summary>
    private sealed class Scratch(int features)
    {
        public int[] Counts { get; } = new int[features];

        public List<int> Touched { get; } = [];

        public void Add(int feature)
        {
            if (Counts[feature]++ == 0)
            {
                Touched.Add(feature);
            }
        }
    }

    // The filter has 2^20 bits (128 KB) for the vocabulary's some 40,000 character n-grams: about one in
    // twenty-five n-grams outside it still goes to the dictionary.
    private const int FilterBits = 20;

    private static ulong FilterBit(ulong key) => (key * 0x9E3779B97F4A7C15UL) >> (64 - FilterBits);

    // An n-gram of up to three UTF-16 characters as one number: 16 bits a character, and the length above them,
    // so that "ab" and "\0ab" differ.
    private static ulong LengthTagged(ulong key, int length) => key | ((ulong)length << 48);

    internal static ulong CharKey(IEnumerable<char> characters)
    {
        ulong key = 0;
        var length = 0;
        foreach (var c in characters)
        {
            key = (key << 16) | c;
            length++;
        }

        return LengthTagged(key, length);
    }

    // A character n-gram's slot name: its characters joined by |, where a character may itself be | (a ledger
    // row's separator: "a|||b" is a, |, b) and markers are written <␂>. Read left to right, one character (or
    // marker) and then one separator at a time.
    internal static List<char> SlotCharacters(string name)
    {
        var characters = new List<char>(3);
        var i = 0;
        while (i < name.Length)
        {
            if (name[i] == '<' && i + 2 < name.Length && name[i + 2] == '>' && IsMarker(name.Substring(i, 3)))
            {
                characters.Add(CharOf(name.Substring(i, 3)));
                i += 3;
            }
            else
            {
                characters.Add(name[i]);
                i++;
            }

            if (i < name.Length)
            {
                if (name[i] != '|')
                {
                    throw new InvalidDataException($"unexpected character slot name '{name}'");
                }

                i++;
            }
        }

        return characters;
    }

    private static bool IsMarker(string token) => token is "<␂>" or "<␃>" or "<␠>" || (token[1] >= '\u2400' && token[1] <= '\u2421');

    // ML.NET names the markers and white space in slot names: <␂> start, <␃> end, <␠> space.
    private static char CharOf(string name) => name switch
    {
        "<␂>" => Start,
        "<␃>" => End,
        "<␠>" => ' ',
        _ when name.Length == 1 => name[0],
        _ when name.StartsWith('<') && name.Length == 3 && name[1] >= '\u2400' && name[1] <= '\u2421' => (char)(name[1] - '\u2400'),
        _ => throw new InvalidDataException($"unexpected character slot name '{name}'"),
    };

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{_labels.Length} classes, {_words.Count} word and {_chars.Count} character n-grams, from {SourceHash[..12]}");
}
