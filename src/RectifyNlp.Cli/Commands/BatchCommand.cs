using System.ComponentModel;
using System.Globalization;
using RectifyNlp.Application;
using RectifyNlp.Batch;
using RectifyNlp.Cli.Infrastructure;
using RectifyNlp.Core;
using RectifyNlp.Nlp;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RectifyNlp.Cli.Commands;

/// <summary>
/// <c>rectify batch DIR [-o OUTDIR] [--store PATH] [--threads N]</c>: analyses every feedback/report pair under
/// DIR/&lt;round&gt;/&lt;unit&gt;/ into the store and writes the dashboard, summary.json and the exports.
/// </summary>
internal sealed class BatchCommand(ConsoleStreams streams, DocumentParser parser) : Command<BatchCommand.Settings>
{
    internal sealed class Settings : GlobalSettings
    {
        [CommandArgument(0, "[DIR]")]
        [Description("批量文件夹：DIR/<轮次>/<单位>/ 中放各单位的反馈意见和整改报告（按文件名区分，否则按内容判断）")]
        public string? Folder { get; init; }

        [CommandOption("--manifest <CSV>")]
        [Description("文件不按上述目录存放时代替 DIR：CSV 清单，表头为 round,unit,feedback,report（路径相对于清单；feedback 可空）")]
        public string? Manifest { get; init; }

        [CommandOption("-o|--output <OUTDIR>")]
        [Description("index.html、summary.json、CSV 文件和 batch.xlsx 的输出文件夹（默认 rectify-batch）")]
        public string Output { get; init; } = "rectify-batch";

        [CommandOption("--store <PATH>")]
        [Description("SQLite 存储文件（默认 OUTDIR/rectify.db）；再次运行时沿用其中已有的结果")]
        public string? Store { get; init; }

        [CommandOption("--threads <N>")]
        [Description("同时分析几对文件（默认每个处理器核心一对）")]
        public int? Threads { get; init; }

        public override ValidationResult Validate()
        {
            if ((Folder is null) == (Manifest is null))
            {
                return ValidationResult.Error("请给出 DIR 或 --manifest CSV 之一");
            }

            return Threads is null or (> 0 and <= 256) ? ValidationResult.Success() : ValidationResult.Error("--threads 应在 1 到 256 之间");
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        IReadOnlyList<UnitFolder> units;
        if (settings.Manifest is not null)
        {
            if (!File.Exists(settings.Manifest))
            {
                streams.Error.WriteLine($"错误：清单文件不存在：{settings.Manifest}");
                return RectifyApp.InvalidInput;
            }

            try
            {
                units = BatchInput.FromManifest(settings.Manifest);
            }
            catch (InvalidDataException e)
            {
                streams.Error.WriteLine("错误：" + e.Message);
                return RectifyApp.InvalidInput;
            }
        }
        else if (!Directory.Exists(settings.Folder))
        {
            streams.Error.WriteLine($"错误：批处理目录不存在：{settings.Folder}");
            return RectifyApp.InvalidInput;
        }
        else
        {
            units = BatchInput.Discover(settings.Folder!);
        }

        if (units.Count == 0)
        {
            streams.Error.WriteLine($"错误：{settings.Folder ?? settings.Manifest} 中没有找到任何单位的文件（应为 目录/轮次/单位/ 下的反馈意见和整改报告）");
            return RectifyApp.InvalidInput;
        }

        Directory.CreateDirectory(settings.Output);
        var paths = ModelPaths.Discover();
        using var application = RectifyApplication.Load(paths, new RectifyApplicationOptions(parser, Throughput: true));
        using var store = new BatchStore(settings.Store ?? Path.Combine(settings.Output, "rectify.db"));
        var runner = new BatchRunner(application, store, BatchRunner.Fingerprint(paths));
        BatchRun run;
        if (Console.IsErrorRedirected || streams.Error != Console.Error)
        {
            // Not a terminal (a log, a scheduler, a pipe): plain lines, one at each tenth done and at most every
            // five seconds between them, so a long batch shows it is alive without flooding the log.
            var progress = new PlainProgress(streams.Error, TimeSpan.FromSeconds(5));
            run = runner.Run(units, progress.Report, settings.Threads, cancellationToken);
        }
        else
        {
            // Progress on the terminal: units done, units a second, time left.
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            run = console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedlessRateColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask("分析", maxValue: 1);
                    return runner.Run(units, (done, total) =>
                    {
                        task.MaxValue = total;
                        task.Value = done;
                    }, settings.Threads, cancellationToken);
                });
        }

