using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace RectifyNlp.Core.Structure;

/// <summary>
/// Decides what a document is from weighted signals in its title and body, and reports the signals
/// that decided it. The title is the strongest signal; the body's wording (同志们, 巡察发现, 责任领导,
/// 已完成 …) decides when the title is missing or silent.
/// </summary>
internal static partial class DocumentKindClassifier
{
    private const double Threshold = 3.0;

    // Unless: a title signal that another title pattern overrides (a speech whose title says it opens a round).
    private sealed record Signal(DocumentKind Kind, string Label, Regex Pattern, bool InTitle, double Weight, int MaxCount = 1, Regex? Unless = null);

    private static readonly Signal[] Signals =
    [
        new(DocumentKind.FeedbackSpeech, "标题含“讲话”", TitleSpeech(), true, 6, Unless: TitleRoundOpening()),
        new(DocumentKind.FeedbackSpeech, "称呼“同志们”", Salutation(), false, 4),
        new(DocumentKind.FeedbackSpeech, "讲话用语“下面，我强调”", SpeechTurn(), false, 2),
        new(DocumentKind.FeedbackOpinion, "标题含“反馈意见”", TitleOpinion(), true, 6),
        new(DocumentKind.FeedbackOpinion, "标题为反馈巡察情况的消息", TitleFeedbackNews(), true, 6),
        new(DocumentKind.FeedbackOpinion, "“巡察发现/巡察组认为”", InspectionFinding(), false, 1.5, 3),
        new(DocumentKind.FeedbackOpinion, "“巡察组指出/反馈巡察情况”", InspectionFeedback(), false, 1.5, 3),
        new(DocumentKind.FeedbackOpinion, "“存在……等问题”", ProblemList(), false, 1, 2),
        new(DocumentKind.FeedbackOpinion, "“存在的主要问题”", MainProblems(), false, 1.5, 2),
        new(DocumentKind.FeedbackOpinion, "“整改意见/建议”", Suggestions(), false, 1, 2),
        new(DocumentKind.RectificationPlan, "标题含“整改方案”", TitlePlan(), true, 6),
        new(DocumentKind.RectificationPlan, "“责任领导/责任单位”", Owners(), false, 0.5, 6),
        new(DocumentKind.RectificationPlan, "“整改时限/完成时限”", Deadlines(), false, 0.5, 6),
        new(DocumentKind.RectificationReport, "标题含“整改情况报告/通报”", TitleReport(), true, 6),
        new(DocumentKind.RectificationReport, "“已完成/已整改”", Done(), false, 0.7, 6),
        new(DocumentKind.RectificationReport, "“现将整改进展情况予以公布”", PublishedProgress(), false, 4),
        new(DocumentKind.RectificationReport, "“整改情况：/整改成效”", Progress(), false, 0.7, 3),
        new(DocumentKind.RectificationReport, "问责“给予……处分”", Discipline(), false, 1, 2),
        // A round's opening (进驻, 动员会, where and until when letters are taken) is news of an inspection to come, whatever
        // its 巡察组指出 says of what the group will look at: no feedback, no report.
        new(DocumentKind.Other, "标题为巡察进驻、动员的消息或讲话", TitleRoundOpening(), true, 8),
        new(DocumentKind.Other, "巡察进驻、受理信访的安排", RoundOpening(), false, 1.5, 3),
        // The inspected unit's answer at the meeting (……反馈会上的表态发言): its pledges, not the feedback.
        new(DocumentKind.Other, "标题为被巡察单位的表态发言", TitlePledge(), true, 8),
    ];

