using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using RectifyNlp.Tests;

namespace RectifyNlp.Server.Tests;

/// <summary>
/// The service's own host (Program.cs) started in process through <see cref="WebApplicationFactory{TEntryPoint}"/>,
/// its settings given as its configuration: the same application as <c>rectify serve</c> builds.
/// </summary>
public sealed class ProgramHostTests : IDisposable
{
    private readonly string _data = RunningServer.NewDataFolder();
    private readonly WebApplicationFactory<Program> _factory;

    public ProgramHostTests()
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host.UseSetting("RECTIFY_DATA", _data));
    }

    [Fact]
    public async Task The_health_check_answers_without_a_key()
    {
        using var client = _factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/api/health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_service_on_linux_bounds_the_c_librarys_arenas_unless_the_operator_set_them()
    {
        using var client = _factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/api/health", UriKind.Relative));
        // glibc's mallopt accepted M_ARENA_MAX = 2 in this process (the tests run on Debian); an operator's
        // MALLOC_ARENA_MAX wins, and then the service leaves it alone.
        var operatorSet = Environment.GetEnvironmentVariable("MALLOC_ARENA_MAX") is not null;
        Assert.Equal(OperatingSystem.IsLinux() && !operatorSet, NativeArenas.Limit());
    }

    [Fact]
    public async Task An_uploaded_pair_is_analysed_in_the_data_folder_it_was_given()
    {
        using var client = _factory.CreateClient();
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(await File.ReadAllBytesAsync(RepositoryPaths.Sample("rectification-report.txt"))), "report", "rectification-report.txt" },
            { new ByteArrayContent(await File.ReadAllBytesAsync(RepositoryPaths.Sample("feedback-opinion.txt"))), "feedback", "feedback-opinion.txt" },
        };
        using var created = await client.PostAsync(new Uri("/api/analyses", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        JsonElement job;
        do
        {
            await Task.Delay(100);
            job = await client.GetFromJsonAsync<JsonElement>(created.Headers.Location);
            Assert.True(DateTime.UtcNow < deadline, "the analysis did not end within two minutes");
        }
        while (job.GetProperty("status").GetString() is not ("done" or "failed"));

        Assert.Equal("done", job.GetProperty("status").GetString());
        Assert.Equal(9, job.GetProperty("result").GetProperty("issues").GetArrayLength());
        Assert.True(File.Exists(Path.Combine(_data, "rectify.db")), "the store is not in the data folder given by RECTIFY_DATA");
    }

    [Fact]
    public void The_host_takes_rectify_serves_option_names_from_its_command_line()
    {
        var configuration = new ConfigurationBuilder()
            .AddCommandLine(["--data", _data, "--workers", "2", "--store", "Host=db;Database=rectify", "--allowed-hosts", "proxy, other", "--max-upload-mb", "32"], new Dictionary<string, string>(ServiceOptions.CommandLineNames))
            .Build();
        var options = ServiceOptions.FromConfiguration(configuration);
        Assert.Equal(_data, options.DataDirectory);
        Assert.Equal(2, options.Workers);
        Assert.Equal("Host=db;Database=rectify", options.Store);
        Assert.Equal(["proxy", "other"], options.AllowedHosts);
        Assert.Equal(32L * 1024 * 1024, options.MaxUploadBytes);
        Assert.Equal(ServiceOptions.DefaultUrls, options.Urls);

        var wrong = new ConfigurationBuilder().AddInMemoryCollection([new("RECTIFY_WORKERS", "many")]).Build();
        Assert.Contains("RECTIFY_WORKERS", Assert.Throws<InvalidDataException>(() => ServiceOptions.FromConfiguration(wrong)).Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _factory.Dispose();
        Directory.Delete(_data, recursive: true);
    }
}
