using System.Text.RegularExpressions;
using RectifyNlp.Core;

namespace RectifyNlp.Analysis.Gaps;

/// <summary>
/// A systemic problem, or a money, procedure or discipline problem answered only by one-off remedies (money recovered,
/// people dealt with, records re-checked), with no rule made or revised and no standing practice set up.
/// </summary>
internal sealed partial class NoMechanismRule : IGapRule
{
    /// <summary>
    /// A problem answered by one-off remedies is flagged only when at least this share of the report's other answered
    /// problems set up a rule or a standing practice: the item that stands out, as an inspector reads it.
    /// </summary>
    internal const double OthersWithRule = 0.5;

    /// <summary>The share of a named rule's subject (its title less 管理/办法/规定…) found in a problem for the rule to be its.</summary>
    internal const double RuleOnProblem = 0.6;

    /// <summary>
    /// Outside the areas that expect a rule, a problem answered by one-off remedies is flagged only when every other answered
    /// problem, at least this many, sets up a rule or a standing practice, and its own answer has no word of one at all.
    /// </summary>
    internal const int MinOthersAllWithRule = 3;

    public string Name => "缺少长效机制";

    public IEnumerable<Gap> Find(AnalysisContext context)
    {
        var cues = context.Cues;
        // Which measures set a rule, read once (a long report has many measures, each asked up to four times below).
        // How the rectification itself is run (a leading group set up, with its ledger and weekly round) is no rule of the problem
        // the paragraph happens to name.
        var ruled = context.Measures.Where(m => !(m.Measure.Role == "organisation" && cues.LeadingGroup.IsMatch(m.Measure.Text)) && SetsRule(cues, m.Measure.Text)).Select(m => m.Measure.Id).ToHashSet(StringComparer.Ordinal);
        var documentMechanisms = context.Measures.Where(m => m.Measure.DocumentLevel && ruled.Contains(m.Measure.Id)).ToList();
        var answered = context.Issues.Select(i => context.MeasuresOf(i.Id)).Where(m => m.Count > 0).ToList();
        var withRule = answered.Count(m => m.Any(w => ruled.Contains(w.Measure.Id)));
        // The rules the report names anywhere (a 建章立制 part listing 《国有资产出租管理暂行办法》（制定）…), by what their titles
        // are about: 国有资产出租 once 管理/办法/暂行 are set aside.
        // What several titles share (县人防办…) is the unit's name, not a subject.
        // A title whose revision is only under way (《物资采购管理办法》修订工作正在推进) names no rule made yet.
        var titled = context.Measures.Where(m => ruled.Contains(m.Measure.Id))
            .SelectMany(m => RuleTitleRegex().Matches(m.Measure.Text).Where(t => !UnderWayAfterRegex().IsMatch(m.Measure.Text.AsSpan(t.Index + t.Length)))
                .Select(t => RuleWordsRegex().Replace(t.Groups["title"].Value, "")))
            .Distinct(StringComparer.Ordinal).Select(TextSimilarity.Bigrams).ToList();
        // So is the inspected unit's own business (《人工影响天气作业点安全管理规定》 of 县人工影响天气办公室 is about its sites'
        // safety, not about every problem that speaks of 人工影响天气 — a fund misused for its work is no such rule's matter).
        var shared = titled.SelectMany(b => b).GroupBy(b => b).Where(g => g.Count() >= 2).Select(g => g.Key).ToHashSet();
        if (titled.Count > 0 && RectifyNlp.Core.Structure.UnitNameFinder.Find(context.Feedback, context.Report) is { } unit)
        {
            shared.UnionWith(TextSimilarity.Bigrams(unit));
        }

        var rules = titled.Select(b => b.Where(x => !shared.Contains(x)).ToHashSet()).Where(b => b.Count >= 2).ToList();
        var demands = RuleDemands(cues, context.Feedback);
        foreach (var issue in context.Issues)
        {
            var measures = context.MeasuresOf(issue.Id).ToList();
            // A feedback that says no rule was ever made (至今没有制定收费管理办法) is answered by a rule written, not by a practice
            // changed (改为扫码支付) or a check held each month — nor by slogans: the rule it said was missing still is; and a rule
            // the report lists elsewhere answers it only when it is that rule (《代理服务收费管理规定》 is no 前置研究事项清单, though
            // the problem's evidence speaks of fees).
            var missing = cues.RuleMissing.Match(issue.Text);
            // (What the report says of its rectification as a whole — 制定整改方案, 建立问题清单 — writes no rule of the problem.)
            if (measures.Count == 0 || (GapEvidence.AllHollow(measures) && !(missing.Success && measures.All(m => m.Facts.IsSlogan || m.Measure.Role == "commitment"))))
            {
                continue;
            }

            var systemic = missing.Success ? missing : cues.SystemicProblem.Match(issue.Text);
            // One slip made once (误将两家租户的电表读数对调) is put right once: no rule stands out by its absence.
            var remedy = answered.Count > 1 && !cues.OneOffSlip.IsMatch(issue.Text) && ((context.RuleAreas.Contains(issue.Category) && withRule >= OthersWithRule * (answered.Count - 1))
                    || (answered.Count - 1 >= MinOthersAllWithRule && withRule >= answered.Count - 1 && !measures.Exists(m => cues.StandingHint.IsMatch(m.Measure.Text))))
                ? measures.Select(m => cues.OneOffRemedy.Match(m.Measure.Text)).FirstOrDefault(m => m.Success)
                : null;
            // A problem whose topic the feedback's requirements ask rules for (在“三资”监管、项目管理等方面形成长效机制) wants one too.
            // Found in the problem's headline when it has one, a short title before its evidence (专业技术力量薄弱。……现场管理人员一人
            // 负责3个标段 is about staffing, not about 现场管理).
            var headline = issue.Text.IndexOf('。', StringComparison.Ordinal) is > 0 and <= MaxHeadline and var stop && stop < issue.Text.Length - 1 ? issue.Text[..stop] : issue.Text;
            // Found by its words when the unit's and the feedback's differ by one (水费收缴 asked, 水费收取不规范 found).
            var asked = systemic.Success || remedy is not null ? null : demands.Find(d => headline.Contains(d, StringComparison.Ordinal)
                || (TextSimilarity.Bigrams(d) is { Count: >= MinTopicPairs } topic && TextSimilarity.Containment(topic, TextSimilarity.Bigrams(headline)) >= RuleOnProblem));
            if (!systemic.Success && remedy is null && asked is null)
            {
                continue;
            }

            if ((missing.Success ? measures.Any(m => m.Measure.Role is not "background" and not "organisation" && WritesRule(cues, m.Measure.Text) && TitledOn(m.Measure.Text, context.IssueItems[issue.Id].Bigrams, shared))
                    : measures.Any(m => ruled.Contains(m.Measure.Id)))
                || documentMechanisms.Any(m => m.Vector.Cosine(context.VectorOf(issue.Id)) >= 0.25)
                || rules.Any(rule => TextSimilarity.Containment(rule, missing.Success ? TextSimilarity.Bigrams(missing.Value) : context.IssueItems[issue.Id].Bigrams) >= RuleOnProblem))
            {
                continue;
            }

            var message = asked is not null ? $"反馈要求就“{asked}”建章立制，整改措施未见制定或修订相关制度、办法，缺少长效机制。" : systemic.Success
                ? $"“{systemic.Value}”属于制度性问题，整改措施只处理了具体事项，未见制定或修订相关制度、办法，缺少长效机制。"
                : $"此类问题需要建章立制，整改措施只作了“{remedy!.Value}”等一次性处理，未见制定或修订相关制度、办法，缺少长效机制。";
            yield return GapEvidence.OnIssue(GapKinds.NoMechanism, issue, Severity.Medium, message);
        }
    }

