using System.Collections.Immutable;
using System.Text.RegularExpressions;
using RectifyNlp.Core;
using RectifyNlp.Core.Documents;
using RectifyNlp.Core.Structure;

namespace RectifyNlp.Analysis;

/// <summary>
/// Measures that name their problem by number rather than by words (针对反馈意见第二部分……针对第3个问题，……):
/// the number counts the feedback's problems within the part the report's heading names (第二部分, 第二方面),
/// or across the whole feedback when no part is named. Parts are the feedback's areas in order. A group the feedback
/// heads by name (一、共性问题 / 二、个性问题, numbering anew in each) is counted within when the report names it
/// (关于个性问题第2项).
/// </summary>
public sealed partial class OrdinalReferences
{
    private readonly ImmutableArray<Section> _sections;
    private readonly List<List<Issue>> _parts;
    private readonly ImmutableArray<Issue> _issues;
    private readonly List<(string Name, List<Issue> Issues)> _groups = [];

    /// <summary>Prepares the references of <paramref name="report"/> to <paramref name="issues"/> (raised by <paramref name="feedback"/>, if given).</summary>
    public OrdinalReferences(ParsedDocument report, ImmutableArray<Issue> issues, ParsedDocument? feedback = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        _sections = [.. report.Structure.AllSections.Where(s => PartRegex().IsMatch(s.Heading))];
        _issues = [.. issues.OrderBy(i => i.Span.Start)];
        _parts = [];
        foreach (var issue in _issues)
        {
            if (_parts.Count == 0 || _parts[^1][0].Area != issue.Area)
            {
                _parts.Add([]);
            }

            _parts[^1].Add(issue);
        }

        foreach (var section in feedback?.Structure.AllSections ?? [])
        {
            if (GroupTitleRegex().Match(section.Heading.Trim()) is { Success: true } title
                && _issues.Where(i => section.Span.Start <= i.Span.Start && i.Span.End <= section.Span.End).ToList() is { Count: > 0 } inside)
            {
                _groups.Add((title.Groups["name"].Value, inside));
            }
        }
    }

    /// <summary>The problem a piece names by number, or null when it names none (or one that does not exist).</summary>
    public MatchLink? Resolve(ReportPiece piece)
    {
        ArgumentNullException.ThrowIfNull(piece);
        var item = ItemRegex().Match(piece.Text);
        if (!item.Success)
        {
            // ……制定轮岗交流办法。（对应反馈问题第8条；责任领导：……） / ……一事一单。（针对反馈问题四）: a note in brackets naming the problem it answers, after a word on what was done (（修订，针对问题2，……）).
            item = NoteRegex().Match(piece.Text);
        }

        return item.Success ? ResolveNote(item, piece.Span) : ResolveNote(piece.Text, piece.Span);
    }

    /// <summary>
    /// The problem a note in brackets names (……制定……办法（针对问题4）/ 修订《生物安全管理制度》（第1个问题）), the first of
    /// <paramref name="text"/>'s; null when it has none (or names one that does not exist).
    /// </summary>
    public MatchLink? ResolveNote(string text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        // (A bare number after whom a field names, 责任领导：所长（第五个问题），副所长（第六个问题）, says who answers for which
        // problem, not what the text answers.)
        return NoteRegex().Match(text) is { Success: true } note ? ResolveNote(note, span)
            : BareNoteRegex().Match(text) is { Success: true } bare && !OwnerFieldRegex().IsMatch(text.AsSpan(0, bare.Index)) ? ResolveNote(bare, span) : null;
    }

    [GeneratedRegex("责任(领导|人|单位|部门|科室|股室)|牵头|配合|分管|主抓")]
    private static partial Regex OwnerFieldRegex();

    // The note may name the part itself (（针对反馈第三方面第2个问题）).
    private MatchLink? ResolveNote(Match note, TextSpan span) =>
        Number(note.Groups["n"].Value) is { } number ? ResolveNumber(number, span, note.Groups["part"].Success ? Number(note.Groups["part"].Value) : null) : null;

