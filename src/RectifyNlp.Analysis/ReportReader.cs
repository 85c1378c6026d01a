using System.Text.RegularExpressions;
using RectifyNlp.Core;
using RectifyNlp.Core.Documents;
using RectifyNlp.Core.Structure;

namespace RectifyNlp.Analysis;

/// <summary>A part of a report that answers one restated problem (关于“……”的问题, 问题1：…).</summary>
/// <param name="Heading">The heading as written, without its numbering.</param>
/// <param name="Restated">The problem as the report restates it: the quoted words (every problem a merged heading quotes), or the heading without 关于/的问题.</param>
/// <param name="Span">The whole part.</param>
/// <param name="HeadingSpan">Where the heading stands.</param>
public sealed record ReportBlock(string Heading, string Restated, TextSpan Span, TextSpan HeadingSpan)
{
    /// <summary>The number of the block's heading without punctuation (三 of （三）), empty when it has none.</summary>
    public string Number { get; init; } = "";
}

/// <summary>A piece of a report that may be a measure.</summary>
/// <param name="Text">The text.</param>
/// <param name="Span">Where.</param>
/// <param name="Block">The index of the block it stands in, or -1 outside any.</param>
/// <param name="DocumentLevel">Whether it stands in a part about the rectification as a whole.</param>
public sealed record ReportPiece(string Text, TextSpan Span, int Block, bool DocumentLevel);

/// <summary>The parts of a report the analysis works on.</summary>
/// <param name="Blocks">The restated problems with their parts.</param>
/// <param name="Pieces">Every paragraph or item in order, outside the title, addressee and signature.</param>
/// <param name="SignatureSpan">The signature lines at the end (unit, date), if any.</param>
public sealed record ReportLayout(IReadOnlyList<ReportBlock> Blocks, IReadOnlyList<ReportPiece> Pieces, TextSpan SignatureSpan)
{
    /// <summary>Fields given to an item by its number (a row of a table of who answers for what: 第1项 | 主任X | 2025年6月30日), as 责任领导：…；整改时限：….</summary>
    public IReadOnlyList<(int Number, string Fields)> NumberedFields { get; init; } = [];
}

/// <summary>
/// Reads a report's layout: which headings restate a problem (the structure the measures are matched by
/// first), which parts are about the rectification as a whole (组织领导, 下一步打算), and the paragraphs and
/// items that may be measures.
/// </summary>
public sealed partial class ReportReader(AnalysisCues cues)
{
    private readonly AnalysisCues _cues = cues ?? throw new ArgumentNullException(nameof(cues));

    /// <summary>Reads the layout of <paramref name="report"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="problems">
    /// The feedback's problems, when known: a plain heading (（一）党组议事规则不健全) that restates one of them heads
    /// its answer just as 关于“……”的问题 does.
    /// </param>
    /// <param name="cancellationToken">Checked per section and per paragraph.</param>
    public ReportLayout Read(ParsedDocument report, IReadOnlyList<string>? problems = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = report.Text.Text;
        var all = report.Structure.AllSections.ToList();
        var restates = new RestatedProblems(problems ?? []);
        // The signature (unit, date) ends the last item's text: it is not what the item holds below its line.
        var signature = Signature(report);
        var bodyEnd = signature.IsEmpty ? text.Length : signature.Start;
        // Nothing under a part about the rectification as a whole (三、下一步工作打算) restates a problem.
        // Nor under a part that restates the problems or finds their causes (一、对照巡察反馈梳理的主要问题 / 二、原因剖析).
        bool IsGeneralPart(Section s) => _cues.DocumentLevelHeading.IsMatch(s.Heading) || _cues.RestatedPartHeading.IsMatch(s.Heading);
        var underDocumentLevel = report.Structure.Sections
            .Where(IsGeneralPart)
            .SelectMany(s => s.DescendantsAndSelf().Skip(1))
            .ToHashSet();

        // Each section is judged once, and whether anything below it heads is worked out from its children's answers:
        // asking every section of every part below it again grew with the depth and number of the headings (issue 20).
        var headsByItself = new Dictionary<Section, bool>();
        // Under a heading that names its problem (（一）关于财务和医保资金使用中的漏洞), numbered lines are its measures, even
        // when one repeats the problem's words (1、对串换项目收费问题逐笔核查): only another 关于/针对/问题N heading divides it.
        var parentOf = all.SelectMany(p => p.Children.Select(c => (Child: c, Parent: p))).ToDictionary(x => x.Child, x => x.Parent);
        // A child with a title of its own ((一)压减非主业贸易业务。…) may still divide a merged heading by its words.
        bool UnderNamedProblem(Section s) =>
            parentOf.TryGetValue(s, out var parent) && NamedProblemHeadingRegex().IsMatch(parent.Heading) && IsProblemHeading(parent)
            && !NamedProblemHeadingRegex().IsMatch(s.Heading) && s.Style != NumberingStyle.ProblemLabel
            && (IsLoneItem(text, s, bodyEnd) || (s.HeadingSpan.End < text.Length && text[s.HeadingSpan.End] is '，' or ',' or '；' or ';') || RunsOnAsSentence(text, s));
        bool HeadsByItself(Section s)
        {
            if (!headsByItself.TryGetValue(s, out var heads))
            {
                // A line that names a rule made for a problem (1．《传承人带徒考核办法》（针对问题1，2025年5月印发）) is a measure, not
                // a problem's heading, though it names the problem.
                heads = !underDocumentLevel.Contains(s) && !UnderNamedProblem(s) && !_cues.RestatedPartHeading.IsMatch(s.Heading) && !RuleLineRegex().IsMatch(s.Heading)
                    && (IsProblemHeading(s)
                        || (!s.Style.IsInline() && !IsGeneralPart(s) && (restates.Restates(s.Heading) || AnsweredByLabel(text, s) || LabelledRestatement(text, s) is not null || LeadRestatement(text, s) is not null || OrdinalReferences.NamesProblems(s.Heading))));
                headsByItself[s] = heads;
            }

            return heads;
        }

        var belowHeadsByItself = Below(all, HeadsByItself);

        // Structure groups: in a run of sibling headings most of which head a problem's answer, the others do too
        // ((一)老旧小区改造推进不力 among (二)…(六) that restate their problems plainly); the matcher then finds
        // which problem by its words.
        var bySiblings = new HashSet<Section>();
        HashSet<string>? problemPairs = null; // the problems' character pairs, read once when parts headed by short topics ask
        foreach (var (parent, siblings) in all.Select(s => ((Section?)s, s.Children)).Prepend((null, report.Structure.Sections)))
        {
            var numbered = siblings.Where(c => !c.Style.IsInline() && !underDocumentLevel.Contains(c) && !IsGeneralPart(c)).ToList();
            var heading = numbered.Count(c => HeadsByItself(c) && !belowHeadsByItself.Contains(c));
            // As many parts as the feedback has problems answer a problem each, when one of them at least restates its own
            // (一、产业项目落地慢的整改 … 四、为民服务作风 beside 二、接待费用超支问题) or their part says they answer the problems
            // (二、具体问题整改情况 over （一）图斑清零 （二）审批提速 …): items and all.
            // So do parts headed by a short topic each (一、水费。…… 二、水质检测。…… 四、亲属用水的事, the way a small unit writes),
            // when there are enough of them, no more than the problems and no more than two fewer, and each topic's words are
            // some problem's (a topic's few words restate nothing; 一、提高政治站位 is the unit's own theme, not a topic).
            var onePerProblem = (problems is { Count: >= MinPartsPerProblem } && numbered.Count == problems.Count
                    && (heading >= 1 || (parent is not null && ProblemsPartRegex().IsMatch(parent.Heading))))
                || (problems is not null && numbered.Count >= MinTopicParts && numbered.Count <= problems.Count && numbered.Count + MaxTopicsLeftOut >= problems.Count
                    && numbered.All(c => IsTopic(c.Heading, problemPairs ??= [.. problems.SelectMany(HanPairs)])));
            if (onePerProblem && heading < numbered.Count)
            {
                bySiblings.UnionWith(numbered.Where(c => !HeadsByItself(c) && !c.Children.Any(HeadsByItself)));
            }
            else if (numbered.Count >= 3 && heading * 3 >= numbered.Count * 2 && heading < numbered.Count)
            {
                bySiblings.UnionWith(numbered.Where(c => (c.Children.IsDefaultOrEmpty || c.Children.All(k => k.Style.IsInline())) && !HeadsByItself(c)));
            }
        }

        bool Heads(Section s) => HeadsByItself(s) || bySiblings.Contains(s);
        var belowHeads = Below(all, Heads);
        var blocks = new List<(Section Section, ReportBlock Block)>();
        var restatements = new List<TextSpan>();
        foreach (var section in all)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!Heads(section) || belowHeads.Contains(section))
            {
                continue;
            }

