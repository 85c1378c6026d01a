using RectifyNlp.Tests;

namespace RectifyNlp.Analysis.Tests;

/// <summary>Measures shared near-verbatim between units' reports (MinHash over character shingles, checked exactly).</summary>
[Collection(AnalyzerGroup.Name)]
public sealed class NearDuplicateTests(AnalyzerFixture fixture)
{
    [Fact]
    public void A_measure_with_a_few_words_changed_is_found_and_an_unrelated_one_is_not()
    {
        var index = new NearDuplicateIndex();
        foreach (var pair in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "corpus", "pairs"), "report.txt", SearchOption.AllDirectories))
        {
            foreach (var text in fixture.Analyzer.MeasureTexts(fixture.Parser.Parse(pair)))
            {
                index.Add(new ForeignMeasure(pair, text));
            }
        }

        Assert.True(index.Count > 100, $"{index.Count} measures");
        var twin = Assert.Single(index.Find("对近三年签订的合同进行全面梳理，对存在风险的合同补充开展法律审核工作。"));
        Assert.EndsWith(Path.Combine("watergroup", "report.txt"), twin.Measure.Source, StringComparison.Ordinal);
        Assert.InRange(twin.Similarity, NearDuplicateIndex.Threshold, 0.99);
        Assert.Empty(index.Find("对全区养老服务机构开展消防安全专项检查，整改隐患17处。"));
        Assert.Empty(index.Find("已完成。"));
    }

    [Fact]
    public void A_report_copying_another_units_measure_gets_a_copied_measure_gap_naming_it()
    {
        var others = new NearDuplicateIndex();
        others.Add(new ForeignMeasure("《区文化和旅游局党组关于巡察整改情况的报告》", "建立文艺演出节目“三审”制度，演出前由分管领导审核节目内容。"));
        const string report = """
            区图书馆党支部关于巡察整改情况的报告
            区委第三巡察组于2024年5月12日向馆党支部反馈了巡察意见，现将整改情况报告如下。
            馆党支部成立整改工作领导小组，支部书记任组长。
            一、关于意识形态阵地管理的问题
            建立文艺演出节目“三审”制度，演出前由分管领导审核节目内容。
            二、关于借阅数据统计不实的问题
            对2023年借阅数据逐月核对，更正统计报表3份。已完成。
            整改情况已在馆网站公开。
            区图书馆党支部
            2024年7月1日
            """;
        var parsed = fixture.Text("report.txt", report);
        var gap = Assert.Single(fixture.Analyzer.Analyze(null, parsed, others).Gaps, g => g.Kind == GapKinds.CopiedMeasure);
        Assert.Equal("I1", gap.IssueId);
        Assert.Contains("区文化和旅游局", gap.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.Analyzer.Analyze(null, parsed).Gaps, g => g.Kind == GapKinds.CopiedMeasure);
    }
}
