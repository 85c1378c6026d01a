using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using RectifyNlp.Tests;

namespace RectifyNlp.Cli.Tests;

/// <summary><c>rectify serve</c>: refuses unsafe settings with one line; as a real process, serves until stopped.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public void Beyond_loopback_without_keys_it_refuses_to_start()
    {
        var data = Directory.CreateTempSubdirectory("rectify-serve-cli-").FullName;
        try
        {
            var result = Cli.Run("serve", "--urls", "http://0.0.0.0:0", "--data", data);
            Assert.Equal(1, result.ExitCode);
            var line = Assert.Single(result.ErrorLines);
            Assert.Contains("API 密钥", line, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public void A_missing_or_bad_keys_file_is_one_line_and_exit_1()
    {
        var missing = Cli.Run("serve", "--keys", "/nonexistent/keys.json");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("密钥文件不存在", Assert.Single(missing.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(2, Cli.Run("serve", "--max-upload-mb", "0").ExitCode);
    }

    [Fact]
    public async Task As_a_process_it_serves_the_page_and_the_api_until_stopped()
    {
        var data = Directory.CreateTempSubdirectory("rectify-serve-cli-").FullName;
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "rectify.dll"), "serve", "--urls", $"http://127.0.0.1:{port}", "--data", data })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        try
        {
            var banner = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Contains($"http://127.0.0.1:{port}", banner, StringComparison.Ordinal);

            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            Assert.Contains("整改报告审读", await client.GetStringAsync("/"), StringComparison.Ordinal);
            using var form = new MultipartFormDataContent
            {
                { new ByteArrayContent(File.ReadAllBytes(RepositoryPaths.Sample("rectification-report.txt"))), "report", "rectification-report.txt" },
                { new ByteArrayContent(File.ReadAllBytes(RepositoryPaths.Sample("feedback-opinion.txt"))), "feedback", "feedback-opinion.txt" },
            };
            using var created = await client.PostAsync("/api/analyses", form);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var deadline = DateTime.UtcNow.AddMinutes(1);
            JsonElement job;
            do
            {
                await Task.Delay(100);
                job = await client.GetFromJsonAsync<JsonElement>(created.Headers.Location);
            }
            while (job.GetProperty("status").GetString() is "queued" or "running" && DateTime.UtcNow < deadline);

            Assert.Equal("done", job.GetProperty("status").GetString());
            Assert.True(File.Exists(Path.Combine(data, "rectify.db")), "the default store is DATA/rectify.db");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Directory.Delete(data, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
