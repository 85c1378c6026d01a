using System.Text;
using BenchmarkDotNet.Attributes;
using RectifyNlp.Analysis;
using RectifyNlp.Analysis.Evaluation;
using RectifyNlp.Core;
using RectifyNlp.Core.Structure;
using RectifyNlp.Ingestion;
using RectifyNlp.Nlp;
using RectifyNlp.Tests;

namespace RectifyNlp.Benchmarks;

/// <summary>
/// Analysing one large pair (issue 5: about 20,000 characters each): a feedback and a report built from the
/// gold pairs of corpus/pairs, parsed once, analysed per operation (matching and every gap rule).
/// </summary>
[MemoryDiagnoser]
public class AnalyzeBenchmarks
{
    private Analyzer _analyzer = null!;
    private Nlp.Classification.PassageClassifier _classifier = null!;
    private TextSimilarity _similarity = null!;
    private ParsedDocument _feedback = null!;
    private ParsedDocument _report = null!;

    [GlobalSetup]
    public void Setup()
    {
        var paths = ModelPaths.Discover();
        _analyzer = Analyzer.Load(paths, throughput: true);
        _classifier = Nlp.Classification.PassageClassifier.Load(paths);
        _similarity = new TextSimilarity(Nlp.Segmentation.Segmenter.Get(paths), new Nlp.Keywords.IdfTable(Nlp.Keywords.IdfTable.ReadFile(paths.DomainIdf), new Dictionary<string, double>()), Nlp.Lexicon.WordList.Load(paths.Stopwords));
        var folder = LargePair.Write(Path.Combine(Path.GetTempPath(), "rectify-bench-20k-pair"), 20_000);
        var parser = new DocumentParser(AutoDetectingDocumentReader.Default);
        _feedback = parser.Parse(Path.Combine(folder, "feedback.txt"));
        _report = parser.Parse(Path.Combine(folder, "report.txt"));
    }

    [GlobalCleanup]
    public void Cleanup() => _analyzer.Dispose();

    [Benchmark]
    public int Analyze_20k_pair() => _analyzer.Analyze(_feedback, _report).Gaps.Length;

    [Benchmark]
    public int Stage_layout() => new ReportReader(_analyzer.Cues).Read(_report).Pieces.Count;

    [Benchmark]
    public int Stage_classify()
    {
        var pieces = new ReportReader(_analyzer.Cues).Read(_report).Pieces;
        var issues = new ProblemExtractor(_analyzer.Cues).Extract(_feedback);
        return pieces.Sum(p => _classifier.ClassifyRole(p.Text).Role.Length) + issues.Sum(i => _classifier.ClassifyCategory(i.Text).Category.Length);
    }

    [Benchmark]
    public int Stage_items()
    {
        var pieces = new ReportReader(_analyzer.Cues).Read(_report).Pieces;
        var issues = new ProblemExtractor(_analyzer.Cues).Extract(_feedback);
        return pieces.Sum(p => _similarity.Item(p.Text).Bigrams.Count) + issues.Sum(i => _similarity.Item(i.Text).Bigrams.Count);
    }

    [Benchmark]
    public int Stage_facts()
    {
        var reader = new MeasureFactReader(_analyzer.Cues);
        return new ReportReader(_analyzer.Cues).Read(_report).Pieces.Sum(p => reader.Read(p.Text).Figures.Length);
    }
}

/// <summary>
/// A large feedback/report pair made of the corpus's gold pairs: each pair's problems become an area of the
/// feedback (（一）…, 1.…, each with a line of how it was found), and its gold measures stand in the report
/// under 关于“……”的问题 headings, until the report reaches the requested length (the feedback comes out about as long).
/// </summary>
public static class LargePair
{
    private static readonly string[] Details =
    [
        "巡察组调阅了近两年的党组会议记录、财务凭证和工作台账，并与干部职工个别谈话，核实了上述情况。",
        "这一情况在巡察期间的个别谈话和问卷调查中被多次反映，相关科室负责人对此也予以认可。",
        "经抽查相关档案资料和业务系统数据，上述情况并非个例，反映出日常管理中的薄弱环节。",
    ];

    /// <summary>Writes feedback.txt and report.txt of about <paramref name="characters"/> characters each into <paramref name="folder"/>.</summary>
    public static string Write(string folder, int characters)
    {
        Directory.CreateDirectory(folder);
        var (feedback, report) = Build(characters);
        File.WriteAllText(Path.Combine(folder, "feedback.txt"), feedback, new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(folder, "report.txt"), report, new UTF8Encoding(false));
        return folder;
    }

    public static (string Feedback, string Report) Build(int characters)
    {
        var pairs = GoldPair.LoadAll(Path.Combine(RepositoryPaths.Root, "corpus", "pairs"));
        var feedback = new StringBuilder("区委第一巡察组关于巡察区综合局党组的反馈意见\n2024年3月，区委第一巡察组对区综合局党组开展了常规巡察。\n一、巡察发现的主要问题\n");
        var report = new StringBuilder("中共区综合局党组关于巡察整改情况的报告\n2024年4月12日，区委第一巡察组向局党组反馈了巡察意见，现将整改情况报告如下。\n一、加强组织领导\n局党组成立巡察整改工作领导小组，党组书记任组长，对重点问题直接部署、直接过问、直接督办。\n二、问题整改情况\n");
        var area = 0;
        while (report.Length < characters)
        {
            var pair = pairs[area % pairs.Count];
            area++;
            var number = ChineseNumeral.Format(area);
            feedback.Append('（').Append(number).Append('）').Append(pair.Unit).Append("方面\n");
            report.Append('（').Append(number).Append("）关于").Append(pair.Unit).Append("方面的问题\n");
            for (var i = 0; i < pair.Problems.Length; i++)
            {
                var problem = pair.Problems[i];
                // Real feedback states each problem at more length than the gold's one sentence: a line of how it was found.
                feedback.Append(i + 1).Append('.').Append(problem.Text).Append(Details[(area + i) % Details.Length]).Append('\n');
                var restated = problem.Text.Split('，', '。')[0];
                report.Append(i + 1).Append(".关于“").Append(restated).Append("”的问题\n");
                foreach (var measure in pair.Measures.Where(m => m.Problems.Contains(problem.Id)))
                {
                    report.Append(measure.Text).Append('\n');
                }
            }
        }

        feedback.Append("二、整改意见\n要对照反馈问题逐项制定整改措施，按时报送整改情况报告。\n区委第一巡察组\n2024年4月12日\n");
        report.Append("三、下一步打算\n局党组将持续巩固整改成果。\n整改情况已在局门户网站公开。\n中共区综合局党组\n2024年7月5日\n");
        return (feedback.ToString(), report.ToString());
    }
}
