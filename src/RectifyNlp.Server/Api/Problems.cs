namespace RectifyNlp.Server.Api;

/// <summary>problem+json answers (RFC 9457) with a Chinese title and detail.</summary>
internal static class Problems
{
    /// <summary>A problem result.</summary>
    public static IResult Of(int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title);

    /// <summary>404 for a job that does not exist (or that the user may not see).</summary>
    public static IResult NotFound(string id) => Of(StatusCodes.Status404NotFound, "找不到该任务", $"任务 {id} 不存在，或您无权查看。");

    /// <summary>409 for a result asked of a job that is not done.</summary>
    public static IResult NotDone(string id, string status, string? error) => Of(StatusCodes.Status409Conflict, "任务尚未完成",
        status == "failed" ? $"任务 {id} 未能完成：{error}" : $"任务 {id} 当前状态为 {status}，完成后才能下载。");
}
