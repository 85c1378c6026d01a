using RectifyNlp.Core.Documents;
using RectifyNlp.Core.Normalization;
using static RectifyNlp.Core.Tests.TestDocuments;

namespace RectifyNlp.Core.Tests.Normalization;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("整改情况:已完成", "整改情况：已完成")]
    [InlineData("(一)关于公务接待的问题", "（一）关于公务接待的问题")]
    [InlineData("（１）２０２４年３月", "（1）2024年3月")]
    [InlineData("ＡＢＣ科室", "ABC科室")]
    [InlineData("2024 年 3 月 15 日", "2024年3月15日")]
    [InlineData("追回资金 8.6 万元", "追回资金8.6万元")]
    [InlineData("会议于 9:30 召开", "会议于9:30召开")]
    [InlineData("共计1,000元;其中", "共计1,000元；其中")]
    [InlineData("\u3000\u3000局党组高度重视。", "局党组高度重视。")]
    [InlineData("安装 GPS 定位 系统", "安装GPS定位系统")]
    [InlineData("使用 Office Word 文档", "使用Office Word文档")]
    [InlineData("1．加强学习", "1.加强学习")]
    [InlineData("问题﹑措施", "问题、措施")]
    [InlineData("整改\u200B台账\uFEFF", "整改台账")]
    [InlineData("（二）加强基层党组织建设.4家支部已完成换届.", "（二）加强基层党组织建设。4家支部已完成换届。")]
    [InlineData("追回资金8.6万元.网址xxgk.cn", "追回资金8.6万元。网址xxgk.cn")]
    // A line set out in columns by runs of spaces (a table pasted as text) keeps its cells apart; one wide gap is spacing.
    [InlineData("01    档案验收把关不严  业务监管      2024年12月底", "01\t档案验收把关不严\t业务监管\t2024年12月底")]
    [InlineData("序号  问题描述\u3000\u3000问题类别", "序号\t问题描述\t问题类别")]
    [InlineData("局党组高度重视。  多次专题研究整改工作。", "局党组高度重视。多次专题研究整改工作。")]
    public void Unifies_characters_for_matching(string input, string expected)
    {
        Assert.Equal(expected, Normalize(input).Text);
    }

    [Fact]
    public void Reads_a_document_in_traditional_characters_as_simplified_keeping_offsets()
    {
        // A county portal's 繁體 page of a feedback (or a Big5 file): every cue and model here reads simplified text.
        var raw = "（一）耕地保護責任落實不夠嚴格，衛片執法發現的17宗違法佔地有6宗未按期拆除復耕。";
        var text = Normalize(raw);
        Assert.Equal("（一）耕地保护责任落实不够严格，卫片执法发现的17宗违法占地有6宗未按期拆除复耕。", text.Text);
        Assert.Equal(raw.Length, text.Text.Length);
        Assert.Equal(raw.IndexOf("執法", StringComparison.Ordinal), text.Map.ToOriginal(text.Text.IndexOf("执法", StringComparison.Ordinal)));
    }

    [Fact]
    public void Leaves_a_simplified_document_that_names_a_traditional_character_alone()
    {
        // One old name (乾隆) in simplified text is not a document written in traditional characters.
        var raw = "局党组对乾隆年间修建的古桥保护不力，修缮资金至今未落实，文物保护责任落实不到位。";
        Assert.Equal(raw, Normalize(raw).Text);
    }

    [Theory]
    [InlineData("1\uFE0F\u20E3 衔接推进乡村振兴的责任压得不实。", "1、衔接推进乡村振兴的责任压得不实。")]
    [InlineData("2\u20E3 村级财务管理不规范。", "2、村级财务管理不规范。")]
    public void Reads_a_keycap_digit_as_a_number(string input, string expected)
    {
        Assert.Equal(expected, Normalize(input).Text);
    }

    [Fact]
    public void Joins_wrapped_lines_inside_a_paragraph()
    {
        var text = Normalize("局党组召开专题会议，研究部署\n整改工作。");
        Assert.Equal("局党组召开专题会议，研究部署整改工作。", text.Text);
    }

    [Fact]
    public void Drops_empty_paragraphs_and_joins_the_rest_with_newlines()
    {
        var text = Normalize("一、总体情况", "   ", "", "局党组高度重视。");
        Assert.Equal("一、总体情况\n局党组高度重视。", text.Text);
        Assert.Equal(2, text.Paragraphs.Length);
        Assert.Equal(new TextSpan(7, 15), text.Paragraphs[1].Span);
    }

    [Fact]
    public void Map_leads_every_character_back_to_its_original_offset()
    {
        var raw = Raw("  整改情况 : 2024 年", "(一)问题");
        var text = TextNormalizer.Instance.Normalize(raw);
        Assert.Equal("整改情况：2024年\n（一）问题", text.Text);
        for (var i = 0; i < text.Text.Length; i++)
        {
            var original = raw.Text[text.Map.ToOriginal(i)];
            var c = text.Text[i];
            Assert.True(
                original == c || TextNormalizer.Fold(original) == c || c is '：' or '（' or '）' || (c == '\n' && original == '\n'),
                $"normalised '{c}' at {i} maps to '{original}'");
        }

        Assert.Equal(raw.Text.Length, text.Map.ToOriginal(text.Text.Length));
        var span = new TextSpan(text.Text.IndexOf("2024", StringComparison.Ordinal), text.Text.IndexOf("2024", StringComparison.Ordinal) + 4);
        Assert.Equal("2024", text.Map.ToOriginal(span).Slice(raw.Text));
    }

    [Fact]
    public void Keeps_spaces_around_table_cell_separators()
    {
        var text = Normalize("序号" + RawParagraph.TableCellSeparator + "反馈问题" + RawParagraph.TableCellSeparator + "已完成");
        Assert.Equal("序号 | 反馈问题 | 已完成", text.Text);
    }

    [Fact]
    public void Numbered_items_run_together_on_a_line_are_lines_of_their_own()
    {
        // published32 x06's form (a chat copy: 1、……闲置。2、惠民惠农资金……), in words of our own: each item that goes on from the
        // line's number after a sentence's end starts a line; a figure (3.5万元) or a ledger cell's 1.……；2.…… does not.
        var text = Normalize(
            "1、村级集体经济项目闲置，2个项目建成后未投用。2、惠民资金监管不严，有重复发放现象。3、财务公开不及时。",
            "1.修订议事规则；2.2025年以来研究事项9项",
            "5、党员教育管理松散，共3.5万元党费未按时收缴。");
        Assert.Equal([
            "1、村级集体经济项目闲置，2个项目建成后未投用。",
            "2、惠民资金监管不严，有重复发放现象。",
            "3、财务公开不及时。",
            "1.修订议事规则；2.2025年以来研究事项9项",
            "5、党员教育管理松散，共3.5万元党费未按时收缴。"], text.Paragraphs.Select(p => p.Span.Slice(text.Text)));
    }

    [Fact]
    public void Bracketed_items_run_together_after_a_full_stop_are_lines_of_their_own()
    {
        // published32 x08's form (a copy that lost its line breaks: (四)……现象。(五)党组……), in words of our own.
        var text = Normalize("(四)落实中央八项规定精神不严格，公务接待存在超标准现象。(五)党组对基层党建工作指导不够。");
        Assert.Equal(["（四）落实中央八项规定精神不严格，公务接待存在超标准现象。", "（五）党组对基层党建工作指导不够。"], text.Paragraphs.Select(p => p.Span.Slice(text.Text)));
    }

    [Fact]
    public void A_dash_before_是_is_a_scans_一_only_when_二是_follows_and_a_long_line_of_them_costs_one_pass()
    {
        Assert.Equal("问题。一是甲不足。二是乙不足。", Normalize("问题。—是甲不足。二是乙不足。").Text);
        Assert.Equal("问题。—是甲不足。", Normalize("问题。—是甲不足。").Text);
        // A hostile line of many dashes before 是 and no 二是: each looks once for the paragraph's 二是, not once a dash.
        var hostile = string.Concat(Enumerable.Repeat("，—是", 40_000));
        Assert.DoesNotContain('一', Normalize(hostile).Text);
    }
}
