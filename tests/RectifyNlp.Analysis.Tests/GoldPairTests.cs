using RectifyNlp.Analysis.Evaluation;
using RectifyNlp.Nlp.Classification;
using RectifyNlp.Tests;

namespace RectifyNlp.Analysis.Tests;

/// <summary>
/// Issue 5's quality targets on the corpus's gold pairs (corpus/pairs): problem recall ≥ 0.95, matching
/// accuracy ≥ 0.90, gap precision ≥ 0.90 and recall ≥ 0.85, on the held-out part and on every pair.
/// `rectify evaluate --part test|all --mistakes` prints the same figures as a table.
/// </summary>
[Collection(AnalyzerGroup.Name)]
public sealed class GoldPairTests(AnalyzerFixture fixture)
{
    private static readonly IReadOnlyList<GoldPair> Pairs = GoldPair.LoadAll(Path.Combine(RepositoryPaths.Root, "corpus", "pairs"));

    private PairScore Score(SplitPart? part) => PairEvaluator.Total(
        PairEvaluator.Part(Pairs, part).Select(p => PairEvaluator.Score(p, fixture.Analyzer.Analyze(fixture.Parser.Parse(p.FeedbackPath), fixture.Parser.Parse(p.ReportPath)))));

    [Fact]
    public void A_folder_of_pairs_with_a_set_of_single_documents_inside_loads_each_as_what_it_is()
    {
        // corpus/dev3: twelve pairs in the shared check format and published/ keyed by file name.
        var folder = Path.Combine(RepositoryPaths.Root, "corpus", "dev3");
        Assert.Empty(GoldPair.LoadAll(folder));
        Assert.Equal(12, GoldChecks.LoadAll(folder).Count);
        Assert.True(GoldDocument.IsDocumentSet(Path.Combine(folder, "published")));
        Assert.Equal(10, GoldDocument.LoadSet(Path.Combine(folder, "published")).Count);
    }

    [Theory]
    [InlineData("test")]
    [InlineData("all")]
    public void The_analysis_meets_the_targets(string part)
    {
        var score = Score(part == "test" ? SplitPart.Test : null);
        var mistakes = string.Join("\n", score.Mistakes);
        Assert.True(score.ProblemRecall.Value >= 0.95, $"problem recall {score.ProblemRecall}\n{mistakes}");
        Assert.True(score.ProblemPrecision.Value >= 0.90, $"problem precision {score.ProblemPrecision}\n{mistakes}");
        Assert.True(score.Matching.Value >= 0.90, $"matching {score.Matching}\n{mistakes}");
        Assert.True(PairEvaluator.OverallGapPrecision(score).Value >= 0.90, $"gap precision {PairEvaluator.OverallGapPrecision(score)}\n{mistakes}");
        Assert.True(PairEvaluator.OverallGapRecall(score).Value >= 0.85, $"gap recall {PairEvaluator.OverallGapRecall(score)}\n{mistakes}");
    }

    [Fact]
    public void The_held_out_part_has_weak_and_good_pairs_and_required_gaps()
    {
        var test = PairEvaluator.Part(Pairs, SplitPart.Test).ToList();
        Assert.True(test.Count >= 5, $"{test.Count} held-out pairs");
        Assert.Contains(test, p => p.Quality == "good");
        Assert.True(test.Sum(p => p.MustReport.Length) >= 8);
    }

    /// <summary>The dates the analysis reads are the gold's, and the gold's lateness agrees with its own dates.</summary>
    [Fact]
    public void Dates_are_read_as_gold_records_them_and_the_gold_is_consistent_about_lateness()
    {
        foreach (var pair in Pairs)
        {
            var result = fixture.Analyzer.Analyze(fixture.Parser.Parse(pair.FeedbackPath), fixture.Parser.Parse(pair.ReportPath));
            Assert.Equal((pair.Pair, pair.FeedbackDate), (pair.Pair, result.FeedbackDate?.Date));
            Assert.Equal((pair.Pair, pair.ReportDate), (pair.Pair, result.ReportDate?.Date));
            var late = pair.ReportDate > pair.FeedbackDate.AddMonths(3);
            if (late)
            {
                Assert.DoesNotContain(GapKinds.LateReport, pair.MustNotReport);
            }
            else
            {
                Assert.DoesNotContain(pair.MustReport, g => g.Kind == GapKinds.LateReport);
            }
        }
    }

    /// <summary>The scorer itself: a wrong match, an extra problem and a false gap each cost what they should.</summary>
    [Fact]
    public void The_evaluation_counts_mistakes()
    {
        var pair = Pairs.First(p => p.Pair == "r2-sci");
        var result = fixture.Analyzer.Analyze(fixture.Parser.Parse(pair.FeedbackPath), fixture.Parser.Parse(pair.ReportPath));
        Assert.Equal(1.0, PairEvaluator.Score(pair, result).Matching.Value);

        var wrong = result with
        {
            Measures = [.. result.Measures.Select(m => m.Links.IsEmpty ? m : m with { Links = [new MatchLink("I3", 1, "test")] })],
            Issues = result.Issues.Add(new Issue("I9", "一个不存在的问题", "general", "", DocumentRole.Feedback, default)),
            Gaps = result.Gaps.Add(new Gap(GapKinds.CopiedMeasure, "I1", null, Severity.High, "test", "", DocumentRole.Report, default)),
        };
        var score = PairEvaluator.Score(pair, wrong);
        Assert.Equal(0.0, score.Matching.Value);
        Assert.Equal(new Ratio(3, 4), score.ProblemPrecision);
        Assert.Equal(0, score.GapPrecision[GapKinds.CopiedMeasure].Hits);
    }

