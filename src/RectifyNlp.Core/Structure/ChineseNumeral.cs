namespace RectifyNlp.Core.Structure;

/// <summary>Chinese numerals as official documents number their parts (一 … 九十九, 〇/零).</summary>
public static class ChineseNumeral
{
    private const string Digits = "〇一二三四五六七八九";

    /// <summary>Whether <paramref name="c"/> can be part of a Chinese numeral.</summary>
    public static bool IsNumeralChar(char c) => Digits.Contains(c) || c is '十' or '百' or '零' or '两';

    /// <summary>The value of a numeral such as 三, 十二, 二十, 一百零五; <c>null</c> if it is not one.</summary>
    public static int? Parse(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > 6)
        {
            return null;
        }

        int total = 0, current = 0;
        var sawAny = false;
        foreach (var c in text)
        {
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
