using Microsoft.Data.Sqlite;

namespace RectifyNlp.Batch;

/// <summary>An analysis kept in the store.</summary>
/// <param name="Key">Content key: the hashes of the feedback and report and of the analyser's models.</param>
/// <param name="Round">The round.</param>
/// <param name="Unit">The unit.</param>
/// <param name="FeedbackPath">The feedback file, or null.</param>
/// <param name="ReportPath">The report file.</param>
/// <param name="Json">The analysis as <c>analyze --json</c> prints it.</param>
public sealed record StoredAnalysis(string Key, string Round, string Unit, string? FeedbackPath, string ReportPath, string Json)
{
    /// <summary>The row of a store's analyses table read in its column order (key, round, unit, feedback, report, result), or null past the last.</summary>
    public static StoredAnalysis? ReadFirst(System.Data.IDataReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.Read()
            ? new StoredAnalysis(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4), reader.GetString(5))
            : null;
    }
}

/// <summary>A file or unit that could not be analysed, and why.</summary>
public sealed record BatchFailure(string Round, string Unit, string Path, string Reason);

/// <summary>A search hit.</summary>
/// <param name="Round">The round.</param>
/// <param name="Unit">The unit's folder.</param>
/// <param name="Path">The document's file.</param>
/// <param name="Title">The document's title.</param>
/// <param name="Snippet">The words found, 【marked】, with a little context.</param>
public sealed record SearchHit(string Round, string Unit, string Path, string Title, string Snippet)
{
    /// <summary>被巡察单位 as the unit's analysis in that round read it from the documents (白河镇), or null.</summary>
    public string? UnitName { get; init; }
}

/// <summary>
/// The batch store, SQLite: documents by content hash (with a full-text index, FTS5 with trigram tokens so
/// that Chinese matches without segmentation), analyses by the hashes of their inputs and of the analyser,
/// and failures with their reasons. Finished work is committed as it finishes, so an interrupted batch loses
/// nothing done; a rerun finds it by key and skips it. Thread-safe (one connection, writes serialised).
/// </summary>
public sealed class BatchStore : IBatchStore
{
    private readonly SqliteConnection _connection;
    private readonly Lock _lock = new();

    /// <summary>Opens (creating if needed) the store at <paramref name="path"/>.</summary>
    public BatchStore(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        _connection.Open();
        Execute("""
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = NORMAL;
            PRAGMA secure_delete = ON;
            CREATE TABLE IF NOT EXISTS documents (hash TEXT PRIMARY KEY, kind TEXT NOT NULL, title TEXT NOT NULL, text TEXT NOT NULL);
            CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5 (text, hash UNINDEXED, tokenize = 'trigram');
            CREATE TABLE IF NOT EXISTS sources (hash TEXT NOT NULL, path TEXT NOT NULL, round TEXT NOT NULL, unit TEXT NOT NULL, PRIMARY KEY (hash, path));
            CREATE TABLE IF NOT EXISTS analyses (key TEXT PRIMARY KEY, round TEXT NOT NULL, unit TEXT NOT NULL, feedback_path TEXT, report_path TEXT NOT NULL, result TEXT NOT NULL, created TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS failures (round TEXT NOT NULL, unit TEXT NOT NULL, path TEXT NOT NULL, reason TEXT NOT NULL, created TEXT NOT NULL, PRIMARY KEY (round, unit, path));
            CREATE TABLE IF NOT EXISTS pages (key TEXT PRIMARY KEY, html BLOB NOT NULL);
            """);
    }

    /// <inheritdoc />
    public (string Kind, string Title)? Document(string hash)
    {
        lock (_lock)
        {
            using var command = Command("SELECT kind, title FROM documents WHERE hash = $hash", ("$hash", hash));
            using var reader = command.ExecuteReader();
            return reader.Read() ? (reader.GetString(0), reader.GetString(1)) : null;
        }
    }

