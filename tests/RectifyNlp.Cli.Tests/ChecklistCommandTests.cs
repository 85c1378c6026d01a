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
            Assert.DoesNotMatch(@"(?<![A-Za-z])[IM]\d+(?!\d)", body.InnerText);
            Assert.All(body.Descendants<Word.TableRow>(), r => Assert.NotNull(r.TableRowProperties?.GetFirstChild<Word.CantSplit>()));
            var fonts = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Descendants<Word.RunFonts>().Select(f => f.EastAsia?.Value).ToList();
            Assert.Contains("宋体", fonts);
            Assert.Contains(document.MainDocumentPart.FooterParts.Single().Footer!.Descendants<Word.SimpleField>(), f => f.Instruction!.Value!.Contains("PAGE", StringComparison.Ordinal));
        }

        var pdf = ConvertToPdf(path);
        var text = Squeeze(Tool("pdftotext", pdf, "-"));
        Assert.All(Pair.Problems, p => Assert.Contains(Squeeze(p.Text), text, StringComparison.Ordinal));
        Assert.Contains("第1页共", text, StringComparison.Ordinal);
        Assert.Contains("被巡察单位：区骨科医院核查组：", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Word_as_gongwen_is_set_per_GB_T_9704_and_LibreOffice_renders_it_so()
    {
        var path = Path.Combine(_folder.FullName, "gongwen.docx");
        var result = Cli.Run("checklist", "--feedback", Pair.FeedbackPath, "--report", Pair.ReportPath, "-o", path, "--layout", "gongwen");
        Assert.True(result.ExitCode == 0, result.Error);
        using (var document = WordprocessingDocument.Open(path, false))
        {
            var main = document.MainDocumentPart!;
            var body = main.Document.Body!;

            // Faces by their East Asian names, each with a fallback in the font table; 三号 body, 二号 title.
            var styles = main.StyleDefinitionsPart!.Styles!;
            var eastAsian = styles.Descendants<Word.RunFonts>().Select(f => f.EastAsia?.Value).ToHashSet();
            Assert.Superset(new HashSet<string?> { "仿宋_GB2312", "方正小标宋简体", "黑体", "楷体_GB2312" }, eastAsian);
            var fallbacks = main.FontTablePart!.Fonts!.Elements<Word.Font>().ToDictionary(f => f.Name!.Value!, f => f.AltName?.Val?.Value);
            Assert.Equal("仿宋", fallbacks["仿宋_GB2312"]);
            Assert.Equal("楷体", fallbacks["楷体_GB2312"]);
            Assert.NotNull(fallbacks["方正小标宋简体"]);
            Assert.Equal("32", styles.DocDefaults!.Descendants<Word.FontSize>().Single().Val!.Value);

            // 天头 37 mm, 订口 28 mm; odd and even footers.
            var margin = body.Descendants<Word.PageMargin>().Single();
            Assert.Equal(2098, margin.Top!.Value);
            Assert.Equal(1587u, margin.Left!.Value);
            Assert.NotNull(main.DocumentSettingsPart!.Settings!.GetFirstChild<Word.EvenAndOddHeaders>());
            Assert.Equal(2, body.Descendants<Word.FooterReference>().Count());

            // Rows never split; problems named by their own words, no internal ids anywhere.
            Assert.All(body.Descendants<Word.TableRow>(), r => Assert.NotNull(r.TableRowProperties?.GetFirstChild<Word.CantSplit>()));
            var headings = body.Elements<Word.Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading2").Select(p => p.InnerText).ToList();
            Assert.Equal(Pair.Problems.Length, headings.Count);
            Assert.StartsWith("（一）" + Pair.Problems[0].Text, headings[0], StringComparison.Ordinal);
            Assert.DoesNotMatch(@"(?<![A-Za-z])[IM]\d+(?!\d)", body.InnerText);
        }

        // Rendered: the type sits at the margins, in the sizes and on the 28 pt line the standard sets; the page
        // number "— 1 —" on the outer side (odd right, even left).
        var pdf = ConvertToPdf(path);
        var first = Words(pdf, 1);
        var title = first.First();
        Assert.Equal("巡察整改情况核查清单", title.Text);
        Assert.InRange((title.XMax - title.XMin) / title.Text.Length, 21.5, 22.5);
        Assert.InRange(title.YMin, 104.0, 115.0);
        Assert.InRange(first.Min(w => w.XMin), 78.0, 81.0);
        Assert.True(first.Max(w => w.XMax) <= 595.3 - 72.0, $"text to {first.Max(w => w.XMax)} pt: past the 26 mm right margin");
        var unit = first.Single(w => w.Text == "被巡察单位：区骨科医院");
        Assert.InRange((unit.XMax - unit.XMin) / unit.Text.Length, 15.5, 16.5);
        Assert.InRange(first.Single(w => w.Text.StartsWith("核查组：", StringComparison.Ordinal)).YMin - unit.YMin, 27.5, 28.5);
        Assert.StartsWith("（一）" + Pair.Problems[0].Text[..10], string.Concat(first.SkipWhile(w => !w.Text.StartsWith("（一）", StringComparison.Ordinal)).Select(w => w.Text)), StringComparison.Ordinal);

        static (double X, string Text) PageNumber(List<(string Text, double XMin, double YMin, double XMax, double YMax)> words) =>
            (words.Where(w => w.YMin > 760).Min(w => w.XMin), string.Concat(words.Where(w => w.YMin > 760).Select(w => w.Text)));
        Assert.Equal("—1—", PageNumber(first).Text);
        Assert.True(PageNumber(first).X > 400, "page 1's number is not on the right");
        Assert.Equal("—2—", PageNumber(Words(pdf, 2)).Text);
        Assert.True(PageNumber(Words(pdf, 2)).X < 150, "page 2's number is not on the left");
        var text = Squeeze(Tool("pdftotext", pdf, "-"));
        Assert.All(Pair.Problems, p => Assert.Contains(Squeeze(p.Text), text, StringComparison.Ordinal));

        // The page as an image (50 dpi, so 1 mm ≈ 2 px): the ink starts at the 37 mm top margin (the title) and at the
        // 28 mm left one (less a table border's few points), and nothing is printed past the 26 mm right margin but the
        // page number's band at the foot.
        var (width, height, pixels) = Gray(pdf, page: 1);
        bool Dark(int x, int y) => pixels[(y * width) + x] < 160;
        var rows = Enumerable.Range(0, height).Where(y => Enumerable.Range(0, width).Any(x => Dark(x, y))).ToList();
        var columns = Enumerable.Range(0, width).Where(x => Enumerable.Range(0, height * 9 / 10).Any(y => Dark(x, y))).ToList();
        double Mm(int px) => px * 25.4 / 50;
        Assert.InRange(Mm(rows.First()), 36.0, 42.0);
        Assert.InRange(Mm(columns.First()), 25.0, 29.5);
        Assert.True(Mm(width - columns.Last()) >= 25.0, $"ink {Mm(width - columns.Last()):0.0} mm from the right edge");
    }

    [Fact]
    public void A_layout_is_for_Word_and_one_of_two()
    {
        var docx = Path.Combine(_folder.FullName, "x.docx");
        var wrong = Cli.Run("checklist", "--feedback", Pair.FeedbackPath, "-o", docx, "--layout", "a4");
        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains("working（工作底稿）或 gongwen（公文）", wrong.Error, StringComparison.Ordinal);
        var markdown = Cli.Run("checklist", "--feedback", Pair.FeedbackPath, "-o", Path.Combine(_folder.FullName, "x.md"), "--layout", "gongwen");
        Assert.Equal(2, markdown.ExitCode);
        Assert.Contains("只用于 Word 文件", markdown.Error, StringComparison.Ordinal);
        Assert.Empty(_folder.GetFiles());
    }

    /// <summary>A page's words as pdftotext places them, in reading order, in points from the top left.</summary>
    private static List<(string Text, double XMin, double YMin, double XMax, double YMax)> Words(string pdf, int page)
    {
        static double D(string value) => double.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        var xml = Tool("pdftotext", "-f", $"{page}", "-l", $"{page}", "-bbox", pdf, "-");
        return [.. System.Text.RegularExpressions.Regex.Matches(xml, "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>")
            .Select(m => (System.Net.WebUtility.HtmlDecode(m.Groups[5].Value), D(m.Groups[1].Value), D(m.Groups[2].Value), D(m.Groups[3].Value), D(m.Groups[4].Value)))];
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
    public void Excel_rendered_by_LibreOffice_is_landscape_A4_one_page_wide_with_every_problem_and_measure()
    {
        var pdf = ConvertToPdf(Run(".xlsx"));

        // The ledger's page: A4 turned (842 × 595 pt), the title, every column to 备注 on it, every problem and measure
        // in full (rows high enough: clipped text would not be drawn), the page number in the footer.
        var info = Tool("pdfinfo", "-f", "1", "-l", "1", pdf);
        Assert.Matches(@"Page\s+1 size:\s+841\.\d+ x 595\.\d+ pts", info);
        var page = Tool("pdftotext", "-f", "1", "-l", "1", "-layout", pdf, "-");
        var header = page.Split('\n').First(l => l.Contains("序号", StringComparison.Ordinal));
        Assert.Equal(ExcelChecklist.Columns, header.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var text = Squeeze(Tool("pdftotext", "-f", "1", "-l", "1", pdf, "-"));
        Assert.StartsWith("区骨科医院巡察整改核查台账", text, StringComparison.Ordinal);
        Assert.Contains("第1页", text, StringComparison.Ordinal);

        // A column's text: the words drawn from its left edge (where its first cell's text starts, left-aligned) to the
        // next filled column's, line by line down the page.
        var words = Words(pdf, 1);
        double Left(string start) => words.First(w => w.Text.StartsWith(start, StringComparison.Ordinal)).XMin;
        var top = words.First(w => w.Text == "序号").YMax;
        string Column(double left, double right) =>
            string.Concat(words.Where(w => w.YMin > top && w.XMin >= left - 1 && w.XMin < right - 1).OrderBy(w => w.YMin).ThenBy(w => w.XMin).Select(w => w.Text));
        var (problem, measure, status) = (Left(Pair.Problems[0].Text[..6]), Left("实行骨科植入物"), Left("未写明"));
        Assert.Equal(string.Concat(Pair.Problems.Select(p => Squeeze(p.Text))), Column(problem, measure));
        Assert.Contains(Squeeze("主动退回违规收取的医保基金28.4万元。"), Column(measure, status), StringComparison.Ordinal);

        // The image as printed: ink reaches the right edge's columns (the width fitted, not cut at a page break) and
        // the rows take more than a strip of the page.
        var (width, height, pixels) = Gray(pdf, page: 1);
        Assert.True(width > height, $"{width} × {height}: not landscape");
        bool Ink(int x0, int x1, int y0, int y1) => Enumerable.Range(y0, y1 - y0).Any(y => Enumerable.Range(x0, x1 - x0).Any(x => pixels[(y * width) + x] < 128));
        Assert.True(Ink(width * 85 / 100, width * 97 / 100, height / 10, height / 4), "nothing printed in the right-hand columns");
        Assert.True(Ink(0, width, height / 3, height / 2), "the rows end in the top third of the page");
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

    /// <summary>A page rendered by pdftoppm at 50 dpi in grey: its size and one byte a pixel (0 black, 255 white).</summary>
    private (int Width, int Height, byte[] Pixels) Gray(string pdf, int page)
    {
        var prefix = Path.Combine(_folder.FullName, "page");
        Tool("pdftoppm", "-r", "50", "-gray", "-f", $"{page}", "-l", $"{page}", "-singlefile", pdf, prefix);
        var bytes = File.ReadAllBytes(prefix + ".pgm");

        // PGM (P5): magic, width, height, maximum value, each separated by white space, then the pixels.
        var fields = new List<string>();
        var at = 0;
        while (fields.Count < 4)
        {
            while (char.IsWhiteSpace((char)bytes[at]))
            {
                at++;
            }

            var start = at;
            while (!char.IsWhiteSpace((char)bytes[at]))
            {
                at++;
            }

            fields.Add(System.Text.Encoding.ASCII.GetString(bytes, start, at - start));
        }

        Assert.Equal("P5", fields[0]);
        var (width, height) = (int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(fields[2], System.Globalization.CultureInfo.InvariantCulture));
        return (width, height, bytes[(at + 1)..]);
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
