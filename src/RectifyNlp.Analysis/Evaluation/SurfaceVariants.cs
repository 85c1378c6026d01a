using System.Text;
using System.Text.RegularExpressions;

namespace RectifyNlp.Analysis.Evaluation;

/// <summary>
/// One rewriting of a feedback/report pair that changes only how the report reads, not what it says: an
/// analysis must give the same problems, matching and gaps for it as for the original (metamorphic testing).
/// </summary>
/// <param name="Name">The rewriting (halfwidth, renumbered, reordered, …); see <see cref="SurfaceVariants"/>.</param>
/// <param name="Feedback">The feedback, unchanged (null in report-only pairs).</param>
/// <param name="Report">The rewritten report.</param>
/// <param name="Encoding">
/// How the caller writes both documents to files: <see cref="Encoding.GetPreamble"/> (a BOM, if any) then
/// <see cref="Encoding.GetBytes(string)"/>. UTF-8 without BOM except for the encoding variants.
/// </param>
/// <param name="Map">
/// Maps a substring of the original report (a gold link such as “31名干部领取的6.72万元”) to how it reads in
/// <paramref name="Report"/>, so gold annotations carry over by construction. Identity for most variants.
/// </param>
public sealed record SurfaceVariant(string Name, string? Feedback, string Report, Encoding Encoding, Func<string, string> Map);

/// <summary>
/// Rewrites a feedback/report pair into surface-form variants that an analysis must treat the same. Each
/// variant is something a real unit plausibly writes or a real pipeline plausibly produces; a variant is
/// left out when it does not apply to the texts (nothing to reorder, no headings of the form it rewrites…)
/// or would not change them. Only the report is rewritten; the feedback is passed through.
/// <list type="bullet">
/// <item><c>halfwidth</c>: ，。：；（）“”！？． in the report become , . : ; ( ) " " ! ? . (so （一） reads (一)); Map does the same.</item>
/// <item><c>renumbered</c>: line-leading numbering changed style by style, hence level by level: 一、→第一部分,
/// （一）→1., 1.→（1）, 1．→1、, （1）→①, 1、→(1). The number and the text after the marker are kept.</item>
/// <item><c>reordered</c> (pairs only): the answer sections but the last reversed and renumbered in their new order (the last keeps its place: the closing paragraphs that follow it are not marked off).</item>
/// <item>Map is the identity except for <c>halfwidth</c>: the other rewritings touch markers, headings and line
/// breaks, never the measures' text that gold links quote.</item>
/// <item><c>plain-headings</c>: 关于“X”的问题 / 关于X的问题 / 针对“X”问题 headings become X.</item>
/// <item><c>label-headings</c>: those headings become 问题：X, and the unlabelled body that follows is prefixed 整改情况：.</item>
/// <item><c>inline-items</c>: consecutive item lines (一是…, （1）…, 1. …) joined into one paragraph 一是……；二是……。</item>
/// <item><c>item-lines</c>: paragraphs listing 一是……二是…… split into one line per item.</item>
/// <item><c>hard-wrapped</c>: lines longer than 36 characters broken every 36 characters, as PDF text layers come out.
/// Map stays the identity, which is wrong for a substring that crosses a break: analysers must join wrapped
/// lines before reading them, and gold is checked against the text with the breaks taken out.</item>
/// <item><c>gb18030</c>, <c>utf16</c>: the text unchanged, written as GB18030 or as UTF-16 LE with a BOM.</item>
/// <item><c>ledger-rows</c>: the per-problem answer sections turned into a tab-separated ledger.</item>
/// </list>
/// </summary>
public static partial class SurfaceVariants
{
    /// <summary>Where <c>hard-wrapped</c> breaks lines, in characters (a PDF text layer of an A4 page of 16pt 仿宋 holds about 28–36).</summary>
    public const int WrapWidth = 36;

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    // GB18030 is a code page, not built in: register the provider once, before the first use.
    private static readonly Encoding Gb18030 = LoadGb18030();

    private static readonly Func<string, string> Identity = s => s;

    private const string ChineseDigits = "一二三四五六七八九";

    private static readonly (string Key, Field Field)[] FieldKeys =
    [
        ("责任领导", Field.Lead), ("牵头领导", Field.Lead), ("分管领导", Field.Lead), ("责任人", Field.Lead),
        ("整改时限", Field.Deadline), ("完成时限", Field.Deadline), ("完成时间", Field.Deadline), ("时限", Field.Deadline),
        ("完成情况", Field.Status), ("进展情况", Field.Status), ("整改进度", Field.Status), ("进度", Field.Status),
        ("责任股室", Field.Unit), ("责任部门", Field.Unit), ("责任科室", Field.Unit), ("责任单位", Field.Unit),
        ("牵头部门", Field.Unit), ("配合单位", Field.Other),
    ];

    private enum Style
    {
        ChineseComma,
        ChineseParen,
        ArabicDot,
        ArabicParen,
        ArabicComma,
        Circled,
    }

    private enum Field
    {
        Lead,
        Unit,
        Deadline,
        Status,
        Other,
    }

