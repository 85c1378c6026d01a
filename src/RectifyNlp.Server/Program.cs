using Microsoft.Extensions.Hosting;

namespace RectifyNlp.Server;

/// <summary>
/// The service as a host of its own: <c>dotnet RectifyNlp.Server.dll [--urls URL] [--data DIR] [--store STORE] [--keys FILE] …</c>
/// (the names of <see cref="ServiceOptions.CommandLineNames"/>, or their environment variables). The same application
/// as <c>rectify serve</c>: both build it with <see cref="ServiceSetup"/>. Tests start it in process through
/// <c>WebApplicationFactory&lt;Program&gt;</c>.
/// </summary>
public sealed class Program
{
    private Program()
    {
    }

    /// <summary>Runs the service until it is stopped (Ctrl+C); exit 1 with one line on standard error when it cannot start.</summary>
    public static int Main(string[] args)
    {
        WebApplication app;
        try
        {
            app = ServiceSetup.Build(args);
            app.Start();
        }
        // What rectify serve reports in one line, the same way (a test host's own stop at Build passes through).
        catch (Exception e) when (e is InvalidOperationException or InvalidDataException or IOException or Npgsql.NpgsqlException or Microsoft.Data.Sqlite.SqliteException or System.Security.Cryptography.CryptographicException)
        {
            Console.Error.WriteLine("错误：无法启动服务：" + (e.InnerException?.Message ?? e.Message).ReplaceLineEndings(" "));
            return 1;
        }

        app.WaitForShutdown();
        app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return 0;
    }
}
