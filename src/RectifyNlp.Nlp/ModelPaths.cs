namespace RectifyNlp.Nlp;

/// <summary>
/// Where the data lives: models/ (the team's lexicon, stopwords, IDF table — editable by users) and
/// jieba's own dictionary files (Resources/ beside the program, copied from the jieba.NET package).
/// </summary>
public sealed record ModelPaths(string ModelsDirectory, string JiebaResourcesDirectory)
{
    /// <summary>
    /// models/ from <c>RECTIFY_MODELS</c>, else the nearest models/ above the program (a checkout),
    /// else models/ in the current directory; <see cref="ModelsNotFoundException"/> when the one chosen has no lexicon/.
    /// </summary>
    public static ModelPaths Discover()
    {
        var models = Environment.GetEnvironmentVariable("RECTIFY_MODELS");
        if (string.IsNullOrEmpty(models))
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (Directory.Exists(Path.Combine(dir.FullName, "models", "lexicon")))
                {
                    models = Path.Combine(dir.FullName, "models");
                    break;
                }
            }
        }

        models ??= Path.Combine(Directory.GetCurrentDirectory(), "models");
        if (!Directory.Exists(Path.Combine(models, "lexicon")))
        {
            throw Environment.GetEnvironmentVariable("RECTIFY_MODELS") is { Length: > 0 }
                ? new ModelsNotFoundException("环境变量 RECTIFY_MODELS 指定的模型文件夹不存在或不完整（缺少 lexicon/），请检查它的值")
                : new ModelsNotFoundException();
        }

        return new ModelPaths(models, Path.Combine(AppContext.BaseDirectory, "Resources"));
    }

    /// <summary>The team's corpus: the corpus/ folder beside models/.</summary>
    public string CorpusDirectory => Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(ModelsDirectory)))!, "corpus");

    /// <summary>The domain lexicon (jieba user dictionary).</summary>
    public string DomainLexicon => Path.Combine(ModelsDirectory, "lexicon", "domain.dict.txt");

    /// <summary>The domain stopwords.</summary>
    public string Stopwords => Path.Combine(ModelsDirectory, "lexicon", "stopwords.txt");

    /// <summary>The domain IDF table, built from corpus/ by <c>rectify idf</c>.</summary>
    public string DomainIdf => Path.Combine(ModelsDirectory, "lexicon", "idf.txt");

    /// <summary>jieba's main dictionary.</summary>
    public string JiebaDictionary => Path.Combine(JiebaResourcesDirectory, "dict.txt");

    /// <summary>jieba's HMM emission table.</summary>
    public string JiebaEmission => Path.Combine(JiebaResourcesDirectory, "prob_emit.json");

    /// <summary>jieba's general IDF table, for words the domain table lacks.</summary>
    public string JiebaIdf => Path.Combine(JiebaResourcesDirectory, "idf.txt");
}
