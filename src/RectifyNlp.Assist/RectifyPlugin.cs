using System.ComponentModel;
using System.Text.Json;
using Microsoft.SemanticKernel;
using RectifyNlp.Application;
using RectifyNlp.Checklists;

namespace RectifyNlp.Assist;

/// <summary>
/// RectifyNlp's analysers as Semantic Kernel functions, so that an agent or a chat front end can call them:
/// <c>parse</c>, <c>analyze</c> and <c>checklist</c>, each on files of this machine, each answering with text,
/// each through the application's front door (categories named, checklists built as the CLI does).
/// Add it with <c>kernel.Plugins.AddFromObject(new RectifyPlugin(application), "rectify")</c>.
/// </summary>
public sealed class RectifyPlugin(RectifyApplication application)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly RectifyApplication _application = application ?? throw new ArgumentNullException(nameof(application));

    /// <summary>A document's kind, title and numbered headings, as JSON.</summary>
    [KernelFunction("parse")]
    [Description("读取一份巡察反馈意见或整改报告（txt、docx、pdf、html），返回其类型、标题和各级标题（JSON）。")]
    public string Parse([Description("文件路径")] string path)
    {
        var document = _application.Parser.Parse(path);
        return JsonSerializer.Serialize(new
        {
            kind = Core.Structure.DocumentKindNames.ToContractName(document.Structure.Kind.Kind),
            title = document.Structure.Title,
            sections = document.Structure.AllSections.Select(s => new { s.Number, s.Level, s.Heading }),
        }, Json);
    }

    /// <summary>The analysis of a report against its feedback, as <c>analyze --json</c> prints it (the offline result: the caller is the model).</summary>
    [KernelFunction("analyze")]
    [Description("把整改报告与巡察反馈意见对照分析：反馈问题、整改措施、对应关系和需关注的问题（JSON，schemaVersion 1）。")]
    public string Analyze([Description("整改报告的文件路径")] string report, [Description("反馈意见的文件路径；没有时为空")] string? feedback = null) =>
        _application.Analyze(feedback, report, assist: false).Json();

    /// <summary>The review checklist, as Markdown.</summary>
    [KernelFunction("checklist")]
    [Description("生成巡察整改核查清单（Markdown）：逐个问题的核查要点、佐证材料、追问，以及整体事项。")]
    public string Checklist([Description("反馈意见的文件路径")] string feedback, [Description("整改报告的文件路径；没有时生成预审清单")] string? report = null) =>
        MarkdownChecklist.Write(string.IsNullOrWhiteSpace(report)
            ? _application.PreReviewChecklist(_application.Parser.Parse(feedback))
            : _application.Analyze(feedback, report, assist: false).Checklist);
}
