using System.IO.Compression;

namespace RectifyNlp.Server.Work;

/// <summary>
/// Unpacks a batch archive into a folder, bounded: entries that would land outside the folder (zip-slip:
/// absolute paths, "..", drive letters), symbolic links and devices are refused; the bytes inflated are
/// counted while inflating (a header that lies about its size stops at the limit too), and so are the files.
/// Nothing is executed or followed; a refused archive leaves nothing behind.
/// </summary>
public static class ArchiveExtractor
{
    /// <summary>Extracts <paramref name="zip"/> into <paramref name="folder"/> (created), or throws <see cref="InvalidDataException"/> with the reason in Chinese.</summary>
    public static int Extract(byte[] zip, string folder, ArchiveLimits limits)
    {
        ArgumentNullException.ThrowIfNull(zip);
        ArgumentNullException.ThrowIfNull(limits);
        var root = Path.GetFullPath(folder);
        Directory.CreateDirectory(root);
        try
        {
            return ExtractInto(zip, root, limits);
        }
        catch
        {
            Directory.Delete(root, recursive: true);
            throw;
        }
    }

    private static int ExtractInto(byte[] zip, string root, ArchiveLimits limits)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(new MemoryStream(zip, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"压缩包无法打开（{e.Message.ReplaceLineEndings(" ")}），请上传 zip 格式的批处理目录", e);
        }

        using (archive)
        {
            if (archive.Entries.Count > limits.MaxEntries)
            {
                throw new InvalidDataException($"压缩包中有 {archive.Entries.Count} 个条目，超过 {limits.MaxEntries} 个的上限");
            }

            long inflated = 0;
            var files = 0;
            foreach (var entry in archive.Entries)
            {
                var name = entry.FullName.Replace('\\', '/');
                if (name.EndsWith('/'))
                {
                    continue; // a folder: made as its files need it
                }

                // Unix file type bits in the high word of the external attributes: only regular files.
                var type = (entry.ExternalAttributes >> 16) & 0xF000;
                if (type != 0 && type != 0x8000)
                {
                    throw new InvalidDataException($"压缩包条目 {name} 是符号链接或特殊文件，出于安全考虑不予解压");
                }

                var target = Path.GetFullPath(Path.Combine(root, name));
                if (Path.IsPathRooted(name) || name.Contains(':', StringComparison.Ordinal) || !target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    throw new InvalidDataException($"压缩包条目 {name} 指向目标目录之外，拒绝解压");
                }

                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                using var input = entry.Open();
                using var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write);
                var buffer = new byte[81920];
                int read;
                while ((read = input.Read(buffer)) > 0)
                {
                    inflated += read;
                    if (inflated > limits.MaxInflatedBytes)
                    {
                        throw new InvalidDataException($"压缩包解压后超过 {limits.MaxInflatedBytes / (1024 * 1024)} MB 上限");
                    }

                    output.Write(buffer, 0, read);
                }

                files++;
            }

            return files;
        }
    }
}
