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
/// <param name="Vector">Its word vector.</param>
public sealed record MeasureWork(Measure Measure, MeasureFacts Facts, int Block, WordVector Vector);

/// <summary>Everything the gap rules look at.</summary>
/// <param name="Feedback">The feedback, if given.</param>
/// <param name="Report">The report.</param>
/// <param name="Layout">The report's layout.</param>
/// <param name="Issues">The issues.</param>
/// <param name="IssueVectors">Their word vectors, by id.</param>
/// <param name="Measures">The measures.</param>
/// <param name="FeedbackDate">When the feedback was given.</param>
/// <param name="ReportDate">When the report was signed.</param>
/// <param name="Cues">The patterns.</param>
public sealed record AnalysisContext(
    ParsedDocument? Feedback,
    ParsedDocument Report,
    ReportLayout Layout,
    ImmutableArray<Issue> Issues,
    IReadOnlyDictionary<string, WordVector> IssueVectors,
    ImmutableArray<MeasureWork> Measures,
    DatedEvidence? FeedbackDate,
    DatedEvidence? ReportDate,
    AnalysisCues Cues)
{
    /// <summary>The measures (not document-level) that answer <paramref name="issueId"/>.</summary>
    public IEnumerable<MeasureWork> MeasuresOf(string issueId) =>
        Measures.Where(m => !m.Measure.DocumentLevel && m.Measure.IssueIds.Contains(issueId));
}

/// <summary>
/// The analysis front door: problems from the feedback (or restated by the report), measures from the
/// report, their matching, and the gaps. Built once per process (it loads the segmenter, the classifiers
/// and the cues); <see cref="Analyze"/> is thread-safe.
/// </summary>
public sealed class Analyzer : IDisposable
{
    private readonly PassageClassifier _classifier;
    private readonly TextSimilarity _similarity;
    private readonly AnalysisCues _cues;
    private readonly ProblemExtractor _problems;
    private readonly ReportReader _reports;
    private readonly MeasureFactReader _facts;
    private readonly DateReader _dates;
    private readonly GapFinder _gaps;

    /// <summary>Creates an analyser from its parts.</summary>
    public Analyzer(PassageClassifier classifier, TextSimilarity similarity, AnalysisCues cues)
    {
        _classifier = classifier ?? throw new ArgumentNullException(nameof(classifier));
        _similarity = similarity ?? throw new ArgumentNullException(nameof(similarity));
        _cues = cues ?? throw new ArgumentNullException(nameof(cues));
        _problems = new ProblemExtractor(cues);
        _reports = new ReportReader(cues);
        _facts = new MeasureFactReader(cues);
        _dates = new DateReader(cues);
        _gaps = new GapFinder();
    }

    /// <summary>The patterns in use.</summary>
    public AnalysisCues Cues => _cues;

    /// <summary>Loads the models, lexicon and cues under <paramref name="paths"/>.</summary>
    public static Analyzer Load(ModelPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var segmenter = Segmenter.Get(paths);

        // The domain IDF alone: jieba's general table adds nothing to matching short domain texts and costs a cold start.
        var idf = new IdfTable(IdfTable.ReadFile(paths.DomainIdf), new Dictionary<string, double>());
        var similarity = new TextSimilarity(segmenter, idf, WordList.Load(paths.Stopwords));
        var cues = AnalysisCues.Load(Path.Combine(paths.ModelsDirectory, "analysis", "cues.json"));
        return new Analyzer(PassageClassifier.Load(paths), similarity, cues);
    }

