using Npgsql;

namespace RectifyNlp.Server.Tests;

/// <summary>
/// A schema of its own in the test PostgreSQL server (.ci/run installs and starts it, with the role and
/// database below; RECTIFY_TEST_POSTGRES names another), dropped afterwards.
/// </summary>
public sealed class PostgresDatabase : IDisposable
{
    public const string DefaultConnection = "Host=127.0.0.1;Port=5432;Username=rectify;Password=rectify;Database=rectify_test";

    private readonly string _schema = "t_" + Guid.NewGuid().ToString("N");

    public PostgresDatabase()
    {
        var server = Environment.GetEnvironmentVariable("RECTIFY_TEST_POSTGRES") is { Length: > 0 } configured ? configured : DefaultConnection;
        try
        {
            using var connection = new NpgsqlConnection(server);
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE SCHEMA {_schema}", connection);
            command.ExecuteNonQuery();
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException)
        {
            throw new InvalidOperationException($"PostgreSQL is not reachable at {server} ({e.Message}); .ci/run installs and starts it (or set RECTIFY_TEST_POSTGRES)", e);
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(server) { SearchPath = _schema }.ToString();
        ServerConnection = server;
    }

    /// <summary>The connection string with this schema first on the search path.</summary>
    public string ConnectionString { get; }

    private string ServerConnection { get; }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(ServerConnection);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP SCHEMA {_schema} CASCADE", connection);
        command.ExecuteNonQuery();
    }
}
