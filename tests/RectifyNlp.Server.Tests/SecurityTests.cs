using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using RectifyNlp.Tests;

namespace RectifyNlp.Server.Tests;

/// <summary>Beyond loopback: keys required, roles, no anonymous access; rate limits; cross-site posts; the audit log.</summary>
public sealed class SecurityTests
{
    private const string InspectorKey = "inspector-key-0123456789";
    private const string OtherInspectorKey = "inspector-key-abcdefghij";
    private const string AnalystKey = "analyst-key-0123456789ab";
    private const string AdminKey = "admin-key-0123456789abcd";

    private static readonly IReadOnlyList<ApiKey> Keys =
    [
        new("张巡察", ApiKey.Inspector, ApiKey.Hash(InspectorKey)),
        new("李巡察", ApiKey.Inspector, ApiKey.Hash(OtherInspectorKey)),
        new("王分析", ApiKey.Analyst, ApiKey.Hash(AnalystKey)),
        new("赵管理", ApiKey.Admin, ApiKey.Hash(AdminKey)),
    ];

    private static readonly string Feedback = RepositoryPaths.Sample("feedback-opinion.txt");
    private static readonly string Report = RepositoryPaths.Sample("rectification-report.txt");

    [Fact]
    public void Listening_beyond_loopback_without_keys_does_not_start()
    {
        var options = new ServiceOptions { Urls = "http://0.0.0.0:0", DataDirectory = RunningServer.NewDataFolder() };
        try
        {
            var error = Assert.Throws<InvalidOperationException>(() => ServiceSetup.Build(options, logging: _ => { }));
            Assert.Contains("API 密钥", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(options.DataDirectory, recursive: true);
        }
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://*:5080", false)]
    [InlineData("http://+:5080", false)]
    [InlineData("http://192.168.1.20:5080", false)]
    [InlineData("http://127.0.0.1:5080;http://0.0.0.0:5081", false)]
    public void Loopback_is_told_from_the_addresses(string urls, bool loopback) =>
        Assert.Equal(loopback, new ServiceOptions { Urls = urls }.LoopbackOnly);

    [Fact]
    public async Task Bound_beyond_loopback_every_request_needs_a_key_and_roles_decide_what_it_may_read()
    {
        await using var server = await RunningServer.StartAsync(new ServiceOptions { Urls = "http://0.0.0.0:0", DataDirectory = RunningServer.NewDataFolder(), Keys = Keys });
        try
        {
            // No key, a wrong key: 401 as problem+json, for the API and its description alike.
            await AnalysesApiTests.AssertProblem(await server.PostAnalysisAsync(Report, Feedback), HttpStatusCode.Unauthorized, null);
            await AnalysesApiTests.AssertProblem(await server.PostAnalysisAsync(Report, Feedback, key: "not-a-key-at-all-0000"), HttpStatusCode.Unauthorized, null);
            await AnalysesApiTests.AssertProblem(await server.Client.GetAsync("/openapi/v1.json"), HttpStatusCode.Unauthorized, null);
            await AnalysesApiTests.AssertProblem(await server.Client.GetAsync("/api/me"), HttpStatusCode.Unauthorized, null);

            // The page itself holds no data: it loads, and asks for a key.
            using (var page = await server.Client.GetAsync("/"))
            {
                Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            }

            // An inspector uploads and reads their own analysis.
            using var created = await server.PostAnalysisAsync(Report, Feedback, key: InspectorKey);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var location = created.Headers.Location!.ToString();
            Assert.Equal("done", (await server.WaitAsync(location, InspectorKey)).GetProperty("status").GetString());
            using (var own = await Get(server, location + "/checklist.docx", InspectorKey))
            {
                Assert.Equal(HttpStatusCode.OK, own.StatusCode);
            }

            // Another inspector cannot see it; an analyst can; only an admin reads the audit log; only analysts run batches.
            await AnalysesApiTests.AssertProblem(await Get(server, location, OtherInspectorKey), HttpStatusCode.NotFound, null);
            using (var analyst = await Get(server, location, AnalystKey))
            {
                Assert.Equal(HttpStatusCode.OK, analyst.StatusCode);
            }

            await AnalysesApiTests.AssertProblem(await Get(server, "/api/audit", AnalystKey), HttpStatusCode.Forbidden, null);
            using (var form = new MultipartFormDataContent { { new ByteArrayContent("PK\u0003\u0004"u8.ToArray()), "archive", "batch.zip" } })
            using (var batch = new HttpRequestMessage(HttpMethod.Post, "/api/batches") { Content = form })
            {
                batch.Headers.Authorization = new AuthenticationHeaderValue("Bearer", InspectorKey);
                await AnalysesApiTests.AssertProblem(await server.Client.SendAsync(batch), HttpStatusCode.Forbidden, null);
            }

            // Lists: an inspector sees their own analyses, an analyst everyone's.
            using (var mine = await Get(server, "/api/analyses", InspectorKey))
            {
                Assert.Equal("rectification-report.txt", Assert.Single((await mine.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()).GetProperty("name").GetString());
            }

            using (var theirs = await Get(server, "/api/analyses", OtherInspectorKey))
            {
                Assert.Empty((await theirs.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());
            }

            using (var all = await Get(server, "/api/analyses", AnalystKey))
            {
                Assert.Equal("张巡察", Assert.Single((await all.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()).GetProperty("owner").GetString());
            }

            // The audit log: who uploaded, who read and downloaded, who was turned away.
            using var audit = await Get(server, "/api/audit", AdminKey);
            var entries = (await audit.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
            var id = location.Split('/').Last();
            Assert.Contains(entries, e => e.GetProperty("actor").GetString() == "张巡察" && e.GetProperty("action").GetString() == "upload-analysis" && e.GetProperty("target").GetString() == id && e.GetProperty("status").GetInt32() == 201);
            Assert.Contains(entries, e => e.GetProperty("actor").GetString() == "张巡察" && e.GetProperty("action").GetString() == "download:checklist.docx");
            Assert.Contains(entries, e => e.GetProperty("actor").GetString() == "王分析" && e.GetProperty("action").GetString() == "read-analysis" && e.GetProperty("role").GetString() == "analyst");
            Assert.DoesNotContain(entries, e => e.GetProperty("actor").GetString() == "李巡察" && e.GetProperty("action").GetString() == "read-analysis");
            Assert.Contains(entries, e => e.GetProperty("actor").GetString() == "王分析" && e.GetProperty("action").GetString() == "denied GET" && e.GetProperty("target").GetString() == "/api/audit" && e.GetProperty("status").GetInt32() == 403);
            Assert.Contains(entries, e => e.GetProperty("actor").GetString() == "" && e.GetProperty("action").GetString() == "denied POST" && e.GetProperty("status").GetInt32() == 401);

            // Only its submitter (or an admin) deletes an analysis; an analyst who reads it cannot.
            using (var request = new HttpRequestMessage(HttpMethod.Delete, location))
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AnalystKey);
                await AnalysesApiTests.AssertProblem(await server.Client.SendAsync(request), HttpStatusCode.NotFound, null);
            }

            using (var request = new HttpRequestMessage(HttpMethod.Delete, location))
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", InspectorKey);
                using var deleted = await server.Client.SendAsync(request);
                Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
            }
        }
        finally
        {
            Directory.Delete(server.Options.DataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task Over_https_with_a_certificate_the_key_travels_encrypted()
    {
        var data = RunningServer.NewDataFolder();
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=rectify-test", rsa, System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var pfx = Path.Combine(data, "server.pfx");
        File.WriteAllBytes(pfx, certificate.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx, "pfx-password"));
        await using var server = await RunningServer.StartAsync(new ServiceOptions { Urls = "https://127.0.0.1:0", DataDirectory = data, Keys = Keys, CertificatePath = pfx, CertificatePassword = "pfx-password" });
        try
        {
            Assert.StartsWith("https://", server.BaseAddress.ToString(), StringComparison.Ordinal);
            using var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented?.Thumbprint == certificate.Thumbprint };
            using var client = new HttpClient(handler) { BaseAddress = server.BaseAddress };
            using var get = new HttpRequestMessage(HttpMethod.Get, "/api/me");
            get.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AnalystKey);
            using var response = await client.SendAsync(get);
            Assert.Equal("王分析", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("user").GetString());
            Assert.False(ServiceSetup.KeysInClear(server.Options));
            Assert.True(ServiceSetup.KeysInClear(server.Options with { Urls = "http://0.0.0.0:5080" }));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task A_client_over_its_rate_gets_429_and_others_do_not()
    {
        await using var server = await RunningServer.StartAsync(new ServiceOptions { Urls = "http://127.0.0.1:0", DataDirectory = RunningServer.NewDataFolder(), Keys = Keys, RateLimitPerMinute = 5 });
        try
        {
            for (var i = 0; i < 5; i++)
            {
                using var ok = await Get(server, "/api/me", InspectorKey);
                Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            }

            await AnalysesApiTests.AssertProblem(await Get(server, "/api/me", InspectorKey), HttpStatusCode.TooManyRequests, "请求过于频繁");
            using var other = await Get(server, "/api/me", AnalystKey);
            Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        }
        finally
        {
            Directory.Delete(server.Options.DataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task A_page_of_another_site_cannot_post_to_the_service()
    {
        await using var server = await RunningServer.StartAsync();
        using var form = new MultipartFormDataContent { { RunningServer.FileContent(Report), "report", "report.txt" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/analyses") { Content = form };
        request.Headers.Add("Origin", "http://elsewhere.example");
        await AnalysesApiTests.AssertProblem(await server.Client.SendAsync(request), HttpStatusCode.Forbidden, "跨站");
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:5080")]
    [InlineData("127.0.0.1.evil.example")]
    [InlineData("localhost.evil.example")]
    public async Task On_loopback_a_request_for_another_host_name_is_refused_and_audited(string host)
    {
        await using var server = await RunningServer.StartAsync();
        using (var request = new HttpRequestMessage(HttpMethod.Get, "/api/analyses"))
        {
            request.Headers.Host = host;
            await AnalysesApiTests.AssertProblem(await server.Client.SendAsync(request), HttpStatusCode.MisdirectedRequest, "主机名不受信任");
        }

        var entries = await AuditAsync(server, null);
        Assert.Contains(entries, e => e.GetProperty("action").GetString() == "refused-host" && e.GetProperty("status").GetInt32() == 421);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost:5080")]
    [InlineData("LOCALHOST")]
    [InlineData("[::1]:8080")]
    [InlineData("rectify.internal:443")]
    public async Task On_loopback_the_loopback_names_and_configured_ones_are_answered(string host)
    {
        await using var server = await RunningServer.StartAsync(new ServiceOptions { DataDirectory = RunningServer.NewDataFolder(), Urls = "http://127.0.0.1:0", AllowedHosts = ["rectify.internal"] });
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/analyses");
            request.Headers.Host = host;
            using var response = await server.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        finally
        {
            Directory.Delete(server.Options.DataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task An_origin_of_null_or_two_origins_cannot_post_and_the_refusal_is_audited()
    {
        await using var server = await RunningServer.StartAsync();
        using var form = new MultipartFormDataContent { { RunningServer.FileContent(Report), "report", "report.txt" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/analyses") { Content = form };
        request.Headers.TryAddWithoutValidation("Origin", "null");
        await AnalysesApiTests.AssertProblem(await server.Client.SendAsync(request), HttpStatusCode.Forbidden, "跨站");

        var self = server.BaseAddress.GetLeftPart(UriPartial.Authority);
        var (status, body) = await server.SendRawAsync("POST", "/api/analyses", "Origin: " + self, "Origin: " + self);
        Assert.Equal(403, status);
        Assert.Contains("多个 Origin", body, StringComparison.Ordinal);

        var entries = await AuditAsync(server, null);
        Assert.Equal(2, entries.Count(e => e.GetProperty("action").GetString() == "refused-origin" && e.GetProperty("status").GetInt32() == 403));
    }

    [Fact]
    public async Task A_401_says_whether_the_key_is_missing_or_wrong()
    {
        await using var server = await RunningServer.StartAsync(new ServiceOptions { Urls = "http://127.0.0.1:0", DataDirectory = RunningServer.NewDataFolder(), Keys = Keys });
        try
        {
            await AnalysesApiTests.AssertProblem(await server.Client.GetAsync("/api/me"), HttpStatusCode.Unauthorized, "缺少 API 密钥");
            await AnalysesApiTests.AssertProblem(await Get(server, "/api/me", "not-a-key-at-all-0000"), HttpStatusCode.Unauthorized, "API 密钥无效");
            await AnalysesApiTests.AssertProblem(await Get(server, "/api/audit", InspectorKey), HttpStatusCode.Forbidden, "无权访问");
        }
        finally
        {
            Directory.Delete(server.Options.DataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task Reads_and_deletes_of_another_users_job_and_throttled_requests_are_audited()
    {
        await using var server = await RunningServer.StartAsync(new ServiceOptions { Urls = "http://127.0.0.1:0", DataDirectory = RunningServer.NewDataFolder(), Keys = Keys, RateLimitPerMinute = 8, Workers = 0 });
        try
        {
            using var created = await server.PostAnalysisAsync(Report, key: InspectorKey);
            var location = created.Headers.Location!.ToString();
            var id = location.Split('/').Last();
            await AnalysesApiTests.AssertProblem(await Get(server, location, OtherInspectorKey), HttpStatusCode.NotFound, null);
            await AnalysesApiTests.AssertProblem(await Get(server, location + "/report.html", OtherInspectorKey), HttpStatusCode.NotFound, null);
            using (var delete = new HttpRequestMessage(HttpMethod.Delete, location))
            {
                delete.Headers.Authorization = new AuthenticationHeaderValue("Bearer", OtherInspectorKey);
                await AnalysesApiTests.AssertProblem(await server.Client.SendAsync(delete), HttpStatusCode.NotFound, null);
            }

            while (true)
            {
                using var response = await Get(server, "/api/me", OtherInspectorKey);
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    break;
                }
            }

            var entries = await AuditAsync(server, AdminKey);
            bool Has(string action, int status) => entries.Any(e => e.GetProperty("actor").GetString() == "李巡察" && e.GetProperty("action").GetString() == action && e.GetProperty("status").GetInt32() == status);
            Assert.True(Has("denied read-analysis", 404));
            Assert.True(Has("denied download:report.html", 404));
            Assert.True(Has("denied delete-analysis", 404));
            Assert.True(Has("throttled GET", 429));
            Assert.Contains(entries, e => e.GetProperty("action").GetString() == "denied read-analysis" && e.GetProperty("target").GetString() == id);
        }
        finally
        {
            Directory.Delete(server.Options.DataDirectory, recursive: true);
        }
    }

    [Fact]
    public void A_keys_file_is_read_and_checked()
    {
        var folder = RunningServer.NewDataFolder();
        try
        {
            var good = Path.Combine(folder, "keys.json");
            File.WriteAllText(good, $$"""[{ "user": "张巡察", "role": "inspector", "key": "{{InspectorKey}}" }, { "user": "赵管理", "role": "admin", "sha256": "{{ApiKey.Hash(AdminKey)}}" }]""");
            var keys = ApiKey.Load(good);
            Assert.True(keys[0].Matches(InspectorKey));
            Assert.False(keys[0].Matches(AdminKey));
            Assert.True(keys[1].Matches(AdminKey));

            var bad = Path.Combine(folder, "bad.json");
            File.WriteAllText(bad, """[{ "user": "某人", "role": "superuser", "key": "0123456789abcdef" }]""");
            Assert.Contains("第 1 项", Assert.Throws<InvalidDataException>(() => ApiKey.Load(bad)).Message, StringComparison.Ordinal);
            File.WriteAllText(bad, "not json");
            Assert.Throws<InvalidDataException>(() => ApiKey.Load(bad));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<List<JsonElement>> AuditAsync(RunningServer server, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/audit");
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()];
    }

    private static async Task<HttpResponseMessage> Get(RunningServer server, string path, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return await server.Client.SendAsync(request);
    }
}
