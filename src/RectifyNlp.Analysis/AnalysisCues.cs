using System.Text.Json;
using System.Text.RegularExpressions;

namespace RectifyNlp.Analysis;

/// <summary>
/// The patterns of models/analysis/cues.json: what counts as a slogan, a concrete act, an owner, a deadline,
/// a status, accountability, a rule made, disclosure, and so on. Data a user can edit without code.
/// </summary>
public sealed class AnalysisCues
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;
    // One match of a pattern a user may edit is bounded: the slowest over the whole corpus takes some 11 ms, and 1 s was
    // once passed by a plain report on a loaded two-core machine (a batch beside other test processes), so 5 s.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    private AnalysisCues(string version, Dictionary<string, Regex> patterns)
    {
        Version = version;
        Patterns = patterns;
        var used = new HashSet<string>(StringComparer.Ordinal);
        Regex Get(string name) => used.Add(name) && patterns.TryGetValue(name, out var regex)
            ? regex
            : throw new InvalidDataException($"models/analysis/cues.json has no \"{name}\" pattern");
        ProblemAreaHeading = Get("problemAreaHeading");
        RequirementHeading = Get("requirementHeading");
        ReportProblemHeading = Get("reportProblemHeading");
        ReportAreaHeading = Get("reportAreaHeading");
        DocumentLevelHeading = Get("documentLevelHeading");
        RestatedPartHeading = Get("restatedPartHeading");
        DocumentLevelSentence = Get("documentLevelSentence");
        RequirementSentence = Get("requirementSentence");
        ProblemRootHeading = Get("problemRootHeading");
        ProblemListCue = Get("problemListCue");
        ProblemListEnd = Get("problemListEnd");
        ProblemLead = Get("problemLead");
        ProblemIntro = Get("problemIntro");
        GroupFacts = Get("groupFacts");
        AreaOwner = Get("areaOwner");
        DeadlineForAll = Get("deadlineForAll");
        GroupBack = Get("groupBack");
        OpenEndedTime = Get("openEndedTime");
        PlanOpening = Get("planOpening");
        StillUnderWay = Get("stillUnderWay");
        ProblemsCounted = Get("problemsCounted");
        ExampleBullet = Get("exampleBullet");
        ResultLabel = Get("resultLabel");
        MetadataTail = Get("metadataTail");
        Praise = Get("praise");
        NoIncident = Get("noIncident");
        RequirementParagraph = Get("requirementParagraph");
        GeneralLesson = Get("generalLesson");
        ArticleEnd = Get("articleEnd");
        ReviewPart = Get("reviewPart");
        NotRectified = Get("notRectified");
        Slogan = Get("slogan");
        PledgeWord = Get("pledgeWord");
        StandingHint = Get("standingHint");
        ConcreteAct = Get("concreteAct");
        MeasureLabel = Get("measureLabel");
        NonMeasure = Get("nonMeasure");
        Owner = Get("owner");
        OwnerClaim = Get("ownerClaim");
        OwnerNobody = Get("ownerNobody");
        Deadline = Get("deadline");
        StatusDone = Get("statusDone");
        StatusInProgress = Get("statusInProgress");
        StatusPlanned = Get("statusPlanned");
        StatusLongTerm = Get("statusLongTerm");
        Accountability = Get("accountability");
        PublicNotice = Get("publicNotice");
        AccountabilityAskedInGeneral = Get("accountabilityAskedInGeneral");
        BypassedRule = Get("bypassedRule");
        PerformanceMatter = Get("performanceMatter");
        ViolationNamed = Get("violationNamed");
        ViolationGrave = Get("violationGrave");
        NamedAmountOrPerson = Get("namedAmountOrPerson");
        Mechanism = Get("mechanism");
        SystemicProblem = Get("systemicProblem");
        RuleMissing = Get("ruleMissing");
        WrittenRule = Get("writtenRule");
        RuleDemand = Get("ruleDemand");
        TopicBreak = Get("topicBreak");
        GenericTopic = Get("genericTopic");
        OneOffRemedy = Get("oneOffRemedy");
        OneOffSlip = Get("oneOffSlip");
        RuleCited = Get("ruleCited");
        ClosingPraise = Get("closingPraise");
        CountedSummary = Get("countedSummary");
        SetAsideWhole = Get("setAsideWhole");
        ProblemsLie = Get("problemsLie");
        ContrastTurn = Get("contrastTurn");
        ConcessiveTurn = Get("concessiveTurn");
        NoticedLead = Get("noticedLead");
        ListEnd = Get("listEnd");
        SummedUp = Get("summedUp");
        AskedOfUnit = Get("askedOfUnit");
        LeadingGroup = Get("leadingGroup");
        FirstResponsible = Get("firstResponsible");
        DeputyHeads = Get("deputyHeads");
        Disclosure = Get("disclosure");
        AllDoneClaim = Get("allDoneClaim");
        IssueCountClaim = Get("issueCountClaim");
        CountTotal = Get("countTotal");
        CountDone = Get("countDone");
        CountOpen = Get("countOpen");
        FeedbackDate = Get("feedbackDate");
        Figure = Get("figure");
        ResultCount = Get("resultCount");
        DoneOnDate = Get("doneOnDate");
        StillAhead = Get("stillAhead");
        AdditionLead = Get("additionLead");
        AreaTrouble = Get("areaTrouble");
        CountOfProblems = Get("countOfProblems");
        RequirementPart = Get("requirementPart");
        Failing = Get("failing");
        ManifestationLead = Get("manifestationLead");
        ProblemsLead = Get("problemsLead");
        OpeningAnnouncement = Get("openingAnnouncement");
        AttentionLead = Get("attentionLead");
        SequencedHeading = Get("sequencedHeading");
        EvidenceLead = Get("evidenceLead");
        DetailLead = Get("detailLead");
        SignatureLine = Get("signatureLine");
        AnnouncingEnd = Get("announcingEnd");
        AnnouncingLine = Get("announcingLine");
        ClueTransfer = Get("clueTransfer");
        SanctionOnUnit = Get("sanctionOnUnit");
        AssignedByNumber = Get("assignedByNumber");
        AssignedForAll = Get("assignedForAll");
        StateBefore = Get("stateBefore");
        NothingFound = Get("nothingFound");
        ProblemField = Get("problemField");
        CasesLead = Get("casesLead");
        ProblemsFollow = Get("problemsFollow");
        SetAside = Get("setAside");
        QuestionOfProblems = Get("questionOfProblems");
        QuestionElsewhere = Get("questionElsewhere");
        ListTail = Get("listTail");
        ProblemCountTail = Get("problemCountTail");
        FollowsTail = Get("followsTail");
        AnnouncedCount = Get("announcedCount");
        BreachAfterRule = Get("breachAfterRule");
        Announced = Get("announced");
        DegreeAnnouncement = Get("degreeAnnouncement");
        SummingUp = Get("summingUp");
        CausesLead = Get("causesLead");
        PledgeLead = Get("pledgeLead");
        StatedTotal = Get("statedTotal");
        ReportedCount = Get("reportedCount");
        GeneralPart = Get("generalPart");
        AnotherProblem = Get("anotherProblem");
        CountAnnouncement = Get("countAnnouncement");
        SpokenLead = Get("spokenLead");
        PromisedRule = Get("promisedRule");
        MoneyOwed = Get("moneyOwed");
        KeptRule = Get("keptRule");
        SanctionTotal = Get("sanctionTotal");
        OnePost = Get("onePost");
        FoundLead = Get("foundLead");
        FindingParagraph = Get("findingParagraph");
        ParallelLead = Get("parallelLead");
        Turn = Get("turn");
        EtcEnd = Get("etcEnd");
        ListAnnouncement = Get("listAnnouncement");
        AreaOpening = Get("areaOpening");
        ManifestationInline = Get("manifestationInline");

        // A key nothing reads is a misspelling or a leftover: refused, so that an edit never silently does nothing.
        var unknown = patterns.Keys.Where(k => !used.Contains(k)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidDataException($"models/analysis/cues.json: unknown pattern key(s) {string.Join(", ", unknown.Select(k => $"\"{k}\""))}");
        }
    }

    /// <summary>Every pattern by its key in cues.json.</summary>
    public IReadOnlyDictionary<string, Regex> Patterns { get; }

