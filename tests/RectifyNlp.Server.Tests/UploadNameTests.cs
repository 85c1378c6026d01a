using RectifyNlp.Server.Work;

namespace RectifyNlp.Server.Tests;

/// <summary>An uploaded file's name never makes a path: only its last part is kept, cleaned.</summary>
public sealed class UploadNameTests
{
    [Theory]
    [InlineData("整改报告.docx", "整改报告.docx")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("..\\..\\Windows\\win.ini", "win.ini")]
    [InlineData("/abs/path/report.txt", "report.txt")]
    [InlineData("..", "report.txt")]
    [InlineData("", "report.txt")]
    [InlineData("a\u0000b\u0007.txt", "a_b_.txt")]
    public void The_name_is_its_last_part_cleaned(string uploaded, string expected) =>
        Assert.Equal(expected, JobProcessor.SafeFileName(uploaded, "report"));

    [Theory]
    [InlineData(300, ".docx")]
    [InlineData(100, ".txt")]
    [InlineData(67, ".txt")]
    public void A_long_name_is_cut_by_its_utf8_bytes_keeping_its_extension(int characters, string extension)
    {
        var name = JobProcessor.SafeFileName(new string('巡', characters) + extension, "report");
        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(name), 1, JobProcessor.MaxFileNameBytes);
        Assert.EndsWith(extension, name, StringComparison.Ordinal);
        Assert.StartsWith("巡巡巡", name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cut_never_splits_a_character_outside_the_basic_plane()
    {
        var name = JobProcessor.SafeFileName(string.Concat(Enumerable.Repeat("𠀀", 100)) + ".txt", "report");
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(name) <= JobProcessor.MaxFileNameBytes);
        Assert.DoesNotContain('\uFFFD', System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(name)));
        Assert.EndsWith(".txt", name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_named_with_a_hundred_chinese_characters_is_analysed()
    {
        await using var server = await RunningServer.StartAsync();
        var report = RectifyNlp.Tests.RepositoryPaths.Sample("rectification-report.txt");
        using var form = new MultipartFormDataContent { { RunningServer.FileContent(report), "report", new string('整', 100) + ".txt" } };
        using var response = await server.Client.PostAsync("/api/analyses", form);
        var job = await server.WaitAsync(response.Headers.Location!.ToString());
        Assert.True(job.GetProperty("status").GetString() == "done", job.GetProperty("error").ToString());
    }

    [Fact]
    public void A_message_names_no_path_of_the_server()
    {
        var data = Path.Combine(Path.GetTempPath(), "rectify-data");
        var scrubber = new PathScrubber(data);
        var message = $"Could not find a part of the path '{data}/work/0123abcd/in/2025-1/单位/整改报告.docx'。文件：{data}/work/x/report/r.txt";
        var scrubbed = scrubber.Scrub(message);
        Assert.DoesNotContain(data, scrubbed, StringComparison.Ordinal);
        Assert.Contains("'整改报告.docx'", scrubbed, StringComparison.Ordinal);
        Assert.EndsWith("文件：r.txt", scrubbed, StringComparison.Ordinal);
    }
}
