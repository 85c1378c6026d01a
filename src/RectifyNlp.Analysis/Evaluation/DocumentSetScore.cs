using System.Collections.Immutable;
using System.Text.Json;
using RectifyNlp.Core;
using RectifyNlp.Core.Structure;

namespace RectifyNlp.Analysis.Evaluation;

/// <summary>A document of a set in published forms with what it is (corpus/published/gold.json).</summary>
/// <param name="Path">The file.</param>
/// <param name="Kind">Its kind as the contract names it (feedback-opinion, rectification-report …).</param>
/// <param name="Problems">How many problems it raises (feedback) or restates (reports).</param>
/// <param name="ProblemTexts">An exact piece of each problem, in order.</param>
public sealed record GoldDocument(string Path, string Kind, int Problems, ImmutableArray<string> ProblemTexts)
{
    /// <summary>Whether <paramref name="folder"/> holds a document set (gold.json keyed by file name).</summary>
    public static bool IsDocumentSet(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var gold = System.IO.Path.Combine(folder, "gold.json");
        if (!File.Exists(gold))
        {
            return false;
        }

        using var json = JsonDocument.Parse(File.ReadAllBytes(gold));
        return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.EnumerateObject().All(p => p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("kind", out _));
    }

    /// <summary>The documents of a set, in file-name order.</summary>
    public static IReadOnlyList<GoldDocument> LoadSet(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        using var json = JsonDocument.Parse(File.ReadAllBytes(System.IO.Path.Combine(folder, "gold.json")));
        return
        [
            .. json.RootElement.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => new GoldDocument(
                System.IO.Path.Combine(folder, p.Name),
                p.Value.GetProperty("kind").GetString() ?? "",
                p.Value.TryGetProperty("problems", out var n) ? n.GetInt32() : 0,
                p.Value.TryGetProperty("problem_texts", out var t) ? [.. t.EnumerateArray().Select(x => x.GetString() ?? "")] : [])),
        ];
    }
}

/// <summary>How the analysis reads a set of documents in published forms.</summary>
/// <param name="Kind">Documents whose kind is right.</param>
/// <param name="CountExact">Feedback documents whose problem count is exact.</param>
/// <param name="CountAgreement">Σ min(found, gold) / Σ max(found, gold) over feedback documents.</param>
/// <param name="TextsFound">Gold problem pieces that stand inside an extracted problem.</param>
/// <param name="Mistakes">What went wrong, a line each.</param>
public sealed record DocumentSetScore(Ratio Kind, Ratio CountExact, Ratio CountAgreement, Ratio TextsFound, ImmutableArray<string> Mistakes)
{
    /// <summary>Scores one document's reading and adds it to <paramref name="total"/>.</summary>
    /// <param name="total">The score so far.</param>
    /// <param name="gold">The document's gold.</param>
    /// <param name="document">The document as parsed.</param>
    /// <param name="problems">The problems extracted from it (feedback kinds only; null otherwise).</param>
    public static DocumentSetScore Add(DocumentSetScore total, GoldDocument gold, ParsedDocument document, IReadOnlyList<Issue>? problems)
    {
        ArgumentNullException.ThrowIfNull(total);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(document);
        var mistakes = total.Mistakes.ToBuilder();
        var name = System.IO.Path.GetFileName(gold.Path);
        var kind = document.Structure.Kind.Kind.ToContractName();
        var kindRight = kind == gold.Kind;
        if (!kindRight)
        {
            mistakes.Add($"{name}: 类型 {kind}，应为 {gold.Kind}");
        }

        var result = total with { Kind = total.Kind + new Ratio(kindRight ? 1 : 0, 1) };
        if (!gold.Kind.StartsWith("feedback", StringComparison.Ordinal) || problems is null)
        {
            return result with { Mistakes = mistakes.ToImmutable() };
        }

        var found = problems.Count;
        if (found != gold.Problems)
        {
            mistakes.Add($"{name}: 问题数 {found}，应为 {gold.Problems}");
        }

        var text = document.Text.Text;
        // A document in traditional characters is read in simplified ones (TraditionalCharacters): so are its gold pieces.
        // A piece quoted from the file as written (落实乡村振兴 战略, "小微权力", 财务(wù)) is found in the text as read, whose
        // stray spaces are gone and whose punctuation is full-width: both are compared in that one form.
        var pieces = gold.ProblemTexts.Select(Core.Normalization.TraditionalCharacters.Simplify).Select(Comparable).ToList();
        bool Holds(Issue p, string piece) => Comparable(p.Span.Slice(text)).Contains(piece, StringComparison.Ordinal) || Comparable(p.Text).Contains(piece, StringComparison.Ordinal);
        var hits = pieces.Count(piece => problems.Any(p => Holds(p, piece)));
        // Which gold problem went unfound, and which problem read names none of them: where to look when a count is off.
        mistakes.AddRange(pieces.Where(piece => !problems.Any(p => Holds(p, piece))).Select(piece => $"{name}: 未读出 “{piece}”"));
        mistakes.AddRange(problems.Where(p => !pieces.Exists(piece => Holds(p, piece))).Select(p => $"{name}: 多读出 “{Gaps.GapEvidence.Short(p.Text, 30)}”"));
        return result with
        {
            CountExact = result.CountExact + new Ratio(found == gold.Problems ? 1 : 0, 1),
            CountAgreement = result.CountAgreement + new Ratio(Math.Min(found, gold.Problems), Math.Max(found, gold.Problems)),
            TextsFound = result.TextsFound + new Ratio(hits, gold.ProblemTexts.Length),
            Mistakes = mistakes.ToImmutable(),
        };
    }

    /// <summary>Nothing scored yet.</summary>
    public static DocumentSetScore Empty { get; } = new(default, default, default, default, []);

    /// <summary>A text with its whitespace dropped, its ASCII punctuation made full-width and its quotes made one mark.</summary>
    private static string Comparable(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u200b')
            {
                continue;
            }

            builder.Append(c switch
            {
                '(' => '（',
                ')' => '）',
                ',' or ':' or ';' or '!' or '?' => (char)(c + 0xFEE0),
                '“' or '”' or '"' => '"',
                _ => c,
            });
        }

        return builder.ToString();
    }
}
