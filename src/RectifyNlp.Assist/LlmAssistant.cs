using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using RectifyNlp.Analysis;
using RectifyNlp.Application;

namespace RectifyNlp.Assist;

/// <summary>
/// Asks an OpenAI-compatible model (through Semantic Kernel) for a second opinion on the analysis: whether each
/// uncertain or flagged measure answers its problem and is concrete, and a plain-language explanation with a
/// follow-up question for each gap. The offline analysis is never changed and never waits on the model for
/// good: each request has a time limit and is retried with backoff; an endpoint that is down, a timeout, a
/// refusal or output that is not the JSON asked for ends in a notice and the offline result stands.
/// </summary>
public sealed class LlmAssistant : IAnalysisAssistant
{
    private readonly LlmSettings _settings;
    private readonly PromptLibrary _prompts;
    private readonly HttpClient _http;
    private readonly IChatCompletionService _chat;

    /// <summary>Creates the assistant; <paramref name="handler"/> replaces the HTTP stack (tests).</summary>
    public LlmAssistant(LlmSettings settings, PromptLibrary prompts, HttpMessageHandler? handler = null)
    {
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));
        _prompts = prompts ?? throw new ArgumentNullException(nameof(prompts));
        _http = new HttpClient(handler ?? new SocketsHttpHandler { ConnectTimeout = settings.Timeout }) { Timeout = Timeout.InfiniteTimeSpan };
        var builder = Kernel.CreateBuilder();
        builder.AddOpenAIChatCompletion(settings.Model, settings.Endpoint, string.IsNullOrEmpty(settings.ApiKey) ? "none" : settings.ApiKey, httpClient: _http);
        _chat = builder.Build().GetRequiredService<IChatCompletionService>();
    }

    /// <summary>The assistant for <paramref name="settings"/> with the prompts under <paramref name="paths"/> (models/prompts/prompts.json).</summary>
    public static LlmAssistant Create(LlmSettings settings, Nlp.ModelPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return new LlmAssistant(settings, PromptLibrary.Load(Path.Combine(paths.ModelsDirectory, "prompts", "prompts.json")));
    }

    /// <summary>Reviews an analysis. Never throws for the model's sake; cancelling <paramref name="cancellationToken"/> stops it.</summary>
    public async Task<AssistReport> ReviewAsync(AnalysisResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        var state = new State();
        var issues = result.Issues.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var flagged = result.Gaps.Where(g => g.MeasureId is not null && g.Kind is GapKinds.VagueMeasure or GapKinds.CopiedMeasure or GapKinds.RepeatedMeasure).Select(g => g.MeasureId!).ToHashSet(StringComparer.Ordinal);

        // 1. Second opinions: the flagged measures first, then the least certain matches.
        var candidates = result.Measures
            .Where(m => !m.DocumentLevel && !m.Links.IsEmpty)
            .OrderByDescending(m => flagged.Contains(m.Id))
            .ThenBy(m => m.Links[0].Score)
            .Where(m => flagged.Contains(m.Id) || m.Links[0].Score < 0.6)
            .Take(_settings.MaxRequests / 2)
            .ToList();
        var verdicts = new List<ModelVerdict>();
        foreach (var measure in candidates)
        {
            var link = measure.Links[0];
            var prompt = PromptLibrary.Fill(_prompts.MatchJudge, ("issue", issues[link.IssueId].Text), ("measure", measure.Text));
            if (await AskJsonAsync(prompt, state, cancellationToken) is not { } json)
            {
                if (state.Down)
                {
                    break;
                }

                continue;
            }

            if (Bool(json, "answers") is { } answers && Number(json, "confidence") is { } confidence)
            {
                var concrete = Bool(json, "concrete") ?? true;
                var modelScore = answers ? confidence : 1 - confidence;
                verdicts.Add(new ModelVerdict(measure.Id, link.IssueId, answers, concrete, Math.Round(confidence, 3), Text(json, "reason"), link.Score, Math.Round((0.5 * link.Score) + (0.5 * modelScore), 3)));
            }
            else
            {
                state.Notice("模型输出缺少所需字段，已忽略该条判断。");
            }
        }

        // 2. Explanations of the gaps.
        var explanations = new List<GeneratedExplanation>();
        for (var i = 0; i < result.Gaps.Length && !state.Down && state.Requests < _settings.MaxRequests; i++)
        {
            var gap = result.Gaps[i];
            var measure = gap.MeasureId is null ? "" : result.Measures.FirstOrDefault(m => m.Id == gap.MeasureId)?.Text ?? "";
            var issue = gap.IssueId is null ? "" : issues.GetValueOrDefault(gap.IssueId)?.Text ?? "";
            var prompt = PromptLibrary.Fill(_prompts.ExplainGap, ("kind", GapKinds.Chinese(gap.Kind)), ("message", gap.Message), ("issue", issue), ("measure", measure));
            if (await AskJsonAsync(prompt, state, cancellationToken) is { } json && Text(json, "explanation") is { Length: > 0 } explanation)
            {
                explanations.Add(new GeneratedExplanation(i, gap.IssueId, explanation, Text(json, "question")));
            }
        }

        return new AssistReport(_settings.Endpoint.ToString(), _settings.Model, _prompts.Version, state.Requests, verdicts, explanations, state.Notices);
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    private sealed class State
    {
        public int Requests { get; set; }

        public bool Down { get; set; }

        public List<string> Notices { get; } = [];

        public void Notice(string text)
        {
            if (!Notices.Contains(text))
            {
                Notices.Add(text);
            }
        }
    }

    // One question; the JSON object of the answer, or null with a notice. Retries timeouts and server errors with backoff.
    private async Task<JsonElement?> AskJsonAsync(string prompt, State state, CancellationToken cancellationToken)
    {
        var history = new ChatHistory(_prompts.System);
        history.AddUserMessage(prompt);
        var execution = new OpenAIPromptExecutionSettings { Temperature = 0, MaxTokens = 400 };
        for (var attempt = 0; attempt <= _settings.Retries; attempt++)
        {
            if (attempt > 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * (1 << (attempt - 1))), cancellationToken);
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_settings.Timeout);
            state.Requests++;
            try
            {
                var reply = await _chat.GetChatMessageContentAsync(history, execution, cancellationToken: timeout.Token);
                return Parse(reply.Content, state);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                state.Notice(string.Create(CultureInfo.InvariantCulture, $"模型在 {_settings.Timeout.TotalSeconds:0} 秒内未响应，已重试；仍未响应的部分使用离线结果。"));
            }
            catch (Exception e) when (IsRefused(e))
            {
                state.Down = true;
                state.Notice($"模型服务 {_settings.Endpoint} 无法连接，已使用离线结果。");
                return null;
            }
            catch (HttpOperationException e) when (e.StatusCode is { } status && (int)status < 500 && status != HttpStatusCode.TooManyRequests)
            {
                state.Notice($"模型服务拒绝了请求（HTTP {(int)status}），已使用离线结果。");
                state.Down = true;
                return null;
            }
            catch (HttpOperationException)
            {
                state.Notice("模型服务出错，已重试；仍出错的部分使用离线结果。");
            }
            catch (HttpRequestException)
            {
                state.Notice("与模型服务的连接出错，已重试；仍出错的部分使用离线结果。");
            }
        }

        return null;
    }

    private static bool IsRefused(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.HostUnreachable or SocketError.NetworkUnreachable })
            {
                return true;
            }
        }

        return false;
    }

    // The first JSON object in the reply (models often wrap it in ```json fences or add a sentence).
    private static JsonElement? Parse(string? content, State state)
    {
        content ??= "";
        var start = content.IndexOf('{', StringComparison.Ordinal);
        var end = content.LastIndexOf('}');
        if (start >= 0 && end > start)
        {
            try
            {
                using var json = JsonDocument.Parse(content[start..(end + 1)]);
                if (json.RootElement.ValueKind == JsonValueKind.Object)
                {
                    return json.RootElement.Clone();
                }
            }
            catch (JsonException)
            {
            }
        }

        state.Notice(content.Contains("抱歉", StringComparison.Ordinal) || content.Contains("无法", StringComparison.Ordinal) || content.Contains("sorry", StringComparison.OrdinalIgnoreCase) || content.Contains("cannot", StringComparison.OrdinalIgnoreCase)
            ? "模型拒绝回答，相应部分使用离线结果。"
            : "模型输出不是要求的 JSON 格式，相应部分使用离线结果。");
        return null;
    }

    private static bool? Bool(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String when bool.TryParse(value.GetString(), out var b) => b,
            _ => null,
        } : null;

    private static double? Number(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var d) && d is >= 0 and <= 1 ? d : null;

    private static string Text(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : "";
}
