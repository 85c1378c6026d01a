using RectifyNlp.Core.Documents;
using RectifyNlp.Core.Structure;
using RectifyNlp.Core.Normalization;

namespace RectifyNlp.Ingestion.PlainText;

/// <summary>
/// Reads plain text: one paragraph a line, except in a hard-wrapped file (most lines filled to the same
/// width), where a full line that does not end a sentence is joined with the next.
/// </summary>
internal static partial class PlainTextReader
{
    private const string Terminals = "。！？：；…”";

    /// <summary>Splits decoded text into paragraphs, keeping every character so offsets stay those of the text.</summary>
    internal static RawDocument FromText(string text, string sourceName, SourceFormat format, IEnumerable<string> notes, CancellationToken cancellationToken = default)
    {
        // A lone CR (old Mac files) is a line break; CRLF keeps its CR, which normalisation drops.
        text = text.Replace("\r\n", "\u0001", StringComparison.Ordinal).Replace('\r', '\n').Replace("\u0001", "\r\n", StringComparison.Ordinal);
        var lines = WithoutOverlaps(WithoutPageChrome(text.Split('\n')));
        var width = WrapWidth(lines);
        var shortLines = width is null && IsShortLineLayout(lines);
        var paragraphs = new List<RawParagraph>();
        var current = new List<string>();
        var headerCells = 0;
        var rowCells = 0; // the tabs of the lines in current
        var inHeader = false; // current is a table's header
        var lookedTo = 0; // lines before it were looked at for a drawn or padded table and are none
        for (var i = 0; i < lines.Length; i++)
        {
            if (i % 1024 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            // A table drawn with box characters (┌─┬─┐ │…│…│ ├─┼─┤), or a ledger set out in columns by spaces whose cells wrap
            // onto lines of their own (序号  反馈问题  整改措施 … / 1  乡村振兴产业项目  对菌菇大棚…… / 　　  推进不实  业投资公司……):
            // one row a paragraph, each cell's lines joined. Lines a failed look went over are not looked at again, so a file
            // of near-tables costs one pass.
            if (current.Count == 0 && i >= lookedTo)
            {
                var table = IsBoxLine(lines[i]) ? BoxTable(lines, i) : PaddedTable(lines, i);
                if (table.Rows.Count > 0)
                {
                    paragraphs.AddRange(table.Rows);
                    i = table.End - 1;
                    continue;
                }

                lookedTo = table.End;
            }

            current.Add(lines[i]);
            var cells = CellBreaks(lines[i], inTable: headerCells > 0);
            rowCells += cells;
            if (cells > 0 && current.Count == 1 && headerCells == 0)
            {
                // A table's header: its cells are counted over all its lines (a wide header is wrapped too).
                inHeader = true;
                headerCells = cells;
            }
            else if (cells == 0 && current.Count == 1)
            {
                headerCells = 0;
            }

            if (inHeader)
            {
                headerCells = rowCells;
            }

            var rowComplete = headerCells > 0 && rowCells >= headerCells && !inHeader;
            var joinNext = i + 1 < lines.Length
                && ((width is not null && IsWrapped(lines[i], lines[i + 1], width, opening: current.Count == 1 && lines[i].IndexOfAny(['|', '｜', '\t']) < 0 && NumberedItemStart().IsMatch(lines[i])
                        && lines[i].TrimEnd().AsSpan(0, Math.Max(0, lines[i].TrimEnd().Length - 1)).IndexOfAny("。，；") >= 0) && !(headerCells > 0 && NewRow().IsMatch(lines[i + 1]))
                        // A row with all its cells may still wrap inside its last (…｜乡 / 长晏慕白；2025年6月30日): a full line goes on
                        // into a line with no cell break of its own.
                        && (!rowComplete || (CellBreaks(lines[i], inTable: true) > 0 && CellBreaks(lines[i + 1], inTable: true) == 0
                            && i + 2 < lines.Length && CellBreaks(lines[i + 2], inTable: true) > 0)))
                    || ContinuesLine(lines[i], lines[i + 1])
                    || (shortLines && ContinuesBlock(lines[i], lines[i + 1]))
                    || (width is not null && ContinuesRow(rowCells, lines[i + 1], headerCells))
                    || (width is not null && (rowComplete || inHeader) && EndsWithCellBreak(lines[i]) && lines[i + 1].Trim().Length > 0 && CellBreaks(lines[i + 1], inTable: true) == 0 && !NewRow().IsMatch(lines[i + 1])));
            if (!joinNext)
            {
                paragraphs.Add(new RawParagraph(string.Join('\n', current)));
                current.Clear();
                rowCells = 0;
                inHeader = false;
            }
        }

        return new RawDocument(sourceName, format, paragraphs, notes);
    }

    /// <summary>
    /// Whether the file is set out in short lines, the way a WeChat article is (巡察组看到了变化—— / 老旧小区加装电梯，两年装了19部；
    /// / 背街小巷的路灯，全都亮了。): each paragraph a block of lines between blank lines, a line broken after a clause or
    /// mid-phrase wherever the writer wanted a pause. Told by its lines, not its width: most lines that go on in their block
    /// are short and end after a clause (，、 — a line a plain document never ends without going on), and there are many of them. A document whose headings and
    /// numbered items follow each other without blank lines is not: a line before a numbered item, or one that is an item,
    /// counts for neither side.
    /// </summary>
    private static bool IsShortLineLayout(string[] lines)
    {
        var (inside, broken, blocks) = (0, 0, 0);
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            var (line, next) = (lines[i].Trim(), lines[i + 1].Trim());
            if (line.Length == 0 || next.Length == 0)
            {
                blocks += line.Length > 0 ? 1 : 0;
                continue;
            }

            if (NumberedItemStart().IsMatch(line) || NumberedItemStart().IsMatch(next) || line.IndexOfAny(['|', '｜', '\t']) >= 0)
            {
                continue;
            }

            inside++;
            broken += line.Length <= MaxShortLine && line[^1] is '，' or '、' or ',' ? 1 : 0;
        }

        return blocks >= MinShortLineBlocks && broken >= MinBrokenLines && broken >= inside * BrokenShare;
    }

