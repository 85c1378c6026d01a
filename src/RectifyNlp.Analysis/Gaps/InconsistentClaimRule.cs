using System.Text.RegularExpressions;
using RectifyNlp.Core.Documents;

namespace RectifyNlp.Analysis.Gaps;

/// <summary>"All done" claimed while items are in progress; stated counts that do not add up.</summary>
internal sealed class InconsistentClaimRule : IGapRule
{
    public string Name => "前后表述矛盾";

    public IEnumerable<Gap> Find(AnalysisContext context)
    {
        var cues = context.Cues;
        var text = context.Report.Text.Text;
        var sentences = context.Report.Structure.Sentences;
        // Each sentence's count claim, read once: it both rules a sentence out as an "all done" claim and is checked below.
        var counts = sentences.Select(s => CountClaim.Read(cues, s.Slice(text))).ToList();
        var claims = sentences.Where((s, i) => IsOverallClaim(cues, s.Slice(text)) && !IsPartial(counts[i])).ToList();
        var unfinished = context.Issues
            .Select(i => (Issue: i, Open: OpenMeasure([.. context.MeasuresOf(i.Id)])))
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
        for (var n = 0; n < counts.Count; n++)
        {
            var sentence = sentences[n];
            if (reported || counts[n] is not { } count)
            {
                continue;
            }

            var said = sentence.Slice(text);
            string? why = null;
            if (count.Total is { } total && count.Open is { } open && count.Done + count.Partly + count.Standing + open != total)
            {
                var partly = (count.Partly > 0 ? $"、基本完成{count.Partly}个" : "") + (count.Standing > 0 ? $"、长期坚持{count.Standing}个" : "");
                why = $"报告称“{GapEvidence.Short(said, 40)}”，已完成{count.Done}个{partly}与未完成{open}个合计{count.Done + count.Partly + count.Standing + open}个，与所称{total}个问题对不上。";
            }
            else if ((count.Total ?? count.Done + count.Partly + count.Standing + (count.Open ?? 0)) is var all && count.Done < all && claims.Count > 0)
            {
                why = $"报告一处称“{GapEvidence.Short(claims[0].Slice(text), 30)}”，另一处称“{GapEvidence.Short(said, 30)}”，完成情况前后矛盾。";
            }
            else if (all == context.Issues.Length && all - count.Done < unfinished.Count)
            {
                why = $"报告称“{GapEvidence.Short(said, 30)}”，但逐项情况中有{unfinished.Count}个问题写明尚未完成，数字对不上。";
            }
            // Statuses that count more problems than the feedback raised (已完成整改的问题5个，基本完成的问题1个，正在推进的问题2个
            // for seven problems), no total given.
            else if (count.Total is null && all > context.Issues.Length && context.Issues.Length >= MinCountedIssues && cues.ProblemsCounted.IsMatch(said))
            {
                why = $"报告称“{GapEvidence.Short(said, 50)}”，合计{all}个问题，而反馈的问题只有{context.Issues.Length}个，数字对不上。";
            }
            // More said done than the items can show: those answered at all, less those still open (已完成整改5个 where one of six
            // problems has no answer and another is under way).
            else if (all == context.Issues.Length && context.Issues.Count(i => context.MeasuresOf(i.Id).Any()) is var answered && count.Done > answered - unfinished.Count)
            {
                why = $"报告称“{GapEvidence.Short(said, 30)}”，但逐项情况中只有{answered}个问题写了整改情况{(unfinished.Count > 0 ? $"，其中{unfinished.Count}个尚未完成" : "")}，数字对不上。";
            }

            if (why is not null)
            {
                reported = true;
                yield return new Gap(GapKinds.InconsistentClaim, null, null, Severity.High, why, said, DocumentRole.Report, sentence);
            }
        }

        // The measures counted the same way (共细化整改措施28条。……已完成24条，正在推进3条): their parts must add up too.
        if (!reported && MeasureCountMismatch(text, sentences) is { } mismatch)
        {
            reported = true;
            yield return new Gap(GapKinds.InconsistentClaim, null, null, Severity.High, mismatch.Why, mismatch.Sentence.Slice(text), DocumentRole.Report, mismatch.Sentence);
        }

        // A rate that its own counts do not give (24项，已完成22项，整改完成率95.8%: 22 of 24 is 91.7%).
        if (!reported && RateMismatch(text, sentences) is { } rate)
        {
            reported = true;
            yield return new Gap(GapKinds.InconsistentClaim, null, null, Severity.High, rate.Why, rate.Sentence.Slice(text), DocumentRole.Report, rate.Sentence);
        }

        // A ledger row marked done (整改状态：已销号 / 整改进展：已完成) whose own measure is still a plan or under way (拟于2025年3月底
        // 前完成…… / ……待县财政批复后组织采购安装 / 其余11处正在协商): the mark says what the row does not.
        if (!reported && DoneButOpen(cues, context) is { } marked)
        {
            reported = true;
            yield return new Gap(GapKinds.InconsistentClaim, marked.Issue, marked.Measure.Measure.Id, Severity.High,
                $"问题“{GapEvidence.Short(context.Issues.First(i => i.Id == marked.Issue).Text, 16)}”的整改措施标为“{marked.Mark}”，但措施本身写的是“{GapEvidence.Short(marked.Measure.Measure.Text, 30)}”，尚未完成。",
                marked.Measure.Measure.Text, DocumentRole.Report, marked.Measure.Measure.Span);
        }

        // People said to be held to account in all (整改中共问责处理7人) against those the items name (对3名教职工批评教育，对资助中心
        // 主任诫勉谈话，给予2人警告处分: 6).
        if (!reported && SanctionCountMismatch(cues, text, sentences) is { } sanctions)
        {
            yield return new Gap(GapKinds.InconsistentClaim, null, null, Severity.High, sanctions.Why, sanctions.Sentence.Slice(text), DocumentRole.Report, sanctions.Sentence);
        }
    }

