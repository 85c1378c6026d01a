using System.Text.RegularExpressions;

namespace RectifyNlp.Analysis.Gaps;

/// <summary>The report says nothing of making the rectification public.</summary>
internal sealed class NoDisclosureRule : IGapRule
{
    public string Name => "整改公开";

    public IEnumerable<Gap> Find(AnalysisContext context)
    {
        var text = context.Report.Text.Text;
        var blocks = context.Layout.Blocks;
        foreach (var match in context.Cues.Disclosure.Matches(text).Cast<Match>())
        {
            // A disclosure inside a problem's part counts only when it is about the rectification itself.
            if (!blocks.Any(b => b.Span.Contains(match.Index)) || match.Value.Contains("整改", StringComparison.Ordinal))
            {
                yield break;
            }
        }

        yield return GapEvidence.Absent(GapKinds.NoDisclosure, Severity.Low, "报告未提及整改情况公开（公示、通报或接受监督），也未提及开展警示教育。");
    }
}
