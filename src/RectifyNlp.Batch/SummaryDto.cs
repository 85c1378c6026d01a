using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RectifyNlp.Batch;

/// <summary>
/// summary.json as records, in the order written: the rounds and units (with the units' names), what the run did,
/// each pair's figures, the failures, and the aggregates (keyed by the names people read, the ids beside them for
/// scripts). Written and read through <see cref="SummaryJson"/>.
/// </summary>
/// <param name="SchemaVersion">1.</param>
/// <param name="Rounds">The rounds in time order.</param>
/// <param name="Units">The units' folders.</param>
/// <param name="UnitNames">Each unit's name as its documents give it, by folder (the folder when they give none).</param>
/// <param name="Run">What the run did.</param>
/// <param name="Pairs">Each report's figures.</param>
/// <param name="Failures">What could not be analysed.</param>
/// <param name="Aggregates">The figures across rounds and units.</param>
public sealed record SummaryDto(
    int SchemaVersion,
    IReadOnlyList<string> Rounds,
    IReadOnlyList<string> Units,
    IReadOnlyDictionary<string, string> UnitNames,
    RunDto Run,
    IReadOnlyList<PairDto> Pairs,
    IReadOnlyList<BatchFailure> Failures,
    AggregatesDto Aggregates)
{
    /// <summary>The record of a run and its aggregates.</summary>
    public static SummaryDto From(BatchSummary summary, BatchRun run)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(run);
        return new SummaryDto(
            1,
            summary.Rounds,
            summary.Units,
            summary.Units.ToDictionary(u => u, summary.NameOf, StringComparer.Ordinal),
            new RunDto(run.Analysed, run.Reused, Math.Round(run.Elapsed.TotalSeconds, 2)),
            [.. summary.Pairs.Select(p => new PairDto(p.Round, p.Unit, summary.NameOf(p.Unit), p.Issues, p.Answered, Math.Round(p.Coverage, 3), p.Measures, p.Gaps, p.HighGaps, p.GapsByKind))],
            summary.Failures,
            new AggregatesDto(
                [.. summary.Issues.GroupBy(i => i.CategoryId).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new CategoryDto(g.Key, g.First().Category))],
                summary.CategoriesByRound,
                summary.CategoriesByUnit,
                summary.Recurrences,
                [.. summary.UnitFigures.Select(u => new UnitFiguresDto(u.Unit, summary.NameOf(u.Unit), u.Pairs, u.Issues, u.Answered, Math.Round(u.Coverage, 3), u.Gaps, u.HighGaps, Math.Round(u.GapsPerIssue, 3)))],
                [.. summary.Slogans.Select(s => new SloganDto(s.Phrase, s.Count))],
                summary.SharedMeasures));
    }
}

/// <summary>How many pairs were analysed now and reused from the store, and how long the run took.</summary>
public sealed record RunDto(int Analysed, int Reused, double Seconds);

/// <summary>One report's figures (coverage rounded to three places).</summary>
public sealed record PairDto(string Round, string Unit, string UnitName, int Issues, int Answered, double Coverage, int Measures, int Gaps, int HighGaps, IReadOnlyDictionary<string, int> GapsByKind);

/// <summary>A category's id and its Chinese name.</summary>
public sealed record CategoryDto(string Id, string Name);

/// <summary>A unit's figures over its rounds (rates rounded to three places).</summary>
public sealed record UnitFiguresDto(string Unit, string UnitName, int Pairs, int Issues, int Answered, double Coverage, int Gaps, int HighGaps, double GapsPerIssue);

/// <summary>A slogan phrase and how many measures use it.</summary>
public sealed record SloganDto(string Phrase, int Count);

/// <summary>The figures across rounds and units: problems by category (by round, by unit), recurrences, units, slogans, shared measures.</summary>
public sealed record AggregatesDto(
    IReadOnlyList<CategoryDto> Categories,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> CategoriesByRound,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> CategoriesByUnit,
    IReadOnlyList<Recurrence> Recurrences,
    IReadOnlyList<UnitFiguresDto> UnitFigures,
    IReadOnlyList<SloganDto> Slogans,
    IReadOnlyList<SharedMeasure> SharedMeasures);

/// <summary>Writes and reads summary.json through a source-generated serializer (indented, camelCase, Chinese as itself).</summary>
public static class SummaryJson
{
    private static readonly SummaryJsonContext Context = new(new JsonSerializerOptions(SummaryJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>summary.json's bytes.</summary>
    public static byte[] Write(SummaryDto summary) => JsonSerializer.SerializeToUtf8Bytes(summary, Context.SummaryDto);

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    /// <exception cref="JsonException">It is not a batch summary.</exception>
    public static SummaryDto Read(ReadOnlySpan<byte> utf8) => JsonSerializer.Deserialize(utf8, Context.SummaryDto) ?? throw new JsonException("a batch summary was expected, not null");
}

/// <summary>The source-generated serializer of summary.json.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(SummaryDto))]
internal sealed partial class SummaryJsonContext : JsonSerializerContext;
