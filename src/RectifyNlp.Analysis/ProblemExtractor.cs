using System.Text.RegularExpressions;
using RectifyNlp.Core;
using RectifyNlp.Core.Documents;
using RectifyNlp.Core.Normalization;
using RectifyNlp.Core.Structure;

namespace RectifyNlp.Analysis;

/// <summary>A problem statement found in a document, before it gets an id and a category.</summary>
/// <param name="Text">The statement without its numbering.</param>
/// <param name="Area">The heading of the part grouping it, or empty.</param>
/// <param name="Span">Where it stands.</param>
public sealed record ProblemCandidate(string Text, string Area, TextSpan Span);

/// <summary>
/// Finds the problems a feedback raises, whatever form it takes: an opinion whose numbered lines are
/// "heading。detail", areas （一）…方面 with numbered problems, headings with 一是…二是… runs, a news item
/// (巡察组指出，…存在……；……等问题), a speech whose problems run in prose among praise and requirements.
/// Structure proposes, the passage classifier decides:
/// 1. Scope: the parts headed as the problems (巡察发现的主要问题) if there are such parts, else the whole
///    document; requirement parts (整改意见, 几点要求) and paragraphs (巡察组要求……) are out of it.
/// 2. Candidates: every numbered item with no sub-items (its heading's paragraph, with a detail paragraph when
///    the heading stands alone); in paragraphs without numbered items, the ；-clauses of a list after a problem
///    cue (存在……；……等问题), else — inside a part headed as problems — each sentence.
/// 3. Each candidate is kept when the classifier calls it a problem; inside a part headed as problems, or for a
///    numbered item whose text the rules call a problem, only a confident other role removes it.
/// </summary>
public sealed partial class ProblemExtractor
{
    private readonly AnalysisCues _cues;
    private readonly Func<string, (string Role, double Confidence)>? _roleOf;

    /// <summary>Creates an extractor; without <paramref name="roleOf"/> every structural candidate is kept.</summary>
    /// <param name="cues">The patterns.</param>
    /// <param name="roleOf">The passage role and its confidence for a text.</param>
    public ProblemExtractor(AnalysisCues cues, Func<string, (string Role, double Confidence)>? roleOf = null)
    {
        _cues = cues ?? throw new ArgumentNullException(nameof(cues));
        _roleOf = roleOf;
    }

    // The same extractor reading headline failings run together by commas in a list's group one by one (see Extract).
    private ProblemExtractor(ProblemExtractor asRead)
    {
        _cues = asRead._cues;
        _roleOf = asRead._roleOf;
        _failingByFailing = true;
    }

    // Whether a list's group of headline failings joined by commas (A不够深入，B流于形式，C推进迟缓；……) is read failing by failing.
    private readonly bool _failingByFailing;

    /// <summary>Longest title of a part that names no failing (关于整改时限) read as only a title.</summary>
    private const int MaxBareTitle = 12;

    private enum Origin
    {
        // A numbered item under a part headed as problems, or a clause of a cued list.
        Listed,

        // A numbered item elsewhere.
        Numbered,

        // A problem heading with its manifestations (主要表现在：1.… 2.…).
        Manifested,

        // A sentence of prose inside a part headed as problems.
        Prose,
    }

    /// <summary>The problems of <paramref name="document"/>, in order.</summary>
    /// <param name="document">The feedback.</param>
    /// <param name="cancellationToken">Checked per numbered item and per paragraph.</param>
    public IReadOnlyList<ProblemCandidate> Extract(ParsedDocument document, CancellationToken cancellationToken = default) => Extract(document, null, cancellationToken);

    /// <summary>
    /// The problems of <paramref name="document"/> that <paramref name="answeredBy"/> answers, in order: when the
    /// feedback is a 通报 on several units, each in a part headed by its Party body, only the part of the report's unit
    /// (all parts when the report names none of them); the unit headings themselves are never problems.
    /// </summary>
    /// <param name="document">The feedback.</param>
    /// <param name="answeredBy">The report that answers it, or null.</param>
    /// <param name="cancellationToken">Checked per numbered item and per paragraph.</param>
    public IReadOnlyList<ProblemCandidate> Extract(ParsedDocument document, ParsedDocument? answeredBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        // A list's group may run headline failings together by commas (学习贯彻……不够深入，河湖长制巡河记录流于形式，水资源费征收
        // 工作推进迟缓；……). Writers count such a group both ways: as one problem when a report answers it group by group, as
        // several when the feedback is read alone. So: read alone, each failing is one; answered by a report, the group is one
        // unless the report's own count of the problems (对反馈的8个问题) is what reading failing by failing gives.
        var read = ExtractAsRead(document, answeredBy, cancellationToken);
        var reported = answeredBy is null ? null : ReportedCount(answeredBy);
        if (_failingByFailing || (answeredBy is not null && !(reported > read.Count)))
        {
            return read;
        }

        var split = new ProblemExtractor(this).ExtractAsRead(document, answeredBy, cancellationToken);
        // The report's count may leave out a problem it never answers (an 此外 failing after the list: 7 counted, 8 raised): the
        // reading whose count is nearer the report's is the writers'.
        return split.Count > read.Count && (answeredBy is null || Math.Abs(split.Count - reported!.Value) < Math.Abs(read.Count - reported.Value)) ? split : read;
    }

    private List<ProblemCandidate> ExtractAsRead(ParsedDocument document, ParsedDocument? answeredBy, CancellationToken cancellationToken)
    {
        var text = document.Text.Text;
        var all = document.Structure.AllSections.ToList();

        // 0. A problem list written as a table (问题清单: 序号 | 问题类别 | 问题具体表现): one problem a row.
        // A row headed by a failing of its own (代理记账把关不严 | 中心为村级组织入账白条……) is told with it: a report's row names
        // the problem by that head.
        var table = LedgerRows.FindProblemRows(text, document.Text.Paragraphs);
        if (!table.IsEmpty)
        {
            return [.. table.Select(row => LedgerRows.CellText(text, row.Head).Trim() is { Length: >= MinStatedFailing and <= MaxHeadlineFailing } head && StatesFailing(text, row.Head)
                ? new ProblemCandidate(head + "：" + LedgerRows.CellText(text, row.Problem), "", row.Problem)
                : new ProblemCandidate(LedgerRows.CellText(text, row.Problem), "", row.Problem))];
        }

        // 1. Scope.
        // A heading that states a failing (落实林长制工作要求不到位) is a problem, whatever words it shares with 工作要求.
        var excluded = all.Where(s => s.Level == 1 && _cues.RequirementHeading.IsMatch(s.Heading) && !_cues.ProblemRootHeading.IsMatch(s.Heading) && !_cues.Failing.IsMatch(s.Heading)).Select(s => s.Span).ToList();
        // A 通报 on several units: the report's unit's part alone is in scope.
        var unitParts = UnitNameFinder.UnitParts(document.Structure);
        var ownPart = answeredBy is null ? null : UnitNameFinder.PartOf(unitParts, answeredBy);
        if (ownPart is not null)
        {
            excluded.AddRange(unitParts.Where(p => p.Section != ownPart).Select(p => p.Section.Span));
        }

        // A numbered item labelled 问题： (1．问题：……，the label read as its heading) is one problem, not a part of problems.
        var roots = all.Where(s => _cues.ProblemRootHeading.IsMatch(s.Heading.Trim()) && !excluded.Any(e => e.Contains(s.Span)) && !IsLabelledItem(s)
            && (ownPart is null || ownPart.Span.Contains(s.Span))).ToList();
        // A part of problems told in prose only, before another that lists them by number (一、巡察发现的突出问题 ……其中较为突出
        // 的是：A，B，C。 / 二、巡察发现的主要问题 （一）…… 1．……): it sums up what the list tells; it raises none of its own.
        var summingUp = roots.Where(r => r.Children.All(c => c.Style.IsInline())
            && roots.Exists(o => o.Span.Start >= r.Span.End && all.Count(s => o.Span.Contains(s.Span) && s != o && !s.Style.IsInline()) >= MinListedBelow)).ToList();
        if (summingUp.Count > 0)
        {
            excluded.AddRange(summingUp.Select(r => r.Span));
            roots.RemoveAll(summingUp.Contains);
        }

        var scopes = roots.Count > 0 ? roots.Select(r => r.Span).ToList()
            : ownPart is not null ? [ownPart.Span]
            : [new TextSpan(document.Structure.TitleSpan.End, text.Length)];
        // A follow-up's review table of the last round's problems (上轮反馈问题 | 评估结论 | 主要情况): the rows judged not put
        // right are problems again; the table's rows are read no other way.
        var reviewTable = LedgerRows.FindReviewTable(text, document.Text.Paragraphs);
        var paragraphs = document.Text.Paragraphs.Where(p => !p.Span.IsEmpty && p.Span.Start >= document.Structure.TitleSpan.End && !reviewTable.Rows.Contains(p.Span)).ToList();
        // A web article ends at its end line (——END—— / 往期推荐 / 【关闭】), once its body has begun: the site's links and
        // footer after it are not the feedback's.
        var bodyBegun = paragraphs.FindIndex(p => p.Span.Length >= 60);
        var articleEnd = bodyBegun < 0 ? text.Length
            : paragraphs.Skip(bodyBegun + 1).Where(p => p.Span.Length <= 40 && _cues.ArticleEnd.IsMatch(p.Span.Slice(text).Trim())).Select(p => p.Span.Start).DefaultIfEmpty(text.Length).First();
        bool InScope(TextSpan span) => span.Start < articleEnd && scopes.Any(s => s.Contains(span) || (s.Start <= span.Start && span.Start < s.End)) && !excluded.Any(e => e.Contains(span));
        // Requirements, and lessons of earlier rounds at other units (从前六轮巡察整改情况看，主要存在……), are not this unit's problems.
        // A rule stated before its breach (政府采购有关规定要求，……应当公开招标；但……被拆分为4个小项目) states a problem, not a requirement.
        bool IsRequirementParagraph(TextSpan span) => (_cues.RequirementParagraph.IsMatch(span.Slice(text).Trim()) && !StatesBreach(span.Slice(text))) || _cues.GeneralLesson.IsMatch(span.Slice(text).Trim());

        var candidates = new List<(TextSpan Span, string Area, Origin Origin, int Group)>();
        var counted = new HashSet<TextSpan>(); // statements an announcement counted (……存在的五个方面问题。A。B。……)
        var items = new HashSet<TextSpan>(); // the numbered items' own statements (2a), not clauses of a paragraph
        var areaItems = new HashSet<TextSpan>(); // an area's paragraphs under the problems' heading
        var areaLeads = new HashSet<TextSpan>(); // an area's lead over its paragraphs of problems
        var turnedTo = new HashSet<TextSpan>(); // what a paragraph turns to after granting the unit its work (虽然……，但是……)
        // The parts that give the inspectors' verdict (一、总体评价) before a part of problems, read for the failings their praise turns to.
        var verdicts = roots.Count == 0 ? []
            : document.Structure.Sections.Where(s => AchievementsHeadingRegex().IsMatch(s.Heading.Trim().TrimEnd('。', '：', ':')) && s.Span.End <= roots.Min(r => r.Span.Start)).Select(s => s.Span).ToList();

        // 2‧. A problem stated with its manifestations (存在问题一：…作用发挥不充分 / 主要表现在：1.… 2.…): one problem,
        //     its heading and every manifestation; the numbered manifestations are not problems of their own.
        var manifested = Manifested(text, [.. paragraphs.Where(p => InScope(p.Span) && !IsRequirementParagraph(p.Span))], all);
        candidates.AddRange(manifested.Select(span => (span, "", Origin.Manifested, -2)));
        candidates.AddRange(reviewTable.Open.Select(span => (span, "", Origin.Manifested, -6)));

        // 2a. Numbered items with no sub-items.
        // The last item of a list holds what follows it to the part's end: a paragraph of requirements after it (针对上述
        // 问题，巡察组提出以下意见：一要……二要……) makes it no container of problems.
        // A numbered problem whose sub-items follow a line of cases (1．……不充分。 / 典型案例： / （1）…… （2）……) is one
        // problem: the cases are its evidence.
        var parentOf = all.SelectMany(p => p.Children.Select(c => (Child: c, Parent: p))).ToDictionary(x => x.Child, x => x.Parent);
        // Whether a section's sub-items follow a lead naming them the problems (……现象。主要问题有：（1）……).
        bool LedAsProblems(Section s) => !s.Children.IsDefaultOrEmpty && s.HeadingSpan.End <= s.Children[0].Span.Start
            && _cues.ProblemsLead.IsMatch(text.AsSpan(s.HeadingSpan.End, s.Children[0].Span.Start - s.HeadingSpan.End).Trim().TrimStart('。').ToString());
        var withCases = all.Where(s => !s.Children.IsDefaultOrEmpty && s.HeadingSpan.End <= s.Children[0].HeadingSpan.Start
            && paragraphs.LastOrDefault(p => p.Span.End <= s.Children[0].HeadingSpan.Start && p.Span.Start >= s.HeadingSpan.End) is { } lead
            && _cues.CasesLead.IsMatch(lead.Span.Slice(text).Trim())).ToHashSet();
        // So is a numbered problem stated as a particular failing whose detail counts its manifestations (二、学生实习管理不规范。
        // 一是……；二是……；三是……) in a list most of whose other items count none (2．服务实体经济不够有力。一是……；二是…… and
        // 4．…… among five): they are told whole, and so is it. (When half the items of the list or more count their own,
        // 一是…… are what each heading's area holds: its problems.)
        // Not one whose sub-items follow a lead naming them the problems (1．监督执纪存在宽松软现象。主要问题有：（1）……（2）……): they
        // are, each on its own, and the headline only sums them up.
        withCases.UnionWith(all.Where(s => !s.Style.IsInline() && !s.Children.IsDefaultOrEmpty && s.Children.All(c => c.Style.IsInline())
            && StatesParticularFailing(s.Heading)
            && !LedAsProblems(s)
            && (parentOf.TryGetValue(s, out var parent) ? parent.Children : document.Structure.Sections) is { Length: >= MinCountingSiblings } siblings
            && siblings.Count(x => !x.Children.IsDefaultOrEmpty) * 2 <= siblings.Length));
        // So is a problem whose sub-items follow the label of its manifestations (问题1：……政策有偏差 / 具体表现：（1）……（2）……):
        // they are its evidence, however each is worded.
        // Not an area's heading ((一)……方面 / 主要表现在：1.… 2.…): its manifestations are its problems.
        withCases.UnionWith(all.Where(s => !s.Children.IsDefaultOrEmpty && s.HeadingSpan.End <= s.Children[0].Span.Start
            && (s.Style == NumberingStyle.ProblemLabel || StatesParticularFailing(s.Heading))
            && text.AsSpan(s.HeadingSpan.End, s.Children[0].Span.Start - s.HeadingSpan.End).Trim().ToString() is { Length: > 0 and <= MaxManifestationLabel } between
            && _cues.ManifestationLead.IsMatch(between)));
        // So is a numbered item that states a particular failing as a whole sentence (1）国企改革任务推进迟缓。) over lines
        // numbered a level down ((1)……(2)……): those are its evidence, as a Word list's second level is its first's — unless
        // a lead names them the problems (主要问题有：).
        var evidenceLists = all.Where(s => !s.Children.IsDefaultOrEmpty && s.Style is NumberingStyle.ArabicDot or NumberingStyle.ChineseParenthesized or NumberingStyle.ChineseComma
            && s.Children.All(c => c.Style == NumberingStyle.ArabicParenthesized && c.Children.IsDefaultOrEmpty)
            && text.AsSpan(s.HeadingSpan.Start, s.HeadingSpan.Length).TrimEnd().EndsWith('。') && StatesParticularFailing(s.Heading) && !LedAsProblems(s)).ToHashSet();
        withCases.UnionWith(evidenceLists);

        // A line that introduces requirements (巡察组建议：) makes the numbered items after it requirements, though their
        // numbering goes on from the problems' (六、… 巡察组建议： 七、…).
        // So does an unnumbered heading line of requirements (巡察组的意见建议), written with no stop at its end.
        var requirementIntros = paragraphs.Where(p => p.Span.Length <= 20 && p.Span.Slice(text).TrimEnd() is var line && line.Length > 0
            && (line.EndsWith('：') || !CharacterClass.IsSentenceEnd(line[^1]))
            && (IsRequirementParagraph(p.Span) || _cues.RequirementHeading.IsMatch(line.Trim()))).Select(p => p.Span.Start).ToList();
        // A line of its own that names the problem list (附件1 巡察发现问题清单, after the requirements and the signature) ends
        // their reach: the items under it are the problems.
        var problemListLines = paragraphs.Where(p => p.Span.Length <= 20 && p.Span.Slice(text).Trim() is { Length: > 0 } line
            && !CharacterClass.IsSentenceEnd(line[^1]) && _cues.ProblemRootHeading.IsMatch(line)).Select(p => p.Span.Start).ToList();
        bool AfterRequirementIntro(int start) => requirementIntros.Any(i => i < start && !roots.Any(r => r.HeadingSpan.Start > i && r.HeadingSpan.Start < start)
            && !problemListLines.Any(l => l > i && l < start));
        // A numbered problem is one too when the only sub-items it holds are requirements after it: a paragraph of them
        // (……2．发展党员工作不够规范。…… / 针对上述问题，巡察组提出以下意见建议：一是……二是……), or numbered lines of their own
        // after a line that introduces them (六、……不彻底。…… / 针对上述问题，巡察组提出如下整改意见： / 1．…… 2．……).
        bool InRequirementParagraph(Section item) => (item.Style.IsInline()
            && ParagraphAt(paragraphs, item.HeadingSpan.Start) is var at && at >= 0
            && IsRequirementParagraph(paragraphs[at].Span)) || AfterRequirementIntro(item.HeadingSpan.Start);
        // Items in a paragraph that analyses the problems' causes (分析这些问题的根源，主要在于：一是……) are causes, not problems.
        // So are the items of the unit's answer to the feedback (……作表态发言。他表示，……一是照单全收抓整改，二是……): pledges.
        bool InCausesParagraph(Section item) => item.Style.IsInline() && ParagraphAt(paragraphs, item.HeadingSpan.Start) is var at && at >= 0
            && paragraphs[at].Span.Slice(text).TrimStart() is var opening && (_cues.CausesLead.IsMatch(opening) || _cues.PledgeLead.IsMatch(opening));
        var leaves = all.Where(s => (s.Children.IsDefaultOrEmpty || s.Children.All(c => c.Style == NumberingStyle.InlineYao || InRequirementParagraph(c) || InCausesParagraph(c)) || withCases.Contains(s))
            && !withCases.Any(w => w.Children.Contains(s)) && InScope(s.HeadingSpan) && !roots.Contains(s) && !unitParts.Any(p => p.Section == s)
            // An interview's question over its answer (问：……？ / 答：……) is read paragraph by paragraph (2b), not as an item.
            && !StructureParser.IsQuestion(s)
            // The part a review table stands in (一、上轮巡察反馈问题整改情况 / ……见下表。) states no problem of its own: the
            // table's rows judged not put right do.
            && !(!reviewTable.Rows.IsEmpty && s.Children.IsDefaultOrEmpty && _cues.ReviewPart.IsMatch(s.Heading.Trim()))).ToList();
        // Whether the paragraph at an index opens as the paragraphs beside it do: a run of three or more whose first two
        // characters and first clause's stop agree (对照……， / 对照……，).
        string Opening(int at) => at >= 0 && at < paragraphs.Count && paragraphs[at].Span.Slice(text).TrimStart() is { Length: > ParallelOpeningWidth } line
            && line.IndexOfAny(['，', ',']) is > ParallelOpeningWidth and <= MaxOpeningClause && !HeadingNumberRegex().IsMatch(line) ? line[..ParallelOpeningWidth] : "";
        // Whether the paragraph at an index is a part's heading line (三、围绕……发现的问题) alone.
        // Found once: the index of each paragraph whose line is a top-level heading and nothing more.
        var headingLines = all.Where(s => s.Level == 1 && !s.HeadingSpan.IsEmpty).Select(s => (Section: s, At: ParagraphAt(paragraphs, s.HeadingSpan.Start)))
            .Where(h => h.At >= 0 && paragraphs[h.At].Span.Contains(h.Section.HeadingSpan) && h.Section.HeadingSpan.Start - paragraphs[h.At].Span.Start <= MaxMarker
                && text.AsSpan(h.Section.HeadingSpan.End, paragraphs[h.At].Span.End - h.Section.HeadingSpan.End).IsWhiteSpace())
            .Select(h => h.At).ToHashSet();
        bool IsHeadingLine(int at) => headingLines.Contains(at);
        // Whether the paragraph at an index stands in a run of three or more that belong together by the same test; a part's
        // heading line between two of them (三、围绕……发现的问题) does not break the run.
        bool InRun(int at, Func<int, bool> belongs)
        {
            if (!belongs(at))
            {
                return false;
            }

            var (from, to, count) = (at, at, 1);
            while (belongs(from - 1) || (IsHeadingLine(from - 1) && belongs(from - 2)))
            {
                from = belongs(from - 1) ? from - 1 : from - 2;
                count++;
            }

            while (belongs(to + 1) || (IsHeadingLine(to + 1) && belongs(to + 2)))
            {
                to = belongs(to + 1) ? to + 1 : to + 2;
                count++;
            }

            return count >= MinParallelParagraphs;
        }

        bool ParallelOpening(int at) => (Opening(at) is { Length: > 0 } opening && InRun(at, i => Opening(i) == opening))
            // So do paragraphs that each open by citing the rule they measure against (《……条例》规定，……。局里……).
            || InRun(at, RuleCitedAt);

        // Each paragraph is tested once, however many runs ask about it.
        var ruleCited = new bool?[paragraphs.Count];
        bool RuleCitedAt(int i) => i >= 0 && i < paragraphs.Count && (ruleCited[i] ??= _cues.RuleCited.IsMatch(paragraphs[i].Span.Slice(text).TrimStart()));

        // Whether the paragraph at an index is one of a run of three or more labelled by their area (在贯彻落实……方面：…… /
        // 在村级“三资”管理方面：……): each is its area's problem, with its evidence.
        bool AreaLabelledRun(int at) => InRun(at, i => i >= 0 && i < paragraphs.Count && AreaLabelRegex().IsMatch(paragraphs[i].Span.Slice(text).TrimStart()));

        // Whether the paragraph at an index is one of a run of paragraphs each headed by a short headline sentence and told
        // in the sentences after it (医共体改革“形合神不合”。牵头医院……。 — a bold lead whose bold the text lost), or by a theme
        // label of a word or two (校办企业。学校对所属……): each paragraph is one problem, its headline and its evidence.
        // Not in a speech, whose paragraphs tell several failings after their first (首先是……。巡察组抽查……；有的……), nor after a
        // number, a quote or a word that orders the paragraphs (一是 / 首先 / 再说): those are read by their own rules.
        var written = document.Structure.Kind.Kind != RectifyNlp.Core.Structure.DocumentKind.FeedbackSpeech;
        var headlined = new bool?[paragraphs.Count];
        bool HeadlineRun(int at) => written && InRun(at, HeadlinedAt);
        bool HeadlinedAt(int i) => i >= 0 && i < paragraphs.Count && (headlined[i] ??= paragraphs[i].Span.Slice(text).Trim() is var body
            && body.IndexOf('。') is var stop && stop >= MinLabel && stop <= MaxHeadline && body[..stop].IndexOfAny(['，', ',', '；', '：', ':']) < 0
            && body.Length - stop > MinHeadline && HeadlineStartRegex().IsMatch(body));

        // A paragraph that opens by asking (村里的钱管住了吗？巡察发现，……): the question names its matter, the rest answers it.
        bool OpensWithQuestion(int at) => at >= 0 && at < paragraphs.Count && paragraphs[at].Span.Slice(text).TrimStart() is var line
            && line.IndexOfAny(['？', '?']) is > 0 and <= MaxOpeningClause and var mark && mark + 1 < line.Length && line[..mark].IndexOfAny(['。', '；', '！']) < 0;

        bool IsFieldLine(int at) => at >= 0 && at < paragraphs.Count && FieldLineRegex().IsMatch(paragraphs[at].Span.Slice(text).Trim());
        // Whether the paragraph before the one at an index is an item's heading line (问题2【村级财务】).
        bool UnderItemHeading(int at) => at > 0 && all.Any(s => !s.HeadingSpan.IsEmpty && paragraphs[at - 1].Span.Contains(s.HeadingSpan) && paragraphs[at - 1].Span.Slice(text).Trim().Length == s.HeadingSpan.Slice(text).Trim().Length);

        // A record: a run of field lines that holds a problem field and a short field beside it (涉及单位：集团本部), or under
        // its item's heading a field of what is asked (整改要求：清退……，对相关人员依规依纪处理) — not a run
        // of labelled paragraphs (政治建设：……。/ 作风建设：……。), each a problem of its own.
        bool IsRecordField(int at)
        {
            if (!IsFieldLine(at))
            {
                return false;
            }

            var (from, to) = (at, at);
            while (from > 0 && at - from < MaxRecordFields && IsFieldLine(from - 1))
            {
                from--;
            }

            while (to + 1 < paragraphs.Count && to - at < MaxRecordFields && IsFieldLine(to + 1))
            {
                to++;
            }

            var lines = Enumerable.Range(from, to - from + 1).Select(i => paragraphs[i].Span.Slice(text).Trim()).ToList();
            return lines.Count >= 2 && lines.Any(l => _cues.ProblemField.Match(l) is { Success: true, Index: 0 })
                && lines.Any(l => l.Length - l.IndexOfAny(['：', ':']) - 1 <= ShortFieldValue || (UnderItemHeading(from) && _cues.RequirementHeading.IsMatch(l[..l.IndexOfAny(['：', ':'])])));
        }
        // Per list of siblings and numbering style: how many items, and how many of them titled by a broad theme or an area.
        var runForms = new Dictionary<(Section? Owner, NumberingStyle Style), (int Items, int Broad)>();
        // Per list of siblings and numbering style: whether most of its items state a particular failing (read once, not for each item).
        var statingLists = new Dictionary<(Section? Owner, NumberingStyle Style), bool>();
        foreach (var leaf in leaves)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (AfterRequirementIntro(leaf.HeadingSpan.Start))
            {
                continue;
            }

            // 一要……二要…… enumerates requirements, and so does any run inside a paragraph of requirements (巡察组要求，一是……).
            var home = ParagraphAt(paragraphs, leaf.HeadingSpan.Start);
            // A record's problem field is read whole, as a paragraph (2b), whatever its ；.
            if (leaf.Style == NumberingStyle.InlineYao || InCausesParagraph(leaf) || (leaf.Style.IsInline() && home >= 0 && (IsRequirementParagraph(paragraphs[home].Span) || IsRecordField(home))))
            {
                continue;
            }

            var siblings = parentOf.TryGetValue(leaf, out var owner) ? owner.Children : document.Structure.Sections;
            var before = siblings.IndexOf(leaf) is var at && at > 0 ? siblings[at - 1] : null;
            var span = LeafSpan(document, leaf, before, paragraphs, IsRequirementParagraph);
            if (evidenceLists.Contains(leaf))
            {
                span = new TextSpan(leaf.HeadingSpan.Start, leaf.Children[^1].Span.End);
            }

            if (span.IsEmpty)
            {
                continue;
            }

            var parent = parentOf.GetValueOrDefault(leaf);
            var area = parent is null || roots.Contains(parent) ? "" : parent.Heading;
            var underRoot = roots.Any(r => r.Span.Contains(leaf.HeadingSpan));

            // An area stated as a failing whose problems follow its lead in sentences ((一)……不够有力，表现在：A……。B……。C……。):
            // each sentence is one, a sentence of evidence (其中……) with the one before. A problem's own label (存在问题一：……
            // 主要表现在：) makes what follows its evidence instead.
            if (leaf.Style != NumberingStyle.ProblemLabel && InlineManifestations(text, span, document.Structure.Sentences) is { Spans.Count: >= 2 } manifestations)
            {
                var stated = text[leaf.HeadingSpan.Start..manifestations.Lead].Trim().TrimEnd('，', ',', '：', ':');
                candidates.AddRange(manifestations.Spans.Select(c => (c, stated, underRoot ? Origin.Listed : Origin.Numbered, leaf.HeadingSpan.Start)));
                items.UnionWith(manifestations.Spans);
                continue;
            }

            // An item told as findings, each a failing then its manifestation in the same sentence (……存在重业务、轻党建的倾向，
            // 表现为……。与此同时，……不及时，表现为……。): each such sentence is one, the sentences without one going with it.
            if (leaf.Style != NumberingStyle.ProblemLabel && ManifestedSentences(text, leaf.HeadingSpan.End, leaf.Span.End, document.Structure.Sentences) is { Count: >= 2 } findings)
            {
                candidates.AddRange(findings.Select(c => (c, leaf.Heading.Trim().TrimEnd('。', '：', ':'), underRoot ? Origin.Listed : Origin.Numbered, leaf.HeadingSpan.Start)));
                items.UnionWith(findings);
                continue;
            }

            // A topic over a body that reports them as a cued list (一、听取巡察反馈意见 / ……同时指出，在……方面，存在A、B等问题；
            // 在……方面，存在C等问题。): the list's items are the problems, not the topic with its body.
            if (leaf.Style != NumberingStyle.ProblemLabel && IsTitleLine(leaf.Heading.Trim()) && !_cues.Failing.IsMatch(leaf.Heading) && !underRoot
                && !AreaOnlyRegex().IsMatch(leaf.Heading.Trim())
                && CuedInBody(text, paragraphs, leaf, document.Structure.Sentences) is { Count: >= 2 } cued)
            {
                candidates.AddRange(cued.Select(c => (c.Span, "", c.Origin, leaf.HeadingSpan.Start)));
                items.UnionWith(cued.Select(c => c.Span));
                continue;
            }

            // (A list's items are read alike: a title whose words name no failing we know — 火情监测预警系统运行不正常 — among
            // siblings most of which state a particular failing is one too, unless it names a broad theme or an area.)
            // A title over a body that lists its problems (（二）党的建设缺失 / 具体表现在：A；B；C。, or 一方面，A。另一方面，B。):
            // the title names their area, each listed clause is one.
            // A title that is itself a particular failing ((一)老旧小区改造项目监管不到位 / 具体表现：A；B。) is one problem, its
            // manifestations the evidence; only a broad theme (党的建设缺失 / 全面从严治党不力) is an area over them.
            // Manifestations that are instances each (有的乡镇……；有的村……) stay problems of their own under any title; so do the two
            // sides of a matter ((一)履行执法主责还有差距。一方面，A……。另一方面，B……。).
            if (leaf.Style != NumberingStyle.ProblemLabel && IsTitleLine(leaf.Heading.Trim())
                && ListedUnderTitle(text, leaf.HeadingSpan.End, span.End, document.Structure.Sentences) is { Count: >= 2 } listed
                && (!(StatesParticularFailing(leaf.Heading) || AmongStatedFailings(leaf, siblings, statingLists, owner)) || listed.TrueForAll(c => InstanceRegex().IsMatch(c.Slice(text).TrimStart()))
                    || listed.TrueForAll(c => OneSideRegex().IsMatch(c.Slice(text).TrimStart()))))
            {
                candidates.AddRange(listed.Select(c => (c, leaf.Heading.Trim(), underRoot ? Origin.Listed : Origin.Numbered, leaf.HeadingSpan.Start)));
                items.UnionWith(listed);
                continue;
            }

            // An area whose problems run on in its paragraph, one a ；-clause ((一)……方面。A……；B……；C……。): each clause is one;
            // so is each part of one sentence that lists failings by 、, each ending in its own (A的系统性不够、B的针对性不足、C不到位。).
            var isArea = AreaOnlyRegex().IsMatch(leaf.Heading.Trim());

            // So does a title that states a broad theme's failing on the same line as its clauses ((一)落实全面从严治党责任不够有力。
            // A……；B……；C……。): a theme is an area over them, as it is over a listed body; a particular failing keeps its clauses
            // as evidence.
            // Not an item numbered under an area of its own ((二)全面从严治党方面 / 3．落实主体责任不到位。A……；B……。): the area
            // groups, the item is one problem however broadly it is titled, and its clauses are its evidence.
            var underArea = parent is not null && AreaOnlyRegex().IsMatch(parent.Heading.Trim());
            // Nor one broad title among siblings that each state a particular failing (第一，履行公共文化服务职能不到位。A；B。
            // 第二，藏品管理存在明显漏洞。……, none another theme or area): the run names one problem an item, and so does it.
            // (Its sentences may still each state a failing of their own, below: then they are problems as an area's are.)
            // The run's form is read once per list of siblings, not again for each of its items.
            var broadArea = !isArea && !underArea && _cues.Failing.IsMatch(leaf.Heading) && !StatesParticularFailing(leaf.Heading);
            var loneBroad = false;
            if (broadArea)
            {
                if (!runForms.TryGetValue((owner, leaf.Style), out var form))
                {
                    var numbered = siblings.Where(s => s.Style == leaf.Style).ToList();
                    form = (numbered.Count, numbered.Count(s => AreaOnlyRegex().IsMatch(s.Heading.Trim()) || (_cues.Failing.IsMatch(s.Heading) && !StatesParticularFailing(s.Heading))));
                    runForms[(owner, leaf.Style)] = form;
                }

                loneBroad = form.Items >= MinSiblingsForForm && form.Broad == 1; // the leaf itself is the one broad title
            }

            var semicolonClauses = isArea || (broadArea && !loneBroad) ? AreaClauses(text, leaf.HeadingSpan.End, span.End) : [];
            // Or its sentences, when each after the first opens by naming a failing of its own (第二，全面从严治党责任落实层层递减。
            // A……督促不够，……。B……偏软，……。), as an area's are.
            if (broadArea && semicolonClauses.Count < 2 && home >= 0
                && new TextSpan(leaf.HeadingSpan.End, Math.Min(span.End, paragraphs[home].Span.End)) is { Length: > 0 } told
                && RunOnProblems(text, told, document.Structure.Sentences) is { Count: >= 2 } runOnTold)
            {
                semicolonClauses = runOnTold;
            }

            if ((semicolonClauses.Count >= 2 ? semicolonClauses : isArea ? FailingParts(text, leaf.HeadingSpan.End, span.End) : []) is { Count: >= 2 } areaClauses)
            {
                candidates.AddRange(areaClauses.Select(c => (c, leaf.Heading.Trim().TrimEnd('。', '：', ':'), underRoot ? Origin.Listed : Origin.Numbered, leaf.HeadingSpan.Start)));
                if (areaClauses != semicolonClauses)
                {
                    items.UnionWith(areaClauses); // each part states its failing: a problem whatever its words suggest
                }

                continue;
            }

            // An area whose problems are its paragraphs ((一)……方面 / A……。如：…… / B……。如：……): each paragraph is one,
            // a paragraph of detail alone (如：……) going with the one before.
            // Not when the area's own paragraph goes on with its problem ((三)党的建设方面。机关党建……问题突出，……): the paragraphs
            // after it are the feedback's causes and requirements, not the area's.
            var bodyStart = leaf.HeadingSpan.End;
            while (bodyStart < span.End && (text[bodyStart] is '。' or '：' or ':' or '.' || text[bodyStart] is ' ' or '\t' or '　'))
            {
                bodyStart++;
            }

            var bodyEnd = home >= 0 ? Math.Min(span.End, paragraphs[home].Span.End) : bodyStart;
            var inlineBody = isArea && bodyEnd - bodyStart >= MinStatedFailing && StatesFailing(text, new TextSpan(bodyStart, bodyEnd)) ? new TextSpan(bodyStart, bodyEnd) : default;
            if (AreaOnlyRegex().IsMatch(leaf.Heading.Trim()) && inlineBody.IsEmpty && AreaParagraphs(text, paragraphs, leaf.HeadingSpan.End, leaf.Span.End) is { Count: >= 2 } areaParagraphs)
            {
                candidates.AddRange(areaParagraphs.Select(c => (c, leaf.Heading.Trim().TrimEnd('。', '：', ':'), underRoot ? Origin.Listed : Origin.Numbered, leaf.HeadingSpan.Start)));
                // The lead that sums them up is read no further.
                areaLeads.UnionWith(paragraphs.Where(p => p.Span.Start >= leaf.HeadingSpan.End && p.Span.End <= leaf.Span.End && !areaParagraphs.Any(a => a.Contains(p.Span))).Select(p => p.Span));
                foreach (var c in areaParagraphs)
                {
                    items.Add(c);
                    if (underRoot)
                    {
                        areaItems.Add(c);
                    }
                }

                continue;
            }

            // An area whose problems run on in its one paragraph, each opening a sentence by naming its failing or by adding
            // another ((一)……方面 / A……不强，……。同时，B……不充分，……。C……不够严格，……；……。): each such sentence opens one,
            // the sentences after it its evidence.
            // So does one that runs on after the area's name in its heading's paragraph ((一)在……方面。A……。B……。).
            if (isArea && (inlineBody.IsEmpty
                    ? paragraphs.Where(p => p.Span.Start >= leaf.HeadingSpan.End && p.Span.End <= leaf.Span.End && !p.Span.Slice(text).IsWhiteSpace()).ToList() is [var only] ? only.Span : default
                    : inlineBody) is { IsEmpty: false } body
                && RunOnProblems(text, body, document.Structure.Sentences) is { Count: >= 2 } runOn)
            {
                candidates.AddRange(runOn.Select(c => (c, leaf.Heading.Trim().TrimEnd('。', '：', ':'), underRoot ? Origin.Listed : Origin.Numbered, leaf.HeadingSpan.Start)));
                items.UnionWith(runOn);
                continue;
            }

            // Items of one list form a group: the parent's items, or the top level's items of one numbering style.
            // A ；-item that is the one child of an inline item and holds all its text (一是A……；二是B……, each 是-item read with its
            // clause beneath it) is that item: its list is the inline items'.
            var group = parent is null ? -1 - (int)leaf.Style
                : parent.Children.Length == 1 && parent.Style.IsInline() && leaf.Style == NumberingStyle.SemicolonItem
                    ? (parentOf.GetValueOrDefault(parent) is { } above ? above.HeadingSpan.Start : -1 - (int)parent.Style)
                : parent.HeadingSpan.Start;
            // An area whose one problem runs on in its paragraph ((三)党的建设方面。机关党建与业务“两张皮”问题突出，……): the problem
            // is what follows the area's name, stated as any item is.
            if (!inlineBody.IsEmpty)
            {
                span = inlineBody;
                areaItems.Add(span);
            }

            // Read alone, an inline item that names its area first (一是在防范经营风险方面，A清理不彻底，B规模偏大，C有所扩大) is
            // that area's paragraph told in one clause: as many problems as the headline failings its commas join, as an area
            // paragraph's statement is. An item without the area's name (一是A不到位，B不规范) is one failing with its evidence.
            // (The structure may have read the area's name off already: 一是在……方面，| A，B.)
            if (_failingByFailing && leaf.Style is NumberingStyle.InlineShi or NumberingStyle.SemicolonItem
                && (InlineShiRegex().Match(text, span.Start, span.Length) is { Success: true } ordinal ? new TextSpan(ordinal.Index + ordinal.Length, span.End) : span) is var statement
                && (_cues.AreaOpening.IsMatch(statement.Slice(text).TrimStart()) || AreaReadOffRegex().IsMatch(text.AsSpan(Math.Max(0, span.Start - MaxAreaReadOff), Math.Min(span.Start, MaxAreaReadOff))))
                && (statement.Slice(text).Length - statement.Slice(text).TrimStart().Length is var pad ? new TextSpan(statement.Start + pad, statement.End) : statement) is var named
                && HeadlineFailings(text, named) is { Count: >= 2 } areaFailings)
            {
                candidates.AddRange(areaFailings.Select(c => (c, area, underRoot ? Origin.Listed : Origin.Numbered, group)));
                items.UnionWith(areaFailings);
                continue;
            }

            // A ；-item that says whose failings it lists (对A党组反馈指出，存在X、Y、Z等问题；对B……) is as many problems.
            if (leaf.Style == NumberingStyle.SemicolonItem && (CuedEnumeration(text, span) is { Count: >= 2 } cuedItems ? cuedItems : _failingByFailing ? EnumeratedFailings(text, span) : []) is { Count: >= 2 } enumerated)
            {
                candidates.AddRange(enumerated.Select(c => (c, area, underRoot ? Origin.Listed : Origin.Numbered, group)));
                items.UnionWith(enumerated);
                continue;
            }

            // An inline item of a written feedback that runs failings on by ；in its one sentence (一是A有差距，B……悬空，……；C不够健全，
            // ……。), each clause opening on a failing of its own, states one problem a clause; a clause giving an instance of the
            // one before (有的……) is its evidence.
            if (written && leaf.Style is NumberingStyle.InlineShi
                && SemicolonFailings(text, InlineShiRegex().Match(text, span.Start, span.Length) is { Success: true } shi ? new TextSpan(shi.Index + shi.Length, span.End) : span) is { Count: >= 2 } shiClauses
                && shiClauses.TrueForAll(c => OpensOnFailing(text, c)))
            {
                candidates.AddRange(shiClauses.Select(c => (c, area, underRoot ? Origin.Listed : Origin.Numbered, group)));
                items.UnionWith(shiClauses);
                continue;
            }

            // A numbered item stated with its evidence that turns to another matter in a sentence of its own (3．A……，……。另外，
            // B……。 / 5．C……。此外，D……): as many problems as matters. Under a title line the title covers what 另外 adds about
            // its matter (see AnotherMatter).
            if (AnotherMatter(text, span, document.Structure.Sentences, IsTitleLine(leaf.Heading.Trim().TrimEnd('。')) ? leaf.Heading.Trim().TrimEnd('。') : null) is { Count: >= 2 } matters)
            {
                candidates.AddRange(matters.Select(c => (c, area, underRoot ? Origin.Listed : Origin.Numbered, group)));
                items.UnionWith(matters);
                continue;
            }

            candidates.Add((span, area, underRoot ? Origin.Listed : Origin.Numbered, group));
            items.Add(span);
        }