    /// <summary>
    /// What the feedback's requirements ask rules for (在“三资”监管、项目管理等方面形成长效机制 / 把场馆经营的规矩立起来): the
    /// topics the parts that ask name, less the words any such part has (制度, 整改, 党委).
    /// </summary>
    private static List<string> RuleDemands(AnalysisCues cues, ParsedDocument? feedback)
    {
        if (feedback is null)
        {
            return [];
        }

        var text = feedback.Text.Text;
        return [.. feedback.Structure.Sentences.SelectMany(s => s.Slice(text).Split(['；', ';'])).SelectMany(DemandingParts)
            .SelectMany(s => cues.TopicBreak.Split(s)).Select(t => ItemNumberRegex().Replace(t, "").Trim('“', '”', '"', ' '))
            .Where(t => t.Length >= MinTopic && !cues.GenericTopic.IsMatch(t)).Distinct(StringComparer.Ordinal)];

        // The comma part that asks for rules and the one before it (对监管执法、廉政风险等问题既要立行立改，又要建立健全制度机制):
        // a requirement's other parts (班子成员要落实“一岗双责”) ask for something else.
        IEnumerable<string> DemandingParts(string clause)
        {
            var parts = clause.Split(['，', ',']);
            for (var i = 0; i < parts.Length; i++)
            {
                if (cues.RuleDemand.IsMatch(parts[i]))
                {
                    yield return i > 0 ? parts[i - 1] + "，" + parts[i] : parts[i];
                }
            }
        }
    }