#pragma warning disable CS1591 // each property is the cues.json pattern of the same name, documented there
    public string Version { get; }
    public Regex ProblemAreaHeading { get; }
    public Regex RequirementHeading { get; }
    public Regex ReportProblemHeading { get; }
    public Regex ReportAreaHeading { get; }
    public Regex DocumentLevelHeading { get; }

    /// <summary>A report's part that restates the problems or finds their causes (一、对照巡察反馈梳理的主要问题 / 二、原因剖析): it answers none.</summary>
    public Regex RestatedPartHeading { get; }
    public Regex DocumentLevelSentence { get; }
    public Regex RequirementSentence { get; }
    public Regex ProblemRootHeading { get; }
    public Regex ProblemListCue { get; }
    public Regex ProblemListEnd { get; }
    public Regex ProblemLead { get; }
    public Regex ProblemIntro { get; }

    /// <summary>A sentence that gives the owner or time limit of a range of the report's items at once (以上（一）至（三）项由……负责，均于……完成); group range.</summary>
    public Regex GroupFacts { get; }

    /// <summary>A clause that gives an area of the feedback its leader (第一方面由副书记X牵头 / 意识形态方面的问题由总编辑Y负责).</summary>
    public Regex AreaOwner { get; }

    /// <summary>One time limit for every task of the report (所有整改任务于2025年1月31日前完成), with the tasks it excepts (除……外).</summary>
    public Regex DeadlineForAll { get; }

    /// <summary>
    /// A line that gives the owner or time limit of the items before it by their count (以上3个问题的整改，由……牵头 / 以上两项于……前完成;
    /// group count) or of the items of its part (本部分问题由……负总责; no group).
    /// </summary>
    public Regex GroupBack { get; }

    /// <summary>A time that is left open (力争尽快 / 视情况安排 / 根据清查进度确定 / 另行安排): no time limit, said so.</summary>
    public Regex OpenEndedTime { get; }

    /// <summary>A measure that opens as a plan (拟于2025年3月底前…… / 计划于…… / 将于……): what is to be done, not what was.</summary>
    public Regex PlanOpening { get; }

    /// <summary>Work a measure says is still going on (其余11处正在协商 / 尚未完成 / 仍在办理).</summary>
    public Regex StillUnderWay { get; }

    /// <summary>A count whose things are problems (的问题5个 / 5个问题), not places, shows or plots (67个疑似图斑).</summary>
    public Regex ProblemsCounted { get; }

    /// <summary>A bullet that gives an example of the one above it (比如，…… / 再如：……), read from where the bullet's text starts.</summary>
    public Regex ExampleBullet { get; }

    /// <summary>A line labelled as the result of the item before it (整改后：…… / 整改成效：…… / 取得成效：……).</summary>
    public Regex ResultLabel { get; }

    /// <summary>Sentences of dates and places closing a paragraph (巡察时间：……。反馈时间：……。): they say nothing of problems.</summary>
    public Regex MetadataTail { get; }

    /// <summary>A speech's praise (做了大量工作，这些都值得肯定 / 既肯定成绩，也指出问题): prose that states no problem unless it names a failing.</summary>
    public Regex Praise { get; }

    /// <summary>No accident or case in the unit's record (没有发生安全责任事故 / 未发生较大火灾): good news in a failing's words.</summary>
    public Regex NoIncident { get; }
    public Regex RequirementParagraph { get; }
    public Regex GeneralLesson { get; }

    /// <summary>A line that ends a web article (——END—— / （完） / 往期推荐 / 编辑：… / 【关闭】): what follows is the site's, not the feedback's.</summary>
    public Regex ArticleEnd { get; }

    /// <summary>A part of a follow-up that reviews how the last round's problems were rectified (上轮巡察反馈问题整改情况).</summary>
    public Regex ReviewPart { get; }

    /// <summary>A verdict that a problem was not rectified (整改不到位 / 仍未解决 / 问题依然存在): the problem counts again.</summary>
    public Regex NotRectified { get; }
    public Regex Slogan { get; }

    /// <summary>A word of intent or pledge (进一步, 确保, 杜绝, 加强, 健全): what a measure promises, not what it did; left out when its
    /// wording is weighed against the feedback's.</summary>
    public Regex PledgeWord { get; }

    /// <summary>Any word of a standing practice (每月, 定期, 流程, 台账, 承诺, 考核): where none is found in a problem's answer, nothing
    /// in it lasts beyond the one-off remedy, whatever the stricter <see cref="Mechanism"/> cue misses.</summary>
    public Regex StandingHint { get; }
    public Regex ConcreteAct { get; }

    /// <summary>A measure's label or reference (措施5： / （对应反馈问题第4项） / 3．), whose digits are no figure.</summary>
    public Regex MeasureLabel { get; }
    public Regex NonMeasure { get; }
    public Regex Owner { get; }
    public Regex OwnerClaim { get; }

    /// <summary>An owner that names nobody in particular (各部门 / 相关单位): the item has no owner.</summary>
    public Regex OwnerNobody { get; }
    public Regex Deadline { get; }
    public Regex StatusDone { get; }
    public Regex StatusInProgress { get; }
    public Regex StatusPlanned { get; }
    public Regex StatusLongTerm { get; }
    public Regex Accountability { get; }

    /// <summary>A text published to the public (现将……予以公布 / 通报如下 / 监督电话：): a notice, not a report to the inspection body.</summary>
    public Regex PublicNotice { get; }

    /// <summary>A feedback asking that whoever is responsible be dealt with, naming no matter (对失职失责人员依规依纪严肃处理).</summary>
    public Regex AccountabilityAskedInGeneral { get; }

    /// <summary>A step skipped that breaks a rule by itself (未经招标 / 未经审批), matched against a violation's words.</summary>
    public Regex BypassedRule { get; }

    /// <summary>How work was done, not a rule broken (工作推进不力、敷衍塞责): a demand on it asks in general, naming no misconduct.</summary>
    public Regex PerformanceMatter { get; }
    public Regex ViolationNamed { get; }
    public Regex ViolationGrave { get; }
    public Regex NamedAmountOrPerson { get; }
    public Regex Mechanism { get; }
    public Regex SystemicProblem { get; }

    /// <summary>The feedback says no rule was ever made (至今没有制定收费管理办法): only a written rule answers it.</summary>
    public Regex RuleMissing { get; }

    /// <summary>A rule made or revised in writing (制定《……办法》 / 修订……制度), not only a practice changed (改为扫码支付).</summary>
    public Regex WrittenRule { get; }

    /// <summary>A requirement that rules be made (建章立制 / 建立健全……制度 / 把……的规矩立起来).</summary>
    public Regex RuleDemand { get; }

    /// <summary>Where a requirement's sentence breaks between the topics it names (、 / 和 / 等 / 方面).</summary>
    public Regex TopicBreak { get; }

    /// <summary>Words of any requirement, or the unit's own name, that name no topic (制度, 整改, 党委).</summary>
    public Regex GenericTopic { get; }

    /// <summary>A paragraph that opens by citing the rule it measures against (《……条例》规定，…… / 县委……会议确定，……).</summary>
    public Regex RuleCited { get; }

    /// <summary>A verdict that closes a paragraph as done well (……，这方面落实得较好。).</summary>
    public Regex ClosingPraise { get; }

    /// <summary>A speech paragraph's opening that counts and labels what it sums up (第一个“不够”，是……不够有力。): its problems follow.</summary>
    public Regex CountedSummary { get; }

    /// <summary>A set-aside that covers its whole item (你中心此项执行较为规范……本次不作为你中心的问题反馈。).</summary>
    public Regex SetAsideWhole { get; }

    /// <summary>A sentence that only says where the problems lie (问题主要出在人和钱上。): they follow it.</summary>
    public Regex ProblemsLie { get; }

    /// <summary>A sentence that turns from praise to failings (但…… / 不过，……).</summary>
    public Regex ContrastTurn { get; }

    /// <summary>A concession and its turn inside one sentence (虽然……，但是…… / 尽管……，却……): what follows the turn is weighed.</summary>
    public Regex ConcessiveTurn { get; }

    /// <summary>A speaker's lead that he noticed what follows (我们也注意到， / 也要清醒地看到，), the finding after it.</summary>
    public Regex NoticedLead { get; }

    /// <summary>A list of failings closed by what they are (……、……等问题): a cue before it introduces a list.</summary>
    public Regex ListEnd { get; }

    /// <summary>The problems already told, named as such (上述问题 / 这些问题): what sums them up raises none.</summary>
    public Regex SummedUp { get; }

    /// <summary>A sentence asking something of the unit (巡察组要求…… / 建议……).</summary>
    public Regex AskedOfUnit { get; }

    /// <summary>A one-off remedy (money recovered, papers supplied, people dealt with, records re-checked): no rule by itself.</summary>
    public Regex OneOffRemedy { get; }

    /// <summary>A problem that is one slip made once (抄表人员误将两家租户的电表读数对调): put right once, it wants no rule.</summary>
    public Regex OneOffSlip { get; }
    public Regex LeadingGroup { get; }
    public Regex FirstResponsible { get; }
    /// <summary>A deputy at the head of the rectification (由副院长……任组长的整改专班 / 由分管副局长牵头).</summary>
    public Regex DeputyHeads { get; }
    public Regex Disclosure { get; }
    public Regex AllDoneClaim { get; }
    public Regex IssueCountClaim { get; }
    /// <summary>How many problems a sentence says there are (6个问题); the number in group n.</summary>
    public Regex CountTotal { get; }

    /// <summary>How many it says are done (已完成整改5个, 4个已完成).</summary>
    public Regex CountDone { get; }

    /// <summary>How many it says are still open (正在整改2个, 尚有1个).</summary>
    public Regex CountOpen { get; }
    public Regex FeedbackDate { get; }
    public Regex Figure { get; }

    /// <summary>A sentence that adds another problem to an area's: 同时，…… / 此外，…… / ……还存在…….</summary>
    public Regex AdditionLead { get; }

    /// <summary>A clause that only says an area's trouble is great (问题比较突出 / 存在不少问题), its problem told after it.</summary>
    public Regex AreaTrouble { get; }

    /// <summary>A count of problems and nothing else (3个方面共7个问题 / 共12个问题): no problem itself.</summary>
    public Regex CountOfProblems { get; }

    /// <summary>A report part on how one of the feedback's requirements was met (关于“……”要求的落实情况).</summary>
    public Regex RequirementPart { get; }

    /// <summary>A count of what was done (清理过期耗材23件 / 退回1.8万元): an item that reports a result.</summary>
    public Regex ResultCount { get; }

    /// <summary>A date something was done on (5月14日经职工代表大会表决通过 / 3月印发).</summary>
    public Regex DoneOnDate { get; }

    /// <summary>Work still ahead in an item's acts (将于 / 计划 / 其余 / 待……后 / 每季度): no result reported yet.</summary>
    public Regex StillAhead { get; }
    public Regex Failing { get; }

    /// <summary>A lead that closes a paragraph or stands alone before a list of manifestations (主要表现在： / 具体表现为：).</summary>
    public Regex ManifestationLead { get; }

    /// <summary>A lead that names what follows as the problems themselves (主要问题有： / 具体问题如下：), not their manifestations.</summary>
    public Regex ProblemsLead { get; }

    /// <summary>A speech's opening sentence that says problems were found (巡察组也看到……存在一些不容忽视的问题).</summary>
    public Regex OpeningAnnouncement { get; }

    /// <summary>A lead that only calls for attention (还有一个现象需要引起警惕： / 值得注意的是，): no requirement; what follows it is read.</summary>
    public Regex AttentionLead { get; }

    /// <summary>A problem named as a short heading in speech (其次是……。 / 此外，……。), stated by the sentences after it up to a turn.</summary>
    public Regex SequencedHeading { get; }

    /// <summary>A sentence that gives evidence of the problem before it (巡察组调阅了…… / 群众反映，…… / 这在……), joined to it.</summary>
    public Regex EvidenceLead { get; }

    /// <summary>A clause or paragraph that opens as detail (如： / 其中 / 截至 / 有的): part of what comes before, not a problem of its own.</summary>
    public Regex DetailLead { get; }

    /// <summary>A signature on a line of its own: the body that signs (中共……巡察组) or the date.</summary>
    public Regex SignatureLine { get; }

    /// <summary>A sentence ending in an announcement of problems (还有不少差距。 / 发现了一些问题：).</summary>
    public Regex AnnouncingEnd { get; }

    /// <summary>A paragraph of its own that announces the problems in speech (下面，我讲一下巡察发现的主要问题。): what follows states them, what comes before is the opening.</summary>
    public Regex AnnouncingLine { get; }

    /// <summary>Leads on cadres handed to the discipline commission (问题线索……移交): what the inspection did, no problem of the unit's.</summary>
    public Regex ClueTransfer { get; }

    /// <summary>A sanction that falls on a unit, not on a person (局党组对管理处予以通报批评 / 管理处……作了书面检讨): nobody answers for it by name.</summary>
    public Regex SanctionOnUnit { get; }

    /// <summary>A clause that hands problems out by number with who answers for them (问题3、问题7由副主任X负责，均于6月底前完成): groups refs, who, rest.</summary>
    public Regex AssignedByNumber { get; }

    /// <summary>A sentence that gives all the work one owner (以上整改工作由中心主任X负责，按照2024年12月底前完成的时限推进).</summary>
    public Regex AssignedForAll { get; }

    /// <summary>A report's label for the state before rectification (整改前：…): the problem restated on purpose, not a measure copying it.</summary>
    public Regex StateBefore { get; }

    /// <summary>What was checked and found sound (未发现明显问题 / 经核实，反映不属实): no problem raised.</summary>
    public Regex NothingFound { get; }

    /// <summary>The field of a record that holds its problem (具体问题： / 问题描述：).</summary>
    public Regex ProblemField { get; }

    /// <summary>A line that introduces cases of the problem above it (典型案例：): the items after it are its evidence, not problems.</summary>
    public Regex CasesLead { get; }

    /// <summary>A sentence closing a paragraph that says the problems follow (现将巡察反馈的主要问题公示如下：).</summary>
    public Regex ProblemsFollow { get; }

    /// <summary>What follows a rule stated in a paragraph (……规定要求，……应当……；但……): group <c>breach</c>, a problem when it names a failing.</summary>
    public Regex BreachAfterRule { get; }

    /// <summary>The number of problems an announcement gives (指出了……存在的五个方面问题 / 下面讲问题，一共五个): group <c>n</c>.</summary>
    public Regex AnnouncedCount { get; }

    /// <summary>A matter the feedback mentions and sets aside (……不作为问题反馈 / 不属于巡察范围): no problem raised by it.</summary>
    public Regex SetAside { get; }

    /// <summary>An interviewer's question that asks what was found wrong (巡察发现的主要问题有哪些？): the answers after it state problems.</summary>
    public Regex QuestionOfProblems { get; }

    /// <summary>An interviewer's question on something else than the problems (问题线索, 整改要求, 下一步): the answers after it state none.</summary>
    public Regex QuestionElsewhere { get; }

    /// <summary>A clause that closes with a list lead (主要是： / 具体有以下几点：).</summary>
    public Regex ListTail { get; }

    /// <summary>A clause that closes with a count of problems found (共发现问题18个。).</summary>
    public Regex ProblemCountTail { get; }

    /// <summary>A sentence after an announcement that only says what follows (为便于对照整改，现按业务链条反馈如下。).</summary>
    public Regex FollowsTail { get; }

    /// <summary>What is left of an announcement once its cue is read (不容忽视的问题。 / 较为突出的问题：).</summary>
    public Regex Announced { get; }

    /// <summary>
    /// A list's head that says only how marked its problems are (还存在明显短板): it announces them when nothing after it in its
    /// sentence states a failing (……，有的问题在上一轮巡察时就指出过。); one that goes on to the failing (存在明显漏洞，有的课题组……套取……)
    /// is the problem itself.
    /// </summary>
    public Regex DegreeAnnouncement { get; }

    /// <summary>A paragraph that sums the problems up or says where they come from (这些问题…… / 究其原因): no problem of its own.</summary>
    public Regex SummingUp { get; }

    /// <summary>A paragraph that opens by analysing the problems' causes (分析这些问题的根源，主要在于：一是……): its items are causes, not problems.</summary>
    public Regex CausesLead { get; }

    /// <summary>A paragraph in which the inspected unit answers the feedback (……作表态发言。他表示，……一是……二是……): its items are pledges.</summary>
    public Regex PledgeLead { get; }

    /// <summary>A feedback's own count of the problems it raises, in a sentence of its own (以上共反馈问题7个 / 本次巡察共发现问题8个); group n.</summary>
    public Regex StatedTotal { get; }

    /// <summary>A report's part on work beyond the problems or by stage rather than by problem (举一反三开展的工作 / 建章立制情况 / 坚持立行立改): it answers none by elimination. A part on accountability (严肃问责) is not one: its sanctions name their matters too briefly to be linked by their words.</summary>
    public Regex GeneralPart { get; }

    /// <summary>A sentence that says it turns to another problem (还有一个问题要指出，就是…… / 另一个问题是……): one more, under any title.</summary>
    public Regex AnotherProblem { get; }

    /// <summary>A report's count of the problems its feedback raised (反馈指出的三个方面7个问题 / 梳理为7个问题 / 反馈的6个问题); group n.</summary>
    public Regex ReportedCount { get; }

    /// <summary>A sentence that announces how many areas of problems follow (在以下七个方面还有明显差距 / 在三个方面还存在差距): no problem itself.</summary>
    public Regex CountAnnouncement { get; }

    /// <summary>What someone is reported to have said (我在会上强调，/ 表态：): a rule's words after it are an exhortation, no rule made.</summary>
    public Regex SpokenLead { get; }

    /// <summary>Money a problem says is owed or not recovered (累计欠收租金312万元 / 4.1万元至今未追回): a sum to collect by a date.</summary>
    public Regex MoneyOwed { get; }

    /// <summary>A rule only promised, not made (下一步，中心将研究制定《……办法》 / 拟出台……规定).</summary>
    public Regex PromisedRule { get; }

    /// <summary>A rule the unit only promises to keep (严格执行《……条例》): a title after it is no document of the unit's own.</summary>
    public Regex KeptRule { get; }

    /// <summary>A total of people held to account (共问责处理7人), the number in group n.</summary>
    public Regex SanctionTotal { get; }

    /// <summary>One person dealt with, named by post (对学生资助中心主任进行诫勉谈话).</summary>
    public Regex OnePost { get; }

    /// <summary>The inspection group's lead before a finding (巡察组指出， / 巡察中发现，).</summary>
    public Regex FoundLead { get; }

    /// <summary>
    /// A paragraph opening on what the inspection group found, said or raised, after the matter it is about (巡察组还指出， /
    /// 关于经费，巡察组反映，): a run of them reports the findings a paragraph each.
    /// </summary>
    public Regex FindingParagraph { get; }

    /// <summary>A clause that opens one of several parallel cases (有的 / 部分 / 个别).</summary>
    public Regex ParallelLead { get; }

    /// <summary>A sentence that turns to another matter in speech (与此相关的是 / 此外 / 巡察组还注意到).</summary>
    public Regex Turn { get; }

    /// <summary>A clause that sums its list up (……等问题。 / 等方面的问题；).</summary>
    public Regex EtcEnd { get; }

    /// <summary>What a cue announces when it names no problem yet (一些不容忽视的问题 / 不少差距).</summary>
    public Regex ListAnnouncement { get; }

    /// <summary>An area named before what is said of it (在贯彻落实上级决策部署上， / 在作风建设方面， / 从……看，).</summary>
    public Regex AreaOpening { get; }

    /// <summary>A manifestation lead inside a paragraph, its problems after it (……不够有力，表现在：A……。B……。).</summary>
    public Regex ManifestationInline { get; }
