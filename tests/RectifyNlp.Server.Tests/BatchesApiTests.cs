using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RectifyNlp.Server.Work;
using RectifyNlp.Tests;

namespace RectifyNlp.Server.Tests;

/// <summary>POST/GET /api/batches: a zip of the round/unit layout; archives that reach outside are refused.</summary>
public sealed class BatchesApiTests
{
    [Fact]
    public async Task A_zip_of_two_rounds_is_analysed_with_progress_summary_and_a_recurrence()
    {
        await using var server = await RunningServer.StartAsync();
        var zip = Zip(archive =>
        {
            foreach (var (round, unit) in new[] { ("2024-1", "transport"), ("2025-1", "transport"), ("2024-1", "qingshan") })
            {
                foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "corpus", "pairs", round, unit)).Where(f => !f.EndsWith("gold.json", StringComparison.Ordinal)))
                {
                    archive.CreateEntryFromFile(file, $"rounds/{round}/{unit}/{Path.GetFileName(file)}");
                }
            }

            using var corrupt = new StreamWriter(archive.CreateEntry("rounds/2025-1/broken/report.docx").Open());
            corrupt.Write("PK\u0003\u0004 this is not really a Word file");
        });

        using var response = await PostArchive(server, zip);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var job = await server.WaitAsync(response.Headers.Location!.ToString());
        Assert.Equal("done", job.GetProperty("status").GetString());
        Assert.Equal(4, job.GetProperty("progress").GetProperty("total").GetInt32());
        Assert.Equal(4, job.GetProperty("progress").GetProperty("done").GetInt32());

        var summary = job.GetProperty("result");
        Assert.Equal(["2024-1", "2025-1"], summary.GetProperty("rounds").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains(summary.GetProperty("aggregates").GetProperty("recurrences").EnumerateArray(), r => r.GetProperty("unit").GetString() == "transport");
        // The damaged file, named as the archive names it (and the unit then has no report).
        var failures = summary.GetProperty("failures").EnumerateArray().ToList();
        Assert.All(failures, f => Assert.Equal("broken", f.GetProperty("unit").GetString()));
        Assert.Contains(failures, f => f.GetProperty("path").GetString() == "2025-1/broken/report.docx" && f.GetProperty("reason").GetString()!.Contains("损坏", StringComparison.Ordinal));

        using var dashboard = await server.Client.GetAsync(response.Headers.Location + "/index.html");
        Assert.Equal("text/html", dashboard.Content.Headers.ContentType!.MediaType);
        var board = await dashboard.Content.ReadAsStringAsync();
        Assert.Contains("transport", board, StringComparison.Ordinal);

        // Each unit's name links to its side-by-side page, served beside the dashboard in the same sandbox.
        Assert.Contains("<a class=\"unit-page\" href=\"units/2025-1/transport.html\">区交通运输局</a>", board, StringComparison.Ordinal);
        using (var page = await server.Client.GetAsync(response.Headers.Location + "/units/2025-1/transport.html"))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
            Assert.StartsWith("sandbox allow-scripts", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            var html = await page.Content.ReadAsStringAsync();
            Assert.Contains("原文对照", html, StringComparison.Ordinal);
            Assert.Contains("养护", html, StringComparison.Ordinal);
        }

        using (var none = await server.Client.GetAsync(response.Headers.Location + "/units/2025-1/nowhere.html"))
        {
            Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        }
        using var workbook = await server.Client.GetAsync(response.Headers.Location + "/batch.xlsx");
        Assert.Equal(HttpStatusCode.OK, workbook.StatusCode);
        Assert.Equal((byte)'P', (await workbook.Content.ReadAsByteArrayAsync())[0]);

        // Nothing left in the work space.
        Assert.Empty(Directory.Exists(Path.Combine(server.Options.DataDirectory, "work")) ? Directory.GetFileSystemEntries(Path.Combine(server.Options.DataDirectory, "work")) : []);
    }

    [Fact]
    public async Task Search_finds_a_batchs_documents_by_batch_and_path_until_it_is_deleted_and_refuses_an_empty_query()
    {
        await using var server = await RunningServer.StartAsync();
        const string marker = "嵌入式检索标记拾壹";
        var text = File.ReadAllText(RunningServer.Pair("2024-1", "transport", "report.txt"));
        var zip = Zip(archive =>
        {
            foreach (var unit in new[] { "甲局", "乙局" })
            {
                using var writer = new StreamWriter(archive.CreateEntry($"2024-1/{unit}/report.txt").Open(), System.Text.Encoding.UTF8);
                writer.Write(text + $"\n{unit}{marker}。\n");
            }
        });
        using var created = await PostArchive(server, zip);
        var location = created.Headers.Location!.ToString();
        var id = location[(location.LastIndexOf('/') + 1)..];
        Assert.Equal("done", (await server.WaitAsync(location)).GetProperty("status").GetString());

        var hits = await server.Client.GetFromJsonAsync<JsonElement>("/api/batches/search?q=" + Uri.EscapeDataString(marker));
        Assert.Equal(["2024-1/乙局/report.txt", "2024-1/甲局/report.txt"], hits.EnumerateArray().Select(h => h.GetProperty("path").GetString()).Order(StringComparer.Ordinal));
        Assert.All(hits.EnumerateArray(), h => Assert.Equal(id, h.GetProperty("batch").GetString()));
        Assert.Contains(hits.EnumerateArray(), h => h.GetProperty("snippet").GetString()!.Contains("甲局【" + marker + "】", StringComparison.Ordinal));

        await AnalysesApiTests.AssertProblem(await server.Client.GetAsync("/api/batches/search?q=%20"), HttpStatusCode.BadRequest, "参数 q");
        await AnalysesApiTests.AssertProblem(await server.Client.GetAsync("/api/batches/search"), HttpStatusCode.BadRequest, "参数 q");
        await AnalysesApiTests.AssertProblem(await server.Client.GetAsync("/api/batches/search?q=" + new string('查', 201)), HttpStatusCode.BadRequest, "200");

        using (var deleted = await server.Client.DeleteAsync(location))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        Assert.Empty((await server.Client.GetFromJsonAsync<JsonElement>("/api/batches/search?q=" + Uri.EscapeDataString(marker))).EnumerateArray());
    }

    [Theory]
    [InlineData("../escaped.txt", "目标目录之外")]
    [InlineData("/etc/escaped.txt", "目标目录之外")]
    [InlineData("round/unit/../../../escaped.txt", "目标目录之外")]
    public async Task An_archive_reaching_outside_its_folder_is_refused_at_upload(string entry, string reason)
    {
        await using var server = await RunningServer.StartAsync();
        var zip = Zip(archive =>
        {
            using var writer = new StreamWriter(archive.CreateEntry(entry).Open());
            writer.Write("巡察整改");
        });
        await AnalysesApiTests.AssertProblem(await PostArchive(server, zip), HttpStatusCode.BadRequest, reason);
        Assert.False(File.Exists(Path.Combine(server.Options.DataDirectory, "escaped.txt")));
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(server.Options.DataDirectory)!, "escaped.txt")));
    }

    [Fact]
    public async Task A_symbolic_link_in_an_archive_is_refused()
    {
        await using var server = await RunningServer.StartAsync();
        var zip = Zip(archive =>
        {
            var link = archive.CreateEntry("round/unit/report.txt");
            link.ExternalAttributes = unchecked((int)(0xA1FFu << 16)); // lrwxrwxrwx
            using var writer = new StreamWriter(link.Open());
            writer.Write("/etc/passwd");
        });
        await AnalysesApiTests.AssertProblem(await PostArchive(server, zip), HttpStatusCode.BadRequest, "符号链接");
    }

    [Fact]
    public async Task Something_that_is_not_a_zip_gets_415()
    {
        await using var server = await RunningServer.StartAsync();
        await AnalysesApiTests.AssertProblem(await PostArchive(server, File.ReadAllBytes(RepositoryPaths.Sample("rectification-report.txt"))), HttpStatusCode.UnsupportedMediaType, "zip");
    }

    [Fact]
    public void A_bomb_stops_at_the_limit_while_inflating_and_leaves_nothing()
    {
        var zip = Zip(archive =>
        {
            using var stream = archive.CreateEntry("round/unit/report.txt", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 64; i++)
            {
                stream.Write(zeros);
            }
        });
        Assert.True(zip.Length < 1024 * 1024);
        var limits = new ServiceOptions().Archive with { MaxInflatedBytes = 8 * 1024 * 1024 };
        Assert.Contains("上限", Assert.Throws<InvalidDataException>(() => ArchiveExtractor.Check(zip, limits)).Message, StringComparison.Ordinal);

        var folder = Path.Combine(RunningServer.NewDataFolder(), "in");
        Assert.Throws<InvalidDataException>(() => ArchiveExtractor.Extract(zip, folder, limits));
        Assert.False(Directory.Exists(folder));
        Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
    }

    internal static async Task<HttpResponseMessage> PostArchive(RunningServer server, byte[] zip)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(zip), "archive", "batch.zip" } };
        return await server.Client.PostAsync("/api/batches", form);
    }

    internal static byte[] Zip(Action<ZipArchive> fill)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            fill(archive);
        }

        return stream.ToArray();
    }
}