    /// <summary>Least share of the lines that go on in their block that are broken after a clause, in a short-line layout.</summary>
    private const double BrokenShare = 0.4;

    /// <summary>Longest line (in characters) of a short-line layout.</summary>
    private const int MaxShortLine = 30;

    /// <summary>Fewest lines broken mid-sentence, and blocks between blank lines, for a short-line layout.</summary>
    private const int MinBrokenLines = 6, MinShortLineBlocks = 5;

    /// <summary>In a short-line layout, a line goes on in the next of its block, unless that one opens a numbered item.</summary>
    private static bool ContinuesBlock(string line, string next) =>
        line.Trim().Length > 0 && next.Trim().Length > 0 && !NumberedItemStart().IsMatch(next);

    /// <summary>
    /// How the file was wrapped, or null when it is not hard-wrapped. Lines are filled either to a display width
    /// (a PDF text layer: digits and Latin letters take half a column) or to a count of characters (a tool that
    /// breaks every N characters); both are measured and the one most lines fill is taken.
    /// </summary>
    private static Wrap? WrapWidth(string[] lines)
    {
        var trimmed = lines.Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToArray();
        if (trimmed.Length < 5)
        {
            return null;
        }

        Wrap? best = null;
        var bestFull = 0;
        foreach (var measure in new Func<string, int>[] { DisplayWidth, static l => l.Length })
        {
            var widths = trimmed.Select(measure).ToArray();
            Array.Sort(widths);
            var width = widths[(int)(widths.Length * 0.9)];
            var fullLines = trimmed.Where(l => measure(l) >= width - 3 && measure(l) <= width).ToArray();
            var full = fullLines.Length;

            // Wrapped: a good share of lines is filled to one width, and most of those stop mid-sentence
            // (a file of one paragraph a line has its long lines end with 。).
            var midSentence = fullLines.Count(l => Terminals.IndexOf(l[^1]) < 0);
            var minimum = measure == DisplayWidth ? 30 : 15;
            if (width >= minimum && midSentence >= 3 && full >= widths.Length * 0.15 && midSentence >= full * 0.6 && full > bestFull)
            {
                (best, bestFull) = (new Wrap(measure, width), full);
            }

            // A short file has few full lines: two or more lines exactly as long as the longest, every one of them
            // stopping mid-sentence, are wraps at that width (paragraphs written one a line rarely share the
            // longest length, and end with 。).
            var longest = widths[^1];
            var atLongest = trimmed.Where(l => measure(l) == longest).ToArray();
            if (best is null && longest >= minimum && atLongest.Length >= 2 && atLongest.All(l => Terminals.IndexOf(l[^1]) < 0))
            {
                best = new Wrap(measure, longest);
                bestFull = atLongest.Length;
            }
        }

        return best;
    }

