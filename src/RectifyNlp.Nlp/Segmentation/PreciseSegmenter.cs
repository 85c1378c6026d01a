using System.Runtime.CompilerServices;
using RectifyNlp.Core.Documents;

namespace RectifyNlp.Nlp.Segmentation;

/// <summary>
/// jieba's precise mode with the HMM for unknown words, over spans: the same dictionary and the same
/// algorithm as jieba (and jieba.NET), built once, thread-safe, allocating nothing per call beyond the
/// caller's output list once it has grown.
/// </summary>
/// <remarks>
/// 1. The text is split into blocks of [\u4E00-\u9FD5a-zA-Z0-9+#&amp;._%-] and the rest; the rest yields
///    whitespace (skipped) and single characters.
/// 2. In a block, the best route is the maximum over the word DAG of the summed log-probabilities,
///    computed right to left (ties go to the longer word, as in jieba).
/// 3. Runs of single characters on the route that do not form a known word go to the HMM: Viterbi over
///    B/E/M/S for the ideographs (ties broken as jieba's tuple comparison breaks them), and Latin letters,
///    digits and decimals (8.6, 50%) kept whole.
/// The reference is jieba 0.42.1; a conformance test holds this equal to it token for token. The hot
/// methods are compiled optimised from the first call: a command-line run is over before tiering would
/// promote them.
/// </remarks>
public sealed class PreciseSegmenter
{
    private readonly JiebaVocabulary _dictionary;
    private readonly PrefixTrie _trie;

    [ThreadStatic]
    private static Scratch? t_scratch;

    /// <summary>Creates a segmenter over a built vocabulary (dictionary and HMM emission table).</summary>
    public PreciseSegmenter(JiebaVocabulary dictionary)
    {
        _dictionary = dictionary ?? throw new ArgumentNullException(nameof(dictionary));
        _trie = dictionary.Trie;
    }

    /// <summary>The vocabulary the segmenter uses.</summary>
    public JiebaVocabulary Vocabulary => _dictionary;

