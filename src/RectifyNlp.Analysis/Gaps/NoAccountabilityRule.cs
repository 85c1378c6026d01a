using System.Text.RegularExpressions;
using RectifyNlp.Core;

namespace RectifyNlp.Analysis.Gaps;

/// <summary>The feedback names a violation with money or people, and nobody is dealt with.</summary>
internal sealed class NoAccountabilityRule : IGapRule
{
    public string Name => "未追责问责";

    public IEnumerable<Gap> Find(AnalysisContext context)
    {
        var cues = context.Cues;
        var reportText = context.Report.Text.Text;
        // The report's sentences that hold someone to account, found once: their words and whom they fall on are both asked below.
        List<string>? holding = null;
        List<HashSet<int>>? accountabilitySentences = null;
        HashSet<string>? followed = null;
        List<HashSet<int>>? sanctioned = null;
        HashSet<string>? nearest = null;
        // What the feedback's requirements say must be answered for (对违反中央八项规定精神的问题要严肃追究相关人员责任):
        // the problems about that matter need someone held to account, whatever their own words.
        var demanded = DemandedFor(cues, context.Feedback);
        // A feedback that asks in general that those responsible be dealt with (对失职失责人员依规依纪严肃处理 / 该处理的人要处理)
        // asks it for a tender or approval bypassed too (未经招标直接续签), not only for what breaks a rule by itself.
        var askedInGeneral = AsksInGeneral(cues, context.Feedback);
        foreach (var issue in context.Issues)
        {
            var measures = context.MeasuresOf(issue.Id).ToList();
            // A grave violation (挪用, 公车私用, 虚增 …) names someone by itself; a general one (违规, 浪费) when it gives money or people.
            // Words inside quotes that cite an earlier problem or a name (上轮反馈的“社区用房挪作他用”问题 / 所谓“加班餐”) are no
            // violation found now; a quoted label of the problem itself (招聘工作中“优亲厚友”) is.
            // A violation named as a risk (存在骗提套取公积金的风险) has not been committed: nobody to hold to account.
            var unquoted = QuotedRegex.Replace(issue.Text, m => new string('　', m.Length));
            var violation = Committed(cues.ViolationGrave, unquoted);
            if (!violation.Success && cues.NamedAmountOrPerson.IsMatch(issue.Text))
            {
                // A step skipped (未经集体研究 / 未经招标) is put right by taking it (补充研究, 重新招标): someone answers for it
                // only when the feedback asks so (below) or another violation goes with it (未经审批擅自变更设计).
                violation = Committed(cues.ViolationNamed, unquoted, skip: v => v.StartsWith("未经", StringComparison.Ordinal) && !(askedInGeneral && cues.BypassedRule.IsMatch(v)));
            }

            var named = violation.Success ? violation.Value
                : demanded.Find(d => TextSimilarity.Containment(d.Bigrams, context.IssueItems[issue.Id].Bigrams) >= DemandShare).Matter;
            if (measures.Count == 0 || named is null)
            {
                continue;
            }

            // Someone held to account in a measure that answers several problems together (a heading merging two) answers for
            // the one its words are clearly nearest (四是对盘亏材料逐笔倒查……库管员……受到诫勉谈话 under “化整为零”规避招标和“零星
            // 材料……混乱”), not for the other: the other's misconduct is still nobody's.
            if (measures.Any(m => HoldsToAccount(cues, m.Measure.Text) && (NearestOfItsProblems(context, m) ?? issue.Id) == issue.Id))
            {
                continue;
            }

            followed ??= FollowedByAccountability(context);
            if (followed.Contains(issue.Id))
            {
                continue;
            }

            // Accountability reported elsewhere in the report for the same matter also answers.
            holding ??= [.. context.Report.Structure.Sentences.Select(s => s.Slice(reportText)).Where(s => HoldsToAccount(cues, s))];
            accountabilitySentences ??= [.. holding.Select(TextSimilarity.Bigrams)];
            var issueBigrams = context.IssueItems[issue.Id].Bigrams;
            var violationBigrams = TextSimilarity.Bigrams(named);
            if (accountabilitySentences.Any(s => Similar(s, issueBigrams, violationBigrams)))
            {
                continue;
            }

            // So does a sanction on whoever the problem names by their post (对财务审核人员进行批评教育, for 财务报销审核把关不严 —
            // told under another item that answers it with this one): the words of whom it falls on are the problem's.
            sanctioned ??= [.. holding.SelectMany(SanctionedPosts)];
            if (sanctioned.Any(post => TextSimilarity.Containment(post, issueBigrams) >= PostOnProblem))
            {
                continue;
            }

            // So does accountability told apart from the items — in a 执纪问责 section, in a ledger row's last field, one sentence
            // for several matters (对……免费体检中负有审批责任的副主任进行诫勉谈话；对胸部DR重复收费问题，收费组组长作出书面检查) —
            // clause by clause, on the problem its words are nearest by a clear margin.
            nearest ??= NearestHeld(context, holding);
            if (nearest.Contains(issue.Id))
            {
                continue;
            }

            yield return GapEvidence.OnIssue(GapKinds.NoAccountability, issue, Severity.High, $"反馈点名了“{named}”{Amount(cues, issue.Text)}，整改报告未说明对相关责任人的处理（处分、诫勉、批评教育等）。退款、补办不等于问责。");
        }
    }

