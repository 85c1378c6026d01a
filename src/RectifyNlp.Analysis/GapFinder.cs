using System.Collections.Immutable;
using System.Text.RegularExpressions;
using RectifyNlp.Core.Documents;
using RectifyNlp.Core.Structure;

namespace RectifyNlp.Analysis;

/// <summary>One kind of gap: looks at the analysis and reports what it finds.</summary>
public interface IGapRule
{
    /// <summary>The gaps of this rule's kind.</summary>
    IEnumerable<Gap> Find(AnalysisContext context);
}

/// <summary>
/// Runs the gap rules. Each rule errs on the side of silence: a false flag costs an inspector's trust more
/// than a miss, so a rule fires only when the text fails to answer, never when it answers in other words.
/// </summary>
public sealed class GapFinder
{
    private readonly ImmutableArray<IGapRule> _rules =
    [
        new UnansweredIssueRule(), new CopiedMeasureRule(), new VagueMeasureRule(), new RepeatedMeasureRule(),
        new NoAccountabilityRule(), new NoMechanismRule(), new OwnerAndDeadlineRule(), new WeakLeadershipRule(),
        new InconsistentClaimRule(), new LateReportRule(), new MissingReportRule(), new NoDisclosureRule(),
    ];

    /// <summary>Every gap, by severity (high first), then in document order.</summary>
    public ImmutableArray<Gap> Find(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var order = context.Issues.Select((i, n) => (i.Id, n)).ToDictionary(p => p.Id, p => p.n, StringComparer.Ordinal);
        return
        [
            .. _rules.SelectMany(r => r.Find(context))
                .OrderByDescending(g => g.Severity)
                .ThenBy(g => g.IssueId is null ? -1 : order.GetValueOrDefault(g.IssueId))
                .ThenBy(g => GapKinds.All.IndexOf(g.Kind)),
        ];
    }
}

/// <summary>Helpers shared by the rules.</summary>
internal static class GapEvidence
{
    public static Gap OnIssue(string kind, Issue issue, Severity severity, string message) =>
        new(kind, issue.Id, null, severity, message, issue.Text, issue.Source, issue.Span);

    public static Gap OnMeasure(string kind, Issue? issue, Measure measure, Severity severity, string message) =>
        new(kind, issue?.Id, measure.Id, severity, message, measure.Text, DocumentRole.Report, measure.Span);

    public static Gap Absent(string kind, Severity severity, string message) =>
        new(kind, null, null, severity, message, "", DocumentRole.Report, default);

    public static string Short(string text, int length = 24) => text.Length <= length ? text : text[..length] + "……";

    /// <summary>Whether the measures of an issue are all hollow (slogans, or only 正在研究/持续推进).</summary>
    public static bool AllHollow(IEnumerable<MeasureWork> measures) => measures.All(m => m.Facts.IsSlogan || m.Facts.IsNonMeasure || IsCopy(m));

    /// <summary>Whether the measure only restates a problem (its role says so and it names no concrete act).</summary>
    public static bool IsCopy(MeasureWork measure) => measure.Measure.Role == "problem" && !measure.Facts.IsConcrete;
}

/// <summary>A problem the report never answers, or answers only with 正在研究/持续推进.</summary>
internal sealed class UnansweredIssueRule : IGapRule
{
    public IEnumerable<Gap> Find(AnalysisContext context)
    {
        foreach (var issue in context.Issues)
        {
            var measures = context.MeasuresOf(issue.Id).ToList();
            if (measures.Count == 0)
            {
                yield return GapEvidence.OnIssue(GapKinds.UnansweredIssue, issue, Severity.High, $"反馈问题“{GapEvidence.Short(issue.Text)}”在整改报告中未见对应的整改措施。");
            }
            else if (measures.All(m => m.Facts.IsNonMeasure))
            {
                yield return GapEvidence.OnMeasure(GapKinds.UnansweredIssue, issue, measures[0].Measure, Severity.High, $"反馈问题“{GapEvidence.Short(issue.Text)}”只有“{measures[0].Measure.Text.TrimEnd('。')}”的表述，没有具体整改措施。");
            }
        }
    }
}

