using RectifyNlp.Core.Structure;

namespace RectifyNlp.Analysis;

/// <summary>Helpers over the parser's numbering styles.</summary>
internal static class StructureExtensions
{
    /// <summary>Whether items of this style run inside a paragraph (一是……, 一要……, 第一，……, a semicolon list) rather than head one.</summary>
    public static bool IsInline(this NumberingStyle style) =>
        style is NumberingStyle.InlineShi or NumberingStyle.InlineYao or NumberingStyle.InlineOrdinal or NumberingStyle.InlineSequence or NumberingStyle.SemicolonItem or NumberingStyle.InlineNumber;
}
