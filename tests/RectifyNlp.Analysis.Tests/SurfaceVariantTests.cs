using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using RectifyNlp.Analysis.Evaluation;
using RectifyNlp.Tests;

namespace RectifyNlp.Analysis.Tests;

/// <summary>
/// The surface variants of the development pairs (../shared/dev-pairs): each must say what the original
/// says, differ from it in form, and carry the gold links over through its Map.
/// </summary>
public sealed partial class SurfaceVariantTests
{
    public static readonly TheoryData<string> Pairs = new(Enumerable.Range(1, 12).Select(i => $"a{i:00}"));

    // The pairs whose report answers in sections headed 关于…问题 / 问题：… (a04 answers by number and
    // appends a ledger, a09 is a ledger).
    public static readonly TheoryData<string> SectionedPairs = new("a01", "a02", "a03", "a05", "a06", "a07", "a08", "a10", "a11", "a12");

    // The pairs whose report lists 一是…二是… inside paragraphs.
    public static readonly TheoryData<string> ListingPairs = new("a02", "a05", "a07", "a11", "a12");

    [SkippableTheory]
    [MemberData(nameof(Pairs))]
    public void Halfwidth_leaves_no_fullwidth_stop_comma_colon_or_semicolon_and_every_gold_link_maps_into_it(string id)
    {
        var pair = DevPair.Load(id);
        var variant = Variant(pair, "halfwidth");
        Assert.Equal(pair.Report.Length, variant.Report.Length);
        Assert.DoesNotMatch("[。，：；（）“”]", variant.Report);
        Assert.NotEmpty(pair.Links);
        foreach (var link in pair.Links)
        {
            Assert.Contains(variant.Map(link), variant.Report, StringComparison.Ordinal);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Pairs))]
    public void Every_gold_link_maps_into_every_variant(string id)
    {
        var pair = DevPair.Load(id);
        foreach (var variant in SurfaceVariants.Of(pair.Feedback, pair.Report))
        {
            // hard-wrapped documents that the link may cross a break: analysers join wrapped lines first.
            var text = variant.Name == "hard-wrapped" ? variant.Report.Replace("\n", string.Empty, StringComparison.Ordinal) : variant.Report;
            foreach (var link in pair.Links)
            {
                Assert.True(text.Contains(variant.Map(link), StringComparison.Ordinal), $"{id} {variant.Name}: “{link}” is lost");
            }
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Pairs))]
    public void Every_variant_differs_from_the_original_and_keeps_the_feedback(string id)
    {
        var pair = DevPair.Load(id);
        var variants = SurfaceVariants.Of(pair.Feedback, pair.Report);
        Assert.Equal(variants.Count, variants.Select(v => v.Name).Distinct().Count());
        Assert.True(variants.Count >= 5, $"{id}: only {string.Join(", ", variants.Select(v => v.Name))}");
        foreach (var variant in variants)
        {
            Assert.Equal(pair.Feedback, variant.Feedback);
            if (variant.Name is "gb18030" or "utf16")
            {
                Assert.NotEqual(Encoding.UTF8.GetBytes(pair.Report), Bytes(variant));
            }
            else
            {
                Assert.NotEqual(pair.Report, variant.Report);
                Assert.Equal("utf-8", variant.Encoding.WebName);
            }
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Pairs))]
    public void Reordered_keeps_every_line_modulo_its_number_and_the_numbering_but_changes_the_order(string id)
    {
        var pair = DevPair.Load(id);
        var variant = SurfaceVariants.Of(pair.Feedback, pair.Report).SingleOrDefault(v => v.Name == "reordered");
        if (pair.Feedback is null)
        {
            // Report-only gold numbers the problems in report order: reordering would change the gold.
            Assert.Null(variant);
            return;
        }

        Assert.NotNull(variant);
        var original = NonEmptyLines(pair.Report);
        var reordered = NonEmptyLines(variant.Report);
        Assert.Equal(original.Select(WithoutMarker).Order(StringComparer.Ordinal), reordered.Select(WithoutMarker).Order(StringComparer.Ordinal));
        Assert.NotEqual(original.Select(WithoutMarker), reordered.Select(WithoutMarker));

        // The same markers, and the numbers still run in order: every one is 1 or the one before it plus 1.
        Assert.Equal(original.Select(MarkerOf).Order(StringComparer.Ordinal), reordered.Select(MarkerOf).Order(StringComparer.Ordinal));
        foreach (var style in reordered.Select(MarkerOf).Where(m => m.Length > 0).GroupBy(MarkerStyle))
        {
            var numbers = style.Select(MarkerNumber).ToList();
            Assert.All(numbers.Skip(1).Zip(numbers), p => Assert.True(p.First == 1 || p.First == p.Second + 1, $"{id}: {string.Join(" ", style)}"));
        }

        // Preamble and closing stay in place.
        Assert.Equal(original[0], reordered[0]);
        Assert.Equal(original[^1], reordered[^1]);
    }

    [SkippableFact]
    public void Reordered_reverses_the_answer_level_but_its_last_section_not_the_organisation_or_next_step_sections()
    {
        var pair = DevPair.Load("a01");
        var lines = NonEmptyLines(Variant(pair, "reordered").Report);
        Assert.Equal(
            ["一、整改工作组织情况", "二、反馈问题整改落实情况", "（一）落实全面从严治党方面", "（二）全面履行职能责任方面", "（三）党的建设和整改落实方面", "三、下一步工作打算"],
            lines.Where(l => Regex.IsMatch(l, "^(?:[一二三]、|（[一二三]）)")));
    }

    [SkippableTheory]
    [MemberData(nameof(Pairs))]
    public void Renumbered_changes_every_marker_but_not_the_text_after_it(string id)
    {
        var pair = DevPair.Load(id);
        var variant = Variant(pair, "renumbered");
        var original = pair.Report.Split('\n');
        var renumbered = variant.Report.Split('\n');
        Assert.Equal(original.Length, renumbered.Length);
        var markers = 0;
        for (var i = 0; i < original.Length; i++)
        {
            var before = MarkerOf(original[i]);
            if (before.Length == 0)
            {
                Assert.Equal(original[i], renumbered[i]);
                continue;
            }

            markers++;
            var after = MarkerOf(renumbered[i]);
            Assert.NotEqual(string.Empty, after);
            Assert.NotEqual(before, after);
            Assert.Equal(WithoutMarker(original[i]), WithoutMarker(renumbered[i]));
        }

        Assert.True(markers >= 3);
    }

    [SkippableFact]
    public void Renumbered_gives_each_level_one_style_of_its_own()
    {
        var report = Variant(DevPair.Load("a01"), "renumbered").Report;
        Assert.Contains("第二部分\u3000反馈问题整改落实情况\n\n1.全面履行职能责任方面\n\n1、关于“贯彻落实乡村振兴决策部署有偏差”的问题", report, StringComparison.Ordinal);
        Assert.Contains("\n3.党的建设和整改落实方面\n", report, StringComparison.Ordinal);
        Assert.Contains("\n第三部分\u3000下一步工作打算\n", report, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(SectionedPairs))]
    public void Plain_headings_drop_the_guan_yu_frame_and_nothing_else(string id)
    {
        var pair = DevPair.Load(id);
        var headings = ProblemHeadings(pair.Report);
        if (headings == 0)
        {
            // a06 heads its sections 问题：…, which is not a frame to drop.
            Assert.DoesNotContain(SurfaceVariants.Of(pair.Feedback, pair.Report), v => v.Name == "plain-headings");
            return;
        }

        var variant = Variant(pair, "plain-headings");
        Assert.Equal(0, ProblemHeadings(variant.Report));
        Assert.Equal(pair.Report.Split('\n').Length, variant.Report.Split('\n').Length);
        Assert.Equal(Normalized(pair.Report), Normalized(variant.Report));
    }

    [SkippableTheory]
    [MemberData(nameof(SectionedPairs))]
    public void Label_headings_put_each_problem_under_a_label_and_keep_the_text(string id)
    {
        var pair = DevPair.Load(id);
        var headings = ProblemHeadings(pair.Report);
        if (headings == 0)
        {
            Assert.DoesNotContain(SurfaceVariants.Of(pair.Feedback, pair.Report), v => v.Name == "label-headings");
            return;
        }

        var variant = Variant(pair, "label-headings");
        Assert.Equal(0, ProblemHeadings(variant.Report));
        Assert.Equal(headings, variant.Report.Split('\n').Count(l => Regex.IsMatch(WithoutMarker(l), "^问题[：:]")));
        Assert.Equal(Normalized(pair.Report), Normalized(variant.Report));
    }

    [SkippableFact]
    public void Label_headings_splits_an_inline_heading_from_its_body()
    {
        var report = Variant(DevPair.Load("a02"), "label-headings").Report;
        Assert.Contains("\n（一）问题：违规发放“周末值班补助”\n整改情况：镇党委对2022年以来发放的各类补助进行全面清理，", report, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(ListingPairs))]
    public void Item_lines_put_each_item_on_its_own_line_with_the_same_text(string id)
    {
        var pair = DevPair.Load(id);
        var variant = Variant(pair, "item-lines");
        var items = Items(pair.Report);
        Assert.True(items.Count >= 3);
        Assert.Equal(items, Items(variant.Report));
        Assert.All(ItemMarkers(variant.Report), m => Assert.True(m.AtLineStart, $"{id}: {m.Text} inside a line"));
        Assert.Contains(ItemMarkers(pair.Report), m => !m.AtLineStart);
    }

    [SkippableTheory]
    [MemberData(nameof(ListingPairs))]
    public void Inline_items_join_item_lines_back_into_paragraphs_with_the_same_items(string id)
    {
        var pair = DevPair.Load(id);
        var lines = Variant(pair, "item-lines");
        var joined = SurfaceVariants.Of(pair.Feedback, lines.Report).Single(v => v.Name == "inline-items");
        Assert.Equal(Items(pair.Report), Items(joined.Report));
        Assert.DoesNotContain(ItemMarkers(joined.Report), m => m.AtLineStart && !m.Text.StartsWith('一'));
    }

    [SkippableFact]
    public void Inline_items_join_numbered_items_under_a_heading_but_not_numbered_sections_with_a_body()
    {
        const string report = """
            中共某县农业农村局党组关于巡察整改情况的报告
            一、反馈问题整改情况
            1．关于“违规发放补贴”的问题
            整改措施：违规发放的4.2万元已全部清退。
            二、下一步工作打算
            局党组将重点做好以下工作：
            （1）对未完成的2个问题实行周调度、月通报；
            （2）对已完成的问题开展“回头看”；
            （3）把巡察整改与乡村振兴结合起来
            中共某县农业农村局党组
            2024年8月2日
            """;
        var variant = SurfaceVariants.Of(null, report).Single(v => v.Name == "inline-items");
        Assert.Equal(
            report.Replace("（1）对未完成的2个问题实行周调度、月通报；\n（2）对已完成的问题开展“回头看”；\n（3）把巡察整改与乡村振兴结合起来", "一是对未完成的2个问题实行周调度、月通报；二是对已完成的问题开展“回头看”；三是把巡察整改与乡村振兴结合起来。", StringComparison.Ordinal),
            variant.Report);
        Assert.DoesNotContain(SurfaceVariants.Of(null, DevPair.Load("a01").Report), v => v.Name == "inline-items");
    }

    [SkippableTheory]
    [MemberData(nameof(Pairs))]
    public void Hard_wrapped_lines_are_at_most_36_characters_and_join_back_into_the_report(string id)
    {
        var pair = DevPair.Load(id);
        var variant = Variant(pair, "hard-wrapped");
        var lines = variant.Report.Split('\n');
        Assert.All(lines, l => Assert.True(l.EnumerateRunes().Count() <= SurfaceVariants.WrapWidth, l));
        Assert.Contains(lines, l => l.Length == SurfaceVariants.WrapWidth);
        Assert.True(lines.Length > pair.Report.Split('\n').Length);
        Assert.Equal(pair.Report.Replace("\n", string.Empty, StringComparison.Ordinal), variant.Report.Replace("\n", string.Empty, StringComparison.Ordinal));
    }

    [SkippableTheory]
    [MemberData(nameof(Pairs))]
    public void Encoding_variants_decode_back_to_the_same_text(string id)
    {
        var pair = DevPair.Load(id);
        var gb = Variant(pair, "gb18030");
        Assert.Equal(pair.Report, gb.Report);
        Assert.Equal(pair.Report, DevPair.Gb18030.GetString(Bytes(gb)));
        Assert.Empty(gb.Encoding.GetPreamble());

        var utf16 = Variant(pair, "utf16");
        var bytes = Bytes(utf16);
        Assert.Equal(pair.Report, utf16.Report);
        Assert.Equal([0xFF, 0xFE], bytes[..2]);
        Assert.Equal(pair.Report, new UnicodeEncoding(bigEndian: false, byteOrderMark: false).GetString(bytes, 2, bytes.Length - 2));
    }

    [SkippableTheory]
    [MemberData(nameof(SectionedPairs))]
    public void Ledger_rows_has_one_row_per_answer_section_between_the_preamble_and_the_closing(string id)
    {
        var pair = DevPair.Load(id);
        var ledger = Variant(pair, "ledger-rows").Report.Split('\n');
        var original = pair.Report.Split('\n');
        var header = Array.IndexOf(ledger, "序号\t问题\t整改措施\t责任领导\t责任单位\t整改时限\t完成情况");
        Assert.True(header > 0);
        var rows = ledger.Where(l => l.Count(c => c == '\t') == 6).Skip(1).ToList();
        var sections = ProblemHeadings(pair.Report) + original.Count(l => Regex.IsMatch(WithoutMarker(l), "^问题[：:]"));
        Assert.Equal(sections, rows.Count);
        Assert.Equal(Enumerable.Range(1, rows.Count).Select(n => n.ToString()), rows.Select(r => r.Split('\t')[0]));
        Assert.All(rows, r => Assert.DoesNotMatch("^关于|的问题$", r.Split('\t')[1]));
        Assert.All(rows, r => Assert.NotEqual(string.Empty, r.Split('\t')[2]));
        Assert.Equal(original.Take(header), ledger.Take(header));
        Assert.Equal(original.TakeLast(2), ledger.TakeLast(2));
    }

    [SkippableFact]
    public void Ledger_rows_pulls_owner_deadline_and_status_out_of_their_lines()
    {
        var rows = Variant(DevPair.Load("a01"), "ledger-rows").Report.Split('\n').Where(l => l.StartsWith("1\t", StringComparison.Ordinal) || l.StartsWith("2\t", StringComparison.Ordinal)).ToList();
        var first = rows[0].Split('\t');
        Assert.Equal("贯彻落实乡村振兴决策部署有偏差", first[1]);
        Assert.StartsWith("对2022年度剩余0.8万亩", first[2], StringComparison.Ordinal);
        Assert.DoesNotContain("责任股室", rows[0], StringComparison.Ordinal);
        Assert.Equal("党组成员、副局长周海波", first[3]);
        // The department has a column of its own: a ledger that dropped it would leave an item answered by a department
        // alone without an owner, and the variant would not say what the report says.
        Assert.Equal("农田建设管理股", first[4]);
        Assert.Equal("剩余建设任务2024年10月31日前完成；管护办法2024年7月底前出台并长期执行", first[5]);
        Assert.StartsWith("正在推进。剩余0.8万亩已完工0.52万亩；排查出的沟渠损毁点", first[6], StringComparison.Ordinal);

        // Bracketed fields (a02) and a 责任人 line with an unlabelled status (a08).
        var a02 = Variant(DevPair.Load("a02"), "ledger-rows").Report.Split('\n').Single(l => l.StartsWith("1\t", StringComparison.Ordinal)).Split('\t');
        Assert.Equal(["镇党委副书记张磊", "", "2023年10月31日", "已完成"], a02[3..]);
        Assert.DoesNotContain("责任领导", a02[2], StringComparison.Ordinal);
        var a08 = Variant(DevPair.Load("a08"), "ledger-rows").Report.Split('\n').Single(l => l.StartsWith("3\t", StringComparison.Ordinal)).Split('\t');
        Assert.Equal(["邓国华", "", "2024年12月31日", "正在整改，已按计划召开党员大会2次、开展主题党日活动3次"], a08[3..]);
    }

    [SkippableTheory]
    [InlineData("a04")]
    [InlineData("a09")]
    public void Ledger_rows_is_left_out_when_the_report_already_holds_a_ledger(string id)
    {
        var pair = DevPair.Load(id);
        Assert.DoesNotContain(SurfaceVariants.Of(pair.Feedback, pair.Report), v => v.Name == "ledger-rows");
    }

    private static SurfaceVariant Variant(DevPair pair, string name)
    {
        var variants = SurfaceVariants.Of(pair.Feedback, pair.Report);
        return variants.SingleOrDefault(v => v.Name == name)
            ?? throw new Xunit.Sdk.XunitException($"{pair.Id}: no {name} variant among {string.Join(", ", variants.Select(v => v.Name))}");
    }

    private static byte[] Bytes(SurfaceVariant variant) => [.. variant.Encoding.GetPreamble(), .. variant.Encoding.GetBytes(variant.Report)];

    private static List<string> NonEmptyLines(string text) => [.. text.Split('\n').Where(l => l.Trim().Length > 0)];

    private static string MarkerOf(string line) => Marker().Match(line).Value;

    /// <summary>The marker with its number made generic: （三） → （N）, 2． → 1．.</summary>
    private static string MarkerStyle(string marker) => Regex.Replace(Regex.Replace(marker.Trim(), "[一二三四五六七八九十]+", "N"), @"\d+", "1");

    private static int MarkerNumber(string marker)
    {
        var digits = Regex.Match(marker, @"\d+");
        if (digits.Success)
        {
            return int.Parse(digits.Value);
        }

        var chinese = Regex.Match(marker, "[一二三四五六七八九十]+").Value;
        var ten = chinese.IndexOf('十');
        const string units = "一二三四五六七八九";
        return ten < 0 ? units.IndexOf(chinese[0]) + 1 : ((ten == 0 ? 1 : units.IndexOf(chinese[0]) + 1) * 10) + (ten == chinese.Length - 1 ? 0 : units.IndexOf(chinese[^1]) + 1);
    }

    private static string WithoutMarker(string line) => line[Marker().Match(line).Length..];

    /// <summary>Lines headed 关于“X”的问题 / 关于X的问题 / 针对“X”问题 after a marker.</summary>
    private static int ProblemHeadings(string text) =>
        text.Split('\n').Count(l => MarkerOf(l).Length > 0 && Regex.IsMatch(WithoutMarker(l), "^(?:关于[^，,]+的问题|关于[“\"].+?[”\"]的问题|针对[“\"].+?[”\"]的?问题)(?:[。.：:]|$)"));

    /// <summary>The text without line breaks, quotes, stops and the words headings add or drop.</summary>
    private static string Normalized(string text) =>
        Regex.Replace(text, "关于|的问题|针对|问题[：:]|整改情况[：:]|[\n“”\"‘’。.：:]", string.Empty);

    /// <summary>The 一是…二是… items of the text, each to the next item or the end of its line, without trailing stops.</summary>
    private static List<string> Items(string text)
    {
        var items = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            var matches = ItemMarker().Matches(line);
            for (var k = 0; k < matches.Count; k++)
            {
                var start = matches[k].Index + matches[k].Length;
                var end = k + 1 < matches.Count ? matches[k + 1].Index : line.Length;
                items.Add(matches[k].Value + line[start..end].TrimEnd('；', ';', '，', ',', '。', '.', ' '));
            }
        }

        return items;
    }

    private static List<(string Text, bool AtLineStart)> ItemMarkers(string text) =>
        [.. text.Split('\n').SelectMany(l => ItemMarker().Matches(l).Select(m => (m.Value, l[..m.Index].Trim().Length == 0)))];

    [GeneratedRegex(@"^[ \t\u3000]*(?:第[一二三四五六七八九十]+部分[\u3000 ]?|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.．、](?!\d)|[①-⑳])")]
    private static partial Regex Marker();

    [GeneratedRegex(@"(?<=^[ \t\u3000]*|[，,；;。.：:、）)])[一二三四五六七八九十]{1,3}是")]
    private static partial Regex ItemMarker();

    /// <summary>A development pair: its texts and the measure substrings of its gold links.</summary>
    private sealed record DevPair(string Id, string? Feedback, string Report, IReadOnlyList<string> Links)
    {
        public static Encoding Gb18030 { get; } = LoadGb18030();

        public static DevPair Load(string id)
        {
            SharedData.RequireDevPairs();
            var folder = Path.Combine(SharedData.DevPairs, id);
            var feedbackPath = Path.Combine(folder, "feedback.txt");
            var feedback = File.Exists(feedbackPath) ? File.ReadAllText(feedbackPath, Encoding.UTF8) : null;

            // a03 and a09 are delivered in GB18030, as many units' files are.
            var report = File.ReadAllText(Path.Combine(folder, "report.txt"), id is "a03" or "a09" ? Gb18030 : Encoding.UTF8);
            using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "gold.json")));
            var links = gold.RootElement.GetProperty("links").EnumerateArray().Select(l => l.GetProperty("measure").GetString()!).ToList();
            Assert.All(links, l => Assert.Contains(l, report, StringComparison.Ordinal));
            return new DevPair(id, feedback, report, links);
        }

        private static Encoding LoadGb18030()
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(54936);
        }
    }
}
