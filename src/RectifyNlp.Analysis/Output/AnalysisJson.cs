using System.Text.Encodings.Web;
using System.Text.Json;
using RectifyNlp.Core;
using RectifyNlp.Core.Structure;

namespace RectifyNlp.Analysis.Output;

/// <summary>
/// <c>analyze --json</c>: CONTRACT.md's shape (schemaVersion 1; issues, measures, gaps with their fields),
/// plus fields added since: the inspected unit's name as the documents give it (<c>unit</c>, 区卫生健康局); each measure's role, figures, match scores and reasons, whether it is
/// document-level; each gap's evidence offsets and the document they index; coverage, dates and notes.
/// Offsets index the normalised text of the document named by <c>source</c>/<c>evidenceIn</c>
/// (the <c>text</c> of <c>parse --json</c>).
/// </summary>
public static class AnalysisJson
{
    /// <summary>The schema version this writer produces.</summary>
    public const int SchemaVersion = 1;

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The contract's status names.</summary>
    public static string StatusName(MeasureStatus status) => status switch
    {
        MeasureStatus.Done => "done",
        MeasureStatus.InProgress => "in-progress",
        MeasureStatus.Planned => "planned",
        _ => "unknown",
    };

    /// <summary>The severity names.</summary>
    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.High => "high",
        Severity.Medium => "medium",
        _ => "low",
    };

    /// <summary>The document role names.</summary>
    public static string SourceName(DocumentRole role) => role == DocumentRole.Feedback ? "feedback" : "report";

    /// <summary>Writes the analysis as indented JSON.</summary>
    /// <param name="result">The analysis.</param>
    /// <param name="feedback">The feedback, if one was given.</param>
    /// <param name="report">The report.</param>
    /// <param name="categoryName">Names a category id (from the taxonomy), or returns it.</param>
    public static string Write(AnalysisResult result, ParsedDocument? feedback, ParsedDocument report, Func<string, string>? categoryName = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(report);
        categoryName ??= id => id;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", SchemaVersion);
            json.WritePropertyName("feedback");
            WriteDocument(json, feedback);
            json.WritePropertyName("report");
            WriteDocument(json, report);
            WriteNullable(json, "unit", UnitNameFinder.Find(feedback, report));

            json.WriteStartArray("issues");
            foreach (var issue in result.Issues)
            {
                json.WriteStartObject();
                json.WriteString("id", issue.Id);
                json.WriteString("text", issue.Text);
                json.WriteString("category", issue.Category);
                json.WriteString("categoryName", categoryName(issue.Category));
                json.WriteString("area", issue.Area);
                json.WriteString("source", SourceName(issue.Source));
                json.WriteNumber("start", issue.Span.Start);
                json.WriteNumber("end", issue.Span.End);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("measures");
            foreach (var measure in result.Measures)
            {
                json.WriteStartObject();
                json.WriteString("id", measure.Id);
                json.WriteString("text", measure.Text);
                WriteStrings(json, "issueIds", measure.IssueIds);
                WriteNullable(json, "owner", measure.Owner);
                WriteNullable(json, "deadline", measure.Deadline);
                json.WriteString("status", StatusName(measure.Status));
                json.WriteString("statusName", MeasureStatusNames.Chinese(measure.Status));
                json.WriteNumber("start", measure.Span.Start);
                json.WriteNumber("end", measure.Span.End);
                json.WriteString("role", measure.Role);
                json.WriteBoolean("documentLevel", measure.DocumentLevel);
                WriteStrings(json, "figures", measure.Figures);
                json.WriteStartArray("matches");
                foreach (var link in measure.Links)
                {
                    json.WriteStartObject();
                    json.WriteString("issueId", link.IssueId);
                    json.WriteNumber("score", link.Score);
                    json.WriteString("reason", link.Reason);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("gaps");
            foreach (var gap in result.Gaps)
            {
                json.WriteStartObject();
                json.WriteString("kind", gap.Kind);
                json.WriteString("kindName", GapKinds.Chinese(gap.Kind));
                WriteNullable(json, "issueId", gap.IssueId);
                WriteNullable(json, "measureId", gap.MeasureId);
                json.WriteString("severity", SeverityName(gap.Severity));
                json.WriteString("message", gap.Message);
                json.WriteString("evidence", gap.Evidence);
                if (gap.EvidenceSpan.IsEmpty)
                {
                    json.WriteNull("evidenceIn");
                    json.WriteNull("start");
                    json.WriteNull("end");
                }
                else
                {
                    json.WriteString("evidenceIn", SourceName(gap.EvidenceIn));
                    json.WriteNumber("start", gap.EvidenceSpan.Start);
                    json.WriteNumber("end", gap.EvidenceSpan.End);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("coverage");
            json.WriteNumber("issues", result.Issues.Length);
            json.WriteNumber("answered", result.AnsweredCount);
            json.WriteNumber("measures", result.Measures.Count(m => !m.DocumentLevel));
            json.WriteNumber("documentLevelMeasures", result.Measures.Count(m => m.DocumentLevel));
            json.WriteEndObject();
            json.WriteStartObject("dates");
            WriteDate(json, "feedback", result.FeedbackDate);
            WriteDate(json, "report", result.ReportDate);
            json.WriteEndObject();
            WriteStrings(json, "notes", result.Notes);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteDocument(Utf8JsonWriter json, ParsedDocument? document)
    {
        if (document is null)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        json.WriteString("file", document.Raw.SourceName);
        json.WriteString("kind", document.Structure.Kind.Kind.ToContractName());
        json.WriteString("title", document.Structure.Title);
        json.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter json, string name, DatedEvidence? date)
    {
        if (date is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("date", date.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("evidence", date.Evidence);
        json.WriteString("source", SourceName(date.Source));
        json.WriteNumber("start", date.Span.Start);
        json.WriteNumber("end", date.Span.End);
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
