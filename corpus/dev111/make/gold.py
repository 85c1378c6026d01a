"""Write p01..p10/gold.json (dev-pairs gold format, every pair mode "pair") for dev111. The gold is hand-judged; this file
only keeps it in one place (modelled on dev44's make/gold.py). Debatable points ("may report") are not gold: they are in each
pair's notes.md, because the dev-pairs format has no key for them. Link substrings are exact substrings of the SOURCE text
(make/src/..., see make/out/pNN/report.src.txt); check.py also finds them in the PDF's `pdftotext -layout` text with all
whitespace removed (not for the scanned p06 report, which has no text layer). Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 国家金融监督管理总局蕺阳监管支局党委 — feedback PDF: areas （一）…方面 + continuous 1．–10．; report PDF: GOOD.
G["p01"] = dict(issues=10, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党委书记、支局长庹怀谦 heads the 领导小组 as 第一责任人, 直接部署、直接过问、直接督办, 5 推进会, 当面督办 two items."),
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-12: 84 days, inside three months (due 2025-08-20)."),
    F("no-disclosure", None, "下一步 三是: published on the 分局门户网站 and the 支局公示栏 with a 监督电话."),
    F("inconsistent-claim", None, "33 measures = 31 done + 2 named long-term ones; 1.62万 = 0.64 + 0.2 + 0.47 + 0.31; 警告1, 诫勉2, 批评4, 提醒2 all traceable to items; 3 new + 4 revised rules named."),
    F("no-owner", 8, "（八） names only 办公室牵头 in the body, but the 附件 整改台账 row 8 gives 责任领导 庹怀谦 (owner in the annex ledger)."),
    F("no-deadline", 8, "Body: 按整改台账所列时限完成; the ledger gives 2025.8.5 and 补充年轻干部长期坚持."),
    F("no-deadline", 1, "2025年6月30日, monthly monitoring 长期坚持."),
    F("vague-measure", 4, "Opens with 深刻反思，切实扛起管党治党政治责任 but then a revised 议事规则, 14 new risk points, 16 廉政谈话."),
    F("copied-measure", 2, "Echoes the feedback's 37件…超过规定时限办结 but as acts done: each case rechecked and revisited, two reports made, a special check, a revised 规程."),
    F("no-accountability", 5, "餐费 refunded, 党内警告 for the 科长 with the card, 2 people 批评教育."),
    F("no-accountability", 6, "主审人员 诫勉谈话, 法规科科长 批评教育, cases re-examined."),
    F("no-accountability", 10, "办公室副主任 诫勉谈话, 0.31万 refunded by the driver."),
    F("no-accountability", 8, "Staff structure and rotation: nobody did wrong."),
    F("no-mechanism", 3, "《现场检查发现问题整改销号管理办法》."),
    F("no-mechanism", 6, "修订《行政处罚案件集体审议办法》."),
    F("no-mechanism", 10, "修订《公务用车管理办法》 (一车一卡, monthly reconciliation)."),
], links=[
    L("约谈蕺阳农村商业银行董事长、行长", 1), L("制定对该行的风险跟踪监测方案", 1),
    L("对37件超时限办结的投诉逐件复核", 2), L("修订《金融消费投诉处理工作规程》", 2),
    L("对已归档销号的7个问题逐一回访核查", 3), L("修订《支局党委议事规则》", 4),
    L("已由参与就餐的检查人员按人头全部退还", 5), L("给予收受购物卡的统计信息科科长党内警告处分", 5),
    L("对2起下调罚款金额的案件重新组织审查", 6), L("7月补开支部党员大会1次", 7),
    L("制定《干部队伍建设三年规划（2025—2027年）》", 8), L("3名党员少交的党费0.47万元已全部补交", 9),
    L("收回未实行“一车一卡”的加油卡并办理注销", 10)])

# p02 蘧江海关驻蘩港办事处党支部 — feedback TXT: 组长's speech 第一，…第九，, 一要…三要; report PDF.
G["p02"] = dict(issues=9, unanswered=[], must_flag=[
    F("weak-leadership", None, "No 领导小组 and no 第一责任人, though 二要 asked for both: the 支部委员会 only 传达 the feedback and split the 9 problems among the sections, 综合科 collects progress; the 支部书记 甄茂林 appears only as 签发人."),
    F("vague-measure", 6, "六、 is slogans only (进一步提高政治站位，切实扛起…主体责任，牢牢掌握…领导权…): nothing on the half-yearly 研判 or on staff's online conduct."),
    F("no-deadline", 4, "四、's bracket gives only 责任人 (副主任闫书泓) — no 完成时限, and the disposal is 待价格评估后按程序处置; every other item has a date."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-04-15, report 2025-07-08: 84 days."),
    F("no-disclosure", None, "Closing paragraph: 整改情况将同步在关区门户网站“巡察整改”专栏公开."),
    F("inconsistent-claim", None, "8 done + 1 (罚没物品处置) in progress = 9, matching 四、; 2.66万 = 0.36 + 2.3; 诫勉3 (三、五、八、), 批评8 (4+1+1+1+1), 提醒1; 3 new + 3 revised rules named."),
    F("no-owner", 4, "副主任闫书泓 is 责任人 (the gap there is the time limit)."),
    F("no-owner", 6, "副主任邝嘉树 is 责任人 (the gap there is the slogan measure)."),
    F("no-deadline", 6, "完成时限：2025年6月30日 (the gap there is vagueness)."),
    F("no-accountability", 3, "诫勉谈话1人、批评教育1人 for the overdue 布控指令."),
    F("no-accountability", 5, "6 officers refund 0.36万, organiser 诫勉谈话, 经办人 批评教育."),
    F("no-accountability", 8, "The officer who did not report 诫勉谈话 and moved off the firm's business."),
    F("no-accountability", 9, "2.3万 recovered from 11 people; 时任综合科科长 批评教育."),
    F("no-accountability", 1, "Clearance times and pre-declaration rates: nobody did wrong."),
    F("no-mechanism", 2, "修订《查验作业规范操作指引》."),
    F("no-mechanism", 3, "《布控指令处置时限管理规定》."),
    F("no-mechanism", 5, "修订《公务接待管理实施细则》."),
], links=[
    L("组织关员走进企业宣讲“提前申报”“两步申报”等便利措施", 1), L("在查验场地设立查验预约窗口", 1),
    L("对19票一人操作的查验记录逐票复核", 2), L("对6条超时处置的布控指令逐条倒查", 3),
    L("对31件无入库登记物品逐件核实来源", 4), L("按人均标准全额退还餐费0.36万元", 5),
    L("切实扛起意识形态工作主体责任", 6), L("严格区分主题党日和业务会议", 7),
    L("对关员亲属在辖区报关企业任职情况开展全面排查", 8), L("已向11名相关人员全部追回", 9)])

# p03 中国农业发展银行蘘川县支行党委 — feedback PDF: 函 + 问题清单 问题1：…问题11： + 具体表现：; report PDF.
G["p03"] = dict(issues=11, unanswered=[9], must_flag=[
    F("unanswered-issue", 9, "问题9 (选人用人: 2 cadres confirmed without 试用期考核) is answered nowhere: the body goes from 问题8 to 问题10 and the ledger has no row for it (its 序号 9 row is 问题10)."),
    F("no-owner", 4, "问题4 names nobody in the body, and its ledger row gives 责任领导 “各部室负责人”, 责任部门 “各部室” — no person; every other row names a leader."),
    F("no-mechanism", 6, "问题6 (41 trips without 派车单, a car parked at the driver's home on holidays) is answered by taking the car back, criticising the driver and back-filling slips — no 派车/停放 rule, though the 整改要求 asked to 修订完善 rules."),
    F("no-disclosure", None, "Nothing is published or made known to staff or the public, though the letter asked for 在一定范围内公开."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记、行长郗立衡 heads the 领导小组 as 第一责任人, 4 meetings, 直接过问、当面督办."),
    F("late-report", None, "Feedback 2025-06-05, report 2025-08-28: 84 days."),
    F("inconsistent-claim", None, "29 measures = 28 done + 1 (诉讼清收) in progress; the report makes no claim about the number of problems."),
    F("no-owner", 1, "Ledger: 责任领导 巩宜丰 (owners for every answered problem are in the annex ledger only)."),
    F("no-owner", 6, "Ledger: 责任领导 谯慕远 (the gap there is the missing rule)."),
    F("no-deadline", 3, "Ledger: 2025.12.31, 诉讼审理中."),
    F("no-accountability", 5, "综合部经理 诫勉谈话, 分管副行长 书面检查, 11.2万 recovered."),
    F("no-accountability", 2, "3 客户经理 批评教育 and 扣减绩效."),
    F("no-accountability", 6, "Driver 批评教育 and 书面检查 (the gap there is the missing rule)."),
    F("no-accountability", 8, "Party-building integration: nobody did wrong."),
    F("no-mechanism", 4, "修订《员工异常行为排查实施细则》 (the gap there is the owner)."),
    F("no-mechanism", 5, "修订《绩效考核和薪酬分配管理办法》."),
    F("no-mechanism", 10, "电子显示屏播放内容“三审”制度."),
], links=[
    L("制定《2025年服务乡村振兴信贷投放计划》", 1), L("重新开展贷后实地核查", 2), L("向蘘川县人民法院提起诉讼", 3),
    L("调取全体员工2024年以来个人账户交易流水进行逐笔比对", 4), L("已从相关人员2025年绩效工资中全部扣回", 5),
    L("收回该车辆，节假日一律停放在支行院内", 6), L("将3项未经党委会研究的事项全部提交党委会复议", 7),
    L("重新设立党员先锋岗7个", 8), L("停播未经审批的第三方广告2条", 10), L("抵债房产过户手续已于7月18日办结", 11)])

# p04 蘅州理工学院实验室与设备管理处党支部 — feedback HTML news page: inline 一是…九是 (then 一要…三要 and a 表态
# 一是…三是, not problems); report PDF, 118 days after the feedback.
G["p04"] = dict(issues=9, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2025-03-18 with a 三个月内 limit (due 2025-06-18); report dated 2025-07-14: 118 days."),
    F("copied-measure", 3, "（三）'s measure restates the problem as a promise (将进一步提高大型仪器设备开放共享水平，提高设备有效机时…解决部分设备使用率偏低的问题): nothing on the 5 idle instruments or how."),
    F("no-accountability", 5, "Splitting purchases to avoid public tender (96万, 经办人和审批人未履行把关职责) — the report gives a self-check, a rule and training, but nobody is dealt with, though 三要 demanded 查清责任、严肃处理."),
], must_not_flag=[
    F("weak-leadership", None, "支部书记、处长廉照秋 heads the 领导小组 as 第一责任人, 6 meetings, site visits to 4 colleges."),
    F("no-disclosure", None, "下一步 二是: published on the 学校信息公开网 for 15 days."),
    F("copied-measure", 2, "Opens by restating the problem (针对安全检查发现问题整改闭环不够的问题) and then acts: 33 hazards rechecked, a 闭环管理办法, a 提醒谈话."),
    F("no-accountability", 4, "资产科科长 诫勉谈话, 2 资产管理员 批评教育."),
    F("no-accountability", 9, "资产科副科长 批评教育."),
    F("no-accountability", 6, "Self-acceptance was a control weakness; 23 devices re-inspected and all conform — no named wrongdoing."),
    F("no-mechanism", 5, "《仪器设备采购管理实施细则》 (the gap there is accountability)."),
    F("no-mechanism", 2, "《实验室安全隐患整改闭环管理办法》."),
    F("no-mechanism", 6, "修订《仪器设备验收管理办法》."),
    F("no-owner", 3, "副处长缪临川 is 责任领导 (the gap there is the copied measure)."),
    F("no-deadline", 3, "完成时限：2025年6月30日."),
], links=[
    L("对危险化学品全生命周期管理系统开展全员培训", 1), L("对2024年未复查的33项隐患逐项现场复查", 2),
    L("我们将进一步提高大型仪器设备开放共享水平", 3), L("对账面有而实物无的187台件逐一核实去向", 4),
    L("对2024年以来的设备采购项目开展全面自查", 5), L("制定《仪器设备采购管理实施细则》", 5),
    L("实行采购与验收分离", 6), L("重启党员发展工作", 7), L("制定支部年度理论学习计划", 8),
    L("在学校信息公开网补充公示处置结果", 9)])

# p05 蔊阳县委县政府督查室党支部 — feedback PDF: 一、…十、 heading。detail + 整改意见 （一）–（三）; report PDF.
G["p05"] = dict(issues=10, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "The preamble says 反馈的10个问题已全部整改完成，23项整改措施全部落实到位, but （四） is 持续推进 (3 批示件 still being coordinated, 95% only 力争 by year-end) and （十）'s 规程 is 待…审定 (基本完成); the annex ledger agrees with the items, not the preamble."),
    F("repeated-measure", 2, "（二）'s only measure is a boilerplate paragraph (坚持把巡察整改作为重要政治任务…推动督查工作规范化、制度化、常态化开展) pasted again under （九）."),
    F("repeated-measure", 9, "（九） (confidential drafts on an internet computer) repeats （二）'s paragraph word for word after its own first clause."),
    F("vague-measure", 8, "（八） is slogans only (进一步转变工作作风，牢固树立求真务实的工作导向…): nothing on raising the share of on-site checks."),
], must_not_flag=[
    F("weak-leadership", None, "支部书记、室主任酆敬之 heads the 领导小组 as 第一责任人, 4 meetings, 直接过问、当面督办."),
    F("late-report", None, "Feedback 2025-04-22, report 2025-07-16: 85 days."),
    F("no-disclosure", None, "下一步 三是: the rectification goes on the 县政府门户网站."),
    F("vague-measure", 1, "Opens with 深刻认识到督查工作必须服务中心、服务大局 and then a new plan with 28 projects, monthly dispatch, fewer routine items."),
    F("no-deadline", 4, "完成时限：2025年12月31日 (the gap is the all-done claim, not the date)."),
    F("no-owner", 8, "副主任蒯以宁 is 责任领导 (the gap there is the slogan measure)."),
    F("no-accountability", 5, "督查二科科长 诫勉谈话, 3 others 批评教育, 0.15万 paid."),
    F("no-accountability", 6, "Approving 副主任 提醒谈话, 报账员 批评教育, accounts adjusted."),
    F("no-accountability", 1, "Choice of inspection topics: nobody did wrong."),
    F("no-mechanism", 3, "《督查事项统筹管理办法》."),
    F("no-mechanism", 6, "修订《督查专项经费使用管理办法》."),
    F("no-mechanism", 5, "《下乡督查工作纪律规定》."),
], links=[
    L("重新制定2025年度督查工作计划", 1), L("针对督查结果运用不充分的问题", 2), L("对2024年发出的43份督查通知逐一清理", 3),
    L("对14件超时限未办结的批示件逐件督办", 4), L("由参加督查的人员按标准补交伙食费0.15万元", 5),
    L("将1.8万元办公家具采购支出从督查专项经费中调出", 6), L("支部书记向县直机关工委专题述职", 7),
    L("督查室全体干部进一步转变工作作风", 8), L("针对督查信息保密管理不严的问题", 9), L("成立规程修订小组", 10)])

# p06 蘖溪县教育科学研究室党支部 — feedback DOCX: bold （一）–（九） heading paragraphs + detail, 整改要求 一要…三要;
# report: SCANNED PDF (page images only), own 一、…八、 items (the feedback's （七） is skipped, numbers shift).
G["p06"] = dict(issues=9, unanswered=[7], must_flag=[
    F("unanswered-issue", 7, "（七） (主题党日 without themes, copied study notes) is answered nowhere; the report's 七、 answers the feedback's （八） and 八、 answers （九）."),
    F("no-deadline", 2, "二、's bracket gives only 责任人 (副主任祁望舒) — no 完成时限; every other item has a date."),
    F("no-mechanism", 5, "五、 withdraws the 2 unapproved 教辅 and criticises the 副主任, but sets no review or approval procedure for 教辅推荐, though 三要 asked for rules on exactly that."),
    F("no-disclosure", None, "Nothing is published, though the feedback required 按规定向社会公开."),
], must_not_flag=[
    F("weak-leadership", None, "支部书记、主任芮桐生 heads the 领导小组 as 第一责任人, 3 推进会, 直接督办."),
    F("late-report", None, "Feedback 2025-05-08, report 2025-07-30: 83 days."),
    F("inconsistent-claim", None, "No totals claimed (上述整改措施已基本落实); 3.4万 = 2.1万 + 1.3万."),
    F("unanswered-issue", 8, "Answered under the report's 七、关于干部队伍结构不合理的问题."),
    F("unanswered-issue", 9, "Answered under the report's 八、关于审计发现问题整改不到位的问题."),
    F("no-owner", 2, "副主任祁望舒 is 责任人 (the gap there is the time limit)."),
    F("no-accountability", 4, "Organising 副主任 诫勉谈话, 5 教研员 批评教育, 4.2万 refunded."),
    F("no-accountability", 6, "办公室主任 批评教育, 2.6万 returned."),
    F("no-accountability", 8, "Staff structure: nobody did wrong."),
    F("no-mechanism", 4, "《教研培训活动管理办法》."),
    F("no-mechanism", 6, "修订《教研室经费报销管理办法》."),
], links=[
    L("制定《2025年作业设计指导工作方案》", 1), L("实行教研员联系学校制度", 2),
    L("班子成员与分管学科教研员逐一开展廉政谈话", 3), L("将收取的培训费4.2万元全部退还参训教师", 4),
    L("已通知各学校停止使用2种未经审定的教辅资料", 5), L("已由参加考察的人员全部退回", 6),
    L("申请补充教研员编制3名", 8), L("已补齐报销凭证2.1万元", 9)])

# p07 蓼源县防雷减灾服务中心党支部 — feedback PDF: areas 一、二、三、…方面 with RESTARTING 1．–4． (12); report PDF.
G["p07"] = dict(issues=12, unanswered=[], must_flag=[
    F("copied-measure", 2, "（一）2． restates the problem as a promise (压缩…办理时限，减少审核环节，明确材料要求，着力解决企业反映的审核环节多、材料要求不明确等问题): no new time limit, no list of materials."),
    F("no-accountability", 6, "（二）2.: two reports issued without a site visit (弄虚作假) are withdrawn, reports rechecked, a rule revised, training held — but nobody is dealt with, though the feedback demanded 查清责任，严肃处理 for exactly this."),
    F("no-owner", 11, "（三）3.'s bracket gives only 完成时限, and the ledger row 11 has 责任领导 “—”, 责任部门 “中心”; every other item names a leader."),
], must_not_flag=[
    F("weak-leadership", None, "支部书记、主任钭明远 heads the 领导小组 as 第一责任人, 5 推进会, site checks, 直接督办."),
    F("late-report", None, "Feedback 2025-06-17, report 2025-09-09: 84 days."),
    F("no-disclosure", None, "下一步 三是: published on the 县气象局门户网站 and in the 办事大厅."),
    F("inconsistent-claim", None, "33 measures = 31 done + 2 named as in progress (资格考试, 审核时限), matching the ledger's two 正在推进 rows."),
    F("copied-measure", 5, "Opens by restating the problem (针对违规收取检测服务费的问题) and then acts: 3.9万 refunded, 诫勉谈话, a 收费管理规定."),
    F("no-accountability", 5, "原分管副主任 诫勉谈话, 经办人 批评教育."),
    F("no-accountability", 7, "3 检测人员 批评教育, 餐费 paid back."),
    F("no-accountability", 8, "出纳 批评教育, 财务负责人 提醒谈话."),
    F("no-accountability", 4, "Serving key projects: nobody did wrong."),
    F("no-mechanism", 6, "修订《防雷检测报告审核制度》 (三级审核) — the gap there is accountability."),
    F("no-mechanism", 5, "《技术服务收费管理规定》."),
    F("no-deadline", 10, "完成时限：2025年10月31日, in progress."),
    F("no-owner", 12, "副主任甘仲远."),
], links=[
    L("对全县易燃易爆场所开展防雷装置检测“清零”行动", 1), L("压缩防雷装置设计审核办理时限", 2),
    L("修订《雷电预警信息发布流程》", 3), L("建立县重点项目防雷技术服务跟踪台账", 4), L("已全部退还12家企业", 5),
    L("对2024年以来出具的检测报告全部复核", 6), L("按标准退交餐费0.28万元", 7),
    L("账外存放的现金1.1万元已全部缴存入账", 8), L("制定2025年下半年党课计划", 9),
    L("2名资格证书过期的检测人员已停止签字", 10), L("立即停止劳务派遣人员签署审核意见", 11),
    L("3台检测仪器已办理固定资产入账手续", 12)])

# p08 蓍城县物资储运有限责任公司党支部 — feedback TXT (GB18030, CRLF): 1．–11． heading lines + detail lines, 整改要求
# 一是…四是 (not problems); report PDF: GOOD, problems 3 and 4 under one merged heading.
G["p08"] = dict(issues=11, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "支部书记、董事长祝恒之 heads the 领导小组 as 第一责任人, 6 meetings, 直接过问、直接督办."),
    F("late-report", None, "Feedback 2025-03-25, report 2025-06-20: 87 days."),
    F("no-disclosure", None, "下一步 三是: 县国资委网站, 公司公示栏, 监督电话."),
    F("inconsistent-claim", None, "31 measures = 29 done + 2 named (主业占比, 欠租诉讼) matching the ledger's 持续推进/诉讼中 rows; 564万 = 500 + 52 + 6.8 + 0.9 + 0.7 + 3.6; 严重警告1, 警告1, 诫勉2, 批评2, 免职1; 4 new + 3 revised rules."),
    F("unanswered-issue", 3, "Answered under the merged heading 关于“仓库出租管理不规范”“应收租金清收不力”的问题."),
    F("unanswered-issue", 4, "Same merged heading (87万 催收, 52万 recovered, 2 suits)."),
    F("repeated-measure", 3, "One merged answer for two problems, announced in its heading — not a pasted paragraph."),
    F("repeated-measure", 4, "Same merged answer."),
    F("no-owner", 9, "（八） (answering problem 9) has no 责任领导 line, but the preamble says 第九个问题由祝恒之同志亲自牵头整改, and ledger row 9 names him."),
    F("no-deadline", 1, "2025年12月31日，持续推进."),
    F("no-deadline", 4, "2025年6月15日, 诉讼清收持续推进; ledger 诉讼中."),
    F("no-accountability", 5, "总经理 党内警告 by the 县纪委监委."),
    F("no-accountability", 6, "办公室主任 诫勉谈话, cards returned."),
    F("no-accountability", 7, "总经理 pays 0.9万 himself."),
    F("no-accountability", 11, "原仓库主任 党内严重警告, 3.6万 赔偿."),
    F("no-mechanism", 3, "《仓库出租管理办法》 (一律评估、一律公开招租)."),
    F("no-mechanism", 5, "修订《公司“三重一大”决策制度实施办法》."),
    F("no-mechanism", 10, "《中层管理人员选拔任用管理办法》."),
    F("no-mechanism", 11, "《库存物资盘点管理制度》."),
], links=[
    L("停止新增建材贸易业务", 1), L("更换危险品仓库消防设施", 2), L("通过县公共资源交易中心公开招租", 3),
    L("制定《仓库出租管理办法》", 3), L("对87万元欠租逐户催收", 4), L("出借的500万元资金已全部收回", 5),
    L("已由领取人员全部退回", 6), L("收回总经理长期个人使用的公务车辆", 7), L("实行大额资金支付“三人联签”", 8),
    L("支部书记4月、6月分别讲党课1次", 9), L("重新履行民主推荐、考察和公示程序", 10),
    L("委托会计师事务所对盘亏钢材进行专项审计", 11)])

# p09 蘅川铁路局集团有限公司蔺阳车务段党委 — feedback PDF: 组长's speech, three 从…看 paragraphs with RESTARTING inline
# 一是… (5 + 4 + 4 = 13); report DOCX with the answers in a Word table, 130 days after the feedback.
G["p09"] = dict(issues=13, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2025-02-20; the speech asked for the report within two months, DOMAIN allows three (due 2025-05-20); report dated 2025-06-30: 130 days."),
    F("repeated-measure", 7, "Row 7 (零星物资采购) has only a pasted paragraph (组织开展专项整治，深入查摆问题根源，进一步完善相关管理制度…) that is pasted again in row 12."),
    F("repeated-measure", 12, "Row 12 (培训考试代考) repeats row 7's paragraph word for word after its own first clause."),
    F("no-accountability", 8, "添乘补贴 drawn without riding: the report stops the allowance, writes a rule and is 正在追缴 3.2万, but names nobody dealt with — the 追责问责 section lists rows 1, 9 and 11 only, though the speech named this case."),
    F("inconsistent-claim", None, "The preamble says the 13 problems 已全部整改到位, but row 2 is 持续推进 and row 8 is marked 已完成 while its own text says 正在追缴."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记乜怀远 (with the 段长) heads the 领导小组, 第一责任人, 7 党委会, 现场督办."),
    F("no-disclosure", None, "下一步 三是: 段公示栏 and 集团公司内网, with a phone number in the footnote."),
    F("no-owner", 7, "副段长危宗平 in the 责任领导 column (the gap there is the pasted measure)."),
    F("no-deadline", 2, "2025.12.31, 持续推进."),
    F("no-accountability", 9, "办公室主任 诫勉谈话, 1.1万 returned."),
    F("no-accountability", 1, "3 车站值班员 离岗培训 and 扣减绩效."),
    F("no-accountability", 11, "干部科科长 提醒谈话."),
    F("no-accountability", 3, "Passenger complaints: nobody did wrong."),
    F("no-mechanism", 8, "修订《机关人员添乘管理办法》, electronic check-in (the gap there is accountability)."),
    F("no-mechanism", 9, "修订《公务接待管理办法》."),
    F("no-mechanism", 1, "修订《接发列车作业标准化考核办法》."),
], links=[
    L("开展接发列车作业标准化专项整治", 1), L("成立货运营销专班", 2), L("对3个车站的投诉逐件回访", 3),
    L("2处防洪重点处所已设置雨量监测点", 4), L("17名劳务工全部调离行车相关岗位", 5), L("更新廉政风险防控手册", 6),
    L("针对零星物资采购问题", 7), L("停止发放机关人员“添乘补贴”", 8), L("超标准部分1.1万元由相关人员退回", 9),
    L("对4个车站党支部逐一指导规范“三会一课”", 10), L("对2名科级干部补做个人有关事项报告查核", 11),
    L("针对岗位培训考试问题", 12), L("建立职工网络言行教育引导机制", 13)])

# p10 蕃溪镇便民服务中心党支部 — feedback TXT (UTF-16 LE, CRLF): 纪委 news item, all 8 problems in one “…；…等问题”
# sentence, then 要求 and a 表态 一是…三是 (not problems); report: public HTML 通报 (GB18030).
G["p10"] = dict(issues=8, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "The fifth problem (支部组织生活不规范, 三会一课 records missing) is answered nowhere; the report's （五）–（七） answer problems 6–8."),
    F("weak-leadership", None, "No 领导小组 and no 第一责任人, though the feedback asked for both: the centre only held a staff meeting, 各窗口负责人 draw up measures, the office collects material; the 支部书记 appears only in （五）'s own answer."),
    F("no-mechanism", 3, "Insurance premiums held up to 23 days: money paid over and the clerk criticised and moved, but no rule on timely remittance, though the feedback asked to 健全资金管理制度."),
    F("no-owner", 7, "（六）'s 责任人 is “中心全体人员” — everybody, nobody; every other item names one person."),
], must_not_flag=[
    F("no-disclosure", None, "A public 通报 (主动公开) on the town website with a comment period, phone and address."),
    F("late-report", None, "Feedback 2025-05-27, 通报 dated 2025-08-19: 84 days."),
    F("unanswered-issue", 6, "Answered under the report's （五） (中心负责人履行“一岗双责”不到位)."),
    F("unanswered-issue", 8, "Answered under the report's （七） (满意度评价不真实)."),
    F("no-accountability", 4, "原窗口负责人 诫勉谈话, 0.36万 refunded."),
    F("no-accountability", 8, "2 窗口人员 批评教育 and 扣减绩效."),
    F("no-accountability", 3, "经办人 批评教育 and moved (the gap there is the missing rule)."),
    F("no-accountability", 1, "Number of services offered: nobody did wrong."),
    F("no-mechanism", 4, "《证明事项服务指南》, all certificates free."),
    F("no-mechanism", 8, "《窗口服务评价管理办法》."),
    F("no-mechanism", 7, "先培训、后上岗、带岗一个月 rule (the gap there is the owner)."),
    F("no-owner", 6, "中心主任满若溪."),
    F("no-deadline", 7, "完成时限：2025年7月31日."),
], links=[
    L("新增镇级可办事项27项", 1), L("制定《办事材料一次性告知清单》", 2), L("滞留资金已全部上缴", 3),
    L("立即停止收取证明“工本费”", 4), L("中心负责人与窗口工作人员逐一开展谈心谈话", 6),
    L("3名临聘人员已暂停独立办件", 7), L("将评价器调整到群众一侧", 8)])

for name, g in G.items():
    out = {"mode": "pair", "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    os.makedirs(os.path.join(ROOT, name), exist_ok=True)
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
