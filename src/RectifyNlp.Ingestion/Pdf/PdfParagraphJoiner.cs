using System.Text.RegularExpressions;
using RectifyNlp.Core.Documents;
using RectifyNlp.Core.Normalization;
using RectifyNlp.Core.Structure;

namespace RectifyNlp.Ingestion.Pdf;

/// <summary>
/// Joins visual lines back into paragraphs, across page breaks too. A line opens a new paragraph when
/// it is indented (Chinese paragraphs indent two characters), when the line before it stopped short of
/// the right margin, when it starts with a heading number or a problem label, when the font size
/// changes, or after a wide vertical gap.
/// </summary>
internal static partial class PdfParagraphJoiner
{
    public static List<RawParagraph> Join(List<PdfLine> lines)
    {
        var paragraphs = new List<RawParagraph>();
        if (lines.Count == 0)
        {
            return paragraphs;
        }

        var size = Median(lines.Select(l => l.Size));
        var left = Mode(lines.Select(l => l.Left));
        var right = Percentile(lines.Select(l => l.Right), 0.95);
        var spacing = Median(lines.Zip(lines.Skip(1)).Where(p => p.First.Page == p.Second.Page).Select(p => p.First.Baseline - p.Second.Baseline).Where(d => d > 0).DefaultIfEmpty(size * 1.5));

        var current = new List<string>();
        var page = lines[0].Page;
        string? header = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsTableRow)
            {
                // A table's row is a paragraph of its own. The header repeated at the top of a later page is dropped, and a
                // row whose first cell is empty at the top of a page goes on with the row the page before ended with.
                if (current.Count > 0)
                {
                    paragraphs.Add(new RawParagraph(string.Join('\n', current), Page: page));
                    current.Clear();
                }

                header ??= line.Text;
                var previousRow = paragraphs.Count > 0 && paragraphs[^1].IsTableRow ? paragraphs[^1] : null;
                if (line.Text == header && previousRow is not null)
                {
                    continue;
                }

                if (previousRow is not null && previousRow.Page != line.Page && Cells(line.Text) is [{ Length: 0 }, ..] continued
                    && Cells(previousRow.Text) is var ended && ended.Length == continued.Length)
                {
                    paragraphs[^1] = previousRow with { Text = string.Join(RawParagraph.TableCellSeparator, ended.Zip(continued, (a, b) => a + b)) };
                    continue;
                }

                paragraphs.Add(new RawParagraph(line.Text, IsTableRow: true, Page: line.Page));
                page = line.Page;
                continue;
            }

            if (current.Count == 0 || i == 0 || lines[i - 1].IsTableRow)
            {
                if (current.Count == 0)
                {
                    page = line.Page;
                }

                current.Add(line.Text);
                continue;
            }

            var previous = lines[i - 1];
            var samePage = line.Page == previous.Page;
            var breaks =
                line.Left > left + size * 1.2
                || (previous.Right < right - size * 1.5 && !Wrapped(previous.Text, line.Text, right - previous.Right, size))
                || OpensNumberedItem(line.Text)
                || Math.Abs(line.Size - previous.Size) > size * 0.15
                || (samePage && previous.Baseline - line.Baseline > spacing * 1.8);
            if (breaks)
            {
                paragraphs.Add(new RawParagraph(string.Join('\n', current), Page: page));
                current.Clear();
                page = line.Page;
            }

            current.Add(line.Text);
        }

        if (current.Count > 0)
        {
            paragraphs.Add(new RawParagraph(string.Join('\n', current), Page: page));
        }

        return paragraphs;
    }

    private static string[] Cells(string row) => row.Split(RawParagraph.TableCellSeparator);

    /// <summary>
    /// Whether a line that stops short of the margin was still wrapped: it ends inside a sentence (，、 or an opening
    /// bracket or quote — no paragraph ends so), or the word that opens the next line (2024年, 13.7万元, PDF — digits and
    /// Latin letters are not broken) would not have fitted in the room left.
    /// </summary>
    internal static bool Wrapped(string previous, string next, double room, double size)
    {
        var last = previous.TrimEnd();
        if (last.Length > 0 && last[^1] is '，' or ',' or '、' or '“' or '（' or '(' or '《')
        {
            return true;
        }

        var start = next.TrimStart();
        var word = 0;
        while (word < start.Length && (char.IsAsciiLetterOrDigit(start[word]) || start[word] is '.' or '%' or '-'))
        {
            word++;
        }

        // Half-width characters take about half a Chinese character's width; one more for what follows the word.
        return word > 0 && room < (word * 0.6 + 1.2) * size;
    }

    /// <summary>
    /// A line that starts with a heading number (一、 （二） 3.) or a problem label (问题2：) starts a
    /// paragraph even when the line above is full: a heading that fills the line is common, a wrap that
    /// happens to leave such a number at a line's start is not.
    /// </summary>
    internal static bool OpensNumberedItem(string line)
    {
        // A full-width stop leaves room after its glyph that reads as a space (2． 关于……): the number's spaces go first,
        // and its full-width forms are read as the normaliser will write them (2．→ 2.), as the heading numbers are matched.
        var probe = line.Length > MarkerProbe ? line[..MarkerProbe] : line;
        var head = new string([.. probe.Select(TextNormalizer.Fold).Where(c => c is not (' ' or '\0'))]) + line[probe.Length..];
        return HeadingMarker.Match(head, 0) is not null || ProblemLabel().IsMatch(head);
    }

    /// <summary>The characters at a line's start read past its spaces for a heading number (（十二）、 / 问题12：).</summary>
    private const int MarkerProbe = 8;

    [GeneratedRegex(@"^问题\s*(\d{1,3}|[一二三四五六七八九十]+)\s*[：:]")]
    private static partial Regex ProblemLabel();

    /// <summary>The middle value (the upper one of an even count); 0 of none. Shared by the PDF reader's size and spacing readings.</summary>
    internal static double Median(IEnumerable<double> values) => Percentile(values, 0.5);

    private static double Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[(int)Math.Min(sorted.Count - 1, sorted.Count * p)];
    }

    private static double Mode(IEnumerable<double> values) =>
        values.GroupBy(v => Math.Round(v)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
}
