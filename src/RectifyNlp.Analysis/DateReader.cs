using System.Globalization;
using System.Text.RegularExpressions;
using RectifyNlp.Core;
using RectifyNlp.Core.Documents;

namespace RectifyNlp.Analysis;

/// <summary>Reads the dates the three-month rule needs: when the feedback was given, and when the report was signed.</summary>
public sealed partial class DateReader(AnalysisCues cues)
{
    private readonly AnalysisCues _cues = cues ?? throw new ArgumentNullException(nameof(cues));

    /// <summary>
    /// The feedback date: the report's own statement of it (2024年4月12日，区委第三巡察组向局党组反馈了……;
    /// 于2025年5月19日收到巡察反馈意见), else a date the feedback gives for its feedback meeting.
    /// </summary>
    public DatedEvidence? FeedbackDate(ParsedDocument report, ParsedDocument? feedback, DateOnly? reportDate = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Find(report, DocumentRole.Report) ?? (feedback is null ? null : Find(feedback, DocumentRole.Feedback))
            ?? (reportDate is { } signed ? FindYearless(report, DocumentRole.Report, signed) ?? (feedback is null ? null : FindYearless(feedback, DocumentRole.Feedback, signed)) : null)
            ?? (feedback is null ? null : SignedDate(feedback))
            ?? HeadField(report, sent: false)
            ?? (feedback is null ? null : SpeechDate(feedback));
    }

    /// <summary>
    /// The date a speech gives under its title (在……反馈会上的讲话 / （2024年8月27日）): the day it was given, the feedback's.
    /// </summary>
    private static DatedEvidence? SpeechDate(ParsedDocument feedback)
    {
        var text = feedback.Text.Text;
        foreach (var paragraph in feedback.Text.Paragraphs.Where(p => !p.Span.IsEmpty).Take(SpeechHeadLines))
        {
            var line = paragraph.Span.Slice(text).Trim();
            if (SpeechDateRegex().IsMatch(line) && Parse(line) is { } date)
            {
                return new DatedEvidence(date, line, DocumentRole.Feedback, paragraph.Span);
            }
        }

        return null;
    }

    /// <summary>How many lines at a speech's head may date it.</summary>
    private const int SpeechHeadLines = 4;

    // A speech's date line: the date alone, in brackets (（2024年8月27日）).
    [GeneratedRegex("^[（(](19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日[）)]$")]
    private static partial Regex SpeechDateRegex();

    /// <summary>
    /// The date a feedback opinion is signed with (its last lines: 县委第五巡察组 / 2025年3月3日), when nothing says when it
    /// was given: it was given no earlier.
    /// </summary>
    private static DatedEvidence? SignedDate(ParsedDocument feedback)
    {
        var text = feedback.Text.Text;
        foreach (var paragraph in feedback.Text.Paragraphs.Where(p => !p.Span.IsEmpty && !p.Span.Slice(text).AsSpan().Trim().IsEmpty).Reverse().Take(3))
        {
            var line = paragraph.Span.Slice(text).Trim();
            if (ReportReader.DateLineRegex().IsMatch(line) && Parse(line) is { } date)
            {
                return new DatedEvidence(date, line, DocumentRole.Feedback, paragraph.Span);
            }
        }

        return null;
    }

    /// <summary>
    /// A feedback dated without its year (今年3月18日区委第二巡察组反馈意见后 / 3月18日，巡察组向……反馈巡察情况), when no
    /// document gives a full one: the year is the report's, or the one before when the day would fall after the report.
    /// </summary>
    private static DatedEvidence? FindYearless(ParsedDocument document, DocumentRole role, DateOnly reportDate)
    {
        var text = document.Text.Text;
        foreach (var sentence in document.Structure.Sentences)
        {
            var slice = sentence.Slice(text);
            if (YearlessFeedbackRegex().Match(slice) is not { Success: true } match)
            {
                continue;
            }

            var m = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
            var d = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(reportDate.Year, m))
            {
                continue;
            }

            var date = new DateOnly(reportDate.Year, m, d);
            return new DatedEvidence(date > reportDate ? date.AddYears(-1) : date, slice, role, sentence);
        }

