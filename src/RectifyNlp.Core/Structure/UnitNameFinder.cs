using System.Text.RegularExpressions;

namespace RectifyNlp.Core.Structure;

/// <summary>
/// 被巡察单位: the inspected unit's name as the documents give it, for the people who read batch tables, history
/// lists and file names (区卫生健康局, 白河镇, 青山村) rather than a folder or file name. Read, in this order:
/// 1. the feedback's title (……关于巡察区卫生健康局党组的反馈意见, ……对区司法局党组开展巡察“回头看”的反馈意见,
///    在……对区卫生健康局党组巡察情况反馈会上的讲话);
/// 2. a 被巡察单位：…… line in either document;
/// 3. the report's issuer, as its title opens (中共区卫生健康局党组关于……) or as it signs off above the date.
/// The Party body's name is dropped (中共, 党组, 党委, 党工委, 党总支, 党支部, (总)支部委员会, 工作委员会):
/// 中共区卫生健康局党组 → 区卫生健康局.
/// </summary>
public static partial class UnitNameFinder
{
    private const int MaxLength = 30;

    // The inspected body in a feedback title: after 巡察/对 (延伸巡察), before what the feedback is about.
    [GeneratedRegex(@"(?:关于(?:对|延伸巡察|巡察)|巡察组对)(?<unit>[^，。：；、“”]{2,40}?)(?:开展|进行|整改情况|巡察情况|的反馈|反馈|巡察“|巡察工作)")]
    private static partial Regex FeedbackTitle();

    [GeneratedRegex(@"被巡察(?:单位|党组织)[：:]\s*(?<unit>[^\n，。；]{2,40})")]
    private static partial Regex InspectedLine();

    // A report's title opens with its issuer: 中共区卫生健康局党组关于…… / 白河镇党委关于……
    [GeneratedRegex(@"^(?<unit>[^，。：；、“”]{2,40}?)关于")]
    private static partial Regex IssuerTitle();

    // The sign-off: the issuer's line right above the date that closes the document.
    [GeneratedRegex(@"(?<unit>[^\n，。：；]{2,40})\n+\s*(?:\d{4}|二〇[〇一二三四五六七八九]{2})年[0-9〇一二三四五六七八九十]{1,2}月[0-9〇一二三四五六七八九十]{1,3}日\s*$")]
    private static partial Regex SignOff();

    [GeneratedRegex(@"^中共|^中国共产党|(?:机关)?(?:党组（党委）|党组|党委|党工委|党总支部?|党支部|总支部委员会|支部委员会|工作委员会|委员会)$")]
    private static partial Regex PartyBody();

    /// <summary>The unit's name, or null when neither document names it in a way read here.</summary>
    public static string? Find(ParsedDocument? feedback, ParsedDocument? report)
    {
        if (feedback is not null && Clean(FeedbackTitle().Match(feedback.Structure.Title)) is { } fromFeedback)
        {
            return fromFeedback;
        }

        foreach (var document in new[] { feedback, report })
        {
            if (document is not null && Clean(InspectedLine().Match(Head(document.Text.Text))) is { } inspected)
            {
                return inspected;
            }
        }

        if (report is null)
        {
            return null;
        }

        return Clean(IssuerTitle().Match(report.Structure.Title))
            ?? Clean(SignOff().Match(report.Text.Text.TrimEnd()[^Math.Min(200, report.Text.Text.TrimEnd().Length)..]));
    }

    /// <summary>The name without the Party body (中共区卫生健康局党组 → 区卫生健康局), or null when nothing is left.</summary>
    public static string? Clean(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["unit"].Value.Trim();
        for (var before = ""; before != name;)
        {
            before = name;
            name = PartyBody().Replace(name, string.Empty).Trim();
        }

        return name.Length is >= 2 and <= MaxLength && !name.Contains("巡察", StringComparison.Ordinal) ? name : null;
    }

    // A part of a 通报 on several units is headed by the unit's Party body alone: 二、东湖街道社区卫生服务中心党支部.
    [GeneratedRegex(@"^(?<unit>[^，。；：:、“”（）()]{2,40}?(?:党组（党委）|党组|党委|党工委|党总支部?|党支部|总支部委员会|支部委员会))[。：:]?$")]
    private static partial Regex UnitHeading();

    /// <summary>
    /// The parts of a feedback that covers several units (a 巡察办 通报 on a round: 一、区教育体育局党组 …
    /// 二、东湖街道社区卫生服务中心党支部 …): the sibling sections headed by a unit's Party body, with the unit's name;
    /// empty when fewer than two sibling sections are so headed.
    /// </summary>
    public static IReadOnlyList<(Section Section, string Unit)> UnitParts(DocumentStructure structure)
    {
        ArgumentNullException.ThrowIfNull(structure);
        foreach (var siblings in structure.AllSections.Where(s => !s.Children.IsDefaultOrEmpty).Select(s => s.Children).Prepend(structure.Sections))
        {
            var parts = siblings
                .Select(s => (Section: s, Unit: UnitHeading().Match(s.Heading.Trim()) is { Success: true } m && !m.Value.Contains("巡察", StringComparison.Ordinal) ? Clean(m) : null))
                .Where(x => x.Unit is not null)
                .Select(x => (x.Section, x.Unit!))
                .ToList();
            if (parts.Count >= 2)
            {
                return parts;
            }
        }

        return [];
    }

    /// <summary>
    /// Which of <paramref name="parts"/> the <paramref name="report"/> answers: the part of the unit the report names
    /// as its issuer, else the one whose name the report repeats most (and at least once); null when none stands out.
    /// </summary>
    public static Section? PartOf(IReadOnlyList<(Section Section, string Unit)> parts, ParsedDocument report)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(report);
        if (parts.Count == 0)
        {
            return null;
        }

        if (Find(null, report) is { } issuer)
        {
            var named = parts.Where(p => p.Unit.Contains(issuer, StringComparison.Ordinal) || issuer.Contains(p.Unit, StringComparison.Ordinal)).ToList();
            if (named.Count == 1)
            {
                return named[0].Section;
            }
        }

        var text = report.Text.Text;
        var counts = parts.Select(p => (p.Section, Count: Occurrences(text, p.Unit))).OrderByDescending(p => p.Count).ToList();
        return counts[0].Count > 0 && counts[0].Count > counts[1].Count ? counts[0].Section : null;
    }

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static string Head(string text) => text[..Math.Min(text.Length, 2000)];
}
