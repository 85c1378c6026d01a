namespace RectifyNlp.Analysis.Gaps;

/// <summary>An issue answered with slogans only.</summary>
internal sealed class VagueMeasureRule : IGapRule
{
    public string Name => "措施空泛";

    public IEnumerable<Gap> Find(AnalysisContext context)
    {
        foreach (var issue in context.Issues)
        {
            // The problem restated before its answer (巡察指出：……) is no measure, concrete or not; a line read as a problem that
            // states no failing (坚持移动优先，加快推进媒体深度融合，不断提升传播力、引导力) restates none: it is the answer, slogans and all.
            var measures = context.MeasuresOf(issue.Id).Where(m => !IsStatusOnly(m) && (m.Measure.Role != "problem" || !context.Cues.Failing.IsMatch(m.Measure.Text))).ToList();
            if (measures.Count == 0 || measures.Any(m => m.Facts.IsConcrete && !IsPledge(context, m)))
            {
                continue;
            }

            // A measure restating the problem before its pledges is a copy (CopiedMeasureRule), not flagged twice.
            var slogan = measures.FirstOrDefault(m => (m.Facts.IsSlogan || IsPledge(context, m)) && CopiedMeasureRule.RestatedPledge(context, m, issue) is null);
            if (slogan is not null)
            {
                yield return GapEvidence.OnMeasure(GapKinds.VagueMeasure, issue, slogan.Measure, Severity.Medium, $"针对“{GapEvidence.Short(issue.Text)}”的措施只有表态性、口号式语言，没有具体行动、对象、数字或文件。");
            }
        }
    }

    /// <summary>
    /// A measure the classifier reads as a pledge or a requirement (表态: 高度重视，进一步压紧压实责任，持续加大排查整治力度) that states
    /// no figure, no document and nothing done: the acts its words name (排查, 整治) are intentions, not measures.
    /// </summary>
    private static bool IsPledge(AnalysisContext context, MeasureWork work)
    {
        // Only a line read as a pledge: one read as a requirement (进一步提高思想认识，切实加强……) was tried as a pledge too (December
        // 6, third stop) and flagged many answers other hands leave alone.
        if (work.Measure.Role != "commitment")
        {
            return false;
        }

        // Who and when (（责任人：……；完成时限：……；已完成）) say nothing of what was done, a bare 已完成 among them included; nor does
        // a rule the unit only promises to keep (严格执行《……条例》): only a document of its own is an act.
        var acts = MeasureFactReader.ActsWithoutFieldGroup(work.Measure.Text);
        return !OwnDocument(context.Cues, acts) && !context.Cues.Figure.IsMatch(acts) && !context.Cues.StatusDone.IsMatch(acts);
    }

    // A title the unit made or revised: one not named as a rule kept (严格执行《……》).
    private static bool OwnDocument(AnalysisCues cues, string acts) => acts.Count(c => c == '《') > cues.KeptRule.Count(acts);

    // A line that only gives the status (进展：已完成。) says nothing of what was done.
    private static bool IsStatusOnly(MeasureWork work) =>
        MeasureFactReader.ActsOf(work.Measure.Text).Trim().Trim('。', '；', '，', '（', '）', '(', ')', ' ').Length is var n && n <= 6
        && work.Measure.Text.Length > n;
}
