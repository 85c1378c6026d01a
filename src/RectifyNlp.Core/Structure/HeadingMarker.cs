using System.Text.RegularExpressions;

namespace RectifyNlp.Core.Structure;

/// <summary>A heading number found at the start of a paragraph, such as <c>（一）</c>.</summary>
/// <param name="Style">The numbering style.</param>
/// <param name="Number">The number without its punctuation: 一, 3, ①.</param>
/// <param name="Marker">The marker exactly as written: 一、, （一）, 3.</param>
/// <param name="Rank">Its usual depth in the official hierarchy, 0 for 第一部分, 1 for 一、, 2 for （一） and 第一方面： …</param>
public sealed record HeadingMarker(NumberingStyle Style, string Number, string Marker, int Rank)
{
    /// <summary>
    /// Numbered in a form of its style set apart from the usual one (壹、 and 〇一 against 一、): a list of its own, one
    /// level below a usual 一、 open above it, so that 二、发现的主要问题 keeps its 壹、贰、 as items.
    /// </summary>
    public bool Variant { get; init; }

    private static readonly Regex Pattern = new(
        @"\G(?:第(?<part>[一二三四五六七八九十]+)(?:部分|章|篇|方面(?=[：:]))" +
        @"|(?<cz>[〇零][一二三四五六七八九](?=[、.]|[ \t\u3000]*(?:\n|$))|一[〇零一二三四五六七八九](?=[ \t\u3000]*(?:\n|$)))[、.]?" +
        @"|(?<cc>[一二三四五六七八九十百]+|[壹贰叁肆伍陆柒捌玖拾佰]+)(?:、|\.(?!\d)|[,，](?=\p{IsCJKUnifiedIdeographs}))" +
        @"|（(?<cp>[一二三四五六七八九十百]+)）" +
        @"|(?<cpi>[\u3220-\u3229])" +
        @"|(?<dd>\d{1,2}\.\d{1,2})(?=[ \t\u3000]*(?![个名人万亿元倍次项件家户亩米天年月日条所座台辆批份篇场期届分吨斤平])\p{IsCJKUnifiedIdeographs})" +
        @"|(?<ad>\d{1,3})(?:[.、](?![\d%])|\.?）|\)(?=[ \t\u3000]*[\p{IsCJKUnifiedIdeographs}“]))" +
        @"|(?<hy>\d{1,2}[-－—]\d{1,2})(?=\s|\p{IsCJKUnifiedIdeographs})" +
        @"|（(?<ap>\d{1,3})）" +
        @"|（(?<rl>i{1,3}|iv|vi{0,3}|ix|x)）" +
        @"|(?<ru>I{1,3}|IV|VI{0,3}|IX|X)[.．、](?!\d)(?=[ \t\u3000]*\p{IsCJKUnifiedIdeographs})" +
        @"|（(?<la>[a-z])）" +
        @"|(?<hs>[甲乙丙丁戊己庚辛壬癸])、(?![甲乙丙丁戊己庚辛壬癸])(?=\p{IsCJKUnifiedIdeographs}|[“「《])" +
        @"|(?<ci>[\u2460-\u2473\u2474-\u2487]))",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>Recognises a heading marker at <paramref name="start"/> in <paramref name="text"/>.</summary>
    public static HeadingMarker? Match(string text, int start)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = Pattern.Match(text, start);
        if (!m.Success)
        {
            return null;
        }

        var marker = m.Value;
        if (m.Groups["part"].Success)
        {
            // 第一方面： names an area of problems, at the depth of （一）…方面 (under 一、存在的主要问题 or ▍发现的问题).
            return new HeadingMarker(NumberingStyle.Part, m.Groups["part"].Value, marker, marker.EndsWith("方面", StringComparison.Ordinal) ? 2 : 0);
        }

        if (m.Groups["cz"].Success)
        {
            // 〇一 / 〇二 alone on a line over the item's text (a notice's layout), 一〇 after 〇九: numbers padded to two digits.
            return ChineseNumeral.ParseDigits(m.Groups["cz"].ValueSpan) is { } padded
                ? new HeadingMarker(NumberingStyle.ChineseComma, ChineseNumeral.Format(padded), marker, 2) { Variant = true }
                : null;
        }

        if (m.Groups["cc"].Success)
        {
            // 壹、 贰、: the capital forms number as 一、 二、 do, and are named by them.
            return ChineseNumeral.Parse(m.Groups["cc"].ValueSpan) is not { } numeral ? null
                : ChineseNumeral.IsPlain(m.Groups["cc"].ValueSpan) ? new HeadingMarker(NumberingStyle.ChineseComma, m.Groups["cc"].Value, marker, 1)
                : new HeadingMarker(NumberingStyle.ChineseComma, ChineseNumeral.Format(numeral), marker, 2) { Variant = true };
        }

        if (m.Groups["cp"].Success)
        {
            return ChineseNumeral.Parse(m.Groups["cp"].ValueSpan) is null ? null
                : new HeadingMarker(NumberingStyle.ChineseParenthesized, m.Groups["cp"].Value, marker, 2);
        }

        if (m.Groups["dd"].Success)
        {
            // 1.1 / 2.3 under 1. / 2.: an item numbered within its part, one level below the part's number — not a figure
            // (1.4个党支部, 2.5 万元: a unit follows those, spaced or not, as pdftotext spaces figures).
            return new HeadingMarker(NumberingStyle.DecimalDot, m.Groups["dd"].Value, marker, 4);
        }

        if (m.Groups["cpi"].Success)
        {
            // ㈠ … ㈩: （一） … （十） set as one character.
            return new HeadingMarker(NumberingStyle.ChineseParenthesized, "一二三四五六七八九十"[m.Groups["cpi"].Value[0] - '\u3220'].ToString(), marker, 2);
        }

        if (m.Groups["ad"].Success)
        {
            return new HeadingMarker(NumberingStyle.ArabicDot, m.Groups["ad"].Value, marker, 3);
        }

        if (m.Groups["hy"].Success)
        {
            // 1-1 / 2-3: an item numbered within its part, as problem lists number them.
            return new HeadingMarker(NumberingStyle.ArabicDot, m.Groups["hy"].Value, marker, 3);
        }

        if (m.Groups["ru"].Success)
        {
            // I. II. III.: a university office's outline, numbered as 一、 二、 are, a list of its own.
            return new HeadingMarker(NumberingStyle.ChineseComma, ChineseNumeral.Format(Roman(m.Groups["ru"].Value)), marker, 1) { Variant = true };
        }

        if (m.Groups["rl"].Success)
        {
            // (i) (ii) (iii) under I.: as （一） （二） are under 一、 (read as Roman, not as the ninth letter: a lettered
            // list seldom runs to i, a Roman one starts there).
            return new HeadingMarker(NumberingStyle.ChineseParenthesized, ChineseNumeral.Format(Roman(m.Groups["rl"].Value.ToUpperInvariant())), marker, 2) { Variant = true };
        }

        if (m.Groups["la"].Success)
        {
            return new HeadingMarker(NumberingStyle.Lettered, (m.Groups["la"].Value[0] - 'a' + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), marker, 4);
        }

        if (m.Groups["hs"].Success)
        {
            // 甲、乙、丙、: the heavenly stems counting items as 1. 2. 3. do.
            return new HeadingMarker(NumberingStyle.Lettered, ("甲乙丙丁戊己庚辛壬癸".IndexOf(m.Groups["hs"].Value[0], StringComparison.Ordinal) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), marker, 3);
        }

        if (m.Groups["ap"].Success)
        {
            return new HeadingMarker(NumberingStyle.ArabicParenthesized, m.Groups["ap"].Value, marker, 4);
        }

        var circled = m.Groups["ci"].Value[0];
        var value = circled >= '\u2474' ? circled - '\u2474' + 1 : circled - '\u2460' + 1;
        return circled >= '\u2474'
            ? new HeadingMarker(NumberingStyle.ArabicParenthesized, value.ToString(), marker, 4)
            : new HeadingMarker(NumberingStyle.Circled, value.ToString(), marker, 5);
    }

    private static int Roman(string numeral)
    {
        var total = 0;
        for (var i = 0; i < numeral.Length; i++)
        {
            var value = Digit(numeral[i]);
            total += i + 1 < numeral.Length && Digit(numeral[i + 1]) > value ? -value : value;
        }

        return total;

        static int Digit(char c) => c switch { 'I' => 1, 'V' => 5, _ => 10 };
    }
}
