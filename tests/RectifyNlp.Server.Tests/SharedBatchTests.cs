using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Npgsql;
using RectifyNlp.Tests;
using Xunit.Abstractions;

namespace RectifyNlp.Server.Tests;

/// <summary>
/// One batch, two service instances on one PostgreSQL: the batch is divided into unit jobs on the shared queue, both
/// instances take units, each unit is analysed once, the summary is what one instance alone makes, and search finds
/// the batch's documents from either instance.
/// </summary>
public sealed class SharedBatchTests(ITestOutputHelper output)
{
    private const string Marker = "共享批处理检索标记柒捌玖";

    [Fact]
    public async Task A_batch_on_two_instances_is_analysed_once_a_unit_by_both_and_sums_up_as_on_one()
    {
        using var postgres = new PostgresDatabase();
        var zip = CorpusArchive(out var units);
        var dataA = RunningServer.NewDataFolder();
        var dataB = RunningServer.NewDataFolder();
        var dataAlone = RunningServer.NewDataFolder();
        try
        {
            // 1. Two instances over one PostgreSQL, one worker each; the batch goes to A.
            JsonElement shared;
            string id;
            await using (var a = await RunningServer.StartAsync(new ServiceOptions { DataDirectory = dataA, Urls = "http://127.0.0.1:0", Store = postgres.ConnectionString, Workers = 1 }))
            await using (var b = await RunningServer.StartAsync(new ServiceOptions { DataDirectory = dataB, Urls = "http://127.0.0.1:0", Store = postgres.ConnectionString, Workers = 1 }))
            {
                using var created = await BatchesApiTests.PostArchive(a, zip);
                Assert.Equal(HttpStatusCode.Created, created.StatusCode);
                var location = created.Headers.Location!.ToString();
                id = location[(location.LastIndexOf('/') + 1)..];
                shared = await a.WaitAsync(location, within: TimeSpan.FromMinutes(8));
                Assert.Equal("done", shared.GetProperty("status").GetString());
                Assert.Equal(units, shared.GetProperty("progress").GetProperty("total").GetInt32());
                Assert.Equal(units, shared.GetProperty("progress").GetProperty("done").GetInt32());

                // B serves the same batch: its status, its dashboard and a unit's page.
                var fromB = await b.WaitAsync(location);
                Assert.Equal(shared.GetProperty("result").GetRawText(), fromB.GetProperty("result").GetRawText());
                using (var page = await b.Client.GetAsync(location + "/units/2025-1/transport.html"))
                {
                    Assert.Equal(HttpStatusCode.OK, page.StatusCode);
                }

                // Search finds the batch's documents from either instance.
                foreach (var server in new[] { a, b })
                {
                    var hits = await server.Client.GetFromJsonAsync<JsonElement>("/api/batches/search?q=" + Uri.EscapeDataString(Marker));
                    var hit = Assert.Single(hits.EnumerateArray());
                    Assert.Equal(id, hit.GetProperty("batch").GetString());
                    Assert.Equal("2025-9/marker/report.txt", hit.GetProperty("path").GetString());
                    Assert.Contains("【" + Marker + "】", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);

                    // A phrase of a real report: two characters (below the trigram length) and more.
                    var phrase = await server.Client.GetFromJsonAsync<JsonElement>("/api/batches/search?q=" + Uri.EscapeDataString("养护") + "&limit=200");
                    Assert.Contains(phrase.EnumerateArray(), h => h.GetProperty("path").GetString() == "2025-1/transport/report.txt" && h.GetProperty("batch").GetString() == id);
                }
            }

            // 2. Every unit analysed exactly once (one attempt, one unit job each, no result reused), and both instances took units.
            var workers = UnitWorkers(postgres.ConnectionString, id);
            Assert.Equal(units, workers.Count);
            Assert.All(workers, w => Assert.Equal(("done", 1), (w.Status, w.Attempts)));
            var instances = workers.GroupBy(w => w.Worker.Split('/')[0]).ToDictionary(g => g.Key, g => g.Count());
            output.WriteLine($"{units} units, {shared.GetProperty("result").GetProperty("run").GetProperty("seconds").GetDouble():0.0} s from submission on two instances; units by instance: {string.Join(", ", instances.Values)}");
            Assert.True(instances.Count == 2, "units by instance: " + string.Join(", ", instances.Select(i => $"{i.Key} {i.Value}")));
            var run = shared.GetProperty("result").GetProperty("run");
            Assert.Equal(0, run.GetProperty("reused").GetInt32());
            Assert.Equal(AnalysesStored(postgres.ConnectionString), run.GetProperty("analysed").GetInt32());

            // 3. The same archive on one instance alone, on the embedded store (SQLite): the same summary but for the time taken.
            await using (var alone = await RunningServer.StartAsync(new ServiceOptions { DataDirectory = dataAlone, Urls = "http://127.0.0.1:0", Workers = 1 }))
            {
                using var created = await BatchesApiTests.PostArchive(alone, zip);
                var single = await alone.WaitAsync(created.Headers.Location!.ToString(), within: TimeSpan.FromMinutes(8));
                Assert.Equal("done", single.GetProperty("status").GetString());
                Assert.Equal(WithoutTime(single.GetProperty("result")), WithoutTime(shared.GetProperty("result")));
                output.WriteLine($"one instance (SQLite): {single.GetProperty("result").GetProperty("run").GetProperty("seconds").GetDouble():0.0} s");
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var data in new[] { dataA, dataB, dataAlone })
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }

    // Every pair of the corpus (three rounds, recurrences among them), again as the rounds of two later years, and one
    // unit whose report carries the search marker. Enough units that the batch outlasts the second instance's idle
    // poll (a second): with the corpus alone it ran in 1.4 s on a quiet machine and one instance could take it all.
    private static readonly int[] LaterYears = [0, 3, 6];

    private static byte[] CorpusArchive(out int units)
    {
        var pairs = Path.Combine(RepositoryPaths.Root, "corpus", "pairs");
        var folders = Directory.GetDirectories(pairs).SelectMany(Directory.GetDirectories).Order(StringComparer.Ordinal).ToList();
        // The copies are of the units in plain text, whose bytes a line at the end makes differ (none a result reused).
        var plain = folders.Where(f => Directory.GetFiles(f).All(n => n.EndsWith(".txt", StringComparison.Ordinal) || n.EndsWith("gold.json", StringComparison.Ordinal))).ToList();
        units = folders.Count + (plain.Count * (LaterYears.Length - 1)) + 1;
        return BatchesApiTests.Zip(archive =>
        {
            foreach (var later in LaterYears)
            {
                foreach (var folder in later == 0 ? folders : plain)
                {
                    foreach (var file in Directory.GetFiles(folder).Where(f => !f.EndsWith("gold.json", StringComparison.Ordinal)))
                    {
                        var name = Path.GetRelativePath(pairs, file).Replace('\\', '/');
                        var year = int.Parse(name.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture) + later;
                        var entry = year.ToString(System.Globalization.CultureInfo.InvariantCulture) + name[4..];
                        if (later == 0)
                        {
                            archive.CreateEntryFromFile(file, entry);
                            continue;
                        }

                        using var copy = new StreamWriter(archive.CreateEntry(entry).Open(), Encoding.UTF8);
                        copy.Write(File.ReadAllText(file) + $"\n（{year}年汇编）\n");
                    }
                }
            }

            using var writer = new StreamWriter(archive.CreateEntry("2025-9/marker/report.txt").Open(), Encoding.UTF8);
            writer.Write(File.ReadAllText(RunningServer.Pair("2024-1", "transport", "report.txt")) + $"\n{Marker}。\n");
        });
    }

    private static List<(string Worker, string Status, int Attempts)> UnitWorkers(string connectionString, string batch)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT worker, status, attempts FROM service_jobs WHERE parent = @batch ORDER BY ordinal", connection);
        command.Parameters.AddWithValue("batch", batch);
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string, int)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetInt32(2)));
        }

        return rows;
    }

    private static int AnalysesStored(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT COUNT(*) FROM batch_analyses", connection);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    // summary.json but for the seconds the run took.
    private static string WithoutTime(JsonElement summary)
    {
        var node = JsonNode.Parse(summary.GetRawText())!.AsObject();
        node["run"]!.AsObject().Remove("seconds");
        return node.ToJsonString();
    }
}
