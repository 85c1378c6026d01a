using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using RectifyNlp.Cli.Infrastructure;
using RectifyNlp.Core.Documents;
using RectifyNlp.Ingestion;
using RectifyNlp.Ingestion.PlainText;
using RectifyNlp.Nlp;
using RectifyNlp.Nlp.Lexicon;
using RectifyNlp.Nlp.Segmentation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RectifyNlp.Cli.Commands;

/// <summary>
/// <c>rectify segment FILE [--no-user-dict]</c>: each input line's words separated by single spaces, one
/// output line per input line. Precise mode with the HMM, as jieba's default <c>cut</c>.
/// </summary>
internal sealed class SegmentCommand(ConsoleStreams streams) : Command<SegmentCommand.Settings>
{
    internal sealed class Settings : GlobalSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("任一常见中文编码的文本文件；逐行分词")]
        public string File { get; init; } = string.Empty;

        [CommandOption("--no-user-dict")]
        [Description("只用 jieba 自带的词典，不加 models/lexicon 中的领域词表")]
        public bool NoUserDict { get; init; }

        [CommandOption("--tags")]
        [Description("输出“词/词性”（词性取自 jieba 词典和领域词表）")]
        public bool Tags { get; init; }

        [CommandOption("--engine <ENGINE>")]
        [Description("precise（默认：RectifyNlp 自己的 jieba 实现）或 jieba-net（jieba.NET 本身，作为参照，较慢）")]
        [DefaultValue("precise")]
        public string Engine { get; init; } = "precise";

        [CommandOption("--timing")]
        [Description("在标准错误输出中报告加载词典和分词所用时间")]
        public bool Timing { get; init; }

        public override ValidationResult Validate() =>
            Engine is "precise" or "jieba-net" ? ValidationResult.Success() : ValidationResult.Error("--engine 应为 precise 或 jieba-net");
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var text = ReadText(settings.File);
        var paths = ModelPaths.Discover();
        var load = Stopwatch.StartNew();
        var output = streams.Out;
        LineWriter write;
        if (settings.Engine == "jieba-net")
        {
            var reference = JiebaNetReference.Get(settings.NoUserDict ? [] : LexiconFile.Load(paths.DomainLexicon).Entries);
            write = line => output.Write(string.Join(' ', reference.Cut(line.ToString())));
        }
        else
        {
            var segmenter = Segmenter.Get(paths, useDomainLexicon: !settings.NoUserDict);
            var spans = new List<TextSpan>();
            write = line => WriteWords(segmenter, line, spans, settings.Tags, output);
        }

        var loaded = load.Elapsed;
        var clock = Stopwatch.StartNew();

        // One output line per input line (a final line without a line break is a line too); the words are
        // written straight to the buffered output.
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf('\n');
            write((end < 0 ? rest : rest[..end]).TrimEnd('\r'));
            output.Write('\n');
            rest = end < 0 ? [] : rest[(end + 1)..];
        }

        var cutTime = clock.Elapsed;
        if (settings.Timing)
        {
            var megabytes = Encoding.UTF8.GetByteCount(text) / 1e6;
            streams.Error.WriteLine($"engine={settings.Engine} load={loaded.TotalMilliseconds:0} ms cut={cutTime.TotalMilliseconds:0} ms input={megabytes:0.00} MB speed={megabytes / cutTime.TotalSeconds:0.0} MB/s");
        }

        return 0;
    }

    private delegate void LineWriter(ReadOnlySpan<char> line);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WriteWords(Segmenter segmenter, ReadOnlySpan<char> line, List<TextSpan> spans, bool tags, TextWriter output)
    {
        spans.Clear();
        segmenter.Cut(line, spans);
        for (var k = 0; k < spans.Count; k++)
        {
            if (k > 0)
            {
                output.Write(' ');
            }

            var word = line.Slice(spans[k].Start, spans[k].Length);
            output.Write(word);
            if (tags)
            {
                output.Write('/');
                output.Write(segmenter.TagOf(word));
            }
        }
    }

    /// <summary>The file's text, decoded from any common Chinese encoding.</summary>
    private static string ReadText(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new DocumentReadException(DocumentReadError.NotFound, $"{Path.GetFileName(path)}：文件不存在");
        }

        if (info.Length > ReaderOptions.Default.MaxFileBytes)
        {
            throw new DocumentReadException(DocumentReadError.TooLarge, $"{Path.GetFileName(path)}：文件超过 {ReaderOptions.Default.MaxFileBytes / (1024 * 1024)} MB 上限");
        }

        if (info.Length == 0)
        {
            return string.Empty;
        }

        return TextDecoder.Decode(System.IO.File.ReadAllBytes(path), Path.GetFileName(path)).Text;
    }
}
