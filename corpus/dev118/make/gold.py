"""Write p01..p10/gold.json (dev-pairs gold format) for dev118 (FROZEN HELD-OUT). The gold is hand-judged; this file only
keeps it in one place. Modelled on corpus/dev108/make/gold.py. Debatable points ("may report") are not gold: they are in
each pair's notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蕺阳县篁竹乡林业工作站党支部 (县林业局党组 round): formal 反馈意见, areas （一）（二）（三）…方面 with continuous 1．–10．
# heading。detail; 二、整改意见 （一）–（三） are not problems. Report: 关于“…”的问题 items with five field lines; sanctions only in
# a separate 三、追责问责情况 section, rules only named in 四、建章立制情况 by problem number. GOOD REPORT.
G["p01"] = dict(mode="pair", issues=10, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、站长蔺秋白 heads the 领导小组 as 第一责任人, 直接部署、直接过问、直接督办, 4 支委会 and 3 site checks."),
    F("late-report", None, "Feedback 2025-04-08, report 2025-06-30: 83 days, inside three months."),
    F("no-disclosure", None, "五、三是: the 县林业局门户网站 and the 乡政务公开栏, with a 监督电话."),
    F("inconsistent-claim", None, "8 done + #2 and #8 named as ongoing = 10, and both items say so; 3.75万 = 2.16 + 0.6 + 0.85 + 0.14; 6 people in 三、; 8 rules in 四、."),
    F("no-accountability", 3, "Allowance paid to rangers who never patrolled: the sanction sits only in 三、1． — 护林员管理员 诫勉谈话."),
    F("no-accountability", 4, "Seedlings gone: the keeper pays 0.6万 and, in 三、2．, makes a 书面检查 at the 党员大会."),
    F("no-accountability", 5, "Inspection records written afterwards: in 三、3． — 2 inspectors 批评教育 and 扣减绩效."),
    F("no-accountability", 6, "A “资料费” no rule allows: in 三、4． — the then deputy head gets a 党内警告处分 from the 乡纪委."),
    F("no-accountability", 7, "Lease renewed four times with nobody deciding: in 三、5． — 提醒谈话 for the clerk who renewed it."),
    F("no-accountability", 1, "Shallow study: an ordinary failing, nobody to sanction."),
    F("no-accountability", 2, "Perfunctory fire checks: an ordinary failing answered with repairs and a revised checklist."),
    F("no-accountability", 8, "Incomplete registers: an ordinary failing."),
    F("no-accountability", 9, "Missing internal rules: an ordinary failing answered with rules."),
    F("no-mechanism", 3, "《护林员巡护考核和补助发放办法》 issued (named in 四、, away from the item)."),
    F("no-mechanism", 4, "《苗木出入库管理办法》 issued, plus three-person signature on every issue."),
    F("no-mechanism", 5, "《林木采伐现场查验工作规范》 issued."),
    F("no-mechanism", 6, "《便民服务事项不收费告知制度》 issued."),
    F("no-mechanism", 7, "《闲置资产出租管理规定》 issued: leases only after the 支委会 and the 乡党委, by open letting."),
    F("no-mechanism", 2, "修订《森林防火检查工作规程》 and a new checklist."),
    F("no-mechanism", 9, "《公务接待管理规定》《物资和车辆使用管理办法》 issued."),
    F("no-deadline", 1, "“2025年5月31日前制定计划，此后长期坚持” — a date plus a standing task."),
    F("no-deadline", 2, "“2025年10月31日前（秋冬防火期开始前）”."),
    F("no-owner", 8, "责任领导 副站长殳青禾, 责任人 资源管护员车思远."),
], links=[
    L("制定2025年支部学习计划", 1), L("修复损坏的宣传牌3块", 2), L("修订防火检查表", 2),
    L("3人2024年领取的补助2.16万元已全部追回", 3), L("对负责巡护轨迹核对的护林员管理员庹小禾进行诫勉谈话", 3),
    L("印发《护林员巡护考核和补助发放办法》", 3),
    L("对2021年以来苗木出入库逐笔清查", 4), L("原保管员郗晓棠除赔偿外，在支部党员大会上作书面检查", 4), L("《苗木出入库管理办法》", 4),
    L("对9份补写记录对应的采伐地块全部重新组织现场查验", 5), L("对2名查验人员进行批评教育", 5), L("《林木采伐现场查验工作规范》", 5),
    L("按收费登记本逐户退还0.85万元", 6), L("给予时任副站长党内警告处分", 6), L("《便民服务事项不收费告知制度》", 6),
    L("原合同今年到期后不再续签", 7), L("对续签合同的经办人进行提醒谈话", 7), L("《闲置资产出租管理规定》", 7),
    L("补录古树名木2023年以来的巡查记录", 8),
    L("制定公务接待和物资、车辆使用管理制度", 9), L("《公务接待管理规定》《物资和车辆使用管理办法》", 9),
    L("制定支部年度组织生活计划", 10)])

# p02 葶川县柘口镇道路交通安全管理站党支部 (县委巡察, 乡镇站所专项): HTML news page on the 纪委监委 site, problems inline
# 一是…十一是 in one paragraph; 一要…三要 and the 站长's 表态 一是…三是 are not problems. Report: public HTML 整改进展情况的通报
# with an 索引号 table; “N．…的问题。” + “整改情况：… （责任领导；完成时限）”; sanctions inside the items.
G["p02"] = dict(mode="pair", issues=11, unanswered=[], must_flag=[
    F("no-accountability", 6, "Manning records written for market days when nobody was at the post: the item changes the clock-in and issues a rule, and the only thing said of people is a 警示教育会 with a film for everyone — nobody is held to account, though the requirements asked 对相关责任人员依规依纪严肃处理."),
    F("no-accountability", 9, "Patrol car rented from the head's friend and renewed without 比价 or a meeting: the renewal is ended and a rental rule issued, but nobody is held to account for renewing it."),
    F("no-mechanism", 4, "The “学习费” is stopped and refunded and the deputy loses bonus, but the only lasting answer is “下一步将健全相关机制，杜绝类似问题再次发生” — a slogan, no rule or procedure, while #2, #3, #6, #9 each get a named rule."),
    F("vague-measure", 11, "（11） is slogans only (进一步提高思想认识…持续加大宣传力度，创新宣传方式方法…营造…氛围): nothing on the 5 villages with no activity, no number, a time limit of 长期坚持."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、站长冼立夫 heads the 领导小组 as 第一责任人, 4 支委会, 镇党委副书记 supervising."),
    F("late-report", None, "Feedback 2025-03-12, 通报 2025-06-05: 85 days."),
    F("no-disclosure", None, "A public 通报 on the township site (公开方式：主动公开) with a comment period, phone and address."),
    F("inconsistent-claim", None, "9 done + #5, #8 ongoing = 11; 2.66万 = 1.92 + 0.74; 2 people dealt with (#2, #4) + 1 clue handed over (#3); 6 rules named."),
    F("no-accountability", 2, "Allowance to absent wardens: in the item, the staff member keeping attendance 批评教育."),
    F("no-accountability", 3, "127 helmets missing: “有关问题线索已移交镇纪委调查处理” — handed to the discipline body."),
    F("no-accountability", 4, "The “学习费”: in the item, the deputy who organised it 扣减2025年一季度绩效奖励."),
    F("no-accountability", 1, "Late relay of instructions: an ordinary failing."),
    F("no-accountability", 5, "Incomplete hazard register: an ordinary failing."),
    F("no-accountability", 10, "No duty rota: an ordinary failing answered with a rule."),
    F("no-mechanism", 2, "《交通安全劝导员管理考核办法》."),
    F("no-mechanism", 3, "《安全防护用品发放管理制度》."),
    F("no-mechanism", 6, "《劝导站值守管理规定》 and monthly comparison with the video (the gap there is accountability)."),
    F("no-mechanism", 9, "《公务用车租赁管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 1, "《上级工作部署传达落实制度》."),
    F("no-mechanism", 10, "《执勤排班制度》."),
    F("vague-measure", 4, "Concrete acts (停止, 退还, 收缴销毁, 扣减绩效); only the rule sentence is a slogan, which is the no-mechanism gap."),
    F("no-deadline", 7, "“2025年4月10日，此后长期坚持”."),
    F("no-owner", 11, "责任领导：冼立夫 (the gap there is the slogan text)."),
], links=[
    L("制定《上级工作部署传达落实制度》", 1),
    L("4名长期在外人员2024年领取的补贴1.92万元已全部追回", 2), L("对负责劝导员考勤的站内工作人员进行批评教育", 2),
    L("印发《交通安全劝导员管理考核办法》", 2),
    L("差额127顶有关问题线索已移交镇纪委调查处理", 3), L("印发《安全防护用品发放管理制度》", 3),
    L("2024年收取的0.74万元已通过各村委会逐人退还", 4), L("对组织收费的副站长扣减2025年一季度绩效奖励", 4),
    L("对全镇37处临水临崖路段逐处实地排查", 5),
    L("值守改为人脸识别打卡", 6), L("印发《劝导站值守管理规定》", 6),
    L("制定2025年党支部“三会一课”计划", 7), L("对劝导站周边路段增加流动劝导", 8),
    L("与原出租方的续签合同已于4月1日终止", 9), L("印发《公务用车租赁管理办法》", 9),
    L("印发《执勤排班制度》", 10), L("持续加大宣传力度", 11)])

# p03 蘘溪县石坂乡应急管理服务站党支部 (县委巡察): 组长's 反馈会 speech (CRLF), three paragraphs （一）（二）（三） each with
# inline 一是… RESTARTING (3 + 4 + 3 = 10); the 原因 sentence and 一要…三要 are not problems. Report (GB18030): the secretary's
# FIRST-PERSON report under his own headings, problems regrouped in pairs; sanctions in his own words; dated 120 days later.
G["p03"] = dict(mode="pair", issues=10, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2024-10-15 with a 三个月内 limit (2025-01-15); the report is dated 2025-02-12: 120 days."),
    F("no-accountability", 4, "Flood stock 3200 bags and 38 life jackets short with no issue records: the report restocks and explains the gap as unrecorded emergency use, but holds nobody — not the keeper, not the head — though the speech said 该问责的人员要问责."),
    F("no-accountability", 7, "Duty allowance paid to 3 people who were not on the rota: the 0.72万 comes back and a rule is made, but nobody who approved or took it is held to account."),
    F("no-mechanism", 4, "“物资管理办法我们将在今年汛期前研究制定” — only promised; the stock problem has no rule yet, while #3, #5, #6, #7 each have one issued."),
    F("no-deadline", 2, "The unfilled 排查表 are “正在逐项补填，争取尽快完成”; the patrols are “列入每月工作计划”: no completion date, while every other item has one or is done."),
], must_not_flag=[
    F("weak-leadership", None, "First person throughout: 整改第一责任人, heads the 领导小组, 5 推进会, 6 site visits, 当面督办."),
    F("no-disclosure", None, "“整改情况已在石坂乡政务公开栏张贴公示”."),
    F("inconsistent-claim", None, "No all-done claim; 46 = 31 + 15 open; 1800 + 3200 = 5000 bags; 22 + 38 = 60 jackets."),
    F("no-accountability", 3, "The pit left until a villager was hurt: “对负责该片区巡查的工作人员庞小军，我代表支部找他谈了话，并按考核办法扣减了他2024年度绩效奖励”."),
    F("no-accountability", 5, "Drills reported but never held: “我让具体负责演练的同志写了书面检查”."),
    F("no-accountability", 6, "Repair job given to the head's classmate: the head himself “在乡党委会上作了检讨，乡党委对我进行了诫勉谈话”."),
    F("no-accountability", 1, "Shallow study: an ordinary failing."),
    F("no-accountability", 8, "No written duty rules: an ordinary failing answered with a rule."),
    F("no-accountability", 9, "Registers out of date: an ordinary failing."),
    F("no-mechanism", 3, "《隐患排查治理闭环销号制度》."),
    F("no-mechanism", 5, "《应急演练组织管理规定》."),
    F("no-mechanism", 6, "《小额工程维修比价办法》."),
    F("no-mechanism", 7, "《汛期值班管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 8, "《应急值守和信息报送制度》."),
    F("no-mechanism", 1, "A study plan with set speakers is the fix; no rule is needed for shallow study."),
    F("no-owner", 4, "“我本人牵头物资、补助和工程方面的问题” — the writer, the secretary."),
    F("unanswered-issue", 10, "Answered under the report's own （四）关于学习和组织生活的问题."),
    F("unanswered-issue", 2, "Answered in the second paragraph of （一）, after the pit."),
], links=[
    L("制定了2025年支部学习计划", 1), L("已把9家小作坊和2处地灾点的巡查列入每月工作计划", 2),
    L("已对塌陷坑进行了回填", 3), L("制定了《隐患排查治理闭环销号制度》", 3), L("扣减了他2024年度绩效奖励", 3),
    L("目前已按县里的标准补齐编织袋3200条、救生衣38件", 4),
    L("两次没有组织的演练，我们已在11月、12月分两次补做", 5), L("我让具体负责演练的同志写了书面检查", 5),
    L("支部印发了《应急演练组织管理规定》", 5),
    L("核减工程款0.46万元", 6), L("乡党委对我进行了诫勉谈话", 6), L("制定了《小额工程维修比价办法》", 6),
    L("3名没有值班的人员多领的补助0.72万元已全部退回", 7), L("制定了《汛期值班管理办法》", 7),
    L("支部印发了《应急值守和信息报送制度》", 8), L("5个村的变动人员已更新", 9),
    L("组织生活会前，我和支委分别与每名党员谈心谈话", 10)])

# p04 蔊山县枫渡镇规划建设管理所党支部 (县住建局党组 round): DOCX 反馈意见 with bold areas 一、二、三、 and RESTARTING 1．
# (3 + 4 + 4 = 11); bold 四、整改要求 not problems. Report: DOCX prose without any sanction and a closing Word-table 台账 whose
# columns 追责问责情况 and 长效机制 are the only places sanctions and rules are given per problem.
G["p04"] = dict(mode="pair", issues=11, unanswered=[], must_flag=[
    F("no-accountability", 4, "Drain repair (9.6万) given to the head's friend's crew without 比选 or audit: 1.12万 is cut and a 比选 rule issued, but the table's 追责问责情况 cell is “—” and no text holds anyone, though 整改要求（二） asked to 严肃追究 for work given to acquaintances."),
    F("no-mechanism", 5, "Visit records signed afterwards: the 23 houses are re-visited and the records re-written, and the 长效机制 cell says only “健全相关机制” — nothing stops the next back-dated record."),
    F("copied-measure", 2, "The answer to 农房建设监管不到位 turns the problem back into a promise (切实加强对…加层和乱搭乱建的巡查，对已下发整改通知的跟踪到位，对未拆除、未补办手续的依法依规处置，确保…监管到位): no count, no case, no date of its own besides the table's."),
    F("no-owner", 11, "Row 11 names “支部” as both 责任领导 and 责任人 and the prose says “支部将…”; every other row names a person."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、所长祁望舒 heads the 领导小组 as 第一责任人, 5 支委会, 3 household checks."),
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-12: 84 days."),
    F("no-disclosure", None, "枫渡镇人民政府网站 “党务公开” with a 监督电话."),
    F("inconsistent-claim", None, "9 done + #2, #8 ongoing, the table's dates agree; 2.94万 = 98 × 300 元."),
    F("no-accountability", 3, "Only in the table column: 所长 书面检查, 收费经办人 批评教育."),
    F("no-accountability", 5, "Only in the table column: the signer 调整岗位，不再从事农房巡查."),
    F("no-accountability", 6, "Only in the table column: 负责资格审核的工作人员 诫勉谈话."),
    F("no-accountability", 7, "Only in the table column: 续签经办人 扣减2024年度绩效奖励."),
    F("no-accountability", 1, "Shallow study: “不涉及”."),
    F("no-accountability", 2, "Lax control of house building: an ordinary failing."),
    F("no-accountability", 8, "Incomplete files: an ordinary failing."),
    F("no-accountability", 9, "No internal procedure: an ordinary failing answered with a rule."),
    F("no-mechanism", 3, "《建房审批事项不收费公示制度》 (table column)."),
    F("no-mechanism", 4, "《集镇小型工程比选办法》 (the gap there is accountability)."),
    F("no-mechanism", 6, "《农房抗震改造补助审核办法》."),
    F("no-mechanism", 7, "《集镇公共服务外包管理办法》."),
    F("no-mechanism", 8, "“建立审批档案季度核对制度”."),
    F("no-mechanism", 9, "《农民建房审批内部流转规定》."),
    F("no-owner", 2, "Row 2: 钱晚照 / 巡查员寇一鸣 (the gap there is the copied text)."),
    F("copied-measure", 3, "关于…“规划服务费”的问题 restates the problem as a heading, then acts: stopped, 98 households refunded, a window notice."),
    F("no-deadline", 8, "Row 8: 2025年9月30日."),
], links=[
    L("每月结合农村自建房安全管理等工作开展一次专题学习", 1), L("切实加强对全镇新增房屋加层和乱搭乱建的巡查", 2),
    L("2023年以来收取的2.94万元已按缴费名单逐户退还98户", 3), L("所长祁望舒在所务会上作书面检查；收费经办人批评教育", 3),
    L("印发《建房审批事项不收费公示制度》", 3),
    L("核减工程款1.12万元", 4), L("印发《集镇小型工程比选办法》", 4),
    L("对23户补签记录涉及的农房逐户重新到场核查", 5), L("补签人员调整岗位，不再从事农房巡查", 5),
    L("2户多领的补助3万元已全部追回", 6), L("负责资格审核的工作人员诫勉谈话", 6), L("印发《农房抗震改造补助审核办法》", 6),
    L("原合同于2025年6月30日到期后不再续签", 7), L("续签经办人扣减2024年度绩效奖励", 7), L("印发《集镇公共服务外包管理办法》", 7),
    L("对41户缺件档案逐户补齐四邻意见和现场照片", 8),
    L("制定建房审批内部流转规定", 9), L("印发《农民建房审批内部流转规定》", 9),
    L("制定支部“三会一课”年度计划", 10), L("支部将加强对流动党员的联系和管理", 11)])

# p05 蓰台县病媒生物防制站党支部 (县卫健局党委 round): 问题清单 (UTF-16 LE) 问题1：…问题10： heading + 具体表现：; 整改要求
# 1．–3． not problems. Report: short covering text + ｜-row 整改台账 (9 fields) whose 问责处理 and 长效机制 fields carry the
# sanctions and rules.
G["p05"] = dict(mode="pair", issues=10, unanswered=[], must_flag=[
    F("no-accountability", 3, "2.4 t of rat bait gone with no issue record: the row only writes the stock down (“按程序核减库存账面”) and fits cameras, and its 问责处理 field is “—”, though 整改要求2 named 问题3 for 处理."),
    F("no-mechanism", 5, "The “评估费”: stopped and refunded, the head writes a 书面检查, but the 长效机制 field is “健全相关机制，严防类似问题发生” — a slogan, while the other misconduct rows each name a rule."),
    F("vague-measure", 7, "Row 7 is slogans only (进一步加强…监督管理，切实提升服务水平，不断提高…满意度): no 效果评估, nothing on the 5 complaints."),
    F("no-disclosure", None, "Nothing is published or to be published, though 整改要求3 said 整改结果按规定在一定范围内公开; “公开比选” in row 4 is procurement."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、站长桓思齐 heads the 领导小组 as 第一责任人, approved every measure, 亲自督办 #3 and #4; 6 meetings."),
    F("late-report", None, "Feedback 2025-02-18, report 2025-05-14: 85 days (the feedback's own deadline was 2025-05-18)."),
    F("inconsistent-claim", None, "8 done + #6, #7 ongoing, matching the 整改进展 field; 1.68万 = 0.96 + 0.72; 6 rules (5 印发 + a monthly stock-take)."),
    F("no-accountability", 2, "问责处理: 诫勉谈话1人（消杀队队长），批评教育2人."),
    F("no-accountability", 4, "问责处理: 线索移交局纪检组, the deputy's portfolio changed."),
    F("no-accountability", 5, "问责处理: 站长桓思齐作书面检查."),
    F("no-accountability", 8, "问责处理: 审核发放人员扣减一季度绩效."),
    F("no-accountability", 1, "“不涉及”: shallow study."),
    F("no-accountability", 6, "“不涉及”: an incomplete register."),
    F("no-accountability", 9, "“不涉及”: a missing rule, now made."),
    F("no-accountability", 10, "“不涉及”: irregular party meetings."),
    F("no-mechanism", 2, "《消杀作业记录管理规定》 and the monthly comparison."),
    F("no-mechanism", 3, "《灭鼠药品库房管理制度》 (the gap there is accountability)."),
    F("no-mechanism", 4, "《有偿服务项目管理办法》."),
    F("no-mechanism", 8, "《夜间作业补助发放细则》."),
    F("no-mechanism", 6, "“建立药械每月盘点制度” and an electronic register."),
    F("no-mechanism", 9, "《药品采购验收管理制度》."),
    F("no-deadline", 1, "“2025年3月31日，长期坚持”."),
    F("no-owner", 7, "责任领导 副站长仇晓川, 责任人 评估组组长隗一帆 (the gap there is the slogan text)."),
], links=[
    L("制定2025年支部学习计划，每次集中学习安排2名党员", 1),
    L("对12次无出库记录的作业逐次核实", 2), L("诫勉谈话1人（消杀队队长），批评教育2人", 2), L("印发《消杀作业记录管理规定》", 2),
    L("2.4吨差额已按程序核减库存账面", 3), L("印发《灭鼠药品库房管理制度》", 3),
    L("终止与该公司的全部业务往来", 4), L("相关问题线索已移交局纪检组，副站长已调整分管工作", 4), L("印发《有偿服务项目管理办法》", 4),
    L("0.96万元已逐户退还48家餐饮单位", 5), L("站长桓思齐作书面检查", 5),
    L("建立药械出入库电子台账", 6), L("进一步加强对有偿服务质量的监督管理", 7),
    L("4名后勤人员多领的补助0.72万元已全部追回", 8), L("负责审核发放的工作人员扣减一季度绩效", 8), L("印发《夜间作业补助发放细则》", 8),
    L("印发《药品采购验收管理制度》", 9), L("制定主题党日年度计划", 10)])

# p06 藨岭县桐坪镇社会事务办公室党支部 (县委巡察, 延伸巡察 during the 镇党委 round): 反馈意见 （一）–（十） heading。detail
# (GB18030, CRLF); 一要…三要 not problems. Report: 问题N：restated heading / 整改情况：measures + (责任领导；完成时限); the
# sanctions for #2, #4, #6 are given in ONE closing sentence by number, #3's inside its item.
G["p06"] = dict(mode="pair", issues=10, unanswered=[], must_flag=[
    F("no-accountability", 8, "The old-people's-home canteen contract renewed five years with no tender and no meeting: ended and re-tendered with a rule, but nobody is held to account, and the closing sentence names only 第2个、第4个、第6个问题."),
    F("no-mechanism", 4, "Relief given first to staff's relatives and neighbours: the money is recovered, and the only lasting answer is “我们将研究制定回避和备案制度” — promised, not made."),
    F("copied-measure", 7, "问题7's 整改情况 turns the problem back into a promise (加强对村级民政协理员的监管，督促其认真履职…及时发现、及时核实、及时纠正): no village, no check, no figure."),
    F("inconsistent-claim", None, "“反馈的10个问题已全部整改完成，整改措施全部落实到位”, while 问题2 says 2户0.91万元 “正在追缴” and 问题5 says 15 assessments “正在补做”."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、办主任柴雨萌 heads the 领导小组 as 第一责任人, 直接部署、直接督办; 4 支委会."),
    F("late-report", None, "Feedback 2024-11-26, report 2025-02-20: 86 days."),
    F("no-disclosure", None, "三、三是: 镇政府网站 and the 村务公开栏."),
    F("no-accountability", 2, "Closing sentence: 第2个、第4个、第6个问题涉及的5名工作人员 — 诫勉谈话1人、批评教育3人、书面检查1人."),
    F("no-accountability", 4, "The same closing sentence."),
    F("no-accountability", 6, "The same closing sentence."),
    F("no-accountability", 3, "In the item: “对未及时停发津贴的经办人进行了批评教育”."),
    F("no-accountability", 1, "Shallow study: an ordinary failing."),
    F("no-accountability", 5, "Incomplete files: an ordinary failing."),
    F("no-accountability", 9, "No collective-decision rule: an ordinary failing answered with a rule."),
    F("no-mechanism", 2, "《最低生活保障家庭经济状况动态核查办法》."),
    F("no-mechanism", 3, "《高龄津贴动态管理办法》 and a monthly check against burial records."),
    F("no-mechanism", 6, "《入户核查工作规范》."),
    F("no-mechanism", 8, "《镇敬老院食堂承包管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 9, "《社会救助事项集体研究制度》."),
    F("no-mechanism", 1, "“建立每月民生政策学习制度”."),
    F("copied-measure", 2, "The 问题2 label restates the feedback's heading, then concrete acts follow (停保, 追回, a named rule)."),
    F("repeated-measure", 2, "One closing sanction sentence covers three named problems: a shared sanction, not a pasted measure."),
    F("repeated-measure", 4, "The same shared sentence."),
    F("no-deadline", 2, "2025年3月31日."),
], links=[
    L("对县里调整后的低保认定办法组织专题学习2次", 1),
    L("7户已全部停保", 2), L("印发《最低生活保障家庭经济状况动态核查办法》", 2),
    L("对反馈问题中第2个、第4个、第6个问题涉及的5名工作人员", 2),
    L("多发的0.69万元已由家属全部退回", 3), L("对未及时停发津贴的经办人进行了批评教育", 3), L("印发《高龄津贴动态管理办法》", 3),
    L("3户票据与就诊情况不一致的救助金1.2万元已全部追回", 4), L("对反馈问题中第2个、第4个、第6个问题涉及的5名工作人员", 4),
    L("对42名特困供养人员档案逐人清理", 5),
    L("对34户重新入户核查", 6), L("印发《入户核查工作规范》", 6), L("对反馈问题中第2个、第4个、第6个问题涉及的5名工作人员", 6),
    L("加强对村级民政协理员的监管", 7),
    L("食堂经镇党委会研究后重新公开招标", 8), L("印发《镇敬老院食堂承包管理办法》", 8),
    L("印发《社会救助事项集体研究制度》", 9), L("编印《社会救助办事一次告知单》", 10)])

# p07 蒟山县畜禽粪污资源化利用服务中心党支部 (县农业农村局党组 round): 组长's speech, problems 第一，…第十一，; the 原因
# sentence and 一要…三要 not problems. Report (UTF-16 LE): own area headings 一、二、三、在…方面 with 一是… + (牵头；时限), then
# 四、追责问责情况 and 五、建章立制情况 by problem number (第三个…).
G["p07"] = dict(mode="pair", issues=11, unanswered=[11], must_flag=[
    F("weak-leadership", None, "No 领导小组 and no 第一责任人, though the speech's 一要 asked for both: “中心召开全体职工会议…按照职责把问题分到各科室落实整改，办公室负责收集整改材料”; no secretary appears anywhere."),
    F("unanswered-issue", 11, "第十一 (no 支委会 for 5 months, 主题党日 replaced by videos, no mutual criticism): nothing in the report answers it."),
    F("no-accountability", 4, "1.9 t of starter culture with no issue record: the stock is written down and double locks fitted, and 四、 names the third, fifth, sixth and ninth problems but not this one, though the speech said 人要处理."),
    F("no-mechanism", 6, "Haulage given to the head's cousin without 比选 or contract: 五、 says only “将制定《社会化服务采购管理办法》” — promised; the service was re-let this once."),
    F("no-deadline", 10, "三、二是 (third-party collection points) has “（牵头：副主任段怀安）” with no 时限, while every other bracket has one."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-06-10, report 2025-09-02: 84 days."),
    F("no-disclosure", None, "“整改情况在蒟山县农业农村局门户网站公开”; the 公示 before subsidy payment in 二、六是 is a procedure."),
    F("inconsistent-claim", None, "No totals claimed; 5 unfinished = 2 in construction + 3 now started."),
    F("no-accountability", 3, "In 四、: 项目科科长 诫勉谈话."),
    F("no-accountability", 5, "In 四、: 2 signers 批评教育 and 书面检查."),
    F("no-accountability", 6, "In 四、: 局党组 “对原中心主任调整岗位，不再担任中心主任职务” (the gap there is the rule)."),
    F("no-accountability", 9, "In 四、: 示范点负责人 扣减2024年度绩效奖励 and a 检讨."),
    F("no-accountability", 1, "Shallow study: an ordinary failing."),
    F("no-accountability", 2, "Project delay: an ordinary failing."),
    F("no-accountability", 8, "No review rule: an ordinary failing answered with a rule."),
    F("no-mechanism", 3, "《粪污处理设施补贴申报复核办法》 (in 五、)."),
    F("no-mechanism", 4, "《物资出入库管理制度》 (the gap there is accountability)."),
    F("no-mechanism", 5, "《设施建设验收工作规程》."),
    F("no-mechanism", 9, "《示范点安全巡查制度》."),
    F("no-mechanism", 8, "The same 《粪污处理设施补贴申报复核办法》, named for 第三个、第八个问题."),
    F("no-mechanism", 2, "A delayed project needs a schedule, not a rule: the 倒排工期 is the answer."),
    F("unanswered-issue", 8, "Answered by 二、六是 and the rule in 五、."),
    F("no-owner", 1, "“牵头：办公室” — a department is an owner."),
], links=[
    L("组织干部职工集中学习农业绿色发展和畜禽粪污资源化利用方面的文件3次", 1), L("对整县推进项目逐个倒排工期", 2),
    L("3家已关停养殖场领取的补贴12万元已全部追回", 3), L("对负责补贴审核的项目科科长进行诫勉谈话", 3),
    L("印发《粪污处理设施补贴申报复核办法》", 3),
    L("差额1.9吨已按程序核减账面库存", 4), L("印发《物资出入库管理制度》", 4),
    L("对2个验收时未建成的设施重新组织验收", 5), L("责令作出书面检查", 5), L("印发《设施建设验收工作规程》", 5),
    L("自2025年7月1日起停止由原运输队承担收运服务", 6), L("局党组已对原中心主任调整岗位", 6),
    L("建立项目档案总台账", 7),
    L("补贴申报改为乡镇初审、中心到场复核、公示后兑付的办法", 8), L("印发《粪污处理设施补贴申报复核办法》", 8),
    L("示范点沼液储存池四周已加装护栏和警示标志", 9), L("对示范点负责人扣减2024年度绩效奖励", 9), L("印发《示范点安全巡查制度》", 9),
    L("加强对第三方运维公司的日常监管", 10)])

# p08 蕹川县槐埠镇广播电视服务站党支部 (县委巡察): HTML news page (GB18030), each problem its own paragraph 一是…九是; the
# requirements 一要…三要 and the 表态 are not problems. Report (UTF-8, CRLF): by number “（N）针对反馈的第N个问题” with a
# boilerplate paragraph pasted under （一） and （八）; nothing published.
G["p08"] = dict(mode="pair", issues=9, unanswered=[], must_flag=[
    F("repeated-measure", 1, "（一）'s whole answer is a boilerplate paragraph (组织全站党员干部深入学习上级有关文件精神…转化为推动全镇广播电视和应急广播工作高质量发展的实际成效) pasted again under （八）."),
    F("repeated-measure", 8, "（八） (no dispatch rule for repairs) repeats （一）'s study paragraph word for word after its first clause."),
    F("no-mechanism", 8, "The feedback says there is no 派单、限时和回访 rule; the answer is the pasted study paragraph, so no rule is made, while #2, #3, #5, #6, #9 each get one."),
    F("no-disclosure", None, "Nothing published or to be published, though the requirements said 整改情况要按规定公开; the “免费安装” notice in the service hall is about fees."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、站长廖平川 heads the 领导小组 as 第一责任人, 亲自督办; 5 支委会."),
    F("late-report", None, "Feedback 2025-01-07, report 2025-04-01: 84 days."),
    F("inconsistent-claim", None, "“9个问题均已完成整改” by 3月28日 and every time limit is on or before 3月25日; 170 × 80 元 = 1.36万."),
    F("no-accountability", 2, "In the item: the keeper 调整岗位 and the case 移交镇纪委核查."),
    F("no-accountability", 3, "In the item: 2 installers 批评教育 and 扣减当月绩效."),
    F("no-accountability", 5, "In the item: 2 inspectors 书面检查."),
    F("no-accountability", 6, "In the item: the head's 检讨 and the 镇党委's 诫勉谈话."),
    F("no-accountability", 9, "In the item: the clerk who renewed the lease 批评教育."),
    F("no-accountability", 1, "Shallow study: an ordinary failing."),
    F("no-accountability", 4, "Slow repairs: an ordinary failing."),
    F("no-accountability", 7, "Incomplete asset register: an ordinary failing."),
    F("no-accountability", 8, "No dispatch rule: an ordinary failing (the gap there is the rule)."),
    F("no-mechanism", 2, "《广电设备出入库管理办法》."),
    F("no-mechanism", 3, "《便民服务事项不收费承诺制度》."),
    F("no-mechanism", 5, "《应急广播终端巡检规程》."),
    F("no-mechanism", 6, "《维修项目比价管理规定》."),
    F("no-mechanism", 9, "《站属资产出租管理办法》."),
    F("no-mechanism", 7, "“建立资产每半年盘点制度”."),
    F("unanswered-issue", 1, "Answered, if only by the pasted paragraph."),
    F("unanswered-issue", 8, "Answered, if only by the pasted paragraph."),
    F("no-owner", 8, "责任领导 廖平川, 责任人 副站长雷思远."),
], links=[
    L("针对学习贯彻不深入的问题", 1),
    L("对2023年以来机顶盒的接收、发放、库存逐台清点", 2), L("原保管员已调整岗位", 2), L("印发《广电设备出入库管理办法》", 2),
    L("170户1.36万元已全部退还到户", 3), L("对上门收费的2名安装人员批评教育", 3), L("印发《便民服务事项不收费承诺制度》", 3),
    L("调整维护人员分片包村", 4),
    L("对31个离线终端逐个到场检修", 5), L("2名巡检人员已作出书面检查", 5), L("印发《应急广播终端巡检规程》", 5),
    L("核减0.82万元", 6), L("镇党委对其进行了诫勉谈话", 6), L("印发《维修项目比价管理规定》", 6),
    L("统一建立资产台账", 7), L("针对维修派单制度缺失的问题", 8),
    L("临街门面原合同到期后不再续签", 9), L("对续签合同的经办会计进行批评教育", 9), L("印发《站属资产出租管理办法》", 9)])

# p09 薸阳县道路交通事故社会救助基金管理中心党支部 (县财政局党组 round): DOCX 反馈意见 whose problems are the 10 rows of a Word
# table (序号｜问题类别｜问题表现); 二、整改要求 not problems. Report: 整改进展情况的通报 with （N） + 反馈问题：/整改进展：/责任人：/
# 完成时限：, then 三、执纪问责情况 by name and 四、建章立制情况 by number. GOOD REPORT.
G["p09"] = dict(mode="pair", issues=10, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任羿晓彤 heads the 领导小组 as 第一责任人, 直接部署、直接过问、直接督办; 5 支委会."),
    F("late-report", None, "Feedback 2025-07-15, 通报 2025-10-09: 86 days."),
    F("no-disclosure", None, "A 通报 inviting comments by 2025-10-20 with phone and address."),
    F("inconsistent-claim", None, "8 done + #4, #10 ongoing = 10; 9.91万 = 9.6 + 0.31 (the 12.6万 moved separately); 6 people; 6 rules."),
    F("no-accountability", 2, "三、: 初审人员毕晓雨 诫勉谈话."),
    F("no-accountability", 3, "三、: 会计邴一凡 批评教育 and 扣减绩效."),
    F("no-accountability", 5, "三、: 2 核查人员 书面检查."),
    F("no-accountability", 7, "三、: 局党组 诫勉谈话 for the head, who signs the report."),
    F("no-accountability", 9, "三、: the window clerk 批评教育."),
    F("no-accountability", 1, "Shallow study: an ordinary failing."),
    F("no-accountability", 4, "Slow recovery: an ordinary failing."),
    F("no-accountability", 8, "No collective approval: an ordinary failing answered with a rule."),
    F("no-accountability", 10, "Too little publicity: an ordinary failing."),
    F("no-mechanism", 2, "《救助基金垫付审核办法》."),
    F("no-mechanism", 3, "《救助基金追偿款管理规定》."),
    F("no-mechanism", 5, "《垫付申请核查工作规范》."),
    F("no-mechanism", 7, "《法律服务机构选聘和考核办法》."),
    F("no-mechanism", 9, "《垫付申请受理服务规范》."),
    F("no-mechanism", 4, "《追偿案件季度清理制度》."),
    F("no-mechanism", 8, "《救助基金垫付审核办法》 and 主任办公会 for every advance over 5万."),
    F("no-owner", 10, "责任人：伏嘉禾 (a 责任人 line, no 责任领导 line: still a named owner)."),
    F("no-deadline", 10, "2025年12月31日 for an ongoing item."),
    F("no-deadline", 1, "“2025年8月31日，此后长期坚持”."),
], links=[
    L("制定2025年下半年学习计划", 1),
    L("4起案件垫付的丧葬费9.6万元已通过保险公司和受害人家属全部追回", 2),
    L("对负责垫付初审的工作人员毕晓雨进行诫勉谈话", 2), L("《救助基金垫付审核办法》", 2),
    L("挂账的12.6万元已于7月21日全部转入基金专户", 3), L("对中心会计邴一凡进行批评教育", 3), L("《救助基金追偿款管理规定》", 3),
    L("对61起垫付案件逐件建立追偿档案", 4), L("《追偿案件季度清理制度》", 4),
    L("对11件电话核实的案件逐件到医院和交警部门补充核实", 5), L("对2名核查人员责令作出书面检查", 5),
    L("《垫付申请核查工作规范》", 5),
    L("重新建立垫付案件台账", 6),
    L("通过比选重新选聘法律顾问", 7), L("局党组对中心主任羿晓彤进行诫勉谈话", 7), L("《法律服务机构选聘和考核办法》", 7),
    L("5万元以上垫付一律经中心主任办公会集体研究", 8), L("《救助基金垫付审核办法》", 8),
    L("2024年以来收取的0.31万元已逐人退还", 9), L("对收取“材料费”的窗口工作人员进行批评教育", 9),
    L("《垫付申请受理服务规范》", 9),
    L("放置救助基金申请告知单", 10)])

# p10 芑城县蓬溪镇生态环境保护站党支部 (县委巡察): news item (UTF-8) with all problems in one “主要有：…；…等问题” sentence
# (9); the 组长's requirements and the 表态 are not problems. Report (GB18030, CRLF): （N）关于…的问题 + 一是… + (责任人；完成时限),
# running （一）–（八） because #5 is skipped; dated 112 days after the feedback.
G["p10"] = dict(mode="pair", issues=9, unanswered=[5], must_flag=[
    F("late-report", None, "Feedback 2024-12-17 with a 三个月内 limit (2025-03-17); the report is dated 2025-04-08: 112 days."),
    F("inconsistent-claim", None, "“反馈的9个问题已全部整改到位，整改任务已全部完成”, while （二） says 3.1万元 “正在按程序拨付” and （七） says the 2 detectors “正在查找”."),
    F("unanswered-issue", 5, "The 3 banned workshops back in production (散乱污 监管不到位): no item, no measure; the report's （五） answers the river-cleaning problem."),
    F("no-accountability", 6, "River cleaning (6.8万) given to the head's neighbour without 比选: the contract is ended and a 比选 rule issued, but nobody is held to account, though the 组长 said 该问责的问责."),
    F("no-mechanism", 3, "Inspection records written for closed plants: re-inspection and bonus cuts, and the lasting answer is “健全完善企业巡查长效机制，切实提高巡查质量” — a slogan."),
    F("no-owner", 7, "（六） (信访台账) names “责任人：站里”; every other item names a person."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、站长司徒岚 heads the 领导小组 as 第一责任人, 亲自部署、亲自推进; the 镇党委副书记 supervised twice."),
    F("no-disclosure", None, "“整改情况已在蓬溪镇政务公开栏公示” (“公开比选” in （五） is procurement)."),
    F("no-accountability", 2, "In the item: 站会计 批评教育."),
    F("no-accountability", 3, "In the item: 2 inspectors 各扣减一季度绩效奖励 (the gap there is the rule)."),
    F("no-accountability", 4, "In the item: 站长 书面检查 at the 镇党委会."),
    F("no-accountability", 8, "In the item: “使用人已作出书面检查”."),
    F("no-accountability", 1, "Shallow study: an ordinary failing."),
    F("no-accountability", 7, "Incomplete complaint register: an ordinary failing."),
    F("no-accountability", 9, "Missing rules: an ordinary failing answered with rules."),
    F("no-mechanism", 2, "《秸秆禁烧奖补资金拨付管理办法》."),
    F("no-mechanism", 4, "《代办服务事项管理规定》."),
    F("no-mechanism", 6, "《小额服务采购比选办法》 (the gap there is accountability)."),
    F("no-mechanism", 8, "《资产管理制度》 with a half-yearly stock-take, issued under the next item （八）."),
    F("no-mechanism", 9, "《资金使用管理办法》《资产管理制度》."),
    F("no-mechanism", 1, "A monthly study plan is the fix; no rule is needed."),
    F("vague-measure", 3, "（三） has re-inspection and bonus cuts; only its third clause is a slogan (the no-mechanism gap)."),
    F("unanswered-issue", 6, "Answered under the report's （五） (positions shift after the skipped problem)."),
    F("unanswered-issue", 7, "Answered under （六）."),
    F("unanswered-issue", 8, "Answered under （七）."),
    F("unanswered-issue", 9, "Answered under （八）."),
], links=[
    L("制定支部2025年学习计划", 1),
    L("已拨付各村4.1万元", 2), L("对负责资金拨付的站会计进行了批评教育", 2), L("印发《秸秆禁烧奖补资金拨付管理办法》", 2),
    L("对辖区14家企业逐家重新开展现场巡查", 3), L("各扣减一季度绩效奖励", 3),
    L("0.95万元已逐户退还19户养殖户", 4), L("站长司徒岚在镇党委会上作了书面检查", 4), L("印发《代办服务事项管理规定》", 4),
    L("原保洁合同已于2025年3月1日提前终止", 6), L("印发《小额服务采购比选办法》", 6),
    L("补录办理结果", 7),
    L("对站里全部资产逐件清点", 8), L("使用人已作出书面检查", 8), L("印发《资金使用管理办法》《资产管理制度》", 8),
    L("印发《资金使用管理办法》《资产管理制度》", 9)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
