using System.Text.RegularExpressions;
using System.Collections.Immutable;
using RectifyNlp.Core.Documents;
using RectifyNlp.Core.Normalization;

namespace RectifyNlp.Analysis;

// Ledgers as forms print them rather than as rows of a table: records of fields a supervision system exports, and a PDF's
// table pasted one cell a line with its cells wrapped at their column's width.
public sealed partial record LedgerRows
{
    /// <summary>
    /// A ledger printed as records of fields, as a supervision system exports its tasks (任务编号：XC-01-1 / 对应问题：…… /
    /// 整改措施：…… / 责任领导：…… / 完成时限：…… / 整改状态：已销号, records apart by a rule of dashes): each record a row, each
    /// label a column. The records open on a field that names the record (编号 / 序号), not on the problem or measure, and
    /// hold a problem and a measure or status: a report's own 问题：/整改情况： pairs are read as its text is. A line with no
    /// label goes on the field above, unless a rule (-----) came between; a line after a rule that opens no record ends the
    /// list. Read once from each record key it starts on, then on past the lines it took. Null when there are not two.
    /// </summary>
    private static LedgerRows? FieldRecords(string text, IReadOnlyList<Paragraph> paragraphs)
    {
        var lines = paragraphs.Where(p => !p.Span.IsEmpty && !p.Span.Slice(text).AsSpan().Trim().IsEmpty).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            if (FieldLabelRegex().Match(text, lines[i].Span.Start, lines[i].Span.Length) is not { Success: true } first
                || !RecordKeyRegex().IsMatch(first.Groups["label"].Value))
            {
                continue;
            }

            var key = first.Groups["label"].Value;
            var labels = new List<string>();
            var records = new List<Dictionary<string, TextSpan>>();
            var starts = new List<int>();
            Dictionary<string, TextSpan>? record = null;
            string? last = null;
            var j = i;
            for (; j < lines.Count; j++)
            {
                var line = lines[j].Span;
                var field = FieldLabelRegex().Match(text, line.Start, line.Length);
                if (field.Success && field.Groups["label"].Value == key)
                {
                    record = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
                    records.Add(record);
                    starts.Add(line.Start);
                }

                if (record is null || IsRule(line.Slice(text)))
                {
                    last = null;
                    continue;
                }

                if (field.Success && (records.Count == 1 ? labels.Count < MaxColumns : labels.Contains(field.Groups["label"].Value)))
                {
                    last = field.Groups["label"].Value;
                    if (records.Count == 1 && !labels.Contains(last))
                    {
                        labels.Add(last);
                    }

                    record[last] = Trimmed(text, new TextSpan(field.Groups["value"].Index, line.End));
                }
                else if (last is not null)
                {
                    record[last] = new TextSpan(record[last].Start, line.End);
                }
                else
                {
                    break;
                }
            }

            var columns = labels.Select(l => RecordKeyRegex().IsMatch(l) ? LedgerColumn.Other : ColumnOf(l)).ToImmutableArray();
            var problem = columns.IndexOf(LedgerColumn.Problem);
            if (records.Count < 2 || problem < 0 || !(columns.Contains(LedgerColumn.Measure) || columns.Contains(LedgerColumn.Status)))
            {
                i = Math.Max(i, j - 1); // the lines it took are no list of records: read on after them
                continue;
            }

            // A record for the same problem as the one before (任务 XC-02-1, XC-02-2 under one 对应问题) is another task of it,
            // under it as a merged cell's rows are.
            var rows = ImmutableArray.CreateBuilder<LedgerRow>();
            foreach (var (fields, at) in records.Zip(starts).Where(r => r.First.TryGetValue(labels[problem], out var p) && p.Length >= 4))
            {
                var cells = labels.Select(l => fields.GetValueOrDefault(l)).ToImmutableArray();
                var answered = rows.Count > 0 && rows[^1].Problem.Slice(text) == cells[problem].Slice(text) ? rows[^1].Problem : cells[problem];
                rows.Add(new LedgerRow(new TextSpan(at, cells.Max(c => c.End)), cells, answered));
            }

            return rows.Count >= 2 ? new LedgerRows(columns, new TextSpan(lines[i].Span.Start, lines[i].Span.Start), rows.ToImmutable()) : null;
        }

        return null;

