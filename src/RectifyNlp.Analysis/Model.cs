using System.Collections.Immutable;
using RectifyNlp.Core.Documents;

namespace RectifyNlp.Analysis;

/// <summary>Which of the two documents a span points into.</summary>
public enum DocumentRole
{
    /// <summary>The feedback (speech or opinion).</summary>
    Feedback,

    /// <summary>The rectification report.</summary>
    Report,
}

/// <summary>A measure's status as the report states it.</summary>
public enum MeasureStatus
{
    /// <summary>No status stated.</summary>
    Unknown,

    /// <summary>Stated as done (已完成, 已全部清退 …).</summary>
    Done,

    /// <summary>Under way (正在推进, 阶段性完成, 长期坚持 …).</summary>
    InProgress,

    /// <summary>Only planned (将, 计划, 今后 …).</summary>
    Planned,
}

/// <summary>How much a gap matters to an inspector.</summary>
public enum Severity
{
    /// <summary>Worth a note.</summary>
    Low,

    /// <summary>Ask the unit about it.</summary>
    Medium,

    /// <summary>The report does not answer the feedback here.</summary>
    High,
}

/// <summary>A problem raised by the feedback, or restated by the report when no feedback is given.</summary>
/// <param name="Id">I1, I2 … in document order.</param>
/// <param name="Text">The problem statement, without its numbering.</param>
/// <param name="Category">An id of models/taxonomy/categories.json.</param>
/// <param name="Area">The heading of the part that groups it (（一）贯彻落实…方面), or empty.</param>
/// <param name="Source">Which document it was read from.</param>
/// <param name="Span">Where it stands in that document's normalised text.</param>
public sealed record Issue(string Id, string Text, string Category, string Area, DocumentRole Source, TextSpan Span);

/// <summary>How a measure came to answer an issue.</summary>
/// <param name="IssueId">The issue.</param>
/// <param name="Score">0–1; 1 for a match by the document's structure with a clear heading.</param>
/// <param name="Reason">Why, in Chinese, for the inspector.</param>
public sealed record MatchLink(string IssueId, double Score, string Reason);

/// <summary>An action the report says was taken or planned, or a result it states.</summary>
/// <param name="Id">M1, M2 … in document order.</param>
/// <param name="Text">The measure as written.</param>
/// <param name="Role">The passage role (measure, result, accountability, mechanism, organisation, commitment, problem …).</param>
/// <param name="Links">The issues it answers, best first; empty for a document-level measure.</param>
/// <param name="Owner">The responsible leader or department stated for this item, or null.</param>
/// <param name="Deadline">The time limit stated for this item, or null.</param>
/// <param name="Status">Its status.</param>
/// <param name="Figures">The figures it gives (3.6万元, 12个 …).</param>
/// <param name="DocumentLevel">Whether it belongs to the report as a whole (leading group, lists, disclosure) rather than to a problem.</param>
/// <param name="Span">Where it stands in the report's normalised text.</param>
public sealed record Measure(
    string Id,
    string Text,
    string Role,
    ImmutableArray<MatchLink> Links,
    string? Owner,
    string? Deadline,
    MeasureStatus Status,
    ImmutableArray<string> Figures,
    bool DocumentLevel,
    TextSpan Span)
{
    /// <summary>The ids of the issues it answers.</summary>
    public IEnumerable<string> IssueIds => Links.Select(l => l.IssueId);
}

/// <summary>Something an inspector should look at, with the text that shows it.</summary>
/// <param name="Kind">A gap kind of CONTRACT.md (<see cref="GapKinds"/>).</param>
/// <param name="IssueId">The issue it concerns, or null for the report as a whole.</param>
/// <param name="MeasureId">The measure it concerns, or null.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Message">What is wrong, in Chinese.</param>
/// <param name="Evidence">The quoted text that shows it; empty when the gap is an absence.</param>
/// <param name="EvidenceIn">Which document the evidence is quoted from.</param>
/// <param name="EvidenceSpan">Where the evidence stands; empty when there is none.</param>
public sealed record Gap(
    string Kind,
    string? IssueId,
    string? MeasureId,
    Severity Severity,
    string Message,
    string Evidence,
    DocumentRole EvidenceIn,
    TextSpan EvidenceSpan);

