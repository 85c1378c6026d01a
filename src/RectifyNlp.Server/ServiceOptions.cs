using System.Net;

namespace RectifyNlp.Server;

/// <summary>How <c>rectify serve</c> runs: where it listens, keeps its state, and what it allows.</summary>
public sealed record ServiceOptions
{
    /// <summary>The default address: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Where to listen (Kestrel's <c>--urls</c> form, several separated by ';').</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>The folder for the default store and the batch work space.</summary>
    public string DataDirectory { get; init; } = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "rectify");

    /// <summary>The store: a SQLite file (default DATA/rectify.db, which batch uses too) or a PostgreSQL connection string.</summary>
    public string? Store { get; init; }

    /// <summary>The largest upload, in bytes (default 16 MB, the readers' file limit); larger requests get 413.</summary>
    public long MaxUploadBytes { get; init; } = Ingestion.ReaderOptions.MaxFileMegabytes * 1024L * 1024;

    /// <summary>Requests a client may make in a minute (by key, or by address without keys); 0 turns the limit off.</summary>
    public int RateLimitPerMinute { get; init; } = 600;

    /// <summary>Analyses at a time in this instance (default: one per core); 0 queues without working (tests).</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Host names the service answers to besides 127.0.0.1, localhost and [::1] when it listens on loopback (a
    /// reverse proxy's name, say); any other Host header is refused (DNS rebinding).
    /// </summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];

    /// <summary>How many times a job is taken up before it is failed (each earlier attempt ended with the instance going down); default 3.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>How long one analysis, or one unit of a batch, may run before it is stopped and failed (default 10 minutes).</summary>
    public TimeSpan AnalysisTimeLimit { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How long a batch's dividing of its archive into unit jobs, or its assembly once they have ended, may run before it
    /// is stopped and failed (default 60 minutes); its units are held to <see cref="AnalysisTimeLimit"/> each.
    /// </summary>
    public TimeSpan BatchTimeLimit { get; init; } = TimeSpan.FromMinutes(60);

    /// <summary>
    /// How much the service's managed heap may grow while one job (analysis or batch) runs before the job is
    /// stopped and failed (default 1 GB; 0: no budget). See <see cref="Work.MemoryBudget"/> for how it is measured.
    /// </summary>
    public long JobMemoryBytes { get; init; } = 1024L * 1024 * 1024;

    /// <summary>The API keys (with their users and roles). Required when listening beyond loopback.</summary>
    public IReadOnlyList<ApiKey> Keys { get; init; } = [];

    /// <summary>The server certificate for https:// addresses (a .pfx/.p12 file); null: Kestrel's own configuration.</summary>
    public string? CertificatePath { get; init; }

    /// <summary>The certificate file's password.</summary>
    public string? CertificatePassword { get; init; }

    /// <summary>The optional model (second opinions and explanations added to each analysis as "assist"); null: none, and no outbound call.</summary>
    public RectifyNlp.Assist.LlmSettings? Llm { get; init; }

    /// <summary>The limits on a batch archive (what it may inflate to, how many files).</summary>
    public ArchiveLimits Archive { get; init; } = ArchiveLimits.Default;

    /// <summary>The store actually used.</summary>
    public string StoreOrDefault => Store ?? Path.Combine(DataDirectory, "rectify.db");

    /// <summary>
    /// The command-line names of the service's own host (<see cref="Program"/>), those of <c>rectify serve</c>, each
    /// mapped to the configuration key that <see cref="FromConfiguration"/> reads (an environment variable of that
    /// name sets it too).
    /// </summary>
    public static IReadOnlyDictionary<string, string> CommandLineNames { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["--urls"] = "urls",
        ["--data"] = "RECTIFY_DATA",
        ["--store"] = "RECTIFY_STORE",
        ["--keys"] = "RECTIFY_KEYS_FILE",
        ["--allowed-hosts"] = "RECTIFY_ALLOWED_HOSTS",
        ["--cert"] = "RECTIFY_CERT",
        ["--max-upload-mb"] = "RECTIFY_MAX_UPLOAD_MB",
        ["--workers"] = "RECTIFY_WORKERS",
        ["--llm-endpoint"] = "RECTIFY_LLM_ENDPOINT",
        ["--llm-model"] = "RECTIFY_LLM_MODEL",
    };

    /// <summary>
    /// The options of the service's own host from its configuration: <c>urls</c> (or ASPNETCORE_URLS), RECTIFY_DATA,
    /// RECTIFY_STORE, RECTIFY_KEYS_FILE, RECTIFY_ALLOWED_HOSTS (comma-separated), RECTIFY_CERT with
    /// RECTIFY_CERT_PASSWORD, RECTIFY_MAX_UPLOAD_MB, RECTIFY_WORKERS and the RECTIFY_LLM_* settings; what is not set
    /// keeps <c>rectify serve</c>'s default.
    /// </summary>
    /// <exception cref="InvalidDataException">A setting is not valid (the reason in Chinese).</exception>
    public static ServiceOptions FromConfiguration(Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        string? Setting(string key) => string.IsNullOrWhiteSpace(configuration[key]) ? null : configuration[key]!.Trim();
        int? Number(string key, int least, int most) =>
            Setting(key) is not { } text ? null
            : int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= least && n <= most ? n
            : throw new InvalidDataException($"{key} 应为 {least} 到 {most} 之间的整数，而不是“{text}”");

        var defaults = new ServiceOptions();
        Assist.LlmSettings? llm;
        try
        {
            llm = Assist.LlmSettings.Resolve(null, null, Setting);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException(e.Message, e);
        }

        return defaults with
        {
            Urls = Setting("urls") ?? defaults.Urls,
            DataDirectory = Setting("RECTIFY_DATA") ?? defaults.DataDirectory,
            Store = Setting("RECTIFY_STORE"),
            Keys = Setting("RECTIFY_KEYS_FILE") is { } keys ? ApiKey.Load(keys) : [],
            AllowedHosts = Setting("RECTIFY_ALLOWED_HOSTS")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
            CertificatePath = Setting("RECTIFY_CERT"),
            CertificatePassword = Setting("RECTIFY_CERT_PASSWORD"),
            MaxUploadBytes = Number("RECTIFY_MAX_UPLOAD_MB", 1, 4096) is { } megabytes ? megabytes * 1024L * 1024 : defaults.MaxUploadBytes,
            Workers = Number("RECTIFY_WORKERS", 0, 64) ?? defaults.Workers,
            Llm = llm,
        };
    }

    /// <summary>Whether every address in <see cref="Urls"/> is a loopback one.</summary>
    public bool LoopbackOnly => Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).All(IsLoopback);

    /// <summary>Whether one URL binds only a loopback address (localhost, 127.x, ::1).</summary>
    public static bool IsLoopback(string url)
    {
        if (!Uri.TryCreate(url.Replace("://*", "://wildcard", StringComparison.Ordinal).Replace("://+", "://wildcard", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }
}

/// <summary>The limits on a batch archive: bytes inflated in all, files in it.</summary>
public sealed record ArchiveLimits(long MaxInflatedBytes, int MaxEntries)
{
    /// <summary>512 MB and 5,000 files.</summary>
    public static ArchiveLimits Default { get; } = new(512L * 1024 * 1024, 5000);
}
