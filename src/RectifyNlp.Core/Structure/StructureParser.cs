using RectifyNlp.Core.Documents;
using RectifyNlp.Core.Normalization;

namespace RectifyNlp.Core.Structure;

/// <summary>
/// Recovers the structure of an official document: title, kind, the numbered hierarchy
/// 一、/（一）/1./（1）/① and the enumerations written inside paragraphs, and the sentences.
/// </summary>
/// <remarks>
/// Levels come from the order styles appear in, not from a fixed table, so numbering that skips a
/// level, restarts inside each part or mixes styles still nests: a style already open closes what is
/// below it (a sibling); a new style opens below the most recent style that is usually more senior.
/// </remarks>
public sealed partial class StructureParser : IStructureParser
{
    /// <summary>The shared instance.</summary>
    public static StructureParser Instance { get; } = new();

    /// <inheritdoc />
    public DocumentStructure Parse(NormalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.Text;
        var paragraphs = text.Paragraphs;

        // 1. Title: the short lines at the top.
        var (titleSpan, firstBody) = TitleFinder.Find(s, paragraphs);
        var title = TitleFinder.TitleText(s, titleSpan);

        // 2. Headings: a stack of open styles decides each heading's parent.
        var root = new SectionNode(NumberingStyle.Outline, string.Empty, string.Empty, -1, default) { Start = 0, End = s.Length };
        var headings = new List<(SectionNode Node, string Key)>();
        var stack = new List<(SectionNode Node, string Key)>();
        var bodyStart = firstBody < paragraphs.Length ? paragraphs[firstBody].Span.Start : s.Length;
        var kind = DocumentKindClassifier.Classify(title, s[bodyStart..], titleSpan.Slice(s));
        var plain = PlainHeadings(s, paragraphs, firstBody, answersLeads: kind.Kind is DocumentKind.RectificationReport);
        SectionNode? lastHeading = null;
        var lastHeadingLine = -1;
        for (var i = firstBody; i < paragraphs.Length; i++)
        {
            if ((plain.Contains(i) ? PlainHeadingAt(paragraphs[i]) : HeadingAt(s, paragraphs, i)) is not { } heading)
            {
                continue;
            }

            var (node, key) = heading;
            // 3、…… then a line with no number then 5、……: the number was lost in the copy (a chat, a scan), and the line between
            // is item 4, as a reader counts it.
            if (LostNumber(s, paragraphs, i, lastHeading, lastHeadingLine, node) is { } lost)
            {
                var previous = stack.FindLastIndex(x => x.Node == lastHeading);
                if (previous >= 0 && stack[previous].Key == key)
                {
                    stack.RemoveRange(previous, stack.Count - previous);
                    var parentOfLost = stack.Count > 0 ? stack[^1].Node : root;
                    parentOfLost.Children.Add(lost);
                    stack.Add((lost, key));
                    headings.Add((lost, key));
                }
            }

            var open = stack.FindLastIndex(x => x.Key == key);
            if (open >= 0)
            {
                stack.RemoveRange(open, stack.Count - open);
            }
            else if (node.Style == NumberingStyle.ProblemLabel && stack.Count > 0 && stack[^1].Node == lastHeading && PreviousLine(paragraphs, i) == lastHeadingLine)
            {
                // 1.贯彻落实党的路线方针政策方面 and at once 问题1：……: the label is the area's first problem, whatever its number's style.
            }
            else
            {
                // A list in a variant form (I. II. / 壹、) opened under a heading of the usual form at its rank goes below it.
                while (stack.Count > 0 && (Depth(stack[^1].Node) > Depth(node) || (Depth(stack[^1].Node) == Depth(node) && !IsVariantKey(key))))
                {
                    stack.RemoveAt(stack.Count - 1);
                }

                // 1.…… 2.…… (3)…… （4）…… 5.……: a number that goes on from the item above, in another style, is the
                // list's next item, not the first of a list below it (which would start at 1).
                if (stack.Count > 0 && ContinuesList(stack[^1].Node, node))
                {
                    stack.RemoveAt(stack.Count - 1);
                }
            }

            var parent = stack.Count > 0 ? stack[^1].Node : root;
            parent.Children.Add(node);
            stack.Add((node, key));
            headings.Add((node, key));
            (lastHeading, lastHeadingLine) = (node, i);
        }

        // 3. A heading's section runs to the next heading that is not below it.
        SetEnds(root);

        // 4. Enumerations inside paragraphs, section by section, over the paragraphs each owns directly.
        var found = new List<SectionNode>();
        foreach (var (container, owned) in OwnedParagraphs(root, headings.Select(h => h.Node), paragraphs, firstBody))
        {
            // A problem's label line is the heading of its section already, not an item inside it.
            var inner = container.Style == NumberingStyle.ProblemLabel ? owned.Where(i => paragraphs[i].Span.Start != container.Start).ToList() : owned;
            found.AddRange(InlineEnumerationFinder.Find(s, paragraphs, inner, container.End));
            found.AddRange(SemicolonListFinder.Find(s, paragraphs, owned));
        }

        foreach (var node in found.OrderBy(n => n.Start).ThenByDescending(n => n.End))
        {
            root.Insert(node);
        }

        // 5. Sentences and kind.
        var sentences = SentenceSplitter.Split(s, paragraphs);

        return new DocumentStructure(title, titleSpan, kind, SectionNode.FreezeAll(root.Children, s), sentences);
    }

