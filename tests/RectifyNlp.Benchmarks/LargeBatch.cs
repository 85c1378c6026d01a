using System.Globalization;
using System.Text;
using RectifyNlp.Tests;

namespace RectifyNlp.Benchmarks;

/// <summary>
/// A batch folder of many pairs built from the corpus's text pairs: DIR/round-NN/&lt;unit&gt;-NNNN/ with the pair's
/// feedback.txt and report.txt, each with a numbered line under its title so that no two files hash alike
/// (the store would otherwise reuse the first analysis for all copies).
/// </summary>
public static class LargeBatch
{
    public static string Write(string folder, int pairs)
    {
        var sources = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "corpus", "pairs"), "report.txt", SearchOption.AllDirectories)
            .Select(Path.GetDirectoryName)
            .Where(d => File.Exists(Path.Combine(d!, "feedback.txt")))
            .Order(StringComparer.Ordinal)
            .ToList();
        for (var n = 0; n < pairs; n++)
        {
            var source = sources[n % sources.Count]!;
            var target = Path.Combine(folder, $"round-{(n / 100) + 1:00}", $"{Path.GetFileName(source)}-{n:0000}");
            Directory.CreateDirectory(target);
            foreach (var name in new[] { "feedback.txt", "report.txt" })
            {
                var lines = File.ReadAllLines(Path.Combine(source, name)).ToList();
                lines.Insert(1, string.Create(CultureInfo.InvariantCulture, $"（批量测试材料第{n + 1}号）"));
                File.WriteAllLines(Path.Combine(target, name), lines, new UTF8Encoding(false));
            }
        }

        return folder;
    }
}