    /// <summary>The problem, of the several a measure answers, its words are nearest by a clear margin; null when it answers one or none stands out.</summary>
    private static string? NearestOfItsProblems(AnalysisContext context, MeasureWork measure) =>
        measure.Measure.Links.Length < 2 ? null : ClearlyNearest(context, measure.Vector, measure.Measure.IssueIds)?.Id;

    /// <summary>
    /// The problem of <paramref name="ids"/> whose words <paramref name="vector"/> is nearest, with its cosine, when it leads
    /// the next by <see cref="ClearlyNearer"/>; null when there are fewer than two or none stands out.
    /// </summary>
    private static (string Id, double Cosine)? ClearlyNearest(AnalysisContext context, WordVector vector, IEnumerable<string> ids)
    {
        var ranked = ids.Select(id => (Id: id, Cosine: vector.Cosine(context.VectorOf(id)))).OrderByDescending(x => x.Cosine).Take(2).ToList();
        return ranked.Count == 2 && ranked[0].Cosine - ranked[1].Cosine >= ClearlyNearer ? ranked[0] : null;
    }

    /// <summary>
    /// The problems the report's sentences holding someone to account are about: those a sentence names by number at its
    /// opening, and for each of its clauses the one its words are nearest by a clear margin.
    /// </summary>
    private static HashSet<string> NearestHeld(AnalysisContext context, List<string> holding)
    {
        var held = new HashSet<string>(StringComparer.Ordinal);
        // A sentence that opens by naming the problems by number (针对反馈的第2、4、5个问题，……共对9名相关人员进行了处理) holds
        // someone to account for each of them.
        foreach (var sentence in holding)
        {
            var opening = sentence.TrimStart();
            opening = opening.AsSpan().IndexOfAny(OpeningStops) is > 0 and var stop ? opening[..stop] : opening;
            if (context.Ordinals?.ResolveHeading(opening, default) is { IsDefaultOrEmpty: false } named)
            {
                held.UnionWith(named.Select(l => l.IssueId));
            }
        }

        // A clause that names its matter as the report names it (对离队人员仍领补助问题，对文书……进行批评教育 / 针对……的问题，……移交
        // 镇纪委处理) is for the problem whose words, or whose answer's, hold that name.
        Dictionary<string, HashSet<int>>? told = null;
        foreach (var clause in holding.SelectMany(s => s.Split(ClauseSeparators, StringSplitOptions.RemoveEmptyEntries)).Where(c => HoldsToAccount(context.Cues, c)))
        {
            if (MatterNamedRegex.Match(clause.TrimStart()) is { Success: true } named && TextSimilarity.Bigrams(named.Groups["matter"].Value) is { Count: >= MinMatterBigrams } matter)
            {
                // (Its answer's own words: not a part of sanctions linked to some problem, which names every matter.)
                told ??= context.Issues.ToDictionary(i => i.Id, i => new HashSet<int>(context.IssueItems[i.Id].Bigrams
                    .Concat(context.MeasuresOf(i.Id).Where(m => !HoldsToAccount(context.Cues, m.Measure.Text)).SelectMany(m => TextSimilarity.Bigrams(m.Measure.Text)))), StringComparer.Ordinal);
                var ranked = told.Select(t => (Id: t.Key, Share: TextSimilarity.Containment(matter, t.Value))).OrderByDescending(t => t.Share).Take(2).ToList();
                if (ranked.Count > 0 && ranked[0].Share >= MatterShare && (ranked.Count < 2 || ranked[0].Share - ranked[1].Share >= MatterMargin))
                {
                    held.Add(ranked[0].Id);
                    continue;
                }
            }

            if (ClearlyNearest(context, context.Vectorize(clause), context.Issues.Select(i => i.Id)) is { Cosine: >= HeldCosine } nearest)
            {
                held.Add(nearest.Id);
            }
        }

        return held;
    }

