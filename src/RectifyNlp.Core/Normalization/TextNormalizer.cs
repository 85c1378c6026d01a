using System.Collections.Immutable;
using System.Text;
using RectifyNlp.Core.Documents;

namespace RectifyNlp.Core.Normalization;

/// <summary>
/// Unifies the characters of a document for matching and records where each one came from.
/// Real documents mix <c>整改情况:</c> with <c>整改情况：</c> and <c>(一)</c> with <c>（一）</c>, pad digits with
/// spaces (PDF extraction) and wrap lines in the middle of sentences; after this stage they do not. A document written in
/// traditional characters (a Big5 file, a portal's 繁體 page) reads in simplified ones, character for character.
/// </summary>
public sealed class TextNormalizer : ITextNormalizer
{
    /// <summary>The shared instance.</summary>
    public static TextNormalizer Instance { get; } = new();

    /// <inheritdoc />
    public NormalizedText Normalize(RawDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);

        var text = new StringBuilder(document.Text.Length);
        var map = ImmutableArray.CreateBuilder<int>(document.Text.Length + 1);
        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>();
        var folded = new List<(char C, int At)>();
        var simplified = TraditionalCharacters.ReadsAsTraditional(document.Text);
        // A spreadsheet's rows copied as text (1⇥党的领导⇥"（1）……↵（2）……"⇥……) quote each cell that holds a line break: in
        // such a text a straight quote at a cell's edge (next to a tab or a line's end) delimits the cell and stays as it is.
        var spreadsheet = document.Text.Contains("\t\"", StringComparison.Ordinal);
        var spacedRows = SpaceSeparatedRows(document);

