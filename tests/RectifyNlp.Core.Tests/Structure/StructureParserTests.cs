using RectifyNlp.Core.Structure;
using static RectifyNlp.Core.Tests.TestDocuments;

namespace RectifyNlp.Core.Tests.Structure;

public class StructureParserTests
{
    [Fact]
    public void Nests_the_official_hierarchy()
    {
        var (_, s) = Parse(
            "关于巡察反馈意见整改情况的报告",
            "一、总体情况",
            "局党组高度重视。",
            "二、整改落实情况",
            "（一）关于公务接待的问题",
            "1.修订制度",
            "（1）修订公务接待管理办法",
            "①明确接待标准",
            "②实行一事一函",
            "（2）开展专项检查",
            "2.追责问责",
            "（二）关于选人用人的问题",
            "三、下一步打算");

        Assert.Equal(
            [
                "1 一、总体情况", "1 二、整改落实情况", "2 （一）关于公务接待的问题", "3 1.修订制度", "4 （1）修订公务接待管理办法",
                "5 ①明确接待标准", "5 ②实行一事一函", "4 （2）开展专项检查", "3 2.追责问责", "2 （二）关于选人用人的问题", "1 三、下一步打算",
            ],
            Outline(s));
    }

    [Fact]
    public void Parts_numbered_with_a_comma_for_the_enumeration_comma_are_parts()
    {
        // Typed with half-width punctuation (一,基本情况) or a full-width comma (二，发现的主要问题): the same hierarchy as 一、.
        var (_, s) = Parse("关于巡察情况的反馈意见", "一,上轮整改的基本情况", "整改总体是重视的.", "二，发现的主要问题", "1.预算编制不够科学", "2.存量资金清理不及时");
        Assert.Equal(["1 一，上轮整改的基本情况", "1 二，发现的主要问题", "2 1.预算编制不够科学", "2 2.存量资金清理不及时"], Outline(s));
    }

    [Fact]
    public void Numbering_that_restarts_in_each_part_stays_under_its_part()
    {
        var (_, s) = Parse("一、甲", "1.子一", "2.子二", "二、乙", "1.子三", "2.子四");
        Assert.Equal(2, s.Sections.Length);
        Assert.All(s.Sections, part => Assert.Equal(["1", "2"], part.Children.Select(c => c.Number)));
    }

    [Fact]
    public void Marked_lines_of_an_article_head_parts_and_numbered_areas_nest_under_them()
    {
        // A public-account article: ▍ marks its sections, 第一方面： names an area with numbering restarting at 1.
        var (_, s) = Parse(
            "县委巡察组向县供销社党组反馈巡察情况",
            "3月12日，县委第二巡察组向县供销社党组反馈了巡察情况。",
            "▍发现的主要问题",
            "第一方面：贯彻落实决策部署方面",
            "1.农资保供任务完成不够好。",
            "2.基层网点建设滞后。",
            "第二方面：全面从严治党方面",
            "1.违规发放补贴3.2万元。",
            "▍提出的整改意见",
            "要逐项整改。");
        Assert.Equal(["1 发现的主要问题", "2 第一方面：贯彻落实决策部署方面", "3 1.农资保供任务完成不够好。", "3 2.基层网点建设滞后。",
            "2 第二方面：全面从严治党方面", "3 1.违规发放补贴3.2万元。", "1 提出的整改意见"], Outline(s));
    }

    [Fact]
    public void Lettered_sub_items_and_qi_yi_ordinals_are_items()
    {
        var (_, s) = Parse(
            "县委巡察组关于巡察县档案馆党支部的反馈意见",
            "3月12日，县委第二巡察组向县档案馆党支部反馈了巡察情况。",
            "一、贯彻落实决策部署方面",
            "（a）档案安全风险防控不到位，馆库温湿度监控设备长期故障。",
            "（b）档案数字化外包项目监管缺位，验收前即支付全款。",
            "二、全面从严治党方面",
            "其一，落实“一岗双责”不到位。其二，公务接待无公函6批次。");
        Assert.Equal(["1 一、贯彻落实决策部署方面", "2 （a）档案安全风险防控不到位，馆库温湿度监控设备长期故障。", "2 （b）档案数字化外包项目监管缺位，验收前即支付全款。",
            "1 二、全面从严治党方面", "2 其一，落实“一岗双责”不到位", "2 其二，公务接待无公函6批次"], Outline(s));
    }

    [Fact]
    public void A_marked_line_that_is_a_sentence_is_not_a_heading()
    {
        var (_, s) = Parse("县委巡察组向县供销社党组反馈巡察情况", "3月12日，县委第二巡察组向县供销社党组反馈了巡察情况。", "■ 巡察组指出，县供销社党组存在农资保供不力等问题。", "一、存在的问题");
        Assert.Equal(["1 一、存在的问题"], Outline(s));
    }

    [Fact]
    public void A_skipped_level_nests_under_the_nearest_senior_style()
    {
        var (_, s) = Parse("一、甲", "1.直接用阿拉伯数字", "（一）后来出现的二级标题", "二、乙");
        Assert.Equal(["1 一、甲", "2 1.直接用阿拉伯数字", "2 （一）后来出现的二级标题", "1 二、乙"], Outline(s));
    }

    [Fact]
    public void A_document_that_starts_below_the_top_style_still_has_level_one_sections()
    {
        var (_, s) = Parse("（一）关于学习的问题", "1.修订制度", "（二）关于接待的问题");
        Assert.Equal(["1 （一）关于学习的问题", "2 1.修订制度", "1 （二）关于接待的问题"], Outline(s));
    }

    [Fact]
    public void Section_spans_cover_their_body_up_to_the_next_heading()
    {
        var (text, s) = Parse("一、总体情况", "局党组高度重视。", "二、整改落实情况", "已完成。");
        Assert.Equal("一、总体情况\n局党组高度重视。", s.Sections[0].Span.Slice(text.Text));
        Assert.Equal("二、整改落实情况\n已完成。", s.Sections[1].Span.Slice(text.Text));
        Assert.Equal("总体情况", s.Sections[0].HeadingSpan.Slice(text.Text));
    }

    [Fact]
    public void Heading_of_a_numbered_paragraph_stops_at_its_first_full_stop()
    {
        var (_, s) = Parse("1.关于违规发放补贴问题。整改情况：已追回资金。");
        Assert.Equal("关于违规发放补贴问题", Assert.Single(s.Sections).Heading);
    }

    [Fact]
    public void Inline_enumerations_become_child_sections()
    {
        var (text, s) = Parse("一、明确要求", "局党组要抓好整改。一要明确整改目标。逐项列出清单。二要坚持以上率下。三要如实报告。");
        var part = Assert.Single(s.Sections);
        Assert.Equal(["一要", "二要", "三要"], part.Children.Select(c => c.Marker));
        Assert.Equal(["明确整改目标", "坚持以上率下", "如实报告"], part.Children.Select(c => c.Heading));
        Assert.All(part.Children, c => Assert.Equal(2, c.Level));
        Assert.Equal("一要明确整改目标。逐项列出清单。", part.Children[0].Span.Slice(text.Text));
        Assert.Equal("三要如实报告。", part.Children[2].Span.Slice(text.Text));
    }

