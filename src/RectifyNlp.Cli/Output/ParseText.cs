using RectifyNlp.Core;
using RectifyNlp.Core.Structure;

namespace RectifyNlp.Cli.Output;

/// <summary><c>parse</c>'s readable output: title, kind and why, then the section tree with offsets.</summary>
internal static class ParseText
{
    private const int HeadingWidth = 40;

    public static void Write(ParsedDocument document, TextWriter output)
    {
        var structure = document.Structure;
        var sections = structure.AllSections.ToList();
        output.WriteLine($"文件：{document.Raw.SourceName}（{document.Raw.Format.ToString().ToLowerInvariant()}{Notes(document)}）");
        output.WriteLine($"标题：{(structure.Title.Length > 0 ? structure.Title : "（未识别）")}");
        output.WriteLine($"类型：{structure.Kind.Kind.ToChinese()}（{structure.Kind.Kind.ToContractName()}）  依据：{(structure.Kind.Signals.IsEmpty ? "无" : string.Join("；", structure.Kind.Signals))}");
        output.WriteLine($"结构：{structure.Sections.Length} 个一级部分，共 {sections.Count} 节；{structure.Sentences.Length} 句；{document.Text.Text.Length} 字");
        foreach (var section in sections)
        {
            var heading = section.Heading.Length > HeadingWidth ? section.Heading[..HeadingWidth] + "…" : section.Heading;
            var marker = section.Marker.Length > 0 ? section.Marker : section.Number.Length > 0 ? $"[{section.Number}]" : "";
            output.WriteLine($"{new string(' ', (section.Level - 1) * 2)}{marker}{heading}  [{section.Span.Start}–{section.Span.End}]");
        }
    }

    private static string Notes(ParsedDocument document) =>
        document.Raw.Notes.IsEmpty ? string.Empty : "，" + string.Join("，", document.Raw.Notes);
}
