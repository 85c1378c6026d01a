using RectifyNlp.Batch;
using RectifyNlp.Server.Security;
using RectifyNlp.Server.Storage;
using RectifyNlp.Server.Work;

namespace RectifyNlp.Server.Api;

/// <summary>/api/batches: a zip of the batch folder layout (round/unit/files), for analysts.</summary>
internal static class BatchesApi
{
    private static readonly JobResource Resource = new(JobKinds.Batch, "/api/batches", "summary.json", content => SummaryJson.Read(content), new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["index.html"] = "text/html; charset=utf-8",
        ["summary.json"] = "application/json; charset=utf-8",
        ["batch.xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ["pairs.csv"] = "text/csv; charset=utf-8",
        ["issues.csv"] = "text/csv; charset=utf-8",
        ["gaps.csv"] = "text/csv; charset=utf-8",
        ["recurrences.csv"] = "text/csv; charset=utf-8",
        ["failures.csv"] = "text/csv; charset=utf-8",
    }, (id, file) => file.EndsWith(".html", StringComparison.Ordinal) || file.EndsWith(".json", StringComparison.Ordinal) ? null : $"batch-{id[..8]}-{file}", "input:archive");

    public static RouteGroupBuilder MapBatchesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Resource.Route).WithTags("batches").RequireAuthorization(ServiceSetup.AnalystPolicy);
        api.MapPost("/", Create)
            .DisableAntiforgery()
            .AcceptsFiles("上传批处理目录的 zip 压缩包，排队分析", ("archive", true, "zip：轮次/单位/ 目录下放反馈意见和整改报告，或附 manifest.csv（round,unit,feedback,report，压缩包内的相对路径）列出各单位的文件"))
            .Produces<Created>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        Resource.MapReads(api,
            "批处理状态与进度；完成后 result 为 summary.json",
            "下载：index.html、summary.json、batch.xlsx 与各 CSV",
            "删除批处理任务及其压缩包和结果（提交人或管理员）");
        Resource.MapUnitPages(api);
        api.MapGet("/search", Search)
            .WithSummary("在所有批量分析的文件全文中查找字词（任一服务实例均可查到）")
            .Produces<IReadOnlyList<BatchSearchHit>>().ProducesProblem(StatusCodes.Status400BadRequest);
        return api;
    }

    // The documents of every batch in the batch store (on PostgreSQL, the one all instances share) that hold the words.
    private static IResult Search(HttpContext context, JobProcessor processor, AuditTrail audit,
        [System.ComponentModel.Description("要查找的字词（中文直接输入，不需分词）")] string? q,
        [System.ComponentModel.Description("最多返回几条（1–200，默认 50）")] int? limit)
    {
        var query = q?.Trim() ?? "";
        if (query.Length == 0 || query.Length > MaxQueryLength)
        {
            audit.Record(context, "search-batches", "", StatusCodes.Status400BadRequest);
            return Problems.Of(StatusCodes.Status400BadRequest, "查询词不能接受", query.Length == 0
                ? "请在参数 q 中给出要查找的字词，例如 /api/batches/search?q=公车私用。"
                : $"查询词最长 {MaxQueryLength} 个字符。");
        }

        var hits = processor.Search(query, Math.Clamp(limit ?? 50, 1, 200)).Select(BatchSearchHit.Of).ToList();
        audit.Record(context, "search-batches", "", StatusCodes.Status200OK);
        return TypedResults.Ok(hits);
    }

    private const int MaxQueryLength = 200;

    private static async Task<IResult> Create(HttpContext context, IJobStore store, JobWorker worker, AuditTrail audit, ServiceOptions options)
    {
        var (form, problem) = await Uploads.ReadForm(context.Request, options).ConfigureAwait(false);
        if (form is null)
        {
            return Resource.Refuse(context, audit, problem!);
        }

        if (form.Files.GetFile("archive") is not { } file)
        {
            return Resource.Refuse(context, audit, Problems.Of(StatusCodes.Status400BadRequest, "缺少 archive 文件", "请在表单字段 archive 中上传 zip 压缩包。"));
        }

        var bytes = await Uploads.ReadAll(file).ConfigureAwait(false);
        if (bytes.Length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4)
        {
            return Resource.Refuse(context, audit, Problems.Of(StatusCodes.Status415UnsupportedMediaType, "不是 zip 压缩包", $"{file.FileName}：请上传 zip 格式的批处理目录（轮次/单位/文件）。"));
        }

        try
        {
            ArchiveExtractor.Check(bytes, options.Archive);
        }
        catch (InvalidDataException e)
        {
            return Resource.Refuse(context, audit, Problems.Of(StatusCodes.Status400BadRequest, "压缩包不能接受", e.Message));
        }

        try
        {
            ArchiveManifest.Check(bytes);
        }
        catch (InvalidDataException e)
        {
            return Resource.Refuse(context, audit, Problems.Of(StatusCodes.Status400BadRequest, "批处理清单不能接受", e.Message));
        }

        return Resource.Queue(context, store, worker, [new JobFile("input:archive", file.FileName, bytes)]);
    }
}

/// <summary>A document of a batch that holds the words searched for.</summary>
/// <param name="Batch">The batch's id (null for a document kept by a batch run before batches were divided into units).</param>
/// <param name="Round">The round.</param>
/// <param name="Unit">The unit's folder.</param>
/// <param name="UnitName">被巡察单位 as that round's analysis read it from the documents, or null.</param>
/// <param name="Path">The file, as the archive names it.</param>
/// <param name="Title">The document's title.</param>
/// <param name="Snippet">The words found, 【marked】, with a little context.</param>
public sealed record BatchSearchHit(string? Batch, string Round, string Unit, string? UnitName, string Path, string Title, string Snippet)
{
    internal static BatchSearchHit Of(RectifyNlp.Batch.SearchHit hit)
    {
        // Stored as batch:<id>/<path in the archive>; anything else is a server path, of which only the file's name is shown.
        var (batch, path) = hit.Path.StartsWith("batch:", StringComparison.Ordinal) && hit.Path.IndexOf('/', StringComparison.Ordinal) is var slash and > 6
            ? (hit.Path[6..slash], hit.Path[(slash + 1)..])
            : (null, System.IO.Path.GetFileName(hit.Path));
        return new BatchSearchHit(batch, hit.Round, hit.Unit, hit.UnitName, path, hit.Title, hit.Snippet);
    }
}
