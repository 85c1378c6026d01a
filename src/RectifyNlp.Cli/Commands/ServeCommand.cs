using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RectifyNlp.Cli.Infrastructure;
using RectifyNlp.Server;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RectifyNlp.Cli.Commands;

/// <summary>
/// <c>rectify serve [--urls URL] [--store STORE] [--keys FILE]</c>: the HTTP API and the web page, until Ctrl+C.
/// </summary>
internal sealed class ServeCommand(ConsoleStreams streams) : Command<ServeCommand.Settings>
{
    internal sealed class Settings : LlmSettingsBase
    {
        [CommandOption("--urls <URL>")]
        [Description("Where to listen (default http://127.0.0.1:5080, loopback only). Any other address needs --keys.")]
        public string Urls { get; init; } = ServiceOptions.DefaultUrls;

        [CommandOption("--data <DIR>")]
        [Description("The folder for the default store and the batch work space (default: ~/.local/share/rectify).")]
        public string? Data { get; init; }

        [CommandOption("--store <STORE>")]
        [Description("A SQLite file (default DATA/rectify.db, shared with batch) or a PostgreSQL connection string (Host=…;Database=… or postgres://…) for several instances; default RECTIFY_STORE.")]
        public string? Store { get; init; }

        [CommandOption("--keys <FILE>")]
        [Description("API keys: a JSON array of { \"user\", \"role\": inspector|analyst|admin, \"sha256\" } (or \"key\"). With keys, every request needs one; default RECTIFY_KEYS_FILE.")]
        public string? Keys { get; init; }

        [CommandOption("--allowed-hosts <NAMES>")]
        [Description("On loopback: host names answered besides 127.0.0.1, localhost and [::1] (a reverse proxy's name), separated by commas; any other Host header gets 421.")]
        public string? AllowedHosts { get; init; }

        [CommandOption("--cert <PFX>")]
        [Description("The server certificate (.pfx) for https:// addresses; its password in RECTIFY_CERT_PASSWORD.")]
        public string? Cert { get; init; }

        [CommandOption("--max-upload-mb <N>")]
        [Description("The largest upload in MB (default 50); larger ones get 413.")]
        [DefaultValue(50)]
        public int MaxUploadMb { get; init; } = 50;

        [CommandOption("--rate-limit <N>")]
        [Description("Requests a client may make per minute (default 600; 0: no limit).")]
        [DefaultValue(600)]
        public int RateLimit { get; init; } = 600;

        [CommandOption("--workers <N>")]
        [Description("Analyses at a time (default: one per core).")]
        public int? Workers { get; init; }

        [CommandOption("--max-attempts <N>")]
        [Description("How many times a job is taken up again after its instance went down before it is failed (default 3).")]
        [DefaultValue(3)]
        public int MaxAttempts { get; init; } = 3;

        [CommandOption("--time-limit <MIN>")]
        [Description("Minutes one analysis may run before it is stopped and failed (default 10).")]
        [DefaultValue(10)]
        public int TimeLimit { get; init; } = 10;

        [CommandOption("--batch-time-limit <MIN>")]
        [Description("Minutes one batch may run before it is stopped and failed (default 60).")]
        [DefaultValue(60)]
        public int BatchTimeLimit { get; init; } = 60;

        [CommandOption("--memory-limit <MB>")]
        [Description("Megabytes the service's memory may grow by while one job runs before the job is stopped and failed (default 1024; 0: no limit).")]
        [DefaultValue(1024)]
        public int MemoryLimit { get; init; } = 1024;