        for (var i = 0; i < document.Paragraphs.Length; i++)
        {
            var raw = document.Paragraphs[i];
            var rawStart = document.ParagraphStarts[i];

            // A copied article's placeholder for a picture or a video ([图片] / [视频]) on a line of its own is no text: the list it
            // stood in goes on past it.
            if (PlaceholderLine(raw.Text))
            {
                continue;
            }

            // 1. Fold each character to its matching form.
            folded.Clear();
            for (var j = 0; j < raw.Text.Length; j++)
            {
                // A pictograph (📌, 👉) says nothing a reader matches on, but 👇 points at what follows, as a colon does.
                if (char.IsHighSurrogate(raw.Text[j]) && j + 1 < raw.Text.Length && char.IsLowSurrogate(raw.Text[j + 1])
                    && char.ConvertToUtf32(raw.Text[j], raw.Text[j + 1]) is var symbol and >= Pictographs and <= PictographsEnd)
                {
                    if (symbol == PointingDown)
                    {
                        folded.Add(('：', rawStart + j));
                    }
                    else if (j == 0 && raw.Text.Length <= MaxMarkedLine && raw.Text.AsSpan().IndexOfAny("。！？；，") < 0)
                    {
                        // One opening a short line (📌整改要求 / 🔹下一步工作) marks a part's heading, as ▍ does.
                        folded.Add(('▍', rawStart + j));
                    }

                    j++;
                    continue;
                }

                var c = Fold(raw.Text[j]);
                if (simplified)
                {
                    c = TraditionalCharacters.Simplify(c);
                }
                if (c != '\0')
                {
                    folded.Add((c, rawStart + j));
                }
            }

            // 2. Chinese punctuation written in ASCII becomes full-width, unless it sits inside a number
            //    or a Latin phrase (12:30, 1,000). A full stop written as . after Chinese text is 。, also before a
            //    number (建设.4家支部……) (not in 1.2 or after a number: 1. is numbering; nor an ellipsis ...; nor before
            //    a Latin letter: 网.cn); straight double quotes around Chinese open and close in turn.
            var quotes = 0;
            var lastTwo = -2; // where the paragraph's last 二是 stands, found once when a dash before 是 asks
            for (var j = 0; j < folded.Count; j++)
            {
                var c = folded[j].C;
                var wide = c switch
                {
                    '—' or '―' or '-' when ReadAsOne(folded, j, lastTwo == -2 ? lastTwo = LastSecondItem(folded) : lastTwo) => '一',
                    '(' => '（',
                    ')' => '）',
                    ':' or ';' or ',' or '!' or '?' when !BetweenAsciiAlphanumerics(folded, j) => (char)(c + 0xFEE0),
                    '.' when AfterChinese(folded, j) && !(j + 1 < folded.Count && (char.IsAsciiLetter(folded[j + 1].C) || folded[j + 1].C == '.')) => '。',
                    '"' when spreadsheet && AtCellEdge(document.Text, folded[j].At) => '"',
                    '"' when NextToChinese(folded, j) => quotes++ % 2 == 0 ? '“' : '”',
                    _ => c,
                };
                folded[j] = (wide, folded[j].At);
            }

            // 2b. A form's field label, however it is marked, reads as 标签：…: 【整改措施】… and ■整改措施：… are
            //     整改措施：…, the way the plain form writes it.
            UnmarkLabel(folded);

            // 3. Whitespace: none at the ends, none next to Chinese, one space between Latin words.
            if (paragraphs.Count > 0 && HasVisible(folded))
            {
                map.Add(rawStart - 1);
                text.Append('\n');
            }

            var start = text.Length;
            // Numbered items run together on one line (1、……。2、……, a chat or a copy that lost its line breaks): an item that
            // goes on from the line's own number, right after a sentence's end, starts a line of its own. Only the 、 form: a
            // ledger's cell lists its measures as 1.……；2.…… on one line, and its rows hang on its lines.
            var (number, delimiter) = raw.IsTableRow ? (0, '\0') : LeadingNumber(folded);
            // A table's row keeps the cells its reader gave (| between them); only a line of text may be set out by spaces.
            var spaceAligned = !raw.IsTableRow && IsSpaceAligned(document.Text, folded);
            var spaced = spacedRows.Contains(i);
            for (var j = 0; j < folded.Count; j++)
            {
                var (c, at) = folded[j];
                if (number > 0 && (char.IsAsciiDigit(c) || c == '（') && text.Length > start && text[^1] is '。' or '！' or '？'
                    && NumberAt(folded, j) is { } glued && glued.Number == number + 1 && glued.Delimiter == delimiter && delimiter is '、' or '）')
                {
                    paragraphs.Add(new Paragraph(new TextSpan(start, text.Length), raw.OutlineLevel, raw.IsTableRow, raw.Page));
                    map.Add(at);
                    text.Append('\n');
                    start = text.Length;
                    number++;
                }

                if (c != ' ')
                {
                    text.Append(c);
                    map.Add(at);
                    continue;
                }

                var next = j;
                while (next < folded.Count && folded[next].C == ' ')
                {
                    next++;
                }

                // A line break inside a paragraph is a wrap: a number broken over two lines (20|23年, 6.|3万元, 20|.8万元, 5|%) is
                // one number.
                var hasPrevious = text.Length > start;
                var wrappedNumber = hasPrevious && next < folded.Count
                    && ((char.IsAsciiDigit(folded[next].C)
                            && (char.IsAsciiDigit(text[^1]) || (text[^1] == '.' && text.Length - start >= 2 && char.IsAsciiDigit(text[^2]))))
                        || (folded[next].C == '.' && next + 1 < folded.Count && char.IsAsciiDigit(folded[next + 1].C) && char.IsAsciiDigit(text[^1]))
                        || (folded[next].C is '%' or '％' or '‰' && char.IsAsciiDigit(text[^1])))
                    && HasLineBreak(document.Text, folded, j, next);
                if (hasPrevious && next < folded.Count && ((spaceAligned && next - j >= 2) || spaced) && !HasLineBreak(document.Text, folded, j, next))
                {
                    // A gap of spaces in a line set out in columns by them (序号  问题描述      问题类别) is a cell boundary too.
                    text.Append('\t');
                    map.Add(at);
                }
                else if (hasPrevious && next < folded.Count && HasTab(document.Text, folded, j, next))
                {
                    // A tab between words is a cell boundary (a table pasted as text, a ledger one row a line): kept,
                    // every one of them, so that an empty cell (\t\t) stays a cell.
                    for (var k = j; k < next; k++)
                    {
                        if (document.Text[folded[k].At] == '\t')
                        {
                            text.Append('\t');
                            map.Add(folded[k].At);
                        }
                    }
                }
                else if (hasPrevious && next < folded.Count && !wrappedNumber && KeepSpaceBetween(text[^1], folded[next].C))
                {
                    text.Append(' ');
                    map.Add(at);
                }

                j = next - 1;
            }

            if (text.Length > start)
            {
                paragraphs.Add(new Paragraph(new TextSpan(start, text.Length), raw.OutlineLevel, raw.IsTableRow, raw.Page));
            }
        }

