using RectifyNlp.Core.Documents;
using RectifyNlp.Ingestion.Html;
using RectifyNlp.Ingestion.Pdf;
using RectifyNlp.Ingestion.PlainText;
using RectifyNlp.Ingestion.Word;

namespace RectifyNlp.Ingestion;

/// <summary>
/// The reader the pipeline uses: checks the size, tells the format from the content and hands the file
/// to the reader for it. Every failure is one <see cref="DocumentReadException"/> with a one-line reason.
/// Symbolic links are not followed: a batch or upload folder is read, never traversed out of.
/// </summary>
public sealed class AutoDetectingDocumentReader(ReaderOptions? options = null) : IDocumentReader
{
    private readonly ReaderOptions _options = options ?? ReaderOptions.Default;

    /// <summary>A reader with the default limits.</summary>
    public static AutoDetectingDocumentReader Default { get; } = new();

    /// <inheritdoc />
    public RawDocument Read(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new DocumentReadException(DocumentReadError.NotFound, Directory.Exists(path) ? $"{name}：这是一个文件夹，不是文件" : $"{name}：文件不存在");
        }

        if (info.LinkTarget is not null)
        {
            throw new DocumentReadException(DocumentReadError.Unsupported, $"{name}：是符号链接，出于安全考虑不跟随读取");
        }

        if (info.Length > _options.MaxFileBytes)
        {
            throw new DocumentReadException(DocumentReadError.TooLarge,
                $"{name}：文件大小 {Math.Ceiling(info.Length * 10 / (1024.0 * 1024)) / 10:0.#} MB，超过 {_options.MaxFileBytes / (1024.0 * 1024):0.#} MB 上限"); // rounded up: a file just over the limit never reads as at it
        }

        if (info.Length == 0)
        {
            throw new DocumentReadException(DocumentReadError.Empty, $"{name}：文件为空");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DocumentReadException(DocumentReadError.NotFound, $"{name}：无法打开文件（{(e is UnauthorizedAccessException ? "没有读取权限" : "读取出错")}）", e);
        }

        return Read(bytes, path, name, cancellationToken);
    }

    /// <summary>
    /// The format of an upload told from its content alone (PDF, Word, HTML or text in a Chinese encoding), without
    /// reading it through: images, archives, executables, legacy Office files and binary data are refused with a
    /// <see cref="DocumentReadException"/>, as <see cref="Read(string, CancellationToken)"/> would refuse them.
    /// </summary>
    public static SourceFormat Identify(byte[] bytes, string name)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0)
        {
            throw new DocumentReadException(DocumentReadError.Empty, $"{name}：文件为空");
        }

        var format = ContentSniffer.Sniff(bytes, name);
        if (format != SourceFormat.Text)
        {
            return format;
        }

        var (text, _) = TextDecoder.Decode(bytes, name);
        return ContentSniffer.IsHtml(text) ? SourceFormat.Html : SourceFormat.Text;
    }

    /// <summary>Reads a file's bytes; <paramref name="path"/> is where they are on disk (OCR needs it).</summary>
    internal RawDocument Read(byte[] bytes, string path, string name, CancellationToken cancellationToken = default)
    {
        // Text beyond the limit costs the analysis more than it can use, whatever the format.
        var document = ReadFormat(bytes, path, name, cancellationToken);
        return document.Text.Length > _options.MaxTextChars ? throw LimitExceeded.Text(name, _options) : document;
    }

    private RawDocument ReadFormat(byte[] bytes, string path, string name, CancellationToken cancellationToken)
    {
        switch (ContentSniffer.Sniff(bytes, name))
        {
            case SourceFormat.Pdf:
                return PdfTextReader.Read(bytes, path, name, _options, cancellationToken);
            case SourceFormat.Word:
                using (var stream = new MemoryStream(bytes, writable: false))
                {
                    return DocxReader.Read(stream, name, _options, cancellationToken);
                }

            default:
                var (text, encoding) = TextDecoder.Decode(bytes, name);
                cancellationToken.ThrowIfCancellationRequested();
                if (string.IsNullOrWhiteSpace(text))
                {
                    throw new DocumentReadException(DocumentReadError.Empty, $"{name}：文件中没有可读的文字");
                }

                if (ContentSniffer.IsHtml(text))
                {
                    return HtmlArticleReader.Read(text, name, _options, cancellationToken);
                }

                // Checked before the paragraphs are built, as Word's text is before its tree is.
                return text.Length > _options.MaxTextChars
                    ? throw LimitExceeded.Text(name, _options)
                    : PlainTextReader.FromText(text, name, SourceFormat.Text, [$"编码：{encoding}"], cancellationToken);
        }
    }
}
