using System.ComponentModel;
using System.Security.Claims;
using System.Text.Json;
using RectifyNlp.Server.Security;
using RectifyNlp.Server.Storage;
using RectifyNlp.Server.Work;

namespace RectifyNlp.Server.Api;

/// <summary>A job as the API shows it.</summary>
/// <param name="Id">The job's id.</param>
/// <param name="Status">queued, running, done or failed.</param>
/// <param name="Created">When it was submitted.</param>
/// <param name="Started">When a worker took it.</param>
/// <param name="Finished">When it finished.</param>
/// <param name="Error">Why it failed.</param>
/// <param name="Progress">Units done and in all (batches).</param>
/// <param name="Links">Where its results are.</param>
/// <param name="Result">When done: the analysis as <c>analyze --json</c> prints it, or the batch's summary.json.</param>
public sealed record JobView(
    string Id,
    [property: Description("queued | running | done | failed")] string Status,
    DateTimeOffset Created,
    DateTimeOffset? Started,
    DateTimeOffset? Finished,
    string? Error,
    JobProgress? Progress,
    IReadOnlyDictionary<string, string> Links,
    JsonElement? Result);

/// <summary>Units done of all.</summary>
public sealed record JobProgress(int Done, int Total);

/// <summary>The id of a job just queued.</summary>
public sealed record Created(string Id, string Status, string Location);

/// <summary>POST/GET /api/analyses: screen a report against its feedback.</summary>
internal static class AnalysesApi
{
    /// <summary>Artifacts by the file name the API serves them under, with their content types.</summary>
    private static readonly Dictionary<string, string> Downloads = new(StringComparer.Ordinal)
    {
        ["report.html"] = "text/html; charset=utf-8",
        ["documents.json"] = "application/json; charset=utf-8",
        ["checklist.md"] = "text/markdown; charset=utf-8",
        ["checklist.docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ["checklist.xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    public static RouteGroupBuilder MapAnalysesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/analyses").WithTags("analyses").RequireAuthorization(ServiceSetup.InspectorPolicy);
        api.MapPost("/", Create)
            .DisableAntiforgery()
            .AcceptsFiles("上传整改报告（report）和反馈意见（feedback，可选），排队分析",
                ("report", true, "整改报告（.txt 任意中文编码、.docx、.pdf、.html；按内容识别类型）"),
                ("feedback", false, "巡察反馈意见或反馈会讲话（可选；没有时用报告复述的问题）"))
            .Produces<Created>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        api.MapGet("/{id}", Get).WithSummary("任务状态；完成后 result 为 analyze --json 的结果").Produces<JobView>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{id}/{file}", Download)
            .WithSummary("下载：report.html、checklist.docx、checklist.xlsx、checklist.md、documents.json（两份文件的规范化文本）")
            .Produces(StatusCodes.Status200OK).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<IResult> Create(HttpContext context, IJobStore store, JobWorker worker, AuditTrail audit, ServiceOptions options)
    {
        var (form, problem) = await Uploads.ReadForm(context.Request, options).ConfigureAwait(false);
        if (form is null)
        {
            return Audited(context, audit, "upload-analysis", "", problem!);
        }

        var (report, reportProblem) = await Uploads.Document(form, "report", required: true).ConfigureAwait(false);
        var (feedback, feedbackProblem) = await Uploads.Document(form, "feedback", required: false).ConfigureAwait(false);
        if ((reportProblem ?? feedbackProblem) is { } bad)
        {
            return Audited(context, audit, "upload-analysis", "", bad);
        }

        var job = new Job(Guid.NewGuid().ToString("N"), JobKinds.Analysis, JobStatus.Queued, AuditTrail.UserOf(context.User), DateTimeOffset.UtcNow);
        store.Create(job, feedback is null ? [report!] : [report!, feedback]);
        worker.Wake();
        var location = $"/api/analyses/{job.Id}";
        audit.Record(context, "upload-analysis", job.Id, StatusCodes.Status201Created);
        return TypedResults.Created(location, new Created(job.Id, job.Status, location));
    }

    private static IResult Get(string id, HttpContext context, IJobStore store, AuditTrail audit)
    {
        if (Visible(store, id, context.User, JobKinds.Analysis) is not { } job)
        {
            return Problems.NotFound(id);
        }

        JsonElement? result = null;
        if (job.Status == JobStatus.Done && store.File(id, "result.json") is { } file)
        {
            result = JsonDocument.Parse(file.Content).RootElement.Clone();
            audit.Record(context, "read-analysis", id, StatusCodes.Status200OK);
        }

        var links = new Dictionary<string, string> { ["self"] = $"/api/analyses/{id}" };
        foreach (var name in Downloads.Keys)
        {
            links[name] = $"/api/analyses/{id}/{name}";
        }

        return TypedResults.Ok(View(job, links, result));
    }

    private static IResult Download(string id, string file, HttpContext context, IJobStore store, AuditTrail audit)
    {
        if (!Downloads.TryGetValue(file, out var contentType))
        {
            return Problems.Of(StatusCodes.Status404NotFound, "没有这种下载", $"可下载：{string.Join("、", Downloads.Keys)}。");
        }

        if (Visible(store, id, context.User, JobKinds.Analysis) is not { } job)
        {
            return Problems.NotFound(id);
        }

        if (job.Status != JobStatus.Done || store.File(id, file) is not { } stored)
        {
            return Problems.NotDone(id, job.Status, job.Error);
        }

        audit.Record(context, "download:" + file, id, StatusCodes.Status200OK);
        if (file is "report.html" or "documents.json")
        {
            return TypedResults.Bytes(stored.Content, contentType);
        }

        var extension = Path.GetExtension(file);
        return TypedResults.File(stored.Content, contentType, $"核查清单-{id[..8]}{extension}");
    }

    /// <summary>The job if it exists, is of this kind and the user may see it.</summary>
    internal static Job? Visible(IJobStore store, string id, ClaimsPrincipal user, string kind) =>
        id.Length == 32 && id.All(char.IsAsciiHexDigitLower) && store.Find(id) is { } job && job.Kind == kind && AuditTrail.MayRead(user, job.Owner) ? job : null;

    internal static JobView View(Job job, IReadOnlyDictionary<string, string> links, JsonElement? result) =>
        new(job.Id, job.Status, job.Created, job.Started, job.Finished, job.Error, job.Total > 0 ? new JobProgress(job.Done, job.Total) : null, links, result);

    internal static IResult Audited(HttpContext context, AuditTrail audit, string action, string target, IResult problem)
    {
        var status = problem is IStatusCodeHttpResult { StatusCode: { } code } ? code : StatusCodes.Status400BadRequest;
        audit.Record(context, action, target, status);
        return problem;
    }
}
