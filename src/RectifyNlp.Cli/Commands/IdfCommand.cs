using System.ComponentModel;
using RectifyNlp.Cli.Infrastructure;
using RectifyNlp.Nlp;
using RectifyNlp.Nlp.Lexicon;
using RectifyNlp.Nlp.Segmentation;
using RectifyNlp.Training.Keywords;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RectifyNlp.Cli.Commands;

/// <summary><c>rectify idf [--corpus DIR] [-o FILE]</c>: rebuilds the domain IDF table from the corpus.</summary>
internal sealed class IdfCommand(ConsoleStreams streams) : Command<IdfCommand.Settings>
{
    internal sealed class Settings : GlobalSettings
    {
        [CommandOption("--corpus <DIR>")]
        [Description("语料文件夹：其中 .txt 文件的每段、.jsonl 文件的每个片段各算一篇文档。默认为仓库中的 corpus/")]
        public string? Corpus { get; init; }

        [CommandOption("-o|--output <FILE>")]
        [Description("词频表的输出文件，默认为 models/lexicon/idf.txt")]
        public string? Output { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var paths = ModelPaths.DiscoverCheckout();
        var corpus = settings.Corpus ?? paths.CorpusDirectory;
        if (!Directory.Exists(corpus))
        {
            streams.Error.WriteLine($"错误：语料目录不存在：{corpus}");
            return RectifyApp.InvalidInput;
        }

        var output = settings.Output ?? paths.DomainIdf;
        var (idf, documents) = IdfTableBuilder.Build(IdfTableBuilder.ReadCorpus(corpus), Segmenter.Get(paths), WordList.Load(paths.Stopwords));
        if (documents == 0)
        {
            streams.Error.WriteLine($"错误：语料目录中没有文档：{corpus}");
            return RectifyApp.InvalidInput;
        }

        IdfTableBuilder.Write(output, idf, documents);
        streams.Out.WriteLine($"IDF：{documents} 个文档，{idf.Count} 个词 → {output}");
        return 0;
    }
}