            var inline = InlineRestatement(text, section);
            if (!inline.IsEmpty)
            {
                restatements.Add(inline);
            }

            var restated = LabelledRestatement(text, section) ?? (inline.IsEmpty ? null : inline.Slice(text))
                ?? (IsProblemHeading(section) || restates.Restates(section.Heading) ? null : LeadRestatement(text, section));
            blocks.Add((section, new ReportBlock(section.Heading, restated ?? Restate(section.Heading), section.Span, section.HeadingSpan) { Number = section.Number }));
        }

        if (blocks.Count == 0)
        {
            blocks.AddRange(LeadParagraphs(report, bodyEnd));
        }

        var documentLevel = new SpanLookup([.. report.Structure.Sections
            .Where(s => _cues.DocumentLevelHeading.IsMatch(s.Heading) && !Heads(s) && !belowHeads.Contains(s))
            .Select(s => s.Span)]);

        // What a part restating the problems or finding their causes says is no measure at all: its lines are the problems
        // again (9.临时用工未签订劳动合同……), not an answer to the one the report leaves out.
        var restatedParts = new SpanLookup([.. report.Structure.Sections
            .Where(s => _cues.RestatedPartHeading.IsMatch(s.Heading) && !Heads(s) && !belowHeads.Contains(s)).Select(s => s.Span)]);
        var pieces = new List<ReportPiece>();
        var ledger = LedgerRows.Find(text, report.Text.Paragraphs);
        // A row written one cell a line spans several paragraphs: each of them is the ledger's.
        var ledgerLines = new SpanLookup(ledger is null ? [] : [ledger.Header, .. ledger.Rows.Concat(ledger.Referring.Select(r => r.Row)).Select(r => r.Span).OrderBy(r => r.Start)]);
        // Looked up per paragraph by position, not scanned for each (issue 20).
        var itemStarts = all.Where(s => s.Style.IsInline()).Select(s => s.Span.Start).Order().ToArray();
        // A paragraph that answers several problems clause by clause, each named by number (追责问责。……针对第四个问题，对经办人
        // 给予诫勉谈话……；针对第一个问题，对……), is cut before each: a measure of each problem it names.
        var splitStarts = itemStarts.Concat(report.Text.Paragraphs.SelectMany(p => ClauseByNumberRegex().Matches(p.Span.Slice(text)) is { Count: >= 2 } named
            ? named.Select(m => p.Span.Start + m.Groups["clause"].Index) : [])).Distinct().Order().ToArray();
        // A numbered line with nothing below it (3、收费室备用金改由出纳统一保管。) is an item, not a heading, unless it heads a block.
        var blockSections = blocks.Select(b => b.Section).ToHashSet();
        // A lone numbered sentence that heads a block because it names its problem (1．针对第一个问题，制定《……》。 /
        // 2．对应问题二，制定《……》。) and says what was done is that block's answer as well: it stays text.
        // Each section is judged lone once (it was asked twice for a block's heading).
        var lone = all.Where(s => !s.Style.IsInline()).ToDictionary(s => s, s => IsLoneItem(text, s, bodyEnd));
        var answersItself = blockSections.Where(s => lone.GetValueOrDefault(s) && s.Heading.TrimEnd() is [.., '。' or '；' or ';'] && (_cues.ConcreteAct.IsMatch(s.Heading) || _cues.Accountability.IsMatch(s.Heading))).ToHashSet();
        var headingOnly = all.Where(s => !s.Style.IsInline() && ((blockSections.Contains(s) && !answersItself.Contains(s)) || !lone[s])).Select(s => s.HeadingSpan).OrderBy(h => h.Start).ToArray();
        var headingStarts = headingOnly.Select(h => h.Start).ToArray();
        var blockHeadings = blocks.Where(b => !answersItself.Contains(b.Section)).Select(b => b.Section.HeadingSpan).OrderBy(h => h.Start).ToArray();
        var blockHeadingStarts = blockHeadings.Select(h => h.Start).ToArray();
        var blockSpans = new SpanLookup([.. blocks.Select(b => b.Section.Span)]);
        var topSections = new SpanLookup([.. report.Structure.Sections.Select(s => s.Span)]);
        var hasParts = report.Structure.Sections.Any(s => !s.Style.IsInline());
        foreach (var paragraph in report.Text.Paragraphs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var span = paragraph.Span;
            if (span.IsEmpty || span.End <= report.Structure.TitleSpan.End || signature.Contains(span) || IsHeadingOnly(text, span, headingOnly, headingStarts) || ledgerLines.AnyContains(span) || restatedParts.AnyContains(span)
                || ProblemLabelLineRegex().IsMatch(text.AsSpan(span.Start, span.Length)) || TargetLabelLineRegex().IsMatch(text.AsSpan(span.Start, span.Length)) || QuotedRestatementRegex().IsMatch(text.AsSpan(span.Start, span.Length))
                || (CauseLabelLineRegex().IsMatch(text.AsSpan(span.Start, span.Length)) && !_cues.Accountability.IsMatch(span.Slice(text))))
            {
                continue;
            }

            foreach (var piece in Split(span, blockHeadings, blockHeadingStarts, splitStarts))
            {
                var trimmed = Trim(text, piece);
                // A rule drawn between records (-----, =====) says nothing.
                if (trimmed.Length < 4 || IsAddressee(trimmed.Slice(text)) || restatements.Exists(r => r.Start <= trimmed.Start && trimmed.End <= r.End + 1)
                    || !trimmed.Slice(text).Any(char.IsLetterOrDigit))
                {
                    continue;
                }

                // Outside every numbered part is the preamble (document-level) — unless the report has no numbered
                // parts at all (items 一是…… inside a paragraph are not parts), when each paragraph may answer a problem
                // and is matched by its content: what its opening says of the whole (下一步 / 本报告) makes it general, not
                // a word further on (……今后每年年底盘点一次).
                var block = blockSpans.FirstContaining(trimmed);
                var outside = !topSections.AnyContains(trimmed);
                // A paragraph that opens by counting the problems done (反馈的7个问题，已完成整改6个，问题2正在推进。) speaks of the whole,
                // whatever part it stands in and whichever item's figures it goes on to sum.
                var isDocumentLevel = block < 0 && (documentLevel.AnyContains(trimmed)
                    || (outside && (hasParts || _cues.DocumentLevelSentence.IsMatch(Opening(trimmed.Slice(text)))))
                    || ProblemsDoneCountRegex().IsMatch(Opening(trimmed.Slice(text))));
                pieces.Add(new ReportPiece(trimmed.Slice(text), trimmed, block, isDocumentLevel));
            }
        }

        // A numbered part whose first sentence goes on from its topic into what was done (四、关于村干部坐班值守，我们重新排了
        // 值班表，……在村民微信群公布。): what follows the topic is the part's first measure, not its heading.
        List<HashSet<int>>? problemBigrams = null; // the problems' words, read once when a heading asks
        for (var b = 0; b < blocks.Count; b++)
        {
            var heading = blocks[b].Section.HeadingSpan;
            var said = heading.Slice(text);
            var comma = said.AsSpan().IndexOfAny('，', ',');
            // Without the feedback, the headings are where the problems are read from: nothing of them is a measure.
            if (problems is not { Count: > 0 } || answersItself.Contains(blocks[b].Section) || comma <= 0 || comma > MaxTopicLead || said.Length - comma - 1 < MinActAfterTopic
                || said.TrimEnd('。', ' ').EndsWith("问题", StringComparison.Ordinal))
            {
                continue;
            }

            // A topic that names its problem by number ((一)针对第一方面第①项问题，……) restates nothing: whatever follows it is
            // the answer, however it is put, and is read with the number, as the sentence it opens.
            var byNumber = OrdinalReferences.NamesProblems(said[..comma]);
            if (!byNumber && !_cues.ConcreteAct.IsMatch(said[(comma + 1)..]))
            {
                continue;
            }

            // A heading that goes on with its problem's facts (1．政治意识不够强，3个项目……) restates; it does not answer.
            var after = TextSimilarity.Bigrams(said[(comma + 1)..]);
            problemBigrams ??= [.. problems.Select(TextSimilarity.Bigrams)];
            if (!byNumber && problemBigrams.Exists(p => TextSimilarity.Containment(after, p) >= MaxRestatedShare))
            {
                continue;
            }

            var rest = Trim(text, byNumber ? heading : new TextSpan(heading.Start + comma + 1, heading.End));
            if (!pieces.Exists(p => p.Span.Start < rest.End && rest.Start < p.Span.End))
            {
                var at = pieces.FindIndex(p => p.Span.Start > rest.Start);
                pieces.Insert(at < 0 ? pieces.Count : at, new ReportPiece(rest.Slice(text), rest, b, false));
            }
        }

        // A report with no part that answers a problem of its own (theme paragraphs under 主要做法, a ledger written as
        // sentences at the end) answers them in those parts' prose: each paragraph below the opening is matched by its
        // content, as in a report with no numbered parts at all; the opening and the closing sentences stay general.
        // A part of prose on what comes next (三、下一步工作: 一是……二是……三是……) is general whatever its items say: what is still
        // to do once the items are done is no item's answer.
        if (blocks.Count == 0 && problems is { Count: > 0 })
        {
            // Only a part of prose: one whose numbered items say what was done for each problem (1.反馈问题：……) answers them, and
            // so does an annex the part runs into (附：整改台账).
            var ahead = new SpanLookup([.. report.Structure.Sections.Where(s => AheadHeadingRegex().IsMatch(s.Heading) && s.Children.All(c => c.Style.IsInline()))
                .Select(s => report.Text.Paragraphs.FirstOrDefault(p => p.Span.Start > s.HeadingSpan.End && s.Span.Contains(p.Span) && AnnexLineRegex().IsMatch(p.Span.Slice(text))) is { Span.IsEmpty: false } annex
                    ? new TextSpan(s.Span.Start, annex.Span.Start) : s.Span)]);
            for (var i = 0; i < pieces.Count; i++)
            {
                if (pieces[i].DocumentLevel && topSections.AnyContains(pieces[i].Span) && !_cues.DocumentLevelSentence.IsMatch(pieces[i].Text) && !ahead.AnyContains(pieces[i].Span))
                {
                    pieces[i] = pieces[i] with { DocumentLevel = false };
                }
            }
        }

        DetachClosingParagraphs(text, pieces, blocks.Count);
        MergeFieldLines(text, pieces, headingStarts);
        var allBlocks = blocks.Select(b => b.Block).ToList();
        JoinCodedRows(pieces, allBlocks);
        JoinByNumber(text, report.Text.Paragraphs, allBlocks, pieces);
        var numberedFields = new List<(int, string)>();
        if (ledger is not null)
        {
            AddLedger(text, ledger, allBlocks, pieces);
            numberedFields.AddRange(ledger.Referring.Select(r => (r.Number, string.Join("；", LabelledCells(text, ledger, r.Row, [])) + "。")));
        }

        return new ReportLayout(allBlocks, [.. pieces.OrderBy(p => p.Span.Start)], signature) { NumberedFields = numberedFields };
    }

    /// <summary>
    /// A report in lists (问题清单 / 任务清单 / 责任清单) answers one problem in several parts, each naming it by number: the
    /// problem restated (问题1：……), its tasks under 问题1对应任务：, its owner and time limit (问题1：责任领导……；完成时限……).
    /// The tasks and the owner's line join the block that restates problem 1; a block that only gives fields restates nothing
    /// and goes, its pieces with it to the problem's block.
    /// </summary>
    private static void JoinByNumber(string text, IReadOnlyList<Core.Normalization.Paragraph> paragraphs, List<ReportBlock> blocks, List<ReportPiece> pieces)
    {
        var restating = new Dictionary<int, int>();
        for (var b = 0; b < blocks.Count; b++)
        {
            if (NumberOf(blocks[b].Number) is { } n && !FieldHeadRegex().IsMatch(blocks[b].Heading.Trim()) && !restating.ContainsKey(n))
            {
                restating[n] = b;
            }
        }

        if (restating.Count < 2)
        {
            return;
        }

        // The lines 问题N对应任务： and the pieces after each, up to the next such line or a heading of another part.
        var leads = paragraphs.Where(p => AnswerLeadRegex().IsMatch(p.Span.Slice(text).Trim()))
            .Select(p => (p.Span, Number: NumberOf(AnswerLeadRegex().Match(p.Span.Slice(text).Trim()).Groups["n"].Value))).ToList();
        var moved = new Dictionary<int, int>();
        for (var b = 0; b < blocks.Count; b++)
        {
            if (NumberOf(blocks[b].Number) is { } n && FieldHeadRegex().IsMatch(blocks[b].Heading.Trim()) && restating.TryGetValue(n, out var target) && target != b)
            {
                moved[b] = target;
            }
        }

        if (leads.Count == 0 && moved.Count == 0)
        {
            return;
        }

        for (var i = pieces.Count - 1; i >= 0; i--)
        {
            var piece = pieces[i];
            if (leads.Exists(l => l.Span.Contains(piece.Span)))
            {
                pieces.RemoveAt(i);
                continue;
            }

            var lead = leads.LastOrDefault(l => l.Span.End <= piece.Span.Start);
            if (piece.Block < 0 && lead.Number is { } n && restating.TryGetValue(n, out var target)
                && !paragraphs.Any(p => p.Span.Start > lead.Span.End && p.Span.End <= piece.Span.Start && OtherPartHeadingRegex().IsMatch(p.Span.Slice(text).Trim())))
            {
                pieces[i] = piece with { Block = target, DocumentLevel = false };
            }
            else if (moved.TryGetValue(piece.Block, out var into))
            {
                pieces[i] = piece with { Block = into, DocumentLevel = false };
            }
        }

        // What a block that went gave in its heading (问题1：责任领导许康；……) is read with the problem's block.
        foreach (var (b, into) in moved)
        {
            if (!pieces.Exists(p => p.Span.Contains(blocks[b].HeadingSpan)))
            {
                pieces.Add(new ReportPiece(blocks[b].HeadingSpan.Slice(text), blocks[b].HeadingSpan, into, false));
            }
        }

        // Blocks that went are removed, and the pieces' block indexes follow.
        var kept = Enumerable.Range(0, blocks.Count).Where(b => !moved.ContainsKey(b)).ToList();
        var index = kept.Select((b, k) => (b, k)).ToDictionary(x => x.b, x => x.k);
        for (var i = 0; i < pieces.Count; i++)
        {
            if (pieces[i].Block >= 0)
            {
                pieces[i] = pieces[i] with { Block = index[pieces[i].Block] };
            }
        }

        var remaining = kept.Select(b => blocks[b]).ToList();
        blocks.Clear();
        blocks.AddRange(remaining);
    }

    // A part that says it answers the problems one by one: 二、具体问题整改情况 / 反馈问题整改落实情况 / 逐项整改情况.
    [GeneratedRegex("问题[^，。；]{0,6}整改|逐(项|条|个)[^，。；]{0,4}整改|整改(落实)?情况$")]
    private static partial Regex ProblemsPartRegex();

    // 反馈的7个问题，已完成整改6个 / 7个问题已全部整改完成: a count of the problems and how many are done.
    [GeneratedRegex("[0-9一二两三四五六七八九十]+(个|项)(具体)?问题[^。；]{0,12}(已(全部)?(完成|整改|销号)|全部(完成|整改))")]
    private static partial Regex ProblemsDoneCountRegex();

    /// <summary>Fewest parts headed by short topics alone (一、水费) read as one a problem each.</summary>
    private const int MinTopicParts = 5;

    /// <summary>Most problems a report of topic parts may leave without a part of their own.</summary>
    private const int MaxTopicsLeftOut = 2;


    /// <summary>Whether a part's heading is a short topic of the feedback's (水质检测, 发加班补助的事), not a theme of the unit's own.</summary>
    private static bool IsTopic(string heading, HashSet<string> problemPairs)
    {
        var topic = heading.Trim().TrimEnd('。', '：', ':');
        return topic.Length <= MaxTopicHeading && !OwnThemeRegex().IsMatch(topic) && HanPairs(topic).Any(problemPairs.Contains);
    }

    // The pairs of adjacent Han characters of a text (as a restated heading is read), less the words every part has.
    private static IEnumerable<string> HanPairs(string text) => RestatedProblems.Pairs(text).Where(p => p is not "问题" and not "工作" and not "情况");

    // A theme of the unit's own (提高政治站位, 压实整改责任, 坚持标本兼治): what it did as a whole, not a problem's topic.
    [GeneratedRegex("^(提高|压实|坚持|强化|加强|落实|深化|推进|健全|完善|狠抓|严格|持续|全面|切实|建立|突出|聚焦|注重|着力|抓好|抓实|筑牢|夯实|把好|守牢)")]
    private static partial Regex OwnThemeRegex();

    /// <summary>Longest heading read as a short topic (水质检测, 发加班补助的事).</summary>
    private const int MaxTopicHeading = 10;

    /// <summary>Fewest problems for a report's parts to be read as one a problem by their count alone.</summary>
    private const int MinPartsPerProblem = 3;

    /// <summary>A section's number as a value (3, 三), or null; the blocks' numbers are read by it wherever they are compared.</summary>
    internal static int? NumberOf(string? number) =>
        string.IsNullOrEmpty(number) ? null
        : number.All(char.IsAsciiDigit) && number.Length <= 3 ? int.Parse(number, System.Globalization.CultureInfo.InvariantCulture)
        : Core.Structure.ChineseNumeral.Parse(number);

    // A heading that gives fields, not a problem: 责任领导：许康 / 责任领导　许康 (the space dropped in normalising).
    [GeneratedRegex("^[（(【]?(责任(领导|人|单位|部门|科室|股室)|牵头(领导|单位|部门)|(完成|整改)(时限|时间))")]
    private static partial Regex FieldHeadRegex();

    // 问题1对应任务： / 问题一整改措施： on a line of its own.
    [GeneratedRegex("^问题(?<n>[0-9]{1,3}|[一二三四五六七八九十]{1,3})(对应的?|的)?(整改)?(任务|措施)[:：]$")]
    private static partial Regex AnswerLeadRegex();

    // A top-level heading of another part (三、责任清单) ends the pieces a lead gathers.
    [GeneratedRegex("^[一二三四五六七八九十]+、")]
    private static partial Regex OtherPartHeadingRegex();

    /// <summary>The sections of <paramref name="all"/> (depth first) with a section below them for which <paramref name="test"/> holds.</summary>
    private static HashSet<Section> Below(List<Section> all, Func<Section, bool> test)
    {
        var below = new HashSet<Section>();
        // Children before parents: depth first backwards.
        for (var i = all.Count - 1; i >= 0; i--)
        {
            var section = all[i];
            if (!section.Children.IsDefaultOrEmpty && section.Children.Any(c => below.Contains(c) || test(c)))
            {
                below.Add(section);
            }
        }

        return below;
    }

    /// <summary>
    /// Lines that are fields of the measure above them (责任领导：…, 责任股室：…, 整改时限：…, 完成情况：…) are part of
    /// that measure, not measures of their own: a report laid out as a form writes one measure over several lines.
    /// </summary>
    /// <summary>
    /// Lists keyed by code (问题清单 Q1…, 任务清单 T1-1 | Q1 | …, 责任清单 T1-1 | 责任领导 | 完成时限): a row keyed by a code
    /// an earlier row of another table already keys gives that row its fields, under its own table's column names
    /// (责任领导：……；完成时限：……); a row whose code later rows point to (Q1) lists a problem, no measure; so does a
    /// table's header line over coded rows.
    /// </summary>
    private static void JoinCodedRows(List<ReportPiece> pieces, List<ReportBlock> blocks)
    {
        var cells = pieces.Select(p => LedgerRows.CellTexts(p.Text)).ToList();
        var keyed = new Dictionary<string, int>(StringComparer.Ordinal);
        var pointedTo = new HashSet<string>(StringComparer.Ordinal);
        var dropped = new HashSet<int>();
        List<string>? header = null;
        var headerAt = -1;
        for (var i = 0; i < pieces.Count; i++)
        {
            var row = cells[i];
            if (row.Count < 2)
            {
                header = null;
                continue;
            }

            if (!RowCodeRegex().IsMatch(row[0]))
            {
                (header, headerAt) = row.Count >= 3 && pieces[i].Text.IndexOfAny(['。', '；']) < 0 ? (row, i) : (null, -1);
                continue;
            }

            if (headerAt >= 0)
            {
                dropped.Add(headerAt);
                headerAt = -1;
            }

            pointedTo.UnionWith(row.Skip(1).Where(c => RowCodeRegex().IsMatch(c)));
            if (keyed.TryGetValue(row[0], out var first))
            {
                var fields = row.Skip(1).Select((c, k) => header is { } names && names.Count == row.Count && !RowCodeRegex().IsMatch(c) ? $"{names[k + 1]}：{c}" : c);
                pieces[first] = pieces[first] with { Text = pieces[first].Text.TrimEnd(' ', '|', '｜') + "；" + string.Join("；", fields) };
                dropped.Add(i);
            }
            else if (!pieces[i].DocumentLevel)
            {
                keyed[row[0]] = i;
            }
        }

        // The listed problems (Q1 | 类别 | 内容) restate the feedback's: each a block of its own, and the rows that point
        // to its code (T1-1 | Q1 | 任务 | 情况) answer it there.
        var listed = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (code, at) in keyed.Where(k => pointedTo.Contains(k.Key)).OrderBy(k => k.Value))
        {
            var statement = cells[at].Skip(1).MaxBy(c => c.Length) ?? "";
            listed[code] = blocks.Count;
            blocks.Add(new ReportBlock(statement, Restate(statement), pieces[at].Span, pieces[at].Span) { Number = code });
            dropped.Add(at);
        }

        for (var i = 0; i < pieces.Count; i++)
        {
            if (!dropped.Contains(i) && cells[i].Count >= 2 && RowCodeRegex().IsMatch(cells[i][0])
                && cells[i].Skip(1).FirstOrDefault(listed.ContainsKey) is { } answered)
            {
                pieces[i] = pieces[i] with { Block = listed[answered], DocumentLevel = false };
            }
        }

        if (dropped.Count > 0)
        {
            var kept = pieces.Where((_, i) => !dropped.Contains(i)).ToList();
            pieces.Clear();
            pieces.AddRange(kept);
        }
    }

    // A row's key in a list of lists: Q1, T2-1, W03, 1-2 (not a plain number: 序号 1 2 3 key nothing across tables).
    [GeneratedRegex("^([A-Za-z]{1,3}[0-9]{1,3}([-－.][0-9]{1,3})?|[0-9]{1,3}[-－][0-9]{1,3})$")]
    private static partial Regex RowCodeRegex();

    private static void MergeFieldLines(string text, List<ReportPiece> pieces, int[] headingStarts)
    {
        // Fields that open a block, with nothing above them in it, head the measure below (责任领导：…；完成时限：….
        // on a line of their own, then the measure) — not one past a heading (the fields that close one theme's items,
        // （责任领导：……；完成时限：……）, then 二、作风建设方面). Written into a new list: removing from the middle of the list
        // for every merge grew with the square of a report laid out as a form (issue 20).
        var headed = new List<ReportPiece>(pieces.Count);
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            var opensBlock = headed.Count == 0 || headed[^1].Block != piece.Block || headed[^1].DocumentLevel != piece.DocumentLevel;
            if (i + 1 < pieces.Count && opensBlock && IsFieldsOnly(piece.Text) && pieces[i + 1].Block == piece.Block && pieces[i + 1].DocumentLevel == piece.DocumentLevel
                && !HeadingBetween(headingStarts, piece.Span.End, pieces[i + 1].Span.Start))
            {
                var span = new TextSpan(piece.Span.Start, pieces[i + 1].Span.End);
                headed.Add(piece with { Text = span.Slice(text), Span = span });
                i++;
                continue;
            }

            headed.Add(piece);
        }

        // A field line joins the measure above it, and a run of them the first line above that is not one: from the
        // end backwards, each line either joins the one above or is done.
        pieces.Clear();
        if (headed.Count == 0)
        {
            return;
        }

        var current = headed[^1];
        for (var i = headed.Count - 1; i >= 1; i--)
        {
            var above = headed[i - 1];
            if (FieldLineRegex().IsMatch(current.Text) && current.Block == above.Block && current.DocumentLevel == above.DocumentLevel)
            {
                var span = new TextSpan(above.Span.Start, current.Span.End);
                current = above with { Text = span.Slice(text), Span = span };
            }
            else
            {
                pieces.Add(current);
                current = above;
            }
        }

        pieces.Add(current);
        pieces.Reverse();
    }

    /// <summary>
    /// A ledger's rows: each row's problem cell restates a problem (a block); its measure with the row's other cells
    /// labelled as a report writes them (责任领导：…；整改时限：…；完成情况：…) is the block's measure.
    /// </summary>
    private static void AddLedger(string text, LedgerRows ledger, List<ReportBlock> blocks, List<ReportPiece> pieces)
    {
        var above = new Dictionary<LedgerColumn, string>(); // what each field's cell said in the row above
        var leaderGivesTime = ledger.HeaderGivesTime(text, LedgerColumn.Leader); // 责任人及时限: one cell for both
        // The form asks for a leader when its leader column is used: a column left blank in every row is not used, and a
        // department named beside it answers for the item.
        var leaderAsked = ledger.Columns.Contains(LedgerColumn.Leader)
            && ledger.Rows.Any(r => ledger.Cell(r, LedgerColumn.Leader) is { IsEmpty: false } c && c.Slice(text).Trim().Length > 0);
        foreach (var row in ledger.Rows)
        {
            var problem = row.Problem;
            var measure = ledger.Cell(row, LedgerColumn.Measure);
            var parts = new List<string>();
            if (!measure.IsEmpty && measure.Slice(text).Trim() != RawParagraph.MergedCellMark)
            {
                parts.Add(measure.Slice(text).TrimEnd('。', '；'));
            }

            parts.AddRange(LabelledCells(text, ledger, row, above, leaderGivesTime, leaderAsked && parts.Count > 0));

            // A row that states its problem heads a block (with no measure of its own when its answers are the rows below).
            if (row.OwnsProblem)
            {
                var heading = problem.Slice(text);
                blocks.Add(new ReportBlock(heading, heading, row.Span, problem));
            }

            if (parts.Count == 0 || blocks.Count == 0)
            {
                continue;
            }

            if (!row.OwnsProblem)
            {
                blocks[^1] = blocks[^1] with { Span = new TextSpan(blocks[^1].Span.Start, row.Span.End) };
            }

            var start = measure.IsEmpty ? (row.OwnsProblem ? problem.End : row.Span.Start) : measure.Start;
            pieces.Add(new ReportPiece(string.Join("；", parts) + "。", new TextSpan(start, row.Span.End), blocks.Count - 1, false));
        }
    }

    /// <summary>
    /// A row's cells other than its problem and measures, each under the label a report writes it with (责任领导：…；整改时限：…；
    /// 完成情况：…). <paramref name="above"/> holds what each column said in the row above (a merged cell, 〃, says the same).
    /// </summary>
    private static IEnumerable<string> LabelledCells(string text, LedgerRows ledger, LedgerRow row, Dictionary<LedgerColumn, string> above, bool? leaderGivesTime = null, bool leaderBlankSays = false)
    {
        leaderGivesTime ??= ledger.HeaderGivesTime(text, LedgerColumn.Leader);
        foreach (var (column, label) in LedgerLabels)
        {
            var cell = ledger.Cell(row, column);
            var value = cell.IsEmpty ? "" : cell.Slice(text).Trim();
            // A cell under a merged one (〃) says what the merged cell says.
            if (value == RawParagraph.MergedCellMark)
            {
                value = above.GetValueOrDefault(column, "");
            }

            above[column] = value;
            // One cell for the leader and the time limit (责任人及时限：乡长X；2025年6月30日): each under its own label.
            if (column == LedgerColumn.Leader && value.Length > 0 && leaderGivesTime == true && TimeInCellRegex().Match(value) is { Success: true } time)
            {
                var who = (value[..time.Index] + value[(time.Index + time.Length)..]).Trim(' ', '，', '；', ',', ';', '/', '／', '、', '\n');
                if (who.Length > 0)
                {
                    yield return label + "：" + who;
                }

                yield return "整改时限：" + time.Value;
            }
            else if (value.Length > 0 && !(column == LedgerColumn.Accountability && NoneRegex().IsMatch(value)))
            {
                yield return label + "：" + value.TrimEnd('。', '；');
            }
            else if (column == LedgerColumn.Leader && leaderBlankSays)
            {
                yield return label + "：—"; // the form asks for a leader and the cell is blank
            }
        }
    }

    // An accountability cell that says nobody was dealt with (—, 无, 不涉及): no field.
    [GeneratedRegex("^[—－\\-/／、 ]*$|^(无|暂无|不涉及|未涉及)[。]?$")]
    private static partial Regex NoneRegex();

    // A time limit written in a leader's cell: a date (2025年6月30日, 6月底前) or an answer for good (长期坚持, 立行立改).
    [GeneratedRegex("(20[0-9]{2}年)?[0-9]{1,2}月([0-9]{1,2}日|底|末|中旬|上旬|下旬)?(前|以前|之前)?(完成)?|长期坚持|常态化推进|立行立改|即知即改")]
    private static partial Regex TimeInCellRegex();

    private static readonly (LedgerColumn Column, string Label)[] LedgerLabels =
    [
        (LedgerColumn.Leader, "责任领导"),
        (LedgerColumn.Department, "责任部门"),
        (LedgerColumn.Deadline, "整改时限"),
        (LedgerColumn.Status, "完成情况"),
        (LedgerColumn.Accountability, "处理结果"), // not 追责问责: the label alone would read as someone held to account
        (LedgerColumn.Note, "备注"),
    ];

    /// <summary>
    /// The last problem's part runs to the end of the report as the numbering sees it, so the closing paragraphs
    /// (反馈的4个问题已全部整改完成; 整改情况已在门户网站公开; 下一步，局党组将……) would count as measures of that
    /// problem. Trailing paragraphs of the last block that speak of the report as a whole are the report's.
    /// </summary>
    private void DetachClosingParagraphs(string text, List<ReportPiece> pieces, int blockCount)
    {
        if (blockCount == 0)
        {
            return;
        }

        var last = blockCount - 1;
        var inLast = pieces.Select((p, i) => (p, i)).Where(x => x.p.Block == last).Select(x => x.i).ToList();
        var k = inLast.Count - 1;
        // The sign-off under the closing (报告人：鄢临舟 / the unit's name) is the report's, and so is what stands above it.
        for (; k >= 1 && _cues.SignatureLine.IsMatch(pieces[inLast[k]].Text.Trim()); k--)
        {
            pieces[inLast[k]] = pieces[inLast[k]] with { Block = -1, DocumentLevel = true };
        }

        // A closing paragraph goes whole, the items it goes on to (下一步，局党组一是……；二是……；三是……) with it.
        while (k >= 1)
        {
            var first = k;
            while (first >= 1 && SameParagraph(text, pieces[inLast[first - 1]].Span, pieces[inLast[first]].Span))
            {
                first--;
            }

            if (first < 1 || first == k || !IsClosing(pieces[inLast[first]].Text))
            {
                break;
            }

            for (var j = first; j <= k; j++)
            {
                pieces[inLast[j]] = pieces[inLast[j]] with { Block = -1, DocumentLevel = true };
            }

            k = first - 1;
        }

        for (; k >= 1; k--)
        {
            var piece = pieces[inLast[k]];
            if (!IsClosing(piece.Text))
            {
                break;
            }

            pieces[inLast[k]] = piece with { Block = -1, DocumentLevel = true };
        }
    }

    // Two pieces of one paragraph: no line break between them.
    private static bool SameParagraph(string text, TextSpan before, TextSpan after) =>
        before.End <= after.Start && text.IndexOf('\n', before.End, after.Start - before.End) < 0;

    /// <summary>
    /// A closing paragraph says what it is about in its first sentence (反馈的4个问题已全部整改完成; 下一步，……);
    /// an answer labelled as one (整改情况：……) is the problem's, whatever it mentions later (……反馈问题整改台账).
    /// </summary>
    private bool IsClosing(string piece)
    {
        var text = piece.TrimStart();
        if (LabelRegex().IsMatch(text))
        {
            return false;
        }

        var end = text.IndexOfAny(['。', '；', ';']);
        return _cues.DocumentLevelSentence.IsMatch(end < 0 ? text : text[..(end + 1)]);
    }

    /// <summary>Whether a heading restates a problem rather than naming a part of the report.</summary>
    public bool IsProblemHeading(Section section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var heading = section.Heading;
        if (section.Style == NumberingStyle.ProblemLabel)
        {
            return true; // 问题1：……
        }

        return !section.Style.IsInline()
            && _cues.ReportProblemHeading.IsMatch(heading)
            // A part on how one of the feedback's requirements was met (一、关于“提高政治站位……”要求的落实情况) answers none of
            // its problems by its heading: its measures are matched by what they say.
            && !_cues.RequirementPart.IsMatch(heading)
            && !(_cues.ReportAreaHeading.IsMatch(heading) && !heading.StartsWith("关于", StringComparison.Ordinal) && !heading.StartsWith("问题", StringComparison.Ordinal))
            && !_cues.DocumentLevelHeading.IsMatch(heading)
            // A heading of the rectification work in slogans (二、聚焦问题，扎实推进整改落实) names no problem: phrases run together by
            // a comma that name no failing and no problem of theirs (……的问题) and speak of the rectification itself.
            && !(heading.Contains("整改", StringComparison.Ordinal) && heading.AsSpan().IndexOfAny('，', ',') > 0 && !_cues.Failing.IsMatch(heading) && !NamedProblemHeadingRegex().IsMatch(heading)
                && !heading.Contains("的问题", StringComparison.Ordinal) && !heading.TrimEnd('。', '：', ':').EndsWith("问题", StringComparison.Ordinal));
    }

    [GeneratedRegex("^(关于|针对|问题[一二三四五六七八九十0-9０-９]+)")]
    private static partial Regex NamedProblemHeadingRegex();


    /// <summary>
    /// The problem a part's text restates as it opens, after a heading that names only a topic ((一)组织生活。针对“三会一课”
    /// 流于形式的问题，一是……), or null.
    /// </summary>
    private static string? LeadRestatement(string text, Section section)
    {
        var start = section.HeadingSpan.End;
        while (start < section.Span.End && (text[start] is '。' or '：' or '：' or '\n' or ' ' || char.IsWhiteSpace(text[start])))
        {
            start++;
        }

        var match = LeadRestatementRegex().Match(text, start, Math.Min(section.Span.End - start, 80));
        return match.Success ? match.Groups["problem"].Value : null;
    }

    [GeneratedRegex("^(针对|关于|就)(?<problem>[^，。；\n]{4,60}?)(的|等)?问题[，,：:]")]
    private static partial Regex LeadRestatementRegex();

    /// <summary>
    /// The problem a heading restates: the quoted words of 关于“……”的问题 (all of them, joined by 和, when it quotes several
    /// joined problems: 关于“A”和“B”的问题), else the heading without 关于 and 的问题.
    /// </summary>
    public static string Restate(string heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        var quoted = QuotedRegex().Match(heading);
        if (quoted.Success && quoted.Groups["q"].Length >= 4)
        {
            // A heading that merges problems by quoting each (关于“A”和“B”的问题) restates them all.
            var all = new List<string> { quoted.Groups["q"].Value };
            for (var next = quoted.NextMatch(); next.Success && next.Groups["q"].Length >= 4 && QuoteJoinerRegex().IsMatch(heading.AsSpan(quoted.Index + quoted.Length, next.Index - quoted.Index - quoted.Length)); next = next.NextMatch())
            {
                all.Add(next.Groups["q"].Value);
                quoted = next;
            }

            return string.Join("和", all);
        }

        return WithoutWrapper(heading);
    }

    // What joins two quoted problems in one heading: 和 / 与 / 及 / 以及 / 、 / ，.
    [GeneratedRegex("^(和|与|及|以及|、|，|,)$")]
    private static partial Regex QuoteJoinerRegex();

    /// <summary>A heading without the wrapper a report puts round a problem (关于……的问题, ……的问题整改情况, ……方面).</summary>
    public static string WithoutWrapper(string heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        var stripped = StripRegex().Replace(heading, "");
        return stripped.Length >= 2 ? stripped : heading;
    }

    private static IEnumerable<TextSpan> Split(TextSpan paragraph, TextSpan[] blockHeadings, int[] blockHeadingStarts, int[] itemStarts)
    {
        // A heading sharing its paragraph with the answer (1.关于……问题。整改情况：……): the answer starts after the heading.
        var start = paragraph.Start;
        for (var k = LowerBound(blockHeadingStarts, paragraph.Start); k < blockHeadings.Length && blockHeadings[k].Start < paragraph.End; k++)
        {
            start = Math.Max(start, blockHeadings[k].End);
        }

        // Inline items (一是……二是……) are measures of their own.
        for (var k = LowerBound(itemStarts, start + 1); k < itemStarts.Length && itemStarts[k] < paragraph.End; k++)
        {
            yield return new TextSpan(start, itemStarts[k]);
            start = itemStarts[k];
        }

        yield return new TextSpan(start, paragraph.End);
    }

    /// <summary>Whether a heading of its own line starts in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private static bool HeadingBetween(int[] headingStarts, int from, int to)
    {
        var k = LowerBound(headingStarts, from);
        return k < headingStarts.Length && headingStarts[k] < to;
    }

    /// <summary>The first index of sorted <paramref name="values"/> at or past <paramref name="value"/>.</summary>
    private static int LowerBound(int[] values, int value)
    {
        var (low, high) = (0, values.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = values[middle] < value ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    private static TextSpan Trim(string text, TextSpan span)
    {
        var (start, end) = (span.Start, span.End);
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '。' or '；' or '：' or '，'))
        {
            start++;
        }

        var label = LabelRegex().Match(text, start, end - start);
        if (label.Success)
        {
            start += label.Length;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    /// <summary>
    /// The problem a part restates on a labelled line of its own under its heading ((一)…方面 then 存在问题：…), or null.
    /// </summary>
    private static string? LabelledRestatement(string text, Section section)
    {
        var start = section.HeadingSpan.End;
        while (start < section.Span.End && (char.IsWhiteSpace(text[start]) || text[start] is '。' or '；'))
        {
            start++;
        }

        var end = text.IndexOf('\n', start, section.Span.End - start);
        var line = text.AsSpan(start, (end < 0 ? section.Span.End : end) - start);
        var label = ProblemLabelLineRegex().Match(line.ToString());
        return label.Success ? line[label.Length..].Trim().TrimEnd("。；;").ToString() : null;
    }

    /// <summary>
    /// A report with no numbered parts may still answer problem by problem, a paragraph each, opening with what it answers:
    /// 关于登记办理时限方面。巡察指出，……。整改中，…… / 针对“……”的问题，……. Two or more such paragraphs are its blocks: the
    /// opening is the heading, the sentence after 巡察指出 (if it follows) the problem restated, the rest the answer.
    /// </summary>
    private static List<(Section Section, ReportBlock Block)> LeadParagraphs(ParsedDocument report, int bodyEnd)
    {
        var text = report.Text.Text;
        var leads = new List<(Section, ReportBlock)>();
        foreach (var paragraph in report.Text.Paragraphs)
        {
            var span = paragraph.Span;
            // The lead may follow the answer's label (整改情况：针对……的问题，……).
            var opens = span.IsEmpty ? span.Start : span.Start + (LabelRegex().Match(text, span.Start, span.Length) is { Success: true } label ? label.Length : 0);
            if (span.IsEmpty || span.Start < report.Structure.TitleSpan.End || LeadParagraphRegex().Match(text, span.Start, span.Length) is not { Success: true } lead
                || lead.Index != opens || GeneralTopicRegex().IsMatch(lead.Groups["topic"].Value))
            {
                continue;
            }

            var heading = lead.Groups["topic"].Value;
            var restated = Restate(heading);
            var headingEnd = lead.Index + lead.Length;
            if (FoundLeadRegex().Match(text, headingEnd, span.End - headingEnd) is { Success: true } found && found.Index == headingEnd
                && text.IndexOf('。', found.Index + found.Length, span.End - found.Index - found.Length) is var stop && stop > found.Index + found.Length)
            {
                restated = text[(found.Index + found.Length)..stop];
                headingEnd = stop + 1;
            }

            var section = new Section("", "", NumberingStyle.Outline, 1, heading, span, new TextSpan(span.Start, headingEnd), []);
            leads.Add((section, new ReportBlock(heading, restated, span, section.HeadingSpan)));
        }

        // A lead on a line of its own (针对第一个问题：) heads the paragraphs below it, up to the next lead or the signature.
        for (var k = 0; k < leads.Count; k++)
        {
            var (section, block) = leads[k];
            if (text.AsSpan(block.HeadingSpan.End, block.Span.End - block.HeadingSpan.End).Trim().Length == 0)
            {
                var end = k + 1 < leads.Count ? leads[k + 1].Item2.Span.Start : Math.Max(block.Span.End, bodyEnd);
                var span = new TextSpan(block.Span.Start, end);
                leads[k] = (section with { Span = span }, block with { Span = span });
            }
        }

        return leads.Count >= 2 ? leads : [];
    }

    // Or with no 关于/针对 (耕地地力保护补贴审核把关不严的问题，所里一是……).
    [GeneratedRegex("(关于|针对|在)(?<topic>[^。；：:，,]{2,40}?(方面|问题|情况))[。：:，,]|(?<topic>[^。；：:，,“”\n]{4,40}?的问题)[，,]")]
    private static partial Regex LeadParagraphRegex();

    // What every report answers (针对巡察反馈的问题，) names no problem of its own.
    [GeneratedRegex("^(巡察|巡视)?(组)?(反馈|指出|发现|提出)?(的)?(各项|相关|上述|以上|这些)?(问题|意见|情况)$|整改(工作)?(情况|方面)$|^[^，。]{0,10}(反馈|指出|发现|提出|存在|整改|上述|以上|这些|其他|其余|个别|同类)(的)?问题$")]
    private static partial Regex GeneralTopicRegex();

    // 巡察指出， / 巡察组反馈： after the opening.
    [GeneratedRegex("\\G(巡察|巡视)(组)?(指出|反馈|发现)[，,：:]")]
    private static partial Regex FoundLeadRegex();

    /// <summary>
    /// The problem a part's heading restates after a bare label on the item's own line (3.问题：专项资金审核把关不严；整改措施：……):
    /// the text from the label to the first ；, or empty.
    /// </summary>
    private static TextSpan InlineRestatement(string text, Section section)
    {
        if (!BareProblemLabelRegex().IsMatch(section.Heading.Trim()))
        {
            return default;
        }

        var start = section.HeadingSpan.End;
        while (start < section.Span.End && (text[start] is '：' or ':' || char.IsWhiteSpace(text[start])))
        {
            start++;
        }

        var end = text.AsSpan(start, section.Span.End - start).IndexOfAny("；;。\n");
        return end <= 0 ? default : new TextSpan(start, start + end);
    }

    [GeneratedRegex("^(存在问题|反馈问题|问题表现|问题描述|具体问题|主要问题|问题)[:：]?$")]
    private static partial Regex BareProblemLabelRegex();

    // A line that gives the problem's causes under a label (问题根源：对审计整改重视不够……): not a measure — unless it tells of
    // someone held to account (……经查，已对其给予党内警告处分), which is read.
    [GeneratedRegex("^(问题根源|原因剖析|原因分析|根源剖析|产生原因|问题原因)[:：]")]
    private static partial Regex CauseLabelLineRegex();

    // A line that restates the problem under a label (存在问题：… / 反馈问题：… / 问题表现：…): not a measure.
    [GeneratedRegex("^(存在问题|反馈问题|问题表现|问题描述|具体问题|主要问题|问题)([:：]|\\s*[|｜\\t]\\s*)")]
    private static partial Regex ProblemLabelLineRegex();

    // A line that states what the rectification aims at (整改目标：…): a goal, not a measure taken.
    [GeneratedRegex("^(整改目标|预期目标|工作目标|目标要求)[:：]")]
    private static partial Regex TargetLabelLineRegex();

    // A paragraph that only quotes the feedback (巡察反馈指出：“……。”): the problem restated, not a measure. One that goes
    // on after the quote (巡察指出“……”。对此，一是……) keeps its measures.
    [GeneratedRegex("^(巡察组?|巡察反馈|反馈意见|反馈)[^，。：“]{0,4}(指出|反馈|认为|提出|发现)[:：，,]?\\s*“[^”]*”[。.]?\\s*$")]
    private static partial Regex QuotedRestatementRegex();

    // A heading whose body opens with 整改情况：/整改措施： is what that body answers (1.……。 then 整改情况：……).
    // The label may follow the heading on its line or open the next paragraph (1.……，……。 then a line 整改情况：……).
    private static bool AnsweredByLabel(string text, Section section)
    {
        if (!section.Children.IsDefaultOrEmpty && !section.Children.All(c => c.Style.IsInline()))
        {
            return false; // a part with numbered parts of its own (一是…二是… items are the answer's)
        }

        var lineEnd = text.IndexOf('\n', section.HeadingSpan.End);
        return LabelAt(section.HeadingSpan.End) || (lineEnd >= 0 && LabelAt(lineEnd + 1));

        bool LabelAt(int start)
        {
            while (start < section.Span.End && (char.IsWhiteSpace(text[start]) || text[start] is '。' or '；'))
            {
                start++;
            }

            return start < section.Span.End && LabelRegex().Match(text, start, section.Span.End - start) is { Success: true } label && label.Index == start;
        }
    }

    // A paragraph that is nothing but a section's number and heading (一、加强组织领导).
    private static bool IsHeadingOnly(string text, TextSpan paragraph, TextSpan[] headings, int[] starts)
    {
        // Only the headings that start inside the paragraph (by start, sorted) can lie in it.
        for (var k = LowerBound(starts, paragraph.Start); k < headings.Length && headings[k].Start <= paragraph.End; k++)
        {
            var h = headings[k];
            if (h.End <= paragraph.End && text.AsSpan(h.End, paragraph.End - h.End).Trim().TrimEnd('。').IsEmpty)
            {
                return true;
            }
        }

        return false;
    }

    // A numbered line whose first sentence, with its clauses, runs on into more on the same line (3.对……问题进行调查核实，其中
    // 1人问题属实，……。调查和处理结果已书面上报。): an item of text, not a title over it.
    private static bool RunsOnAsSentence(string text, Section section) =>
        section.HeadingSpan.Length > 12 && section.Heading.AsSpan().IndexOfAny('，', ',') >= 0
        && section.HeadingSpan.End < text.Length && text[section.HeadingSpan.End] is not ('\n' or '\r');

    // A paragraph's first sentence.
    private static string Opening(string paragraph) => paragraph.IndexOf('。') is > 0 and var stop ? paragraph[..(stop + 1)] : paragraph;

    // A leaf whose section ends with its own line, that line a whole sentence.
    // Nothing below it but, perhaps, the line that heads the next problem's tasks (问题3对应任务：) in a report in lists,
    // or a bracketed line of fields (（责任领导：……；完成时限：……）) that closes its items.
    private static bool IsLoneItem(string text, Section section, int bodyEnd)
    {
        if (!(section.Children.IsDefaultOrEmpty || section.Children.All(c => c.Style.IsInline())))
        {
            return false;
        }

        var rest = text.AsSpan(section.HeadingSpan.End, Math.Max(0, Math.Min(section.Span.End, bodyEnd) - section.HeadingSpan.End)).Trim().TrimEnd('。');
        // A sentence: a long line with a comma, or a line closed by 。 or by a list's ； that names no problem (2．拨付前实行两级复核。 /
        // 2.对资质初审中失察的初审人员给予批评教育；).
        var sentence = (section.HeadingSpan.Length > 12 && section.Heading.AsSpan().IndexOfAny('，', ',') >= 0)
            || ((section.Heading.TrimEnd().EndsWith('。') || (section.Heading.TrimEnd() is [.., '；' or ';'] && ActDoneRegex().IsMatch(section.Heading)))
                && section.Heading.Length > MinSentenceItem && !NamesItsProblem(section.Heading.Trim())
                && !IsFieldsOnly(section.Heading.Trim().TrimEnd('。')));
        if (rest.IsEmpty)
        {
            return sentence;
        }

        // Line by line without copying the body: the first line that is not 问题N对应任务： or bracketed fields settles it.
        var onlyFields = true;
        foreach (var line in rest.EnumerateLines())
        {
            var trimmed = line.Trim();
            if (trimmed.IsEmpty)
            {
                continue;
            }

            if (trimmed.Length > 2 && trimmed[0] is '（' or '(' && trimmed[^1] is '）' or ')' && IsFieldsOnly(trimmed[1..^1].ToString()))
            {
                continue;
            }

            if (!AnswerLeadRegex().IsMatch(trimmed))
            {
                return false;
            }

            onlyFields = false;
        }

        return !onlyFields || sentence;
    }

    // A list's line closed by ； that tells an act done (对……的初审人员给予批评教育；), not a failing restated (（2）使用补助资金购买办公
    // 设备5.8万元；) nor a title listed (《……办法》（新制定）；).
    [GeneratedRegex("给予|进行|作出|予以|责令|追回|退还|退缴|清退|收回|补签|诫勉|批评教育|处分|提醒谈话|约谈")]
    private static partial Regex ActDoneRegex();

    /// <summary>Shortest line closed by 。 read as an item's sentence rather than a heading.</summary>
    /// <summary>Longest topic (关于村干部坐班值守) a part's first sentence may open with before what was done.</summary>
    private const int MaxTopicLead = 20;

    /// <summary>Fewest characters after the topic for them to be read as a measure.</summary>
    private const int MinActAfterTopic = 15;

    /// <summary>The share of what follows a topic found in one problem's words for it to be that problem restated.</summary>
    private const double MaxRestatedShare = 0.5;

    private const int MinSentenceItem = 6;

    // A heading that names its problem (关于……问题。 / 针对…… / 问题3 / 问题：……), whatever closes it.
    private static bool NamesItsProblem(string heading) => NamedProblemHeadingRegex().IsMatch(heading) || ProblemLabelLineRegex().IsMatch(heading);

    internal static bool IsAddressee(string text) => text.EndsWith('：') && text.Length <= 30;

    private static TextSpan Signature(ParsedDocument report)
    {
        // The signature: the last paragraphs that are a date, or a short unit name just before it.
        var text = report.Text.Text;
        var paragraphs = report.Text.Paragraphs.Where(p => !p.Span.IsEmpty).ToList();
        var first = paragraphs.Count;
        for (var i = paragraphs.Count - 1; i >= 0 && i >= paragraphs.Count - 3; i--)
        {
            var line = paragraphs[i].Span.Slice(text).Trim();
            // A unit's name gives no field (整改进度：60% above the signature is the last item's).
            // Nor does the signer's post and name (书记、站长：斛永胜) above the date.
            if (DateLineRegex().IsMatch(line) || (first == i + 1 && i < paragraphs.Count - 1
                && ((line.Length <= 30 && line.IndexOfAny(['。', '，', '：', ':', '%', '％']) < 0) || SignerLineRegex().IsMatch(line))))
            {
                first = i;
            }
            else
            {
                break;
            }
        }

        return first < paragraphs.Count ? new TextSpan(paragraphs[first].Span.Start, paragraphs[^1].Span.End) : default;
    }

    /// <summary>Whether every clause of <paramref name="text"/> is a field (责任领导：…；完成时限：…。) and nothing else.</summary>
    internal static bool IsFieldsOnly(string text)
    {
        var clauses = text.Split(['；', '。', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return clauses.Length > 0 && clauses.All(c => FieldLineRegex().IsMatch(c));
    }

    /// <summary>A unit's code for a problem (AQ-1, DJ-1): letters and a number; its tasks add their own (AQ-1-2).</summary>
    internal const string ItemCode = "[A-Za-z]{1,4}[-－]?[0-9]{1,3}";

    // 责任领导：… / （责任领导：…；完成时限：…） on a line of its own, also after the code of the item it closes (（AQ-1责任领导：…）).
    [GeneratedRegex("^[（(]?(" + ItemCode + "([-－.][0-9]{1,3})*\\s*)?(" + MeasureFactReader.FieldLabel + "|" + MeasureFactReader.FieldName + "\\s*[|｜\\t])")]
    private static partial Regex FieldLineRegex();

    // Each kind of quote closed by its own mark, so that one quoted inside another (“维修工程发包‘化整为零’规避招标”) stays whole.
    [GeneratedRegex("“(?<q>[^“”]+)”|\"(?<q>[^\"]+)\"|‘(?<q>[^‘’]+)’|「(?<q>[^「」]+)」")]
    private static partial Regex QuotedRegex();

    [GeneratedRegex("^(关于|针对|在)|(的)?问题(的整改)?(整改)?(情况)?[。：]?$|方面[。：]?$")]
    private static partial Regex StripRegex();

    [GeneratedRegex("^(整改(情况|措施|进展|成效|结果)|具体措施|落实情况)([:：]|\\s*[|｜\\t]\\s*)")]
    private static partial Regex LabelRegex();

    // A rule made, named first: 《……办法》（针对问题1，2025年5月印发） / 《……制度》已修订印发.
    [GeneratedRegex("^\\s*《[^》]{2,40}》([（(][^）)]{0,10}(针对|对应)|[^。；，]{0,6}(印发|制定|修订|出台|建立|施行))")]
    private static partial Regex RuleLineRegex();

    // An annex's first line (附：整改台账 / 附件1 / 附表).
    [GeneratedRegex("^\\s*附(件|表|：|:)")]
    private static partial Regex AnnexLineRegex();

    // ……；针对第一个问题，…… / 。对第六个问题，…… / ；针对第二方面第2个、第3个问题，…… / ：第二项诫勉谈话1人；第四项…… (whom it
    // dealt with for which item) — a clause naming the problems it answers by number, after a stop.
    [GeneratedRegex("(?<=[。；;：:]|^)\\s*(?<clause>(针对|对于?|关于|对应)(巡察)?(反馈(意见)?)?(中|指出)?的?(第[一二三四五六七八九十0-9０-９]+(部分|方面))?第[（(]?[一二三四五六七八九十0-9０-９]+[）)]?(个|项|条)([、和及与]第?[（(]?[一二三四五六七八九十0-9０-９]+[）)]?(个|项|条))*((问题)?[，,：:]|中|所涉)|" + OrdinalReferences.SanctionedItem + ")")]
    private static partial Regex ClauseByNumberRegex();

    // A part's heading on what comes next (下一步工作 / 下步打算 / 巩固整改成果).
    [GeneratedRegex("下一步|下步|打算|巩固(整改)?(成果|成效)")]
    private static partial Regex AheadHeadingRegex();

    /// <summary>A date standing alone on its line (the signature date).</summary>
    [GeneratedRegex("^(20[0-9]{2}|二〇[一二三四五六七八九〇零]{2})年[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日$")]
    internal static partial Regex DateLineRegex();

    // The signer: a post and a name (书记、站长：斛永胜 / 站长：逯长海), no field of an item.
    [GeneratedRegex("^(?!(责任|负责|牵头|完成|整改|时限|进展))[\\u4e00-\\u9fff、]{1,12}(书记|长|主任|经理|负责人)[：:]\\s*[\\u4e00-\\u9fff]{2,4}$")]
    private static partial Regex SignerLineRegex();
}
