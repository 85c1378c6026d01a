using RectifyNlp.Core.Documents;
using RectifyNlp.Core.Structure;
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
    public void Visual_lines_are_joined_back_into_the_paragraphs_of_the_text()
    {
        var text = Sample("feedback-speech.txt");
        var pdf = Fixture("feedback-speech.pdf");
        var paragraphs = text.Text.Paragraphs.Select(p => p.Span.Slice(text.Text.Text)).ToList();
        var pdfParagraphs = pdf.Text.Paragraphs.Select(p => p.Span.Slice(pdf.Text.Text)).ToList();
        Assert.Equal(paragraphs, pdfParagraphs);
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
