using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using RectifyNlp.Analysis.Evaluation;
using RectifyNlp.Checklists;
using RectifyNlp.Tests;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace RectifyNlp.Cli.Tests;

/// <summary>
/// <c>rectify checklist</c> on a corpus pair (the .docx one) in each format, read back: every problem named;
/// the Word file rendered by LibreOffice and its text read back; the ledger's layout in Excel.
/// </summary>
public sealed class ChecklistCommandTests : IDisposable
{
    private static readonly GoldPair Pair = GoldPair.Load(Path.Combine(RepositoryPaths.Root, "corpus", "pairs", "2024-1", "ortho", "gold.json"));
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("rectify-checklist-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Run(string extension, bool withReport = true)
    {
        var output = Path.Combine(_folder.FullName, "checklist" + extension);
        string[] args = withReport
            ? ["checklist", "--feedback", Pair.FeedbackPath, "--report", Pair.ReportPath, "-o", output]
            : ["checklist", "--feedback", Pair.FeedbackPath, "-o", output];
        var result = Cli.Run(args);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains($"{Pair.Problems.Length} 个问题", result.Out, StringComparison.Ordinal);
        return output;
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [Fact]
    public void Markdown_names_every_problem_with_its_measures_checks_and_the_items_of_the_whole()
    {
        var md = File.ReadAllText(Run(".md"));
        Assert.All(Pair.Problems, p => Assert.Contains(p.Text, md, StringComparison.Ordinal));
        Assert.Contains("**报告所述措施**", md, StringComparison.Ordinal);
        Assert.Contains("- [ ] ", md, StringComparison.Ordinal);
        Assert.Contains("新制定或修订的制度文件及印发通知", md, StringComparison.Ordinal);
        Assert.Contains("| 1 | 反馈之日起三个月内报送", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Word_is_a_real_document_that_LibreOffice_renders_with_every_problem()
    {
        var path = Run(".docx");
        using (var document = WordprocessingDocument.Open(path, false))
        {
            var body = document.MainDocumentPart!.Document.Body!;
            Assert.All(Pair.Problems, p => Assert.Contains(p.Text, body.InnerText, StringComparison.Ordinal));
            Assert.Equal(Pair.Problems.Length + 1, body.Elements<Word.Table>().Count());
            Assert.Contains("☐", body.InnerText, StringComparison.Ordinal);
            var fonts = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Descendants<Word.RunFonts>().Select(f => f.EastAsia?.Value).ToList();
            Assert.Contains("宋体", fonts);
            Assert.Contains(document.MainDocumentPart.FooterParts.Single().Footer!.Descendants<Word.SimpleField>(), f => f.Instruction!.Value!.Contains("PAGE", StringComparison.Ordinal));
        }

        var pdf = ConvertToPdf(path);
        var text = Squeeze(Tool("pdftotext", pdf, "-"));
        Assert.All(Pair.Problems, p => Assert.Contains(Squeeze(p.Text), text, StringComparison.Ordinal));
        Assert.Contains("第1页共", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Excel_has_the_ledger_layout_one_row_per_problem()
    {
        using var workbook = SpreadsheetDocument.Open(Run(".xlsx"), false);
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(workbook).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var part = workbook.WorkbookPart!;
        var sheet = part.Workbook.Descendants<Sheet>().First();
        Assert.Equal("整改台账", sheet.Name!.Value);
        var worksheet = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet;
        var rows = worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList();

        // A title row with the unit, merged over the ledger; the header; one row per problem.
        Assert.Equal(["区骨科医院巡察整改核查台账"], rows[0]);
        Assert.Equal("A1:O1", worksheet.Descendants<MergeCell>().Single().Reference!.Value);
        Assert.Equal(ExcelChecklist.Columns, rows[1]);
        Assert.Equal(["序号", "问题类别", "问题", "整改目标", "整改措施", "责任领导", "责任部门", "责任人", "整改时限", "完成情况", "佐证材料", "核查结论", "是否销号", "销号时间", "备注"], rows[1]);
        Assert.Equal(Pair.Problems.Length + 2, rows.Count);
        Assert.Equal(Pair.Problems.Select(p => p.Text), rows.Skip(2).Select(r => r[2]));
        Assert.All(rows.Skip(2), r => Assert.NotEqual("", r[1]));
        Assert.All(rows.Skip(2), r => Assert.NotEqual("", r[4]));
        Assert.Equal(Enumerable.Range(1, Pair.Problems.Length).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), rows.Skip(2).Select(r => r[0]));
        Assert.All(worksheet.Descendants<Row>().Skip(2), r => Assert.Equal(CellValues.Number, r.Elements<Cell>().First().DataType!.Value));

        var pane = worksheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal("A3", pane.TopLeftCell!.Value);
        Assert.Equal(ExcelChecklist.Columns.Count, worksheet.Descendants<Column>().Count(c => c.CustomWidth?.Value == true));
        var formats = part.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var body = worksheet.Descendants<Row>().Skip(2).First().Elements<Cell>().ElementAt(2).StyleIndex!.Value;
        Assert.True(formats[(int)body].Alignment!.WrapText!.Value);

        // Rows high enough for their wrapped text: the measures cell's lines at the least.
        var measures = ExcelChecklist.Columns.ToList().IndexOf("整改措施");
        foreach (var row in worksheet.Descendants<Row>().Skip(2))
        {
            var text = row.Elements<Cell>().ElementAt(measures).InnerText;
            // At the least a line per 43 characters (the column is 44 wide; a Chinese character takes two).
            var lines = text.Split('\n').Sum(line => Math.Max(1, (int)Math.Ceiling(line.Length / 43.0)));
            Assert.True(lines < 2 || row.Height?.Value >= lines * 14, $"row {row.RowIndex}: {row.Height?.Value} pt for {lines} lines");
            Assert.True(text.Length < 30 || row.CustomHeight?.Value == true, $"row {row.RowIndex}: no height set for {text.Length} characters");
        }

        // Printed landscape on A4, one page wide, the title and header on every page, page numbers.
        var setup = worksheet.Descendants<PageSetup>().Single();
        Assert.Equal(OrientationValues.Landscape, setup.Orientation!.Value);
        Assert.Equal(9u, setup.PaperSize!.Value);
        Assert.Equal(1u, setup.FitToWidth!.Value);
        Assert.Equal(0u, setup.FitToHeight!.Value);
        Assert.True(worksheet.Descendants<PageSetupProperties>().Single().FitToPage!.Value);
        Assert.Contains(part.Workbook.Descendants<DefinedName>(), d => d.Name == "_xlnm.Print_Titles" && d.LocalSheetId?.Value == 0 && d.Text == "'整改台账'!$1:$2");
        Assert.Contains("&P", worksheet.Descendants<OddFooter>().Single().Text, StringComparison.Ordinal);

        // 核查结论 and 是否销号 from drop-down lists over every problem's row.
        var last = Pair.Problems.Length + 2;
        var validations = worksheet.Descendants<DataValidation>().ToDictionary(v => v.SequenceOfReferences!.InnerText!);
        Assert.Equal(DataValidationValues.List, validations[$"L3:L{last}"].Type!.Value);
        Assert.Contains("已整改到位", validations[$"L3:L{last}"].Formula1!.Text, StringComparison.Ordinal);
        Assert.Equal("\"是,否\"", validations[$"M3:M{last}"].Formula1!.Text);
    }

    [Fact]
    public void The_ledger_puts_the_responsible_leader_and_department_in_their_own_columns()
    {
        // A report that names them per measure (责任领导：…；责任科室：…), templates.json's ledger patterns.
        var folder = Path.Combine(RepositoryPaths.Root, "corpus", "pairs", "2024-1", "justice");
        var output = Path.Combine(_folder.FullName, "justice.xlsx");
        var result = Cli.Run("checklist", "--feedback", Path.Combine(folder, "feedback.txt"), "--report", Path.Combine(folder, "report.txt"), "-o", output);
        Assert.True(result.ExitCode == 0, result.Error);
        using var workbook = SpreadsheetDocument.Open(output, false);
        var part = workbook.WorkbookPart!;
        var worksheet = ((WorksheetPart)part.GetPartById(part.Workbook.Descendants<Sheet>().First().Id!)).Worksheet;
        var rows = worksheet.Descendants<Row>().Skip(2).Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList();
        var (leader, department) = (ExcelChecklist.Columns.ToList().IndexOf("责任领导"), ExcelChecklist.Columns.ToList().IndexOf("责任部门"));
        Assert.Contains(rows, r => r[leader].Contains("分管副局长", StringComparison.Ordinal) && r[department].Contains("社区矫正科", StringComparison.Ordinal));
        Assert.Contains(rows, r => r[leader].Contains("党组书记", StringComparison.Ordinal) && r[department].Contains("财务室", StringComparison.Ordinal));
        Assert.All(rows.Where(r => r[leader].Length > 0), r => Assert.DoesNotContain("责任科室", r[leader], StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_report_it_is_a_pre_review_list_from_the_feedback()
    {
        var md = File.ReadAllText(Run(".md", withReport: false));
        Assert.StartsWith("# 巡察反馈问题整改预审清单", md, StringComparison.Ordinal);
        Assert.All(Pair.Problems, p => Assert.Contains(p.Text, md, StringComparison.Ordinal));
        Assert.DoesNotContain("报告所述措施", md, StringComparison.Ordinal);
        Assert.Contains("待核查", md, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_format_is_bad_usage_and_a_speech_alone_is_refused_with_the_reason()
    {
        Assert.Equal(2, Cli.Run("checklist", "--feedback", Pair.FeedbackPath, "-o", Path.Combine(_folder.FullName, "x.pdf")).ExitCode);
        var speech = Cli.Run("checklist", "--feedback", RepositoryPaths.Sample("feedback-speech.txt"), "-o", Path.Combine(_folder.FullName, "x.md"));
        Assert.Equal(1, speech.ExitCode);
        Assert.Contains("--report", Assert.Single(speech.ErrorLines), StringComparison.Ordinal);
        Assert.Empty(_folder.GetFiles());
    }

    private string ConvertToPdf(string docx)
    {
        var profile = Path.Combine(_folder.FullName, "lo-profile");
        Tool("soffice", $"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir", _folder.FullName, docx);
        var pdf = Path.ChangeExtension(docx, ".pdf");
        Assert.True(File.Exists(pdf), "LibreOffice wrote no PDF");
        return pdf;
    }

    private static string Tool(string name, params string[] args)
    {
        var start = new ProcessStartInfo(name) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), $"{name} did not finish in two minutes");
        Assert.True(process.ExitCode == 0, $"{name} exited {process.ExitCode}: {error.Result}");
        return output.Result;
    }
}
