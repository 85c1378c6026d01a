using RectifyNlp.Core.Documents;

namespace RectifyNlp.Core.Segmentation;

/// <summary>A word of a text: where it stands and, when asked for, its part of speech (jieba's tag set).</summary>
/// <param name="Span">Its characters in the text that was segmented.</param>
/// <param name="Tag">Its part-of-speech tag (n, v, vn, m, eng …), or <c>null</c> when tags were not asked for.</param>
public readonly record struct Token(TextSpan Span, string? Tag = null)
{
    /// <summary>The word's characters.</summary>
    public string Text(string source) => Span.Slice(source);
}
