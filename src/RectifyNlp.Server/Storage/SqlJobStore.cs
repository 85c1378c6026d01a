using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace RectifyNlp.Server.Storage;

/// <summary>
/// <see cref="IJobStore"/> over ADO.NET, one SQL text for SQLite and PostgreSQL but for the column type of
/// bytes and the row locking of a claim. Times are stored as ISO 8601 UTC text, so they sort as they compare.
/// Files are stored Brotli-compressed where that pays (<see cref="StoredContent"/>; the <c>encoding</c> column
/// says which) and read back as they were given. A connection per call (pooled), so the store is thread-safe
/// and several processes can share it.
/// <para>
/// Uploads, deletions and audit lines are on disk before the call returns. The workers' writes — a claim, a
/// lease renewed, progress, a job done or failed, a download kept — are "redoable": committed without waiting for
/// the disk (SQLite <c>synchronous = NORMAL</c> in its write-ahead log, PostgreSQL <c>synchronous_commit = off</c>),
/// because a power cut that loses one only means the job or the render is done again; the service crashing loses
/// none, and neither store is ever left corrupt. On this kind of machine one flush to disk takes some 5 ms, and an
/// analysis made five of them in a row; it now makes two (the upload with its audit line, the audit line of reading the result),
/// and on SQLite those of clients writing at the same time share one (group commit, <c>CommitInGroup</c>).
/// </para>
/// </summary>
public sealed class SqlJobStore : IJobStore, IDisposable
{
    private readonly Func<Use, DbConnection> _connect;
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly bool _postgres;
    private readonly NpgsqlDataSource[] _dataSources;
    private readonly PolledJobs _polled = new();
    private readonly List<GroupedWrite> _group = [];

    private SqlJobStore(Func<Use, DbConnection> connect, bool postgres, params NpgsqlDataSource[] dataSources)
    {
        _connect = connect;
        _postgres = postgres;
        _dataSources = dataSources;
        Initialise();
    }

    /// <summary>Whether this store is PostgreSQL.</summary>
    public bool IsPostgres => _postgres;

