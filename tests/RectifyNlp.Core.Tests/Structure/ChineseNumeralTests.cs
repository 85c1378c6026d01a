using RectifyNlp.Core.Structure;

namespace RectifyNlp.Core.Tests.Structure;

public class ChineseNumeralTests
{
    [Theory]
    [InlineData("一", 1)]
    [InlineData("九", 9)]
    [InlineData("十", 10)]
    [InlineData("十一", 11)]
    [InlineData("二十", 20)]
    [InlineData("二十三", 23)]
    [InlineData("一百零五", 105)]
    public void Parses_numerals(string text, int value)
    {
        Assert.Equal(value, ChineseNumeral.Parse(text));
        Assert.Equal(text, ChineseNumeral.Format(value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("零")]
    [InlineData("第一")]
    [InlineData("一二三四五六七")]
    public void Rejects_what_is_not_a_numeral(string text)
    {
        Assert.Null(ChineseNumeral.Parse(text));
    }
}
