using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using RectifyNlp.Application;
using RectifyNlp.Nlp;
using RectifyNlp.Tests;

namespace RectifyNlp.Server.Tests;

/// <summary>POST/GET /api/analyses through the real HTTP pipeline, on the sample pair and the corpus.</summary>
public sealed class AnalysesApiTests
{
    private static readonly string Feedback = RepositoryPaths.Sample("feedback-opinion.txt");
    private static readonly string Report = RepositoryPaths.Sample("rectification-report.txt");

    [Fact]
    public async Task A_pair_is_queued_analysed_and_its_result_is_what_analyze_json_prints()
    {
        await using var server = await RunningServer.StartAsync();
        using var response = await server.PostAnalysisAsync(Report, Feedback);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetString()!;
        Assert.Equal($"/api/analyses/{id}", response.Headers.Location!.ToString());

        var job = await server.WaitAsync(response.Headers.Location.ToString());
        Assert.Equal("done", job.GetProperty("status").GetString());

        // The same JSON the CLI's analyze --json writes for these files.
        using var application = RectifyApplication.Load(ModelPaths.Discover());
        var expected = application.Analyze(Feedback, Report).Json();
        var result = job.GetProperty("result");
        Assert.Equal(JsonSerializer.Serialize(JsonDocument.Parse(expected).RootElement), JsonSerializer.Serialize(result));
        Assert.Equal(9, result.GetProperty("issues").GetArrayLength());
        var gap = Assert.Single(result.GetProperty("gaps").EnumerateArray());
        Assert.Equal("no-owner", gap.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task A_done_status_gives_the_stored_result_as_the_contract_record_written_by_the_service_would_be()
    {
        // The status answers with result.json as stored (read as JSON), no longer bound to AnalysisDto and written again:
        // the body must be the same bytes as that gave, with the service's own JSON settings (escaping, naming, nulls).
        await using var server = await RunningServer.StartAsync();
        using var response = await server.PostAnalysisAsync(Report, Feedback);
        var location = response.Headers.Location!.ToString();
        await server.WaitAsync(location);
        var body = await server.Client.GetStringAsync(location);
        var stored = server.Service<RectifyNlp.Server.Storage.IJobStore>().File(location.Split('/')[^1], "result.json")!.Content;
        var options = server.Service<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var asBefore = JsonSerializer.Serialize<object>(RectifyNlp.Application.Contract.ContractJson.Read(stored), options);
        var start = body.IndexOf("\"result\":", StringComparison.Ordinal) + "\"result\":".Length;
        Assert.Equal(asBefore, body[start..^1]);
    }

    [Fact]
    public async Task The_html_report_checklists_and_texts_download_in_their_formats()
    {
        await using var server = await RunningServer.StartAsync();
        using var response = await server.PostAnalysisAsync(RunningServer.Pair("2024-1", "ortho", "report.docx"), RunningServer.Pair("2024-1", "ortho", "feedback.docx"));
        var location = response.Headers.Location!.ToString();
        var job = await server.WaitAsync(location);
        Assert.Equal("done", job.GetProperty("status").GetString());
        var problems = job.GetProperty("result").GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("text").GetString()!).ToList();
        Assert.NotEmpty(problems);

        using var html = await server.Client.GetAsync(location + "/report.html");
        Assert.Equal("text/html", html.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("sandbox allow-scripts", html.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains(problems[0], WebUtility.HtmlDecode(await html.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        using var docx = await server.Client.GetAsync(location + "/checklist.docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.EndsWith(".docx", docx.Content.Headers.ContentDisposition!.FileNameStar ?? docx.Content.Headers.ContentDisposition.FileName, StringComparison.Ordinal);
        using (var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
        {
            var text = word.MainDocumentPart!.Document!.InnerText;
            Assert.All(problems, p => Assert.Contains(p[..Math.Min(12, p.Length)], text, StringComparison.Ordinal));
        }

        using var xlsx = await server.Client.GetAsync(location + "/checklist.xlsx");
        using (var excel = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false))
        {
            var sheet = excel.WorkbookPart!.WorksheetParts.First().Worksheet!;
            var rows = sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Count();
            Assert.Equal(problems.Count + 2, rows); // the title with the unit, the header and one row a problem
        }

        using var markdown = await server.Client.GetAsync(location + "/checklist.md");
        Assert.Contains(problems[0][..10], await markdown.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var documents = await server.Client.GetFromJsonAsync<JsonElement>(location + "/documents.json");
        var reportText = documents.GetProperty("report").GetProperty("text").GetString()!;
        foreach (var measure in job.GetProperty("result").GetProperty("measures").EnumerateArray())
        {
            var (start, end) = (measure.GetProperty("start").GetInt32(), measure.GetProperty("end").GetInt32());
            Assert.Equal(measure.GetProperty("text").GetString(), reportText[start..end]);
        }
    }

    [Fact]
    public async Task A_report_alone_is_analysed_from_the_problems_it_restates()
    {
        await using var server = await RunningServer.StartAsync();
        using var response = await server.PostAnalysisAsync(Report);
        var job = await server.WaitAsync(response.Headers.Location!.ToString());
        Assert.Equal("done", job.GetProperty("status").GetString());
        Assert.True(job.GetProperty("result").GetProperty("issues").GetArrayLength() > 0);
        Assert.Equal(JsonValueKind.Null, job.GetProperty("result").GetProperty("feedback").ValueKind);
    }

    [Fact]
    public async Task Files_uploaded_the_wrong_way_round_or_a_report_that_is_none_fail_with_the_reason()
    {
        await using var server = await RunningServer.StartAsync();
        using var swapped = await server.PostAnalysisAsync(Feedback, Report);
        var job = await server.WaitAsync(swapped.Headers.Location!.ToString());
        Assert.Equal("failed", job.GetProperty("status").GetString());
        var error = job.GetProperty("error").GetString()!;
        Assert.Contains("两个文件似乎放反了：“巡察反馈意见”一栏给的是整改报告", error, StringComparison.Ordinal);
        Assert.DoesNotContain("--", error, StringComparison.Ordinal);

        using var hello = await server.PostAnalysisAsync("report.txt", "hello\n"u8.ToArray(), Feedback);
        job = await server.WaitAsync(hello.Headers.Location!.ToString());
        Assert.Equal("failed", job.GetProperty("status").GetString());
        Assert.Contains("不像整改报告", job.GetProperty("error").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_uploads_get_problem_json_with_the_reason()
    {
        await using var server = await RunningServer.StartAsync();

        // No report.
        using (var form = new MultipartFormDataContent { { RunningServer.FileContent(Feedback), "feedback", "feedback.txt" } })
        {
            await AssertProblem(await server.Client.PostAsync("/api/analyses", form), HttpStatusCode.BadRequest, "缺少 report");
        }

        // An image named .txt: the type is told by content.
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };
        using (var form = new MultipartFormDataContent { { new ByteArrayContent(png), "report", "report.txt" } })
        {
            await AssertProblem(await server.Client.PostAsync("/api/analyses", form), HttpStatusCode.UnsupportedMediaType, "PNG");
        }

        // An executable.
        using (var form = new MultipartFormDataContent { { new ByteArrayContent("MZ\u0090\0\u0003"u8.ToArray()), "report", "report.docx" } })
        {
            await AssertProblem(await server.Client.PostAsync("/api/analyses", form), HttpStatusCode.UnsupportedMediaType, "可执行程序");
        }

        // Empty.
        using (var form = new MultipartFormDataContent { { new ByteArrayContent([]), "report", "report.txt" } })
        {
            await AssertProblem(await server.Client.PostAsync("/api/analyses", form), HttpStatusCode.BadRequest, "文件为空");
        }

        // Not multipart at all.
        using (var body = new StringContent("{}", Encoding.UTF8, "application/json"))
        {
            await AssertProblem(await server.Client.PostAsync("/api/analyses", body), HttpStatusCode.UnsupportedMediaType, "multipart");
        }

        // Unknown job, unknown download, a route that does not exist.
        await AssertProblem(await server.Client.GetAsync("/api/analyses/0123456789abcdef0123456789abcdef"), HttpStatusCode.NotFound, "不存在");
        await AssertProblem(await server.Client.GetAsync("/api/analyses/../../etc/passwd"), HttpStatusCode.NotFound, null);
        await AssertProblem(await server.Client.GetAsync("/api/analyses/0123456789abcdef0123456789abcdef/secret.txt"), HttpStatusCode.NotFound, "可下载");
        await AssertProblem(await server.Client.GetAsync("/api/nothing-here"), HttpStatusCode.NotFound, null);
    }

    [Fact]
    public async Task A_form_of_too_many_parts_or_malformed_is_refused_for_its_real_reason_in_chinese()
    {
        await using var server = await RunningServer.StartAsync(new ServiceOptions { DataDirectory = RunningServer.NewDataFolder(), Urls = "http://127.0.0.1:0", MaxUploadBytes = 2 * 1024 * 1024, Workers = 0 });
        try
        {
            // 2,000 parts of 100 bytes: 200 KB, far under the 2 MB limit; the reason is the number of parts.
            using (var form = new MultipartFormDataContent())
            {
                form.Add(RunningServer.FileContent(Report), "report", "report.txt");
                for (var i = 0; i < 2000; i++)
                {
                    form.Add(new StringContent(new string('x', 100)), "f" + i);
                }

                using var response = await server.Client.PostAsync("/api/analyses", form);
                var text = await response.Content.ReadAsStringAsync();
                Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
                Assert.Contains("表单部分过多", text, StringComparison.Ordinal);
                // Not the size limit (2 MB): the reason given is the number of parts. Read in the problem's words only — the
                // traceId is random letters and may hold "MB" itself (it did: 0HNQIMBBGSLUK).
                var reason = JsonDocument.Parse(text).RootElement;
                Assert.DoesNotContain("MB", reason.GetProperty("title").GetString() + reason.GetProperty("detail").GetString(), StringComparison.Ordinal);
            }

            // A multipart body that breaks off: a Chinese reason, not the framework's English.
            using (var body = new ByteArrayContent(Encoding.ASCII.GetBytes("--abc\r\nContent-Disposition: form-data; name=\"report\"; filename=\"r.txt\"\r\n\r\nhalf a file")))
            {
                body.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=abc");
                using var response = await server.Client.PostAsync("/api/analyses", body);
                var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
                Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
                Assert.Equal("上传内容无法读取", problem.GetProperty("title").GetString());
                Assert.DoesNotMatch("[A-Za-z]{4,} [a-z]{3,} [a-z]{3,}", problem.GetProperty("detail").GetString());
            }
        }
        finally
        {
            Directory.Delete(server.Options.DataDirectory, recursive: true);
        }
    }

    [Theory]
    [InlineData("GET", "/api/nothing-here", HttpStatusCode.NotFound, "找不到")]
    [InlineData("PUT", "/api/analyses", HttpStatusCode.MethodNotAllowed, "不支持该请求方法")]
    [InlineData("PATCH", "/api/health", HttpStatusCode.MethodNotAllowed, "不支持该请求方法")]
    public async Task The_frameworks_own_answers_have_chinese_titles(string method, string path, HttpStatusCode status, string title)
    {
        await using var server = await RunningServer.StartAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        await AssertProblem(await server.Client.SendAsync(request), status, title);
    }

    [Fact]
    public async Task An_upload_over_the_default_16_MB_gets_413()
    {
        await using var server = await RunningServer.StartAsync();
        Assert.Equal(16L * 1024 * 1024, server.Options.MaxUploadBytes);
        var big = new byte[17 * 1024 * 1024];
        Array.Fill(big, (byte)'a');
        using var form = new MultipartFormDataContent { { new ByteArrayContent(big), "report", "big.txt" } };
        await AssertProblem(await server.Client.PostAsync("/api/analyses", form), HttpStatusCode.RequestEntityTooLarge, "16 MB");

        // Sent without a length (chunked), the limit holds while reading.
        using var chunked = new MultipartFormDataContent { { new StreamContent(new MemoryStream(big)), "report", "big.txt" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/analyses") { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        await AssertProblem(await server.Client.SendAsync(request), HttpStatusCode.RequestEntityTooLarge, "16 MB");

        // The service goes on.
        using var after = await server.PostAnalysisAsync(Report, Feedback);
        Assert.Equal(HttpStatusCode.Created, after.StatusCode);
    }

    [Fact]
    public async Task A_document_that_cannot_be_read_fails_its_job_with_the_reason_and_the_next_one_is_analysed()
    {
        await using var server = await RunningServer.StartAsync();
        var truncated = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n");
        using (var form = new MultipartFormDataContent { { new ByteArrayContent(truncated), "report", "broken.pdf" } })
        {
            using var response = await server.Client.PostAsync("/api/analyses", form);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var job = await server.WaitAsync(response.Headers.Location!.ToString());
            Assert.Equal("failed", job.GetProperty("status").GetString());
            Assert.Contains("broken.pdf", job.GetProperty("error").GetString(), StringComparison.Ordinal);
            await AssertProblem(await server.Client.GetAsync(response.Headers.Location + "/checklist.docx"), HttpStatusCode.Conflict, "未能完成");
        }

        using var next = await server.PostAnalysisAsync(Report, Feedback);
        Assert.Equal("done", (await server.WaitAsync(next.Headers.Location!.ToString())).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Queued_analyses_survive_a_restart()
    {
        var data = RunningServer.NewDataFolder();
        try
        {
            var options = new ServiceOptions { DataDirectory = data, Workers = 0, Urls = "http://127.0.0.1:0" };
            var locations = new List<string>();
            await using (var first = await RunningServer.StartAsync(options))
            {
                for (var i = 0; i < 3; i++)
                {
                    using var response = await first.PostAnalysisAsync(Report, Feedback);
                    locations.Add(response.Headers.Location!.ToString());
                }

                for (var i = 0; i < locations.Count; i++)
                {
                    var queued = await first.Client.GetFromJsonAsync<JsonElement>(locations[i]);
                    Assert.Equal("queued", queued.GetProperty("status").GetString());
                    Assert.Equal(i + 1, queued.GetProperty("queuePosition").GetInt32());
                }

                await AssertProblem(await first.Client.GetAsync(locations[0] + "/report.html"), HttpStatusCode.Conflict, "queued");
            }

            await using var second = await RunningServer.StartAsync(options with { Workers = 2 });
            foreach (var location in locations)
            {
                Assert.Equal("done", (await second.WaitAsync(location)).GetProperty("status").GetString());
            }
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task Deleting_an_analysis_removes_it_and_its_files()
    {
        await using var server = await RunningServer.StartAsync();
        using var response = await server.PostAnalysisAsync(Report, Feedback);
        var location = response.Headers.Location!.ToString();
        await server.WaitAsync(location);
        using (var deleted = await server.Client.DeleteAsync(location))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        await AssertProblem(await server.Client.GetAsync(location), HttpStatusCode.NotFound, "不存在");
        await AssertProblem(await server.Client.GetAsync(location + "/checklist.docx"), HttpStatusCode.NotFound, null);
        await AssertProblem(await server.Client.DeleteAsync(location), HttpStatusCode.NotFound, null);
        using var store = Storage.SqlJobStore.Open(server.Options.StoreOrDefault);
        Assert.Empty(store.Inputs(location.Split('/').Last()));
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api()
    {
        await using var server = await RunningServer.StartAsync();
        var document = await server.Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/analyses", "/api/analyses/{id}", "/api/analyses/{id}/{file}", "/api/batches", "/api/batches/{id}", "/api/audit" })
        {
            Assert.True(paths.TryGetProperty(path, out _), path + " missing from the OpenAPI document");
        }

        var post = paths.GetProperty("/api/analyses").GetProperty("post");
        Assert.True(post.GetProperty("responses").TryGetProperty("413", out _));
        var form = post.GetProperty("requestBody").GetProperty("content").GetProperty("multipart/form-data").GetProperty("schema");
        Assert.Equal("binary", form.GetProperty("properties").GetProperty("report").GetProperty("format").GetString());
        Assert.True(form.GetProperty("properties").TryGetProperty("feedback", out _));
        Assert.Equal(["report"], form.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task The_page_is_served_with_nothing_from_elsewhere()
    {
        await using var server = await RunningServer.StartAsync();
        using var page = await server.Client.GetAsync("/");
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains("default-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        var html = await page.Content.ReadAsStringAsync();
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        foreach (var asset in new[] { "/app.js", "/app.css" })
        {
            Assert.Contains(asset, html, StringComparison.Ordinal);
            var text = await server.Client.GetStringAsync(asset);
            Assert.DoesNotContain("https://", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_list_names_each_analysis_by_its_unit_beside_the_file_it_was_given()
    {
        await using var server = await RunningServer.StartAsync();
        var health = (await server.PostAnalysisAsync(Report, Feedback)).Headers.Location!.ToString();
        var baihe = (await server.PostAnalysisAsync(RunningServer.Pair("2024-1", "baihe", "report.txt"))).Headers.Location!.ToString();
        var nameless = (await server.PostAnalysisAsync("整改.txt", Encoding.UTF8.GetBytes("关于整改情况的报告\n一、整改工作开展情况\n成立整改领导小组，对反馈的问题逐项研究整改措施，明确责任和时限。目前各项整改工作正在推进。\n"))).Headers.Location!.ToString();
        foreach (var location in new[] { health, baihe, nameless })
        {
            Assert.Equal("done", (await server.WaitAsync(location)).GetProperty("status").GetString());
        }

        var jobs = (await server.Client.GetFromJsonAsync<JsonElement>("/api/analyses")).EnumerateArray().ToDictionary(j => "/api/analyses/" + j.GetProperty("id").GetString());
        Assert.Equal("区卫生健康局", jobs[health].GetProperty("unit").GetString());
        Assert.Equal("rectification-report.txt", jobs[health].GetProperty("name").GetString());
        Assert.Equal("白河镇", jobs[baihe].GetProperty("unit").GetString());
        Assert.Equal(JsonValueKind.Null, jobs[nameless].GetProperty("unit").ValueKind);
        Assert.Equal("整改.txt", jobs[nameless].GetProperty("name").GetString());

        // The result says it too; the name is kept with the job, not served as a file.
        Assert.Equal("白河镇", (await server.WaitAsync(baihe)).GetProperty("result").GetProperty("unit").GetString());
        using var unitFile = await server.Client.GetAsync(baihe + "/unit");
        Assert.Equal(HttpStatusCode.NotFound, unitFile.StatusCode);
    }

    internal static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status, string? detailContains)
    {
        using (response)
        {
            Assert.Equal(status, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
            if (detailContains is not null)
            {
                var text = problem.GetProperty("title").GetString() + " " + (problem.TryGetProperty("detail", out var d) ? d.GetString() : "");
                Assert.Contains(detailContains, text, StringComparison.Ordinal);
            }
        }
    }
}
