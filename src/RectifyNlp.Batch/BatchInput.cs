using System.Text.RegularExpressions;

namespace RectifyNlp.Batch;

/// <summary>One unit's documents in one round.</summary>
/// <param name="Round">The round (its folder name).</param>
/// <param name="Unit">The unit (its folder name).</param>
/// <param name="Files">The unit's files, in name order.</param>
/// <param name="Kinds">Kinds a manifest states (path → feedback/report); otherwise told by name or content.</param>
public sealed record UnitFolder(string Round, string Unit, IReadOnlyList<string> Files, IReadOnlyDictionary<string, string>? Kinds = null);

/// <summary>One line of a batch manifest, as written.</summary>
/// <param name="Line">Its line number in the file (1 is the header).</param>
/// <param name="Round">The round.</param>
/// <param name="Unit">The unit.</param>
/// <param name="Feedback">The feedback's path relative to the manifest, if given.</param>
/// <param name="Report">The report's path relative to the manifest.</param>
public sealed record ManifestRow(int Line, string Round, string Unit, string? Feedback, string Report);

/// <summary>
/// Finds the units of a batch folder laid out as <c>DIR/&lt;round&gt;/&lt;unit&gt;/</c> (a unit's subfolders included).
/// Hidden files, symbolic links and anything that is not a regular file are left alone. Rounds sort by name (2024-1 before 2025-1).
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

        // A unit's files may sit in its subfolders (round/unit/附件/): those are read too, symbolic links never followed.
        var within = new EnumerationOptions { AttributesToSkip = skip.AttributesToSkip, RecurseSubdirectories = true };
        var units = new List<UnitFolder>();
        foreach (var round in Directory.EnumerateDirectories(folder, "*", skip).Order(StringComparer.Ordinal))
        {
            foreach (var unit in Directory.EnumerateDirectories(round, "*", skip).Order(StringComparer.Ordinal))
            {
                var files = Directory.EnumerateFiles(unit, "*", within)
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

    /// <summary>
    /// The units a manifest lists, for other layouts: a CSV file with the header <c>round,unit,feedback,report</c>
    /// (UTF-8; paths relative to the manifest; feedback may be empty), one line per unit.
    /// </summary>
    /// <exception cref="InvalidDataException">The header is not as above, or a line has the wrong number of fields.</exception>
    public static IReadOnlyList<UnitFolder> FromManifest(string manifest)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(manifest))!;
        var units = new List<UnitFolder>();
        foreach (var row in ReadManifest(Path.GetFileName(manifest), File.ReadAllLines(manifest)))
        {
            var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
            if (row.Feedback is not null)
            {
                kinds[Path.GetFullPath(Path.Combine(folder, row.Feedback))] = "feedback";
            }

            kinds[Path.GetFullPath(Path.Combine(folder, row.Report))] = "report";
            units.Add(new UnitFolder(row.Round, row.Unit, [.. kinds.Keys], kinds));
        }

        return [.. units.OrderBy(u => u.Round, StringComparer.Ordinal).ThenBy(u => u.Unit, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The lines of a manifest (see <see cref="FromManifest"/>) as written, paths not resolved: for a manifest that
    /// arrives inside an upload, whose paths must be checked against the archive before anything is unpacked.
    /// </summary>
    /// <param name="name">The manifest's file name, for the messages.</param>
    /// <param name="lines">Its lines.</param>
    /// <exception cref="InvalidDataException">The header is not as above, or a line has the wrong number of fields.</exception>
    public static IReadOnlyList<ManifestRow> ReadManifest(string name, IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var numbered = lines.Select((l, i) => (Text: l, Number: i + 1)).Where(l => l.Text.Trim().Length > 0).ToList();
        if (numbered.Count == 0 || !Fields(numbered[0].Text.TrimStart('\uFEFF')).Select(f => f.Trim().ToLowerInvariant()).SequenceEqual(["round", "unit", "feedback", "report"]))
        {
            throw new InvalidDataException($"清单文件 {name} 的第一行应为 round,unit,feedback,report");
        }

        var rows = new List<ManifestRow>();
        foreach (var (text, number) in numbered.Skip(1))
        {
            var fields = Fields(text);
            if (fields.Count != 4 || fields[0].Length == 0 || fields[1].Length == 0 || fields[3].Length == 0)
            {
                throw new InvalidDataException($"清单文件 {name} 第 {number} 行应有轮次、单位、反馈文件（可空）和报告文件四项");
            }

            rows.Add(new ManifestRow(number, fields[0], fields[1], fields[2].Length > 0 ? fields[2] : null, fields[3]));
        }

        return rows;
    }

    // One CSV line: fields separated by commas, a field in double quotes may hold commas and doubled quotes.
    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString().Trim());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString().Trim().TrimStart('\uFEFF'));
        return fields;
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
