using System.Collections.Immutable;
using System.Text.RegularExpressions;
using RectifyNlp.Core;
using RectifyNlp.Core.Structure;

namespace RectifyNlp.Analysis;

/// <summary>
/// Measures that name their problem by number rather than by words (针对反馈意见第二部分……针对第3个问题，……):
/// the number counts the feedback's problems within the part the report's heading names (第二部分, 第二方面),
/// or across the whole feedback when no part is named. Parts are the feedback's areas in order.
/// </summary>
public sealed partial class OrdinalReferences
{
    private readonly ImmutableArray<Section> _sections;
    private readonly List<List<Issue>> _parts;
    private readonly ImmutableArray<Issue> _issues;

    /// <summary>Prepares the references of <paramref name="report"/> to <paramref name="issues"/>.</summary>
    public OrdinalReferences(ParsedDocument report, ImmutableArray<Issue> issues)
    {
        ArgumentNullException.ThrowIfNull(report);
        _sections = [.. report.Structure.AllSections.Where(s => PartRegex().IsMatch(s.Heading))];
        _issues = [.. issues.OrderBy(i => i.Span.Start)];
        _parts = [];
        foreach (var issue in _issues)
        {
            if (_parts.Count == 0 || _parts[^1][0].Area != issue.Area)
            {
                _parts.Add([]);
            }

            _parts[^1].Add(issue);
        }
    }

    /// <summary>The problem a piece names by number, or null when it names none (or one that does not exist).</summary>
    public MatchLink? Resolve(ReportPiece piece)
    {
        ArgumentNullException.ThrowIfNull(piece);
        var item = ItemRegex().Match(piece.Text);
        if (!item.Success || Number(item.Groups["n"].Value) is not { } number || number < 1)
        {
            return null;
        }

        var partSection = _sections.Where(s => s.Span.Contains(piece.Span)).OrderByDescending(s => s.Level).FirstOrDefault();
        Issue? issue;
        string where;
        if (partSection is not null && Number(PartRegex().Match(partSection.Heading).Groups["n"].Value) is { } part && _parts.Count > 1)
        {
            issue = part <= _parts.Count && number <= _parts[part - 1].Count ? _parts[part - 1][number - 1] : null;
            where = $"第{part}部分第{number}个问题";
        }
        else
        {
            issue = number <= _issues.Length ? _issues[number - 1] : null;
            where = $"第{number}个问题";
        }

        return issue is null ? null : new MatchLink(issue.Id, 1.0, $"报告按序号指明：{where}");
    }

    // Arabic digits (half- or full-width) or a Chinese numeral.
    private static int? Number(string text)
    {
        var ascii = new string([.. text.Select(c => c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c)]);
        return ascii.Length > 0 && ascii.All(char.IsAsciiDigit) && ascii.Length <= 4
            ? int.Parse(ascii, System.Globalization.CultureInfo.InvariantCulture)
            : ChineseNumeral.Parse(text);
    }

    [GeneratedRegex("第(?<n>[一二三四五六七八九十0-9０-９]+)(部分|方面|类|大类)")]
    private static partial Regex PartRegex();

    [GeneratedRegex("^(针对|关于|对于?)(巡察)?(反馈(意见)?)?(中|指出)?(的)?第(?<n>[一二三四五六七八九十0-9０-９]+)(个|项|条)(问题)?")]
    private static partial Regex ItemRegex();
}
