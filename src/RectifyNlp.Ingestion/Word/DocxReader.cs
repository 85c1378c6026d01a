using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using RectifyNlp.Core.Documents;

namespace RectifyNlp.Ingestion.Word;

/// <summary>
/// Reads a .docx: body paragraphs in order with their heading levels (style or direct outline level),
/// automatic numbering rendered to its visible text, tables one row a paragraph. Headers, footers,
/// footnotes, deleted revisions and field codes are not text of the document and are left out.
/// </summary>
internal static class DocxReader
{
    public static RawDocument Read(Stream stream, string sourceName, ReaderOptions options, CancellationToken cancellationToken = default)
    {
        ZipGuard.Check(stream, options, sourceName);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            using var document = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = options.MaxInflatedBytes });
            var main = document.MainDocumentPart;
            var body = main?.Document?.Body
                ?? throw new DocumentReadException(DocumentReadError.Corrupt, $"{sourceName}：Word 文件缺少正文部分（word/document.xml）");
            var context = new Context(new WordStyles(main!.StyleDefinitionsPart?.Styles), new WordNumbering(main.NumberingDefinitionsPart?.Numbering), cancellationToken);
            var paragraphs = new List<RawParagraph>();
            ReadBlocks(body, context, paragraphs);
            return new RawDocument(sourceName, SourceFormat.Word, paragraphs);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or InvalidOperationException or IOException)
        {
            // The library's words (English, naming parts and schemas) stay in the inner exception, for --verbose and the log.
            var what = e is XmlException ? "文档内容的格式有误" : e is IOException or InvalidDataException ? "压缩包中的内容无法读取" : "文档的组成部分缺失或不符合 Word 格式";
            throw new DocumentReadException(DocumentReadError.Corrupt, $"{sourceName}：Word 文件已损坏或不完整（{what}），请用 Word 重新保存后再读", e);
        }
    }

    private static void ReadBlocks(OpenXmlElement container, Context context, List<RawParagraph> output)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    context.Cancellation.ThrowIfCancellationRequested();
                    var (text, level) = ReadParagraph(paragraph, context);
                    output.Add(new RawParagraph(text, level));
                    break;
                case Table table when table.Elements<TableRow>().All(r => r.Elements<TableCell>().Count() == 1):
                    // A table of one column is a framed box of text (典型案例 / 1.…… / 2.……): its paragraphs are the
                    // document's, not one row's cell run together.
                    foreach (var cell in table.Elements<TableRow>().SelectMany(r => r.Elements<TableCell>()))
                    {
                        ReadBlocks(cell, context, output);
                    }

                    break;
                case Table table:
                    // Which columns a vertically merged cell with text runs down (vMerge restart … continue).
                    var mergedDown = new HashSet<int>();
                    foreach (var row in table.Elements<TableRow>())
                    {
                        context.Cancellation.ThrowIfCancellationRequested();
                        // A cell spanning columns (gridSpan) is followed by empty cells, so the row's cells stay in the grid's columns;
                        // a cell under a merged one with text reads as the ditto mark.
                        var cells = new List<string>();
                        foreach (var cell in row.Elements<TableCell>())
                        {
                            var column = cells.Count;
                            var merge = cell.TableCellProperties?.VerticalMerge;
                            var continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                            var cellText = CellText(cell, context);
                            if (continues && cellText.Length == 0 && mergedDown.Contains(column))
                            {
                                cellText = RawParagraph.MergedCellMark;
                            }
                            else if (merge is not null && !continues && cellText.Length > 0)
                            {
                                mergedDown.Add(column);
                            }
                            else if (!continues)
                            {
                                mergedDown.Remove(column);
                            }

                            cells.AddRange(Spanned(cellText, cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1));
                        }

                        if (cells.Exists(c => c.Length > 0))
                        {
                            output.Add(new RawParagraph(string.Join(RawParagraph.TableCellSeparator, cells), IsTableRow: true));
                        }
                    }

                    break;
                case SectionProperties:
                    break;
                default:
                    // Content controls, custom XML and the like: their paragraphs are the document's.
                    ReadBlocks(element, context, output);
                    break;
            }
        }
    }

    /// <summary>A cell's text followed by an empty cell for each further column it spans (at most the 63 Word allows).</summary>
    internal static IEnumerable<string> Spanned(string text, int span)
    {
        yield return text;
        for (var k = 1; k < Math.Clamp(span, 1, 63); k++)
        {
            yield return string.Empty;
        }
    }

    private static string CellText(TableCell cell, Context context)
    {
        var parts = new List<RawParagraph>();
        ReadBlocks(cell, context, parts);
        return string.Join(' ', parts.Select(p => p.Text.Trim()).Where(t => t.Length > 0));
    }

    private static (string Text, int? OutlineLevel) ReadParagraph(Paragraph paragraph, Context context)
    {
        var properties = paragraph.ParagraphProperties;
        var styleId = properties?.ParagraphStyleId?.Val?.Value;
        var outline = properties?.OutlineLevel?.Val?.Value ?? context.Styles.OutlineLevel(styleId);

        var (numId, level) = properties?.NumberingProperties is { } direct
            ? (direct.NumberingId?.Val?.Value ?? context.Styles.Numbering(styleId).NumId, direct.NumberingLevelReference?.Val?.Value ?? 0)
            : context.Styles.Numbering(styleId);

        var text = new StringBuilder();
        if (numId > 0)
        {
            text.Append(context.Numbering.Next(numId, level));
        }

        AppendText(paragraph, text);
        return (text.ToString(), outline is >= 0 and < 9 ? outline + 1 : null);
    }

    private static void AppendText(OpenXmlElement element, StringBuilder text)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar or PositionalTab:
                    text.Append('\t');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
                case DeletedRun or DeletedText or FieldCode or DeletedFieldCode or ParagraphProperties or RunProperties
                    or AlternateContentFallback or FootnoteReference or EndnoteReference:
                    break;
                default:
                    AppendText(child, text);
                    break;
            }
        }
    }

    private sealed record Context(WordStyles Styles, WordNumbering Numbering, CancellationToken Cancellation);
}