        static bool IsRule(string line) => line.Trim() is { Length: >= 3 } rule && rule.All(c => c is '-' or '=' or '—' or '─' or '－' or '＝' or '*' or '_');
    }

    private static TextSpan Trimmed(string text, TextSpan span)
    {
        var (s, e) = (span.Start, span.End);
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }

        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }

        return new TextSpan(s, e);
    }

    // A field line of a record: a short label, a colon, its value (对应问题：…… / 完成时限：——).
    [GeneratedRegex("\\G\\s*(?<label>[\\p{IsCJKUnifiedIdeographs}]{2,8})[：:]\\s*(?<value>)")]
    private static partial Regex FieldLabelRegex();

    // The field that names a record (任务编号 / 事项序号 / 编号).
    [GeneratedRegex("(编号|序号|代码)$")]
    private static partial Regex RecordKeyRegex();

    /// <summary>
    /// The records of a table pasted one cell a line whose cells wrap over several lines, as a PDF's text of a narrow-columned
    /// table comes (1 / 履行职能 / 责任 / 食品安全……未达 / 到规定要求 / 制定……检 / ……): each record from its number line to the next
    /// number, a repeated header (after a page break) skipped. A cell is a run of lines of its column's width closed by a
    /// shorter one; a record with one cell fewer than the columns after the number lacks the first (a merged category cell
    /// written only on the group's first row). A record whose lines do not fall into cells so is one cell: the problem it
    /// states is still one row. None when the numbers do not run on from 1 or a record holds more lines than it can.
    /// </summary>
    private static List<List<TextSpan>>? WrappedRecords(string text, List<Paragraph> lines, int headerAt, int width)
    {
        var header = Enumerable.Range(headerAt, width).Select(k => lines[k].Span.Slice(text).Trim()).ToHashSet(StringComparer.Ordinal);
        var records = new List<List<TextSpan>>();
        var widest = 0; // the widest line of the records read so far
        var k = headerAt + width;
        while (k < lines.Count && NumberOf(lines[k].Span.Slice(text).Trim()) == records.Count + 1)
        {
            var body = new List<TextSpan>();
            var next = k + 1;
            while (next < lines.Count && NumberOf(lines[next].Span.Slice(text).Trim()) != records.Count + 2 && body.Count <= MaxRecordLines)
            {
                if (!header.Contains(lines[next].Span.Slice(text).Trim()))
                {
                    body.Add(lines[next].Span);
                }

                next++;
            }

            // The last record ends where the table does: at a line wider than any of the rows above or a signature's (the
            // round's name, a date, a page number).
            if (next >= lines.Count || NumberOf(lines[next].Span.Slice(text).Trim()) != records.Count + 2)
            {
                var end = body.FindIndex(l => CharacterClass.DisplayWidth(l.Slice(text).Trim()) > (records.Count == 0 ? int.MaxValue - 1 : widest) + 1 || TableEndRegex().IsMatch(l.Slice(text).Trim()));
                body = end < 0 ? body : body[..end];
            }

            if (body.Count == 0 || body.Count > MaxRecordLines)
            {
                return null;
            }

            var segments = Cells(text, body);
            var record = new List<TextSpan> { lines[k].Span };
            if (segments.Count == width - 1 || segments.Count == width - 2)
            {
                record.AddRange(Enumerable.Repeat(default(TextSpan), width - 1 - segments.Count));
                record.AddRange(segments.Select(c => new TextSpan(c[0].Start, c[^1].End)));
            }
            else
            {
                record.AddRange(Enumerable.Repeat(default(TextSpan), width - 2));
                record.Add(new TextSpan(body[0].Start, body[^1].End));
            }

            records.Add(record);
            widest = Math.Max(widest, body.Max(l => CharacterClass.DisplayWidth(l.Slice(text).Trim())));
            k = next;
        }

        return records;
    }

    // What closes a table on a page: the round's or unit's name, a date, a page number.
    [GeneratedRegex("(巡察组|巡察办|委员会|党组|党委)$|^[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日$|^第\\s*[0-9]+\\s*页|^[—-]\\s*[0-9]+\\s*[—-]$")]
    private static partial Regex TableEndRegex();

    /// <summary>Most lines one record of a wrapped one-cell-a-line table runs over.</summary>
    private const int MaxRecordLines = 40;

    /// <summary>Lines grouped into cells: a cell goes on while its last line fills the width of its first (less one, a wide character not fitting) and the next is no wider.</summary>
    private static List<List<TextSpan>> Cells(string text, List<TextSpan> lines)
    {
        var cells = new List<List<TextSpan>>();
        var width = 0;
        foreach (var line in lines)
        {
            var w = CharacterClass.DisplayWidth(line.Slice(text).Trim());
            if (cells.Count > 0 && cells[^1].Count > 0 && CharacterClass.DisplayWidth(cells[^1][^1].Slice(text).Trim()) >= width - 1 && w <= width + 1)
            {
                cells[^1].Add(line);
                width = Math.Max(width, w);
                continue;
            }

            cells.Add([line]);
            width = w;
        }

        return cells;
    }
}