    [Fact]
    public void A_run_of_items_counted_on_across_parts_is_read_in_each_part()
    {
        var (_, s) = Parse(
            "一、巡察发现的主要问题",
            "（一）在落实招商决策部署方面。一是签约项目落地率低。2024年签约项目14个，开工仅5个。二是跟踪服务不到位。企业诉求平均40天才转办。",
            "（二）在落实全面从严治党责任方面。三是委托招商费用支付不规范。合同约定项目未落地仍全额支付12万元。四是差旅住宿超标准。多支出住宿费0.5万元。",
            "（三）在组织建设方面。五是组织生活不经常。全年有3次主题党日未开展。",
            "二、整改意见",
            "请认真整改。");
        var parts = s.Sections[0].Children;
        Assert.Equal(["一是", "二是"], parts[0].Children.Select(c => c.Marker));
        Assert.Equal(["三是", "四是"], parts[1].Children.Select(c => c.Marker));
        Assert.Equal(["委托招商费用支付不规范", "差旅住宿超标准"], parts[1].Children.Select(c => c.Heading));
        // A lone 五是 is no run: one item alone is not read as counted on.
        Assert.Empty(parts[2].Children);
    }

    [Fact]
    public void A_run_counted_on_across_parts_whose_headings_are_lines_of_their_own_is_read_in_each_part()
    {
        // dev116 p02's form (a speech's areas （一）在……方面 on lines of their own, each item a paragraph, 一是 … 十是 counted on
        // across them), in words of our own.
        var (_, s) = Parse(
            "同志们：",
            "总的看，办党支部能够围绕兜底保障开展工作。同时，巡察也发现了一些问题。",
            "（一）在落实民生保障政策方面",
            "一是低保动态管理不及时。有41户没有入户复核。",
            "二是临时救助款发放滞后。1.9万元一直挂在账上。",
            "（二）在工作作风方面",
            "三是入户核查走过场。56份核查表签名出自一人之手。",
            "四是理论学习不深入。支部学习多是念文件。",
            "（三）在制度建设方面",
            "五是档案管理制度缺失。档案借阅没有登记。",
            "六是对协理员监管不到位。3个村的公示栏半年没有更新。",
            "下面，提三点要求。");
        var parts = s.Sections;
        Assert.Equal(3, parts.Length);
        Assert.Equal(["三是", "四是"], parts[1].Children.Select(c => c.Marker));
        Assert.Equal(["档案管理制度缺失", "对协理员监管不到位"], parts[2].Children.Select(c => c.Heading));
    }

    [Theory]
    [InlineData("主要表现在：一是学习不深入；二是调研不够。", NumberingStyle.InlineShi)]
    [InlineData("第一，要认清政治任务。第二，要认清发展抓手。", NumberingStyle.InlineOrdinal)]
    [InlineData("首先，要细化方案。其次，要压实责任。最后，要严肃问责。", NumberingStyle.InlineSequence)]
    [InlineData("巡察指出，市水务局党组一是工程管理不严；二是采砂监管缺位。", NumberingStyle.InlineShi)]
    [InlineData("先说资金管理。一个是拨付慢，结转资金多。再一个是台账不全。还有一个是验收走过场。", NumberingStyle.InlineSequence)]
    public void Recognises_each_inline_enumeration_style(string paragraph, NumberingStyle style)
    {
        var (_, s) = Parse(paragraph);
        Assert.True(s.Sections.Length >= 2);
        Assert.All(s.Sections, section => Assert.Equal(style, section.Style));
    }

    [Fact]
    public void A_turn_opening_a_paragraph_goes_on_from_a_run_of_paragraphs_counted_by_sequence_words()
    {
        // published36 x03's form, in words of our own: a speaker takes the problems a paragraph each, 首先，其次，再次， and
        // then goes on with 此外，另外，同时， before 最后 turns to what must be done.
        var (_, s) = Parse(
            "下面，我把巡察发现的问题讲一讲。",
            "首先，政策宣传不到位。群众对补贴标准知晓率不足一半。",
            "其次，资金拨付不及时。有3个项目的补助拖延半年以上。",
            "再次，窗口服务不规范。工作日上午多次无人值守。",
            "此外，档案管理比较混乱。近两年的审批卷宗有12卷缺页。",
            "另外，党员教育管理偏松。有2名党员连续半年未参加组织生活。",
            "同时，上轮巡察整改不彻底。有2个问题整改后又反弹。",
            "最后，就抓好整改提几点要求。要压实责任，按期报告。");
        Assert.Equal(["首先，", "其次，", "再次，", "此外，", "另外，", "同时，", "最后，"], s.Sections.Select(c => c.Marker));
        Assert.Equal("档案管理比较混乱", s.Sections[3].Heading);
    }

    [Fact]
    public void A_turn_after_a_run_of_another_kind_or_inside_one_paragraph_counts_nothing()
    {
        // dev50 p10's form: 此外，巡察组还对上轮……进行了检查 after 一是……四是…… is no fifth item.
        var (_, afterShi) = Parse(
            "一是落实上级部署有偏差。扩面任务完成不到六成。",
            "二是基金监管存在漏洞。有42名已故人员仍在领取待遇。",
            "此外，巡察组还对上轮巡察反馈问题的整改情况进行了检查，14个问题中13个已整改到位。");
        Assert.Equal(["一是", "二是"], afterShi.Sections.Select(c => c.Marker));
        // published20 x07's form: a run said inside one paragraph (一个是……；再一个是……) is not gone on by the next paragraph's 此外.
        var (_, spoken) = Parse(
            "一个是道路养护这一块重建轻养；再一个是工程招投标把关不严；还有一个是干部作风不扎实。",
            "此外，巡察组还指出，局党组对下属单位财务监管偏弱。");
        Assert.DoesNotContain(spoken.Sections.SelectMany(c => c.Children.Prepend(c)), c => c.Marker.StartsWith("此外", StringComparison.Ordinal));
    }

