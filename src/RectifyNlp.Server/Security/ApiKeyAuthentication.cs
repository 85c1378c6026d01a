using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RectifyNlp.Server.Api;

namespace RectifyNlp.Server.Security;

/// <summary>
/// Who is asking: the user of the key in <c>Authorization: Bearer KEY</c> or <c>X-Api-Key: KEY</c>. Without
/// configured keys (allowed on loopback only) every request is the local user, as admin: the machine's own
/// user already has the files.
/// </summary>
internal sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ServiceOptions service)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    /// <summary>The name the local user goes by in the audit log.</summary>
    public const string LocalUser = "本机用户";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (service.Keys.Count == 0)
        {
            return Task.FromResult(Success(LocalUser, ApiKey.Admin));
        }

        var key = PresentedKey();
        if (key.Length == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var match = service.Keys.FirstOrDefault(k => k.Matches(key));
        return Task.FromResult(match is null ? AuthenticateResult.Fail("unknown key") : Success(match.User, match.Role));
    }

    // 401 says which: no key given, or a key that is not one of ours.
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        var problem = PresentedKey().Length == 0
            ? Problems.Of(StatusCodes.Status401Unauthorized, "缺少 API 密钥", "请在 Authorization: Bearer 或 X-Api-Key 请求头中提供 API 密钥。")
            : Problems.Of(StatusCodes.Status401Unauthorized, "API 密钥无效", "提供的 API 密钥不正确或已停用，请向管理员核对。");
        return problem.ExecuteAsync(Context);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Problems.Of(StatusCodes.Status403Forbidden, "无权访问", $"您的角色（{RoleName(AuditTrail.RoleOf(Context.User))}）不能执行此操作。").ExecuteAsync(Context);

    private static string RoleName(string role) => role switch
    {
        ApiKey.Inspector => "巡察干部",
        ApiKey.Analyst => "分析人员",
        ApiKey.Admin => "管理员",
        _ => role,
    };

    // The key in X-Api-Key, else in Authorization: Bearer; "" when none.
    private string PresentedKey()
    {
        var key = Request.Headers["X-Api-Key"].ToString();
        var authorization = Request.Headers.Authorization.ToString();
        return key.Length == 0 && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization["Bearer ".Length..].Trim() : key;
    }

    private static AuthenticateResult Success(string user, string role)
    {
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, user), new Claim(ClaimTypes.Role, role)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
