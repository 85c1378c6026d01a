using System.Globalization;

namespace RectifyNlp.Analysis;

/// <summary>
/// Matches a report's restated problems (its blocks) to the feedback's issues. Reports renumber, merge,
/// abbreviate and reorder problems, so the match is by content, never by number: the restated heading's
/// character overlap with the issue and the TF-IDF cosine of heading and body against the issue, with a
/// small bonus where the categories agree. Assignment is greedy by score, one block to one issue first;
/// then a block left over may take its best issue (a problem answered in two parts), and an issue left
/// over may join its best block (problems merged under one heading).
/// </summary>
public static class Matcher
{
    /// <summary>Below this a block does not answer an issue.</summary>
    public const double MinimumScore = 0.18;

    /// <summary>A second block for an issue, or a second issue for a block, needs this much.</summary>
    public const double MergeScore = 0.3;

    /// <summary>Scores a block against an issue.</summary>
    /// <param name="restated">The problem as the block's heading restates it.</param>
    /// <param name="headingVector">Its word vector.</param>
    /// <param name="bodyVector">The word vector of the block's text.</param>
    /// <param name="issueText">The issue.</param>
    /// <param name="issueVector">Its word vector.</param>
    /// <param name="sameCategory">Whether block and issue fall in the same category.</param>
    public static double Score(string restated, WordVector headingVector, WordVector bodyVector, string issueText, WordVector issueVector, bool sameCategory)
    {
        ArgumentNullException.ThrowIfNull(headingVector);
        ArgumentNullException.ThrowIfNull(bodyVector);
        ArgumentNullException.ThrowIfNull(issueVector);
        var headSimilarity = restated.Length == 0
            ? 0
            : (0.5 * TextSimilarity.BigramContainment(restated, issueText)) + (0.5 * headingVector.Cosine(issueVector));
        var bodySimilarity = bodyVector.Cosine(issueVector);
        var score = restated.Length == 0 ? bodySimilarity : (0.75 * headSimilarity) + (0.25 * bodySimilarity);
        return Math.Min(1, score + (sameCategory ? 0.05 : 0));
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
                pairs.Add((b, i, scores[b, i]));
            }
        }

        foreach (var (b, i, s) in pairs.OrderByDescending(p => p.Score).ThenBy(p => p.Block).ThenBy(p => p.Issue))
        {
            if (s >= MinimumScore && result[b].Count == 0 && !issueTaken[i])
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

        return result;
    }

    /// <summary>A score as the reason shows it.</summary>
    public static string Format(double score) => score.ToString("0.00", CultureInfo.InvariantCulture);
}
