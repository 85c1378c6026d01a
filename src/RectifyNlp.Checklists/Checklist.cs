using System.Collections.Immutable;
using RectifyNlp.Analysis;

namespace RectifyNlp.Checklists;

/// <summary>A measure as the checklist shows it.</summary>
/// <param name="Id">M1 ….</param>
/// <param name="Text">What the report says.</param>
/// <param name="Leader">责任领导, if the item names one.</param>
/// <param name="Department">责任单位/部门/科室, if the item names one.</param>
/// <param name="Deadline">The time limit, if any.</param>
/// <param name="Status">The status in Chinese (已完成, 推进中, 计划, 未写明).</param>
public sealed record ChecklistMeasure(string Id, string Text, string? Leader, string? Department, string? Deadline, string Status);

/// <summary>What to check for one problem.</summary>
/// <param name="Issue">The problem.</param>
/// <param name="CategoryName">Its category in Chinese.</param>
/// <param name="Verify">Points to verify.</param>
/// <param name="Evidence">Evidence to request.</param>
/// <param name="Measures">The measures the report claims for it (empty without a report).</param>
/// <param name="Gaps">The gaps the analysis found on it, as messages.</param>
/// <param name="Questions">Follow-up questions.</param>
public sealed record ProblemCheck(
    Issue Issue,
    string CategoryName,
    ImmutableArray<string> Verify,
    ImmutableArray<string> Evidence,
    ImmutableArray<ChecklistMeasure> Measures,
    ImmutableArray<string> Gaps,
    ImmutableArray<string> Questions);

/// <summary>An item about the rectification as a whole.</summary>
/// <param name="Text">What must be so.</param>
/// <param name="Evidence">What to ask for.</param>
/// <param name="Finding">What the report shows: 报告已体现, 报告未体现 …, or 待核查 without a report.</param>
public sealed record DocumentCheck(string Text, string Evidence, string Finding);

/// <summary>A review checklist: per problem, then for the rectification as a whole.</summary>
/// <param name="Title">The checklist's title.</param>
/// <param name="FeedbackTitle">The feedback it follows.</param>
/// <param name="ReportTitle">The report it checks, or null for a pre-review list.</param>
/// <param name="Problems">One entry per problem.</param>
/// <param name="Document">The items about the rectification as a whole.</param>
/// <param name="Notes">How it was made (the analysis's notes).</param>
public sealed record Checklist(
    string Title,
    string FeedbackTitle,
    string? ReportTitle,
    ImmutableArray<ProblemCheck> Problems,
    ImmutableArray<DocumentCheck> Document,
    ImmutableArray<string> Notes)
{
    /// <summary>被巡察单位 as the documents name it (区卫生健康局), or null.</summary>
    public string? Unit { get; init; }
}
