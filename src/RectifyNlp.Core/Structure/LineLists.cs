using RectifyNlp.Core.Normalization;

namespace RectifyNlp.Core.Structure;

/// <summary>
/// Lists written a short line an item with no number or bullet (a public-account article's 巡察组指出……还有差距： then
/// 贯彻……部署有落差 / 小作坊……存在盲区 / ……): three lines or more, each short and without a stop, right after a
/// paragraph that ends with a colon. Such lines are items of their lead, not headings over what follows them.
/// </summary>
public static class LineLists
{
    /// <summary>Longest line read as an item of such a list.</summary>
    public const int MaxItemLine = 30;

    /// <summary>Fewest lines that make such a list.</summary>
    public const int MinItems = 3;

    /// <summary>The lists in the paragraphs (empty ones skipped): each its lead's index and its items' indexes.</summary>
    public static List<(int Lead, List<int> Items)> Find(string text, IReadOnlyList<Paragraph> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(paragraphs);
        var lists = new List<(int Lead, List<int> Items)>();
        var lead = -1;
        var items = new List<int>();
        for (var i = 0; i <= paragraphs.Count; i++)
        {
            if (i < paragraphs.Count && paragraphs[i].Span.IsEmpty)
            {
                continue;
            }

            if (lead >= 0 && i < paragraphs.Count && IsItemLine(text, paragraphs[i]))
            {
                items.Add(i);
                continue;
            }

            if (lead >= 0 && items.Count >= MinItems)
            {
                lists.Add((lead, items));
            }

            items = [];
            lead = i < paragraphs.Count && EndsWithColon(text, paragraphs[i]) ? i : -1;
        }

        return lists;
    }

    private static bool EndsWithColon(string text, Paragraph paragraph) =>
        !paragraph.IsTableRow && text.AsSpan(paragraph.Span.Start, paragraph.Span.Length).TrimEnd() is [.., '：' or ':'];

    private static bool IsItemLine(string text, Paragraph paragraph)
    {
        var line = text.AsSpan(paragraph.Span.Start, paragraph.Span.Length).Trim();
        // A section mark's line (▍党的领导方面) heads a part, a number card (NO.01) numbers the line below: neither is an item.
        return !paragraph.IsTableRow && paragraph.OutlineLevel is null && line.Length is >= 4 and <= MaxItemLine && line.IndexOfAny(Stops) < 0
            && HeadingMarker.Match(text, paragraph.Span.Start) is null && !StructureParser.SectionMarks.Contains(line[0]) && !StructureParser.NumberCardRegex().IsMatch(line);
    }

    private static readonly System.Buffers.SearchValues<char> Stops = System.Buffers.SearchValues.Create("。！？；;：:，,!?|｜\t");
}
