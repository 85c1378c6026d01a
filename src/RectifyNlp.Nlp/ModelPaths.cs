using System.Text.Json;

namespace RectifyNlp.Nlp;

/// <summary>
/// Where the data lives: models/ (the team's lexicon, taxonomy, cues, trained scorers, templates, prompts — editable
/// by users) and jieba's own dictionary files (Resources/ beside the program, copied from the jieba.NET package).
/// </summary>
public sealed record ModelPaths(string ModelsDirectory, string JiebaResourcesDirectory)
{
    /// <summary>The files every command may read, relative to models/: a folder without one of them is incomplete.</summary>
    public static IReadOnlyList<string> RequiredFiles { get; } =
    [
        "analysis/cues.json",
        "checklist/templates.json",
        "classifiers/category.scorer",
        "classifiers/category.zip",
        "classifiers/role.scorer",
        "classifiers/role.zip",
        "lexicon/domain.dict.txt",
        "lexicon/idf.txt",
        "lexicon/stopwords.txt",
        "prompts/prompts.json",
        "taxonomy/categories.json",
        "taxonomy/roles.json",
    ];

    private const string Variable = "RECTIFY_MODELS";

    /// <summary>
    /// The models the program reads, in this order: the folder <c>RECTIFY_MODELS</c> names (when set: an explicit
    /// choice, so a wrong value is an error, never skipped); models/ beside the program (installed with it, so it fits
    /// its code); the models/ of a checkout, the nearest above the current directory, then above the program.
    /// <see cref="ModelsNotFoundException"/> (one line in Chinese, saying what to do) when none is found or the one
    /// chosen is incomplete or damaged.
    /// </summary>
    public static ModelPaths Discover()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrEmpty(configured))
        {
            return Checked(configured, $"环境变量 {Variable} 指定的模型文件夹", "请检查它的值");
        }

        var beside = Path.Combine(AppContext.BaseDirectory, "models");
        if (Directory.Exists(beside))
        {
            return Checked(beside, "rectify 自带的模型文件夹", "请重新安装 rectify，或用环境变量 RECTIFY_MODELS 指定完整的模型文件夹");
        }

        var checkout = Above(Directory.GetCurrentDirectory(), requireCorpus: false) ?? Above(AppContext.BaseDirectory, requireCorpus: false);
        return checkout is null
            ? throw new ModelsNotFoundException()
            : Checked(checkout, "仓库中的模型文件夹", "请从 git 恢复它，或用环境变量 RECTIFY_MODELS 指定完整的模型文件夹");
    }

    /// <summary>
    /// The models of a checkout, for the commands that write them or read the corpus beside them (<c>train</c>,
    /// <c>idf</c>, <c>evaluate</c>): <c>RECTIFY_MODELS</c>, else the nearest folder above the current directory (then
    /// above the program) that holds both models/ and corpus/ — never the copy installed beside the program.
    /// </summary>
    public static ModelPaths DiscoverCheckout()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrEmpty(configured))
        {
            return Checked(configured, $"环境变量 {Variable} 指定的模型文件夹", "请检查它的值");
        }

        var checkout = Above(Directory.GetCurrentDirectory(), requireCorpus: true) ?? Above(AppContext.BaseDirectory, requireCorpus: true);
        return checkout is null
            ? throw new ModelsNotFoundException("找不到 RectifyNlp 的仓库（含 models/ 与 corpus/ 的文件夹）：训练、重建词频表和评测要在仓库目录中运行，或用环境变量 RECTIFY_MODELS 指定仓库中的 models 文件夹")
            : Checked(checkout, "仓库中的模型文件夹", "请从 git 恢复它");
    }

    /// <summary>
    /// Why <paramref name="modelsDirectory"/> cannot be used (a required file missing or empty, a JSON file that does
    /// not parse), or null when it can. Cheap: it does not load the models.
    /// </summary>
    public static string? Problem(string modelsDirectory)
    {
        if (!Directory.Exists(modelsDirectory))
        {
            return "不存在";
        }

        foreach (var file in RequiredFiles)
        {
            var info = new FileInfo(Path.Combine(modelsDirectory, file));
            if (!info.Exists)
            {
                return $"不完整（缺少 {file}）";
            }

            if (info.Length == 0)
            {
                return $"已损坏（{file} 是空文件）";
            }

            if (file.EndsWith(".json", StringComparison.Ordinal))
            {
                try
                {
                    using var stream = info.OpenRead();
                    using var json = JsonDocument.Parse(stream);
                }
                catch (JsonException)
                {
                    return $"已损坏（{file} 不是有效的 JSON）";
                }
            }
        }

        return null;
    }

    private static ModelPaths Checked(string models, string what, string todo) =>
        Problem(models) is { } problem
            ? throw new ModelsNotFoundException($"{what}{problem}：{todo}")
            : new ModelPaths(models, Path.Combine(AppContext.BaseDirectory, "Resources"));

    // The nearest models/ (with lexicon/, and corpus/ beside it when asked) in start or a folder above it.
    private static string? Above(string start, bool requireCorpus)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "models", "lexicon")) && (!requireCorpus || Directory.Exists(Path.Combine(dir.FullName, "corpus"))))
            {
                return Path.Combine(dir.FullName, "models");
            }
        }

        return null;
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
