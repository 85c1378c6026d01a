namespace RectifyNlp.Analysis.Tests;

/// <summary>Reports renumber, reorder, abbreviate and merge problems: the match is by content, never by number.</summary>
[Collection(AnalyzerGroup.Name)]
public sealed class MatchingTests(AnalyzerFixture fixture)
{
    [Fact]
    public void Reordered_renumbered_abbreviated_and_merged_headings_find_their_problems()
    {
        var result = fixture.Analyze(Documents.Feedback, """
            中共区农业农村局党组关于巡察整改情况的报告
            局党组成立巡察整改工作领导小组，党组书记任组长。
            （一）组织生活问题
            制定年度党课计划，重新召开专题组织生活会。已完成。
            （二）资金审核制度和违规补贴问题
            制定《涉农资金拨付审核办法》，违规发放的4.2万元已全部清退，对办公室主任给予诫勉谈话。
            （三）高标准农田问题
            实行周调度，已完成建设1.5万亩。
            中共区农业农村局党组
            2025年6月30日
            """);
        Assert.Equal(["I4"], Measure(result, "党课计划").IssueIds);
        Assert.Equal(["I1"], Measure(result, "周调度").IssueIds);
        Assert.Equal(["I2", "I3"], Measure(result, "审核办法").IssueIds.Order());
        Assert.Equal(4, result.AnsweredCount);
        Assert.All(result.Measures.Where(m => !m.DocumentLevel).SelectMany(m => m.Links), l => Assert.Contains("标题", l.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void A_measure_that_names_its_problem_in_a_bracketed_note_answers_that_one_whatever_its_words()
    {
        // dev13 p01's form: paragraphs under the unit's own themes, each closing with （对应反馈问题第N条；责任领导：……）.
        // The third measure's words (党员、支部) lean to problem 4; its note says 3.
        var result = fixture.Analyze(Documents.Feedback, """
            中共区农业农村局党组关于巡察整改情况的报告
            一、聚焦主责主业
            实行周调度，已完成建设1.5万亩。（对应反馈问题第1条；责任领导：副局长王某；完成时限：2025年9月底）
            违规发放的4.2万元已全部清退。（对应反馈问题第2条；责任领导：局长李某；完成时限：2025年5月底）
            二、加强制度建设
            机关党支部会同财务室制定《涉农资金拨付审核办法》，由支部纪检委员对党员干部经手的拨付逐笔复核。（对应反馈问题第3条；责任领导：局长李某；完成时限：2025年6月底）
            制定年度党课计划，重新召开专题组织生活会。（对应反馈问题第4条；责任领导：党组书记张某；完成时限：2025年6月底）
            中共区农业农村局党组
            2025年6月30日
            """);
        Assert.Equal(["I3"], Measure(result, "涉农资金拨付审核办法").IssueIds);
        Assert.Equal(["I4"], Measure(result, "年度党课计划").IssueIds);
        Assert.Equal(4, result.AnsweredCount);
    }

    [Fact]
    public void A_heading_naming_a_group_of_the_feedback_by_name_counts_its_numbers_within_that_group()
    {
        // dev16 p05's form (the feedback's problems in 一、共性问题 and 二、个性问题, numbered anew in each; the report answers
        // 关于个性问题第N项 in another order), in words of our own: 第2项 of the 个性 group is not the feedback's second problem.
        var result = fixture.Analyze("""
            县委第二巡察组关于巡察石坳镇卫生院党支部的反馈意见
            一、共性问题
            1.药品耗材采购未执行集中采购规定，2024年自行采购金额达16万元。
            2.医保基金使用监管不严，存在重复收费情况。
            二、个性问题
            1.发展党员程序不规范，1名发展对象政治审查材料缺失。
            2.院内公务车辆管理松散，节假日私用3次。
            三、整改要求
            卫生院党支部要在三个月内报送整改情况报告。
            县委第二巡察组
            2025年4月2日
            """, """
            石坳镇卫生院党支部关于巡察反馈意见整改情况的报告
            一、关于个性问题第2项（公务车辆管理）的整改情况
            为车辆加装定位终端，节假日车辆一律封存停放，私用车辆的当事人已退缴油费并作书面检查。
            二、关于共性问题第1项（药品耗材采购）的整改情况
            自2025年5月起药品耗材全部通过省集中采购平台采购。
            三、关于共性问题第2项（医保基金监管）的整改情况
            对重复收费逐笔清退，建立医保费用每月自查制度。
            四、关于个性问题第1项（发展党员）的整改情况
            补齐政治审查材料，支部委员会重新审查发展对象的全部材料。
            石坳镇卫生院党支部
            2025年6月20日
            """);
        Assert.Equal(4, result.Issues.Length);
        Assert.Equal(["I4"], Measure(result, "定位终端").IssueIds);
        Assert.Equal(["I1"], Measure(result, "集中采购平台").IssueIds);
        Assert.Equal(["I3"], Measure(result, "政治审查材料").IssueIds);
        Assert.Contains("个性问题第2个", Measure(result, "定位终端").Links[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_numbered_sentence_that_runs_on_under_a_named_heading_is_a_measure_even_when_it_restates_the_problem()
    {
        // dev16 p05's form (a heading answering two problems, its numbered items sentences; one opens on the problem's own words
        // and runs on in the same line), in words of our own: that item is a measure, not a heading over what follows it.
        var result = fixture.Analyze("""
            县委第二巡察组关于巡察石坳镇卫生院党支部的反馈意见
            二、存在的主要问题
            1.药品耗材采购未执行集中采购规定，2024年自行采购金额达16万元。
            2.院内公务车辆管理松散，群众反映有医生节假日私用公车接送家属。
            3.发展党员程序不规范，1名发展对象政治审查材料缺失。
            4.职工食堂账目不公开，2024年结余资金去向不明。
            三、整改要求
            卫生院党支部要在三个月内报送整改情况报告。
            县委第二巡察组
            2025年4月2日
            """, """
            石坳镇卫生院党支部关于巡察反馈意见整改情况的报告
            一、关于药品耗材采购和公务车辆管理问题的整改情况
            1.自2025年5月起药品耗材全部通过省集中采购平台采购，自行采购的16万元逐笔补办审批。
            2.对群众反映的医生节假日私用公车问题进行调查核实，其中1人私用属实，已给予批评教育并退缴油费；另1人经核实系出诊用车。调查结果已在院务会上通报。
            3.车辆全部加装定位终端，节假日一律封存停放。
            二、关于发展党员程序不规范问题的整改情况
            补齐政治审查材料，支部委员会重新审查发展对象的全部材料。
            三、关于职工食堂账目不公开问题的整改情况
            食堂收支从2025年5月起每月在院务公开栏公示，2024年结余资金3.1万元已查明并入账。
            石坳镇卫生院党支部
            2025年6月20日
            """);
        var inquiry = Measure(result, "调查核实");
        Assert.StartsWith("2.对群众反映的医生节假日私用公车问题", inquiry.Text, StringComparison.Ordinal);
        Assert.Contains("I2", inquiry.IssueIds);
        Assert.Contains("I2", Measure(result, "定位终端").IssueIds);
        Assert.Equal(4, result.AnsweredCount);
    }

    private const string CircledFeedback = """
        县委第二巡察组关于巡察县动物疫病预防控制中心党支部的反馈意见
        一、巡察发现的主要问题
        （一）在履行职能职责方面。①强制免疫“先打后补”推进不力，2024年全县只有2个养殖场纳入试点；②疫病监测采样不规范，抽查采样记录有11份缺少养殖户签字。
        （二）在全面从严治党方面。①疫苗出入库管理混乱，冷库钥匙长期由1名职工个人保管；②执行中央八项规定精神有松懈，2023年有3次公务接待无公函。
        二、整改意见
        中心党支部要在三个月内报送整改情况报告。
        县委第二巡察组
        2025年3月4日
        """;

    [Fact]
    public void A_part_naming_its_problem_by_a_circled_number_within_an_area_answers_that_problem()
    {
        // dev50 p03's form (①② inside each area's paragraph, numbered anew; the report answers 针对第X方面第N项问题), in words
        // of our own: the answers' words do not give the problem away, the numbers do.
        var result = fixture.Analyze(CircledFeedback, """
            县动物疫病预防控制中心党支部关于巡察反馈意见整改情况的报告
            一、逐项整改情况
            （一）针对第二方面第①项问题，一是对全部库存逐支清点造册，二是实行双人双锁，三是每月盘点一次。（责任领导：副主任某；完成时限：2025年4月30日）
            （二）针对第一方面第①项问题，一是新增纳入试点的规模场14个，二是补助资金按季度拨付到场。（责任领导：主任某；完成时限：2025年5月31日）
            县动物疫病预防控制中心党支部
            2025年5月28日
            """);
        Assert.Equal(["I3"], Measure(result, "双人双锁").IssueIds);
        Assert.Equal(["I1"], Measure(result, "规模场14个").IssueIds);
    }

    [Fact]
    public void A_part_naming_its_problem_by_number_keeps_its_answer_with_the_number_however_the_answer_is_put()
    {
        // dev50 p03's form again: an answer that only repeats the feedback as demands (……高度重视，要求……) is still the part's
        // measure, read with the number it opens on, so what it fails to do can be judged.
        var result = fixture.Analyze(CircledFeedback, """
            县动物疫病预防控制中心党支部关于巡察反馈意见整改情况的报告
            一、逐项整改情况
            （一）针对第一方面第②项问题，中心党支部高度重视，要求疫病监测采样要规范，采样记录要有养殖户签字，确保监测工作规范有序。（责任领导：副主任某；完成时限：2025年4月30日）
            （二）针对第二方面第②项问题，一是3次无公函接待的费用已由经办人退回，二是修订《公务接待管理办法》。（责任领导：主任某；完成时限：2025年4月30日）
            县动物疫病预防控制中心党支部
            2025年5月28日
            """);
        var demand = Measure(result, "高度重视");
        Assert.Contains("针对第一方面第②项问题，中心党支部高度重视", demand.Text, StringComparison.Ordinal);
        Assert.Equal(["I2"], demand.IssueIds);
    }

    [Fact]
    public void A_secretarys_story_in_paragraphs_is_matched_by_content_though_one_paragraph_counts_一是_and_another_says_今后()
    {
        // dev52 p07's form (a first-person report in prose, no numbered parts; 一是……三是 only inside one paragraph of
        // self-criticism; a paragraph closing with 今后……), in words of our own.
        var result = fixture.Analyze(Documents.Feedback, """
            区农业农村局党组书记关于组织落实巡察整改情况的报告
            巡察反馈后，我作为第一责任人，把四个问题逐条抄在本子上，一项一项地抓。
            补贴的事，我们一分一厘地清。以“值班补助”名义发放的4.2万元已全部退回，对经办的办公室主任给予诫勉谈话。今后凡是发放补贴，一律经党组会研究。
            高标准农田建设上，我们抽调技术骨干3人驻点，新修机耕道4.5公里，已完成建设1.5万亩。
            资金审核上，局里制定了《涉农资金拨付审核办法》，实行科室初审、财务复核、分管领导审批三级审核。
            支部建设上，机关党支部落实“三会一课”，制定年度党课计划，重新召开专题组织生活会，认真开展批评与自我批评。
            在专题民主生活会上，我把问题的根子找在自己身上：一是对资金管理抓得不紧，二是对支部建设过问不多，三是对项目进度督促不够。
            区农业农村局党组书记
            2025年6月30日
            """);
        Assert.Contains("I2", Measure(result, "4.2万元已全部退回").IssueIds);
        Assert.Contains("I1", Measure(result, "机耕道").IssueIds);
        Assert.Contains("I3", Measure(result, "三级审核").IssueIds);
        Assert.Equal(4, result.AnsweredCount);
    }

    [Fact]
    public void A_report_by_the_feedbacks_requirements_has_its_measures_matched_by_what_they_say()
    {
        // dev52 p02's form (一、关于“……”要求的落实情况 for each of the feedback's requirements, the measures for one problem
        // spread over parts), in words of our own: a part's heading names a requirement, not a problem.
        var result = fixture.Analyze(Documents.Feedback, """
            区农业农村局党组关于落实巡察反馈整改要求情况的报告
            一、关于“对照问题逐项整改”要求的落实情况
            1.违规发放的4.2万元“值班补助”已全部清退，对经办的办公室主任给予诫勉谈话。
            2.高标准农田建设抽调技术骨干3人驻点，新修机耕道4.5公里，已完成建设1.5万亩。
            二、关于“建立长效机制”要求的落实情况
            1.制定《涉农资金拨付审核办法》，项目资金拨付实行科室初审、财务复核、分管领导审批三级审核。
            2.机关党支部制定“三会一课”年度计划，重新召开专题组织生活会，开展批评与自我批评。
            区农业农村局党组
            2025年6月30日
            """);
        Assert.Equal(["I2"], Measure(result, "4.2万元").IssueIds);
        Assert.Equal(["I1"], Measure(result, "机耕道").IssueIds);
        Assert.Equal(["I3"], Measure(result, "三级审核").IssueIds);
        Assert.Equal(["I4"], Measure(result, "三会一课").IssueIds);
    }

    [Fact]
    public void The_items_of_a_themes_paragraph_that_opens_on_one_problem_answer_that_problem()
    {
        // dev29 p02's form (a secretary's report under the unit's own themes, a paragraph a problem, 一是……二是…… inside),
        // in words of our own: the theme answers two problems, so its heading hands nothing down; each paragraph does.
        var result = fixture.Analyze(Documents.Feedback, """
            中共区农业农村局党组书记关于组织落实巡察整改情况的报告
            （一）在项目和资金管理上
            对高标准农田建设项目推进缓慢的问题，我带队到项目现场督导，一是抽调技术骨干3人驻点，二是新修机耕道4.5公里，三是对延误工期的施工方按合同扣减进度款2.3万元。
            补贴发放方面，一是违规发放的4.2万元已全部清退，二是对办公室主任给予诫勉谈话。
            （二）在制度建设上
            制定《涉农资金拨付审核办法》，实行三级审核。
            （三）在支部建设上
            制定年度党课计划，重新召开专题组织生活会。
            中共区农业农村局党组书记
            2025年6月30日
            """);
        Assert.Equal(["I1"], Measure(result, "抽调技术骨干").IssueIds);
        Assert.Equal(["I1"], Measure(result, "机耕道").IssueIds);
        Assert.Equal(["I1"], Measure(result, "扣减进度款").IssueIds);
        Assert.Equal(["I2"], Measure(result, "诫勉谈话").IssueIds);
    }

    [Fact]
    public void A_theme_part_left_over_answers_the_problem_left_over_it_is_nearest_though_its_words_are_few()
    {
        // dev48 p01's form, in words of our own: the unit's own theme headings in another order; the theme on a trip paid
        // as training shares too few words with its problem to stand among all the problems, but is nearest the ones left.
        var result = fixture.Analyze("""
            县委第四巡察组关于巡察县市场监督管理局党组的反馈意见
            2025年3月，县委第四巡察组对县市场监督管理局党组开展了常规巡察。
            一、巡察发现的主要问题
            1.食品安全监管执法偏软偏弱。2024年对校园周边食品摊贩的监督检查覆盖率仅为48%，发现问题后多以口头提醒代替立案查处。
            2.违反中央八项规定精神问题仍有发生。2024年6月，局机关以“业务培训”名义组织12人到邻县景区活动两天，费用1.6万元在培训费中列支。
            3.专项资金管理不规范。2024年下达的食品抽检专项资金26万元在局账户滞留5个月未拨付。
            4.党组管党治党主体责任落实不到位。党组每年专题研究党风廉政建设仅1次。
            5.基层党支部建设弱化。局属3个党支部中有2个超期未换届。
            6.干部选拔任用程序执行不严。2023年提拔的4名股级干部中有1人任前未公示。
            二、整改意见
            要逐项整改，三个月内报送整改情况报告。
            """, """
            中共县市场监督管理局党组关于巡察整改情况的报告
            一、整改工作开展情况
            局党组成立巡察整改工作领导小组，党组书记任组长，逐项明确责任领导和完成时限。
            二、反馈问题整改落实情况
            （一）压实管党治党责任
            制定《局党组落实全面从严治党主体责任清单》，党组每季度至少专题研究1次党风廉政建设。（责任领导：党组书记周某；完成时限：2025年5月底）
            （二）把住专项资金的“拨付关”
            滞留的26万元食品抽检专项资金已于4月全部拨付。制定《专项资金拨付管理规定》，资金到账后15个工作日内拨付。（责任领导：副局长吴某；完成时限：2025年4月底）
            （三）刹住借培训之名外出游玩的歪风
            局党组召开专题会议，深刻剖析以业务培训名义外出游玩的思想根源，组织干部职工观看警示教育片。修订《机关培训经费管理办法》，培训原则上在县内举办。（责任领导：党组书记周某；完成时限：2025年4月底）
            （四）让食品安全执法真正硬起来
            局党组深刻认识到，执法是守护群众舌尖安全的重要防线。下一步，我们将牢固树立依法行政理念，坚持严格规范公正文明执法，对各类违法违规行为始终保持高压态势。（责任领导：副局长郑某）
            （五）建强支部、选好干部
            2个超期未换届的党支部已于4月完成换届。对任前未公示的1名干部补充履行公示程序。（责任领导：党组书记周某；完成时限：2025年5月底）
            中共县市场监督管理局党组
            2025年6月20日
            """);
        Assert.Equal(["I2"], Measure(result, "外出游玩").IssueIds);
        Assert.Equal(["I3"], Measure(result, "食品抽检专项资金").IssueIds);
        Assert.Empty(Measure(result, "领导小组").IssueIds);
    }

    [Fact]
    public void A_paragraph_of_a_part_by_kind_of_task_answers_each_problem_its_sentences_take_up()
    {
        // dev42 p06's form (a report ordered by kind of task, not by problem): the rules made for several problems in one
        // paragraph of 建章立制, each sentence about another one. Each run of sentences is a measure of its own problem.
        var result = fixture.Analyze(Documents.Feedback, """
            中共区农业农村局党组关于巡察整改情况的报告
            一、加强组织领导
            局党组成立巡察整改工作领导小组，党组书记任组长，每月听取一次整改进展汇报。
            二、立行立改
            实行周调度，倒排工期，已完成高标准农田建设1.5万亩，其余0.5万亩正在施工。
            三、建章立制
            制定《涉农资金拨付审核办法》，项目资金拨付实行科室初审、财务复核、分管领导审批。制定《机关党支部“三会一课”执行细则》，每季度检查一次组织生活会记录，批评与自我批评情况逐人登记。（责任领导：党组书记张某；完成时限：2025年6月底）
            四、严肃追责问责
            违规发放的4.2万元值班补助已全部清退，对负有直接责任的办公室主任给予诫勉谈话。
            中共区农业农村局党组
            2025年6月30日
            """);
        var rule = Measure(result, "拨付审核办法");
        var lessons = Measure(result, "三会一课");
        Assert.NotSame(rule, lessons);
        Assert.Equal(["I3"], rule.IssueIds);
        Assert.Equal(["I4"], lessons.IssueIds);
        // The bracket closing the paragraph is said of both runs.
        Assert.All([rule, lessons], m => Assert.Equal("2025年6月底", m.Deadline));
        Assert.Equal(4, result.AnsweredCount);
    }

    [Theory]
    [InlineData("（二）关于第二、四个问题（违规补贴和组织生活）")]
    [InlineData("（二）关于第2、第4项反馈问题的整改")]
    [InlineData("（二）反馈的第二和第四个问题")]
    public void A_heading_that_names_two_problems_by_a_list_of_numbers_answers_both(string heading)
    {
        var result = fixture.Analyze(Documents.Feedback, $"""
            中共区农业农村局党组关于巡察整改情况的报告
            （一）关于高标准农田建设推进缓慢的问题
            实行周调度，已完成建设1.5万亩。（责任领导：副局长王某；完成时限：2025年9月底）
            {heading}
            违规发放的4.2万元已全部清退；重新召开专题组织生活会，制定年度党课计划。（责任领导：党组书记张某；完成时限：2025年6月底）
            （三）关于涉农资金管理制度缺失的问题
            制定《涉农资金拨付审核办法》，拨付实行三级审核。（责任领导：局长李某；完成时限：2025年6月底）
            中共区农业农村局党组
            2025年6月30日
            """);
        Assert.Equal(["I2", "I4"], Measure(result, "4.2万元已全部清退").IssueIds.Order());
        Assert.Equal(4, result.AnsweredCount);
    }

    [Fact]
    public void A_note_naming_the_problem_by_its_number_alone_links_the_rule_made_far_from_its_answer()
    {
        // dev18 p03's form: the rules made for several problems listed in a part of their own, each closing with
        // （针对反馈问题三） — a number in Chinese numerals, no 第.
        var result = fixture.Analyze(Documents.Feedback, """
            中共区农业农村局党组关于巡察整改情况的报告
            一、逐项整改情况
            实行周调度，已完成建设1.5万亩。违规发放的4.2万元已全部清退。
            二、建章立制情况
            （一）制定《涉农资金拨付审核办法》，拨付实行三级审核。（针对反馈问题三）
            （二）修订《机关党支部工作规则》，支部每月开展一次主题党日。（针对反馈问题4）
            中共区农业农村局党组
            2025年6月30日
            """);
        Assert.Equal(["I3"], Measure(result, "涉农资金拨付审核办法").IssueIds);
        Assert.Equal(["I4"], Measure(result, "机关党支部工作规则").IssueIds);
    }

    [Fact]
    public void A_problem_answered_in_passing_in_the_general_part_is_answered()
    {
        // Problem 4 has no heading of its own: the report answers it inside 一、整改工作开展情况, naming it.
        var result = fixture.Analyze(Documents.Feedback, """
            中共区农业农村局党组关于巡察整改情况的报告
            一、整改工作开展情况
            局党组成立巡察整改工作领导小组，党组书记任组长。针对机关党支部“三会一课”落实不到位问题，制定年度党课计划，重新召开专题组织生活会，已完成。
            二、反馈问题整改情况
            （一）关于高标准农田建设项目推进缓慢的问题
            实行周调度，已完成建设1.5万亩。
            （二）关于违规发放补贴的问题
            违规发放的4.2万元已全部清退，对办公室主任给予诫勉谈话。
            （三）关于涉农资金管理制度缺失的问题
            制定《涉农资金拨付审核办法》，实行三级审核。
            中共区农业农村局党组
            2025年6月30日
            """);
        Assert.Equal(["I4"], Measure(result, "年度党课计划").IssueIds);
        Assert.Equal(4, result.AnsweredCount);
        Assert.DoesNotContain(result.Gaps, g => g.Kind == "unanswered-issue");
    }

    [Fact]
    public void Labelled_blocks_in_brackets_or_after_marks_head_their_problems()
    {
        // 【存在问题】 under an area heading, and ■反馈问题一： blocks: each restates its problem, none is a measure.
        foreach (var report in new[]
        {
            """
            中共区农业农村局党组关于巡察整改情况的报告
            一、整改落实情况
            （一）项目建设方面
            【存在问题】高标准农田建设项目推进缓慢。
            【整改措施】实行周调度，已完成建设1.5万亩。
            【责任领导】分管副局长
            【完成时限】2025年9月底前
            （二）财务管理方面
            【存在问题】违规发放补贴。
            【整改措施】违规发放的4.2万元已全部清退，对办公室主任给予诫勉谈话。
            【责任领导】局长
            【完成时限】2025年5月底前，已完成
            中共区农业农村局党组
            2025年6月30日
            """,
            """
            中共区农业农村局党组关于巡察整改情况的报告
            一、整改落实情况
            ■反馈问题一：高标准农田建设项目推进缓慢。
            ■整改措施：实行周调度，已完成建设1.5万亩。
            ■责任领导：分管副局长
            ■完成时限：2025年9月底前
            ■反馈问题二：违规发放补贴。
            ■整改措施：违规发放的4.2万元已全部清退，对办公室主任给予诫勉谈话。
            ■责任领导：局长
            ■完成时限：2025年5月底前，已完成
            中共区农业农村局党组
            2025年6月30日
            """,
        })
        {
            var result = fixture.Analyze(Documents.Feedback, report);
            Assert.Equal(["I1"], Measure(result, "周调度").IssueIds);
            Assert.Equal("分管副局长", Measure(result, "周调度").Owner);
            Assert.Equal(["I2"], Measure(result, "全部清退").IssueIds);
            Assert.DoesNotContain(result.Measures, m => m.Text.Contains("推进缓慢", StringComparison.Ordinal));
            Assert.DoesNotContain(result.Gaps, g => g.Kind == "copied-measure");
        }
    }

    [Fact]
    public void A_report_without_problem_headings_is_matched_by_content_with_the_shared_words_as_reason()
    {
        var result = fixture.Analyze(Documents.Feedback, """
            中共区农业农村局党组关于巡察整改情况的报告
            一、整改落实情况
            对高标准农田建设项目实行周调度，已完成建设1.5万亩。
            违规发放的4.2万元值班补助已全部清退，对办公室主任给予诫勉谈话。
            二、下一步打算
            局党组将持续巩固整改成果。
            """);
        var farmland = Measure(result, "高标准农田");
        Assert.Equal(["I1"], farmland.IssueIds);
        Assert.Contains("农田", farmland.Links[0].Reason, StringComparison.Ordinal);
        Assert.Equal(["I2"], Measure(result, "值班补助").IssueIds);
        Assert.Contains(result.Gaps, g => g.Kind == GapKinds.UnansweredIssue && g.IssueId == "I3");
        Assert.Contains(result.Gaps, g => g.Kind == GapKinds.UnansweredIssue && g.IssueId == "I4");
    }

    [Fact]
    public void A_plain_heading_that_does_not_restate_its_problem_heads_its_answer_like_its_siblings()
    {
        // (一) says 农田项目滞后 for 高标准农田建设项目推进缓慢: alone it restates nothing, but its three siblings
        // head their problems, so its 一是…二是… items answer a problem too, found by their words.
        var result = fixture.Analyze(Documents.Feedback, """
            中共区农业农村局党组关于巡察整改情况的报告
            一、整改工作开展情况
            局党组成立巡察整改工作领导小组，党组书记任组长。
            二、反馈问题整改情况
            （一）农田项目滞后。一是实行周调度，倒排工期，已完成高标准农田建设1.5万亩；二是对进度滞后的标段约谈施工单位。（责任领导：分管副局长；完成时限：2025年9月底）
            （二）违规发放补贴。违规发放的4.2万元已全部清退，对负有直接责任的办公室主任给予诫勉谈话。
            （三）涉农资金管理制度缺失。制定《涉农资金拨付审核办法》，实行三级审核。已完成。
            （四）机关党支部“三会一课”落实不到位。制定年度党课计划，重新召开专题组织生活会。已完成。
            中共区农业农村局党组
            2025年6月30日
            """);
        Assert.Equal(["I1"], Measure(result, "实行周调度").IssueIds);
        Assert.Equal(["I1"], Measure(result, "约谈施工单位").IssueIds);
        Assert.DoesNotContain(result.Gaps, g => g.Kind == GapKinds.UnansweredIssue);
    }

    [Fact]
    public void An_item_on_one_line_restating_its_problem_after_a_bare_label_keeps_the_restatement_out_of_its_measures()
    {
        var result = fixture.Analyze(Documents.Feedback, """
            中共区农业农村局党组关于巡察整改情况的报告
            一、整改工作开展情况
            局党组成立巡察整改工作领导小组，党组书记任组长。
            二、反馈问题逐项整改情况
            1.问题：高标准农田建设项目推进缓慢；整改措施：实行周调度，倒排工期，已完成高标准农田建设1.5万亩；责任人：副局长王某；完成时限：2025年9月底前；整改结果：正在推进。
            2.问题：违规发放补贴4.2万元；整改措施：违规发放的4.2万元已全部清退，对办公室主任给予诫勉谈话；责任人：局长李某；完成时限：2025年5月底前；整改结果：已完成。
            """);
        Assert.DoesNotContain(result.Measures, m => m.Text.StartsWith("高标准农田建设项目推进缓慢", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Gaps, g => g.Kind == GapKinds.CopiedMeasure);
        Assert.Equal(["I1"], Measure(result, "实行周调度").IssueIds);
        Assert.Equal(["I2"], Measure(result, "全部清退").IssueIds);
    }

    [Fact]
    public void A_report_in_three_lists_joins_each_problems_tasks_and_owner_by_its_number()
    {
        // 问题清单 restates, 任务清单 answers under 问题N对应任务：, 责任清单 gives owner and time limit, each by number.
        var result = fixture.Analyze(Documents.Feedback, """
            中共区农业农村局党组关于巡察整改落实情况的报告
            局党组成立巡察整改工作领导小组，党组书记任组长，建立问题、任务、责任三张清单。
            一、问题清单
            问题1：高标准农田建设项目推进缓慢。
            问题2：违规发放补贴4.2万元。
            问题3：涉农资金管理制度缺失。
            问题4：机关党支部“三会一课”落实不到位。
            二、任务清单
            问题1对应任务：
            （1）实行周调度，倒排工期，已完成建设1.5万亩。
            （2）对进度滞后的标段约谈施工单位。
            问题2对应任务：
            （1）违规发放的4.2万元已全部清退。
            （2）对办公室主任给予诫勉谈话。
            问题3对应任务：
            （1）制定《涉农资金拨付审核办法》，实行三级审核。
            （2）对2024年以来拨付的涉农资金逐笔复核。
            问题4对应任务：
            （1）制定年度党课计划。
            （2）重新召开专题组织生活会，班子成员逐一开展批评与自我批评。
            三、责任清单
            问题1：责任领导　王某；责任单位　农田建设科；完成时限　2025年9月底。
            问题2：责任领导　李某；责任单位　财务室；完成时限　2025年5月底。
            问题3：责任领导　李某；责任单位　财务室；完成时限　2025年6月底。
            问题4：责任领导　赵某；责任单位　机关党委；完成时限　2025年6月底。
            """);
        Assert.Equal(4, result.Issues.Length);
        Assert.Equal(["I1"], Measure(result, "实行周调度").IssueIds);
        Assert.Equal(["I3"], Measure(result, "涉农资金拨付审核办法").IssueIds);
        // The last task before the next problem's line is a task too, not a heading over that line.
        Assert.Equal(["I1"], Measure(result, "约谈施工单位").IssueIds);
        Assert.Equal(["I3"], Measure(result, "逐笔复核").IssueIds);
        Assert.DoesNotContain(result.Gaps, g => g.Kind is GapKinds.UnansweredIssue or GapKinds.NoOwner or GapKinds.NoDeadline);
    }

    [Fact]
    public void A_feedback_read_as_a_few_problems_where_the_report_answers_many_takes_the_reports_list_in_the_feedbacks_order()
    {
        // dev50 p10 and dev64 p01's case, in words of our own: a speech by work lines, praise and problems in each paragraph,
        // is read a paragraph a problem (3), while the report answers six problems a part each — and answers the fourth
        // before the third. The report's list is taken, numbered in the order of the feedback sentences each part restates.
        var result = fixture.Analyze("""
            在县委第二巡察组巡察县种子管理站党支部情况反馈会上的讲话
            （2025年4月10日）
            县委第二巡察组组长　栾秋实

            同志们：

            按照县委部署，今年1月上旬至2月下旬，县委第二巡察组对县种子管理站党支部进行了常规巡察。今天我代表巡察组把了解到的情况讲一讲，做得好的和做得不够的按工作条线放在一起说。

            先说种子市场监管。站里每年春播前都组织执法检查，这几年全县没有出过一起大的假种子坑农事件，这一点群众是认可的。但检查记录做得很粗，去年春季检查的31家经营门店里，有13家只登记了店名，没有抽样也没有留存照片，检查等于走了一遍。品种备案这件事也拖着，县里2023年要求建立的经营备案台账，到巡察时还只录了不到一半。

            再说资金和资产管理。站里的账目总体清楚，报销手续基本齐全，这一点要肯定。不过，良种推广补贴的发放审核把关不严，去年有4户没有种植记录的农户领到了补贴，合计0.9万元。站里的两台检测仪器借给外单位使用两年多，既没有借用手续，也没有收回。

            最后说党建和干部队伍。支部几名老党员带头下乡，作风是朴实的，这一点要肯定。但支部的组织生活比较松散，去年有5个月没有开支部党员大会，主题党日多次改成了业务会。年轻干部的培养也缺少安排，站里35岁以下的4名干部近三年没有参加过一次业务轮训。

            下面提几点要求。一要把整改作为政治任务，支部书记要当好第一责任人。二要建立问题、任务、责任清单，逐项对账销号。三要在反馈之日起三个月内报送整改情况报告，并按规定公开。

            谢谢大家。
            """, """
            中共县种子管理站党支部关于巡察整改情况的报告

            县委巡察办：
            2025年4月10日，县委第二巡察组向我站党支部反馈了巡察意见。支部召开专题会议逐条研究，成立整改工作领导小组，支部书记任组长，现将整改情况报告如下。

            一、关于种子市场检查记录粗疏的问题
            重新制定《种子经营门店检查规范》，每次检查必须抽样、拍照并由门店负责人签字。对去年只登记店名的13家门店逐一复查，补齐了记录。责任人：站长栾明，完成时限：2025年5月31日，已完成。

            二、关于品种经营备案台账推进缓慢的问题
            抽调2名业务骨干集中录入，备案台账已覆盖全县全部经营门店。责任人：副站长郜岭，完成时限：2025年6月30日，已完成。

            三、关于检测仪器出借无手续的问题
            两台检测仪器已于5月12日全部收回，制定《固定资产出借管理办法》，出借须经站务会研究并签订协议。责任人：办公室主任辛禾，完成时限：2025年5月31日，已完成。

            四、关于良种推广补贴审核把关不严的问题
            4户农户违规领取的0.9万元补贴已全部追回，对负责审核的工作人员进行诫勉谈话。修订补贴审核流程，实行村、站两级核对种植记录。责任人：副站长郜岭，完成时限：2025年6月15日，已完成。

            五、关于支部组织生活松散的问题
            制定支部年度活动计划，每月按时召开支部党员大会，主题党日不再以业务会代替。支部书记对组织生活松散作了检讨。责任人：支部书记栾明，完成时限：长期坚持。

            六、关于年轻干部培养缺少安排的问题
            制定年轻干部培养计划，今年安排4名35岁以下干部分两批参加省级业务轮训，并实行老带新结对。责任人：支部书记栾明，完成时限：2025年12月31日。

            整改情况已在站内公示栏和县农业农村局网站公开。

            中共县种子管理站党支部
            2025年6月30日
            """);
        Assert.Equal(["种子市场检查记录粗疏", "品种经营备案台账推进缓慢", "良种推广补贴审核把关不严", "检测仪器出借无手续", "支部组织生活松散", "年轻干部培养缺少安排"], result.Issues.Select(i => i.Text));
        Assert.Contains(result.Notes, n => n.Contains("只读出 3 个问题", StringComparison.Ordinal));
        Assert.Equal(["I3"], Measure(result, "0.9万元").IssueIds);
        Assert.Equal(["I4"], Measure(result, "两台检测仪器").IssueIds);
        Assert.Equal(6, result.AnsweredCount);
    }

    // A 巡察组 letter in prose: each paragraph opens on a work line, and the second's last sentence turns (另外，……) to a
    // matter of its own, which the report answers under a part of its own. In words of our own (dev58 p10's form).
    private const string TurnInsideParagraphFeedback = """
        县委第三巡察组关于巡察县农机推广站党支部情况的反馈意见
        （2025年3月20日）

        县农机推广站党支部：

        按照县委统一部署，县委第三巡察组于2025年1月至2月对县农机推广站党支部进行了常规巡察。现将巡察发现的主要问题反馈如下。

        在业务工作上，农机购置补贴核查不够严格，2024年抽查的60台补贴机具中有7台未见实物，涉及补贴资金4.2万元。

        在内部管理上，站里的公务用车使用登记不全，2024年有23次出车没有派车单。另外，仓库里的示范机具管理存在漏洞，5台示范机具长期借给个人使用，没有借用手续，也没有收回。

        在党的建设方面，支部“三会一课”落实不够，2024年有4个月没有召开支部委员会，党员学习以转发文件为主。

        请站党支部认真研究，在反馈之日起三个月内报送整改情况报告。

        县委第三巡察组
        2025年3月20日
        """;

    // The report answering it a part a matter, the turned-to one (示范机具) under a part of its own.
    private const string TurnInsideParagraphReport = """
        中共县农机推广站党支部关于巡察整改情况的报告

        县委巡察办：
        2025年3月20日，县委第三巡察组向我站党支部反馈了巡察意见。支部成立整改工作领导小组，支部书记骆川任组长、为第一责任人，现将整改情况报告如下。

        一、关于农机购置补贴核查不严的问题
        对7台未见实物的补贴机具逐台核实，追回补贴资金4.2万元，对负责核查的工作人员诫勉谈话；修订《农机购置补贴核查办法》，实行见机见人见票。责任人：副站长雍平，完成时限：2025年5月31日，已完成。

        二、关于公务用车使用登记不全的问题
        公务用车一律凭派车单出车，每月公示用车情况；办公室主任作出书面检查。责任人：办公室主任鄢禾，完成时限：2025年4月30日，已完成。

        三、关于示范机具管理存在漏洞的问题
        5台示范机具已于4月全部收回入库，制定《示范机具借用管理规定》，借用须经站务会研究并签订协议。责任人：副站长雍平，完成时限：2025年4月30日，已完成。

        四、关于支部“三会一课”落实不够的问题
        制定支部年度学习计划，每月召开支部委员会，党员学习结合农机推广业务开展专题研讨。责任人：支部书记骆川，完成时限：长期坚持。

        整改情况已在站内公示栏公开。

        中共县农机推广站党支部
        2025年6月10日
        """;

    [Fact]
    public void A_paragraph_that_turns_to_another_matter_which_the_report_answers_apart_is_two_problems()
    {
        var result = fixture.Analyze(TurnInsideParagraphFeedback, TurnInsideParagraphReport);
        Assert.Equal(4, result.Issues.Length);
        Assert.StartsWith("另外，仓库里的示范机具管理存在漏洞", result.Issues[2].Text, StringComparison.Ordinal);
        Assert.Contains(result.Notes, n => n.Contains("已按报告的理解拆为不同问题", StringComparison.Ordinal));
        Assert.Equal(["I3"], Measure(result, "5台示范机具已于4月全部收回").IssueIds);
        Assert.Equal(["I2"], Measure(result, "公务用车一律凭派车单").IssueIds);
        Assert.Equal(4, result.AnsweredCount);
    }

    [Fact]
    public void A_problem_whose_facets_the_report_answers_apart_stays_one_without_a_turn_between_them()
    {
        // A problem's second sentence is another facet of it (车辆 then 仓库, no turn): a report that answers each facet under
        // a part of its own splits its answer, not the problem.
        var feedback = TurnInsideParagraphFeedback.Replace("另外，仓库里的示范机具", "仓库里的示范机具", StringComparison.Ordinal)
            .Replace("站里的公务用车使用登记不全", "站里的资产和车辆管理不规范，公务用车使用登记不全", StringComparison.Ordinal);
        var result = fixture.Analyze(feedback, TurnInsideParagraphReport);
        Assert.Equal(3, result.Issues.Length);
        Assert.DoesNotContain(result.Notes, n => n.Contains("已按报告的理解拆为不同问题", StringComparison.Ordinal));
        Assert.Equal(["I2"], Measure(result, "5台示范机具已于4月全部收回").IssueIds);
    }

    [Fact]
    public void A_feedback_whose_problems_are_read_keeps_them_though_the_report_answers_more_parts()
    {
        // The same report against a feedback listing its six problems: the feedback's list stands.
        var result = fixture.Analyze("""
            县委第二巡察组关于巡察县种子管理站党支部的反馈意见
            一、巡察发现的主要问题
            1.种子市场检查记录粗疏，去年春季检查的31家门店有13家只登记了店名。
            2.品种经营备案台账推进缓慢，到巡察时只录入不到一半。
            3.良种推广补贴审核把关不严，有4户没有种植记录的农户领到补贴0.9万元。
            4.两台检测仪器借给外单位使用两年多，没有借用手续。
            5.支部组织生活松散，去年有5个月没有召开支部党员大会。
            6.年轻干部培养缺少安排，4名年轻干部近三年未参加业务轮训。
            """, """
            中共县种子管理站党支部关于巡察整改情况的报告

            县委巡察办：
            2025年4月10日，县委第二巡察组向我站党支部反馈了巡察意见。支部召开专题会议逐条研究，成立整改工作领导小组，支部书记任组长，现将整改情况报告如下。

            一、关于种子市场检查记录粗疏的问题
            重新制定《种子经营门店检查规范》，每次检查必须抽样、拍照并由门店负责人签字。对去年只登记店名的13家门店逐一复查，补齐了记录。责任人：站长栾明，完成时限：2025年5月31日，已完成。

            二、关于品种经营备案台账推进缓慢的问题
            抽调2名业务骨干集中录入，备案台账已覆盖全县全部经营门店。责任人：副站长郜岭，完成时限：2025年6月30日，已完成。

            三、关于检测仪器出借无手续的问题
            两台检测仪器已于5月12日全部收回，制定《固定资产出借管理办法》，出借须经站务会研究并签订协议。责任人：办公室主任辛禾，完成时限：2025年5月31日，已完成。

            四、关于良种推广补贴审核把关不严的问题
            4户农户违规领取的0.9万元补贴已全部追回，对负责审核的工作人员进行诫勉谈话。修订补贴审核流程，实行村、站两级核对种植记录。责任人：副站长郜岭，完成时限：2025年6月15日，已完成。

            五、关于支部组织生活松散的问题
            制定支部年度活动计划，每月按时召开支部党员大会，主题党日不再以业务会代替。支部书记对组织生活松散作了检讨。责任人：支部书记栾明，完成时限：长期坚持。

            六、关于年轻干部培养缺少安排的问题
            制定年轻干部培养计划，今年安排4名35岁以下干部分两批参加省级业务轮训，并实行老带新结对。责任人：支部书记栾明，完成时限：2025年12月31日。

            整改情况已在站内公示栏和县农业农村局网站公开。

            中共县种子管理站党支部
            2025年6月30日
            """);
        Assert.Equal(6, result.Issues.Length);
        Assert.All(result.Issues, i => Assert.Equal(DocumentRole.Feedback, i.Source));
        Assert.DoesNotContain(result.Notes, n => n.Contains("只读出", StringComparison.Ordinal));
    }

    [Fact]
    public void A_report_by_stages_links_each_of_its_items_by_what_it_says()
    {
        // dev66 p09's form, in words of our own: parts by stage (坚持立行立改 / 坚持建章立制 / 坚持严肃问责) that name no problem,
        // the first a paragraph of 一是……四是 items each closed by its note (（责任人：……；……前完成）二是……). Each item answers the
        // problem it speaks of; the stage's heading answers none.
        var result = fixture.Analyze("""
            县委第五巡察组关于巡察县粮油质量检测站党支部的反馈意见

            二、巡察发现的主要问题
            1.检测样品留存管理混乱，2024年有12份样品没有留样记录，留样室温控设备长期损坏。
            2.检测收费不规范，对3家企业的委托检测没有执行收费标准，少收费用1.6万元。
            3.“三重一大”决策制度执行不严，2024年购置1台色谱仪共计36万元，未经支部研究。
            4.违规发放津补贴，2024年以“加班补助”名义向全体职工发放2.4万元，没有考勤依据。
            """, """
            中共县粮油质量检测站党支部关于巡察整改情况的报告

            县委巡察办：
            2025年3月12日，县委第五巡察组向我站党支部反馈了巡察意见。站党支部成立整改领导小组，支部书记任组长，现将整改情况报告如下。

            一、坚持立行立改，解决一批突出问题
            对能够马上改的问题，我站立即动手。一是对2024年以来的检测样品逐份清点，补建留样登记簿，留样室温控设备已更换。（责任人：副站长牧青；2025年4月15日前完成）二是对3家企业的委托检测按收费标准重新核算，少收的1.6万元已全部补收入账。（责任人：办公室主任屈衡；2025年4月30日前完成）三是购置色谱仪事项补充履行支部研究程序。（责任人：站长、支部书记冉舟；2025年3月31日前完成）四是以“加班补助”名义发放的2.4万元已由职工全部退回。（责任人：办公室主任屈衡；2025年4月20日前完成）

            二、坚持建章立制，堵塞一批管理漏洞
            制定《检测样品留存管理办法》《检测收费管理规定》，修订《“三重一大”决策事项清单》，明确10万元以上的设备购置须经支部研究。

            三、坚持严肃问责，处理一批责任人员
            对发放补助的办公室主任进行诫勉谈话，对留样管理员批评教育。

            整改情况已在站务公开栏公示。

            中共县粮油质量检测站党支部
            2025年5月30日
            """);
        Assert.Equal(["I1"], Measure(result, "补建留样登记簿").IssueIds);
        Assert.Equal(["I2"], Measure(result, "少收的1.6万元").IssueIds);
        Assert.Equal(["I3"], Measure(result, "色谱仪事项").IssueIds);
        Assert.Equal(["I4"], Measure(result, "2.4万元已由职工").IssueIds);
        Assert.Empty(Measure(result, "我站立即动手").IssueIds);
    }

    [Fact]
    public void An_item_under_a_heading_that_only_just_resembles_one_problem_answers_the_problem_its_words_are_about()
    {
        // dev66 p06's form, in words of our own: a heading of the unit's own (关于“管钱、管物、管项目”方面的问题) merges three
        // problems; each of its 一是……三是 items answers the one its words are about, not all of them the heading's nearest.
        var result = fixture.Analyze("""
            县委第二巡察组关于巡察县体育中心党支部的反馈意见

            二、巡察发现的主要问题
            1.场馆出租管理不规范。附属场地出租未公开招租，2家长期租户没有签订书面合同，租金低于评估价格。
            2.工程项目管理存在漏洞。看台维修项目超过限额未经招标，施工中签证变更增加费用14万元未经集体研究。
            3.财务管理问题突出。2024年两场赛事收取的赞助费6.5万元没有入账，在其他支出中列支购物卡1.8万元。
            4.党支部战斗堡垒作用发挥不充分。“三会一课”质量不高，党员积分管理停留在纸面。
            """, """
            中共县体育中心党支部关于巡察整改情况的报告

            县委巡察办：
            2025年4月8日，县委第二巡察组向中心党支部反馈了巡察意见。中心成立整改领导小组，支部书记任组长，现将整改情况报告如下。

            一、关于“管钱、管物、管项目”方面的问题
            这一方面的问题最集中，中心采取了以下措施：一是附属场地全部重新评估租金，2家长期租户已补签书面合同，合同到期后一律公开招租。二是修订《工程项目建设管理办法》，规定签证变更超过5万元的须经集体研究；对看台维修项目委托第三方审计。三是将两场赛事的赞助费6.5万元全部补记入账，购物卡费用1.8万元已由领取人退回。（责任领导：副主任乐正；完成时限：2025年6月30日）

            二、关于党支部建设方面的问题
            修订支部年度学习计划，提高“三会一课”质量；完善党员积分管理，每季度公布积分。（责任领导：支部书记公良；完成时限：2025年6月30日）

            整改情况已在中心公示栏公开。

            中共县体育中心党支部
            2025年6月30日
            """);
        Assert.Equal(["I1"], Measure(result, "重新评估租金").IssueIds);
        Assert.Equal(["I2"], Measure(result, "工程项目建设管理办法").IssueIds);
        Assert.Equal(["I3"], Measure(result, "赞助费6.5万元").IssueIds);
        Assert.Equal(["I4"], Measure(result, "党员积分管理").IssueIds);
    }

    private static Measure Measure(AnalysisResult result, string words) => result.Measures.Single(m => m.Text.Contains(words, StringComparison.Ordinal));

    [Fact]
    public void A_measure_that_shares_no_words_with_any_problem_answers_what_the_other_items_under_its_heading_answer()
    {
        var result = fixture.Analyze("""
            县委第一巡察组关于巡察县图书馆党支部的反馈意见
            一、发现的主要问题
            1.党支部政治学习走过场。支部集中学习以读文件为主，2025年10次集中学习中有6次没有研讨记录。
            2.图书采购管理不规范。2025年有3批次图书未经比价直接采购，涉及金额8.6万元。
            二、整改要求
            一要压实整改责任；二要健全采购制度。
            """, """
            中共县图书馆支部委员会关于巡察整改情况的报告
            县委巡察工作领导小组：
            现将整改情况报告如下。
            一、整改落实情况
            （一）把支部建强
            一是制定全年党课计划，由馆长每月带头讲党课，党员轮流作专题发言。
            二是支部集中学习一律安排研讨环节，研讨记录由组织委员当场整理归档，今年以来已组织集中学习4次。
            （二）管好每一分采购资金
            一是对3批次未经比价采购的图书逐笔复核，涉及金额8.6万元，未发现价格明显偏高。
            二是修订《图书采购管理办法》，5000元以上采购一律三家比价。
            二、下一步打算
            继续巩固整改成果。
            县图书馆党支部
            2026年5月20日
            """);
        var lecture = Assert.Single(result.Measures, m => m.Text.Contains("每月带头讲党课", StringComparison.Ordinal));
        Assert.Equal(["I1"], lecture.IssueIds);
        Assert.All(result.Measures.Where(m => m.Text.Contains("比价", StringComparison.Ordinal)), m => Assert.Equal(["I2"], m.IssueIds));
    }

    [Fact]
    public void A_lead_naming_the_problems_it_answers_heads_the_numbered_measures_below_it()
    {
        var result = fixture.Analyze("""
            县委第三巡察组关于巡察芃溪村党支部的反馈意见
            一、发现的主要问题
            （一）村集体鱼塘发包租金偏低。鱼塘承包期长达20年，年租金明显低于周边村。
            （二）村级财务报账不规范。白条入账支出2.1万元，缺少经办人签字。
            （三）村务公开不及时。公开栏半年未更新，财务只公开总数。
            （四）党员教育管理松散。外出党员长期不参加组织生活。
            二、整改要求
            一要压实责任；二要建章立制。
            """, """
            芃溪村党支部关于巡察反馈意见整改情况的报告
            一、整改工作基本情况
            村党支部成立整改工作小组，支部书记任组长，对整改负总责。
            二、反馈问题整改情况
            针对反馈意见第一个问题（村集体鱼塘发包租金偏低）：
            1．召开村民代表会议，决定与承包人协商调整租金。
            2．租金已调整为每亩每年300元，补充协议已签订。
            责任人：村支书邝远；完成时限：2025年3月底前。
            针对反馈意见第二个和第三个问题（村级财务报账不规范；村务公开不及时）：
            两个问题根子相同，合并整改。
            1．白条入账支出逐笔补齐票据和签字，0.2万元由经手人退回。
            2．公开栏每月更新，财务收支公开明细。
            责任人：村委会主任席岚；完成时限：2025年2月底前。
            针对反馈意见第四个问题（党员教育管理松散）：
            1．逐一联系外出党员，建立线上学习群。
            2．修订《党员积分管理办法》，把参加组织生活纳入积分。
            责任人：支部副书记蔺川；完成时限：长期坚持。
            芃溪村党支部
            2025年4月10日
            """);
        Assert.Equal(["I1"], Assert.Single(result.Measures, m => m.Text.Contains("召开村民代表会议", StringComparison.Ordinal)).IssueIds);
        Assert.Contains("I2", Assert.Single(result.Measures, m => m.Text.Contains("白条入账支出逐笔补齐", StringComparison.Ordinal)).IssueIds);
        Assert.Equal(["I4"], Assert.Single(result.Measures, m => m.Text.Contains("逐一联系外出党员", StringComparison.Ordinal)).IssueIds);
        Assert.DoesNotContain(result.Gaps, g => g.Kind == GapKinds.CopiedMeasure);
    }

    [Fact]
    public void An_item_opening_with_two_problem_numbers_answers_both_though_its_heading_runs_on_into_the_answer()
    {
        var result = fixture.Analyze("""
            区委第二巡察组关于巡察区城投公司党委的反馈意见
            一、发现的主要问题
            （一）落实区委重点项目部署不够有力，滨江公园项目推进迟缓。
            （二）国有资产管理不规范，部分门面房长期闲置。
            （三）重大投资决策论证不充分，“三重一大”制度执行不严。
            （四）工程建设领域廉洁风险突出，存在围标串标隐患。
            二、整改要求
            一要压实责任；二要建章立制。
            """, """
            区城投公司党委关于巡察整改进展情况的通报
            按照巡察工作有关要求，现将整改进展情况予以公布。
            （一）针对反馈的第1个问题，即滨江公园项目推进迟缓的问题。公司将项目分解到月，由分管副总经理驻点督导，计划2025年6月底前完工。
            （二）对第2项问题，即门面房长期闲置的问题。公司对28处门面房逐处清查，已招租盘活11处。
            （三）对第3项和第4项问题，即投资决策论证不充分、“三重一大”制度执行不严，以及工程建设领域围标串标隐患的问题，公司党委合并研究、一体整改。一是修订《公司“三重一大”事项决策实施办法》，投资额300万元以上项目须经专家论证。二是将涉及的3家投标企业列入公司采购“黑名单”，线索移交区纪委监委。
            欢迎干部群众监督，联系电话：0000-6217043。
            区城投公司党委
            2025年3月20日
            """);
        var merged = Assert.Single(result.Measures, m => m.Text.Contains("黑名单", StringComparison.Ordinal));
        Assert.Contains("I3", merged.IssueIds);
        Assert.Contains("I4", merged.IssueIds);
        Assert.DoesNotContain(result.Gaps, g => g.Kind == GapKinds.UnansweredIssue && g.IssueId == "I4");
    }

    [Fact]
    public void A_heading_wrapped_as_the_problems_rectification_restates_it_though_the_wrapper_is_half_its_words()
    {
        // （二）建筑市场监管存在薄弱环节的问题整改情况: the problem's words and the wrapper 的问题整改情况; the one measure under
        // it shares no word with the problem and answers it by its place. The parts 一、……方面问题的整改情况 are areas.
        var result = fixture.Analyze("""
            县委第三巡察组关于巡察县住建局党组的反馈意见
            一、发现的主要问题
            （一）贯彻落实上级决策部署方面
            1．老旧小区改造推进不力。5个小区未按期开工，管线迁改协调不畅。
            2．建筑市场监管存在薄弱环节。对农民工工资专用账户的检查流于形式。
            （二）全面从严治党方面
            3．违规发放津贴补贴。局属城建档案馆以“加班补助”名义发放补贴6.8万元，无考勤记录支撑。
            4．工程款支付不规范。2个道路工程在未完成结算审计时提前支付工程款312万元。
            二、整改要求
            一要压实责任；二要建章立制。
            """, """
            县住建局党组关于巡察反馈意见整改情况的报告
            一、贯彻落实上级决策部署方面问题的整改情况
            （一）老旧小区改造推进不力的问题整改情况
            一是对5个未开工小区逐一会商，协调管线迁改，3个小区已于11月复工。二是建立月调度制度。
            牵头单位：城建股
            责任人：副局长宓子衡
            完成时限：2025年4月底前
            （二）建筑市场监管存在薄弱环节的问题整改情况
            每月随机抽取10个工地开展暗访，发现一处通报一处。
            责任人：副局长宓子衡
            完成时限：2025年3月底前
            二、全面从严治党方面问题的整改情况
            （一）违规发放津贴补贴的问题整改情况
            一是对城建档案馆发放的“加班补助”全面清理，6.8万元已全部清退到位。二是对原馆长给予诫勉谈话处理，对质监站站长进行批评教育，并责成2人作出书面检查。三是制定《局属事业单位津贴补贴发放管理规定》，明确发放项目和审批程序。该项整改已于2024年12月完成。
            （二）工程款支付不规范的问题整改情况
            一是委托第三方开展结算审计，按审定金额多退少补。二是修订《工程款支付审核办法》，未经结算审计不得支付尾款。
            责任人：分管副局长郗望舒
            完成时限：2025年5月底前
            县住建局党组
            2025年1月10日
            """);
        Assert.Equal(["I2"], Assert.Single(result.Measures, m => m.Text.Contains("暗访", StringComparison.Ordinal)).IssueIds);
        Assert.DoesNotContain(result.Gaps, g => g.Kind == GapKinds.UnansweredIssue);
        Assert.All(result.Measures.Where(m => !m.DocumentLevel), m => Assert.Single(m.IssueIds));
    }

    [Fact]
    public void A_paragraph_opening_with_the_problem_it_answers_answers_that_problem_whatever_theme_heads_it()
    {
        // 一、在加强党的领导方面 is the unit's own theme; the matcher finds it nearest 文物安全 by its words, but each paragraph
        // under it opens by naming its own problem (针对……的问题，).
        var result = fixture.Analyze("""
            县委第二巡察组关于巡察县文化广电和旅游局党组的反馈意见
            一、巡察发现的主要问题
            （一）贯彻落实县委文旅融合发展部署不够有力。全域旅游发展规划至今仍停留在初稿阶段。
            （二）意识形态工作责任制落实有差距。局党组全年只专题研究过1次意识形态工作，营业性演出内容审核把关不严。
            （三）文物安全监管存在薄弱环节。9处县级文物保护单位中有4处没有落实专人看护，2处古建筑消防设施缺失。
            （四）党员教育管理失之于宽。县文化馆党支部连续3年没有发展党员，2名党员长期不参加组织生活。
            二、整改要求
            一要压实责任；二要建章立制。
            """, """
            县文化广电和旅游局党组关于巡察整改情况的报告
            一、在加强党的领导方面
            局党组把落实意识形态工作责任制作为首要任务。针对意识形态工作责任制落实有差距的问题，局党组每季度专题研究一次意识形态工作，4月以来已专题研究2次；营业性演出一律实行节目单事前审核。
            针对文旅融合部署落实不够有力的问题，局党组重新倒排全域旅游发展规划编制时间表，规划文本已提交县政府常务会议审议。
            针对文物安全监管存在薄弱环节的问题，4处文物保护单位全部落实专职看护人员，2处古建筑消防设施已于5月补齐。
            二、在加强基层党建方面
            针对党员教育管理宽松的问题，县文化馆党支部已确定入党积极分子3名；对2名长期不参加组织生活的党员逐一谈话，1名已恢复参加组织生活。
            县文化广电和旅游局党组
            2025年6月30日
            """);
        Assert.Equal(["I2"], Assert.Single(result.Measures, m => m.Text.Contains("首要任务", StringComparison.Ordinal)).IssueIds);
        Assert.Equal(["I1"], Assert.Single(result.Measures, m => m.Text.Contains("倒排全域旅游", StringComparison.Ordinal)).IssueIds);
        Assert.Equal(["I3"], Assert.Single(result.Measures, m => m.Text.Contains("专职看护", StringComparison.Ordinal)).IssueIds);
    }

    [Fact]
    public void A_sanction_among_the_measures_under_a_restated_heading_answers_that_heading_s_problem()
    {
        // The sanction shares few words with the problem (原馆长, 质监站站长): its place among the heading's measures links it.
        var result = fixture.Analyze("""
            县委第三巡察组关于巡察县住建局党组的反馈意见
            一、发现的主要问题
            （一）贯彻落实上级决策部署方面
            1．老旧小区改造推进不力。5个小区未按期开工，管线迁改协调不畅。
            2．建筑市场监管存在薄弱环节。对农民工工资专用账户的检查流于形式。
            （二）全面从严治党方面
            3．违规发放津贴补贴。局属城建档案馆以“加班补助”名义发放补贴6.8万元，无考勤记录支撑。
            4．工程款支付不规范。2个道路工程在未完成结算审计时提前支付工程款312万元。
            二、整改要求
            一要压实责任；二要建章立制。
            """, """
            县住建局党组关于巡察反馈意见整改情况的报告
            一、贯彻落实上级决策部署方面问题的整改情况
            （一）老旧小区改造推进不力的问题整改情况
            一是对5个未开工小区逐一会商，协调管线迁改，3个小区已于11月复工。二是建立月调度制度。
            牵头单位：城建股
            责任人：副局长宓子衡
            完成时限：2025年4月底前
            （二）建筑市场监管存在薄弱环节的问题整改情况
            一是对全县在建项目农民工工资专用账户逐一检查。二是建立欠薪线索移交机制。
            责任人：副局长宓子衡
            完成时限：2025年3月底前
            二、全面从严治党方面问题的整改情况
            （一）违规发放津贴补贴的问题整改情况
            一是对城建档案馆发放的“加班补助”全面清理，6.8万元已全部清退到位。二是对原馆长给予诫勉谈话处理，对质监站站长进行批评教育，并责成2人作出书面检查。三是制定《局属事业单位津贴补贴发放管理规定》，明确发放项目和审批程序。该项整改已于2024年12月完成。
            （二）工程款支付不规范的问题整改情况
            一是委托第三方开展结算审计，按审定金额多退少补。二是修订《工程款支付审核办法》，未经结算审计不得支付尾款。
            责任人：分管副局长郗望舒
            完成时限：2025年5月底前
            县住建局党组
            2025年1月10日
            """);
        var sanction = Assert.Single(result.Measures, m => m.Text.Contains("诫勉谈话", StringComparison.Ordinal));
        Assert.Equal(["I3"], sanction.IssueIds);
        Assert.DoesNotContain(result.Gaps, g => g.Kind == GapKinds.NoAccountability && g.IssueId == "I3");
    }

    [Fact]
    public void An_answer_to_the_fifth_question_answers_the_fifth_problem_asked_as_a_question()
    {
        var result = fixture.Analyze("""
            县委第二巡察组关于巡察县水务局党组的反馈意见
            巡察组把发现的问题归纳为三问，请局党组逐一作答。
            第一问：河长制是不是落到了实处？巡察发现，6名乡级河长全年未巡河，河长公示牌信息过时。
            第二问：水费是不是应收尽收？巡察发现，3家企业拖欠水资源费共计21万元，局里未催缴。
            第三问：八项规定精神是不是落在了实处？巡察发现，局属水厂以“防汛会议费”名义列支餐费1.6万元。
            请局党组在两个月内报送整改情况。
            """, """
            县水务局党组关于回答巡察“三问”的整改情况报告
            一、对第一问的回答
            一是修订《河长巡河考核办法》，乡级河长每月巡河不少于1次；二是更新河长公示牌12块。
            二、对第二问的回答
            一是向3家企业下达催缴通知，已收回欠费15万元，其余6万元签订分期协议；二是建立水资源费征收台账。
            三、对第三问的回答
            一是责令水厂将1.6万元餐费由参与人员个人退赔；二是对水厂厂长给予诫勉谈话。
            县水务局党组
            2025年6月2日
            """);
        Assert.Equal(["I3"], Assert.Single(result.Measures, m => m.Text.Contains("对水厂厂长给予诫勉谈话", StringComparison.Ordinal)).IssueIds);
        Assert.Equal(["I2"], Assert.Single(result.Measures, m => m.Text.Contains("建立水资源费征收台账", StringComparison.Ordinal)).IssueIds);
    }

    [Fact]
    public void Answers_each_under_a_line_naming_its_problem_by_number_answer_that_problem_and_the_closing_stays_general()
    {
        // dev31 p06's form (answers under 针对第N个问题： lines, a closing paragraph with 下一步一是……), in words of our own.
        var result = fixture.Analyze("""
            县委第一巡察组关于巡察县水利局党组的反馈意见
            一、发现的问题
            （一）河道采砂监管缺位。2024年有3处河段被私挖滥采，局里接到举报后未及时处置。
            （二）小型水库管护责任不落实。12座小型水库中有5座未配备巡查人员。
            （三）工程款支付把关不严。2个灌区项目在验收前支付了全部工程款。
            二、整改要求
            局党组要在三个月内报送整改情况。
            """, """
            县水利局党组关于巡察反馈意见整改情况的报告
            县委巡察工作领导小组：
            局党组成立了由党组书记任组长的整改工作领导小组，逐项制定整改措施。
            针对第一个问题：
            联合公安、自然资源部门开展采砂专项整治，查处私挖行为3起，恢复河床2.1公里；建立河道采砂日巡查制度。
            责任领导：副局长刘某　完成时限：2025年5月31日
            针对第二个问题：
            为5座水库各聘用1名巡查员，落实水库管护“三个责任人”，每月开展一次抽查。
            责任领导：副局长陈某　完成时限：2025年4月30日
            针对第三个问题：
            对2个灌区项目补办验收手续，未验收部分的质保金已暂停退还；修订《工程价款支付审核办法》。
            责任领导：局长王某　完成时限：2025年6月30日
            整改情况已在局门户网站公开，接受群众监督。下一步，局党组一是对未完成的任务逐月跟踪；二是开展一次整改回头看。
            中共县水利局党组
            2025年7月10日
            """);
        Assert.Equal(["I1"], Assert.Single(result.Measures, m => m.Text.Contains("采砂专项整治", StringComparison.Ordinal)).IssueIds);
        Assert.Equal(["I2"], Assert.Single(result.Measures, m => m.Text.Contains("巡查员", StringComparison.Ordinal)).IssueIds);
        Assert.Equal(["I3"], Assert.Single(result.Measures, m => m.Text.Contains("补办验收手续", StringComparison.Ordinal)).IssueIds);
        Assert.All(result.Measures.Where(m => m.Text.Contains("回头看", StringComparison.Ordinal) || m.Text.Contains("门户网站公开", StringComparison.Ordinal)), m => Assert.Empty(m.IssueIds));
        Assert.DoesNotContain(result.Gaps, g => g.Kind == GapKinds.UnansweredIssue);
    }

    [Fact]
    public void A_part_headed_in_words_of_its_own_between_two_answers_in_order_answers_the_problem_between_them()
    {
        // dev18 p03's form (a speech telling each problem by where it was heard; the report answers 关于……的问题 in order, one
        // heading a nickname of its own), in words of our own.
        var result = fixture.Analyze("""
            在区委第一巡察组巡察区住建局党组情况反馈会上的讲话
            下面讲讲巡察发现的问题。
            一是工程质量监督不到位。2024年抽查的12个在建项目中有5个未按规定开展分户验收。
            二是中层干部长期不交流。8名科室负责人在同一岗位任职超过10年。
            三是从问卷看，施工许可审批效率不高，企业要先到窗口交一遍材料，再到科室交一遍，前后跑四五趟。
            四是公务用车管理不严。2辆公务车节假日停放在干部住宅小区。
            请局党组在三个月内报送整改情况。
            """, """
            区住建局党组关于巡察反馈意见整改情况的报告
            （一）关于工程质量监督不到位的问题。对5个项目补做分户验收，制定《分户验收抽查办法》。
            （二）关于中层干部长期不交流的问题。制定干部交流轮岗计划，已交流科室负责人4名。
            （三）关于“两头跑”的问题。推行“一次告知、一窗通办”，办结时限压缩到5个工作日。
            （四）关于公务用车管理不严的问题。公务车辆实行定点停放，节假日封存。
            （五）举一反三开展的工作。对全局8个窗口的办事指南逐一复核，更新办事指南23份。
            区住建局党组
            2025年6月30日
            """);
        Assert.Equal(["I3"], Assert.Single(result.Measures, m => m.Text.Contains("一窗通办", StringComparison.Ordinal)).IssueIds);
        Assert.Equal(4, result.AnsweredCount);
    }

    [Fact]
    public void As_many_parts_as_problems_answer_one_problem_each_whatever_their_headings_say()
    {
        // dev31 p02's form (a township report in five parts for the five problems, two headed by topic only), in words of our own.
        var result = fixture.Analyze("""
            县委第二巡察组关于巡察河口镇党委的反馈意见
            一、发现的主要问题
            （一）产业项目谋得多、落得少。2023年谋划的6个产业项目只有2个建成，投资90万元的烘干房建成后一直闲置。
            （二）公务接待没有守住标准。2024年有8批次接待超出标准，多支出1.6万元。
            （三）对村级财务的监管宽松软。3个村用白条入账，1个村出纳和会计由一人兼任。
            （四）干部作风不够扎实。便民服务中心工作日中午窗口无人，热线工单超时办结占28%。
            （五）基层党组织建设有短板。2个软弱涣散村党组织整顿后未验收销号。
            二、整改要求
            镇党委要在三个月内报送整改情况。
            """, """
            河口镇党委关于巡察反馈意见整改落实情况的报告
            一、项目落地
            烘干房已交由本村合作社承租运营，年租金2万元；对剩余4个项目逐个制定推进计划。
            二、接待费用超支问题
            8批次超标部分共1.6万元已由个人退回；严格执行公务接待“一函一单”。
            三、村级财务监管
            3个村的白条已补齐合规票据；免去兼任出纳的报账员的出纳职务。
            四、为民服务
            便民服务中心实行午间轮班，热线工单每周通报一次。
            五、村级党组织建设
            2个软弱涣散村党组织已逐村验收销号。
            河口镇党委
            2025年7月1日
            """);
        Assert.Equal(["I1"], Assert.Single(result.Measures, m => m.Text.Contains("烘干房已交由", StringComparison.Ordinal)).IssueIds);
        Assert.Equal(["I4"], Assert.Single(result.Measures, m => m.Text.Contains("午间轮班", StringComparison.Ordinal)).IssueIds);
        Assert.DoesNotContain(result.Gaps, g => g.Kind == GapKinds.UnansweredIssue);
    }

    [Fact]
    public void Colloquial_fields_name_an_item_s_owner_and_time_limit()
    {
        // dev16 p01's form (a village report closing each item with （谁负责：……；啥时候办完：……）), in words of our own.
        var result = fixture.Analyze("""
            镇党委第一巡察组对柳湾村党支部的反馈意见
            一、发现的问题
            （一）村务公开不及时。公开栏最新的一张是去年5月贴的，财务只公开收支总数。
            （二）集体鱼塘发包不规范。鱼塘发包没有经过村民代表会议。
            二、整改要求
            村党支部要在三个月内报送整改情况。
            """, """
            柳湾村党支部关于巡察反馈意见整改情况的报告
            一、关于村务公开不及时的问题
            每季度更新一次公开栏，财务收支逐笔公开。（谁负责：村委会主任李某；啥时候办完：长期坚持）
            二、关于集体鱼塘发包不规范的问题
            鱼塘重新经村民代表会议表决后公开发包。（谁负责：村支书王某；啥时候办完：6月底前）
            柳湾村党支部
            2025年4月2日
            """);
        Assert.DoesNotContain(result.Gaps, g => g.Kind is GapKinds.NoOwner or GapKinds.NoDeadline);
        Assert.Contains(result.Measures, m => m.Owner is { } owner && owner.Contains("李某", StringComparison.Ordinal));
    }

    [Fact]
    public void Numbered_items_of_a_rules_part_that_name_their_problem_by_number_answer_it()
    {
        // dev33 p05's form (a 立行立改 part under the unit's own headings, then 三、建章立制 with 1．针对第一个问题，…… /
        // 2．对应问题二，……), in words of our own.
        var result = fixture.Analyze(Documents.Feedback, """
            中共区农业农村局党组关于巡察整改情况的报告
            一、立行立改
            （一）农田建设
            实行周调度，已完成建设1.5万亩。
            二、建章立制
            1．针对第一个问题，制定《高标准农田建设周调度办法》，每周通报进度。
            2．对应问题二，制定《涉农资金拨付审核办法》，拨付实行双人复核。
            3．对应问题四，制定《党支部组织生活会规程》。
            中共区农业农村局党组
            2025年6月30日
            """);
        Assert.Equal(["I1"], Assert.Single(result.Measures, m => m.Text.Contains("周调度办法", StringComparison.Ordinal)).IssueIds);
        Assert.Contains("I2", Assert.Single(result.Measures, m => m.Text.Contains("拨付审核办法", StringComparison.Ordinal)).IssueIds);
        Assert.Equal(["I4"], Assert.Single(result.Measures, m => m.Text.Contains("组织生活会规程", StringComparison.Ordinal)).IssueIds);
    }

    [Fact]
    public void Parts_under_a_part_that_answers_the_problems_one_by_one_answer_one_each_whatever_their_topics()
    {
        // dev33 p01's form (二、具体问题整改情况 over （一）图斑清零 （二）审批提速 …, short topics of the unit's own, items 1．2．
        // under each, a fields line closing each), in words of our own.
        var result = fixture.Analyze(Documents.Feedback, """
            中共区农业农村局党组关于巡察整改情况的报告
            一、整改工作总体情况
            局党组召开专题会议研究部署整改工作，制定整改方案。
            二、具体问题整改情况
            （一）进度提速
            1．实行周调度，已完成建设1.5万亩。
            2．对滞后的2个标段约谈施工单位。
            （二）账目清理
            1．4.2万元已由领取人员全部退回。
            2．对办公室主任给予诫勉谈话。
            （三）流程再造
            1．印发《涉农资金拨付审核办法》。
            2．拨付前实行两级复核。
            （四）支部建设
            1．重新召开专题会议，班子成员逐一开展批评。
            2．每月第一周固定开展主题党日。
            三、下一步工作打算
            持续巩固整改成果。
            中共区农业农村局党组
            2025年6月30日
            """);
        Assert.Equal(["I1"], Assert.Single(result.Measures, m => m.Text.Contains("约谈施工单位", StringComparison.Ordinal)).IssueIds);
        Assert.Equal(["I2"], Assert.Single(result.Measures, m => m.Text.Contains("全部退回", StringComparison.Ordinal)).IssueIds);
        Assert.Equal(["I3"], Assert.Single(result.Measures, m => m.Text.Contains("两级复核", StringComparison.Ordinal)).IssueIds);
        Assert.Equal(["I4"], Assert.Single(result.Measures, m => m.Text.Contains("主题党日", StringComparison.Ordinal)).IssueIds);
    }

    [Fact]
    public void A_note_that_names_the_part_and_the_problem_answers_that_part_s_problem()
    {
        // dev14 p07's form (5.制定《……》（针对反馈第三方面第2个问题）。), in words of our own.
        var result = fixture.Analyze("""
            县委第一巡察组关于巡察县工业园区管委会党工委的反馈意见
            一、贯彻落实党的路线方针政策方面
            1.批而未供土地处置迟缓，园区有120亩土地批而未供。
            2.招商引资项目落地率不高，签约的8个项目只有3个开工。
            二、全面从严治党方面
            1.财务审批把关不严，2024年有6笔支出没有附件。
            三、基层党组织建设方面
            1.非公企业党组织覆盖率不高，87家规上企业中只有40家建立党组织。
            2.企业诉求办理不及时，“园区直通车”平台有68件诉求超期办理。
            四、整改要求
            党工委要在三个月内报送整改情况。
            """, """
            县工业园区管委会党工委关于巡察整改情况的报告
            一、整改措施
            1.对120亩批而未供土地逐宗制定处置方案，已供地45亩。
            2.建立签约项目周调度制度，新开工项目2个。
            3.对6笔无附件支出补齐手续，修订《财务审批管理办法》。
            4.新组建企业党组织12个。
            5.制定《企业诉求办理规程》（针对反馈第三方面第2个问题）。
            县工业园区管委会党工委
            2025年6月30日
            """);
        Assert.Equal(["I5"], Assert.Single(result.Measures, m => m.Text.Contains("诉求办理规程", StringComparison.Ordinal)).IssueIds);
        Assert.Equal(["I3"], Assert.Single(result.Measures, m => m.Text.Contains("无附件支出", StringComparison.Ordinal)).IssueIds);
    }

    [Fact]
    public void A_part_whose_first_sentence_runs_from_its_topic_into_what_was_done_gives_that_as_a_measure()
    {
        // dev36 p03's form (a village secretary's report: 四、关于村干部坐班值守，我们重新排了值班表，……。这件事由……负责，已经完成。),
        // in words of our own.
        const string Feedback = """
            县委第二巡察组关于巡察柘溪村党支部的反馈意见
            一、巡察发现的主要问题
            1.村集体资产管理不规范，村部闲置用房2间长期无偿由个人使用。
            2.村干部坐班制度落实不严，工作日村部经常无人值守。
            """;
        var result = fixture.Analyze(Feedback, """
            柘溪村党支部关于巡察整改情况的报告
            一、关于村集体资产，2间闲置用房已收回，经村民代表会议表决后公开出租，年租金0.6万元。此项由村委会主任负责，已经完成。
            二、关于村干部坐班，我们重新排定了值班表，村“两委”干部每天2人在村部值守，值班电话在村部门口公布，镇里每月抽查一次。这件事由村委会主任负责，已经完成。
            柘溪村党支部
            2025年6月30日
            """);
        Assert.Equal(["I2"], Assert.Single(result.Measures, m => m.Text.Contains("重新排定了值班表", StringComparison.Ordinal)).IssueIds);
        Assert.Equal(["I1"], Assert.Single(result.Measures, m => m.Text.Contains("公开出租", StringComparison.Ordinal)).IssueIds);
        Assert.DoesNotContain(result.Gaps, g => g.Kind is GapKinds.NoDeadline or GapKinds.UnansweredIssue or GapKinds.VagueMeasure);
    }

    [Fact]
    public void A_long_heading_that_names_two_problems_by_part_and_number_before_its_brackets_answers_both()
    {
        // dev36 p06's form (二、针对反馈意见第一部分第2个问题和第二部分第1个问题（……和……）), in words of our own.
        const string Feedback = """
            县委第五巡察组关于巡察县实验小学党支部的反馈意见
            一、落实上级决策部署方面
            1．课后服务开展不规范。课后服务时段以集体补课代替兴趣活动。
            2．学生课业负担偏重。抽查的5个班级中有3个班书面作业超时。
            二、落实全面从严治党责任方面
            1．违规统一征订学习资料。2024年春季学期统一收取资料费3.2万元。
            2．固定资产管理不严。2台笔记本电脑长期由个人使用。
            """;
        var result = fixture.Analyze(Feedback, """
            县实验小学党支部关于巡察整改情况的报告
            一、针对反馈意见第一部分第1个问题（课后服务开展不规范）
            课后服务时段全部改为兴趣活动，由教导处每周检查一次。（责任领导：副校长；已完成）
            二、针对反馈意见第一部分第2个问题和第二部分第1个问题（两个问题同属学生负担学校合并整改）
            各班每周公布作业计划，3.2万元资料费已全部退还家长。（责任领导：副校长；已完成）
            三、针对反馈意见第二部分第2个问题（固定资产管理不严）
            2台笔记本电脑已收回并登记入账。（责任领导：总务主任；已完成）
            县实验小学党支部
            2025年6月30日
            """);
        Assert.Equal(["I2", "I3"], Assert.Single(result.Measures, m => m.Text.Contains("资料费已全部退还", StringComparison.Ordinal)).IssueIds.Order());
    }

    [Fact]
    public void A_merged_label_over_one_answer_answers_both_problems_it_numbers()
    {
        // dev36 p08's form (问题三、问题四：……；……。 over one 整改情况 for both), in words of our own.
        const string Feedback = """
            县委第二巡察组关于巡察县餐饮行业协会党支部的反馈意见
            一、巡察发现的主要问题
            1.会费管理不规范，2024年有0.8万元会费未及时入账。
            2.党支部组织生活不规范，“三会一课”记录不全。
            3.服务会员流于形式，培训活动参加人数逐年减少。
            4.秘书处内部管理松散，印章使用未登记。
            """;
        var result = fixture.Analyze(Feedback, """
            县餐饮行业协会党支部关于巡察整改情况的报告
            问题一：会费管理不规范。
            整改情况：0.8万元会费已于5月全额入账。责任人：秘书长。完成时限：2025年6月30日。
            问题二：党支部组织生活不规范。
            整改情况：重新制定年度组织生活计划，补齐会议记录。责任人：支部书记。完成时限：2025年6月30日。
            问题三、问题四：服务会员流于形式；秘书处内部管理松散。
            整改情况：按会员需求重新编排培训课程，全年举办8期；设立印章使用登记簿，印章一律不外借。责任人：秘书长。完成时限：2025年7月31日。
            县餐饮行业协会党支部
            2025年7月10日
            """);
        Assert.Equal(["I3", "I4"], Assert.Single(result.Measures, m => m.Text.Contains("印章使用登记簿", StringComparison.Ordinal)).IssueIds.Order());
        Assert.DoesNotContain(result.Gaps, g => g.Kind == GapKinds.UnansweredIssue);
    }

    [Fact]
    public void A_part_headed_by_slogans_of_the_rectification_heads_no_problem_and_its_themes_answer_theirs()
    {
        // dev37 p02's form (二、聚焦问题，扎实推进整改落实 over （一）抓……，推动…… themes, one a problem), in words of our own.
        const string Feedback = """
            县委第三巡察组关于巡察柳岸镇党委的反馈意见
            一、巡察发现的主要问题
            1.产业项目推进滞后。2个衔接资金项目至今未开工。
            2.惠民资金审核不严。耕地地力保护补贴多发1.3万元。
            3.村级工程管理不规范。4个村级项目未履行民主程序。
            """;
        var result = fixture.Analyze(Feedback, """
            柳岸镇党委关于巡察整改情况的报告
            一、提高站位，压实整改责任
            镇党委成立整改工作领导小组，党委书记任组长。
            二、聚焦问题，扎实推进整改落实
            （一）抓项目见效，推动衔接资金项目落地
            2个衔接资金项目中茶叶加工厂已于3月开工建设，冷库项目完成立项。（责任领导：副镇长；完成时限：2025年12月底前）
            （二）抓资金监管，守好群众钱袋子
            多发的补贴1.3万元已全部追回，建立三级审核机制。（责任领导：副镇长；已完成）
            （三）抓工程规范，推进小微项目阳光运行
            制定《村级小微工程项目管理办法》，4个项目已补充召开村民代表会议追认。（责任领导：纪委书记；已完成）
            柳岸镇党委
            2025年6月30日
            """);
        Assert.Equal(["I1"], Assert.Single(result.Measures, m => m.Text.Contains("茶叶加工厂", StringComparison.Ordinal)).IssueIds);
        Assert.Equal(["I3"], Assert.Single(result.Measures, m => m.Text.Contains("小微工程项目管理办法", StringComparison.Ordinal)).IssueIds);
    }

    [Fact]
    public void Two_parts_left_after_the_last_answer_in_the_feedbacks_order_take_the_two_problems_left_in_order()
    {
        // The in-order reading of parts (a part unlinked between two answers takes the one problem between them) for as many
        // parts as problems left in their slot, here the tail (dev16's form), in words of our own.
        const string Feedback = """
            县委第四巡察组关于巡察县统计局党组的反馈意见
            一、巡察发现的主要问题
            1.统计数据质量不高，3家企业上报数据与税务数据差异超过三成。
            2.统计执法检查偏松，2024年立案的4起案件均未作出处罚。
            3.意识形态工作责任制落实不到位，局党组全年未专题研究。
            4.干部队伍结构老化，45岁以下干部仅占两成。
            """;
        var result = fixture.Analyze(Feedback, """
            县统计局党组关于巡察整改情况的报告
            一、关于统计数据质量不高的问题
            对3家企业上报数据逐项核对，差异数据已全部更正。（责任领导：副局长；已完成）
            二、关于统计执法检查偏松的问题
            对4起案件依法作出处罚，罚款合计2.4万元。（责任领导：副局长；已完成）
            三、抓思想引领
            5月召开党组会议作出部署，印发年度工作要点。（责任领导：局长；已完成）
            四、抓梯队建设
            通过公开遴选补充3名35岁以下同志，年内再补充2名。（责任领导：局长；完成时限：2025年12月底前）
            县统计局党组
            2025年6月30日
            """);
        Assert.Equal(["I3"], Assert.Single(result.Measures, m => m.Text.Contains("印发年度工作要点", StringComparison.Ordinal)).IssueIds);
        Assert.Equal(["I4"], Assert.Single(result.Measures, m => m.Text.Contains("公开遴选", StringComparison.Ordinal)).IssueIds);
    }
    [Fact]
    public void Items_labelled_by_a_word_of_their_own_and_a_number_head_their_answers()
    {
        // dev17 p06's form (销号事项一：title, then 整改措施：/责任人：/销号情况： lines), in words of our own: the answers share few
        // words with their problems, so only the labels' titles link them.
        const string Feedback = """
            市委第二巡察组关于巡察市图书馆党支部的反馈意见
            一、巡察发现的主要问题
            1.古籍保护不到位，2部善本存放库房温湿度长期超标。
            2.读者服务收费不规范，复印服务外包后收费标准未公示。
            3.志愿者补贴发放不严，4名未到岗人员领取补贴0.6万元。
            """;
        var result = fixture.Analyze(Feedback, """
            市图书馆党支部巡察反馈问题对账销号情况报告
            市委巡察办：
            现将整改对账销号情况报告如下。
            督办事项一：古籍保护不到位
            整改措施：更换库房恒温恒湿设备，安排专人每日记录。
            责任人：副馆长；完成时限：2025年5月31日。
            销号情况：已销号。
            督办事项二：读者服务收费不规范
            整改措施：与外包方重新约定价目并在服务台张贴，多收的款项已退还。
            责任人：办公室主任；完成时限：2025年4月30日。
            销号情况：已销号。
            督办事项三：志愿者补贴发放不严
            整改措施：0.6万元已全部追回，今后按签到记录核发。
            责任人：副馆长；完成时限：2025年4月30日。
            销号情况：已销号。
            市图书馆党支部
            2025年6月10日
            """);
        Assert.Equal(["I2"], Assert.Single(result.Measures, m => m.Text.Contains("约定价目", StringComparison.Ordinal)).IssueIds);
        Assert.Equal(["I3"], Assert.Single(result.Measures, m => m.Text.Contains("按签到记录核发", StringComparison.Ordinal)).IssueIds);
    }

    [Fact]
    public void A_group_line_under_a_ledgers_header_is_no_second_header_line_and_its_leaders_are_read()
    {
        // dev39 p04's form (a table ledger whose first line under the header is 一、党的领导方面 with blank cells), in words of our own.
        const string Feedback = """
            县委第一巡察组关于巡察县水务公司党委的反馈意见
            一、巡察发现的主要问题
            1.党委前置研究重大事项清单未制定，2项投资由经理层直接决定。
            2.公务用车管理松散，节假日私用公车5次。
            3.水费收缴管理存在漏洞，营业网点现金滞留最长30天。
            """;
        var result = fixture.Analyze(Feedback, """
            县水务公司党委关于巡察整改落实情况的报告
            公司党委将反馈问题逐项建立台账，整改情况见下表。
            序号 | 问题概要 | 整改措施 | 责任领导 | 牵头部门 | 整改时限 | 完成情况
            一、党的领导方面 | | | | | |
            1.1 | 重大事项未经党委前置研究 | 制定《党委前置研究讨论重大经营管理事项清单》，2项投资已补充提交党委会研究。 | 党委书记万某 | 党群工作部 | 2025年6月底前 | 已完成
            二、作风建设方面 | | | | | |
            2.1 | 节假日公车私用 | 公务用车节假日一律封存，私用产生的费用已由当事人退赔，对当事人批评教育。 | 副总经理乔某 | 综合办公室 | 立行立改 | 已完成
            三、经营管理方面 | | | | | |
            3.1 | 营业网点现金滞留 | 营业网点现金改为当日归集入账，财务部每周核对。 | 总会计师费某 | 财务部 | 2025年6月底前 | 已完成
            县水务公司党委
            2025年7月5日
            """);
        Assert.Equal("党委书记万某", Assert.Single(result.Measures, m => m.Text.Contains("前置研究讨论", StringComparison.Ordinal)).Owner);
        Assert.Equal("总会计师费某", Assert.Single(result.Measures, m => m.Text.Contains("当日归集", StringComparison.Ordinal)).Owner);
    }
    [Fact]
    public void An_item_of_a_paragraph_read_with_the_owner_line_after_it_answers_what_the_paragraphs_other_items_answer()
    {
        // dev39 p07's form (在……上，一是……；二是……；三是制定《……办法》…… then （责任人：……） on a line of its own), in words of our own.
        const string Feedback = """
            区委第二巡察组关于巡察荷塘社区党委的反馈意见
            一、巡察发现的主要问题
            一是低保审核把关不严，2名社区工作人员的亲属不符合条件仍享受低保，累计领取1.4万元。
            二是社区用房出租收入3.2万元未纳入社区账户管理，由社区“两委”成员个人保管使用。
            """;
        var result = fixture.Analyze(Feedback, """
            荷塘社区党委关于巡察整改情况的报告
            一、民生保障方面
            在低保审核上，一是对2名社区工作人员亲属的低保待遇已停发，累计领取的1.4万元已全部追回；二是对负有直接责任的社区工作人员给予党内警告处分。
            （责任人：社区党委副书记；完成时限：2025年7月底前）
            在社区用房出租收入管理上，一是社区用房出租收入3.2万元已全部收回缴入社区专户；二是对个人保管使用出租收入的社区居委会副主任进行诫勉谈话；三是制定《荷塘社区集体资产和收益管理办法》，出租合同一律经“两委”会议研究并公示。
            （责任人：社区居委会主任）
            荷塘社区党委
            2025年8月22日
            """);
        Assert.Equal(["I2"], Assert.Single(result.Measures, m => m.Text.Contains("收益管理办法", StringComparison.Ordinal)).IssueIds);
    }
    [Fact]
    public void A_theme_part_whose_items_match_nothing_one_by_one_answers_the_problem_its_words_together_are_nearest()
    {
        // dev39 p02's form (the unit's own themes 一、聚焦思想建设…… 二、聚焦组织建设……, items 一是……二是……三是……, each too far
        // from its problem alone), in words of our own.
        const string Feedback = """
            县委第一巡察组关于巡察荻洲镇党委的反馈意见
            一、巡察发现的主要问题
            1.乡村振兴项目推进缓慢。镇里2022年投资72万元建设的竹编加工厂建成后一直闲置，部分设备锈蚀。
            2.惠民补贴发放把关不严。2名村干部为亲属违规申报耕地地力保护补贴共2.6万元。
            3.议事决策不够规范。2024年有4项“三重一大”事项未经党委会集体研究。
            4.干部作风不够扎实。便民服务中心窗口人员上班时间脱岗，群众办事多次跑腿。
            5.村级党组织建设存在薄弱环节。3个村党支部全年“三会一课”记录不全，组织生活不正常；外出流动党员中有9人长期失联，管理处于真空状态，有的村党支部书记对本村党员底数不清，2个村连续两年没有发展党员。
            6.理论学习流于形式。镇党委理论学习中心组2024年只集中学习3次，研讨发言内容雷同。
            """;
        var result = fixture.Analyze(Feedback, """
            荻洲镇党委关于巡察整改情况的报告
            一、聚焦思想建设，推动理论武装走深走实
            镇党委修订《理论学习中心组学习规则》，明确每月至少集中学习1次，研讨发言须结合分管工作。
            （责任领导：镇党委书记；完成时限：2025年6月底前）
            二、聚焦组织建设，夯实基层战斗堡垒
            一是对3个组织生活不正常的村党支部开展集中整顿，班子成员分别包村蹲点，指导补齐支委会和党员大会；二是对9名失联流动党员逐一查找，已联系上7人，纳入微信群管理；三是每季度对村级台账进行抽查，结果纳入年度考核。
            （责任领导：镇党委副书记；完成时限：2025年9月底前）
            三、聚焦作风建设，改进服务群众方式
            针对惠民补贴发放中的问题，一是违规享受的补贴2.6万元已全部追缴；二是修订补贴申报审核流程，实行村级公示、镇级审核、部门复核。
            （责任领导：副镇长；完成时限：2025年7月底前）
            四、聚焦制度建设，扎紧管权管事的笼子
            针对议事决策方面的问题，一是修订《镇党委会议议事规则》，列出必须上会的事项清单；二是对4项事项重新提交党委会审议。
            （责任领导：镇党委书记；立行立改）
            五、聚焦发展建设，盘活闲置资产
            竹编加工厂已通过公开竞价由一家合作社承租运营，年租金3.5万元归村集体所有。
            （责任领导：镇长；完成时限：2025年10月底前）
            荻洲镇党委
            2025年8月5日
            """);
        Assert.Equal(["I5"], Assert.Single(result.Measures, m => m.Text.Contains("失联流动党员", StringComparison.Ordinal)).IssueIds);
        Assert.Equal(["I5"], Assert.Single(result.Measures, m => m.Text.Contains("集中整顿", StringComparison.Ordinal)).IssueIds);
    }
    [Fact]
    public void Under_a_heading_that_answers_two_problems_a_paragraph_that_opens_by_naming_one_answers_that_one_with_its_items()
    {
        // dev39 p02's form (三、聚焦作风建设…… over 针对干部作风方面的问题，……slogans…… and 针对惠民补贴发放中的问题，一是……二是……),
        // in words of our own: the slogans answer the style problem alone, so they are vague; the items answer the subsidies.
        var result = fixture.Analyze("""
            县委第一巡察组关于巡察荻洲镇党委的反馈意见
            一、巡察发现的主要问题
            1.惠民补贴发放把关不严。巡察抽查发现，2名村干部为其亲属违规申报耕地地力保护补贴，涉及资金2.6万元，镇农业农村办审核时照单全收。
            2.干部作风不够扎实。便民服务中心窗口人员上班时间脱岗、玩手机的现象时有发生，群众办理宅基地审批平均要跑4趟。
            3.议事决策不够规范。2024年有4项“三重一大”事项未经党委会集体研究。
            """, """
            荻洲镇党委关于巡察整改情况的报告
            一、聚焦作风建设，改进服务群众方式
            针对干部作风方面的问题，镇党委高度重视，教育引导全镇干部进一步提高政治站位，牢固树立以人民为中心的发展思想，切实增强服务意识，坚决克服庸懒散，努力打造服务型机关。
            针对惠民补贴发放中的问题，一是对2名村干部亲属违规享受的耕地地力保护补贴共2.6万元全部追缴到位，已上缴县财政；二是修订补贴申报审核流程，实行村级公示、镇级审核、部门复核“三级把关”；三是对负有责任的2名村干部给予诫勉谈话。
            （责任领导：副镇长；完成时限：2025年7月底前，已完成）
            二、聚焦制度建设，扎紧管权管事的笼子
            修订《镇党委会议议事规则》，列出必须上会的事项清单；对4项事项重新提交党委会审议。
            （责任领导：镇党委书记；立行立改）
            荻洲镇党委
            2025年8月5日
            """);
        Assert.Equal(["I1"], Assert.Single(result.Measures, m => m.Text.Contains("追缴到位", StringComparison.Ordinal)).IssueIds);
        Assert.Equal(["I2"], Assert.Single(result.Measures, m => m.Text.Contains("庸懒散", StringComparison.Ordinal)).IssueIds);
        Assert.Contains(result.Gaps, g => g.Kind == GapKinds.VagueMeasure && g.IssueId == "I2");
        Assert.DoesNotContain(result.Gaps, g => g.Kind == GapKinds.CopiedMeasure);
    }
    [Fact]
    public void Items_under_a_merged_heading_after_one_naming_its_problem_answer_the_one_of_the_two_their_words_are_nearest()
    {
        // dev39 p10's form ((三)关于工程建设和外出学习费用方面的问题 / 一是对……拆分标段的问题，……处分；二是修订《……》……公开招标；
        // 三是……退赔；四是制定《……》), in words of our own: the sanction and the tender rule answer the tender problem, the refund
        // and the travel rule the Eight-point Rules problem, whose answer then holds nobody to account.
        var result = fixture.Analyze("""
            县委第一巡察组关于巡察县人民检察院党组的反馈意见
            一、巡察发现的主要问题
            1.规避招标问题。2024年办案用房改造工程（总金额88万元）被人为拆分为3个标段，规避公开招标，均由同一家施工单位承建。
            2.违反中央八项规定精神。2024年以“业务交流”名义组织干警赴外地参观学习，其间安排到景区游览，相关费用2.7万元在培训费中列支。
            3.年轻干部培养力度不够。40岁以下的员额检察官仅2人，年轻干警独立办案机会少。
            """, """
            县人民检察院党组关于巡察整改情况的报告
            （一）关于工程建设和外出学习费用方面的问题
            一是对办案用房改造工程拆分标段的问题，经县纪委监委调查，给予时任办公室主任政务警告处分；二是修订《机关基建工程和政府采购管理办法》，同一项目不得拆分，预算金额达到限额的一律进入公共资源交易中心公开招标；三是参观学习期间的景区游览费用2.7万元，已由参加人员全额退赔；四是制定《干警外出学习培训管理规定》，培训期间严禁安排游览。
            （二）给年轻干警压担子
            制定《年轻干警培养三年规划》，对40岁以下的干警实行导师制培养，今年已独立承办案件18件。
            县人民检察院党组
            2025年9月8日
            """);
        Assert.Equal(["I1"], Assert.Single(result.Measures, m => m.Text.Contains("政务警告处分", StringComparison.Ordinal)).IssueIds);
        Assert.Equal(["I1"], Assert.Single(result.Measures, m => m.Text.Contains("公开招标", StringComparison.Ordinal)).IssueIds);
        Assert.Equal(["I2"], Assert.Single(result.Measures, m => m.Text.Contains("全额退赔", StringComparison.Ordinal)).IssueIds);
        Assert.DoesNotContain(result.Gaps, g => g.Kind == GapKinds.UnansweredIssue);
        Assert.Contains(result.Gaps, g => g.Kind == GapKinds.NoAccountability && g.IssueId == "I2");
    }
    [Fact]
    public void Items_written_a_line_each_after_their_lead_answer_what_the_other_items_of_that_lead_answer()
    {
        // dev39 p07's form written as the item-lines variant does (在……上， then 一是…… / 二是…… / 三是…… a line each), in words of
        // our own: the lead and its item lines are one paragraph.
        var result = fixture.Analyze("""
            区委第二巡察组关于巡察荷塘社区党委的反馈意见
            一、巡察发现的主要问题
            一是低保审核把关不严，2名社区工作人员的亲属不符合条件仍享受低保，累计领取1.4万元。
            二是社区用房出租收入3.2万元未纳入社区账户管理，由社区“两委”成员个人保管使用。
            """, """
            荷塘社区党委关于巡察整改情况的报告
            一、民生保障方面
            在低保审核上，
            一是对2名社区工作人员亲属的低保待遇已停发，累计领取的1.4万元已全部追回；
            二是对负有直接责任的社区工作人员给予党内警告处分。
            （责任人：社区党委副书记；完成时限：2025年7月底前）
            在社区用房出租收入管理上，
            一是社区用房出租收入3.2万元已全部收回缴入社区专户；
            二是对个人保管使用出租收入的社区居委会副主任进行诫勉谈话；
            三是制定《荷塘社区集体资产和收益管理办法》，出租合同一律经“两委”会议研究并公示。
            （责任人：社区居委会主任）
            荷塘社区党委
            2025年8月22日
            """);
        Assert.Equal(["I2"], Assert.Single(result.Measures, m => m.Text.Contains("收益管理办法", StringComparison.Ordinal)).IssueIds);
    }
    [Fact]
    public void A_first_person_reports_closing_and_its_next_steps_above_the_sign_off_answer_no_problem()
    {
        // dev40 p07's form (a secretary's report: 一、关于……的问题。…… / 七、…… then 整改工作虽然取得了阶段性成效，……下一步，我将……：
        // 一是……；二是……；三是……。 and 报告人：……), in words of our own.
        var result = fixture.Analyze("""
            县委第二巡察组关于巡察县城投公司党支部的反馈意见
            一、工程结算审核不严，游泳馆工程未经造价审核即按施工方报送金额结算，多付工程款18.6万元。
            二、安全生产责任落实不到位，体育场看台日常检查记录不全，2023年未组织应急演练。
            """, """
            关于县委第二巡察组反馈意见整改情况的报告
            （县城投公司党支部书记、董事长）
            县委巡察工作领导小组：
            巡察反馈后，我作为整改第一责任人，主持制定了整改方案。下面，我把各项问题的整改情况报告如下。
            一、关于工程结算审核不严的问题。我们委托造价咨询机构对已结算的6个工程项目复审，核减结算金额18.6万元，已从施工方质保金中扣回。同时出台《公司工程结算审核实施细则》，所有结算须经第三方造价审核。
            二、关于安全生产责任落实不到位的问题。6月补齐看台等4处设施的检查记录，明确每日开馆前由当班安全员检查签字；7月3日组织了观众疏散应急演练。
            整改工作虽然取得了阶段性成效，但我也清醒地认识到，有的问题根子还没有完全挖出来。下一步，我将继续履行好第一责任人职责：一是每季度听取一次制度执行情况汇报；二是年底前请县国资中心对整改情况开展一次评估；三是对已完成的问题适时“回头看”。
            报告人：简知秋
            2024年7月15日
            """);
        Assert.Equal(["I2"], Assert.Single(result.Measures, m => m.Text.Contains("应急演练", StringComparison.Ordinal)).IssueIds);
        var closing = result.Measures.Where(m => m.Text.Contains("开展一次评估", StringComparison.Ordinal) || m.Text.Contains("回头看", StringComparison.Ordinal) || m.Text.Contains("阶段性成效", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(closing);
        Assert.All(closing, m => Assert.Empty(m.IssueIds));
    }

    [Fact]
    public void A_paragraph_that_opens_by_naming_its_problem_without_a_heading_answers_that_problem()
    {
        // dev42 p05's form (paragraphs with no number: 耕地……不严的问题，所里一是……；二是……。 / 在加强学习方面，一是……), in words of our own.
        var result = fixture.Analyze("""
            县农业农村局党组巡察组关于对县农机服务站巡察发现问题的反馈
            问题1：农机购置补贴审核不严。2024年有5台农机重复申报补贴，多发补贴3.1万元。
            问题2：农机维修收费管理混乱。维修配件收费没有公示，部分收入未入单位账户。
            问题3：政治理论学习流于形式。学习记录多为抄录文件，没有研讨。
            """, """
            县农机服务站党支部关于巡察反馈问题整改情况的报告
            县农业农村局党组：
            现将整改情况报告如下。
            站党支部成立整改工作小组，支部书记为第一责任人，建立整改台账。
            维修收费不规范的问题，站里一是在服务大厅公示全部维修配件价格；二是收费一律开具票据，存入单位账户，1.4万元已补缴入账。（责任人：副站长贺兰；完成时限：2025年6月30日）
            补贴申报审核把关不严的问题，一是对2024年补贴名册逐台核对，多发的3.1万元已全部追回；二是补贴申报实行机具号码与发票双比对。（责任人：站长盛维；完成时限：2025年5月31日）
            在加强学习方面，一是每月开展一次集中研讨；二是学习记录由支部书记审签。（责任人：支部书记盛维；完成时限：长期坚持）
            县农机服务站党支部
            2025年7月1日
            """);
        Assert.Equal(["I2"], Assert.Single(result.Measures, m => m.Text.Contains("公示全部维修配件价格", StringComparison.Ordinal)).IssueIds);
        Assert.Equal(["I1"], Assert.Single(result.Measures, m => m.Text.Contains("机具号码与发票双比对", StringComparison.Ordinal)).IssueIds);
        Assert.Equal(["I3"], Assert.Single(result.Measures, m => m.Text.Contains("集中研讨", StringComparison.Ordinal)).IssueIds);
    }

    [Fact]
    public void A_heading_that_answers_problems_by_bracketed_numbers_answers_each_of_them()
    {
        // dev44 p05's form (一、针对反馈意见第（一）项问题 … 三、针对反馈意见第（二）项和第（三）项问题), in words of our own.
        var result = fixture.Analyze("""
            县委第三巡察组关于巡察县水务公司党支部的反馈意见
            一、巡察发现的主要问题
            （一）供水管网漏损率偏高，2024年漏损率达到19%，高于行业标准。
            （二）“三重一大”决策制度执行不严，管网改造项目变更增加费用52万元，未经党支部研究。
            （三）选人用人不规范，3名中层干部任免没有考察材料。
            """, """
            县水务公司党支部关于巡察整改情况的报告
            一、针对反馈意见第（一）项问题
            对城区主干管网开展分区计量，更换老旧管道4.2公里，漏损率下降到13%。（责任部门：管网部；完成时限：2025年6月30日）
            二、针对反馈意见第（二）项和第（三）项问题
            修订党支部前置研究事项清单，工程变更和中层干部任免一律先经党支部研究；对3名中层干部补充考察材料。（责任部门：综合办公室；完成时限：2025年5月31日）
            县水务公司党支部
            2025年7月1日
            """);
        var merged = Assert.Single(result.Measures, m => m.Text.Contains("前置研究事项清单", StringComparison.Ordinal));
        Assert.Equal(["I2", "I3"], merged.IssueIds.Order(StringComparer.Ordinal));
        Assert.Equal(["I1"], Assert.Single(result.Measures, m => m.Text.Contains("分区计量", StringComparison.Ordinal)).IssueIds);
    }

    [Fact]
    public void A_last_answer_headed_in_other_words_takes_the_last_problem_left_though_a_division_of_tasks_and_next_steps_follow()
    {
        // dev16 p08's form, in words of our own: the last answer's heading names its problem by its area (意识形态工作), the
        // feedback by its facts (公众号和家长群的信息发布); the parts after it (五、责任分工 / 六、下一步工作) answer no problem,
        // so the slot of one problem holds one answer, and order gives it.
        const string Feedback = """
            县委第三巡察组关于巡察县机关幼儿园党支部的反馈意见
            一、巡察发现的主要问题
            1.伙食费管理不规范，幼儿伙食费与教职工伙食费没有分开核算，2024年幼儿伙食费结余超过规定比例。
            2.物品采购不规范，2024年购置的玩教具和图书共计16.8万元，没有进行比价。
            3.党员发展工作停滞，2022年以来没有发展一名党员。
            4.幼儿园微信公众号和家长群的信息发布没有审核把关，2024年公众号转发的1篇育儿文章内容失实。
            """;
        const string Report = """
            中共县机关幼儿园支部委员会关于巡察整改情况的报告
            县委巡察工作领导小组：
            支部成立由书记任组长的整改工作领导小组，书记为第一责任人，现将整改情况报告如下。
            一、关于伙食费管理不规范的问题
            【措施一】幼儿伙食费与教职工伙食费自2025年1月起分账核算，结余每月在家长公示栏公布。
            二、关于物品采购不规范的问题
            【措施二】制定《幼儿园物品采购管理办法》，1000元以上的采购一律三家比价。
            三、关于党员发展工作停滞的问题
            【措施三】支委会对3名递交入党申请书的青年教师进行研究，确定入党积极分子2名。
            四、关于意识形态工作存在薄弱环节的问题
            【措施四】进一步提高对意识形态工作重要性的认识，切实增强阵地意识，牢牢掌握意识形态工作主动权。
            五、责任分工
            措施一、措施二由园长刘芸负责，2025年3月31日前完成；措施三、措施四由支部书记负责，长期坚持。
            六、下一步工作
            支部将每学期对照整改台账回头看一次，防止问题反弹。整改情况已在园务公开栏公示。
            """;
        var result = fixture.Analyze(Feedback, Report);
        Assert.Equal(["I4"], result.Measures.Single(m => m.Text.Contains("意识形态工作主动权", StringComparison.Ordinal)).IssueIds);
        Assert.DoesNotContain(result.Gaps, g => g.Kind == GapKinds.UnansweredIssue);
        Assert.Contains(result.Gaps, g => g.Kind == GapKinds.VagueMeasure && g.IssueId == "I4");
    }

    [Fact]
    public void A_ledger_pasted_one_cell_a_line_gives_each_row_its_measure_owner_and_time_limit()
    {
        // dev59 p06's form (a table's text as a PDF gives it: 序号 / 问题 / 整改措施 / … each on a line, then each row's cells), in
        // words of our own: the row's leader and time limit are the measure's, not lines of their own.
        var result = fixture.Analyze("""
            县委第二巡察组关于巡察县自来水公司党支部的反馈意见
            一、巡察发现的主要问题
            1.供水管网漏损率偏高，2024年城区漏损率达到19%，高于行业标准。
            2.水费减免审批不严，2024年有37户减免水费没有经过集体研究。
            3.安全生产检查流于形式，2座加压泵站的检查记录连续5个月内容相同。
            """, """
            县自来水公司党支部关于巡察整改情况的报告
            县委巡察工作领导小组办公室：
            县委第二巡察组反馈意见后，公司党支部成立整改工作领导小组，书记任组长。各问题整改情况见下表。
            县自来水公司巡察整改情况表
            序号
            问题
            整改措施
            整改成效
            责任领导
            完成时限
            1
            管网漏损率偏高
            对城区主干管网实行分区计量，更换老旧铸铁管道4.2公里。
            漏损率降到13%，其余管段改造正在推进。
            副经理邬成林
            2025年10月31日
            2
            水费减免审批不严
            37户减免逐户复核，不符合条件的9户补缴水费；制定《水费减免审批办法》，减免一律经经理办公会研究。
            已完成。
            经理柴向晚
            2025年4月30日
            3
            泵站安全检查走过场
            两座加压泵站改为每周检查一次，检查人对照清单逐项拍照留痕；分管领导每月抽查一次记录。
            正在推进。
            副经理邬成林
            2025年9月30日
            公司党支部将继续跟踪督办，完成一项、销号一项。
            中共县自来水公司支部委员会
            2025年5月20日
            """);
        var pipes = Assert.Single(result.Measures, m => m.Text.Contains("分区计量", StringComparison.Ordinal));
        Assert.Equal(["I1"], pipes.IssueIds);
        Assert.Contains("邬成林", pipes.Owner, StringComparison.Ordinal);
        Assert.Equal(["I3"], Assert.Single(result.Measures, m => m.Text.Contains("拍照留痕", StringComparison.Ordinal)).IssueIds);
        Assert.DoesNotContain(result.Gaps, g => g.Kind is GapKinds.NoOwner or GapKinds.NoDeadline);
    }

    [Fact]
    public void Tasks_keyed_by_their_problems_code_answer_that_problem_with_the_fields_line_that_closes_them()
    {
        // dev59 p09's form (a code for each problem, its tasks numbered under it, one line of who and by when after them), in
        // words of our own: a task whose words share nothing with the problem still answers it by its code.
        var result = fixture.Analyze("""
            县委第四巡察组关于巡察县粮食储备公司党支部的反馈意见
            一、巡察发现的主要问题
            1.储备粮轮换管理不规范，2024年有2批次轮换没有公开竞价，轮换差价收入核算不清。
            2.安全储粮责任落实不到位，3个库点的测温系统长期损坏，粮情检查记录不全。
            3.党支部“三会一课”不规范，2024年有4个月没有召开支委会。
            """, """
            县粮食储备公司党支部关于巡察整改进展情况的报告
            县委巡察工作领导小组办公室：
            县委第四巡察组反馈巡察意见后，公司党支部逐项分解任务，现将整改进展情况报告如下。
            一、问题编码
            LH-1　轮换竞价和差价核算
            AQ-1　测温系统和粮情检查
            DJ-1　支委会和三会一课
            二、任务进展
            LH-1-1　今后每批次储备粮轮换一律进入县公共资源交易平台公开竞价。已完成。
            LH-1-2　聘请会计师事务所对2024年轮换差价收入逐笔清理核算，清出未入账收入3.6万元。已完成。
            LH-1-3　制定《资金往来审批办法》，大额收支一律经班子会研究。已完成。
            （LH-1责任领导：经理祁望舒；完成时限：2025年6月30日）
            AQ-1-1　更换3个库点的测温电缆和主机，测温数据接入省级粮库监管平台。正在推进。
            AQ-1-2　粮情检查实行双人签字，每周一次。已完成。
            （AQ-1责任领导：副经理湛立秋；完成时限：2025年8月31日）
            """);
        var rule = Assert.Single(result.Measures, m => m.Text.Contains("资金往来审批办法", StringComparison.Ordinal));
        Assert.Equal(["I1"], rule.IssueIds);
        Assert.Contains("祁望舒", rule.Owner, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Gaps, g => g.Kind is GapKinds.NoOwner or GapKinds.NoDeadline && g.IssueId is "I1" or "I2");
    }

    [Fact]
    public void A_line_labelled_as_the_result_of_the_item_before_it_answers_what_that_item_answers()
    {
        // dev59 p10's form (整改前 / 采取的措施 / 整改后 for each item, the owner and date in the last), in words of our own: the
        // 整改后 line shares no words with its problem, yet it is that item's.
        var result = fixture.Analyze("""
            县委第二巡察组关于巡察县敬老院党支部的反馈意见
            一、巡察发现的主要问题
            1.伙食费使用不规范，2024年伙食费结余1.3万元挪作他用。
            2.消防安全隐患较多，多个房间私拉电线，消防通道堆放杂物。
            3.春节前以慰问名义给职工发放土特产，公务车接送领导家属。
            """, """
            县敬老院党支部关于巡察整改情况的报告
            县委巡察工作领导小组办公室：
            现将整改情况报告如下。
            整改前：伙食费结余没有用在老人身上。
            采取的措施：伙食费实行专账核算，结余部分用于下月改善伙食，每月公示伙食账目。
            整改后：2025年1月人均日伙食支出19.6元。责任领导：副院长巫某；完成时间：2024年12月31日
            整改前：房间私拉电线，通道堆放杂物。
            采取的措施：拆除私拉电线41处，清理消防通道杂物，夜间值班增加到2人。
            整改后：经县消防救援大队复查，隐患已全部消除。责任领导：副院长苟某；完成时间：2024年12月25日
            整改前：节日发放土特产，公务车接送家属。
            采取的措施：发放的0.6万元已由领取职工全部退回；修订《公务用车使用管理规定》，车辆使用一律登记审批。
            整改后：元旦、春节期间未再发生此类情况。责任领导：院长郁某；完成时间：2025年1月5日
            县敬老院党支部
            2025年2月20日
            """);
        var after = Assert.Single(result.Measures, m => m.Text.Contains("元旦、春节期间", StringComparison.Ordinal));
        Assert.Equal(["I3"], after.IssueIds);
        Assert.DoesNotContain(result.Gaps, g => g.Kind == GapKinds.NoOwner);
    }

    [Fact]
    public void A_problem_answered_nowhere_by_its_words_is_answered_where_its_own_figure_is_met()
    {
        // dev42 and dev48's case, in words of our own: the answer to the reception problem sits in another problem's part and
        // shares none of its words, but it names the problem's own figure (0.6万元), which no other problem gives.
        var result = fixture.Analyze("""
            县委第四巡察组关于巡察县农机服务中心党支部的反馈意见
            一、巡察发现的主要问题
            1.农机购置补贴审核不严，2024年有3台农机重复申报补贴。
            2.公务接待管理不规范，2024年接待上级检查时超标准列支餐费0.6万元。
            3.党支部“三会一课”不规范，2024年有4个月没有召开支委会。
            """, """
            县农机服务中心党支部关于巡察整改情况的报告
            县委巡察工作领导小组办公室：
            现将整改情况报告如下。
            一、关于农机购置补贴审核不严的问题
            对2024年以来的补贴申报逐台复核，重复申报的3台已追回补贴；补贴审核实行机具号码与发票双比对。（责任人：副主任邱某；完成时限：2025年3月31日）
            二、关于“三会一课”不规范的问题
            支委会每月召开一次，会议记录当场签字，支部书记每月审核。（责任人：支部书记陶某；完成时限：长期坚持）
            此外，超出部分的0.6万元已由陪同人员全部退回，相关人员作出书面检查。
            县农机服务中心党支部
            2025年4月20日
            """);
        Assert.Contains("I2", Assert.Single(result.Measures, m => m.Text.Contains("0.6万元", StringComparison.Ordinal)).IssueIds);
        Assert.DoesNotContain(result.Gaps, g => g.Kind == GapKinds.UnansweredIssue);
    }

    [Fact]
    public void A_heading_that_quotes_two_problems_answers_both_each_measure_the_one_it_speaks_of()
    {
        // dev74 p06's form (关于“A”和“B”的问题 over the answers to both), in words of our own: the heading restates both problems,
        // so the measures on the second are its own and it is answered.
        var result = fixture.Analyze("""
            县委第一巡察组关于巡察县水产技术推广站党支部的反馈意见
            一、巡察发现的主要问题
            1.苗种推广任务完成不好。2024年下达的鱼苗推广任务为300万尾，实际完成190万尾。
            2.发展党员程序不规范。1名新党员的培养期不满一年即被列为发展对象。
            3.上轮巡察整改不彻底。2021年巡察指出的“报销票据不规范”问题仍然存在，抽查的2024年凭证中有18张白条入账。
            """, """
            县水产技术推广站党支部关于巡察整改情况的报告
            县委巡察办：
            现将整改情况报告如下。
            （一）关于“苗种推广任务完成不好”的问题
            与3个乡镇签订推广协议，2025年鱼苗推广任务分解到季度，每月通报进度。（责任领导：站长；整改时限：2025年12月31日）
            （二）关于“发展党员程序不规范”和“上轮巡察整改不彻底”的问题
            一是对该名党员的发展材料进行复查，报机关党委审核。二是对2024年以来的财务凭证全面清理，18张白条已全部换开合规票据。三是修订《财务报销管理规定》，白条一律不得入账。（责任领导：支部书记；整改时限：2025年3月31日）
            县水产技术推广站党支部
            2025年5月30日
            """);
        Assert.DoesNotContain(result.Gaps, g => g.Kind == GapKinds.UnansweredIssue);
        Assert.Contains(Measure(result, "18张白条").Links, l => l.IssueId == "I3");
        Assert.Contains(Measure(result, "发展材料").Links, l => l.IssueId == "I2");
    }

    [Fact]
    public void A_ledgers_category_column_with_ditto_marks_does_not_decide_which_problem_a_row_answers()
    {
        // dev80 p02's form (a ledger 序号 | 问题类别 | 反馈问题 | 整改措施 | …, the category written 〃 under the row above), in words of
        // our own: each row answers the problem its 反馈问题 cell states, not the one above it.
        var result = fixture.Analyze("""
            县委第四巡察组关于巡察县自来水公司党支部的反馈意见
            一、巡察发现的主要问题
            1.贯彻落实饮水安全部署有差距。3个乡镇的水质检测没有按月开展。
            2.重大经营事项未经支部前置研究。2024年管网改造项目投资160万元由总经理办公会直接决定。
            3.物资采购管理不规范。水处理药剂连续3年由同一家供应商供货，从未比选。
            """, """
            县自来水公司党支部关于巡察整改情况的报告
            县委巡察工作领导小组办公室：
            现将整改台账报告如下。
            序号 | 问题类别 | 反馈问题 | 整改措施 | 责任领导 | 整改时限 | 完成情况
            1 | 贯彻落实上级决策部署 | 乡镇水质检测未按月开展 | 委托县疾控中心按月检测3个乡镇水质，检测结果在公司网站公布。 | 副总经理卫某 | 2025年5月31日 | 已完成
            2 | 〃 | 重大经营事项未经支部前置研究 | 支部对管网改造项目补做审查；修订《“三重一大”决策实施办法》，列出前置研究事项清单。 | 支部书记晏某 | 2025年5月31日 | 已完成
            3 | 〃 | 水处理药剂长期单一来源 | 药剂年度采购通过县公共资源交易平台公开招标，确定2家供应商。 | 副总经理卫某 | 2025年6月15日 | 已完成
            县自来水公司党支部
            2025年6月20日
            """);
        Assert.Equal(["I2"], Measure(result, "补做审查").IssueIds);
        Assert.Equal(["I3"], Measure(result, "公开招标").IssueIds);
    }

    [Fact]
    public void A_closing_paragraph_that_names_each_problem_by_number_answers_each_with_its_own_clause()
    {
        // dev80 p05's form (a closing 追责问责 part: 针对第三个问题，对……给予诫勉谈话；针对第一个问题，对……进行批评教育), in words of our own.
        var result = fixture.Analyze("""
            县委第四巡察组关于巡察县图书馆党支部的反馈意见
            一、巡察发现的主要问题
            1.夜间安全值守形同虚设。2024年有5个夜班值守人员脱岗。
            2.组织生活不规范。2024年有4个月没有召开支部委员会。
            3.文创收入未及时入账。2024年文创产品销售收入2.1万元由经办人个人保管。
            """, """
            县图书馆党支部关于巡察整改情况的报告
            县委巡察工作领导小组办公室：
            一、关于夜间安全值守形同虚设的问题
            修订《夜间安全值守制度》，值守情况每晚视频抽查。责任领导：副馆长甄某；完成时限：2025年3月31日；已完成。
            二、关于组织生活不规范的问题
            制定支部年度工作计划，支部委员会每月召开一次。责任领导：支部书记柏某；完成时限：2025年3月31日；已完成。
            三、关于文创收入未及时入账的问题
            2.1万元已全部缴入单位账户；文创收入一律通过售票系统收款。责任领导：副馆长甄某；完成时限：2025年2月28日；已完成。
            四、追责问责情况
            坚持把整改与严肃问责结合起来。针对第三个问题，对个人保管文创收入的经办人给予诫勉谈话；针对第一个问题，对脱岗的值守人员扣发当月绩效并进行批评教育。
            县图书馆党支部
            2025年4月20日
            """);
        Assert.Equal(["I3"], Measure(result, "经办人给予诫勉谈话").IssueIds);
        Assert.Equal(["I1"], Measure(result, "扣发当月绩效").IssueIds);
    }

    [Fact]
    public void A_closing_paragraph_that_names_problems_by_part_and_item_answers_each_with_its_own_clause()
    {
        // dev80 p04's form (areas numbered 1．2． afresh; the report's closing part: ……进行了严肃处理：对第一部分第2条中……的问题，……；
        // 对第二部分第1条所涉……，……), in words of our own.
        var result = fixture.Analyze("""
            县委第二巡察组关于巡察县旅游客运公司党支部的反馈意见
            一、巡察发现的主要问题
            （一）贯彻落实上级决策部署方面
            1.景区客运安全隐患排查不到位。2辆客车的安全带损坏未及时维修。
            2.重大经营事项未经支部前置研究。2024年购置新车投资260万元由经理办公会直接决定。
            （二）全面从严治党方面
            1.以考察名义组织外出旅游。2024年以考察学习名义组织职工到外省旅游，费用2.3万元。
            2.票款未按时解缴。售票窗口现金多次隔日才存入银行。
            """, """
            县旅游客运公司党支部关于巡察整改情况的报告
            县委巡察工作领导小组办公室：
            一、逐项整改情况
            （一）反馈意见第一部分第1条
            对全部客车安全带逐一检查，损坏的2辆已维修。（责任领导：副经理苗某；完成时限：2025年3月31日）
            （二）反馈意见第一部分第2条
            支部对购车项目补做审查，修订《“三重一大”决策实施办法》。（责任领导：支部书记晁某；完成时限：2025年3月31日）
            （三）反馈意见第二部分第1条
            外出考察费用2.3万元已由参加人员全部退回。（责任领导：支部书记晁某；完成时限：2025年3月31日）
            （四）反馈意见第二部分第2条
            开通银行上门收款，现金当日解缴。（责任领导：副经理苗某；完成时限：2025年3月31日）
            二、追责问责情况
            公司党支部对反馈问题涉及的人员进行了严肃处理：对第一部分第2条中未履行前置程序的问题，经理在支部会议上作出书面检查；对第二部分第1条所涉外出考察活动，对组织者办公室主任给予诫勉谈话。
            县旅游客运公司党支部
            2025年4月20日
            """);
        Assert.Equal(["I2"], Measure(result, "书面检查").IssueIds);
        Assert.Equal(["I3"], Measure(result, "办公室主任给予诫勉谈话").IssueIds);
    }

    [Fact]
    public void A_problem_lists_row_head_is_the_name_a_ledger_row_answers_it_by()
    {
        // dev86 p08's form (a 问题清单 as a table: 序号 | 问题类别 | 问题表现 | 整改要求, the category a failing of its own; the
        // report's ledger names each row by that category), in words of our own.
        var result = fixture.Analyze("""
            中共某县委机动巡察组关于反馈某镇财政所机动巡察问题清单的函
            某镇财政所党支部：
            现将巡察发现的问题以清单形式反馈给你们（见附表），请于反馈之日起3个月内报送整改情况。
            附表：机动巡察反馈问题清单
            序号｜问题类别｜问题表现｜整改要求
            1｜报账审核把关不严｜所里为村级组织入账白条和无效票据43张，金额共计9.6万元。｜逐笔清理不合规票据。
            2｜支付审批流于形式｜村级网银支付未经村务监督委员会审核签字即予办理，抽查的30笔大额支出中有11笔未履行审批手续。｜补充审查，规范审批。
            3｜集体资产台账不实｜所里代理记账的12个村中，有7个村的资产台账与实物不符，发包合同有41份未登记入台账。｜全面清查，账实相符。
            """, """
            某镇财政所党支部关于机动巡察反馈问题整改情况的报告
            整改情况见下表：
            序号｜反馈问题｜整改措施｜责任人｜完成时限｜完成情况
            1｜报账审核把关不严｜对43张不合规票据逐笔清理，其中30张已补齐合规票据，13张由经手人退回；制定《代理记账审核规范》。｜副所长时清远｜2024年10月31日｜已完成
            2｜支付审批流于形式｜对11笔未履行审批手续的支出逐笔补充审查，制定《村级资金支付审批办法》。｜副所长时清远｜2024年10月15日｜已完成
            3｜集体资产台账不实｜组织对7个村的集体资产逐村清查，补登41份发包合同。｜所长鲁望舒｜2024年11月30日｜已完成
            某镇财政所党支部
            2024年11月18日
            """);
        Assert.StartsWith("报账审核把关不严", result.Issues[0].Text, StringComparison.Ordinal);
        Assert.Equal(["I1"], Measure(result, "不合规票据逐笔清理").IssueIds);
        Assert.Equal(["I3"], Measure(result, "逐村清查").IssueIds);
    }

    [Fact]
    public void Each_measure_of_a_part_answering_two_problems_at_once_answers_the_one_it_is_about()
    {
        const string lead = "针对干部队伍结构老化和基层党组织建设薄弱两个问题，局党组统筹推进：";
        const string heading = "3.关于干部队伍和党建工作的问题";
        // dev88 p01's form (针对A和B两个问题，局党组统筹推进：一是……二是……, under a part of its own), in words of our own: each part
        // answers its own problem. (p03's heading 4．关于高值耗材采购和医德医风方面的问题 over 一是……三是…… is read the same way.)
        var result = fixture.Analyze("""
            县委第一巡察组关于巡察县农业农村局党组的反馈意见
            一、巡察发现的主要问题
            1.高标准农田建设项目推进滞后，2023年度项目完工率仅为61%。
            2.农机购置补贴审核不严，3户农户重复申领补贴2.4万元。
            3.干部队伍结构老化，45岁以上干部占比达72%，专业技术人才断档。
            4.基层党组织建设薄弱，2个站所支部连续两年未按期换届。
            二、整改要求
            局党组要在三个月内报送整改情况报告。
            县委第一巡察组
            2024年5月10日
            """, $"""
            县农业农村局党组关于巡察整改情况的报告
            1.关于高标准农田建设项目推进滞后的问题
            对未完工项目逐一倒排工期，2023年度项目已全部完工验收。
            2.关于农机购置补贴审核不严的问题
            重复申领的2.4万元补贴已全部追回，补贴申请一律与农机购置信息系统比对。
            {heading}
            {lead}一是公开招录农业专业技术人才5名，选派8名青年干部到乡镇农技站跟班锻炼，干部队伍结构逐步优化；二是指导农机站、畜牧站两个支部于6月20日完成换届，选举产生新一届支委会。
            县农业农村局党组
            2024年7月30日
            """);
        Assert.Equal(4, result.Issues.Length);
        Assert.Equal(["I3"], Measure(result, "公开招录").IssueIds);
        Assert.Equal(["I4"], Measure(result, "完成换届").IssueIds);
    }

    [Fact]
    public void A_heading_naming_its_problem_within_a_bracketed_area_answers_that_areas_problem()
    {
        // dev94 p07's form, in words of our own: the feedback numbers its problems anew in each （一）……方面 area, the report
        // heads its parts 针对反馈意见第（二）方面第1个问题.
        var result = fixture.Analyze("""
            县委第二巡察组关于巡察县公共交通有限公司党支部的反馈意见
            一、巡察发现的主要问题
            （一）落实安全生产责任方面
            1．车辆安全检查流于形式，3辆公交车超期未年检。
            2．驾驶员培训不到位，岗前培训记录不全。
            （二）落实全面从严治党方面
            1．车辆维修费用审核不严，维修单价高于市场价。
            2．燃油卡管理混乱，2张油卡无对应车辆。
            """, """
            县公共交通有限公司党支部关于巡察整改进展情况的报告
            一、针对反馈意见第（二）方面第1个问题
            通过公开比选确定3家定点维修单位，维修单价由财务部按月审核。责任领导：副经理房清远。
            二、针对反馈意见第（一）方面第2个问题
            组织全体驾驶员补训32学时，建立一人一档培训记录。责任领导：副经理房清远。
            县公共交通有限公司党支部
            2025年3月2日
            """);
        Assert.Equal(4, result.Issues.Length);
        Assert.Equal(["I3"], Measure(result, "定点维修单位").IssueIds);
        Assert.Equal(["I2"], Measure(result, "补训32学时").IssueIds);
    }

    [Fact]
    public void A_reports_own_list_of_the_problems_and_its_causes_answer_none_of_them()
    {
        // dev106 p08's form (a report in four parts for the whole: 一、对照巡察反馈梳理的主要问题 restating each problem in a
        // numbered line, 二、原因剖析, 三、整改措施 answering all but one), in words of our own: the restated lines answer
        // nothing, so the problem left out is unanswered and no answer is the feedback copied back.
        var result = fixture.Analyze("""
            县委第四巡察组关于巡察县游泳馆管理中心党支部的反馈意见
            一、主要问题
            1．场馆安全管理不到位。救生员配备不足，2024年有14天只有1名救生员在岗。
            2．门票收入管理不规范。现金收入未日清日结，短款0.6万元未查明。
            3．人员管理不规范。临时聘用的12名教练中有5人无职业资格证书。
            """, """
            县游泳馆管理中心党支部关于巡察整改情况的报告
            一、对照巡察反馈梳理的主要问题
            1.救生员配备不足，有14天只有1名救生员在岗。
            2.现金收入未日清日结，短款0.6万元未查明。
            3.临时聘用的12名教练中有5人无职业资格证书。
            二、原因剖析
            一是安全意识不强；二是财务制度执行不严；三是用人把关不严。
            三、整改措施
            （一）关于场馆安全管理的问题
            新招聘救生员4名，实行每班不少于3名救生员在岗，每日由值班经理签字确认。
            （二）关于门票收入管理的问题
            全面推行扫码售票，现金收入实行日清日结、双人复核；短款由经手人个人承担，对其进行批评教育。
            县游泳馆管理中心党支部
            2025年6月20日
            """);
        Assert.Contains(result.Gaps, g => g.Kind == GapKinds.UnansweredIssue && g.IssueId == "I3");
        Assert.DoesNotContain(result.Gaps, g => g.Kind == GapKinds.CopiedMeasure);
    }

    [Fact]
    public void An_item_that_only_restates_its_problem_and_finds_its_cause_leaves_it_unanswered()
    {
        // dev106 p03's form (items in four parts: 问题表现： / 问题根源： / 整改措施： / 整改成效：, one stopping after its cause), in
        // words of our own: a cause answers nothing — unless it tells of someone held to account.
        var result = fixture.Analyze("""
            县委第四巡察组关于巡察县工程质量监督站党支部的反馈意见
            一、主要问题
            1．监督检查频次不足。2024年有6个在建项目全年只检查1次。
            2．质量投诉处理不及时。12件投诉中有5件超过30天未办结。
            3．内部审计发现问题整改不到位。2023年内审指出的档案归档不及时问题至今未整改。
            """, """
            县工程质量监督站党支部关于巡察整改情况的报告
            （一）关于监督检查频次不足的问题
            问题表现：2024年有6个在建项目全年只检查1次。
            问题根源：监督力量不足，检查计划执行不严。
            整改措施：制定年度监督检查计划，在建项目每季度至少检查1次，由副站长负责，2025年6月底前完成。
            （二）关于质量投诉处理不及时的问题
            问题表现：12件投诉中有5件超过30天未办结。
            问题根源：投诉办理没有时限要求。
            整改措施：5件超期投诉已全部办结，建立投诉办理台账，由办公室负责，2025年5月底前完成。
            （三）关于内部审计发现问题整改不到位的问题
            问题表现：2023年内审指出的档案归档不及时问题至今未整改。
            问题根源：对审计整改重视不够，整改责任没有落实到具体部门和人员。
            县工程质量监督站党支部
            2025年6月20日
            """);
        Assert.Contains(result.Gaps, g => g.Kind == GapKinds.UnansweredIssue && g.IssueId == "I3");
    }

    [Fact]
    public void A_sanction_that_names_its_problems_in_one_list_of_numbers_answers_each_of_them()
    {
        // dev116 p04's and dev112 p10's form (a closing 追责问责 part: 对反馈第2、4、6项问题涉及的……人员……作出处理, one 第 and
        // one 项 for the list), in words of our own.
        var result = fixture.Analyze("""
            县委第一巡察组关于巡察镇农业综合服务站党支部的反馈意见
            一、巡察发现的主要问题
            1.理论学习不深入，支部学习多以传达文件代替。
            2.违规发放补贴，2024年以“加班费”名义向职工发放补贴1.8万元。
            3.农机具台账不全，12台农机具没有登记。
            4.公车私用，站里的皮卡车节假日被用于接送家属。
            """, """
            镇农业综合服务站党支部关于巡察整改情况的报告
            一、问题整改情况
            （一）关于理论学习不深入的问题。制定年度学习计划，每月开展一次专题研讨。
            （二）关于违规发放补贴的问题。违规发放的1.8万元已全部清退。
            （三）关于农机具台账不全的问题。对12台农机具逐台登记，建立农机具管理台账。
            （四）关于公车私用的问题。皮卡车实行节假日封存，钥匙由办公室统一保管。
            二、追责问责情况
            对反馈第2、4项问题涉及的3名责任人员，站党支部按照干部管理权限分别作出处理，其中诫勉谈话1人、批评教育2人。
            镇农业综合服务站党支部
            2025年6月30日
            """);
        Assert.Equal(["I2", "I4"], Measure(result, "3名责任人员").IssueIds.Order());
        Assert.DoesNotContain(result.Gaps, g => g.Kind == GapKinds.NoAccountability);
    }

    [Fact]
    public void A_ledger_row_restating_a_problem_already_answered_does_not_take_a_left_over_problem_it_barely_resembles()
    {
        // dev120 p10's form (parts 关于“……”的问题 in the report's own order, then an annex table of the answered problems, one row
        // each; one problem answered nowhere), in words of our own: the first row answers the problem it names, and the problem
        // nobody answers stays unanswered.
        var result = fixture.Analyze("""
            县委第一巡察组关于巡察镇便民服务中心党支部的反馈意见
            一、巡察发现的主要问题
            1.代办事项台账不实，2024年登记的代办事项中有23件没有办结记录。
            2.窗口人员考核没有细则，绩效奖金平均发放。
            3.业务档案台账管理不规范，中心的办件档案没有分类归档。
            """, """
            镇便民服务中心党支部关于巡察整改情况的报告
            一、反馈问题整改情况
            （一）关于“窗口人员考核没有细则”的问题
            制定《窗口人员绩效考核细则》，按办件量和群众评价分档发放绩效奖金。
            （二）关于“代办事项台账不实”的问题
            对2024年的代办事项逐件核对，补录办结记录23件，台账每月由中心主任审核签字。
            镇便民服务中心党支部
            2025年6月30日
            附件：整改任务分解表
            序号 | 问题 | 责任领导 | 完成时限 | 整改状态
            1 | 代办事项台账不实 | 中心主任宁远 | 2025年5月31日 | 已完成
            2 | 窗口人员考核没有细则 | 中心主任宁远 | 2025年6月30日 | 已完成
            """);
        Assert.Equal(["I1"], Measure(result, "2025年5月31日").IssueIds);
        Assert.Contains(result.Gaps, g => g.Kind == GapKinds.UnansweredIssue && g.IssueId == "I3");
    }

    [Fact]
    public void Assignment_gives_a_block_the_problem_it_restates_though_another_block_took_it_first_not_one_left_over()
    {
        // dev120 p10's scores: the report's part on 矛盾纠纷排查台账不实 (0.76) and the annex row that restates it (0.60), the row
        // also resembling a problem nobody answers at 0.23 (工作人员业务培训不足, through the field words they share).
        var scores = new double[,]
        {
            { 0.76, 0.05 }, // （二）关于“矛盾纠纷排查台账不实”的问题
            { 0.60, 0.23 }, // 1 | 矛盾纠纷排查台账不实 | 副书记钟岸 | 综治中心 | ……
        };
        var assigned = Matcher.Assign(scores);
        Assert.Equal([0], assigned[0].Select(a => a.Issue));
        Assert.Equal([0], assigned[1].Select(a => a.Issue));
    }

    [Fact]
    public void A_paragraph_of_sanctions_that_opens_on_the_whole_answers_each_problem_its_clauses_take_up()
    {
        // dev119 p08's and p05's form (a closing 追责问责 paragraph: 对巡察反馈问题涉及的人员，……分别作出处理：A……；B……；C……, its
        // opening naming 反馈问题 as a sentence on the whole report does), in words of our own: each clause answers its own matter.
        var result = fixture.Analyze("""
            县委第二巡察组关于巡察县水产技术推广站党支部的反馈意见
            一、巡察发现的主要问题
            1.渔药采购化整为零，2024年渔药采购9.6万元拆成6次报销，规避比价程序。
            2.示范户补贴发给站长的妻弟，2024年1.2万元示范户补贴中有0.4万元发给站长的妻弟。
            3.公务用车用于接送家属，2024年暑假站里的皮卡车多次接送副站长家属。
            4.理论学习流于形式，支部学习以读文件为主。
            """, """
            县水产技术推广站党支部关于巡察整改情况的报告
            一、问题整改情况
            （一）渔药采购实行季度集中比价采购，单次采购超过1万元须站务会研究。
            （二）0.4万元示范户补贴已全部追回，示范户名单经站务会研究后公示。
            （三）皮卡车实行派车单制度，节假日封存。
            （四）修订支部学习制度，每月集中学习一次，党员轮流领学。
            二、追责问责情况
            对巡察反馈问题涉及的人员，站党支部和县农业农村局党组分别作出处理：报账员对渔药采购拆分报销审核不严，站党支部对其进行批评教育；站长将示范户补贴发给其妻弟，县农业农村局党组对其进行诫勉谈话；副站长用公务用车接送家属，站党支部责令其作出书面检查。
            县水产技术推广站党支部
            2025年6月30日
            """);
        Assert.Equal(["I2"], Measure(result, "县农业农村局党组对其进行诫勉谈话").IssueIds);
        Assert.Equal(["I3"], Measure(result, "责令其作出书面检查").IssueIds);
    }

    [Fact]
    public void Rules_listed_in_one_paragraph_each_with_its_problems_number_in_brackets_answer_each_its_own()
    {
        // dev120 p08's form (a closing paragraph: 共制定、修订制度4项：修订《……》（第1个问题）；制定《……》（第2个问题）；……), in
        // words of our own: each rule answers the problem its bracket names. A bracket after whom a field names (责任领导：站长
        // （第一个问题）) says who answers for which problem, not what the paragraph answers.
        var result = fixture.Analyze("""
            县委第三巡察组关于巡察县林木种苗站党支部的反馈意见
            一、巡察发现的主要问题
            1.苗圃用工管理不规范，临时用工没有签订用工协议，工资发放没有考勤依据。
            2.种苗销售定价随意，2024年有23批次苗木由销售员一人决定降价出售。
            3.物资出入库没有复核，化肥、农药按供货单直接入库。
            4.党员教育管理偏松，支部2024年只召开组织生活会1次。
            """, """
            县林木种苗站党支部关于巡察整改情况的报告
            一、问题整改情况
            （一）与苗圃32名临时用工逐一签订用工协议，实行指纹考勤，工资按考勤表发放。
            （二）苗木销售价格由站务会集体研究确定，降价出售须报站长审批。
            （三）化肥、农药入库由保管员和会计双人核对签字。
            （四）支部按月开展主题党日，组织生活会每半年召开一次。
            二、建章立制情况
            针对巡察反馈问题，站里共制定、修订制度4项：制定《苗圃临时用工管理办法》（第1个问题）；制定《苗木销售价格管理规定》（第2个问题）；修订《物资出入库管理制度》（第3个问题）；修订《党员教育管理办法》（第4个问题）。
            县林木种苗站党支部
            2025年6月30日
            """);
        Assert.Equal(["I1", "I2", "I3", "I4"], Measure(result, "苗木销售价格管理规定").IssueIds.Order());
    }

    [Fact]
    public void Rules_listed_by_the_problems_numbers_answer_every_problem_they_name()
    {
        // dev114 p08's and p05's forms, in words of our own: a part on lasting rules names the problems by number, several in
        // one clause (针对第一方面第1个、第2个问题，制定……；针对第二方面第2个问题，修订……), and an annex lists rules made, each
        // with the problem it answers in brackets (1．《……》（针对问题3，……印发）).
        var result = fixture.Analyze(Documents.SupplyCoopFeedback, """
            县供销合作社联合社党组关于巡察整改情况的报告
            县委巡察工作领导小组：
            现将整改情况报告如下。
            一、问题整改情况
            （一）关于农资储备任务落实不到位的问题
            与2家农资企业签订储备协议，春耕前储备化肥3000吨，各网点实行周报库存。
            （二）关于农产品收购价格不公示的问题
            3个收购点全部设立价格公示牌，每日更新收购价格，公布监督电话。
            （三）关于公务用车管理不规范的问题
            公务车节假日一律入库封存，钥匙由办公室统一保管，出车记录当日登记。
            （四）关于门市部现金收入未及时入账的问题
            门市部现金收入实行日清日结，当日存入单位账户，财务科每周核对一次。
            二、建立长效机制情况
            针对第一方面第1个、第2个问题，制定《农资储备和价格公示管理办法》；针对第二方面第2个问题，修订《门市部现金管理规定》。以上制度均已经党组会审议印发。
            县供销合作社联合社党组
            2025年6月5日
            附件：新建制度清单
            1．《公务用车使用管理办法》（针对问题3，2025年5月印发）
            2．《财务收支审批规定》（修订，针对问题4，2025年5月印发）
            """);
        Assert.Equal(["I1", "I2"], Measure(result, "农资储备和价格公示管理办法").IssueIds.Order());
        Assert.Equal(["I4"], Measure(result, "门市部现金管理规定").IssueIds);
        Assert.Equal(["I3"], Measure(result, "公务用车使用管理办法").IssueIds);
        Assert.Equal(["I4"], Measure(result, "财务收支审批规定").IssueIds);
    }

    [Fact]
    public void A_table_of_the_rules_made_links_each_rule_to_the_problem_its_row_names_by_number()
    {
        // dev114 p10's and dev104 p09's form, in words of our own: an annex lists the rules made, one a row (制度名称 | 针对问题 |
        // 印发时间), the problem named by number only; a rule's title shares its problem's words by design and copies nothing.
        var result = fixture.Analyze(Documents.SupplyCoopFeedback, """
            县供销合作社联合社党组关于巡察整改情况的报告
            县委巡察工作领导小组：
            现将整改情况报告如下。
            （一）关于农资储备任务落实不到位的问题
            与2家农资企业签订储备协议，春耕前储备化肥3000吨，各网点实行周报库存。
            （二）关于农产品收购价格不公示的问题
            3个收购点全部设立价格公示牌，每日更新收购价格，公布监督电话。
            （三）关于公务用车管理不规范的问题
            公务车节假日入库封存，出车记录当日登记。
            （四）关于门市部现金收入未及时入账的问题
            门市部现金收入当日存入单位账户，财务科每周核对一次。
            附件：建立完善制度清单
            序号	制度名称	针对问题	印发时间
            1	《公务用车管理规定》	问题3	2025年5月
            2	《门市部现金收入管理办法》	问题4	2025年5月
            县供销合作社联合社党组
            2025年6月5日
            """);
        Assert.Equal(["I3"], Measure(result, "《公务用车管理规定》").IssueIds);
        Assert.Equal(["I4"], Measure(result, "《门市部现金收入管理办法》").IssueIds);
        Assert.DoesNotContain(result.Gaps, g => g.Kind == GapKinds.CopiedMeasure);
        Assert.DoesNotContain(result.Gaps, g => g.Kind == GapKinds.NoMechanism && g.IssueId is "I3" or "I4");
    }

    [Fact]
    public void An_item_of_a_part_the_report_heads_with_two_matters_answers_the_problem_its_words_are_about()
    {
        // dev123 p07's form (the report's own 共性问题 part: （二）院务公开和党建方面的问题 with 一是 on the notice board and 二是 on
        // the party branch's meetings; the matching gave the part to the first problem alone), in words of our own.
        var result = fixture.Analyze("""
            县民政局党组巡察组关于对县敬老院党支部巡察情况的反馈意见
            一、巡察发现的主要问题
            1.入住老人健康档案不全，有19名老人没有建立健康档案。
            2.食堂食品留样制度执行不严，抽查的10天中有4天没有留样。
            3.院务公开栏内容长期不更新，收费标准和投诉处理情况没有公开。
            4.党支部组织生活不规范，支部学习以读文件为主，主题党日多次没有开展。
            二、整改要求
            敬老院党支部要认真抓好整改，整改情况在两个月内报县民政局党组。
            县民政局党组巡察组
            2025年3月10日
            """, """
            中共县敬老院支部委员会关于巡察反馈问题整改情况的报告
            一、个性问题整改情况
            （一）关于健康档案不全的问题
            为19名老人全部建立健康档案，由乡镇卫生院医生每月上门体检一次。（责任人：院长邬某；时限：2025年4月）
            （二）关于食品留样的问题
            食堂配备留样冰箱，每餐留样由炊事员登记、院长每周检查。（责任人：副院长郦某；时限：2025年4月）
            二、共性问题整改情况
            （一）院务公开和党建方面的问题
            一是院务公开栏每月更新一次，公开收费标准、伙食费收支和投诉处理结果。
            二是主题党日固定在每月第一个周五开展，支部学习改为结合护理业务的专题研讨，组织生活情况每季度向局机关党委报告。
            中共县敬老院支部委员会
            2025年5月20日
            """);
        Assert.Equal(["I3"], Measure(result, "院务公开栏每月更新").IssueIds);
        Assert.Equal(["I4"], Measure(result, "主题党日固定").IssueIds);
        Assert.Equal(4, result.AnsweredCount);
    }

}
