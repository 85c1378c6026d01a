using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using RectifyNlp.Analysis;
using RectifyNlp.Analysis.Output;
using RectifyNlp.Assist;
using RectifyNlp.Batch;
using RectifyNlp.Checklists;
using RectifyNlp.Core;
using RectifyNlp.Core.Documents;
using RectifyNlp.Core.Structure;
using RectifyNlp.Nlp;
using RectifyNlp.Nlp.Classification;
using RectifyNlp.Server.Storage;

namespace RectifyNlp.Server.Work;

/// <summary>
/// Does one job: an analysis (the result as <c>analyze --json</c> and both texts for the page; the HTML report
/// and the checklist in three formats only when first downloaded, see <see cref="Render"/>) or a batch (the
/// dashboard, summary.json and the workbook). Thread-safe: the analyser is one immutable object; each job
/// works in its own folder under DATA/work, removed after.
/// </summary>
public sealed class JobProcessor : IDisposable
{
    /// <summary>The artifacts an analysis stores when it is done.</summary>
    public static readonly IReadOnlyList<string> AnalysisArtifacts = ["result.json", "documents.json"];

    /// <summary>The artifacts of an analysis made on their first download (<see cref="Render"/>), then kept.</summary>
    public static readonly IReadOnlyList<string> RenderedArtifacts = ["report.html", "checklist.md", "checklist.docx", "checklist-gongwen.docx", "checklist.xlsx"];

    /// <summary>The longest name an upload is written under, in UTF-8 bytes (file systems allow 255).</summary>
    public const int MaxFileNameBytes = 200;

    private static readonly UTF8Encoding Utf8 = new(false);

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private readonly Analyzer _analyzer;
    private readonly DocumentParser _parser;
    private readonly Taxonomy _taxonomy;
    private readonly ChecklistBuilder _checklists;
    private readonly string _fingerprint;
    private readonly string _work;
    private readonly string _batchStore;
    private readonly ArchiveLimits _limits;
    private readonly PathScrubber _scrubber;
    private readonly LlmSettings? _llm;
    private readonly PromptLibrary? _prompts;
    private readonly ILogger _logger;

    /// <summary>Loads the models under <paramref name="paths"/>; <paramref name="logger"/> hears which stage each job is in.</summary>
    public JobProcessor(ModelPaths paths, DocumentParser parser, ServiceOptions options, ILogger<JobProcessor>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        _analyzer = Analyzer.Load(paths, throughput: true);
        _parser = parser;
        _taxonomy = Taxonomy.Load(Path.Combine(paths.ModelsDirectory, "taxonomy"));
        _checklists = new ChecklistBuilder(ChecklistTemplates.Load(Path.Combine(paths.ModelsDirectory, "checklist", "templates.json")), _taxonomy.NameOf);
        _fingerprint = BatchRunner.Fingerprint(paths);
        _work = Path.Combine(options.DataDirectory, "work");
        _batchStore = SqlJobStore.IsPostgresConnection(options.StoreOrDefault) ? Path.Combine(options.DataDirectory, "batch.db") : options.StoreOrDefault;
        _limits = options.Archive;
        _scrubber = new PathScrubber(options.DataDirectory);
        _llm = options.Llm;
        _prompts = _llm is null ? null : PromptLibrary.Load(Path.Combine(paths.ModelsDirectory, "prompts", "prompts.json"));
        _logger = logger ?? NullLogger<JobProcessor>.Instance;
    }

    /// <summary>Runs an analysis on its uploads. Throws <see cref="DocumentReadException"/> for a document that cannot be read.</summary>
    public IReadOnlyList<JobFile> Analyse(string id, IReadOnlyList<JobFile> inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var folder = WorkFolder(id);
        try
        {
            var reportFile = inputs.Single(f => f.Slot == "input:report");
            var feedbackFile = inputs.SingleOrDefault(f => f.Slot == "input:feedback");
            _logger.LogInformation("job {Id}: reading", id);
            var feedback = feedbackFile is null ? null : Parse(folder, "feedback", feedbackFile, cancellationToken);
            var report = Parse(folder, "report", reportFile, cancellationToken);

            // As the command line: files uploaded the wrong way round, or a "report" that is none, are refused with the
            // reason rather than analysed into nonsense; the page names its own fields where the CLI names its options.
            if (InputCheck.Refusal(feedback, report) is { } refusal)
            {
                throw new DocumentReadException(DocumentReadError.Unsupported, refusal.Replace("--feedback ", "“巡察反馈意见”一栏", StringComparison.Ordinal).Replace("--report ", "“整改报告”一栏", StringComparison.Ordinal));
            }

            _logger.LogInformation("job {Id}: analysing", id);
            var result = _analyzer.Analyze(feedback, report, cancellationToken: cancellationToken);
            _logger.LogInformation("job {Id}: writing the results", id);
            cancellationToken.ThrowIfCancellationRequested();
            // The HTML report and the checklists are not made here: most are never downloaded, and they cost as much as
            // the analysis. Render makes one from the stored uploads when it is first asked for.
            var files = new List<JobFile>
            {
                new("result.json", "result.json", Utf8.GetBytes(AssistJson.AddTo(AnalysisJson.Write(result, feedback, report, _taxonomy.NameOf), Review(result, cancellationToken)))),
                new("documents.json", "documents.json", JsonSerializer.SerializeToUtf8Bytes(new { feedback = Describe(feedback), report = Describe(report) }, Json)),
            };

            if (UnitNameFinder.Find(feedback, report) is { } unit)
            {
                files.Add(new JobFile(JobSummary.UnitSlot, unit, []));
            }

            return files;
        }
        finally
        {
            Remove(folder);
        }
    }

