using System.Security.Cryptography.X509Certificates;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RectifyNlp.Core;
using RectifyNlp.Ingestion;
using RectifyNlp.Nlp;
using RectifyNlp.Server.Api;
using RectifyNlp.Server.Security;
using RectifyNlp.Server.Storage;
using RectifyNlp.Server.Work;

namespace RectifyNlp.Server;

/// <summary>
/// The service in one place: <see cref="Build(ServiceOptions, ModelPaths?, Action{ILoggingBuilder}?)"/> makes the web
/// application (store, workers, security, endpoints, page) from <see cref="ServiceOptions"/>, for <c>rectify serve</c>;
/// <see cref="Build(string[])"/> makes the same from the configuration, for the service's own host (<see cref="Program"/>).
/// Refuses to start beyond loopback without API keys.
/// </summary>
public static class ServiceSetup
{
    internal const string InspectorPolicy = "inspector";
    internal const string AnalystPolicy = "analyst";
    internal const string AdminPolicy = "admin";

    /// <summary>Whether keys would cross the network in clear: plain http on an address beyond loopback.</summary>
    public static bool KeysInClear(ServiceOptions options) =>
        options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Any(u => u.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !ServiceOptions.IsLoopback(u));

    /// <summary>Builds the application; <see cref="InvalidOperationException"/> with a one-line reason when the options are unsafe.</summary>
    public static WebApplication Build(ServiceOptions options, ModelPaths? models = null, Action<ILoggingBuilder>? logging = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Build(CreateBuilder([]), options, models, logging);
    }

    /// <summary>
    /// Builds the application of the service's own host (<see cref="Program"/>): the options from the configuration
    /// (<see cref="ServiceOptions.FromConfiguration"/>: the command line, environment variables, and settings a test
    /// host adds), then as <see cref="Build(ServiceOptions, ModelPaths?, Action{ILoggingBuilder}?)"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The options are unsafe.</exception>
    /// <exception cref="InvalidDataException">A setting is not valid (the reason in Chinese).</exception>
    public static WebApplication Build(string[] args)
    {
        var builder = CreateBuilder(args);
        return Build(builder, ServiceOptions.FromConfiguration(builder.Configuration), models: null, logging: null);
    }

