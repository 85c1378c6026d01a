using System.Net;

namespace RectifyNlp.Assist;

/// <summary>
/// Where the optional model runs. Off unless an endpoint is given, by flag or by <c>RECTIFY_LLM_ENDPOINT</c>
/// (with <c>RECTIFY_LLM_MODEL</c> and <c>RECTIFY_LLM_API_KEY</c>); flags win over the environment.
/// </summary>
/// <param name="Endpoint">The OpenAI-compatible base address (http://127.0.0.1:11434/v1 for Ollama, …).</param>
/// <param name="Model">The model name.</param>
/// <param name="ApiKey">The key, if the endpoint wants one.</param>
/// <param name="Timeout">How long one request may take.</param>
/// <param name="Retries">How many times a failed request is tried again (with backoff).</param>
/// <param name="MaxRequests">At most this many requests for one analysis.</param>
public sealed record LlmSettings(Uri Endpoint, string Model, string? ApiKey, TimeSpan Timeout, int Retries = 2, int MaxRequests = 40)
{
    /// <summary>The settings from flags and environment, or null when no endpoint is configured (the default).</summary>
    /// <exception cref="ArgumentException">The endpoint is not an absolute http(s) address.</exception>
    public static LlmSettings? Resolve(string? endpointFlag, string? modelFlag, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var endpoint = endpointFlag ?? environment("RECTIFY_LLM_ENDPOINT");
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return null;
        }

        if (!Uri.TryCreate(endpoint.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"模型服务地址无效：{endpoint}（应为 http:// 或 https:// 开头的地址）");
        }

        var model = modelFlag ?? environment("RECTIFY_LLM_MODEL");
        var seconds = double.TryParse(environment("RECTIFY_LLM_TIMEOUT"), System.Globalization.CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 30;
        return new LlmSettings(uri, string.IsNullOrWhiteSpace(model) ? "qwen2.5" : model.Trim(), environment("RECTIFY_LLM_API_KEY"), TimeSpan.FromSeconds(seconds));
    }

    /// <summary>Whether the endpoint is on this machine (document text then stays on it).</summary>
    public bool IsLoopback => Endpoint.IsLoopback || (IPAddress.TryParse(Endpoint.Host, out var address) && IPAddress.IsLoopback(address));

    /// <summary>The warning to print when the endpoint is elsewhere.</summary>
    public string? Warning => IsLoopback ? null : $"注意：模型服务 {Endpoint.Host} 不在本机，报告和反馈的文字将发送到该地址。";
}
