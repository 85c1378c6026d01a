using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using RectifyNlp.Ingestion.Word;

namespace RectifyNlp.Ingestion.Tests;

/// <summary>Word's automatic numbering as Word shows it: formats, restarts, lists sharing a definition, bullets.</summary>
public sealed class WordNumberingTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("rectify-numbering-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static Level Level(int index, NumberFormatValues format, string text) =>
        new(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = text }) { LevelIndex = index };

    private static Paragraph Item(int numId, int level, string text) =>
        new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId })), new Run(new Text(text)));

    private string Write(params OpenXmlElement[] body)
    {
        var path = Path.Combine(_folder.FullName, "numbered.docx");
        using (var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                new AbstractNum(
                    Level(0, NumberFormatValues.ChineseCounting, "%1、"),
                    Level(1, NumberFormatValues.ChineseCounting, "（%2）"),
                    Level(2, NumberFormatValues.Decimal, "%3."),
                    Level(3, NumberFormatValues.Decimal, "（%4）"),
                    Level(4, NumberFormatValues.DecimalEnclosedCircle, "%5"))
                { AbstractNumberId = 0 },
                new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }, new LevelText { Val = "•" }) { LevelIndex = 0 }) { AbstractNumberId = 1 },
                new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 },
                new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 2 },
                new NumberingInstance(new AbstractNumId { Val = 0 }, new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 }) { NumberID = 3 },
                new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 4 });
            main.Document = new Document(new Body(body));
        }

        return path;
    }

    [Fact]
    public void Renders_each_level_in_its_format_and_restarts_deeper_levels()
    {
        var path = Write(
            Item(1, 0, "总体情况"), Item(1, 1, "组织领导"), Item(1, 2, "成立领导小组"), Item(1, 3, "召开会议"), Item(1, 4, "研究部署"),
            Item(1, 4, "明确分工"), Item(1, 2, "建立台账"), Item(1, 0, "整改情况"), Item(1, 1, "公务接待"), Item(1, 2, "修订办法"));
        var texts = AutoDetectingDocumentReader.Default.Read(path).Paragraphs.Select(p => p.Text);
        Assert.Equal(
            ["一、总体情况", "（一）组织领导", "1.成立领导小组", "（1）召开会议", "①研究部署", "②明确分工", "2.建立台账", "二、整改情况", "（一）公务接待", "1.修订办法"],
            texts);
    }

    [Fact]
    public void Lists_sharing_a_definition_continue_unless_an_instance_restarts()
    {
        var path = Write(Item(1, 0, "甲"), Item(1, 0, "乙"), Item(2, 0, "丙"), Item(3, 0, "丁"), Item(3, 0, "戊"));
        var texts = AutoDetectingDocumentReader.Default.Read(path).Paragraphs.Select(p => p.Text);
        Assert.Equal(["一、甲", "二、乙", "三、丙", "一、丁", "二、戊"], texts);
    }

    [Fact]
    public void Bullets_add_no_number()
    {
        var path = Write(Item(4, 0, "加强学习"), new Paragraph(new Run(new Text("正文"))));
        Assert.Equal(["加强学习", "正文"], AutoDetectingDocumentReader.Default.Read(path).Paragraphs.Select(p => p.Text));
    }

    [Theory]
    [InlineData(28, "UpperLetter", "BB")]
    [InlineData(780, "UpperLetter", "ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ")]
    [InlineData(781, "LowerLetter", "781")]
    [InlineData(2_000_000_000, "UpperLetter", "2000000000")]
    [InlineData(3999, "UpperRoman", "MMMCMXCIX")]
    [InlineData(2_000_000_000, "LowerRoman", "2000000000")]
    public void Counters_beyond_a_formats_range_are_decimal(int value, string format, string expected)
    {
        var level = new Level(new NumberingFormat { Val = new NumberFormatValues(char.ToLowerInvariant(format[0]) + format[1..]) });
        Assert.Equal(expected, WordNumbering.Format(value, level));
    }

    [Fact]
    public void A_label_is_cut_at_its_maximum_length()
    {
        var numbering = new Numbering(
            new AbstractNum(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = string.Concat(Enumerable.Repeat("%1", 5000)) }) { LevelIndex = 0 }) { AbstractNumberId = 0 },
            new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });
        Assert.Equal(new string('1', WordNumbering.MaxLabelLength), new WordNumbering(numbering).Next(1, 0));
    }
}
