namespace RectifyNlp.Analysis.Gaps;

/// <summary>No leading group, no first responsible person, no direct deployment by the principal leader.</summary>
internal sealed class WeakLeadershipRule : IGapRule
{
    /// <summary>Shortest paragraph that begins a report's body, after its title and addressee.</summary>
    private const int MinBodyParagraph = 40;

    public string Name => "主体责任落实";

    public IEnumerable<Gap> Find(AnalysisContext context)
    {
        // The report's addressee (县委巡察工作领导小组：, as the report reader knows it), a line before its body begins, is the
        // body it reports to, not a group the unit set up.
        var text = context.Report.Text.Text;
        var paragraphs = context.Report.Text.Paragraphs;
        var body = paragraphs.FirstOrDefault(p => p.Span.Length >= MinBodyParagraph);
        var addressees = paragraphs.TakeWhile(p => p.Span.Start < body.Span.Start).Where(p => ReportReader.IsAddressee(p.Span.Slice(text).Trim())).ToList();
        if (body.Span.Length >= MinBodyParagraph && addressees.Count > 0)
        {
            var blanked = text.ToCharArray();
            foreach (var addressee in addressees)
            {
                Array.Fill(blanked, ' ', addressee.Span.Start, addressee.Span.Length);
            }

            text = new string(blanked);
        }

        if (context.Cues.FirstResponsible.IsMatch(text))
        {
            yield break;
        }

        if (!context.Cues.LeadingGroup.IsMatch(text))
        {
            yield return GapEvidence.Absent(GapKinds.WeakLeadership, Severity.Medium, "报告未提及整改工作领导小组、第一责任人，也未见主要负责人直接部署、直接过问、直接督办，主体责任落实情况无从体现。");
        }
        else if (context.Cues.DeputyHeads.Match(text) is { Success: true } deputy)
        {
            // A group headed by a deputy, the principal leader never named as answering for it: the 主体责任 is handed down.
            yield return GapEvidence.Absent(GapKinds.WeakLeadership, Severity.Medium, $"报告中整改工作由副职牵头（“{deputy.Value}”），未见主要负责人作为第一责任人直接部署、直接过问、直接督办。");
        }
    }
}