    // A paragraph's first line may be full two characters short of the width: the first-line indent of an official
    // document (2．行政处罚……罚款金额 / 从500元……), which its text layer drops. Only a numbered item's line of sentences (2．……。……，…… : a stop inside): not a table's
    // row, which is not indented, nor a heading, which is a line of its own.
    private static bool IsWrapped(string line, string next, Wrap wrap, bool opening)
    {
        var trimmed = line.TrimEnd();
        var nextTrimmed = next.TrimStart(' ', '\u3000', '\t');
        return trimmed.Length > 0
            && nextTrimmed.Length > 0
            && wrap.Measure(trimmed) >= wrap.Width - 3 - (opening ? wrap.Measure(FirstLineIndent) : 0)
            && !EndsParagraph(trimmed)
            && !(trimmed[^1] is '：' or ':' && nextTrimmed.IndexOfAny(['|', '｜', '\t']) >= 0)
            && next.Length == nextTrimmed.Length
            && HeadingMarker.Match(nextTrimmed, 0) is null
            && !Core.Normalization.CharacterClass.IsBulletMark(nextTrimmed[0])
            && !DocumentTitle().IsMatch(trimmed);
    }

    /// <summary>
    /// What ends a paragraph at the wrap width: a full stop or the bracket closing a paragraph's fields
    /// ((责任领导：…；完成时限：…)), not ：or ；, which in a wrapped file stand mid-paragraph
    /// far more often than at a paragraph's end (责任部门：|政治部) — except a ：that introduces a table.
    /// </summary>
    private const string WrapTerminals = "。！？…”）)";

    /// <summary>
    /// Whether a full line ends its paragraph: a full stop or a closing bracket ((责任领导：…；完成时限：…) / （已完成）), or a
    /// closing quote after a full stop (……。”) — not a quote closed mid-sentence (设置“微心愿认领”“周末志愿岗”| 等服务项目14个).
    /// </summary>
    private static bool EndsParagraph(string line) =>
        WrapTerminals.Contains(line[^1], StringComparison.Ordinal) && (line[^1] != '”' || (line.Length >= 2 && "。！？…".Contains(line[^2], StringComparison.Ordinal)));

    /// <summary>A numbered item's first line (2．…… / 3、…… / （四）……), in any width of its stop.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[ \u3000]*(\d{1,3}[．.、]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)])")]
    private static partial System.Text.RegularExpressions.Regex NumberedItemStart();

    /// <summary>A document's title (机关 + 关于 + 事由 + 文种) is its own line even when it fills the width.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"关于.{2,}的?(报告|通报|意见|情况|公告|通知|讲话|方案|说明|决定|函)$")]
    private static partial System.Text.RegularExpressions.Regex DocumentTitle();

    /// <summary>
    /// A line that opens with punctuation that never opens a paragraph (，。、；：！？ or a closing bracket or quote)
    /// continues the line above, whatever the file's width: the break was a wrap.
    /// </summary>
    private static bool ContinuesLine(string line, string next) =>
        line.TrimEnd().Length > 0 && next.Length > 0 && Continuations.Contains(next[0]);