    /// <summary>A published text's count off by one says which gold problem went unread and what was read instead.</summary>
    [Fact]
    public void A_published_texts_mistakes_name_the_problem_unread_and_the_one_read_instead()
    {
        var document = fixture.Text("x01.txt", """
            县委第一巡察组向县林业局党组反馈巡察情况
            巡察组指出，存在的主要问题：一是林地占用审批把关不严；二是护林员管理不规范，3名护林员长期不在岗。
            巡察组要求，局党组要认真抓好整改。
            """);
        var problems = fixture.Analyzer.Problems(document);
        var gold = new GoldDocument("x01.txt", "feedback-opinion", 3, ["林地占用审批把关不严", "护林员管理不规范", "森林防火物资储备不足"]);
        var score = DocumentSetScore.Add(DocumentSetScore.Empty, gold, document, problems);
        Assert.Equal(2, problems.Length);
        Assert.Contains("x01.txt: 问题数 2，应为 3", score.Mistakes);
        Assert.Contains("x01.txt: 未读出 “森林防火物资储备不足”", score.Mistakes);
        Assert.DoesNotContain(score.Mistakes, m => m.Contains("多读出", StringComparison.Ordinal));

        var other = gold with { ProblemTexts = ["林地占用审批把关不严", "3名护林员长期不在岗的情况", "森林防火物资储备不足"] };
        Assert.Contains(DocumentSetScore.Add(DocumentSetScore.Empty, other, document, problems).Mistakes, m => m.StartsWith("x01.txt: 多读出", StringComparison.Ordinal) && m.Contains("护林员管理不规范", StringComparison.Ordinal));
    }

    /// <summary>
    /// A piece quoted from the file as written (stray spaces from a phone, half-width punctuation) is found in the text as
    /// read, where the spaces are gone and the punctuation is full-width (published32 x06, x07).
    /// </summary>
    [Fact]
    public void A_gold_piece_quoted_as_written_is_found_in_the_text_as_read()
    {
        var document = fixture.Text("x01.txt", """
            县委第一巡察组向县林业局党组反馈巡察情况
            巡察组指出,存在的主要问题:一是林地占用 审批把关不严;二是"护林员"管理不规范(3名护林员长期不在岗)。
            巡察组要求,局党组要认真抓好整改。
            """);
        var problems = fixture.Analyzer.Problems(document);
        var gold = new GoldDocument("x01.txt", "feedback-opinion", 2, ["林地占用 审批把关不严", "\"护林员\"管理不规范(3名"]);
        var score = DocumentSetScore.Add(DocumentSetScore.Empty, gold, document, problems);
        Assert.Equal(new Ratio(2, 2), score.TextsFound);
        Assert.DoesNotContain(score.Mistakes, m => m.Contains("未读出", StringComparison.Ordinal));
    }

    /// <summary>
    /// Each development set of published texts by another hand keeps its floor: documents of the right kind, and the
    /// feedback problem count agreement (Σmin/Σmax) as `rectify evaluate --pairs corpus/SET` prints it at the end of the
    /// December 6 (eleventh) stop (published28's, published30's, published32's, published34's and published36's at the end of the December 7 stops that brought them). A text that regresses
    /// inside a set's total fails here, not only in the README's tables.
    /// (The frozen published sets are not tested: they are scored by totals only.)
    /// </summary>
    [Theory]
    [InlineData("published", 32, 112, 116)]
    [InlineData("published-unseen", 12, 73, 73)]
    [InlineData("published4", 15, 96, 101)]
    [InlineData("published5", 14, 87, 98)]
    [InlineData("published6", 14, 93, 94)]
    [InlineData("published8", 14, 64, 66)]
    [InlineData("published9", 13, 58, 59)]
    [InlineData("published13", 12, 53, 55)]
    [InlineData("published20", 12, 63, 72)]
    [InlineData("published22", 12, 55, 55)]
    [InlineData("published24", 12, 126, 127)]
    [InlineData("published26", 11, 64, 69)]
    [InlineData("published28", 12, 63, 66)]
    [InlineData("published30", 12, 56, 56)]
    [InlineData("published32", 12, 57, 58)]
    [InlineData("published34", 12, 42, 57)]
    [InlineData("published36", 11, 59, 69)]
    [InlineData("published38", 11, 81, 84)]
    [InlineData("published40", 11, 73, 74)]
    [InlineData("published42", 11, 67, 77)]
    [InlineData("published43", 11, 81, 83)]
    [InlineData("published45", 11, 70, 76)]
    [InlineData("published46", 12, 65, 88)]
    [InlineData("dev3/published", 9, 34, 34)]
    public void On_each_published_set_by_another_hand_kind_and_problem_counts_hold_their_floor(string set, int kinds, int agreed, int counted)
    {
        var score = DocumentSetScore.Empty;
        foreach (var gold in GoldDocument.LoadSet(Path.Combine(RepositoryPaths.Root, "corpus", set)))
        {
            var document = fixture.Parser.Parse(gold.Path);
            var problems = gold.Kind.StartsWith("feedback", StringComparison.Ordinal) ? fixture.Analyzer.Problems(document) : default;
            score = DocumentSetScore.Add(score, gold, document, problems.IsDefault ? null : problems);
        }

        var mistakes = string.Join("\n", score.Mistakes);
        Assert.True(score.Kind.Hits >= kinds, $"{set} kind {score.Kind}\n{mistakes}");
        Assert.True(score.CountAgreement.Value >= agreed / (double)counted, $"{set} agreement {score.CountAgreement}\n{mistakes}");
    }
}
