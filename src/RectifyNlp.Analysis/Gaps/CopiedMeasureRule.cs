using System.Text.RegularExpressions;
using RectifyNlp.Core.Documents;

namespace RectifyNlp.Analysis.Gaps;

/// <summary>A measure that restates the feedback's own words.</summary>
internal sealed partial class CopiedMeasureRule : IGapRule
{
    public string Name => "照抄反馈原文";

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

        // Without the feedback, the problems the report restates are what a measure may copy.
        var feedbackText = context.Feedback?.Text.Text;
        var feedbackBigrams = feedbackText is null ? [.. context.IssueItems.Values.SelectMany(i => i.Bigrams)] : TextSimilarity.Bigrams(feedbackText);
        var source = context.Feedback is null ? DocumentRole.Report : DocumentRole.Feedback;
        SimilarityIndex? feedbackSentences = null;
        var flagged = new HashSet<string>(StringComparer.Ordinal);
        foreach (var work in context.Measures.Where(m => !m.Measure.DocumentLevel && m.Measure.Text.Length >= 8))
        {
            var measure = work.Measure;
            var issue = context.Issues.FirstOrDefault(i => measure.IssueIds.Contains(i.Id));
            // A lead that only names the problem the measures under it answer (针对“三会一课”流于形式的问题，) copies nothing.
            if (issue is null || issue.Source != source || work.Item.Bigrams.Count == 0 || RestatingLeadRegex().IsMatch(measure.Text.Trim().TrimEnd('，', ',', '：', ':'))
                // The state before (整改前：自查报告称“未发现问题”) restates the problem on purpose; a row's stray cells (2025年7月31日；已完成) say nothing.
                || context.Cues.StateBefore.IsMatch(measure.Text) || BodyOf(context.Cues, measure.Text).Count(c => c is >= '\u4e00' and <= '\u9fff') < 6
                // A row of a list of the rules made names a rule (《院长办公会议事规则》): its title shares the problem's words by
                // design.
                || RuleTitlesOnlyRegex().IsMatch(measure.Text.Trim()))
            {
                continue;
            }

            // What the measure says beyond slogans (1.加快推进……互联互通；2.进一步提高认识，切实加强沟通对接): a copy padded
            // with slogans is still a copy.
            // Its fields (责任人：…；完成时间：…) are not what it says it does.
            var bigrams = MeasureFactReader.ActsOf(measure.Text) is { Length: >= 8 } acts && acts.Length < measure.Text.Length ? TextSimilarity.Bigrams(acts) : work.Item.Bigrams;
            if (WithoutSlogans(context.Cues, measure.Text, context.IssueItems[issue.Id].Bigrams) is { Length: >= 8 } core)
            {
                bigrams = TextSimilarity.Bigrams(core);
            }

            // Most measures have a quarter of their wording nowhere in the feedback: not a copy, but maybe an echo.
            var share = 0.0;
            if (bigrams.Count(b => !feedbackBigrams.Contains(b)) <= (1 - CopiedShare) * bigrams.Count)
            {
                feedbackSentences ??= feedbackText is null
                    ? SimilarityIndex.OfBigrams(context.IssueItems.Values.Select(i => new HashSet<int>(i.Bigrams)))
                    : SimilarityIndex.OfBigrams(context.Feedback!.Structure.Sentences.Select(s => TextSimilarity.Bigrams(s.Slice(feedbackText))));
                var inSentence = feedbackSentences.SharedBigrams(bigrams).Values.DefaultIfEmpty(0).Max() / (double)bigrams.Count;
                share = Math.Max(TextSimilarity.Containment(bigrams, context.IssueItems[issue.Id].Bigrams), inSentence);
            }

            if (share >= CopiedShare && !HasOwnFacts(context.Cues, work, issue))
            {
                flagged.Add(issue.Id);
                yield return GapEvidence.OnMeasure(GapKinds.CopiedMeasure, issue, measure, Severity.High, $"整改措施与反馈意见原文基本相同（重合{share * 100:0}%），是把问题照抄为措施，未写明采取了什么行动。");
            }
            else if (share < CopiedShare && EchoOf(context.Cues, work, issue) is { } echoed)
            {
                flagged.Add(issue.Id);
                yield return GapEvidence.OnMeasure(GapKinds.CopiedMeasure, issue, measure, Severity.High, $"整改措施只是把反馈指出的问题反过来说（“{echoed}”），除此之外没有自己的内容，未写明采取了什么具体行动。");
            }
            else if (share < CopiedShare && RestatedPledge(context, work, issue) is { } restated)
            {
                flagged.Add(issue.Id);
                yield return GapEvidence.OnMeasure(GapKinds.CopiedMeasure, issue, measure, Severity.High, $"整改措施先把反馈的问题原样复述一遍（“{GapEvidence.Short(restated, 30)}”），接下来只有表态，没有写明采取了什么具体行动。");
            }
        }

