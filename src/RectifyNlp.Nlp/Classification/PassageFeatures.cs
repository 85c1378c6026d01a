using RectifyNlp.Core.Documents;
using RectifyNlp.Core.Normalization;
using RectifyNlp.Nlp.Segmentation;

namespace RectifyNlp.Nlp.Classification;

/// <summary>One passage as the models see it: normalised text (for character n-grams), its jieba words (for word
/// n-grams) and lexicon counts (role cues, category keywords, rules that fire).</summary>
public sealed class PassageRow
{
    /// <summary>The normalised text.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>The words, separated by spaces.</summary>
    public string Tokens { get; set; } = string.Empty;

    /// <summary>Lexicon features; length fixed by the taxonomy.</summary>
    public float[] Cues { get; set; } = [];

    /// <summary>The gold label when training.</summary>
    public string Label { get; set; } = string.Empty;
}

/// <summary>Makes <see cref="PassageRow"/>s the same way for training and for prediction.</summary>
public sealed class PassageFeaturizer(Segmenter segmenter, Taxonomy taxonomy)
{
    private const float Cap = 3;

    /// <summary>The length of <see cref="PassageRow.Cues"/>: role cues, category keywords, rules per role.</summary>
    public int CueCount => taxonomy.Roles.Length * 2 + taxonomy.Categories.Length;

    /// <summary>The taxonomy the features follow.</summary>
    public Taxonomy Taxonomy => taxonomy;

    /// <summary>The features of <paramref name="text"/>.</summary>
    public PassageRow Featurize(string text, string label = "")
    {
        var normalised = TextNormalizer.Instance.Normalize(new RawDocument("passage", SourceFormat.Text, [new RawParagraph(text)])).Text;
        var spans = new List<TextSpan>();
        segmenter.Cut(normalised, spans);
        var tokens = string.Join(' ', spans.Select(s => normalised.Substring(s.Start, s.Length)));

        var cues = new float[CueCount];
        var k = 0;
        foreach (var role in taxonomy.Roles)
        {
            cues[k++] = Math.Min(Cap, role.Cues.Sum(c => Occurrences(normalised, c)));
        }

        foreach (var category in taxonomy.Categories)
        {
            cues[k++] = Math.Min(Cap, category.Keywords.Sum(c => Occurrences(normalised, c)));
        }

        foreach (var role in taxonomy.Roles)
        {
            cues[k++] = taxonomy.Rules.Any(r => r.Role == role.Id && r.Fires(normalised)) ? 1 : 0;
        }

        return new PassageRow { Text = normalised, Tokens = tokens, Cues = cues, Label = label };
    }

    private static int Occurrences(string text, string word)
    {
        var count = 0;
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
