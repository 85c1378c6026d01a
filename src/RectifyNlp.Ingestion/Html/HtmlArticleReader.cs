using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using RectifyNlp.Core.Documents;

namespace RectifyNlp.Ingestion.Html;

/// <summary>
/// Reads a published notice from a web page: the article text only. Scripts, styles, navigation,
/// headers, footers, sidebars and share bars are removed; the article is the element that holds the most
/// paragraph text with the least link text; its title is the page's first heading, or the page title
/// without the site name. Nothing is fetched and no script runs. The markup is checked first
/// (<see cref="HtmlShapeScanner"/>), so the tree the walks below recurse over is bounded in depth.
/// </summary>
internal static partial class HtmlArticleReader
{
    private static readonly string[] RemovedTags =
        ["script", "style", "noscript", "template", "iframe", "nav", "header", "footer", "aside", "form", "button", "select", "input", "textarea", "svg", "canvas", "object", "embed", "audio", "video"];

    private static readonly HashSet<string> BlockTags =
        ["p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tbody", "thead", "tr", "blockquote", "pre", "dl", "dt", "dd", "center", "figure", "figcaption"];

    [GeneratedRegex("nav|menu|footer|header|breadcrumb|crumb|share|sidebar|side-bar|copyright|banner|toolbar|pager|pagination|related|comment|login|search|advert|qrcode", RegexOptions.IgnoreCase)]
    private static partial Regex Boilerplate();

    [GeneratedRegex(@"\s*[_|｜—–-]{1,2}\s*[^_|｜—–-]{2,30}$")]
    private static partial Regex SiteSuffix();

    public static RawDocument Read(string html, string sourceName, ReaderOptions options, CancellationToken cancellationToken = default)
    {
        HtmlShapeScanner.Check(html, sourceName, options);
        cancellationToken.ThrowIfCancellationRequested();
        var document = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(html);
        cancellationToken.ThrowIfCancellationRequested();
        var pageTitle = document.Title?.Trim() ?? string.Empty;

        foreach (var element in document.QuerySelectorAll(string.Join(',', RemovedTags)).ToList())
        {
            element.Remove();
        }

        foreach (var element in document.All.Where(IsBoilerplate).ToList())
        {
            element.Remove();
        }

        cancellationToken.ThrowIfCancellationRequested();
        var body = document.Body ?? throw new DocumentReadException(DocumentReadError.Empty, $"{sourceName}：网页中没有正文");
        var article = BestContainer(body, cancellationToken);
        var paragraphs = new List<RawParagraph>();
        var heading = FirstHeading(body);
        if (heading is not null && !article.Contains(heading))
        {
            paragraphs.Add(new RawParagraph(Collapse(heading.TextContent), 1));
        }
        else if (heading is null && pageTitle.Length > 0)
        {
            paragraphs.Add(new RawParagraph(SiteSuffix().Replace(pageTitle, string.Empty), 1));
        }

        var current = new StringBuilder();
        cancellationToken.ThrowIfCancellationRequested();
        Walk(article, current, paragraphs, cancellationToken);
        Flush(current, paragraphs, null);
        if (paragraphs.Count > options.MaxParagraphs)
        {
            throw LimitExceeded.Paragraphs(sourceName, options);
        }

        if (paragraphs.TrueForAll(p => string.IsNullOrWhiteSpace(p.Text)))
        {
            throw new DocumentReadException(DocumentReadError.Empty, $"{sourceName}：网页中没有可读的正文");
        }

        return new RawDocument(sourceName, SourceFormat.Html, paragraphs, ["网页正文已提取"]);
    }

    private static bool IsBoilerplate(IElement element) =>
        element.LocalName is not ("body" or "html")
        && (Boilerplate().IsMatch(element.Id ?? string.Empty) || Boilerplate().IsMatch(element.ClassName ?? string.Empty))
        && LinkShare(element) > 0.3;

