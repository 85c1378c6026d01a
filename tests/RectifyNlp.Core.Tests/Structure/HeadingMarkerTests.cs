using RectifyNlp.Core.Structure;

namespace RectifyNlp.Core.Tests.Structure;

public class HeadingMarkerTests
{
    [Theory]
    [InlineData("一、加强组织领导", NumberingStyle.ChineseComma, "一", "一、", 1)]
    [InlineData("十二、其他", NumberingStyle.ChineseComma, "十二", "十二、", 1)]
    [InlineData("六、12315回复超期的问题", NumberingStyle.ChineseComma, "六", "六、", 1)]
    [InlineData("（三）关于公务接待", NumberingStyle.ChineseParenthesized, "三", "（三）", 2)]
    [InlineData("㈢招投标监管失守", NumberingStyle.ChineseParenthesized, "三", "㈢", 2)]
    [InlineData("1.违规发放补贴", NumberingStyle.ArabicDot, "1", "1.", 3)]
    [InlineData("12、干部选拔", NumberingStyle.ArabicDot, "12", "12、", 3)]
    [InlineData("3)\t国有资产出租管理混乱。", NumberingStyle.ArabicDot, "3", "3)", 3)]
    [InlineData("（2）补齐材料", NumberingStyle.ArabicParenthesized, "2", "（2）", 4)]
    [InlineData("1.1 党委领导下的院长负责制落实有偏差", NumberingStyle.DecimalDot, "1.1", "1.1", 4)]
    [InlineData("2.3落实中央八项规定精神有差距", NumberingStyle.DecimalDot, "2.3", "2.3", 4)]
    [InlineData("⑵补齐材料", NumberingStyle.ArabicParenthesized, "2", "⑵", 4)]
    [InlineData("③建立台账", NumberingStyle.Circled, "3", "③", 5)]
    [InlineData("第二部分 整改情况", NumberingStyle.Part, "二", "第二部分", 0)]
    [InlineData("丙、对社属企业“三重一大”事项监管缺位", NumberingStyle.Lettered, "3", "丙、", 3)]
    [InlineData("甲、“四风”问题仍有反弹", NumberingStyle.Lettered, "1", "甲、", 3)]
    // Forms set apart from the usual one, a list of their own one level down (Variant): capitals, padded digits, Roman.
    [InlineData("壹、党的领导融入公司治理不够到位", NumberingStyle.ChineseComma, "一", "壹、", 2)]
    [InlineData("拾贰、其他事项", NumberingStyle.ChineseComma, "十二", "拾贰、", 2)]
    [InlineData("〇三\n财务管理不规范。", NumberingStyle.ChineseComma, "三", "〇三", 2)]
    [InlineData("II. 全面从严治党和作风建设方面", NumberingStyle.ChineseComma, "二", "II.", 1)]
    [InlineData("（iii）监督责任落实不到位", NumberingStyle.ChineseParenthesized, "三", "（iii）", 2)]
    public void Recognises_official_numbering(string text, NumberingStyle style, string number, string marker, int rank)
    {
        var found = HeadingMarker.Match(text, 0);
        Assert.NotNull(found);
        Assert.Equal((style, number, marker, rank), (found.Style, found.Number, found.Marker, found.Rank));
    }

    [Theory]
    [InlineData("2024年3月，局党组召开会议")]
    [InlineData("1.5亿元资金已下达")]
    [InlineData("1.4个党支部已换届")]
    [InlineData("12.4 万元已全部退回")]
    [InlineData("统一思想")]
    [InlineData("第一责任人要履职")]
    [InlineData("一是加强学习")]
    [InlineData("甲、乙双方签订租赁合同")]
    [InlineData("甲方负责供货")]
    [InlineData("一〇一家企业已完成整改")]
    [InlineData("〇三年以来")]
    public void Ignores_numbers_that_are_not_headings(string text)
    {
        Assert.Null(HeadingMarker.Match(text, 0));
    }
}