/// <summary>A measure that restates the feedback's own words.</summary>
internal sealed class CopiedMeasureRule : IGapRule
{
    /// <summary>The share of a measure's character bigrams found in one feedback sentence for it to count as copied.</summary>
    public const double CopiedShare = 0.75;

    public IEnumerable<Gap> Find(AnalysisContext context)
    {
        // Shared near-verbatim with another unit's report.
        if (context.Others is { Count: > 0 } others)
        {
            foreach (var work in context.Measures.Where(m => !m.Measure.DocumentLevel && m.Measure.Text.Length >= 15))
            {
                var twins = others.Find(work.Measure.Text);
                if (twins.Count > 0)
                {
                    var twin = twins[0];
                    var issue = context.Issues.FirstOrDefault(i => work.Measure.IssueIds.Contains(i.Id));
                    yield return GapEvidence.OnMeasure(GapKinds.CopiedMeasure, issue, work.Measure, Severity.Medium, $"这条措施与{twin.Measure.Source}的整改措施几乎相同（相似度{twin.Similarity * 100:0}%：“{GapEvidence.Short(twin.Measure.Text, 30)}”），可能照搬了其他单位的报告。");
                }
            }
        }

        if (context.Feedback is null)
        {
            yield break;
        }

        var feedbackText = context.Feedback.Text.Text;
        var feedbackBigrams = TextSimilarity.Bigrams(feedbackText);
        SimilarityIndex? feedbackSentences = null;
        foreach (var work in context.Measures.Where(m => !m.Measure.DocumentLevel && m.Measure.Text.Length >= 8))
        {
            var measure = work.Measure;
            var issue = context.Issues.FirstOrDefault(i => measure.IssueIds.Contains(i.Id));
            if (issue is null || issue.Source != DocumentRole.Feedback || work.Item.Bigrams.Count == 0)
            {
                continue;
            }

            // Most measures have a quarter of their wording nowhere in the feedback: not copied, nothing more to compare.
            if (work.Item.Bigrams.Count(b => !feedbackBigrams.Contains(b)) > (1 - CopiedShare) * work.Item.Bigrams.Count)
            {
                continue;
            }

            feedbackSentences ??= SimilarityIndex.OfBigrams(context.Feedback.Structure.Sentences.Select(s => TextSimilarity.Bigrams(s.Slice(feedbackText))));
            var inSentence = feedbackSentences.SharedBigrams(work.Item.Bigrams).Values.DefaultIfEmpty(0).Max() / (double)work.Item.Bigrams.Count;
            var share = Math.Max(TextSimilarity.Containment(work.Item.Bigrams, context.IssueItems[issue.Id].Bigrams), inSentence);
            if (share >= CopiedShare && !HasOwnFacts(work, issue))
            {
                yield return GapEvidence.OnMeasure(GapKinds.CopiedMeasure, issue, measure, Severity.High, $"整改措施与反馈意见原文基本相同（重合{share * 100:0}%），是把问题照抄为措施，未写明采取了什么行动。");
            }
        }
    }

    // A measure that repeats the problem but adds its own figures or done status is an answer, not a copy.
    private static bool HasOwnFacts(MeasureWork work, Issue issue) =>
        work.Facts.Status == MeasureStatus.Done || work.Facts.Figures.Any(f => !issue.Text.Contains(f, StringComparison.Ordinal));
}

/// <summary>An issue answered with slogans only.</summary>
internal sealed class VagueMeasureRule : IGapRule
{
    public IEnumerable<Gap> Find(AnalysisContext context)
    {
        foreach (var issue in context.Issues)
        {
            var measures = context.MeasuresOf(issue.Id).ToList();
            if (measures.Count == 0 || measures.Any(m => m.Facts.IsConcrete) || measures.All(GapEvidence.IsCopy))
            {
                continue;
            }

            var slogan = measures.FirstOrDefault(m => m.Facts.IsSlogan);
            if (slogan is not null)
            {
                yield return GapEvidence.OnMeasure(GapKinds.VagueMeasure, issue, slogan.Measure, Severity.Medium, $"针对“{GapEvidence.Short(issue.Text)}”的措施只有表态性、口号式语言，没有具体行动、对象、数字或文件。");
            }
        }
    }
}

/// <summary>One measure pasted under unrelated problems.</summary>
internal sealed class RepeatedMeasureRule : IGapRule
{
    /// <summary>Character-bigram Dice at which two measures count as the same text.</summary>
    public const double SameText = 0.85;