    /// <summary>
    /// In a hard-wrapped file, a ledger row (cells split by tabs or bars) with fewer cells than its table's header was
    /// wrapped: the next line holds the rest of its cells, unless it opens a new row (a number and a tab).
    /// <paramref name="cells"/> counts the tabs of the row's lines so far.
    /// </summary>
    private static bool ContinuesRow(int cells, string next, int headerCells) =>
        headerCells > 0 && cells > 0 && cells < headerCells
            && next.Trim().Length > 0
            && cells + CellBreaks(next, inTable: true) <= headerCells
            && !NewRow().IsMatch(next);

    /// <summary>
    /// A row wrapped right after its last cell break: its last cell is on the next line — unless the row is drawn with
    /// borders (｜1｜……｜), opening with a bar as it closes with one.
    /// </summary>
    private static bool EndsWithCellBreak(string line) => line.Trim() is { Length: > 0 } t && t[^1] is '|' or '｜' or '\t' && t[0] is not ('|' or '｜');

    /// <summary>
    /// The cell breaks of a ledger row: its tabs, or its bars (1 | 问题 | 措施 | …, as a Word table pasted or exported
    /// as text reads) — outside a table only when it has two or more: a lone bar in a sentence is no table, a lone
    /// bar on a row's wrapped last line is a cell break.
    /// </summary>
    private static int CellBreaks(string line, bool inTable = false)
    {
        var tabs = line.Count(c => c == '\t');
        var bars = line.Count(c => c is '|' or '｜');
        return tabs > 0 ? tabs : bars >= 2 || inTable ? bars : 0;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*\d{1,3}[.、]?(?:\t|\s*[|｜])")]
    private static partial System.Text.RegularExpressions.Regex NewRow();

    private const string Continuations = "，。、；：！？）”』」》,;:!?)";

    /// <summary>Most lines a page's running header takes, after its page number.</summary>
    private const int MaxHeaderLength = 40;

    /// <summary>
    /// Text copied out of a PDF keeps the page chrome between pages: a page number on a line of its own (— 3 —, -3-,
    /// 第3页 共9页, 3/9), and under it the next page's running header. Both are dropped, with the blank lines around them,
    /// so that a paragraph broken by a page joins again: the header is the short line right after a page number that
    /// has no stop inside (a title, not a line of the body) and either repeats over the pages (digits ignored) or stands
    /// where the text above it broke off mid-sentence.
    /// </summary>
    /// <summary>
    /// Screenshots copied in a row overlap (…由 / 原承包人使用，……。同 ‖ 18:28 ‖ &lt; 栎溪清风 ‖ …由 / 原承包人使用，……。同 / 时，……): the
    /// lines a screenshot repeats from the end of the one before, after at most a few short lines of its own chrome, are
    /// dropped with that chrome. Only a run of at least two lines, or of one long line, repeated whole counts.
    /// </summary>
    private static string[] WithoutOverlaps(string[] lines)
    {
        var visible = Enumerable.Range(0, lines.Length).Where(i => lines[i].Trim().Length > 0).ToList();
        var dropped = new HashSet<int>();
        for (var v = 0; v < visible.Count; v++)
        {
            for (var run = MaxOverlapLines; run >= 1; run--)
            {
                // The copy starts at visible[v]; the original ends at most MaxOverlapChrome short lines before it.
                for (var chrome = 0; chrome <= MaxOverlapChrome; chrome++)
                {
                    var first = v - chrome - run;
                    if (first < 0 || v + run > visible.Count)
                    {
                        continue;
                    }

                    var same = Enumerable.Range(0, run).All(k => lines[visible[first + k]].Trim() == lines[visible[v + k]].Trim());
                    var between = Enumerable.Range(v - chrome, chrome).All(k => lines[visible[k]].Trim() is { Length: <= MaxChromeLine } line && HeadingMarker.Match(line, 0) is null);
                    var length = Enumerable.Range(0, run).Sum(k => lines[visible[v + k]].Trim().Length);
                    if (same && between && (chrome > 0 || run >= 2) && (run >= 2 ? length >= MinOverlap : length >= MinOverlap * 2))
                    {
                        // With the blank lines around the chrome: the text goes on where the first screenshot broke off.
                        for (var k = visible[first + run - 1] + 1; k <= visible[v + run - 1]; k++)
                        {
                            dropped.Add(k);
                        }

                        v += run - 1;
                        goto next;
                    }
                }
            }

        next:;
        }

        return dropped.Count == 0 ? lines : [.. lines.Where((_, i) => !dropped.Contains(i))];
    }

    /// <summary>Most lines of an overlap looked for, and most short chrome lines between its copies.</summary>
    private const int MaxOverlapLines = 4, MaxOverlapChrome = 3;

    /// <summary>Longest line read as a screenshot's chrome (a status bar, an account's name), and fewest characters overlapping.</summary>
    private const int MaxChromeLine = 20, MinOverlap = 12;

    private static string[] WithoutPageChrome(string[] lines)
    {
        var numbers = Enumerable.Range(0, lines.Length).Where(i => PageNumberLine().IsMatch(lines[i])).ToList();
        if (numbers.Count == 0)
        {
            return lines;
        }

        var shapes = lines.Where(l => l.Trim().Length is > 0 and <= MaxHeaderLength).GroupBy(Shape).ToDictionary(g => g.Key, g => g.Count());
        var dropped = new HashSet<int>();
        foreach (var number in numbers)
        {
            dropped.Add(number);
            var before = number - 1;
            while (before >= 0 && lines[before].Trim().Length == 0)
            {
                dropped.Add(before--);
            }

            var after = number + 1;
            while (after < lines.Length && lines[after].Trim().Length == 0)
            {
                dropped.Add(after++);
            }

            var header = after < lines.Length ? lines[after].Trim() : "";
            // A closing quote ends a sentence only after its stop (……。” but not 以“仓储奖励” breaking off before 名义).
            var brokenOff = before >= 0 && lines[before].TrimEnd() is { Length: > 0 } above
                && (Terminals.IndexOf(above[^1]) < 0 || (above[^1] == '”' && (above.Length < 2 || Terminals.IndexOf(above[^2]) < 0)));
            if (header.Length is > 0 and <= MaxHeaderLength && header.AsSpan().IndexOfAny(ClauseStops) < 0 && HeadingMarker.Match(header, 0) is null
                && (shapes.GetValueOrDefault(Shape(header)) >= 2 || brokenOff))
            {
                dropped.Add(after++);
                while (after < lines.Length && lines[after].Trim().Length == 0)
                {
                    dropped.Add(after++);
                }
            }
        }

        return [.. lines.Where((_, i) => !dropped.Contains(i))];
    }

    // A running header is a title (县委第三巡察组反馈意见（县住建局党组）): a line with a stop inside is the body's.
    private static readonly System.Buffers.SearchValues<char> ClauseStops = System.Buffers.SearchValues.Create("，。；、！？：,;:.");

    private static string Shape(string line) => new([.. line.Trim().Where(c => !char.IsAsciiDigit(c) && !char.IsWhiteSpace(c))]);

    // A page number standing alone, decorated so that no list number or table cell reads as one: — 3 —, -3-, 第3页,
    // 第3页 共9页, 3/9.
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*[/／]\s*\d{1,4})\s*\r?$")]
    private static partial System.Text.RegularExpressions.Regex PageNumberLine();

