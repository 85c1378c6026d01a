namespace RectifyNlp.Core.Structure;

/// <summary>What a document is, in the inspection process.</summary>
public enum DocumentKind
{
    /// <summary>Nothing decided it, or news of a round's opening (进驻, 动员会).</summary>
    Other,

    /// <summary>反馈会讲话: a leader's speech at the feedback meeting.</summary>
    FeedbackSpeech,

    /// <summary>反馈意见: the inspection group's written feedback.</summary>
    FeedbackOpinion,

    /// <summary>整改方案: the plan, with problem, task and responsibility lists.</summary>
    RectificationPlan,

    /// <summary>整改报告 / 整改进展情况的通报: what was done.</summary>
    RectificationReport,
}

/// <summary>The contract's names of document kinds.</summary>
public static class DocumentKindNames
{
    /// <summary>The name <c>parse --json</c> prints for <paramref name="kind"/>.</summary>
    public static string ToContractName(this DocumentKind kind) => kind switch
    {
        DocumentKind.FeedbackSpeech => "feedback-speech",
        DocumentKind.FeedbackOpinion => "feedback-opinion",
        DocumentKind.RectificationPlan => "rectification-plan",
        DocumentKind.RectificationReport => "rectification-report",
        _ => "other",
    };

    /// <summary>The Chinese name an inspector reads.</summary>
    public static string ToChinese(this DocumentKind kind) => kind switch
    {
        DocumentKind.FeedbackSpeech => "反馈会讲话",
        DocumentKind.FeedbackOpinion => "巡察反馈意见",
        DocumentKind.RectificationPlan => "整改方案",
        DocumentKind.RectificationReport => "整改报告",
        _ => "其他",
    };
}
