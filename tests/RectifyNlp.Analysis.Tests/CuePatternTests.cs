using System.Text.Json;
using RectifyNlp.Tests;

namespace RectifyNlp.Analysis.Tests;

/// <summary>
/// The patterns of models/analysis/cues.json against their examples (models/analysis/cues.examples.json): each
/// must match what it is meant to and not what it is not; every pattern has examples; unknown keys are refused.
/// </summary>
public sealed class CuePatternTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "models", "analysis");
    private static readonly AnalysisCues Cues = AnalysisCues.Load(Path.Combine(Folder, "cues.json"));

    private static readonly Dictionary<string, (string[] Match, string[] NoMatch)> Examples = LoadExamples();

    private static Dictionary<string, (string[] Match, string[] NoMatch)> LoadExamples()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "cues.examples.json")));
        return json.RootElement.EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.Object)
            .ToDictionary(
                p => p.Name,
                p => (p.Value.GetProperty("match").EnumerateArray().Select(e => e.GetString()!).ToArray(),
                      p.Value.GetProperty("noMatch").EnumerateArray().Select(e => e.GetString()!).ToArray()),
                StringComparer.Ordinal);
    }

    public static TheoryData<string, string, bool> Cases()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var (key, (match, noMatch)) in Examples.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            foreach (var text in match)
            {
                data.Add(key, text, true);
            }

            foreach (var text in noMatch)
            {
                data.Add(key, text, false);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_pattern_matches_its_examples_and_not_its_counter_examples(string key, string text, bool matches)
    {
        Assert.True(Cues.Patterns.ContainsKey(key), $"cues.examples.json names \"{key}\", which cues.json does not have");
        Assert.Equal(matches, Cues.Patterns[key].IsMatch(text));
    }

    [Fact]
    public void Every_pattern_has_examples_both_ways()
    {
        foreach (var (key, regex) in Cues.Patterns)
        {
            Assert.True(Examples.TryGetValue(key, out var examples), $"no examples for \"{key}\" in cues.examples.json");
            Assert.NotEmpty(examples.Match);

            // A pattern that matches the empty string (an optional lead-in such as problemLead) has no counter-example.
            Assert.True(examples.NoMatch.Length > 0 || regex.IsMatch(""), $"no counter-example for \"{key}\"");
        }
    }

    [Fact]
    public void An_unknown_key_is_refused_at_load()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cues-{Guid.NewGuid():N}.json");
        var text = File.ReadAllText(Path.Combine(Folder, "cues.json")).Replace("\"slogan\":", "\"slogen\": \"高度重视\",\n  \"slogan\":", StringComparison.Ordinal);
        File.WriteAllText(path, text);
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => AnalysisCues.Load(path));
            Assert.Contains("\"slogen\"", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
