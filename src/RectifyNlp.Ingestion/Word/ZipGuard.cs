using System.IO.Compression;
using RectifyNlp.Core.Documents;

namespace RectifyNlp.Ingestion.Word;

/// <summary>
/// Checks an Office zip before it is opened: the entry count, and the real inflated size of its XML
/// parts, counted while inflating and stopped at the limit, so a zip bomb costs at most the limit
/// whatever its headers claim. Nothing is written to disk.
/// </summary>
internal static class ZipGuard
{
    public static void Check(Stream stream, ReaderOptions options, string sourceName)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > options.MaxZipEntries)
            {
                throw TooLarge(sourceName, options);
            }

            var budget = options.MaxInflatedBytes;
            var buffer = new byte[81920];
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

                using var content = entry.Open();
                int read;
                while ((read = content.Read(buffer)) > 0)
                {
                    budget -= read;
                    if (budget < 0)
                    {
                        throw TooLarge(sourceName, options);
                    }
                }
            }
        }
        catch (InvalidDataException e)
        {
            throw new DocumentReadException(DocumentReadError.Corrupt, $"{sourceName}：Word 文件已损坏或不完整（{e.Message}）", e);
        }
        finally
        {
            stream.Position = 0;
        }
    }

    private static bool IsXmlPart(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private static DocumentReadException TooLarge(string sourceName, ReaderOptions options) =>
        new(DocumentReadError.TooLargeWhenInflated,
            $"{sourceName}：Word 文件解压后超过 {options.MaxInflatedBytes / (1024 * 1024)} MB 上限，疑似压缩炸弹，已拒绝读取");
}
