using RectifyNlp.Core.Documents;

namespace RectifyNlp.Analysis;

/// <summary>
/// Which of many spans (a report's parts) holds a given stretch of text, asked once per paragraph or per match: by
/// binary search when the spans do not overlap — as a document's parts do not — else by looking at each in order,
/// so that the answer is always the first span, in the order given, that holds it (issue 20: a scan of every part for
/// every paragraph grew with the square of the report).
/// </summary>
internal sealed class SpanLookup
{
    private readonly IReadOnlyList<TextSpan> _spans;

    // The non-empty spans by start, with their index in _spans; null when two of them overlap.
    private readonly int[]? _starts;
    private readonly int[]? _order;

    public SpanLookup(IReadOnlyList<TextSpan> spans)
    {
        _spans = spans;
        var order = Enumerable.Range(0, spans.Count).Where(i => !spans[i].IsEmpty).OrderBy(i => spans[i].Start).ThenBy(i => i).ToArray();
        for (var k = 1; k < order.Length; k++)
        {
            if (spans[order[k - 1]].End > spans[order[k]].Start)
            {
                return;
            }
        }

        _order = order;
        _starts = [.. order.Select(i => spans[i].Start)];
    }

    /// <summary>The index of the first span that contains <paramref name="span"/>, or -1.</summary>
    public int FirstContaining(TextSpan span)
    {
        if (_starts is null || _order is null || span.IsEmpty)
        {
            for (var i = 0; i < _spans.Count; i++)
            {
                if (_spans[i].Contains(span))
                {
                    return i;
                }
            }

            return -1;
        }

        // A non-empty stretch lies in a span only if its first character does, and without overlaps one span at most
        // holds that character: the last to start at or before it. Empty spans hold nothing non-empty.
        var k = Array.BinarySearch(_starts, span.Start);
        k = k >= 0 ? LastAt(k) : ~k - 1;
        return k >= 0 && _spans[_order[k]].Contains(span) ? _order[k] : -1;
    }

    /// <summary>Whether any span contains <paramref name="span"/>.</summary>
    public bool AnyContains(TextSpan span) => FirstContaining(span) >= 0;

    /// <summary>Whether any span contains the character at <paramref name="offset"/>.</summary>
    public bool AnyContains(int offset) => AnyContains(new TextSpan(offset, offset + 1));

    private int LastAt(int k)
    {
        while (k + 1 < _starts!.Length && _starts[k + 1] == _starts[k])
        {
            k++;
        }

        return k;
    }
}
