using System.ComponentModel;
using System.Text;
using RectifyNlp.Analysis;
using RectifyNlp.Application;
using RectifyNlp.Cli.Infrastructure;
using RectifyNlp.Cli.Output;
using RectifyNlp.Core;
using RectifyNlp.Core.IO;
using RectifyNlp.Nlp;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RectifyNlp.Cli.Commands;

/// <summary>
/// <c>rectify analyze [--feedback FILE] --report FILE [--json] [--html OUT]</c>: matches the report's measures
/// to the feedback's problems and prints the gaps; with <c>--fail-on high|medium|low</c>, exits
/// <see cref="RectifyApp.GapsFound"/> when gaps at or above that severity were found.
/// </summary>
internal sealed class AnalyzeCommand(ConsoleStreams streams, DocumentParser parser) : Command<AnalyzeCommand.Settings>
{
    internal sealed class Settings : LlmSettingsBase
    {
        [CommandOption("--feedback <FILE>")]
        [Description("巡察反馈意见或反馈会讲话（.txt、.docx、.pdf、.html）。不给时，问题取自整改报告自己复述的问题")]
        public string? Feedback { get; init; }

        [CommandOption("--report <FILE>")]
        [Description("要审读的整改报告（或整改进展情况通报），必填")]
        public string? Report { get; init; }

        [CommandOption("--json")]
        [Description("以 JSON 输出分析结果（CONTRACT.md 规定的格式，schemaVersion 1）")]
        public bool Json { get; init; }

        [CommandOption("--html <OUT>")]
        [Description("另写一个独立的 HTML 页面：两份文本对照，标出问题、措施与缺漏，附问题×措施矩阵")]
        public string? Html { get; init; }

        [CommandOption("--others <DIR>")]
        [Description("其他单位整改报告所在的文件夹（含子文件夹）：与其中措施几乎逐字相同的措施标为照搬")]
        public string? Others { get; init; }

        [CommandOption("--time-limit <SECONDS>")]
        [Description("读取与分析超过这么多秒即停止（退出码 1 并说明原因）；0 表示不限。默认 60 秒，百页的报告只需几秒")]
        [DefaultValue(60.0)]
        public double TimeLimit { get; init; } = 60;

        [CommandOption("--fail-on <SEVERITY>")]
        [Description("有达到该程度（high 高、medium 中、low 低）及以上的需关注事项时，输出照常、以退出码 3 结束，供脚本判断。")]
        public string? FailOn { get; init; }

        /// <summary>The severity --fail-on names, or null.</summary>
        public Severity? FailOnSeverity => FailOn switch
        {
            "high" or "高" => Severity.High,
            "medium" or "中" => Severity.Medium,
            "low" or "低" => Severity.Low,
            _ => null,
        };

        [CommandOption("--force")]
        [Description("文件看起来放反了或不像整改报告时，仍照样分析（在标准错误输出中提示一行），而不是拒绝")]
        public bool Force { get; init; }

