using System.Security.Claims;
using RectifyNlp.Server.Storage;

namespace RectifyNlp.Server.Security;

/// <summary>Writes who uploaded and read what to the store's audit log (GET /api/audit for admins).</summary>
public sealed class AuditTrail(IJobStore store)
{
    /// <summary>Records one action on a job by the request's user.</summary>
    public void Record(HttpContext context, string action, string target, int status) => store.Audit(Entry(context, action, target, status));

    /// <summary>The line <see cref="Record"/> would write, for a store call that writes it with its own change (an upload).</summary>
    public static AuditEntry Entry(HttpContext context, string action, string target, int status)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new AuditEntry(DateTimeOffset.UtcNow, UserOf(context.User), RoleOf(context.User), action, target, context.Connection.RemoteIpAddress?.ToString() ?? "", status);
    }

    /// <summary>The user's name ("" when anonymous).</summary>
    public static string UserOf(ClaimsPrincipal user) => user?.Identity?.Name ?? "";

    /// <summary>The user's role ("" when anonymous).</summary>
    public static string RoleOf(ClaimsPrincipal user) => user?.FindFirst(ClaimTypes.Role)?.Value ?? "";

    /// <summary>Whether the user may read a job <paramref name="owner"/> submitted: their own, or any as analyst or admin.</summary>
    public static bool MayRead(ClaimsPrincipal user, string owner) =>
        user.IsInRole(ApiKey.Analyst) || user.IsInRole(ApiKey.Admin) || UserOf(user) == owner;
}
