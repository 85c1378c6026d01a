using RectifyNlp.Nlp.Keywords;
using RectifyNlp.Nlp.Lexicon;
using RectifyNlp.Tests;
using RectifyNlp.Training.Keywords;
using static RectifyNlp.Nlp.Tests.Models;

namespace RectifyNlp.Nlp.Tests;

public class KeywordTests
{
    private static readonly KeywordExtractor Extractor = KeywordExtractor.Load(Paths);

    private const string Passage =
        "关于违规发放补贴问题。整改情况：经逐笔核查，已追回违规发放的加班误餐补贴8.6万元，全部上缴财政。" +
        "对负有直接责任的办公室主任给予诫勉谈话，对分管财务的副局长进行批评教育。修订财务报销制度，违规发放补贴的问题已完成整改。";

    [Fact]
    public void Tfidf_ranks_the_passage_subject_first_and_skips_stopwords()
    {
        var keywords = Extractor.TfIdf(Passage, 8).Select(k => k.Word).ToList();
        Assert.Equal("违规发放补贴", keywords[0]);
        Assert.Contains("加班误餐补贴", keywords);
        Assert.DoesNotContain("整改", keywords);
        Assert.DoesNotContain("问题", keywords);
        Assert.DoesNotContain("情况", keywords);
        Assert.All(keywords, k => Assert.True(k.Length >= 2));
    }

    [Fact]
    public void Textrank_links_nouns_and_verbs_and_scales_the_top_to_one()
    {
        var keywords = Extractor.TextRank(Passage, 8);
        Assert.Equal(1.0, keywords[0].Weight, 6);
        Assert.Equal("违规发放补贴", keywords[0].Word);
        Assert.DoesNotContain(keywords, k => k.Word is "问题" or "的" or "8.6");
        Assert.True(keywords.Zip(keywords.Skip(1)).All(p => p.First.Weight >= p.Second.Weight));
    }

    [Fact]
    public void Keywords_are_deterministic()
    {
        Assert.Equal(Extractor.TfIdf(Passage), Extractor.TfIdf(Passage));
        Assert.Equal(Extractor.TextRank(Passage), Extractor.TextRank(Passage));
    }

    [Fact]
    public void Idf_table_is_built_from_the_corpus_and_rebuilt_identically()
    {
        var corpus = Path.Combine(RepositoryPaths.Root, "corpus");
        var stopwords = WordList.Load(Paths.Stopwords);
        var (first, documents) = IdfTableBuilder.Build(IdfTableBuilder.ReadCorpus(corpus), Domain, stopwords);
        var (second, _) = IdfTableBuilder.Build(IdfTableBuilder.ReadCorpus(corpus), Domain, stopwords);
        Assert.True(documents > 50);
        Assert.Equal(first, second);
        Assert.DoesNotContain("问题", first.Keys);
        // A term in many paragraphs weighs less than one in a single paragraph.
        Assert.True(first["整改"] < first["诫勉谈话"]);

        var path = Path.Combine(Path.GetTempPath(), $"idf-{Guid.NewGuid():N}.txt");
        try
        {
            IdfTableBuilder.Write(path, first, documents);
            var read = IdfTable.ReadFile(path);
            Assert.Equal(first.Count, read.Count);
            Assert.Equal(first["整改"], read["整改"], 5);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_committed_idf_table_is_what_the_command_builds()
    {
        var corpus = Path.Combine(RepositoryPaths.Root, "corpus");
        var (idf, documents) = IdfTableBuilder.Build(IdfTableBuilder.ReadCorpus(corpus), Domain, WordList.Load(Paths.Stopwords));
        var path = Path.Combine(Path.GetTempPath(), $"idf-{Guid.NewGuid():N}.txt");
        try
        {
            IdfTableBuilder.Write(path, idf, documents);
            Assert.True(File.ReadAllText(Paths.DomainIdf) == File.ReadAllText(path), "models/lexicon/idf.txt is stale: run `rectify idf` and commit it");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
