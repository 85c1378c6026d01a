namespace RectifyNlp.Ingestion.Pdf;

/// <summary>One visual line of a PDF page, in PDF user space (origin bottom left).</summary>
/// <param name="Text">The line's characters left to right.</param>
/// <param name="Left">Its left edge.</param>
/// <param name="Right">Its right edge.</param>
/// <param name="Baseline">Its baseline height.</param>
/// <param name="Size">Its font size.</param>
/// <param name="Page">The 1-based page.</param>
internal sealed record PdfLine(string Text, double Left, double Right, double Baseline, double Size, int Page)
{
    /// <summary>Whether the line is a row of a ruled table, its cells split by <see cref="Core.Documents.RawParagraph.TableCellSeparator"/>.</summary>
    public bool IsTableRow { get; init; }
}
