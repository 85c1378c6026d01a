using System.Text.RegularExpressions;
using System.Collections.Immutable;
using RectifyNlp.Core.Documents;
using RectifyNlp.Core.Normalization;
using RectifyNlp.Core.Structure;

namespace RectifyNlp.Analysis;

/// <summary>What a ledger column holds (整改台账: 序号, 问题, 整改措施, 责任领导, 责任部门, 整改时限, 完成情况).</summary>
public enum LedgerColumn
{
    /// <summary>Anything else (序号, 佐证材料).</summary>
    Other,

    /// <summary>The problem (反馈问题, 存在问题).</summary>
    Problem,

    /// <summary>The measures (整改措施).</summary>
    Measure,

    /// <summary>The responsible leader or person (责任领导, 责任人).</summary>
    Leader,

    /// <summary>The responsible department (责任股室, 责任单位).</summary>
    Department,

    /// <summary>The time limit (整改时限).</summary>
    Deadline,

    /// <summary>The status or result (完成情况, 整改进展).</summary>
    Status,

    /// <summary>Who was held to account for the problem (追责问责情况, 责任追究, 问责处理).</summary>
    Accountability,

    /// <summary>A note on the row (备注): what the form has no column for, a sanction often among it.</summary>
    Note,
}

/// <summary>One row of a ledger written as text: its cells and where they stand.</summary>
/// <param name="Span">The whole row.</param>
/// <param name="Cells">Each cell's span, in column order.</param>
/// <param name="Problem">The problem it answers: its own problem cell, or the one of the row above whose cell spans it.</param>
public sealed record LedgerRow(TextSpan Span, ImmutableArray<TextSpan> Cells, TextSpan Problem)
{
    /// <summary>Whether the row states its problem itself (not a row under a merged problem cell).</summary>
    public bool OwnsProblem => Cells.Contains(Problem);
}

/// <summary>A ledger turned into text: a header line naming the columns, then one row a line.</summary>
/// <param name="Columns">What each column holds.</param>
/// <param name="Header">The header line.</param>
/// <param name="Rows">The rows that have a problem cell.</param>
public sealed partial record LedgerRows(ImmutableArray<LedgerColumn> Columns, TextSpan Header, ImmutableArray<LedgerRow> Rows)
{
    /// <summary>
    /// The rows that name their item by its number instead of restating it (整改责任分工: 第1项 | 主任X | 活动部 | 2025年6月30日),
    /// with that number: they give the item its owner and time limit, they answer nothing themselves.
    /// </summary>
    public ImmutableArray<(int Number, LedgerRow Row)> Referring { get; init; } = [];

    /// <summary>The number a cell names an item by (第1项, 第三项问题, 问题2, 3), or null.</summary>
    public static int? ReferredNumber(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var match = ReferringCellRegex().Match(cell.Trim());
        return match.Success ? ReportReader.NumberOf(match.Groups["n"].Value) : null;
    }

    [GeneratedRegex("^(第(?<n>[0-9]{1,3}|[一二三四五六七八九十]{1,3})(项|个|条)?(问题)?|问题(?<n>[0-9]{1,3}|[一二三四五六七八九十]{1,3}))$")]
    private static partial Regex ReferringCellRegex();

    private static readonly char[] Separators = ['｜', '|', '\t'];

