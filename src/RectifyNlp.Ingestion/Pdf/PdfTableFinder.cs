using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Graphics;

namespace RectifyNlp.Ingestion.Pdf;

/// <summary>
/// Reads a table drawn with ruling lines (a ledger exported from Word or WPS) cell by cell, so that each row comes out
/// as one line of cells in the table's columns, as the Word reader writes a table — not as visual lines that run across
/// every column at once.
/// </summary>
/// <remarks>
/// The grid is the page's horizontal and vertical strokes (or hairline rectangles). A letter's column is the gap between
/// the vertical rules that cross its height; its row is the gap between the horizontal rules that cross its column, so a
/// cell merged over rows or columns keeps its text together. A page with fewer than three vertical rules or two
/// horizontal ones has no table; a page with more than <see cref="MaxRules"/> rules, or whose letters times rules pass
/// <see cref="MaxPlacements"/>, is read as plain lines.
/// </remarks>
internal static class PdfTableFinder
{
    /// <summary>More rules than this on one page is a drawing, not a ledger.</summary>
    public const int MaxRules = 4000;

    /// <summary>Letters times rules on one page past which the page is read as plain lines.</summary>
    public const long MaxPlacements = 20_000_000;

    private const double Hairline = 2.0;

    /// <summary>
    /// Splits a page's letters into the table's rows (as lines flagged as table rows, each at its top) and the letters
    /// outside any table, which are left for the line builder.
    /// </summary>
    public static (List<PdfLine> Rows, List<Letter> Others) Split(IReadOnlyList<Letter> letters, IReadOnlyList<PdfPath> paths, int page)
    {
        var horizontal = new List<(double Y, double Left, double Right)>();
        var vertical = new List<(double X, double Bottom, double Top)>();
        foreach (var path in paths)
        {
            foreach (var subpath in path)
            {
                if (horizontal.Count + vertical.Count > MaxRules || subpath.GetBoundingRectangle() is not { } box)
                {
                    continue;
                }

                if (box.Height <= Hairline && box.Width > Hairline * 3)
                {
                    horizontal.Add(((box.Bottom + box.Top) / 2, box.Left, box.Right));
                }
                else if (box.Width <= Hairline && box.Height > Hairline * 3)
                {
                    vertical.Add(((box.Left + box.Right) / 2, box.Bottom, box.Top));
                }
            }
        }

        // Each letter is placed by the rules that reach it: bound the work (a ledger page: some 2,000 letters, 60 rules).
        if (horizontal.Count + vertical.Count > MaxRules || (long)letters.Count * (horizontal.Count + vertical.Count) > MaxPlacements
            || vertical.Select(v => Math.Round(v.X)).Distinct().Count() < 3 || horizontal.Select(h => Math.Round(h.Y)).Distinct().Count() < 2)
        {
            return ([], [.. letters]);
        }

        var (left, right) = (vertical.Min(v => v.X), vertical.Max(v => v.X));
        var (bottom, top) = (horizontal.Min(h => h.Y), horizontal.Max(h => h.Y));
        var columns = Distinct(vertical.Select(v => v.X));
        var rows = Distinct(horizontal.Select(h => h.Y)).OrderDescending().ToList();
        // Per rule position, the stretches its segments cover: a letter is then placed in time linear in the rules.
        var columnReach = columns.Select(c => vertical.Where(v => Math.Abs(v.X - c) <= 1).Select(v => (v.Bottom, v.Top)).ToList()).ToList();
        var rowReach = rows.Select(r => horizontal.Where(h => Math.Abs(h.Y - r) <= 1).Select(h => (h.Left, h.Right)).ToList()).ToList();
        var cells = new Dictionary<(int Row, int Column), List<Letter>>();
        var rest = new List<Letter>();
        foreach (var letter in letters)
        {
            var (x, y) = ((letter.BoundingBox.Left + letter.BoundingBox.Right) / 2, (letter.BoundingBox.Bottom + letter.BoundingBox.Top) / 2);
            if (x <= left || x >= right || y <= bottom || y >= top || string.IsNullOrWhiteSpace(letter.Value))
            {
                rest.Add(letter);
                continue;
            }

            // The rules that cross the letter: the nearest to its left and above it that reach it.
            var column = Enumerable.Range(0, columns.Count).LastOrDefault(k => columns[k] < x && columnReach[k].Exists(v => v.Bottom - 1 <= y && y <= v.Top + 1), -1);
            var columnRight = columns.FindIndex(c => c > x);
            var row = Enumerable.Range(0, rows.Count).LastOrDefault(k => rows[k] > y && rowReach[k].Exists(h => h.Left - 1 <= x && x <= h.Right + 1), -1);
            if (column < 0 || row < 0 || columnRight < 0)
            {
                rest.Add(letter);
                continue;
            }

            var key = (row, column);
            if (!cells.TryGetValue(key, out var list))
            {
                cells[key] = list = [];
            }

            list.Add(letter);
        }

        var lines = new List<PdfLine>();
        foreach (var rowGroup in cells.GroupBy(c => c.Key.Row).OrderBy(g => g.Key))
        {
            var texts = new string[columns.Count - 1];
            foreach (var (key, cellLetters) in rowGroup)
            {
                if (key.Column < texts.Length)
                {
                    texts[key.Column] = CellText(cellLetters, page);
                }
            }

            var size = rowGroup.SelectMany(c => c.Value).Select(l => l.PointSize > 0 ? l.PointSize : l.BoundingBox.Height).Order().ElementAt(rowGroup.Sum(c => c.Value.Count) / 2);
            lines.Add(new PdfLine(string.Join(Core.Documents.RawParagraph.TableCellSeparator, texts.Select(t => t ?? string.Empty)), left, right, rows[rowGroup.Key], size, page) { IsTableRow = true });
        }

        return (lines, rest);
    }

    // A cell's letters as text: its visual lines in order, joined without a break (the cell wraps, it has no paragraphs).
    private static string CellText(List<Letter> letters, int page)
    {
        var text = new StringBuilder();
        foreach (var line in PdfLineBuilder.Build(letters, page))
        {
            if (text.Length > 0 && char.IsAsciiLetterOrDigit(text[^1]) && line.Text.Length > 0 && char.IsAsciiLetterOrDigit(line.Text[0]))
            {
                text.Append(' ');
            }

            text.Append(line.Text.Trim());
        }

        return text.ToString();
    }

    // Positions within a point of each other are one rule.
    private static List<double> Distinct(IEnumerable<double> positions)
    {
        var result = new List<double>();
        foreach (var position in positions.Order())
        {
            if (result.Count == 0 || position - result[^1] > 1)
            {
                result.Add(position);
            }
        }

        return result;
    }
}
