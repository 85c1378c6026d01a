namespace RectifyNlp.Core.Documents;

/// <summary>A half-open range <c>[Start, End)</c> of character offsets into a text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>The number of characters covered.</summary>
    public int Length => End - Start;

    /// <summary>Whether the span covers no character.</summary>
    public bool IsEmpty => End <= Start;

    /// <summary>Whether <paramref name="offset"/> lies inside the span.</summary>
    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>Whether <paramref name="other"/> lies wholly inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>The text this span covers in <paramref name="text"/>.</summary>
    public string Slice(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[Start..End];
    }

    /// <inheritdoc />
    public override string ToString() => $"[{Start}, {End})";
}
