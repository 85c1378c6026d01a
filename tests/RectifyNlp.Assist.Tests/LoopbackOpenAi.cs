using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace RectifyNlp.Assist.Tests;

/// <summary>How the loopback model answers.</summary>
public enum ModelBehaviour
{
    /// <summary>The JSON asked for.</summary>
    Good,

    /// <summary>Text that is not JSON.</summary>
    Garbage,

    /// <summary>A refusal.</summary>
    Refuses,

    /// <summary>Answers only after five seconds.</summary>
    Slow,

    /// <summary>HTTP 500.</summary>
    Fails,
}

/// <summary>
/// An in-process server on 127.0.0.1 that speaks the OpenAI wire protocol (POST /v1/chat/completions and
/// /v1/embeddings), standing in for a local model: no model can run on these machines.
/// </summary>
public sealed class LoopbackOpenAi : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();

    public LoopbackOpenAi(ModelBehaviour behaviour)
    {
        Behaviour = behaviour;
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public ModelBehaviour Behaviour { get; }

    public int Port { get; }

    public string Endpoint => $"http://127.0.0.1:{Port}/v1";

    /// <summary>The requests received: path and body.</summary>
    public ConcurrentQueue<(string Path, string Body)> Requests { get; } = new();

    /// <summary>A port nothing listens on.</summary>
    public static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        var port = ((IPEndPoint)socket.LocalEndpoint).Port;
        socket.Stop();
        return port;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var path = context.Request.Url!.AbsolutePath;
            Requests.Enqueue((path, body));
            string response;
            if (path.EndsWith("/embeddings", StringComparison.Ordinal))
            {
                response = """{"object":"list","data":[{"object":"embedding","index":0,"embedding":[0.1,0.2,0.3]}],"model":"test","usage":{"prompt_tokens":1,"total_tokens":1}}""";
            }
            else
            {
                switch (Behaviour)
                {
                    case ModelBehaviour.Fails:
                        context.Response.StatusCode = 500;
                        await Write(context, """{"error":{"message":"internal error","type":"server_error"}}""");
                        return;
                    case ModelBehaviour.Slow:
                        await Task.Delay(TimeSpan.FromSeconds(5), _stop.Token);
                        break;
                }

                var content = Behaviour switch
                {
                    ModelBehaviour.Garbage => "这是一段与问题无关的文字，没有任何结构。",
                    ModelBehaviour.Refuses => "抱歉，我无法协助完成这个请求。",
                    _ when body.Contains("explanation", StringComparison.Ordinal) => "```json\n{\"explanation\": \"报告没有说明这一点，核查时需要当面问清。\", \"question\": \"请提供相关佐证材料。\"}\n```",
                    _ => "{\"answers\": true, \"concrete\": false, \"confidence\": 0.8, \"reason\": \"措施只是重复问题，没有具体行动。\"}",
                };
                response = JsonSerializer.Serialize(new
                {
                    id = "chatcmpl-test",
                    @object = "chat.completion",
                    created = 0,
                    model = "test",
                    choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
                    usage = new { prompt_tokens = 1, completion_tokens = 1, total_tokens = 2 },
                });
            }

            await Write(context, response);
        }
        catch (Exception e) when (e is OperationCanceledException or HttpListenerException or ObjectDisposedException or IOException)
        {
        }
    }

    private static async Task Write(HttpListenerContext context, string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        context.Response.ContentType = "application/json";
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }
}