    /// <summary>
    /// The problem <paramref name="number"/> names in the report at <paramref name="span"/>: counted within the part
    /// <paramref name="named"/> names, or else the part the report's heading over <paramref name="span"/> names, or else across
    /// the whole feedback; null when there is no such problem.
    /// </summary>
    public MatchLink? ResolveNumber(int number, TextSpan span, int? named = null)
    {
        if (number < 1)
        {
            return null;
        }

        var partSection = _sections.Where(s => s.Span.Contains(span)).OrderByDescending(s => s.Level).FirstOrDefault();
        Issue? issue;
        string where;
        if ((named ?? (partSection is null ? null : Number(PartRegex().Match(partSection.Heading).Groups["n"].Value))) is { } part && _parts.Count > 1)
        {
            issue = part <= _parts.Count && number <= _parts[part - 1].Count ? _parts[part - 1][number - 1] : null;
            where = $"第{part}部分第{number}个问题";
        }
        else
        {
            issue = number <= _issues.Length ? _issues[number - 1] : null;
            where = $"第{number}个问题";
        }

        return issue is null ? null : new MatchLink(issue.Id, 1.0, $"报告按序号指明：{where}");
    }

    /// <summary>
    /// Whether a report's heading names the feedback's problems by number (（一）反馈问题第3项; (二)反馈问题第1项、第6项;
    /// 关于反馈意见第二部分第2个问题).
    /// </summary>
    public static bool NamesProblems(string heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        heading = ReferenceScope(heading);
        // 对第五问的回答 names the fifth of a feedback's questions (第五问：……？), each a problem.
        return heading.Length <= 40 && (HeadingItemRegex().IsMatch(heading) || HeadingListRegex().IsMatch(heading))
            && (heading.Contains("问题", StringComparison.Ordinal) || heading.Contains("反馈", StringComparison.Ordinal) || QuestionRegex().IsMatch(heading));
    }

    /// <summary>The problems a heading names by number (every one of 第1项、第6项), in order; empty when it names none that exist.</summary>
    public ImmutableArray<MatchLink> ResolveHeading(string heading, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(heading);
        if (!NamesProblems(heading))
        {
            return [];
        }

        return ResolveNumbers(ReferenceScope(heading), span);
    }

    /// <summary>
    /// The problems a piece or a clause names by number at its opening (针对第1个、第3个问题，制定…… / 第一方面第1个、第4个问题由……
    /// 负责 / 第（一）项于……前完成), every one of a list; with <paramref name="wholeParts"/>, also every problem of a part it names
    /// whole (第二方面4个问题由……负责 / 第三方面的问题). Empty when it opens with no reference, or one to a problem that does not exist.
    /// </summary>
    public ImmutableArray<MatchLink> ResolveOpening(string clause, TextSpan span, bool wholeParts = false)
    {
        ArgumentNullException.ThrowIfNull(clause);
        if (OpeningReferenceRegex().Match(clause) is { Success: true } opening)
        {
            return ResolveNumbers(opening.Value, span);
        }

        if (wholeParts && WholePartRegex().Match(clause) is { Success: true } whole && _parts.Count > 1
            && Number(whole.Groups["p"].Value) is { } part && part >= 1 && part <= _parts.Count
            && (!whole.Groups["count"].Success || Number(whole.Groups["count"].Value) == _parts[part - 1].Count))
        {
            return [.. _parts[part - 1].Select(i => new MatchLink(i.Id, 1.0, $"报告按序号指明：第{part}部分的问题"))];
        }

        return [];
    }

    /// <summary>Whether a clause opens by naming problems by number (对反馈第2、4项问题…… / 针对第1个、第3个问题……).</summary>
    public static bool OpensOnNumbers(string clause) => OpeningReferenceRegex().IsMatch(clause ?? "");

