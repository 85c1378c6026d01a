using System.Text.RegularExpressions;
using RectifyNlp.Core.Structure;

namespace RectifyNlp.Analysis;

/// <summary>
/// A report's division of the work by problem number, apart from the items that tell it (三、整改责任分工：问题1由副主任X
/// 负责，2025年12月底前完成；问题3、问题7由副主任Y负责，均于6月底前完成): the owner and the time limit it gives each problem
/// it names. The numbers count the feedback's problems in order.
/// </summary>
public static partial class AssignedByNumber
{
    /// <summary>What an assignment gives one problem: who answers for it and by when (null when it gives no time).</summary>
    public sealed record Assignment(string Owner, string? Deadline, bool LongTerm);

    /// <summary>Most problems one report's assignments are read for (a feedback lists under a hundred).</summary>
    private const int MaxNumber = 200;

    /// <summary>The index <see cref="Read"/> gives an assignment of all the work (以上整改工作由中心主任X负责……).</summary>
    public const int AllProblems = -1;

    /// <summary>
    /// The assignments of <paramref name="reportText"/>, by the index (0-based) of the problem they name; one of all the work
    /// (以上整改工作由X负责，按照……前完成的时限推进) under <see cref="AllProblems"/>.
    /// </summary>
    public static Dictionary<int, Assignment> Read(string reportText, MeasureFactReader facts, AnalysisCues cues)
    {
        ArgumentNullException.ThrowIfNull(reportText);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(cues);
        var assigned = new Dictionary<int, Assignment>();
        foreach (Match match in cues.AssignedByNumber.Matches(reportText))
        {
            var rest = match.Groups["rest"].Value;
            var read = facts.Read(rest);
            var assignment = new Assignment(match.Groups["who"].Value.Trim(), read.Deadline, read.LongTerm || cues.StatusLongTerm.IsMatch(rest));
            foreach (var number in Numbers(match.Groups["refs"].Value))
            {
                assigned.TryAdd(number - 1, assignment);
            }
        }

        // Only the report's one such sentence speaks of all the work; several close a part each (以上由副站长X负责 under 二、 and
        // again under 三、) and are read with their parts' measures.
        if (cues.AssignedForAll.Matches(reportText) is [var all] && facts.Read(all.Value) is { Owner: { } owner } whole)
        {
            assigned[AllProblems] = new Assignment(owner, whole.Deadline, whole.LongTerm);
        }

        return assigned;
    }

    /// <summary>The problem numbers a reference names (问题3、问题7 / 第2至4项), ranges spelled out.</summary>
    private static List<int> Numbers(string refs)
    {
        var numbers = new List<int>();
        var previous = 0;
        var range = false;
        foreach (Match token in NumberTokenRegex().Matches(refs))
        {
            if (token.Groups["to"].Success)
            {
                range = previous > 0;
                continue;
            }

            var parsed = token.Value.All(char.IsAsciiDigit) ? int.Parse(token.Value, System.Globalization.CultureInfo.InvariantCulture) : ChineseNumeral.Parse(token.Value);
            if (parsed is not { } value || value <= 0 || value > MaxNumber)
            {
                continue;
            }

            if (range && value > previous)
            {
                numbers.AddRange(Enumerable.Range(previous + 1, value - previous));
            }
            else
            {
                numbers.Add(value);
            }

            (previous, range) = (value, false);
        }

        return numbers;
    }

    [GeneratedRegex("(?<to>[至到—-])|[0-9]{1,3}|[一二三四五六七八九十]{1,3}")]
    private static partial Regex NumberTokenRegex();
}
