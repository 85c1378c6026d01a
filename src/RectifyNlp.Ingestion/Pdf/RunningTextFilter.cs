using System.Text.RegularExpressions;

namespace RectifyNlp.Ingestion.Pdf;

/// <summary>
/// Drops running headers, footers and page numbers: among the first and last two lines of each page,
/// those that repeat on at least half the pages (digits ignored) or read as a page number
/// (<c>- 3 -</c>, <c>第3页 共9页</c>, <c>3/9</c>).
/// </summary>
internal static partial class RunningTextFilter
{
    private const int EdgeLines = 2;

    [GeneratedRegex(@"^[-—–－·\s]*(第\s*)?\d{1,4}\s*(页)?\s*([/／]\s*\d{1,4}|共\s*\d{1,4}\s*页)?[-—–－·\s]*$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+|\s+")]
    private static partial Regex DigitsAndSpaces();

    public static List<PdfLine> Filter(List<List<PdfLine>> pages)
    {
        // A table's rows are never running text (a ledger's header repeated on each page is dealt with as a row).
        var edges = pages.SelectMany(EdgeOf).Where(l => !l.IsTableRow).ToList();
        var shapeCounts = edges.GroupBy(l => Shape(l.Text)).ToDictionary(g => g.Key, g => g.Select(l => l.Page).Distinct().Count());
        var minRepeats = Math.Max(2, (pages.Count + 1) / 2);
        var dropped = edges
            .Where(l => PageNumber().IsMatch(l.Text) || (pages.Count >= 2 && shapeCounts[Shape(l.Text)] >= minRepeats))
            .ToHashSet();
        return [.. pages.SelectMany(p => p).Where(l => !dropped.Contains(l))];
    }

    private static IEnumerable<PdfLine> EdgeOf(List<PdfLine> page) =>
        page.Count <= EdgeLines * 2 ? page : page.Take(EdgeLines).Concat(page.TakeLast(EdgeLines));

    private static string Shape(string text) => DigitsAndSpaces().Replace(text, m => m.Value[0] is >= '0' and <= '9' ? "#" : string.Empty);
}
