using System.ComponentModel;
using System.Globalization;
using RectifyNlp.Cli.Infrastructure;
using RectifyNlp.Core;
using RectifyNlp.Nlp;
using RectifyNlp.Nlp.Keywords;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RectifyNlp.Cli.Commands;

/// <summary><c>rectify keywords FILE [--top N] [--textrank]</c>: a document's keywords.</summary>
internal sealed class KeywordsCommand(ConsoleStreams streams, DocumentParser parser) : Command<KeywordsCommand.Settings>
{
    internal sealed class Settings : GlobalSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("任一支持格式的文档")]
        public string File { get; init; } = string.Empty;

        [CommandOption("--top <N>")]
        [Description("列出多少个关键词（默认 20）")]
        [DefaultValue(20)]
        public int Top { get; init; } = 20;

        [CommandOption("--textrank")]
        [Description("用 TextRank 排序，而不是按领域 IDF 表计算的 TF-IDF")]
        public bool TextRank { get; init; }

        public override ValidationResult Validate() =>
            Top is > 0 and <= 1000 ? ValidationResult.Success() : ValidationResult.Error("--top 应在 1 到 1000 之间");
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var text = parser.Parse(settings.File).Text.Text;
        var extractor = KeywordExtractor.Load(ModelPaths.Discover());
        var keywords = settings.TextRank ? extractor.TextRank(text, settings.Top) : extractor.TfIdf(text, settings.Top);
        foreach (var keyword in keywords)
        {
            streams.Out.WriteLine($"{keyword.Word}\t{keyword.Weight.ToString("0.0000", CultureInfo.InvariantCulture)}");
        }

        return 0;
    }
}