    [Fact]
    public void A_number_on_a_line_of_its_own_heads_the_line_after_it()
    {
        var (text, s) = Parse("二、问题整改落实情况", "（一）", "反馈问题：耕地保护责任落实不到位。", "整改进展：已全部拆除复耕。", "（二） ", "反馈问题：人居环境整治重建设、轻管护。", "整改进展：配发考勤终端。");
        var part = Assert.Single(s.Sections);
        Assert.Equal(["（一）", "（二）"], part.Children.Select(c => c.Marker));
        Assert.Equal("反馈问题：人居环境整治重建设、轻管护。", part.Children[1].Heading);
        Assert.Contains("配发考勤终端", part.Children[1].Span.Slice(text.Text), StringComparison.Ordinal);
        Assert.DoesNotContain("配发考勤终端", part.Children[0].Span.Slice(text.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Unnumbered_lines_in_parallel_over_their_answers_are_headings()
    {
        var (text, s) = Parse(
            "二、反馈问题整改落实情况",
            "关于重点项目推进不力问题的整改情况",
            "逐个项目成立工作专班，倒排工期，已完成施工招标，计划7月开工。",
            "关于许可审批把关不严问题的整改情况",
            "对2家企业下达限期整改通知书，复核全部许可证31本，制定审查要点清单。",
            "中共市港航事务中心委员会",
            "2025年7月1日");
        var part = Assert.Single(s.Sections);
        Assert.Equal(["关于重点项目推进不力问题的整改情况", "关于许可审批把关不严问题的整改情况"], part.Children.Select(c => c.Heading));
        Assert.Contains("倒排工期", part.Children[0].Span.Slice(text.Text), StringComparison.Ordinal);
        Assert.DoesNotContain("审查要点", part.Children[0].Span.Slice(text.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void A_headers_field_lines_under_the_title_are_not_the_titles()
    {
        // dev53 p08's form (a 问题清单's title over 被巡察单位：…… / 巡察时间：…… / 反馈问题：…… lines), in words of our own.
        var (_, s) = Parse(
            "县委第二巡察组对县信访局党支部",
            "巡察反馈问题清单",
            "被巡察单位：中共县信访局支部委员会",
            "巡察时间：2024年9月2日至10月18日",
            "反馈问题：2个方面共3个问题",
            "序号：1",
            "问题描述：信访积案化解推进不力，2024年有11件信访积案超过办理时限仍未化解。");
        Assert.Equal("县委第二巡察组对县信访局党支部巡察反馈问题清单", s.Title);
    }

    [Fact]
    public void Lines_that_number_themselves_in_words_are_headings_however_few_in_a_part_and_however_they_end()
    {
        // dev52 p03's form (a 问题清单 whose items run 第1项…第7项 across areas, two to a part, each line over its 问题表现：),
        // in words of our own.
        var (text, s) = Parse(
            "一、党的领导方面",
            "第1项　农村公路养护责任落实不到位",
            "问题表现：2024年有3条县道养护里程未达标，巡查记录多为补记。",
            "第2项　交通安全隐患排查走过场",
            "问题表现：对12处临水临崖路段的排查只填表格，未到现场核实。",
            "二、全面从严治党方面",
            "第3项　工程变更审批把关不严",
            "问题表现：2个项目的变更未经集体研究即实施，涉及金额86万元。",
            "第4项　执行中央八项规定精神有差距",
            "问题表现：以调研名义组织到邻县参观，费用0.9万元在培训费中列支。",
            "整改要求：局党组要在三个月内报送整改情况报告。");
        Assert.Equal(["第1项农村公路养护责任落实不到位", "第2项交通安全隐患排查走过场"], s.Sections[0].Children.Select(c => c.Heading));
        Assert.Equal(2, s.Sections[1].Children.Length);
        Assert.Contains("86万元", s.Sections[1].Children[0].Span.Slice(text.Text), StringComparison.Ordinal);
        Assert.DoesNotContain("邻县", s.Sections[1].Children[0].Span.Slice(text.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Items_numbered_within_their_part_nest_under_it_and_the_next_part_closes_them()
    {
        var (_, s) = Parse(
            "1. 党的领导方面",
            "1.1 党委领导下的院长负责制落实有偏差。党委会与院长办公会议事范围划分不清。",
            "1.2 行风建设推进不力。医药代表进入病区缺少登记管控。",
            "2. 全面从严治党方面",
            "2.1 药品耗材采购管理不规范。3种高值耗材未经论证即进入临床使用。",
            "3. 整改要求",
            "3.1 要切实履行整改主体责任。");
        Assert.Equal(["党的领导方面", "全面从严治党方面", "整改要求"], s.Sections.Select(c => c.Heading));
        Assert.Equal(["党委领导下的院长负责制落实有偏差", "行风建设推进不力"], s.Sections[0].Children.Select(c => c.Heading));
        Assert.Equal("1.2", s.Sections[0].Children[1].Marker.Trim());
        Assert.Single(s.Sections[1].Children);
    }

    [Fact]
    public void Title_lines_alternating_with_their_paragraphs_inside_a_numbered_part_are_its_headings()
    {
        var (text, s) = Parse(
            "一、总体评价",
            "近年来，中心党委在改善群众就医条件等方面做了大量工作。",
            "二、发现的主要问题",
            "药品采购监管压得不实",
            "比如，2024年有3批次药品未经集中采购平台采购，涉及金额12万元。",
            "财务审批流于形式",
            "比如，报销单据只审金额不审业务，2笔培训费没有培训通知和签到表。",
            "基层党建基础薄弱",
            "比如，2个党支部连续半年未开展主题党日。",
            "三、整改意见",
            "中心党委要切实扛起整改主体责任，三个月内报送整改情况。");
        Assert.Equal(["药品采购监管压得不实", "财务审批流于形式", "基层党建基础薄弱"], s.Sections[1].Children.Select(c => c.Heading));
        Assert.Contains("12万元", s.Sections[1].Children[0].Span.Slice(text.Text), StringComparison.Ordinal);
        Assert.Empty(s.Sections[2].Children);

        // A part whose paragraphs do not alternate with title lines keeps them as its text.
        var (_, prose) = Parse(
            "二、发现的主要问题",
            "巡察组通过个别谈话、调阅资料等方式开展了工作，现将发现的问题反馈如下。",
            "药品采购监管压得不实",
            "比如，2024年有3批次药品未经集中采购平台采购，涉及金额12万元。",
            "财务审批流于形式",
            "比如，报销单据只审金额不审业务，2笔培训费没有培训通知和签到表。");
        Assert.Empty(prose.Sections[0].Children);
    }

    [Fact]
    public void Answers_labelled_by_the_feedbacks_item_numbered_within_its_part_are_sections()
    {
        var (text, s) = Parse(
            "二、逐项整改情况",
            "反馈意见1.1：党委领导下的院长负责制落实有偏差",
            "修订《医院党委会议事规则》，列出党委会前置研究事项清单31项。",
            "责任领导：党委书记；完成时限：立行立改。",
            "反馈意见1.2：行风建设推进不力",
            "制定《医药代表院内接待管理规定》，门诊和病区张贴禁入标识。",
            "反馈意见2.1：药品耗材采购管理不规范",
            "3种未经论证的高值耗材已暂停使用。");
        var part = Assert.Single(s.Sections);
        Assert.Equal(["党委领导下的院长负责制落实有偏差", "行风建设推进不力", "药品耗材采购管理不规范"], part.Children.Select(c => c.Heading));
        Assert.Equal("反馈意见1.2：", part.Children[1].Marker);
        Assert.Contains("责任领导", part.Children[0].Span.Slice(text.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_over_its_answer_heads_the_answers_section()
    {
        var (text, s) = Parse(
            "编者按：区委巡察组反馈意见后，机关党组把整改作为重大政治任务，现将整改情况以问答形式刊发。",
            "问：提案办理“重答复、轻落实”的问题，采取了哪些措施？",
            "答：对答复后未跟踪落实的14件提案逐件回访，制定《提案办理质量评价办法》。",
            "问：会议费报销不规范的问题，整改情况如何？",
            "答：补齐会议通知和签到表29份，无法说明用途的费用已由经办人退回。",
            "问：这是一个没有回答的问题吗？",
            "报：区委巡察工作领导小组办公室");
        Assert.Equal(["提案办理“重答复、轻落实”的问题，采取了哪些措施？", "会议费报销不规范的问题，整改情况如何？"], s.Sections.Select(c => c.Heading));
        Assert.Contains("签到表", s.Sections[1].Span.Slice(text.Text), StringComparison.Ordinal);
        Assert.DoesNotContain("签到表", s.Sections[0].Span.Slice(text.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Theme_names_over_their_answers_are_the_parts_of_a_document_with_no_numbered_part()
    {
        var lines = new[]
        {
            "市委巡察工作领导小组：",
            "学院党委收到反馈意见后，召开专题会议研究部署，成立整改工作领导小组，现将整改情况报告如下。",
            "课程思政建设",
            "党委会每学期专题研究课程思政2次，招聘专任教师4名，兼职教师承担课时比例降至三成以下。",
            "科研经费",
            "违规发放的劳务费2.1万元已全部退回，修订《横向科研经费管理办法》，劳务费一律直接发放到个人账户。",
            "牵头校领导：副校长何振邦；完成时限：2025年6月30日。",
            "基层党组织建设",
            "调整配备教工党支部书记5名，未按时开展主题党日的支部书记受到提醒谈话。",
        };
        var (text, s) = Parse(lines);
        Assert.Equal(["课程思政建设", "科研经费", "基层党组织建设"], s.Sections.Select(c => c.Heading));
        Assert.Contains("牵头校领导", s.Sections[1].Span.Slice(text.Text), StringComparison.Ordinal);
        Assert.DoesNotContain("支部书记", s.Sections[1].Span.Slice(text.Text), StringComparison.Ordinal);

        // Two such lines are not enough, nor are three where the document numbers its parts.
        var (_, two) = Parse(lines[..7]);
        Assert.Empty(two.Sections);
        var (_, numbered) = Parse(["一、整改工作情况", .. lines[1..]]);
        Assert.Equal(["整改工作情况"], numbered.Sections.Select(c => c.Heading));
    }

    [Fact]
    public void Rows_of_cells_written_as_text_are_not_headings_however_they_repeat()
    {
        var (_, s) = Parse(
            "二、逐项整改情况",
            "（一）问题1",
            "反馈问题 | 违规发放奖金",
            "整改措施 | 违规发放的18万元奖金已全部退回公司账户，修订《公司薪酬管理办法》。",
            "责任领导 | 林秋实",
            "完成时限 | 2025年4月30日",
            "（二）问题2",
            "反馈问题 | 公务用车管理不规范",
            "整改措施 | 节假日公务用车一律入库封存，建立出车登记制度，每月公示用车情况。",
            "责任领导 | 林秋实",
            "完成时限 | 2025年4月30日");
        var part = Assert.Single(s.Sections);
        Assert.Equal(["（一）", "（二）"], part.Children.Select(c => c.Marker));
        Assert.All(part.Children, c => Assert.True(c.Children.IsDefaultOrEmpty, c.Heading));
    }

    [Fact]
    public void A_lone_unnumbered_line_lines_with_nothing_in_common_or_list_items_broken_over_lines_are_not_headings()
    {
        var (_, s) = Parse(
            "一、整改工作部署情况",
            "党委召开专题会议",
            "成立整改工作领导小组，党委书记任组长，制定整改方案和三张清单，逐条明确责任。",
            "全体班子成员参加",
            "各科室对照问题清单逐项制定措施，每半月调度一次，整改进度在内网公开。",
            "三是建立问题台账、实行销号管理，",
            "四是将整改情况纳入年度考核。（责任领导：党委副书记；完成时限：长期坚持）",
            "三是建立问题台账、实行销号管理，",
            "四是将整改情况纳入年度考核。（责任领导：党委副书记；完成时限：长期坚持）");
        Assert.Empty(Assert.Single(s.Sections).Children);
    }

    [Fact]
    public void Spoken_items_count_on_from_the_one_before_and_start_again_at_each_first()
    {
        var (_, s) = Parse("先说项目谋划。一个是项目论证不充分。再一个是资金投向不聚焦。", "再说资金管理。一个是拨付慢。再一个是沉淀多。还有一个是带农机制不实。其中一个是关键。");
        Assert.Equal(["一个是", "再一个是", "一个是", "再一个是", "还有一个是"], s.AllSections.Select(c => c.Marker));
        Assert.Equal("带农机制不实", s.AllSections.Last().Heading);
    }

    [Theory]
    [InlineData("在财务方面，一是经费使用不规范，二是票据审核偏松；在党建方面，存在换届延期等问题。", "票据审核偏松")]
    [InlineData("主要表现在：一是学习不深入；二是调研不够。这些问题根子在思想。", "调研不够。")]
    [InlineData("一是学习不深入。二是调研不够。整改中要逐项对照。", "调研不够。整改中要逐项对照。")]
    public void The_last_item_of_a_run_inside_a_paragraph_ends_at_the_first_stop_stronger_than_the_one_between_its_items(string paragraph, string lastItemEnd)
    {
        var (text, s) = Parse(paragraph);
        var last = s.Sections[^1];
        Assert.EndsWith(lastItemEnd, text.Text[last.Span.Start..last.Span.End], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("党组书记要担起第一责任人责任，第一时间研究部署。")]
    [InlineData("统一要求，统一标准，一要素齐全。")]
    [InlineData("一是加强学习。")]
    [InlineData("全市统一是非标准，二是指第二批。")]
    public void Words_that_look_like_markers_are_not_enumerations(string paragraph)
    {
        var (_, s) = Parse(paragraph);
        Assert.Empty(s.Sections);
    }

    [Fact]
    public void Enumeration_items_that_open_paragraphs_run_until_the_next_item()
    {
        var (text, s) = Parse("（二）关于主体责任的问题", "问题1：研究次数偏少。", "整改情况：已纳入固定议题。", "问题2：一岗双责不够。", "整改情况：开展廉政谈话。");
        var part = Assert.Single(s.Sections);
        Assert.Equal(["1", "2"], part.Children.Select(c => c.Number));
        Assert.All(part.Children, c => Assert.Equal(NumberingStyle.ProblemLabel, c.Style));
        Assert.Equal("问题1：研究次数偏少。\n整改情况：已纳入固定议题。", part.Children[0].Span.Slice(text.Text));
        Assert.Equal("问题2：一岗双责不够。\n整改情况：开展廉政谈话。", part.Children[1].Span.Slice(text.Text));
    }

    [Fact]
    public void A_problem_label_behind_a_bullet_mark_is_a_label()
    {
        // dev53 p09's form (a WeChat 通报: ▲问题一：…… over 整改情况：……), in words of our own: the ▲ is decoration.
        var (_, s) = Parse(
            "【巡察整改】县医保中心党组关于巡察整改进展情况的通报",
            "▲问题一：医保基金监管责任落实不到位",
            "整改情况：一是建立医保基金月度分析制度；二是对3家定点药店下达整改通知书。",
            "▲问题二：党组主体责任落实有差距",
            "整改情况：党组会议专题研究全面从严治党工作2次，制定主体责任清单。");
        Assert.Equal([NumberingStyle.ProblemLabel, NumberingStyle.ProblemLabel], s.Sections.Select(c => c.Style));
        Assert.Equal(["一", "二"], s.Sections.Select(c => c.Number));
    }

    [Fact]
    public void A_problems_ordinal_after_a_speakers_aside_continues_its_run()
    {
        // dev72 p06's form (a speech typed from a recording), in words of our own: 第三个 opens a paragraph, then the
        // speaker answers an interjection and goes on to 第四个 inside the next paragraph, after a stop; 第五个 opens the
        // paragraph after. The fourth is the run's item where it stands; an ordinal that counts nothing (……第二个原因) is not.
        var (text, s) = Parse(
            "同志们：",
            "第一个，是补贴发得不准。有27户没有新栽果树也领了补贴。",
            "第二个，技术服务有形式主义的东西。同一张照片在三个村的记录里都用了。",
            "第三个，是展销会的钱。布展费8.6万元只有一张发票。",
            "（插话：提示发言时间。）",
            "组长：好，我抓紧。第四个，是收礼的问题。有3名干部收了合作社送的礼盒，这是第二个原因引起的。",
            "第五个，示范园出租没有经过集体研究，租金两年没收。");
        Assert.Equal(["一", "二", "三", "四", "五"], s.Sections.Select(c => c.Number));
        Assert.All(s.Sections, c => Assert.Equal(NumberingStyle.ProblemLabel, c.Style));
        Assert.StartsWith("第四个，是收礼的问题", s.Sections[3].Span.Slice(text.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void A_problem_label_on_a_line_of_its_own_heads_the_numbered_lines_of_its_answer()
    {
        // A group's report (dev12 p01's form): 问题3：关于……的问题, then 整改措施： and 1. 2. 3., then the fields; answered out
        // of the feedback's order. Each label heads its own 1. 2. 3.; the next label closes them.
        var (text, s) = Parse(
            "三、各问题整改情况",
            "问题3：关于子公司决策程序的问题",
            "整改措施：",
            "1.党委会专题研究出借资金事项，责令立即催收。",
            "2.修订“三重一大”决策制度实施办法。",
            "责任领导：党委书记；完成时限：2026年4月30日前。",
            "问题1：关于投资偏离主业的问题",
            "整改措施：",
            "1.4个非主业项目已全部退出。",
            "2.修订集团投资管理办法。");
        Assert.Equal(
            ["1 三、各问题整改情况", "2 问题3：关于子公司决策程序的问题", "3 1.党委会专题研究出借资金事项，责令立即催收。", "3 2.修订“三重一大”决策制度实施办法。",
             "2 问题1：关于投资偏离主业的问题", "3 1.4个非主业项目已全部退出。", "3 2.修订集团投资管理办法。"],
            Outline(s));
        var third = s.Sections[0].Children[0];
        Assert.Equal(NumberingStyle.ProblemLabel, third.Style);
        Assert.Equal("3", third.Number);
        Assert.EndsWith("完成时限：2026年4月30日前。", third.Span.Slice(text.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void A_problem_label_right_under_an_area_numbered_1_dot_is_the_areas_problem()
    {
        // Areas numbered 1. 2. (renumbered from （一）), each at once followed by its 问题N： lines: the labels sit under
        // the area, and the next area closes them.
        var (_, s) = Parse(
            "二、反馈问题整改落实情况",
            "1.贯彻落实上级决策部署方面",
            "问题1：服务保障举措不多。",
            "整改情况：制定十项措施。",
            "问题2：未检工作力量薄弱。",
            "整改情况：设立未检办公室。",
            "2.全面从严治党方面",
            "问题3：个别干警接受宴请。",
            "整改情况：给予党内警告处分。");
        Assert.Equal(
            ["1 二、反馈问题整改落实情况", "2 1.贯彻落实上级决策部署方面", "3 问题1：服务保障举措不多", "3 问题2：未检工作力量薄弱",
             "2 2.全面从严治党方面", "3 问题3：个别干警接受宴请"],
            Outline(s));
    }

    [Fact]
    public void A_decimal_opening_a_line_is_an_item_only_when_the_next_line_counts_on()
    {
        var (_, s) = Parse("二、整改情况", "1.4万元已全部退缴。", "2.修订接待办法。");
        Assert.Equal(["1 二、整改情况", "2 1.4万元已全部退缴。", "2 2.修订接待办法。"], Outline(s));
        var (_, figure) = Parse("二、整改情况", "1.4万元已全部退缴。", "其余款项正在追缴。");
        Assert.Equal(["1 二、整改情况"], Outline(figure));
    }

    [Fact]
    public void Items_labelled_by_number_alone_open_paragraphs_and_run_until_the_next()
    {
        var (text, s) = Parse("二、已完成整改的问题", "第1项：学习不够系统。", "整改举措：制定学习计划。", "第2项：监测评估滞后。", "整改举措：补充收集数据。", "三、持续推进的问题", "第3项：基层组织薄弱。", "整改举措：补选主席。");
        Assert.Equal(["1", "2"], s.Sections[0].Children.Select(c => c.Number));
        Assert.All(s.AllSections.Where(c => c.Level == 2), c => Assert.Equal(NumberingStyle.ProblemLabel, c.Style));
        Assert.Equal("第1项：学习不够系统。\n整改举措：制定学习计划。", s.Sections[0].Children[0].Span.Slice(text.Text));
        Assert.Equal("3", Assert.Single(s.Sections[1].Children).Number);
    }

    [Fact]
    public void Items_of_a_semicolon_problem_list_are_addressable()
    {
        var (text, s) = Parse("（二）落实主体责任不到位", "存在的主要问题：研究党风廉政建设次数偏少；班子成员落实一岗双责不够；上轮巡察整改不彻底。");
        var part = Assert.Single(s.Sections);
        Assert.Equal(3, part.Children.Length);
        Assert.All(part.Children, c => Assert.Equal(NumberingStyle.SemicolonItem, c.Style));
        Assert.Equal("班子成员落实一岗双责不够", part.Children[1].Span.Slice(text.Text));
    }

    [Fact]
    public void Title_lines_wrapped_over_two_lines_are_joined()
    {
        var (_, s) = Parse("在区委第二巡察组对区卫生健康局党组", "巡察情况反馈会上的讲话", "同志们：", "今天召开反馈会。");
        Assert.Equal("在区委第二巡察组对区卫生健康局党组巡察情况反馈会上的讲话", s.Title);
    }

    [Fact]
    public void A_pages_line_of_particulars_under_the_headline_is_not_the_title()
    {
        var (_, s) = Parse("区委第一巡察组向蘅塘街道党工委反馈巡察情况", "来源：区纪委监委　时间：2026-10-12", "10月10日，区委第一巡察组反馈巡察情况。");
        Assert.Equal("区委第一巡察组向蘅塘街道党工委反馈巡察情况", s.Title);
    }

    [Fact]
    public void A_web_pages_chrome_above_its_headline_is_not_the_title()
    {
        var (_, s) = Parse("县人民政府门户网站 ｜ 繁体 ｜ 简体 ｜ 无障碍浏览", "首页 政务公开 政务服务 互动交流", "您当前的位置：首页 > 政务公开 > 纪检监察",
            "县委第一巡察组向县自然资源局党组反馈巡察情况", "10月8日，县委第一巡察组向县自然资源局党组反馈巡察情况。");
        Assert.Equal("县委第一巡察组向县自然资源局党组反馈巡察情况", s.Title);
    }

    [Fact]
    public void A_line_opening_with_an_items_label_is_not_the_title()
    {
        var (_, s) = Parse("中共县水利局党组关于巡察整改情况的报告", "专项行动一：“质量把关”行动", "对2个项目补办竣工验收。");
        Assert.Equal("中共县水利局党组关于巡察整改情况的报告", s.Title);
    }

    [Fact]
    public void A_teaser_line_repeating_the_opening_is_not_the_title()
    {
        var (_, s) = Parse(
            "在区委第二巡察组对区卫生健康局党组巡察情况反馈会上的讲话同志们：今天召开区卫生健康局党组巡察情况反馈会，刚才...",
            "在区委第二巡察组对区卫生健康局党组",
            "巡察情况反馈会上的讲话",
            "同志们：",
            "今天召开区卫生健康局党组巡察情况反馈会，刚才，巡察组通报了情况。");
        Assert.Equal("在区委第二巡察组对区卫生健康局党组巡察情况反馈会上的讲话", s.Title);
    }

    [Fact]
    public void No_title_when_the_document_opens_with_its_body()
    {
        var (_, s) = Parse("区委巡察办：", "现将整改情况报告如下。");
        Assert.Equal(string.Empty, s.Title);
    }

    [Fact]
    public void A_run_one_paragraph_an_item_ends_with_its_last_item_and_a_second_run_after_it_is_not_below_it()
    {
        var (text, s) = Parse(
            "在巡察情况反馈会上的讲话",
            "同志们：",
            "巡察发现的问题主要有以下几个方面。",
            "第一，政治引领作用发挥不够，党建联建停留在挂牌子。",
            "第二，社区财务管理不规范，个别支出以白条入账。",
            "第三，党员教育管理松懈，3名流动党员长期失联。",
            "这些问题，反映出管党治党的责任还没有压实。下面，我提几点要求。",
            "第一，提高政治站位。",
            "第二，坚持立行立改。");
        var third = s.AllSections.Single(x => x.Heading.StartsWith("党员教育管理松懈", StringComparison.Ordinal));
        Assert.Empty(third.Children);
        Assert.DoesNotContain("这些问题", third.Span.Slice(text.Text), StringComparison.Ordinal);
        Assert.Equal(5, s.Sections.Length);
    }

    [Fact]
    public void Splits_sentences_keeping_closing_quotes()
    {
        var (text, s) = Parse("要做好“后半篇文章。”整改必须见效！还有问题吗？", "一、标题");
        Assert.Equal(["要做好“后半篇文章。”", "整改必须见效！", "还有问题吗？", "一、标题"], s.Sentences.Select(x => x.Slice(text.Text)));
    }

    [Theory]
    [InlineData(DocumentKind.FeedbackSpeech, "在巡察情况反馈会上的讲话", "同志们：", "下面，我讲三点意见。")]
    [InlineData(DocumentKind.FeedbackOpinion, "区委第一巡察组关于巡察区司法局党组的反馈意见", "巡察发现，存在的主要问题有：")]
    [InlineData(DocumentKind.FeedbackOpinion, "中共某县委第二巡察组", "关于对某村党支部巡察情况的反馈函", "某巡二函〔2026〕5号", "某村党支部：", "一、发现的问题", "问题①　村级财务管理混乱，4笔劳务费无领款人签字。")]
    [InlineData(DocumentKind.FeedbackOpinion, "中共某县委巡察工作领导小组办公室", "关于县委第三轮巡察（对村巡察）发现问题的通报", "某巡办〔2026〕3号", "各乡镇党委：", "本轮巡察已全部完成反馈。现将巡察发现的部分突出问题通报如下。", "桠口镇石坝村：村集体鱼塘发包未经村民代表会议讨论。")]
    [InlineData(DocumentKind.FeedbackOpinion, "专项巡察丨助学资金发得准不准？", "近日，县委第三巡察组向县教育局党组反馈了学生资助资金专项巡察情况。", "反馈会上，巡察组点出了3个方面的突出问题。")]
    [InlineData(DocumentKind.FeedbackOpinion, "中共某县委机动巡察组", "关于反馈某镇财政所机动巡察问题清单的函", "某镇财政所党支部：", "现将巡察发现的问题以清单形式反馈给你们（见附表）。")]
    // published36 x01's form (a portal's 侧记 of a round: the meeting named once, what the feedback also pointed out told after
    // it), in words of our own.
    [InlineData(DocumentKind.FeedbackOpinion, "田间地头看作风", "——县委第一巡察组巡察某镇侧记", "清晨，巡察组来到村口，和几位村民拉起了家常。", "六月初，反馈会在镇党委会议室召开。组长把这些天看到的情况一件件摆上桌面。", "反馈意见还指出，镇党委对上轮巡察指出的问题整改后劲不足。")]
    [InlineData(DocumentKind.RectificationPlan, "区司法局党组巡察反馈问题整改方案", "责任领导：局长", "完成时限：2025年6月底前")]
    [InlineData(DocumentKind.RectificationReport, "关于巡察整改进展情况的通报", "已完成整改。", "整改情况：已追回资金。")]
    [InlineData(DocumentKind.Other, "关于召开春节联欢会的通知", "各科室：定于下周举行联欢会。")]
    public void Classifies_the_document_kind_with_its_signals(DocumentKind kind, params string[] paragraphs)
    {
        var (_, s) = Parse(paragraphs);
        Assert.Equal(kind, s.Kind.Kind);
        if (kind != DocumentKind.Other)
        {
            Assert.NotEmpty(s.Kind.Signals);
        }
    }

    [Theory]
    [InlineData(DocumentKind.FeedbackSpeech, "【录音整理稿】", "县委第二巡察组组长在县水利局党组巡察情况反馈会上的讲话", "（整理：县委巡察办）")]
    [InlineData(DocumentKind.FeedbackSpeech, "县委第二巡察组巡察县水利局党组情况反馈会发言摘编", "（县委巡察办根据会议录音整理）")]
    [InlineData(DocumentKind.Other, "在县委第二巡察组巡察县水利局党组情况反馈会上的表态发言", "县水利局党组书记、局长　某某")]
    public void A_speech_taken_down_under_a_label_or_as_extracts_is_feedback_and_the_units_pledge_is_not(DocumentKind kind, params string[] top)
    {
        // published34 x04's, x06's and x10's forms, in words of our own: a transcript under 【录音整理稿】 (read as 录音整理稿：),
        // the speakers' words as 发言摘编, and the inspected unit's 表态发言 at the same meeting.
        var (_, s) = Parse([.. top,
            "这次巡察，我们看到水利局做了不少工作。下面讲问题。首先是防汛责任落实不到位，有3座小型水库汛期无人值守。",
            "其次是项目资金管理不规范，一笔灌区改造资金在账上滞留一年多。"]);
        Assert.Equal(kind, s.Kind.Kind);
    }

    [Fact]
    public void An_official_documents_head_above_its_title_is_passed_over()
    {
        // dev110 p02's form (a report filed as a red-headed PDF), in words of our own: the copy number, the red head, the
        // document number with its signer, then the title in three lines — a rectification report, not a feedback.
        var (_, s) = Parse(
            "000012",
            "特急",
            "中共县粮食储备有限公司委员会文件",
            "粮储党〔2025〕7号　签发人：某某某",
            "中共县粮食储备有限公司委员会",
            "关于县委第三巡察组反馈意见",
            "整改情况的报告",
            "县委巡察工作领导小组：",
            "2025年4月9日，县委第三巡察组向公司党委反馈了巡察情况。现将整改情况报告如下。",
            "一、关于仓储管理不规范的问题",
            "对全部仓房逐一清查，已于5月底前完成账实核对。");
        Assert.Equal("中共县粮食储备有限公司委员会关于县委第三巡察组反馈意见整改情况的报告", s.Title);
        Assert.Equal(DocumentKind.RectificationReport, s.Kind.Kind);
    }

    [Theory]
    [InlineData("关于县委第三巡察组反馈意见整改进展情况的通报")]
    [InlineData("关于印发巡察整改工作方案的文件")]
    public void A_title_ending_as_a_head_might_is_still_the_title(string title)
    {
        // A notice's title ends with 通报, and a title may name a 文件 after 的: neither is an issuer's red head.
        var (_, s) = Parse(title, "县委巡察工作领导小组：", "现将整改进展情况通报如下。");
        Assert.Equal(title, s.Title);
    }

    [Fact]
    public void One_more_problem_said_as_such_with_no_run_before_it_heads_no_part()
    {
        // published34 x06's form, in words of our own: a leader's paragraphs in prose, one opening 还有一个问题是，……; the
        // requirements numbered after it (第一，…… 第二，……) are not its items.
        var (_, s) = Parse(
            "县委第一巡察组巡察县水利局党组情况反馈会发言摘编",
            "首先是防汛责任落实不到位。有3座小型水库汛期无人值守。",
            "还有一个问题是，局属单位收入管理混乱，水费收入有的没有及时入账。",
            "最后是干部队伍结构老化。",
            "下面我讲两点要求。",
            "第一，认识要到位。",
            "第二，责任要压实。");
        Assert.DoesNotContain(s.AllSections, x => x.Marker.StartsWith("还有", StringComparison.Ordinal));
        Assert.Contains(s.AllSections, x => x.Marker.StartsWith("第一", StringComparison.Ordinal) && x.Level == 1);
    }

    [Fact]
    public void A_feedbacks_title_under_a_pages_chrome_still_decides_its_kind()
    {
        var (_, s) = Parse(
            "蒿川区纪委监委网站",
            "首页 > 巡视巡察 > 反馈公开",
            "字号：大 中 小　　发布时间：2024-06-05 10:15　　来源：区委巡察办",
            "中共蒿川区委第四巡察组",
            "关于对区住房和城乡建设局党组巡察情况的反馈意见",
            "根据区委统一部署，2024年3月11日至5月10日，区委第四巡察组对区住房和城乡建设局党组进行了常规巡察。",
            "一、落实城市更新决策部署有差距。老旧小区改造项目前期征求居民意见不充分。",
            "二、建筑市场监管履职不到位。对违法分包问题查处偏软。");
        Assert.Equal(DocumentKind.FeedbackOpinion, s.Kind.Kind);
    }

    [Theory]
    [InlineData("在县委第六轮巡察工作动员部署会上的讲话", false)]
    [InlineData("在县委第二巡察组巡察县水利局党组反馈会上的讲话", true)]
    [InlineData("在巡察反馈暨整改工作动员会上的讲话", true)]
    public void A_speech_opening_a_round_is_no_feedback_speech(string title, bool feedback)
    {
        // A speech at a round's mobilisation meeting says what the groups will look at, with 同志们 and 下面，我强调 like any
        // speech; the feedback speech is the one given when the round's findings are fed back (or its rectification opens).
        var (_, s) = Parse(
            title,
            "县委副书记　某某",
            "同志们：",
            "今天召开会议，对本轮巡察工作进行部署。下面，我强调三点意见。",
            "一、把准政治巡察定位。本轮巡察要紧扣被巡察单位的职责使命，重点看落实上级决策部署的情况。",
            "二、压实被巡察单位的责任。被巡察党组织要主动配合，如实提供材料。");
        Assert.Equal(feedback ? DocumentKind.FeedbackSpeech : DocumentKind.Other, s.Kind.Kind);
    }

    [Fact]
    public void A_provincial_inspections_news_under_a_columns_breadcrumbs_is_feedback()
    {
        // published30 x09's form, in words of our own: the inspected department's own 巡视整改专栏 (its breadcrumb says 整改),
        // then the news headline of a 巡视组's feedback; the body says 巡视, not 巡察.
        var (_, s) = Parse(
            "蕤江省林业厅",
            "首页 > 党建工作 > 巡视整改专栏",
            "省委第五巡视组向省林业厅党组反馈巡视情况",
            "时间：2025-09-02　　来源：厅机关党委",
            "根据省委统一部署，省委第五巡视组对省林业厅党组开展了常规巡视。9月1日，省委第五巡视组向省林业厅党组反馈巡视情况。",
            "巡视组指出，厅党组在国土绿化、林长制落实等方面做了大量工作。巡视也发现一些问题：一是落实森林资源保护责任不够有力，部分林地被违规占用；二是专项资金管理不严，个别项目资金拨付滞后。");
        Assert.Equal(DocumentKind.FeedbackOpinion, s.Kind.Kind);
    }

    [Fact]
    public void A_numbered_title_whose_text_opens_with_digits_is_still_the_item_between_its_neighbours()
    {
        // dev96 p09's form, in words of our own: 2.12348热线…… (a hotline's number right after the item's 2.) over its body,
        // with item 1 before it and an area's heading between it and item 3.
        var (_, s) = Parse(
            "关于巡察县公共法律服务中心党支部的反馈意见",
            "一、贯彻落实决策部署方面",
            "1.乡镇工作站建设滞后。",
            "3个工作站无人值守。",
            "2.12348热线值班补贴发放不实。",
            "有41个班次无人登录，补贴照发1.2万元。",
            "二、全面从严治党方面",
            "3.法律顾问费用支付不规范。",
            "12个村全年没有服务记录。");
        var items = s.AllSections.Where(x => x.Style == NumberingStyle.ArabicDot).ToList();
        Assert.Equal(["1", "2", "3"], items.Select(x => x.Number));
        Assert.StartsWith("12348热线", items[1].Heading, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_numbered_line_whose_text_opens_with_digits_is_an_item_only_when_the_next_line_numbers_on()
    {
        // dev69 p01's form: 5．3名党员按正确基数补缴党费……(a whole measure on one line, no 6. after it) stays text, so that its
        // clauses are read together; a short title would be an item.
        var (_, s) = Parse(
            "关于巡察整改情况的报告",
            "（一）立行立改",
            "4．将2架无人机登记入固定资产账，贴签管理，落实到人。",
            "5．3名党员按正确基数补缴党费共计1260元，支部对全体党员缴费基数重新核定并在支部内公示；对负责党费收缴的支部组织委员进行批评教育。",
            "（二）限期整改");
        Assert.DoesNotContain(s.AllSections, x => x.Style == NumberingStyle.ArabicDot && x.Number == "5");
    }

    [Fact]
    public void News_of_a_rounds_opening_is_no_feedback_though_the_group_says_what_it_will_look_at()
    {
        var (_, s) = Parse(
            "蓠川县委第三轮巡察完成进驻",
            "按照县委部署，县委第三轮巡察4个巡察组已全部完成进驻，分别召开了巡察工作动员会。",
            "巡察组指出，本轮巡察将重点监督检查落实上级决策部署情况，看上轮巡察指出的问题是否真改实改。被巡察单位主要负责人表示，对巡察中发现的问题即知即改。",
            "巡察期间设立值班电话和信箱，信访受理截止时间为2026年6月10日。");
        Assert.Equal(DocumentKind.Other, s.Kind.Kind);
        Assert.Contains(s.Kind.Signals, x => x.Contains("进驻", StringComparison.Ordinal));
    }

    [Fact]
    public void News_of_a_rounds_feedback_to_several_units_is_feedback()
    {
        // published17 w04's form (……巡察完成集中反馈 / 反馈指出，……：对A反馈指出，存在……等问题；……), in words of our own.
        var (_, s) = Parse(
            "芰州市委第三轮巡察完成集中反馈",
            "近日，市委第三轮巡察的2个巡察组分别向市水利局、市统计局党组反馈了巡察情况。",
            "反馈指出，两家单位在服务全市发展大局上取得了积极成效，同时也存在一些问题：对市水利局党组，主要是小型水库安全管理责任落实不到位等问题；对市统计局党组，主要是统计执法检查偏少等问题。",
            "反馈要求，被巡察单位党组要认真抓好整改，整改情况按规定公开。");
        Assert.Equal(DocumentKind.FeedbackOpinion, s.Kind.Kind);
    }

    [Fact]
    public void A_report_that_answers_what_the_feedback_pointed_out_is_no_feedback()
    {
        var (_, s) = Parse(
            "区委巡察办：",
            "针对巡察反馈指出的问题，局党组逐项制定整改措施，现将整改情况报告如下。",
            "1.违规发放补贴问题。整改情况：已追回资金，已完成。",
            "2.公务接待问题。整改情况：修订办法，已完成整改。");
        Assert.Equal(DocumentKind.RectificationReport, s.Kind.Kind);
    }

    [Fact]
    public void Body_wording_decides_when_the_title_is_silent()
    {
        var (_, s) = Parse("区委巡察办：", "一、整改情况", "1.违规发放补贴问题。整改情况：已追回资金，已完成。", "2.公务接待问题。整改情况：修订办法，已完成整改。", "对责任人给予党内警告处分。");
        Assert.Equal(DocumentKind.RectificationReport, s.Kind.Kind);
    }

    [Fact]
    public void A_number_going_on_from_the_item_above_in_another_style_is_the_lists_next_item()
    {
        var (_, s) = Parse("县委第四巡察组对菰洲镇党委的巡察反馈意见", "巡察组指出了以下问题:",
            "1.贯彻落实乡村振兴决策部署有差距,2个衔接资金项目建成后闲置。",
            "２、村级财务监管不严，6个村存在白条入账。",
            "(3)镇党委议事决策不规范,部分工程变更事项由分管领导个人拍板。",
            "（４）干部作风不实，便民服务中心窗口工作日有人脱岗。",
            "5．基层党组织“三会一课”流于形式。");
        Assert.Equal(["1", "2", "3", "4", "5"], s.Sections.Select(x => x.Number));
        Assert.All(s.Sections, x => Assert.Empty(x.Children));
    }

    [Fact]
    public void A_list_below_an_item_that_starts_at_one_stays_below_it()
    {
        var (_, s) = Parse("县委第四巡察组对菰洲镇党委的巡察反馈意见",
            "1.村级财务监管不严。",
            "（1）6个村存在白条入账。",
            "（2）2个村出纳兼管银行卡。",
            "2.干部作风不实。");
        Assert.Equal(["1", "2"], s.Sections.Select(x => x.Number));
        Assert.Equal(2, s.Sections[0].Children.Length);
    }

    [Fact]
    public void A_rounds_statistics_published_as_a_table_is_no_rectification_report()
    {
        // published28 x11's form, in words of our own: a 巡察办 notice of a round's figures (现将……工作数据公布如下 and a table of
        // counts a unit); it publishes no rectification.
        var (_, s) = Parse(
            "十五届县委第二轮巡察工作情况统计",
            "十五届县委第二轮巡察对5个县直部门党组开展了常规巡察，各巡察组已完成反馈。现将本轮巡察主要工作数据公布如下。",
            "序号\t被巡察党组织\t个别谈话（人次）\t发现问题（个）\t移交问题线索（件）",
            "1\t县统计局党组\t36\t14\t1",
            "2\t县档案馆党支部\t21\t9\t0",
            "目前，各被巡察党组织正在按照整改方案推进整改。");
        Assert.NotEqual(DocumentKind.RectificationReport, s.Kind.Kind);
    }

    [Fact]
    public void A_line_between_two_items_whose_numbers_skip_one_is_the_item_whose_number_was_lost()
    {
        // published32 x06's form (3、……；  乡纪委监督作用发挥不充分…… then 5、……), in words of our own: a copy lost item 4's number.
        var (_, s) = Parse("县委第二巡察组向蕖田镇党委反馈巡察情况", "巡察发现的主要问题：",
            "1、落实乡村振兴战略有差距，2个产业项目闲置。",
            "2、惠农资金监管不严，耕地地力补贴重复发放。",
            "3、村级小微权力运行不规范，部分工程未经“四议两公开”；",
            "镇纪委监督作用发挥不充分，近两年对村干部立案数为零。",
            "5、基层党组织建设弱化，发展党员把关不严。");
        Assert.Equal(["1", "2", "3", "4", "5"], s.Sections.Select(x => x.Number));
        Assert.StartsWith("镇纪委监督作用发挥不充分", s.Sections[3].Heading, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_that_skip_one_with_no_single_line_between_lose_nothing()
    {
        var (_, s) = Parse("县委第二巡察组向蕖田镇党委反馈巡察情况", "巡察发现的主要问题：",
            "1、落实乡村振兴战略有差距，2个产业项目闲置。",
            "3、村级小微权力运行不规范。",
            "5、基层党组织建设弱化，发展党员把关不严。");
        Assert.Equal(["1", "3", "5"], s.Sections.Select(x => x.Number));
    }
}
