using System.Globalization;
using System.Text;
using RectifyNlp.Analysis.Evaluation;
using RectifyNlp.Core;
using RectifyNlp.Tests;

namespace RectifyNlp.Analysis.Tests;

/// <summary>
/// Every pair's analysis, pair by pair, against a reviewed expected file (Expected/&lt;set&gt;/&lt;pair&gt;.txt): a change
/// that helps one pair and breaks another cannot hide inside a total. Rewrite the files with
/// RECTIFY_UPDATE_GOLDEN=1 and review the diff. Also the strict figures on the development pairs written by
/// another hand (../shared/dev-pairs) and on our own corpus pairs, as floors where they stand today.
/// </summary>
[Collection(AnalyzerGroup.Name)]
public sealed class ExpectedAnalysisTests(AnalyzerFixture fixture)
{
    private static readonly string DevPairs = SharedData.DevPairs;

    public static TheoryData<string, string> Pairs()
    {
        var data = new TheoryData<string, string>();
        foreach (var pair in GoldPair.LoadAll(Path.Combine(RepositoryPaths.Root, "corpus", "pairs")))
        {
            data.Add("corpus", pair.Folder);
        }

        // Without ../shared one "dev" row stands for the pairs, and is skipped with the reason.
        IEnumerable<string> folders = Directory.Exists(DevPairs) ? Directory.EnumerateDirectories(DevPairs).Order(StringComparer.Ordinal) : [DevPairs];
        foreach (var folder in folders)
        {
            data.Add("dev", folder);
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Pairs))]
    public void The_analysis_of_each_pair_is_as_reviewed(string set, string folder)
    {
        if (set == "dev")
        {
            SharedData.RequireDevPairs();
        }

        var feedback = Directory.EnumerateFiles(folder, "feedback.*").FirstOrDefault();
        var report = Directory.EnumerateFiles(folder, "report.*").First();
        var result = fixture.Analyzer.Analyze(feedback is null ? null : fixture.Parser.Parse(feedback), fixture.Parser.Parse(report));
        var actual = Summary(result);
        var name = set == "corpus" ? Path.GetRelativePath(Path.Combine(RepositoryPaths.Root, "corpus", "pairs"), folder).Replace('/', '-') : Path.GetFileName(folder);
        var path = Path.Combine(RepositoryPaths.Root, "tests", "RectifyNlp.Analysis.Tests", "Expected", set, name + ".txt");
        if (Environment.GetEnvironmentVariable("RECTIFY_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual, new UTF8Encoding(false));
        }

        Assert.True(File.Exists(path), $"{path} is missing: run with RECTIFY_UPDATE_GOLDEN=1 and review it");
        Assert.Equal(File.ReadAllText(path), actual);
    }

    [SkippableFact]
    public void On_pairs_written_by_another_hand_nine_in_ten_checks_pass()
    {
        SharedData.RequireDevPairs();
        var total = StrictEvaluator.Total(GoldChecks.LoadAll(DevPairs).Select(Score));
        var mistakes = string.Join("\n", total.Mistakes);
        Assert.True(total.Checks.Value >= 0.95, $"checks {total.Checks}\n{mistakes}");
        Assert.True(total.CountExact.Value >= 0.90, $"problem counts {total.CountExact}\n{mistakes}");
        Assert.True(total.Links.Value >= 0.90, $"links {total.Links}\n{mistakes}");
        Assert.True(total.MustNotFlag.Value >= 0.95, $"must-not-flag {total.MustNotFlag}\n{mistakes}");

        // The issue's target is 0.85 gap recall; floors at what holds now (33 / 33 and 41 / 41) so that neither falls unseen.
        Assert.True(total.MustFlag.Value >= 33 / 33.0, $"gap recall {total.MustFlag}\n{mistakes}");
        Assert.True(total.GapPrecision.Value >= 1.0, $"gap precision {total.GapPrecision}\n{mistakes}");
    }

    /// <summary>
    /// The development sets written by other hands who never saw the rules, each scored on arrival and held at what it
    /// reaches now (floors: checks, exact problem counts, must-flag gaps found, reported gaps right). On arrival:
    /// dev3 (speech prose, 问题N： runs across parts, problems restated by number, a problem table, ledgers with merged
    /// problem cells) 0.697 of checks, 13/30 gaps; dev4 (a 文号 letter with its 问题清单 one cell a line, 存在问题N +
    /// 主要表现在, ①②/（1） numbering, a problem table numbered Ⅰ Ⅱ with 一是 in cells, HTML pages, 【】/■ blocks, a village
    /// report) 0.709, 5/12 counts, 12/27 gaps, precision 0.160; dev5 (prose problems after an announcing paragraph,
    /// 1-1/2-1 lists, requirements numbered on from the problems, reports by department, public notices) 0.882, 9/12,
    /// 17/26, precision 0.680; dev6 (written to make matching hard: headings naming causes, merges with splits, answers
    /// by number only, ● and — bullets, （a） sub-problems) 0.734, 5/10, 9/21, precision 0.321; dev7 (text copied out of
    /// PDFs with page numbers and running headers, tab and | ledgers, half-width stops, answers by ordinal word, one owner
    /// for a group of items) 0.914, 7/10, 22/28, precision 0.788; dev8 (HTML pages and Word files: ledgers as tables with
    /// empty cells and rowspan, problems split by br, speeches with 有的…；有的… clauses, one-line items 问题：…；整改措施：…)
    /// 0.892, 9/10, 23/36, precision 0.676; dev9 (real PDFs with a table over page breaks, Word tables with merged cells,
    /// Word automatic numbering, 三张清单, paragraphs without headings, stage reports) 0.776, 7/10, 14/29, precision 0.292;
    /// dev10 (HTML news items with problems in one paragraph or an &lt;ol&gt;, answers by number only, first-person reports,
    /// 联动巡察 by village, 回头看 in half-width punctuation, areas whose problems run on split by ；, 整改事项N blocks)
    /// 0.702, 4/10, 13/29, precision 0.419; dev11 (problems as lead sentences with 典型事例 and no numbers, a speech typed
    /// from a recording with 一个是…再一个是…, reports grouped by status with 第N项：, bare （一） lines over 反馈问题：labels,
    /// unnumbered 关于……问题的整改情况 headings, owners per area in a 责任分工 paragraph) 0.690, 5/10, 9/29, precision 0.281;
    /// dev12 (slogan headings, running vs per-area numbers, answers by place, Word tables with merged cells) 0.857, 8/10,
    /// 13/28, precision 13/32; dev13 (reports by the unit's own themes, three lists, a first-person secretary, speeches
    /// with problems in prose and their evidence, ；-clauses under evaluative area headings) 0.793, 6/10, 17/33, 17/34; dev27 (ordinary feedback, varied reports: paraphrased headings, the unit's own themes, bracketed owners, a DOCX table, a first-person principal) 0.896, 8/8, 16/26, 16/30; dev28 (gap semantics in fresh wording) 0.866, 8/10, 20/35, 20/34; dev29 (matching: reworded and number-only headings, themes, ledgers, merged and split answers) 0.889, 9/10, 22/32, 22/43; dev31 (gap semantics weighted to the gaps most missed) 0.736, 5/10, 16/40, 16/47; dev33 (how reports answer: own topics, themes, answers by number six ways) 0.762, 5/8, 15/26, 15/25; dev34 (ordinary forms, asked to measure a stop's rules) 0.852, 4/6, 15/20, 15/22; dev36 (gap semantics: copies, one-off fixes, figures that do not add up) 0.900, 10/10, 18/32, 18/30; dev37 (ordinary forms, asked mid-stop to measure its rules) 0.832, 4/6, 14/20, 14/26; dev39 (linking forms: answers by number, merged and split answers, ledgers, the unit's themes; accountability) 0.848, 8/10, 11/23, 11/28; dev40 (the gap kinds found least often, each beside a counter-case) 0.918, 6/10, 17/27, 17/57; dev42 (matching: reworded, merged, split and by-number answers, ledgers, headless 一是 paragraphs, a report by task type; the gaps that need the right problem) 0.837, 7/10, 7/16, 7/20; dev44 (mainstream forms, every gap kind twice) 0.969, 10/10, 21/28, 21/28; dev45 (weak and uneven answers in ordinary forms, each gap beside a counter-case) 0.904, 8/10, 18/23, 18/39; dev47 (ordinary forms, asked mid-stop to measure its rules) 0.975, 8/8, 17/20, 18/26; dev48 (harder shapes: merged, split, reordered and by-number answers, hard-wrapped text, 一是 counted on across areas, speeches mixing praise and requirements) 0.906, 8/10, 19/25, 19/26; dev50 (feedback whose problems are hard to count) 0.732, 4/10, 8/22, 8/29; dev52 (reports whose measures are hard to link) 0.906, 9/10, 15/23, 15/43; dev53 (documents damaged as copying damages them) 0.902, 8/10, 13/24, 13/37; dev55 (problems with evidence that holds failing words, arrived at the end of a stop) 0.963, 10/10, 15/21, 15/22; dev56 (subtle gaps in mainstream forms) 0.945, 7/10, 22/31, 22/34; dev58 (feedback whose problems are hard to find and count, each pair in an uncommon form) 0.627, 0/10, 5/19, 5/18; dev59 (reports whose measures are hard to link, each in an uncommon form) 0.932, 10/10, 11/19, 13/38; dev61 (reports whose per-item owners, time limits, accountability and rules stand in uncommon places) 0.960, 10/10, 19/20, 19/43; dev63 (whether each problem needs and gets accountability and a lasting rule, in varied report forms) 0.934, 9/10, 19/27, 19/26; dev64 (feedback whose problems are hard to find and count, ten more forms) 0.845, 5/10, 13/21, 13/26; dev66 (reports whose measures are hard to link, ten more forms) 0.894, 7/10, 16/21, 16/33; dev67 (feedback hard to count: a 通报 on four units, a 巡察报告 excerpt with causes, a PDF paste, a ｜ table, a colloquial speech, 共性/个性) 0.803, 3/10, 13/22, 13/30; dev69 (reports by stage, department, tags, metaphors, a ledger, an annex) 0.967, 10/10, 21/23, 21/42; dev70 (report weaknesses written in unobvious ways: owners as departments, statuses for time limits, rules only promised, figures that do not add up) 0.921, 9/10, 18/27, 18/29; dev72 (feedback as speech and narrative: colloquial speeches, parts mixing problem and remedy, a leader quoting the group, news, a transcript, minutes) 0.829, 4/10, 14/22, 14/16; dev74 (misconduct and who answers for it: plain-word misconduct beside look-alikes, accountability in closing paragraphs and ledger columns) 0.894, 9/10, 13/20, 13/27; dev80 (which measure answers which problem: public notices by area in the unit's words, DOCX ledgers with merged cells, a first-person report by work line, answers by number, merged and split answers, closing accountability) 0.828, 7/10, 14/21, 14/29; dev78 (how many problems: failings run together, one problem told by examples, praise with a failing inside, 问题清单 tables with area and total rows; merged, split and out-of-order answers) 0.813, 5/10, 8/21, 8/21; dev82 (who, by when, who answers, what lasts: per-problem facts missing for some problems and present in unusual places for others) 0.973, 10/10, 21/26, 21/30; dev84 (an ordinary round: ten units, each pair in the forms it would use, gaps in a round's proportions) 0.932, 8/10, 23/28, 23/32; dev86 (rounds of other kinds and levels: village and community rounds, 提级, 专项, 机动, 回头看) 0.972, 10/10, 20/24, 20/28; dev88 (reports built the way larger units write them: owners, time limits, sanctions and rules given away from the items) 0.950, 10/10, 24/30, 26/44; dev90 (who answers and what lasts, in the words of ten sectors) 0.978, 10/10, 22/27, 22/30; dev92 (the task ledger as the report: Word tables, text exports, records printed by a supervision system, cells filled or left blank) 0.880, 10/10, 24/37, 24/42; dev94 (the later reports: progress and completion reports sorted by status, figures, open items) 0.922, 9/10, 22/32, 24/38; dev96 (who answers for misconduct and what lasts, in words not used before) 0.936, 9/10, 17/28, 17/29; dev98 (reports that regroup the problems: merged, split, reordered, cited in the unit's own partition, answered in general parts) 0.936, 10/10, 23/29, 23/46; dev112 (who must answer for what: misconduct told by acts, in euphemism or in labels, dereliction with loss, failings; sanctions in many words and places) 0.954, 10/10, 25/30, 25/36.
    /// </summary>
    [Theory]
    [InlineData("dev3", 0.99, 12, 12, 27, 30, 27, 27)]
    [InlineData("dev4", 0.99, 12, 12, 25, 27, 29, 30)]
    [InlineData("dev5", 0.99, 12, 12, 25, 26, 25, 25)]
    [InlineData("dev6", 0.98, 10, 10, 19, 21, 19, 24)]
    [InlineData("dev7", 0.99, 10, 10, 28, 28, 32, 36)]
    [InlineData("dev8", 0.99, 10, 10, 34, 36, 34, 35)]
    [InlineData("dev9", 0.98, 10, 10, 28, 29, 28, 33)]
    [InlineData("dev10", 0.99, 10, 10, 27, 29, 27, 31)]
    [InlineData("dev11", 0.98, 10, 10, 25, 29, 25, 31)]
    [InlineData("dev12", 0.97, 10, 10, 25, 28, 25, 30)]
    [InlineData("dev13", 0.99, 10, 10, 31, 33, 37, 43)]
    [InlineData("dev14", 0.98, 10, 10, 25, 28, 25, 34)]
    [InlineData("dev15", 0.96, 10, 10, 21, 27, 21, 26)]
    [InlineData("dev16", 0.94, 9, 10, 20, 27, 20, 29)]
    [InlineData("dev17", 0.98, 10, 10, 25, 27, 25, 34)]
    [InlineData("dev27", 0.99, 8, 8, 26, 26, 26, 37)]
    [InlineData("dev28", 0.97, 10, 10, 29, 35, 29, 33)]
    [InlineData("dev29", 0.97, 10, 10, 30, 32, 30, 35)]
    [InlineData("dev31", 0.98, 9, 10, 36, 40, 36, 41)]
    [InlineData("dev33", 0.97, 8, 8, 22, 26, 22, 25)]
    [InlineData("dev34", 1.00, 6, 6, 20, 20, 20, 22)]
    [InlineData("dev36", 0.98, 10, 10, 29, 32, 29, 31)]
    [InlineData("dev37", 1.00, 6, 6, 20, 20, 20, 23)]
    [InlineData("dev39", 0.97, 10, 10, 19, 23, 19, 21)]
    [InlineData("dev40", 0.99, 10, 10, 25, 27, 25, 41)]
    [InlineData("dev42", 0.93, 9, 10, 11, 16, 11, 17)]
    [InlineData("dev44", 0.99, 10, 10, 27, 28, 27, 30)]
    [InlineData("dev45", 0.98, 10, 10, 23, 23, 23, 30)]
    [InlineData("dev47", 0.99, 8, 8, 18, 20, 19, 23)]
    [InlineData("dev48", 0.98, 10, 10, 23, 25, 23, 26)]
    [InlineData("dev50", 0.99, 10, 10, 21, 22, 21, 29)]
    [InlineData("dev52", 0.97, 10, 10, 20, 23, 20, 36)]
    [InlineData("dev53", 0.97, 10, 10, 20, 24, 20, 31)]
    [InlineData("dev55", 0.98, 10, 10, 18, 21, 18, 25)]
    [InlineData("dev56", 0.98, 10, 10, 27, 31, 27, 31)]
    [InlineData("dev58", 0.95, 9, 10, 14, 19, 14, 21)]
    [InlineData("dev59", 0.95, 10, 10, 12, 19, 12, 20)]
    [InlineData("dev61", 0.99, 10, 10, 20, 20, 20, 25)]
    [InlineData("dev63", 0.99, 10, 10, 25, 27, 25, 27)]
    [InlineData("dev64", 0.98, 10, 10, 18, 21, 18, 24)]
    [InlineData("dev66", 0.98, 10, 10, 20, 21, 20, 33)] // 33: p05's 3.2万元 charged twice to patients now wants someone held to account (gold silent)
    [InlineData("dev67", 0.93, 8, 10, 18, 22, 18, 28)]
    [InlineData("dev69", 0.96, 10, 10, 21, 23, 21, 42)]
    [InlineData("dev70", 0.98, 10, 10, 25, 27, 25, 33)]
    [InlineData("dev72", 0.98, 9, 10, 20, 22, 20, 21)]
    [InlineData("dev74", 0.98, 10, 10, 19, 20, 19, 24)]
    [InlineData("dev76", 0.99, 10, 10, 31, 31, 31, 36)]
    [InlineData("dev78", 0.95, 9, 10, 16, 21, 16, 22)]
    [InlineData("dev80", 0.98, 10, 10, 19, 21, 19, 24)]
    [InlineData("dev82", 0.99, 10, 10, 25, 26, 25, 32)]
    [InlineData("dev84", 0.99, 10, 10, 28, 28, 28, 33)]
    [InlineData("dev86", 0.99, 10, 10, 22, 24, 22, 27)]
    [InlineData("dev88", 0.99, 10, 10, 29, 30, 31, 33)]
    [InlineData("dev90", 0.99, 10, 10, 26, 27, 26, 32)]
    [InlineData("dev92", 0.94, 10, 10, 30, 37, 30, 41)]
    [InlineData("dev94", 0.97, 10, 10, 27, 32, 29, 33)]
    [InlineData("dev96", 0.98, 10, 10, 24, 28, 24, 24)]
    [InlineData("dev98", 0.96, 10, 10, 25, 29, 25, 35)]
    [InlineData("dev100", 0.99, 10, 10, 28, 28, 28, 33)]
    [InlineData("dev102", 0.99, 10, 10, 22, 23, 22, 37)]
    [InlineData("dev104", 0.98, 10, 10, 28, 31, 28, 47)]
    [InlineData("dev106", 0.97, 10, 10, 20, 25, 20, 29)]
    [InlineData("dev108", 0.95, 9, 10, 24, 26, 24, 42)]
    [InlineData("dev110", 0.96, 10, 10, 24, 30, 24, 31)]
    [InlineData("dev112", 0.97, 10, 10, 27, 30, 27, 33)]
    [InlineData("dev114", 0.97, 10, 10, 21, 30, 23, 28)]
    [InlineData("dev116", 0.96, 10, 10, 23, 33, 23, 31)]
    [InlineData("dev117", 0.969, 10, 10, 20, 22, 20, 30)]
    [InlineData("dev119", 0.977, 10, 10, 24, 30, 24, 33)]
    [InlineData("dev120", 0.975, 10, 10, 31, 41, 31, 46)]
    [InlineData("dev123", 0.951, 10, 10, 23, 28, 23, 37)]
    public void On_each_set_by_another_hand_the_analysis_holds_its_floor(string set, double checks, int counts, int pairs, int found, int mustFlag, int right, int reported)
    {
        var total = StrictEvaluator.Total(GoldChecks.LoadAll(Path.Combine(RepositoryPaths.Root, "corpus", set)).Select(Score));
        var mistakes = string.Join("\n", total.Mistakes);
        Assert.True(total.Checks.Value >= checks, $"{set} checks {total.Checks}\n{mistakes}");
        Assert.True(total.CountExact.Value >= counts / (double)pairs, $"{set} problem counts {total.CountExact}\n{mistakes}");
        Assert.True(total.MustFlag.Value >= found / (double)mustFlag, $"{set} gap recall {total.MustFlag}\n{mistakes}");
        Assert.True(total.GapPrecision.Value >= right / (double)reported, $"{set} gap precision {total.GapPrecision}\n{mistakes}");
    }

    [Fact]
    public void On_corpus_pairs_every_check_passes_and_strict_precision_does_not_fall()
    {
        var pairs = GoldPair.LoadAll(Path.Combine(RepositoryPaths.Root, "corpus", "pairs"));
        var total = StrictEvaluator.Total(pairs.Select(p =>
        {
            var report = fixture.Parser.Parse(p.ReportPath);
            return StrictEvaluator.Score(GoldChecks.FromCorpus(p, report.Text.Text), fixture.Analyzer.Analyze(fixture.Parser.Parse(p.FeedbackPath), report));
        }));
        Assert.True(total.Checks.Value >= 1.0, string.Join("\n", total.Mistakes));

        // 41 / 138 when the strict scoring was introduced; 124 / 154 once the corpus gold listed in mayReport the
        // no-owner/no-deadline gaps its own measures bear out (items without owner or time limit, not said to be done);
        // 128 / 156 with the no-mechanism gaps of four money and records problems answered by one-off acts only;
        // 130 / 158 once a money or procedure problem answered only by one-off remedies, in a report whose other items
        // mostly set up rules, is no-mechanism (r3-edu's fees: mayReport, as another hand's dev3 d05 flags the same case).
        // 107 / 132 once an item whose measures report what was done, counted or dated, with nothing left ahead is finished
        // (清理过期耗材23件 / 退回医保基金32万元，对2名科室主任诫勉谈话): 23 of the tolerated no-owner/no-deadline gaps and 3
        // false ones fewer — fewer false gaps, a lower ratio, since the tolerated ones counted as right.
        // 99 / 122 once a report that names an owner or a time limit for none of its items reads an item told with its
        // figures and nothing under way as told (8 tolerated and 2 false ones fewer).
        Assert.True(total.GapPrecision.Value >= 99 / 122.0, $"strict gap precision {total.GapPrecision}");
    }

    /// <summary>
    /// Metamorphic robustness (the issue's 0.95): each pair rewritten into surface-form variants (half-width
    /// punctuation, renumbered, reordered, headings, items, hard wraps, ledger rows, GB18030/UTF-16) and read back
    /// from files as a user's would be; at least 95 in 100 must keep their original's problems, links and gaps.
    /// </summary>
    [SkippableTheory]
    [InlineData("dev")]
    [InlineData("corpus")]
    public void Nineteen_in_twenty_surface_variants_keep_their_originals_analysis(string set)
    {
        if (set == "dev")
        {
            SharedData.RequireDevPairs();
        }

        var golds = set == "dev"
            ? GoldChecks.LoadAll(DevPairs)
            : [.. GoldPair.LoadAll(Path.Combine(RepositoryPaths.Root, "corpus", "pairs")).Select(p => GoldChecks.FromCorpus(p, fixture.Parser.Parse(p.ReportPath).Text.Text))];
        var folder = Directory.CreateTempSubdirectory("rectify-variants-test-");
        try
        {
            var run = VariantRun.Of(fixture.Analyzer, path => fixture.Parser.Parse(path), golds, folder.FullName);
            Assert.True(run.Total.Total >= golds.Count * 5, $"only {run.Total.Total} variants of {golds.Count} pairs");
            Assert.True(run.Total.Value >= 0.95, $"variants kept {run.Total}\n{string.Join("\n", run.Differences)}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The strict scorer counts what the shared scorer counts, and every false gap on top.</summary>
    [SkippableFact]
    public void The_strict_scorer_counts_false_gaps_and_wrong_numbers()
    {
        SharedData.RequireDevPairs();
        var gold = GoldChecks.Load(Path.Combine(DevPairs, "a02", "gold.json"));
        var result = fixture.Analyzer.Analyze(fixture.Parser.Parse(gold.FeedbackPath!), fixture.Parser.Parse(gold.ReportPath));
        var score = StrictEvaluator.Score(gold, result);
        var extra = result with { Gaps = result.Gaps.Add(new Gap(GapKinds.NoOwner, result.Issues[0].Id, null, Severity.Medium, "test", "", DocumentRole.Report, default)) };
        var worse = StrictEvaluator.Score(gold, extra);
        Assert.Equal(score.GapPrecision.Total + 1, worse.GapPrecision.Total);
        Assert.Equal(score.GapPrecision.Hits, worse.GapPrecision.Hits);

        var dropped = result with { Issues = result.Issues.RemoveAt(0) };
        Assert.Equal(0, StrictEvaluator.Score(gold, dropped).CountExact.Hits);
    }

    /// <summary>What a reviewer reads of one analysis: problems, the measures that answer them, the gaps.</summary>
    private static string Summary(AnalysisResult result)
    {
        var text = new StringBuilder();
        var ordered = result.Issues.OrderBy(i => i.Span.Start).ToList();
        text.Append(CultureInfo.InvariantCulture, $"problems {ordered.Count}\n");
        foreach (var issue in ordered)
        {
            text.Append(CultureInfo.InvariantCulture, $"{issue.Id} {issue.Span.Start}-{issue.Span.End} [{issue.Category}] {Short(issue.Text)}\n");
        }

        text.Append("measures\n");
        foreach (var measure in result.Measures)
        {
            var links = measure.DocumentLevel ? "document" : string.Join(",", measure.IssueIds);
            text.Append(CultureInfo.InvariantCulture, $"{measure.Id} {measure.Span.Start}-{measure.Span.End} → {links} {measure.Status} {Short(measure.Text)}\n");
        }

        text.Append("gaps\n");
        foreach (var gap in result.Gaps)
        {
            text.Append(CultureInfo.InvariantCulture, $"{gap.Kind} {gap.IssueId ?? "-"} {gap.MeasureId ?? "-"} {gap.Severity}\n");
        }

        return text.ToString();
    }

    private static string Short(string text)
    {
        var line = text.Replace("\n", " ", StringComparison.Ordinal);
        return line.Length <= 24 ? line : line[..24] + "…";
    }

    private StrictScore Score(GoldChecks gold) =>
        StrictEvaluator.Score(gold, fixture.Analyzer.Analyze(gold.FeedbackPath is null ? null : fixture.Parser.Parse(gold.FeedbackPath), fixture.Parser.Parse(gold.ReportPath)));
}
