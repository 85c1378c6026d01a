using RectifyNlp.Tests;

namespace RectifyNlp.Analysis.Tests;

/// <summary>Problems however the feedback writes them, problems restated by a report, and measures with their facts.</summary>
[Collection(AnalyzerGroup.Name)]
public sealed class ExtractionTests(AnalyzerFixture fixture)
{
    [Fact]
    public void Numbered_problems_under_areas_are_problems_and_the_areas_are_not()
    {
        var feedback = fixture.Parser.Parse(RepositoryPaths.Sample("feedback-opinion.txt"));
        var report = fixture.Parser.Parse(RepositoryPaths.Sample("rectification-report.txt"));
        var result = fixture.Analyzer.Analyze(feedback, report);
        Assert.Equal(9, result.Issues.Length);
        Assert.DoesNotContain(result.Issues, i => i.Text.StartsWith("贯彻落实上级决策部署不够有力", StringComparison.Ordinal));
        Assert.Equal("贯彻落实上级决策部署不够有力", result.Issues[0].Area);
        Assert.StartsWith("落实基层医疗服务能力提升工作进度滞后", result.Issues[0].Text, StringComparison.Ordinal);
        Assert.Equal(result.Issues[0].Text, feedback.Text.Text[result.Issues[0].Span.Start..result.Issues[0].Span.End]);
        Assert.Equal(["decisions", "ideology"], result.Issues.Take(2).Select(i => i.Category));
        Assert.Equal(9, result.AnsweredCount);
    }

    [Fact]
    public void An_item_that_opens_as_an_act_but_tells_a_sum_wrongly_taken_is_a_problem()
    {
        // dev108 p02's form, in words of our own: among 一是……四是……, one item opens on what the unit did (对同一批……收取两次……)
        // and reads to the classifier as a measure; with the fee taken again (又收取一次) and its sum it states a problem.
        var result = fixture.Analyze("""
            县水利局党组第二巡察组向县河道采砂管理站党支部反馈巡察情况
            11月20日，局党组第二巡察组向县河道采砂管理站党支部反馈巡察情况。巡察也发现了一些问题：一是河道采砂规划执行不严，年度可采区范围没有在开采前向社会公布；二是对同一批运砂船收取两次计量费，对已在过驳点缴纳计量费的运砂船，在开具运输单时又收取一次，2024年涉及运砂船37艘次、金额3.8万元；三是夜间巡查记录与实际对不上，有46次巡查既没有出航登记，也没有相应油耗；四是群众举报处理不及时，全年有5件举报超过办理时限。
            巡察组要求，采砂管理站党支部要提高政治站位，逐项整改到位。
            """, """
            县河道采砂管理站党支部关于巡察整改情况的报告
            一、年度可采区范围和可采量已于3月在县政府网站公布。
            二、重复收取的计量费3.8万元已全部清退。
            三、夜间巡查实行出航登记和轨迹留存。
            四、举报实行限时办结台账管理。
            """);
        Assert.Equal(4, result.Issues.Length);
        Assert.Contains("对同一批运砂船收取两次计量费", result.Issues[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_verdict_that_grants_what_the_unit_did_and_turns_to_a_failing_in_one_sentence_raises_it()
    {
        // published36 x05's form, in words of our own: a portal item in indirect speech whose first finding follows the
        // verdict's 能够……，但…… inside one sentence, the others in paragraphs of their own (巡察组还发现…… / 同时指出……).
        var result = fixture.Analyze("""
            县委第二巡察组向县农机服务中心党支部反馈巡察情况
            6月12日，县委第二巡察组向县农机服务中心党支部反馈巡察情况。
            巡察组认为，中心党支部能够贯彻落实县委部署，在农机补贴兑付方面做了大量工作，但对农机化示范基地建设研究不够、推动不力，3个示范基地有2个至今没有投入使用。
            巡察组还发现，中心资产管理较为粗放，2台大型收割机长期闲置，没有登记入账。
            巡察组同时指出，党支部组织生活不严肃，2024年有4次主题党日以业务会代替。
            巡察组要求，中心党支部要认真抓好整改，整改情况按规定报送并公开。
            """, """
            县农机服务中心党支部关于巡察整改情况的报告
            一、示范基地已全部投入使用。
            二、2台收割机已登记入账。
            三、主题党日按月单独召开。
            """);
        Assert.Equal(3, result.Issues.Length);
        Assert.Contains("示范基地建设研究不够", result.Issues[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_that_turns_with_what_falls_short_raises_its_failings()
    {
        // published36 x09's form, in words of our own: each paragraph of a 反馈意见（摘要） grants, turns (但 / 巡察发现 /
        // 不足的是), names its failings and asks; the turn 不足的是， opens failings as 但 does.
        var result = fixture.Analyze("""
            县委第一巡察组关于巡察县档案馆党支部的反馈意见（摘要）
            根据县委统一部署，县委第一巡察组对县档案馆党支部进行了常规巡察。现将反馈意见摘要公布如下。
            馆党支部重视理论学习，“第一议题”制度执行较好。但档案数字化推进缓慢，馆藏档案数字化率不到三成。党支部要拿出时间表，加快推进。
            档案利用服务有制度、有台账，群众查档基本方便。不足的是，查档登记审核把关不严，有3次查档没有核验身份；上轮巡察指出的库房温湿度监测问题整改后又有反弹。党支部要举一反三，防止问题反复。
            """, """
            县档案馆党支部关于巡察整改情况的报告
            一、数字化外包项目已启动。
            二、查档一律核验身份。
            三、库房温湿度实行每日监测。
            """);
        Assert.Equal(3, result.Issues.Length);
        Assert.Contains("查档登记审核把关不严", result.Issues[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_object_among_listed_failings_shares_the_failing_after_it()
    {
        // published36 x06's form, in words of our own: one long 存在A、B……等问题 clause whose items each state a failing,
        // but for two objects that share one (水资源费征收、取水许可审批把关不严): one problem, not a problem 水资源费征收.
        var result = fixture.Analyze("""
            县委第四巡察组向县水利局党组反馈巡察情况
            6月18日，县委第四巡察组向县水利局党组反馈巡察情况。巡察组指出，局党组存在学习贯彻上级部署不够深入、河长制责任压力传导不到位、小型水库除险加固进度滞后、水资源费征收、取水许可审批把关不严、公务接待超标准、党员发展工作停滞等问题。巡察组要求，局党组要认真抓好整改。
            """, """
            县水利局党组关于巡察整改情况的报告
            一、已组织专题学习。
            """);
        Assert.Equal(6, result.Issues.Length);
        Assert.Contains(result.Issues, i => i.Text.StartsWith("水资源费征收、取水许可审批把关不严", StringComparison.Ordinal));
    }

    [Fact]
    public void Clauses_of_failings_before_a_cue_inside_their_sentence_are_items_of_its_list()
    {
        // published36 x07's form, in words of our own: a newspaper's summary puts its problems in 在……上，…… clauses of one
        // sentence, and only the fourth says 存在……的情况: the three before it are problems as much as those after it.
        var result = fixture.Analyze("""
            县委第三巡察组向县交通投资集团党委反馈巡察意见
            本报讯　6月20日，县委第三巡察组向县交通投资集团党委反馈巡察情况。
            反馈意见指出，集团党委把方向、管大局作用发挥不够充分。在重大投资决策上，党委前置研究程序没有落实到位；在工程建设管理上，工程变更签证手续不全；在国有资产管理上，闲置资产底数不清；在落实中央八项规定精神上，业务招待费列支不规范，存在以培训费名义报销餐费的情况；在选人用人上，中层干部选拔程序不够规范；在基层党建上，下属公司党支部组织生活不规范。
            巡察组要求，集团党委要压实整改责任，逐项建账、限时销号。
            """, """
            县交通投资集团党委关于巡察整改情况的报告
            一、已完善党委前置研究清单。
            """);
        Assert.Equal(6, result.Issues.Length);
        Assert.Contains("党委前置研究程序没有落实到位", result.Issues[0].Text, StringComparison.Ordinal);
    }

    private const string RoundNotice = """
        柳河市委巡察工作领导小组办公室
        关于市委第七轮巡察反馈情况的通报

        各县（区）委，市直各单位党组（党委）：
        市委第七轮巡察对市水务局党组、市图书馆党支部开展了常规巡察，2025年5月8日分别反馈了巡察意见。现将有关情况通报如下。

        一、市水务局党组
        巡察指出，市水务局党组一是水利工程建设管理不严，两个灌区改造项目未批先建；二是河道采砂监管缺位，非法采砂点屡禁不止。

        二、市图书馆党支部
        巡察组向市图书馆党支部反馈，存在以下问题：
        1.图书采购未执行政府采购程序，2024年有3批次图书直接指定书商供货。
        2.古籍保护经费结余长期挂账，未按规定上缴。
        3.支部组织生活不规范，主题党日多次以业务会代替。

        三、工作要求
        各被巡察党组织要在三个月内报送整改情况报告。

        柳河市委巡察工作领导小组办公室
        2025年5月12日
        """;

    [Fact]
    public void A_notice_on_several_units_gives_the_problems_of_the_reports_unit_alone()
    {
        var result = fixture.Analyze(RoundNotice, """
            市图书馆党支部关于巡察整改情况的报告
            一、关于图书采购未执行政府采购程序的问题
            自2025年6月起图书采购全部纳入政府采购平台，对指定书商供货的经办人进行诫勉谈话。
            二、关于古籍保护经费结余挂账的问题
            结余经费18.4万元已于2025年7月上缴财政。
            三、关于支部组织生活不规范的问题
            制定主题党日计划，由支部书记审定每次活动方案。
            """);
        Assert.Equal(3, result.Issues.Length);
        Assert.StartsWith("图书采购未执行政府采购程序", result.Issues[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Issues, i => i.Text.Contains("采砂", StringComparison.Ordinal) || i.Text.Contains("党组", StringComparison.Ordinal));
        Assert.Equal(3, result.AnsweredCount);
    }

    [Fact]
    public void A_notice_on_several_units_never_lists_a_units_heading_as_a_problem()
    {
        // A report that names neither unit: every unit's problems are kept, the unit headings are not problems.
        var result = fixture.Analyze(RoundNotice, "整改情况的报告\n一、关于河道采砂监管缺位的问题\n开展非法采砂专项整治，取缔采砂点4处。");
        Assert.Contains(result.Issues, i => i.Text.StartsWith("河道采砂监管缺位", StringComparison.Ordinal));
        Assert.Contains(result.Issues, i => i.Text.StartsWith("古籍保护经费结余长期挂账", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Issues, i => i.Text.TrimEnd('。') is "市水务局党组" or "市图书馆党支部");
    }

    [Fact]
    public void A_report_answering_in_theme_paragraphs_and_a_ledger_of_sentences_has_its_measures_matched_by_content()
    {
        // No heading of the report restates a problem: the answers are theme paragraphs under 主要做法 and ledger rows
        // written as sentences below 下一步打算.
        var result = fixture.Analyze(RoundNotice, """
            市图书馆党支部
            巡察整改工作总结

            一、整改工作开展情况
            支部书记履行第一责任人职责，成立整改工作领导小组，制定整改方案。

            二、主要做法
            （一）规范采购管理。图书采购全部纳入政府采购平台，对指定书商供货的经办人进行诫勉谈话，修订《图书采购管理办法》。
            （二）规范经费管理。古籍保护经费结余18.4万元已上缴财政，建立专项经费季度清理制度。
            （三）规范组织生活。主题党日与业务会分开召开，支部书记审定每次活动方案。

            三、下一步打算
            支部将持续巩固整改成果，整改情况已在馆内公示栏公布。
            附：整改台账
            第1项，图书采购问题，由副馆长朱砚负责，2025年6月底前完成，已完成。
            第2项，古籍保护经费挂账问题，由财务室负责，2025年7月底前完成，已完成。

            市图书馆党支部
            2025年8月1日
            """);
        Assert.Equal(3, result.Issues.Length);
        Assert.Equal(3, result.AnsweredCount);
        var procurement = result.Measures.Where(m => m.Links.Any(l => l.IssueId == result.Issues[0].Id)).Select(m => m.Text).ToList();
        Assert.Contains(procurement, t => t.StartsWith("（一）规范采购管理", StringComparison.Ordinal));
        Assert.Contains(procurement, t => t.StartsWith("第1项", StringComparison.Ordinal));
        Assert.Contains(result.Measures, m => m.DocumentLevel && m.Text.StartsWith("支部将持续巩固整改成果", StringComparison.Ordinal));
    }

    [Fact]
    public void A_news_paragraph_lists_its_problems_by_area_with_groups_by_semicolon_and_items_by_enumeration_comma_or_yishi()
    {
        var result = fixture.Analyze("""
            市委第四巡察组向市档案馆党组反馈巡察情况

            9月3日，市委第四巡察组向市档案馆党组反馈巡察情况。
            巡察组指出，市档案馆党组在落实上级决策部署方面，存在档案数字化任务推进迟缓、馆藏开放审核积压严重等问题；在全面从严治党方面，一是专项经费使用不规范，部分修裱费用未经审批列支，二是干部职工廉洁教育偏松，存在收受服务商购物卡情况；在党的建设方面，存在支部换届延期、党员发展程序不严等问题。
            巡察组要求，市档案馆党组要认真抓好整改。
            """, "市档案馆党组关于巡察整改情况的报告\n一、关于档案数字化任务推进迟缓的问题\n制定数字化三年计划。");
        Assert.Equal(
            ["档案数字化任务推进迟缓", "馆藏开放审核积压严重", "专项经费使用不规范", "干部职工廉洁教育偏松", "支部换届延期", "党员发展程序不严"],
            result.Issues.Select(i => i.Text[..Math.Min(i.Text.Length, i.Text.IndexOfAny(['，', '。']) is var c and > 0 ? c : i.Text.Length)]));
    }

    [Fact]
    public void A_speech_part_on_the_problems_gives_no_praise_and_splits_clauses_in_parallel()
    {
        var result = fixture.Analyze("""
            在区委第三巡察组巡察区气象局党组情况反馈会上的讲话
            一、正确看待巡察发现的问题
            这次巡察中，巡察组坚持实事求是，既肯定成绩，也指出问题。区气象局党组近年来在气象服务保障等方面做了大量工作，这些都值得肯定。
            但也要清醒看到，局党组在一些方面还存在差距。一些干部对预警信息发布职责认识不清；一些观测站点维护不及时，3个自动站全年缺测超过10天。有的专项经费使用不规范，2024年有2.1万元用于购置办公家具。
            二、扎实抓好巡察整改
            一要压实整改责任。二要建立长效机制。
            """, "区气象局党组关于巡察整改情况的报告\n一、关于专项经费使用不规范的问题\n已收回2.1万元。");
        Assert.Equal(3, result.Issues.Length);
        Assert.StartsWith("一些干部对预警信息发布职责认识不清", result.Issues[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("一些观测站点维护不及时", result.Issues[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_speech_part_on_the_problems_keeps_each_problems_evidence_and_named_topic_with_it()
    {
        // dev13 p10's form, in other words: a topic named alone (先说……。), the problem, then what the inspectors looked at
        // and what people said — one problem a paragraph, its evidence not a problem of its own; a turn (与此相关，) opens another.
        var result = fixture.Analyze("""
            在区委巡察组向区救助管理站党支部反馈巡察情况会议上的讲话
            一、肯定成绩
            这几年站里完成了救助大厅改造，工作是有成效的。
            二、正视巡察发现的问题
            先说救助登记。临时救助对象登记本应当场核验身份，巡察组调阅了2024年以来的登记台账，有9人次没有核验记录。受助人员反映，登记窗口经常无人值守。
            再说夜间值守。按照规定的值守人员配置，站里至少缺4名值守员，值班记录显示有的夜班时段无人巡查。
            廉洁方面，站里的物资采购没有比价，2024年以来向一家超市采购物资6.3万元。与此相关，受助人员寄存的财物没有实行双人登记，领取签字不全。
            三、抓好整改
            第一，要压实责任。第二，要建立台账。
            """, "区救助管理站党支部关于巡察整改情况的报告\n一、关于救助登记不规范的问题\n逐人补核身份信息9人次。");
        Assert.Equal(4, result.Issues.Length);
        Assert.Contains("巡察组调阅了2024年以来的登记台账", result.Issues[0].Text, StringComparison.Ordinal);
        Assert.Contains("登记窗口经常无人值守", result.Issues[0].Text, StringComparison.Ordinal);
        Assert.Contains("至少缺4名值守员", result.Issues[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("与此相关", result.Issues[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_speech_that_takes_its_areas_in_turn_a_paragraph_each_raises_one_problem_a_paragraph_however_it_announced_them()
    {
        // dev48 p03's form, in other words: no sentence announces the problems in a form we know; the speaker names each
        // area in turn (先说…… / 再说…… / 第三个方面是……), and an aside between them finds nothing wrong.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县委第二巡察组巡察县图书馆党支部情况反馈会上的讲话
            同志们：
            总的看，馆党支部这几年推进全民阅读，做了不少工作。同时也要看到，巡察中发现的一些情况还比较突出，大家要正视。
            先说阅读推广。馆里活动办得多，但是基层服务点的图书多年没有更新，全县36个服务点中有14个借阅量为零。
            再说经费管理。2024年购书经费结余18万元，没有按规定上缴，而是转入下一年度自行使用。
            这里我也顺带说一句，馆里的古籍保护工作总体规范，这方面巡察没有发现大的问题。
            第三个方面是支部建设。支部“三会一课”记录不全，2024年有3个月没有召开支委会。
            针对以上问题，我提两点要求。一要压实整改责任。二要建立长效机制。
            """));
        Assert.Equal(3, problems.Length);
        Assert.Contains("借阅量为零", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("购书经费结余18万元", problems[1].Text, StringComparison.Ordinal);
        Assert.Contains("没有召开支委会", problems[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_speech_whose_numbered_parts_each_state_a_problem_and_then_what_must_be_done_raises_each_problem()
    {
        // dev72 p02's form, in words of our own: each numbered part opens on its problem, gives the evidence and ends on what
        // the unit must do (这个要改：……要……), which makes the whole part read as a requirement; the closing requirements are
        // not problems.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县委第五巡察组巡察县档案馆党支部情况反馈会上的讲话
            （2025年3月12日）
            同志们：
            总的看，档案馆这几年在数字化建设上下了功夫，这是要肯定的。同时，巡察也发现了一些问题，我一个一个讲，讲一个说一个怎么改。
            第一、档案安全管理不到位。库房温湿度记录有4个月空白，消防设施过期未检，去年汛期一间库房进水，受潮档案至今没有修复。这个要改：馆党支部要把库房安全作为底线，马上组织排查，责任要落到人。
            第二、档案利用服务不规范。查档登记簿有27次查阅没有审批签字，还有2次向无关人员提供了涉及个人隐私的档案。这个要改：要严格执行查档审批，违规提供的要查清楚、严肃处理。
            第三、财务报销把关不严。2024年有9笔劳务费没有发放明细，合计3.1万元，报销凭证由经办人一人签字了事。这个要改：要把账目逐笔核清，多发的要追回。
            最后，我再提几点要求。要切实扛起整改主体责任，支部书记要当好第一责任人；要建立整改台账，明确责任人和完成时限；要在反馈之日起三个月内报送整改情况报告。
            """));
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("档案安全管理不到位", problems[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("档案利用服务不规范", problems[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("财务报销把关不严", problems[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_speech_whose_numbered_parts_are_requirements_raises_none_of_them()
    {
        // The counter-case: parts that are requirements throughout (their headlines name no failing) stay requirements.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县委第五巡察组巡察县档案馆党支部情况反馈会上的讲话
            同志们：
            巡察发现的主要问题，书面反馈意见已经列明：1．档案安全管理不到位，库房温湿度记录有4个月空白。2．财务报销把关不严，有9笔劳务费没有发放明细。
            下面，我就抓好整改讲三点意见。
            第一、提高政治站位。馆党支部要把巡察整改作为重大政治任务，不能把反馈意见当一般工作意见对待。
            第二、压实整改责任。支部书记要履行第一责任人职责，班子成员要认领分管的问题，对每个问题明确责任人和时限。
            第三、注重建章立制。对库房安全、查档审批、劳务费发放等方面的漏洞，要从制度上堵住。
            """));
        Assert.Equal(2, problems.Length);
        Assert.DoesNotContain(problems, p => p.Text.Contains("站位", StringComparison.Ordinal) || p.Text.Contains("建章立制", StringComparison.Ordinal));
    }

    [Fact]
    public void Minutes_of_the_feedback_meeting_give_the_problems_the_feedback_points_out_after_its_praise_and_after_a_lead_that_only_announces()
    {
        // dev72 p10's form, in words of our own: the minutes report what the feedback found (反馈认为，…… praise. 反馈指出，A
        // 重……轻……，……；与此同时，B……), then a paragraph whose first sentence only says there are failings in an area
        // (……存在不规范的地方。) and whose sentences after it are the problems; then the requirements the meeting set.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第二巡察组巡察县老年大学党支部情况反馈会议纪要
            时间：2025年6月3日上午
            地点：县老年大学二楼会议室
            一、巡察组反馈巡察情况
            会上，巡察组组长代表县委第二巡察组反馈了巡察情况。反馈认为，老年大学这几年办学规模稳步扩大，在校学员从900人增加到2400人，社会反响较好。反馈指出，学校在教学管理中重开班数量、轻教学质量，2024年有6个班全年没有教学计划，授课教师的课时记录与实际不符；与此同时，对学员活动的安全保障跟不上，外出写生活动没有制定安全预案，也没有为学员购买意外保险。
            反馈还指出，学校在经费和资产管理上存在不规范的地方。学员交纳的教材费3.2万元没有纳入单位账户，由教务处自行收支；另外，学校的2台钢琴借给个人使用一年多，没有借用手续。在党的建设方面，学校党支部对学员党员的教育管理缺位，学员临时党支部一年只开展了一次活动。
            二、县委巡察办传达整改要求
            会议强调，学校党支部要切实履行整改主体责任，建立整改台账，明确责任人和完成时限，在反馈之日起三个月内报送整改情况报告。
            """));
        Assert.Equal(5, problems.Length);
        Assert.StartsWith("学校在教学管理中重开班数量、轻教学质量", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("安全保障跟不上", problems[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("学员交纳的教材费3.2万元", problems[2].Text, StringComparison.Ordinal);
        Assert.Contains("钢琴借给个人使用", problems[3].Text, StringComparison.Ordinal);
        Assert.Contains("教育管理缺位", problems[4].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(problems, p => p.Text.Contains("不规范的地方", StringComparison.Ordinal));
    }

    [Fact]
    public void A_speech_that_goes_over_the_groups_findings_a_paragraph_each_raises_one_problem_a_paragraph()
    {
        // dev72 p04's form, in words of our own: a county leader at the feedback meeting takes up the group's findings a
        // paragraph each (巡察组指出，…… / 巡察组还指出，…… / 关于……，巡察组反映，……), each with its evidence and his comment;
        // a sentence about the problems fed back (今天反馈的问题，有几条……) raises none.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委常委宁远舟在县委第三巡察组巡察县公共资源交易中心党支部情况反馈会上的讲话
            同志们：
            刚才，巡察组反馈了巡察意见，我完全同意，中心要照单全收。
            中心这几年交易规模不断扩大，电子化交易全面推开，这是要肯定的。但是今天反馈的问题，有几条我听了很不放心。我再强调几条。
            巡察组指出，中心对评标专家的管理有漏洞。巡察组查到，有3名评标专家在半年内参加同一家代理机构的项目评审11次，中心没有发现。这是要出问题的。
            巡察组还指出，场内见证流于形式。见证记录很多是事后补填的，巡察组抽查了40份，有26份没有见证人签字。
            关于保证金，巡察组反映，中心有127万元投标保证金超期未退，最长的拖了两年。企业对此意见很大。
            关于支部建设，巡察组讲到，支部一年只开了两次组织生活会，党员学习以读文件为主。
            下面，我讲两点意见。
            第一，要压实整改责任。中心党支部书记是第一责任人，每个问题都要明确责任人和完成时限。
            第二，要注重建章立制，从制度上堵塞漏洞。
            """));
        Assert.Equal(4, problems.Length);
        Assert.Contains("评标专家的管理有漏洞", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("半年内参加同一家代理机构", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("127万元投标保证金", problems[2].Text, StringComparison.Ordinal);
        Assert.Contains("组织生活会", problems[3].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(problems, p => p.Text.Contains("不放心", StringComparison.Ordinal));
    }

    [Fact]
    public void A_speech_that_says_today_it_feeds_back_the_problems_raises_each_paragraph_after_its_praise_up_to_its_close()
    {
        // dev72 p08's form, in words of our own: the opening ends 今天，我代表巡察组把巡察发现的问题向大家反馈。; the praise that
        // follows grants hardships overcome (克服……不足的困难); each paragraph after it is one problem, whatever it opens with
        // (但是我们也要看到， / 巡察中我们还注意到， / 再一个是…… / ……方面，), up to 问题就反馈这些。 and the requirements.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县委第六巡察组巡察县青少年活动中心党支部情况反馈会上的讲话
            同志们：
            根据县委部署，县委第六巡察组对县青少年活动中心党支部进行了巡察，同中心职工谈话36人次，调阅了近三年的会议记录和财务账目。今天，我代表巡察组把巡察发现的问题向大家反馈。
            中心这几年克服场地老化、师资不足的困难，每年开设公益课程两百多个班次，家长的评价是好的。这些成绩，巡察组是认可的。
            但是我们也要看到，中心的公益属性有淡化的倾向。2024年开设的培训班里收费班占了六成，公益班报名要排两个学期。
            巡察中我们还注意到，场地出租比较随意。中心的两间多功能厅长期租给一家培训机构，没有经过集体研究，租金明显偏低。
            再一个是安全问题。中心有40具灭火器过期，攀岩墙的检测报告也过期了一年。
            财务管理方面，培训费还在收现金，约5万元隔了一个多月才入账。
            问题就反馈这些。下面，我代表巡察组提三点要求。
            一要找回公益属性，公益班要优先保障。二要规范场地出租，该集体研究的集体研究。三要守住安全底线，过期设施立即更换。
            """));
        Assert.Equal(4, problems.Length);
        Assert.Contains("公益属性有淡化的倾向", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("场地出租比较随意", problems[1].Text, StringComparison.Ordinal);
        Assert.Contains("40具灭火器过期", problems[2].Text, StringComparison.Ordinal);
        Assert.Contains("培训费还在收现金", problems[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_problem_lists_preamble_that_announces_problems_and_asks_for_measures_raises_only_the_listed_problems()
    {
        // dev70 p10's form, in words of our own: a 问题清单 whose preamble says problems remain (……还存在一些问题。) and asks
        // the unit for measures (站党支部要对清单所列问题逐项制定整改措施……): the request is not a problem.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第二巡察组巡察县种子管理站党支部
            反馈问题清单
            2025年2月10日，巡察组向站党支部反馈了巡察情况，并移交本问题清单。巡察认为，站党支部能够围绕种子质量监管开展工作，但在落实责任和内部管理等方面还存在一些问题。站党支部要对清单所列问题逐项制定整改措施，实行台账管理，在反馈之日起三个月内报送整改情况报告。
            （一）种子质量抽检覆盖不全
            问题表现：2024年春播期间，质量抽检只覆盖了全县经营门店的61%，4个乡镇全年未抽检。
            （二）检验仪器管理不规范
            问题表现：2台发芽箱检定证书已过期仍在使用，仪器使用记录有7个月空白。
            （三）公务接待审批不严
            问题表现：2024年有5批次接待没有公函，接待清单由经办人事后补填。
            """));
        Assert.Equal(3, problems.Length);
        Assert.DoesNotContain(problems, p => p.Text.Contains("逐项制定整改措施", StringComparison.Ordinal));
        Assert.StartsWith("种子质量抽检覆盖不全", problems[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_colloquial_speech_that_turns_from_praise_to_problems_a_paragraph_each_raises_each_paragraph_up_to_its_requirements()
    {
        // dev67 p08's form, in words of our own: no heading, list or announcement; the speaker turns (可是，……) and then takes a
        // problem a paragraph, asking questions as he goes, up to the paragraph that sets the requirements.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县委第三巡察组巡察县文化馆党支部反馈会上的讲话
            同志们：
            巡察组在文化馆待了一个多月，今天就跟大家说说心里话。
            这几年，文化馆送戏下乡、办培训班，群众是欢迎的，这一点大家都看得到。
            可是，送文化送到哪里去了？一年的下乡演出记录有40场，我们到村里去问，有一半的村说没见过演出队。这样的下乡，有多少是真下去了？
            培训班也有问题。公益培训班的学员名册，有30多人是同一批人反复报名，真正想学的群众报不上名。这公平吗？
            再说经费。2024年的演出经费里，有6.3万元是给外请演员的劳务费，只有一张收据，没有签收单，钱到底给了谁？
            最后说说支部。支部一年的主题党日，有一半开成了排练会，学习只是念念文件。
            大家辛苦，巡察组也理解。对整改，我提三点要求：一是主要负责同志要亲自抓；二是该退的钱要退；三是要建立管长远的制度。
            谢谢大家。
            """));
        Assert.Equal(4, problems.Length);
        Assert.Contains("一年的下乡演出记录有40场", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("同一批人反复报名", problems[1].Text, StringComparison.Ordinal);
        Assert.Contains("6.3万元", problems[2].Text, StringComparison.Ordinal);
        Assert.Contains("排练会", problems[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_speech_by_area_paragraphs_raises_neither_its_praise_of_no_accident_nor_the_title_of_its_closing_part()
    {
        // dev48 p08's form, in other words: 一、巡察发现的成绩和问题 opens with a paragraph of praise whose one failing word
        // records no accident (没有发生……事故); 从……看，…… paragraphs each raise a problem; 三、关于整改时限 is a part's title.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县委第二巡察组巡察县燃气有限公司党支部反馈会上的讲话
            同志们：
            下面，我代表巡察组反馈巡察情况。
            一、巡察发现的成绩和问题
            从巡察情况看，公司党支部这几年保障全县供气平稳，2024年新增管网32公里，没有发生较大燃气安全事故。这一点值得肯定。
            从党的领导看，重大事项前置研究落实不到位。2024年一笔150万元的管材采购没有经过党支部研究，由经理办公会直接决定。
            从财务管理看，燃气费清收不力，8家工商用户累计欠费46万元，公司没有采取有效催收措施。
            从基层党建看，党员教育管理松散，有5名党员连续半年没有参加组织生活。
            二、对整改工作的要求
            第一，要压实整改责任。第二，要逐项抓好整改。第三，要注重建章立制。
            三、关于整改时限
            请公司党支部在反馈之日起三个月内报送整改情况报告。
            """));
        Assert.Equal(3, problems.Length);
        Assert.Contains("管材采购没有经过党支部研究", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("燃气费清收不力", problems[1].Text, StringComparison.Ordinal);
        Assert.Contains("没有参加组织生活", problems[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_speech_that_says_there_are_still_gaps_names_its_problems_as_headings_and_turns()
    {
        // dev13 p04's form, in other words: ……还有不少差距。 announces; 首先是……。 names a problem the sentences after it
        // state; 与此相关的是 and 还有一个现象需要引起警惕： turn to another; 在……方面， opens another inside a paragraph.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在区委巡察组巡察区档案馆党支部情况反馈会上的讲话
            同志们：
            总的看，馆党支部近年来推进档案数字化，工作有成效，应当肯定。
            但是，从巡察了解的情况看，馆党支部在落实管党治党责任和规范管理方面还有不少差距。
            首先是档案借阅审批把关不严。巡察组随机抽查了2024年的借阅登记，有14次借阅没有审批签字。与此相关的是复制收费不规范，2024年在规定项目之外收取加急费0.8万元。
            其次是保密纪律执行不严。个别工作人员在未登记的情况下把涉密档案带出库房。还有一个现象需要引起警惕：有的工作人员与查档中介往来过密，节假日接受中介宴请。
            此外，内部管理制度不健全。馆里至今没有一套完整的库房管理制度，钥匙领用登记混乱。
            下面，我提三点要求。
            第一，要提高政治站位。第二，要抓好问题整改。第三，要建立长效机制。
            """));
        Assert.Equal(5, problems.Length);
        Assert.Contains("有14次借阅没有审批签字", problems[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("与此相关的是复制收费不规范", problems[1].Text, StringComparison.Ordinal);
        Assert.Contains("涉密档案带出库房", problems[2].Text, StringComparison.Ordinal);
        Assert.Contains("查档中介往来过密", problems[3].Text, StringComparison.Ordinal);
        Assert.Contains("钥匙领用登记混乱", problems[4].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_speech_that_turns_to_announce_its_problems_and_counts_them_by_ordinals_per_area_raises_each_once()
    {
        // dev21 p02's form, in other words: praise, then 但是，巡察是来找问题的，下面我重点讲问题，讲两个方面。 (an announcement,
        // no problem); 这个方面有两个问题。头一个，…… (the count runs on into 第二个问题 in the next paragraph).
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县委巡察组巡察县人民医院党委情况反馈会上的讲话
            同志们：
            总的看，医院这几年是下了功夫的，群众口碑总体不错。但是，巡察是来找问题的，下面我重点讲问题，讲两个方面。
            第一个方面，是党委把方向、管大局的作用发挥得还不够。
            这个方面有两个问题。头一个，党委会和院长办公会的议事边界不清。我们翻了2024年全年的会议记录，有14项事项是院长办公会直接定的。
            第二个问题，意识形态工作责任制落实不够。院党委2024年只开了1次专题研判会。
            第二个方面，是纪律作风方面存在薄弱环节。
            第三个问题，医保基金使用不规范。我们抽查了出院病历300份，发现串换收费项目。
            最后，我提三点要求。第一，要提高认识。第二，要压实责任。第三，要按时报送整改报告。
            """));
        Assert.Equal(3, problems.Length);
        Assert.Contains("议事边界不清", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("14项事项", problems[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("意识形态工作责任制落实不够", problems[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("医保基金使用不规范", problems[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_problem_table_drawn_with_borders_a_rule_line_and_subtotals_lists_one_problem_a_numbered_row()
    {
        // published9 w08's form, in other words: ｜序号｜领域｜问题表现｜ with ｜----｜ under it, merged area cells left
        // blank and 小计/合计 rows.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第二巡察组向县林业局党组反馈巡察情况（附问题清单）
            11月20日，县委第二巡察组向县林业局党组反馈巡察情况，巡察发现的问题清单如下。
            ｜序号｜领域｜问题表现｜发现方式｜
            ｜----｜----｜----｜----｜
            ｜1｜政治建设｜学习贯彻林长制部署要求不深入，督导记录多为空白｜查阅资料｜
            ｜2｜　｜重大事项请示报告不及时，1起毁林案件未按规定报告县委｜个别谈话｜
            ｜小计｜　｜2项｜　｜
            ｜3｜监管履职｜林木采伐审批后监管缺位，3起超量采伐未被发现｜实地查看｜
            ｜小计｜　｜1项｜　｜
            ｜合计｜　｜3项｜　｜
            针对上述问题，巡察组建议：局党组要压实责任，完善督导机制。
            """));
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("学习贯彻林长制部署要求不深入", problems[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("林木采伐审批后监管缺位", problems[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ledger_drawn_with_borders_in_a_report_read_alone_restates_each_problem_once_and_no_rule_line()
    {
        // The report-side twin of published9 w08's table: ｜序号｜反馈问题｜整改措施｜… with ｜----｜ under its header, its last
        // row just above the signature (a row closed by its border is whole: the signature is not its last cell).
        var result = fixture.Analyze(null, """
            中共区农业农村局党组关于巡察整改情况的报告
            2025年4月10日，区委第一巡察组向局党组反馈了巡察意见，现将整改情况报告如下。
            局党组成立巡察整改工作领导小组，党组书记任组长，对重点问题直接部署、直接督办。
            ｜序号｜反馈问题｜整改措施｜责任领导｜完成情况｜
            ｜----｜----｜----｜----｜----｜
            ｜1｜高标准农田建设项目推进缓慢｜实行周调度，已完成建设1.5万亩｜副局长张立｜正在推进｜
            ｜2｜违规发放补贴｜4.2万元已全部清退，对办公室主任诫勉谈话｜党组书记王山｜已完成｜
            ｜3｜涉农资金管理制度缺失｜制定《涉农资金拨付审核办法》｜副局长李河｜已完成｜
            ｜4｜机关党支部“三会一课”落实不到位｜重新召开专题组织生活会｜机关党委书记赵江｜已完成｜
            中共区农业农村局党组
            2025年6月30日
            """);
        Assert.Equal(["高标准农田建设项目推进缓慢", "违规发放补贴", "涉农资金管理制度缺失", "机关党支部“三会一课”落实不到位"], result.Issues.Select(i => i.Text));
        Assert.DoesNotContain(result.Measures, m => m.Text.Contains("----", StringComparison.Ordinal) || m.Text.Contains("中共区农业农村局党组", StringComparison.Ordinal));
    }

    [Fact]
    public void Cases_under_a_problem_after_a_line_saying_so_are_its_evidence_not_problems()
    {
        // dev21 p05's form, in other words: each problem followed by a box 典型案例 / 1.…… / 2.……, no colon, numbers that
        // run into a year (1.2024年).
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            乡党委第二巡察组关于巡察蓼塘村党支部的反馈意见
            一、巡察发现的主要问题
            （一）村党支部政治功能发挥不够
            “三会一课”制度执行不严格，2024年党员大会只召开2次。
            典型案例
            1.2024年有3次支委会记录照抄上级通知，没有讨论过程。
            2.2024年“七一”主题党日签到23人，实到不足10人。
            （二）村集体“三资”管理混乱
            集体资产发包未经村民代表会议讨论，收入未及时入账。
            典型案例
            1.2023年鱼塘发包由村两委直接决定，承包费明显偏低。
            二、整改要求
            一是村党支部要切实履行整改主体责任。
            """));
        Assert.Equal(2, problems.Length);
        Assert.StartsWith("村党支部政治功能发挥不够", problems[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("村集体“三资”管理混乱", problems[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_problem_list_attached_after_the_requirements_and_the_signature_is_the_problems()
    {
        // dev21 p03's form, in other words: 整改要求 1.–3. in the body, then 附件1 巡察发现问题清单 with 1）2）3） items.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第四巡察组关于巡察县粮食储备公司党支部的反馈意见
            县粮食储备公司党支部：
            县委第四巡察组于2025年3月对你公司党支部进行了常规巡察，巡察发现的问题见附件。
            针对上述问题，巡察组提出如下整改要求：
            1.提高政治站位，切实扛起整改主体责任。
            2.坚持标本兼治，推动整改落地见效。
            3.按时报送整改情况。
            附件：巡察发现问题清单
            县委第四巡察组
            2025年5月20日
            附件
            巡察发现问题清单
            1）储备粮轮换管理不规范。2024年有2批次轮换未经公开竞价，直接由公司销售给固定客户。
            2）仓储安全责任落实不到位。3个库点的熏蒸作业没有审批记录。
            3）党支部“三会一课”制度执行不严，2024年只召开了2次党课。
            """));
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("储备粮轮换管理不规范", problems[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("党支部“三会一课”制度执行不严", problems[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_news_item_weighing_each_area_raises_what_follows_its_turn_from_praise_up_to_what_is_asked()
    {
        // published9 w10's form, in other words: 关于……。praise。但 failings；failings。巡察组要求……。 one paragraph an area.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第二巡察组向县档案馆党支部反馈巡察情况
            11月20日，县委第二巡察组向县档案馆党支部反馈巡察情况，组长逐一点评了三个方面。
            关于党的领导。馆党支部推进档案数字化，完成馆藏扫描12万卷，服务能力有所提升。但支部对上级关于档案安全的部署研究不深，库房消防改造一拖再拖；支部议事规则多年未修订。巡察组要求支部年内完成议事规则修订。
            关于管党治党。馆里今年开展廉政教育3次，干部纪律意识有所增强。但查档收费管理混乱，加急费收取没有依据。巡察组要求立即停止收取加急费。
            关于基层组织。支部按期完成换届，党员队伍结构有所优化。不过，主题党日多次以业务学习代替。巡察组要求严格落实组织生活制度。
            县委巡察办负责同志强调，要对照反馈意见建立整改清单，按时报送整改报告。
            """));
        Assert.Equal(4, problems.Length);
        Assert.StartsWith("支部对上级关于档案安全的部署研究不深", problems[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("支部议事规则多年未修订", problems[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("查档收费管理混乱", problems[2].Text, StringComparison.Ordinal);
        Assert.StartsWith("主题党日多次以业务学习代替", problems[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void What_the_inspectors_found_told_as_a_whole_before_its_manifestations_lists_them_as_problems()
    {
        // published9 w07's form, in other words: 巡察也发现，……存在“重A轻B”的倾向，具体表现为： then a finding a line.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第一巡察组向县林业局党组反馈巡察情况
            12月2日，县委第一巡察组向县林业局党组反馈巡察情况。
            巡察组组长通报，局党组推进国土绿化，全年完成造林1.6万亩。
            巡察也发现，局党组在一些工作中存在“重此轻彼”的倾向，具体表现为：
            存在“重造林、轻管护”现象，2023年新造林地有2100亩补植不及时，成活率不足七成；
            存在“重审批、轻监管”现象，对林木采伐许可的事后核查流于形式，有3起超量采伐未被发现；
            存在“重业务、轻党建”现象，机关党支部“三会一课”多以业务会代替。
            巡察组要求，局党组要对照问题逐项整改，按时报送整改情况。
            """));
        Assert.Equal(3, problems.Length);
        Assert.Contains("成活率不足七成", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("超量采伐未被发现", problems[1].Text, StringComparison.Ordinal);
        Assert.Contains("多以业务会代替", problems[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_speech_in_three_parts_raises_the_problems_of_its_part_headed_as_facing_them_not_its_parts()
    {
        // published9 w05's form, in other words: 一、肯定成绩…… 二、正视问题，…… (在……上，……；在……上，……) 三、压实责任……
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县委第三巡察组巡察县水利局党组情况反馈会上的讲话
            同志们：
            刚才，巡察组反馈了巡察情况，我都同意。下面，我讲三点意见。
            一、肯定成绩，增强整改信心
            局党组在水毁工程修复上做了大量工作，去年修复堤防12公里，群众是认可的。
            二、正视问题，找准整改靶心
            巡察发现的问题，主要是：在贯彻落实上级决策部署上，河湖“清四乱”推进迟缓，排查出的26处问题仍有9处没有销号；在执行民主集中制上，局党组会议临时动议议题多；在工程项目管理中，3个项目的变更签证未经审核就支付了工程款。
            三、压实责任，确保整改见效
            第一，在思想认识上要到位。第二，在责任落实上要到位。第三，在建章立制上要到位。
            """));
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("在贯彻落实上级决策部署上", problems[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("在执行民主集中制上", problems[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("在工程项目管理中", problems[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_last_item_stays_a_problem_though_the_requirements_after_it_fall_in_its_span_and_a_request_is_none()
    {
        // dev13 p08's form: the opinion's last numbered item runs to the end, so 一要……二要…… below it nest inside it;
        // and a closing 请……报送整改情况报告 is a request, not a problem.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            区委第二巡察组关于对某街道党工委巡察情况的反馈意见
            一、落实全面从严治党责任方面
            1.违规使用公款承担职工午餐费用，合计4.6万元。
            2.零星工程管理混乱，28项维修工程均未经比选。
            二、基层党组织建设方面
            1.发展党员工作不规范，2名发展对象政治审查材料不全。
            针对上述问题，巡察组提出以下意见：一要压紧压实整改责任；二要对违规违纪问题严肃处理。
            巡察中发现的问题线索已按程序移交区纪委监委。请街道党工委认真研究反馈意见，在两个月内报送整改情况报告。
            """));
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("发展党员工作不规范", problems[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_news_sentence_that_enumerates_failings_after_its_areas_gives_one_problem_each()
    {
        var result = fixture.Analyze("""
            县委第三巡察组向县农业农村局党组反馈巡察情况
            5月20日，县委第三巡察组向县农业农村局党组反馈巡察情况。
            反馈会上，巡察组在肯定成绩的同时，指出了县农业农村局党组在落实上级决策部署和班子队伍建设方面存在的问题，主要有高标准农田建设验收把关不严、农机购置补贴审核流于形式、公车私用现象时有发生、干部交流轮岗不够等。巡察期间已移交问题线索3件。
            巡察组要求，局党组要认真抓好整改。
            """, "县农业农村局党组关于巡察整改情况的报告\n一、关于农机购置补贴审核流于形式的问题\n逐户复核补贴资料。");
        Assert.Equal(["高标准农田建设验收把关不严", "农机购置补贴审核流于形式", "公车私用现象时有发生", "干部交流轮岗不够"], result.Issues.Select(i => i.Text.TrimEnd('。', '等')));
    }

    [Fact]
    public void A_news_paragraph_that_opens_with_the_finding_states_one_problem_a_sentence_though_a_later_one_says_cunzai()
    {
        var result = fixture.Analyze("""
            市委第二专项巡察组向市公交集团党委反馈巡察情况
            8月12日，市委第二专项巡察组向市公交集团党委反馈巡察情况。
            巡察发现，集团党委对城乡公交一体化工作推进不力，部分线路发车间隔过长，群众出行不便。同时，安全生产责任落实不严，车辆例检记录存在代签。此外，集团在场站建设中存在“边设计、边施工”的情况，一个项目未批先建。另外，票款管理较为松散，票款日报与银行入账不符。
            巡察期间移交问题线索2件。集团党委书记表示，将全部认领反馈问题，抓好整改。
            """, "市公交集团党委关于巡察整改情况的报告\n一、关于票款管理较为松散的问题\n实行票款日清日结。");
        Assert.Equal(4, result.Issues.Length);
        Assert.StartsWith("集团党委对城乡公交一体化工作推进不力", result.Issues[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("集团在场站建设中存在", result.Issues[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_area_stated_as_a_failing_gives_one_problem_a_sentence_after_its_inline_lead()
    {
        var result = fixture.Analyze("""
            区委第二巡察组关于巡察区市场监管局党组的反馈意见
            二、巡察发现的主要问题
            （一）履行监管职责不够有力，表现在：食品抽检任务完成率偏低，2024年只完成计划的71%。对网络订餐平台入网商户的资质核查流于形式，抽查的30户中有9户无证经营。
            （二）基层党组织建设薄弱，表现在：机关第二支部连续两年未开展组织生活会。发展党员程序不规范，1名预备党员的政审材料缺失。其中入党申请书日期晚于谈话记录日期。
            三、整改要求
            要逐项明确整改措施、责任人和完成时限。
            """, "区市场监管局党组关于巡察整改情况的报告\n一、关于食品抽检任务完成率偏低的问题\n补足抽检批次。");
        Assert.Equal(4, result.Issues.Length);
        Assert.StartsWith("食品抽检任务完成率偏低", result.Issues[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("对网络订餐平台入网商户", result.Issues[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("发展党员程序不规范", result.Issues[3].Text, StringComparison.Ordinal);
        Assert.Contains("其中入党申请书日期", result.Issues[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_speech_heading_over_problems_in_parallel_names_their_area_and_a_hope_is_no_problem()
    {
        var result = fixture.Analyze("""
            在区委第一巡察组巡察区文旅局党组情况反馈会上的讲话
            同志们：
            一、关于总体印象
            局党组近年来在文旅融合方面做了大量工作，这些成绩应当肯定。
            二、关于巡察发现的问题
            首先是落实上级决策部署有偏差。一方面，全域旅游规划编制拖延两年仍未印发，重点景区提升项目进度滞后；另一方面，非遗保护专项资金闲置，2024年拨付的56万元只支出了9万元。
            其次是作风建设有短板。一方面，景区门票减免政策执行走样，有3家景区对老年人免票设置额外条件；另一方面，给基层文化站增加台账负担，局机关要求各文化站每周上报活动照片和签到表。希望局党组把基层的呼声当作改进作风的标尺。
            三、关于抓好整改的意见
            一要提高政治站位。二要建立长效机制。
            """, "区文旅局党组关于巡察整改情况的报告\n一、关于全域旅游规划编制拖延的问题\n已于2025年9月印发规划。");
        Assert.Equal(4, result.Issues.Length);
        Assert.StartsWith("全域旅游规划编制拖延两年", result.Issues[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("非遗保护专项资金闲置", result.Issues[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("给基层文化站增加台账负担", result.Issues[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_speech_that_announces_its_problems_in_a_line_of_their_own_raises_none_before_it()
    {
        var result = fixture.Analyze("""
            在县委第三巡察组巡察县档案馆党支部反馈会上的讲话
            同志们：
            今天召开反馈会，主要是把巡察中发现的问题向馆党支部反馈，同时就整改提几点要求。
            下面，我讲一下巡察发现的主要问题。
            从档案安全管理的情况看，一方面，库房温湿度监测设备长期故障，2024年有4个月没有监测记录；另一方面，涉密档案借阅登记不全，抽查的50份借阅单中有12份没有审批签字。
            从执行财经纪律的情况看，一方面，办公用品采购未比价，单次采购金额超过5万元的有3次；另一方面，公务接待超标准，有2次人均餐费超过标准。
            最后，对整改讲两点意见。一是思想上要重视。二是措施上要管用。
            """, "县档案馆党支部关于巡察整改情况的报告\n一、关于库房温湿度监测设备长期故障的问题\n已更换监测设备。");
        Assert.Equal(["库房温湿度监测设备长期故障", "涉密档案借阅登记不全", "办公用品采购未比价", "公务接待超标准"],
            result.Issues.Select(i => i.Text[..i.Text.IndexOf('，', StringComparison.Ordinal)]));
    }

    [Fact]
    public void A_title_line_over_a_paragraph_opening_with_its_lead_is_one_problem_and_the_area_above_is_none()
    {
        var result = fixture.Analyze("""
            县委第一巡察组关于巡察县图书馆党支部的反馈意见
            现将巡察发现的问题反馈如下。
            一、落实上级决策部署方面
            农家书屋管理服务缺位
            具体表现为：全县有23个农家书屋全年未开放，图书更新经费8万元闲置未用。
            数字阅读平台建设推进迟缓
            具体表现为：平台合同约定2024年6月上线，至巡察时仍未验收。
            二、全面从严治党方面
            公务接待管理不规范
            具体表现为：2024年有4次接待无公函，接待清单由经办人事后补填。
            三、整改意见
            压实整改责任
            党支部书记要履行第一责任人职责。
            """, "县图书馆党支部关于巡察整改情况的报告\n一、关于农家书屋管理服务缺位的问题\n已开放全部农家书屋。");
        Assert.Equal(["农家书屋管理服务缺位", "数字阅读平台建设推进迟缓", "公务接待管理不规范"], result.Issues.Select(i => i.Text.Split('\n')[0].Trim()));
        Assert.Contains("图书更新经费8万元闲置未用", result.Issues[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unnumbered_line_heading_a_tours_problems_starts_them_and_a_lead_handed_on_is_none()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            省委第二巡视组向某市委反馈巡视情况
            某月某日，省委第二巡视组向某市委领导班子反馈了巡视情况。
            巡视组组长指出，某市委坚持稳中求进，主要是经济社会发展取得新成效，政治生态总体向好。
            巡视发现的主要问题是：
            在贯彻落实党中央决策部署方面，推动老工业区转型升级办法不多，城乡污水管网建设滞后。
            在落实全面从严治党战略部署方面，违反中央八项规定精神问题在部分系统仍有发生，国有企业领域腐败问题易发多发。
            巡视组还收到反映一些领导干部的问题线索，已按有关规定转交省纪委监委处理。
            巡视组提出了意见建议：要把整改作为检验“四个意识”的重要标尺。
            """));
        // Each headline failing of an area paragraph is one, as published5 y01's writer counts them (14 of its 14).
        Assert.Equal(4, problems.Length);
        Assert.StartsWith("推动老工业区转型升级办法不多", problems[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("违反中央八项规定精神问题", problems[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_feedback_that_lists_its_problems_twice_in_summary_and_in_detail_raises_each_once()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第一巡察组关于巡察县实验小学党总支的反馈意见
            一、巡察发现的主要问题
            巡察发现的问题主要是：一是课后服务收费不规范；二是食堂采购内控缺失；三是党支部组织生活不正常。
            （一）课后服务收费不规范。2024年秋季学期按每生每月200元收费，未报价格部门备案。
            （二）食堂采购内控缺失。食材询价、验收由一人完成，全年采购额86万元无比价记录。
            （三）党支部组织生活不正常。2个支部全年只召开3次支委会。
            二、整改要求
            要逐项明确整改措施、责任人和完成时限。
            """));
        Assert.Equal(3, problems.Length);
        Assert.Contains("未报价格部门备案", problems[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cue_that_closes_its_sentence_announces_the_problems_in_the_sentences_after_it()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第二巡察组向县林业局党组反馈巡察情况
            6月5日，县委第二巡察组向县林业局党组反馈巡察情况。
            巡察也发现，局党组在落实监管责任等方面还存在一些不足。个别班子成员对分管股室的廉政风险点掌握不清。少数林业站护林员巡护记录造假，巡护轨迹与记录不符。部分公益林补偿资金发放不及时，群众反映较多。
            组长要求，局党组要扛起整改主体责任，按时报送整改报告。
            """));
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("少数林业站护林员巡护记录造假", problems[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_numbered_title_over_a_body_that_lists_its_problems_names_their_area()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            市委第二巡察组向市交通投资集团党委反馈巡察情况
            巡察发现的主要问题如下：
            （一）党的领导弱化
            一方面，集团党委前置研究事项清单不完善，有3项对外投资未经党委会前置研究。另一方面，对子公司决策监督缺位，所属物流公司擅自为合作方提供担保。
            （二）党的建设缺失
            具体表现在：2家新设子公司未及时成立党组织；党建考核与经营考核脱节。
            （三）全面从严治党不力
            突出问题有二：工程拆分发包规避公开招标；超标准接待时有发生。
            巡察组组长就抓好整改提出意见：要把党的领导融入公司治理各环节。
            """));
        Assert.Equal(6, problems.Length);
        Assert.StartsWith("集团党委前置研究事项清单不完善", problems[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("2家新设子公司未及时成立党组织", problems[2].Text, StringComparison.Ordinal);
        Assert.StartsWith("工程拆分发包规避公开招标", problems[4].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_areas_one_paragraph_of_sentences_raises_a_problem_at_each_sentence_that_opens_on_a_failing_or_adds_one()
    {
        // From dev50 p01's form (an area heading, then one paragraph whose problems run on without ordinals: the first, then
        // 同时，……, a new subject stated as a failing, 此外，……), in words of our own. Evidence after a ； or in a sentence of
        // figures stays with its problem.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第一巡察组关于巡察县档案馆党支部的反馈意见
            一、巡察发现的主要问题
            （一）贯彻落实上级决策部署方面
            档案数字化工作推进迟缓，2023年确定的馆藏数字化任务至巡察时仅完成四成。2024年追加的专项经费也未及时使用。同时，档案利用服务群众不够便捷，查档须本人到馆办理，线上预约平台建成后一直未开通。
            （二）全面从严治党方面
            落实主体责任压力传导不够，全年未专题研究党风廉政建设工作。执行财经纪律不严格，2024年以档案整理名义向2家公司支付服务费6.2万元，未见验收记录；其中1家公司负责人系馆内职工亲属。此外，公务用车管理还存在漏洞，派车单与行车记录多处不符。
            二、整改意见
            馆党支部要在三个月内报送整改情况报告。
            """));
        Assert.Equal(5, problems.Length);
        Assert.StartsWith("档案数字化工作推进迟缓", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("追加的专项经费", problems[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("档案利用服务群众不够便捷", problems[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("执行财经纪律不严格", problems[3].Text, StringComparison.Ordinal);
        Assert.Contains("职工亲属", problems[3].Text, StringComparison.Ordinal);
        Assert.StartsWith("公务用车管理还存在漏洞", problems[4].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_news_list_ends_in_its_sentence_and_a_further_sentence_adding_failings_lists_them_too()
    {
        // From dev50 p06's form (巡察组指出，A；B；C。此外，还存在X、Y、Z等问题。), in words of our own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            市委第三巡察组向市科协党组反馈巡察情况
            5月12日，市委第三巡察组向市科学技术协会党组反馈巡察情况。
            巡察组指出，市科协党组贯彻落实科技创新部署不够有力，服务企业科技人才的举措不多；落实全面从严治党主体责任有差距，对所属学会的监管偏松；执行中央八项规定精神不严格，有超标准接待情况。此外，还存在项目经费审核把关不严、科普场馆长期闲置、档案管理不规范等问题。
            巡察组要求，市科协党组要切实扛起整改主体责任，按期报送整改情况报告。
            """));
        Assert.Equal(6, problems.Length);
        Assert.StartsWith("执行中央八项规定精神不严格", problems[2].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("此外", problems[2].Text, StringComparison.Ordinal);
        Assert.StartsWith("项目经费审核把关不严", problems[3].Text, StringComparison.Ordinal);
        Assert.StartsWith("科普场馆长期闲置", problems[4].Text, StringComparison.Ordinal);
        Assert.StartsWith("档案管理不规范", problems[5].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_problem_lists_row_cut_by_a_page_break_goes_on_in_its_continued_row()
    {
        // From dev50 p07's form (a Word 问题清单 pasted with a row broken over pages: its second half in a row numbered （续）),
        // in words of our own: one problem, read whole, and the rows after it still read.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第四巡察组巡察县林业局反馈问题清单
            现将巡察发现的问题以清单形式交办，请逐项制定整改措施。
            序号 | 问题类别 | 问题表现
            1 | 党的领导 | 落实林长制工作不到位，2024年有3个乡镇林长巡林记录空白，
            （续） | 〃 | 林区防火通道长期失修未予处理。
            2 | 全面从严治党 | 生态护林员补助发放审核不严，有2名已外出务工人员仍在领取补助，合计1.8万元。
            3 | 党的建设 | 局机关党支部组织生活不规范，2024年支部委员会会议记录仅有5次。
            整改要求：局党组要在三个月内将整改情况报告县委。
            """));
        Assert.Equal(3, problems.Length);
        Assert.Equal("落实林长制工作不到位，2024年有3个乡镇林长巡林记录空白，林区防火通道长期失修未予处理。", problems[0].Text);
        Assert.StartsWith("生态护林员补助发放审核不严", problems[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_that_sums_up_what_the_paragraph_then_tells_item_by_item_raises_no_problem_of_its_own()
    {
        // From dev50 p10's form (存在A、B、C等问题。主要表现在： then 一是……二是……三是……), in words of our own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第二巡察组关于巡察县医疗保障局党组的反馈意见
            巡察也发现，局党组不同程度存在落实部署有偏差、基金监管有漏洞、党建工作弱化等问题。主要表现在：
            一是落实上级部署有偏差。门诊共济改革推进缓慢，2024年定点药店开通门诊统筹结算的仅占四成。
            二是基金监管存在漏洞。对定点医院的飞行检查流于形式，2家医院串换项目收费未被发现，涉及医保基金8.6万元。
            三是党建工作弱化。局机关党支部主题党日多次以业务会代替，党员教育管理松散。
            局党组要在反馈之日起三个月内报送整改情况报告。
            """));
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("落实上级部署有偏差", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("门诊共济改革", problems[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_speech_paragraph_whose_area_lead_only_says_its_trouble_is_great_is_one_problem_told_after_it()
    {
        // From dev50 p05's form (a speech's 在……上， paragraphs, one opening 在资金管理上，问题比较突出。 and telling it after),
        // in words of our own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县科技馆巡察反馈会上的讲话
            同志们：
            巡察期间，科技馆在科普进校园方面做了不少工作。但也要清醒看到，巡察发现的问题也不少，突出表现在以下几个方面。
            在落实上级部署上，科普资源下沉不够有力。县里要求每年送展进乡镇不少于10场，2024年只完成4场。
            在资金管理上，问题比较突出。研学活动收费没有开具票据，通过讲解员个人微信收款，2024年共收取1.6万元，交账时间滞后两个月以上。
            在展品管理上，展品维护流于形式。全馆86件互动展品有19件长期故障，维修记录多为补填。
            下面，我提几点要求。一要压实整改责任。二要建立整改台账。
            """));
        Assert.Equal(3, problems.Length);
        Assert.Contains("个人微信收款", problems[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_lead_of_a_part_of_problems_before_its_numbered_items_sums_them_up_and_is_no_problem()
    {
        // From dev50 p09's form (一、巡察发现的主要问题 / praise, then 巡察也发现，……作用发挥不充分，……宽松软的问题还不同程度存在。 /
        // （一）…（三）), in words of our own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第五巡察组关于巡察县城市建设投资有限公司党支部的反馈意见
            一、巡察发现的主要问题
            公司近年来承担了一批城建项目。巡察也发现，公司党支部把方向、管大局作用发挥不充分，管党治党宽松软的问题不同程度存在。
            （一）“三重一大”决策制度执行不严。有的工程变更未经集体研究即实施，涉及金额186万元。
            （二）工程招投标管理不规范。2个项目拆分发包规避公开招标。
            （三）执行中央八项规定精神不严格。有的招待费用以会议费名义报销。
            二、整改意见
            公司党支部要在三个月内报送整改情况报告。
            """));
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("“三重一大”决策制度执行不严", problems[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_time_limit_for_the_report_closing_a_speech_is_no_problem()
    {
        // From dev45 p02's form (a speech whose last paragraph sets the time limit: ……要在反馈之日起三个月内，把整改情况报告
        // 报送……), in words of our own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县图书馆巡察反馈会上的讲话
            同志们：
            这次巡察，我们看到了馆里的努力，也发现了一些问题。
            一个突出的感受是，流动图书车下乡服务打了折扣，年初计划下乡60次，全年只完成了21次。
            经费方面的问题同样不容忽视。2023年采购图书被拆成三笔，每笔都卡在政府采购限额以下。
            最后，党支部的组织生活不够规范，主题党日经常和业务会合在一起开。
            馆党支部要在反馈之日起三个月内，把整改情况报告报送县委巡察工作领导小组办公室。整改期间，巡察组将跟踪督促。
            """));
        Assert.Equal(3, problems.Length);
        Assert.DoesNotContain(problems, p => p.Text.Contains("三个月内", StringComparison.Ordinal));
    }

    [Fact]
    public void A_broad_themes_failing_told_by_sentences_each_naming_a_failing_is_their_area()
    {
        // From published f10's form (a speech: 第二，全面从严治党责任落实层层递减。 then two sentences, each opening on a failing of
        // its own), in words of our own; a particular failing told by its evidence stays one problem.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县委第二巡察组巡察石门乡党委情况反馈会上的讲话
            同志们：
            巡察也发现了一些需要引起重视的问题。
            第一，全面从严治党责任落实层层递减。乡党委对班子成员履行“一岗双责”督促不够，有的班子成员说不清分管领域的廉政风险点。乡纪委监督执纪偏软，近两年对村干部的问题线索多以谈话了结。
            第二，村级工程项目管理不规范。3个村的小型工程化整为零规避招标，涉及金额46万元。
            下面，我提三点要求。一是提高政治站位。二是压实整改责任。三是坚持标本兼治。
            """));
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("乡党委对班子成员履行“一岗双责”督促不够", problems[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("乡纪委监督执纪偏软", problems[1].Text, StringComparison.Ordinal);
        Assert.Contains("46万元", problems[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_count_of_the_problems_given_as_a_fields_value_is_no_problem()
    {
        // From dev53 p08's form (a 问题清单 whose header fields say 反馈问题：2个方面共3个问题, then 序号：/问题类别：/问题描述：
        // blocks), in words of our own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第二巡察组对县信访局党支部巡察反馈问题清单
            根据县委统一部署，县委第二巡察组对县信访局党支部开展了常规巡察，现将发现的问题以清单形式反馈。
            被巡察单位：中共县信访局支部委员会
            反馈时间：2024年12月3日
            反馈问题：2个方面共3个问题

            序号：1
            问题类别：贯彻落实上级决策部署
            问题描述：信访积案化解推进不力。2024年有11件信访积案超过办理时限仍未化解。

            序号：2
            问题类别：全面从严治党
            问题描述：信访专项经费使用不规范。3.2万元用于购买办公用品，改变资金用途。

            序号：3
            问题类别：全面从严治党
            问题描述：执行中央八项规定精神有差距。工作人员以调研名义在乡镇接受宴请2次。

            整改要求：请于反馈之日起三个月内报送整改情况报告。
            """));
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("信访积案化解推进不力", problems[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_list_saved_as_text_keeps_its_problems_with_their_second_level_as_evidence()
    {
        // From dev53 p02's form (a Word list saved as plain text: problems as "1)" and a tab, their details as "（1）" and a tab),
        // in words of our own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第三巡察组巡察县国有资产事务中心反馈问题清单
            贯彻落实上级决策部署方面
            1)	国企改革任务推进迟缓。
            （1）	县属企业整合重组方案印发两年，仍有2家企业未完成整合。
            （2）	县属企业“三重一大”决策事项清单未全部制定。
            2)	国有资产出租管理混乱。
            （1）	46处经营性房产中有9处未经评估即对外出租。
            3)	党支部组织生活不规范。
            整改要求：中心党支部要在三个月内报送整改情况报告。
            """));
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("国企改革任务推进迟缓", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("决策事项清单", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("未经评估", problems[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_stating_a_broad_themes_failing_over_semicolon_clauses_on_its_line_is_their_area()
    {
        // From dev13 p05's form (each area one line: a failing of a theme or a duty, then its problems by ；), in words of our own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第三巡察组关于巡察县水利服务中心党支部的反馈意见
            二、存在的主要问题
            （一）履行水利服务职责不够到位。小型水库巡查记录有三个月空白，汛期值班人员多次脱岗；2024年度农田灌溉补助资金仍有27万元滞留账上未拨付到村；技术人员下村指导走形式，指导记录由办公室统一补写。
            （二）落实全面从严治党责任不够有力。工程材料采购未执行比选程序，向同一供货商累计采购52万元；食堂结余资金4.3万元在账外存放。
            （三）渠道清淤工程质量管控不到位。验收前未开展实测，发现问题时已过质保期；施工日志缺页，监理签字不全。
            三、整改意见
            中心党支部要逐项建立整改台账，按期报送整改情况。
            """));
        Assert.Equal(6, problems.Length);
        Assert.StartsWith("小型水库巡查记录有三个月空白", problems[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("2024年度农田灌溉补助资金", problems[1].Text, StringComparison.Ordinal);
        Assert.Equal("履行水利服务职责不够到位", problems[0].Area);
        Assert.StartsWith("食堂结余资金4.3万元在账外存放", problems[4].Text, StringComparison.Ordinal);
        Assert.StartsWith("渠道清淤工程质量管控不到位", problems[5].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_numbered_title_that_states_a_particular_failing_is_one_problem_with_its_manifestations()
    {
        // From dev28 p08's form (a 反馈意见 whose every problem is a title line over 具体表现：A；B), in words of our own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            区委第四巡察组关于巡察城关镇党委的反馈意见
            二、存在的主要问题
            （一）农村人居环境整治长效管护不到位
            具体表现：全镇14个村中有5个村保洁员长期空岗，垃圾清运由村干部临时雇人；2024年新建的3座公厕有2座建成后一直上锁未开放。
            （二）镇村两级财务报销审核把关不严
            具体表现：抽查凭证中有23张发票缺少经办人签字；村级招待费用以“误工补贴”名义报销。
            （三）干部队伍结构老化
            具体表现：镇机关45岁以上干部占七成，近三年没有新招录年轻干部。
            三、整改意见
            镇党委要逐项制定整改措施，按期报送整改情况。
            """));
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("农村人居环境整治长效管护不到位", problems[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("镇村两级财务报销审核把关不严", problems[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Manifestations_that_are_instances_each_stay_problems_under_a_failing_title()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委巡察办通报第五轮巡察反馈情况
            巡察发现，被巡察的6个乡镇还存在一些共性问题，突出表现在以下两个方面。
            （一）惠民政策落实不够精准。具体表现为：有的乡镇对产业扶持项目论证不足，2个冷库建成后闲置；有的村低保评议流于形式，未入户核查。
            （二）作风建设还有差距。具体表现为：有的站所办事流程繁琐，群众反映多次往返；有的乡镇以培训费名义列支接待费用。
            县委巡察工作领导小组要求，各乡镇党委要按期完成整改。
            """));
        Assert.Equal(4, problems.Length);
        Assert.StartsWith("有的乡镇对产业扶持项目论证不足", problems[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_ending_by_announcing_the_problems_that_follow_is_no_problem()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            市国资委党委第一巡察组关于巡察市水务集团供水公司党支部的反馈意见
            巡察认为，公司党支部能够围绕供水主业开展工作。巡察也发现，公司党支部对上级部署的落实还有差距，管网漏损等底线工作存在隐患，主要有以下问题。
            1．管网改造部署落实打折扣。2024年计划改造老旧管网12公里，实际完成5公里。
            2．物资采购管理不规范。3批次水表采购未经比选，直接向同一家供应商订购。
            巡察组要求，公司党支部要认真抓好整改。
            """));
        Assert.Equal(2, problems.Length);
        Assert.StartsWith("管网改造部署落实打折扣", problems[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sentence_that_hands_over_to_the_problems_is_no_problem()
    {
        // dev29 p04's opening (……但也存在一些不容忽视的问题。经……研究，现反馈如下。), in words of our own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第二巡察组关于对县人民医院党委巡察情况的反馈意见
            巡察认为，医院党委能够坚持公益性办院方向，但也存在一些不容忽视的问题。经县委巡察工作领导小组研究，现反馈如下。
            一、在党的领导方面
            1．党委会议事规则执行不严。2024年有4项大额采购未经党委会研究。
            2．意识形态工作落实不力。医院公众号发布内容缺少审核。
            二、整改要求
            医院党委要在三个月内报送整改情况报告。
            """));
        Assert.Equal(2, problems.Length);
        Assert.StartsWith("党委会议事规则执行不严", problems[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_colloquial_lead_to_the_problems_found_heads_the_lines_after_it()
    {
        // published13 t09's form (a WeChat item: 👉 leads, 🔸 lines, ✅ requirements), in words of our own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            🔔巡察反馈｜县委第二巡察组向南坪村党支部反馈巡察情况
            6月3日，县委第二巡察组在南坪村召开巡察反馈会。
            👉接着，巡察组把发现的问题摆上了桌面：
            🔸村集体果园承包费三年没有收缴，合同到期后未重新发包；
            🔸村务公开栏内容长期不更新，救助名单没有公示；
            🔸党员学习记录只有签到，没有学习内容。
            👉巡察组提出要求：
            ✅十天内把问题清单张贴到村部公开栏；
            ✅镇党委要对支部组织生活逐月督导。
            """));
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("村集体果园承包费三年没有收缴", problems[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Area_paragraphs_after_a_sentence_that_says_where_the_shortcomings_lie_are_one_problem_each()
    {
        // published13 t01's form (news: 在以下几个方面还有明显短板。 then 在……方面，…… paragraphs), in words of our own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第一巡察组向县医疗保障局党组反馈巡察情况
            6月10日，县委第一巡察组向县医疗保障局党组反馈巡察情况。从巡察情况看，局党组能够围绕基金安全开展工作。同时，巡察组也看到该局在以下几个方面还有明显短板。
            在基金监管方面，对定点药店的日常检查覆盖不全，抽查的20家药店中有7家两年未检查。
            在内部管理方面，财务报销审核不严，3笔会议费缺少审批单。
            在队伍建设方面，稽核人员长期不足，4个岗位由借调人员顶岗。
            巡察组要求，局党组要在三个月内报送整改情况。
            """));
        Assert.Equal(3, problems.Length);
        Assert.Contains("定点药店的日常检查覆盖不全", problems[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Failings_run_together_by_commas_and_enumeration_commas_before_dengwenti_are_split_at_both()
    {
        // published13 t02's form (仍存在A、B，C、D，E，F等问题), in words of our own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            市委第三巡察组向市住房公积金中心党组反馈巡察情况
            6月5日，市委第三巡察组向市住房公积金中心党组反馈巡察情况。巡察组指出，中心党组做了大量工作。但巡察组发现中心仍存在学习贯彻上级部署不够深入、政治理论学习流于形式，对所属管理部监督偏软、廉政风险排查不到位，选人用人程序执行不严，上轮审计问题整改不彻底等问题。
            巡察组要求，中心党组要认真抓好整改。
            """));
        Assert.Equal(["学习贯彻上级部署不够深入", "政治理论学习流于形式", "对所属管理部监督偏软", "廉政风险排查不到位", "选人用人程序执行不严", "上轮审计问题整改不彻底"], problems.Select(p => p.Text.TrimEnd('。', '，')));
    }

    [Fact]
    public void Numbered_items_labelled_wenti_are_one_problem_each_however_long_their_line()
    {
        // published13 t07's form (1．问题：…… / 整改建议：…… under 二、存在的主要问题及整改建议), in words of our own: a long
        // line is read as the label 问题 over its text, which must not make the item a part of problems of its own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            关于县委第二巡察组巡察县水利局党组反馈意见的公开
            一、总体情况
            巡察组认为，局党组能够认真落实河长制，水利工程建设有序推进。
            二、存在的主要问题及整改建议
            1．问题：乡镇河长履职“上热下冷”，抽查的12个村级河长中有5人全年巡河记录不足4次，问题河段长期无人处置。
            整改建议：建立河长履职季度通报制度，将巡河情况纳入乡镇年度考核。
            2．问题：小型水库安全鉴定滞后。
            整改建议：对到期未鉴定的水库逐座安排鉴定。
            3．问题：水利工程质量监督走过场，2024年有3个项目的隐蔽工程验收记录由施工单位代填，监督站未到现场核实。
            整改建议：修订质量监督工作规程，实行隐蔽工程验收现场签字。
            三、整改要求
            局党组要在三个月内报送整改情况报告。
            """));
        Assert.Equal(3, problems.Length);
        Assert.Contains("乡镇河长履职“上热下冷”", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("水利工程质量监督走过场", problems[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Failings_quoted_one_after_another_before_dengwenti_are_one_problem_each()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            区委第二巡察组向区医保局党组反馈巡察情况
            组长在反馈中指出，但巡察也发现区医保局党组存在“基金监管责任压得不实，定点机构检查覆盖不全”“异地就医备案流程繁琐，群众多头跑”“内部控制制度执行不严，大额支付未经复核”等问题。
            组长要求，局党组要切实扛起整改主体责任。
            """));
        Assert.Equal(["基金监管责任压得不实，定点机构检查覆盖不全", "异地就医备案流程繁琐，群众多头跑", "内部控制制度执行不严，大额支付未经复核"], problems.Select(p => p.Text));
    }

    [Fact]
    public void A_news_sentence_that_reports_an_enumeration_of_failings_by_area_count_gives_one_problem_each_and_reporting_the_situation_gives_none()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第三巡察组向县粮食局党组反馈巡察情况
            5月8日，组长代表县委第三巡察组向县粮食局党组反馈了巡察情况，局党组书记、局长作表态发言。
            会上，组长向县粮食局党组反馈了粮食储备监管不够严格、政策性粮食购销台账不实、干部交流轮岗不够等3个方面8条具体问题，并提出了整改意见建议。
            """));
        Assert.Equal(["粮食储备监管不够严格", "政策性粮食购销台账不实", "干部交流轮岗不够"], problems.Select(p => p.Text.TrimEnd('。', '，')));
    }

    [Fact]
    public void Each_area_clause_that_names_its_cue_again_lists_its_own_failings()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            区委第一巡察组向区人民法院党组反馈巡察情况
            巡察组发现区法院党组在落实上级决策部署方面，存在服务保障营商环境举措不够精准等问题；在群众身边不正之风方面，主要存在诉讼费退费不及时、执行案款发放拖延的情况；在基层党组织建设方面，主要存在党组议事规则执行不严、人民法庭党支部组织生活不经常等问题。
            巡察组要求，区法院党组要切实抓好整改。
            """));
        Assert.Equal(["服务保障营商环境举措不够精准", "诉讼费退费不及时", "执行案款发放拖延", "党组议事规则执行不严", "人民法庭党支部组织生活不经常"],
            problems.Select(p => p.Text.Replace("的情况", "", StringComparison.Ordinal).TrimEnd('。', '；')));
    }

    [Fact]
    public void Things_named_together_under_one_failing_stay_one_problem()
    {
        var result = fixture.Analyze("""
            区委第一巡察组向区统计局党组反馈巡察情况
            巡察组指出，区统计局党组存在统计数据质量管控不严、部分企业联网直报数据长期未核查；理论学习、警示教育不到位等问题。
            """, "区统计局党组关于巡察整改情况的报告\n一、关于统计数据质量管控不严的问题\n建立数据质量三级审核制度。");
        Assert.Equal(3, result.Issues.Length);
        Assert.Equal("理论学习、警示教育不到位", result.Issues[2].Text.TrimEnd('。'));
    }

    [Fact]
    public void Inline_enumerations_give_one_problem_each()
    {
        var result = fixture.Analyze("""
            区委第一巡察组关于对区交通运输局党组开展巡察“回头看”的反馈意见
            一、存在的问题
            一是上轮巡察指出的公路养护工程量虚增问题至今未整改，涉及资金42万元未追回。二是内部审计制度仍未建立，重大工程项目竣工后未开展内部审计。三是执法车辆管理反弹，个别执法车辆节假日再次被私用。
            二、整改要求
            要对上轮整改不到位的问题重新整改。
            """, "区交通运输局关于整改情况的报告\n一、关于养护工程量虚增的问题\n核减虚增工程款42万元，从后续工程款中扣回。");
        Assert.Equal(3, result.Issues.Length);
        Assert.StartsWith("上轮巡察指出的公路养护工程量虚增问题", result.Issues[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("执法车辆管理反弹", result.Issues[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_found_lead_lists_from_itself_when_the_first_problem_says_cunzai_after_a_comma()
    {
        // 存在 inside the first problem (…不够有力，…整改存在“边改边犯”现象；) is not the list's head: the list runs
        // from 巡察组指出, and the first problem keeps its opening words.
        var result = fixture.Analyze("""
            县委第三巡察组向县林业局党组反馈巡察情况
            巡察组指出，县林业局党组落实森林防火责任不够有力，林区巡护记录不全，火险隐患整改存在“边改边犯”现象；对下属林场财务监管缺位，2023年林场违规列支招待费3.1万元；干部交流制度执行不到位，4名股室负责人任职超过10年等问题。
            巡察组要求，县林业局党组要认真抓好整改。
            """, "县林业局党组关于巡察整改情况的报告\n一、关于森林防火责任不够有力的问题\n修订《林区巡护工作制度》，补齐巡护记录。");
        Assert.Equal(3, result.Issues.Length);
        Assert.StartsWith("县林业局党组落实森林防火责任不够有力", result.Issues[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("干部交流制度执行不到位", result.Issues[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_problem_stated_with_its_manifestations_is_one_problem()
    {
        var result = fixture.Analyze("""
            县委第四巡察组关于巡察县水利局党组的反馈意见
            一、存在的主要问题
            存在问题一：水利工程建设管理不规范
            主要表现在：
            1.3个小型水库除险加固项目未按期完工；
            2.工程变更未经集体研究，涉及金额46万元。
            存在问题二：落实中央八项规定精神不严格
            主要表现在：
            1.以“培训费”名义列支餐费2.1万元；
            2.公务用车加油记录与里程不符。
            二、整改意见
            要逐项整改。
            """, "县水利局党组关于巡察整改情况的报告\n一、关于工程建设管理的问题\n对3个水库项目倒排工期。");
        Assert.Equal(2, result.Issues.Length);
        Assert.StartsWith("水利工程建设管理不规范", result.Issues[0].Text, StringComparison.Ordinal);
        Assert.Contains("工程变更未经集体研究", result.Issues[0].Text, StringComparison.Ordinal);
        Assert.Contains("公务用车加油记录", result.Issues[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Areas_whose_heading_announces_manifestations_keep_their_numbered_problems()
    {
        // （一）…方面 names an area, not a problem: its 主要表现在 items are the problems.
        var result = fixture.Analyze("""
            县委第四巡察组关于巡察县水利局党组的反馈意见
            一、存在的主要问题
            （一）贯彻落实上级决策部署方面
            主要表现在：
            1.3个小型水库除险加固项目未按期完工。
            2.河长制巡河记录不全，部分河段连续3个月无巡河记录。
            二、整改意见
            要逐项整改。
            """, "县水利局党组关于巡察整改情况的报告\n一、关于水库除险加固的问题\n对3个水库项目倒排工期。");
        Assert.Equal(2, result.Issues.Length);
    }

    [Fact]
    public void A_problem_list_pasted_one_cell_a_line_gives_one_problem_a_record()
    {
        var result = fixture.Analyze("""
            县委巡察办关于向县文旅局党组反馈巡察情况的函
            现将巡察发现的问题以问题清单形式函告你局。
            附件
            序号
            问题类别
            问题具体表现
            整改要求
            1
            意识形态工作
            网站信息发布审核不严，有2篇稿件未经审核即发布。
            严格审核。
            2
            财务管理
            有12笔差旅费报销未附审批单。
            规范报销。
            3
            作风建设
            景区门票收入未及时入账，延迟最长15天。
            及时入账。
            """, "县文旅局党组关于巡察整改情况的报告\n一、关于网站信息发布审核不严的问题\n修订《网站信息发布审核办法》。");
        Assert.Equal(["网站信息发布审核不严，有2篇稿件未经审核即发布。", "有12笔差旅费报销未附审批单。", "景区门票收入未及时入账，延迟最长15天。"], result.Issues.Select(i => i.Text));
    }

    [Fact]
    public void The_requirements_enumerated_after_the_problems_are_not_problems()
    {
        var result = fixture.Analyze("""
            县委第二巡察组关于巡察县城投公司党委的反馈意见
            第一，党委前置研究讨论重大事项清单至今未制定。
            第二，国有资产出租未公开招租，4份合同租金低于评估价。
            第三，以“会议费”名义列支餐费11笔，合计3.9万元。
            对此，巡察组提出如下意见建议：第一，进一步落实党委的法定地位；第二，加强国有资产监管，堵塞资产收益流失漏洞。
            巡察组要求，一要提高政治站位；二要坚持问题导向，对巡察指出的问题逐条整改。
            """, "县城投公司党委关于巡察整改情况的报告\n一、关于前置研究事项清单的问题\n制定《党委前置研究讨论重大事项清单》。");
        Assert.Equal(3, result.Issues.Length);
        Assert.StartsWith("以“会议费”名义列支餐费", result.Issues[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Bulleted_lines_give_one_problem_each_and_the_numbered_suggestions_after_them_none()
    {
        var result = fixture.Analyze("""
            区委第二巡察组对区信访局党组巡察反馈意见
            巡察发现的主要问题：
            —信访事项办理质效不高，2023年重复信访率同比上升6.2%。
            —领导干部接访下访制度落实不到位，局领导下访次数未达要求。
            —固定资产管理混乱，11台办公设备报废未履行审批程序。
            整改意见：
            1.坚持以人民为中心，切实提高信访事项化解质效。
            2.健全内控制度，堵塞管理漏洞。
            """, "区信访局党组关于巡察整改情况的报告\n一、关于固定资产管理混乱的问题\n清查资产412项。");
        Assert.Equal(3, result.Issues.Length);
        Assert.StartsWith("信访事项办理质效不高", result.Issues[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("固定资产管理混乱", result.Issues[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_semicolon_list_after_wenti_gives_one_problem_each()
    {
        var result = fixture.Analyze("""
            镇党委第二巡察组关于巡察东坡村党支部的反馈意见
            一、主要问题
            问题：村务公开不及时，重大事项未公开；集体资产台账不全，3处集体房屋未登记；党员大会未按期召开。
            二、整改要求
            要逐项整改，按期报送整改报告。
            """, "东坡村党支部关于整改情况的报告\n一、关于村务公开的问题\n每季度在村务公开栏公开财务收支，重大事项公示7天。");
        Assert.Equal(3, result.Issues.Length);
        Assert.StartsWith("集体资产台账不全", result.Issues[1].Text, StringComparison.Ordinal);
        Assert.Equal(["I1"], result.Measures.Single(m => !m.DocumentLevel).IssueIds);
    }

    [Fact]
    public void The_requirements_of_a_feedback_are_not_problems()
    {
        var result = fixture.Analyze(Documents.Feedback, Documents.GoodReport);
        Assert.DoesNotContain(result.Issues, i => i.Text.Contains("逐项整改", StringComparison.Ordinal));
    }

    [Fact]
    public void Unnumbered_paragraphs_opening_with_what_they_answer_are_the_problems_of_a_report_read_alone()
    {
        var result = fixture.Analyze(null, """
            中共某县档案馆支部委员会关于巡察反馈意见整改情况的报告
            县委巡察办：
            2025年5月，县委第三巡察组向馆党支部反馈了巡察意见，共指出3个方面的问题。现将整改情况报告如下。
            关于档案安全管理方面。巡察指出，库房温湿度监测设备长期故障，2份档案借阅后未归还。整改中，馆里更换了温湿度监测设备，已追回借阅未还的2份档案，对借阅人进行提醒谈话。
            关于财务管理方面。巡察指出，2024年复印费收入未及时上缴财政。整改中，已将复印费收入0.86万元全部上缴县财政，收费改为通过非税收入系统直接缴库。
            关于党支部组织生活方面。巡察指出，主题党日活动内容单一。整改中，支部制定年度主题党日计划，每季度开展一次现场教学。
            下一步，馆党支部将继续巩固整改成果。
            中共某县档案馆支部委员会
            2025年8月20日
            """);
        Assert.Equal(3, result.Issues.Length);
        Assert.StartsWith("库房温湿度监测设备长期故障", result.Issues[0].Text, StringComparison.Ordinal);
        Assert.Equal(["I2"], result.Measures.Single(m => m.Text.Contains("非税收入系统", StringComparison.Ordinal)).IssueIds);
        Assert.DoesNotContain(result.Measures, m => m.Text.Contains("巡察指出", StringComparison.Ordinal));
    }

    [Fact]
    public void Paragraphs_opening_with_what_they_answer_after_their_label_are_problems_of_a_report_read_alone()
    {
        var result = fixture.Analyze(null, """
            中共某镇委员会关于县委巡察反馈意见整改情况的报告
            县委巡察工作领导小组：
            2025年4月，县委第二巡察组向镇党委反馈了巡察情况。现将整改情况报告如下。
            （一）落实上级决策部署方面
            巡察指出：秸秆禁烧责任落实不到位。河道保洁经费被挪作他用。
            整改情况：针对秸秆禁烧责任落实不到位的问题，镇党委将禁烧任务分解到村组，实行网格化巡查。（责任领导：副镇长某某；完成时限：2025年6月30日）
            针对河道保洁经费被挪用的问题，已将挪用的3.2万元归还专户，对经办人进行诫勉谈话。（责任领导：镇纪委书记某某；完成时限：2025年5月31日）
            （二）全面从严治党方面
            巡察指出：公务接待无公函。
            整改情况：针对公务接待无公函的问题，镇党委修订公务接待管理办法，严格执行一函一单。（责任领导：镇党委副书记某某；完成时限：2025年5月31日）
            中共某镇委员会
            2025年7月10日
            """);
        Assert.Equal(["秸秆禁烧责任落实不到位", "河道保洁经费被挪用", "公务接待无公函"], result.Issues.Select(i => i.Text));
        Assert.Equal(["I3"], result.Measures.Single(m => m.Text.Contains("一函一单", StringComparison.Ordinal)).IssueIds);
    }

    [Fact]
    public void Plain_numbered_headings_answered_under_a_label_are_the_problems_of_a_report_read_alone()
    {
        var result = fixture.Analyze(null, """
            某乡党委关于巡察整改进展情况的报告
            一、整改工作组织情况
            乡党委成立整改工作领导小组，党委书记任组长。
            二、反馈问题整改落实情况
            1.农村危房改造补助资金拨付不及时，27户补助资金在竣工验收后超过3个月才拨付。
            整改情况：27户补助资金已全部拨付到位；制定《危房改造补助资金拨付流程》。
            2.公务用车管理不规范，2023年报销个人车辆加油费1.2万元。
            整改情况：一是违规报销的1.2万元已全部退回；二是对3名涉及干部进行批评教育。
            三、下一步工作打算
            （一）对已完成的整改事项开展“回头看”，防止问题反弹。
            某乡党委
            2024年7月5日
            """);
        Assert.Equal(2, result.Issues.Length);
        Assert.StartsWith("农村危房改造补助资金拨付不及时", result.Issues[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("公务用车管理不规范", result.Issues[1].Text, StringComparison.Ordinal);
        Assert.Contains("I2", result.Measures.Single(m => m.Text.Contains("1.2万元已全部退回", StringComparison.Ordinal)).IssueIds);
    }

    [Theory]
    [InlineData("一、关于“公共法律服务体系建设推进迟缓”的问题", "二、关于“档案管理不规范”的问题", "公共法律服务体系建设推进迟缓")]
    [InlineData("问题1：社区矫正监管措施不严。", "问题2：档案管理不规范。", "社区矫正监管措施不严")]
    [InlineData("（三）针对“违规发放补贴”问题", "（四）针对“档案管理不规范”问题", "违规发放补贴")]
    [InlineData("四、在“干部选拔任用程序”方面", "五、在“档案管理”方面", "干部选拔任用程序")]
    [InlineData("五、关于村集体资金管理不规范的问题", "六、关于档案管理不规范的问题", "村集体资金管理不规范")]
    [InlineData("整改事项一\n问题描述：公共法律服务体系建设推进迟缓。", "整改事项二\n问题描述：档案管理不规范。", "公共法律服务体系建设推进迟缓")]
    public void A_report_that_restates_its_problems_is_read_without_the_feedback(string heading, string next, string restated)
    {
        var result = fixture.Analyze(null, $"某局党组关于巡察整改情况的报告\n{heading}\n对2023年以来的相关事项逐项清理，已完成整改12项。\n{next}\n补齐档案材料36份。\n某局党组\n2025年6月30日");
        Assert.Equal(2, result.Issues.Length);
        var issue = result.Issues[0];
        Assert.Equal(restated, issue.Text);
        Assert.Equal(DocumentRole.Report, issue.Source);
        Assert.Equal([issue.Id], result.Measures.Single(m => m.Text.Contains("逐项清理", StringComparison.Ordinal)).IssueIds);
        Assert.Equal(["I2"], result.Measures.Single(m => m.Text.Contains("档案材料", StringComparison.Ordinal)).IssueIds);
    }

    [Fact]
    public void A_speech_without_listed_problems_falls_back_to_the_report_and_says_so()
    {
        var speech = fixture.Parser.Parse(RepositoryPaths.Sample("feedback-speech.txt"));
        var report = fixture.Parser.Parse(RepositoryPaths.Sample("rectification-report.txt"));
        var result = fixture.Analyzer.Analyze(speech, report);
        Assert.Equal(9, result.Issues.Length);
        Assert.All(result.Issues, i => Assert.Equal(DocumentRole.Report, i.Source));
        Assert.Contains(result.Notes, n => n.Contains("反馈会讲话", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("整改举措：制定学习计划。\n责任领导：龚若兰责任部室：办公室完成时限：2025年12月31日目前进展：已完成", "龚若兰", "2025年12月31日")]
    [InlineData("整改举措：复查执法案卷。\n整改责任：副主任蒯立言；完成情况：2025年6月15日前完成", "副主任蒯立言", "2025年6月15日前")]
    [InlineData("整改举措：制定监测规则，逾期未报的由县妇儿工委办公室发函督办。\n责任领导：副主席田芷责任部室：妇儿工委办公室完成时限：2025年12月31日", "副主席田芷", "2025年12月31日")]
    public void Fields_run_together_end_where_the_next_label_begins_and_an_owner_field_comes_first(string text, string owner, string deadline)
    {
        var facts = new MeasureFactReader(AnalysisCues.Load(Path.Combine(RepositoryPaths.Root, "models", "analysis", "cues.json"))).Read(text);
        Assert.Equal(owner, facts.Owner);
        Assert.Equal(deadline, facts.Deadline);
    }

    [Fact]
    public void Measures_carry_owner_deadline_status_and_figures()
    {
        var report = fixture.Parser.Parse(RepositoryPaths.Sample("rectification-report.txt"));
        var result = fixture.Analyzer.Analyze(fixture.Parser.Parse(RepositoryPaths.Sample("feedback-opinion.txt")), report);
        var first = result.Measures.Single(m => m.IssueIds.Contains("I1"));
        Assert.Equal("分管副局长", first.Owner);
        Assert.Equal("2025年9月底前", first.Deadline);
        Assert.Equal(MeasureStatus.InProgress, first.Status);
        Assert.Contains("6个", first.Figures);
        var subsidy = result.Measures.Single(m => m.IssueIds.Contains("I6"));
        Assert.Equal(MeasureStatus.Done, subsidy.Status);
        Assert.Contains("8.6万元", subsidy.Figures);
        Assert.Equal("accountability", subsidy.Role);
        Assert.DoesNotContain("问题3", result.Measures.Single(m => m.IssueIds.Contains("I5")).Text, StringComparison.Ordinal);
        Assert.All(result.Measures, m => Assert.Equal(m.Text, report.Text.Text[m.Span.Start..m.Span.End]));
        Assert.Contains(result.Measures, m => m.DocumentLevel && m.Text.Contains("领导小组", StringComparison.Ordinal));
    }

    [Fact]
    public void Summed_up_failings_in_several_cued_lists_of_a_news_item_give_one_problem_each()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第二巡察组向县档案馆党支部反馈巡察情况
            发布时间：2025-05-12　来源：县委巡察办
            近日，县委第二巡察组向县档案馆党支部反馈了巡察情况。
            巡察组指出，县档案馆党支部存在档案数字化推进缓慢、馆藏档案开放审核滞后等问题；存在支部委员会会议记录不全、党员教育管理偏松等问题。
            巡察组要求，县档案馆党支部要逐条制定整改措施，按时报送整改情况。
            """));
        Assert.Equal(["档案数字化推进缓慢", "馆藏档案开放审核滞后", "支部委员会会议记录不全", "党员教育管理偏松"], problems.Select(p => p.Text));
    }

    [Fact]
    public void What_the_inspectors_found_lists_its_semicolon_clauses_though_a_later_one_says_cun_zai()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第三巡察组向县水利局党组反馈巡察情况
            发布时间：2025-06-03　来源：县委巡察办
            巡察组指出，县水利局党组落实河湖长制有差距，部分河段巡河走过场；水利工程建设管理不规范，2个灌区项目存在未批先建问题；防汛物资管理粗放，仓库台账与实物不符等问题。
            巡察组要求，局党组要逐条制定整改措施。
            """));
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("县水利局党组落实河湖长制有差距", problems[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("水利工程建设管理不规范", problems[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_speech_lists_one_problem_a_paragraph_after_its_announcement_and_one_more_at_each_turn()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县委第二巡察组巡察县文化馆党支部反馈会上的讲话
            同志们：
            从巡察情况看，县文化馆近年来群众文化活动有声有色。但对照要求，也存在一些不容忽视的问题。
            在落实意识形态工作责任制方面，阵地管理不够严格，馆办公众号发布内容缺少审核。与此同时，公益讲座外聘讲师审查把关不严。
            在全面从严治党方面，财务报销审核不严，2024年有6笔培训费无会议通知即报销。
            以上问题，需要馆党支部高度重视。我提两点要求：一要压实整改责任。二要建立长效机制。
            """));
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("公益讲座外聘讲师", problems[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cue_that_only_announces_the_problems_is_followed_by_them()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县委第一巡察组巡察县气象局党组情况反馈会上的讲话
            同志们：
            从巡察情况看，县气象局党组工作总体是好的。但巡察也暴露出一些带有共性的问题，需要引起重视。有的班子成员落实一岗双责不到位，对分管股室廉洁风险提醒不够；有的股室公务接待审批不严，存在先接待后补单现象；有的党员参加组织生活不经常，学习笔记多有补记。
            下面，我就抓好整改讲两点意见。
            一要压实整改责任。二要建立长效机制。
            """));
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("有的班子成员", problems[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_that_opens_by_announcing_states_its_problems_by_area_in_parallel_clauses()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县委第二巡察组巡察县农业农村局党组情况反馈会上的讲话
            同志们：
            从巡察情况看，局党组近年来推进高标准农田建设做了大量工作，这些成绩应当肯定。
            同时也要清醒看到，巡察发现的一些问题还比较突出。在落实上级决策部署上，有的股室对耕地保护要求落实不力，3宗违法占地未按期整改；有的项目只重申报不重管护，2处灌溉设施建成后闲置。在作风建设上，一些干部下乡调研走过场，调研报告照搬往年内容，一些公务接待手续不全，2024年有5批次接待无公函。
            这些问题，根子在于管党治党责任没有压实。
            下面，我提两点要求。第一，要提高政治站位。第二，要建立长效机制。
            """));
        Assert.Equal(4, problems.Length);
        Assert.StartsWith("有的项目只重申报", problems[1].Text, StringComparison.Ordinal);
        Assert.Contains("一些干部下乡调研走过场", problems[2].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("公务接待", problems[2].Text, StringComparison.Ordinal);
        Assert.StartsWith("一些公务接待手续不全", problems[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_area_whose_problems_run_on_in_one_paragraph_gives_one_problem_a_clause()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第四巡察组关于对青禾乡党委巡察情况的反馈意见
            二、巡察发现的主要问题
            （一）落实上级决策部署方面。高标准农田管护责任没有落到村组，2处灌溉渠道损毁半年无人维修；产业帮扶项目收益分配不透明，1个合作社分红方案未经村民代表会议讨论。
            （二）全面从严治党方面。乡纪委日常监督偏软，全年仅初核问题线索1件；食堂采购报账把关不严，有9笔食材采购没有验收签字，金额共计2.1万元；公务接待超标准，2批次接待人数超过公函所列。
            （三）基层党组织建设方面。“三会一课”记录内容雷同。
            三、整改意见
            （一）要压实整改责任。
            """));
        Assert.Equal(6, problems.Length);
        Assert.StartsWith("高标准农田管护责任没有落到村组", problems[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("产业帮扶项目收益分配不透明", problems[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("公务接待超标准", problems[4].Text, StringComparison.Ordinal);
        Assert.Equal("落实上级决策部署方面", problems[0].Area);
        Assert.Contains("三会一课", problems[5].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_under_the_problems_heading_that_names_a_failing_is_a_problem_whatever_word_opens_it()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第二巡察组关于对石门镇党委及所辖村开展联动巡察情况的反馈意见
            二、发现的主要问题
            （一）镇党委指导监督村级工作方面
            1.对村级“小微权力”监督不到位。镇“三资”代理服务中心对村级报账审核把关不严，3个村的白条入账未被发现。
            （二）青溪村
            1.村集体资金坐收坐支。鱼塘发包租金2.4万元未入账，由村委会直接支出。
            2.村务监督委员会未正常履职。全年仅召开会议1次。
            三、整改要求
            （一）镇党委要扛起整改主体责任。
            """));
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("对村级“小微权力”监督不到位", problems[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_follow_up_counts_the_last_rounds_problems_judged_not_rectified_and_no_others()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第二巡察组关于对县水利局党组开展专项巡察情况的反馈意见
            一、上轮巡察反馈问题整改情况
            （一）“河道采砂监管不严”问题，已整改到位。2024年以来未再发现非法采砂。
            （二）“小型水库安全鉴定滞后”问题，整改不到位。仍有3座小型水库超过鉴定期限未鉴定。
            （三）“工程款拨付不及时”问题，已整改到位。
            二、本次巡察发现的主要问题
            （一）农村供水工程运行管护缺位。4处供水站水质检测记录缺失。
            （二）防汛物资管理混乱。仓库物资台账与实物不符。
            三、整改建议
            （一）要对上轮整改不到位的问题重新制定措施。
            """));
        Assert.Equal(3, problems.Length);
        Assert.Contains("小型水库安全鉴定滞后", problems[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(problems, p => p.Text.Contains("河道采砂", StringComparison.Ordinal));
    }

    [Fact]
    public void A_summing_up_led_by_the_inspectors_is_no_problem()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            市委第二巡察组向市档案馆党支部反馈巡察情况
            近日，市委第二巡察组向市档案馆党支部反馈巡察情况。
            巡察组指出了发现的主要问题：一是档案数字化外包项目监管不严，验收把关流于形式；二是馆藏档案安全管理存在隐患，2个库房温湿度记录缺失半年；三是党支部“三会一课”制度落实不严格。
            巡察组指出，上述问题反映出党支部管党治党责任落实还有差距。
            巡察组要求，市档案馆党支部要认真抓好整改。
            """));
        Assert.Equal(3, problems.Length);
        Assert.DoesNotContain(problems, p => p.Text.Contains("上述问题", StringComparison.Ordinal));
    }

    [Fact]
    public void The_last_item_of_a_list_one_line_an_item_does_not_take_the_paragraph_after_the_list()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第一巡察组向县林业局党组反馈巡察情况
            近日，县委第一巡察组向县林业局党组反馈巡察情况。巡察组指出，存在以下问题。
            （一）贯彻落实上级决策部署方面
            ①森林防火责任落实不到位，2个林场防火检查记录缺失。
            ②林长制巡林工作走过场。
            （二）全面从严治党方面
            ①党组履行主体责任有差距，专题研究党风廉政建设仅1次。
            ②生态公益林补偿资金发放不规范，3户重复领取补偿金1.2万元。
            县林业局党组书记何某表示，将照单全收、全面整改，按期报告整改情况。
            """));
        Assert.Equal(4, problems.Length);
        Assert.DoesNotContain("照单全收", problems[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_labelled_paragraph_of_statements_gives_one_problem_a_sentence()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第三巡察组关于巡察县图书馆党支部情况的反馈
            主要问题：落实意识形态工作责任制不到位，讲座报告会审核把关不严。支部议事规则执行不严格，重大事项未经集体研究。购书经费管理不规范，2笔采购未履行比价程序。
            整改意见：一要加强政治建设；二要严格执行议事规则；三要规范经费管理。
            """));
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("支部议事规则执行不严格", problems[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_speech_part_that_takes_an_objective_look_at_the_problems_is_read_for_them()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县委第四巡察组巡察县供水公司党委反馈会上的讲话
            同志们：
            一、客观看待巡察发现的问题
            近年来，公司党委推进城乡供水一体化，取得了明显成效。同时也要看到，巡察发现的问题不少。公司党委落实重大决策部署不够有力，城乡管网改造滞后于计划。三重一大决策制度执行不严，2个工程项目未经党委会研究。这些问题，根子在责任落实不到位。
            二、扎实抓好整改
            一要压实整改责任。二要完善制度机制。
            """));
        Assert.Equal(["公司党委落实重大决策部署不够有力，城乡管网改造滞后于计划。", "三重一大决策制度执行不严，2个工程项目未经党委会研究。"], problems.Select(p => p.Text));
    }
    [Fact]
    public void A_units_paragraph_labelled_with_its_main_problems_gives_one_a_sentence()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            区委巡察组向区农业农村局、区林业站反馈巡察情况
            5月14日，区委第三巡察组分别向区农业农村局党组、区林业站党支部反馈了巡察情况，并对存在的问题提出了整改要求。
            区农业农村局党组存在的主要问题：落实耕地保护责任不够有力，部分撂荒地复耕进度滞后。农机购置补贴审核把关不严，个别补贴对象重复申领。机关党支部组织生活质量不高，主题党日活动内容单一。
            区林业站党支部存在的主要问题：森林防火责任落实不到位，护林员巡护记录存在空白。苗木采购管理粗放，未按规定比价。
            区委巡察办要求，两个单位要认真制定整改方案，按时报送整改情况。
            """));
        Assert.Equal(5, problems.Length);
        Assert.StartsWith("落实耕地保护责任不够有力", problems[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("苗木采购管理粗放", problems[4].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(problems, p => p.Text.Contains("提出了整改要求", StringComparison.Ordinal));
    }

    [Fact]
    public void A_speechs_announced_paragraph_gives_each_sentence_that_opens_with_a_failing_and_keeps_its_detail()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县委第二巡察组巡察县卫生健康局党组情况反馈会上的讲话
            同志们：
            从巡察情况看，局党组在推进县域医共体建设方面做了大量工作，这些都值得肯定。
            但也要看到，局党组在履行职责中还存在一些不容忽视的问题。医疗机构药品耗材采购监管不严，部分卫生院未执行集中带量采购。如城东卫生院2023年自行采购耗材42万元。基层医疗卫生人才队伍建设滞后，乡村医生老龄化突出。财务管理粗放，专项资金结余长期挂账。
            这些问题，有的是老问题，有的是新情况，需要认真对待。
            对于整改，提几点意见：一要提高政治站位；二要建立长效机制。
            """));
        Assert.Equal(3, problems.Length);
        Assert.Contains("城东卫生院", problems[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("财务管理粗放", problems[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_units_pledge_in_a_news_item_and_the_causes_of_the_problems_are_not_problems()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第一巡察组向县交通运输局党组反馈巡察情况
            近日，县委第一巡察组向县交通运输局党组反馈巡察情况。巡察组指出，县交通运输局党组在推进“四好农村路”建设方面取得一定成效，但也存在一些问题：一是农村公路养护资金使用不规范，部分资金被挪作他用；二是工程项目招投标管理不严，有的项目存在围标串标迹象；三是执法队伍作风不够扎实，执法过程记录不全。
            究其原因，主要是局党组管党治党意识不强，监督责任没有压实。
            局党组书记王立平表示，一是立即召开党组会议专题研究，二是逐项制定整改措施，三是按时向县委报送整改报告。
            """));
        Assert.Equal(3, problems.Length);
        Assert.DoesNotContain(problems, p => p.Text.Contains("管党治党意识不强", StringComparison.Ordinal) || p.Text.Contains("召开党组会议", StringComparison.Ordinal));
    }

    [Fact]
    public void Nothing_after_a_web_articles_end_line_is_a_problem()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            巡察进行时｜市委第五巡察组反馈巡察市住房公积金管理中心党组情况
            近日，市委第五巡察组向市住房公积金管理中心党组反馈巡察情况。巡察组指出，该中心党组存在以下问题：一是公积金缴存扩面工作推进缓慢，非公企业覆盖率偏低；二是贷款审核把关不严，个别贷款资料不齐即发放；三是内部控制制度执行不到位，岗位分离落实不严格。
            巡察组要求，中心党组要坚决扛起整改主体责任，逐项抓好整改。
            ——END——
            往期推荐
            ▶ 巡察整改｜多措并举整治群众身边不正之风
            ▶ 以案为鉴｜违规发放津贴补贴被查处
            """));
        Assert.Equal(3, problems.Length);
        Assert.DoesNotContain(problems, p => p.Text.Contains("津贴补贴", StringComparison.Ordinal));
    }
    [Fact]
    public void An_areas_paragraphs_are_its_problems_each_with_its_detail()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            校党委第二巡察组关于对化学学院党委专项巡察情况的反馈意见
            二、发现的主要问题
            （一）科研经费使用方面
            设备采购拆分合同，规避公开招标。如：2024年一台价值52万元的色谱仪分两个合同采购。
            测试费向关联企业集中列支。
            如：2023年以来在一家检测公司列支测试费96万元，该公司股东是某课题组负责人的亲属。
            （二）监督责任方面
            学院党委对经费报销“只签字、不把关”，三年未专题研究经费管理。
            学术不端举报处理拖延，核查历时8个月。
            三、整改意见
            一要压实整改责任。二要完善经费管理制度。
            """));
        Assert.Equal(4, problems.Length);
        Assert.Contains("96万元", problems[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("学术不端举报处理拖延", problems[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_numbered_problem_with_its_manifestations_as_dash_lines_is_one_problem_and_the_closing_announcement_is_none()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第三巡察组关于巡察县农机服务中心党支部的反馈意见
            县农机服务中心党支部：
            巡察认为，中心近年来在农机推广方面做了一些工作，但也存在一些不容忽视的问题。现将巡察发现的主要问题反馈如下。
            一、履行职能职责方面
            1.农机购置补贴审核不严
            ——2024年有6台收割机补贴资料不全即兑付，涉及补贴资金18.4万元；
            ——补贴公示期不足规定天数，群众监督流于形式。
            2.安全监管有盲区
            ——全县登记拖拉机中有43台超期未年检；
            ——安全检查记录由个人代签。
            二、党的建设方面
            1.组织生活不规范
            ——2025年支部委员会有4个月未召开。
            三、整改要求
            一要压实主体责任；二要完善补贴审核制度。
            """));
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("农机购置补贴审核不严", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("公示期不足规定天数", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("个人代签", problems[1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(problems, p => p.Text.Contains("反馈如下", StringComparison.Ordinal));
    }

    [Fact]
    public void A_speech_sentence_that_only_says_some_problems_are_prominent_is_no_problem()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在市委第四巡察组巡察市图书馆党支部情况反馈会上的讲话
            一、充分肯定取得的成绩
            近年来，市图书馆在全民阅读推广方面做了大量工作，这些成绩值得肯定。
            二、正视存在的问题
            从巡察情况看，一些问题还比较突出。
            图书馆在数字化建设上有一定进展，但电子资源采购论证不充分，2025年采购的两个数据库年访问量不足百次。
            馆里的志愿服务开展得有声有色，但志愿者补贴发放台账不全，有1.6万元补贴没有签收记录。
            三、抓好整改落实
            一要提高认识；二要建章立制。
            """));
        Assert.Equal(2, problems.Length);
        Assert.DoesNotContain(problems, p => p.Text.Contains("比较突出", StringComparison.Ordinal));
    }

    [Fact]
    public void Paragraphs_that_each_open_with_a_finding_are_a_problem_each_and_a_turn_after_them_is_one_more()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第二巡察组关于提级巡察柳塘社区党委的反馈意见
            按照县委部署，县委第二巡察组于2025年4月对柳塘社区党委开展了提级巡察，并于6月5日反馈了巡察情况。
            巡察认为，柳塘社区党委在老旧小区改造中做了大量工作。但巡察也发现，社区党委在管钱管物上问题较多。
            巡察发现，社区停车场收费管理混乱，2024年收取的停车费3.1万元没有入账，由物业公司代收后自行支配。
            巡察还发现，社区对临时救助审核把关不严，2户申请人家中有经营性商铺仍获得救助金共1.2万元。
            巡察还发现，社区党委“三会一课”流于形式，2024年党员大会只开了1次，会议记录有事后补写的痕迹。
            此外，2022年街道党工委巡察指出的“活动室长期被个人占用”问题，社区至今未整改到位。
            针对上述问题，巡察组提出以下整改要求：一是社区党委要切实履行整改主体责任；二是要在反馈之日起三个月内报送整改情况。
            县委第二巡察组
            2025年6月5日
            """));
        Assert.Equal(4, problems.Length);
        Assert.StartsWith("社区停车场收费管理混乱", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("活动室长期被个人占用", problems[3].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(problems, p => p.Text.Contains("整改要求", StringComparison.Ordinal) || p.Text.Contains("问题较多", StringComparison.Ordinal));
    }

    [Fact]
    public void A_speaker_counting_matters_raises_one_problem_a_matter_and_his_requirements_none()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            镇党委第一巡察组在柏岭村巡察情况反馈会上的讲话
            各位村“两委”干部、党员代表：
            今天我把这次巡察看到的情况跟大家说一说。先说好的，村里的产业路修通了，群众是认可的。下面说问题，话不好听，大家要往心里去。
            头一件事，是村里的钱怎么花。去年村里买了一台两万多元的旋耕机，没有开村民代表会议，是村主任一个人定的。
            第二件事，是集体的山林。村里三百多亩集体山林，承包合同一签就是三十年，承包费一年才一千二百元，合同也找不到原件。
            第三件事，是低保。我们一户一户对过，有两户是村干部的亲戚，家里开着农家乐，照样领低保。
            最后一件事，是党员管理。村里有五名外出党员，支部一年多没联系过，党费也收不齐。
            对整改，我提两条要求：第一，问题要一件一件认领；第二，整改情况三个月内报镇党委。
            镇党委第一巡察组
            2025年5月8日
            """));
        Assert.Equal(4, problems.Length);
        Assert.Contains("旋耕机", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("外出党员", problems[3].Text, StringComparison.Ordinal);
    }

    private const string Interview = """
        聚焦资金和项目管理　推动水务集团整改落地
        ——县委第二巡察组组长就巡察县水务集团党委情况答记者问
        日前，县委第二巡察组向县水务集团党委反馈了巡察意见。记者就巡察发现的问题采访了巡察组组长邵凌云。
        记者：这次巡察主要看了哪些方面？
        邵凌云：我们重点看了供水安全、工程项目和国有资产管理，个别谈话52人次，调阅了近三年的会议记录和合同。集团近年来管网改造推进较快，群众用水满意度有所提升。
        记者：巡察发现了哪些突出问题？
        邵凌云：归纳起来有这么几个。第一个是工程项目，城东水厂扩建工程有3个标段未经招标直接委托施工，涉及金额860万元。第二个是水费收缴，欠缴水费的非居民用户有41户，累计欠费210万元，两年多没有催收。
        记者：国有资产方面呢？
        邵凌云：集团下属劳务公司的4辆车辆长期出借给外单位使用，没有协议，也不收费用。另外，集团食堂的对外承包合同到期后一直没有重新招标，原承包人继续经营了一年多。
        记者：巡察中有没有发现问题线索？
        邵凌云：有2件涉及个人的问题线索，已按规定移交县纪委监委。
        记者：对整改有什么要求？
        邵凌云：集团党委要切实扛起整改主体责任，三个月内报送整改报告，并按规定公开整改情况。
        """;

    [Fact]
    public void An_interviews_answers_to_what_was_found_state_its_problems_and_its_questions_and_other_answers_none()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", Interview));
        Assert.Equal(4, problems.Length);
        Assert.Contains("未经招标", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("欠缴水费", problems[1].Text, StringComparison.Ordinal);
        Assert.Contains("车辆", problems[2].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("邵凌云", problems[2].Text, StringComparison.Ordinal);
        Assert.Contains("食堂", problems[3].Text, StringComparison.Ordinal);

        // Labelled 问：/答：, each question the heading of its answer, the interview reads the same.
        var labelled = fixture.Analyzer.Problems(fixture.Text("feedback.txt", Interview.Replace("记者：", "问：", StringComparison.Ordinal).Replace("邵凌云：", "答：", StringComparison.Ordinal)));
        Assert.Equal(problems.Select(p => p.Text), labelled.Select(p => p.Text));
    }

    [Fact]
    public void Paragraphs_that_open_by_asking_are_one_problem_each_and_one_the_feedback_does_not_raise_is_none()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第一巡察组关于巡察柘溪乡党委的反馈意见
            中共柘溪乡委员会：
            根据县委统一部署，县委第一巡察组对柘溪乡党委开展了常规巡察。现将巡察情况反馈如下。
            一、巡察发现的问题
            防汛物资管好了吗？巡察发现，管得不细。乡里储备的冲锋舟、救生衣没有台账，2024年汛期调出的物资有一半没有收回。
            集体资产盘活了吗？巡察发现，进展缓慢。全乡12处闲置村级用房有7处闲置超过三年，其中2处被个人无偿占用。
            低保评审公开了吗？巡察发现，公开走了过场。3个村的低保评议会议没有群众代表参加，公示期只有两天。
            护林员在岗吗？巡察抽查了护林员巡山记录和工资发放台账，人员在岗、工资足额发放，这一项不作为问题反馈。
            二、整改要求
            乡党委要认真对照反馈意见逐项整改，整改情况三个月内报县委巡察办。
            县委第一巡察组
            2025年8月20日
            """));
        Assert.Equal(3, problems.Length);
        Assert.Contains("冲锋舟", problems[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("防汛物资管好了吗？", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("闲置村级用房", problems[1].Text, StringComparison.Ordinal);
        Assert.Contains("公示期只有两天", problems[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_labelled_by_a_quoted_slogan_is_one_problem_with_its_evidence()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            市委第四巡察组关于巡察市档案馆党组情况的反馈意见
            中共市档案馆党组：
            市委第四巡察组对市档案馆党组进行了常规巡察。巡察组认为，档案馆党组做了一些工作，但还存在一些问题，概括起来就是“两个不够、一个不严”。
            “档案安全不够重视”。库房温湿度监测设备有3台损坏半年未修，2024年有2次漏水事故未按规定报告。
            “数字化推进不够有力”。馆藏档案数字化率只有41%，外包数字化项目验收时没有抽检原件。
            “查阅利用管理不严”。有11次查阅涉密档案没有审批记录，其中2次由外单位人员单独查阅。
            巡察组要求，馆党组要切实履行整改主体责任，三个月内报送整改情况。
            市委第四巡察组
            2025年6月10日
            """));
        Assert.Equal(3, problems.Length);
        Assert.All(problems, p => Assert.StartsWith("“", p.Text, StringComparison.Ordinal));
        Assert.Contains("温湿度", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("数字化率", problems[1].Text, StringComparison.Ordinal);
        Assert.Contains("涉密档案", problems[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_speech_that_closes_its_opening_by_announcing_states_its_problems_through_items_counted_in_its_prose_and_a_matter_set_aside()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县委第四巡察组巡察县统计局党组情况反馈会上的讲话
            同志们：
            受县委巡察工作领导小组委托，我向县统计局党组反馈巡察情况。总体上看，局党组做了不少工作，但也存在一些需要重视的问题。下面，我就按照巡察的几个渠道，把问题向大家讲一讲。
            我们也看到，这几年局党组抓统计服务做了大量工作，统计数据发布及时，这些都值得肯定。
            先说个别谈话中反映的情况。谈话中大家说得最多的，是局党组对统计造假问题重视不够，2024年党组会没有专题研究过统计监督。也有同志谈到办公楼电梯老旧，这些不属于巡察范围，不作为问题反馈。
            再说查阅资料发现的问题。一是统计执法检查流于形式，2024年检查的21家企业中有14家只看了报表。二是专项经费使用不规范，4.6万元调查经费用于购买办公用品。
            最后是实地查看的情况。乡镇统计站的数据台账有6个没有原始记录，数据来源无法核实，基层统计基础薄弱的问题比较明显。
            以上几个方面的问题，请局党组认真对照整改。对于抓好整改，我提两点意见。第一，党组书记要当好第一责任人。第二，整改情况三个月内报县委巡察办。
            谢谢大家。
            """));
        Assert.Equal(4, problems.Length);
        Assert.Contains("统计造假", problems[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("电梯", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("统计执法检查", problems[1].Text, StringComparison.Ordinal);
        Assert.Contains("专项经费", problems[2].Text, StringComparison.Ordinal);
        Assert.Contains("原始记录", problems[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_letter_handing_over_problems_as_label_and_value_tables_gives_each_tables_description()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            中共县委巡察工作领导小组办公室
            关于交办县委第二巡察组巡察发现问题的函
            县水利局党组：
            县委第二巡察组对你局党组开展了常规巡察。现将巡察发现的问题以整改交办单形式交办，请逐项制定整改措施，三个月内报送整改情况。
            交办编号 | SL-2025-01
            问题类别 | 工程建设管理
            问题描述 | 小型水库除险加固工程未批先建。2024年有2座水库在初步设计批复前开工，涉及投资380万元。
            整改要求 | 补办审批手续，查清责任。
            交办编号 | SL-2025-02
            问题类别 | 财务管理
            问题描述 | 水资源费征收不及时。3家取水企业欠缴水资源费累计27万元，超过一年未催收。
            整改要求 | 限期追缴，建立欠费台账。
            县委巡察工作领导小组办公室
            2025年4月8日
            """));
        Assert.Equal(2, problems.Length);
        Assert.StartsWith("小型水库除险加固工程未批先建", problems[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("水资源费征收不及时", problems[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_speaker_turning_to_the_second_matter_or_another_problem_inside_a_paragraph_starts_another_problem()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县委第一巡察组巡察县医保局党组情况反馈会上的讲话
            同志们：
            总体上看，局党组做了大量工作，但也存在一些需要重视的问题。下面，我把问题向大家讲一讲。
            先说谈话中反映的情况。谈话中大家说得最多的，是局党组研究医保基金监管不够，2024年党组会只研究过1次。第二个反映比较集中的，是定点药店检查走过场，抽查的12家药店有9家只查了营业执照。也有同志谈到办公用房紧张，这些不属于巡察范围，不作为问题反馈。
            再说问卷的情况。异地就医备案服务不到位，有三成的参保群众反映要跑两趟。另一个问题是医保待遇审核慢，2024年有41件申请超过规定时限才办结。
            以上几个方面的问题，请局党组认真对照整改。
            谢谢大家。
            """));
        Assert.Equal(4, problems.Length);
        Assert.Contains("党组会只研究过1次", problems[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("第二个反映比较集中的", problems[1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("办公用房", problems[1].Text, StringComparison.Ordinal);
        Assert.Contains("异地就医备案", problems[2].Text, StringComparison.Ordinal);
        Assert.StartsWith("另一个问题是", problems[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Items_found_sound_and_complaints_found_untrue_are_no_problems_and_a_quoted_label_lists_nothing()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第三巡察组关于巡察县实验小学党支部情况的反馈意见
            县实验小学党支部：
            巡察组对照本轮监督重点逐项反馈检查情况。凡标明“存在问题”的，须逐项整改；标明“未发现明显问题”的，要继续保持。
            1．落实中央八项规定精神情况。未发现明显问题。
            2．财务管理情况。存在问题：学生课后服务费结余4.3万元未按规定清退，部分用于发放教师补贴。
            3．群众反映问题核实情况。群众反映：学校食堂承包人是校长的亲戚。经核实，反映不属实。
            4．基层党组织建设情况。存在问题：支部2024年有5个月未召开支委会，党员发展工作停滞。
            整改要求：对存在问题的监督重点逐项制定整改措施，三个月内报送整改情况。
            县委第三巡察组
            2025年4月2日
            """));
        Assert.Equal(2, problems.Length);
        Assert.Contains("课后服务费", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("支委会", problems[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_of_fields_is_one_problem_whatever_its_semicolons()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            区委第一巡察组关于巡察区城投集团党委的反馈意见
            区城投集团党委：
            区委第一巡察组对集团党委开展了常规巡察，现将发现的问题以问题清单形式反馈。
            问题编号：XC-01
            问题类型：党的领导弱化
            具体问题：党委会研究“三重一大”事项不规范，2024年有3项投资事项先由总经理办公会决定后补党委会程序；党委会记录不完整。
            涉及单位：集团本部
            问题编号：XC-02
            问题类型：国有资产管理不规范
            具体问题：子公司闲置厂房6处未盘活；对外出租的12间门面租金低于评估价，续租未经评估。
            涉及单位：资产公司
            问题编号：XC-03
            问题类型：违反中央八项规定精神
            具体问题：公务用车管理混乱，2辆车长期停放在个人住处。
            涉及单位：物业公司
            整改要求：集团党委要对清单所列问题逐项整改，三个月内报送整改情况。
            区委第一巡察组
            2025年6月3日
            """));
        Assert.Equal(3, problems.Length);
        Assert.Contains("党委会记录不完整", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("续租未经评估", problems[1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(problems, p => p.Text.Contains("XC-0", StringComparison.Ordinal) || p.Text.Contains("涉及单位", StringComparison.Ordinal));
    }

    [Fact]
    public void Cases_under_a_numbered_problem_are_its_evidence_not_problems_of_their_own()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第四巡察组关于对县水利局党组开展选人用人专项巡察的反馈意见
            一、发现的主要问题
            （一）干部选拔任用方面
            1．动议环节不规范。调整方案由人事股起草后直接进入考察程序，党组会议只在决定环节“过一遍”。
            典型案例：
            （1）2024年3月调整2名股室负责人，动议材料中没有党组研究记录。
            （2）2024年9月确定1名副股长人选，会议纪要只记“同意”二字。
            2．试用期考核流于形式。3名试用期满干部未进行考核即转正。
            （二）干部监督管理方面
            1．干部人事档案审核不严。典型问题未整改到位，档案信息不一致的情况仍然存在。
            典型案例：
            （1）1名干部的入党时间在档案中有两种记载，未作认定。
            二、整改意见
            （一）加强党组对选人用人工作的领导。
            """));
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("动议环节不规范", problems[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("试用期考核流于形式", problems[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("干部人事档案审核不严", problems[2].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("一、共性问题", "二、个性问题")]
    [InlineData("一、主要问题", "二、其他需要一并整改的问题")]
    public void A_second_part_of_problems_under_its_own_heading_is_read_as_problems_too(string first, string second)
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", $"""
            县委第一巡察组关于巡察县城关中学党支部的反馈意见
            县城关中学党支部：
            根据县委统一部署，县委第一巡察组对县城关中学党支部开展了常规巡察。现将巡察情况反馈如下。
            {first}
            1．食堂账目没有按月公示，伙食费结余率超过规定。
            2．课后服务费分配向行政人员倾斜，一线教师意见较大。
            {second}
            一是学校考勤管理松散，部分教师工作日提前离岗；二是校务会议纪要不规范，讨论情况记载过简。
            三、整改要求
            一是党支部书记要切实履行第一责任人职责；二是整改情况三个月内报县委巡察办。
            县委第一巡察组
            2025年9月23日
            """));
        Assert.Equal(4, problems.Length);
        Assert.StartsWith("学校考勤管理松散", problems[2].Text, StringComparison.Ordinal);
        Assert.StartsWith("校务会议纪要不规范", problems[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_notice_that_says_the_problems_follow_lists_one_a_line_up_to_its_suggestions()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            中共蒲塘县委第三巡察组
            关于县市场监督管理局党组巡察反馈意见的公示
            根据县委巡察工作统一部署，县委第三巡察组对县市场监督管理局党组开展了常规巡察。为接受干部群众监督，现将巡察反馈的主要问题公示如下：
            食品安全监管“最后一公里”责任落实不到位；
            特种设备检验超期问题长期未解决；
            行政处罚自由裁量标准执行不统一；
            公务接待清单填写不完整。
            针对上述问题，巡察组提出如下整改意见：
            压实监管责任，完善食品安全网格化监管机制；
            规范行政处罚，严格执行自由裁量基准。
            公示时间：2025年6月12日至6月21日
            """));
        Assert.Equal(4, problems.Length);
        Assert.StartsWith("食品安全监管", problems[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("公务接待清单填写不完整", problems[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_under_office_labels_after_the_announcement_give_one_problem_a_clause()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            市委第二巡察组关于巡察市交通运输局党组的反馈意见（摘要）
            市交通运输局党组：
            巡察发现，局党组管党治党责任压得不够实。现按责任科室和单位将巡察发现的问题反馈如下：
            局党组：研究党建工作的次数偏少；对下属单位意识形态阵地缺乏管理。
            财务科：对下属单位财务监管不力。
            市公路事业发展中心：养护工程验收把关不严；机械设备台账不全。
            巡察组建议：一要压实主体责任；二要完善财务监管制度。
            """));
        Assert.Equal(5, problems.Length);
        Assert.StartsWith("研究党建工作的次数偏少", problems[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("机械设备台账不全", problems[4].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Items_handed_over_by_number_are_one_problem_each_and_their_requirement_and_time_lines_none()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            中共荇州区委巡察工作领导小组办公室
            关于交办区委第二轮巡察反馈问题的函
            区水务局党组：
            区委第二巡察组已向你局党组反馈了巡察意见。现将巡察发现的问题交办你局，请逐项抓好整改。
            交办第1项：河湖长制巡河记录流于形式，部分河长全年未巡河。
            整改要求：建立巡河情况定期通报制度。
            完成时限：2025年9月30日前。
            交办第2项：农村供水工程维修资金使用不规范，3项工程未经比价直接委托施工。
            整改要求：开展维修资金专项清理。
            完成时限：2025年10月31日前。
            交办第3项：局机关公务用车使用登记不全。
            整改要求：规范用车审批和登记。
            完成时限：立行立改。
            """));
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("河湖长制巡河记录流于形式", problems[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("局机关公务用车使用登记不全", problems[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_speakers_findings_in_the_first_person_are_problems_and_his_hopes_and_the_leads_handed_on_are_none()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在区委第一巡察组巡察区医疗保障局党组情况反馈会上的讲话
            同志们：
            今天，受区委委托，我代表巡察组反馈巡察情况。这几年局党组在医保扩面上做了不少工作，成效是明显的。
            但是，对照区委要求和群众期盼，我们发现还存在一些不容忽视的问题。
            我们发现，局党组对医保基金监管重视不够，今年上半年党组会议只专题研究过1次基金安全。
            我们注意到，部分定点药店“串换药品”问题反复出现，稽核只罚款不跟踪。
            我们在查阅账目时看到，经办大厅改造项目资金管理混乱，存在未经审批追加工程量的情况。
            同志们，问题找出来了，关键在改。我们希望局党组做到三点：一是把整改责任扛起来；二是把基金监管制度立起来；三是把群众满意作为标准。
            巡察组已将巡察中发现的问题线索按规定移交区纪委监委。整改过程中，巡察组将跟踪了解整改进展。
            谢谢大家！
            """));
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("我们发现，局党组对医保基金监管重视不够", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("未经审批追加工程量", problems[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_speaker_counting_his_problems_aloud_raises_one_each_and_goes_on_after_one_more()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在区委第三巡察组巡察荻港街道党工委情况反馈会上的讲话
            （根据会议录音整理）
            同志们：
            今天主要是把巡察组看到的情况跟街道党工委交个底，成绩的部分书面材料里都有，我就不念了。
            我讲的第一个问题，是网格管理。街道上报网格全覆盖，我们抽查了20个网格，有7个网格员一年没入户。
            第二个问题，钱。三个社区的为民服务经费里，有4.2万元买了办公用品和慰问品，跟为民服务不沾边。
            第三个，工程。老旧小区改造中途追加了36万元，没有上党工委会研究。
            还有一个，形式主义。社区每个月要报的表有30多种，同一个数几个科室各要一遍。
            最后一个问题，党员管理。流动党员有9名联系不上，党费靠社区书记垫付。
            下面提三点要求。第一点，认识要到位；第二点，措施要具体；第三点，整改情况三个月内报上来。
            """));
        Assert.Equal(5, problems.Length);
        Assert.Contains("7个网格员", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("30多种", problems[3].Text, StringComparison.Ordinal);
        Assert.Contains("流动党员", problems[4].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_areas_clauses_in_parallel_each_naming_a_problem_are_one_each()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            市委第一巡察组关于巡察市文旅投资集团党委的反馈意见
            市文旅投资集团党委：
            巡察认为，集团党委在文旅项目建设中做了大量工作，但也存在一些问题。
            在发挥党委把方向、管大局作用方面，既有重大投资事项把关不严的问题，下属公司两次参与景区竞标均未经党委前置研究；也有落实市委决策部署不到位的问题，3个乡村旅游项目进度滞后；还有理论学习流于形式的问题，中心组学习多为读文件。
            在防范廉洁风险方面，既有工程招投标管理失守的问题，配套工程被拆分成4个合同规避公开招标；也有资金出借风险管控缺失的问题，向一家民营企业出借资金800万元。
            针对上述问题，巡察组提出如下整改意见：一要压实主体责任；二要健全投资决策制度。
            """));
        Assert.Equal(5, problems.Length);
        Assert.StartsWith("既有重大投资事项把关不严的问题", problems[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("也有资金出借风险管控缺失的问题", problems[4].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Paragraphs_labelled_by_a_theme_word_under_a_part_of_problems_are_one_problem_each()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            中共蘅川市委第二巡察组关于对中共蘅川职业技术学院委员会巡察情况的反馈意见
            一、围绕贯彻落实党的教育方针开展政治监督发现的问题
            思政课程。学校党委研究思政课建设偏少，2024年仅专题研究1次。思政课专任教师缺口6人。
            实习管理。学生顶岗实习安排随意，3个专业实习与所学专业不对口。有企业向学生收取管理费。
            二、围绕全面从严治党开展政治监督发现的问题
            公务接待。2024年有5批次公务接待无公函，1批次超出接待标准。
            三、整改要求
            压实责任。学校党委要切实担负起整改主体责任。
            """));
        Assert.Equal(3, problems.Length);
        Assert.Contains("缺口6人", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("管理费", problems[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Paragraphs_of_a_part_of_problems_that_open_alike_are_one_problem_each()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            中共蓼川县委第四巡察组关于对县档案馆党支部开展常规巡察的反馈意见
            一、巡察发现的问题
            对照《机关档案工作条例》关于档案接收的规定，档案接收进馆把关不严。2024年接收的6个单位档案中，有2个单位的案卷未经鉴定。部分案卷目录与实体不符。
            对照档案安全管理的有关规定，库房安全管理存在隐患。2个库房温湿度记录有4个月空白。消防器材有3具过期未换。
            对照《党政机关厉行节约反对浪费条例》关于培训的规定，培训经费使用不够规范。2024年以业务培训名义组织到外地参观1次。
            二、整改要求
            县档案馆党支部要切实履行整改主体责任，整改情况三个月内报县委巡察办。
            """));
        Assert.Equal(3, problems.Length);
        Assert.Contains("案卷目录与实体不符", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("消防器材", problems[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_announcement_that_counts_its_problems_groups_the_sentences_after_it_one_each()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            荻川县委第二巡察组向县水利局党组反馈巡察情况
            12月5日，县委第二巡察组向县水利局党组反馈了巡察情况。
            巡察组认为，局党组近年来水毁工程修复进度较快，农村饮水安全达标率稳步提高。
            巡察组以“重”与“轻”为线索，指出了局党组存在的四个方面问题。重项目争取、轻建后管护，已建成的12处小型泵站中有5处无人管护。重资金拨付、轻绩效评价，2023年拨付的河道整治资金未开展绩效评价。重会议部署、轻督促检查，防汛责任人培训只发通知不查到会情况。重业务工作、轻党建工作，机关党支部全年只开展了2次主题党日。
            巡察组要求，局党组要在三个月内报送整改情况报告。
            """));
        Assert.Equal(4, problems.Length);
        Assert.StartsWith("重项目争取", problems[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("重业务工作", problems[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_stated_before_their_breach_after_an_announcement_are_problems_and_the_closing_advice_none()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            市委第三巡察组关于对蒿溪区审计局党组的巡察反馈意见
            市委第三巡察组于2024年4月至5月对蒿溪区审计局党组开展了巡察。巡察组认为，局党组完成了年度审计项目计划。巡察中也发现，局党组在执行制度上还有一些漏洞，具体如下。
            党组议事规则规定，“三重一大”事项应当经党组会议集体研究；但2023年有2项审计外包合同由分管领导直接签订。
            党支部工作条例规定，支部委员会一般每月召开1次；但局机关党支部2023年只召开了5次支部委员会。
            审计档案管理办法要求，审计项目结束后应当在3个月内归档；但抽查的10个项目中有4个超过半年未归档。
            巡察组建议：局党组应当对照上述问题建立整改台账，明确责任领导和完成时限。
            """));
        Assert.Equal(3, problems.Length);
        Assert.Contains("审计外包合同", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("超过半年未归档", problems[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_speaker_who_announces_his_problems_in_a_short_line_raises_the_paragraphs_after_it()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县委第五巡察组巡察县中医院党委情况反馈会上的讲话
            同志们：
            按照县委统一部署，县委第五巡察组对县中医院党委进行了常规巡察。今天主要是把巡察的情况反馈给大家。
            先讲总的印象。医院这两年新开了康复科，全院干部职工是辛苦的。
            下面讲问题，一共三个。
            说到党委的领导作用，党委会和院长办公会的议事范围没有分清，2023年有6项本该党委会研究的事项只上了院长办公会。
            说到药品采购，集中带量采购的品种执行率偏低，部分科室仍在自行采购同类药品。
            说到党支部建设，临床科室党支部有3个超过一年没有换届。
            问题就讲这些。希望医院党委把整改和行风建设结合起来，三个月内报送整改情况报告。
            """));
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("说到党委的领导作用", problems[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("说到党支部建设", problems[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_problem_list_set_out_in_columns_by_spaces_gives_one_problem_a_row()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            蘅川区委巡察工作领导小组办公室
            关于区委第三轮巡察反馈问题清单的公示（区图书馆）
            区委第三轮巡察已完成对区图书馆党支部的反馈，现将反馈问题清单公示如下。
            序号  问题描述                                    问题类别    整改时限
            01    古籍修复项目验收把关不严，2件修复件未达标   业务监管    2025年3月底
            02    党支部书记述职内容空泛，未见问题剖析         主体责任    2025年2月底
            03    公务接待无公函，2批次接待无清单             八项规定    立即整改
            合计：问题3个。
            区委巡察工作领导小组办公室
            2025年1月10日
            """));
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("古籍修复项目验收把关不严", problems[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("八项规定", problems[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_headed_by_a_bracketed_label_are_one_each_with_their_title_and_numbered_evidence()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第二巡察组关于对县疾病预防控制中心党支部巡察情况的反馈意见
            2025年4月，巡察组向中心党支部反馈巡察意见如下。
            问题（一）疫苗冷链管理存在漏洞
            具体表现：①两台冷藏柜的温度记录缺失共计19天；②疫苗出入库台账与系统数据不一致，差额120支。
            问题（二）专项经费使用不规范
            具体表现：①以劳务费名义向本单位职工发放补贴2.6万元；②一笔8万元的检测设备采购未经集体研究。
            问题（三）党支部组织生活不严肃
            具体表现：①主题党日有4次以业务会代替；②组织生活会批评意见多为工作建议。
            巡察建议
            建议一：中心党支部要建立整改台账，明确责任人和完成时限，三个月内报送整改情况。
            """));
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("疫苗冷链管理存在漏洞", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("差额120支", problems[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("党支部组织生活不严肃", problems[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_of_verdicts_each_followed_by_its_evidence_gives_one_problem_a_verdict()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            区委第三巡察组关于对区残疾人联合会党组巡察情况的反馈意见
            一、总体评价
            巡察认为，区残联党组能够围绕助残服务开展工作。同时，巡察也发现一些需要认真解决的问题。
            二、存在的主要问题
            落实上级助残政策部署不有力。市残联关于重度残疾人托养服务的要求下发一年多，全区8个街道中仅有2个建成托养站点。议事决策不规范。2024年有3项超过5万元的采购事项未经党组会研究。康复补贴审核不严格。抽查的60份补贴档案中有7份缺少评估报告，2名已迁出本区的人员仍在领取补贴。机关党建工作不扎实。机关党支部2024年有3次组织生活会以业务会代替，党员发展计划连续两年为零。
            三、整改意见
            区残联党组要对反馈问题逐条建立台账，明确责任领导和完成时限，三个月内报送整改情况。
            """));
        Assert.Equal(4, problems.Length);
        Assert.StartsWith("落实上级助残政策部署不有力", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("仅有2个建成托养站点", problems[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("机关党建工作不扎实", problems[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Paragraphs_labelled_by_their_area_with_a_colon_are_one_problem_each()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第四巡察组对鹬塘镇党委巡察反馈意见
            县委第四巡察组对鹬塘镇党委进行了常规巡察。巡察组认为，镇党委在人居环境整治等方面取得了一定成绩，但也存在一些不容忽视的问题，现反馈如下：
            在贯彻落实上级决策部署方面：河长制落实不到位。镇村两级河长巡河记录大量缺失，2处河道违法堆放建筑垃圾的问题直到县里暗访才发现。
            在村级“三资”管理方面：鹬溪村集体厂房2023年出租时未经村民代表会议表决。同时，有2个村存在出纳兼管村集体银行卡的情况。
            在基层党组织建设方面：2个村党支部2024年度组织生活会批评意见泛泛而谈；1名党员的发展程序倒置。
            巡察组提出以下意见建议：镇党委要切实扛起整改主体责任，对照反馈问题逐项建立台账。
            """));
        Assert.Equal(3, problems.Length);
        Assert.Contains("2处河道", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("出纳兼管", problems[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_opened_by_a_square_bullet_list_one_problem_each()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第五巡察组对蓼塘村党支部巡察反馈意见公开
            巡察组肯定了村“两委”在道路硬化方面做的工作。同时指出了以下问题：
            一、巡察反馈问题
            □ 村集体经济收入单一，主要靠厂房出租
            □ 厂房出租未经村民代表会议表决通过
            □ 低保评议把关不严，有2户条件明显不符
            二、整改要求
            □ 村党支部书记对整改负总责
            □ 低保对象逐户复核，不符合的及时清退
            """));
        Assert.Equal(3, problems.Length);
        Assert.Equal("厂房出租未经村民代表会议表决通过", problems[1].Text);
    }

    [Fact]
    public void A_review_raises_the_old_problems_it_marks_open_and_not_those_it_checks_off()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第二巡察组对蘅坪镇党委开展巡察“回头看”情况的反馈意见
            一、原反馈问题整改情况
            2023年巡察反馈问题共4个。逐项核查结果如下（√为已整改到位，×为整改不彻底）：
            1．党委理论学习中心组学习不规范　√
            2．农村低保动态管理不及时，仍有已故人员领取低保　×
            3．公务用车管理使用不规范　√
            4．扶贫项目资产管护责任没有落实，1个光伏电站停运　×
            二、“回头看”新发现的问题
            （一）防汛物资储备台账与实物不符，救生衣数量缺口较大。
            三、整改要求
            （一）对整改不彻底的问题重新制定措施，限期30日内整改到位。
            """));
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("农村低保动态管理不及时", problems[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(problems, p => p.Text.Contains("公务用车", StringComparison.Ordinal));
    }

    [Fact]
    public void Paragraphs_opening_alike_after_an_areas_lead_are_its_problems_and_the_lead_is_not()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            关于向县卫生健康局党组反馈巡察情况的通知
            县委第四巡察组对县卫生健康局党组开展了常规巡察。现将巡察情况反馈如下。
            一、落实医改任务方面
            局党组对紧密型县域医共体建设推动乏力，牵头抓总的作用发挥不够，存在上热中温下冷现象。
            有的乡镇卫生院药品采购不走平台。蔺溪、楂坪两家卫生院2024年线下采购药品41万元，其中19万元无比价记录。
            有的股室对家庭医生签约数据把关不严。抽查120份签约档案，有37份没有随访记录，签约率存在虚高。
            二、全面从严治党方面
            局党组履行主体责任有温差，对系统内廉洁风险排查不深入。
            有的医院采购设备化整为零。县中医院2023年分5次采购同一批康复设备，规避公开招标。
            有的干部收受医药代表礼品。巡察期间受理反映3件，经初步核实有1名科室主任收受购物卡。
            三、整改要求
            局党组要切实扛起整改主体责任，逐条建立整改台账。
            """));
        Assert.Equal(4, problems.Length);
        Assert.StartsWith("有的乡镇卫生院药品采购不走平台", problems[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("有的干部收受医药代表礼品", problems[3].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(problems, p => p.Text.Contains("上热中温下冷", StringComparison.Ordinal) || p.Text.Contains("温差", StringComparison.Ordinal));
    }

    [Fact]
    public void Sentences_each_stating_a_failing_and_how_it_shows_are_one_problem_each()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第二巡察组关于对县交通运输局党组巡察情况的反馈
            一、资料组查阅的情况
            资料组查阅了局党组近三年的会议记录，认为局党组议事决策不够规范，表现为2024年有3项超过50万元的采购未经党组会集体研究，由分管领导签批后直接实施。同时，局党组对超限运输治理督促不力，表现为治超站全年查处超限车辆数量比上年下降四成，有2个站点连续三个月没有执法记录，群众多次反映却无人过问。
            二、走访组了解的情况
            走访组随机走访了农村公路养护站点，认为农村公路养护资金使用不规范，表现为2个乡镇将养护资金38万元用于办公楼维修。此外，路政执法存在选择性执法，表现为对本地货运企业的违规行为只警告不处罚，全年立案仅2起。
            三、有关要求
            局党组要在反馈之日起三个月内报送整改情况报告。
            """));
        Assert.Equal(4, problems.Length);
        Assert.Contains("议事决策不够规范", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("群众多次反映", problems[1].Text, StringComparison.Ordinal);
        Assert.Contains("选择性执法", problems[3].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("壹、", "贰、", "叁、")]
    [InlineData("I. ", "II. ", "III. ")]
    public void Items_numbered_in_capitals_or_roman_under_the_problems_part_are_its_problems(string first, string second, string third)
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", $"""
            县委第三巡察组关于对县水务投资有限公司党委巡察情况的反馈意见
            一、总体评价
            公司党委能够服务全县供水保障大局，近三年完成管网改造86公里。
            二、发现的主要问题
            {first}党的领导融入公司治理不够到位。2025年有3项对外投资未经党委前置研究即提交董事会。
            {second}国有资产出租管理不规范。公司所属门面房出租底价多年未评估，租金低于市场价两成以上。
            {third}工程建设领域廉洁风险突出。1个管网项目设计变更金额超过合同价的25%，变更审批无集体研究记录。
            三、整改意见
            {first}公司党委书记要当好第一责任人，对整改工作亲自部署。
            {second}修订资产出租管理办法和工程变更管理办法。
            """));
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("党的领导融入公司治理不够到位", problems[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("工程建设领域廉洁风险突出", problems[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_alone_on_a_line_padded_with_a_zero_number_the_items_below_them()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            葑塘镇党委关于县委第二巡察组反馈意见的公开
            巡察组指出的主要问题

            〇一
            落实县委决策部署有偏差。高标准农田建设任务完成不到一半，部分地块建成后无人耕种。

            〇二
            财务管理不规范。镇财政所有白条入账9笔，公务接待清单与发票对不上。

            〇三
            基层党组织建设薄弱。3个村党支部“三会一课”记录雷同，1个村连续三年未发展党员。

            巡察组提出的整改要求

            〇一
            建立问题、任务、责任三张清单，逐项明确责任领导和完成时限。
            """));
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("财务管理不规范", problems[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_feedback_in_traditional_characters_lists_its_problems()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            縣委第一巡察組關於對縣自然資源局黨組巡察情況的反饋意見
            二、發現的主要問題
            （一）耕地保護責任落實不夠嚴格，衛片執法發現的12宗違法佔地有5宗未按期拆除復耕。
            （二）國有建設用地出讓收入徵收不及時，3家企業欠繳土地出讓金長期未追繳到位。
            （三）幹部交流輪崗制度執行不到位，審批關鍵崗位人員任職超過8年的有2人。
            三、整改意見
            （一）局黨組要切實扛起整改主體責任。
            """));
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("耕地保护责任落实不够严格", problems[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_topic_over_a_paragraph_reporting_the_feedback_as_cued_lists_gives_the_lists_items()
    {
        // Minutes of the unit's own meeting: the feedback is reported under a topic heading, area by area.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            关于听取县委第一巡察组反馈意见和研究部署整改工作的会议纪要
            10月9日，县委第一巡察组向蒌溪乡党委反馈巡察情况。反馈会后，乡党委书记随即主持召开党委会。现将会议主要精神纪要如下。
            一、听取巡察反馈意见
            会议听取了巡察组组长所作的反馈。巡察组肯定了乡党委在产业发展方面取得的成效，同时指出，乡党委在一些方面还有差距：在党的领导方面，存在落实上级部署走样、议事规则执行不严等问题；在廉政风险防控方面，存在工程项目未批先建、村级公款私存等问题。
            二、会议议定事项
            （一）成立巡察整改工作领导小组，乡党委书记任组长。
            （二）10月20日前制定整改方案，建立问题、任务、责任三张清单。
            """));
        Assert.Equal(4, problems.Length);
        Assert.Contains("议事规则执行不严", problems[1].Text, StringComparison.Ordinal);
        Assert.Contains("村级公款私存", problems[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_news_paragraph_turning_from_praise_to_findings_is_read_from_the_findings_and_a_group_members_quote_too()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第二巡察组向县市场监管局党组反馈巡察情况
            【解说】
            反馈会上，巡察组首先肯定了县市场监管局党组在食品安全监管等方面取得的成绩。随后，巡察组直奔问题。巡察发现，“双随机”抽查覆盖不全，2024年有11家重点企业未被抽到；执法案卷归档不及时，37份案卷超过半年未归档。
            【同期声】县委第二巡察组组长
            “我们在查阅账目时发现，局党组对罚没收入管理失之于宽，有2笔罚没款延迟上缴。”
            【解说】
            针对这些问题，巡察组要求县市场监管局党组建立问题清单，明确整改时限。
            """));
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("“双随机”抽查覆盖不全", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("罚没收入管理失之于宽", problems[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_two_column_table_of_categories_and_problems_lists_one_problem_a_row()
    {
        // Read from a file, as a user gives it: the text reader draws the box table's rows.
        var path = Path.Combine(Path.GetTempPath(), $"rectify-box-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, string.Join('\n', """
            区委第一巡察组向蘅塘街道党工委反馈巡察情况
            来源：区纪委监委　　时间：2026-10-12　　作者：区委巡察办
            巡察组认为，街道党工委在老旧小区改造上做了大量工作。同时，巡察组以表格形式指出了发现的问题：
            ┌────┬──────────────┐
            │问题类别│具体问题　　　　　　　　　　│
            ├────┼──────────────┤
            │政治建设│落实区委城市更新部署打折扣，　│
            │　　　　│1个片区改造方案迟迟未启动。　│
            ├────┼──────────────┤
            │廉政风险│社区公益性岗位管理混乱，有　　│
            │　　　　│2人挂名领取补贴。　　　　　　│
            ├────┼──────────────┤
            │　　　　│物业维修资金审核把关不严，　　│
            │　　　　│1笔维修款先支付后补签字。　　│
            └────┴──────────────┘
            区委巡察办负责同志要求，街道党工委要对表中问题逐条制定措施。
            """.Split('\n').Select(l => l.Trim())));
        System.Collections.Immutable.ImmutableArray<Issue> problems;
        try
        {
            problems = fixture.Analyzer.Problems(fixture.Parser.Parse(path));
        }
        finally
        {
            File.Delete(path);
        }

        Assert.Equal(3, problems.Length);
        Assert.StartsWith("社区公益性岗位管理混乱", problems[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_areas_one_sentence_listing_failings_by_commas_gives_each_failing()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第一巡察组关于对苎溪乡党委巡察情况的反馈意见
            二、巡察发现的主要问题
            （一）落实全面从严治党主体责任方面。乡党委对班子成员“一岗双责”的督促不够、对村级小微权力运行的监管不足、对群众身边不正之风的查纠不到位。
            （二）基层党组织建设方面。村级后备力量的培养储备不够、党员教育管理的日常抓手不足。
            三、整改意见
            （一）层层压实责任，把监督延伸到村组一线。
            """));
        Assert.Equal(5, problems.Length);
        Assert.StartsWith("对村级小微权力运行的监管不足", problems[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("党员教育管理的日常抓手不足", problems[4].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_of_the_problems_broken_by_the_narrator_goes_on_counting_after_the_break()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第四巡察组向县林业局党组反馈巡察情况
            “局党组在森林防火上下了功夫，这一点应当肯定。”组长在反馈时说，“但对照巡察要求，局党组还有一些短板，一是护林员管理松散，有12人常年在外务工仍领补助；二是采伐审批把关不严，9件许可先伐后批；”说到这里，他停顿片刻，接着说，“三是公务用车管理不规范，节假日有4次非公出行；四是基层党支部组织生活不正常，2个支部全年未开组织生活会。”
            针对上述问题，组长提出两点意见：一是提高政治站位；二是建立整改台账。
            """));
        Assert.Equal(4, problems.Length);
        Assert.StartsWith("公务用车管理不规范", problems[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_speech_that_announces_a_few_problems_states_one_a_paragraph_whatever_connector_opens_it()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县委第一巡察组巡察蓼溪乡党委情况反馈会上的讲话
            同志们：
            下面，我代表巡察组反馈巡察情况。总的来看，乡党委做了不少工作，这些成绩值得肯定。
            但是，对照县委的要求，乡党委还有不小差距。归纳起来，主要有这么几个问题。
            一是产业项目落地见效不好。2023年以来实施衔接资金项目8个，其中茶叶加工厂建成后一直闲置。
            另外，农村乱占耕地建房问题监管不力。新增违法占地建房6宗，仅拆除1宗。
            同时，财务管理不规范的问题也比较突出。乡财政所对村级报账把关不严，有2个村用白条入账，合计3.1万元。
            还有，干部作风方面存在松懈现象。便民服务中心窗口中午无人值守，群众只能干等。
            最后一个问题，是上轮巡察整改不到位。上轮指出的垃圾清运费拖欠问题至今没有解决。
            针对这些问题，我提三点要求。一要提高思想认识；二要精准整改；三要建立长效机制。
            """));
        Assert.Equal(5, problems.Length);
        Assert.Contains("白条入账", problems[2].Text, StringComparison.Ordinal);
        Assert.Contains("无人值守", problems[3].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(problems, p => p.Text.StartsWith("这么几个问题", StringComparison.Ordinal));
    }

    [Fact]
    public void A_list_of_cases_inside_a_later_comma_clause_does_not_split_the_problem()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第二巡察组向县市场监管局党组反馈巡察情况
            巡察组指出，该局党组在履行职责中也暴露出一些薄弱环节：对食品安全“两个责任”的部署抓得不实；日常抽检流于形式，对超范围使用添加剂、虚假标注产地等行为发现和查处不够及时；执法车辆管理不严，节假日停放不规范等问题。
            """));
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("对食品安全", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("虚假标注产地", problems[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("执法车辆管理不严", problems[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_last_numbered_problem_stays_when_numbered_suggestions_follow_their_own_lead_line()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            市委第一巡察组关于巡察市档案局党组的反馈意见
            巡察中发现以下问题：
            一、落实意识形态工作责任制不到位。年度专题研究仅一次，阵地管理台账缺失。
            二、档案数字化项目管理不规范。项目验收由承建方自行出具报告。
            三、对上轮巡察指出问题整改不彻底。库房温湿度监控问题出现反复。
            针对上述问题，巡察组提出如下整改意见：
            1．提高政治站位，压实管党治党责任。
            2．健全项目管理制度，严格验收程序。
            """));
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("对上轮巡察指出问题整改不彻底", problems[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbered_problems_run_inside_each_villages_paragraph_after_its_label()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            镇党委关于县委巡察组对两个村党组织巡察反馈意见的通报
            县委第三巡察组对苘溪镇上垄村、下垄村党组织开展了巡察，现将各村存在的主要问题通报如下：
            上垄村：1．村集体林地承包费连续两年未收缴，涉及1.8万元；2．党支部“三会一课”记录由一人代写。
            下垄村：1．村级工程未经村民代表会议讨论直接发包；2．村务公开栏半年未更新；3．党员发展培养考察走过场。
            镇党委要求两个村党组织于两个月内完成集中整改。
            """));
        Assert.Equal(5, problems.Length);
        Assert.StartsWith("村集体林地承包费连续两年未收缴", problems[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("村级工程未经村民代表会议讨论直接发包", problems[2].Text, StringComparison.Ordinal);
        Assert.StartsWith("党员发展培养考察走过场", problems[4].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_last_numbered_problem_is_kept_when_a_paragraph_of_requirements_follows_it()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第二巡察组关于对县疾控中心党支部巡察情况的反馈意见
            现将巡察发现的主要问题反馈如下。
            （一）落实上级决策部署方面
            1．慢病随访任务完成率偏低。全年随访数据有三成系电话补录。
            2．应急物资储备管理松散。两批防护用品过期未处置。
            （二）基层党建方面
            1．支部委员分工不明确。组织委员长期兼任出纳。
            2．党员教育流于形式。集中学习多以读文件代替研讨。
            针对上述问题，巡察组提出以下意见建议：一是厘清支部委员职责；二是建立应急物资动态台账；三是把随访质量纳入科室考核。
            """));
        Assert.Equal(4, problems.Length);
        Assert.StartsWith("党员教育流于形式", problems[3].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("一是厘清", problems[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_a_speaker_heads_as_the_achievements_raises_no_problem()
    {
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县委第一巡察组巡察荇塘乡党委情况反馈会上的讲话
            同志们：
            受县委委派，我代表巡察组反馈巡察情况，讲三个方面。
            第一个方面，讲讲成绩。
            近年来，乡党委抓产业、抓治理，茶园面积扩大到两万亩，群众收入稳步增长，全乡没有发生一起重大安全事故，干部群众是认可的。
            第二个方面，讲讲问题。
            一是集体经济薄弱。全乡9个村中有4个村集体年收入不足5万元。二是财务管理不规范。乡财政所有3笔补助资金未按规定公示。
            第三个方面，讲讲要求。
            一要压实责任；二要建章立制。
            """));
        Assert.Equal(2, problems.Length);
        Assert.StartsWith("集体经济薄弱", problems[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_further_paragraph_of_findings_that_sums_up_failings_lists_each_and_the_failing_after_it()
    {
        // published14 w01's form (a news item: 巡察组指出，……主要是：……；……等问题。 then 同时，巡察组还指出，……存在A、B、C等问题，
        // 对……也未整改到位。), in words of our own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            市委第二巡察组向市公共资源交易中心党组反馈巡察情况
            巡察组指出，巡察中也发现了一些问题，主要是：服务市场主体的意识不够强，交易平台功能升级迟缓；中心党组对评标专家管理偏软偏松等问题。
            同时，巡察组还指出，中心在保证金管理中存在退还台账登记不全、部分保证金超期未退、利息核算不清等问题，对上轮审计指出的场地出租收入未入账问题也未整改到位。
            市委巡察办负责同志强调，中心党组要认真抓好整改。
            """));
        Assert.Equal(6, problems.Length);
        Assert.StartsWith("服务市场主体的意识不够强", problems[0].Text, StringComparison.Ordinal);
        Assert.Equal("退还台账登记不全", problems[2].Text);
        Assert.Equal("利息核算不清", problems[4].Text);
        Assert.StartsWith("对上轮审计指出的场地出租收入未入账问题也未整改到位", problems[5].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Circled_items_run_together_in_a_paragraph_that_opens_with_one_are_one_problem_each_but_not_after_a_lead()
    {
        // published14 w05's form (（一）……方面 areas, each a paragraph ①……；②……；③……), in words of our own; and dev20's
        // title + 具体表现：①……；②…… where the circled numbers detail the title's one problem.
        var areas = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第二巡察组关于对县民政局开展养老服务资金专项巡察情况的反馈意见
            二、发现的主要问题
            （一）资金分配方面
            ①补贴对象审核不严，有6名已去世老人仍在领取高龄津贴；②资金分配向城区倾斜，农村敬老院改造资金占比不足两成。
            （二）项目管理方面
            ①3个养老服务中心建成后长期闲置；②项目验收只看资料，未到现场核查；③个别项目变更设计未经审批。
            三、整改意见
            局党组要在三个月内报送整改情况。
            """));
        Assert.Equal(5, areas.Length);
        Assert.StartsWith("补贴对象审核不严", areas[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("个别项目变更设计未经审批", areas[4].Text, StringComparison.Ordinal);

        var titles = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第二巡察组关于巡察县民政局党组的反馈意见
            二、发现的主要问题
            （一）养老服务资金监管不力
            具体表现：①有6名已去世老人仍在领取高龄津贴；②3个养老服务中心建成后长期闲置。
            （二）社会组织登记管理松散
            具体表现：①2024年年检不合格的4家社会组织仍在开展活动，局里未责令整改；②抽查的20家社会组织中有7家登记档案缺少章程和验资材料。
            三、整改意见
            局党组要在三个月内报送整改情况。
            """));
        Assert.Equal(2, titles.Length);
    }

    [Fact]
    public void A_rectification_suggestion_under_a_problem_is_no_problem()
    {
        // dev31 p06's form (each problem followed by its own 整改建议： line), in words of our own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第三巡察组关于巡察县农业农村局党组的反馈意见
            一、发现的问题及整改建议
            （一）耕地保护补贴发放不精准。2024年有19户已流转土地的原承包户和经营者重复领取补贴，涉及1.2万元；个别村干部的亲属不符合条件也领取了补贴。上述资金至今未追回。
            整改建议：全面清理不符合条件人员，追回违规领取的补贴；查清村级申报和乡镇审核环节的责任，对把关不严、优亲厚友的人员严肃处理。
            （二）农机购置补贴审核走过场。抽查的30份申请中有8份缺少实地核验记录。
            整改建议：建立实地核验制度，完善审核流程。
            二、有关要求
            局党组要在三个月内报送整改情况。
            """));
        Assert.Equal(2, problems.Length);
        Assert.DoesNotContain(problems, p => p.Text.StartsWith("整改建议", StringComparison.Ordinal));
    }

    [Fact]
    public void A_speech_s_opening_on_how_the_group_worked_and_why_it_came_raises_no_problem()
    {
        // dev31 p07's form (a village speech: 把……发现的问题……作个反馈。这次巡察，我们谈话……人次…… / 我们这次来，主要是来找问题……),
        // in words of our own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县委第二巡察组巡察石桥村党支部情况反馈会上的讲话
            同志们：
            县委第二巡察组在石桥村驻村巡察一个月，今天把我们看到的情况、发现的问题向村党支部作个反馈。这次巡察，我们找村干部、党员和群众谈话48人次，查阅了近三年的村级账目，走访了6个村民小组。镇党委副书记也参加了今天的会。
            先说好的方面。村里的产业路修通了，群众是认可的。
            但是，我们这次来，主要是来找问题、帮村里把工作做扎实的。群众反映比较集中的，我归纳为三个方面。
            一是村集体山林发包不按规矩办。去年山林重新发包没有经过村民代表会议，承包价比评估价低了两成。
            二是低保评议走过场。有3户家庭收入明显超标的农户仍在领取低保。
            三是村务公开不及时。财务收支半年才公开一次。
            最后提几点要求。村党支部要把整改责任扛起来。
            """));
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("村集体山林发包不按规矩办", problems[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_naming_a_loophole_is_one_problem_with_its_manifestations()
    {
        // dev31 p05's form (（一）title with no 不/未 in it over 具体表现：A；B。C。), in words of our own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第一巡察组对县燃气公司党支部的巡察反馈意见
            一、巡察发现的主要问题
            （一）燃气收费环节漏洞反复出现
            具体表现：2024年因估抄、错抄引发的气费投诉52起；营业厅现金收入有4天隔日才存入银行。客服部门对投诉只做个案退补。
            （二）管网巡检制度执行不严
            具体表现：巡检记录有11天空白；2处老旧阀门超期未更换。
            二、整改要求
            公司党支部要在三个月内报送整改情况。
            """));
        Assert.Equal(2, problems.Length);
        Assert.StartsWith("燃气收费环节漏洞反复出现", problems[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_named_inside_a_speech_of_requirements_are_its_problems_when_nothing_else_gives_one()
    {
        // published5 y12's form (a discipline secretary's 一要……二要…… with what the inspection found inside them), in words of
        // our own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县委第二巡察组巡察县水利局党组情况反馈会上的讲话
            同志们：
            刚才，巡察组反馈了巡察情况，我完全同意。下面，我就抓好整改讲几点意见。
            一要把牢政治方向。水利是民生工程，局党组理应走在前面。从这次巡察看，2024年列入计划的14座小型水库除险加固有6座没有按期完工。这些问题，归根到底是政治站位不够高。
            二要压实管党治党责任。目前，局党组对工程领域廉政风险的研判还不深，2个项目变更金额超过合同价的两成却没有经过集体研究。希望局党组正视这些问题。
            三要建强干部队伍。局属2个党支部换届工作没有按期进行，支部委员长期缺额。局党组要把基层党建摆上重要位置。
            """));
        Assert.Equal(3, problems.Length);
        Assert.Contains("6座没有按期完工", problems[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(problems, p => p.Text.Contains("归根到底", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void The_seed_speech_of_requirements_raises_no_problem()
    {
        // Issue 15, point 7: the seed (a speech of requirements only) is no list of problems, headings included
        // (三、强化主体责任，聚焦问题，突出重点).
        Assert.Empty(fixture.Analyzer.Problems(fixture.Text("feedback.txt", File.ReadAllText(SharedData.Seed))));
    }

    [Fact]
    public void A_news_paragraph_that_praises_first_lists_the_findings_from_where_the_inspectors_speak()
    {
        // dev33 p03's form (反馈指出，……取得一定成效。同时，巡察组指出，A，……存在……；B，……；C，……等问题。), in words of our own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第四巡察组向县燃气集团党委反馈巡察情况
            反馈指出，集团党委能够贯彻落实县委决策部署，在管网改造方面取得一定成效。同时，巡察组指出，集团党委推进老旧管网改造不够有力，8个小区的改造未能按期完工，部分小区仍存在安全隐患；工程建设管理不规范，1个项目未批先建；财务管理不严格，以“防寒补助”名义违规发放补贴6.2万元等问题。
            集团党委书记表示，诚恳接受巡察组反馈的意见。
            """));
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("集团党委推进老旧管网改造不够有力", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("部分小区仍存在安全隐患", problems[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_that_ends_by_announcing_the_problems_and_a_remark_that_there_are_many_raise_none()
    {
        // dev33 p02's and p06's forms (under 一、正确看待巡察发现的问题, a paragraph of how the group worked and praise ending
        // 归纳起来主要有三个方面的问题：; a speech's 但巡察发现的问题也不少。), in words of our own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县委第一巡察组巡察石门镇党委情况反馈会上的讲话
            一、正确看待巡察发现的问题
            巡察期间，镇党委积极配合。巡察组共个别谈话40人次，走访了7个村。近年来，石门镇在特色种植方面有了明显起色，群众总体是认可的。但巡察发现的问题也不少。同时，我们也看到，镇里的工作与县委要求相比还有差距，归纳起来主要有三个方面的问题：
            一是项目推进慢。2024年的3个产业项目有2个没有按期完工。
            二是民生资金监管有漏洞。2户家庭收入超标仍领取救助金0.8万元。
            三是作风不扎实。便民服务中心窗口午间常有人脱岗。
            二、抓好整改
            镇党委要在三个月内报送整改情况。
            """));
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("项目推进慢", problems[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_of_how_the_group_worked_that_ends_with_the_date_of_the_feedback_raises_no_problem()
    {
        // dev34 p04's form (……发现了一些问题。这些问题有的……但仍未根治。……巡察组向局党组反馈如下意见。), in words of our own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第三巡察组关于对中共县卫生健康局党组开展巡察的反馈意见
            2025年3月至4月，县委第三巡察组对县卫生健康局党组进行了常规巡察。巡察组共个别谈话60人次，调阅资料800余份，发现了一些问题。这些问题有的属于老问题，有的上轮巡察已经指出但仍未整改到位。2025年5月20日，巡察组向局党组反馈如下意见。
            一、党的领导方面
            1．落实医疗卫生体制改革部署不力。3个乡镇卫生院的家庭医生签约服务只签约不履约。
            2．财务管理不规范。2所卫生院以“值班补助”名义发放补贴4.1万元。
            """));
        Assert.Equal(2, problems.Length);
        Assert.StartsWith("落实医疗卫生体制改革部署不力", problems[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_under_a_heading_of_problems_that_closes_by_counting_them_raises_none()
    {
        // dev34 p02's form (第一，客观看待巡察发现的问题。…… 也存在一些不容忽视的问题，……概括起来主要有三个方面。 then 一是……), in
        // words of our own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县委第二巡察组巡察桐林镇党委情况反馈会上的讲话
            同志们：
            刚才，巡察组组长宣读了反馈意见，我都同意。下面，我再讲两点意见。
            第一，正确看待巡察发现的问题。
            总的看，桐林镇党委工作是有成效的。但从巡察情况看，镇党委也存在一些不容忽视的问题，有的是老问题反复出现，有的是新情况应对不力，必须高度重视。概括起来主要有三个方面。
            一是产业项目推进迟缓。2个衔接资金项目建成后闲置，投资52万元。
            二是村级财务监管不严。4个村存在白条入账，金额共1.6万元。
            三是干部作风不实。便民服务中心窗口工作日常有人脱岗。
            第二，抓好整改落实。
            镇党委要在三个月内报送整改情况。
            """));
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("产业项目推进迟缓", problems[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_requirement_to_close_the_gaps_the_problems_revealed_raises_no_problem()
    {
        // dev37 p05's form (对以上问题，……要针对反映出的管理漏洞建立健全制度，形成长效机制。 after the problems), in words of our own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第一巡察组关于巡察县技工学校党委的反馈意见
            巡察发现了以下问题。
            一、落实意识形态工作责任制不到位。学校党委2024年未专题研究意识形态工作。
            二、财务管理不规范。2024年培训收入12.4万元未纳入预算管理。
            对以上问题，学校党委要切实扛起整改主体责任；要针对暴露出的管理漏洞健全制度，形成长效机制；要针对反映出的薄弱环节加强监督。
            """));
        Assert.Equal(2, problems.Length);
        Assert.DoesNotContain(problems, p => p.Text.Contains("长效机制", StringComparison.Ordinal));
    }

    [Fact]
    public void An_area_whose_one_problem_runs_on_in_its_paragraph_gives_it_and_not_the_causes_and_requirements_after_it()
    {
        // dev37 p06's form ((三)党的建设方面。……问题突出，…… as the last area, then a 原因 paragraph and 整改意见：), in words of
        // our own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            区委第二巡察组关于巡察区水务局党组的反馈意见
            巡察认为，局党组做了一些工作。但还存在以下问题。
            （一）贯彻落实区委决策部署方面。一是河道综合治理推进缓慢，3个治理项目未按期完工；二是农村供水保障不到位，2个村夏季多次停水。
            （二）党的建设方面。机关党建与业务工作结合不紧，主题党日活动内容单一，2024年有7次以读报代替，党员作用发挥不充分。
            上述问题的产生，既有局党组主体责任压得不实的原因，也有制度执行不严的原因。
            整改意见：局党组要切实扛起整改主体责任，建立整改台账，明确责任领导和整改时限。
            """));
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("机关党建与业务工作结合不紧", problems[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_of_achievements_in_a_speech_raises_nothing_and_neither_does_the_announcement_before_the_problems()
    {
        // published15 w04's form (总的看，……取得了一定成效。一是……；二是……；三是……。 then 同时，……还存在一些不容忽视的问题。
        // 一是……), in words of our own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县委第二巡察组巡察县水利局党组情况反馈会上的讲话
            同志们：
            下面，我代表巡察组讲两点意见。
            一、巡察发现的主要情况
            总的看，局党组能够认真履行职责，各项工作取得了一定成效。一是河长制全面推开，县乡村三级河长实现全覆盖；二是防汛工作扎实，全县连续五年未发生重大险情；三是农村供水提质明显，两年新建供水站12座。
            同时，巡察组也发现，局党组还存在一些不容忽视的问题。一是落实河湖管护责任有差距，12处河道违建未拆除；二是工程资金管理混乱，3个项目存在坐收坐支问题；三是党组议事决策不够规范，2个项目未经党组会研究。
            二、对抓好整改的要求
            局党组要切实扛起整改主体责任。
            """));
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("落实河湖管护责任有差距", problems[0].Text, StringComparison.Ordinal);
    }
    [Fact]
    public void A_sentence_that_goes_on_from_announcing_problems_to_the_failings_is_the_problem_and_not_the_sentence_after_it()
    {
        // published16 w01's form (说到……，……成绩。不过，……还存在不少漏洞，有的……，有的……。这些情况……列进了问题清单。), in words of our own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县委第五巡察组向县交通运输局党组反馈巡察情况会议上的讲话
            同志们：
            受县委委托，我代表巡察组反馈巡察情况。巡察期间，局党组积极配合，在此表示感谢。
            从总体看，局党组抓农村公路建设是下了功夫的，三年新改建农村公路210公里，群众出行条件明显改善。
            说到养护管理，局里养护资金争取得多，这是看得见的成绩。不过，养护资金使用中还存在不少问题，有的养护工程未经招标直接发包，有的养护经费被挪作办公经费，个别路段养护记录与实际不符。这些情况我们已经逐项写进了问题清单。
            同志们，针对上面讲到的情况，我提两点意见：一要把整改当作政治任务；二要举一反三，建立长效机制。
            谢谢大家。
            """));
        Assert.StartsWith("养护资金使用中还存在不少问题", Assert.Single(problems).Text, StringComparison.Ordinal);
    }
    [Fact]
    public void A_list_of_labelled_records_gives_each_records_description_whole_and_not_the_sentence_that_hands_the_list_over()
    {
        // dev39 p03's form (问题N【类别】 / 问题描述：…… / 整改要求：……, after 现将……问题以清单形式反馈给你们), in words of our own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            中共茨坪县委第一巡察组
            关于柳湾村党支部巡察反馈问题清单
            柳湾村党支部：
            巡察认为，柳湾村党支部在产业发展方面做了一些工作。但对照村级权力规范运行的要求，还存在一些问题。现将巡察发现的问题以清单形式反馈给你们，请对照清单逐项整改。
            问题1【村级财务】
            问题描述：2024年3月，村“两委”以“护林补贴”名义向4名村干部发放补贴；同年8月，又以“巡山误工补贴”名义对同一时段再次发放，两次合计1.2万元。
            整改要求：清退重复发放的资金，对相关人员依规依纪处理。
            问题2【集体资产】
            问题描述：村集体果园承包合同到期后未重新发包，原承包人继续经营，两年承包费2.4万元未收缴。
            整改要求：收缴拖欠的承包费，依法依规重新发包。
            问题3【工程项目】
            问题描述：2024年村内排水沟改造工程（合同金额18.6万元）未经村民代表会议讨论，由村支书直接指定施工队承建。
            整改要求：严格执行村级重大事项决策程序，规范小型工程项目管理。
            中共茨坪县委第一巡察组
            2025年4月2日
            """));
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("2024年3月", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("巡山误工补贴", problems[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("2024年村内排水沟改造工程", problems[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_numbered_problem_named_by_its_violation_stays_one_though_it_closes_by_demanding_accountability()
    {
        // dev39 p06's form (2．虚报冒领……资金。……多申领补助资金5.1万元。对相关责任人员要严肃追责。), in words of our own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第三巡察组关于巡察苇塘镇卫生院党支部的反馈意见
            一、贯彻落实卫生健康政策方面
            1．家庭医生签约服务“签而不约”。签约居民年度随访率仅为41%。
            2．虚报冒领基本公共卫生服务补助资金。2024年度该院虚报健康体检服务980余人次，多申领补助资金3.6万元。对相关责任人员要严肃追责。
            二、全面从严治党方面
            1．重复收费问题。2024年该院对部分住院患者重复计费，涉及金额1.9万元。
            2．药品耗材采购管理不规范。2024年线下采购耗材金额12万元，采购过程无比价记录。
            """));
        Assert.Equal(4, problems.Length);
        Assert.StartsWith("虚报冒领", problems[1].Text, StringComparison.Ordinal);
    }
    [Fact]
    public void A_failing_stated_as_too_weak_is_a_problem_of_a_units_list_in_a_round_news_item()
    {
        // published16 w04's form (……党组存在的主要问题： then unnumbered sentences, one 对……的监督管理偏弱), in words of our own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委巡察组向县民政局等2家单位反馈巡察情况
            近日，县委2个巡察组分别向县民政局党组、县档案馆党支部反馈了巡察情况。
            县民政局党组存在的主要问题：
            局党组推进养老服务体系建设不够有力，农村互助幸福院运营情况缺少跟踪。对基层敬老院的监督管理偏弱，个别院长长期兼任多项职务。救助资金使用审核不严，部分发放凭证不全。
            县档案馆党支部存在的主要问题：
            党支部把方向作用发挥不充分，重要事项多由馆长个人决定。档案数字化外包管理不规范，存在拆分采购规避程序的情况。
            各巡察组要求，被巡察党组织要切实扛起巡察整改主体责任。
            """));
        Assert.Equal(5, problems.Length);
        Assert.StartsWith("对基层敬老院的监督管理偏弱", problems[1].Text, StringComparison.Ordinal);
    }
    [Fact]
    public void A_speech_that_weighs_one_area_a_paragraph_gives_each_areas_failing_after_its_praise()
    {
        // published16 w01's form (a 反馈会 speech with no list: 从总体看…… praise, then 但从……看，…… / 从落实……责任看，…… /
        // 在……上，大的面上……，但…… / ……这一块，…… 同时也要看到，……), in words of our own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县委第五巡察组向县交通运输局党组反馈巡察情况会议上的讲话
            同志们：
            受县委委托，我代表巡察组反馈巡察情况。巡察期间，局党组积极配合，在此表示感谢。
            从总体看，局党组抓农村公路建设是下了功夫的，三年新改建农村公路210公里，群众出行条件明显改善。
            但从巡察掌握的情况看，局党组落实上级部署还有打折扣的地方。推进“四好农村路”考核时，局里只交办了12件整改事项，办结的只有5件。
            从落实全面从严治党责任看，局党组对下属单位负责人的日常监督做得很少，全年专题研究党风廉政建设只有一次。
            在落实中央八项规定精神上，大的面上是守住了的，但路政大队仍有以加班餐名义报销接待费用的情况，涉及金额0.8万元。
            干部队伍这一块，局里近年招录了一批年轻人，这个方向是对的。同时也要看到，中层干部轮岗交流多年没有开展，个别科室负责人在同一岗位已经九年。
            同志们，针对上面讲到的情况，我提两点意见：一要把整改当作政治任务；二要举一反三，建立长效机制。
            谢谢大家。
            """));
        Assert.Equal(4, problems.Length);
        Assert.StartsWith("局党组落实上级部署还有打折扣的地方", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("办结的只有5件", problems[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("路政大队仍有以加班餐名义报销接待费用", problems[2].Text, StringComparison.Ordinal);
        Assert.StartsWith("中层干部轮岗交流多年没有开展", problems[3].Text, StringComparison.Ordinal);
    }
    [Fact]
    public void Problems_named_only_in_the_units_pledge_after_an_announcement_of_problems_and_shortcomings_are_its_list()
    {
        // published6 z11's form (……等方面还存在一些问题和不足，需要认真加以整改。 then the secretary's 表态: 巡察组指出的A、B、C等问题，
        // 切中要害), in words of our own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第三巡察组向县水利局党组反馈巡察情况
            11月5日，县委第三巡察组向县水利局党组反馈巡察情况。
            组长在反馈时指出，县水利局党组能够认真贯彻落实上级决策部署，水利建设投资连续三年增长。但巡察也发现，局党组在贯彻落实上级决策部署、落实全面从严治党责任等方面还存在一些问题和不足，需要认真加以整改。
            局党组书记作表态发言。他表示，巡察组指出的河湖长制落实不到位、水利工程质量监管存在漏洞、水资源费征收不规范、干部队伍年龄结构老化等问题，切中要害，局党组完全认同、照单全收。
            """));
        Assert.Equal(["河湖长制落实不到位", "水利工程质量监管存在漏洞", "水资源费征收不规范", "干部队伍年龄结构老化"], problems.Select(p => p.Text));
    }
    [Fact]
    public void An_area_paragraph_whose_failings_run_on_as_semicolon_clauses_gives_one_problem_a_clause()
    {
        // published17 w02's form (a published 反馈意见: 在……方面，A……；有的B……；C……。 a paragraph an area, no numbers), in words of our own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第一巡察组对县农业农村局党组巡察的反馈意见
            根据县委统一部署，县委第一巡察组对县农业农村局党组开展了常规巡察，现将反馈意见公布如下。
            巡察组认为，局党组近年来抓粮食生产和乡村建设成效明显，同时也有一些需要重视的地方。
            在党的领导方面，学习贯彻上级关于粮食安全的部署不够深入，高标准农田建设年度任务完成率仅为七成；有的班子成员对分管领域廉政风险过问不多，全年未开展过专题谈话。
            在纪律建设方面，农机购置补贴审核把关不严，3台农机重复申领补贴4.2万元；有的下属单位以发放购物卡的方式违规发放节日福利。
            整改建议：一、提高政治站位，逐项推进整改。二、健全补贴审核制度。
            """));
        Assert.Equal(4, problems.Length);
        Assert.StartsWith("学习贯彻上级关于粮食安全的部署不够深入", problems[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("有的班子成员对分管领域廉政风险过问不多", problems[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("农机购置补贴审核把关不严", problems[2].Text, StringComparison.Ordinal);
        Assert.StartsWith("有的下属单位以发放购物卡的方式违规发放节日福利", problems[3].Text, StringComparison.Ordinal);
    }
    [Fact]
    public void A_round_news_item_that_lists_each_units_failings_after_saying_whose_they_are_gives_every_failing()
    {
        // published17 w04's form (反馈指出……：对A党组反馈指出，存在X、Y、Z等问题；对B党组反馈指出，存在……等问题。), in words of our own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第四轮巡察完成集中反馈
            近日，县委第四轮巡察的2个巡察组分别向县卫生健康局、县林业局党组反馈了巡察情况。
            反馈指出，两家单位党组能够贯彻执行县委部署，各项工作取得积极成效，同时也指出了各自存在的问题：对县卫生健康局党组反馈指出，存在基层医疗机构药品采购监管不严、家庭医生签约服务走过场等问题；对县林业局党组反馈指出，存在生态护林员管理松散、林木采伐审批把关不严、党支部组织生活不规范等问题。
            反馈要求，被巡察单位党组要把抓好巡察整改作为重要政治任务，整改情况要按规定公开。
            """));
        Assert.Equal(["基层医疗机构药品采购监管不严", "家庭医生签约服务走过场", "生态护林员管理松散", "林木采伐审批把关不严", "党支部组织生活不规范"], problems.Select(p => p.Text));
    }
    [Fact]
    public void A_cued_clause_that_states_its_failing_before_its_list_stays_one_problem()
    {
        // The counter-case: 落实中央八项规定精神不严格，存在A、B等问题 — the list is the failing's evidence (dev29 p03's hand).
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委巡察组关于县供水公司党支部巡察情况的反馈意见
            巡察发现的主要问题：
            一、落实中央八项规定精神不严格，存在超标准公务接待、以福利名义发放购物卡等问题。
            二、选人用人不够规范，2名中层干部竞聘上岗未经民主推荐程序。
            三、基层党建与生产经营结合不紧，部分党支部活动以业务会议代替。
            """));
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("落实中央八项规定精神不严格", problems[0].Text, StringComparison.Ordinal);
    }
    [Fact]
    public void A_list_written_a_short_line_an_item_after_a_lead_that_announces_problems_gives_one_problem_a_line()
    {
        // published17 w01's form (a public-account article: 巡察组指出……还有差距： then unnumbered phrase lines, and the
        // requirements after 提出三点要求： in the same form), in words of our own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第一巡察组向县文化旅游局党组反馈巡察情况
            11月3日上午，县委第一巡察组向县文化旅游局党组反馈巡察情况，局党组书记主持会议并作表态发言。
            【肯定成绩】
            巡察组认为，局党组近年来推动全域旅游发展成效明显，接待游客人次连续三年增长。
            【指出问题】
            对照政治巡察的要求，巡察组指出局党组在以下几个方面还有差距：
            文物保护主体责任落实有欠缺
            旅游市场日常执法检查偏少
            专项资金项目绩效评价走过场
            基层党支部“三会一课”不规范
            巡察期间收到的反映个别干部的2件问题线索，巡察组已按程序转交县纪委监委处理。
            【提出要求】
            县委巡察办负责同志就抓好整改提出三点要求：
            扛牢整改政治责任
            建立问题整改台账
            按期报送整改报告
            他强调，局党组要在反馈后30日内报送整改方案，3个月内报送整改情况报告，整改结果要按规定向社会公开。
            来源：县委巡察办
            """));
        Assert.Equal(["文物保护主体责任落实有欠缺", "旅游市场日常执法检查偏少", "专项资金项目绩效评价走过场", "基层党支部“三会一课”不规范"], problems.Select(p => p.Text));
    }
    [Fact]
    public void After_a_speech_announces_its_problems_an_area_lead_that_names_a_failing_in_one_clause_heads_the_sentences_after_it()
    {
        // dev40 p03's form (但是，巡察中我们也看到，……还有不少问题。 then 从……看，A没有执行到位。evidence。more evidence.), in words of our own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县委第二巡察组巡察县人民医院党委情况反馈会上的讲话
            同志们：
            今天召开这个会议，主要是向医院党委反馈巡察情况。下面，我再讲几点意见。
            总的看，医院这几年服务能力有所提升。但是，巡察中我们也看到，医院在落实全面从严治党、规范内部管理方面还有不少问题。
            从物资采购看，招标采购的规定没有执行到位。部分设备绕开公开招标直接采购，2023年金额达52万元。科室既没有采购论证记录，也没有验收签字，全凭一张申请单。
            从内部管理看，绩效工资分配不够规范。分配方案没有经过职工代表大会讨论，班子成员绩效明显偏高。
            同志们，希望医院党委做到两点：第一，把整改作为重大政治任务；第二，建立长效机制。
            """));
        Assert.Equal(2, problems.Length);
        Assert.StartsWith("招标采购的规定没有执行到位", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("全凭一张申请单", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("班子成员绩效明显偏高", problems[1].Text, StringComparison.Ordinal);
    }
    [Fact]
    public void A_paragraph_that_analyses_the_problems_causes_raises_none_whether_its_causes_run_by_semicolons_or_as_items()
    {
        // dev40 p02's and p08's forms (分析上述问题产生的原因，主要是A；B；C。 / 分析这些问题的根源，主要在于三个方面：一是……；二是……),
        // in words of our own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第三巡察组关于对县林业局党组巡察情况的反馈意见
            巡察组认为，县林业局党组近年来在生态保护方面做了大量工作，但仍存在以下问题。
            一、林木采伐审批把关不严。抽查的30份采伐许可中有6份缺少现场核查记录。
            二、生态护林员管理松散。有的护林员长期不巡山，考勤由村干部代签。
            三、违规发放津补贴。2023年以加班费名义向机关干部发放补贴3.2万元。
            分析上述问题产生的原因，主要是局党组对全面从严治党向基层延伸的认识不到位，重业务、轻管理；党组书记履行第一责任人职责不够有力；一些制度没有真正执行，检查考核流于形式。
            分析这些问题的根源，主要在于两个方面：一是局党组把方向、管大局的作用发挥不够；二是内部监督不到位，纪检组长作用发挥不明显。
            巡察组提出以下整改要求：一要严格采伐审批；二要对违规发放问题严肃处理。
            """));
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("林木采伐审批把关不严", problems[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("违规发放津补贴", problems[2].Text, StringComparison.Ordinal);
    }
    [Fact]
    public void A_later_sentences_还有_clause_is_evidence_of_the_first_not_a_parallel_problem()
    {
        // dev40 p03's form (从……看，有的同志……苗头不能忽视。巡察组调阅……发现，存在A的情况，还有B的问题，……。), in words of our own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县委第四巡察组巡察县妇幼保健院党支部情况反馈会上的讲话
            同志们：
            今天召开这个会议，主要是向保健院党支部反馈巡察情况。但是，巡察中我们也看到，保健院还有不少问题。
            从医保基金使用看，有的同志把医保报销当成创收渠道的苗头不能忽视。巡察组抽查2023年门诊处方时发现，存在分解收费的情况，还有在处方中虚开检查项目的问题，仅检查一项就多收取医保基金1.9万元。
            从内部管理看，绩效工资分配不够规范。分配方案没有经过职工代表大会讨论，班子成员绩效明显偏高。
            同志们，希望保健院党支部做到两点：第一，把整改作为重大政治任务；第二，建立长效机制。
            """));
        Assert.Equal(2, problems.Length);
        Assert.Contains("虚开检查项目", problems[0].Text, StringComparison.Ordinal);
    }
    [Fact]
    public void A_news_items_summing_up_after_its_list_raises_no_problem_of_its_own()
    {
        // dev40 p09's form (反馈指出，……主要有：一是……；二是……。 then 反馈还指出，上述问题反映出……还有差距), in words of our own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第一巡察组向县不动产登记中心党支部反馈巡察情况
            6月3日，县委第一巡察组向县不动产登记中心党支部反馈巡察情况。
            反馈指出，中心党支部能够贯彻落实县委决策部署，但巡察中也发现一些问题。主要有：一是登记窗口“吃拿卡要”现象仍有发生，2023年群众投诉11件；二是档案管理不规范，抽查的60卷登记档案中有9卷缺少原始材料；三是党支部组织生活不规范，“三会一课”记录简单。
            反馈还指出，上述问题反映出中心党支部在落实全面从严治党主体责任方面还有差距，对窗口廉政风险认识不足。
            巡察组组长要求，中心党支部要坚决扛起整改主体责任。
            """));
        Assert.Equal(3, problems.Length);
        Assert.DoesNotContain(problems, p => p.Text.Contains("还有差距", StringComparison.Ordinal));
    }
    [Fact]
    public void A_speechs_closing_wish_to_the_unit_is_a_requirement_not_a_problem()
    {
        // A speech that closes on one line of what it asks (同志们，希望……把整改作为重大政治任务。), in words of our own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县委第四巡察组巡察县妇幼保健院党支部情况反馈会上的讲话
            同志们：
            今天召开这个会议，主要是向保健院党支部反馈巡察情况。但是，巡察中我们也看到，保健院还有不少问题。
            从内部管理看，绩效工资分配不够规范。分配方案没有经过职工代表大会讨论，班子成员绩效明显偏高。
            同志们，希望保健院党支部把整改作为重大政治任务。
            """));
        Assert.StartsWith("绩效工资分配不够规范", Assert.Single(problems).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_feedbacks_own_count_of_its_problems_takes_the_semicolon_clauses_of_an_item_back_together()
    {
        // dev16 p08's form (items by supervision point, 存在问题：A；B。, one item with 一是……二是……, closed by 以上共反馈问题N个),
        // in words of our own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第三巡察组关于巡察县图书馆党支部情况的反馈意见
            县图书馆党支部：
            巡察组对照本轮确定的5项监督重点，逐项反馈检查情况。
            1．贯彻落实上级决策部署情况。存在问题：全民阅读推广工作部署多、落实少，2024年计划开展的12场进基层活动只开展了5场；对农家书屋管理的指导停留在发文件，没有实地督导。
            2．落实中央八项规定精神情况。未发现明显问题。
            3．财务管理情况。存在问题：一是图书采购不规范，2024年购书经费38万元全部向一家书商采购，没有比价记录。二是讲座劳务费发放不严，有6笔讲座费没有讲座签到和课件留存。
            4．基层党组织建设情况。存在问题：支部“三会一课”记录补写现象明显，两次支委会记录日期与馆内考勤不符；发展党员工作停滞，3年来没有确定一名入党积极分子。
            5．意识形态工作情况。存在问题：读者活动室张贴的宣传材料没有审核登记。
            以上共反馈问题5个（第3项含2个问题）。
            整改要求：支部要逐项制定整改措施，明确责任人和完成时限，三个月内报送整改情况。
            """));
        Assert.Equal(5, problems.Length);
        Assert.StartsWith("全民阅读推广工作部署多", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("没有实地督导", problems[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("图书采购不规范", problems[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("讲座劳务费发放不严", problems[2].Text, StringComparison.Ordinal);
        Assert.Contains("发展党员工作停滞", problems[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_count_that_no_joining_of_clauses_gives_leaves_the_problems_as_read()
    {
        // A news item whose count is of everything found (共发现问题23个), more than it lists: the listed clauses stay.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第一巡察组向县水利局党组反馈巡察情况
            近日，县委第一巡察组向县水利局党组反馈巡察情况。本次巡察共发现问题23个，移交问题线索2件。巡察组指出，县水利局党组存在以下问题：一是河湖长制落实不到位，部分河段巡河记录缺失；二是小型水利工程管护资金使用不规范，有的资金被用于办公支出；三是干部队伍建设滞后，中层干部空缺4个。
            巡察组要求，局党组要认真抓好整改。
            """));
        Assert.Equal(3, problems.Length);
    }

    [Fact]
    public void A_speech_without_a_list_raises_what_each_paragraph_turns_to_after_granting_the_units_work()
    {
        // published18 w05's form (praise and problem alternate: 虽然……，但是A……。 / ……。可是我们也注意到，B……。 / 上述问题虽然……，但反映出……
        // sums up), in words of our own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县委第二巡察组巡察茳桥镇党委情况反馈会上的讲话
            同志们：
            今天召开这个会，主要是把巡察了解到的情况向镇党委反馈。
            从巡察的情况看，镇党委对县委的部署总体上是认真落实的。虽然镇里新建了两个农贸市场，但是市场建成后管理跟不上，摊位出租没有公开竞价，租金收入长期由一名工作人员经手。
            再说说民生工作。虽然全镇低保对象动态调整按时开展，但是入户核查走过场，有4户家庭拥有商铺仍在享受低保。
            镇机关干部的精神状态总体是好的。可是我们也注意到，少数干部存在“怕担责”心态，遇到矛盾纠纷就往村里推。
            上述问题虽然出在不同环节，但反映出镇党委在压实管党治党责任上还有差距。
            希望镇党委把反馈的问题逐条认领下来，按期报送整改情况。
            """));
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("市场建成后管理跟不上", problems[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("入户核查走过场", problems[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("少数干部存在“怕担责”心态", problems[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_speech_paragraph_whose_evidence_says_what_the_unit_mainly_does_or_that_breaks_the_rules_is_one_problem()
    {
        // dev42 p02's forms (……职责履行得不够硬。对……，局里主要是看……，很少……；……。 / 在经费和资产管理上，还有不守规矩的地方。A；B。),
        // in words of our own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县档案馆党支部巡察情况反馈会上的讲话
            同志们：
            今天召开这个会，主要是把巡察发现的问题反馈给大家。这几年，馆里做了不少实事。但是对照从严治党的要求，馆里还有不少差距。
            档案安全监管职责履行得不够硬。对乡镇档案室的安全检查，馆里主要是看乡镇报来的自查表，很少到现场去看；2024年有6个乡镇档案室的温湿度记录空白，馆里一次也没有督促过。
            在经费和资产管理上，还有不守规矩的地方。档案数字化外包服务费有3.2万元没有签合同就支付；购买密集架没有询价比价。
            干部队伍建设后劲不足。近3年调出业务骨干4人，馆里没有培养计划。
            对于下一步整改，我提两点要求。一要扛起责任；二要建章立制。
            """));
        Assert.Equal(3, problems.Length);
        Assert.StartsWith("档案安全监管职责履行得不够硬", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("温湿度记录空白", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("密集架没有询价比价", problems[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_problem_lists_intro_that_hands_the_list_over_after_a_lead_raises_none()
    {
        // dev42 p03's form (……还存在一些问题。经研究，现将巡察发现的问题以清单形式交办，请逐项认领…… then 问题1：…… / 具体表现：……),
        // in words of our own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第二巡察组关于县气象局党组巡察反馈问题清单
            县气象局党组：
            县委第二巡察组于2025年3月对县气象局党组开展了常规巡察。巡察认为，县气象局在服务防灾减灾方面做了一定努力，但在预警服务和内部管理方面还存在一些问题。按照县委要求，现将巡察发现的问题以清单形式交办，请逐项认领、逐项整改。
            问题1：预警信息发布不及时。
            具体表现：2024年有3次暴雨预警未在规定时间内送达乡镇。
            问题2：财务报销审核不严。
            具体表现：有2笔差旅费超标准报销，合计2600元。
            县委第二巡察组
            2025年4月8日
            """));
        Assert.Equal(2, problems.Length);
        Assert.StartsWith("预警信息发布不及时", problems[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("三是在律师行业推行党员律师示范岗，首批设立8个。此项由我亲自牵头，机关党支部书记具体负责。", "我", true)]
    [InlineData("案件指派改由系统随机分配。此项由分管副局长冉知秋牵头，已于2024年11月完成。", "分管副局长冉知秋", true)]
    [InlineData("修订资产管理办法。（此项由财务科负责）", "财务科", false)]
    public void An_owner_written_as_whose_item_it_is_is_read_without_the_item_and_a_secretary_writing_in_the_first_person_leads_it(string text, string owner, bool leader)
    {
        // dev44 p02's form (a secretary's first-person report: 此项由我亲自牵头 / 此项由分管副局长……牵头), in words of our own.
        var facts = new MeasureFactReader(AnalysisCues.Load(Path.Combine(RepositoryPaths.Root, "models", "analysis", "cues.json"))).Read(text);
        Assert.Equal(owner, facts.Owner);
        Assert.Equal(leader, facts.NamesLeader);
    }

    [Fact]
    public void A_news_item_whose_problems_are_headline_paragraphs_lists_one_problem_a_paragraph()
    {
        // published19 w04's form, in words of our own: a public-account article on a feedback meeting whose announcing
        // sentence says what is to be fixed (仍有一些短板需要补齐，主要有以下几个方面。), then paragraphs each headed by a short
        // headline (a bold lead whose bold the text lost) with its evidence, then the requirements in the same style.
        const string Feedback = """
            巡察反馈丨县委第三巡察组向县林业局党组反馈巡察情况

            9月3日，县委第三巡察组向县林业局党组反馈巡察情况。巡察组组长代表巡察组反馈巡察情况，县林业局党组书记主持会议并作表态发言。

            巡察组认为，县林业局党组推进国土绿化取得一定成效，但对照县委要求，仍有一些短板需要补齐，主要有以下几个方面。

            林长制落实“上热下冷”。县级林长巡林次数达标，乡村两级林长巡林记录大量缺失，护林员考勤流于形式。

            生态公益林补偿资金管理松散。补偿资金发放名册与实际面积对不上，3个村多报面积共420亩。

            林木采伐审批把关不严。抽查的30份采伐许可中有7份缺少现场查验记录。

            基层党组织作用发挥不充分。局属林场党支部组织生活不经常，党员教育管理与生产任务“两张皮”。

            反馈会上，县委巡察工作领导小组成员对抓好整改提出要求。

            认账要真。县林业局党组要对照问题逐条认领，不找客观理由。

            整改要实。班子成员要对分管领域的问题负责到底，对典型问题举一反三。
            """;
        var problems = fixture.Analyze(Feedback, "县林业局党组关于巡察整改情况的报告\n现将整改情况报告如下。").Issues;
        Assert.Equal(["林长制落实", "生态公益林补偿资金管理松散", "林木采伐审批把关不严", "基层党组织作用发挥不充分"], problems.Select(p => p.Text[..Math.Min(p.Text.Length, p.Text.IndexOfAny(['“', '。']))]));
        Assert.All(problems, p => Assert.True(p.Text.IndexOf('。') < p.Text.Length - 1, p.Text)); // headline and evidence together
    }

    [Fact]
    public void The_units_pledges_in_a_news_item_are_not_problems()
    {
        // dev56 p09's form, in other words: a news item lists the problems after 主要表现在：一是……, the inspectors' requirements
        // follow, and the unit's secretary answers 作表态发言 with pledges numbered 一是……二是…… of her own.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第三巡察组向县档案馆党支部反馈巡察情况
            6月12日，县委第三巡察组向县档案馆党支部反馈巡察情况。巡察组组长指出，巡察中发现一些问题，主要表现在：一是档案数字化项目进度滞后，计划三年完成的任务只完成了四成；二是库房安全管理不严，2个库房的温湿度记录连续3个月缺失；三是党支部组织生活不规范，2024年有4个月没有开展主题党日。
            巡察组要求，馆党支部要压实整改责任，对照问题清单逐项整改，整改情况在三个月内报县委巡察工作领导小组。
            馆党支部书记作表态发言。她表示，馆党支部完全认同巡察组的反馈意见：一是提高站位抓整改，二是立足长远抓整改，三是完善制度抓整改。
            """));
        Assert.Equal(3, problems.Length);
        Assert.Contains("数字化项目进度滞后", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("温湿度记录", problems[1].Text, StringComparison.Ordinal);
        Assert.Contains("主题党日", problems[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_heading_that_names_a_violation_is_one_problem_over_its_manifestations()
    {
        // dev56 p07's form, in other words: （三）违反中央八项规定精神问题时有发生 names a violation, not a broad theme, so the two
        // instances under 具体表现： are its evidence, as under any particular failing.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第一巡察组关于巡察县粮食储备有限公司党支部的反馈意见
            一、巡察发现的主要问题
            （一）落实粮食安全责任不到位
            具体表现：2024年有2个库点的储备粮轮换计划没有按期执行；粮情检测记录不全，3个仓房连续2个月没有测温记录。
            （二）资金管理不规范
            具体表现：2023年有6笔仓储保管费未经审批即支付，合计8.2万元；往来款项长期挂账，最长的已达4年。
            （三）违反中央八项规定精神问题时有发生
            具体表现：2024年端午节前，公司以福利名义向全体职工发放超市购物卡，共计0.9万元；公司公务车辆3次在周末被用于私人事务。
            二、整改意见
            公司党支部要切实履行整改主体责任，整改情况在三个月内报县委巡察工作领导小组。
            """));
        Assert.Equal(3, problems.Length);
        Assert.Contains("购物卡", problems[2].Text, StringComparison.Ordinal);
        Assert.Contains("私人事务", problems[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_last_problem_stays_one_when_requirements_follow_it_as_yishi_items()
    {
        // dev56 p10's form, in other words: （一）…（三） heading。detail paragraphs, then 针对上述问题，巡察组提出以下整改要求：
        // 一是……二是……: the requirements' items are not the last problem's sub-items, and it stays a problem.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第二巡察组关于巡察县社会福利院党支部的反馈意见
            巡察发现，院党支部在履行职责方面还存在以下问题。
            （一）安全管理不到位。2024年消防设施检测有2次没有按期开展，3处疏散通道被杂物堵塞。
            （二）财务管理不规范。有9笔物资采购没有验收记录，合计4.6万元。
            （三）内部控制制度不健全。公章使用没有登记审批，对外签订的5份合同未经法律审核。
            针对上述问题，巡察组提出以下整改要求：一是院党支部要认真履行整改主体责任；二是完善财务、合同等方面的制度；三是整改情况要按规定公开。
            请院党支部在反馈之日起三个月内报送整改情况报告。
            """));
        Assert.Equal(3, problems.Length);
        Assert.Contains("公章使用没有登记审批", problems[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_instance_after_an_area_led_paragraphs_problem_is_its_evidence()
    {
        // dev31 p09's form, in other words: a news item whose paragraphs each open with their area (在……上，) and state its
        // problem, then give one instance (个别…… / 有的……): one problem a paragraph.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第四巡察组向县民政局党组反馈巡察情况
            5月8日，县委第四巡察组向县民政局党组反馈巡察情况。反馈指出，巡察也看到，该局在政策落实和内部管理上还有不少薄弱环节。
            在救助政策落实上，低保审核把关不严，2024年有14户不符合条件的家庭仍在享受低保，涉及资金5.2万元。个别乡镇把低保当作“人情保”。
            在养老机构监管上，日常检查流于形式，全年检查记录大多只有签名没有内容。有的养老机构消防设施长期损坏无人过问。
            在机关党建上，支部组织生活不够规范，2024年有3个月没有召开支委会。
            巡察组要求，局党组要切实扛起整改主体责任，整改情况在三个月内报送县委巡察工作领导小组。
            """));
        Assert.Equal(3, problems.Length);
        Assert.Contains("人情保", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("消防设施", problems[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_sentence_a_reporting_lead_opens_in_a_news_paragraph_is_a_problem()
    {
        // published6 z05's form, in words of our own: one paragraph of a news item gives each problem in a sentence of its own,
        // opened by a different reporting lead (巡察组指出 / 巡察组同时指出 / 巡察组认为 / 反馈最后指出).
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第二巡察组向县卫生健康局党组反馈巡察情况
            8月6日，县委第二巡察组向县卫生健康局党组反馈巡察情况。
            巡察组在反馈中逐一点出了存在的问题。巡察组指出，局党组对基层医疗机构党建工作督导不够，多停留在发文部署。巡察组同时指出，医疗废物处置监管存在盲区，3家卫生院的暂存点没有台账。巡察组认为，村卫生室建设项目管理粗放，2个项目未验收即投入使用。反馈最后指出，乡村医生补助发放公开透明度不够，发放名单未张榜公示。
            巡察组要求，局党组要切实扛起整改主体责任，在三个月内完成集中整改。
            """));
        Assert.Equal(4, problems.Length);
        Assert.Contains("医疗废物", problems[1].Text, StringComparison.Ordinal);
        Assert.Contains("村卫生室", problems[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_led_by_the_requirement_it_measures_against_is_a_problem()
    {
        // dev17 p05's form, in other words: each paragraph opens with its basis (对照……的规定，/ 对照……的有关要求，) and then
        // states the failing; the one whose basis is a 要求 is a problem too, not a requirement.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第一巡察组关于巡察县档案馆党支部的反馈意见
            一、巡察发现的问题
            对照《中国共产党支部工作条例（试行）》关于组织生活的规定，支部组织生活不够规范，2024年有4个月没有召开支委会。
            对照档案安全管理的有关规定，库房安全管理不到位，2处库房温湿度记录连续3个月空白。
            对照上轮巡察整改的有关要求，上轮巡察指出的档案数字化外包问题整改不彻底，合同至今没有重新签订。
            二、整改要求
            支部要认真研究反馈意见，在三个月内报送整改情况报告。
            """));
        Assert.Equal(3, problems.Length);
        Assert.Contains("数字化外包", problems[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Paragraphs_headed_by_a_theme_label_are_one_problem_each_across_the_parts()
    {
        // dev17 p01's form, in other words: under parts headed as problems, each paragraph opens with a theme label (财务管理。)
        // and gives its evidence, some in ；-clauses; the part headings between them do not make the last one a list.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第三巡察组关于巡察县职业中专党委的反馈意见
            一、围绕贯彻落实上级决策部署开展政治监督发现的问题
            专业建设。服务县域产业的意识不强，5个专业连续两年招生不足计划的一半，学校没有启动调整。
            实训基地。实训设备闲置较多，2023年采购的数控机床有3台全年使用不足20课时。

            二、围绕全面从严治党开展政治监督发现的问题
            财务管理。食堂经营收支没有纳入学校账务统一核算，2024年有6.4万元现金收入未入账。
            组织建设。基层党组织建设存在短板。教工支部书记中“双带头人”只占一半；2个支部连续4个月未开展主题党日；发展党员有1人的考察材料为事后补写。
            三、整改要求
            学校党委要认真研究反馈意见，在三个月内报送整改情况报告。
            """));
        Assert.Equal(4, problems.Length);
        Assert.Contains("事后补写", problems[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_speakers_aside_before_a_problem_does_not_make_it_an_introduction()
    {
        // dev17 p03's form, in other words: a transcribed speech whose fourth problem opens with the speaker's aside
        // (第三个问题，我要多说两句。……): the aside is not a first-person introduction, the problem is still one.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县农机服务中心巡察情况反馈会上的讲话（录音整理）
            同志们，今天把巡察发现的问题跟大家反馈一下。
            第一个问题，学习走过场。中心组学习全年只有4次，有2次是传达文件，没有研讨。（停顿）
            第二个问题，购机补贴。我们抽了40份补贴档案，有6份没有现场核验照片，补贴照样发了。
            第三个问题，我要多说两句。农机培训。培训签到表上有11个人当天在外地务工，这种签到是怎么签出来的？是要追责的。
            最后一个问题，支部生活。三会一课记录前后两年基本一样，谈心谈话只记了日期。
            下面我提三点要求。第一，认识要到位。第二，措施要具体。第三，该处理的人要处理。三个月内把整改报告报上来。
            """));
        Assert.Equal(4, problems.Length);
        Assert.Contains("签到表", problems[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_feedback_by_business_stage_gives_each_failing_of_each_stage()
    {
        // dev58 p04's form, in other words: the praise paragraph ends by announcing the problems and then says how they follow
        // (为便于对照整改，现按业务链条反馈如下。); each stage's paragraph (在……环节，) holds one or two failings, the second after
        // ； with 也, or after 此外; a ；其中 clause is evidence; a lead handed on closes a problem stated before it.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第二巡察组关于对县农业机械化服务中心开展农机购置补贴专项巡察的反馈意见
            按照县委部署，县委第二巡察组对县农业机械化服务中心党支部开展了农机购置补贴专项巡察。现将有关情况反馈如下。
            巡察看到，中心补贴申办流程有所简化，农户办理时间缩短。但对照专项整治要求，中心在补贴各个环节仍然存在一些突出问题。为便于对照整改，现按补贴办理环节反馈如下。
            在受理环节，中心对申请材料只看复印件，2024年有17份申请没有核验原件，涉及补贴资金21万元；补贴公示也不及时，有5批次补贴在资金拨付后才公示。
            在核验环节，2台拖拉机的出厂编号与申请材料不符，中心未发现；其中，1台的铭牌明显有打磨痕迹。
            在兑付环节，同一经销商代12户农户申领补贴，补贴资金均打入该经销商账户，存在套取补贴嫌疑，有关问题线索已按程序移交县纪委监委。此外，补贴兑付台账由一人管理，长期没有复核。
            请中心党支部认真研究，在三个月内报送整改情况报告。
            """));
        Assert.Equal(5, problems.Length);
        Assert.Contains("公示也不及时", problems[1].Text, StringComparison.Ordinal);
        Assert.Contains("打磨痕迹", problems[2].Text, StringComparison.Ordinal);
        Assert.Contains("套取补贴嫌疑", problems[3].Text, StringComparison.Ordinal);
        Assert.Contains("兑付台账", problems[4].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_speech_by_work_blocks_gives_the_failings_after_each_blocks_praise()
    {
        // dev58 p01's form, in other words: each block paragraph praises, then turns (问题主要出在……上。 / 同时也发现，), then
        // asks for changes; the failings between the turn and the request are the problems.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县委第一巡察组巡察县档案馆党支部情况反馈会上的讲话
            同志们：
            受县委巡察工作领导小组委托，现在把巡察情况向大家反馈。这次我按工作板块来讲，每一块先讲成绩，再讲不足，最后讲要求。
            先讲档案接收和保管这一块。馆里的库房改造完成后，温湿度控制达到了标准，这一点值得肯定。问题主要出在接收和利用上。2024年应进馆的11个单位档案只接收了4个，其余没有催办记录。查档登记簿有3个月空白，利用情况无从统计。这两件事都要抓紧补上。
            再讲作风和党支部建设这一块。馆里干部工作踏实，去年被评为县直机关先进党支部。同时也发现，有的同志纪律松了：公务用车2024年有2次用于私事；加班餐费在办公经费中列支1.3万元。组织生活方面，支委会记录前后两年基本相同，没有讨论具体问题。对这些问题，要立即规范，多列支的要清退。
            就讲这些，谢谢大家。
            """));
        Assert.Equal(5, problems.Length);
        Assert.Contains("催办记录", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("查档登记簿", problems[1].Text, StringComparison.Ordinal);
        Assert.Contains("支委会记录", problems[4].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Paragraphs_that_each_cite_their_rule_first_are_one_problem_each()
    {
        // dev58 p09's form, in other words: under 二、对标对表发现的问题, each paragraph cites a rule (《……》规定，/ 《……》要求，)
        // and then says how the unit fell short; one paragraph finds the rule kept (这方面落实得较好) and raises nothing.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第四巡察组关于巡察县体育局党组的反馈意见
            一、总体评价
            巡察认为，局党组能够贯彻县委关于全民健身的部署，群众体育活动有了一定基础。
            二、对标对表发现的问题
            《党委（党组）意识形态工作责任制实施办法》要求党组每半年至少专题研究一次意识形态工作。局党组2024年只研究过1次，对赛事宣传内容也没有审核把关。
            《行政事业性国有资产管理条例》要求，单位取得的资产应当及时登记入账。局里2022年以来购置的健身器材有62件没有登记入账，抽盘时有5件找不到。
            《中华人民共和国安全生产法》要求行业主管部门落实安全监管责任。局里每次赛事前都开展安全检查，检查记录和隐患整改台账完整，这方面落实得较好。
            《中国共产党支部工作条例（试行）》规定，党支部委员会任期届满应当按期换届。局机关党支部任期届满已超过10个月仍未换届。
            三、整改意见
            局党组要扛起整改主体责任，在三个月内报送整改情况报告。
            """));
        Assert.Equal(3, problems.Length);
        Assert.Contains("健身器材", problems[1].Text, StringComparison.Ordinal);
        Assert.Contains("仍未换届", problems[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_two_sides_under_a_heading_are_two_problems_with_their_evidence()
    {
        // dev58 p03's form, in other words: each numbered heading says a gap remains, then 一方面，A……。<evidence>。另一方面，
        // B……。<evidence>。: two problems, each with the sentences after it; a heading with no sides is one problem.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第三巡察组关于巡察县城市管理综合执法大队党支部的反馈意见
            一、存在的主要问题
            （一）履行监管职责还有差距。一方面，日常巡查任务完成率偏低，2024年计划巡查路段120段次，实际只完成53段次，巡查记录多为事后补填。另一方面，对占道经营的新情况没有研究对策，夜市摊点至今没有纳入管理。
            （二）规范执法权力运行还有差距。一方面，处罚自由裁量随意，同类案件罚款从200元到3000元不等。另一方面，暂扣物品管理混乱，2023年以来暂扣的46辆电动车没有登记造册。
            （三）落实中央八项规定精神还有差距。执法车辆管理失之于宽，节假日车辆不封存。其中，1辆执法车在春节期间行驶了420公里。
            二、整改意见
            大队党支部要认真研究，在三个月内报送整改情况报告。
            """));
        Assert.Equal(5, problems.Length);
        Assert.Contains("事后补填", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("夜市摊点", problems[1].Text, StringComparison.Ordinal);
        Assert.Contains("46辆电动车", problems[3].Text, StringComparison.Ordinal);
        Assert.Contains("420公里", problems[4].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_speech_of_counted_shortfalls_gives_the_problems_under_each()
    {
        // dev58 p02's form, in other words: a speech's paragraphs each open by counting and labelling a shortfall
        // (第一个“不够”，是……不够有力。), then state its problems, the second turned to by 另一件事是.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县委第二巡察组巡察县残疾人联合会党组情况反馈会上的讲话
            同志们：
            受县委巡察工作领导小组委托，我把巡察情况向大家反馈。归纳起来，是两个“不够”。
            第一个“不够”，是落实上级部署不够有力。县里2023年印发的残疾人就业帮扶方案，要求2024年底前完成300人技能培训。到巡察时只培训了112人，而且有一半培训只签了到、没有上课。另一件事是对乡镇残联的指导几乎停了下来，全县12个乡镇残联有5个2024年没有制定工作计划。
            第二个“不够”，是管钱管物不够严格。辅具适配补贴审核把关不严，有3名领取人不符合条件，多发补贴0.9万元。
            谢谢大家。
            """));
        Assert.Equal(3, problems.Length);
        Assert.Contains("只培训了112人", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("乡镇残联", problems[1].Text, StringComparison.Ordinal);
        Assert.Contains("辅具适配补贴", problems[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_numbered_item_that_turns_to_another_matter_is_two_problems()
    {
        // dev58 p05's form, in other words: a letter's numbered items, each a statement with its evidence; two turn to another
        // matter in a sentence of their own (另外，…… / 此外，……), each a problem; 且 inside a statement keeps it one.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第一巡察组关于反馈巡察情况的函
            县种子管理站党支部：
            现将巡察发现的主要问题函告如下。
            1．种子市场检查不到位且处罚偏轻，2024年只检查了4家门店，发现的2起违规经营均只作口头警告。
            2．良种补贴项目验收把关不严，1个示范基地尚未完成播种即通过验收，并拨付补贴8万元。另外，站里2023年购置的2台种子水分测定仪至今未拆封，资金效益没有发挥。
            3．党支部组织生活不经常，2024年上半年支委会只开了2次。此外，1名职工长期在种子公司兼职并领取报酬，站里知情后没有制止。
            请于三个月内报送整改情况报告。
            """));
        Assert.Equal(5, problems.Length);
        Assert.Contains("水分测定仪", problems[2].Text, StringComparison.Ordinal);
        Assert.Contains("兼职", problems[4].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_follow_ups_review_table_raises_the_old_problems_not_put_right_beside_the_new_ones()
    {
        // dev58 p07's form, in other words: a 回头看 feedback reviews the last round's problems in a table (上轮反馈问题 |
        // 评估结论 | 主要情况); the rows judged not put right (整改不到位 / 问题反弹) are problems again, those judged 整改到位 are
        // not, and the new problems under their own part count too.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第二巡察组关于对县公共资源交易中心党支部开展巡察“回头看”情况的反馈意见
            一、上轮巡察反馈问题整改情况
            中心党支部对上轮反馈问题建立了整改台账，多数问题得到整改。逐项评估情况见下表。
            序号｜上轮反馈问题｜评估结论｜主要情况
            1｜保证金退还不及时｜整改到位｜已实行保证金线上自动退还，平均退还时间缩短到3天。
            2｜评标专家抽取记录不全｜整改不到位｜2024年仍有6个项目的专家抽取记录缺少监督人签字。
            3｜违规发放加班补贴｜问题反弹｜上轮已清退，但2024年又以“值班补助”名义发放1.6万元。
            二、“回头看”新发现的问题
            （一）场地租金收入未及时入账，2024年有3笔共4.2万元滞留在工作人员个人账户。
            （二）档案管理不规范，2023年以来有11个项目的交易档案没有归档。
            三、整改要求
            请于三个月内报送整改情况报告。
            """));
        Assert.Equal(4, problems.Length);
        Assert.Contains("专家抽取记录", problems[0].Text, StringComparison.Ordinal);
        Assert.Contains("值班补助", problems[1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(problems, p => p.Text.Contains("保证金", StringComparison.Ordinal));
        Assert.Contains("交易档案", problems[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_verdict_that_sums_up_the_problems_is_not_one()
    {
        // dev58 p08's form, in other words: the finding opens with a quoted verdict (突出的问题是“该管的没有管住”。), then
        // parallel 该……的没有…… sentences, each a problem.
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第五巡察组关于巡察县图书馆党支部的反馈意见
            2024年10月，县委第五巡察组对县图书馆党支部进行了巡察。现将巡察情况反馈如下。
            巡察发现，馆党支部在内部管理上，突出的问题是“该管的没有管住、该办的没有办好”。
            在内部管理上，该集体研究的事项没有上会，2024年有3项采购由馆长一人决定；该上缴的收入没有上缴，培训收入2.1万元留存在工会账户。
            在党支部自身建设上，该开展的组织生活没有开展，2024年有4个月没有召开支委会。
            请于三个月内报送整改情况报告。
            """));
        Assert.Equal(3, problems.Length);
        Assert.DoesNotContain(problems, p => p.Text.Contains("该办的没有办好", StringComparison.Ordinal));
    }

    [Fact]
    public void A_common_problem_the_feedback_sets_aside_for_this_unit_is_not_raised()
    {
        // dev58 p06's form, in other words: a batch feedback lists common problems with this unit's part; one says the unit
        // does this well and that it is not fed back as its problem (你站此项执行较为规范，……本次不作为你站的问题反馈。).
        var problems = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第三巡察组关于巡察县水土保持工作站党支部的反馈意见
            一、共性问题
            1．意识形态工作责任制落实不到位。4个单位普遍没有把意识形态工作纳入年度考核。你站2023年以来没有专题研究过意识形态工作。
            2．“三重一大”决策制度执行不严格。有3个单位存在大额资金使用未经集体研究的情况。你站此项执行较为规范，近两年的重大事项均有会议记录，本次不作为你站的问题反馈。
            二、个性问题
            1．监测设备管理混乱，2台流量计长期故障没有报修。
            三、整改要求
            请于三个月内报送整改情况报告。
            """));
        Assert.Equal(2, problems.Length);
        Assert.DoesNotContain(problems, p => p.Text.Contains("三重一大", StringComparison.Ordinal));
    }

    private const string CountedFeedback = """
            县委第一巡察组关于巡察县水文站党支部的反馈意见

            县水文站党支部：
            根据县委统一部署，2025年3月10日至4月20日，县委第一巡察组对县水文站党支部进行了常规巡察。5月8日，巡察组向站党支部反馈了巡察情况。

            一、总体评价
            站党支部能够围绕防汛测报开展工作，汛期水情信息报送总体及时。

            二、巡察发现的主要问题
            对照巡察监督重点，站党支部在以下五个方面还有明显差距。这些问题有的是日常管理松懈造成的，有的已经触及纪律底线，站党支部要高度重视。
            党支部把方向、管大局、保落实的作用发挥不够充分。站里虽然制定了支部研究重大事项清单，但执行中打了折扣，2024年8万元的测报站改造项目由站长办公会直接决定，2024年汛期有3次夜间值班无人在岗，2处自动测报站数据中断超过48小时未发现。
            测报设施运维管理不到位。全县14处遥测站点中有4处雨量筒损坏未修，维修经费2.3万元拨付后至巡察时未使用。
            专项资金使用不规范。2024年从水文监测专项经费中列支职工餐费0.8万元，没有审批手续。
            公务用车管理松散。站里2辆业务用车节假日未封存，2024年有3次被用于私人事务。
            党支部组织生活不严肃。2024年支委会记录有5次为事后补写，主题党日2次以业务会代替。

            三、整改意见
            站党支部要切实履行整改主体责任，在反馈之日起三个月内报送整改情况报告。

            县委第一巡察组
            2025年5月8日
            """;

    private const string CountedReport = """
            中共县水文站党支部关于巡察整改情况的报告

            县委巡察办：
            2025年5月8日，县委第一巡察组反馈指出了5个问题。站党支部照单全收，成立整改领导小组，支部书记任组长，现将整改情况报告如下。

            一、关于党支部作用发挥不够充分的问题
            修订支部研究重大事项清单，测报站改造项目补充履行支部研究程序；重新修订汛期值班制度，实行站领导带班；对3次夜间脱岗人员进行诫勉谈话；2处中断的自动测报站已恢复。责任人：站长甘泓，完成时限：2025年6月30日，已完成。

            二、关于测报设施运维管理不到位的问题
            4处损坏的雨量筒已全部修复，2.3万元维修经费已使用完毕。建立遥测站点巡检台账，每月巡检一次。责任人：副站长伍澈，完成时限：2025年6月30日，已完成。

            三、关于专项资金使用不规范的问题
            0.8万元餐费已由就餐职工全部退回，对报账员进行批评教育，修订《专项经费支出审批办法》。责任人：站长甘泓，完成时限：2025年6月15日，已完成。

            四、关于公务用车管理松散的问题
            2辆业务用车节假日一律封存，钥匙交办公室保管；对私用车辆的3名职工进行通报批评，补交费用。责任人：办公室主任靳岚，完成时限：2025年6月15日，已完成。

            五、关于党支部组织生活不严肃的问题
            制定年度组织生活计划，会议记录当场签字；主题党日单独组织。支部书记作出检讨。责任人：支部书记甘泓，完成时限：长期坚持。

            整改情况已在站务公开栏公示。

            中共县水文站党支部
            2025年7月20日
            """;

    [Fact]
    public void The_reports_count_of_the_problems_drops_an_announcement_and_joins_a_headline_to_its_evidence()
    {
        // dev64 p04's form (a Word feedback whose bold headlines lost their bold), in words of our own: a lead that announces
        // five areas, then five headline paragraphs; the first headline is read apart from its evidence (虽然……但……). The
        // report says the feedback raised 5 problems: the announcement goes and the headline takes its evidence.
        var result = fixture.Analyze(CountedFeedback, CountedReport);
        Assert.Equal(5, result.Issues.Length);
        Assert.DoesNotContain(result.Issues, i => i.Text.Contains("以下五个方面", StringComparison.Ordinal));
        Assert.StartsWith("党支部把方向", result.Issues[0].Text, StringComparison.Ordinal);
        Assert.Contains("站长办公会", result.Issues[0].Text, StringComparison.Ordinal);
        Assert.Equal(5, result.AnsweredCount);
    }

    [Fact]
    public void A_count_the_plain_joins_do_not_reach_leaves_the_problems_as_read()
    {
        // The same feedback against a report that counts four problems: no plain surplus gives four, so nothing is joined
        // or dropped on its word.
        var asRead = fixture.Analyze(CountedFeedback, CountedReport.Replace("反馈指出了5个问题", "反馈指出了2个方面的问题", StringComparison.Ordinal));
        var result = fixture.Analyze(CountedFeedback, CountedReport.Replace("反馈指出了5个问题", "反馈指出了4个问题", StringComparison.Ordinal));
        Assert.Equal(asRead.Issues.Select(i => i.Text), result.Issues.Select(i => i.Text));
    }

    [Fact]
    public void A_sentence_that_points_back_by_count_is_the_evidence_of_the_finding_before_it()
    {
        // dev64 p02's form, in words of our own: 这7名护林员…… gives the evidence of the finding about the 7 rangers.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第三巡察组关于巡察县林业站党支部的反馈意见

            二、巡察发现的主要问题
            巡察发现，全县在册的护林员共62名，其中7名已常年在外务工，所负责的林区实际无人巡护，站里对此既不掌握也没有调整。这7名护林员2024年的巡护日志由站里一名职工统一代填，日志中的巡护时间与其外出务工时间明显冲突。另外，站里2023年用专项资金购置的4架巡护无人机有3架至今未启用，涉及资金9.6万元。此外，站党支部2024年有4个月没有召开支委会，主题党日多次以业务会代替。
            """));
        Assert.Equal(3, issues.Length);
        Assert.Contains("代填", issues[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_numbered_problem_after_one_told_by_its_manifestations_is_a_problem_of_its_own()
    {
        // dev64 p08's form, in words of our own: （一）（二） each 具体表现为： with （1）（2） cases, then （三） stated in one
        // paragraph. The manifestations of （二） end at （三）: it is the third problem, not a case of the second.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第四巡察组关于巡察县档案馆党支部的反馈意见

            一、总体情况
            县档案馆党支部能够围绕档案保管利用开展工作。

            二、巡察发现的主要问题
            （一）档案安全管理存在漏洞。具体表现为：
            （1）库房温湿度监测设备损坏5个月未修，2024年汛期有2个库房出现返潮；
            （2）档案借阅登记不全，3卷档案借出后没有归还记录。
            （二）档案数字化项目管理不规范。具体表现为：
            （1）2023年数字化外包项目42万元未经集体研究直接确定服务商；
            （2）项目验收前已付清全部款项。
            （三）党支部“三会一课”落实不到位，2024年支委会仅召开6次，党课全年只讲了1次。

            三、整改建议
            （一）压实整改责任，支部书记要当好第一责任人。
            （二）在反馈之日起三个月内报送整改情况报告。
            """));
        Assert.Equal(3, issues.Length);
        Assert.StartsWith("党支部“三会一课”", issues[2].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("三会一课", issues[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_turn_that_only_points_back_by_count_joins_evidence_not_another_matter()
    {
        // dev64 p02's form, in words of our own: 同时，这7名护林员…… turns only to give the evidence of the finding before it.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第三巡察组关于巡察县林业站党支部的反馈意见

            二、巡察发现的主要问题
            全县在册的护林员共62名，其中7名已常年在外务工，所负责的林区实际无人巡护，站里对此既不掌握也没有调整。同时，这7名护林员2024年的巡护日志由站里一名职工统一代填，日志中的巡护时间与其外出务工时间明显冲突。另外，站里2023年用专项资金购置的4架巡护无人机有3架至今未启用，涉及资金9.6万元。此外，站党支部2024年有4个月没有召开支委会，主题党日多次以业务会代替。
            """));
        Assert.Equal(3, issues.Length);
        Assert.Contains("代填", issues[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sub_items_after_the_label_of_a_problems_manifestations_are_its_evidence()
    {
        // dev67 p05's form, in words of our own: 问题N：heading / 具体表现：（1）……；（2）…… / 整改要求：……. Each 问题N is one
        // problem; its numbered manifestations are its evidence.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            中共县委第三巡察组
            关于巡察县救助管理站党支部的反馈问题清单

            县救助管理站党支部：
            现将巡察发现的问题以清单形式反馈如下，请逐项对照整改。

            问题1：救助对象甄别把关不严
            具体表现：（1）2024年有6名非流浪乞讨人员被按临时救助对象安置，累计支出1.1万元；（2）受助人员离站手续不全，12份离站登记缺少本人签字。
            整改要求：严格救助对象甄别程序，规范离站手续。

            问题2：站内安全管理存在隐患
            具体表现：（1）夜间值班只有1人，无法落实巡查要求；（2）消防器材有8具过期未更换。
            整改要求：配齐值班力量，及时更换消防器材。

            问题3：党支部组织生活不规范
            具体表现：（1）2024年支委会只召开了5次；（2）主题党日多次以业务会代替。
            整改要求：严格落实组织生活制度。

            中共县委第三巡察组
            2025年3月18日
            """));
        Assert.Equal(3, issues.Length);
        Assert.StartsWith("救助对象甄别把关不严", issues[0].Text, StringComparison.Ordinal);
        Assert.Contains("离站登记", issues[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("党支部组织生活不规范", issues[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_problem_tables_row_wrapped_onto_a_line_with_no_number_goes_on_and_the_rows_after_it_are_read()
    {
        // dev67 p07's form, in words of our own: a Word table pasted as ｜ text, one cell's wrapped line a row of its own with no
        // number (｜｜记录，……｜4.8) after the row it cuts short. The row goes on there; row 3 is still read.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第一巡察组关于巡察县公路养护中心党支部的反馈意见

            县公路养护中心党支部：
            巡察发现的主要问题列表如下（金额单位：万元）：

            序号｜问题类别｜具体问题｜涉及金额
            1｜全面从严治党｜养护材料采购未执行比价程序。2024年沥青采购全部由1家供应商供货。｜36.0
            2｜｜以“值班补助”名义违规发放津补贴。2024年向全体职工发放值班补助，没有排班
            ｜｜记录，发放方案由主任办公会决定。｜4.8
            3｜基层党组织建设｜“三会一课”不规范。2024年支委会只召开5次，党课全年未讲。｜—
            合计｜｜｜40.8

            中心党支部要在反馈之日起三个月内报送整改情况报告。

            县委第一巡察组
            2025年4月30日
            """));
        Assert.Equal(3, issues.Length);
        Assert.EndsWith("发放方案由主任办公会决定。", issues[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("“三会一课”不规范", issues[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_that_says_it_turns_to_another_problem_is_one_under_any_heading()
    {
        // dev67 p03's form, in words of our own: 第二，……不规范。…… 还有一个问题要指出，就是…… — the speaker names one more.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县委第一巡察组巡察县种畜场党支部情况反馈会上的讲话

            同志们：
            下面，我代表巡察组讲三点意见。

            第一，种畜改良项目推进迟缓。2023年省里下达的良种繁育任务只完成了六成，项目资金有42万元滞留在账上。

            第二，财务管理不规范。场里的差旅费报销没有审核把关，2023年有3.2万元报销没有行程凭据。还有一个问题要指出，就是党支部的组织生活不正常，主题党日多次被生产调度会代替。

            第三，关于抓好整改，提两点要求。一要压实整改责任，二要按时报送整改情况报告。

            谢谢大家。
            """));
        Assert.Equal(3, issues.Length);
        Assert.DoesNotContain("组织生活", issues[1].Text, StringComparison.Ordinal);
        Assert.Contains("党支部的组织生活不正常", issues[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void What_says_the_problems_follow_is_no_problem_though_a_list_cue_cuts_it()
    {
        // dev67 p09's form, in words of our own: ……普遍存在、……也同样存在的共性问题和……个性问题一并反馈如下。 — its 存在 reads as a
        // list's cue; what is left after it only says the problems follow.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第二巡察组关于联动巡察县农业农村局所属单位的反馈意见
            （县农机推广站党支部）

            县农机推广站党支部：
            巡察认为，推广站党支部能够围绕农机推广开展工作，全县主要农作物耕种收综合机械化率稳步提高，农机安全监理机制逐步建立。同时，巡察也发现了一些问题。按照联动巡察的做法，现将2家单位普遍存在、推广站也同样存在的共性问题和推广站自身的个性问题一并反馈如下。

            一、共性问题（联动巡察的2家单位均不同程度存在）
            1．理论学习不深入。2024年支部仅开展专题研讨2次。
            2．财务报销审核不严。原始凭证不完整即予报销。

            二、个性问题（县农机推广站）
            1．农机购置补贴审核把关不严。2024年有3台农机重复申报补贴。

            三、整改意见
            推广站党支部要逐项制定整改措施，在反馈之日起三个月内报送整改情况报告。
            """));
        Assert.Equal(3, issues.Length);
        Assert.DoesNotContain(issues, i => i.Text.Contains("反馈如下", StringComparison.Ordinal));
    }

    [Fact]
    public void In_an_inspection_reports_excerpt_a_paragraph_of_causes_is_none_and_one_opened_by_besides_is_another()
    {
        // dev67 p02's form, in words of our own: an area's paragraphs, one problem each; 此外，…… opens another (此 is no
        // pointer back there); 究其原因，…… gives their causes, not a problem.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第三巡察组关于巡察县自来水公司党支部的巡察报告（摘编）

            一、基本情况
            县自来水公司成立于1996年，现有职工86人。

            二、发现的主要问题

            （一）聚焦全面从严治党方面

            水费减免审批不规范。2023年公司对12户企业减免水费合计9.4万元，均没有书面申请和集体研究记录。

            公务接待超标准。2024年有6次接待人均费用超过标准，其中2次没有公函。

            此外，上轮巡察反馈的“管网漏损率高”问题整改不彻底，2024年漏损率仍达23%，高于承诺的15%。

            究其原因，公司党支部对管党治党责任认识不到位，对关键环节监督缺位，对上轮整改满足于表面完成。

            三、意见建议
            公司党支部要在反馈之日起三个月内报送整改情况报告。
            """));
        Assert.Equal(3, issues.Length);
        Assert.DoesNotContain("管网漏损", issues[1].Text, StringComparison.Ordinal);
        Assert.Contains("管网漏损率高", issues[2].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(issues, i => i.Text.Contains("究其原因", StringComparison.Ordinal));
    }

    [Fact]
    public void Dates_closing_the_paragraph_that_announces_a_problem_list_are_no_problem()
    {
        // dev63 p03's form (a 反馈问题清单 whose opening paragraph announces the list, then gives 巡察时间：……。反馈时间：……。), in words
        // of our own.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第二巡察组巡察县粮食储备公司党支部
            反馈问题清单

            根据县委巡察工作领导小组审定的巡察情况报告，现将巡察发现的问题以清单形式反馈如下。巡察时间：2025年3月3日至4月18日。反馈时间：2025年5月6日。

            问题1：储备粮轮换不规范
            具体表现：2024年有2批次储备粮轮换没有公开竞价，轮换差价收入核算不清。

            问题2：安全储粮责任落实不到位
            具体表现：3个库点的测温系统损坏半年未修，粮情检查记录不全。

            问题3：“三会一课”不规范
            具体表现：2024年有4个月没有召开支委会，党员大会记录事后补写。
            """));
        Assert.Equal(3, issues.Length);
        Assert.DoesNotContain(issues, i => i.Text.Contains("巡察时间", StringComparison.Ordinal));
    }

    [Fact]
    public void A_higher_bodys_promise_after_a_news_items_list_is_no_problem()
    {
        // dev74 p09's form (a news item whose problems run 一是……六是 in one paragraph; a later paragraph quotes the bureau's head:
        // ……暴露出……短板。局党组将加强……督促指导，整改不力的，要追究责任。), in words of our own. The promise is what the higher body
        // will do, no problem raised; read as one it made seven where the report answers six, and the count then joined two of the
        // six.
        var result = fixture.Analyze("""
            县委第二巡察组向县农机服务中心党支部反馈巡察情况

            6月12日，县委第二巡察组向县农机服务中心党支部反馈巡察情况。县农业农村局党组书记、局长出席会议并讲话。

            巡察组指出，中心党支部在推广农机化技术方面做了一些工作，但也存在一些问题，主要有：一是农机购置补贴公示不及时，2024年有两批补贴名单在发放后一个多月才公示。二是3名工作人员多次接受农机经销商安排的吃请，其中一次还收了土特产。三是以“培训费”名义虚列支出2.6万元，实际没有举办培训，钱分给了中心职工。四是报废农机回收由同一家企业长期承担，主任的弟弟是这家企业的股东，主任没有报告回避。五是补贴审核把关不严，1台收割机重复申领补贴1.8万元，财政已经拨付。六是党支部组织生活流于形式，支部会议记录互相抄写。

            县农业农村局党组书记、局长指出，农机补贴是惠农的钱，中心出现的问题暴露出内部管理上的漏洞。局党组将加强对整改工作的督促指导，整改不力的，要追究责任。

            巡察中发现的问题线索，已按有关规定移交县纪委监委。
            """, """
            县农机服务中心党支部关于巡察整改情况的报告
            县委巡察办：
            县委第二巡察组反馈的6个问题，我们逐条制定措施，现将整改情况报告如下。
            一、关于补贴公示不及时的问题。补贴名单一律在发放前公示7天，已补公示两批名单。
            二、关于接受吃请的问题。3名工作人员已按标准补交餐费，作出书面检查，并受到批评教育。
            三、关于虚列培训费的问题。2.6万元已由职工全部退回，财务负责人受到诫勉谈话。
            四、关于报废农机回收的问题。终止与该企业的合作，改为公开招标；主任受到诫勉谈话。
            五、关于重复申领补贴的问题。1.8万元已追回并退还县财政，审核人员受到批评教育。
            六、关于组织生活流于形式的问题。支部会议记录由组织委员当场记录，每季度检查一次。
            县农机服务中心党支部
            2025年9月10日
            """);
        Assert.Equal(6, result.Issues.Length);
        Assert.StartsWith("农机购置补贴公示不及时", result.Issues[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("吃请", result.Issues[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Issues, i => i.Text.Contains("局党组将", StringComparison.Ordinal) || i.Text.Contains("短板", StringComparison.Ordinal));
    }

    [Fact]
    public void In_a_speechs_problem_paragraph_dated_cases_and_remarks_on_them_are_the_problems_evidence()
    {
        // dev74 p03's form (a speech whose problems part goes 从……看, one problem a paragraph: its statement, then a dated case
        // 2023年，……, what became of it, a remark pointing back 这不是…… / 我们了解到，…… / 手续办得这么快，……), in words of our own.
        // Each such sentence is the problem's evidence, not a problem of its own; a paragraph whose sentences each state a
        // failing still gives one problem a sentence.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在市交通投资集团党委巡察反馈会上的讲话

            同志们：

            根据市委统一部署，市委第四巡察组对市交通投资集团党委开展了常规巡察。下面，我代表巡察组讲两个方面的意见。

            一、巡察发现的主要问题

            从落实重大决策部署看，集团的投资重心与市委确定的交通补短板方向有偏差。近三年集团新增投资4.6亿元，投向农村公路和客运站点的不到两成，其余多为房地产和理财产品。

            从重大事项决策看，集团对外投资的集体决策制度没有落到实处。2023年，集团向一家物流企业增资1200万元，没有经过可行性论证，也没有提交党委会前置研究。现在这家企业已经注销，增资款基本收不回来。这不是市场变化造成的，是决策程序被架空的结果。

            从选人用人看，去年提拔的一名财务部副部长，任职资格审核不严，民主推荐只找了5个人。事后我们了解到，他是集团一名老领导的侄子。手续办得这么快，职工有看法，是可以理解的。

            从基层党建看，集团所属客运公司党支部组织生活不经常，2024年有5个月没有开支委会。货运公司党支部发展党员把关不严，有2名发展对象没有经过培训就确定为预备党员。

            二、整改要求

            一要压实整改责任；二要建章立制，形成长效机制。

            谢谢大家。
            """));
        Assert.Equal(5, issues.Length);
        Assert.Contains("近三年", issues[0].Text, StringComparison.Ordinal);
        Assert.Contains("这不是市场变化造成的", issues[1].Text, StringComparison.Ordinal);
        Assert.Contains("手续办得这么快", issues[2].Text, StringComparison.Ordinal);
        Assert.StartsWith("集团所属客运公司党支部组织生活不经常", issues[3].Text, StringComparison.Ordinal);
        Assert.StartsWith("货运公司党支部发展党员把关不严", issues[4].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_numbered_under_an_area_is_one_problem_however_broadly_it_is_titled()
    {
        // dev66 p01's form (areas （一）……方面 over items 1．……2．……, one of them titled by a broad theme, 落实全面从严治党主体责任
        // 不到位。A……；B……。), in words of our own. The area groups; the item is one problem, its clauses its evidence.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第一巡察组关于巡察县市场监督管理局党组的反馈意见

            一、巡察发现的主要问题

            （一）贯彻落实上级决策部署方面

            1．食品安全监管不够有力。2024年计划抽检的食品批次只完成了七成，校园周边12家小餐饮店从未检查。

            2．优化营商环境有差距。企业登记平均办理时间仍为3.5个工作日，高于全市平均水平。

            （二）全面从严治党方面

            3．落实全面从严治党主体责任不到位。局党组2024年只专题研究党风廉政建设1次，没有开展执法岗位廉政风险排查；对群众反映执法人员接受商户宴请的问题，没有核实处理。

            4．违反中央八项规定精神问题仍有发生。2024年以“检查指导”名义在2家企业食堂就餐5次，未支付餐费。

            （三）基层党组织建设方面

            5．组织生活不严肃。“三会一课”记录内容雷同，2名党员长期不参加组织生活。

            二、整改要求

            局党组要在两个月内报送整改情况。
            """));
        Assert.Equal(5, issues.Length);
        Assert.StartsWith("落实全面从严治党主体责任不到位", issues[2].Text, StringComparison.Ordinal);
        Assert.Contains("宴请", issues[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void One_broadly_titled_item_among_particular_ones_is_one_problem()
    {
        // dev66 p03's form (a speech's 第一，……第五，…… each a particular failing with its evidence, one of them titled by a broad
        // theme, 履行……职能不到位。A；B。), in words of our own. The run names one problem an item, and so does the broad one.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县委第二巡察组巡察县图书馆党支部情况反馈会上的讲话

            同志们：

            根据县委统一部署，县委第二巡察组对县图书馆党支部进行了巡察。下面，我把巡察发现的问题归纳为五个方面。

            第一，履行公共文化服务职能不到位。按规定图书馆每周应开放不少于56小时，实际只开放40小时左右；2024年流动图书车下乡只有3次，乡镇分馆图书多年未更新。

            第二，图书资产管理存在漏洞。图书总账与流通系统数据对不上，有1200余册图书下落不明。

            第三，意识形态工作责任制落实不够。读书讲座内容没有审核制度，2024年一场讲座出现不当言论。

            第四，政府采购不规范。2批图书采购化整为零规避公开招标，合计金额36万元。

            第五，组织生活不严肃。“三会一课”记录雷同，2名党员长期不参加组织生活。

            对上述问题，馆党支部要认真整改，在三个月内报送整改情况报告。

            谢谢大家。
            """));
        Assert.Equal(5, issues.Length);
        Assert.StartsWith("履行公共文化服务职能不到位", issues[0].Text, StringComparison.Ordinal);
        Assert.Contains("流动图书车", issues[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_broad_title_whose_sentences_each_state_a_failing_gives_one_problem_a_sentence()
    {
        // published f10's form (a speech's 第一，……第五，…… whose second item is a broad theme, 全面从严治党责任落实层层递减, followed by
        // two sentences each naming a failing of its own), in words of our own. Unlike ；-clauses of evidence under it, such
        // sentences are problems, as an area's are.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县委第三巡察组巡察石桥镇党委情况反馈会上的讲话

            同志们：

            根据县委统一部署，县委第三巡察组对石桥镇党委开展了常规巡察。巡察发现了一些需要引起重视的问题。

            第一，产业发展规划缺乏统筹。各村各自为政，同质化竞争明显。

            第二，全面从严治党责任落实层层递减。镇党委对班子成员履行“一岗双责”督促不够，有的班子成员对分管领域的廉政风险说不清。镇纪委监督执纪偏软，对村干部的问题线索多以批评教育了结。

            第三，村级工程管理存在漏洞。有的村将小型工程直接交由村干部亲属承建。

            第四，基层党组织建设存在薄弱环节。2个村党组织整顿措施不力。

            第五，作风建设有待加强。部分干部下村调研走过场。

            下面，我提三点要求。一要提高站位；二要压实责任；三要建章立制。

            谢谢大家！
            """));
        Assert.Equal(6, issues.Length);
        Assert.Contains(issues, i => i.Text.StartsWith("镇纪委监督执纪偏软", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_in_an_area_that_names_a_failing_which_recurs_starts_a_problem_of_its_own()
    {
        // dev55 p10's form (areas （一）……（二）…… whose paragraphs run several problems, each a sentence naming its failing
        // first and its evidence after it), with failings stated as recurring or unfilled (仍有发生 / 易发多发 / 长期不齐) —
        // in words of our own.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第一巡察组关于对县林业局党组巡察情况的反馈意见

            根据县委统一部署，县委第一巡察组于2024年4月8日至5月20日对县林业局党组进行了常规巡察。现将巡察发现的问题反馈如下。

            一、主要问题

            （一）全面从严治党不力。林权流转审核把关不严，审核只看村里出具的证明，不到现场核实，3宗流转面积虚报；流转收益没有按规定分配到户。违反中央八项规定精神问题仍有发生，2024年有3次在林场食堂安排宴请；1名干部用单位车辆办私事，油费0.6万元。采伐审批环节廉政风险易发多发，有2宗采伐许可超出核定数量，审批人未作说明。

            （二）基层党组织建设薄弱。护林员党小组配备长期不齐，6个林区没有党员；“三会一课”记录由一人代写。

            二、整改要求
            局党组要切实扛起整改主体责任，在收到反馈意见之日起三个月内报送整改情况报告。
            """));
        Assert.Equal(4, issues.Length);
        Assert.StartsWith("违反中央八项规定精神问题仍有发生", issues[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("采伐审批环节廉政风险易发多发", issues[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_problem_table_with_group_rows_and_a_total_row_gives_one_problem_a_numbered_row()
    {
        // dev78 p03's form (a 函 whose annex is a 问题清单 table: a header, a row per area written in its first cell alone, rows
        // numbered 1.1/1.2/2.1 and a closing 合计 row with its sum), in words of our own. The area and total rows name no problem.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            中共县委第四巡察组关于反馈巡察发现问题的函
            县档案馆党支部：
            根据县委统一部署，县委第四巡察组对你馆党支部进行了常规巡察。现将巡察发现的2个方面4个问题以清单形式函告你馆，请认真抓好整改，于三个月内报送整改情况报告。
            附件：巡察发现问题清单
            序号 | 问题类别 | 问题表现
            一、贯彻落实上级决策部署方面 | |
            1.1 | 档案数字化推进迟缓 | 2024年计划完成的3万卷档案数字化只完成了9000卷，外包合同到期后没有续签。
            1.2 | 档案开放审核不严 | 2份涉及个人隐私的档案未经审核即对外提供查阅。
            二、党的建设方面 | |
            2.1 | 组织生活不规范 | 2024年有4个月没有召开支部委员会，会议记录事后补写。
            2.2 | 党费收缴不及时 | 3名党员欠交党费超过半年，支部未作提醒。
            合计：2个方面4个问题 | |
            """));
        Assert.Equal(4, issues.Length);
        Assert.Contains("3万卷档案数字化", issues[0].Text, StringComparison.Ordinal);
        Assert.Contains("党费", issues[3].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("但档案数字化项目推进迟缓，原定2024年底完成的3万卷只完成了9000卷。", 3)]
    [InlineData("但巡察中我们也看到，馆党支部在管党治党方面还有不少欠账，有的问题还比较突出。", 2)]
    public void A_failing_the_verdict_turns_to_before_the_part_of_problems_is_a_problem_and_a_debt_owed_in_general_is_not(string turn, int count)
    {
        // dev78 p08's form (一、总体评价 whose praise turns, after 但, to a failing with its evidence; then 二、巡察发现的主要问题
        // numbered), in words of our own; dev76 p02's verdict, which turns only to a debt owed in general, names none.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", $"""
            县委第四巡察组关于巡察县档案馆党支部的反馈意见
            县档案馆党支部：
            根据县委统一部署，县委第四巡察组对县档案馆党支部进行了常规巡察。现将巡察情况反馈如下。
            一、总体评价
            巡察认为，馆党支部能够贯彻落实县委关于档案工作的部署，在馆藏资源建设、档案利用服务等方面做了大量工作。{turn}
            二、巡察发现的主要问题
            1.档案开放审核不严。2份涉及个人隐私的档案未经审核即对外提供查阅。
            2.组织生活不规范。2024年有4个月没有召开支部委员会，会议记录事后补写。
            三、整改要求
            馆党支部要在收到反馈意见之日起三个月内报送整改情况报告。
            """));
        Assert.Equal(count, issues.Length);
        Assert.StartsWith("档案开放审核不严", issues[^2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_news_items_list_after_a_cue_and_including_runs_its_failings_by_commas_closed_by_etc_and_a_finding_the_group_adds_is_one_more()
    {
        // published42 x09's form (但也还存在一些问题，包括A，B，C等。 then 巡察组同时指出，…… one more), in words of our own: a part
        // no failing cue names (阵地管理有疏漏) is one when the classifier reads it as a problem.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第一巡察组向县特殊教育学校党支部反馈巡察情况
            3月4日，县委第一巡察组向县特殊教育学校党支部反馈巡察情况。
            巡察反馈意见指出，学校党支部坚持立德树人，在送教上门、康复训练等方面取得了较好成效。但也还存在一些问题，包括校园网站信息发布管理有疏漏，康复教师配备不足，送教上门记录填写不规范，食堂采购验收把关不严，教辅资料征订中存在搭车收费现象等。巡察组同时指出，上轮巡察反馈的校车管理问题整改不彻底，校车租赁合同到期后仍未重新招标。
            县教育局副局长要求，学校党支部要切实扛起整改主体责任，逐条制定措施。
            巡察期间收到的问题线索，巡察组已按规定移交县纪委监委处理。
            """));
        Assert.Equal(6, issues.Length);
        Assert.Equal("校园网站信息发布管理有疏漏", issues[0].Text);
        Assert.StartsWith("教辅资料征订中存在搭车收费现象", issues[4].Text, StringComparison.Ordinal);
        Assert.StartsWith("上轮巡察反馈的校车管理问题整改不彻底", issues[5].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("但巡察也发现，站里在制度执行和内部监督上还存在明显短板，有的问题上一轮巡察就指出过。", 3)]
    [InlineData("但巡察也发现，站里的补贴发放存在明显漏洞，有的补贴发给了已迁出的人员，发放名单无人复核。", 4)]
    public void A_list_head_that_says_only_how_marked_the_problems_are_announces_the_paragraphs_after_it(string turn, int count)
    {
        // dev120 p09's form (a speech's turn 还存在明显短板，有的问题在上一轮巡察时就指出过。 closing its paragraph, the problems
        // told by 一是… in the paragraphs after it), in words of our own: the head names no problem. A head that goes on to the
        // failing itself (存在明显漏洞，有的补贴发给了……) is one.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", $"""
            在县民政局党组巡察组巡察县殡葬服务站党支部情况反馈会上的讲话
            同志们：
            根据局党组巡察工作安排，巡察组于2024年5月对县殡葬服务站党支部进行了巡察。现将巡察情况反馈如下。
            巡察认为，站党支部能够贯彻落实殡葬改革政策，服务群众取得一定成效。{turn}
            从落实殡葬改革政策看，一是惠民殡葬补贴审核不严，2023年有5户不符合条件的家庭领取了补贴；二是公墓管理台账不全，有42个墓位没有登记购买人。
            从内部管理看，一是收费公示不到位，服务大厅的价目表仍是2019年的标准。
            下面，我代表巡察组提几点要求。一要提高政治站位；二要压实整改责任。
            """));
        Assert.Equal(count, issues.Length);
        Assert.StartsWith("惠民殡葬补贴审核不严", issues[count - 3].Text.TrimStart('一', '是'), StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_closed_by_etc_at_its_sentences_end_is_not_cut_short_by_an_etc_inside_an_earlier_clause()
    {
        // published45 x05's form (包括：A，a；B，b；C，收受……等问题时有反映；D，E等。 — an earlier clause closes its own 、-list
        // and goes on), in words of our own: the list runs to the 等 that ends its sentence. published/f09's form (存在A、B等问题；
        // 存在C、D等问题。 — each clause closed by its own 等问题) still reads list by list.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第三巡察组向县中医院党委反馈巡察情况
            9月18日，县委第三巡察组向县中医院党委反馈巡察情况。
            巡察反馈意见指出，医院党委坚持公益性办院方向，在中医药特色专科建设中取得了一定成效。但也存在一些问题和不足，包括：党委会议事规则执行不严格，有的大额采购由院长办公会直接决定；住院患者费用清单公开不及时；医用耗材二级库管理需要加强，个别科室账物不符；行风建设还有薄弱环节，收受患者“感谢费”、介绍病人到私人诊所等问题时有反映；离退休党支部活动开展不经常，党员教育管理偏松等。
            县卫生健康局局长要求，医院党委要切实扛起整改主体责任。
            """));
        Assert.Equal(5, issues.Length);
        Assert.StartsWith("行风建设还有薄弱环节", issues[3].Text, StringComparison.Ordinal);
        Assert.StartsWith("离退休党支部活动开展不经常", issues[4].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Inline_items_each_read_with_its_clause_beneath_it_are_one_list_and_share_its_label()
    {
        // dev116 p03's form (a news item's 一是A……；二是B……；…… in one paragraph, each 是-item holding its ；-clause as a child),
        // in words of our own: the first item reads half as a requirement (落实……“三管三必须”要求不到位) and is one of the list.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第二巡察组向镇安全生产监督管理站党支部反馈巡察情况
            5月9日，县委第二巡察组向镇安全生产监督管理站党支部反馈巡察情况。巡察组组长代表巡察组反馈了巡察发现的问题。
            组长指出，站党支部能够贯彻落实上级关于安全生产工作的部署，辖区安全形势总体稳定。巡察也发现了一些问题：一是落实安全生产“三管三必须”要求不到位，对辖区41家小微企业的检查覆盖不全，2024年全年只检查了26家；二是复查记录上写了、现场却没去，2024年有17份检查表写着“已复查”，巡察组实地查看其中6家，有4家的隐患还在；三是隐患拖到伤了人，废弃仓库的雨棚2023年就被列为隐患，站里发过一次通知后再没有跟进，2024年8月雨棚脱落砸伤一名村民；四是应急物资账上有、库里少，巡察盘点时少了灭火器14具；五是理论学习不深入，支部学习多以传达文件代替。
            巡察期间收到的问题线索，巡察组已按规定移交县纪委监委。
            组长要求，站党支部要切实扛起整改主体责任，一要把整改作为重要政治任务；二要对照问题清单逐项整改；三要举一反三，补齐制度短板。
            """));
        Assert.Equal(5, issues.Length);
        Assert.StartsWith("落实安全生产“三管三必须”要求不到位", issues[0].Text.TrimStart('一', '是'), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("此外，基层党建方面，机关党支部组织生活会批评与自我批评辣味不足，这个问题也要认真对待。", 4)]
    [InlineData("此外，巡察组还收到一些问题线索，已按规定移交县纪委监委。", 3)]
    public void A_speakers_turn_to_one_more_failing_after_a_paragraphs_run_of_items_is_one_more_problem(string after, int count)
    {
        // published42 x07's form (a 领导小组 speech sums the group's problems up as 一是……；二是……；三是……。 then 此外，……方面，
        // one more failing with a comment on it), in words of our own; clues handed over after the run are none.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", $"""
            在县委第二巡察组巡察县退役军人事务局党组情况反馈会上的讲话
            同志们：
            刚才，县委第二巡察组反馈了巡察情况，指出的问题实事求是、切中要害。
            巡察组指出的问题，我归纳一下，主要集中在这么几个方面：一是优抚政策落实有偏差，优待证发放不及时；二是光荣院建成后长期闲置，入住率不足三成；三是烈士纪念设施管护存在漏洞，两处零散烈士墓无人看护。{after}
            下面，我讲三点意见。一要压实主体责任。二要建立三张清单。
            """));
        Assert.Equal(count, issues.Length);
        if (count == 4)
        {
            Assert.StartsWith("机关党支部组织生活会", issues[3].Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_turn_to_the_problems_that_is_a_short_paragraph_of_its_own_raises_none()
    {
        // published36 x08's form (a WeChat article: praise, 但问题，也摆在那里。 alone, a paragraph a problem, then what the group
        // asks), in words of our own.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            巡察反馈｜荭溪镇：问题清单摆上桌
            6月12日，县委第三巡察组向荭溪镇党委反馈巡察情况。
            巡察组看到了进步——村村通了硬化路，卫生院新添了CT机。
            但问题，也摆在那里。
            村级“小微权力清单”印发了，可7个村至今没有张贴公开。
            镇财政所的报销单据，有11张没有经办人签字。
            农机补贴的公示，只贴了三天就撕掉了，群众说根本没看到。
            巡察组要求，这些问题都要逐项整改到位。
            镇党委书记表示，问题全部认领，建台账、定时限。
            """));
        Assert.Equal(3, issues.Length);
        Assert.StartsWith("村级“小微权力清单”印发了", issues[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_after_a_news_items_list_that_turns_to_one_more_finding_is_one_more_problem_and_clues_handed_over_are_not()
    {
        // dev78 p04's form (a news item whose paragraph lists the problems after 主要是：……等问题。, then 此外，巡察组还指出，…… one
        // more, then the clues handed over), in words of our own.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第二巡察组向县气象局党组反馈巡察情况
            6月3日，县委第二巡察组向县气象局党组反馈巡察情况。巡察组指出，县气象局党组在气象防灾减灾、为农服务等方面做了大量工作。同时也存在一些问题，主要是：落实上级关于人工影响天气作业安全的部署不到位；党组议事规则执行不严格；财务报销审核把关不严等问题。此外，巡察组还指出，该局对上轮巡察反馈的公车管理问题整改不彻底，个别问题出现反弹。同时，巡察组还收到反映有关人员的问题线索，已按规定转县纪委监委处理。
            县委巡察办副主任强调，县气象局党组要切实扛起整改主体责任，在三个月内将整改情况报送县委巡察办。
            """));
        Assert.Equal(4, issues.Length);
        Assert.StartsWith("该局对上轮巡察反馈的公车管理问题整改不彻底", issues[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_titled_item_that_turns_by_another_matter_to_a_failing_its_title_does_not_name_holds_two_problems()
    {
        // dev78 p06's form (（一）…（六） each a title。evidence, one of them going on 此外，…… to a failing of another matter), in
        // words of our own; the other titled item's 此外 adds evidence of its own title's matter and stays one problem.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第三巡察组关于巡察县供销合作社党组的反馈意见
            县供销合作社党组：
            根据县委统一部署，县委第三巡察组对县供销合作社党组开展了常规巡察。现将巡察情况反馈如下。
            一、巡察发现的主要问题
            （一）“三重一大”决策制度执行不严格。2023年社里出租临街门面6间、签订30万元以上的农资购销合同2份，均没有经过党组会议研究。此外，社里自2023年以来没有召开过意识形态工作专题会议，对社属网站发布的内容也没有建立审核机制。
            （二）农资储备管理不规范。2024年春耕期间化肥储备只达到计划的六成。此外，农资仓库的储备台账与实物不符，差额约3.2万元。
            （三）基层党组织建设薄弱。党组所属2个党支部2024年有4个月没有开展主题党日活动。
            二、整改建议
            社党组要在反馈之日起三个月内报送整改情况报告。
            """));
        Assert.Equal(4, issues.Length);
        Assert.StartsWith("社里自2023年以来没有召开过意识形态工作专题会议", issues[1].Text, StringComparison.Ordinal);
        Assert.Contains("储备台账", issues[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_area_that_runs_on_after_its_name_in_the_same_paragraph_gives_one_problem_a_sentence_that_names_a_failing_first()
    {
        // dev78 p05's form (（一）在……方面。 followed in the same paragraph by sentences each naming a failing and its evidence),
        // in words of our own. A sentence of instances (如……；又如……) stays with the problem before it.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第二巡察组关于巡察县水利工程建设管理中心党支部情况的反馈意见
            县水利工程建设管理中心党支部：
            根据县委统一部署，县委第二巡察组对县水利工程建设管理中心党支部进行了常规巡察。现将巡察情况反馈如下。
            一、巡察发现的主要问题
            （一）在贯彻上级决策部署方面。中心党支部推进农村饮水安全巩固提升工程不力，2024年计划完工的9处工程有4处没有完工。小型水库日常巡查管理失控，部分水库的巡查任务交给不具备资格的临时人员，中心不派人检查。
            （二）在落实全面从严治党责任方面。工程物资采购不比价的问题比较突出。如2024年采购管材共计132万元，全部由一家供应商供货；又如，水泥采购没有签订书面合同。
            二、整改意见
            中心党支部要在反馈之日起三个月内报送整改情况报告。
            """));
        Assert.Equal(3, issues.Length);
        Assert.StartsWith("小型水库日常巡查管理失控", issues[1].Text, StringComparison.Ordinal);
        Assert.Contains("水泥采购", issues[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_follow_up_that_says_it_looked_at_whether_old_problems_came_back_raises_no_problem_by_saying_so()
    {
        // dev58 p07's form (a 回头看 whose opening says what it looked at: 老问题有没有反弹), in words of our own: 问题有没有 asks,
        // it lists nothing.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第一巡察组关于对县殡葬服务中心党支部开展巡察“回头看”情况的反馈意见
            县殡葬服务中心党支部：
            根据县委安排，县委第一巡察组对中心党支部开展了巡察“回头看”，重点看上轮反馈问题是否改到位、老问题有没有反弹，同时对整改期间新发生的问题进行了了解。现将有关情况反馈如下。
            一、上轮巡察反馈问题整改情况
            中心党支部对上轮反馈问题建立了整改台账，大部分问题得到了整改。
            二、“回头看”新发现的问题
            （一）殡葬服务收费公示不全。服务大厅只公示了基本服务收费，选择性服务项目的收费标准没有公示。
            （二）公墓建设项目推进迟缓。2024年计划建成的公益性公墓至今未完成竣工验收。
            三、整改要求
            请于反馈之日起三个月内报送整改情况报告。
            """));
        Assert.Equal(2, issues.Length);
        Assert.StartsWith("殡葬服务收费公示不全", issues[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", 4)]
    [InlineData("一是活动台账记录不全；二是活动经费没有单独核算。", 9)]
    public void One_item_that_counts_the_manifestations_of_its_failing_among_items_that_count_none_is_one_problem(string others, int count)
    {
        // dev37 p05's form (一、……五、 each a failing and its detail on one line, the second counting its manifestations 一是……二是……
        // 三是……), in words of our own. When every item counts its own, 一是…… are the problems its heading gathers.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", $"""
            县委第五巡察组关于巡察县职业中学党委的反馈意见
            县职业中学党委：
            根据县委统一部署，县委第五巡察组对学校党委进行了常规巡察。现将巡察发现的主要问题反馈如下。
            一、意识形态工作责任制落实不到位。{(others.Length > 0 ? "一是学校党委2024年没有专题研究意识形态工作；二是校园网站发布信息没有审核。" : "学校党委2024年没有专题研究意识形态工作，校园网站发布信息没有审核。")}
            二、学生实习管理不规范。一是部分实习岗位与所学专业不对口；二是违规向实习学生收取实习管理费共计8.2万元；三是有26名实习学生没有购买实习责任保险。
            三、财务管理薄弱。{(others.Length > 0 ? "一是食堂承包合同到期后未经招标即续签；二是社会培训收入在账外列支。" : "食堂承包合同到期后未经招标即续签，社会培训收入在账外列支。")}
            四、团委和学生会活动管理松散。{(others.Length > 0 ? others : "活动台账记录不全，活动经费没有单独核算。")}
            对以上问题，学校党委要认真整改，在三个月内报送整改情况报告。
            """));
        Assert.Equal(count, issues.Length);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Two_items_of_five_or_four_in_an_area_that_count_the_manifestations_of_their_failing_are_one_problem_each(bool fourInTheArea)
    {
        // dev104 p03's form (an area's items 1．……5．, the second and fourth a failing whose detail counts 一是……；二是……), in
        // words of our own (and dev104 p07's: two of four counting (1)……；(2)……): no more than half the list counts its own, so the
        // two are told whole as the others are.
        const string Area2 = "二、落实巡视巡察整改方面";
        const string Item5 = "5．选人用人把关不严。2023年提拔的2名中层干部未按规定进行民主推荐。";
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", $"""
            市委第三巡察组关于巡察市粮食储备有限公司党委的反馈意见
            市粮食储备有限公司党委：
            根据市委统一部署，市委第三巡察组对公司党委进行了常规巡察。现将巡察发现的主要问题反馈如下。
            一、落实市委决策部署方面
            1．储备粮轮换计划执行不严。2024年有2批次轮换未按计划时间完成，超期储存稻谷1200吨。
            2．仓储设施建设推进迟缓。一是智能化粮库改造项目开工一年仍未完工；二是3个库点的防火设施长期缺损。
            3．服务种粮农民不够到位。秋粮收购期间开放收购点不足，农户排队售粮时间长。
            4．财务管理不规范。一是2笔大额资金支付未经集体研究；二是部分费用报销附件不全。
            {(fourInTheArea ? Area2 + "\n" + Item5 : Item5 + "\n" + Area2)}
            6．上轮巡察整改不彻底。上轮指出的库存账实不符问题至今未完成销号。
            7．审计整改不到位。市审计局指出的3项往来款清理问题仍未完成。
            对以上问题，公司党委要认真整改，在三个月内报送整改情况报告。
            """));
        Assert.Equal(7, issues.Length);
        Assert.StartsWith("仓储设施建设推进迟缓", issues[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("财务管理不规范", issues[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_numbered_risk_said_to_stand_out_over_its_two_cases_is_one_problem()
    {
        // dev104 p03's form (8．资产处置廉洁风险突出。一是……；二是…… among items that count none), in words of our own: 风险突出
        // states a failing as 不到位 does, so its cases are its evidence.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            市委第一巡察组关于巡察市城市建设投资集团党委的反馈意见
            市城市建设投资集团党委：
            现将巡察发现的主要问题反馈如下。
            二、落实全面从严治党战略部署方面
            5．党委主体责任落实不到位。党委会研究党风廉政建设每年仅1次。
            6．纪委监督作用发挥不够。两年来未对工程结算开展专项监督。
            7．工程建设领域廉洁风险突出。一是2个安置房项目的设计变更未经审批，增加造价310万元；二是砂石材料长期由同一家供应商供货，未经比选。
            8．违规发放津补贴。2024年以“攻坚奖”名义发放奖金22万元。
            对以上问题，集团党委要认真整改，在三个月内报送整改情况报告。
            """));
        Assert.Equal(4, issues.Length);
        Assert.StartsWith("工程建设领域廉洁风险突出", issues[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_in_words_of_no_known_failing_among_titles_that_state_theirs_is_one_problem_with_its_manifestations()
    {
        // dev106 p07's form (1．……9． title lines, each over a 具体表现：A；B。 line; one title's words, 运行不正常, name no failing
        // the cues know), in words of our own: a list's items are read alike.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第二巡察组关于巡察县气象局党组的反馈意见
            县气象局党组：
            一、主要问题
            1．防灾减灾责任落实不到位
            具体表现：2个乡镇气象信息员岗位长期空缺；灾害性天气预警信息发布后未跟踪核实接收情况。
            2．自动气象站运行不正常
            具体表现：全县38个区域自动站中有9个数据传输经常中断；3个站点的雨量传感器超期未检定。
            3．财务管理不规范
            具体表现：2024年有6笔维修费用未附验收单；公务接待费报销未附接待清单。
            4．党支部组织生活松散
            具体表现：2024年“三会一课”记录不全；主题党日活动以学习文件代替。
            二、整改意见
            （一）局党组要切实履行整改主体责任。
            （二）请在三个月内将整改情况书面报告县委。
            """));
        Assert.Equal(4, issues.Length);
        Assert.StartsWith("自动气象站运行不正常", issues[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_units_head_saying_it_takes_the_feedback_whole_then_counting_pledges_raises_nothing()
    {
        // dev106 p05's form (a news page: 巡察组指出，……一是……五是……。 then X表示，……对反馈意见照单全收，一是……；二是举一反三，……；
        // 三是……), in words of our own but for its pledge, whose second item the classifier reads as a problem.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第三巡察组向县档案馆党支部反馈巡察情况
            5月12日，县委第三巡察组向县档案馆党支部反馈巡察情况。巡察组指出，馆党支部在档案数字化等方面做了不少工作，但也存在一些问题：一是档案安全管理不到位，库房温湿度记录长期缺失；二是财务报销审核不严，2024年有4笔费用无审批签字；三是档案数字化外包项目验收把关不严，有1.2万条目录数据错漏；四是违反中央八项规定精神问题仍有发生，2024年有2次在服务对象处就餐；五是党支部组织生活不规范，“三会一课”记录不全。
            巡察组要求，馆党支部要认真抓好整改，在三个月内报送整改情况报告，并按规定公开整改情况。
            县档案馆党支部书记、馆长丁若川表示，馆党支部对反馈意见照单全收，一是提高站位，把巡察整改作为重要政治任务；二是举一反三，推动固体废物监管工作提质增效；三是建章立制，巩固巡察整改成果。
            """));
        Assert.Equal(5, issues.Length);
        Assert.DoesNotContain(issues, i => i.Text.Contains("举一反三", StringComparison.Ordinal));
    }

    [Fact]
    public void Paragraphs_opened_by_words_of_order_over_two_sides_of_a_matter_raise_each_side()
    {
        // dev14 p04's form (二、关于巡察发现的问题: 首先是……。一方面，A……。另一方面，B……。 / 其次是……。一方面，A……；另一方面，B……。),
        // in words of our own: the sides are the problems, whether split by 。 or by ；.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县委第二巡察组巡察县医疗保障局党组情况反馈会上的讲话
            同志们：
            一、关于总体印象
            县医保局党组这几年在医保基金监管方面做了大量工作，成绩是肯定的。
            二、关于巡察发现的问题
            首先是贯彻落实上级部署打了折扣。一方面，异地就医直接结算推进缓慢，2024年备案人员结算率只有六成。另一方面，门诊共济改革宣传不到位，群众误解较多。
            其次是基金监管存在漏洞。一方面，3家定点药店串换药品未被发现，涉及金额4.6万元；另一方面，违规结算的医保费用追回不及时，2笔合计1.2万元至今未追回。
            最后是干部作风不够扎实。一方面，窗口人员对群众咨询推诿扯皮，有4起投诉未办结；另一方面，局机关公务用车登记不全，有5次出车没有记录。
            三、关于抓好整改的几点意见
            一要提高政治站位。二要建立长效机制。
            """));
        Assert.Equal(6, issues.Length);
        Assert.StartsWith("3家定点药店串换药品", issues[2].Text, StringComparison.Ordinal);
        Assert.StartsWith("违规结算的医保费用追回不及时", issues[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void What_a_speech_says_it_will_go_through_and_the_causes_it_finds_are_no_problems()
    {
        // dev80 p02's form (a 组长's speech: ……还存在一些不容忽视的问题。下面，我代表巡察组讲六个方面。 then 第一，…… and a paragraph
        // of causes 产生这些问题，原因是多方面的。……存在“重生产、轻管理”的倾向。), in words of our own.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县委第四巡察组向县自来水公司党支部反馈巡察情况会议上的讲话
            同志们：
            总体看，公司党支部在保障全县供水方面做了不少工作。但对照全面从严治党要求，公司还存在一些不容忽视的问题。下面，我代表巡察组讲三个方面。
            第一，贯彻落实饮水安全部署有差距。3个乡镇的水质检测没有按月开展。
            第二，重大经营事项未经支部前置研究。2024年管网改造项目投资160万元由总经理办公会直接决定。
            第三，物资采购管理不规范。水处理药剂连续3年由同一家供应商供货，从未比选。
            产生这些问题，原因是多方面的。从根本上讲，是公司党支部管党治党责任没有压实，内部管理存在“重供水、轻管理”的倾向。
            对于反馈的问题，公司党支部要照单全收、逐项整改，三个月内报送整改情况报告。
            """));
        Assert.Equal(3, issues.Length);
    }

    [Fact]
    public void A_problem_list_handed_over_after_the_meeting_that_decided_it_starts_with_its_first_problem()
    {
        // dev80 p09's and p10's forms (a 问题清单 whose opening paragraph says what the inspection did, 巡察情况已向……汇报, and hands
        // the list over after the meeting that decided it, 经县委书记专题会议研究，现将……以清单形式反馈给你们), in words of our own.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第四巡察组关于县自来水公司党支部巡察反馈问题清单
            县自来水公司党支部：
            县委第四巡察组对你公司党支部进行了巡察。巡察认为，公司党支部基本保障了全县供水，但在水质管理、采购管理等方面还存在一些问题。巡察情况已向县委书记专题会议汇报。经县委书记专题会议研究，现将巡察发现的问题以清单形式反馈给你们，请逐项对照整改。
            问题1：水质检测不到位
            具体表现：3个乡镇的水质检测没有按月开展。
            问题2：物资采购管理不规范
            具体表现：水处理药剂连续3年由同一家供应商供货，从未比选。
            请于三个月内报送整改情况报告。
            """));
        Assert.Equal(2, issues.Length);
        Assert.StartsWith("水质检测不到位", issues[0].Text, StringComparison.Ordinal);
    }

    private const string CommaJoinedNews = """
        县委第二巡察组向县水务局党组反馈巡察情况
        6月16日，县委第二巡察组向县水务局党组反馈巡察情况。巡察组认为，局党组在农村供水等方面做了大量工作，但也查摆出不少短板，集中起来看：学习贯彻上级决策部署跟进不够及时，河长制巡河记录流于形式，水资源费征收推进迟缓；落实全面从严治党主体责任压力传导不够，局纪检组日常监督偏软，廉政风险排查存在盲区；干部队伍结构老化，基层支部组织生活不规范，上轮巡察指出的问题整改不彻底等。巡察组要求，局党组要认真抓好整改，三个月内报送整改情况报告。
        """;

    [Fact]
    public void Headline_failings_run_together_by_commas_are_each_a_problem_when_the_feedback_is_read_alone()
    {
        // published20 x01's and published15 w01's form (a news item's ；-groups of headline failings joined by commas after
        // 集中起来看：), in words of our own: read alone, each failing of a group of three or more is one problem for the checklist.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", CommaJoinedNews));
        Assert.Equal(9, issues.Length);
        Assert.StartsWith("学习贯彻上级决策部署", issues[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("上轮巡察指出的问题", issues[^1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("县水务局党组对反馈的3个方面问题照单全收。", 3)]
    [InlineData("县水务局党组对反馈的9个问题照单全收。", 9)]
    public void Answered_by_a_report_such_a_list_counts_as_the_report_counts_it(string opening, int count)
    {
        // dev3 d01's and dev33 p03's pairs (the report answers group by group) beside the same form counted failing by failing
        // when the report says so, in words of our own.
        var result = fixture.Analyze(CommaJoinedNews, $"""
            县水务局党组关于巡察整改情况的报告
            县委巡察工作领导小组：
            {opening}现将整改情况报告如下。
            一、关于学习贯彻和业务工作方面的问题
            制定理论学习中心组年度计划；河长制巡河实行轨迹打卡；水资源费征收纳入月度调度。
            二、关于全面从严治党方面的问题
            局党组每季度专题研究全面从严治党工作；局纪检组制定日常监督清单。
            三、关于干部队伍和基层党建方面的问题
            制定干部队伍建设规划；规范支部组织生活；上轮巡察问题逐项销号。
            县水务局党组
            2025年9月10日
            """);
        Assert.Equal(count, result.Issues.Length);
    }

    [Fact]
    public void Answered_by_a_report_whose_count_leaves_out_the_problem_it_never_answers_such_a_list_is_still_read_failing_by_failing()
    {
        // dev78 p04's form (a news item's ；-groups of comma-joined failings, then 此外，巡察组还指出，…… one more; the report counts
        // 9 problems and never answers the tenth), in words of our own: the reading nearer the report's count is the writers'.
        var feedback = CommaJoinedNews.Replace("巡察组要求，", "此外，巡察组还指出，局机关对下属水管站的监管长期偏弱，个别站点收费不开票据。巡察组要求，", StringComparison.Ordinal);
        var result = fixture.Analyze(feedback, """
            县水务局党组关于巡察整改进展情况的通报
            县水务局党组对照反馈意见，梳理出3个方面9个问题，逐项制定整改措施。现将整改进展情况通报如下。
            一、关于学习贯彻和业务工作方面的问题
            制定理论学习中心组年度计划；河长制巡河实行轨迹打卡；水资源费征收纳入月度调度。
            二、关于全面从严治党方面的问题
            局党组每季度专题研究全面从严治党工作；局纪检组制定日常监督清单。
            三、关于干部队伍和基层党建方面的问题
            制定干部队伍建设规划；规范支部组织生活；上轮巡察问题逐项销号。
            县水务局党组
            2025年9月10日
            """);
        Assert.Equal(10, result.Issues.Length);
        Assert.StartsWith("局机关对下属水管站", result.Issues[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_feature_that_quotes_the_leader_item_by_item_between_parts_of_praise_and_requirements_raises_the_quoted_items()
    {
        // published34 x07's form (a WeChat feature in ▍ parts: praise, then the leader quoted paragraph by paragraph “第一条，……”
        // … “还有一个问题，我要特别讲一下：……” … “最后一条，……”, then requirements), in words of our own.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            巡察组长反馈会上“点名道姓”讲问题
            槿川发布 2025-10-12
            10月10日，镇委第一巡察组在荇塘村召开巡察反馈会，组长濮敬山脱稿讲了二十分钟。
            ▍好的先说
            “先说成绩。”濮敬山说，荇塘村这两年修通了三条机耕路，建起了村级光伏电站，每年给村集体带来八万多元收入，“这些群众都看在眼里。”
            ▍问题一条一条摆
            “第一条，村务公开走过场。公开栏里的账目一年只换了一次，群众看不懂也问不着。”
            “第二条，集体资产租赁不规范。村里两处鱼塘没有公开招租，租金五年没有调整。”
            “还有一个问题，我要特别讲一下：村干部坐班制度执行不严。我们去了三次，两次办公室锁着门。”
            “最后一条，党员发展把关不严。去年发展的一名党员，入党材料里有三份谈话记录是补写的。”
            ▍整改要动真格
            濮敬山要求，村党支部要把问题清单贴在公开栏上，每月向群众通报整改进度；镇党委要盯住不放，整改完成后组织群众代表评议。
            """));
        Assert.Equal(4, issues.Length);
        Assert.StartsWith("村务公开走过场", issues[0].Text, StringComparison.Ordinal);
        Assert.Contains("村干部坐班制度执行不严", issues[2].Text, StringComparison.Ordinal);
        Assert.StartsWith("党员发展把关不严", issues[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_answer_on_how_to_report_a_problem_in_an_interview_raises_none()
    {
        // published20 x09's form (答记者问 closing with a question on how the public may report problems), in words of our own.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委巡察办负责人就县市场监管局巡察反馈情况答记者问
            问：巡察发现了哪些主要问题？
            答：一是食品抽检覆盖面不足，去年有三成农贸市场未被抽检；二是执法案卷管理不规范，部分案卷缺少送达回证。
            问：群众发现市场监管领域的问题可以怎样反映？
            答：可以拨打县纪委监委举报电话，也可以登录县纪委监委网站举报专区反映。对反映的问题，我们将督促相关单位认真核查、及时回应。
            """));
        Assert.Equal(2, issues.Length);
    }

    [Fact]
    public void A_leader_quoted_on_what_this_inspection_found_and_a_further_finding_after_此外_list_their_problems()
    {
        // published20 x07's form (a TV news script: 同期声 of the group leader, 这次巡察我们发现，一个是……；再一个就是……；还有就是……,
        // then 此外，巡察组还指出，A；B。), in words of our own.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            标题：县委第三巡察组向县农业农村局党组反馈巡察情况
            正文：
            反馈会上，巡察组通报了巡察发现的主要问题。
            同期声：县委第三巡察组组长
            这次巡察我们发现，一个是高标准农田建设这一块，“重建轻管”的情况比较普遍，有的沟渠建好一年就堵了；再一个就是项目资金管理上，拨付审核把关不严；还有就是干部服务意识不够强，农户办事要跑好几趟。
            正文：
            此外，巡察组还指出，局党组对下属站所监管偏弱，个别站所存在“小金库”苗头；对上轮巡察反馈的问题整改不到位，至今未能销号。巡察组要求，局党组要认真对照反馈意见，逐条制定整改措施。
            """));
        Assert.Equal(5, issues.Length);
        Assert.StartsWith("局党组对下属站所监管偏弱", issues[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_speech_that_says_how_many_areas_deserve_attention_and_takes_them_in_turn_raises_each()
    {
        // published20 x03's form (a 组织部长's speech: 一、正确看待反馈的问题 with praise, then 但是，成绩不能掩盖问题。……至少有这么
        // 几个方面要引起大家重视。首先是……。其次，……。最后，……。 then parts of requirements), in words of our own.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县委第二巡察组巡察县住建局党组情况反馈会上的讲话
            同志们：
            刚才，巡察组反馈了巡察情况，我完全赞同。下面，我讲两点意见。
            一、正确看待反馈的问题
            近年来，县住建局党组在老旧小区改造等方面做了大量工作，这些成绩县委是肯定的。
            但是，成绩不能掩盖问题。巡察组点到的问题，我归纳一下，至少有这么几个方面要引起大家重视。首先是贯彻县委部署打了折扣，城中村改造项目进度滞后。其次，建筑市场监管偏松，2个项目转包未被发现。最后，对上轮巡察指出的问题整改后劲不足，有一项至今没有销号。
            二、以过硬措施抓好整改
            第一，压实责任。党组书记要亲自抓。第二，建章立制。要把整改成果转化为制度。
            """));
        Assert.Equal(3, issues.Length);
        Assert.StartsWith("贯彻县委部署打了折扣", issues[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void What_a_follow_up_newly_found_after_what_is_still_not_put_right_is_listed_too()
    {
        // published20 x05's form (a 回头看 notice per unit: 存在A、B等问题，……又出现反弹。同时，“回头看”中还新发现C、D、E等问题。), in
        // words of our own; and a paragraph that opens 巡察组还发现，…… with a list in it reads from its lead.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第二巡察组巡察“回头看”反馈情况公告
            “回头看”仍查出以下情况：
            县粮食局党组：对上一轮巡察反馈问题整改不够彻底，存在储备粮轮换台账不全、仓储设施维修资金闲置等问题，此前已整改的公务用车私用问题又出现反弹。同时，“回头看”中还新发现粮食收购资金监管不严、干部交流轮岗推进缓慢、党员教育管理不严格等问题。
            巡察组还发现，局属企业存在合同管理不规范、档案管理混乱等问题；部分仓库安全检查流于形式。
            巡察组要求，县粮食局党组要对“回头看”指出的问题建立台账、逐项销号。
            """));
        Assert.StartsWith("粮食收购资金监管不严", issues[3].Text, StringComparison.Ordinal);
        Assert.StartsWith("党员教育管理不严格", issues[5].Text, StringComparison.Ordinal);
        // The lead's own 还发现 is no second cue inside it (it once cut the list at a negative length).
        Assert.Contains(issues, i => i.Text.Contains("合同管理不规范", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Text.Contains("档案管理混乱", StringComparison.Ordinal));
    }

    [Fact]
    public void A_news_items_groups_are_read_failing_by_failing_when_the_feedback_is_read_alone()
    {
        // published20 x08's form (a group's news: praise, 但……巡察组也指出了不少问题：then ；-groups that mix a headline failing, a
        // 、-list summed up mid-way as persisting and a failing after it), in words of our own.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            市委第四巡察组向县交通投资公司党委反馈巡察情况
            9月3日，市委第四巡察组向县交通投资公司党委反馈巡察情况。
            巡察组组长指出，公司党委近年来在县域路网建设方面发挥了国有企业作用。但对照从严治党要求，巡察组也指出了不少问题：党委把方向、管大局作用发挥不够充分，对全县重点项目的服务保障力度不够；落实全面从严治党主体责任不到位，政府采购“化整为零”、违规出借资金、项目资金超额拨付等问题不同程度存在，下属养护中心财务管理混乱；干部选任程序不够规范、党支部“三会一课”流于形式、对审计发现问题整改不彻底等问题依然存在。
            巡察组要求，公司党委要对照反馈的问题逐项整改。
            """));
        Assert.Equal(9, issues.Length);
        Assert.StartsWith("落实全面从严治党主体责任不到位", issues[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("政府采购", issues[2].Text, StringComparison.Ordinal);
        Assert.StartsWith("下属养护中心财务管理混乱", issues[5].Text, StringComparison.Ordinal);
        Assert.StartsWith("对审计发现问题整改不彻底", issues[8].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_groups_headline_with_its_evidence_stays_one_problem_however_its_words_are_joined()
    {
        // published f16's and dev84 p08's forms: two short failings of one thing joined by 、 (不规范、不严谨), and a headline failing
        // whose evidence lists two breaches by 、 (存在未批先建、变更未按程序报批的情况): one problem a group.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委巡察组反馈乡村振兴领域专项巡察情况
            8月20日，县委第一巡察组向塬口镇党委反馈乡村振兴领域专项巡察情况。此次专项巡察历时30天，共开展个别谈话40人次，实地查看衔接资金项目15个，发现问题21个。

            主要问题：衔接资金项目库建设不规范、不严谨，入库项目缺少可行性论证；工程建设管理不规范，2024年村道改造项目存在未批先建、工程变更未按程序报批的情况；村级集体经济发展乏力，5个村年经营性收入不足10万元。

            巡察组建议：镇党委要加强对衔接资金项目的全过程监管，完善项目入库论证制度。

            镇党委书记表示，将认真对照反馈问题，列出清单逐项整改。
            """));
        Assert.Equal(3, issues.Length);
        Assert.StartsWith("衔接资金项目库建设不规范、不严谨", issues[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("工程建设管理不规范", issues[1].Text, StringComparison.Ordinal);
        Assert.Contains("变更未按程序报批", issues[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_speaker_who_counts_his_points_by_tiao_raises_each_and_his_word_that_problems_are_many_raises_none()
    {
        // published22 x04's form (a 机动巡察 speech: 但是，问题也不少，有的还相当突出。…… 头一条，…… 第二条，…… 第三条，……), in words
        // of our own.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县委机动巡察组向县水务公司党支部反馈巡察情况会议上的讲话
            同志们：
            今天我们召开机动巡察反馈会。
            总的看，公司党支部这几年保障了城区供水，这些我们都看到了。但是，问题也不少，有的还相当突出。我归纳一下，主要是这么几条。
            头一条，水费收缴不规范。我们抽查的3个营业点，有2个的实收水费和账面对不上。
            第二条，管网维修外包随意。去年两笔维修工程没有比选，直接交给了同一家施工队。
            第三条，安全生产责任落实不到位。加氯间的巡检记录连续两个月空白。
            针对这些问题，我提两点要求。
            第一，要把水费收缴的账理清楚。欠收的水费要逐户核对，涉及违规违纪的，按程序移交。
            第二，要把外包和安全的规矩立起来。有关制度要在年内修订完毕。
            """));
        Assert.Equal(3, issues.Length);
        Assert.StartsWith("水费收缴不规范", issues[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(issues, i => i.Text.Contains("问题也不少", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_units_own_problems_pointed_out_after_the_shared_ones_are_raised_too()
    {
        // published22 x05's form (one round's news for three counties: 共性问题：一是……；二是……。此外，反馈会还分别点出了各县的
        // 个性问题。在甲县，……；在乙县，……), in words of our own.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            三个县医保部门集中接受专项巡察反馈
            反馈指出，3个县医保部门在保障参保群众权益方面做了大量工作，但也暴露出一些共性问题：一是定点机构日常稽核覆盖面不足，2个县全年稽核不到三成机构；二是基金支付审核把关不严，重复报销的情况在3个县均有发生。
            此外，反馈会还分别点出了各县的个性问题。在湄溪县，异地就医备案管理松散，部分备案材料缺少本人签字；在沅坪县，上一轮审计指出的违规拨付问题至今未整改销号。
            反馈要求，各县医保局党组要坚决扛起整改主体责任。
            """));
        Assert.Equal(4, issues.Length);
        Assert.Contains("异地就医备案管理松散", issues[2].Text, StringComparison.Ordinal);
        Assert.Contains("违规拨付问题至今未整改销号", issues[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Paragraphs_each_under_a_bracketed_label_are_one_problem_each()
    {
        // published22 x03's form (a public-account article: 巡察组点出了N个方面的突出问题 then 【label】 lines over a paragraph each,
        // the last of two sentences), in words of our own.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            专项巡察丨助学资金发得准不准？
            近日，县委第三巡察组向县教育局党组反馈了学生资助资金专项巡察情况。
            反馈会上，巡察组点出了3个方面的突出问题：
            【资助对象认定不精准】
            部分学校认定家庭经济困难学生时没有入户核实，有11名学生家庭已购置商品房仍在享受资助。
            【资金发放滞后】
            秋季学期的助学金下达后，有4所学校拖了两个多月才发到学生手中。
            【监管责任落实不力】
            对学校报来的资助名单审核把关不严。对发现的冒领问题处理偏软，只作了退款处理。
            巡察组要求，县教育局党组要把资助资金管准管好。
            """));
        Assert.Equal(3, issues.Length);
        Assert.StartsWith("资助对象认定不精准", issues[0].Text, StringComparison.Ordinal);
        Assert.Contains("处理偏软", issues[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_notice_of_a_rounds_problems_by_unit_raises_each_failing_of_each_unit()
    {
        // published22 x07's form (a 巡察办's 通报 of a village round: 二、突出问题（按村列示） then one line a village, its failings
        // joined by ；), in words of our own.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            中共某县委巡察工作领导小组办公室
            关于县委第三轮巡察（对村巡察）发现问题的通报
            各乡镇党委：
            现将巡察发现的部分突出问题通报如下。
            一、总体情况
            本轮共发现问题52个，向县纪委监委移交问题线索6件。
            二、突出问题（按村列示）
            桠口镇石坝村：村集体鱼塘发包未经村民代表会议讨论；村报账员同时保管现金和公章，不相容岗位未分离。
            桠口镇柳湾村：2024年修建村道，工程未按规定进行比选。
            沣水乡新桥社区：社区以值班补贴名义向工作人员发放津补贴；网格员考核流于形式，考核表由网格长代填。
            三、有关要求
            1．各乡镇党委要组织所有村（社区）开展自查。
            2．被通报的村（社区）要在整改方案中逐条回应。
            """));
        Assert.Equal(5, issues.Length);
        Assert.StartsWith("村集体鱼塘发包未经村民代表会议讨论", issues[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("网格员考核流于形式", issues[4].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_speakers_line_saying_how_many_parts_he_will_tell_is_no_problem()
    {
        // dev84 p04's form (……还存在不少问题。下面，我分三个方面讲一讲。 then 第一，……第二，……第三，……), in words of our own.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县委第二巡察组巡察县妇幼保健院党支部情况反馈会上的讲话
            同志们：
            总的看，院党支部能够贯彻落实上级部署，门诊量逐年上升。
            同时，对照县委的要求，医院在一些方面还存在不少问题。下面，我分三个方面讲一讲。
            第一，党支部领导作用发挥不够充分。“三重一大”事项有2次未经支部会议研究。
            第二，医保基金使用不规范。医院存在串换收费项目的问题，违规金额3.2万元。
            第三，医德医风建设不够有力。群众反映的收受红包问题核查不及时。
            下面，我就抓好整改提三点要求。
            一要提高认识，二要明确责任，三要标本兼治。
            """));
        Assert.Equal(3, issues.Length);
        Assert.DoesNotContain(issues, i => i.Text.Contains("下面", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cued_groups_headline_keeps_the_breaches_its_evidence_lists()
    {
        // dev84 p08's form (a news item: 该所还存在A，……；B，……存在X、Y的情况；C，……等问题。), in words of our own: the breaches
        // 、 joins after a headline failing are its evidence, not problems of their own.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第五巡察组向县水利工程管理站党支部反馈巡察情况
            巡察组指出，站党支部在推进水利工程运行管护方面做了不少工作。巡察组同时指出，该站还存在落实河湖长制部署不够有力，6条河道长期缺少日常巡查；工程建设管理不规范，2024年塘坝除险加固项目存在未批先建、设计变更未按程序报批的情况；管护资金使用把关不严，以误工补贴名义虚列支出4.2万元；党支部组织生活不严肃，组织生活会批评和自我批评辣味不足等问题。
            巡察组要求，站党支部要对照反馈的问题逐项整改。
            """));
        Assert.Equal(4, issues.Length);
        Assert.StartsWith("工程建设管理不规范", issues[1].Text, StringComparison.Ordinal);
        Assert.Contains("设计变更未按程序报批", issues[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_alone_an_area_paragraphs_headline_failings_are_each_a_problem()
    {
        // published5 y01's form (a provincial 巡视 news item: 巡视发现的主要问题是： then 在……方面，A，B。C，D。 paragraphs whose
        // comma parts are each a failing), in words of our own; a part that tells a figure keeps its sentence one problem.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            省委第二巡视组向岺川市委反馈巡视情况
            省委第二巡视组组长代表巡视组反馈了巡视情况。
            巡视发现的主要问题是：
            在贯彻落实党中央决策部署方面，湿地保护修复推进迟缓，违规围垦的养殖塘清退不彻底。防范化解债务风险措施不实，培育县域主导产业办法不多。
            在落实全面从严治党战略部署方面，违反中央八项规定精神问题在个别系统仍有发生，基层督查检查过多过频问题出现反弹。
            在落实新时代党的组织路线方面，干部队伍建设统筹不够，2个县区班子配备长期不齐。
            巡视组还收到反映一些领导干部的问题线索，已按有关规定转交省纪委监委处理。
            """));
        Assert.Equal(7, issues.Length);
        Assert.StartsWith("湿地保护修复推进迟缓", issues[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("违规围垦的养殖塘清退不彻底", issues[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("违反中央八项规定精神问题", issues[4].Text, StringComparison.Ordinal);
        Assert.Contains("班子配备长期不齐", issues[6].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_inline_item_that_names_its_area_first_raises_each_headline_failing_it_joins()
    {
        // published24 x07's form (a provincial round's news: ……也发现一些问题：一是在……方面，A，B；二是在……方面，C，D，E；三是F，
        // its instance.), in words of our own: after the area's name each comma part is a failing of its own; the item that
        // names no area is one failing with its instance.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            市委第三巡察组向市水务集团党委反馈巡察情况
            巡察组组长在反馈时指出，集团党委做了大量工作，但巡察也发现一些问题：一是在落实供水安全责任方面，老旧管网改造计划执行不严格，二次供水设施巡检进度滞后；二是在防范经营风险方面，工程款拖欠清理不彻底，应收水费规模偏大，所属企业亏损面有所扩大；三是上轮巡察整改不到位，指出的水表采购问题出现反弹。
            巡察组要求，集团党委要切实扛起整改主体责任。
            """));
        Assert.Equal(6, issues.Length);
        Assert.StartsWith("二次供水设施巡检进度滞后", issues[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("应收水费规模偏大", issues[3].Text, StringComparison.Ordinal);
        Assert.StartsWith("所属企业亏损面有所扩大", issues[4].Text, StringComparison.Ordinal);
        Assert.Contains("水表采购问题", issues[5].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sub_items_after_a_lead_that_names_them_the_problems_are_one_problem_each()
    {
        // published24 x06's form (1．监督执纪存在宽松软现象。主要问题有：（1）……；（2）……；（3）……。 beside items with no
        // sub-items), in words of our own: the sub-items are the problems, the headline sums them up.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            校党委第二巡察组向机电工程学院党委反馈巡察情况
            一、巡察发现的主要问题
            （一）全面从严治党方面
            1．日常监督存在宽松软现象。主要问题有：（1）学院纪检委员未按规定参加学院党政联席会议；（2）对实验室设备采购验收监督不到位；（3）对教师在外兼职情况底数不清。
            2．科研经费管理不规范，存在以虚列劳务费方式套取经费的风险。
            3．学生奖助学金评定不够公开，2024年评定结果未在学院网站公示。
            二、意见建议
            （一）要压实全面从严治党责任，加强对重点环节的监督。
            """));
        Assert.Equal(5, issues.Length);
        Assert.Contains("纪检委员未按规定参加", issues[0].Text, StringComparison.Ordinal);
        Assert.Contains("设备采购验收监督不到位", issues[1].Text, StringComparison.Ordinal);
        Assert.Contains("在外兼职情况底数不清", issues[2].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(issues, i => i.Text.Contains("宽松软", StringComparison.Ordinal));
    }

    [Fact]
    public void Paragraphs_headed_by_their_areas_name_raise_each_failing_they_open_on()
    {
        // published26 x03's form (a county portal's news: ……也指出了该镇在以下几个方面存在的问题。 then paragraphs opening 全面从严治党
        // 方面。A……。B……，……。), in words of our own: each sentence that opens on a failing is one problem, its figures evidence.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第三巡察组向柘塘镇党委反馈巡察情况
            5月12日，县委第三巡察组向柘塘镇党委反馈巡察情况。巡察组认为，镇党委在乡村旅游发展方面取得了一定成效。同时，巡察组也指出了该镇在以下几个方面存在的问题。
            贯彻落实上级决策部署方面。镇党委对乡村旅游后续发展谋划不够长远，配套设施建设滞后。河长制落实不到位，巡察组随机走访5个村，发现2处河道垃圾长期未清理。
            全面从严治党方面。公务接待管理不严格，仍然存在无公函接待的情况。村级财务审核把关不到位，2024年有9笔村级支出凭证不全即予报销。
            巡察整改方面。对上轮巡察指出的集体资产管理问题整改仍然不彻底，部分村集体山林承包合同到期后长期未续签。
            巡察组要求，镇党委要切实扛起整改主体责任。
            """));
        Assert.Equal(5, issues.Length);
        Assert.StartsWith("河长制落实不到位", issues[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("村级财务审核把关不到位", issues[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_whose_first_item_joins_two_words_of_its_subject_is_still_one_failing_an_item()
    {
        // published26 x07's form (存在把方向、管大局作用发挥不充分、“三重一大”决策制度执行不严格、……等问题), in words of our own.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第一巡察组向县交通投资集团党委反馈巡察情况
            6月3日，县委第一巡察组向县交通投资集团党委反馈巡察情况。巡察组指出，集团党委存在把方向、管大局作用发挥不充分、“三重一大”决策制度执行不严格、工程项目招投标管理不规范、国有资产出租底数不清等问题。
            巡察组要求，集团党委要认真抓好整改。
            """));
        Assert.Equal(4, issues.Length);
        Assert.StartsWith("把方向、管大局作用发挥不充分", issues[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rounds_news_telling_each_units_findings_in_clauses_raises_each_clause()
    {
        // published26 x05's form (one round's news: 县委第一巡察组向A反馈指出，……有差距，……；……不严格，……。 a paragraph a unit),
        // in words of our own.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            十五届县委第八轮巡察集中反馈巡察情况
            9月2日，县委第八轮巡察3个巡察组分别向县水利局党组、县商务局党组、县图书馆党支部反馈巡察情况。
            县委第一巡察组向县水利局党组反馈指出，该局党组落实河湖长制有差距，部分河段巡河记录缺失；小型水库安全管理不到位，3座水库未落实专职巡查人员。
            县委第二巡察组反馈指出，县商务局党组对电商扶持资金监管不严，个别企业重复申领补贴；招商引资项目跟踪服务不到位。
            县委第三巡察组指出，县图书馆党支部落实意识形态工作责任制不够有力；图书采购管理不规范，部分图书未经比价即采购。
            反馈会要求，各被巡察党组织要切实担负起整改主体责任。
            """));
        Assert.Equal(6, issues.Length);
        Assert.StartsWith("小型水库安全管理不到位", issues[1].Text, StringComparison.Ordinal);
        Assert.Contains("招商引资项目跟踪服务不到位", issues[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Inline_items_after_their_subject_that_name_their_area_raise_each_headline_failing()
    {
        // published26 x02's form (巡察也发现，该局党组一是在……方面，A，figures；二是在……方面，B，C；三是D，……), in words of our own:
        // an area's item with two headline failings is two problems; one with a failing and its figures is one.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第四巡察组向县林业局党组反馈巡察情况
            巡察组指出，局党组在国土绿化方面做了大量工作。巡察也发现，该局党组一是在贯彻落实林长制方面，统筹推进森林防火力度不够，2024年有2个乡镇未完成防火通道建设；二是在履行全面从严治党责任方面，党组书记“第一责任人”作用发挥不充分，对下属林场的监督管理偏松；三是生态护林员管理不规范，存在长期不在岗的情况。
            巡察组要求，局党组要切实抓好整改。
            """));
        Assert.Equal(4, issues.Length);
        Assert.StartsWith("对下属林场的监督管理偏松", issues[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_after_a_lists_semicolon_that_says_it_persists_is_one_more_problem()
    {
        // published26 x07's form (存在A、B、C等问题；D的现象仍然存在。), in words of our own: the clause after the list's ； states
        // a failing of its own; the 存在 closing it opens no list.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第二巡察组向县文旅集团党委反馈巡察情况
            9月3日，县委第二巡察组向县文化旅游投资集团有限公司党委反馈巡察情况。
            巡察组指出，集团党委存在落实意识形态工作责任制不到位、景区门票收入管理不规范、工程项目变更审批不严等问题；下属酒店公司超标准列支招待费的现象仍然存在。
            巡察组要求，集团党委要认真抓好整改。
            """));
        Assert.Equal(4, issues.Length);
        Assert.StartsWith("下属酒店公司超标准列支招待费", issues[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Bracketed_items_run_together_after_a_stop_inside_a_quoted_speech_are_each_a_problem()
    {
        // published18 w08's form (……归纳起来有四个方面。（一）A，比如，……。（二）B，具体表现为，……), in words of our own: the
        // 存在 inside an item (……存在薄弱环节) is that item's failing, not a list over the rest.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            区委第二巡察组反馈巡察区医疗保障局党组情况
            8月12日，区委第二巡察组向区医疗保障局党组反馈巡察情况。
            会上，巡察组组长指出：“巡察组也看到局党组在履行监管职责方面还有差距，归纳起来有四个方面。（一）医保基金监管存在薄弱环节，比如，对定点药店的飞行检查全年只开展1次，3家药店串换药品未被发现。（二）异地就医结算服务不够便捷，具体表现为，线上备案办理平均需要5个工作日。（三）医疗救助政策落实不够精准，比如，有4名已脱贫人员仍按原标准享受救助。（四）干部队伍建设存在短板，具体表现为，近三年没有开展过专业培训。”
            区委巡察办负责同志就抓好整改提出要求。
            """));
        Assert.Equal(4, issues.Length);
        Assert.StartsWith("医保基金监管存在薄弱环节", issues[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("干部队伍建设存在短板", issues[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_problem_list_copied_from_a_spreadsheet_raises_each_numbered_failing_of_its_quoted_multiline_cells()
    {
        // published28 x06's form, in words of our own: Excel's copy of a 问题清单 (tabs between cells; a cell holding line breaks
        // in double quotes, a quote inside it doubled); the 整改意见 column asks, it raises nothing.
        var text = string.Join("\r\n",
            "县委第三巡察组反馈问题清单",
            "被巡察党组织：县粮食储备有限公司党支部",
            "序号\t问题类别\t问题表现\t整改意见\t备注",
            "1\t党的领导\t\"（1）落实粮食安全党政同责不到位，支部会议两年仅研究储备工作1次\n（2）重大事项决策程序不规范，1笔420万元的仓储改造未经支部会议研究\"\t\"（1）每季度研究储备工作\n（2）修订决策事项清单\"\t",
            "2\t全面从严治党\t\"（1）轮换出库监管不严，2批次轮换粮未按规定公开竞价\n（2）违规发放补贴，以\"\"高温补助\"\"名义向职工发放0.9万元\n（3）仓储费用报销审核把关不严\"\t\"（1）开展轮换出库专项检查\n（2）清退违规发放款项\"\t已移交线索1件",
            "填表人：县委第三巡察组\t\t审核：县委巡察办");
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", text));
        Assert.Equal(5, issues.Length);
        Assert.StartsWith("落实粮食安全党政同责不到位", issues[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("轮换出库监管不严", issues[2].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(issues, i => i.Text.Contains("修订决策事项清单", StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_row_whose_cell_heads_numbered_failings_raises_each_of_them()
    {
        // published28 x02's form, in words of our own: a tab-separated 反馈问题清单 whose row holds a headline and 1．……；2．……
        // (each numbered failing a problem); the rows with a blank category cell stand under the one above.
        var text = string.Join("\n",
            "县委第一巡察组巡察县交通运输局党组反馈问题清单",
            "序号\t问题类别\t具体问题\t整改要求",
            "1\t贯彻落实上级决策部署\t农村公路养护责任落实不到位，2024年有31公里县道未按计划完成养护\t年底前完成养护任务",
            "2\t\t客运站改造项目推进迟缓，主体工程至今未开工\t按月调度项目进度",
            "3\t全面从严治党\t执行中央八项规定精神不严格。1．公务用车管理不规范，有1辆执法车节假日未入库停放；2．公务接待无公函接待5批次\t完善公务用车和接待制度",
            "4\t\t工程款支付审核不严，2个项目超进度拨付工程款\t开展工程款支付专项检查");
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", text));
        Assert.Equal(5, issues.Length);
        Assert.StartsWith("公务用车管理不规范", issues[2].Text, StringComparison.Ordinal);
        Assert.StartsWith("公务接待无公函接待5批次", issues[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_pasted_one_cell_a_line_with_wrapped_cells_raises_one_problem_a_numbered_record()
    {
        // published28 x09's form, in words of our own: a PDF's 问题清单 copied one cell a line, each cell wrapped at its column's
        // width, a merged category cell written only on its group's first record, the header repeated after a page break and
        // the signature after the last record.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第二巡察组关于巡察县住房和城乡建设局党组的反馈意见
            巡察发现，局党组存在4个问题（详见附表）。
            附表
            巡察反馈问题清单
            序号
            问题类别
            问题表现
            整改要求
            1
            履行职能
            责任
            城镇老旧小区改造推进
            缓慢，年度计划的12个
            小区仅完工5个
            倒排工期，年底前
            完成改造任务
            2
            建筑施工安全监管不到
            位，3个在建工地未按
            规定设置防护设施
            开展在建工地安全
            专项检查
            问题类别
            问题表现
            整改要求
            3
            全面从严
            治党
            工程招投标管理不规范
            ，2个项目存在围标串
            标嫌疑未移交处理
            建立招投标监督
            台账
            4
            物业专项维修资金使用
            审核不严，有3笔资金
            未经业主表决即支出
            全面清查维修资金
            使用情况
            中共县委第二巡察组
            2025年6月12日
            """));
        Assert.Equal(4, issues.Length);
        Assert.StartsWith("城镇老旧小区改造推进", issues[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("物业专项维修资金使用", issues[3].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(issues, i => i.Text.Contains("全面清查维修资金", StringComparison.Ordinal) || i.Text.Contains("中共县委", StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_pasted_one_row_a_line_with_single_spaces_between_cells_raises_one_problem_a_row()
    {
        // published28 x05's form, in words of our own: a news item's 问题清单 copied from a PDF viewer, one row a line, its cells
        // set apart by single spaces; the prose before it restates some problems in other words.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第三巡察组向县民政局党组反馈巡察情况
            8月14日，县委第三巡察组向县民政局党组反馈巡察情况。反馈指出，局党组仍存在养老服务监管偏松、救助资金发放不够精准等问题。巡察组移交了问题清单，具体如下：
            序号 问题领域 问题具体表现 整改责任主体
            1 民生保障 养老机构安全监管不到位，2家敬老院消防设施长期损坏未修复 局党组
            2 民生保障 低保动态管理不精准，抽查发现5户家庭收入超标仍享受低保 局党组、各乡镇
            3 党的建设 机关党支部组织生活不规范，主题党日多次与业务会合并召开 机关党支部
            局党组书记表示，将不折不扣抓好整改。
            """));
        Assert.Equal(3, issues.Length);
        Assert.StartsWith("养老机构安全监管不到位", issues[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(issues, i => i.Text.Contains("局党组、各乡镇", StringComparison.Ordinal));
    }

    [Fact]
    public void A_public_account_articles_numbered_cards_under_marked_areas_raise_one_problem_a_card()
    {
        // published28 x04's form, in words of our own: ▍ area marks with a count, each problem a card (NO.01) over its
        // headline and an evidence line, the list announced by 👇; the 📌 part after the last area asks, it raises nothing.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            巡察反馈丨市委第二巡察组向市体育局党组反馈问题清单
            7月2日，市委第二巡察组向市体育局党组反馈巡察情况。现将问题清单摘要发布如下👇
            ▍党的领导方面（2个）
            NO.01
            全民健身设施建设推进迟缓
            全市计划新建的15个社区健身中心仅建成6个。
            NO.02
            体育赛事审批把关不严
            2场商业赛事未经安全评估即予备案。
            ▍全面从严治党方面（2个）
            NO.03
            体育场馆经营收入管理混乱
            场馆租金有14.6万元长期未纳入单位账户。
            NO.04
            训练经费报销审核不严
            3笔外出集训费用没有审批单。
            📌整改要求
            ▪ 局党组要落实整改主体责任，逐条制定整改措施。
            ▪ 要在反馈之日起3个月内报送整改情况报告。
            """));
        Assert.Equal(4, issues.Length);
        Assert.StartsWith("全民健身设施建设推进迟缓", issues[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("训练经费报销审核不严", issues[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sub_bullet_that_gives_an_example_is_evidence_of_the_bullet_above()
    {
        // published28 x07's form, in words of our own: a speech's list copied from a web page (• bullets, ◦ sub-bullets); the
        // ◦ 比如/再如 lines are the examples of the failing above them.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县委第三巡察组巡察县人力资源和社会保障局党组情况反馈会上的讲话
            同志们：
            巡察组坚持问题导向，发现了一些需要高度重视的问题，主要有：
            • 就业补贴审核把关不严。
                ◦ 比如，有4家企业在员工离职后仍领取岗位补贴，合计2.3万元；
                ◦ 再如，2名人员重复领取一次性创业补贴。
            • 劳动保障监察执法偏软，欠薪投诉平均办结时间超过50天。
            • 技能培训机构监管不到位，2家定点机构培训签到记录存在代签。
            这些问题，局党组要逐条认领、逐项整改。
            """));
        Assert.Equal(3, issues.Length);
        Assert.DoesNotContain(issues, i => i.Text.StartsWith("比如", StringComparison.Ordinal) || i.Text.StartsWith("再如", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rounds_table_keyed_by_unit_with_cells_broken_over_lines_raises_each_numbered_failing()
    {
        // published28 x08's form, in words of our own: a portal's table of one round's feedback to several units pasted with
        // tabs, each unit's 主要问题 cell 1．……2．…… broken over lines, a count column and a 合计 row that are no problems.
        var text = string.Join("\n",
            "十五届县委第七轮巡察集中反馈情况",
            "7月8日至9日，县委第七轮巡察的2个巡察组分别向县审计局党组、县图书馆党支部反馈巡察情况。现将各单位反馈的主要问题摘录如下：",
            "被巡察党组织\t反馈时间\t主要问题\t反馈问题总数（个）",
            "县审计局党组\t7月8日\t1．审计整改跟踪督促不力，上年度审计发现问题整改率不足六成",
            "2．审计项目质量控制不严，3份审计报告未经复核即出具\t7",
            "县图书馆党支部\t7月9日\t1．图书采购程序不规范，2批次图书未经比价即采购",
            "2．阅览室开放时间不足，周末闭馆现象时有发生",
            "3．党支部组织生活不严肃，主题党日以业务会代替\t5",
            "合计\t—\t—\t12",
            "县委巡察办要求，各被巡察党组织要认真抓好整改。");
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", text));
        Assert.Equal(5, issues.Length);
        Assert.StartsWith("审计整改跟踪督促不力", issues[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("党支部组织生活不严肃", issues[4].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_colon_deep_in_a_news_sentence_labels_the_headline_sentences_after_it_one_problem_each()
    {
        // published30 x01's form, in words of our own: a 巡视 news paragraph praises, then 集中表现为： and sentences that each
        // open on a failing of their own with their evidence after a comma.
        var text = string.Join("\n",
            "省委第二巡视组向蘅阳市委反馈巡视情况",
            "　　7月10日，省委第二巡视组向蘅阳市委反馈巡视情况。",
            "　　组长在反馈时指出，蘅阳市委在县域经济发展等方面做了大量工作。同时，巡视中也看到一些突出问题，集中表现为：落实生态保护要求有偏差，个别县在保护区内审批采石项目。化解政府债务风险不够有力，部分隐性债务化解任务未按期完成。执行中央八项规定精神不够严格，隐形变异的吃喝问题仍有发生。对上轮巡视整改不到位，2项任务至今未能销号。",
            "　　对巡视中发现的问题线索，已按有关规定转交省纪委监委。",
            "　　组长要求，市委要认真抓好整改。");
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", text));
        Assert.Equal(4, issues.Length);
        Assert.StartsWith("落实生态保护要求有偏差", issues[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("对上轮巡视整改不到位", issues[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bulleted_line_that_names_its_area_and_lists_failings_by_semicolons_raises_each()
    {
        // published30 x03's form, in words of our own: under ▌巡察发现的主要问题, ▶ lines of 某某方面： with ；-clauses, each
        // opening on a failing.
        var text = string.Join("\n",
            "集团党委第一巡察组向薳源物流公司党委反馈巡察情况",
            "▌巡察发现的主要问题",
            "反馈指出，公司党委在拓展业务等方面取得了较好成效，但还存在以下问题：",
            "▶ 党的领导方面：“三重一大”决策制度执行不严，2项合同先签订后上会；落实集团压减层级部署迟缓，1户参股企业未清理退出。",
            "▶ 经营管理方面：应收账款管理薄弱，逾期账款较上年增长三成。",
            "▶ 全面从严治党方面：公司纪委对采购监督缺位，评标专家由业务部门自行抽取；公务用车使用登记不全，节假日去向不明。",
            "▌整改要求",
            "公司党委要认真抓好整改。");
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", text));
        Assert.Equal(5, issues.Length);
        Assert.StartsWith("落实集团压减层级部署迟缓", issues[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("公务用车使用登记不全", issues[4].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspection_and_audit_findings_with_a_joint_one_and_an_item_read_half_as_a_result_are_all_raised()
    {
        // published30 x08's form, in words of our own: a 巡审联动 news item: the audit's （1）（2）（3） (one reads to the classifier
        // partly as a result: 违规……出借资金……逾期未收回), then 巡察组和审计组还共同指出，…….
        var text = string.Join("\n",
            "市委第二巡察组与市审计局联合向市交通投资集团党委反馈巡察和审计情况",
            "　　9月20日，市委第二巡察组与市审计局联合向市交通投资集团党委反馈巡察和审计情况。",
            "　　巡察组指出，集团党委存在“三重一大”决策机制执行不规范、选人用人把关不严等问题。",
            "　　审计发现的主要问题有：（1）部分工程结算审核不严，多计工程款120万元；（2）违规向民营企业出借资金800万元，逾期未收回；（3）下属公司广告收入未及时入账。",
            "　　巡察组和审计组还共同指出，集团对三级子公司管控薄弱，财务负责人委派制度形同虚设。",
            "　　集团党委表示，将认真抓好整改。");
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", text));
        Assert.Contains(issues, i => i.Text.Contains("出借资金800万元", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Text.Contains("集团对三级子公司管控薄弱", StringComparison.Ordinal));
    }

    [Fact]
    public void A_finding_told_after_the_last_inline_item_is_one_more_problem()
    {
        // published30 x09's form, in words of our own: 一是……；二是……；三是……。此外，巡视还发现，…… in one paragraph.
        var text = string.Join("\n",
            "省委第三巡视组向省交通运输厅党组反馈巡视情况",
            "　　8月12日，省委第三巡视组向省交通运输厅党组反馈巡视情况。",
            "　　巡视组指出，厅党组在交通基础设施建设等方面做了大量工作。巡视也查找出一些问题：一是贯彻落实省委关于交通强省的部署不够有力，部分项目推进迟缓；二是重大项目建设管理存在薄弱环节，设计变更审批随意；三是落实全面从严治党主体责任有差距，对厅属单位监督偏宽偏软。此外，巡视还发现，厅党组对上轮巡视反馈的养护资金问题整改不彻底。",
            "　　巡视组要求，厅党组要认真抓好整改。");
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", text));
        Assert.Equal(4, issues.Length);
        Assert.StartsWith("厅党组对上轮巡视反馈的养护资金问题整改不彻底", issues[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_speeches_line_announcing_how_the_problems_will_be_told_raises_none()
    {
        // dev102 p07's form (但是，问题也不少，我分三块说。 before 从执法监管看，一是……), in words of our own.
        var text = string.Join("\n",
            "在蕙塘水利站巡察情况反馈会上的讲话",
            "同志们：",
            "受局党组委托，我代表巡察组向水利站反馈巡察情况。站里人少事多，大家都很辛苦。",
            "不过，问题也不少，我分两块说。",
            "从工程管理看，一是小型水库巡查记录不全，汛期有11天无记录；二是维修工程未经比价直接委托。",
            "从队伍建设看，一是站里2名党员的组织生活和乡机关混在一起；二是值班人员上班时间打牌。",
            "下面提几点要求。一要认真对待；二要严肃处理打牌的人。",
            "就讲这些。");
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", text));
        Assert.Equal(4, issues.Length);
        Assert.DoesNotContain(issues, i => i.Text.Contains("分两块说", StringComparison.Ordinal));
    }

    [Fact]
    public void A_scanned_speech_whose_first_item_reads_as_a_dash_after_a_verdict_raises_every_item_and_no_praise()
    {
        // published32 x02's form (OCR: 但对照区委要求，巡察也发现了……问题。—是……二是…… after 总的看，班子比较团结，……有序推进。), in words
        // of our own: the dash is the scan's 一, 对照……要求 measures the unit against a demand and asks nothing, the verdict praises.
        var text = string.Join("\n",
            "在县委第二巡察组巡察县水务局党组情况反馈会上的讲话",
            "同志们：",
            "下面，我代表县委巡察工作领导小组讲三点意见。",
            "一、正确看待巡察发现的问题",
            "这次巡察历时四十天。总的看，局党组班子比较团结，农村供水，河道治理等工作有序推进。",
            "但对照县委要求，巡察也发现了一些问题。—是贯彻新发展理念有偏差，部分供水工程建成后闲置。二是主体责任落实层层递减，局党组全年仅一次研究全面从严治党工作。",
            "三是工程建设领域风险突出，有的项目先施工后补办招标手续。四是上轮巡察整改不到位。",
            "二、以严的标准抓好整改",
            "一要把责任扛在肩上。二要把台账建在实处。");
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", text));
        Assert.Equal(4, issues.Length);
        Assert.StartsWith("贯彻新发展理念有偏差", issues[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_copied_articles_picture_placeholder_inside_a_list_does_not_break_it()
    {
        // published32 x04's form (……；二是……；  [图片]  三是……，四是……；五是……。), in words of our own.
        var text = string.Join("\n",
            "县委第一巡察组向县人社局党组反馈巡察情况",
            "点击上方蓝字关注我们",
            "[图片]",
            "▲反馈会现场",
            "4月16日，县委第一巡察组向县人社局党组反馈巡察情况。",
            "巡察组指出，局党组能够贯彻落实就业优先政策，但巡察也发现一些问题：一是落实就业补贴监管责任不够有力，2家培训机构虚报培训人数未被发现；二是社保经办服务存在短板，部分窗口人员业务不熟；",
            "[图片]",
            "三是党组主体责任落实不到位，对重点岗位人员廉政提醒缺乏针对性，四是内控管理不够严格，待遇审核“一人办结”现象仍然存在；五是上轮审计指出的问题整改不彻底。",
            "巡察组强调，被巡察单位要把巡察整改作为重大政治任务。");
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", text));
        Assert.Equal(5, issues.Length);
        Assert.StartsWith("内控管理不够严格", issues[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_opening_with_the_groups_suggestions_label_holds_requirements_not_problems()
    {
        // published38 x01's form, in words of our own: after the problems, one paragraph 巡察组的意见建议：一是……四是…… — its
        // items are what the unit should do, not failings found.
        var result = fixture.Analyze("""
            县委第二巡察组关于巡察县水务局党组的反馈意见
            一、落实党中央决策部署和上级要求方面
            （一）农村供水保障工程推进迟缓。2024年计划实施的9处集中供水工程，截至巡察进驻仍有4处未开工。
            （二）河湖长制落实不到位。部分河段巡河记录由他人代签，2处乱堆乱放问题长期未清理。
            二、落实全面从严治党战略部署方面
            （一）工程建设领域廉政风险防控薄弱。3个项目的监理日志由施工方代写，设计变更未经集体研究。
            巡察组的意见建议：一是提高政治站位，把供水保障作为民生实事抓紧抓实；二是压紧压实管党治党责任，加强工程建设领域监督；三是建立整改台账，逐项对账销号。
            县委第二巡察组
            2025年6月5日
            """, """
            县水务局党组关于巡察整改情况的报告
            一、关于农村供水保障工程推进迟缓的问题
            4处工程已全部开工，2处已通水。已完成。
            县水务局党组
            2025年9月1日
            """);
        Assert.Equal(["农村供水保障工程推进迟缓", "河湖长制落实不到位", "工程建设领域廉政风险防控薄弱"], result.Issues.Select(i => i.Text[..i.Text.IndexOf('。', StringComparison.Ordinal)]));
    }

    [Fact]
    public void A_news_items_area_paragraph_of_semicolon_clauses_states_one_problem_a_clause_its_instances_kept_as_evidence()
    {
        // published38 x02's form, in words of our own: a portal item whose areas run their failings on in one sentence each
        // (在……方面，A……；B不严；有的……；C……。). Each clause is one problem; a clause giving an instance of the one before it
        // (有的……) is its evidence; 反馈要求 and the secretary's 表态 are none.
        var result = fixture.Analyze("""
            市委第一巡察组向市林业局党组反馈巡察情况
            10月9日，市委第一巡察组向市林业局党组反馈巡察情况。巡察组组长通报了巡察发现的问题，并代表巡察组反馈了巡察情况。
            反馈指出，市林业局党组能够围绕林长制改革开展工作，国土绿化任务推进有序。巡察也发现了一些问题。
            在落实党中央决策部署和上级要求方面，林长制责任落实层层递减，村级林长巡林记录多为补记；森林防火设施维护滞后，8处瞭望塔无人值守。
            在落实全面从严治党战略部署方面，主体责任传导不到位，班子成员廉政谈话流于形式；生态修复项目验收把关不严；有的项目未完工即拨付全部资金；公务接待审批不严格，接待清单与实际不符。
            在落实新时代党的组织路线方面，干部队伍结构不优，年轻干部储备不足；基层支部组织生活不经常，三会一课记录雷同。
            反馈要求，市林业局党组要坚持问题导向，逐条制定整改措施，明确责任领导和完成时限。
            市林业局党组书记表示，完全认同巡察组反馈的意见，将照单全收、立行立改。
            """, """
            市林业局党组关于巡察整改情况的报告
            一、关于林长制责任落实层层递减的问题
            修订林长巡林制度，逐村核查巡林记录。已完成。
            市林业局党组
            2026年1月5日
            """);
        Assert.Equal(
            ["林长制责任落实层层递减", "森林防火设施维护滞后", "主体责任传导不到位", "生态修复项目验收把关不严", "公务接待审批不严格", "干部队伍结构不优", "基层支部组织生活不经常"],
            result.Issues.Select(i => i.Text.Split('，', '；', '。')[0]));
        Assert.Contains("有的项目未完工即拨付全部资金", result.Issues[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_inline_item_that_runs_failings_on_by_semicolons_states_one_problem_a_clause()
    {
        // published40 x02's form, in words of our own: a news item's 一是……五是 each open on the area's verdict; an item that
        // goes on by ；to another failing (一是A有差距，B……；C不够健全，……。) raises two, one that gives an instance (有的……) one.
        var result = fixture.Analyze("""
            县委第三巡察组向县水利局党组反馈巡察情况
            12月2日，县委第三巡察组向县水利局党组反馈巡察情况。巡察组指出，县水利局党组在防汛抗旱、农村供水等方面取得了一定成效。巡察中也发现一些问题，主要是：一是落实上级决策部署有差距，小型水库除险加固进度滞后，3座水库汛前未完工；河湖“清四乱”整治不够彻底，部分河段反弹明显。二是廉洁风险防控不到位，工程计量审核把关不严；有的项目监理日志由施工方代写。三是基层党组织建设存在弱项，党支部主题党日流于形式。
            县委巡察办负责同志强调，县水利局党组要切实提高政治站位，逐条逐项制定整改措施。
            县水利局党组书记表示，诚恳接受、照单全收。
            """, """
            县水利局党组关于巡察整改情况的报告
            一、关于小型水库除险加固进度滞后的问题
            3座水库已全部完工。已完成。
            县水利局党组
            2026年3月1日
            """);
        Assert.Equal(4, result.Issues.Length);
        Assert.Contains("小型水库除险加固进度滞后", result.Issues[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("河湖“清四乱”整治不够彻底", result.Issues[1].Text, StringComparison.Ordinal);
        Assert.Contains("有的项目监理日志由施工方代写", result.Issues[2].Text, StringComparison.Ordinal);
        Assert.Contains("主题党日流于形式", result.Issues[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_of_problems_in_prose_before_a_part_that_lists_them_sums_them_up()
    {
        // published38 x08's form, in words of our own: 一、突出问题 sums up in one paragraph what 二、主要问题 lists by number; the
        // summary raises nothing of its own.
        var result = fixture.Analyze("""
            县委第二巡察组关于巡察县图书馆党支部的反馈意见
            县图书馆党支部：
            现将巡察情况反馈如下。
            一、巡察发现的突出问题
            巡察认为，图书馆近年来读者服务有所改善。但巡察发现，馆里存在一些问题，其中较为突出的是：资产管理混乱，采购程序不规范，党建工作弱化。具体表现在下文中一并反馈。
            二、巡察发现的主要问题
            1．固定资产管理混乱。清查后仍有电脑、投影仪等设备9台下落不明。
            2．图书采购程序不规范。2024年有3批图书未经比价直接向同一书商采购。
            3．党建工作弱化。支部全年只召开2次支委会，主题党日多次以业务会代替。
            三、意见建议
            （一）全面清查固定资产，确保账实相符。
            （二）规范图书采购程序。
            县委第二巡察组
            2025年7月15日
            """, """
            县图书馆党支部关于巡察整改情况的报告
            一、关于固定资产管理混乱的问题
            组织全面清查，9台设备已找回7台。
            县图书馆党支部
            2025年10月9日
            """);
        Assert.Equal(["固定资产管理混乱", "图书采购程序不规范", "党建工作弱化"], result.Issues.Select(i => i.Text[..i.Text.IndexOf('。', StringComparison.Ordinal)]));
    }

    [Fact]
    public void A_speech_that_moves_from_area_to_area_inside_a_paragraph_raises_a_problem_for_each_area()
    {
        // published36 x04's form (a speaker's paragraphs opened by 从……来看 / 就……而言, one of them going on to a second area
        // by 在……上, whose failing reads as one only to the classifier: 自由裁量把握不一), in words of our own.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在区委第二巡察组巡察区林业局党组情况反馈会上的讲话
            同志们：
            刚才，巡察组组长宣读了反馈意见，我完全同意。下面，我结合巡察情况再讲几点意见。
            从贯彻落实上级决策部署来看，林长制责任落实还有温差，有的乡镇林长全年没有开展过一次巡林。
            就党风廉政建设而言，局党组主体责任落实层层递减，个别班子成员一年没有听取过分管股室的廉政情况汇报。在行政许可审批上，林木采伐审批尺度宽严不一，同类申请办理时限相差一个多月。
            对于抓好整改，我再提两点要求。局党组要把巡察整改作为重大政治任务；班子成员要把分管领域的问题认领到位。
            """));
        Assert.Equal(3, issues.Length);
        Assert.StartsWith("局党组主体责任落实层层递减", issues[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("林木采伐审批尺度宽严不一", issues[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_that_names_its_area_and_then_who_judges_it_raises_the_failings_told_after()
    {
        // published46 x07's form (a news item's 谈到……，组长说得很直接。A……；B……；C……。), in words of our own.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第一巡察组向县水利局党组反馈巡察情况
            10月12日，县委第一巡察组向县水利局党组反馈巡察情况。
            组长在反馈时说，局党组近年来在农村饮水安全上下了功夫，群众用水条件有了明显改善。
            谈到工程建设管理，组长说得很直接。小型水库除险加固进度滞后，有两座水库的主体工程拖期半年以上；个别项目的验收资料事后补签，监理日志与施工记录对不上。
            县委巡察办负责同志要求，局党组要切实扛起整改主体责任，逐条抓好整改。
            """));
        Assert.Equal(2, issues.Length);
        Assert.StartsWith("小型水库除险加固进度滞后", issues[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("个别项目的验收资料事后补签", issues[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_speech_that_says_the_problems_it_saw_come_to_a_few_announces_the_paragraphs_after_it()
    {
        // published34 x06's form (我们看到的问题，归纳一下，有这么几条。 closing a paragraph, the problems a paragraph each after it
        // opened by 首先是 / 其次是 / 再一个是 / 最后是), in words of our own.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第四巡察组巡察县医疗保障局党组情况反馈会发言
            同志们，首先感谢局党组对巡察工作的支持。这几年医保局做了不少工作，成绩要肯定。
            但今天主要是来讲问题的。我们看到的问题，归纳一下，有这么几条。
            首先是基金监管有盲区。定点药店的日常检查大多只看台账，去年全年没有开展过一次飞行检查。
            其次是经办服务不便民。异地就医备案要跑两个窗口，群众反映强烈。
            再一个是干部队伍结构老化，四十岁以下的干部只有三名。
            最后是上轮巡察指出的问题整改不彻底，有两项至今没有销号。
            下面，我就抓好整改讲三点要求。第一，认识要到位。第二，责任要压实。第三，措施要管用。
            """));
        Assert.Equal(4, issues.Length);
        Assert.Contains("基金监管有盲区", issues[0].Text, StringComparison.Ordinal);
        Assert.Contains("干部队伍结构老化", issues[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_feedback_told_as_a_story_lists_the_failings_its_sentences_state()
    {
        // published46 x04's form (a portal's 侧记 of a round: what the inspectors saw, a failing a sentence among scenes, quotes
        // and the leader's requirements, no list or announcement), in words of our own: read alone, each sentence stating a
        // failing is a problem; the scenes, the praise, the pledge and the requirements are none.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            泥土里的“体检单”
            ——县委第三巡察组巡察芪岭乡侧记
            清晨，县委第三巡察组的同志来到芪岭乡的村口，和几位晒玉米的村民拉起了家常。
            按照县委统一部署，第三巡察组于今年9月对芪岭乡党委开展常规巡察。乡里这两年修通了三条产业路，群众都说好。
            在核对耕地地力保护补贴清册时，巡察组发现，有十多户的补贴面积沿用了五年前的数据，乡农业服务中心审核时没有到田间核实。
            在石门村，村务监督委员会一年的记录只有两页，村里修建的文化广场没有组织验收，验收单上监委会主任的签字是事后补签的。
            谈话中，一位年轻干部说，乡里会议排得满满当当，包村干部很少下村，一个月在村里待不上五天。
            10月28日，县委第三巡察组向芪岭乡党委反馈巡察情况，巡察组指出的问题都写进了反馈意见。乡党委书记表态：“巡察反馈的问题，我们一个一个改到位。”
            县委巡察办负责同志要求，乡党委要建立问题清单，整改情况要向群众公开。
            """));
        Assert.Equal(3, issues.Length);
        Assert.Contains("沿用了五年前的数据", issues[0].Text, StringComparison.Ordinal);
        Assert.Contains("事后补签", issues[1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(issues, i => i.Text.Contains("表态", StringComparison.Ordinal) || i.Text.Contains("要求", StringComparison.Ordinal));
    }

    [Fact]
    public void A_warning_of_what_may_come_and_leads_handed_on_after_a_frame_are_no_problems()
    {
        // published46 x07's and x03's forms (a news item's 但巡察组也看到，有些问题如果不及时解决，会让……打折扣。 after its praise,
        // and 巡察中，还收到反映……的问题线索，已按……移交), in words of our own.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            县委第四巡察组向县文化馆党支部反馈巡察情况
            11月3日，县委第四巡察组向县文化馆党支部反馈巡察情况。
            组长在反馈时说，文化馆近年来在群众文化活动上下了功夫，送戏下乡场次逐年增加。但巡察组也看到，有些问题如果不及时解决，会让这些成绩打折扣。
            巡察指出，文化馆党支部落实全面从严治党责任不到位；财务管理不规范，有3笔培训费没有经过集体研究；场馆免费开放时间执行不严格。
            巡察中，还收到反映个别干部的问题线索，已按有关规定移交县纪委监委处理。
            县委巡察办负责同志要求，文化馆党支部要切实抓好整改。
            """));
        Assert.Equal(3, issues.Length);
        Assert.DoesNotContain(issues, i => i.Text.Contains("如果", StringComparison.Ordinal) || i.Text.Contains("问题线索", StringComparison.Ordinal));
    }


    [Fact]
    public void A_speech_that_counts_its_matters_off_raises_each_and_its_turn_raises_none()
    {
        // published46 x08's form (a village meeting's speech: 可是，巡察组带回来的话，有几句我听了坐不住。 as the turn, a paragraph
        // a finding, then ……也有几件。一件是A。再一件是B。还有一件，C。), in words of our own.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            在县委第二巡察组巡察芡坪镇石桥村党支部情况反馈会上的讲话
            同志们、乡亲们：
            刚才，巡察组组长反馈了巡察情况。我代表县委巡察工作领导小组讲几句。
            石桥村这几年的变化大家都看得见，村道修通了，合作社也办起来了。
            可是，巡察组走村入户听到的话，有几句让人心里不是滋味。
            “村里修路的钱花到哪儿了，我们不清楚。”巡察组核查发现，村里两条道路的工程款没有公开明细，有一笔8万元的支出没有附合同。
            “低保评来评去，还是那几家。”巡察组核查了全村26户低保户，有3户是村干部的亲属，评议时没有召开村民代表会议。
            巡察组查出来的，还有几件。一件是村集体的鱼塘去年续包给了原承包人，租金还是八年前定的，也没有经过村民代表大会。再一件是村党支部“三会一课”记录有补写的痕迹。还有一件，上轮巡村指出的村干部坐班问题，值班室仍然经常锁着门。
            下面我提几点要求。村党支部要把整改扛起来，一条一条对，一件一件改。
            谢谢大家。
            """));
        Assert.Equal(5, issues.Length);
        Assert.DoesNotContain(issues, i => i.Text.Contains("不是滋味", StringComparison.Ordinal));
        Assert.StartsWith("一件是村集体的鱼塘", issues[2].Text, StringComparison.Ordinal);
        Assert.StartsWith("还有一件", issues[4].Text, StringComparison.Ordinal);
    }


    [Fact]
    public void A_story_under_scene_titles_lists_the_failings_told_under_them_not_the_titles()
    {
        // published46 x09's form (a WeChat story of a round under ◆ scene titles that name no failing, the failings told in the
        // sentences under them), in words of our own.
        var issues = fixture.Analyzer.Problems(fixture.Text("feedback.txt", """
            巡察组在县住建局的三十天
            原创　县委巡察办　2025年11月20日
            10月，县委第二巡察组对县住建局党组开展常规巡察。11月18日，县委第二巡察组向县住建局党组反馈巡察情况。
            ◆ 工地上的一块牌子
            巡察组来到城东安置房工地，施工许可公示牌上的日期早已过期。
            调阅资料发现，局里对在建项目的质量安全巡查流于形式，巡查记录多是照抄上月内容。
            ◆ 抽屉里的一摞申请
            巡察组在窗口看到，一摞公租房申请压在抽屉里。核查发现，公租房资格审核长期滞后，有21份申请超过三个月没有答复。
            ◆ 会议记录里的空白
            查阅近两年的党组会议记录，党风廉政建设只专题研究过一次，基层党支部“三会一课”记录有补写的痕迹。
            反馈会上，局党组书记表示照单全收。
            """));
        Assert.DoesNotContain(issues, i => i.Text.StartsWith("工地上的一块牌子", StringComparison.Ordinal) || i.Text.StartsWith("抽屉里的一摞申请", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Text.Contains("质量安全巡查流于形式", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Text.Contains("资格审核长期滞后", StringComparison.Ordinal));
    }

}
