using System.ComponentModel;
using System.Text;
using RectifyNlp.Analysis;
using RectifyNlp.Application;
using RectifyNlp.Checklists;
using RectifyNlp.Cli.Infrastructure;
using RectifyNlp.Core;
using RectifyNlp.Core.IO;
using RectifyNlp.Nlp;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RectifyNlp.Cli.Commands;

/// <summary>
/// <c>rectify checklist --feedback FILE [--report FILE] [-o OUT.docx|.xlsx|.md]</c>: the review checklist,
/// per problem and for the rectification as a whole; without a report, a pre-review list from the feedback.
/// </summary>
internal sealed class ChecklistCommand(ConsoleStreams streams, DocumentParser parser) : Command<ChecklistCommand.Settings>
{
    internal sealed class Settings : LlmSettingsBase
    {
        [CommandOption("--feedback <FILE>")]
        [Description("巡察反馈意见或反馈会讲话，必填")]
        public string? Feedback { get; init; }

        [CommandOption("--report <FILE>")]
        [Description("被巡察单位的整改报告；不给时，只根据反馈意见生成审核前的清单")]
        public string? Report { get; init; }

        [CommandOption("-o|--output <OUT>")]
        [Description("输出文件：.docx（Word）、.xlsx（台账格式）或 .md；不给时以 Markdown 输出到标准输出")]
        public string? Output { get; init; }

        [CommandOption("--force")]
        [Description("文件看起来放反了或不像整改报告时，仍照样生成（在标准错误输出中提示一行），而不是拒绝")]
        public bool Force { get; init; }

        [CommandOption("--layout <LAYOUT>")]
        [Description("Word 文件的版式：working（工作底稿，默认）或 gongwen（公文，按 GB/T 9704：仿宋_GB2312 三号正文、方正小标宋简体二号标题、天头 37 mm、订口 28 mm、“— 1 —”页码）")]
        public string? Layout { get; init; }

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Feedback))
            {
                return ValidationResult.Error("缺少 --feedback FILE（反馈意见）");
            }

            if (Output is not null)
            {
                var extension = Path.GetExtension(Output).ToLowerInvariant();
                if (extension is not (".docx" or ".xlsx" or ".md"))
                {
                    return ValidationResult.Error("-o 的文件名应以 .docx、.xlsx 或 .md 结尾");
                }

                if (!Directory.Exists(Path.GetDirectoryName(Path.GetFullPath(Output))))
                {
                    return ValidationResult.Error($"-o：{Output} 所在的文件夹不存在");
                }
            }

            if (Layout is not null)
            {
                if (WordLayout.Named(Layout) is null)
                {
                    return ValidationResult.Error($"--layout 应为 working（工作底稿）或 gongwen（公文），而不是 {Layout}");
                }

                if (Output is null || !Output.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
                {
                    return ValidationResult.Error("--layout 只用于 Word 文件（-o 以 .docx 结尾）");
                }
            }

            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var feedback = parser.Parse(settings.Feedback!, cancellationToken);
        var report = settings.Report is null ? null : parser.Parse(settings.Report, cancellationToken);
        if (report is not null && InputCheck.Refusal(feedback, report) is { } refusal)
        {
            // As analyze: a swapped pair or a "report" that is none makes a checklist of nonsense.
            if (!settings.Force)
            {
                streams.Error.WriteLine("错误：" + refusal + "（确需生成请加 --force）");
                return RectifyApp.InvalidInput;
            }

            streams.Error.WriteLine("提示：" + refusal.TrimEnd('。') + "；因 --force 仍照样生成。");
        }

        var paths = ModelPaths.Discover();
        // With a model configured, its follow-up questions join each problem's, marked as generated.
        using var application = RectifyApplication.Load(paths, new RectifyApplicationOptions(parser, Assistant: report is null ? null : LlmAssist.Create(settings, paths, streams)));
        var checklist = report is null
            ? application.PreReviewChecklist(feedback)
            : application.Analyze(feedback, report, cancellationToken: cancellationToken).Checklist;
        if (checklist.Problems.IsEmpty)
        {
            streams.Error.WriteLine($"错误：{feedback.Raw.SourceName} 中未找到逐条列出的问题，无法生成核查清单（反馈会讲话请同时提供 --report）");
            return RectifyApp.InvalidInput;
        }

        if (settings.Output is null)
        {
            streams.Out.Write(MarkdownChecklist.Write(checklist));
            return 0;
        }

        var extension = Path.GetExtension(settings.Output).ToLowerInvariant();
        AtomicFile.Write(settings.Output, stream =>
        {
            switch (extension)
            {
                case ".docx":
                    WordChecklist.Write(checklist, stream, WordLayout.Named(settings.Layout ?? "working")!);
                    break;
                case ".xlsx":
                    ExcelChecklist.Write(checklist, stream);
                    break;
                default:
                    var bytes = new UTF8Encoding(false).GetBytes(MarkdownChecklist.Write(checklist));
                    stream.Write(bytes);
                    break;
            }
        });
        streams.Out.WriteLine($"核查清单已写入：{settings.Output}（{checklist.Problems.Length} 个问题，{checklist.Document.Length} 项整体事项）");
        return 0;
    }
}
