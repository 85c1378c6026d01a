namespace RectifyNlp.Analysis.Tests;

/// <summary>
/// Each gap kind on a realistic pair: the good report raises none, and each change that makes it weak raises
/// that gap on the right problem, quoting the text that shows it.
/// </summary>
[Collection(AnalyzerGroup.Name)]
public sealed class GapTests(AnalyzerFixture fixture)
{
    private AnalysisResult Analyze(string report) => fixture.Analyze(Documents.Feedback, report);

    private static IEnumerable<Gap> Of(AnalysisResult result, string kind) => result.Gaps.Where(g => g.Kind == kind);

    [Fact]
    public void A_violation_named_as_a_risk_asks_for_no_accountability()
    {
        const string Feedback = """
            区委第二巡察组关于巡察区住房公积金中心党组的反馈意见
            一、巡察发现的主要问题
            1.贷款审核流于形式，抽查的40笔贷款中有6笔资料不全，存在骗提套取公积金的风险。
            2.违规发放补贴，2024年以“加班费”名义向职工发放补贴3.6万元。
            """;
        var result = fixture.Analyze(Feedback, """
            区住房公积金中心党组关于巡察整改情况的报告
            一、关于贷款审核流于形式的问题
            修订《个人住房贷款审核办法》，补齐6笔贷款资料。已完成。
            二、关于违规发放补贴的问题
            违规发放的3.6万元已全部清退。已完成。
            区住房公积金中心党组
            2025年6月30日
            """);
        Assert.Equal(["I2"], Of(result, GapKinds.NoAccountability).Select(g => g.IssueId));
    }

    [Theory]
    [InlineData("2024年9月一名学生在实验室被破损的玻璃器皿划伤，学校赔付医疗费1.2万元。", true)]
    [InlineData("配电房的漏电隐患一直未整改，导致一名电工受伤。", true)]
    [InlineData("所幸未造成人员伤亡。", false)]
    public void Harm_done_by_a_hazard_left_unfixed_and_paid_for_asks_someone_to_answer_for_it(string harm, bool flagged)
    {
        // dev112 p02/p06's and dev116 p03/p08's form (a hazard pointed out and left until someone was hurt, the unit paying for
        // it), in words of our own: the repair answers the hazard, not the harm; a harm that did not happen asks for nobody.
        var feedback = $"""
            县委第三巡察组关于巡察县第二中学党总支的反馈意见
            一、巡察发现的主要问题
            1.实验室安全隐患整改不力，2024年3月县教育局安全检查指出实验室器皿柜破损，学校一直没有维修。{harm}
            2.理论学习不深入，党总支学习多以传达文件代替。
            """;
        var result = fixture.Analyze(feedback, """
            县第二中学党总支关于巡察整改情况的报告
            一、关于实验室安全隐患整改不力的问题
            更换实验室器皿柜4组，制定《实验室安全管理制度》，每学期开展一次安全检查。责任人：副校长；完成时限：2025年5月。已完成。
            二、关于理论学习不深入的问题
            制定党总支年度学习计划，每月开展一次专题研讨。责任人：党总支书记；完成时限：2025年5月。已完成。
            县第二中学党总支
            2025年6月30日
            """);
        Assert.Equal(flagged ? ["I1"] : [], Of(result, GapKinds.NoAccountability).Select(g => g.IssueId));
    }

    [Theory]
    [InlineData("2.义诊活动另收“建档费”。中心开展免费义诊时，按每人20元向212名群众收取“建档费”，共计0.42万元。", "0.42万元“建档费”已逐户退还，免费义诊一律不得另行收费。", true)]
    [InlineData("2.义诊活动另收“建档费”。中心开展免费义诊时，按每人20元向212名群众收取“建档费”，共计0.42万元。", "0.42万元“建档费”已逐户退还；对经办的办公室主任进行批评教育。", false)]
    [InlineData("2.对熟人减免停车费。停车场管理员对熟人车辆减免停车费，2024年共少收0.6万元。", "停车收费一律扫码缴费，取消人工减免。", true)]
    [InlineData("2.停车场收费标准偏低。停车场仍按2015年的标准收费，2024年收入0.6万元。", "按物价部门核定的新标准收费。", false)]
    public void A_fee_under_a_made_up_name_or_a_favour_to_an_acquaintance_asks_someone_to_answer_for_it(string problem, string answer, bool flagged)
    {
        // dev119's forms (a fee named in quotes that no rule allows — 另收“资料费” / 收取“设施接管服务费” — and a charge waived for
        // acquaintances, told without any word of discipline law), in words of our own; the refund alone holds nobody to account.
        // The counter-cases: a sanction given, and a fee that is only out of date.
        var result = fixture.Analyze($"""
            县委第一巡察组关于巡察县社区卫生服务中心党支部的反馈意见
            一、巡察发现的主要问题
            1.理论学习不深入，支部学习多以传达文件代替。
            {problem}
            """, $"""
            县社区卫生服务中心党支部关于巡察整改情况的报告
            一、关于理论学习不深入的问题
            制定支部年度学习计划，每月开展一次专题研讨。责任人：支部书记；完成时限：2025年5月。已完成。
            二、关于第二个问题
            {answer}责任人：主任；完成时限：2025年5月。已完成。
            县社区卫生服务中心党支部
            2025年6月30日
            """);
        Assert.Equal(flagged ? ["I2"] : [], Of(result, GapKinds.NoAccountability).Select(g => g.IssueId));
    }

    [Theory]
    [InlineData("对加班费发放问题，对报账员卢晓凡进行批评教育，副主任作出书面检查。", false)]
    [InlineData("针对加班费发放问题，原副主任的问题已移交区纪委监委处理。", false)]
    [InlineData("针对加班费发放问题，原副主任的问题已移交区纪委调查核实。", true)]
    public void A_sanction_told_apart_by_the_matter_as_the_report_names_it_or_a_case_handed_on_to_be_dealt_with_answers_the_problem(string sanction, bool flagged)
    {
        // dev116 p06's and p09's forms (a closing 追责问责 part whose clause names the matter in the report's own words, the
        // clerk's given name holding 凡; a case handed to the commission to be dealt with), in words of our own; a case handed
        // on only to be looked into (调查核实, dev94 p03) holds nobody yet.
        const string Feedback = """
            区委第二巡察组关于巡察区住房公积金中心党组的反馈意见
            一、巡察发现的主要问题
            1.贷款审核流于形式，抽查的40笔贷款中有6笔资料不全。
            2.违规发放补贴，2024年以“加班费”名义向职工发放补贴3.6万元。
            """;
        var result = fixture.Analyze(Feedback, $"""
            区住房公积金中心党组关于巡察整改情况的报告
            一、关于贷款审核流于形式的问题
            修订《个人住房贷款审核办法》，补齐6笔贷款资料。已完成。
            二、关于违规发放补贴的问题
            违规发放的3.6万元已全部清退；加班费发放改为按考勤记录核定。已完成。
            三、追责问责情况
            {sanction}
            区住房公积金中心党组
            2025年6月30日
            """);
        Assert.Equal(flagged ? ["I2"] : [], Of(result, GapKinds.NoAccountability).Select(g => g.IssueId));
    }

    [Fact]
    public void A_loss_said_not_to_have_happened_asks_for_no_accountability()
    {
        // dev74 p03's turn (a guarantee exposure whose speech adds 这个风险现在还没有变成损失), in words of our own: a loss denied
        // is no loss; the misappropriation beside it still asks for someone.
        const string Feedback = """
            市委第三巡察组关于巡察市城市建设投资集团党委的反馈意见
            一、巡察发现的主要问题
            1.对外担保管理粗放，集团为6家民营企业担保2.4亿元，其中1家已经停产，担保风险评估流于形式，目前还没有造成实际损失。
            2.挪用专项资金，2024年将保障房维修资金86万元挪作办公楼装修。
            """;
        var result = fixture.Analyze(Feedback, """
            市城市建设投资集团党委关于巡察整改情况的报告
            一、关于对外担保管理粗放的问题
            制定《对外担保管理办法》，对6笔担保逐笔重新评估，要求停产企业追加反担保。已完成。
            二、关于挪用专项资金的问题
            86万元已全部归还保障房维修资金专户，修订《专项资金管理办法》。已完成。
            市城市建设投资集团党委
            2025年6月30日
            """);
        Assert.Equal(["I2"], Of(result, GapKinds.NoAccountability).Select(g => g.IssueId));
    }

    [Fact]
    public void A_template_of_slogans_filled_in_for_two_problems_is_one_measure_pasted_not_two_vague_ones()
    {
        // dev76 p06's form (the same paragraph of slogans under unrelated problems, its slots changed: 作为……的重要抓手 /
        // 组织……认真反思 / 对照……找差距 / 明确由……牵头抓落实), in words of our own. Its likeness (Dice about 0.7) is below
        // that of a measure pasted whole; the paste is what an inspector names, not the vagueness.
        var result = fixture.Analyze("""
            县委第三巡察组关于巡察县蚕桑技术推广站党支部的反馈意见
            一、巡察发现的主要问题
            1.技术服务群众不到位，2024年下乡技术指导记录有一半是事后补写的，8户蚕农反映从未见过技术员。
            2.补贴资金发放不规范，6户不符合条件的农户领取桑园改造补贴3.4万元。
            3.组织生活不严肃，“三会一课”记录内容雷同，2024年有3个月没有开展主题党日活动。
            4.公务用车管理不严，1辆公务车多次在节假日停放在职工住所附近，出车登记不全。
            """, """
            县蚕桑技术推广站党支部关于巡察整改情况的报告
            一、关于技术服务群众不到位的问题
            我们把这个问题作为转变作风的重要抓手，组织站里全体人员认真反思，对照职责找差距，明确由分管领导牵头抓落实，坚持每月调度一次，确保问题整改到位、群众满意。
            二、关于补贴资金发放不规范的问题
            对6户农户逐户核查，已追回补贴3.4万元；制定《桑园改造补贴审核办法》，补贴一律实地核查后公示7天再拨付。责任人：副站长卜青禾，已完成。
            三、关于组织生活不严肃的问题
            我们把这个问题作为加强支部建设的重要抓手，组织全体党员认真反思，对照标准找差距，明确由支部委员牵头抓落实，坚持每月调度一次，确保问题整改到位、党员满意。
            四、关于公务用车管理不严的问题
            公务车一律下班后停放在站内车库，钥匙由办公室统一保管，出车登记逐次填写。责任人：站长孟知秋，已完成。
            县蚕桑技术推广站党支部
            2025年6月30日
            """);
        Assert.Equal(["I1", "I3"], Of(result, GapKinds.RepeatedMeasure).Select(g => g.IssueId).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(Of(result, GapKinds.VagueMeasure), g => g.IssueId is "I1" or "I3");
    }

    [Fact]
    public void Fields_listed_before_the_violations_in_them_each_ask_for_someone_held_to_account()
    {
        // dev76 p05's demand (对票款、赠票和外出考察中的违规问题，要查清责任，依规依纪处理到人), in words of our own: each field
        // named before 中的违规 is demanded, however short its name; the problem about one of them whose report holds nobody
        // to account is a gap, though its own words name no violation the rule knows.
        var result = fixture.Analyze("""
            县委第二巡察组关于巡察县森林公园管理处党支部的反馈意见
            一、巡察发现的主要问题
            1.门票收入管理混乱。售票员收取的现金门票款没有当日上缴，2024年有24笔延迟上缴，涉及金额4.2万元；团队票优惠无审批，经票务组长之手放出的300余张优惠票被导游加价转卖。
            2.林区防火设施老化，8处瞭望塔有3处监控失灵。
            二、整改意见
            （一）对门票、停车费和公务接待中的违规问题，要查清责任，依规依纪处理到人。
            （二）请在三个月内报送整改情况报告。
            """, """
            县森林公园管理处党支部关于巡察整改情况的报告
            一、关于门票收入管理混乱的问题
            24笔延迟上缴的门票款4.2万元已全部缴入管理处账户；启用电子售票系统，现金售票实行当日日结；制定《团队票优惠审批规定》，优惠票须经主任审批并逐张登记。已完成。
            二、关于林区防火设施老化的问题
            3处失灵的监控已于2025年4月修复，制定《防火设施巡检办法》，每月巡检一次。已完成。
            县森林公园管理处党支部
            2025年6月30日
            """);
        Assert.Equal(["I1"], Of(result, GapKinds.NoAccountability).Select(g => g.IssueId));
    }

    [Fact]
    public void A_pledge_whose_only_acts_are_the_problems_own_words_gives_the_feedback_back()
    {
        // dev76 p08's form (the answer turns the problem into a pledge: 严格执行……公开比选……，杜绝……未经比选直接委托的问题，规范……
        // 程序，确保……), in words of our own. Its act words (公开, 委托) are the problem's own phrases, so it states no act of its own;
        // the answer beside it that names its own act (逐笔复核, 制定《……》) is not flagged.
        var result = fixture.Analyze("""
            县委第一巡察组关于巡察县水库管理所党支部的反馈意见
            一、巡察发现的主要问题
            1.维修工程管理不规范。2024年实施的6个大坝维修项目中，有3个未经公开比选直接委托给同一家公司，合同金额共84万元；2个项目的验收资料由施工方代为填写，所里只签字盖章。
            2.防汛物资管理混乱。仓库物资账实不符，救生衣短缺60件。
            """, """
            县水库管理所党支部关于巡察整改情况的报告
            一、关于维修工程管理不规范的问题
            严格执行工程项目公开比选和招标投标有关规定，杜绝大坝维修项目未经比选直接委托的问题，规范验收资料填写和签字盖章程序，确保维修工程管理规范有序。（责任领导：所长罗映川；完成时限：2025年3月31日）
            二、关于防汛物资管理混乱的问题
            对仓库物资逐项盘点，补购救生衣60件；制定《防汛物资出入库管理办法》，实行双人登记。（责任领导：副所长简青峰；完成时限：2025年3月31日）
            县水库管理所党支部
            2025年4月30日
            """);
        Assert.Equal(["I1"], Of(result, GapKinds.CopiedMeasure).Select(g => g.IssueId));
    }

    [Fact]
    public void All_done_beside_an_item_whose_rate_has_risen_to_under_a_hundred_percent_does_not_add_up()
    {
        // dev76 p04's turn (反馈的7个问题已全部整改完成 while an item says 完成率已提高到61%，剩余任务……年底前完成), in words of our own.
        var result = fixture.Analyze("""
            县委第三巡察组关于巡察县供水公司党支部的反馈意见
            一、巡察发现的主要问题
            1.农村供水管网改造推进缓慢，2024年计划改造的120公里管网只完成45公里。
            2.水费收缴不规范，2家企业欠缴水费36万元超过一年未催收。
            3.党支部组织生活不严肃，“三会一课”记录雷同。
            """, """
            县供水公司党支部关于巡察整改情况的报告
            截至目前，反馈的3个问题已全部整改完成。
            一、关于农村供水管网改造推进缓慢的问题
            成立管网改造专班，倒排工期；截至6月底，年度改造任务完成率已提高到70%，剩余管网于2025年12月底前完工。（责任领导：副经理秦望川）
            二、关于水费收缴不规范的问题
            2家企业欠缴的36万元已全部收回，制定《水费催收办法》。已完成。
            三、关于党支部组织生活不严肃的问题
            重新制定“三会一课”年度计划，支委会记录由组织委员当场记录。已完成。
            县供水公司党支部
            2025年7月10日
            """);
        Assert.Single(Of(result, GapKinds.InconsistentClaim));
    }

    [Fact]
    public void All_done_beside_an_item_whose_remainder_waits_or_goes_into_next_years_plan_does_not_add_up()
    {
        // dev84 p03's and p08's turns (9个问题已全部整改完成 while a ledger row says 剩余400吨待新粮上市后补足, or its time limit says
        // 持续推进 and its result 其余正在追收; 100% while an item puts the rest into 2026年……计划), in words of our own.
        var feedback = """
            县委第一巡察组关于巡察县粮油公司党支部的反馈意见
            一、巡察发现的主要问题
            1.储备粮轮换管理不到位，1批次900吨小麦出库后4个月未补库。
            2.应收账款长期未清收，76万元挂账三年以上。
            3.党支部组织生活不严肃，“三会一课”记录雷同。
            """;
        var waiting = fixture.Analyze(feedback, """
            县粮油公司党支部关于巡察整改情况的报告
            截至目前，反馈的3个问题已全部整改完成。
            一、关于储备粮轮换管理不到位的问题
            已通过采购补库500吨，剩余400吨待今年新粮上市后通过收购补足；制定《储备粮轮换管理细则》。（责任领导：副总经理温照临；完成时限：2025年11月30日）
            二、关于应收账款长期未清收的问题
            76万元应收账款已全部收回入账，制定《应收账款管理办法》。（责任领导：财务总监蔺秋白；已完成）
            三、关于党支部组织生活不严肃的问题
            重新制定“三会一课”年度计划，支委会记录由组织委员当场记录。（责任人：支部书记喻长庚；已完成）
            县粮油公司党支部
            2025年8月20日
            """);
        Assert.Single(Of(waiting, GapKinds.InconsistentClaim));
        var standing = fixture.Analyze(feedback, """
            县粮油公司党支部关于巡察整改情况的报告
            截至目前，反馈的3个问题已全部整改完成。
            一、关于储备粮轮换管理不到位的问题
            已通过采购补库900吨，制定《储备粮轮换管理细则》。（责任领导：副总经理温照临；已完成）
            二、关于应收账款长期未清收的问题
            成立清欠小组，已清收31万元，其余正在追收。（责任领导：财务总监蔺秋白；整改时限：持续推进）
            三、关于党支部组织生活不严肃的问题
            重新制定“三会一课”年度计划，支委会记录由组织委员当场记录。（责任人：支部书记喻长庚；已完成）
            县粮油公司党支部
            2025年8月20日
            """);
        Assert.Single(Of(standing, GapKinds.InconsistentClaim));
    }

    [Fact]
    public void A_problem_answered_by_copying_it_back_wants_its_answer_redone_not_a_lasting_rule_on_top()
    {
        // dev84 p10's turn (物资采购和库存管理不规范 answered by 规范物资采购行为，严格执行比价程序，……确保账实相符), in words of our
        // own: the copy is flagged, a missing rule is not flagged beside it.
        var result = fixture.Analyze("""
            县委第二巡察组关于巡察县环卫服务中心党支部的反馈意见
            一、巡察发现的主要问题
            1.物资采购和库存管理不规范。清扫工具、劳保用品采购没有进行比价，长期向同一家商户采购；仓库物资账实不符，抽查的10种物资中有4种数量对不上。
            2.党支部组织生活不严肃，“三会一课”记录雷同。
            """, """
            县环卫服务中心党支部关于巡察整改情况的报告
            一、关于物资采购和库存管理不规范的问题
            规范物资采购行为，严格执行比价程序，加强仓库物资管理，确保账实相符。（责任领导：副主任濮思远；完成时限：2025年12月31日）
            二、关于党支部组织生活不严肃的问题
            重新制定“三会一课”年度计划，支委会记录由组织委员当场记录，已于7月召开专题组织生活会。（责任人：支部书记闵若川；已完成）
            县环卫服务中心党支部
            2025年8月20日
            """);
        Assert.Contains(result.Gaps, g => g.IssueId == "I1" && g.Kind is GapKinds.CopiedMeasure or GapKinds.VagueMeasure);
        Assert.DoesNotContain(result.Gaps, g => g.IssueId == "I1" && g.Kind == GapKinds.NoMechanism);
    }

    [Fact]
    public void Dealing_with_whoever_was_at_fault_is_an_act_not_an_echo_of_the_problem()
    {
        // dev45 p06's turn (a manuscript lent out and never returned: 对长期未归还旧志抄本的工作人员进行批评教育), in words of our own.
        var result = fixture.Analyze("""
            县委第四巡察组关于巡察县档案馆党支部的反馈意见
            一、巡察发现的主要问题
            1.馆藏资料管理混乱。资料未按类别整理，借阅没有登记；巡察期间发现馆藏的1册民国县志下落不明，经查系工作人员借出后长期未归还。
            2.党支部组织生活不严肃，“三会一课”记录雷同。
            """, """
            县档案馆党支部关于巡察整改情况的报告
            一、关于馆藏资料管理混乱的问题
            一是下落不明的1册民国县志已从借出的工作人员处追回，重新入藏；二是对馆藏资料进行全面清点，按类别整理编目；三是对长期未归还民国县志的工作人员进行批评教育。（牵头领导：副馆长祁远舟；完成时限：2025年1月31日）
            二、关于党支部组织生活不严肃的问题
            重新制定“三会一课”年度计划，支委会记录由组织委员当场记录，已于7月召开专题组织生活会。（责任人：支部书记闵若川；已完成）
            县档案馆党支部
            2025年3月20日
            """);
        Assert.DoesNotContain(result.Gaps, g => g.IssueId == "I1" && g.Kind is GapKinds.CopiedMeasure or GapKinds.VagueMeasure);
    }

    [Fact]
    public void A_measure_that_puts_a_matter_into_a_standing_routine_is_no_plan_left_undone()
    {
        // dev86 p06's turn (3个问题中已完成整改2个 where one item is under way and another reads 将……纳入主题党日固定内容，……已开展6次:
        // 将 puts the matter in, it does not promise), in words of our own.
        var result = fixture.Analyze("""
            县委第五巡察组关于巡察县医保服务中心党支部的反馈意见
            一、巡察发现的主要问题
            1.基金稽核工作流于形式，大数据筛查的疑点数据核查率不足三成。
            2.重复报销问题突出，2笔异地就医费用6.7万元被重复支付。
            3.党员示范作用发挥不明显，党建与业务融合不紧。
            """, """
            县医保服务中心党支部关于巡察整改情况的报告
            截至9月30日，3个问题中已完成整改2个，基金稽核方面的问题正在推进。
            一、关于基金稽核工作流于形式的问题
            对大数据筛查疑点数据逐条核查，目前正在推进。（牵头领导：副主任甄慕白；完成时限：2024年12月31日）
            二、关于重复报销问题突出的问题
            2笔重复支付的6.7万元已全部追回，对经办人员批评教育。（牵头领导：副主任甄慕白；已完成）
            三、关于党员示范作用发挥不明显的问题
            将基金监管纳入主题党日固定内容，7月至9月开展“医保政策进村入户”党员志愿服务6次。（牵头领导：支部书记闻若川；完成时限：2024年9月30日）
            县医保服务中心党支部
            2024年10月10日
            """);
        Assert.Empty(Of(result, GapKinds.InconsistentClaim));
    }

    private const string FourProblemsOfAClinic = """
        县委第一巡察组关于巡察县妇幼保健院党支部的反馈意见
        一、巡察发现的主要问题
        1.孕产妇健康档案管理不规范，抽查的200份档案中有37份随访记录不全。
        2.医疗服务收费不规范，2024年向患者多收检查费用2.3万元。
        3.药品耗材采购未严格比价，一批监护仪采购未经集体研究，金额46万元。
        4.党支部组织生活不严肃，“三会一课”记录雷同。
        """;

    [Fact]
    public void A_paragraph_counting_the_problems_done_speaks_of_the_whole_not_of_the_item_whose_figures_it_sums()
    {
        // dev76 p03's form (a part of its own, 二、整改完成情况, opening 反馈的4个问题，已完成整改3个，问题1正在推进, then the money
        // refunded under item 2): read as item 2's measure, its 正在推进 made that item open and the count not add up.
        var result = fixture.Analyze(FourProblemsOfAClinic, """
            县妇幼保健院党支部关于巡察整改情况的报告
            一、组织领导情况
            党支部成立整改工作领导小组，党支部书记任组长，是第一责任人。
            二、整改完成情况
            反馈的4个问题，已完成整改3个，问题1正在推进。整改中退还患者多收费用2.3万元，新建和修订制度3项。
            三、逐项整改情况
            （一）关于孕产妇健康档案管理不规范的问题。已补全37份档案中的21份随访记录，其余16份正在补录，2025年8月底前完成。责任领导：副院长荀知远。
            （二）关于医疗服务收费不规范的问题。多收的2.3万元已全部退还患者，修订《医疗服务价格管理制度》。责任领导：副院长荀知远。已完成。
            （三）关于药品耗材采购未严格比价的问题。监护仪采购补充提交院长办公会集体研究，制定《医用设备采购比价办法》。责任领导：院长仇望舒。已完成。
            （四）关于党支部组织生活不严肃的问题。重新制定“三会一课”计划，会议记录当场形成。责任领导：党支部书记仇望舒。已完成。
            县妇幼保健院党支部
            2025年6月30日
            """);
        Assert.Empty(Of(result, GapKinds.InconsistentClaim));
    }

    [Fact]
    public void More_problems_said_done_than_the_items_can_show_does_not_add_up()
    {
        // dev76 p09's turn (6个问题，已完成整改5个，正在推进1个, where one problem has no answer at all and one is under way), in
        // words of our own: at most two of four can be done, the report says three.
        var result = fixture.Analyze(FourProblemsOfAClinic, """
            县妇幼保健院党支部关于巡察整改情况的报告
            截至目前，巡察反馈的4个问题，已完成整改3个，正在推进1个。
            一、关于孕产妇健康档案管理不规范的问题。已补全37份档案中的21份随访记录，其余16份正在补录，2025年8月底前完成。责任领导：副院长荀知远。
            二、关于医疗服务收费不规范的问题。多收的2.3万元已全部退还患者，修订《医疗服务价格管理制度》。责任领导：副院长荀知远。已完成。
            三、关于党支部组织生活不严肃的问题。重新制定“三会一课”计划，会议记录当场形成。责任领导：党支部书记仇望舒。已完成。
            县妇幼保健院党支部
            2025年6月30日
            """);
        Assert.Single(Of(result, GapKinds.InconsistentClaim));
    }

    [Fact]
    public void A_leading_groups_ledger_is_no_rule_of_the_problem_it_names_and_a_slip_made_once_wants_none()
    {
        // dev76 p10's form (the paragraph on the leading group names 冷库租赁 among the matters talked over and says the unit
        // built a ledger and a weekly round: read as that problem's rule; a meter reading swapped once, put right once), in words
        // of our own. The lease answered by one new contract wants a rule; the swapped reading does not.
        var result = fixture.Analyze("""
            县委第二巡察组关于巡察县粮油储运公司党支部的反馈意见
            一、巡察发现的主要问题
            1.仓库租赁管理不规范。2间仓库以低于市场价四成的价格长期租给同一家企业，合同到期自动续签，未经集体研究，公司也没有仓库租赁定价的规定。
            2.水费分摊计算出现差错。2024年7月，抄表员误将两家租户的水表读数对调，少收1家租户水费0.9万元。
            3.安全生产隐患整改不及时，熏蒸作业记录不全。
            4.公务用车管理不严，出车登记不全。
            """, """
            县粮油储运公司党支部关于巡察整改情况的报告
            一、组织领导
            公司党支部成立了巡察整改工作领导小组，党支部书记任组长，对整改工作负总责。组长主持召开整改推进会3次，就仓库租赁、安全生产等问题与分管班子成员逐一谈话；公司建立了问题、任务、责任三张清单和整改台账，实行周调度、月通报。
            二、逐项整改情况
            （一）关于仓库租赁管理不规范的问题。已与该企业重新签订仓库租赁合同，租金调整至市场价格水平。（责任领导：总经理贺临川；完成时限：2025年4月30日）
            （二）关于水费分摊计算出现差错的问题。已向该租户补收水费0.9万元，对2024年全年水费分摊记录逐月复核，未发现其他差错。（责任领导：财务总监蒲若澜；完成时限：2025年3月31日）
            （三）关于安全生产隐患整改不及时的问题。制定《熏蒸作业安全管理规定》，每次作业全程记录。（责任领导：副总经理庞望舒；完成时限：2025年3月31日）
            （四）关于公务用车管理不严的问题。修订《公务用车管理办法》，出车逐次登记。（责任领导：副总经理庞望舒；完成时限：2025年3月31日）
            县粮油储运公司党支部
            2025年5月10日
            """);
        Assert.Equal(["I1"], Of(result, GapKinds.NoMechanism).Select(g => g.IssueId));
    }

    [Fact]
    public void Someone_held_to_account_under_a_merged_heading_answers_for_the_problem_the_sentence_is_about()
    {
        // dev56 p08's form (关于“维修工程发包‘化整为零’规避招标”和“零星材料……混乱”的问题: a quote inside a quote, then items of
        // which only the one on the missing stock deals with someone), in words of our own. The heading restates both problems;
        // the stock-keeper's warning answers for the stock, not for the contracts split to dodge a tender.
        var result = fixture.Analyze("""
            县委第四巡察组关于巡察县园林绿化管理所党支部的反馈意见
            一、巡察发现的主要问题
            1.绿化养护工程发包“化整为零”规避招标。2023年公园绿化养护工程被拆分为6个合同发包，合计168万元，全部由同一家公司承揽，所长的亲属是该公司股东，所长没有回避。
            2.苗木物资库存管理混乱。苗木出入库没有登记，账实不符，盘亏苗木约9万元，去向说不清楚。
            3.党支部组织生活不严肃，“三会一课”记录雷同。
            """, """
            县园林绿化管理所党支部关于巡察整改情况的报告
            一、关于“绿化养护工程发包‘化整为零’规避招标”和“苗木物资库存管理混乱”的问题
            一是制定《绿化工程发包管理办法》，累计金额达到招标限额的一律公开招标；二是对苗木进行全面盘点，建立苗木出入库登记制度；三是对盘亏苗木逐笔倒查，无法说明去向的2.1万元由时任库管员赔偿，库管员调离岗位并受到诫勉谈话。（责任领导：副所长祁望舒；完成时限：2025年6月30日）
            二、关于党支部组织生活不严肃的问题
            重新制定“三会一课”年度计划，会议记录当场形成。（责任领导：党支部书记杭知远；完成时限：2025年5月31日）
            县园林绿化管理所党支部
            2025年7月10日
            """);
        Assert.Contains(result.Measures, m => m.IssueIds.Contains("I2") && m.Text.Contains("苗木出入库登记", StringComparison.Ordinal));
        Assert.Equal(["I1"], Of(result, GapKinds.NoAccountability).Select(g => g.IssueId));
    }

    [Fact]
    public void Boilerplate_opened_by_each_problems_name_and_closed_by_its_own_owner_is_one_measure_pasted_twice()
    {
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
            针对文物安全监管存在薄弱环节的问题，局党组压紧压实工作责任，建立问题清单、任务清单和责任清单，实行挂号销账，确保问题整改到位、不留死角。此项由副局长鲁砚青牵头，文物股负责，2025年6月底前完成。
            二、在加强基层党建方面
            针对党员教育管理失之于宽的问题，局党组压紧压实工作责任，建立问题清单、任务清单和责任清单，实行挂号销账，确保问题整改到位、不留死角。此项由机关党委书记柯以宁牵头，机关党委负责，已完成。
            县文化广电和旅游局党组
            2025年6月30日
            """);
        Assert.Equal(["I3", "I4"], Of(result, GapKinds.RepeatedMeasure).Select(g => g.IssueId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_same_acts_in_two_ledger_rows_are_one_measure_pasted_twice_whoever_each_row_names()
    {
        // Each row runs its cells together (措施；责任领导：……；责任部门：……；整改时限：……): the fields differ, the acts do not.
        var result = fixture.Analyze("""
            县委第四巡察组关于巡察县城乡供水集团党委的反馈意见
            一、巡察发现的主要问题
            （一）工程建设管理不规范。4个管网项目被拆分为11个标段直接发包。
            （二）违反中央八项规定精神问题仍有发生。春节、中秋节发放节日福利超出规定标准，人均超标800元。
            （三）选人用人不够规范。2名中层干部未经考察程序直接任用。
            二、整改要求
            一要压实责任；二要建章立制。
            """, """
            县城乡供水集团党委关于巡察整改情况的报告
            一、整改情况
            （一）关于工程建设管理不规范的问题。对4个拆分发包项目逐一复查，委托审计机构复核结算；修订《工程建设项目管理办法》；责任领导：副总经理汲远舟；责任部门：工程管理部；整改时限：2025年5月31日。
            （二）关于违反中央八项规定精神的问题。加强教育引导，组织相关人员认真学习有关规定；建立健全制度机制，堵塞管理漏洞；强化监督检查，防止问题反弹；责任领导：党委委员、纪委书记查明远；责任部门：纪检监察室；整改时限：2025年4月30日。
            （三）关于选人用人不够规范的问题。加强教育引导，组织相关人员认真学习有关规定；建立健全制度机制，堵塞管理漏洞；强化监督检查，防止问题反弹；责任领导：党委副书记邢雪樵；责任部门：组织人事部；整改时限：2025年5月31日。
            县城乡供水集团党委
            2025年6月10日
            """);
        Assert.Equal(["I2", "I3"], Of(result, GapKinds.RepeatedMeasure).Select(g => g.IssueId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_time_limit_field_that_gives_no_time_leaves_an_unfinished_item_without_one_and_long_term_still_answers()
    {
        var result = fixture.Analyze("""
            县委第四巡察组关于巡察县城乡供水集团党委的反馈意见
            一、巡察发现的主要问题
            （一）财务管理存在漏洞。32户商业用户欠缴水费累计41.6万元长期未催缴。
            （二）基层党组织建设弱化。3个生产一线党支部未按期换届，党员教育管理松散。
            二、整改要求
            一要压实责任；二要建章立制。
            """, """
            县城乡供水集团党委关于巡察整改情况的报告
            一、整改情况
            （一）关于财务管理存在漏洞的问题。向32户欠费商业用户逐户送达催缴通知书，已收回欠费18.9万元；责任领导：总会计师卜婉如；责任部门：营业收费部；整改时限：根据催缴进展逐步推进；完成情况：持续推进。
            （二）关于基层党组织建设弱化的问题。3个党支部已完成换届选举，建立党员积分管理制度，每季度评议一次；责任领导：党委副书记邢雪樵；责任部门：党群工作部；整改时限：长期坚持；完成情况：持续推进。
            县城乡供水集团党委
            2025年6月10日
            """);
        Assert.Equal(["I1"], Of(result, GapKinds.NoDeadline).Select(g => g.IssueId));
    }

    [Theory]
    [InlineData("整改时限：长期坚持", true)]
    [InlineData("整改时限：2025年12月31日", false)]
    public void Money_still_to_collect_is_not_kept_up_for_good(string timeLimit, bool flagged)
    {
        // dev70 p07's form, in words of our own: arrears the feedback names are partly collected and the rest under way, and
        // the time limit says 长期坚持 — a sum to collect wants a date; the standing party-building item keeps 长期坚持.
        var result = fixture.Analyze("""
            县委第四巡察组关于巡察县城乡供水集团党委的反馈意见
            一、巡察发现的主要问题
            （一）财务管理存在漏洞。32户商业用户累计欠缴水费41.6万元，集团长期未催缴。
            （二）基层党组织建设弱化。3个生产一线党支部未按期换届，党员教育管理松散。
            """, $"""
            县城乡供水集团党委关于巡察整改情况的报告
            一、整改情况
            （一）关于财务管理存在漏洞的问题。向32户欠费商业用户逐户送达催缴通知书，已收回欠费18.9万元，其余正在催缴；责任领导：总会计师卜婉如；责任部门：营业收费部；{timeLimit}；完成情况：持续推进。
            （二）关于基层党组织建设弱化的问题。3个党支部已完成换届选举，建立党员积分管理制度，每季度评议一次；责任领导：党委副书记邢雪樵；责任部门：党群工作部；整改时限：长期坚持；完成情况：持续推进。
            县城乡供水集团党委
            2025年6月10日
            """);
        Assert.Equal(flagged ? ["I1"] : [], Of(result, GapKinds.NoDeadline).Select(g => g.IssueId));
    }

    [Theory]
    [InlineData("已全部退回县残联；制定《康复训练课时核验办法》，每月申报前交叉核对。", true)]
    [InlineData("已全部退回县残联；对负责申报的康复科科长进行诫勉谈话，制定《康复训练课时核验办法》。", false)]
    public void Money_claimed_beyond_what_was_due_asks_for_someone_to_answer_for_it(string answer, bool flagged)
    {
        // dev59 p07's form, in words of our own: the centre claimed 11.2万 more than it was due (多申报) and was paid it;
        // the money is returned and a rule made, but nobody answers for the false claim.
        var result = fixture.Analyze("""
            县委第二巡察组关于巡察县残疾人康复中心党支部的反馈意见
            一、康复救助资金申报不实。2024年中心向县残联多申报康复训练课时费11.2万元，县残联已据此拨付。
            二、党员教育管理不严格。2024年有3名党员连续6个月未参加组织生活。
            """, $"""
            县残疾人康复中心党支部关于巡察整改情况的报告
            一、关于康复救助资金申报不实的问题。对2024年申报的课时逐人核对，确认多申报课时费11.2万元，{answer}（责任人：主任；已完成）
            二、关于党员教育管理不严格的问题。对3名党员逐一谈话提醒，修订《党支部组织生活考勤办法》，缺勤情况每季度通报。（责任人：支部书记；已完成）
            县残疾人康复中心党支部
            2025年3月20日
            """);
        Assert.Equal(flagged ? ["I1"] : [], Of(result, GapKinds.NoAccountability).Select(g => g.IssueId));
    }

    [Theory]
    [InlineData("商铺已于4月30日收回，拟通过公共资源交易中心公开招租。", true)]
    [InlineData("商铺已于4月30日收回，拟通过公共资源交易中心公开招租；对馆长进行诫勉谈话。", false)]
    public void A_shop_a_leaders_relative_runs_cheaply_asks_for_someone_to_answer_for_it(string answer, bool flagged)
    {
        // dev58 p08's form, in words of our own: the leader's relative kept running the unit's shop at an old, low rent; taking
        // the shop back does not answer for who let it happen.
        var result = fixture.Analyze("""
            县委第三巡察组关于巡察县博物馆党支部的反馈意见
            一、国有资产出租管理不规范。馆内一楼商铺2022年合同到期后继续由馆长的亲属经营茶饮，租金比周边同类铺面低四成，也没有签订书面合同。
            二、党员教育管理不严格。2024年有3名党员连续6个月未参加组织生活。
            """, $"""
            县博物馆党支部关于巡察整改情况的报告
            一、关于国有资产出租管理不规范的问题。{answer}（责任人：副馆长；完成时限：2025年6月30日）
            二、关于党员教育管理不严格的问题。对3名党员逐一谈话提醒，修订《党支部组织生活考勤办法》，缺勤情况每季度通报。（责任人：支部书记；已完成）
            县博物馆党支部
            2025年3月20日
            """);
        Assert.Equal(flagged ? ["I1"] : [], Of(result, GapKinds.NoAccountability).Select(g => g.IssueId));
    }

    [Fact]
    public void Matters_listed_together_in_a_demand_for_accountability_are_each_demanded()
    {
        const string Feedback = """
            县委第一巡察组关于巡察县市场监管局党组的反馈意见
            一、巡察发现的主要问题
            1.食品快检数据不实，全年上报快检8000批次，与试剂采购量明显不符。
            2.机关党支部组织生活不规范，“三会一课”记录雷同。
            二、整改要求
            对快检数据不实、收受礼品等问题涉及的人员，要依规依纪处理。
            """;
        var result = fixture.Analyze(Feedback, """
            县市场监管局党组关于巡察整改情况的报告
            一、关于食品快检数据不实的问题
            更正全年上报数据，快检结果全部接入省级平台自动上传。已完成。
            二、关于机关党支部组织生活不规范的问题
            制定年度学习计划，支部书记每季度讲一次党课。已完成。
            县市场监管局党组
            2025年6月30日
            """);
        Assert.Equal(["I1"], Of(result, GapKinds.NoAccountability).Select(g => g.IssueId));
    }

    [Fact]
    public void Gifts_handed_out_against_the_rules_ask_for_accountability_and_villagers_building_on_farmland_do_not()
    {
        // 违规发放购物卡 is someone's decision to break the Eight-point Rules, named or not; 违法占用耕地建房 is what villagers
        // did under the township's weak supervision: putting it right (拆除, 复耕, 巡查) answers it.
        const string Feedback = """
            县委第二巡察组关于巡察蒹塘镇党委的反馈意见
            一、巡察发现的主要问题
            1.落实中央八项规定精神不够严格，以节日慰问名义违规发放购物卡。
            2.耕地保护监管不力，2023年以来全镇新增违法占用耕地建房9宗，仅拆除2宗。
            """;
        var result = fixture.Analyze(Feedback, """
            蒹塘镇党委关于巡察整改情况的报告
            一、关于违规发放购物卡的问题
            立即停止以节日慰问名义发放购物卡，修订《机关福利费使用管理办法》，明确列支范围和审批程序。已完成。
            二、关于耕地保护监管不力的问题
            其余7宗违法建房已全部拆除并复耕；建立镇村两级耕地保护巡查制度，每周巡查一次。已完成。
            蒹塘镇党委
            2025年6月30日
            """);
        Assert.Equal(["I1"], Of(result, GapKinds.NoAccountability).Select(g => g.IssueId));
    }

    [Fact]
    public void A_quoted_restatement_is_no_measure_and_a_copy_padded_with_slogans_is_still_a_copy()
    {
        const string Feedback = """
            区委第四巡察组关于巡察区公共资源交易中心党组的反馈意见
            一、巡察发现的主要问题
            1.交易平台数据共享推进迟缓。未按市里要求与市级平台实现评标专家库互联互通。
            2.投标保证金退还不及时，1460万元保证金超期未退还。
            """;
        var result = fixture.Analyze(Feedback, """
            区公共资源交易中心党组关于巡察整改情况的报告
            （一）关于“交易平台数据共享推进迟缓”的问题
            巡察反馈指出：“交易平台数据共享推进迟缓。未按市里要求与市级平台实现评标专家库互联互通。”
            整改措施：1.加快推进交易平台数据共享，按市里要求与市级平台实现评标专家库互联互通；2.进一步提高认识，切实加强沟通对接。
            责任领导：副主任祝鸿声；完成时限：2025年9月底前
            （二）关于“投标保证金退还不及时”的问题
            巡察反馈指出：“投标保证金退还不及时，1460万元保证金超期未退还。”
            整改措施：已退还保证金1398万元，保证金改为中标后5日内系统自动退还。
            责任领导：副主任祝鸿声；完成时限：2025年7月底前
            区公共资源交易中心党组
            2025年8月1日
            """);
        Assert.DoesNotContain(result.Measures, m => m.Text.StartsWith("巡察反馈指出", StringComparison.Ordinal));
        Assert.Equal(["I1"], Of(result, GapKinds.CopiedMeasure).Select(g => g.IssueId));
    }

    [Theory]
    [InlineData("局党组把3个问题细化为整改措施9条，建立整改台账。截至6月10日，已完成6条，正在推进2条。", true)]
    [InlineData("局党组把3个问题细化为整改措施9条，建立整改台账。截至6月10日，已完成6条，正在推进3条。", false)]
    [InlineData("3个问题共明确9项整改任务，9项任务已完成6项，1项正在按计划推进，2项需长期坚持。", false)]
    [InlineData("3个问题共明确9项整改任务，9项任务已完成6项，1项正在按计划推进，1项需长期坚持。", true)]
    [InlineData("局党组把3个问题细化为整改措施9条。截至6月10日，已完成6项，正在推进2项。", false)]
    public void Counts_of_measures_must_add_up_like_counts_of_problems(string claim, bool inconsistent)
    {
        // dev28 p01's form (共细化整改措施28条。……已完成24条，正在推进3条), in words of our own; parts in another unit (项 for
        // 条) count something else and are not added.
        var result = fixture.Analyze(Documents.Feedback, $"""
            中共区农业农村局党组关于巡察整改情况的报告
            {claim}
            一、关于“高标准农田建设项目推进缓慢”的问题
            实行周调度，已完成建设1.5万亩，其余0.5万亩正在施工。
            二、关于“违规发放补贴”的问题
            违规发放的4.2万元已全部清退，对负有直接责任的办公室主任给予诫勉谈话。
            三、关于“涉农资金管理制度缺失”的问题
            制定《涉农资金拨付审核办法》，实行三级审核。已完成。
            中共区农业农村局党组
            2025年6月30日
            """);
        Assert.Equal(inconsistent, Of(result, GapKinds.InconsistentClaim).Any(g => g.Message.Contains("对不上", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("截至6月10日，反馈的3个问题已完成2个，1个正在推进。", "已完成。", false)]
    [InlineData("以上3个问题中，第3个问题正在推进，其余2个问题已整改完成。", "已完成。", false)]
    [InlineData("反馈的3个问题已全部整改完成。", "正在推进。", true)]
    [InlineData("3个问题中已完成整改2项，正在推进1项，整改措施已完成9条。", "已完成。", false)]
    [InlineData("3个问题中已完成整改2项，正在推进1项，整改措施已完成9条。", "正在推进。", true)]
    public void An_items_own_result_decides_whether_it_is_done_when_a_count_is_checked(string claim, string secondResult, bool inconsistent)
    {
        const string Feedback = """
            区委第二巡察组关于巡察区商务局党组的反馈意见
            一、巡察发现的主要问题
            1.消费券资金拨付滞后。
            2.专项资金审核把关不严，2家企业用重复发票申领补助18.4万元。
            3.公务接待无公函。
            """;
        var result = fixture.Analyze(Feedback, $"""
            区商务局党组关于巡察整改情况的报告
            {claim}
            1.问题：消费券资金拨付滞后；整改措施：制定《消费券发放操作规程》，资金15个工作日内拨付到位；责任人：副局长葛秋；完成时限：2025年4月底前；整改结果：已完成。
            2.问题：专项资金审核把关不严；整改措施：追回补助资金18.4万元，今后申领材料实行三级审核；责任人：副局长喻兰；完成时限：2025年5月底前；整改结果：{secondResult}
            3.问题：公务接待无公函；整改措施：修订《公务接待管理办法》，无公函一律不予接待；责任人：办公室主任田若；完成时限：2025年6月底前；整改结果：正在推进。
            区商务局党组
            2025年6月12日
            """);
        Assert.Equal(inconsistent, Of(result, GapKinds.InconsistentClaim).Any());
    }

    [Theory]
    [InlineData("今年3月18日区委第二巡察组反馈意见后，党支部立即研究整改。", "2025年7月25日", "2025-03-18", true)]
    [InlineData("11月20日区委第二巡察组反馈意见后，党支部立即研究整改。", "2025年1月10日", "2024-11-20", false)]
    public void A_feedback_dated_without_its_year_takes_the_reports_year_or_the_one_before(string opening, string dated, string expected, bool late)
    {
        var result = fixture.Analyze("""
            区委第二巡察组向区文化馆党支部反馈巡察情况
            巡察组指出，区文化馆党支部存在公共文化活动开展不经常、场馆免费开放时间不足等问题。
            """, $"""
            区文化馆党支部关于巡察整改情况的报告
            {opening}
            一、关于公共文化活动开展不经常的问题
            制定年度活动计划，每月开展公益展演2场，由副馆长负责，已完成。
            二、关于场馆免费开放时间不足的问题
            免费开放时间延长至每周56小时，由办公室负责，已完成。
            区文化馆党支部
            {dated}
            """);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.FeedbackDate?.Date);
        Assert.Equal(late, Of(result, GapKinds.LateReport).Any());
    }

    [Fact]
    public void A_key_value_table_per_problem_is_read_by_its_labels()
    {
        const string Feedback = """
            区委第一巡察组关于巡察区城投公司党支部的反馈意见
            一、巡察发现的主要问题
            1.违规发放奖金，2024年以“项目奖”名义发放奖金18万元。
            2.工程变更把关不严，蔬菜产业园工程追加变更款97万元未经集体研究。
            3.公务用车管理不规范，节假日公车未封存。
            """;
        var result = fixture.Analyze(Feedback, """
            中共区城投公司支部委员会关于巡察整改情况的报告
            （一）问题1
            反馈问题 | 违规发放奖金
            整改措施 | 违规发放的18万元奖金已全部退回公司账户，修订《公司薪酬管理办法》。
            责任领导 | 林秋实
            完成时限 | 2025年4月30日
            整改状态 | 已完成
            （二）问题2
            反馈问题 | 工程变更把关不严
            整改措施 | 委托区审计局对变更追加的97万元开展结算审计，制定《工程建设项目管理办法》。
            责任领导 | 林秋实
            完成时限 | 2025年4月30日
            整改状态 | 已完成
            （三）问题3
            反馈问题 | 公务用车管理不规范
            整改措施 | 节假日公务用车一律入库封存，建立出车登记制度。
            责任领导 | 林秋实
            完成时限 | 2025年4月30日
            整改状态 | 已完成
            中共区城投公司支部委员会
            2025年6月5日
            """);
        // The label column is read as a label: the measure is its value, the problem row its restatement, and the owner and
        // time-limit rows are the measure's fields (no row of cells is a heading).
        Assert.DoesNotContain(result.Measures, m => m.Text.StartsWith("整改措施", StringComparison.Ordinal) || m.Text.StartsWith("反馈问题", StringComparison.Ordinal));
        Assert.Equal(["I1"], result.Measures.Single(m => m.Text.StartsWith("违规发放的18万元", StringComparison.Ordinal)).IssueIds);
        Assert.Empty(Of(result, GapKinds.RepeatedMeasure));
        Assert.Empty(Of(result, GapKinds.CopiedMeasure));
        Assert.Empty(Of(result, GapKinds.NoOwner));
        Assert.Empty(Of(result, GapKinds.NoDeadline));
        var cars = result.Measures.Single(m => m.Text.StartsWith("节假日公务用车一律入库封存", StringComparison.Ordinal));
        Assert.Equal("林秋实", cars.Owner);
        Assert.Equal("2025年4月30日", cars.Deadline);
    }

    [Fact]
    public void A_line_of_fields_closing_a_themes_items_gives_them_all_its_owner_and_time_limit()
    {
        // dev29 p04's form (the unit's own themes, ①②③ items, one bracketed line of fields closing each theme), in words of
        // our own, a paragraph a line as there. The closing line of 一、 belongs to 一、's items, not to the first item of 二、
        // after its heading.
        var result = fixture.Analyze(Documents.Feedback, """
            中共区农业农村局党组关于巡察整改情况的报告

            局党组成立巡察整改工作领导小组，党组书记任组长，对重点问题直接部署、直接督办。

            一、项目建设方面

            ①实行高标准农田建设周调度，已完成建设1.5万亩。

            ②制定《涉农资金拨付审核办法》，实行科室初审、财务复核、分管领导审批三级审核。

            （责任领导：副局长程远；牵头科室：计划财务科；完成时限：2025年9月底前）

            二、作风和组织建设方面

            ①违规发放的4.2万元已全部清退，对办公室主任给予诫勉谈话。

            ②制定年度党课计划，重新召开专题组织生活会。

            （责任领导：党组书记郑岚；牵头科室：机关党办；完成时限：立行立改）

            中共区农业农村局党组

            2025年6月30日
            """);
        // Each item is a measure of its own: the last one is not read as the heading of the fields below it.
        var first = result.Measures.Single(m => m.Text.StartsWith("①实行高标准农田建设周调度", StringComparison.Ordinal));
        Assert.DoesNotContain("②", first.Text, StringComparison.Ordinal);
        Assert.Equal("副局长程远", first.Owner);
        Assert.Equal("2025年9月底前", first.Deadline);
        Assert.Equal(["I3"], result.Measures.Single(m => m.Text.StartsWith("②制定《涉农资金拨付审核办法》", StringComparison.Ordinal)).IssueIds);
        var refund = result.Measures.Single(m => m.Text.Contains("4.2万元已全部清退", StringComparison.Ordinal));
        Assert.Equal("党组书记郑岚", refund.Owner);
        Assert.DoesNotContain("副局长程远", refund.Text, StringComparison.Ordinal);
        Assert.Empty(Of(result, GapKinds.NoOwner));
        Assert.Empty(Of(result, GapKinds.NoDeadline));
    }

    [Theory]
    [InlineData("责任单位：各部门", 1)]
    [InlineData("责任单位：相关单位", 1)]
    [InlineData("责任单位：办公室", 0)]
    [InlineData("责任领导：副局长冯远；各部门配合", 0)]
    [InlineData("责任人：全体干部职工", 1)]
    [InlineData("责任人：局机关全体工作人员", 1)]
    [InlineData("责任人：各股室负责人", 1)]
    [InlineData("责任领导：村“两委”班子", 1)]
    [InlineData("责任领导：局领导班子", 1)]
    [InlineData("责任领导：局党组书记、局长方远", 0)]
    [InlineData("责任部门：公司；责任人：公司", 1)]
    public void An_owner_field_that_names_nobody_in_particular_leaves_the_item_without_an_owner(string owner, int withoutOwner)
    {
        const string Feedback = """
            区委第一巡察组关于巡察区统计局党组的反馈意见
            一、巡察发现的主要问题
            1.统计数据审核把关不严，2024年有6家企业联网直报数据未经核查即上报。
            2.公务用车管理不规范，节假日公车未封存。
            """;
        var result = fixture.Analyze(Feedback, $"""
            中共区统计局党组关于巡察整改情况的报告
            （一）统计数据审核把关不严的问题
            对6家企业的联网直报数据逐一复核，建立数据质量三级审核制度。（责任领导：副局长冯远；完成时限：2025年6月30日）
            （二）公务用车管理不规范的问题
            节假日公务用车一律入库封存，建立出车登记制度。（{owner}；完成时限：2025年5月31日）
            中共区统计局党组
            2025年7月10日
            """);
        Assert.Equal(withoutOwner, Of(result, GapKinds.NoOwner).Count(g => g.IssueId == "I2"));
        Assert.DoesNotContain(Of(result, GapKinds.NoOwner), g => g.IssueId == "I1");
    }

    [Theory]
    [InlineData("由局领导班子共同负责", 1)]
    [InlineData("由村“两委”班子共同负责", 1)]
    [InlineData("由全体班子成员集体负责", 1)]
    [InlineData("（责任人：全局执法人员；完成时限：2025年9月底前）", 1)]
    [InlineData("（责任领导：局党组班子成员；责任部门：各党支部）", 1)]
    [InlineData("由办公室和车队共同负责", 0)]
    [InlineData("由副局长冯远负责", 0)]
    public void Work_left_to_a_whole_body_together_has_no_owner(string owner, int withoutOwner)
    {
        // dev96 p04's form (由村“两委”班子共同负责, 2025年9月底前完成), in words of our own: a leading body as a whole answers for
        // nothing in particular; two offices named together do. dev110 p05's and p10's: a whole staff (责任人：全所执法人员) or
        // every branch (责任部门：各党支部) in an owner's field is nobody either.
        var result = fixture.Analyze("""
            区委第一巡察组关于巡察区统计局党组的反馈意见
            一、巡察发现的主要问题
            1.统计数据审核把关不严，2024年有6家企业联网直报数据未经核查即上报。
            2.公务用车管理不规范，节假日公车未封存。
            """, $"""
            中共区统计局党组关于巡察整改情况的报告
            （一）统计数据审核把关不严的问题
            对6家企业的联网直报数据逐一复核，建立数据质量三级审核制度。由副局长冯远负责，2025年6月30日前完成。
            （二）公务用车管理不规范的问题
            节假日公务用车一律入库封存，正在建立出车登记制度。{owner}，2025年9月底前完成。
            中共区统计局党组
            2025年7月10日
            """);
        Assert.Equal(withoutOwner, Of(result, GapKinds.NoOwner).Count(g => g.IssueId == "I2"));
        Assert.DoesNotContain(Of(result, GapKinds.NoOwner), g => g.IssueId == "I1");
    }

    [Theory]
    [InlineData("以上（一）至（三）项由党组成员、副局长冯远牵头负责，均于2025年9月底前完成。", 0)]
    [InlineData("以上（二）（三）项由党组成员、副局长冯远牵头负责，均于2025年9月底前完成。", 1)]
    [InlineData("第二项由副局长冯远牵头，完成时限为2025年9月底前；第三项由副局长冯远牵头，完成时限为2025年9月底前；第一项由副局长冯远牵头，完成时限为2025年9月底前。", 0)]
    public void A_sentence_naming_the_owner_and_time_limit_of_a_range_of_items_gives_them_to_each(string group, int stillWithout)
    {
        const string Feedback = """
            区委第一巡察组关于巡察区医疗保障局党组的反馈意见
            一、巡察发现的主要问题
            1.医保基金监管不严，对定点药店串换药品行为查处不及时。
            2.异地就医备案流程繁琐，群众办事多头跑。
            3.内部审核制度执行不严，2024年有4笔大额支付未经复核。
            """;
        var result = fixture.Analyze(Feedback, $"""
            中共区医疗保障局党组关于巡察整改情况的报告
            （一）医保基金监管问题
            对全区定点药店开展串换药品专项检查，查处违规药店3家，追回基金12.6万元，正在推进对剩余药店的复查。
            （二）异地就医备案问题
            上线异地就医线上备案，备案时间由3天压缩到即时办结，正在推进乡镇经办点全覆盖。
            （三）内部审核问题
            对4笔大额支付补做复核，修订《基金支付审核办法》，正在推进审核系统改造。
            {group}
            中共区医疗保障局党组
            2025年6月30日
            """);
        Assert.Equal(stillWithout, Of(result, GapKinds.NoOwner).Count());
        Assert.Equal(stillWithout, Of(result, GapKinds.NoDeadline).Count());
        Assert.Equal("2025年9月底前", Assert.Single(result.Measures, m => m.Text.StartsWith("上线异地就医线上备案", StringComparison.Ordinal)).Deadline);
    }

    [Theory]
    [InlineData("2023年11件法律援助案件的办案补贴超标准发放，多发1.8万元。", "多发的1.8万元已由承办律师全部退回。", 1)]
    [InlineData("2023年11件法律援助案件的办案补贴超标准发放，多发1.8万元。", "多发的1.8万元已由承办律师全部退回，对审核把关的科长进行诫勉谈话。", 0)]
    [InlineData("市场管理员代收的摊位费5.6万元存入个人银行卡，近3个月才上缴。", "5.6万元已全部上缴财政专户，摊位费改由银行代收。", 1)]
    [InlineData("法律援助案件办案补贴标准多年未调整，与周边县相比偏低。", "已报请县财政局将补贴标准调整到每件1800元。", 0)]
    public void Money_paid_over_the_rate_or_kept_on_a_personal_card_is_a_violation_someone_answers_for(string problem, string answer, int flagged)
    {
        // dev44 p02 and dev42 p05's forms, in words of our own: money paid over the rate (超标准发放 / 多发) or public money
        // kept on a personal card (存入个人银行卡) is put right by paying it back, and still wants someone held to account.
        var result = fixture.Analyze($"""
            县委第三巡察组关于巡察县司法局党组的反馈意见
            一、巡察发现的主要问题
            1.{problem}
            2.人民调解员培训不经常，2024年仅组织1次。
            二、整改意见
            要逐项整改，三个月内报送整改情况报告。
            """, $"""
            中共县司法局党组关于巡察整改情况的报告
            （一）关于第1个问题
            {answer}（责任领导：副局长邹某；完成时限：2025年6月底）
            （二）关于人民调解员培训不经常的问题
            制定年度培训计划，每季度组织一次全县人民调解员培训。（责任领导：副局长吴某；完成时限：2025年12月底）
            中共县司法局党组
            2025年6月30日
            """);
        Assert.Equal(flagged, Of(result, GapKinds.NoAccountability).Count(g => g.IssueId == "I1"));
        Assert.DoesNotContain(Of(result, GapKinds.NoAccountability), g => g.IssueId == "I2");
    }

    [Theory]
    [InlineData("局党组书记在党组会上作了检讨，修订《会议费管理办法》。", 1)]
    [InlineData("对两次会议的审批人、分管副局长进行诫勉谈话，修订《会议费管理办法》。", 0)]
    public void A_matter_the_feedback_demands_someone_answer_for_asks_for_accountability_whatever_the_problems_words(string answer, int flagged)
    {
        const string Feedback = """
            区委第一巡察组关于巡察区文化广电旅游局党组的反馈意见
            一、巡察发现的主要问题
            1.执行中央八项规定精神不彻底。2024年两次以业务培训名义在景区召开会议，参会人员中有非本单位人员的亲属。
            2.非遗项目申报材料审核把关不严。
            二、整改意见
            对违反中央八项规定精神的问题要严肃追究相关人员责任，整改情况三个月内报区委巡察办。
            """;
        var result = fixture.Analyze(Feedback, $"""
            中共区文化广电旅游局党组关于巡察整改情况的报告
            （一）关于执行中央八项规定精神不彻底的问题
            {answer}（责任领导：局长周某；完成时限：2025年6月底）
            （二）关于非遗项目申报材料审核把关不严的问题
            建立申报材料三级审核制度，对2024年申报的9个项目逐一复核。（责任领导：副局长吴某；完成时限：2025年5月底）
            中共区文化广电旅游局党组
            2025年6月30日
            """);
        Assert.Equal(flagged, Of(result, GapKinds.NoAccountability).Count(g => g.IssueId == "I1"));
        Assert.DoesNotContain(Of(result, GapKinds.NoAccountability), g => g.IssueId == "I2");
    }

    [Theory]
    [InlineData("此项工作由档案室负责。（完成时限：2025年5月15日；整改状态：已完成）", 1)]
    [InlineData("此项工作由档案室负责。（责任领导：党组成员、副局长齐衡；完成时限：2025年5月15日；整改状态：已完成）", 0)]
    public void In_a_report_organised_by_actions_the_one_item_naming_only_a_department_where_every_other_names_a_leader_has_no_owner(string third, int flagged)
    {
        const string Feedback = """
            县委第三巡察组关于巡察县水利局党组的反馈意见
            一、巡察发现的主要问题
            1.工程质量监管不严，2个小型水库除险加固项目未经验收即投入使用。
            2.公务接待管理不规范，2024年有9次接待无公函，涉及金额1.4万元。
            3.干部人事档案管理不规范，有8卷档案出生日期前后不一致。
            4.河道采砂监管缺位，巡察期间发现2处非法采砂点无人制止。
            5.基层党支部组织生活不规范，2个支部全年未召开组织生活会。
            """;
        var result = fixture.Analyze(Feedback, $"""
            中共县水利局党组关于巡察整改情况的报告
            专项行动一：“质量把关”行动（对应工程质量监管不严问题）
            对2个除险加固项目补办竣工验收，委托第三方检测机构全面检测，修订《水利工程验收管理办法》。
            （责任领导：党组成员、副局长严川；责任科室：建设管理科；完成时限：2025年4月30日；整改状态：已完成）
            专项行动二：“清单接待”行动（对应公务接待管理不规范问题）
            对9次无公函接待逐笔清理，超标准部分由经办人退回，制定《局机关公务接待管理办法》。
            （责任领导：党组书记、局长柯远；责任科室：办公室；完成时限：2025年3月31日；整改状态：已完成）
            专项行动三：“档案规范”行动（对应干部人事档案管理不规范问题）
            对8卷档案逐卷复核，补齐佐证材料，建立档案专审台账。{third}
            专项行动四：“河道清障”行动（对应河道采砂监管缺位问题）
            取缔2处非法采砂点，联合公安开展夜间巡查，建立河道巡查日志。
            （责任领导：党组成员、副局长严川；责任科室：河湖管理科；完成时限：2025年4月15日；整改状态：已完成）
            专项行动五：“支部规范”行动（对应基层党支部组织生活不规范问题）
            2个支部已补开组织生活会，局机关党委每季度检查一次支部记录。
            （责任领导：党组成员、副局长孟澄；责任科室：机关党委；完成时限：2025年4月30日；整改状态：已完成）
            中共县水利局党组
            2025年6月20日
            """);
        Assert.Equal(5, result.Issues.Length);
        Assert.Equal(flagged, Of(result, GapKinds.NoOwner).Count(g => g.IssueId == "I3"));
        Assert.DoesNotContain(Of(result, GapKinds.NoOwner), g => g.IssueId != "I3");
        Assert.DoesNotContain(result.Gaps, g => g.Kind is GapKinds.NoDeadline or GapKinds.UnansweredIssue);
    }

    [Theory]
    [InlineData("副乡长孟秋", 1)]
    [InlineData("副乡长孟秋 2025年5月31日", 0)]
    public void A_cell_giving_the_leader_and_the_time_limit_gives_both_and_the_one_row_without_a_time_stands_out(string cell, int flagged)
    {
        const string Feedback = """
            县委第三巡察组关于巡察蓼坪乡党委的反馈意见
            一、巡察发现的主要问题
            1.产业帮扶项目闲置，4个项目建成后长期低效运营。
            2.违法占用耕地建房6处，发现后只作口头制止。
            3.村级财务白条入账23张，涉及4.7万元。
            4.干部作风不实，便民服务中心办事推诿。
            5.公务用车管理不规范，周末公车私用2次。
            """;
        var result = fixture.Analyze(Feedback, $"""
            蓼坪乡党委关于巡察整改情况的报告
            现将整改情况报告如下。
            序号 | 反馈问题 | 整改措施 | 责任人及时限 | 完成情况
            1 | 产业帮扶项目闲置 | 制定4个闲置项目盘活方案，引入茶企租赁经营 | 乡长严柯 2025年6月30日 | 已完成
            2 | 违法占用耕地建房 | 6处违法建房上报立案，已拆除复耕4处 | {cell} | 已完成
            3 | 村级财务白条入账 | 23张白条逐笔核实补齐票据，修订《村级财务报账审核细则》 | 纪委书记葛宁 2025年5月31日 | 已完成
            4 | 干部作风不实 | 便民服务中心推行首问负责和限时办结，每月通报办件情况 | 党委副书记施远 长期坚持 | 已完成
            5 | 公务用车管理不规范 | 公车加装定位系统，周末出车须经乡长审批 | 乡长严柯 2025年4月30日 | 已完成
            蓼坪乡党委
            2025年7月1日
            """);
        Assert.Equal(flagged, Of(result, GapKinds.NoDeadline).Count(g => g.IssueId == "I2"));
        Assert.DoesNotContain(result.Gaps, g => g.Kind is GapKinds.NoOwner || (g.Kind == GapKinds.NoDeadline && g.IssueId != "I2"));
    }

    [Fact]
    public void A_part_on_work_beyond_the_problems_answers_no_problem_left_unanswered()
    {
        const string Feedback = """
            县委第二巡察组关于巡察县审计局党组的反馈意见
            一、巡察发现的主要问题
            1.审计项目计划执行不严，2024年有3个计划项目未实施也未报批调整。
            2.公务接待管理不规范，有6次接待无公函。
            3.审计整改跟踪不到位，2023年审计发现的9个问题有4个未督促整改。
            4.监督责任落实不到位，派驻纪检组近两年未对局机关开展专项监督。
            """;
        var result = fixture.Analyze(Feedback, """
            中共县审计局党组关于巡察整改情况的报告
            现将整改情况报告如下。
            （一）关于审计项目计划执行不严的问题
            对3个未实施项目逐一报批调整，修订《审计项目计划管理办法》，由副局长苗岑负责，2025年5月底前完成，已完成。
            （二）关于公务接待管理不规范的问题
            清理6次无公函接待，超标准部分由经办人退回，由办公室主任伍宁负责，2025年4月底前完成，已完成。
            （三）关于审计整改跟踪不到位的问题
            对4个未整改问题逐一下达督办函，建立审计整改销号台账，由副局长苗岑负责，2025年6月底前完成，已完成。
            （四）举一反三开展的工作
            结合以上各项整改，局党组对近三年党组会议记录开展一次全面梳理，邀请派驻纪检组对议题申报、会议记录和决议执行逐项核对，由局长柏川负责，2025年6月底前完成。
            中共县审计局党组
            2025年7月10日
            """);
        Assert.Equal(["I4"], Of(result, GapKinds.UnansweredIssue).Select(g => g.IssueId));
    }

    [Theory]
    [InlineData("合计：反馈问题3个，已完成整改2个、正在推进2个。", 1)]
    [InlineData("合计：反馈问题3个，已完成整改2个、正在推进1个。", 0)]
    [InlineData("截至6月底，反馈的3项问题中，已完成整改1项、基本完成1项、正在推进2项。", 1)]
    [InlineData("截至6月底，反馈的3项问题中，已完成整改1项、基本完成1项、正在推进1项。", 0)]
    [InlineData("截至6月底，巡察反馈的3个问题，已完成整改2个、持续推进2个。", 1)]
    [InlineData("截至6月底，巡察反馈的3个问题，已完成整改2个、持续推进1个。", 0)]
    public void A_total_written_after_the_word_problems_is_checked_against_its_parts(string total, int flagged)
    {
        const string Feedback = """
            区委第一巡察组关于巡察区统计局党组的反馈意见
            一、巡察发现的主要问题
            1.统计数据审核把关不严，2024年有6家企业联网直报数据未经核查即上报。
            2.公务用车管理不规范，节假日公车未封存。
            3.违规发放加班补助，2024年向职工发放无审批依据的加班补助3.2万元。
            """;
        var result = fixture.Analyze(Feedback, $"""
            中共区统计局党组关于巡察整改情况的报告
            （一）统计数据审核把关不严的问题
            由副局长冯远牵头，对6家企业的联网直报数据逐一复核，修订《统计数据质量审核办法》。完成时限：6月底前。已完成。
            （二）公务用车管理不规范的问题
            由办公室主任韩柏负责，节假日公务用车一律入库封存，建立出车登记制度。完成时限：5月底前。已完成。
            （三）违规发放加班补助的问题
            由副局长冯远牵头，领取人员已退缴1.9万元，余款按月扣回，正在推进；对审批把关不严的财务股股长进行诫勉谈话。完成时限：9月底前。
            {total}
            中共区统计局党组
            2025年6月10日
            """);
        Assert.Equal(flagged, Of(result, GapKinds.InconsistentClaim).Count());
    }

    [Theory]
    [InlineData("整改进度：100%", "整改进度：60%", 1)]
    [InlineData("整改进度：100%", "整改进度：100%", 0)]
    public void A_count_of_problems_done_against_items_whose_progress_is_under_a_hundred_percent_does_not_add_up(string second, string third, int flagged)
    {
        const string Feedback = """
            区委第一巡察组关于巡察区统计局党组的反馈意见
            一、巡察发现的主要问题
            1.统计数据审核把关不严，2024年有6家企业联网直报数据未经核查即上报。
            2.公务用车管理不规范，节假日公车未封存。
            3.违规发放加班补助，2024年向职工发放无审批依据的加班补助3.2万元。
            """;
        var result = fixture.Analyze(Feedback, $"""
            中共区统计局党组关于巡察整改情况的报告
            截至6月5日，3个问题中已完成整改3个，整体完成率100%。
            （一）统计数据审核把关不严的问题
            由副局长冯远牵头，对6家企业的联网直报数据逐一复核，修订《统计数据质量审核办法》。完成时限：6月底前。
            整改进度：100%
            （二）公务用车管理不规范的问题
            由办公室主任韩柏负责，节假日公务用车一律入库封存，建立出车登记制度。完成时限：5月底前。
            {second}
            （三）违规发放加班补助的问题
            由副局长冯远牵头，领取人员已退缴1.9万元，余款按月扣回；对审批把关不严的财务股股长进行诫勉谈话。完成时限：长期坚持。
            {third}
            中共区统计局党组
            2025年6月10日
            """);
        Assert.Equal(flagged, Of(result, GapKinds.InconsistentClaim).Count());
    }

    [Theory]
    [InlineData("注：\n①责任人：副局长冯远；完成时限：2025年6月30日。\n②责任人：办公室主任韩柏；完成时限：2025年5月31日。\n③责任人：财务科科长严芳；完成时限：2025年9月30日。", 0)]
    [InlineData("注：\n①责任人：副局长冯远；完成时限：2025年6月30日。\n③责任人：财务科科长严芳；完成时限：2025年9月30日。", 1)]
    [InlineData("[1]责任人：副局长冯远；完成时限：2025年6月30日。\n[2]责任人：办公室主任韩柏；完成时限：2025年5月31日。\n[3]责任人：财务科科长严芳；完成时限：2025年9月30日。", 0)]
    public void Notes_a_measure_refers_to_by_a_mark_give_its_owner_and_time_limit(string notes, int withoutNote)
    {
        const string Feedback = """
            区委第一巡察组关于巡察区统计局党组的反馈意见
            一、巡察发现的主要问题
            1.统计数据审核把关不严，2024年有6家企业联网直报数据未经核查即上报。
            2.公务用车管理不规范，节假日公车未封存。
            3.财务报销审核不严，有9笔差旅费报销缺少审批单。
            """;
        var marked = notes.StartsWith('[') ? new[] { "[1]", "[2]", "[3]" } : ["①", "②", "③"];
        var result = fixture.Analyze(Feedback, $"""
            中共区统计局党组关于巡察整改情况的报告
            （一）统计数据审核把关不严的问题
            对6家企业的联网直报数据逐一复核，建立数据质量三级审核制度。{marked[0]}
            （二）公务用车管理不规范的问题
            节假日公务用车一律入库封存，建立出车登记制度。{marked[1]}
            （三）财务报销审核不严的问题
            对9笔差旅费报销补齐审批手续，修订《差旅费报销审核办法》。{marked[2]}
            {notes}
            中共区统计局党组
            2025年7月10日
            """);
        Assert.Equal(withoutNote, Of(result, GapKinds.NoOwner).Count(g => g.IssueId == "I2"));
        Assert.Equal(withoutNote, Of(result, GapKinds.NoDeadline).Count(g => g.IssueId == "I2"));
        Assert.DoesNotContain(result.Gaps, g => g.Kind is GapKinds.NoOwner or GapKinds.NoDeadline && g.IssueId != "I2");
        Assert.Equal("副局长冯远", Assert.Single(result.Measures, m => m.Text.StartsWith("对6家企业", StringComparison.Ordinal)).Owner);
        // The notes say who and when: they are no measures of their own.
        Assert.DoesNotContain(result.Measures, m => m.Text.Contains("责任人：", StringComparison.Ordinal));
    }

    [Fact]
    public void A_list_numbered_by_circled_marks_is_no_notes()
    {
        const string Feedback = """
            区委第一巡察组关于巡察区统计局党组的反馈意见
            一、巡察发现的主要问题
            1.统计数据审核把关不严，2024年有6家企业联网直报数据未经核查即上报。
            2.公务用车管理不规范，节假日公车未封存。
            """;
        var result = fixture.Analyze(Feedback, """
            中共区统计局党组关于巡察整改情况的报告
            （一）统计数据审核把关不严的问题
            整改分三步：①逐一复核；②建立制度；③定期抽查。（责任领导：副局长冯远；完成时限：2025年6月30日）
            （二）公务用车管理不规范的问题
            ①节假日公务用车一律入库封存，由办公室主任韩柏负责。
            ②建立出车登记制度，2025年5月31日前完成。
            中共区统计局党组
            2025年7月10日
            """);
        Assert.Contains(result.Measures, m => m.Text.Contains("入库封存", StringComparison.Ordinal) && m.IssueIds.Contains("I2"));
        Assert.Contains(result.Measures, m => m.Text.Contains("出车登记", StringComparison.Ordinal) && m.IssueIds.Contains("I2"));
    }

    [Fact]
    public void A_heading_that_names_who_leads_its_items_gives_them_their_owner()
    {
        const string Feedback = """
            区委第一巡察组关于巡察区医疗保障局党组的反馈意见
            一、巡察发现的主要问题
            1.医保基金监管不严，对定点药店串换药品行为查处不及时。
            2.异地就医备案流程繁琐，群众办事多头跑。
            3.内部审核制度执行不严，2024年有4笔大额支付未经复核。
            """;
        var result = fixture.Analyze(Feedback, """
            中共区医疗保障局党组关于巡察整改情况的报告
            一、党组书记蒲远山领衔整改事项
            1.关于医保基金监管不严的问题。对全区定点药店开展串换药品专项检查，追回基金12.6万元，正在推进对剩余药店的复查，2025年9月底前完成。
            2.关于内部审核制度执行不严的问题。对4笔大额支付补做复核，正在推进审核系统改造，2025年9月底前完成。
            二、其他事项
            3.关于异地就医备案流程繁琐的问题。上线异地就医线上备案，正在推进乡镇经办点全覆盖，2025年9月底前完成。
            中共区医疗保障局党组
            2025年6月30日
            """);
        var gap = Assert.Single(Of(result, GapKinds.NoOwner));
        Assert.Equal("I2", gap.IssueId);
        Assert.Equal("党组书记蒲远山", Assert.Single(result.Measures, m => m.Text.StartsWith("对4笔大额支付", StringComparison.Ordinal)).Owner);
    }

    [Fact]
    public void The_one_item_without_the_time_limit_every_other_item_gives_is_flagged_even_when_done()
    {
        var items = new[] { "高标准农田建设项目推进缓慢", "违规发放补贴", "涉农资金管理制度缺失", "机关党支部“三会一课”落实不到位" };
        string Report(int without) => "中共区农业农村局党组关于巡察整改情况的报告\n" + string.Join("\n", items.Select((item, n) =>
            $"{n + 1}.关于{item}的问题\n制定《第{n + 1}项整改工作办法》，对相关责任人批评教育，已完成。" + (n == without ? "（责任领导：副局长王" + n + "）" : "（责任领导：副局长王" + n + "；完成时限：2025年6月底前）"))) + "\n中共区农业农村局党组\n2025年6月30日";
        var flagged = Of(fixture.Analyze(Documents.Feedback, Report(2)), GapKinds.NoDeadline).ToList();
        Assert.Equal("I3", Assert.Single(flagged).IssueId);
        Assert.Contains("其他各项", flagged[0].Message, StringComparison.Ordinal);
        Assert.Empty(Of(fixture.Analyze(Documents.Feedback, Report(-1)), GapKinds.NoDeadline));
    }

    [Fact]
    public void A_good_report_raises_no_gap()
    {
        var result = Analyze(Documents.GoodReport);
        Assert.Equal(4, result.Issues.Length);
        Assert.Equal(4, result.AnsweredCount);
        Assert.True(result.Gaps.IsEmpty, string.Join("\n", result.Gaps.Select(g => $"{g.Kind} {g.IssueId}: {g.Message}")));
    }

    [Fact]
    public void A_problem_left_out_is_unanswered_and_the_feedback_sentence_is_quoted()
    {
        var result = Analyze(Documents.Report("四、关于“机关党支部‘三会一课’落实不到位”的问题\n制定年度党课计划，重新召开专题组织生活会，班子成员逐一开展批评与自我批评。已完成。\n", ""));
        var gap = Assert.Single(Of(result, GapKinds.UnansweredIssue));
        Assert.Equal("I4", gap.IssueId);
        Assert.Equal(Severity.High, gap.Severity);
        Assert.Equal(DocumentRole.Feedback, gap.EvidenceIn);
        Assert.StartsWith("机关党支部“三会一课”落实不到位", gap.Evidence, StringComparison.Ordinal);
        Assert.Equal(gap.Evidence, fixture.Text("feedback.txt", Documents.Feedback).Text.Text[gap.EvidenceSpan.Start..gap.EvidenceSpan.End]);
    }

    [Fact]
    public void Still_studying_it_is_not_a_measure()
    {
        var result = Analyze(Documents.Report("制定年度党课计划，重新召开专题组织生活会，班子成员逐一开展批评与自我批评。已完成。", "正在研究。"));
        var gap = Assert.Single(Of(result, GapKinds.UnansweredIssue));
        Assert.Equal("I4", gap.IssueId);
        Assert.Equal("正在研究。", gap.Evidence);
    }

    [Fact]
    public void Slogans_alone_are_a_vague_measure_and_a_slogan_before_a_concrete_act_is_not()
    {
        var vague = Analyze(Documents.Report("制定年度党课计划，重新召开专题组织生活会，班子成员逐一开展批评与自我批评。已完成。", "局党组高度重视，进一步提高政治站位，切实加强支部建设，认真落实组织生活制度。"));
        var gap = Assert.Single(Of(vague, GapKinds.VagueMeasure));
        Assert.Equal("I4", gap.IssueId);
        Assert.Contains("高度重视", gap.Evidence, StringComparison.Ordinal);
        Assert.DoesNotContain(vague.Gaps, g => g.Kind == GapKinds.UnansweredIssue);

        var concrete = Analyze(Documents.Report("制定年度党课计划，", "局党组高度重视，进一步提高政治站位，制定年度党课计划，"));
        Assert.Empty(Of(concrete, GapKinds.VagueMeasure));
    }

    [Fact]
    public void The_feedback_copied_back_is_a_copied_measure_but_a_restatement_with_its_own_result_is_not()
    {
        var copied = Analyze(Documents.Report("制定《涉农资金拨付审核办法》，实行科室初审、财务复核、分管领导审批三级审核。已完成。", "涉农资金管理制度缺失，项目资金拨付缺少审核流程。"));
        var gap = Assert.Single(Of(copied, GapKinds.CopiedMeasure));
        Assert.Equal("I3", gap.IssueId);
        Assert.Equal("涉农资金管理制度缺失，项目资金拨付缺少审核流程。", gap.Evidence);

        var answered = Analyze(Documents.Report("违规发放的4.2万元已全部清退，", "违规发放补贴4.2万元问题已整改，违规发放的4.2万元已全部清退，"));
        Assert.Empty(Of(answered, GapKinds.CopiedMeasure));
    }

    [Fact]
    public void The_feedback_given_back_as_demands_is_a_copied_measure_though_its_words_name_acts()
    {
        // dev50 p03's form (……高度重视，要求A要规范，B要建立台账，C要登记，确保……): the feedback turned into demands, no act taken,
        // though 建立台账 names one. The same demands beside an act done are an answer.
        const string Feedback = """
            县委第三巡察组关于巡察县市场监管局党组的反馈意见
            一、巡察发现的主要问题
            1.扣押物品管理不规范，扣押的过期食品、假冒化妆品等物品未建立台账，出入库没有登记，库房钥匙由1名执法人员个人保管。
            2.公务接待管理不规范，2024年有4次接待无公函。
            二、整改意见
            局党组要在三个月内报送整改情况报告。
            """;
        var copied = fixture.Analyze(Feedback, """
            县市场监管局党组关于巡察整改情况的报告
            一、关于扣押物品管理不规范的问题
            局党组高度重视，要求扣押物品管理要规范，扣押的过期食品、假冒化妆品等物品要建立台账，出入库要登记，库房钥匙不得由个人保管，确保扣押物品管理规范有序。（责任领导：副局长某；完成时限：2025年6月30日）
            二、关于公务接待管理不规范的问题
            4次无公函接待的费用已由经办人退回，修订《公务接待管理办法》。（责任领导：局长某；完成时限：2025年5月31日）
            县市场监管局党组
            2025年6月20日
            """);
        Assert.Equal(["I1"], Of(copied, GapKinds.CopiedMeasure).Select(g => g.IssueId));

        var answered = fixture.Analyze(Feedback, """
            县市场监管局党组关于巡察整改情况的报告
            一、关于扣押物品管理不规范的问题
            局党组高度重视，要求扣押物品管理要规范，扣押物品要建立台账。已对库存扣押物品逐件清点，建立电子台账登记312件，库房实行双人双锁。（责任领导：副局长某；完成时限：2025年6月30日）
            二、关于公务接待管理不规范的问题
            4次无公函接待的费用已由经办人退回，修订《公务接待管理办法》。（责任领导：局长某；完成时限：2025年5月31日）
            县市场监管局党组
            2025年6月20日
            """);
        Assert.Empty(Of(answered, GapKinds.CopiedMeasure));
    }

    [Fact]
    public void A_part_on_what_the_rectification_still_lacks_answers_no_problem_so_the_one_left_is_unanswered()
    {
        // dev50 p08's form (the unit's own headings, then 六、存在的不足 — as many parts as problems), in words of our own.
        var result = Analyze("""
            区农业农村局党组关于巡察整改情况的报告
            一、抓项目促进度
            抽调技术骨干3人驻点，新修机耕道4.5公里，高标准农田已完成建设1.5万亩。
            二、抓纪律正风气
            违规发放的4.2万元“值班补助”已全部清退，对经办的办公室主任给予诫勉谈话。
            三、关于涉农资金管理制度缺失的问题
            制定《涉农资金拨付审核办法》，项目资金拨付实行三级审核。
            四、存在的不足
            一是部分制度执行时间较短，效果还需检验；二是个别项目进度仍然偏慢。
            区农业农村局党组
            2025年6月30日
            """);
        Assert.Equal(["I4"], Of(result, GapKinds.UnansweredIssue).Select(g => g.IssueId));
        Assert.Equal(3, result.AnsweredCount);
    }

    [Fact]
    public void A_scheme_named_in_quotes_makes_nothing_public()
    {
        // dev52 p04's form (下一步：把巡察整改与“双随机、一公开”监管……结合起来): the scheme's name holds 公开 beside 整改, yet
        // nothing of the rectification is made public; a report that says it is, is not flagged.
        var silent = Analyze(Documents.Report("整改情况已于2025年6月20日在局门户网站公开。", "五、下一步工作打算\n局党组将把巡察整改与“双随机、一公开”监管结合起来。"));
        Assert.Single(Of(silent, GapKinds.NoDisclosure));

        var open = Analyze(Documents.Report("整改情况已于2025年6月20日在局门户网站公开。", "五、下一步工作打算\n局党组将把巡察整改与“双随机、一公开”监管结合起来。整改情况已在局门户网站公开。"));
        Assert.Empty(Of(open, GapKinds.NoDisclosure));
    }

    [Fact]
    public void A_measure_copying_its_problem_back_in_slogans_is_named_a_copy_and_not_a_vague_measure_as_well()
    {
        const string Feedback = """
            县委第二巡察组关于巡察县图书馆党支部的反馈意见
            一、巡察发现的主要问题
            1.上一轮巡察整改不彻底。2022年巡察指出的古籍库房温湿度不达标问题，至今仍未整改到位。
            2.公务接待管理不规范，2024年有5次接待无公函，涉及金额0.8万元。
            3.读者服务意识不强，少儿阅览室周末不开放。
            """;
        var result = fixture.Analyze(Feedback, """
            县图书馆党支部关于巡察整改情况的报告
            一、关于上一轮巡察整改不彻底的问题
            针对上一轮巡察整改不彻底的问题，党支部认识到，古籍库房温湿度不达标的问题仍未解决，说明整改不彻底。党支部决定对上一轮巡察整改不彻底的问题再次进行整改，确保整改彻底、不留尾巴。（责任领导：馆长；完成时限：2025年10月底前；进展：正在推进）
            二、关于公务接待管理不规范的问题
            对5次无公函接待逐笔清理，由馆长牵头修订《公务接待管理办法》，2025年6月底前完成。
            三、关于读者服务意识不强的问题
            少儿阅览室自2025年5月起周末全天开放，由副馆长负责，已完成。
            县图书馆党支部
            2025年7月1日
            """);
        Assert.Equal(["I1"], Of(result, GapKinds.CopiedMeasure).Select(g => g.IssueId));
        Assert.Empty(Of(result, GapKinds.VagueMeasure));
    }

    [Fact]
    public void The_feedback_pasted_back_under_fields_marked_done_is_copied_but_a_before_line_and_a_lead_are_not()
    {
        const string Feedback = """
            县委第一巡察组关于巡察芦湾镇青石村党支部的反馈意见
            巡察认为，青石村党支部在人居环境整治方面做了一些工作。但巡察也发现，村党支部在管钱管事上问题较多。
            巡察发现，村集体鱼塘承包费管理混乱，2024年收取的承包费2.6万元没有进入村集体账户，由村委会委员个人保管。
            巡察还发现，村务监督委员会形同虚设，2024年全年没有开展一次监督检查，监督记录由村会计代为填写。
            巡察还发现，村级自查报告敷衍了事，报送镇党委的自查报告结论为“未发现问题”。
            县委第一巡察组
            2025年3月10日
            """;
        var result = fixture.Analyze(Feedback, """
            青石村党支部关于巡察整改情况的报告
            一、关于鱼塘承包费管理混乱的问题
            针对鱼塘承包费管理混乱的问题，
            一是将2024年收取的承包费2.6万元全部存入村集体账户，纳入镇“三资”代理中心核算。
            二是镇纪委对保管承包费的村委会委员给予党内警告处分。
            责任人：村党支部书记邱永年；完成时间：2025年5月31日；完成情况：已完成
            二、关于村务监督委员会形同虚设的问题
            村务监督委员会形同虚设，2024年全年没有开展一次监督检查，监督记录由村会计代为填写。
            责任人：村务监督委员会主任简春；完成时间：2025年6月30日；完成情况：已完成
            三、关于自查报告敷衍了事的问题
            整改前：报送镇党委的自查报告结论为“未发现问题”。
            整改后：重新开展自查，查出问题5个，已重新报送镇党委，5个问题全部纳入整改台账。
            责任人：村党支部书记邱永年；完成时间：2025年6月30日；完成情况：已完成
            青石村党支部
            2025年7月2日
            """);
        Assert.Equal(3, result.Issues.Length);
        Assert.Equal(["I2"], Of(result, GapKinds.CopiedMeasure).Select(g => g.IssueId));
    }

    [Fact]
    public void A_measure_that_only_turns_the_problem_round_is_copied_but_a_terse_real_act_is_not()
    {
        // The problem's words reversed (切实解决…缺少审核流程问题), its fields and status set aside: nothing of its own.
        var echo = Analyze(Documents.Report(
            "制定《涉农资金拨付审核办法》，实行科室初审、财务复核、分管领导审批三级审核。已完成。",
            "针对涉农资金管理制度缺失的问题，局党组加大涉农资金管理力度，健全涉农资金管理制度，切实解决项目资金拨付缺少审核流程问题。（责任领导：分管副局长；完成时限：2025年8月底；已完成）"));
        var gap = Assert.Single(Of(echo, GapKinds.CopiedMeasure));
        Assert.Equal("I3", gap.IssueId);
        Assert.Contains("缺少审核流程", gap.Message, StringComparison.Ordinal);

        // Short, in the problem's words, but an act with its own object: answered, not copied.
        var terse = Analyze(Documents.Report(
            "制定《涉农资金拨付审核办法》，实行科室初审、财务复核、分管领导审批三级审核。已完成。",
            "涉农资金拨付改由财务股初审、分管领导审批。（责任领导：分管副局长；完成时限：2025年8月底）"));
        Assert.Empty(Of(terse, GapKinds.CopiedMeasure));
    }

    [Fact]
    public void One_measure_pasted_under_unrelated_problems_is_repeated()
    {
        const string pasted = "组织全体党员干部开展集中学习，召开专题会议研究部署，进一步提高思想认识。";
        var report = Documents.Report("制定《涉农资金拨付审核办法》，实行科室初审、财务复核、分管领导审批三级审核。已完成。", pasted)
            .Replace("制定年度党课计划，重新召开专题组织生活会，班子成员逐一开展批评与自我批评。已完成。", pasted, StringComparison.Ordinal);
        var result = Analyze(report);
        var gaps = Of(result, GapKinds.RepeatedMeasure).ToList();
        Assert.Equal(["I3", "I4"], gaps.Select(g => g.IssueId).Order());
        Assert.All(gaps, g => Assert.Equal(pasted, g.Evidence));
    }

    [Fact]
    public void Items_with_a_goal_and_the_same_owner_fields_are_neither_repeated_nor_ownerless()
    {
        const string Feedback = """
            市委第三巡察组关于巡察市交通投资集团党委的反馈意见
            一、巡察发现的主要问题
            1.对外担保决策不规范，2025年为参股企业提供担保8000万元未经党委会前置研究。
            2.工程结算审核不严，2个路面改造项目结算超出概算12%。
            3.基层党支部组织生活不规范，3个党支部“三会一课”记录后补。
            """;
        var result = fixture.Analyze(Feedback, """
            中共市交通投资集团委员会关于巡察整改情况的报告
            整改事项一
            问题描述：对外担保决策不规范。
            整改目标：重大担保事项全部经党委会前置研究。
            整改措施：修订《集团对外担保管理办法》，担保事项一律先经党委会前置研究；对违规担保的经办人进行诫勉谈话。
            责任主体：副总经理章远，财务管理部
            完成时限：2026年3月31日
            整改事项二
            问题描述：工程结算审核不严。
            整改目标：结算全部经第三方复审。
            整改措施：委托造价咨询机构对2个项目结算重新审核，核减费用64万元；制定《工程结算审核细则》。
            责任主体：副总经理章远，财务管理部
            完成时限：2026年4月30日
            整改事项三
            问题描述：基层党支部组织生活不规范。
            整改目标：“三会一课”按期规范开展。
            整改措施：集团党委组织部对3个党支部逐月检查组织生活记录，对支部书记进行提醒谈话。
            责任主体：党委副书记祁岚，党委组织部
            完成时限：2026年2月28日
            中共市交通投资集团委员会
            2026年5月6日
            """);
        Assert.Equal(3, result.Issues.Length);
        Assert.Empty(Of(result, GapKinds.RepeatedMeasure));
        Assert.Empty(Of(result, GapKinds.NoOwner));
        Assert.DoesNotContain(result.Measures, m => m.Text.StartsWith("整改目标", StringComparison.Ordinal));
        Assert.Equal(["I2"], result.Measures.Single(m => m.Text.Contains("核减费用64万元", StringComparison.Ordinal)).IssueIds);
    }

    [Fact]
    public void An_unfinished_problem_without_owner_or_deadline_is_flagged_and_a_document_wide_claim_is_not_an_owner()
    {
        var report = Documents.Report("责任领导：分管副局长；完成时限：2025年9月底。实行周调度，已完成建设1.5万亩，其余0.5万亩正在施工。", "实行周调度，项目建设正在推进。")
            .Replace("党组书记任组长，", "党组书记任组长，每个问题均明确责任领导、责任科室和完成时限，", StringComparison.Ordinal);
        var result = Analyze(report);
        Assert.Equal("I1", Assert.Single(Of(result, GapKinds.NoOwner)).IssueId);
        Assert.Equal("I1", Assert.Single(Of(result, GapKinds.NoDeadline)).IssueId);
        Assert.Null(result.Measures.Single(m => m.Text.Contains("每个问题均明确", StringComparison.Ordinal)).Owner);

        var good = Analyze(Documents.GoodReport);
        var measure = good.Measures.Single(m => m.IssueIds.Contains("I1"));
        Assert.Equal("分管副局长", measure.Owner);
        Assert.Equal("2025年9月底", measure.Deadline);
        Assert.Equal(MeasureStatus.InProgress, measure.Status);
    }

    [Fact]
    public void Money_named_and_only_refunded_is_no_accountability()
    {
        var result = Analyze(Documents.Report("违规发放的4.2万元已全部清退，对负有直接责任的办公室主任给予诫勉谈话。", "违规发放的4.2万元已全部清退，由相关人员个人退还。"));
        var gap = Assert.Single(Of(result, GapKinds.NoAccountability));
        Assert.Equal("I2", gap.IssueId);
        Assert.Contains("4.2万元", gap.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_rule_answered_without_any_rule_is_no_mechanism()
    {
        var result = Analyze(Documents.Report("制定《涉农资金拨付审核办法》，实行科室初审、财务复核、分管领导审批三级审核。已完成。", "对2024年以来拨付的项目资金逐笔复核，补充审核手续12笔。已完成。"));
        Assert.Equal("I3", Assert.Single(Of(result, GapKinds.NoMechanism)).IssueId);
    }

    [Fact]
    public void A_closing_table_of_who_answers_for_what_gives_the_items_their_owners_and_time_limits()
    {
        // dev21 p03's form, in other words: items answered without fields, then 附表 整改事项 | 牵头领导 | 责任部门 | 完成时限,
        // one row an item; the item left out of the table has no owner.
        var result = Analyze("""
            中共区农业农村局党组关于巡察整改情况的报告
            2025年4月10日，区委第一巡察组向局党组反馈了巡察意见，现将整改情况报告如下。
            局党组成立巡察整改工作领导小组，党组书记任组长，对重点问题直接部署、直接督办。各项整改的责任分工详见附表。
            一、关于“高标准农田建设项目推进缓慢”的问题
            实行周调度，已完成建设1.5万亩，其余0.5万亩正在施工。
            二、关于“违规发放补贴”的问题
            违规发放的4.2万元正在清退，对负有直接责任的办公室主任给予诫勉谈话。
            三、关于“涉农资金管理制度缺失”的问题
            制定《涉农资金拨付审核办法》，实行科室初审、财务复核、分管领导审批三级审核，正在试行。
            四、关于“机关党支部‘三会一课’落实不到位”的问题
            制定年度党课计划，重新召开专题组织生活会，班子成员逐一开展批评与自我批评，正在推进。
            整改情况已于2025年6月20日在局门户网站公开。
            附表：整改责任分工表
            序号｜整改事项｜牵头领导｜责任部门｜完成时限
            1｜高标准农田建设项目推进缓慢｜副局长张立｜农田建设科｜2025年9月30日
            2｜违规发放补贴｜党组书记王山｜办公室｜2025年7月31日
            4｜机关党支部“三会一课”落实不到位｜机关党委书记李河｜机关党委｜2025年8月31日
            中共区农业农村局党组
            2025年6月30日
            """);
        Assert.Equal(["I3"], Of(result, GapKinds.NoOwner).Select(g => g.IssueId));
        Assert.Equal(["I3"], Of(result, GapKinds.NoDeadline).Select(g => g.IssueId));
    }

    [Theory]
    [InlineData("针对机关党支部“三会一课”落实不到位、组织生活会批评与自我批评流于形式的问题，局党组高度重视，认真落实党建工作责任，确保取得实效。", true)]
    [InlineData("针对机关党支部“三会一课”落实不到位、组织生活会批评与自我批评流于形式的问题，重新召开专题组织生活会，班子成员逐一开展批评与自我批评。", false)]
    [InlineData("坚决扛起管党治党政治责任，针对机关党支部“三会一课”落实不到位、组织生活会批评与自我批评流于形式的问题，以更高标准、更严要求推动支部建设持续向好。", true)]
    public void A_measure_that_restates_the_problem_and_then_only_pledges_is_a_copy_not_also_vague(string answer, bool copied)
    {
        var result = Analyze(Documents.Report("制定年度党课计划，重新召开专题组织生活会，班子成员逐一开展批评与自我批评。已完成。", answer));
        Assert.Equal(copied ? ["I4"] : [], Of(result, GapKinds.CopiedMeasure).Select(g => g.IssueId));
        Assert.Empty(Of(result, GapKinds.VagueMeasure));
    }

    /// <summary>A feedback of three money, procedure and discipline problems, for the no-mechanism tests.</summary>
    private const string WaterCentreFeedback = """
        市委第三巡察组关于巡察市水利工程服务中心党委的反馈意见
        一、巡察发现的主要问题
        1.工程变更审批不严，2024年有6项工程变更由工程科负责人一人签字即实施，涉及金额86万元。
        2.临时用工工资发放不规范，工资表中有3人从未上岗却按月领取工资，两年累计4.6万元。
        3.公务用车使用登记不全，2024年有37车次无派车记录。
        """;

    [Theory]
    [InlineData("提高思想认识，切实增强做好组织生活公开工作的政治自觉和行动自觉。", true)]
    [InlineData("提高思想认识，切实增强支部建设的政治自觉。组织生活会情况在机关公开栏公开，已公开2次。", false)]
    public void Slogans_that_happen_to_name_an_act_word_are_still_slogans(string answer, bool vague)
    {
        // dev21 p05's form, in other words: 进一步加强村务公开工作 names 公开 as a thing to strengthen, not an act done.
        var result = Analyze(Documents.Report("制定年度党课计划，重新召开专题组织生活会，班子成员逐一开展批评与自我批评。已完成。", answer));
        Assert.Equal(vague ? ["I4"] : [], Of(result, GapKinds.VagueMeasure).Select(g => g.IssueId));
    }

    [Fact]
    public void A_rule_named_in_a_part_of_its_own_whose_title_is_about_the_problem_answers_for_its_mechanism()
    {
        // dev21 p03's trap, in other words: the items answer with one-off remedies, and a 建章立制 part names the rules
        // (《……临时用工工资发放管理办法》), the unit's name in front of every title.
        var result = fixture.Analyze(WaterCentreFeedback, """
            市水利工程服务中心党委关于巡察整改情况的报告
            一、关于工程变更审批不严的问题
            对6项变更逐项复核，核减工程款3.2万元，对工程科负责人进行诫勉谈话。已完成。
            二、关于临时用工工资发放不规范的问题
            对全部临时用工逐人核对，清退“空挂”人员3人，追回工资4.6万元；劳资员受到党内警告处分。已完成。
            三、关于公务用车使用登记不全的问题
            补登37车次用车记录，对办公室主任进行提醒谈话。已完成。
            四、建章立制情况
            中心制定和修订制度3项，分别为《市水利工程服务中心临时用工工资发放管理办法》（制定）、《市水利工程服务中心公务用车管理规定》（修订）、《市水利工程服务中心工程变更管理办法》（制定）。
            市水利工程服务中心党委
            2025年6月30日
            """);
        Assert.Empty(Of(result, GapKinds.NoMechanism));
    }

    [Theory]
    [InlineData("对全部临时用工逐人核对，清退“空挂”人员3人，追回工资4.6万元；劳资员受到党内警告处分。", true)]
    [InlineData("对全部临时用工逐人核对，清退“空挂”人员3人，追回工资4.6万元；今后工资表一律由劳资员编制、财务科复核后发放。", false)]
    public void A_money_problem_answered_only_by_one_off_remedies_while_the_other_items_make_rules_is_no_mechanism(string answer, bool flagged)
    {
        var result = fixture.Analyze(WaterCentreFeedback, $"""
            市水利工程服务中心党委关于巡察整改情况的报告
            一、关于工程变更审批不严的问题
            对6项变更逐项复核，核减工程款3.2万元；制定《工程变更管理办法》，变更一律经集体研究后实施。已完成。
            二、关于临时用工工资发放不规范的问题
            {answer}已完成。
            三、关于公务用车使用登记不全的问题
            补登37车次用车记录；实行派车单制度，用车一律凭单出车。已完成。
            市水利工程服务中心党委
            2025年6月30日
            """);
        Assert.Equal(flagged ? ["I2"] : [], Of(result, GapKinds.NoMechanism).Select(g => g.IssueId));
    }

    [Fact]
    public void No_leading_group_nor_direct_involvement_is_weak_leadership()
    {
        var result = Analyze(Documents.Report("局党组成立巡察整改工作领导小组，党组书记任组长，对重点问题直接部署、直接督办。\n", ""));
        var gap = Assert.Single(Of(result, GapKinds.WeakLeadership));
        Assert.Null(gap.IssueId);
        Assert.Equal("", gap.Evidence);
    }

    [Theory]
    [InlineData("局成立由副局长张立任组长的巡察整改专班，逐项推进整改。\n", true)]
    [InlineData("局党组书记召集班子成员开会，成立整改小组，对整改负总责。\n", false)]
    [InlineData("局成立巡察整改工作领导小组，副局长张立任副组长。\n", false)]
    public void A_rectification_headed_by_a_deputy_with_the_principal_nowhere_is_weak_leadership(string leadership, bool weak)
    {
        var result = Analyze(Documents.Report("局党组成立巡察整改工作领导小组，党组书记任组长，对重点问题直接部署、直接督办。\n", leadership));
        Assert.Equal(weak, Of(result, GapKinds.WeakLeadership).Any());
    }

    [Fact]
    public void All_done_while_an_item_is_in_progress_is_an_inconsistent_claim()
    {
        var result = Analyze(Documents.Report("整改情况已于", "反馈的4个问题已全部整改完成。\n整改情况已于"));
        var gap = Assert.Single(Of(result, GapKinds.InconsistentClaim));
        Assert.Equal("I1", gap.IssueId);
        Assert.Equal("反馈的4个问题已全部整改完成。", gap.Evidence);
    }

    [Fact]
    public void A_feedback_dated_only_by_its_signature_dates_the_feedback_when_the_report_does_not()
    {
        var report = Documents.Report("2025年4月10日，区委第一巡察组向局党组反馈了巡察意见，", "区委第一巡察组向局党组反馈了巡察意见后，").Replace("2025年6月30日", "二〇二五年七月十八日", StringComparison.Ordinal);
        var result = fixture.Analyze(Documents.Feedback + "\n区委第一巡察组\n2025年3月3日", report);
        var gap = Assert.Single(Of(result, GapKinds.LateReport));
        Assert.Equal(new DateOnly(2025, 3, 3), result.FeedbackDate!.Date);
        Assert.Equal("二〇二五年七月十八日", gap.Evidence);
        Assert.Empty(Of(fixture.Analyze(Documents.Feedback, report), GapKinds.LateReport));
    }

    [Fact]
    public void Counts_that_contradict_each_other_are_an_inconsistent_claim_and_true_counts_are_not()
    {
        var contradicting = Analyze(Documents.Report("整改情况已于", "整改完成率100%，反馈问题已全部整改完成。截至目前，4个问题中已完成3个，1个正在推进。\n整改情况已于"));
        Assert.NotEmpty(Of(contradicting, GapKinds.InconsistentClaim));

        var truthful = Analyze(Documents.Report("整改情况已于", "截至目前，4个问题中已完成3个，1个正在推进。\n整改情况已于"));
        Assert.Empty(Of(truthful, GapKinds.InconsistentClaim));
    }

    [Fact]
    public void A_report_signed_more_than_three_months_after_the_feedback_is_late()
    {
        var late = Analyze(Documents.Report("2025年6月30日", "2025年7月15日"));
        var gap = Assert.Single(Of(late, GapKinds.LateReport));
        Assert.Equal("2025年7月15日", gap.Evidence);
        Assert.Contains("5天", gap.Message, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2025, 4, 10), late.FeedbackDate!.Date);

        Assert.Empty(Of(Analyze(Documents.Report("2025年6月30日", "2025年7月10日")), GapKinds.LateReport));
    }

    [Fact]
    public void Without_dates_nothing_is_said_about_lateness_and_a_note_says_so()
    {
        var result = Analyze(Documents.Report("2025年4月10日，区委第一巡察组向局党组反馈了巡察意见，", "区委第一巡察组反馈巡察意见后，"));
        Assert.Empty(Of(result, GapKinds.LateReport));
        Assert.Contains(result.Notes, n => n.Contains("反馈日期", StringComparison.Ordinal));
    }

    [Fact]
    public void A_feedback_given_as_the_report_is_a_missing_report()
    {
        var result = fixture.Analyze(Documents.Feedback, Documents.Feedback);
        Assert.Single(Of(result, GapKinds.MissingReport));
    }

    [Fact]
    public void No_word_of_making_it_public_is_no_disclosure()
    {
        var result = Analyze(Documents.Report("整改情况已于2025年6月20日在局门户网站公开。\n", ""));
        Assert.Single(Of(result, GapKinds.NoDisclosure));
    }

    [Fact]
    public void A_measures_own_warning_lesson_or_a_heading_on_open_tendering_is_no_disclosure()
    {
        // 警示教育 inside a measure's own field (整改措施：……) and 公开招标 in a heading with 整改 on the next line are
        // measures and words of the problem; the rectification is still not made public.
        var report = Documents.Report("整改情况已于2025年6月20日在局门户网站公开。\n", "")
            .Replace("二、关于“违规发放补贴”的问题\n", "二、关于“违规发放补贴，规避公开招标”的问题\n整改措施：", StringComparison.Ordinal)
            .Replace("给予诫勉谈话。", "给予诫勉谈话，组织全局干部观看警示教育片。", StringComparison.Ordinal);
        Assert.Single(Of(Analyze(report), GapKinds.NoDisclosure));
    }

    [Fact]
    public void Counts_that_do_not_add_up_are_an_inconsistent_claim()
    {
        var result = Analyze(Documents.Report("现将整改情况报告如下。", "现将整改情况报告如下。截至目前，反馈的4个问题已完成整改3个，正在整改2个。"));
        var gap = Assert.Single(Of(result, GapKinds.InconsistentClaim));
        Assert.Contains("合计5个", gap.Message, StringComparison.Ordinal);
        Assert.Contains("4个问题已完成整改3个", gap.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("反馈的4个问题细化为20项整改措施，截至目前已完成14项，正在推进4项，另有2项属于长期坚持事项。", false)]
    [InlineData("反馈的4个问题细化为19条整改措施，截至目前已完成17条，正在推进1条，另有1条需要长期坚持。", false)]
    [InlineData("反馈的4个问题细化为20条整改措施，截至目前已完成17条，欠费分期追缴1条按协议推进，其余2条属于长期坚持事项。", false)]
    [InlineData("反馈的4个问题细化为20项整改措施，截至目前已完成14项，正在推进4项，另有1项属于长期坚持事项。", true)]
    public void Standing_measures_count_beside_done_and_open_ones(string claim, bool inconsistent)
    {
        // 另有2项属于长期坚持 / 1条需要长期坚持 are parts of the total as much as 正在推进4项; a part in words no pattern knows
        // (1条按协议推进) still adds up when every count of the unit does.
        var result = Analyze(Documents.Report("现将整改情况报告如下。", "现将整改情况报告如下。" + claim));
        Assert.Equal(inconsistent, Of(result, GapKinds.InconsistentClaim).Any());
    }

    [Fact]
    public void Counts_that_add_up_are_not_an_inconsistent_claim()
    {
        var result = Analyze(Documents.Report(
            "实行周调度，已完成建设1.5万亩，其余0.5万亩正在施工。",
            "实行周调度，已完成建设1.5万亩，其余0.5万亩正在施工。截至目前，反馈的4个问题已完成整改3个，其余1个正在推进。"));
        Assert.Empty(Of(result, GapKinds.InconsistentClaim));
    }

    [Fact]
    public void A_ledger_row_whose_leader_cell_is_blank_has_no_owner_even_with_a_department()
    {
        var report = Documents.Report(
            "一、关于“高标准农田建设项目推进缓慢”的问题\n责任领导：分管副局长；完成时限：2025年9月底。实行周调度，已完成建设1.5万亩，其余0.5万亩正在施工。\n",
            "") + "\n附件：整改台账\n序号\t反馈问题\t整改措施\t责任领导\t责任科室\t完成时限\t进展情况\n1\t高标准农田建设项目推进缓慢\t实行周调度，倒排工期\t—\t农田建设科\t2025年9月底\t正在推进";
        var gap = Assert.Single(Of(Analyze(report), GapKinds.NoOwner));
        Assert.Equal("I1", gap.IssueId);
    }

    [Fact]
    public void A_bracket_of_fields_closing_a_paragraph_of_inline_items_names_the_owner_and_time_limit_of_each()
    {
        // dev45 p10's form, in words of our own: a theme paragraph of 一是……；二是……；三是…… closed by one bracket
        // (（责任领导：……；完成时限：……）) after its last sentence — the bracket is the paragraph's, not the last item's; and the
        // report's closing paragraph after the last part is none of its items.
        const string Feedback = """
            县委第二巡察组关于巡察县城乡供水有限公司党支部的反馈意见
            一、巡察发现的主要问题
            1.农村供水保障不到位，2023年夏季东部2个乡镇累计停水19次，公司对停水原因没有认真排查。
            2.水费回收不力，截至2023年底累计欠费87万元，长期欠费用户未作清理。
            3.工程项目违规发包，城区管网改造工程被拆分成3段规避公开招标。
            """;
        const string Report = """
            中共县城乡供水有限公司支部委员会关于巡察整改情况的报告
            县委巡察工作领导小组：
            公司党支部成立由书记任组长的整改工作领导小组，现将整改情况报告如下。
            （一）守牢供水保障底线
            一是对东部2个乡镇停水原因逐一排查，更换老旧主管道4.2公里，新建加压泵站1座；二是制定农村供水应急预案，配备应急送水车2辆；三是对87万元欠费逐户建档，已清收32万元，其余正在通过催缴、分期等方式清收。（责任领导：总经理岑望川；完成时限：2024年9月30日）
            （二）严守工程发包纪律
            一是对拆分发包的工程委托第三方进行结算审计，多结算的3.4万元已由施工企业退回；二是对时任总经理进行诫勉谈话；三是修订《公司工程项目发包管理办法》，同一项目不得拆分发包。（责任领导：书记谷梁晟；完成时限：2024年7月31日）
            本报告将在公司网站公开，接受社会监督。
            """;
        var result = fixture.Analyze(Feedback, Report);
        Assert.DoesNotContain(result.Gaps, g => g.Kind is GapKinds.NoOwner or GapKinds.NoDeadline);
        Assert.Equal("总经理岑望川", result.Measures.Single(m => m.Text.StartsWith("一是对东部", StringComparison.Ordinal)).Owner);
        Assert.Equal("2024年7月31日", result.Measures.Single(m => m.Text.StartsWith("二是对时任总经理", StringComparison.Ordinal)).Deadline);
        Assert.Null(result.Measures.Single(m => m.Text.StartsWith("本报告将在", StringComparison.Ordinal)).Owner);
    }

    [Fact]
    public void An_item_whose_measures_report_counted_results_is_finished_though_it_never_says_so()
    {
        // Measures that tell what was done, counted (清理过期耗材23件) and with nothing left ahead, finish their item as
        // 已完成 would: it needs no owner or time limit any more. One with work still pending (其余4家待调查终结后依法处理)
        // does.
        const string Report = """
            中共县卫生健康局党组关于巡察整改情况的报告
            县委巡察工作领导小组：
            局党组成立由书记任组长的整改工作领导小组，现将整改情况报告如下。
            一、关于“耗材采购不规范”的问题
            对2023年线下采购的38.6万元医用耗材逐笔补录到省药械集中采购平台备案；对耗材库房全面盘点，清理过期耗材23件，登记造册后按规定销毁。
            二、关于“执法办案不规范”的问题
            对7家违规经营场所重新立案调查，依法作出罚款处理3家，其余4家待调查终结后依法处理。
            整改情况已在局网站公开。
            """;
        var result = fixture.Analyze(null, Report); // the report restates its problems
        Assert.DoesNotContain(result.Gaps, g => g.IssueId == "I1" && g.Kind is GapKinds.NoOwner or GapKinds.NoDeadline);
        Assert.Contains(result.Gaps, g => g.IssueId == "I2" && g.Kind == GapKinds.NoDeadline);
        Assert.Contains(result.Gaps, g => g.IssueId == "I2" && g.Kind == GapKinds.NoOwner);
    }

    [Fact]
    public void A_slogan_in_the_units_own_list_under_a_theme_answers_the_problem_it_is_clearly_nearest_and_is_vague()
    {
        // dev45 p10's form, in words of our own: under a theme of the unit's own (（三）锻造过硬干部人才队伍) its 一是 is only
        // slogans on 选人用人 — worded as a requirement, but the unit's own item. It answers the 选人用人 problem (nearer it than
        // any other by far, though the problem's evidence dilutes the likeness), and answers it vaguely: not unanswered.
        const string Feedback = """
            县委第二巡察组关于巡察县城乡供水有限公司党支部的反馈意见
            一、巡察发现的主要问题
            1.农村供水保障不到位，2023年夏季东部2个乡镇累计停水19次，公司对停水原因没有认真排查，群众反映强烈。
            2.工程项目违规发包，城区管网改造工程合计146万元被拆分成3段，规避公开招标。
            3.选人用人程序不规范，2023年中层管理人员竞聘中，竞聘方案未经支部研究，2名竞聘人员的任职资格不符合规定。
            4.青年人才储备不足，一线技术岗位人员平均年龄超过50岁，近三年没有招聘过技术人员。
            """;
        const string Report = """
            中共县城乡供水有限公司支部委员会关于巡察整改情况的报告
            县委巡察工作领导小组：
            公司党支部成立由书记任组长的整改工作领导小组，书记为第一责任人，现将整改情况报告如下。
            （一）守牢供水保障底线
            一是对东部2个乡镇停水原因逐一排查，更换老旧主管道4.2公里，新建加压泵站1座；二是制定农村供水应急预案，配备应急送水车2辆。（责任领导：总经理岑望川；完成时限：2024年9月30日）
            （二）严守工程发包纪律
            一是对拆分发包的工程委托第三方进行结算审计，多结算的3.4万元已由施工企业退回；二是对时任总经理进行诫勉谈话；三是修订《公司工程项目发包管理办法》，同一项目不得拆分发包。（责任领导：书记谷梁晟；完成时限：2024年7月31日）
            （三）锻造过硬干部人才队伍
            一是牢固树立正确选人用人导向，严格执行干部选拔任用有关规定，进一步规范选人用人程序，切实提高选人用人工作质量；二是实行师带徒制度，一线技术骨干每人带1至2名青年职工，培养青年技术人员。（责任领导：副总经理甄若溪；完成时限：2024年8月31日）
            本报告将在公司网站公开，接受社会监督。
            """;
        var result = fixture.Analyze(Feedback, Report);
        Assert.Equal(["I3"], result.Measures.Single(m => m.Text.StartsWith("一是牢固树立", StringComparison.Ordinal)).IssueIds);
        Assert.DoesNotContain(result.Gaps, g => g.Kind == GapKinds.UnansweredIssue);
        Assert.Contains(result.Gaps, g => g.Kind == GapKinds.VagueMeasure && g.IssueId == "I3");
    }

    [Fact]
    public void A_bulletin_dated_at_its_head_is_late_when_that_date_is_and_牵头_names_an_owner()
    {
        // dev15 p10's form, in words of our own: a 工作简报 whose date stands on its masthead line (……办公室编　　2026年1月19日),
        // with no sign-off at its end — the date it was sent, 138 days after the feedback; and its items name who leads them
        // in a （牵头：……；时限：……） bracket.
        const string Feedback = """
            区委第二巡察组关于巡察区政协机关党组的反馈意见
            2025年6月至7月，区委第二巡察组对区政协机关党组进行了常规巡察，并于2025年9月3日召开反馈会反馈了巡察意见。
            一、巡察发现的主要问题
            1.视察活动安排景区参观，2次视察活动产生费用1.6万元。
            2.会议费报销不规范，3笔共2.4万元无法说明用途。
            二、整改要求
            请在三个月内将整改情况报区委巡察工作领导小组。
            """;
        const string Report = """
            政协机关工作简报
            （巡察整改专刊）
            第1期
            区政协机关党组办公室编　　　　　　　　2026年1月19日
            编者按：区委第二巡察组反馈意见后，区政协机关党组把巡察整改作为重大政治任务，党组书记担任整改工作领导小组组长，作为第一责任人召开党组会议6次研究部署。本期以问答形式介绍整改情况。
            问：视察活动安排景区参观的问题，是否已经纠正？
            答：已经纠正。景区参观产生的费用1.6万元已由参加人员全额退回机关账户；对活动组织者作出诫勉谈话处理；修订《区政协视察考察活动管理办法》。（牵头：秘书长邱若宁；时限：2025年10月8日）
            问：会议费报销不规范的问题，整改情况如何？
            答：对会议费报销凭证逐笔清查，其余0.9万元由经手人退回；对财务人员进行批评教育；修订《区政协机关会议费管理办法》。（牵头：秘书长邱若宁；时限：2025年10月8日）
            整改情况将在区政协门户网站公开，欢迎社会各界监督。
            """;
        var result = fixture.Analyze(Feedback, Report);
        Assert.Equal(new DateOnly(2026, 1, 19), result.ReportDate?.Date);
        Assert.Single(Of(result, GapKinds.LateReport));
        Assert.Empty(Of(result, GapKinds.NoOwner));
    }

    [Fact]
    public void A_ledger_whose_leader_column_no_row_fills_takes_the_department_beside_it_as_owner()
    {
        // A ledger with a 责任领导 column left blank in every row does not ask for a leader: the department named in its
        // row answers for the item, as it would in prose (责任部门：运营部).
        var report = "中共县公交公司支部委员会关于巡察整改情况的报告\n公司党支部成立整改工作领导小组，书记任组长，现将整改情况报告如下。\n"
            + "序号\t问题\t整改措施\t责任领导\t责任单位\t整改时限\t完成情况\n"
            + "1\t城乡公交一体化推进缓慢\t与交通运输局逐月会商线路调整，新开通镇村线路3条，其余2条正在办理审批\t\t运营部\t2025年5月底\t正在推进\n"
            + "2\t驾驶员安全培训不到位\t对312名驾驶员重新开展安全培训，考试不合格的9人暂停排班\t\t安全部\t2025年4月30日\t正在推进";
        var result = fixture.Analyze(null, report); // the report restates its problems
        Assert.DoesNotContain(result.Gaps, g => g.Kind == GapKinds.NoOwner);
        Assert.Equal("运营部", result.Measures.Single(m => m.Text.Contains("新开通镇村线路", StringComparison.Ordinal)).Owner);
    }

    [Fact]
    public void A_blank_leader_field_is_answered_by_a_leader_the_item_names_in_its_own_words()
    {
        // A ledger row whose leader cell is blank while its measure says who leads (这项工作由副主任X负责) names its owner;
        // a row with a blank leader cell and nobody named in its words has none.
        var report = "中共县住房公积金管理中心支部委员会关于巡察整改情况的报告\n中心党支部成立整改工作领导小组，书记任组长，现将整改情况报告如下。\n"
            + "序号\t问题\t整改措施\t责任领导\t整改时限\t完成情况\n"
            + "1\t窗口服务作风不实\t推行一次性告知和限时办结，对3名窗口人员调岗，这项工作由副主任濮若川负责\t\t2025年4月10日前\t正在推进\n"
            + "2\t企业欠缴公积金\t对23家企业逐户核查，向19家下达责令限期缴存决定书\t\t2025年6月30日前\t正在推进\n"
            + "3\t贷款审批不回避\t制定《贷款审批回避和双人审核规定》\t主任伍嘉禾\t2025年3月15日\t正在推进";
        var result = fixture.Analyze(null, report); // the report restates its problems
        Assert.Contains("濮若川", result.Measures.Single(m => m.Text.Contains("一次性告知", StringComparison.Ordinal)).Owner, StringComparison.Ordinal);
        var gap = Assert.Single(Of(result, GapKinds.NoOwner));
        Assert.Equal("I2", gap.IssueId);
    }

    [Fact]
    public void A_ledger_whose_header_spans_two_lines_reads_owner_and_time_limit_from_the_columns_the_second_line_names()
    {
        // As a Word or web table with merged header cells is written out: 整改措施及落实情况 and 责任主体 span two columns
        // each, and the line under them names those columns.
        var report = "中共区农业农村局党组关于巡察整改情况的报告\n局党组成立巡察整改工作领导小组，党组书记任组长，现将整改情况报告如下。\n"
            + "序号 | 反馈问题 | 整改措施及落实情况 |  | 责任主体 |  | 完成时限\n"
            + " |  | 整改措施 | 落实情况 | 责任领导 | 责任科室 | \n"
            + "1 | 高标准农田建设项目推进缓慢 | 实行周调度，倒排工期 | 已完成建设1.5万亩 | 分管副局长王某 | 农田建设科 | 2025年9月底\n"
            + "2 | 违规发放补贴 | 违规发放的4.2万元已全部清退 | 已完成 | 局长李某 | 财务室 | 2025年5月底";
        var result = Analyze(report);
        Assert.DoesNotContain(result.Gaps, g => g.Kind is GapKinds.NoOwner or GapKinds.NoDeadline && g.IssueId is "I1" or "I2");
        Assert.Contains("王某", result.Measures.Single(m => m.Text.Contains("实行周调度", StringComparison.Ordinal)).Owner, StringComparison.Ordinal);
    }

    [Fact]
    public void Three_lists_keyed_by_code_give_each_task_its_problem_owner_and_time_limit()
    {
        // dev13 p07's form (三张清单 in a PDF's text), in other words: problems Q1…, tasks T1-1 pointing to them, and the
        // owners and time limits keyed by task in a third table — split over a page, its header repeated.
        var report = "中共区档案局党组关于巡察整改情况的报告\n局党组梳理问题2个，制定整改任务3项，现将问题清单、任务清单和责任清单报告如下。\n"
            + "一、问题清单\n编号 | 问题类别 | 问题内容\nQ1 | 财务管理 | 复制收费未纳入单位账户核算\nQ2 | 保密管理 | 涉密档案借阅未履行审批\n"
            + "二、任务清单\n任务编号 | 对应问题 | 整改任务 | 整改情况\n"
            + "T1-1 | Q1 | 复制收费全部纳入单位账户 | 已收回入账0.8万元\nT1-2 | Q1 | 修订档案复制收费管理办法 | 已印发\nT2-1 | Q2 | 补办借阅审批手续 | 已补办14次\n"
            + "三、责任清单\n任务编号 | 责任领导 | 责任部门 | 完成时限\nT1-1 | 副局长周某 | 办公室 | 2025年3月31日前\n"
            + "任务编号 | 责任领导 | 责任部门 | 完成时限\nT1-2 | 副局长周某 | 办公室 | 2025年4月30日前\nT2-1 | 局长沈某 | 保密科 | 2025年3月31日前\n"
            + "区档案局党组\n2025年5月6日";
        var result = fixture.Analyze("区委巡察组关于巡察区档案局党组的反馈意见\n一、巡察发现的主要问题\n1.复制收费未纳入单位账户核算，2024年收取0.8万元。\n2.涉密档案借阅未履行审批，14次借阅无审批签字。\n二、整改意见\n要逐项整改。", report);
        var tasks = result.Measures.Where(m => m.Text.StartsWith('T')).ToList();
        Assert.Equal(3, tasks.Count);
        Assert.Equal(["I1", "I1", "I2"], tasks.Select(m => m.IssueIds.Single()));
        Assert.All(tasks, m => Assert.False(string.IsNullOrEmpty(m.Owner)));
        Assert.Equal("2025年4月30日前", tasks[1].Deadline);
        Assert.DoesNotContain(result.Measures, m => m.Text.StartsWith('Q'));
        Assert.DoesNotContain(result.Gaps, g => g.Kind is GapKinds.NoOwner or GapKinds.NoDeadline or GapKinds.CopiedMeasure);
    }

    [Fact]
    public void All_measures_said_done_while_one_item_waits_for_approval_is_an_inconsistent_claim_and_zheng_gai_zhong_is_no_status()
    {
        var result = Analyze("""
            中共区农业农村局党组关于巡察整改情况的报告
            局党组成立巡察整改工作领导小组，党组书记任组长。截至目前，12条整改措施已全部完成，整改完成率100%。
            （一）关于“高标准农田建设项目推进缓慢”的问题。整改中，实行周调度，倒排工期，已完成建设2万亩。（责任领导：副局长王某；完成时限：2025年9月底）
            （二）关于“违规发放补贴”的问题。整改中，违规发放的4.2万元已全部清退，对办公室主任给予诫勉谈话。（责任领导：局长李某；完成时限：2025年5月底）
            （三）关于“涉农资金管理制度缺失”的问题。整改中，《涉农资金拨付审核办法》已报县财政局，正在等待批复。（责任领导：副局长王某；完成时限：2025年10月底）
            （四）关于“机关党支部‘三会一课’落实不到位”的问题。整改中，制定年度党课计划，已重新召开专题组织生活会。（责任领导：机关党委书记赵某；完成时限：2025年6月底）
            """);
        var gap = Assert.Single(Of(result, GapKinds.InconsistentClaim));
        Assert.Equal("I3", gap.IssueId);
        Assert.Equal(MeasureStatus.Done, result.Measures.Single(m => m.Text.Contains("4.2万元已全部清退", StringComparison.Ordinal)).Status);
    }

    [Fact]
    public void Blocks_labelled_in_lenticular_brackets_give_owner_and_time_limit()
    {
        var result = Analyze("""
            中共区农业农村局党组关于巡察整改情况的报告
            局党组成立巡察整改工作领导小组，党组书记任组长，现按“问题—措施—责任—时限—成效”报告如下。
            【问题一】高标准农田建设项目推进缓慢。
            【措施】实行周调度，倒排工期，对进度滞后的标段约谈施工单位。
            【责任】分管副局长王某；农田建设科
            【时限】2025年9月底
            【成效】已完成建设1.5万亩，其余0.5万亩正在施工。
            【问题二】违规发放补贴。
            【措施】违规发放的4.2万元已全部清退，对办公室主任给予诫勉谈话。
            【责任】局长李某；财务室
            【时限】2025年5月底
            【成效】已完成。
            """);
        Assert.DoesNotContain(result.Gaps, g => g.Kind is GapKinds.NoOwner or GapKinds.NoDeadline);
        Assert.Contains(result.Measures, m => m.Owner is { } owner && owner.Contains("王某", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sanction_merged_with_work_still_needs_an_owner_and_a_sanction_with_money_paid_back_does_not()
    {
        // One ledger cell or paragraph holding an action and a sanction is an action: it needs an owner and a time limit.
        var merged = Analyze(Documents.Report(
            "违规发放的4.2万元已全部清退，对负有直接责任的办公室主任给予诫勉谈话。",
            "开展补贴发放专项检查，对违规发放补贴的科室立案查处。对负有直接责任的办公室主任给予诫勉谈话。"));
        Assert.Contains(Of(merged, GapKinds.NoOwner), g => g.IssueId == "I2");

        // Only dealing with the people involved (and the money paid back) is a finished act.
        var sanctions = Analyze(Documents.Report(
            "违规发放的4.2万元已全部清退，对负有直接责任的办公室主任给予诫勉谈话。",
            "对负有直接责任的办公室主任给予诫勉谈话，个人退还补贴4.2万元。"));
        Assert.DoesNotContain(Of(sanctions, GapKinds.NoOwner), g => g.IssueId == "I2");
        Assert.DoesNotContain(Of(sanctions, GapKinds.NoDeadline), g => g.IssueId == "I2");
    }

    [Fact]
    public void Keeping_at_it_is_no_time_limit_for_work_still_under_way()
    {
        var result = Analyze(Documents.Report("责任领导：分管副局长；完成时限：2025年9月底。", "责任领导：分管副局长；完成时限：持续推进。"));
        var gap = Assert.Single(Of(result, GapKinds.NoDeadline));
        Assert.Equal("I1", gap.IssueId);
    }

    [Fact]
    public void An_owner_and_a_time_limit_do_not_make_a_slogan_concrete()
    {
        var result = Analyze(Documents.Report(
            "制定年度党课计划，重新召开专题组织生活会，班子成员逐一开展批评与自我批评。已完成。",
            "进一步提高政治站位，切实增强组织生活的严肃性，推动党建工作往深里走、往实里走。（责任领导：党组书记；完成时限：长期坚持）"));
        var gap = Assert.Single(Of(result, GapKinds.VagueMeasure));
        Assert.Equal("I4", gap.IssueId);
    }

    [Fact]
    public void A_leading_group_for_other_work_is_not_the_rectification_one()
    {
        var result = Analyze(Documents.Report(
            "局党组成立巡察整改工作领导小组，党组书记任组长，对重点问题直接部署、直接督办。",
            "局党组高度重视，项目建设领导小组每月调度一次。"));
        Assert.Single(Of(result, GapKinds.WeakLeadership));
    }

    [Fact]
    public void A_problem_that_names_staff_who_failed_their_duty_needs_accountability()
    {
        var feedback = Documents.Feedback.Replace("项目资金拨付缺少审核流程。", "项目资金拨付缺少审核流程，相关工作人员存在失职失责问题。", StringComparison.Ordinal);
        var result = fixture.Analyze(feedback, Documents.GoodReport);
        var gap = Assert.Single(Of(result, GapKinds.NoAccountability));
        Assert.Equal("I3", gap.IssueId);
    }

    [Fact]
    public void Words_in_quotes_that_cite_an_earlier_problem_are_not_a_violation_found_now()
    {
        var feedback = Documents.Feedback.Replace("4.机关党支部“三会一课”落实不到位，组织生活会批评与自我批评流于形式。", "4.上轮巡察反馈的“办公用房挪作他用”问题整改不到位。", StringComparison.Ordinal);
        var report = Documents.Report("四、关于“机关党支部‘三会一课’落实不到位”的问题\n制定年度党课计划，重新召开专题组织生活会，班子成员逐一开展批评与自我批评。已完成。",
            "四、关于上轮巡察反馈问题整改不到位的问题\n对“办公用房挪作他用”问题开展回头看，2处办公用房已全部收回并调整用途；制定《办公用房管理办法》。已完成。");
        Assert.DoesNotContain(fixture.Analyze(feedback, report).Gaps, g => g.Kind == GapKinds.NoAccountability && g.IssueId == "I4");
    }

    [Fact]
    public void A_pledge_the_unit_gives_an_owner_and_a_time_limit_is_its_answer_and_an_empty_one_is_vague()
    {
        // 我们要进一步…… reads like a requirement, but a requirement quoted from the feedback has no owner or time limit:
        // this one is the unit's only answer to the problem, and it is slogans only (before: the problem read as unanswered).
        var result = fixture.Analyze("""
            县委第二巡察组关于巡察青石村党支部的反馈意见
            一、发现的主要问题
            1.村集体资产闲置。村集体砖厂停产后厂房和设备闲置三年，既未出租也未处置。
            2.村务公开不及时。财务公开栏半年未更新，村民反映看不到账。
            二、整改要求
            一要压实整改责任；二要盘活集体资产。
            """, """
            青石村党支部关于巡察整改情况的报告
            乡党委：
            现将整改情况报告如下。
            一、村务公开的事
            公开栏从5月起每月10日前更新，补贴出半年的收支明细，同时发到村民微信群。（负责人：村委会主任王明；完成时间：5月10日前，已完成）
            二、集体资产的事
            我们要进一步解放思想，拓宽思路，切实把村集体闲置的厂房和设备盘活用好，努力壮大村集体经济。（负责人：村党支部书记李强；完成时间：年内）
            青石村党支部
            2026年6月2日
            """);
        var pledge = Assert.Single(result.Measures, m => m.Text.StartsWith("我们要进一步解放思想", StringComparison.Ordinal));
        Assert.Equal(["I1"], pledge.IssueIds);
        Assert.Contains(result.Gaps, g => g.Kind == GapKinds.VagueMeasure && g.IssueId == "I1");
        Assert.DoesNotContain(result.Gaps, g => g.Kind == GapKinds.UnansweredIssue);
    }
    [Fact]
    public void A_problem_restated_with_its_figures_before_a_slogan_answer_makes_the_answer_no_less_vague()
    {
        // The report restates the problem (巡察指出：……3个村……) before answering it: the restatement's figures are the
        // feedback's, not a measure's, so the slogans after it are the whole answer.
        var result = fixture.Analyze("""
            县委第三巡察组关于巡察枫溪乡党委的反馈意见
            一、发现的主要问题
            1.村务监督委员会形同虚设。全乡12个村中有7个村的村务监督委员会2024年没有开展过一次监督，3个村的监督记录由村会计代签。
            2.惠农补贴发放不及时。2024年耕地地力保护补贴有2个村延迟4个月发放。
            二、整改要求
            一要压实整改责任；二要健全监督机制。
            """, """
            枫溪乡党委关于巡察整改情况的报告
            县委巡察工作领导小组：
            现将整改情况报告如下。
            一、关于村务监督委员会形同虚设的问题
            巡察指出：全乡12个村中有7个村的村务监督委员会2024年没有开展过一次监督，3个村的监督记录由村会计代签。
            乡党委高度重视，进一步加强对村务监督工作的领导，切实提高思想认识，督促各村务监督委员会认真履职，充分发挥监督作用。（责任领导：乡党委副书记赵平；完成时限：长期坚持）
            二、关于惠农补贴发放不及时的问题
            延迟发放的补贴已于3月全部发放到户，建立补贴发放台账，每季度公示一次，经办人受到批评教育。（责任领导：副乡长孙立；完成时限：2025年3月31日，已完成）
            枫溪乡党委
            2025年5月6日
            """);
        Assert.Contains(result.Gaps, g => g.Kind == GapKinds.VagueMeasure && g.IssueId == "I1");
        Assert.DoesNotContain(result.Gaps, g => g.Kind == GapKinds.VagueMeasure && g.IssueId == "I2");
    }
    [Fact]
    public void Money_paid_to_the_ineligible_or_work_decided_without_the_review_it_needs_is_a_violation_someone_answers_for()
    {
        var result = fixture.Analyze("""
            县委第四巡察组关于巡察县教育基金会党支部的反馈意见
            一、发现的主要问题
            1.助学资金发放审核不严。2024年有7名受助学生不符合家庭经济困难条件，其中2名是基金会工作人员的子女，涉及资金1.4万元。
            2.项目资金安排未经评审。2024年有3个捐赠项目共26万元未经项目评审委员会评审，由秘书长直接确定。
            二、整改要求
            对违规发放和未经评审的问题，要查清责任，依规依纪处理。
            """, """
            县教育基金会党支部关于巡察整改情况的报告
            一、关于助学资金发放审核不严的问题
            对7名不符合条件的受助学生停止资助，1.4万元已全部追回；修订《助学资金审核办法》，实行入户核查。（责任人：理事长陈明；完成时限：2025年5月31日，已完成）
            二、关于项目资金安排未经评审的问题
            3个项目已补办评审手续，修订《捐赠项目评审规则》，项目一律经评审委员会评审。（责任人：理事长陈明；完成时限：2025年5月31日，已完成）
            县教育基金会党支部
            2025年6月3日
            """);
        Assert.Contains(result.Gaps, g => g.Kind == GapKinds.NoAccountability && g.IssueId == "I1");
        Assert.Contains(result.Gaps, g => g.Kind == GapKinds.NoAccountability && g.IssueId == "I2");
    }
    [Fact]
    public void Owners_and_time_limits_given_in_a_closing_paragraph_by_measure_number_are_those_measures_own()
    {
        var result = fixture.Analyze("""
            县委第二巡察组关于巡察县机关幼儿园党支部的反馈意见
            一、发现的主要问题
            1.伙食费管理不规范。幼儿伙食费与教职工伙食费没有分账核算，2024年教职工在幼儿伙食费中列支餐费1.2万元。
            2.安全隐患排查不彻底。巡察组实地查看时发现2处消防通道堆放杂物，1个消防栓压力不足。
            二、整改要求
            一要压实整改责任；二要逐项整改到位。
            """, """
            县机关幼儿园党支部关于巡察整改情况的报告
            一、关于伙食费管理不规范的问题
            【措施一】幼儿伙食费与教职工伙食费分账核算，每月公示收支。
            【措施二】教职工在幼儿伙食费中列支的1.2万元由个人全额退回。
            二、关于安全隐患排查不彻底的问题
            【措施三】清理消防通道杂物2处，更换压力不足的消防栓1个。
            【措施四】建立每周安全巡查登记制度。
            三、责任分工
            措施一、措施二由园长刘芸负责，2025年3月31日前完成；措施三、措施四须于2025年3月10日前完成。
            县机关幼儿园党支部
            2025年4月8日
            """);
        var first = Assert.Single(result.Measures, m => m.Text.StartsWith("措施一：", StringComparison.Ordinal));
        Assert.NotNull(first.Owner);
        Assert.NotNull(first.Deadline);
        Assert.NotNull(Assert.Single(result.Measures, m => m.Text.StartsWith("措施四：", StringComparison.Ordinal)).Deadline);
        Assert.DoesNotContain(result.Gaps, g => g.Kind is GapKinds.NoOwner or GapKinds.NoDeadline && g.IssueId == "I1");
        // 措施三、措施四须于……前完成 names a time limit and nobody.
        Assert.DoesNotContain(result.Gaps, g => g.Kind == GapKinds.NoDeadline && g.IssueId == "I2");
        Assert.Contains(result.Gaps, g => g.Kind == GapKinds.NoOwner && g.IssueId == "I2");
    }

    [Fact]
    public void Measures_numbered_inside_one_paragraph_are_read_one_by_one_and_a_done_remedy_is_no_copy()
    {
        var result = fixture.Analyze("""
            县委第一巡察组关于巡察县档案馆党支部的反馈意见
            一、发现的主要问题
            1.档案移交接收督办不到位。2024年应进馆的32个单位中，有11个单位未按期移交档案，未建立督办台账，逐一梳理催办记录缺失。
            2.库房温湿度管理不规范。两个库房的温湿度记录连续三个月空白。
            二、整改要求
            一要压实整改责任；二要建立长效机制。
            """, """
            县档案馆党支部关于巡察整改情况的报告
            一、关于档案移交接收督办不到位的问题
            整改措施：1．对2024年应进馆单位逐一梳理，建立督办台账，11个单位未按期移交的档案已全部补充移交；2．制定《档案移交接收督办办法》，明确催办时限和书面记录要求；3．每半年通报一次移交进度。责任领导：馆长许宁；完成时限：2025年4月底前，已完成。
            二、关于库房温湿度管理不规范的问题
            整改措施：为两个库房加装自动温湿度记录仪，数据每日上传馆内平台，修订《库房管理规定》。责任领导：副馆长丁原；完成时限：2025年3月底前，已完成。
            县档案馆党支部
            2025年5月6日
            """);
        Assert.Contains(result.Measures, m => m.Text.StartsWith("1.对2024年应进馆单位逐一梳理", StringComparison.Ordinal) && m.IssueIds.Contains("I1"));
        Assert.Contains(result.Measures, m => m.Text.StartsWith("2.制定《档案移交接收督办办法》", StringComparison.Ordinal) && m.IssueIds.Contains("I1"));
        Assert.Empty(Of(result, GapKinds.CopiedMeasure));
    }

    [Fact]
    public void A_step_skipped_and_taken_afterwards_needs_nobody_held_to_account_but_a_relatives_gain_does()
    {
        var result = fixture.Analyze("""
            县委第二巡察组关于巡察县文化馆党支部的反馈意见
            一、发现的主要问题
            1.大额支出决策程序不规范。2024年馆里采购演出音响设备支出18万元，未经支部委员会集体研究，由馆长签批后直接支付。
            2.非遗扶持资金分配不公。2024年扶持的6个传承项目中，有1个项目的申报人是馆党支部书记的亲属，获得扶持资金1.5万元，评审时书记未回避。
            二、整改要求
            一要压实整改责任；二要建立长效机制。
            """, """
            县文化馆党支部关于巡察整改情况的报告
            一、关于大额支出决策程序不规范的问题
            音响设备采购事项已于2025年3月提交支部委员会补充研究，形成会议纪要；修订《馆内“三重一大”事项决策办法》，5万元以上支出一律经支部委员会集体研究。责任领导：馆长周芮；完成时限：2025年3月底前，已完成。
            二、关于非遗扶持资金分配不公的问题
            对6个传承项目重新评审，书记亲属申报项目的扶持资金核减为0.8万元，多发部分已退回；修订《非遗传承项目扶持办法》，评审人员与申报人有亲属关系的一律回避。责任领导：副馆长唐甬；完成时限：2025年4月底前，已完成。
            三、整改情况公开
            整改情况已在馆网站公示，接受群众监督。
            县文化馆党支部
            2025年5月12日
            """);
        Assert.DoesNotContain(result.Gaps, g => g.Kind == GapKinds.NoAccountability && g.IssueId == "I1");
        Assert.Contains(result.Gaps, g => g.Kind == GapKinds.NoAccountability && g.IssueId == "I2");
    }

    [Fact]
    public void The_same_boilerplate_opened_by_each_problems_name_is_one_measure_pasted_twice()
    {
        var result = fixture.Analyze("""
            县委第一巡察组关于巡察县妇幼保健院党委的反馈意见
            一、发现的主要问题
            1.党支部建设不够规范。临床科室党支部书记由业务骨干担任的比例偏低，组织生活与业务工作脱节。
            2.财务内部控制不健全。科研经费报销审核不严，固定资产账实不符。
            二、整改要求
            一要压实责任；二要建章立制。
            """, """
            县妇幼保健院党委关于巡察整改进展情况的通报
            一、关于党支部建设不够规范的问题
            整改进展：针对党支部建设不够规范问题，坚持问题导向，建立问题清单、任务清单、责任清单，逐项对照查摆，举一反三、查漏补缺，对发现的问题立查立改，确保整改工作取得实效，推动各项工作规范化、制度化。
            责任领导：党委副书记葛岚；完成时限：2025年9月30日。
            二、关于财务内部控制不健全的问题
            整改进展：针对财务内部控制不健全问题，坚持问题导向，建立问题清单、任务清单、责任清单，逐项对照查摆，举一反三、查漏补缺，对发现的问题立查立改，确保整改工作取得实效，推动各项工作规范化、制度化。
            责任领导：总会计师秦朗；完成时限：2025年9月30日。
            县妇幼保健院党委
            2025年6月20日
            """);
        Assert.Equal(["I1", "I2"], Of(result, GapKinds.RepeatedMeasure).Select(g => g.IssueId).Order());
    }

    [Fact]
    public void A_tender_bypassed_a_relative_contracting_or_a_reception_over_the_standard_asks_for_someone_to_answer()
    {
        // dev31 p02/p07/p08's forms (a requirement that asks in general that those responsible be dealt with; a contract
        // renewed 未经招标; 承包的是……的女婿; receptions 超出标准), in words of our own. The meeting skipped (未经党委会研究)
        // asks for nobody even so.
        var result = fixture.Analyze("""
            县委第三巡察组关于巡察县第二中学党总支的反馈意见
            一、发现的主要问题
            （一）食堂承包存在利益关联。食堂承包人是学校一名副校长的妹夫，2024年合同到期后未经招标直接续签三年，合同金额86万元。
            （二）学校鱼塘发包不规范。鱼塘去年重新发包，承包的是后勤主任的女婿，价格比评估价低三成，每年少收入1.2万元。
            （三）公务接待超出标准。翻阅2024年接待费单据，有9批次超出标准，多支出1.8万元。
            （四）“三重一大”制度执行不严。2024年操场改造项目86万元未经党总支会议研究，由校长办公会直接决定。
            二、整改要求
            党总支要逐项整改，对失职失责人员依规依纪严肃处理，不能一退了之。
            """, """
            县第二中学党总支关于巡察反馈意见整改情况的报告
            一、关于食堂承包存在利益关联的问题
            食堂承包合同已解除，经公开招标重新确定承包单位，制定《食堂承包管理办法》。
            二、关于学校鱼塘发包不规范的问题
            原承包合同协商解除，经教代会表决后重新公开竞价发包，年承包费提高到2.8万元。
            三、关于公务接待超出标准的问题
            对9批次超标部分作核减调账处理，重新印制接待审批单。
            四、关于“三重一大”制度执行不严的问题
            修订《“三重一大”决策实施办法》，操场改造项目补充提交党总支会议研究。
            县第二中学党总支
            2025年6月20日
            """);
        Assert.Equal(["I1", "I2", "I3"], Of(result, GapKinds.NoAccountability).Select(g => g.IssueId).Order());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_public_notice_that_names_no_owner_for_any_item_is_not_flagged_item_by_item(bool published)
    {
        // dev25 p03's and dev15's form (a progress notice published to the public, items with no owner or time limit, a
        // phone and a mailbox at the end), in words of our own; the same text sent up as a report is flagged.
        var notice = published ? "现将巡察整改进展情况予以公布。" : "现将巡察整改进展情况报告如下。";
        var contact = published ? "联系电话：0000-0000000\n电子邮箱：xczg@example.cn" : "";
        var result = fixture.Analyze("""
            县委第一巡察组关于巡察县文旅局党组的反馈意见
            一、发现的问题
            （一）景区门票收入管理不规范。2024年有3.2万元门票收入未及时入账。
            （二）文物安全巡查不到位。全县12处文保单位有5处全年巡查不足4次。
            （三）干部队伍结构老化。局机关45岁以上干部占七成。
            （四）公共文化场馆开放时间不足。3个乡镇综合文化站周末闭馆。
            二、整改要求
            局党组要在三个月内报送整改情况，并向社会公开。
            """, $"""
            县文旅局党组关于巡察整改进展情况的通报
            {notice}
            一、关于景区门票收入管理不规范的问题。正在对2024年以来的门票收入逐月核对，已入账2.1万元。
            二、关于文物安全巡查不到位的问题。正在制定文保单位巡查办法，拟每月巡查一次。
            三、关于干部队伍结构老化的问题。正在制定年轻干部招录计划。
            四、关于公共文化场馆开放时间不足的问题。正在推动3个乡镇综合文化站实行周末错时开放。
            {contact}
            县文旅局党组
            2025年6月10日
            """);
        Assert.Equal(published ? 0 : 4, result.Gaps.Count(g => g.Kind == GapKinds.NoOwner));
        Assert.Equal(published ? 0 : 4, result.Gaps.Count(g => g.Kind == GapKinds.NoDeadline));
    }

    [Fact]
    public void A_leader_named_in_a_line_closing_a_part_s_items_leads_each_of_them()
    {
        // dev15 p01's form (（四）……的问题 / 1.……追回。 / 2.进一步提高思想认识…… / 责任领导：甘某责任科室：……完成时限：……, the
        // other parts alike), in words of our own.
        var result = Analyze("""
            中共区农业农村局党组关于巡察整改情况的报告
            （一）高标准农田建设推进缓慢的问题
            1.实行周调度，已完成建设1.5万亩。
            2.对进度滞后的2个标段约谈施工单位。
            责任领导：王某责任科室：农田建设科完成时限：2025年9月30日
            （二）违规发放补贴的问题
            1.违规发放的4.2万元已全部清退。
            2.对办公室主任给予诫勉谈话。
            责任领导：李某责任科室：办公室完成时限：2025年5月31日
            （三）涉农资金管理制度缺失的问题
            1.制定《涉农资金拨付审核办法》，拨付实行双人复核。
            2.对2024年以来的拨付逐笔复查。
            责任领导：赵某责任科室：计划财务科完成时限：2025年6月30日
            （四）“三会一课”落实不到位的问题
            1.对2024年以来的“三会一课”记录逐次核查，重新召开专题组织生活会。
            2.进一步提高思想认识，切实加强组织生活管理。
            责任领导：甘某责任科室：机关党委完成时限：2025年8月31日
            中共区农业农村局党组
            2025年6月30日
            """);
        Assert.DoesNotContain(result.Gaps, g => g.Kind == GapKinds.NoOwner);
    }

    [Fact]
    public void An_answer_that_gives_the_feedbacks_words_back_as_bans_is_a_copy_and_one_that_acts_is_not()
    {
        // dev36's forms (the feedback's own words turned into 严格……、坚决杜绝……、严禁……, nothing done), in words of our own.
        const string Feedback = """
            县委第一巡察组关于巡察县农业农村局党组的反馈意见
            一、巡察发现的主要问题
            1.农机购置补贴审核把关不严，有7台农机补贴对象为非农户，2户种植大户重复申领补贴。
            2.农村人居环境整治经费管理不规范，2024年有4笔经费未经局党组会议研究即行支付。
            二、整改要求
            局党组要在三个月内报送整改情况报告。
            """;
        var result = fixture.Analyze(Feedback, """
            县农业农村局党组关于巡察整改情况的报告
            一、关于农机购置补贴审核把关不严的问题
            局党组要求各乡镇农机站严格农机购置补贴审核把关，坚决杜绝非农户申领农机补贴，严禁种植大户重复申领补贴。（责任领导：副局长；完成时限：2025年6月30日；完成情况：已完成）
            二、关于农村人居环境整治经费管理不规范的问题
            4笔经费已补充提交局党组会议复议，制定《人居环境整治经费支付规程》，5万元以上支出一律经局党组会议研究。（责任领导：局长；已完成）
            县农业农村局党组
            2025年6月20日
            """);
        var copied = Assert.Single(Of(result, GapKinds.CopiedMeasure));
        Assert.Equal("I1", copied.IssueId);
        Assert.Contains("坚决杜绝非农户申领农机补贴", copied.Evidence, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Gaps, g => g.Kind == GapKinds.VagueMeasure && g.IssueId == "I1");
    }

    [Theory]
    [InlineData("整改完成率95%", true)]
    [InlineData("整改完成率90%", false)]
    public void A_completion_rate_its_own_counts_do_not_give_is_an_inconsistent_claim(string rate, bool inconsistent)
    {
        // dev36's form (共……20项，已完成18项，整改完成率95%: 18 of 20 is 90%), in words of our own; the total in the sentence before.
        var result = Analyze($"""
            县民政局党组关于巡察整改情况的报告
            局党组对反馈的4个问题逐项制定整改措施，共细化整改措施20项。截至目前，已完成18项，{rate}。
            一、关于落实养老服务政策打折扣的问题
            对全县12家养老机构开展复核，补发运营补贴8.4万元。（责任领导：副局长；已完成）
            二、关于社会救助资金监管不严的问题
            对18户不符合条件的低保户予以清退，追回资金5.2万元。（责任领导：副局长；已完成）
            三、关于“三重一大”决策制度执行不到位的问题
            修订《局党组“三重一大”事项决策规则》。（责任领导：局长；已完成）
            四、关于组织生活不规范的问题
            重新制定年度组织生活计划。（责任领导：机关党委书记；已完成）
            县民政局党组
            2025年6月30日
            """);
        Assert.Equal(inconsistent, Of(result, GapKinds.InconsistentClaim).Any(g => g.Message.Contains("完成率应为90%", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("约谈2名支部书记，补开了3次支委会，重新整理了会议记录。", true)]
    [InlineData("约谈2名支部书记，补开了3次支委会；机关党委每季度抽查一次各支部会议记录。", false)]
    public void A_one_off_answer_where_every_other_answer_sets_a_rule_wants_a_lasting_mechanism_in_any_area(string answer, bool flagged)
    {
        // dev36 p01's and dev34 p04's form (every other item sets a 办法/机制/台账; one item, outside finance and internal
        // control, is one-off acts only), in words of our own.
        const string Feedback = """
            县委第三巡察组关于巡察县市场监管局党组的反馈意见
            一、巡察发现的主要问题
            1.食品安全抽检不规范，2024年有11批次抽检样品未按规定留样。
            2.行政处罚自由裁量随意，同类案件罚款金额相差3倍。
            3.执法车辆管理混乱，2辆执法车长期停放在个人住所。
            4.基层党支部组织生活不规范，3个支部“三会一课”记录缺失。
            """;
        var result = fixture.Analyze(Feedback, $"""
            县市场监管局党组关于巡察整改情况的报告
            一、关于食品安全抽检不规范的问题
            制定《食品安全抽检样品留样管理办法》，11批次样品已补充登记。（责任领导：副局长；已完成）
            二、关于行政处罚自由裁量随意的问题
            修订《行政处罚自由裁量基准》，建立重大案件集体审议机制。（责任领导：副局长；已完成）
            三、关于执法车辆管理混乱的问题
            2辆执法车已收回统一停放，建立执法车辆使用登记台账。（责任领导：副局长；已完成）
            四、关于基层党支部组织生活不规范的问题
            {answer}（责任领导：机关党委书记；已完成）
            县市场监管局党组
            2025年6月30日
            """);
        Assert.Equal(flagged ? ["I4"] : [], Of(result, GapKinds.NoMechanism).Select(g => g.IssueId));
    }
    // A forestry bureau's feedback of six problems, for the count checks below (dev39's forms, in words of our own).
    private const string ForestryFeedback = """
        县委第二巡察组关于巡察县林业局党组的反馈意见
        一、巡察发现的主要问题
        1.森林防火责任落实不到位，3个林区检查站无人值守。
        2.生态护林员管理松散，9名护林员超龄仍在岗。
        3.造林项目验收不严，2个项目成活率未达标即通过验收。
        4.党组理论学习中心组学习不规范，全年学习记录缺失4次。
        5.干部教育培训针对性不强，基层站所干部参训率不足五成。
        6.林木采伐审批把关不严，2起采伐未现场核查即发证。
        """;

    [Theory]
    [InlineData("6个问题中有3个已经整改完成，2个正在推进，1个需要长期坚持。", false)]
    [InlineData("6个问题中已完成整改3个，需要长期坚持1个，正在推进1个。", true)]
    [InlineData("6个问题中已完成整改3个，3个正在推进（第4项长期推进，第5项、第6项年底前完成）。", false)]
    public void Problems_counted_as_standing_tasks_add_up_with_the_done_and_the_open(string count, bool inconsistent)
    {
        // dev39 p03/p08/p09's form (a summary that counts problems done, in progress and standing), in words of our own.
        var result = fixture.Analyze(ForestryFeedback, $"""
            县林业局党组关于巡察整改情况的报告
            一、总体情况
            到目前为止，{count}
            二、逐项整改情况
            （一）关于森林防火责任落实不到位的问题
            3个林区检查站已落实专人24小时值守。（责任领导：副局长；已完成）
            （二）关于生态护林员管理松散的问题
            9名超龄护林员已全部解聘并补选。（责任领导：副局长；已完成）
            （三）关于造林项目验收不严的问题
            2个项目已组织补植并重新验收。（责任领导：副局长；已完成）
            （四）关于党组理论学习中心组学习不规范的问题
            制定中心组学习年度计划，每月集中学习一次。（责任领导：局长；长期坚持）
            （五）关于干部教育培训针对性不强的问题
            分层分类制定培训计划，下半年组织基层站所干部专题培训2期。（责任领导：副局长；正在推进）
            （六）关于林木采伐审批把关不严的问题
            修订采伐审批流程，发证前一律现场核查，系统改造正在推进。（责任领导：副局长；正在推进）
            县林业局党组
            2025年6月30日
            """);
        Assert.Equal(inconsistent, Of(result, GapKinds.InconsistentClaim).Any());
    }

    [Theory]
    [InlineData("反馈的6项问题已全部整改完成", true)]
    [InlineData("反馈的6项问题已完成整改4项，正在推进2项", false)]
    public void A_claim_that_the_problems_counted_in_items_are_all_done_is_held_against_an_item_still_in_progress(string claim, bool inconsistent)
    {
        // dev39 p04's form (反馈的7项问题已全部整改完成 above a ledger row 正在推进), in words of our own.
        var result = fixture.Analyze(ForestryFeedback, $"""
            县林业局党组关于巡察整改情况的报告
            截至6月20日，{claim}，修订制度4项。
            一、关于森林防火责任落实不到位的问题
            3个林区检查站已落实专人24小时值守。（责任领导：副局长；已完成）
            二、关于生态护林员管理松散的问题
            9名超龄护林员已全部解聘并补选。（责任领导：副局长；已完成）
            三、关于造林项目验收不严的问题
            2个项目已组织补植并重新验收。（责任领导：副局长；已完成）
            四、关于党组理论学习中心组学习不规范的问题
            制定中心组学习年度计划，每月集中学习一次。（责任领导：局长；已完成）
            五、关于干部教育培训针对性不强的问题
            分层分类制定培训计划，下半年组织基层站所干部专题培训2期。（责任领导：副局长；正在推进）
            六、关于林木采伐审批把关不严的问题
            修订采伐审批流程，发证前一律现场核查，审批系统改造预计9月上线。（责任领导：副局长；正在推进）
            县林业局党组
            2025年6月30日
            """);
        Assert.Equal(inconsistent, Of(result, GapKinds.InconsistentClaim).Any());
    }
    [Theory]
    [InlineData("对工作推进不力、敷衍塞责的，要严肃追责问责。", false)]
    [InlineData("对违规发放补贴的，要严肃追责问责。", true)]
    public void A_demand_on_how_work_was_done_names_no_misconduct_to_answer_for(string demand, bool flagged)
    {
        // dev39 p08's form (a delay, closing 对工作推进不力、敷衍塞责的，要严肃追责问责), in words of our own.
        var result = fixture.Analyze($"""
            县委第一巡察组关于巡察县农技中心党支部的反馈意见
            一、巡察发现的主要问题
            1.农技推广示范基地建设滞后。规划的5个示范基地仅建成2个，另有2个基地土地至今未落实，发放补贴的进度也慢。{demand}
            2.党员教育管理松散。2名流动党员超过一年未参加组织生活。
            """, """
            县农技中心党支部关于巡察整改情况的报告
            一、关于农技推广示范基地建设滞后的问题
            成立基地建设专班，2个基地已完成土地流转，年底前再建成1个。（责任领导：主任；完成时限：2025年12月底前）
            二、关于党员教育管理松散的问题
            2名流动党员已恢复联系，并参加了6月的主题党日。（责任领导：支部书记；已完成）
            县农技中心党支部
            2025年6月30日
            """);
        Assert.Equal(flagged ? ["I1"] : [], Of(result, GapKinds.NoAccountability).Select(g => g.IssueId));
    }

    [Theory]
    [InlineData("在医院信息系统中设置重复计费自动拦截。", false)]
    [InlineData("在收费管理系统中设置同一项目重复计费自动提醒，当日推送收费室核查。", false)]
    [InlineData("对收费室工作人员进行了提醒。", true)]
    public void A_control_set_in_the_units_system_is_a_lasting_mechanism(string control, bool flagged)
    {
        // dev39 p06's form (money returned, people dealt with, and a block set in the information system), in words of our own.
        var result = fixture.Analyze("""
            县委第三巡察组关于巡察县中医院党委的反馈意见
            一、巡察发现的主要问题
            1.重复收费问题。2024年对部分住院患者同一项检查重复计费，涉及患者160人次、金额2.1万元。
            2.药品采购不规范。部分耗材未通过集中采购平台采购，金额14万元。
            """, $"""
            县中医院党委关于巡察整改情况的报告
            一、关于重复收费的问题
            逐一联系160人次患者，退还重复收取的费用2.1万元；对收费室主任诫勉谈话；{control}（责任领导：副院长；已完成）
            二、关于药品采购不规范的问题
            修订《药品耗材采购管理办法》，耗材一律通过集中采购平台采购。（责任领导：副院长；已完成）
            县中医院党委
            2025年6月30日
            """);
        Assert.Equal(flagged ? ["I1"] : [], Of(result, GapKinds.NoMechanism).Select(g => g.IssueId));
    }
    [Theory]
    [InlineData("核减结算金额18.6万元，已从施工方质保金中扣回。", false)]
    [InlineData("核减结算金额18.6万元，扣回工作正在推进。", true)]
    public void An_item_told_as_done_in_its_own_words_needs_no_time_limit(string recovered, bool flagged)
    {
        // dev40 p07's form (a secretary's report: each item tells what was done — 已从……扣回, 全部入账, 已经消除 — with no 已完成
        // field and no time limit), in words of our own.
        var result = fixture.Analyze("""
            县委第二巡察组关于巡察县城投公司党支部的反馈意见
            一、工程结算审核不严，游泳馆工程未经造价审核即按施工方报送金额结算，多付工程款18.6万元。
            二、国有资产底数不清，体育公园32项资产建成后长期未入账。
            """, $"""
            关于县委第二巡察组反馈意见整改情况的报告
            一、关于工程结算审核不严的问题。委托造价咨询机构对已结算的6个工程项目复审，{recovered}出台《公司工程结算审核实施细则》，所有结算须经第三方造价审核。
            二、关于国有资产底数不清的问题。5月至6月组织资产全面清查，32项资产全部入账，账实不符问题已经消除。建立固定资产台账，每半年盘点一次。
            报告人：简知秋
            2024年7月15日
            """);
        Assert.Equal(flagged ? ["I1"] : [], Of(result, GapKinds.NoDeadline).Select(g => g.IssueId));
    }
    [Theory]
    [InlineData("招聘工作中“优亲厚友”。2023年公开招聘的5名工作人员中有2名是中层干部的亲属，相关干部担任面试考官却未回避。", true)]
    [InlineData("上轮巡察指出的“优亲厚友”问题整改不彻底，2023年公开招聘的5名工作人员中有2名是中层干部的亲属。", false)]
    public void A_quoted_label_of_the_problem_itself_names_its_violation_and_a_quoted_earlier_problem_does_not(string problem, bool flagged)
    {
        // dev40 p07's form (a heading that quotes the violation as its label), in words of our own; the counter-case cites the last
        // round's problem in quotes.
        var result = fixture.Analyze($"""
            县委第一巡察组关于巡察县水务公司党支部的反馈意见
            一、{problem}
            二、安全生产责任落实不到位，2023年未组织应急演练。
            """, """
            县水务公司党支部关于巡察整改情况的报告
            一、关于招聘问题。对2名中层干部亲属组织重新考核，二人考核合格继续留用；修订《公司员工招聘管理办法》，增加近亲属回避条款。（责任领导：总经理；已完成）
            二、关于安全生产的问题。7月组织了应急演练，全体员工参加。（责任领导：副总经理；已完成）
            县水务公司党支部
            2024年8月1日
            """);
        Assert.Equal(flagged ? ["I1"] : [], Of(result, GapKinds.NoAccountability).Select(g => g.IssueId));
    }
    [Theory]
    [InlineData("针对员工行为管理失之于宽、员工异常行为排查未按季度开展的问题，支行将切实加强员工行为管理，严格按季度排查员工异常行为，确保员工行为管理到位。", "copied-measure")]
    [InlineData("支行将进一步提高政治站位，切实加强员工行为管理，严格执行《员工行为守则》，确保员工行为管理到位。", "vague-measure")]
    [InlineData("2024年7月起按季度开展员工异常行为排查，已排查2次，发现并约谈异常员工3人，排查台账已更新。", null)]
    public void A_pledge_is_no_act_though_its_who_and_when_say_it_is_done(string answer, string? kind)
    {
        // dev40 p02's form (a 反馈意见 answered item by item, each with （责任人：……；完成时限：……；已完成）), in words of our own:
        // the bare 已完成 in the field group says nothing of what was done; a rule the unit only promises to keep is no document
        // of its own; the counter-case tells acts done.
        var result = fixture.Analyze("""
            总行党委第一巡察组关于对菱溪支行党支部巡察情况的反馈意见
            一、员工行为管理失之于宽。员工异常行为排查未按季度开展，排查台账自2022年起再未更新。
            二、违规吃喝问题仍有发生。2023年以“客户营销”名义安排吃喝5次，费用合计1.2万元。
            """, $"""
            菱溪支行党支部关于巡察整改情况的报告
            一、关于员工行为管理的问题
            {answer}
            （责任人：副行长柳青岚；完成时限：2024年12月31日；已完成）
            二、关于违规吃喝的问题
            对组织吃喝的支行副行长给予党内警告处分，费用1.2万元由参与人员个人承担，已全部退回。
            （责任人：行长；完成时限：2024年9月30日；已完成）
            菱溪支行党支部
            2024年12月31日
            """);
        var flagged = result.Gaps.Where(g => g.IssueId == "I1" && g.Kind is GapKinds.CopiedMeasure or GapKinds.VagueMeasure).Select(g => g.Kind).ToList();
        Assert.Equal(kind is null ? [] : [kind], flagged);
    }
    [Theory]
    [InlineData(7, true)]
    [InlineData(6, false)]
    public void People_said_to_be_held_to_account_in_all_must_be_the_people_the_items_name(int total, bool flagged)
    {
        // dev40 p08's form (整改中共问责处理7人 in the opening, and the items: 对3名教职工批评教育，对资助中心主任诫勉谈话 /
        // 给予2人警告处分 — six people), in words of our own.
        var result = fixture.Analyze("""
            县委第二巡察组关于巡察县第二中学党总支的反馈意见
            一、学生资助工作不规范，向9名不符合条件的学生发放国家助学金1.8万元，其中3名是本校教职工子女。
            二、教师有偿补课问题禁而未绝，有教师在校外培训机构兼职授课并收取报酬。
            """, $"""
            县第二中学党总支关于巡察整改情况的报告
            县委巡察工作领导小组：
            反馈意见收到后，党总支逐项制定整改措施。整改中共问责处理{total}人，追回助学金1.8万元。现将有关情况报告如下。
            一、关于学生资助工作不规范的问题
            追回不符合条件学生领取的助学金1.8万元；对3名子女违规获助的教职工进行批评教育，对学生资助中心主任进行诫勉谈话；修订《学生资助评审办法》，班级评议结果一律公示5天。（责任人：副校长；已完成）
            二、关于有偿补课的问题
            开展有偿补课专项排查，有2名教师在校外培训机构兼职授课，学校给予2人警告处分，扣发当年绩效奖励。（责任人：校长；已完成）
            县第二中学党总支
            2024年12月20日
            """);
        Assert.Equal(flagged, Of(result, GapKinds.InconsistentClaim).Any(g => g.Message.Contains("受到处理", StringComparison.Ordinal)));
    }
    [Theory]
    [InlineData("已补开党支部会议逐项复议，补录了会议纪要。我在会上强调，今后凡是重大事项，都要先上支部会研究。", true)]
    [InlineData("已补开党支部会议逐项复议，补录了会议纪要。制定《党支部前置研究重大事项清单》，今后凡是重大事项一律先经支部会研究。", false)]
    public void An_exhortation_someone_is_reported_to_have_made_is_no_rule(string answer, bool flagged)
    {
        // dev40 p07's form (a secretary's report: 我在会上强调，今后凡是……都要…… — spoken, not written), in words of our own.
        var result = fixture.Analyze("""
            县委第五巡察组关于巡察县城投公司党支部的反馈意见
            一、“三重一大”决策制度不健全，2023年3项对外投资事项未经党支部前置研究即由总经理办公会决定。
            二、安全生产责任落实不到位，2023年未组织应急演练。
            """, $"""
            县城投公司党支部关于巡察整改情况的报告
            一、关于“三重一大”决策制度不健全的问题。{answer}（责任领导：党支部书记；已完成）
            二、关于安全生产的问题。7月组织了应急演练，全体员工参加。（责任领导：副总经理；已完成）
            县城投公司党支部
            2024年7月15日
            """);
        Assert.Equal(flagged ? ["I1"] : [], Of(result, GapKinds.NoMechanism).Select(g => g.IssueId));
    }

    [Theory]
    [InlineData("收到反馈意见后，局党组召开会议进行研究，将反馈问题按职责分解到各科室，由各科室制定措施、抓好整改，办公室负责收集汇总整改进展。", true)]
    [InlineData("收到反馈意见后，局党组成立了整改工作领导小组，党组书记任组长，办公室负责收集汇总整改进展。", false)]
    public void The_addressee_a_report_is_sent_to_is_no_leading_group_of_its_own(string opening, bool weak)
    {
        // dev44 p09's form (县委巡察工作领导小组： over a body that hands the problems to the offices), in words of our own.
        var result = fixture.Analyze(WaterCentreFeedback, $"""
            中共市水利工程服务中心党委
            关于巡察反馈意见整改情况的报告

            市委巡察工作领导小组：

            {opening}现将整改情况报告如下。
            一、关于工程变更审批不严的问题
            对6项变更逐项复核，核减工程款3.2万元；制定《工程变更管理办法》，变更一律经集体研究后实施。已完成。
            二、关于临时用工工资发放不规范的问题
            清退“空挂”人员3人，追回工资4.6万元；劳资员受到党内警告处分；工资表一律由劳资员编制、财务科复核后发放。已完成。
            三、关于公务用车使用登记不全的问题
            补登37车次用车记录；实行派车单制度，用车一律凭单出车。已完成。
            市水利工程服务中心党委
            2025年6月30日
            """);
        Assert.Equal(weak, Of(result, GapKinds.WeakLeadership).Any());
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("整改情况已在中心公示栏公示，接受干部职工监督。", false)]
    public void A_notice_that_is_one_problems_measure_makes_nothing_of_the_rectification_public_in_a_report_of_lists(string closing, bool flagged)
    {
        // dev9 m03's form (问题清单 / 任务清单 with 问题N对应任务：（1）……, one task posting that problem's own figures), in words of
        // our own.
        var result = fixture.Analyze(WaterCentreFeedback, $"""
            市水利工程服务中心党委关于巡察整改落实情况的报告
            市委巡察工作领导小组：
            巡察反馈后，中心党委成立整改工作领导小组，党委书记任组长，作为第一责任人直接部署、直接督办。现将“三张清单”落实情况报告如下。
            一、问题清单
            问题1：工程变更审批不严。
            问题2：临时用工工资发放不规范。
            问题3：公务用车使用登记不全。
            二、任务清单
            问题1对应任务：
            （1）对6项变更逐项复核，核减工程款3.2万元；制定《工程变更管理办法》，变更一律经集体研究后实施。
            问题2对应任务：
            （1）清退“空挂”人员3人，追回工资4.6万元；劳资员受到党内警告处分；工资表一律由财务科复核后发放。
            问题3对应任务：
            （1）补登37车次用车记录；实行派车单制度，每月用车明细在中心公示栏公布。
            {closing}
            市水利工程服务中心党委
            2025年6月30日
            """);
        Assert.Equal(flagged, Of(result, GapKinds.NoDisclosure).Any());
    }

    [Theory]
    [InlineData("②对负责收费的教务员进行诫勉谈话，对分管副校长进行批评教育。", false)]
    [InlineData("②组织全体教职工观看警示教育片，逐人签订廉洁从教承诺书。", true)]
    public void Accountability_as_the_next_item_of_an_area_goes_with_the_item_before(string next, bool flagged)
    {
        // dev29 p04's form (a report by areas, each area's items ①②③ answering its problems by their words; the item that deals
        // with the people comes right after the one that returns the money and shares none of the problem's words), in words of
        // our own. The counter-case's second item holds nobody to account.
        var result = fixture.Analyze("""
            县委第四巡察组关于巡察县第二中学党委的反馈意见
            一、巡察发现的主要问题
            （一）作风建设方面
            1.违规收费。初三年级以“复习资料费”名义向每名学生收取150元，涉及学生820人，合计12.3万元。
            2.公务用车管理不规范。公务用车使用登记不全，2024年有14次出车没有审批单。
            """, $"""
            县第二中学党委关于巡察整改情况的报告
            一、作风建设方面
            ①立即停止收取复习资料费，已收取的150元复习资料费全部退还至820名学生家长账户。
            {next}
            ③公务用车实行“一车一单”审批，出车前在系统中登记，2024年缺审批单的14次出车已逐次补记说明。
            （责任领导：校长；牵头部门：办公室；完成时限：2025年4月30日）
            县第二中学党委
            2025年5月10日
            """);
        Assert.Equal(flagged ? ["I1"] : [], Of(result, GapKinds.NoAccountability).Select(g => g.IssueId));
    }

    [Theory]
    [InlineData("停车费一律改为扫码缴费，不再收取现金，每月由财务室与银行流水核对一次。", true)]
    [InlineData("制定《停车收费票据管理办法》，停车费一律改为扫码缴费，每月由财务室与银行流水核对一次。", false)]
    [InlineData("停车费一律改为扫码缴费，不再收取现金。下一步，中心将研究制定停车收费管理办法，进一步规范收费行为。", true)]
    [InlineData("停车费一律改为扫码缴费，不再收取现金。中心已制定《停车收费管理办法》，4月1日起施行。", false)]
    public void A_feedback_that_says_no_rule_was_ever_made_is_answered_by_a_rule_written_not_by_a_practice_changed(string measure, bool flagged)
    {
        // dev55 p08's form (the feedback says 至今没有制定收费管理办法; the answer changes how money is taken and checks it monthly,
        // but writes no rule), in words of our own; the counter-case writes one. dev70 p05's and p09's: a rule only promised
        // (下一步……将研究制定……办法) is not written yet.
        var result = fixture.Analyze("""
            县委第五巡察组关于巡察县城市管理服务中心党支部的反馈意见
            一、收费管理不规范。停车泊位费长期以现金收取、不开票据，中心至今没有制定停车收费管理办法。
            二、党员教育管理不严格。2024年有3名党员连续6个月未参加组织生活。
            """, $"""
            县城市管理服务中心党支部关于巡察整改情况的报告
            一、关于收费管理不规范的问题。{measure}（责任人：主任；已完成）
            二、关于党员教育管理不严格的问题。对3名党员逐一谈话提醒，修订《党支部组织生活考勤办法》，缺勤情况每季度通报。（责任人：支部书记；已完成）
            县城市管理服务中心党支部
            2025年3月20日
            """);
        Assert.Equal(flagged ? ["I1"] : [], Of(result, GapKinds.NoMechanism).Select(g => g.IssueId));
    }

    [Theory]
    [InlineData("讲课费发放没有标准，每次300元至1000元不等，由经办人自行决定。", "对2024年以来的讲课费逐笔复核，超出市里标准的部分已由本人退回。下一步将研究制定讲课费发放办法。", true)]
    [InlineData("讲课费发放没有标准，每次300元至1000元不等，由经办人自行决定。", "对2024年以来的讲课费逐笔复核，超出市里标准的部分已由本人退回；制定《讲课费发放管理办法》，按职称分档，经主任办公会审定后发放。", false)]
    [InlineData("志愿者积分兑换没有细则，兑换多少全凭站长一句话。", "对2024年的积分兑换记录逐条复核，重新公示。下一步将研究制定积分兑换细则。", true)]
    [InlineData("值班补助办法多年没有修订，仍按2016年的标准发放。", "按现行标准补发2024年的值班补助差额。下一步将适时修订值班补助办法。", true)]
    [InlineData("值班补助办法多年没有修订，仍按2016年的标准发放。", "修订《值班补助发放办法》，按现行标准发放，补发2024年的差额。", false)]
    public void A_feedback_that_says_a_matter_has_no_standard_or_only_an_old_rule_wants_one_written(string problem, string measure, bool flagged)
    {
        // dev120 p04's, p07's and p10's forms (the feedback says a matter has no standard or no detailed rule at all — 发放没有标准,
        // 考核没有细则 — or that its rule has not been revised for years; the answer puts the past right and only promises the rule),
        // in words of our own; the counter-cases write it. The other problem's answer writes no rule either: the first stands out
        // by what its feedback says, not by its neighbours.
        var result = fixture.Analyze($"""
            县委第二巡察组关于巡察县社区服务中心党支部的反馈意见
            一、{problem}
            二、党员教育管理不严格。2024年有3名党员连续6个月未参加组织生活。
            """, $"""
            县社区服务中心党支部关于巡察整改情况的报告
            一、关于第一个问题。{measure}（责任人：主任；已完成）
            二、关于党员教育管理不严格的问题。对3名党员逐一谈话提醒，3人已补学补课。（责任人：支部书记；已完成）
            县社区服务中心党支部
            2025年3月20日
            """);
        Assert.Equal(flagged ? ["I1"] : [], Of(result, GapKinds.NoMechanism).Select(g => g.IssueId));
    }

    [Theory]
    [InlineData("将挪作他用的12万元由单位公用经费归垫至专项资金账户，购置的设备登记入账。", true)]
    [InlineData("将挪作他用的12万元由单位公用经费归垫至专项资金账户；修订《专项资金使用管理办法》，支出一律对照预算审核。", false)]
    public void Money_put_back_into_its_fund_is_a_one_off_fix_where_the_others_make_rules(string measure, bool flagged)
    {
        // dev110 p04's form, in words of our own: a subsidy spent on something else is answered by 归垫 (putting the sum back
        // from other funds), a one-off fix as 追回 is, while the report's other money problems each get a rule.
        var result = fixture.Analyze("""
            县委第三巡察组关于巡察县科技创新服务中心党支部的反馈意见
            一、专项资金使用不规范，2024年平台建设专项资金中有12万元用于购置与项目无关的办公设备。
            二、公务接待管理不严，2024年有6批次接待没有公函。
            三、合同管理不规范，3份技术服务合同未经法律审核即签订。
            """, $"""
            县科技创新服务中心党支部关于巡察整改情况的报告
            一、关于专项资金使用不规范的问题。{measure}（责任人：副主任；完成时限：2025年4月30日）
            二、关于公务接待管理不严的问题。补齐6批次接待公函；修订《公务接待管理办法》，无公函一律不予接待。（责任人：办公室主任；已完成）
            三、关于合同管理不规范的问题。3份合同补充法律审核；制定《合同管理办法》，合同签订前一律经法律顾问审核。（责任人：副主任；已完成）
            县科技创新服务中心党支部
            2025年5月10日
            """);
        Assert.Equal(flagged ? ["I1"] : [], Of(result, GapKinds.NoMechanism).Select(g => g.IssueId));
    }

    [Theory]
    [InlineData("对2个储备库物资全面清点，重新建立物资台账，9台故障风力灭火机送厂家维修。", true)]
    [InlineData("对2个储备库物资全面清点，重新建立物资台账；制定《应急物资出入库管理办法》，出入库实行双人签字。", false)]
    public void A_feedback_that_says_the_unit_has_no_rule_for_a_matter_is_answered_by_a_rule_written(string measure, bool flagged)
    {
        // dev106 p07's form, in words of our own: the feedback says plainly 中心没有物资出入库管理制度 (no 至今, no 制定); a
        // ledger rebuilt and machines mended put the stock right but write no rule of it.
        var result = fixture.Analyze("""
            县委第二巡察组关于巡察县应急物资保障中心党支部的反馈意见
            一、应急物资储备管理混乱。中心没有物资出入库管理制度，2个储备库物资账实不符，9台风力灭火机无法启动。
            二、党员教育管理不严格。2024年有3名党员连续6个月未参加组织生活。
            """, $"""
            县应急物资保障中心党支部关于巡察整改情况的报告
            一、关于应急物资储备管理混乱的问题。{measure}（责任人：副主任；完成时限：2025年3月31日）
            二、关于党员教育管理不严格的问题。对3名党员逐一谈话提醒，修订《党支部组织生活考勤办法》，缺勤情况每季度通报。（责任人：支部书记；已完成）
            县应急物资保障中心党支部
            2025年4月10日
            """);
        Assert.Equal(flagged ? ["I1"] : [], Of(result, GapKinds.NoMechanism).Select(g => g.IssueId));
    }

    [Theory]
    [InlineData("二是无害化处理车辆的燃油采购全部由中心主任的表弟经营的加油站供应，2024年结算9.6万元，没有比选。", "已终止与该加油站的供油协议，燃油改为公开比选确定供应商。", true)]
    [InlineData("二是无害化处理车辆的燃油采购全部由中心主任的表弟经营的加油站供应，2024年结算9.6万元，没有比选。", "已终止与该加油站的供油协议，燃油改为公开比选确定供应商；对中心主任给予诫勉谈话。", false)]
    [InlineData("二是以工作推进会名义聚餐，2024年在会议费中列支聚餐费用1.8万元。", "1.8万元聚餐费用已由参加人员全部退赔。", true)]
    [InlineData("二是对同一批运输车辆收取两次检测费，已在站内缴费的车辆在出证时又收取一次，金额2.6万元。", "重复收取的2.6万元已全部清退。", true)]
    [InlineData("二是罚没物资的转运业务由站长之子所在的运输公司承接，结算金额12.4万元，事前没有比选。", "已终止与该运输公司的合作，多结算的运费1.1万元已追回。", true)]
    [InlineData("二是罚没物品暂存库台账与实物不符，抽查时短少香烟4条、手机2部，至今未查明原因。", "已对暂存库全面盘点，短少物品经研究按账面价值作核销处理。", true)]
    [InlineData("二是对同一批运输车辆收取两次检测费，已在站内缴费的车辆在出证时又收取一次，金额2.6万元。", "重复收取的2.6万元已全部清退，对2名相关人员作出处理。", false)]
    [InlineData("二是对同一批运输车辆收取两次检测费，已在站内缴费的车辆在出证时又收取一次，金额2.6万元。", "重复收取的2.6万元已全部清退，下一步中心将对相关人员进行处理。", true)]
    public void Misconduct_told_by_what_was_done_wants_someone_held_to_account(string problem, string measure, bool flagged)
    {
        // dev108's forms, in words of our own: misconduct told by the act, with no 违规/违反 — a leader's relative supplying the
        // unit, a meal paid as a meeting, a fee taken twice, confiscated goods gone missing (dev110 p01); the money put right or
        // written off, nobody dealt with. The counter-case holds him.
        var result = fixture.Analyze($"""
            县委第一巡察组关于巡察县病死畜禽无害化处理中心党支部的反馈意见
            巡察发现的主要问题：一是收集转运不及时，2024年有11次收集超过规定时限。{problem}
            """, $"""
            县病死畜禽无害化处理中心党支部关于巡察整改情况的报告
            一、关于收集转运不及时的问题。增加1台收集车辆，实行接报后24小时内收集。（责任人：副主任；已完成）
            二、关于第二个问题。{measure}（责任人：主任；已完成）
            县病死畜禽无害化处理中心党支部
            2025年4月10日
            """);
        Assert.Equal(flagged ? ["I2"] : [], Of(result, GapKinds.NoAccountability).Select(g => g.IssueId));
    }

    [Theory]
    [InlineData("对12个项目逐一回访，督促2个项目补充组织验收，今年以来已抽查5个项目。", true)]
    [InlineData("对12个项目逐一回访，督促2个项目补充组织验收；制定《履约验收抽查办法》，每季度按不少于两成的比例抽查。", false)]
    public void A_problem_that_came_back_after_the_last_rounds_rectification_wants_a_lasting_rule(string measure, bool flagged)
    {
        // dev70 p09's form, in words of our own: a problem the last round raised came back (整改后又出现反弹); an answer of
        // one-off checks leaves it to come back again, while one that sets a rule does not.
        var result = fixture.Analyze("""
            县委第三巡察组关于巡察县政府采购中心党支部的反馈意见
            一、合同履约验收监督不力。2023年以来有12个项目的验收报告由采购人单方出具，中心没有开展抽查，这一问题在上一轮巡察中已经指出，整改后又出现反弹。
            二、党员教育管理不严格。2024年有3名党员连续6个月未参加组织生活。
            """, $"""
            县政府采购中心党支部关于巡察整改情况的报告
            一、关于合同履约验收监督不力的问题。{measure}（责任人：副主任；完成时限：2025年6月30日）
            二、关于党员教育管理不严格的问题。对3名党员逐一谈话提醒，每月通报组织生活出勤情况。（责任人：支部书记；已完成）
            县政府采购中心党支部
            2025年7月20日
            """);
        Assert.Equal(flagged ? ["I1"] : [], Of(result, GapKinds.NoMechanism).Select(g => g.IssueId));
    }

    [Theory]
    [InlineData("措施3：进一步提高政治站位，切实增强做好意识形态工作的责任感和紧迫感，确保阵地安全可控。已完成。", true)]
    [InlineData("措施3：对学院网站和2个公众号2024年以来发布的信息逐条复查，删除错误表述2处，建立信息发布“三审三校”登记簿。已完成。", false)]
    public void A_measures_label_and_its_bare_status_make_no_slogan_concrete(string measure, bool flagged)
    {
        // dev15 p02's and dev53 p09's forms, in words of our own: a measure numbered 措施3： and closed by 已完成。 is made of
        // slogans all the same; the counter-case says what was checked and set up.
        var result = fixture.Analyze("""
            县委第一巡察组关于巡察县职业技术学院党委的反馈意见
            一、意识形态工作责任制落实不到位，学院网站和公众号发布信息审核把关不严，2024年有2篇文章出现错误表述。
            二、财务管理不规范，2024年有11笔差旅费报销单据不全，合计2.3万元。
            """, $"""
            县职业技术学院党委关于巡察整改情况的报告
            一、关于意识形态工作责任制落实不到位的问题
            {measure}（责任人：党委宣传部部长；完成时限：2025年5月31日）
            二、关于财务管理不规范的问题
            措施4：对11笔差旅费报销逐笔补齐单据，补不齐的0.4万元已由报销人退回；修订《差旅费报销管理办法》。（责任人：财务处处长；已完成）
            县职业技术学院党委
            2025年6月10日
            """);
        Assert.Equal(flagged ? ["I1"] : [], Of(result, GapKinds.VagueMeasure).Select(g => g.IssueId));
    }

    [Theory]
    [InlineData("已与原承租人解除合同，5间门面于4月重新出租，新租金较原租金提高32%。", true)]
    [InlineData("已与原承租人解除合同，5间门面于4月重新出租；制定《场馆门面出租管理办法》，出租一律公开招租。", false)]
    public void A_problem_whose_topic_the_requirements_ask_rules_for_wants_a_rule(string answer, bool flagged)
    {
        // dev48 p03's and dev16 p09's forms, in words of our own: the requirements ask for rules on the letting of the venue's
        // shopfronts by name; the answer lets them once, publicly, and writes no rule. The counter-case writes one.
        var result = fixture.Analyze("""
            县委第三巡察组关于巡察县体育中心党支部的反馈意见
            一、巡察发现的主要问题
            1.门面出租不规范。场馆临街5间门面租期届满后没有公开招租，仍按原价续租给原承租人。
            2.党员教育管理不严格。2024年有2名党员连续4个月未参加组织生活。
            二、整改要求
            中心党支部要注重建章立制，在门面出租、物资采购等方面形成长效机制。整改情况在三个月内报县委巡察工作领导小组。
            """, $"""
            县体育中心党支部关于巡察整改情况的报告
            一、关于门面出租不规范的问题
            {answer}（责任人：中心主任；已完成）
            二、关于党员教育管理不严格的问题
            对2名党员谈话提醒，修订《党支部组织生活考勤办法》。（责任人：支部书记；已完成）
            县体育中心党支部
            2025年3月28日
            """);
        Assert.Equal(flagged ? ["I1"] : [], Of(result, GapKinds.NoMechanism).Select(g => g.IssueId));
    }

    [Fact]
    public void Only_the_part_of_a_requirement_that_asks_for_rules_names_their_topics()
    {
        // The sample opinion's form, in words of our own: one sentence of requirements, ；-clauses each asking for something
        // else; only 健全公务接待和公务用车管理制度 asks for rules, so the 一岗双责 problem answered by talks wants none.
        var result = fixture.Analyze("""
            县委第一巡察组关于巡察县医疗保障局党组的反馈意见
            存在的主要问题：班子成员落实“一岗双责”不够，对分管科室的廉政风险提醒不多；公务接待管理不规范，2024年有6批次接待没有公函。
            针对上述问题，巡察组提出以下意见：一是压实管党治党责任，班子成员要落实“一岗双责”，定期研究党风廉政建设工作；二是严格执行中央八项规定精神，健全公务接待和公务用车管理制度。
            """, """
            县医疗保障局党组关于巡察整改情况的报告
            一、关于落实“一岗双责”不够的问题。班子成员逐一与分管科室负责人开展廉政谈话共14人次。（责任人：党组书记；已完成）
            二、关于公务接待管理不规范的问题。修订《公务接待管理办法》，接待一律凭公函。（责任人：办公室主任；已完成）
            县医疗保障局党组
            2025年4月2日
            """);
        Assert.DoesNotContain(result.Gaps, g => g.Kind == GapKinds.NoMechanism);
    }

    // A feedback of four problems for the per-item fields tests below, in words of our own.
    private const string FieldsFeedback = """
        县委第五巡察组关于巡察县图书馆党支部的反馈意见
        一、巡察发现的主要问题
        1.公共文化服务下沉不够，2024年乡镇分馆图书流转只完成计划的46%。
        2.古籍保护措施不到位，古籍书库温湿度监测设备损坏半年未修。
        3.政府采购不规范，2024年购置的数字阅读设备28万元未进行公开招标。
        4.党支部“三会一课”不规范，2024年有3次支委会记录系事后补写。
        """;

    [Fact]
    public void A_closing_table_that_names_items_by_number_gives_them_owners_and_time_limits_and_the_item_it_skips_stands_out()
    {
        // dev61 p03's form, in words of our own: the items name no owner; a closing 责任分工 table names them by number and skips
        // the third.
        var result = fixture.Analyze(FieldsFeedback, """
            县图书馆党支部关于巡察整改情况的报告
            县委巡察工作领导小组办公室：
            县委第五巡察组反馈意见后，馆党支部召开支委会专题研究，逐项制定整改措施。现将整改情况报告如下。
            （一）关于公共文化服务下沉不够的问题
            调整乡镇分馆图书流转计划，每季度轮换一次，已流转图书1.2万册；为6个乡镇分馆配备流动书车，正在推进。
            （二）关于古籍保护措施不到位的问题
            更换古籍书库温湿度监测设备，实行每日两次巡查记录，正在推进。
            （三）关于政府采购不规范的问题
            对数字阅读设备采购情况进行复核，相关材料报县财政局备案，正在推进。
            （四）关于“三会一课”不规范的问题
            支委会会议记录当场记录、当场签字，支部书记每月审核一次，正在推进。
            各项问题的责任领导和完成时限见下表。
            对应问题 | 责任领导 | 责任部门 | 完成时限
            第1项 | 副馆长温若 | 流通部 | 2025年9月30日
            第2项 | 副馆长温若 | 古籍部 | 2025年8月31日
            第4项 | 支部书记陶然 | 办公室 | 2025年7月31日
            县图书馆党支部
            2025年6月20日
            """);
        var lending = Assert.Single(result.Measures, m => m.Text.Contains("流动书车", StringComparison.Ordinal));
        Assert.Contains("温若", lending.Owner, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Measures, m => m.Text.StartsWith("第1项", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Gaps, g => g.Kind is GapKinds.NoOwner or GapKinds.NoDeadline && g.IssueId is "I1" or "I2" or "I4");
        Assert.Contains(result.Gaps, g => g.Kind == GapKinds.NoOwner && g.IssueId == "I3");
    }

    [Fact]
    public void A_line_giving_the_owner_of_the_items_before_it_or_of_its_part_gives_it_to_each_of_them()
    {
        // dev61 p01's form, in words of our own: 以上两个问题的整改，由……牵头 after two items; 本部分问题由……负总责 before two more.
        var result = fixture.Analyze(FieldsFeedback, """
            县图书馆党支部关于巡察整改情况的报告
            县委巡察工作领导小组办公室：
            县委第五巡察组反馈意见后，馆党支部召开支委会专题研究，逐项制定整改措施。现将整改情况报告如下。
            一、业务工作方面
            1.公共文化服务下沉不够的问题。调整乡镇分馆图书流转计划，每季度轮换一次，为6个乡镇分馆配备流动书车，正在推进。
            2.古籍保护措施不到位的问题。更换古籍书库温湿度监测设备，实行每日两次巡查记录，正在推进。
            以上两个问题的整改，由副馆长温若牵头，流通部、古籍部具体负责，于2025年9月30日前完成。
            二、党风廉政和党的建设方面
            本部分问题由支部书记陶然负总责，办公室具体承担，整改时限为2025年7月31日前。
            3.政府采购不规范的问题。对数字阅读设备采购情况进行复核，相关材料报县财政局备案，正在推进。
            4.“三会一课”不规范的问题。支委会会议记录当场记录、当场签字，支部书记每月审核一次，正在推进。
            县图书馆党支部
            2025年6月20日
            """);
        Assert.Contains("温若", Assert.Single(result.Measures, m => m.Text.Contains("流动书车", StringComparison.Ordinal)).Owner, StringComparison.Ordinal);
        Assert.Contains("陶然", Assert.Single(result.Measures, m => m.Text.Contains("数字阅读设备", StringComparison.Ordinal)).Owner, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Gaps, g => g.Kind is GapKinds.NoOwner or GapKinds.NoDeadline);
    }

    [Fact]
    public void An_items_heading_closed_by_its_fields_in_brackets_gives_its_measures_owner_and_time_limit()
    {
        // dev61 p02's form, in words of our own; the third heading's bracket gives no time limit and stands out.
        var result = fixture.Analyze(FieldsFeedback, """
            县图书馆党支部关于巡察整改情况的报告
            县委巡察工作领导小组办公室：
            县委第五巡察组反馈意见后，馆党支部召开支委会专题研究，逐项制定整改措施。现将整改情况报告如下。
            一、关于公共文化服务下沉不够的问题（牵头领导：副馆长温若；责任部门：流通部；时限：2025年9月30日前）
            调整乡镇分馆图书流转计划，每季度轮换一次，为6个乡镇分馆配备流动书车。整改进展：正在推进。
            二、关于古籍保护措施不到位的问题（牵头领导：副馆长温若；责任部门：古籍部；时限：2025年8月31日前）
            更换古籍书库温湿度监测设备，实行每日两次巡查记录。整改进展：正在推进。
            三、关于政府采购不规范的问题（牵头领导：馆长柯远；责任部门：办公室）
            对数字阅读设备采购情况进行复核，相关材料报县财政局备案。整改进展：正在推进。
            四、关于“三会一课”不规范的问题（牵头领导：支部书记陶然；责任部门：办公室；时限：长期坚持）
            支委会会议记录当场记录、当场签字，支部书记每月审核一次。整改进展：持续推进。
            县图书馆党支部
            2025年6月20日
            """);
        Assert.Contains("温若", Assert.Single(result.Measures, m => m.Text.Contains("流动书车", StringComparison.Ordinal)).Owner, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Gaps, g => g.Kind == GapKinds.NoOwner);
        Assert.Equal(["I3"], result.Gaps.Where(g => g.Kind == GapKinds.NoDeadline).Select(g => g.IssueId));
    }

    [Fact]
    public void Time_limits_given_as_a_term_a_season_or_after_为_are_time_limits()
    {
        // dev61 p05 and p06's wording, in words of our own: 完成时间：本学期末 / 计划在明年汛期前全部建成 / 完成时限为…… are each the
        // item's time limit; an item still under way with none of them stands out.
        var result = fixture.Analyze(FieldsFeedback, """
            县图书馆党支部关于巡察整改情况的报告
            县委巡察工作领导小组办公室：
            县委第五巡察组反馈意见后，馆党支部召开支委会专题研究，逐项制定整改措施。现将整改情况报告如下。
            一、关于公共文化服务下沉不够的问题
            调整乡镇分馆图书流转计划，每季度轮换一次，为6个乡镇分馆配备流动书车，正在推进。
            责任人：副馆长温若。完成时间：本学期末。
            二、关于古籍保护措施不到位的问题
            古籍书库改造由副馆长温若负责，已完成设计招标，计划在明年汛期前全部建成并投入使用。
            三、关于政府采购不规范的问题
            由馆长柯远负责，办公室具体落实，完成时限为2025年9月30日。对数字阅读设备采购情况进行复核，正在推进。
            四、关于“三会一课”不规范的问题
            由支部书记陶然负责。支委会会议记录当场记录、当场签字，支部书记每月审核一次，正在推进。
            县图书馆党支部
            2025年6月20日
            """);
        Assert.Equal(["I4"], result.Gaps.Where(g => g.Kind == GapKinds.NoDeadline).Select(g => g.IssueId));
    }

    [Fact]
    public void A_report_told_as_a_story_with_no_owner_or_time_limit_anywhere_is_not_flagged_item_by_item_unless_an_item_leaves_its_time_open()
    {
        // dev52 p01's form (a report by the unit's own themes telling what was done, with figures, naming no owner or time
        // limit for any item), in words of our own: that is its form, not a gap of each item; an item that says its own
        // time is open (力争尽快) is flagged, and one still under way is (the public-notice test above).
        var result = fixture.Analyze(FieldsFeedback, """
            县图书馆党支部关于巡察整改情况的报告
            县委巡察工作领导小组办公室：
            县委第五巡察组反馈意见后，馆党支部召开支委会专题研究，逐项制定整改措施。现将整改情况报告如下。
            一、关于公共文化服务下沉不够的问题
            调整乡镇分馆图书流转计划，每季度轮换一次，今年以来流转图书1.2万册，为6个乡镇分馆配备流动书车。
            二、关于古籍保护措施不到位的问题
            更换古籍书库温湿度监测设备2台，实行每日两次巡查记录，已记录126次。
            三、关于政府采购不规范的问题
            对数字阅读设备采购的28万元逐笔复核，补办采购手续；其余合同变更事项力争尽快办结。
            四、关于“三会一课”不规范的问题
            补齐3次支委会会议记录要件，支部书记每月审核一次会议记录。
            县图书馆党支部
            2025年6月20日
            """);
        Assert.DoesNotContain(result.Gaps, g => g.Kind == GapKinds.NoOwner);
        Assert.Equal(["I3"], result.Gaps.Where(g => g.Kind == GapKinds.NoDeadline).Select(g => g.IssueId));
    }

    [Fact]
    public void Clauses_that_give_owners_and_time_limits_to_items_by_number_give_them_to_those_items()
    {
        // dev61 p10's form (a principal's first-person report: who leads which items by number, which items are done by
        // when), in words of our own.
        var result = fixture.Analyze(FieldsFeedback, """
            县图书馆馆长关于组织落实巡察整改情况的报告
            县委巡察工作领导小组办公室：
            县委第五巡察组反馈意见后，我作为整改第一责任人，现将组织落实整改的情况报告如下。
            一、怎样组织整改
            我们按“班子成员牵头、部门主办”的办法分工：我牵头第3项和第4项；副馆长温若牵头第1项、第2项。第1、2项列为集中整改，要求2025年9月30日前完成；第3、4项要求2025年7月31日前完成。
            二、各项问题的整改情况
            1．公共文化服务方面。调整乡镇分馆图书流转计划，每季度轮换一次，为6个乡镇分馆配备流动书车，正在推进。
            2．古籍保护方面。更换古籍书库温湿度监测设备，实行每日两次巡查记录，正在推进。
            3．政府采购方面。对数字阅读设备采购情况进行复核，相关材料报县财政局备案，正在推进。
            4．组织生活方面。支委会会议记录当场记录、当场签字，支部书记每月审核一次，正在推进。
            县图书馆馆长　柯远
            2025年6月20日
            """);
        Assert.Contains("温若", Assert.Single(result.Measures, m => m.Text.Contains("流动书车", StringComparison.Ordinal)).Owner, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Gaps, g => g.Kind is GapKinds.NoOwner or GapKinds.NoDeadline);
    }

    [Fact]
    public void A_claim_that_all_is_done_is_checked_against_an_item_still_being_handled_not_against_a_word_describing_something_else()
    {
        // dev63 p06 and dev52 p03's wording, in words of our own: 尚未结算的货款 describes the payments, the item is done; 目前尚在
        // 办理中 is an item still under way, which the claim that all are done does not square with.
        var result = fixture.Analyze(FieldsFeedback, """
            县图书馆党支部关于巡察整改情况的报告
            县委巡察工作领导小组办公室：
            截至2025年6月15日，反馈的4个问题已全部完成整改。现将整改情况报告如下。
            一、关于公共文化服务下沉不够的问题
            调整乡镇分馆图书流转计划，每季度轮换一次，已流转图书1.2万册。（责任人：副馆长温若；完成时限：2025年5月31日）
            二、关于古籍保护措施不到位的问题
            温湿度监测设备的更换已报县财政局审批，目前尚在办理中。（责任人：副馆长温若；完成时限：2025年8月31日）
            三、关于政府采购不规范的问题
            高出市场价的0.8万元已从供应商尚未结算的货款中扣减；制定《政府采购内部控制办法》。（责任人：馆长柯远；完成时限：2025年4月30日）
            四、关于“三会一课”不规范的问题
            已补齐3次支委会会议记录要件，支部书记每月审核一次会议记录。（责任人：支部书记陶然；完成时限：2025年4月30日）
            县图书馆党支部
            2025年6月20日
            """);
        var claim = Assert.Single(result.Gaps, g => g.Kind == GapKinds.InconsistentClaim);
        Assert.Contains("温湿度", claim.Message, StringComparison.Ordinal);
        Assert.Equal(MeasureStatus.Done, Assert.Single(result.Measures, m => m.Text.Contains("扣减", StringComparison.Ordinal)).Status);
    }

    [Fact]
    public void An_answer_that_gives_back_the_feedbacks_own_document_title_as_a_promise_is_a_copy()
    {
        // dev63 p07's form, in words of our own: the answer keeps the feedback's 《……》 and its 部分……; a title the feedback named
        // is no document of the unit's own.
        var result = fixture.Analyze("""
            县委第三巡察组关于巡察县学生资助管理中心党支部的反馈意见
            一、巡察发现的主要问题
            1.资助政策宣传不到位，部分学校没有按要求发放《资助政策告家长书》，抽查的4所乡镇学校中有近三成家长不了解资助政策。
            2.资助资金发放不及时，2024年秋季学期有3所学校的助学金延迟2个月发放。
            """, """
            县学生资助管理中心党支部关于巡察整改情况的报告
            县委巡察工作领导小组办公室：
            现将整改情况报告如下。
            一、关于资助政策宣传不到位的问题
            切实加大资助政策宣传力度，确保部分学校按要求发放《资助政策告家长书》，让家长了解资助政策，解决家长不了解资助政策的问题。（责任人：副主任邬某；完成时限：2025年4月30日）
            二、关于资助资金发放不及时的问题
            3所学校延迟发放的助学金已于2025年1月全部发放到位；制定《助学金发放工作规程》，明确每学期开学后30日内发放完毕。（责任人：主任甘某；完成时限：2025年3月31日）
            县学生资助管理中心党支部
            2025年5月20日
            """);
        Assert.Contains(result.Gaps, g => g.Kind == GapKinds.CopiedMeasure && g.IssueId == "I1");
        Assert.DoesNotContain(result.Gaps, g => g.Kind == GapKinds.CopiedMeasure && g.IssueId == "I2");
    }

    [Theory]
    [InlineData("追责问责情况")]
    [InlineData("责任追究情况")]
    public void A_ledgers_accountability_column_answers_for_its_row_and_a_dash_in_it_does_not(string column)
    {
        // dev74 p08's form (a ledger whose last column says who was dealt with, a dash where nobody was), in words of our own.
        // The column is no second status: its cell goes with the row's measures, and 〈—〉 holds nobody to account.
        var result = fixture.Analyze("""
            县委第二巡察组关于巡察县农村公路养护中心党支部的反馈意见
            一、巡察发现的主要问题
            1.违规发放津补贴。2024年以“加班补助”名义向中心全体职工发放补贴共计4.2万元，没有加班记录。
            2.收受礼品礼金。一名副主任2024年春节期间收受养护施工企业购物卡3000元。
            """, $"""
            县农村公路养护中心党支部关于巡察整改情况的报告
            县委巡察工作领导小组办公室：
            现将整改台账报告如下。
            序号｜反馈问题｜整改措施｜责任领导｜完成时限｜完成情况｜{column}
            1｜违规发放津补贴｜4.2万元补贴已由职工全部退回；修订《加班补助发放办法》，补助一律凭考勤记录发放。｜主任房某｜2025年3月31日｜已完成｜经县交通运输局党组研究，给予房某党内警告处分
            2｜收受礼品礼金｜购物卡3000元已上交县纪委监委廉政账户；向施工企业发放廉洁告知书。｜支部书记仇某｜2025年3月31日｜已完成｜—
            县农村公路养护中心党支部
            2025年5月20日
            """);
        Assert.Equal(["I2"], Of(result, GapKinds.NoAccountability).Select(g => g.IssueId));
    }

    [Theory]
    [InlineData("二是场长作出书面承诺，今后凡涉及本人亲属的事项一律回避。", true)]
    [InlineData("二是场长受到诫勉谈话，并作出书面承诺，今后凡涉及本人亲属的事项一律回避。", false)]
    [InlineData("二是场长被免去场长职务。", false)]
    public void Land_let_cheaply_to_a_leaders_relative_wants_someone_dealt_with_and_a_tally_of_sanctions_names_nobody(string second, bool flagged)
    {
        // dev74 p06's form, in words of our own: the benefit goes to a leader's relative (租给……的亲戚), and the report's opening
        // paragraph, which names the matter among others and so is read with it, tallies its sanctions (批评教育1人) without
        // saying whom they were for.
        var result = fixture.Analyze("""
            县委第三巡察组关于巡察县林木种苗场党支部的反馈意见
            一、巡察发现的主要问题
            1.场内林地低价租给场长的亲戚。2022年起场里120亩林地以每亩每年90元租给场长的表弟，周边租金约每亩200元，出租前没有集体研究，三年少收租金约4万元。
            2.苗木销售台账不全。2024年有11笔零星销售没有登记，销售收入与台账对不上。
            """, $"""
            县林木种苗场党支部关于巡察整改情况的报告
            县委巡察办：
            反馈会后，场党支部成立整改领导小组，支部书记任组长，对林地出租和苗木销售两件事逐项过问。截至目前，8项措施已完成7项；收回租金差价1.2万元，制定制度2项，批评教育1人。
            一、关于林地低价出租的问题
            一是与承租人重新签订合同，自2025年起租金调整为每亩每年190元，到期后公开招租。
            {second}
            三是制定《场内土地出租管理办法》，出租一律经场务会研究后公开招租。
            二、关于苗木销售台账不全的问题
            补登11笔销售记录，销售员每日登记，会计每周核对一次。
            县林木种苗场党支部
            2025年6月20日
            """);
        Assert.Equal(flagged ? ["I1"] : [], Of(result, GapKinds.NoAccountability).Select(g => g.IssueId));
    }

    [Fact]
    public void What_a_closing_part_says_comes_next_leaves_a_problem_marked_done_in_the_ledger_done()
    {
        // dev78 p03's form (a ledger as ｜-rows with a 完成情况 column, a count of what is done, and a closing 三、下一步工作 paragraph
        // of 一是……二是……三是……), in words of our own. The next steps (a check on the new rules, lessons applied elsewhere) do
        // not reopen the item whose row says 已完成: one open item, as the count says, and nothing that fails to add up.
        var result = fixture.Analyze("""
            县委第四巡察组关于巡察县档案馆党支部的反馈意见
            一、巡察发现的主要问题
            1.档案开放审核不严。2份涉及个人隐私的档案未经审核即对外提供查阅。
            2.组织生活不规范。2024年有4个月没有召开支部委员会，会议记录事后补写。
            3.档案数字化推进迟缓。2024年计划完成的3万卷档案数字化只完成了9000卷。
            """, """
            县档案馆党支部关于巡察整改情况的报告
            县委巡察工作领导小组办公室：
            一、整改总体情况
            截至2025年6月30日，3个问题中已完成整改2个，正在推进1个。
            二、整改台账
            序号｜反馈问题｜整改措施｜责任领导｜整改时限｜完成情况
            1｜档案开放审核不严｜收回2份档案的查阅复印件；修订《档案开放审核办法》，涉及个人信息的档案一律经两人审核。｜副馆长庞某｜2025年4月30日｜已完成
            2｜组织生活不规范｜补开支部委员会议并如实记录；制定支部年度工作计划，组织委员每月检查会议记录。｜支部书记邬某｜2025年4月30日｜已完成
            3｜档案数字化推进迟缓｜重新招标确定外包单位，已完成1.2万卷，其余正在加工。｜馆长郦某｜2025年12月31日｜正在推进
            三、下一步工作
            一是对尚未完成的档案数字化加工持续跟进，完成后及时销号。二是对整改中新修订的审核办法开展一次执行情况检查，防止制度空转。三是把整改成果运用到正在开展的档案开放审核中，举一反三防止同类问题再次发生。
            县档案馆党支部
            2025年7月2日
            """);
        Assert.Empty(Of(result, GapKinds.InconsistentClaim));
    }

    [Fact]
    public void A_demand_to_establish_the_facts_first_still_asks_accountability_and_a_sanction_on_the_post_the_problem_names_answers_it()
    {
        // dev78 p05's and dev67 p09's forms, in words of our own: the requirement puts steps before its demand (对A、B等问题，要查清
        // 事实、厘清责任，依规依纪依法处理), and the report deals with the reviewer the second problem names under another item.
        var result = fixture.Analyze("""
            县委第二巡察组关于巡察县水利工程建设管理中心党支部的反馈意见
            一、巡察发现的主要问题
            1.小型水库巡查任务违规转包。部分水库的巡查任务整体转包给不具备资格的个人，中心只收取管理费。
            2.财务报销审核把关不严。原始凭证不完整即予报销，财务审核人员只核对金额。
            3.档案管理不规范。工程技术档案缺失。
            二、整改意见
            对巡查任务违规转包、财务报销审核把关不严等问题，要查清事实、厘清责任，依规依纪依法处理。
            """, """
            县水利工程建设管理中心党支部关于巡察整改情况的报告
            县委巡察工作领导小组办公室：
            一、关于小型水库巡查任务违规转包的问题
            终止与个人签订的巡查协议，收回巡查任务由中心职工自行巡查；制定《小型水库巡查管理办法》。责任领导：副主任阎某；完成时限：2025年3月31日；已完成。
            二、关于财务报销审核把关不严的问题
            修订《财务报销审核办法》，报销必须附业务真实性材料。责任领导：主任霍某；完成时限：2025年3月31日；已完成。
            三、关于档案管理不规范的问题
            补齐工程技术档案，会议费核查中对财务审核人员进行批评教育。责任领导：副主任阎某；完成时限：2025年3月31日；已完成。
            县水利工程建设管理中心党支部
            2025年4月20日
            """);
        Assert.Equal(["I1"], Of(result, GapKinds.NoAccountability).Select(g => g.IssueId));
    }

    [Theory]
    [InlineData("整改方案把3个问题细化为9项措施，实行周跟踪、月通报，完成一项、销号一项，整改台账每周更新后报领导小组。", true)]
    [InlineData("整改方案把3个问题细化为9项措施，整改进展每月在中心公示栏公示，接受干部职工监督。", false)]
    public void A_monthly_internal_progress_notice_makes_nothing_of_the_rectification_public(string tracking, bool flagged)
    {
        // dev78 p06's form (实行周跟踪、月通报 in the opening, the only 通报 in a report that never publishes its rectification), in
        // words of our own.
        var result = fixture.Analyze(WaterCentreFeedback, $"""
            市水利工程服务中心党委关于巡察整改落实情况的报告
            市委巡察工作领导小组：
            巡察反馈后，中心党委成立整改工作领导小组，党委书记任组长，作为第一责任人直接部署、直接督办。{tracking}
            一、关于工程变更审批不严的问题
            对6项变更逐项复核，核减工程款3.2万元；制定《工程变更管理办法》，变更一律经集体研究后实施。
            二、关于临时用工工资发放不规范的问题
            清退“空挂”人员3人，追回工资4.6万元；劳资员受到党内警告处分；工资表一律由财务科复核后发放。
            三、关于公务用车使用登记不全的问题
            补登37车次用车记录；实行派车单制度。
            市水利工程服务中心党委
            2025年6月30日
            """);
        Assert.Equal(flagged, Of(result, GapKinds.NoDisclosure).Any());
    }

    [Fact]
    public void Rent_kept_off_the_books_and_spent_on_meals_wants_someone_dealt_with_and_a_promise_signed_with_its_owner_and_date_is_still_a_copy()
    {
        // dev82 p02's form (a station head's first-person report whose items end 此项由……负责，……前完成), in words of our own: money
        // kept out of the unit's account and spent on staff meals is misconduct, answered only by a refund; an answer that gives
        // the feedback back as a promise stays a copy though it names who and by when.
        var result = fixture.Analyze("""
            县委第三巡察组关于巡察某镇综合文化站党支部的反馈意见
            一、巡察发现的主要问题
            1.场地出租管理混乱。将一楼展厅出租给私人开办收费书法班，三年租金3.6万元未进入单位账户，被用于职工聚餐。
            2.演出经费报销不规范。2024年“村晚”演出的劳务费中有1.2万元无领取人签字。
            3.图书借阅登记不全。流动图书点借阅记录缺失。
            二、整改意见
            对违规违纪问题要严肃处理，不能一退了之。
            """, """
            某镇综合文化站党支部关于巡察整改情况的报告
            镇党委：
            一、关于场地出租管理混乱的问题
            我们已于9月与承租人解除了租赁协议，展厅恢复为群众免费活动场所。三年租金中已用于职工聚餐的部分由参与的职工退回，已于10月全部缴入站里账户。此项由我牵头，会计某某具体经办，已完成。
            二、关于演出经费报销不规范的问题
            严格规范演出经费报销，坚决杜绝劳务费无领取人签字的问题，确保经费使用规范。此项由会计某某负责，2024年12月底前完成。
            三、关于图书借阅登记不全的问题
            为5个流动图书点统一配发借阅登记簿，补录借阅记录312条；制定《流动图书点管理办法》。此项由副站长某某负责，已完成。
            某镇综合文化站党支部
            2024年11月26日
            """);
        Assert.Equal(["I1"], Of(result, GapKinds.NoAccountability).Select(g => g.IssueId));
        Assert.Equal(["I2"], Of(result, GapKinds.CopiedMeasure).Select(g => g.IssueId));
    }

    [Fact]
    public void A_closing_division_of_work_by_problem_number_gives_each_item_its_leader_and_the_item_it_leaves_out_stands_out()
    {
        // dev82 p07's form (items without fields, then 三、整改责任分工：第1个问题由……牵头；第2、3个问题由……牵头), in words of our own:
        // each item named gets its leader; the one the division skips has no owner anywhere.
        var result = fixture.Analyze("""
            县委第一巡察组关于巡察县市场监督管理局党组的反馈意见
            一、巡察发现的主要问题
            1.食品抽检计划执行不到位。2024年计划抽检800批次，实际完成610批次。
            2.行政处罚案件办理超期。抽查的40件案件中有9件超过法定期限结案。
            3.执法装备管理松散。12台快检设备长期闲置，使用登记缺失。
            4.机关食堂采购不规范。食材采购未比价，票据不全。
            5.上轮巡察指出的档案整理问题整改不彻底。2021年以来的执法档案仍未归档。
            """, """
            县市场监督管理局党组关于巡察整改情况的报告
            县委巡察工作领导小组：
            一、整改落实情况
            1．关于食品抽检计划执行不到位的问题。补充抽检190批次，全年计划全部完成；制定《食品抽检任务季度调度办法》。以上措施已于2025年5月31日前完成。
            2．关于行政处罚案件办理超期的问题。对9件超期案件逐案评查，形成评查通报；在办案系统中设置到期预警。以上措施已于2025年6月30日前完成。
            3．关于执法装备管理松散的问题。12台快检设备调配到基层所使用，建立使用登记台账。以上措施已于2025年4月30日前完成。
            4．关于机关食堂采购不规范的问题。食材采购实行三家比价，补齐票据；修订《机关食堂管理办法》。以上措施已于2025年5月15日前完成。
            5．关于上轮巡察指出的档案整理问题整改不彻底的问题。2021年以来的执法档案1260卷已全部整理归档。以上措施已于2025年6月30日前完成。
            二、整改责任分工
            为确保每个问题有人抓，局党组作了如下分工：第1个问题由党组成员、副局长甄某牵头，食品安全科具体落实；第2、3个问题由党组成员、副局长伍某牵头，法制科具体落实；第4个问题由党组成员、办公室主任邝某牵头，办公室具体落实。
            县市场监督管理局党组
            2025年7月10日
            """);
        Assert.Contains("伍某", Assert.Single(result.Measures, m => m.Text.Contains("快检设备调配", StringComparison.Ordinal)).Owner, StringComparison.Ordinal);
        Assert.Equal(["I5"], Of(result, GapKinds.NoOwner).Select(g => g.IssueId));
    }

    [Fact]
    public void Accountability_counted_item_by_item_with_whom_in_brackets_answers_each_item_it_names()
    {
        // dev82 p09's form (a closing 追责问责情况 paragraph: 第二项诫勉谈话1人（……经理）；第四项……), in words of our own: each item
        // named has someone dealt with; the one left out has nobody.
        var result = fixture.Analyze("""
            县委第二巡察组关于巡察县粮食储备有限公司党支部的反馈意见
            一、巡察发现的主要问题
            1.储备粮轮换不及时。2023年有120吨稻谷超期储存后降价拍卖，造成损失21万元。
            2.烘干设备采购未经招标。2024年采购2台烘干机共86万元，未经公开招标直接委托供应商。
            3.仓库出租收入未入账。2个闲置仓库出租收入4.2万元未缴入公司账户，由仓储部作为“小金库”保管使用。
            二、整改意见
            对造成损失和违规采购的问题，要查清责任，严肃处理。
            """, """
            县粮食储备有限公司党支部关于巡察整改情况的报告
            县委巡察工作领导小组：
            一、关于储备粮轮换不及时的问题
            对在库储备粮逐仓盘点，共盘点3600吨，均在储存期内；制定《储备粮轮换管理办法》，到期前三个月预警。责任领导：副总经理晏某；完成时限：2025年6月30日；已完成。
            二、关于烘干设备采购未经招标的问题
            对采购过程进行复核，价格经第三方评估无明显偏高；修订《采购管理办法》，50万元以上一律公开招标。责任领导：总经理祁某；完成时限：2025年6月30日；已完成。
            三、关于仓库出租收入未入账的问题
            4.2万元出租收入已全部缴入公司账户；今后仓库出租一律由财务部统一收款。责任领导：副总经理晏某；完成时限：2025年5月31日；已完成。
            四、追责问责情况
            针对反馈的第一、第二项问题，公司党支部共追责问责3人：第一项诫勉谈话1人（仓储部经理）；第二项诫勉谈话1人（采购部经理）、批评教育1人（采购员）。
            县粮食储备有限公司党支部
            2025年7月8日
            """);
        Assert.Equal(["I3"], Of(result, GapKinds.NoAccountability).Select(g => g.IssueId));
        Assert.Equal(["I2"], Assert.Single(result.Measures, m => m.Text.StartsWith("第二项诫勉", StringComparison.Ordinal)).IssueIds);
    }

    [Theory]
    [InlineData("2022年就发生过类似情况。")]
    [InlineData("公司至今没有设备检修和停运预警的制度安排。")]
    public void A_problem_that_has_happened_before_or_has_no_arrangement_of_rules_wants_a_rule_not_only_a_one_off_fix(string said)
    {
        // dev82 p09's form, in words of our own: the feedback says the failing recurs, or that no rules stand behind it; the
        // answer settles this case only.
        var result = fixture.Analyze($"""
            县委第四巡察组关于巡察县供水有限公司党支部的反馈意见
            一、巡察发现的主要问题
            1.加压泵站检修不及时。2024年一台水泵超期未检修烧毁，造成直接损失12万元。{said}
            2.水费减免审批不规范。2024年有14户水费减免没有审批单。
            3.支部组织生活不规范。支部委员会会议记录不全。
            """, """
            县供水有限公司党支部关于巡察整改情况的报告
            县委巡察工作领导小组：
            一、关于加压泵站检修不及时的问题
            烧毁的水泵已更换，对全部9座泵站的水泵逐台检修，共检修27台。对负责泵站运维的班组长进行诫勉谈话。责任领导：副总经理蒲某；完成时限：2025年6月30日；已完成。
            二、关于水费减免审批不规范的问题
            对14户减免逐户补办审批手续，逐户核实减免条件。责任领导：总经理贺某；完成时限：2025年5月31日；已完成。
            三、关于支部组织生活不规范的问题
            补齐会议记录，补开支部委员会会议2次。责任领导：支部书记樊某；完成时限：2025年5月31日；已完成。
            县供水有限公司党支部
            2025年7月3日
            """);
        Assert.Equal(["I1"], Of(result, GapKinds.NoMechanism).Select(g => g.IssueId));
    }

    [Theory]
    [InlineData("在本届支部任期内，实现党员联系服务对象全覆盖")]
    [InlineData("2026年5月换届前实现党员联系服务对象全覆盖")]
    public void A_time_limit_given_as_the_term_of_office_or_as_a_month_before_an_event_is_a_time_limit(string when)
    {
        // dev82 p08's wording (在本届支部任期内（2026年5月换届前），实现……全覆盖), in words of our own.
        var result = fixture.Analyze(FieldsFeedback, $"""
            县图书馆党支部关于巡察整改情况的报告
            县委巡察工作领导小组办公室：
            一、关于公共文化服务下沉不够的问题
            调整乡镇分馆图书流转计划，每季度轮换一次，正在推进。责任人：副馆长温若。完成时限：2025年12月31日。
            二、关于古籍保护措施不到位的问题
            每名党员联系1个乡镇分馆，每季度走访一次，{when}。此项由支部组织委员邵某负责，正在推进。
            三、关于政府采购不规范的问题
            对数字阅读设备采购情况进行复核，正在推进。责任人：馆长柯远。完成时限：2025年9月30日。
            县图书馆党支部
            2025年6月20日
            """);
        Assert.DoesNotContain(result.Gaps, g => g.Kind == GapKinds.NoDeadline);
    }

    [Theory]
    [InlineData("2.讲解服务收费无依据。2024年向研学团收取讲解服务费，钱一直放在社教部负责人的个人微信里，没有进单位账户。")]
    [InlineData("2.以“加班费”名义违规发放津补贴。2024年春节期间向全体职工发放“加班费”，没有任何加班记录。")]
    [InlineData("2.违规发放福利。")]
    public void Fees_kept_in_a_personal_account_or_staff_benefits_paid_against_the_rules_want_someone_dealt_with(string problem)
    {
        // dev72 p02's, dev67 p07's and dev78 p10's wording, in words of our own: answered by a refund and a rule only.
        var result = fixture.Analyze($"""
            县委第一巡察组关于巡察县博物馆党支部的反馈意见
            一、巡察发现的主要问题
            1.藏品账目不清。部分藏品未登记建档。
            {problem}
            """, """
            县博物馆党支部关于巡察整改情况的报告
            县委巡察工作领导小组：
            一、关于藏品账目不清的问题
            对馆藏文物逐件清点建档，共登记1260件；制定《藏品管理办法》。责任领导：副馆长冯某；完成时限：2025年6月30日；已完成。
            二、关于第二个问题
            有关款项已全部退回并缴入单位账户；修订《收入管理办法》，各类收入一律由财务室统一收取。责任领导：馆长魏某；完成时限：2025年6月30日；已完成。
            县博物馆党支部
            2025年7月1日
            """);
        Assert.Equal(["I2"], Of(result, GapKinds.NoAccountability).Select(g => g.IssueId));
    }

    [Theory]
    [InlineData("镇纪委对报账员给予党内警告处分。", false)]
    [InlineData("镇纪委对驾驶员给予党内警告处分。", true)]
    public void A_sanction_on_the_short_post_a_problem_names_answers_it_wherever_the_report_tells_it(string sanction, bool flagged)
    {
        // dev-pairs a08's form turned into ledger rows (its surface variant): the sanction on the 报账员 stands in another row than
        // the money put back; a three-character post names whom it falls on as a longer one does. In words of our own.
        var result = fixture.Analyze("""
            县委第五巡察组关于巡察下湾村党支部的反馈意见
            一、巡察发现的主要问题
            1.村集体资金管理混乱。村报账员通过个人微信收取鱼塘承包费2.4万元，长达8个月未入账。
            2.村级工程项目管理不规范。村道硬化工程未经“四议两公开”直接指定施工人。
            3.村务公开流于形式。财务公开只公开总数。
            """, $"""
            下湾村党支部关于巡察整改情况的报告
            镇党委：
            一、关于村集体资金管理混乱的问题
            2.4万元鱼塘承包费已于3月15日交镇“三资”代理服务中心入账；村集体收入一律通过村集体银行账户收取。责任人：支部书记某某；完成时限：2024年4月30日；已完成。
            二、关于村级工程项目管理不规范的问题
            村道硬化工程委托第三方审核，多付的1.7万元已退回；制定《小型工程项目管理制度》。{sanction}镇纪委对支部书记进行诫勉谈话。责任人：支部书记某某；完成时限：2024年4月30日；已完成。
            三、关于村务公开流于形式的问题
            财务公开既公开总数又公开明细，每月更新。责任人：村委会主任某某；完成时限：2024年3月31日；已完成。
            下湾村党支部
            2024年5月6日
            """);
        Assert.Equal(flagged, Of(result, GapKinds.NoAccountability).Any(g => g.IssueId == "I1"));
    }

    private const string FeedbackByAreas = """
        市委第四巡察组关于巡察市水务集团党委的反馈意见
        一、巡察发现的主要问题
        （一）服务城市发展方面
        1.老旧管网改造推进滞后。计划改造的46公里管网只完成19公里。
        2.二次供水设施维护不到位。抽查的12处泵房有5处水箱未按期清洗。
        （二）全面从严治党方面
        3.违规发放津贴补贴。2023年以“高温补助”名义超标准发放9.6万元。
        4.工程招标管理不规范。3个维修项目拆分发包规避公开招标。
        （三）基层党建方面
        5.党支部组织生活不规范。6个支部全年未开展组织生活会。
        6.发展党员程序不严格。2名发展对象培养考察期不足一年。
        二、整改意见
        （一）要压实整改责任。
        """;

    private static string ReportByAreas(string owners, string general) => $"""
        中共市水务集团委员会关于巡察整改情况的报告
        市委巡察办：
        一、整改工作总体情况
        集团党委成立以党委书记为组长的整改工作领导小组，党委书记作为第一责任人直接部署、直接过问、直接督办。{owners}{general}
        二、反馈问题整改落实情况
        （一）关于服务城市发展方面的问题
        1.针对老旧管网改造推进滞后问题。调整施工计划，新增作业面3个，实行“日调度、周通报”，按照倒排工期，力争尽快追回滞后进度。
        2.针对二次供水设施维护不到位问题。对全部泵房水箱开展清洗消毒，建立泵房巡检台账，每季度清洗一次。
        （二）关于全面从严治党方面的问题
        3.针对违规发放津贴补贴问题。超标准发放的9.6万元正在由领取人员退回；修订《津贴补贴发放管理办法》。
        4.针对工程招标管理不规范问题。修订《招标采购管理办法》，明确同一项目不得拆分发包，正在开展维修项目复核。
        （三）关于基层党建方面的问题
        5.针对党支部组织生活不规范问题。责令6个支部补开组织生活会，集团党委派员列席指导。
        6.针对发展党员程序不严格问题。对2名发展对象延长培养考察期，重新履行程序。
        三、严肃追责问责
        对违规发放津贴补贴问题，给予集团财务部部长诫勉谈话；对拆分发包问题，给予维修公司经理党内警告处分。
        四、下一步工作
        整改情况在集团官网公开，接受社会监督。
        中共市水务集团委员会
        2024年8月20日
        """;

    [Fact]
    public void An_owner_given_to_each_area_in_a_sentence_of_its_own_owns_the_items_of_that_area()
    {
        // dev88 p02's and p05's form (按照反馈意见的三个方面分别明确牵头领导：第一方面由……牵头，第二方面由……) and p07's (……方面的问题由总编辑
        // X负责), in words of our own: each area's leader owns its items; the area handed to departments by their duties names nobody.
        var byPlace = fixture.Analyze(FeedbackByAreas, ReportByAreas(
            "按照反馈意见的三个方面分别明确牵头领导：第一方面由党委副书记、总经理某某牵头，第二方面由纪委书记某某牵头，第三方面由党委副书记某某牵头。",
            "所有整改任务于2024年10月31日前完成。"));
        Assert.Empty(Of(byPlace, GapKinds.NoOwner));

        var byName = fixture.Analyze(FeedbackByAreas, ReportByAreas(
            "服务城市发展方面的问题由总经理某某负责，全面从严治党方面的问题由纪委书记某某负责，基层党建方面的问题由机关各部门按照职责分工负责落实。",
            "所有整改任务于2024年10月31日前完成。"));
        Assert.Equal(["I5", "I6"], Of(byName, GapKinds.NoOwner).Select(g => g.IssueId));
    }

    [Fact]
    public void One_time_limit_for_all_tasks_covers_each_item_but_those_it_excepts_or_that_leave_their_time_open()
    {
        // dev88 p02's form (除……任务外，所有整改任务于……前完成) and p05's (原则上于……前完成), in words of our own: the general date is the
        // time limit of every item without its own, save the one it excepts and the one that says its time is open (力争尽快).
        var owners = "第一方面由党委副书记、总经理某某牵头，第二方面由纪委书记某某牵头，第三方面由党委副书记某某牵头。";
        var general = fixture.Analyze(FeedbackByAreas, ReportByAreas(owners, "除维修项目复核任务外，所有整改任务原则上于2024年10月31日前完成。"));
        Assert.Equal(["I1", "I4"], Of(general, GapKinds.NoDeadline).Select(g => g.IssueId));

        var none = fixture.Analyze(FeedbackByAreas, ReportByAreas(owners, ""));
        Assert.True(Of(none, GapKinds.NoDeadline).Count() >= 3);
    }

    [Fact]
    public void A_leader_named_in_the_fields_closing_a_long_area_heading_owns_its_items()
    {
        // dev88 p06's form (（二）关于……方面的问题（牵头领导：……；纪委书记X协助；责任部门：……） in bold over the area's items), in words of
        // our own.
        var report = ReportByAreas("", "所有整改任务于2024年10月31日前完成。")
            .Replace("（一）关于服务城市发展方面的问题", "（一）关于服务城市发展和保障供水安全方面的问题（牵头领导：党委副书记、总经理某某；责任部门：工程部、供水部）", StringComparison.Ordinal)
            .Replace("（二）关于全面从严治党方面的问题", "（二）关于全面从严治党和工程建设监督方面的问题（牵头领导：党委书记、董事长某某；纪委书记某某协助；责任部门：纪委办公室）", StringComparison.Ordinal);
        var result = fixture.Analyze(FeedbackByAreas, report);
        Assert.DoesNotContain(Of(result, GapKinds.NoOwner), g => g.IssueId is "I1" or "I2" or "I3" or "I4");
        Assert.Contains(result.Measures, m => m.Links.Any(l => l.IssueId == "I3") && m.Owner is { } owner && owner.Contains("董事长某某", StringComparison.Ordinal));
    }

    [Fact]
    public void A_remainder_still_before_the_court_is_not_done_whatever_the_total_claims()
    {
        // dev88 p04's form (……已全部完成整改，整改完成率100% beside 已追缴30万元，剩余24万元已向法院提起诉讼), in words of our own.
        var result = fixture.Analyze("""
            县委第三巡察组关于巡察县职业中专党委的反馈意见
            一、巡察发现的主要问题
            1.学生食堂承包管理松散，三年未收取承包费48万元。
            2.实训设备闲置，2台数控机床购置后使用率不足20%。
            二、整改要求
            学校党委要在三个月内报送整改情况报告。
            县委第三巡察组
            2024年3月12日
            """, """
            县职业中专党委关于巡察整改情况的报告
            截至目前，巡察反馈的2个问题已全部完成整改，整改完成率100%。
            一、关于学生食堂承包管理松散的问题
            收回食堂经营权，由学校后勤直接经营；对未收取的承包费48万元，已追缴20万元，剩余28万元已向县人民法院提起诉讼。对后勤处处长进行诫勉谈话。
            二、关于实训设备闲置的问题
            将数控机床纳入机电专业课程教学，面向企业开展职工培训，设备使用率提升至55%。
            县职业中专党委
            2024年6月5日
            """);
        Assert.Single(Of(result, GapKinds.InconsistentClaim));
    }

    [Fact]
    public void An_answer_of_slogans_is_vague_even_when_read_as_restating_its_problem()
    {
        // dev88 p07's form (a weak report's answer: 坚持移动优先，加快推进媒体深度融合，不断提升……传播力、引导力、影响力、公信力，努力
        // 打造新型主流媒体。), in words of our own: no failing is restated, nothing is done; it is the answer, and a slogan.
        var result = fixture.Analyze("""
            市委第二巡察组关于巡察市广播电视台党委的反馈意见
            一、巡察发现的主要问题
            1.融媒体中心建设推进缓慢，客户端日活跃用户不足2000人。
            2.广告经营管理混乱，3份广告合同未经审批即执行。
            二、整改要求
            台党委要在三个月内报送整改情况报告。
            市委第二巡察组
            2024年4月8日
            """, """
            市广播电视台党委关于巡察整改情况的报告
            一、关于融媒体中心建设推进缓慢的问题
            坚持移动优先，加快推进全媒体深度融合，不断提升传播力、引导力、影响力、公信力，努力打造新型主流媒体。
            二、关于广告经营管理混乱的问题
            对2023年以来的广告合同逐份清理，补办审批手续3份；修订《广告经营管理办法》，合同一律经台务会审定。责任人：副台长某某；完成时限：2024年6月30日。
            市广播电视台党委
            2024年6月28日
            """);
        Assert.Equal(["I1"], Of(result, GapKinds.VagueMeasure).Select(g => g.IssueId));
    }

    [Fact]
    public void A_rule_the_feedback_says_was_never_made_is_still_missing_after_slogans_or_a_rule_on_another_matter()
    {
        // dev90 p03's form (公司至今未制定……重大经营管理事项清单 answered by 今后……一律先提交党支部研究, beside 《代理服务收费管理
        // 规定》 on fees its evidence mentions; 公司没有建立评标现场管理制度 answered by slogans), in words of our own.
        var result = fixture.Analyze("""
            县委第一巡察组关于巡察县城投公司党支部的反馈意见
            一、巡察发现的主要问题
            1.党的领导融入公司治理不到位。公司至今未制定党支部前置研究讨论重大经营管理事项清单，2024年调整停车服务收费标准、选聘2家造价咨询机构均未经党支部研究。
            2.超标准收取停车服务费，2023年以来多收12.6万元。
            3.工程现场管理不规范。公司没有建立工程现场安全巡查制度，3个在建项目安全员长期不在岗。
            二、整改要求
            公司党支部要在三个月内报送整改情况报告。
            县委第一巡察组
            2025年3月3日
            """, """
            县城投公司党支部关于巡察整改情况的报告
            一、关于党的领导融入公司治理不到位的问题
            今后凡涉及收费标准调整、合作机构选聘等重大事项，一律先提交党支部研究，再提交总经理办公会决定。责任人：董事长某某；完成时限：2025年4月30日。
            二、关于超标准收取停车服务费的问题
            多收的12.6万元已全部退还；修订《停车服务收费管理规定》，收费标准调整一律报县发改局审核。对经营部经理进行诫勉谈话。责任人：总经理某某；完成时限：2025年4月30日。
            三、关于工程现场管理不规范的问题
            牢固树立安全发展理念，压紧压实各方责任，切实守住安全底线。责任人：副总经理某某；完成时限：2025年5月31日。
            县城投公司党支部
            2025年5月20日
            """);
        Assert.Equal(["I1", "I3"], Of(result, GapKinds.NoMechanism).Select(g => g.IssueId));
        Assert.Contains(Of(result, GapKinds.VagueMeasure), g => g.IssueId == "I3");
    }

    [Fact]
    public void Problems_counted_as_still_under_way_are_no_total()
    {
        // dev98 p09's form (已完成整改4个，档案接收进馆和数字化2个问题正在按计划推进), in words of our own: the two problems still
        // under way are a count of open ones, not the number of problems, so four and two make the feedback's six.
        var result = fixture.Analyze("""
            县委第一巡察组关于巡察县供销合作社联合社党组的反馈意见
            一、巡察发现的主要问题
            1.社有资产底数不清，3处门面房未登记入账。
            2.社属企业改制遗留问题处置缓慢，2家企业职工社保欠费未清。
            3.基层供销社建设滞后，全县6个乡镇基层社有2个长期停业。
            4.财务报销审核不严，2024年有7笔差旅费无审批签字。
            5.党组议事规则多年未修订，重大事项集体研究不到位。
            6.干部教育培训不足，2024年未组织业务培训。
            县委第一巡察组
            2025年3月12日
            """, """
            县供销合作社联合社党组关于巡察整改情况的报告
            一、关于社有资产底数不清的问题
            对3处门面房全部登记入账，建立社有资产台账。责任人：副主任某某；完成时限：2025年4月30日；已完成。
            二、关于企业改制遗留问题的问题
            已与社保部门制定欠费分期清缴计划，第一期已缴清。责任人：主任某某；完成时限：2025年12月31日；正在推进。
            三、关于基层供销社建设滞后的问题
            对2个停业基层社引进经营主体，其中1个已恢复营业。责任人：副主任某某；完成时限：2025年10月31日；正在推进。
            四、关于财务报销审核不严的问题
            7笔差旅费补办审批手续，修订《财务报销管理办法》。责任人：财务股长某某；完成时限：2025年4月30日；已完成。
            五、关于党组议事规则的问题
            修订《党组工作规则》，明确集体研究事项。责任人：主任某某；完成时限：2025年4月30日；已完成。
            六、关于干部教育培训的问题
            举办业务培训班2期，培训干部60人次。责任人：副主任某某；完成时限：2025年5月31日；已完成。
            截至目前，反馈的问题中已完成整改4个，改制遗留和基层社建设2个问题正在按计划推进。
            县供销合作社联合社党组
            2025年6月5日
            """);
        Assert.Empty(Of(result, GapKinds.InconsistentClaim));
    }

    [Fact]
    public void A_rule_titled_with_the_units_own_business_is_no_rule_of_every_problem_that_names_it()
    {
        // dev98 p07's form (《人工影响天气作业点安全管理规定》 of 县人工影响天气办公室 read as the rule of a fund misused in 人工影响
        // 天气作业补助经费), in words of our own: the unit's name is what every title and problem shares, not a rule's subject.
        var result = fixture.Analyze("""
            县委第三巡察组关于巡察县农机安全监理站党支部的反馈意见
            一、巡察发现的主要问题
            1.农机检验把关不严。2024年检验的拖拉机中有14台未留存检验记录，2台制动不合格仍发放检验合格标志。
            2.挤占专项资金。在农机安全监理专项经费中列支站内接待费用3.1万元。
            3.驾驶人培训考试不规范。部分学员未完成规定学时即参加考试。
            二、整改要求
            站党支部要在三个月内报送整改情况报告。
            县委第三巡察组
            2025年4月10日
            """, """
            县农机安全监理站党支部关于巡察整改情况的报告
            一、关于农机检验把关不严的问题
            对14台拖拉机补做检验并建档，收回2台不合格拖拉机的合格标志；制定《农机安全监理检验工作规程》，检验记录一车一档。责任人：站长某某；完成时限：2025年6月30日。
            二、关于挤占专项资金的问题
            列支的3.1万元接待费用已从公用经费中归还专项经费，对报账员进行批评教育。责任人：站长某某；完成时限：2025年5月31日。
            三、关于驾驶人培训考试不规范的问题
            对未完成学时的学员补足学时后重新考试；制定《驾驶人培训学时管理办法》，学时不足的一律不得报考。责任人：副站长某某；完成时限：2025年6月30日。
            县农机安全监理站党支部
            2025年6月20日
            """);
        Assert.Equal(["I2"], Of(result, GapKinds.NoMechanism).Select(g => g.IssueId));
    }

    [Theory]
    [InlineData("县水利局已将该施工单位的违法行为移送县住建局依法处理。", true)]
    [InlineData("对现场代表给予党内警告处分，县水利局已将该施工单位的违法行为移送县住建局依法处理。", false)]
    [InlineData("责令现场代表作出书面检查，扣发其2025年度绩效奖励。", false)]
    public void A_case_handed_to_the_regulator_against_the_contractor_holds_none_of_the_units_own_people_to_account(string dealt, bool flagged)
    {
        // dev90 p04's form (the unit's own site representative saw the illegal subcontracting and said nothing; the answer deals
        // only with the contractor) and p05's (扣发绩效 as the sanction), in words of our own.
        var result = fixture.Analyze("""
            县委第二巡察组关于巡察县农村供水工程建设管理站的反馈意见
            一、巡察发现的主要问题
            1.对违法转包问题放任不管。2号供水管网工程中标单位将合同金额360万元的主体工程整体转包给无资质的个人，管理站现场代表在巡查中已经发现，但既未报告也未制止。
            2.工程资料归档不及时，3个已完工项目竣工资料未归档。
            二、整改要求
            管理站要在三个月内报送整改情况报告。
            县委第二巡察组
            2025年3月3日
            """, $"""
            县农村供水工程建设管理站关于巡察整改情况的报告
            一、关于对违法转包问题放任不管的问题
            责令中标单位解除转包关系，重新组建项目部，已于4月恢复施工。{dealt}建立在建项目人员到岗核查制度，每月核查一次。责任人：副站长某某；完成时限：2025年4月30日。
            二、关于工程资料归档不及时的问题
            3个项目竣工资料已全部归档。责任人：副站长某某；完成时限：2025年4月30日。
            县农村供水工程建设管理站
            2025年5月20日
            """);
        Assert.Equal(flagged, Of(result, GapKinds.NoAccountability).Any(g => g.IssueId == "I1"));
    }

    [Fact]
    public void Goods_expected_to_arrive_later_leave_the_item_open_whatever_the_total_claims()
    {
        // dev90 p06's form (6个问题已全部整改完成 while an item's tents 预计9月底前到货入库), in words of our own.
        var result = fixture.Analyze("""
            县委第三巡察组关于巡察县应急物资储备站的反馈意见
            一、巡察发现的主要问题
            1.应急物资储备不足，帐篷储备量仅为标准的40%。
            2.库房消防设施损坏，2号库房喷淋系统长期失修。
            二、整改要求
            储备站要在三个月内报送整改情况报告。
            县委第三巡察组
            2025年3月3日
            """, """
            县应急物资储备站关于巡察整改情况的报告
            目前，反馈的2个问题已全部整改完成。
            一、关于应急物资储备不足的问题
            重新核定储备品种和数量，补充采购帐篷120顶，已于5月完成政府采购程序，帐篷预计9月底前到货入库。责任人：副站长某某；完成时限：2025年9月30日。
            二、关于库房消防设施损坏的问题
            2号库房喷淋系统已于4月修复，并通过消防检测。责任人：副站长某某；完成时限：2025年4月30日。
            县应急物资储备站
            2025年5月28日
            """);
        Assert.Single(Of(result, GapKinds.InconsistentClaim));
    }

    [Theory]
    [InlineData("1.农村公路养护任务被整体转包给不具备资质的个人施工队，公司只收取管理费，不派人管理。")]
    [InlineData("1.应急救护培训数据不实，2024年向上级多报培训1300人次。")]
    [InlineData("1.停车场收费管理混乱，个别收费人员收取现金后不开具票据。")]
    public void Subcontracting_to_individuals_false_figures_and_cash_without_receipts_want_someone_held_to_account(string problem)
    {
        // dev78 p05's, dev42 p09's and dev78 p08's misconduct, in words of our own: put right and ruled, but nobody answers.
        var result = fixture.Analyze($"""
            县委第四巡察组关于巡察县交通服务中心的反馈意见
            一、巡察发现的主要问题
            {problem}
            2.干部教育培训不够系统，2024年仅组织集中学习3次。
            二、整改要求
            中心要在三个月内报送整改情况报告。
            县委第四巡察组
            2025年3月3日
            """, """
            县交通服务中心关于巡察整改情况的报告
            一、关于第一个问题
            已全面纠正，相关数据和账目已核实更正，收费一律使用电子票据；制定《养护和收费管理办法》。责任人：副主任某某；完成时限：2025年4月30日。
            二、关于干部教育培训不够系统的问题
            制定年度学习计划，每月集中学习1次。责任人：主任某某；完成时限：2025年4月30日。
            县交通服务中心
            2025年5月20日
            """);
        Assert.Contains(Of(result, GapKinds.NoAccountability), g => g.IssueId == "I1");
    }

    [Fact]
    public void A_task_list_exported_from_a_supervision_system_answers_by_each_records_problem_field_and_dates_itself_by_its_sent_field()
    {
        // dev92 p08's form, in words of our own: records of fields (任务编号 / 对应问题 / 整改措施 / 责任领导 / 完成时限 /
        // 整改状态) apart by rules of dashes, two tasks for one problem, no task for another; the head fields give the dates,
        // the speech its own under its title.
        var result = fixture.Analyze("""
            县委第二巡察组组长在县气象局党组巡察反馈会上的讲话
            （2024年9月3日）
            同志们：
            下面，我代表巡察组反馈巡察情况。一是气象灾害预警信息发布不及时，2024年汛期有3次暴雨预警晚于规定时限发布。二是观测站点设备维护不到位，5个区域自动站数据缺测率超过规定标准。三是公务用车管理不规范，1辆业务用车节假日被私用。
            局党组要在反馈之日起三个月内报送整改情况。
            """, """
            县巡察整改督办系统
            巡察整改任务清单（打印版）
            被巡察党组织：中共县气象局党组
            反馈日期：2024-09-03
            报送日期：2025-01-08
            ----------------------------------------
            任务编号：QX-01-1
            对应问题：气象灾害预警信息发布不及时
            整改措施：修订《气象灾害预警信息发布流程》，预警信息经首席预报员签发后10分钟内发布。
            责任领导：副局长盛远舟
            完成时限：2024-10-31
            整改状态：已销号
            ----------------------------------------
            任务编号：QX-01-2
            对应问题：气象灾害预警信息发布不及时
            整改措施：与县应急管理局建立预警信息直通机制，2024年11月起每月通报发布时效。
            责任领导：副局长盛远舟
            完成时限：2024-11-30
            整改状态：已销号
            ----------------------------------------
            任务编号：QX-03-1
            对应问题：公务用车管理不规范
            整改措施：对私用业务用车的驾驶员给予批评教育，收回车辆钥匙统一保管，节假日车辆一律入库封存。
            责任领导：局长柏寒青
            完成时限：2024-09-30
            整改状态：已销号
            ----------------------------------------
            """);
        Assert.Equal(3, result.Issues.Length);
        var answering = result.Measures.Where(m => m.IssueIds.Contains(result.Issues[0].Id)).ToList();
        Assert.Equal(2, answering.Count);
        Assert.DoesNotContain(result.Measures, m => m.Text.Contains("-----", StringComparison.Ordinal) || m.Text.StartsWith("任务编号", StringComparison.Ordinal));
        Assert.Equal(result.Issues[1].Id, Assert.Single(Of(result, GapKinds.UnansweredIssue)).IssueId);
        Assert.Equal(new DateOnly(2024, 9, 3), result.FeedbackDate?.Date);
        Assert.Equal(new DateOnly(2025, 1, 8), result.ReportDate?.Date);
        Assert.Single(Of(result, GapKinds.LateReport));
    }

    [Fact]
    public void A_ledgers_filled_in_date_over_its_table_is_the_reports_date()
    {
        // dev92 p02's form, in words of our own: 填报单位 and 填报日期 on one line above the ledger, no signature below it.
        var result = fixture.Analyze("""
            县委第一巡察组关于巡察县供销合作社党组的反馈意见
            2024年10月9日，县委第一巡察组向县供销合作社党组反馈了巡察情况。
            一、农资储备管理不规范，化肥储备账实不符。
            二、社有资产出租底数不清，3处门面未签订租赁合同。
            """, "县供销合作社党组巡察整改台账\n填报单位：中共县供销合作社党组\t\t\t填报日期：2025年2月20日\n序号\t反馈问题\t整改措施\t责任领导\t完成时限\n1\t农资储备管理不规范\t对化肥储备逐批盘点，建立月度对账制度\t副主任郁南山\t2024年12月31日\n2\t社有资产出租底数不清\t全面清查门面，3处门面补签租赁合同\t主任秦望川\t2024年11月30日");
        Assert.Equal(new DateOnly(2025, 2, 20), result.ReportDate?.Date);
        Assert.Single(Of(result, GapKinds.LateReport));
    }

    [Theory]
    [InlineData("中心党支部要在反馈之日起三个月内报送整改情况报告，六个月内报送整改进展情况报告，对未完成的事项说明进度和时限。", false)]
    [InlineData("中心党支部要在反馈之日起三个月内报送整改情况报告。", true)]
    public void A_later_report_is_due_within_the_period_the_feedback_sets_for_it(string schedule, bool late)
    {
        // dev94's form, in words of our own: the six-month 整改进展情况报告 five months after the feedback is in time when the
        // feedback gives that report six months, late when it gives only the first report's three.
        var result = fixture.Analyze($"""
            县委第五巡察组关于巡察县水土保持工作站党支部的反馈意见
            2024年9月12日，县委第五巡察组向站党支部反馈了巡察情况。
            一、水土流失治理项目验收不严，2个项目未经验收即拨付资金。
            二、监测数据管理不规范，3个监测点数据缺失。
            {schedule}
            """, """
            县水土保持工作站党支部关于巡察整改进展情况的报告
            一、关于水土流失治理项目验收不严的问题
            制定《治理项目验收办法》，2个项目已补充验收，由站长负责，已完成。
            二、关于监测数据管理不规范的问题
            3个监测点补齐数据，建立月度核查制度，由副站长负责，已完成。
            县水土保持工作站党支部
            2025年2月14日
            """);
        Assert.Equal(late, Of(result, GapKinds.LateReport).Any());
    }

    [Theory]
    [InlineData("拟于2025年4月底前对3个村卫生室的冷链设备进行更换，已向县卫健局申请专项资金", true)]
    [InlineData("已对3个村卫生室的冷链设备全部更换，今后每季度检查一次", false)]
    public void A_ledger_row_marked_done_whose_own_measure_is_still_a_plan_does_not_add_up(string measure, bool inconsistent)
    {
        // dev92's form, in words of our own: a ledger's row says 整改状态：已销号 while its measure is only what the unit means to
        // do; a row whose measure was done and adds a standing check (今后……) is fine.
        var result = fixture.Analyze("""
            县委第四巡察组关于巡察县疾病预防控制中心党支部的反馈意见
            一、疫苗冷链管理不到位，3个村卫生室冷链设备超期使用。
            二、财务报销审核不严，有5笔差旅费无审批单。
            """, $"县疾病预防控制中心党支部巡察整改台账\n序号\t反馈问题\t整改措施\t责任领导\t完成时限\t整改状态\n1\t疫苗冷链管理不到位\t{measure}\t副主任严知秋\t2025年4月30日\t已销号\n2\t财务报销审核不严\t5笔差旅费补齐审批手续，修订《差旅费报销审核办法》\t主任晏青禾\t2025年1月31日\t已销号\n县疾病预防控制中心党支部\n2025年2月10日");
        Assert.Equal(inconsistent, Of(result, GapKinds.InconsistentClaim).Any());
    }

    [Fact]
    public void A_ledger_naming_its_problems_by_number_gives_each_task_its_owner_and_time_and_an_open_task_with_no_time_stands_out()
    {
        // dev94 p04's form, in words of our own: a ｜-ledger whose 问题 column says only 问题1 / 问题2, two tasks a problem; the
        // second problem's open task has 完成时限：视资金到位情况确定 while its first task was dated and done.
        var result = fixture.Analyze("""
            县委第三巡察组关于巡察县城乡供水服务中心党支部的反馈意见
            问题1：水质检测覆盖不全，12处单村供水工程一年未检测。
            问题2：群众反映的停水问题处置不及时，有5个村季节性缺水。
            问题3：财务报销审核不严，2笔维修费无验收单。
            问题4：党支部组织生活不规范，主题党日多次以业务会代替。
            """, """
            县城乡供水服务中心党支部关于巡察整改进展情况的报告
            附：巡察反馈问题整改台账
            序号|问题|整改措施|责任领导|责任股室|完成时限|整改状态
            1.1|问题1|委托第三方机构对12处工程开展水质检测|副主任符晚晴|水质科|2025年5月31日|已销号
            1.2|问题1|制定《单村供水工程水质检测制度》，每季度检测一次|副主任符晚晴|水质科|2025年6月10日|已销号
            2.1|问题2|建立停水诉求限时办结制度，每周通报|副主任韦秋实|办公室|2025年4月30日|已销号
            2.2|问题2|解决5个村季节性缺水问题|副主任韦秋实|工程科|视资金到位情况确定|持续推进
            3.1|问题3|2笔维修费补齐验收手续，修订报销审核规定|主任郎云起|财务科|2025年4月30日|已销号
            4.1|问题4|主题党日与业务会分开召开，每月1次|主任郎云起|办公室|2025年4月30日|已销号
            县城乡供水服务中心党支部
            2025年6月12日
            """);
        var first = result.Measures.Where(m => m.IssueIds.Contains(result.Issues[0].Id)).ToList();
        Assert.Equal(2, first.Count);
        Assert.All(first, m => Assert.Contains("符晚晴", m.Owner, StringComparison.Ordinal));
        Assert.Equal(result.Issues[1].Id, Assert.Single(Of(result, GapKinds.NoDeadline)).IssueId);
        Assert.Empty(Of(result, GapKinds.NoOwner));
    }

    [Fact]
    public void A_ledgers_note_column_is_part_of_its_rows_measure_and_a_sanction_in_it_holds_someone_to_account()
    {
        // dev92 p01's form, in words of our own: the ledger has no accountability column; the 备注 cell says who was dealt with.
        var result = fixture.Analyze("""
            县委第一巡察组关于巡察县邮政分公司党总支的反馈意见
            一、公车私用问题突出，2辆邮运车节假日被私用，发生费用1.2万元。
            二、网点安全检查不到位，3个网点监控设备损坏未修复。
            """, "县邮政分公司党总支巡察整改台账\n序号\t反馈问题\t整改措施\t责任领导\t完成时限\t备注\n1\t公车私用问题突出\t1.2万元费用已由当事人全部退缴；车辆节假日一律回场入库\t总经理于青岚\t立行立改\t对车队队长诫勉谈话，对2名驾驶员批评教育\n2\t网点安全检查不到位\t3个网点监控设备已全部修复，每月检查一次\t副总经理闻溪\t2025年3月31日\t\n县邮政分公司党总支\n2025年4月2日");
        Assert.Empty(Of(result, GapKinds.NoAccountability));
        Assert.Contains(result.Measures, m => m.IssueIds.Contains(result.Issues[0].Id) && m.Text.Contains("备注：对车队队长诫勉谈话", StringComparison.Ordinal));
    }

    [Fact]
    public void Numbered_sanctions_closed_by_semicolons_in_an_annex_are_each_a_measure_of_their_problem()
    {
        // dev92 p10's form, in words of our own: after the ledger, 附件2：追责问责情况 lists the sanctions one numbered line each,
        // closed by ；, each naming its matter in the problem's words; none of them is a heading of nothing.
        var result = fixture.Analyze("""
            县委第四巡察组关于巡察县建筑业管理服务中心党支部的反馈意见
            一、农民工工资保证金管理不规范，4个项目未经审核提前退还保证金。
            二、企业资质初审把关不严，2家企业提供虚假社保证明未被发现，属初审失察。
            三、落实中央八项规定精神不严，执法人员在施工单位食堂就餐未付费。
            """, """
            县建筑业管理服务中心党支部关于报送整改台账的报告
            附件1：整改台账
            序号	反馈问题	整改措施	责任领导	完成时限	完成情况
            1	农民工工资保证金管理不规范	对4个项目逐一复查，制定《保证金退还审核办法》	副主任夔若谷	2025年1月15日	已完成
            2	企业资质初审把关不严	对2024年以来的初审材料全部复核，社保证明一律系统核验	副主任褚行之	2024年12月31日	已完成
            3	落实中央八项规定精神不严	就餐费用已按标准补交，修订《公务接待管理规定》	主任窦澹如	立行立改	已完成
            附件2：追责问责情况
            1.对违规退还保证金的经办人给予诫勉谈话；
            2.对资质初审中失察的初审人员给予批评教育；
            3.对带队在施工单位食堂就餐未付费的执法股股长进行提醒谈话。
            县建筑业管理服务中心党支部
            2025年2月7日
            """);
        Assert.Empty(Of(result, GapKinds.NoAccountability));
        Assert.Contains(result.Measures, m => m.IssueIds.Contains(result.Issues[1].Id) && m.Text.Contains("初审人员给予批评教育", StringComparison.Ordinal));
    }

    [Fact]
    public void Statuses_that_count_more_problems_than_the_feedback_raised_do_not_add_up()
    {
        // dev94 p03's form, in words of our own: a later report sums its statuses by problem (已完成整改的问题3个，基本完成的问题1个，
        // 正在推进的问题1个) to five, for four problems.
        var result = fixture.Analyze("""
            县委第一巡察组关于巡察县妇幼保健院党支部的反馈意见
            一、医疗收费不规范，抽查病历发现重复收费。
            二、药品耗材采购审核不严，3批次耗材未经议价。
            三、医疗废物管理不到位，交接记录不全。
            四、党支部组织生活不规范，主题党日以业务会代替。
            """, """
            县妇幼保健院党支部关于巡察整改进展情况的报告
            截至2025年3月31日，已完成整改的问题3个，基本完成的问题1个，正在推进的问题1个。
            一、关于医疗收费不规范的问题
            退还多收费用1.2万元，上线收费智能审核系统，由副院长负责，已完成。
            二、关于药品耗材采购审核不严的问题
            3批次耗材补办议价手续，修订《耗材采购管理办法》，由院长负责，已完成。
            三、关于医疗废物管理不到位的问题
            补齐交接记录，每月检查一次，由副院长负责，基本完成。
            四、关于党支部组织生活不规范的问题
            主题党日与业务会分开召开，由书记负责，正在推进，2025年6月底前完成。
            县妇幼保健院党支部
            2025年4月8日
            """);
        Assert.Single(Of(result, GapKinds.InconsistentClaim));
    }

    [Fact]
    public void A_problem_restated_whole_on_its_label_line_is_no_measure_copying_it()
    {
        // dev96 p02's form, in words of our own: 问题1：A推进缓慢，B滞后，C不足六成。 on its own line, 整改情况： on the next — a long
        // one-sentence restatement is the heading whole; its later clauses are not a measure copied from the feedback.
        var result = fixture.Analyze("""
            县委第三巡察组关于巡察县卫生健康信息中心党支部的反馈意见
            一、贯彻落实“智慧医疗”建设部署推进缓慢，全民健康信息平台二期建设滞后，基层医疗机构接入率不足六成。
            二、党支部政治理论学习不深入，学习以读文件为主，研讨流于形式。
            """, """
            县卫生健康信息中心党支部关于巡察整改情况的报告
            问题1：贯彻落实“智慧医疗”建设部署推进缓慢，全民健康信息平台二期建设滞后，基层医疗机构接入率不足六成。
            整改情况：重新制定平台二期推进计划，实行每周调度；已新增接入乡镇卫生院6家，接入率由58%提高到78%，由副主任负责，2025年12月底前实现全覆盖。
            问题2：党支部政治理论学习不深入，学习以读文件为主，研讨流于形式。
            整改情况：制定支部年度学习计划，研讨发言须提交书面材料并存档，由组织委员负责，已完成。
            县卫生健康信息中心党支部
            2025年7月10日
            """);
        Assert.Empty(Of(result, GapKinds.CopiedMeasure));
        Assert.DoesNotContain(result.Measures, m => m.Text.StartsWith("全民健康信息平台二期建设滞后", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("三、整改责任分工\n问题1由副主任庹新月负责，2025年12月底前完成；问题2、问题3由副主任仝海川负责，均于6月底前完成。", false)]
    [InlineData("三、下一步工作\n中心将持续巩固整改成果。", true)]
    public void A_division_of_the_work_by_problem_number_gives_each_problem_its_owner_and_time(string closing, bool gaps)
    {
        // dev96 p02's form, in words of our own: the items tell what was done; who answers for each problem and by when stands
        // only in a closing 整改责任分工 paragraph that names the problems by number.
        var result = fixture.Analyze("""
            县委第三巡察组关于巡察县医疗保障服务中心党支部的反馈意见
            一、医保信息平台建设推进缓慢，定点机构接入率不足六成。
            二、医保基金审核把关不严，12家定点药店串换药品未被发现。
            三、离岗人员系统账号未及时注销，共用账号情况普遍。
            """, $$"""
            县医疗保障服务中心党支部关于巡察整改情况的报告
            一、反馈问题整改情况
            问题1：医保信息平台建设推进缓慢。
            整改情况：制定平台接入推进计划，实行每周调度，接入率已由58%提高到78%，正在推进。
            问题2：医保基金审核把关不严。
            整改情况：对12家药店逐一核查，追回基金3.6万元，审核规则增加串换药品筛查，正在推进。
            问题3：离岗人员系统账号未及时注销。
            整改情况：注销离岗人员账号23个，共用账号清理正在推进。
            {{closing}}
            县医疗保障服务中心党支部
            2025年7月10日
            """);
        Assert.Equal(gaps, Of(result, GapKinds.NoOwner).Any());
        Assert.Equal(gaps, Of(result, GapKinds.NoDeadline).Any());
    }

    [Fact]
    public void One_owner_and_time_limit_for_all_the_work_answers_every_problem()
    {
        // dev98 p06's form, in words of our own: a short report under the unit's own slogans, its last paragraph giving all the
        // work one owner and one time limit (以上整改工作由中心主任X负责，按照……前完成的时限推进).
        var result = fixture.Analyze("""
            县委第二巡察组关于巡察县党群服务中心党支部的反馈意见
            （一）阵地作用发挥不充分，场馆使用率不足三成。
            （二）服务项目与群众需求脱节，12项服务清单中5项全年无人预约。
            （三）党群活动台账多为事后补记。
            """, """
            县党群服务中心党支部关于巡察整改情况的报告
            一、提高政治站位
            场馆实行错时开放，周末开放时间延长至晚8点，已开展活动26场。
            二、强化作风建设
            对12项服务清单逐项征求群众意见，调整服务项目4项。活动台账实行活动当日登记，照片统一编号存档。
            以上整改工作由中心主任郏子衡负责，按照2024年12月底前完成的时限推进。
            县党群服务中心党支部
            2025年1月27日
            """);
        Assert.Empty(Of(result, GapKinds.NoOwner));
        Assert.Empty(Of(result, GapKinds.NoDeadline));
    }

    [Theory]
    [InlineData("对未经验收即签字付款的项目负责人进行诫勉谈话，扣减其上半年绩效。", false)]
    [InlineData("其问题线索已移交县纪委监委驻县国资委纪检监察组，目前正在核查；该副经理已调整分工，不再分管采购。", false)]
    [InlineData("管理处在系统整改工作会上作了书面检讨，局党组对管理处予以通报批评。", true)]
    public void Whom_a_sanction_falls_on_decides_whether_anyone_answers_for_the_misconduct(string sanction, bool flagged)
    {
        // dev96 p06 and p10's forms, in words of our own: a case handed to the discipline body and a post changed hold the
        // person to account (under way); a unit's self-criticism and a notice on the unit do not.
        var result = fixture.Analyze("""
            县委第一巡察组关于巡察县公园管理处党支部的反馈意见
            一、园内经营摊位租金坐收坐支，2024年共有5.6万元租金未入单位账户，由经营管理股股长直接支付临时用工费用。
            二、党支部“三会一课”记录简单。
            """, $$"""
            县公园管理处党支部关于巡察整改情况的报告
            一、关于摊位租金坐收坐支的问题
            未入账的租金5.6万元已全部纳入单位账户统一核算，摊位租金统一通过单位银行账户收取；制定《园内经营摊位租赁管理办法》；{{sanction}}（牵头领导：主任卓怀瑾；完成时限：2025年2月28日）
            二、关于“三会一课”记录简单的问题
            统一使用党支部工作手册，记录会议议题和发言要点。（牵头领导：书记卓怀瑾；完成时限：2025年1月31日）
            县公园管理处党支部
            2025年3月2日
            """);
        Assert.Equal(flagged, Of(result, GapKinds.NoAccountability).Any());
    }

    [Fact]
    public void Money_paid_out_because_a_post_did_not_check_as_the_rules_require_wants_someone_held_to_account()
    {
        // dev92 p06's form, in words of our own: 85万元 paid before acceptance because 经办人员未按规定审核验收资料; the money is
        // back and a rule made, nobody dealt with.
        var result = fixture.Analyze("""
            县委第一巡察组关于巡察县石材产业服务中心党支部的反馈意见
            一、产业扶持资金拨付把关不严，2家企业项目尚未验收即拨付补助资金85万元，经办人员未按规定审核验收资料。
            二、党支部组织生活不规范，主题党日多以集中学习代替。
            """, """
            县石材产业服务中心党支部关于巡察整改情况的报告
            一、责令2家企业退回未验收即拨付的补助资金85万元，已全部退回；制定《产业扶持资金拨付管理办法》，实行先验收、后拨付。（责任领导：副主任訾蔚然；整改时限：2025年4月30日）
            二、主题党日结合走访企业开展，2025年以来已开展3次。（责任领导：副主任閤晓岚；整改时限：2025年4月30日）
            县石材产业服务中心党支部
            2025年5月6日
            """);
        Assert.Single(Of(result, GapKinds.NoAccountability));
    }

    [Fact]
    public void An_item_still_under_way_by_its_status_field_and_one_of_slogans_marked_done_stand_out()
    {
        // dev94 p10's form, in words of our own: a later report's items close with （牵头领导：……；责任股室：……；持续整改） — still
        // open and no date — and one answers with slogans only (注重培训实效，加强对培训机构的管理) yet says 已完成.
        var result = fixture.Analyze("""
            县委第二巡察组关于巡察县劳务输出服务中心党支部的反馈意见
            一、东西部劳务协作任务完成不力，全年输出脱贫劳动力912人，任务为1500人。
            二、职业技能培训重数量轻质量，取得职业资格证书的仅占23%。
            三、违规列支餐费2.2万元，无用餐人员名单。
            """, """
            县劳务输出服务中心党支部关于巡察整改进展情况的报告
            一、东西部劳务协作任务完成不力
            2024年1月至9月联合举办专场招聘会5场，新增输出脱贫劳动力623人。下一步，继续加强与协作地区人社部门的对接，力争完成输出任务。（牵头领导：副主任邬启明；责任股室：劳务输出股；持续整改）
            二、职业技能培训重数量轻质量
            进一步提高培训质量，注重培训实效，加强对培训机构的管理，切实提升劳动者技能水平。（牵头领导：副主任甘若川；责任股室：培训股；已完成）
            三、违规列支餐费
            餐费2.2万元已由经办人员全部退还，对办公室主任进行诫勉谈话，修订《公务用餐审批管理规定》。（牵头领导：副主任甘若川；责任股室：办公室；已完成）
            县劳务输出服务中心党支部
            2024年10月29日
            """);
        Assert.Contains(Of(result, GapKinds.NoDeadline), g => g.IssueId == result.Issues[0].Id);
        Assert.Contains(Of(result, GapKinds.VagueMeasure), g => g.IssueId == result.Issues[1].Id);
    }

    [Fact]
    public void A_measure_left_over_in_a_report_of_its_own_areas_answers_the_problem_left_over_that_it_is_about()
    {
        // dev98 p01's form, in words of our own: the report regroups nine problems under four areas of its own; the last
        // area's second item (已委托第三方造价机构开展结算审核) is about the audit problem no heading names, only faintly, and
        // nearer it than any other problem: it answers it.
        var result = fixture.Analyze("""
            县委第二巡察组关于巡察县重点项目建设服务中心党支部的反馈意见
            一、项目谋划储备不扎实。2024年申报的专项债券项目中有4个因前期手续不全被退回，其中物流园二期项目连续两年未通过审核。
            二、重点项目调度流于形式。2024年召开的12次调度会中有9次只通报进度，交办事项没有明确责任人和办结时限。
            三、主体责任落实不到位。党支部2024年没有专题研究党风廉政建设工作，支部书记与班子成员的廉政谈话流于形式。
            四、违反中央八项规定精神问题时有发生。以“项目督导”名义在县外景区就餐2次，费用0.86万元在项目工作经费中列支。
            五、项目前期工作经费管理不规范。支付咨询服务费38.5万元，其中2笔共11.2万元既无合同也无成果验收。
            六、“三会一课”落实不严格。2024年支部委员会仅召开5次，2名党员全年参加组织生活不足半数。
            七、干部队伍结构不优。中心在编12人中具有工程类专业背景的仅3人；从乡镇借调的2名干部超过一年未返回原单位。
            八、上轮巡察整改不彻底。2021年县委巡察指出的“项目档案管理混乱”问题，此次抽查的8个项目中有5个缺少竣工验收资料。
            九、审计发现问题整改滞后。2023年县审计局指出的代建项目超概算问题涉及金额126万元，至今未完成结算审核。
            """, """
            县重点项目建设服务中心党支部关于巡察整改情况的报告
            一、反馈问题整改情况
            （一）聚焦项目建设主责，破解“谋不深、调不实”问题
            1.建立重点项目储备库分级管理机制，出台《重点项目储备库管理办法》，目前在库项目42个。
            2.调度会改为“一项目一专班”现场调度，制定《项目调度交办督办制度》，每次会后印发交办单。
            （责任领导：副主任郜立川；完成时限：2025年6月30日）
            （二）聚焦作风建设和经费管理，堵塞廉洁风险漏洞
            1.以“项目督导”名义在县外景区就餐的2次费用0.86万元，已由参加人员全部退缴；对组织就餐的综合股负责人进行批评教育。
            2.对无合同、无验收即支付的2笔咨询服务费共11.2万元逐笔核查，已补签合同并组织专家评审验收。
            （责任领导：副主任亓书禾；完成时限：2025年5月31日）
            （三）聚焦支部和队伍建设，夯实组织基础
            1.严格执行支部委员会每月召开制度，2025年以来已按月召开；对2名参加组织生活不足的党员进行谈心谈话。
            2.借调的2名乡镇干部中，1名已于3月底返回原单位，另1名按县委组织部意见办理正式调动手续。通过2025年事业单位公开招聘增设工程管理岗位2个，同时与县住建局建立业务骨干跟班学习机制，每年选派2人跟班学习。
            （责任领导：支部副书记逯明远；责任股室：综合股；完成时限：2025年10月31日）
            （四）聚焦巡察审计整改，推动老问题见底清零
            1.5个缺少竣工验收资料的项目已全部补齐并归档。
            2.已委托第三方造价机构开展结算审核，目前审核工作正在进行中。
            （责任领导：副主任亓书禾；完成时限：2025年9月30日）
            中心党支部
            2025年5月20日
            """);
        Assert.DoesNotContain(Of(result, GapKinds.UnansweredIssue), g => g.IssueId == result.Issues[8].Id);
        Assert.Contains(result.Measures, m => m.IssueIds.Contains(result.Issues[8].Id) && m.Text.Contains("结算审核", StringComparison.Ordinal));
    }

    [Fact]
    public void A_line_of_fields_under_a_parts_heading_gives_every_item_of_the_part_its_owner_and_time()
    {
        // dev98 p05's form, in words of our own: parts under the unit's own slogans, each opening with a bracketed line of
        // fields (（牵头领导：……；完成时限：……）) before its 一是……二是……, which say nothing of who or when themselves.
        var result = fixture.Analyze("""
            市委第四巡察组关于巡察市出版社有限公司党委的反馈意见
            一、书稿导向把关不严，2种图书被上级通报。
            二、意识形态工作责任制落实不到位，党委每年专题研究意识形态工作仅1次。
            三、教辅发行环节廉洁风险突出，向中间人支付推广费。
            四、会议费管理不规范，书展期间列支礼品费用1.2万元。
            """, """
            市出版社有限公司党委关于巡察整改情况的报告

            一、坚持政治引领，守牢出版主阵地
            （牵头领导：党委副书记、总编辑禚慕白；完成时限：2025年6月30日）
            一是把好书稿导向关。对2024年以来出版的全部图书开展复查，被通报的2种图书正在修订重印。
            二是压实意识形态工作责任。党委会每季度专题研究一次意识形态工作，制定《意识形态工作责任清单》，正在推进。

            二、坚持从严治党，防范化解廉洁风险
            （牵头领导：纪委书记羿澄江；完成时限：2025年5月10日）
            一是规范教辅发行。全面停止向中间人支付推广费，发行费用实行合同管理，正在推进。
            二是严格会议费管理。礼品费用1.2万元正在追缴，修订《会议费管理办法》。
            三是开展警示教育。组织全体职工观看警示教育片，召开以案促改专题会。

            中共市出版社有限公司委员会
            2025年5月16日
            """);
        Assert.Empty(Of(result, GapKinds.NoOwner));
        Assert.Empty(Of(result, GapKinds.NoDeadline));
    }

    [Fact]
    public void A_leader_named_doing_the_work_answers_for_it()
    {
        // dev98 p01's form, in words of our own: a general part tells what the Party secretary did himself (……同志分别与……开展
        // 廉政谈话，主持召开……), which is the answer to the problem of primary responsibility, and its owner.
        var result = fixture.Analyze("""
            县委第二巡察组关于巡察县重点项目建设服务中心党支部的反馈意见
            一、主体责任落实不到位，党支部2024年没有专题研究党风廉政建设工作，支部书记与班子成员的廉政谈话流于形式。
            二、项目前期工作经费管理不规范，2笔咨询费共11.2万元既无合同也无成果验收。
            """, """
            县重点项目建设服务中心党支部关于巡察整改情况的报告
            一、关于主体责任落实不到位的问题
            4月8日，訾砚秋同志分别与3名班子成员、6名中层干部开展廉政谈话，逐人指出岗位廉洁风险点；党支部专题研究党风廉政建设工作正在推进。
            二、关于前期工作经费管理不规范的问题
            对2笔咨询服务费逐笔核查，已补签合同并组织专家验收。（责任领导：副主任亓书禾；完成时限：2025年5月31日）
            中心党支部
            2025年5月20日
            """);
        Assert.DoesNotContain(Of(result, GapKinds.NoOwner), g => g.IssueId == result.Issues[0].Id);
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("对违规提供档案的干部给予党内警告处分。", false)]
    public void A_cadre_who_used_the_posts_convenience_for_an_outsider_wants_someone_held_to_account(string sanction, bool flagged)
    {
        // dev98 p09's form, in words of our own: 个别干部利用查档便利，私自为房产中介提供他人房屋档案 — the report adds checks and
        // cameras; whether the cadre is dealt with decides.
        var result = fixture.Analyze("""
            县委第四巡察组关于巡察县城市建设档案馆党支部的反馈意见
            一、档案利用管理存在漏洞，个别干部利用查档便利，私自为房产中介提供他人房屋的档案复印件。
            二、党支部“三会一课”记录简单。
            """, $$"""
            县城市建设档案馆党支部关于巡察整改情况的报告
            一、查档实行身份核验、审批登记、复印留痕，查档大厅安装视频监控，修订《城建档案利用管理办法》。{{sanction}}（责任领导：馆长；完成时限：2025年3月31日）
            二、统一使用党支部工作手册，记录会议议题和发言要点。（责任领导：书记；完成时限：2025年2月28日）
            县城市建设档案馆党支部
            2025年4月2日
            """);
        Assert.Equal(flagged, Of(result, GapKinds.NoAccountability).Any(g => g.IssueId == result.Issues[0].Id));
    }

    [Fact]
    public void Work_part_done_and_planned_to_be_finished_is_open_and_a_count_that_leaves_it_out_does_not_add_up()
    {
        // dev96 p10's form, in words of our own: 已完成工程量的75% … 计划于2025年9月底前完工 is work under way, so a notice that counts
        // one problem still open, with two items open, does not add up.
        var result = fixture.Analyze("""
            县委第一巡察组关于巡察县城市公园管理处党支部的反馈意见
            一、公园提质改造项目推进缓慢，2个项目滞后计划半年以上。
            二、园内经营摊位租金坐收坐支，5.6万元未入单位账户。
            三、固定资产管理混乱，账实不符。
            """, """
            县城市公园管理处党支部关于巡察整改进展情况的公告
            截至目前，巡察反馈的3个问题已完成整改2个，正在整改1个。
            一、实行每周现场调度；滨河公园已完成工程量的75%，凤台公园已于2025年3月开工，两个项目均计划于2025年9月底前完工。（牵头领导：副主任岳清扬；完成时限：2025年9月30日）
            二、未入账租金5.6万元已全部纳入单位账户，制定《摊位租赁管理办法》，对经营管理股股长给予诫勉谈话。（牵头领导：主任卓怀瑾；完成时限：2025年1月31日）
            三、清查小组正在对全部固定资产逐项清查，计划2025年5月底前完成账实核对。（牵头领导：副主任岳清扬；完成时限：2025年5月31日）
            县城市公园管理处党支部
            2025年4月2日
            """);
        Assert.Single(Of(result, GapKinds.InconsistentClaim));
    }

    [Fact]
    public void A_sentence_closing_a_part_that_hands_its_work_to_one_owner_is_said_of_the_part_not_of_its_last_item()
    {
        // dev96 p08's form, in words of our own: parts closed by 以上整改任务由副站长X负责，其中……前完成 / 以上由……负责; the last item
        // of a part is slogans only, and the closing sentence's dates and ledger are no measure of it.
        var result = fixture.Analyze("""
            县委第二巡察组关于巡察县农业生态环境保护站党支部的反馈意见
            一、耕地土壤污染防治任务推进缓慢，受污染耕地安全利用台账至今未建立。
            二、秸秆综合利用项目验收走过场，验收组没有到现场核实。
            三、违规接受服务对象宴请2次。
            """, """
            县农业生态环境保护站党支部关于巡察整改情况的报告
            一、聚焦主责主业
            （一）加快耕地土壤污染防治。抽调4名技术人员组成专班，逐地块核实受污染耕地，正在建立安全利用台账。
            （二）规范秸秆综合利用项目管理。进一步规范项目验收管理，严格落实项目验收程序，切实加强对实施主体的监督管理，不断提高项目管理水平。
            以上整改任务由副站长仲伯言负责，其中受污染耕地安全利用台账2025年10月底前建成，其余事项2025年6月底前完成。
            二、严守纪律规矩
            对违规接受宴请的副站长进行诫勉谈话，餐费0.24万元已由其本人退缴；修订《公务接待管理规定》。
            以上由党支部书记负责，2025年6月底前完成。
            县农业生态环境保护站党支部
            2025年7月2日
            """);
        Assert.Contains(result.Gaps, g => g.IssueId == result.Issues[1].Id && g.Kind is GapKinds.VagueMeasure or GapKinds.UnansweredIssue);
        Assert.DoesNotContain(result.Measures, m => m.Text.StartsWith("以上", StringComparison.Ordinal) && m.IssueIds.Any());
        Assert.DoesNotContain(Of(result, GapKinds.NoOwner), g => g.IssueId == result.Issues[0].Id);
    }

    [Fact]
    public void A_first_person_leader_who_presides_over_the_work_answers_for_it()
    {
        // dev98 p09's form, in words of our own: the principal writes in the first person (我主持修订……) of an item still under way.
        var result = fixture.Analyze("""
            县委第一巡察组关于巡察县城市建设档案馆党支部的反馈意见
            一、民主集中制执行不到位，馆务会议事规则多年未修订。
            二、档案数字化外包合同变更未经集体研究。
            """, """
            县城市建设档案馆党支部关于巡察整改情况的报告
            一、我主持修订《馆务会议事规则》，明确“三重一大”事项范围，目前正在征求班子成员意见。
            二、数字化外包合同变更补充提交馆务会集体研究，委托县审计局审核。（责任领导：副馆长巫马清；完成时限：2025年3月31日）
            县城市建设档案馆党支部
            2025年4月30日
            """);
        Assert.DoesNotContain(Of(result, GapKinds.NoOwner), g => g.IssueId == result.Issues[0].Id);
    }

    /// <summary>dev102 p08's form, in words of our own: a small unit's report, each part headed by a short topic, in plain words.</summary>
    private const string PlainFeedback = """
        县委第二巡察组关于巡察蕙塘镇供水站党支部的反馈意见
        一、巡察发现的主要问题
        1.水费收缴不规范。抄表员收取现金后长期不交，最长压款4个月，涉及3860元。
        2.水质检测不落实。出厂水每月一次的检测，2024年有5个月没有做。
        3.维修材料管理混乱。水表、管件出入库没有登记，账物不符。
        4.站长亲属用水不交费。站长的两户亲属两年没有交水费，合计1260元。
        5.停水不提前通知。今年以来4次计划停水都没有提前通知用户。
        6.工作纪律松散。巡察期间发现2名职工上班时间在值班室打牌。
        二、整改要求
        站党支部要在三个月内报送整改情况报告，并在各村公开栏公开。
        县委第二巡察组
        2024年8月20日
        """;

    [Fact]
    public void A_small_units_report_in_plain_words_answers_each_problem_by_its_topic_and_its_doers_own_the_work()
    {
        var result = fixture.Analyze(PlainFeedback, """
            蕙塘镇供水站关于巡察整改情况的报告
            镇党委、县委巡察办：
            8月20日，县委第二巡察组反馈了我站6个方面的问题。我是站长，也是支部书记，整改我负责，站里5名职工每人分了任务。现在把改的情况报告如下：
            一、水费。3860元现金已全部交站里入了账。压钱最长的抄表员写了检查，扣了两个月绩效。以后收费一律开票，当天交账。
            二、水质检测。从9月起每月10号前由化验员柳青取样送县疾控中心检测，检测报告复印一份贴在站门口。
            三、维修材料。建了材料出入库登记本，领料人和保管员两人签字，每月底盘一次库。负责人：保管员符平，9月底前建好（已建好）。
            四、亲属用水。我两户亲属欠的1260元水费已于9月全部补交。这件事是我的问题，我在镇党委会上作了检讨，写了书面检查。
            五、停水通知。切实增强服务意识，进一步提高服务水平，真心实意为群众办实事。
            六、工作纪律。打牌的2名职工在职工会上作了检讨，扣了当月绩效。站里定了上班纪律，值班室不准打牌，我每周不定时查岗。
            整改情况已在各村公开栏公开。
            蕙塘镇供水站
            2024年11月15日
            """);
        // Six short topics for six problems: each answers its own, even the part made of slogans (a vague answer, not none).
        Assert.Equal(["I1", "I2", "I3", "I4", "I5", "I6"], result.Issues.Where(i => result.Measures.Any(m => m.IssueIds.Contains(i.Id))).Select(i => i.Id));
        Assert.Contains(Of(result, GapKinds.VagueMeasure), g => g.IssueId == "I5");
        Assert.Empty(Of(result, GapKinds.UnansweredIssue));
        // The head in charge of the work in his own words; the analyst named doing the tests owns them.
        Assert.Empty(Of(result, GapKinds.WeakLeadership));
        Assert.DoesNotContain(Of(result, GapKinds.NoOwner), g => g.IssueId == "I2");
    }

    [Theory]
    [InlineData("对全体党员党费交纳基数重新核定，少交的党费已补交；建立党费收缴登记台账，由组织委员每月核对。责任领导：/；整改时限：2025年5月底；完成情况：持续推进。", true)]
    public void Whoever_is_named_doing_the_work_owns_it_unless_an_owner_field_is_left_blank(string answer, bool withoutOwner)
    {
        // dev5 f04's form (责任领导：/ beside 由组织委员每月核对), in words of our own: a blank owner field says nobody answers for the
        // item, whoever does its monthly check (a guard: the doer read as owner must not fill a field left blank).
        var result = fixture.Analyze("""
            县委第三巡察组关于巡察县档案馆党支部的反馈意见
            一、巡察发现的主要问题
            1.档案数字化推进缓慢，馆藏数字化率不足三成。
            2.党费收缴不规范，3名党员少交党费1260元。
            3.查档服务不规范，查档登记缺项。
            4.库房温湿度监测记录不全。
            县委第三巡察组
            2025年3月10日
            """, $"""
            县档案馆党支部关于巡察整改情况的报告
            一、关于档案数字化推进缓慢的问题
            新增数字化档案1.2万卷，正在推进二期招标。责任领导：副馆长某某；整改时限：2025年12月31日；完成情况：持续推进。
            二、关于查档服务不规范的问题
            查档登记补齐身份核验一栏，已完成。责任领导：副馆长某某；整改时限：2025年4月30日；完成情况：已完成。
            三、关于库房温湿度监测的问题
            库房安装温湿度自动记录仪4台，已完成。责任领导：馆长某某；整改时限：2025年4月30日；完成情况：已完成。
            四、关于党费收缴不规范的问题
            {answer}
            县档案馆党支部
            2025年5月30日
            """);
        Assert.Equal(withoutOwner, Of(result, GapKinds.NoOwner).Any(g => g.IssueId == "I2"));
    }

    [Fact]
    public void Misconduct_the_requirements_ask_to_be_dealt_with_is_found_by_what_was_done_not_by_its_judgement()
    {
        // dev100 p04's form (对违规出具证明、违规使用经费等问题要严肃处理到人 for 为4名……申请人出具了……居住证明), in words of our own.
        var result = fixture.Analyze("""
            县委第四巡察组关于巡察县社区服务中心党支部的反馈意见
            一、巡察发现的主要问题
            1.出具居住证明把关不严，2024年为5名居住年限不足的申请人出具了用于入学积分的居住证明。
            2.网格员培训不足，2024年未组织业务培训。
            二、整改要求
            对违规出具证明等问题要严肃处理到人。中心要在三个月内报送整改情况报告。
            县委第四巡察组
            2025年3月5日
            """, """
            县社区服务中心党支部关于巡察整改情况的报告
            一、关于出具居住证明把关不严的问题
            对2024年以来出具的居住证明全部复查，已将5名申请人的情况函告县教育局重新核定积分；组织窗口人员观看警示教育片。责任人：主任某某；完成时限：2025年4月30日。
            二、关于网格员培训不足的问题
            举办网格员业务培训2期，培训120人次。责任人：副主任某某；完成时限：2025年4月30日。
            县社区服务中心党支部
            2025年5月28日
            """);
        Assert.Equal(["I1"], Of(result, GapKinds.NoAccountability).Select(g => g.IssueId));
    }

    [Theory]
    [InlineData("该药品供应商的业务员系采购科科长的妻弟，科长未申请回避。", "采购科科长已就相关情况作出说明；党总支对采购科全体人员开展集体廉政谈话。", true)]
    [InlineData("其中1.6万元发票所载服务内容与实际不符。", "已要求广告公司换开发票，组织财务人员学习报销规定。", true)]
    [InlineData("其中1.6万元发票所载服务内容与实际不符。", "已要求广告公司换开发票，对审核把关的财务人员进行批评教育。", false)]
    public void A_relatives_business_or_invoices_not_matching_the_service_want_someone_held_to_account(string evidence, string answer, bool flagged)
    {
        // dev100 p05 and p08's forms, in words of our own.
        var result = fixture.Analyze($"""
            县委第一巡察组关于巡察县老年病医院党总支的反馈意见
            一、巡察发现的主要问题
            1.采购管理有漏洞。{evidence}
            2.护理人员培训不足，2024年未组织护理技能培训。
            县委第一巡察组
            2025年3月5日
            """, $"""
            县老年病医院党总支关于巡察整改情况的报告
            一、关于采购管理有漏洞的问题
            {answer}修订《采购管理办法》。责任人：院长某某；完成时限：2025年4月30日。
            二、关于护理人员培训不足的问题
            举办护理技能培训2期。责任人：副院长某某；完成时限：2025年4月30日。
            县老年病医院党总支
            2025年5月28日
            """);
        Assert.Equal(flagged, Of(result, GapKinds.NoAccountability).Any(g => g.IssueId == "I1"));
    }

    [Theory]
    [InlineData("2024年以来已分两批推进", true)]
    [InlineData("2025年6月30日", false)]
    public void A_time_field_that_gives_a_start_gives_no_time_limit(string field, bool flagged)
    {
        // dev100 p08's form (完成时限：2024年以来已分两批推进 on an item still under way), in words of our own.
        var result = fixture.Analyze("""
            县委第三巡察组关于巡察县消费帮扶服务中心党支部的反馈意见
            一、巡察发现的主要问题
            1.产品认定把关不严，9个产品不符合认定条件。
            2.专柜运营管理不善，5个专柜长期缺货。
            3.展销活动经费使用不规范，场地布置费未比价。
            县委第三巡察组
            2024年9月24日
            """, $"""
            县消费帮扶服务中心党支部关于巡察整改情况的报告
            一、关于产品认定把关不严的问题
            取消9个产品的认定资格，制定《产品认定管理办法》。责任领导：副主任某某 完成时限：2024年11月30日 完成情况：已完成
            二、关于专柜运营管理不善的问题
            5个缺货专柜已关停3个，其余2个限期补货。责任领导：副主任某某 完成时限：{field} 完成情况：正在推进
            三、关于展销活动经费的问题
            制定《展销活动经费管理规定》，场地布置一律比价。责任领导：主任某某 完成时限：2024年12月31日 完成情况：已完成
            县消费帮扶服务中心党支部
            2024年12月20日
            """);
        Assert.Equal(flagged, Of(result, GapKinds.NoDeadline).Any(g => g.IssueId == "I2"));
    }

    [Theory]
    [InlineData("对2名长期不在岗的公益性岗位人员解除岗位协议，违规领取的补贴1.44万元已全部追回。", false)]
    [InlineData("违规领取的补贴1.44万元已全部追回。", true)]
    public void Ending_the_post_of_whoever_took_the_money_holds_them_to_account(string answer, bool flagged)
    {
        // dev12 p08's form (解除岗位协议 for two absentees paid a post's allowance), in words of our own.
        var result = fixture.Analyze("""
            街道第一巡察组关于巡察蕙园社区党委的反馈意见
            一、巡察发现的主要问题
            1.公益性岗位人员管理松散。社区2名公益性岗位人员长期不在岗，仍按月领取岗位补贴，合计1.44万元。
            2.居民议事会议记录不全。
            二、整改要求
            对违规领取补贴等问题要严肃处理。
            街道第一巡察组
            2025年3月5日
            """, $"""
            蕙园社区党委关于巡察整改情况的报告
            一、关于公益性岗位人员管理松散的问题
            {answer}考勤改为每天刷脸签到。责任人：社区书记某某；完成时限：2025年4月30日。
            二、关于居民议事会议记录不全的问题
            补齐议事会议记录，专人记录归档。责任人：社区副书记某某；完成时限：2025年4月30日。
            蕙园社区党委
            2025年5月28日
            """);
        Assert.Equal(flagged, Of(result, GapKinds.NoAccountability).Any(g => g.IssueId == "I1"));
    }

    [Fact]
    public void A_first_person_report_of_topics_answers_the_problems_it_takes_up_and_signs_off_with_the_signers_post()
    {
        // dev102 p09's form (五、支部学习的事 … for six problems, one left out; 书记、站长：斛永胜 above the date), in words of our own.
        var result = fixture.Analyze("""
            局党组巡察组关于巡察蕙岭养护站党支部的反馈意见
            一、巡察发现的主要问题
            1.养护巡查不到位，巡路日志有14天空白。
            2.养护材料管理混乱，冷补料出入库账物不符，差11袋。
            3.以“抢险加班”名义违规发放补助0.8万元，没有抢险记录。
            4.作业现场安全防护不规范，有的作业点不摆放锥桶。
            5.支部学习流于形式，学习记录多是抄写文件。
            6.职工食堂伙食费收支不清，账目从未公开。
            局党组巡察组
            2024年11月5日
            """, """
            蕙岭养护站巡察整改情况报告
            局党组：
            去年11月5日，局党组巡察组向我站反馈了巡察发现的问题。我是站长，也是支部书记，整改我牵头。现将整改情况报告如下：
            一、发加班补助的事
            以“抢险加班”名义发的0.8万元，8名职工每人退回1000元，已交回中心财务。我在中心党委会上作了检讨，扣了半年绩效。
            二、巡路不到位的事
            巡路日志由副站长吕青每天晚上检查签字，不准事后补记。12月以来巡路日志没有一天空白。
            三、冷补料账物不符的事
            差的11袋冷补料已补办出库手续。以后材料领用由保管员詹丽登记、领用人签字，每月底盘一次库。
            四、作业现场安全的事
            买了锥桶和警示牌各20个，每个作业点出工前由带班员检查摆放。
            五、支部学习的事
            每月第一个星期一晚上大家一起读原文，我带头讲，党员轮流讲，讲完各自说体会。
            蕙岭养护站党支部
            书记、站长：斛永明
            2025年1月26日
            """);
        Assert.Equal(["I6"], Of(result, GapKinds.UnansweredIssue).Select(g => g.IssueId));
        Assert.Contains(result.Measures, m => m.IssueIds.SequenceEqual(["I5"]) && m.Text.StartsWith("每月第一个星期一", StringComparison.Ordinal));
        // (The part's body shares no word with its problem: its topic says which it answers.)
        Assert.DoesNotContain(result.Measures, m => m.Text.Contains("斛永明", StringComparison.Ordinal));
    }

    [Fact]
    public void Plain_words_give_an_item_its_owner_its_standing_time_and_its_end()
    {
        // dev102 p08 and p09's forms (我每周不定时查岗 / 从9月起每月10号前…… / 已交回中心财务), in words of our own: the head
        // who checks each week owns the rule he set, a practice started on a month and kept each month wants no date, money
        // handed back is done.
        var result = fixture.Analyze(PlainFeedback, """
            蕙塘镇供水站关于巡察整改情况的报告
            8月20日，县委第二巡察组反馈了我站6个方面的问题。我是站长，整改我负责。现在把改的情况报告如下：
            一、水费。3860元现金已全部交回站里入了账。压钱最长的抄表员写了检查，扣了两个月绩效。
            二、水质检测。从9月起每月10号前由化验员柳青取样送县疾控中心检测，检测报告贴在站门口。
            三、维修材料。建了材料出入库登记本，领料人和保管员两人签字。负责人：保管员符平，9月底前建好（已建好）。
            四、亲属用水。我两户亲属欠的1260元水费已于9月全部补交，我在镇党委会上作了检讨。
            五、停水通知。停水前一天在各村微信群和广播通知，由调度员钱林负责，9月起执行（已执行）。
            六、工作纪律。打牌的2名职工在职工会上作了检讨，扣了当月绩效。站里定了上班纪律，值班室不准打牌，我每周不定时查岗。
            整改情况已在各村公开栏公开。
            蕙塘镇供水站
            2024年11月15日
            """);
        Assert.DoesNotContain(Of(result, GapKinds.NoDeadline), g => g.IssueId == "I2");
        Assert.DoesNotContain(Of(result, GapKinds.NoOwner), g => g.IssueId == "I6");
        Assert.Equal(MeasureStatus.Done, result.Measures.First(m => m.IssueIds.Contains("I1")).Status);
    }

    [Theory]
    [InlineData("自2025年7月起，每次查勘定损安排2名以上工作人员参加；中心将适时研究制定查勘定损复核办法。", true)]
    [InlineData("自2025年7月起，每次查勘定损安排2名以上工作人员参加；办公室已于4月印发《中心固定资产管理细则》。", true)]
    [InlineData("自2025年7月起，每次查勘定损安排2名以上工作人员参加；中心已印发《查勘定损复核办法》。", false)]
    public void A_rule_the_feedback_says_does_not_exist_is_not_answered_by_a_promise_or_a_rule_on_another_matter(string answer, bool flagged)
    {
        // dev100 p06 and p09's forms (中心至今没有查勘定损复核方面的制度 answered by 将适时研究制定…… or by a rule on fixed assets), in
        // words of our own.
        var result = fixture.Analyze("""
            县委第一巡察组关于巡察县农业保险服务中心党支部的反馈意见
            一、巡察发现的主要问题
            1.廉政风险防控不到位。查勘定损由1名工作人员独立完成，定损结果无人复核，中心至今没有查勘定损复核方面的制度。
            2.业务培训不足，2024年未组织查勘业务培训。
            县委第一巡察组
            2025年3月5日
            """, $"""
            县农业保险服务中心党支部关于巡察整改情况的报告
            一、关于廉政风险防控不到位的问题
            {answer}（牵头领导：副主任某某；完成时限：2025年7月31日）
            二、关于业务培训不足的问题
            举办查勘业务培训2期，培训40人次。（牵头领导：副主任某某；完成时限：2025年5月31日）
            县农业保险服务中心党支部
            2025年5月28日
            """);
        Assert.Equal(flagged, Of(result, GapKinds.NoMechanism).Any(g => g.IssueId == "I1"));
    }

    [Fact]
    public void A_closing_division_by_bracketed_numbers_gives_owners_and_time_limits_and_answers_for_each_number()
    {
        // dev100 p07 and p10's forms (第（一）（二）（九）项由……负责，……前完成 / 针对第（六）项，…… / 整改时限：……经理办公会已专题研究 /
        // 各项整改除另有注明外，均于……前完成), in words of our own.
        var result = fixture.Analyze("""
            县委第一巡察组关于巡察县社会心理服务指导中心党支部的反馈意见
            一、巡察发现的主要问题
            （一）心理援助热线运行不畅，夜间接通率不足50%。
            （二）购买服务项目管理不规范，27万元项目没有经过比选即直接委托。
            （三）落实中央八项规定精神不够严格，以“督导”名义组织6人赴邻县参观景区，差旅费1.2万元予以报销。
            县委第一巡察组
            2025年2月18日
            """, """
            县社会心理服务指导中心党支部关于巡察整改情况的报告
            一是解决热线运行不畅问题。热线夜间实行两人轮值，夜间接通率提升至92%。
            二是规范购买服务项目管理。终止与该机构的续签，2025年项目经公开比选确定承接机构。
            三是纠正违规报销问题。对赴邻县“督导”的费用重新核查。
            按照整改方案，第（一）（二）项由副主任龚某负责，2025年4月30日前完成；第（三）项由主任嵇某负责，2025年4月15日前完成。
            针对第（二）项，对未经比选直接委托项目的经办人给予诫勉谈话。针对第（三）项，1.2万元差旅费已由6名参加人员全部退缴；带队的副主任作出书面检查，给予其诫勉谈话。
            县社会心理服务指导中心党支部
            2025年5月10日
            """);
        Assert.Empty(Of(result, GapKinds.NoOwner));
        Assert.Empty(Of(result, GapKinds.NoDeadline));
        Assert.Empty(Of(result, GapKinds.NoAccountability));
        Assert.Contains(result.Measures, m => m.Text.StartsWith("针对第（三）项，1.2万元差旅费", StringComparison.Ordinal) && m.IssueIds.SequenceEqual(["I3"]));
    }

    [Theory]
    [InlineData("整改时限：2024年12月17日经理办公会已专题研究；完成情况：正在推进", true)]
    [InlineData("整改时限：2025年3月31日；完成情况：正在推进", false)]
    public void A_meeting_date_in_the_time_limit_cell_is_no_time_limit(string fields, bool flagged)
    {
        // dev100 p02's form, in words of our own.
        var result = fixture.Analyze("""
            县国资委巡察组关于巡察县充电服务公司党支部的反馈意见
            一、巡察发现的主要问题
            1.乡镇充电站建设滞后，14座计划站点只建成5座。
            2.财务报销审核不严，7笔差旅费无审批签字。
            3.安全巡检不到位，充电桩巡检记录缺失。
            4.党支部组织生活不规范，主题党日多次以业务会代替。
            县国资委巡察组
            2024年10月8日
            """, $"""
            县充电服务公司党支部关于巡察整改情况的报告
            一、关于乡镇充电站建设滞后的问题
            重新排定建设计划，已新开工4座；责任领导：总经理某某；{fields}。
            二、关于财务报销审核不严的问题
            7笔差旅费补办审批手续；责任领导：总经理某某；整改时限：2024年11月30日；完成情况：已完成。
            三、关于安全巡检不到位的问题
            建立充电桩巡检台账，每周巡检一次；责任领导：副总经理某某；整改时限：2024年11月30日；完成情况：已完成。
            四、关于党支部组织生活不规范的问题
            制定年度主题党日计划；责任领导：支部书记某某；整改时限：2024年12月31日；完成情况：已完成。
            县充电服务公司党支部
            2025年1月6日
            """);
        Assert.Equal(flagged, Of(result, GapKinds.NoDeadline).Any(g => g.IssueId == "I1"));
    }

    [Fact]
    public void A_small_units_table_drawn_with_spaces_gives_each_row_its_owner_and_plain_time_limit()
    {
        // dev102 p03's form (a table set out by spaces between ------ rules, headed 怎么改的 / 负责人 / 完成时间 / 现在怎样, a
        // time limit 春茶收完前, the table posted on the notice board), in words of our own.
        var result = fixture.Analyze("""
            县委第四巡察组关于巡察蕙山茶叶专业合作社党支部的反馈意见
            一、巡察发现的主要问题
            1.支部的作用没有发挥出来，支部会和理事会合在一起开。
            2.盈余分配不按章程来，分配方案没有经过成员大会讨论。
            3.带动散户有名无实，收购时压价。
            4.安全生产有隐患，锅炉没有年检。
            二、整改要求
            整改情况要向社员公开。
            县委第四巡察组
            2025年5月20日
            """, """
            蕙山茶叶专业合作社党支部巡察整改情况

            5月20日，县委第四巡察组在我社开了反馈会，指出了4个问题。支部开会把问题分到了人，列了下面这张表。整改由我（支部书记聂长林）总负责。

            ----------------------------------------------------------------------------------------------
            序号  问题                怎么改的                                负责人      完成时间      现在怎样
            ----------------------------------------------------------------------------------------------
            1     支部作用没发挥      支部会和理事会分开开，每月10号晚上开支  聂长林      长期坚持      已开始
                                      部会，先学习半小时再议事
            ----------------------------------------------------------------------------------------------
            2     盈余分配不按章程    盈余分配方案重新提交成员大会讨论，按交  庹金林      年底前        正在改
                                      售茶青的多少返还
            ----------------------------------------------------------------------------------------------
            3     压价收购散户茶青    给去年被压价的23户补了差价，共3460元  庹金林      春茶收完前    已完成
            ----------------------------------------------------------------------------------------------
            4     锅炉没年检          两台锅炉已请县特种设备检验所检验，合格  锅炉工老菅  7月底前       已完成
            ----------------------------------------------------------------------------------------------

            这张表已经贴在合作社门口的公开栏，社员大会上也念给大家听了。

            蕙山茶叶专业合作社党支部
            2025年8月12日
            """);
        Assert.Empty(Of(result, GapKinds.NoOwner));
        Assert.Empty(Of(result, GapKinds.NoDeadline));
        Assert.Empty(Of(result, GapKinds.NoDisclosure));
        Assert.Equal("庹金林", result.Measures.First(m => m.IssueIds.Contains("I2")).Owner);
    }

    [Theory]
    [InlineData("其余3家选派了党建工作指导员，力争2025年底前具备条件后单独建立党组织，此项正在推进。", false)]
    [InlineData("其余3家选派了党建工作指导员，具备条件后单独建立党组织，此项正在推进。", true)]
    public void A_year_end_named_in_the_answers_words_is_its_time_limit(string answer, bool flagged)
    {
        // dev69 p02's form (力争2025年底前……建立党组织, read by its writer as the time limit of the work still open), in words of
        // our own.
        var result = fixture.Analyze("""
            县委第二巡察组关于巡察县社会组织服务中心党支部的反馈意见
            一、巡察发现的主要问题
            1.社会组织党建工作覆盖不够，11家具备条件的社会组织未建立党组织。
            2.财务报销审核不严，7笔差旅费无审批签字。
            县委第二巡察组
            2025年3月5日
            """, $"""
            县社会组织服务中心党支部关于巡察整改情况的报告
            一、关于社会组织党建工作覆盖不够的问题
            对11家社会组织逐家摸排，已有8家建立党支部；{answer}由党建指导科负责。
            二、关于财务报销审核不严的问题
            7笔差旅费补办审批手续，已完成。由财务股负责，2025年4月30日前完成。
            县社会组织服务中心党支部
            2025年5月28日
            """);
        Assert.Equal(flagged, Of(result, GapKinds.NoDeadline).Any(g => g.IssueId == "I1"));
    }

    [Fact]
    public void A_plain_report_of_labelled_paragraphs_answers_each_problem_even_by_a_pledge_and_reads_its_plain_facts()
    {
        // dev102 p01, p04, p06 and p10's forms, in words of our own: paragraphs opened by 消防的问题：, an answer that only
        // pledges (我们要做到……), sanctions in plain words (写了检查，作了检讨，扣了当月绩效), a rule written into an existing one
        // (写进学校的《财务管理办法》), an owner that is the unit itself (负责人：站里), a time in brackets (（时间：夏粮入库前）) and
        // a closing claim that every problem is put right while one is still being checked.
        var result = fixture.Analyze("""
            乡党委巡察组关于巡察蕙岭乡敬老院党支部的反馈意见
            一、巡察发现的主要问题
            1.有偿补课问题。2名教师在校外给本校学生有偿补课，每生每月收费200元。
            2.校舍维修不按程序办。维修厕所花费2.36万元，没有询价比价，也没有验收记录。
            3.消防安全隐患突出。6具灭火器过期，电动车在楼道里充电。
            4.档案管理混乱。优抚对象档案没有按人建档。
            5.信息采集数据不准。抽查80条信息有17处错误。
            乡党委巡察组
            2024年11月12日
            """, """
            蕙岭乡敬老院巡察整改情况
            11月12日，乡党委巡察组向我们反馈了5个问题，全院开会逐条认领。经过两个月整改，5个问题都已经整改到位。
            有偿补课的问题：两名老师已停止补课，收的补课费共4800元已全部退给家长。两人都写了检查，在全体职工会上作了检讨，扣了当月绩效。负责人：院长蒯福林。
            校舍维修的问题：已请镇中心学校补做了验收。今后5000元以上的维修先在职工会上商量，找三家报价，完工验收，这些规矩已经写进学校的《财务管理办法》。负责人：院长蒯福林。
            消防的问题：针对灭火器过期、电动车在楼道里充电的问题，我们要做到灭火器不过期、电动车不在楼道里充电，确保安全。
            档案的问题：按人建档，一人一档，买了两个铁皮柜上锁存放。负责人：站里。现在正在整理。（时间：夏粮入库前）
            信息采集的问题：对全乡612人的信息逐条核对，发现错的马上改。负责人：副院长缑秀兰。现在正在核对。（时间：春节前）
            蕙岭乡敬老院党支部
            2025年1月20日
            """);
        Assert.Empty(Of(result, GapKinds.UnansweredIssue));
        Assert.Contains(Of(result, GapKinds.VagueMeasure).Concat(Of(result, GapKinds.CopiedMeasure)), g => g.IssueId == "I3");
        Assert.DoesNotContain(Of(result, GapKinds.NoAccountability), g => g.IssueId == "I1");
        Assert.DoesNotContain(Of(result, GapKinds.NoMechanism), g => g.IssueId == "I2");
        Assert.Null(result.Measures.First(m => m.IssueIds.Contains("I4")).Owner);
        Assert.DoesNotContain(Of(result, GapKinds.NoDeadline), g => g.IssueId is "I4" or "I5");
        Assert.Single(Of(result, GapKinds.InconsistentClaim));
    }

    [Theory]
    [InlineData("3．老人零用钱的管理要建立制度，做到笔笔有登记、月月有核对。", "老人零用钱代管不清。院里代管34名老人的零用钱，没有登记本。")]
    [InlineData("水费收缴要建立规矩，不能再收“糊涂钱”。", "水费收取不规范。抄表员收现金不开票据，3240元迟交入账。")]
    public void A_requirement_for_rules_on_a_matter_finds_its_problem_past_its_number_and_a_changed_word(string requirement, string problem)
    {
        // dev102 p04 and p08's forms (a numbered requirement 3．……要建立制度; 水费收缴 asked, 水费收取 found), in words of our own:
        // answered by a one-off count or a sum booked, the problem still wants the rule its requirement asked for.
        var result = fixture.Analyze($"""
            乡党委巡察组关于巡察蕙岭乡供水站党支部的反馈意见
            一、巡察发现的主要问题
            1.{problem}
            2.值班纪律松散，2名职工上班时间打牌。
            二、整改意见
            {requirement}
            乡党委巡察组
            2024年11月12日
            """, """
            蕙岭乡供水站巡察整改情况
            一、第一个问题
            已经把钱清点了一遍，一共2.13万元，余额当面告诉了本人，已全部入账。负责人：站长蒯福林，11月底前完成（已完成）。
            二、第二个问题
            打牌的2名职工写了检查，扣了当月绩效。负责人：站长蒯福林，11月底前完成（已完成）。
            蕙岭乡供水站党支部
            2025年1月20日
            """);
        Assert.Contains(Of(result, GapKinds.NoMechanism), g => g.IssueId == "I1");
    }

    [Theory]
    [InlineData("中心至今未制定行政处罚自由裁量基准，执法人员自行掌握。", "对5起案件逐案复核，统一处罚尺度。", true)]
    [InlineData("公司现行《物资采购管理办法》制定于2016年，与上级新规定不符，至今未作修订。", "原煤采购已引入5家供应商按月比价；《物资采购管理办法》修订工作正在推进。", true)]
    [InlineData("公司现行《物资采购管理办法》制定于2016年，与上级新规定不符，至今未作修订。", "原煤采购已引入5家供应商按月比价；已修订《物资采购管理办法》，2025年1月印发执行。", false)]
    public void A_standard_never_set_or_a_rule_never_revised_is_answered_only_by_the_rule_made(string evidence, string answer, bool flagged)
    {
        // dev92 p10 and dev94 p02's forms (至今未制定……裁量基准 / 《……办法》制定于2016年……至今未作修订 answered by a practice and a
        // revision 正在推进), in words of our own.
        var result = fixture.Analyze($"""
            县国资委巡察组关于巡察县能源公司党支部的反馈意见
            一、巡察发现的主要问题
            1.管理不规范。{evidence}
            2.安全培训不足，2024年未组织全员安全培训。
            县国资委巡察组
            2024年12月10日
            """, $"""
            县能源公司党支部关于巡察整改情况的报告
            一、关于管理不规范的问题
            {answer}责任领导：总经理某某；整改时限：2025年2月15日。
            二、关于安全培训不足的问题
            组织全员安全培训2期，培训160人次。责任领导：副总经理某某；整改时限：2025年1月31日。
            县能源公司党支部
            2025年2月20日
            """);
        Assert.Equal(flagged, Of(result, GapKinds.NoMechanism).Any(g => g.IssueId == "I1"));
    }

    [Fact]
    public void One_rule_written_for_two_problems_that_each_have_their_own_acts_is_no_measure_pasted_twice()
    {
        // dev106 p09's form (each item's 长效机制： line names the same new rule, after acts of its own), in words of our own.
        var result = fixture.Analyze("""
            县委第二巡察组关于巡察县老年大学党支部的反馈意见
            一、主要问题
            1．退休党员组织关系管理不规范。管理的320名退休党员中有41名长期失联，党费收缴不及时。
            2．学员党员教育活动流于形式。主题党日内容单一，2024年有5次只读文件。
            3．财务报销审核不严。2024年有7笔讲课费无签收记录。
            """, """
            县老年大学党支部关于巡察整改情况的报告
            （一）关于退休党员组织关系管理的问题
            通过社区和原单位查找41名失联党员，已联系上36名并转接组织关系；党费实行按季度收缴。
            长效机制：制定《退休党员教育管理办法》。责任领导：校长某某；整改时限：2025年12月31日。
            （二）关于学员党员教育活动的问题
            主题党日结合课堂教学开展，9月和10月组织党员学员到社区开展志愿服务2次。
            长效机制：制定《退休党员教育管理办法》。责任领导：校长某某；整改时限：2025年9月30日。
            （三）关于财务报销审核的问题
            7笔讲课费已补齐签收记录；报销实行经办人、审核人、审批人三级签字，由副校长某某负责，2025年8月底前完成。
            县老年大学党支部
            2025年10月20日
            """);
        Assert.DoesNotContain(result.Gaps, g => g.Kind == GapKinds.RepeatedMeasure);
    }

    [Fact]
    public void A_sanction_in_a_ledger_rows_last_field_answers_the_problem_its_words_are_nearest()
    {
        // The 处理情况 field of row 2 holds the 办公室主任 to account for the meals booked as a training meeting: the clause is
        // about problem 2 by its words (培训会, 聚餐), not about the other three.
        const string Feedback = """
            县委第一巡察组关于巡察县体育彩票管理站党支部的反馈意见

            一、巡察发现的主要问题
            1．代销网点日常巡查不到位，2024年有11个网点全年未巡查。
            2．2024年以“网点业主培训会”名义在县城酒店安排聚餐4次，费用1.3万元在培训费中列支。
            3．促销活动剩余的奖品没有入库，电动自行车2辆被职工骑回家中使用。
            4．彩票销售数据分析工作薄弱，未形成季度分析报告。
            """;
        var result = fixture.Analyze(Feedback, """
            中共县体育彩票管理站支部委员会关于巡察整改情况的报告

            县委第一巡察组反馈意见后，站支部逐项建立整改台账，现将整改情况报告如下。

            序号｜反馈问题｜整改措施｜责任人｜完成时限｜整改进展｜处理情况
            1｜代销网点日常巡查不到位｜制定网点巡查办法，每季度对全部网点巡查一次｜副站长｜2025年4月30日｜已完成｜不涉及
            2｜培训会名义聚餐｜1.3万元已由参加聚餐人员全额退赔｜站长｜2025年3月31日｜已完成｜办公室主任受到诫勉谈话
            3｜促销奖品未入库｜2辆电动自行车已收回入库，奖品实行出入库登记｜副站长｜2025年3月31日｜已完成｜当事职工3人受到批评教育
            4｜数据分析工作薄弱｜每季度形成销售分析报告｜办公室｜2025年6月30日｜已完成｜不涉及

            中共县体育彩票管理站支部委员会
            2025年6月20日
            """);
        Assert.Equal(4, result.Issues.Length);
        Assert.Empty(Of(result, GapKinds.NoAccountability));
    }

    [Fact]
    public void A_closing_sentence_that_names_problems_by_number_holds_someone_to_account_for_each()
    {
        // dev112 p10's form, in words of our own: the items only put the money right; a closing part says, by the feedback's
        // numbers, that people were dealt with for problems 2 and 3 — a count, but of those problems, not a tally of the whole.
        const string Feedback = """
            县委第三巡察组关于巡察县农机服务站党支部的反馈意见

            一、巡察发现的主要问题
            1．农机安全宣传覆盖面不够，2024年只在3个乡镇开展了宣传活动。
            2．违规发放补贴，2024年以“加班补助”名义向职工发放补贴3.6万元。
            3．站长让其妻弟承揽了站内办公楼的外墙维修工程，合同金额4.6万元，没有经过比选。
            4．农机维修技术人员不足，全站只有2名持证维修工。
            """;
        var result = fixture.Analyze(Feedback, """
            中共县农机服务站支部委员会关于巡察整改情况的报告

            一、关于农机安全宣传覆盖面不够的问题
            制定全年宣传计划，2025年上半年已在全县12个乡镇开展宣传。已完成。
            二、关于违规发放补贴的问题
            已将3.6万元全部清退。已完成。
            三、关于外墙维修工程的问题
            已对该工程造价重新审核，核减0.6万元。已完成。
            四、关于维修技术人员不足的问题
            招聘2名持证维修工，组织现有人员参加培训。已完成。
            五、追责问责情况
            针对反馈的第2、3个问题，站支部配合县农业农村局党组查清责任，共对3名相关人员进行了处理，其中诫勉谈话1人、批评教育2人。

            中共县农机服务站支部委员会
            2025年5月20日
            """);
        Assert.Equal(4, result.Issues.Length);
        Assert.Empty(Of(result, GapKinds.NoAccountability));
    }

    [Fact]
    public void Owners_and_time_limits_given_by_the_problems_numbers_outside_the_items_reach_those_problems()
    {
        // dev114 p08's and p02's forms, in words of our own: a part on who does what names the problems by number
        // (第一方面第1个、第2个问题由……负责；第二方面2个问题由……负责) and a closing sentence sets the time limits the same way
        // (第（一）项于……前完成，其余各项均于……前完成); the items themselves name neither.
        var result = fixture.Analyze(Documents.SupplyCoopFeedback, """
            县供销合作社联合社党组关于巡察整改情况的报告
            县委巡察工作领导小组：
            现将整改情况报告如下。
            一、整改责任分工
            对照问题清单，党组明确：第一方面第1个、第2个问题由副主任柯望舒负责，业务科具体落实；第二方面2个问题由党组书记、主任樊启明负责，办公室、财务科具体落实。
            二、问题整改情况
            （一）关于农资储备任务落实不到位的问题
            与2家农资企业签订储备协议，春耕前储备化肥3000吨，各网点实行周报库存。
            （二）关于农产品收购价格不公示的问题
            3个收购点全部设立价格公示牌，每日更新收购价格，公布监督电话。
            （三）关于公务用车管理不规范的问题
            公务车节假日一律入库封存，钥匙由办公室统一保管，出车记录当日登记。
            （四）关于门市部现金收入未及时入账的问题
            门市部现金收入实行日清日结，当日存入单位账户，财务科每周核对一次。
            三、整改完成时限
            以上整改任务，第（一）项于2025年12月31日前完成，其余各项均于2025年5月31日前完成。
            县供销合作社联合社党组
            2025年6月5日
            """);
        Assert.Equal(4, result.Issues.Length);
        Assert.Empty(Of(result, GapKinds.NoOwner));
        Assert.Empty(Of(result, GapKinds.NoDeadline));
    }

    [Fact]
    public void A_parts_lead_that_hands_its_problems_to_a_leader_owns_the_items_below_it()
    {
        // dev114 p01's form, in words of our own: under each area's heading one line hands its problems to a leader
        // (以下2个问题由……牵头，……) and the items below name only their time limits.
        var result = fixture.Analyze(Documents.SupplyCoopFeedback, """
            县供销合作社联合社党组关于巡察整改情况的报告
            县委巡察工作领导小组：
            现将整改情况报告如下。
            （一）贯彻落实上级决策部署方面的2个问题
            以下2个问题由副主任柯望舒牵头，业务科具体落实。
            1．关于农资储备任务落实不到位的问题
            整改措施：与2家农资企业签订储备协议，春耕前储备化肥3000吨，各网点实行周报库存。
            完成时限：2025年12月31日。
            2．关于农产品收购价格不公示的问题
            整改措施：3个收购点全部设立价格公示牌，每日更新收购价格，公布监督电话。
            完成时限：立行立改。
            （二）全面从严治党方面的2个问题
            以下2个问题由党组书记、主任樊启明牵头，办公室、财务科配合落实。
            3．关于公务用车管理不规范的问题
            整改措施：公务车节假日一律入库封存，钥匙由办公室统一保管，出车记录当日登记。
            完成时限：2025年4月30日。
            4．关于门市部现金收入未及时入账的问题
            整改措施：门市部现金收入实行日清日结，当日存入单位账户，财务科每周核对一次。
            完成时限：反馈后一个月内。
            县供销合作社联合社党组
            2025年6月5日
            """);
        Assert.Equal(4, result.Issues.Length);
        Assert.Empty(Of(result, GapKinds.NoOwner));
    }

    [Fact]
    public void A_closing_sentence_that_excepts_problems_by_number_gives_the_rest_its_time_limit()
    {
        // dev114 p08's form, in words of our own: 除第一方面第1个问题外，其余3个问题均已于……前整改完成；第一方面第1个问题于……前完成.
        var result = fixture.Analyze(Documents.SupplyCoopFeedback, """
            县供销合作社联合社党组关于巡察整改情况的报告
            县委巡察工作领导小组：
            现将整改情况报告如下。
            一、问题整改情况
            （一）关于农资储备任务落实不到位的问题
            与2家农资企业签订储备协议，各网点实行周报库存，正在推进冬储。责任领导：副主任柯望舒。
            （二）关于农产品收购价格不公示的问题
            正在为收购点设立价格公示牌，公布监督电话。责任领导：副主任柯望舒。
            （三）关于公务用车管理不规范的问题
            正在修订公务车管理规定，节假日入库封存。责任领导：主任樊启明。
            （四）关于门市部现金收入未及时入账的问题
            正在推行日清日结，当日存入单位账户。责任领导：主任樊启明。
            二、整改完成时限
            上述问题中，除第一方面第1个问题外，其余3个问题均于2025年6月30日前整改完成；第一方面第1个问题于2025年12月31日前完成。
            县供销合作社联合社党组
            2025年6月5日
            """);
        Assert.Equal(4, result.Issues.Length);
        Assert.Empty(Of(result, GapKinds.NoDeadline));
        Assert.Empty(Of(result, GapKinds.NoOwner));
    }

    [Fact]
    public void A_time_limit_field_that_says_done_answers_a_finished_item_among_dated_ones()
    {
        // dev114 p10's and p03's form, in words of our own: every item closes with its fields; one finished item's time limit
        // reads 已完成. That is its answer, not a missing time limit.
        var result = fixture.Analyze(Documents.SupplyCoopFeedback, """
            县供销合作社联合社党组关于巡察整改情况的报告
            县委巡察工作领导小组：
            现将整改情况报告如下。
            （一）关于农资储备任务落实不到位的问题
            与2家农资企业签订储备协议，春耕前储备化肥3000吨，各网点实行周报库存。（责任领导：副主任柯望舒；完成时限：2025年12月31日）
            （二）关于农产品收购价格不公示的问题
            3个收购点全部设立价格公示牌，每日更新收购价格，公布监督电话。（责任领导：副主任柯望舒；完成时限：2025年4月30日）
            （三）关于公务用车管理不规范的问题
            公务车节假日一律入库封存，出车记录当日登记，已整改完成。（责任领导：主任樊启明；完成时限：已完成）
            （四）关于门市部现金收入未及时入账的问题
            门市部现金收入实行日清日结，当日存入单位账户，财务科每周核对一次。（责任领导：主任樊启明；完成时限：2025年5月31日）
            县供销合作社联合社党组
            2025年6月5日
            """);
        Assert.Equal(4, result.Issues.Length);
        Assert.Empty(Of(result, GapKinds.NoDeadline));
    }

    [Fact]
    public void A_rule_named_by_its_kind_only_sets_no_rule()
    {
        // dev114 p10's form, in words of our own: a systemic problem answered by putting the case right and 进一步完善相关制度
        // — a slogan of rule-making, no rule; the item beside it that names its rule has one.
        var result = fixture.Analyze(Documents.SupplyCoopFeedback, """
            县供销合作社联合社党组关于巡察整改情况的报告
            县委巡察工作领导小组：
            现将整改情况报告如下。
            （一）关于农资储备任务落实不到位的问题
            与2家农资企业签订储备协议，春耕前储备化肥3000吨。（责任领导：副主任柯望舒；完成时限：2025年12月31日）
            （二）关于农产品收购价格不公示的问题
            3个收购点全部设立价格公示牌，公布监督电话。（责任领导：副主任柯望舒；完成时限：2025年4月30日）
            （三）关于公务用车管理不规范的问题
            该车已入库封存，补登出车记录；今后公务用车严格按程序办理，进一步完善相关制度。（责任领导：主任樊启明；完成时限：2025年4月30日）
            （四）关于门市部现金收入未及时入账的问题
            制定《门市部现金收入管理办法》，现金收入当日存入单位账户。（责任领导：主任樊启明；完成时限：2025年5月31日）
            县供销合作社联合社党组
            2025年6月5日
            """);
        Assert.Contains(Of(result, GapKinds.NoMechanism), g => g.IssueId == "I3");
        Assert.DoesNotContain(Of(result, GapKinds.NoMechanism), g => g.IssueId == "I4");
    }
}
