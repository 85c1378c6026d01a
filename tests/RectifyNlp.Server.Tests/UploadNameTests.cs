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

    [Fact]
    public void A_very_long_name_is_cut_keeping_its_extension()
    {
        var name = JobProcessor.SafeFileName(new string('巡', 300) + ".docx", "report");
        Assert.True(name.Length <= 110);
        Assert.EndsWith(".docx", name, StringComparison.Ordinal);
    }
}
