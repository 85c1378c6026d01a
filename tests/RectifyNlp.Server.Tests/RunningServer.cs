using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RectifyNlp.Tests;

namespace RectifyNlp.Server.Tests;

/// <summary>
/// The service on a real Kestrel socket (port chosen by the system), over a data folder of its own that goes
/// with it; requests go through the whole HTTP pipeline, as a browser's or a script's would.
/// </summary>
public sealed class RunningServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly bool _ownsData;

    private RunningServer(WebApplication app, ServiceOptions options, bool ownsData)
    {
        _app = app;
        Options = options;
        _ownsData = ownsData;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
    }

    public ServiceOptions Options { get; }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    /// <summary>One of the running application's services (the store, the renderer).</summary>
    public T Service<T>() where T : notnull => _app.Services.GetRequiredService<T>();

    /// <summary>Starts a server; without <paramref name="options"/>, loopback with a fresh data folder.</summary>
    public static async Task<RunningServer> StartAsync(ServiceOptions? options = null, ILoggerProvider? log = null)
    {
        var ownsData = options is null;
        options ??= new ServiceOptions { DataDirectory = NewDataFolder() };
        if (options.Urls == ServiceOptions.DefaultUrls)
        {
            options = options with { Urls = "http://127.0.0.1:0" };
        }

        var app = ServiceSetup.Build(options, logging: builder =>
        {
            if (log is not null)
            {
                builder.AddProvider(log).SetMinimumLevel(LogLevel.Information);
            }
        });
        await app.StartAsync();
        return new RunningServer(app, options, ownsData);
    }

    public static string NewDataFolder() => Directory.CreateTempSubdirectory("rectify-serve-").FullName;

    /// <summary>Uploads a report (and feedback) from corpus files.</summary>
    public Task<HttpResponseMessage> PostAnalysisAsync(string report, string? feedback = null, string? key = null) =>
        PostAnalysisAsync(Path.GetFileName(report), File.ReadAllBytes(report), feedback, key);

    /// <summary>Uploads a report given as bytes under <paramref name="name"/> (and feedback from a corpus file).</summary>
    public async Task<HttpResponseMessage> PostAnalysisAsync(string name, byte[] report, string? feedback = null, string? key = null)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(report), "report", name);
        if (feedback is not null)
        {
            form.Add(FileContent(feedback), "feedback", Path.GetFileName(feedback));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/analyses") { Content = form };
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>Polls a job until it is done or failed, at most <paramref name="within"/> (default two minutes).</summary>
    public async Task<JsonElement> WaitAsync(string location, string? key = null, TimeSpan? within = null)
    {
        var limit = within ?? TimeSpan.FromMinutes(2);
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, location);
            if (key is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            }

            using var response = await Client.SendAsync(request);
            response.EnsureSuccessStatusCode();
            var job = await response.Content.ReadFromJsonAsync<JsonElement>();
            var status = job.GetProperty("status").GetString();
            if (status is "done" or "failed")
            {
                return job;
            }

            Assert.True(DateTime.UtcNow < deadline, $"{location} still {status} after {limit.TotalSeconds:0} s");
            await Task.Delay(100);
        }
    }

    /// <summary>
    /// Sends a request written out by hand (for what HttpClient will not send, such as a header twice) over its own
    /// connection; the Host header is added. Returns the status code and the body.
    /// </summary>
    public async Task<(int Status, string Body)> SendRawAsync(string method, string path, params string[] headers)
    {
        using var socket = new System.Net.Sockets.TcpClient();
        await socket.ConnectAsync(BaseAddress.Host, BaseAddress.Port);
        var stream = socket.GetStream();
        var head = $"{method} {path} HTTP/1.1\r\nHost: {BaseAddress.Authority}\r\n{string.Concat(headers.Select(h => h + "\r\n"))}Content-Length: 0\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(head));
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        var status = int.Parse(response.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, response[(response.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..]);
    }

    public static ByteArrayContent FileContent(string path) => new(File.ReadAllBytes(path));

    public static string Pair(string round, string unit, string file) => Path.Combine(RepositoryPaths.Root, "corpus", "pairs", round, unit, file);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (_ownsData)
        {
            Directory.Delete(Options.DataDirectory, recursive: true);
        }
    }
}
