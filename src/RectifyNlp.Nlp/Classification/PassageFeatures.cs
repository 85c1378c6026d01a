using System.Collections.Immutable;
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

    /// <summary>The first taxonomy rule that fires on <see cref="Text"/>, found while featurising (not a model column).</summary>
    internal RoleRule? FiredRule { get; set; }
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
    /// <param name="text">The passage.</param>
    /// <param name="label">Its gold label, for training.</param>
    /// <param name="normalized">Whether the text is already normalised (a slice of a parsed document's text): normalising is idempotent, so it is skipped.</param>
    public PassageRow Featurize(string text, string label = "", bool normalized = false)
    {
        var normalised = normalized ? text : TextNormalizer.Instance.Normalize(new RawDocument("passage", SourceFormat.Text, [new RawParagraph(text)])).Text;
        var spans = new List<TextSpan>();
        segmenter.Cut(normalised, spans);
        var builder = new System.Text.StringBuilder(normalised.Length + spans.Count);
        foreach (var span in spans)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(normalised, span.Start, span.Length);
        }

        var tokens = builder.ToString();

        var cues = new float[CueCount];
        var k = 0;
        foreach (var role in taxonomy.Roles)
        {
            cues[k++] = Math.Min(Cap, OccurrencesOfAll(normalised, role.Cues));
        }

        foreach (var category in taxonomy.Categories)
        {
            cues[k++] = Math.Min(Cap, OccurrencesOfAll(normalised, category.Keywords));
        }

        // Each rule is tried once; the first that fires is kept for the classifier's rule override.
        RoleRule? first = null;
        var fired = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in taxonomy.Rules)
        {
            if (!fired.Contains(rule.Role) && rule.Fires(normalised))
            {
                fired.Add(rule.Role);
                first ??= rule;
            }
        }

        foreach (var role in taxonomy.Roles)
        {
            cues[k++] = fired.Contains(role.Id) ? 1 : 0;
        }

        return new PassageRow { Text = normalised, Tokens = tokens, Cues = cues, Label = label, FiredRule = first };
    }

    // The occurrences of all the words (a loop over the immutable array: Enumerable.Sum would box it for every passage).
    private static int OccurrencesOfAll(string text, ImmutableArray<string> words)
    {
        var count = 0;
        foreach (var word in words)
        {
            count = checked(count + Occurrences(text, word));
        }

        return count;
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
