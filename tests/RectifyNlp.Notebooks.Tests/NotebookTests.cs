using System.Text.Json;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;
using RectifyNlp.Tests;

namespace RectifyNlp.Notebooks.Tests;

/// <summary>
/// Runs every code cell of every notebook under notebooks/, top to bottom, in a C# kernel (the same engine as
/// Polyglot Notebooks), from the notebooks folder, and fails on the first cell that fails. Also: outputs are
/// cleared in git, and there are the three notebooks the analysts were promised.
/// </summary>
public sealed class NotebookTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "notebooks");

    public static TheoryData<string> Notebooks => [.. Names()];

    private static List<string> Names() => [.. Directory.EnumerateFiles(Folder, "*.ipynb").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Fact]
    public void The_three_notebooks_are_there_with_outputs_cleared()
    {
        Assert.Equal(["corpus.ipynb", "models.ipynb", "rounds.ipynb"], Names());
        foreach (var name in Names())
        {
            foreach (var cell in Cells(name).Where(c => c.GetProperty("cell_type").GetString() == "code"))
            {
                Assert.Equal(0, cell.GetProperty("outputs").GetArrayLength());
                Assert.Equal(JsonValueKind.Null, cell.GetProperty("execution_count").ValueKind);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Every_code_cell_runs(string name)
    {
        var previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(Folder);
        try
        {
            using var kernel = new CSharpKernel().UseKernelHelpers().UseValueSharing();
            var number = 0;
            foreach (var cell in Cells(name))
            {
                number++;
                if (cell.GetProperty("cell_type").GetString() != "code")
                {
                    continue;
                }

                var code = string.Concat(cell.GetProperty("source").EnumerateArray().Select(l => l.GetString()));
                var result = await kernel.SendAsync(new SubmitCode(code));
                var failure = result.Events.OfType<CommandFailed>().FirstOrDefault();
                Assert.True(failure is null, $"{name}, cell {number}: {failure?.Message}");
                Assert.DoesNotContain(result.Events.OfType<DiagnosticsProduced>().SelectMany(d => d.Diagnostics), d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
            }
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }
    }

    private static List<JsonElement> Cells(string name)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder, name)));
        return [.. json.RootElement.GetProperty("cells").EnumerateArray().Select(c => c.Clone())];
    }
}
