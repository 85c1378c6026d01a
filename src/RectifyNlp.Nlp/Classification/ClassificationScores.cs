using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace RectifyNlp.Nlp.Classification;

/// <summary>Precision, recall and F1 of one class.</summary>
public sealed record ClassScore(string Label, double Precision, double Recall, double F1, int Support);

/// <summary>Scores of a classifier on a set of passages: per class, macro-F1 and the confusion matrix.</summary>
public sealed record ClassificationScores(ImmutableArray<ClassScore> Classes, double MacroF1, double Accuracy, ImmutableArray<string> Labels, int[,] Confusion)
{
    /// <summary>Scores from gold and predicted labels; the classes are those of <paramref name="labels"/>.</summary>
    public static ClassificationScores Compute(IReadOnlyList<string> gold, IReadOnlyList<string> predicted, IEnumerable<string> labels)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var names = labels.ToImmutableArray();
        var index = names.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        var confusion = new int[names.Length, names.Length];
        for (var i = 0; i < gold.Count; i++)
        {
            if (index.TryGetValue(gold[i], out var g) && index.TryGetValue(predicted[i], out var p))
            {
                confusion[g, p]++;
            }
        }

        var classes = ImmutableArray.CreateBuilder<ClassScore>();
        for (var c = 0; c < names.Length; c++)
        {
            int tp = confusion[c, c], support = 0, predictedCount = 0;
            for (var o = 0; o < names.Length; o++)
            {
                support += confusion[c, o];
                predictedCount += confusion[o, c];
            }

            var precision = predictedCount == 0 ? 0 : (double)tp / predictedCount;
            var recall = support == 0 ? 0 : (double)tp / support;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            classes.Add(new ClassScore(names[c], precision, recall, f1, support));
        }

        // Macro-F1 over the classes the set holds: a class with no gold passage there says nothing.
        var present = classes.Where(c => c.Support > 0).ToList();
        var macro = present.Count == 0 ? 0 : present.Average(c => c.F1);
        var correct = Enumerable.Range(0, gold.Count).Count(i => gold[i] == predicted[i]);
        return new ClassificationScores(classes.ToImmutable(), macro, gold.Count == 0 ? 0 : (double)correct / gold.Count, names, confusion);
    }

    /// <summary>The report <c>rectify train</c> prints: per-class table, macro-F1, confusion matrix.</summary>
    public string Format(string title)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        var width = Math.Max(8, Labels.Max(l => l.Length));
        text.AppendLine(title);
        text.AppendLine(inv, $"  {"class".PadRight(width)}  precision  recall     f1  support");
        foreach (var c in Classes)
        {
            text.AppendLine(inv, $"  {c.Label.PadRight(width)}  {c.Precision,9:0.000}  {c.Recall,6:0.000}  {c.F1,5:0.000}  {c.Support,7}");
        }

        text.AppendLine(inv, $"  accuracy: {Accuracy:0.000}");
        // Truncated, not rounded: a printed 0.85 never stands for 0.848.
        text.AppendLine(inv, $"  macro-F1: {Math.Floor(MacroF1 * 100) / 100:0.00} ({MacroF1:0.0000})");
        text.AppendLine("  confusion (rows gold, columns predicted):");
        var abbreviations = Labels.Select(l => l.Length > 6 ? l[..6] : l).ToList();
        text.Append("  ").Append(string.Empty.PadRight(width)).AppendLine(string.Concat(abbreviations.Select(a => a.PadLeft(7))));
        for (var g = 0; g < Labels.Length; g++)
        {
            text.Append("  ").Append(Labels[g].PadRight(width));
            for (var p = 0; p < Labels.Length; p++)
            {
                text.Append(Confusion[g, p].ToString(inv).PadLeft(7));
            }

            text.AppendLine();
        }

        return text.ToString();
    }
}