    /// <summary>
    /// Opens the store named by <paramref name="store"/>: a PostgreSQL connection string (<c>Host=…</c> or
    /// <c>postgres://…</c>), else the path of a SQLite file (created if needed; batch's store can be the same file).
    /// </summary>
    public static SqlJobStore Open(string store)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(store);
        if (IsPostgresConnection(store))
        {
            // The same few statements run all the time (a job's status above all): prepared on the server after their
            // first uses on a connection, rather than parsed and planned every time (unless the connection string says otherwise).
            // (NpgsqlConnectionStringBuilder.ContainsKey says true for every keyword it knows, set or not: whether the
            // connection string names it is asked of its text. Before, no statement was ever prepared.)
            var connection = ToNpgsql(store);
            var builder = new NpgsqlConnectionStringBuilder(connection);
            if (!Names(connection, "Max Auto Prepare", "MaxAutoPrepare"))
            {
                builder.MaxAutoPrepare = 32;
            }

            // A pooled connection handed out again is not reset: this store's statements leave nothing in a session (no
            // SET, temporary table, LISTEN, cursor or session lock; its one advisory lock ends with its transaction), and
            // the reset cost the server seven statements every time a connection was taken — on a connection holding
            // prepared statements Npgsql cannot use DISCARD ALL, which would drop them.
            if (!Names(connection, "No Reset On Close", "NoResetOnClose"))
            {
                builder.NoResetOnClose = true;
            }

            var durable = NpgsqlDataSource.Create(builder.ToString());
            builder.Options = ((builder.Options ?? "") + " -c synchronous_commit=off").Trim();
            var redoable = NpgsqlDataSource.Create(builder.ToString());
            return new SqlJobStore(use => (use == Use.Redoable ? redoable : durable).OpenConnection(), postgres: true, durable, redoable);
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(store));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        var connectionString = new SqliteConnectionStringBuilder { DataSource = store, Mode = SqliteOpenMode.ReadWriteCreate, DefaultTimeout = 30 }.ToString();
        return new SqlJobStore(use =>
        {
            var connection = new SqliteConnection(connectionString);
            connection.Open();
            Configure(connection, use);
            return connection;
        }, postgres: false);
    }

    // Whether a connection string names one of these keywords (any case), whatever its value.
    internal static bool Names(string connection, params string[] keywords)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connection };
        return keywords.Any(given.ContainsKey);
    }

    // A SQLite connection's settings, made when the pooled connection underneath is new (a poll of a job's status then
    // runs its one query, not three pragmas before it), and its flushing again only when a write wants the other kind.
    // Reads need no flushing setting; deleted uploads leave no trace in the file: freed pages and cells are overwritten
    // with zeros (secure_delete).
    private static readonly ConditionalWeakTable<object, StrongBox<Use>> SqliteSettings = [];

    private static void Configure(SqliteConnection connection, Use use)
    {
        var handle = connection.Handle!;
        string? pragmas = null;
        var settings = SqliteSettings.GetValue(handle, _ =>
        {
            pragmas = "PRAGMA busy_timeout = 30000; PRAGMA secure_delete = ON; ";
            return new StrongBox<Use>(Use.Read);
        });
        if (use != Use.Read && settings.Value != use)
        {
            pragmas += $"PRAGMA synchronous = {(use == Use.Redoable ? "NORMAL" : "FULL")};";
            settings.Value = use;
        }

        if (pragmas is not null)
        {
            using var pragma = connection.CreateCommand();
            pragma.CommandText = pragmas;
            pragma.ExecuteNonQuery();
        }
    }

    // What a connection is for: reading, or writing with commits on disk when they return (Durable) or not (Redoable).
    private enum Use
    {
        Read,
        Durable,
        Redoable,
    }

    /// <summary>Whether <paramref name="store"/> names a PostgreSQL database rather than a file.</summary>
    public static bool IsPostgresConnection(string store) =>
        store.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || store.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || store.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public void Create(Job job, IReadOnlyList<JobFile> inputs, AuditEntry? audit = null)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(inputs);
        var packed = inputs.Select(Pack).ToList(); // compressed before the transaction, which then only writes
        void Write(DbConnection connection, DbTransaction transaction)
        {
            Execute(connection, transaction, "INSERT INTO service_jobs (id, kind, status, owner, created, done, total) VALUES (@id, @kind, @status, @owner, @created, 0, 0)",
                ("id", job.Id), ("kind", job.Kind), ("status", JobStatus.Queued), ("owner", job.Owner), ("created", Time(job.Created)));
            foreach (var file in packed)
            {
                AddFile(connection, transaction, job.Id, file);
            }

            if (audit is not null)
            {
                // One flush to disk for the upload and its audit line, not two.
                AddAudit(connection, transaction, audit);
            }
        }

        if (!_postgres)
        {
            CommitInGroup(Write);
            return;
        }

        using var connection = Durable();
        using var transaction = connection.BeginTransaction();
        Write(connection, transaction);
        transaction.Commit();
    }

    /// <inheritdoc />
    public Job? Claim(string worker, TimeSpan lease, int maxAttempts)
    {
        var now = DateTimeOffset.UtcNow;
        using var gate = WriteGate();
        using var connection = Redoable();

        // 0. A job whose attempts are used up is failed, not tried again: each of them ended with its instance going down.
        using (var exhausted = Command(connection, null, """
            UPDATE service_jobs SET status = 'failed', finished = @now, worker = NULL, lease_until = NULL,
                error = '已尝试处理 ' || CAST(attempts AS TEXT) || ' 次，每次都在处理中中断（服务停止或崩溃），不再重试；请检查文件是否异常或过大'
            WHERE attempts >= @max AND (status = 'queued' OR (status = 'running' AND lease_until < @now))
            """, ("now", Time(now)), ("max", maxAttempts)))
        {
            if (exhausted.ExecuteNonQuery() > 0)
            {
                _polled.ForgetAll();
            }
        }

        // 1. The oldest job nobody holds: queued, or running under a lease that ran out (its instance died).
        // 2. Taken in the same statement, so two workers never get the same job (PostgreSQL skips rows another
        //    transaction has locked; SQLite has one writer at a time).
        // 3. A batch waiting for its units (running, no lease) once they have all finished: normally the worker that finishes
        //    the last one takes it on (FinishUnit); this is for units failed here in step 0 or a hand-over lost in a crash.
        var pick = """
            SELECT id FROM service_jobs j WHERE status = 'queued' OR (status = 'running' AND lease_until < @now)
                OR (status = 'running' AND lease_until IS NULL AND kind = 'batch'
                    AND NOT EXISTS (SELECT 1 FROM service_jobs u WHERE u.parent = j.id AND u.status IN ('queued', 'running')))
            ORDER BY created, id LIMIT 1
            """ + (_postgres ? " FOR UPDATE SKIP LOCKED" : "");
        using var command = Command(connection, null,
            $"UPDATE service_jobs SET status = 'running', worker = @worker, started = @now, lease_until = @lease, attempts = attempts + 1 WHERE id = ({pick}) RETURNING {Columns}",
            ("worker", worker), ("now", Time(now)), ("lease", Time(now + lease)));
        Job? claimed;
        using (var reader = command.ExecuteReader())
        {
            claimed = reader.Read() ? ReadJob(reader) : null;
        }

        if (claimed is not null)
        {
            _polled.Forget(claimed.Id);
        }

        return claimed;
    }

    /// <inheritdoc />
    public bool Divide(string id, IReadOnlyList<IReadOnlyList<JobFile>> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var now = DateTimeOffset.UtcNow;
        var packed = units.Select(files => files.Select(Pack).ToList()).ToList();
        using var gate = WriteGate();
        using var connection = Durable();
        using var transaction = connection.BeginTransaction();
        string owner;
        using (var batch = Command(connection, transaction, "SELECT owner FROM service_jobs WHERE id = @id" + (_postgres ? " FOR UPDATE" : ""), ("id", id)))
        {
            if (batch.ExecuteScalar() is not string found)
            {
                return false; // deleted meanwhile
            }

            owner = found;
        }

        for (var i = 0; i < packed.Count; i++)
        {
            // Queued in the batch's order (a tick apart: the queue is taken by time, then id).
            var unit = Guid.NewGuid().ToString("N");
            Execute(connection, transaction, "INSERT INTO service_jobs (id, kind, status, owner, created, done, total, parent, ordinal) VALUES (@id, @kind, 'queued', @owner, @created, 0, 0, @parent, @ordinal)",
                ("id", unit), ("kind", JobKinds.BatchUnit), ("owner", owner), ("created", Time(now.AddTicks(i))), ("parent", id), ("ordinal", i));
            foreach (var file in packed[i])
            {
                AddFile(connection, transaction, unit, file);
            }
        }

        // Waiting: running (as clients see it), held by no worker and under no lease, so no claim takes it until its units have finished.
        Execute(connection, transaction, $"""
            UPDATE service_jobs SET worker = NULL, lease_until = NULL
                {(packed.Count > 0 ? ", done = 0, total = @total" : "")} WHERE id = @id
            """, ("id", id), ("total", packed.Count));
        transaction.Commit();
        _polled.Forget(id);
        return true;
    }

    /// <inheritdoc />
    public UnitEnd FinishUnit(string id, IReadOnlyList<JobFile>? artifacts, string? error, string worker, TimeSpan lease)
    {
        var packed = artifacts?.Select(Pack).ToList() ?? [];
        var now = DateTimeOffset.UtcNow;
        using var gate = WriteGate();
        using var connection = Redoable();
        using var transaction = connection.BeginTransaction();

        // 1. The batch's row first, locked: units ending together on several instances take turns here, so each one
        //    counts the others that committed before it, and exactly one sees the last. (Delete takes that row first too.)
        string? batch;
        using (var command = Command(connection, transaction, "SELECT parent FROM service_jobs WHERE id = @id", ("id", id)))
        {
            batch = command.ExecuteScalar() as string;
        }

        if (batch is null)
        {
            return new UnitEnd(false, null);
        }

        using (var command = Command(connection, transaction, "SELECT id FROM service_jobs WHERE id = @batch" + (_postgres ? " FOR UPDATE" : ""), ("batch", batch)))
        {
            if (command.ExecuteScalar() is null)
            {
                return new UnitEnd(false, null); // the batch was deleted: its units go with it
            }
        }

        // 2. The unit done or failed, with what it made.
        using (var update = Command(connection, transaction, "UPDATE service_jobs SET status = @status, finished = @now, error = @error WHERE id = @id AND status = 'running'",
            ("id", id), ("status", error is null ? JobStatus.Done : JobStatus.Failed), ("now", Time(now)), ("error", error)))
        {
            if (update.ExecuteNonQuery() == 0)
            {
                return new UnitEnd(false, null);
            }
        }

        Execute(connection, transaction, "DELETE FROM service_files WHERE job_id = @id AND slot NOT LIKE 'input:%'", ("id", id));
        foreach (var file in packed)
        {
            AddFile(connection, transaction, id, file);
        }

        // 3. The batch's progress; when nothing of it is left to run, the batch goes to this worker to assemble.
        Execute(connection, transaction, "UPDATE service_jobs SET done = (SELECT COUNT(*) FROM service_jobs u WHERE u.parent = @batch AND u.status IN ('done', 'failed')) WHERE id = @batch", ("batch", batch));
        Job? last;
        using (var command = Command(connection, transaction, $"""
            UPDATE service_jobs SET worker = @worker, lease_until = @lease
            WHERE id = @batch AND status = 'running' AND lease_until IS NULL
                AND NOT EXISTS (SELECT 1 FROM service_jobs u WHERE u.parent = @batch AND u.status IN ('queued', 'running'))
            RETURNING {Columns}
            """, ("batch", batch), ("worker", worker), ("lease", Time(now + lease))))
        using (var reader = command.ExecuteReader())
        {
            last = reader.Read() ? ReadJob(reader) : null;
        }

        transaction.Commit();
        _polled.Forget(id);
        _polled.Forget(batch);
        return new UnitEnd(true, last);
    }

    /// <inheritdoc />
    public IReadOnlyList<BatchUnitJob> Units(string batchId, string outcomeSlot)
    {
        using var connection = Read();
        using var command = Command(connection, null, $"""
            SELECT {string.Join(", ", Columns.Split(", ").Select(c => "j." + c))}, i.slot, i.name, i.content, i.encoding, o.slot, o.name, o.content, o.encoding
            FROM service_jobs j JOIN service_files i ON i.job_id = j.id AND i.slot = @input
            LEFT JOIN service_files o ON o.job_id = j.id AND o.slot = @outcome
            WHERE j.parent = @batch ORDER BY j.ordinal
            """, ("batch", batchId), ("input", UnitSlot), ("outcome", outcomeSlot));
        using var reader = command.ExecuteReader();
        var units = new List<BatchUnitJob>();
        while (reader.Read())
        {
            var unit = new JobFile(reader.GetString(11), reader.GetString(12), StoredContent.Unpack((byte[])reader.GetValue(13), reader.IsDBNull(14) ? null : reader.GetString(14)));
            var outcome = reader.IsDBNull(15) ? null
                : new JobFile(reader.GetString(15), reader.GetString(16), StoredContent.Unpack((byte[])reader.GetValue(17), reader.IsDBNull(18) ? null : reader.GetString(18)));
            units.Add(new BatchUnitJob(ReadJob(reader), unit, outcome));
        }

        return units;
    }

    /// <summary>The input slot of a unit job that describes it (round, unit, its files' names).</summary>
    public const string UnitSlot = "input:unit";

    /// <inheritdoc />
    public void Progress(string id, int done, int total, TimeSpan lease)
    {
        using var gate = WriteGate();
        using var connection = Redoable();
        Execute(connection, null, "UPDATE service_jobs SET done = @done, total = @total, lease_until = @lease WHERE id = @id",
            ("id", id), ("done", done), ("total", total), ("lease", Time(DateTimeOffset.UtcNow + lease)));
        _polled.Forget(id);
    }

    /// <inheritdoc />
    public bool Renew(string id, TimeSpan lease)
    {
        using var gate = WriteGate();
        using var connection = Redoable();
        using var command = Command(connection, null, "UPDATE service_jobs SET lease_until = @lease WHERE id = @id AND status = 'running' AND lease_until IS NOT NULL", ("id", id), ("lease", Time(DateTimeOffset.UtcNow + lease)));
        return command.ExecuteNonQuery() > 0;
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Workers(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        using var connection = Read();
        using var command = Command(connection, null, "SELECT DISTINCT worker FROM service_jobs WHERE status = 'running' AND substr(worker, 1, length(@prefix)) = @prefix", ("prefix", prefix));
        using var reader = command.ExecuteReader();
        var workers = new List<string>();
        while (reader.Read())
        {
            workers.Add(reader.GetString(0));
        }

        return workers;
    }

    /// <inheritdoc />
    public int Release(string worker)
    {
        using var gate = WriteGate();
        using var connection = Redoable();
        using var command = Command(connection, null, "UPDATE service_jobs SET status = 'queued', worker = NULL, lease_until = NULL WHERE status = 'running' AND worker = @worker", ("worker", worker));
        var released = command.ExecuteNonQuery();
        if (released > 0)
        {
            _polled.ForgetAll();
        }

        return released;
    }

    /// <inheritdoc />
    public int QueuePosition(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        using var connection = Read();
        using var command = Command(connection, null, "SELECT COUNT(*) FROM service_jobs WHERE status = 'queued' AND (created < @created OR (created = @created AND id < @id))",
            ("created", Time(job.Created)), ("id", job.Id));
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture) + 1;
    }

    /// <inheritdoc />
    public bool Delete(string id)
    {
        using var gate = WriteGate();
        using var connection = Durable();
        using var transaction = connection.BeginTransaction();

        // The job's row first: an artifact being kept (Keep) holds that row, so it either lands before this
        // transaction takes the row, and its file goes with the rest below, or finds the job gone and is not stored.
        bool deleted;
        using (var command = Command(connection, transaction, "DELETE FROM service_jobs WHERE id = @id", ("id", id)))
        {
            deleted = command.ExecuteNonQuery() > 0;
        }

        Execute(connection, transaction, "DELETE FROM service_files WHERE job_id = @id", ("id", id));
        Execute(connection, transaction, "DELETE FROM service_files WHERE job_id IN (SELECT id FROM service_jobs WHERE parent = @id)", ("id", id));
        Execute(connection, transaction, "DELETE FROM service_jobs WHERE parent = @id", ("id", id));
        transaction.Commit();
        _polled.Forget(id);
        if (!_postgres)
        {
            // The write-ahead log still holds the pages as they were: fold it into the file and empty it.
            Execute(connection, null, "PRAGMA wal_checkpoint(TRUNCATE)");
        }

        return deleted;
    }

    /// <inheritdoc />
    public void Complete(string id, IReadOnlyList<JobFile> artifacts)
    {
        ArgumentNullException.ThrowIfNull(artifacts);
        var packed = artifacts.Select(Pack).ToList();
        if (_postgres)
        {
            CompleteInOneStatement(id, packed);
            return;
        }

        using var gate = WriteGate();
        using var connection = Redoable();
        using var transaction = connection.BeginTransaction();
        using (var update = Command(connection, transaction, "UPDATE service_jobs SET status = 'done', finished = @now, error = NULL WHERE id = @id", ("id", id), ("now", Time(DateTimeOffset.UtcNow))))
        {
            if (update.ExecuteNonQuery() == 0)
            {
                return; // deleted while it ran: nothing to keep
            }
        }

        Execute(connection, transaction, "DELETE FROM service_files WHERE job_id = @id AND slot NOT LIKE 'input:%'", ("id", id));
        foreach (var file in packed)
        {
            AddFile(connection, transaction, id, file);
        }

        transaction.Commit();
        _polled.Forget(id);
    }

    // PostgreSQL: the job marked done, its earlier artifacts out and the new ones in, as one statement (one round trip, all
    // or nothing; nothing when the job was deleted while it ran). One statement, not several in one command: those stalled
    // uploads for seconds (ServeLoad.md, December 3, night).
    private void CompleteInOneStatement(string id, List<PackedFile> packed)
    {
        var parameters = new List<(string Name, object? Value)> { ("id", id), ("now", Time(DateTimeOffset.UtcNow)) };
        var rows = new List<string>();
        for (var k = 0; k < packed.Count; k++)
        {
            rows.Add($"(@s{k}, @n{k}, @c{k}, @e{k})");
            parameters.AddRange([($"s{k}", packed[k].Slot), ($"n{k}", packed[k].Name), ($"c{k}", packed[k].Bytes), ($"e{k}", packed[k].Encoding)]);
        }

        // The rows replaced are updated in place (ON CONFLICT), the others removed: one statement must not touch a row twice.
        var keep = packed.Count == 0 ? "" : $" AND f.slot NOT IN ({string.Join(", ", Enumerable.Range(0, packed.Count).Select(k => $"@s{k}"))})";
        var head = "WITH done AS (UPDATE service_jobs SET status = 'done', finished = @now, error = NULL WHERE id = @id RETURNING id), "
            + $"gone AS (DELETE FROM service_files f USING done WHERE f.job_id = done.id AND f.slot NOT LIKE 'input:%'{keep}) ";
        var sql = packed.Count == 0 ? head + "SELECT COUNT(*) FROM done"
            : head + "INSERT INTO service_files (job_id, slot, name, content, encoding) "
                + $"SELECT done.id, v.slot, v.name, v.content, v.encoding FROM done CROSS JOIN (VALUES {string.Join(", ", rows)}) AS v(slot, name, content, encoding) "
                + "ON CONFLICT (job_id, slot) DO UPDATE SET name = EXCLUDED.name, content = EXCLUDED.content, encoding = EXCLUDED.encoding";
        using (var connection = Redoable())
        {
            Execute(connection, null, sql, [.. parameters]);
        }

        _polled.Forget(id);
    }

    /// <inheritdoc />
    public JobFile? Keep(string id, JobFile artifact)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        var packed = Pack(artifact);
        using var gate = WriteGate();
        using var connection = Redoable();
        using var transaction = connection.BeginTransaction();
        if (_postgres)
        {
            // Holds the job's row against a delete until this commits (Delete takes that row first).
            Execute(connection, transaction, "SELECT id FROM service_jobs WHERE id = @id AND status = 'done' FOR UPDATE", ("id", id));
        }

        // Only for a job still there and done, and only the first file under its slot: whoever kept one first wins,
        // and every later caller reads that one back (SQLite writes one transaction at a time).
        Execute(connection, transaction, """
            INSERT INTO service_files (job_id, slot, name, content, encoding)
            SELECT @id, @slot, @name, @content, @encoding WHERE EXISTS (SELECT 1 FROM service_jobs WHERE id = @id AND status = 'done')
            ON CONFLICT (job_id, slot) DO NOTHING
            """, ("id", id), ("slot", packed.Slot), ("name", packed.Name), ("content", packed.Bytes), ("encoding", packed.Encoding));
        JobFile? kept;
        using (var command = Command(connection, transaction, "SELECT slot, name, content, encoding FROM service_files WHERE job_id = @id AND slot = @slot", ("id", id), ("slot", packed.Slot)))
        using (var reader = command.ExecuteReader())
        {
            kept = reader.Read() ? ReadFile(reader) : null;
        }

        transaction.Commit();
        return kept;
    }

    /// <inheritdoc />
    public void Fail(string id, string reason)
    {
        using var gate = WriteGate();
        using var connection = Redoable();
        Execute(connection, null, "UPDATE service_jobs SET status = 'failed', finished = @now, error = @error WHERE id = @id",
            ("id", id), ("now", Time(DateTimeOffset.UtcNow)), ("error", reason));
        _polled.Forget(id);
    }

    /// <inheritdoc />
    public Job? Find(string id)
    {
        using var connection = Read();
        // With its place in the queue while queued, in the same statement: a queued job is what clients poll most.
        using var command = Command(connection, null, $"""
            SELECT {Columns}, CASE WHEN j.status = 'queued' THEN (SELECT COUNT(*) FROM service_jobs q
                WHERE q.status = 'queued' AND (q.created < j.created OR (q.created = j.created AND q.id < j.id))) + 1 END
            FROM service_jobs j WHERE j.id = @id
            """, ("id", id));
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadJob(reader) with { QueuePosition = reader.IsDBNull(11) ? null : Convert.ToInt32(reader.GetValue(11), CultureInfo.InvariantCulture) } : null;
    }

    /// <inheritdoc />
    public Job? Status(string id) => _polled.Get(id, Find);

    /// <inheritdoc />
    public IReadOnlyList<JobSummary> List(string kind, string? owner, string nameSlot, int limit)
    {
        using var connection = Read();
        using var command = Command(connection, null, $"""
            SELECT j.id, j.status, j.owner, j.created, j.finished, f.name, u.name FROM service_jobs j
            LEFT JOIN service_files f ON f.job_id = j.id AND f.slot = @slot
            LEFT JOIN service_files u ON u.job_id = j.id AND u.slot = @unit
            WHERE j.kind = @kind {(owner is null ? "" : "AND j.owner = @owner")}
            ORDER BY j.created DESC, j.id DESC LIMIT @limit
            """, ("kind", kind), ("owner", owner), ("slot", nameSlot), ("unit", JobSummary.UnitSlot), ("limit", limit));
        using var reader = command.ExecuteReader();
        var jobs = new List<JobSummary>();
        while (reader.Read())
        {
            jobs.Add(new JobSummary(reader.GetString(0), reader.GetString(1), reader.GetString(2), ParseTime(reader.GetString(3)),
                reader.IsDBNull(4) ? null : ParseTime(reader.GetString(4)), reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6)));
        }

        return jobs;
    }

    /// <inheritdoc />
    public JobFile? File(string id, string slot)
    {
        using var connection = Read();
        using var command = Command(connection, null, "SELECT slot, name, content, encoding FROM service_files WHERE job_id = @id AND slot = @slot", ("id", id), ("slot", slot));
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadFile(reader) : null;
    }

    /// <inheritdoc />
    public IReadOnlyList<JobFile> Inputs(string id)
    {
        using var connection = Read();
        using var command = Command(connection, null, "SELECT slot, name, content, encoding FROM service_files WHERE job_id = @id AND slot LIKE 'input:%' ORDER BY slot", ("id", id));
        using var reader = command.ExecuteReader();
        var files = new List<JobFile>();
        while (reader.Read())
        {
            files.Add(ReadFile(reader));
        }

        return files;
    }

    /// <inheritdoc />
    public void Audit(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!_postgres)
        {
            CommitInGroup((connection, transaction) => AddAudit(connection, transaction, entry));
            return;
        }

        using var connection = Durable();
        AddAudit(connection, null, entry);
    }

    // SQLite's durable writes of many clients (uploads, audit lines) committed together: the writes that arrive while
    // another holds the one writer join one transaction, one flush to disk for all of them (group commit). Before, each
    // held the writer through its own flush (5-10 ms on this kind of disk) and the workers' writes queued behind them.
    // Each caller still returns only once its write is on disk; a group that fails is done again write by write, so a
    // write that fails fails only its own caller. (PostgreSQL commits concurrent transactions together by itself.)
    private void CommitInGroup(Action<DbConnection, DbTransaction> write)
    {
        var mine = new GroupedWrite(write);
        lock (_group)
        {
            _group.Add(mine);
            mine.Leads = _group.Count == 1; // the first write waiting leads the group; the others join it
        }

        if (!mine.Leads)
        {
            mine.Done.Wait();
            mine.Done.Dispose();
            if (mine.Error is { } error)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
            }

            return;
        }

        List<GroupedWrite> group;
        using (WriteGate()) // whatever arrives while the leader waits for the writer joins its group
        {
            lock (_group)
            {
                group = [.. _group];
                _group.Clear();
            }

            try
            {
                Commit(group.Select(g => g.Write));
            }
#pragma warning disable CA1031 // the group's failure is done again write by write; each caller gets its own write's exception
            catch (Exception) when (group.Count > 1)
#pragma warning restore CA1031
            {
                foreach (var each in group)
                {
                    try
                    {
                        Commit([each.Write]);
                    }
#pragma warning disable CA1031 // handed to the caller whose write it was
                    catch (Exception e)
#pragma warning restore CA1031
                    {
                        each.Error = e;
                    }
                }
            }
            finally
            {
                foreach (var each in group.Where(g => g != mine))
                {
                    each.Done.Set();
                }
            }
        }

        if (mine.Error is { } own)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(own);
        }

        void Commit(IEnumerable<Action<DbConnection, DbTransaction>> writes)
        {
            using var connection = Durable();
            using var transaction = connection.BeginTransaction();
            foreach (var each in writes)
            {
                each(connection, transaction);
            }

            transaction.Commit();
        }
    }

    // A durable write waiting for its group's commit.
    private sealed class GroupedWrite(Action<DbConnection, DbTransaction> write)
    {
        public Action<DbConnection, DbTransaction> Write { get; } = write;

        public bool Leads { get; set; }

        public Exception? Error { get; set; }

        // Set once its group's commit is on disk (or the write failed); waited for without spinning (a flush takes milliseconds).
        public ManualResetEventSlim Done { get; } = new(false, spinCount: 0);
    }

    private static void AddAudit(DbConnection connection, DbTransaction? transaction, AuditEntry entry) =>
        Execute(connection, transaction, "INSERT INTO service_audit (time, actor, role, action, target, remote, status) VALUES (@time, @actor, @role, @action, @target, @remote, @status)",
            ("time", Time(entry.Time)), ("actor", entry.Actor), ("role", entry.Role), ("action", entry.Action), ("target", entry.Target), ("remote", entry.Remote), ("status", entry.Status));

    /// <inheritdoc />
    public IReadOnlyList<AuditEntry> AuditLog(int limit)
    {
        using var connection = Read();
        using var command = Command(connection, null, "SELECT time, actor, role, action, target, remote, status FROM service_audit ORDER BY time DESC LIMIT @limit", ("limit", limit));
        using var reader = command.ExecuteReader();
        var entries = new List<AuditEntry>();
        while (reader.Read())
        {
            entries.Add(new AuditEntry(ParseTime(reader.GetString(0)), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetInt32(6)));
        }

        return entries;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var dataSource in _dataSources)
        {
            dataSource.Dispose();
        }

        _writer.Dispose();
    }

    // SQLite lets one connection write at a time and makes the others wait in its busy handler, which sleeps in steps of
    // up to 100 ms: this process's writers queue here instead, in order and without sleeping (other processes sharing the
    // file still meet the busy handler). PostgreSQL locks rows, not the database: no gate.
    private Gate WriteGate()
    {
        if (_postgres)
        {
            return default;
        }

        _writer.Wait();
        return new Gate(_writer);
    }

    private readonly struct Gate(SemaphoreSlim? held) : IDisposable
    {
        public void Dispose() => held?.Release();
    }

    // A connection for reading (PostgreSQL: the durable pool's).
    private DbConnection Read() => _connect(Use.Read);

    // A connection whose commits are on disk when they return: uploads, deletions, the audit log.
    private DbConnection Durable() => _connect(Use.Durable);

    // A connection whose commits do not wait for the disk: writes that a power cut only makes the service do again.
    private DbConnection Redoable() => _connect(Use.Redoable);

    private const string Columns = "id, kind, status, owner, created, started, finished, error, done, total, parent";

    private void Initialise()
    {
        var bytes = _postgres ? "BYTEA" : "BLOB";
        using var connection = Durable();
        if (!_postgres)
        {
            Execute(connection, null, "PRAGMA journal_mode = WAL");
        }

        // Instances starting together would race on CREATE TABLE IF NOT EXISTS: in PostgreSQL, one at a time
        // (a lock held to the end of this transaction; the tables are made in it or not at all).
        using var transaction = connection.BeginTransaction();
        if (_postgres)
        {
            Execute(connection, transaction, "SELECT pg_advisory_xact_lock(7351902)");
        }

        Execute(connection, transaction, $"""
            CREATE TABLE IF NOT EXISTS service_jobs (id TEXT PRIMARY KEY, kind TEXT NOT NULL, status TEXT NOT NULL, owner TEXT NOT NULL, created TEXT NOT NULL,
                started TEXT, finished TEXT, error TEXT, worker TEXT, lease_until TEXT, attempts INTEGER NOT NULL DEFAULT 0, done INTEGER NOT NULL DEFAULT 0, total INTEGER NOT NULL DEFAULT 0,
                parent TEXT, ordinal INTEGER);
            CREATE INDEX IF NOT EXISTS service_jobs_queue ON service_jobs (status, created);
            CREATE TABLE IF NOT EXISTS service_files (job_id TEXT NOT NULL, slot TEXT NOT NULL, name TEXT NOT NULL, content {bytes} NOT NULL, encoding TEXT, PRIMARY KEY (job_id, slot));
            CREATE TABLE IF NOT EXISTS service_audit (time TEXT NOT NULL, actor TEXT NOT NULL, role TEXT NOT NULL, action TEXT NOT NULL, target TEXT NOT NULL, remote TEXT NOT NULL, status INTEGER NOT NULL);
            CREATE INDEX IF NOT EXISTS service_audit_time ON service_audit (time);
            """);

        // A store made before files were compressed gains the column; its rows (encoding NULL) read as they are.
        if (_postgres)
        {
            // Content is compressed here already: PostgreSQL's own compression of large values (pglz) would only spend time.
            Execute(connection, transaction, "ALTER TABLE service_files ADD COLUMN IF NOT EXISTS encoding TEXT; ALTER TABLE service_files ALTER COLUMN content SET STORAGE EXTERNAL");
            Execute(connection, transaction, "ALTER TABLE service_jobs ADD COLUMN IF NOT EXISTS parent TEXT; ALTER TABLE service_jobs ADD COLUMN IF NOT EXISTS ordinal INTEGER");
        }
        else
        {
            // Likewise a store made before batches were divided into unit jobs gains the batch a unit belongs to.
            foreach (var (table, column) in new[] { ("service_files", "encoding TEXT"), ("service_jobs", "parent TEXT"), ("service_jobs", "ordinal INTEGER") })
            {
                using var has = Command(connection, transaction, $"SELECT COUNT(*) FROM pragma_table_info('{table}') WHERE name = '{column.Split(' ')[0]}'");
                if (Convert.ToInt32(has.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
                {
                    Execute(connection, transaction, $"ALTER TABLE {table} ADD COLUMN {column}");
                }
            }
        }

        Execute(connection, transaction, "CREATE INDEX IF NOT EXISTS service_jobs_parent ON service_jobs (parent, ordinal)");

        transaction.Commit();
    }

    private static PackedFile Pack(JobFile file)
    {
        var (bytes, encoding) = StoredContent.Pack(file.Content);
        return new PackedFile(file.Slot, file.Name, bytes, encoding);
    }

    private static void AddFile(DbConnection connection, DbTransaction? transaction, string id, PackedFile file) =>
        Execute(connection, transaction, "INSERT INTO service_files (job_id, slot, name, content, encoding) VALUES (@id, @slot, @name, @content, @encoding)",
            ("id", id), ("slot", file.Slot), ("name", file.Name), ("content", file.Bytes), ("encoding", file.Encoding));

    private static JobFile ReadFile(DbDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), StoredContent.Unpack((byte[])reader.GetValue(2), reader.IsDBNull(3) ? null : reader.GetString(3)));

    // A file as it lies in the store.
    private sealed record PackedFile(string Slot, string Name, byte[] Bytes, string? Encoding);

    private static Job ReadJob(DbDataReader reader) => new(
        reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), ParseTime(reader.GetString(4)),
        reader.IsDBNull(5) ? null : ParseTime(reader.GetString(5)), reader.IsDBNull(6) ? null : ParseTime(reader.GetString(6)),
        reader.IsDBNull(7) ? null : reader.GetString(7), Convert.ToInt32(reader.GetValue(8), CultureInfo.InvariantCulture), Convert.ToInt32(reader.GetValue(9), CultureInfo.InvariantCulture),
        reader.IsDBNull(10) ? null : reader.GetString(10));

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static void Execute(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        command.ExecuteNonQuery();
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // the SQL is this class's own text; values go in parameters
        command.CommandText = sql;
#pragma warning restore CA2100
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    // postgres://user:password@host:port/database → Npgsql's key=value form.
    internal static string ToNpgsql(string store)
    {
        if (!store.Contains("://", StringComparison.Ordinal))
        {
            return store;
        }

        var uri = new Uri(store);
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host, Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port, Database = uri.AbsolutePath.Trim('/') };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length > 1)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        return builder.ToString();
    }
}
