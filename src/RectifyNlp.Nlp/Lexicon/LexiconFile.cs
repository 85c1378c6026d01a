using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace RectifyNlp.Nlp.Lexicon;

/// <summary>
/// A word list under models/lexicon: jieba's user-dictionary lines (<c>word freq tag</c>), with
/// <c>#</c> comments and a <c># version: N</c> line. A malformed line fails the load with its line number,
/// so a user's edit is checked at start-up.
/// </summary>
public sealed record LexiconFile(string Version, ImmutableArray<LexiconEntry> Entries)
{
    /// <summary>Reads a lexicon file.</summary>
    /// <exception cref="FormatException">A line is not <c>word freq [tag]</c>.</exception>
    public static LexiconFile Load(string path)
    {
        var version = "unversioned";
        var entries = ImmutableArray.CreateBuilder<LexiconEntry>();
        var number = 0;
        foreach (var raw in File.ReadLines(path, Encoding.UTF8))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('#'))
            {
                if (line.StartsWith("# version:", StringComparison.Ordinal))
                {
                    version = line["# version:".Length..].Trim();
                }

                continue;
            }

            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length is < 2 or > 3 || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var frequency) || frequency <= 0)
            {
                throw new FormatException($"{Path.GetFileName(path)}:{number}: expected \"word frequency [tag]\", found \"{line}\"");
            }

            entries.Add(new LexiconEntry(parts[0], frequency, parts.Length == 3 ? parts[2] : null));
        }

        return new LexiconFile(version, entries.ToImmutable());
    }
}
