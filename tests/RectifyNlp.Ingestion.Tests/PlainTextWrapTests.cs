using RectifyNlp.Core.Documents;
using RectifyNlp.Ingestion.PlainText;

namespace RectifyNlp.Ingestion.Tests;

/// <summary>Hard-wrapped text (a PDF's text layer saved as .txt, a tool that breaks every N characters) reads as its paragraphs.</summary>
public class PlainTextWrapTests
{
    private const string Report =
        "区统计局党组关于巡察整改情况的报告\n" +
        "一、关于统计数据审核把关不严的问题\n" +
        "责任领导：分管副局长；完成时限：2024年6月底。对2023年以来上报的12类统计报表逐表复核，更正差错数据37处，建立数据质量三级审核制度。\n" +
        "对审核把关不严的统计股负责人进行提醒谈话，责令作出书面检查。已完成。\n" +
        "二、关于统计执法检查开展不够的问题\n" +
        "制定年度统计执法检查计划，对全区规模以上企业开展“双随机”抽查，抽查比例由5%提高到15%，发现的问题逐一下达整改通知书。\n" +
        "区统计局党组\n" +
        "2024年7月10日";

    private static string[] Paragraphs(string text)
    {
        var raw = PlainTextReader.FromText(text, "report.txt", SourceFormat.Text, []);
        var parsed = Parsing.Parser.Parse(raw);
        return [.. parsed.Text.Paragraphs.Select(p => p.Span.Slice(parsed.Text.Text))];
    }

    // Every line longer than width characters broken every width characters, as the tool writes it.
    private static string WrapByCharacters(string text, int width) => string.Join('\n', text.Split('\n').SelectMany(line =>
        Enumerable.Range(0, Math.Max(1, (line.Length + width - 1) / width)).Select(k => line.Substring(k * width, Math.Min(width, line.Length - (k * width))))));

    [Theory]
    [InlineData(24)]
    [InlineData(28)]
    [InlineData(36)]
    // Not every width: a break that falls right after 。 (at 30 here) cannot be told from a paragraph's end, and
    // the paragraph reads as two (their sentences are the same).
    public void A_file_wrapped_every_N_characters_reads_as_the_unwrapped_one(int width)
    {
        Assert.Equal(Paragraphs(Report), Paragraphs(WrapByCharacters(Report, width)));
    }

    // A feedback's text layer wrapped at 56 display columns, each paragraph's first line short of it by its dropped
    // first-line indent (the form of dev67 p06, in words of our own).
    private const string IndentDropped =
        "县委第二巡察组关于巡察县水利工程管理站党支部的反馈\n" +
        "意见\n" +
        "县水利工程管理站党支部：\n" +
        "根据县委统一部署，2024年5月13日至6月21日，县委第二\n" +
        "巡察组对县水利工程管理站党支部进行了常规巡察。巡察期间，\n" +
        "巡察组与38名干部职工进行了个别谈话，调阅了2021年以来的会\n" +
        "议记录和财务凭证。现将巡察发现的问题反馈如下。\n" +
        "一、巡察发现的主要问题\n" +
        "1．堤防巡查制度执行不严。2023年汛期，站里对3段重点\n" +
        "堤防的夜间巡查计划执行不到一半，巡查日志有9天空白；群众\n" +
        "反映的5处渗水险情，有2处未及时处置。\n" +
        "2．工程维修项目管理不规范。同类维修项目的单价从120\n" +
        "元到960元不等，且无集体研究记录；2023年完成的24个维修项\n" +
        "目中，有7个未按规定组织验收。\n" +
        "3．水费收缴管理混乱。应收水费没有建立台账，2023年有\n" +
        "43户用水户欠缴水费，合计5.6万元，站里未组织催缴。\n" +
        "请站党支部在反馈之日起三个月内报送整改情况报告。\n" +
        "县委第二巡察组\n" +
        "2024年7月30日";

