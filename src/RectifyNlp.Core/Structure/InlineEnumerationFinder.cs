using System.Text.RegularExpressions;
using RectifyNlp.Core.Documents;
using RectifyNlp.Core.Normalization;

namespace RectifyNlp.Core.Structure;

/// <summary>
/// Finds enumerations written inside running text — 一是……二是……, 一要……二要……, 第一，……第二，……,
/// 首先……其次……, 问题1：……问题2：…… — and makes their items sections.
/// </summary>
/// <remarks>
/// A marker counts only at a clause boundary and only as part of a run that counts up from one, so the
/// words 第一责任人, 统一要求 or 第一时间 are never items.
/// </remarks>
internal static partial class InlineEnumerationFinder
{
    private const string Boundaries = "。；：！？，";
    private const int MaxHeadingLength = 80;

    /// <summary>Longest line that is a part's heading alone, before a run going on from the part before.</summary>
    private const int MaxHeadingLine = 40;

    /// <summary>
    /// Finds the items in <paramref name="paragraphIndexes"/> (the paragraphs a section owns directly) and
    /// returns them as nodes; <paramref name="containerEnd"/> bounds the last item of a run whose items each
    /// open a paragraph.
    /// </summary>
    public static List<SectionNode> Find(string text, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<int> paragraphIndexes, int containerEnd)
    {
        var markers = new List<InlineMarker>();
        foreach (var index in paragraphIndexes)
        {
            var span = paragraphs[index].Span;
            // A paragraph's decoration (▲问题一：…… / ● 问题2：……) is not its text: a marker after it opens the paragraph.
            var opening = span.Start;
            while (opening < span.End - 1 && (CharacterClass.IsBulletMark(text[opening]) || (opening > span.Start && text[opening] is ' ' or '\u3000')))
            {
                opening++;
            }

            // A paragraph of direct speech (“第一条，居务公开不及时。……”): the item opens after its quote mark.
            if (opening < span.End - 2 && text[opening] is '“' or '「' && (TryMatch(text, opening + 1, span.End, out _) || TryOrdinalProblem(text, opening + 1, span.End, out _)))
            {
                opening++;
            }

            for (var p = opening; p < span.End - 1; p++)
            {
                // After a boundary, also across a quote that closes or opens there (……；”说到这里，他接着说，“三是……).
                if (p == opening || Boundaries.Contains(text[p - 1]) || ((CharacterClass.IsCloser(text[p - 1]) || text[p - 1] is '“' or '‘' or '「' or '『') && p - 2 >= span.Start && Boundaries.Contains(text[p - 2]))
                    || SubjectThenFirst(text, p, span.End) || AfterNoteAfterBoundary(text, p, span.Start))
                {
                    // A problem's ordinal after a sentence's stop (……好，我抓紧。第四个，是收礼的问题。: a speaker's aside, or a
                    // line joined to the one above) counts as at a paragraph's opening when its run takes it (Chains).
                    if (TryMatch(text, p, span.End, out var marker) || (p == opening && (TryOrdinalProblem(text, p, span.End, out marker) || TryQualifiedLabel(text, p, span.End, out marker)))
                        || (p > opening && text[p - 1] is '。' or '！' or '？' && TryOrdinalProblem(text, p, span.End, out marker))
                        || (p > opening && TryInlineArabic(text, p, span.End, out marker)) || TryInlineCircled(text, p, span, out marker))
                    {
                        markers.Add(marker with { Paragraph = index, AtParagraphStart = p == opening });
                        p = marker.Span.End - 1;
                    }
                }
            }
        }

        // The part's first paragraph, for a run going on from the part before: after its heading when the heading is a line of
        // its own ((二)在工作作风方面 / 四是……。 / 五是……。), a short line with no item and no stop inside it.
        var firstParagraph = paragraphIndexes.Count > 0 ? paragraphIndexes[0] : -1;
        if (paragraphIndexes.Count > 1 && !markers.Exists(m => m.Paragraph == firstParagraph)
            && text.AsSpan(paragraphs[firstParagraph].Span.Start, paragraphs[firstParagraph].Span.Length).Trim() is { Length: > 0 and <= MaxHeadingLine } line
            && line[..^1].IndexOfAny("。；！？") < 0)
        {
            firstParagraph = paragraphIndexes[1];
        }

        var nodes = new List<SectionNode>();
        foreach (var chain in Chains(markers, firstParagraph))
        {
            var eachOpensParagraph = chain.TrueForAll(m => m.AtParagraphStart);
            for (var k = 0; k < chain.Count; k++)
            {
                var m = chain[k];
                int end;
                if (k + 1 < chain.Count)
                {
                    var next = chain[k + 1];
                    end = next.Paragraph == m.Paragraph ? next.Span.Start : paragraphs[next.Paragraph - 1].Span.End;
                }
                else
                {
                    // A run one paragraph an item (第一，……。 第二，……。 … 第六，……。) ends with the last item's paragraph: what
                    // follows (这些问题，…… / 下面，我提几点要求) is not its detail.
                    end = eachOpensParagraph && chain.Count >= 2 && OneParagraphEach(paragraphs, chain) ? paragraphs[m.Paragraph].Span.End
                        : eachOpensParagraph ? LastItemEnd(text, paragraphs, paragraphIndexes, markers, m, containerEnd)
                        : k > 0 && chain[k - 1].Paragraph == m.Paragraph ? InParagraphLastItemEnd(text, chain[k - 1], m, paragraphs[m.Paragraph].Span.End)
                        : paragraphs[m.Paragraph].Span.End;
                }

                end = TrimEnd(text, m.Span.Start, end);
                var heading = HeadingAfter(text, m.Span.End, end);
                nodes.Add(new SectionNode(m.Style, m.Number, text[m.Span.Start..m.Span.End], 10, heading)
                {
                    Start = m.Span.Start,
                    End = end,
                });
            }
        }

        return nodes;
    }