        var summary = BatchSummary.Compute(run, application.Analyzer.Cues);
        BatchOutput.Write(settings.Output, summary, run, store);
        var rate = run.Analysed / Math.Max(run.Elapsed.TotalMinutes, 1e-9);
        streams.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{summary.Rounds.Count} 个轮次，{summary.Units.Count} 个单位，{summary.Pairs.Count} 份报告：本次分析 {run.Analysed} 份，沿用已存结果 {run.Reused} 份，未能分析 {run.Failures.Count} 项；用时 {run.Elapsed.TotalSeconds:0.0} 秒（{rate:0} 对/分钟）"));
        streams.Out.WriteLine($"屡查屡犯 {summary.Recurrences.Count} 项；结果在 {Path.Combine(settings.Output, "index.html")}");
        foreach (var failure in run.Failures)
        {
            streams.Out.WriteLine($"未能分析：{failure.Round}/{failure.Unit} {Path.GetFileName(failure.Path)}：{failure.Reason}");
        }

        return 0;
    }

    /// <summary>
    /// Progress as plain lines for a log: <c>分析进度：3 / 40 份（每轮每个单位一份），已用 2 秒</c> at each tenth of the
    /// batch and, between them, at most every <paramref name="every"/>; the last always.
    /// </summary>
    internal sealed class PlainProgress(TextWriter error, TimeSpan every)
    {
        private readonly Lock _gate = new();
        private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
        private TimeSpan _last = TimeSpan.Zero;
        private int _tenth;
        private int _shown;

        public void Report(int done, int total)
        {
            lock (_gate)
            {
                // Workers report out of order: a count below one already shown says nothing new.
                var tenth = total == 0 ? 10 : done * 10 / total;
                if (done <= _shown || (done < total && tenth <= _tenth && _clock.Elapsed - _last < every))
                {
                    return;
                }

                _tenth = Math.Max(_tenth, tenth);
                _shown = done;
                _last = _clock.Elapsed;
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"分析进度：{done} / {total} 份（每轮每个单位一份），已用 {_clock.Elapsed.TotalSeconds:0} 秒"));
                error.Flush();
            }
        }
    }

    /// <summary>Units per second, without Spectre's byte units.</summary>
    private sealed class TransferSpeedlessRateColumn : ProgressColumn
    {
        public override Spectre.Console.Rendering.IRenderable Render(Spectre.Console.Rendering.RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(task.Speed is { } speed ? string.Create(CultureInfo.InvariantCulture, $"{speed:0.0} 个/秒") : "");
    }
}

/// <summary><c>rectify search QUERY [--store PATH]</c>: full-text search over the documents a batch stored.</summary>
internal sealed class SearchCommand(ConsoleStreams streams) : Command<SearchCommand.Settings>
{
    private static readonly System.Text.Json.JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

    internal sealed class Settings : GlobalSettings
    {
        [CommandArgument(0, "<QUERY>")]
        [Description("要查找的词（中文按原文匹配；三个字及以上使用三字索引）")]
        public string Query { get; init; } = string.Empty;

        [CommandOption("--store <PATH>")]
        [Description("批量分析写入的存储文件（默认 rectify-batch/rectify.db）")]
        public string Store { get; init; } = Path.Combine("rectify-batch", "rectify.db");

        [CommandOption("--limit <N>")]
        [Description("最多列出多少条结果（默认 50）")]
        [DefaultValue(50)]
        public int Limit { get; init; } = 50;

        [CommandOption("--json")]
        [Description("以 JSON 输出（query、count，以及每处命中的 round、unit（目录）、unitName（文件中的单位名称）、path、title、snippet），供脚本和 Jupyter 读取")]
        public bool Json { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.Store))
        {
            streams.Error.WriteLine($"错误：找不到批处理库：{settings.Store}（先运行 rectify batch）");
            return RectifyApp.InvalidInput;
        }

        using var store = new BatchStore(settings.Store);
        var hits = store.Search(settings.Query, settings.Limit);
        if (settings.Json)
        {
            streams.Out.WriteLine(System.Text.Json.JsonSerializer.Serialize(
                new { query = settings.Query, count = hits.Count, hits = hits.Select(h => new { round = h.Round, unit = h.Unit, unitName = h.UnitName, path = h.Path, title = h.Title, snippet = h.Snippet }) },
                JsonOptions));
            return 0;
        }

        foreach (var hit in hits)
        {
            var name = hit.UnitName is null ? "" : $"（{hit.UnitName}）";
            streams.Out.WriteLine($"{hit.Round}/{hit.Unit}{name}\t{hit.Path}\t{hit.Snippet.ReplaceLineEndings(" ")}");
        }

        streams.Error.WriteLine($"{hits.Count} 处");
        return 0;
    }
}