    /// <summary>
    /// Makes one of <see cref="RenderedArtifacts"/> for a done analysis: reads its uploads and analyses them again
    /// (the analysis is deterministic: the same files and models give the same result), checks that the result is
    /// the stored one, and writes the file from it. Null when it is not (the models changed since the job ran):
    /// a report must show the analysis the user was given, not another.
    /// </summary>
    public byte[]? Render(string id, IReadOnlyList<JobFile> inputs, byte[] storedResult, string file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(storedResult);
        if (!RenderedArtifacts.Contains(file))
        {
            throw new ArgumentException($"{file} is not made on download", nameof(file));
        }

        // A folder of its own: two downloads of one job render at once, and no worker uses a done job's folder.
        var folder = WorkFolder($"{id}-{Guid.NewGuid():N}");
        try
        {
            var reportFile = inputs.Single(f => f.Slot == "input:report");
            var feedbackFile = inputs.SingleOrDefault(f => f.Slot == "input:feedback");
            var feedback = feedbackFile is null ? null : Parse(folder, "feedback", feedbackFile, cancellationToken);
            var report = Parse(folder, "report", reportFile, cancellationToken);
            var result = _analyzer.Analyze(feedback, report, cancellationToken: cancellationToken);
            if (!SameAnalysis(storedResult, AnalysisJson.Write(result, feedback, report, _taxonomy.NameOf)))
            {
                _logger.LogWarning("job {Id}: the analysis made again differs from the stored one (models changed?); {File} not rendered", id, file);
                return null;
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (file == "report.html")
            {
                return Utf8.GetBytes(HtmlReport.Write(result, feedback, report, _taxonomy.NameOf));
            }

            var checklist = _checklists.Build(feedback, report, result);
            return file switch
            {
                "checklist.md" => Utf8.GetBytes(MarkdownChecklist.Write(checklist)),
                "checklist.docx" => Write(s => WordChecklist.Write(checklist, s)),
                "checklist-gongwen.docx" => Write(s => WordChecklist.Write(checklist, s, WordLayout.Official)),
                _ => Write(s => ExcelChecklist.Write(checklist, s)),
            };
        }
        finally
        {
            Remove(folder);
        }
    }

    // Whether the stored result.json is this analysis (the model's "assist" review, beside it, is not compared).
    private static bool SameAnalysis(byte[] stored, string fresh)
    {
        var freshBytes = Utf8.GetBytes(fresh);
        if (stored.AsSpan().SequenceEqual(freshBytes))
        {
            return true;
        }

        if (System.Text.Json.Nodes.JsonNode.Parse(stored) is not System.Text.Json.Nodes.JsonObject storedNode)
        {
            return false;
        }

        storedNode.Remove("assist");
        return System.Text.Json.Nodes.JsonNode.DeepEquals(storedNode, System.Text.Json.Nodes.JsonNode.Parse(freshBytes));
    }

    /// <summary>Runs a batch on its archive; <paramref name="progress"/> hears units done of all. Throws <see cref="InvalidDataException"/> for an archive refused.</summary>
    public IReadOnlyList<JobFile> RunBatch(string id, JobFile archive, Action<int, int> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var folder = WorkFolder(id);
        try
        {
            var input = Path.Combine(folder, "in");
            ArchiveExtractor.Extract(archive.Content, input, _limits);
            var manifest = ArchiveManifest.Units(input);
            var root = manifest?.Folder ?? SingleTopFolder(input);
            var units = manifest?.Units ?? BatchInput.Discover(root);
            if (units.Count == 0)
            {
                throw new InvalidDataException(manifest is null ? "压缩包中没有找到 轮次/单位/ 目录下的反馈意见和整改报告" : $"清单文件 {ArchiveManifest.FileName} 没有列出任何单位");
            }

            using var store = new BatchStore(_batchStore);
            var run = new BatchRunner(_analyzer, _parser, store, _fingerprint, _taxonomy.NameOf).Run(units, progress, threads: 1, cancellationToken: cancellationToken);

            // Paths as the archive names them, not as they lay in the work folder.
            string Relative(string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
            run = run with
            {
                Analyses = [.. run.Analyses.Select(a => a with { FeedbackPath = a.FeedbackPath is null ? null : Relative(a.FeedbackPath), ReportPath = Relative(a.ReportPath) })],
                Failures = [.. run.Failures.Select(f => f with { Path = Relative(f.Path), Reason = _scrubber.Scrub(f.Reason) })],
            };
            var output = Path.Combine(folder, "out");
            BatchOutput.Write(output, BatchSummary.Compute(run, _analyzer.Cues), run, store);

            // The units' side-by-side pages the dashboard links to, kept under their paths (units/<round>/<unit>.html).
            var pages = Path.Combine(output, BatchOutput.PagesFolder);
            var unitPages = Directory.Exists(pages)
                ? Directory.EnumerateFiles(pages, "*.html", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
                : [];
            return [.. BatchOutput.Files.Concat(unitPages).Select(name => new JobFile(name, name, File.ReadAllBytes(Path.Combine(output, name))))];
        }
        finally
        {
            Remove(folder);
        }
    }

    /// <summary>Removes what the batch job <paramref name="id"/> left in the batch store (documents, search entries, analyses, failures).</summary>
    public void Forget(string id)
    {
        using var store = new BatchStore(_batchStore);
        store.Forget(Path.Combine(_work, id));
    }

    /// <summary>Removes the work folders of jobs not <paramref name="inUse"/> (what a crashed run left).</summary>
    public void RemoveWorkFolders(Func<string, bool> inUse)
    {
        ArgumentNullException.ThrowIfNull(inUse);
        if (!Directory.Exists(_work))
        {
            return;
        }

        foreach (var folder in Directory.GetDirectories(_work).Where(f => !inUse(Path.GetFileName(f))))
        {
            Remove(folder);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _analyzer.Dispose();

    // The optional model's second opinions, beside the offline result (never changing it); null without a model.
    private AssistReport? Review(AnalysisResult result, CancellationToken cancellationToken)
    {
        if (_llm is null)
        {
            return null;
        }

        using var assistant = new LlmAssistant(_llm, _prompts!);
        return assistant.ReviewAsync(result, cancellationToken).GetAwaiter().GetResult();
    }

    private static object? Describe(ParsedDocument? document) => document is null ? null : new
    {
        file = document.Raw.SourceName,
        kind = document.Structure.Kind.Kind.ToContractName(),
        title = document.Structure.Title,
        text = document.Text.Text,
    };

    // The upload goes to a file in the job's own folder (OCR reads scanned PDFs from disk), under the user's
    // file name cleaned of anything a path could make of it, so that the results name the file they gave.
    private ParsedDocument Parse(string folder, string role, JobFile file, CancellationToken cancellationToken)
    {
        var directory = Path.Combine(folder, role);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, SafeFileName(file.Name, role));
        File.WriteAllBytes(path, file.Content);
        return _parser.Parse(path, cancellationToken);
    }

    /// <summary>
    /// The last part of an uploaded file's name with path and control characters replaced, at most
    /// <see cref="MaxFileNameBytes"/> bytes of UTF-8 (its extension kept); never empty, "." or "..".
    /// </summary>
    internal static string SafeFileName(string name, string fallback)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var last = name.Replace('\\', '/').Split('/').LastOrDefault() ?? "";
        var cleaned = new string([.. last.Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c)]).Trim();
        if (Encoding.UTF8.GetByteCount(cleaned) > MaxFileNameBytes)
        {
            // Cut by bytes (a Chinese character is three, file systems count bytes), keeping a short extension.
            var extension = Path.GetExtension(cleaned);
            extension = Encoding.UTF8.GetByteCount(extension) <= 16 ? extension : "";
            cleaned = CutToBytes(cleaned[..^extension.Length], MaxFileNameBytes - Encoding.UTF8.GetByteCount(extension)) + extension;
        }

        return cleaned.Trim('.').Length == 0 ? fallback + ".txt" : cleaned;
    }

    // The longest start of the text that fits in the bytes, whole characters only.
    private static string CutToBytes(string text, int bytes)
    {
        var cut = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            bytes -= rune.Utf8SequenceLength;
            if (bytes < 0)
            {
                break;
            }

            cut.Append(rune.ToString());
        }

        return cut.ToString();
    }

    // A zip made of the batch folder itself holds one top folder with the rounds inside.
    private static string SingleTopFolder(string input)
    {
        var directories = Directory.GetDirectories(input);
        if (directories.Length == 1 && Directory.GetFiles(input).Length == 0)
        {
            var inner = Directory.GetDirectories(directories[0]);
            if (inner.Length > 0 && inner.All(d => Directory.GetDirectories(d).Length > 0))
            {
                return directories[0];
            }
        }

        return input;
    }

    private static byte[] Write(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    // The job's own folder, emptied first: what a run that died left behind is not read again.
    private string WorkFolder(string id)
    {
        var folder = Path.Combine(_work, id);
        Remove(folder);
        return folder;
    }

    private static void Remove(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
