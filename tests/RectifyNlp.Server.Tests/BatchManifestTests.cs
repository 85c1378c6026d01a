using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using RectifyNlp.Tests;

namespace RectifyNlp.Server.Tests;

/// <summary>
/// A batch archive with a manifest.csv: its units are the ones it lists; a manifest that is malformed, reaches outside
/// the archive or names a file the archive does not hold is refused at upload (400, one Chinese line) and leaves no job.
/// </summary>
public sealed class BatchManifestTests
{
    private const string Header = "round,unit,feedback,report\n";

    public static TheoryData<string, string> BadManifests => new()
    {
        { "轮次,单位\n2024-1,区司法局\n", "第一行应为 round,unit,feedback,report" },
        { Header + "2024-1,区司法局,files/feedback.txt\n", "第 2 行应有轮次、单位、反馈文件（可空）和报告文件四项" },
        { Header + "2024-1,区司法局,,../../../../etc/passwd\n", "第 2 行的路径 ../../../../etc/passwd 指向压缩包之外" },
        { Header + "2024-1,区司法局,,/etc/passwd\n", "指向压缩包之外" },
        { Header + "2024-1,区司法局,C:files/report.txt,files/report.txt\n", "指向压缩包之外" },
        { Header + "2024-1,区司法局,,files/report.txt\n\n2024-1,区教育局,,files/missing.txt\n", "第 4 行的文件 files/missing.txt 不在压缩包中" },
        { Header, "没有列出任何单位" },
    };

    [Theory]
    [MemberData(nameof(BadManifests))]
    public async Task A_bad_manifest_is_refused_at_upload_with_the_line_at_fault_and_leaves_nothing(string manifest, string reason)
    {
        await using var server = await RunningServer.StartAsync();
        await AssertRefused(server, Archive(Encoding.UTF8.GetBytes(manifest)), reason);
    }

    [Fact]
    public async Task A_manifest_not_in_UTF8_is_refused_rather_than_read_as_nonsense()
    {
        await using var server = await RunningServer.StartAsync();
        byte[] gbk = [.. Encoding.ASCII.GetBytes(Header + "2024-1,"), 0xC7, 0xF8, 0xCB, 0xBE, .. Encoding.ASCII.GetBytes(",,files/report.txt\n")];
        await AssertRefused(server, Archive(gbk), "不是 UTF-8 编码");
    }

    [Fact]
    public async Task A_manifest_in_the_archive_names_the_units_of_any_layout()
    {
        await using var server = await RunningServer.StartAsync();
        var manifest = Header + "2024-1,区卫生健康局,files/feedback.txt,files/report.txt\n2025-1,区卫生健康局,,\"files/第二轮, 报告.txt\"\n";
        using var response = await BatchesApiTests.PostArchive(server, Archive(Encoding.UTF8.GetBytes(manifest), top: "batch/"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var job = await server.WaitAsync(response.Headers.Location!.ToString());
        Assert.Equal("done", job.GetProperty("status").GetString());
        var summary = job.GetProperty("result");
        Assert.Equal(["2024-1", "2025-1"], summary.GetProperty("rounds").EnumerateArray().Select(r => r.GetString()));
        Assert.Empty(summary.GetProperty("failures").EnumerateArray());
    }

    private static async Task AssertRefused(RunningServer server, byte[] zip, string reason)
    {
        using var response = await BatchesApiTests.PostArchive(server, zip);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal("批处理清单不能接受", problem.GetProperty("title").GetString());
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains(reason, detail, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', detail);
        Assert.DoesNotContain(server.Options.DataDirectory, body, StringComparison.Ordinal);

        // No job, no upload kept, nothing in the work space.
        Assert.Empty(await server.Client.GetFromJsonAsync<JsonElement[]>("/api/batches") ?? []);
        var work = Path.Combine(server.Options.DataDirectory, "work");
        Assert.Empty(Directory.Exists(work) ? Directory.GetFileSystemEntries(work) : []);
    }

    // The sample pair under files/ (one report also under a name with a comma) and the manifest, all under top.
    private static byte[] Archive(byte[] manifest, string top = "") => BatchesApiTests.Zip(archive =>
    {
        archive.CreateEntryFromFile(RepositoryPaths.Sample("feedback-opinion.txt"), top + "files/feedback.txt");
        archive.CreateEntryFromFile(RepositoryPaths.Sample("rectification-report.txt"), top + "files/report.txt");
        archive.CreateEntryFromFile(RepositoryPaths.Sample("rectification-report.txt"), top + "files/第二轮, 报告.txt");
        using var stream = archive.CreateEntry(top + "manifest.csv").Open();
        stream.Write(manifest);
    });
}
