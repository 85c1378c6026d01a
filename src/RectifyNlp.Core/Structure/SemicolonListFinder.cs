using System.Text.RegularExpressions;
using RectifyNlp.Core.Documents;
using RectifyNlp.Core.Normalization;

namespace RectifyNlp.Core.Structure;

/// <summary>
/// Finds problem lists written as one run of text after <c>问题：</c> and separated by semicolons
/// (问题：a；b；c。), common in published feedback, and makes each item a section.
/// </summary>
internal static partial class SemicolonListFinder
{
    [GeneratedRegex("问题(?:有|是|为|如下|主要有|主要是|主要表现在|表现在|包括)?：")]
    private static partial Regex ListLead();

    public static List<SectionNode> Find(string text, IReadOnlyList<Paragraph> paragraphs, IEnumerable<int> paragraphIndexes)
    {
        var nodes = new List<SectionNode>();
        foreach (var index in paragraphIndexes)
        {
            var span = paragraphs[index].Span;
            var m = ListLead().Match(text, span.Start, span.Length);
            while (m.Success)
            {
                var listStart = m.Index + m.Length;
                var listEnd = text.IndexOf('。', listStart, span.End - listStart);
                listEnd = listEnd < 0 ? span.End : listEnd;
                var items = Split(text, listStart, listEnd);
                if (items.Count >= 2)
                {
                    for (var k = 0; k < items.Count; k++)
                    {
                        var item = items[k];
                        var heading = new TextSpan(item.Start, Math.Min(item.End, item.Start + 80));
                        nodes.Add(new SectionNode(NumberingStyle.SemicolonItem, (k + 1).ToString(), string.Empty, 11, heading)
                        {
                            Start = item.Start,
                            End = item.End,
                        });
                    }
                }

                m = listEnd < span.End ? ListLead().Match(text, listEnd, span.End - listEnd) : Match.Empty;
            }
        }

        return nodes;
    }

    private static List<TextSpan> Split(string text, int start, int end)
    {
        var items = new List<TextSpan>();
        var from = start;
        for (var p = start; p <= end; p++)
        {
            if (p == end || text[p] == '；')
            {
                var s = from;
                var e = p;
                while (s < e && text[s] == ' ')
                {
                    s++;
                }

                if (e > s)
                {
                    items.Add(new TextSpan(s, e));
                }

                from = p + 1;
            }
        }

        return items;
    }
}
