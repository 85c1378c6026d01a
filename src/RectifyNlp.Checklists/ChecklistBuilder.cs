using System.Collections.Immutable;
using System.Text.RegularExpressions;
using RectifyNlp.Analysis;
using RectifyNlp.Analysis.Output;
using RectifyNlp.Core;
using RectifyNlp.Core.Structure;

namespace RectifyNlp.Checklists;

/// <summary>
/// Builds the review checklist from the feedback's problems and, when there is a report, its analysis: per
/// problem the points to verify and the evidence to request (by category, and by the measures claimed), the
/// measures with their owner and status, the gaps found and follow-up questions; then the items about the
/// rectification as a whole, with what the report shows of each.
/// </summary>
public sealed class ChecklistBuilder(ChecklistTemplates templates, Func<string, string> categoryName)
{
    private readonly ChecklistTemplates _templates = templates ?? throw new ArgumentNullException(nameof(templates));
    private readonly Func<string, string> _categoryName = categoryName ?? throw new ArgumentNullException(nameof(categoryName));

    /// <summary>A category's name as people read it, from its id (the taxonomy's).</summary>
    public Func<string, string> CategoryName => _categoryName;

    /// <summary>A pre-review checklist from the feedback alone.</summary>
    public Checklist Build(ParsedDocument feedback, ImmutableArray<Issue> issues)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        var problems = issues.Select(issue => Problem(issue, [], [], withReport: false)).ToImmutableArray();
        var document = _templates.DocumentItems.Select(d => new DocumentCheck(d.Text, d.Evidence, "待核查")).ToImmutableArray();
        return new Checklist("巡察反馈问题整改预审清单", Title(feedback), null, problems, document, []) { Unit = UnitNameFinder.Find(feedback, null) };
    }

    /// <summary>A review checklist of a report against its feedback.</summary>
    public Checklist Build(ParsedDocument? feedback, ParsedDocument report, AnalysisResult analysis)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(analysis);
        var problems = analysis.Issues
            .Select(issue => Problem(
                issue,
                [.. analysis.Measures.Where(m => !m.DocumentLevel && m.IssueIds.Contains(issue.Id))],
                [.. analysis.Gaps.Where(g => g.IssueId == issue.Id)],
                withReport: true))
            .ToImmutableArray();
        var text = report.Text.Text;
        var document = _templates.DocumentItems.Select(d =>
        {
            var gap = d.Gap is null ? null : analysis.Gaps.FirstOrDefault(g => g.Kind == d.Gap);
            var finding = d.Pattern is not null
                ? (d.Pattern.IsMatch(text) ? "报告已体现" : "报告未体现")
                : gap is null ? "报告已体现" : $"报告未体现：{gap.Message}";
            return new DocumentCheck(d.Text, d.Evidence, finding);
        }).ToImmutableArray();
        return new Checklist("巡察整改情况核查清单", feedback is null ? "" : Title(feedback), Title(report), problems, document, analysis.Notes) { Unit = UnitNameFinder.Find(feedback, report) };
    }

    private ProblemCheck Problem(Issue issue, ImmutableArray<Measure> measures, ImmutableArray<Gap> gaps, bool withReport)
    {
        var category = _templates.Categories.GetValueOrDefault(issue.Category) ?? _templates.Categories.GetValueOrDefault("general") ?? new CategoryTemplate([], []);
        var verify = _templates.VerifyCommon.Concat(category.Verify).Distinct().ToImmutableArray();
        var evidence = category.Evidence
            .Concat(_templates.MeasureEvidence.Where(e => measures.Any(m => e.Pattern.IsMatch(m.Text))).Select(e => e.Evidence))
            .Distinct()
            .ToImmutableArray();
        var questions = new List<string>();
        if (!withReport)
        {
            questions.AddRange(_templates.NoReportQuestions);
        }
        else
        {
            questions.AddRange(gaps.Select(g => _templates.GapQuestions.GetValueOrDefault(g.Kind)).OfType<string>());
            if (measures.Length > 0 && !measures.Any(m => m.Status == MeasureStatus.Done))
            {
                var open = measures.FirstOrDefault(m => m.Status is MeasureStatus.InProgress or MeasureStatus.Planned)?.Status ?? MeasureStatus.Unknown;
                if (_templates.StatusQuestions.GetValueOrDefault(AnalysisJson.StatusName(open)) is { } question)
                {
                    questions.Add(question);
                }
            }
        }

        return new ProblemCheck(
            issue,
            _categoryName(issue.Category),
            verify,
            evidence,
            [.. measures.Select(ToChecklist)],
            [.. gaps.Select(g => g.Message)],
            [.. questions.Distinct()]);
    }

    private ChecklistMeasure ToChecklist(Measure measure)
    {
        var leader = templates.Leader.Match(measure.Text);
        var department = templates.Department.Match(measure.Text);
        return new ChecklistMeasure(
            measure.Id,
            measure.Text,
            leader.Success ? leader.Groups["who"].Value.Trim() : null,
            department.Success ? department.Groups["who"].Value.Trim() : null,
            measure.Deadline,
            MeasureStatusNames.Chinese(measure.Status));
    }

    private static string Title(ParsedDocument document) => document.Structure.Title.Length > 0 ? document.Structure.Title : document.Raw.SourceName;
}
