"""Write p01..p10/gold.json (dev-pairs gold format) for dev113 (FROZEN HELD-OUT). The gold is hand-judged; this file only
keeps it in one place. Modelled on corpus/dev108/make/gold.py. Debatable points ("may report") are not gold: they are in
each pair's notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 薹川县以工代赈项目服务中心党支部 (县发改局党组 round): formal 反馈意见, areas （一）（二）（三）…方面 with continuous
# 1．–10． heading。detail; 二、整改意见 not problems. Report: 关于“…”的问题 with five field lines; sanctions only in a
# separate 三、追责问责情况 section. GOOD REPORT.
G["p01"] = dict(mode="pair", issues=10, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任宓清和 heads the 领导小组 as 第一责任人, 直接部署、直接过问、直接督办 #3 and #5, 4 site checks, 5 支委会."),
    F("late-report", None, "Feedback 2025-03-12, report 2025-06-05: 85 days."),
    F("no-disclosure", None, "五、: 县发展和改革局门户网站 “信息公开” with a 监督电话."),
    F("inconsistent-claim", None, "10 problems = 8 done + #1 and #2 named as ongoing, and both items carry later dates; 3 new + 2 revised rules, all five named in items."),
    F("no-accountability", 3, "Pay to 11 people who never worked: in 三、 the 项目股股长 谈话提醒 and the 劳务协理员 dismissed — sanctions away from the item."),
    F("no-accountability", 4, "Study trip booked as “项目调研” (“变通”): 三、 书面检查 for the 经办人 and the deputy's 检讨 at the 组织生活会."),
    F("no-accountability", 5, "Lax quantity check, 6.3万 overpaid (dereliction with loss): 三、 扣发绩效 for 2 staff, 股长 loses 评优."),
    F("no-accountability", 6, "违规发放 (usual words): 三、 县纪委监委 诫勉 for the then head, 批评教育 for the clerk."),
    F("no-accountability", 1, "Thin project pipeline: a work failing, nobody did wrong."),
    F("no-accountability", 9, "Files missing photos: a records failing, answered by completing them."),
    F("no-accountability", 10, "Old audit items not finished: a work failing."),
    F("no-deadline", 1, "“2025年9月30日前完成剩余1个项目批复，项目储备长期坚持”."),
    F("no-deadline", 7, "“2025年4月30日，此后长期坚持”."),
    F("no-mechanism", 5, "《工程量现场复核制度》: joint on-site check before any payment."),
    F("no-owner", 3, "责任领导：党支部书记、主任宓清和."),
    F("copied-measure", 9, "The item quotes the problem as its heading, then acts: 86 documents added, an 归档管理办法."),
], links=[
    L("新增入库项目9个", 1), L("与县人社局职业技能培训中心签订合作协议", 2),
    L("11人冒领的2.64万元已全部追回", 3), L("制定《以工代赈劳务报酬发放审核办法》", 3), L("对负责审核的项目股股长进行谈话提醒", 3),
    L("已由参加人员按人分摊全部退回项目管理费专户", 4), L("责令经办人作出书面检查", 4),
    L("多拨付的6.3万元已从施工单位质保金中扣回", 5), L("扣发2024年第四季度绩效", 5),
    L("违规发放的1.2万元已由全体职工全部退回", 6), L("县纪委监委对时任中心主任予以诫勉", 6),
    L("制定2025年“三会一课”和主题党日年度计划", 7), L("支部委员会已于2025年3月专题研究意识形态工作1次", 8),
    L("补齐资料86份", 9), L("设立以工代赈项目资金专账", 10)])

# p02 蓰阳县农村住房安全服务中心党支部 (county round): HTML news page on the 纪委监委 site; problems inline 一是…十是 in one
# paragraph; the 一要…三要 requirements and the 表态 一是…三是 are not problems. Report: public HTML 整改进展情况的通报 with an
# 索引号 table; （N）关于…的问题。+ measures + (责任领导；完成时限) bracket.
G["p02"] = dict(mode="pair", issues=10, unanswered=[], must_flag=[
    F("no-accountability", 3, "Survey work given to a staff member's relative's firm without 比选: the 通报 ends the contract, makes it a yearly 公开比选 and recovers 2.1万, and adds a 廉洁承诺书 and a 警示教育 — but nobody is held to account, though the requirements asked that the people involved be dealt with (对涉及的人和事严肃处理)."),
    F("vague-measure", 7, "（七） is slogans only (进一步提高政治站位…切实增强…严格落实…不断提升…推动…融合): nothing on reading-only study or the missing 研讨."),
    F("no-owner", 8, "（八）'s bracket has only a 完成时限; every other item names a 责任领导."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任乔敬舟 heads the 领导小组 as 第一责任人, 亲自部署、亲自督办 the two key problems, 6 meetings."),
    F("late-report", None, "Feedback 2024-12-10, 通报 2025-03-04: 84 days."),
    F("no-disclosure", None, "A public 通报 on the bureau site (公开方式：主动公开) with a 监督电话 and address."),
    F("inconsistent-claim", None, "8 done + #5 and #10 named as ongoing = 10; “6项制度” = the six rules named in （一）（二）（六）（八）（九）."),
    F("no-accountability", 2, "Lax vetting let 5 households be paid twice (dereliction with loss): money recovered and “对负责审核的2名工作人员作出组织处理” — held to account, by number only."),
    F("no-accountability", 4, "Meal allowance “擦边球”: refunded, 书面检查 and 扣发当月绩效."),
    F("no-accountability", 6, "Acceptance forms filled in afterwards: the 3 technicians 通报批评 (a sanction, not disclosure)."),
    F("no-accountability", 1, "Slow monitoring updates: a work failing."),
    F("no-accountability", 5, "Thin technical training: a work failing."),
    F("no-accountability", 10, "Too few specialists: no wrongdoing."),
    F("no-mechanism", 3, "Yearly 公开比选 for the survey service (the gap there is accountability)."),
    F("no-owner", 7, "责任领导：党支部书记、主任乔敬舟 (the gap there is the slogan text)."),
    F("no-deadline", 5, "“完成时限：2025年6月30日”."),
], links=[
    L("建立乡镇农房安全监测信息月报制度", 1),
    L("重复享受补助的5户共7.5万元已全部追回上缴县财政", 2), L("对负责审核的2名工作人员作出组织处理", 2),
    L("已终止与该测绘公司的服务合同", 3),
    L("误餐补助1.68万元已由领取人员全部退回", 4), L("责令负责审核发放的相关人员作出书面检查", 4),
    L("分4批开展抗震改造技术培训", 5),
    L("对14户改造户重新组织现场验收", 6), L("对补填验收表的3名技术员通报批评", 6),
    L("严格落实党内组织生活各项制度", 7), L("对滞留的83万元逐户逐项清理", 8),
    L("制定《中心财务内部控制办法》", 9), L("申请公开招聘土木工程专业技术人员2名", 10)])

# p03 蘡溪县公路隧道管理所党支部 (县交通运输局党组 round): DOCX 反馈意见 with bold areas 一、二、三、 and RESTARTING 1．2．3．(4．)
# → 3 + 4 + 3 = 10; bold 四、整改要求 not problems. Report: DOCX prose with bold （N）关于…的问题 headings (no sanction in the
# prose) and a closing Word-table 整改台账 whose last column 问责情况 is the only place people are held to account.
G["p03"] = dict(mode="pair", issues=10, unanswered=[], must_flag=[
    F("no-accountability", 2, "A known rock-fall hazard left unfixed until it damaged two cars (dereliction that caused harm and a 4.6万 payout): the net is installed and slopes checked, but the 问责情况 cell is “—” and the prose only books the payout, though 整改要求（二） named 隧道安全隐患导致事故 for 严肃处理."),
    F("copied-measure", 7, "（七）'s answer turns the problem back into a promise (进一步增强廉洁教育的针对性，结合隧道养护、物资管理等岗位特点开展廉政风险提示…): no activity, number or date of its own; the table cell says the same."),
    F("inconsistent-claim", None, "The preamble says “反馈的10个问题已全部整改到位”, while （一） plans the last two tunnels for 2025年10月底 and the table marks row 1 “正在推进” and row 9 “持续推进”."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、所长郜永年 heads the 领导小组 as 第一责任人, 直接部署、直接督办 two key problems, 5 meetings, site re-checks of all 7 tunnels."),
    F("late-report", None, "Feedback 2025-04-15, report 2025-07-09: 85 days."),
    F("no-disclosure", None, "二、: “整改情况已在县交通运输局门户网站公开”."),
    F("no-accountability", 4, "Cleaning contract with the head's brother-in-law: table column — 局党组 诫勉谈话 and a 检讨 at the 组织生活会."),
    F("no-accountability", 5, "Old lamps taken home: table column — 书面检查 for 3 staff, 通报批评 for the storekeeper."),
    F("no-accountability", 6, "违规使用 patrol car (usual words): table column — 提醒谈话 and 扣发当季绩效."),
    F("no-accountability", 3, "Stale emergency plan: a work failing (“不涉及”)."),
    F("no-accountability", 9, "Low certification rate: no wrongdoing."),
    F("no-accountability", 10, "Assets not matching the books: a ledger failing."),
    F("no-owner", 2, "Row 2: 郜永年 / 竺海平 (the gap there is accountability)."),
    F("no-owner", 7, "Row 7: 郜永年 / 祁慕白 (the gap there is the copied text)."),
    F("no-mechanism", 4, "《管理所领导干部任职回避和公务回避规定》 and yearly 公开比选."),
    F("no-deadline", 9, "Row 9: 2025年12月31日, “持续推进” with a date."),
], links=[
    L("重新排定剩余2座隧道照明节能改造的工期节点", 1), L("完成主动防护网安装", 2),
    L("修订《公路隧道突发事件应急预案》", 3),
    L("通过县公共资源交易中心公开比选确定承接单位", 4), L("局党组对所长郜永年进行诫勉谈话", 4),
    L("拉回职工家中的旧灯具37套已全部收回", 5), L("责令3名将旧灯具拉回家中的职工作出书面检查", 5),
    L("巡查车辆全部加装北斗定位终端", 6), L("对批准派车的办公室主任穆清远提醒谈话", 6),
    L("管理所将进一步增强廉洁教育的针对性", 7), L("重新研究印发《党支部委员职责分工》", 8),
    L("选送14名巡查和机电维护人员", 9), L("6台新购设备已入账", 10)])

# p04 菝岭县化工园区管理委员会党工委 (county round): 组长's 反馈会 speech, problems 第一，…第九， (CRLF); the 根源 sentence,
# 一要…三要, the 三个月内 and 移交 sentences are not problems. Report (GB18030): the 党工委书记's FIRST-PERSON report, regrouped
# under three own headings with its own running 1．–9． in another order (2,1,5,4,3,6,7,8,9).
G["p04"] = dict(mode="pair", issues=9, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2024-10-22 with a 三个月内 limit (2025-01-22); the report is dated 2025-02-18: 119 days."),
    F("no-accountability", 3, "Reception meals run “绕道” through the enterprise-service fund (4.3万): refunded and the 接待办法 revised, but nobody is held to account, though the speech said 决不能只改事不问人."),
    F("no-mechanism", 2, "The hazardous-storage failure that polluted 60 mu is answered by a one-off sweep of 37 firms, soil repair, payment and two sanctions, but no rule, system or standing check is set up, while every other money or management item gets a named rule."),
    F("no-deadline", 5, "Own item 3．(营商服务) carries only a 责任领导 and no 完成时限, unlike every other item; the “直通车” platform is still 正在建设, with no date anywhere."),
], must_not_flag=[
    F("weak-leadership", None, "First person throughout: 第一责任人, heads the 领导小组, 直接部署、直接过问、直接督办 three problems, 3 site visits, 6 meetings."),
    F("no-disclosure", None, "三、: 县政府门户网站园区专栏公开."),
    F("inconsistent-claim", None, "6 done + own 2．and 7．ongoing + own 3．(诉求 closed, platform being built) = 9; 34.3万 = 30 + 4.3; 7 rules named; 5 people = 2 + 1 + 2."),
    F("no-accountability", 2, "Dereliction that polluted farmland: 安全监管科科长 政务记过, the deputy 诫勉."),
    F("no-accountability", 4, "Awards paid to firms not entitled: 线索移交县纪委监委 and the 科长 调整岗位."),
    F("no-accountability", 6, "违规兼职取酬 (usual words): 党内警告 and 批评教育."),
    F("no-accountability", 1, "Slow start of signed projects: a work failing."),
    F("no-accountability", 7, "Low Party coverage in firms: a work failing."),
    F("no-accountability", 9, "Contracts not filed centrally: a records failing."),
    F("no-owner", 4, "“责任领导：本人” — the writer, the secretary."),
    F("no-owner", 6, "“责任领导：本人”."),
    F("no-mechanism", 3, "《公务接待管理办法》 revised (the gap there is accountability)."),
    F("unanswered-issue", 1, "Answered under the report's own 2．, after the safety item."),
], links=[
    L("对新签约的4个项目逐个建立推进专班", 1),
    L("对园区37家涉危险化学品企业的储存设施逐家进行了检查", 2), L("对负有直接监管责任的安全监管科科长给予政务记过处分", 2),
    L("21笔共4.3万元的接待餐费，已由当时参与接待的人员全部退回", 3),
    L("30万元技改奖励已全部追回", 4), L("对负责审核的经济发展科科长调整岗位", 4),
    L("对超过3个月没有答复的7件诉求逐件办结", 5),
    L("2名干部已辞去在企业的兼职", 6), L("给予领取“顾问费”的1名干部党内警告处分", 6),
    L("选派6名党建指导员到规上企业", 7), L("对园区公众号和企业服务群逐一明确审核责任人", 8),
    L("统一由综合办公室归档", 9)])

# p05 葜台县国营牧场党委 (county round): 问题清单 (UTF-16 LE) 问题1：…问题10： heading + 具体表现：; 整改要求 1．–3． not
# problems. Report: covering text + ｜-row 整改台账 (8 fields) whose last field 问责情况 is where sanctions sit.
G["p05"] = dict(mode="pair", issues=10, unanswered=[], must_flag=[
    F("no-accountability", 2, "Feed carried off for staff's own herds (11 t short): paid for at market price and a store rule made, but 问责情况 is “—”, though 整改要求2 named 问题2 and said 不能只补钱、不问人."),
    F("no-accountability", 6, "Grassland left unchecked until 3000 mu degraded and 26万 rent went unpaid (dereliction with loss): grazing ban and a lawsuit, but 问责情况 is “—”; 整改要求2 named 问题6."),
    F("no-disclosure", None, "Nothing is published or to be published, though 整改要求3 asked for it; the fee notice “在场部服务窗口公示” (row 3) is not disclosure of the rectification."),
    F("no-deadline", 9, "Row 9's 完成时限 is “—” while it is 正在推进; every other row has a date."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记、场长仉德厚 heads the 领导小组 as 第一责任人, approved every measure, 直接督办 two problems."),
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-12: 84 days."),
    F("inconsistent-claim", None, "7 done + #1, #6, #9 ongoing = 10, matching the 整改进展 field; 18.07万 = 3.19 + 2.18 + 8.2 + 4.5; 5 rules named; 5人次."),
    F("no-accountability", 3, "Fee charged twice: 收费员调整岗位, the deputy 谈话提醒."),
    F("no-accountability", 4, "Dereliction reported by the city bureau: 扣发绩效, 取消评优, 书面检查."),
    F("no-accountability", 7, "虚报 (usual words): 移交县纪委监委, 立案审查 of the then head."),
    F("no-accountability", 1, "Grassland plan behind: “不涉及”, a work failing."),
    F("no-accountability", 5, "Missing signatures: a procedure failing."),
    F("no-accountability", 8, "Thin minutes: a records failing."),
    F("no-owner", 9, "Row 9: 党委副书记淳于岚 / 人事科科长庹青 (the gap there is the time limit)."),
    F("no-deadline", 1, "“2025年10月31日前完成年度4000亩任务”."),
    F("no-mechanism", 2, "《储备饲草料出入库管理规定》 (the gap there is accountability)."),
], links=[
    L("制定2025—2026年退化草场改良实施方案", 1), L("由拉取的职工按市价折价赔偿共3.19万元", 2),
    L("取消“技术服务费”，多收的2.18万元已全部退还牧户", 3), L("收费员调整岗位", 3),
    L("7头阳性种牛已按规定扑杀并无害化处理", 4), L("防疫科科长郏明扣发2024年度绩效奖励", 4),
    L("46笔缺签字的支出全部补签", 5), L("3000亩退化草场实行禁牧休养", 6),
    L("多申领的良种补贴4.5万元已全部退回县财政", 7), L("县纪委监委已对时任场长立案审查", 7),
    L("制定《党委会议记录规范》", 8), L("与县农业广播电视学校联合开展饲养员、防疫员技能培训", 9),
    L("3处到期房屋已重新签订合同", 10)])

# p06 藨山县灌溉试验站党支部 (县水利局党组 round): 反馈意见 (GB18030) （一）–（十） heading。detail; 二、整改要求 not problems.
# Report (UTF-16 LE): 问题N：/整改情况：/责任领导…完成时限 by the feedback's numbers, 问题8 left out.
G["p06"] = dict(mode="pair", issues=10, unanswered=[8], must_flag=[
    F("unanswered-issue", 8, "（八） (专业技术人才队伍建设滞后) has no item and no measure: the report goes from 问题7 to 问题9."),
    F("copied-measure", 5, "问题5's 整改情况 repeats the problem as a promise (进一步加强仪器设备管理，推动闲置设备尽快投入使用，按期做好…检定): nothing done, counted or dated beyond the limit."),
    F("no-accountability", 4, "违规 lease of idle land to the head's brother-in-law (usual words): the lease ends, the rent gap is charged and an 出租管理办法 made, but nobody is held, though 整改要求（二） named 闲置土地出租."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、站长谯子墨 heads the 领导小组 as 第一责任人 and chaired 3 支委会 on it."),
    F("late-report", None, "Feedback 2025-01-08 (deadline 2025-04-08), report 2025-04-01: 83 days."),
    F("no-disclosure", None, "“整改情况已在县水利局门户网站公开”."),
    F("inconsistent-claim", None, "The closing line claims only the listed items, names #4's pending transplanting, and its “新建制度4项” matches the four named rules."),
    F("no-accountability", 2, "Staff meals booked as 研讨会: refunded, the head's 检讨 at the staff meeting, the accountant's 书面检查."),
    F("no-accountability", 3, "Records filled in at month's end: 谈话提醒 and loss of 评优 for 2 technicians."),
    F("no-accountability", 6, "Pumps frozen for want of care (dereliction with loss): 扣发一个季度绩效 and the deputy's 书面检查."),
    F("no-accountability", 1, "Research not serving production: a work failing."),
    F("no-accountability", 9, "No receipt ledger: an internal-control failing."),
    F("unanswered-issue", 9, "Answered under 问题9： (the report keeps the feedback's numbers)."),
    F("unanswered-issue", 10, "Answered under 问题10：."),
    F("no-mechanism", 4, "《闲置土地出租管理办法》 (the gap there is accountability)."),
    F("no-owner", 5, "责任领导：副站长钟离远 (the gap there is the copied text)."),
    F("no-deadline", 5, "完成时限：2025年3月31日 (the gap there is the copied text)."),
    F("vague-measure", 7, "Opens with 深刻认识…切实增强…自觉性 but then acts: a yearly plan, a 研讨 theme per meeting, a re-held 组织生活会 with 23 items listed."),
], links=[
    L("新增“丘陵区水肥一体化灌溉制度”试验课题1项", 1),
    L("6次聚餐在会议费中列支的1.1万元已由参加聚餐的职工全部退回", 2), L("站长谯子墨在全站职工大会上作了检讨", 2),
    L("人工观测记录改为当日填写、当日拍照上传", 3), L("对负责观测的2名技术员谈话提醒", 3),
    L("已与承租人协商解除租赁合同", 4), L("试验站将进一步加强仪器设备管理", 5),
    L("3台冻裂水泵已更换", 6), L("对泵房管护人员扣发一个季度绩效", 6),
    L("2025年2月重新召开专题组织生活会", 7), L("建立票据领用核销台账", 9), L("补齐2021年以来的试验数据档案", 10)])

# p07 蕹城县农药检定所党支部 (县农业农村局党组 round): 组长's speech, three 从…看 paragraphs with restarting inline 一是
# → 3 + 4 + 3 = 10; 一要…三要 and the 三个月内 sentence not problems. Report (UTF-8 CRLF): own area headings 一、二、三、
# with 一是… paragraphs and (牵头领导，完成时限) brackets; a separate 四、问责处理情况; no 领导小组, no 第一责任人.
G["p07"] = dict(mode="pair", issues=10, unanswered=[7], must_flag=[
    F("weak-leadership", None, "No 领导小组, no 第一责任人, no sign the branch secretary deployed, asked after or supervised anything: the preamble only says the branch studied the feedback and made a plan."),
    F("vague-measure", 1, "一、一是 (农药减量) is slogans only (进一步提高思想认识，切实增强…坚持…相结合，强化宣传引导，加大工作力度，确保…)."),
    F("unanswered-issue", 7, "The fourth 全面从严治党 problem (廉政风险点排查不全面) has no answer anywhere: 二、 covers fees, the trip, samples and overtime only."),
    F("no-accountability", 5, "Travel booked as training (打“擦边球”): refunded and the 培训费办法 revised, but “将根据情节轻重视情严肃追究责任” only promises; nobody is held, and 四、 leaves it out."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-06-10, report 2025-09-02: 84 days."),
    F("no-disclosure", None, "五、: 县农业农村局门户网站 with a 监督电话 (the 收费窗口公示 of fees is something else)."),
    F("inconsistent-claim", None, "No totals or all-done claim; each item's state matches its date."),
    F("no-accountability", 2, "Dereliction that let fake herbicide damage 230 mu: 政务记过 for the 科长, 诫勉谈话 for the deputy, in the item."),
    F("no-accountability", 4, "Sample fee charged twice: “原收费员已调离收费岗位”."),
    F("no-accountability", 6, "Seized samples taken home: 四、 谈话提醒 and 书面检查."),
    F("no-accountability", 9, "虚报 overtime (usual words): 四、 通报批评 and loss of 评优."),
    F("no-accountability", 3, "Late licence decisions: a work failing."),
    F("no-accountability", 8, "Democratic centralism loosely applied: a working-style failing answered with 议事规则."),
    F("no-accountability", 10, "Low certification rate: no wrongdoing."),
    F("no-owner", 1, "牵头领导：副所长邝文涛 (the gap there is the slogan text)."),
    F("no-mechanism", 2, "抽检任务月调度、季通报制度."),
    F("no-mechanism", 5, "《培训费管理办法》 revised (the gap there is accountability)."),
    F("no-deadline", 10, "完成时限：2025年10月31日."),
    F("unanswered-issue", 8, "Answered under the report's own 三、一是."),
], links=[
    L("坚持绿色防控与科学用药相结合", 1),
    L("制定2025年农药监督抽检计划", 2), L("对负责抽检工作的监督科科长给予政务记过处分", 2),
    L("2025年7月以来办理的21件申请均在法定时限内办结", 3),
    L("以“复核”为由多收的1.48万元已全部退还送检单位", 4), L("原收费员已调离收费岗位", 4),
    L("以“技术交流”名义列支的2.6万元，已由参加人员全部退回", 5),
    L("带回家中的样品已全部收回", 6), L("对将样品带回家中的2名职工进行谈话提醒", 6),
    L("修订《所务会议事规则》", 8),
    L("3名职工多领的加班补贴0.94万元已全部退回", 9), L("对3名职工给予通报批评", 9),
    L("选派6名检测人员参加省农药检定所举办的检验员培训", 10)])

# p08 蔻阳县核桃产业发展中心党支部 (county round): DOCX 反馈意见 with the problems in a Word table (序号｜方面｜问题表现),
# ten rows; 二、整改要求 not problems. Report (GB18030 CRLF): （N）关于…的问题 + 一是…二是… + (责任领导；完成时限) bracket;
# sanctions inside the items in varied words. GOOD REPORT.
G["p08"] = dict(mode="pair", issues=10, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任费南山 heads the 领导小组 as 第一责任人, 直接部署, 直接过问、直接督办 two problems, 7 meetings."),
    F("late-report", None, "Feedback 2025-02-19, report 2025-05-14: 84 days."),
    F("no-disclosure", None, "三、: 县政府门户网站 and the 中心公示栏."),
    F("inconsistent-claim", None, "8 done + #1 and #8 ongoing = 10; 13.84万 = 1.92 + 3.7 + 6 + 1.46 + 0.76; 4 rules; 7 people = 2 + 1 + 2 + 1 + 1."),
    F("no-accountability", 2, "Subsidy paid to farmers who did no grafting: 谈话提醒 and 通报批评."),
    F("no-accountability", 3, "Equipment bought from the deputy's cousin: a 检讨 at the 党员大会 and 调整其分管工作."),
    F("no-accountability", 4, "Lax check let an old dryer pass as new (dereliction with loss): 扣发绩效 and 取消评优 for 2 staff."),
    F("no-accountability", 5, "Travel allowance paid as a flat monthly sum (“变通”): the approving 办公室主任 诫勉."),
    F("no-accountability", 6, "违规公款吃喝 (usual words): 党内警告 for the then head."),
    F("no-accountability", 1, "Slow orchard renewal: a work failing."),
    F("no-accountability", 8, "Weak brand promotion: a work failing."),
    F("no-accountability", 9, "Thin technical staff: no wrongdoing."),
    F("no-deadline", 7, "“2025年3月31日，此后长期坚持”."),
    F("no-mechanism", 2, "《核桃嫁接改良补贴兑付办法》 with on-site checks."),
    F("no-mechanism", 3, "《中心采购管理办法》 and a 回避 rule."),
], links=[
    L("已完成低产园改造1.04万亩", 1),
    L("兑付给4户的补贴1.92万元已全部追回", 2), L("对兑付前未到地块查看的1名审核人员谈话提醒", 2),
    L("高出市场价的3.7万元已由供货门市退回", 3), L("该副主任在中心党员大会上作了检讨", 3),
    L("多领的6万元补贴已全部追回上缴县财政", 4), L("对负责初审的2名工作人员扣发2024年度绩效奖励", 4),
    L("核实无下乡记录的1.46万元已由相关人员退回", 5), L("对批准按月定额发放的办公室主任予以诫勉", 5),
    L("3次宴请的0.76万元已由参加人员全部退赔", 6), L("给予时任中心主任党内警告处分", 6),
    L("统一使用县直机关工委印制的组织生活记录本", 7), L("制定核桃公用品牌推广方案", 8),
    L("从县农技推广中心协调3名林果专业技术人员到中心工作", 9), L("对17台设备全部登记造册、贴签管理", 10)])

# p09 芰湾县农村生活污水治理运维中心党支部 (county round): HTML news page (GB18030) with the problems as （一）–（九）
# paragraphs; the 组织部副部长's requirements and the 表态 not problems. Report (UTF-8 CRLF): by number
# （N）针对反馈的第N个问题 with 责任领导；完成时限 lines.
G["p09"] = dict(mode="pair", issues=9, unanswered=[], must_flag=[
    F("repeated-measure", 7, "（七） (党建与业务融合不够) is answered by a boilerplate paragraph (组织全体党员干部深入学习上级有关文件精神…实际成效) pasted again under （九）."),
    F("repeated-measure", 9, "（九） (专业技术人员不足) repeats （七）'s paragraph word for word after a different first clause."),
    F("no-accountability", 2, "Full fees paid for 11 idle plants (dereliction with a 31万 loss): the money is clawed back and the firm talked to, but the staff are only “责成…深刻反思，引以为戒”, which is no sanction, though the requirements named 运维费支付 for 严肃追究."),
    F("no-mechanism", 2, "The payment failure gets a one-off deduction and an order to restart: no rule ties fees to run data or sets a check, while #3, #4, #5 and #6 each get one."),
    F("no-disclosure", None, "Nothing is made public, though the requirements said 向社会公开; the only 通报 is a 通报批评 inside the centre, and the report goes to the 巡察办 only."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任诸葛衡 heads the 领导小组 as 第一责任人, chaired 4 支委会, 直接督办 #2."),
    F("late-report", None, "Feedback 2024-11-26, report 2025-02-20: 86 days."),
    F("inconsistent-claim", None, "6 done + #1 ongoing + #7, #9 长期坚持 = 9; 32.34万 = 31 + 0.54 + 0.8; 3 rules; 6 people = 2 + 3 + 1."),
    F("no-accountability", 3, "Test sheets filled in before the inspectors came: the 2 testers 通报批评."),
    F("no-accountability", 4, "Meals accepted from the contractor: 3 staff 诫勉."),
    F("no-accountability", 6, "违规发放 (usual words): the approver loses 评优."),
    F("no-accountability", 1, "Slow construction: a work failing."),
    F("no-accountability", 5, "Late complaint handling: a work failing."),
    F("no-accountability", 8, "Old lab equipment: no wrongdoing."),
    F("unanswered-issue", 7, "Answered, if only by the pasted paragraph."),
    F("unanswered-issue", 9, "Answered, if only by the pasted paragraph."),
    F("no-owner", 9, "责任领导：副主任巫马青 (the gap there is the pasted text)."),
    F("no-deadline", 1, "完成时限：2025年4月30日."),
    F("vague-measure", 5, "Opens with 牢固树立以人民为中心的发展思想，切实把… but then acts: 9 complaints revisited and closed, a 2小时响应、3日办结 rule."),
    F("no-mechanism", 4, "《中心工作人员与运维企业交往“八不准”规定》."),
], links=[
    L("每座站点明确1名中心干部驻点督导", 1), L("已从运维企业2024年第四季度运维费中扣回31万元", 2),
    L("43份补填的检测单已作废", 3), L("对补填检测单的2名检测员在全中心通报批评", 3),
    L("对接受运维企业宴请的3名工作人员予以诫勉", 4), L("对9件超期投诉逐件回访", 5),
    L("违规发放的值班补助0.8万元已由领取职工全部退回", 6), L("对审批发放的办公室负责人取消2024年度评优资格", 6),
    L("针对党建与业务融合不够的问题", 7), L("化验室已于2025年2月完成改造", 8), L("针对专业技术人员不足的问题", 9)])

# p10 蒟塘县水利建设工程有限公司党支部 (县国资委党委 enterprise round): 反馈意见 with areas 一、二、三、…方面 and continuous
# 1．–11． heading lines + detail lines; 四、整改要求 not problems. Report: 整改进展情况的通报 (text) with （N） +
# 反馈问题：/整改进展：/责任人：/完成时限： and a closing 三、追责问责情况 by number of people for five named problems.
G["p10"] = dict(mode="pair", issues=11, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "“反馈的11个问题已全部整改完成”, while （一） says the 8000万 target is 正在推进 to year's end and （九） says the 招录计划正在实施."),
    F("late-report", None, "Feedback 2025-03-25 with a 三个月内 limit (2025-06-25); the 通报 is dated 2025-07-08: 105 days."),
    F("no-accountability", 10, "Contract failure that cost 12万 and brought a 通报批评 from the 国资委 (dereliction): a ledger and recovery, but 三、 names problems 2, 4, 5, 6, 7 and leaves this one out, though 整改要求2 named 合同管理."),
    F("no-owner", 3, "“责任人：公司” — no person; every other item names one."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长彭泽川 heads the 领导小组 as 第一责任人, 亲自部署、亲自督办 two problems."),
    F("no-disclosure", None, "“本通报在县国资委门户网站公开” with a deadline for comments, phone and address."),
    F("no-accountability", 2, "Dereliction that forced 1.2 km of rework: named in 三、 (9 people by number)."),
    F("no-accountability", 4, "Labour given to the manager's cousin: named in 三、."),
    F("no-accountability", 5, "Materials taken home: named in 三、."),
    F("no-accountability", 6, "套取 (usual words): named in 三、 and the clue 移交县纪委监委."),
    F("no-accountability", 7, "Entertainment “变通” into project costs: named in 三、."),
    F("no-accountability", 1, "Weak main business: a work failing."),
    F("no-accountability", 3, "Safety training gaps: a work failing."),
    F("no-accountability", 9, "Thin talent pipeline: no wrongdoing."),
    F("repeated-measure", 4, "三、's one sentence covers five named problems: a shared sanction, not a pasted measure."),
    F("repeated-measure", 5, "Same shared sentence."),
    F("no-mechanism", 2, "《分包工程质量管理办法》 with three-party sign-off."),
    F("no-mechanism", 10, "合同履约台账 with 月度预警 (the gap there is accountability)."),
    F("no-owner", 10, "责任人：总经理侯敬之 (the gap there is accountability)."),
    F("no-deadline", 9, "完成时限：2025年9月30日."),
], links=[
    L("成立水利工程市场开发部", 1), L("开裂的1.2公里渠道衬砌已全部返工并通过验收", 2), L("涉及的9名人员作出处理", 2),
    L("对全部在建项目新进场人员补做三级安全教育", 3), L("与该劳务队的合作已终止", 4), L("涉及的9名人员作出处理", 4),
    L("被拉回家中的钢材和水泥已按市价折款交回1.6万元", 5), L("涉及的9名人员作出处理", 5),
    L("用于发放节日福利的5.6万元已由领取职工全部退回", 6), L("问题6的相关线索已移交县纪委监委", 6),
    L("涉及的9名人员作出处理", 6), L("修订《业务招待费管理办法》", 7), L("涉及的9名人员作出处理", 7),
    L("4个在建项目部均成立临时党小组", 8), L("制定2025—2027年人才引进培养计划", 9),
    L("建立合同履约台账，实行月度预警", 10), L("4个项目的竣工资料已全部归档", 11)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
