using System.ComponentModel;
using System.Globalization;
using RectifyNlp.Cli.Infrastructure;
using RectifyNlp.Nlp;
using RectifyNlp.Nlp.Classification;
using RectifyNlp.Nlp.Segmentation;
using RectifyNlp.Training.Classification;
using Spectre.Console.Cli;

namespace RectifyNlp.Cli.Commands;

/// <summary>
/// <c>rectify train</c>: retrains the role and category models from corpus/passages into models/classifiers
/// and prints their scores on the dev part and on the held-out test part.
/// </summary>
internal sealed class TrainCommand(ConsoleStreams streams) : Command<TrainCommand.Settings>
{
    internal sealed class Settings : GlobalSettings
    {
        [CommandOption("--dev")]
        [Description("另打印开发集（dev，用于调参；测试集只用于最终评分）上的完整报告")]
        public bool Dev { get; init; }

        [CommandOption("-o|--output <DIR>")]
        [Description("role.zip、category.zip（及导出的 .scorer）的输出文件夹，默认为 models/classifiers（即分析所用的模型）")]
        public string? Output { get; init; }

        [CommandOption("--export")]
        [Description("不训练，只从现有的 .zip 模型导出 role.scorer 和 category.scorer（分析时加载的快速评分器）")]
        public bool Export { get; init; }

        [CommandOption("--json")]
        [Description("以 JSON 输出：语料与划分、两个模型在开发集和测试集上的各类精确率/召回率/F1、混淆矩阵，以及测试集每个片段的预测与置信度，供脚本和 Jupyter 读取")]
        public bool Json { get; init; }

        [CommandOption("--corpus <DIR>")]
        [Description("已标注的片段（*.jsonl），默认为仓库中的 corpus/passages")]
        public string? Corpus { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var paths = ModelPaths.DiscoverCheckout();
        if (settings.Export)
        {
            var folder = settings.Output ?? Path.Combine(paths.ModelsDirectory, "classifiers");
            var cues = new PassageFeaturizer(Segmenter.Get(paths), Taxonomy.Load(Path.Combine(paths.ModelsDirectory, "taxonomy"))).CueCount;
            ScorerExport.ExportScorers(folder, cues);
            streams.Out.WriteLine($"exported role.scorer and category.scorer in {folder}");
            return 0;
        }

        var corpus = settings.Corpus ?? Path.Combine(paths.CorpusDirectory, "passages");
        if (!Directory.Exists(corpus))
        {
            streams.Error.WriteLine($"错误：语料目录不存在：{corpus}");
            return RectifyApp.InvalidInput;
        }

        var passages = CorpusPassage.ReadAll(corpus);
        var taxonomy = Taxonomy.Load(Path.Combine(paths.ModelsDirectory, "taxonomy"));
        var output = settings.Output ?? Path.Combine(paths.ModelsDirectory, "classifiers");
        var report = ClassifierTrainer.Train(passages, Segmenter.Get(paths), taxonomy, output);
        if (settings.Json)
        {
            streams.Out.WriteLine(Output.TrainingJson.Write(report, passages, taxonomy, output));
            return 0;
        }

        var inv = CultureInfo.InvariantCulture;
        var o = streams.Out;
        o.WriteLine(string.Create(inv, $"corpus: {passages.Count} passages in {passages.Select(p => p.Document).Distinct().Count()} documents; taxonomy {taxonomy.Version}"));
        o.WriteLine(string.Create(inv, $"split by document: train {report.Counts[SplitPart.Train]}, dev {report.Counts[SplitPart.Dev]}, test {report.Counts[SplitPart.Test]} passages"));
        o.WriteLine(string.Create(inv, $"training: {report.TrainTime.TotalSeconds:0.0} s for both models; prediction: {report.PredictMicroseconds:0} µs a passage (role and category)"));
        o.WriteLine();
        o.Write(report.RoleTest.Format("role — held-out test"));
        o.WriteLine();
        o.Write(report.CategoryTest.Format("category — held-out test"));
        o.WriteLine();
        // The targets are kept on the frozen part (corpus/passages/HELDOUT); documents added since are held out and shown apart.
        if (ClassifierTrainer.FrozenHeldOut(corpus) is { } frozen)
        {
            var roles = taxonomy.Roles.Select(r => r.Id).ToList();
            var categories = taxonomy.Categories.Select(c => c.Id).ToList();
            foreach (var (name, added) in new[] { ("frozen held-out part (HELDOUT)", false), ("held-out documents added since", true) })
            {
                var part = report.TestPredictions.Where(x => frozen.Contains(CorpusSplit.GroupOf(x.Passage.Document)) != added).ToList();
                var role = ClassificationScores.Compute([.. part.Select(x => x.Passage.Role)], [.. part.Select(x => x.Prediction.Role)], roles);
                var category = ClassificationScores.Compute([.. part.Select(x => x.Passage.Category)], [.. part.Select(x => x.Prediction.Category)], categories);
                o.WriteLine(string.Create(inv, $"{name}: {part.Count} passages, role macro-F1 {role.MacroF1:0.000}, category macro-F1 {category.MacroF1:0.000}"));
            }

            o.WriteLine();
        }
        if (settings.Dev)
        {
            o.Write(report.RoleDev.Format("role — dev"));
            o.WriteLine();
            o.Write(report.CategoryDev.Format("category — dev"));
            o.WriteLine();
            o.WriteLine("dev mistakes, most confident first:");
            foreach (var m in report.DevMistakes.Take(40))
            {
                o.WriteLine(string.Create(inv, $"  {m.Task,-8} gold {m.Gold,-22} predicted {m.Predicted,-22} {m.Confidence:0.00}  {m.Text}"));
            }

            o.WriteLine();
        }

        o.WriteLine(string.Create(inv, $"dev: role macro-F1 {report.RoleDev.MacroF1:0.000}, category macro-F1 {report.CategoryDev.MacroF1:0.000}"));
        o.WriteLine($"models written to {output}");
        return 0;
    }
}
