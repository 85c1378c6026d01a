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
        [Description("Which pairs: test (held out, the default), dev, train or all.")]
        [DefaultValue("test")]
        public string Part { get; init; } = "test";

        [CommandOption("--pairs <DIR>")]
        [Description("The pairs folder (default: corpus/pairs beside models/).")]
        public string? Pairs { get; init; }

        [CommandOption("--mistakes")]
        [Description("Also list every mistake (missed or extra problems, wrong matches, missed or false gaps).")]
        public bool Mistakes { get; init; }

        public override ValidationResult Validate() =>
            Part is "test" or "dev" or "train" or "all" ? ValidationResult.Success() : ValidationResult.Error("--part must be test, dev, train or all");
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var paths = ModelPaths.Discover();
        var folder = settings.Pairs ?? Path.Combine(paths.CorpusDirectory, "pairs");
        SplitPart? part = settings.Part switch { "test" => SplitPart.Test, "dev" => SplitPart.Dev, "train" => SplitPart.Train, _ => null };
        var pairs = PairEvaluator.Part(GoldPair.LoadAll(folder), part).ToList();
        using var analyzer = Analyzer.Load(paths);
        var scores = pairs.Select(p => PairEvaluator.Score(p, analyzer.Analyze(parser.Parse(p.FeedbackPath), parser.Parse(p.ReportPath)))).ToList();
        EvaluationTable.Write(streams.Out, settings.Part, scores);
        if (settings.Mistakes)
        {
            foreach (var mistake in PairEvaluator.Total(scores).Mistakes)
            {
                streams.Out.WriteLine(mistake);
            }
        }

        return 0;
    }
}

/// <summary>The evaluation as a Markdown table.</summary>
internal static class EvaluationTable
{
    public static void Write(TextWriter output, string part, IReadOnlyList<PairScore> scores)
    {
        var total = PairEvaluator.Total(scores);
        output.WriteLine($"Pairs: {scores.Count} ({part}): {string.Join(", ", scores.Select(s => s.Pair))}");
        output.WriteLine();
        output.WriteLine("| measure | value | hits / total |");
        output.WriteLine("|---|---|---|");
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

    private static void Row(TextWriter output, string name, Ratio ratio) =>
        output.WriteLine($"| {name} | {ratio.Value.ToString("0.000", CultureInfo.InvariantCulture)} | {ratio.Hits} / {ratio.Total} |");
}
