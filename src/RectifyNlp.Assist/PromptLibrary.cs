using System.Text.Json;

namespace RectifyNlp.Assist;

/// <summary>The prompts of models/prompts/prompts.json (Chinese, versioned, editable without code).</summary>
public sealed record PromptLibrary(string Version, string System, string MatchJudge, string ExplainGap)
{
    /// <summary>Reads the prompts file.</summary>
    /// <exception cref="InvalidDataException">It is not valid or lacks a prompt.</exception>
    public static PromptLibrary Load(string path)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = json.RootElement;
            string S(string name) => root.GetProperty(name).GetString() ?? throw new InvalidDataException($"{path}: {name} is empty");
            return new PromptLibrary(S("version"), S("system"), S("matchJudge"), S("explainGap"));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    /// <summary>Fills {name} placeholders.</summary>
    public static string Fill(string template, params (string Name, string Value)[] values)
    {
        ArgumentNullException.ThrowIfNull(template);
        foreach (var (name, value) in values)
        {
            template = template.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return template;
    }
}
