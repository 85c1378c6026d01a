namespace RectifyNlp.Analysis.Gaps;

/// <summary>Measures of an unfinished issue with no owner, or no time limit, stated for the item.</summary>
internal sealed class OwnerAndDeadlineRule : IGapRule
{
    public string Name => "责任人与时限";

    public IEnumerable<Gap> Find(AnalysisContext context)
    {
        // A report whose form gives every item its time limit (（责任领导：…；完成时限：…） after each) makes the one
        // item without it stand out, finished or not.
        // A division of the work by problem number apart from the items (整改责任分工：问题1由副主任X负责，12月底前完成；……)
        // gives the problems it names their owner and time limit.
        var numbered = AssignedByNumber.Read(context.Report.Text.Text, new MeasureFactReader(context.Cues), context.Cues);
        var ordered = context.Issues.OrderBy(i => i.Span.Start).ToList();
        var assigned = numbered.Where(n => n.Key >= 0 && n.Key < ordered.Count).ToDictionary(n => ordered[n.Key].Id, n => n.Value, StringComparer.Ordinal);
        // One owner for all the work (以上整改工作由中心主任X负责……) answers every problem the division leaves out.
        if (numbered.TryGetValue(AssignedByNumber.AllProblems, out var forAll))
        {
            foreach (var issue in ordered)
            {
                assigned.TryAdd(issue.Id, forAll);
            }
        }

        var answeredIssues = context.Issues.Where(i => context.MeasuresOf(i.Id).Count > 0).ToList();
        var answered = answeredIssues.Select(i => context.MeasuresOf(i.Id)).ToList();
        // 长期坚持 in the time-limit place answers it for an item kept up for good.
        var withDeadline = answeredIssues.Count(i => context.MeasuresOf(i.Id).Any(w => w.Facts.Deadline is not null || w.Facts.LongTerm) || assigned.GetValueOrDefault(i.Id) is { Deadline: not null } or { LongTerm: true });
        var formGivesDeadline = answered.Count >= FormItems && withDeadline >= answered.Count - 1 && withDeadline < answered.Count;
        // (Whoever an item says does the work, 由化验员柏丽取样, owns that item; it tells nothing of how the report gives owners.)
        var withOwner = answeredIssues.Count(i => context.MeasuresOf(i.Id).Any(w => w.Facts.Owner is not null && !w.Facts.OwnerIsDoer) || assigned.ContainsKey(i.Id));
        // So does a report that gives its items their owners, by item or by area, for all but a few: the items left without one
        // (the area handed to 各股室按照职责分工) stand out.
        // So, too, does a report that hands each area of the feedback to a leader (第一方面由……牵头，第二方面由……): an area handed to
        // nobody in particular leaves its items without one.
        var byArea = context.Cues.AreaOwner.Count(context.Report.Text.Text) >= 2 && withOwner * 2 >= answered.Count;
        var formGivesOwner = answered.Count >= FormItems && (byArea || withOwner >= answered.Count - Math.Max(1, answered.Count / FewLeftOut)) && withOwner < answered.Count;
        // A report whose every other item names a leader (责任领导：副局长X) makes the one that names only a department (由人事科
        // 负责) stand out: a department does not answer for an item, a leader does. Items answered by sanctions alone aside.
        var led = answered.Where(m => !m.All(w => SanctionsOnly(w, context.Cues)) && !GapEvidence.AllHollow(m)).ToList();
        var formGivesLeader = led.Count >= FormItems && led.Count(m => m.Any(w => w.Facts.NamesLeader)) == led.Count - 1;
        // A notice published to the public (现将……整改进展情况予以公布 / 联系电话：……) tells the public what was done; when it names
        // no owner or no time limit for any item, that is its genre, not a gap of each item.
        var publicNotice = context.Cues.PublicNotice.IsMatch(context.Report.Text.Text);
        // So with a report that tells its items as a story and names an owner or a time limit for none of them: an
        // inspector reads that as the report's form (and weigh its leadership as a whole), not as a gap of each item —
        // unless an item says itself that its time is open (力争尽快 / 视情况安排 / 根据进度确定).
        var toldAsStory = answered.Count >= StoryItems;
        var ownersNowhere = (publicNotice || toldAsStory) && withOwner == 0;
        var timesNowhere = (publicNotice || toldAsStory) && withDeadline == 0;
        foreach (var issue in context.Issues)
        {
            var measures = context.MeasuresOf(issue.Id).ToList();
            if (measures.Count == 0 || measures.All(m => SanctionsOnly(m, context.Cues)) || GapEvidence.AllHollow(measures))
            {
                continue;
            }

            var given = assigned.GetValueOrDefault(issue.Id);
            var timeGiven = given is { Deadline: not null } or { LongTerm: true };

            // A finished item needs no owner or time limit any more (some measure done and none still under way); nor does
            // one answered by sanctions alone (a sanction given is a finished act).
            // So does one whose every measure reports what was done, counted or dated, with nothing left to do (清理过期耗材23件，
            // 登记造册后按规定销毁 / 2024年5月14日经职工代表大会表决通过), though it never says 已完成.
            // Read over the item's measures together, so that a ledger row holding them all reads as its sentences do.
            var reported = measures.All(m => m.Facts.Status == MeasureStatus.Unknown) && ReportsResult(context.Cues, string.Join("。", measures.Select(m => m.Measure.Text)));
            if ((reported || measures.Any(m => m.Facts.Status == MeasureStatus.Done)) && !measures.Any(m => m.Facts.Status is MeasureStatus.InProgress or MeasureStatus.Planned))
            {
                if (formGivesOwner && given is null && measures.All(m => m.Facts.Owner is null) && measures.Any(m => m.Facts.Deadline is not null))
                {
                    yield return GapEvidence.OnMeasure(GapKinds.NoOwner, issue, measures[^1].Measure, Severity.Medium, $"报告其他各项都写明了责任领导或责任部门，问题“{GapEvidence.Short(issue.Text)}”的措施却没有写。");
                }
                else if (formGivesLeader && given is null && measures.All(m => !m.Facts.NamesLeader))
                {
                    yield return LeaderMissing(issue, measures);
                }

                // A time-limit field that says the item is done (完成时限：已完成) answers it for a finished item.
                if (formGivesDeadline && !timeGiven && measures.All(m => m.Facts.Deadline is null && !m.Facts.LongTerm && !TimeFields(m.Measure.Text).Any(f => f.Done)) && measures.Any(m => m.Facts.Owner is not null))
                {
                    yield return GapEvidence.OnMeasure(GapKinds.NoDeadline, issue, measures[^1].Measure, Severity.Low, $"报告其他各项都写明了完成时限，问题“{GapEvidence.Short(issue.Text)}”的措施却没有写。");
                }

                continue;
            }

            var open = measures.FirstOrDefault(m => m.Facts.Status is MeasureStatus.InProgress or MeasureStatus.Planned);
            var first = (open ?? measures[0]).Measure;
            var state = open is null ? "未写明已整改完成" : "尚未整改完成";
            // A story's item told with its figures (补发解读材料14份) is read as told; a bare one (与承包人协商变更合同) or one still
            // under way (正在制定……) still lacks them.
            var toldWithFigures = open is null && measures.Any(m => !m.Facts.Figures.IsDefaultOrEmpty);
            if (given is null && measures.All(m => m.Facts.Owner is null) && !(ownersNowhere && (publicNotice || toldWithFigures)))
            {
                yield return GapEvidence.OnMeasure(GapKinds.NoOwner, issue, first, Severity.Medium, $"问题“{GapEvidence.Short(issue.Text)}”{state}，其措施未明确责任领导或责任部门（报告中“均明确责任领导”之类的总体表述不能代替逐项明确）。");
            }
            else if (formGivesLeader && given is null && measures.All(m => !m.Facts.NamesLeader))
            {
                yield return LeaderMissing(issue, measures);
            }

            // 长期坚持/常态化 answers the time limit of an item kept up for good, not of work still under way.
            var underWay = measures.Any(m => context.Cues.StatusInProgress.IsMatch(m.Measure.Text));
            // Money still to collect (累计欠收租金312万元 … 收回96万元，其余正在协商) is not kept up for good: it wants a date.
            var owed = underWay && context.Cues.MoneyOwed.IsMatch(issue.Text);
            // A time-limit field that says 长期坚持 (kept up for good) is the unit's answer for the item, whatever is still under way;
            // 持续推进 there is only a status.
            // A time-limit field that gives no time (整改时限：根据催缴进展逐步推进) leaves the item without one, whatever its status
            // field says (完成情况：持续推进).
            if (!timeGiven && (!timesNowhere || (!publicNotice && (!toldWithFigures || measures.Any(m => context.Cues.OpenEndedTime.IsMatch(m.Measure.Text))))) && measures.All(m => m.Facts.Deadline is null
                && (!m.Facts.LongTerm || owed || (TimeFields(m.Measure.Text).ToList() is var fields && ((underWay && !fields.Exists(f => f.LongTerm)) || fields.Exists(f => f.NoTime))))))
            {
                yield return GapEvidence.OnMeasure(GapKinds.NoDeadline, issue, first, Severity.Low, $"问题“{GapEvidence.Short(issue.Text)}”{state}，其措施未明确整改时限。");
            }
            // A task still under way whose own time-limit field gives no time (完成时限：视项目资金到位情况确定 beside 整改状态：
            // 持续推进) leaves the part of the problem it answers without one, whatever date the item's finished tasks had.
            else if (!timesNowhere && measures.FirstOrDefault(m => m.Facts.Deadline is null && m.Facts.Status != MeasureStatus.Done
                && TimeFields(m.Measure.Text).Any(f => f.NoTime && !f.LongTerm)) is { } undated)
            {
                yield return GapEvidence.OnMeasure(GapKinds.NoDeadline, issue, undated.Measure, Severity.Low, $"问题“{GapEvidence.Short(issue.Text)}”尚未整改完成的措施“{GapEvidence.Short(undated.Measure.Text, 20)}”未明确整改时限。");
            }
        }
    }