#pragma warning restore CS1591

    /// <summary>Reads a cues file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="compiled">
    /// Compile the patterns to IL: about three times faster matching, a few hundred milliseconds more to start.
    /// For long-running work (batch, the service, benchmarks), not for one analysis from the command line.
    /// </param>
    /// <exception cref="InvalidDataException">The file is not valid JSON, lacks a pattern, or a pattern does not compile.</exception>
    public static AnalysisCues Load(string path, bool compiled = false)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(stream);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not valid JSON ({e.Message})", e);
        }

        using (json)
        {
            var version = json.RootElement.TryGetProperty("version", out var v) ? v.GetString() ?? "" : "";
            var patterns = new Dictionary<string, Regex>(StringComparer.Ordinal);
            foreach (var property in json.RootElement.EnumerateObject())
            {
                if (property.Name is "version" or "description" || property.Value.ValueKind != JsonValueKind.String)
                {
                    continue;
                }

                try
                {
                    patterns[property.Name] = new Regex(property.Value.GetString()!, compiled ? Options | RegexOptions.Compiled : Options, Timeout);
                }
                catch (ArgumentException e)
                {
                    throw new InvalidDataException($"{path}: pattern \"{property.Name}\" does not compile ({e.Message})", e);
                }
            }

            return new AnalysisCues(version, patterns);
        }
    }
}
