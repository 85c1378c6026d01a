using System.IO.Compression;
using System.Net;
using System.Text;
using RectifyNlp.Batch;
using RectifyNlp.Tests;

namespace RectifyNlp.Server.Tests;

/// <summary>Deleting a job deletes it: its text is in no file under the data folder afterwards, nor in the search index.</summary>
public sealed class DeletionTests
{
    [Fact]
    public async Task A_deleted_analysis_leaves_its_text_in_no_file_under_the_data_folder()
    {
        await using var server = await RunningServer.StartAsync(new ServiceOptions { DataDirectory = RunningServer.NewDataFolder(), Urls = "http://127.0.0.1:0", Workers = 1 });
        try
        {
            const string marker = "独一无二的删除核验语句甲乙丙丁戊己庚辛";
            var report = File.ReadAllText(RepositoryPaths.Sample("rectification-report.txt")) + "\n" + marker + "。\n";
            using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(report)), "report", "report.txt" } };
            using var created = await server.Client.PostAsync("/api/analyses", form);
            var location = created.Headers.Location!.ToString();
            Assert.Equal("done", (await server.WaitAsync(location)).GetProperty("status").GetString());
            using (var download = await server.Client.GetAsync(location + "/checklist.md"))
            {
                Assert.Equal(HttpStatusCode.OK, download.StatusCode); // a download made on request and kept goes too
            }

            // The store keeps files compressed, where the text's own bytes do not appear (so the marker is looked for
            // after the delete only, for a plain copy anywhere): each stored file is found by a run of its bytes as they
            // lie in the store, before the delete, and must be in no file after it.
            var stored = StoredRuns(server.Options.StoreOrDefault, location.Split('/').Last());
            Assert.True(stored.Count >= 4, $"{stored.Count} stored files"); // report, result, texts, the checklist made on request
            Assert.All(stored, run => Assert.NotEmpty(FilesHoldingBytes(server.Options.DataDirectory, run)));

            using (var deleted = await server.Client.DeleteAsync(location))
            {
                Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
            }

            Assert.Empty(FilesHolding(server.Options.DataDirectory, marker));
            Assert.All(stored, run => Assert.Empty(FilesHoldingBytes(server.Options.DataDirectory, run)));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(server.Options.DataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task A_deleted_batch_is_not_found_by_search_and_its_text_is_in_no_file()
    {
        await using var server = await RunningServer.StartAsync(new ServiceOptions { DataDirectory = RunningServer.NewDataFolder(), Urls = "http://127.0.0.1:0", Workers = 1 });
        try
        {
            const string marker = "批处理删除核验语句子丑寅卯辰巳午未";
            var text = File.ReadAllText(RunningServer.Pair("2024-1", "transport", "report.txt")) + "\n" + marker + "。\n";
            var zip = BatchesApiTests.Zip(archive =>
            {
                archive.CreateEntryFromFile(RunningServer.Pair("2024-1", "transport", "feedback.txt"), "2024-1/transport/feedback.txt");
                using var writer = new StreamWriter(archive.CreateEntry("2024-1/transport/report.txt").Open(), Encoding.UTF8);
                writer.Write(text);
            });
            using var created = await BatchesApiTests.PostArchive(server, zip);
            var location = created.Headers.Location!.ToString();
            Assert.Equal("done", (await server.WaitAsync(location)).GetProperty("status").GetString());
            using (var store = new BatchStore(server.Options.StoreOrDefault))
            {
                Assert.NotEmpty(store.Search(marker));
            }

            using (var deleted = await server.Client.DeleteAsync(location))
            {
                Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
            }

            using (var store = new BatchStore(server.Options.StoreOrDefault))
            {
                Assert.Empty(store.Search(marker));
            }

            Assert.Empty(FilesHolding(server.Options.DataDirectory, marker));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(server.Options.DataDirectory, recursive: true);
        }
    }

    // The files under the folder whose bytes hold the text (UTF-8, as documents are stored and served).
    private static List<string> FilesHolding(string folder, string text) => FilesHoldingBytes(folder, Encoding.UTF8.GetBytes(text));

    private static List<string> FilesHoldingBytes(string folder, byte[] needle) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(f => Contains(ReadShared(f), needle))];

    // 48 bytes from the middle of each of the job's stored files of 64 bytes or more, as the store holds them.
    private static List<byte[]> StoredRuns(string store, string id)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={store}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT content FROM service_files WHERE job_id = @id AND length(content) >= 64";
        command.Parameters.AddWithValue("@id", id);
        using var reader = command.ExecuteReader();
        var runs = new List<byte[]>();
        while (reader.Read())
        {
            var content = (byte[])reader.GetValue(0);
            runs.Add(content[((content.Length / 2) - 24)..((content.Length / 2) + 24)]);
        }

        return runs;
    }

    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
