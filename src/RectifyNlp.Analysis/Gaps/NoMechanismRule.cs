namespace RectifyNlp.Analysis.Gaps;

/// <summary>A systemic problem answered without any rule made or revised.</summary>
internal sealed class NoMechanismRule : IGapRule
{
    public string Name => "缺少长效机制";

    public IEnumerable<Gap> Find(AnalysisContext context)
    {
        var cues = context.Cues;
        var documentMechanisms = context.Measures.Where(m => m.Measure.DocumentLevel && cues.Mechanism.IsMatch(m.Measure.Text)).ToList();
        foreach (var issue in context.Issues)
        {
            var systemic = cues.SystemicProblem.Match(issue.Text);
            var measures = context.MeasuresOf(issue.Id).ToList();
            if (!systemic.Success || measures.Count == 0 || GapEvidence.AllHollow(measures))
            {
                continue;
            }

            if (measures.Any(m => cues.Mechanism.IsMatch(m.Measure.Text))
                || documentMechanisms.Any(m => m.Vector.Cosine(context.VectorOf(issue.Id)) >= 0.25))
            {
                continue;
            }

            yield return GapEvidence.OnIssue(GapKinds.NoMechanism, issue, Severity.Medium, $"“{systemic.Value}”属于制度性问题，整改措施只处理了具体事项，未见制定或修订相关制度、办法，缺少长效机制。");
        }
    }
}
