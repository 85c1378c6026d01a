"""Write p01..p10/gold.json (dev-pairs gold format) for dev121. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev108/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蘼阳县种羊场党支部 (county round): DOCX 反馈意见, bold areas （一）（二）（三） with RESTARTING 1．(2 + 5 + 3 = 10);
# 二、整改意见 （一）–（三）, the deadline and the 移交 sentence are not problems. Report (DOCX): ten 关于“…”的问题 items with
# four field lines and no sanction inside; all sanctions in 三、追责问责情况 by post. GOOD REPORT.
G["p01"] = dict(issues=10, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、场长芮怀山 heads the 领导小组 as 第一责任人, 直接部署 two money problems, 3 site checks, 6 支委会 + 5 调度会, three 清单 and a 台账."),
    F("late-report", None, "Feedback 2025-03-11, report 2025-06-03: 84 days."),
    F("no-disclosure", None, "五、三是: 县农业农村局门户网站 and 场部公示栏 with a 监督电话."),
    F("inconsistent-claim", None, "8 done + 2 named ongoing (#1, #8) = 10, matching the items; 3.23万 = 0.6 + 1.68 + 0.11 + 0.84; 4 new + 2 revised rules, all named in the items."),
    F("no-accountability", 3, "Sale money kept by the 畜牧组组长: in 三、 he gets 批评教育 and a 书面检查 — away from the item, but given."),
    F("no-accountability", 4, "Split fodder contracts: in 三、 the deputy in charge is 约谈 by the secretary."),
    F("no-accountability", 5, "Allowances to people who had left: in 三、 the 综合办公室主任's quarterly bonus is withheld (扣发绩效)."),
    F("no-accountability", 6, "Farm pickup used for a son's wedding: in 三、 the 县农业农村局党组 gives the deputy 诫勉谈话."),
    F("no-accountability", 10, "Rams sold at an 'internal price' to a relative: in 三、 the 销售组组长 is moved off sales and given 党内警告 by 县纪委监委."),
    F("no-accountability", 1, "Breeding-ram promotion short of plan: a work failing, nobody did wrong."),
    F("no-accountability", 7, "Too little integrity education: a study failing answered with a plan and a 警示教育 visit."),
    F("no-accountability", 9, "Book stock above head count because dead sheep were not written off: a ledger failing."),
    F("no-mechanism", 4, "《饲草料采购管理办法》 with 询价比选 above 3万 is in the item."),
    F("no-deadline", 1, "“2025年12月31日，回访工作长期坚持” — a date plus a standing task."),
    F("no-deadline", 8, "组织生活 is a standing duty: “长期坚持” with 1—5月 progress (5 支委会) is what an inspector expects here."),
    F("no-owner", 10, "责任领导：党支部书记、场长芮怀山."),
    F("copied-measure", 3, "The item heading repeats the problem's title, but the measures are the farm's own acts (0.6万 returned on 3月14日, 3.7万 checked, a 收缴 rule)."),
], links=[
    L("制定《2025年种公羊推广计划》", 1), L("对缺少免疫记录的3个批次286只羊重新采血检测", 2),
    L("畜牧组组长手中结余的0.6万元已于3月14日全部交回场部账户", 3), L("对畜牧组组长隗长春进行批评教育", 3),
    L("对2024年9份草料合同逐份核对价格和到货数量", 4), L("对分管采购的副场长邴立川进行约谈", 4),
    L("多发的1.68万元已从2名离场人员处全部追回", 5), L("扣发综合办公室主任仉小雯2025年第一季度绩效奖励", 5),
    L("用车的副场长已退回油费、过路费1100元", 6), L("县农业农村局党组对副场长郄明远进行诫勉谈话", 6),
    L("制定支部年度廉政教育计划", 7), L("制定2025年“三会一课”计划", 8), L("组织全场存栏大清点", 9),
    L("已向购买人追回差价8400元", 10), L("县纪委监委给予其党内警告处分", 10)])

# p02 茳溪县卫生计生药具管理站党支部 (县卫健局党委 round): 组长's 反馈会 speech (UTF-8 CRLF), three （一）（二）（三）
# area lines each followed by a paragraph of inline 一是…二是… that RESTARTS (3 + 5 + 3 = 11); 一要…三要, the deadline and
# the 移交 sentence are not problems. Report (GB18030): areas kept, running 1．–11．“针对……的问题。” + bracket.
G["p02"] = dict(issues=11, unanswered=[], must_flag=[
    F("no-accountability", 7, "The 站长's cousin drew 0.72万 as a village distributor in a village with no distribution point: the money is recovered and the list re-made, but nobody is held to account — the 站长 is the secretary who leads the rectification — while every other money item (#4, #5, #6, #8) names a sanction, and the speech asked 该处理的处理."),
    F("no-owner", 10, "“（责任单位：药具站；完成时限：2024年12月31日）” — no leader and no person, where every other item names both."),
    F("copied-measure", 9, "The answer turns the feedback's own words back into a promise (解决理论学习流于形式的问题，改变支部学习多为领读文件、学习笔记以摘抄为主的做法，确保开展专题研讨): no plan, date of a session or number of its own."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、站长帅敬之 heads the 领导小组 as 第一责任人, 直接督办 two problems, 4 支委会, three 清单 and a 台账."),
    F("late-report", None, "Feedback 2024-10-15, report 2025-01-09: 86 days."),
    F("no-disclosure", None, "三、三是: the report is on the 县卫生健康局门户网站 (the 公示 of distributor names under #7 is something else)."),
    F("inconsistent-claim", None, "9 done + 2 named ongoing (#1, #3) = 11; 5.6万 = 2.36 + 2.1 + 0.72 + 0.42; 4 rules named."),
    F("no-accountability", 4, "Delivery fee paid twice: the 会计 is 约谈 and her Q4 bonus withheld, in the item."),
    F("no-accountability", 5, "Tricycle and fridges kept at home: the 2 borrowers write 书面检查."),
    F("no-accountability", 6, "“宣传资料费” charged to township hospitals: the deputy in charge of finance is given 提醒谈话, the 出纳 a 书面说明."),
    F("no-accountability", 8, "Phone allowance paid after transfer: the 综合科科长 is given 批评教育."),
    F("no-accountability", 1, "Missing distribution points: a work failing."),
    F("no-accountability", 2, "Expired stock: a stock-keeping failing answered with 近效期先出."),
    F("no-accountability", 11, "Weak supervision of township staff: a work failing answered with a quarterly 督导办法."),
    F("no-mechanism", 7, "The distributor list is now recommended, reviewed and 公示 before it is fixed; the gap there is accountability."),
    F("no-owner", 9, "责任领导：党支部书记、站长帅敬之 (the gap there is the copied text)."),
    F("no-deadline", 10, "完成时限：2024年12月31日 (the gap there is the owner)."),
    F("unanswered-issue", 9, "Answered, if only by the copied promise."),
    F("vague-measure", 1, "Concrete: points set up in 31 villages, 7 by 2025-03-31, 6 of 9 machines repaired, 3 replacements asked for."),
], links=[
    L("已在31个村的村卫生室设立发放点", 1), L("出库严格执行“近效期先出”", 2), L("编印免费药具政策明白纸1.2万份", 3),
    L("多付的2.36万元已于11月8日由物流公司全额退回站账户", 4), L("扣发其2024年第四季度绩效奖励", 4),
    L("电动三轮车1辆、冷藏柜2台已于10月20日全部收回仓库", 5), L("借用公物的2名职工分别作出书面检查", 5),
    L("收取的2.1万元已全部退还14家乡镇卫生院", 6), L("对分管财务的副站长宓春华进行提醒谈话", 6),
    L("2023年、2024年领取的0.72万元已全部追回", 7), L("多发的0.42万元已全部追回", 8),
    L("对综合科科长莘立群进行批评教育", 8), L("站党支部将切实解决理论学习流于形式的问题", 9),
    L("制定《药具出入库管理制度》和《药具调拨管理办法》", 10), L("制定《乡镇药具管理督导办法》", 11)])

# p03 苇塘镇柳湾村党支部 (村劳务合作社; 县委巡察组 提级巡察 of a village): 反馈意见 (GB18030 CRLF), areas （一）（二）（三）
# with continuous 1、–10、; 二、整改要求 一是…三是 and the deadline are not problems. Report (UTF-8): village report, items
# restated as “N、……的问题。” + 整改情况：①②③ + bracket; feedback #9 is skipped, so the report's 9、 answers #10.
G["p03"] = dict(issues=10, unanswered=[9], must_flag=[
    F("late-report", None, "Feedback 2024-08-20 with a 3-month limit (2024-11-20); the report is dated 2024-12-16: 118 days."),
    F("unanswered-issue", 9, "Seven 外出务工党员 outside organisational life and not paying dues: no item and no measure; the report's 9、 is the old 白条 problem (#10)."),
    F("no-accountability", 5, "An 8% “管理服务费” withheld from villagers' wages, 0.5万 of it spent on village cadres' meals: the money is returned and the 章程 revised, but nobody is held to account, though the 整改要求 ask 对相关人员要严肃处理; #1, #4 and #6 each name one."),
    F("inconsistent-claim", None, "“巡察反馈的10个问题已全部整改到位”, while item 2 says the 三年发展规划 正在编制 until 2025年3月底 and #9 is not answered at all."),
], must_not_flag=[
    F("weak-leadership", None, "村党支部书记郜永年 heads the 整改工作小组 as 第一责任人, 支委会 and 两委联席会议, 半月碰头会; 镇 visits 3 times."),
    F("no-disclosure", None, "“本报告已在村务公开栏张贴公开”, and the cooperative's accounts are posted monthly (#3)."),
    F("no-accountability", 1, "Contract signed by the chairman alone: 谈话提醒 by the secretary and a 检讨 at the 党员大会."),
    F("no-accountability", 4, "Wages for relatives who did not work: 镇纪委 gives the village bookkeeper 党内警告."),
    F("no-accountability", 6, "Cooperative machines at the 监委会主任's home: 书面检查 and 0.3万 paid for use."),
    F("no-accountability", 2, "A narrow income base: a development failing."),
    F("no-accountability", 7, "Cash and bank books not reconciled: a bookkeeping failing, the gap found to be a double entry."),
    F("no-accountability", 10, "Old 白条 not cleared: a follow-up failing answered with receipts and 村账镇代管."),
    F("unanswered-issue", 10, "Answered under the report's 9、 (positions shift after the skipped problem)."),
    F("no-mechanism", 5, "The 章程 is revised so running costs come from collective income with a budget approved by 村民代表会议; the gap there is accountability."),
    F("no-owner", 3, "责任人：村文书蒯玉兰."),
    F("no-deadline", 2, "完成时间：2025年3月底."),
    F("copied-measure", 4, "The item restates the problem as its heading (“劳务工资表中有村干部亲属的问题。”), then gives its own acts: wages checked person by person, 0.96万 back, a 出工登记 rule."),
], links=[
    L("对8.6万元劳务合同的价格、用工人数和结算方式进行补充审议", 1),
    L("支部书记郜永年对村委会主任（合作社理事长）俞长福进行了谈话提醒", 1),
    L("与镇政府签订村内主干道保洁长期协议", 2), L("合作社收支情况每月在村务公开栏公开一次", 3),
    L("3人未出工领取的0.96万元已于9月底全部退回合作社账户", 4),
    L("镇纪委给予负责制作工资表的村报账员毋伟杰党内警告处分", 4), L("从9月起停止扣留管理服务费", 5),
    L("旋耕机1台、割草机2台已于9月5日收回合作社库房", 6), L("村监委会主任作出书面检查", 6),
    L("请镇农经站对合作社2022年以来的账目进行全面清理", 7), L("制定2024年第四季度和2025年“三会一课”计划", 8),
    L("7张白条已全部补齐正式票据", 10)])

# p04 蕤城县牲畜交易市场服务中心党支部 (county round): HTML news page on the 纪委监委 site; problems inline 一是…十是 in
# one “主要是：” paragraph; 一要…三要, the director's 表态 一是…三是 and the 移交 sentence are not problems. Report: public
# HTML 通报 with an 索引号 table, （一）–（十）关于…的问题。 + bracket, and one 三、执纪问责情况 sentence that cites problems
# 第二、四、六、七项 by number.
G["p04"] = dict(issues=10, unanswered=[], must_flag=[
    F("no-accountability", 5, "Trading fees under-charged for two years to a broker firm run by a deputy director's classmate: the 2.8万 is recovered and waivers now need 集体研究, but the by-number sentence in 三、 covers only items 二、四、六、七 and nobody answers for this one, though the leader asked 把人管起来."),
    F("no-mechanism", 4, "Fees collected on a cashier's personal WeChat: the money is transferred back and the year re-checked, but no collection rule (统一收款码, 日清日结, ban on personal accounts) is made, while #2, #3, #7 and #9 each get a named rule."),
    F("no-deadline", 1, "（一）'s bracket has 责任领导 and 责任人 but no 完成时限, and the text only says 争取早日投入使用; every other item has a date."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任綦广才 heads the 领导小组 as 第一责任人 and 直接部署 two problems; 5 支委会, 3 推进会, a 台账."),
    F("late-report", None, "Feedback 2025-04-08, 通报 2025-06-27: 80 days."),
    F("no-disclosure", None, "A public 通报 on the county government site (索引号, 党务公开) inviting comments with phone and address."),
    F("inconsistent-claim", None, "8 done + 2 named ongoing (#1, #9) = 10; 11.2万 = 5.2 + 2.8 + 3.2; 4 rules named."),
    F("no-accountability", 2, "Entry records filled in at the desk: the by-number sentence gives the 2 duty staff 批评教育."),
    F("no-accountability", 4, "Fees on a personal WeChat: “收费员调离收费岗位” in the by-number sentence."),
    F("no-accountability", 6, "“交易服务费” for staff meals: the 办公室主任's quarterly bonus is withheld."),
    F("no-accountability", 7, "Outsourcing renewed by the director alone: he makes a 检查 at the 专题组织生活会 and a written account to staff."),
    F("no-accountability", 1, "Slow upgrade works: a project failing."),
    F("no-accountability", 3, "Two fee methods without a written basis: a rules failing answered with 《交易管理费收费标准》."),
    F("no-accountability", 9, "Repeated safety hazards: a supervision failing."),
    F("no-mechanism", 3, "《交易管理费收费标准》, published in the hall."),
    F("no-owner", 1, "责任领导：副主任段铭远；责任人：基建办负责人穆晓钢 (the gap there is the date)."),
    F("vague-measure", 1, "Ends with 争取早日投入使用, but first gives acts: a new schedule, weekly site meetings, equipment tendered, main works under way."),
    F("repeated-measure", 2, "One by-number sanction sentence serving four problems is a shared sanction, not a pasted measure."),
], links=[
    L("中心与施工单位重新排定施工计划", 1), L("制定《入场查验登记规定》", 2), L("对补填查验登记的2名值班人员进行批评教育", 2),
    L("制定《交易管理费收费标准》", 3), L("收费员已将通过个人微信收取的交易管理费全部转入中心账户", 4),
    L("收费员调离收费岗位", 4), L("两年少收的2.8万元已于5月20日全部追缴到位", 5), L("从4月10日起停止加收", 6),
    L("扣发负责职工食堂的办公室主任2025年第一季度绩效", 6), L("通过公开比选重新确定服务单位", 7),
    L("中心主任綦广才在支部专题组织生活会上作了检查", 7), L("制定2025年支部学习计划", 8), L("清理私拉电线23处", 9),
    L("地磅房和监控设备经评估后已登记入账", 10)])

# p05 沙埠镇安全生产监督管理站党支部 (延伸巡察 in a 镇 round): 反馈意见 (UTF-16 LE), （一）–（十一） heading。detail lines;
# 二、整改要求 1．–3． not problems. Report: covering text + TAB-separated 整改台账 (8 columns) whose last column 追责问责
# holds every sanction (“不涉及” for ordinary rows, “—” where nobody is held).
G["p05"] = dict(issues=11, unanswered=[], must_flag=[
    F("no-accountability", 3, "A 1.5万 fine left uncollected for the 站长's friend: the fine is now collected and a 罚没款 rule made, but the 追责问责 cell is “—”, though 整改要求2 named this problem and asked for the 处理结果 in the ledger."),
    F("no-accountability", 6, "Life jackets and tents taken home for fishing and camping: returned and a 应急物资 rule made, but the 追责问责 cell is “—”; 整改要求2 named 物资."),
    F("no-disclosure", None, "Nothing is published or to be published — the report goes to the 镇党委 only — though 整改要求3 asks for 整改结果 to be made public; the 镇微信公众号 safety column (#7) is publicity, not disclosure."),
    F("vague-measure", 11, "Row 11 is slogans only (进一步压实…强化督促指导，切实提升…推动…落到实处): no training, count or check, yet marked 已完成."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、站长卢启明 heads the 领导小组 as 第一责任人 and set the plan; weekly 调度; 镇 分管副书记 attended."),
    F("late-report", None, "Feedback 2025-05-13, report 2025-08-05: 84 days."),
    F("inconsistent-claim", None, "9 done + 2 named ongoing (#1, #8), matching the 整改进展 column; 3 new + 2 revised rules, all named in rows."),
    F("no-accountability", 2, "Records filled in at the station: 2 检查员 批评教育, the 站长's 书面检查, in the ledger column."),
    F("no-accountability", 4, "“安全培训费”: the deputy in charge is given 诫勉谈话 by the 镇纪委."),
    F("no-accountability", 5, "Patrol car driven to another province: the deputy is 约谈 and his Q2 bonus withheld."),
    F("no-accountability", 1, "An unremedied major hazard: a work failing (“不涉及”)."),
    F("no-accountability", 7, "Thin safety publicity: a work failing."),
    F("no-accountability", 9, "Missing re-check records: a ledger failing."),
    F("no-mechanism", 3, "《罚没款收缴管理办法》 and an enforcement ledger (the gap there is accountability)."),
    F("no-mechanism", 6, "《应急物资管理办法》 (the gap there is accountability)."),
    F("no-owner", 11, "副站长管天佑 / 安全员龚佳 (the gap there is the slogan text)."),
    F("no-deadline", 1, "2025年9月30日 with 正在推进."),
    F("no-deadline", 10, "“2025年6月30日，此后长期坚持”."),
], links=[
    L("对未整改的1处重大事故隐患落实停产整顿和专人盯守", 1), L("对2024年46份有疑问的检查记录逐份重新现场核查", 2),
    L("2名检查员批评教育；站长卢启明作出书面检查", 2), L("1.5万元罚款已于6月12日全额收缴入库", 3),
    L("收取的3.36万元已全部退还42家企业", 4), L("分管副站长管天佑由镇纪委进行诫勉谈话", 4),
    L("副站长已退赔油费0.16万元", 5), L("镇党委对副站长覃晓东进行约谈", 5),
    L("救生衣20件、帐篷4顶已于5月20日全部收回入库", 6), L("开展进企业宣讲12场、进村组宣传9场", 7),
    L("2名无证人员暂停单独执法", 8), L("对21份没有复查记录的整改通知书逐家上门复查并补建记录", 9),
    L("每季度开展一次专题研讨", 10), L("进一步压实企业安全生产主体责任", 11)])

# p06 萑川县直机关门诊部党支部 (县卫健局党委 round): 反馈意见 (UTF-8), areas 一、二、三、…方面 with RESTARTING half-width
# 1. (3 + 4 + 3 = 10); 整改意见 一要…三要 and the deadline are not problems. Report (UTF-16 LE): the secretary's FIRST-PERSON
# 主要负责人 report with own headings and （一）–（十）; sanctions told in the first person. GOOD REPORT.
G["p06"] = dict(issues=10, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "First person throughout: 第一责任人, heads the 领导小组, 直接部署、直接督办 #2 and #4, 直接过问 #6, 5 支委会 + 4 推进会, weekly reports, a 专题组织生活会."),
    F("late-report", None, "Feedback 2025-01-21, report 2025-04-17: 86 days."),
    F("no-disclosure", None, "县卫生健康局门户网站 and the 候诊大厅公示栏."),
    F("inconsistent-claim", None, "9 done + #8 standing = 10; 4.6万 = 1.12 + 2.04 + 0.86 + 0.58; 4 rules named in the items."),
    F("no-accountability", 2, "Split drug purchases: “我对…药剂科科长潘一鸣进行了约谈，并将其调整到门诊药房工作” — 约谈 plus a post change, told in the first person."),
    F("no-accountability", 4, "“报告解读费”: the 收费组组长 given 批评教育 and a 书面检查."),
    F("no-accountability", 5, "Supplements shared out: the writer's own 检查 and the 局党委's 提醒谈话 of him."),
    F("no-accountability", 6, "Cleaning contract for the head nurse's husband: 局党委 gives her 诫勉谈话."),
    F("no-accountability", 7, "Duty pay to retired doctors: the 办公室副主任 who made the sheet is given 批评教育."),
    F("no-accountability", 1, "Opening hours: a service failing."),
    F("no-accountability", 3, "Prescriptions not on file: a records failing."),
    F("no-accountability", 9, "Waste hand-over not signed: a records failing."),
    F("no-owner", 2, "“由我负责” — the writer, the secretary."),
    F("no-owner", 5, "“由我负责”."),
    F("no-deadline", 8, "A standing education duty: “长期坚持，目前按计划推进” with a yearly plan and an April session."),
    F("no-mechanism", 2, "《药品采购管理制度》 and purchase through the provincial platform."),
], links=[
    L("从2月10日起实行中午轮班", 1), L("门诊部全部药品通过省药品集中采购平台采购", 2),
    L("我对负责采购的药剂科科长潘一鸣进行了约谈", 2), L("慢性病药品一律凭医生处方发放", 3),
    L("从2月1日起停止收取“报告解读费”", 4), L("我对收费组组长进行了批评教育", 4),
    L("分发的营养品、保健品已由领取职工按进价交回0.86万元", 5), L("局党委对我进行了提醒谈话", 5),
    L("4月通过公开比选重新确定保洁服务单位", 6), L("局党委给予护士长甘蓉诫勉谈话", 6),
    L("2名退休医生领取的0.58万元已全部退回", 7), L("对负责造表的办公室副主任进行了批评教育", 7),
    L("制定2025年医德医风教育计划", 8), L("与医疗废物处置单位重新约定交接流程", 9),
    L("制定《处方点评制度》，每月随机抽查处方100张", 10)])

# p07 苈溪县成人文化技术学校党支部 (county round): DOCX 反馈意见 whose twelve problems are paragraphs with Word AUTOMATIC
# numbering (no number in the text) under three bold area headings; 二、整改意见 一要…三要 not problems. Report (UTF-8 CRLF):
# （一）–（十二）关于…的问题 + 整改措施：/责任人：/完成时限：, sanctions inside the items.
G["p07"] = dict(issues=12, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2024-06-18 with a 3-month limit (2024-09-18); the report is dated 2024-10-10: 114 days."),
    F("repeated-measure", 8, "（八） (study a formality) is answered by a stock paragraph (纳入整改台账，由支部书记牵头…以整改的实际成效取信于教职工和学员) pasted again under （十）."),
    F("repeated-measure", 10, "（十） (enrolment publicity) repeats （八）'s paragraph word for word after a different first clause; nothing on publicity itself."),
    F("no-accountability", 6, "Four school laptops kept at teachers' homes while carded as 实训室教学用: returned and a 固定资产 rule made, but nobody is held to account, though every other money or goods item (#2–#5, #7) names a sanction and the 整改意见 ask to 严肃处理相关人员."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、校长尹书恒 heads the 领导小组 as 第一责任人, 直接督办 two problems, 6 支委会 + 7 推进会, a 台账."),
    F("no-disclosure", None, "“本报告已在县教育体育局门户网站公开”."),
    F("inconsistent-claim", None, "10 done + 2 named ongoing (#1, #12) = 12; 6.7万 = 2.64 + 3.1 + 0.96; 6 rules."),
    F("no-accountability", 2, "Subsidies claimed twice for the same trainees: 县教育体育局党组 诫勉 for the deputy head, 批评教育 for the 教务主任."),
    F("no-accountability", 3, "Exam papers filled in by class teachers: 2 书面检查 and a month's bonus withheld."),
    F("no-accountability", 4, "“资料费” charged to trainees: the clerk who collected it is given 提醒谈话."),
    F("no-accountability", 5, "Teaching pay to a deputy head's wife with no classes: “该问题线索已移交县纪委监委”, which has opened a case (立案审查) — a hand-over to the discipline organ is an answer."),
    F("no-accountability", 7, "Equipment bought in four lots: the former 总务主任 moved off the post (调岗)."),
    F("no-accountability", 1, "Courses out of step with demand: a planning failing."),
    F("no-accountability", 9, "Part-time teachers without contracts: a management failing."),
    F("no-accountability", 11, "No written claims rule: a rules failing answered with 《财务报销审批制度》."),
    F("unanswered-issue", 8, "Answered, if only by the pasted paragraph."),
    F("unanswered-issue", 10, "Answered, if only by the pasted paragraph."),
    F("no-mechanism", 6, "《固定资产管理办法》 (the gap there is accountability)."),
    F("no-owner", 6, "责任人：总务处负责人沈知远."),
    F("no-deadline", 12, "2024年12月31日 with the remaining files to be completed by year end."),
], links=[
    L("停开报名不足的计算机操作班", 1), L("重复申领的培训补贴2.64万元已于7月12日全部退回县财政", 2),
    L("县教育体育局党组对分管培训的副校长骆云开进行诫勉谈话", 2), L("32份结业证书已全部收回注销", 3),
    L("2名班主任作出书面检查", 3), L("2024年收取的3.1万元已通过微信逐一退还学员本人", 4),
    L("对收费的教务处干事进行提醒谈话", 4), L("没有授课记录的课酬0.96万元已全部追缴", 5), L("该问题线索已移交县纪委监委", 5),
    L("4台笔记本电脑已于6月底全部收回实训室", 6), L("今后同一年度同类设备采购合并计算", 7), L("原总务主任已调离总务岗位", 7),
    L("针对理论学习流于形式的问题，学校党支部", 8), L("与23名兼职教师全部签订聘用合同", 9),
    L("针对招生宣传不到位的问题，学校党支部", 10), L("制定《财务报销审批制度》", 11),
    L("对2021年以来的学员培训档案逐班清理", 12)])

# p08 蘅川县人才公寓管理服务中心党支部 (county round): HTML news page (GB18030) whose eleven problems are the <li> of an
# <ol> (numbers drawn by the browser, not in the text); requirements 一要…三要, the 表态 and the 移交 sentence are not
# problems. Report (GB18030): 一、–十、关于…的问题 by the 中心 (not the branch), feedback #9 skipped.
G["p08"] = dict(issues=11, unanswered=[9], must_flag=[
    F("weak-leadership", None, "No 领导小组, no 第一责任人, the branch secretary 蒲振声 is never named; the 中心 only 召开全体职工会议传达 and tells 各科室 to 抓好整改 — though the feedback asked the principal to 亲自抓、负总责."),
    F("unanswered-issue", 9, "Fire and power-safety patrols of the flats left blank: no item and no measure; the report's 九、 answers #10."),
    F("no-accountability", 3, "Rent waived without approval for three staff of a firm close to a deputy director (4.7万): partly recovered and waivers now need approval, but nobody is held to account, though the leader asked 对相关责任人严肃处理."),
    F("no-accountability", 6, "The official car used for a family holiday: fuel repaid and the car rule revised, but the 办公室主任 is not held to account, while #4, #5 and #7 each name a sanction."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-02-18, report 2025-05-14: 85 days."),
    F("no-disclosure", None, "“整改情况已在县人社局门户网站公开”."),
    F("inconsistent-claim", None, "Only “大部分已整改完成，少数问题正在持续推进” — no all-done claim and no figures that clash."),
    F("no-accountability", 1, "Flats given to the former director's nephew and niece: 县纪委监委 gives him 党内警告."),
    F("no-accountability", 4, "Lift maintenance paid twice: the finance staff given 批评教育."),
    F("no-accountability", 5, "Housing allowance after transfer: the personnel officer's monthly bonus withheld."),
    F("no-accountability", 7, "Furniture bought in nine lots: 县人社局党组 诫勉 for the deputy in charge."),
    F("no-accountability", 2, "Annual eligibility checks not done: a management failing."),
    F("no-accountability", 8, "Rent arrears ledger incomplete: a ledger failing."),
    F("no-accountability", 10, "Party days replaced by business meetings: an organisational failing."),
    F("unanswered-issue", 10, "Answered under the report's 九、."),
    F("unanswered-issue", 11, "Answered under the report's 十、."),
    F("no-owner", 3, "责任人：财务科科长桑晓梅 (the gap there is accountability)."),
    F("no-mechanism", 6, "《公务用车管理制度》 revised (the gap there is accountability)."),
], links=[
    L("不符合条件的5套公寓已收回4套", 1), L("县纪委监委给予其党内警告处分", 1), L("建立入住资格年审制度", 2),
    L("停止对该企业3名员工的租金减免", 3), L("多付的3.2万元已于3月20日由维保公司全部退回", 4),
    L("对审核付款的财务人员进行了批评教育", 4), L("多发的1.26万元已全部追回", 5), L("扣发负责人事工作的干部当月绩效", 5),
    L("办公室主任已退还油费和过路费0.14万元", 6), L("剩余的2栋公寓配套家具已合并进行公开招标", 7),
    L("县人社局党组对分管采购的副主任进行诫勉谈话", 7), L("重新建立租金收缴台账", 8),
    L("制定2025年主题党日计划", 10), L("制定《廉政风险防控手册》", 11)])

# p09 青石镇集镇管理所党支部 (延伸巡察 in a 镇 round): 组长's speech (UTF-8), problems one paragraph each 一是…十是；
# 第一，…第三， requirements and the 移交 sentence are not problems. Report (DOCX, landscape): prose in four bold groups
# citing problems by number, then a Word-table 整改台账 whose last column 追责问责情况 is the only place of sanctions.
G["p09"] = dict(issues=10, unanswered=[], must_flag=[
    F("no-accountability", 4, "The 所长 drove the patrol pickup to a relative's wedding in another province: fuel repaid and a parking rule, but the 追责问责情况 cell is “—”, though the speech asked for 对人的处理 in the ledger and the same former 所长 is dealt with for #1 and #10."),
    F("vague-measure", 8, "#8 is answered only by 进一步加强对商户的宣传引导，营造…良好氛围，不断提升…意识 (and “加强宣传引导” in the table), yet marked 已完成."),
    F("no-owner", 7, "Table row 7 names “集镇管理所” as both 责任领导 and 责任人, and the prose says “管理所将…”; every other row names people."),
    F("no-disclosure", None, "The report goes to the 镇党委 and 巡察办 only; nothing is published, though the speech asked 整改结果要向群众公开 (the posted 抽签结果 for stalls is not disclosure of the rectification)."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、所长伍明川 heads the 领导小组 as 第一责任人, 直接部署 two problems, 2 site checks."),
    F("late-report", None, "Feedback 2025-07-08, report 2025-09-26: 80 days."),
    F("inconsistent-claim", None, "8 done + #2 and #7 ongoing, matching the table; 9.97万 = 5.4 + 0.52 + 2.3 + 1.54 + 0.21."),
    F("no-accountability", 1, "Stalls given to acquaintances: only in the table column — 镇纪委 诫勉 for the former 所长."),
    F("no-accountability", 3, "Fees kept in the cashier's hands: table column — 出纳 moved off the post, collectors 批评教育."),
    F("no-accountability", 5, "Night-market duty pay after closure: table column — 提醒谈话 for the accountant."),
    F("no-accountability", 10, "Cold store rented cheaply to the 所长's brother-in-law: table column — the former 所长's 书面检查."),
    F("no-accountability", 2, "Rent arrears: a collection failing (“不涉及”)."),
    F("no-accountability", 6, "Uneven fines without a record: a rules failing answered with a 裁量标准."),
    F("no-accountability", 9, "Study a formality: an organisational failing."),
    F("unanswered-issue", 2, "Answered in group （一） by number (第一、二、十个问题)."),
    F("unanswered-issue", 6, "Answered in group （三）."),
    F("no-deadline", 7, "2025年12月31日 (the gap there is the owner)."),
    F("no-owner", 8, "副所长蓝季 / 执法队长柯勇 (the gap there is the slogan text)."),
    F("no-mechanism", 6, "《占道经营处罚裁量标准》."),
], links=[
    L("对38个固定摊位全部收回重新分配", 1), L("镇纪委对原所长甄广茂进行诫勉谈话", 1), L("对4间欠租门面逐户下达催缴通知书", 2),
    L("出纳手中的2.3万元卫生费已全部缴入镇财政专户", 3), L("出纳调离出纳岗位", 3),
    L("原所长已退还使用执法皮卡车的油费和过路费0.21万元", 4), L("夜市停办后多发的1.54万元值班补贴已全部追回", 5),
    L("对审核发放的会计进行提醒谈话", 5), L("制定《占道经营处罚裁量标准》", 6), L("管理所将对《集镇摊位管理办法》进行修订", 7),
    L("进一步加强对商户的宣传引导", 8), L("制定支部年度学习计划，“三会一课”当场记录", 9),
    L("冷库租赁合同已于8月31日解除", 10), L("原所长甄广茂作出书面检查", 10)])

# p10 荭山县林业综合行政执法大队党支部 (county round): 反馈意见 (UTF-8 CRLF), areas （一）（二）（三）…方面 with continuous
# 1．–12．; 二、整改意见 （一）–（三） not problems. Report: 整改进展情况的通报, 1．–12．关于…的问题 + 整改进展： + bracket; a
# closing 三、追责问责情况 paragraph naming people by post for four problems.
G["p10"] = dict(issues=12, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "“反馈的12个问题已全部整改完成，制定整改措施46条，全部落实到位”, while item 2 says 7 cases are 正在依法处理, item 8 holds back 4 firms' deposits and item 11 plans a second training in 2025年4月 (完成时限 2025-04-30, after the 通报)."),
    F("no-mechanism", 4, "Site inspection records written up in the office: the files are checked and videos added, but no rule on 执法全过程记录 or recorder use is made, though 整改意见（三） named 执法全过程记录 first; the other (a) items each get a rule."),
    F("no-deadline", 9, "Item 9's bracket has 责任领导 and 责任人 but no 完成时限; every other item has one."),
    F("copied-measure", 10, "Item 10 only turns the feedback's words back (纠正学习流于形式的现象，增加警示教育开展的次数): no plan, number or date of its own."),
    F("no-accountability", 7, "Pay kept going to three hired 护林员 for four months after they left (1.12万): recovered and a pay rule made, but 三、追责问责情况 holds people for #3–#6 and leaves this one out, though 整改意见（二） named 劳务费照发."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、大队长彭远舟 heads the 领导小组 as 第一责任人, 直接部署 two problems, 7 支委会 + 5 推进会."),
    F("late-report", None, "Feedback 2024-11-26, 通报 2025-02-20: 86 days."),
    F("no-disclosure", None, "A 通报 on the 县人民政府门户网站 with a 公示期, phone and address."),
    F("no-accountability", 3, "Fines on a timber mill withdrawn for a deputy's classmate: in 三、 the 县林业局党组 gives him 诫勉谈话."),
    F("no-accountability", 4, "Records written in the office: in 三、 2 内勤 批评教育, the 中队长 a 书面检查."),
    F("no-accountability", 5, "“伐区验收费”: in 三、 the former 资源股 chief is moved (调整工作岗位)."),
    F("no-accountability", 6, "Seized timber used by a 中队长 to build his house: in 三、 县纪委监委 gives 党内警告."),
    F("no-accountability", 1, "Illegal felling keeps recurring: a patrol failing."),
    F("no-accountability", 8, "Deposits returned late: a ledger failing answered by refunds and a new ledger."),
    F("no-accountability", 11, "Training gap: no wrongdoing."),
    F("no-mechanism", 7, "《护林员劳务费发放管理规定》 (the gap there is accountability)."),
    F("no-owner", 9, "责任领导：副大队长祁仲阳；责任人：政工股股长燕茹 (the gap there is the date)."),
    F("no-deadline", 11, "完成时限：2025年4月30日 (the inconsistency is in the all-done claim, not a missing date)."),
], links=[
    L("将北部山区和水库周边划分为9个巡查网格", 1), L("对19件超期案件逐件建立台账", 2), L("已依法重新作出处罚决定", 3),
    L("县林业局党组对其进行诫勉谈话", 3), L("对2024年以来的全部执法案卷逐卷检查", 4),
    L("对补写现场勘验笔录的2名内勤人员进行批评教育", 4), L("2024年收取的3.85万元已全部退还采伐申请人", 5),
    L("资源股原股长调整工作岗位", 5), L("油锯2台已清点收回", 6), L("县纪委监委给予其党内警告处分", 6),
    L("离职后多发的1.12万元劳务费已全部追回", 7), L("对23家企业的保证金逐家核对", 8),
    L("制定《护林员招聘和考核管理办法》", 9), L("党支部将坚决纠正学习流于形式的现象", 10),
    L("12月已对6名新进执法人员进行了为期5天的岗前培训", 11), L("补正缺项、漏签文书137份", 12)])

for name, g in G.items():
    out = {"mode": "pair", "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