    /// <summary>Issues whose word vectors are this similar are related, and may share a measure.</summary>
    public const double RelatedIssues = 0.35;

    public IEnumerable<Gap> Find(AnalysisContext context)
    {
        var measures = context.Measures.Where(m => !m.Measure.DocumentLevel && m.Measure.Text.Length >= 10 && !m.Measure.Links.IsEmpty).ToList();
        var flagged = new HashSet<(string Issue, string Measure)>();

        // Prefix filtering: Dice ≥ 0.85 needs the smaller set at 74% of the larger and an overlap of 74% of either,
        // so two such measures share one of the rarest quarter (plus one) of each one's bigrams.
        var frequency = new Dictionary<int, int>();
        foreach (var bigram in measures.SelectMany(m => m.Item.Bigrams))
        {
            frequency[bigram] = frequency.GetValueOrDefault(bigram) + 1;
        }

        var postings = new Dictionary<int, List<int>>();
        var prefixes = measures.Select(m => m.Item.Bigrams.OrderBy(b => frequency[b]).ThenBy(b => b).Take(m.Item.Bigrams.Count - (int)Math.Ceiling(0.74 * m.Item.Bigrams.Count) + 1).ToList()).ToList();
        for (var i = 0; i < measures.Count; i++)
        {
            foreach (var bigram in prefixes[i])
            {
                if (!postings.TryGetValue(bigram, out var list))
                {
                    postings[bigram] = list = [];
                }

                list.Add(i);
            }
        }

        for (var a = 0; a < measures.Count; a++)
        {
            var candidates = prefixes[a].SelectMany(p => postings[p]).Where(b => b > a).Distinct().Order();
            foreach (var b in candidates)
            {
                var dice = TextSimilarity.Dice(measures[a].Item.Bigrams, measures[b].Item.Bigrams);
                var (x, y) = (measures[a].Measure, measures[b].Measure);
                var issueX = x.Links[0].IssueId;
                var issueY = y.Links[0].IssueId;
                if (dice < SameText || issueX == issueY || x.IssueIds.Intersect(y.IssueIds).Any())
                {
                    continue;
                }

                var ix = context.Issues.First(i => i.Id == issueX);
                var iy = context.Issues.First(i => i.Id == issueY);
                if (ix.Category == iy.Category && context.VectorOf(issueX).Cosine(context.VectorOf(issueY)) >= RelatedIssues)
                {
                    continue;
                }

                foreach (var (measure, issue, other) in new[] { (x, ix, iy), (y, iy, ix) })
                {
                    if (flagged.Add((issue.Id, measure.Id)))
                    {
                        yield return GapEvidence.OnMeasure(GapKinds.RepeatedMeasure, issue, measure, Severity.Medium, $"同一条措施同时用于“{GapEvidence.Short(issue.Text, 16)}”和“{GapEvidence.Short(other.Text, 16)}”两个不相关的问题，措施没有针对性。");
                    }
                }
            }
        }
    }
}

/// <summary>The feedback names a violation with money or people, and nobody is dealt with.</summary>
internal sealed class NoAccountabilityRule : IGapRule
{
    public IEnumerable<Gap> Find(AnalysisContext context)
    {
        var cues = context.Cues;
        var reportText = context.Report.Text.Text;
        List<HashSet<int>>? accountabilitySentences = null;
        foreach (var issue in context.Issues)
        {
            var measures = context.MeasuresOf(issue.Id).ToList();
            // A grave violation (挪用, 公车私用, 虚增 …) names someone by itself; a general one (违规, 浪费) when it gives money or people.
            // Words inside quotes cite a name or an earlier problem (上轮反馈的“社区用房挪作他用”问题), not a violation found now.
            var unquoted = QuotedRegex.Replace(issue.Text, m => new string('　', m.Length));
            var violation = cues.ViolationGrave.Match(unquoted);
            if (!violation.Success && cues.NamedAmountOrPerson.IsMatch(issue.Text))
            {
                violation = cues.ViolationNamed.Match(unquoted);
            }

            if (measures.Count == 0 || !violation.Success)
            {
                continue;
            }

            if (measures.Any(m => cues.Accountability.IsMatch(m.Measure.Text)))
            {
                continue;
            }

            // Accountability reported elsewhere in the report for the same matter also answers.
            accountabilitySentences ??= [.. context.Report.Structure.Sentences.Select(s => s.Slice(reportText)).Where(s => cues.Accountability.IsMatch(s)).Select(TextSimilarity.Bigrams)];
            var issueBigrams = context.IssueItems[issue.Id].Bigrams;
            var violationBigrams = TextSimilarity.Bigrams(violation.Value);
            if (accountabilitySentences.Any(s => Similar(s, issueBigrams, violationBigrams)))
            {
                continue;
            }

            yield return GapEvidence.OnIssue(GapKinds.NoAccountability, issue, Severity.High, $"反馈点名了“{violation.Value}”{Amount(cues, issue.Text)}，整改报告未说明对相关责任人的处理（处分、诫勉、批评教育等）。退款、补办不等于问责。");
        }
    }

