using BenchmarkDotNet.Attributes;
using RectifyNlp.Core.Documents;
using RectifyNlp.Nlp;
using RectifyNlp.Nlp.Segmentation;
using RectifyNlp.Tests;

namespace RectifyNlp.Benchmarks;

/// <summary>
/// In-process segmentation of the same text: RectifyNlp's span-based jieba (allocation-free once the output
/// list has grown) against jieba.NET's Cut, precise mode with HMM, default dictionary. The text is the
/// conformance lines repeated to about 256 KB (run segment-speed/run.sh for the 3 MB side-by-side figures).
/// </summary>
[MemoryDiagnoser]
public class SegmentBenchmarks
{
    private string[] _lines = [];
    private Segmenter _segmenter = null!;
    private JiebaNetReference _jiebaNet = null!;
    private readonly List<TextSpan> _spans = new(1 << 16);

    [GlobalSetup]
    public void Setup()
    {
        var paths = new ModelPaths(Path.Combine(RepositoryPaths.Root, "models"), Path.Combine(AppContext.BaseDirectory, "Resources"));
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "tests", "RectifyNlp.Nlp.Tests", "Conformance", "lines.txt"));
        var all = new List<string>();
        var bytes = 0;
        while (bytes < 256 * 1024)
        {
            foreach (var line in lines)
            {
                all.Add(line);
                bytes += System.Text.Encoding.UTF8.GetByteCount(line) + 1;
            }
        }

        _lines = [.. all];
        _segmenter = Segmenter.Get(paths, useDomainLexicon: false);
        _jiebaNet = JiebaNetReference.Get([]);
        Bytes = bytes;
    }

    /// <summary>The UTF-8 size of the text, for MB/s.</summary>
    public static int Bytes { get; private set; }

    [Benchmark(Baseline = true)]
    public int Precise_span_based()
    {
        var tokens = 0;
        foreach (var line in _lines)
        {
            _spans.Clear();
            _segmenter.Cut(line, _spans);
            tokens += _spans.Count;
        }

        return tokens;
    }

    [Benchmark]
    public int JiebaNet_Cut()
    {
        var tokens = 0;
        foreach (var line in _lines)
        {
            tokens += _jiebaNet.Cut(line).Count();
        }

        return tokens;
    }
}
