using System.Collections.Immutable;
using RectifyNlp.Core;
using RectifyNlp.Core.Documents;
using RectifyNlp.Core.Structure;
using RectifyNlp.Nlp;
using RectifyNlp.Nlp.Classification;
using RectifyNlp.Nlp.Keywords;
using RectifyNlp.Nlp.Lexicon;
using RectifyNlp.Nlp.Segmentation;

namespace RectifyNlp.Analysis;

/// <summary>A measure with what the analysis knows about it.</summary>
/// <param name="Measure">The measure as reported.</param>
/// <param name="Facts">What its text states.</param>
/// <param name="Block">The report block it stands in, or -1.</param>
/// <param name="Item">Its text prepared for comparison.</param>
public sealed record MeasureWork(Measure Measure, MeasureFacts Facts, int Block, TextItem Item)
{
    /// <summary>Its word vector.</summary>
    public WordVector Vector => Item.Vector;
}

/// <summary>Everything the gap rules look at.</summary>
/// <param name="Feedback">The feedback, if given.</param>
/// <param name="Report">The report.</param>
/// <param name="Layout">The report's layout.</param>
/// <param name="Issues">The issues.</param>
/// <param name="IssueItems">Their texts prepared for comparison, by id.</param>
/// <param name="Measures">The measures.</param>
/// <param name="FeedbackDate">When the feedback was given.</param>
/// <param name="ReportDate">When the report was signed.</param>
/// <param name="Cues">The patterns.</param>
public sealed record AnalysisContext(
    ParsedDocument? Feedback,
    ParsedDocument Report,
    ReportLayout Layout,
    ImmutableArray<Issue> Issues,
    IReadOnlyDictionary<string, TextItem> IssueItems,
    ImmutableArray<MeasureWork> Measures,
    DatedEvidence? FeedbackDate,
    DatedEvidence? ReportDate,
    AnalysisCues Cues)
{
    /// <summary>Other units' measures to compare with, if any were given.</summary>
    public NearDuplicateIndex? Others { get; init; }

    /// <summary>The issue categories whose problems want a rule made or revised even when answered by one-off remedies (models/taxonomy, expectsRule).</summary>
    public IReadOnlySet<string> RuleAreas { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The word vector of any text, weighted as the issues' and measures' are (to compare a sentence with the problems).</summary>
    public Func<string, WordVector> Vectorize { get; init; } = _ => WordVector.Empty;

    /// <summary>The report's references to the feedback's problems by number (第2、4个问题); null when the problems are the report's own.</summary>
    public OrdinalReferences? Ordinals { get; init; }

    /// <summary>Stops the analysis (a deleted job, a time limit): rules whose work grows with the square of the text check it.</summary>
    public CancellationToken Cancellation { get; init; }


    /// <summary>The word vector of an issue.</summary>
    public WordVector VectorOf(string issueId) => IssueItems[issueId].Vector;

    private Dictionary<string, List<MeasureWork>>? _byIssue;

    /// <summary>The measures (not document-level) that answer <paramref name="issueId"/>, in order.</summary>
    public IReadOnlyList<MeasureWork> MeasuresOf(string issueId)
    {
        if (_byIssue is null)
        {
            var byIssue = new Dictionary<string, List<MeasureWork>>(StringComparer.Ordinal);
            foreach (var work in Measures.Where(m => !m.Measure.DocumentLevel))
            {
                foreach (var link in work.Measure.Links)
                {
                    if (!byIssue.TryGetValue(link.IssueId, out var list))
                    {
                        byIssue[link.IssueId] = list = [];
                    }

                    list.Add(work);
                }
            }

            _byIssue = byIssue;
        }

        return _byIssue.TryGetValue(issueId, out var measures) ? measures : [];
    }
}

/// <summary>
/// The analysis front door: problems from the feedback (or restated by the report), measures from the
/// report, their matching, and the gaps. Built once per process (it loads the segmenter, the classifiers
/// and the cues); <see cref="Analyze"/> is thread-safe.
/// </summary>
public sealed partial class Analyzer : IDisposable
{

    private readonly PassageClassifier _classifier;
    private readonly HashSet<string> _ruleAreas;
    private readonly TextSimilarity _similarity;
    private readonly AnalysisCues _cues;
    private readonly ProblemExtractor _problems;
    private readonly ReportReader _reports;
    private readonly MeasureFactReader _facts;
    private readonly DateReader _dates;
    private readonly GapFinder _gaps;

    /// <summary>
    /// Most problems a feedback may list (real ones list under a hundred): problems are matched against every
    /// part of the report, so their product bounds the analysis's memory (1,000 × 5,000 scores, 40 MB).
    /// </summary>
    public const int MaxProblems = 1_000;

    /// <summary>Most parts of a report that answer a problem each (see <see cref="MaxProblems"/>).</summary>
    public const int MaxReportParts = 5_000;

    // A feedback read as at most this many problems is checked against the report's parts (see AnalyzeOnce).
    private const int MaxFewProblems = 4;

    // The report must answer at least this many parts, and this many more than the problems read, to be the better list.
    private const int MinRestatedOverFew = 5;
    private const int MinMoreParts = 3;

    /// <summary>Creates an analyser from its parts, with the default stages (see <see cref="AnalyzerBuilder"/> to choose them).</summary>
    public Analyzer(PassageClassifier classifier, TextSimilarity similarity, AnalysisCues cues)
        : this(new AnalyzerBuilder(classifier, similarity, cues))
    {
    }

    /// <summary>The analyser <paramref name="builder"/> describes: its stages, each made from the cues.</summary>
    internal Analyzer(AnalyzerBuilder builder)
    {
        _classifier = builder.Classifier;
        _ruleAreas = [.. _classifier.Taxonomy.Categories.Where(c => c.ExpectsRule).Select(c => c.Id)];
        _similarity = builder.Similarity;
        _cues = builder.Cues;
        _problems = builder.ProblemExtractor?.Invoke(_cues) ?? new ProblemExtractor(_cues, text => { var (role, confidence, _) = _classifier.ClassifyRole(Prepare(text)); return (role, confidence); });
        _reports = builder.ReportReader?.Invoke(_cues) ?? new ReportReader(_cues);
        _facts = builder.MeasureFactReader?.Invoke(_cues) ?? new MeasureFactReader(_cues);
        _dates = builder.DateReader?.Invoke(_cues) ?? new DateReader(_cues);
        _gaps = new GapFinder(builder.Rules);
    }

    /// <summary>The gap rules this analyser runs, in order.</summary>
    public IReadOnlyList<IGapRule> Rules => _gaps.Rules;

    /// <summary>The patterns in use.</summary>
    public AnalysisCues Cues => _cues;

    /// <summary>The problems <paramref name="feedback"/> raises, with their categories (no report needed).</summary>
    public ImmutableArray<Issue> Problems(ParsedDocument feedback)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        return [.. _problems.Extract(feedback).Select((c, i) => ToIssue(c, i, _classifier.Prepare(c.Text, normalized: true), DocumentRole.Feedback))];
    }

    private Issue ToIssue(ProblemCandidate candidate, int index, PassageRow row, DocumentRole source) =>
        new($"I{index + 1}", candidate.Text, _classifier.CategoryOf(row).Category, candidate.Area, source, candidate.Span);

    /// <summary>
    /// The measures of a report, for comparing other reports with it (<see cref="NearDuplicateIndex"/>): its
    /// paragraphs and items that answer a problem, not the parts about the report as a whole.
    /// </summary>
    public IEnumerable<string> MeasureTexts(ParsedDocument report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return _reports.Read(report).Pieces.Where(p => !p.DocumentLevel).Select(p => p.Text);
    }

    /// <summary>Loads the models, lexicon and cues under <paramref name="paths"/>.</summary>
    /// <param name="paths">Where models/ is.</param>
    /// <param name="throughput">Compile the cue patterns (see <see cref="AnalysisCues.Load"/>): for many analyses in one process.</param>
    public static Analyzer Load(ModelPaths paths, bool throughput = false)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var segmenter = Segmenter.Get(paths);

        // The domain IDF alone: jieba's general table adds nothing to matching short domain texts and costs a cold start.
        var idf = new IdfTable(IdfTable.ReadFile(paths.DomainIdf), new Dictionary<string, double>());
        var similarity = new TextSimilarity(segmenter, idf, WordList.Load(paths.Stopwords));
        var cues = AnalysisCues.Load(Path.Combine(paths.ModelsDirectory, "analysis", "cues.json"), compiled: throughput);
        return new Analyzer(PassageClassifier.Load(paths), similarity, cues);
    }

    /// <summary>A builder over the models, lexicon and cues under <paramref name="paths"/>: choose the stages and rules, then <see cref="AnalyzerBuilder.Build"/>.</summary>
    public static AnalyzerBuilder Builder(ModelPaths paths, bool throughput = false)
    {
        var loaded = Load(paths, throughput);
        return new AnalyzerBuilder(loaded._classifier, loaded._similarity, loaded._cues);
    }

    /// <summary>Analyses <paramref name="report"/> against <paramref name="feedback"/> (null: the report restates its problems).</summary>
    /// <param name="feedback">The feedback, or null.</param>
    /// <param name="report">The report.</param>
    /// <param name="others">Other units' measures: a measure shared near-verbatim with one of them is a copied measure.</param>
    /// <param name="cancellationToken">Stops the analysis at its next paragraph, piece, block or rule (a deleted job, a time limit).</param>
    /// <exception cref="OperationCanceledException">The analysis was stopped.</exception>
    public AnalysisResult Analyze(ParsedDocument? feedback, ParsedDocument report, NearDuplicateIndex? others = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var outer = t_prepared;
        t_prepared = new Dictionary<string, PassageRow>(StringComparer.Ordinal);
        try
        {
            return AnalyzeOnce(feedback, report, others, cancellationToken);
        }
        finally
        {
            t_prepared = outer;
        }
    }

    // The feedback's passages featurised during this thread's analysis, by text: the problem extractor classifies a
    // feedback paragraph's role, and the problem it becomes is featurised again for its category. Kept only until the
    // problems are made (the report's pieces, each featurised once, are not kept: for a large report they would hold
    // more than its text), and nothing from one analysis to the next.
    [ThreadStatic]
    private static Dictionary<string, PassageRow>? t_prepared;

    // The features of a slice of a parsed document's normalised text, made once per analysis.
    private PassageRow Prepare(string text)
    {
        if (t_prepared is not { } prepared)
        {
            return _classifier.Prepare(text, normalized: true);
        }

        if (!prepared.TryGetValue(text, out var row))
        {
            prepared[text] = row = _classifier.Prepare(text, normalized: true);
        }

        return row;
    }

    private AnalysisResult AnalyzeOnce(ParsedDocument? feedback, ParsedDocument report, NearDuplicateIndex? others, CancellationToken cancellationToken)
    {
        var notes = new List<string>();
        // 1. The problems, and the report's layout read knowing them.
        var candidates = feedback is null ? [] : _problems.Extract(feedback, report, cancellationToken);
        if (candidates.Count > MaxProblems)
        {
            throw new DocumentReadException(DocumentReadError.TooComplex, $"{feedback!.Raw.SourceName}：列出的问题超过 {MaxProblems:N0} 个上限，不像一份巡察反馈，已拒绝分析");
        }

        ReportLayout? restated = null;
        ReportLayout Restated() => restated ??= _reports.Read(report, [], cancellationToken);
        var layout = _reports.Read(report, [.. candidates.Select(c => c.Text)], cancellationToken);
        if (layout.Blocks.Count > MaxReportParts)
        {
            throw new DocumentReadException(DocumentReadError.TooComplex, $"{report.Raw.SourceName}：逐项答复的部分超过 {MaxReportParts:N0} 个上限，不像一份整改报告，已拒绝分析");
        }
        // A feedback told as a story or a talk whose report restates none of its problems: its prose is read for them.
        if (feedback is not null && candidates.Count == 0 && DistinctRestated(Restated().Blocks) == 0 && _problems.Extract(feedback, cancellationToken) is { Count: > 0 } told)
        {
            candidates = told;
            layout = _reports.Read(report, [.. candidates.Select(c => c.Text)], cancellationToken);
        }

        var issuesFromReport = candidates.Count == 0;
        if (feedback is not null && issuesFromReport)
        {
            notes.Add("反馈文件中未找到逐条列出的问题（可能是反馈会讲话），改用整改报告复述的问题。");
        }
        else if (feedback is not null && candidates.Count <= MaxFewProblems
            && Restated() is { Blocks.Count: >= MinRestatedOverFew }
            && DistinctRestated(Restated().Blocks) is var distinct && distinct >= MinRestatedOverFew && distinct >= candidates.Count + MinMoreParts)
        {
            // A feedback read as a very few problems where the report answers many, a part each, was read wrong (its form
            // is one the extraction does not know): the report's parts are the better list.
            notes.Add($"反馈文件只读出 {candidates.Count} 个问题，而整改报告逐项答复了 {distinct} 个，改用整改报告复述的问题。");
            layout = Restated();
            candidates = [];
            issuesFromReport = true;
        }
        else if (feedback is not null && candidates.Count > 0 && SplitByRestatements(feedback, candidates, () => Restated().Blocks) is { } split)
        {
            notes.Add($"反馈中有 {split.Count - candidates.Count} 处在同一问题里转到另一件事（另外，……），整改报告分别作了答复，已按报告的理解拆为不同问题。");
            candidates = split;
            layout = _reports.Read(report, [.. candidates.Select(c => c.Text)], cancellationToken);
        }

        // The report's parts as problems are numbered in the feedback's order when each restates its own sentence of it.
        var blockOrder = issuesFromReport && feedback is not null ? InFeedbackOrder(feedback, layout.Blocks) : [.. Enumerable.Range(0, layout.Blocks.Count)];
        var issueOfBlock = new int[blockOrder.Count];
        for (var i = 0; i < blockOrder.Count; i++)
        {
            issueOfBlock[blockOrder[i]] = i;
        }

        if (issuesFromReport)
        {
            candidates = [.. blockOrder.Select(b => layout.Blocks[b]).Select(b => new ProblemCandidate(b.Restated, "", b.HeadingSpan))];
        }

        var rows = candidates.Select(c => Prepare(c.Text)).ToList();
        t_prepared?.Clear(); // the feedback's passages are done with: a report's many are not kept (see Prepare)
        var issues = candidates.Select((c, i) => ToIssue(c, i, rows[i], issuesFromReport ? DocumentRole.Report : DocumentRole.Feedback)).ToImmutableArray();
        var issueItems = issues.Select((issue, i) => _similarity.Item(issue.Text, rows[i].Tokens)).ToList();
        var issueIndex = new SimilarityIndex(issueItems);

        // 2. What each piece of the report is and says (its matching comes after the blocks'). A report may give each
        // measure's owner and time limit in notes it refers to by a mark (……作出处理。① … 注：①责任人：……；完成时限：……):
        // a note says who or when and does nothing itself (①节假日公车一律封存，由办公室负责 is an item of a list).
        var referenceNotes = ReferenceNotes.Read(report.Text.Text, note => _facts.Read(note) is { IsConcrete: false } said && (said.Owner is not null || said.Deadline is not null));
        var pieces = layout.Pieces.Select(p =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = _classifier.Prepare(p.Text, normalized: true);
            return (Role: _classifier.ClassifyRole(row).Role, Facts: WithNotes(_facts.Read(p.Text), referenceNotes.For(p.Text)), Item: _similarity.Item(p.Text, row.Tokens));
        }).ToList();

        // 3. Blocks to issues: by structure when the report's own headings are the issues, else by content.
        // What the report names by number is read once, for its headings here and its measures below.
        var ordinals = issuesFromReport ? null : new OrdinalReferences(report, issues, feedback);
        var blockLinks = new List<List<MatchLink>>();
        if (issuesFromReport)
        {
            blockLinks.AddRange(layout.Blocks.Select((b, i) => new List<MatchLink> { new(issues[issueOfBlock[i]].Id, 1.0, $"报告标题“{b.Heading}”复述的问题") }));
        }
        else
        {
            var scores = new double[layout.Blocks.Count, issues.Length];
            // A block's body is its heading and its pieces: their vectors summed, rather than segmenting the text again.
            var piecesOfBlock = layout.Pieces.Select((p, n) => (p.Block, n)).Where(x => x.Block >= 0).ToLookup(x => x.Block, x => pieces[x.n].Item.Vector);
            var blockItems = layout.Blocks.Select((b, index) =>
            {
                var heading = _similarity.Item(b.Restated);
                return (Heading: heading, Body: WordVector.Sum(piecesOfBlock[index].Prepend(heading.Vector)));
            }).ToList();
            for (var b = 0; b < layout.Blocks.Count; b++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                // A heading that merges problems (资金审核制度和违规补贴问题) is scored by its best part as well as whole.
                var heading = blockItems[b].Heading;
                var parts = HeadingParts(heading.Text).Select(_similarity.Item).Prepend(heading).ToList();
                var containment = new Dictionary<int, double>();
                var headCosines = new Dictionary<int, double>();
                foreach (var part in parts.Where(p => p.Bigrams.Count > 0))
                {
                    foreach (var (i, shared) in issueIndex.SharedBigrams(part.Bigrams))
                    {
                        containment[i] = Math.Max(containment.GetValueOrDefault(i), shared / (double)part.Bigrams.Count);
                    }

                    foreach (var (i, cosine) in issueIndex.Cosines(part.Vector))
                    {
                        headCosines[i] = Math.Max(headCosines.GetValueOrDefault(i), cosine);
                    }
                }

                var bodyCosines = issueIndex.Cosines(blockItems[b].Body);
                var hasHeading = heading.Text.Length > 0;
                foreach (var (i, cosine) in bodyCosines)
                {
                    scores[b, i] = Matcher.Score(hasHeading, 0, 0, cosine);
                }

                foreach (var i in headCosines.Keys.Concat(containment.Keys))
                {
                    scores[b, i] = Matcher.Score(hasHeading, containment.GetValueOrDefault(i), headCosines.GetValueOrDefault(i), bodyCosines.GetValueOrDefault(i));
                }

                // A part on work beyond the problems (举一反三开展的工作 / 建章立制情况) answers none of them by elimination: only
                // an answer close enough to stand on its own links it.
                if (_cues.GeneralPart.IsMatch(heading.Text))
                {
                    for (var i = 0; i < issues.Length; i++)
                    {
                        scores[b, i] = scores[b, i] >= Matcher.MergeScore ? scores[b, i] : 0;
                    }
                }
            }

            // A heading that names its problems by number ((二)反馈问题第1项、第6项) is linked to them, whatever its words.
            foreach (var (assigned, b) in Matcher.Assign(scores).Select((a, b) => (a, b)))
            {
                // So is a ledger row whose problem cell is only a number (问题6 / 第6项, in a list of the rules made).
                var byNumber = ordinals!.ResolveHeading(layout.Blocks[b].Heading, layout.Blocks[b].Span) is { IsEmpty: false } headed ? headed
                    : LedgerRows.ReferredNumber(layout.Blocks[b].Heading) is { } referred && ordinals.ResolveNumber(referred, layout.Blocks[b].Span) is { } row ? [row] : [];
                blockLinks.Add(!byNumber.IsEmpty
                    ? [.. byNumber]
                    : [.. assigned.Select(a => new MatchLink(issues[a.Issue].Id, Math.Round(a.Score, 3), $"位于报告标题“{layout.Blocks[b].Heading}”之下，该标题与反馈问题相似（{Matcher.Format(a.Score)}）"))]);
            }

            FillSlotsInOrder(blockLinks, layout, issues, piecesOfBlock.Select(g => g.Key).ToHashSet());
        }

        // 4. The measures.
        var measures = new List<MeasureWork>();
        var answeredByBlocks = blockLinks.SelectMany(l => l).Select(l => l.IssueId).ToHashSet(StringComparer.Ordinal);
        // The problem a paragraph opens by naming (针对惠民补贴发放中的问题，一是……二是……), for the items after it in that paragraph.
        var reportParagraphs = new SpanLookup(ItemRuns(report));
        var namedByParagraph = new Dictionary<int, MatchLink>();
        // Where the unit's own inline items begin (一是……；二是……), as the structure found them.
        var ownItems = report.Structure.AllSections.Where(s => s.Style == NumberingStyle.InlineShi).Select(s => s.Span.Start).ToHashSet();
        for (var n = 0; n < layout.Pieces.Count; n++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var piece = layout.Pieces[n];
            var (role, facts, item) = pieces[n];
            if (referenceNotes.IsNote(piece.Span))
            {
                continue; // a note says who and when for the measures that refer to it: it is no measure itself
            }

            ImmutableArray<MatchLink> links;
            bool documentLevel;
            if (ordinals?.Resolve(piece) is { } byNumber)
            {
                // Every problem of a list it opens with (针对第1个、第3个问题，制定《……办法》) and of each later clause that opens
                // on others (……；针对第二方面第2个问题，制定……), the first alone when it names one.
                links = ReferencedByClauses(piece, ordinals) is { Length: >= 2 } listed && listed.Any(l => l.IssueId == byNumber.IssueId) ? listed : [byNumber];
                documentLevel = false;
            }
            else if (piece.Block < 0 && ordinals is not null && facts.IsConcrete && NamedInPassing(piece.Text, issues, issueIndex, answeredByBlocks) is { } named)
            {
                // A problem no block answers, answered where the report names it in passing, in a general part
                // (一、整改工作开展情况 …针对矿产资源补偿费欠缴问题，组成清欠专班…).
                links = [named];
                documentLevel = false;
                answeredByBlocks.Add(named.IssueId);
            }
            else if (piece.Block >= 0 && blockLinks[piece.Block].Count > 0 && ordinals is not null
                && NamedInPassing(piece.Text, issues, issueIndex, [], OpeningName) is { } own
                && ((piece.Text.Length >= MinOwnAnswer && !blockLinks[piece.Block].Any(l => l.IssueId == own.IssueId)) || (blockLinks[piece.Block].Count >= 2 && blockLinks[piece.Block].Any(l => l.IssueId == own.IssueId))))
            {
                // A paragraph that opens by naming its own problem (针对文物安全监管存在薄弱环节的问题，……) under a heading of the
                // unit's own theme (二、全面从严治党方面) answers the problem it names, not the one the theme's words are nearest —
                // and under a heading that answers several, the one of them it names, with the items after it in the paragraph.
                links = [own];
                documentLevel = false;
                answeredByBlocks.Add(own.IssueId);
                if (reportParagraphs.FirstContaining(new TextSpan(piece.Span.Start, piece.Span.Start + 1)) is >= 0 and var paragraph)
                {
                    namedByParagraph[paragraph] = own;
                }
            }
            else if (piece.Block >= 0 && blockLinks[piece.Block].Count > 0 && !piece.Span.IsEmpty
                && namedByParagraph.TryGetValue(reportParagraphs.FirstContaining(new TextSpan(piece.Span.Start, piece.Span.Start + 1)), out var openedBy)
                && (blockLinks[piece.Block].Count >= 2 || !blockLinks[piece.Block].Any(l => l.IssueId == openedBy.IssueId)))
            {
                // The items after it answer the problem the paragraph named — or, under a heading that answers another too
                // (（三）关于工程建设和外出学习费用方面的问题), the one of the two their own words are clearly nearest.
                var choices = blockLinks[piece.Block].Select(l => l.IssueId).Append(openedBy.IssueId).Distinct(StringComparer.Ordinal).ToList();
                links = [NearestOf(item, choices, issues, issueIndex) is { } nearest && nearest.IssueId != openedBy.IssueId ? nearest : openedBy];
                documentLevel = false;
            }
            else if (piece.Block >= 0 && blockLinks[piece.Block].Count > 0 && blockLinks[piece.Block].Max(l => l.Score) < WeakHeading && ownItems.Contains(piece.Span.Start)
                && ByContent(item, issues, issueIndex) is [var itsOwn] && !blockLinks[piece.Block].Any(l => l.IssueId == itsOwn.IssueId))
            {
                // An item under a heading of the unit's own that only just resembles one problem (关于“管钱、管物、管项目”方面的
                // 问题, nearest 场馆租赁 at 0.31) answers the problem its own words are clearly about (四是修订《工程项目建设管理办法》,
                // 工程签证变更……): the heading merges several.
                links = [itsOwn];
                documentLevel = false;
            }
            else if (piece.Block >= 0 && blockLinks[piece.Block].Count > 0)
            {
                links = [.. blockLinks[piece.Block]];
                documentLevel = false;
            }
            else if (piece.DocumentLevel)
            {
                if (role is "background" or "requirement" or "problem" or "commitment" && !facts.IsConcrete)
                {
                    continue;
                }

                links = [];
                documentLevel = true;
            }
            else
            {
                // A requirement the report quotes is no measure; one the unit gives an owner or a time limit is its own
                // pledge (我们要进一步……（负责人：……；完成时间：年内）), kept so that its emptiness can be judged.
                // So is one that opens by naming the problem it answers (消防的问题：……我们要做到…… / 针对……的问题，……): an answer,
                // however empty.
                if (role is "background" or "requirement" && piece.Block < 0 && facts.Owner is null && facts.Deadline is null
                    && !(role == "requirement" && (ownItems.Contains(piece.Span.Start) || AnswerOpeningRegex().IsMatch(piece.Text))))
                {
                    continue;
                }

                // A measure of the unit's own (not its account of how it organised the work, nor background) may go to the
                // problem it is clearly nearest, though the likeness is diluted.
                var ownMeasure = role is "measure" or "mechanism" or "accountability" or "result" or "requirement" && !AboutTheWholeReport(piece.Text);
                links = ByContent(item, issues, issueIndex, nearestWins: ownMeasure);
                // A paragraph of a part by kind of task (四、建章立制 / 五、严肃追责问责) whose sentences each take up another
                // problem (制定《……审核细则》；……《公务接待管理规定》……) answers each of them — a paragraph of sanctions too when it
                // opens on the whole (对反馈问题涉及的人员，……分别作出了处理：A……；B……), each clause on its own matter.
                if (role is "measure" or "mechanism" or "accountability" && (ownMeasure || role == "accountability") && BySentence(piece.Text, issues, issueIndex) is { Count: >= 2 } runs
                    && (ownMeasure || runs.TrueForAll(r => _cues.Accountability.IsMatch(piece.Text.AsSpan(r.Start, r.End - r.Start)))))
                {
                    foreach (var (start, end, link) in runs)
                    {
                        var text = piece.Text[start..end];
                        var row = _classifier.Prepare(text, normalized: true);
                        var said = WithNotes(_facts.Read(text), referenceNotes.For(text));
                        // What the paragraph says of all its sentences (a closing bracket of fields) holds for each.
                        said = said with { Owner = said.Owner ?? facts.Owner, Deadline = said.Deadline ?? facts.Deadline, NamesLeader = said.NamesLeader || facts.NamesLeader };
                        var run = new Measure($"M{measures.Count + 1}", text, _classifier.ClassifyRole(row).Role, [link], said.Owner, said.Deadline, said.Status, said.Figures, false, new TextSpan(piece.Span.Start + start, piece.Span.Start + end));
                        measures.Add(new MeasureWork(run, said, piece.Block, _similarity.Item(text, row.Tokens)));
                    }

                    continue;
                }

                documentLevel = links.IsEmpty && piece.Block < 0;
                // An item that says only who answers for it and by when (三是开展……活动。（责任人：……；时限：长期坚持）) is kept for those.
                if (links.IsEmpty && piece.Block < 0 && !facts.IsConcrete && facts.Owner is null && facts.Deadline is null)
                {
                    continue;
                }
            }

            var measure = new Measure($"M{measures.Count + 1}", piece.Text, role, links, facts.Owner, facts.Deadline, facts.Status, facts.Figures, documentLevel, piece.Span);
            measures.Add(new MeasureWork(measure, facts, piece.Block, item));
        }

        GiveGroupFacts(measures, layout.Blocks);
        GiveNumberedFields(measures, layout, issues);
        GiveBackFacts(measures, layout.Blocks, report);
        GiveHeadingFields(measures, layout.Blocks);
        GiveFieldLinesUnderHeadings(measures, report);
        var partClosings = GivePartClosingOwners(measures, report);
        GiveHeadingOwners(measures, layout.Blocks, report);
        GiveFactsByNumber(measures, layout.Blocks, report, issues, ordinals);
        GiveAreaOwners(measures, layout.Blocks, report, issues);
        GiveClosingFields(measures, report);
        GiveDeadlineForAll(measures, layout.Blocks, report, issues);
        if (!issuesFromReport)
        {
            // The report's own pieces (its closing, its sign-off, its parts on the whole rectification), found once for both.
            var documentLevel = layout.Pieces.Where(p => p.DocumentLevel).Select(p => p.Span).ToHashSet();
            // So is a part's closing sentence that hands its work to one owner (GivePartClosingOwners): said of the part, not an item.
            documentLevel.UnionWith(partClosings);
            LinkBySiblings(measures, report, documentLevel, issues, issueIndex);
            LinkResultLines(measures);
            LinkThemeParts(measures, report, issues, issueIndex, documentLevel);
        }

        // A problem still unanswered may be answered inside another problem's part (七、林下经济和资产清查 answers the
        // 资产清查 problem too): a measure there that is clearly about it answers it as well.
        if (!issuesFromReport)
        {
            SplitMergedAnswers(measures, layout.Blocks, issues, issueIndex);
            LinkAnsweredElsewhere(measures, issues, issueIndex);
            TakeItemsForUnanswered(measures, issues, issueIndex);
            PairLeftOver(measures, issues, issueIndex);
        }

        // 5. The gaps.
        var reportDate = DateReader.ReportDate(report, layout.SignatureSpan);
        var feedbackDate = _dates.FeedbackDate(report, feedback, reportDate?.Date);
        if (feedbackDate is null || reportDate is null)
        {
            notes.Add("未能从文件中读到" + (feedbackDate is null ? "反馈日期" : "报告日期") + "，未检查三个月报送时限。");
        }

        var itemsById = issues.Select((issue, i) => (issue.Id, Item: issueItems[i])).ToDictionary(p => p.Id, p => p.Item, StringComparer.Ordinal);
        var context = new AnalysisContext(feedback, report, layout, issues, itemsById, [.. measures], feedbackDate, reportDate, _cues) { Others = others, Cancellation = cancellationToken, RuleAreas = _ruleAreas, Vectorize = _similarity.Vector, Ordinals = ordinals };
        var gaps = _gaps.Find(context, notes);
        return new AnalysisResult(issues, [.. measures.Select(m => m.Measure)], gaps, feedbackDate, reportDate, [.. notes]);
    }

    /// <summary>
    /// How many different problems a report's parts restate: a part restating one an earlier part restates (a closing table
    /// of who answers for what, row by row: 1｜高标准农田建设项目推进缓慢｜……) is not another.
    /// </summary>
    private static int DistinctRestated(IReadOnlyList<ReportBlock> blocks)
    {
        var seen = new List<string>();
        foreach (var block in blocks.Take(MaxOrderedParts))
        {
            if (!seen.Exists(s => TextSimilarity.BigramDice(s, block.Restated) >= SameRestatement))
            {
                seen.Add(block.Restated);
            }
        }

        return seen.Count;
    }

    // Two restatements this alike restate one problem.
    private const double SameRestatement = 0.6;

    /// <summary>
    /// The report's parts (problems restated) in the order of the feedback clauses they restate: each part's clause is
    /// the one holding most of its heading's bigrams (three in ten at least), and no two parts share one. Any part without a
    /// clause of its own, or a report of more parts than <see cref="MaxOrderedParts"/>, keeps the report's order.
    /// </summary>
    private static List<int> InFeedbackOrder(ParsedDocument feedback, IReadOnlyList<ReportBlock> blocks)
    {
        var kept = Enumerable.Range(0, blocks.Count).ToList();
        if (blocks.Count < 2 || blocks.Count > MaxOrderedParts)
        {
            return kept;
        }

        var clauses = FeedbackClauses(feedback);
        if (clauses.Count == 0)
        {
            return kept;
        }

        var anchors = new int[blocks.Count];
        for (var b = 0; b < blocks.Count; b++)
        {
            if (AnchorOf(blocks[b].Restated, clauses) is not { } anchor)
            {
                return kept;
            }

            anchors[b] = anchor.Start;
        }

        return anchors.Distinct().Count() == anchors.Length ? [.. kept.OrderBy(b => anchors[b])] : kept;
    }

    // Clauses, not sentences: two problems may share a sentence (一是……；二是……).
    private static List<(TextSpan Span, HashSet<int> Bigrams)> FeedbackClauses(ParsedDocument feedback)
    {
        var text = feedback.Text.Text;
        return [.. feedback.Structure.Sentences.SelectMany(s => ProblemExtractor.SplitAt(text, s, '；', ';')).Select(s => (Span: s, Bigrams: TextSimilarity.Bigrams(s.Slice(text))))];
    }

    // The feedback clause a restated problem restates: the one holding most of its bigrams, three in ten at least.
    private static TextSpan? AnchorOf(string restatement, List<(TextSpan Span, HashSet<int> Bigrams)> clauses)
    {
        var heading = TextSimilarity.Bigrams(restatement);
        var best = clauses.Select((s, k) => (k, Share: TextSimilarity.Containment(heading, s.Bigrams))).MaxBy(x => x.Share);
        return best.Share >= MinAnchorShare ? clauses[best.k].Span : null;
    }

    /// <summary>
    /// A problem read as one whose later sentence turns to another matter (……既没有比价记录，也没有签订框架合同。另外，实验室危险
    /// 化学品管理存在隐患……) that the report answers under a part of its own (六、关于危险化学品管理存在隐患的问题) is two: the
    /// feedback's turn, confirmed by how the report's writer read it. Only at such a turn (另外，…… / 还有一个问题……), after the
    /// problem's first sentence: a report also answers one problem's facets apart (预警信息传递到末端还有堵点……全县原来聘任的86名
    /// 乡村气象信息员…… under two parts), and that problem stays one. Never more cuts than the report's different parts beyond
    /// those that restate a problem already read.
    /// </summary>
    private List<ProblemCandidate>? SplitByRestatements(ParsedDocument feedback, IReadOnlyList<ProblemCandidate> problems, Func<IReadOnlyList<ReportBlock>> restated)
    {
        // The sentences that could open a problem of their own (a turn after a problem's first sentence), found in the
        // feedback alone: without one, the report is not read again.
        var text = feedback.Text.Text;
        var sentences = feedback.Structure.Sentences;
        var turns = new Dictionary<int, int>();
        for (var i = 0; i < problems.Count; i++)
        {
            var problem = problems[i].Span;
            foreach (var sentence in sentences.Where(s => s.Start > problem.Start && s.Start < problem.End))
            {
                var opening = sentence.Slice(text).TrimStart();
                if ((_cues.Turn.IsMatch(opening) || _cues.AnotherProblem.IsMatch(opening)) && sentences.Any(s => s.End > problem.Start && s.End <= sentence.Start))
                {
                    turns.TryAdd(sentence.Start, i);
                }
            }
        }

        var blocks = turns.Count == 0 ? [] : restated();
        if (blocks.Count < 2 || blocks.Count > MaxOrderedParts)
        {
            return null;
        }

        var clauses = FeedbackClauses(feedback);
        var cuts = new SortedSet<int>();
        var anchored = new HashSet<int>();
        foreach (var block in blocks)
        {
            if (AnchorOf(block.Restated, clauses) is not { } anchor
                || IndexOf(problems, anchor.Start) is not (>= 0 and var at))
            {
                continue;
            }

            anchored.Add(at);
            var sentence = sentences.FirstOrDefault(s => s.Start <= anchor.Start && anchor.Start < s.End);
            if (sentence.End > sentence.Start && turns.TryGetValue(sentence.Start, out var turnsIn) && turnsIn == at)
            {
                cuts.Add(sentence.Start);
            }
        }

        if (cuts.Count == 0 || cuts.Count > DistinctRestated(blocks) - anchored.Count)
        {
            return null;
        }

        var split = new List<ProblemCandidate>();
        foreach (var problem in problems)
        {
            var start = problem.Span.Start;
            foreach (var cut in cuts.Where(c => c > problem.Span.Start && c < problem.Span.End).Append(problem.Span.End))
            {
                var span = new TextSpan(start, cut);
                split.Add(start == problem.Span.Start && cut == problem.Span.End ? problem : new ProblemCandidate(span.Slice(text).Trim(), problem.Area, span));
                start = cut;
            }
        }

        return split;
    }

    private static int IndexOf(IReadOnlyList<ProblemCandidate> problems, int offset)
    {
        for (var i = 0; i < problems.Count; i++)
        {
            if (problems[i].Span.Start <= offset && offset < problems[i].Span.End)
            {
                return i;
            }
        }

        return -1;
    }

    // The most report parts ordered by the feedback (each is compared with every sentence of it).
    private const int MaxOrderedParts = 60;

    // The share of a part heading's bigrams its feedback sentence must hold.
    private const double MinAnchorShare = 0.3;

    /// <summary>
    /// A report that answers the problems in the feedback's order, a part each, may head one in words of its own that
    /// share none of the problem's (一、产业项目落地慢的整改 for 产业项目谋得多、落得少; 四、为民服务作风 for 干部作风不够扎实):
    /// a part left unlinked between two linked parts whose problems leave exactly one unanswered between them (or before
    /// the first, or after the last) answers that one. Only when the linked parts keep the feedback's order, and never a
    /// part on work beyond the problems (举一反三).
    /// </summary>
    private void FillSlotsInOrder(List<List<MatchLink>> blockLinks, ReportLayout layout, ImmutableArray<Issue> issues, HashSet<int> withPieces)
    {
        var indexOf = issues.Select((issue, i) => (issue.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var linked = Enumerable.Range(0, blockLinks.Count).Where(b => blockLinks[b].Count > 0).ToList();
        if (linked.Count < MinLinkedForOrder || linked.Count == blockLinks.Count)
        {
            return;
        }

        var order = linked.Select(b => (Min: blockLinks[b].Min(l => indexOf[l.IssueId]), Max: blockLinks[b].Max(l => indexOf[l.IssueId]))).ToList();
        if (order.Zip(order.Skip(1)).Any(p => p.Second.Min <= p.First.Max))
        {
            return; // not in the feedback's order
        }

        var answered = blockLinks.SelectMany(l => l).Select(l => indexOf[l.IssueId]).ToHashSet();
        // One pass: each unlinked part's slot is the number of linked parts before it. A slot is filled when as many parts
        // stand in it as problems are open between the answers around it: one each, in order (two parts in a slot of one
        // problem, or one in a slot of two, leave it open: which answers which is not told by order).
        var inSlot = Enumerable.Range(0, linked.Count + 1).Select(_ => new List<int>()).ToList();
        var seen = 0;
        for (var b = 0; b < blockLinks.Count; b++)
        {
            if (blockLinks[b].Count > 0)
            {
                seen++;
            }
            else if (withPieces.Contains(b) && !_cues.GeneralPart.IsMatch(layout.Blocks[b].Heading))
            {
                inSlot[seen].Add(b);
            }
        }

        var filled = new List<(int Block, int Issue)>();
        for (var slot = 0; slot <= linked.Count; slot++)
        {
            if (inSlot[slot].Count == 0)
            {
                continue;
            }

            var lo = slot == 0 ? -1 : order[slot - 1].Max;
            var hi = slot == linked.Count ? issues.Length : order[slot].Min;
            var open = Enumerable.Range(lo + 1, Math.Max(0, hi - lo - 1)).Where(i => !answered.Contains(i)).Take(inSlot[slot].Count + 1).ToList();
            if (open.Count == inSlot[slot].Count)
            {
                filled.AddRange(inSlot[slot].Zip(open));
            }
        }

        foreach (var (block, issue) in filled)
        {
            blockLinks[block] = [new MatchLink(issues[issue].Id, 0, $"报告按反馈顺序逐项作答，标题“{layout.Blocks[block].Heading}”所在的位置是第{issue + 1}个问题的作答")];
        }
    }

    /// <summary>Fewest parts linked by their words for the report's order to be read from them.</summary>
    private const int MinLinkedForOrder = 2;

    // The owner and time limit a measure's notes give where its own text gives none.
    private MeasureFacts WithNotes(MeasureFacts facts, IEnumerable<string> notes)
    {
        foreach (var said in notes.Select(_facts.Read))
        {
            facts = facts with { Owner = facts.Owner ?? said.Owner, Deadline = facts.Deadline ?? said.Deadline, LongTerm = facts.LongTerm || said.LongTerm };
        }

        return facts;
    }

    /// <summary>
    /// A sentence that names the owner or time limit of several items at once (以上（一）至（三）项由党工委副书记陆海峰牵头负责，
    /// 均于2025年3月底前完成) gives them to the measures of those items that do not name their own.
    /// </summary>
    private void GiveGroupFacts(List<MeasureWork> measures, IReadOnlyList<ReportBlock> blocks)
    {
        // The measures of each numbered block, looked up by its number once a group sentence is met: scanning every
        // measure for each such sentence would grow with their product.
        ILookup<int, int>? byNumber = null;
        ILookup<int, int> ByNumber() => byNumber ??= Enumerable.Range(0, measures.Count)
            .Select(n => (n, Number: BlockNumber(measures[n], blocks))).Where(x => x.Number is not null).ToLookup(x => x.Number!.Value, x => x.n);
        ILookup<int, int>? byLabel = null;
        for (var g = 0; g < measures.Count; g++)
        {
            var group = measures[g];
            if (group.Facts.Owner is null && group.Facts.Deadline is null && !ItemReferenceRegex().IsMatch(group.Measure.Text))
            {
                continue;
            }

            foreach (var sentence in SentenceEnds().Split(group.Measure.Text))
            {
                // One item named by its place (第二方面问题由……牵头) is as good as a range; a count (上述3项措施) is not a place.
                if (_cues.GroupFacts.Match(sentence.Trim()) is not { Success: true } match
                    || GroupNumbers(match.Groups["range"].Value, single: match.Value.StartsWith('第') || match.Value.StartsWith("措施", StringComparison.Ordinal)) is not { Count: >= 1 } numbers)
                {
                    // Or clause by clause, items named by number inside it (副站长X牵头第2项检疫执法、第3项项目验收 / 第2、4、5项列为
                    // 立行立改，要求2025年2月15日前完成): the clause's owner or time limit is theirs. What leads into the clauses (……的办法
                    // 分工：) is left out.
                    foreach (var clause in sentence.Split(['；', ';']))
                    {
                        var said = clause[(clause.LastIndexOfAny(['：', ':']) + 1)..];
                        var named = ItemReferenceRegex().Matches(said).SelectMany(m => m.Groups["n"].Captures).Select(c => ReportReader.NumberOf(c.Value)).OfType<int>().ToHashSet();
                        // The reference itself is no part of who owns it (第1个问题由副局长X牵头 → 副局长X).
                        if (named.Count == 0 || _facts.Read(ItemReferenceRegex().Replace(said, "")) is not { } clauseFacts || (clauseFacts.Owner is null && clauseFacts.Deadline is null))
                        {
                            continue;
                        }

                        foreach (var n in named.SelectMany(number => ByNumber()[number]).Where(n => n != g))
                        {
                            measures[n] = WithFields(measures[n], clauseFacts);
                        }
                    }

                    continue;
                }

                // Measures labelled by their own running number (【措施五】…… / 措施五：……) are named by it (措施五至措施七由……负责).
                byLabel ??= Enumerable.Range(0, measures.Count)
                    .Select(n => (n, Label: MeasureLabelRegex().Match(measures[n].Measure.Text)))
                    .Where(x => x.Label.Success && ReportReader.NumberOf(x.Label.Groups["n"].Value) is not null)
                    .ToLookup(x => ReportReader.NumberOf(x.Label.Groups["n"].Value)!.Value, x => x.n);
                var targets = match.Groups["range"].Value.StartsWith("措施", StringComparison.Ordinal) ? byLabel : ByNumber();
                var facts = _facts.Read(sentence);
                foreach (var n in numbers.SelectMany(number => targets[number]))
                {
                    var work = measures[n];
                    var owner = work.Measure.Owner ?? facts.Owner;
                    var deadline = work.Measure.Deadline ?? facts.Deadline;
                    measures[n] = work with
                    {
                        Measure = work.Measure with { Owner = owner, Deadline = deadline },
                        Facts = work.Facts with { Owner = owner, Deadline = deadline },
                    };
                }
            }
        }
    }

    /// <summary>
    /// A line that gives an owner or a time limit to the items before it by their count (以上3个问题的整改，由副所长X牵头…… /
    /// 以上两项于2025年6月30日前完成) gives them to the measures of that many items up to it; one that gives them to its part
    /// (本部分问题由书记X负总责，整改时限为……) to the measures of every item in the part it stands in. Only what a measure does
    /// not name itself.
    /// </summary>
    private void GiveBackFacts(List<MeasureWork> measures, IReadOnlyList<ReportBlock> blocks, ParsedDocument report)
    {
        // The items each line covers, gathered in one walk and given in one more: a report of many such lines does not make
        // every line scan every measure.
        var given = new List<(int Block, MeasureFacts Facts)>();
        var seen = new List<int>(); // the items met so far, in order
        var met = new HashSet<int>();
        Section[]? parts = null;
        for (var g = 0; g < measures.Count; g++)
        {
            var line = measures[g];
            if (line.Block >= 0 && met.Add(line.Block))
            {
                seen.Add(line.Block);
            }

            if ((line.Facts.Owner is null && line.Facts.Deadline is null && !line.Facts.LongTerm)
                || _cues.GroupBack.Match(line.Measure.Text.TrimStart()) is not { Success: true } match)
            {
                continue;
            }

            if (match.Groups["count"].Success)
            {
                var count = match.Groups["count"].Value is "两" ? 2 : ReportReader.NumberOf(match.Groups["count"].Value) ?? 0;
                if (count >= 2 && count <= seen.Count)
                {
                    given.AddRange(seen.TakeLast(count).Select(b => (b, line.Facts)));
                }

                continue;
            }

            var at = line.Measure.Span.Start;
            parts ??= [.. report.Structure.AllSections.Where(s => !s.Style.IsInline() && !s.Children.IsDefaultOrEmpty)];
            if (parts.Where(s => s.Span.Start <= at && at < s.Span.End).MinBy(s => s.Span.Length) is { } part)
            {
                given.AddRange(Enumerable.Range(0, blocks.Count)
                    .Where(b => part.Span.Start <= blocks[b].HeadingSpan.Start && blocks[b].HeadingSpan.Start < part.Span.End)
                    .Select(b => (b, line.Facts)));
            }
        }

        if (given.Count == 0)
        {
            return;
        }

        var byBlock = given.ToLookup(x => x.Block, x => x.Facts);
        for (var n = 0; n < measures.Count; n++)
        {
            foreach (var facts in byBlock[measures[n].Block])
            {
                measures[n] = WithFields(measures[n], facts);
            }
        }
    }

    /// <summary>The number of the report's item a measure stands in (三 of （三）), or null.</summary>
    private static int? BlockNumber(MeasureWork work, IReadOnlyList<ReportBlock> blocks) =>
        work.Block >= 0 && work.Block < blocks.Count ? ReportReader.NumberOf(blocks[work.Block].Number) : null;

    /// <summary>The measure with the owner given to it from elsewhere in the report, in its text and in its facts alike.</summary>
    private static MeasureWork WithOwner(MeasureWork work, string owner) =>
        work with { Measure = work.Measure with { Owner = owner }, Facts = work.Facts with { Owner = owner } };

    /// <summary>The measure with the time limit given to it from elsewhere in the report, in its text and in its facts alike.</summary>
    private static MeasureWork WithDeadline(MeasureWork work, string deadline) =>
        work with { Measure = work.Measure with { Deadline = deadline }, Facts = work.Facts with { Deadline = deadline } };

    /// <summary>A measure given the owner and time limit of <paramref name="fields"/> where it names none of its own; the fields' 责任领导 leads it too.</summary>
    private static MeasureWork WithFields(MeasureWork work, MeasureFacts fields)
    {
        var owner = work.Measure.Owner ?? fields.Owner;
        var deadline = work.Measure.Deadline ?? fields.Deadline;
        var longTerm = work.Facts.LongTerm || (work.Measure.Deadline is null && fields.LongTerm);
        var leader = work.Facts.NamesLeader || (work.Measure.Owner is null && fields.NamesLeader);
        return work with
        {
            Measure = work.Measure with { Owner = owner, Deadline = deadline },
            Facts = work.Facts with { Owner = owner, Deadline = deadline, LongTerm = longTerm, NamesLeader = leader },
        };
    }

    /// <summary>
    /// An item's heading that closes with its fields in brackets (一、关于派车审批不严格的问题（牵头领导：副主任X；责任科室：调度科；
    /// 时限：立行立改）) gives the item's measures the owner and time limit they do not name themselves.
    /// </summary>
    private void GiveHeadingFields(List<MeasureWork> measures, IReadOnlyList<ReportBlock> blocks)
    {
        var given = new Dictionary<int, MeasureFacts?>();
        for (var n = 0; n < measures.Count; n++)
        {
            var work = measures[n];
            if (work.Block < 0 || work.Block >= blocks.Count)
            {
                continue;
            }

            if (!given.TryGetValue(work.Block, out var facts))
            {
                facts = HeadingBracketRegex().Match(blocks[work.Block].Heading) is { Success: true } bracket && ReportReader.IsFieldsOnly(bracket.Groups["fields"].Value)
                    ? _facts.Read(bracket.Groups["fields"].Value)
                    : null;
                given[work.Block] = facts;
            }

            if (facts is null || (facts.Owner is null && facts.Deadline is null && !facts.LongTerm))
            {
                continue;
            }

            measures[n] = WithFields(work, facts);
        }
    }

    /// <summary>
    /// A line of fields alone in brackets right under a part's heading, before its items (一、坚持从严治党，防范化解廉洁风险 /
    /// （牵头领导：纪委书记X，副总经理Y；完成时限：2025年5月10日） / 一是……二是……三是……), says who answers for the whole part and by
    /// when: every measure in the part that names none of its own takes them.
    /// </summary>
    private void GiveFieldLinesUnderHeadings(List<MeasureWork> measures, ParsedDocument report)
    {
        var text = report.Text.Text;
        foreach (var section in report.Structure.AllSections.Where(s => !s.Style.IsInline()))
        {
            var line = report.Text.Paragraphs.FirstOrDefault(p => p.Span.Start >= section.HeadingSpan.End && !p.Span.IsEmpty);
            if (line.Span.IsEmpty || !section.Span.Contains(line.Span) || HeadingBracketRegex().Match(line.Span.Slice(text).Trim()) is not { Success: true, Index: 0 } bracket
                || !ReportReader.IsFieldsOnly(bracket.Groups["fields"].Value) || _facts.Read(bracket.Groups["fields"].Value) is not { } facts
                || (facts.Owner is null && facts.Deadline is null && !facts.LongTerm))
            {
                continue;
            }

            for (var n = 0; n < measures.Count; n++)
            {
                if (section.Span.Contains(measures[n].Measure.Span) && !measures[n].Measure.DocumentLevel)
                {
                    measures[n] = WithFields(measures[n], facts);
                }
            }
        }
    }

    /// <summary>
    /// A sentence closing a part that hands its work to one owner (以上整改任务由副站长X负责，其中……10月底前建成，其余事项6月底前
    /// 完成), when the report has several such: it is said of the part's items before it, which take its owner and time limit
    /// where they name none, and answers no problem itself. Returns the spans of those sentences.
    /// </summary>
    private List<TextSpan> GivePartClosingOwners(List<MeasureWork> measures, ParsedDocument report)
    {
        var closings = new List<TextSpan>();
        if (_cues.AssignedForAll.Count(report.Text.Text) < 2)
        {
            return closings;
        }

        // Each measure is given fields by the first closing sentence after it only: the items since the last one (a hostile
        // report of many such sentences is read in one pass, not once per sentence).
        var since = 0;
        for (var n = 0; n < measures.Count; n++)
        {
            var closing = measures[n];
            if (_cues.AssignedForAll.Match(closing.Measure.Text.TrimStart()) is not { Success: true, Index: 0 }
                || report.Structure.Sections.FirstOrDefault(s => s.Span.Contains(closing.Measure.Span)) is not { } part)
            {
                continue;
            }

            for (var k = since; k < n; k++)
            {
                if (part.Span.Contains(measures[k].Measure.Span) && !measures[k].Measure.DocumentLevel)
                {
                    measures[k] = WithFields(measures[k], closing.Facts);
                }
            }

            measures[n] = closing with { Measure = closing.Measure with { Links = [], DocumentLevel = true } };
            closings.Add(closing.Measure.Span);
            since = n + 1;
        }

        return closings;
    }

    // Fields in brackets closing a heading: （牵头领导：……；责任科室：……；时限：……）.
    [System.Text.RegularExpressions.GeneratedRegex("[（(](?<fields>[^（）()]+)[）)]\\s*$")]
    private static partial System.Text.RegularExpressions.Regex HeadingBracketRegex();

    /// <summary>
    /// A table of who answers for what that names each item by its number (第1项 | 主任X | 活动部 | 2025年6月30日) gives the
    /// measures of that item the owner and time limit they do not name themselves: the item numbered so by the report's own
    /// headings, or, when they have no numbers, the problem of that place in the feedback.
    /// </summary>
    private void GiveNumberedFields(List<MeasureWork> measures, ReportLayout layout, ImmutableArray<Issue> issues)
    {
        if (layout.NumberedFields.Count == 0)
        {
            return;
        }

        var blocks = layout.Blocks;
        var numbered = blocks.Any(b => ReportReader.NumberOf(b.Number) is not null);
        // Each row's fields by the number they name, then one walk over the measures.
        var byNumber = layout.NumberedFields.Select(f => (f.Number, Facts: _facts.Read(f.Fields)))
            .Where(f => f.Facts.Owner is not null || f.Facts.Deadline is not null || f.Facts.LongTerm)
            .ToLookup(f => f.Number, f => f.Facts);
        var place = issues.Select((issue, k) => (issue.Id, Number: k + 1)).ToDictionary(p => p.Id, p => p.Number, StringComparer.Ordinal);
        for (var n = 0; n < measures.Count; n++)
        {
            var work = measures[n];
            var numbers = numbered
                ? (BlockNumber(work, blocks) is { } own ? [own] : [])
                : work.Measure.Links.Select(l => place.GetValueOrDefault(l.IssueId)).Where(k => k > 0).Distinct().ToList();
            foreach (var facts in numbers.SelectMany(k => byNumber[k]))
            {
                measures[n] = WithFields(measures[n], facts);
            }
        }
    }

    /// <summary>
    /// A line of fields closing a part's items (一、作风建设方面 / ①…… / ②…… / （责任领导：……；完成时限：立行立改）) names
    /// the owner and the time limit of every item of that part, not only of the last one it follows — when none of the
    /// others names its own.
    /// </summary>
    private void GiveClosingFields(List<MeasureWork> measures, ParsedDocument report)
    {
        // Parts whose items have none of their own do not nest: each measure is looked up in one of them once (issue 20).
        var parts = report.Structure.AllSections.Where(s => !s.Style.IsInline() && s.Children.Length >= 2 && s.Children.All(c => c.Children.IsDefaultOrEmpty)).ToList();
        if (parts.Count == 0)
        {
            return;
        }

        var lookup = new SpanLookup([.. parts.Select(s => s.Span)]);
        foreach (var group in Enumerable.Range(0, measures.Count).Select(n => (n, Part: lookup.FirstContaining(measures[n].Measure.Span))).Where(p => p.Part >= 0).ToLookup(p => p.Part, p => p.n))
        {
            // Only items that name none of their own: where the others close with theirs, a last item's fields are its own.
            // Its items are the measures that begin inside one of them: a paragraph after the last item (the report's closing,
            // when the last part runs to its end) is not one.
            var itemsEnd = parts[group.Key].Children[^1].Span.End;
            var inside = group.Where(n => measures[n].Measure.Span.Start < itemsEnd).OrderBy(n => measures[n].Measure.Span.Start).ToList();
            // Items closed by fields lines of their own make the last line the last item's; one that names an owner inside its
            // text (……，由党委宣传委员负总责) does not.
            if (inside.Count < 2 || inside.SkipLast(1).Any(n => ClosesWithFields(measures[n].Measure.Text)))
            {
                continue;
            }

            if (ClosingFields(measures[inside[^1]].Measure.Text) is not { } lastLine || _facts.Read(lastLine) is not { } facts || (facts.Owner is null && facts.Deadline is null))
            {
                continue;
            }

            foreach (var n in inside.SkipLast(1))
            {
                var work = measures[n];
                measures[n] = WithFields(work, facts);
            }
        }
    }

    /// <summary>
    /// The fields that close a measure's text: its last line when that is fields only (（责任领导：……；完成时限：……）), or a bracket
    /// of fields closing the paragraph its inline items run in (一是……；二是……。（责任领导：……；完成时限：……）); null when none.
    /// </summary>
    private static string? ClosingFields(string text)
    {
        var closing = text.TrimEnd();
        var lastLine = closing[(closing.LastIndexOf('\n') + 1)..];
        if (!ReportReader.IsFieldsOnly(lastLine) && ClosingBracketRegex().Match(lastLine) is { Success: true } bracket && ReportReader.IsFieldsOnly(bracket.Value))
        {
            lastLine = bracket.Value;
        }

        return ReportReader.IsFieldsOnly(lastLine) ? lastLine : null;
    }

    private static bool ClosesWithFields(string text) => ClosingFields(text) is not null;

    /// <summary>
    /// A heading over several items that names who leads them (（一）党委书记聂晓岑领衔整改事项 / 二、由副局长王某牵头的问题)
    /// gives that owner to the measures of the items below it that name none of their own.
    /// </summary>
    private void GiveHeadingOwners(List<MeasureWork> measures, IReadOnlyList<ReportBlock> blocks, ParsedDocument report)
    {
        // Each section's owner from the nearest heading above it (or itself) that names one, in one walk down the
        // structure: looking up the headings for every measure would grow with their product.
        var inherited = new Dictionary<TextSpan, string>();
        var text = report.Text.Text;
        void Walk(ImmutableArray<Section> sections, string? owner)
        {
            foreach (var section in sections)
            {
                // A long heading names its leader only in the fields that close it (（一）关于……方面的问题（牵头领导：副监狱长X；纪委书记Y
                // 协助；责任部门：……）), a bracket opening with a field.
                var leads = section.Children.IsDefaultOrEmpty ? null
                    : section.Heading.Length <= 40 ? _facts.OwnerIn(section.Heading)
                    : HeadingBracketRegex().Match(section.Heading) is { Success: true } bracket && FieldsOpeningRegex().IsMatch(bracket.Groups["fields"].Value) ? _facts.Read(bracket.Groups["fields"].Value).Owner
                    : null;
                // Or the lead between the heading and its first item, when it hands the items below to someone (以下4个问题由
                // 书记X牵头，…… / 本方面问题由副局长Y负责).
                if (leads is null && !section.Children.IsDefaultOrEmpty && section.Children[0].Span.Start - section.HeadingSpan.End is > 0 and <= MaxLeadOwner
                    && text.AsSpan(section.HeadingSpan.End, section.Children[0].Span.Start - section.HeadingSpan.End).Trim() is { IsEmpty: false } lead
                    && LeadHandsOverRegex().IsMatch(lead))
                {
                    leads = _facts.OwnerIn(lead.ToString());
                }
                var here = leads ?? owner;
                if (here is not null)
                {
                    inherited.TryAdd(section.Span, here);
                }

                if (!section.Children.IsDefaultOrEmpty)
                {
                    Walk(section.Children, here);
                }
            }
        }

        Walk(report.Structure.Sections, null);
        if (inherited.Count == 0)
        {
            return;
        }

        for (var n = 0; n < measures.Count; n++)
        {
            var work = measures[n];
            if (work.Measure.Owner is not null || work.Block < 0 || work.Block >= blocks.Count || !inherited.TryGetValue(blocks[work.Block].Span, out var owner))
            {
                continue;
            }

            measures[n] = WithOwner(work, owner);
        }
    }

    /// <summary>
    /// A sentence that gives each area of the feedback its leader (第一方面由党委副书记X牵头，第二方面由…… / 意识形态和媒体融合方面的
    /// 问题由总编辑Y负责) gives that owner to the measures of the area's items that name none of their own: the items of the
    /// report's part for that area, found by its place among the report's area parts or by its name, or else the measures
    /// answering the feedback's problems of that area. A leader who is nobody in particular (各股室按照职责分工) gives nothing.
    /// </summary>
    private void GiveAreaOwners(List<MeasureWork> measures, IReadOnlyList<ReportBlock> blocks, ParsedDocument report, ImmutableArray<Issue> issues)
    {
        var text = report.Text.Text;
        if (!text.Contains("方面", StringComparison.Ordinal))
        {
            return;
        }

        var claims = _cues.AreaOwner.Matches(text)
            .Where(m => !blocks.Any(b => b.Span.Contains(m.Index)))
            .Select(m => (Area: m.Groups["area"].Value, Owner: _facts.OwnerIn("由" + m.Groups["owner"].Value + "牵头")))
            .Where(c => c.Owner is not null)
            .Select(c => (c.Area, Owner: c.Owner!))
            .ToList();
        if (claims.Count == 0)
        {
            return;
        }

        // The report's parts by area (（一）关于……方面的问题 / 二、服务开放发展方面), in order, and the feedback's areas, in order.
        var parts = report.Structure.Sections.SelectMany(Flatten).Where(s => !s.Children.IsDefaultOrEmpty && AreaPartRegex().IsMatch(s.Heading)).ToList();
        var areas = issues.Select(i => i.Area).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        foreach (var (area, owner) in claims)
        {
            var place = AreaPlaceRegex().Match(area) is { Success: true } ordinal ? ReportReader.NumberOf(ordinal.Groups["n"].Value) : null;
            var name = AreaPlaceRegex().Replace(area, "").Replace("方面", "", StringComparison.Ordinal).Trim();
            TextSpan? part = place is { } k ? (k <= parts.Count ? parts[k - 1].Span : null)
                : parts.Select(s => (s.Span, Score: TextSimilarity.BigramContainment(name, s.Heading))).Where(x => x.Score >= SameArea).OrderByDescending(x => x.Score).Select(x => (TextSpan?)x.Span).FirstOrDefault();
            HashSet<string>? ofArea = null;
            if (part is null)
            {
                var feedbackArea = place is { } n ? (n <= areas.Count ? areas[n - 1] : null)
                    : areas.Select(a => (Area: a, Score: TextSimilarity.BigramContainment(name, a))).Where(x => x.Score >= SameArea).OrderByDescending(x => x.Score).Select(x => x.Area).FirstOrDefault();
                if (feedbackArea is null || name.Length < 2 && place is null)
                {
                    continue;
                }

                ofArea = issues.Where(i => i.Area == feedbackArea).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
            }

            for (var n = 0; n < measures.Count; n++)
            {
                var work = measures[n];
                var inArea = part is { } span
                    ? work.Block >= 0 && work.Block < blocks.Count && span.Contains(blocks[work.Block].Span.Start)
                    : !work.Measure.Links.IsEmpty && work.Measure.Links.All(l => ofArea!.Contains(l.IssueId));
                if (inArea && work.Measure.Owner is null)
                {
                    measures[n] = WithOwner(work, owner);
                }
            }
        }

        static IEnumerable<Section> Flatten(Section s) => s.Children.IsDefaultOrEmpty ? [s] : s.Children.SelectMany(Flatten).Prepend(s);
    }

    // A bracket opening with a field of who or by when (牵头领导： / 责任人： / 【责任】).
    [System.Text.RegularExpressions.GeneratedRegex("^\\s*" + MeasureFactReader.FieldLabel)]
    private static partial System.Text.RegularExpressions.Regex FieldsOpeningRegex();

    // An area named this much by a part's heading or a feedback's area is that area (bigrams of the name found there).
    private const double SameArea = 0.6;

    // A part of the report by area: 二、服务开放发展方面 / （一）关于贯彻落实……方面的问题.
    [System.Text.RegularExpressions.GeneratedRegex("方面(的问题|问题|存在的问题)?([（(][^（）()]*[）)])?[：:。]?\\s*$")]
    private static partial System.Text.RegularExpressions.Regex AreaPartRegex();

    // An area named by its place: 第二方面 / （三）.
    [System.Text.RegularExpressions.GeneratedRegex("^(第(?<n>[一二三四五六七八九十]{1,2})个?方面|[（(](?<n>[一二三四五六七八九十]{1,2})[)）])")]
    private static partial System.Text.RegularExpressions.Regex AreaPlaceRegex();

    /// <summary>
    /// One time limit the report sets for every task outside its items (所有整改任务原则上于2025年6月30日前完成) is the time limit
    /// of each problem whose measures name none of their own — unless the sentence excepts it (除二号线二期工程节点追赶任务外,
    /// the problem or its measures holding most of what the exception names) or the item leaves its own time open (力争尽快 /
    /// 需待上级部署后推进): an inspector reads a general date for the items it plainly covers.
    /// </summary>
    private void GiveDeadlineForAll(List<MeasureWork> measures, IReadOnlyList<ReportBlock> blocks, ParsedDocument report, ImmutableArray<Issue> issues)
    {
        var text = report.Text.Text;
        if (_cues.DeadlineForAll.Matches(text).FirstOrDefault(m => !blocks.Any(b => b.Span.Contains(m.Index))) is not { } general
            || _facts.Read(general.Value).Deadline is not { } deadline)
        {
            return;
        }

        var excepted = general.Groups["except"].Success
            ? ExceptionPartRegex().Split(general.Groups["except"].Value).Where(p => p.Length >= 4 && !GenericExceptionRegex().IsMatch(p)).ToList()
            : [];
        foreach (var issue in issues)
        {
            var own = Enumerable.Range(0, measures.Count).Where(n => measures[n].Measure.Links.Any(l => l.IssueId == issue.Id)).ToList();
            var said = issue.Text + string.Concat(own.Select(n => measures[n].Measure.Text));
            if (own.Count == 0 || own.Exists(n => measures[n].Facts.Deadline is not null || _cues.OpenEndedTime.IsMatch(measures[n].Measure.Text))
                || excepted.Exists(p => TextSimilarity.BigramContainment(p, said) >= SameArea))
            {
                continue;
            }

            foreach (var n in own.Where(n => !measures[n].Facts.LongTerm))
            {
                var work = measures[n];
                measures[n] = WithDeadline(work, deadline);
            }
        }
    }

    // The parts of an exception (……任务和另行明确时限的事项).
    [System.Text.RegularExpressions.GeneratedRegex("和|及|以及|、|，|,")]
    private static partial System.Text.RegularExpressions.Regex ExceptionPartRegex();

    // Parts of an exception that name no task (另行明确时限的事项 / 需长期坚持的事项): the items with their own dates or kept up for good.
    [System.Text.RegularExpressions.GeneratedRegex("另行|长期|常态|已明确|单独明确|有明确")]
    private static partial System.Text.RegularExpressions.Regex GenericExceptionRegex();

    /// <summary>
    /// A measure matched to nothing by its own words, under a heading whose other measures all answer the same problems
    /// ((三)把支部建强 / 一是制定支部学习计划…… / 二是严格落实“第一议题”制度……), answers them too: the items under one
    /// heading answer what that heading answers. Only under a heading with no headed parts of its own, and only when its
    /// other measures agree, so a part answering several problems hands nothing down. Then the same within a paragraph:
    /// a theme's paragraph that opens on one problem (对惠农补贴问题，…… / 机关财务方面，一是……二是……) answers it with
    /// all its items, though its heading answers several.
    /// </summary>
    private void LinkBySiblings(List<MeasureWork> measures, ParsedDocument report, HashSet<TextSpan> documentLevel, ImmutableArray<Issue> issues, SimilarityIndex issueIndex)
    {
        var leaves = report.Structure.AllSections.Where(s => !s.Style.IsInline() && (s.Children.IsDefaultOrEmpty || s.Children.All(c => c.Style.IsInline()))).ToList();
        if (leaves.Count > 0)
        {
            var lookup = new SpanLookup([.. leaves.Select(s => s.Span)]);
            LinkWithin(measures, lookup, documentLevel, n => $"与标题“{Gaps.GapEvidence.Short(leaves[n].Heading, 16)}”下的其他措施同答该问题");
        }

        // Tasks keyed by the code of their problem (AQ-1-1, AQ-1-2 … / 3-1, 3-2 …) are one part: the consecutive measures
        // whose codes share a parent answer what the others answer.
        var coded = CodeRuns(measures);
        if (coded.Count > 0)
        {
            LinkWithin(measures, new SpanLookup(coded), documentLevel, n => $"与同一编码“{Gaps.GapEvidence.Short(coded[n].Slice(report.Text.Text).Trim(), 16)}”下的其他任务同答该问题", named: true);
        }

        var paragraphs = report.Text.Paragraphs;
        if (paragraphs.Length > 0)
        {
            // A measure is in the paragraph it opens in: the line of who and when after it (（责任人：……）) may be read with it.
            // A paragraph's items written a line each (在……上， / 一是…… / 二是……) are one paragraph.
            var runs = ItemRuns(report);
            LinkWithin(measures, new SpanLookup(runs), documentLevel, n => $"与同一段落“{Gaps.GapEvidence.Short(runs[n].Slice(report.Text.Text).Trim(), 16)}”中的其他措施同答该问题", byStart: true);
        }

        // Last, what is still unlinked under a heading whose measures answer two or three problems between them goes to the
        // nearest of them (after the paragraphs have handed down what they open on).
        if (leaves.Count > 0)
        {
            LinkWithin(measures, new SpanLookup([.. leaves.Select(s => s.Span)]), documentLevel, n => "", nearestOf: (item, choices) => NearestOf(item, choices, issues, issueIndex));
        }
    }

    /// <summary>
    /// A line that gives the result of the item before it by its label (整改后：…… / 整改成效：……) and answers nothing by its own
    /// words answers what that item answers: it is the item's last field, not a measure of the report as a whole.
    /// </summary>
    private void LinkResultLines(List<MeasureWork> measures)
    {
        for (var n = 1; n < measures.Count; n++)
        {
            var (before, line) = (measures[n - 1], measures[n]);
            if (line.Measure.Links.IsEmpty && !before.Measure.Links.IsEmpty && line.Block == before.Block && _cues.ResultLabel.IsMatch(line.Measure.Text))
            {
                var links = before.Measure.Links.Select(l => new MatchLink(l.IssueId, Math.Round(l.Score * 0.8, 3), "标注为上一项的整改结果，与上一项同答该问题")).ToImmutableArray();
                measures[n] = line with { Measure = line.Measure with { Links = links, DocumentLevel = false } };
            }
        }
    }

    /// <summary>The runs of two or more consecutive measures that open with codes of one parent (AQ-1-1, AQ-1-2, AQ-1-3), each from its first to its last.</summary>
    private static List<TextSpan> CodeRuns(List<MeasureWork> measures)
    {
        var runs = new List<TextSpan>();
        string? parent = null;
        var start = -1;
        for (var n = 0; n <= measures.Count; n++)
        {
            var code = n < measures.Count && TaskCodeRegex().Match(measures[n].Measure.Text) is { Success: true } m ? m.Groups["parent"].Value : null;
            if (code is not null && code == parent)
            {
                continue;
            }

            if (parent is not null && n - start >= 2)
            {
                runs.Add(new TextSpan(measures[start].Measure.Span.Start, measures[n - 1].Measure.Span.End));
            }

            (parent, start) = (code, n);
        }

        return runs;
    }

    // A task's code: its problem's code (AQ-1, 3) and its own number after a dash (AQ-1-2, 3-2), not a figure or a date
    // (3-5万元, 1-2月).
    [System.Text.RegularExpressions.GeneratedRegex("^\\s*[（(]?(?<parent>" + ReportReader.ItemCode + "|[0-9]{1,3})[-－][0-9]{1,3}(?![0-9.．%％万元亿个项件月日年天人次])")]
    private static partial System.Text.RegularExpressions.Regex TaskCodeRegex();

    /// <summary>
    /// The report's paragraphs, those that go on with the items of the one before joined to it: a line that opens with a
    /// later item of the structure's 一是…… / 第一，…… runs (二是…… / 第三，……), or with the first after a line that leads into
    /// it (……上， / ……如下：).
    /// </summary>
    private static List<TextSpan> ItemRuns(ParsedDocument report)
    {
        var text = report.Text.Text;
        var items = report.Structure.AllSections.Where(s => s.Style is NumberingStyle.InlineShi or NumberingStyle.InlineOrdinal)
            .GroupBy(s => s.Span.Start).ToDictionary(g => g.Key, g => ReportReader.NumberOf(g.First().Number));
        var runs = new List<TextSpan>();
        foreach (var paragraph in report.Text.Paragraphs.Where(p => !p.Span.IsEmpty))
        {
            var said = paragraph.Span.Slice(text);
            var opens = paragraph.Span.Start + (said.Length - said.TrimStart().Length);
            if (runs.Count > 0 && items.TryGetValue(opens, out var number) && number is > 0
                && (number > 1 || runs[^1].Slice(text).TrimEnd() is [.., '，' or ',' or '：' or ':']))
            {
                runs[^1] = new TextSpan(runs[^1].Start, paragraph.Span.End);
                continue;
            }

            runs.Add(paragraph.Span);
        }

        return runs;
    }

    /// <summary>
    /// A numbered part of the unit's own theme (二、聚焦组织建设，夯实基层战斗堡垒 / 一是……二是……三是……) that heads no problem
    /// and none of whose measures is matched by its own words answers, as a whole, the problem no other part answers that its
    /// words (heading and measures together) are nearest: the items of one theme answer one problem.
    /// </summary>
    private void LinkThemeParts(List<MeasureWork> measures, ParsedDocument report, ImmutableArray<Issue> issues, SimilarityIndex issueIndex, HashSet<TextSpan> documentLevel)
    {
        var parts = report.Structure.AllSections.Where(s => !s.Style.IsInline() && (s.Children.IsDefaultOrEmpty || s.Children.All(c => c.Style.IsInline()))
            && !_cues.DocumentLevelHeading.IsMatch(s.Heading)).ToList();
        if (parts.Count == 0)
        {
            return;
        }

        // Each measure looked up in the part it opens in, once (a long report has many).
        var lookup = new SpanLookup([.. parts.Select(s => s.Span)]);
        var byPart = Enumerable.Range(0, measures.Count).Where(n => measures[n].Block < 0 && !measures[n].Measure.Span.IsEmpty && !documentLevel.Contains(measures[n].Measure.Span))
            .Select(n => (n, Part: lookup.FirstContaining(new TextSpan(measures[n].Measure.Span.Start, measures[n].Measure.Span.Start + 1)))).Where(p => p.Part >= 0)
            .ToLookup(p => p.Part, p => p.n);
        var answered = measures.SelectMany(m => m.Measure.Links).Select(l => l.IssueId).ToHashSet(StringComparer.Ordinal);
        var leftover = new List<(Section Part, List<int> Inside, TextItem Whole)>();
        foreach (var group in byPart.OrderBy(g => g.Key))
        {
            var inside = group.ToList();
            if (inside.Exists(n => !measures[n].Measure.Links.IsEmpty))
            {
                continue;
            }

            var part = parts[group.Key];
            var whole = _similarity.Item(part.Heading + "。" + string.Join("", inside.Select(n => measures[n].Measure.Text)));
            if (!inside.Exists(n => measures[n].Facts.IsConcrete))
            {
                leftover.Add((part, inside, whole));
                continue;
            }

            if (ByContent(whole, issues, issueIndex) is [var link] && !answered.Contains(link.IssueId))
            {
                var reason = $"标题“{Gaps.GapEvidence.Short(part.Heading, 16)}”下的各项措施合起来与该问题相似（{Matcher.Format(link.Score)}）";
                foreach (var n in inside.Where(n => measures[n].Measure.Role is "measure" or "mechanism" or "result" or "organisation" or "accountability"
                    && (measures[n].Facts.IsConcrete || measures[n].Facts.Owner is not null || measures[n].Facts.Deadline is not null) && !AboutTheWholeReport(measures[n].Measure.Text)))
                {
                    measures[n] = measures[n] with { Measure = measures[n].Measure with { Links = [new MatchLink(link.IssueId, link.Score, reason)], DocumentLevel = false } };
                }

                answered.Add(link.IssueId);
            }
            else
            {
                leftover.Add((part, inside, whole));
            }
        }

        // The parts left, and the problems left unanswered, paired where each is the other's nearest among what is left
        // (三、刹住借培训之名外出活动的不良风气 beside the problem of a trip paid as training; 五、让卫生监督执法真正硬起来 beside
        // 监督执法偏软偏弱, though its answer is only words): what is too weak to stand among all the problems stands among
        // those left. A vague answer is still an answer, to be judged as one.
        // A part on the rectification work itself (一、整改工作开展情况), or one that only organises and reports, answers none.
        // Nor does a heading that is itself a measure (制定党员组织生活登记考勤制度，每月通报参会情况。): a theme is named, not done.
        leftover.RemoveAll(l => l.Part.Heading.Contains("整改", StringComparison.Ordinal) || l.Part.Heading.TrimEnd().EndsWith('。') || l.Part.Heading.Contains('《', StringComparison.Ordinal)
            || !l.Inside.Exists(n => measures[n].Measure.Role is "measure" or "mechanism" or "accountability" or "commitment"));
        var open = Enumerable.Range(0, issues.Length).Where(i => !answered.Contains(issues[i].Id)).ToList();
        if (leftover.Count == 0 || open.Count == 0)
        {
            return;
        }

        var scores = leftover.Select(l =>
        {
            var cosines = issueIndex.Cosines(l.Whole.Vector);
            var shared = issueIndex.SharedBigrams(l.Whole.Bigrams);
            return open.ToDictionary(i => i, i => ContentScore(l.Whole, issueIndex, cosines, shared, i));
        }).ToList();
        for (var k = 0; k < leftover.Count; k++)
        {
            var (part, inside, _) = leftover[k];
            var free = open.Where(i => !answered.Contains(issues[i].Id)).ToList();
            if (free.Count == 0)
            {
                break;
            }

            var best = free.MaxBy(i => scores[k][i]);
            if (scores[k][best] < MinLeftoverContent || Enumerable.Range(0, leftover.Count).MaxBy(x => scores[x][best]) != k)
            {
                continue;
            }

            var reason = $"其余各部分均已对应，标题“{Gaps.GapEvidence.Short(part.Heading, 16)}”下的措施与余下问题中的该问题最相近（{Matcher.Format(scores[k][best])}）";
            var answering = inside.Where(n => measures[n].Measure.Role is "measure" or "mechanism" or "result" or "organisation" or "accountability" or "commitment" or "requirement").ToList();
            foreach (var n in answering)
            {
                measures[n] = measures[n] with { Measure = measures[n].Measure with { Links = [new MatchLink(issues[best].Id, Math.Round(scores[k][best], 3), reason)], DocumentLevel = false } };
            }

            if (answering.Count > 0)
            {
                answered.Add(issues[best].Id);
            }
        }
    }

    /// <summary>Least content score of a part left over for the nearest problem left over.</summary>
    private const double MinLeftoverContent = 0.1;

    /// <summary>Within each part <paramref name="parts"/> finds, the unlinked measures take the one set of problems the linked ones answer; the report's own pieces (<paramref name="documentLevel"/>: its closing, its sign-off, its parts on the whole rectification) take none — unless each measure names its part itself (<paramref name="named"/>: a task's code), when every unlinked one takes the part's problems.</summary>
    private void LinkWithin(List<MeasureWork> measures, SpanLookup parts, HashSet<TextSpan> documentLevel, Func<int, string> reason, bool byStart = false, bool named = false, Func<TextItem, List<string>, MatchLink?>? nearestOf = null)
    {
        TextSpan Where(TextSpan span) => byStart && !span.IsEmpty ? new TextSpan(span.Start, span.Start + 1) : span;
        var byPart = Enumerable.Range(0, measures.Count)
            .Select(n => (n, Part: parts.FirstContaining(Where(measures[n].Measure.Span)))).Where(p => p.Part >= 0).ToLookup(p => p.Part, p => p.n);
        foreach (var group in byPart)
        {
            var linked = group.Where(n => !measures[n].Measure.Links.IsEmpty).ToList();
            var unlinked = group.Where(n => measures[n].Measure.Links.IsEmpty && (named || !documentLevel.Contains(measures[n].Measure.Span) && (measures[n].Facts.IsConcrete || measures[n].Facts.Owner is not null || measures[n].Facts.Deadline is not null) && measures[n].Measure.Role is "measure" or "mechanism" or "result" or "organisation" or "accountability"
                && !AboutTheWholeReport(measures[n].Measure.Text))).ToList();
            if (linked.Count == 0 || unlinked.Count == 0)
            {
                continue;
            }

            var sets = linked.Select(n => string.Join(",", measures[n].Measure.Links.Select(l => l.IssueId).Order(StringComparer.Ordinal))).Distinct(StringComparer.Ordinal).ToList();
            if (sets.Count != 1)
            {
                // A heading whose measures answer two or three problems between them (“保证金安心”行动: 归还专户 for one, 简化退还
                // 流程 for another) hands each of its other measures to the one of them its words are clearly nearest.
                var choices = linked.SelectMany(n => measures[n].Measure.Links.Select(l => l.IssueId)).Distinct(StringComparer.Ordinal).ToList();
                if (nearestOf is not null && choices.Count <= MaxHeadingChoices)
                {
                    foreach (var n in unlinked)
                    {
                        if (nearestOf(measures[n].Item, choices) is { } nearest)
                        {
                            measures[n] = measures[n] with { Measure = measures[n].Measure with { Links = [nearest], DocumentLevel = false } };
                        }
                    }
                }

                continue;
            }

            if (nearestOf is not null)
            {
                continue; // the second pass only settles headings whose measures disagree
            }

            var links = measures[linked[0]].Measure.Links.Select(l => new MatchLink(l.IssueId, Math.Round(l.Score * 0.8, 3), reason(group.Key))).ToImmutableArray();
            foreach (var n in unlinked)
            {
                measures[n] = measures[n] with { Measure = measures[n].Measure with { Links = links, DocumentLevel = false } };
            }
        }
    }

    /// <summary>Most problems a heading's measures may answer between them for its other measures to go to the nearest.</summary>
    private const int MaxHeadingChoices = 3;

    // A sentence on the report as a whole (4个问题已全部整改完成 / 截至目前，6个问题中已完成5个) closes a part; it answers none.
    private bool AboutTheWholeReport(string text) =>
        _cues.AllDoneClaim.IsMatch(text) || _cues.IssueCountClaim.IsMatch(text) || _cues.CountTotal.IsMatch(text) || _cues.DocumentLevelSentence.IsMatch(text);

    /// <summary>The item numbers a range names: （一）至（三） → 1, 2, 3; 1、3 → 1, 3; 第二 → 2 when <paramref name="single"/>.</summary>
    private static HashSet<int>? GroupNumbers(string range, bool single)
    {
        var numbers = GroupNumberRegex().Matches(range).Select(m => ReportReader.NumberOf(m.Value)).OfType<int>().ToList();
        if (numbers.Count < (single ? 1 : 2))
        {
            return null;
        }

        var through = range.IndexOfAny(['至', '到', '-', '—', '~', '～']) >= 0;
        return through && numbers[^1] > numbers[0] && numbers[^1] - numbers[0] < 50
            ? [.. Enumerable.Range(numbers[0], numbers[^1] - numbers[0] + 1)]
            : [.. numbers];
    }

    // Items named by number in a clause: 第2项 / 第2、4、5项 / 第1项疫情防控和第6项支部建设 (each 第N项 is one) / 第4、5个问题由……牵头;
    // not 第一个问题中……, which tells of one part of an item.
    [System.Text.RegularExpressions.GeneratedRegex("第(?<n>[0-9]{1,2}|[一二三四五六七八九十]{1,3})([、，,和及](?<n>[0-9]{1,2}|[一二三四五六七八九十]{1,3}))*(项|个问题(?![中里的]))")]
    private static partial System.Text.RegularExpressions.Regex ItemReferenceRegex();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*[【\[]?措施(?<n>[0-9]{1,3}|[一二三四五六七八九十]{1,3})[】\]：:]")]
    private static partial System.Text.RegularExpressions.Regex MeasureLabelRegex();

    [System.Text.RegularExpressions.GeneratedRegex("[0-9]{1,3}|[一二三四五六七八九十]{1,3}")]
    private static partial System.Text.RegularExpressions.Regex GroupNumberRegex();

    [System.Text.RegularExpressions.GeneratedRegex("(?<=[。；])")]
    private static partial System.Text.RegularExpressions.Regex SentenceEnds();

    /// <summary>
    /// A part that says it answers two problems at once (针对干部队伍建设统筹不够和基层党组织建设薄弱两个问题，局党组统筹推进：一是……
    /// 二是…… / 4．关于高值耗材采购和医德医风方面的问题), with a measure for each: each measure under it answers the one of the
    /// problems its lead names that its words are plainly nearest to; one near both, or near neither, keeps what it had.
    /// </summary>
    private void SplitMergedAnswers(List<MeasureWork> measures, IReadOnlyList<ReportBlock> blocks, ImmutableArray<Issue> issues, SimilarityIndex issueIndex)
    {
        foreach (var group in Enumerable.Range(0, measures.Count).Where(n => measures[n].Block >= 0 && measures[n].Block < blocks.Count && !measures[n].Measure.DocumentLevel).GroupBy(n => measures[n].Block))
        {
            var members = group.ToList();
            // The lead: the part's heading, or a line of its own that opens what follows (针对A和B两个问题，局党组统筹推进：).
            var leads = members.Where(n => measures[n].Measure.Text.TrimEnd() is [.., '：' or ':']).Select(n => (Measure: n, Text: measures[n].Measure.Text)).Prepend((Measure: -1, Text: blocks[group.Key].Heading));
            var (lead, named) = leads.Select(l => (l.Measure, Named: MergedProblems(l.Text, issues))).FirstOrDefault(l => l.Named.Count >= 2, (-1, []));
            if (named.Count < 2)
            {
                continue;
            }

            var ids = named.Select(i => issues[i].Id).ToList();
            foreach (var n in members.Where(n => n > lead))
            {
                var work = measures[n];
                // Only a measure the matching gave to one of them (one it gave to several answers them all, as it reads), and
                // read clause by clause too: a measure whose clauses go to different problems (对拆分标段问题进行复核……；对变更签证
                // 委托第三方审核……) answers what it was given; one nearest one of them as a whole, no clause of it nearer another,
                // answers that one.
                var nearest = work.Measure.Text.Split(['；', ';', '。'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Where(c => c.Length >= MinMergedPart)
                    .Select(c => NearestOf(_similarity.Item(c), ids, issues, issueIndex)?.IssueId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
                if (work.Measure.Links.Count(l => ids.Contains(l.IssueId)) != 1 || nearest.Count > 1
                    || NearestOf(work.Item, ids, issues, issueIndex) is not { } whole || (nearest.Count == 1 && whole.IssueId != nearest[0]))
                {
                    continue;
                }

                var links = work.Measure.Links.Where(l => !ids.Contains(l.IssueId)).Append(whole with { Reason = $"所在部分合并答复{ids.Count}个问题，{whole.Reason}" });
                measures[n] = work with { Measure = work.Measure with { Links = [.. links] } };
            }
        }
    }

    /// <summary>
    /// The problems a lead names joined (关于高值耗材采购和医德医风方面的问题 / 针对A和B两个问题): each joined part found in one
    /// problem's words, two or more different problems; none otherwise.
    /// </summary>
    private static List<int> MergedProblems(string lead, ImmutableArray<Issue> issues)
    {
        var head = MergedLeadRegex().Match(lead);
        if (!head.Success)
        {
            return [];
        }

        var found = new List<int>();
        foreach (var part in HeadingSeparators.Split(head.Groups["parts"].Value).Select(p => p.Trim()).Where(p => p.Length >= MinMergedPart))
        {
            var best = Enumerable.Range(0, issues.Length).Select(i => (Issue: i, Score: TextSimilarity.BigramContainment(part, issues[i].Text))).MaxBy(x => x.Score);
            if (best.Score >= SameArea && !found.Contains(best.Issue))
            {
                found.Add(best.Issue);
            }
        }

        return found.Count >= 2 ? found : [];
    }

    // A lead that names the problems it answers: 关于A和B方面的问题 / 针对A和B两个问题 (its first clause).
    [System.Text.RegularExpressions.GeneratedRegex("^\\s*([0-9一二三四五六七八九十]+[.．、]|[（(][0-9一二三四五六七八九十]+[)）])?\\s*(关于|针对|对)[“\"]?(?<parts>[^，。；：:]{4,60}?)[”\"]?(等)?([两二三四0-9]个)?(方面)?(的)?问题")]
    private static partial System.Text.RegularExpressions.Regex MergedLeadRegex();

    // Shortest part of a merged lead that can name a problem.
    private const int MinMergedPart = 4;

    /// <summary>Least cosine of a measure's sentence with a problem left unanswered for the sentence to answer it too.</summary>
    private const double AnsweredElsewhereCosine = 0.35;

    /// <summary>
    /// A report that regroups the problems leaves some of its measures matched to none (2.借调的2名乡镇干部中，1名已返回原单位……
    /// under a heading of its own areas) and some problems with none (从乡镇借调的2名干部超过一年未返回原单位): a concrete measure
    /// left over whose words are nearest a problem left over, clearly nearer than to any other problem, answers it — the
    /// nearest such measure for each problem. Measures on the rectification as a whole (下一步, 各项整改) stay general.
    /// </summary>
    private void PairLeftOver(List<MeasureWork> measures, ImmutableArray<Issue> issues, SimilarityIndex issueIndex) =>
        LinkNearestUnanswered(measures, issues, issueIndex, "报告未按问题逐项对应",
            work => work.Measure.Links.IsEmpty && work.Facts.IsConcrete && work.Measure.Role is "measure" or "mechanism" or "accountability" or "result" && !AboutTheWholeReport(work.Measure.Text));

    /// <summary>
    /// For each problem still unanswered, the measure among those a rule allows whose words are nearest it, clearly nearer than to
    /// any other problem (<see cref="LeftOverMargin"/>), answers it, and only it.
    /// </summary>
    private static void LinkNearestUnanswered(List<MeasureWork> measures, ImmutableArray<Issue> issues, SimilarityIndex issueIndex, string because, Func<MeasureWork, bool> allowed)
    {
        var answered = measures.Where(m => !m.Measure.DocumentLevel).SelectMany(m => m.Measure.Links).Select(l => l.IssueId).ToHashSet(StringComparer.Ordinal);
        if (answered.Count == issues.Length || issues.Length < 2)
        {
            return;
        }

        var best = new Dictionary<int, (int Measure, double Score)>();
        for (var n = 0; n < measures.Count; n++)
        {
            if (!allowed(measures[n]))
            {
                continue;
            }

            var ranked = NearestByContent(measures[n].Item, issueIndex);
            if (ranked.Count == 0 || answered.Contains(issues[ranked[0].Index].Id) || ranked[0].Score < MinNearestContent
                || (ranked.Count == 2 && ranked[0].Score < LeftOverMargin * ranked[1].Score))
            {
                continue;
            }

            if (!best.TryGetValue(ranked[0].Index, out var held) || held.Score < ranked[0].Score)
            {
                best[ranked[0].Index] = (n, ranked[0].Score);
            }
        }

        foreach (var (i, (n, score)) in best.OrderBy(b => b.Key))
        {
            var work = measures[n];
            var words = string.Join("、", work.Item.Vector.SharedWords(issueIndex.Items[i].Vector).Take(4));
            var link = new MatchLink(issues[i].Id, Math.Round(Math.Min(1, score), 3), $"{because}，此项措施与该问题内容最近（{Matcher.Format(score)}；共有词：{words}）");
            measures[n] = work with { Measure = work.Measure with { Links = [link], DocumentLevel = false } };
        }
    }

    /// <summary>
    /// A part under a heading of the report's own (（二）院务公开和党建方面的问题) may answer two problems an item each while the
    /// matching gave it one: an item whose words are nearest a problem still unanswered, clearly nearer than to the problem it
    /// was given, answers the unanswered one — when another measure of its part still answers its own. The nearest such item
    /// for each problem.
    /// </summary>
    private static void TakeItemsForUnanswered(List<MeasureWork> measures, ImmutableArray<Issue> issues, SimilarityIndex issueIndex) =>
        LinkNearestUnanswered(measures, issues, issueIndex, "所在部分合并答复",
            work => work.Block >= 0 && !work.Measure.DocumentLevel && work.Measure.Links.Length == 1 && work.Measure.Role is "measure" or "mechanism" or "result"
                && measures.Exists(m => m.Block == work.Block && !ReferenceEquals(m, work) && m.Measure.Links.Any(l => l.IssueId == work.Measure.Links[0].IssueId)));

    /// <summary>How many times the next problem's score a left-over measure's nearest must be to pair with it.</summary>
    private const double LeftOverMargin = 1.5;

    private void LinkAnsweredElsewhere(List<MeasureWork> measures, ImmutableArray<Issue> issues, SimilarityIndex issueIndex)
    {
        var answered = measures.SelectMany(m => m.Measure.Links).Select(l => l.IssueId).ToHashSet(StringComparer.Ordinal);
        if (answered.Count == issues.Length)
        {
            return;
        }

        var best = new Dictionary<int, (int Measure, double Score, string Sentence)>();
        for (var n = 0; n < measures.Count; n++)
        {
            var work = measures[n];
            if (work.Measure.DocumentLevel || work.Measure.Links.IsEmpty)
            {
                continue;
            }

            foreach (var sentence in work.Measure.Text.Split(['。', '；'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Where(t => t.Length >= 10))
            {
                foreach (var (i, cosine) in issueIndex.Cosines(_similarity.Item(sentence).Vector))
                {
                    if (cosine >= AnsweredElsewhereCosine && !answered.Contains(issues[i].Id) && (!best.TryGetValue(i, out var held) || held.Score < cosine))
                    {
                        best[i] = (n, cosine, sentence);
                    }
                }
            }
        }

        foreach (var (i, (n, score, sentence)) in best.OrderBy(b => b.Key))
        {
            var work = measures[n];
            var link = new MatchLink(issues[i].Id, Math.Round(score, 3), $"措施中“{Gaps.GapEvidence.Short(sentence, 20)}”一句与该问题相似（{Matcher.Format(score)}）");
            measures[n] = work with { Measure = work.Measure with { Links = work.Measure.Links.Add(link) } };
            answered.Add(issues[i].Id);
        }

        // Then by a figure of its own: a problem still unanswered whose amount or count (186万元 / 42名) no other problem gives,
        // met in one measure of the report alone (超付的186万元已扣回142万元), is answered there, however its words differ.
        for (var i = 0; i < issues.Length; i++)
        {
            if (answered.Contains(issues[i].Id))
            {
                continue;
            }

            var own = _cues.Figure.Matches(issues[i].Text).Select(m => m.Value).Where(f => f.Count(char.IsAsciiDigit) >= 2)
                .Where(f => !issues.Any(other => other.Id != issues[i].Id && other.Text.Contains(f, StringComparison.Ordinal))).Distinct(StringComparer.Ordinal).ToList();
            if (own.Count == 0)
            {
                continue;
            }

            var holding = Enumerable.Range(0, measures.Count).Where(n => !measures[n].Measure.DocumentLevel && own.Exists(f => measures[n].Measure.Text.Contains(f, StringComparison.Ordinal))).ToList();
            if (holding.Count != 1)
            {
                continue;
            }

            var work = measures[holding[0]];
            var figure = own.First(f => work.Measure.Text.Contains(f, StringComparison.Ordinal));
            var link = new MatchLink(issues[i].Id, 0.3, $"措施中的“{figure}”是该问题所指的数字");
            measures[holding[0]] = work with { Measure = work.Measure with { Links = work.Measure.Links.Add(link) } };
            answered.Add(issues[i].Id);
        }
    }

    /// <summary>Least share of a named problem's character bigrams found in an issue for the naming to answer it.</summary>
    private const double NamedInPassingContainment = 0.6;

    /// <summary>Shortest paragraph that answers the problem it names (针对公务接待问题， alone is a lead cut from its answer).</summary>
    private const int MinOwnAnswer = 20;

    // A heading linked below this score only just resembles its problem: its items may answer others (see the measures' step).
    private const double WeakHeading = 0.35;

    /// <summary>How far into a paragraph the problem it opens by naming may stand (after a lead sentence: 局党组把……作为首要任务。针对……的问题，).</summary>
    private const int OpeningName = 40;

    private MatchLink? NamedInPassing(string text, ImmutableArray<Issue> issues, SimilarityIndex issueIndex, HashSet<string> answered, int within = int.MaxValue)
    {
        if (answered.Count == issues.Length)
        {
            return null;
        }

        foreach (System.Text.RegularExpressions.Match named in NamedProblemRegex().Matches(text))
        {
            if (named.Index > within)
            {
                break;
            }

            var name = _similarity.Item(named.Groups["name"].Value);
            if (name.Bigrams.Count < 3)
            {
                continue;
            }

            var best = issueIndex.SharedBigrams(name.Bigrams)
                .Where(p => !answered.Contains(issues[p.Key].Id))
                .Select(p => (Issue: p.Key, Share: p.Value / (double)name.Bigrams.Count))
                .OrderByDescending(p => p.Share).ThenBy(p => p.Issue)
                .FirstOrDefault();
            if (best.Share >= NamedInPassingContainment)
            {
                return new MatchLink(issues[best.Issue].Id, Math.Round(best.Share, 3), $"报告在总体部分点名答复“{named.Groups["name"].Value}”问题");
            }
        }

        return null;
    }

    // 针对矿产资源补偿费欠缴问题， / 对上轮巡察指出的公车私用问题， / 一是对办案工作区改造工程拆分标段的问题， — a problem named as
    // the object of what follows (a bare 对 only where a clause or an item opens).
    [System.Text.RegularExpressions.GeneratedRegex("(?:针对|对于|关于|就|(?<=^|[是，,：:])对)(?:反馈|巡察(?:组)?(?:指出|反馈)?的?)?(?<name>[^，。；,;“”]{4,40}?)(?:的)?问题[，,]")]
    private static partial System.Text.RegularExpressions.Regex NamedProblemRegex();

    private static List<string> HeadingParts(string heading)
    {
        var parts = HeadingSeparators.Split(heading).Where(p => p.Length >= 3).ToList();
        return parts.Count > 1 ? parts : [];
    }

    private static readonly System.Text.RegularExpressions.Regex HeadingSeparators = new("以及|和|及|与|、|；", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Least lead of the nearest of a few problems over the next for a measure's words to choose it among them.</summary>
    private const double ClearlyNearer = 0.05;

    /// <summary>The one of <paramref name="choices"/> a measure's words are clearly nearest (by <see cref="ClearlyNearer"/>), or null.</summary>
    private static MatchLink? NearestOf(TextItem item, List<string> choices, ImmutableArray<Issue> issues, SimilarityIndex index)
    {
        var cosines = index.Cosines(item.Vector);
        var shared = index.SharedBigrams(item.Bigrams);
        var scored = Enumerable.Range(0, issues.Length).Where(i => choices.Contains(issues[i].Id))
            .Select(i => (Index: i, Score: ContentScore(item, index, cosines, shared, i)))
            .OrderByDescending(p => p.Score).ToList();
        return scored.Count >= 2 && scored[0].Score - scored[1].Score >= ClearlyNearer
            ? new MatchLink(issues[scored[0].Index].Id, Math.Round(Math.Min(1, scored[0].Score), 3), $"同一标题答复多个问题，本项措施与该问题最相近（{Matcher.Format(scored[0].Score)}）")
            : null;
    }

    // A measure's words against a problem's: their vectors' cosine, and a fifth for the character bigrams they share (Dice).
    private static double ContentScore(TextItem item, SimilarityIndex index, IReadOnlyDictionary<int, double> cosines, IReadOnlyDictionary<int, int> shared, int issue) =>
        (0.8 * cosines.GetValueOrDefault(issue)) + (0.2 * 2.0 * shared.GetValueOrDefault(issue) / Math.Max(1, item.Bigrams.Count + index.Items[issue].Bigrams.Count));

    /// <summary>The two problems nearest a text by content (<see cref="ContentScore"/>), nearest first, ties by position; empty when it shares nothing with any.</summary>
    private static List<(int Index, double Score)> NearestByContent(TextItem item, SimilarityIndex index)
    {
        var cosines = index.Cosines(item.Vector);
        var shared = index.SharedBigrams(item.Bigrams);
        return [.. cosines.Keys.Concat(shared.Keys).Distinct()
            .Select(i => (Index: i, Score: ContentScore(item, index, cosines, shared, i)))
            .OrderByDescending(p => p.Score)
            .ThenBy(p => p.Index)
            .Take(2)];
    }

    /// <summary>Least content score for a problem clearly nearer than any other, and how many times the next it must be.</summary>
    private const double MinNearestContent = 0.1;

    private const double NearestMargin = 3.0;

    private static ImmutableArray<MatchLink> ByContent(TextItem item, ImmutableArray<Issue> issues, SimilarityIndex index, bool nearestWins = false)
    {
        var ranked = NearestByContent(item, index);
        var best = ranked.FirstOrDefault();
        // Near enough to one problem, or nearer one than any other by far (一是牢固树立正确选人用人导向，……规范选人用人程序 beside a
        // problem on 选人用人程序 whose evidence dilutes the likeness).
        var clearlyNearest = nearestWins && best.Score >= MinNearestContent && (ranked.Count < 2 || best.Score >= NearestMargin * ranked[1].Score);
        if (ranked.Count == 0 || (best.Score < 0.2 && !clearlyNearest))
        {
            return [];
        }

        var issue = issues[best.Index];
        var words = string.Join("、", item.Vector.SharedWords(index.Items[best.Index].Vector).Take(4));
        return [new MatchLink(issue.Id, Math.Round(Math.Min(1, best.Score), 3), $"内容相似（{Matcher.Format(best.Score)}；共有词：{words}）")];
    }

    /// <summary>Least length of a sentence that may answer a problem by itself.</summary>
    private const int MinAnsweringSentence = 12;

    /// <summary>
    /// A paragraph of a part by kind of task (四、建章立制 / 五、严肃追责问责) whose sentences take up different problems
    /// (制定《……审核细则》……；制定《公务接待管理规定》……), cut into runs of sentences that each answer one: a sentence clearly
    /// nearest a problem (by <see cref="ByContent"/>) starts a run for it, and the sentences after it that are near none
    /// stay in its run. Empty when the paragraph answers fewer than two problems so.
    /// </summary>
    private List<(int Start, int End, MatchLink Link)> BySentence(string text, ImmutableArray<Issue> issues, SimilarityIndex index)
    {
        var runs = new List<(int Start, int End, MatchLink Link)>();
        var start = 0;
        // A bracket of fields closing the paragraph (（负责人：……；时限：……）) is said of every run, and answers nothing itself.
        var closing = ClosingBracketRegex().Match(text);
        foreach (var sentence in SentenceEnds().Split(closing.Success ? text[..closing.Index] : text))
        {
            var end = start + sentence.Length;
            var trimmed = sentence.Trim();
            var link = trimmed.Length >= MinAnsweringSentence && ByContent(_similarity.Item(trimmed), issues, index, nearestWins: true) is [var nearest] ? nearest : null;
            if (link is not null && (runs.Count == 0 || runs[^1].Link.IssueId != link.IssueId))
            {
                // A sentence near none before the first run (总的看，……) opens the first run.
                runs.Add((runs.Count == 0 ? 0 : start, end, link with { Reason = $"本段各句分别答复不同问题，此句{link.Reason}" }));
            }
            else if (runs.Count > 0)
            {
                runs[^1] = runs[^1] with { End = end };
            }

            start = end;
        }

        if (runs.Count > 0)
        {
            runs[^1] = runs[^1] with { End = text.Length };
        }

        return runs.Select(r => r.Link.IssueId).Distinct(StringComparer.Ordinal).Count() >= 2 ? runs : [];
    }

    /// <inheritdoc />
    public void Dispose() => _classifier.Dispose();

    // A bracket closing a paragraph after its last sentence: 。（责任领导：……；完成时限：……）
    [System.Text.RegularExpressions.GeneratedRegex("(?<=[。；;])\\s*[（(][^（）()]+[）)]\\s*$")]
    private static partial System.Text.RegularExpressions.Regex ClosingBracketRegex();

    // An answer that opens by naming its problem: a topic's label (消防的问题：) or 针对……的问题，.
    [System.Text.RegularExpressions.GeneratedRegex("^[^，。；：:]{1,12}的?问题[：:]|^针对[^。；]{2,60}?的?问题[，,]")]
    private static partial System.Text.RegularExpressions.Regex AnswerOpeningRegex();
}
