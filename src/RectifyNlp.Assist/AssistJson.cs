using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RectifyNlp.Assist;

/// <summary>The model's review as the <c>"assist"</c> member of <c>analyze --json</c> (the CLI and the service alike).</summary>
public static class AssistJson
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The analysis JSON with an "assist" member (unchanged when there is no review).</summary>
    public static string AddTo(string analysisJson, AssistReport? report)
    {
        if (report is null)
        {
            return analysisJson;
        }

        var node = JsonNode.Parse(analysisJson)!.AsObject();
        node["assist"] = JsonSerializer.SerializeToNode(report, Json);
        return node.ToJsonString(Json);
    }
}
