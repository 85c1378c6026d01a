using System.IO.Compression;
using System.Text;
using RectifyNlp.Core.Documents;

namespace RectifyNlp.Ingestion;

/// <summary>
/// Tells a file's format from its bytes, not its name: a .txt that is really a Word file is read as
/// Word, a .docx that is really an old .doc or an encrypted package is refused with the reason.
/// </summary>
internal static class ContentSniffer
{
    public static SourceFormat Sniff(byte[] bytes, string sourceName)
    {
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 1024));
        if (head.StartsWith("%PDF-"u8) || (head.IndexOf("%PDF-"u8) is >= 0 and < 1024))
        {
            return SourceFormat.Pdf;
        }

        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            return SniffZip(bytes, sourceName);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            // An OLE compound file: an encrypted Office package, or a legacy binary .doc/.xls.
            var encrypted = bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes("EncryptedPackage")) >= 0;
            throw encrypted
                ? new DocumentReadException(DocumentReadError.Encrypted, $"{sourceName}：Word 文件有密码保护，请提供未加密的文件")
                : new DocumentReadException(DocumentReadError.Unsupported, $"{sourceName}：不支持旧版 Word/Excel 二进制格式（.doc/.xls），请另存为 .docx 后再试");
        }

        if (Unsupported(head) is { } kind)
        {
            throw new DocumentReadException(DocumentReadError.Unsupported, $"{sourceName}：不支持的文件类型（{kind}），请提供 .txt、.docx、.pdf 或 .html 文件");
        }

        return SourceFormat.Text; // text or HTML: decided once decoded
    }

    /// <summary>Whether decoded text is an HTML page rather than plain text.</summary>
    public static bool IsHtml(string text)
    {
        var start = text.AsSpan(0, Math.Min(text.Length, 2048)).TrimStart();
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (start.StartsWith("<", StringComparison.Ordinal) && (start.Contains("<body", StringComparison.OrdinalIgnoreCase) || start.Contains("<head", StringComparison.OrdinalIgnoreCase)));
    }

    private static SourceFormat SniffZip(byte[] bytes, string sourceName)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.GetEntry("word/document.xml") is not null || zip.Entries.Any(e => e.FullName.Equals("[Content_Types].xml", StringComparison.Ordinal)) && zip.Entries.Any(e => e.FullName.StartsWith("word/", StringComparison.Ordinal)))
            {
                return SourceFormat.Word;
            }

            var kind = zip.Entries.Any(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal)) ? "Excel 工作簿"
                : zip.Entries.Any(e => e.FullName.StartsWith("ppt/", StringComparison.Ordinal)) ? "PowerPoint 演示文稿"
                : zip.Entries.Any(e => e.FullName == "mimetype") ? "OpenDocument 文档"
                : "zip 压缩包";
            throw new DocumentReadException(DocumentReadError.Unsupported, $"{sourceName}：不支持的文件类型（{kind}），请提供 .txt、.docx、.pdf 或 .html 文件");
        }
        catch (InvalidDataException e)
        {
            // The zip library's words (English) stay in the inner exception, for --verbose and the log.
            throw new DocumentReadException(DocumentReadError.Corrupt, $"{sourceName}：Word 文件已损坏或不完整（压缩包结构无法读取），请用 Word 重新保存后再读", e);
        }
    }

    private static string? Unsupported(ReadOnlySpan<byte> head) => head switch
    {
        _ when head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) => "PNG 图片",
        _ when head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) => "JPEG 图片",
        _ when head.StartsWith("GIF8"u8) => "GIF 图片",
        _ when head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8) => "TIFF 图片",
        _ when head.StartsWith("{\\rtf"u8) => "RTF 文档",
        _ when head.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]) => "gzip 压缩包",
        _ when head.StartsWith("Rar!"u8) => "RAR 压缩包",
        _ when head.StartsWith((ReadOnlySpan<byte>)[0x37, 0x7A, 0xBC, 0xAF]) => "7z 压缩包",
        _ when head.StartsWith("\u007FELF"u8) || head.StartsWith("MZ"u8) => "可执行程序",
        _ => null,
    };
}
