using RectifyNlp.Core.Documents;
using RectifyNlp.Core.Structure;

namespace RectifyNlp.Ingestion.PlainText;

/// <summary>
/// Reads plain text: one paragraph a line, except in a hard-wrapped file (most lines filled to the same
/// width), where a full line that does not end a sentence is joined with the next.
/// </summary>
internal static class PlainTextReader
{
    private const string Terminals = "。！？：；…”";

    /// <summary>Splits decoded text into paragraphs, keeping every character so offsets stay those of the text.</summary>
    internal static RawDocument FromText(string text, string sourceName, SourceFormat format, IEnumerable<string> notes)
    {
        // A lone CR (old Mac files) is a line break; CRLF keeps its CR, which normalisation drops.
        text = text.Replace("\r\n", "\u0001", StringComparison.Ordinal).Replace('\r', '\n').Replace("\u0001", "\r\n", StringComparison.Ordinal);
        var lines = text.Split('\n');
        var width = WrapWidth(lines);
        var paragraphs = new List<RawParagraph>();
        var current = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            current.Add(lines[i]);
            var joinNext = width > 0 && i + 1 < lines.Length && IsWrapped(lines[i], lines[i + 1], width);
            if (!joinNext)
            {
                paragraphs.Add(new RawParagraph(string.Join('\n', current)));
                current.Clear();
            }
        }

        return new RawDocument(sourceName, format, paragraphs, notes);
    }

    /// <summary>The width lines were wrapped at, or 0 when the file is not hard-wrapped.</summary>
    private static int WrapWidth(string[] lines)
    {
        var widths = lines.Select(l => DisplayWidth(l.TrimEnd())).Where(w => w > 0).ToArray();
        if (widths.Length < 5)
        {
            return 0;
        }

        Array.Sort(widths);
        var width = widths[(int)(widths.Length * 0.9)];
        var full = widths.Count(w => w >= width - 3 && w <= width);
        return width >= 30 && full >= widths.Length * 0.4 ? width : 0;
    }

    private static bool IsWrapped(string line, string next, int width)
    {
        var trimmed = line.TrimEnd();
        var nextTrimmed = next.TrimStart(' ', '\u3000', '\t');
        return trimmed.Length > 0
            && nextTrimmed.Length > 0
            && DisplayWidth(trimmed) >= width - 3
            && Terminals.IndexOf(trimmed[^1]) < 0
            && next.Length == nextTrimmed.Length
            && HeadingMarker.Match(nextTrimmed, 0) is null;
    }

    /// <summary>Columns a line takes: two for a wide (CJK) character, one for others.</summary>
    private static int DisplayWidth(string line)
    {
        var width = 0;
        foreach (var c in line)
        {
            width += c >= '\u1100' ? 2 : 1;
        }

        return width;
    }
}
