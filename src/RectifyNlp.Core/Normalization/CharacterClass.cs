namespace RectifyNlp.Core.Normalization;

/// <summary>Character classes the normaliser and the structure parser share.</summary>
public static class CharacterClass
{
    /// <summary>Columns a character takes on a fixed-width display: two for Chinese and full-width forms, one for the rest.</summary>
    public static int DisplayWidth(char c) => c >= '\u1100' ? 2 : 1;

    /// <summary>Columns a line takes on a fixed-width display (a PDF's column width, a text file's wrap).</summary>
    public static int DisplayWidth(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Sum(DisplayWidth);
    }

    /// <summary>Whether <paramref name="c"/> is a CJK ideograph or CJK/full-width punctuation.</summary>
    public static bool IsCjk(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF')
            or (>= '\u3400' and <= '\u4DBF')
            or (>= '\uF900' and <= '\uFAFF')
            or (>= '\u3000' and <= '\u303F')
            or (>= '\uFF00' and <= '\uFFEF')
            or (>= '\u2460' and <= '\u24FF')
            or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u2014' or '\u2026' or '\u00B7'
            || char.IsSurrogate(c);

    /// <summary>
    /// The marks that open a bulleted line (□ ……, ● ……, ◆ ……): read by the plain-text reader (a new line, never a wrap)
    /// and by the problem extractor (one item a line), so that both know the same marks.
    /// </summary>
    public const string BulletMarks = "□■●○◆◇▶►▪▫★☆▲△◎•◦‣⁃∙";

    /// <summary>Whether <paramref name="c"/> is one of <see cref="BulletMarks"/>.</summary>
    public static bool IsBulletMark(char c) => BulletMarks.Contains(c, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="c"/> is a CJK ideograph.</summary>
    public static bool IsHan(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF');

    /// <summary>Whether <paramref name="c"/> ends a sentence.</summary>
    public static bool IsSentenceEnd(char c) => c is '。' or '！' or '？' or '…';

    /// <summary>Whether <paramref name="c"/> closes a quotation or bracket after a sentence end.</summary>
    public static bool IsCloser(char c) => c is '”' or '’' or '」' or '』' or '）' or '》' or '〕' or '】';
}