    private static readonly char[] ClauseSeparators = ['；', ';'];

    // 对离队人员仍领补助问题， / 针对岭下村机动地未经表决续签的问题，: the matter a sanction's clause names first.
    private static readonly Regex MatterNamedRegex = new("^(对|针对|关于)(?<matter>[^，,。；;]{4,30}?)的?问题[，,：:]", RegexOptions.CultureInvariant);

    /// <summary>Least share of a named matter's bigrams the problem (or its answer) holds, and its lead over the next problem.</summary>
    private const double MatterShare = 0.6, MatterMargin = 0.2;

    /// <summary>Fewest bigrams of a named matter.</summary>
    private const int MinMatterBigrams = 3;

    private static readonly System.Buffers.SearchValues<char> OpeningStops = System.Buffers.SearchValues.Create("，,：:。；");

    /// <summary>
    /// Least word cosine of a clause holding someone to account with the problem it is taken to be about (chosen on the
    /// development sets: 0.2 took a sanction told without its matter — 中心主任……作了检查，县残联党组对其进行了诫勉谈话, after
    /// the sentence naming it — to another problem that shared only 县残联; 0.1 took more).
    /// </summary>
    private const double HeldCosine = 0.3;

    /// <summary>Least lead in word cosine of one problem over the next for a measure answering both to be the first's alone.</summary>
    private const double ClearlyNearer = 0.05;

    /// <summary>
    /// The issues one of whose measures is followed, in the same part, by an item that holds someone to account and answers
    /// no problem by its words (①180元资料费已全部清退 ②对两名年级主任进行诫勉谈话): it goes on the item before. Read once.
    /// </summary>
    private static HashSet<string> FollowedByAccountability(AnalysisContext context)
    {
        var measures = context.Measures;
        var followed = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < measures.Length; i++)
        {
            var (measure, next) = (measures[i], measures[i + 1]);
            if (measure.Measure.Links.Length > 0 && next.Block == measure.Block && next.Measure.Links.Length == 0
                && HoldsToAccount(context.Cues, next.Measure.Text))
            {
                followed.UnionWith(measure.Measure.Links.Select(l => l.IssueId));
            }
        }

