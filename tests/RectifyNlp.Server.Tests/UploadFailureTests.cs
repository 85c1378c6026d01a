using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using RectifyNlp.Server.Api;

namespace RectifyNlp.Server.Tests;

/// <summary>
/// A body that arrives too slowly: Kestrel's own exception (its English message) becomes a Chinese 408. Through a
/// socket this takes Kestrel's grace period of seconds, so the mapping is checked on the exception Kestrel throws.
/// </summary>
public sealed class UploadFailureTests
{
    [Fact]
    public void A_body_arriving_too_slowly_is_a_chinese_408()
    {
        var problem = Assert.IsType<ProblemHttpResult>(UploadFailure.Problem(new BadHttpRequestException(
            "Reading the request body timed out due to data arriving too slowly. See MinRequestBodyDataRate.", StatusCodes.Status408RequestTimeout)));
        Assert.Equal(StatusCodes.Status408RequestTimeout, problem.StatusCode);
        Assert.Equal("上传过慢", problem.ProblemDetails.Title);
        Assert.DoesNotContain("MinRequestBodyDataRate", problem.ProblemDetails.Detail, StringComparison.Ordinal);
    }
}
