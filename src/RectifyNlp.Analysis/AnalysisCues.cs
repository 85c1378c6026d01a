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
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

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
        DocumentLevelSentence = Get("documentLevelSentence");
        RequirementSentence = Get("requirementSentence");
        ProblemRootHeading = Get("problemRootHeading");
        ProblemListCue = Get("problemListCue");
        ProblemListEnd = Get("problemListEnd");
        ProblemLead = Get("problemLead");
        ProblemIntro = Get("problemIntro");
        GroupFacts = Get("groupFacts");
        Praise = Get("praise");
        RequirementParagraph = Get("requirementParagraph");
        GeneralLesson = Get("generalLesson");
        ArticleEnd = Get("articleEnd");
        ReviewPart = Get("reviewPart");
        NotRectified = Get("notRectified");
        Slogan = Get("slogan");
        ConcreteAct = Get("concreteAct");
        NonMeasure = Get("nonMeasure");
        Owner = Get("owner");
        OwnerClaim = Get("ownerClaim");
        Deadline = Get("deadline");
        StatusDone = Get("statusDone");
        StatusInProgress = Get("statusInProgress");
        StatusPlanned = Get("statusPlanned");
        StatusLongTerm = Get("statusLongTerm");
        Accountability = Get("accountability");
        ViolationNamed = Get("violationNamed");
        ViolationGrave = Get("violationGrave");
        NamedAmountOrPerson = Get("namedAmountOrPerson");
        Mechanism = Get("mechanism");
        SystemicProblem = Get("systemicProblem");
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
        Failing = Get("failing");

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
    public Regex DocumentLevelSentence { get; }
    public Regex RequirementSentence { get; }
    public Regex ProblemRootHeading { get; }
    public Regex ProblemListCue { get; }
    public Regex ProblemListEnd { get; }
    public Regex ProblemLead { get; }
    public Regex ProblemIntro { get; }

    /// <summary>A sentence that gives the owner or time limit of a range of the report's items at once (以上（一）至（三）项由……负责，均于……完成); group range.</summary>
    public Regex GroupFacts { get; }

    /// <summary>A speech's praise (做了大量工作，这些都值得肯定 / 既肯定成绩，也指出问题): prose that states no problem unless it names a failing.</summary>
    public Regex Praise { get; }
    public Regex RequirementParagraph { get; }
    public Regex GeneralLesson { get; }

    /// <summary>A line that ends a web article (——END—— / （完） / 往期推荐 / 编辑：… / 【关闭】): what follows is the site's, not the feedback's.</summary>
    public Regex ArticleEnd { get; }

    /// <summary>A part of a follow-up that reviews how the last round's problems were rectified (上轮巡察反馈问题整改情况).</summary>
    public Regex ReviewPart { get; }

    /// <summary>A verdict that a problem was not rectified (整改不到位 / 仍未解决 / 问题依然存在): the problem counts again.</summary>
    public Regex NotRectified { get; }
    public Regex Slogan { get; }
    public Regex ConcreteAct { get; }
    public Regex NonMeasure { get; }
    public Regex Owner { get; }
    public Regex OwnerClaim { get; }
    public Regex Deadline { get; }
    public Regex StatusDone { get; }
    public Regex StatusInProgress { get; }
    public Regex StatusPlanned { get; }
    public Regex StatusLongTerm { get; }
    public Regex Accountability { get; }
    public Regex ViolationNamed { get; }
    public Regex ViolationGrave { get; }
    public Regex NamedAmountOrPerson { get; }
    public Regex Mechanism { get; }
    public Regex SystemicProblem { get; }
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
    public Regex Failing { get; }
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
