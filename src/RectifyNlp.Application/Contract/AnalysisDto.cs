using System.Globalization;
using System.Text.Json.Serialization;
using RectifyNlp.Analysis;
using RectifyNlp.Analysis.Output;
using RectifyNlp.Core;
using RectifyNlp.Core.Structure;

namespace RectifyNlp.Application.Contract;

/// <summary>
/// <c>analyze --json</c> as records (CONTRACT.md's shape, schemaVersion 1; issues, measures, gaps with their fields),
/// plus the fields added since: the inspected unit's name as the documents give it (<c>unit</c>, 区卫生健康局); each
/// measure's role, figures, match scores and reasons, whether it is document-level; each gap's evidence offsets and
/// the document they index; coverage, dates and notes; the model's review (<c>assist</c>) when one was made.
/// Offsets index the normalised text of the document named by <c>source</c>/<c>evidenceIn</c> (the <c>text</c> of
/// <c>parse --json</c>). The member order is the order written: scripts and the approval tests see it.
/// </summary>
/// <param name="SchemaVersion">Always <see cref="Version"/>.</param>
/// <param name="Feedback">The feedback read, or null.</param>
/// <param name="Report">The report read.</param>
/// <param name="Unit">The inspected unit's name as the documents give it, or null.</param>
/// <param name="Issues">The problems raised.</param>
/// <param name="Measures">The measures reported.</param>
/// <param name="Gaps">What an inspector should look at.</param>
/// <param name="Coverage">The counts.</param>
/// <param name="Dates">The dates the analysis relied on.</param>
/// <param name="Notes">How the analysis went.</param>
public sealed record AnalysisDto(
    int SchemaVersion,
    DocumentDto? Feedback,
    DocumentDto? Report,
    string? Unit,
    IReadOnlyList<IssueDto> Issues,
    IReadOnlyList<MeasureDto> Measures,
    IReadOnlyList<GapDto> Gaps,
    CoverageDto Coverage,
    DatesDto Dates,
    IReadOnlyList<string> Notes)
{
    /// <summary>The schema version written.</summary>
    public const int Version = 1;

    /// <summary>The model's review, beside the offline result (never changing it); absent, not null, without one.</summary>
    [JsonPropertyOrder(1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AssistReport? Assist { get; init; }

    /// <summary>The contract's record of an analysis.</summary>
    /// <param name="result">The analysis.</param>
    /// <param name="feedback">The feedback, if one was given.</param>
    /// <param name="report">The report.</param>
    /// <param name="categoryName">Names a category id (the taxonomy's Chinese name).</param>
    public static AnalysisDto From(AnalysisResult result, ParsedDocument? feedback, ParsedDocument report, Func<string, string> categoryName)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(categoryName);
        return new AnalysisDto(
            Version,
            DocumentDto.From(feedback),
            DocumentDto.From(report),
            UnitNameFinder.Find(feedback, report),
            [.. result.Issues.Select(i => new IssueDto(i.Id, i.Text, i.Category, categoryName(i.Category), i.Area, AnalysisJson.SourceName(i.Source), i.Span.Start, i.Span.End))],
            [.. result.Measures.Select(MeasureDto.From)],
            [.. result.Gaps.Select(GapDto.From)],
            new CoverageDto(result.Issues.Length, result.AnsweredCount, result.Measures.Count(m => !m.DocumentLevel), result.Measures.Count(m => m.DocumentLevel)),
            new DatesDto(DateDto.From(result.FeedbackDate), DateDto.From(result.ReportDate)),
            result.Notes);
    }
}

/// <summary>A document read: its file name, kind (the contract's name) and title.</summary>
public sealed record DocumentDto(string File, string Kind, string Title)
{
    /// <summary>The record of <paramref name="document"/>, or null.</summary>
    public static DocumentDto? From(ParsedDocument? document) =>
        document is null ? null : new DocumentDto(document.Raw.SourceName, document.Structure.Kind.Kind.ToContractName(), document.Structure.Title);
}

/// <summary>A problem raised: <c>category</c> is the taxonomy's id, <c>categoryName</c> its Chinese name.</summary>
public sealed record IssueDto(string Id, string Text, string Category, string CategoryName, string Area, string Source, int Start, int End);

/// <summary>A measure: its problems (<c>issueIds</c>, and <c>matches</c> with scores and reasons), owner, time limit, status.</summary>
public sealed record MeasureDto(
    string Id,
    string Text,
    IReadOnlyList<string> IssueIds,
    string? Owner,
    string? Deadline,
    string Status,
    string StatusName,
    int Start,
    int End,
    string Role,
    bool DocumentLevel,
    IReadOnlyList<string> Figures,
    IReadOnlyList<MatchDto> Matches)
{
    /// <summary>The record of <paramref name="measure"/>.</summary>
    public static MeasureDto From(Measure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return new MeasureDto(
            measure.Id,
            measure.Text,
            [.. measure.IssueIds],
            measure.Owner,
            measure.Deadline,
            AnalysisJson.StatusName(measure.Status),
            MeasureStatusNames.Chinese(measure.Status),
            measure.Span.Start,
            measure.Span.End,
            measure.Role,
            measure.DocumentLevel,
            measure.Figures,
            [.. measure.Links.Select(l => new MatchDto(l.IssueId, l.Score, l.Reason))]);
    }
}

/// <summary>How a measure came to answer a problem.</summary>
public sealed record MatchDto(string IssueId, double Score, string Reason);

/// <summary>A gap; <c>evidenceIn</c>, <c>start</c> and <c>end</c> are null when it quotes nothing (an absence).</summary>
public sealed record GapDto(string Kind, string KindName, string? IssueId, string? MeasureId, string Severity, string Message, string Evidence, string? EvidenceIn, int? Start, int? End)
{
    /// <summary>The record of <paramref name="gap"/>.</summary>
    public static GapDto From(Gap gap)
    {
        ArgumentNullException.ThrowIfNull(gap);
        var quoted = !gap.EvidenceSpan.IsEmpty;
        return new GapDto(
            gap.Kind,
            GapKinds.Chinese(gap.Kind),
            gap.IssueId,
            gap.MeasureId,
            AnalysisJson.SeverityName(gap.Severity),
            gap.Message,
            gap.Evidence,
            quoted ? AnalysisJson.SourceName(gap.EvidenceIn) : null,
            quoted ? gap.EvidenceSpan.Start : null,
            quoted ? gap.EvidenceSpan.End : null);
    }
}

/// <summary>The counts: problems, problems answered, measures answering a problem, measures about the report as a whole.</summary>
public sealed record CoverageDto(int Issues, int Answered, int Measures, int DocumentLevelMeasures);

/// <summary>When the feedback was given and the report signed, each null when the documents do not say.</summary>
public sealed record DatesDto(DateDto? Feedback, DateDto? Report);

/// <summary>A date (yyyy-MM-dd) and the text it was read from.</summary>
public sealed record DateDto(string Date, string Evidence, string Source, int Start, int End)
{
    /// <summary>The record of <paramref name="date"/>, or null.</summary>
    public static DateDto? From(DatedEvidence? date) =>
        date is null ? null : new DateDto(date.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), date.Evidence, AnalysisJson.SourceName(date.Source), date.Span.Start, date.Span.End);
}
