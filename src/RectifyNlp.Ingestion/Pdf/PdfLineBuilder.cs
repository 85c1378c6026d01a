using System.Text;
using UglyToad.PdfPig.Content;

namespace RectifyNlp.Ingestion.Pdf;

/// <summary>
/// Groups a page's letters into visual lines in reading order (top to bottom, left to right), the way
/// official documents are set: one column — or two, as a bulletin or a newspaper page sets them, read one after the other.
/// </summary>
/// <remarks>
/// 1. Letters sharing a baseline (within a third of their size) form a line. 2. Lines are ordered top
/// down, letters left to right; on a page with a column gutter, the left column's lines come before the right's. 3. A gap wider than a third of the font size between two letters is a
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

        foreach (var row in rows)
        {
            row.Sort((a, b) => a.StartBaseLine.X.CompareTo(b.StartBaseLine.X));
        }

        // A footnote's mark set small and raised (……“以陈顶新”¹、“先收后补”……) is no line of its own: left in, it would break
        // its paragraph in two. Its note at the page's foot is a line of words, read as a note (PdfTextReader.TakeFootnotes).
        for (var k = rows.Count - 2; k >= 0; k--)
        {
            if (IsRaisedMark(rows[k], rows[k + 1]))
            {
                rows.RemoveAt(k);
            }
        }

        if (Gutter(rows) is not { } gutter)
        {
            return [.. rows.Select(row => Line(row, page, 0))];
        }

        // Two columns: a band of rows split by the gutter is read down its left column, then down its right; a row across
        // the gutter (the title block) is read whole, between bands. The right column's lines are shifted onto the left
        // column's margins, so that the paragraph joiner sees one column's indents and line ends.
        var lines = new List<PdfLine>(rows.Count * 2);
        var (leftBand, rightBand) = (new List<List<Letter>>(), new List<List<Letter>>());
        var shift = gutter.RightStart - gutter.LeftStart;
        void Flush()
        {
            lines.AddRange(leftBand.Select(part => Line(part, page, 0)));
            lines.AddRange(rightBand.Select(part => Line(part, page, shift)));
            leftBand.Clear();
            rightBand.Clear();
        }

        foreach (var row in rows)
        {
            if (row.Any(l => l.BoundingBox.Right > gutter.From && l.BoundingBox.Left < gutter.To))
            {
                Flush();
                lines.Add(Line(row, page, 0));
                continue;
            }

            var left = row.Where(l => l.BoundingBox.Right <= gutter.From).ToList();
            var right = row.Where(l => l.BoundingBox.Left >= gutter.To).ToList();
            if (left.Count > 0)
            {
                leftBand.Add(left);
            }

            if (right.Count > 0)
            {
                rightBand.Add(right);
            }
        }

        Flush();
        return lines;
    }

    /// <summary>Longest gap, in points, read as a column gutter's narrowest width (in font sizes).</summary>
    private const double MinGutter = 1.0;

    /// <summary>
    /// The gutter of a page set in two columns: a band of x in the middle half of the text's width that the letters of
    /// no more than a fifth of the rows touch, with letters on both sides of it in half the rows or more, and the left
    /// column's lines justified up to it (most of them end within two characters of it — a ruled table's cells do not).
    /// </summary>
    private static (double From, double To, double LeftStart, double RightStart)? Gutter(List<List<Letter>> rows)
    {
        var body = rows.Where(r => r.Count >= MinRowLetters).ToList();
        if (body.Count < MinColumnRows)
        {
            return null;
        }

        var size = body.SelectMany(r => r).Select(Size).Order().ElementAt(body.Sum(r => r.Count) / 2);
        var minX = body.Min(r => r[0].BoundingBox.Left);
        var maxX = body.Max(r => r.Max(l => l.BoundingBox.Right));
        var width = maxX - minX;
        if (width < size * MinColumnChars * 2)
        {
            return null;
        }

        var from = (int)Math.Floor(minX + width / 4);
        var to = (int)Math.Ceiling(minX + width * 3 / 4);
        var touched = new int[to - from + 1];
        foreach (var row in body)
        {
            foreach (var letter in row)
            {
                for (var x = Math.Max(from, (int)Math.Floor(letter.BoundingBox.Left)); x <= Math.Min(to, (int)Math.Ceiling(letter.BoundingBox.Right)); x++)
                {
                    touched[x - from]++;
                }
            }
        }

        (double From, double To)? best = null;
        for (var x = 0; x < touched.Length;)
        {
            if (touched[x] > body.Count / 5)
            {
                x++;
                continue;
            }

            var end = x;
            while (end + 1 < touched.Length && touched[end + 1] <= body.Count / 5)
            {
                end++;
            }

            if (end - x + 1 >= size * MinGutter && (best is null || end - x > best.Value.To - best.Value.From))
            {
                best = (from + x, from + end);
            }

            x = end + 1;
        }

        if (best is not { } gap)
        {
            return null;
        }

        var split = body.Where(r => r.Any(l => l.BoundingBox.Right <= gap.From) && r.Any(l => l.BoundingBox.Left >= gap.To)
            && !r.Any(l => l.BoundingBox.Right > gap.From && l.BoundingBox.Left < gap.To)).ToList();
        if (split.Count * 2 < body.Count)
        {
            return null;
        }

        var justified = split.Count(r => r.Where(l => l.BoundingBox.Right <= gap.From).Max(l => l.BoundingBox.Right) >= gap.From - size * 2);
        if (justified * 2 < split.Count)
        {
            return null;
        }

        var leftStart = Mode(split.Select(r => r[0].BoundingBox.Left));
        var rightStart = Mode(split.Select(r => r.First(l => l.BoundingBox.Left >= gap.To).BoundingBox.Left));
        return (gap.From, gap.To, leftStart, rightStart);
    }

    private const int MinRowLetters = 4;
    private const int MinColumnRows = 6;
    private const int MinColumnChars = 8;

    private static double Mode(IEnumerable<double> values) =>
        values.GroupBy(v => Math.Round(v)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;

    private static PdfLine Line(List<Letter> row, int page, double shift)
    {
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
        return new PdfLine(text.ToString(), row[0].BoundingBox.Left - shift, right - shift, row[0].StartBaseLine.Y, sizes[sizes.Count / 2], page);
    }

    /// <summary>
    /// Whether a row is only a footnote's mark over the line it belongs to: a few digits or note signs, set smaller than that
    /// line's letters, their baseline above its baseline by less than its letters' size, and within its width.
    /// </summary>
    private static bool IsRaisedMark(List<Letter> row, List<Letter> below)
    {
        if (row.Count > MaxMarkLetters || below.Count < MinRowLetters || !row.TrueForAll(l => l.Value.All(c => char.IsDigit(c) || c is '*' or '†' or '‡' or '※' or '¹' or '²' or '³' or '[' or ']' or '［' or '］')))
        {
            return false;
        }

        var size = PdfParagraphJoiner.Median(below.Select(Size));
        var rise = row[0].StartBaseLine.Y - below[0].StartBaseLine.Y;
        return row.TrueForAll(l => Size(l) < size * SmallMark) && rise > 0 && rise < size
            && row[0].BoundingBox.Left >= below[0].BoundingBox.Left && row[^1].BoundingBox.Right <= below[^1].BoundingBox.Right + size;
    }

    /// <summary>Most letters of a footnote's mark (¹ … ［12］).</summary>
    private const int MaxMarkLetters = 4;

    /// <summary>Largest size of a mark's letters, as a share of its line's.</summary>
    private const double SmallMark = 0.8;

    private static double Size(Letter letter) => letter.PointSize > 0 ? letter.PointSize : Math.Max(letter.BoundingBox.Height, 1);
}
