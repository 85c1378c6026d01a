using RectifyNlp.Core.Documents;

namespace RectifyNlp.Ingestion;

/// <summary>The errors for input past one of <see cref="ReaderOptions"/>' structural limits, one wording for every reader.</summary>
internal static class LimitExceeded
{
    public static DocumentReadException Depth(string sourceName, string what, ReaderOptions options) =>
        new(DocumentReadError.TooComplex, $"{sourceName}：{what}嵌套超过 {options.MaxNestingDepth} 层上限，不是正常文档的结构，已拒绝读取");

    public static DocumentReadException Elements(string sourceName, string what, ReaderOptions options) =>
        new(DocumentReadError.TooComplex, $"{sourceName}：{what}元素超过 {options.MaxElements:N0} 个上限，已拒绝读取");

    public static DocumentReadException Text(string sourceName, ReaderOptions options) =>
        new(DocumentReadError.TooLarge, $"{sourceName}：文字超过 {options.MaxTextChars:N0} 字上限（约 2,500 页），请拆分后再读");

    public static DocumentReadException Paragraphs(string sourceName, ReaderOptions options) =>
        new(DocumentReadError.TooComplex, $"{sourceName}：段落超过 {options.MaxParagraphs:N0} 个上限，已拒绝读取");
}
