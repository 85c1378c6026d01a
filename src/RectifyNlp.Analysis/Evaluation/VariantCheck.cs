using System.Collections.Immutable;

namespace RectifyNlp.Analysis.Evaluation;

/// <summary>
/// What a surface-form variant must keep of its original's analysis (metamorphic testing): the number of
/// problems, which problems are answered, the gaps (kind and problem number), and the problem each gold link's
/// measure is linked to. Problems are numbered by position, as the strict scoring numbers them.
/// </summary>
/// <param name="Problems">How many problems.</param>
/// <param name="Answered">The numbers of the answered problems.</param>
/// <param name="Gaps">Each gap as kind@number (kind@- for the report as a whole).</param>
/// <param name="Links">For each gold link, the problem numbers of the measure holding it.</param>
public sealed record VariantSignature(int Problems, ImmutableSortedSet<int> Answered, ImmutableSortedSet<string> Gaps, ImmutableArray<string> Links)
{
    /// <summary>The signature of <paramref name="result"/>; <paramref name="links"/> are the gold link pieces as the variant writes them.</summary>
    public static VariantSignature Of(AnalysisResult result, IEnumerable<string> links)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(links);
        var number = result.Issues.OrderBy(i => i.Span.Start).Select((issue, n) => (issue.Id, n)).ToDictionary(p => p.Id, p => p.n + 1, StringComparer.Ordinal);
        var answered = result.Issues.Where(i => result.Measures.Any(m => m.IssueIds.Contains(i.Id))).Select(i => number[i.Id]);
        var gaps = result.Gaps.Select(g => g.Kind + "@" + (g.IssueId is null ? "-" : number.GetValueOrDefault(g.IssueId).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var linked = links.Select(piece =>
        {
            // A piece's closing 。 is not part of what it says: a ledger cell drops it.
            // A ledger row moves a piece's fields to their own cells (SurfaceVariants.AsLedgerCell).
            var holder = Holder(piece) ?? Holder(SurfaceVariants.AsLedgerCell(piece));
            return holder is null ? "none" : string.Join(",", holder.IssueIds.Select(i => number.GetValueOrDefault(i)).Order());
        });
        return new VariantSignature(result.Issues.Length, [.. answered], [.. gaps], [.. linked]);

        Measure? Holder(string piece)
        {
            var wanted = Joined(piece).TrimEnd('.', ';', '；', '。');
            return wanted.Length == 0 ? null : result.Measures.FirstOrDefault(m => Joined(m.Text).Contains(wanted, StringComparison.Ordinal));
        }
    }

    /// <summary>How this signature differs from <paramref name="original"/>, or empty when it keeps everything.</summary>
    public string DifferenceFrom(VariantSignature original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var parts = new List<string>();
        if (Problems != original.Problems)
        {
            parts.Add($"问题数 {Problems}≠{original.Problems}");
        }

        if (!Answered.SetEquals(original.Answered))
        {
            parts.Add($"已回应 [{string.Join(",", Answered)}]≠[{string.Join(",", original.Answered)}]");
        }

        if (!Gaps.SetEquals(original.Gaps))
        {
            parts.Add($"缺陷 多[{string.Join(" ", Gaps.Except(original.Gaps))}] 少[{string.Join(" ", original.Gaps.Except(Gaps))}]");
        }

        if (!Links.SequenceEqual(original.Links))
        {
            parts.Add($"链接 [{string.Join(" ", Links)}]≠[{string.Join(" ", original.Links)}]");
        }

        return string.Join("；", parts);
    }

    // Hard-wrapped lines and half-width spaces must not decide whether a piece is found.
    /// <summary>
    /// The text with line breaks taken out and punctuation folded to one width (，→, 。→. “”→" …), so a
    /// gold piece finds its measure whichever width the variant or the normaliser wrote.
    /// </summary>
    private static string Joined(string text)
    {
        var folded = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\n' or '\r':
                    break;
                case >= '\uFF01' and <= '\uFF5E':
                    folded.Append((char)(c - 0xFEE0));
                    break;
                case '。':
                    folded.Append('.');
                    break;
                case '“' or '”':
                    folded.Append('"');
                    break;
                case '‘' or '’':
                    folded.Append('\'');
                    break;
                default:
                    folded.Append(c);
                    break;
            }
        }

        return folded.ToString();
    }
}

/// <summary>How many variants of each kind kept their original's analysis, and how the others differ.</summary>
/// <param name="Kept">Per variant kind: kept / written.</param>
/// <param name="Differences">One line per variant that did not keep it: pair, kind and the difference.</param>
public sealed record VariantRun(IReadOnlyDictionary<string, Ratio> Kept, IReadOnlyList<string> Differences)
{
    /// <summary>Every kind together.</summary>
    public Ratio Total => Kept.Values.Aggregate(default(Ratio), (a, r) => a + r);

    /// <summary>
    /// Rewrites every pair of <paramref name="golds"/> into its surface-form variants, writes each as a file under
    /// <paramref name="folder"/> (pair/variant/report.txt, in the variant's encoding, so the reader decodes it as a
    /// user's file) and compares the analysis of each with the original's.
    /// </summary>
    public static VariantRun Of(Analyzer analyzer, Func<string, Core.ParsedDocument> parse, IEnumerable<GoldChecks> golds, string folder)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(golds);
        var kept = new SortedDictionary<string, Ratio>(StringComparer.Ordinal);
        var differences = new List<string>();
        foreach (var gold in golds)
        {
            var feedback = gold.FeedbackPath is null ? null : parse(gold.FeedbackPath);
            var report = parse(gold.ReportPath);
            var original = VariantSignature.Of(analyzer.Analyze(feedback, report), gold.Links.Select(l => l.Measure));
            foreach (var variant in SurfaceVariants.Of(feedback?.Text.Text, report.Text.Text))
            {
                var variantFolder = Directory.CreateDirectory(Path.Combine(folder, gold.Pair, variant.Name)).FullName;
                Core.ParsedDocument? variantFeedback = null;
                if (variant.Feedback is not null)
                {
                    File.WriteAllText(Path.Combine(variantFolder, "feedback.txt"), variant.Feedback, new System.Text.UTF8Encoding(false));
                    variantFeedback = parse(Path.Combine(variantFolder, "feedback.txt"));
                }

                var reportPath = Path.Combine(variantFolder, "report.txt");
                File.WriteAllBytes(reportPath, [.. variant.Encoding.GetPreamble(), .. variant.Encoding.GetBytes(variant.Report)]);
                var signature = VariantSignature.Of(analyzer.Analyze(variantFeedback, parse(reportPath)), gold.Links.Select(l => variant.Map(l.Measure)));
                var difference = signature.DifferenceFrom(original);
                kept[variant.Name] = kept.GetValueOrDefault(variant.Name) + new Ratio(difference.Length == 0 ? 1 : 0, 1);
                if (difference.Length > 0)
                {
                    differences.Add($"{gold.Pair} {variant.Name}: {difference}");
                }
            }
        }

        return new VariantRun(kept, differences);
    }
}