    private ImmutableArray<MatchLink> ResolveNumbers(string heading, TextSpan span)
    {
        var links = new List<MatchLink>();
        // 关于第二、五个问题 / 第2、第5项: every number of the list, when no part is named.
        if (HeadingListRegex().Match(heading) is { Success: true } list && !PartRegex().IsMatch(heading))
        {
            foreach (Capture number in list.Groups["n"].Captures)
            {
                if ((Number(number.Value) is { } n ? ResolveNumber(n, span) : null) is not { } named)
                {
                    return [];
                }

                if (!links.Any(l => l.IssueId == named.IssueId))
                {
                    links.Add(named);
                }
            }

            return [.. links];
        }

        // 关于个性问题第1项、第3项: the numbers count within the group the feedback heads by that name.
        if (_groups.Find(g => heading.Contains(g.Name + "问题第", StringComparison.Ordinal)) is { Issues: { } group })
        {
            foreach (Match item in HeadingItemRegex().Matches(heading))
            {
                if (Number(item.Groups["n"].Value) is not (>= 1 and var n) || n > group.Count)
                {
                    return [];
                }

                if (!links.Any(l => l.IssueId == group[n - 1].Id))
                {
                    links.Add(new MatchLink(group[n - 1].Id, 1.0, $"报告按序号指明：{heading[..heading.IndexOf("问题第", StringComparison.Ordinal)]}问题第{n}个"));
                }
            }

            return [.. links];
        }

        var parts = PartRegex().Matches(heading);
        foreach (Match item in HeadingItemRegex().Matches(heading))
        {
            // 第二方面第1个问题和第三方面第2个问题: each number counts within the part named before it. When the
            // feedback's problems were not read by parts, such a number cannot be resolved: the heading's words decide.
            var part = parts.LastOrDefault(p => p.Index < item.Index);
            if (part is not null && _parts.Count <= 1)
            {
                return [];
            }

            var link = part is null
                ? (Number(item.Groups["n"].Value) is { } k ? ResolveNumber(k, span) : null)
                : Number(part.Groups["n"].Value) is { } p && p <= _parts.Count && Number(item.Groups["n"].Value) is { } n && n >= 1 && n <= _parts[p - 1].Count
                    ? new MatchLink(_parts[p - 1][n - 1].Id, 1.0, $"报告按序号指明：第{p}部分第{n}个问题")
                    : null;
            if (link is null)
            {
                return [];
            }

            if (!links.Any(l => l.IssueId == link.IssueId))
            {
                links.Add(link);
            }
        }

        return [.. links];
    }

    // What of a heading can name problems by number: a heading of a line, whole; a heading that runs on into its restatement
    // and answer (对第3项和第4项问题，即……的问题，集团党委合并研究……), its opening clause — numbers further on are the problem's
    // own figures or another reference; a heading that names its problems in brackets after the numbers
    // (针对反馈意见第一部分第2个问题和第二部分第1个问题（“双减”落实偏差和教辅资料征订违规）), what comes before them.
    // A part numbered in brackets (第（二）方面) is part of the reference, not a note after it.
    private static string ReferenceScope(string heading) =>
        heading.Length <= 40 || ScopeStopRegex().Match(heading) is not { Success: true, Index: > 0 } stop ? heading : heading[..stop.Index];

    [GeneratedRegex("[，,。：:；]|(?<!第)[（(]")]
    private static partial Regex ScopeStopRegex();

    // Arabic digits (half- or full-width), a circled number or a Chinese numeral.
    private static int? Number(string text)
    {
        if (text.Length == 1 && text[0] is >= '①' and <= '⑳')
        {
            return text[0] - '①' + 1; // a circled number (第①项), as a list inside a paragraph is numbered
        }

        var ascii = new string([.. text.Select(c => c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c)]);
        return ascii.Length > 0 && ascii.All(char.IsAsciiDigit) && ascii.Length <= 4
            ? int.Parse(ascii, System.Globalization.CultureInfo.InvariantCulture)
            : ChineseNumeral.Parse(text);
    }

    [GeneratedRegex("第[（(]?(?<n>[一二三四五六七八九十0-9０-９①-⑳]+)[）)]?(个|项|条|问(?!题))(?!(部分|方面))")]
    private static partial Regex HeadingItemRegex();

    // 第二、五个问题 / 第2、第5项 / 第三和第六个问题: a list of numbers sharing one 第 and one 个.
    [GeneratedRegex("第[（(]?(?<n>[一二三四五六七八九十0-9０-９①-⑳]+)[）)]?(?:[、和及与]第?[（(]?(?<n>[一二三四五六七八九十0-9０-９①-⑳]+)[）)]?)+(个|项|条)(?!(部分|方面))")]
    private static partial Regex HeadingListRegex();

    // A feedback's heading over a group of its problems, named: 一、共性问题 / （二）个性问题 / 三、其他问题.
    [GeneratedRegex("^([一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十]+[）)])?\\s*(?<name>\\p{IsCJKUnifiedIdeographs}{2,4})问题[：:。]?$")]
    private static partial Regex GroupTitleRegex();

    /// <summary>A number as the feedback's items are numbered: 一 … 十, 1, ２, ①.</summary>
    private const string Numeral = "[一二三四五六七八九十0-9０-９①-⑳]+";

    /// <summary>An item named by its number: 第1 / 第（一） / 第①.</summary>
    private const string NumberedItem = "第[（(]?" + Numeral + "[）)]?";

