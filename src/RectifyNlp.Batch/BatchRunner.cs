using System.Collections.Concurrent;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using RectifyNlp.Analysis;
using RectifyNlp.Application;
using RectifyNlp.Core;
using RectifyNlp.Core.Documents;
using RectifyNlp.Core.Structure;
using RectifyNlp.Nlp;

namespace RectifyNlp.Batch;

/// <summary>What a batch did.</summary>
/// <param name="Analyses">Every unit analysed (now or in an earlier run), by round then unit.</param>
/// <param name="Failures">What could not be analysed, with the reason.</param>
/// <param name="Analysed">How many pairs were analysed in this run.</param>
/// <param name="Reused">How many were found in the store.</param>
/// <param name="Elapsed">How long the run took.</param>
public sealed record BatchRun(IReadOnlyList<StoredAnalysis> Analyses, IReadOnlyList<BatchFailure> Failures, int Analysed, int Reused, TimeSpan Elapsed);

/// <summary>
/// Analyses every unit of a batch folder on all cores: for each unit its feedback and report (told apart by
/// file name, else by content), keyed by content so that a rerun reuses what the store holds; a file that
/// cannot be read, or a unit without a report, is recorded with its reason and the batch goes on.
/// </summary>
/// <param name="application">The front door: reads the documents, analyses them and writes the results as <c>analyze</c> does.</param>
/// <param name="store">Where results are kept and found again.</param>
/// <param name="analyserFingerprint">What decides a result besides the documents (<see cref="Fingerprint"/>).</param>
public sealed class BatchRunner(RectifyApplication application, IBatchStore store, string analyserFingerprint)
{
    private readonly RectifyApplication _application = application ?? throw new ArgumentNullException(nameof(application));

    private DocumentParser Parser => _application.Parser;

    /// <summary>Runs the batch under <paramref name="folder"/>; <paramref name="progress"/> is told of each unit done.</summary>
    public BatchRun Run(string folder, Action<int, int>? progress = null, int? threads = null, CancellationToken cancellationToken = default) =>
        Run(BatchInput.Discover(folder), progress, threads, cancellationToken);

    /// <summary>Runs the batch over <paramref name="units"/> (from a folder or a manifest).</summary>
    public BatchRun Run(IReadOnlyList<UnitFolder> units, Action<int, int>? progress = null, int? threads = null, CancellationToken cancellationToken = default) =>
        Run(units, path => path, progress, threads, cancellationToken);

    /// <summary>
    /// Runs the batch over <paramref name="units"/>, each file stored and reported under the name <paramref name="name"/>
    /// gives it rather than its path: for files read from a folder that is not where they belong (the service names a
    /// unit's files by their batch and their place in its archive, the same on every instance).
    /// </summary>
    public BatchRun Run(IReadOnlyList<UnitFolder> units, Func<string, string> name, Action<int, int>? progress, int? threads, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(name);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var analyses = new ConcurrentDictionary<int, StoredAnalysis>();
        var failures = new ConcurrentBag<(int Order, BatchFailure Failure)>();
        var analysed = 0;
        var reused = 0;
        var done = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads ?? Environment.ProcessorCount, CancellationToken = cancellationToken };
        Parallel.For(0, units.Count, options, index =>
        {
            var unit = units[index];
            var fail = (string path, string reason) => failures.Add((index, new BatchFailure(unit.Round, unit.Unit, name(path), reason)));
            var documents = new List<(string Path, string Hash, string Kind, ParsedDocument? Parsed)>();
            foreach (var path in unit.Files)
            {
                try
                {
                    if (new FileInfo(path).LinkTarget is not null)
                    {
                        throw new DocumentReadException(DocumentReadError.Unsupported, $"{Path.GetFileName(path)}：是符号链接，不跟随");
                    }

                    var hash = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

                    var stored = store.Document(hash);
                    var kind = unit.Kinds?.GetValueOrDefault(Path.GetFullPath(path)) ?? BatchInput.KindFromName(path) ?? stored?.Kind;
                    ParsedDocument? parsed = null;
                    if (kind is null || stored is null)
                    {
                        parsed = Parser.Parse(path, cancellationToken);
                        kind ??= KindOf(parsed);
                        store.AddDocument(hash, kind, parsed.Structure.Title, parsed.Text.Text, name(path), unit.Round, unit.Unit);
                    }

                    documents.Add((path, hash, kind, parsed));
                }
                catch (DocumentReadException e)
                {
                    fail(path, e.Message);
                }
                catch (InvalidDataException e)
                {
                    fail(path, e.Message);
                }
                catch (IOException e)
                {
                    fail(path, e.Message);
                }
                catch (UnauthorizedAccessException e)
                {
                    fail(path, e.Message);
                }
            }

            var feedback = documents.FirstOrDefault(d => d.Kind == "feedback");
            var report = documents.FirstOrDefault(d => d.Kind == "report");
            if (report.Path is null)
            {
                // A unit is one failure: when one of its files could not be read, that reason stands for it.
                if (unit.Files.Count > 0 && documents.Count == unit.Files.Count)
                {
                    fail(Path.GetDirectoryName(unit.Files[0])!, "未找到整改报告（missing-report）");
                }
            }
            else
            {
                // A result is reused with its side-by-side page; one kept by an earlier version without it is made again.
                var key = Key(feedback.Hash, report.Hash);
                if (store.Analysis(key) is { } stored && store.HasPage(key))
                {
                    analyses[index] = stored with { Round = unit.Round, Unit = unit.Unit };
                    Interlocked.Increment(ref reused);
                }
                else
                {
                    try
                    {
                        var feedbackDocument = feedback.Path is null ? null : feedback.Parsed ?? Parser.Parse(feedback.Path, cancellationToken);
                        var reportDocument = report.Parsed ?? Parser.Parse(report.Path, cancellationToken);
                        // The offline result alone: a batch never asks the model (hundreds of pairs; results reused by content).
                        var analysisReport = _application.Analyze(feedbackDocument, reportDocument, assist: false, cancellationToken: cancellationToken);
                        var analysis = new StoredAnalysis(key, unit.Round, unit.Unit, feedback.Path is null ? null : name(feedback.Path), name(report.Path), analysisReport.Json());
                        store.AddPage(key, analysisReport.Html());
                        store.AddAnalysis(analysis);
                        analyses[index] = analysis;
                        Interlocked.Increment(ref analysed);
                    }
                    catch (DocumentReadException e)
                    {
                        fail(report.Path, e.Message);
                    }
                }
            }

            progress?.Invoke(Interlocked.Increment(ref done), units.Count);
        });