    /// <summary>Every variant of the pair that applies to its texts, in a fixed order.</summary>
    /// <param name="feedback">The feedback, or null for a report-only pair (then <c>reordered</c> is left out: report-only gold numbers problems in report order).</param>
    /// <param name="report">The report.</param>
    public static IReadOnlyList<SurfaceVariant> Of(string? feedback, string report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var document = new Document(report);
        var variants = new List<SurfaceVariant>();
        void Add(string name, string? text, Func<string, string>? map = null)
        {
            // A rewriting that changes nothing tests nothing: leave it out.
            if (text is not null && !string.Equals(text, report, StringComparison.Ordinal))
            {
                variants.Add(new SurfaceVariant(name, feedback, text, Utf8, map ?? Identity));
            }
        }

        Add("halfwidth", HalfWidth(report), HalfWidth);
        Add("renumbered", Renumbered(document));
        if (feedback is not null)
        {
            Add("reordered", Reordered(document));
        }

        Add("plain-headings", PlainHeadings(document));
        Add("label-headings", LabelHeadings(document));
        Add("inline-items", InlineItems(document));
        Add("item-lines", ItemLines(document));

        // Identity is wrong for a substring that crosses a break: it is returned unchanged all the same,
        // because an analyser must join wrapped lines before it reads them (and gold must not care).
        Add("hard-wrapped", HardWrapped(document));

        variants.Add(new SurfaceVariant("gb18030", feedback, report, Gb18030, Identity));
        variants.Add(new SurfaceVariant("utf16", feedback, report, Encoding.Unicode, Identity));
        Add("ledger-rows", LedgerRows(document));
        return variants;
    }

    // ---- halfwidth -------------------------------------------------------------------------------------

