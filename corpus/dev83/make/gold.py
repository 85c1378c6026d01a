"""Write p01..p10/gold.json (dev-pairs gold format) for dev83. The gold is hand-judged; this file only keeps it in one
place. Modelled on dev44's make/gold.py. Debatable points ("may report") are not gold: they are in each pair's notes.md,
because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蘩溪县乳业有限责任公司党支部 (county state dairy firm): formal 反馈意见, 一、巡察发现的主要问题 with areas （一）…方面
# and continuous 1．–7． heading。detail; 二、整改意见 （一）–（四） are not problems.
# Report: 关于“…”的问题 with 整改措施/责任领导/责任部门/整改时限/整改成效 lines, except item (一) whose owner sits in
# an opening sentence. GOOD REPORT.
G["p01"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长郦承岳 heads the 领导小组 as 第一责任人 (负首责、负总责), chaired 5 推进会, 4 site visits, 当面督办 two department heads."),
    F("late-report", None, "Feedback 2025-03-18, report 2025-06-10: 84 days, inside the three months the feedback sets."),
    F("no-disclosure", None, "下一步 三是: published on the 县国有资产服务中心网站 and the 公司公示栏 with a 监督电话."),
    F("inconsistent-claim", None, "25 measures = 22 done + 3 named long-term ones (托养小区, 诉讼清收, 人才计划), each shown as ongoing in its item; 41.2万 + 22.5万 = 63.7万; 诫勉1 + 批评教育5 (1+1+3) + 书面检查1 + 通报批评1 match the items; 7 rules (1+2+2+1+1) named."),
    F("no-owner", 1, "Item (一) has no 责任领导 line, but its first sentence says 此项整改由分管生产的副总经理眭立新牵头，奶源部具体承办."),
    F("no-deadline", 1, "“第二个托养小区2025年9月30日前投入使用，其余措施已完成”."),
    F("no-deadline", 3, "“2025年5月31日，诉讼清收部分持续跟进” — a date plus a court case that cannot be dated."),
    F("no-deadline", 7, "招聘 by 2025-06-30; the training plan 持续推进至2027年底 — dated long-term work."),
    F("no-accountability", 2, "质检科科长 诫勉谈话, 杀菌车间主任 批评教育."),
    F("no-accountability", 3, "Money returned by 经办人 and 审批人; 营销部经理 被责令作出书面检查并扣减年度绩效 — accountability in unusual words."),
    F("no-accountability", 4, "总经理闵秋实 作检讨 and receives 批评教育 from the 党支部."),
    F("no-accountability", 5, "3 中层 refund and are 批评教育; the driver 通报批评, 扣发当月绩效, pays 0.3万."),
    F("no-mechanism", 2, "修订《生产过程关键控制点记录管理规定》 and automatic recording."),
    F("no-mechanism", 3, "《应收账款管理办法》 and 《营销费用报销管理细则》."),
    F("no-mechanism", 4, "修订 the 前置研究 list and a 决策实施办法 with a 50万 threshold."),
    F("no-mechanism", 5, "修订《公务用车和商务接待管理办法》."),
    F("no-mechanism", 6, "党费收缴季度核对制度."),
    F("vague-measure", 6, "Opens with the slogan 从严从实抓好组织生活 but goes on to a monthly 支委会, monthly record checks, 1.1万 paid up and a quarterly check."),
], links=[
    L("逐户约谈14户未履约养殖户", 1), L("补发2024年第三季度保底价差额11.6万元", 1),
    L("为3台冷链车辆加装温控监测设备并接入公司监控平台", 2), L("对质检科科长给予诫勉谈话", 2),
    L("成立清欠专班，逐户核对63.7万元逾期应收账款", 3), L("营销部经理被责令作出书面检查并扣减年度绩效", 3),
    L("对灌装生产线更新项目补充提交党支部会议研究和董事会审议", 4),
    L("3名接受宴请的中层干部已按标准退还餐费并作出书面检讨", 5), L("对私用接待车辆的驾驶员给予通报批评", 5),
    L("2名党员已补交少交的党费1.1万元", 6), L("建立党费收缴季度核对制度", 6),
    L("2025年面向社会公开招聘技术人员4名", 7), L("2名未取得资格的质检员已调整至辅助岗位", 7)])

# p02 薁城县地质公园管理局党组: 巡察组组长's 反馈会 speech, problems as paragraphs 第一，…第七，; the closing 一要…三要
# and the 三个月内 sentence are not problems. Report: the 党组书记's FIRST-PERSON 组织落实 report (GB18030) with own
# short headings in the order 2,3,5,4,1,6,7; owners stated inside each item's last sentence.
G["p02"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-owner", 1, "(五)保护地质遗迹 ends “围栏修复和平台拆除由相关科室抓紧落实” — no leader, no named office, while every other item names a person (由我本人负责, 副局长覃望山/訾鸣川牵头); the speech asked for a 具体责任人 for every problem."),
    F("no-accountability", 4, "A 96万 project split into 3 contracts to avoid tendering and a 项目负责人 who did not recuse from a classmate's firm: the report audits the cost, rewrites the 办法 and adds a 回避登记制度, but says nothing about the 项目负责人 or whoever split the contracts, though the speech demanded 查清责任、严肃处理…该问责的要问责."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary writes as 第一责任人: heads the 领导小组, chaired 6 meetings, 3 site visits, 约谈提醒 two slow deputies."),
    F("late-report", None, "Feedback 2024-10-22, report 2025-01-16: 86 days."),
    F("no-disclosure", None, "“整改情况已在局门户网站公开”."),
    F("inconsistent-claim", None, "6 done + 1 (地质遗迹, due 2025-03) = 7; 诫勉1 + 书面检查2 + 调整岗位1 match (二)(三)(六); 8.6万 and 3.9万 match; 6 rules named."),
    F("unanswered-issue", 4, "Answered under the reworded heading （四）规范工程项目管理, fourth in the report but not in feedback order."),
    F("no-owner", 2, "“此项由我本人负责” — the secretary owns it, in the first person."),
    F("no-owner", 6, "“此项由我直接负责，组织人事股承办”."),
    F("no-owner", 3, "副局长覃望山牵头，财务股负责."),
    F("no-deadline", 1, "“2025年3月底前全部完成” (the gap there is the owner)."),
    F("no-deadline", 2, "“已于2024年12月底完成，今后长期坚持”."),
    F("no-accountability", 3, "售票员 调整工作岗位, 财务股股长 责令作出书面检查."),
    F("no-accountability", 5, "办公室主任 诫勉谈话; the secretary, as approver, 作了检讨; 3.9万 returned."),
    F("no-accountability", 6, "组织人事股股长 责令作出书面检查."),
    F("no-mechanism", 4, "修订《工程建设项目管理办法》 and a 回避登记制度 (the gap there is accountability)."),
    F("no-mechanism", 3, "《门票收入日清日结管理办法》."),
    F("no-mechanism", 5, "修订《野外作业补助发放办法》."),
], links=[
    L("对2处损毁的保护围栏重新设计", 1), L("核心保护区内的观景平台已停止使用并设置隔离", 1),
    L("我把全面从严治党工作列为党组会议的固定议题", 2), L("制定了《景区管理所监督检查办法》", 2),
    L("8.6万元已全部补缴入账", 3), L("对负有直接责任的售票员调整工作岗位", 3),
    L("委托第三方机构对工程量和造价进行审计", 4), L("建立项目管理人员回避登记制度", 4),
    L("不应发放的3.9万元已由28名人员全部退回", 5),
    L("按程序补充开展民主测评", 6), L("调取原始材料进行认定", 6),
    L("调整景区管理所党小组长", 7), L("1名已取得联系并转接组织关系", 7)])

# p03 蒟山县花卉产业发展中心党支部: feedback is an HTML news page of the county 纪委监委 site with page chrome; the
# problems are inline 一是…八是 in the 组长's paragraph; the 副部长's 强调 and the 主任's 表态 一是…三是 are not
# problems. Report: a public HTML 巡察整改进展情况的通报 (GBK-declared, GB18030 bytes) with 信息公开 header,
# （一）在“…”方面 → N．关于“…”问题的整改 → 整改情况： + bracket (责任领导；整改时限；整改进度).
G["p03"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[
    F("no-deadline", 2, "The 交易市场 item is still open (正在整改, already 8 months late) and its bracket gives no 整改时限 — only “力争早日建成投入使用”; every other bracket has a date and the 副部长 asked for 完成时限 for every problem."),
    F("no-mechanism", 4, "Special funds mixed with running costs and the feedback notes the centre has no 专项资金使用管理的具体规定: the answer moves 7.2万 back and reclassifies 2.3万, with a 批评教育, but makes no rule, while items 1, 3, 5 and 8 each make one."),
], must_not_flag=[
    F("no-disclosure", None, "The report is itself a public 通报 (公开方式：主动公开) with a comment period, phone, e-mail and address."),
    F("weak-leadership", None, "党支部书记、主任綦向晚 heads the 领导小组 as 第一责任人, 5 meetings, 3 site visits."),
    F("late-report", None, "Feedback 2025-05-07, 通报 2025-07-31: 85 days."),
    F("inconsistent-claim", None, "6 done + 2 ongoing = 8, 75%; 批评教育3 (4, 5, 8) + 提醒谈话2 (1); 1.9万 recovered, 7.2万 re-booked; 4 rules (1, 3, 5, 8)."),
    F("no-owner", 2, "责任领导：党支部书记、主任綦向晚 (the gap there is the time limit)."),
    F("no-deadline", 7, "Still 正在整改 but dated: 整改时限 2025年10月31日."),
    F("no-mechanism", 1, "《花卉种苗补贴申报审核细则》 with four checks."),
    F("no-mechanism", 3, "《苗圃场监督管理办法》."),
    F("no-mechanism", 5, "修订《公务接待管理办法》."),
    F("no-mechanism", 8, "修订《固定资产管理办法》 with a yearly count."),
    F("no-accountability", 1, "产业科 2 staff 提醒谈话; 1.9万 recovered."),
    F("no-accountability", 8, "苗圃场场长 批评教育."),
    F("no-accountability", 4, "财务室负责人 批评教育 (the gap there is the rule)."),
], links=[
    L("3户非种植户领取的1.9万元已全部追回", 1), L("制定《花卉种苗补贴申报审核细则》", 1),
    L("成立县级花卉交易市场项目专班", 2), L("加快已到位资金的支付进度", 2),
    L("党支部与苗圃场签订全面从严治党责任书", 3), L("制定《苗圃场监督管理办法》", 3),
    L("已由日常经费归还专项资金", 4), L("已按规定调整会计科目", 4),
    L("对2024年11批次无公函接待逐一倒查", 5), L("严格执行公函和接待清单制度", 5),
    L("制定2025年主题党日年度计划", 6), L("党课由支部书记和支委轮流讲授", 6),
    L("已向县人力资源和社会保障局申报恢复专业技术职称评聘", 7), L("引进园艺专业技术人员2名", 7),
    L("价值43万元的温室设施完成资产评估并登记入账", 8)])

# p04 薢阳县公共实训基地管理中心党支部: 反馈意见 (GB18030) with 一、…六、 each "heading。detail" in one paragraph;
# 整改意见 （一）–（五） in one paragraph are not problems. Report: DOCX with a short text part and a Word-table
# 整改台账 (序号｜反馈问题｜整改措施｜责任领导｜责任人｜完成时限｜整改进展), landscape.
G["p04"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-owner", 5, "Row 5's 责任领导 is “支委会” and 责任人 “全体党员” — a committee and everybody; the problem is the secretary's own failure to give 党课, and every other row names a leader and a person."),
    F("no-mechanism", 2, "Equipment lent for 9 months with no agreement, and the feedback says the centre has no rule on lending and sharing equipment (整改意见（四） asks for 设备管理 rules): row 2 takes the welders back, charges 1.8万 and 诫勉s the 科长, but makes no rule; rows 1, 3, 4, 6 each make one."),
    F("inconsistent-claim", None, "“巡察反馈的6个问题已全部整改到位，20项整改措施全部完成”, while row 3 says 7 students' refunds are 正在办理 (进展: 基本完成) and row 6 says the accident report 待主管部门核查."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任栾清远 heads the 领导小组 as 第一责任人, made the plan, 4 meetings, 2 site checks."),
    F("late-report", None, "Feedback 2024-12-03, report 2025-02-27: 86 days."),
    F("no-disclosure", None, "“整改情况已在中心公示栏和县人力资源和社会保障局门户网站公开”."),
    F("no-owner", 3, "党支部书记、主任栾清远 and 办公室主任隗晓."),
    F("no-owner", 2, "副主任宓春林 and 实训科科长巩楠 (the gap there is the rule)."),
    F("no-deadline", 2, "“立行立改，2024年12月31日”."),
    F("no-deadline", 6, "2025年1月31日 (the open part is what feeds the inconsistent claim)."),
    F("no-accountability", 1, "培训科科长 诫勉谈话, 2 班主任 批评教育, 6.8万 returned."),
    F("no-accountability", 2, "实训科科长巩楠 诫勉谈话, 1.8万 charged."),
    F("no-accountability", 4, "0.9万 returned by those responsible, 办公室主任 批评教育."),
    F("no-accountability", 6, "实训车间主任 通报批评, 扣减当季绩效 — accountability in unusual words."),
    F("no-mechanism", 1, "修订《补贴性培训过程管理办法》."),
    F("no-mechanism", 3, "《合作办学管理办法》."),
    F("no-mechanism", 6, "《实训安全管理办法》."),
], links=[
    L("多申领的6.8万元已全部退回县就业服务局", 1), L("对负责培训组织的培训科科长给予诫勉谈话", 1),
    L("收回外借给民营培训机构的3台焊接设备", 2), L("将数控实训设备纳入全县技能竞赛和企业职工培训计划", 2),
    L("清退无资质教师4名", 3), L("终止与以中心名义违规招生机构的合作", 3),
    L("结业仪式超标准列支的0.9万元由相关责任人退回", 4), L("公务用车下班后一律停放中心车库", 4),
    L("2025年1月开展专题党课1次", 5), L("重新设立3个党员先锋岗", 5),
    L("更换焊接实训车间全部过期消防器材", 6), L("对实训车间主任给予通报批评", 6)])

# p05 蕹江县现代农业产业园管理委员会党工委: DOCX 反馈意见 with bold （一）–（七） heading paragraphs + a detail
# paragraph each; 二、整改意见 一是…四是 (one paragraph) are not problems. Report (UTF-16 LE BOM): 问题N：/整改措施：/
# 完成情况： with owner and time limit given ONCE PER GROUP in a line after the group (问题1至问题3 / 问题4 /
# 问题6、问题7); 问题5's owner is inside its measure and it has no date.
G["p05"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("copied-measure", 2, "问题2's whole measure turns the feedback back into a promise (如实统计上报…杜绝将意向协议作为正式签约项目上报…确保…真实准确): the 5 projects and the 2.6亿 are not corrected, nothing is done."),
    F("no-deadline", 5, "9 overdue 诉求, 4 still open (完成情况：持续推进): 问题5 is in none of the group lines, and its own text names 逄远舟 but gives no date; every other problem gets a date from a group line."),
    F("no-accountability", 6, "6 cadres' 2.8万 trip to tourist sites charged to 招商 funds: the answer is study, a 警示教育会 and a revised 外出审批 rule — the money is not recovered and nobody is dealt with, though 整改意见 三是 asked to 查清责任、严肃问责，该追回的资金要追回."),
], must_not_flag=[
    F("weak-leadership", None, "党工委书记、主任牟清岚 heads the 领导小组 as 第一责任人 (亲自部署、亲自过问、亲自督办), 5 meetings, 3 site visits."),
    F("late-report", None, "Feedback 2025-04-15, report 2025-07-08: 84 days."),
    F("no-disclosure", None, "Published in the 产业园专栏 of the county government portal."),
    F("inconsistent-claim", None, "5 done (1, 2, 3, 4, 6) + 基本完成 (7) + 持续推进 (5) = 7; 43万, 21万, 4.5万 match; 诫勉1 (4) + 批评教育1 (3); 5 rules (1, 3, 4, 6, 7)."),
    F("no-owner", 1, "Owner in the group line after 问题3: 由管委会副主任糜子骞牵头，规划建设局负责."),
    F("no-owner", 2, "Same group line (the gap there is the copied measure)."),
    F("no-owner", 3, "Same group line."),
    F("no-deadline", 1, "Group line: 2025年6月30日前完成."),
    F("no-deadline", 3, "Group line: 2025年6月30日前完成."),
    F("no-deadline", 4, "Its own line after the item: 2025年5月31日前完成."),
    F("no-deadline", 7, "Group line 问题6、问题7: 2025年5月31日, the 党组织组建 part 2025年12月底前."),
    F("no-owner", 5, "“此项由管委会副主任逄远舟负责” inside the measure (the gap there is the time limit)."),
    F("repeated-measure", 1, "The group line after 问题3 is shared by three problems but is an owner/date line, not a pasted measure; each problem has its own acts."),
    F("repeated-measure", 3, "Same group line."),
    F("no-accountability", 3, "监理费 扣减4.5万, 项目科科长 批评教育, 21万 核减."),
    F("no-accountability", 4, "43万 recovered, 2 firms blacklisted, the reviewer 诫勉谈话."),
    F("no-mechanism", 6, "修订《干部因公外出审批管理规定》 (the gap there is accountability)."),
    F("no-mechanism", 4, "《惠企资金申报审核办法》 and a 设备台账比对机制."),
], links=[
    L("责令改作仓储物流的项目恢复农产品加工用途", 1), L("修订《入园项目准入和用地监管办法》", 1),
    L("杜绝将意向协议作为正式签约项目上报", 2),
    L("委托第三方机构对污水管网工程超概算部分进行审计", 3), L("按合同扣减监理单位监理费4.5万元", 3),
    L("2家企业重复领取的43万元补贴资金已全部追回", 4), L("制定《惠企资金申报审核办法》", 4),
    L("对9件超期诉求逐件建立台账", 5), L("建立企业诉求“受理—转办—反馈”闭环机制", 5),
    L("召开警示教育会1次", 6), L("修订《干部因公外出审批管理规定》", 6),
    L("已在符合条件的6家企业新建党组织", 7), L("调整党建指导员12名", 7)])

# p06 蘼源县城市综合管廊运营有限公司党支部: 问题清单 (UTF-8 CRLF) 问题1：…问题8： + 具体表现：; 整改要求 1．–5.
# are not problems. Report: a short text from the COMPANY (not the 党支部) + a ｜-row 整改台账 of 7 rows.
G["p06"] = dict(mode="pair", issues=8, unanswered=[8], must_flag=[
    F("unanswered-issue", 8, "问题8 (89万 of equipment still off the books since the 2022 audit) has no row and no sentence in the report; the ledger stops at row 7."),
    F("weak-leadership", None, "The rectification is run by the 总经理办公会 with the 综合部 collecting returns; no 领导小组 and the 党支部书记 never leads it (he appears only as owner of row 6), though 整改要求1 asked for both."),
    F("no-owner", 3, "Row 3's 责任人 is “相关部门” — no person or named department; every other row names one person."),
    F("no-accountability", 7, "2 relatives of 中层 hired without publicity or records, the 中层 did not recuse: row 7 only writes a 招聘管理办法 for the future — nothing on the two hires or the managers, though 整改要求3 asks to deal with 相关责任人."),
], must_not_flag=[
    F("late-report", None, "Feedback 2024-08-27, report 2024-11-20: 85 days."),
    F("no-disclosure", None, "“整改情况已在公司内部公示栏公开” — the 一定范围内 publication the 清单 asked for."),
    F("no-owner", 6, "党支部书记、董事长韦承宗."),
    F("no-owner", 1, "副总经理邬长林."),
    F("no-deadline", 5, "“立行立改，2024年9月30日”."),
    F("no-deadline", 2, "Still 正在推进, but dated 2025年3月31日."),
    F("no-accountability", 1, "2 巡检员 扣发当月绩效, 运维部经理 约谈 — accountability in unusual words."),
    F("no-accountability", 5, "2 班子成员 提醒谈话 and pay 0.6万 by mileage."),
    F("no-mechanism", 7, "《员工招聘管理办法》 with 亲属回避 (the gap there is accountability)."),
    F("no-mechanism", 2, "欠费按月催缴和法律追偿机制."),
    F("no-mechanism", 4, "《备用金管理办法》."),
], links=[
    L("为巡检人员配备电子巡检终端", 1), L("4处故障的气体监测报警装置已全部修复", 1),
    L("与5家单位签订还款计划，已收回欠费118万元", 2), L("已委托律师发出律师函", 2),
    L("按程序重新公开采购管廊运维服务", 3),
    L("3人长期挂账的备用金4.7万元已全部收回", 4), L("制定《备用金管理办法》", 4),
    L("工程车实行统一停放、派车单管理", 5), L("修订《公务接待管理办法》，实行接待清单制度", 5),
    L("党支部书记于2024年10月讲专题党课1次", 6), L("配备专职党务工作者1名", 6),
    L("制定《员工招聘管理办法》", 7)])

# p07 荇塘县动物园党支部: 反馈意见 with areas 一、二、三、…方面 and RESTARTING 1．2．(3．) (2+3+2 = 7); 巡察组建议
# （一）–（四） in one paragraph are not problems. Report (GB18030): 一、…七、关于…的问题 + 一是… + bracket
# (责任领导；责任科室；完成时限), in feedback order, dated 124 days after the feedback.
G["p07"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2025-02-19, the feedback asks for the report within three months (by 2025-05-19); the report is dated 2025-06-23: 124 days. The excuse (waiting for 上级审批) does not change that."),
    F("no-deadline", 2, "The 提升改造 item — already a year late and still open — has “完成时限：视上级审批和资金拨付情况确定”: no date; every other bracket has one."),
    F("no-mechanism", 4, "The feedback says 园里至今没有饲料采购管理制度 and the 建议 asks for rules on 采购: the answer changes suppliers this once by 询价 and moves the buyer, but writes no purchasing rule, while items 1, 3, 5 and 7 each make one."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、园长笪明澈 heads the 领导小组 as 第一责任人, 4 meetings, 3 site checks."),
    F("no-disclosure", None, "园区公告栏 and the 县林业局门户网站."),
    F("inconsistent-claim", None, "6 done + 1 ongoing (提升改造) = 7; 20 measures (4+3+3+2+3+2+3); 批评教育1 + 提醒谈话1 + 通报批评3 = 5 people, 1 调离; 4 rules (1, 3, 5, 7); 2.1万 and 9.6万 match."),
    F("no-accountability", 4, "The buyer is 调离采购岗位 and 责令作出书面检查; the loan is settled (the gap there is the rule)."),
    F("no-accountability", 5, "副园长逯星河 提醒谈话, the secretary 作了检查, 2.1万 returned."),
    F("no-accountability", 1, "兽医室负责人 批评教育."),
    F("no-accountability", 7, "3 staff who clocked in for others 通报批评."),
    F("no-owner", 2, "责任领导：党支部书记、园长笪明澈 (the gap there is the time limit)."),
    F("no-deadline", 7, "“2025年4月30日，岗位培训长期坚持”."),
    F("no-mechanism", 3, "《园内经营项目承包管理办法》."),
    F("no-mechanism", 7, "修订《临时用工管理办法》."),
    F("no-mechanism", 5, "修订《职工福利费管理办法》."),
], links=[
    L("清理过期药品17种", 1), L("向县林业局补报2只保护动物死亡情况", 1),
    L("成立项目推进专班，猛兽区改造已完成施工图设计", 2), L("鸟类馆改造方案已报县发展和改革局审批", 2),
    L("通过县公共资源交易中心公开招租", 3), L("制定《园内经营项目承包管理办法》", 3),
    L("通过询价确定2家供应商轮换供货", 4), L("将该采购员调离采购岗位", 4),
    L("发放的购物卡款项2.1万元已由职工全部退回", 5), L("对提出发放方案的副园长逯星河进行提醒谈话", 5),
    L("每次组织生活确定一个与动物保育、游客服务相结合的专题", 6), L("3月重新召开专题组织生活会", 6),
    L("对6名未经培训的临时饲养员开展岗前培训和考核", 7), L("启用人脸识别考勤", 7)])

# p08 蔾川县文化演艺有限公司党支部: 反馈意见 (GB18030) with （一）–（六） heading lines + 具体表现： lines; 整改意见
# 一要…四要 (one paragraph) are not problems. Report: DOCX with bold 关于“…”的问题 headings, one measure paragraph and one
# field line each, and a closing 三、追责问责情况 paragraph that deals with people BY ITEM NUMBER (（一）–（四）).
G["p08"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("vague-measure", 5, "（五） is slogans only (进一步加强自身建设，充分发挥…战斗堡垒作用和…先锋模范作用…双促进、双提升): nothing on the 党员服务队, the 下乡 演出 or the 组织生活 the feedback names."),
    F("no-accountability", 6, "2.4万 of rental income kept outside the accounts by the 舞美 department — the 整改意见 三要 names 出租收入体外循环 for 查清责任、严肃处理: the money is booked and a rule made, but nobody is dealt with, and the closing 追责问责 section covers only （一）–（四）."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长荀少棠 heads the 领导小组 as 第一责任人, 4 meetings, 2 site checks."),
    F("late-report", None, "Feedback 2024-11-12, report 2025-02-10: 90 days, but inside three calendar months (2025-02-12)."),
    F("no-disclosure", None, "公司公示栏 and the 县文化广电体育和旅游局门户网站."),
    F("inconsistent-claim", None, "5 done + （五） long-term = 6; 14 measures; 党内警告1 + 诫勉1 + 批评教育3 + 提醒1 match the closing section; 4.4 + 3.1 + 2.4 = 9.9万; 5 rules named."),
    F("no-accountability", 1, "In the closing section by number: 演出部经理 诫勉谈话, 2 staff 批评教育."),
    F("no-accountability", 2, "Closing section: the accountant 批评教育."),
    F("no-accountability", 3, "Closing section: 票务主管 提醒谈话."),
    F("no-accountability", 4, "Closing section: 副总经理桑晓岚 党内警告处分; 3.1万 returned."),
    F("no-mechanism", 6, "《资产出租管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 1, "修订《“送戏下乡”演出管理办法》."),
    F("no-mechanism", 3, "《演出赠票管理规定》."),
    F("copied-measure", 1, "Opens by restating the problem (针对部分送戏下乡场次时长不足、节目压缩的问题) and then acts: 17 shows re-staged and checked."),
    F("no-owner", 5, "责任领导：党支部书记、董事长荀少棠 (the gap there is the slogan measure)."),
], links=[
    L("已按合同约定于2024年12月底前补演17场", 1),
    L("外聘演员劳务费一律通过银行转账发放", 2), L("重复列支的舞台搭建费4.4万元进行账务调整", 2),
    L("制定《演出赠票管理规定》", 3), L("票务系统实行一人一号", 3),
    L("已由参加聚餐的人员按人均分摊全部退回公司账户", 4),
    L("充分发挥党支部战斗堡垒作用和党员先锋模范作用", 5),
    L("舞美部门收取保管的出租收入2.4万元已全部收缴入公司账户", 6), L("制定《资产出租管理办法》", 6),
    L("对安排人员代签验收单的演出部经理给予诫勉谈话", 1), L("对重复列支费用的会计人员进行批评教育", 2),
    L("对票务主管进行提醒谈话", 3), L("对组织聚餐的副总经理桑晓岚给予党内警告处分", 4)])

# p09 葳台县婚姻登记服务中心党支部: 组长's 反馈会 speech with inline 一是…八是 over two 从…看 paragraphs (continuous);
# 一要…三要 are not problems. Report (UTF-8 CRLF): by number only, “针对反馈意见第N个问题：”, with dates inside each
# paragraph and owners only in a closing 三、责任分工 paragraph by problem number; dated 114 days after the feedback.
G["p09"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2025-07-08 with a 三个月内 limit (2025-10-08); report dated 2025-10-30: 114 days."),
    F("no-owner", 7, "The closing 责任分工 lists problems 1–6 and 8 and leaves out 7; its own paragraph names nobody (补选 and 谈心谈话 with no leader or office). The speech asked for a 责任人 for every problem."),
    F("no-deadline", 3, "The 3.2万-volume archive backlog is the one open item: 0.6万 done, “其余档案分批次推进” — no date, while every other paragraph ends with one."),
    F("no-mechanism", 5, "The speech says 中心没有系统账号和权限管理制度 and asks for rules on 系统安全: the answer opens separate accounts and resets passwords once, and makes no rule, while 2, 4, 6 and 8 each make or revise one."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任栗怀瑾 heads the 领导小组 as 第一责任人, 5 meetings, 亲自督办 the fee and prepayment cases."),
    F("no-disclosure", None, "服务大厅公示栏 and the 县民政局门户网站."),
    F("inconsistent-claim", None, "7 done + archives ongoing = 8; 诫勉1 + 批评教育2 + 调离1 match 2, 4, 8; 3.3 + 1.3 = 4.6万; 1.2万; 4 rules (2, 4, 6, 8)."),
    F("no-owner", 1, "Only in the closing 责任分工: 第1、4个问题由副主任荀知白牵头."),
    F("no-owner", 3, "Closing 责任分工: 副主任荀知白牵头，档案室负责 (the gap there is the time limit)."),
    F("no-owner", 5, "Closing 责任分工: 副主任訾凌霄牵头 (the gap there is the rule)."),
    F("no-owner", 8, "Closing 责任分工: 第2、8个问题由副主任訾凌霄牵头."),
    F("no-deadline", 1, "“计划于2025年12月底前再开展1场”; the rest done."),
    F("no-deadline", 5, "“2025年8月15日前已完成”."),
    F("no-accountability", 2, "窗口收费人员 诫勉谈话, 分管副主任 批评教育; the money refunded or paid to the treasury."),
    F("no-accountability", 8, "报账员 批评教育, 1.2万 returned."),
    F("no-accountability", 4, "The rude clerk 调离窗口岗位."),
    F("no-mechanism", 2, "《窗口服务事项和收费公示制度》."),
    F("no-mechanism", 8, "修订《财务报销管理办法》."),
], links=[
    L("已在婚姻登记大厅举办集体颁证活动2场", 1), L("婚姻家庭辅导室聘请2名心理咨询师", 1),
    L("立即停止代收照相费", 2), L("对负责窗口收费的工作人员给予诫勉谈话", 2),
    L("委托专业公司分批次对3.2万卷纸质档案进行扫描录入", 3), L("档案室新增恒温恒湿设备2台", 3),
    L("预约号源全部通过“民政服务”小程序统一放号", 4), L("对态度生硬的1名工作人员调离窗口岗位", 4),
    L("已为每名工作人员单独开设系统账号", 5),
    L("开展窗口岗位廉政风险排查，梳理风险点12个", 6),
    L("2025年8月召开党员大会补选支部委员1名", 7),
    L("9笔办公用品采购已补办验收手续", 8), L("预付的讲座费1.2万元已由讲座承办机构全部退回", 8)])

# p10 蓍陵县住房租赁有限公司党支部: 反馈意见 (UTF-8 CRLF) with 1．–8． heading lines + detail lines; 整改要求
# （一）–（四） are not problems. Report: an INTERNAL 整改进展情况的通报 to the firm's departments, grouped by status
# (已完成 5 / 基本完成 1 / 需长期推进 2) with its own （一）–（八） in another order (1,4,5,6,3,2,7,8) and a
# (牵头；完成时间) bracket; the same paragraph is pasted under (七) and (八) after different first clauses.
G["p10"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[
    F("no-accountability", 1, "5 ineligible households housed because 资格审核流于形式: the contracts are cancelled and a data check and a revised 办法 added, but nobody who approved them is dealt with, though 整改要求（二） names 不符合条件配租 for 查清责任，严肃处理相关责任人."),
    F("no-mechanism", 3, "The feedback says 公司至今没有维修工程管理制度: the answer re-audits the 37 jobs (6.8万 核减) and re-checks the 21, and makes no rule on budgets or 比选, while (一)(二)(三)(四)(六) each make or revise one."),
    F("repeated-measure", 7, "(七) is answered only by a boilerplate paragraph (坚持把巡察整改作为重要政治任务…高质量发展) pasted again under (八)."),
    F("repeated-measure", 8, "(八) repeats (七)'s paragraph word for word after a different first clause."),
    F("no-disclosure", None, "An internal 通报 to the firm's departments; 整改要求（四） asks for publication 向社会 and to tenants, and the report never says it is or will be published."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长芮鸣谦 heads the 领导小组 as 第一责任人, 6 meetings, 亲自督办 the loan and the rent arrears."),
    F("late-report", None, "Feedback 2025-09-09, 通报 2025-12-02: 84 days."),
    F("inconsistent-claim", None, "5 + 1 + 2 = 8, and each group lists that many items; 诫勉1 + 批评教育1 (5) + 提醒1 (6); 5 rules named (章程 and 议事规则 under (二), 配租 办法, 资金出借 规定, 招待 办法)."),
    F("no-accountability", 5, "总经理詹秉文 诫勉谈话, 财务部经理 批评教育, 500万 recovered."),
    F("no-accountability", 6, "1.9万 refunded, 办公室主任 提醒谈话."),
    F("no-mechanism", 1, "Data-comparison mechanism and 修订《保障性租赁住房配租审核办法》 (the gap there is accountability)."),
    F("no-mechanism", 2, "欠租按月预警、满三个月启动法律程序的催缴机制."),
    F("no-mechanism", 5, "《资金出借和对外担保管理规定》."),
    F("no-deadline", 2, "基本完成, dated 2025年12月31日."),
    F("no-owner", 3, "牵头：副总经理俞清川 (the gap there is the rule)."),
    F("no-owner", 1, "牵头：副总经理钮北辰."),
], links=[
    L("确认5户不符合配租条件，已全部解除租赁合同并收回房屋", 1), L("与县不动产登记中心建立配租对象数据定期比对机制", 1),
    L("已收回欠缴租金61.5万元", 2), L("已向法院提起诉讼", 2),
    L("委托第三方机构审核结算金额，核减工程款6.8万元", 3),
    L("提请县国有资产服务中心补齐董事2名", 4), L("修订《公司章程》和《董事会议事规则》", 4),
    L("出借的500万元本金及利息已于2025年10月全部收回", 5), L("对总经理詹秉文给予诫勉谈话", 5),
    L("7次就餐的费用1.9万元已由参加人员全部退还", 6), L("修订《业务招待管理办法》", 6),
    L("针对主题党日活动不规范的问题", 7), L("针对劳务派遣人员比例偏高的问题", 8)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
