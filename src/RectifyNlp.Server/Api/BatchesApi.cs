using System.Text.Json;
using RectifyNlp.Server.Security;
using RectifyNlp.Server.Storage;
using RectifyNlp.Server.Work;

namespace RectifyNlp.Server.Api;

/// <summary>POST/GET /api/batches: a zip of the batch folder layout (round/unit/files), for analysts.</summary>
internal static class BatchesApi
{
    private static readonly Dictionary<string, string> Downloads = new(StringComparer.Ordinal)
    {
        ["index.html"] = "text/html; charset=utf-8",
        ["summary.json"] = "application/json; charset=utf-8",
        ["batch.xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ["pairs.csv"] = "text/csv; charset=utf-8",
        ["issues.csv"] = "text/csv; charset=utf-8",
        ["gaps.csv"] = "text/csv; charset=utf-8",
        ["recurrences.csv"] = "text/csv; charset=utf-8",
        ["failures.csv"] = "text/csv; charset=utf-8",
    };

    public static RouteGroupBuilder MapBatchesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/batches").WithTags("batches").RequireAuthorization(ServiceSetup.AnalystPolicy);
        api.MapPost("/", Create)
            .DisableAntiforgery()
            .AcceptsFiles("上传批处理目录的 zip 压缩包，排队分析", ("archive", true, "zip：轮次/单位/ 目录下放反馈意见和整改报告"))
            .Produces<Created>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        api.MapGet("/{id}", Get).WithSummary("批处理状态与进度；完成后 result 为 summary.json").Produces<JobView>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{id}/{file}", Download).WithSummary("下载：index.html、summary.json、batch.xlsx 与各 CSV").Produces(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<IResult> Create(HttpContext context, IJobStore store, JobWorker worker, AuditTrail audit, ServiceOptions options)
    {
        var (form, problem) = await Uploads.ReadForm(context.Request, options).ConfigureAwait(false);
        if (form is null)
        {
            return AnalysesApi.Audited(context, audit, "upload-batch", "", problem!);
        }

        if (form.Files.GetFile("archive") is not { } file)
        {
            return AnalysesApi.Audited(context, audit, "upload-batch", "", Problems.Of(StatusCodes.Status400BadRequest, "缺少 archive 文件", "请在表单字段 archive 中上传 zip 压缩包。"));
        }

        var bytes = await Uploads.ReadAll(file).ConfigureAwait(false);
        if (bytes.Length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4)
        {
            return AnalysesApi.Audited(context, audit, "upload-batch", "", Problems.Of(StatusCodes.Status415UnsupportedMediaType, "不是 zip 压缩包", $"{file.FileName}：请上传 zip 格式的批处理目录（轮次/单位/文件）。"));
        }

        try
        {
            ArchiveExtractor.Check(bytes, options.Archive);
        }
        catch (InvalidDataException e)
        {
            return AnalysesApi.Audited(context, audit, "upload-batch", "", Problems.Of(StatusCodes.Status400BadRequest, "压缩包不能接受", e.Message));
        }

        var job = new Job(Guid.NewGuid().ToString("N"), JobKinds.Batch, JobStatus.Queued, AuditTrail.UserOf(context.User), DateTimeOffset.UtcNow);
        store.Create(job, [new JobFile("input:archive", file.FileName, bytes)]);
        worker.Wake();
        var location = $"/api/batches/{job.Id}";
        audit.Record(context, "upload-batch", job.Id, StatusCodes.Status201Created);
        return TypedResults.Created(location, new Created(job.Id, job.Status, location));
    }

    private static IResult Get(string id, HttpContext context, IJobStore store, AuditTrail audit)
    {
        if (AnalysesApi.Visible(store, id, context.User, JobKinds.Batch) is not { } job)
        {
            return Problems.NotFound(id);
        }

        JsonElement? result = null;
        if (job.Status == JobStatus.Done && store.File(id, "summary.json") is { } summary)
        {
            result = JsonDocument.Parse(summary.Content).RootElement.Clone();
            audit.Record(context, "read-batch", id, StatusCodes.Status200OK);
        }

        var links = new Dictionary<string, string> { ["self"] = $"/api/batches/{id}" };
        foreach (var name in Downloads.Keys)
        {
            links[name] = $"/api/batches/{id}/{name}";
        }

        return TypedResults.Ok(AnalysesApi.View(job, links, result));
    }

    private static IResult Download(string id, string file, HttpContext context, IJobStore store, AuditTrail audit)
    {
        if (!Downloads.TryGetValue(file, out var contentType))
        {
            return Problems.Of(StatusCodes.Status404NotFound, "没有这种下载", $"可下载：{string.Join("、", Downloads.Keys)}。");
        }

        if (AnalysesApi.Visible(store, id, context.User, JobKinds.Batch) is not { } job)
        {
            return Problems.NotFound(id);
        }

        if (job.Status != JobStatus.Done || store.File(id, file) is not { } stored)
        {
            return Problems.NotDone(id, job.Status, job.Error);
        }

        audit.Record(context, "download:" + file, id, StatusCodes.Status200OK);
        return file.EndsWith(".html", StringComparison.Ordinal) || file.EndsWith(".json", StringComparison.Ordinal)
            ? TypedResults.Bytes(stored.Content, contentType)
            : TypedResults.File(stored.Content, contentType, $"batch-{id[..8]}-{file}");
    }
}
