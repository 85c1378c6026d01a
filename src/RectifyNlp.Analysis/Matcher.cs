using System.Globalization;

namespace RectifyNlp.Analysis;

/// <summary>
/// Matches a report's restated problems (its blocks) to the feedback's issues. Reports renumber, merge,
/// abbreviate and reorder problems, so the match is by content, never by number: the restated heading's
/// character overlap with the issue and the TF-IDF cosine of heading and body against the issue.
/// Assignment is greedy by score, one block to one issue first; then a block left over may take its best issue (a problem answered in two parts), and an issue left
/// over may join its best block (problems merged under one heading).
/// </summary>
public static class Matcher
{
    /// <summary>Below this a block does not answer an issue.</summary>
    public const double MinimumScore = 0.18;

    /// <summary>A second block for an issue, or a second issue for a block, needs this much.</summary>
    public const double MergeScore = 0.3;

    /// <summary>Least share of a block's best score a problem left over must reach for the block to take it instead.</summary>
    public const double LeftOverShare = 0.5;

    /// <summary>What a block's body alone counts for against a heading that does not restate the problem.</summary>
    public const double BodyWeight = 0.8;

    /// <summary>Scores a block against an issue.</summary>
    /// <param name="hasHeading">Whether the block restates the problem in a heading.</param>
    /// <param name="headingContainment">The share of the heading's character bigrams found in the issue.</param>
    /// <param name="headingCosine">TF-IDF cosine of heading and issue.</param>
    /// <param name="bodyCosine">TF-IDF cosine of the block's whole text and the issue.</param>
    public static double Score(bool hasHeading, double headingContainment, double headingCosine, double bodyCosine)
    {
        if (!hasHeading)
        {
            return Math.Min(1, bodyCosine);
        }

        // A paraphrased heading (关于作风建设方面的问题 for 落实中央八项规定精神不够严格) says little; the body then decides.
        var head = (0.5 * headingContainment) + (0.5 * headingCosine);
        return Math.Min(1, Math.Max((0.75 * head) + (0.25 * bodyCosine), BodyWeight * bodyCosine));
    }

    /// <summary>Assigns blocks to issues from a block × issue score matrix.</summary>
    /// <returns>For each block, the issues it answers with their scores, best first.</returns>
    public static List<List<(int Issue, double Score)>> Assign(double[,] scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var blocks = scores.GetLength(0);
        var issues = scores.GetLength(1);
        var result = Enumerable.Range(0, blocks).Select(_ => new List<(int Issue, double Score)>()).ToList();
        var issueTaken = new bool[issues];
        var pairs = new List<(int Block, int Issue, double Score)>();
        for (var b = 0; b < blocks; b++)
        {
            for (var i = 0; i < issues; i++)
            {
                if (scores[b, i] >= MinimumScore)
                {
                    pairs.Add((b, i, scores[b, i]));
                }
            }
        }

        // A block that restates a problem another block answers first (a ledger row after the report's own part on it) answers
        // that one too, below: not a problem left over that it barely resembles (矛盾纠纷排查台账不实 at 0.23 to 工作人员业务培训不足).
        var bestOf = new double[blocks];
        foreach (var (b, _, s) in pairs)
        {
            bestOf[b] = Math.Max(bestOf[b], s);
        }

        foreach (var (b, i, s) in pairs.OrderByDescending(p => p.Score).ThenBy(p => p.Block).ThenBy(p => p.Issue))
        {
            if (result[b].Count == 0 && !issueTaken[i] && !(bestOf[b] >= MergeScore && s < bestOf[b] * LeftOverShare))
            {
                result[b].Add((i, s));
                issueTaken[i] = true;
            }
        }

        for (var b = 0; b < blocks; b++)
        {
            if (result[b].Count == 0)
            {
                var best = Enumerable.Range(0, issues).Select(i => (Issue: i, Score: scores[b, i])).OrderByDescending(p => p.Score).FirstOrDefault();
                if (issues > 0 && best.Score >= MergeScore)
                {
                    result[b].Add(best);
                }
            }
        }

        for (var i = 0; i < issues; i++)
        {
            if (issueTaken[i] || result.Any(r => r.Any(p => p.Issue == i)))
            {
                continue;
            }

            var best = Enumerable.Range(0, blocks).Select(b => (Block: b, Score: scores[b, i])).OrderByDescending(p => p.Score).FirstOrDefault();
            if (blocks > 0 && best.Score >= MergeScore)
            {
                result[best.Block].Add((i, best.Score));
            }
        }

        // Last, by elimination: a block still answering nothing and an issue still unanswered are each other's when they
        // share some content (a paraphrased heading, 关于党建工作的薄弱环节 for 基层党组织建设弱化, over slogans).
        var leftover = new List<(int Block, int Issue, double Score)>();
        for (var b = 0; b < blocks; b++)
        {
            for (var i = 0; i < issues; i++)
            {
                if (result[b].Count == 0 && scores[b, i] >= EliminationScore && !result.Any(r => r.Any(p => p.Issue == i)))
                {
                    leftover.Add((b, i, scores[b, i]));
                }
            }
        }

        foreach (var (b, i, s) in leftover.OrderByDescending(p => p.Score).ThenBy(p => p.Block).ThenBy(p => p.Issue))
        {
            if (result[b].Count == 0 && !result.Any(r => r.Any(p => p.Issue == i)))
            {
                result[b].Add((i, s));
            }
        }

        return result;
    }

    /// <summary>A block and an issue both left over are matched down to this score.</summary>
    public const double EliminationScore = 0.05;

    /// <summary>A score as the reason shows it.</summary>
    public static string Format(double score) => score.ToString("0.00", CultureInfo.InvariantCulture);
}
