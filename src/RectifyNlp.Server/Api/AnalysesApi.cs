using System.Text.Json;
using RectifyNlp.Server.Security;
using RectifyNlp.Server.Storage;
using RectifyNlp.Server.Work;

namespace RectifyNlp.Server.Api;

/// <summary>/api/analyses: screen a report against its feedback.</summary>
internal static class AnalysesApi
{
    // The result as stored (result.json is the contract's record written by ContractJson): read as JSON and written out
    // again in the answer, not bound to AnalysisDto and serialised back, which gave the same JSON at several times the cost.
    private static readonly JobResource Resource = new(JobKinds.Analysis, "/api/analyses", "result.json", content => JsonSerializer.Deserialize<JsonElement>(content), new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["report.html"] = "text/html; charset=utf-8",
        ["documents.json"] = "application/json; charset=utf-8",
        ["checklist.md"] = "text/markdown; charset=utf-8",
        ["checklist.docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ["checklist-gongwen.docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ["checklist.xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    }, (id, file) => file.StartsWith("checklist", StringComparison.Ordinal) ? $"核查清单-{id[..8]}{(file.Contains("gongwen", StringComparison.Ordinal) ? "-公文" : "")}{Path.GetExtension(file)}" : null, "input:report");

    public static RouteGroupBuilder MapAnalysesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Resource.Route).WithTags("analyses").RequireAuthorization(ServiceSetup.InspectorPolicy);
        api.MapPost("/", Create)
            .DisableAntiforgery()
            .AcceptsFiles("上传整改报告（report）和反馈意见（feedback，可选），排队分析",
                ("report", true, "整改报告（.txt 任意中文编码、.docx、.pdf、.html；按内容识别类型）"),
                ("feedback", false, "巡察反馈意见或反馈会讲话（可选；没有时用报告复述的问题）"))
            .Produces<Created>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        Resource.MapReads(api,
            "任务状态；完成后 result 为 analyze --json 的结果",
            "下载：report.html、checklist.docx（工作底稿）、checklist-gongwen.docx（公文格式，GB/T 9704）、checklist.xlsx、checklist.md、documents.json（两份文件的规范化文本）",
            "删除任务及其上传文件和结果（提交人或管理员）");
        return api;
    }

    private static async Task<IResult> Create(HttpContext context, IJobStore store, JobWorker worker, AuditTrail audit, ServiceOptions options)
    {
        var (form, problem) = await Uploads.ReadForm(context.Request, options).ConfigureAwait(false);
        if (form is null)
        {
            return Resource.Refuse(context, audit, problem!);
        }

        var (report, reportProblem) = await Uploads.Document(form, "report", required: true).ConfigureAwait(false);
        var (feedback, feedbackProblem) = await Uploads.Document(form, "feedback", required: false).ConfigureAwait(false);
        if ((reportProblem ?? feedbackProblem) is { } bad)
        {
            return Resource.Refuse(context, audit, bad);
        }

        return Resource.Queue(context, store, worker, feedback is null ? [report!] : [report!, feedback]);
    }
}