    /// <summary>Whether the header of <paramref name="column"/> names a time limit too (责任人及时限, 责任领导/完成时间).</summary>
    public bool HeaderGivesTime(string text, LedgerColumn column)
    {
        ArgumentNullException.ThrowIfNull(text);
        var index = Columns.IndexOf(column);
        // A header pasted one cell a line names its columns a line each.
        var header = Split(text, Header) is { } cells && cells.Count == Columns.Length
            ? cells.Select(c => c.Slice(text)).ToList()
            : [.. Header.Slice(text).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        return index >= 0 && index < header.Count && header[index] is var name && (name.Contains("时限", StringComparison.Ordinal) || name.Contains("时间", StringComparison.Ordinal));
    }

    /// <summary>The cell of <paramref name="column"/> in <paramref name="row"/>, or an empty span.</summary>
    public TextSpan Cell(LedgerRow row, LedgerColumn column)
    {
        ArgumentNullException.ThrowIfNull(row);
        var index = Columns.IndexOf(column);
        return index >= 0 && index < row.Cells.Length ? row.Cells[index] : default;
    }

    /// <summary>
    /// Finds a ledger in <paramref name="text"/>: a paragraph with three or more cells split by ｜, | or a tab whose
    /// cells name a problem column and a measure or status column; the rows are the following paragraphs split
    /// the same way (group lines between them, 一、……方面, are not rows). A row whose problem cell is blank (or 同上) but
    /// which has a measure or status stands under the problem above it, as a table with a merged problem cell is
    /// written out (1 | 问题 | | … then 1.1 | | 措施 | …). Null when there is none.
    /// </summary>
    public static LedgerRows? Find(string text, IReadOnlyList<Paragraph> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(paragraphs);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var cells = Split(text, paragraphs[i].Span);
            if (cells.Count < 3)
            {
                continue;
            }

            var columns = HeaderColumns(text, cells, i + 1 < paragraphs.Count ? Split(text, paragraphs[i + 1].Span) : []);
            // A table of who answers for what (附表：整改责任分工表 — 整改事项 | 牵头领导 | 责任部门 | 完成时限) is a ledger without
            // measures: its rows give the items their owners and time limits.
            if (!IsLedger(columns))
            {
                continue;
            }

            var rows = new List<LedgerRow>();
            var referring = new List<(int, LedgerRow)>();
            // Of two problem columns, a column of categories (问题类别 | 反馈问题) sorts the rows; the other states them.
            var problem = Enumerable.Range(0, columns.Length).Where(k => columns[k] == LedgerColumn.Problem)
                .OrderBy(k => k < cells.Count && CategoryColumnRegex().IsMatch(cells[k].Slice(text).Trim()) ? 1 : 0).DefaultIfEmpty(-1).First();
            var answers = columns.Select((c, k) => (c, k)).Where(p => p.c is LedgerColumn.Measure or LedgerColumn.Status).Select(p => p.k).ToList();
            TextSpan? above = null;
            for (var j = i + 1; j < paragraphs.Count; j++)
            {
                // A row whose trailing cells are blank loses them when the text is tidied (1<tab>问题 with nothing after):
                // a numbered row of two cells is still a row.
                var (rowSpan, last) = RowAt(text, paragraphs, j);
                j = last;
                var rowCells = Split(text, rowSpan);
                if (IsRuleLine(text, rowCells) || IsTotalRow(text, rowCells)
                    || (rowCells.Count < 3 && !(rowCells.Count == 2 && problem == 1 && IsNumber(rowCells[0].Slice(text)))))
                {
                    continue;
                }

                // Another table's header (三张清单: 任务编号 | 对应问题 | …, then 任务编号 | 责任领导 | 完成时限) ends this
                // ledger; its own header repeated over a page break does not, nor its second header line.
                if (j > i + 1 && IsHeaderLine(text, rowCells) && !SameCells(text, rowCells, cells))
                {
                    break;
                }

                // A row of a table without measures that names its item by number (整改责任分工: 第1项 | 主任X | …) refers to it; a
                // row with measures that does (第3项 | ①…… | …) answers it as the report's other items do, by that number.
                if (!columns.Contains(LedgerColumn.Measure) && problem < rowCells.Count && ReferredNumber(rowCells[problem].Slice(text)) is { } number)
                {
                    referring.Add((number, new LedgerRow(rowSpan, [.. rowCells], rowCells[problem])));
                }
                else if (problem < rowCells.Count && rowCells[problem].Length >= 4)
                {
                    rows.Add(new LedgerRow(rowSpan, [.. rowCells], rowCells[problem]));
                    above = rowCells[problem];
                }
                else if (problem < rowCells.Count && ReferredNumber(rowCells[problem].Slice(text)) is not null && answers.Any(k => k < rowCells.Count && rowCells[k].Length >= 4))
                {
                    // A row with measures that names its problem by number (1.1 | 问题1 | 为37处……落实管护人员 | 副站长X | …): the
                    // number heads its block, the rows after it with the same number stand under it.
                    var same = above is { } previous && previous.Slice(text).Trim() == rowCells[problem].Slice(text).Trim();
                    rows.Add(new LedgerRow(rowSpan, [.. rowCells], same ? above!.Value : rowCells[problem]));
                    above = same ? above : rowCells[problem];
                }
                else if (above is { } spanning && problem < rowCells.Count && IsDitto(rowCells[problem].Slice(text)) && answers.Any(k => k < rowCells.Count && rowCells[k].Length >= 4))
                {
                    rows.Add(new LedgerRow(rowSpan, [.. rowCells], spanning));
                }
            }

            return rows.Count > 0 || referring.Count > 0 ? new LedgerRows(columns, paragraphs[i].Span, [.. rows]) { Referring = [.. referring] } : null;
        }

        // The same ledger pasted one cell a line (a PDF's text of the table): each record a row, its number line and cells.
        if (VerticalTable(text, paragraphs, IsLedger) is { } vertical)
        {
            var problemColumn = vertical.Columns.IndexOf(LedgerColumn.Problem);
            return new LedgerRows(
                vertical.Columns,
                new TextSpan(vertical.HeaderStart, vertical.HeaderEnd),
                [.. vertical.Records.Select(r => new LedgerRow(new TextSpan(r[0].Start, r[^1].End), [.. r], r[problemColumn]))]);
        }

        return FieldRecords(text, paragraphs);
    }

