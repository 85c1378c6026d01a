using System.Text.Json;

namespace RectifyNlp.Nlp.Segmentation;

/// <summary>
/// jieba's hidden Markov model for words the dictionary does not know (finalseg): four states
/// B(egin) E(nd) M(iddle) S(ingle), start and transition log-probabilities as jieba 0.42.1 fixes them,
/// emission log-probabilities from jieba's table (stored with the vocabulary, one dense row per state).
/// </summary>
public static class HmmModel
{
    /// <summary>jieba's MIN_FLOAT: the log-probability of what the tables do not list.</summary>
    public const double MinFloat = -3.14e100;

    internal const int B = 0, E = 1, M = 2, S = 3;

    /// <summary>Start log-probabilities, indexed B, E, M, S.</summary>
    internal static readonly double[] Start = [-0.26268660809250016, MinFloat, MinFloat, -1.4652633398537678];

    /// <summary>Transition log-probabilities [from][to]; transitions jieba does not allow are <see cref="MinFloat"/>.</summary>
    internal static readonly double[][] Transition =
    [
        [MinFloat, -0.51082562376599, -0.916290731874155, MinFloat],
        [-0.5897149736854513, MinFloat, MinFloat, -0.8085250474669937],
        [MinFloat, -0.33344856811948514, -1.2603623820268226, MinFloat],
        [-0.7211965654669841, MinFloat, MinFloat, -0.6658631448798212],
    ];

    /// <summary>Reads the emission table (<c>prob_emit.json</c> of jieba.NET's resources) into [state × 65536 + character].</summary>
    public static double[] LoadEmission(string emissionPath)
    {
        using var stream = File.OpenRead(emissionPath);
        using var json = JsonDocument.Parse(stream);
        var table = new double[4 * (char.MaxValue + 1)];
        Array.Fill(table, MinFloat);
        foreach (var (name, state) in new[] { ("B", B), ("E", E), ("M", M), ("S", S) })
        {
            foreach (var entry in json.RootElement.GetProperty(name).EnumerateObject())
            {
                if (entry.Name.Length == 1)
                {
                    table[(state << 16) | entry.Name[0]] = entry.Value.GetDouble();
                }
            }
        }

        return table;
    }
}
