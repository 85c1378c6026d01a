using Microsoft.Extensions.DependencyInjection;
using RectifyNlp.Cli.Commands;
using RectifyNlp.Cli.Infrastructure;
using RectifyNlp.Core;
using RectifyNlp.Core.Documents;
using RectifyNlp.Ingestion;
using RectifyNlp.Nlp;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RectifyNlp.Cli;

/// <summary>
/// The <c>rectify</c> command line. Exit codes (CONTRACT.md): 0 success; 1 the input was read but is
/// invalid or unsupported, with one line on standard error; 2 bad usage. No stack trace unless
/// <c>--verbose</c>.
/// </summary>
public static class RectifyApp
{
    /// <summary>Exit code for input that cannot be read or is invalid.</summary>
    public const int InvalidInput = 1;

    /// <summary>
    /// The program's version as built (the assembly's informational version: the package version and, when built
    /// from a git checkout, the commit), printed by <c>rectify --version</c>.
    /// </summary>
    public static string Version { get; } =
        typeof(RectifyApp).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "0.0.0";

    /// <summary>Exit code for bad usage.</summary>
    public const int BadUsage = 2;

    /// <summary>Exit code of <c>analyze --fail-on</c> when gaps at or above that severity were found.</summary>
    public const int GapsFound = 3;

    /// <summary>Runs the command line with the given streams; <paramref name="outIsTerminal"/> when standard output is a terminal.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool outIsTerminal = false)
    {
        ArgumentNullException.ThrowIfNull(args);
        var streams = new ConsoleStreams(stdout, stderr, outIsTerminal);
        if (MissingOptionValue.Find(args) is { } option)
        {
            streams.Error.WriteLine($"用法错误：选项 {option} 缺少取值（见 rectify --help）");
            return BadUsage;
        }

        // A plain analyze command line runs without building the model of every command (a cold start's time).
        if (AnalyzeShortcut.Read(args) is { } analyze)
        {
            try
            {
                return new AnalyzeCommand(streams, new DocumentParser(AutoDetectingDocumentReader.Default)).Analyse(analyze, CancellationToken.None);
            }
            catch (Exception exception)
            {
                return Fail(exception, streams, analyze.Verbose);
            }
        }

        var services = new ServiceCollection();
        services.AddSingleton(streams);
        services.AddSingleton(_ => new DocumentParser(AutoDetectingDocumentReader.Default));

        var app = new CommandApp(new ServiceCollectionRegistrar(services));
        app.Configure(config =>
        {
            config.SetApplicationName("rectify");
            config.SetApplicationVersion(Version);
            // The help's own words (用法, 选项, 命令 …) from Spectre.Console.Cli's zh-Hans resources; descriptions are ours.
            config.SetApplicationCulture(System.Globalization.CultureInfo.GetCultureInfo("zh-Hans"));
            config.Settings.StrictParsing = true;
            config.Settings.Console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stdout), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
            config.SetExceptionHandler((exception, _) => Fail(exception, streams, args.Contains("--verbose")));

            config.AddCommand<ParseCommand>("parse")
                .WithDescription("读取反馈意见或整改报告（任一中文编码的 .txt、.docx、.pdf、.html），输出其公文结构")
                .WithExample("parse", "corpus/samples/feedback-speech.txt", "--json");
            config.AddCommand<AnalyzeCommand>("analyze")
                .WithDescription("把整改报告的措施与反馈意见的问题逐一对应，列出缺漏（--json、--html OUT）")
                .WithExample("analyze", "--feedback", "corpus/samples/feedback-opinion.txt", "--report", "corpus/samples/rectification-report.txt")
                .WithExample("analyze", "--report", "corpus/samples/rectification-report.txt", "--json");
            config.AddCommand<ChecklistCommand>("checklist")
                .WithDescription("生成供巡察人员使用的审核清单（逐个问题列出核查要点、应调阅的佐证材料、所报措施及其缺漏、追问问题），格式为 .docx、.xlsx 或 .md")
                .WithExample("checklist", "--feedback", "corpus/samples/feedback-opinion.txt", "--report", "corpus/samples/rectification-report.txt", "-o", "checklist.docx");
            config.AddCommand<BatchCommand>("batch")
                .WithDescription("分析 DIR/<轮次>/<单位>/ 下的每对反馈意见与整改报告，存入存储（再次运行时沿用），并输出汇总页面、summary.json、CSV 和 XLSX")
                .WithExample("batch", "corpus/pairs", "-o", "rectify-batch");
            config.AddCommand<SearchCommand>("search")
                .WithDescription("在批量分析存储的文档中全文检索")
                .WithExample("search", "公车私用");
            config.AddCommand<ServeCommand>("serve")
                .WithDescription("运行 HTTP 接口和巡察人员使用的网页（默认 http://127.0.0.1:5080；其他地址须给出 --keys）")
                .WithExample("serve")
                .WithExample("serve", "--urls", "http://0.0.0.0:5080", "--keys", "keys.json", "--store", "Host=db;Database=rectify;Username=rectify");
            config.AddCommand<SegmentCommand>("segment")
                .WithDescription("逐行分词，词与词之间以空格分隔（jieba 精确模式加领域词表）")
                .WithExample("segment", "corpus/samples/rectification-report.txt");
            config.AddCommand<KeywordsCommand>("keywords")
                .WithDescription("输出文档的关键词（按领域 IDF 表计算 TF-IDF，或用 TextRank）");
            config.AddCommand<TrainCommand>("train")
                .WithDescription("用 corpus/passages 重新训练片段角色与问题类别模型（models/classifiers），并输出其评分");
            config.AddCommand<EvaluateCommand>("evaluate")
                .WithDescription("在 corpus/pairs 的标注评测对上（默认为留出的测试部分）为分析结果打分，输出质量表");
            config.AddCommand<IdfCommand>("idf")
                .WithDescription("根据 corpus/ 重建领域 IDF 词频表（models/lexicon/idf.txt）");
        });