    private const string FirstLineIndent = "\u3000\u3000";

    /// <summary>A wrap: how a line is measured and the width full lines reach.</summary>
    private sealed record Wrap(Func<string, int> Measure, int Width);

    /// <summary>Columns a line takes: two for a wide (CJK) character, one for others.</summary>
    private static int DisplayWidth(string line) => CharacterClass.DisplayWidth(line);

    /// <summary>Most columns a drawn or padded table is read as having: a line of more cells is no table of a report.</summary>
    private const int MaxTableColumns = 32;

    private const string BoxBars = "│┃║";

    private const string BoxRules = "┌┬┐├┼┤└┴┘─━┏┳┓┣╋┫┗┻┛═╔╦╗╠╬╣╚╩╝╞╪╡╟╫╢┠┨┯┷┿╀╂╁";

    // A line of a box-drawn table: a rule (┌──┬──┐) or a row (│…│…│).
    private static bool IsBoxLine(string line) => IsBoxRule(line) || IsBoxRow(line);

    private static bool IsBoxRule(string line) =>
        line.Trim(' ', '\u3000', '\t', '\r') is { Length: >= 3 } t && t.All(c => BoxRules.Contains(c) || BoxBars.Contains(c) || c is ' ' or '\u3000');

    private static bool IsBoxRow(string line) =>
        line.Trim(' ', '\u3000', '\t', '\r') is { Length: >= 2 } t && BoxBars.Contains(t[0]) && BoxBars.Contains(t[^1]);

