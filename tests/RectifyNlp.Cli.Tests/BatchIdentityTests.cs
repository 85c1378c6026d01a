using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RectifyNlp.Tests;

namespace RectifyNlp.Cli.Tests;

/// <summary>
/// Batch results are the ones <c>analyze</c> gives (issue 17): the same Chinese category names in issues.csv,
/// summary.json and the dashboard, with the taxonomy ids beside them for scripts; and a stored result is reused only
/// while everything that decided it is unchanged.
/// </summary>
public sealed class BatchIdentityTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("rectify-batch-identity-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Batch => Path.Combine(_folder.FullName, "in");

    private string Output => Path.Combine(_folder.FullName, "out");

    private static string Pair(string round, string unit, string file) => Path.Combine(RepositoryPaths.Root, "corpus", "pairs", round, unit, file);

    private void Copy(string round, string unit)
    {
        var target = Directory.CreateDirectory(Path.Combine(Batch, round, unit)).FullName;
        File.Copy(Pair(round, unit, "feedback.txt"), Path.Combine(target, "feedback.txt"));
        File.Copy(Pair(round, unit, "report.txt"), Path.Combine(target, "report.txt"));
    }

    [Fact]
    public void Batch_names_categories_as_analyze_does()
    {
        Copy("2024-1", "transport");
        Copy("2025-1", "transport");
        Assert.Equal(0, Cli.Run("batch", Batch, "-o", Output).ExitCode);

        // What analyze says of each problem: its category id and name, by round and problem id (and by text).
        var analysed = new Dictionary<(string Round, string Id), (string Id, string Name, string Text)>();
        foreach (var round in new[] { "2024-1", "2025-1" })
        {
            var analyze = Cli.Run("analyze", "--feedback", Pair(round, "transport", "feedback.txt"), "--report", Pair(round, "transport", "report.txt"), "--json");
            Assert.Equal(0, analyze.ExitCode);
            foreach (var issue in analyze.Json.GetProperty("issues").EnumerateArray())
            {
                analysed[(round, issue.GetProperty("id").GetString()!)] = (issue.GetProperty("category").GetString()!, issue.GetProperty("categoryName").GetString()!, issue.GetProperty("text").GetString()!);
            }
        }

        Assert.NotEmpty(analysed);
        Assert.All(analysed.Values, a => Assert.NotEqual(a.Id, a.Name));

        // issues.csv: 轮次,单位,编号,类别,问题 — one row per problem, named as analyze names it.
        var rows = ReadCsv(Path.Combine(Output, "issues.csv"));
        Assert.Equal(["轮次", "单位", "编号", "类别", "问题"], rows[0]);
        Assert.Equal(analysed.Count, rows.Count - 1);
        foreach (var row in rows.Skip(1))
        {
            Assert.Equal(analysed[(row[0], row[2])].Name, row[3]);
        }

        using var summary = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Output, "summary.json")));
        var aggregates = summary.RootElement.GetProperty("aggregates");
        var names = analysed.Values.Select(a => a.Name).ToHashSet();
        foreach (var round in aggregates.GetProperty("categoriesByRound").EnumerateObject())
        {
            Assert.All(round.Value.EnumerateObject(), c => Assert.Contains(c.Name, names));
        }

        Assert.All(aggregates.GetProperty("categoriesByUnit").GetProperty("transport").EnumerateObject(), c => Assert.Contains(c.Name, names));

        // For scripts: each category's id beside its name, as analyze pairs them.
        var pairs = analysed.Values.Select(a => (a.Id, a.Name)).Distinct().OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        Assert.Equal(pairs, aggregates.GetProperty("categories").EnumerateArray().Select(c => (c.GetProperty("id").GetString()!, c.GetProperty("name").GetString()!)));

        var recurrences = aggregates.GetProperty("recurrences").EnumerateArray().ToList();
        Assert.NotEmpty(recurrences);
        foreach (var recurrence in recurrences)
        {
            var later = analysed.Single(a => a.Key.Round == "2025-1" && a.Value.Text == recurrence.GetProperty("laterIssue").GetString()).Value;
            Assert.Equal(later.Name, recurrence.GetProperty("category").GetString());
            Assert.Equal(later.Id, recurrence.GetProperty("categoryId").GetString());
        }

        var dashboard = File.ReadAllText(Path.Combine(Output, "index.html"));
        Assert.All(names, name => Assert.Contains(name, dashboard, StringComparison.Ordinal));
        Assert.All(pairs.Where(p => !names.Contains(p.Id)), p => Assert.DoesNotContain($">{p.Id}<", dashboard, StringComparison.Ordinal));
    }

    [Fact]
    public void A_changed_cues_file_invalidates_the_stored_results()
    {
        var models = Path.Combine(_folder.FullName, "models");
        RepositoryPaths.CopyModels(models);
        Copy("2024-1", "qingshan");
        var environment = new Dictionary<string, string> { ["RECTIFY_MODELS"] = models };
        string Run()
        {
            var result = CliProcess.Run(environment, "batch", Batch, "-o", Output);
            Assert.True(result.ExitCode == 0, result.Error);

            // A real process whose stderr is a pipe: the progress as plain lines.
            Assert.Contains("分析进度：1 / 1 份（每轮每个单位一份）", result.Error, StringComparison.Ordinal);
            return result.Out;
        }

        Assert.Contains("本次分析 1 份，沿用已存结果 0 份", Run(), StringComparison.Ordinal);
        Assert.Contains("本次分析 0 份，沿用已存结果 1 份", Run(), StringComparison.Ordinal);

        // An inspector's tuning: one more heading that speaks of the report as a whole.
        var cuesPath = Path.Combine(models, "analysis", "cues.json");
        var cues = JsonNode.Parse(File.ReadAllText(cuesPath))!;
        cues["documentLevelHeading"] = cues["documentLevelHeading"]!.GetValue<string>() + "|总体要求";
        File.WriteAllText(cuesPath, cues.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), new UTF8Encoding(false));

        Assert.Contains("本次分析 1 份，沿用已存结果 0 份", Run(), StringComparison.Ordinal);
        Assert.Contains("本次分析 0 份，沿用已存结果 1 份", Run(), StringComparison.Ordinal);

        // The taxonomy too: a category renamed is a different result.
        var categoriesPath = Path.Combine(models, "taxonomy", "categories.json");
        File.WriteAllText(categoriesPath, File.ReadAllText(categoriesPath).Replace("\"贯彻落实上级决策部署\"", "\"贯彻落实党中央和上级决策部署\"", StringComparison.Ordinal), new UTF8Encoding(false));
        Assert.Contains("本次分析 1 份，沿用已存结果 0 份", Run(), StringComparison.Ordinal);
    }


    // RFC 4180 as BatchOutput writes it: a UTF-8 BOM, CRLF rows, quoted fields with doubled quotes.
    private static List<string[]> ReadCsv(string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8).TrimStart('\uFEFF');
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        return rows;
    }
}
