using System.IO.Compression;
using RectifyNlp.Tests;

namespace RectifyNlp.Cli.Tests;

/// <summary>CONTRACT.md's exit codes: 1 with one line on stderr for bad input, 2 for bad usage.</summary>
public sealed class ExitCodeTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("rectify-cli-");

    public void Dispose() => _folder.Delete(recursive: true);

    public static TheoryData<string> BadInputs => new()
    {
        "empty.txt", "random.txt", "truncated.pdf", "truncated.docx", "password-protected.pdf", "zip-bomb.docx", "image.png", "missing.txt",
    };

    private string Make(string name)
    {
        var path = Path.Combine(_folder.FullName, name);
        switch (name)
        {
            case "empty.txt":
                File.WriteAllBytes(path, []);
                break;
            case "random.txt":
                var bytes = new byte[4096];
                new Random(3).NextBytes(bytes);
                File.WriteAllBytes(path, bytes);
                break;
            case "truncated.pdf":
                var pdf = File.ReadAllBytes(RepositoryPaths.Fixture("feedback-speech.pdf"));
                File.WriteAllBytes(path, pdf[..(pdf.Length / 3)]);
                break;
            case "truncated.docx":
                var docx = File.ReadAllBytes(RepositoryPaths.Fixture("feedback-speech.docx"));
                File.WriteAllBytes(path, docx[..(docx.Length / 2)]);
                break;
            case "password-protected.pdf":
            case "zip-bomb.docx":
                File.Copy(RepositoryPaths.Fixture(name), path);
                break;
            case "image.png":
                File.WriteAllBytes(path, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
                break;
        }

        return path;
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_exits_1_with_one_line_and_no_output(string name)
    {
        var result = Cli.Run("parse", Make(name), "--json");
        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("错误：" + name, line, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Verbose_adds_the_details()
    {
        var result = Cli.Run("parse", Make("truncated.docx"), "--verbose");
        Assert.Equal(1, result.ExitCode);
        Assert.True(result.ErrorLines.Length > 1);
    }

    [Fact]
    public void Missing_argument_is_bad_usage()
    {
        var result = Cli.Run("parse");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("FILE", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_command_is_bad_usage()
    {
        Assert.Equal(2, Cli.Run("interpret", "x.txt").ExitCode);
    }

    [Fact]
    public void Unknown_option_is_bad_usage()
    {
        Assert.Equal(2, Cli.Run("parse", RepositoryPaths.Sample("feedback-speech.txt"), "--yaml").ExitCode);
    }

    [Fact]
    public void Help_lists_parse()
    {
        var result = Cli.Run("--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("parse", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_is_not_a_file()
    {
        var result = Cli.Run("parse", _folder.FullName);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("文件夹", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Zip_entries_are_never_written_to_disk()
    {
        // Reading a zip with a path-traversal entry name only inspects it; nothing lands outside (or inside) the folder.
        var path = Path.Combine(_folder.FullName, "slip.docx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("../../evil.xml").Open());
            writer.Write("<x/>");
        }

        var before = Directory.GetFileSystemEntries(Path.GetDirectoryName(_folder.FullName)!).Length;
        var result = Cli.Run("parse", path);
        Assert.Equal(1, result.ExitCode);
        Assert.False(File.Exists(Path.Combine(_folder.FullName, "..", "..", "evil.xml")));
        Assert.Equal(before, Directory.GetFileSystemEntries(Path.GetDirectoryName(_folder.FullName)!).Length);
    }
}