    private static WebApplicationBuilder CreateBuilder(string[] args)
    {
        NativeArenas.Limit();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(ServiceSetup).Assembly.GetName().Name });
        // rectify serve's option names for the settings the service's own host takes from its command line.
        builder.Configuration.AddCommandLine(args, new Dictionary<string, string>(ServiceOptions.CommandLineNames, StringComparer.Ordinal));
        return builder;
    }

    private static WebApplication Build(WebApplicationBuilder builder, ServiceOptions options, ModelPaths? models, Action<ILoggingBuilder>? logging)
    {
        if (!options.LoopbackOnly && options.Keys.Count == 0)
        {
            throw new InvalidOperationException($"监听 {options.Urls} 超出本机范围，必须用 --keys 配置 API 密钥（不允许匿名访问）");
        }

        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.UseKestrelHttpsConfiguration(); // https:// addresses, with the certificate from ASPNETCORE_Kestrel__Certificates__Default__Path/Password
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxUploadBytes;
            if (options.CertificatePath is { } certificate)
            {
                var loaded = X509CertificateLoader.LoadPkcs12FromFile(certificate, options.CertificatePassword);
                kestrel.ConfigureHttpsDefaults(https => https.ServerCertificate = loaded);
            }
        });
        builder.Logging.ClearProviders();
        if (logging is null)
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning)
                .AddFilter("Microsoft.Extensions.Hosting", LogLevel.None); // a failed start is the caller's one line, not a stack trace
        }
        else
        {
            logging(builder.Logging);
        }

        builder.Services.AddRectifyService(options, models ?? ModelPaths.Discover());
        var app = builder.Build();
        app.UseRectifyService(options);
        return app;
    }

    /// <summary>The services: store, processor, worker, audit, authentication and roles, rate limits, problem details, OpenAPI.</summary>
    public static IServiceCollection AddRectifyService(this IServiceCollection services, ServiceOptions options, ModelPaths models)
    {
        Directory.CreateDirectory(options.DataDirectory);
        services.AddSingleton(options);
        services.AddSingleton<IJobStore>(_ => SqlJobStore.Open(options.StoreOrDefault));
        // The reader takes what the upload limit lets in: a limit raised with --max-upload-mb is not refused again by the readers' default.
        var reader = new AutoDetectingDocumentReader(ReaderOptions.Default with { MaxFileBytes = options.MaxUploadBytes });
        services.AddSingleton(provider => new JobProcessor(models, new DocumentParser(reader), options, provider.GetRequiredService<ILogger<JobProcessor>>()));
        services.AddSingleton<JobWorker>();
        services.AddSingleton<ArtifactRenderer>();
        services.AddHostedService(sp => sp.GetRequiredService<JobWorker>());
        services.AddSingleton<AuditTrail>();
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = options.MaxUploadBytes);

        // Authentication core only: API keys need no cookies, so no data-protection keys are made or written anywhere.
        services.AddAuthenticationCore(o => o.DefaultScheme = ApiKeyAuthentication.SchemeName);
        services.AddWebEncoders();
        services.AddSingleton(TimeProvider.System);
        new Microsoft.AspNetCore.Authentication.AuthenticationBuilder(services)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(InspectorPolicy, p => p.RequireRole(ApiKey.Inspector, ApiKey.Analyst, ApiKey.Admin))
            .AddPolicy(AnalystPolicy, p => p.RequireRole(ApiKey.Analyst, ApiKey.Admin))
            .AddPolicy(AdminPolicy, p => p.RequireRole(ApiKey.Admin));

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, token) => new ValueTask(Problems.Of(StatusCodes.Status429TooManyRequests, "请求过于频繁",
                $"每分钟最多 {options.RateLimitPerMinute} 次请求，请稍后再试。").ExecuteAsync(context.HttpContext));
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                options.RateLimitPerMinute <= 0 || !context.Request.Path.StartsWithSegments("/api")
                    ? RateLimitPartition.GetNoLimiter("none")
                    : RateLimitPartition.GetFixedWindowLimiter(
                        AuditTrail.UserOf(context.User) is { Length: > 0 } user && options.Keys.Count > 0 ? "user:" + user : "ip:" + context.Connection.RemoteIpAddress,
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = options.RateLimitPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });

        services.AddProblemDetails(o => o.CustomizeProblemDetails = context => ChineseProblemTitles.Apply(context.ProblemDetails));
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "RectifyNlp 整改报告分析服务";
            document.Info.Description = "上传整改报告（及反馈意见）排队分析，取回结果、HTML 报告和核查清单；批处理；审计日志。错误均为 application/problem+json。";
            return Task.CompletedTask;
        }));
        return services;
    }

    /// <summary>The pipeline: errors as problem+json, security headers, same-origin uploads, authentication, rate limits, endpoints.</summary>
    public static WebApplication UseRectifyService(this WebApplication app, ServiceOptions options)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            if (!context.Request.Path.StartsWithSegments("/api/analyses") && !context.Request.Path.StartsWithSegments("/api/batches"))
            {
                headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'";
            }

            await next(context).ConfigureAwait(false);
        });
        app.UseRequestSourceGuard(options);
        // Refusals go to the audit log too: who was turned away from what (the user, when the key was known), and who was throttled.
        app.Use(async (context, next) =>
        {
            await next(context).ConfigureAwait(false);
            var status = context.Response.StatusCode;
            if (status is StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden or StatusCodes.Status429TooManyRequests && context.Request.Path.StartsWithSegments("/api"))
            {
                var action = (status == StatusCodes.Status429TooManyRequests ? "throttled " : "denied ") + context.Request.Method;
                context.RequestServices.GetRequiredService<AuditTrail>().Record(context, action, context.Request.Path.Value ?? "", status);
            }
        });
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();

        app.MapOpenApi().RequireAuthorization(InspectorPolicy);
        app.MapWebPage();
        app.MapAnalysesApi();
        app.MapBatchesApi();
        app.MapAdminApi();
        return app;
    }
}
