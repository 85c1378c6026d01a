using RectifyNlp.Core.Documents;

namespace RectifyNlp.Core.Normalization;

/// <summary>A paragraph of the normalised text: one line of it, never empty.</summary>
/// <param name="Span">Where the paragraph stands in the normalised text (without its <c>'\n'</c>).</param>
/// <param name="OutlineLevel">The heading level the file declared, if any.</param>
/// <param name="IsTableRow">Whether it is a table row.</param>
/// <param name="Page">The page it starts on, for paged formats.</param>
public readonly record struct Paragraph(TextSpan Span, int? OutlineLevel, bool IsTableRow, int? Page);
