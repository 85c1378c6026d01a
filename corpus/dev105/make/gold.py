"""Write p01..p10/gold.json (dev-pairs gold format) and p01..p10/notes.md for dev105. The gold is hand-judged; this
file only keeps it in one place (modelled on dev44's make/gold.py). notes.md = the hand-written make/src/pNN/notes.head.md
(forms, problems in order, measures and links, traps, "may report" points) followed by a section generated from the
entries below, so the notes and gold.json cannot drift apart. Run: python3 make/gold.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蘩川市国际陆港集团有限公司党委 — city round. Feedback: formal 反馈意见, areas 一、…四、…方面 with （一）… RESTARTING
# per area (4+5+4+3 = 16); 一是/二是 inside （三）, 二（二）, 三（三) are sub-points of one problem. GOOD REPORT: long report
# with a general part (一、提高政治站位 二、加强组织领导), items nested 三、（一）1．（1）, then 四、严肃追责问责 and
# 五、坚持建章立制 sections that carry the accountability and rules for several items.
G["p01"] = dict(issues=16, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "二、: leading group headed by 党委书记、董事长宓承远 as 第一责任人 (负首责、负总责); he chaired 5 推进会, went 3 times to the sites and 约谈 two heads of department."),
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-12: 84 days, inside the three months the feedback sets."),
    F("no-disclosure", None, "六、三是: progress published on the group portal and the 市国资委 website, with a 监督电话."),
    F("inconsistent-claim", None, "12 done + 4 ongoing, the 4 named (一1、一3、二4、四1) and each marked 正在推进; 160.9万 = 86 + 2.3 + 0.6 + 72; 党纪1 + 政务1 + 诫勉3 + 批评5 all listed in 四、; 12 rules = 7 + 5, all named."),
    F("no-accountability", 8, "The item itself names nobody, but 四、（二） gives 政务记过 for the supply-chain company's former manager and 诫勉 for its deputy — accountability in a separate section."),
    F("no-accountability", 7, "Item says 相关责任人员已处理（见第四部分）; 四、（一）: 党内警告 + 2 批评教育."),
    F("no-accountability", 6, "Item points to 第四部分; 四、（三）: 诫勉 for the office head, 批评教育 for the deputy manager; 2.3万 and 0.6万 repaid."),
    F("no-accountability", 14, "四、（四）: 诫勉 for the former head of 投资发展部 who sent the untrue report."),
    F("no-accountability", 1, "Business shortfall on the 班列 target: no misconduct, nobody to hold to account."),
    F("no-deadline", 1, "“2025年12月31日前完成年度开行目标，此后长期坚持”."),
    F("no-deadline", 8, "Two dates: 往来款 2025-07-31, 应收账款 2025-12-31."),
    F("no-deadline", 16, "“2025年7月31日，此后长期坚持”."),
    F("no-mechanism", 9, "《关键岗位轮岗交流办法》 and 《信息系统账号权限管理规定》."),
    F("no-mechanism", 3, "《投资项目可行性研究与决策管理办法》."),
    F("copied-measure", 2, "The heading repeats the feedback's words (“第一议题”制度落实打折扣), but the measures are acts: a revised 学习制度, 5 sessions with 17 measures, 9 sessions redone."),
    F("vague-measure", 5, "主体责任 is answered concretely: a 28-task list, 8 责任书 rewritten with risk points, 36 廉政谈话."),
    F("no-owner", 11, "党委副书记、总经理匡启衡."),
    F("unanswered-issue", 16, "Answered by 132 past problems re-checked, 5 re-fixed, a revised 《合同管理办法》."),
], links=[
    L("重新制定《2025—2027年国际货运班列发展三年行动计划》", 1), L("对2024年仅传达标题的9次学习内容重新组织补学研讨", 2),
    L("投入改造资金186万元，已于7月提交验收申请", 3), L("2024年以来收取的86万元已全部清退给41家入驻企业", 4),
    L("按照“一岗一责”重新修订与8个下属公司党组织的责任书", 5), L("超标准列支的2.3万元已由相关人员全部退缴", 6),
    L("对7个化整为零项目逐一复核", 7), L("全面停止融资性贸易业务，成立清收专班", 8), L("给予该公司原总经理政务记过处分", 8),
    L("对任职满5年的场站调度、运费结算岗位人员轮岗14人", 9), L("对未经民主推荐提拔的1名中层干部按程序补充民主推荐", 10),
    L("6月为场站运营公司党支部选配专职书记", 11), L("派遣用工比例由23%降至9.6%", 12),
    L("对2名超期预备党员分别召开支部党员大会讨论", 13), L("对86亩未盘活土地实行“一地一策”", 14),
    L("剩余超付款72万元已全部追回", 15), L("建立整改“回头看”台账", 16)])

# p02 蘅湖保护管理局党组 — city round. Feedback: DOCX, bold areas 一、…四、…方面, CONTINUOUS 1．–14．; 一是/二是 inside 2．
# is one problem. Report (GB18030): the bureau's OWN FIVE WORK LINES (抓思想/抓主责主业/抓执法和资金/抓队伍/抓整改闭环),
# each with a 牵头领导 in its heading; “针对…的问题” paragraphs in another order; one general deadline in the preamble.
G["p02"] = dict(issues=14, unanswered=[9], must_flag=[
    F("unanswered-issue", 9, "公务船艇 (no use register, boats used for 接待游览) is never mentioned: no paragraph in any of the five work lines answers it."),
    F("no-accountability", 7, "41万 of 生态补偿资金 spent on 村部装修: the report re-signs the agreements and writes a 办法, but recovers nothing and holds nobody (village or bureau) to account — unlike #6 and #8 in the same work line, which name 诫勉."),
    F("inconsistent-claim", None, "Preamble: “反馈的14个问题已全部完成整改”; yet 五、 says the last 2 违建 are still being negotiated (正在…协调拆除), and 四、 says the new staff arrive by 10月底 — the “all done” claim is not true to the report's own text."),
], must_not_flag=[
    F("weak-leadership", None, "Leading group headed by 党组书记、局长隗湛清 as 第一责任人, 4 推进会, 2 site visits; he also leads work lines 一 and 五."),
    F("late-report", None, "Feedback 2025-05-28, report 2025-08-20: 84 days."),
    F("no-disclosure", None, "“整改情况已在市人民政府门户网站和局政务公众号公开”."),
    F("no-deadline", 3, "No date in the paragraph, but the preamble fixes one limit for all: “除需长期坚持的事项外，所有整改任务于2025年8月15日前完成”."),
    F("no-deadline", 6, "Same general limit (2025-08-15) in the preamble."),
    F("no-deadline", 10, "Same general limit; the new contractor started 8月1日."),
    F("no-deadline", 14, "Same general limit; money paid over 6月20日."),
    F("no-deadline", 11, "Its own date: “预计10月底前到岗”."),
    F("no-owner", 3, "The owner is in the work-line heading: （牵头领导：副局长庾晴岚）."),
    F("no-owner", 2, "Work line 三 names two leaders in its heading (副局长邴若川、副局长阙云岫)."),
    F("no-owner", 12, "Work line 四: 党组成员、机关党委书记亓丛文."),
    F("no-accountability", 6, "执法大队原大队长 诫勉谈话, 2 执法人员 批评教育, 2.8万 fines restored."),
    F("no-accountability", 8, "11.6万 returned; 时任办公室主任 诫勉谈话."),
    F("no-accountability", 13, "原法规科科长 批评教育 for the untrue earlier report."),
    F("no-mechanism", 7, "《生态补偿资金拨付使用管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 6, "《行政处罚自由裁量权基准》 and 《罚款减免集体研究制度》."),
    F("no-mechanism", 1, "《蘅湖岸线利用项目生态准入审查办法》."),
    F("unanswered-issue", 5, "Answered in work line 一 (党组主体责任), far from its place in the feedback."),
    F("unanswered-issue", 11, "Answered in work line 四 (recruitment of 4 specialists)."),
    F("unanswered-issue", 14, "Answered at the end of work line 五 (156万 paid over)."),
], links=[
    L("对2024年审批的2个临湖文旅项目补做生态影响评估", 1), L("已有13人通过护湖公益岗位和技能培训实现就业", 2),
    L("开展夜间巡查62次", 2), L("封堵生活污水直排口23个", 3), L("南岸退渔还湿工程已于6月16日开工", 4),
    L("对执法、资金、采购3个领域排查风险点46个", 5), L("已恢复执行罚款2.8万元", 6), L("与3个村重新签订补偿协议", 7),
    L("11.6万元已由领取人员全部退回", 8), L("湖面保洁服务已于7月按规定公开招标", 10),
    L("公开招聘水生态、湿地保护专业技术人员4名", 11), L("2个支部已将主题党日与业务会议分开召开", 12),
    L("对未拆除的4处违建重新制定拆除方案", 13), L("156万元项目结余资金已于6月20日全部上缴市财政", 14)])

# p03 蒗水县城南新区开发建设指挥部党委 — county round. Feedback: 组长's speech (GB18030, CRLF): 一、总体评价,
# 二、主要问题 with areas （一）…（四） and 1．2．(3．)(4．)(5．) RESTARTING (3+5+3+2 = 13), 三、几点意见 一要…四要 (not
# problems). Report (UTF-16 LE): answers BY NUMBER (关于第X方面第Y个问题), with two merged headings: 第二方面第1个 +
# 第四方面第2个 (同类问题一并整改, across areas) and 第二方面第3、4个.
G["p03"] = dict(issues=13, unanswered=[], must_flag=[
    F("copied-measure", 3, "三、's only measure turns the feedback back into promises (切实提高招商引资质量，加强对签约项目履约情况的跟踪监管，推动未开工项目尽快开工，完善…回收机制): nothing about the 5 idle projects."),
    F("no-accountability", 5, "4 projects built before approval and 2 变更签证 over 20% of contract price without a collective decision: the report only regularises papers, cuts 152万 and revises a rule; nobody in the 指挥部 is held to account, while items 四 and 六 name 诫勉 and 批评教育."),
    F("no-owner", 9, "八、 gives only “责任部门：指挥部各部门” — no 责任领导 and no single department, while every other item names a 责任领导."),
    F("no-deadline", 11, "十、: “完成时限：持续推进” for the 4 remaining 信访积案 — the only item without a date."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记、总指挥莘景行 heads the leading group as 第一责任人, 6 调度会, 3 现场办公."),
    F("late-report", None, "Feedback 2025-04-10, report 2025-06-30: 81 days."),
    F("no-disclosure", None, "“整改情况已在县人民政府网站新区建设专栏公示”."),
    F("inconsistent-claim", None, "10 done + 3 ongoing (named: 第一方面第2、3个, 第三方面第3个) = 13, matching the items' 整改状态; 172.8万 = 73.4 + 4.1 + 0.3 + 95; 诫勉2 + 批评4 as in the items; 9 rules named."),
    F("repeated-measure", 4, "四、 is one merged answer for two problems, announced (同类问题一并整改); not a pasted paragraph."),
    F("repeated-measure", 13, "Same merged answer."),
    F("repeated-measure", 6, "六、 merged answer for 第二方面第3、4个问题."),
    F("unanswered-issue", 13, "Answered inside the merged heading 四、 (126户 archives completed)."),
    F("unanswered-issue", 7, "Answered inside the merged heading 六、 (38万 moved back to the 工作经费 account)."),
    F("no-accountability", 4, "征迁安置部原负责人 诫勉, 2 经办人员 批评教育, 73.4万 recovered, survey firm blacklisted."),
    F("no-accountability", 6, "综合办公室副主任 诫勉, 主任 批评教育, 4.1万 + 0.3万 repaid."),
    F("no-owner", 11, "副总指挥冀长庚 is named (the gap there is the time limit)."),
    F("no-deadline", 9, "2025年6月30日 (the gap there is the owner)."),
    F("no-deadline", 2, "正在推进 with a date, 2025年11月30日."),
    F("no-mechanism", 5, "修订《工程变更签证管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 4, "《征迁补偿面积复核办法》 and 《征迁档案管理规定》."),
    F("copied-measure", 2, "Heading restates the problem, then acts: 86万 penalty, 180 flats handed over, 417万 back-paid."),
], links=[
    L("已将2宗地块用途调整事项补报县规划委员会审议", 1), L("共补发417万元", 2), L("推动未开工项目尽快开工", 3),
    L("对9户多付的补偿款73.4万元全部追回", 4), L("4个未批先建项目已全部补办规划、施工许可手续", 5),
    L("6批次无公函接待费用4.1万元已由相关人员退缴", 6), L("以项目名义列支的38万元办公费用已调整账务", 7),
    L("梳理征迁、工程结算、资金拨付等环节风险点58个", 8), L("借调超过3年的9人已全部退回原单位", 9),
    L("按项目设立3个项目党支部", 10), L("对9件信访积案实行“一案一名领导、一个专班”", 11),
    L("95万元超付工程进度款已从施工单位后续应付工程款中全部扣回", 12), L("126户缺失的资料已全部补齐", 13)])

# p04 蕹城市煤业集团有限责任公司党委 — city round. Feedback (UTF-8, CRLF): areas 一、二、三、…方面 with （一）–（十八）
# RUNNING ON across areas (6+7+5 = 18); 一是/二是/三是 inside （一） and （二） of（十八） parts are one problem each. Report:
# DOCX, short general part, items nested 二、（一）1．（1） with the report's own 1．2．… per area (so report (一)5． is
# feedback （六）), a 附表 Word table with owner/limit/status for all 18 rows; rows 5 and 17 are the ONLY answer to those
# problems.
G["p04"] = dict(issues=18, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2025-04-18 asks for the report within three months (by 2025-07-18); the report is dated 2025-08-06: 110 days."),
    F("no-mechanism", 8, "Purchases bypassing the group's central platform with 指定品牌: the answer moves people and drops one supplier, but sets no rule or requirement to buy through the platform — while items 7, 9, 10 and 12 each make or revise a rule."),
    F("vague-measure", 14, "The answer to 领导班子建设不够有力 is slogans only (进一步加强领导班子自身建设，切实提高…能力…以高质量党建引领…): nothing on 联系点, the 议事规则 or the 总经理办公会 deciding major matters."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记、董事长殳鸿川 heads the leading group as 第一责任人, 6 推进会, 4 times underground."),
    F("no-disclosure", None, "三、三是: published on the group portal."),
    F("inconsistent-claim", None, "13 done + 5 ongoing; the 附表 marks exactly rows 2, 3, 4, 7, 18 正在推进, as the prose shows; 303万 = 265 + 38; 党纪2 (#7, #12), 诫勉4 (#1, #8, #9, #10), 批评2 (#11, #15); 9 rules = 7 in the prose + 2 in the table."),
    F("unanswered-issue", 5, "Answered only in the 附表 row 5 (补检 to 100%, 健康档案, 《职业健康监护管理制度》); the prose only says it is in the table."),
    F("unanswered-issue", 17, "Answered only in the 附表 row 17 (定向培养, 16 hires, an incentive 办法)."),
    F("unanswered-issue", 6, "Answered as the report's own （一）5． (the feedback's （六）, because （五） is left to the table)."),
    F("no-owner", 5, "Owner only in the 附表: 副总经理钭振邦."),
    F("no-owner", 1, "No owner line in the prose; the 附表 names 副总经理钭振邦 — owners for all rows are in the table."),
    F("no-owner", 12, "附表: 纪委书记郦文骏."),
    F("no-owner", 14, "附表: 党委书记、董事长殳鸿川 (the gap there is the slogan answer)."),
    F("no-deadline", 3, "附表: 2025年12月31日, 正在推进."),
    F("no-deadline", 17, "附表: “2025年7月31日，此后长期坚持”."),
    F("no-accountability", 8, "供应科科长 诫勉谈话, 2 采购员 moved (the gap there is the rule)."),
    F("no-accountability", 7, "销售公司原经理 党内严重警告, 265万 recovered, 155万 sued for."),
    F("no-accountability", 12, "洗选公司经理 党内警告."),
    F("no-accountability", 10, "人力资源部部长 诫勉, 38万 returned."),
    F("no-accountability", 4, "Green-mine projects late: no misconduct."),
    F("no-mechanism", 5, "《职业健康监护管理制度》, in the table."),
    F("no-mechanism", 12, "《所属单位收入管理规定》."),
    F("vague-measure", 16, "Concrete: posts redefined, monthly checks, 41 hazards found by Party members."),
], links=[
    L("对32项较大隐患重新组织现场核查", 1), L("井筒已于7月完成封闭", 2), L("已新搬迁安置38户，累计完成130户", 3),
    L("矸石山治理项目已完成覆土绿化8.6公顷", 4), L("组织未体检的接尘岗位职工补检，体检率达到100%", 5),
    L("3户“僵尸企业”中2户已完成注销", 6), L("已向2家客户追缴低价供煤差价265万元", 7),
    L("已停止与原“指定品牌”供应商的合作", 8), L("对苍岭煤矿供应科科长进行诫勉谈话", 8),
    L("终止与2家无资质施工队的合作", 9), L("购物卡38万元已全部由领取人员退回", 10),
    L("洗选公司生产用车已全部安装定位系统", 11), L("煤泥收入9.6万元已全部纳入洗选公司账内核算", 12),
    L("集团纪委开展所属单位专项监督检查2轮", 13), L("集团党委将进一步加强领导班子自身建设", 14),
    L("对2名未经任前公示的中层干部补充公示", 15), L("对“党员安全示范岗”重新定岗定责", 16),
    L("与省内2所高校签订采矿、机电专业定向培养协议", 17), L("成立应收煤款清收专班，已收回1120万元", 18)])

# p05 蔻溪县红色教育培训中心党支部 — county round. Feedback: HTML page of the county 纪委监委 site (GBK), areas 一、二、三、
# in <strong> with 1．2．… RESTARTING (5+4+3 = 12). Report (UTF-8, CRLF): problems restated in SHORT HEADINGS IN THE
# UNIT'S OWN WORDS (培训班“走了样”的问题 …), numbered 1．–12． in feedback order under three own blocks.
G["p05"] = dict(issues=12, unanswered=[], must_flag=[
    F("no-disclosure", None, "Nothing says the rectification is or will be published, although the feedback asked for 向社会公开; the only 公示/公开 are the fee standards at the front desk (#6) and 公开招聘 (#11)."),
    F("repeated-measure", 4, "The only measure under 学员留言无人管 is a boilerplate study paragraph (组织全体党员干部认真学习…增强政治意识、责任意识和纪律意识…) pasted word for word under item 10."),
    F("repeated-measure", 10, "Item 10 (组织生活会走过场) carries the same pasted paragraph and nothing else."),
    F("no-accountability", 7, "23万 paid to travel agencies as 组团返点 with no contract and no collective decision: payments stopped and a 办法 written, but nothing recovered and nobody dealt with — while #8, #9, #12 name 诫勉 or 批评教育."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任宦秋实 heads the leading group as 第一责任人 and chaired 4 推进会."),
    F("late-report", None, "Feedback 2025-06-05, report 2025-08-26: 82 days."),
    F("inconsistent-claim", None, "10 done + 2 ongoing (旧址修缮, 临聘人员, both marked with later dates); 13.9万 = 4.7 + 9.2; 诫勉1 (#8), 批评3 (#2, #9, #12); 9 rules named."),
    F("no-accountability", 8, "办公室主任 诫勉谈话; 4.7万 repaid."),
    F("no-accountability", 12, "9.2万 booked; 会计人员 批评教育."),
    F("no-accountability", 1, "Courses drifting to business meetings: no misconduct."),
    F("no-mechanism", 7, "《合作旅行社管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 6, "《培训收费管理办法》 after the price office fixed the fees."),
    F("no-deadline", 3, "Ongoing with a date: 2025年10月31日."),
    F("no-deadline", 11, "2025年12月31日."),
    F("no-owner", 8, "党支部书记、主任宦秋实."),
    F("unanswered-issue", 1, "Answered under the unit's own heading 培训班“走了样”的问题."),
    F("unanswered-issue", 9, "Answered under 食堂客房采购随意的问题."),
], links=[
    L("从7月起不再承接商务会议和单纯旅游团队", 1), L("将全部23篇现场教学讲解词送县委党史研究室审核", 2),
    L("已将2处革命旧址的修缮方案补报县文化和旅游局审批", 3), L("进一步增强政治意识、责任意识和纪律意识", 4),
    L("保留条件较好的4个，摘除2个", 5), L("培训收费标准已报县发展和改革局核定", 6), L("已停止向旅行社支付“组团返点”", 7),
    L("属于违规宴请的费用已由相关人员全部退赔", 8), L("食材供应商通过比选重新确定3家", 9),
    L("进一步增强政治意识、责任意识和纪律意识", 10), L("已与6名不在岗人员解除合同", 11),
    L("3笔未入账的培训费收入9.2万元已于6月全部入账", 12)])

# p06 薷江市农产品批发市场有限公司党委 — city round. Feedback (UTF-16 LE): areas 一、…四、…方面 with （一）… RESTARTING
# (5+5+3+2 = 15); 一是/二是 inside 一（二） and 二（四） are one problem each; the count is stated (共4个方面15个问题).
# GOOD REPORT: a public HTML 整改进展情况的通报 on the 市国资委 site (header table, stats, （一）在“…”方面 → N．关于“…”问题
# 的整改 → （1）（2）, 责任领导/完成时限/整改进展 line, comment period and contacts).
G["p06"] = dict(issues=15, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党委书记、董事长祁砚秋 heads the leading group as 第一责任人: 7 党委会 on the rectification, 5 site visits, 2 heads of department 约谈."),
    F("late-report", None, "Feedback 2025-03-12, 通报 dated 2025-06-03: 83 days."),
    F("no-disclosure", None, "A public 通报 (主动公开) with a comment period, phone and postal address."),
    F("inconsistent-claim", None, "12 done + 3 持续推进 (items 3, 5, 14) = 15, 80%; 71.3万 = 64 + 7.3; 党纪1 (#8), 诫勉2 (#7, #9), 批评5 (#2, #6×2, #13×2); 10 rules named in the items."),
    F("no-accountability", 7, "原经营部经理 诫勉谈话; 51万 rent recovered."),
    F("no-accountability", 8, "市场管理科科长 党内警告; 7.3万 refunded."),
    F("no-accountability", 9, "Former deputy general manager 诫勉 (by the 派驻纪检监察组); 1.8万 repaid."),
    F("no-accountability", 6, "2 摊位管理员 批评教育; 19 stalls taken back."),
    F("no-accountability", 1, "Price stabilisation not triggered: no misconduct."),
    F("no-accountability", 5, "E-payment coverage: no misconduct."),
    F("no-deadline", 3, "持续推进 with 2025年10月31日."),
    F("no-deadline", 5, "持续推进 with 2025年12月31日."),
    F("no-deadline", 14, "持续推进 with 2025年12月31日."),
    F("no-mechanism", 2, "《快检工作规范》."),
    F("no-mechanism", 11, "修订《党委会议事规则》 and a 《“三重一大”决策事项清单》."),
    F("no-mechanism", 10, "《外包服务管理办法》."),
    F("copied-measure", 1, "The heading quotes the feedback (关于“保供稳价作用发挥不充分”问题的整改), then acts: a revised plan, reserve 800→1500吨, 6 supply agreements, a drill."),
    F("copied-measure", 4, "Quoted heading, then acts: fee cut from 4月1日, 64万 refunded."),
    F("vague-measure", 12, "Concrete: 42 merchant members counted, a 商户党支部 set up in May."),
    F("no-owner", 12, "党委副书记季青禾."),
], links=[
    L("储备规模由800吨提高到1500吨", 1), L("快检室增配检测人员3名", 2),
    L("商户安置方案已于4月在市场公告栏和公司网站公开征求意见", 3), L("2023年以来多收的交易服务费64万元已全部退还给商户", 4),
    L("电子结算覆盖率由35%提高到62%", 5), L("其中转租牟利的19个摊位已收回并公开招租", 6), L("3年少收的租金51万元已全部补收", 7),
    L("收取的7.3万元已全部退还商户", 8), L("9批次无公函接待费用1.8万元已由相关人员退缴", 9),
    L("保洁、保安服务已于5月重新公开招标", 10), L("明确党委前置研究事项26项", 11), L("5月成立市场商户党支部", 12),
    L("2名中层干部已辞去商户协会职务", 13), L("已清收欠缴租金96万元", 14), L("41台（套）账实不符设备中找到实物27台（套）", 15)])

# p07 蘼阳幼儿师范高等专科学校党委 — city round. Feedback: DOCX, bold areas 一、…四、…方面 with 1．… RESTARTING
# (5+5+4+3 = 17), then a bold 整改意见 with （一）–（四） (not problems). Report (GB18030, CRLF): a LONG GENERAL PART
# (一、提高政治站位 二、加强组织领导) before the items, which cite the feedback as 关于第X方面第Y个问题, one merged
# heading (第二方面第4、5个问题); 第三方面第3个问题 is silently skipped.
G["p07"] = dict(issues=17, unanswered=[13], must_flag=[
    F("unanswered-issue", 13, "双师型 teachers (under 20% with kindergarten experience, no 专业带头人) are never answered: 三、（三） goes from 第三方面第2个问题 straight to 第三方面第4个问题."),
    F("copied-measure", 12, "The only measure restates the problem as a promise (针对师德师风建设不到位、对有偿补课问题仅作口头提醒的问题，学校将切实加强师德师风建设，严肃查处有偿补课行为…): the teacher is still not dealt with."),
    F("no-deadline", 15, "“完成时限：逐步推进” and “逐步将校办幼儿园收费纳入学校财务统一管理”: no date, in the one problem the last round already found unfixed; every other item has a date."),
    F("no-accountability", 8, "8.4万 taken out of research funds through invented 专家咨询费: the money is back and a 办法 revised, but nobody is dealt with — while #5, #7, #9/#10 and #11 each name a sanction."),
], must_not_flag=[
    F("weak-leadership", None, "二、: 党委书记覃若愚 heads the leading group as 第一责任人 (直接部署、直接过问、直接督办), 5 推进会."),
    F("late-report", None, "Feedback 2025-05-09, report 2025-07-31: 83 days."),
    F("no-disclosure", None, "四、三是: published on the school website."),
    F("inconsistent-claim", None, "No problem count is claimed; 87.39万 = 0.99 + 8.4 + 36 + 42; 诫勉1 (#7), 批评3 (#5, #9/#10, #11); 10 rules (5 revised + 5 new) all named."),
    F("repeated-measure", 9, "One merged answer for 第二方面第4、5个问题, announced (一并整改)."),
    F("repeated-measure", 10, "Same merged answer."),
    F("unanswered-issue", 10, "Answered inside the merged heading (42万 refunded, 《学生收费管理办法》)."),
    F("unanswered-issue", 14, "Answered as the report's 三、（三）3．, right after the skipped problem."),
    F("no-accountability", 7, "原后勤管理处处长 诫勉谈话; 23万 cut from the final payment."),
    F("no-accountability", 5, "资助中心主任 批评教育; 0.99万 taken back."),
    F("no-accountability", 10, "计划财务处处长 批评教育; 42万 refunded."),
    F("no-accountability", 4, "Training out of step with kindergartens: no misconduct."),
    F("no-mechanism", 8, "修订《科研经费管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 17, "《巡视巡察审计整改成效评估办法》."),
    F("no-deadline", 2, "2025年12月31日."),
    F("no-deadline", 16, "2025年12月31日."),
    F("no-owner", 15, "副校长缪长松 (the gap there is the time limit)."),
    F("no-owner", 12, "党委副书记卓沁园 (the gap there is the copied measure)."),
    F("copied-measure", 1, "Reworded heading, then acts: two rules revised, a 31-item list, 5 matters re-decided."),
    F("vague-measure", 6, "Concrete: 述责述廉 redone, 3 reports sent back, 12 talks."),
], links=[
    L("列出党委会决定事项清单31项", 1), L("2025年面向社会招聘思政课专职教师6名", 2), L("制定《校园讲座论坛管理办法》，实行“一会一报”", 3),
    L("投入资金280万元更新保育实训室设备", 4), L("对3名不符合条件的学生取消资助", 5), L("对二级学院党总支书记述责述廉重新组织一次", 6),
    L("核减工程款23万元", 7), L("虚列的专家咨询费8.4万元已全部追回", 8), L("向食堂承包方催缴拖欠的管理费36万元", 9),
    L("已收取的42万元全部退还学生", 10), L("对该名中层干部重新组织考察", 11), L("严肃查处有偿补课行为", 12),
    L("补齐入党积极分子培养考察记录", 14), L("逐步将校办幼儿园收费纳入学校财务统一管理", 15), L("原培训楼改造为保育实训中心", 16),
    L("制定《巡视巡察审计整改成效评估办法》", 17)])

# p08 菡州市资产管理有限公司党委 — city round. Feedback (UTF-8): FIVE areas 一、…五、…方面 with （一）… RESTARTING
# (4+4+3+3+2 = 16), 一是/二是 inside 一（三） one problem; count stated. Report: DOCX with bold headings, own running
# numbers 1．–13． citing 第X方面第Y个问题, three merged headings (一3+一4, 二1+二2, 四2+四3), a field paragraph per item
# (责任领导/责任部门/完成时限/整改进展), and a 建章立制 Word table that is the only place one rule appears.
G["p08"] = dict(issues=16, unanswered=[], must_flag=[
    F("no-owner", 12, "Item 10 (保密和信息安全) gives only “责任部门：各部门” — no 责任领导, while every other item's field line names one."),
    F("vague-measure", 11, "Item 9 (党支部不参与项目风险防控) is slogans only: 进一步强化党建引领，充分发挥…战斗堡垒作用和…先锋模范作用，推动党建与业务深度融合，以高质量党建引领…"),
    F("inconsistent-claim", None, "Preamble: 14 done and 2 ongoing, naming 第一方面第2个 and 第五方面第1个; but item 13 (第五方面第2个问题) is also 正在逐户建立台账 with 整改进展：正在推进 — three open problems, not two."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记、董事长汲澄宇 heads the leading group as 第一责任人, 5 推进会, direct 督办 of the disposal problems."),
    F("late-report", None, "Feedback 2025-02-20, report 2025-05-16: 85 days."),
    F("no-disclosure", None, "四、三是: company website and 市国资委 website."),
    F("repeated-measure", 4, "Item 3 is one announced merged answer for 第一方面第3、4个问题."),
    F("repeated-measure", 5, "Item 4 is one announced merged answer for 第二方面第1、2个问题."),
    F("repeated-measure", 13, "Item 11 is one announced merged answer for 第四方面第2、3个问题."),
    F("unanswered-issue", 4, "Inside merged item 3 (党委前置研究 list revised, 2 projects re-decided)."),
    F("unanswered-issue", 6, "Inside merged item 4 (评估机构 rotation)."),
    F("unanswered-issue", 14, "Inside merged item 11 (7 contracts regularised)."),
    F("no-mechanism", 7, "The item gives no rule, but the 建章立制 table lists 《员工兼职管理规定》 (制定) for 第二方面第3个问题."),
    F("no-accountability", 7, "2 cadres 诫勉, 14.6万 repaid."),
    F("no-accountability", 5, "资产处置部原经理 removed from post (线索 with the 市纪委监委), 项目经理 批评教育."),
    F("no-accountability", 8, "1.9万 repaid; 经办人员 and 财务部负责人 批评教育."),
    F("no-accountability", 1, "Business drift: no misconduct."),
    F("no-deadline", 2, "正在推进 with 2025年12月31日."),
    F("no-deadline", 15, "正在推进 with 2025年9月30日."),
    F("no-owner", 11, "党委副书记戈澜 (the gap there is the slogan answer)."),
    F("vague-measure", 1, "Opens with a 专题会议 but gives a plan, a stop on new 类信贷, 3.2亿 cut and 51%."),
], links=[
    L("存量类信贷业务已压降3.2亿元", 1), L("资产包处置进度提高到46%", 2), L("对12个存续项目全部开展现场检查", 3),
    L("对2笔未经党委研究的项目补充研究", 4), L("债权转让一律在产权交易机构公开挂牌", 5), L("已停止与2家长期合作评估机构的合作", 6),
    L("违规领取的报酬14.6万元已全部退缴", 7), L("报销的旅游费用1.9万元已由相关人员全部退缴", 8),
    L("对2名市场化选聘的业务部门负责人补做背景调查", 9), L("项目团队绩效奖金与项目回收率、风险化解结果挂钩", 10),
    L("充分发挥业务部门党支部战斗堡垒作用和党员先锋模范作用", 11), L("上线内部加密文件传输系统", 12),
    L("借出超期的档案已全部收回", 13), L("先履行后签订的合同7份已补办审批", 14), L("1处已于4月入账", 15),
    L("对已核销债权逐户建立备查台账", 16)])

# p09 萩田县纸业有限责任公司党支部 — county round (state firm). Feedback (GB18030): areas 一、二、三、…方面 with CONTINUOUS
# 1．–13．; 一是/二是 inside 2． one problem. Report (UTF-8): the company's own blocks 一、环保和安全 二、发展和改革
# 三、经营管理 四、党建 with （一）… sub-headings, then 五、整改事项汇总表 as ｜-separated text rows (owner, limit, status);
# rows 10 and 13 are the only answer to those problems; row 12 is missing.
G["p09"] = dict(issues=13, unanswered=[12], must_flag=[
    F("late-report", None, "Feedback 2025-03-27 with a three-month limit (2025-06-27); report dated 2025-07-14: 109 days."),
    F("weak-leadership", None, "No leading group and no 第一责任人: “公司党支部召开支委会对反馈意见进行了研究，将反馈问题分解到各部门，由各部门负责整改，办公室负责收集汇总”; the secretary-manager appears only as owner of two table rows and as the person given 诫勉 — never as leading the rectification."),
    F("unanswered-issue", 12, "职代会 not held for 3 years, 安置方案 never put to it: no paragraph answers it and the table jumps from row 11 to row 13."),
    F("no-mechanism", 6, "Weighing data edited by hand and 扣杂 set at will: two weighers moved, pay docked, suppliers paid back — but no rule, no automatic weighing record, no 扣杂 standard, while #1, #4, #7, #9 each make or revise a rule."),
], must_not_flag=[
    F("no-disclosure", None, "“整改情况已在县国有资产服务中心网站公开”."),
    F("inconsistent-claim", None, "No problem count is claimed; 追回 6.8万 + 1.2万 as itemised, 72万 and 100万 as in the items; the table marks rows 2, 3, 5, 7, 13 正在推进, matching the prose."),
    F("unanswered-issue", 10, "Answered only in table row 10 (1.2万 returned, prior approval, 批评教育)."),
    F("unanswered-issue", 13, "Answered only in table row 13 (100万 recovered, 80万 to enforcement)."),
    F("unanswered-issue", 11, "Answered under 四、党建方面 without a sub-number."),
    F("no-owner", 6, "Table row 6: 副经理符晓岚 (the gap there is the rule)."),
    F("no-owner", 3, "Owners are only in the table: row 3 副经理詹松涛."),
    F("no-deadline", 3, "Table row 3: 2025年12月31日."),
    F("no-deadline", 5, "Table row 5: 2025年10月31日."),
    F("no-accountability", 6, "Weighers moved and 2024 绩效 withheld (the gap there is the rule)."),
    F("no-accountability", 9, "县国有资产服务中心 gave the manager 诫勉谈话; 6.8万 returned."),
    F("no-accountability", 10, "Table row 10: 办公室主任 批评教育, 1.2万 returned."),
    F("no-accountability", 3, "Stalled upgrade project: no misconduct."),
    F("no-mechanism", 7, "《产品销售信用管理办法》."),
    F("no-mechanism", 9, "修订《公司薪酬管理办法》."),
], links=[
    L("已更换曝气设备2套", 1), L("更换除尘布袋和防爆泄压装置", 2), L("重新论证生活用纸技改项目", 3),
    L("按照公司章程组建董事会、监事会", 4), L("已偿还拖欠货款265万元", 5), L("对2名修改过磅数据的过磅员调离岗位", 6),
    L("已清收欠款72万元", 7), L("查明237吨盘亏中有198吨为已发货未开票", 8), L("班子成员领取的“超产奖”6.8万元已全部退回", 9),
    L("违规接待费用1.2万元已由相关人员退回", 10), L("党支部配备1名专职党务工作者", 11), L("已收回关联企业借款100万元", 13)])

# p10 薜城市育新学校（市专门学校）党总支 — city round. Feedback (UTF-8): 一、巡察发现的主要问题 with areas （一）…（四）
# …方面 and 1．… RESTARTING (4+4+4+2 = 14), 一是/二是/三是 inside 2． and 3． one problem each; 二、整改意见 （一）–（四）
# not problems. Report (UTF-16 LE, CRLF): area by area 一、（一）1．, one announced merge (第四方面第2个问题 answered in
# 二（一）, cross-referenced in 四（二）), (责任处室；责任人；完成时限) brackets.
G["p10"] = dict(issues=14, unanswered=[], must_flag=[
    F("weak-leadership", None, "No leading group, no 第一责任人, no sign of the 党总支 or its secretary leading: “按照职责将14个问题分解到各处室，由各处室分别落实，办公室负责汇总进度”."),
    F("no-disclosure", None, "Nothing is published, though the feedback asked to 公开整改情况; the only 公示 is the canteen's monthly accounts (#5) and 公开招聘 (#9)."),
    F("repeated-measure", 11, "The only answer to 党总支组织生活不规范 is a boilerplate paragraph (组织全体教职工深入学习上级有关文件精神，对照问题认真开展自查自纠…) pasted word for word under the next problem."),
    F("repeated-measure", 12, "考核评价机制不健全 carries the same pasted paragraph and nothing else."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-06-17, report 2025-09-05: 80 days."),
    F("inconsistent-claim", None, "12 done + 2 ongoing (named, both dated 10月); 23.5万 = 9.3 + 14.2; 诫勉1 + 批评4 as in the items; 6 rules named."),
    F("repeated-measure", 5, "二（一） is one announced merged answer for 第二方面第1个 and 第四方面第2个问题."),
    F("repeated-measure", 14, "Same merged answer, cross-referenced in 四（二）."),
    F("unanswered-issue", 14, "Answered in the merged 二（一） (代管账户 taken over by the school's finance office)."),
    F("no-accountability", 5, "原总务处主任 诫勉谈话, 会计 批评教育, 9.3万 returned."),
    F("no-accountability", 7, "14.2万 returned; 办公室主任 批评教育."),
    F("no-accountability", 13, "宿舍管理员 批评教育."),
    F("no-accountability", 1, "Too few pupils, no referral mechanism: no misconduct."),
    F("no-deadline", 3, "Ongoing with 2025年10月31日."),
    F("no-deadline", 9, "Ongoing with 2025年10月31日."),
    F("no-owner", 4, "德育处主任敖嘉禾."),
    F("no-owner", 11, "办公室主任韶兰亭 (the gap there is the pasted measure)."),
    F("no-mechanism", 1, "《专门教育转介衔接工作办法》 with four bodies."),
    F("no-mechanism", 6, "《物资采购比价管理规定》."),
    F("vague-measure", 2, "Concrete: a plan per pupil, a new scale, 32 plans changed."),
], links=[
    L("通过转介机制新入学学生19名", 1), L("对在校学生逐人重新制定个别化矫治计划", 2), L("夜间宿舍值班增加到每层1人", 3),
    L("家长学校改为每月开课1次", 4), L("已全部退回学生伙食账户", 5), L("学生被服、日用品采购实行3家以上比价", 6),
    L("超标准发放的14.2万元已由28名教职工全部退回", 7), L("11批次接待费用2.6万元已调整账务", 8),
    L("公开招聘具有心理咨询资质的教师3名", 9), L("对任职满6年的5名中层干部进行轮岗", 10),
    L("对照问题认真开展自查自纠", 11), L("对照问题认真开展自查自纠", 12), L("清理宿舍楼消防通道杂物", 13),
    L("学生生活费代管账户已由学校财务统一管理", 14)])


def gold_section(g):
    out = ["", "## Gold (generated by make/gold.py from the same entries as gold.json)", "",
           f"- issues: {g['issues']}; answered: all except {g['unanswered'] or 'none'}", "", "### must_flag", ""]
    out += [f"- **{f['kind']}** {('#' + str(f['issue'])) if f['issue'] else '(document)'} — {f['why']}" for f in g["must_flag"]] or ["- none (good report)"]
    out += ["", "### must_not_flag", ""]
    out += [f"- {f['kind']} {('#' + str(f['issue'])) if f['issue'] else '(document)'} — {f['why']}" for f in g["must_not_flag"]]
    out += ["", "### links (exact substrings of the decoded report → problem)", ""]
    out += [f"- “{l['measure']}” → #{l['issue']}" for l in g["links"]]
    return "\n".join(out) + "\n"


for name, g in G.items():
    out = {"mode": "pair", "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    os.makedirs(os.path.join(ROOT, name), exist_ok=True)
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    head = open(os.path.join(HERE, "src", name, "notes.head.md"), encoding="utf-8").read().rstrip("\n") + "\n"
    with open(os.path.join(ROOT, name, "notes.md"), "w", encoding="utf-8") as f:
        f.write(head + gold_section(g))
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
