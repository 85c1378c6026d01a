using System.Collections.Immutable;
using System.Text.RegularExpressions;
using RectifyNlp.Core;
using RectifyNlp.Core.Documents;

namespace RectifyNlp.Analysis;

public sealed partial class Analyzer
{
    /// <summary>
    /// A sentence outside the items that gives owners or time limits by the problems' numbers, as a report's part on who does
    /// what (第一方面第1个、第4个问题由副主任X负责；第二方面4个问题由书记Y负责) or its closing on time limits (以上整改任务，第（一）项于
    /// 2025年1月31日前完成，其余各项均于2024年12月31日前完成) does: each clause that opens by naming problems gives its owner and its
    /// time limit to their measures, where none of a problem's measures names its own; a clause on the rest (其余各项 / 其他问题)
    /// gives them to every problem the sentence did not name.
    /// </summary>
    private void GiveFactsByNumber(List<MeasureWork> measures, IReadOnlyList<ReportBlock> blocks, ParsedDocument report, ImmutableArray<Issue> issues, OrdinalReferences? ordinals)
    {
        if (ordinals is null || issues.IsDefaultOrEmpty)
        {
            return;
        }

        var text = report.Text.Text;
        var inBlocks = new SpanLookup([.. blocks.Select(b => b.Span)]);
        // Each problem's measures, found once: giving facts changes no measure's links.
        var measuresOf = Enumerable.Range(0, measures.Count).SelectMany(n => measures[n].Measure.Links.Select(l => (l.IssueId, n)))
            .GroupBy(x => x.IssueId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(x => x.n).Distinct().ToList(), StringComparer.Ordinal);
        foreach (var sentence in report.Structure.Sentences)
        {
            if (inBlocks.FirstContaining(new TextSpan(sentence.Start, sentence.Start + 1)) >= 0 || !ReferenceHintRegex().IsMatch(text.AsSpan(sentence.Start, sentence.Length)))
            {
                continue;
            }

            var named = new HashSet<string>(StringComparer.Ordinal);
            var given = new List<(ImmutableArray<MatchLink> Issues, string? Owner, string? Deadline)>();
            (string? Owner, string? Deadline)? rest = null;
            foreach (var clause in ProblemExtractor.SplitAt(text, sentence, '；', ';', '，', ',', '：', ':'))
            {
                var said = clause.Slice(text).Trim();
                var facts = _facts.Read(said);
                var owner = _facts.OwnerIn(said);
                // 除第一方面第2个、第3个问题外，其余9个问题均已于……前完成: the excepted are named, the rest get the facts.
                if (ExceptedRegex().Match(said) is { Success: true } excepted && ordinals.ResolveOpening(excepted.Groups["named"].Value, clause, wholeParts: true) is { IsDefaultOrEmpty: false } except)
                {
                    named.UnionWith(except.Select(l => l.IssueId));
                    said = said[(excepted.Index + excepted.Length)..].TrimStart('，', ',');
                    facts = _facts.Read(said);
                    owner = _facts.OwnerIn(said);
                }

                if (ordinals.ResolveOpening(said, clause, wholeParts: true) is { IsDefaultOrEmpty: false } links)
                {
                    named.UnionWith(links.Select(l => l.IssueId));
                    if (owner is not null || facts.Deadline is not null)
                    {
                        given.Add((links, owner, facts.Deadline));
                    }
                }
                else if (RestRegex().IsMatch(said) && (owner is not null || facts.Deadline is not null))
                {
                    rest = (owner, facts.Deadline);
                }
            }

            foreach (var (links, owner, deadline) in given)
            {
                Give(links.Select(l => l.IssueId), owner, deadline);
            }

            if (rest is { } others && named.Count > 0)
            {
                Give(issues.Select(i => i.Id).Where(id => !named.Contains(id)), others.Owner, others.Deadline);
            }
        }

        void Give(IEnumerable<string> ids, string? owner, string? deadline)
        {
            foreach (var id in ids)
            {
                var own = measuresOf.GetValueOrDefault(id) ?? [];
                if (owner is not null && !own.Exists(n => measures[n].Facts.Owner is not null))
                {
                    own.ForEach(n => measures[n] = WithOwner(measures[n], owner));
                }

                if (deadline is not null && !own.Exists(n => measures[n].Facts.Deadline is not null || _cues.OpenEndedTime.IsMatch(measures[n].Measure.Text)))
                {
                    own.Where(n => !measures[n].Facts.LongTerm).ToList().ForEach(n => measures[n] = WithDeadline(measures[n], deadline));
                }
            }
        }
    }

    /// <summary>
    /// The problems each clause of a piece (after 。, ；or ：) opens by naming by number, or names in a note in brackets (修订
    /// 《生物安全管理制度》（第1个问题）；制定《种猪销售价格管理办法》（第2个问题）), in order, each once.
    /// </summary>
    private static ImmutableArray<MatchLink> ReferencedByClauses(ReportPiece piece, OrdinalReferences ordinals)
    {
        var links = new List<MatchLink>();
        foreach (var clause in piece.Text.Split(['；', ';', '。', '：', ':'], StringSplitOptions.RemoveEmptyEntries))
        {
            var opening = ordinals.ResolveOpening(clause, piece.Span);
            foreach (var link in opening.IsDefaultOrEmpty && ordinals.ResolveNote(clause, piece.Span) is { } noted ? [noted] : opening)
            {
                if (!links.Exists(l => l.IssueId == link.IssueId))
                {
                    links.Add(link);
                }
            }
        }

        return [.. links];
    }

    /// <summary>Longest lead between a part's heading and its first item read for the owner it hands the items to.</summary>
    private const int MaxLeadOwner = 120;

    // A lead that hands the items below to someone: 以下4个问题由…… / 本方面(的)问题由…… / 上述问题 is not (it looks back).
    [GeneratedRegex("^(以下|下列|本方面|本部分|该方面|这一方面|此方面)的?([一二两三四五六七八九十0-9０-９]+(个|项|条))?(问题|整改任务|整改事项|事项|任务)?(的整改)?(均|统一|都)?(由|请)")]
    private static partial Regex LeadHandsOverRegex();

    // A sentence that may give facts by number: it names an item or a part by its place.
    [GeneratedRegex("第[（(]?[一二三四五六七八九十0-9０-９①-⑳]+[）)]?个?(个|项|条|方面|部分)")]
    private static partial Regex ReferenceHintRegex();

    // An exception named by number at a clause's opening: 除第一方面第2个、第3个问题外 / 除第（一）项以外.
    [GeneratedRegex("^除(?<named>[^，。；]{2,40}?)(以外|之外|外)")]
    private static partial Regex ExceptedRegex();

    // A clause on the problems a sentence has not named: 其余各项 / 其他问题 / 剩余3项.
    [GeneratedRegex("^(其余|其他|其它|剩余|余下)(的)?([一二两三四五六七八九十0-9０-９]+(个|项|条))?(各项|问题|整改任务|整改事项|任务|事项|各个问题)")]
    private static partial Regex RestRegex();
}
