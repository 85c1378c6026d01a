namespace RectifyNlp.Server.Api;

/// <summary>
/// What went wrong reading a multipart upload, told apart from the framework's exception (its messages are
/// English and not for users): too large, too many parts, a part too long, too slow, or not a well-formed form.
/// </summary>
internal static class UploadFailure
{
    /// <summary>Whether the exception is one of reading the upload.</summary>
    public static bool IsReadFailure(Exception e) => e is InvalidDataException or BadHttpRequestException or IOException;

    /// <summary>Whether the body was over the size limit (the rest of it is then drained before answering).</summary>
    public static bool IsTooLarge(Exception e) =>
        e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
        || (e is InvalidDataException && e.Message.Contains("body length limit", StringComparison.OrdinalIgnoreCase));

    /// <summary>The problem to answer with for any other failure.</summary>
    public static IResult Problem(Exception e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var message = e.Message;
        if (e is InvalidDataException && message.Contains("value count limit", StringComparison.OrdinalIgnoreCase))
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "表单部分过多",
                $"上传表单最多 {Uploads.MaxParts} 个字段和文件，此次超出；分析只需 report 和 feedback 两个文件（批处理只需 archive）。");
        }

        if (e is InvalidDataException && message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "表单部分过长", "上传表单中某个字段名、字段值或部分头部超过允许的长度。");
        }

        if (e is BadHttpRequestException { StatusCode: StatusCodes.Status408RequestTimeout })
        {
            return Problems.Of(StatusCodes.Status408RequestTimeout, "上传过慢", "上传数据到达过慢，连接已超时；请检查网络后重试。");
        }

        return Problems.Of(StatusCodes.Status400BadRequest, "上传内容无法读取", "multipart/form-data 表单格式不正确或不完整（分隔符、部分头部或结尾缺失）；请通过网页或 curl -F 重新上传。");
    }
}