        map.Add(document.Text.Length);
        return new NormalizedText(text.ToString(), new OffsetMap(map.ToImmutable()), paragraphs.ToImmutable());
    }

    /// <summary>The number a line opens on (1、 / 2. / 3．), with what follows it; (0, '\0') when it opens on none.</summary>
    private static (int Number, char Delimiter) LeadingNumber(List<(char C, int At)> line)
    {
        var first = line.FindIndex(x => x.C != ' ');
        return first >= 0 && NumberAt(line, first) is { } opening ? opening : (0, '\0');
    }

    /// <summary>
    /// An item's number at <paramref name="at"/>: one or two digits and 、 . or ． (not a decimal point: 3.5万元), or a Chinese
    /// numeral in brackets (（五）, its delimiter ）).
    /// </summary>
    private static (int Number, char Delimiter)? NumberAt(List<(char C, int At)> line, int at)
    {
        if (line[at].C is '（' or '(')
        {
            var close = at + 1;
            while (close < line.Count && close - at <= 3 && "一二三四五六七八九十".Contains(line[close].C))
            {
                close++;
            }

            return close > at + 1 && close < line.Count && line[close].C is '）' or ')'
                && Structure.ChineseNumeral.Parse(string.Concat(line.Skip(at + 1).Take(close - at - 1).Select(x => x.C))) is { } value
                ? (value, '）') : null;
        }

        var end = at;
        while (end < line.Count && end - at < 3 && char.IsAsciiDigit(line[end].C))
        {
            end++;
        }

        if (end == at || end - at > 2 || end >= line.Count || line[end].C is not ('、' or '.' or '．')
            || (end + 1 < line.Count && (char.IsAsciiDigit(line[end + 1].C) || line[end + 1].C == '.')))
        {
            return null;
        }

        var number = 0;
        for (var k = at; k < end; k++)
        {
            number = (number * 10) + (line[k].C - '0');
        }

        return (number, line[end].C);
    }

    // Emoji and pictographs (U+1F000–U+1FAFF); 👇.
    private const int Pictographs = 0x1F000, PictographsEnd = 0x1FAFF, PointingDown = 0x1F447;

    /// <summary>Longest field label read inside 【】 or after a mark (整改措施, 反馈问题一).</summary>
    private const int MaxLabel = 10;

    private static void UnmarkLabel(List<(char C, int At)> line)
    {
        var first = 0;
        while (first < line.Count && line[first].C == ' ')
        {
            first++;
        }

        if (first >= line.Count)
        {
            return;
        }

        var opener = line[first].C;
        if (opener is '【' or '〖' or '［')
        {
            var closer = opener switch { '【' => '】', '〖' => '〗', _ => '］' };
            var close = line.FindIndex(first + 1, c => c.C == closer);
            if (close - first - 1 is >= 2 and <= MaxLabel && IsLabel(line, first + 1, close))
            {
                var colonFollows = close + 1 < line.Count && line[close + 1].C is '：';
                if (colonFollows)
                {
                    line.RemoveAt(close);
                }
                else
                {
                    line[close] = ('：', line[close].At);
                }

                line.RemoveAt(first);
            }

            return;
        }

        if (opener is '■' or '□' or '●' or '◆' or '◇' or '▶' or '►' or '▪' or '★')
        {
            var start = first + 1;
            while (start < line.Count && line[start].C == ' ')
            {
                start++;
            }

            var colon = line.FindIndex(start, Math.Min(MaxLabel + 1, line.Count - start), c => c.C == '：');
            if (colon - start >= 2 && IsLabel(line, start, colon))
            {
                line.RemoveRange(first, start - first);
            }
        }
    }

    // A label: Han characters and numerals only (整改措施, 反馈问题一, 问题3).
    private static bool IsLabel(List<(char C, int At)> line, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!CharacterClass.IsHan(line[k].C) && !char.IsAsciiDigit(line[k].C))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The matching form of one character: <c>'\0'</c> drops it, <c>' '</c> marks whitespace for step 3. Public for readers
    /// that must test a raw line as the normalised text will read (a PDF line's heading number: ２． → 2.).
    /// </summary>
    public static char Fold(char c) => c switch
    {
        '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or '\r' or '\uFE0E' or '\uFE0F' => '\0',
        '\u20E3' => '、', // a keycap digit (1️⃣ 2️⃣) numbers an item as 1、 does
        '（' or '）' or '：' or '；' or '，' or '！' or '？' => c,
        '﹑' => '、',
        '﹒' => '.',
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        _ when char.IsWhiteSpace(c) || char.IsControl(c) => ' ',
        _ => c,
    };

    private static bool PlaceholderLine(string line)
    {
        var trimmed = line.Trim().Trim('\u200b', '\ufeff');
        return trimmed is "[图片]" or "［图片］" or "【图片】" or "[视频]" or "［视频］" or "【视频】" or "[表情]" or "[动画表情]" or "[音频]" or "图片" or "视频";
    }

    /// <summary>
    /// A scan's 一 read as a dash before 是 (。—是贯彻……。二是……): a lone dash where a clause begins, 是 after it, and 二是 further
    /// on in the paragraph. A dash of punctuation (——是) is doubled, and no 二是 follows it.
    /// </summary>
    private static bool ReadAsOne(List<(char C, int At)> chars, int index, int lastTwo)
    {
        var before = index - 1;
        while (before >= 0 && chars[before].C == ' ')
        {
            before--;
        }

        var after = index + 1;
        while (after < chars.Count && chars[after].C == ' ')
        {
            after++;
        }

        return after < chars.Count && chars[after].C == '是' && after < lastTwo
            && (before < 0 || chars[before].C is '。' or '；' or '：' or '，' or ';' or ':' or ',');
    }

    /// <summary>Where a paragraph's last 二是 (or 二 是) starts, or -1: read once, so a line of dashes costs one pass.</summary>
    private static int LastSecondItem(List<(char C, int At)> chars)
    {
        for (var k = chars.Count - 1; k >= 0; k--)
        {
            if (chars[k].C != '是')
            {
                continue;
            }

            var two = k - 1;
            while (two >= 0 && chars[two].C == ' ')
            {
                two--;
            }

            if (two >= 0 && chars[two].C == '二')
            {
                return two;
            }
        }

        return -1;
    }

    private static bool BetweenAsciiAlphanumerics(List<(char C, int At)> chars, int index) =>
        index > 0 && index + 1 < chars.Count && char.IsAsciiLetterOrDigit(chars[index - 1].C) && char.IsAsciiLetterOrDigit(chars[index + 1].C);

    private static bool AfterChinese(List<(char C, int At)> chars, int index) =>
        index > 0 && (CharacterClass.IsCjk(chars[index - 1].C) || chars[index - 1].C is '）' or '”' or '’' or '》' or '」');

    /// <summary>
    /// A table pasted one row a line with its cells set apart by single spaces, as a PDF viewer copies it (序号 问题领域
    /// 问题具体表现 整改责任主体 / 1 深化医改 县域医共体……倒数第二 局党组): a header of three or more short words, then rows
    /// numbered from 1 each with as many fields. Those lines' spaces are cell boundaries; no other line's are.
    /// </summary>
    private static HashSet<int> SpaceSeparatedRows(RawDocument document)
    {
        var rows = new HashSet<int>();
        for (var i = 0; i + 2 < document.Paragraphs.Length; i++)
        {
            var header = Fields(document.Paragraphs[i].Text);
            if (header.Length < 3 || !Array.TrueForAll(header, f => f.Length <= MaxSpacedHeaderField && f.All(CharacterClass.IsCjk)))
            {
                continue;
            }

            var j = i + 1;
            while (j < document.Paragraphs.Length && Fields(document.Paragraphs[j].Text) is var fields && fields.Length == header.Length
                && int.TryParse(fields[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && number == j - i)
            {
                j++;
            }

            if (j - i - 1 >= 2)
            {
                rows.UnionWith(Enumerable.Range(i, j - i));
                i = j - 1;
            }
        }

        return rows;

        static string[] Fields(string line) => line.Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>Longest header word of a space-separated table (问题具体表现).</summary>
    private const int MaxSpacedHeaderField = 8;

    /// <summary>Longest line a pictograph at its start marks as a heading.</summary>
    private const int MaxMarkedLine = 30;

    private static bool AtCellEdge(string raw, int at) =>
        at == 0 || raw[at - 1] is '\t' or '\n' or '\r' || at + 1 == raw.Length || raw[at + 1] is '\t' or '\n' or '\r';

    private static bool NextToChinese(List<(char C, int At)> chars, int index) =>
        (index > 0 && CharacterClass.IsCjk(chars[index - 1].C)) || (index + 1 < chars.Count && CharacterClass.IsCjk(chars[index + 1].C));

    private static bool KeepSpaceBetween(char previous, char next) =>
        previous == '|' || next == '|' || !(CharacterClass.IsCjk(previous) || CharacterClass.IsCjk(next));

    // A line set out in columns by runs of spaces (a table pasted as text): two or more gaps of two or more spaces between
    // its words, on one line. One such gap (。  然后) is spacing, not columns.
    private static bool IsSpaceAligned(string raw, List<(char C, int At)> chars)
    {
        var gaps = 0;
        var seenVisible = false;
        for (var j = 0; j < chars.Count; j++)
        {
            if (chars[j].C is '|' or '｜' || raw[chars[j].At] == '\t')
            {
                return false; // cells marked otherwise
            }

            if (chars[j].C != ' ')
            {
                seenVisible = true;
                continue;
            }

            var next = j;
            while (next < chars.Count && chars[next].C == ' ')
            {
                next++;
            }

            if (seenVisible && next < chars.Count)
            {
                if (HasLineBreak(raw, chars, j, next))
                {
                    return false;
                }

                gaps += next - j >= 2 ? 1 : 0;
            }

            j = next - 1;
        }

        return gaps >= 2;
    }

    private static bool HasLineBreak(string raw, List<(char C, int At)> chars, int from, int to) => HasRaw(raw, chars, from, to, '\n');

    private static bool HasTab(string raw, List<(char C, int At)> chars, int from, int to) => HasRaw(raw, chars, from, to, '\t');

    private static bool HasRaw(string raw, List<(char C, int At)> chars, int from, int to, char wanted)
    {
        for (var k = from; k < to; k++)
        {
            if (raw[chars[k].At] == wanted)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasVisible(List<(char C, int At)> chars) => chars.Exists(x => x.C != ' ');
}