    /// <summary>
    /// Whether the rules a measure names by title are about its problem: a measure answering a rule the feedback says was never
    /// made (至今没有对外翻译服务收费方面的规定) with a rule on another matter (印发《办公室固定资产管理细则》) writes none of it.
    /// A rule named without a title is taken at its word.
    /// </summary>
    private static bool TitledOn(string text, HashSet<int> problem, HashSet<int> shared)
    {
        var subjects = RuleTitleRegex().Matches(text).Select(t => TextSimilarity.Bigrams(RuleWordsRegex().Replace(t.Groups["title"].Value, "")).Where(b => !shared.Contains(b)).ToHashSet()).ToList();
        // A title in the unit's own words (《网站和新媒体内容三审办法》 for 没有建立内容审核制度) shares a word with its problem at least.
        return subjects.Count == 0 || subjects.Any(b => b.Count < 2 || b.Overlaps(problem));
    }

    // What follows a title when its making is still ahead (修订工作正在推进 / 正在修订 / 待审议后印发).
    [GeneratedRegex("^[^，。；]{0,6}(修订|制定|起草|修改)?(工作)?(正在|尚在|仍在|待|拟|将|计划|尚未|还未)")]
    private static partial Regex UnderWayAfterRegex();

    // A requirement's own number (3．老人零用钱的管理要建立制度): no word of its topic.
    [GeneratedRegex("^\\s*([0-9]{1,2}[．.、]|[（(][0-9一二三四五六七八九十]{1,2}[）)]|[一二三四五六七八九十]{1,2}[、是要])\\s*")]
    private static partial Regex ItemNumberRegex();

    /// <summary>Longest first sentence of a problem read as its headline (专业技术力量薄弱。).</summary>
    private const int MaxHeadline = 20;

    /// <summary>Fewest character pairs of a demanded topic found by its words rather than whole (水费收缴).</summary>
    private const int MinTopicPairs = 3;

    /// <summary>Shortest topic of a demand for rules (仪器设备; 三资 alone is too short to tell).</summary>
    private const int MinTopic = 3;

    [GeneratedRegex("^(完善|健全|建立|建立健全|健全完善|修订完善)(了)?(相关|有关|各项|相应|配套)(的)?(制度|机制|制度机制|规章制度|管理制度)$")]
    private static partial Regex GenericRuleRegex();

    [GeneratedRegex("《(?<title>[^》]{2,40}(制度|办法|规定|细则|规则|规程|清单|方案|规范|守则|章程|标准|流程))》")]
    private static partial Regex RuleTitleRegex();

    [GeneratedRegex("(暂行|试行|实施|管理|工作|制度|办法|规定|细则|规则|规程|清单|方案|规范|守则|章程|标准|流程|有关|关于|若干|[（）()]|修订)")]
    private static partial Regex RuleWordsRegex();

    /// <summary>
    /// Whether a text sets a rule: a mechanism's words, not inside what someone is reported to have said (我在会上强调，今后凡是
    /// 重大事项，都要先上支部会研究 — an exhortation, no written rule), nor only promised (下一步将研究制定……办法).
    /// </summary>
    private static bool SetsRule(AnalysisCues cues, string text) => Made(cues, cues.Mechanism, text);

    /// <summary>Whether a text writes a rule down (制定《……办法》), not only promising one.</summary>
    private static bool WritesRule(AnalysisCues cues, string text) => Made(cues, cues.WrittenRule, text);

    private static bool Made(AnalysisCues cues, Regex words, string text)
    {
        foreach (System.Text.RegularExpressions.Match match in words.Matches(text))
        {
            var start = text.LastIndexOfAny(['。', '；', ';', '\n'], Math.Max(0, match.Index - 1)) + 1;
            // A rule only promised (下一步，中心将研究制定《……办法》) is not made yet.
            // Nor one named by no more than its kind (进一步完善相关制度 / 健全有关机制): a slogan, no rule.
            if (!cues.SpokenLead.IsMatch(text.AsSpan(start, match.Index - start)) && !cues.PromisedRule.IsMatch(text[start..(match.Index + match.Length)])
                && !GenericRuleRegex().IsMatch(match.Value))
            {
                return true;
            }
        }

        return false;
    }
}
