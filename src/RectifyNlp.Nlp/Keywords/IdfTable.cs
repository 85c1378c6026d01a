using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace RectifyNlp.Nlp.Keywords;

/// <summary>
/// Inverse document frequencies: the domain table built from corpus/ first, jieba's general table for
/// words the domain has not seen, and the domain table's median for words neither knows.
/// </summary>
public sealed class IdfTable
{
    private readonly FrozenDictionary<string, double> _domain;
    private readonly FrozenDictionary<string, double> _general;

    /// <summary>Creates a table from a domain and a general table.</summary>
    public IdfTable(IReadOnlyDictionary<string, double> domain, IReadOnlyDictionary<string, double> general)
    {
        ArgumentNullException.ThrowIfNull(domain);
        ArgumentNullException.ThrowIfNull(general);
        _domain = domain.ToFrozenDictionary(StringComparer.Ordinal);
        _general = general.ToFrozenDictionary(StringComparer.Ordinal);
        var values = (_domain.Count > 0 ? _domain.Values : _general.Values).Order().ToList();
        Median = values.Count == 0 ? 1.0 : values[values.Count / 2];
    }

    /// <summary>The IDF given to a word no table knows.</summary>
    public double Median { get; }

    /// <summary>How many words the domain table holds.</summary>
    public int DomainCount => _domain.Count;

    /// <summary>The IDF of <paramref name="word"/>.</summary>
    public double this[string word] =>
        _domain.TryGetValue(word, out var idf) ? idf : _general.TryGetValue(word, out idf) ? idf : Median;

    /// <summary>Reads <c>word idf</c> lines (jieba's idf.txt format; <c>#</c> comments allowed); a missing file is empty.</summary>
    public static Dictionary<string, double> ReadFile(string path)
    {
        var table = new Dictionary<string, double>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return table;
        }

        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var space = line.LastIndexOf(' ');
            if (space > 0 && double.TryParse(line.AsSpan(space + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var idf))
            {
                table[line[..space].Trim()] = idf;
            }
        }

        return table;
    }
}
