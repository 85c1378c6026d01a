using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RectifyNlp.Application.Contract;

/// <summary>
/// Writes and reads the JSON contract (<see cref="AnalysisDto"/>) through a source-generated serializer: indented by
/// two spaces, member names in camelCase, nulls written, Chinese written as itself (not \u escapes), numbers as
/// <see cref="Utf8JsonWriter"/> writes them. The CLI, the batch store and the service all write with it and read
/// stored results back with it.
/// </summary>
public static class ContractJson
{
    /// <summary>The options every contract file is written with (the serializer context's, with the relaxed encoder).</summary>
    public static JsonSerializerOptions Options { get; } = new(ContractJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly ContractJsonContext Context = new(Options);

    /// <summary>The analysis as <c>analyze --json</c> prints it (without a final newline).</summary>
    public static string Write(AnalysisDto analysis) => JsonSerializer.Serialize(analysis, Context.AnalysisDto);

    /// <summary>The analysis as UTF-8 bytes (the service's result.json).</summary>
    public static byte[] WriteUtf8(AnalysisDto analysis) => JsonSerializer.SerializeToUtf8Bytes(analysis, Context.AnalysisDto);

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    /// <exception cref="JsonException">It is not an analysis.</exception>
    public static AnalysisDto Read(string json) => JsonSerializer.Deserialize(json, Context.AnalysisDto) ?? throw new JsonException("an analysis was expected, not null");

    /// <summary>Reads what <see cref="WriteUtf8"/> wrote.</summary>
    /// <exception cref="JsonException">It is not an analysis.</exception>
    public static AnalysisDto Read(ReadOnlySpan<byte> utf8) => JsonSerializer.Deserialize(utf8, Context.AnalysisDto) ?? throw new JsonException("an analysis was expected, not null");
}

/// <summary>The source-generated serializer of the contract's records.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(AnalysisDto))]
internal sealed partial class ContractJsonContext : JsonSerializerContext;