    private static Gap LeaderMissing(Issue issue, List<MeasureWork> measures)
    {
        var named = measures.LastOrDefault(m => m.Facts.Owner is not null) ?? measures[^1];
        var only = named.Facts.Owner is { } department ? $"只写了“{GapEvidence.Short(department, 12)}”，" : "";
        return GapEvidence.OnMeasure(GapKinds.NoOwner, issue, named.Measure, Severity.Medium, $"报告其他各项都写明了责任领导，问题“{GapEvidence.Short(issue.Text)}”的措施{only}没有写明由哪位领导负责。");
    }


    /// <summary>
    /// Whether a text (an item's measures read together) reports a result: a count of what was done (23件, 2次, 38.6万元)
    /// or a date it was done on, and nothing still ahead (将于 / 计划 / 年底前 / 逐步 / 今后 / 其余……待……).
    /// </summary>
    private static bool ReportsResult(AnalysisCues cues, string text) =>
        (cues.ResultCount.IsMatch(text) || cues.DoneOnDate.IsMatch(text)) && !cues.StillAhead.IsMatch(MeasureFactReader.ActsOf(text));

    /// <summary>A report's form gives each item its owner when all but one in this many items (at least one) name one.</summary>
    private const int FewLeftOut = 4;

    /// <summary>Fewest answered items for a report's form to be read from them.</summary>
    private const int FormItems = 4;

