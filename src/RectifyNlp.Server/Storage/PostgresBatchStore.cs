using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using Npgsql;
using RectifyNlp.Batch;

namespace RectifyNlp.Server.Storage;

/// <summary>
/// The batch store in the service's PostgreSQL database, beside its jobs, so that every instance reads and writes
/// one: a batch's units analysed on several instances keep their documents, results and pages here, its summary is
/// assembled from them by whichever instance finishes last, and search finds its documents from any instance.
/// Tables as <see cref="BatchStore"/>'s, prefixed <c>batch_</c>. Search is a case-insensitive substring match
/// (<c>ILIKE</c>), which needs no Chinese word segmentation, served by a pg_trgm GIN index on the text when the
/// extension is there or can be created (<see cref="HasTrigramIndex"/>); without it the same query scans the table.
/// A connection per call (pooled): thread-safe.
/// </summary>
public sealed class PostgresBatchStore : IBatchStore
{
    // Schemas made (and whether with the trigram index) by this process, by connection string: the tables are made once.
    private static readonly ConcurrentDictionary<string, bool> Initialised = new(StringComparer.Ordinal);

    private readonly NpgsqlDataSource _dataSource;
    private readonly bool _ownsDataSource;

    /// <summary>Opens the batch store in the database <paramref name="connectionString"/> names (Npgsql's form), making its tables if needed.</summary>
    public PostgresBatchStore(string connectionString)
        : this(NpgsqlDataSource.Create(connectionString ?? throw new ArgumentNullException(nameof(connectionString))), ownsDataSource: true)
    {
    }

