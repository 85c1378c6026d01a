using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

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

        var key = Request.Headers["X-Api-Key"].ToString();
        var authorization = Request.Headers.Authorization.ToString();
        if (key.Length == 0 && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            key = authorization["Bearer ".Length..].Trim();
        }

        if (key.Length == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var match = service.Keys.FirstOrDefault(k => k.Matches(key));
        return Task.FromResult(match is null ? AuthenticateResult.Fail("unknown key") : Success(match.User, match.Role));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }

    private static AuthenticateResult Success(string user, string role)
    {
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, user), new Claim(ClaimTypes.Role, role)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
