using System.Collections.Immutable;
using RectifyNlp.Core.Documents;

namespace RectifyNlp.Core.Normalization;

/// <summary>
/// Maps offsets in a normalised text back to offsets in the text a reader produced
/// (<see cref="RawDocument.Text"/>). It holds one entry per normalised character plus one for the end.
/// </summary>
public sealed class OffsetMap
{
    private readonly ImmutableArray<int> _originals;

    /// <summary>Creates a map from the original offset of every normalised character and of the end.</summary>
    public OffsetMap(ImmutableArray<int> originals)
    {
        if (originals.IsDefaultOrEmpty)
        {
            throw new ArgumentException("An offset map needs at least the end entry.", nameof(originals));
        }

        _originals = originals;
    }

    /// <summary>The length of the normalised text the map covers.</summary>
    public int Length => _originals.Length - 1;

    /// <summary>The original offset of the normalised offset <paramref name="offset"/> (0 ≤ offset ≤ Length).</summary>
    public int ToOriginal(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, Length);
        return _originals[offset];
    }

    /// <summary>
    /// The original span a normalised span came from: from its first character's origin to just after its
    /// last character's origin.
    /// </summary>
    public TextSpan ToOriginal(TextSpan span)
    {
        if (span.IsEmpty)
        {
            var at = ToOriginal(span.Start);
            return new TextSpan(at, at);
        }

        return new TextSpan(ToOriginal(span.Start), ToOriginal(span.End - 1) + 1);
    }
}
