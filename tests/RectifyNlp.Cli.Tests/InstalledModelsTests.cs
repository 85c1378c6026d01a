using RectifyNlp.Tests;

namespace RectifyNlp.Cli.Tests;

/// <summary>
/// The models travel with the program (issue 17): the built program, laid out outside the checkout and run from
/// another folder outside it, analyses with the models/ installed beside it; a missing or damaged models folder is
/// one line in Chinese saying what to do, exit 1.
/// </summary>
public sealed class InstalledModelsTests : IDisposable
{
    private readonly InstalledProgram _installed = new();

    public void Dispose() => _installed.Dispose();

    [Fact]
    public void Analyze_outside_the_checkout_uses_the_models_installed_beside_the_program()
    {
        Assert.False(_installed.ProgramFolder.StartsWith(RepositoryPaths.Root, StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(_installed.Models, "taxonomy", "categories.json")));

        var result = _installed.Run("analyze", "--feedback", _installed.Sample("feedback-opinion.txt"), "--report", _installed.Sample("rectification-report.txt"));

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("覆盖：反馈问题 9 个，已对应整改措施 9 个（100%）", result.Out, StringComparison.Ordinal);
        Assert.Contains("I6 [中央八项规定精神与四风] 违规发放补贴。", result.Out, StringComparison.Ordinal);
        Assert.Contains("[中] 未明确责任领导或责任部门 I8 M10", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Checklist_outside_the_checkout_finds_its_templates_beside_the_program()
    {
        var result = _installed.Run("checklist", "--feedback", _installed.Sample("feedback-opinion.txt"), "--report", _installed.Sample("rectification-report.txt"), "-o", "checklist.md");

        Assert.True(result.ExitCode == 0, result.Error);
        var markdown = File.ReadAllText(Path.Combine(_installed.WorkingFolder, "checklist.md"));
        Assert.Contains("违规发放补贴", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void No_models_anywhere_is_one_chinese_line_saying_what_to_do()
    {
        Directory.Delete(_installed.Models, recursive: true);

        var result = _installed.Run("analyze", "--report", _installed.Sample("rectification-report.txt"));

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("错误：找不到模型文件夹 models", line, StringComparison.Ordinal);
        Assert.Contains("请重新安装 rectify", line, StringComparison.Ordinal);
        Assert.Contains("RECTIFY_MODELS", line, StringComparison.Ordinal);
        Assert.DoesNotContain(_installed.ProgramFolder, line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_cues_file_is_named_in_one_chinese_line()
    {
        var cues = File.ReadAllBytes(Path.Combine(_installed.Models, "analysis", "cues.json"));
        _installed.ReplaceModelFile("analysis/cues.json", cues[..(cues.Length / 2)]);

        var result = _installed.Run("analyze", "--report", _installed.Sample("rectification-report.txt"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("错误：rectify 自带的模型文件夹已损坏（analysis/cues.json 不是有效的 JSON）：请重新安装 rectify，或用环境变量 RECTIFY_MODELS 指定完整的模型文件夹", Assert.Single(result.ErrorLines));
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void A_models_folder_without_its_taxonomy_is_incomplete()
    {
        File.Delete(Path.Combine(_installed.Models, "taxonomy", "roles.json"));

        var result = _installed.Run("analyze", "--report", _installed.Sample("rectification-report.txt"));

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("错误：rectify 自带的模型文件夹不完整（缺少 taxonomy/roles.json）", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}
