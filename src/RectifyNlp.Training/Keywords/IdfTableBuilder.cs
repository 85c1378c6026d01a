using System.Globalization;
using System.Text;
using RectifyNlp.Core.Documents;
using RectifyNlp.Nlp.Classification;
using RectifyNlp.Nlp.Segmentation;

using RectifyNlp.Nlp.Keywords;

namespace RectifyNlp.Training.Keywords;

/// <summary>
/// Builds the domain IDF table from the team's corpus: every paragraph of every .txt file under the
/// folder, and the <c>text</c> of every line of every .jsonl file, is one document;
/// <c>idf = ln((N + 1) / (df + 1)) + 1</c> over the words keyword extraction looks at. The output is
/// sorted, so a rerun on the same corpus writes the same file.
/// </summary>
public static class IdfTableBuilder
{
    /// <summary>
    /// The evaluation material of a corpus, kept out of the IDF table so that no score is helped by statistics
    /// of the documents it is measured on: the gold pairs, the held-out pairs, the sets in published forms (developed against and unseen), and
    /// the passages cut from the gold pairs (passages/pairs.jsonl); and the misconduct statements (misconduct/), whose frozen set is
    /// the misconduct model's test part; and the problems labelled for accountability (conduct/), a model's training data like them.
    /// </summary>
    public static readonly IReadOnlyList<string> EvaluationFolders = ["pairs", "heldout", "heldout2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "published", "published-unseen", "published-unseen2", "published3", "published4", "published5", "published6", "published7", "published8", "published9", "dev21", "published10", "dev22", "dev23", "published11", "dev24", "published12", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30", "published13", "dev31", "dev32", "published14", "dev33", "dev34", "dev35", "dev36", "published15", "dev37", "dev38", "dev39", "published16", "dev40", "dev41", "published17", "dev42", "dev43", "published18", "dev44", "dev45", "dev46", "published19", "dev47", "dev48", "dev49", "dev50", "dev51", "dev52", "dev53", "dev54", "dev55", "dev56", "dev57", "dev58", "dev59", "dev60", "dev61", "dev62", "dev63", "dev64", "dev65", "dev66", "dev67", "dev68", "dev69", "dev70", "dev71", "dev72", "dev73", "dev74", "dev75", "misconduct", "dev76", "dev77", "dev78", "dev79", "dev80", "dev81", "dev82", "dev83", "published20", "published21", "dev84", "dev85", "published22", "published23", "dev86", "dev87", "dev88", "dev89", "published24", "published25", "dev90", "dev91", "published26", "published27", "dev92", "dev93", "dev94", "dev95", "published28", "published29", "dev96", "dev97", "dev98", "dev99", "published30", "published31", "dev100", "dev101", "dev102", "dev103", "published32", "published33", "dev104", "dev105", "dev106", "dev107", "published34", "published35", "dev108", "dev109", "dev110", "dev111", "published36", "published37", "dev112", "dev113", "published38", "published39", "conduct", "published40", "published41", "dev114", "dev115", "dev116", "dev117", "published42", "published43", "dev118", "published44", "dev119", "dev120", "published45", "dev121", "dev122", "dev123", "published46", "dev124", "published47"];

    /// <summary>The documents of a corpus folder, in a stable order, without its evaluation material.</summary>
    public static IEnumerable<string> ReadCorpus(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var excluded = EvaluationFolders.Select(f => Path.Combine(Path.GetFullPath(folder), f) + Path.DirectorySeparatorChar).ToList();
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var full = Path.GetFullPath(path);
            if (excluded.Any(e => full.StartsWith(e, StringComparison.Ordinal)) || Path.GetFileName(path) == "pairs.jsonl")
            {
                continue;
            }

            if (new FileInfo(path).LinkTarget is not null)
            {
                continue;
            }

            if (path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            {
                var (text, _) = Ingestion.PlainText.TextDecoder.Decode(File.ReadAllBytes(path), Path.GetFileName(path));
                foreach (var paragraph in text.Split('\n'))
                {
                    if (!string.IsNullOrWhiteSpace(paragraph))
                    {
                        yield return paragraph.Trim();
                    }
                }
            }
            else if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var passage in CorpusPassage.ReadFile(path))
                {
                    yield return passage.Text;
                }
            }
        }
    }

    /// <summary>The IDF of every content word of <paramref name="documents"/>, and how many documents there were.</summary>
    public static (SortedDictionary<string, double> Idf, int Documents) Build(IEnumerable<string> documents, Segmenter segmenter, IReadOnlySet<string> stopwords)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(segmenter);
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var n = 0;
        var spans = new List<TextSpan>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            n++;
            spans.Clear();
            seen.Clear();
            segmenter.Cut(document, spans);
            foreach (var span in spans)
            {
                var word = document.Substring(span.Start, span.Length);
                if (KeywordExtractor.IsContentWord(word, stopwords) && seen.Add(word))
                {
                    df[word] = df.GetValueOrDefault(word) + 1;
                }
            }
        }

        var idf = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var (word, count) in df)
        {
            idf[word] = Math.Log((n + 1.0) / (count + 1.0)) + 1.0;
        }

        return (idf, n);
    }

    /// <summary>Writes the table as <c>word idf</c> lines under a header naming its source.</summary>
    public static void Write(string path, SortedDictionary<string, double> idf, int documents)
    {
        ArgumentNullException.ThrowIfNull(idf);
        var text = new StringBuilder();
        text.Append("# RectifyNlp domain IDF, built from corpus/ by `rectify idf`: ").Append(documents).Append(" documents, ").Append(idf.Count).Append(" words.\n");
        foreach (var (word, value) in idf)
        {
            text.Append(word).Append(' ').Append(value.ToString("0.000000", CultureInfo.InvariantCulture)).Append('\n');
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var bytes = new UTF8Encoding(false).GetBytes(text.ToString());
        Core.IO.AtomicFile.Write(path, stream => stream.Write(bytes));
    }
}
