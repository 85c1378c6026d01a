using System.Text;
using RectifyNlp.Core.Documents;
using RectifyNlp.Ingestion.PlainText;

namespace RectifyNlp.Ingestion.Tests;

public class TextDecoderTests
{
    private const string Simplified = "关于巡察反馈意见整改进展情况的报告\n局党组坚持把巡察整改作为重大政治任务，对反馈的问题逐项制定措施。已追回违规发放的补贴8.6万元。";
    private const string Traditional = "關於巡察回饋意見整改進展情況的報告\n局黨組堅持把巡察整改作為重大政治任務，對回饋的問題逐項制定措施。已追回違規發放的補貼8.6萬元。";

    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, string, bool, string> Encodings => new()
    {
        { "utf-8", Simplified, true, "UTF-8 (BOM)" },
        { "utf-8", Simplified, false, "UTF-8" },
        { "utf-16", Simplified, true, "UTF-16LE (BOM)" },
        { "utf-16BE", Simplified, true, "UTF-16BE (BOM)" },
        { "utf-16", Simplified, false, "UTF-16LE" },
        { "utf-16BE", Simplified, false, "UTF-16BE" },
        { "GB18030", Simplified, false, "GB18030" },
        { "GBK", Simplified, false, "GB18030" },
        { "GB2312", Simplified, false, "GB18030" },
        { "big5", Traditional, false, "Big5" },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Detects_the_encoding(string encoding, string text, bool bom, string expected)
    {
        var e = Encoding.GetEncoding(encoding);
        byte[] bytes = bom ? [.. e.GetPreamble(), .. e.GetBytes(text)] : e.GetBytes(text);
        var (decoded, name) = TextDecoder.Decode(bytes, "x.txt");
        Assert.Equal(text, decoded);
        Assert.Equal(expected, name);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16")]
    [InlineData("GB18030")]
    public void A_wechat_article_full_of_emoji_is_text(string encoding)
    {
        // published13 t09's form (a WeChat item with 🔸 bullets, ✅ requirements, 📞 contact), in words of our own: one
        // emoji in every dozen characters or so, each two UTF-16 code units.
        const string Article = "🔔巡察反馈｜县委第三巡察组向村党支部反馈巡察情况\n👉巡察组指出了以下问题：\n🔸村务公开不及时，账目半年未更新；\n🔸集体资产台账不全；\n🔸“三会一课”记录简单。\n✅整改要求：三个月内报送整改情况。\n📞监督电话：0000-1234567\n";
        var bytes = Encoding.GetEncoding(encoding).GetBytes(Article);
        var (decoded, _) = TextDecoder.Decode(bytes, "t.txt");
        Assert.Equal(Article, decoded);
    }

    [Fact]
    public void Random_bytes_are_not_text()
    {
        var random = new Random(20250415);
        for (var i = 0; i < 20; i++)
        {
            var bytes = new byte[random.Next(16, 4096)];
            random.NextBytes(bytes);
            var e = Assert.Throws<DocumentReadException>(() => TextDecoder.Decode(bytes, "random.txt"));
            Assert.Equal(DocumentReadError.Unsupported, e.Error);
        }
    }
}
