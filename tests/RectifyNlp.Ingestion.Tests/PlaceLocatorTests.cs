using RectifyNlp.Core;
using RectifyNlp.Core.Documents;
using RectifyNlp.Core.Normalization;
using RectifyNlp.Core.Structure;

namespace RectifyNlp.Ingestion.Tests;

/// <summary>Places as a reader names them: the document's own numbering and the paragraph under it, on the sample report.</summary>
public sealed class PlaceLocatorTests
{
    [Theory]
    [InlineData("区委巡察工作领导小组：", "开头 第1段")]
    [InlineData("加强组织领导，压紧压实整改责任", "一、 标题")]
    [InlineData("对近三年干部档案开展专项审核", "二、（四）1.")]
    [InlineData("局党组将党风廉政建设纳入党组会议每季度固定议题", "二、（二）问题1：")]
    [InlineData("二是适时开展整改“回头看”", "三、二是")]
    public void A_passage_is_named_by_the_numbering_that_holds_it(string passage, string expected)
    {
        var report = Parsing.Sample("rectification-report.txt");
        var offset = report.Text.Text.IndexOf(passage, StringComparison.Ordinal);
        Assert.True(offset >= 0, passage);
        Assert.Equal(expected, PlaceLocator.Describe(report, offset));
    }

    [Fact]
    public void Paragraphs_under_a_heading_are_counted_after_it()
    {
        var raw = new RawDocument("report.txt", SourceFormat.Text, new[]
        {
            "关于巡察整改情况的报告", "局党组高度重视。", "一、加强组织领导", "成立整改领导小组。", "召开专题会议3次。",
            "二、整改落实情况", "（一）关于公务用车问题", "逐车核查使用记录。", "修订《公务用车管理办法》。",
        }.Select(p => new RawParagraph(p)));
        var text = TextNormalizer.Instance.Normalize(raw);
        var report = new ParsedDocument(raw, text, StructureParser.Instance.Parse(text));
        string At(string passage) => PlaceLocator.Describe(report, text.Text.IndexOf(passage, StringComparison.Ordinal));
        Assert.Equal("标题", At("关于巡察"));
        Assert.Equal("开头 第1段", At("局党组高度重视"));
        Assert.Equal("一、 第1段", At("成立整改领导小组"));
        Assert.Equal("一、 第2段", At("召开专题会议"));
        Assert.Equal("二、（一） 第2段", At("修订《公务用车管理办法》"));
    }
}
