using Xunit.Abstractions;
using RectifyNlp.Tests;

namespace RectifyNlp.Cli.Tests;

/// <summary>
/// Issue 16's hostile files through the real command line, as a child process: exit 1 with one Chinese line that names
/// no absolute path, never a crash, within the acceptance bounds of 60 s and 1 GB peak memory.
/// </summary>
public sealed class HostileInputTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan TimeBound = TimeSpan.FromSeconds(60);

    private const long MemoryBound = 1L << 30;

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("rectify-hostile-cli-");

    public void Dispose() => _folder.Delete(recursive: true);

    public static TheoryData<string, string, string> Refused => new()
    {
        { "parse", "deep.docx", "嵌套超过 256 层上限" },
        { "parse", "flood.docx", "段落超过 100,000 个上限" },
        { "parse", "xxe.docx", "含有 DTD 声明" },
        { "parse", "dup.docx", "重名条目" },
        { "parse", "clash.docx", "既是文件又是文件夹" },
        { "parse", "xxe.html", "含有 DTD 实体声明" },
        { "analyze", "deep.html", "嵌套超过 256 层上限" },
        { "analyze", "long.txt", "字上限" },
        { "analyze", "big.txt", "超过 16 MB 上限" },
    };

    private string Make(string name)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllBytes(path, HostileFiles.Named(name));
        return path;
    }

    private static CliProcess.Result Run(string command, string path) =>
        command == "analyze" ? CliProcess.Run("analyze", "--report", path) : CliProcess.Run(command, path);

    private void WithinBounds(CliProcess.Result result)
    {
        output.WriteLine($"{result.Elapsed.TotalSeconds:0.0} s, peak {result.PeakBytes / (1024 * 1024)} MB");
        Assert.InRange(result.Elapsed, TimeSpan.Zero, TimeBound);
        Assert.InRange(result.PeakBytes, 1, MemoryBound);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Hostile_file_exits_1_with_one_chinese_line(string command, string name, string reason)
    {
        var result = Run(command, Make(name));
        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"错误：{name}：", line, StringComparison.Ordinal);
        Assert.Contains(reason, line, StringComparison.Ordinal);
        Assert.DoesNotContain(_folder.FullName, result.Error, StringComparison.Ordinal);
        WithinBounds(result);
    }

    [Fact]
    public void Numbering_from_two_billion_is_parsed_in_bounded_memory()
    {
        var result = Run("parse", Make("label.docx"));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2000000000.问题", result.Out, StringComparison.Ordinal);
        WithinBounds(result);
    }
}
