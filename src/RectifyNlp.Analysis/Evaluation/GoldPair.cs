using System.Collections.Immutable;
using System.Text.Json;

namespace RectifyNlp.Analysis.Evaluation;

/// <summary>A gold problem of a corpus pair.</summary>
public sealed record GoldProblem(string Id, string Category, string Text);

/// <summary>A gold measure: its text and the problems it answers.</summary>
public sealed record GoldMeasure(string Role, ImmutableArray<string> Problems, string Text, string? Note);

/// <summary>A gap a correct analysis must (or may) report; <see cref="Issue"/> null for the report as a whole.</summary>
public sealed record GoldGap(string Kind, string? Issue, string Why = "");

/// <summary>A feedback/report pair of corpus/pairs with its gold.json (corpus/README.md).</summary>
public sealed record GoldPair(
    string Pair,
    string Unit,
    string Round,
    string Folder,
    string FeedbackPath,
    string ReportPath,
    DateOnly FeedbackDate,
    DateOnly ReportDate,
    string Quality,
    ImmutableArray<GoldProblem> Problems,
    ImmutableArray<GoldMeasure> Measures,
    ImmutableArray<GoldGap> MustReport,
    ImmutableArray<string> MustNotReport)
{
    /// <summary>Gaps tolerated (neither required nor wrong), each with the reason; under strict scoring every other reported gap is false.</summary>
    public ImmutableArray<GoldGap> MayReport { get; init; } = [];

    /// <summary>Every pair under <paramref name="pairsDirectory"/> (corpus/pairs), in path order.</summary>
    public static IReadOnlyList<GoldPair> LoadAll(string pairsDirectory)
    {
        ArgumentNullException.ThrowIfNull(pairsDirectory);
        return
        [
            .. Directory.EnumerateFiles(pairsDirectory, "gold.json", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Where(p => !GoldChecks.IsChecksFormat(p) && !GoldDocument.IsDocumentSet(Path.GetDirectoryName(p)!))
                .Select(Load),
        ];
    }

    /// <summary>Reads one gold.json and finds the feedback and report beside it.</summary>
    public static GoldPair Load(string goldPath)
    {
        ArgumentNullException.ThrowIfNull(goldPath);
        var folder = Path.GetDirectoryName(Path.GetFullPath(goldPath))!;
        using var json = JsonDocument.Parse(File.ReadAllBytes(goldPath));
        var root = json.RootElement;
        string S(JsonElement e, string name) => e.GetProperty(name).GetString() ?? "";
        ImmutableArray<string> Strings(JsonElement e) => [.. e.EnumerateArray().Select(x => x.GetString() ?? "")];
        var pair = new GoldPair(
            S(root, "pair"),
            S(root, "unit"),
            S(root, "round"),
            folder,
            Find(folder, "feedback"),
            Find(folder, "report"),
            DateOnly.Parse(S(root, "feedbackDate"), System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(S(root, "reportDate"), System.Globalization.CultureInfo.InvariantCulture),
            S(root, "quality"),
            [.. root.GetProperty("problems").EnumerateArray().Select(p => new GoldProblem(S(p, "id"), S(p, "category"), S(p, "text")))],
            [.. root.GetProperty("measures").EnumerateArray().Select(m => new GoldMeasure(S(m, "role"), Strings(m.GetProperty("problems")), S(m, "text"), m.TryGetProperty("note", out var n) ? n.GetString() : null))],
            [.. root.GetProperty("mustReport").EnumerateArray().Select(g => new GoldGap(S(g, "kind"), g.TryGetProperty("issue", out var i) ? i.GetString() : null))],
            Strings(root.GetProperty("mustNotReport")));
        return root.TryGetProperty("mayReport", out var may)
            ? pair with { MayReport = [.. may.EnumerateArray().Select(g => new GoldGap(S(g, "kind"), g.TryGetProperty("issue", out var i) ? i.GetString() : null, g.TryGetProperty("why", out var w) ? w.GetString() ?? "" : ""))] }
            : pair;
    }

    private static string Find(string folder, string name) =>
        Directory.EnumerateFiles(folder, name + ".*").Order(StringComparer.Ordinal).FirstOrDefault()
        ?? throw new FileNotFoundException($"{folder} has no {name}.* file");
}
