using RectifyNlp.Core.Documents;
using RectifyNlp.Ingestion.PlainText;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace RectifyNlp.Ingestion.Pdf;

/// <summary>
/// Reads a PDF with PdfPig: lines in reading order, running headers, footers and page numbers dropped,
/// lines joined into paragraphs. A page without a usable text layer — scanned, or set in fonts with no
/// Unicode map so that it extracts as replacement or private-use characters — is read by OCR; without the
/// OCR tools the read fails with a message naming them, never with an empty text.
/// </summary>
internal static partial class PdfTextReader
{
    /// <summary>
    /// Opens a PDF strictly, and again leniently when only its trailer breaks the letter of the format — an /Info given as a
    /// dictionary rather than a reference, as some scanners and small tools write it, which other readers open. What even
    /// lenient reading cannot open is still reported as damaged.
    /// </summary>
    private static PdfDocument Open(byte[] bytes)
    {
        try
        {
            return PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = false, SkipMissingFonts = true });
        }
        catch (PdfDocumentFormatException e) when (e.Message.Contains("trailer", StringComparison.OrdinalIgnoreCase))
        {
            // Only the trailer: a file refused for what it holds (arrays nested fifty thousand deep) stays refused.
            return PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
    }

    public static RawDocument Read(byte[] bytes, string path, string sourceName, ReaderOptions options, CancellationToken cancellationToken = default)
    {
        // A PDF ends with %%EOF; without it the file was cut off, and what PdfPig could recover would be partial.
        if (!EndsWithEofMarker(bytes))
        {
            throw new DocumentReadException(DocumentReadError.Corrupt, $"{sourceName}：PDF 文件不完整（缺少文件结尾标记），可能在传输中被截断");
        }

        var notes = new List<string>();
        var pages = new List<List<PdfLine>>();
        var footnotes = new List<PdfLine>();
        var ocrPages = new Dictionary<int, string>();
        var ocr = new TesseractOcr(options.Ocr);
        try
        {
            using var pdf = Open(bytes);
            foreach (var page in pdf.GetPages())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var letters = page.Letters;
                if (HasUsableText(letters))
                {
                    // A ledger drawn with rules is read cell by cell; the rest of the page as lines, the rows in among them.
                    var (rows, rest) = PdfTableFinder.Split(letters, page.Paths, page.Number);
                    // The lines come in reading order (two columns one after the other); a ruled table's rows go in by height.
                    var lines = PdfLineBuilder.Build(rest, page.Number);
                    var pageLines = rows.Count == 0 ? lines : [.. lines.Concat(rows).OrderByDescending(l => l.Baseline)];
                    footnotes.AddRange(TakeFootnotes(pageLines));
                    pages.Add(pageLines);
                    continue;
                }

                if (letters.Count == 0 && !page.GetImages().Any())
                {
                    continue; // a blank page
                }

                ocr.EnsureAvailable(sourceName, page.Number);
                ocrPages[page.Number] = ocr.ReadPage(path, page.Number, sourceName, cancellationToken);
                pages.Add([]);
            }
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new DocumentReadException(DocumentReadError.Encrypted, $"{sourceName}：PDF 文件有密码保护，请提供未加密的文件", e);
        }
        catch (Exception e) when (e is not (DocumentReadException or OperationCanceledException))
        {
            // PdfPig's words (English, naming objects and offsets) stay in the inner exception, for --verbose and the log.
            throw new DocumentReadException(DocumentReadError.Corrupt, $"{sourceName}：PDF 文件已损坏或结构异常（{(e is PdfDocumentFormatException ? "对象或交叉引用表无法解析" : "页面内容无法解析")}），无法读取；请用原软件重新导出 PDF 后再读", e);
        }

        var paragraphs = new List<RawParagraph>();
        var textPages = pages.Where(p => p.Count > 0).ToList();
        var kept = RunningTextFilter.Filter(textPages);
        var byPage = kept.GroupBy(l => l.Page).ToDictionary(g => g.Key, g => g.ToList());
        var pageNumbers = byPage.Keys.Concat(ocrPages.Keys).Order().ToList();

        // Text-layer pages in a row are joined together, so a paragraph may run over a page break.
        var run = new List<PdfLine>();
        foreach (var number in pageNumbers)
        {
            if (byPage.TryGetValue(number, out var lines))
            {
                run.AddRange(lines);
                continue;
            }

            paragraphs.AddRange(PdfParagraphJoiner.Join(run));
            run.Clear();
            paragraphs.AddRange(OcrParagraphs(ocrPages[number], number));
        }

        paragraphs.AddRange(PdfParagraphJoiner.Join(run));
        // The footnotes go after the text, each a paragraph: at a page's foot they would cut into a paragraph or an item
        // running over the page break (……责任股室：办公室 / 1该制度于…… / 整改时限：……).
        paragraphs.AddRange(FootnoteParagraphs(footnotes));
        if (ocrPages.Count > 0)
        {
            notes.Add($"OCR 页：{string.Join('、', ocrPages.Keys)}");
        }

        if (paragraphs.Count == 0)
        {
            throw new DocumentReadException(DocumentReadError.Empty, $"{sourceName}：PDF 中没有可读的文字");
        }

        return new RawDocument(sourceName, SourceFormat.Pdf, paragraphs, notes);
    }

    /// <summary>
    /// Takes a page's footnotes off it: the lines at its foot, below the text, set smaller than its text, the first of
    /// them opening with a note's mark (1 / ① / * / 注：) — Word's footnotes as exported. A page number is left to the
    /// running-text filter.
    /// </summary>
    internal static List<PdfLine> TakeFootnotes(List<PdfLine> lines)
    {
        if (lines.Count < MinLinesForNotes)
        {
            return [];
        }

        var size = PdfParagraphJoiner.Median(lines.Select(l => l.Size));
        var byHeight = lines.OrderBy(l => l.Baseline).ToList();
        var foot = new List<PdfLine>();
        foreach (var line in byHeight)
        {
            if (line.IsTableRow || line.Size >= size * SmallNote || !line.Text.Any(char.IsLetter))
            {
                if (foot.Count == 0 && !line.Text.Any(char.IsLetter))
                {
                    continue; // a page number below the notes
                }

                break;
            }

            foot.Add(line);
        }

        // Read upwards the lines were gathered bottom first; the block is a note only when its top line opens with a mark.
        foot.Reverse();
        var start = foot.FindIndex(l => NoteMarkRegex().IsMatch(l.Text.TrimStart()));
        if (start < 0)
        {
            return [];
        }

        var notes = foot[start..];
        lines.RemoveAll(notes.Contains);
        return notes;
    }

    private static IEnumerable<RawParagraph> FootnoteParagraphs(List<PdfLine> notes)
    {
        var current = new List<string>();
        var page = 0;
        foreach (var line in notes)
        {
            if (current.Count > 0 && (NoteMarkRegex().IsMatch(line.Text.TrimStart()) || line.Page != page))
            {
                yield return new RawParagraph(string.Join('\n', current), Page: page);
                current.Clear();
            }

            page = line.Page;
            current.Add(line.Text);
        }

        if (current.Count > 0)
        {
            yield return new RawParagraph(string.Join('\n', current), Page: page);
        }
    }

    /// <summary>Fewest lines on a page for its foot to be read for notes.</summary>
    private const int MinLinesForNotes = 6;

    /// <summary>Largest size of a note's letters, as a share of the page's text.</summary>
    private const double SmallNote = 0.85;

    // A note's mark: 1该制度…… / ①…… / *…… / 注：…….
    [System.Text.RegularExpressions.GeneratedRegex(@"^(\d{1,2}(?![\d.．、,，%年月日万元个人项])|[①-⑳]|[*※]|注[：:])")]
    private static partial System.Text.RegularExpressions.Regex NoteMarkRegex();

    /// <summary>Whether a page has a text layer worth reading: letters, mostly real characters.</summary>
    private static bool HasUsableText(IReadOnlyList<Letter> letters)
    {
        int total = 0, bad = 0;
        foreach (var letter in letters)
        {
            foreach (var c in letter.Value)
            {
                if (char.IsWhiteSpace(c))
                {
                    continue;
                }

                total++;
                if (c == '\uFFFD' || c is >= '\uE000' and <= '\uF8FF' || char.IsControl(c))
                {
                    bad++;
                }
            }
        }

        return total >= 3 && bad <= total * 0.3;
    }

    /// <summary>
    /// Tesseract separates blocks by blank lines and wraps lines inside them. Within a block, a line opens a
    /// new paragraph when it starts with a heading number, or when the line before it ended a sentence well
    /// short of the block's longest line.
    /// </summary>
    internal static IEnumerable<RawParagraph> OcrParagraphs(string text, int page)
    {
        foreach (var block in text.Replace("\f", string.Empty, StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            // A colon read twice with a stop beside it (问题八；： / 整改情况：：) is one colon.
            var lines = block.Split('\n').Select(l => DoubledColonRegex().Replace(l.Trim(), "：")).Where(l => l.Length > 0).ToList();
            if (lines.Count == 0)
            {
                continue;
            }

            var longest = lines.Max(l => l.Replace(" ", string.Empty, StringComparison.Ordinal).Length);
            var current = new List<string> { lines[0] };
            for (var i = 1; i < lines.Count; i++)
            {
                var previous = lines[i - 1];
                // A bracketed note closes its paragraph as a stop does (……整改时限：2025年4月30日）).
                var endedShort = previous[^1] is '。' or '：' or '！' or '？' or '）' or ')' && previous.Replace(" ", string.Empty, StringComparison.Ordinal).Length < longest * 0.85;
                if (endedShort || PdfParagraphJoiner.OpensNumberedItem(lines[i]))
                {
                    yield return new RawParagraph(string.Join('\n', current), Page: page);
                    current.Clear();
                }

                current.Add(lines[i]);
            }

            yield return new RawParagraph(string.Join('\n', current), Page: page);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("[；;，,：:][：:]|[：:][；;，,]")]
    private static partial System.Text.RegularExpressions.Regex DoubledColonRegex();

    private static bool EndsWithEofMarker(byte[] bytes)
    {
        var tail = bytes.AsSpan(Math.Max(0, bytes.Length - 2048));
        return tail.IndexOf("%%EOF"u8) >= 0;
    }
}