    /// <inheritdoc />
    public void AddDocument(string hash, string kind, string title, string text, string path, string round, string unit)
    {
        lock (_lock)
        {
            using var transaction = _connection.BeginTransaction();
            using (var exists = Command("SELECT 1 FROM documents WHERE hash = $hash", ("$hash", hash)))
            {
                if (exists.ExecuteScalar() is null)
                {
                    using var insert = Command("INSERT INTO documents (hash, kind, title, text) VALUES ($hash, $kind, $title, $text)", ("$hash", hash), ("$kind", kind), ("$title", title), ("$text", text));
                    insert.ExecuteNonQuery();
                    using var fts = Command("INSERT INTO documents_fts (text, hash) VALUES ($text, $hash)", ("$text", text), ("$hash", hash));
                    fts.ExecuteNonQuery();
                }
            }

            using (var source = Command("INSERT OR REPLACE INTO sources (hash, path, round, unit) VALUES ($hash, $path, $round, $unit)", ("$hash", hash), ("$path", path), ("$round", round), ("$unit", unit)))
            {
                source.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    /// <inheritdoc />
    public StoredAnalysis? Analysis(string key)
    {
        lock (_lock)
        {
            using var command = Command("SELECT key, round, unit, feedback_path, report_path, result FROM analyses WHERE key = $key", ("$key", key));
            using var reader = command.ExecuteReader();
            return StoredAnalysis.ReadFirst(reader);
        }
    }

    /// <inheritdoc />
    public void AddAnalysis(StoredAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        lock (_lock)
        {
            using var command = Command(
                "INSERT OR REPLACE INTO analyses (key, round, unit, feedback_path, report_path, result, created) VALUES ($key, $round, $unit, $feedback, $report, $result, $created)",
                ("$key", analysis.Key), ("$round", analysis.Round), ("$unit", analysis.Unit), ("$feedback", analysis.FeedbackPath), ("$report", analysis.ReportPath), ("$result", analysis.Json), ("$created", DateTime.UtcNow.ToString("O")));
            command.ExecuteNonQuery();
        }
    }

    /// <inheritdoc />
    public void AddPage(string key, string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        using var packed = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(packed, System.IO.Compression.CompressionLevel.Fastest))
        {
            gzip.Write(System.Text.Encoding.UTF8.GetBytes(html));
        }

        lock (_lock)
        {
            using var command = Command("INSERT OR REPLACE INTO pages (key, html) VALUES ($key, $html)", ("$key", key), ("$html", packed.ToArray()));
            command.ExecuteNonQuery();
        }
    }

    /// <inheritdoc />
    public bool HasPage(string key)
    {
        lock (_lock)
        {
            using var command = Command("SELECT 1 FROM pages WHERE key = $key", ("$key", key));
            return command.ExecuteScalar() is not null;
        }
    }

    /// <inheritdoc />
    public string? Page(string key)
    {
        byte[]? packed;
        lock (_lock)
        {
            using var command = Command("SELECT html FROM pages WHERE key = $key", ("$key", key));
            packed = command.ExecuteScalar() as byte[];
        }

        if (packed is null)
        {
            return null;
        }

        using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(packed), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <inheritdoc />
    public void AddFailure(BatchFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        lock (_lock)
        {
            using var command = Command(
                "INSERT OR REPLACE INTO failures (round, unit, path, reason, created) VALUES ($round, $unit, $path, $reason, $created)",
                ("$round", failure.Round), ("$unit", failure.Unit), ("$path", failure.Path), ("$reason", failure.Reason), ("$created", DateTime.UtcNow.ToString("O")));
            command.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// Removes everything a batch under <paramref name="folder"/> left: where its documents were found, the
    /// documents no other batch has (their text and search entries), its analyses and failures. The bytes go
    /// too: freed pages are zeroed (secure_delete), the search index is merged without them, and the
    /// write-ahead log is emptied.
    /// </summary>
    public void Forget(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        ForgetPrefix(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar);
    }

    /// <inheritdoc />
    public void ForgetPrefix(string prefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        lock (_lock)
        {
            using (var transaction = _connection.BeginTransaction())
            {
                foreach (var sql in new[]
                {
                    "DELETE FROM sources WHERE substr(path, 1, length($prefix)) = $prefix",
                    "DELETE FROM documents_fts WHERE hash NOT IN (SELECT hash FROM sources)",
                    "DELETE FROM documents WHERE hash NOT IN (SELECT hash FROM sources)",
                    "DELETE FROM analyses WHERE substr(report_path, 1, length($prefix)) = $prefix",
                    "DELETE FROM pages WHERE key NOT IN (SELECT key FROM analyses)",
                    "DELETE FROM failures WHERE substr(path, 1, length($prefix)) = $prefix",
                })
                {
                    using var command = Command(sql, ("$prefix", prefix));
                    command.ExecuteNonQuery();
                }

                transaction.Commit();
            }

            Execute("INSERT INTO documents_fts (documents_fts) VALUES ('optimize'); PRAGMA wal_checkpoint(TRUNCATE);");
        }
    }

    /// <summary>Full-text search over every stored document: trigram matching for three characters or more, a substring scan below.</summary>
    public IReadOnlyList<SearchHit> Search(string query, int limit = 50)
    {
        ArgumentNullException.ThrowIfNull(query);
        query = query.Trim();
        if (query.Length == 0)
        {
            return [];
        }

        // The unit's name is what its analysis in that round read (analyze --json's unit), where one was kept.
        const string UnitName = "(SELECT json_extract(a.result, '$.unit') FROM analyses a WHERE a.round = s.round AND a.unit = s.unit ORDER BY a.created DESC LIMIT 1)";
        var sql = (query.Length >= 3
            ? """
              SELECT s.round, s.unit, s.path, d.title, snippet(documents_fts, 0, '【', '】', '…', 16), {UnitName}
              FROM documents_fts JOIN documents d ON d.hash = documents_fts.hash JOIN sources s ON s.hash = d.hash
              WHERE documents_fts MATCH $query ORDER BY rank, s.path LIMIT $limit
              """
            : """
              SELECT s.round, s.unit, s.path, d.title, substr(d.text, max(1, instr(d.text, $raw) - 16), 40), {UnitName}
              FROM documents d JOIN sources s ON s.hash = d.hash
              WHERE instr(d.text, $raw) > 0 ORDER BY s.path LIMIT $limit
              """).Replace("{UnitName}", UnitName, StringComparison.Ordinal);
        lock (_lock)
        {
            using var command = Command(sql, ("$query", "\"" + query.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""), ("$raw", query), ("$limit", limit));
            using var reader = command.ExecuteReader();
            var hits = new List<SearchHit>();
            while (reader.Read())
            {
                hits.Add(new SearchHit(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4)) { UnitName = reader.IsDBNull(5) ? null : reader.GetString(5) });
            }

            return hits;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
