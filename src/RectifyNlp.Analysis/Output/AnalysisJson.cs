namespace RectifyNlp.Analysis.Output;

/// <summary>
/// The names <c>analyze --json</c> gives the analysis's values (statuses, severities, documents), for every writer
/// of the contract: the records and their serializer are RectifyNlp.Application's <c>Contract/</c>, where
/// <c>AnalysisDto</c> describes each field.
/// </summary>
public static class AnalysisJson
{
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
}
