using RectifyNlp.Analysis;
using RectifyNlp.Analysis.Output;
using RectifyNlp.Application.Contract;
using RectifyNlp.Checklists;
using RectifyNlp.Core;

namespace RectifyNlp.Application;

/// <summary>
/// 分析报告: one analysis with everything its outputs are made of — the result, the two documents read, the
/// categories' Chinese names, the model's review when one was made — and those outputs: the contract record and its
/// JSON, the side-by-side HTML page, the review checklist. Each output is made when first asked for and kept (most
/// hosts want one of them; the service renders its downloads on request).
/// </summary>
public sealed class AnalysisReport
{
    private readonly Lazy<AnalysisDto> _contract;
    private readonly Lazy<Checklist> _checklist;

    /// <summary>An analysis and what names and checks it.</summary>
    public AnalysisReport(AnalysisResult result, ParsedDocument? feedback, ParsedDocument report, Func<string, string> categoryName, ChecklistBuilder checklists, AssistReport? assist)
    {
        Result = result ?? throw new ArgumentNullException(nameof(result));
        Report = report ?? throw new ArgumentNullException(nameof(report));
        ArgumentNullException.ThrowIfNull(checklists);
        Feedback = feedback;
        CategoryName = categoryName ?? throw new ArgumentNullException(nameof(categoryName));
        Assist = assist;
        _contract = new(() => AnalysisDto.From(Result, Feedback, Report, CategoryName) with { Assist = Assist });
        _checklist = new(() => WithModelQuestions(checklists.Build(Feedback, Report, Result), Assist));
    }

    /// <summary>The analysis.</summary>
    public AnalysisResult Result { get; }

    /// <summary>The feedback read, or null.</summary>
    public ParsedDocument? Feedback { get; }

    /// <summary>The report read.</summary>
    public ParsedDocument Report { get; }

    /// <summary>Names a category id in Chinese (the taxonomy's name).</summary>
    public Func<string, string> CategoryName { get; }

    /// <summary>The model's review, or null when no model was asked.</summary>
    public AssistReport? Assist { get; }

    /// <summary>The analysis as the JSON contract's record (with the review, when there is one).</summary>
    public AnalysisDto Contract => _contract.Value;

    /// <summary><c>analyze --json</c>: the contract's JSON.</summary>
    public string Json() => ContractJson.Write(Contract);

    /// <summary>The contract's JSON without the model's review: the offline result alone, the same on every run.</summary>
    public string OfflineJson() => ContractJson.Write(Contract with { Assist = null });

    /// <summary>The side-by-side HTML page (both texts, problems, measures and gaps marked, the problem × measure matrix).</summary>
    public string Html() => HtmlReport.Write(Result, Feedback, Report, CategoryName);

    /// <summary>The review checklist: per problem and for the rectification as a whole; the model's follow-up questions join each problem's, marked as generated.</summary>
    public Checklist Checklist => _checklist.Value;

    private static Checklist WithModelQuestions(Checklist checklist, AssistReport? assist) => assist is null
        ? checklist
        : checklist with
        {
            Problems = [.. checklist.Problems.Select(p => p with { Questions = p.Questions.AddRange(assist.Explanations.Where(e => e.IssueId == p.Issue.Id && e.Question.Length > 0).Select(e => "【模型生成】" + e.Question)) })],
            Notes = checklist.Notes.AddRange(assist.Notices),
        };
}
