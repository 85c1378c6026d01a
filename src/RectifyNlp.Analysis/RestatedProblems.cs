namespace RectifyNlp.Analysis;

/// <summary>
/// Tells whether a report's heading restates one of the feedback's problems in its own words without a cue
/// (（一）党组议事规则不健全, 1.政治意识不够强): most of the heading's character pairs stand in one problem's text.
/// Character pairs need no segmenter and hold across the small rewordings headings make (不够强/不强).
/// </summary>
internal sealed class RestatedProblems(IReadOnlyList<string> problems)
{
    /// <summary>The share of the heading's character pairs one problem must hold.</summary>
    public const double Containment = 0.7;

    /// <summary>Headings with fewer pairs than this (加强领导) say too little to be told apart.</summary>
    public const int MinimumPairs = 4;

    private readonly HashSet<string>[] _pairs = [.. problems.Select(p => Pairs(p).ToHashSet(StringComparer.Ordinal))];

    /// <summary>Whether <paramref name="heading"/> restates one problem.</summary>
    public bool Restates(string heading)
    {
        // The wrapper a report puts round the problem (……的问题整改情况, 关于……的问题) is no part of its words; an area
        // (……方面问题的整改情况) names a part of the feedback, not one problem.
        var words = ReportReader.WithoutWrapper(heading);
        if (words.EndsWith("方面", StringComparison.Ordinal))
        {
            return false;
        }

        var pairs = Pairs(words).Distinct(StringComparer.Ordinal).ToList();
        return pairs.Count >= MinimumPairs && heading.Length <= 60
            && _pairs.Any(problem => pairs.Count(problem.Contains) >= Containment * pairs.Count);
    }

    /// <summary>Pairs of adjacent Han characters, clause by clause: punctuation, digits and Latin break them.</summary>
    internal static IEnumerable<string> Pairs(string text)
    {
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (Core.Normalization.CharacterClass.IsHan(text[i]) && Core.Normalization.CharacterClass.IsHan(text[i + 1]))
            {
                yield return text.Substring(i, 2);
            }
        }
    }
}