    /// <summary>
    /// One sentence that totals the people held to account (共问责处理7人), and the items' sanctions each counted — by the number
    /// its clause gives (对3名教职工批评教育 / 给予2人警告处分) or as one person named by post (对学生资助中心主任进行诫勉谈话): when
    /// they differ. Read only when every sanction clause can be counted, none is to come (今后……将严肃问责), and no second total
    /// or breakdown (其中……) would count the same people twice.
    /// </summary>
    private static (string Why, TextSpan Sentence)? SanctionCountMismatch(AnalysisCues cues, string text, IReadOnlyList<TextSpan> sentences)
    {
        var totals = sentences.Where(s => cues.SanctionTotal.IsMatch(s.Slice(text))).ToList();
        if (totals.Count != 1 || cues.SanctionTotal.Match(totals[0].Slice(text)) is not { } total || !int.TryParse(total.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture, out var claimed))
        {
            return null;
        }

        var counted = 0;
        foreach (var sentence in sentences.Where(s => s != totals[0]))
        {
            var after = false; // whether the clause before was a sanction on people it counted
            foreach (var clause in sentence.Slice(text).Split(SanctionClauseBreaks, StringSplitOptions.TrimEntries))
            {
                if (!cues.Accountability.IsMatch(clause))
                {
                    after = false;
                    continue;
                }

                // A further sanction on the same people, naming nobody of its own (给予2人警告处分，扣发当年绩效奖励): no one more.
                if (after && !SanctionedPeopleRegex.IsMatch(clause) && !cues.OnePost.IsMatch(clause) && !clause.StartsWith('对'))
                {
                    continue;
                }

                after = true;

                if (SanctionFutureRegex.IsMatch(clause) || clause.Contains("其中", StringComparison.Ordinal) || clause.Contains('共'))
                {
                    return null;
                }

                var people = SanctionedPeopleRegex.Matches(clause);
                if (people.Count > 0)
                {
                    counted += people.Sum(m => int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture));
                }
                else if (cues.OnePost.IsMatch(clause))
                {
                    counted++;
                }
                else
                {
                    return null; // 对相关责任人进行批评教育: how many is not said
                }
            }
        }

