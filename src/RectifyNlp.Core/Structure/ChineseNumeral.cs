namespace RectifyNlp.Core.Structure;

/// <summary>
/// Chinese numerals as official documents number their parts (一 … 九十九, 〇/零), also in the capital forms of accounts
/// (壹 … 玖, 拾, 佰) that some opinions number their parts with (壹、 贰、).
/// </summary>
public static class ChineseNumeral
{
    private const string Digits = "〇一二三四五六七八九";

    /// <summary>Whether <paramref name="c"/> can be part of a Chinese numeral.</summary>
    public static bool IsNumeralChar(char c) => Digits.Contains(c) || c is '十' or '百' or '零' or '两' || Capitals.Contains(c);

    // 壹贰叁肆伍陆柒捌玖 for 一 … 九, 拾 for 十, 佰 for 百.
    private const string Capitals = "壹贰叁肆伍陆柒捌玖拾佰";

    /// <summary>Whether <paramref name="text"/> has none of the capital forms (壹, 拾).</summary>
    public static bool IsPlain(ReadOnlySpan<char> text) => text.IndexOfAny(CapitalChars) < 0;

    private static readonly System.Buffers.SearchValues<char> CapitalChars = System.Buffers.SearchValues.Create(Capitals);

    private static char Plain(char c) => Capitals.IndexOf(c) switch
    {
        < 0 => c,
        9 => '十',
        10 => '百',
        var i => Digits[i + 1],
    };

    /// <summary>
    /// The value of a number written digit by digit with Chinese digits, as a marker pads it (〇一, 〇九, 一〇, 一二);
    /// <c>null</c> if it is not one.
    /// </summary>
    public static int? ParseDigits(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > 3)
        {
            return null;
        }

        var value = 0;
        foreach (var c in text)
        {
            var digit = c == '零' ? 0 : Digits.IndexOf(c);
            if (digit < 0)
            {
                return null;
            }

            value = (value * 10) + digit;
        }

        return value > 0 ? value : null;
    }

    /// <summary>The value of a numeral such as 三, 十二, 二十, 一百零五; <c>null</c> if it is not one.</summary>
    public static int? Parse(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > 6)
        {
            return null;
        }

        int total = 0, current = 0;
        var sawAny = false;
        foreach (var raw in text)
        {
            var c = Plain(raw);
            var digit = c == '零' ? 0 : c == '两' ? 2 : Digits.IndexOf(c);
            if (digit >= 0)
            {
                current = digit;
                sawAny = true;
            }
            else if (c == '十')
            {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
                sawAny = true;
            }
            else if (c == '百')
            {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
                sawAny = true;
            }
            else
            {
                return null;
            }
        }

        var value = total + current;
        return sawAny && value > 0 ? value : null;
    }

    /// <summary>The numeral for 1 ≤ <paramref name="value"/> ≤ 999, as documents write it (十一, 二十, 一百零一).</summary>
    public static string Format(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 999);

        var hundreds = value / 100;
        var tens = value / 10 % 10;
        var ones = value % 10;
        var text = string.Empty;
        if (hundreds > 0)
        {
            text += Digits[hundreds] + "百";
            if (tens == 0 && ones > 0)
            {
                text += "零";
            }
        }

        if (tens > 0)
        {
            text += (tens == 1 && hundreds == 0 ? string.Empty : Digits[tens].ToString()) + "十";
        }

        if (ones > 0)
        {
            text += Digits[ones];
        }

        return text;
    }
}
