using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using RectifyNlp.Core;
using RectifyNlp.Core.Structure;

namespace RectifyNlp.Cli.Output;

/// <summary>
/// <c>parse --json</c>, the contract's shape: kind, title, sections (number, level, heading, start, end,
/// children), plus the fields added since (marker, style, signals, sentences, the normalised text the
/// offsets refer to).
/// </summary>
internal static class ParseJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(ParsedDocument document)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            var structure = document.Structure;
            json.WriteStartObject();
            json.WriteString("kind", structure.Kind.Kind.ToContractName());
            json.WriteString("title", structure.Title);
            json.WriteStartArray("sections");
            foreach (var section in structure.Sections)
            {
                WriteSection(json, section);
            }

            json.WriteEndArray();
            json.WriteStartArray("kindSignals");
            foreach (var signal in structure.Kind.Signals)
            {
                json.WriteStringValue(signal);
            }

            json.WriteEndArray();
            json.WriteString("format", document.Raw.Format.ToString().ToLowerInvariant());
            json.WriteStartArray("notes");
            foreach (var note in document.Raw.Notes)
            {
                json.WriteStringValue(note);
            }

            json.WriteEndArray();
            json.WriteStartObject("titleSpan");
            json.WriteNumber("start", structure.TitleSpan.Start);
            json.WriteNumber("end", structure.TitleSpan.End);
            json.WriteEndObject();
            json.WriteStartArray("sentences");
            foreach (var sentence in structure.Sentences)
            {
                json.WriteStartObject();
                json.WriteNumber("start", sentence.Start);
                json.WriteNumber("end", sentence.End);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("text", document.Text.Text);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteSection(Utf8JsonWriter json, Section section)
    {
        json.WriteStartObject();
        json.WriteString("number", section.Number);
        json.WriteNumber("level", section.Level);
        json.WriteString("heading", section.Heading);
        json.WriteNumber("start", section.Span.Start);
        json.WriteNumber("end", section.Span.End);
        json.WriteString("marker", section.Marker);
        json.WriteString("style", StyleName(section.Style));
        json.WriteStartArray("children");
        foreach (var child in section.Children)
        {
            WriteSection(json, child);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The style as a kebab-case JSON value (chinese-comma, inline-yao …).</summary>
    internal static string StyleName(NumberingStyle style)
    {
        var name = style.ToString();
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }
}
