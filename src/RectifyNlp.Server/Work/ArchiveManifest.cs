using System.IO.Compression;
using System.Text;
using RectifyNlp.Batch;

namespace RectifyNlp.Server.Work;

/// <summary>
/// 批处理清单: a batch archive may carry a <c>manifest.csv</c> (<c>round,unit,feedback,report</c>, as
/// <c>rectify batch --manifest</c> reads) at its top, or in its one top folder, naming the units of a layout other
/// than round/unit/. It is read before anything is unpacked: a manifest that is not CSV of that shape, or that
/// names a path outside the archive or a file it does not hold, refuses the upload with the line at fault.
/// </summary>
public static class ArchiveManifest
{
    /// <summary>The manifest's file name.</summary>
    public const string FileName = "manifest.csv";

    /// <summary>The largest manifest read: some 10,000 lines, more than an archive may hold files.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>
    /// Checks the manifest of <paramref name="zip"/>, if it has one; throws <see cref="InvalidDataException"/> with
    /// the reason in Chinese. An archive without a manifest passes.
    /// </summary>
    public static void Check(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip, writable: false), ZipArchiveMode.Read);
        var names = archive.Entries.Select(e => e.FullName.Replace('\\', '/')).Where(n => !n.EndsWith('/')).ToHashSet(StringComparer.Ordinal);
        var top = TopFolder(names);
        var entry = archive.Entries.FirstOrDefault(e => e.FullName.Replace('\\', '/') == top + FileName);
        if (entry is null)
        {
            return;
        }

        if (entry.Length > MaxBytes)
        {
            throw new InvalidDataException($"清单文件 {FileName} 超过 {MaxBytes / 1024} KB 上限");
        }

        string text;
        using (var stream = entry.Open())
        {
            text = Decode(stream);
        }

        var rows = BatchInput.ReadManifest(FileName, text.Split('\n'));
        if (rows.Count == 0)
        {
            throw new InvalidDataException($"清单文件 {FileName} 没有列出任何单位");
        }

        foreach (var row in rows)
        {
            foreach (var path in new[] { row.Feedback, row.Report }.OfType<string>())
            {
                var name = Inside(path, row.Line);
                if (!names.Contains(top + name))
                {
                    throw new InvalidDataException($"清单文件 {FileName} 第 {row.Line} 行的文件 {path} 不在压缩包中");
                }
            }
        }
    }

    /// <summary>
    /// The units of an unpacked archive's manifest with the folder it sits in (what its paths are relative to), or
    /// null when it has none (then its round/unit/ folders are the units). Its paths are checked again against the
    /// folder: a manifest never reaches outside it.
    /// </summary>
    public static (string Folder, IReadOnlyList<UnitFolder> Units)? Units(string folder)
    {
        var manifest = Path.Combine(folder, FileName);
        if (!File.Exists(manifest))
        {
            var directories = Directory.GetDirectories(folder);
            manifest = directories.Length == 1 && Directory.GetFiles(folder).Length == 0 ? Path.Combine(directories[0], FileName) : manifest;
        }

        if (!File.Exists(manifest) || new FileInfo(manifest).LinkTarget is not null)
        {
            return null;
        }

        var root = Path.GetFullPath(Path.GetDirectoryName(manifest)!) + Path.DirectorySeparatorChar;
        using (var stream = File.OpenRead(manifest))
        {
            foreach (var row in BatchInput.ReadManifest(FileName, Decode(stream).Split('\n')))
            {
                foreach (var path in new[] { row.Feedback, row.Report }.OfType<string>())
                {
                    Inside(path, row.Line);
                }
            }
        }

        var units = BatchInput.FromManifest(manifest);
        return units.Any(u => u.Files.Any(f => !f.StartsWith(root, StringComparison.Ordinal)))
            ? throw new InvalidDataException($"清单文件 {FileName} 指向压缩包之外的文件")
            : (root.TrimEnd(Path.DirectorySeparatorChar), units);
    }

    // The path as an archive name ("a/b.txt"), or the reason it cannot be one: absolute, with a drive, or climbing out.
    private static string Inside(string path, int line)
    {
        var name = path.Replace('\\', '/');
        if (name.StartsWith('/') || name.Contains(':', StringComparison.Ordinal) || name.Split('/').Any(part => part == ".."))
        {
            throw new InvalidDataException($"清单文件 {FileName} 第 {line} 行的路径 {path} 指向压缩包之外，只能写压缩包内的相对路径");
        }

        return string.Join('/', name.Split('/').Where(part => part.Length > 0 && part != "."));
    }

    // "" when the manifest sits at the top; "top/" when every entry is inside one folder and the manifest is there.
    private static string TopFolder(HashSet<string> names)
    {
        if (names.Contains(FileName))
        {
            return "";
        }

        var tops = names.Select(n => n.Split('/')[0] + "/").Distinct(StringComparer.Ordinal).ToList();
        return tops.Count == 1 && names.All(n => n.Contains('/', StringComparison.Ordinal)) ? tops[0] : "";
    }

    // UTF-8, with or without its byte-order mark; anything else is refused rather than read as nonsense.
    private static string Decode(Stream stream)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                throw new InvalidDataException($"清单文件 {FileName} 超过 {MaxBytes / 1024} KB 上限");
            }
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer.ToArray()).TrimStart('\uFEFF').Replace("\r", "", StringComparison.Ordinal);
        }
        catch (DecoderFallbackException)
        {
            throw new InvalidDataException($"清单文件 {FileName} 不是 UTF-8 编码，请以 UTF-8 另存后重新打包");
        }
    }
}
