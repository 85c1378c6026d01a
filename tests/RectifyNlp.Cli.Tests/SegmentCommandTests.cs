using System.Text;
using RectifyNlp.Tests;

namespace RectifyNlp.Cli.Tests;

public sealed class SegmentCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("rectify-segment-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static string Conformance(string name) => Path.Combine(RepositoryPaths.Root, "tests", "RectifyNlp.Nlp.Tests", "Conformance", name);

    [Fact]
    public void Without_the_lexicon_the_output_is_reference_jiebas_line_for_line()
    {
        var result = Cli.Run("segment", Conformance("lines.txt"), "--no-user-dict");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(File.ReadAllText(Conformance("expected.txt")), result.Out);
    }

    [Fact]
    public void With_the_lexicon_domain_terms_stay_whole_and_lines_stay_lines()
    {
        var path = Path.Combine(_folder.FullName, "gb.txt");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(path, Encoding.GetEncoding("GB18030").GetBytes("巡察组对区委统战部开展巡察\r\n\r\n建立整改台账，实行对账销号\r\n"));
        var result = Cli.Run("segment", path);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("巡察组 对 区委 统战部 开展 巡察\n\n建立 整改台账 ， 实行 对账销号\n", result.Out);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("\n\n", "\n\n")]
    [InlineData("整改", "整改\n")]
    [InlineData("整改\n台账\n", "整改\n台账\n")]
    public void One_output_line_per_input_line(string input, string expected)
    {
        var path = Path.Combine(_folder.FullName, "lines.txt");
        File.WriteAllText(path, input);
        var result = Cli.Run("segment", path, "--no-user-dict");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected, result.Out);
    }

    [Fact]
    public void Tags_are_printed_when_asked()
    {
        var path = Path.Combine(_folder.FullName, "t.txt");
        File.WriteAllText(path, "追回资金8.6万元");
        Assert.Equal("追回/vn 资金/n 8.6/m 万元/m\n", Cli.Run("segment", path, "--tags").Out);
    }

    [Fact]
    public void Random_bytes_exit_1()
    {
        var path = Path.Combine(_folder.FullName, "r.txt");
        var bytes = new byte[2048];
        new Random(5).NextBytes(bytes);
        File.WriteAllBytes(path, bytes);
        var result = Cli.Run("segment", path);
        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.ErrorLines);
    }

    [Fact]
    public void Unknown_engine_is_bad_usage() =>
        Assert.Equal(2, Cli.Run("segment", Conformance("lines.txt"), "--engine", "hanlp").ExitCode);
}