    /// <summary>The text with full-width body punctuation made half-width (also what halfwidth's Map does).</summary>
    private static string HalfWidth(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '，' => ',',
                '。' => '.',
                '：' => ':',
                '；' => ';',
                '（' => '(',
                '）' => ')',
                '“' or '”' => '"',
                '！' => '!',
                '？' => '?',

                // The full-width full stop of 1．: a writer who types half-width types 1. as well.
                '．' => '.',
                _ => c,
            });
        }

        return builder.ToString();
    }

    // ---- renumbered ------------------------------------------------------------------------------------

    private static string? Renumbered(Document document)
    {
        if (document.Sections.Count == 0)
        {
            return null;
        }

        // 1. The arabic-dot level goes to （1） when written 1. and to 1、 when written 1．, by its majority.
        var dots = document.Sections.Where(s => s.Marker.Style == Style.ArabicDot).ToList();
        var dotsHalf = dots.Count(s => s.Marker.HalfWidth) * 2 >= dots.Count;

        // 2. Every style has one target, and the targets are all distinct, so levels stay apart.
        var lines = document.Lines.ToArray();
        foreach (var section in document.Sections)
        {
            var n = section.Marker.Number;
            var marker = section.Marker.Style switch
            {
                Style.ChineseComma => "第" + Chinese(n) + "部分\u3000",
                Style.ChineseParen => n + ".",
                Style.ArabicDot => dotsHalf ? "（" + n + "）" : n + "、",
                Style.ArabicParen => Circled(n),
                Style.ArabicComma => "(" + n + ")",
                _ => "（" + Chinese(n) + "）",
            };
            lines[section.Line] = section.Indent + marker + section.Rest.TrimStart(' ', '\u3000');
        }

        return document.Join(lines);
    }

    // ---- reordered -------------------------------------------------------------------------------------

    /// <summary>
    /// Reverses the answer sections: of the runs of at least three sibling sections of one style whose
    /// headings (and ancestors') are not about 组织领导, 基本情况 or 下一步, the run that covers most of the
    /// report (the deeper on a tie). Each section keeps its text and takes the marker of the slot it lands in.
    /// </summary>
    private static string? Reordered(Document document)
    {
        var run = AnswerRun(document);
        if (run is null)
        {
            return null;
        }

        var lines = document.Lines;
        var ends = run.Select(s => document.TrimBlankEnd(s.Line, s.End)).ToList();
        var output = new List<string>(lines.Length);
        output.AddRange(lines.Take(run[0].Line));
        // The last section stays last: where it ends is not marked (the report's closing paragraphs follow it
        // without a heading), so moving it would carry them into the middle. The others are reversed.
        for (var slot = 0; slot < run.Count; slot++)
        {
            var from = slot == run.Count - 1 ? slot : run.Count - 2 - slot;
            var moved = run[from];
            var movedEnd = ends[from];

            // The heading reads with the slot's marker so that the numbers run 1..n in the new order.
            output.Add(run[slot].Indent + run[slot].MarkerText + moved.Rest);
            output.AddRange(lines.Skip(moved.Line + 1).Take(movedEnd - moved.Line - 1));

            // The blank lines between slots stay where they were, so no section runs into the next.
            var gapEnd = slot + 1 < run.Count ? run[slot + 1].Line : lines.Length;
            output.AddRange(lines.Skip(ends[slot]).Take(gapEnd - ends[slot]));
        }

        return document.Join(output);
    }

    private static List<Section>? AnswerRun(Document document)
    {
        var parents = new List<Section?> { null };
        parents.AddRange(document.Sections.Where(s => !s.Excluded));
        List<Section>? best = null;
        var bestSize = 0;
        var bestLevel = -1;
        foreach (var parent in parents)
        {
            var children = parent?.Children ?? document.Sections.Where(s => s.Parent is null).ToList();
            var current = new List<Section>();
            void Close()
            {
                if (current.Count >= 3)
                {
                    var size = current.Sum(s => document.Size(s.Line, s.End));
                    var level = current[0].Level;
                    if (size > bestSize || (size == bestSize && level > bestLevel))
                    {
                        (best, bestSize, bestLevel) = ([.. current], size, level);
                    }
                }

                current.Clear();
            }

            foreach (var child in children)
            {
                if (child.Excluded || (current.Count > 0 && current[0].Marker.Style != child.Marker.Style))
                {
                    Close();
                }

                if (!child.Excluded)
                {
                    current.Add(child);
                }
            }

            Close();
        }

        return best;
    }

    // ---- plain-headings and label-headings -------------------------------------------------------------

    private static string? PlainHeadings(Document document)
    {
        var lines = document.Lines.ToArray();
        var changed = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (document.ProblemHeadingAt(i) is { Label: false } heading)
            {
                // 1．关于“X”的问题 → 1．X; an inline heading keeps its full stop and its body: （一）X。body.
                lines[i] = heading.Prefix + heading.Plain + heading.Terminator + heading.Rest;
                changed = true;
            }
        }

        return changed ? document.Join(lines) : null;
    }

    private static string? LabelHeadings(Document document)
    {
        var output = new List<string>(document.Lines.Length + 16);
        var changed = false;
        var prefixNext = false;
        var colon = "：";
        for (var i = 0; i < document.Lines.Length; i++)
        {
            var line = document.Lines[i];
            if (document.ProblemHeadingAt(i) is { Label: false } heading)
            {
                colon = IsMostlyHalfWidth(line) ? ":" : "：";
                output.Add(heading.Prefix + "问题" + colon + heading.Plain);
                changed = true;
                prefixNext = heading.Rest.Length == 0;
                if (!prefixNext)
                {
                    // An inline heading: its body goes to a line of its own, labelled.
                    output.Add("整改情况" + colon + heading.Rest.TrimStart());
                }

                continue;
            }

            if (prefixNext && !string.IsNullOrWhiteSpace(line))
            {
                prefixNext = false;

                // A body already labelled (整改措施：…) keeps its label; sub-sections are not a body.
                if (!LabelledBody().IsMatch(line) && ParseMarker(line) is null)
                {
                    var indent = line.Length - line.TrimStart(' ', '\t', '\u3000').Length;
                    line = line[..indent] + "整改情况" + colon + line[indent..];
                }
            }

            output.Add(line);
        }

        return changed ? document.Join(output) : null;
    }

    // ---- inline-items and item-lines -------------------------------------------------------------------

    /// <summary>Joins runs of item lines (一是…, or （1）/1./1、 items with no body of their own) into one paragraph 一是……；二是……。</summary>
    private static string? InlineItems(Document document)
    {
        var lines = document.Lines;
        var output = new List<string>(lines.Length);
        var changed = false;
        for (var i = 0; i < lines.Length;)
        {
            var run = ItemRun(document, i);
            if (run.Count < 2)
            {
                output.Add(lines[i]);
                i++;
                continue;
            }

            var half = run.Sum(k => IsMostlyHalfWidth(lines[k]) ? 1 : -1) > 0;
            var builder = new StringBuilder(Indent(lines[i]));
            for (var k = 0; k < run.Count; k++)
            {
                var text = ItemText(lines[run[k]]);
                builder.Append(Chinese(k + 1)).Append('是');
                if (k < run.Count - 1)
                {
                    builder.Append(text.TrimEnd('；', ';', '，', ',', '。', '.', ' ')).Append(half ? ';' : '；');
                }
                else if (text.Length > 0 && "。.）)".Contains(text[^1], StringComparison.Ordinal))
                {
                    // The last item may end with its owner in brackets or a sentence of its own: keep it.
                    builder.Append(text);
                }
                else
                {
                    builder.Append(text.TrimEnd('；', ';', '，', ',', ' ')).Append(half ? '.' : '。');
                }
            }

            output.Add(builder.ToString());
            changed = true;
            i = run[^1] + 1;
        }

        return changed ? document.Join(output) : null;
    }

    /// <summary>The item lines that run from line <paramref name="start"/>: consecutive, numbered 1, 2, … in one style.</summary>
    private static List<int> ItemRun(Document document, int start)
    {
        var lines = document.Lines;
        var run = new List<int>();
        var first = ItemMarkerOf(lines[start]);
        if (first is not { Number: 1 })
        {
            return run;
        }

        for (var i = start; i < lines.Length; i++)
        {
            var marker = ItemMarkerOf(lines[i]);
            if (marker is null || marker.Value.Kind != first.Value.Kind || marker.Value.Number != run.Count + 1 || document.ProblemHeadingAt(i) is not null)
            {
                break;
            }

            run.Add(i);
        }

        // A numbered line followed straight by a body line is a heading with a body, not an item (the
        // sign-off straight after the last item is no body).
        var next = run.Count > 0 ? run[^1] + 1 : lines.Length;
        if (first.Value.Kind != "是" && next < document.Tail && !string.IsNullOrWhiteSpace(lines[next]))
        {
            run.Clear();
        }

        return run;
    }

    private static (string Kind, int Number)? ItemMarkerOf(string line)
    {
        var shi = LeadingShi().Match(line);
        if (shi.Success)
        {
            return ("是", ParseChinese(shi.Groups["n"].Value));
        }

        return ParseMarker(line) is { } m && m.Style is Style.ArabicDot or Style.ArabicParen or Style.ArabicComma
            ? (m.Style.ToString() + m.HalfWidth, m.Number)
            : null;
    }

    private static string ItemText(string line)
    {
        var shi = LeadingShi().Match(line);
        if (shi.Success)
        {
            return line[(shi.Index + shi.Length)..].Trim();
        }

        var marker = ParseMarker(line)!.Value;
        return line[marker.End..].Trim();
    }

    /// <summary>Splits every paragraph listing 一是……二是…… into a line for the text before the list (if any) and a line per item.</summary>
    private static string? ItemLines(Document document)
    {
        var output = new List<string>(document.Lines.Length + 32);
        var changed = false;
        foreach (var line in document.Lines)
        {
            var starts = ItemStarts(line);
            if (starts.Count < 2)
            {
                output.Add(line);
                continue;
            }

            var indent = Indent(line);
            var preface = line[..starts[0]];
            if (!string.IsNullOrWhiteSpace(preface))
            {
                output.Add(preface);
            }

            for (var k = 0; k < starts.Count; k++)
            {
                // The text after the last item (its owner in brackets, a closing sentence) stays with it.
                var end = k + 1 < starts.Count ? starts[k + 1] : line.Length;
                output.Add(indent + line[starts[k]..end].TrimEnd());
            }

            changed = true;
        }

        return changed ? document.Join(output) : null;
    }

    /// <summary>Where 一是, 二是, … begin a list in the line, in order; lists of fewer than two items are not lists.</summary>
    private static List<int> ItemStarts(string line)
    {
        var starts = new List<int>();
        var list = new List<int>();
        foreach (Match match in InlineShi().Matches(line))
        {
            var number = ParseChinese(match.Groups["n"].Value);
            if (number == list.Count + 1)
            {
                list.Add(match.Index);
            }
            else if (number == 1)
            {
                // A second list in the same paragraph.
                if (list.Count >= 2)
                {
                    starts.AddRange(list);
                }

                list = [match.Index];
            }
        }

        if (list.Count >= 2)
        {
            starts.AddRange(list);
        }

        return starts;
    }

    // ---- hard-wrapped ----------------------------------------------------------------------------------

    private static string? HardWrapped(Document document)
    {
        var output = new List<string>(document.Lines.Length * 4);
        foreach (var line in document.Lines)
        {
            // Counted in characters (runes), never splitting a surrogate pair.
            var builder = new StringBuilder();
            var count = 0;
            foreach (var rune in line.EnumerateRunes())
            {
                if (count == WrapWidth)
                {
                    output.Add(builder.ToString());
                    builder.Clear();
                    count = 0;
                }

                builder.Append(rune.ToString());
                count++;
            }

            output.Add(builder.ToString());
        }

        return output.Count == document.Lines.Length ? null : document.Join(output);
    }

    // ---- ledger-rows -----------------------------------------------------------------------------------

    /// <summary>
    /// The report with its per-problem answer sections turned into a text ledger (序号, 问题, 整改措施, 责任领导,
    /// 整改时限, 完成情况, tab-separated), as units attach to or send instead of a prose report. The sections
    /// are those headed 关于…的问题 / 针对“…”问题 / 问题：…, else the numbered leaf sections with a body.
    /// 责任领导 (also 牵头领导, 责任人), 责任单位 (责任股室, 责任部门, 牵头部门 …), 整改时限 (完成时限, 时限) and 完成情况
    /// come from “责任领导：…” lines or brackets; other fields (配合单位) have no column and are dropped. Group headings between rows stay as
    /// lines of the table; the preamble and closing stay as they were. Left out when the report already
    /// holds a ledger.
    /// </summary>
    private static string? LedgerRows(Document document)
    {
        var lines = document.Lines;
        if (lines.Any(l => l.Count(c => c == '\t') >= 3 || l.Count(c => c is '｜' or '|') >= 3))
        {
            return null;
        }

        // 1. The answer sections.
        var headed = document.Sections.Where(s => !s.Excluded && document.ProblemHeadingAt(s.Line) is not null).ToList();
        var sections = headed.Where(s => !headed.Any(o => o != s && o.Line < s.Line && s.Line < o.End)).ToList();
        if (sections.Count == 0)
        {
            var leaves = document.Sections.Where(s => !s.Excluded && s.Children.Count == 0 && document.HasBody(s)).ToList();
            var style = leaves.GroupBy(s => s.Marker.Style).OrderByDescending(g => g.Count()).FirstOrDefault();
            sections = style?.ToList() ?? [];
        }

        if (sections.Count < 2)
        {
            return null;
        }

        // 2. The table's extent: from the first section (or the group heading just above it, when the
        // groups are headed inside the table too) to the end of the last.
        var start = sections[0].Line;
        var end = document.TrimBlankEnd(sections[^1].Line, sections[^1].End);

        // The last section runs to the report's end as the numbering sees it; its closing paragraphs
        // (4个问题已全部整改完成。整改情况已在网站公开。下一步，……) stay below the table.
        var closing = Enumerable.Range(sections[^1].Line + 2, Math.Max(0, end - sections[^1].Line - 2)).FirstOrDefault(i => ClosingLine().IsMatch(lines[i].Trim()), -1);
        if (closing > 0)
        {
            end = document.TrimBlankEnd(sections[^1].Line, closing);
        }
        var inside = Enumerable.Range(start, end - start).Where(i => !sections.Any(s => s.Line <= i && i < s.End)).ToList();
        var groupStyles = inside.Select(i => ParseMarker(lines[i])?.Style).Where(s => s is not null).ToHashSet();
        var above = start - 1;
        while (above >= 0 && string.IsNullOrWhiteSpace(lines[above]))
        {
            above--;
        }

        if (above >= 0 && groupStyles.Contains(ParseMarker(lines[above])?.Style))
        {
            start = above;
        }

        // 3. The rows.
        var output = new List<string>(lines.Length);
        output.AddRange(lines.Take(start));
        output.Add("序号\t问题\t整改措施\t责任领导\t责任单位\t整改时限\t完成情况");
        var number = 0;
        for (var i = start; i < end; i++)
        {
            var section = sections.Find(s => s.Line == i);
            if (section is null)
            {
                if (!string.IsNullOrWhiteSpace(lines[i]))
                {
                    output.Add(lines[i].Trim());
                }

                continue;
            }

            var sectionEnd = Math.Min(section.End, end);
            output.Add(++number + "\t" + Row(document, section, sectionEnd));
            i = sectionEnd - 1;
        }

        output.AddRange(lines.Skip(end));
        return document.Join(output);
    }

    /// <summary>
    /// A piece as a ledger row's 整改措施 cell holds it: its field brackets ((责任领导：…)) and a leading run of
    /// fields (责任领导：…；完成时限：6月底。) moved to their own columns, its 整改情况： label dropped.
    /// </summary>
    internal static string AsLedgerCell(string piece)
    {
        ArgumentNullException.ThrowIfNull(piece);
        var text = FieldBrackets().Replace(piece.Trim(), string.Empty);
        if (FieldKeyAt(text) is not null)
        {
            var stop = FieldsEnd(text);
            text = stop < 0 ? string.Empty : text[(stop + 1)..];
        }

        return LabelledBody().Replace(text, string.Empty).Trim();
    }

    /// <summary>
    /// Where a line that opens with fields ends them, when a measure follows on the same line (责任领导：…；完成时限：
    /// 6月底。重新调整……): the 。 after them; -1 when the fields run to the line's end, or the last one is a status
    /// (进展情况：正在推进。剩余……), whose 。 the status goes on after.
    /// </summary>
    private static int FieldsEnd(string line)
    {
        var stop = line.IndexOf('。');
        return stop >= 0 && FieldKeyAt(line[..stop].Split('；', ';')[^1].Trim()) is { Field: Field.Status } ? -1 : stop;
    }

    private static string Row(Document document, Section section, int end)
    {
        var fields = new Dictionary<Field, string>();
        var measures = new StringBuilder();
        void AddMeasure(string text)
        {
            text = FieldBrackets().Replace(text, m =>
            {
                ParseFields(m.Groups["f"].Value, fields);
                return string.Empty;
            });
            text = LabelledBody().Replace(text, string.Empty).Trim();
            if (text.Length == 0)
            {
                return;
            }

            measures.Append(text);
            if (!"。.；;！!？?）)”\"".Contains(text[^1], StringComparison.Ordinal))
            {
                measures.Append('；');
            }
        }

        string title;
        if (document.ProblemHeadingAt(section.Line) is { } heading)
        {
            title = heading.Plain;
            AddMeasure(heading.Rest);
        }
        else
        {
            // A numbered section with a body: its first sentence heads it.
            var rest = section.Rest.Trim();
            var stop = rest.IndexOfAny(['。', '.']);
            title = stop < 0 ? rest : rest[..stop];
            AddMeasure(stop < 0 ? string.Empty : rest[(stop + 1)..]);
        }

        for (var i = section.Line + 1; i < end; i++)
        {
            var line = document.Lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (FieldKeyAt(line) is not null)
            {
                var stop = FieldsEnd(line);
                ParseFields(stop < 0 ? line : line[..stop], fields);
                if (stop >= 0)
                {
                    AddMeasure(line[(stop + 1)..]);
                }
            }
            else
            {
                AddMeasure(line);
            }
        }

        static string Cell(string text) => text.Replace('\t', ' ').Trim().TrimEnd('。', '.');
        return string.Join('\t', Cell(title), Cell(measures.ToString()), Cell(fields.GetValueOrDefault(Field.Lead, string.Empty)), Cell(fields.GetValueOrDefault(Field.Unit, string.Empty)), Cell(fields.GetValueOrDefault(Field.Deadline, string.Empty)), Cell(fields.GetValueOrDefault(Field.Status, string.Empty)));
    }

    /// <summary>Reads “责任领导：…；完成时限：…；已完成” into the fields; unlabelled parts continue the field before them, or are the status.</summary>
    private static void ParseFields(string text, Dictionary<Field, string> fields)
    {
        Field? previous = null;
        foreach (var raw in text.Split('；', ';'))
        {
            var part = raw.Trim();
            if (part.Length == 0)
            {
                continue;
            }

            Field field;
            string value;
            if (FieldKeyAt(part) is { } key)
            {
                field = key.Field;
                value = part[(key.Key.Length + 1)..].Trim();
            }
            else
            {
                // 整改时限：剩余任务10月底前；管护办法7月底前 continues the deadline; 已完成 after a deadline is the status.
                field = previous is Field.Deadline or Field.Status && !StatusWord().IsMatch(part) ? previous.Value : Field.Status;
                value = part;
            }

            previous = field;
            value = value.TrimEnd('。', '.');

            // Two sub-items with the same deadline give one deadline, not the same date twice.
            if (field == Field.Other || value.Length == 0)
            {
                continue;
            }

            if (!fields.TryGetValue(field, out var existing))
            {
                fields[field] = value;
            }
            else if (!existing.Split('；').Contains(value, StringComparer.Ordinal))
            {
                fields[field] = existing + "；" + value;
            }
        }
    }

    private static (string Key, Field Field)? FieldKeyAt(string text)
    {
        foreach (var (key, field) in FieldKeys)
        {
            if (text.Length > key.Length && text.StartsWith(key, StringComparison.Ordinal) && text[key.Length] is '：' or ':')
            {
                return (key, field);
            }
        }

        return null;
    }

    // ---- shared ----------------------------------------------------------------------------------------

    private static Encoding LoadGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936);
    }

    private static bool IsMostlyHalfWidth(string line) =>
        line.Count(c => c is ',' or ':' or ';' or '(' or ')' or '"') > line.Count(c => c is '，' or '：' or '；' or '（' or '）' or '“' or '”');

    private static string Indent(string line) => line[..(line.Length - line.TrimStart(' ', '\t', '\u3000').Length)];

    private static int ParseChinese(string text)
    {
        if (text.Length == 0)
        {
            return -1;
        }

        var ten = text.IndexOf('十');
        if (ten < 0)
        {
            return text.Length == 1 ? ChineseDigits.IndexOf(text[0]) + 1 : -1;
        }

        var tens = ten == 0 ? 1 : ChineseDigits.IndexOf(text[0]) + 1;
        var ones = ten == text.Length - 1 ? 0 : ChineseDigits.IndexOf(text[ten + 1]) + 1;
        return ten > 1 || text.Length > ten + 2 || tens <= 0 || ones < 0 ? -1 : (tens * 10) + ones;
    }

    private static string Chinese(int n) => n switch
    {
        <= 0 => n.ToString(),
        < 10 => ChineseDigits[n - 1].ToString(),
        10 => "十",
        < 20 => "十" + ChineseDigits[n - 11],
        < 100 => ChineseDigits[(n / 10) - 1] + "十" + (n % 10 == 0 ? string.Empty : ChineseDigits[(n % 10) - 1].ToString()),
        _ => n.ToString(),
    };

    private static string Circled(int n) => n is >= 1 and <= 20 ? ((char)('①' + n - 1)).ToString() : "（" + n + "）";

    private static Marker? ParseMarker(string line)
    {
        var match = LineMarker().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var indent = match.Groups["ind"].Length;
        var length = match.Length - indent;
        var (style, number, half) =
            match.Groups["cc"].Success ? (Style.ChineseComma, ParseChinese(match.Groups["cc"].Value), false)
            : match.Groups["cp"].Success ? (Style.ChineseParen, ParseChinese(match.Groups["cp"].Value), match.Groups["po"].Value == "(")
            : match.Groups["ad"].Success ? (Style.ArabicDot, int.Parse(match.Groups["ad"].Value), match.Groups["dot"].Value == ".")
            : match.Groups["ap"].Success ? (Style.ArabicParen, int.Parse(match.Groups["ap"].Value), match.Groups["ao"].Value == "(")
            : match.Groups["an"].Success ? (Style.ArabicComma, int.Parse(match.Groups["an"].Value), false)
            : (Style.Circled, match.Groups["ci"].Value[0] - '①' + 1, false);
        return number <= 0 ? null : new Marker(style, number, indent, length, half);
    }

    [GeneratedRegex(@"^(?<ind>[ \t\u3000]*)(?:(?<cc>[一二三四五六七八九十]{1,3})、|(?<po>[（(])(?<cp>[一二三四五六七八九十]{1,3})[）)]|(?<ad>\d{1,2})(?<dot>[.．])(?!\d)|(?<ao>[（(])(?<ap>\d{1,2})[）)]|(?<an>\d{1,2})、|(?<ci>[①-⑳]))")]
    private static partial Regex LineMarker();

    // 关于“X”的问题, 关于X的问题 (X without a comma: a longer clause is a sentence, not a heading), 针对“X”(的)问题;
    // then an optional stop and, for an inline heading, its body.
    [GeneratedRegex("^(?:关于(?<q>[“\"])(?<x>.+?)[”\"]的问题|关于(?<x>[^，,。；;：:“”\"]+?(?:[“\"][^”\"]+[”\"][^，,。；;：:“”\"]*?)*)的问题|针对(?<q>[“\"])(?<x>.+?)[”\"]的?问题)(?<t>[。.：:]?)(?<rest>.*)$")]
    private static partial Regex ProblemHeadingPattern();

    [GeneratedRegex("^问题[：:](?<x>.+)$")]
    private static partial Regex LabelHeadingPattern();

    [GeneratedRegex("^[ \t\u3000]*(?:整改(?:措施|情况)|问题)[：:]")]
    private static partial Regex LabelledBody();

    [GeneratedRegex(@"^[ \t\u3000]*(?<n>[一二三四五六七八九十]{1,3})是")]
    private static partial Regex LeadingShi();

    // 一是 starts an item at the start of a line or after a stop, a comma or a closing bracket; 统一是 does not.
    [GeneratedRegex(@"(?<=^[ \t\u3000]*|[，,；;。.：:、）)])(?<n>[一二三四五六七八九十]{1,3})是")]
    private static partial Regex InlineShi();

    [GeneratedRegex("[（(](?<f>(?:责任领导|牵头领导|分管领导|责任人|整改时限|完成时限|完成时间|时限|完成情况|进展情况|责任股室|责任部门|责任科室|责任单位|牵头部门)[：:][^（）()]*)[）)]")]
    private static partial Regex FieldBrackets();

    /// <summary>A paragraph about the report as a whole, which closes it.</summary>
    [GeneratedRegex("^(下一步|下步|今后|[0-9一二三四五六七八九十两]+个(方面|具体)?[^。，]{0,6}问题|(反馈|巡察)[^。，]{0,8}问题[^。]{0,6}(已|均|全部)|整改(情况|进展)[^。]{0,20}(公开|公示|公布)|[^。，]{0,12}将(坚持|持续|继续|进一步|以)|巩固整改成果|特此报告|以上)")]
    private static partial Regex ClosingLine();

    [GeneratedRegex("^(?:已|正在|基本|持续|尚|未|部分|逐步|长期)")]
    private static partial Regex StatusWord();

    // Headings of sections that hold no answers: how the work was organised, the situation, what comes next.
    [GeneratedRegex("组织(?:领导|开展|实施|情况)|整改工作组织|下一步|基本情况|总体情况|工作打算")]
    private static partial Regex NotAnAnswer();

    // Paragraphs that close a report: what comes next, the disclosure, the sign-off, an attachment.
    [GeneratedRegex("^[ \t\u3000]*(?:下一步|特此报告|欢迎|按照有关规定|根据有关规定|本报告|附件|联系电话|如有意见|以上报告)")]
    private static partial Regex Closing();

    [GeneratedRegex(@"^[ \t\u3000]*\d{4}年\d{1,2}月\d{1,2}日[ \t\u3000]*$")]
    private static partial Regex DateLine();

    private readonly record struct Marker(Style Style, int Number, int Indent, int Length, bool HalfWidth)
    {
        public int End => Indent + Length;
    }

    /// <summary>A problem heading: Prefix (indent and marker), its problem text X, the stop after it and any inline body.</summary>
    private sealed record ProblemHeading(string Prefix, string Plain, string Terminator, string Rest, bool Label);

    /// <summary>A numbered section: its heading line, and the lines up to the next heading of its level or above.</summary>
    private sealed class Section(int line, Marker marker, int level, Section? parent, string text)
    {
        public int Line { get; } = line;

        public Marker Marker { get; } = marker;

        public int Level { get; } = level;

        public Section? Parent { get; } = parent;

        public List<Section> Children { get; } = [];

        public int End { get; set; }

        public string Indent => text[..Marker.Indent];

        public string MarkerText => text[Marker.Indent..Marker.End];

        /// <summary>The heading line after its marker.</summary>
        public string Rest => text[Marker.End..];

        /// <summary>Whether this section or one above it is about organisation, the situation or the next steps.</summary>
        public bool Excluded => NotAnAnswer().IsMatch(HeadingSentence) || (Parent?.Excluded ?? false);

        private string HeadingSentence
        {
            get
            {
                var stop = Rest.IndexOfAny(['。', '：', ':']);
                return stop < 0 ? Rest : Rest[..stop];
            }
        }
    }

    /// <summary>The report as lines, with its numbered outline and where its closing begins.</summary>
    private sealed class Document
    {
        private readonly string newline;
        private readonly Dictionary<int, ProblemHeading?> headings = [];

        public Document(string text)
        {
            newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
            Lines = [.. text.Split('\n').Select(l => l.TrimEnd('\r'))];
            Tail = FindTail();
            Sections = BuildOutline();
        }

        public string[] Lines { get; }

        /// <summary>Where the closing (next steps in prose, disclosure, sign-off) begins; no section runs into it.</summary>
        public int Tail { get; }

        /// <summary>Every numbered section before the closing, in document order.</summary>
        public List<Section> Sections { get; }

        public string Join(IEnumerable<string> lines) => string.Join(newline, lines);

        public int Size(int start, int end) => Lines.Skip(start).Take(end - start).Sum(l => l.Length);

        /// <summary>The end of the lines start..end without the blank lines at its end.</summary>
        public int TrimBlankEnd(int start, int end)
        {
            while (end > start + 1 && string.IsNullOrWhiteSpace(Lines[end - 1]))
            {
                end--;
            }

            return end;
        }

        public bool HasBody(Section section) =>
            Lines.Skip(section.Line + 1).Take(section.End - section.Line - 1).Any(l => !string.IsNullOrWhiteSpace(l));

        /// <summary>The problem heading on line <paramref name="i"/>, if it is one (after a marker, or a whole line).</summary>
        public ProblemHeading? ProblemHeadingAt(int i)
        {
            if (headings.TryGetValue(i, out var known))
            {
                return known;
            }

            var line = Lines[i];
            var marker = ParseMarker(line);
            var prefixLength = marker?.End ?? Indent(line).Length;
            var body = line[prefixLength..].TrimStart(' ', '\u3000');
            prefixLength = line.Length - body.Length;
            ProblemHeading? heading = null;
            var match = ProblemHeadingPattern().Match(body);
            if (match.Success)
            {
                var x = match.Groups["x"].Value;
                var stop = match.Groups["t"].Value;
                var rest = match.Groups["rest"].Value;

                // Without a stop, text after the heading means a sentence (针对…的问题，集团…), not a heading;
                // without a marker, only a whole line is a heading.
                if ((rest.Length == 0 || stop.Length > 0) && (marker is not null || rest.Length == 0))
                {
                    // Quotes around the whole problem go; quotes inside it become the outer kind.
                    var plain = match.Groups["q"].Value == "“" ? x.Replace('‘', '“').Replace('’', '”') : x;
                    heading = new ProblemHeading(line[..prefixLength], plain, stop, rest, Label: false);
                }
            }
            else if (marker is not null && LabelHeadingPattern().Match(body) is { Success: true } label)
            {
                heading = new ProblemHeading(line[..prefixLength], label.Groups["x"].Value.TrimEnd('。', '.'), string.Empty, string.Empty, Label: true);
            }

            headings[i] = heading;
            return heading;
        }

        private int FindTail()
        {
            // Closing paragraphs are looked for only after the last numbered line: a body line that starts
            // 下一步 inside an answer section does not close the report.
            var last = Array.FindLastIndex(Lines, l => ParseMarker(l) is not null);
            for (var i = last + 1; i > 0 && i < Lines.Length; i++)
            {
                if (Closing().IsMatch(Lines[i]))
                {
                    return i;
                }
            }

            // Else the sign-off: the unit's name over the date at the end.
            var end = Array.FindLastIndex(Lines, l => !string.IsNullOrWhiteSpace(l));
            if (end > 0 && DateLine().IsMatch(Lines[end]))
            {
                var name = end - 1;
                while (name > 0 && string.IsNullOrWhiteSpace(Lines[name]))
                {
                    name--;
                }

                return Lines[name].Length <= 40 && Lines[name].IndexOfAny(['，', '。', '；', '：', ',', ';', ':']) < 0 ? name : end;
            }

            return Lines.Length;
        }

        private List<Section> BuildOutline()
        {
            // A style seen for the first time opens a level below the current one; a style seen before
            // closes the levels below its own (the usual 一、（一）1．（1） nesting, whatever the order).
            var sections = new List<Section>();
            var styles = new List<Style>();
            var open = new List<Section>();
            for (var i = 0; i < Tail; i++)
            {
                if (ParseMarker(Lines[i]) is not { } marker)
                {
                    continue;
                }

                var level = styles.IndexOf(marker.Style);
                if (level < 0)
                {
                    level = styles.Count;
                    styles.Add(marker.Style);
                }
                else
                {
                    styles.RemoveRange(level + 1, styles.Count - level - 1);
                }

                if (open.Count > level)
                {
                    open.RemoveRange(level, open.Count - level);
                }

                var parent = open.Count > 0 ? open[^1] : null;
                var section = new Section(i, marker, open.Count, parent, Lines[i]);
                parent?.Children.Add(section);
                open.Add(section);
                sections.Add(section);
            }

            for (var k = 0; k < sections.Count; k++)
            {
                var next = sections.Skip(k + 1).FirstOrDefault(s => s.Level <= sections[k].Level);
                sections[k].End = next?.Line ?? Tail;
            }

            return sections;
        }
    }
}