/// <summary>Measure statuses in Chinese, as the ledger, the checklist and the terminal write them.</summary>
public static class MeasureStatusNames
{
    /// <summary>已完成, 推进中, 计划, or 未写明 when the report states none.</summary>
    public static string Chinese(MeasureStatus status) => status switch
    {
        MeasureStatus.Done => "已完成",
        MeasureStatus.InProgress => "推进中",
        MeasureStatus.Planned => "计划",
        _ => "未写明",
    };
}

/// <summary>Severities as a person reads them (高, 中, 低); the JSON keeps its ids (high, medium, low) for scripts.</summary>
public static class SeverityNames
{
    /// <summary>高, 中 or 低.</summary>
    public static string Chinese(Severity severity) => severity switch
    {
        Severity.High => "高",
        Severity.Medium => "中",
        _ => "低",
    };

    /// <summary>高, 中 or 低 for the JSON's id (high, medium, low); an unknown id is returned as it is.</summary>
    public static string Chinese(string id) => id switch
    {
        "high" => "高",
        "medium" => "中",
        "low" => "低",
        _ => id,
    };
}

/// <summary>The gap kinds of CONTRACT.md.</summary>
public static class GapKinds
{
#pragma warning disable CS1591 // the names say it
    public const string UnansweredIssue = "unanswered-issue";
    public const string VagueMeasure = "vague-measure";
    public const string CopiedMeasure = "copied-measure";
    public const string RepeatedMeasure = "repeated-measure";
    public const string NoOwner = "no-owner";
    public const string NoDeadline = "no-deadline";
    public const string NoAccountability = "no-accountability";
    public const string NoMechanism = "no-mechanism";
    public const string WeakLeadership = "weak-leadership";
    public const string InconsistentClaim = "inconsistent-claim";
    public const string LateReport = "late-report";
    public const string MissingReport = "missing-report";
    public const string NoDisclosure = "no-disclosure";
#pragma warning restore CS1591

    /// <summary>Every kind, in the order the terminal summary lists them within a severity.</summary>
    public static readonly ImmutableArray<string> All =
    [
        UnansweredIssue, CopiedMeasure, VagueMeasure, RepeatedMeasure, NoAccountability, InconsistentClaim, MissingReport,
        LateReport, WeakLeadership, NoMechanism, NoOwner, NoDeadline, NoDisclosure,
    ];

    /// <summary>The kind's name in Chinese.</summary>
    public static string Chinese(string kind) => kind switch
    {
        UnansweredIssue => "问题未见整改措施",
        VagueMeasure => "措施空泛（口号式）",
        CopiedMeasure => "照抄反馈意见或他人措施",
        RepeatedMeasure => "同一措施套用于不相关问题",
        NoOwner => "未明确责任领导或责任部门",
        NoDeadline => "未明确整改时限",
        NoAccountability => "点名问题未见问责",
        NoMechanism => "未建立长效机制",
        WeakLeadership => "主体责任体现不足",
        InconsistentClaim => "报告数据或表述前后不一致",
        LateReport => "报告超过三个月时限",
        MissingReport => "报告缺失",
        NoDisclosure => "未公开整改情况",
        _ => kind,
    };
}

/// <summary>A date the analysis relied on and the text it was read from.</summary>
/// <param name="Date">The date.</param>
/// <param name="Evidence">The sentence it was read from.</param>
/// <param name="Source">The document.</param>
/// <param name="Span">Where.</param>
public sealed record DatedEvidence(DateOnly Date, string Evidence, DocumentRole Source, TextSpan Span);

/// <summary>The analysis of one report against its feedback.</summary>
/// <param name="Issues">The problems raised.</param>
/// <param name="Measures">The measures the report gives.</param>
/// <param name="Gaps">What an inspector should look at.</param>
/// <param name="FeedbackDate">When the feedback was given, if the documents say.</param>
/// <param name="ReportDate">When the report was signed, if it says.</param>
/// <param name="Notes">How the analysis went, for the reader (where problems came from, what was not checked).</param>
public sealed record AnalysisResult(
    ImmutableArray<Issue> Issues,
    ImmutableArray<Measure> Measures,
    ImmutableArray<Gap> Gaps,
    DatedEvidence? FeedbackDate,
    DatedEvidence? ReportDate,
    ImmutableArray<string> Notes)
{
    /// <summary>The issues answered by at least one measure.</summary>
    public int AnsweredCount => Issues.Count(i => Measures.Any(m => m.IssueIds.Contains(i.Id)));
}
