using System.ComponentModel;
using RectifyNlp.Cli.Infrastructure;
using RectifyNlp.Cli.Output;
using RectifyNlp.Core;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RectifyNlp.Cli.Commands;

/// <summary><c>rectify parse FILE [--json]</c>: reads a document and prints its structure.</summary>
internal sealed class ParseCommand(ConsoleStreams streams, DocumentParser parser) : Command<ParseCommand.Settings>
{
    internal sealed class Settings : GlobalSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description(".txt（任一中文编码）、.docx、.pdf 或 .html 文件；格式按内容判断")]
        public string File { get; init; } = string.Empty;

        [CommandOption("--json")]
        [Description("以 JSON 输出文档结构（类型、标题、各层级的段落及其在规范化文本中的位置）")]
        public bool Json { get; init; }

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(File) ? ValidationResult.Error("缺少参数 FILE（要读取的文件）") : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var document = parser.Parse(settings.File);
        if (settings.Json)
        {
            streams.Out.WriteLine(ParseJson.Write(document));
        }
        else
        {
            ParseText.Write(document, streams.Out);
        }

        return 0;
    }
}
