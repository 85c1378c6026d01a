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

    /// <summary>
    /// Checks an archive's directory without inflating anything (entry count, names, kinds, declared sizes):
    /// what can be refused at upload is refused there. Throws <see cref="InvalidDataException"/> with the reason.
    /// </summary>
    public static void Check(byte[] zip, ArchiveLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var root = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "rectify-archive-check"));
        using var archive = Open(zip);
        CheckCount(archive, limits);
        CheckNames(archive);
        long declared = 0;
        foreach (var entry in archive.Entries)
        {
            if (Target(entry, root) is not null)
            {
                declared += entry.Length;
                if (declared > limits.MaxInflatedBytes)
                {
                    throw new InvalidDataException($"压缩包解压后超过 {limits.MaxInflatedBytes / (1024 * 1024)} MB 上限");
                }
            }
        }
    }

    private static ZipArchive Open(byte[] zip)
    {
        try
        {
            return new ZipArchive(new MemoryStream(zip, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException e)
        {
            // The library's own words are English and say nothing an inspector can act on; they stay in the inner exception.
            throw new InvalidDataException("压缩包无法打开（已损坏或不完整），请重新打包为 zip 格式的批处理目录后上传", e);
        }
    }

    private static void CheckCount(ZipArchive archive, ArchiveLimits limits)
    {
        if (archive.Entries.Count > limits.MaxEntries)
        {
            throw new InvalidDataException($"压缩包中有 {archive.Entries.Count} 个条目，超过 {limits.MaxEntries} 个的上限");
        }
    }

    // Two files of one name (names compared as a file system that ignores case would), or a name that is both a
    // file and a folder, cannot both be written: refused with the name, before anything is.
    private static void CheckNames(ZipArchive archive)
    {
        var files = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var folders = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in archive.Entries)
        {
            var name = entry.FullName.Replace('\\', '/');
            if (name.EndsWith('/'))
            {
                folders.Add(name.TrimEnd('/'));
            }
            else if (!files.Add(name))
            {
                throw new InvalidDataException($"压缩包中有两个同名文件 {name}，请去掉重复的一个后重新打包");
            }

            for (var slash = name.IndexOf('/', StringComparison.Ordinal); slash > 0 && slash < name.Length - 1; slash = name.IndexOf('/', slash + 1))
            {
                folders.Add(name[..slash]);
            }
        }

        if (files.FirstOrDefault(folders.Contains) is { } clash)
        {
            throw new InvalidDataException($"压缩包中 {clash} 既是文件又是文件夹，请改名后重新打包");
        }
    }

    // Where a file entry goes under root (null for a folder entry); throws for links, devices and paths outside root.
    private static string? Target(ZipArchiveEntry entry, string root)
    {
        var name = entry.FullName.Replace('\\', '/');
        if (name.EndsWith('/'))
        {
            return null;
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

        return target;
    }

    private static int ExtractInto(byte[] zip, string root, ArchiveLimits limits)
    {
        using var archive = Open(zip);
        CheckCount(archive, limits);
        CheckNames(archive);
        long inflated = 0;
        var files = 0;
        foreach (var entry in archive.Entries)
        {
            if (Target(entry, root) is not { } target)
            {
                continue; // a folder: made as its files need it
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
