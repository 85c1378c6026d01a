using RectifyNlp.Core.Documents;
using RectifyNlp.Ingestion.PlainText;

namespace RectifyNlp.Ingestion.Tests;

/// <summary>Hard-wrapped text (a PDF's text layer saved as .txt, a tool that breaks every N characters) reads as its paragraphs.</summary>
public class PlainTextWrapTests
{
    private const string Report =
        "区统计局党组关于巡察整改情况的报告\n" +
        "一、关于统计数据审核把关不严的问题\n" +
        "责任领导：分管副局长；完成时限：2024年6月底。对2023年以来上报的12类统计报表逐表复核，更正差错数据37处，建立数据质量三级审核制度。\n" +
        "对审核把关不严的统计股负责人进行提醒谈话，责令作出书面检查。已完成。\n" +
        "二、关于统计执法检查开展不够的问题\n" +
        "制定年度统计执法检查计划，对全区规模以上企业开展“双随机”抽查，抽查比例由5%提高到15%，发现的问题逐一下达整改通知书。\n" +
        "区统计局党组\n" +
        "2024年7月10日";

    private static string[] Paragraphs(string text)
    {
        var raw = PlainTextReader.FromText(text, "report.txt", SourceFormat.Text, []);
        var parsed = Parsing.Parser.Parse(raw);
        return [.. parsed.Text.Paragraphs.Select(p => p.Span.Slice(parsed.Text.Text))];
    }

    // Every line longer than width characters broken every width characters, as the tool writes it.
    private static string WrapByCharacters(string text, int width) => string.Join('\n', text.Split('\n').SelectMany(line =>
        Enumerable.Range(0, Math.Max(1, (line.Length + width - 1) / width)).Select(k => line.Substring(k * width, Math.Min(width, line.Length - (k * width))))));

    [Theory]
    [InlineData(24)]
    [InlineData(28)]
    [InlineData(36)]
    // Not every width: a break that falls right after 。 (at 30 here) cannot be told from a paragraph's end, and
    // the paragraph reads as two (their sentences are the same).
    public void A_file_wrapped_every_N_characters_reads_as_the_unwrapped_one(int width)
    {
        Assert.Equal(Paragraphs(Report), Paragraphs(WrapByCharacters(Report, width)));
    }

    [Fact]
    public void A_number_broken_over_two_lines_stays_one_number()
    {
        var wrapped = WrapByCharacters(Report, 28);
        Assert.Contains("20\n23", wrapped, StringComparison.Ordinal); // the break falls inside 2023 at this width
        Assert.Contains(Paragraphs(wrapped), p => p.Contains("对2023年以来", StringComparison.Ordinal));
    }

    [Fact]
    public void A_line_that_opens_with_closing_punctuation_continues_the_line_above_even_in_a_short_file()
    {
        var paragraphs = Paragraphs("区科技局党组关于巡察整改情况的报告\n一、科技经费被挪用问题\n对挪用经费的2个项目追回科研经费18万元，取消承担单位三年内项目申报资格\n。\n二、中心组学习问题\n将理论学习纳入党组会议第一议题");
        Assert.Contains("对挪用经费的2个项目追回科研经费18万元，取消承担单位三年内项目申报资格。", paragraphs);
    }

    [Fact]
    public void A_file_of_one_paragraph_a_line_is_not_joined_even_when_its_long_lines_share_a_length()
    {
        // Each line ends a sentence: lines of similar length are paragraphs, not wraps.
        var text = string.Join('\n', Enumerable.Range(1, 8).Select(i => $"第{i}项措施已经全部落实到位，相关制度已印发执行，整改台账已经销号。"));
        Assert.Equal(8, Paragraphs(text).Length);
    }
}
