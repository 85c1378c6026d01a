using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using RectifyNlp.Tests;

namespace RectifyNlp.Notebooks.Tests;

/// <summary>
/// Executes every notebook under notebooks/ as an analyst's Jupyter would (<c>jupyter nbconvert --to notebook
/// --execute</c>, Python kernel, from the notebooks folder) against this build of the command line, into a
/// temporary folder, and checks what came out: no error, nothing on stderr (a missing font or glyph is a
/// warning there), at least one chart, and the same outputs as the committed notebook — every text output
/// (streams and the text/plain of results and displays, whitespace runs read as one space) and as many charts
/// in each cell. Image bytes and execution counts are not compared: the pixels depend on matplotlib's and
/// FreeType's versions, the counts on nothing the notebook says.
/// </summary>
public sealed partial class NotebookTests : IDisposable
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "notebooks");

    private readonly DirectoryInfo _output = Directory.CreateTempSubdirectory("rectify-notebooks-");

    public void Dispose() => _output.Delete(recursive: true);

    public static TheoryData<string> Notebooks => [.. Names()];

    private static List<string> Names() => [.. Directory.EnumerateFiles(Folder, "*.ipynb").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Fact]
    public void The_four_notebooks_are_python_notebooks_committed_with_their_charts()
    {
        Assert.Equal(["corpus.ipynb", "models.ipynb", "pair.ipynb", "rounds.ipynb"], Names());
        foreach (var name in Names())
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder, name)));
            Assert.Equal("python3", json.RootElement.GetProperty("metadata").GetProperty("kernelspec").GetProperty("name").GetString());
            var cells = Cells(json.RootElement);
            Assert.True(cells.Sum(Images) > 0, $"{name}: committed without a chart (run it and commit the outputs)");
            Assert.All(cells, cell => Assert.DoesNotContain("#r ", Source(cell), StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Executes_without_errors_draws_its_charts_and_matches_the_committed_outputs(string name)
    {
        var executed = Execute(name);
        using var committedJson = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder, name)));
        using var executedJson = JsonDocument.Parse(File.ReadAllBytes(executed));
        var committed = Cells(committedJson.RootElement);
        var fresh = Cells(executedJson.RootElement);
        Assert.Equal(committed.Count, fresh.Count);

        foreach (var cell in fresh)
        {
            var outputs = cell.GetProperty("outputs").EnumerateArray().ToList();
            var error = outputs.FirstOrDefault(o => o.GetProperty("output_type").GetString() == "error");
            Assert.True(error.ValueKind == JsonValueKind.Undefined, $"{name}: {Text(error, "ename")}: {Text(error, "evalue")}\n{Source(cell)}");
            var stderr = outputs.FirstOrDefault(o => o.GetProperty("output_type").GetString() == "stream" && o.GetProperty("name").GetString() == "stderr");
            Assert.True(stderr.ValueKind == JsonValueKind.Undefined, $"{name} wrote to stderr: {Text(stderr, "text")}\n{Source(cell)}");
        }

        Assert.True(fresh.Sum(Images) > 0, $"{name} drew no chart");
        for (var i = 0; i < committed.Count; i++)
        {
            Assert.Equal(Source(committed[i]), Source(fresh[i]));
            Assert.True(
                Outputs(committed[i]).SequenceEqual(Outputs(fresh[i])),
                $"{name}: the committed outputs of this cell are not what it prints now (re-render: see notebooks/README.md)\n{Source(committed[i])}\n"
                + $"--- committed\n{string.Join('\n', Outputs(committed[i]))}\n--- now\n{string.Join('\n', Outputs(fresh[i]))}");
        }
    }

    /// <summary>Runs nbconvert on the committed notebook; the executed copy goes to the temporary folder.</summary>
    private string Execute(string name)
    {
        var start = new ProcessStartInfo("jupyter")
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            "nbconvert", "--to", "notebook", "--execute", "--output-dir", _output.FullName,
            // A guard against a hung cell, not a measure of speed: the models notebook trains for a minute or two.
            "--ExecutePreprocessor.timeout=1800", Path.Combine(Folder, name),
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["RECTIFY"] = CommandLineBuild();
        start.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        start.Environment["MPLCONFIGDIR"] = Directory.CreateDirectory(Path.Combine(_output.FullName, "matplotlib")).FullName;
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("jupyter is not on PATH: install Debian's jupyter-nbconvert, python3-ipykernel, python3-pandas, python3-matplotlib and fonts-noto-cjk (.ci/run does)", e);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"nbconvert {name} exited {process.ExitCode}:\n{stdout.Result}\n{stderr}");
        }

        var executed = Path.Combine(_output.FullName, name);
        Assert.True(File.Exists(executed), $"nbconvert wrote no {executed}");
        return executed;
    }

    /// <summary>rectify.dll of the command line built with the same configuration as this test assembly.</summary>
    private static string CommandLineBuild()
    {
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = framework.Parent!.Name;
        var dll = Path.Combine(RepositoryPaths.Root, "src", "RectifyNlp.Cli", "bin", configuration, framework.Name, "rectify.dll");
        Assert.True(File.Exists(dll), $"the command line is not built: {dll}");
        return dll;
    }

    private static List<JsonElement> Cells(JsonElement notebook) =>
        [.. notebook.GetProperty("cells").EnumerateArray().Where(c => c.GetProperty("cell_type").GetString() == "code").Select(c => c.Clone())];

    private static string Source(JsonElement cell) => Joined(cell.GetProperty("source"));

    private static int Images(JsonElement cell) =>
        cell.GetProperty("outputs").EnumerateArray().Count(o => o.TryGetProperty("data", out var data) && data.TryGetProperty("image/png", out _));

    /// <summary>
    /// A cell's outputs as compared: each stream's text, each result's or display's text/plain and whether it
    /// carries a chart; whitespace runs as one space (pandas pads its columns to the widest value).
    /// </summary>
    private static List<string> Outputs(JsonElement cell) =>
        [.. cell.GetProperty("outputs").EnumerateArray().Select(o =>
        {
            var type = o.GetProperty("output_type").GetString();
            if (type == "stream")
            {
                return $"{o.GetProperty("name").GetString()}: {Normalised(Joined(o.GetProperty("text")))}";
            }

            if (!o.TryGetProperty("data", out var data))
            {
                return $"{type}: {Text(o, "ename")} {Text(o, "evalue")}";
            }

            var text = data.TryGetProperty("text/plain", out var plain) ? Normalised(Joined(plain)) : "";
            return $"{type}{(data.TryGetProperty("image/png", out _) ? " [chart]" : "")}: {text}";
        })];

    private static string Joined(JsonElement text) =>
        text.ValueKind == JsonValueKind.Array ? string.Concat(text.EnumerateArray().Select(l => l.GetString())) : text.GetString() ?? "";

    private static string Text(JsonElement output, string property) =>
        output.ValueKind == JsonValueKind.Object && output.TryGetProperty(property, out var value) ? Joined(value) : "";

    private static string Normalised(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
