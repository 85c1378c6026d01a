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
/// <param name="QueuePosition">While queued: 1 when it is next.</param>
/// <param name="Progress">Units done and in all (batches).</param>
/// <param name="Links">Where its results are.</param>
/// <param name="Result">When done: the analysis as <c>analyze --json</c> prints it, or the batch's summary.json (their records, read back from the store).</param>
public sealed record JobView(
    string Id,
    [property: Description("queued | running | done | failed")] string Status,
    DateTimeOffset Created,
    DateTimeOffset? Started,
    DateTimeOffset? Finished,
    string? Error,
    int? QueuePosition,
    JobProgress? Progress,
    IReadOnlyDictionary<string, string> Links,
    object? Result);

/// <summary>Units done of all.</summary>
public sealed record JobProgress(int Done, int Total);

/// <summary>The id of a job just queued.</summary>
public sealed record Created(string Id, string Status, string Location);

/// <summary>
/// What analyses and batches share as resources: queue (201 + Location), status with the result, downloads
/// of what the job made, delete; each read, download and delete written to the audit log. A job another
/// user submitted is "not found" to an inspector.
/// </summary>
/// <param name="Kind">The job kind.</param>
/// <param name="Route">The collection's path.</param>
/// <param name="ResultFile">The artifact given as <c>result</c> when done.</param>
/// <param name="ReadResult">Reads it as its contract's record (<c>AnalysisDto</c>, <c>SummaryDto</c>).</param>
/// <param name="Downloads">The artifacts served, with their content types.</param>
/// <param name="Attachment">The file name a download is saved under (null: shown in the browser).</param>
/// <param name="NameSlot">The upload whose file name a list shows.</param>
internal sealed record JobResource(string Kind, string Route, string ResultFile, Func<byte[], object> ReadResult, IReadOnlyDictionary<string, string> Downloads, Func<string, string, string?> Attachment, string NameSlot)
{
    /// <summary>Maps GET /, GET /{id}, DELETE /{id} and GET /{id}/{file} on the group.</summary>
    public void MapReads(RouteGroupBuilder api, string statusSummary, string downloadSummary, string deleteSummary)
    {
        api.MapGet("/", List).WithSummary("最近的任务（新的在前）：巡察干部看到自己提交的，分析人员和管理员看到全部").Produces<IReadOnlyList<JobSummary>>();
        api.MapGet("/{id}", Get).WithSummary(statusSummary).Produces<JobView>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapDelete("/{id}", Delete).WithSummary(deleteSummary).Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{id}/{file}", Download).WithSummary(downloadSummary).Produces(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    /// <summary>Stores a new job with its uploads and its audit line (one transaction), wakes the workers, answers 201.</summary>
    public IResult Queue(HttpContext context, IJobStore store, JobWorker worker, IReadOnlyList<JobFile> inputs)
    {
        var job = new Job(Guid.NewGuid().ToString("N"), Kind, JobStatus.Queued, AuditTrail.UserOf(context.User), DateTimeOffset.UtcNow);
        store.Create(job, inputs, AuditTrail.Entry(context, "upload-" + Kind, job.Id, StatusCodes.Status201Created));
        worker.Wake();
        var location = $"{Route}/{job.Id}";
        return TypedResults.Created(location, new Created(job.Id, job.Status, location));
    }

    /// <summary>Records a refused upload and answers with the problem.</summary>
    public IResult Refuse(HttpContext context, AuditTrail audit, IResult problem)
    {
        var status = problem is IStatusCodeHttpResult { StatusCode: { } code } ? code : StatusCodes.Status400BadRequest;
        audit.Record(context, "upload-" + Kind, "", status);
        return problem;
    }

    private Microsoft.AspNetCore.Http.HttpResults.Ok<IReadOnlyList<JobSummary>> List(HttpContext context, IJobStore store, AuditTrail audit, int? limit)
    {
        var everyone = context.User.IsInRole(ApiKey.Analyst) || context.User.IsInRole(ApiKey.Admin);
        var jobs = store.List(Kind, everyone ? null : AuditTrail.UserOf(context.User), NameSlot, Math.Clamp(limit ?? 50, 1, 500));
        audit.Record(context, "list-" + Kind, everyone ? "*" : "", StatusCodes.Status200OK);
        return TypedResults.Ok(jobs);
    }

    private IResult Get(string id, HttpContext context, IJobStore store, AuditTrail audit)
    {
        // What clients poll: answered from the row read a moment ago when it was queued or running (IJobStore.Status).
        if (Visible(store, id, context.User, polled: true) is not { } job)
        {
            return Hidden(context, audit, "read-" + Kind, id);
        }

        object? result = null;
        if (job.Status == JobStatus.Done && store.File(id, ResultFile) is { } file)
        {
            result = ReadResult(file.Content);
            audit.Record(context, "read-" + Kind, id, StatusCodes.Status200OK);
        }

        var links = new Dictionary<string, string> { ["self"] = $"{Route}/{id}" };
        foreach (var name in Downloads.Keys)
        {
            links[name] = $"{Route}/{id}/{name}";
        }

        return TypedResults.Ok(new JobView(job.Id, job.Status, job.Created, job.Started, job.Finished, job.Error,
            job.Status == JobStatus.Queued ? job.QueuePosition ?? store.QueuePosition(job) : null, job.Total > 0 ? new JobProgress(job.Done, job.Total) : null, links, result));
    }

    /// <summary>
    /// Maps GET /{id}/units/{round}/{page}: a batch unit's side-by-side report page, which the dashboard links to
    /// by a relative path, served like the dashboard (in a sandbox).
    /// </summary>
    public void MapUnitPages(RouteGroupBuilder api) =>
        api.MapGet("/{id}/units/{round}/{page}", UnitPage).WithSummary("批量分析中某一轮某个单位的整改报告对照页（看板中单位名称的链接）")
            .Produces(StatusCodes.Status200OK).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

    private IResult UnitPage(string id, string round, string page, HttpContext context, IJobStore store, AuditTrail audit)
    {
        var slot = $"units/{round}/{page}";
        if (Visible(store, id, context.User) is not { } job)
        {
            return Hidden(context, audit, "download:" + slot, id);
        }

        if (job.Status != JobStatus.Done)
        {
            return Problems.NotDone(id, job.Status, job.Error);
        }

        if (!page.EndsWith(".html", StringComparison.Ordinal) || store.File(id, slot) is not { } stored)
        {
            return Problems.Of(StatusCodes.Status404NotFound, "没有这个单位的对照页", $"批量分析 {id} 中没有 {round}/{page}。");
        }

        audit.Record(context, "download:" + slot, id, StatusCodes.Status200OK);
        context.Response.Headers.ContentSecurityPolicy = Sandbox;
        return TypedResults.Bytes(stored.Content, "text/html; charset=utf-8");
    }

    // Our own self-contained pages, shown in a sandbox: their scripts run, but in an origin of their own,
    // with nothing of this one's (the page's key) within reach, and nothing fetched from anywhere.
    private const string Sandbox = "sandbox allow-scripts allow-popups allow-downloads; default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

    private async Task<IResult> Download(string id, string file, HttpContext context, IJobStore store, ArtifactRenderer renderer, AuditTrail audit)
    {
        if (!Downloads.TryGetValue(file, out var contentType))
        {
            return Problems.Of(StatusCodes.Status404NotFound, "没有这种下载", $"可下载：{string.Join("、", Downloads.Keys)}。");
        }

        if (Visible(store, id, context.User) is not { } job)
        {
            return Hidden(context, audit, "download:" + file, id);
        }

        if (job.Status != JobStatus.Done)
        {
            return Problems.NotDone(id, job.Status, job.Error);
        }

        var stored = store.File(id, file);
        if (stored is null && Kind == JobKinds.Analysis && JobProcessor.RenderedArtifacts.Contains(file))
        {
            // Made on its first download, then kept; a job deleted meanwhile is not found, as it would be a moment later.
            var rendering = await renderer.GetAsync(id, file, context.RequestAborted).ConfigureAwait(false);
            if (rendering.Stale)
            {
                audit.Record(context, "download:" + file, id, StatusCodes.Status409Conflict);
                return Problems.Of(StatusCodes.Status409Conflict, "分析模型已更新",
                    $"任务 {id} 完成后服务的分析模型已更换，重新分析的结果与原结果不同，不能按原结果生成 {file}；请重新提交分析。");
            }

            if (rendering.File is null)
            {
                return Hidden(context, audit, "download:" + file, id);
            }

            stored = rendering.File;
        }

        if (stored is null)
        {
            return Problems.NotDone(id, job.Status, job.Error);
        }

        audit.Record(context, "download:" + file, id, StatusCodes.Status200OK);
        if (contentType.StartsWith("text/html", StringComparison.Ordinal))
        {
            context.Response.Headers.ContentSecurityPolicy = Sandbox;
        }

        return Attachment(id, file) is { } name ? TypedResults.File(stored.Content, contentType, name) : TypedResults.Bytes(stored.Content, contentType);
    }

    // Its submitter or an admin (an analyst reads every job but removes only their own).
    private IResult Delete(string id, HttpContext context, IJobStore store, JobWorker worker, AuditTrail audit)
    {
        if (Visible(store, id, context.User) is not { } job || !(context.User.IsInRole(ApiKey.Admin) || AuditTrail.UserOf(context.User) == job.Owner))
        {
            return Hidden(context, audit, "delete-" + Kind, id);
        }

        worker.Delete(job);
        audit.Record(context, "delete-" + Kind, id, StatusCodes.Status204NoContent);
        return TypedResults.NoContent();
    }

    // 404 for a job the user may not see (or that is not there), written to the audit log: another user's
    // job asked for is a refusal like any other.
    private static IResult Hidden(HttpContext context, AuditTrail audit, string action, string id)
    {
        audit.Record(context, "denied " + action, id, StatusCodes.Status404NotFound);
        return Problems.NotFound(id);
    }

    // The job if it exists, is of this kind and the user may see it.
    private Job? Visible(IJobStore store, string id, ClaimsPrincipal user, bool polled = false) =>
        id.Length == 32 && id.All(char.IsAsciiHexDigitLower) && (polled ? store.Status(id) : store.Find(id)) is { } job && job.Kind == Kind && AuditTrail.MayRead(user, job.Owner) ? job : null;
}