    /// <summary>A further number of a list that shares one 第 and one 项 with the first (、4 / 和第5): 第2、4、6项.</summary>
    private const string MoreNumbers = "(?:[、和及与]第?[（(]?" + Numeral + "[）)]?)";

    // What a note in brackets names: the part, if any (第三方面), and the problem's number (第2个问题 / 问题4).
    private const string NotedPart = "(第[（(]?(?<part>" + Numeral + ")[）)]?(方面|部分))?";

    private const string NotedNumber = "(?<n>" + Numeral + ")";

    // A clause opening on problems named by number: 针对第1个、第3个问题 / 第一方面第1个、第4个问题 / 第（一）项 / 对反馈意见第2项和第5项 /
    // 对反馈第2、4、6项问题 (one 第 and one 项 for the list).
    [GeneratedRegex("^\\s*((对|针对|关于|对应)(巡察)?(反馈)?(意见)?(中|指出)?的?)?(第[（(]?[一二三四五六七八九十0-9０-９]+[）)]?个?(方面|部分))?的?(" + NumberedItem + "(个|项|条)(问题)?([、和及与]第?[（(]?" + Numeral + "[）)]?(个|项|条)?(问题)?)*|" + NumberedItem + MoreNumbers + "+(个|项|条)(问题)?)")]
    private static partial Regex OpeningReferenceRegex();

    // A clause opening on a part's problems as a whole: 第二方面4个问题 / 第三方面的问题 / 对第一部分的3个问题.
    [GeneratedRegex("^\\s*((对|针对|关于)(反馈)?(意见)?的?)?第(?<p>[一二三四五六七八九十0-9０-９]+)个?(方面|部分)的?((?<count>[一二两三四五六七八九十0-9０-９]+)个|各项|全部|所有)?(问题|整改任务|整改事项)")]
    private static partial Regex WholePartRegex();

    [GeneratedRegex("第[一二三四五六七八九十0-9０-９①-⑳]+问(?!题)")]
    private static partial Regex QuestionRegex();

    [GeneratedRegex("第[（(]?(?<n>[一二三四五六七八九十0-9０-９①-⑳]+)[）)]?(部分|方面|类|大类)")]
    private static partial Regex PartRegex();

    [GeneratedRegex("[（(]([\\u4e00-\\u9fff]{1,6}[，,、])?(对应|针对|回应)(巡察)?(反馈)?(意见)?(中的?)?" + NotedPart + "((问题)?第" + NotedNumber + "(个|项|条)(问题)?|问题" + NotedNumber + ")[；;，,）)]")]
    private static partial Regex NoteRegex();

    // A note in brackets that is only the problem's number (（第1个问题） / （反馈第三方面第2个问题） / （问题4）): no word of
    // answering needed, the word 问题 is (（第3条） may cite a rule's article).
    [GeneratedRegex("[（(](反馈)?(意见)?(中的?)?" + NotedPart + "(第" + NotedNumber + "(个|项|条)问题|问题" + NotedNumber + ")[）)]")]
    private static partial Regex BareNoteRegex();

    /// <summary>
    /// An item named by number and, straight after it, whom it dealt with (第二项诫勉谈话1人 / 第4个问题，给予……): a clause of a
    /// closing accountability part told item by item. One pattern for the report reader, which cuts such a part at it, and for
    /// the references, which link each clause to the item it names.
    /// </summary>
    internal const string SanctionedItem = "第(?<n>[一二三四五六七八九十0-9０-９]+)(项|个问题)(?=[，,：:]?(诫勉|批评|警告|记过|处分|问责|追责|约谈|提醒谈话|给予|通报批评|责令|免职|调离))";

    [GeneratedRegex("^([0-9０-９]{1,2}[．.、]\\s*)?((针对|关于|对于?|对应)(巡察)?(反馈(意见)?)?(中|指出)?(的)?(第[（(]?(?<part>[一二三四五六七八九十0-9０-９]+)[）)]?(部分|方面))?第[（(]?(?<n>[一二三四五六七八九十0-9０-９①-⑳]+)[）)]?" + MoreNumbers + "*(个|项|条)(问题)?|(针对|对应)(巡察)?(反馈(意见)?)?(中的?)?问题(?<n>[一二三四五六七八九十0-9０-９①-⑳]{1,3})(?![0-9０-９])|" + SanctionedItem + ")")]
    private static partial Regex ItemRegex();
}