        return counted > 0 && counted != claimed
            ? ($"报告称“{GapEvidence.Short(totals[0].Slice(text), 30)}”，但各项整改情况中写明受到处理的共{counted}人，前后对不上。", totals[0])
            : null;
    }

    private static readonly char[] SanctionClauseBreaks = ['，', '；', '。', ',', ';'];

    // 对3名教职工 / 给予2人 / 2名经办人员: a number of people in the clause.
    private static readonly Regex SanctionedPeopleRegex = new("(?<n>[0-9]+)(名|人)(?!次|民|员会)", RegexOptions.CultureInvariant);

    private static readonly Regex SanctionFutureRegex = new("将|今后|一经|一旦|如有|凡|再发生|再出现", RegexOptions.CultureInvariant);


    /// <summary>Fewest problems read for a count of more to be held against them.</summary>
    private const int MinCountedIssues = 3;

    /// <summary>How far a stated rate may be from the one its counts give and still be their rounding, in points.</summary>
    private const double RateTolerance = 0.6;

    /// <summary>
    /// A completion rate (整改完成率95.8%) with, in its sentence, how many are done (已完成22项) and of how many (24项, the
    /// last count in the same unit before it; or done and open added up: 已完成6项、正在推进1项): when the rate is not done
    /// over all, to rounding.
    /// </summary>
    private static (string Why, TextSpan Sentence)? RateMismatch(string text, IReadOnlyList<TextSpan> sentences)
    {
        for (var n = 0; n < sentences.Count; n++)
        {
            var sentence = sentences[n];
            var said = sentence.Slice(text);
            if (RateRegex.Match(said) is not { Success: true } rate || !double.TryParse(rate.Groups["p"].Value, System.Globalization.CultureInfo.InvariantCulture, out var percent)
                || DoneCountRegex.Match(said) is not { Success: true } done || CountClaim.Number(done) is not { } finished || rate.Index < done.Index)
            {
                continue;
            }

            var unit = done.Groups["u"].Value;
            // The count may close the sentence before, in the same paragraph (……制定整改措施24项，……。截至目前，已完成22项，……).
            var before = CountRegex.Matches(said[..done.Index]).LastOrDefault(m => m.Groups["u"].Value == unit)
                ?? (n > 0 && !text.AsSpan(sentences[n - 1].End, sentence.Start - sentences[n - 1].End).Contains('\n')
                    ? MeasureTotalRegex.Matches(sentences[n - 1].Slice(text)).LastOrDefault(m => m.Groups["u"].Value == unit) : null);
            var all = before is not null ? CountClaim.Number(before) : finished + PartSum(OpenMeasuresRegex, said[done.Index..rate.Index], unit);
            if (all is not > 0 || finished > all || Math.Abs(100.0 * finished / all.Value - percent) <= RateTolerance)
            {
                continue;
            }

            return ($"报告称“{GapEvidence.Short(said, 50)}”，按{all}{unit}中已完成{finished}{unit}算，完成率应为{100.0 * finished / all.Value:0.#}%，与所称{percent:0.#}%对不上。", sentence);
        }

        return null;
    }

    private static readonly Regex RateRegex = new(@"完成率(为|达到|达|是)?\s*(?<p>[0-9]{1,3}(\.[0-9]+)?)\s*[%％]", RegexOptions.CultureInvariant);

    private static readonly Regex DoneCountRegex = new("已(全部)?(完成|办结|销号|整改)(整改)?(?<n>[0-9]+)(?<u>个|条|项)", RegexOptions.CultureInvariant);

    private static readonly Regex CountRegex = new("(?<n>[0-9]+)(?<u>个|条|项)", RegexOptions.CultureInvariant);

    /// <summary>
    /// A count of measures or tasks (整改措施28条 / 28项整改任务) and, in its sentence or the next, how many of them are done,
    /// open or standing, in the same unit (已完成24条，正在推进3条), when the parts do not add up to the count.
    /// </summary>
    private static (string Why, TextSpan Sentence)? MeasureCountMismatch(string text, IReadOnlyList<TextSpan> sentences)
    {
        for (var n = 0; n < sentences.Count; n++)
        {
            var said = sentences[n].Slice(text);
            var total = MeasureTotalRegex.Match(said);
            if (CountClaim.Number(total) is not { } all)
            {
                continue;
            }

            var unit = total.Groups["u"].Value;
            // The parts follow the count, in its sentence or the next one (a paragraph's next sentence, not a later part).
            var after = said[(total.Index + total.Length)..];
            var next = n + 1 < sentences.Count && !text.AsSpan(sentences[n].End, sentences[n + 1].Start - sentences[n].End).Contains('\n') ? sentences[n + 1].Slice(text) : "";
            foreach (var (scope, span) in new[] { (after, sentences[n]), (next, n + 1 < sentences.Count ? sentences[n + 1] : default) })
            {
                var done = PartSum(DoneMeasuresRegex, scope, unit);
                var open = PartSum(OpenMeasuresRegex, scope, unit);
                var standing = PartSum(StandingMeasuresRegex, scope, unit);
                if (done is null || (open is null && standing is null))
                {
                    continue;
                }

                var sum = done.Value + (open ?? 0) + (standing ?? 0);
                // Every count of the unit after the total, read or not (欠费分期追缴1条按协议推进 is a part no pattern names): when
                // they add up to it, the parts are all there.
                var counted = CountRegex.Matches(scope).Where(m => m.Groups["u"].Value == unit).Sum(m => int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture));
                if (sum != all && counted != all)
                {
                    var whole = span == sentences[n] ? said : $"{GapEvidence.Short(said, 24)}{scope}";
                    return ($"报告称“{GapEvidence.Short(whole, 50)}”，已完成{done}{unit}{(open is null ? "" : $"、未完成{open}{unit}")}{(standing is null ? "" : $"、长期坚持等{standing}{unit}")}合计{sum}{unit}，与所称{all}{unit}对不上。", span);
                }

                break;
            }
        }

        return null;
    }

    private static int? PartSum(Regex part, string scope, string unit)
    {
        int? sum = null;
        foreach (Match match in part.Matches(scope))
        {
            if (match.Groups["u"].Value == unit && CountClaim.Number(match) is { } value)
            {
                sum = (sum ?? 0) + value;
            }
        }

        return sum;
    }

    // 整改措施28条 / 细化整改措施28条 / 28项整改任务 / 整改任务共28项.
    private static readonly Regex MeasureTotalRegex = new("(整改)?(措施|任务)(共|总计|合计)?(?<n>[0-9]+|[一二两三四五六七八九十]+)(?<u>条|项)|(?<n>[0-9]+|[一二两三四五六七八九十]+)(?<u>条|项)(具体)?(整改)?(措施|任务)", RegexOptions.CultureInvariant);

    // 已完成24条 — not 14条措施已完成…… (the count again, before its parts).
    private static readonly Regex DoneMeasuresRegex = new("已(全部)?(完成|办结|销号|落实)(整改)?(?<n>[0-9]+|[一二两三四五六七八九十]+)(?<u>条|项)", RegexOptions.CultureInvariant);

    // 正在推进3条 / 1条正在按时序推进 / 尚未完成2项.
    private static readonly Regex OpenMeasuresRegex = new("((正在|持续|仍在)[^，。；、0-9]{0,6}?(推进|整改|办理|落实)|尚未完成|未完成|推进中)(?<n>[0-9]+|[一二两三四五六七八九十]+)(?<u>条|项)|(?<n>[0-9]+|[一二两三四五六七八九十]+)(?<u>条|项)(措施|任务)?(正在|持续|尚未|未|仍在)[^，。；、]{0,6}?(推进|整改|完成|办理|落实)", RegexOptions.CultureInvariant);

    private static readonly Regex StandingMeasuresRegex = new("(长期坚持|常态化推进|基本完成|阶段性完成)(?<n>[0-9]+|[一二两三四五六七八九十]+)(?<u>条|项)|(?<n>[0-9]+|[一二两三四五六七八九十]+)(?<u>条|项)(需要?|须|为|属于?)?(长期坚持|常态化推进|基本完成|阶段性完成)", RegexOptions.CultureInvariant);

    // "7个问题已完成整改5个" says some are not done: not a claim that all are.
    /// <summary>Longest text of a part that only states where an item stands (整改结果：已完成。 / 完成情况：正在推进).</summary>
    private const int MaxStatusOnly = 16;

    /// <summary>
    /// The measure that shows a problem still open, or null when it is done: the item's own result (整改结果：已完成 on its
    /// own, the last when there are several) decides over what its measures' wording suggests (今后……, 正在建立……);
    /// without one, any measure in progress or planned that is not a standing task.
    /// </summary>
    private static MeasureWork? OpenMeasure(List<MeasureWork> measures)
    {
        // A progress given as a share under 100% (整改进度：80%) is unfinished, whatever standing task the item also names.
        // A standing task that says a part of the work is still to do (已清收31万元，其余正在追收) is unfinished too.
        bool Unfinished(MeasureWork m) => (m.Facts.Status is MeasureStatus.InProgress or MeasureStatus.Planned && (!m.Facts.LongTerm || RemainderOpenRegex.IsMatch(m.Measure.Text)))
            || (ProgressRegex.Match(m.Measure.Text) is { Success: true } progress && double.TryParse(progress.Groups["p"].Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var share) && share < 100);
        var result = measures.LastOrDefault(m => m.Measure.Text.Trim().Length <= MaxStatusOnly && m.Facts.Status != MeasureStatus.Unknown);
        return result is not null ? (Unfinished(result) ? result : null) : measures.FirstOrDefault(Unfinished);
    }

    /// <summary>The first measure of a problem whose status field says done while its own words are a plan or still under way.</summary>
    private static (string Issue, MeasureWork Measure, string Mark)? DoneButOpen(AnalysisCues cues, AnalysisContext context)
    {
        foreach (var issue in context.Issues)
        {
            foreach (var measure in context.MeasuresOf(issue.Id))
            {
                var text = measure.Measure.Text;
                if (DoneMarkRegex.Match(text) is not { Success: true } mark)
                {
                    continue;
                }

                // The measure's own words: before the first labelled field its row adds (；责任领导：…).
                var own = FieldStartRegex.Match(text) is { Success: true } field ? text[..field.Index] : text[..mark.Index];
                if (cues.PlanOpening.IsMatch(own.TrimStart()) || cues.OpenEndedTime.IsMatch(own) || cues.StillUnderWay.IsMatch(own))
                {
                    return (issue.Id, measure, mark.Groups["mark"].Value);
                }
            }
        }

        return null;
    }

    // A status field that says the row is done (整改状态：已销号 / 完成情况：已完成 / 整改进展：已整改到位).
    private static readonly Regex DoneMarkRegex = new("(整改状态|完成情况|整改进展|进展情况|整改情况|状态)[：:]\\s*(?<mark>已(完成|销号|办结|整改到位|整改完成)|完成)(?![^，。；]{0,6}(部分|一半|[0-9]))", RegexOptions.CultureInvariant);

    // Where a row's labelled fields begin after its measure (；责任领导：… / ；完成时限：…).
    private static readonly Regex FieldStartRegex = new("[；;](责任|牵头|完成|整改|进展|状态|佐证)[^；;：:]{0,6}[：:]", RegexOptions.CultureInvariant);



    private static bool IsPartial(CountClaim? count) => count is not null && (count.Open > 0 || count.Partly > 0 || count.Standing > 0 || count.Done < count.Total);

    private static bool IsOverallClaim(AnalysisCues cues, string sentence) =>
        cues.AllDoneClaim.IsMatch(sentence)
        && OverallRegex.IsMatch(sentence)
        && !FutureRegex.IsMatch(sentence);

    // The problems or the measures as a whole (7个问题 / 7项问题 / 31条整改措施 / 整改完成率).
    private static readonly Regex OverallRegex = new("[0-9一二三四五六七八九十]+(个|项)(具体)?问题|[0-9一二三四五六七八九十]+(条|项)(整改)?(措施|任务)|整改完成率|各项整改(任务)?|所有问题|反馈(的)?问题|整改任务", RegexOptions.CultureInvariant);

    // An item's progress as a share: 整改进度：80% / 完成率60% / 完成率已提高到61%.
    private static readonly Regex ProgressRegex = new(@"(整改进度|完成进度|进度|完成率|完成比例)[：:为是已达到了提升高至]{0,5}\s*(?<p>[0-9]{1,3}(\.[0-9]+)?)\s*[%％]", RegexOptions.CultureInvariant);

    // What is left of the work, still being done or waiting (其余正在追收 / 剩余400吨待新粮上市后补足 / 余下2户尚未签约).
    private static readonly Regex RemainderOpenRegex = new("(其余|剩余|余下|另有)[^，。；]{0,12}(正在|仍在|还在|待|尚未|未)", RegexOptions.CultureInvariant);

    private static readonly Regex FutureRegex = new("预计|计划|确保|将|力争|争取|前完成|中已完成", RegexOptions.CultureInvariant);
}

