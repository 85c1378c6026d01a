using DocumentFormat.OpenXml.Wordprocessing;

namespace RectifyNlp.Ingestion.Word;

/// <summary>
/// What paragraph styles say about headings and numbering, following each style's basedOn chain:
/// an outline level (or a built-in heading name, 标题 1 / heading 1) and a numbering reference.
/// </summary>
internal sealed class WordStyles
{
    private readonly Dictionary<string, Style> _styles = new(StringComparer.Ordinal);

    public WordStyles(Styles? styles)
    {
        foreach (var style in styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id)
            {
                _styles[id] = style;
            }
        }
    }

    /// <summary>The 0-based outline level a style gives, 9 or null for body text.</summary>
    public int? OutlineLevel(string? styleId)
    {
        foreach (var style in Chain(styleId))
        {
            if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } level)
            {
                return level;
            }

            var name = style.StyleName?.Val?.Value?.ToLowerInvariant() ?? string.Empty;
            foreach (var prefix in new[] { "heading ", "标题 " })
            {
                if (name.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(name.AsSpan(prefix.Length), out var n) && n is >= 1 and <= 9)
                {
                    return n - 1;
                }
            }

            if (name is "title" or "标题")
            {
                return 0;
            }
        }

        return null;
    }

    /// <summary>The list and level a style numbers its paragraphs with, (0, 0) for none.</summary>
    public (int NumId, int Level) Numbering(string? styleId)
    {
        foreach (var style in Chain(styleId))
        {
            if (style.StyleParagraphProperties?.NumberingProperties is { } numbering)
            {
                return (numbering.NumberingId?.Val?.Value ?? 0, numbering.NumberingLevelReference?.Val?.Value ?? 0);
            }
        }

        return (0, 0);
    }

    private IEnumerable<Style> Chain(string? styleId)
    {
        for (var depth = 0; styleId is not null && depth < 16 && _styles.TryGetValue(styleId, out var style); depth++)
        {
            yield return style;
            styleId = style.BasedOn?.Val?.Value;
        }
    }
}
