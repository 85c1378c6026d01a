using System.Text.RegularExpressions;

namespace RectifyNlp.Batch;

/// <summary>One unit's documents in one round.</summary>
/// <param name="Round">The round (its folder name).</param>
/// <param name="Unit">The unit (its folder name).</param>
/// <param name="Files">The unit's files, in name order.</param>
public sealed record UnitFolder(string Round, string Unit, IReadOnlyList<string> Files);

/// <summary>
/// Finds the units of a batch folder laid out as <c>DIR/&lt;round&gt;/&lt;unit&gt;/</c>. Hidden files, symbolic links
/// and anything that is not a regular file are left alone. Rounds sort by name (2024-1 before 2025-1).
/// </summary>
public static partial class BatchInput
{
    /// <summary>The units under <paramref name="folder"/>, by round then unit.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static IReadOnlyList<UnitFolder> Discover(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"批处理目录不存在：{folder}");
        }

        var skip = new EnumerationOptions { AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint };
        var units = new List<UnitFolder>();
        foreach (var round in Directory.EnumerateDirectories(folder, "*", skip).Order(StringComparer.Ordinal))
        {
            foreach (var unit in Directory.EnumerateDirectories(round, "*", skip).Order(StringComparer.Ordinal))
            {
                var files = Directory.EnumerateFiles(unit, "*", skip)
                    .Where(f => !Path.GetFileName(f).Equals("gold.json", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (files.Count > 0)
                {
                    units.Add(new UnitFolder(Path.GetFileName(round), Path.GetFileName(unit), files));
                }
            }
        }

        return units;
    }

    /// <summary>What a file name says of the document: feedback, report, or nothing (then the content decides).</summary>
    public static string? KindFromName(string path)
    {
        // A report's name often quotes the feedback (关于巡察反馈意见整改情况的报告): the report words decide first.
        var name = Path.GetFileNameWithoutExtension(path);
        if (ReportName().IsMatch(name))
        {
            return "report";
        }

        return FeedbackName().IsMatch(name) ? "feedback" : null;
    }

    [GeneratedRegex("feedback|反馈|讲话", RegexOptions.IgnoreCase)]
    private static partial Regex FeedbackName();

    [GeneratedRegex("report|整改|报告", RegexOptions.IgnoreCase)]
    private static partial Regex ReportName();
}
