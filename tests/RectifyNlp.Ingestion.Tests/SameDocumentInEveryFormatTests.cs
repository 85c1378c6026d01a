using RectifyNlp.Core.Structure;
using static RectifyNlp.Ingestion.Tests.Parsing;

namespace RectifyNlp.Ingestion.Tests;

/// <summary>Each sample, written as UTF-8, GB18030 and UTF-16 text, Word and PDF, gives the same structure.</summary>
public class SameDocumentInEveryFormatTests
{
    public static TheoryData<string, DocumentKind, int, int> Samples => new()
    {
        { "feedback-speech", DocumentKind.FeedbackSpeech, 3, 8 },
        { "feedback-opinion", DocumentKind.FeedbackOpinion, 3, 20 },
        { "rectification-report", DocumentKind.RectificationReport, 3, 19 },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_format_gives_the_same_sections(string name, DocumentKind kind, int topLevel, int total)
    {
        var text = Sample(name + ".txt");
        Assert.Equal(kind, text.Structure.Kind.Kind);
        Assert.Equal(topLevel, text.Structure.Sections.Length);
        Assert.Equal(total, text.Structure.AllSections.Count());

        foreach (var variant in new[] { ".gb18030.txt", ".utf16le.txt", ".docx", ".pdf" })
        {
            var other = Fixture(name + variant);
            Assert.Equal(kind, other.Structure.Kind.Kind);
            Assert.Equal(text.Structure.Title, other.Structure.Title);
            Assert.Equal(TopLevel(text), TopLevel(other));
            Assert.Equal(Outline(text), Outline(other));
        }
    }

    [Fact]
    public void Text_variants_decode_to_the_same_characters()
    {
        var utf8 = Sample("feedback-opinion.txt");
        Assert.Equal(utf8.Text.Text, Fixture("feedback-opinion.gb18030.txt").Text.Text);
        Assert.Equal(utf8.Text.Text, Fixture("feedback-opinion.utf16le.txt").Text.Text);
        Assert.Contains("编码：GB18030", Fixture("feedback-opinion.gb18030.txt").Raw.Notes);
    }

    [Fact]
    public void Opinion_structure_is_recovered_in_full()
    {
        var opinion = Sample("feedback-opinion.txt");
        Assert.Equal("区委第二巡察组关于巡察区卫生健康局党组的反馈意见", opinion.Structure.Title);
        var problems = opinion.Structure.Sections[0];
        Assert.Equal("巡察发现的主要问题", problems.Heading);
        Assert.Equal(["一", "二", "三", "四"], problems.Children.Select(c => c.Number));
        var responsibility = problems.Children[1];
        Assert.Equal(3, responsibility.Children.Length);
        Assert.All(responsibility.Children, c => Assert.Equal(NumberingStyle.SemicolonItem, c.Style));
        var suggestions = opinion.Structure.Sections[1];
        Assert.Equal(["一是", "二是", "三是", "四是"], suggestions.Children.Select(c => c.Marker));
    }

    [Fact]
    public void Offsets_point_at_the_heading_in_the_normalised_text_of_every_format()
    {
        foreach (var file in new[] { "rectification-report.docx", "rectification-report.pdf" })
        {
            var document = Fixture(file);
            foreach (var section in document.Structure.AllSections)
            {
                Assert.Equal(section.Heading, section.HeadingSpan.Slice(document.Text.Text));
                Assert.StartsWith(section.Marker, section.Span.Slice(document.Text.Text), StringComparison.Ordinal);
            }
        }
    }
}

/// <summary>Every document of the corpus's pairs gets the kind it is.</summary>
public class CorpusPairKindTests
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(RectifyNlp.Tests.RepositoryPaths.Root, "corpus", "pairs"), "*", SearchOption.AllDirectories)
                     .Where(p => Path.GetFileNameWithoutExtension(p) is "feedback" or "report")
                     .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RectifyNlp.Tests.RepositoryPaths.Root, path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Feedback_is_an_opinion_and_report_is_a_report(string relativePath)
    {
        var document = Parser.Parse(Path.Combine(RectifyNlp.Tests.RepositoryPaths.Root, relativePath));
        var expected = Path.GetFileNameWithoutExtension(relativePath) == "feedback" ? DocumentKind.FeedbackOpinion : DocumentKind.RectificationReport;
        Assert.Equal(expected, document.Structure.Kind.Kind);
        Assert.NotEmpty(document.Structure.Title);
        Assert.NotEmpty(document.Structure.Sections);
    }
}
