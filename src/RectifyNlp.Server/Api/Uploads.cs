using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using RectifyNlp.Core.Documents;
using RectifyNlp.Ingestion;
using RectifyNlp.Server.Storage;

namespace RectifyNlp.Server.Api;

/// <summary>Reads a multipart upload into job files, with the size limit and the content check; failures are problem results.</summary>
internal static class Uploads
{
    /// <summary>The most fields and files a form may hold: an upload needs two (one for a batch).</summary>
    public const int MaxParts = 100;

    /// <summary>The form, or the problem to answer with (413 too large, 415 not multipart, 400 malformed).</summary>
    public static async Task<(IFormCollection? Form, IResult? Problem)> ReadForm(HttpRequest request, ServiceOptions options)
    {
        // An upload over the limit is read to its end (up to four times the limit) before the 413 goes out, so
        // that a client still sending sees the answer rather than a connection reset; beyond that, the connection closes.
        var drainLimit = options.MaxUploadBytes * 4;
        var size = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (size is { IsReadOnly: false })
        {
            size.MaxRequestBodySize = drainLimit;
        }

        if (request.ContentLength > options.MaxUploadBytes)
        {
            if (request.ContentLength <= drainLimit)
            {
                await Drain(request).ConfigureAwait(false);
            }
            else
            {
                request.HttpContext.Response.Headers.Connection = "close";
            }

            return (null, TooLarge(options));
        }

        if (!request.HasFormContentType)
        {
            return (null, Problems.Of(StatusCodes.Status415UnsupportedMediaType, "请以 multipart/form-data 上传文件", "上传须为 multipart/form-data 表单。"));
        }

        try
        {
            return (await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = options.MaxUploadBytes, ValueLengthLimit = 64 * 1024, ValueCountLimit = MaxParts }, request.HttpContext.RequestAborted).ConfigureAwait(false), null);
        }
        catch (Exception e) when (UploadFailure.IsTooLarge(e))
        {
            await Drain(request).ConfigureAwait(false);
            return (null, TooLarge(options));
        }
        catch (Exception e) when (UploadFailure.IsReadFailure(e))
        {
            return (null, UploadFailure.Problem(e));
        }
    }

    private static async Task Drain(HttpRequest request)
    {
        try
        {
            await request.Body.CopyToAsync(Stream.Null, request.HttpContext.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception e) when (e is BadHttpRequestException or IOException or OperationCanceledException)
        {
            request.HttpContext.Response.Headers.Connection = "close"; // beyond what we read: the connection ends with the answer
        }
    }

    /// <summary>A document upload as a job file, or the problem: 400 missing or empty, 415 not a document we read.</summary>
    public static async Task<(JobFile? File, IResult? Problem)> Document(IFormCollection form, string field, bool required)
    {
        var file = form.Files.GetFile(field);
        if (file is null)
        {
            return (null, required ? Problems.Of(StatusCodes.Status400BadRequest, $"缺少 {field} 文件", $"请在表单字段 {field} 中上传文件。") : null);
        }

        var bytes = await ReadAll(file).ConfigureAwait(false);
        var name = string.IsNullOrWhiteSpace(file.FileName) ? field : file.FileName;
        try
        {
            AutoDetectingDocumentReader.Identify(bytes, name);
        }
        catch (DocumentReadException e)
        {
            // Not a kind of document we read: 415; a document of our kinds that is empty, damaged or locked: 400.
            return (null, e.Error == DocumentReadError.Unsupported
                ? Problems.Of(StatusCodes.Status415UnsupportedMediaType, "文件类型不受支持", e.Message)
                : Problems.Of(StatusCodes.Status400BadRequest, "文件无法读取", e.Message));
        }

        return (new JobFile("input:" + field, name, bytes), null);
    }

    /// <summary>The bytes of an uploaded file.</summary>
    public static async Task<byte[]> ReadAll(IFormFile file)
    {
        using var stream = new MemoryStream();
        await file.CopyToAsync(stream).ConfigureAwait(false);
        return stream.ToArray();
    }

    /// <summary>Describes a multipart body of files in the OpenAPI document (the handlers read the form themselves, to answer 413 and 415 their way).</summary>
    public static TBuilder AcceptsFiles<TBuilder>(this TBuilder builder, string summary, params (string Name, bool Required, string Description)[] files)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            var schema = new OpenApiSchema { Type = JsonSchemaType.Object, Properties = new Dictionary<string, IOpenApiSchema>(), Required = new HashSet<string>() };
            foreach (var (name, required, description) in files)
            {
                schema.Properties[name] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = description };
                if (required)
                {
                    schema.Required.Add(name);
                }
            }

            operation.Summary = summary;
            operation.RequestBody = new OpenApiRequestBody { Required = true, Content = new Dictionary<string, OpenApiMediaType> { ["multipart/form-data"] = new() { Schema = schema } } };
            return Task.CompletedTask;
        });

    /// <summary>413 with the limit.</summary>
    public static IResult TooLarge(ServiceOptions options) =>
        Problems.Of(StatusCodes.Status413PayloadTooLarge, "上传文件过大", $"上传内容超过 {options.MaxUploadBytes / (1024.0 * 1024):0.#} MB 上限。");
}