    /// <summary>
    /// The rows of the box-drawn table starting at <paramref name="start"/>: the lines between two rules are one row, each
    /// cell's lines joined (a cell wraps within its column); a blank cell under a filled one is merged with it (〃).
    /// </summary>
    private static (List<RawParagraph> Rows, int End) BoxTable(string[] lines, int start)
    {
        var rows = new List<RawParagraph>();
        var end = start;
        while (end < lines.Length && IsBoxLine(lines[end]))
        {
            end++;
        }

        if (end - start < 3 || !lines[start..end].Any(IsBoxRow))
        {
            return ([], end);
        }

        string[]? previous = null;
        var cells = new List<System.Text.StringBuilder>();
        void Flush()
        {
            if (cells.Count == 0)
            {
                return;
            }

            var texts = cells.Select(c => c.ToString()).ToArray();
            for (var k = 0; k < texts.Length; k++)
            {
                if (texts[k].Length == 0 && previous is not null && k < previous.Length && previous[k].Length > 0)
                {
                    texts[k] = RawParagraph.MergedCellMark;
                }
            }

            if (texts.Any(t => t.Length > 0 && t != RawParagraph.MergedCellMark))
            {
                rows.Add(new RawParagraph(string.Join(RawParagraph.TableCellSeparator, texts), IsTableRow: true));
                previous = texts.Select((t, k) => t == RawParagraph.MergedCellMark && previous is not null ? previous[k] : t).ToArray();
            }

            cells.Clear();
        }

        for (var i = start; i < end; i++)
        {
            if (IsBoxRule(lines[i]) && !IsBoxRow(lines[i]))
            {
                Flush();
                continue;
            }

            var t = lines[i].Trim(' ', '\u3000', '\t', '\r');
            var parts = t[1..^1].Split(BoxBars.ToCharArray());
            if (parts.Length > MaxTableColumns)
            {
                return ([], end);
            }

            while (cells.Count < parts.Length)
            {
                cells.Add(new System.Text.StringBuilder());
            }

            for (var k = 0; k < parts.Length; k++)
            {
                cells[k].Append(parts[k].Trim(' ', '\u3000', '\t'));
            }
        }

        Flush();
        return (rows, end);
    }

    // A rule drawn with dashes or equals signs across a table set out by spaces (------ / ====== / ──────).
    private static bool IsDashRule(string line) =>
        line.Trim(' ', '\u3000', '\t', '\r') is { Length: >= 5 } t && t.All(c => c is '-' or '－' or '—' or '=' or '＝' or '─' or '━' or '_');

    /// <summary>Fewest columns of a ledger set out by spaces.</summary>
    private const int PaddedColumns = 4;

