using System.Collections.Immutable;
using RectifyNlp.Nlp.Classification;

namespace RectifyNlp.Analysis;

/// <summary>
/// Assembles an <see cref="Analyzer"/> from its stages, each one visible and replaceable: the problem extractor
/// (feedback → problems), the report reader (report → blocks and pieces), the measure reader (a piece's owner,
/// time limit, status), the date reader, and the gap rules (one a file under Gaps/, each owning its kind and
/// severity). Stages are made from the cues (models/analysis/cues.json) the analyser loads; a stage left unset
/// is the default one: <c>Analyzer.Builder(paths).WithoutRule("整改公开").AddRule(myRule).Build()</c>.
/// </summary>
public sealed class AnalyzerBuilder
{
    private readonly List<IGapRule> _rules = [.. GapFinder.DefaultRules];

    /// <summary>A builder over loaded parts, with the default stages and rules.</summary>
    public AnalyzerBuilder(PassageClassifier classifier, TextSimilarity similarity, AnalysisCues cues)
    {
        Classifier = classifier ?? throw new ArgumentNullException(nameof(classifier));
        Similarity = similarity ?? throw new ArgumentNullException(nameof(similarity));
        Cues = cues ?? throw new ArgumentNullException(nameof(cues));
    }

    internal PassageClassifier Classifier { get; }

    internal TextSimilarity Similarity { get; }

    internal AnalysisCues Cues { get; }

    internal Func<AnalysisCues, ProblemExtractor>? ProblemExtractor { get; private set; }

    internal Func<AnalysisCues, ReportReader>? ReportReader { get; private set; }

    internal Func<AnalysisCues, MeasureFactReader>? MeasureFactReader { get; private set; }

    internal Func<AnalysisCues, DateReader>? DateReader { get; private set; }

    /// <summary>The gap rules the analyser will run, in order.</summary>
    public ImmutableArray<IGapRule> Rules => [.. _rules];

    /// <summary>The stage that finds a feedback's problems.</summary>
    public AnalyzerBuilder WithProblemExtractor(Func<AnalysisCues, ProblemExtractor> make) => Set(() => ProblemExtractor = make ?? throw new ArgumentNullException(nameof(make)));

    /// <summary>The stage that reads a report's blocks and pieces.</summary>
    public AnalyzerBuilder WithReportReader(Func<AnalysisCues, ReportReader> make) => Set(() => ReportReader = make ?? throw new ArgumentNullException(nameof(make)));

    /// <summary>The stage that reads a measure's owner, time limit and status.</summary>
    public AnalyzerBuilder WithMeasureReader(Func<AnalysisCues, MeasureFactReader> make) => Set(() => MeasureFactReader = make ?? throw new ArgumentNullException(nameof(make)));

    /// <summary>The stage that reads the feedback and report dates.</summary>
    public AnalyzerBuilder WithDateReader(Func<AnalysisCues, DateReader> make) => Set(() => DateReader = make ?? throw new ArgumentNullException(nameof(make)));

    /// <summary>Runs <paramref name="rule"/> after the rules already chosen.</summary>
    public AnalyzerBuilder AddRule(IGapRule rule) => Set(() => _rules.Add(rule ?? throw new ArgumentNullException(nameof(rule))));

    /// <summary>Does not run the rule named <paramref name="name"/> (<see cref="IGapRule.Name"/>: 整改公开, 责任人与时限 …).</summary>
    /// <exception cref="ArgumentException">No rule chosen has that name.</exception>
    public AnalyzerBuilder WithoutRule(string name) => Set(() =>
    {
        if (_rules.RemoveAll(r => r.Name == name) == 0)
        {
            throw new ArgumentException($"没有名为“{name}”的缺陷规则；可用：{string.Join("、", _rules.Select(r => r.Name))}", nameof(name));
        }
    });

    /// <summary>Does not run the rules of type <typeparamref name="TRule"/>.</summary>
    public AnalyzerBuilder WithoutRule<TRule>()
        where TRule : IGapRule => Set(() => _rules.RemoveAll(r => r is TRule));

    /// <summary>Runs exactly <paramref name="rules"/>, in that order.</summary>
    public AnalyzerBuilder WithRules(IEnumerable<IGapRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var chosen = rules.ToList();
        return Set(() =>
        {
            _rules.Clear();
            _rules.AddRange(chosen);
        });
    }

    /// <summary>The analyser.</summary>
    public Analyzer Build() => new(this);

    private AnalyzerBuilder Set(Action set)
    {
        set();
        return this;
    }
}
