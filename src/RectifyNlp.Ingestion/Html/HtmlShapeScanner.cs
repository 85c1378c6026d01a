using System.Text.RegularExpressions;
using RectifyNlp.Core.Documents;

namespace RectifyNlp.Ingestion.Html;

/// <summary>
/// Checks a page's markup before it is parsed, in one linear pass over its tags: no DTD with declarations (HTML has
/// none; a page that carries them is not a published notice), and nesting depth and element count within the
/// limits. The HTML parser looks up its stack of open elements at each tag, so a page nested 100,000 deep costs it
/// time quadratic in the depth; this pass refuses such a page first. Elements whose end tag may be left out
/// (p, li, td …) and void elements (br, img …) are not counted as nesting.
/// </summary>
internal static partial class HtmlShapeScanner
{
    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "html", "head", "body", "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup",
        "rb", "rt", "rtc", "rp", "colgroup", "caption",
    };

    private static readonly string[] RawText = ["script", "style", "textarea", "title"];

    [GeneratedRegex(@"<!DOCTYPE[^>\[]*\[|<!ENTITY", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Declarations();

    public static void Check(string html, string sourceName, ReaderOptions options)
    {
        if (Declarations().IsMatch(html))
        {
            throw new DocumentReadException(DocumentReadError.Unsupported, $"{sourceName}：网页中含有 DTD 实体声明（<!ENTITY），网页从不需要，常见于 XXE 攻击，已拒绝读取");
        }

        // Every step moves past what it looked at, so the pass is linear whatever is left unclosed.
        var depth = 0;
        var elements = 0;
        var at = html.IndexOf('<', StringComparison.Ordinal);
        while (at >= 0)
        {
            var end = Next(html, at);
            var tag = html.AsSpan(at + 1, Math.Max(0, end - at - 1));
            var closing = tag.StartsWith("/");
            var name = Name(closing ? tag[1..] : tag).ToString();
            if (name.Length > 0)
            {
                if (!closing && ++elements > options.MaxElements)
                {
                    throw LimitExceeded.Elements(sourceName, "网页的", options);
                }

                if (!NotNesting.Contains(name) && !tag.EndsWith("/"))
                {
                    depth = closing ? Math.Max(0, depth - 1) : depth + 1;
                    if (depth > options.MaxNestingDepth)
                    {
                        throw LimitExceeded.Depth(sourceName, "网页的元素", options);
                    }
                }

                if (!closing && Array.Find(RawText, t => name.Equals(t, StringComparison.OrdinalIgnoreCase)) is { } raw)
                {
                    // Script, style, title and textarea hold text, not tags, up to their end tag.
                    var close = html.IndexOf("</" + raw, end, StringComparison.OrdinalIgnoreCase);
                    end = close < 0 ? html.Length - 1 : close - 1;
                }
            }

            at = end + 1 < html.Length ? html.IndexOf('<', end + 1) : -1;
        }
    }

    // Where the markup that starts at `at` ends: a comment's -->, else the tag's >; the last index when unclosed.
    private static int Next(string html, int at)
    {
        var comment = string.CompareOrdinal(html, at, "<!--", 0, 4) == 0;
        var end = comment ? html.IndexOf("-->", at + 4, StringComparison.Ordinal) : html.IndexOf('>', at + 1);
        return end < 0 ? html.Length - 1 : comment ? end + 2 : end;
    }

    private static ReadOnlySpan<char> Name(ReadOnlySpan<char> tag)
    {
        if (tag.IsEmpty || !char.IsAsciiLetter(tag[0]))
        {
            return [];
        }

        var length = 1;
        while (length < tag.Length && (char.IsAsciiLetterOrDigit(tag[length]) || tag[length] is '-' or ':'))
        {
            length++;
        }

        return tag[..length];
    }
}
