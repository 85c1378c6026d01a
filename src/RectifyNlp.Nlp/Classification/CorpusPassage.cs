using System.Text;
using System.Text.Json;

namespace RectifyNlp.Nlp.Classification;

/// <summary>A labelled passage of the corpus (corpus/passages/*.jsonl).</summary>
/// <param name="Id">Unique id.</param>
/// <param name="Text">The passage, written by the team.</param>
/// <param name="Role">Its role id.</param>
/// <param name="Category">Its category id.</param>
/// <param name="Document">The document (or authored excerpt) it comes from: the unit of the train/test split.</param>
/// <param name="Unit">The kind of unit (bureau, court, hospital …), for checking that sectors vary.</param>
public sealed record CorpusPassage(string Id, string Text, string Role, string Category, string Document, string Unit)
{
    /// <summary>Reads every .jsonl file under <paramref name="folder"/>, in file-name order.</summary>
    /// <exception cref="InvalidDataException">A line is not a passage; the message names file and line.</exception>
    public static List<CorpusPassage> ReadAll(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.jsonl", SearchOption.AllDirectories).Order(StringComparer.Ordinal).SelectMany(ReadFile)];

    /// <summary>Reads one .jsonl file.</summary>
    /// <exception cref="InvalidDataException">A line is not a passage; the message names file and line.</exception>
    public static IEnumerable<CorpusPassage> ReadFile(string path)
    {
        var number = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            CorpusPassage passage;
            try
            {
                using var document = JsonDocument.Parse(line);
                var json = document.RootElement;
                passage = new CorpusPassage(
                    json.GetProperty("id").GetString()!,
                    json.GetProperty("text").GetString()!,
                    json.GetProperty("role").GetString()!,
                    json.GetProperty("category").GetString()!,
                    json.GetProperty("doc").GetString()!,
                    json.TryGetProperty("unit", out var unit) ? unit.GetString() ?? string.Empty : string.Empty);
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new InvalidDataException($"{Path.GetFileName(path)}:{number}: {e.Message}", e);
            }

            yield return passage;
        }
    }
}
