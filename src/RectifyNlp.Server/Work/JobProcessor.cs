using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using RectifyNlp.Analysis;
using RectifyNlp.Application;
using RectifyNlp.Application.Contract;
using RectifyNlp.Assist;
using RectifyNlp.Batch;
using RectifyNlp.Checklists;
using RectifyNlp.Core;
using RectifyNlp.Core.Documents;
using RectifyNlp.Core.Structure;
using RectifyNlp.Nlp;
using RectifyNlp.Server.Storage;

namespace RectifyNlp.Server.Work;

/// <summary>
/// Does one job: an analysis (the result as <c>analyze --json</c> and both texts for the page; the HTML report
/// and the checklist in three formats only when first downloaded, see <see cref="Render"/>) or a batch (the
/// dashboard, summary.json and the workbook). Thread-safe: the analyser is one immutable object; each job
/// works in its own folder under DATA/work, removed after. A batch is three kinds of work, each a job that any
/// instance may take: dividing its archive into units (<see cref="Divide"/>), analysing one unit
/// (<see cref="AnalyseUnit"/>), and assembling the summary once every unit has finished (<see cref="AssembleBatch"/>).
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

    private readonly RectifyApplication _application;
    private readonly string _fingerprint;
    private readonly string _work;
    private readonly string _store;
    private readonly Npgsql.NpgsqlDataSource? _batchDataSource;
    private readonly ArchiveLimits _limits;
    private readonly PathScrubber _scrubber;
    private readonly ILogger _logger;

    /// <summary>Loads the models under <paramref name="paths"/>; <paramref name="logger"/> hears which stage each job is in.</summary>
    public JobProcessor(ModelPaths paths, DocumentParser parser, ServiceOptions options, ILogger<JobProcessor>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        // The optional model reviews each analysis beside its offline result (never changing it).
        var assistant = options.Llm is null ? null : LlmAssistant.Create(options.Llm, paths);
        _application = RectifyApplication.Load(paths, new RectifyApplicationOptions(parser, Throughput: true, assistant));
        _fingerprint = BatchRunner.Fingerprint(paths);
        _work = Path.Combine(options.DataDirectory, "work");
        _store = options.StoreOrDefault;
        _batchDataSource = SqlJobStore.IsPostgresConnection(_store) ? Npgsql.NpgsqlDataSource.Create(SqlJobStore.ToNpgsql(_store)) : null;
        _limits = options.Archive;
        _scrubber = new PathScrubber(options.DataDirectory);
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
            var analysis = _application.Analyze(feedback, report, cancellationToken: cancellationToken);
            _logger.LogInformation("job {Id}: writing the results", id);
            cancellationToken.ThrowIfCancellationRequested();
            // The HTML report and the checklists are not made here: most are never downloaded, and they cost as much as
            // the analysis. Render makes one from the stored uploads when it is first asked for.
            var files = new List<JobFile>
            {
                new("result.json", "result.json", ContractJson.WriteUtf8(analysis.Contract)),
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
            // The offline analysis alone: the model is not asked again (its review is not part of what is rendered).
            var analysis = _application.Analyze(feedback, report, assist: false, cancellationToken: cancellationToken);
            if (!SameAnalysis(storedResult, analysis.Contract))
            {
                _logger.LogWarning("job {Id}: the analysis made again differs from the stored one (models changed?); {File} not rendered", id, file);
                return null;
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (file == "report.html")
            {
                return Utf8.GetBytes(analysis.Html());
            }

            var checklist = analysis.Checklist;
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

    // Whether the stored result.json is this analysis: read back as the contract's record, the model's "assist" review
    // beside it set aside, and written again (a result that does not read as one, stored by another version, is not).
    private static bool SameAnalysis(byte[] stored, AnalysisDto fresh)
    {
        AnalysisDto read;
        try
        {
            read = ContractJson.Read(stored);
        }
        catch (JsonException)
        {
            return false;
        }

        return ContractJson.Write(read with { Assist = null }) == ContractJson.Write(fresh with { Assist = null });
    }

    /// <summary>The artifact a batch's unit job stores: what became of the unit (<see cref="UnitOutcome"/>).</summary>
    public const string UnitOutcomeFile = "unit.json";

    /// <summary>
    /// Divides a batch's archive into its units: for each (in the batch's order) the inputs of one unit job — its
    /// description (round, unit, each file's place in the archive and kind when a manifest gives it) and its files.
    /// Throws <see cref="InvalidDataException"/> for an archive refused or without units.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<JobFile>> Divide(string id, JobFile archive, CancellationToken cancellationToken)
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

            // Files are named as the archive names them, which every instance can rebuild; a unit job writes them out again.
            string Relative(string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
            var jobs = new List<IReadOnlyList<JobFile>>(units.Count);
            foreach (var unit in units)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var files = unit.Files.Select(f => new UnitFile(Relative(f), unit.Kinds?.GetValueOrDefault(Path.GetFullPath(f)))).ToList();
                var description = new UnitDescription(unit.Round, unit.Unit, files);
                jobs.Add([
                    new JobFile(SqlJobStore.UnitSlot, "unit.json", JsonSerializer.SerializeToUtf8Bytes(description, Json)),
                    .. unit.Files.Select((f, i) => new JobFile($"input:file:{i:D4}", files[i].Path, File.ReadAllBytes(f))),
                ]);
            }

            return jobs;
        }
        finally
        {
            Remove(folder);
        }
    }

    /// <summary>
    /// Analyses one unit of the batch <paramref name="batchId"/> from its unit job's inputs, keeping its documents, result
    /// and page in the batch store (shared by every instance on PostgreSQL) under names that start with the batch
    /// (<see cref="StoredPrefix"/>); returns <see cref="UnitOutcomeFile"/>.
    /// </summary>
    public IReadOnlyList<JobFile> AnalyseUnit(string id, string batchId, IReadOnlyList<JobFile> inputs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var description = JsonSerializer.Deserialize<UnitDescription>(inputs.Single(f => f.Slot == SqlJobStore.UnitSlot).Content, Json)
            ?? throw new InvalidDataException("unit job without its description");
        var folder = WorkFolder(id);
        try
        {
            // 1. The files where a batch run reads them, under their names in the archive (checked again: they came through the store).
            var root = Path.Combine(folder, "in");
            var paths = new List<string>();
            var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (file, index) in inputs.Where(f => f.Slot.StartsWith("input:file:", StringComparison.Ordinal)).OrderBy(f => f.Slot, StringComparer.Ordinal).Select((f, i) => (f, i)))
            {
                var path = Path.GetFullPath(Path.Combine(root, file.Name));
                if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    throw new InvalidDataException($"{file.Name}：路径在目标目录之外");
                }

                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Content);
                paths.Add(path);
                if (description.Files[index].Kind is { } kind)
                {
                    kinds[path] = kind;
                }
            }

            // 2. The unit analysed as a batch of one (reusing what the store holds for the same content), its files
            //    named in the store by the batch and their place in the archive.
            var prefix = StoredPrefix(batchId);
            string Name(string path) => prefix + Path.GetRelativePath(root, path).Replace('\\', '/');
            var unit = new UnitFolder(description.Round, description.Unit, paths, kinds.Count > 0 ? kinds : null);
            using var store = OpenBatchStore();
            var run = new BatchRunner(_application, store, _fingerprint).Run([unit], Name, progress: null, threads: 1, cancellationToken);

            // 3. What the summary needs from it, named as the archive names the files.
            // (A result found in the store may have been kept by another batch: its names are that batch's, without its prefix.)
            static string Relative(string name) => name.StartsWith("batch:", StringComparison.Ordinal) && name.IndexOf('/', StringComparison.Ordinal) is var slash and > 0 ? name[(slash + 1)..] : name;
            var analysis = run.Analyses.SingleOrDefault() is { } a
                ? a with { FeedbackPath = a.FeedbackPath is null ? null : Relative(a.FeedbackPath), ReportPath = Relative(a.ReportPath) }
                : null;
            var outcome = new UnitOutcome(analysis, run.Analysed, run.Reused,
                [.. run.Failures.Select(f => f with { Path = Relative(f.Path), Reason = _scrubber.Scrub(f.Reason) })]);
            return [new JobFile(UnitOutcomeFile, UnitOutcomeFile, JsonSerializer.SerializeToUtf8Bytes(outcome, Json))];
        }
        finally
        {
            Remove(folder);
        }
    }

    /// <summary>
    /// Assembles a batch whose units have all finished: the run as one instance would have made it (analyses and
    /// failures in the batch's order; a unit job that failed is the unit's failure, with its reason), then the
    /// dashboard, summary.json, the workbook and CSV files and the units' side-by-side pages from the batch store.
    /// </summary>
    public IReadOnlyList<JobFile> AssembleBatch(Job batch, IReadOnlyList<BatchUnitJob> units, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(units);
        var folder = WorkFolder(batch.Id);
        try
        {
            var analyses = new List<StoredAnalysis>();
            var failures = new List<BatchFailure>();
            int analysed = 0, reused = 0;
            foreach (var unit in units)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (unit.Outcome is null)
                {
                    var description = JsonSerializer.Deserialize<UnitDescription>(unit.Unit.Content, Json)!;
                    var where = description.Files.Count > 0 ? Path.GetDirectoryName(description.Files[0].Path)!.Replace('\\', '/') : $"{description.Round}/{description.Unit}";
                    failures.Add(new BatchFailure(description.Round, description.Unit, where, unit.Job.Error ?? "未能分析"));
                    continue;
                }

                var outcome = JsonSerializer.Deserialize<UnitOutcome>(unit.Outcome.Content, Json)!;
                if (outcome.Analysis is not null)
                {
                    analyses.Add(outcome.Analysis);
                }

                failures.AddRange(outcome.Failures);
                analysed += outcome.Analysed;
                reused += outcome.Reused;
            }

            var run = new BatchRun(analyses, failures, analysed, reused, DateTimeOffset.UtcNow - batch.Created);
            var output = Path.Combine(folder, "out");
            using var store = OpenBatchStore();
            BatchOutput.Write(output, BatchSummary.Compute(run, _application.Analyzer.Cues), run, store);

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

    /// <summary>Search over the documents of every batch in the batch store (the shared one on PostgreSQL).</summary>
    public IReadOnlyList<SearchHit> Search(string query, int limit)
    {
        using var store = OpenBatchStore();
        return store.Search(query, limit);
    }

    /// <summary>What the batch store's names of a batch's files start with: <c>batch:&lt;id&gt;/</c>, then the file's place in the archive.</summary>
    public static string StoredPrefix(string batchId) => $"batch:{batchId}/";

    /// <summary>Removes what the batch job <paramref name="id"/> left in the batch store (documents, search entries, analyses, failures).</summary>
    public void Forget(string id)
    {
        using var store = OpenBatchStore();
        store.ForgetPrefix(StoredPrefix(id));
        if (store is BatchStore local)
        {
            // What a batch run whole on one instance (before batches were divided into units) left under its work folder.
            local.Forget(Path.Combine(_work, id));
        }
    }

    // The batch store: PostgreSQL's, beside the jobs, when that is the store (every instance shares it); else the SQLite file.
    private IBatchStore OpenBatchStore() =>
        _batchDataSource is not null ? new PostgresBatchStore(_batchDataSource, ownsDataSource: false) : new BatchStore(_store);

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
    public void Dispose()
    {
        _application.Dispose();
        _batchDataSource?.Dispose();
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
        return _application.Parser.Parse(path, cancellationToken);
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

/// <summary>A unit job's description: its round and unit, and its files by their place in the archive (with their kind where a manifest says).</summary>
internal sealed record UnitDescription(string Round, string Unit, IReadOnlyList<UnitFile> Files);

/// <summary>A file of a unit: its path in the archive and, from a manifest, whether it is the feedback or the report.</summary>
internal sealed record UnitFile(string Path, string? Kind);

/// <summary>What became of one unit: its analysis (null when it had none), whether analysed now or found in the store, and its failures.</summary>
internal sealed record UnitOutcome(StoredAnalysis? Analysis, int Analysed, int Reused, IReadOnlyList<BatchFailure> Failures);