        return followed;
    }

    /// <summary>The matters a feedback's sentences demand someone answer for (对……的问题要严肃追究……责任), each with its words' bigrams.</summary>
    private static List<(string? Matter, HashSet<int> Bigrams)> DemandedFor(AnalysisCues cues, ParsedDocument? feedback)
    {
        if (feedback is null)
        {
            return [];
        }

        var text = feedback.Text.Text;
        var demands = new List<(string? Matter, HashSet<int> Bigrams)>();
        foreach (var match in feedback.Structure.Sentences.SelectMany(s => DemandRegex.Matches(s.Slice(text))))
        {
            var matter = match.Groups["matter"].Value.TrimEnd('等');
            // A demand on the rectification itself (对整改不力、敷衍整改的严肃问责) warns the unit; it names no problem.
            // Nor does one on how work was done (对工作推进不力、敷衍塞责的，要严肃追责问责): it names no misconduct.
            if (matter.Contains("整改", StringComparison.Ordinal) || (cues.PerformanceMatter.IsMatch(matter) && !cues.ViolationGrave.IsMatch(matter)))
            {
                continue;
            }

            // What a matter is judged (违规出具证明) is the feedback's word, not the problem's (为4名居住年限不足的申请人出具了
            // ……居住证明): a matter is found by what was done — named at its full length (违纪违规 alone names none).
            if (TextSimilarity.Bigrams(matter).Count >= MinDemandBigrams)
            {
                demands.Add((matter, TextSimilarity.Bigrams(JudgedRegex.Replace(matter, ""))));
            }

            // Matters joined (对违规发放和未经评审的问题 / 对快检数据不实、收受礼品等问题涉及的人员): each is demanded.
            // Fields listed before what went wrong in them (对票款、赠票和外出考察中的违规问题): the violations in each, however
            // short its name.
            if (DistributedRegex.Match(matter) is { Success: true } distributed
                && distributed.Groups["fields"].Value.Split(Joiners, StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } fields)
            {
                demands.AddRange(fields.Where(f => f.Length >= 2).Select(f => ((string?)(f + distributed.Groups["what"].Value), TextSimilarity.Bigrams(f))));
            }
            else if (matter.Split(Joiners, StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } parts)
            {
                demands.AddRange(parts.Select(p => ((string?)p, TextSimilarity.Bigrams(JudgedRegex.Replace(p, "")))).Where(p => p.Item2.Count >= MinJoinedBigrams));
            }
        }

        return demands;
    }

    /// <summary>Whether a feedback's sentences ask that whoever is responsible be dealt with, naming no matter.</summary>
    private static bool AsksInGeneral(AnalysisCues cues, ParsedDocument? feedback) =>
        feedback is not null && feedback.Structure.Sentences.Any(s => cues.AccountabilityAskedInGeneral.IsMatch(s.Slice(feedback.Text.Text)));

    private static readonly char[] Joiners = ['和', '及', '与', '、'];

    // The judgement a matter opens with (违规出具证明, 擅自变更设计): not words of what was done.
    private static readonly Regex JudgedRegex = new("^(违规|违纪|违法|违反规定|擅自|私自)", RegexOptions.CultureInvariant);

    // 票款、赠票和外出考察 | 中的违规: the fields, and what went wrong in each.
    private static readonly Regex DistributedRegex = new("^(?<fields>[^，。；]{2,30}?)(?<what>(中|方面|领域|环节)的?(违规|违纪|违法)[^，。；]{0,4})$", RegexOptions.CultureInvariant);

    /// <summary>Fewest bigrams of one of several matters joined (未经评审).</summary>
    private const int MinJoinedBigrams = 3;

    // 对违反中央八项规定精神的问题要严肃追究相关人员责任 / 对虚报冒领的人员依规依纪处理 / 对未经评审的问题，要查清责任 /
    // 对A、B等问题涉及的人员，要依规依纪处理: the matter between 对 and its demand.
    private static readonly Regex DemandRegex = new("对(?<matter>[^，。；]{4,40}?)(的问题|问题|的人员|的干部|的行为)?(涉及的?(人员|干部))?[，,]?(要|应|须|必须|应当)?((查清|查明|厘清|分清)(事实|原因|责任)[、，,]?){0,3}(严肃|依规依纪|依纪依规|依法依规)?(依法)?(追究[^，。；]{0,8}责任|问责|追责|查清责任|查明责任|(依规依纪|依纪依规|严肃|依法)处理)", RegexOptions.CultureInvariant);

    /// <summary>Share of a demanded matter's bigrams a problem must hold to be that matter.</summary>
    private const double DemandShare = 0.6;

    /// <summary>Fewest bigrams of a demanded matter (违纪违规 alone names no matter).</summary>
    private const int MinDemandBigrams = 5;

    /// <summary>
    /// Whether a text says someone was held to account — not only that someone will be if it happens again
    /// (今后再发生类似问题的，将严肃追究相关人员责任).
    /// </summary>
    private static bool HoldsToAccount(AnalysisCues cues, string text)
    {
        // A title names a rule, not an act (制定《行政处罚案件集体讨论办法》 holds nobody to account).
        text = TitleRegex.Replace(text, m => new string('　', m.Length));
        foreach (Match match in cues.Accountability.Matches(text))
        {
            var start = text.LastIndexOfAny(SentenceBreaks, match.Index) + 1;
            var end = text.IndexOfAny(SentenceBreaks, match.Index) is >= 0 and var stop ? stop : text.Length;
            // A tally of the whole rectification (16项措施已完成13项；……制定、修订制度5项，批评教育1人) says of no problem who was
            // dealt with for it: a sanction counted, not named.
            // Nor does a case handed to the regulator against an outside party (县水利局已将该中标单位的违法行为移送住建部门依法处理):
            // the contractor answers to the law, but nobody of the unit answers for letting it happen.
            // Nor does a sanction on a unit (局党组对管理处予以通报批评 / 管理处……作了书面检讨): nobody answers for it by name.
            var clauseStart = text.LastIndexOfAny(ClauseBreaks, match.Index) + 1;
            var clauseEnd = text.IndexOfAny(ClauseBreaks, match.Index) is >= 0 and var clauseStop ? clauseStop : text.Length;
            // A count after a sanction whose sentence says on whom it falls (对相关企业负责人给予党内严重警告处分1人、党内警告处分
            // 2人) tells how many of them, no tally.
            // Nor is a count a tally in a sentence that opens on the problems it is for (对反馈第2、4项问题涉及的3名责任人员，……其中
            // 诫勉谈话1人、批评教育2人).
            if (!FutureRegex.IsMatch(text.AsSpan(start, match.Index - start))
                && !(CountedRegex.IsMatch(text.AsSpan(match.Index + match.Length, end - match.Index - match.Length)) && !SanctionTargetRegex.IsMatch(text[start..end])
                    && !OrdinalReferences.OpensOnNumbers(text[start..end]))
                && !(OutsidePartyRegex.IsMatch(text.AsSpan(start, end - start)) && RegulatorActRegex.IsMatch(match.Value))
                && !cues.SanctionOnUnit.IsMatch(text[clauseStart..clauseEnd].TrimStart()))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly char[] SentenceBreaks = ['。', '；', ';'];


    // A party outside the unit a regulator deals with: the winning bidder, the builder, the supplier, the agency.
    private static readonly Regex OutsidePartyRegex = new("中标单位|中标人|施工单位|施工方|供应商|投标人|投标企业|投标单位|承包人|承包商|承包方|监理单位|中介机构|代理机构|医药代表|合作企业|涉事企业", RegexOptions.CultureInvariant);

    // What a regulator does to such a party: hands the case on, fines it, opens a case.
    private static readonly Regex RegulatorActRegex = new("^(移送|立案|立案查处|依法查处)$|行政处罚", RegexOptions.CultureInvariant);

    // A sanction followed by its count (批评教育1人 / 诫勉谈话2人次 / 处分3名): a tally — unless whom it fell on follows in brackets
    // (诫勉谈话1人（储备管理部经理）).
    private static readonly Regex CountedRegex = new("^[^，。；、]{0,4}?[0-9一二三四五六七八九十两]+(人次|人|名)(?![（(][^）)]{2,})", RegexOptions.CultureInvariant);

    // 将对……处理 / 将根据调查情况……处理 / 下一步…… / 凡……的: promised, not done (已将问题线索移交 is done). 凡 opens its clause
    // (a name's 凡, 文书卢晓凡, is no condition).
    private static readonly Regex FutureRegex = new("将(严肃|依规|依纪|依法|坚决|一律|予以|追究|严格|从严)|(?<![已并])将(对|根据|视|依据|按照)|(?<![已并即])将$|下一步|下阶段|今后|以后|一经|一旦|如有|若有|(?<!\\p{IsCJKUnifiedIdeographs})凡|凡是|再发生|再出现|发现一起", RegexOptions.CultureInvariant);

    private static Match Committed(Regex violation, string text, Func<string, bool>? skip = null)
    {
        var match = violation.Match(text);
        while (match.Success)
        {
            if (skip?.Invoke(match.Value) == true)
            {
                match = match.NextMatch();
                continue;
            }

            var start = text.LastIndexOfAny(ClauseBreaks, match.Index) + 1;
            var end = text.IndexOfAny(ClauseBreaks, match.Index + match.Length);
            if (!RiskRegex.IsMatch(text[start..(end < 0 ? text.Length : end)]))
            {
                return match;
            }

            match = match.NextMatch();
        }

        return match;
    }

    private static readonly char[] ClauseBreaks = ['，', '。', '；', ',', ';'];

    // A loss said not to have happened (这个风险现在还没有变成损失) is none either, nor a violation only suspected (存在违法转包嫌疑).
    private static readonly Regex RiskRegex = new("(风险|隐患|之虞|嫌疑)$|(风险|隐患)[。]?$|可能(存在|出现|发生)|(没有|未|尚未|并未|还没有?)(变成|造成|形成|产生|导致|酿成)", RegexOptions.CultureInvariant);

    private static readonly Regex TitleRegex = new("《[^《》]*》", RegexOptions.CultureInvariant);

    private static readonly Regex QuotedRegex = new("(上轮|上一轮|上次|前次|前一轮|此前|以往|之前|曾经?|所谓的?|名为|名义|称为|叫做?)[^“。；]{0,12}“[^“”]*”|“[^“”]*”(?=[^，。；]{0,6}问题)", RegexOptions.CultureInvariant);

    // The same matter: most of the sentence's wording, or the violation itself with some of it (对统计数据虚报的3家企业依法作出行政处罚).
    private static bool Similar(HashSet<int> sentence, HashSet<int> issue, HashSet<int> violation)
    {
        var share = TextSimilarity.Containment(sentence, issue);
        return share >= 0.3 || (share >= 0.1 && violation.IsSubsetOf(sentence));
    }

    /// <summary>
    /// The posts a sentence's sanctions fall on (对财务审核人员进行批评教育 → 财务审核), each as the bigrams of its own words, a
    /// post told only as 相关责任人 / 工作人员 giving none.
    /// </summary>
    private static IEnumerable<HashSet<int>> SanctionedPosts(string sentence) =>
        SanctionTargetRegex.Matches(sentence).Select(m => GenericPostRegex.Replace(m.Groups["who"].Value, " "))
            .Select(TextSimilarity.Bigrams).Where(b => b.Count >= MinPostBigrams);

    /// <summary>Share of a sanctioned post's own bigrams the problem must hold for the sanction to be its.</summary>
    private const double PostOnProblem = 0.66;

    /// <summary>Fewest bigrams of a post's own words (报账员: 2; 财务审核: 3) for it to name whom a problem concerns.</summary>
    private const int MinPostBigrams = 2;

    // 对财务审核人员进行批评教育 / 对负责审核的2名干部给予诫勉谈话: whom the sanction falls on.
    private static readonly Regex SanctionTargetRegex = new("对(?<who>[^，。；、]{2,20}?)(进行|给予|作出|予以|实施)(?=[^，。；]{0,8}(处分|诫勉|批评|谈话|问责|警告|组织处理|免职|调离|书面检查))", RegexOptions.CultureInvariant);

    // The words of a post that name nobody in particular.
    private static readonly Regex GenericPostRegex = new("经办人|经手人|当事人|相关|有关|责任人|负有责任的|责任|人员|同志|干部|工作|时任|原任|分别|其中|[0-9一二两三四五六七八九十]+名|名|该|其|直接|主要|领导|的", RegexOptions.CultureInvariant);

    private static string Amount(AnalysisCues cues, string text)
    {
        var match = cues.NamedAmountOrPerson.Match(text);
        return match.Success ? $"（{match.Value}）" : "";
    }
}