    // The runs of a line set out by spaces: its text between gaps of two or more spaces (or one full-width space and more),
    // each with the display column it starts at.
    private static List<(int Column, string Text)> PaddedCells(string line)
    {
        var cells = new List<(int, string)>();
        var column = 0;
        var start = -1; // where the run being read starts, -1 between runs
        var startColumn = 0;
        var end = 0; // just after the run's last visible character
        var gap = 0; // width of the blanks since it
        for (var k = 0; k < line.Length; k++)
        {
            var c = line[k];
            if (c is ' ' or '\u3000' or '\t')
            {
                gap += c == ' ' ? 1 : 2;
                if (start >= 0 && gap >= 2)
                {
                    cells.Add((startColumn, line[start..end]));
                    start = -1;
                }
            }
            else
            {
                if (start < 0)
                {
                    (start, startColumn) = (k, column);
                }

                (gap, end) = (0, k + 1);
            }

            column += CharacterClass.DisplayWidth(c);
        }

        if (start >= 0)
        {
            cells.Add((startColumn, line[start..end]));
        }

        return cells;
    }

    /// <summary>
    /// The rows of a ledger set out in columns by spaces starting at <paramref name="start"/>: a header of four or more
    /// columns naming a problem or measure column, then rows whose first cell opens a row (a number) and lines that go on
    /// its cells (first column blank), each piece joined to the column it starts under. Blank lines between rows are
    /// skipped; the table ends at the first line that is neither.
    /// </summary>
    private static (List<RawParagraph> Rows, int End) PaddedTable(string[] lines, int start)
    {
        // A rule of dashes drawn above the header, between the rows and under the last one (------) is no line of text.
        var first = start;
        while (first + 1 < lines.Length && IsDashRule(lines[first]))
        {
            first++;
        }

        var header = PaddedCells(lines[first]);
        if (header.Count < PaddedColumns || header.Count > MaxTableColumns || !header.Any(h => h.Text.Contains("问题", StringComparison.Ordinal) || h.Text.Contains("措施", StringComparison.Ordinal))
            || header.Any(h => h.Text.Length > 8))
        {
            return ([], start + 1);
        }

        var columns = header.Select(h => h.Column).ToArray();
        int ColumnOf(int at)
        {
            var best = 0;
            for (var k = 1; k < columns.Length; k++)
            {
                if (at >= columns[k] - 2)
                {
                    best = k;
                }
            }

            return best;
        }

        var rows = new List<RawParagraph> { new(string.Join(RawParagraph.TableCellSeparator, header.Select(h => h.Text)), IsTableRow: true) };
        System.Text.StringBuilder[]? row = null;
        var continued = 0; // lines that go on a row's cells: without them, the rows are one a line and read as such
        var end = first + 1;
        for (; end < lines.Length; end++)
        {
            var line = lines[end].TrimEnd('\r');
            if (line.Trim(' ', '\u3000', '\t').Length == 0 || IsDashRule(line))
            {
                continue;
            }

            var cells = PaddedCells(line);
            var opens = cells.Count > 0 && cells[0].Column < columns[Math.Min(1, columns.Length - 1)] - 2 && char.IsAsciiDigit(cells[0].Text[0]);
            var goesOn = row is not null && cells.Count > 0 && cells[0].Column >= columns[1] - 2;
            if (!opens && !goesOn)
            {
                break;
            }

            if (!opens)
            {
                continued++;
            }

            if (opens)
            {
                if (row is not null)
                {
                    rows.Add(new RawParagraph(string.Join(RawParagraph.TableCellSeparator, row.Select(c => c.ToString())), IsTableRow: true));
                }

                row = [.. columns.Select(_ => new System.Text.StringBuilder())];
            }

            foreach (var (at, text) in cells)
            {
                row![ColumnOf(at)].Append(text);
            }
        }

        if (row is null || continued == 0)
        {
            return ([], Math.Max(end, start + 1));
        }

        rows.Add(new RawParagraph(string.Join(RawParagraph.TableCellSeparator, row.Select(c => c.ToString())), IsTableRow: true));
        // Blank lines the table ended on belong to no row.
        while (end > first + 1 && lines[end - 1].Trim(' ', '\u3000', '\t', '\r').Length == 0)
        {
            end--;
        }

        return rows.Count >= 3 ? (rows, end) : ([], Math.Max(end, start + 1));
    }
}
