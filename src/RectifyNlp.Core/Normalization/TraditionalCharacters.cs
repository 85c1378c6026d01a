using System.Collections.Frozen;

namespace RectifyNlp.Core.Normalization;

/// <summary>
/// Traditional characters and their simplified forms (TraditionalToSimplified.txt, from OpenCC's t2s table), so that a
/// document written in traditional characters (a Big5 file, a portal's 繁體 page of a feedback) reads as the simplified
/// text every cue, lexicon and model here is written in. Character for character: offsets into the original are kept.
/// </summary>
public static class TraditionalCharacters
{
    /// <summary>Fewest traditional-only characters for a document to read as written in traditional characters.</summary>
    public const int MinTraditional = 10;

    /// <summary>
    /// Least share of its Han characters that must be traditional-only: a simplified text quoting one old name (乾隆) keeps
    /// it; a traditional text has one such character in four or five.
    /// </summary>
    public const double MinShare = 0.05;

    private static readonly FrozenDictionary<char, char> Table = Load();

    /// <summary>Whether <paramref name="text"/> is written in traditional characters (see <see cref="MinShare"/>).</summary>
    public static bool ReadsAsTraditional(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int han = 0, traditional = 0;
        foreach (var c in text)
        {
            if (CharacterClass.IsHan(c))
            {
                han++;
                if (Table.ContainsKey(c))
                {
                    traditional++;
                }
            }
        }

        return traditional >= MinTraditional && traditional >= MinShare * han;
    }

    /// <summary>The simplified form of <paramref name="c"/>, or <paramref name="c"/> itself.</summary>
    public static char Simplify(char c) => Table.TryGetValue(c, out var s) ? s : c;

    /// <summary>
    /// <paramref name="text"/> with every traditional-only character simplified, whatever the rest (a piece quoted from a
    /// document that reads as traditional as a whole).
    /// </summary>
    public static string Simplify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (span, t) =>
        {
            for (var i = 0; i < t.Length; i++)
            {
                span[i] = Simplify(t[i]);
            }
        });
    }

    private static FrozenDictionary<char, char> Load()
    {
        using var stream = typeof(TraditionalCharacters).Assembly.GetManifestResourceStream("TraditionalToSimplified.txt")
            ?? throw new InvalidOperationException("TraditionalToSimplified.txt is not embedded in RectifyNlp.Core.");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<char, char>();
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            foreach (var pair in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (pair.Length != 2)
                {
                    throw new InvalidDataException($"TraditionalToSimplified.txt: '{pair}' is not a traditional character and its simplified form.");
                }

                table[pair[0]] = pair[1];
            }
        }

        return table.ToFrozenDictionary();
    }
}
