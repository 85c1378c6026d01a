using System.Text.Encodings.Web;
using System.Text.Json;
using RectifyNlp.Nlp.Classification;
using RectifyNlp.Training.Classification;

namespace RectifyNlp.Cli.Output;

/// <summary>
/// <c>train --json</c>: the corpus and its split, both models' scores on dev and on the held-out part (per class
/// with the taxonomy's Chinese names, macro-F1, accuracy, the confusion matrix), every held-out passage with the
/// prediction and its confidence (for calibration and the mistakes), and the dev mistakes. What the models
/// notebook reads.
/// </summary>
internal static class TrainingJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(TrainingReport report, IReadOnlyList<CorpusPassage> passages, Taxonomy taxonomy, string output)
    {
        var roleNames = taxonomy.Roles.ToDictionary(r => r.Id, r => r.Name, StringComparer.Ordinal);
        var categoryNames = taxonomy.Categories.ToDictionary(c => c.Id, c => c.Name, StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", 1);
            json.WriteStartObject("corpus");
            json.WriteNumber("passages", passages.Count);
            json.WriteNumber("documents", passages.Select(p => p.Document).Distinct().Count());
            json.WriteString("taxonomy", taxonomy.Version);
            json.WriteEndObject();
            json.WriteStartObject("split");
            json.WriteNumber("train", report.Counts[SplitPart.Train]);
            json.WriteNumber("dev", report.Counts[SplitPart.Dev]);
            json.WriteNumber("test", report.Counts[SplitPart.Test]);
            json.WriteEndObject();
            json.WriteString("output", output);
            json.WriteNumber("trainSeconds", Math.Round(report.TrainTime.TotalSeconds, 2));
            json.WriteNumber("predictMicroseconds", Math.Round(report.PredictMicroseconds));
            json.WriteStartObject("role");
            WriteScores(json, "dev", report.RoleDev, roleNames);
            WriteScores(json, "test", report.RoleTest, roleNames);
            json.WriteEndObject();
            json.WriteStartObject("category");
            WriteScores(json, "dev", report.CategoryDev, categoryNames);
            WriteScores(json, "test", report.CategoryTest, categoryNames);
            json.WriteEndObject();

            json.WriteStartArray("testPredictions");
            foreach (var (passage, prediction) in report.TestPredictions)
            {
                json.WriteStartObject();
                json.WriteString("id", passage.Id);
                json.WriteString("document", passage.Document);
                json.WriteString("text", passage.Text);
                json.WriteString("role", passage.Role);
                json.WriteString("predictedRole", prediction.Role);
                json.WriteNumber("roleConfidence", prediction.RoleConfidence);
                json.WriteString("roleSignal", prediction.RoleSignal);
                json.WriteString("category", passage.Category);
                json.WriteString("predictedCategory", prediction.Category);
                json.WriteNumber("categoryConfidence", prediction.CategoryConfidence);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("devMistakes");
            foreach (var mistake in report.DevMistakes)
            {
                json.WriteStartObject();
                json.WriteString("task", mistake.Task);
                json.WriteString("gold", mistake.Gold);
                json.WriteString("predicted", mistake.Predicted);
                json.WriteNumber("confidence", mistake.Confidence);
                json.WriteString("text", mistake.Text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>One model's scores on one part; the confusion matrix's rows (gold) and columns (predicted) follow <c>classes</c>.</summary>
    private static void WriteScores(Utf8JsonWriter json, string part, ClassificationScores scores, Dictionary<string, string> names)
    {
        json.WriteStartObject(part);
        json.WriteNumber("accuracy", scores.Accuracy);
        json.WriteNumber("macroF1", scores.MacroF1);
        json.WriteStartArray("classes");
        foreach (var c in scores.Classes)
        {
            json.WriteStartObject();
            json.WriteString("label", c.Label);
            json.WriteString("name", names.GetValueOrDefault(c.Label, c.Label));
            json.WriteNumber("precision", c.Precision);
            json.WriteNumber("recall", c.Recall);
            json.WriteNumber("f1", c.F1);
            json.WriteNumber("support", c.Support);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("confusion");
        for (var g = 0; g < scores.Labels.Length; g++)
        {
            json.WriteStartArray();
            for (var p = 0; p < scores.Labels.Length; p++)
            {
                json.WriteNumberValue(scores.Confusion[g, p]);
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