        return null;
    }

    // 今年3月18日 counts as yearless; 2025年3月18日 is read by the feedbackDate cue.
    [GeneratedRegex("(?<![0-9〇一二三四五六七八九]年|[0-9月])(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})日[^。；]{0,30}反馈(?!.{0,4}(之日|后[0-9一二三两]|起))|反馈[^。；]{0,6}(?<![0-9〇一二三四五六七八九]年|[0-9月])(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})日")]
    private static partial Regex YearlessFeedbackRegex();

    /// <summary>The report's date: the date line of its signature, else the last date line of the document.</summary>
    public static DatedEvidence? ReportDate(ParsedDocument report, TextSpan signature)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = report.Text.Text;
        foreach (var paragraph in report.Text.Paragraphs.Reverse())
        {
            var line = paragraph.Span.Slice(text).Trim();
            if (ReportReader.DateLineRegex().IsMatch(line) && (signature.IsEmpty || signature.Contains(paragraph.Span) || paragraph.Span.Start >= signature.Start))
            {
                var date = Parse(line);
                if (date is not null)
                {
                    return new DatedEvidence(date.Value, line, DocumentRole.Report, paragraph.Span);
                }
            }
        }

        // No date signs it off: a bulletin or notice dates itself at its head (……机关党组办公室编　　2026年1月19日 /
        // （2026年1月19日）), on a line of its own above its body's first sentence.
        foreach (var paragraph in report.Text.Paragraphs.Take(MastheadLines))
        {
            var line = paragraph.Span.Slice(text).Trim();
            if (line.Length >= MinBodySentence && line.Contains('。', StringComparison.Ordinal))
            {
                break;
            }

            if (MastheadDateRegex().IsMatch(line) && Parse(line) is { } date)
            {
                return new DatedEvidence(date, line, DocumentRole.Report, paragraph.Span);
            }

        }

        // A form's head field that says when it was sent (报送日期：2024-12-20 / 上报时间：2024年12月20日), as a system's export
        // prints it (填报日期：2025年2月17日 over a ledger): the date the report went in.
        return HeadField(report, sent: true);
    }

    /// <summary>
    /// The date a form's head field gives (报送日期：2024-12-20 when <paramref name="sent"/>, 反馈日期：2024-08-27 otherwise), in
    /// its first lines, with the date written either way; null when there is none.
    /// </summary>
    private static DatedEvidence? HeadField(ParsedDocument document, bool sent)
    {
        var text = document.Text.Text;
        foreach (var paragraph in document.Text.Paragraphs.Take(MastheadLines))
        {
            var line = paragraph.Span.Slice(text).Trim();
            if (HeadFieldRegex().Matches(line).FirstOrDefault(m => m.Groups["sent"].Success == sent) is { } field
                && (Parse(field.Groups["date"].Value) ?? (DateOnly.TryParseExact(field.Groups["date"].Value, ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso) ? iso : null)) is { } date)
            {
                return new DatedEvidence(date, line, DocumentRole.Report, paragraph.Span);
            }
        }

        return null;
    }

    [GeneratedRegex("(?:(?<sent>报送|上报|呈报|报出|填报)|反馈)(日期|时间)[：:]\\s*(?<date>(19|20)[0-9]{2}([-/.][0-9]{1,2}[-/.][0-9]{1,2}|年[0-9]{1,2}月[0-9]{1,2}日))")]
    private static partial Regex HeadFieldRegex();

    /// <summary>How many lines at a document's head may date it, and how long a line is a sentence of its body.</summary>
    private const int MastheadLines = 12;

    private const int MinBodySentence = 40;

    // A line that ends with a date and says nothing else in sentences: 某某办公室编　　2026年1月19日 / （2026年1月19日）.
    [GeneratedRegex("^[^。，；：:]{0,40}?[（(]?(19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日[）)]?$")]
    private static partial Regex MastheadDateRegex();

    /// <summary>Reads 2024年4月12日 (Arabic digits, or 二〇二四年四月十二日).</summary>
    public static DateOnly? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = DateRegex().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var year = Number(match.Groups["y"].Value, isYear: true);
        var month = Number(match.Groups["m"].Value, isYear: false);
        var day = Number(match.Groups["d"].Value, isYear: false);
        return year is >= 1990 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    private DatedEvidence? Find(ParsedDocument document, DocumentRole role)
    {
        var text = document.Text.Text;
        foreach (var sentence in document.Structure.Sentences)
        {
            // The date nearest the feedback: 2023年11月13日至2024年1月12日巡察，并于2024年2月28日反馈 gives the last.
            var slice = sentence.Slice(text);
            var match = _cues.FeedbackDate.Match(slice);
            for (var next = match; next.Success; next = next.Groups["date"].Index + 1 < slice.Length ? _cues.FeedbackDate.Match(slice, next.Groups["date"].Index + 1) : Match.Empty)
            {
                match = next;
            }

            if (match.Success && Parse(match.Groups["date"].Value) is { } date)
            {
                // 2025年3月3日至3月28日巡察，并于4月23日反馈: the date without its year, nearer the feedback, is the one.
                var after = match.Groups["date"].Index + match.Groups["date"].Length;
                var cue = FeedbackWordRegex().Match(slice, after);
                if (cue.Success)
                {
                    var yearless = YearlessDateRegex().Matches(slice[after..cue.Index]).LastOrDefault();
                    if (yearless is not null && int.Parse(yearless.Groups["m"].Value, CultureInfo.InvariantCulture) is var m and >= 1 and <= 12
                        && int.Parse(yearless.Groups["d"].Value, CultureInfo.InvariantCulture) is var d && d >= 1 && d <= DateTime.DaysInMonth(date.Year, m))
                    {
                        var later = new DateOnly(date.Year, m, d);
                        date = later >= date ? later : later.AddYears(1);
                    }
                }

                return new DatedEvidence(date, sentence.Slice(text), role, sentence);
            }
        }

        return null;
    }

    [GeneratedRegex("反馈|收到")]
    private static partial Regex FeedbackWordRegex();

    [GeneratedRegex("(?<![0-9年])(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})日")]
    private static partial Regex YearlessDateRegex();

    private static int Number(string value, bool isYear)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        const string digits = "〇一二三四五六七八九";
        if (isYear)
        {
            return value.Aggregate(0, (acc, c) => (acc * 10) + Math.Max(0, digits.IndexOf(c == '零' ? '〇' : c, StringComparison.Ordinal)));
        }

        // 十, 十二, 二十, 二十一, 三十一
        var ten = value.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            return digits.IndexOf(value, StringComparison.Ordinal);
        }

        var tens = ten == 0 ? 1 : digits.IndexOf(value[..ten], StringComparison.Ordinal);
        var units = ten == value.Length - 1 ? 0 : digits.IndexOf(value[(ten + 1)..], StringComparison.Ordinal);
        return (tens * 10) + units;
    }

    [GeneratedRegex("(?<y>20[0-9]{2}|二〇[一二三四五六七八九〇零]{2})年(?<m>[0-9]{1,2}|[一二三四五六七八九十]{1,2})月(?<d>[0-9]{1,2}|[一二三四五六七八九十]{1,3})日")]
    private static partial Regex DateRegex();
}
