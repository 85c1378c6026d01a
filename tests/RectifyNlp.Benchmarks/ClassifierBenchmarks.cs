using BenchmarkDotNet.Attributes;
using RectifyNlp.Nlp;
using RectifyNlp.Nlp.Classification;
using RectifyNlp.Nlp.Segmentation;

namespace RectifyNlp.Benchmarks;

/// <summary>One passage through the classifier: featurising alone, then the role model, then role and category.</summary>
[MemoryDiagnoser]
public class ClassifierBenchmarks
{
    private const string Passage = "责任领导：分管副局长；责任科室：公共法律服务科；完成时限：2024年6月底。重新调整村居法律顾问考核办法，要求每名法律顾问每月到村居服务不少于一次。";
    private PassageClassifier _classifier = null!;
    private PassageFeaturizer _featurizer = null!;

    [GlobalSetup]
    public void Setup()
    {
        var paths = ModelPaths.Discover();
        _classifier = PassageClassifier.Load(paths);
        _featurizer = new PassageFeaturizer(Segmenter.Get(paths), Taxonomy.Load(Path.Combine(paths.ModelsDirectory, "taxonomy")));
    }

    [GlobalCleanup]
    public void Cleanup() => _classifier.Dispose();

    [Benchmark]
    public int Featurize() => _featurizer.Featurize(Passage).Tokens.Length;

    [Benchmark]
    public string Role() => _classifier.ClassifyRole(Passage).Role;

    [Benchmark]
    public string RoleAndCategory() => _classifier.Classify(Passage).Role;
}
