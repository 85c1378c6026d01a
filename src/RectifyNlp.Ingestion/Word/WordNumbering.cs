using DocumentFormat.OpenXml.Wordprocessing;
using RectifyNlp.Core.Structure;

namespace RectifyNlp.Ingestion.Word;

/// <summary>
/// Renders Word's automatic numbering to the text a reader sees (一、 （一） 1. ①), keeping a counter
/// per list and level as Word does: lists that share an abstract definition continue each other unless
/// an instance restarts a level, and a level's counter restarts under each new item above it.
/// Labels are bounded whatever the file says: letters up to ZZ…Z (780, as Word), Roman numerals up to 3999, decimal
/// beyond; a label longer than <see cref="MaxLabelLength"/> characters is cut there.
/// </summary>
internal sealed class WordNumbering
{
    /// <summary>The longest label rendered; real ones (一、 （一） 1.1.2) are a few characters.</summary>
    public const int MaxLabelLength = 32;

    private const int MaxLetterValue = 26 * 30;

    private const int MaxRomanValue = 3999;

    private readonly Dictionary<int, NumberingInstance> _instances = [];
    private readonly Dictionary<int, AbstractNum> _abstracts = [];
    private readonly Dictionary<int, int?[]> _counters = [];
    private readonly HashSet<int> _restarted = [];

    public WordNumbering(Numbering? numbering)
    {
        if (numbering is null)
        {
            return;
        }

        foreach (var a in numbering.Elements<AbstractNum>())
        {
            if (a.AbstractNumberId?.Value is { } id)
            {
                _abstracts[id] = a;
            }
        }

        foreach (var n in numbering.Elements<NumberingInstance>())
        {
            if (n.NumberID?.Value is { } id)
            {
                _instances[id] = n;
            }
        }
    }

    /// <summary>The visible number of the next paragraph of list <paramref name="numId"/> at <paramref name="level"/>, or empty.</summary>
    public string Next(int numId, int level)
    {
        if (numId == 0 || !_instances.TryGetValue(numId, out var instance)
            || instance.AbstractNumId?.Val?.Value is not { } abstractId
            || !_abstracts.TryGetValue(abstractId, out var definition)
            || level is < 0 or > 8)
        {
            return string.Empty;
        }

        var levels = new Level?[9];
        foreach (var l in definition.Elements<Level>())
        {
            if (l.LevelIndex?.Value is { } i and >= 0 and <= 8)
            {
                levels[i] = l;
            }
        }

        var overrides = instance.Elements<LevelOverride>().ToList();
        foreach (var o in overrides)
        {
            if (o.LevelIndex?.Value is { } i and >= 0 and <= 8 && o.Level is { } replacement)
            {
                levels[i] = replacement;
            }
        }

        if (!_counters.TryGetValue(abstractId, out var counters))
        {
            counters = new int?[9];
            _counters[abstractId] = counters;
        }

        // An instance that restarts a level does so the first time it is used.
        if (_restarted.Add(numId))
        {
            foreach (var o in overrides)
            {
                if (o.LevelIndex?.Value is { } i and >= 0 and <= 8 && o.StartOverrideNumberingValue?.Val?.Value is { } start)
                {
                    counters[i] = start - 1;
                }
            }
        }

        counters[level] = (counters[level] ?? Start(levels[level]) - 1) + 1;
        for (var deeper = level + 1; deeper < 9; deeper++)
        {
            counters[deeper] = null;
        }

        var current = levels[level];
        if (current is null || IsFormat(current, NumberFormatValues.Bullet) || IsFormat(current, NumberFormatValues.None))
        {
            return string.Empty;
        }

        var pattern = current.LevelText?.Val?.Value ?? string.Empty;
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < pattern.Length && text.Length < MaxLabelLength; i++)
        {
            if (pattern[i] == '%' && i + 1 < pattern.Length && pattern[i + 1] is >= '1' and <= '9')
            {
                var k = pattern[i + 1] - '1';
                var value = counters[k] ?? Start(levels[k]);
                text.Append(Format(value, current.IsLegalNumberingStyle is not null && k != level ? null : levels[k]));
                i++;
            }
            else
            {
                text.Append(pattern[i]);
            }
        }

        return text.Length > MaxLabelLength ? text.ToString(0, MaxLabelLength) : text.ToString();
    }

    private static int Start(Level? level) => level?.StartNumberingValue?.Val?.Value ?? 1;

    private static bool IsFormat(Level level, NumberFormatValues format) => level.NumberingFormat?.Val?.Value == format;

    /// <summary>A counter in a level's number format; decimal when the format is unknown.</summary>
    internal static string Format(int value, Level? level)
    {
        var format = level?.NumberingFormat?.Val?.Value;
        if (value < 1)
        {
            return value.ToString();
        }

        if (format == NumberFormatValues.ChineseCounting || format == NumberFormatValues.ChineseCountingThousand
            || format == NumberFormatValues.TaiwaneseCounting || format == NumberFormatValues.TaiwaneseCountingThousand)
        {
            return value <= 999 ? ChineseNumeral.Format(value) : value.ToString();
        }

        if (format == NumberFormatValues.ChineseLegalSimplified)
        {
            return value <= 10 ? "壹贰叁肆伍陆柒捌玖拾"[value - 1].ToString() : value.ToString();
        }

        if (format == NumberFormatValues.IdeographTraditional)
        {
            return value <= 10 ? "甲乙丙丁戊己庚辛壬癸"[value - 1].ToString() : value.ToString();
        }

        if (format == NumberFormatValues.DecimalEnclosedCircle || format == NumberFormatValues.DecimalEnclosedCircleChinese)
        {
            return value <= 20 ? ((char)('\u2460' + value - 1)).ToString() : value.ToString();
        }

        if (format == NumberFormatValues.DecimalEnclosedParen)
        {
            return value <= 20 ? ((char)('\u2474' + value - 1)).ToString() : value.ToString();
        }

        if (format == NumberFormatValues.DecimalFullWidth || format == NumberFormatValues.DecimalFullWidth2)
        {
            return string.Concat(value.ToString().Select(d => (char)(d + 0xFEE0)));
        }

        if ((format == NumberFormatValues.UpperLetter || format == NumberFormatValues.LowerLetter) && value <= MaxLetterValue)
        {
            var letter = (char)('A' + (value - 1) % 26);
            var repeated = new string(letter, (value - 1) / 26 + 1);
            return format == NumberFormatValues.LowerLetter ? repeated.ToLowerInvariant() : repeated;
        }

        if ((format == NumberFormatValues.UpperRoman || format == NumberFormatValues.LowerRoman) && value <= MaxRomanValue)
        {
            var roman = Roman(value);
            return format == NumberFormatValues.LowerRoman ? roman.ToLowerInvariant() : roman;
        }

        return value.ToString();
    }

    private static string Roman(int value)
    {
        (int Value, string Numeral)[] table =
            [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var text = new System.Text.StringBuilder();
        foreach (var (v, n) in table)
        {
            while (value >= v)
            {
                text.Append(n);
                value -= v;
            }
        }

        return text.ToString();
    }
}
