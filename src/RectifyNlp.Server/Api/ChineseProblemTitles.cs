namespace RectifyNlp.Server.Api;

/// <summary>
/// The framework's own problem answers (an unknown address, a method not allowed, a status without a body, an
/// unhandled error) in Chinese: a title (and detail) the framework filled in English becomes the Chinese one
/// for its status. Problems the service writes itself already have theirs and are left alone.
/// </summary>
internal static class ChineseProblemTitles
{
    private static readonly Dictionary<int, (string Title, string Detail)> ByStatus = new()
    {
        [StatusCodes.Status400BadRequest] = ("请求无效", "请求的格式或内容不正确。"),
        [StatusCodes.Status401Unauthorized] = ("需要 API 密钥", "请在 Authorization: Bearer 或 X-Api-Key 请求头中提供 API 密钥。"),
        [StatusCodes.Status403Forbidden] = ("无权访问", "您的角色不能执行此操作。"),
        [StatusCodes.Status404NotFound] = ("找不到该地址", "服务没有这个地址；API 见 /openapi/v1.json。"),
        [StatusCodes.Status405MethodNotAllowed] = ("不支持该请求方法", "这个地址不接受此 HTTP 方法。"),
        [StatusCodes.Status408RequestTimeout] = ("请求超时", "请求数据到达过慢，连接已超时。"),
        [StatusCodes.Status413PayloadTooLarge] = ("上传内容过大", "请求体超过服务允许的大小。"),
        [StatusCodes.Status415UnsupportedMediaType] = ("内容类型不受支持", "请以 multipart/form-data 上传文件。"),
        [StatusCodes.Status429TooManyRequests] = ("请求过于频繁", "请稍后再试。"),
        [StatusCodes.Status500InternalServerError] = ("服务器内部错误", "服务处理请求时出错，详情已记入服务日志。"),
    };

    /// <summary>Puts the Chinese title and detail on a problem whose title is the framework's English one.</summary>
    public static void Apply(Microsoft.AspNetCore.Mvc.ProblemDetails problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (problem.Status is not { } status || !ByStatus.TryGetValue(status, out var chinese) || !IsFrameworkText(problem.Title))
        {
            return;
        }

        problem.Title = chinese.Title;
        if (IsFrameworkText(problem.Detail))
        {
            problem.Detail = chinese.Detail;
        }
    }

    // Empty, or with no Chinese in it: the framework's text, never ours.
    private static bool IsFrameworkText(string? text) => string.IsNullOrEmpty(text) || !text.Any(c => c is >= '\u4e00' and <= '\u9fff');
}