    // A ledger's columns: a problem column and measures or their state, or (a table of who answers for what) two of
    // leader, department and time limit.
    private static bool IsLedger(IReadOnlyList<LedgerColumn> columns) =>
        columns.Contains(LedgerColumn.Problem) && (columns.Contains(LedgerColumn.Measure) || columns.Contains(LedgerColumn.Status)
            || columns.Count(c => c is LedgerColumn.Leader or LedgerColumn.Department or LedgerColumn.Deadline) >= 2);

    /// <summary>
    /// A feedback's problem list written as a table (序号 | 问题类别 | 问题具体表现 | 依据, one numbered row a line): the
    /// problem cell of each row, from the problem column whose cells say most, each with the cell its row heads it by in a
    /// shorter problem column before it (代理记账把关不严 | 中心为村级组织入账白条……) — empty when the row has none or its problem
    /// cell holds several problems. Empty when there is no such table.
    /// </summary>
    public static ImmutableArray<(TextSpan Problem, TextSpan Head)> FindProblemRows(string text, IReadOnlyList<Paragraph> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(paragraphs);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var header = Split(text, paragraphs[i].Span);
            // A table of the problems with a number column (序号 | 问题 | 表现), or a table's rows of its own (问题类别 | 具体问题),
            // every row a row of the table.
            var unnumbered = header.Count == 2 && paragraphs[i].IsTableRow;
            if (header.Count < 3 && !unnumbered)
            {
                continue;
            }

            var columns = header.Select(c => ColumnOf(c.Slice(text).Trim())).ToList();
            if (!columns.Contains(LedgerColumn.Problem) || columns.Contains(LedgerColumn.Measure))
            {
                continue;
            }

            // A review of the last round's problems (上轮反馈问题 | 评估结论 | 主要情况) judges old problems, most of them put
            // right: it is no list of this round's problems.
            if (header.Any(c => VerdictColumnRegex().IsMatch(c.Slice(text).Trim())))
            {
                continue;
            }

            var rows = new List<List<TextSpan>>();
            for (var j = i + 1; j < paragraphs.Count; j++)
            {
                var (rowSpan, last) = RowAt(text, paragraphs, j);
                var quoted = last > j;
                var cells = Split(text, rowSpan);
                // A web table's cell with line breaks in it (1．……<br>2．……) pasted with tabs: its row goes on over the lines
                // that hold no cell boundary until the row has the header's cells.
                var broken = false;
                while (!quoted && !unnumbered && cells.Count >= 2 && cells.Count < header.Count && last + 1 < paragraphs.Count && last - j < MaxQuotedLines
                    && !paragraphs[last + 1].Span.IsEmpty && Split(text, paragraphs[last + 1].Span) is var more && cells.Count - 1 + Math.Max(1, more.Count) <= header.Count
                    && !IsTotalRow(text, more) && !(more.Count >= 2 && IsNumber(more[0].Slice(text))))
                {
                    last++;
                    rowSpan = new TextSpan(rowSpan.Start, paragraphs[last].Span.End);
                    cells = Split(text, rowSpan);
                    broken = true;
                }

                if (broken && cells.Count != header.Count)
                {
                    (rowSpan, last) = RowAt(text, paragraphs, j);
                    cells = Split(text, rowSpan);
                    broken = false;
                }

                j = last;
                if (IsRuleLine(text, cells) || IsTotalRow(text, cells) || IsGroupRow(text, cells))
                {
                    continue;
                }

                // A row a page break cut in two goes on in a row of its own ((续) | 〃 | ……): its cells go on the row above's.
                // So does a row with no number at all (｜｜退还，最长超期96天……｜52.3): a cell's wrapped line pasted as a row, the row
                // above cut short at the wrap (5｜｜竞买保证金……超期) — the cells it lacks are the continued row's.
                if (!unnumbered && rows.Count > 0 && cells.Count >= 2 && (ContinuedRowRegex().IsMatch(cells[0].Slice(text)) ? cells.Count == rows[^1].Count
                    : cells[0].Slice(text).Trim().Length == 0 && cells.Count >= rows[^1].Count && cells.Count == header.Count))
                {
                    var above = rows[^1];
                    rows[^1] = [.. cells.Select((below, k) => k >= above.Count || above[k].IsEmpty ? below : below.IsEmpty ? above[k] : new TextSpan(above[k].Start, below.End))];
                    continue;
                }

                // A table of labels and values (问题类别 | 政治建设 / 问题描述 | ……) names a column again in its first cell: no list.
                // A row keyed by its unit's name (县统计局党组 | 6月3日 | 1．……2．…… | 9) rather than a number is one when a cell
                // broke it over lines and it came together with the header's cells, and so are the rows after it with all theirs.
                var keyedRow = broken || (rows.Count > 0 && cells.Count == header.Count && !IsNumber(rows[0][0].Slice(text)));
                if (cells.Count < 2 || (unnumbered ? !(paragraphs[j].IsTableRow || quoted) || cells.Count != header.Count || ColumnOf(cells[0].Slice(text).Trim()) != LedgerColumn.Other
                    : !IsNumber(cells[0].Slice(text)) && !keyedRow))
                {
                    break;
                }

                rows.Add(cells);
            }

            var problem = Enumerable.Range(0, columns.Count).Where(k => columns[k] == LedgerColumn.Problem)
                .MaxBy(k => rows.Sum(r => k < r.Count ? r[k].Length : 0));
            var head = Enumerable.Range(0, problem).LastOrDefault(k => columns[k] == LedgerColumn.Problem, -1);
            var problems = rows.Where(r => problem < r.Count && r[problem].Length >= 4)
                .SelectMany(r => Enumerated(text, r[problem]).ToList() is var items && items.Count == 1 && head >= 0 && head < r.Count ? [(items[0], r[head])] : items.Select(item => (item, default(TextSpan))))
                .ToImmutableArray();
            if (problems.Length >= 2)
            {
                return problems;
            }
        }

