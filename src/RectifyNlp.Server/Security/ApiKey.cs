using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace RectifyNlp.Server;

/// <summary>
/// A user of the service and their key: inspector (巡察干部: uploads reports, reads their own analyses),
/// analyst (分析人员: also reads every analysis and runs batches) or admin (管理员: also reads the audit log).
/// Only the key's SHA-256 is kept.
/// </summary>
/// <param name="User">The user's name, as the audit log shows it.</param>
/// <param name="Role">inspector, analyst or admin.</param>
/// <param name="Sha256">The key's SHA-256, lower-case hex.</param>
public sealed record ApiKey(string User, string Role, string Sha256)
{
    /// <summary>The roles, weakest first.</summary>
    public static readonly IReadOnlyList<string> Roles = [Inspector, Analyst, Admin];

    /// <summary>Uploads and reads their own analyses.</summary>
    public const string Inspector = "inspector";

    /// <summary>Reads every analysis, runs batches.</summary>
    public const string Analyst = "analyst";

    /// <summary>Everything, the audit log too.</summary>
    public const string Admin = "admin";

    /// <summary>The SHA-256 of a key as stored.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Whether <paramref name="key"/> is this one (in constant time).</summary>
    public bool Matches(string key) => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(key)), Encoding.ASCII.GetBytes(Sha256));

    /// <summary>
    /// Reads a keys file: a JSON array of <c>{ "user": "…", "role": "inspector|analyst|admin", "sha256": "…" }</c>
    /// (or <c>"key": "…"</c> in place of sha256, hashed on reading). Throws <see cref="InvalidDataException"/> with the reason.
    /// </summary>
    public static IReadOnlyList<ApiKey> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"密钥文件不存在：{path}");
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var keys = new List<ApiKey>();
            foreach (var entry in document.RootElement.EnumerateArray())
            {
                var user = entry.TryGetProperty("user", out var u) ? u.GetString() : null;
                var role = entry.TryGetProperty("role", out var r) ? r.GetString() : null;
                var hash = entry.TryGetProperty("sha256", out var h) ? h.GetString()?.ToLowerInvariant()
                    : entry.TryGetProperty("key", out var k) && k.GetString() is { Length: >= 16 } key ? Hash(key) : null;
                if (string.IsNullOrWhiteSpace(user) || role is null || !Roles.Contains(role) || hash is not { Length: 64 })
                {
                    throw new InvalidDataException($"密钥文件 {path} 第 {keys.Count + 1} 项不完整：需要 user、role（inspector/analyst/admin）和 sha256（或至少 16 个字符的 key）");
                }

                keys.Add(new ApiKey(user, role, hash));
            }

            return keys;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw new InvalidDataException($"密钥文件 {path} 不是有效的 JSON 数组：{e.Message.ReplaceLineEndings(" ")}", e);
        }
    }
}