    /// <summary>Whether each item of a run but the last is one paragraph: the next item opens the next paragraph with text.</summary>
    private static bool OneParagraphEach(IReadOnlyList<Paragraph> paragraphs, List<InlineMarker> chain)
    {
        for (var k = 0; k + 1 < chain.Count; k++)
        {
            for (var between = chain[k].Paragraph + 1; between < chain[k + 1].Paragraph; between++)
            {
                if (!paragraphs[between].Span.IsEmpty)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// Where the last item of a run whose items open paragraphs ends: at the container's end, unless a later paragraph
    /// opens something else — an introduction ending with ： (在党的建设方面，具体有以下几个方面：) or the first item of
    /// another run (第一，… / 一要…).
    /// </summary>
    private static int LastItemEnd(string text, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<int> owned, List<InlineMarker> markers, InlineMarker last, int containerEnd)
    {
        foreach (var index in owned)
        {
            if (index <= last.Paragraph)
            {
                continue;
            }

            var span = paragraphs[index].Span;
            if (span.Start >= containerEnd)
            {
                break;
            }

            var line = text.AsSpan(span.Start, span.Length).TrimEnd();
            // Another run opens the paragraph, or a run of the same style starts again inside it (……意见建议：第一，……).
            var opensRun = markers.Any(x => x.Paragraph == index && x.Ordinal == 1 && (x.AtParagraphStart ? x.Style != last.Style : x.Style == last.Style));
            if (opensRun || (line.Length > 0 && line[^1] is '：' or ':'))
            {
                return paragraphs[index - 1].Span.End;
            }
        }

        return containerEnd;
    }

    /// <summary>
    /// Where the last item of a run inside a paragraph ends: at the first stop stronger than the one that parted the
    /// run's items — items parted by ， end at ； or 。 (……，二是落实八项规定有松懈；在党的建设方面，存在……), items parted by ；
    /// at 。 — and at the paragraph's end when the items were parted by 。 (each may run over several sentences).
    /// </summary>
    private static int InParagraphLastItemEnd(string text, InlineMarker previous, InlineMarker last, int paragraphEnd)
    {
        var parting = previous.Span.End < last.Span.Start ? StopRank(text, previous.Span.End, last.Span.Start) : 0;
        if (parting is 0 or >= 3)
        {
            return paragraphEnd;
        }

        for (var i = last.Span.End; i < paragraphEnd; i++)
        {
            if (StopRank(text[i]) > parting)
            {
                return text[i] is '。' or '.' or '！' or '？' ? i + 1 : i;
            }
        }

        return paragraphEnd;
    }

    // The strongest stop between two markers (the one that parts the items): 1 ，, 2 ；, 3 。.
    private static int StopRank(string text, int start, int end)
    {
        var rank = 0;
        for (var i = start; i < end; i++)
        {
            rank = Math.Max(rank, StopRank(text[i]));
        }

        return rank;
    }

    private static int StopRank(char c) => c switch
    {
        '，' or ',' => 1,
        '；' or ';' => 2,
        '。' or '！' or '？' => 3,
        _ => 0,
    };

    /// <summary>The heading of an item: its text up to the first stop, at most <see cref="MaxHeadingLength"/> characters.</summary>
    internal static TextSpan HeadingAfter(string text, int start, int end)
    {
        var stop = start;
        while (stop < end && stop - start < MaxHeadingLength && text[stop] is not ('。' or '！' or '？' or '；' or '：' or '\n'))
        {
            stop++;
        }

        return new TextSpan(start, stop);
    }

    internal static int TrimEnd(string text, int start, int end)
    {
        while (end > start && (text[end - 1] == '\n' || text[end - 1] == ' '))
        {
            end--;
        }

        return end;
    }

    /// <summary>
    /// Runs of one style that count 1, 2, 3 …; a run needs two items at least. A run of 一是 may go on from the part before
    /// in the part's first paragraph (<paramref name="firstParagraph"/>; see <see cref="GoesOn"/>).
    /// </summary>
    private static IEnumerable<List<InlineMarker>> Chains(List<InlineMarker> markers, int firstParagraph)
    {
        var open = new Dictionary<NumberingStyle, List<InlineMarker>>();
        foreach (var each in markers)
        {
            var found = each;
            open.TryGetValue(found.Style, out var chain);
            // A turn (此外，……) opening a paragraph goes on only from a run whose items each open theirs (首先，……\n其次，……): after
            // a run said inside one paragraph (一个是……；再一个就是……) the next paragraph's 此外 turns to more findings of its own.
            if (IsTurn(found) && !(chain is not null && chain.TrueForAll(m => m.AtParagraphStart)))
            {
                continue;
            }

            // One more problem said as such (还有一个问题，……) after items counted otherwise (第三条，…… / 二是……), its own kind
            // having no run open: the item after the last one of the run before it, when that run has begun (two items or more).
            if (found.Ordinal == NextOrdinal && chain is null && found.AtParagraphStart && !IsTurn(found)
                && open.Values.Where(c => c[^1].Span.End <= found.Span.Start).MaxBy(c => c[^1].Span.Start) is { Count: >= 2 } before)
            {
                chain = before;
                found = found with { Style = before[0].Style };
            }

            var marker = found.Ordinal == NextOrdinal && chain is not null ? found with { Ordinal = chain[^1].Ordinal + 1 } : found;
            var follows = chain is not null && (marker.Ordinal == chain[^1].Ordinal + 1 || (marker.Ordinal == LastOrdinal && chain.Count >= 1));
            if (marker.Ordinal == 1 || (IsLabel(marker) && !follows) || (marker.Paragraph == firstParagraph && GoesOn(marker, chain)))
            {
                if (chain is not null && Counts(chain))
                {
                    yield return chain;
                }

                open[marker.Style] = [marker];
            }
            else if (chain is not null && (marker.Ordinal == chain[^1].Ordinal + 1 || (marker.Ordinal == LastOrdinal && chain.Count >= 1)))
            {
                chain.Add(marker);
            }
        }

        foreach (var chain in open.Values.Where(Counts))
        {
            yield return chain;
        }
    }

    // 问题3： opening a paragraph names a problem by itself: a run of such labels may go on from one part of a
    // document to the next (（一）…方面 问题1、问题2, （二）…方面 问题3、问题4), so it need not start at one.
    private static bool IsLabel(InlineMarker marker) => marker.Style == NumberingStyle.ProblemLabel && marker.AtParagraphStart;

    // A label that only says one more problem follows (还有一个问题是，……) with no run before it counts nothing by itself: it is
    // a turn of the prose around it, not an item of a list. (最后一个问题，是…… names the last of them: it stands.)
    private static bool Counts(List<InlineMarker> chain) => chain.Count >= 2 || (IsLabel(chain[0]) && !(chain[0].Ordinal == NextOrdinal && chain[0].Number != "最后"));

    // A run of 一是 counted on across a document's parts ((一)……方面。一是……二是…… (二)……方面。三是……四是……): the first of its
    // kind in a part's first paragraph may go on from the part before, so it need not be 一是 (it still needs a second to
    // count). Further down a part (……。\n三是建立问题台账，\n四是……) such items are what is left of a run broken over lines.
    private static bool GoesOn(InlineMarker marker, List<InlineMarker>? chain) =>
        chain is null && marker.Style == NumberingStyle.InlineShi && marker.Ordinal is > 1 and < NextOrdinal;

    private const int LastOrdinal = 99;

    // 此外，另外，…… go on from 首先，其次，…… only: after 一是……四是…… such a paragraph turns to something else
    // (此外，巡察组还对上轮巡察反馈问题的整改情况进行了检查).
    private static bool IsTurn(InlineMarker marker) => marker.Style == NumberingStyle.InlineSequence && IsTurnWord(marker.Number);

    private static bool IsTurnWord(ReadOnlySpan<char> word) => word is "此外" or "另外" or "同时" or "再者" or "还有";

    // Whether a marker opens its paragraph: only spaces (an indent) between it and the line break before it.
    private static bool OpensParagraph(string text, int p)
    {
        var q = p - 1;
        while (q >= 0 && text[q] is ' ' or '\u3000' or '\t')
        {
            q--;
        }

        return q < 0 || text[q] is '\n' or '\r';
    }

    // 再一个是 / 另一个是 / 还有一个是: the item after the one before, whatever its number.
    private const int NextOrdinal = 98;

    [GeneratedRegex("\\G(?:第(?<n>[一二三四五六七八九十]{1,2})|(?<first>头一)|(?<last>最后一))(?:(?:件事|个方面|点|条)(?:，是|是|，|：)|个是)")]
    private static partial Regex CountedOrdinalRegex();

    [GeneratedRegex("\\G(?:(?<first>一个是)|(?:再|另|还有)一个是)")]
    private static partial Regex SpokenItemRegex();

    // The last character of a body named as the subject of a run (巡察指出，区教育体育局党组一是……；二是……): the run's
    // first marker may follow it with no stop between; the run's later markers still need their boundaries.
    private const string SubjectEnds = "组委部支子位局心院校所站司";

    // After a bracketed note that follows a boundary (……备查。（责任人：……；9月30日前完成）二是……): the note belongs to the
    // item before it, and the next marker opens as after the boundary.
    private static bool AfterNoteAfterBoundary(string text, int p, int start)
    {
        if (p - 2 < start || text[p - 1] is not ('）' or ')'))
        {
            return false;
        }

        var open = text.LastIndexOfAny(['（', '('], p - 2, Math.Min(MaxNote, p - 1 - start));
        return open > start && Boundaries.Contains(text[open - 1]) && text.IndexOfAny(['）', ')'], open, p - 1 - open) < 0;
    }

    // The longest bracketed note read back over.
    private const int MaxNote = 80;

    private static bool SubjectThenFirst(string text, int p, int end) =>
        p + 1 < end && text[p] == '一' && text[p + 1] == '是' && SubjectEnds.Contains(text[p - 1]);

    private static bool TryMatch(string text, int p, int end, out InlineMarker marker)
    {
        marker = default;
        var c = text[p];

        // Spoken: 一个是……再一个是……还有一个是…… (the later ones count on from the one before).
        if (SpokenItemRegex().Match(text, p, Math.Min(end - p, 6)) is { Success: true } spoken)
        {
            marker = new InlineMarker(NumberingStyle.InlineSequence, spoken.Groups["first"].Success ? 1 : NextOrdinal, spoken.Value, new TextSpan(p, p + spoken.Length));
            return true;
        }

        // 一是 / 一要
        if (ChineseNumeral.IsNumeralChar(c) && c is not '零' and not '〇' and not '两')
        {
            var q = NumeralEnd(text, p, end);
            if (q < end && (text[q] == '是' || text[q] == '要') && ChineseNumeral.Parse(text.AsSpan(p, q - p)) is { } n)
            {
                marker = new InlineMarker(text[q] == '是' ? NumberingStyle.InlineShi : NumberingStyle.InlineYao, n, text[p..q], new TextSpan(p, q + 1));
                return true;
            }

            return false;
        }

        // Counted, as a speaker counts (头一件事，是……  第二件事，…… 第三点，…… 最后一件事，……): the item's noun between the
        // number and the stop.
        if (c is '第' or '头' or '最' && CountedOrdinalRegex().Match(text, p, Math.Min(end - p, 12)) is { Success: true } counted)
        {
            int? n = counted.Groups["first"].Success ? 1 : counted.Groups["last"].Success ? LastOrdinal : ChineseNumeral.Parse(counted.Groups["n"].Value);
            if (n is { } number)
            {
                marker = new InlineMarker(NumberingStyle.InlineOrdinal, number, counted.Value.TrimEnd('，', '：', '是'), new TextSpan(p, p + counted.Length));
                return true;
            }
        }

        // 第一，
        if (c == '第' && p + 2 < end)
        {
            var q = NumeralEnd(text, p + 1, end);
            if (q > p + 1 && q < end && text[q] is '，' or '、' or '：' && ChineseNumeral.Parse(text.AsSpan(p + 1, q - p - 1)) is { } n)
            {
                marker = new InlineMarker(NumberingStyle.InlineOrdinal, n, text[(p + 1)..q], new TextSpan(p, q + 1));
                return true;
            }

            return false;
        }

        // 其一，其二，
        if (c == '其' && p + 2 < end && ChineseNumeral.Parse(text.AsSpan(p + 1, 1)) is { } which && text[p + 2] == '，')
        {
            marker = new InlineMarker(NumberingStyle.InlineOrdinal, which, text[(p + 1)..(p + 2)], new TextSpan(p, p + 3));
            return true;
        }

        // 首先，其次，再次，最后，
        if (p + 2 < end && text[p + 2] == '，')
        {
            var word = text.AsSpan(p, 2);
            var ordinal = word switch
            {
                "首先" => 1,
                "其次" => 2,
                "再次" => 3,
                "最后" => LastOrdinal,
                _ => 0,
            };
            if (ordinal > 0)
            {
                marker = new InlineMarker(NumberingStyle.InlineSequence, ordinal, word.ToString(), new TextSpan(p, p + 3));
                return true;
            }

            // 此外，另外，同时，再者，还有， opening a paragraph after 首先，其次，…… go on counting (the next item, whatever its
            // number); with no such run open they are turns of prose and count nothing (see Chains).
            if (IsTurnWord(word) && OpensParagraph(text, p))
            {
                marker = new InlineMarker(NumberingStyle.InlineSequence, NextOrdinal, word.ToString(), new TextSpan(p, p + 3));
                return true;
            }
        }

        // 问题（一）贯彻落实……不够到位 at a paragraph's start: the bracket closes the number as the colon does.
        if (c == '问' && p + 5 < end && text[p + 1] == '题' && text[p + 2] is '（' or '(' && (p == 0 || text[p - 1] == '\n'))
        {
            var close = NumeralEnd(text, p + 3, end);
            if (close > p + 3 && close < end && text[close] is '）' or ')' && ChineseNumeral.Parse(text.AsSpan(p + 3, close - p - 3)) is { } bracketed
                && close + 1 < end && text[close + 1] is not ('，' or '。' or '；'))
            {
                var stop = close + 1 < end && text[close + 1] is '：' or ':' ? close + 2 : close + 1;
                marker = new InlineMarker(NumberingStyle.ProblemLabel, bracketed, text[(p + 3)..close], new TextSpan(p, stop));
                return true;
            }
        }

        // 问题1： / 问题一：
        if (c == '问' && p + 3 < end && text[p + 1] == '题')
        {
            var q = p + 2;
            int? n;
            if (char.IsAsciiDigit(text[q]))
            {
                while (q < end && char.IsAsciiDigit(text[q]))
                {
                    q++;
                }

                n = q - p - 2 <= 3 ? int.Parse(text.AsSpan(p + 2, q - p - 2)) : null;
            }
            else
            {
                q = NumeralEnd(text, q, end);
                n = ChineseNumeral.Parse(text.AsSpan(p + 2, q - p - 2));
            }

            if (n is { } value && q < end && text[q] == '：')
            {
                marker = new InlineMarker(NumberingStyle.ProblemLabel, value, text[(p + 2)..q], new TextSpan(p, q + 1));
                return true;
            }

            // 问题三、问题四： / 问题3和问题4： — one answer to two problems: labelled by the first, the label naming both.
            if (n is { } first && q + 1 < end && text[q] is '、' or '和' or '及' && MergedLabelRegex().Match(text, q + 1, Math.Min(end, q + 12) - q - 1) is { Success: true } more)
            {
                marker = new InlineMarker(NumberingStyle.ProblemLabel, first, text[(p + 2)..q], new TextSpan(p, more.Index + more.Length));
                return true;
            }
        }

        return false;
    }

    // The second number of a merged label, up to its colon (问题四： after 问题三、).
    [GeneratedRegex("\\G(问题)?([0-9]{1,3}|[一二三四五六七八九十]{1,3})：")]
    private static partial Regex MergedLabelRegex();

    /// <summary>
    /// An Arabic number inside running text, after a stop (蒿坪村：1．……；2．…… / 主要问题：(1)……；(2)……): at a paragraph's start the
    /// same number is a heading line, which the structure parser reads. Not a decimal (，1.5万元) nor a year (，2024年).
    /// </summary>
    private static bool TryInlineArabic(string text, int p, int end, out InlineMarker marker)
    {
        marker = default;
        // The heading parser's own reading of the number, in the forms 1. / 1、 / （1） only (not 1） nor ⑴), with text after it;
        // and （一） after a sentence's stop or a colon (归纳起来有六个方面。（一）……比如，……。（二）……): a number in brackets after
        // other words (整改要求（三）) is a reference, not an item.
        if (HeadingMarker.Match(text, p) is not { Style: NumberingStyle.ArabicDot or NumberingStyle.ArabicParenthesized or NumberingStyle.ChineseParenthesized } found
            || !(found.Marker[0] == '（' || found.Marker[^1] is '.' or '、') || found.Number.Length > 2
            || (found.Style == NumberingStyle.ChineseParenthesized && text[p - 1] is not ('。' or '：' or '；' or '！' or '？'))
            || (found.Style == NumberingStyle.ChineseParenthesized ? ChineseNumeral.Parse(found.Number) : int.TryParse(found.Number, out var parsed) ? parsed : null) is not { } n || n == 0
            || p + found.Marker.Length >= end || text[p + found.Marker.Length] is '，' or '。' or '；' or '、' or '）' or ')')
        {
            return false;
        }

        marker = new InlineMarker(NumberingStyle.InlineNumber, n, found.Number, new TextSpan(p, p + found.Marker.Length));
        return true;
    }

    /// <summary>
    /// ①……；②……；③…… run together in one paragraph that opens with ①: a circled number after a clause's stop, and the
    /// ① that opens the paragraph when ② follows inside it.
    /// </summary>
    private static bool TryInlineCircled(string text, int p, TextSpan paragraph, out InlineMarker marker)
    {
        marker = default;
        var c = text[p];
        if (c is < '①' or > '⑳' || p + 1 >= paragraph.End || text[p + 1] is '，' or '。' or '；' or '、' or '）' or ')')
        {
            return false;
        }

        // Only a run that opens its paragraph: after a lead (具体表现：①……；②……) the numbers detail one item.
        var n = c - '①' + 1;
        if (text[paragraph.Start] != '①' || (p == paragraph.Start && text.IndexOf('②', p + 1, paragraph.End - p - 1) < 0))
        {
            return false;
        }

        marker = new InlineMarker(NumberingStyle.InlineNumber, n, c.ToString(), new TextSpan(p, p + 1));
        return true;
    }

    /// <summary>Longest problem label line read as a heading of its own (问题3：关于……的问题).</summary>
    private const int MaxLabelHeading = 60;

    /// <summary>
    /// A paragraph that is only a problem's label and name (问题3：关于子公司决策程序的问题 / 反馈问题二：选人用人把关不严),
    /// with the problem's answer or detail in the paragraphs below it: a heading over them, which numbered lines
    /// below (1.…2.…) sit under. A label opening a sentence or a paragraph of its own answer stays an item of text.
    /// </summary>
    internal static (string Number, string Marker)? LabelHeading(string text, TextSpan paragraph, TextSpan? next)
    {
        if (paragraph.Length > MaxLabelHeading || next is not { IsEmpty: false } body
            || !(TryMatch(text, paragraph.Start, paragraph.End, out var marker) && marker.Style == NumberingStyle.ProblemLabel
                 || TryQualifiedLabel(text, paragraph.Start, paragraph.End, out marker)))
        {
            return null;
        }

        var name = text.AsSpan(marker.Span.End, paragraph.End - marker.Span.End).TrimEnd();
        // A merged label (问题三、问题四：) names its two problems apart by ；.
        var merged = text.AsSpan(marker.Span.Start, marker.Span.Length).IndexOfAny("、和及") >= 0;
        if (name.Length < 4 || name[..^1].IndexOfAny(merged ? "。！？" : "。！？；;") >= 0 || name[^1] is '：' or ':' or '，' or '；'
            || TryMatch(text, body.Start, body.End, out var below) && below.Style == NumberingStyle.ProblemLabel
            || TryQualifiedLabel(text, body.Start, body.End, out _))
        {
            return null;
        }

        return (marker.Number, text[marker.Span.Start..marker.Span.End]);
    }

    /// <summary>Whether a line is only an item's label (整改事项一), a heading of what follows, never a title's last line.</summary>
    internal static bool IsLabelLine(string line) => TryQualifiedLabel(line, 0, line.Length, out var marker) && marker.Span.End >= line.TrimEnd().Length;

    /// <summary>Whether a line opens with an item's label (专项行动一：…… / 整改事项2：……): an item, never a title's line.</summary>
    internal static bool OpensWithLabel(string line) => TryQualifiedLabel(line, 0, line.Length, out _);

    /// <summary>反馈问题一： / 存在问题3： opening a paragraph: a problem label with its qualifier.</summary>
    private static bool TryQualifiedLabel(string text, int p, int end, out InlineMarker marker)
    {
        marker = default;
        foreach (var qualifier in LabelQualifiers)
        {
            if (text.AsSpan(p, Math.Min(qualifier.Length, end - p)).SequenceEqual(qualifier)
                && TryMatch(text, p + qualifier.Length, end, out var label) && label.Style == NumberingStyle.ProblemLabel)
            {
                marker = label with { Span = new TextSpan(p, label.Span.End) };
                return true;
            }
        }

        // 整改事项1： / 整改任务二： name the problem a ledger-like report answers next; so does an action a report is
        // organised by (专项行动三：“档案规范”行动（对应……问题）).
        foreach (var word in ActionWord(text, p, end) is { } action ? [.. ItemWords, action] : ItemWords)
        {
            if (!text.AsSpan(p, Math.Min(word.Length, end - p)).SequenceEqual(word))
            {
                continue;
            }

            var q = p + word.Length;
            var digits = q;
            while (digits < end && char.IsAsciiDigit(text[digits]))
            {
                digits++;
            }

            // 反馈意见1.1： numbers the problem within its part: item 1 of part 1 is told apart from item 1 of part 2.
            var minor = digits;
            if (digits > q && digits + 1 < end && text[digits] == '.' && char.IsAsciiDigit(text[digits + 1]))
            {
                minor = digits + 1;
                while (minor < end && minor - digits <= 2 && char.IsAsciiDigit(text[minor]))
                {
                    minor++;
                }
            }

            var numeralEnd = minor > digits ? minor : digits > q ? digits : NumeralEnd(text, q, end);
            int? n = minor > digits && digits - q <= 2 && minor - digits - 1 <= 2
                ? int.Parse(text.AsSpan(q, digits - q)) * DecimalPart + int.Parse(text.AsSpan(digits + 1, minor - digits - 1))
                : digits > q ? (digits - q <= 3 ? int.Parse(text.AsSpan(q, digits - q)) : null) : ChineseNumeral.Parse(text.AsSpan(q, numeralEnd - q));
            if (numeralEnd > q && n is { } value && numeralEnd < end && text[numeralEnd] == '：')
            {
                marker = new InlineMarker(NumberingStyle.ProblemLabel, value, text[q..numeralEnd], new TextSpan(p, numeralEnd + 1));
                return true;
            }

            // …or a line of its own (整改事项一), the fields below it.
            if (numeralEnd > q && n is { } alone && text.AsSpan(numeralEnd, end - numeralEnd).Trim().IsEmpty)
            {
                marker = new InlineMarker(NumberingStyle.ProblemLabel, alone, text[q..numeralEnd], new TextSpan(p, numeralEnd));
                return true;
            }
        }

        return false;
    }

    private static readonly string[] LabelQualifiers = ["巡察反馈", "巡察发现", "反馈", "存在", "发现"];

    private static readonly string[] ItemWords = ["整改事项", "整改任务", "反馈事项", "反馈意见"];

    // What a word of two to four characters ends in to name an item a report is organised by (专项行动三 / 销号事项二 / 督办任务1).
    private static readonly string[] ActionSuffixes = ["行动", "事项", "任务"];

    // A word of two to four characters ending in 行动 at p (专项行动, 整治行动), followed by its number.
    private static string? ActionWord(string text, int p, int end)
    {
        for (var length = 4; length >= 2; length--)
        {
            if (p + length < end && ActionSuffixes.Any(suffix => text.AsSpan(p, length).EndsWith(suffix)) && text.AsSpan(p, length).ToString().All(CharacterClass.IsHan) && ChineseNumeral.IsNumeralChar(text[p + length]) | char.IsAsciiDigit(text[p + length]))
            {
                return text.Substring(p, length);
            }
        }

        return null;
    }

    // 1.1 counted as 101, 2.3 as 203: a label's number within its part, in order.
    private const int DecimalPart = 100;

    /// <summary>
    /// A paragraph that restates its problem by number before answering it (巡察指出的第一个问题是……。整改中，……;
    /// 反馈的第3个问题：……): an item of the same run as 问题1：.
    /// </summary>
    private static bool TryOrdinalProblem(string text, int p, int end, out InlineMarker marker)
    {
        marker = default;
        var match = OrdinalProblemRegex().Match(text, p, Math.Min(end - p, 40));
        if (!match.Success)
        {
            return false;
        }

        // 还有一个，…… counts on from the item before (NextOrdinal).
        if (match.Groups["next"].Success)
        {
            marker = new InlineMarker(NumberingStyle.ProblemLabel, NextOrdinal, match.Groups["next"].Value, new TextSpan(p, p + match.Length));
            return true;
        }

        var number = match.Groups["n"].Value;
        int? n = char.IsAsciiDigit(number[0]) ? int.Parse(number, System.Globalization.CultureInfo.InvariantCulture) : ChineseNumeral.Parse(number);
        if (n is not { } value)
        {
            return false;
        }

        marker = new InlineMarker(NumberingStyle.ProblemLabel, value, number, new TextSpan(p, p + match.Length));
        return true;
    }

    [GeneratedRegex("^(?!针对|关于|对于|对照|就)[\\p{IsCJKUnifiedIdeographs}]{0,14}?第(?<n>[0-9]{1,3}|[一二三四五六七八九十]{1,3})(个|项|条)?(具体)?问题(，是|是|为|：|:|，)|^第(?<n>[一二三四五六七八九十]{1,3})个[，,]|^(?<next>还有|再有|另外还有|最后还有|最后)一个(问题)?(，是|是|，|：)|^[\\p{IsCJKUnifiedIdeographs}]{0,4}?第(?<n>[0-9]{1,3}|[一二三四五六七八九十]{1,3})(项|条|问)[：:]")]
    private static partial Regex OrdinalProblemRegex();

    private static int NumeralEnd(string text, int p, int end)
    {
        var q = p;
        while (q < end && q - p < 3 && ChineseNumeral.IsNumeralChar(text[q]))
        {
            q++;
        }

        return q;
    }

    private readonly record struct InlineMarker(NumberingStyle Style, int Ordinal, string Number, TextSpan Span, int Paragraph = 0, bool AtParagraphStart = false);
}
