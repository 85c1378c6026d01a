using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using RectifyNlp.Tests;

namespace RectifyNlp.Cli.Tests;

/// <summary>
/// <c>rectify batch</c> over two rounds with a recurring unit and a corrupt file: exit 0, the corrupt file listed
/// with its reason, the recurrence found, the dashboard, summary and exports written; a second run reuses the store.
/// </summary>
public sealed class BatchCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("rectify-batch-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Batch => Path.Combine(_folder.FullName, "in");

    private string Output => Path.Combine(_folder.FullName, "out");

    private void Copy(string round, string unit, string? renameTo = null)
    {
        var source = Path.Combine(RepositoryPaths.Root, "corpus", "pairs", round, unit);
        var target = Directory.CreateDirectory(Path.Combine(Batch, round, renameTo ?? unit));
        foreach (var file in Directory.EnumerateFiles(source).Where(f => !f.EndsWith("gold.json", StringComparison.Ordinal)))
        {
            // Names that say nothing: the kinds must be told from the content.
            var name = Path.GetFileName(file).Replace("feedback", "文件一", StringComparison.Ordinal).Replace("report", "文件二", StringComparison.Ordinal);
            File.Copy(file, Path.Combine(target.FullName, name));
        }
    }

    [Fact]
    public void Two_rounds_a_recurring_unit_and_a_corrupt_file()
    {
        Copy("2024-1", "transport");
        Copy("2025-1", "transport");
        Copy("2024-1", "culture");
        Copy("2025-1", "audit");
        var corrupt = Path.Combine(Batch, "2025-1", "sci");
        Directory.CreateDirectory(corrupt);
        File.Copy(Path.Combine(RepositoryPaths.Root, "corpus", "pairs", "2025-1", "sci", "report.txt"), Path.Combine(corrupt, "report.txt"));
        var docx = File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "corpus", "pairs", "2025-1", "audit", "feedback.docx"));
        File.WriteAllBytes(Path.Combine(corrupt, "feedback.docx"), docx[..(docx.Length / 2)]);

        var first = Cli.Run("batch", Batch, "-o", Output);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("本次分析 5 份，沿用已存结果 0 份，未能分析 1 项", first.Out, StringComparison.Ordinal);
        Assert.Contains("未能分析：2025-1/sci feedback.docx：", first.Out, StringComparison.Ordinal);

        using (var summary = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Output, "summary.json"))))
        {
            var root = summary.RootElement;
            Assert.Equal(["2024-1", "2025-1"], root.GetProperty("rounds").EnumerateArray().Select(r => r.GetString()));
            var failure = Assert.Single(root.GetProperty("failures").EnumerateArray());
            Assert.EndsWith("feedback.docx", failure.GetProperty("path").GetString(), StringComparison.Ordinal);
            Assert.NotEqual("", failure.GetProperty("reason").GetString());
            var recurrences = root.GetProperty("aggregates").GetProperty("recurrences").EnumerateArray().ToList();
            Assert.Contains(recurrences, r => r.GetProperty("unit").GetString() == "transport" && r.GetProperty("laterIssue").GetString()!.Contains("养护工程量虚增", StringComparison.Ordinal));
            Assert.All(recurrences, r => Assert.Equal("transport", r.GetProperty("unit").GetString()));
            var culture = root.GetProperty("pairs").EnumerateArray().Single(p => p.GetProperty("unit").GetString() == "culture");
            Assert.Equal(2, culture.GetProperty("gapsByKind").GetProperty("copied-measure").GetInt32());
            Assert.True(root.GetProperty("aggregates").GetProperty("categoriesByRound").GetProperty("2025-1").EnumerateObject().Any());
        }

        var html = File.ReadAllText(Path.Combine(Output, "index.html"));
        Assert.Contains("Chart.js v4", html, StringComparison.Ordinal);
        Assert.Contains("<canvas id=\"chart-categories\"", html, StringComparison.Ordinal);
        Assert.Contains("屡查屡犯", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
        Assert.Contains("feedback.docx", html, StringComparison.Ordinal);
        var pairs = File.ReadAllLines(Path.Combine(Output, "pairs.csv"));
        Assert.Equal(6, pairs.Length);
        using (var workbook = SpreadsheetDocument.Open(Path.Combine(Output, "batch.xlsx"), false))
        {
            Assert.Contains("屡查屡犯", workbook.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value));
        }

        var second = Cli.Run("batch", Batch, "-o", Output);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("本次分析 0 份，沿用已存结果 5 份", second.Out, StringComparison.Ordinal);

        var search = Cli.Run("search", "养护工程量", "--store", Path.Combine(Output, "rectify.db"));
        Assert.Equal(0, search.ExitCode);
        Assert.Contains("2025-1/transport（区交通运输局）\t", search.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("culture", search.Out, StringComparison.Ordinal);

        // The same hits as JSON for scripts and notebooks.
        var json = Cli.Run("search", "养护工程量", "--store", Path.Combine(Output, "rectify.db"), "--json");
        Assert.Equal(0, json.ExitCode);
        using var parsed = System.Text.Json.JsonDocument.Parse(json.Out);
        Assert.Equal("养护工程量", parsed.RootElement.GetProperty("query").GetString());
        var hits = parsed.RootElement.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(hits.Count, parsed.RootElement.GetProperty("count").GetInt32());
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Contains("【养护工程量】", h.GetProperty("snippet").GetString()!, StringComparison.Ordinal));
        Assert.Contains(hits, h => h.GetProperty("round").GetString() == "2025-1" && h.GetProperty("unit").GetString() == "transport");
        Assert.All(hits, h => Assert.Equal("区交通运输局", h.GetProperty("unitName").GetString()));
    }

    [Fact]
    public void A_manifest_names_the_pairs_of_any_layout()
    {
        var files = Directory.CreateDirectory(Path.Combine(_folder.FullName, "flat"));
        var pairs = Path.Combine(RepositoryPaths.Root, "corpus", "pairs");
        File.Copy(Path.Combine(pairs, "2024-1", "justice", "feedback.txt"), Path.Combine(files.FullName, "a.txt"));
        File.Copy(Path.Combine(pairs, "2024-1", "justice", "report.txt"), Path.Combine(files.FullName, "b.txt"));
        File.Copy(Path.Combine(pairs, "2025-1", "justice", "report.txt"), Path.Combine(files.FullName, "c.txt"));
        var manifest = Path.Combine(files.FullName, "manifest.csv");
        File.WriteAllText(manifest, "round,unit,feedback,report\n2024-1,区司法局,a.txt,b.txt\n2025-1,区司法局,,c.txt\n");
        var result = Cli.Run("batch", "--manifest", manifest, "-o", Output);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2 个轮次，1 个单位，2 份报告：本次分析 2 份", result.Out, StringComparison.Ordinal);

        File.WriteAllText(manifest, "轮次,单位\n2024-1,区司法局\n");
        var bad = Cli.Run("batch", "--manifest", manifest, "-o", Output);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("round,unit,feedback,report", Assert.Single(bad.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(2, Cli.Run("batch", Batch, "--manifest", manifest).ExitCode);
    }

    [Fact]
    public void Rounds_whose_names_do_not_sort_are_ordered_by_their_documents_dates()
    {
        Copy("2024-1", "transport");
        Copy("2025-1", "transport");
        Directory.Move(Path.Combine(Batch, "2024-1"), Path.Combine(Batch, "round-b"));
        Directory.Move(Path.Combine(Batch, "2025-1"), Path.Combine(Batch, "round-a"));
        Assert.Equal(0, Cli.Run("batch", Batch, "-o", Output).ExitCode);
        using var summary = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Output, "summary.json")));
        Assert.Equal(["round-b", "round-a"], summary.RootElement.GetProperty("rounds").EnumerateArray().Select(r => r.GetString()));
        var recurrences = summary.RootElement.GetProperty("aggregates").GetProperty("recurrences").EnumerateArray().ToList();
        Assert.NotEmpty(recurrences);
        Assert.All(recurrences, r => Assert.Equal("round-b", r.GetProperty("earlierRound").GetString()));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\")")]
    [InlineData("+cmd")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    public void A_unit_name_that_a_spreadsheet_would_run_is_escaped_in_every_csv(string unit)
    {
        Copy("2024-1", "transport", renameTo: unit);
        Assert.Equal(0, Cli.Run("batch", Batch, "-o", Output).ExitCode);

        // The folder's name is in the 目录 column of the reports; the 单位 column has the name the documents give.
        var folders = File.ReadAllLines(Path.Combine(Output, "pairs.csv")).Skip(1).Select(l => l.Split(',')[2].Trim('"')).ToList();
        Assert.NotEmpty(folders);
        Assert.All(folders, cell => Assert.StartsWith("'" + unit[0], cell, StringComparison.Ordinal));
        foreach (var csv in new[] { "pairs.csv", "issues.csv", "gaps.csv" })
        {
            var cells = File.ReadAllLines(Path.Combine(Output, csv)).Skip(1).Select(l => l.Split(',')[1].Trim('"')).ToList();
            Assert.NotEmpty(cells);
            Assert.All(cells, cell => Assert.Equal("区交通运输局", cell));
        }
    }

    [Fact]
    public void Units_severities_and_kinds_are_named_in_chinese_in_every_output_and_folders_stay_beside_them()
    {
        Copy("2024-1", "baihe");
        Copy("2024-1", "transport");
        Copy("2025-1", "transport");
        Assert.Equal(0, Cli.Run("batch", Batch, "-o", Output).ExitCode);

        using (var summary = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Output, "summary.json"))))
        {
            var root = summary.RootElement;
            Assert.Equal("白河镇", root.GetProperty("unitNames").GetProperty("baihe").GetString());
            Assert.Equal("区交通运输局", root.GetProperty("unitNames").GetProperty("transport").GetString());
            var baihe = root.GetProperty("pairs").EnumerateArray().Single(p => p.GetProperty("unit").GetString() == "baihe");
            Assert.Equal("白河镇", baihe.GetProperty("unitName").GetString());
            Assert.Contains(root.GetProperty("aggregates").GetProperty("unitFigures").EnumerateArray(), u => u.GetProperty("unitName").GetString() == "区交通运输局");
        }

        var pairs = File.ReadAllLines(Path.Combine(Output, "pairs.csv"));
        Assert.Equal("轮次,单位,目录,问题数,已对应,覆盖率,措施数,需关注,高,主要类型", pairs[0]);
        Assert.Contains(pairs, l => l.StartsWith("2024-1,白河镇,baihe,", StringComparison.Ordinal));
        Assert.Contains(pairs, l => l.StartsWith("2025-1,区交通运输局,transport,", StringComparison.Ordinal));

        // Severity and kind as a person reads them: 高/中/低 and 未明确整改时限, never high or no-deadline.
        var gaps = File.ReadAllLines(Path.Combine(Output, "gaps.csv")).Skip(1).ToList();
        Assert.NotEmpty(gaps);
        Assert.All(gaps, l => Assert.Contains(l.Split(',')[4], (string[])["高", "中", "低"]));
        Assert.Contains(gaps, l => l.StartsWith("2024-1,白河镇,点名问题未见问责,", StringComparison.Ordinal));
        Assert.DoesNotMatch(@"\b(high|medium|low|no-[a-z]+)\b", string.Join("\n", gaps));

        var html = File.ReadAllText(Path.Combine(Output, "index.html"));
        Assert.Contains("<a class=\"unit-page\" href=\"units/2024-1/baihe.html\">白河镇</a>", html, StringComparison.Ordinal);
        Assert.Contains("<option>白河镇</option>", html, StringComparison.Ordinal);
        Assert.Contains("[\"2024-1\",\"白河镇\",", html, StringComparison.Ordinal);
        Assert.Contains("白河镇", File.ReadAllText(Path.Combine(Output, "units", "2024-1", "baihe.html")), StringComparison.Ordinal);
        Assert.Contains("<td>区交通运输局</td>", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"<td>(high|medium|low)</td>", html);

        using var workbook = SpreadsheetDocument.Open(Path.Combine(Output, "batch.xlsx"), false);
        var sheets = workbook.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().ToList();
        var reports = (WorksheetPart)workbook.WorkbookPart.GetPartById(sheets.Single(s => s.Name == "报告").Id!);
        Assert.Contains("白河镇", reports.Worksheet.InnerText, StringComparison.Ordinal);

        // In the workbook, counts and rates are numbers (a title row, the header, then the reports); the CSV keeps text.
        var rows = reports.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().ToList();
        Assert.Equal("各单位各轮整改报告", rows[0].InnerText);
        Assert.Equal(3 + 2, rows.Count);
        foreach (var row in rows.Skip(2))
        {
            var cells = row.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().ToList();
            Assert.All(cells.Skip(3).Take(6), c => Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.CellValues.Number, c.DataType!.Value));
            Assert.InRange(double.Parse(cells[5].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture), 0, 1);
            Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.CellValues.InlineString, cells[1].DataType!.Value);
        }

        var concerns = (WorksheetPart)workbook.WorkbookPart.GetPartById(sheets.Single(s => s.Name == "需关注").Id!);
        Assert.DoesNotMatch(@"(high|medium|low)", concerns.Worksheet.InnerText);
    }

    [Fact]
    public void Off_a_terminal_progress_is_plain_lines_up_to_the_last_unit()
    {
        Copy("2024-1", "baihe");
        Copy("2024-1", "transport");
        Copy("2025-1", "transport");
        var result = Cli.Run("batch", Batch, "-o", Output);
        // Once seen exiting 1 in CI (1 run of 5, not reproduced here): the error output says why when it does.
        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}: {result.Error}");

        // One line a tenth at most (three units: a line each), counting up, no escape codes or bars of a terminal.
        var lines = result.ErrorLines.Where(l => l.StartsWith("分析进度：", StringComparison.Ordinal)).ToList();
        Assert.Equal(result.ErrorLines.Length, lines.Count);
        Assert.Equal(["1 / 3", "2 / 3", "3 / 3"], lines.Select(l => l["分析进度：".Length..l.IndexOf(" 份", StringComparison.Ordinal)]));
        Assert.All(lines, l => Assert.Matches(@"^分析进度：\d+ / 3 份（每轮每个单位一份），已用 \d+ 秒$", l));
        Assert.DoesNotContain('\u001b', result.Error);
    }

    [Fact]
    public void A_unit_whose_files_sit_in_a_subfolder_is_analysed()
    {
        Copy("2024-1", "transport");
        var attachments = Directory.CreateDirectory(Path.Combine(Batch, "2024-1", "transport", "附件"));
        foreach (var file in Directory.GetFiles(Path.Combine(Batch, "2024-1", "transport")))
        {
            File.Move(file, Path.Combine(attachments.FullName, Path.GetFileName(file)));
        }

        var result = Cli.Run("batch", Batch, "-o", Output);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 份报告：本次分析 1 份，沿用已存结果 0 份，未能分析 0 项", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_symbolic_link_inside_a_unit_is_not_followed()
    {
        Copy("2024-1", "transport");
        var elsewhere = Path.Combine(RepositoryPaths.Root, "corpus", "pairs", "2024-1", "culture");
        Directory.CreateDirectory(Path.Combine(Batch, "2024-1", "linked"));
        Directory.CreateSymbolicLink(Path.Combine(Batch, "2024-1", "linked", "附件"), elsewhere);
        Directory.CreateSymbolicLink(Path.Combine(Batch, "2024-1", "transport", "附件"), elsewhere);
        var result = Cli.Run("batch", Batch, "-o", Output);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 个单位，1 份报告：本次分析 1 份，沿用已存结果 0 份，未能分析 0 项", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_that_fails_is_counted_once()
    {
        Copy("2024-1", "transport");
        var broken = Directory.CreateDirectory(Path.Combine(Batch, "2024-1", "broken"));
        File.WriteAllText(Path.Combine(broken.FullName, "report.docx"), "PK\u0003\u0004 not really a Word file");
        var result = Cli.Run("batch", Batch, "-o", Output);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("未能分析 1 项", result.Out, StringComparison.Ordinal);
        using var summary = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Output, "summary.json")));
        Assert.Single(summary.RootElement.GetProperty("failures").EnumerateArray());
    }

    [Fact]
    public void An_empty_batch_says_so()
    {
        Directory.CreateDirectory(Path.Combine(Batch, "2024-1", "transport"));
        var result = Cli.Run("batch", Batch, "-o", Output);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("没有找到任何单位的文件", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_that_does_not_exist_is_refused()
    {
        var result = Cli.Run("batch", Path.Combine(_folder.FullName, "none"), "-o", Output);
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("错误：", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}