        // 2a'. A follow-up's review of the last round's problems (一、上轮巡察反馈问题整改情况 （一）“……”问题，整改不到位。……):
        //      the items judged not rectified are problems again; those judged done are not.
        if (roots.Count > 0)
        {
            foreach (var review in all.Where(s => !s.Children.IsDefaultOrEmpty && _cues.ReviewPart.IsMatch(s.Heading.Trim()) && !roots.Contains(s) && !excluded.Any(e => e.Contains(s.Span))))
            {
                foreach (var item in review.Children.Where(c => c.Children.IsDefaultOrEmpty))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var at = review.Children.IndexOf(item);
                    var span = LeafSpan(document, item, at > 0 ? review.Children[at - 1] : null, paragraphs, IsRequirementParagraph);
                    if (!span.IsEmpty && _cues.NotRectified.IsMatch(span.Slice(text)) && !candidates.Exists(c => c.Span == span))
                    {
                        candidates.Add((span, "", Origin.Listed, review.HeadingSpan.Start));
                        items.Add(span);
                    }
                }
            }
        }

        // 2b. Paragraphs without numbered items: cued lists, and prose inside a part headed as problems.
        var headed = all.Where(s => !roots.Contains(s)).Select(s => s.HeadingSpan).ToList();
        var paragraphStarts = paragraphs.Select(p => p.Span.Slice(text) is var body ? p.Span.Start + body.Length - body.TrimStart().Length : 0).ToHashSet();
        var outlined = all.Where(s => !roots.Contains(s) && (!s.Style.IsInline() || paragraphStarts.Contains(s.Span.Start))).Select(s => s.HeadingSpan).ToList();
        // In order of their starts, found per paragraph by a binary search rather than a scan of them all.
        var inlineItems = all.Where(s => s.Style is NumberingStyle.InlineShi or NumberingStyle.InlineOrdinal or NumberingStyle.InlineSequence && !roots.Contains(s))
            .OrderBy(s => s.Span.Start).ToList();
        var inlineStarts = inlineItems.Select(s => s.Span.Start).ToArray();
        // A speech's problems: the paragraphs after one that announces them and ends with it (……也存在一些不容忽视的
        // 问题。), up to the summing-up or the requirements.
        var announced = false;
        bool? asked = null; // in an interview, whether the last question asked what was found wrong
        var lineItems = LineLists.Find(text, paragraphs).SelectMany(l => l.Items.Select(i => (Item: i, l.Lead))).ToDictionary(x => x.Item, x => x.Lead);
        // The paragraphs that open by naming an area in turn (先说……。 / 再说……。 / 第三个方面是……。), with where their statement begins.
        var sequenced = new Dictionary<int, int>();
        for (var index = 0; index < paragraphs.Count; index++)
        {
            if (InScope(paragraphs[index].Span) && SequencedAreaRegex().Match(text, paragraphs[index].Span.Start, paragraphs[index].Span.Length) is { Success: true } opening)
            {
                sequenced[index] = opening.Index + opening.Length;
            }
        }

        // Paragraphs that each open on what the inspection group found (巡察组指出，A……。 / 巡察组还指出，B……。 / 关于经费，巡察组
        // 反映，C……。), three or more in a row: the findings a paragraph each, whatever the speaker says between them.
        var findingRun = new HashSet<int>();
        for (int index = 0, run = 0; index <= paragraphs.Count; index++)
        {
            if (index < paragraphs.Count && InScope(paragraphs[index].Span) && _cues.FindingParagraph.IsMatch(paragraphs[index].Span.Slice(text).TrimStart()))
            {
                run++;
                continue;
            }

            if (run >= MinFindingRun)
            {
                findingRun.UnionWith(Enumerable.Range(index - run, run));
            }

            run = 0;
        }

        // A speech with no heading, list or announcement of its problems that turns from its praise to them in a paragraph of
        // their own (……这一点大家有目共睹。 / 可是，督导督导，督的是什么？…… / 再说评估打分。…… / 兼职督学的聘用管理也有问题。……)
        // and then sets its requirements (对整改，我提三点要求：……): the paragraphs from the turn to the requirements, three or
        // more, are its problems a paragraph each.
        var bodyRun = new HashSet<int>();
        if (roots.Count == 0 && outlined.Count == 0 && findingRun.Count == 0 && sequenced.Count < MinSequencedAreas
            && !paragraphs.Exists(p => InScope(p.Span) && (AnnouncesAlone(text, p.Span) || EndsByAnnouncing(text, p.Span)))
            && paragraphs.FindIndex(p => InScope(p.Span) && _cues.ContrastTurn.IsMatch(p.Span.Slice(text).TrimStart())) is >= 1 and var turnAt
            && paragraphs.FindIndex(turnAt + 1, p => document.Structure.Sentences.Any(x => p.Span.Contains(x) && _cues.RequirementParagraph.IsMatch(x.Slice(text).Trim()))) is > 0 and var askedAt
            && OpensByAnnouncing(text, paragraphs[turnAt].Span, document.Structure.Sentences) == 0
            && askedAt - turnAt >= MinBodyRun && Enumerable.Range(turnAt, askedAt - turnAt).All(k => InScope(paragraphs[k].Span)
                && paragraphs[k].Span.Slice(text).Trim() is var said && !IsRequirementParagraph(paragraphs[k].Span) && !_cues.SummingUp.IsMatch(said) && !_cues.ClueTransfer.IsMatch(said)))
        {
            bodyRun.UnionWith(Enumerable.Range(turnAt, askedAt - turnAt));
            // A turn that is a paragraph of its own, a short sentence naming the problems only (但问题，也摆在那里。 / 不过，问题也
            // 不少。), opens the run and raises none.
            if (paragraphs[turnAt].Span.Slice(text).Trim() is var bare && bare.TrimEnd('。', '！', '.').IndexOfAny(['。', '！', '？', '；']) < 0
                && (bare.Length <= MaxBareTurn || !(_cues.Failing.IsMatch(bare) || _cues.ViolationNamed.IsMatch(bare))))
            {
                bodyRun.Remove(turnAt);
            }
        }

        // Paragraphs that open by naming a unit (峇岗镇岜嶙村：……), with where their failings begin.
        var unitLabelled = Enumerable.Range(0, paragraphs.Count).Where(i => InScope(paragraphs[i].Span))
            .Select(i => (At: i, Label: UnitLabelRegex().Match(text, paragraphs[i].Span.Start, paragraphs[i].Span.Length)))
            .Where(x => x.Label.Success).ToDictionary(x => x.At, x => x.Label.Index + x.Label.Length);

        // Label lines of their own that state a failing (资金拨付滞后：), each over the paragraph that tells it.
        var labelLines = Enumerable.Range(0, Math.Max(0, paragraphs.Count - 1)).Where(i => InScope(paragraphs[i].Span) && paragraphs[i].Span.Slice(text).Trim() is { Length: >= MinLabel and <= MaxLabelLine } line
            && line[^1] is '：' or ':' && line.AsSpan(0, line.Length - 1).IndexOfAny(ClauseStops) < 0 && line.IndexOfAny(['：', ':']) == line.Length - 1
            && _cues.Failing.IsMatch(line) && paragraphs[i + 1].Span.Slice(text).Trim().Length > line.Length).ToHashSet();

        for (var index = 0; index < paragraphs.Count; index++)
        {
            var paragraph = paragraphs[index];
            cancellationToken.ThrowIfCancellationRequested();
            var span = paragraph.Span;
            if (areaLeads.Contains(span))
            {
                continue;
            }

            // An interview (记者：……？ / 聂海宁：……): a question raises nothing; one that asks what was found wrong makes the
            // answers after it statements of problems, up to a question on something else (问题线索, 整改要求) — a question
            // that only narrows the subject (资金使用方面呢？) goes on with them.
            if (roots.Count == 0 && IsQuestion(text, span))
            {
                var question = span.Slice(text).Trim();
                asked = !_cues.QuestionElsewhere.IsMatch(question) && (_cues.QuestionOfProblems.IsMatch(question) || asked == true);
                continue;
            }

            if (asked is { } onProblems)
            {
                announced = onProblems;
                if (IsQuestion(text, paragraphs[index - 1].Span) && SpeakerLabelRegex().Match(text, span.Start, span.Length) is { Success: true } speaker)
                {
                    span = new TextSpan(speaker.Index + speaker.Length, span.End);
                }
            }
            if (IsRequirementParagraph(span) || _cues.ProblemIntro.IsMatch(span.Slice(text).Trim()) && announced)
            {
                announced = false;
            }

            // A heading ends a speech's run of problems: what follows is numbered, or another part — and so do items that open
            // their paragraphs (一是……。 / 二是……。). Items counted inside a paragraph's prose (再说查阅资料发现的问题。一是……二是……)
            // are that paragraph's, and the run goes on after it.
            if (outlined.Any(h => span.Contains(h) || h.Contains(span)) || _cues.SummingUp.IsMatch(span.Slice(text).TrimStart()))
            {
                announced = false;
            }

            // A paragraph that holds a run of items (……存在A、B等问题；在……方面，一是C，二是D；在……方面，存在E等问题。):
            // the run gives its items (2a); the text before and after it is read as a paragraph of its own.
            var runs = ItemsIn(inlineItems, inlineStarts, span);
            if (runs.Count > 0 && runs.Count == headed.Count(h => span.Contains(h)) && InScope(span) && !IsRequirementParagraph(span) && !AfterRequirementIntro(span.Start))
            {
                var inRun = roots.Any(r => r.Span.Contains(span));
                foreach (var outside in new[] { new TextSpan(span.Start, runs.Min(r => r.Span.Start)), new TextSpan(runs.Max(r => r.Span.End), span.End) }.Where(o => o.Length >= MinOutsideRun))
                {
                    foreach (var (clause, origin) in Clauses(text, outside, document.Structure.Sentences, inRun).Where(c => c.Origin != Origin.Prose && outside.Contains(c.Span)))
                    {
                        candidates.Add((clause, "", origin, outside.Start));
                    }
                }

                // So is a finding told after the run (……三是C……。此外，基层党建方面，D……辣味不足，……), when no list there gave it.
                if (FindingAfterItems(text, span, inlineItems, inlineStarts, document.Structure.Sentences) is { IsEmpty: false } afterRun
                    && !candidates.Exists(c => c.Span.Start < afterRun.End && afterRun.Start < c.Span.End))
                {
                    candidates.Add((afterRun, "", Origin.Listed, span.Start));
                    turnedTo.Add(afterRun);
                }

                continue;
            }

            // A record of fields (问题编号：JF-01 / 问题类型：… / 具体问题：… / 涉及单位：…): its problem field is one problem,
            // whatever its ；, and its other fields none.
            if (InScope(span) && IsRecordField(index))
            {
                if (_cues.ProblemField.Match(text, span.Start, span.Length) is { Success: true } field && span.Slice(text).Trim().StartsWith(field.Value, StringComparison.Ordinal))
                {
                    candidates.Add((new TextSpan(field.Index + field.Length, span.End), "", Origin.Manifested, -4));
                    manifested.Add(new TextSpan(field.Index + field.Length, span.End));
                }

                continue;
            }

            // A feedback whose problems stand in a part of their own may still state one in its verdict before them (一、总体评价
            // ……做了大量工作。但……项目推进迟缓，原定……仍未完成……): what a paragraph there turns to after its praise is a failing the
            // unit must answer, read as a news item's paragraph is.
            // Only a failing in words (推进迟缓 / 执行不到位): a debt owed in general (还有不少欠账，有的问题还比较突出) announces the part
            // of problems.
            if (verdicts.Exists(v => v.Contains(span)) && !IsRequirementParagraph(span) && TurnToFailings(text, span, document.Structure.Sentences) is { Count: > 0 } granted
                && _cues.Failing.IsMatch(FirstClause(granted[0].Slice(text))))
            {
                candidates.AddRange(granted.Select(clause => (clause, "", Origin.Listed, span.Start)));
                turnedTo.UnionWith(granted);
                continue;
            }

            // A finding told after the last of a paragraph's inline items (一是……；……四是……较多。此外，巡视还发现，A……。): one more
            // problem, though the items' paragraph is read by its items.
            if (InScope(span) && !IsRequirementParagraph(span) && FindingAfterItems(text, span, inlineItems, inlineStarts, document.Structure.Sentences) is { IsEmpty: false } after)
            {
                candidates.Add((after, "", Origin.Listed, span.Start));
                // It names a failing, however a speaker's comment after it reads (……辣味不足，这个问题也要认真对待).
                turnedTo.Add(after);
            }

            if (!InScope(span) || headed.Any(h => span.Contains(h) || h.Contains(span)) || IsRequirementParagraph(span) || roots.Any(r => r.HeadingSpan.Start >= span.Start && r.HeadingSpan.Start < span.End)
                || _cues.SignatureLine.IsMatch(span.Slice(text).Trim()) || _cues.SummingUp.IsMatch(span.Slice(text).TrimStart()))
            {
                continue;
            }

            // A list written a short line an item after a lead that announces problems (巡察组指出……还有差距： / A有落差 /
            // B存在盲区): one problem a line.
            if (lineItems.TryGetValue(index, out var listLead))
            {
                if (EndsByAnnouncing(text, paragraphs[listLead].Span))
                {
                    candidates.Add((span, "", Origin.Listed, paragraphs[listLead].Span.Start));
                }

                continue;
            }

            // A run of bulleted lines (— / ● / •) lists one problem a line — unless they are a numbered item's detail.
            if (IsBulleted(text, span) && items.Any(i => i.Contains(new TextSpan(span.Start, Math.Max(span.Start, span.End - 1)))))
            {
                continue;
            }

            if (IsBulleted(text, span) && (IsBulletedAt(paragraphs, text, index - 1) || IsBulletedAt(paragraphs, text, index + 1)))
            {
                if (!AfterRequirementIntro(span.Start))
                {
                    var start = PastBullets(text, span);

                    // A bullet that gives an example of the one above (◦ 比如，…… / ◦ 再如，…… under • ……把关不严。) is its evidence.
                    if (!_cues.ExampleBullet.IsMatch(text, start))
                    {
                        candidates.Add((new TextSpan(start, span.End), "", Origin.Listed, -3));
                    }
                }

                continue;
            }

            // A speech that takes its areas in turn, a paragraph each (先说全民健身。…… / 再说场馆经营。…… / 第三个方面是赛事经费。……),
            // three or more, however it announced them (or did not): each raises the problem its paragraph states after the name.
            if (roots.Count == 0 && !announced && sequenced.Count >= MinSequencedAreas && sequenced.TryGetValue(index, out var named) && span.End - named >= MinSequencedProblem)
            {
                candidates.Add((new TextSpan(named, span.End), "", Origin.Listed, SpeechAreaGroup));
                continue;
            }

            if (roots.Count == 0 && (findingRun.Contains(index) || bodyRun.Contains(index)))
            {
                // A finding told in one sentence of ；-clauses that each open on a failing of their own (……反馈指出，该局党组A有差距，……；
                // B不严格，……；C存在短板，……。 — one unit of a round's news a paragraph) is as many problems.
                if (findingRun.Contains(index) && span.Slice(text).Trim().TrimEnd('。').IndexOf('。') < 0 && SplitAt(text, span, '；', ';').Select(c => c.Slice(text).Trim().TrimEnd('。')).ToList() is { Count: >= 2 } said
                    && said.TrueForAll(c => FirstClause(c) is var head && head.Length >= MinStatedFailing && _cues.Failing.IsMatch(head)))
                {
                    candidates.AddRange(SplitAt(text, span, '；', ';').Select(c => (c, "", Origin.Listed, FindingRunGroup)));
                    continue;
                }

                // A paragraph that counts its matters off in sentences (……也有几件。一件是A……。再一件是B……。还有一件，C……。) is as
                // many problems, from the first; what comes before it introduces them.
                if (CountedOff(text, span, document.Structure.Sentences) is { Count: >= 2 } matters)
                {
                    candidates.AddRange(matters.Select(c => (c, "", Origin.Listed, FindingRunGroup)));
                    continue;
                }

                candidates.Add((span, "", Origin.Listed, FindingRunGroup));
                continue;
            }

            // A paragraph that turns to one more finding (另外，……问题，社区至今没有整改到位) after one that opens with what the
            // inspectors found goes on with their findings.
            var inRoot = roots.Any(r => r.Span.Contains(span))
                || (index > 0 && _cues.FoundLead.IsMatch(paragraphs[index - 1].Span.Slice(text).TrimStart()) && _cues.Turn.IsMatch(span.Slice(text).TrimStart()));
            // The lead of a part of problems, before its numbered items (巡察也发现，……作用发挥不充分，……的问题还不同程度存在。):
            // it sums them up; the items are the problems.
            if (roots.Find(r => r.Span.Contains(span)) is { } root && root.Children.Where(c => !c.Style.IsInline()).ToList() is { Count: >= 2 } numbered
                && span.End <= numbered[0].Span.Start)
            {
                continue;
            }
            // Asked below only with no part headed as problems, or inside one: read once.
            var endsByAnnouncing = (roots.Count == 0 || inRoot) && EndsByAnnouncing(text, span);
            // A paragraph of a news item that weighs one area (关于党的领导。……水平有所提升。但……研究不深；……不一致。巡察组要求……):
            // after its praise, the sentences from the turn (但 / 不过) that name failings are its problems, up to what is asked
            // of the unit.
            if (roots.Count == 0 && !inRoot && !announced && !endsByAnnouncing && TurnToFailings(text, span, document.Structure.Sentences) is { Count: > 0 } turned)
            {
                candidates.AddRange(turned.Select(clause => (clause, "", Origin.Listed, span.Start)));
                turnedTo.UnionWith(turned);
                continue;
            }

            // A speech's paragraph on one area (从落实……责任看，…… / 在……上，大的面上……，但……仍有…… / 但从巡察掌握的情况看，……):
            // its problem is what it says from its first failing on, with the evidence after it.
            // Its problems may run on as ；-clauses of one sentence (在纪律建设方面，A……；有的B……；C……。), each one, as under an
            // area's heading.
            if (roots.Count == 0 && !inRoot && !announced && !endsByAnnouncing && AreaFailing(text, span, document.Structure.Sentences) is { } area)
            {
                // The paragraph may go on to another area (……。在执法权力运行上，B……。): read from there as one more.
                for (TextSpan? next = area; next is { } found; next = found.End < span.End ? AreaFailing(text, new TextSpan(found.End, span.End), document.Structure.Sentences) : null)
                {
                    var areaClauses = AreaClauses(text, found.Start, found.End);
                    candidates.AddRange((areaClauses.Count >= 2 ? areaClauses : [found]).Select(c => (c, "", Origin.Listed, SpeechAreaGroup)));
                }

                continue;
            }

            if (roots.Count == 0 && endsByAnnouncing)
            {
                announced = true;
                continue;
            }

            // Inside a part headed as problems too, a paragraph that ends by announcing them (……归纳起来主要有六个方面的问题：)
            // is their preamble: how the group worked, what it praised.
            if (inRoot && endsByAnnouncing)
            {
                continue;
            }

            // A paragraph that opens by announcing problems (但也要清醒看到，巡察发现的一些问题具有一定普遍性。在……上，有的……)
            // states them in the sentences after its first (and the paragraphs after it are read as before).
            var announcedHere = announced;
            int? countedHere = null;
            if (roots.Count == 0 && OpensByAnnouncing(text, span, document.Structure.Sentences) is > 0 and var cut)
            {
                announcedHere = true;
                // A count whose problems are told by ordinals (这个方面有三个问题。头一个，……) runs on into the paragraphs after
                // (第二个问题，……): it does not split this one by sentences.
                countedHere = OrdinalLeadRegex().IsMatch(text.AsSpan(cut, span.End - cut).TrimStart()) ? null : AnnouncedCount(text[span.Start..cut]);
                span = new TextSpan(cut, span.End);
            }
            else if (!inRoot && FindingsFrom(text, span, document.Structure.Sentences) is > 0 and var from)
            {
                // A news paragraph that turns from praise to what was found (……取得的成绩。随后，巡察组直奔问题。巡察发现，A；B。):
                // read from the finding on.
                span = new TextSpan(from, span.End);
            }

            // Paragraphs of a part of problems that open alike (对照……，A不到位。…… / 对照……，B不严。……) or each by its headline
            // (组织建设。基层党组织建设存在弱项。……；……；……), three or more in a row, are a list one paragraph an item: each is one
            // problem with its evidence, unless a sentence inside turns to another.
            // Paragraphs each labelled by the unit whose failings they list (峇岗镇岜嶙村：A……；B……。), two or more of them in a part
            // of problems or after an announcement: each ；-clause is one problem, whoever's it is.
            if ((inRoot || announcedHere) && unitLabelled.Count >= 2 && unitLabelled.TryGetValue(index, out var labelEnd))
            {
                candidates.AddRange(SplitAt(text, new TextSpan(labelEnd, span.End), '；', ';').Select(c => (c, "", Origin.Listed, span.Start)));
                continue;
            }

            // Paragraphs each under a label line of its own (【资金拨付滞后】, read as 资金拨付滞后：), two or more of them: the
            // label names the problem, the paragraph tells it.
            if ((inRoot || announcedHere) && labelLines.Count >= 2 && labelLines.Contains(index - 1))
            {
                candidates.Add((new TextSpan(paragraphs[index - 1].Span.Start, span.End), "", Origin.Listed, -5));
                continue;
            }

            if ((inRoot || announcedHere) && (AreaLabelledRun(index) || (announcedHere && HeadlineRun(index))))
            {
                // A paragraph headed by its area's name (全面从严治党方面。A……。B……，……。) is that area told as a heading's body is:
                // each sentence that opens on a failing of its own is one problem, the sentences after it its evidence. A theme's
                // label (财务管理。……) heads one problem.
                if (AreaSentenceRegex().Match(text, span.Start, span.Length) is { Success: true } areaLabel
                    && RunOnProblems(text, new TextSpan(areaLabel.Index + areaLabel.Length, span.End), document.Structure.Sentences) is { Count: >= 2 } areaFailings)
                {
                    candidates.AddRange(areaFailings.Select(c => (c, areaLabel.Value.Trim().TrimEnd('。', '：', ':'), Origin.Listed, -5)));
                    continue;
                }

                candidates.Add((span, "", Origin.Listed, -5));
                continue;
            }

            if (inRoot && !announcedHere && (ParallelOpening(index) || HeadlineRun(index) || (OpensWithQuestion(index) && (OpensWithQuestion(index - 1) || OpensWithQuestion(index + 1))))
                && document.Structure.Sentences.Where(s => span.Contains(s)).Skip(1).All(s => !_cues.Turn.IsMatch(s.Slice(text).TrimStart())))
            {
                candidates.Add((span, "", Origin.Listed, -5));
                continue;
            }

            // A line that names its area and then lists its failings (▶ 党的领导方面：A不严，……；B迟缓，……。), in a part of problems
            // or after an announcement: each ；-clause that opens on a failing of its own is one problem, as under an area's heading.
            if ((inRoot || announcedHere) && AreaLabelEnd(text, span) is > 0 and var areaEnd
                && SplitAt(text, new TextSpan(areaEnd, span.End), '；', ';').ToList() is { Count: >= 2 } failings && failings.TrueForAll(f => OpensOnFailing(text, f)))
            {
                var label = text[PastBullets(text, span)..areaEnd].TrimEnd('：', ':');
                candidates.AddRange(failings.Select(c => (c, label, Origin.Listed, span.Start)));
                continue;
            }

            var clauses = Clauses(text, span, document.Structure.Sentences, inRoot).ToList();
            // A cued list stands when it is one sentence's list (存在A；B；C等问题); cues scattered over the sentences of
            // the prose (存在明显漏洞 … 存在超标准收费) are not lists.
            var listed = clauses.Where(c => c.Origin == Origin.Listed).ToList();
            if (announcedHere && !(listed.Count >= 2 && document.Structure.Sentences.Any(s => listed.All(c => s.Start <= c.Span.Start && c.Span.End <= s.End))))
            {
                var stated = Statements(text, span, document.Structure.Sentences).ToList();
                // An announcement that counts its problems (指出了……存在的五个方面问题。A多、B少，……。C多、D少，……。) settles how the
                // sentences after it are grouped: as many sentences as it counts are one problem each.
                if (countedHere is { } count && stated.Count != count
                    && document.Structure.Sentences.Where(s => span.Contains(s) && s.Slice(text).Trim().Length > 1).ToList() is var own && own.Count == count)
                {
                    stated = own;
                    counted.UnionWith(own);
                }
                else if (countedHere == stated.Count)
                {
                    counted.UnionWith(stated);
                }

                // Read alone, a statement of a written feedback's area paragraph that runs headline failings together by commas
                // (在……方面，A推进迟缓，B清理不彻底。) is as many problems, as a list's group is; one whose later parts tell figures or
                // instances is one with its evidence, and so is a speaker's (阵地管理不够严格，公众号发布内容缺少审核: he goes on
                // to what he saw).
                var areaParagraph = written && _cues.AreaOpening.IsMatch(span.Slice(text).TrimStart());
                clauses = [.. stated.SelectMany(s => _failingByFailing && countedHere is null && areaParagraph ? HeadlineFailings(text, s) : [s]).Select(s => (s, Origin.Listed))];
                // A written area paragraph of one sentence that runs its failings on by ；(在落实……方面，A……；B不严；有的C……；D……。)
                // states one a clause, as under an area's heading; a clause giving an instance of the one before (有的…… /
                // 个别……) is its evidence.
                if (areaParagraph && countedHere is null && stated.Count == 1 && AreaSemicolonFailings(text, stated[0]) is { Count: >= 2 } areaRun)
                {
                    clauses = [.. areaRun.Select(s => (s, Origin.Listed))];
                }
            }

            // A sentence that says what the problems told show (中心出现的问题暴露出内部管理上的漏洞 / 这些问题反映出……) looks back at
            // them: what it names is their root, no problem of its own.
            // Its sentences are looked up only when the paragraph says so at all.
            if (LookingBackRegex().IsMatch(text.AsSpan(paragraph.Span.Start, paragraph.Span.Length)))
            {
                var lookingBack = document.Structure.Sentences.Where(s => s.End > span.Start && s.Start < span.End && LookingBackRegex().IsMatch(text.AsSpan(s.Start, s.Length))).ToList();
                clauses.RemoveAll(c => lookingBack.Exists(s => s.Contains(c.Span.Start)));
            }
            foreach (var (clause, origin) in clauses)
            {
                candidates.Add((clause, "", origin, origin == Origin.Prose ? -1000 - clause.Start : announcedHere ? AnnouncedGroup : span.Start));
            }
        }

        // A speech that announces its problems in a paragraph of its own (下面，我讲一下巡察发现的主要问题。) raises none before
        // it: what comes first is its opening (今天召开反馈会，主要是把……反馈).
        if (roots.Count == 0 && paragraphs.Find(p => InScope(p.Span) && AnnouncesAlone(text, p.Span)) is { } announcing)
        {
            candidates.RemoveAll(c => c.Span.End <= announcing.Span.Start && c.Origin is Origin.Listed or Origin.Prose);
        }

        // 3. The classifier labels each candidate; the items of one list share their label (a list is of one kind),
        //    so an item the classifier doubts keeps its list's label unless it is confidently something else.
        // A matter set aside after a finding (……作用发挥不够。……也有同志谈到食堂伙食，……不作为问题反馈。) is cut off: what comes
        // before it, naming a failing, still states the problem.
        TextSpan WithoutSetAside(TextSpan span)
        {
            // Most candidates set nothing aside: their sentences are read only when one does.
            if (!_cues.SetAside.Match(text, span.Start, span.Length).Success)
            {
                return span;
            }

            var inside = document.Structure.Sentences.Where(s => s.Start < span.End && s.End > span.Start).Take(MaxSentencesRead).ToList();
            var aside = inside.FindIndex(1, s => _cues.SetAside.IsMatch(s.Slice(text)));
            // A set-aside of the item itself (……有3个单位存在……。你中心此项执行较为规范，……本次不作为你中心的问题反馈。) leaves
            // nothing of it.
            if (aside > 0 && _cues.SetAsideWhole.IsMatch(inside[aside].Slice(text)))
            {
                return new TextSpan(span.Start, span.Start);
            }

            return aside > 0 && inside.Take(aside).Any(s => _cues.Failing.IsMatch(s.Slice(text)) || StatesProblem(s))
                ? new TextSpan(span.Start, Math.Max(span.Start, inside[aside].Start)) : span;
        }

        // The failings a story or a talk tells in its prose, a sentence (or a ；-clause) each: one that states a failing, in
        // words or as the classifier reads it with confidence; a sentence after it in its paragraph that gives an instance
        // (比如…… / 这就是……) is its evidence; one that sets the matter aside (……不作为问题) takes back what its paragraph told.
        // Praise, questions, requirements, pledges and leads handed on are none; the reading stops at the requirements.
        IEnumerable<ProblemCandidate> NarratedFindings()
        {
            var found = new List<(TextSpan Span, int Paragraph)>();
            for (var index = 0; index < paragraphs.Count; index++)
            {
                var span = paragraphs[index].Span;
                if (!InScope(span) || headed.Any(h => span.Contains(h) || h.Contains(span)) || _cues.SignatureLine.IsMatch(span.Slice(text).Trim()))
                {
                    continue;
                }

                if (found.Count > 0 && (IsRequirementParagraph(span) || AfterRequirementIntro(span.Start) || _cues.SummingUp.IsMatch(span.Slice(text).TrimStart())))
                {
                    break;
                }

                foreach (var sentence in document.Structure.Sentences.Where(x => span.Contains(x)).Take(MaxSentencesRead))
                {
                    var said = sentence.Slice(text).Trim();
                    if (_cues.SetAside.IsMatch(said))
                    {
                        found.RemoveAll(f => f.Paragraph == index);
                        continue;
                    }

                    if (said.Length < MinStatedFailing || said.TrimEnd('”', '"', '’', '」')[^1] is '？' or '?' || _cues.RequirementSentence.IsMatch(said) || _cues.AskedOfUnit.IsMatch(said)
                        || _cues.ClueTransfer.IsMatch(said) || said.Contains('“') && said.Contains("表态", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    // A failing in words that the classifier reads as a problem (a story's remark, 钱不多, is none), or a violation.
                    var failing = (_cues.Failing.IsMatch(_cues.NoIncident.Replace(said, "")) && _roleOf?.Invoke(Clean(said)) is null or ("problem", _))
                        || _cues.ViolationNamed.IsMatch(said) || _cues.ViolationGrave.IsMatch(said);
                    if (!failing || _cues.Praise.IsMatch(said))
                    {
                        continue;
                    }

                    if (found.Count > 0 && found[^1].Paragraph == index && _cues.EvidenceLead.IsMatch(said))
                    {
                        found[^1] = (new TextSpan(found[^1].Span.Start, sentence.End), index);
                        continue;
                    }

                    var clauses = SplitAt(text, sentence, '；', ';').ToList();
                    found.AddRange((clauses.Count >= 2 && clauses.TrueForAll(c => StatesFailing(text, c)) ? clauses : [sentence]).Select(c => (c, index)));
                }
            }

            return found.Select(f => new ProblemCandidate(Clean(f.Span.Slice(text)), "", f.Span));
        }

        // A sentence the classifier reads as a problem with confidence, and no question (惠农补贴发放及时吗？).
        bool StatesProblem(TextSpan sentence)
        {
            var body = Clean(sentence.Slice(text));
            return body.Length > 0 && body[^1] is not ('？' or '?') && IsSureProblem(body);
        }

        // The paragraphs after a line of cases (典型案例, a framed box under a problem) up to the next heading are that
        // problem's evidence, not problems of their own.
        var headingStarts = all.Select(s => s.HeadingSpan.Start).Order().ToList();
        var caseRuns = paragraphs.Where(p => p.Span.Length <= 12 && _cues.CasesLead.IsMatch(p.Span.Slice(text).Trim()))
            .Select(p => new TextSpan(p.Span.Start, headingStarts.Where(h => h > p.Span.Start).DefaultIfEmpty(text.Length).First()))
            .ToList();
        var labelled = candidates
            .Where(c => !caseRuns.Any(r => r.Contains(c.Span)))
            .OrderBy(c => c.Span.Start)
            .Select(c => (Span: c.Origin == Origin.Manifested ? c.Span : WithoutSetAside(c.Span), c.Area, c.Origin, c.Group))
            .Select(c => (c.Span, c.Area, c.Origin, c.Group, Body: c.Origin == Origin.Manifested ? HeadingNumberRegex().Replace(c.Span.Slice(text).Trim(), "") : Clean(c.Span.Slice(text))))
            // An introduction (具体有以下几个方面：) ends with a colon: what it introduces follows.
            // Nor does what is left of an announcement (……还存在一些不容忽视的问题。 cut after its cue: 不容忽视的问题。).
            // Nor what says the problems follow (……的共性问题和……的个性问题一并反馈如下。), cut from its sentence.
            .Where(c => c.Body.Length >= 6 && !_cues.ProblemIntro.IsMatch(AfterAttentionLead(c.Body)) && !_cues.Announced.IsMatch(c.Body) && !(c.Body.Length <= 30 && c.Body[^1] is '：' or ':')
                && !(c.Origin != Origin.Manifested && _cues.ProblemsFollow.IsMatch(c.Body.Trim()))
                // Nor the causes it finds for them (究其原因，党总支班子对改革任务的紧迫性认识不足……): why, not what.
                // Anything read out of a paragraph that opens by finding causes (产生这些问题，原因是多方面的。……存在“重生产、轻管理”的倾向。)
                // is one of them.
                && !(c.Origin is Origin.Prose or Origin.Listed && (_cues.CausesLead.IsMatch(c.Body.TrimStart())
                    || (ParagraphAt(paragraphs, c.Span.Start) is >= 0 and var at && _cues.CausesLead.IsMatch(paragraphs[at].Span.Slice(text).TrimStart())))))
            // What was checked and found sound (……情况。未发现明显问题。 / 群众反映：……。经核实，反映不属实。) raises nothing.
            .Where(c => !_cues.NothingFound.IsMatch(c.Body) && !_cues.SetAside.IsMatch(c.Body))
            // An old problem a review marks as put right (1．……不规范　√ beside 3．……　×): checked off, not raised again.
            .Where(c => !CheckedOffRegex().IsMatch(c.Body))
            // A speech's praise among its problems (……做了大量工作，这些都值得肯定) names no failing.
            // Nor does it among the statements after an announcement (下面……把看到的情况和发现的问题讲一讲。我们也看到，……很用心).
            // Nor anywhere else (一、巡察发现的成绩和问题 从巡察情况看，……这一点值得肯定。): a record of no accident (没有发生安全
            // 责任事故) is good news in a failing's words.
            .Where(c => !(c.Origin != Origin.Manifested && _cues.Praise.IsMatch(c.Body) && !_cues.Failing.IsMatch(_cues.NoIncident.Replace(c.Body, ""))))
            // Nor does a paragraph its own verdict closes as done well (……检查记录和隐患整改台账完整，这方面落实得较好。), whatever
            // failing's word it holds.
            .Where(c => c.Origin == Origin.Manifested || !_cues.ClosingPraise.IsMatch(c.Body.TrimEnd()))
            // Nor does a quoted verdict standing alone (突出的问题是“该做的没有做到位、该管的没有管住”。): it sums up the problems
            // told after it. A quoted finding with its evidence (“我们在查阅账目时发现，……有2笔罚没款延迟上缴。”) is one.
            .Where(c => !QuotedVerdictRegex().IsMatch(c.Body.Trim()))
            // Nor does a news script's line naming who speaks or what is shown (同期声：县委第三巡察组组长 / 画面：反馈会现场).
            .Where(c => !ScriptLabelLineRegex().IsMatch(c.Body.Trim()))
            // Nor does the bare title of a part outside the problems (三、关于整改时限 / 一、巡察发现的成绩和问题): it names a part.
            .Where(c => !(c.Origin == Origin.Numbered && c.Body.Length <= MaxBareTitle && c.Body.IndexOfAny(['。', '；', '，', '：']) < 0 && !_cues.Failing.IsMatch(c.Body) && !_cues.ViolationNamed.IsMatch(c.Body)
                && all.Any(s => s.Heading.Trim().TrimEnd('。', '：', ':').EndsWith(c.Body, StringComparison.Ordinal))))
            // Nor does a part a speaker heads as the achievements (第一个方面，讲讲成绩。 / 一、总体评价), whatever its praise says.
            .Where(c => c.Origin == Origin.Manifested || !AchievementsHeadingRegex().IsMatch(FirstClause(c.Body)))
            .Select(c => (c.Span, c.Area, c.Origin, c.Group, c.Body, Label: c.Origin == Origin.Prose ? ProseRole(c.Span) : c.Origin == Origin.Numbered ? HeadlineRole(c.Span, c.Body) : _roleOf?.Invoke(AfterAttentionLead(c.Body)) ?? ("problem", 1.0)))
            .ToList();
        // Nor does a run of items that a paragraph opens with praise (总的看，……取得了一定成效。一是……；二是……；三是……) when
        // most of its items do not both name a failing and read as a problem: the run lists achievements, whatever list it
        // shares a heading with (未发生较大火灾 has a failing word and names no failing).
        // Each paragraph is judged once, its first item found by the items' starts (not every item asked for every candidate).
        var itemStarts = inlineItems.SelectMany(i => new[] { i.HeadingSpan.Start, i.Span.Start }).ToHashSet();
        var praiseRuns = labelled.Where(c => itemStarts.Contains(c.Span.Start))
            .GroupBy(c => ParagraphAt(paragraphs, c.Span.Start))
            .Where(g => OpensWithPraise(g.Key, g.Min(c => c.Span.Start)) && g.Count(c => c.Label.Item1 == "problem" && _cues.Failing.IsMatch(c.Body)) * 2 < g.Count())
            .SelectMany(g => g.Select(c => c.Span)).ToHashSet();
        labelled.RemoveAll(c => praiseRuns.Contains(c.Span));
        // Whether a paragraph opens, before its first item (or before a candidate's start, when none is found), with praise
        // and names no failing there.
        bool OpensWithPraise(int at, int fallback)
        {
            if (at < 0)
            {
                return false;
            }

            var paragraph = paragraphs[at].Span;
            var k = Array.BinarySearch(inlineStarts, paragraph.Start);
            k = k >= 0 ? k : ~k;
            while (k > 0 && inlineStarts[k - 1] == paragraph.Start)
            {
                k--;
            }

            while (k < inlineStarts.Length && inlineStarts[k] < paragraph.End && !paragraph.Contains(inlineItems[k].HeadingSpan))
            {
                k++;
            }

            var first = k < inlineStarts.Length && inlineStarts[k] < paragraph.End ? inlineStarts[k] : fallback;
            var lead = text[paragraph.Start..Math.Max(paragraph.Start, first)];
            return lead.Length > 0 && _cues.Praise.IsMatch(lead) && !_cues.Failing.IsMatch(lead) && !_cues.ProblemListCue.IsMatch(lead);
        }

        // A problem of a speech's prose with its evidence (先说……。巡察组翻阅了……。群众反映，……) states a problem when one of
        // its sentences does: the evidence's wording (按照规定……要……) must not make the whole a requirement.
        (string Role, double Confidence) ProseRole(TextSpan span)
        {
            var whole = _roleOf?.Invoke(Clean(span.Slice(text))) ?? ("problem", 1.0);
            if (whole.Role == "problem" || _roleOf is null)
            {
                return whole;
            }

            var inside = document.Structure.Sentences.Where(s => span.Contains(s)).ToList();
            var best = inside.Count >= 2 ? inside.Select(s => _roleOf(Clean(s.Slice(text)))).Where(l => l.Item1 == "problem").DefaultIfEmpty(("", 0.0)).MaxBy(l => l.Item2) : ("", 0.0);
            return best.Item1 == "problem" ? best : whole;
        }

        // A numbered part of a speech that states a problem and then says what must be done about it (第一、红色资源保护的部署
        // 没有落到地上。……这个要改：馆党支部要把修缮排出时间表……) reads as a requirement whole: its headline, a sentence
        // naming a failing that reads as a problem with confidence, says what it is.
        (string Role, double Confidence) HeadlineRole(TextSpan span, string body)
        {
            var whole = _roleOf?.Invoke(AfterAttentionLead(body)) ?? ("problem", 1.0);
            if (whole.Role == "problem" || _roleOf is null)
            {
                return whole;
            }

            var first = document.Structure.Sentences.FirstOrDefault(s => s.End > span.Start && s.Start < span.End);
            if (first.End >= span.End || first.End <= first.Start)
            {
                return whole;
            }

            var headline = HeadingNumberRegex().Replace(Clean(new TextSpan(Math.Max(first.Start, span.Start), first.End).Slice(text)), "");
            return headline.Length >= MinStatedFailing && _cues.Failing.IsMatch(FirstClause(headline)) && !_cues.RequirementSentence.IsMatch(headline)
                && _roleOf(headline) is ("problem", >= 0.8) headlineRole ? headlineRole : whole;
        }

        // Whether one of a candidate's sentences (two or more) reads as a problem with confidence.
        bool SentenceStatesProblem(TextSpan span) =>
            _roleOf is not null && document.Structure.Sentences.Where(s => span.Contains(s)).Take(MaxSentencesRead).ToList() is { Count: >= 2 } inside
            && inside.Any(s => _roleOf(Clean(s.Slice(text))) is ("problem", >= 0.8));

        var groupVotes = labelled.GroupBy(c => c.Group).ToDictionary(g => g.Key, g => (Count: g.Count(), Problems: g.Count(c => c.Label.Role == "problem")));
        // Lists whose sibling parts include one that holds a run of problems (▍成绩讲在前面 / ▍问题不绕弯子: 第一条…… 第二条…… /
        // ▍整改要见行动): the parts beside it are the text's praise and requirements, no list of problems by their votes.
        var partGroups = labelled.Where(c => c.Origin == Origin.Numbered && c.Label.Role == "problem").GroupBy(c => c.Group).Where(g => g.Count() >= 2).Select(g => g.Key).ToHashSet();
        var besideProblems = all.Where(s => !s.Children.IsDefaultOrEmpty && partGroups.Contains(s.HeadingSpan.Start))
            .Select(s => parentOf.GetValueOrDefault(s) is { } up ? up.HeadingSpan.Start : -1 - (int)s.Style).ToHashSet();
        var problems = new List<ProblemCandidate>();
        foreach (var (span, area, origin, group, body, (role, confidence)) in labelled)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (problems.Any(p => p.Span.Contains(span)) || (origin != Origin.Manifested && manifested.Any(m => m.Start < span.End && span.Start < m.End)))
            {
                continue;
            }

            var votes = groupVotes[group];
            var listOfProblems = votes.Count >= 2 && votes.Problems * 2 >= votes.Count && !(origin == Origin.Numbered && besideProblems.Contains(group));
            var keep = role == "problem" || origin == Origin.Manifested
                // An item of a list of problems whose wording reads as a requirement (按规定……要走“四议两公开”) is still one when
                // a sentence of it states a problem (可咱们村……既没开党员大会，也没开村民代表会……就定了).
                // A violation it names (虚报冒领……资金) is a failing too.
                || (listOfProblems && !(role == "requirement" && confidence >= 0.8 && !_cues.Failing.IsMatch(FirstClause(body)) && !_cues.ViolationGrave.IsMatch(FirstClause(body)) && !SentenceStatesProblem(span)) && !_cues.RequirementSentence.IsMatch(body))
                || (origin == Origin.Listed && (confidence < 0.8 || role is "background" or "result") && !_cues.RequirementSentence.IsMatch(body))
                // So is a numbered item the classifier is unsure of, read as a result or background, that opens on a failing or a
                // violation ((2)违规向……出借资金1500万元，逾期未收回 reads half as a result): numbered among problems, it states one.
                // (Unsure as a measure or a requirement it asks something of the unit: 对整改不力的约谈提醒.)
                || (origin == Origin.Numbered && confidence < 0.8 && role is "result" or "background" && (_cues.Failing.IsMatch(FirstClause(body)) || _cues.ViolationNamed.IsMatch(FirstClause(body))) && !_cues.RequirementSentence.IsMatch(body))
                // Or unsure as a measure when what it tells is a violation with its figures (二是对同一批运砂船收取两次计量费，……
                // 又收取一次，……金额3.8万元 opens as an act): a measure states no sum wrongly taken.
                || (origin == Origin.Numbered && confidence < 0.8 && role == "measure" && (_cues.ViolationNamed.IsMatch(body) || _cues.ViolationGrave.IsMatch(body)) && _cues.Figure.IsMatch(body) && !_cues.RequirementSentence.IsMatch(body))
                // A rule stated before its breach (……规定，……应当……；但……只召开了2次) is a problem, however its rule reads.
                || (origin is Origin.Listed or Origin.Prose && StatesBreach(body))
                // As many statements as their announcement counts are its problems, however one of them reads.
                || (counted.Contains(span) && !_cues.RequirementSentence.IsMatch(body))
                // Under the problems' heading, a numbered item whose statement names a failing (对……监督不到位) is one, whatever its opening word suggests.
                || (origin == Origin.Listed && items.Contains(span) && role != "requirement" && _cues.Failing.IsMatch(FirstClause(body)))
                // What a paragraph turns to after its praise (虽然……，但是A……；可是我们也注意到，B……) is a failing when it names one,
                // however its wording reads to the classifier (……任务层层往村里压 reads as an instruction).
                || (turnedTo.Contains(span) && _cues.Failing.IsMatch(FirstClause(body)) && !_cues.RequirementSentence.IsMatch(body))
                // An area's paragraph under the problems' heading is one of its problems unless it is plainly a requirement.
                || (areaItems.Contains(span) && role != "requirement")
                // In a part headed as problems, prose that names a failing with its figures (至少缺4名……) is one, however its
                // wording (按照规定的……配置) makes it read.
                || (origin == Origin.Prose && _cues.Failing.IsMatch(body) && _cues.Figure.IsMatch(body) && !_cues.RequirementSentence.IsMatch(body));
            // Beside such a part, a part is a problem only when it names a failing (成绩讲在前面 reads as one to the classifier).
            keep = keep && !(origin == Origin.Numbered && besideProblems.Contains(group) && !_cues.Failing.IsMatch(body) && !_cues.ViolationNamed.IsMatch(body));
            // A request to the unit (请……认真研究……报送整改情况报告) closing the text is none, whatever list it ends; nor is a
            // speaker's hope for it (希望局党组把……).
            // Nor are the leads handed on (巡察组还收到……问题线索，已转交……): what the inspection did with them — unless the hand-over
            // only closes a problem stated before it (……存在“转圈粮”嫌疑，有关问题线索已按程序移交县纪委监委).
            if (keep && !(origin is Origin.Prose or Origin.Listed && (body.StartsWith('请') || body.StartsWith("希望", StringComparison.Ordinal)) && _cues.RequirementSentence.IsMatch(body))
                && !(origin is Origin.Prose or Origin.Listed && _cues.ClueTransfer.Match(body) is { Success: true } handed && !_cues.Failing.IsMatch(FirstClause(body))
                    && body.AsSpan(0, handed.Index)[FrameLeadRegex().Match(body).Length..].IndexOfAny('，', ',') < 0))
            {
                problems.Add(new ProblemCandidate(body, area, span));
            }
        }

        // A feedback that lists its problems twice, in a summary (一是……七是……) and then in detail, raises each once: a
        // summary's item that a later problem opens with (意识形态阵地管理不严 / 意识形态阵地管理不严。学校公众号……) is that problem.
        // Decided on the whole list first: RemoveAll moves items while it runs, so its predicate must not read the list.
        var statements = problems.Select(p => Unnumbered(p.Text)).ToList();
        var summaries = problems.Where((p, i) => statements[i].TrimEnd('。', '；', '，', '.', ';', ',') is { Length: >= MinStatedFailing } summary
            && problems.Select((q, j) => (q, j)).Any(o => o.q.Span.Start >= p.Span.End && statements[o.j].Length > summary.Length && statements[o.j].StartsWith(summary, StringComparison.Ordinal))).ToHashSet();
        problems.RemoveAll(summaries.Contains);
        // A count of the problems standing as a field's value (反馈问题：3个方面共7个问题) is no problem.
        problems.RemoveAll(p => _cues.CountOfProblems.IsMatch(p.Text.Trim()));
        if (problems.Count == 0)
        {
            problems.AddRange(FailingsInsideRequirements(document, all));
        }

        // A story under scene titles of its own (◆ 账本里的“小数点” / ◆ 敬老院里的一碗粥), two or more: a title names no failing;
        // the sentences under it tell them, read as a story's are.
        if (answeredBy is null && roots.Count == 0 && document.Structure.Kind.Kind is RectifyNlp.Core.Structure.DocumentKind.FeedbackSpeech or RectifyNlp.Core.Structure.DocumentKind.FeedbackOpinion
            && problems.Where(IsSceneTitle).ToList() is { Count: >= 2 } scenes)
        {
            problems.RemoveAll(scenes.Contains);
            problems.AddRange(NarratedFindings().Where(f => !problems.Exists(p => p.Span.Start < f.Span.End && f.Span.Start < p.Span.End)));
            problems.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }

        // A section whose heading, a title of its own line, is short and names no failing or violation.
        bool IsSceneTitle(ProblemCandidate problem) => problem.Text.Split('\n')[0].Trim() is var title && title.Length <= MaxSceneTitle
            && !_cues.Failing.IsMatch(title) && !_cues.ViolationNamed.IsMatch(title) && all.Any(section => section.Heading.Trim() == title);

        // A feedback told as a story or a talk (巡察组翻看……发现，A……。谈话中，……B……), with no heading, list, announcement or
        // area the rules above read: each sentence of its prose that states a failing is a problem, read up to the requirements.
        // Read alone only: beside a report, the problems as the report restates them are the better list (the analyser asks
        // for this reading when the report restates none).
        // Not a text laid out under headings of its own (the seed: a speech of requirements, 一、加强组织领导……): what it says
        // in passing of rectification in general under them raises nothing.
        if (problems.Count == 0 && answeredBy is null && roots.Count == 0 && outlined.Count == 0 && document.Structure.Kind.Kind is RectifyNlp.Core.Structure.DocumentKind.FeedbackSpeech or RectifyNlp.Core.Structure.DocumentKind.FeedbackOpinion)
        {
            problems.AddRange(NarratedFindings());
        }

        return ToReportedCount(document, answeredBy, ToStatedTotal(document, all, problems));
    }

    /// <summary>
    /// The problems as many as the report says the feedback raised (反馈指出的三个方面7个问题 / 梳理为7个问题), when more were
    /// read and the surplus is plain: a sentence that only announces how many areas follow (在以下七个方面还有明显差距) is
    /// dropped, and a problem read right after another in its paragraph that is the other's evidence is joined to it — the
    /// pairs most plainly evidence first (it points back: 这9个点位…… / 经核实，……; it gives the figures its bare headline
    /// lacks; it shares the headline's words). Only a count reached exactly, with no tie at its edge, is taken; otherwise
    /// the problems as read. The report's count decides how finely the feedback is split, not a guess.
    /// </summary>
    private List<ProblemCandidate> ToReportedCount(ParsedDocument document, ParsedDocument? report, List<ProblemCandidate> problems)
    {
        if (report is null || problems.Count < 2 || ReportedCount(report) is not { } count || problems.Count <= count)
        {
            return problems;
        }

        var kept = problems.Where(p => !(p.Text.Length <= MaxAnnouncement && _cues.CountAnnouncement.IsMatch(p.Text) && !_cues.Figure.IsMatch(p.Text))).ToList();
        if (kept.Count < count)
        {
            return problems;
        }

        var surplus = kept.Count - count;
        if (surplus == 0)
        {
            return kept;
        }

        var text = document.Text.Text;
        var paragraphs = document.Text.Paragraphs;
        int ParagraphOf(ProblemCandidate p) => ParagraphAt(paragraphs, p.Span.Start) is >= 0 and var at ? at : -1 - p.Span.Start;
        var joins = Enumerable.Range(1, kept.Count - 1)
            .Where(i => ParagraphOf(kept[i - 1]) == ParagraphOf(kept[i]))
            .Select(i => (At: i, Score: EvidenceScore(kept[i - 1].Text, kept[i].Text)))
            .Where(j => j.Score > 0).OrderByDescending(j => j.Score).ToList();
        if (joins.Count < surplus || (joins.Count > surplus && joins[surplus].Score == joins[surplus - 1].Score))
        {
            return problems;
        }

        var joinAt = joins.Take(surplus).Select(j => j.At).ToHashSet();
        var joined = new List<ProblemCandidate>();
        foreach (var (problem, i) in kept.Select((p, i) => (p, i)))
        {
            if (joinAt.Contains(i))
            {
                var head = joined[^1];
                var span = new TextSpan(head.Span.Start, problem.Span.End);
                joined[^1] = new ProblemCandidate(Clean(span.Slice(text)), head.Area, span);
            }
            else
            {
                joined.Add(problem);
            }
        }

        return joined;
    }

    // How plainly a problem read is the evidence of the one read before it: it points back at it, it gives figures the
    // other's bare headline lacks, it shares the other's words. A turn to another matter (另外 / 还有) says it is not, and so
    // does a first clause that states a failing of its own (执行中央八项规定精神不够严格，……): that is a headline.
    private int EvidenceScore(string before, string after)
    {
        var lead = after.AsSpan().IndexOfAny(ClauseStops) is > 0 and var stop ? after[..stop] : after;
        if (_cues.Turn.IsMatch(after) || _cues.Failing.IsMatch(lead))
        {
            return 0;
        }

        var score = _cues.EvidenceLead.IsMatch(after) ? 2 : 0;
        if (!_cues.Figure.IsMatch(before) && _cues.Figure.IsMatch(after))
        {
            score++;
        }

        if (before.Length <= MaxBareHeadline && before.TrimEnd('。').IndexOfAny(['。', '；', ';']) < 0)
        {
            score++;
        }

        if (TextSimilarity.BigramContainment(before, after) >= MinSharedWithHeadline)
        {
            score++;
        }

        return score;
    }

    /// <summary>The count a report gives of the problems its feedback raised, when it gives one count of three or more.</summary>
    private int? ReportedCount(ParsedDocument report)
    {
        var counts = _cues.ReportedCount.Matches(report.Text.Text).Take(MaxCountsRead).Select(m => ReportReader.NumberOf(m.Groups["n"].Value)).Where(n => n >= MinReportedCount).Distinct().ToList();
        return counts is [var count] ? count : null;
    }

    private const int MaxAnnouncement = 40;

    // The longest text between a problem's heading and its first sub-item read as the label of its manifestations.
    private const int MaxManifestationLabel = 12;
    private const int MaxBareHeadline = 40;
    private const double MinSharedWithHeadline = 0.2;
    private const int MinReportedCount = 3;
    private const int MaxCountsRead = 20;

    /// <summary>
    /// The problems as many as the feedback itself says it raises (以上共反馈问题7个 / 本次巡察共发现问题8个), when that
    /// count is smaller than the clauses read and taking the clauses of each item back together (1．……；…… one problem,
    /// 4．一是……二是…… two) gives it exactly; otherwise the problems as read. The writer's count decides how finely its items
    /// are split, not a guess about its punctuation.
    /// </summary>
    private List<ProblemCandidate> ToStatedTotal(ParsedDocument document, List<Section> all, List<ProblemCandidate> problems)
    {
        var text = document.Text.Text;
        var stated = document.Structure.Sentences.Take(MaxSentencesCounted)
            .Select(s => _cues.StatedTotal.Match(s.Slice(text).TrimStart()))
            .Where(m => m.Success).Select(m => ReportReader.NumberOf(m.Groups["n"].Value)).Where(n => n > 1).Distinct().ToList();
        if (stated is not [var total] || problems.Count <= total)
        {
            return problems;
        }

        // Each problem's deepest numbered section: the clauses of one item (its ；-items, or sentences) share it.
        Section? Deepest(TextSpan span) => all.Where(s => s.Style != NumberingStyle.SemicolonItem && s.Span.Contains(span)).MinBy(s => s.Span.Length);
        var groups = new List<List<ProblemCandidate>>();
        Section? last = null;
        foreach (var problem in problems)
        {
            var section = Deepest(problem.Span);
            if (section is not null && section == last && groups.Count > 0)
            {
                groups[^1].Add(problem);
            }
            else
            {
                groups.Add([problem]);
            }

            last = section;
        }

        if (groups.Count != total)
        {
            return problems;
        }

        return [.. groups.Select(g => g.Count == 1 ? g[0]
            : new TextSpan(g[0].Span.Start, g[^1].Span.End) is var span ? new ProblemCandidate(Clean(span.Slice(text)), g[0].Area, span) : g[0])];
    }

    /// <summary>
    /// A speech of requirements only (一要把牢政治方向……二要压实责任……) that names what the inspection found inside them
    /// (……从这次巡察看，……有31公里没有按期开工。同时，……没有动起来。这些问题，归根到底……): read when nothing else gives a
    /// problem, from a finding with its figures (or after 巡察发现 / 从这次巡察看 / 目前) on to the sentence that sums up or asks
    /// again; each ；-clause one. A requirement with no finding in it (like the seed's) gives none.
    /// </summary>
    private IEnumerable<ProblemCandidate> FailingsInsideRequirements(ParsedDocument document, List<Section> all)
    {
        var text = document.Text.Text;
        foreach (var item in all.Where(s => s.Style == NumberingStyle.InlineYao))
        {
            var inside = document.Structure.Sentences.Where(s => item.Span.Contains(s)).Skip(1).Take(MaxSentencesRead).ToList();
            var finding = false;
            foreach (var sentence in inside)
            {
                var body = sentence.Slice(text).Trim();
                if (_cues.SummingUp.IsMatch(body) || ConclusionRegex().IsMatch(body) || _cues.RequirementSentence.IsMatch(body) || _cues.RequirementParagraph.IsMatch(body))
                {
                    finding = false;
                    continue;
                }

                finding = _cues.Failing.IsMatch(body) && (finding || _cues.Figure.IsMatch(body) || FindingLeadRegex().IsMatch(body));
                if (!finding)
                {
                    continue;
                }

                foreach (var clause in SplitAt(text, sentence, '；', ';'))
                {
                    if (StatesFailing(text, clause))
                    {
                        yield return new ProblemCandidate(Clean(clause.Slice(text)), "", clause);
                    }
                }
            }
        }
    }

    /// <summary>The rest of a paragraph from a later sentence that opens with what the inspectors found and lists it by ；, or null.</summary>
    private TextSpan? LaterFinding(string text, TextSpan paragraph, IReadOnlyList<TextSpan> sentences)
    {
        foreach (var sentence in sentences.Where(s => paragraph.Contains(s) && s.Start > paragraph.Start).Take(MaxSentencesRead))
        {
            var said = sentence.Slice(text);
            var turn = TurnWordRegex().Match(said);
            if (said.IndexOfAny(['；', ';']) > 0 && _cues.FoundLead.IsMatch(said[turn.Length..]))
            {
                return new TextSpan(sentence.Start + turn.Length, paragraph.End);
            }
        }

        return null;
    }

    // 此外，巡察组还指出， / 另外，巡察还发现， / 巡察组同时指出， — a turn to one more finding, after a list.
    [GeneratedRegex("^\\s*((此外|另外|同时|与此同时)[，,]\\s*)?巡[察视]组?(还|也|同时|另外)?(指出|发现|认为|提到)[，,：:]")]
    private static partial Regex FurtherFindingRegex();

    [GeneratedRegex("^\\s*((同时|但是?|此外|另外|与此同时|不过)[，,]?)?")]
    private static partial Regex TurnWordRegex();

    // 从这次巡察看， / 巡察组在检查中发现， / 目前， opening a finding inside a requirement.
    [GeneratedRegex("^(从(这次|此次|本次)?巡[察视](情况)?看|巡[察视](组)?[^，。；]{0,8}发现|目前|当前)[，,]")]
    private static partial Regex FindingLeadRegex();

    // A conclusion drawn from the findings (归根到底，…… / 说到底，……); what sums them up (这些问题，……) is the summingUp cue.
    [GeneratedRegex("^(归根到底|说到底)")]
    private static partial Regex ConclusionRegex();

    /// <summary>
    /// The index of the paragraph holding a position, or -1: a binary search, the paragraphs being non-empty, disjoint and in
    /// the document's order.
    /// </summary>
    private static int ParagraphAt(IReadOnlyList<Paragraph> paragraphs, int position)
    {
        var (low, high) = (0, paragraphs.Count - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var span = paragraphs[middle].Span;
            if (position < span.Start)
            {
                high = middle - 1;
            }
            else if (position >= span.End)
            {
                low = middle + 1;
            }
            else
            {
                return middle;
            }
        }

        return -1;
    }

    /// <summary>A numbered item's statement: its heading's paragraph from the marker on, with the next paragraph when the heading stands alone.</summary>
    // A heading standing alone takes the paragraph after it as its detail — unless the item before it in its list was one
    // paragraph by itself: then the items are one line each (①……。②……。), and what follows the last of them is the text after
    // the list (雷某强调，……), not its detail.
    private static TextSpan LeafSpan(ParsedDocument document, Section leaf, Section? before, List<Paragraph> paragraphs, Func<TextSpan, bool> isRequirement)
    {
        var text = document.Text.Text;
        var start = leaf.HeadingSpan.Start;
        var index = ParagraphAt(paragraphs, start);
        if (index < 0)
        {
            return default;
        }

        var end = Math.Min(leaf.Span.End, paragraphs[index].Span.End);
        var headingAlone = text.AsSpan(leaf.HeadingSpan.End, Math.Max(0, end - leaf.HeadingSpan.End)).Trim().Trim('。').IsEmpty;
        var linePerItem = before is not null && before.Style == leaf.Style && paragraphs.Find(p => p.Span.Contains(before.HeadingSpan)) is { } line
            && line.Span.Start <= before.Span.Start && before.Span.End <= line.Span.End;
        // A problem's label line that asks it (第一问：学习贯彻是不是只停留在会议室里？) is answered by the paragraph below.
        var askedLabel = leaf.Style == NumberingStyle.ProblemLabel && paragraphs[index].Span.End <= leaf.HeadingSpan.End + 1
            && text.AsSpan(paragraphs[index].Span.Start, paragraphs[index].Span.Length).TrimEnd() is [.., '？' or '?'];
        if ((headingAlone || askedLabel) && !linePerItem && index + 1 < paragraphs.Count && paragraphs[index + 1].Span.End <= leaf.Span.End && !isRequirement(paragraphs[index + 1].Span))
        {
            end = paragraphs[index + 1].Span.End;
            // Its manifestations as a run of bulleted lines (——……；/ ——……。) are all its detail.
            for (var next = index + 2; IsBulletedAt(paragraphs, text, next - 1) && IsBulletedAt(paragraphs, text, next) && paragraphs[next].Span.End <= leaf.Span.End; next++)
            {
                end = paragraphs[next].Span.End;
            }
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '；' or ';'))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    /// <summary>A numbered item whose heading is only the label of its problem (1．问题：…… / 2、问题描述：……).</summary>
    private static bool IsLabelledItem(Section section) =>
        !string.IsNullOrEmpty(section.Number) && section.Children.IsDefaultOrEmpty && LabelOnlyRegex().IsMatch(section.Heading.Trim());

    [GeneratedRegex("^(具体|主要|存在)?问题(描述|表现)?[：:]?$")]
    private static partial Regex LabelOnlyRegex();

    /// <summary>
    /// Whether a span holds a problem cue with a list after it; a cue closing the span (……的现象仍然存在。) says the
    /// failing before it persists and opens nothing.
    /// </summary>
    private bool OpensList(string text, TextSpan span) =>
        _cues.ProblemListCue.Match(text, span.Start, span.Length) is { Success: true } cue
        && text.AsSpan(cue.Index + cue.Length, span.End - cue.Index - cue.Length).Trim("。.！!　 \r\n").Length > 0;

    /// <summary>The items of the cued lists in a leaf's paragraphs below its heading (存在A、B等问题), none when it has none.</summary>
    private List<(TextSpan Span, Origin Origin)> CuedInBody(string text, List<Paragraph> paragraphs, Section leaf, IReadOnlyList<TextSpan> sentences) =>
        [.. paragraphs.Where(p => p.Span.Start >= leaf.HeadingSpan.End && p.Span.End <= leaf.Span.End && !p.Span.IsEmpty)
            .SelectMany(p => Clauses(text, p.Span, sentences, false).Where(c => c.Origin != Origin.Prose && p.Span.Contains(c.Span)))];

    /// <summary>
    /// Where a paragraph's findings start: a sentence after its first that opens with what the inspectors found (巡察发现，),
    /// none of the sentences before it a failing; 0 when there is none.
    /// </summary>
    private int FindingsFrom(string text, TextSpan paragraph, IReadOnlyList<TextSpan> sentences)
    {
        var inside = sentences.Where(s => paragraph.Contains(s)).ToList();
        for (var k = 1; k < inside.Count; k++)
        {
            // A finding states particulars (a ；-list, a figure); 但巡察也发现，……问题较多 only announces them.
            var sentence = inside[k].Slice(text).TrimStart();
            if (_cues.FoundLead.IsMatch(sentence) && (sentence.IndexOfAny(['；', ';']) >= 0 || sentence.Any(char.IsAsciiDigit)))
            {
                return inside.Take(k).Any(s => _cues.Failing.IsMatch(s.Slice(text))) ? 0 : inside[k].Start + (inside[k].Length - sentence.Length);
            }
        }

        return 0;
    }

    /// <summary>The candidate clauses of a paragraph with no numbered items.</summary>
    private IEnumerable<(TextSpan Span, Origin Origin)> Clauses(string text, TextSpan paragraph, IReadOnlyList<TextSpan> sentences, bool inRoot)
    {
        var body = paragraph.Slice(text);
        // A news paragraph that praises first and then says what the inspectors found (反馈指出，……取得一定成效。同时，巡察组
        // 指出，A，……；B，……；C，……。) lists from the finding on, as one that opens with it does.
        // Only a paragraph with a ；-list and an inspector's word in it is searched sentence by sentence (not every one).
        if (body.AsSpan().IndexOfAny('；', ';') > 0 && (body.Contains("指出", StringComparison.Ordinal) || body.Contains("发现", StringComparison.Ordinal))
            && !_cues.FoundLead.IsMatch(body) && LaterFinding(text, paragraph, sentences) is { } later)
        {
            foreach (var clause in Clauses(text, later, sentences, inRoot))
            {
                yield return clause;
            }

            yield break;
        }

        // A list after a problem cue: 存在A，……；B，……；C等问题 (each ；-clause one problem). A paragraph that opens
        // with what the inspectors found (巡察组指出，A，……；B，……；C等问题) lists from there when its list has ；-clauses
        // and no cue in its first (巡察组指出，……存在A、B等问题；存在C等问题 lists after each 存在), though a later clause
        // says 存在 — or when the cue in its first clause comes after a comma: then the cue is inside the first problem
        // (巡察组指出，A不够有力，B整改存在“以罚代改”现象；C…), not the list's head after the subject.
        // A cue in quotes is named, not used (凡标明“存在问题”的，须逐条整改).
        var cue = _cues.ProblemListCue.Match(body);
        while (cue.Success && cue.Index > 0 && body[cue.Index - 1] is '“' or '"' or '「' or '‘')
        {
            cue = cue.NextMatch();
        }

        // A paragraph that opens with what the inspectors found and goes on sentence by sentence (巡察发现，A……。同时，B……。
        // 此外，C……。) states its problems in prose, as a part headed as problems does: a cue inside a later sentence
        // (……中存在“先施工、后补手续”的情况) does not make that sentence the paragraph's one list.
        // So does such a paragraph of one sentence with no list in it (巡察发现，社区……管理混乱，……一直由……个人保管。): one
        // finding a paragraph, each opening with its own lead.
        if (!inRoot && _cues.FoundLead.IsMatch(body) && sentences.Where(s => paragraph.Contains(s)).ToList() is { Count: >= 1 } stated
            && stated[0].Slice(text).IndexOfAny('；', ';') < 0 && (!cue.Success || paragraph.Start + cue.Index >= stated[0].End)
            && (stated.Count >= 2 || !cue.Success))
        {
            inRoot = true;
        }

        if (_cues.FoundLead.Match(body) is { Success: true } found
            && body.AsSpan(found.Length).IndexOfAny('；', ';') is var semicolon && semicolon > 0
            && body.AsSpan(found.Length, semicolon).IndexOf('。') < 0
            && (!cue.Success || cue.Index < found.Length || cue.Index > found.Length + semicolon
                || (body.AsSpan(found.Length, cue.Index - found.Length).IndexOfAny('，', ',') >= 0 && !AreaLeadRegex().IsMatch(body[found.Length..cue.Index]))))
        {
            cue = found;
        }

        if (cue.Success)
        {
            var listStart = paragraph.Start + cue.Index + cue.Length;
            var listEnd = paragraph.End;
            var listSentence = sentences.FirstOrDefault(s => s.Start <= listStart && listStart < s.End);
            var sentenceEnd = listSentence.IsEmpty ? paragraph.End : listSentence.End;
            var ending = _cues.ProblemListEnd.Match(text, listStart, paragraph.End - listStart);
            // A list ends in its sentence: a 等问题 further on closes another (巡察组指出，A；B。此外，还存在C、D等问题。).
            if (ending.Success && ending.Index >= sentenceEnd)
            {
                ending = Match.Empty;
            }

            // A 等问题 inside an earlier ；-clause, its clause going on after it (……；医德医风建设还有短板，收受“红包”、回扣等问题时有
            // 反映；E，F等。), closes that clause's own 、-list: when the sentence's last clause closes on one, that closes the list.
            if (ending.Success && text.IndexOfAny(['；', ';'], ending.Index, sentenceEnd - ending.Index) is var clauseEnd and >= 0
                && !text.AsSpan(ending.Index + ending.Length, clauseEnd - ending.Index - ending.Length).Trim().IsEmpty
                && ClosingAtEnd(text, ending.Index + ending.Length, sentenceEnd) is { } last)
            {
                ending = last;
            }

            listEnd = ending.Success ? ending.Index : sentenceEnd;
            // A cue inside a later ；-clause of its sentence (在A上，……；在B上，……；在C上，……；在D上，……，存在E的情况；……): the
            // clauses before it, each stating a failing of its own and no list of their own, are items of the same list, and so
            // is the cue's clause whole.
            if (!listSentence.IsEmpty
                && text.LastIndexOfAny(['；', ';'], listStart - 1, listStart - listSentence.Start) is var clauseStart && clauseStart > listSentence.Start
                && SplitAt(text, new TextSpan(listSentence.Start, clauseStart), '；', ';').ToList() is { Count: >= MinClausesBeforeCue } before
                && before.TrueForAll(c => StatesFailing(text, c) && !_cues.ProblemListCue.Match(text, c.Start, c.Length).Success))
            {
                listStart = before[0].Start;
            }

            // A list that sums up what the paragraph then hands over to be told item by item (存在A、B、C等问题。主要表现在：
            // / 一是……二是……): the items are the problems, the sum names none of its own.
            if (ending.Success && sentenceEnd < paragraph.End && _cues.ManifestationLead.IsMatch(text.AsSpan(sentenceEnd, paragraph.End - sentenceEnd).Trim().ToString()))
            {
                yield break;
            }

            var clauses = SplitAt(text, new TextSpan(listStart, listEnd), '；', ';').ToList();
            // A lead to the list inside its first clause (巡察组指出，巡察中也发现了一些问题，主要是：A，B；C) says no failing:
            // the first item starts after it.
            if (clauses.Count >= 2 && text.IndexOfAny(['：', ':'], clauses[0].Start, clauses[0].Length) is var colon and >= 0
                && !StatesFailing(text, new TextSpan(clauses[0].Start, colon)) && clauses[0].End - colon - 1 >= MinStatedFailing)
            {
                clauses[0] = new TextSpan(colon + 1, clauses[0].End);
            }

            // The cue only announces the list (巡察也暴露出一些共性问题，需要高度警醒。有的……；有的……), or labels a
            // paragraph of statements (主要问题：A。B。C。): the list is the paragraph's following sentences, one
            // problem a sentence, or a clause when a sentence is a ；-list.
            var only = clauses.Count == 1 ? _cues.ManifestationLead.Replace(clauses[0].Slice(text).Trim(), "。") : "";
            // So does a cue that closes its sentence (……还存在一些不足。): it names no problem itself.
            // A sentence that goes on from its announcement to the failings themselves (还存在不少漏洞，有的项目先开工、后补手续，
            // 有的……没有上会研究) states its problem there: the sentences after it are not the list.
            var goesOn = clauses.Count == 1 && _cues.ListAnnouncement.Match(only) is { Success: true } announcement && _cues.Failing.IsMatch(only, announcement.Index + announcement.Length);
            if (goesOn && sentences.FirstOrDefault(s => s.Start <= listStart && listStart < s.End) is { Length: > 0 } whole && whole.Start >= paragraph.Start)
            {
                // The sentence is the problem, from its subject on (不过，|养护资金使用中还存在不少问题，有的……).
                yield return (new TextSpan(whole.Start + TurnWordRegex().Match(text, whole.Start, whole.Length).Length, whole.End), Origin.Listed);
                yield break;
            }

            var announces = clauses.Count == 1 && (_cues.ListAnnouncement.IsMatch(only) || _cues.Announced.IsMatch(only) || only.Trim().Trim('。', '：', ':', '；', ';').Length == 0);
            // The label may follow its unit (市档案馆党组存在的主要问题：A。B。C。), a subject with no stop in it.
            var labels = (cue.Index <= 8 || (cue.Index <= 30 && body.AsSpan(0, cue.Index).IndexOfAny(ClauseStops) < 0)) && cue.Value.EndsWith('：') && clauses.Count == 1 && !ending.Success;
            var following = sentences.Where(s => s.Start >= sentenceEnd && s.End <= paragraph.End).ToList();
            // So does a colon that closes a lead further into its sentence (……，同时也看到一些突出问题，集中表现为：A不够有力，……。
            // B有差距，……。) when the sentence after it and at least one more each open on a failing of their own (the
            // headline before their first comma): one problem a sentence, as a 巡视 news item tells them. Sentences that do
            // not so open are the evidence of the one before.
            if (!labels && cue.Value.EndsWith('：') && clauses.Count == 1 && !ending.Success && OpensOnFailing(text, new TextSpan(listStart, sentenceEnd))
                && following.Exists(s => OpensOnFailing(text, s)))
            {
                labels = true;
                following = [.. following.Where(s => OpensOnFailing(text, s))];
            }

            if (labels)
            {
                following.Insert(0, new TextSpan(listStart, sentenceEnd)); // the labelled sentence itself, after its label
            }

            // One that says only how marked the problems are, closing its paragraph (中心……还存在明显短板，有的问题在上一轮巡察时就
            // 指出过。), announces what the paragraphs after it tell.
            if (clauses.Count == 1 && following.Count == 0 && AnnouncesByDegree(only))
            {
                yield break;
            }

            if ((announces || labels) && following.Count >= (announces ? 1 : 2))
            {
                // A sentence that hands the problems over (现将巡察发现的问题以清单形式反馈给你们，请……) announces them too.
                // Nor is a sentence asking something of the unit (站党支部要对清单所列问题逐项制定整改措施……) one of them, nor one
                // that says how the speaker will tell them (下面，我分七个方面讲一讲。).
                // Nor is what the inspection did or is about to say (巡察情况已向县委书记专题会议汇报。/ 下面，我代表巡察组讲六个方面。):
                // a sentence with no failing in it that does not read as a problem either.
                foreach (var sentence in following.Where(s => !_cues.ProblemsFollow.IsMatch(s.Slice(text).Trim()) && !_cues.AnnouncingLine.IsMatch(s.Slice(text).Trim()) && !_cues.RequirementParagraph.IsMatch(s.Slice(text).Trim())
                    && (_cues.Failing.IsMatch(s.Slice(text)) || _roleOf?.Invoke(Clean(s.Slice(text))) is not (not "problem", _))))
                {
                    var parts = SplitAt(text, sentence, '；', ';').ToList();
                    foreach (var part in parts.Count >= 2 ? parts : [sentence])
                    {
                        yield return (part, Origin.Listed);
                    }
                }

                yield break;
            }
            // Inside a part of problems one cued clause is a sentence stating its problem (……中存在X问题), unless it sums up
            // failings of their own (同时，……中存在A不全、B未履行、C未清理等问题): then it lists them as a list outside one does.
            var items = ListItems(text, clauses, ending.Success).ToList();
            if (clauses.Count >= 2 || !inRoot || (ending.Success && items.Count >= 2 && items.TrueForAll(i => StatesFailing(text, i))))
            {
                foreach (var item in items)
                {
                    yield return (item, Origin.Listed);
                }

                // A failing that goes on in the list's sentence after it (……等问题，对上轮审计指出的X问题也未整改到位 / ……等问题；
                // 下属子公司违规发放津补贴的现象仍然存在) is one more.
                if (ending.Success && text.AsSpan(ending.Index + ending.Length, Math.Max(0, sentenceEnd - ending.Index - ending.Length)).TrimStart("，,；;") is { Length: >= MinStatedFailing } tail
                    && new TextSpan(sentenceEnd - tail.Length, sentenceEnd) is var rest && rest.Slice(text).IndexOfAny(['；', ';']) < 0
                    && !OpensList(text, rest) && StatesFailing(text, rest))
                {
                    yield return (rest, Origin.Listed);
                }

                // Further cued lists in the paragraph (存在A、B等问题；存在C、D等问题；…), read the same way.
                var next = ending.Success ? ending.Index + ending.Length : listEnd;
                while (next < paragraph.End && _cues.ProblemListCue.Match(text, next, paragraph.End - next) is { Success: true } again)
                {
                    var start = again.Index + again.Length;
                    var stop = sentences.Where(s => s.Start <= start && start < s.End).Select(s => s.End).DefaultIfEmpty(paragraph.End).First();
                    var closing = _cues.ProblemListEnd.Match(text, start, paragraph.End - start);
                    var end = closing.Success ? closing.Index : stop;
                    if (end <= start)
                    {
                        break;
                    }

                    foreach (var item in ListItems(text, [.. SplitAt(text, new TextSpan(start, end), '；', ';')], closing.Success))
                    {
                        yield return (item, Origin.Listed);
                    }

                    listEnd = end;
                    next = closing.Success ? closing.Index + closing.Length : end;
                }

                // Prose after the list, inside a part headed as problems, is still candidate.
                if (inRoot)
                {
                    foreach (var sentence in sentences.Where(s => s.Start >= listEnd && s.End <= paragraph.End))
                    {
                        yield return (sentence, Origin.Prose);
                    }
                }
                else
                {
                    // Outside one, a sentence after the list that turns to one more finding (此外，巡察组还指出，该站对上轮……的整改
                    // 不彻底，……) is one more problem; the clues handed over (同时，巡察组还收到……问题线索，已按规定转……) are none.
                    foreach (var sentence in sentences.Where(s => s.Start >= listEnd && s.End <= paragraph.End))
                    {
                        var said = sentence.Slice(text);
                        if (FurtherFindingRegex().Match(said) is { Success: true } further && !_cues.ClueTransfer.IsMatch(said) && !_cues.RequirementSentence.IsMatch(said)
                            && new TextSpan(sentence.Start + further.Length, sentence.End) is var finding && _cues.Failing.IsMatch(FirstClause(finding.Slice(text))))
                        {
                            yield return (finding, Origin.Listed);
                        }
                    }
                }

                yield break;
            }
        }

        if (inRoot)
        {
            var joined = EvidenceJoined(text, [.. sentences.Where(s => paragraph.Contains(s))]).ToList();
            for (var j = 0; j < joined.Count; j++)
            {
                var sentence = joined[j];
                // A heading of speech (首先是……打了折扣。) over problems in parallel (一方面，……。另一方面，……) names their area.
                if (j + 1 < joined.Count && _cues.SequencedHeading.IsMatch(sentence.Slice(text).Trim()) && _cues.ParallelLead.IsMatch(joined[j + 1].Slice(text).TrimStart()))
                {
                    continue;
                }

                var clauses = SplitAt(text, sentence, '；', ';').ToList();
                // Clauses in parallel (一些干部……；一些基层组织……) are as many problems, however few.
                // Clauses in parallel are one list: they share its label (一方面，A；另一方面，B — B's wording alone may read as a requirement).
                var parallel = InParallel(text, clauses);
                foreach (var clause in clauses.Count >= 3 || parallel ? clauses : [sentence])
                {
                    yield return (clause, parallel ? Origin.Listed : Origin.Prose);
                }
            }
        }
    }

    /// <summary>
    /// Problems stated with their manifestations: a heading (存在问题一：…不充分 / （一）…不到位) followed by, or ending with,
    /// a manifestation lead (主要表现在： / 具体表现为：), then the manifestations up to the next such heading or the next
    /// part. A heading that only names an area (（一）…方面) is not a problem: its items are.
    /// </summary>
    private List<TextSpan> Manifested(string text, List<Paragraph> paragraphs, List<Section> sections)
    {
        var heads = new List<(int Heading, int First)>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var body = paragraphs[i].Span.Slice(text).Trim();
            var lead = _cues.ManifestationLead.Match(body);
            if (!lead.Success)
            {
                // A problem's title on a line of its own over a paragraph that opens with its lead (公务用车管理不规范 /
                // 具体表现为：……): the title and the paragraph, and any paragraph after it up to the next title. A numbered
                // title ((二)党的建设缺失) is a part's heading: what its body lists are its problems (the leaves' step).
                if (i > 0 && _cues.ManifestationInline.Match(body) is { Success: true, Index: 0 } opening && opening.Length < body.Length
                    && IsTitleLine(paragraphs[i - 1].Span.Slice(text).Trim()) && !HeadingNumberRegex().IsMatch(paragraphs[i - 1].Span.Slice(text).Trim())
                    && (heads.Count == 0 || i - 1 >= heads[^1].First))
                {
                    var title = HeadingNumberRegex().Replace(paragraphs[i - 1].Span.Slice(text).Trim(), "");
                    if (title.Length >= 6 && !AreaOnlyRegex().IsMatch(title) && !_cues.ProblemRootHeading.IsMatch(title))
                    {
                        heads.Add((i - 1, i));
                    }
                }

                continue;
            }

            var heading = lead.Index == 0 ? i - 1 : i;
            if (heading < 0 || (heads.Count > 0 && heading < heads[^1].First))
            {
                continue;
            }

            var stated = paragraphs[heading].Span.Slice(text).Trim();
            stated = lead.Index == 0 ? stated : stated[..lead.Index];
            stated = HeadingNumberRegex().Replace(stated, "");
            // Not an announcement (……还存在一些不容忽视的问题，突出表现为：): that introduces a list of problems.
            // Nor what the inspectors found, told as a whole (巡察也发现，局党组……存在“重此轻彼”的倾向，具体表现为：): its
            // manifestations are the findings.
            if (stated.Length is < 6 or > 80 || AreaOnlyRegex().IsMatch(stated) || _cues.ProblemRootHeading.IsMatch(stated) || Announces(stated.TrimEnd('，', ',', '。') + "。")
                || _cues.FoundLead.IsMatch(stated))
            {
                continue;
            }

            heads.Add((heading, i + 1));
        }

        var spans = new List<TextSpan>();
        for (var k = 0; k < heads.Count; k++)
        {
            var (heading, first) = heads[k];
            var limit = k + 1 < heads.Count ? heads[k + 1].Heading : paragraphs.Count;
            var last = first - 1;
            // The numbered item the heading stands in ((五)……。具体表现为：), if any: the next item of its list ((六)……) is a
            // problem of its own, not one more manifestation.
            var own = sections.Find(s => !s.HeadingSpan.IsEmpty && paragraphs[heading].Span.Contains(s.HeadingSpan.Start));
            for (var j = first; j < limit; j++)
            {
                // A part of the document's own (三、整改建议) closes the run, and so does the heading's next sibling.
                var start = paragraphs[j].Span.Start;
                if (sections.Any(s => (s.Level == 1 || (own is not null && s.Level == own.Level && s.Style == own.Style)) && s.HeadingSpan.Start >= start && s.HeadingSpan.Start < paragraphs[j].Span.End))
                {
                    break;
                }

                last = j;
            }

            if (last >= first)
            {
                spans.Add(new TextSpan(paragraphs[heading].Span.Start, paragraphs[last].Span.End));
            }
        }

        return spans;
    }


    // Two or more quotations in a row, nothing else but the marks between them (“A”“B”、“C”).
    [GeneratedRegex("^\\s*(“(?<quote>[^“”]{6,80})”[、，,]?\\s*){2,}$")]
    private static partial Regex QuotedRunRegex();

    // A statement without its number or inline ordinal (一是 / 第一， / （一） / 1.).
    private static string Unnumbered(string statement) => OrdinalRegex().Replace(HeadingNumberRegex().Replace(statement.Trim(), ""), "");

    [GeneratedRegex("^([一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，,、是])")]
    private static partial Regex OrdinalRegex();

    // A line that only titles what follows: short, no sentence inside it.
    private static bool IsTitleLine(string line) => line.Length is > 0 and <= 40 && line.IndexOfAny(['。', '；', ';', '，', ',', '：', ':']) < 0;

    // A heading's own number or label: 存在问题一： / 问题3： / （一） / 一、 / 1.
    [GeneratedRegex("^((存在)?问题([一二三四五六七八九十0-9０-９]+|[（(][一二三四五六七八九十0-9]+[）)])[：:、.．]?|[（(][一二三四五六七八九十0-9]+[）)]|[一二三四五六七八九十]+[、.．]|[0-9]+[、.．])\\s*")]
    private static partial Regex HeadingNumberRegex();

    // A check mark closing an item (√ / ✓ / ✔): marked as put right.
    [GeneratedRegex("[√✓✔]\\s*$")]
    private static partial Regex CheckedOffRegex();

    // A paragraph's first sentence that only names its area: 全面从严治党方面。 / 在基层党组织建设方面：
    [GeneratedRegex("\\G\\s*(在)?[^，。；：:,;]{2,24}方面[。：:]")]
    private static partial Regex AreaSentenceRegex();

    // An inline item's ordinal and area just before where its statement starts: ……二是在履行……责任方面，|.
    [GeneratedRegex("[一二三四五六七八九十]是(在|从)[^，。；：:,;]{1,24}(上|方面|中)[，,]\\s*$")]
    private static partial Regex AreaReadOffRegex();

    // How far back an inline item's ordinal and area may stand.
    private const int MaxAreaReadOff = 32;

    // The ordinal an inline item opens with: 一是 / 二是， / 第三是.
    [GeneratedRegex("\\G\\s*第?[一二三四五六七八九十]{1,3}是[，,]?")]
    private static partial Regex InlineShiRegex();

    // A paragraph's label naming its area, with a colon: 在村级“三资”管理方面： / 从干部队伍管理上：
    [GeneratedRegex("^(在|从)[^，。；：:,;]{2,30}(方面|上|中)[：:]")]
    private static partial Regex AreaLabelRegex();

    // A paragraph opening on a part of the whole, as parallel findings do: 有的学校…… / 个别班子成员…… / 少数党员…….
    [GeneratedRegex("^(有的|有些|个别|少数|部分|一些)")]
    private static partial Regex ParallelOpenerRegex();

    // Sentences of a paragraph: its full stops, one for a paragraph with none.
    private static int Sentences(string paragraph) => Math.Max(1, paragraph.TrimEnd().TrimEnd('。').Count(c => c == '。') + 1);

    // A heading that only names an area: （一）贯彻落实……方面 / 在党的建设方面.
    [GeneratedRegex("方面(的问题|存在的问题)?[：:。]?$")]
    private static partial Regex AreaOnlyRegex();

    /// <summary>
    /// The ；-clauses of an area's text (after its heading up to <paramref name="end"/>), each long enough to state a
    /// problem; none when a clause is short (a list of words, not of problems) or a ；stands inside quotes or brackets.
    /// </summary>
    /// <summary>The paragraphs of an area's text, a paragraph that opens as detail (如：…… / 其中……) joined to the one before.</summary>
    private List<TextSpan> AreaParagraphs(string text, List<Paragraph> paragraphs, int start, int end)
    {
        var found = new List<TextSpan>();
        var owned = paragraphs.Where(p => p.Span.Start >= start && p.Span.End <= end && !p.Span.IsEmpty).ToList();

        // An area told as a lead and then paragraphs each opening alike on a part of the whole (有的学校……。城关二小……。 /
        // 有的股室……。……), each with its own evidence: those paragraphs are its problems, the lead sums them up.
        var parallel = owned.Skip(1).Count(p => ParallelOpenerRegex().IsMatch(p.Span.Slice(text).TrimStart()) && Sentences(p.Span.Slice(text)) >= 2);
        if (owned.Count >= 3 && parallel >= 2 && parallel == owned.Count - 1 && !ParallelOpenerRegex().IsMatch(owned[0].Span.Slice(text).TrimStart()))
        {
            return owned.Skip(1).Select(p => p.Span).ToList();
        }

        foreach (var paragraph in owned)
        {
            var body = paragraph.Span.Slice(text).TrimStart();
            if (found.Count > 0 && _cues.DetailLead.IsMatch(body))
            {
                found[^1] = new TextSpan(found[^1].Start, paragraph.Span.End);
            }
            else if (body.Length >= MinAreaClause || (body.Length >= 8 && body.TrimEnd()[^1] is '。' or '.'))
            {
                found.Add(paragraph.Span);
            }
            else
            {
                return []; // a short line among them (a sub-heading, a label): not a paragraph a problem
            }
        }

        return found;
    }

    private static List<TextSpan> AreaClauses(string text, int start, int end)
    {
        var clauses = new List<TextSpan>();
        var depth = 0;
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '。' or '：' or ':' or '，'))
        {
            start++;
        }

        var from = start;
        for (var i = start; i <= end; i++)
        {
            var c = i < end ? text[i] : '；';
            if (c is '“' or '（' or '(' or '《' or '「')
            {
                depth++;
            }
            else if (c is '”' or '）' or ')' or '》' or '」')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && (c is '；' or ';' || (i < end && c == '。' && i + 1 < end)))
            {
                if (c == '。')
                {
                    return []; // sentences, not one sentence's clauses: the area's text is read as it stands
                }

                var (a, b) = (from, i);
                while (a < b && (char.IsWhiteSpace(text[a]) || text[a] is '。' or '：' or ':'))
                {
                    a++;
                }

                while (b > a && char.IsWhiteSpace(text[b - 1]))
                {
                    b--;
                }

                var clause = new TextSpan(a, b);
                if (clause.Length < MinAreaClause)
                {
                    return [];
                }

                clauses.Add(clause);
                from = i + 1;
            }
        }

        return clauses;
    }

    private const int MinAreaClause = 16;

    /// <summary>
    /// Whether what follows a list's cue says only how marked the problems are (明显短板，有的问题在上一轮巡察时就指出过。) and
    /// states no failing after it: the problems follow.
    /// </summary>
    private bool AnnouncesByDegree(string rest) =>
        _cues.DegreeAnnouncement.Match(rest) is { Success: true } degree && !_cues.Failing.IsMatch(rest, degree.Index + degree.Length);

    /// <summary>The last close of a list (等问题 / 等。) from <paramref name="start"/> that ends the text before <paramref name="end"/>; null when none does.</summary>
    private Match? ClosingAtEnd(string text, int start, int end)
    {
        Match? last = null;
        for (var m = _cues.ProblemListEnd.Match(text, start, end - start); m.Success; m = m.NextMatch())
        {
            last = m;
        }

        return last is not null && text.AsSpan(last.Index + last.Length, end - last.Index - last.Length).Trim("。；;.！ \t\r\n").IsEmpty ? last : null;
    }

    /// <summary>Fewest numbered items in a later part of problems for an earlier part of prose to be read as its summary.</summary>
    private const int MinListedBelow = 3;

    /// <summary>
    /// The problems of one paragraph of sentences: the first sentence and each later one that opens by naming a failing or by
    /// adding another (同时，/ 此外，/ ……还存在), each with the sentences after it; none when no later sentence opens one.
    /// </summary>
    private List<TextSpan> RunOnProblems(string text, TextSpan paragraph, IReadOnlyList<TextSpan> sentences)
    {
        var inside = sentences.Where(x => x.Start >= paragraph.Start && x.End <= paragraph.End && !x.Slice(text).IsWhiteSpace()).ToList();
        if (inside.Count < 2)
        {
            return [];
        }

        var starts = new List<int> { 0 };
        for (var k = 1; k < inside.Count; k++)
        {
            var body = inside[k].Slice(text).TrimStart();
            if (_cues.AdditionLead.IsMatch(body) || NamesFailingFirst(body))
            {
                starts.Add(k);
            }
        }

        if (starts.Count < 2)
        {
            return [];
        }

        // Each problem runs from its opening sentence (its leading spaces left out) to the sentence before the next one's.
        var problems = new List<TextSpan>(starts.Count);
        for (var i = 0; i < starts.Count; i++)
        {
            var from = inside[starts[i]].Start;
            while (char.IsWhiteSpace(text[from]))
            {
                from++;
            }

            problems.Add(new TextSpan(from, (i + 1 < starts.Count ? inside[starts[i + 1] - 1] : inside[^1]).End));
        }

        return problems;
    }



    /// <summary>
    /// The 、-parts of an area's text when it is one sentence listing failings, each part ending in a failing of its own
    /// (系统性不够、针对性不足、转化运用不到位); none otherwise.
    /// </summary>
    private static List<TextSpan> FailingParts(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '。' or '：' or ':'))
        {
            start++;
        }

        var stop = end;
        while (stop > start && (char.IsWhiteSpace(text[stop - 1]) || text[stop - 1] is '。'))
        {
            stop--;
        }

        if (stop - start < 2 * MinFailingPart || text.AsSpan(start, stop - start).IndexOfAny("。；;\n") >= 0)
        {
            return [];
        }

        var parts = new List<TextSpan>();
        var depth = 0;
        var from = start;
        for (var i = start; i <= stop; i++)
        {
            var ch = i < stop ? text[i] : '、';
            depth += ch is '“' or '（' or '(' or '《' ? 1 : ch is '”' or '）' or ')' or '》' ? -1 : 0;
            if (ch == '、' && depth <= 0)
            {
                var part = new TextSpan(from, i);
                if (part.Length < MinFailingPart || !FailingEndRegex().IsMatch(part.Slice(text)))
                {
                    return [];
                }

                parts.Add(part);
                from = i + 1;
            }
        }

        return parts;
    }

    private const int MinFailingPart = 6;

    // A failing that ends its clause: 不够, 不足, 不到位, 不严, 滞后, 薄弱 ….
    [GeneratedRegex("(不够|不足|不到位|不强|不严|不力|不实|不高|不深|不细|不及时|不规范|不彻底|缺失|缺位|滞后|薄弱|偏软|偏弱|松散|乏力|走过场|流于形式)$")]
    private static partial Regex FailingEndRegex();

    private static readonly System.Buffers.SearchValues<char> Bullets = System.Buffers.SearchValues.Create(CharacterClass.BulletMarks + "—·－-");

    // A line of eight characters or more that opens with a bullet (— 信访事项办理质效不高…).
    private static bool IsBulleted(string text, TextSpan span) => span.Length >= 8 && Bullets.Contains(text[span.Start]);

    private static bool IsBulletedAt(List<Paragraph> paragraphs, string text, int index) => index >= 0 && index < paragraphs.Count && IsBulleted(text, paragraphs[index].Span);

    [GeneratedRegex("^[（(]?(同期声|同期|画面|记者|主持人|导语|解说|字幕|摄像|编辑|审核)[：:][^。；！？]{0,30}[）)]?$")]
    private static partial Regex ScriptLabelLineRegex();

    /// <summary>An interviewer's question: a short paragraph under a speaker's label (记者：/ 问：) that ends with a question mark.</summary>
    private static bool IsQuestion(string text, TextSpan span) =>
        span.Length <= MaxQuestion && span.Slice(text).Trim() is { Length: > 2 } line && line[^1] is '？' or '?' && SpeakerLabelRegex().IsMatch(line);

    private const int MaxQuestion = 80;

    // A speaker's label at a paragraph's start: a name or role of a few characters and a colon (记者： / 聂海宁： / 问：).
    [GeneratedRegex(@"\G\s*[\p{IsCJKUnifiedIdeographs}A-Za-z]{1,8}[：:]")]
    private static partial Regex SpeakerLabelRegex();

    /// <summary>A sentence that is a phrase in quotes and nothing more (“服务大局不够主动”。): a label naming what follows.</summary>
    private static bool IsQuotedLabel(string sentence)
    {
        var label = sentence.Trim().TrimEnd('。', '.', '：', ':');
        return label.Length is > 2 and <= MaxQuotedLabel && label[0] is '“' or '「' or '"' && label[^1] is '”' or '」' or '"'
            && label.AsSpan(1, label.Length - 2).IndexOfAny("“”「」\"") < 0;
    }

    private const int MaxQuotedLabel = 24;

    // An item's statement before its detail: 落实林长制工作要求不到位 (of 落实林长制工作要求不到位。县委关于“要建立……”的要求……).
    [GeneratedRegex("^(头一个|第一个(问题)?|第一|首先|一是)[，,：:]")]
    private static partial Regex OrdinalLeadRegex();

    [GeneratedRegex("^(讲讲|讲一讲|谈谈|说说|先讲讲?|先说说?|先谈谈?)?(取得的|主要|工作)?(成绩|成效|总体评价|基本评价|总体情况和评价)(方面)?$")]
    private static partial Regex AchievementsHeadingRegex();

    private static string FirstClause(string body)
    {
        var stop = body.AsSpan().IndexOfAny('。', '；', '：');
        return stop > 0 ? body[..stop] : body;
    }

    /// <summary>
    /// Where the rest of a paragraph starts when its first sentence announces problems without naming one (但也要清醒看到，
    /// 巡察发现的一些问题具有一定普遍性，有的还比较突出。) and more sentences follow; else 0. A sentence with a failing or a
    /// figure in it is a problem itself.
    /// </summary>
    private int OpensByAnnouncing(string text, TextSpan paragraph, IReadOnlyList<TextSpan> sentences)
    {
        var first = sentences.FirstOrDefault(s => paragraph.Contains(s));
        if (first.IsEmpty || first.End >= paragraph.End - 1)
        {
            return 0;
        }

        var sentence = first.Slice(text);
        // A speech's counted summary (第一个“不够”，是贯彻上级部署不够有力。) sums up the problems the sentences after it state.
        if (_cues.CountedSummary.IsMatch(sentence.TrimStart()))
        {
            return first.End;
        }

        // Leads handed on (巡察组已将巡察中发现的问题线索……移交……) announce nothing; nor does a meeting's opening that
        // says the problems will be fed back (把……发现的问题向村党支部作个反馈。这次巡察，我们个别谈话62人次……): how the
        // group worked follows it, the problems come later.
        return _cues.OpeningAnnouncement.IsMatch(sentence) && !_cues.Failing.IsMatch(sentence) && !sentence.Any(char.IsDigit) && !_cues.ClueTransfer.IsMatch(sentence)
            && !FeedingBackRegex().IsMatch(sentence) ? first.End : 0;
    }

    // Problems said to show something (出现的问题暴露出…… / 这些问题反映出……): a look back at them (Extract's paragraph loop).
    [GeneratedRegex("(出现|发现|存在|暴露|反馈|指出|这些|上述|以上)的?(这些|上述)?问题[^。；，]{0,4}(暴露|反映|折射|凸显)")]
    private static partial Regex LookingBackRegex();

    [GeneratedRegex("(作|做|进行)(个|一个|一下)?(简要|集中|全面)?的?反馈")]
    private static partial Regex FeedingBackRegex();


    // Whether a paragraph that opens by stating a rule goes on to its breach (……应当……；但2023年只召开了2次).
    /// <summary>
    /// The failings a paragraph turns to after its praise: from a sentence after the first that opens with a turn (但 / 不过)
    /// and names a failing in its first clause (not an announcement of problems to come), each ；-clause of it and of the
    /// sentences after it that name failings, up to one that asks something of the unit. Empty when the paragraph has none.
    /// </summary>
    private List<TextSpan> TurnToFailings(string text, TextSpan paragraph, IReadOnlyList<TextSpan> sentences)
    {
        var inside = sentences.Where(s => paragraph.Contains(s)).Take(MaxSentencesRead).ToList();
        var turn = inside.Count < 2 ? -1 : inside.FindIndex(1, s => _cues.ContrastTurn.IsMatch(s.Slice(text).TrimStart()));
        int from;
        if (turn >= 1 && inside.Take(turn).Any(s => !_cues.Failing.IsMatch(s.Slice(text))))
        {
            var opening = inside[turn].Slice(text);
            from = inside[turn].Start + (opening.Length - opening.TrimStart().Length) + _cues.ContrastTurn.Match(opening.TrimStart()).Length;
        }
        else if (inside.Count >= 3 && inside.FindIndex(1, s => _cues.ProblemsLie.IsMatch(s.Slice(text).Trim())) is >= 1 and var lie && lie + 1 < inside.Count)
        {
            // After praise, a sentence that says where the problems lie (……这一点值得肯定。问题主要出在人和钱上。A……。B……。) turns
            // to them: they are the sentences after it.
            turn = lie + 1;
            from = inside[turn].Start;
        }
        else
        {
            // A concession turned inside one sentence (虽然……引进了两家企业，但是产业项目……的问题比较明显，……): what the
            // unit did is granted, the failing after the turn is the problem.
            turn = inside.FindIndex(s => _cues.ConcessiveTurn.IsMatch(s.Slice(text)));
            if (turn < 0)
            {
                return [];
            }

            var conceded = _cues.ConcessiveTurn.Match(inside[turn].Slice(text));
            // What sums up the problems already told (上述问题虽然发生在不同环节，但反映出……) raises none.
            if (_cues.SummedUp.IsMatch(inside[turn].Slice(text)[..(conceded.Index + conceded.Length)]))
            {
                return [];
            }

            from = inside[turn].Start + conceded.Index + conceded.Length;
        }

        // What the speaker says he noticed (可是我们也注意到，……) is the finding after the lead.
        from += _cues.NoticedLead.Match(text[from..inside[turn].End]).Length;
        var first = text[from..inside[turn].End];
        // 但巡察也发现，……问题较多 announces what the paragraphs after it find.
        // A cue of a list (但也存在以下问题： / 但也存在一些问题，包括A，B，C等) announces too; a failing it opens (一部分干部存在“等靠要”
        // 心态) does not.
        // Nor does a warning of what may come (有些问题如果不及时解决，会让这些成绩打折扣): no failing found.
        if (!NamesFailing(FirstClause(first)) || HypotheticalRegex().IsMatch(FirstClause(first)) || _cues.FoundLead.IsMatch(first) || Announces(first) || _cues.ListAnnouncement.IsMatch(first) || ProblemsManyRegex().IsMatch(first.Trim())
            || (_cues.ProblemListCue.Match(first) is { Success: true } cue && first[(cue.Index + cue.Length)..].TrimStart() is var rest
                && (rest.Length == 0 || rest[0] is '：' or ':' or '。' or '；' or ';' or '，' or ',' || cue.Value.EndsWith("包括", StringComparison.Ordinal) || _cues.ListAnnouncement.IsMatch(rest) || Announces(FirstClause(rest)) || AnnouncesByDegree(rest)
                    || _cues.ListEnd.IsMatch(rest))))
        {
            return [];
        }

        var failings = new List<TextSpan>();
        for (var k = turn; k < inside.Count; k++)
        {
            var sentence = k == turn ? new TextSpan(from, inside[k].End) : inside[k];
            var body = sentence.Slice(text).Trim();
            if (k > turn && (_cues.AskedOfUnit.IsMatch(body) || _cues.RequirementSentence.IsMatch(body) || !NamesFailing(body)))
            {
                break;
            }

            failings.AddRange(SplitAt(text, sentence, '；', ';'));
        }

        return failings;

        // A failing word (不深, 滞后, 流于形式), or wording the classifier reads as a problem (运营不佳, 以工作例会代替).
        bool NamesFailing(string statement) => _cues.Failing.IsMatch(statement) || _roleOf?.Invoke(Clean(statement)) is ("problem", _);
    }

    /// <summary>
    /// The problem of a speech's paragraph on one area, opened by the area (从落实……责任看， / 在……上， / ……方面， / ……这一块，):
    /// from its first clause when that names a failing, else from a turn inside its first sentence (……守住了的，但……仍有……);
    /// on through the sentences after it that name a failing or give figures. Null when it names none there.
    /// </summary>
    private TextSpan? AreaFailing(string text, TextSpan paragraph, IReadOnlyList<TextSpan> sentences)
    {
        var body = paragraph.Slice(text);
        var lead = SpeechAreaLeadRegex().Match(body);
        var inside = sentences.Where(s => paragraph.Contains(s) && s.Slice(text).Trim().Length > 1).Take(MaxSentencesRead).ToList();
        // A paragraph that ends by introducing what follows (……但仍有3个问题整改不彻底、有反弹：) is the lead of a list.
        if (!lead.Success || inside.Count == 0 || inside[0].End <= paragraph.Start + lead.Length || body.TrimEnd() is [.., '：' or ':'])
        {
            return null;
        }

        // Praise whose one failing word records no accident (……没有发生安全责任事故。这一点值得肯定。) names no failing.
        if (_cues.Praise.IsMatch(body) && !_cues.Failing.IsMatch(_cues.NoIncident.Replace(body.ToString(), "")))
        {
            return null;
        }

        var start = paragraph.Start + lead.Length;
        var first = text[start..inside[0].End];
        // By a failing word; else from a turn inside it (大的面上是守住了的，但……); else by wording the classifier is sure reads as a
        // problem (行政处罚自由裁量把握不一) — it reads an area's opening praise (局里项目储备做得扎实) as a problem too, but not with
        // such confidence.
        var opening = 0;
        if (!_cues.Failing.IsMatch(FirstClause(first)))
        {
            // After its turn a clause states the problem, whether by a failing word or by wording the classifier reads so.
            var turn = ClauseTurnRegex().Match(first);
            if (turn.Success && FirstClause(first[(turn.Index + turn.Length)..]) is var turned && (_cues.Failing.IsMatch(turned) || _roleOf?.Invoke(Clean(turned)) is ("problem", _)))
            {
                start += turn.Index + turn.Length;
            }
            else if (IsSureProblem(Clean(FirstClause(first))) && !_cues.Praise.IsMatch(first))
            {
                // Read from its start.
            }
            // A short first sentence that only says who speaks or judges (谈到工程项目管理，组长说得很直接。) frames the one after it,
            // which states the failing.
            else if (inside.Count >= 2 && first.Length <= MaxFrame && !_cues.Failing.IsMatch(first) && !_cues.Praise.IsMatch(first)
                && inside[1].Slice(text).Trim() is var next && (_cues.Failing.IsMatch(FirstClause(next)) || IsSureProblem(Clean(FirstClause(next)))))
            {
                start = inside[1].Start;
                opening = 1;
            }
            else
            {
                return null;
            }
        }

        var end = inside[opening].End;
        foreach (var sentence in inside.Skip(opening + 1))
        {
            var said = sentence.Slice(text).Trim();
            // A sentence that names an area of its own and states its failing (……。在执法权力运行上，A……。) turns to the next problem.
            if (_cues.AskedOfUnit.IsMatch(said) || _cues.RequirementSentence.IsMatch(said) || !(_cues.Failing.IsMatch(said) || _cues.Figure.IsMatch(said) || FindingRegex().IsMatch(said))
                || (SpeechAreaLeadRegex().IsMatch(said) && AreaFailing(text, new TextSpan(sentence.Start, paragraph.End), sentences) is not null))
            {
                break;
            }

            end = sentence.End;
        }

        return new TextSpan(start, end);
    }

    /// <summary>Longest scene title of a story (账本里的“小数点”).</summary>
    private const int MaxSceneTitle = 16;

    /// <summary>Longest first sentence of an area's paragraph that only frames the failing told after it.</summary>
    private const int MaxFrame = 24;

    /// <summary>Fewest paragraphs naming areas in turn for a speech to be read one area a paragraph.</summary>
    private const int MinSequencedAreas = 3;

    /// <summary>Least length of what such a paragraph says after the area's name.</summary>
    private const int MinSequencedProblem = 12;

    // A paragraph opening by naming its area in turn, as a speaker does: 先说全民健身。 / 再说场馆经营。 / 第三个方面是赛事经费。 /
    // 最后说党建。
    [GeneratedRegex("\\G\\s*(先说|再说|接着说|然后说|最后说|再讲|先讲|首先是|其次是|再次是|再就是|最后是|第[一二三四五六七八九十]{1,2}(个方面|方面|点|件事)?(是|，是))[^，。；：:]{2,20}。")]
    private static partial Regex SequencedAreaRegex();

    // 从落实全面从严治党责任看， / 就党风廉政建设而言， / 在落实中央八项规定精神上， / 干部队伍这一块， / 对于交通运输执法， / 基层党组织建设方面， / 但从巡察掌握的情况看，.
    [GeneratedRegex("^\\s*((但是?|不过|同时)[，,]?)?(从[^，。；]{2,24}?(来)?看|就[^，。；]{2,24}?(而言|来说|来讲)|在[^，。；]{2,24}(上|方面|中)|[^，。；]{2,14}(方面|这一块|这块)|说到[^，。；]{2,14}|谈到[^，。；]{2,14}|对于[^，。；]{2,14})[，,]")]
    private static partial Regex SpeechAreaLeadRegex();

    // 巡察组翻阅记录发现， / 推进河湖长制时，……只办结了四件 — evidence: what was found, counted.
    [GeneratedRegex("(巡[察视]组?|调阅|翻阅|查阅|抽查|核查)[^，。；]{0,12}(发现|看到)|[一二两三四五六七八九十百0-9]+(件|个|次|人|项|笔|起)")]
    private static partial Regex FindingRegex();

    // 如果不及时解决 / 一旦出现 / 若不加以纠正 — a condition: what may happen, not what was found.
    [GeneratedRegex("如果|假如|倘若|一旦|若不|要是")]
    private static partial Regex HypotheticalRegex();

    // 巡察中， / 巡察期间， / 此外， — when or besides what, before what a sentence tells.
    [GeneratedRegex("^\\s*(巡[察视]组?(中|期间|过程中)|此外|另外|同时)[，,]")]
    private static partial Regex FrameLeadRegex();

    // ……守住了的，但…… / ……，不过…… — a turn inside a sentence.
    [GeneratedRegex("[，,](但是?|不过|然而|可是)[，,]?")]
    private static partial Regex ClauseTurnRegex();

    /// <summary>Shortest and longest headline sentence heading a paragraph of evidence.</summary>
    private const int MinHeadline = 6;

    /// <summary>The shortest theme label that heads a paragraph (思政课程。…… / 校办企业。……).</summary>
    private const int MinLabel = 2;

    /// <summary>The longest number before a part's heading on its line (（十二）).</summary>
    private const int MaxMarker = 6;

    private const int MaxHeadline = 20;

    /// <summary>The group of speech area paragraphs' problems: one list.</summary>
    private const int FindingRunGroup = -998;
    private const int MinFindingRun = 3;

    /// <summary>
    /// The sentences of a paragraph that count its matters off (一件是…… / 再一件是…… / 另一件是…… / 还有一件，……), each with the
    /// sentences after it up to the next, when two or more do; none otherwise.
    /// </summary>
    private static List<TextSpan> CountedOff(string text, TextSpan paragraph, IReadOnlyList<TextSpan> sentences)
    {
        var inside = sentences.Where(s => paragraph.Contains(s)).Take(MaxSentencesRead).ToList();
        var starts = inside.Where(s => CountedOffRegex().IsMatch(s.Slice(text))).Select(s => s.Start).ToList();
        if (starts.Count < 2)
        {
            return [];
        }

        return [.. starts.Select((start, k) => new TextSpan(start, k + 1 < starts.Count ? starts[k + 1] : inside[^1].End))];
    }

    // 一件是 / 再一件是 / 另一件是 / 还有一件， / 第二件事是 — a speaker counting matters off.
    [GeneratedRegex("^\\s*(一件|再一件|另一件|还有一件|最后一件|第[一二三四五六七八九十]件)(事)?(是|，|,)")]
    private static partial Regex CountedOffRegex();

    /// <summary>Longest paragraph (in characters) that is a speech's turn to its problems and nothing more.</summary>
    private const int MaxBareTurn = 16;

    private const int MinBodyRun = 3;
    private const int SpeechAreaGroup = -999; // apart from the numbered lists' (-1 - style) and the prose's (-1000 - start)

    private bool StatesBreach(string paragraph) =>
        (_cues.BreachAfterRule.Match(paragraph) is { Success: true } breach && breach.Groups["breach"].Value is var said && (_cues.Failing.IsMatch(said) || said.Any(char.IsAsciiDigit)))
        // A rule cited first and its breach in the sentences after it (《……条例》要求，……应当及时登记入账。局里……一直没有登记入账).
        || (_cues.RuleCited.IsMatch(paragraph.TrimStart()) && paragraph.IndexOf('。') is > 0 and var stop && _cues.Failing.IsMatch(paragraph[(stop + 1)..]));

    // The number of problems an announcing sentence counts (五个方面问题, 一共五个), if it counts them.
    private int? AnnouncedCount(string sentence) =>
        _cues.AnnouncedCount.Match(sentence) is { Success: true } count && ReportReader.NumberOf(count.Groups["n"].Value) is > 1 and var n ? n : null;

    /// <summary>Whether a paragraph's last sentence announces problems without naming one (但……也存在一些不容忽视的问题。).</summary>
    // …… or closes with a sentence that says the problems come next (……也存在一些问题。下面，我就……把问题向大家讲一讲。).
    private bool EndsByAnnouncing(string text, TextSpan paragraph) => Announces(paragraph.Slice(text).TrimEnd()) || AnnouncesAlone(text, paragraph)
        || (LastSentence(paragraph.Slice(text).TrimEnd()) is { Length: > 0 } last && _cues.AnnouncingLine.IsMatch(last));

    private static string LastSentence(string body)
    {
        var stop = body.Length > 1 ? body.LastIndexOfAny(['。', '！', '？'], body.Length - 2) : -1;
        return stop >= 0 ? body[(stop + 1)..].Trim() : "";
    }

    // A paragraph of its own that announces the problems: in speech (下面，我讲一下巡察发现的主要问题。) or as an unnumbered
    // heading line (巡视发现的主要问题是：).
    private bool AnnouncesAlone(string text, TextSpan paragraph) =>
        paragraph.Slice(text).Trim() is var line && (_cues.AnnouncingLine.IsMatch(line) || (line.Length <= 30 && _cues.ProblemRootHeading.IsMatch(line)));

    private bool Announces(string body)
    {
        // ……存在一些不容忽视的问题，突出表现为： announces as much as ……问题。 does.
        if (_cues.ManifestationLead.Match(body) is { Success: true, Index: > 0 } lead)
        {
            body = body[..lead.Index] + "。";
        }
        else if (_cues.ListTail.Match(body) is { Success: true, Index: > 0 } tail)
        {
            body = body[..tail.Index] + "。"; // ……还存在一些不容忽视的问题。主要是：
        }

        // A count of what was found closes an announcement as well (……还存在一些突出问题，本次巡察共发现问题6个。).
        if (_cues.ProblemCountTail.Match(body) is { Success: true, Index: > 0 } count)
        {
            body = body[..count.Index] + "。";
        }

        // Dates and places closing the paragraph (……现将巡察发现的问题以清单形式反馈如下。巡察时间：……。反馈时间：……。) say nothing.
        if (_cues.MetadataTail.Match(body) is { Success: true, Index: > 0 } metadata)
        {
            body = body[..metadata.Index];
        }

        // So does a sentence after it that only says what follows (……仍然存在一些突出问题。为便于对照整改，现按业务链条反馈如下。).
        if (_cues.FollowsTail.Match(body) is { Success: true, Index: > 0 } follows)
        {
            body = body[..follows.Index];
        }

        // ……同时，巡察也发现一些需要引起重视的问题，现反馈如下。 / ……现将巡察反馈的主要问题公示如下：
        if (_cues.AnnouncingEnd.IsMatch(body) || _cues.ProblemsFollow.IsMatch(body))
        {
            return true;
        }

        var cue = _cues.ProblemListCue.Match(body);
        while (cue.Success)
        {
            var rest = body[(cue.Index + cue.Length)..].Trim();
            if ((_cues.ListAnnouncement.IsMatch(rest) || _cues.Announced.IsMatch(rest)) && rest.IndexOfAny(['。', '；', '：']) >= rest.Length - 1)
            {
                return true;
            }

            cue = cue.NextMatch();
        }

        return false;
    }

    /// <summary>
    /// The problems of a paragraph of speech prose: one opens the paragraph (在……方面，……), another each sentence that
    /// turns to a new failing (与此同时，…… / 此外，…… / 巡察组还发现……), to another area (在选人用人上，……) or opens by
    /// naming a failing (学校食堂管理不规范，……);
    /// the sentences between give its detail (如……, 其中……, figures).
    /// </summary>
    private const int TopicSentence = 12;

    /// <summary>
    /// What a statement says after a lead that only calls for attention (还有一个现象需要引起警惕：有的工作人员……): the
    /// lead's 需要/值得 is no requirement of the unit's.
    /// </summary>
    private string AfterAttentionLead(string body) =>
        _cues.AttentionLead.Match(body) is { Success: true } lead && lead.Length < body.Length - 6 ? body[lead.Length..] : body;



    /// <summary>
    /// The sentences after an inline manifestation lead (……不够有力，表现在：A……。B……。) in the first paragraph of an item's
    /// span, evidence joined to the sentence before it; where the lead ends (<c>Lead</c>: its start).
    /// </summary>
    private (List<TextSpan> Spans, int Lead) InlineManifestations(string text, TextSpan span, IReadOnlyList<TextSpan> sentences)
    {
        var paragraphEnd = text.IndexOf('\n', span.Start, span.Length) is var n and >= 0 ? n : span.End;
        if (_cues.ManifestationInline.Match(text, span.Start, paragraphEnd - span.Start) is not { Success: true } lead || lead.Index - span.Start < MinStatedFailing)
        {
            return ([], 0);
        }

        var from = lead.Index + lead.Length;
        var inside = SentencesAfter(text, from, paragraphEnd, sentences);
        return ([.. EvidenceJoined(text, inside)], lead.Index);
    }

    /// <summary>
    /// The sentences from <paramref name="start"/> to <paramref name="end"/> that each state a failing and then how it shows
    /// (……的倾向，表现为……), with the sentences after each that do not, when there are two such or more and the first
    /// sentence is one; none otherwise.
    /// </summary>
    private static List<TextSpan> ManifestedSentences(string text, int start, int end, IReadOnlyList<TextSpan> sentences)
    {
        var inside = sentences.Where(s => s.Start >= start && s.End <= end && s.Slice(text).Trim().Length > 0).ToList();
        var manifests = inside.Select(s => ManifestedRegex().Match(s.Slice(text)) is { Success: true } m && m.Index >= MinStatedFailing).ToList();
        if (manifests.Count(m => m) < 2 || !manifests[0])
        {
            return [];
        }

        var found = new List<TextSpan>();
        for (var i = 0; i < inside.Count; i++)
        {
            if (manifests[i])
            {
                found.Add(inside[i]);
            }
            else
            {
                found[^1] = new TextSpan(found[^1].Start, inside[i].End);
            }
        }

        return found;
    }

    // A failing's manifestation named after it in its sentence: ……，表现为 / ……，主要表现在.
    [GeneratedRegex("[，,]\\s*(具体|主要|突出|集中)?表现(为|在)")]
    private static partial Regex ManifestedRegex();

    // The sentences that end after <paramref name="from"/> and by <paramref name="end"/>, the first one cut at from; none blank.
    private static List<TextSpan> SentencesAfter(string text, int from, int end, IReadOnlyList<TextSpan> sentences) =>
        [.. sentences.Where(s => s.End > from && s.End <= end).Select(s => s.Start < from ? new TextSpan(from, s.End) : s).Where(s => s.Slice(text).Trim().Length > 0)];

    /// <summary>
    /// Whether most of the siblings numbered in <paramref name="leaf"/>'s style (three or more) state a particular failing,
    /// and its own title names no broad theme or area: a list's items are read alike. The list's reading is kept in
    /// <paramref name="statingLists"/> by its owner and style, so that a long list is not read again for each item.
    /// </summary>
    private bool AmongStatedFailings(Section leaf, System.Collections.Immutable.ImmutableArray<Section> siblings, Dictionary<(Section? Owner, NumberingStyle Style), bool> statingLists, Section? owner)
    {
        var title = HeadingNumberRegex().Replace(leaf.Heading.Trim(), "").TrimEnd('。', '：', ':', '；');
        if (BroadThemeRegex().IsMatch(title) || AreaOnlyRegex().IsMatch(title))
        {
            return false;
        }

        if (!statingLists.TryGetValue((owner, leaf.Style), out var stating))
        {
            var numbered = siblings.Where(s => s.Style == leaf.Style).ToList();
            stating = numbered.Count >= MinCountingSiblings && numbered.Count(s => StatesParticularFailing(s.Heading)) * 2 > numbered.Count;
            statingLists[(owner, leaf.Style)] = stating;
        }

        return stating;
    }

    /// <summary>
    /// Whether a title states a failing of its own (“街乡吹哨、部门报到”机制运行不畅), or names a violation (违反中央八项规定精神
    /// 问题时有发生), not one of the broad themes an inspection reports under (党的领导弱化 / 党的建设缺失 / 全面从严治党不力),
    /// which head the failings listed beneath them.
    /// </summary>
    private bool StatesParticularFailing(string heading)
    {
        var title = HeadingNumberRegex().Replace(heading.Trim(), "").TrimEnd('。', '：', ':', '；');
        return (_cues.Failing.IsMatch(title) || _cues.ViolationNamed.IsMatch(title) || _cues.ViolationGrave.IsMatch(title))
            && !BroadThemeRegex().IsMatch(title) && !AreaOnlyRegex().IsMatch(title);
    }

    [GeneratedRegex("^“[^“”。，,；0-9０-９]{2,30}”[。；;！]?$")]
    private static partial Regex QuotedVerdictRegex();

    // One side of a matter and the other (一方面，…… / 另一方面，……): two failings, under any title.
    [GeneratedRegex("^(另)?一方面[，,]")]
    private static partial Regex OneSideRegex();

    // A manifestation that is one instance among several (有的乡镇…… / 个别村…… / 部分站所……).
    [GeneratedRegex("^(有的|个别|部分|一些|少数)")]
    private static partial Regex InstanceRegex();

    [GeneratedRegex("^(在|坚持|落实|贯彻|加强)?(党的(全面)?领导|党的建设|(全面)?从严治党|管党治党|党风廉政建设)[^，。；]{0,8}$|^履行[^，。；]{0,10}(职能|职责|使命)[^，。；]{0,6}$")]
    private static partial Regex BroadThemeRegex();

    /// <summary>
    /// The problems a title's body lists (from <paramref name="start"/> to <paramref name="end"/>): the ；-clauses and sentences
    /// after a lead that opens it (具体表现在： / 突出问题有三：), or its sentences when they open in parallel (一方面，…… /
    /// 另一方面，……). None otherwise.
    /// </summary>
    private List<TextSpan> ListedUnderTitle(string text, int start, int end, IReadOnlyList<TextSpan> sentences)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '。' or '：' or ':'))
        {
            start++;
        }

        if (end - start < 2 * MinStatedFailing)
        {
            return [];
        }

        var body = text[start..end];
        var lead = _cues.ManifestationInline.Match(body) is { Success: true, Index: 0 } m ? m : BodyLeadRegex().Match(body);
        if (lead.Success)
        {
            var from = start + lead.Length;
            return [.. SentencesAfter(text, from, end, sentences).SelectMany(s => SplitAt(text, s, '；', ';')).Where(c => c.Slice(text).Trim().Length >= MinStatedFailing)];
        }

        var stated = sentences.Where(s => s.Start >= start && s.End <= end).ToList();
        var leads = stated.FindAll(s => _cues.ParallelLead.IsMatch(s.Slice(text).TrimStart()));
        if (stated.Count < 2 || leads.Count < 2 || leads[0] != stated[0])
        {
            return [];
        }

        // Each parallel sentence (一方面，A……。另一方面，B……。) with the sentences of evidence after it, up to the next.
        return [.. leads.Select((l, k) => new TextSpan(l.Start, k + 1 < leads.Count ? leads[k + 1].Start : stated[^1].End))];
    }

    // A body's own lead to its list: 突出问题有三： / 主要问题是：
    [GeneratedRegex("^[^，。；：:]{0,8}(问题|表现)[^，。；：:]{0,6}[：:]")]
    private static partial Regex BodyLeadRegex();

    /// <summary>
    /// A problems part's sentences, each a problem, but a sentence of evidence (巡察组翻阅了……，有17名…… / 群众反映，…… /
    /// 这在……是不允许的) goes with the problem before it, and a topic named alone (先说入住管理。/ 最后是党建工作。) with the
    /// sentence after it.
    /// </summary>
    // A sentence that turns only to point back at what was just said (同时，这9个点位的巡查记录……): the turn word joins
    // evidence here, not another matter.
    private bool PointsBackAfterTurn(string sentence) =>
        _cues.Turn.Match(sentence) is { Success: true, Length: > 0 } turn && sentence.AsSpan(turn.Length).TrimStart("，, ") is var rest
        && rest.StartsWith("这", StringComparison.Ordinal) && _cues.EvidenceLead.IsMatch(rest.ToString());

    private IEnumerable<TextSpan> EvidenceJoined(string text, List<TextSpan> inside)
    {
        // A paragraph labelled by a theme word of its own (思政课程。学校党委……。马克思主义学院……。) is one problem with its evidence.
        // So is one labelled by a phrase in quotes (“政策兑现不够规范”。……), whatever the phrase says.
        if (inside.Count >= 2 && inside[0].Slice(text).Trim() is var label && !_cues.ParallelLead.IsMatch(inside[1].Slice(text).TrimStart())
            && (IsQuotedLabel(label) || (label.Length <= ThemeLabel && label.IndexOfAny(['，', ',', '；']) < 0 && !_cues.Failing.IsMatch(label))))
        {
            yield return new TextSpan(inside[0].Start, inside[^1].End);
            yield break;
        }

        // A paragraph of verdicts each followed by its evidence (议事决策不规范。……未经党组会研究……。学会监管不到位。对所属……。
        // 项目经费管理不严格。……), three or more, from its first sentence on: each verdict opens a problem, whatever the evidence
        // after it opens with.
        var verdicts = Enumerable.Range(0, inside.Count).Where(i => IsVerdict(inside[i].Slice(text))).ToList();
        if (verdicts.Count >= MinVerdicts && verdicts[0] == 0)
        {
            for (var v = 0; v < verdicts.Count; v++)
            {
                yield return new TextSpan(inside[verdicts[v]].Start, inside[v + 1 < verdicts.Count ? verdicts[v + 1] - 1 : inside.Count - 1].End);
            }

            yield break;
        }

        var k = 0;
        while (k < inside.Count)
        {
            var start = inside[k].Start;
            var end = inside[k].End;
            var topicOnly = inside[k].Slice(text).Trim() is var first && first.Length <= TopicSentence && first.IndexOfAny(['，', ',', '；']) < 0
                && !(k + 1 < inside.Count && _cues.ParallelLead.IsMatch(inside[k + 1].Slice(text).TrimStart()));
            k++;
            while (k < inside.Count && (topicOnly || _cues.EvidenceLead.IsMatch(inside[k].Slice(text).TrimStart()) || PointsBackAfterTurn(inside[k].Slice(text).TrimStart())))
            {
                topicOnly = false;
                end = inside[k].End;
                k++;
            }

            yield return new TextSpan(start, end);
        }
    }


    // A sentence that only gives a verdict (学会监管不到位。): short, one clause, naming a failing.
    private bool IsVerdict(string sentence) =>
        sentence.Trim().TrimEnd('。', '.') is { Length: >= MinStatedFailing and <= MaxVerdict } verdict && verdict.IndexOfAny(['，', ',', '；', ';', '：', ':']) < 0
        && (_cues.Failing.IsMatch(verdict) || VerdictEndRegex().IsMatch(verdict));

    // A verdict's usual close: 不扎实, 不有力, 不够深入.
    [GeneratedRegex("(不够|不)[^不，。；]{1,3}$")]
    private static partial Regex VerdictEndRegex();

    /// <summary>Fewest verdict sentences that make a paragraph a list of verdicts with their evidence.</summary>
    private const int MinVerdicts = 3;

    /// <summary>Fewest numbered siblings whose titles set the form an item is read in.</summary>
    private const int MinSiblingsForForm = 4;

    /// <summary>Longest verdict sentence (执行中央八项规定精神不彻底).</summary>
    private const int MaxVerdict = 20;

    private IEnumerable<TextSpan> Statements(string text, TextSpan paragraph, IReadOnlyList<TextSpan> sentences)
    {
        // A paragraph cut after its speaker's label (聂海宁：A。另外，B。) keeps its first sentence, from the cut on.
        var inside = sentences.Where(s => s.Start < paragraph.End && s.End > paragraph.Start)
            .Select(s => new TextSpan(Math.Max(s.Start, paragraph.Start), Math.Min(s.End, paragraph.End))).Where(s => !s.IsEmpty).ToList();
        if (inside.Count == 0)
        {
            yield return paragraph;
            yield break;
        }

        // A line under its office's label (局党委：A；B。 / 办公室：C。) states one problem a ；-clause.
        if (inside.Count == 1 && OfficeLabelRegex().Match(text, paragraph.Start, paragraph.Length) is { Success: true } label && !_cues.Failing.IsMatch(label.Value)
            && text.AsSpan(label.Index + label.Length, paragraph.End - label.Index - label.Length).IndexOfAny('；', ';') > 0)
        {
            foreach (var clause in SplitAt(text, new TextSpan(label.Index + label.Length, paragraph.End), '；', ';'))
            {
                yield return clause;
            }

            yield break;
        }

        // A ；-clause that goes on to another failing (……农户意见较大；收购资金结算也不及时，……) is a statement of its own.
        inside = [.. inside.SelectMany(s => SemicolonTurns(text, s))];

        // A statement runs from a sentence that turns to another matter (此外，/ 在……上，/ 有的……) to the next such.
        var start = paragraph.Start;
        var headed = false;
        // A paragraph led by its area (在稳岗政策执行上，补贴审核把关不严，……。个别企业……重复申报。) tells that area's problem: a
        // sentence after it that gives one instance (个别…… / 有的……) is its evidence, not another problem.
        var areaLed = _cues.AreaOpening.IsMatch(inside[0].Slice(text).TrimStart())
            && !inside.Skip(1).Any(s => _cues.AreaOpening.IsMatch(s.Slice(text).TrimStart()));
        for (var k = 1; k < inside.Count; k++)
        {
            var sentence = inside[k].Slice(text).TrimStart();
            // Under a heading named by an area's lead, every sentence up to a turn is its evidence.
            headed = (headed && start != inside[k - 1].Start) || (start == inside[k - 1].Start && IsAreaHeadingSentence(inside[k - 1].Slice(text)));
            if (headed && !_cues.Turn.IsMatch(sentence))
            {
                continue;
            }

            if (areaLed && InstanceRegex().IsMatch(sentence))
            {
                continue;
            }

            // A problem named as a heading in speech (其次是执业纪律执行不严。/ 此外，内部管理制度不健全。) is stated by the
            // sentences after it, whatever they open with, up to a turn.
            // So is one named by a quoted label (“招商数据不够真实”。为完成考核任务，……).
            if (start == inside[k - 1].Start && (_cues.SequencedHeading.IsMatch(inside[k - 1].Slice(text).Trim()) || IsQuotedLabel(inside[k - 1].Slice(text))) && !_cues.Turn.IsMatch(sentence))
            {
                continue;
            }

            if (_cues.Turn.IsMatch(sentence) || _cues.AreaOpening.IsMatch(sentence) || _cues.ParallelLead.IsMatch(WithoutAreaLead(sentence)) || NamesFailingFirst(sentence))
            {
                foreach (var clause in Parallel(text, new TextSpan(start, inside[k].Start)))
                {
                    yield return clause;
                }

                start = inside[k].Start;
            }
        }

        foreach (var clause in Parallel(text, new TextSpan(start, paragraph.End)))
        {
            yield return clause;
        }
    }

    // A sentence's ；-clauses, split where the clause after ； names a failing first and says it is one more (也 / 还 / 同样:
    // ……农户意见较大；收购资金结算也不及时，……); a ；-clause of evidence (；其中，……) stays with its problem.
    private IEnumerable<TextSpan> SemicolonTurns(string text, TextSpan sentence)
    {
        var start = sentence.Start;
        for (var i = sentence.Start; i < sentence.End - 1; i++)
        {
            if (text[i] is '；' or ';' && i > start && AddsFailing(text.Substring(i + 1, Math.Min(sentence.End - i - 1, MaxClauseRead)).TrimStart()))
            {
                yield return new TextSpan(start, i + 1);
                start = i + 1;
            }
        }

        yield return new TextSpan(start, sentence.End);
    }

    // Whether a clause names a failing first and says it is one more (收购资金结算也不及时，……): its lead, up to its first
    // stop, holds 也 / 还 / 亦 / 同样.
    private bool AddsFailing(string clause)
    {
        var stop = clause.AsSpan().IndexOfAny(ClauseStops);
        return NamesFailingFirst(clause) && AdditiveRegex().IsMatch(stop > 0 ? clause[..stop] : clause);
    }

    /// <summary>How much of a ；-clause is read to tell whether it adds a failing (its lead is at most 40 characters).</summary>
    private const int MaxClauseRead = 64;

    [GeneratedRegex("^[^，。；]{2,16}?(也|还|亦|同样)")]
    private static partial Regex AdditiveRegex();

    // An item's span cut before each later sentence that opens on another matter (另外，/ 此外，/ 另外还有). Under a title line
    // (（三）对子公司和参股企业监管缺位) a sentence says it turns to another problem (还有一个问题要指出，就是……), or opens on another
    // matter that shares no words with the title and states a failing of its own (（三）“三重一大”决策制度执行不严格。……此外，公司没有
    // 召开过意识形态工作专题会议，……): what 另外 adds about the title's matter is its evidence.
    private List<TextSpan> AnotherMatter(string text, TextSpan item, IReadOnlyList<TextSpan> sentences, string? title = null)
    {
        var parts = new List<TextSpan>();
        var start = item.Start;
        var titled = title is null ? null : TextSimilarity.Bigrams(title);
        foreach (var sentence in sentences.Where(s => s.Start > item.Start && s.Start < item.End))
        {
            var opening = text.AsSpan(sentence.Start, sentence.Length).TrimStart();
            if (titled is null ? AnotherMatterRegex().IsMatch(opening)
                : _cues.AnotherProblem.IsMatch(opening) || (AnotherMatterRegex().IsMatch(opening) && _cues.Failing.IsMatch(opening)
                    && TextSimilarity.Containment(titled, TextSimilarity.Bigrams(sentence.Slice(text))) == 0))
            {
                parts.Add(new TextSpan(start, sentence.Start));
                start = sentence.Start;
            }
        }

        parts.Add(new TextSpan(start, item.End));
        return parts;
    }

    [GeneratedRegex("^(另外|此外)[，,]")]
    private static partial Regex AnotherMatterRegex();

    // 从药品耗材采购看，平台采购的规定没有执行到位。 / 在选人用人上，程序不够规范。 — an area's lead and one clause stating a failing.
    private bool IsAreaHeadingSentence(string sentence) =>
        SpeechAreaLeadRegex().Match(sentence) is { Success: true } lead && sentence[lead.Length..].Trim().TrimEnd('。', '.') is { Length: >= 4 } named
        && named.AsSpan().IndexOfAny(ClauseStops) < 0 && (_cues.Failing.IsMatch(named) || _cues.AreaTrouble.IsMatch(named));


    // A sentence whose first clause states a failing of its own (教育项目建设管理粗放，……), not detail of the one before:
    // detail opens with an example or a consequence (如…… / 其中…… / 导致……) or gives figures.
    private static readonly System.Buffers.SearchValues<char> ClauseStops = System.Buffers.SearchValues.Create("，,；;。：:");

    private bool NamesFailingFirst(string sentence)
    {
        var stop = sentence.AsSpan().IndexOfAny(ClauseStops);
        var lead = stop > 0 ? sentence[..stop] : sentence;
        // A failing quoted from elsewhere (上轮巡察指出的“……无证执法”问题) is not the sentence's own.
        return lead.Length is >= 6 and <= 40 && _cues.Failing.IsMatch(QuotedRegex().Replace(lead, "“”")) && !_cues.DetailLead.IsMatch(lead) && !lead.Any(char.IsDigit);
    }

    [GeneratedRegex("“[^”]*”")]
    private static partial Regex QuotedRegex();


    // A statement of clauses in parallel (在……上，有的……；有的…… / 一些干部……，一些公务接待……) is as many problems: split at
    // its ；, or else at each ， before another 有的/一些, when it opens with one.
    private List<TextSpan> Parallel(string text, TextSpan statement)
    {
        var clauses = SplitAt(text, statement, '；', ';').ToList();
        if (clauses.Count >= 2)
        {
            return InParallel(text, clauses) ? clauses : [statement];
        }

        if (!_cues.ParallelLead.IsMatch(WithoutAreaLead(statement.Slice(text).TrimStart())))
        {
            return [statement];
        }

        var parts = new List<TextSpan>();
        var start = statement.Start;
        var lead = _cues.AreaOpening.Match(text, statement.Start, statement.Length);
        // Only the sentence that opens in parallel runs on in parallel: a later sentence's 还有……的问题 (巡察组调阅……发现，存在A，
        // 还有B的问题) is the first one's evidence.
        var firstStop = text.IndexOfAny(SentenceStops, statement.Start, statement.Length);
        var end = firstStop < 0 ? statement.End : firstStop + 1;
        for (var i = lead.Success && lead.Index == statement.Start ? lead.Index + lead.Length : statement.Start; i < end - 1; i++)
        {
            if (text[i] is '，' or ',' && _cues.ParallelLead.IsMatch(text.AsSpan(i + 1, statement.End - i - 1).ToString()))
            {
                parts.Add(new TextSpan(start, i));
                start = i + 1;
            }
        }

        parts.Add(new TextSpan(start, statement.End));
        return parts;
    }

    private static readonly char[] SentenceStops = ['。', '！', '？'];

    // Two or more clauses each opening with 有的/一些/部分 (after an area lead: 在……上，有的……).
    private bool InParallel(string text, List<TextSpan> clauses) =>
        clauses.Count >= 2 && clauses.TrueForAll(c => _cues.ParallelLead.IsMatch(WithoutAreaLead(c.Slice(text).TrimStart())));

    private string WithoutAreaLead(string sentence) => _cues.AreaOpening.Replace(sentence, "", 1);











    // The subject and the area before a cue (区图书馆党支部在贯彻落实上级决策部署方面，存在……): the cue heads the list.
    [GeneratedRegex("^[^，。；,;]{0,40}方面[，,]$")]
    private static partial Regex AreaLeadRegex();


    /// <summary>
    /// The items of one cued list: its ；-clauses; a single clause closed by 等问题 that is a 、-list of short
    /// failings (存在A、B、C等问题) is as many items, and so is any clause that sums its failings up itself.
    /// </summary>
    private IEnumerable<TextSpan> ListItems(string text, List<TextSpan> clauses, bool closedBySummary)
    {
        if (clauses.Count == 1 && closedBySummary)
        {
            // Failings run together by commas as well (存在A、B，C、D，E等问题): each comma part that states a failing is one,
            // or as many as its own 、-parts when each of them states one.
            // A part whose words no failing cue names (意识形态阵地管理有疏漏) is one when the classifier reads it as a problem, the
            // others naming theirs: the list's head says they are problems.
            if (SplitAt(text, clauses[0], '，', ',').ToList() is { Count: >= 2 } commaParts
                && commaParts.TrueForAll(p => p.Length is >= MinStatedFailing and <= 60 && (StatesFailing(text, p) || ReadsAsProblem(p.Slice(text))))
                && commaParts.Count(p => StatesFailing(text, p)) * 2 > commaParts.Count)
            {
                return commaParts.SelectMany(p => SplitAt(text, p, '、').ToList() is { Count: >= 2 } pieces && pieces.TrueForAll(q => q.Length is >= MinStatedFailing and <= 30 && StatesFailing(text, q)) ? pieces : [p]);
            }

            var parts = JoinShortHeads(text, SplitAt(text, clauses[0], '、').ToList());
            if (parts.Count >= 2 && parts.All(p => p.Length is >= 4 and <= 30))
            {
                return parts;
            }
        }

        return clauses.SelectMany(c => EnumeratedFailings(text, c));
    }


    /// <summary>
    /// A clause that sums up short failings (A、B、C等问题) is as many problems, and so is a clause whose 、-parts each
    /// state a failing of their own (A统筹不够有力、B论证不充分): the groups of a list split by ；, its items by 、.
    /// Any other clause is one (学习教育、监督检查不到位 names two things that share one failing).
    /// </summary>
    private List<TextSpan> EnumeratedFailings(string text, TextSpan clause)
    {
        // A clause that names its area and its cue again (；在基层党组织建设方面，主要存在A、B等问题) lists from after them.
        if (_cues.AreaOpening.Match(text, clause.Start, clause.Length) is { Success: true } area && area.Index == clause.Start
            && _cues.ProblemListCue.Match(text, area.Index + area.Length, clause.End - area.Index - area.Length) is var again
            && (again.Success ? again.Index : -1) is var at && at >= 0 && text.AsSpan(area.Index + area.Length, at - area.Index - area.Length).Trim().Trim("主要").IsEmpty)
        {
            clause = new TextSpan(again.Index + again.Length, clause.End);
        }

        var summed = _cues.EtcEnd.Match(text, clause.Start, clause.Length);
        var end = summed.Success ? summed.Index : clause.End;

        // A group that sums a list up mid-way and says it persists (A不到位，B、C、D等问题不同程度存在，E混乱), read failing by
        // failing: the failing before the list, each of its items, and a failing after it.
        if (_failingByFailing && !summed.Success && ListPersistsRegex().Match(text, clause.Start, clause.Length) is { Success: true } persists
            && MidListFailings(text, clause, persists) is { Count: >= 3 } failings)
        {
            return failings;
        }

        // Failings quoted one after another (存在“A”“B”“C”等问题): each quotation is one.
        if (QuotedRunRegex().Match(text, clause.Start, end - clause.Start) is { Success: true } run && run.Index == clause.Start && run.Length == end - clause.Start)
        {
            return [.. run.Groups["quote"].Captures.Select(c => new TextSpan(c.Index, c.Index + c.Length))];
        }

        var parts = JoinShortHeads(text, SplitAt(text, new TextSpan(clause.Start, end), '、').ToList());
        if (parts.Count >= 2 && summed.Success && parts.All(p => p.Length is >= 4 and <= 30))
        {
            return parts;
        }

        if (CuedEnumeration(text, clause) is { Count: >= 2 } listed)
        {
            return listed;
        }

        // Not when a failing heads the clause before the comma the 、-list follows (工程建设管理不规范，……存在未批先建、
        // 工程变更未按程序报批的情况): the list is its evidence.
        if (parts.Count >= 2 && parts.All(p => p.Length is >= MinStatedFailing and <= 40) && parts.Select((p, k) => SameClauseSide(text, p, k == parts.Count - 1)).All(p => p.Length >= MinStatedFailing && StatesFailing(text, p))
            && !(text.IndexOfAny(['，', ','], parts[0].Start, parts[0].Length) is var headEnd and >= 0 && StatesFailing(text, new TextSpan(parts[0].Start, headEnd))))
        {
            return parts;
        }

        // Three or more headline failings run together by commas (A不够深入，B流于形式，C推进迟缓), read one by one when so asked; a group whose
        // later parts tell figures or instances (……不规范，2个项目存在……，部分村……) is one problem with its evidence.
        if (_failingByFailing && SplitAt(text, new TextSpan(clause.Start, end), '，', ',').ToList() is { Count: >= MinHeadlineRun } commas
            && commas.TrueForAll(p => IsHeadlineFailing(text, p)))
        {
            return commas;
        }

        return [clause];
    }

    // A sentence that says only that there are problems, and how grave (问题也不少，有的还相当突出。 / 短板也比较多。): it
    // announces them.
    [GeneratedRegex("^(存在的)?(问题|不足|短板|差距)(也|还|确实)?(不少|较多|比较多|不容忽视)([，,](有的|有些|个别|部分|一些)?(问题)?(还|也|则)?(相当|比较|十分|较为|更为|非常|很)?(突出|严重|普遍))?[。！]?$")]
    private static partial Regex ProblemsManyRegex();

    // A paragraph's label naming the unit its failings are of: 峇岗镇岜嶙村： / 县住建局： / 城投公司：
    [GeneratedRegex("\\G\\s*[^，。；：:,;、\\s]{1,16}(村|社区|镇|乡|街道|局|委|办|公司|集团|中心|学校|医院|站|所|馆|院)[：:](?=\\S)")]
    private static partial Regex UnitLabelRegex();

    /// <summary>Longest label line over the paragraph that tells its problem (资金拨付滞后：).</summary>
    private const int MaxLabelLine = 16;

    // A list summed up inside its clause and said to persist (……等问题不同程度存在 / 等问题依然存在 / 等现象时有发生).
    [GeneratedRegex("等(问题|现象|情况)(不同程度|依然|仍然|仍|还|较为|比较|普遍)?(地)?(存在|突出|多发|时有发生)")]
    private static partial Regex ListPersistsRegex();

    /// <summary>
    /// The failings of a group whose 、-list is summed up inside it (A不到位，B、C、D等问题不同程度存在，E混乱): the failing
    /// stated before the list, each of the list's items, the failing stated after it; none when the list has fewer than two
    /// short items or a part before or after it states no failing.
    /// </summary>
    private List<TextSpan> MidListFailings(string text, TextSpan clause, Match persists)
    {
        var comma = text.LastIndexOfAny(['，', ','], persists.Index - 1, persists.Index - clause.Start);
        var listStart = comma < 0 ? clause.Start : comma + 1;
        var listed = SplitAt(text, new TextSpan(listStart, persists.Index), '、').ToList();
        if (listed.Count < 2 || !listed.TrueForAll(p => p.Length is >= 4 and <= 30))
        {
            return [];
        }

        var failings = new List<TextSpan>();
        if (comma >= 0)
        {
            var head = new TextSpan(clause.Start, comma);
            if (head.Length < MinStatedFailing || head.Length > MaxHeadlineFailing || !StatesFailing(text, head))
            {
                return [];
            }

            failings.Add(head);
        }

        failings.AddRange(listed);
        var after = persists.Index + persists.Length;
        if (text.AsSpan(after, clause.End - after).TrimStart("，,") is { Length: > 0 } rest)
        {
            var tail = new TextSpan(clause.End - rest.Length, clause.End);
            if (tail.Length < MinStatedFailing || tail.Length > MaxHeadlineFailing || !StatesFailing(text, tail) || rest.IndexOfAny('，', ',') >= 0)
            {
                return [];
            }

            failings.Add(tail);
        }

        return failings;
    }

    /// <summary>Whether a part of a group or statement is a headline failing: short, stating a failing, telling no figure or instance.</summary>
    private bool IsHeadlineFailing(string text, TextSpan part) =>
        part.Length is >= MinStatedFailing and <= MaxHeadlineFailing && StatesFailing(text, part) && !HeadlineDetailRegex().IsMatch(part.Slice(text));

    /// <summary>
    /// The headline failings a statement runs together by commas (A推进迟缓，B清理不彻底。), two or more, each short, stating a
    /// failing and telling no figure or instance; the statement alone otherwise.
    /// </summary>
    private List<TextSpan> HeadlineFailings(string text, TextSpan statement)
    {
        var end = statement.End;
        while (end > statement.Start && (CharacterClass.IsSentenceEnd(text[end - 1]) || char.IsWhiteSpace(text[end - 1])))
        {
            end--;
        }

        // After the area it opens with (在落实……方面，).
        var start = _cues.AreaOpening.Match(text, statement.Start, end - statement.Start) is { Success: true } area && area.Index == statement.Start ? area.Index + area.Length : statement.Start;
        return SplitAt(text, new TextSpan(start, end), '，', ',').ToList() is { Count: >= 2 } parts
            && parts.TrueForAll(p => IsHeadlineFailing(text, p))
            ? parts : [statement];
    }

    /// <summary>
    /// The ；-clauses of a written area paragraph's one sentence (在落实……方面，A……；B不严；有的C……；D……。) after its area, an
    /// instance clause (有的 / 个别 / 部分 …) joined to the clause before it, when two or more remain and the first states a
    /// failing; none otherwise.
    /// </summary>
    private List<TextSpan> AreaSemicolonFailings(string text, TextSpan statement)
    {
        if (_cues.AreaOpening.Match(text, statement.Start, statement.Length) is not { Success: true } area || area.Index != statement.Start)
        {
            return [];
        }

        var joined = SemicolonFailings(text, new TextSpan(area.Index + area.Length, statement.End));
        return joined.Count >= 2 && StatesFailing(text, joined[0]) ? joined : [];
    }

    /// <summary>
    /// The ；-clauses of one sentence, an instance clause (有的 / 个别 / 部分 …) joined to the clause before it, each long enough
    /// to state a failing and none a requirement; none when the text holds more than one sentence or a clause fails that.
    /// </summary>
    private List<TextSpan> SemicolonFailings(string text, TextSpan body)
    {
        if (body.Slice(text).TrimEnd().TrimEnd('。').Contains('。'))
        {
            return [];
        }

        var joined = new List<TextSpan>();
        foreach (var clause in SplitAt(text, body, '；', ';'))
        {
            if (joined.Count > 0 && InstanceRegex().IsMatch(clause.Slice(text).TrimStart()))
            {
                joined[^1] = new TextSpan(joined[^1].Start, clause.End);
            }
            else
            {
                joined.Add(clause);
            }
        }

        return joined.TrueForAll(c => c.Length >= MinStatedFailing && !_cues.RequirementParagraph.IsMatch(c.Slice(text))) ? joined : [];
    }

    /// <summary>
    /// Fewest headline failings of a group read failing by failing: two (执法车辆管理不严，节假日停放不规范) are as often a failing
    /// and its instance.
    /// </summary>
    private const int MinHeadlineRun = 3;

    /// <summary>Longest headline failing of a group read failing by failing.</summary>
    private const int MaxHeadlineFailing = 30;

    // What makes a part evidence, not a headline: a figure, an instance (有的/部分/个别), a finding (抽查/发现/经查) — not the
    // names of rules, duties and things that hold a number (中央八项规定, 两个维护, 二次供水).
    [GeneratedRegex("[0-9０-９]|^(有的|个别|部分|一些|少数|其中|例如|比如|经查)|抽查|发现|[一二两三四五六七八九十百千]+(个|名|家|项|笔|次|件|人|户|所|座|批|年|月|天)(?<!八项(?=规定))(?<!两个(?=(维护|确立|责任|务必)))(?<!二次(?=(供水|污染|装修|开发|利用|分配)))")]
    private static partial Regex HeadlineDetailRegex();

    /// <summary>
    /// The failings a clause lists after saying only whose they are (对市民政局党组反馈指出，存在A、B、C等问题): its 、-parts
    /// from after its cue, each short, the list closed by 等问题; none otherwise.
    /// </summary>
    private List<TextSpan> CuedEnumeration(string text, TextSpan clause)
    {
        var summed = _cues.EtcEnd.Match(text, clause.Start, clause.Length);
        var firstJoin = text.IndexOf('、', clause.Start, clause.Length);
        // A clause that states its failing before the cue (落实……不严格，存在A、B等问题) is one problem, its list the evidence.
        if (!summed.Success || firstJoin < 0 || _cues.ProblemListCue.Match(text, clause.Start, firstJoin - clause.Start) is not { Success: true } cue
            || _cues.Failing.IsMatch(text[clause.Start..cue.Index]))
        {
            return [];
        }

        var listed = JoinShortHeads(text, SplitAt(text, new TextSpan(cue.Index + cue.Length, summed.Index), '、').ToList());
        return listed.Count >= 2 && listed.TrueForAll(p => p.Length is >= 4 and <= 30) ? listed : [];
    }

    /// <summary>
    /// 、-parts with a short head that states no failing joined to the part after it: the 、 inside one item (把方向、管大局作用发挥
    /// 不充分 — the first of a list of failings) joins two words of its subject, not two failings.
    /// </summary>
    private List<TextSpan> JoinShortHeads(string text, List<TextSpan> parts)
    {
        var joined = new List<TextSpan>(parts.Count);
        // Among parts that mostly state failings of their own, a bare object before one that does shares its failing
        // (矿产资源出让、储备土地管护监管存在漏洞: one problem of two objects, not a problem 矿产资源出让).
        var states = parts.ConvertAll(p => StatesFailing(text, p));
        var mostly = parts.Count >= MinFailingsAround && states.Count(x => x) * 3 >= states.Count * 2;
        for (var k = 0; k < parts.Count; k++)
        {
            var part = parts[k];
            var start = part.Start;
            while (k + 1 < parts.Count && !states[k] && (part.Length < 4 || (mostly && part.Length <= MaxBareObject && states[k + 1] && IsBareObject(text, part))))
            {
                part = parts[++k];
            }

            joined.Add(new TextSpan(start, part.End));
        }

        return joined;
    }

    // An object with nothing said of it (矿产资源出让): no failing word, and not read as a problem by the classifier either
    // (支部换届延期 is one, though no cue names 延期).
    private bool IsBareObject(string text, TextSpan part) => _roleOf?.Invoke(Clean(part.Slice(text))) is not ("problem", _);

    /// <summary>Fewest ；-clauses before a cue inside its sentence, each stating a failing, to be read as the list's.</summary>
    private const int MinClausesBeforeCue = 2;

    /// <summary>Fewest 、-parts of a list for a bare object among its failings to be read as sharing the next one's.</summary>
    private const int MinFailingsAround = 4;

    /// <summary>Longest bare object joined to the failing after it (矿产资源出让).</summary>
    private const int MaxBareObject = 12;

    // The side of a 、-part that the 、 joins: a 、 inside a later comma clause (稽核流于形式，对A、B等行为查处不及时) joins
    // only what follows the comma, so the part before it is read from its last comma, the part after it up to its first.
    private static TextSpan SameClauseSide(string text, TextSpan part, bool last)
    {
        if (last)
        {
            var comma = text.IndexOfAny(['，', ','], part.Start, part.Length);
            return comma < 0 ? part : new TextSpan(part.Start, comma);
        }

        var back = text.LastIndexOfAny(['，', ','], part.End - 1, part.Length);
        return back < 0 ? part : new TextSpan(back + 1, part.End);
    }

    /// <summary>
    /// The sentence after a paragraph's last inline item (two or more items) that opens on what the inspectors also found
    /// (此外，巡视还发现，……) and names a failing; empty when there is none.
    /// </summary>
    private TextSpan FindingAfterItems(string text, TextSpan paragraph, List<Section> inlineItems, int[] inlineStarts, IReadOnlyList<TextSpan> sentences)
    {
        var inside = ItemsIn(inlineItems, inlineStarts, paragraph);
        if (inside.Count < 2)
        {
            return default;
        }

        var last = inside[^1].Span.End;
        foreach (var sentence in sentences)
        {
            if (sentence.Start < last || !paragraph.Contains(sentence))
            {
                continue;
            }

            var body = sentence.Slice(text);
            var trimmed = body.TrimStart();
            // Or on a turn of the speaker's own to one more failing (此外，基层党建方面，A……辣味不足，这个问题也要认真对待。), which
            // its first clause names.
            var found = _cues.FoundLead.Match(trimmed);
            var turned = !found.Success && TurnToMoreRegex().Match(trimmed) is { Success: true } turn && !_cues.ClueTransfer.IsMatch(trimmed) && !_cues.RequirementSentence.IsMatch(trimmed[turn.Length..])
                ? turn : null;
            var lead = found.Success ? found.Length : turned?.Length ?? -1;
            if (lead < 0)
            {
                return default;
            }

            var finding = new TextSpan(sentence.Start + body.Length - trimmed.Length + lead, sentence.End);
            return StatesFailing(text, turned is null ? finding : SameClauseSide(text, finding, last: true)) ? finding : default;
        }

        return default;
    }

    // 此外，…… / 另外，在基层党建方面，……: a speaker's turn to one more matter, with the area it is in.
    [GeneratedRegex("^(此外|另外|还有)[，,]\\s*((在)?[^，。；]{2,16}(方面|上|中)[，,])?")]
    private static partial Regex TurnToMoreRegex();

    /// <summary>Where a line's text starts after its bullets (• / ▶ / —) and the spaces around them.</summary>
    private static int PastBullets(string text, TextSpan line)
    {
        var start = line.Start;
        while (start < line.End && (Bullets.Contains(text[start]) || char.IsWhiteSpace(text[start])))
        {
            start++;
        }

        return start;
    }

    /// <summary>Where a line's text starts after the label of its area (▶ 党的领导方面： / 在经营管理方面：), bullets before it skipped; 0 when it has none.</summary>
    private static int AreaLabelEnd(string text, TextSpan line)
    {
        var start = PastBullets(text, line);
        return AreaSentenceRegex().Match(text, start, line.End - start) is { Success: true } label && label.Value[^1] is '：' or ':' ? label.Index + label.Length : 0;
    }

    /// <summary>Whether a sentence opens on a failing of its own: its headline, up to its first comma, states one.</summary>
    private bool OpensOnFailing(string text, TextSpan sentence)
    {
        var body = sentence.Slice(text).Trim();
        var comma = body.AsSpan().IndexOfAny('，', ',', '。');
        var head = comma > 0 ? body[..comma] : body;
        return head.Length >= MinStatedFailing && _cues.Failing.IsMatch(head) && !_cues.RequirementParagraph.IsMatch(body);
    }

    /// <summary>Whether the classifier reads <paramref name="statement"/> as a problem, surely (no classifier: no).</summary>
    private bool ReadsAsProblem(string statement) => IsSureProblem(Clean(statement));

    // Whether the classifier is sure a cleaned statement states a problem (none without a classifier).
    private bool IsSureProblem(string cleaned) => _roleOf is not null && _roleOf(cleaned) is ("problem", >= SureProblem);

    /// <summary>Least confidence of the classifier for a statement no failing cue names to be read as a problem.</summary>
    private const double SureProblem = 0.8;

    private bool StatesFailing(string text, TextSpan part) => _cues.Failing.Match(text, part.Start) is { Success: true } m && m.Index < part.End;

    /// <summary>The items (in order of their starts, <paramref name="starts"/>) that lie inside <paramref name="span"/>.</summary>
    private static List<Section> ItemsIn(List<Section> items, int[] starts, TextSpan span)
    {
        var first = Array.BinarySearch(starts, span.Start);
        first = first >= 0 ? first : ~first;
        while (first > 0 && starts[first - 1] == span.Start)
        {
            first--;
        }

        var inside = new List<Section>();
        for (var i = first; i < items.Count && starts[i] < span.End; i++)
        {
            if (span.Contains(items[i].Span))
            {
                inside.Add(items[i]);
            }
        }

        return inside;
    }

    /// <summary>Least length of the text before or after a run of items in its paragraph for it to be read for problems.</summary>
    private const int MinOutsideRun = 8;

    // Paragraphs opening alike: the characters compared, the longest first clause, and the least run that makes a list.
    private const int ParallelOpeningWidth = 2;
    private const int MaxOpeningClause = 40;
    private const int MinParallelParagraphs = 3;

    // The longest theme word that labels a paragraph as a sentence of its own (思政课程。 / 校办企业。).
    private const int ThemeLabel = 7;

    // The group of the statements a speech makes after announcing its problems.
    private const int AnnouncedGroup = -1;

    // An office's or unit's label opening a line (局党委： / 区疾病预防控制中心：).
    [GeneratedRegex("\\G\\s*[\\p{IsCJKUnifiedIdeographs}]{1,11}[委室科处局院所站部办队司校厂馆社心组][：:]")]
    private static partial Regex OfficeLabelRegex();

    // The fields of one record looked at either side of a line, and the longest value of a short field (问题编号：JF-01).
    private const int MaxRecordFields = 6;
    private const int ShortFieldValue = 20;

    // A line of a record: a short label, a colon, its value (问题编号：JF-01 / 涉及单位：集团本部).
    [GeneratedRegex("^[\\p{IsCJKUnifiedIdeographs}]{2,6}[：:]\\s*\\S")]
    private static partial Regex FieldLineRegex();

    // The sentences of one candidate read one by one for a problem among them: an item's statement and evidence, not a whole part.
    private const int MaxSentencesRead = 8;

    /// <summary>Most sentences of a feedback searched for its own count of its problems.</summary>
    private const int MaxSentencesCounted = 400;

    /// <summary>Least length of a 、-part that states a failing of its own (主体（6）+ failing).</summary>
    /// <summary>Fewest items in a list for one item's counted manifestations to stand out as its evidence.</summary>
    private const int MinCountingSiblings = 3;

    private const int MinStatedFailing = 6;



    // A separator inside quotes (“两个不够、一个不严”) or a title (《……》) is the quotation's, not the list's.
    internal static IEnumerable<TextSpan> SplitAt(string text, TextSpan span, params char[] separators)
    {
        var start = span.Start;
        var depth = 0;
        for (var i = span.Start; i < span.End; i++)
        {
            if (text[i] is '“' or '「' or '《')
            {
                depth++;
            }
            else if (text[i] is '”' or '」' or '》')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && Array.IndexOf(separators, text[i]) >= 0)
            {
                if (i > start)
                {
                    yield return new TextSpan(start, i);
                }

                start = i + 1;
            }
        }

        if (span.End > start)
        {
            yield return new TextSpan(start, span.End);
        }
    }

    /// <summary>The statement without a lead-in (从……看，/ 在……方面，/ 巡察组指出，) and trailing punctuation.</summary>
    private string Clean(string statement)
    {
        var trimmed = statement.Trim().TrimEnd('；', ';', '，', ',');
        var lead = _cues.ProblemLead.Match(trimmed);
        if (lead.Success && lead.Length > 0 && trimmed.Length - lead.Length >= 6)
        {
            trimmed = trimmed[lead.Length..];
        }

        return trimmed.Trim();
    }

    // A headline opens on a word of its own: not a number, a quote or bracket, nor a word that orders paragraphs.
    [GeneratedRegex("^(?![一二三四五六七八九十]是|首先|其次|再次|此外|另外|最后|先说|再说|还有|第[一二三四五六七八九十0-9])[\\u4e00-\\u9fff]")]
    private static partial Regex HeadlineStartRegex();
}


