using System.ComponentModel;
using System.Globalization;
using RectifyNlp.Analysis;
using RectifyNlp.Analysis.Evaluation;
using RectifyNlp.Cli.Infrastructure;
using RectifyNlp.Core;
using RectifyNlp.Nlp;
using RectifyNlp.Nlp.Classification;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RectifyNlp.Cli.Commands;

/// <summary><c>rectify evaluate [--part test|dev|train|all] [--mistakes]</c>: the analysis scored on corpus/pairs.</summary>
internal sealed class EvaluateCommand(ConsoleStreams streams, DocumentParser parser) : Command<EvaluateCommand.Settings>
{
    internal sealed class Settings : GlobalSettings
    {
        [CommandOption("--part <PART>")]
        [Description("评测哪一部分：test（留出的测试集，默认）、dev、train 或 all")]
        [DefaultValue("test")]
        public string Part { get; init; } = "test";

        [CommandOption("--pairs <DIR>")]
        [Description("评测对所在的文件夹（默认为仓库中的 corpus/pairs）")]
        public string? Pairs { get; init; }

        [CommandOption("--variants")]
        [Description("另把每对文件改写成各种形式的变体（半角标点、重新编号、调换顺序、改标题、改条目、断行、台账行、GB18030/UTF-16），统计分析结果与原文保持一致（问题、对应、缺漏）的变体")]
        public bool Variants { get; init; }

        [CommandOption("--keep-variants <DIR>")]
        [Description("与 --variants 同用：把变体文件写入 DIR（评测对/变体/report.txt）并保留，便于查看分析读到的内容")]
        public string? KeepVariants { get; init; }

        [CommandOption("--mistakes")]
        [Description("另列出每处错误（漏找或多找的问题、错误的对应、漏报或误报的缺漏）")]
        public bool Mistakes { get; init; }

        public override ValidationResult Validate() =>
            Part is "test" or "dev" or "train" or "all" ? ValidationResult.Success() : ValidationResult.Error("--part 应为 test、dev、train 或 all");
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        // The gold pairs of corpus/ are a checkout's; pairs named on the command line can be scored with the installed models.
        var paths = settings.Pairs is null ? ModelPaths.DiscoverCheckout() : ModelPaths.Discover();
        var folder = settings.Pairs ?? Path.Combine(paths.CorpusDirectory, "pairs");
        if (!Directory.Exists(folder))
        {
            throw new Core.Documents.DocumentReadException(Core.Documents.DocumentReadError.NotFound, $"找不到评测对文件夹：{folder}");
        }

        if (GoldDocument.IsDocumentSet(folder))
        {
            return DocumentSet(folder, paths, settings.Mistakes);
        }

        SplitPart? part = settings.Part switch { "test" => SplitPart.Test, "dev" => SplitPart.Dev, "train" => SplitPart.Train, _ => null };
        using var analyzer = Analyzer.Load(paths);

        // Pairs in the shared check format (dev-pairs, corpus/heldout) are scored whole; corpus/pairs by part.
        var checks = GoldChecks.LoadAll(folder).ToList();
        var corpus = PairEvaluator.Part(GoldPair.LoadAll(folder), part).ToList();
        var strict = new List<StrictScore>();
        foreach (var gold in checks)
        {
            var feedback = gold.FeedbackPath is null ? null : parser.Parse(gold.FeedbackPath);
            strict.Add(StrictEvaluator.Score(gold, analyzer.Analyze(feedback, parser.Parse(gold.ReportPath))));
        }

        var lax = new List<PairScore>();
        foreach (var pair in corpus)
        {
            var report = parser.Parse(pair.ReportPath);
            var result = analyzer.Analyze(parser.Parse(pair.FeedbackPath), report);
            strict.Add(StrictEvaluator.Score(GoldChecks.FromCorpus(pair, report.Text.Text), result));
            lax.Add(PairEvaluator.Score(pair, result));
        }

        if (strict.Count == 0)
        {
            throw new Core.Documents.DocumentReadException(Core.Documents.DocumentReadError.NotFound, $"{folder} 中没有 gold.json");
        }

        StrictTable.Write(streams.Out, folder, strict);
        if (lax.Count > 0)
        {
            streams.Out.WriteLine();
            streams.Out.WriteLine("Earlier scoring (corpus gold; gaps in neither mustReport nor mustNotReport uncounted; problems matched by text):");
            streams.Out.WriteLine();
            EvaluationTable.Write(streams.Out, settings.Part, lax);
        }

        if (settings.Variants)
        {
            var golds = checks.Concat(corpus.Select(p => GoldChecks.FromCorpus(p, parser.Parse(p.ReportPath).Text.Text))).ToList();
            Variants(analyzer, golds, settings.Mistakes, settings.KeepVariants);
        }

        if (settings.Mistakes)
        {
            streams.Out.WriteLine();
            foreach (var mistake in StrictEvaluator.Total(strict).Mistakes.Concat(PairEvaluator.Total(lax).Mistakes))
            {
                streams.Out.WriteLine(mistake);
            }
        }

        return 0;
    }

