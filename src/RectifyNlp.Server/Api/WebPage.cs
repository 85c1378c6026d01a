using System.Reflection;

namespace RectifyNlp.Server.Api;

/// <summary>
/// The inspectors' page at <c>/</c>: wwwroot/ compiled into the assembly, so the one program serves it
/// with nothing to install and nothing fetched from elsewhere (no CDN; the page's policy allows its own origin only).
/// </summary>
internal static class WebPage
{
    private static readonly Dictionary<string, (byte[] Content, string Type)> Files = Load();

    public static void MapWebPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => Serve("index.html")).AllowAnonymous().ExcludeFromDescription();
        foreach (var file in Files.Keys.Where(f => f != "index.html"))
        {
            app.MapGet("/" + file, () => Serve(file)).AllowAnonymous().ExcludeFromDescription();
        }
    }

    private static IResult Serve(string file) =>
        Files.TryGetValue(file, out var entry) ? TypedResults.Bytes(entry.Content, entry.Type) : Problems.Of(StatusCodes.Status404NotFound, "找不到页面", file);

    private static Dictionary<string, (byte[], string)> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var files = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("wwwroot/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var file = name["wwwroot/".Length..];
            var type = Path.GetExtension(file) switch
            {
                ".html" => "text/html; charset=utf-8",
                ".js" => "text/javascript; charset=utf-8",
                ".css" => "text/css; charset=utf-8",
                ".svg" => "image/svg+xml",
                _ => "application/octet-stream",
            };
            files[file] = (memory.ToArray(), type);
        }

        return files;
    }
}
