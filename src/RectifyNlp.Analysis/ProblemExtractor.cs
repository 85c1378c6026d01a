using System.Collections.Immutable;
using RectifyNlp.Core;
using RectifyNlp.Core.Documents;
using RectifyNlp.Core.Structure;

namespace RectifyNlp.Analysis;

/// <summary>A problem statement found in a document, before it gets an id and a category.</summary>
/// <param name="Text">The statement without its numbering.</param>
/// <param name="Area">The heading of the part grouping it, or empty.</param>
/// <param name="Span">Where it stands.</param>
public sealed record ProblemCandidate(string Text, string Area, TextSpan Span);

/// <summary>
/// Finds the problems a feedback raises. The problems stand in the parts headed as problems
/// (一、巡察发现的主要问题), not in the requirements (二、整改意见); within such a part each item that has no
/// sub-items is a problem, however it is numbered (（一）, 1., 一是…, a semicolon list), and the items that
/// group others (（一）贯彻落实上级决策部署方面) are areas, not problems. A part without numbered items gives one
/// problem per paragraph.
/// </summary>
public sealed class ProblemExtractor(AnalysisCues cues)
{
    private readonly AnalysisCues _cues = cues ?? throw new ArgumentNullException(nameof(cues));

    /// <summary>The problems of <paramref name="document"/>, in order.</summary>
    public IReadOnlyList<ProblemCandidate> Extract(ParsedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var top = document.Structure.Sections;
        var roots = top.Where(s => _cues.ProblemAreaHeading.IsMatch(s.Heading) && !_cues.RequirementHeading.IsMatch(s.Heading)).ToList();
        if (roots.Count == 0 && document.Structure.Kind.Kind is DocumentKind.FeedbackOpinion)
        {
            // An opinion whose parts are the areas themselves (一、党的领导方面 …): every part but the requirements.
            roots = [.. top.Where(s => !_cues.RequirementHeading.IsMatch(s.Heading))];
        }

        var problems = new List<ProblemCandidate>();
        foreach (var root in roots)
        {
            if (root.Children.IsDefaultOrEmpty)
            {
                problems.AddRange(Paragraphs(document, root, root.Heading));
                continue;
            }

            Collect(document, root, area: "", problems, isRoot: true);
        }

        return problems;
    }

    private void Collect(ParsedDocument document, Section section, string area, List<ProblemCandidate> output, bool isRoot)
    {
        if (section.Children.IsDefaultOrEmpty)
        {
            if (!_cues.RequirementSentence.IsMatch(section.Heading))
            {
                output.Add(Candidate(document.Text.Text, section, area));
            }

            return;
        }

        var childArea = isRoot ? area : section.Heading;
        foreach (var child in section.Children)
        {
            Collect(document, child, childArea, output, isRoot: false);
        }
    }

    /// <summary>The section's text without its marker, trimmed of spaces.</summary>
    internal static ProblemCandidate Candidate(string text, Section section, string area)
    {
        var start = section.HeadingSpan.Start;
        var end = section.Span.End;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new ProblemCandidate(text[start..end].Trim(), area, new TextSpan(start, end));
    }

    private static IEnumerable<ProblemCandidate> Paragraphs(ParsedDocument document, Section root, string area)
    {
        var text = document.Text.Text;
        foreach (var paragraph in document.Text.Paragraphs)
        {
            if (paragraph.Span.Start >= root.HeadingSpan.End && paragraph.Span.End <= root.Span.End && !paragraph.Span.IsEmpty)
            {
                var body = paragraph.Span.Slice(text).Trim();
                if (body.Length >= 6)
                {
                    yield return new ProblemCandidate(body, area, paragraph.Span);
                }
            }
        }
    }
}