/// <summary>What one sentence says of how many problems are done: 6个问题，已完成整改5个，正在整改2个.</summary>
/// <param name="Total">How many problems it says there are, if it says.</param>
/// <param name="Done">How many it says are done.</param>
/// <param name="Open">How many it says are open, if it says.</param>
/// <param name="Partly">How many it says are mostly done (基本完成), a count of its own between done and open.</param>
/// <param name="Standing">How many it says are standing tasks (需要长期坚持1个 / 2个常态化推进), neither done nor open.</param>
internal sealed record CountClaim(int? Total, int Done, int? Open, int Partly = 0, int Standing = 0)
{
    /// <summary>The claim of <paramref name="sentence"/>, or null when it gives no number done.</summary>
    public static CountClaim? Read(AnalysisCues cues, string sentence)
    {
        var total = cues.CountTotal.Match(sentence);
        var done = Number(cues.CountDone.Match(sentence));
        if (done is null && total.Success)
        {
            // Counted in 项 right after the problems' total (8个问题中已完成整改7项，正在推进1项): those 项 are problems — up to
            // where the sentence goes on to the measures (整改措施已完成24条).
            var rest = sentence[(total.Index + total.Length)..];
            var measures = MeasuresRegex.Match(rest);
            rest = measures.Success ? rest[..measures.Index] : rest;
            var doneItems = Number(DoneItemsRegex.Match(rest));
            return doneItems is null ? null : new CountClaim(Number(total), doneItems.Value, Number(OpenItemsRegex.Match(rest)), Number(PartlyRegex.Match(rest)) ?? 0, Number(StandingItemsRegex.Match(rest)) ?? 0);
        }

        return done is null ? null : new CountClaim(Number(total), done.Value, Number(cues.CountOpen.Match(sentence)), Number(PartlyRegex.Match(sentence)) ?? 0, Number(StandingItemsRegex.Match(sentence)) ?? 0);
    }

