using RectifyNlp.Core.Documents;

namespace RectifyNlp.Analysis.Gaps;

/// <summary>Helpers shared by the rules.</summary>
internal static class GapEvidence
{
    public static Gap OnIssue(string kind, Issue issue, Severity severity, string message) =>
        new(kind, issue.Id, null, severity, message, issue.Text, issue.Source, issue.Span);

    public static Gap OnMeasure(string kind, Issue? issue, Measure measure, Severity severity, string message) =>
        new(kind, issue?.Id, measure.Id, severity, message, measure.Text, DocumentRole.Report, measure.Span);

    public static Gap Absent(string kind, Severity severity, string message) =>
        new(kind, null, null, severity, message, "", DocumentRole.Report, default);

    public static string Short(string text, int length = 24) => text.Length <= length ? text : text[..length] + "……";

    /// <summary>Whether the measures of an issue are all hollow (slogans, or only 正在研究/持续推进).</summary>
    public static bool AllHollow(IEnumerable<MeasureWork> measures) => measures.All(m => m.Facts.IsSlogan || m.Facts.IsNonMeasure || IsCopy(m));

    /// <summary>Whether the measure only restates a problem (its role says so and it names no concrete act).</summary>
    public static bool IsCopy(MeasureWork measure) => measure.Measure.Role == "problem" && !measure.Facts.IsConcrete;
}
