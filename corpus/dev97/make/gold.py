"""Write p01..p10/gold.json (dev-pairs gold format) for dev97. The gold is hand-judged; this file only keeps it in one
place. Modelled on dev44's make/gold.py. Debatable points ("may report") are not gold: they are in each pair's notes.md,
because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蓍川县儿童医院党总支 (children's hospital): formal 反馈意见, areas （一）…方面 + continuous 1．–7． heading。detail;
# 二、整改意见 一是…四是 and the 移交 / deadline sentences are not problems. Report: public HTML 整改进展情况的通报 on the
# hospital site (page chrome), 1．关于…的问题 + 整改情况： + bracket. GOOD REPORT.
G["p01"] = dict(issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党总支书记眭书岚 heads the 整改工作专班 as 第一责任人, chaired 6 党总支 meetings and 4 推进会, 3 site visits, leads two problems herself and signs the 通报 (签字背书)."),
    F("late-report", None, "Feedback 2025-04-22, 通报 2025-07-16: 85 days, inside the three months the feedback sets."),
    F("no-disclosure", None, "The report is itself a public 通报 on the hospital site, with a comment deadline, phone and address."),
    F("inconsistent-claim", None, "18 measures = 15 done + 3 named ongoing (each with a date in items 2 and 7); 3.3万 = 2.4万 (#4) + 0.9万 (#5); 党纪处分1, 暂停处方权1, 诫勉1, 约谈2, 书面检查1, 批评教育3 all traceable to items; 4 new + 2 revised rules all named."),
    F("no-accountability", 1, "Idle equipment and thin night staffing: a service shortfall with no named wrongdoing."),
    F("no-accountability", 2, "The 14 split admissions: the two 科室主任 约谈 by the 副院长 and their departments' 绩效 cut."),
    F("no-accountability", 3, "The doctor gets 党内警告 from the 县纪委监委, a 3-month 暂停处方权, loss of 评优 and 绩效; the 科主任 诫勉谈话 — sanctions partly in the sector's own words."),
    F("no-accountability", 4, "检验科主任 and 财务科科长 批评教育; the 2.4万 paid back."),
    F("no-accountability", 5, "0.9万 refunded by the 副院长 who hosted, 书面检查; the 办公室主任 批评教育 for the ambulance use."),
    F("no-mechanism", 3, "《医务人员与医药企业代表接触管理规定》 plus monthly 专项处方点评."),
    F("no-mechanism", 4, "《检验试剂二级库管理规程》 and 《院内会诊及劳务报酬发放办法》."),
    F("no-owner", 2, "副院长鄢望川 is 责任领导."),
    F("no-deadline", 2, "“2025年5月31日，集采药品使用月度监测长期坚持” — a date plus a standing task."),
    F("no-deadline", 7, "Remaining posts by 2025-12-31, 规培 application by 2025-09-30."),
], links=[
    L("病房于2025年6月18日通过县卫健局验收", 1), L("制定《夜间儿科急诊弹性排班办法》", 1), L("查实分解住院14例", 2),
    L("县纪委监委给予其党内警告处分", 3), L("制定《医务人员与医药企业代表接触管理规定》", 3),
    L("制定《检验试剂二级库管理规程》", 4), L("2名退休医师已将领取的2.4万元劳务费全部退回", 4),
    L("3次超标准接待超支的0.9万元已由当时主持接待的分管副院长全额退缴", 5),
    L("对2024年未经党总支研究的4项设备采购补充履行研究程序", 6), L("通过校园招聘和定向培养引进儿科医师3名", 7)])

# p02 蘩阳县烟花爆竹专营有限公司党支部 (state firm, fireworks wholesale): 组长's 反馈会 speech (GB18030), 第一，…第六，;
# the 信访件 sentence, 一要…三要 and the 三个月内 sentence are not problems. Report: DOCX covering text + landscape Word
# table 整改台账 (序号｜反馈问题｜整改措施｜责任领导｜责任部门｜完成时限｜整改进展), rows in feedback order.
G["p02"] = dict(issues=6, unanswered=[], must_flag=[
    F("no-owner", 2, "Row 2's 责任领导 is “公司领导班子” and its 责任部门 “各相关部门” — nobody in particular; every other row names one leader."),
    F("no-accountability", 3, "The 销售部经理 who sold 8.6万 of fireworks to two unlicensed shops and took a 0.6万 “好处费” is never mentioned: row 3 stops supply, checks licences and writes a rule, although the speech said 该追究的一定要追究到人."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长芮晓峰 heads the 领导小组 as 第一责任人 (负总责), 5 支委会 + 3 推进会, visited the depot and 4 retail points,督办 two problems directly."),
    F("late-report", None, "Feedback 2024-11-12, report 2025-02-06: 86 days."),
    F("no-disclosure", None, "下一步 三是: published on the company site and the 县供销合作社 site, with a 监督电话."),
    F("inconsistent-claim", None, "19 measures (4+3+3+3+3+3) = 16 done + 3 named pending (防雷改造, 取证, 竞聘), matching rows 1 and 5."),
    F("no-accountability", 1, "The 安全员 who back-filled patrol records is 调离安全员岗位 and loses the quarter's 安全绩效 — accountability in the trade's words."),
    F("no-accountability", 4, "仓储部经理: 扣发年度绩效奖金30%, 书面检查; 2.8万 paid back by the manager and the keeper."),
    F("no-mechanism", 3, "《批发客户资质审核制度》 exists (the gap there is accountability)."),
    F("no-owner", 3, "总经理郦仲衡."),
    F("no-deadline", 1, "“春节旺季开库前（2025年1月10日）” and 2025-03-31 for the lightning-protection works."),
    F("no-deadline", 5, "取证 2025-03-15, 竞聘 2025-03-31."),
    F("vague-measure", 6, "Opens with 坚持党建引领 but goes on to a study plan, 2 责任区, 6 先锋岗 and quarterly safety agenda."),
], links=[
    L("对超量存放的3个乡镇零售网点逐一清库", 1), L("对补签巡查记录的安全员调离安全员岗位", 1),
    L("已补录到具体零售网点1312箱", 2), L("停止向2家无证商户供货", 3), L("制定《批发客户资质审核制度》", 3),
    L("无依据的2.8万元由仓储部经理和当班保管员按比例赔偿", 4), L("2名仓库保管员暂停上岗", 5),
    L("在库区和配送车队设立党员安全责任区2个", 6)])

# p03 荨岭县边民互市贸易区管理委员会党组 (border-trade zone): DOCX 反馈意见 with bold （一）–（七） heading paragraphs
# + one detail paragraph each; 二、整改意见 一是…四是 not problems. Report (GB18030): 关于“…”的问题 with
# 整改措施/责任领导/责任科室/整改时限/整改成效 lines, feedback order.
G["p03"] = dict(issues=7, unanswered=[], must_flag=[
    F("no-deadline", 2, "（二）'s 整改时限 is “根据园区招商进展适时推进” — no date, and the item is still open; every other item has a date."),
    F("no-mechanism", 1, "A systemic practice (about 30% of declarations made by buyers holding 边民 cards, tolerated by the 管委会) answered only by a one-off clean-up, a peak-season spot check and 承诺书 — no rule on 互助组 or declaration checks, although 整改意见 四是 names 互助组管理 for 建章立制 and every other substantive item names one."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、主任訾怀远 heads the 领导小组, named 第一责任人, 5 党组 meetings, 3 site checks, 督办 the fees case."),
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-14: 86 days."),
    F("no-disclosure", None, "下一步 三是: 县人民政府门户网站 and the zone's 公告栏, with a 监督电话."),
    F("inconsistent-claim", None, "20 measures = 18 done + 2 (the 招商 items of （二）); 11.9万 = 9.2 + 2.1 + 0.6; 政务处分1, 免职1, 诫勉1, 书面检查1, 批评教育5 (2 + 3); 5 rules named."),
    F("no-accountability", 3, "站长 政务记过 (县纪委监委) and 免职; the 分管副主任 诫勉谈话; 2 staff 批评教育; all 11.3万 returned to the traders."),
    F("no-accountability", 5, "0.6万 refunded; the leading 副主任 书面检查 and 检讨 before the 党组."),
    F("no-accountability", 6, "Posts not rotated: a management failing with no wrongdoing named."),
    F("no-mechanism", 3, "《市场服务站财务收支管理办法》."),
    F("no-mechanism", 4, "《查验区辅助作业工作指引》 — a rule under the sector's name for it (工作指引)."),
    F("no-owner", 2, "副主任綦春澜 is 责任领导 (the gap there is the time limit)."),
    F("no-deadline", 1, "2025年7月31日 (the gap there is the lasting rule)."),
], links=[
    L("注销收购商实际控制的互助组23个", 1), L("与2家坚果加工企业达成入园意向", 2), L("县纪委监委给予其政务记过处分", 3),
    L("制定《市场服务站财务收支管理办法》", 3), L("制定《查验区辅助作业工作指引》", 4),
    L("与边贸业务无关的2天景区游览费用0.6万元已由6名参加人员全部退还", 5),
    L("对在查验、收费岗位工作满5年的6名干部进行轮岗交流", 6), L("与3个边境村和边防派出所重新确定联建项目清单", 7)])

# p04 菥城县中小学卫生保健所党支部 (school-health institute): 反馈意见 (UTF-8 CRLF) with areas 一、二、三、…方面 and
# RESTARTING 1．2．(3．): 2 + 3 + 2 = 7; the 整改意见 一是…四是 and the 三个月内 sentence are not problems.
# Report (UTF-16 LE BOM): answers BY NUMBER “针对反馈意见第N部分第M个问题”, （四） merges 二-2 and 二-3, 三-2 missing.
G["p04"] = dict(issues=7, unanswered=[7], must_flag=[
    F("unanswered-issue", 7, "三、2 (专业人才队伍薄弱: 3 of 8 qualified, 40% training coverage) has no answer: the report goes from 第三部分第1个问题 to 下一步."),
    F("no-accountability", 3, "The 39万 体检 contract went without 比选 to a firm part-owned by the 所长's brother-in-law, which also signed its own acceptance: the report re-tenders and rewrites the rule but says nothing about the 所长 or 回避, although 整改意见 三是 asks to 处理到人 and says 该回避的必须回避."),
    F("no-disclosure", None, "整改意见 四是 asks to publish the rectification to staff, parents and the public; the report only says 特此报告 (the 家校沟通平台 carries pupils' retest results and the 积分 is 支部内公示 — neither publishes the rectification)."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记亢明薇 heads the 领导小组 as 第一责任人, 4 推进会, led checks at 9 schools, asked after procurement and finance item by item."),
    F("late-report", None, "Feedback 2024-12-03, report 2025-02-27: 86 days."),
    F("inconsistent-claim", None, "“共制定整改措施12项，目前均已完成” matches the items (2+2+3+3+2), none of which is left open; it does not claim all 7 problems were answered."),
    F("repeated-measure", 4, "（四） answers 二-2 and 二-3 together and says so (合并进行整改); its parts are specific to each problem."),
    F("repeated-measure", 5, "Same merged answer: the 加油卡 and 报销审批 parts answer 二-3."),
    F("unanswered-issue", 5, "Answered inside the merged item （四） (加油卡, 报销审批制度)."),
    F("no-accountability", 4, "4.2万 paid back; 所办公室主任 书面检查; the 分管副所长 约谈 by the 县卫健局党组."),
    F("no-accountability", 5, "The driver 批评教育; fuel card taken back."),
    F("no-mechanism", 3, "修订《服务类项目采购管理办法》 (the gap there is accountability)."),
    F("no-owner", 3, "党支部书记亢明薇 牵头."),
    F("no-deadline", 1, "2025年1月20日."),
], links=[
    L("41份项目空白的体检表已组织学生补检", 1), L("学生视力健康档案建档率已达到96%", 2),
    L("委托县公共资源交易中心公开招标", 3), L("以“下校指导补助”名义发放的4.2万元已由领取人员全部退回", 4),
    L("流动体检车加油卡收回由财务室统一保管", 5), L("重新制定2025年“三会一课”计划", 6)])

# p05 蒨溪县二轻工业联合社党委 (urban collective-industry union): 反馈意见 一、…六、 each “heading。detail” in one
# paragraph; 整改意见 一是…四是 not problems. Report (GB18030): PLAINLY WEAK, own short headings （一）–（六） in
# another order: (一)->1, (二)->2, (三)->4, (四)->5, (五)->6, (六)->3.
G["p05"] = dict(issues=6, unanswered=[], must_flag=[
    F("vague-measure", 5, "（四）改进工作作风 is slogans only (深入学习…持续纠治“四风”…严守纪律规矩…坚决杜绝): nothing on the meals eaten unpaid in tenants' restaurants, nobody named, nothing paid."),
    F("no-accountability", 2, "The 副主任 who let the warehouse to a schoolmate's firm at 32% below valuation for 10 years without the 理事会 is never named: the report only renegotiates the rent, although 整改意见 二是 asks to 依规依纪严肃处理."),
    F("no-deadline", 3, "（六）: 18.8万 of arrears “视联社资金情况逐步解决”, and the bracket has no 时限 at all."),
    F("late-report", None, "Feedback 2025-03-18 with a 三个月内 limit (2025-06-18); report dated 2025-07-09: 113 days."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人, the 党委书记 never appears: “联社党委召开会议进行了研究，明确由联社办公室牵头”, though 整改意见 一是 asked for both; the required 书记 report is not mentioned."),
], must_not_flag=[
    F("no-disclosure", None, "“整改情况已在联社办公楼和所属企业厂区公示栏张贴公开”."),
    F("inconsistent-claim", None, "No all-done claim; 6 + 5 = 11 contracts; 5.1 + 2.4 = 7.5万."),
    F("unanswered-issue", 3, "Answered under the last heading （六）做好退休职工服务 (9.8万 paid in June)."),
    F("no-accountability", 4, "2.4万 paid back by the former 办公室主任, who is 诫勉谈话 by the 党委."),
    F("no-mechanism", 1, "《集体资产出租管理办法》 with valuation and 理事会 review."),
    F("no-owner", 1, "副主任郏明远."),
    F("no-owner", 3, "副主任郏明远 (the gap there is the time limit)."),
    F("no-deadline", 1, "Remaining 5 re-lettings by 2025-10-31."),
], links=[
    L("对联社留存的14处门面、厂房逐处登记造册", 1), L("原五金厂仓库的租金自2025年7月起上调至评估价水平", 2),
    L("已于6月先行发放2024年度退休职工医疗补助9.8万元", 3), L("其余2.4万元由经手的原办公室主任退回", 4),
    L("教育引导干部职工严守纪律规矩", 5), L("2个超期未换届的党支部已于2025年5月完成换届选举", 6)])

# p06 蘵山县节能监察中心党支部 (energy-conservation supervision): 反馈问题清单 (GB18030) 问题1：…问题7： + 具体表现：;
# 整改要求 not a problem. Report (UTF-8 CRLF): 问题N：/整改情况： + bracket (责任人；完成时限).
G["p06"] = dict(issues=7, unanswered=[], must_flag=[
    F("copied-measure", 2, "问题2's 整改情况 restates the feedback as a promise (严格…节能审查把关，杜绝节能报告内容雷同、竣工验收走过场): nothing on the 7 reports or the agency."),
    F("no-owner", 7, "问题7's bracket gives “责任单位：中心各科室” — no person; every other item names a 责任人."),
    F("no-mechanism", 1, "Lax enforcement since 2023 (only paper checks, 3 over-limit firms untouched) is answered by one round of 立案 and site checks, with no 监察计划, 现场检查 or 裁量 rule, although the 整改要求 asks for 制度 on 执法检查 and every other substantive item names one."),
    F("inconsistent-claim", None, "“反馈的7个问题已全部整改到位，整改完成率100%” while 问题3 says the case is 正在调查中 and 问题7 that 2 officers sit an exam in 2025 and the platform is finished by 2025-06-30."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任谯宏远 heads the 领导小组 as 第一责任人, 4 支委会 + 3 推进会, 督办 问题3 and 问题5."),
    F("late-report", None, "Feedback 2024-08-27, report 2024-11-22: 87 days."),
    F("no-disclosure", None, "“整改情况在县发展和改革局门户网站公开”."),
    F("no-accountability", 3, "The officer 调离执法岗位 and 移送县纪委监委; the 监察科科长 提醒谈话 — handled, with the case still open."),
    F("no-accountability", 5, "0.4万 repaid; 办公室主任 书面检查."),
    F("copied-measure", 4, "Opens by restating the problem (针对执法案卷管理混乱的问题) and then acts: 评查, 补正, 通报, a new 办法."),
    F("no-mechanism", 3, "《执法人员回避和与中介机构接触管理规定》 with yearly declarations."),
    F("no-mechanism", 4, "《行政执法案卷管理和评查办法》."),
    F("no-owner", 1, "副主任缑卫东 (the gap there is the lasting rule)."),
    F("no-deadline", 7, "2025年6月30日 (the gap there is the owner)."),
], links=[
    L("对3家单位产品能耗超过限额标准的企业补充立案", 1), L("严格固定资产投资项目节能审查把关", 2),
    L("郇某某已调离执法岗位", 3), L("制定《行政执法案卷管理和评查办法》", 4), L("2.8万元维修费已补签合同和验收单", 5),
    L("查找风险点18个", 6), L("2名执法证过期人员已暂停执法", 7)])

# p07 苘水县铁路护路联防工作办公室党支部 (railway-line protection office): HTML news page of the 纪委监委 site, all
# six problems in one “巡察组指出…：…；…等问题” sentence; 要求, 强调 and the 表态 一是…三是 are not problems.
# Report: 关于…的问题 with 一是… and a bracket; （六）'s owner only in the closing 责任分工 paragraph. GOOD REPORT.
G["p07"] = dict(issues=6, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任逄建勋 heads the 领导小组 as 第一责任人, 5 支委会, walked the line to 11 隐患点, 督办 at 6 联防队."),
    F("late-report", None, "Feedback 2025-06-10, report 2025-09-02: 84 days."),
    F("no-disclosure", None, "Published on the 县委政法委 site with a 监督电话."),
    F("inconsistent-claim", None, "15 measures (2+4+3+2+2+2) = 12 done + 3 named with dates; 6.1万 = 5.8 + 0.3; 解除聘用2, 诫勉3 (2 + 1), 通报批评4, 批评教育1; 3 new + 1 revised rules."),
    F("no-owner", 6, "The bracket of （六） has only a date, but the closing paragraph says 第六个问题由党支部书记逄建勋亲自负责."),
    F("no-accountability", 2, "4 队员 who signed for others lose a month's 补助 and are 通报批评."),
    F("no-accountability", 3, "5.8万 recovered; 2 联防队长 解除聘用; 2 township cadres 诫勉谈话; the office's 经费管理员 批评教育."),
    F("no-accountability", 4, "Unclear crossing duties between bodies: no wrongdoing named."),
    F("no-accountability", 5, "The cadre repays 0.3万 and is 诫勉谈话."),
    F("no-mechanism", 2, "《护路队员巡护考勤和考核办法》."),
    F("no-mechanism", 3, "《护路补助发放“三核对”办法》."),
    F("no-deadline", 2, "2025-07-31, 轮训 2025-11-30."),
    F("no-deadline", 6, "2025年8月31日."),
], links=[
    L("对“带病销号”的8处重新挂牌督办", 1), L("护路队员巡护全部使用手机定位打卡", 2),
    L("查实2个乡镇联防队虚报护路队员6名", 3), L("制定《护路补助发放“三核对”办法》", 3),
    L("逐个明确9处平交道口的看守责任单位和责任人", 4), L("查实1名干部节假日私用巡查车辆3次", 5),
    L("在沿线护路联防队设立党员先锋岗3个", 6)])

# p08 蕳台县蕳泉矿泉水有限公司党支部 (county-owned mineral-water firm): 反馈意见 with 1．–7． heading lines +
# 具体表现： lines; 二、整改意见 一是…四是 not problems. Report: PLAINLY WEAK, a short preamble + ｜-row 整改台账 of six
# rows numbered 1–6; row 6 answers problem 7, problem 6 (安全生产) has no row.
G["p08"] = dict(issues=7, unanswered=[6], must_flag=[
    F("unanswered-issue", 6, "安全生产 (blocked fire lane, 3 forklift drivers without licence, no drill) has no row and no sentence."),
    F("no-owner", 5, "Row 5's 责任人 is “全体班子成员” — a body, not a person."),
    F("no-accountability", 3, "The 副总经理 who gave 19.6万 of extra rebates to his cousin's dealer is not mentioned; the rebates are not recovered; the row only stops rebates and chases the debt, although 整改意见 二是 asks to 追回损失、严肃追责."),
    F("inconsistent-claim", None, "“反馈的7个问题已全部整改完毕” while the ledger has six rows, row 3 says 剩余24万元正在催收 and row 5 正在推进 with a 2025-12-31 limit."),
    F("no-disclosure", None, "整改意见 四是 asks for publication inside the firm and to the public; the report ends with a promise to consolidate and publishes nothing."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人, the 党支部书记 never appears: “公司随即召开班子会议…由综合部负责跟踪督促”, though 整改意见 一是 asked for both."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-01-14, report 2025-04-10: 86 days."),
    F("unanswered-issue", 7, "Answered in row 6 (前置研究事项清单, 补充研究, 2 积极分子) — the row number is not the problem number."),
    F("no-accountability", 4, "3.9万 returned by staff; the 总经理 检讨 at the 班子会议; the 工会主席 诫勉谈话 by the 县国资中心."),
    F("no-mechanism", 2, "《出厂检验“批批检”操作规程》."),
    F("no-mechanism", 3, "修订《经销商返利管理办法》 (the gap there is accountability)."),
    F("no-owner", 3, "总经理璩国栋."),
    F("no-deadline", 5, "2025年12月31日 (the gap there is the owner)."),
], links=[
    L("与蕳溪镇续签水源地保护协议", 1), L("出厂检验恢复为产品标准规定的9项指标", 2), L("停止对该经销商的一切额外返利", 3),
    L("以“新品品鉴”名义发放的购物卡3.9万元已由职工全额退回", 4), L("对质检主管补充履行考察和公示程序", 5),
    L("制定《党支部前置研究讨论重大经营管理事项清单》", 7)])

# p09 蓂源县机动车驾驶人考试中心党支部 (driving-test centre): DOCX 组长's speech with inline 一是…六是 over two 从…看
# paragraphs (continuous); 一要…三要 and the 三个月内 sentence are not problems. Report (GB18030 CRLF): own short
# headings （一）–（六） in feedback order + bracket.
G["p09"] = dict(issues=6, unanswered=[], must_flag=[
    F("vague-measure", 6, "（六）支部建设 is slogans only (坚持把党的政治建设摆在首位…以高质量党建推动…高质量发展): no 警示教育 held, no 亮身份 step, nothing done."),
    F("no-mechanism", 4, "The examiners are punished, but nothing is set up on 派考, drawing lots or contact with 驾校, although the speech's 二要 asked expressly for a 防范机制 on 考试员派考、与驾校接触; every other item names a rule."),
    F("late-report", None, "Feedback 2024-11-26 with a 三个月内 limit; report dated 2025-03-20: 114 days."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任钭永康 heads the 领导小组 as 第一责任人, 7 meetings, 4 unannounced visits, 督办 the examiners' case."),
    F("no-disclosure", None, "“整改情况在县公安局门户网站公开”, with a 监督电话."),
    F("inconsistent-claim", None, "15 measures (3+3+3+3+2+1) = 13 done + 2 named pending (storage, maintenance re-tender) with 2025-04-30."),
    F("no-accountability", 4, "党内警告 and 政务警告 (县纪委监委), 取消考试员资格 and 调离考试岗位, 1.2万 handed in — sanctions in the sector's words."),
    F("no-accountability", 5, "0.8万 returned; the 财务负责人 批评教育."),
    F("no-mechanism", 1, "《考试预约号源分配管理办法》."),
    F("no-mechanism", 2, "修订《考场监控设备巡检制度》."),
    F("no-mechanism", 3, "《考试设备采购和维护管理办法》."),
    F("no-owner", 4, "党支部书记钭永康 (the gap there is the lasting rule)."),
    F("no-deadline", 1, "2025年1月31日."),
], links=[
    L("对“加价代约”的2家驾校暂停预约资格1个月", 1), L("制定《考试预约号源分配管理办法》", 1),
    L("3个故障摄像头已全部更换", 2), L("38万元考试系统升级项目的采购情况已报请县财政局复核", 3),
    L("县纪委监委给予亓某某党内警告处分", 4), L("取消二人的考试员资格", 4),
    L("停止以“考务加班”名义按人头发放餐补", 5), L("引导党员考试员亮明身份、争当表率", 6)])

# p10 萩阳县百货大楼有限责任公司党支部 (county-owned department store): 纪委监委 news item (UTF-16 LE BOM, CRLF) with
# “主要有：一是…七是” in one paragraph; 要求 and 表态 are not problems. Report: public HTML 整改进展情况的通报 (GB18030,
# meta gbk) on the 国资服务中心 site with an 索引号 table; （一）–（七）关于…的问题 + 整改情况： + bracket.
G["p10"] = dict(issues=7, unanswered=[], must_flag=[
    F("copied-measure", 2, "（二）'s 整改情况 is the feedback turned into a promise (杜绝临街商铺合同到期后未经公开招租直接续租，确保租金不低于同地段市场价格): the 9 shops are not re-let, no rent is changed."),
    F("repeated-measure", 1, "（一） (三项制度改革) is answered only by a boilerplate paragraph (坚持把巡察整改作为重要政治任务…推动整改工作走深走实、取得实效) pasted again under （七）."),
    F("repeated-measure", 7, "（七） (三会一课, 两张皮) repeats （一）'s paragraph word for word after a different first clause."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长厍文涛 heads the 领导小组 as 第一责任人, 6 支委会, talked to every middle manager, 督办 two problems."),
    F("late-report", None, "Feedback 2025-04-09, 通报 2025-06-30: 82 days."),
    F("no-disclosure", None, "A public 通报 (主动公开) with a comment deadline, phone and address."),
    F("inconsistent-claim", None, "15 measures (1+1+3+3+3+3+1) = 13 done + 2 named pending with dates; 15.3万 = 12.7 + 1.1 + 1.5; 免职1 and 诫勉1 (the same manager), 书面检查1, 批评教育1; 4 rules named."),
    F("no-accountability", 3, "12.7万 recovered; the 总经理 诫勉谈话 and removed from office by the 国资服务中心党委."),
    F("no-accountability", 5, "1.1万 repaid by those who ate; 办公室主任 书面检查."),
    F("no-accountability", 6, "Fire-safety backlog: no wrongdoing named."),
    F("no-mechanism", 3, "《租金减免集体决策办法》."),
    F("no-mechanism", 4, "《库存商品盘点管理办法》."),
    F("no-owner", 1, "副总经理鄂晓川 (the gap there is the pasted paragraph)."),
    F("no-deadline", 2, "2025年6月30日 (the gap there is the copied words)."),
], links=[
    L("针对国企改革推进缓慢的问题", 1), L("严格商铺招租管理，杜绝临街商铺合同到期后未经公开招租直接续租", 2),
    L("减免的租金12.7万元已全部追缴到位", 3), L("制定《租金减免集体决策办法》", 3),
    L("查明6.4万元盘亏中4.9万元为过期商品报损未入账", 4),
    L("以“会员答谢”名义列支的宴请费用1.1万元已由参加宴请的人员分摊退还", 5),
    L("立即清理消防通道堆放的货物", 6), L("针对党建与经营“两张皮”的问题", 7)])

if __name__ == "__main__":
    for name, g in G.items():
        out = {"mode": "pair", "issues": g["issues"],
               "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
               "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
        with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, "
              f"{len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
