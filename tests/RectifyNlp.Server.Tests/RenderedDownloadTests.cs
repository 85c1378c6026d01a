using System.Net;
using Microsoft.Data.Sqlite;
using Npgsql;
using RectifyNlp.Server.Storage;
using RectifyNlp.Server.Work;
using RectifyNlp.Tests;
using Xunit.Abstractions;

namespace RectifyNlp.Server.Tests;

/// <summary>
/// The HTML report and the checklists are made on their first download and kept; what an analysis stores is
/// compressed. Real servers over real stores (SQLite, and PostgreSQL where said).
/// </summary>
public sealed class RenderedDownloadTests(ITestOutputHelper output)
{
    private static readonly string Feedback = RepositoryPaths.Sample("feedback-opinion.txt");
    private static readonly string Report = RepositoryPaths.Sample("rectification-report.txt");

    [Fact]
    public async Task An_analysis_stores_its_result_and_texts_only_and_a_download_is_made_once_and_kept()
    {
        await using var server = await RunningServer.StartAsync();
        var id = await Analysed(server);
        var store = server.Service<IJobStore>();
        foreach (var file in JobProcessor.RenderedArtifacts)
        {
            Assert.Null(store.File(id, file));
        }

        var renderer = server.Service<ArtifactRenderer>();
        var first = await Download(server, id, "checklist.md");
        Assert.Equal(1, renderer.Renders);
        Assert.Equal(first, store.File(id, "checklist.md")!.Content);
        Assert.Equal(first, await Download(server, id, "checklist.md"));
        Assert.Equal(1, renderer.Renders);
    }

    [Theory]
    [InlineData("checklist.docx")]
    [InlineData("report.html")]
    public async Task Two_first_downloads_at_once_make_one_render_and_get_the_same_bytes(string file)
    {
        await using var server = await RunningServer.StartAsync();
        var id = await Analysed(server);
        var downloads = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => Download(server, id, file))));

        Assert.Equal(downloads[0], downloads[1]);
        Assert.Equal(1, server.Service<ArtifactRenderer>().Renders);
        Assert.Equal(downloads[0], server.Service<IJobStore>().File(id, file)!.Content);
    }

    [Fact]
    public async Task A_download_of_a_deleted_analysis_is_not_found_and_nothing_is_kept_for_it()
    {
        await using var server = await RunningServer.StartAsync();
        var id = await Analysed(server);
        using (var deleted = await server.Client.DeleteAsync($"/api/analyses/{id}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        await AnalysesApiTests.AssertProblem(await server.Client.GetAsync($"/api/analyses/{id}/report.html"), HttpStatusCode.NotFound, "不存在");
        Assert.Null(server.Service<IJobStore>().Keep(id, new JobFile("report.html", "report.html", [1, 2, 3])));
        Assert.Null(server.Service<IJobStore>().File(id, "report.html"));
        Assert.Equal(0, server.Service<ArtifactRenderer>().Renders);
    }

    [Fact]
    public async Task A_stored_result_the_analysis_no_longer_gives_is_refused_with_409_not_rendered_from_another_result()
    {
        await using var server = await RunningServer.StartAsync();
        var id = await Analysed(server);

        // As if the models had changed since: the result kept is not what analysing the uploads gives now.
        using (var connection = new SqliteConnection($"Data Source={server.Options.StoreOrDefault}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE service_files SET content = @content, encoding = NULL WHERE job_id = @id AND slot = 'result.json'";
            command.Parameters.AddWithValue("@content", "{\"schemaVersion\":1,\"issues\":[],\"measures\":[],\"gaps\":[]}"u8.ToArray());
            command.Parameters.AddWithValue("@id", id);
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        await AnalysesApiTests.AssertProblem(await server.Client.GetAsync($"/api/analyses/{id}/checklist.xlsx"), HttpStatusCode.Conflict, "分析模型已更新");
        Assert.Null(server.Service<IJobStore>().File(id, "checklist.xlsx"));
        SqliteConnection.ClearAllPools();
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task An_analysed_text_upload_stores_at_most_twice_its_bytes(string storeKind)
    {
        using var postgres = storeKind == "postgres" ? new PostgresDatabase() : null;
        var data = RunningServer.NewDataFolder();
        try
        {
            await using (var server = await RunningServer.StartAsync(new ServiceOptions { Urls = "http://127.0.0.1:0", DataDirectory = data, Store = postgres?.ConnectionString }))
            {
                var id = await Analysed(server);
                var upload = new FileInfo(Report).Length + new FileInfo(Feedback).Length;

                // What the store holds for the job, as the database counts it: every file's bytes (uploads, result, texts).
                var stored = StoredBytes(server.Options.StoreOrDefault, id);
                output.WriteLine($"{storeKind}: upload {upload:N0} bytes, stored {stored:N0} bytes ({(double)stored / upload:0.00}×)");
                Assert.InRange(stored, 1, 2 * upload);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    internal static long StoredBytes(string store, string id)
    {
        if (SqlJobStore.IsPostgresConnection(store))
        {
            using var connection = new NpgsqlConnection(store);
            connection.Open();
            using var command = new NpgsqlCommand("SELECT SUM(octet_length(content)) FROM service_files WHERE job_id = @id", connection);
            command.Parameters.AddWithValue("id", id);
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }

        using var sqlite = new SqliteConnection($"Data Source={store}");
        sqlite.Open();
        using var query = sqlite.CreateCommand();
        query.CommandText = "SELECT SUM(length(content)) FROM service_files WHERE job_id = @id";
        query.Parameters.AddWithValue("@id", id);
        return Convert.ToInt64(query.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<string> Analysed(RunningServer server)
    {
        using var created = await server.PostAnalysisAsync(Report, Feedback);
        var location = created.Headers.Location!.ToString();
        Assert.Equal("done", (await server.WaitAsync(location)).GetProperty("status").GetString());
        return location.Split('/').Last();
    }

    private static async Task<byte[]> Download(RunningServer server, string id, string file)
    {
        using var response = await server.Client.GetAsync($"/api/analyses/{id}/{file}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }
}
