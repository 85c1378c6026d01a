using RectifyNlp.Core.Documents;
using RectifyNlp.Nlp.Lexicon;
using RectifyNlp.Nlp.Segmentation;
using static RectifyNlp.Nlp.Tests.Models;

namespace RectifyNlp.Nlp.Tests;

public class SegmenterTests
{
    [Theory]
    [InlineData("巡察组对区委统战部党组织开展巡察", "巡察 组对 区委", "巡察组 对 区委 统战部 党组织 开展 巡察")]
    [InlineData("区委第二巡察组对区卫生健康局党组开展了常规巡察", "巡察 组对区 卫生 健康 局", "区委 第二 巡察组 对 区卫生健康局 党组 开展 了 常规巡察")]
    [InlineData("建立整改台账，实行对账销号，坚持立行立改、挂图作战", "立行立 改", "建立 整改台账 ， 实行 对账销号 ， 坚持 立行立改 、 挂图作战")]
    [InlineData("严格执行中央八项规定精神，落实三会一课制度", "中央 八项 规定 精神", "严格执行 中央八项规定精神 ， 落实 三会一课 制度")]
    [InlineData("党组书记要履行第一责任人职责", "第一 责任人", "党组书记 要 履行 第一责任人 职责")]
    [InlineData("对负有直接责任的办公室主任给予诫勉谈话，开展警示教育", "诫勉 谈话", "对 负有 直接 责任 的 办公室 主任 给予 诫勉谈话 ， 开展 警示教育")]
    public void The_lexicon_fixes_what_the_default_dictionary_cuts_wrongly(string sentence, string defaultCut, string domainCut)
    {
        Assert.Contains(defaultCut, Cut(Default, sentence), StringComparison.Ordinal);
        Assert.Equal(domainCut, Cut(Domain, sentence));
    }

    [Fact]
    public void The_lexicon_is_versioned_data_with_tags()
    {
        var lexicon = LexiconFile.Load(Paths.DomainLexicon);
        Assert.NotEqual("unversioned", lexicon.Version);
        Assert.True(lexicon.Entries.Length >= 800, $"{lexicon.Entries.Length} entries");
        Assert.All(lexicon.Entries, e => Assert.False(string.IsNullOrEmpty(e.Tag)));
        Assert.Equal(lexicon.Entries.Length, lexicon.Entries.Select(e => e.Word).Distinct().Count());
        foreach (var term in new[] { "主体责任", "第一责任人", "一岗双责", "整改台账", "立行立改", "挂图作战", "对账销号", "回头看", "长效机制", "三重一大", "第一议题", "中央八项规定精神", "四风", "三会一课", "诫勉谈话", "警示教育", "巡察组", "统战部", "纪委监委", "党组", "党工委" })
        {
            Assert.Contains(lexicon.Entries, e => e.Word == term);
        }
    }

    [Fact]
    public void A_malformed_lexicon_line_fails_with_its_line_number()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["# version: test", "巡察组 3000 n", "整改台账 many n"]);
            var e = Assert.Throws<FormatException>(() => LexiconFile.Load(path));
            Assert.Contains(":3:", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Token_offsets_cover_every_visible_character_in_order()
    {
        const string text = "2025年7月10日，追回补贴8.6万元。  局党组修订《公务接待管理办法》，安装GPS定位系统！";
        var tokens = Domain.Tokenize(text);
        var position = 0;
        foreach (var token in tokens)
        {
            Assert.True(token.Span.Start >= position);
            Assert.True(string.IsNullOrWhiteSpace(text[position..token.Span.Start]));
            position = token.Span.End;
        }

        Assert.True(string.IsNullOrWhiteSpace(text[position..]));
        Assert.Contains(tokens, t => t.Text(text) == "8.6");
        Assert.Contains(tokens, t => t.Text(text) == "公务接待管理办法");
    }

    [Fact]
    public void Tags_come_from_the_dictionaries()
    {
        const string text = "巡察组对区委统战部追回资金8.6万元，安装GPS";
        var tags = Domain.TokenizeWithTags(text).ToDictionary(t => t.Text(text), t => t.Tag);
        Assert.Equal("n", tags["巡察组"]);
        Assert.Equal("nt", tags["区委"]);
        Assert.Equal("m", tags["8.6"]);
        Assert.Equal("eng", tags["GPS"]);
        Assert.Equal("vn", tags["追回"]);
        Assert.Equal("p", tags["对"]);
    }

    [Fact]
    public void One_segmenter_is_shared_and_safe_across_threads()
    {
        Assert.Same(Domain, Segmenter.Get(Paths, useDomainLexicon: true));
        var lines = Lines();
        var sequential = lines.Select(l => Cut(Domain, l)).ToArray();
        var parallel = new string[lines.Length];
        Parallel.For(0, lines.Length * 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, k =>
        {
            var i = k % lines.Length;
            var spans = new List<TextSpan>();
            Domain.Cut(lines[i], spans);
            parallel[i] = string.Join(' ', spans.Select(s => lines[i][s.Start..s.End]));
        });
        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void Dictionary_load_is_reported()
    {
        var loaded = Segmenter.Load(Paths);
        Assert.True(loaded.Vocabulary.UserWordCount >= 800);
        Assert.True(loaded.Vocabulary.NodeCount > 349_000);
        Assert.True(loaded.LoadTime > TimeSpan.Zero);
    }
}
