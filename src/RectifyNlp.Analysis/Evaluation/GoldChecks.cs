using System.Collections.Immutable;
using System.Text.Json;

namespace RectifyNlp.Analysis.Evaluation;

/// <summary>A gap named by gold: its kind and the problem's number (1-based), or null for the report as a whole or anywhere.</summary>
/// <param name="Kind">The gap kind.</param>
/// <param name="Issue">The problem's number in order of appearance, or null.</param>
/// <param name="Why">Why gold names it (for reading).</param>
public sealed record GoldFlag(string Kind, int? Issue, string Why);

/// <summary>A measure → problem link: an exact piece of a measure's text and the problem it answers.</summary>
public sealed record GoldLink(string Measure, int Issue);

/// <summary>
/// A pair's gold as checks, in the format of the development pairs written by another hand
/// (../shared/dev-pairs/README.md): how many problems, which are answered, the gaps that must be reported,
/// those that must not, those that may be (<c>may_report</c>, each with a reason), and measure → problem links.
/// Problems are numbered 1.. in order of appearance; an analysis's problems are numbered by their start offset,
/// so a wrong problem count shifts every number after it, as it does for an inspector reading the list.
/// </summary>
/// <param name="Pair">The pair's name (its folder).</param>
/// <param name="FeedbackPath">The feedback, or null for a report-only pair.</param>
/// <param name="ReportPath">The report.</param>
/// <param name="Issues">How many problems.</param>
/// <param name="Answered">Whether each problem (by number) is answered by some measure.</param>
/// <param name="MustFlag">Gaps a careful inspector raises.</param>
/// <param name="MustNotFlag">Gaps that would be wrong (null issue: anywhere).</param>
/// <param name="MayReport">Gaps tolerated: neither required nor wrong. Every other reported gap is a false one.</param>
/// <param name="Links">Measure → problem links.</param>
public sealed record GoldChecks(
    string Pair,
    string? FeedbackPath,
    string ReportPath,
    int Issues,
    ImmutableSortedDictionary<int, bool> Answered,
    ImmutableArray<GoldFlag> MustFlag,
    ImmutableArray<GoldFlag> MustNotFlag,
    ImmutableArray<GoldFlag> MayReport,
    ImmutableArray<GoldLink> Links)
{
    /// <summary>Every pair under <paramref name="folder"/> whose gold.json is in this format, in path order.</summary>
    public static IReadOnlyList<GoldChecks> LoadAll(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return
        [
            .. Directory.EnumerateFiles(folder, "gold.json", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Where(IsChecksFormat)
                .Select(Load),
        ];
    }

    /// <summary>Whether a gold.json is in this format (it has <c>must_flag</c>) rather than corpus/pairs' own.</summary>
    public static bool IsChecksFormat(string goldPath)
    {
        ArgumentNullException.ThrowIfNull(goldPath);
        using var json = JsonDocument.Parse(File.ReadAllBytes(goldPath));
        return json.RootElement.TryGetProperty("must_flag", out _);
    }

    /// <summary>Reads one gold.json and finds feedback.* and report.* beside it.</summary>
    public static GoldChecks Load(string goldPath)
    {
        ArgumentNullException.ThrowIfNull(goldPath);
        var folder = Path.GetDirectoryName(Path.GetFullPath(goldPath))!;
        using var json = JsonDocument.Parse(File.ReadAllBytes(goldPath));
        var root = json.RootElement;
        var feedback = Find(folder, "feedback");
        var report = Find(folder, "report") ?? throw new FileNotFoundException($"{folder} 中没有 report.* 文件");
        if (root.TryGetProperty("mode", out var mode) && mode.GetString() == "report-only")
        {
            feedback = null;
        }

        return new GoldChecks(
            Path.GetFileName(folder),
            feedback,
            report,
            root.GetProperty("issues").GetInt32(),
            root.GetProperty("answered").EnumerateObject().ToImmutableSortedDictionary(p => int.Parse(p.Name, System.Globalization.CultureInfo.InvariantCulture), p => p.Value.GetBoolean()),
            Flags(root, "must_flag"),
            Flags(root, "must_not_flag"),
            Flags(root, "may_report"),
            root.TryGetProperty("links", out var links)
                ? [.. links.EnumerateArray().Select(l => new GoldLink(l.GetProperty("measure").GetString() ?? "", l.GetProperty("issue").GetInt32()))]
                : []);
    }

    /// <summary>
    /// A corpus pair (corpus/pairs format) as checks: problems in gold order; a problem is answered when a gold
    /// measure answers it; its required gaps must be flagged; a kind it forbids must not appear anywhere; every
    /// gold measure's text links to its problems (where the text stands in the report as written).
    /// </summary>
    public static GoldChecks FromCorpus(GoldPair pair, string reportText)
    {
        ArgumentNullException.ThrowIfNull(pair);
        ArgumentNullException.ThrowIfNull(reportText);
        var numbers = pair.Problems.Select((p, i) => (p.Id, Number: i + 1)).ToDictionary(p => p.Id, p => p.Number, StringComparer.Ordinal);
        int? Number(string? id) => id is not null && numbers.TryGetValue(id, out var n) ? n : null;
        var answered = numbers.Values.ToImmutableSortedDictionary(n => n, n => pair.Measures.Any(m => m.Problems.Any(p => Number(p) == n)));
        var links = pair.Measures
            .Where(m => m.Text.Length > 0 && reportText.Contains(m.Text, StringComparison.Ordinal))
            .SelectMany(m => m.Problems.Select(Number).OfType<int>().Select(n => new GoldLink(m.Text, n)));
        return new GoldChecks(
            pair.Pair,
            pair.FeedbackPath,
            pair.ReportPath,
            pair.Problems.Length,
            answered,
            [.. pair.MustReport.Select(g => new GoldFlag(g.Kind, Number(g.Issue), ""))],
            [.. pair.MustNotReport.Select(k => new GoldFlag(k, null, ""))],
            [.. pair.MayReport.Select(g => new GoldFlag(g.Kind, Number(g.Issue), g.Why))],
            [.. links]);
    }

    private static ImmutableArray<GoldFlag> Flags(JsonElement root, string name) =>
        root.TryGetProperty(name, out var flags)
            ? [.. flags.EnumerateArray().Select(f => new GoldFlag(
                f.GetProperty("kind").GetString() ?? "",
                f.TryGetProperty("issue", out var i) && i.ValueKind == JsonValueKind.Number ? i.GetInt32() : null,
                f.TryGetProperty("why", out var w) ? w.GetString() ?? "" : ""))]
            : [];

    private static string? Find(string folder, string name) =>
        Directory.EnumerateFiles(folder, name + ".*").Where(p => !p.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal).FirstOrDefault();
}