    [Fact]
    public void A_paragraphs_first_line_short_by_its_dropped_indent_is_still_a_wrap()
    {
        var paragraphs = Paragraphs(IndentDropped);
        Assert.Contains(paragraphs, p => p.Contains("工程维修项目管理不规范", StringComparison.Ordinal) && p.Contains("单价从120元到960元不等", StringComparison.Ordinal) && p.EndsWith("有7个未按规定组织验收。", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.StartsWith("元到960元", StringComparison.Ordinal));
        Assert.Contains("县委第二巡察组", paragraphs);
    }

    [Theory]
    [InlineData("— 1 —", "区统计局党组整改报告")] // a header seen once, where the text broke off mid-sentence
    [InlineData("-1-", "")]
    [InlineData("第1页 共2页", "区统计局党组整改报告")]
    public void Page_numbers_and_running_headers_copied_out_of_a_PDF_are_dropped_and_the_broken_paragraph_joins_again(string pageNumber, string header)
    {
        var lines = WrapByCharacters(Report, 28).Split('\n').ToList();
        var at = lines.FindIndex(l => l.StartsWith("制定年度统计执法检查计划", StringComparison.Ordinal)) + 1; // the page ends mid-sentence
        lines.InsertRange(at, header.Length > 0 ? ["", pageNumber, "", header] : ["", pageNumber, ""]);
        var paragraphs = Paragraphs(string.Join('\n', lines));
        Assert.Equal(Paragraphs(Report), paragraphs);
    }

    [Fact]
    public void A_header_seen_once_is_dropped_where_the_page_broke_off_after_a_closing_quote_mid_sentence()
    {
        // published30 x02's form, in words of our own: the page ends on 以“仓储奖励” (a quote closed, no stop before it), the
        // next page opens with its header, seen once, then 名义违规发放…… goes on with the sentence.
        var text = string.Join('\n',
            "　　第二，购销环节廉政风险防控存在漏洞。另外，巡视还发现，局属事业单位以“仓储奖励”",
            "",
            "— 1 —",
            "",
            "蘅江省委巡视工作领导小组办公室　　内部资料　注意保存",
            "",
            "名义违规发放津贴补贴，涉及资金37万余元。",
            "　　第三，落实全面从严治党主体责任层层递减。");
        var paragraphs = Paragraphs(text);
        Assert.DoesNotContain(paragraphs, p => p.Contains("内部资料", StringComparison.Ordinal));
        Assert.Contains("名义违规发放津贴补贴，涉及资金37万余元。", paragraphs);
    }

    [Fact]
    public void A_wrapped_body_line_after_a_page_number_is_kept_even_when_it_is_short()
    {
        // The line after the page number has stops inside: the body's, not a header.
        var lines = WrapByCharacters(Report, 28).Split('\n').ToList();
        var at = lines.FindIndex(l => l.StartsWith("制定年度统计执法检查计划", StringComparison.Ordinal)) + 1;
        lines.InsertRange(at, ["", "— 1 —", ""]);
        Assert.Contains(Paragraphs(string.Join('\n', lines)), p => p.Contains("抽查比例由5%提高到15%", StringComparison.Ordinal));
    }

    [Fact]
    public void A_ledger_pasted_one_cell_a_line_keeps_its_numbers()
    {
        var paragraphs = Paragraphs("问题清单\n序号\n问题\n1\n统计数据审核把关不严\n2\n统计执法检查开展不够");
        Assert.Contains("1", paragraphs);
        Assert.Contains("2", paragraphs);
    }

    [Fact]
    public void A_number_broken_over_two_lines_stays_one_number()
    {
        var wrapped = WrapByCharacters(Report, 28);
        Assert.Contains("20\n23", wrapped, StringComparison.Ordinal); // the break falls inside 2023 at this width
        Assert.Contains(Paragraphs(wrapped), p => p.Contains("对2023年以来", StringComparison.Ordinal));
    }

    [Fact]
    public void A_decimal_broken_before_its_point_or_its_percent_sign_stays_one_number()
    {
        // A PDF's text layer may break 20.8万元 as 20 | .8万元: no space may come between them when the lines are joined.
        var text = Report.Replace("更正差错数据37处", "核减虚报产值20.8万元", StringComparison.Ordinal);
        var widths = Enumerable.Range(16, 30).Where(w => WrapByCharacters(text, w).Contains("20\n.8", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(widths);
        Assert.All(widths, w => Assert.Contains(Paragraphs(WrapByCharacters(text, w)), p => p.Contains("核减虚报产值20.8万元", StringComparison.Ordinal)));

        // And a percentage broken before its sign (5 | %的比例).
        var rate = Report.Replace("更正差错数据37处", "按5%的比例重新抽检", StringComparison.Ordinal);
        var rateWidths = Enumerable.Range(16, 30).Where(w => WrapByCharacters(rate, w).Contains("5\n%", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(rateWidths);
        Assert.All(rateWidths, w => Assert.Contains(Paragraphs(WrapByCharacters(rate, w)), p => p.Contains("按5%的比例重新抽检", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(18)]
    [InlineData(24)]
    public void A_quote_closed_mid_sentence_at_the_wrap_width_does_not_end_the_paragraph(int width)
    {
        // 设置“微心愿认领”“周末志愿岗”| 等服务项目14个: the line ends on a closing quote, but no full stop comes before it.
        var wrapped = WrapByCharacters(Report.Replace("建立数据质量三级审核制度", "设置“数据质量”“源头核查”等审核环节14个", StringComparison.Ordinal), width);
        Assert.Contains("“源头核查”\n等审核环节", wrapped, StringComparison.Ordinal); // the break falls after the quote at this width
        Assert.Contains(Paragraphs(wrapped), p => p.Contains("“源头核查”等审核环节14个", StringComparison.Ordinal));
    }

    [Fact]
    public void A_line_that_opens_with_closing_punctuation_continues_the_line_above_even_in_a_short_file()
    {
        var paragraphs = Paragraphs("区科技局党组关于巡察整改情况的报告\n一、科技经费被挪用问题\n对挪用经费的2个项目追回科研经费18万元，取消承担单位三年内项目申报资格\n。\n二、中心组学习问题\n将理论学习纳入党组会议第一议题");
        Assert.Contains("对挪用经费的2个项目追回科研经费18万元，取消承担单位三年内项目申报资格。", paragraphs);
    }

    [Fact]
    public void A_file_of_one_paragraph_a_line_is_not_joined_even_when_its_long_lines_share_a_length()
    {
        // Each line ends a sentence: lines of similar length are paragraphs, not wraps.
        var text = string.Join('\n', Enumerable.Range(1, 8).Select(i => $"第{i}项措施已经全部落实到位，相关制度已印发执行，整改台账已经销号。"));
        Assert.Equal(8, Paragraphs(text).Length);
    }

    // A report as a PDF's text layer gives it: a title filling the width, fields broken after 责任部门：, and a
    // ledger whose rows run over two lines, each continuation holding the rest of the row's cells.
    private const string LedgerReport =
        "区水利局党组关于区委第二巡察组巡察反馈意见整改进展情况的报告\n" +
        "区委巡察工作领导小组：\n" +
        "2024年5月8日，区委第二巡察组向局党组反馈了巡察意见，局党组逐条制定整改措施，明确责任领导和完成时限。\n" +
        "一、关于小型水库安全管理不到位的问题\n" +
        "对全区23座小型水库逐库开展安全鉴定，落实三个责任人，修订《小型水库运行管理办法》。（责任领导：党组成员、副局长许文；责任部门：运行管理科；完成时限：2024年8月31日）\n" +
        "二、关于工程资金拨付审核不严的问题\n" +
        "对2023年拨付的工程资金逐笔复核，追回超拨资金6.3万元；对审核把关不严的财务人员进行批评教育。（责任领导：局长陈敏；责任部门：计划财务科；完成时限：2024年7月31日）\n" +
        "整改任务台账如下：\n" +
        "序号\t问题\t整改措施\t责任领导\t完成时限\t完成情况\n" +
        "1\t小型水库安全管理不到位\t逐库开展安全鉴定，落实三个责任人，修订运行管理办法\t许文\t2024年8月31日\t正在推进\n" +
        "2\t工程资金拨付审核不严\t逐笔复核工程资金，追回超拨资金6.3万元，批评教育财务人员\t陈敏\t2024年7月31日\t已完成\n" +
        "区水利局党组\n" +
        "2024年8月2日";

    [Fact]
    public void In_a_wrapped_file_ledger_rows_fields_after_a_colon_and_the_title_read_as_unwrapped()
    {
        var wrapped = WrapByCharacters(LedgerReport, 30);
        Assert.Contains("\t许文\t", wrapped.Replace("\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(Paragraphs(LedgerReport), Paragraphs(wrapped));
    }

    [Fact]
    public void A_table_introduced_by_a_colon_at_the_wrap_width_is_not_joined_to_it()
    {
        var wrapped = WrapByCharacters(LedgerReport, 30);
        var paragraphs = Paragraphs(wrapped);
        Assert.Contains(paragraphs, p => p.StartsWith("序号\t问题\t", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("1\t小型水库安全管理不到位\t", StringComparison.Ordinal) && p.EndsWith("正在推进", StringComparison.Ordinal));
        Assert.Equal("区水利局党组关于区委第二巡察组巡察反馈意见整改进展情况的报告", paragraphs[0]);
    }

    // The ledger as a Word table pasted or exported as text writes it: cells split by " | ".
    private static string BarLedger => LedgerReport.Replace("\t", " | ", StringComparison.Ordinal);

    [Theory]
    [InlineData(30)]
    [InlineData(36)]
    public void In_a_wrapped_file_a_ledger_with_bars_keeps_one_row_a_paragraph_however_its_header_and_cells_wrap(int width)
    {
        var paragraphs = Paragraphs(WrapByCharacters(BarLedger, width));
        Assert.Equal(Paragraphs(BarLedger), paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("序号 | 问题 | 整改措施", StringComparison.Ordinal) && p.EndsWith("完成情况", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("2 | 工程资金拨付审核不严", StringComparison.Ordinal) && p.EndsWith("已完成", StringComparison.Ordinal));
    }

    [Fact]
    public void Ledger_rows_longer_than_the_text_around_them_are_not_taken_for_wrapped_lines()
    {
        // Rows one a line, each far longer than the report's other lines and none ending with a stop (已完成): a file
        // of one paragraph a line all the same, so every row stays a paragraph of its own.
        var rows = string.Join('\n', Enumerable.Range(1, 6).Select(n =>
            $"{n} | 第{n}项问题：工程资金拨付审核不严，2023年有{n + 2}笔资金未经复核即拨付 | ①逐笔复核资金{n}笔。②修订《资金拨付审核办法》，实行两级审核。③对经办人员进行批评教育。 | 副局长许文 | 计划财务科 | 2024年7月31日 | 已完成"));
        var text = "区水利局党组关于巡察整改情况的报告\n区委第二巡察组：\n现将整改情况报告如下。\n附件\n整改台账\n序号 | 反馈问题 | 整改措施 | 责任领导 | 责任部门 | 完成时限 | 完成情况\n" + rows + "\n区水利局党组\n2024年8月2日";
        var paragraphs = Paragraphs(text);
        Assert.Equal(6, paragraphs.Count(p => p.EndsWith("| 已完成", StringComparison.Ordinal)));
        Assert.Contains(paragraphs, p => p.StartsWith("6 | 第6项问题", StringComparison.Ordinal));
    }

    [Fact]
    public void Lines_opening_with_a_bullet_are_items_of_their_own_whatever_their_width()
    {
        // A village notice board's list: every line filled alike, none closed by a stop.
        var notice = string.Join('\n',
            "蓼塘村村务公开栏",
            "县委第五巡察组对蓼塘村党支部巡察反馈意见公开",
            "巡察组肯定了村“两委”在道路硬化方面做的工作。同时指出了以下问题：",
            "一、巡察反馈问题",
            "□ 村集体经济收入单一，主要靠厂房出租",
            "□ 厂房出租未经村民代表会议表决",
            "□ 村务监督委员会没有发挥作用，记录空白",
            "□ 低保评议把关不严，有2户条件明显不符",
            "□ 党员积分管理停在纸面，两年未评",
            "二、巡察期间已立行立改",
            "■ 村部门前路灯损坏3盏，已修复",
            "■ 公开栏内容过期，已更新",
            "三、整改要求",
            "□ 村党支部书记对整改负总责",
            "□ 厂房租赁合同重新按程序公开",
            "□ 低保对象逐户复核，不符合的及时清退",
            "□ 每月召开一次整改推进会",
            "蓼塘村党支部");
        var paragraphs = Paragraphs(notice);
        Assert.Equal(11, paragraphs.Count(p => p[0] is '□' or '■'));
        Assert.Contains("□村务监督委员会没有发挥作用，记录空白", paragraphs);
        Assert.Contains("■公开栏内容过期，已更新", paragraphs);
    }

    [Fact]
    public void A_table_drawn_with_box_characters_reads_one_row_a_paragraph_its_wrapped_cells_joined()
    {
        const string Text =
            "巡察发现问题一览如下：\n" +
            "┌──────┬──────────────────┐\n" +
            "│问题类别　　│具体问题　　　　　　　　　　　　　│\n" +
            "├──────┼──────────────────┤\n" +
            "│财务管理　　│食堂采购未走比价程序，2024年有　　│\n" +
            "│　　　　　　│6笔大宗采购无询价记录。　　　　　│\n" +
            "├──────┼──────────────────┤\n" +
            "│　　　　　　│公务用车节假日未封存，有3次私　　│\n" +
            "│　　　　　　│用记录。　　　　　　　　　　　　　│\n" +
            "└──────┴──────────────────┘\n" +
            "巡察组要求，对表中问题逐条整改。";
        var raw = PlainTextReader.FromText(Text, "feedback.txt", SourceFormat.Text, []);
        Assert.Equal(
            ["巡察发现问题一览如下：", "问题类别 | 具体问题", "财务管理 | 食堂采购未走比价程序，2024年有6笔大宗采购无询价记录。", "〃 | 公务用车节假日未封存，有3次私用记录。", "巡察组要求，对表中问题逐条整改。"],
            raw.Paragraphs.Select(p => p.Text));
        Assert.Equal([false, true, true, true, false], raw.Paragraphs.Select(p => p.IsTableRow));
    }

    private const string LeaderAndTimeLedger =
        "区水利局党组关于巡察整改情况的报告\n" +
        "区委第二巡察组：\n" +
        "现将整改情况报告如下。局党组高度重视巡察反馈意见，逐项建立整改台账，明确责任人和完成时限，完成一项销号一项，各项整改工作有序推进。\n" +
        "序号 | 反馈问题 | 整改措施 | 责任人及时限\n" +
        "1 | 工程资金拨付审核不严，2023年有5笔资金未经复核即拨付 | 逐笔复核资金5笔，修订《资金拨付审核办法》，实行两级审核 | 副局长许文；2024年7月31日\n" +
        "2 | 公务接待管理不规范，9次接待无公函 | 清理9次无公函接待，超标准部分由经办人退回，修订《公务接待管理办法》 | 局长韩松；2024年6月30日\n" +
        "3 | 干部档案审核不严，8卷档案信息前后不一致 | 逐卷复核8卷档案，补齐佐证材料，建立档案专审台账 | 副局长许文；2024年8月31日\n" +
        "区水利局党组\n" +
        "2024年9月2日";

    [Theory]
    [InlineData(25)]
    [InlineData(36)]
    public void In_a_wrapped_file_a_rows_last_cell_broken_over_a_line_stays_in_its_row(int width)
    {
        // Every cell counted, the row's last cell (副局长许文；2024年7月31日) still goes on into the next line, which has no
        // bar of its own, before the next row.
        var paragraphs = Paragraphs(WrapByCharacters(LeaderAndTimeLedger, width));
        Assert.Contains(paragraphs, p => p.StartsWith("1 | 工程资金拨付审核不严", StringComparison.Ordinal) && p.EndsWith("副局长许文；2024年7月31日", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("2 | 公务接待管理不规范", StringComparison.Ordinal) && p.EndsWith("局长韩松；2024年6月30日", StringComparison.Ordinal));
    }

    [Fact]
    public void A_ledger_set_out_by_spaces_whose_cells_wrap_onto_lines_of_their_own_reads_one_row_a_paragraph()
    {
        const string Text =
            "附件：整改台账\n" +
            "序号　  反馈问题　　　　  整改措施　　　　　　　　　　  责任人　　　　  完成时限\n" +
            "\n" +
            "1　　   公务接待管理不  清理9次无公函接待，超标准部分  副局长许文　　  2025年6月30日\n" +
            "　　　  规范　　　　　  由经办人退回；修订《公务接待\n" +
            "　　　  　　　　　　　  管理办法》。\n" +
            "\n" +
            "2　　   干部档案审核不  逐卷复核8卷档案，补齐佐证材料  局长韩松　　　  2025年5月31日\n" +
            "　　　  严　　　　　　  ，建立档案专审台账。\n" +
            "\n" +
            "区水利局党组";
        var raw = PlainTextReader.FromText(Text, "report.txt", SourceFormat.Text, []);
        Assert.Equal(
            ["附件：整改台账", "序号 | 反馈问题 | 整改措施 | 责任人 | 完成时限",
             "1 | 公务接待管理不规范 | 清理9次无公函接待，超标准部分由经办人退回；修订《公务接待管理办法》。 | 副局长许文 | 2025年6月30日",
             "2 | 干部档案审核不严 | 逐卷复核8卷档案，补齐佐证材料，建立档案专审台账。 | 局长韩松 | 2025年5月31日", "区水利局党组"],
            raw.Paragraphs.Select(p => p.Text).Where(t => t.Trim().Length > 0));
    }

    [Fact]
    public void Lines_a_screenshot_repeats_from_the_one_before_are_read_once()
    {
        // published32 x09's form (two phone screenshots OCR'd in a row: the second repeats the first's last lines under its
        // own status bar), in words of our own.
        const string Text =
            "巡察组指出，村党支部在人居环境整治方面做了一些工作，\n" +
            "但巡察也发现了问题。村集体资产管理混乱，\n" +
            "8亩集体果园承包合同到期后仍由\n" +
            "原承包人使用，两年未收承包费。同\n" +
            "\n" +
            "09:12 令 88\n" +
            "< 蕙溪清风 ···\n" +
            "8亩集体果园承包合同到期后仍由\n" +
            "原承包人使用，两年未收承包费。同\n" +
            "时，惠民政策落实存在偏差。";
        var joined = string.Concat(Paragraphs(Text));
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(joined, "8亩集体果园"));
        Assert.Contains("两年未收承包费。同时，惠民政策", joined.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("09:12", joined, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_said_twice_for_emphasis_far_apart_is_kept()
    {
        const string Text = "一、总体评价\n班子团结，工作有序推进。\n二、存在问题\n班子团结，工作有序推进。\n三、整改要求";
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(string.Concat(Paragraphs(Text)), "班子团结"));
    }

    [Fact]
    public void A_ledger_set_out_by_spaces_between_rules_of_dashes_reads_one_row_a_paragraph()
    {
        // dev102 p03's form (a small unit's table drawn with spaces and ------ rules between its rows, headed in plain words),
        // in words of our own.
        const string Text =
            "列了下面这张表。\n" +
            "\n" +
            "--------------------------------------------------------------------------\n" +
            "序号  问题              怎么改的                          负责人    完成时间\n" +
            "--------------------------------------------------------------------------\n" +
            "1     支部作用没发挥    支部会和理事会分开开，每月10号晚  聂长林    长期坚持\n" +
            "                        上开支部会\n" +
            "--------------------------------------------------------------------------\n" +
            "2     锅炉没年检        两台锅炉7月已请县特种设备检验所  锅炉工老菅  7月底前\n" +
            "                        检验，合格\n" +
            "--------------------------------------------------------------------------\n" +
            "\n" +
            "这张表已经贴在门口的公开栏。";
        var raw = PlainTextReader.FromText(Text, "report.txt", SourceFormat.Text, []);
        Assert.Equal(
            ["列了下面这张表。", "序号 | 问题 | 怎么改的 | 负责人 | 完成时间",
             "1 | 支部作用没发挥 | 支部会和理事会分开开，每月10号晚上开支部会 | 聂长林 | 长期坚持",
             "2 | 锅炉没年检 | 两台锅炉7月已请县特种设备检验所检验，合格 | 锅炉工老菅 | 7月底前", "这张表已经贴在门口的公开栏。"],
            raw.Paragraphs.Select(p => p.Text).Where(t => t.Trim().Length > 0));
    }

    [Theory]
    [InlineData(32, true)]
    [InlineData(33, false)]
    public void A_drawn_table_is_read_up_to_its_column_limit(int columns, bool table)
    {
        var rule = "├" + string.Join("┼", Enumerable.Repeat("──", columns)) + "┤";
        var row = "│" + string.Join("│", Enumerable.Range(1, columns).Select(n => $"第{n}列")) + "│";
        var raw = PlainTextReader.FromText(string.Join('\n', rule, row, rule, row, rule), "feedback.txt", SourceFormat.Text, []);
        Assert.Equal(table, raw.Paragraphs.Any(p => p.IsTableRow));
    }

    // A WeChat article set out in short lines, each paragraph a block between blank lines (published36 x08's form), in words of
    // our own.
    private const string ShortLines =
        "巡察反馈｜荭溪镇：问题清单摆上桌\n\n" +
        "6月12日，\n县委第三巡察组\n向荭溪镇党委反馈巡察情况。\n\n" +
        "巡察组看到了进步——\n村村通了硬化路，\n卫生院新添了CT机。\n\n" +
        "但问题，也摆在那里。\n\n" +
        "村级“小微权力清单”印发了，\n可7个村至今没有张贴公开。\n\n" +
        "镇财政所的报销单据，\n有11张没有经办人签字。\n\n" +
        "农机补贴的公示，\n只贴了三天就撕掉了，\n群众说根本没看到。\n\n" +
        "巡察组说，\n这些问题，\n都要一项一项改到位。\n\n" +
        "— END —";

    [Fact]
    public void A_text_set_out_in_short_lines_reads_a_block_between_blank_lines_as_one_paragraph()
    {
        var paragraphs = Paragraphs(ShortLines);
        Assert.Contains("村级“小微权力清单”印发了，可7个村至今没有张贴公开。", paragraphs);
        Assert.Contains("农机补贴的公示，只贴了三天就撕掉了，群众说根本没看到。", paragraphs);
        Assert.Contains("但问题，也摆在那里。", paragraphs);
    }

    [Fact]
    public void A_text_of_one_paragraph_a_line_with_blank_lines_between_is_not_read_as_short_lines()
    {
        // Headings and labelled fields follow each other without blank lines (问题1：…… / 表现：……): each line is its own.
        var paragraphs = Paragraphs("县委巡察组反馈问题清单\n\n问题1：财务报销审核不严\n表现：11张报销单据没有经办人签字。\n\n问题2：政务公开不到位\n表现：小微权力清单未张贴公开，" +
            "\n涉及7个村。\n\n问题3：补贴公示时间不足\n表现：农机补贴只公示三天。\n\n问题4：会议记录不全\n表现：4次党委会没有记录。\n\n问题5：档案管理混乱\n表现：2023年的合同找不到原件。");
        Assert.Contains("问题1：财务报销审核不严", paragraphs);
        Assert.Contains("表现：11张报销单据没有经办人签字。", paragraphs);
    }
}