        foreach (var (_, failure) in failures.OrderBy(f => f.Order))
        {
            store.AddFailure(failure);
        }

        return new BatchRun(
            [.. analyses.OrderBy(a => a.Key).Select(a => a.Value)],
            [.. failures.OrderBy(f => f.Order).ThenBy(f => f.Failure.Path, StringComparer.Ordinal).Select(f => f.Failure)],
            analysed,
            reused,
            clock.Elapsed);
    }

    /// <summary>
    /// The analyser's fingerprint: everything besides the two documents that decides a stored result, so that a
    /// rerun reuses a result only when the same program with the same models would find it again —
    /// 1. the program's identity: the informational version (package version and commit) and the module version id
    ///    of each assembly that reads, analyses or writes a result (a deterministic build gives a new one exactly when
    ///    its code changed, committed or not);
    /// 2. every file under models/ (taxonomy, cues, lexicon, IDF, scorers and the .zip models they are checked
    ///    against, templates …), by path and content; the cue examples, test data nothing reads at run time, are left out;
    /// 3. jieba's dictionary and HMM table beside the program.
    /// </summary>
    public static string Fingerprint(ModelPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => sha.AppendData(Encoding.UTF8.GetBytes(text + "\n"));

        // 1. The program.
        Add(typeof(BatchRunner).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "");
        foreach (var type in new[] { typeof(DocumentParser), typeof(Ingestion.AutoDetectingDocumentReader), typeof(ModelPaths), typeof(Analyzer), typeof(Checklists.ChecklistBuilder), typeof(RectifyApplication), typeof(BatchRunner) })
        {
            Add($"{type.Assembly.GetName().Name} {type.Assembly.ManifestModule.ModuleVersionId}");
        }

        // 2. The models.
        var models = Path.GetFullPath(paths.ModelsDirectory);
        var files = Directory.EnumerateFiles(models, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(models, f).Replace('\\', '/'))
            .Where(f => !f.EndsWith(".examples.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            Add(file);
            sha.AppendData(File.ReadAllBytes(Path.Combine(models, file)));
        }

        // 3. jieba's own files.
        foreach (var path in new[] { paths.JiebaDictionary, paths.JiebaEmission })
        {
            Add(Path.GetFileName(path));
            if (File.Exists(path))
            {
                sha.AppendData(File.ReadAllBytes(path));
            }
        }

        return Convert.ToHexString(sha.GetHashAndReset())[..16];
    }

    private string Key(string? feedbackHash, string reportHash) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{feedbackHash}|{reportHash}|{analyserFingerprint}")))[..32];

    private static string KindOf(ParsedDocument document) => document.Structure.Kind.Kind switch
    {
        DocumentKind.FeedbackSpeech or DocumentKind.FeedbackOpinion => "feedback",
        DocumentKind.RectificationReport or DocumentKind.RectificationPlan => "report",
        _ => "other",
    };
}
