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
        // The file sits two folders deep in a tree of the test's own, so the folders a slip would reach are the test's
        // alone: no other test's temporary files change what is counted there.
        var root = Directory.CreateDirectory(Path.Combine(_folder.FullName, "slip-root"));
        var inner = Directory.CreateDirectory(Path.Combine(root.FullName, "a", "work"));
        var path = Path.Combine(inner.FullName, "slip.docx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("../../evil.xml").Open());
            writer.Write("<x/>");
        }

        var before = Directory.GetFileSystemEntries(root.FullName, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var result = Cli.Run("parse", path);
        Assert.Equal(1, result.ExitCode);
        Assert.False(File.Exists(Path.Combine(inner.FullName, "..", "..", "evil.xml")));
        Assert.Equal(before, Directory.GetFileSystemEntries(root.FullName, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void The_missing_value_check_knows_every_command()
    {
        var all = typeof(RectifyApp).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false } && t.IsAssignableTo(typeof(Spectre.Console.Cli.CommandSettings)) && t.Name == "Settings");
        Assert.Equal(all.Select(t => t.FullName).Order(StringComparer.Ordinal), Infrastructure.MissingOptionValue.SettingsTypes.Select(t => t.FullName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("analyze", "--report")]
    [InlineData("analyze", "--report", "--json")]
    [InlineData("checklist", "--feedback")]
    public void An_option_without_its_value_is_bad_usage_in_chinese(params string[] args)
    {
        var result = Cli.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("用法错误：选项 --", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("用法错误：缺少 --report FILE", "analyze", "--json")]
    [InlineData("用法错误：没有 interpret 这个命令", "interpret", "x.txt")]
    [InlineData("用法错误：没有 yaml 这个选项", "parse", "x.txt", "--yaml")]
    [InlineData("用法错误：命令 parse 缺少参数 FILE", "parse")]
    [InlineData("用法错误：“abc”不是有效的整数", "keywords", "x.txt", "--top", "abc")]
    [InlineData("用法错误：--top 应在 1 到 1000 之间", "keywords", "x.txt", "--top", "0")]
    public void Usage_errors_are_in_chinese(string expected, params string[] args)
    {
        var result = Cli.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(expected, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_models_folder_that_cannot_be_found_is_one_line_without_a_path()
    {
        var result = CliProcess.Run(new Dictionary<string, string> { ["RECTIFY_MODELS"] = Path.Combine(_folder.FullName, "models") },
            "analyze", "--report", RepositoryPaths.Sample("rectification-report.txt"));
        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("错误：环境变量 RECTIFY_MODELS 指定的模型文件夹", line, StringComparison.Ordinal);
        Assert.DoesNotContain(_folder.FullName, line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bogusKey", "x", "unknown pattern key(s) \"bogusKey\"")]
    [InlineData("failing", "(未", "pattern \"failing\" does not compile")]
    public void A_cues_file_edited_wrongly_is_one_line_saying_what_is_wrong(string key, string pattern, string said)
    {
        // An administrator's edit to models/analysis/cues.json: a key the analysis does not know, or a pattern that does not
        // compile, is bad input (exit 1, one line), not an internal error.
        var models = Path.Combine(_folder.FullName, "models");
        RepositoryPaths.CopyModels(models);

        var cuesPath = Path.Combine(models, "analysis", "cues.json");
        var cues = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(cuesPath))!;
        cues[key] = pattern;
        File.WriteAllText(cuesPath, cues.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), new System.Text.UTF8Encoding(false));
        var result = CliProcess.Run(new Dictionary<string, string> { ["RECTIFY_MODELS"] = models },
            "analyze", "--feedback", RepositoryPaths.Sample("feedback-opinion.txt"), "--report", RepositoryPaths.Sample("rectification-report.txt"));
        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("错误：模型数据有误（", line, StringComparison.Ordinal);
        Assert.Contains(said, line, StringComparison.Ordinal);
        Assert.DoesNotContain(_folder.FullName, line, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void Analysis_past_its_time_limit_exits_1_with_the_reason()
    {
        var result = CliProcess.Run("analyze", "--report", RepositoryPaths.Sample("rectification-report.txt"), "--time-limit", "0.01");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("错误：rectification-report.txt：读取与分析超过 0.01 秒的时间上限（--time-limit），已停止；文件可能过大或结构异常", Assert.Single(result.ErrorLines));
        Assert.Equal(string.Empty, result.Out);
    }

    [Theory]
    [InlineData("Could not find a part of the path '/srv/rectify/models/lexicon/domain.dict.txt'.", "Could not find a part of the path 'domain.dict.txt'.")]
    [InlineData("无法写入 /var/lib/rectify/jobs/ 中的文件", "无法写入 jobs 中的文件")]
    [InlineData("C:\\Users\\me\\report.docx：文件不存在", "report.docx：文件不存在")]
    [InlineData("报告.docx：文件不存在（2024/3 月）", "报告.docx：文件不存在（2024/3 月）")]
    public void Messages_name_files_without_their_absolute_paths(string message, string expected) =>
        Assert.Equal(expected, Infrastructure.PathRedaction.Redact(message));

    [Fact]
    public void A_feedback_and_a_report_given_the_wrong_way_round_are_refused_with_the_reason()
    {
        var result = Cli.Run("analyze", "--feedback", RepositoryPaths.Sample("rectification-report.txt"), "--report", RepositoryPaths.Sample("feedback-opinion.txt"));
        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Out);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("两个文件似乎放反了", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_with_next_to_no_chinese_is_refused_not_analysed()
    {
        var path = Path.Combine(_folder.FullName, "hello.txt");
        File.WriteAllText(path, "hello\n");
        var result = Cli.Run("analyze", "--feedback", RepositoryPaths.Sample("feedback-opinion.txt"), "--report", path);
        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Contains("不像整改报告", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Forced_the_swapped_pair_is_analysed_with_a_warning_and_checklist_refuses_it_unless_forced()
    {
        string[] swapped = ["--feedback", RepositoryPaths.Sample("rectification-report.txt"), "--report", RepositoryPaths.Sample("feedback-opinion.txt")];
        var forced = Cli.Run(["analyze", .. swapped, "--json", "--force"]);
        Assert.Equal(0, forced.ExitCode);
        Assert.StartsWith("提示：两个文件似乎放反了", Assert.Single(forced.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(1, forced.Json.GetProperty("schemaVersion").GetInt32());
        Assert.Contains("--force", Assert.Single(Cli.Run(["analyze", .. swapped]).ErrorLines), StringComparison.Ordinal);

        var docx = Path.Combine(_folder.FullName, "swapped.docx");
        var refused = Cli.Run(["checklist", .. swapped, "-o", docx]);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("两个文件似乎放反了", Assert.Single(refused.ErrorLines), StringComparison.Ordinal);
        Assert.False(File.Exists(docx));
        var made = Cli.Run(["checklist", .. swapped, "-o", docx, "--force"]);
        Assert.Equal(0, made.ExitCode);
        Assert.StartsWith("提示：", Assert.Single(made.ErrorLines), StringComparison.Ordinal);
        Assert.True(File.Exists(docx));
    }

    [Fact]
    public void Version_prints_the_program_version_and_exits_0()
    {
        var result = Cli.Run("--version");
        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Out.Trim());
        Assert.Equal(RectifyApp.Version, result.Out.Trim());
    }
}