    /// <summary>
    /// The batch store over <paramref name="dataSource"/>'s connection pool (the service keeps one for all its jobs: a
    /// new pool a unit would open new connections each time), disposed with the store only when <paramref name="ownsDataSource"/>.
    /// </summary>
    public PostgresBatchStore(NpgsqlDataSource dataSource, bool ownsDataSource)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        _dataSource = dataSource;
        _ownsDataSource = ownsDataSource;
        HasTrigramIndex = Initialised.GetOrAdd(dataSource.ConnectionString, _ => Initialise());
    }

    /// <summary>Whether the text has a pg_trgm index (else search scans: the extension could not be created).</summary>
    public bool HasTrigramIndex { get; }

    /// <inheritdoc />
    public (string Kind, string Title)? Document(string hash)
    {
        using var connection = _dataSource.OpenConnection();
        using var command = Command(connection, "SELECT kind, title FROM batch_documents WHERE hash = @hash", ("hash", hash));
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetString(0), reader.GetString(1)) : null;
    }

    /// <inheritdoc />
    public void AddDocument(string hash, string kind, string title, string text, string path, string round, string unit)
    {
        using var connection = _dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        Execute(connection, "INSERT INTO batch_documents (hash, kind, title, text) VALUES (@hash, @kind, @title, @text) ON CONFLICT (hash) DO NOTHING",
            ("hash", hash), ("kind", kind), ("title", title), ("text", text));
        Execute(connection, """
            INSERT INTO batch_sources (hash, path, round, unit) VALUES (@hash, @path, @round, @unit)
            ON CONFLICT (hash, path) DO UPDATE SET round = excluded.round, unit = excluded.unit
            """, ("hash", hash), ("path", path), ("round", round), ("unit", unit));
        transaction.Commit();
    }

    /// <inheritdoc />
    public StoredAnalysis? Analysis(string key)
    {
        using var connection = _dataSource.OpenConnection();
        using var command = Command(connection, "SELECT key, round, unit, feedback_path, report_path, result FROM batch_analyses WHERE key = @key", ("key", key));
        using var reader = command.ExecuteReader();
        return StoredAnalysis.ReadFirst(reader);
    }

    /// <inheritdoc />
    public void AddAnalysis(StoredAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        using var connection = _dataSource.OpenConnection();
        Execute(connection, """
            INSERT INTO batch_analyses (key, round, unit, feedback_path, report_path, result, created) VALUES (@key, @round, @unit, @feedback, @report, @result, @created)
            ON CONFLICT (key) DO UPDATE SET round = excluded.round, unit = excluded.unit, feedback_path = excluded.feedback_path,
                report_path = excluded.report_path, result = excluded.result, created = excluded.created
            """, ("key", analysis.Key), ("round", analysis.Round), ("unit", analysis.Unit), ("feedback", analysis.FeedbackPath), ("report", analysis.ReportPath),
            ("result", analysis.Json), ("created", DateTime.UtcNow.ToString("O")));
    }

    /// <inheritdoc />
    public void AddPage(string key, string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(html));
        }

        using var connection = _dataSource.OpenConnection();
        Execute(connection, "INSERT INTO batch_pages (key, html) VALUES (@key, @html) ON CONFLICT (key) DO UPDATE SET html = excluded.html", ("key", key), ("html", packed.ToArray()));
    }

    /// <inheritdoc />
    public bool HasPage(string key)
    {
        using var connection = _dataSource.OpenConnection();
        using var command = Command(connection, "SELECT 1 FROM batch_pages WHERE key = @key", ("key", key));
        return command.ExecuteScalar() is not null;
    }

    /// <inheritdoc />
    public string? Page(string key)
    {
        byte[]? packed;
        using (var connection = _dataSource.OpenConnection())
        using (var command = Command(connection, "SELECT html FROM batch_pages WHERE key = @key", ("key", key)))
        {
            packed = command.ExecuteScalar() as byte[];
        }

        if (packed is null)
        {
            return null;
        }

        using var gzip = new GZipStream(new MemoryStream(packed), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <inheritdoc />
    public void AddFailure(BatchFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        using var connection = _dataSource.OpenConnection();
        Execute(connection, """
            INSERT INTO batch_failures (round, unit, path, reason, created) VALUES (@round, @unit, @path, @reason, @created)
            ON CONFLICT (round, unit, path) DO UPDATE SET reason = excluded.reason, created = excluded.created
            """, ("round", failure.Round), ("unit", failure.Unit), ("path", failure.Path), ("reason", failure.Reason), ("created", DateTime.UtcNow.ToString("O")));
    }

    /// <inheritdoc />
    public void ForgetPrefix(string prefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        using var connection = _dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        foreach (var sql in new[]
        {
            "DELETE FROM batch_sources WHERE starts_with(path, @prefix)",
            "DELETE FROM batch_documents d WHERE NOT EXISTS (SELECT 1 FROM batch_sources s WHERE s.hash = d.hash)",
            "DELETE FROM batch_analyses WHERE starts_with(report_path, @prefix)",
            "DELETE FROM batch_pages p WHERE NOT EXISTS (SELECT 1 FROM batch_analyses a WHERE a.key = p.key)",
            "DELETE FROM batch_failures WHERE starts_with(path, @prefix)",
        })
        {
            Execute(connection, sql, ("prefix", prefix));
        }

        transaction.Commit();
    }

    /// <summary>
    /// Every stored document whose text holds <paramref name="query"/> (case-insensitive), with a snippet around the first
    /// place it does, the words 【marked】. Substring matching, as the SQLite store's trigram index gives: Chinese needs no segmenter.
    /// </summary>
    public IReadOnlyList<SearchHit> Search(string query, int limit = 50)
    {
        ArgumentNullException.ThrowIfNull(query);
        query = query.Trim();
        if (query.Length == 0)
        {
            return [];
        }

        // ILIKE with its wildcards taken literally; a pg_trgm GIN index serves it for three characters or more.
        var pattern = "%" + query.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
        using var connection = _dataSource.OpenConnection();
        using var command = Command(connection, """
            SELECT s.round, s.unit, s.path, d.title,
                substr(d.text, greatest(1, strpos(lower(d.text), lower(@raw)) - 16), 32 + length(@raw)),
                (SELECT a.result::jsonb ->> 'unit' FROM batch_analyses a WHERE a.round = s.round AND a.unit = s.unit ORDER BY a.created DESC LIMIT 1)
            FROM batch_documents d JOIN batch_sources s ON s.hash = d.hash
            WHERE d.text ILIKE @pattern ORDER BY s.path LIMIT @limit
            """, ("raw", query), ("pattern", pattern), ("limit", limit));
        using var reader = command.ExecuteReader();
        var hits = new List<SearchHit>();
        while (reader.Read())
        {
            hits.Add(new SearchHit(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), Mark(reader.GetString(4), query))
            {
                UnitName = reader.IsDBNull(5) ? null : reader.GetString(5),
            });
        }

        return hits;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsDataSource)
        {
            _dataSource.Dispose();
        }
    }

    // The query 【marked】 in its snippet, with … where the text goes on (as FTS5's snippet() writes it).
    private static string Mark(string snippet, string query)
    {
        var at = snippet.IndexOf(query, StringComparison.OrdinalIgnoreCase);
        var marked = at < 0 ? snippet : $"{snippet[..at]}【{snippet.Substring(at, query.Length)}】{snippet[(at + query.Length)..]}";
        return "…" + marked.ReplaceLineEndings(" ") + "…";
    }

    // The tables, once per database (instances starting together take turns on an advisory lock); then the trigram
    // index if pg_trgm is installed or can be installed here: true when there is one.
    private bool Initialise()
    {
        using var connection = _dataSource.OpenConnection();
        using (var transaction = connection.BeginTransaction())
        {
            Execute(connection, "SELECT pg_advisory_xact_lock(7351903)");
            Execute(connection, """
                CREATE TABLE IF NOT EXISTS batch_documents (hash TEXT PRIMARY KEY, kind TEXT NOT NULL, title TEXT NOT NULL, text TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS batch_sources (hash TEXT NOT NULL, path TEXT NOT NULL, round TEXT NOT NULL, unit TEXT NOT NULL, PRIMARY KEY (hash, path));
                CREATE INDEX IF NOT EXISTS batch_sources_path ON batch_sources (path text_pattern_ops);
                CREATE TABLE IF NOT EXISTS batch_analyses (key TEXT PRIMARY KEY, round TEXT NOT NULL, unit TEXT NOT NULL, feedback_path TEXT, report_path TEXT NOT NULL, result TEXT NOT NULL, created TEXT NOT NULL);
                CREATE INDEX IF NOT EXISTS batch_analyses_unit ON batch_analyses (round, unit);
                CREATE TABLE IF NOT EXISTS batch_failures (round TEXT NOT NULL, unit TEXT NOT NULL, path TEXT NOT NULL, reason TEXT NOT NULL, created TEXT NOT NULL, PRIMARY KEY (round, unit, path));
                CREATE TABLE IF NOT EXISTS batch_pages (key TEXT PRIMARY KEY, html BYTEA NOT NULL);
                """);
            transaction.Commit();
        }

        // pg_trgm is in PostgreSQL's contrib (Debian's postgresql package ships it) and trusted since PostgreSQL 13, so the
        // database's owner may create it; where it is missing or not allowed, search still works, by scanning.
        string? schema;
        try
        {
            schema = TrigramSchema(connection);
            if (schema is null)
            {
                // In public where that is allowed: an extension made in the first schema of a connection's search path
                // would go with that schema.
                try
                {
                    Execute(connection, "CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public");
                }
                catch (PostgresException)
                {
                    Execute(connection, "CREATE EXTENSION IF NOT EXISTS pg_trgm");
                }

                schema = TrigramSchema(connection);
            }
        }
        catch (PostgresException)
        {
            return false;
        }

        if (schema is null)
        {
            return false;
        }

        using (var transaction = connection.BeginTransaction())
        {
            Execute(connection, "SELECT pg_advisory_xact_lock(7351903)");
            // The operator class named with its schema: the extension may live outside this connection's search path.
            Execute(connection, $"CREATE INDEX IF NOT EXISTS batch_documents_text_trgm ON batch_documents USING gin (text \"{schema.Replace("\"", "\"\"", StringComparison.Ordinal)}\".gin_trgm_ops)");
            transaction.Commit();
        }

        return true;
    }

    private static string? TrigramSchema(NpgsqlConnection connection)
    {
        using var command = Command(connection, "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'");
        return command.ExecuteScalar() as string;
    }

    private static void Execute(NpgsqlConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        command.ExecuteNonQuery();
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
#pragma warning disable CA2100 // the SQL is this class's own text; values go in parameters
        var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