    // 需要长期坚持1个 / 1个需要长期坚持 / 常态化推进2项: items that stay open by their nature, counted beside done and open
    // (持续推进 is the open count's).
    private static readonly Regex StandingItemsRegex = new("(需要?|须|属于?)?(长期坚持|常态化(推进|坚持)?|长期推进)(整改)?(的)?(?<n>[0-9]+|[一二两三四五六七八九十]+)(个|项)|(?<![第0-9一二两三四五六七八九十])(?<n>[0-9]+|[一二两三四五六七八九十]+)(个|项)(问题)?(需要?|须|属于?|为)?(长期坚持|常态化(推进|坚持)?|长期推进)", RegexOptions.CultureInvariant);

    private static readonly Regex PartlyRegex = new("基本(完成|整改到位|整改完成)(整改)?(的(问题|事项))?(?<n>[0-9]+|[一二两三四五六七八九十]+)(个|项)", RegexOptions.CultureInvariant);

    private static readonly Regex DoneItemsRegex = new("^[中，,]?[^。；]{0,6}?已(完成|整改|销号)(整改|完成|销号)?(?<n>[0-9]+|[一二两三四五六七八九十]+)(个|项)", RegexOptions.CultureInvariant);

    private static readonly Regex OpenItemsRegex = new("(正在|尚有|仍有|还有|其余|剩余)[^0-9一二两三四五六七八九十。；]{0,4}(?<n>[0-9]+|[一二两三四五六七八九十]+)(个|项)", RegexOptions.CultureInvariant);

    private static readonly Regex MeasuresRegex = new("措施|任务|制度", RegexOptions.CultureInvariant);

    /// <summary>The number a count's <c>n</c> group gives (24 / 二十四), or null when it did not match.</summary>
    internal static int? Number(Match match)
    {
        if (!match.Success)
        {
            return null;
        }

        var n = match.Groups["n"].Value;
        return int.TryParse(n, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : Core.Structure.ChineseNumeral.Parse(n);
    }
}
