using RectifyNlp.Server.Api;

namespace RectifyNlp.Server.Security;

/// <summary>
/// Turns away requests that did not come from where they claim, before anything else reads them:
/// <list type="number">
/// <item>On loopback, a Host header other than 127.0.0.1, localhost, [::1] (any port) or a configured name gets 421:
/// a page of another site whose name was rebound to 127.0.0.1 (DNS rebinding) would otherwise read and write
/// everything, since loopback users are admins.</item>
/// <item>A post, put or delete from a page of another site gets 403: its Origin must name this service; an
/// <c>Origin: null</c> (sandboxed frames, file: pages), two Origin headers, or one that is not an address are refused too.</item>
/// </list>
/// Every refusal is written to the audit log.
/// </summary>
internal static class RequestSourceGuard
{
    private static readonly string[] LoopbackNames = ["127.0.0.1", "localhost", "[::1]"];

    /// <summary>Adds the guard to the pipeline.</summary>
    public static WebApplication UseRequestSourceGuard(this WebApplication app, ServiceOptions options)
    {
        app.Use(async (context, next) =>
        {
            if (Refusal(context.Request, options) is { } refusal)
            {
                context.RequestServices.GetRequiredService<AuditTrail>().Record(context, refusal.Action, context.Request.Path.Value ?? "", refusal.Status);
                await Problems.Of(refusal.Status, refusal.Title, refusal.Detail).ExecuteAsync(context).ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        });
        return app;
    }

    /// <summary>Whether a Host header names this service on loopback: the loopback names or one configured, with any port.</summary>
    public static bool IsAllowedHost(HostString host, IReadOnlyList<string> configured) =>
        host.HasValue && (LoopbackNames.Contains(host.Host, StringComparer.OrdinalIgnoreCase) || configured.Contains(host.Host, StringComparer.OrdinalIgnoreCase));

    private static Refusal? Refusal(HttpRequest request, ServiceOptions options)
    {
        if (options.LoopbackOnly && !IsAllowedHost(request.Host, options.AllowedHosts))
        {
            return new Refusal("refused-host", StatusCodes.Status421MisdirectedRequest, "主机名不受信任",
                $"本服务只应答本机地址（127.0.0.1、localhost、[::1]）{(options.AllowedHosts.Count > 0 ? "及 " + string.Join("、", options.AllowedHosts) : "")}；请求的主机名“{request.Host.Host}”不在其列（防止 DNS 重绑定）。其他名称可用 --allowed-hosts 配置。");
        }

        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || request.Headers.Origin.Count == 0)
        {
            return null;
        }

        var origins = request.Headers.Origin;
        if (origins.Count > 1)
        {
            return CrossSite("请求带有多个 Origin 头，无法确定来源页面。");
        }

        var origin = origins.ToString();
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var from) || from.Authority.Length == 0)
        {
            return CrossSite($"来源“{origin}”不是网页地址（沙箱框架或本地文件中的页面不能向本服务提交）。");
        }

        return string.Equals(from.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase) ? null : CrossSite($"来自 {origin} 的页面不能向本服务提交。");
    }

    private static Refusal CrossSite(string detail) => new("refused-origin", StatusCodes.Status403Forbidden, "拒绝跨站请求", detail);
}