        public override ValidationResult Validate() =>
            MaxUploadMb is < 1 or > 4096 ? ValidationResult.Error("--max-upload-mb 应在 1 到 4096 之间")
            : RateLimit < 0 ? ValidationResult.Error("--rate-limit 应不小于 0")
            : Workers is < 1 or > 64 ? ValidationResult.Error("--workers 应在 1 到 64 之间")
            : MaxAttempts is < 1 or > 100 ? ValidationResult.Error("--max-attempts 应在 1 到 100 之间")
            : TimeLimit < 1 || BatchTimeLimit < 1 ? ValidationResult.Error("--time-limit 和 --batch-time-limit 应不少于 1 分钟")
            : MemoryLimit is < 0 or > 1_048_576 ? ValidationResult.Error("--memory-limit 应在 0 到 1048576 MB 之间（0 表示不限）")
            : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var keysFile = settings.Keys ?? Environment.GetEnvironmentVariable("RECTIFY_KEYS_FILE");
        IReadOnlyList<ApiKey> keys;
        try
        {
            keys = string.IsNullOrEmpty(keysFile) ? [] : ApiKey.Load(keysFile);
        }
        catch (InvalidDataException e)
        {
            streams.Error.WriteLine("错误：" + e.Message);
            return RectifyApp.InvalidInput;
        }

        RectifyNlp.Assist.LlmSettings? llm;
        try
        {
            llm = RectifyNlp.Assist.LlmSettings.Resolve(settings.LlmEndpoint, settings.LlmModel);
        }
        catch (ArgumentException e)
        {
            streams.Error.WriteLine("错误：" + e.Message);
            return RectifyApp.InvalidInput;
        }

        if (llm?.Warning is { } warning)
        {
            streams.Error.WriteLine(warning);
        }

        var defaults = new ServiceOptions();
        var options = defaults with
        {
            Urls = settings.Urls,
            DataDirectory = settings.Data ?? defaults.DataDirectory,
            Store = settings.Store ?? NullIfEmpty(Environment.GetEnvironmentVariable("RECTIFY_STORE")),
            Keys = keys,
            AllowedHosts = settings.AllowedHosts?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
            MaxUploadBytes = settings.MaxUploadMb * 1024L * 1024,
            RateLimitPerMinute = settings.RateLimit,
            Workers = settings.Workers ?? defaults.Workers,
            MaxAttempts = settings.MaxAttempts,
            AnalysisTimeLimit = TimeSpan.FromMinutes(settings.TimeLimit),
            BatchTimeLimit = TimeSpan.FromMinutes(settings.BatchTimeLimit),
            JobMemoryBytes = settings.MemoryLimit * 1024L * 1024,
            Llm = llm,
            CertificatePath = settings.Cert,
            CertificatePassword = Environment.GetEnvironmentVariable("RECTIFY_CERT_PASSWORD"),
        };

        WebApplication app;
        try
        {
            app = ServiceSetup.Build(options);
            app.Start();
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or Npgsql.NpgsqlException or Microsoft.Data.Sqlite.SqliteException or System.Security.Cryptography.CryptographicException)
        {
            streams.Error.WriteLine("错误：无法启动服务：" + (e.InnerException?.Message ?? e.Message).ReplaceLineEndings(" "));
            return RectifyApp.InvalidInput;
        }

        if (ServiceSetup.KeysInClear(options))
        {
            streams.Error.WriteLine("注意：以 http 监听非本机地址，API 密钥和文件将以明文传输；请置于 HTTPS 反向代理之后，或以 https:// 地址启动（证书见 README）。");
        }

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var store = Server.Storage.SqlJobStore.IsPostgresConnection(options.StoreOrDefault) ? "PostgreSQL" : "SQLite " + options.StoreOrDefault;
        streams.Out.WriteLine($"RectifyNlp 服务已启动：{string.Join(" ", addresses)}（存储：{store}；{(keys.Count == 0 ? "仅本机访问，无需密钥" : $"{keys.Count} 个 API 密钥")}；{(llm is null ? "不调用外部模型" : $"模型辅助：{llm.Endpoint}")}）。按 Ctrl+C 停止。");
        streams.Out.Flush();
        using (cancellationToken.Register(() => app.StopAsync().GetAwaiter().GetResult()))
        {
            app.WaitForShutdown();
        }

        app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return 0;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