    // Whether a heading one level down from an item with nothing below it yet carries the item's number plus one.
    private static bool ContinuesList(SectionNode above, SectionNode node) =>
        above.Children.Count == 0 && IsArabicItem(above.Style) && IsArabicItem(node.Style) && Depth(node) > Depth(above)
        && int.TryParse(above.Number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var previous)
        && int.TryParse(node.Number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
        && number == previous + 1 && number > 1;

    private static bool IsArabicItem(NumberingStyle style) => style is NumberingStyle.ArabicDot or NumberingStyle.ArabicParenthesized;

    // Headings of one key are one list: a style, and its variant form (壹、 beside 一、) apart.
    private static bool IsVariantKey(string key) => key.EndsWith('\'');

    private static string Key(HeadingMarker marker) => marker.Variant ? marker.Style + "'" : marker.Style.ToString();

    private static (SectionNode Node, string Key)? HeadingAt(string text, System.Collections.Immutable.ImmutableArray<Paragraph> paragraphs, int index)
    {
        var paragraph = paragraphs[index];
        Paragraph? next = index + 1 < paragraphs.Length ? paragraphs[index + 1] : null;
        if (paragraph.IsTableRow)
        {
            return null;
        }

        var span = paragraph.Span;
        if ((HeadingMarker.Match(text, span.Start) ?? NumberBeforeDigits(text, span, paragraphs, index)) is { } marker)
        {
            var after = span.Start + marker.Marker.Length;
            while (after < span.End && char.IsWhiteSpace(text[after]))
            {
                after++;
            }

            if (after >= span.End)
            {
                // A number on a line of its own (（二） and then 反馈问题：……): the next line, unnumbered, is its heading.
                if (next is { IsTableRow: false } line && !line.Span.IsEmpty && HeadingMarker.Match(text, line.Span.Start) is null)
                {
                    var alone = new SectionNode(marker.Style, marker.Number, marker.Marker, marker.Rank, HeadingSpan(text, line.Span.Start, line.Span.End)) { Start = span.Start };
                    return (alone, Key(marker));
                }

                return null;
            }

            var heading = HeadingSpan(text, after, span.End);
            var node = new SectionNode(marker.Style, marker.Number, marker.Marker, marker.Rank, heading) { Start = span.Start };
            return (node, Key(marker));
        }

        // 问题3：关于……的问题 on a line of its own over its answer: below 一、 and （一）, above the 1. 2. 3. under it.
        if (InlineEnumerationFinder.LabelHeading(text, span, next?.Span) is { } label)
        {
            var after = span.Start + label.Marker.Length;
            var name = HeadingSpan(text, after, span.End);
            // A problem restated whole in one sentence on its label's line (问题1：A推进缓慢，B滞后，C不足六成。) is the heading,
            // however long: its clauses after the first are the problem's, not the start of its answer.
            if (text.IndexOfAny(['。', '！', '？'], after, span.End - after) is var stop && (stop < 0 || stop + 1 >= span.End))
            {
                name = new TextSpan(after, Math.Min(span.End, after + 120));
            }

            name = name.Length > 1 && text[name.End - 1] is '。' or '.' ? new TextSpan(name.Start, name.End - 1) : name;
            var node = new SectionNode(NumberingStyle.ProblemLabel, label.Number, label.Marker, 2, name) { Start = span.Start };
            return (node, "LabelHeading");
        }

        if (paragraph.OutlineLevel is { } level && span.Length <= 80)
        {
            var node = new SectionNode(NumberingStyle.Outline, string.Empty, string.Empty, level, new TextSpan(span.Start, span.End)) { Start = span.Start };
            return (node, "Outline" + level);
        }

        // A question over its answer (问：……的问题，整改得怎么样？ / 答：……): the heading of the answer's section.
        if (span.Length <= MaxQuestionHeading && QuestionRegex().Match(text, span.Start, span.Length) is { Success: true } asked
            && next is { IsTableRow: false } reply && AnswerRegex().IsMatch(text, reply.Span.Start))
        {
            var node = new SectionNode(NumberingStyle.Outline, string.Empty, asked.Groups["label"].Value, 2, new TextSpan(asked.Groups["q"].Index, span.End)) { Start = span.Start };
            return (node, "Question");
        }

        // A section mark of a web or public-account article (▍发现的主要问题, ■ 整改要求): a top-level heading of its own.
        if (span.Length <= MaxMarkedHeading && SectionMarks.Contains(text[span.Start]) && text.AsSpan(span.Start, span.Length).IndexOfAny(SentenceMarks) < 0)
        {
            var start = span.Start + 1;
            while (start < span.End && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            if (start < span.End)
            {
                var node = new SectionNode(NumberingStyle.Outline, string.Empty, string.Empty, 0, new TextSpan(start, span.End)) { Start = span.Start };
                return (node, "Outline0");
            }
        }

        return null;
    }

    /// <summary>
    /// 1.4个党支部已换届 over 2.推行……: read alone, 1.4 is a decimal; with the next line numbered 2. it is item 1 whose text
    /// opens with a figure.
    /// </summary>
    private static HeadingMarker? NumberBeforeDigits(string text, TextSpan span, System.Collections.Immutable.ImmutableArray<Paragraph> paragraphs, int index)
    {
        var dot = span.Start;
        while (dot < span.End && dot - span.Start < 2 && char.IsAsciiDigit(text[dot]))
        {
            dot++;
        }

        if (dot == span.Start || dot + 1 >= span.End || text[dot] != '.' || !char.IsAsciiDigit(text[dot + 1]))
        {
            return null;
        }

        // The next line numbered on from it (2.5万元…… / 3.……) makes it item 2. So, for a title line over its body (1.…… / its body /
        // 2.12348热线值班补贴违规发放。 / its body / 二、…… / 3.……), do the numbered lines nearest before and after, past a short
        // body and an area's heading, when one of them numbers on from or up to it.
        var number = int.Parse(text.AsSpan(span.Start, dot - span.Start), System.Globalization.CultureInfo.InvariantCulture);
        var following = index + 1 < paragraphs.Length && paragraphs[index + 1] is { IsTableRow: false } line && HeadingMarker.Match(text, line.Span.Start) is { Style: NumberingStyle.ArabicDot } marked
            && marked.Marker.EndsWith('.') && int.TryParse(marked.Number, out var after) ? after : (int?)null;
        if (following != number + 1 && !(span.Length <= MaxTitleLine
            && (NearestDotNumber(text, paragraphs, index, +1) == number + 1 || NearestDotNumber(text, paragraphs, index, -1) == number - 1)))
        {
            return null;
        }

        var digits = text[span.Start..dot];
        return new HeadingMarker(NumberingStyle.ArabicDot, digits, digits + ".", 3);
    }

    /// <summary>The number of the nearest line numbered 1. 2. 3. in a direction, within a few paragraphs; null when none.</summary>
    private static int? NearestDotNumber(string text, System.Collections.Immutable.ImmutableArray<Paragraph> paragraphs, int index, int step)
    {
        for (var k = index + step; k >= 0 && k < paragraphs.Length && Math.Abs(k - index) <= MaxBodyBeforeNext; k += step)
        {
            if (paragraphs[k] is { IsTableRow: false } line && !line.Span.IsEmpty && HeadingMarker.Match(text, line.Span.Start) is { Style: NumberingStyle.ArabicDot } marked
                && marked.Marker.EndsWith('.') && int.TryParse(marked.Number, out var value))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>Longest numbered line read as a title over its body when its number stands before digits.</summary>
    private const int MaxTitleLine = 40;

    /// <summary>Most paragraphs looked past for the next numbered line after a number read before digits.</summary>
    private const int MaxBodyBeforeNext = 4;

    /// <summary>
    /// The item whose number a copy lost: the one line between an Arabic item and the one two numbers on from it, both
    /// numbered alike, read as the item between them; null when the numbers do not skip one or more than a line lies between.
    /// </summary>
    private static SectionNode? LostNumber(string text, System.Collections.Immutable.ImmutableArray<Paragraph> paragraphs, int i, SectionNode? above, int aboveLine, SectionNode node)
    {
        if (above is null || !IsArabicItem(node.Style) || above.Style != node.Style || above.Marker.Length == 0
            || node.Marker.Length == 0 || above.Marker[^1] != node.Marker[^1]
            || !int.TryParse(above.Number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var previous)
            || !int.TryParse(node.Number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            || number != previous + 2 || PreviousLine(paragraphs, i) is var between && (between <= aboveLine || PreviousLine(paragraphs, between) != aboveLine))
        {
            return null;
        }

        var line = paragraphs[between];
        if (line.IsTableRow || line.Span.Length < MinLostItem || HeadingMarker.Match(text, line.Span.Start) is not null)
        {
            return null;
        }

        var lostNumber = (previous + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new SectionNode(node.Style, lostNumber, string.Empty, node.Rank, HeadingSpan(text, line.Span.Start, line.Span.End)) { Start = line.Span.Start };
    }

    /// <summary>Shortest line read as an item whose number was lost.</summary>
    private const int MinLostItem = 8;

    private static int PreviousLine(System.Collections.Immutable.ImmutableArray<Paragraph> paragraphs, int i)
    {
        var k = i - 1;
        while (k >= 0 && paragraphs[k].Span.IsEmpty)
        {
            k--;
        }

        return k;
    }

    // A problem's label line (问题3：……) sits between （一） and 1.: under an area, over the numbered lines of its answer.
    private static double Depth(SectionNode node) => node.Style == NumberingStyle.ProblemLabel ? 2.5 : node.Rank;

    /// <summary>Longest line read as an unnumbered heading.</summary>
    private const int MaxPlainHeading = 50;

    /// <summary>
    /// Unnumbered headings in parallel (关于重点项目推进不力问题的整改情况 / 关于执法宽松软问题的整改情况, each over its
    /// answer): two lines or more, short, with no stop in them, each followed by a longer paragraph, that open or close
    /// with the same words.
    /// </summary>
    private static HashSet<int> PlainHeadings(string text, System.Collections.Immutable.ImmutableArray<Paragraph> paragraphs, int firstBody, bool answersLeads = false)
    {
        var candidates = new List<(int Index, string Line)>();
        // A line of a list written a short line an item (……还有差距： / A有落差 / B存在盲区 / C不够严谨) heads nothing.
        var listed = LineLists.Find(text, paragraphs).SelectMany(l => l.Items).ToHashSet();
        for (var i = firstBody; i + 1 < paragraphs.Length; i++)
        {
            var paragraph = paragraphs[i];
            var next = paragraphs[i + 1];
            if (listed.Contains(i) || paragraph.IsTableRow || paragraph.OutlineLevel is not null || paragraph.Span.IsEmpty || next.Span.IsEmpty || next.IsTableRow)
            {
                continue;
            }

            var line = text.AsSpan(paragraph.Span.Start, paragraph.Span.Length).Trim();
            // In a report, a lead that ends with a colon over a numbered run of its own (针对反馈意见第一个问题（……）： / 1．……
            // 2．……), within the next two paragraphs, heads that run as a plain heading does its paragraph.
            // The problems it names in brackets may have stops of their own (（村级财务管理混乱；村务公开不及时）).
            // A line that opens with a problem's label (问题1对应任务：) is read by its label instead.
            var lead = answersLeads && line.Length >= 8 && line[^1] is '：' or ':' && OutsideBrackets(line[..^1]).IndexOfAny(PlainHeadingStops) < 0 && OpensNumberedRun(text, paragraphs, i)
                && !LabelOpeningRegex().IsMatch(line);
            // A line that runs on (……，) or opens an item (三是……) is a piece of a list, not a heading; nor is a row of cells
            // written as text (责任领导 | 林秋实).
            // A line under a number card (NO.04 / 04) is the card's headline, however short the evidence line below it.
            var carded = i > firstBody && !paragraphs[i - 1].Span.IsEmpty && NumberCardRegex().IsMatch(text.AsSpan(paragraphs[i - 1].Span.Start, paragraphs[i - 1].Span.Length).Trim());
            if (line.Length is >= 4 and <= MaxPlainHeading && (lead || (line.IndexOfAny(PlainHeadingStops) < 0 && (next.Span.Length > line.Length * 3 / 2 || carded))) && line.IndexOfAny(CellSeparators) < 0
                && line[^1] is not ('，' or ',' or '、') && !ItemOpeningRegex().IsMatch(line) && !NumberCardRegex().IsMatch(line)
                && HeadingMarker.Match(text, paragraph.Span.Start) is null && !SectionMarks.Contains(line[0])
                // A problem's label heading (问题（一）……) heads by its label, not as a plain line.
                && InlineEnumerationFinder.LabelHeading(text, paragraph.Span, next.Span) is null)
            {
                candidates.Add((i, line.ToString()));
            }
        }

        var headings = new HashSet<int>();
        var alike = candidates.Where(c => c.Line.Length >= 6).ToList();
        foreach (var group in alike.GroupBy(c => c.Line[..2]).Concat(alike.GroupBy(c => c.Line[^3..])).Where(g => g.Count() >= 2))
        {
            headings.UnionWith(group.Select(c => c.Index));
        }

        // Lines that number themselves in words (第1项　…… / 第2项　…… / 第三条　……), two or more, open alike whatever their numbers.
        if (alike.Where(c => ItemNumberedLineRegex().IsMatch(c.Line)).ToList() is { Count: >= 2 } itemLines)
        {
            headings.UnionWith(itemLines.Select(c => c.Index));
        }

        // Theme names over their answers (思想政治和意识形态工作 / 专业设置调整 / 基层党组织建设), worded each its own way: in
        // a document with no numbered part or area (一、, （一）) three lines or more of a heading's shape are its parts.
        if (candidates.Count < 3)
        {
            return headings;
        }

        var parts = NumberedParts(text, paragraphs, firstBody).ToList();
        if (parts.Count == 0)
        {
            headings.UnionWith(candidates.Select(c => c.Index));
        }

        // Inside a numbered part, title lines that alternate with their paragraphs (二、发现的主要问题 / 党委对医保基金监管的
        // 主体责任压得不实 / 比如，…… / 违规收费问题屡查屡犯 / 比如，……): three or more, the part opening with one, and no
        // more than two paragraphs under each.
        var isCandidate = candidates.Select(c => c.Index).ToHashSet();
        foreach (var (from, to) in parts)
        {
            var lines = Enumerable.Range(from, to - from).Where(i => !paragraphs[i].Span.IsEmpty && !paragraphs[i].IsTableRow).ToList();
            var titles = lines.Count(isCandidate.Contains);
            if (titles >= 3 && lines.Count > 0 && isCandidate.Contains(lines[0]) && lines.Count - titles <= titles * 2)
            {
                headings.UnionWith(lines.Where(isCandidate.Contains));
            }
        }

        return headings;
    }

    // A number on a card of its own (NO.01 / No. 2 / #03 / 01 over an item's headline, as a public-account article lays items out):
    // it numbers the line below and heads nothing.
    [System.Text.RegularExpressions.GeneratedRegex("^((NO|No|no|#)[.．]?\\s?)?[0-9]{1,3}$")]
    internal static partial System.Text.RegularExpressions.Regex NumberCardRegex();

    [System.Text.RegularExpressions.GeneratedRegex("^(反馈|存在)?问题[0-9一二三四五六七八九十]")]
    private static partial System.Text.RegularExpressions.Regex LabelOpeningRegex();

    [System.Text.RegularExpressions.GeneratedRegex("^第[0-9０-９一二三四五六七八九十]{1,3}[项条][\\s　]*\\p{IsCJKUnifiedIdeographs}")]
    private static partial System.Text.RegularExpressions.Regex ItemNumberedLineRegex();

    /// <summary>A line with what its full-width brackets hold left out.</summary>
    private static string OutsideBrackets(ReadOnlySpan<char> line)
    {
        var kept = new System.Text.StringBuilder(line.Length);
        var depth = 0;
        foreach (var c in line)
        {
            depth += c == '（' ? 1 : 0;
            if (depth == 0)
            {
                kept.Append(c);
            }

            depth -= c == '）' && depth > 0 ? 1 : 0;
        }

        return kept.ToString();
    }

    /// <summary>Whether one of the two paragraphs after the one at an index opens a numbered run at its first item (1． / （1）).</summary>
    private static bool OpensNumberedRun(string text, System.Collections.Immutable.ImmutableArray<Paragraph> paragraphs, int index)
    {
        for (var k = index + 1; k < paragraphs.Length && k <= index + 2; k++)
        {
            if (!paragraphs[k].Span.IsEmpty && HeadingMarker.Match(text, paragraphs[k].Span.Start) is { } marker)
            {
                return marker.Number is "1" or "①" && marker.Style is NumberingStyle.ArabicDot or NumberingStyle.ArabicParenthesized or NumberingStyle.Circled;
            }
        }

        return false;
    }

    /// <summary>The paragraphs of each numbered part or area (一、 / （一）), its heading's paragraph left out: [from, to).</summary>
    private static IEnumerable<(int From, int To)> NumberedParts(string text, System.Collections.Immutable.ImmutableArray<Paragraph> paragraphs, int firstBody)
    {
        var starts = Enumerable.Range(firstBody, Math.Max(0, paragraphs.Length - firstBody))
            .Where(i => !paragraphs[i].IsTableRow && !paragraphs[i].Span.IsEmpty && HeadingMarker.Match(text, paragraphs[i].Span.Start) is { Rank: <= 2 }).ToList();
        for (var k = 0; k < starts.Count; k++)
        {
            yield return (starts[k] + 1, k + 1 < starts.Count ? starts[k + 1] : paragraphs.Length);
        }
    }

    private const int MaxQuestionHeading = 80;

    /// <summary>Whether a section is headed by a question over its answer (问：……？ / 答：……).</summary>
    public static bool IsQuestion(Section section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return section.Style == NumberingStyle.Outline && section.Marker is "问：" or "问:";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\G\s*(?<label>问[：:])\s*(?<q>[^\n]*[？?])\s*$")]
    private static partial System.Text.RegularExpressions.Regex QuestionRegex();

    [System.Text.RegularExpressions.GeneratedRegex(@"\G\s*答[：:]")]
    private static partial System.Text.RegularExpressions.Regex AnswerRegex();

    [System.Text.RegularExpressions.GeneratedRegex("^([一二三四五六七八九十]+[是要]|(第[一二三四五六七八九十]+|首先|其次|再次|最后|其[一二三四五六七八九])[，,])")]
    private static partial System.Text.RegularExpressions.Regex ItemOpeningRegex();

    private static readonly System.Buffers.SearchValues<char> PlainHeadingStops = System.Buffers.SearchValues.Create("。！？；;：:!?");

    private static readonly System.Buffers.SearchValues<char> CellSeparators = System.Buffers.SearchValues.Create("|｜\t");

    private static (SectionNode Node, string Key)? PlainHeadingAt(Paragraph paragraph) =>
        (new SectionNode(NumberingStyle.Outline, string.Empty, string.Empty, 2, paragraph.Span) { Start = paragraph.Span.Start }, "Plain");

    /// <summary>Longest line read as a marked heading (▍发现的主要问题).</summary>
    private const int MaxMarkedHeading = 30;

    internal static readonly System.Buffers.SearchValues<char> SectionMarks = System.Buffers.SearchValues.Create("▍▌▎■◆▶►★");
    private static readonly char[] SentenceMarks = ['。', '！', '？', '；', '，'];

    private static int FirstClauseOutsideQuotes(string text, int start, int end)
    {
        var depth = 0;
        for (var i = start; i < end; i++)
        {
            switch (text[i])
            {
                case '“' or '「' or '《':
                    depth++;
                    break;
                case '”' or '」' or '》':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '；' or '：' or '，' when depth == 0:
                    return i;
            }
        }

        return -1;
    }

    /// <summary>A numbered paragraph's heading: up to its first full stop when body text follows it.</summary>
    private static TextSpan HeadingSpan(string text, int start, int end)
    {
        var stop = text.IndexOfAny(['。', '！', '？'], start, end - start);
        var headingEnd = stop >= 0 && stop + 1 < end ? stop : end;
        if (stop >= 0 && stop + 1 == end && stop - start > 40)
        {
            // A whole sentence numbered as a list item: its first clause is the heading — a clause mark inside
            // quotes (关于“……，……”的问题) does not end it.
            var clause = FirstClauseOutsideQuotes(text, start, stop);
            headingEnd = clause > start ? clause : stop;
        }

        return new TextSpan(start, Math.Min(headingEnd, start + 120));
    }

    private static void SetEnds(SectionNode parent)
    {
        for (var k = 0; k < parent.Children.Count; k++)
        {
            var child = parent.Children[k];
            child.End = k + 1 < parent.Children.Count ? parent.Children[k + 1].Start - 1 : parent.End;
            child.End = Math.Max(child.End, child.Start);
            SetEnds(child);
        }
    }

    /// <summary>
    /// The paragraphs each section owns directly (not through a sub-heading), in one pass over the
    /// paragraphs and the headings, both in document order.
    /// </summary>
    private static List<(SectionNode Container, List<int> Owned)> OwnedParagraphs(
        SectionNode root, IEnumerable<SectionNode> headingsInOrder, IReadOnlyList<Paragraph> paragraphs, int firstBody)
    {
        var owned = new Dictionary<SectionNode, List<int>> { [root] = [] };
        var order = new List<SectionNode> { root };
        var stack = new Stack<SectionNode>([root]);
        using var headings = headingsInOrder.GetEnumerator();
        var next = headings.MoveNext() ? headings.Current : null;
        for (var i = firstBody; i < paragraphs.Count; i++)
        {
            var start = paragraphs[i].Span.Start;
            while (next is not null && next.Start <= start)
            {
                while (stack.Peek() != root && next.Start >= stack.Peek().End)
                {
                    stack.Pop();
                }

                stack.Push(next);
                owned[next] = [];
                order.Add(next);
                next = headings.MoveNext() ? headings.Current : null;
            }

            while (stack.Peek() != root && start >= stack.Peek().End)
            {
                stack.Pop();
            }

            if (!paragraphs[i].IsTableRow)
            {
                owned[stack.Peek()].Add(i);
            }
        }

        return [.. order.Select(node => (node, owned[node]))];
    }
}