    public static KindDecision Classify(string title, string body, string? titleText = null)
    {
        var scores = new Dictionary<DocumentKind, double>();
        var seen = new List<(DocumentKind Kind, double Score, string Label)>();
        // A page's chrome (site name, breadcrumbs, 发布时间) can stand where the title is looked for; the document's own title
        // is then one of the short lines at the top of the body (中共……巡察组 / 关于……的反馈意见), read as a title too.
        // A title joined from several short lines (a portal's name, its breadcrumbs, then the item's headline) is read line by
        // line too: the breadcrumbs' 巡视整改专栏 must not hide that the headline is news of a feedback.
        List<string> titles = Signals.Any(x => x.InTitle && x.Pattern.IsMatch(title)) ? [title] : [.. TitleLines(title, body), .. TitleTextLines(titleText)];
        foreach (var signal in Signals)
        {
            var count = signal.InTitle ? (titles.Any(t => signal.Pattern.IsMatch(t) && signal.Unless?.IsMatch(t) != true) ? 1 : 0) : CountUpTo(signal.Pattern, body, signal.MaxCount);
            if (count == 0)
            {
                continue;
            }

            var score = signal.Weight * count;
            scores[signal.Kind] = scores.GetValueOrDefault(signal.Kind) + score;
            seen.Add((signal.Kind, score, count > 1 ? $"{signal.Label}×{count}" : signal.Label));
        }

        var best = scores.OrderByDescending(s => s.Value).FirstOrDefault();
        if (best.Value < Threshold)
        {
            return new KindDecision(DocumentKind.Other, [.. seen.OrderByDescending(s => s.Score).Select(s => s.Label)]);
        }

        return new KindDecision(best.Key, [.. seen.Where(s => s.Kind == best.Key).OrderByDescending(s => s.Score).Select(s => s.Label)]);
    }

    /// <summary>The lines of a title that spans several (none when it is one line).</summary>
    private static string[] TitleTextLines(string? titleText) =>
        titleText is null ? [] : titleText.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is { Length: >= 2 } lines ? lines : [];

    /// <summary>How many of the body's first lines may hold the title a page's chrome pushed down.</summary>
    private const int TitleSearchLines = 8;

    /// <summary>Longest line read as a title line.</summary>
    private const int TitleLineLength = 50;

    // The title, and the short lines above the body's first sentence (its first line that is long or ends like a
    // sentence or an address); a title that says what the document is already decides.
    private static List<string> TitleLines(string title, string body)
    {
        var lines = new List<string> { title };
        var seen = 0;
        foreach (var range in body.AsSpan().Split('\n'))
        {
            var line = body[range].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (++seen > TitleSearchLines || line.Length > TitleLineLength || line[^1] is '。' or '：' or ':' or '；' or '，' or '！' or '？'
                || HeadingMarker.Match(line, 0) is not null)
            {
                break;
            }

            lines.Add(line);
        }

        return lines;
    }

    // The matches of a pattern, counted no further than max (Regex.Count would read the whole text for a pattern
    // met at its start).
    private static int CountUpTo(Regex pattern, string text, int max)
    {
        var count = 0;
        foreach (var _ in pattern.EnumerateMatches(text))
        {
            if (++count == max)
            {
                break;
            }
        }

        return count;
    }

    // A speech, or what the speakers said at the meeting taken down (……反馈会发言摘编 / 发言实录).
    [GeneratedRegex("讲话|发言(摘编|实录|摘要|整理稿)")]
    private static partial Regex TitleSpeech();

    [GeneratedRegex("表态发言|表态讲话")]
    private static partial Regex TitlePledge();

    [GeneratedRegex("^(?!.*(反馈|整改)).*(进驻|动员会|动员部署会|巡[察视]工作动员)")]
    private static partial Regex TitleRoundOpening();

    [GeneratedRegex("(完成|正式|全部|已)进驻|巡[察视](工作)?动员(会|部署会)|值班电话|受理(范围|时间|截止)")]
    private static partial Regex RoundOpening();

    [GeneratedRegex("^同志们|\n同志们|^.{0,300}同志们[：，！]", RegexOptions.Singleline)]
    private static partial Regex Salutation();

    [GeneratedRegex("(下面|最后)，?我(再|就)?(强调|讲|谈|提)")]
    private static partial Regex SpeechTurn();