        return app.Run(args);
    }

    private static int Fail(Exception exception, ConsoleStreams streams, bool verbose)
    {
        // A batch's parallel work wraps what failed in one of its documents.
        if (exception is AggregateException { InnerExceptions: [var single] })
        {
            exception = single;
        }

        var (code, message) = exception switch
        {
            System.Text.RegularExpressions.RegexMatchTimeoutException timeout => (InvalidInput, $"错误：分析用的模式匹配超过 {timeout.MatchTimeout.TotalSeconds:0} 秒的上限（{Abbreviated(timeout.Pattern)}）；若改过 models/analysis/cues.json，请检查所改的模式，否则请稍后重试"),
            DocumentReadException or TimeLimitExceededException or ModelsNotFoundException => (InvalidInput, "错误：" + exception.Message),
            // A data file a user may edit (models/analysis/cues.json: a key it does not know, a pattern that does not compile).
            // (A corrupt archive's InvalidDataException names no .json file: it is not this.)
            InvalidDataException when exception.Message.Contains(".json", StringComparison.Ordinal) => (InvalidInput, $"错误：模型数据有误（{exception.Message}），请改正后重试"),
            FileNotFoundException { FileName: { } file } => (InvalidInput, $"错误：找不到所需的文件 {Path.GetFileName(file)}"),
            DirectoryNotFoundException or FileNotFoundException => (InvalidInput, $"错误：找不到所需的文件或文件夹（{exception.Message}）"),
            UnauthorizedAccessException => (InvalidInput, $"错误：没有读写权限（{exception.Message}）"),
            CommandParseException or CommandRuntimeException => (BadUsage, "用法错误：" + UsageMessages.ToChinese(exception.Message) + "（见 rectify --help）"),
            _ => (InvalidInput, "内部错误：" + exception.Message),
        };

        // One line, and no absolute path: the folders the program runs from are not the reader's business.
        streams.Error.WriteLine(PathRedaction.Redact(message.ReplaceLineEndings(" ")));
        if (verbose)
        {
            streams.Error.WriteLine(exception.ToString());
        }

        return code;
    }

    // A pattern named in an error: its opening, enough to find it in the file.
    private static string Abbreviated(string pattern) => pattern.Length <= 40 ? pattern : pattern[..40] + "…";
}
