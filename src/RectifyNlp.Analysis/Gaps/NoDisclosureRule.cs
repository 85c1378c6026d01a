using System.Text.RegularExpressions;

namespace RectifyNlp.Analysis.Gaps;

/// <summary>The report says nothing of making the rectification public.</summary>
internal sealed partial class NoDisclosureRule : IGapRule
{
    public string Name => "整改公开";

    public IEnumerable<Gap> Find(AnalysisContext context)
    {
        var text = context.Report.Text.Text;
        SpanLookup? blocks = null;
        SpanLookup? answers = null;
        // A name in quotes (“双随机、一公开”监管) makes nothing public: quoted words are read as blanks, in place.
        var scanned = QuotedNameRegex().Replace(text, m => new string('　', m.Length));
        foreach (var match in context.Cues.Disclosure.Matches(scanned).Cast<Match>())
        {
            // A disclosure inside a problem's part counts only when its sentence is about the rectification or the
            // report itself (本报告内容已在公开栏公示): 评议结果在公开栏公示, 公布举报电话 are measures of that problem.
            // So does one inside a measure that answers a problem wherever it stands (a numbered item of a report with no
            // parts: ……追缴租金5.8万元，租金收缴情况在村务公开栏公示).
            // The parts looked up by position, not scanned for every match (issue 20).
            blocks ??= new SpanLookup([.. context.Layout.Blocks.Select(b => b.Span)]);
            answers ??= new SpanLookup([.. context.Measures.Where(m => !m.Measure.Links.IsEmpty && !m.Measure.Span.IsEmpty).Select(m => m.Measure.Span)]);
            if ((!blocks.AnyContains(match.Index) && !answers.AnyContains(match.Index)) || AboutTheReport(text, match))
            {
                yield break;
            }
        }

        yield return GapEvidence.Absent(GapKinds.NoDisclosure, Severity.Low, "报告未提及整改情况公开（公示、通报或接受监督），也未提及开展警示教育。");
    }

    private static bool AboutTheReport(string text, Match match)
    {
        var start = text.LastIndexOfAny(['。', '；', ';', '\n'], Math.Max(0, match.Index - 1)) + 1;
        var end = text.IndexOfAny(['。', '；', ';', '\n'], match.Index + match.Length);
        var sentence = text[start..(end < 0 ? text.Length : end)];
        return AboutReport().IsMatch(sentence);
    }

    // 整改 alone is not enough: a measure's own field (整改措施：……组织观看警示教育片) says nothing of making the rectification public.
    [GeneratedRegex("整改(情况|进展|落实情况|成效|工作|结果|方案|清单)(?![：:】\\]])|整改报告|本报告|报告内容|本通报|反馈(意见|问题|的问题)")]
    private static partial Regex AboutReport();

    [GeneratedRegex("“[^”\n]{1,16}”")]
    private static partial Regex QuotedNameRegex();
}
