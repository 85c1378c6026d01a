using System.Text.Json;
using RectifyNlp.Tests;

namespace RectifyNlp.Cli.Tests;

public class ParseCommandTests
{
    [SkippableFact]
    public void Seed_speech_parses_as_a_feedback_speech_with_three_parts()
    {
        var result = Cli.Run("parse", SharedData.Seed, "--json");
        Assert.Equal(0, result.ExitCode);
        var json = result.Json;
        Assert.Equal("feedback-speech", json.GetProperty("kind").GetString());
        Assert.Equal("在区委第三巡察组对区委统战部党组织巡察情况反馈会议上的讲话", json.GetProperty("title").GetString());
        var sections = json.GetProperty("sections").EnumerateArray().ToList();
        Assert.Equal(["一", "二", "三"], sections.Select(s => s.GetProperty("number").GetString()));
        Assert.All(sections, s => Assert.Equal(1, s.GetProperty("level").GetInt32()));
        var second = sections[1];
        Assert.Equal("挂图销号整改，逐条对照，立行立改", second.GetProperty("heading").GetString());
        var children = second.GetProperty("children").EnumerateArray().ToList();
        Assert.Equal(["一要", "二要", "三要"], children.Select(c => c.GetProperty("marker").GetString()));
        Assert.Equal(["明确整改目标", "坚持以上率下", "如实报告整改情况"], children.Select(c => c.GetProperty("heading").GetString()));
        Assert.All(children, c => Assert.Equal(2, c.GetProperty("level").GetInt32()));
    }

    [Fact]
    public void Json_offsets_index_the_normalised_text_it_carries()
    {
        var json = Cli.Run("parse", RepositoryPaths.Sample("rectification-report.txt"), "--json").Json;
        var text = json.GetProperty("text").GetString()!;
        foreach (var section in Flatten(json.GetProperty("sections")))
        {
            var start = section.GetProperty("start").GetInt32();
            var end = section.GetProperty("end").GetInt32();
            Assert.InRange(start, 0, end);
            Assert.InRange(end, start, text.Length);
            var slice = text[start..end];
            Assert.StartsWith(section.GetProperty("marker").GetString()! + section.GetProperty("heading").GetString(), slice, StringComparison.Ordinal);
        }

        foreach (var sentence in json.GetProperty("sentences").EnumerateArray())
        {
            Assert.True(sentence.GetProperty("end").GetInt32() > sentence.GetProperty("start").GetInt32());
        }
    }

    /// <summary>
    /// Approval test of the --json contract on a sample: any change to the output shows in the diff of
    /// Golden/feedback-opinion.parse.json (rewrite it with RECTIFY_UPDATE_GOLDEN=1 and review).
    /// </summary>
    [Fact]
    public void Json_output_matches_the_approved_file()
    {
        var actual = Cli.Run("parse", RepositoryPaths.Sample("feedback-opinion.txt"), "--json").Out.ReplaceLineEndings("\n");
        actual = actual.Replace(RepositoryPaths.Root, "<root>", StringComparison.Ordinal);
        var golden = Path.Combine(RepositoryPaths.Root, "tests", "RectifyNlp.Cli.Tests", "Golden", "feedback-opinion.parse.json");
        if (Environment.GetEnvironmentVariable("RECTIFY_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(golden, actual);
        }

        Assert.True(File.Exists(golden), "golden file missing: run with RECTIFY_UPDATE_GOLDEN=1 and review it");
        Assert.Equal(File.ReadAllText(golden), actual);
    }

    [Fact]
    public void Readable_output_names_title_kind_and_sections()
    {
        var result = Cli.Run("parse", RepositoryPaths.Sample("feedback-speech.txt"));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("标题：在区委第二巡察组对区卫生健康局党组巡察情况反馈会上的讲话", result.Out, StringComparison.Ordinal);
        Assert.Contains("类型：反馈会讲话（feedback-speech）", result.Out, StringComparison.Ordinal);
        Assert.Contains("一、深化思想认识，增强整改的自觉性", result.Out, StringComparison.Ordinal);
        Assert.Contains("  首先，要细化整改方案", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("feedback-opinion.docx")]
    [InlineData("feedback-opinion.pdf")]
    [InlineData("feedback-opinion.gb18030.txt")]
    public void Every_format_prints_the_same_level_one_sections(string fixture)
    {
        static string[] TopLevel(JsonElement json) =>
            [.. json.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("number").GetString() + s.GetProperty("heading").GetString())];

        var text = Cli.Run("parse", RepositoryPaths.Sample("feedback-opinion.txt"), "--json").Json;
        var other = Cli.Run("parse", RepositoryPaths.Fixture(fixture), "--json").Json;
        Assert.Equal(TopLevel(text), TopLevel(other));
    }

    private static IEnumerable<JsonElement> Flatten(JsonElement sections)
    {
        foreach (var section in sections.EnumerateArray())
        {
            yield return section;
            foreach (var child in Flatten(section.GetProperty("children")))
            {
                yield return child;
            }
        }
    }
}
