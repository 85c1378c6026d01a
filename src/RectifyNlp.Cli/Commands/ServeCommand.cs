using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RectifyNlp.Cli.Infrastructure;
using RectifyNlp.Ingestion;
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
        [Description("监听地址（默认 http://127.0.0.1:5080，仅限本机）；其他地址须同时给出 --keys")]
        public string Urls { get; init; } = ServiceOptions.DefaultUrls;

        [CommandOption("--data <DIR>")]
        [Description("默认存储和批量工作区所在的文件夹（默认 ~/.local/share/rectify）")]
        public string? Data { get; init; }

        [CommandOption("--store <STORE>")]
        [Description("SQLite 文件（默认 DATA/rectify.db，与 batch 共用），或多个实例共用的 PostgreSQL 连接串（Host=…;Database=… 或 postgres://…）；默认取 RECTIFY_STORE")]
        public string? Store { get; init; }

        [CommandOption("--keys <FILE>")]
        [Description("API 密钥文件：JSON 数组，每项为 { \"user\", \"role\": inspector|analyst|admin, \"sha256\" }（或 \"key\"）。给出后每个请求都须带密钥；默认取 RECTIFY_KEYS_FILE")]
        public string? Keys { get; init; }

        [CommandOption("--allowed-hosts <NAMES>")]
        [Description("监听本机时，除 127.0.0.1、localhost 和 ::1 外还应答的主机名（如反向代理的名称），以逗号分隔；其他 Host 头一律返回 421")]
        public string? AllowedHosts { get; init; }

        [CommandOption("--cert <PFX>")]
        [Description("https:// 地址所用的服务器证书（.pfx）；密码放在 RECTIFY_CERT_PASSWORD 中")]
        public string? Cert { get; init; }

        [CommandOption("--max-upload-mb <N>")]
        [Description("上传文件的大小上限，单位 MB（默认 16，即 analyze 读取文件的上限）；超过的返回 413")]
        [DefaultValue(ReaderOptions.MaxFileMegabytes)]
        public int MaxUploadMb { get; init; } = ReaderOptions.MaxFileMegabytes;

        [CommandOption("--rate-limit <N>")]
        [Description("每个客户端每分钟最多的请求数（默认 600；0 表示不限）")]
        [DefaultValue(600)]
        public int RateLimit { get; init; } = 600;

        [CommandOption("--workers <N>")]
        [Description("同时进行的分析数（默认每个处理器核心一个）")]
        public int? Workers { get; init; }

        [CommandOption("--max-attempts <N>")]
        [Description("任务所在实例停止后最多重新接手几次，超过即判为失败（默认 3）")]
        [DefaultValue(3)]
        public int MaxAttempts { get; init; } = 3;

        [CommandOption("--time-limit <MIN>")]
        [Description("单次分析最多运行多少分钟，超过即停止并判为失败（默认 10）")]
        [DefaultValue(10)]
        public int TimeLimit { get; init; } = 10;

        [CommandOption("--batch-time-limit <MIN>")]
        [Description("一次批量分析最多运行多少分钟，超过即停止并判为失败（默认 60）")]
        [DefaultValue(60)]
        public int BatchTimeLimit { get; init; } = 60;

        [CommandOption("--memory-limit <MB>")]
        [Description("单个任务运行期间服务内存最多可增长的 MB 数，超过即停止该任务并记为失败（默认 1024；0 为不限）")]
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
