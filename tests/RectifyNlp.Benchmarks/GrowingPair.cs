using System.Globalization;
using System.Text;
using System.Text.Json;
using RectifyNlp.Analysis.Evaluation;
using RectifyNlp.Core.Structure;
using RectifyNlp.Tests;

namespace RectifyNlp.Benchmarks;

/// <summary>
/// A feedback/report pair whose report grows to a chosen size while staying a report the analysis accepts (issue 20):
/// the feedback is fixed — the 113 problems of the 26 gold pairs of corpus/pairs, one area (（一）…) per pair with a
/// line of how each was found — and the report answers every problem under its own numbered 关于“……”的问题 heading
/// with the gold measures, then with as many further paragraphs as the size asks for. Such a paragraph is three to
/// five passages of corpus/passages of the roles a report's body holds (measure, result, mechanism, accountability,
/// organisation), drawn by a seeded generator, with its figures replaced by fresh ones, opened by a place (a village,
/// a community, a project) whose name is drawn afresh; one in three is an enumeration (一是……二是……) of two to four
/// items, each a place and two passages; one in four closes with an owner and a time limit: text as varied as a long report's, never the same paragraph twice. The
/// report grows in paragraphs per problem (some 40,000 at 16 MB), not in problems or answering parts, so that it
/// stays within what the analysis accepts (README: Limits).
/// </summary>
public static class GrowingPair
{
    private static readonly string[] BodyRoles = ["measure", "result", "mechanism", "accountability", "organisation"];
    private static readonly string[] PlaceKinds = ["村", "社区", "街道", "项目部", "分中心", "站所"];
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"];
    private static readonly string[] Details =
    [
        "巡察组调阅了近两年的党组会议记录、财务凭证和工作台账，并与干部职工个别谈话，核实了上述情况。",
        "这一情况在巡察期间的个别谈话和问卷调查中被多次反映，相关科室负责人对此也予以认可。",
        "经抽查相关档案资料和业务系统数据，上述情况并非个例，反映出日常管理中的薄弱环节。",
    ];

    /// <summary>Writes feedback.txt and report.txt (the report about <paramref name="reportBytes"/> bytes of UTF-8) into <paramref name="folder"/>.</summary>
    public static string Write(string folder, long reportBytes)
    {
        Directory.CreateDirectory(folder);
        var (feedback, report) = Build(reportBytes);
        File.WriteAllText(Path.Combine(folder, "feedback.txt"), feedback, new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(folder, "report.txt"), report, new UTF8Encoding(false));
        return folder;
    }

    /// <summary>The feedback and the report of about <paramref name="reportBytes"/> bytes of UTF-8.</summary>
    public static (string Feedback, string Report) Build(long reportBytes)
    {
        var pairs = GoldPair.LoadAll(Path.Combine(RepositoryPaths.Root, "corpus", "pairs"));
        var pool = Passages();
        var characters = pool.SelectMany(p => p).Where(c => c >= 0x4E00 && c <= 0x9FFF).Distinct().Order().ToArray();
        var random = new Random(20);
        var problems = pairs.Sum(p => p.Problems.Length);

        var feedback = new StringBuilder("区委第一巡察组关于巡察区综合局党组的反馈意见\n2024年3月，区委第一巡察组对区综合局党组开展了常规巡察。\n一、巡察发现的主要问题\n");
        var head = "中共区综合局党组关于巡察整改情况的报告\n2024年4月12日，区委第一巡察组向局党组反馈了巡察意见，现将整改情况报告如下。\n一、加强组织领导\n局党组成立巡察整改工作领导小组，党组书记任组长，对重点问题直接部署、直接过问、直接督办。\n二、问题整改情况\n";
        var tail = "三、下一步打算\n局党组将持续巩固整改成果。\n整改情况已在局门户网站公开。\n中共区综合局党组\n2024年7月5日\n";
        var report = new StringBuilder(head);
        long bytes = Encoding.UTF8.GetByteCount(head) + Encoding.UTF8.GetByteCount(tail);
        var answered = 0;
        for (var area = 0; area < pairs.Count; area++)
        {
            var pair = pairs[area];
            var number = ChineseNumeral.Format(area + 1);
            feedback.Append('（').Append(number).Append('）').Append(pair.Unit).Append("方面\n");
            bytes += Append(report, $"（{number}）关于{pair.Unit}方面的问题\n");
            for (var i = 0; i < pair.Problems.Length; i++)
            {
                var problem = pair.Problems[i];
                feedback.Append(i + 1).Append('.').Append(problem.Text).Append(Details[(area + i) % Details.Length]).Append('\n');
                bytes += Append(report, $"{i + 1}.关于“{problem.Text.Split('，', '。')[0]}”的问题\n");
                foreach (var measure in pair.Measures.Where(m => m.Problems.Contains(problem.Id)))
                {
                    bytes += Append(report, measure.Text + "\n");
                }

                // This problem's share of what is left, so that every problem's part grows alike.
                answered++;
                var budget = (reportBytes - bytes) / (problems - answered + 1);
                for (var spent = 0L; spent < budget;)
                {
                    var added = Append(report, Paragraph(random, pool, characters) + "\n");
                    spent += added;
                    bytes += added;
                }
            }
        }

        feedback.Append("二、整改意见\n要对照反馈问题逐项制定整改措施，按时报送整改情况报告。\n区委第一巡察组\n2024年4月12日\n");
        report.Append(tail);
        return (feedback.ToString(), report.ToString());
    }

    private static long Append(StringBuilder builder, string text)
    {
        builder.Append(text);
        return Encoding.UTF8.GetByteCount(text);
    }

    private static string Paragraph(Random random, List<string> pool, char[] characters)
    {
        var text = new StringBuilder();
        if (random.Next(3) == 0)
        {
            // An enumeration: each item is a measure of its own, so each has its own place and two passages.
            var items = random.Next(2, 5);
            for (var k = 0; k < items; k++)
            {
                text.Append(ChineseNumeral.Format(k + 1)).Append('是');
                Place(text, random, characters);
                Passages(text, random, pool, 2);
            }
        }
        else
        {
            Place(text, random, characters);
            Passages(text, random, pool, random.Next(3, 6));
        }

        if (random.Next(4) == 0)
        {
            text.Append("（责任人：").Append(Surnames[random.Next(Surnames.Length)]).Append(characters[random.Next(characters.Length)]).Append(characters[random.Next(characters.Length)])
                .Append(CultureInfo.InvariantCulture, $"，完成时限：2025年{random.Next(1, 13)}月底前）");
        }

        return text.ToString();
    }

    private static void Place(StringBuilder text, Random random, char[] characters) =>
        text.Append('在').Append(characters[random.Next(characters.Length)]).Append(characters[random.Next(characters.Length)]).Append(PlaceKinds[random.Next(PlaceKinds.Length)]).Append('，');

    private static void Passages(StringBuilder text, Random random, List<string> pool, int count)
    {
        for (var k = 0; k < count; k++)
        {
            foreach (var c in pool[random.Next(pool.Count)])
            {
                // Fresh figures: every digit drawn again (a leading digit never 0).
                text.Append(char.IsAsciiDigit(c) ? (char)('0' + random.Next(char.IsAsciiDigit(text[^1]) ? 0 : 1, 10)) : c);
            }
        }
    }

    private static List<string> Passages()
    {
        var passages = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "corpus", "passages"), "*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file).Where(l => l.Length > 0))
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                if (BodyRoles.Contains(root.GetProperty("role").GetString()))
                {
                    passages.Add(root.GetProperty("text").GetString()!);
                }
            }
        }

        return passages;
    }
}
