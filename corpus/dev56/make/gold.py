"""Write p01..p10/gold.json (dev-pairs gold format) for dev56. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev44/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 薁城县教师发展中心党支部: formal 反馈意见, 一、巡察发现的主要问题 with areas （一）（二）（三）…方面 and continuous
# 1．–7． heading。detail; 二、整改意见 （一）–（五） are not problems.
# Report: common 关于“…”的问题 with 整改措施/责任人/整改时限/整改进展 field lines. GOOD REPORT.
G["p01"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任靳书臻 heads the 领导小组 as 第一责任人 (负总责), chaired the plan, 4 推进会, 直接督办 two problems, visited 6 rural schools."),
    F("late-report", None, "Feedback 2025-03-18, report 2025-06-10: 84 days, inside the 三个月内 the feedback sets (2025-06-18)."),
    F("no-disclosure", None, "下一步 三是: published on the 县教育局门户网站 and the 中心公示栏, with a 监督电话."),
    F("inconsistent-claim", None, "24 measures = 3+3+4+4+4+3+3; 22 done + the two named 长期坚持 items (#2 三是, #7 三是); 5.7万 = 3.6万 + 2.1万; 诫勉 2 (郗明远, 笪奕川), 批评教育 2 (会计, 逄宇宁); 5 new rules + 1 revised, all named."),
    F("no-accountability", 3, "原分管财务副主任 诫勉谈话, 会计 批评教育, 3.6万 returned."),
    F("no-accountability", 4, "带队的教研室主任 诫勉谈话 and 通报; 2.1万 退缴."),
    F("no-accountability", 5, "办公室主任逄宇宁 批评教育 for skipping the 比选."),
    F("no-accountability", 7, "An ageing staff with missing subjects: nobody did wrong, there is no one to hold to account."),
    F("no-accountability", 1, "Training out of step with needs is a work shortfall, not misconduct."),
    F("no-deadline", 2, "Two measures dated 2025-05-31, the third (tracking rural schools) 长期坚持 — legitimate for a standing task."),
    F("no-deadline", 7, "Plan and two posts dated, mentoring 长期坚持 — legitimate."),
    F("no-mechanism", 3, "修订《培训经费管理办法》."),
    F("no-mechanism", 4, "《外出研修活动审批管理规定》."),
    F("no-mechanism", 5, "《小额采购管理办法》 with a 5万 比选 threshold."),
    F("vague-measure", 6, "Opens with 切实增强组织生活的政治性、原则性和严肃性 but then three acts: a new 组织生活会 with 17 criticisms, a 记录管理规定, quarterly checks."),
    F("no-owner", 6, "党支部书记、主任靳书臻 is 责任人."),
], links=[
    L("开展培训需求问卷调查", 1), L("组织全县性作业设计研讨4次", 2),
    L("向11名在职教研员发放的授课酬金3.6万元已全部退回", 3), L("参观景区的门票和车辆租赁费用2.1万元已由参加研修的人员全部退缴", 4),
    L("对18.5万元印制项目补充开展价格复核", 5), L("重新召开专题组织生活会", 6),
    L("从一线学校选调初中物理、小学科学教研员各1名", 7)])

# p02 蒟溪县房屋征收与补偿服务中心党支部: 组长's 反馈会 speech; problems in three area paragraphs “在…方面，一是…二是…”
# restarting (2+2+2 = 6); 总体评价, the 原因 paragraph, 一要…三要 and the deadline sentence are not problems.
# Report (GB18030): the secretary's FIRST-PERSON 主要负责人 report, own short headings in another order 3,1,4,2,5,6.
G["p02"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("vague-measure", 2, "（四）服务群众不到位问题 is slogans only (宗旨意识、以人民为中心、进一步增强服务意识、切实转变工作作风、努力提高满意度): nothing on the unanswered 咨询电话 or the 12 overdue 12345 items."),
    F("no-deadline", 1, "（二）: 4 households' 6.5万 still to recover, and the only time given is “力争尽快追回”; every other open item in the report has a date or is 长期坚持, and the speech asked for 完成时限 on each."),
    F("no-accountability", 4, "The speech names 副主任邬某, whose wife's brother owns the appraisal firm, for not reporting or recusing; （三） re-checks the reports, changes the selection and adds a 回避条款 for the future, but says nothing about 邬某 or who assigned the firms directly — although the speech said 该处理的人要处理到位，不能以整改代替追责."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary writes as 第一责任人, heads the 领导小组, chaired 5 推进会, 3 site checks, 直接督办 the 专户 problem, and took a 书面检查 himself."),
    F("late-report", None, "Feedback 2024-10-22 with a 三个月内 limit (2025-01-22); the report is dated 2025-01-14: 84 days."),
    F("no-disclosure", None, "“整改进展情况已在县住房和城乡建设局门户网站和中心公示栏公开”."),
    F("inconsistent-claim", None, "21 measures, 19 done + 2 in progress, and the report itself names what is open (4 households); 14.7万 = 8.2万 + 6.5万; sanctions match the items."),
    F("no-accountability", 3, "原分管财务的副主任冼崇礼 诫勉谈话 and the secretary's 书面检查; 38万 returned on 10-30."),
    F("no-accountability", 1, "2名经办人员 批评教育 (besides the recovery)."),
    F("no-accountability", 5, "党内警告 1, 诫勉谈话 1, the driver 批评教育 and 460元 退缴."),
    F("no-mechanism", 4, "《房地产价格评估机构选定工作办法》 with a 名录库 and a 回避条款 (the gap there is accountability)."),
    F("no-mechanism", 3, "修订《征收补偿资金专户管理办法》 with monthly reconciliation."),
    F("no-mechanism", 1, "《征收补偿计算复核规程》 with three signatures."),
    F("no-owner", 3, "“这个问题由我直接负责” — the secretary owns it."),
    F("no-owner", 1, "“这项工作由副主任宓云舒负责”."),
    F("vague-measure", 6, "Opens with 从思想上查找…根源 but then acts on each of the 3 members (恢复, 流动党员管理 with 3 months, 除名) and a monthly report."),
    F("no-deadline", 6, "Each member dealt with (one with a 3-month limit); the monthly report is 长期坚持 — legitimate."),
    F("no-deadline", 5, "Done by the end of November 2024."),
], links=[
    L("38万元已于10月30日全部归还专户", 3), L("对城西棚户区两个批次的186户补偿档案逐户复核", 1),
    L("新启动的2个征收项目评估机构全部由被征收人投票协商选定", 4), L("进一步增强服务意识，切实转变工作作风", 2),
    L("对两次接受施工企业宴请的2名干部", 5), L("我逐一与3名长期不参加组织生活的党员谈话", 6)])

# p03 菥阳县政务服务便民热线中心党支部: 问题清单 (GB18030) 问题1：…问题7： heading line + 具体表现：; 整改要求 一、–四、
# are not problems. Report (UTF-8 CRLF): 问题N：/整改情况：/field line, in feedback order, but 问题6 (涉舆情工单) is
# skipped, so the report's “问题6：” answers the feedback's 问题7.
G["p03"] = dict(mode="pair", issues=7, unanswered=[6], must_flag=[
    F("unanswered-issue", 6, "涉舆情工单报告处置不及时 (2 items reported 1 and 3 days late) has no answer anywhere: the report's “问题6：” is the feedback's 问题7 (审计整改), and nothing else mentions 舆情 or 网信办."),
    F("no-owner", 4, "问题4's field line gives only 完成时限 and 整改进展 — no 责任领导, no 责任科室 — while every other item names both, as 整改要求一 demanded."),
    F("no-mechanism", 2, "The feedback's point is that there is no 督办 procedure or 督办、通报和考核制度; the answer only chases the 156 backlog items once (函, visits, calls) and makes no rule, while 整改要求三 named 工单督办 first and every other substantive item names a rule."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任綦向晖 heads the 领导小组 as 第一责任人, chaired 6 meetings, 约谈 the contractor twice, went to the 数据资源管理局."),
    F("late-report", None, "Feedback 2025-04-09, report 2025-07-04: 86 days."),
    F("no-disclosure", None, "下一步 四是: 县人民政府门户网站 and a 监督电话."),
    F("inconsistent-claim", None, "16 measures = 3+2+3+3+3+2; 14 done + 2 open (问题2 一是, 问题5 三是), as the items say; 批评教育 4 = 3 + 1; 诫勉 1, 提醒 1; 3 new + 1 revised rules named."),
    F("unanswered-issue", 7, "Answered under the report's “问题6：” heading, which restates the feedback's 问题7 word for word — the number is wrong, the content right."),
    F("no-accountability", 3, "综合科科长 诫勉谈话, 分管副主任 提醒谈话, 21.6万 recovered."),
    F("no-accountability", 1, "3名审核人员 批评教育."),
    F("no-accountability", 4, "The worker who forwarded screenshots 批评教育."),
    F("no-mechanism", 1, "《工单办结审核和回访核实办法》."),
    F("no-mechanism", 3, "《话务外包服务考核办法》."),
    F("no-mechanism", 4, "《工单系统账号和数据安全管理规定》 (the gap there is the owner)."),
    F("no-mechanism", 7, "修订《固定资产管理制度》 with a yearly count."),
    F("no-owner", 2, "副主任谯若兰 and 工单管理科 (the gap there is the mechanism)."),
    F("no-deadline", 5, "“2025年6月30日，此后长期坚持” for 组织生活 — a date plus a standing task."),
], links=[
    L("对2024年312件“不满意”工单逐件复核", 1), L("对156件超期未办结工单逐件发函督办", 2),
    L("追回多支付的服务费21.6万元", 3), L("注销6名离职人员的系统账号", 4),
    L("制定2025年主题党日计划", 5), L("对17件未清理设备逐件核查", 7)])

# p04 蓂川县新华书店有限公司党支部 (county state bookshop): 反馈意见 一、…六、 each “heading。detail” in one paragraph;
# 整改意见 （一）–（五） and the deadline sentence are not problems. Report: the unit's OWN SHORT HEADINGS （一）–（六） in
# feedback order, each paragraph closed by a bracket (责任人；时限).
G["p04"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("copied-measure", 4, "（四）严格财务管理 only turns the feedback's words back into promises (现金销售收入…及时存入银行、杜绝…现金过夜；备用金…及时清理，不得长期挂账): nothing on the 7.2万 owed by the 3 employees, no deposit rule, no check."),
    F("no-accountability", 6, "The feedback names relatives of the 副经理 and the 财务部经理 hired without 回避, and 整改意见（三） asks to 查清责任; （六） writes a 招聘办法, adds a 回避 clause for the future and re-checks the 5 hires' diplomas, but nobody is dealt with."),
    F("inconsistent-claim", None, "The preamble claims 清退、追回违规资金共计7.4万元, but the only sums returned in the items are 4.8万 (征订劳务费) and 1.1万 (聚餐): 5.9万."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长甄宏毅 heads the 领导小组 as 第一责任人, chaired 4 推进会, went to the 教育局, 直接督办 two problems."),
    F("late-report", None, "Feedback 2024-08-27, report 2024-11-19: 84 days."),
    F("no-disclosure", None, "Published on the 门店公告栏 and the 县文化广电旅游局门户网站."),
    F("copied-measure", 2, "Opens by restating the problem (针对向学校经办人员发放“征订劳务费”的问题) and then acts: 4.8万 recovered, 党内警告, 批评教育, a new 规定."),
    F("vague-measure", 1, "Opens with 党的领导是国有企业的根和魂 but then a revised 清单, a 细则, the 96万 project taken to the 支委会 with a 结算复核, and a 检视剖析."),
    F("no-accountability", 2, "发行部经理 党内警告, 2 staff 批评教育, the school side 函告 the 教育局."),
    F("no-accountability", 3, "分管副经理 诫勉谈话, 仓储主管 批评教育."),
    F("no-accountability", 5, "办公室主任 诫勉谈话, 1.1万 退缴."),
    F("no-mechanism", 6, "《员工招聘管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 2, "《教辅材料征订发行管理规定》."),
    F("no-mechanism", 3, "《库存图书处置管理办法》."),
    F("no-deadline", 3, "Three measures dated 2024-10-31; the quarterly review 长期坚持 — legitimate."),
    F("no-owner", 4, "财务部经理童以宁 is named (the gap there is the copied measure)."),
], links=[
    L("对96万元门店改造项目补充提交支委会研究", 1), L("从7所学校经办人员处追回4.8万元", 2),
    L("对31万元滞销图书处置事项开展倒查", 3), L("门店现金销售收入做到及时存入银行", 4),
    L("聚餐的1.1万元已由参加聚餐人员全部退缴", 5), L("制定《员工招聘管理办法》", 6)])

# p05 葹台县价格认证中心党支部: 纪委监委 website news item; the 7 problems sit in one “巡察组指出，…：…；…；…等问题”
# sentence; 组长's 一要…三要, the 副部长's words and the 表态 一是…三是 are not problems.
# Report: preamble + stats + 整改台账 as ｜-separated text rows (序号｜反馈问题｜整改措施｜责任人｜整改时限｜完成情况).
G["p05"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("repeated-measure", 3, "Row 3 (档案) is answered only by a boilerplate cell (组织专题学习，对照问题深入查摆原因，举一反三，建立问题整改台账…确保整改到位) that is pasted again into row 5."),
    F("repeated-measure", 5, "Row 5 (意识形态) repeats row 3's cell word for word after a different first clause."),
    F("no-mechanism", 1, "复核把关不严 is a process failure and the 组长 asked for a 价格认定质量管理 mechanism; row 1 only has the 23 conclusions signed after the fact and 2 corrected — a one-off fix, while rows 2, 4 and 7 each name a rule."),
    F("late-report", None, "Feedback 2024-05-14 with a 三个月内 limit (2024-08-14); the report is dated 2024-09-02: 111 days."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任嵇远帆 heads the 领导小组 as 第一责任人, 亲自审定 the plan and the ledger, 5 meetings, 直接督办 two problems."),
    F("no-disclosure", None, "下一步 三是: 县发展和改革委员会门户网站 and a 监督电话."),
    F("inconsistent-claim", None, "6 done + 1 持续推进 (row 3) = 7, as the ledger shows; 10.08万 = 9.3 + 0.38 + 0.4; 诫勉 1 (row 2), 批评教育 3 (2 in row 4, 1 in row 7); 2 new + 1 revised rules named."),
    F("no-accountability", 2, "原业务科科长 诫勉谈话, 9.3万 returned."),
    F("no-accountability", 4, "2 people 批评教育, 0.38万 退缴."),
    F("no-accountability", 7, "经办人 批评教育 and 0.4万 退缴."),
    F("no-mechanism", 2, "《价格认定委托受理管理规定》."),
    F("no-mechanism", 4, "修订《公务接待和差旅费管理办法》."),
    F("no-mechanism", 7, "《外聘专家管理办法》."),
    F("no-owner", 1, "副主任郦清和 (the gap there is the mechanism)."),
    F("no-deadline", 6, "2024年7月31日；已完成."),
], links=[
    L("对23份价格认定结论书逐份复查", 1), L("收取的9.3万元评估费已全部退还委托方", 2), L("针对档案管理混乱问题", 3),
    L("超标准住宿费用0.38万元由当事人退缴", 4), L("针对意识形态工作薄弱问题", 5), L("于7月召开党员大会完成换届选举", 6),
    L("对专家库进行全面清理更新", 7)])

# p06 藠岭县计划生育协会党支部: 反馈意见 with areas （一）（二）（三）在…方面 and RESTARTING 1．2．(3．) (2+3+2 = 7);
# 二、整改意见 （一）–（四） not problems. Report: DOCX, 一、…七、关于“…”的问题 (bold) with 整改措施/责任人/整改时限/整改进展.
G["p06"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("weak-leadership", None, "The rectification is run by the 协会秘书长 at a 协会工作会议 with the 办公室 牵头 and 各部室 按分工: no 领导小组, no 第一责任人, the 党支部书记 never appears — although 整改意见（一） asked for all three."),
    F("vague-measure", 4, "四、(6 of 14 township associations idle) is slogans only (进一步加强…切实发挥…不断提高…推动…提质增效), marked 已完成: no township named, no activity, no 会员之家 reopened."),
    F("no-deadline", 3, "三、's 4.5万 still to be paid back into the project fund is a finite task, yet its 整改时限 is “长期坚持” and its status 正在推进 — no date, although 整改意见（二） said 限期归垫."),
    F("inconsistent-claim", None, "“7个问题已全部整改完成”, and 七、 is marked 已完成, while 七、 itself says 3 of the 9 assets still wait for valuation, 三、 is 正在推进 and 一、 still has a 小屋 under repair."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-02-20, report 2025-05-16: 85 days."),
    F("no-disclosure", None, "Published on the 县卫生健康委员会门户网站."),
    F("vague-measure", 1, "Opens with 牢固树立以人民为中心的发展思想 but then 3 小屋 built with a 推进表 and 11 village sessions."),
    F("no-deadline", 6, "“长期坚持” for the 三会一课 — a standing task, with 4 支委会 and 8 党小组会 already held."),
    F("no-deadline", 1, "2025年6月30日."),
    F("no-accountability", 5, "带队的副秘书长冀明川 诫勉谈话 and 通报; 2.8万 退缴."),
    F("no-accountability", 2, "经办人员 批评教育; 0.9万 recovered."),
    F("no-accountability", 4, "Idle township associations: a work shortfall, no misconduct named."),
    F("no-mechanism", 2, "《计生特殊家庭帮扶对象动态管理办法》."),
    F("no-mechanism", 7, "修订《固定资产管理办法》 (a yearly count, booking in the month of purchase)."),
    F("no-mechanism", 5, "修订《会员活动经费管理办法》."),
    F("no-owner", 3, "秘书长祁文茵 (the gap there is the time limit)."),
    F("no-owner", 4, "副秘书长邴立新 (the gap there is the slogan measure)."),
], links=[
    L("已新建成3个", 1), L("停发3户不符合条件家庭的慰问金", 2), L("被挤占的4.5万元正在协调从协会2025年度经费中归垫", 3),
    L("进一步加强基层协会组织建设", 4), L("2.8万元参观费用已由参加人员全部退缴", 5), L("制定2025年度支部工作计划", 6),
    L("对9件未入账资产逐件清查", 7)])

# p07 蘵山县物流园区开发有限公司党支部 (county state firm): DOCX 反馈意见 with bold （一）–（六） heading paragraphs,
# each followed by “具体表现：”; 二、整改意见 1．–4． not problems. Report: 一、关于…的问题 headings, 一是… paragraphs and one
# bracket (责任领导；责任部门；完成时限).
G["p07"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("copied-measure", 3, "三、 is the feedback read back as promises (合同到期及时续签，杜绝无合同使用；加大欠缴租金催收力度，确保应收尽收；做到账实相符): not one of the 5 contracts signed, none of the 41万 collected, no count of assets."),
    F("no-owner", 6, "六、's bracket reads 责任领导：公司班子成员；责任部门：各部门 — nobody in particular, while every other item names one leader and one department, as 整改意见1 demanded (每个问题都要明确到具体责任人)."),
    F("no-disclosure", None, "整改意见4 asks for disclosure; the report never publishes or 通报 the rectification (公开招租 in 三、 and the 消防安全告知书 on the 园区公告栏 are not rectification disclosure)."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长钭承业 heads the 领导小组 as 第一责任人, chaired 6 meetings, 3 site checks, 直接督办 the 签证 problem."),
    F("late-report", None, "Feedback 2024-12-03, report 2025-02-25: 84 days."),
    F("inconsistent-claim", None, "19 measures = 3+4+3+3+3+3; 17 done + 2 长期坚持 (一、三是, 六、三是); 诫勉 2 (工程部经理, 总经理), 批评教育 3 (1 + 2); 2 new + 2 revised rules named; 21万 核减."),
    F("copied-measure", 2, "Opens by restating the problem (针对签证变更未经审核即予确认的问题) and then acts: 21万 核减, 3.2万 监理费 扣减, 诫勉, a new 办法."),
    F("no-accountability", 2, "工程部经理 诫勉谈话, 现场管理人员 批评教育, the supervisor's fee cut."),
    F("no-accountability", 4, "总经理敖子骞 诫勉谈话, 2 employees 批评教育, 1.6万 退缴."),
    F("no-accountability", 1, "An idle cold-store and missed targets: a performance shortfall, no misconduct."),
    F("no-owner", 2, "副总经理宿明哲 / 工程部."),
    F("no-owner", 5, "党支部书记、董事长钭承业 / 综合办公室."),
    F("no-deadline", 1, "Plan dated 2025-01-31, 招商 itself 长期坚持 — legitimate."),
    F("no-mechanism", 2, "《工程签证变更管理办法》."),
    F("no-mechanism", 5, "修订《党支部前置研究讨论重大经营管理事项清单》."),
    F("no-mechanism", 6, "《园区安全生产检查办法》 with a monthly check (the gap there is the owner)."),
], links=[
    L("冷链仓储中心引进2家冷链企业", 1), L("对9项签证变更进行审核", 2), L("加大欠缴租金催收力度", 3),
    L("购物卡费用1.6万元已由全体员工按标准退缴", 4), L("对4项未经前置研究的大额支出补充履行研究程序", 5),
    L("对3处未整改隐患完成整改", 6)])

# p08 蕡江县市政设施管理所党支部: 组长's 反馈会 speech, problems as 第一，…第六， paragraphs; the praise, the 根源
# paragraph and 一要…三要 are not problems. Report (UTF-16 LE BOM): 关于“…”的问题 with field lines in another order
# (1, 6, 2+3 merged, 4); 第五 (理论学习和意识形态) has no answer.
G["p08"] = dict(mode="pair", issues=6, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "理论学习和意识形态工作 (fewer than 4 study sessions, the 公众号 posting unchecked) is answered nowhere: the four headings are 道路桥梁, 临时用工, 发包+材料 and 八项规定."),
    F("no-accountability", 2, "The speech names 所长郏某, whose classmate controls the firm that got all 7 split contracts, for not reporting or recusing, and demands 不能以完善制度代替追究责任; the merged answer writes a 发包办法, tenders the next job and audits the 7 contracts, and its only sanctions (库管员, 分管副所长) are for the missing materials — nothing on 郏某 or the splitting."),
    F("late-report", None, "Feedback 2024-07-09 with a 三个月内 limit (2024-10-09); the report is dated 2024-10-21: 104 days."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记竺慧琳 heads the 领导小组 as 第一责任人, 亲自部署/督办, 5 meetings, 4 site checks."),
    F("no-disclosure", None, "Published on the 县住房和城乡建设局门户网站 with a 监督电话."),
    F("inconsistent-claim", None, "13 measures = 3+3+4+3, all done, and every item says 已完成; 12万 = 8.6万 + 3.4万; 诫勉 1, 批评教育 3, 提醒 1; 4 new + 1 revised rules named."),
    F("repeated-measure", 2, "One merged answer for 第二 and 第三, announced (我们合并进行整改); its parts are specific to each problem — not a pasted measure."),
    F("repeated-measure", 3, "Same merged answer."),
    F("unanswered-issue", 3, "Answered inside the merged heading (盘点, 出入库登记, 比价, 倒查)."),
    F("unanswered-issue", 6, "Answered second, out of feedback order."),
    F("no-accountability", 3, "库管员 诫勉谈话, 调离 and 赔偿 3.4万; 分管副所长 批评教育."),
    F("no-accountability", 4, "1.9万 退缴; 办公室原主任 and the driver 批评教育."),
    F("no-accountability", 1, "养护科科长 提醒谈话."),
    F("no-mechanism", 2, "《维修工程发包管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 6, "《临时用工管理办法》."),
    F("no-mechanism", 1, "《城市道路坑槽修复工作规程》."),
    F("no-owner", 4, "党支部书记竺慧琳."),
    F("no-deadline", 6, "2024年9月30日；已完成."),
], links=[
    L("对3座超期桥梁完成定期检测", 1), L("与31名临时工全部补签劳动合同", 6), L("制定《维修工程发包管理办法》", 2),
    L("对仓库材料进行全面盘点", 3), L("由参与人员全部退缴", 4)])

# p09 蓍源县政府投资评审中心党支部: 纪委监委 website news item; problems as “主要表现在：一是…七是” in one sentence;
# 一要…三要, the 副主任's words and the 表态 一是…三是 are not problems. Report: the unit's own THEME headings
# （一）–（五）“在…方面”, several problems under one theme as 一是…, one bracket per paragraph.
G["p09"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("vague-measure", 7, "（五）在队伍建设方面 is slogans only (进一步加强…坚持把…摆在突出位置，切实提高…努力打造一支…队伍): nothing on the 3 造价工程师, recruitment, training or the dependence on 临聘 staff."),
    F("no-mechanism", 2, "The feedback says the firms were not drawn at random and the 考核 is a formality, and the 组长 asked for a mechanism on 中介机构选取; （二） runs one 考核 and shares out the next half-year's jobs by the centre's own allocation — no random draw, no rule, while the other substantive themes name rules."),
    F("no-disclosure", None, "The 组长 asked to publish the rectification to 干部群众; the report never does (the quarterly 通报 of 党员积分 at the 党员大会 is not disclosure)."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任滕一帆 heads the 领导小组 as 第一责任人, 亲自主持制定 the plan, 4 meetings, 直接督办 two problems."),
    F("late-report", None, "Feedback 2025-05-27, report 2025-08-25: 90 days — close to, but inside, three months (2025-08-27)."),
    F("inconsistent-claim", None, "6 done + 1 long-term (队伍建设) = 7, as the brackets show; 6.4万; 党内警告 1, 诫勉 1, 批评教育 4 (3 + 1); 3 new + 1 revised rules named."),
    F("repeated-measure", 4, "（三） holds 四是 and 五是 as separate 一是/三是 with their own acts — one theme, not a pasted measure."),
    F("repeated-measure", 5, "Same theme, distinct measures."),
    F("unanswered-issue", 3, "Answered as （一）'s 二是 (《评审时限管理办法》, 超期预警)."),
    F("vague-measure", 6, "Opens with a slogan sentence but then a 主题党日 plan tied to cases and 党员积分 linked to 评先评优."),
    F("no-deadline", 7, "“长期坚持” for team building — a standing task (the gap there is the slogan measure)."),
    F("no-accountability", 4, "党内警告 and 调离评审岗位."),
    F("no-accountability", 5, "6.4万 退缴; 原副主任 诫勉谈话, 会计 批评教育."),
    F("no-accountability", 1, "3名评审人员 批评教育, the agency's fee cut."),
    F("no-mechanism", 1, "《评审项目质量复核办法》."),
    F("no-mechanism", 3, "《评审时限管理办法》."),
    F("no-mechanism", 4, "《评审人员廉洁从业“十不准”》."),
    F("no-owner", 2, "副主任宇文朔 (the gap there is the mechanism)."),
], links=[
    L("对被审计再次审减的3个项目逐一复盘", 1), L("制定《评审时限管理办法》", 3), L("对入库的5家中介机构开展一次集中考核", 2),
    L("对接受施工单位宴请的评审人员给予党内警告处分", 4), L("6.4万元已全部由领取人员退缴", 5), L("落实党员积分管理", 6),
    L("进一步加强评审队伍建设", 7)])

# p10 藦城县人才发展服务中心党支部: 反馈意见 with （一）–（七） heading。detail; the 整改要求 一是…四是 and the deadline
# sentence are not problems. Report: HTML public 巡察整改进展情况的通报 (信息公开 header table), （一）关于“…”问题的整改 →
# 整改情况： + a bracket (责任科室；完成时限；整改进展).
G["p10"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("weak-leadership", None, "The plan came from a 主任办公会 with the 综合科 牵头 and 各科室 按职责分工: no 领导小组, no 第一责任人, no 党支部书记 — although the feedback asked for them and 问题（六） itself faults the secretary."),
    F("repeated-measure", 4, "（四） (档案) is answered only by a boilerplate paragraph (坚持把巡察整改作为重要政治任务…确保问题整改到位、取得实效) that is pasted again under （六）."),
    F("repeated-measure", 6, "（六） (党建与业务) repeats （四）'s paragraph word for word after a different first clause."),
    F("no-accountability", 3, "The feedback says 2 flats were lived in by staff relatives with the centre's knowledge and asks to 查清责任、严肃处理; （三） takes flats back and charges rent, but nobody on the staff is dealt with."),
    F("inconsistent-claim", None, "“已完成整改6个，正在整改1个，整改完成率85.7%”, but two items — （一） and （三） — are marked 正在整改: 5 done, 71.4%."),
], must_not_flag=[
    F("late-report", None, "Feedback 2024-09-24, 通报 2024-12-18: 85 days."),
    F("no-disclosure", None, "A public 通报 (公开方式：主动公开) with a comment deadline, phone and address."),
    F("no-accountability", 2, "The 审核人员 诫勉谈话, 5.4万 recovered."),
    F("no-accountability", 5, "带队的副主任 and the 经办人员 批评教育, 1.3万 退缴, 通报."),
    F("no-accountability", 1, "Late 安家补贴 from a slow procedure: no misconduct named."),
    F("no-mechanism", 2, "《人才补贴审核管理办法》."),
    F("no-mechanism", 7, "《印章使用管理办法》 and 《对外合同法律审核制度》."),
    F("no-mechanism", 3, "修订《人才公寓管理办法》 (the gap there is accountability)."),
    F("no-deadline", 1, "正在整改 with 2025年1月底前."),
    F("no-deadline", 3, "正在整改 with 2025年1月15日."),
    F("no-owner", 1, "责任科室：人才服务科 — an office is an owner."),
    F("no-owner", 7, "责任科室：综合科."),
], links=[
    L("将审核环节由5个减为3个", 1), L("追回2名不符合条件人员领取的生活补贴5.4万元", 2), L("已收回6套被不符合条件人员占用的公寓", 3),
    L("针对人事档案管理不规范的问题", 4), L("1.3万元已由参加人员全部退缴", 5), L("针对党建与业务融合不紧密的问题", 6),
    L("制定《印章使用管理办法》", 7)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