        [CommandOption("--timing")]
        [Description("在标准错误输出中列出各阶段（读取、加载模型、分析、输出）所用时间")]
        public bool Timing { get; init; }

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Report))
            {
                return ValidationResult.Error("缺少 --report FILE（要审读的整改报告）");
            }

            if (FailOn is not null && FailOnSeverity is null)
            {
                return ValidationResult.Error($"--fail-on 应为 high、medium 或 low（高、中、低），而不是“{FailOn}”");
            }

            if (TimeLimit < 0 || double.IsNaN(TimeLimit))
            {
                return ValidationResult.Error("--time-limit 应为不小于 0 的秒数（0 表示不限）");
            }

            if (Html is not null && (string.IsNullOrWhiteSpace(Html) || Directory.Exists(Html)))
            {
                return ValidationResult.Error("--html 需要一个要写入的文件名");
            }

            if (Others is not null && !Directory.Exists(Others))
            {
                return ValidationResult.Error($"--others：{Others} 不是文件夹");
            }

            if (Html is not null && !Directory.Exists(Path.GetDirectoryName(Path.GetFullPath(Html))))
            {
                return ValidationResult.Error($"--html：{Html} 所在的文件夹不存在");
            }

            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        Analyse(settings, cancellationToken);

    /// <summary>The analysis the settings ask for; also run directly for a plain command line (<see cref="AnalyzeShortcut"/>).</summary>
    internal int Analyse(Settings settings, CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var timings = new List<string>();
        void Lap(string stage)
        {
            timings.Add($"{stage} {clock.Elapsed.TotalMilliseconds:0} ms");
            clock.Restart();
        }

        var paths = ModelPaths.Discover();
        var assistant = LlmAssist.Create(settings, paths, streams);
        // The models load while the documents are read: a cold analysis waits for the longer of the two, not for both
        // one after the other. "load" in --timing is the wait for the models left once the documents are read.
        var loading = Task.Run(() => RectifyApplication.Load(paths, new RectifyApplicationOptions(parser, Assistant: assistant)), CancellationToken.None);
        try
        {
            return Run(settings, loading, Lap, timings, cancellationToken);
        }
        finally
        {
            // Disposed when the command is done, or as soon as it has loaded when reading failed or ran out of time.
            loading.ContinueWith(static t => { if (t.IsCompletedSuccessfully) { t.Result.Dispose(); } else { _ = t.Exception; } }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        }
    }

    private int Run(Settings settings, Task<RectifyApplication> loading, Action<string> lap, List<string> timings, CancellationToken cancellationToken)
    {
        var analysis = TimeLimit.Run(
            stop =>
            {
                var feedbackDocument = settings.Feedback is null ? null : parser.Parse(settings.Feedback, stop);
                var reportDocument = parser.Parse(settings.Report!, stop);
                if (InputCheck.Refusal(feedbackDocument, reportDocument) is { } refusal)
                {
                    if (!settings.Force)
                    {
                        throw new Core.Documents.DocumentReadException(Core.Documents.DocumentReadError.Unsupported, refusal + "（确需分析请加 --force）");
                    }

                    streams.Error.WriteLine("提示：" + refusal.TrimEnd('。') + "；因 --force 仍照样分析。");
                }

                lap("read");
                var application = loading.GetAwaiter().GetResult();
                lap("load");
                var others = settings.Others is null ? null : ReadOthers(application.Analyzer, settings.Others, settings.Report!);
                // The model, if any, is asked after: the time limit bounds the reading and the offline analysis.
                var offline = application.Analyze(feedbackDocument, reportDocument, others, assist: false, stop);
                lap("analyse");
                return offline;
            },
            settings.TimeLimit,
            $"{Path.GetFileName(settings.Report)}：读取与分析");

        var application = loading.GetAwaiter().GetResult();
        if (application.Assistant is not null)
        {
            analysis = application.Review(analysis, cancellationToken);
            lap("model");
        }

        if (settings.Html is not null)
        {
            var html = new UTF8Encoding(false).GetBytes(analysis.Html());
            AtomicFile.Write(settings.Html, stream => stream.Write(html));
        }

        if (settings.Json)
        {
            streams.Out.WriteLine(analysis.Json());
        }
        else
        {
            AnalysisText.Write(streams.Out, analysis.Result, analysis.Feedback, analysis.Report, analysis.CategoryName, streams.Colour);
            LlmAssist.Write(streams.Out, analysis.Assist);
            if (settings.Html is not null)
            {
                streams.Out.WriteLine();
                streams.Out.WriteLine($"HTML 报告已写入：{settings.Html}");
            }

            AnalysisText.WriteNextStep(streams.Out, settings.Feedback, settings.Report!, settings.Html);
        }

        lap("write");
        if (settings.Timing)
        {
            streams.Error.WriteLine("timing: " + string.Join("; ", timings) + $"; process {(DateTime.Now - System.Diagnostics.Process.GetCurrentProcess().StartTime).TotalMilliseconds:0} ms");
        }

        var gaps = analysis.Result.Gaps;
        if (settings.FailOnSeverity is { } threshold && gaps.Any(g => g.Severity >= threshold))
        {
            streams.Error.WriteLine($"有{SeverityNames.Chinese(threshold)}及以上程度的需关注事项 {gaps.Count(g => g.Severity >= threshold)} 项（--fail-on {settings.FailOn}），退出码 {RectifyApp.GapsFound}");
            return RectifyApp.GapsFound;
        }

        return 0;
    }

    // Every rectification report under the folder but the one analysed; a file that cannot be read is named and skipped.
    private NearDuplicateIndex ReadOthers(Analyzer analyzer, string folder, string analysed)
    {
        var index = new NearDuplicateIndex();
        var self = Path.GetFullPath(analysed);
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint };
        foreach (var path in Directory.EnumerateFiles(folder, "*", options).Order(StringComparer.Ordinal))
        {
            if (Path.GetFullPath(path) == self)
            {
                continue;
            }

            ParsedDocument document;
            try
            {
                document = parser.Parse(path);
            }
            catch (Core.Documents.DocumentReadException e)
            {
                streams.Error.WriteLine($"跳过：{e.Message}");
                continue;
            }

            if (document.Structure.Kind.Kind is Core.Structure.DocumentKind.RectificationReport or Core.Structure.DocumentKind.RectificationPlan)
            {
                var source = $"《{document.Structure.Title}》（{Path.GetRelativePath(folder, path)}）";
                foreach (var text in analyzer.MeasureTexts(document))
                {
                    index.Add(new ForeignMeasure(source, text));
                }
            }
        }

        return index;
    }
}
