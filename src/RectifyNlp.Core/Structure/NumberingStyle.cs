namespace RectifyNlp.Core.Structure;

/// <summary>
/// How a section is numbered. The first six are the official-document hierarchy in its usual order;
/// the rest are headings the file declares and enumerations written inside paragraphs.
/// </summary>
public enum NumberingStyle
{
    /// <summary>第一部分, 第一章.</summary>
    Part,

    /// <summary>一、</summary>
    ChineseComma,

    /// <summary>（一）</summary>
    ChineseParenthesized,

    /// <summary>1. or 1、</summary>
    ArabicDot,

    /// <summary>（1）</summary>
    ArabicParenthesized,

    /// <summary>①</summary>
    Circled,

    /// <summary>A heading the file marks by style or outline level, with no number of its own.</summary>
    Outline,

    /// <summary>一是……二是……</summary>
    InlineShi,

    /// <summary>一要……二要……</summary>
    InlineYao,

    /// <summary>第一，……第二，……</summary>
    InlineOrdinal,

    /// <summary>首先……其次……最后……</summary>
    InlineSequence,

    /// <summary>问题1：…… 问题2：……</summary>
    ProblemLabel,

    /// <summary>An item of a list written as one paragraph separated by semicolons (问题：a；b；c).</summary>
    SemicolonItem,

    /// <summary>（a）, （b）: sub-items lettered in Latin.</summary>
    Lettered,

    /// <summary>1.1 / 2.3: an item numbered within its part (1. / 2.), one level below it.</summary>
    DecimalDot,

    /// <summary>Numbers inside running text after a stop (蒿坪村：1．……；2．…… / ……六个方面。（一）……（二）…… / ①……；②……).</summary>
    InlineNumber,
}
