namespace RectifyNlp.Server.Security;

/// <summary>Why a request was turned away: the audit action, the status, and the problem's title and detail.</summary>
internal sealed record Refusal(string Action, int Status, string Title, string Detail);