    /// <summary>Fewest answered items for a report that names no owner or time limit for any to be read as told as a story.</summary>
    private const int StoryItems = 3;

    /// <summary>
    /// A measure that only deals with people: every clause a sanction (诫勉谈话, 批评教育, 立案查处) or what
    /// goes with one (money paid back, 已完成). Judged by
    /// clause, not by the measure's role as a whole, so a ledger cell that merges an action with a sanction
    /// (开展执法检查，对违法企业立案查处。对3家企业作出行政处罚) is still an action needing an owner.
    /// </summary>
    private static bool SanctionsOnly(MeasureWork measure, AnalysisCues cues) =>
        measure.Measure.Role == "accountability"
        && measure.Measure.Text.Split(ClauseBreaks, StringSplitOptions.TrimEntries)
            .Where(c => c.Length >= 6 && !FieldOnly(c))
            .All(c => cues.Accountability.IsMatch(c) || Restitution.IsMatch(c) || cues.StatusDone.IsMatch(c));

    // Money paid back goes with a sanction as a finished act (批评教育，个人退还油费1200元).
    private static readonly System.Text.RegularExpressions.Regex Restitution = new("(退还|退回|追回|清退|退赔|上缴|收回)[^，。；]{0,12}[0-9０-９]", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // What each time-limit field of a text says: kept up for good (时限：长期坚持 / 常态化), or, in a 整改/完成时限 field, no time
    // at all (整改时限：根据催缴进展逐步推进 — no date, no 年底/月底, no 立行立改).
    // The value is read ahead, not consumed, so that a field inside another's value (……，完成时间：……) is read too.
    // A field that says the item is done (完成时限：已完成) gives no time but answers it.
    private static IEnumerable<(bool LongTerm, bool NoTime, bool Done)> TimeFields(string text) =>
        TimeFieldRegex.Matches(text).Select(m => (LongTermValue.IsMatch(m.Groups["value"].Value), m.Groups["prefix"].Success && NoTimeValue.IsMatch(m.Groups["value"].Value), DoneValue.IsMatch(m.Groups["value"].Value)));

    private static readonly System.Text.RegularExpressions.Regex DoneValue = new("^(已完成|已整改完成|已整改到位|已办结|已销号|已落实)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex TimeFieldRegex = new("(?<prefix>整改|完成)?(时限|时间)[:：]\\s*(?=(?<value>[^；;。\\n]*))", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex LongTermValue = new("^(长期坚持|长期|常态化)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex NoTimeValue = new("^(?!长期|常态|立行立改|即知即改|已|立即|限期|年底|年内|月底|本月|当月|季度|上半年|下半年|[一二三四五六七八九十]+月)(?!.*(学期|学年|汛期|汛前|春节|元旦|国庆|期末))[^0-9０-９]{2,20}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly char[] ClauseBreaks = ['，', '。', '；', ',', ';'];

    private static bool FieldOnly(string clause) => FieldStart.IsMatch(clause);

    private static readonly System.Text.RegularExpressions.Regex FieldStart = new("^[（(]?" + MeasureFactReader.FieldLabel, System.Text.RegularExpressions.RegexOptions.CultureInvariant);
}