    // Each pair rewritten into surface-form variants: the analysis of each must keep its original's.
    private void Variants(Analyzer analyzer, IReadOnlyList<GoldChecks> golds, bool withMistakes, string? keep)
    {
        var work = keep is null ? Directory.CreateTempSubdirectory("rectify-variants-") : Directory.CreateDirectory(keep);
        try
        {
            var run = VariantRun.Of(analyzer, parser.Parse, golds, work.FullName);
            var (kept, differences, total) = (run.Kept, run.Differences.ToList(), run.Total);
            streams.Out.WriteLine();
            streams.Out.WriteLine("Surface-form variants (analysis keeps the original's problems, answered, gaps and links):");
            streams.Out.WriteLine();
            EvaluationTable.Header(streams.Out, "variant", "kept");
            foreach (var (name, ratio) in kept.OrderBy(p => p.Key, StringComparer.Ordinal).Append(new("all", total)))
            {
                streams.Out.WriteLine($"| {name} | {ratio.Value.ToString("0.000", CultureInfo.InvariantCulture)} | {ratio.Hits} / {ratio.Total} |");
            }

            if (withMistakes)
            {
                streams.Out.WriteLine();
                differences.ForEach(streams.Out.WriteLine);
            }
        }
        finally
        {
            if (keep is null)
            {
                work.Delete(recursive: true);
            }
        }
    }

    // A set of single documents in published forms: is each one's kind right, are a feedback's problems found.
    private int DocumentSet(string folder, ModelPaths paths, bool withMistakes)
    {
        using var analyzer = Analyzer.Load(paths);
        var score = DocumentSetScore.Empty;
        var documents = GoldDocument.LoadSet(folder);
        foreach (var gold in documents)
        {
            var document = parser.Parse(gold.Path);
            var problems = gold.Kind.StartsWith("feedback", StringComparison.Ordinal) ? analyzer.Problems(document) : default;
            score = DocumentSetScore.Add(score, gold, document, problems.IsDefault ? null : problems);
        }

        streams.Out.WriteLine($"Documents: {documents.Count} in {folder}");
        streams.Out.WriteLine();
        EvaluationTable.Header(streams.Out);
        Row("document kind right", score.Kind);
        Row("feedback problem count exact", score.CountExact);
        Row("feedback problem count agreement (Σmin/Σmax)", score.CountAgreement);
        Row("gold problems found (by their text)", score.TextsFound);
        if (withMistakes)
        {
            streams.Out.WriteLine();
            foreach (var mistake in score.Mistakes)
            {
                streams.Out.WriteLine(mistake);
            }
        }

        return 0;

        void Row(string name, Ratio ratio) => EvaluationTable.Row(streams.Out, name, ratio);
    }
}

/// <summary>The strict evaluation as a Markdown table, then one line a pair.</summary>
internal static class StrictTable
{
    public static void Write(TextWriter output, string folder, IReadOnlyList<StrictScore> scores)
    {
        var total = StrictEvaluator.Total(scores);
        output.WriteLine($"Strict scoring: {scores.Count} pairs in {folder}");
        output.WriteLine();
        EvaluationTable.Header(output);
        Row(output, "gold checks passed", total.Checks);
        Row(output, "pairs whose problem count is exact", total.CountExact);
        Row(output, "answered / unanswered right", total.Answered);
        Row(output, "gap recall (must-flag on the right problem)", total.MustFlag);
        Row(output, "must-not-flag respected", total.MustNotFlag);
        Row(output, "measure → problem links right", total.Links);
        Row(output, "gap precision (every reported gap)", total.GapPrecision);
        foreach (var (kind, ratio) in total.MustFlagByKind)
        {
            Row(output, $"{kind} recall", ratio);
        }

        if (!total.FalseByKind.IsEmpty)
        {
            output.WriteLine();
            output.WriteLine("False gaps by kind: " + string.Join(", ", total.FalseByKind.Select(p => $"{p.Key} {p.Value}")));
        }

        output.WriteLine();
        foreach (var score in scores)
        {
            output.WriteLine($"{score.Pair}: checks {score.Checks.Hits}/{score.Checks.Total}, false gaps {score.GapPrecision.Total - score.GapPrecision.Hits}");
        }
    }

    private static void Row(TextWriter output, string name, Ratio ratio) => EvaluationTable.Row(output, name, ratio);
}

/// <summary>The evaluation as a Markdown table.</summary>
internal static class EvaluationTable
{
    public static void Write(TextWriter output, string part, IReadOnlyList<PairScore> scores)
    {
        var total = PairEvaluator.Total(scores);
        output.WriteLine($"Pairs: {scores.Count} ({part}): {string.Join(", ", scores.Select(s => s.Pair))}");
        output.WriteLine();
        EvaluationTable.Header(output);
        Row(output, "problem precision", total.ProblemPrecision);
        Row(output, "problem recall", total.ProblemRecall);
        Row(output, "matching accuracy", total.Matching);
        Row(output, "gap precision (all kinds)", PairEvaluator.OverallGapPrecision(total));
        Row(output, "gap recall (all kinds)", PairEvaluator.OverallGapRecall(total));
        foreach (var kind in GapKinds.All)
        {
            if (total.GapPrecision.TryGetValue(kind, out var p))
            {
                Row(output, $"{kind} precision", p);
            }

            if (total.GapRecall.TryGetValue(kind, out var r))
            {
                Row(output, $"{kind} recall", r);
            }
        }
    }

    /// <summary>The head of a quality table: its two named columns and hits / total.</summary>
    internal static void Header(TextWriter output, string name = "measure", string value = "value")
    {
        output.WriteLine($"| {name} | {value} | hits / total |");
        output.WriteLine("|---|---|---|");
    }

    /// <summary>One row of a quality table.</summary>
    internal static void Row(TextWriter output, string name, Ratio ratio) =>
        output.WriteLine($"| {name} | {ratio.Value.ToString("0.000", CultureInfo.InvariantCulture)} | {ratio.Hits} / {ratio.Total} |");
}
