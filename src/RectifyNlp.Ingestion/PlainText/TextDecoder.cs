using System.Text;
using RectifyNlp.Core.Documents;

namespace RectifyNlp.Ingestion.PlainText;

/// <summary>
/// Decodes the bytes of a text file in any common Chinese encoding: UTF-8 with or without BOM,
/// UTF-16 LE/BE with or without BOM, GB18030 (and so GBK and GB2312), Big5.
/// </summary>
/// <remarks>
/// 1. A BOM decides. 2. Bytes with NULs, or that are not UTF-8, may be UTF-16: the byte order whose text
/// reads as Chinese (ideographs, ASCII, CJK punctuation) wins if it clearly does. 3. Valid UTF-8 is UTF-8. 4. Otherwise GB18030 and Big5 are both tried strictly, and
/// the one whose ideographs fall more often among that encoding's common characters wins (GB2312
/// level 1, Big5 常用字). 5. Whatever was decoded must look like text: few control characters.
/// </remarks>
public static class TextDecoder
{
    private static readonly Encoding Utf8Strict = new UTF8Encoding(false, true);
    private static readonly Encoding Utf16LeStrict = new UnicodeEncoding(false, false, true);
    private static readonly Encoding Utf16BeStrict = new UnicodeEncoding(true, false, true);
    private static readonly Encoding Gb18030Strict;
    private static readonly Encoding Big5Strict;
    private static readonly Encoding Gb2312;
    private static readonly Encoding Big5;

    static TextDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Gb18030Strict = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        Big5Strict = Encoding.GetEncoding("big5", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        Gb2312 = Encoding.GetEncoding("GB2312", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        Big5 = Big5Strict;
    }

    /// <summary>Decodes <paramref name="bytes"/>; throws when they are not text.</summary>
    /// <returns>The text and the name of the encoding found.</returns>
    /// <exception cref="DocumentReadException">The bytes are not text in a supported encoding.</exception>
    public static (string Text, string Encoding) Decode(ReadOnlySpan<byte> bytes, string sourceName)
    {
        var decoded = TryDecode(bytes);
        if (decoded is not { } result || !LooksLikeText(result.Text))
        {
            throw new DocumentReadException(DocumentReadError.Unsupported,
                $"{sourceName}：不是可识别的文本文件（无法判断编码，或含有大量非文字字节）");
        }

        return result;
    }

    /// <summary>Decodes <paramref name="bytes"/>, or returns <c>null</c> when no supported encoding fits.</summary>
    public static (string Text, string Encoding)? TryDecode(ReadOnlySpan<byte> bytes)
    {
        // 1. BOM.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Strict(Utf8Strict, bytes[3..], "UTF-8 (BOM)");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Strict(Utf16LeStrict, bytes[2..], "UTF-16LE (BOM)");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Strict(Utf16BeStrict, bytes[2..], "UTF-16BE (BOM)");
        }

        // 2. UTF-16 without BOM: NUL bytes, or bytes that are not UTF-8, and text that reads as Chinese
        //    only in one byte order.
        var nuls = bytes.Count((byte)0);
        var utf8 = nuls == 0 ? Strict(Utf8Strict, bytes, "UTF-8") : null;
        if (utf8 is null && bytes.Length % 2 == 0)
        {
            var le = Strict(Utf16LeStrict, bytes, "UTF-16LE");
            var be = Strict(Utf16BeStrict, bytes, "UTF-16BE");
            var leScore = le is { } l ? ChineseLikeness(l.Text) : 0;
            var beScore = be is { } b ? ChineseLikeness(b.Text) : 0;
            if (Math.Max(leScore, beScore) >= 0.9)
            {
                return leScore >= beScore ? le : be;
            }
        }

        if (nuls > 0)
        {
            return null;
        }

        // 3. UTF-8.
        if (utf8 is not null)
        {
            return utf8;
        }

        // 4. GB18030 or Big5.
        var gb = Strict(Gb18030Strict, bytes, "GB18030");
        var big5 = Strict(Big5Strict, bytes, "Big5");
        if (gb is null || big5 is null)
        {
            return gb ?? big5;
        }

        return CommonShare(gb.Value.Text, Gb2312, IsCommonGb) >= CommonShare(big5.Value.Text, Big5, IsCommonBig5) ? gb : big5;
    }

    private static (string Text, string Encoding)? Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            return (encoding.GetString(bytes), name);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>
    /// The share of text-like characters: letters, digits, punctuation, symbols, ordinary whitespace — counted by code
    /// point, so that what lies beyond the basic plane (the emoji of a WeChat article 🔸✅, rare ideographs 𠮷) is text too.
    /// </summary>
    private static double TextLikeness(string text)
    {
        int all = 0, good = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            all++;
            if (rune.Value is '\n' or '\r' or '\t' or ' '
                || (!Rune.IsControl(rune) && rune.Value is (< 0xE000 or > 0xF8FF) and < 0xF0000 && Rune.GetUnicodeCategory(rune) != System.Globalization.UnicodeCategory.OtherNotAssigned))
            {
                good++;
            }
        }

        return all == 0 ? 0 : (double)good / all;
    }

    /// <summary>
    /// The share of characters that Chinese documents are made of: ideographs, ASCII, CJK punctuation — and the symbols and
    /// emoji web articles mark their lines with (✅ 🔸 📞), counted by code point.
    /// </summary>
    private static double ChineseLikeness(string text)
    {
        int all = 0, good = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            all++;
            var c = rune.Value;
            if (c is (>= 0x4E00 and <= 0x9FFF) or (>= ' ' and <= '~') or '\n' or '\r' or '\t' or (>= 0x3000 and <= 0x303F) or (>= 0xFF00 and <= 0xFFEF) or (>= 0x2010 and <= 0x2027)
                || (c is (>= 0x2600 and <= 0x27BF) or (>= 0x1F300 and <= 0x1FAFF) && Rune.GetUnicodeCategory(rune) == System.Globalization.UnicodeCategory.OtherSymbol))
            {
                good++;
            }
        }

        return all == 0 ? 0 : (double)good / all;
    }

    private static bool LooksLikeText(string text) => TextLikeness(text) >= 0.98;

    private static bool IsCommonGb(byte lead, byte trail) => lead is >= 0xB0 and <= 0xD7;

    private static bool IsCommonBig5(byte lead, byte trail) => (lead << 8 | trail) is >= 0xA440 and <= 0xC67E;

    /// <summary>The share of a sample's ideographs that <paramref name="encoding"/> counts among its common characters.</summary>
    private static double CommonShare(string text, Encoding encoding, Func<byte, byte, bool> isCommon)
    {
        Span<byte> buffer = stackalloc byte[8];
        int han = 0, common = 0;
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, 20_000)))
        {
            if (c is < '\u4E00' or > '\u9FFF')
            {
                continue;
            }

            han++;
            try
            {
                var n = encoding.GetBytes([c], buffer);
                if (n == 2 && isCommon(buffer[0], buffer[1]))
                {
                    common++;
                }
            }
            catch (EncoderFallbackException)
            {
                // Not in the encoding's repertoire: not common.
            }
        }

        return han == 0 ? 0 : (double)common / han;
    }
}