        // An answer that gives the feedback's words back as promises or bans (进一步强化……政治引领作用，经常性组织开展……活动 /
        // 坚决杜绝超龄人员……担任护林员): once its words of intent (进一步, 确保, 杜绝, 加强) are set aside, most of what it says is
        // the feedback's (its problem, or what the feedback asked), and none of its measures states an act, figure, document or
        // done status of its own.
        if (feedbackText is not null)
        {
            foreach (var issue in context.Issues.Where(i => i.Source == DocumentRole.Feedback && !flagged.Contains(i.Id)))
            {
                // Lines read as the problem restated are its answer when nothing else answers it (the feedback's words were all it got).
                var given = context.MeasuresOf(issue.Id).Where(m => !m.Measure.DocumentLevel).ToList();
                var answers = given.Exists(m => m.Measure.Role != "problem") ? given.FindAll(m => m.Measure.Role != "problem") : given;
                var bodies = answers.ConvertAll(m => BodyOf(context.Cues, m.Measure.Text));
                var problemGrams = Grams(issue.Text);
                if (answers.Count == 0 || Enumerable.Range(0, answers.Count).Any(k => StatesOwnAct(context.Cues, answers[k], bodies[k], feedbackText, problemGrams)))
                {
                    continue;
                }

                var said = TextSimilarity.Bigrams(string.Join("，", bodies.Select(body => context.Cues.PledgeWord.Replace(body, "，"))));
                if (said.Count >= MinGivenBack && TextSimilarity.Containment(said, feedbackBigrams) is var share && share >= GivenBackShare)
                {
                    yield return GapEvidence.OnMeasure(GapKinds.CopiedMeasure, issue, answers[0].Measure, Severity.High, $"整改措施大多是反馈意见的原话（重合{share * 100:0}%），只改写成了表态或禁令，未写明采取了什么具体行动、处理了哪些人和事。");
                }
            }
        }
    }

    /// <summary>The share of an answer's wording, its words of intent left out, that must be the feedback's for it to be the feedback given back.</summary>
    public const double GivenBackShare = 0.5;

    /// <summary>The fewest character pairs an answer must have, its words of intent left out, to be weighed as given back.</summary>
    private const int MinGivenBack = 16;

    // An act of its own (its body, BodyOf, read once by the caller): a figure or a document the feedback does not give, an act
    // done (已……), or a concrete act that is not a pledge or a demand (要求……要建立台账).
    // A document counts when the feedback does not name it: 确保……按要求发放《资助政策告家长书》 gives the feedback's own title back.
    // The act must be in its own words too: one named inside the problem's words (杜绝维修养护项目未经比选直接委托的问题 — 委托 is
    // the problem's 直接委托) is the problem given back, not an act — unless the measure says in its own sentences it was done
    // (暑期对任职超过10年的4名校长全部交流轮岗。已完成。: the problem's words, put right), not only in a status field, and
    // promises nothing (已整改。严格……，杜绝…… is a claim over promises).
    private static bool StatesOwnAct(AnalysisCues cues, MeasureWork work, string body, string feedbackText, HashSet<string> problemGrams)
    {
        var acts = MeasureFactReader.ActsOf(work.Measure.Text);
        if (work.Facts.Figures.Any(f => !feedbackText.Contains(f, StringComparison.Ordinal))
            || TitleRegex().Matches(acts).Any(t => !feedbackText.Contains(t.Value, StringComparison.Ordinal)) || cues.StatusDone.IsMatch(body))
        {
            return true;
        }

        return work.Facts.IsConcrete
            && ((cues.StatusDone.IsMatch(acts) && !cues.PledgeWord.IsMatch(body))
                || (work.Measure.Role is not ("commitment" or "requirement") && cues.ConcreteAct.IsMatch(Unshared(body, problemGrams))));
    }

    /// <summary>Length of the runs of characters shared with the problem that are masked before an act is looked for.</summary>
    private const int SharedRun = 4;

    // Every run of SharedRun characters of a text, once.
    private static HashSet<string> Grams(string text)
    {
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + SharedRun <= text.Length; i++)
        {
            grams.Add(text.Substring(i, SharedRun));
        }

        return grams;
    }

    // A text with every run of SharedRun characters found in the problem blanked out: what it says in its own words.
    private static string Unshared(string text, HashSet<string> problemGrams)
    {
        var own = text.ToCharArray();
        for (var i = 0; i + SharedRun <= text.Length; i++)
        {
            if (problemGrams.Contains(text.Substring(i, SharedRun)))
            {
                Array.Fill(own, '　', i, SharedRun);
            }
        }

        return new string(own);
    }

    [GeneratedRegex("《[^《》]{1,60}》")]
    private static partial Regex TitleRegex();

    /// <summary>The share of an echo's content (by word weight) that may be its own: the rest is the problem's words.</summary>
    public const double EchoOwnShare = 0.35;

    /// <summary>
    /// A measure that turns the problem's own words round (加大…清收力度，切实解决应收账款清收不力问题; 杜绝村务公开流于形式):
    /// once its fields, status and the clause restating the problem (针对…的问题) are set aside, nearly all its content words
    /// are the problem's, it names the failing itself as its object, and it states no figure, document or done act of its
    /// own. Returns the failing it names, or null.
    /// </summary>
    private static string? EchoOf(AnalysisCues cues, MeasureWork work, Issue issue)
    {
        var body = BodyOf(cues, work.Measure.Text);
        // An act on the problem's own matter (建立督办台账，9项未按期反馈的事项已全部补充反馈) answers it, whatever words it shares;
        // so does dealing with whoever was at fault (对长期未归还抄本的工作人员进行批评教育), not a promise to (对相关人员严肃问责).
        if (body.Length < 8 || cues.StatusDone.IsMatch(body) || body.Contains('《') || ActRegex().IsMatch(body)
            || (cues.Accountability.IsMatch(body) && !cues.AccountabilityAskedInGeneral.IsMatch(body))
            || cues.Figure.Matches(body).Any(f => !issue.Text.Contains(f.Value, StringComparison.Ordinal)))
        {
            return null;
        }

        double all = 0, own = 0;
        foreach (var (word, weight) in work.Item.Vector.Weights)
        {
            if (body.Contains(word, StringComparison.Ordinal))
            {
                all += weight;
                own += issue.Text.Contains(word, StringComparison.Ordinal) ? 0 : weight;
            }
        }

        if (all == 0 || own / all >= EchoOwnShare)
        {
            return null;
        }

        // The failing named: a run of the problem's text of four characters or more, around one of its failing words.
        foreach (Match failing in cues.Failing.Matches(issue.Text))
        {
            var length = Math.Max(4, failing.Length + 2);
            for (var start = Math.Max(0, failing.Index + failing.Length - length); start <= failing.Index && start + length <= issue.Text.Length; start++)
            {
                if (body.Contains(issue.Text.AsSpan(start, length), StringComparison.Ordinal))
                {
                    // The whole run the two share, for the message.
                    var (from, to) = (start, start + length);
                    while (to < issue.Text.Length && body.Contains(issue.Text.AsSpan(from, to + 1 - from), StringComparison.Ordinal))
                    {
                        to++;
                    }

                    while (from > 0 && body.Contains(issue.Text.AsSpan(from - 1, to - from + 1), StringComparison.Ordinal))
                    {
                        from--;
                    }

                    return issue.Text[from..to];
                }
            }
        }

        return null;
    }

    /// <summary>The share of a restating lead's character bigrams that must be the problem's own.</summary>
    public const double RestatedShare = 0.75;

    /// <summary>
    /// A measure that opens by restating the problem at length (针对……4处没有落实专职看护人员……的问题，) and goes on with
    /// pledges only (局党组高度重视，认真落实……，确保……): no act, figure, document or done status of its own after the lead;
    /// the figures it shows are the feedback's. Returns the restated problem, or null. The vague-measure rule leaves such a
    /// measure to this one: it is the feedback's words given back, whatever slogans follow them.
    /// </summary>
    internal static string? RestatedPledge(AnalysisContext context, MeasureWork work, Issue issue)
    {
        var acts = MeasureFactReader.ActsWithoutFieldGroup(work.Measure.Text).Trim();
        var lead = RestatingOpenRegex().Match(acts);
        if (!lead.Success)
        {
            // The restating clause may sit between pledges (坚决扛起……，针对……的问题，以更高标准……).
            lead = RestatingClauseRegex().Match(acts);
            if (!lead.Success)
            {
                return null;
            }
        }

        var restated = lead.Groups["problem"].Value;
        var rest = acts[..lead.Index] + acts[(lead.Index + lead.Length)..];
        var cues = context.Cues;
        if (restated.Length < 12 || rest.Count(c => c is >= '\u4e00' and <= '\u9fff') < 4
            || TextSimilarity.Containment(TextSimilarity.Bigrams(restated), context.IssueItems[issue.Id].Bigrams) < RestatedShare
            || (cues.ConcreteAct.IsMatch(rest) && !Pledged(work)) || cues.Figure.IsMatch(rest) || rest.Contains('《') || cues.StatusDone.IsMatch(rest))
        {
            return null;
        }

        return restated;
    }

    // A line the classifier reads as a pledge or a requirement (支行将切实加强……，严格按季度排查……，确保……): the acts it names are
    // intentions, not acts done.
    private static bool Pledged(MeasureWork work) => work.Measure.Role is "commitment" or "requirement";

    [GeneratedRegex("建立[^，。；]{0,12}(台账|清单|档案)|已(全部)?补(充|办|齐|正)")]
    private static partial Regex ActRegex();

    [GeneratedRegex("^(?:[0-9一二三四五六七八九十]{1,3}[.．、]|[（(][0-9一二三四五六七八九十]{1,3}[）)])?(?:针对|关于|就|对于?)(?<problem>[^。；]{6,}?)(?:的)?问题[，,：:]")]
    private static partial Regex RestatingOpenRegex();

    [GeneratedRegex("(?<=[，,；;])(?:针对|对照)(?<problem>[^。；]{12,}?)(?:的)?问题[，,]")]
    private static partial Regex RestatingClauseRegex();

    /// <summary>What a measure says it does: without its fields, its bare status clauses and a leading clause that restates the problem.</summary>
    private static string BodyOf(AnalysisCues cues, string text)
    {
        var clauses = ClauseRegex().Split(MeasureFactReader.ActsOf(text))
            .Select(c => c.Trim())
            .Where(c => c.Length > 0 && !(c.Length <= 6 && (cues.StatusDone.IsMatch(c) || cues.StatusInProgress.IsMatch(c) || cues.NonMeasure.IsMatch(c))))
            // Who owns it and by when, told in running text (此项由会计某某负责，2024年10月底前完成), is no act.
            .Where(c => !OwnerOrTimeClauseRegex().IsMatch(c))
            .ToList();
        if (clauses.Count > 1 && RestatingLeadRegex().IsMatch(clauses[0]))
        {
            clauses.RemoveAt(0);
        }

        return string.Join("，", clauses);
    }

    [GeneratedRegex("[，,；;。：:（）()\\n]+")]
    private static partial Regex ClauseRegex();

    // 此项由会计某某负责 / 由我牵头 / 2024年10月底前完成 / 12月底前整改到位: a clause that only says who or by when.
    [GeneratedRegex("^(此项|该项|本项|这项|此事|该事项)?(工作)?(由|请)[^，。；]{1,20}(负责|牵头|具体经办|经办|督办)(落实|整改|推进|实施)?$|^(于|在)?((19|20)[0-9]{2}年)?[0-9一二三四五六七八九十]{1,2}月(底|中旬|上旬|下旬|[0-9]{1,2}日)?(前|以前|之前)(全部)?(完成|办结|整改到位|完成整改)$")]
    private static partial Regex OwnerOrTimeClauseRegex();

    [GeneratedRegex("^(针对|关于|就|对于?)[^，。；]*问题$")]
    private static partial Regex RestatingLeadRegex();

    /// <summary>
    /// The measure's acts (its fields — 责任领导：… — left out), split at ，；。 and its numbered items, less the slogans of its own: a clause that is a slogan,
    /// does nothing and is mostly not the problem's wording (进一步提高认识 / 切实加强与上级部门的沟通对接).
    /// </summary>
    /// <returns>The rest, or null when no clause is such a slogan.</returns>
    private static string? WithoutSlogans(AnalysisCues cues, string text, IReadOnlySet<int> problemBigrams)
    {
        var clauses = ItemRegex().Split(MeasureFactReader.ActsOf(text)).Select(c => ItemNumberRegex().Replace(c, "")).Where(c => c.Length > 0).ToList();
        var kept = clauses.Where(c => !(cues.Slogan.IsMatch(c) && !cues.ConcreteAct.IsMatch(c) && TextSimilarity.Bigrams(c) is var own && own.Count(problemBigrams.Contains) * 2 < own.Count)).ToList();
        return kept.Count < clauses.Count ? string.Concat(kept) : null;
    }

    [GeneratedRegex("^[0-9]{1,2}[.．、]")]
    private static partial Regex ItemNumberRegex();

    [GeneratedRegex("[，；。,;]|(?=[0-9]{1,2}[.．、](?![0-9]))")]
    private static partial Regex ItemRegex();

    /// <summary>
    /// A measure that repeats the problem but adds its own figures or says in its own words what was done is an answer, not a copy;
    /// a status field (完成情况：已完成) under the feedback's words pasted back is not such a word.
    /// </summary>
    private static bool HasOwnFacts(AnalysisCues cues, MeasureWork work, Issue issue) =>
        (work.Facts.Status == MeasureStatus.Done && cues.StatusDone.IsMatch(BodyOf(cues, work.Measure.Text)))
        || work.Facts.Figures.Any(f => !issue.Text.Contains(f, StringComparison.Ordinal));

    // Titles only, up to the row's fields if any (《……办法》；完成情况：2025年5月).
    [GeneratedRegex("^(《[^《》]{2,40}》[、和及与，,]?)+([。；;]|$)")]
    private static partial Regex RuleTitlesOnlyRegex();
}
