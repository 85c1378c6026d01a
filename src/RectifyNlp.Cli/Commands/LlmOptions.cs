using System.ComponentModel;
using RectifyNlp.Application;
using RectifyNlp.Assist;
using RectifyNlp.Cli.Infrastructure;
using RectifyNlp.Nlp;
using Spectre.Console.Cli;

namespace RectifyNlp.Cli.Commands;

/// <summary>The optional model's flags (off unless an endpoint is given here or in RECTIFY_LLM_ENDPOINT).</summary>
internal class LlmSettingsBase : GlobalSettings
{
    [CommandOption("--llm-endpoint <URL>")]
    [Description("兼容 OpenAI 接口的模型服务地址（Ollama、vLLM、llama.cpp 等），用于复核与解释；默认取 RECTIFY_LLM_ENDPOINT，未设置则不用模型")]
    public string? LlmEndpoint { get; init; }

    [CommandOption("--llm-model <NAME>")]
    [Description("所用模型名（默认取 RECTIFY_LLM_MODEL，未设置则为 qwen2.5）")]
    public string? LlmModel { get; init; }
}

/// <summary>Runs the optional model over an analysis and adds what it says to the output.</summary>
internal static class LlmAssist
{
    /// <summary>
    /// The model the flags or the environment configure, for the front door to ask, or null when none is (the
    /// default); the warning that text leaves the machine goes to standard error.
    /// </summary>
    public static IAnalysisAssistant? Create(LlmSettingsBase settings, ModelPaths paths, ConsoleStreams streams)
    {
        LlmSettings? llm;
        try
        {
            llm = LlmSettings.Resolve(settings.LlmEndpoint, settings.LlmModel);
        }
        catch (ArgumentException e)
        {
            throw new Core.Documents.DocumentReadException(Core.Documents.DocumentReadError.Unsupported, e.Message);
        }

        if (llm is null)
        {
            return null;
        }

        if (llm.Warning is { } warning)
        {
            streams.Error.WriteLine(warning);
        }

        return LlmAssistant.Create(llm, paths);
    }

    /// <summary>The model's contribution for the terminal, marked as generated.</summary>
    public static void Write(TextWriter output, AssistReport? report)
    {
        if (report is null)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine($"模型辅助（{report.Model}，{report.Requests} 次请求；以下为模型生成内容，仅供参考）");
        foreach (var verdict in report.Verdicts)
        {
            output.WriteLine($"  [模型] {verdict.MeasureId}→{verdict.IssueId}：{(verdict.Answers ? "回应了该问题" : "未回应该问题")}，{(verdict.Concrete ? "措施具体" : "措施空泛")}（把握 {verdict.Confidence:0.00}；与离线分数合成 {verdict.Blended:0.00}）：{verdict.Reason}");
        }

        foreach (var explanation in report.Explanations)
        {
            output.WriteLine($"  [生成] 第 {explanation.GapIndex + 1} 项：{explanation.Explanation} 追问：{explanation.Question}");
        }

        foreach (var notice in report.Notices)
        {
            output.WriteLine($"  说明：{notice}");
        }
    }
}