    /// <summary>Appends the words of <paramref name="text"/> to <paramref name="output"/>, whitespace left out.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Cut(ReadOnlySpan<char> text, List<TextSpan> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var scratch = t_scratch ??= new Scratch();
        var i = 0;
        while (i < text.Length)
        {
            var j = i;
            if (IsBlockChar(text[i]))
            {
                while (j < text.Length && IsBlockChar(text[j]))
                {
                    j++;
                }

                CutBlock(text, i, j, output, scratch);
            }
            else
            {
                while (j < text.Length && !IsBlockChar(text[j]))
                {
                    j++;
                }

                CutOther(text, i, j, output);
            }

            i = j;
        }
    }

    /// <summary>Outside blocks: whitespace (\r\n or one space) is skipped, everything else is a word per character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CutOther(ReadOnlySpan<char> text, int start, int end, List<TextSpan> output)
    {
        var k = start;
        while (k < end)
        {
            var c = text[k];
            if (c == '\r' && k + 1 < end && text[k + 1] == '\n')
            {
                k += 2;
            }
            else if (IsPythonSpace(c))
            {
                k++;
            }
            else
            {
                var length = char.IsHighSurrogate(c) && k + 1 < end && char.IsLowSurrogate(text[k + 1]) ? 2 : 1;
                output.Add(new TextSpan(k, k + length));
                k += length;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CutBlock(ReadOnlySpan<char> text, int start, int end, List<TextSpan> output, Scratch scratch)
    {
        var n = end - start;
        var block = text[start..end];
        scratch.Ensure(n);
        var route = scratch.Route;
        var next = scratch.Next;

        // 2. Best route, right to left.
        route[n] = 0;
        for (var idx = n - 1; idx >= 0; idx--)
        {
            var best = double.NegativeInfinity;
            var bestX = -1;
            var node = _trie.Root(block[idx]);
            for (var x = idx; node >= 0;)
            {
                if (_dictionary.FrequencyOf(node) > 0)
                {
                    var candidate = _dictionary.WeightOf(node) + route[x + 1];
                    if (candidate >= best)
                    {
                        best = candidate;
                        bestX = x;
                    }
                }

                if (++x >= n)
                {
                    break;
                }

                node = _trie.Child(node, block[x]);
            }

            if (bestX < 0)
            {
                best = (0.0 - _dictionary.LogTotal) + route[idx + 1];
                bestX = idx;
            }

            route[idx] = best;
            next[idx] = bestX;
        }

        // 3. Words of the route; runs of single characters go to the HMM unless they form a known word.
        var bufferStart = -1;
        for (var x = 0; x < n;)
        {
            var y = next[x] + 1;
            if (y - x == 1)
            {
                if (bufferStart < 0)
                {
                    bufferStart = x;
                }
            }
            else
            {
                if (bufferStart >= 0)
                {
                    FlushSingles(block, bufferStart, x, start, output, scratch);
                    bufferStart = -1;
                }

                output.Add(new TextSpan(start + x, start + y));
            }

            x = y;
        }

        if (bufferStart >= 0)
        {
            FlushSingles(block, bufferStart, n, start, output, scratch);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FlushSingles(ReadOnlySpan<char> block, int from, int to, int offset, List<TextSpan> output, Scratch scratch)
    {
        if (to - from == 1)
        {
            output.Add(new TextSpan(offset + from, offset + to));
            return;
        }

        if (_dictionary.Frequency(block[from..to]) > 0)
        {
            for (var k = from; k < to; k++)
            {
                output.Add(new TextSpan(offset + k, offset + k + 1));
            }

            return;
        }

        // finalseg.cut: ideograph runs through Viterbi, the rest split into Latin/number words and gaps.
        var p = from;
        while (p < to)
        {
            var q = p;
            if (IsHan(block[p]))
            {
                while (q < to && IsHan(block[q]))
                {
                    q++;
                }

                Viterbi(block, p, q, offset, output, scratch);
            }
            else
            {
                while (q < to && !IsHan(block[q]))
                {
                    q++;
                }

                SplitLatin(block, p, q, offset, output);
            }

            p = q;
        }
    }

    /// <summary><c>[a-zA-Z0-9]+(?:\.\d+)?%?</c> matches are words; what lies between them is a word too.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SplitLatin(ReadOnlySpan<char> block, int from, int to, int offset, List<TextSpan> output)
    {
        var gap = from;
        var k = from;
        while (k < to)
        {
            if (!char.IsAsciiLetterOrDigit(block[k]))
            {
                k++;
                continue;
            }

            var match = k;
            while (k < to && char.IsAsciiLetterOrDigit(block[k]))
            {
                k++;
            }

            if (k + 1 < to && block[k] == '.' && char.IsAsciiDigit(block[k + 1]))
            {
                k++;
                while (k < to && char.IsAsciiDigit(block[k]))
                {
                    k++;
                }
            }

            if (k < to && block[k] == '%')
            {
                k++;
            }

            if (match > gap)
            {
                output.Add(new TextSpan(offset + gap, offset + match));
            }

            output.Add(new TextSpan(offset + match, offset + k));
            gap = k;
        }

        if (to > gap)
        {
            output.Add(new TextSpan(offset + gap, offset + to));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Viterbi(ReadOnlySpan<char> block, int from, int to, int offset, List<TextSpan> output, Scratch scratch)
    {
        var length = to - from;
        scratch.EnsureViterbi(length);
        var v = scratch.V;
        var back = scratch.Back;
        var start = HmmModel.Start;
        var trans = HmmModel.Transition;

        var c0 = block[from];
        for (var y = 0; y < 4; y++)
        {
            v[y] = start[y] + _dictionary.Emission(y, c0);
        }

        for (var t = 1; t < length; t++)
        {
            var c = block[from + t];
            var previous = (t - 1) * 4;
            var current = t * 4;
            Step(v, back, previous, current, HmmModel.B, HmmModel.E, HmmModel.S, _dictionary.Emission(HmmModel.B, c), trans);
            Step(v, back, previous, current, HmmModel.M, HmmModel.M, HmmModel.B, _dictionary.Emission(HmmModel.M, c), trans);
            Step(v, back, previous, current, HmmModel.S, HmmModel.S, HmmModel.E, _dictionary.Emission(HmmModel.S, c), trans);
            Step(v, back, previous, current, HmmModel.E, HmmModel.B, HmmModel.M, _dictionary.Emission(HmmModel.E, c), trans);
        }

        // The last state is E or S; on a tie S wins (jieba compares (prob, state) tuples).
        var last = (length - 1) * 4;
        var state = v[last + HmmModel.S] >= v[last + HmmModel.E] ? HmmModel.S : HmmModel.E;
        var states = scratch.States;
        for (var t = length - 1; t >= 0; t--)
        {
            states[t] = (byte)state;
            state = back[t * 4 + state];
        }

        var begin = 0;
        var nextStart = 0;
        for (var i = 0; i < length; i++)
        {
            switch (states[i])
            {
                case HmmModel.B:
                    begin = i;
                    break;
                case HmmModel.E:
                    output.Add(new TextSpan(offset + from + begin, offset + from + i + 1));
                    nextStart = i + 1;
                    break;
                case HmmModel.S:
                    output.Add(new TextSpan(offset + from + i, offset + from + i + 1));
                    nextStart = i + 1;
                    break;
            }
        }

        if (nextStart < length)
        {
            output.Add(new TextSpan(offset + from + nextStart, offset + to));
        }
    }

    /// <summary>One Viterbi cell: the better of two predecessors; on equal probability the later state letter wins.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Step(double[] v, byte[] back, int previous, int current, int y, int a, int b, double emission, double[][] trans)
    {
        var pa = v[previous + a] + trans[a][y] + emission;
        var pb = v[previous + b] + trans[b][y] + emission;
        // Letters order B < E < M < S, which the state indexes follow.
        var takeA = pa > pb || (pa == pb && a > b);
        v[current + y] = takeA ? pa : pb;
        back[current + y] = (byte)(takeA ? a : b);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsBlockChar(char c) =>
        c is (>= '\u4E00' and <= '\u9FD5') or (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '+' or '#' or '&' or '.' or '_' or '%' or '-';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FD5';

    /// <summary>Python's <c>\s</c>: .NET's white space plus the information separators U+001C–U+001F.</summary>
    internal static bool IsPythonSpace(char c) => char.IsWhiteSpace(c) || c is >= '\u001C' and <= '\u001F';

    private sealed class Scratch
    {
        public double[] Route = new double[256];
        public int[] Next = new int[256];
        public double[] V = new double[256 * 4];
        public byte[] Back = new byte[256 * 4];
        public byte[] States = new byte[256];

        public void Ensure(int n)
        {
            if (Route.Length <= n)
            {
                Route = new double[n * 2 + 1];
                Next = new int[n * 2 + 1];
            }
        }

        public void EnsureViterbi(int n)
        {
            if (States.Length < n)
            {
                V = new double[n * 8];
                Back = new byte[n * 8];
                States = new byte[n * 2];
            }
        }
    }
}
