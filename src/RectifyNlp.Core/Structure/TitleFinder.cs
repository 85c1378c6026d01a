using System.Text.RegularExpressions;
using RectifyNlp.Core.Documents;
using RectifyNlp.Core.Normalization;

namespace RectifyNlp.Core.Structure;

/// <summary>
/// Finds a document's title: the short unpunctuated lines at its top, joined when the title was
/// wrapped over several lines. A web page's teaser line (the opening text repeated and cut off with
/// an ellipsis) and a document number line (〔2025〕3号) are passed over.
/// </summary>
internal static partial class TitleFinder
{
    private const int MaxLineLength = 60;
    private const int MaxTitleLength = 100;

    [GeneratedRegex(@"^（?\d{4}年\d{1,2}月(\d{1,2}日)?）?$")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"〔\d{4}〕\d+号$|^\S{0,20}\[\d{4}\]\d+号$")]
    private static partial Regex DocumentNumberLine();

    /// <summary>The title's span (empty when there is none) and the index of the first paragraph after it.</summary>
    public static (TextSpan Span, int FirstParagraphAfter) Find(string text, IReadOnlyList<Paragraph> paragraphs)
    {
        var i = 0;
        if (paragraphs.Count > 1 && IsTeaser(text, paragraphs[0].Span, paragraphs[1].Span.Start))
        {
            i = 1;
        }

        // An official document's head above its title (份号 000009 / 秘密★1年 / 特急 / 中共××委员会文件 / ××〔2025〕14号
        // 签发人：×××) says who files it and under what number, not what it is about.
        while (i + 1 < paragraphs.Count && i < MaxChromeLines && (DocumentNumberLine().IsMatch(paragraphs[i].Span.Slice(text).Trim()) || IsDocumentHead(paragraphs[i].Span.Slice(text).Trim())))
        {
            i++;
        }

        // A web page's chrome above its headline (网站名 ｜ 繁体 ｜ 简体 / 首页 政务公开 … / 您当前的位置：首页 > …) is no title.
        // Nor is a label set above it (【录音整理稿】, read as 录音整理稿：): what kind of copy this is, not what it is about.
        while (i + 1 < paragraphs.Count && i < MaxChromeLines && (IsPageChrome(paragraphs[i].Span.Slice(text)) || CopyLabelLine().IsMatch(paragraphs[i].Span.Slice(text))))
        {
            i++;
        }

        var first = i;
        var length = 0;
        while (i < paragraphs.Count && i - first < 4)
        {
            var paragraph = paragraphs[i];
            var line = paragraph.Span.Slice(text);
            if (!LooksLikeTitleLine(text, paragraph, line) || length + line.Length > MaxTitleLength)
            {
                break;
            }

            length += line.Length;
            i++;
        }

        return i == first
            ? (new TextSpan(paragraphs.Count > 0 ? paragraphs[0].Span.Start : 0, paragraphs.Count > 0 ? paragraphs[0].Span.Start : 0), first)
            : (new TextSpan(paragraphs[first].Span.Start, paragraphs[i - 1].Span.End), i);
    }

    private static bool IsDocumentHead(string line) => CopyNumberLine().IsMatch(line) || ClassificationLine().IsMatch(line) || RedHeadLine().IsMatch(line) || SignerLine().IsMatch(line);

    // 份号: the copy's number alone on the first line (000009).
    [GeneratedRegex(@"^\d{4,8}$")]
    private static partial Regex CopyNumberLine();

    // 密级 and 紧急程度: 秘密★1年 / 机密 / 内部 / 特急 / 加急, alone or together.
    [GeneratedRegex(@"^((绝密|机密|秘密|内部|内部资料|特急|加急|平急)\s*(★\s*\S{0,6})?\s*)+$")]
    private static partial Regex ClassificationLine();

    // The red head: the issuer's name with 文件 (中共××县××局党组文件 / ××委员会文件), nothing after it. (A title may end
    // with 通报 — 关于……整改进展情况的通报 — so only 文件 is a head.)
    [GeneratedRegex(@"^[^\s的]{4,40}文件$")]
    private static partial Regex RedHeadLine();

    // The document number with its signer (××党〔2025〕14号 签发人：×××), or the signer alone.
    [GeneratedRegex(@"^(\S{0,20}〔\d{4}〕\d+\s*号\s*)?签发人[：:]\s*\S{1,12}$")]
    private static partial Regex SignerLine();

    /// <summary>The title's text: its lines joined without the line breaks between them.</summary>
    public static string TitleText(string text, TextSpan span) => span.Slice(text).Replace("\n", string.Empty, StringComparison.Ordinal);

    /// <summary>Most lines of page chrome read past at the top.</summary>
    private const int MaxChromeLines = 6;

    private static bool IsPageChrome(string line) =>
        line.Count(c => c is '|' or '｜') >= 2 || PageChromeLine().IsMatch(line);

    // A breadcrumb or a site's menu: 您当前的位置：首页 > … / 首页 政务公开 … / 当前位置：.
    [GeneratedRegex("^(您?当前(的)?位置|所在位置)[：:]|^首页\\s*([>＞»›/]|政务|新闻|机构|信息)")]
    private static partial Regex PageChromeLine();

    private static bool LooksLikeTitleLine(string text, Paragraph paragraph, string line) =>
        line.Length <= MaxLineLength
        && !paragraph.IsTableRow
        && "。；：，！？".IndexOf(line[^1]) < 0
        && HeadingMarker.Match(text, paragraph.Span.Start) is null
        && !DateLine().IsMatch(line)
        && !PageMetaLine().IsMatch(line)
        && !FieldLine().IsMatch(line)
        && !InlineEnumerationFinder.OpensWithLabel(line)
        && (paragraph.OutlineLevel is null or <= 1);

    /// <summary>A first line that repeats the opening of what follows and breaks off with an ellipsis.</summary>
    private static bool IsTeaser(string text, TextSpan first, int restStart)
    {
        var line = first.Slice(text);
        if (line.Length < 40 || !(line.EndsWith("...", StringComparison.Ordinal) || line.EndsWith('…')))
        {
            return false;
        }

        var probe = line[..Math.Min(10, line.Length)];
        var window = Math.Min(text.Length - restStart, line.Length + 200);
        return text.IndexOf(probe, restStart, window, StringComparison.Ordinal) >= 0;
    }

    // A short label alone on the first lines (录音整理稿： / 【会议实录】 as the normaliser leaves it).
    [GeneratedRegex("^\\p{IsCJKUnifiedIdeographs}{2,8}[：:]$")]
    private static partial Regex CopyLabelLine();

    // A header's field under the title (被巡察单位：…… / 巡察时间：…… / 反馈问题：……): never the title's.
    [GeneratedRegex("^\\p{IsCJKUnifiedIdeographs}{2,8}[：:]\\s*\\S")]
    private static partial Regex FieldLine();

    // A page's line of particulars under its headline (来源：…　时间：…　作者：…): never the title's.
    [System.Text.RegularExpressions.GeneratedRegex("(来源|发布时间|发布日期|发布单位|作者|编辑|浏览次数|点击量|阅读量|浏览)[：:]")]
    private static partial System.Text.RegularExpressions.Regex PageMetaLine();
}