    private static readonly Regex QuotedRegex = new("“[^“”]*”", RegexOptions.CultureInvariant);

    // The same matter: most of the sentence's wording, or the violation itself with some of it (对统计数据虚报的3家企业依法作出行政处罚).
    private static bool Similar(HashSet<int> sentence, HashSet<int> issue, HashSet<int> violation)
    {
        var share = TextSimilarity.Containment(sentence, issue);
        return share >= 0.3 || (share >= 0.1 && violation.IsSubsetOf(sentence));
    }

    private static string Amount(AnalysisCues cues, string text)
    {
        var match = cues.NamedAmountOrPerson.Match(text);
        return match.Success ? $"（{match.Value}）" : "";
    }
}

/// <summary>A systemic problem answered without any rule made or revised.</summary>
internal sealed class NoMechanismRule : IGapRule
{
    public IEnumerable<Gap> Find(AnalysisContext context)
    {
        var cues = context.Cues;
        var documentMechanisms = context.Measures.Where(m => m.Measure.DocumentLevel && cues.Mechanism.IsMatch(m.Measure.Text)).ToList();
        foreach (var issue in context.Issues)
        {
            var systemic = cues.SystemicProblem.Match(issue.Text);
            var measures = context.MeasuresOf(issue.Id).ToList();
            if (!systemic.Success || measures.Count == 0 || GapEvidence.AllHollow(measures))
            {
                continue;
            }

            if (measures.Any(m => cues.Mechanism.IsMatch(m.Measure.Text))
                || documentMechanisms.Any(m => m.Vector.Cosine(context.VectorOf(issue.Id)) >= 0.25))
            {
                continue;
            }

            yield return GapEvidence.OnIssue(GapKinds.NoMechanism, issue, Severity.Medium, $"“{systemic.Value}”属于制度性问题，整改措施只处理了具体事项，未见制定或修订相关制度、办法，缺少长效机制。");
        }
    }
}

/// <summary>Measures of an unfinished issue with no owner, or no time limit, stated for the item.</summary>
internal sealed class OwnerAndDeadlineRule : IGapRule
{
    public IEnumerable<Gap> Find(AnalysisContext context)
    {
        foreach (var issue in context.Issues)
        {
            var measures = context.MeasuresOf(issue.Id).ToList();
            // A finished item needs no owner or time limit any more; nor does one answered by sanctions alone (a sanction given is a finished act).
            if (measures.Count == 0 || measures.Any(m => m.Facts.Status == MeasureStatus.Done) || measures.All(m => m.Measure.Role == "accountability") || GapEvidence.AllHollow(measures))
            {
                continue;
            }

            var open = measures.FirstOrDefault(m => m.Facts.Status is MeasureStatus.InProgress or MeasureStatus.Planned);
            var first = (open ?? measures[0]).Measure;
            var state = open is null ? "未写明已整改完成" : "尚未整改完成";
            if (measures.All(m => m.Facts.Owner is null))
            {
                yield return GapEvidence.OnMeasure(GapKinds.NoOwner, issue, first, Severity.Medium, $"问题“{GapEvidence.Short(issue.Text)}”{state}，其措施未明确责任领导或责任部门（报告中“均明确责任领导”之类的总体表述不能代替逐项明确）。");
            }

            // 长期坚持/常态化 answers the time limit of an item kept up for good, not of work still under way.
            var underWay = measures.Any(m => context.Cues.StatusInProgress.IsMatch(m.Measure.Text));
            if (measures.All(m => m.Facts.Deadline is null && (!m.Facts.LongTerm || underWay)))
            {
                yield return GapEvidence.OnMeasure(GapKinds.NoDeadline, issue, first, Severity.Low, $"问题“{GapEvidence.Short(issue.Text)}”{state}，其措施未明确整改时限。");
            }
        }
    }
}

