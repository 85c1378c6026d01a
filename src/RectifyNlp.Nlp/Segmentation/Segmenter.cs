using System.Collections.Concurrent;
using System.Diagnostics;
using RectifyNlp.Core.Documents;
using RectifyNlp.Core.Segmentation;
using RectifyNlp.Nlp.Lexicon;

namespace RectifyNlp.Nlp.Segmentation;

/// <summary>
/// The segmentation component: jieba's dictionary plus the domain lexicon, loaded once per process and
/// shared by every thread. Tokens carry offsets into the text given; tags come from the dictionaries
/// (jieba's and the lexicon's) when asked for.
/// </summary>
public sealed class Segmenter : ITokenizer
{
    private static readonly ConcurrentDictionary<(string Models, string Resources, bool User), Lazy<Segmenter>> Shared = new();

    private static readonly System.Buffers.SearchValues<char> NumberChars = System.Buffers.SearchValues.Create("0123456789.%");

    private readonly PreciseSegmenter _precise;

    private Segmenter(PreciseSegmenter precise, string lexiconVersion, TimeSpan loadTime)
    {
        _precise = precise;
        LexiconVersion = lexiconVersion;
        LoadTime = loadTime;
    }

    /// <summary>The version line of the domain lexicon, or "none" without it.</summary>
    public string LexiconVersion { get; }

    /// <summary>How long loading the dictionaries took.</summary>
    public TimeSpan LoadTime { get; }

    /// <summary>The vocabulary in use.</summary>
    public JiebaVocabulary Vocabulary => _precise.Vocabulary;

    /// <summary>The process-wide segmenter for these paths, loaded on first use.</summary>
    public static Segmenter Get(ModelPaths paths, bool useDomainLexicon = true)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return Shared.GetOrAdd((paths.ModelsDirectory, paths.JiebaResourcesDirectory, useDomainLexicon), _ => new Lazy<Segmenter>(() => Load(paths, useDomainLexicon))).Value;
    }

    /// <summary>Loads a segmenter (prefer <see cref="Get"/>, which loads once per process).</summary>
    public static Segmenter Load(ModelPaths paths, bool useDomainLexicon = true)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var clock = Stopwatch.StartNew();
        if (!File.Exists(paths.JiebaDictionary))
        {
            throw new FileNotFoundException("jieba's dictionary is missing beside the program (Resources/dict.txt)", paths.JiebaDictionary);
        }

        // The built tables come from the cache when the sources have not changed since it was written.
        var lexicon = useDomainLexicon ? LexiconFile.Load(paths.DomainLexicon) : null;
        var vocabulary = VocabularyCache.Open(paths, lexicon);

        return new Segmenter(new PreciseSegmenter(vocabulary), lexicon?.Version ?? "none", clock.Elapsed);
    }

    /// <summary>Appends the word spans of <paramref name="text"/> to <paramref name="output"/> (no allocation once it has grown).</summary>
    public void Cut(ReadOnlySpan<char> text, List<TextSpan> output) => _precise.Cut(text, output);

    /// <inheritdoc />
    public IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<TextSpan>(text.Length / 2 + 1);
        _precise.Cut(text, spans);
        return [.. spans.Select(s => new Token(s))];
    }

    /// <summary>The words with part-of-speech tags: the dictionaries' tag, else m (numbers), eng (Latin), x.</summary>
    public IReadOnlyList<Token> TokenizeWithTags(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<TextSpan>(text.Length / 2 + 1);
        _precise.Cut(text, spans);
        return [.. spans.Select(s => new Token(s, TagOf(text.AsSpan(s.Start, s.Length))))];
    }

    /// <summary>The tag of a word: the dictionaries' tag, else m for numbers, eng for Latin words, x for the rest.</summary>
    public string TagOf(ReadOnlySpan<char> word)
    {
        if (Vocabulary.Tag(word) is { } tag)
        {
            return tag;
        }

        if (!word.ContainsAnyExcept(NumberChars))
        {
            return "m";
        }

        return word.ContainsAnyInRange('A', 'z') && !word.ContainsAnyInRange('\u4E00', '\u9FFF') ? "eng" : "x";
    }
}
