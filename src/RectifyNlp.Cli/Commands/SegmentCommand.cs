using System.ComponentModel;
using System.Diagnostics;
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
        [Description("A text file in any common Chinese encoding; each line is segmented on its own.")]
        public string File { get; init; } = string.Empty;

        [CommandOption("--no-user-dict")]
        [Description("Use jieba's default dictionary alone, without the domain lexicon in models/lexicon.")]
        public bool NoUserDict { get; init; }

        [CommandOption("--tags")]
        [Description("Print word/tag (part of speech from jieba's dictionary and the domain lexicon).")]
        public bool Tags { get; init; }

        [CommandOption("--engine <ENGINE>")]
        [Description("precise (default: RectifyNlp's span-based jieba) or jieba-net (jieba.NET itself, the reference; slower).")]
        [DefaultValue("precise")]
        public string Engine { get; init; } = "precise";

        [CommandOption("--timing")]
        [Description("Report the time to load the dictionaries and to cut, on standard error.")]
        public bool Timing { get; init; }

        public override ValidationResult Validate() =>
            Engine is "precise" or "jieba-net" ? ValidationResult.Success() : ValidationResult.Error("--engine must be precise or jieba-net");
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var lines = ReadLines(settings.File);
        var paths = ModelPaths.Discover();
        var load = Stopwatch.StartNew();
        var output = new StringBuilder(lines.Sum(l => l.Length) * 2);
        Action<string> cut;
        if (settings.Engine == "jieba-net")
        {
            var reference = JiebaNetReference.Get(settings.NoUserDict ? [] : LexiconFile.Load(paths.DomainLexicon).Entries);
            cut = line => output.AppendJoin(' ', reference.Cut(line));
        }
        else
        {
            var segmenter = Segmenter.Get(paths, useDomainLexicon: !settings.NoUserDict);
            var spans = new List<TextSpan>();
            cut = line =>
            {
                spans.Clear();
                segmenter.Cut(line, spans);
                for (var k = 0; k < spans.Count; k++)
                {
                    if (k > 0)
                    {
                        output.Append(' ');
                    }

                    output.Append(line.AsSpan(spans[k].Start, spans[k].Length));
                    if (settings.Tags)
                    {
                        output.Append('/').Append(segmenter.TagOf(line.AsSpan(spans[k].Start, spans[k].Length)));
                    }
                }
            };
        }

        var loaded = load.Elapsed;
        var clock = Stopwatch.StartNew();
        foreach (var line in lines)
        {
            cut(line);
            output.Append('\n');
        }

        var cutTime = clock.Elapsed;
        streams.Out.Write(output);
        if (settings.Timing)
        {
            var megabytes = Encoding.UTF8.GetByteCount(string.Join('\n', lines)) / 1e6;
            streams.Error.WriteLine($"engine={settings.Engine} load={loaded.TotalMilliseconds:0} ms cut={cutTime.TotalMilliseconds:0} ms input={megabytes:0.00} MB speed={megabytes / cutTime.TotalSeconds:0.0} MB/s");
        }

        return 0;
    }

    /// <summary>The file's lines, decoded from any common Chinese encoding, without line terminators.</summary>
    private static string[] ReadLines(string path)
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
            return [];
        }

        var (text, _) = TextDecoder.Decode(System.IO.File.ReadAllBytes(path), Path.GetFileName(path));
        if (text.EndsWith('\n'))
        {
            text = text[..^1];
        }

        return [.. text.Split('\n').Select(l => l.TrimEnd('\r'))];
    }
}
