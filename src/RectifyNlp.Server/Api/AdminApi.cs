using RectifyNlp.Analysis;
using RectifyNlp.Server.Security;
using RectifyNlp.Server.Storage;

namespace RectifyNlp.Server.Api;

/// <summary>GET /api/audit (admins) and GET /api/me (who the key belongs to: the page shows it).</summary>
internal static class AdminApi
{
    /// <summary>The signed-in user.</summary>
    public sealed record Me(string User, string Role, bool KeysRequired, long MaxUploadBytes);

    /// <summary>A gap kind and its Chinese name.</summary>
    public sealed record GapKind(string Kind, string Name);

    public static void MapAdminApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit", (IJobStore store, int? limit) => TypedResults.Ok(store.AuditLog(Math.Clamp(limit ?? 200, 1, 5000))))
            .RequireAuthorization(ServiceSetup.AdminPolicy).WithTags("admin").WithSummary("审计日志：谁在何时上传、查看、下载了什么（最新在前）");
        app.MapGet("/api/me", (HttpContext context, ServiceOptions options) => TypedResults.Ok(new Me(AuditTrail.UserOf(context.User), AuditTrail.RoleOf(context.User), options.Keys.Count > 0, options.MaxUploadBytes)))
            .RequireAuthorization(ServiceSetup.InspectorPolicy).WithTags("admin").WithSummary("当前用户与角色");
        app.MapGet("/api/gap-kinds", () => TypedResults.Ok(GapKinds.All.Select(k => new GapKind(k, GapKinds.Chinese(k)))))
            .RequireAuthorization(ServiceSetup.InspectorPolicy).WithTags("admin").WithSummary("需关注事项的类型及其中文名称");
        app.MapGet("/api/health", () => TypedResults.Ok(new { status = "ok" })).AllowAnonymous().WithTags("admin").WithSummary("服务是否在运行");
    }
}