    /// <summary>The element whose own paragraphs hold the most text, less the text of its links.</summary>
    private static IElement BestContainer(IElement body, CancellationToken cancellationToken)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var block in body.QuerySelectorAll("p, td, pre, div, li, h2, h3, h4"))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var own = string.Concat(block.ChildNodes.Where(n => n.NodeType == NodeType.Text).Select(n => n.TextContent)).Trim();
            if (block.LocalName == "p" || block.LocalName is "h2" or "h3" or "h4")
            {
                own = block.TextContent.Trim();
            }

            if (own.Length < 10)
            {
                continue;
            }

            var score = own.Length * (1 - LinkShare(block));
            // A cell of a table of data (a 问题清单's rows) counts for what holds the table, with the paragraphs around it
            // (the letter's lead, its requirements), not for its row: the table is part of the article, not the article.
            // Text in paragraphs inside a cell (a page laid out in a table) still counts for the cell.
            var holder = block.LocalName is "td" or "th" && block.Closest("table") is { ParentElement: { } outside } ? outside : block.ParentElement;
            if (holder is { } parent)
            {
                scores[parent] = scores.GetValueOrDefault(parent) + score;
                if (parent.ParentElement is { } grandparent)
                {
                    scores[grandparent] = scores.GetValueOrDefault(grandparent) + score / 2;
                }
            }
        }

        return scores.Count == 0 ? body : scores.MaxBy(s => s.Value).Key;
    }

    private static IElement? FirstHeading(IElement body) => body.QuerySelector("h1") ?? body.QuerySelector("h2");

    private static double LinkShare(IElement element)
    {
        var total = element.TextContent.Length;
        if (total == 0)
        {
            return 0;
        }

        var links = element.QuerySelectorAll("a").Sum(a => a.TextContent.Length);
        return (double)links / total;
    }

    /// <summary>
    /// A row's cells in the table's columns: a cell spanning columns (colspan) is followed by empty cells, and a column
    /// taken by a cell from a row above (rowspan) reads as the ditto mark when that cell has text (as a Word table's
    /// merged cells are read), else as an empty cell.
    /// Spans are bounded (63 columns, 1,000 rows).
    /// </summary>
    private static List<string> GridCells(IElement row, Dictionary<IElement, List<int>> spans)
    {
        var table = row.Closest("table");
        var below = table is null ? [] : spans.TryGetValue(table, out var open) ? open : spans[table] = [];
        var cells = new List<string>();
        var column = 0;
        void SkipTaken()
        {
            while (column < below.Count && below[column] != 0)
            {
                // A negative count: the cell running down has text (its count is -1 - rows left).
                var filled = below[column] < 0;
                below[column] = filled ? below[column] + 1 : below[column] - 1;
                cells.Add(filled ? RawParagraph.MergedCellMark : string.Empty);
                column++;
            }
        }

        foreach (var cell in row.Children.Where(c => c.LocalName is "td" or "th"))
        {
            SkipTaken();
            var across = Math.Clamp(int.TryParse(cell.GetAttribute("colspan"), out var c) ? c : 1, 1, 63);
            var down = Math.Clamp(int.TryParse(cell.GetAttribute("rowspan"), out var r) ? r : 1, 1, 1000);
            var text = Collapse(cell.TextContent);
            cells.AddRange(Word.DocxReader.Spanned(text, across));
            for (var k = 0; k < across; k++, column++)
            {
                while (below.Count <= column)
                {
                    below.Add(0);
                }

                // Rows it still takes; counted below zero when it is a data cell with text, whose first column the rows below repeat.
                below[column] = k == 0 && text.Length > 0 && down > 1 && cell.LocalName == "td" ? -(down - 1) : down - 1;
            }
        }

        SkipTaken();
        return cells;
    }

    private static void Walk(INode node, StringBuilder current, List<RawParagraph> output, CancellationToken cancellationToken) =>
        Walk(node, current, output, [], [], cancellationToken);

    private static void Walk(INode node, StringBuilder current, List<RawParagraph> output, Dictionary<IElement, List<int>> spans, Dictionary<IElement, int> ordinals, CancellationToken cancellationToken)
    {
        foreach (var child in node.ChildNodes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (child is IText text)
            {
                current.Append(text.Data);
                continue;
            }

            if (child is not IElement element)
            {
                continue;
            }

            var tag = element.LocalName;
            if (tag == "br")
            {
                Flush(current, output, null);
            }
            else if (tag == "tr")
            {
                Flush(current, output, null);
                var cells = GridCells(element, spans);
                if (cells.Exists(c => c.Length > 0))
                {
                    output.Add(new RawParagraph(string.Join(RawParagraph.TableCellSeparator, cells), IsTableRow: true));
                }
            }
            else if (BlockTags.Contains(tag))
            {
                Flush(current, output, null);
                // An ordered list's numbers are drawn by the browser, not written in the text: the reader sees them, so they are put in.
                if (tag == "li" && ListNumber(element, ordinals) is { } number)
                {
                    current.Append(number);
                }

                Walk(element, current, output, spans, ordinals, cancellationToken);
                Flush(current, output, tag is ['h', >= '1' and <= '6'] ? tag[1] - '0' : null);
            }
            else
            {
                Walk(element, current, output, spans, ordinals, cancellationToken);
            }
        }
    }

    /// <summary>
    /// The number a browser shows before an item of an ordered list (1. / a. / i.), or null for other items; the list's
    /// next number is kept in <paramref name="ordinals"/> as its items are met in order (one step an item, not a count of
    /// the items before it).
    /// </summary>
    private static string? ListNumber(IElement item, Dictionary<IElement, int> ordinals)
    {
        if (item.ParentElement is not { LocalName: "ol" } list)
        {
            return null;
        }

        var ordinal = int.TryParse(item.GetAttribute("value"), out var own) ? own
            : ordinals.TryGetValue(list, out var next) ? next
            : int.TryParse(list.GetAttribute("start"), out var start) ? start : 1;
        ordinals[list] = ordinal + 1;
        var type = item.GetAttribute("type") ?? list.GetAttribute("type");
        return ordinal < 1 || ordinal > 3999 ? null : type switch
        {
            "a" when ordinal <= 26 => $"{(char)('a' + ordinal - 1)}.",
            "A" when ordinal <= 26 => $"{(char)('A' + ordinal - 1)}.",
            "i" => $"{Roman(ordinal).ToLowerInvariant()}.",
            "I" => $"{Roman(ordinal)}.",
            _ => $"{ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture)}.",
        };
    }

    private static string Roman(int number)
    {
        var result = new StringBuilder();
        foreach (var (value, letters) in RomanDigits)
        {
            while (number >= value)
            {
                result.Append(letters);
                number -= value;
            }
        }

        return result.ToString();
    }

    private static readonly (int Value, string Letters)[] RomanDigits =
        [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];

    private static void Flush(StringBuilder current, List<RawParagraph> output, int? level)
    {
        var text = Collapse(current.ToString());
        current.Clear();
        if (text.Length > 0)
        {
            output.Add(new RawParagraph(text, level));
        }
    }

    /// <summary>Source line breaks inside an HTML block are not the text's; whitespace runs become one space.</summary>
    private static string Collapse(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)).Trim();
}