/// <summary>No leading group, no first responsible person, no direct deployment by the principal leader.</summary>
internal sealed class WeakLeadershipRule : IGapRule
{
    public IEnumerable<Gap> Find(AnalysisContext context)
    {
        var text = context.Report.Text.Text;
        if (!context.Cues.LeadingGroup.IsMatch(text) && !context.Cues.FirstResponsible.IsMatch(text))
        {
            yield return GapEvidence.Absent(GapKinds.WeakLeadership, Severity.Medium, "报告未提及整改工作领导小组、第一责任人，也未见主要负责人直接部署、直接过问、直接督办，主体责任落实情况无从体现。");
        }
    }
}

/// <summary>"All done" claimed while items are in progress; stated counts that do not add up.</summary>
internal sealed class InconsistentClaimRule : IGapRule
{
    public IEnumerable<Gap> Find(AnalysisContext context)
    {
        var cues = context.Cues;
        var text = context.Report.Text.Text;
        var sentences = context.Report.Structure.Sentences;
        var claims = sentences.Where(s => IsOverallClaim(cues, s.Slice(text)) && !IsPartial(CountClaim.Read(cues, s.Slice(text)))).ToList();
        var unfinished = context.Issues
            .Select(i => (Issue: i, Open: context.MeasuresOf(i.Id).FirstOrDefault(m => m.Facts.Status is MeasureStatus.InProgress or MeasureStatus.Planned && !m.Facts.LongTerm)))
            .Where(p => p.Open is not null)
            .ToList();
        var reported = false;
        if (claims.Count > 0 && unfinished.Count > 0)
        {
            var (claim, (issue, open)) = (claims[0], unfinished[0]);
            var sentence = claim.Slice(text);
            reported = true;
            yield return new Gap(GapKinds.InconsistentClaim, issue.Id, open!.Measure.Id, Severity.High, $"报告称“{GapEvidence.Short(sentence, 30)}”，但问题“{GapEvidence.Short(issue.Text, 16)}”的整改情况写的是“{GapEvidence.Short(open.Measure.Text, 30)}”，尚未完成{(unfinished.Count > 1 ? $"（共{unfinished.Count}个问题未完成）" : "")}。", sentence, DocumentRole.Report, claim);
        }

        // Counts: "4个问题中已完成3个" against "已全部完成", against their own sum, or against the itemised statuses.
        foreach (var sentence in sentences)
        {
            if (reported || CountClaim.Read(cues, sentence.Slice(text)) is not { } count)
            {
                continue;
            }

            var said = sentence.Slice(text);
            string? why = null;
            if (count.Total is { } total && count.Open is { } open && count.Done + open != total)
            {
                why = $"报告称“{GapEvidence.Short(said, 40)}”，已完成{count.Done}个与未完成{open}个合计{count.Done + open}个，与所称{total}个问题对不上。";
            }
            else if ((count.Total ?? count.Done + (count.Open ?? 0)) is var all && count.Done < all && claims.Count > 0)
            {
                why = $"报告一处称“{GapEvidence.Short(claims[0].Slice(text), 30)}”，另一处称“{GapEvidence.Short(said, 30)}”，完成情况前后矛盾。";
            }
            else if (all == context.Issues.Length && all - count.Done < unfinished.Count)
            {
                why = $"报告称“{GapEvidence.Short(said, 30)}”，但逐项情况中有{unfinished.Count}个问题写明尚未完成，数字对不上。";
            }

            if (why is not null)
            {
                reported = true;
                yield return new Gap(GapKinds.InconsistentClaim, null, null, Severity.High, why, said, DocumentRole.Report, sentence);
            }
        }
    }

    // "7个问题已完成整改5个" says some are not done: not a claim that all are.
    private static bool IsPartial(CountClaim? count) => count is not null && (count.Open > 0 || count.Done < count.Total);

