using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace RectifyNlp.Checklists;

/// <summary>What to verify and what to ask for, for one category.</summary>
public sealed record CategoryTemplate(ImmutableArray<string> Verify, ImmutableArray<string> Evidence);

/// <summary>Evidence that a kind of measure calls for.</summary>
public sealed record MeasureEvidence(Regex Pattern, string Evidence);

/// <summary>An item about the rectification as a whole; met when the report shows <see cref="Pattern"/>, or has no <see cref="Gap"/> of that kind.</summary>
public sealed record DocumentItemTemplate(string Id, string Text, string Evidence, string? Gap, Regex? Pattern);

/// <summary>
/// The wording of models/checklist/templates.json (data a user can edit); <see cref="Leader"/> and
/// <see cref="Department"/> find the responsible leader and department of a measure for the ledger's two
/// columns (group <c>who</c>), where the analysis keeps one owner.
/// </summary>
public sealed record ChecklistTemplates(
    string Version,
    ImmutableArray<string> VerifyCommon,
    ImmutableDictionary<string, CategoryTemplate> Categories,
    ImmutableArray<MeasureEvidence> MeasureEvidence,
    ImmutableDictionary<string, string> GapQuestions,
    ImmutableDictionary<string, string> StatusQuestions,
    ImmutableArray<string> NoReportQuestions,
    ImmutableArray<DocumentItemTemplate> DocumentItems,
    Regex Leader,
    Regex Department)
{
    /// <summary>Reads a templates file.</summary>
    /// <exception cref="InvalidDataException">The file is not valid, or a pattern does not compile.</exception>
    public static ChecklistTemplates Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = json.RootElement;
            static ImmutableArray<string> Strings(JsonElement e) => [.. e.EnumerateArray().Select(x => x.GetString() ?? "")];
            static Regex Pattern(string p) => new(p, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            static Regex Who(string p) => Pattern(p) is var regex && regex.GetGroupNames().Contains("who") ? regex : throw new ArgumentException($"ledger pattern without a (?<who>…) group: {p}");
            return new ChecklistTemplates(
                root.GetProperty("version").GetString() ?? "",
                Strings(root.GetProperty("verifyCommon")),
                root.GetProperty("categories").EnumerateObject().ToImmutableDictionary(p => p.Name, p => new CategoryTemplate(Strings(p.Value.GetProperty("verify")), Strings(p.Value.GetProperty("evidence"))), StringComparer.Ordinal),
                [.. root.GetProperty("measureEvidence").EnumerateArray().Select(m => new MeasureEvidence(Pattern(m.GetProperty("pattern").GetString()!), m.GetProperty("evidence").GetString()!))],
                root.GetProperty("gapQuestions").EnumerateObject().ToImmutableDictionary(p => p.Name, p => p.Value.GetString() ?? "", StringComparer.Ordinal),
                root.GetProperty("statusQuestions").EnumerateObject().ToImmutableDictionary(p => p.Name, p => p.Value.GetString() ?? "", StringComparer.Ordinal),
                Strings(root.GetProperty("noReportQuestions")),
                [
                    .. root.GetProperty("documentItems").EnumerateArray().Select(d => new DocumentItemTemplate(
                        d.GetProperty("id").GetString()!,
                        d.GetProperty("text").GetString()!,
                        d.GetProperty("evidence").GetString()!,
                        d.TryGetProperty("gap", out var gap) ? gap.GetString() : null,
                        d.TryGetProperty("pattern", out var pattern) ? Pattern(pattern.GetString()!) : null)),
                ],
                Who(root.GetProperty("ledger").GetProperty("leader").GetString()!),
                Who(root.GetProperty("ledger").GetProperty("department").GetString()!));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }
}
