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

        var registrar = new TypeRegistrar();
        registrar.RegisterInstance(typeof(ConsoleStreams), streams);
        registrar.RegisterLazy(typeof(DocumentParser), () => new DocumentParser(AutoDetectingDocumentReader.Default));

        var app = new CommandApp(registrar);
        app.Configure(config =>
        {
            config.SetApplicationName("rectify");
            config.SetApplicationVersion(Version);
            config.Settings.StrictParsing = true;
            config.Settings.Console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stdout), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
            config.SetExceptionHandler((exception, _) => Fail(exception, streams, args.Contains("--verbose")));

            config.AddCommand<ParseCommand>("parse")
                .WithDescription("Read a feedback or report (.txt in any Chinese encoding, .docx, .pdf, .html) and print its structure.")
                .WithExample("parse", "corpus/samples/feedback-speech.txt", "--json");
            config.AddCommand<AnalyzeCommand>("analyze")
                .WithDescription("Match a rectification report's measures to the feedback's problems and print the gaps (--json, --html OUT).")
                .WithExample("analyze", "--feedback", "corpus/samples/feedback-opinion.txt", "--report", "corpus/samples/rectification-report.txt")
                .WithExample("analyze", "--report", "corpus/samples/rectification-report.txt", "--json");
            config.AddCommand<ChecklistCommand>("checklist")
                .WithDescription("Write a review checklist for inspectors (per problem: what to verify, evidence to request, the measures claimed and their gaps, questions) as .docx, .xlsx or .md.")
                .WithExample("checklist", "--feedback", "corpus/samples/feedback-opinion.txt", "--report", "corpus/samples/rectification-report.txt", "-o", "checklist.docx");
            config.AddCommand<BatchCommand>("batch")
                .WithDescription("Analyse every feedback/report pair under DIR/<round>/<unit>/ into a store (reruns reuse it) and write the dashboard, summary.json, CSV and XLSX.")
                .WithExample("batch", "corpus/pairs", "-o", "rectify-batch");
            config.AddCommand<SearchCommand>("search")
                .WithDescription("Full-text search over the documents a batch stored.")
                .WithExample("search", "公车私用");
            config.AddCommand<ServeCommand>("serve")
                .WithDescription("Run the HTTP API and the inspectors' web page (default http://127.0.0.1:5080; other addresses need --keys).")
                .WithExample("serve")
                .WithExample("serve", "--urls", "http://0.0.0.0:5080", "--keys", "keys.json", "--store", "Host=db;Database=rectify;Username=rectify");
            config.AddCommand<SegmentCommand>("segment")
                .WithDescription("Print each line's words separated by spaces (jieba precise mode with the domain lexicon).")
                .WithExample("segment", "corpus/samples/rectification-report.txt");
            config.AddCommand<KeywordsCommand>("keywords")
                .WithDescription("Print a document's keywords (TF-IDF over the domain IDF table, or TextRank).");
            config.AddCommand<TrainCommand>("train")
                .WithDescription("Retrain the passage role and category models (models/classifiers) from corpus/passages and print their scores.");
            config.AddCommand<EvaluateCommand>("evaluate")
                .WithDescription("Score the analysis on the gold pairs of corpus/pairs (held-out part by default) and print the quality table.");
            config.AddCommand<IdfCommand>("idf")
                .WithDescription("Rebuild the domain IDF table (models/lexicon/idf.txt) from corpus/.");
        });

        return app.Run(args);
    }

    private static int Fail(Exception exception, ConsoleStreams streams, bool verbose)
    {
        var (code, message) = exception switch
        {
            DocumentReadException or TimeLimitExceededException or ModelsNotFoundException => (InvalidInput, "错误：" + exception.Message),
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
}
