using RectifyNlp.Core.Documents;

namespace RectifyNlp.Core.Structure;

/// <summary>
/// Where an offset stands as a reader finds it in the document: its own numbering and the paragraph under the innermost
/// numbered part (二、（三） 第2段), the way an inspector points at a passage, rather than a character offset.
/// </summary>
public static class PlaceLocator
{
    /// <summary>
    /// The numbering of the parts holding <paramref name="offset"/> (二、（三）1.) and the paragraph within the innermost
    /// one, counted after its heading line (第2段); before the first numbered part, 开头 and the paragraph after the
    /// title; an inline item (一是……) within one paragraph is named by its numbering alone.
    /// </summary>
    public static string Describe(ParsedDocument document, int offset)
    {
        ArgumentNullException.ThrowIfNull(document);
        var path = new List<Section>();
        var level = document.Structure.Sections;
        while (level.FirstOrDefault(s => s.Span.Start <= offset && offset < s.Span.End) is { } section)
        {
            path.Add(section);
            level = section.Children;
        }

        var numbered = path.Where(s => s.Marker.Length > 0).ToList();
        var paragraphs = document.Text.Paragraphs;
        if (numbered.Count == 0)
        {
            var firstSection = document.Structure.Sections.FirstOrDefault()?.Span.Start ?? int.MaxValue;
            if (offset >= firstSection)
            {
                return $"全文第{paragraphs.Count(p => p.Span.Start <= offset)}段";
            }

            var opening = paragraphs.Count(p => p.Span.Start >= document.Structure.TitleSpan.End && p.Span.Start <= offset);
            return opening == 0 ? "标题" : $"开头 第{opening}段";
        }

        var innermost = numbered[^1];
        var marks = string.Concat(numbered.Select(s => s.Marker.Trim()));
        var within = paragraphs.Where(p => p.Span.End > innermost.Span.Start && p.Span.Start < innermost.Span.End).ToList();
        if (within.Count <= 1)
        {
            return marks;
        }

        // The heading on a line of its own is not counted: 第1段 is the first paragraph under it.
        if (within[0].Span.End <= innermost.HeadingSpan.End + 1)
        {
            if (offset < within[0].Span.End)
            {
                return marks + " 标题";
            }

            within.RemoveAt(0);
        }

        var index = within.FindLastIndex(p => p.Span.Start <= offset) + 1;
        return $"{marks} 第{Math.Max(1, index)}段";
    }
}
