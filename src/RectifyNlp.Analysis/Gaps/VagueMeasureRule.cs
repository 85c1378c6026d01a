namespace RectifyNlp.Analysis.Gaps;

/// <summary>An issue answered with slogans only.</summary>
internal sealed class VagueMeasureRule : IGapRule
{
    public string Name => "措施空泛";

    public IEnumerable<Gap> Find(AnalysisContext context)
    {
        foreach (var issue in context.Issues)
        {
            var measures = context.MeasuresOf(issue.Id).ToList();
            if (measures.Count == 0 || measures.Any(m => m.Facts.IsConcrete) || measures.All(GapEvidence.IsCopy))
            {
                continue;
            }

            var slogan = measures.FirstOrDefault(m => m.Facts.IsSlogan);
            if (slogan is not null)
            {
                yield return GapEvidence.OnMeasure(GapKinds.VagueMeasure, issue, slogan.Measure, Severity.Medium, $"针对“{GapEvidence.Short(issue.Text)}”的措施只有表态性、口号式语言，没有具体行动、对象、数字或文件。");
            }
        }
    }
}
