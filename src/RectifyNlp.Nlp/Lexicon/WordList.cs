using System.Collections.Frozen;
using System.Text;

namespace RectifyNlp.Nlp.Lexicon;

/// <summary>A plain list of words, one a line, <c>#</c> for comments (the domain stopwords).</summary>
public static class WordList
{
    /// <summary>Reads the words of <paramref name="path"/>.</summary>
    public static FrozenSet<string> Load(string path) =>
        File.ReadLines(path, Encoding.UTF8)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToFrozenSet(StringComparer.Ordinal);
}
