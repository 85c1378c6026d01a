using System.Text;
using UglyToad.PdfPig.Content;

namespace RectifyNlp.Ingestion.Pdf;

/// <summary>
/// Groups a page's letters into visual lines in reading order (top to bottom, left to right), the way
/// official documents are set: one column.
/// </summary>
/// <remarks>
/// 1. Letters sharing a baseline (within a third of their size) form a line. 2. Lines are ordered top
/// down, letters left to right. 3. A gap wider than a third of the font size between two letters is a
/// space; normalisation later drops the spaces next to Chinese characters.
/// </remarks>
internal static class PdfLineBuilder
{
    public static List<PdfLine> Build(IEnumerable<Letter> letters, int page)
    {
        var rows = new List<List<Letter>>();
        foreach (var letter in letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).OrderByDescending(l => l.StartBaseLine.Y).ThenBy(l => l.StartBaseLine.X))
        {
            var size = Size(letter);
            var row = rows.Count > 0 && Math.Abs(rows[^1][0].StartBaseLine.Y - letter.StartBaseLine.Y) <= size / 3 ? rows[^1] : null;
            if (row is null)
            {
                row = [];
                rows.Add(row);
            }

            row.Add(letter);
        }

        var lines = new List<PdfLine>(rows.Count);
        foreach (var row in rows)
        {
            row.Sort((a, b) => a.StartBaseLine.X.CompareTo(b.StartBaseLine.X));
            var text = new StringBuilder();
            double right = double.MinValue;
            foreach (var letter in row)
            {
                if (text.Length > 0 && letter.BoundingBox.Left - right > Size(letter) / 3)
                {
                    text.Append(' ');
                }

                text.Append(letter.Value);
                right = Math.Max(right, letter.BoundingBox.Right);
            }

            var sizes = row.Select(Size).Order().ToList();
            lines.Add(new PdfLine(text.ToString(), row[0].BoundingBox.Left, right, row[0].StartBaseLine.Y, sizes[sizes.Count / 2], page));
        }

        return lines;
    }

    private static double Size(Letter letter) => letter.PointSize > 0 ? letter.PointSize : Math.Max(letter.BoundingBox.Height, 1);
}
