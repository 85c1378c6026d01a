using System.Text;
using BenchmarkDotNet.Attributes;
using RectifyNlp.Core;
using RectifyNlp.Core.Documents;
using RectifyNlp.Ingestion;
using RectifyNlp.Tests;

namespace RectifyNlp.Benchmarks;

/// <summary>
/// Parsing a large report: the sample report repeated under renumbered parts until the file is about
/// 1 MB of UTF-8 (about 340,000 characters), read from disk, normalised and structured.
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private readonly DocumentParser _parser = new(AutoDetectingDocumentReader.Default);
    private string _path = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), "rectify-bench-1mb-report.txt");
        File.WriteAllText(_path, LargeReport.Build(1024 * 1024), Encoding.UTF8);
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark]
    public int Parse_1MB_report() => _parser.Parse(_path).Structure.Sentences.Length;
}

/// <summary>A long report made of the sample's parts, renumbered so the hierarchy stays valid.</summary>
public static class LargeReport
{
    public static string Build(int bytes)
    {
        var lines = File.ReadAllLines(RepositoryPaths.Sample("rectification-report.txt"));
        var body = lines.SkipWhile(l => !l.StartsWith("二、", StringComparison.Ordinal)).TakeWhile(l => !l.StartsWith("三、", StringComparison.Ordinal)).Skip(1).ToList();
        var text = new StringBuilder(string.Join('\n', lines.TakeWhile(l => !l.StartsWith("二、", StringComparison.Ordinal))));
        for (var part = 2; Encoding.UTF8.GetByteCount(text.ToString()) < bytes; part++)
        {
            text.Append('\n').Append(Core.Structure.ChineseNumeral.Format(Math.Min(part, 999))).Append("、反馈问题整改落实情况（续）\n");
            text.Append(string.Join('\n', body));
        }

        return text.ToString();
    }
}
