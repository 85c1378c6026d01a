"""Write p01..p10/gold.json (dev-pairs gold format) for dev108. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev44/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蘩阳县交通战备办公室党支部 (county round): formal 反馈意见, areas （一）（二）（三）…方面 with continuous 1．–10．
# heading。detail; 二、整改意见 （一）–（四） are not problems. Report: 关于“…”的问题 with five field lines; sanctions only in
# a separate 三、执纪问责情况 section. GOOD REPORT.
G["p01"] = dict(mode="pair", issues=10, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任籍望舒 heads the 领导小组, is 第一责任人, leads #3 and #6 in person, 5 支委会, 2 site checks, a 专题组织生活会."),
    F("late-report", None, "Feedback 2025-03-18, report 2025-06-10: 84 days, inside three months."),
    F("no-disclosure", None, "下一步 三是: 县交通运输局门户网站 “信息公开” with a 监督电话."),
    F("inconsistent-claim", None, "10 problems = 8 done + 2 named as ongoing (#1 审定, #9 人员补充) with dates; 31 measures = 29 + 2; every sanction in 三、 is tied to a named problem."),
    F("no-accountability", 3, "Public goods kept at home: 三、执纪问责情况 gives 库管员 批评教育 and 综合股股长 诫勉谈话 — sanctions away from the item."),
    F("no-accountability", 4, "Meals booked as meetings: 1.36万 returned and, in 三、, 副主任蒯文澜 诫勉谈话, 经办人 书面检查."),
    F("no-accountability", 5, "违规发放 (usual words): 1.9万 returned and, in 三、, 副股长 批评教育, the secretary's 检讨."),
    F("no-accountability", 6, "Repair job given to a relative: 1.26万 核减 and, in 三、, 县纪委监委 党内警告 for 殳长庚."),
    F("no-accountability", 1, "An out-of-date plan: a work failing, nobody did wrong."),
    F("no-accountability", 2, "Ledger and stock out of step: a ledger failing, answered with 盘点 and 对账; no sanction needed."),
    F("no-accountability", 9, "Too few specialists: no wrongdoing."),
    F("no-deadline", 9, "“人员补充2025年12月31日前完成，培训长期坚持” — a date plus a standing task."),
    F("no-deadline", 7, "“2025年4月30日前，此后长期坚持”."),
    F("no-mechanism", 3, "出入库审批和领用登记 in the item and 《战备物资储备管理办法》 in 四、."),
    F("no-mechanism", 6, "比选, three-person 验收 and 回避 in the item; 《小额工程和采购比选办法》 in 四、."),
    F("no-owner", 3, "责任领导：党支部书记、主任籍望舒."),
], links=[
    L("重新勘定绕行路线和抢通节点", 1), L("会同县财政局对储备库物资逐类盘点", 2),
    L("放在个人家中的发电机1台、灯具6套已于反馈当周全部收回入库", 3), L("对库管员訾小川进行批评教育", 3),
    L("已由参加就餐人员按人分摊全部退还", 4), L("对审批报销的副主任蒯文澜进行诫勉谈话", 4),
    L("无值班记录时段发放的补贴1.9万元已由相关职工全部退回", 5), L("对负责排班考勤的综合股副股长进行批评教育", 5),
    L("委托县财政投资评审中心对维修工程进行结算审核", 6), L("县纪委监委给予殳长庚同志党内警告处分", 6),
    L("制定2025年支部委员会会议和“三会一课”计划", 7), L("支部委员会专题研究意识形态工作1次", 8),
    L("向县委编办申请补充交通工程专业人员1名", 9), L("将12项固定资产全部登记入账", 10)])

# p02 荇川县河道采砂管理站党支部 (县水利局党组 round): HTML news page on the bureau site, problems inline 一是…十一是 in one
# paragraph; the 一要…三要 requirements and the 站长's 表态 一是…三是 are not problems. Report: public HTML 整改进展情况的
# 通报 with an 索引号 table; （N）关于…的问题。+ measures + (责任领导；完成时限) bracket.
G["p02"] = dict(mode="pair", issues=11, unanswered=[], must_flag=[
    F("no-accountability", 4, "罚没砂石 transport given to the 站长's son's company without 比选, with 转运单 not matching the scales: the 通报 ends the contract, makes it a yearly 公开比选 and recovers 2.3万, but nobody is held to account, though the feedback asked 查清问题、分清责任…该处理的处理."),
    F("vague-measure", 6, "（六） is slogans only (进一步增强…切实提高…严格落实…积极稳妥…推动…融合): nothing on the merged 主题党日, the reading-only study or the three years without a new member."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、站长鄢汝成 heads the 领导小组 as 第一责任人, 4 meetings, 3 site visits."),
    F("late-report", None, "Feedback 2024-11-20, 通报 2025-02-14: 86 days."),
    F("no-disclosure", None, "A public 通报 on the bureau site (公开方式：主动公开) with a 公示 period, phone and address."),
    F("inconsistent-claim", None, "9 done + 2 named ongoing = 11; 6.31万 = 3.8 + 2.3 + 0.21; 8人次 = 2 (#2) + 3 + 1 (#3) + 1 (#7) + 1 (#9); 6 rules named."),
    F("no-accountability", 2, "Charged twice: refunded, and “对2名相关人员作出处理” — the sanction is given by number of people only."),
    F("no-accountability", 3, "Patrol records written up afterwards: 3 people 批评教育, the deputy 书面检查."),
    F("no-accountability", 7, "违规使用执法艇 (usual words): fuel repaid, the approving deputy 诫勉谈话."),
    F("no-accountability", 9, "Confiscated pumps used in a fish pond: returned to store; 经手人作出书面检查."),
    F("no-accountability", 5, "Slow handling of reports: a work failing."),
    F("no-accountability", 8, "Incomplete licence files: a records failing."),
    F("no-accountability", 10, "Safety checks on paper only: a work failing answered with checks and 盯守."),
    F("no-mechanism", 4, "Transport now chosen by a yearly 公开比选 (the gap there is accountability)."),
    F("no-owner", 6, "责任领导：党支部书记、站长鄢汝成 (the gap there is the slogan text)."),
    F("no-deadline", 10, "“2025年5月31日前完成汛前检查”."),
], links=[
    L("2025年度可采区范围、可采量和开采期限已于1月10日", 1), L("开单时重复收取的计量费3.8万元已全部清退", 2),
    L("对2名相关人员作出处理", 2), L("执法艇加装北斗定位终端", 3), L("对3名集中补写巡查记录的人员进行批评教育", 3),
    L("已终止与该运输公司的转运合作", 4), L("建立举报受理登记和限时办结台账", 5), L("进一步增强党支部政治功能", 6),
    L("2次出游的油料费用0.21万元已由相关职工全额退赔", 7), L("对9份采砂许可档案逐份补充", 8),
    L("2台抽砂泵已收回入库并登记造册", 9), L("对辖区采砂船安全设施逐船实地检查", 10), L("11笔缺少经办人签字的支出已补签", 11)])

# p03 葳溪县防雷减灾中心党支部 (市气象局党组 专项巡察): DOCX 反馈意见 with bold areas 一、二、三、 and RESTARTING 1．2．3．(4．)
# → 3 + 4 + 3 = 10; bold 四、整改要求 （一）–（三） are not problems. Report: DOCX prose with bold （N）关于…的问题 headings and
# a closing Word-table 整改台账 whose last column 追责问责情况 is the only place sanctions are given.
G["p03"] = dict(mode="pair", issues=10, unanswered=[], must_flag=[
    F("no-accountability", 5, "Equipment bought from the deputy's mother-in-law's shop at ~30% over market: the answer stops buying there, adds 比价 and a 价格复核, but the 追责问责情况 cell is “—” and no text holds anyone, though 整改要求（二） asked for 处理 of the 采购 problem."),
    F("no-owner", 9, "Row 9 names “中心” as both 责任领导 and 责任人 and the prose says “中心将…”; every other row names a person."),
    F("copied-measure", 3, "（三）'s whole answer turns the problem back into a promise (加大防雷科普进村入校力度…加强对乡镇气象信息员的防雷知识培训…提升…覆盖面): no activity, number or date of its own."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任缑怀瑾 heads the 领导小组, 第一责任人, 直接部署、直接督办 two problems, 5 meetings, 3 site re-checks."),
    F("late-report", None, "Feedback 2025-04-22, report 2025-07-18: 87 days."),
    F("no-disclosure", None, "四、三是: 市气象局门户网站 and the 中心公示栏 (the 服务窗口公示 of fees and the internal 公示 of allowances are other things)."),
    F("inconsistent-claim", None, "8 done + #1 and #9 ongoing, the table's 完成情况 column agrees; 4 new + 1 revised rules."),
    F("no-accountability", 2, "Reports not matching field work: only in the table's last column — 检测部部长 诫勉谈话, 2 检测员 批评教育 and moved off signing."),
    F("no-accountability", 4, "Charged twice: table column — 收费员 批评教育, 分管副主任 书面检查."),
    F("no-accountability", 6, "违反中央八项规定精神 (usual words): table column — 市气象局党组 党内警告 for the organiser."),
    F("no-accountability", 7, "Allowance to non-field staff: table column — 提醒谈话 for the approving 办公室主任."),
    F("no-accountability", 1, "Monitoring shortfall: a work failing (“不涉及”)."),
    F("no-accountability", 10, "Old advances not cleared, receipts not logged: an internal-control failing."),
    F("no-mechanism", 2, "三级审核, 定位拍照 and 《防雷检测质量控制办法》."),
    F("no-mechanism", 5, "《设备和耗材采购管理办法》 and 集体研究 above 1万 (the gap there is accountability)."),
    F("no-owner", 3, "Row 3: 副主任鞠远舟 / 办公室主任阎若涵 (the gap there is the copied text)."),
    F("no-deadline", 9, "Row 9: 2025年10月31日 (the gap there is the owner)."),
], links=[
    L("对14家未完成定期检测的易燃易爆场所逐家下达整改通知书", 1), L("对2024年出具的27份问题报告全部重新组织现场检测", 2),
    L("检测部部长栾晓东诫勉谈话", 2), L("中心将加大防雷科普进村入校力度", 3),
    L("以“复检”名义收取的2.97万元已全部退还11家加油站", 4), L("收费员批评教育；分管副主任鞠远舟作出书面检查", 4),
    L("中心已停止从该商店采购任何设备和耗材", 5), L("2023年10月外出参观的费用1.12万元已由参加人员全部退赔", 6),
    L("市气象局党组给予组织者党内警告处分", 6), L("向4名综合岗人员多发的野外作业补助1.9万元已全部追回", 7),
    L("对审批发放的办公室主任阎若涵提醒谈话", 7), L("制定2025年主题党日年度计划，每月固定一天开展", 8),
    L("中心将通过公开招聘与内部培养相结合的方式充实检测力量", 9), L("2名已调离人员借支的备用金0.65万元已全部清理收回", 10)])

# p04 芡山县棚户区改造服务中心党支部 (county round): 组长's 反馈会 speech, problems 第一，…第九， (CRLF); the 原因 paragraph,
# 一要…三要 and the 三个月内 sentence are not problems. Report (GB18030): the secretary's FIRST-PERSON report, regrouped
# under own headings 一、…六、 with its own running （一）–（九） in another order (1,4,2,3,6,5,7,8,9).
G["p04"] = dict(mode="pair", issues=9, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2024-09-10 with a 三个月内 limit (2024-12-10); the report is dated 2025-01-03: 115 days."),
    F("no-accountability", 6, "Sixteen meals booked as 推进会 (2.3万): the money is returned and meal claims barred, but nobody is held to account, though the speech named 聚餐 among the problems where 该问责的人员要问责."),
    F("no-mechanism", 2, "The speech says the 货币化 and 实物安置 lists were never compared and asks for 名单比对 rules: the answer recovers money and moves two staff but sets up no cross-check or rule, while the other money and housing items (#3, #5, #6, #9) each get one."),
], must_not_flag=[
    F("weak-leadership", None, "First person throughout: 第一责任人, heads the 领导小组, 直接过问、直接督办 #2 and #3, 6 meetings, 4 visits, 当面督办."),
    F("no-disclosure", None, "六、: 县住房和城乡建设局网站 and the 片区公示栏."),
    F("inconsistent-claim", None, "5 done + 2 basically done (money still being recovered) + 2 ongoing = 9; 9.8万 = 8.4 + 1.4; 21.4万 = 18.6 + the balance sued for."),
    F("no-accountability", 2, "The two staff who checked the list were 调离征收岗位 — an 组织调整, a real if mild consequence in unusual words."),
    F("no-accountability", 3, "The 科长 was 免去科长职务 and 县纪委监委 立案审查."),
    F("no-accountability", 5, "违规调剂 (usual words): 分管副主任 诫勉谈话, the staff member 批评教育."),
    F("no-accountability", 1, "Slow construction: a work failing."),
    F("no-accountability", 4, "Late replies to 12345: a work failing."),
    F("no-accountability", 8, "Incomplete files: a records failing."),
    F("no-mechanism", 3, "Two-person 评估 confirmation and 回避."),
    F("no-mechanism", 5, "《安置房源管理办法》."),
    F("no-owner", 3, "“责任领导：本人” — the writer, the secretary."),
    F("no-owner", 5, "“责任领导：本人”."),
    F("unanswered-issue", 2, "Answered under the report's own （三） inside 三、把涉及钱和房的问题查清改实."),
    F("copied-measure", 4, "The item repeats the problem name as its heading, then acts: 19 回访, a 首问负责、5日答复 rule."),
], links=[
    L("重新排定东片区、北片区工期节点", 1), L("已追回6户多领的过渡安置费8.4万元", 2),
    L("对负责过渡安置名单审核的2名工作人员，已调离征收岗位", 2), L("委托另一家评估机构重新评估", 3),
    L("原征收科科长已被免去科长职务", 3), L("对19件超期答复的诉求逐件回访", 4), L("3套安置房已全部收回", 5),
    L("对具体经办调剂的分管副主任褚晓岚进行诫勉谈话", 5), L("16笔聚餐费用2.3万元已由参加聚餐的工作人员全部退还", 6),
    L("制定支部年度学习和组织生活计划", 7), L("对全部1140户征收档案逐户清查", 8), L("补办了3项工程变更的审批手续", 9)])

# p05 荪阳县病死畜禽无害化处理中心党支部 (县农业农村局党组 round): 问题清单 (UTF-16 LE) 问题1：…问题11： heading + 具体表现：;
# 整改要求 1．–3． are not problems. Report: short covering text + ｜-row 整改台账 (8 fields) whose last field 处理情况 is where
# sanctions sit.
G["p05"] = dict(mode="pair", issues=11, unanswered=[], must_flag=[
    F("no-accountability", 7, "违规报销 the head's private-car fuel (usual words): the 0.86万 is repaid and a fuel-card rule made, but 处理情况 is “—”, though 整改要求2 named 问题7 for 处理."),
    F("no-accountability", 10, "The transport contract held by the 主任's cousin and renewed without 比选: the renewal is ended and the service re-tendered, but 处理情况 is “—”; 整改要求2 named 问题10."),
    F("no-disclosure", None, "Nothing is published or to be published, though 整改要求3 says 整改结果按规定公开; “公开比选” in row 10 is procurement, not disclosure."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任蒉长林 heads the 领导小组 as 第一责任人 and approved every measure; 5 调度会."),
    F("late-report", None, "Feedback 2025-05-07, report 2025-07-30: 84 days."),
    F("inconsistent-claim", None, "9 done + #1 and #9 ongoing, matching the 整改进展 field; 9.53万 = 5.04 + 3.15 + 0.48 + 0.86; 4 new + 1 revised rules."),
    F("no-accountability", 2, "Figures estimated instead of weighed: 处理情况 — 统计员 诫勉谈话, 分管副主任 批评教育."),
    F("no-accountability", 3, "Allowance to closed farms: 处理情况 — 审核人员 批评教育."),
    F("no-accountability", 4, "Fertiliser taken to staff orchards: 处理情况 — paid for and a 书面检讨 at the branch meeting."),
    F("no-accountability", 1, "Collection gaps: “不涉及”, a work failing."),
    F("no-accountability", 5, "Testing frequency: a work failing."),
    F("no-accountability", 6, "Disinfection log gaps: a ledger failing."),
    F("no-accountability", 11, "Assets not on the books: a ledger failing."),
    F("no-owner", 10, "责任领导 党支部书记、主任蒉长林, 责任人 副主任綦文博."),
    F("no-deadline", 6, "“立行立改，2025年5月31日”."),
    F("no-mechanism", 7, "《车辆用油管理规定》 (the gap there is accountability)."),
    F("no-mechanism", 2, "处理量以称重系统数据为准 and 《无害化处理量统计报送规定》."),
], links=[
    L("会同乡镇选址，建设3个收集暂存点", 1), L("多领的处理补助5.04万元已退回", 2), L("统计员冉晓禾诫勉谈话", 2),
    L("向5家已关停养殖场拨付的补助3.15万元已全部追回", 3), L("有机肥产量、库存和销售全部登记入账", 4),
    L("相关职工按每吨400元折款退赔0.48万元", 4), L("委托第三方检测机构恢复每年两次尾气检测", 5),
    L("收集车辆每趟洗消后拍照登记", 6), L("0.86万元已由本人全额退回", 7), L("确定入党积极分子2名", 8),
    L("制定年度安全培训计划，每季度培训1次", 9), L("已终止续签的3年合同", 10), L("2台备用焚烧设备已登记入账", 11)])

# p06 蓍城县残疾人辅助器具服务中心党支部 (county round): 反馈意见 （一）–（十二） heading。detail (CRLF); 整改要求 一要…三要 not
# problems. Report (GB18030): 问题N：restated heading / 整改情况：measures + (责任领导；完成时限).
G["p06"] = dict(mode="pair", issues=12, unanswered=[], must_flag=[
    F("copied-measure", 6, "问题6's 整改情况 turns the problem back into a promise (严格落实适配后3个月内回访规定，不断提高回访率…及时跟进调整): no 回访 done, no number."),
    F("no-accountability", 8, "A 100% satisfaction figure reported from 63 forms in one hand: the report re-surveys and corrects the figure, but nobody is held to account, though 整改要求二 named 数据报送."),
    F("no-mechanism", 10, "The feedback says there is still no 辅具采购管理办法 and 整改要求三 asks for one; the answer only re-checks three purchases and promises 询价比价, while #2 and #5 each get a written rule."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任戚宛如 heads the 领导小组 as 第一责任人, 5 meetings, 3 home visits."),
    F("late-report", None, "Feedback 2025-02-25, report 2025-05-20: 84 days."),
    F("no-disclosure", None, "“整改情况已在县残联门户网站公开”."),
    F("inconsistent-claim", None, "10 done + #1 and #11 ongoing = 12, both with dates."),
    F("no-accountability", 2, "Free aids to staff relatives: 康复部主任 诫勉谈话, 经办人 批评教育."),
    F("no-accountability", 3, "Charged twice: 收费员 批评教育, 分管副主任 书面检查."),
    F("no-accountability", 4, "Donated beds at home: the deputy's 检查 and 批评教育."),
    F("no-accountability", 7, "违规发放福利 (usual words): 县残联党组 诫勉谈话 for the then head."),
    F("no-accountability", 1, "Low coverage: a work failing."),
    F("no-accountability", 5, "Stock ledger: a ledger failing."),
    F("no-accountability", 11, "Staffing: no wrongdoing."),
    F("no-accountability", 12, "Unpaid balance now paid: no personal wrongdoing named."),
    F("no-mechanism", 2, "《免费辅具发放审核规定》."),
    F("no-mechanism", 5, "《辅具库存管理制度》."),
    F("no-owner", 10, "责任领导：党支部书记、主任戚宛如 (the gap there is the missing rule)."),
    F("no-deadline", 11, "2025年12月31日."),
], links=[
    L("组建2支上门评估服务小组", 1), L("14件辅具已收回11件", 2), L("对负责审核发放的康复部主任郦嘉给予诫勉谈话", 2),
    L("向18名残疾儿童家长退还“取模费”0.54万元", 3), L("2张电动护理床已于3月3日归还中心", 4), L("按品类建立分类台账", 5),
    L("严格落实适配后3个月内回访规定", 6), L("用辅具采购结余资金购买的购物卡0.96万元已由职工全额退回", 7),
    L("县残联党组对时任中心主任给予诫勉谈话", 7), L("实测满意度为86.4%", 8), L("对照5项未达标指标逐项整改", 9),
    L("委托县财政局采购办进行价格复核", 10), L("选派2名职工参加省辅具中心假肢矫形师培训", 11),
    L("12.6万元专项资金结余已于3月20日全部上缴县财政", 12)])

# p07 菖台县健康体检中心党支部 (县卫健局党委 round): 组长's speech with three 从…看 paragraphs, inline 一是… RESTARTING in each
# (3 + 4 + 3 = 10); 一要…三要 not problems. Report (UTF-16 LE): own area headings 一、二、三、在…方面 with 一是… + (牵头；完成时限),
# then 四、执纪问责情况, 五、下一步打算.
G["p07"] = dict(mode="pair", issues=10, unanswered=[3], must_flag=[
    F("weak-leadership", None, "No 领导小组 and no 第一责任人, though the speech's 一要 asked for both: “中心召开全体职工会议…按照职责交由各科室落实整改，办公室负责收集整改材料”. The 主任 appears only as 牵头 of the slogan item."),
    F("unanswered-issue", 3, "Study by reading newspapers and copied 研讨 texts: nothing in the report answers it."),
    F("vague-measure", 9, "三、二是 (民主集中制, the head alone choosing partners and discounts) is slogans only: no rule, no 集体研究 of the partner list."),
    F("no-disclosure", None, "Nothing published, though the speech said 整改情况要按规定公开; 套餐内容在收费窗口张贴 is price information."),
], must_not_flag=[
    F("late-report", None, "Feedback 2024-12-03, report 2025-02-26: 85 days."),
    F("inconsistent-claim", None, "No totals claimed; 4.7万 = 3.1 paid + 1.6 being sought, stated as such."),
    F("no-accountability", 4, "Free exams for relatives: in 四、执纪问责情况 — 副主任甄若溪 诫勉谈话, 2 前台 批评教育."),
    F("no-accountability", 5, "DR charged twice: in 四、 — 收费组组长 书面检查."),
    F("no-accountability", 7, "违规接受宴请 (usual words): in 四、 — 局党委 党内警告 for 2 班子成员."),
    F("no-accountability", 1, "Low completion of free elderly checks: a work failing."),
    F("no-accountability", 8, "Missed abnormal values: a quality failing answered with two-level sign-off."),
    F("no-accountability", 10, "Scrapped equipment still on the books: a ledger failing."),
    F("no-mechanism", 4, "《体检费用减免审批规定》."),
    F("no-owner", 9, "牵头：主任暨鸿章 (the gap there is the slogan text)."),
    F("unanswered-issue", 2, "Answered under 一、二是 (电子屏)."),
], links=[
    L("周六上午增设老年人专场", 1), L("停播全部商业广告", 2), L("由体检人按标准补交费用3.1万元", 4),
    L("对在“健康套餐A”免费体检中负有审批责任的副主任甄若溪进行诫勉谈话", 4), L("多收的2.25万元已通过原支付渠道退还本人", 5),
    L("收费组组长琚小满作出书面检查", 5), L("向已转岗的3名人员多发的绩效2.8万元已全部追回", 6),
    L("参加宴请的人员已按标准退交餐费", 7), L("由局党委给予党内警告处分", 7),
    L("体检报告实行主检医师、审核医师两级签字", 8), L("进一步严格落实民主集中制原则", 9), L("3台已报废设备按程序办理报废核销", 10)])

# p08 薜岭县农村综合改革服务中心党支部 (county round): DOCX 反馈意见 whose problems are the 12 rows of a Word table
# (序号｜问题类别｜问题表现); 二、整改要求 （一）–（三） not problems. Report: （N）关于…的问题 with 一是… and a bracket, running
# （一）–（十一） because #9 is skipped.
G["p08"] = dict(mode="pair", issues=12, unanswered=[9], must_flag=[
    F("unanswered-issue", 9, "Row 9 (no 管护 of finished roads and channels, 5 of 12 damaged): no item, no measure; the report's （九） answers row 10."),
    F("no-accountability", 11, "“方案编制费” charged twice on 19 projects: the 5.7万 goes back to the villages and the fee is abolished, but nobody is held to account, though 整改要求（二） named 收取方案编制费."),
    F("no-deadline", 6, "（六） leaves 28万 “待项目验收合格后拨付” and its bracket has no 完成时限; every other item has one."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任尉迟松 heads the 领导小组 as 第一责任人, 4 推进会, 8 village checks."),
    F("late-report", None, "Feedback 2025-01-14, report 2025-04-10: 86 days."),
    F("no-disclosure", None, "县财政局门户网站 with a 监督电话."),
    F("inconsistent-claim", None, "No all-done claim; 98万 + 28万 = 126万; 5 rules named."),
    F("no-accountability", 3, "Acceptance signed before work began: 1 诫勉谈话, 2 批评教育."),
    F("no-accountability", 4, "Money added for the deputy's brother-in-law's village: 县纪委监委 党内严重警告 and moved."),
    F("no-accountability", 5, "Meals booked as 评审会: 办公室主任 批评教育 and 书面检查."),
    F("no-accountability", 7, "违反财经纪律 (usual words): 时任中心主任 诫勉谈话."),
    F("no-accountability", 1, "Poor policy explanation: a work failing."),
    F("no-accountability", 2, "Sampling instead of full acceptance: a work failing."),
    F("no-accountability", 8, "Incomplete files: a records failing."),
    F("no-accountability", 12, "Missing counter-signatures: a procedure failing, signatures supplied."),
    F("unanswered-issue", 10, "Answered under the report's （九） (positions shift after the skipped row)."),
    F("unanswered-issue", 12, "Answered under the report's （十一）."),
    F("no-mechanism", 3, "Photos and location on every 验收表, 《项目竣工验收办法》."),
    F("no-owner", 6, "责任领导：副主任宗泽楷 (the gap there is the time limit)."),
], links=[
    L("编印《一事一议财政奖补政策问答》", 1), L("对2024年未到现场验收的24个项目全部补做现场验收", 2),
    L("3个项目的奖补资金已全部收回", 3), L("对签字的3名验收人员中负主要责任的1人给予诫勉谈话", 3),
    L("该项目追加的18万元奖补资金已暂停拨付", 4), L("县纪委监委给予该副主任党内严重警告处分", 4),
    L("0.92万元餐费已由参加就餐人员全部退还", 5), L("对滞留资金逐项清理，已拨付98万元", 6),
    L("用于办公楼装修的4.5万元已从中心公用经费中调剂归还", 7), L("11个项目缺少的议事记录和公示照片已从村里补充收集", 8),
    L("支部书记与3名党员逐一谈话提醒", 10), L("重复收取的5.7万元，已全部退还相关村", 11), L("7笔缺少分管领导签字的拨款已补签", 12)])

# p09 苘阳县农机安全监理站党支部 (county round): HTML news page (GB18030) with all problems in one “主要是：…；…等问题”
# sentence (9); 訾明达's requirements and the 表态 are not problems. Report (UTF-8 CRLF): by number （N）针对反馈的第N个问题.
G["p09"] = dict(mode="pair", issues=9, unanswered=[], must_flag=[
    F("repeated-measure", 7, "（七） (组织生活不经常) is answered by a boilerplate paragraph (组织全站党员干部深入学习上级有关文件精神…转化为推动农机安全监理工作高质量发展的实际成效) pasted again under （九）."),
    F("repeated-measure", 9, "（九） (安全宣传进村入户不够) repeats （七）'s paragraph word for word after a different first clause."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、站长鲜于廷 heads the 领导小组 as 第一责任人, 直接部署、直接督办 three problems, 5 township checks."),
    F("late-report", None, "Feedback 2025-06-17, report 2025-09-05: 80 days."),
    F("no-disclosure", None, "“整改情况已在县农业农村局门户网站公开”."),
    F("inconsistent-claim", None, "8 done + #1 ongoing with a year-end target; 4 rules named."),
    F("no-accountability", 2, "Charged twice: refunded, “原收费员已调离收费岗位” — a post change in unusual words."),
    F("no-accountability", 3, "Figures padded with scrapped tractors: the deputy 诫勉谈话."),
    F("no-accountability", 5, "Parts sold, money kept off the books: 批评教育 and 扣减当年绩效奖励."),
    F("no-accountability", 6, "违规公车私用 (usual words): the head's 检查 and the 纪检组's 提醒谈话."),
    F("no-accountability", 1, "Low inspection rate: a work failing."),
    F("no-accountability", 4, "No cameras at exam sites: a work failing."),
    F("no-accountability", 8, "Missing files: a records failing."),
    F("unanswered-issue", 7, "Answered, if only by the pasted paragraph."),
    F("unanswered-issue", 9, "Answered, if only by the pasted paragraph."),
    F("no-mechanism", 5, "《报废农机旧件处置办法》."),
    F("no-owner", 6, "责任领导：副站长敖仲平 for the head's own car use."),
], links=[
    L("组织“农机安全检验进乡村”活动", 1), L("核发号牌时多收的检验费0.67万元已全部退还机手本人", 2),
    L("剔除已报废和已迁出的58台", 3), L("对负责数据上报的副站长敖仲平进行诫勉谈话", 3), L("3个乡镇考点已安装视频监控", 4),
    L("出售旧件所得0.38万元已追缴入账", 5), L("接送家属所用车辆的油费0.12万元已由站长本人退赔", 6),
    L("针对组织生活不经常的问题", 7), L("已通过系统数据和原始登记补建档案214份", 8), L("针对安全宣传进村入户不够的问题", 9)])

# p10 薤川县林木种苗站党支部 (县林业局党组 round): 反馈意见 with areas 一、二、三、…方面 and continuous 1．–12． heading lines +
# detail lines; 四、整改要求 not problems. Report: 整改进展情况的通报 (text) with （N） + 反馈问题：/整改进展：/责任人： and a closing
# 三、执纪问责情况 giving sanctions by number of people for four named problems.
G["p10"] = dict(mode="pair", issues=12, unanswered=[], must_flag=[
    F("no-accountability", 6, "Nursery labour organised by the 站长's brother with 190 工日 not matching attendance: 公开比选 and 3.1万 recovered, but nobody is held to account, and 三、执纪问责情况 lists the other four problems and leaves this one out, though the feedback named 劳务用工."),
    F("inconsistent-claim", None, "“反馈的12个问题已全部整改完成，36项整改措施全部落实到位”, while （一） says the 推广计划 正在实施 until 2025-11 and （三） says 28亩 are 正在进行土壤改良."),
    F("late-report", None, "Feedback 2024-10-29 with a 三个月内 limit (2025-01-29); the 通报 is dated 2025-02-10: 104 days."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、站长訾云亭 heads the 领导小组 as 第一责任人, 6 meetings, 4 site visits."),
    F("no-disclosure", None, "A 通报 inviting comments by 2025-02-24 with phone and address."),
    F("no-accountability", 4, "Seedlings written off and planted at home: covered by 三、 (7 people, 诫勉2 + 批评5) by number only."),
    F("no-accountability", 5, "Subsidy paid for planting not done: named in 三、."),
    F("no-accountability", 7, "违规收受 (usual words): named in 三、."),
    F("no-accountability", 8, "A meal booked as training: named in 三、."),
    F("no-accountability", 1, "Slow promotion of improved seed: a work failing."),
    F("no-accountability", 2, "No quality sampling: a work failing."),
    F("no-accountability", 3, "Idle land: a work failing."),
    F("no-accountability", 10, "Training gap: no wrongdoing."),
    F("vague-measure", 7, "Opens with 深刻汲取教训，切实增强廉洁自律意识 but then returns the gifts and signs 廉洁承诺书."),
    F("repeated-measure", 4, "三、's one sentence covers four named problems; it is a shared sanction, not a pasted measure."),
    F("repeated-measure", 5, "Same shared sentence."),
    F("no-owner", 6, "责任人：副站长岑向晚 (the gap there is accountability)."),
    F("no-mechanism", 6, "《育苗基地劳务用工管理办法》, 考勤表 and photos for every settlement."),
    F("no-deadline", 5, "A finished item in a progress 通报: 3.6万 already recovered; no time limit is needed."),
], links=[
    L("制定《2025年良种壮苗推广计划》", 1), L("对12家苗木生产经营户全部抽样送检", 2), L("制定育苗基地土地利用计划", 3),
    L("已收回移栽苗木842株", 4), L("共对7名相关人员进行了处理", 4),
    L("向4户未完成造林的承包户兑付的3.6万元已全部追回", 5), L("共对7名相关人员进行了处理", 5),
    L("育苗基地劳务用工改为公开比选确定劳务公司", 6), L("收受的土特产已折价退还2家苗木经营户", 7),
    L("共对7名相关人员进行了处理", 7), L("0.78万元聚餐费用已由参加人员全部退还", 8), L("共对7名相关人员进行了处理", 8),
    L("制定支部年度学习计划，党课由书记和支委讲授", 9), L("组织11名技术人员参加苗木检验新标准培训2期", 10),
    L("逐户补做现场核查并归档", 11), L("按实际存苗重新建立苗木台账", 12)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
