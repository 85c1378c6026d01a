using RectifyNlp.Core;
using RectifyNlp.Core.Documents;
using RectifyNlp.Core.Normalization;
using RectifyNlp.Core.Structure;
using RectifyNlp.Tests;

namespace RectifyNlp.Ingestion.Tests;

/// <summary>被巡察单位: the unit's Chinese name read from the corpus pairs, from the feedback and from the report alone.</summary>
public sealed class UnitNameTests
{
    private static string PairFile(string round, string unit, string role) =>
        Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "corpus", "pairs", round, unit), role + ".*").Single();

    [Theory]
    [InlineData("2024-1", "baihe", "白河镇", "白河镇")]
    [InlineData("2024-1", "culture", "区文化和旅游局", "区文化和旅游局")]
    [InlineData("2024-1", "jiaotou", "区交通投资集团", "区交投集团")]
    [InlineData("2024-1", "justice", "区司法局", "区司法局")]
    [InlineData("2024-1", "nanshan", "南山街道", "区南山街道")]
    [InlineData("2024-1", "qingshan", "青山村", "青山村")]
    [InlineData("2024-1", "school2", "区第二中学", "区第二中学")]
    [InlineData("2024-1", "transport", "区交通运输局", "区交通运输局")]
    [InlineData("2025-1", "justice", "区司法局", "区司法局")]
    [InlineData("2025-1", "nanshan", "南山街道", "区南山街道")]
    [InlineData("2025-1", "transport", "区交通运输局", "区交通运输局")]
    [InlineData("2025-1", "tuanjie", "团结村", "团结村")]
    [InlineData("2025-2", "healthcenter", "区疾病预防控制中心", "区疾病预防控制中心")]
    [InlineData("2025-2", "grain", "区粮食储备有限公司", "区粮食储备有限公司")]
    [InlineData("2025-2", "xingfu", "幸福社区", "幸福社区")]
    public void Unit_is_named_from_the_feedback_else_from_the_report_issuer(string round, string unit, string fromPair, string fromReport)
    {
        var feedback = Parsing.Parser.Parse(PairFile(round, unit, "feedback"));
        var report = Parsing.Parser.Parse(PairFile(round, unit, "report"));
        Assert.Equal(fromPair, UnitNameFinder.Find(feedback, report));
        Assert.Equal(fromReport, UnitNameFinder.Find(null, report));
    }

    [Fact]
    public void Every_corpus_pair_has_its_unit_named()
    {
        var pairs = Directory.GetDirectories(Path.Combine(RepositoryPaths.Root, "corpus", "pairs"), "*", SearchOption.AllDirectories)
            .Where(d => Directory.GetFiles(d, "report.*").Length > 0).ToList();
        Assert.True(pairs.Count >= 20);
        foreach (var pair in pairs)
        {
            var report = Parsing.Parser.Parse(Directory.GetFiles(pair, "report.*").Single());
            var name = UnitNameFinder.Find(null, report);
            Assert.True(name is { Length: >= 2 } && !name.Contains("关于", StringComparison.Ordinal), $"{pair}: {name ?? "(none)"}");
        }
    }

    [Fact]
    public void Samples_name_the_health_bureau_from_the_opinion_the_speech_and_the_report()
    {
        var report = Parsing.Sample("rectification-report.txt");
        Assert.Equal("区卫生健康局", UnitNameFinder.Find(Parsing.Sample("feedback-opinion.txt"), report));
        Assert.Equal("区卫生健康局", UnitNameFinder.Find(Parsing.Sample("feedback-speech.txt"), null));
        Assert.Equal("区卫生健康局", UnitNameFinder.Find(null, report));
    }

    [Fact]
    public void A_report_without_a_named_issuer_in_its_title_is_named_by_its_inspected_unit_line_or_sign_off()
    {
        Assert.Equal("区市场监督管理局", UnitNameFinder.Find(null, Parse("关于巡察反馈意见整改情况的报告", "被巡察单位：区市场监督管理局党组", "一、整改工作开展情况", "局党组成立整改领导小组。")));
        Assert.Equal("区统计局", UnitNameFinder.Find(null, Parse("关于巡察整改进展情况的报告", "一、整改工作开展情况", "局党组成立整改领导小组。", "中共区统计局党组", "2024年8月30日")));
        Assert.Null(UnitNameFinder.Find(null, Parse("关于巡察整改进展情况的报告", "一、整改工作开展情况", "局党组成立整改领导小组。")));
    }

    private static ParsedDocument Parse(params string[] paragraphs)
    {
        var raw = new RawDocument("report.txt", SourceFormat.Text, paragraphs.Select(p => new RawParagraph(p)));
        var text = TextNormalizer.Instance.Normalize(raw);
        return new ParsedDocument(raw, text, StructureParser.Instance.Parse(text));
    }
}