    // An opinion's title ends with 反馈意见; a report's title mentions the feedback it answers (关于巡察反馈意见整改情况的报告).
    // A letter of feedback (……巡察情况的反馈函 / 关于反馈……巡察问题清单的函) is an opinion, its 文号 on the title's next line
    // or not.
    // So is a 巡察办's notice of what a round found (关于……轮巡察发现问题的通报): the problems, not their rectification.
    [GeneratedRegex("反馈意见$|巡[察视].{0,20}的反馈$|反馈(?![^，。]*整改)[^，。]{0,40}问题清单|反馈函(?!.{0,12}整改)|巡[察视].{0,30}发现的?(突出|主要|共性|典型)?问题的?通报")]
    private static partial Regex TitleOpinion();

    // A news item or notice about the feedback meeting (区委第三巡察组向枫林街道党工委反馈巡察情况), not a report on its rectification.
    [GeneratedRegex("^(?!.*(整改|讲话|发言|反馈意见$)).*(反馈巡[察视]|巡[察视]反馈|向.{0,30}反馈|反馈.{0,16}(情况|意见)|反馈会|巡[察视].{0,12}(集中|完成)反馈)")]
    private static partial Regex TitleFeedbackNews();

    // News of a feedback says what it pointed out (反馈指出，…… / 反馈认为，……) — not what a report answers (反馈指出的问题) —
    // and that a group fed back a round of its kind (巡察组向县农业农村局党组反馈了……专项巡察情况).
    [GeneratedRegex("巡[察视]组(还|也)?指出|巡[察视]组(组长)?.{0,20}(反馈|通报)(了)?(巡[察视])?(情况|意见|发现的问题)|巡[察视]组向[^，。；]{2,30}反馈了?[^，。；]{0,24}巡[察视](工作)?(情况|意见)|反馈会|主要问题[：:]|主要表现(在|为)[：:]?|反馈(意见)?(还|也)?(指出|认为)[，,:：]")]
    private static partial Regex InspectionFeedback();

    [GeneratedRegex("存在[^。]{4,}等(方面)?问题")]
    private static partial Regex ProblemList();

    [GeneratedRegex("整改[^。]{0,40}(予以|进行)?(公布|公示|通报|公开)如下|予以公布|予以公示|现将[^。]{0,30}整改[^。]{0,12}(情况|进展)")]
    private static partial Regex PublishedProgress();

    [GeneratedRegex("巡[察视](中)?发现|巡[察视]组认为|经巡[察视]")]
    private static partial Regex InspectionFinding();

    [GeneratedRegex("(存在|发现)的?主要问题")]
    private static partial Regex MainProblems();

    [GeneratedRegex("整改意见|意见建议|提出如下建议|建议[：，]")]
    private static partial Regex Suggestions();

    [GeneratedRegex("整改(工作|实施)?方案")]
    private static partial Regex TitlePlan();

    [GeneratedRegex("责任领导[：:]|责任(单位|部门)[：:]|牵头(领导|单位|部门)[：:]")]
    private static partial Regex Owners();

    [GeneratedRegex("(整改|完成)时限[：:]|\\d{1,2}月底前(完成|整改到位)")]
    private static partial Regex Deadlines();

    [GeneratedRegex("整改.{0,12}(情况|进展|工作)的?(报告|通报|公示|公告)|整改(情况|进展)(公示|公告|公布)")]
    private static partial Regex TitleReport();

    [GeneratedRegex("已(全部|基本)?(完成|整改|落实|到位)|基本完成|整改完成|完成整改")]
    private static partial Regex Done();

    [GeneratedRegex("整改(情况|进展|成效|措施及成效)：|取得.{0,6}成效")]
    private static partial Regex Progress();

    [GeneratedRegex("(给予|予以).{0,30}(处分|诫勉|批评教育|组织处理)")]
    private static partial Regex Discipline();
}
