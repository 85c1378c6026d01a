namespace RectifyNlp.Core.Documents;

/// <summary>
/// One paragraph as a reader recovered it, before normalisation. It may still hold line breaks
/// (a wrapped line, a soft break) that normalisation joins.
/// </summary>
/// <param name="Text">The paragraph's characters as read.</param>
/// <param name="OutlineLevel">A heading level the file itself declares (Word heading styles and outline
/// levels, HTML h1–h6), 1 for the highest; <c>null</c> when the file says nothing.</param>
/// <param name="IsTableRow">Whether the paragraph is one row of a table, its cells joined by
/// <see cref="TableCellSeparator"/>.</param>
/// <param name="Page">The 1-based page the paragraph starts on, for paged formats.</param>
public sealed record RawParagraph(string Text, int? OutlineLevel = null, bool IsTableRow = false, int? Page = null)
{
    /// <summary>What joins the cells of a table row.</summary>
    public const string TableCellSeparator = " | ";

    /// <summary>
    /// What a cell covered by a merged cell above it reads as (Word's vMerge, HTML's rowspan): the ditto mark, so the
    /// row keeps what the merged cell says for it (one 责任领导 over two rows answers for both) and is not read as blank.
    /// </summary>
    public const string MergedCellMark = "〃";
}
