using System.IO.Compression;
using System.Xml;
using RectifyNlp.Core.Documents;

namespace RectifyNlp.Ingestion.Word;

/// <summary>
/// Checks an Office zip before it is opened, streaming, without building anything in memory:
/// 1. the entry count, and names that are duplicated or used both as a file and as a folder;
/// 2. the real inflated size of its XML parts, counted while inflating and stopped at the limit, so a zip
///    bomb costs at most the limit whatever its headers claim;
/// 3. the shape of that XML, read with a forward-only reader: no DTD (Office never writes one; it is how
///    XXE and entity bombs arrive), nesting depth, element, paragraph and text character counts within the limits.
/// Only then may the OpenXml SDK, which builds the whole tree recursively, load the file. Nothing is written to disk.
/// </summary>
internal static class ZipGuard
{
    private const string XmlWhat = "Word 文件的 XML ";

    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static void Check(Stream stream, ReaderOptions options, string sourceName)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > options.MaxZipEntries)
            {
                throw TooLarge(sourceName, options);
            }

            CheckNames(zip, sourceName);
            var budget = options.MaxInflatedBytes;
            var shape = new Shape();
            foreach (var entry in zip.Entries)
            {
                if (!IsXmlPart(entry.FullName))
                {
                    continue;
                }

                if (entry.Length > budget)
                {
                    throw TooLarge(sourceName, options);
                }

                using var content = new BudgetedReadStream(entry.Open(), budget, () => TooLarge(sourceName, options));
                Scan(content, shape, options, sourceName);
                budget = content.Remaining;
            }
        }
        catch (InvalidDataException e)
        {
            throw new DocumentReadException(DocumentReadError.Corrupt, $"{sourceName}：Word 文件已损坏或不完整（压缩包中的内容无法解压），请用 Word 重新保存后再读", e);
        }
        finally
        {
            stream.Position = 0;
        }
    }

    // Office part names are case-insensitive, and no part's name is another's folder.
    private static void CheckNames(ZipArchive zip, string sourceName)
    {
        var files = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries.Where(e => !e.FullName.EndsWith('/')))
        {
            var name = entry.FullName.Replace('\\', '/');
            if (!files.Add(name))
            {
                throw Corrupt(sourceName, $"压缩包中有重名条目“{Shorten(name)}”");
            }
        }

        foreach (var name in files)
        {
            for (var slash = name.IndexOf('/', StringComparison.Ordinal); slash > 0; slash = name.IndexOf('/', slash + 1))
            {
                if (files.Contains(name[..slash]))
                {
                    throw Corrupt(sourceName, $"压缩包中“{Shorten(name[..slash])}”既是文件又是文件夹");
                }
            }
        }
    }

    private static void Scan(Stream content, Shape shape, ReaderOptions options, string sourceName)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Parse, // reported below, before any entity could be expanded
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            IgnoreWhitespace = true,
            IgnoreComments = true,
        };
        using var reader = XmlReader.Create(content, settings);
        try
        {
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.DocumentType:
                        throw new DocumentReadException(DocumentReadError.Unsupported,
                            $"{sourceName}：Word 文件中含有 DTD 声明（Word 从不写入，常见于 XXE 攻击），已拒绝读取");
                    case XmlNodeType.Element:
                        if (reader.Depth >= options.MaxNestingDepth)
                        {
                            throw LimitExceeded.Depth(sourceName, XmlWhat, options);
                        }

                        if (++shape.Elements > options.MaxElements)
                        {
                            throw LimitExceeded.Elements(sourceName, XmlWhat, options);
                        }

                        if (reader.LocalName is "p" or "tr" && reader.NamespaceURI == WordNamespace && ++shape.Paragraphs > options.MaxParagraphs)
                        {
                            throw LimitExceeded.Paragraphs(sourceName, options);
                        }

                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace:
                        shape.TextChars += reader.Value.Length;
                        if (shape.TextChars > options.MaxTextChars)
                        {
                            throw LimitExceeded.Text(sourceName, options);
                        }

                        break;
                }
            }
        }
        catch (XmlException)
        {
            // Not well-formed: the SDK reports it when it opens the part (or ignores a part it never reads).
        }
    }

    private static DocumentReadException Corrupt(string sourceName, string reason) =>
        new(DocumentReadError.Corrupt, $"{sourceName}：Word 文件已损坏（{reason}）");

    private static string Shorten(string name) => name.Length <= 60 ? name : name[..57] + "…";

    private static bool IsXmlPart(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private static DocumentReadException TooLarge(string sourceName, ReaderOptions options) =>
        new(DocumentReadError.TooLargeWhenInflated,
            $"{sourceName}：Word 文件解压后超过 {options.MaxInflatedBytes / (1024 * 1024)} MB 上限，疑似压缩炸弹，已拒绝读取");

    private sealed class Shape
    {
        public int Elements { get; set; }

        public int Paragraphs { get; set; }

        public long TextChars { get; set; }
    }
}
