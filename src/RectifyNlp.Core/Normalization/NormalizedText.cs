using System.Collections.Immutable;

namespace RectifyNlp.Core.Normalization;

/// <summary>
/// A document's text unified for matching: full-width digits and letters made half-width, Chinese
/// punctuation made full-width, stray whitespace and line wraps removed, one paragraph a line.
/// Every offset the pipeline reports is an offset into <see cref="Text"/>; <see cref="Map"/> leads back
/// to the reader's text.
/// </summary>
/// <param name="Text">The normalised text, paragraphs joined by <c>'\n'</c>.</param>
/// <param name="Map">Normalised offset → original offset.</param>
/// <param name="Paragraphs">The paragraphs, in order.</param>
public sealed record NormalizedText(string Text, OffsetMap Map, ImmutableArray<Paragraph> Paragraphs);