    private static bool IsOverallClaim(AnalysisCues cues, string sentence) =>
        cues.AllDoneClaim.IsMatch(sentence)
        && OverallRegex.IsMatch(sentence)
        && !FutureRegex.IsMatch(sentence);

    private static readonly Regex OverallRegex = new("[0-9一二三四五六七八九十]+个(具体)?问题|各项整改(任务)?|所有问题|反馈(的)?问题|整改任务", RegexOptions.CultureInvariant);

    private static readonly Regex FutureRegex = new("预计|计划|确保|将|力争|争取|前完成|中已完成", RegexOptions.CultureInvariant);
}

/// <summary>What one sentence says of how many problems are done: 6个问题，已完成整改5个，正在整改2个.</summary>
/// <param name="Total">How many problems it says there are, if it says.</param>
/// <param name="Done">How many it says are done.</param>
/// <param name="Open">How many it says are open, if it says.</param>
internal sealed record CountClaim(int? Total, int Done, int? Open)
{
    /// <summary>The claim of <paramref name="sentence"/>, or null when it gives no number done.</summary>
    public static CountClaim? Read(AnalysisCues cues, string sentence)
    {
        var done = Number(cues.CountDone.Match(sentence));
        return done is null ? null : new CountClaim(Number(cues.CountTotal.Match(sentence)), done.Value, Number(cues.CountOpen.Match(sentence)));
    }

    private static int? Number(Match match)
    {
        if (!match.Success)
        {
            return null;
        }

        var n = match.Groups["n"].Value;
        return int.TryParse(n, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : Core.Structure.ChineseNumeral.Parse(n);
    }
}

/// <summary>The report came more than three months after the feedback.</summary>
internal sealed class LateReportRule : IGapRule
{
    public IEnumerable<Gap> Find(AnalysisContext context)
    {
        if (context.FeedbackDate is not { } given || context.ReportDate is not { } signed)
        {
            yield break;
        }

        var limit = given.Date.AddMonths(3);
        if (signed.Date > limit)
        {
            var days = signed.Date.DayNumber - limit.DayNumber;
            yield return new Gap(GapKinds.LateReport, null, null, Severity.Medium, $"反馈日期为{given.Date:yyyy年M月d日}，报告落款日期为{signed.Date:yyyy年M月d日}，超过“反馈之日起三个月内”报送的时限{days}天。", signed.Evidence, DocumentRole.Report, signed.Span);
        }
    }
}

/// <summary>The document given as the report is not a rectification report.</summary>
internal sealed class MissingReportRule : IGapRule
{
    public IEnumerable<Gap> Find(AnalysisContext context)
    {
        var kind = context.Report.Structure.Kind.Kind;
        if (kind is DocumentKind.FeedbackSpeech or DocumentKind.FeedbackOpinion)
        {
            yield return GapEvidence.Absent(GapKinds.MissingReport, Severity.High, $"作为整改报告提交的文件是{kind.ToChinese()}，不是整改情况报告：未见整改报告。");
        }
        else if (kind is DocumentKind.RectificationPlan && !context.Measures.Any(m => m.Facts.Status == MeasureStatus.Done))
        {
            yield return GapEvidence.Absent(GapKinds.MissingReport, Severity.Medium, "提交的是整改方案，只有计划，没有整改完成情况；仍需报送整改情况报告。");
        }
    }
}

/// <summary>The report says nothing of making the rectification public.</summary>
internal sealed class NoDisclosureRule : IGapRule
{
    public IEnumerable<Gap> Find(AnalysisContext context)
    {
        var text = context.Report.Text.Text;
        var blocks = context.Layout.Blocks;
        foreach (var match in context.Cues.Disclosure.Matches(text).Cast<Match>())
        {
            // A disclosure inside a problem's part counts only when it is about the rectification itself.
            if (!blocks.Any(b => b.Span.Contains(match.Index)) || match.Value.Contains("整改", StringComparison.Ordinal))
            {
                yield break;
            }
        }

        yield return GapEvidence.Absent(GapKinds.NoDisclosure, Severity.Low, "报告未提及整改情况公开（公示、通报或接受监督），也未提及开展警示教育。");
    }
}