        var vertical = FindVerticalProblemTable(text, paragraphs);
        return [.. (vertical.IsEmpty ? FindKeyValueProblemTable(text, paragraphs) : vertical).Select(span => (span, default(TextSpan)))];
    }

    /// <summary>
    /// A follow-up's review of the last round's problems as a table (序号 | 上轮反馈问题 | 评估结论 | 主要情况): its rows (the
    /// paragraphs it spans) and, of them, the problems judged not put right (整改不到位 / 纸上整改 / 问题反弹), each from its
    /// problem cell to the row's end; none when there is no such table.
    /// </summary>
    public static (ImmutableArray<TextSpan> Rows, ImmutableArray<TextSpan> Open) FindReviewTable(string text, IReadOnlyList<Paragraph> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(paragraphs);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var header = Split(text, paragraphs[i].Span);
            if (header.Count < 3)
            {
                continue;
            }

            var columns = header.Select(c => ColumnOf(c.Slice(text).Trim())).ToList();
            var verdict = header.FindIndex(c => VerdictColumnRegex().IsMatch(c.Slice(text).Trim()));
            var problem = columns.IndexOf(LedgerColumn.Problem);
            if (verdict < 0 || problem < 0)
            {
                continue;
            }

            var rows = ImmutableArray.CreateBuilder<TextSpan>();
            var open = ImmutableArray.CreateBuilder<TextSpan>();
            rows.Add(paragraphs[i].Span);
            for (var j = i + 1; j < paragraphs.Count; j++)
            {
                var cells = Split(text, paragraphs[j].Span);
                if (cells.Count <= Math.Max(verdict, problem) || !IsNumber(cells[0].Slice(text)))
                {
                    break;
                }

                rows.Add(paragraphs[j].Span);
                if (!DoneVerdictRegex().IsMatch(cells[verdict].Slice(text).Trim()))
                {
                    open.Add(new TextSpan(cells[problem].Start, cells[^1].End));
                }
            }

            if (rows.Count >= 3)
            {
                return (rows.ToImmutable(), open.ToImmutable());
            }
        }

        return ([], []);
    }

    // A verdict that an old problem is put right: 整改到位 / 已整改到位 / 已完成 / 已销号.
    [GeneratedRegex("^(已)?(整改)?(到位|完成|销号)$|^已整改$|^(基本)?整改到位$")]
    private static partial Regex DoneVerdictRegex();

    /// <summary>
    /// A table a problem, its rows a label and a value (交办编号 | LY-01 / 问题类别 | …… / 问题描述 | …… / 整改要求 | ……), with no
    /// row of measures: the value of the problem label whose values run longest (问题描述, not 问题类别), one problem a table.
    /// </summary>
    private static ImmutableArray<TextSpan> FindKeyValueProblemTable(string text, IReadOnlyList<Paragraph> paragraphs)
    {
        var rows = paragraphs.Select(p => Split(text, p.Span)).Where(c => c.Count == 2 && c[0].Length is > 0 and <= MaxLabel).ToList();
        var labelled = rows.Select(c => (Label: c[0].Slice(text), Column: ColumnOf(c[0].Slice(text)), Value: c[1])).ToList();
        if (labelled.Any(r => r.Column == LedgerColumn.Measure))
        {
            return [];
        }

        var problem = labelled.Where(r => r.Column == LedgerColumn.Problem).GroupBy(r => r.Label).Where(g => g.Count() >= 2)
            .MaxBy(g => g.Average(r => r.Value.Length));
        return problem is null ? [] : [.. problem.Select(r => r.Value).Where(v => v.Length >= MinProblemValue)];
    }

    // The number cell of a row that goes on from the one above: （续） / (续) / 续.
    [GeneratedRegex("^\\s*[（(]?续[）)]?\\s*$")]
    private static partial Regex ContinuedRowRegex();

    /// <summary>
    /// A problem cell that goes on in a continued row is read as one text: what lies between the two parts (the row's
    /// further cells, the line break, the continued row's first cells) is left out.
    /// </summary>
    public static string CellText(string text, TextSpan cell)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = cell.Slice(text);
        return value.Contains('\n', StringComparison.Ordinal) ? RowBreakRegex().Replace(value, "") : value;
    }

    [GeneratedRegex("(?:[ \\t]*[|｜][^\\n]*)?\\r?\\n(?:[^\\n|｜]*[|｜][ \\t]*)*")]
    private static partial Regex RowBreakRegex();

    private const int MaxLabel = 8;
    private const int MinProblemValue = 6;

    /// <summary>
    /// The same list pasted from a table one cell a line (序号 / 问题类别 / 问题具体表现 / 整改要求 on lines of their own,
    /// then 1 / 类别 / 表现 / 要求, 2 / …): a record runs from its number to the next number in sequence.
    /// </summary>
    private static ImmutableArray<TextSpan> FindVerticalProblemTable(string text, IReadOnlyList<Paragraph> paragraphs)
    {
        var table = VerticalTable(text, paragraphs, columns => !columns.Contains(LedgerColumn.Measure));
        if (table is not { } found)
        {
            return [];
        }

        var width = found.Columns.Length;
        var problem = Enumerable.Range(0, width).Where(k => found.Columns[k] == LedgerColumn.Problem).MaxBy(k => found.Records.Sum(r => r[k].Length));
        return [.. found.Records.SelectMany(r => Enumerated(text, r[problem]))];
    }

    /// <summary>
    /// A table pasted one cell a line, as a PDF's or a web page's text gives it: a run of three or more header cells on lines
    /// of their own (序号 / 问题 / 整改措施 / 责任领导 / 完成时限) naming a problem column, then records, each a line with the
    /// next number (1, 2, …) and one line a further column. Every record must have every cell (a record that runs over or
    /// falls short ends the table; fewer than two records is none). <paramref name="accept"/> decides on the columns.
    /// </summary>
    private static (int HeaderStart, int HeaderEnd, ImmutableArray<LedgerColumn> Columns, List<List<TextSpan>> Records)? VerticalTable(
        string text, IReadOnlyList<Paragraph> paragraphs, Func<IReadOnlyList<LedgerColumn>, bool> accept)
    {
        var lines = paragraphs.Where(p => !p.Span.IsEmpty && !p.Span.Slice(text).AsSpan().Trim().IsEmpty).ToList();
        (int HeaderStart, int HeaderEnd, ImmutableArray<LedgerColumn> Columns, List<List<TextSpan>> Records)? wrappedTable = null;
        for (var i = 0; i + 3 < lines.Count; i++)
        {
            var width = 0;
            while (i + width < lines.Count && width < MaxColumns && IsHeaderCell(lines[i + width].Span.Slice(text).Trim()))
            {
                width++;
            }

            if (width < 3)
            {
                continue;
            }

            var columns = Enumerable.Range(i, width).Select(k => ColumnOf(lines[k].Span.Slice(text).Trim())).ToImmutableArray();
            if (!columns.Contains(LedgerColumn.Problem) || !accept(columns) || NumberOf(lines[i].Span.Slice(text).Trim()) is not null)
            {
                continue;
            }

            // Records: a line with the next number, then the cells up to the next number (at most one a column).
            var records = new List<List<TextSpan>>();
            var k2 = i + width;
            while (k2 < lines.Count && NumberOf(lines[k2].Span.Slice(text).Trim()) == records.Count + 1)
            {
                var cells = new List<TextSpan> { lines[k2].Span };
                var next = k2 + 1;
                while (next < lines.Count && cells.Count < width && NumberOf(lines[next].Span.Slice(text).Trim()) != records.Count + 2)
                {
                    cells.Add(lines[next].Span);
                    next++;
                }

                records.Add(cells);
                k2 = next;
            }

            if (records.Count >= 2 && records.TrueForAll(r => r.Count == width))
            {
                return (lines[i].Span.Start, lines[i + width - 1].Span.End, columns, records);
            }

            // A table whose cells wrap is read only when no table of one line a cell is found, from a header opening on its
            // number column (序号 / 编号).
            if (wrappedTable is null && lines[i].Span.Slice(text).Trim() is "序号" or "编号" && WrappedRecords(text, lines, i, width) is { Count: >= 2 } wrapped)
            {
                wrappedTable = (lines[i].Span.Start, lines[i + width - 1].Span.End, columns, wrapped);
            }
        }

        return wrappedTable;
    }

    /// <summary>
    /// A cell that lists its problems gives one span each: 一是……；二是…… from the cell's start, or numbers counting up from
    /// one after a stop, a colon or a line break ("（1）……↵（2）……" as a spreadsheet copies a cell / 执行……不严格。1．……；2．……,
    /// the headline before them naming what the numbered failings are); any other cell is one.
    /// </summary>
    private static IEnumerable<TextSpan> Enumerated(string text, TextSpan cell)
    {
        var starts = new List<(int Start, int Body)>();
        var expected = 1;
        for (var k = cell.Start; k + 1 < cell.End; k++)
        {
            if ((k == cell.Start || text[k - 1] is '；' or '。' or ';') && ChineseNumeral.Parse(text.AsSpan(k, 1)) == expected && text[k + 1] == '是')
            {
                starts.Add((k, k));
                expected++;
            }
        }

        if (starts.Count < 2 || starts[0].Start != cell.Start)
        {
            starts.Clear();
            expected = 1;
            for (var k = cell.Start; k + 1 < cell.End; k++)
            {
                if ((k == cell.Start || text[k - 1] is '；' or '。' or ';' or '：' or ':' or '\n') && HeadingMarker.Match(text, k) is { Style: NumberingStyle.ArabicDot or NumberingStyle.ArabicParenthesized or NumberingStyle.Circled } marker
                    && marker.Number == expected.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    && k + marker.Marker.Length < cell.End)
                {
                    starts.Add((k, k + marker.Marker.Length));
                    expected++;
                    k += marker.Marker.Length - 1;
                }
            }
        }

        if (starts.Count < 2)
        {
            yield return cell;
            yield break;
        }

        for (var k = 0; k < starts.Count; k++)
        {
            var end = k + 1 < starts.Count ? starts[k + 1].Start : cell.End;
            while (end > starts[k].Start && text[end - 1] is '；' or ';' or ' ' or '\n')
            {
                end--;
            }

            yield return new TextSpan(starts[k].Body, end);
        }
    }

    /// <summary>Most columns a vertical table may have.</summary>
    private const int MaxColumns = 12;

    // Blank cells (a column split over two in a PDF's text) say nothing either way.
    private static bool IsHeaderLine(string text, List<TextSpan> cells) =>
        cells.Where(c => !c.IsEmpty && !IsDitto(c.Slice(text))).ToList() is { Count: >= 3 } named && named.TrueForAll(c => IsHeaderCell(c.Slice(text).Trim()))
        && named.Count(c => ColumnOf(c.Slice(text).Trim()) != LedgerColumn.Other) >= 2;

    private static bool SameCells(string text, List<TextSpan> a, List<TextSpan> b) =>
        a.Where(c => !c.IsEmpty).Select(c => c.Slice(text).Trim()).SequenceEqual(b.Where(c => !c.IsEmpty).Select(c => c.Slice(text).Trim()));

    // A group line between the rows (一、党的领导方面 | | |) is no header cell, whatever column word it holds (领导).
    private static bool IsHeaderCell(string line) => line.Length is > 0 and <= 10 && NumberOf(line) is null && line.AsSpan().IndexOfAny(Punctuation) < 0 && !GroupNumberRegex().IsMatch(line);

    [System.Text.RegularExpressions.GeneratedRegex("^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])")]
    private static partial System.Text.RegularExpressions.Regex GroupNumberRegex();

    private static readonly System.Buffers.SearchValues<char> Punctuation = System.Buffers.SearchValues.Create("，。；：,.;:");

    private static int? NumberOf(string cell) =>
        cell.Length is > 0 and <= 4 && cell.TrimEnd('.', '．', '、').All(c => char.IsAsciiDigit(c) || c is >= '０' and <= '９')
            && cell.TrimEnd('.', '．', '、') is { Length: > 0 } digits
            ? int.Parse(new string([.. digits.Select(c => c >= '０' ? (char)(c - '０' + '0') : c)]), System.Globalization.CultureInfo.InvariantCulture)
            : null;

    // A cell that repeats the one above: blank (a merged cell written out), 同上, a ditto mark or a dash.
    private static bool IsDitto(string cell) => cell.Trim() is "" or "同上" or "同前" or "〃" or "\"" or "″" or "—" or "-" or "－";

    // 1 / 1.1 / 一 / Ⅰ (Roman numerals number rows too).
    private static bool IsNumber(string cell) => cell.Length is > 0 and <= 8 && cell.All(c => char.IsAsciiDigit(c) || c is '.' or '．' or '、' or (>= 'Ⅰ' and <= 'Ⅻ') || "０１２３４５６７８９一二三四五六七八九十".Contains(c));

    /// <summary>The non-blank cells of one line split by ｜, | or a tab, trimmed (a line with none is one cell).</summary>
    internal static List<string> CellTexts(string line) =>
        [.. Split(line, new TextSpan(0, line.Length)).Where(c => !c.IsEmpty).Select(c => c.Slice(line))];

    private static List<TextSpan> Split(string text, TextSpan span)
    {
        var cells = new List<TextSpan>();
        var start = span.Start;
        for (var k = span.Start; k <= span.End; k++)
        {
            if (k == span.End || Array.IndexOf(Separators, text[k]) >= 0)
            {
                var trimmed = Trimmed(text, new TextSpan(start, k));
                var (s, e) = (trimmed.Start, trimmed.End);

                // A spreadsheet's quoted cell ("（1）……↵（2）……") is the text inside its quotes.
                if (e - s >= 2 && text[s] == '"' && text[e - 1] == '"')
                {
                    (s, e) = (s + 1, e - 1);
                }

                cells.Add(new TextSpan(s, e));
                start = k + 1;
            }
        }

        // A row drawn with borders (｜1｜问题｜方式｜, as a Markdown table is written) has an empty cell outside each edge.
        if (cells.Count >= 4 && cells[0].IsEmpty && cells[^1].IsEmpty)
        {
            cells.RemoveAt(cells.Count - 1);
            cells.RemoveAt(0);
        }

        return cells.Count >= 2 ? cells : [];
    }

    /// <summary>
    /// A row as a spreadsheet copies it (1⇥党的领导⇥"（1）……↵（2）……"⇥……): a cell in double quotes holds its own line breaks,
    /// so the row runs on over the paragraphs until its quote closes, at most <see cref="MaxQuotedLines"/> of them; any other
    /// row is its paragraph.
    /// </summary>
    private static (TextSpan Span, int Last) RowAt(string text, IReadOnlyList<Paragraph> paragraphs, int j)
    {
        var span = paragraphs[j].Span;
        if (!OpensQuotedCell(text, span))
        {
            return (span, j);
        }

        var quotes = span.Slice(text).Count('"');
        for (var k = j + 1; k < paragraphs.Count && k - j <= MaxQuotedLines; k++)
        {
            quotes += paragraphs[k].Span.Slice(text).Count('"');
            if (quotes % 2 == 0)
            {
                return (new TextSpan(span.Start, paragraphs[k].Span.End), k);
            }
        }

        return (span, j);
    }

    /// <summary>Most lines one quoted cell of a copied spreadsheet row runs over.</summary>
    private const int MaxQuotedLines = 30;

    /// <summary>Whether a line opens a quoted cell it does not close: a cell starting with " after a separator, the line's quotes odd.</summary>
    private static bool OpensQuotedCell(string text, TextSpan line)
    {
        var slice = line.Slice(text);
        return slice.Count('"') % 2 == 1
            && slice.Select((c, k) => (c, k)).Any(p => p.c == '"' && (p.k == 0 || Array.IndexOf(Separators, slice[p.k - 1]) >= 0));
    }

    /// <summary>A rule under a header (｜----｜:---｜): dashes and colons only.</summary>
    private static bool IsRuleLine(string text, List<TextSpan> cells) =>
        cells.Exists(c => !c.IsEmpty) && cells.TrueForAll(c => c.Slice(text).All(ch => ch is '-' or ':' or '—' or '─' or '－' || char.IsWhiteSpace(ch)));

    /// <summary>A row that totals the rows above it (小计 / 合计 / 总计, alone or with its sum: 合计：3个方面7个问题).</summary>
    private static bool IsTotalRow(string text, List<TextSpan> cells) => cells.Count > 0 && TotalCellRegex().IsMatch(cells[0].Slice(text).Trim());

    [GeneratedRegex("^(小计|合计|总计)([：:].*)?$")]
    private static partial Regex TotalCellRegex();

    /// <summary>
    /// A row that heads a group of the rows below it (一、贯彻落实党中央决策部署方面 | | — a merged cell across the table): its
    /// first cell alone is written, and it is no number.
    /// </summary>
    private static bool IsGroupRow(string text, List<TextSpan> cells) =>
        cells.Count >= 2 && cells[0].Slice(text).Trim() is { Length: > 0 } first && !IsNumber(first) && cells.Skip(1).All(c => c.Slice(text).Trim().Length == 0);

    /// <summary>
    /// The columns a header names. A header cell spanning several columns (整改措施及落实情况 over two) is written out with
    /// empty cells after it, which take its kind; a second header line under it (| | 整改措施 | 落实情况 | 责任领导 | 责任科室 |)
    /// names the columns it splits into.
    /// </summary>
    private static ImmutableArray<LedgerColumn> HeaderColumns(string text, List<TextSpan> header, List<TextSpan> next)
    {
        var columns = header.Select(c => ColumnOf(c.Slice(text).Trim())).ToArray();
        for (var k = 1; k < columns.Length; k++)
        {
            if (header[k].IsEmpty)
            {
                columns[k] = columns[k - 1];
            }
        }

        // A header cell merged down over the second header line leaves the ditto mark there (Word's vMerge).
        bool Blank(TextSpan c) => c.IsEmpty || c.Slice(text).Trim() == RawParagraph.MergedCellMark;
        var subHeader = next.Count == header.Count && next.Exists(c => !Blank(c))
            && next.TrueForAll(c => Blank(c) || (IsHeaderCell(c.Slice(text)) && ColumnOf(c.Slice(text)) != LedgerColumn.Other));
        if (subHeader)
        {
            for (var k = 0; k < columns.Length; k++)
            {
                if (!Blank(next[k]))
                {
                    columns[k] = ColumnOf(next[k].Slice(text));
                }
            }
        }

        return [.. columns];
    }

    private static LedgerColumn ColumnOf(string header) => header switch
    {
        // 追责问责情况 / 责任追究情况 / 问责处理: not the status (情况) nor a department (责任…).
        _ when AccountabilityColumnRegex().IsMatch(header) => LedgerColumn.Accountability,
        "备注" or "说明" or "备注说明" => LedgerColumn.Note,
        _ when header.Contains("措施", StringComparison.Ordinal) => LedgerColumn.Measure,
        // A list of the rules made (制度名称 | 针对问题 | 印发时间): each rule is the row's measure.
        _ when RuleColumnRegex().IsMatch(header) => LedgerColumn.Measure,
        // A small unit's table in plain words (怎么改的 / 谁负责 / 啥时候改完 / 现在怎样).
        _ when PlainColumnRegex().Match(header) is { Success: true } plain => plain.Groups["measure"].Success ? LedgerColumn.Measure
            : plain.Groups["who"].Success ? LedgerColumn.Leader : plain.Groups["when"].Success ? LedgerColumn.Deadline : LedgerColumn.Status,
        _ when header.Contains("问题", StringComparison.Ordinal) || header is "整改事项" or "整改任务" or "存在不足" => LedgerColumn.Problem,
        _ when header.Contains("领导", StringComparison.Ordinal) || header.Contains("责任人", StringComparison.Ordinal) || header == "负责人" => LedgerColumn.Leader,
        _ when header.StartsWith("责任", StringComparison.Ordinal) || header.Contains("牵头", StringComparison.Ordinal) || header.Contains("部门", StringComparison.Ordinal) => LedgerColumn.Department,
        // When a rule was issued (印发时间) is what was done, not a time limit.
        _ when IssuedColumnRegex().IsMatch(header) => LedgerColumn.Status,
        _ when header.Contains("时限", StringComparison.Ordinal) || header.Contains("时间", StringComparison.Ordinal) => LedgerColumn.Deadline,
        _ when header.Contains("情况", StringComparison.Ordinal) || header.Contains("进展", StringComparison.Ordinal) || header.Contains("进度", StringComparison.Ordinal) || header.Contains("成效", StringComparison.Ordinal) || header.Contains("状态", StringComparison.Ordinal) => LedgerColumn.Status,
        _ => LedgerColumn.Other,
    };

    [GeneratedRegex("^(?<measure>(怎么|怎样|咋|如何)(改|整改|办|做)|改了(什么|啥)|(整改)?做法)|^(?<who>谁(来)?(负责|管|办|牵头|抓))|^(?<when>(啥|什么|哪天|几)时候|几时)|^(?<status>(现在|目前)(怎样|怎么样|咋样|情况|进展)|改(得)?(怎样|怎么样|咋样)|(改|办)(完|好)(了)?没)")]
    private static partial Regex PlainColumnRegex();

    // 制度名称 / 建立(完善)制度 / 制度(文件)名称: the rule a row made.
    [GeneratedRegex("^(新建|建立|修订|完善|出台)?[（(]?[建立修订完善]*[）)]?(的)?制度(文件)?(名称)?$|^(制度|文件)名称$")]
    private static partial Regex RuleColumnRegex();

    [GeneratedRegex("^(印发|出台|发布|施行|实施|通过)(时间|日期)$")]
    private static partial Regex IssuedColumnRegex();

    // 问题类别 / 问题类型 / 问题分类: a column that sorts the problems, not one that states them.
    [GeneratedRegex("^问题(类别|类型|分类|领域|方面)$")]
    private static partial Regex CategoryColumnRegex();

    [GeneratedRegex("^(追责|问责|责任追究|追究责任|责任人处理|处理处分)")]
    private static partial Regex AccountabilityColumnRegex();

    // A column that judges each old problem (评估结论 / 核查结果 / 是否整改到位): the table reviews, it does not list.
    [GeneratedRegex("^(评估|核查|验收|评价|评定)(结论|结果|意见|等次)$|^是否(整改)?到位$")]
    private static partial Regex VerdictColumnRegex();
}