    /// <summary>Analyses <paramref name="report"/> against <paramref name="feedback"/> (null: the report restates its problems).</summary>
    public AnalysisResult Analyze(ParsedDocument? feedback, ParsedDocument report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var notes = new List<string>();
        var layout = _reports.Read(report);
        var blockVectors = layout.Blocks.Select(b => (Heading: _similarity.Vector(b.Restated), Body: _similarity.Vector(b.Span.Slice(report.Text.Text)))).ToList();

        // 1. The problems.
        var candidates = feedback is null ? [] : _problems.Extract(feedback);
        var issuesFromReport = candidates.Count == 0;
        if (feedback is not null && issuesFromReport)
        {
            notes.Add("反馈文件中未找到逐条列出的问题（可能是反馈会讲话），改用整改报告复述的问题。");
        }

        if (issuesFromReport)
        {
            candidates = [.. layout.Blocks.Select(b => new ProblemCandidate(b.Restated, "", b.HeadingSpan))];
        }

        var issues = candidates.Select((c, i) => new Issue($"I{i + 1}", c.Text, _classifier.Classify(c.Text).Category, c.Area, issuesFromReport ? DocumentRole.Report : DocumentRole.Feedback, c.Span)).ToImmutableArray();
        var issueVectors = issues.ToDictionary(i => i.Id, i => _similarity.Vector(i.Text), StringComparer.Ordinal);

        // 2. Blocks to issues: by structure when the report's own headings are the issues, else by content.
        var blockLinks = new List<List<MatchLink>>();
        if (issuesFromReport)
        {
            blockLinks.AddRange(layout.Blocks.Select((b, i) => new List<MatchLink> { new(issues[i].Id, 1.0, $"报告标题“{b.Heading}”复述的问题") }));
        }
        else
        {
            var blockCategories = layout.Blocks.Select(b => _classifier.Classify(b.Restated).Category).ToList();
            var scores = new double[layout.Blocks.Count, issues.Length];
            for (var b = 0; b < layout.Blocks.Count; b++)
            {
                for (var i = 0; i < issues.Length; i++)
                {
                    scores[b, i] = Matcher.Score(layout.Blocks[b].Restated, blockVectors[b].Heading, blockVectors[b].Body, issues[i].Text, issueVectors[issues[i].Id], blockCategories[b] == issues[i].Category);
                }
            }

            foreach (var (assigned, b) in Matcher.Assign(scores).Select((a, b) => (a, b)))
            {
                blockLinks.Add([.. assigned.Select(a => new MatchLink(issues[a.Issue].Id, Math.Round(a.Score, 3), $"位于报告标题“{layout.Blocks[b].Heading}”之下，该标题与反馈问题相似（{Matcher.Format(a.Score)}）"))]);
            }
        }

        // 3. The measures.
        var measures = new List<MeasureWork>();
        foreach (var piece in layout.Pieces)
        {
            var prediction = _classifier.Classify(piece.Text);
            var facts = _facts.Read(piece.Text);
            var vector = _similarity.Vector(piece.Text);
            ImmutableArray<MatchLink> links;
            bool documentLevel;
            if (piece.Block >= 0 && blockLinks[piece.Block].Count > 0)
            {
                links = [.. blockLinks[piece.Block]];
                documentLevel = false;
            }
            else if (piece.DocumentLevel)
            {
                if (prediction.Role is "background" or "requirement" or "problem" or "commitment" && !facts.IsConcrete)
                {
                    continue;
                }

                links = [];
                documentLevel = true;
            }
            else
            {
                if (prediction.Role is "background" or "requirement" && piece.Block < 0)
                {
                    continue;
                }

                links = ByContent(piece.Text, vector, prediction.Category, issues, issueVectors);
                documentLevel = links.IsEmpty && piece.Block < 0;
                if (links.IsEmpty && piece.Block < 0 && !facts.IsConcrete)
                {
                    continue;
                }
            }

            var measure = new Measure($"M{measures.Count + 1}", piece.Text, prediction.Role, links, facts.Owner, facts.Deadline, facts.Status, facts.Figures, documentLevel, piece.Span);
            measures.Add(new MeasureWork(measure, facts, piece.Block, vector));
        }

        // 4. The gaps.
        var feedbackDate = _dates.FeedbackDate(report, feedback);
        var reportDate = DateReader.ReportDate(report, layout.SignatureSpan);
        if (feedbackDate is null || reportDate is null)
        {
            notes.Add("未能从文件中读到" + (feedbackDate is null ? "反馈日期" : "报告日期") + "，未检查三个月报送时限。");
        }

        var context = new AnalysisContext(feedback, report, layout, issues, issueVectors, [.. measures], feedbackDate, reportDate, _cues);
        var gaps = _gaps.Find(context);
        return new AnalysisResult(issues, [.. measures.Select(m => m.Measure)], gaps, feedbackDate, reportDate, [.. notes]);
    }

    /// <inheritdoc />
    public void Dispose() => _classifier.Dispose();

    private static ImmutableArray<MatchLink> ByContent(string text, WordVector vector, string category, ImmutableArray<Issue> issues, Dictionary<string, WordVector> issueVectors)
    {
        var best = issues
            .Select(i => (Issue: i, Score: (0.8 * vector.Cosine(issueVectors[i.Id])) + (0.2 * TextSimilarity.BigramDice(text, i.Text)) + (i.Category == category ? 0.05 : 0)))
            .OrderByDescending(p => p.Score)
            .FirstOrDefault();
        if (best.Issue is null || best.Score < 0.2)
        {
            return [];
        }

        var shared = string.Join("、", vector.SharedWords(issueVectors[best.Issue.Id]).Take(4));
        return [new MatchLink(best.Issue.Id, Math.Round(Math.Min(1, best.Score), 3), $"内容相似（{Matcher.Format(best.Score)}；共有词：{shared}）")];
    }
}
