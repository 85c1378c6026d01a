using RectifyNlp.Core.Documents;
using RectifyNlp.Core.Structure;
using RectifyNlp.Ingestion.Pdf;
using RectifyNlp.Tests;
using static RectifyNlp.Ingestion.Tests.Parsing;

namespace RectifyNlp.Ingestion.Tests;

public class PdfReaderTests
{
    [Fact]
    public void Running_headers_and_page_numbers_are_dropped()
    {
        var pdf = Fixture("rectification-report.pdf");
        Assert.True(pdf.Raw.Paragraphs.Max(p => p.Page) >= 2, "the fixture should run over several pages");
        Assert.DoesNotContain("巡察整改工作材料", pdf.Text.Text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(^|\n)-\s*\d+\s*-($|\n)", pdf.Text.Text);
    }

    [Fact]
    public void A_pdf_whose_trailer_gives_its_info_as_a_dictionary_is_read_as_other_readers_read_it()
    {
        // dev110 p06's form: a small tool's PDF writes /Info << /Producer (……) >> in the trailer instead of a reference;
        // poppler opens it, and so must we. The xref's offsets stand: only the trailer after it changes.
        var bytes = File.ReadAllBytes(RepositoryPaths.Fixture("feedback-opinion.pdf"));
        var text = System.Text.Encoding.Latin1.GetString(bytes);
        var at = text.LastIndexOf("/Info 37 0 R", StringComparison.Ordinal);
        Assert.True(at > 0, "the fixture's trailer should name its info by reference");
        var edited = System.Text.Encoding.Latin1.GetBytes(string.Concat(text.AsSpan(0, at), "/Info << /Producer (scan wrapper) >>", text.AsSpan(at + "/Info 37 0 R".Length)));
        var path = Path.Combine(Path.GetTempPath(), $"info-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, edited);
        try
        {
            var pdf = Parser.Parse(path);
            Assert.Equal(Fixture("feedback-opinion.pdf").Text.Text, pdf.Text.Text);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_footnotes_small_raised_mark_does_not_break_its_paragraph()
    {
        // dev110 p05's form (a feedback exported from Word with a footnote mark after a quoted term, 以陈顶新”¹), in a
        // standard font: the mark, set at 8 points and raised over a 14-point line, is no line of its own.
        const string content = "BT /F1 14 Tf 72 760 Td (The first paragraph opens the page here.) Tj ET\n"
            + "BT /F1 14 Tf 72 720 Td (Grain was bought in as new stock) Tj ET\n"
            + "BT /F1 14 Tf 72 702 Td (although it had) Tj ET\n"
            + "BT /F1 8 Tf 180 708 Td (1) Tj ET\n"
            + "BT /F1 14 Tf 186 702 Td ( been stored for years.) Tj ET\n"
            + "BT /F1 14 Tf 72 660 Td (The third paragraph stands alone here.) Tj ET\n"
            + "BT /F1 14 Tf 72 620 Td (The fourth paragraph closes the page.) Tj ET\n";
        var path = Path.Combine(Path.GetTempPath(), $"mark-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, SimplePdf(content));
        try
        {
            var text = Parser.Parse(path).Text.Text.Replace(" ", "", StringComparison.Ordinal);
            Assert.Contains("newstockalthoughithadbeenstored", text, StringComparison.Ordinal);
            Assert.DoesNotContain("1", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_footnote_at_a_pages_foot_goes_after_the_text_not_into_it()
    {
        // dev110 p03's form (a Word report with a footnote, exported by LibreOffice): the note set small at the page's
        // foot came between an item's fields that ran over the page break. It now follows the text, whole.
        const string content = "BT /F1 14 Tf 72 760 Td (The first paragraph opens the page here.) Tj ET\n"
            + "BT /F1 14 Tf 72 720 Td (The second paragraph tells of a rule made.) Tj ET\n"
            + "BT /F1 14 Tf 72 680 Td (The third paragraph stands alone here.) Tj ET\n"
            + "BT /F1 14 Tf 72 640 Td (The fourth paragraph is on the same page.) Tj ET\n"
            + "BT /F1 14 Tf 72 600 Td (The fifth paragraph runs on to the foot.) Tj ET\n"
            + "BT /F1 14 Tf 72 560 Td (The sixth paragraph ends the text.) Tj ET\n"
            + "BT /F1 9 Tf 72 90 Td (1 The rule was adopted by the branch in June.) Tj ET\n"
            + "BT /F1 10 Tf 290 50 Td (3) Tj ET\n";
        const string next = "BT /F1 14 Tf 72 760 Td (The seventh paragraph opens the second page.) Tj ET\n"
            + "BT /F1 10 Tf 290 50 Td (4) Tj ET\n";
        var path = Path.Combine(Path.GetTempPath(), $"note-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, SimplePdf(content, next));
        try
        {
            var pdf = Parser.Parse(path);
            var texts = pdf.Raw.Paragraphs.Select(p => p.Text.Replace(" ", "", StringComparison.Ordinal)).ToList();
            Assert.StartsWith("1Therulewasadopted", texts[^1], StringComparison.Ordinal);
            Assert.Contains(texts[..^1], t => t.Contains("Theseventhparagraph", StringComparison.Ordinal));
            Assert.DoesNotContain(texts[..^1], t => t.Contains("Therulewasadopted", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>A PDF in Helvetica (a standard font, not embedded), a page for each content stream given.</summary>
    private static byte[] SimplePdf(params string[] contents)
    {
        var kids = string.Join(' ', contents.Select((_, k) => $"{4 + (2 * k)} 0 R"));
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{kids}] /Count {contents.Length} >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        };
        for (var k = 0; k < contents.Length; k++)
        {
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {5 + (2 * k)} 0 R >>");
            objects.Add($"<< /Length {contents[k].Length} >>\nstream\n{contents[k]}endstream");
        }

        return MinimalPdf.Build(objects);
    }

    [Fact]
    public void Ocr_text_opens_a_problem_label_read_with_a_doubled_colon_after_a_closing_note()
    {
        // dev110 p06's form (a scanned report read by Tesseract), in words of our own: the note that closes one item ends
        // with a bracket, and the next label's colon is read as ；：. The label still opens its own paragraph, as 问题八：.
        const string page = "问题七：辅警队伍管理松散\n整改情况：对6名未经培训的辅警集中开展岗前培训，考试合格后才安排窗口工作，\n"
            + "收回全部民警数字证书。（责任人：副所长；整改时限：2025年4月30日）\n问题八；：党支部组织生活不严肃\n"
            + "整改情况：严格落实“三会一课”制度，每月开展一次主题党日活动，记录当场签字，\n支部书记每季度讲一次党课。（责任人：支部书记）";
        var paragraphs = PdfTextReader.OcrParagraphs(page, 1).Select(p => p.Text).ToList();
        Assert.Contains(paragraphs, p => p.StartsWith("问题八：党支部组织生活不严肃", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.Contains("2025年4月30日）\n问题八", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2． 关于 “考试命题和阅卷管理不严” 的问题", true)]
    [InlineData("３．关于财务报销审核不严的问题", true)]
    [InlineData("（二） 落实全面从严治党要求方面", true)]
    [InlineData("2.5 万元已全部退还学生家长。", false)]
    public void A_line_numbered_in_full_width_forms_with_the_room_its_stop_leaves_opens_an_item(string line, bool opens)
    {
        // dev110 p03's form (a Word ledger exported by LibreOffice): 2．关于…… comes out of the text layer as 2． 关于, and
        // was joined to the item above it (……学生家长。2.关于……); a figure is still no number.
        Assert.Equal(opens, PdfParagraphJoiner.OpensNumberedItem(line));
    }

    [Fact]
    public void Visual_lines_are_joined_back_into_the_paragraphs_of_the_text()
    {
        var text = Sample("feedback-speech.txt");
        var pdf = Fixture("feedback-speech.pdf");
        var paragraphs = text.Text.Paragraphs.Select(p => p.Span.Slice(text.Text.Text)).ToList();
        var pdfParagraphs = pdf.Text.Paragraphs.Select(p => p.Span.Slice(pdf.Text.Text)).ToList();
        Assert.Equal(paragraphs, pdfParagraphs);
    }

    [Fact]
    public void A_line_left_short_by_a_word_of_digits_that_did_not_fit_or_ending_with_a_comma_is_a_wrap()
    {
        // 12-point text, full lines reach 500: the first line stops 20 short because 2024年 did not fit after it.
        Pdf.PdfLine Line(string text, double right, double baseline) => new(text, 72, right, baseline, 12, 1);
        var lines = new List<Pdf.PdfLine>
        {
            Line("（一）落实党委领导下的院长负责制不到位。党委会与院长办公会议事范围界定不清，", 480, 700),
            Line("2024年有4项大额设备采购事项未经党委会研究即由院长办公会决定。", 430, 682),
            Line("（二）医德医风建设抓得不实。患者反映个别科室存在收受红包苗头，医院收到相关投诉", 500, 664),
            Line("6件，均仅作口头提醒处理。", 220, 646),
            Line("（三）医保基金使用不规范，涉及医保基金13.7万元。", 380, 628),
            Line("党支部组织生活质量不高，学习笔记照抄。", 300, 610),
        };
        var paragraphs = Pdf.PdfParagraphJoiner.Join(lines);
        Assert.Equal(4, paragraphs.Count);
        Assert.StartsWith("（一）", paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Contains("2024年有4项", paragraphs[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("党支部组织生活", paragraphs[3].Text, StringComparison.Ordinal);
        Assert.False(Pdf.PdfParagraphJoiner.Wrapped("涉及医保基金13.7万元。", "党支部组织生活", 120, 12));
        Assert.True(Pdf.PdfParagraphJoiner.Wrapped("医院收到相关投诉", "2024年收到", 30, 12));
        Assert.False(Pdf.PdfParagraphJoiner.Wrapped("医院收到相关投诉", "2024年收到", 60, 12));
    }

    [Fact]
    public void A_ledger_drawn_with_rules_is_read_a_row_a_line_in_its_columns_over_page_breaks()
    {
        // A report exported from Word by LibreOffice: its ledger is a ruled table over three pages, the header repeated on
        // each, rows broken by the page ends.
        var pdf = Parser.Parse(Path.Combine(RepositoryPaths.Root, "corpus", "dev9", "m01", "report.pdf"));
        var rows = pdf.Raw.Paragraphs.Where(p => p.IsTableRow).Select(p => p.Text.Split(RawParagraph.TableCellSeparator)).ToList();
        Assert.Equal(["序号", "反馈问题", "整改措施", "责任领导", "责任部门", "完成时限", "整改进展"], rows[0]);
        Assert.Equal(8, rows.Count);
        Assert.All(rows, r => Assert.Equal(7, r.Length));
        var row = rows.Single(r => r[0] == "2-3");
        // Spaces between lines and around digits are the raw text's; normalisation drops those next to Chinese.
        Assert.Equal("所属佳禾物业公司停车费收入存于个人账户，形成账外资金6.8万元。", row[1].Replace(" ", "", StringComparison.Ordinal));
        Assert.Equal("陈立群", row[3]);
        Assert.Equal("", rows.Single(r => r[0] == "2-2")[3]);
        Assert.Contains("三、下一步工作打算", pdf.Text.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_set_in_two_columns_is_read_down_the_left_column_then_the_right_the_title_block_first()
    {
        // A report set in two columns under a one-column title block (Word, exported by LibreOffice): each visual row holds
        // a line of each column; read row by row, the two columns' sentences alternate.
        var pdf = Parser.Parse(Path.Combine(RepositoryPaths.Root, "corpus", "dev17", "p02", "report.pdf"));
        var paragraphs = pdf.Raw.Paragraphs.Select(p => p.Text.Replace("\n", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal)).ToList();
        Assert.Equal("关于区委第二巡察组反馈意见整改情况的报告", paragraphs[0]);
        Assert.Contains("2025年5月20日，区委第二巡察组向医院党委反馈了巡察意见。医院党委对照反馈意见逐条认领，现将整改情况报告如下。", paragraphs);
        Assert.Contains("反馈意见1.2：行风建设推进不力", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("制定《医药代表院内接待管理规定》，门诊和病区张贴禁入标识，安装视频监控12处。", StringComparison.Ordinal));
        var order = new[] { "一、整改工作开展情况", "二、逐项整改情况", "反馈意见1.1：党委领导下的院长负责制落实有偏差", "反馈意见2.1：药品耗材采购管理不规范", "反馈意见3.2：选人用人工作不够规范", "三、公开和下一步工作" }
            .Select(h => paragraphs.IndexOf(h)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public void Spaces_around_digits_from_extraction_are_removed()
    {
        var pdf = Fixture("rectification-report.pdf");
        Assert.Contains("2025年4月15日，区委第二巡察组向局党组反馈了巡察意见", pdf.Text.Text, StringComparison.Ordinal);
        Assert.Contains("追回违规发放的加班误餐补贴8.6万元", pdf.Text.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_a_text_layer_is_read_by_ocr()
    {
        var scanned = Fixture("scanned-speech-page1.pdf");
        Assert.Contains(scanned.Raw.Notes, n => n.StartsWith("OCR 页", StringComparison.Ordinal));
        Assert.Equal(DocumentKind.FeedbackSpeech, scanned.Structure.Kind.Kind);
        Assert.Contains("反馈会上的讲话", scanned.Structure.Title, StringComparison.Ordinal);
        Assert.Contains(scanned.Structure.Sections, s => s.Marker == "一、" && s.Heading.StartsWith("深化思想认识", StringComparison.Ordinal));
        Assert.Contains("同志们：", scanned.Text.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_ocr_tools_a_scanned_page_fails_naming_what_to_install()
    {
        var reader = new AutoDetectingDocumentReader(ReaderOptions.Default with
        {
            Ocr = OcrOptions.Default with { TesseractPath = "/nonexistent/tesseract" },
        });
        var e = Assert.Throws<DocumentReadException>(() => reader.Read(RepositoryPaths.Fixture("scanned-speech-page1.pdf")));
        Assert.Equal(DocumentReadError.OcrUnavailable, e.Error);
        Assert.Contains("tesseract-ocr-chi-sim", e.Message, StringComparison.Ordinal);
        Assert.Contains("第 1 页", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }
}

public sealed class UnmappedFontTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("rectify-garbled-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void A_page_that_extracts_as_private_use_characters_is_not_passed_on_as_text()
    {
        var path = Path.Combine(_folder.FullName, "garbled.pdf");
        File.WriteAllBytes(path, UnmappedFontPdf.Build());

        // Without OCR the read fails naming the page, instead of returning private-use garbage.
        var noOcr = new AutoDetectingDocumentReader(ReaderOptions.Default with { Ocr = OcrOptions.Default with { TesseractPath = "/nonexistent/tesseract" } });
        var e = Assert.Throws<DocumentReadException>(() => noOcr.Read(path));
        Assert.Equal(DocumentReadError.OcrUnavailable, e.Error);
        Assert.Contains("第 1 页", e.Message, StringComparison.Ordinal);

        // With OCR the page goes to Tesseract, and nothing of the private-use range survives.
        var read = AutoDetectingDocumentReader.Default.Read(path);
        Assert.Contains(read.Notes, n => n.StartsWith("OCR 页", StringComparison.Ordinal));
        Assert.DoesNotContain(read.Text, c => c is >= '\uE000' and <= '\uF8FF');
    }
}
