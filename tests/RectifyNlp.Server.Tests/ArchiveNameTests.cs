using System.IO.Compression;
using RectifyNlp.Server.Work;

namespace RectifyNlp.Server.Tests;

/// <summary>
/// A batch archive whose names cannot all be written — a duplicate entry, or a file and a folder of one name — is
/// refused with the name in Chinese, at upload and at extraction, never as an internal error naming a server path.
/// </summary>
public sealed class ArchiveNameTests
{
    private static byte[] Zip(params string[] names)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in names)
            {
                var entry = archive.CreateEntry(name);
                if (!name.EndsWith('/'))
                {
                    using var writer = new StreamWriter(entry.Open());
                    writer.Write("整改报告");
                }
            }
        }

        return stream.ToArray();
    }

    [Theory]
    [InlineData("两个同名文件 2025-1/unit/report.txt", "2025-1/unit/report.txt|2025-1/unit/report.txt")]
    [InlineData("两个同名文件 2025-1/unit/REPORT.txt", "2025-1/unit/report.txt|2025-1/unit/REPORT.txt")]
    [InlineData("2025-1/unit 既是文件又是文件夹", "2025-1/unit|2025-1/unit/report.txt")]
    [InlineData("2025-1/unit 既是文件又是文件夹", "2025-1/unit/|2025-1/unit")]
    public void Names_that_cannot_all_be_written_are_refused_with_the_name(string reason, string names)
    {
        var zip = Zip(names.Split('|'));
        var limits = new ServiceOptions().Archive;
        Assert.Contains(reason, Assert.Throws<InvalidDataException>(() => ArchiveExtractor.Check(zip, limits)).Message, StringComparison.Ordinal);

        var data = Directory.CreateTempSubdirectory("rectify-archive-names-");
        try
        {
            var folder = Path.Combine(data.FullName, "in");
            var e = Assert.Throws<InvalidDataException>(() => ArchiveExtractor.Extract(zip, folder, limits));
            Assert.Contains(reason, e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(data.FullName, e.Message, StringComparison.Ordinal);
            Assert.False(Directory.Exists(folder));
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    [Fact]
    public void Folder_entries_beside_their_files_are_fine()
    {
        var zip = Zip("2025-1/", "2025-1/unit/", "2025-1/unit/report.txt", "2025-1/unit/feedback.txt");
        ArchiveExtractor.Check(zip, new ServiceOptions().Archive);
    }
}
