using RectifyNlp.Analysis;
using RectifyNlp.Checklists;
using RectifyNlp.Core;
using RectifyNlp.Ingestion;
using RectifyNlp.Nlp;
using RectifyNlp.Nlp.Classification;

namespace RectifyNlp.Application;

/// <summary>How the front door is built.</summary>
/// <param name="Parser">Reads the documents; null: the readers' defaults (the service passes its upload limit).</param>
/// <param name="Throughput">Compile the cue patterns: for many analyses in one process (batch, the service).</param>
/// <param name="Assistant">The optional model that reviews each analysis; the front door owns it (disposes it).</param>
public sealed record RectifyApplicationOptions(DocumentParser? Parser = null, bool Throughput = false, IAnalysisAssistant? Assistant = null)
{
    /// <summary>The defaults: the readers' limits, patterns interpreted (a quick start), no model.</summary>
    public static RectifyApplicationOptions Default { get; } = new();
}

/// <summary>
/// The application's front door, built once from the model paths: the document parser, the analyser, the taxonomy
/// (categories named in Chinese), the checklist templates and the optional model assistant. Every host — the CLI's
/// commands, the service's jobs, the batch runner, the Semantic Kernel plugin — calls <see cref="Analyze(ParsedDocument?, ParsedDocument, NearDuplicateIndex?, bool, CancellationToken)"/>
/// and renders what it needs from the <see cref="AnalysisReport"/>, so no host names categories, builds a checklist
/// or asks the model its own way. Immutable and thread-safe.
/// </summary>
public sealed class RectifyApplication : IDisposable
{
    private RectifyApplication(ModelPaths paths, DocumentParser parser, Analyzer analyzer, Taxonomy taxonomy, ChecklistBuilder checklists, IAnalysisAssistant? assistant)
    {
        Paths = paths;
        Parser = parser;
        Analyzer = analyzer;
        Taxonomy = taxonomy;
        Checklists = checklists;
        Assistant = assistant;
    }

    /// <summary>Where the models were found.</summary>
    public ModelPaths Paths { get; }

    /// <summary>Reads .txt, .docx, .pdf and .html documents.</summary>
    public DocumentParser Parser { get; }

    /// <summary>The analyser.</summary>
    public Analyzer Analyzer { get; }

    /// <summary>The issue categories and passage roles (models/taxonomy).</summary>
    public Taxonomy Taxonomy { get; }

    /// <summary>Builds review checklists (models/checklist/templates.json), naming categories from the taxonomy.</summary>
    public ChecklistBuilder Checklists { get; }

    /// <summary>The optional model, or null (the default).</summary>
    public IAnalysisAssistant? Assistant { get; }

    /// <summary>A category's Chinese name (贯彻落实上级决策部署) from its id (decisions), as every output names it.</summary>
    public string CategoryName(string id) => Taxonomy.NameOf(id);

    /// <summary>Loads the models, lexicon, cues, taxonomy and templates under <paramref name="paths"/>.</summary>
    /// <exception cref="ModelsNotFoundException">A model file is missing or damaged.</exception>
    public static RectifyApplication Load(ModelPaths paths, RectifyApplicationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        options ??= RectifyApplicationOptions.Default;
        var analyzer = Analyzer.Load(paths, options.Throughput);
        try
        {
            var taxonomy = Taxonomy.Load(Path.Combine(paths.ModelsDirectory, "taxonomy"));
            var checklists = new ChecklistBuilder(ChecklistTemplates.Load(Path.Combine(paths.ModelsDirectory, "checklist", "templates.json")), taxonomy.NameOf);
            return new RectifyApplication(paths, options.Parser ?? new DocumentParser(AutoDetectingDocumentReader.Default), analyzer, taxonomy, checklists, options.Assistant);
        }
        catch
        {
            analyzer.Dispose();
            throw;
        }
    }

    /// <summary>Analyses <paramref name="report"/> against <paramref name="feedback"/> (null: the report restates its problems).</summary>
    /// <param name="feedback">The feedback, or null.</param>
    /// <param name="report">The report.</param>
    /// <param name="others">Other units' measures: one shared near-verbatim is a copied measure.</param>
    /// <param name="assist">Ask the model, when one is configured (batch and re-renders do not: they want the offline result alone).</param>
    /// <param name="cancellationToken">Stops the analysis, and the model's review.</param>
    /// <exception cref="Core.Documents.DocumentReadException">The documents are too large or complex to analyse.</exception>
    public AnalysisReport Analyze(ParsedDocument? feedback, ParsedDocument report, NearDuplicateIndex? others = null, bool assist = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var analysis = new AnalysisReport(Analyzer.Analyze(feedback, report, others, cancellationToken), feedback, report, CategoryName, Checklists, assist: null);
        return assist ? Review(analysis, cancellationToken) : analysis;
    }

    /// <summary>
    /// The analysis with the model's review beside it, when a model is configured (else <paramref name="analysis"/> as
    /// it is): for hosts that bound the offline analysis by a time limit the model's requests have their own of.
    /// </summary>
    public AnalysisReport Review(AnalysisReport analysis, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        if (Assistant is null)
        {
            return analysis;
        }

        var review = Assistant.ReviewAsync(analysis.Result, cancellationToken).GetAwaiter().GetResult();
        return new AnalysisReport(analysis.Result, analysis.Feedback, analysis.Report, CategoryName, Checklists, review);
    }

    /// <summary>Reads the files and analyses them (see the overload over parsed documents).</summary>
    /// <exception cref="Core.Documents.DocumentReadException">A file cannot be read.</exception>
    public AnalysisReport Analyze(string? feedbackPath, string reportPath, bool assist = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reportPath);
        var feedback = string.IsNullOrWhiteSpace(feedbackPath) ? null : Parser.Parse(feedbackPath, cancellationToken);
        return Analyze(feedback, Parser.Parse(reportPath, cancellationToken), assist: assist, cancellationToken: cancellationToken);
    }

    /// <summary>The pre-review checklist of a feedback alone (no report yet): its problems with what to verify.</summary>
    public Checklist PreReviewChecklist(ParsedDocument feedback)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        return Checklists.Build(feedback, Analyzer.Problems(feedback));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Analyzer.Dispose();
        Assistant?.Dispose();
    }
}
