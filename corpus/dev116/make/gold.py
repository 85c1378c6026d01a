"""Write p01..p10/gold.json (dev-pairs gold format) and p01..p10/notes.md for dev116. The gold is hand-judged; this file
keeps it in one place (modelled on dev108's make/gold.py). notes.md is written from the same entries plus the hand-written
NOTES (forms, problems in order with their kind, traps, may-report points), so gold and notes cannot drift apart.
Debatable points ("may report") are not gold: the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G, NOTES = {}, {}

# ---------------------------------------------------------------------------------------------------------------
G["p01"] = dict(issues=10, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、馆长宓长庚 heads the 整改工作领导小组 as 第一责任人, 直接部署、直接过问、直接督办; 5 支委会, 3 推进会, 4 site visits."),
    F("late-report", None, "Feedback 2025-03-12, report 2025-06-05: 85 days, inside three months."),
    F("no-disclosure", None, "五、三是: the report is published in the 县教育体育局门户网站 “信息公开” column with a 监督电话."),
    F("inconsistent-claim", None, "9 done + （十） named as ongoing with a date = 10; 5.24万 = 4.68万 refunded + 0.56万 核减; 7 rules named in 四、 = 6 new + 1 revised."),
    F("no-accountability", 2, "(a) A fee no rule allows: 三、1． — the 分管副馆长 作出书面检查; the sanction sits in the separate 追责问责 section, not in the item."),
    F("no-accountability", 3, "(a) Lifeguard contract to the 馆长's old schoolmate: 三、2． — 局党组 诫勉谈话 for the 馆长."),
    F("no-accountability", 4, "(a) Duty sheet signed, nobody at the pool: 三、3． — 救生员主管 批评教育 + 扣减当月绩效."),
    F("no-accountability", 5, "(a) Hazard left until a pupil was hurt and 1.36万 paid: 三、4． — 设备部负责人 诫勉谈话, the 馆长's 检讨."),
    F("no-accountability", 1, "(b) Free opening hours not kept: a work failing, nobody to hold."),
    F("no-accountability", 6, "(b) Shallow study: no sanction needed."),
    F("no-accountability", 10, "(b) Old audit items not cleared: a follow-through failing, no wrongdoing named."),
    F("no-mechanism", 2, "(a) 制定并印发《菰阳县游泳馆收费项目公示和票款管理办法》 in the item, listed again in 四、."),
    F("no-mechanism", 3, "(a) 《服务外包比选管理规定》 with 回避 for acquaintances."),
    F("no-mechanism", 4, "(a) 《救生员岗位值守和巡查规定》 plus face-recognition clock-in."),
    F("no-mechanism", 5, "(a) 《设施设备隐患排查和报修规定》 with a 24-hour / 3-day limit."),
    F("no-mechanism", 6, "(b) 修订《党支部学习制度》 and a yearly plan."),
    F("no-mechanism", 8, "(b) The feedback says the ticket rule is missing; 制定并印发《票务管理办法》."),
    F("no-deadline", 1, "“完成时限：2025年3月31日，此后长期坚持” — a date plus a standing task."),
    F("no-deadline", 10, "The one ongoing item carries 2025年7月31日."),
    F("unanswered-issue", 2, "Answered under a reworded heading (“暑期培训另收“泳池消毒费””)."),
    F("no-owner", 5, "责任领导：党支部书记、馆长宓长庚."),
], links=[
    L("恢复每周二、周四14:00至17:00向中小学生免费开放", 1),
    L("两个暑期多收的4.68万元已通过学员所在学校", 2), L("分管副馆长殷若岚在支部会上作出书面检查", 2),
    L("2025年度救生服务已于4月通过公开比选重新确定服务单位", 3), L("县教育体育局党组对馆长宓长庚进行诫勉谈话", 3),
    L("救生岗改为人脸识别打卡", 4), L("对救生员主管进行批评教育", 4),
    L("已于3月14日更换深水区全部防滑垫48块", 5), L("对设备部负责人进行诫勉谈话", 5),
    L("每次集中学习确定1名党员领学", 6), L("水质检测改为每日开馆前和午间各检测一次", 7),
    L("对2024年以来发出的年卡、次卡逐张清点", 8), L("对3家培训机构的9名教练逐人核查资格", 9), L("3项已按程序核销", 10)])
NOTES["p01"] = dict(
    unit="菰阳县游泳馆党支部 (县教育体育局党组第二巡察组 round)",
    forms="Feedback: DOCX 反馈意见, bold area paragraphs 一、二、三、 with continuous （一）–（十） heading。detail; bold 四、整改意见 1．–3． and the deadline sentence are not problems. Report: DOCX 整改情况报告 with bold 一、…五、; 二、 holds （一）–（十） “关于…的问题” in feedback order, each with a (责任领导；完成时限) bracket; every sanction sits only in 三、追责问责情况 (four numbered lines naming the problem); the rules are in the items and listed again in 四、建章立制情况. GOOD REPORT (no must_flag).",
    problems=["(b) 公益开放政策落实不到位", "(a) fee no rule allows — 暑期另收“泳池消毒费” 4.68万", "(a) job to an acquaintance — 救生服务给馆长老同学的公司",
              "(a) record for work not done — 夜场值守登记表有签名、池边没人", "(a) hazard left until someone was hurt — 防滑垫, 赔 1.36万", "(b) 理论学习不深入",
              "(b) 水质检测台账不全", "(b) 票务管理制度缺失", "(b) 对租用泳道的培训机构监管不到位", "(b) 审计整改不彻底"],
    traps="The items themselves carry no sanction: a reader who looks only inside each item would call #2–#5 unaccounted. The 馆长 who leads the rectification is himself the one given 诫勉谈话 (#3). （十） is ongoing but dated, and the opening counts say so (no inconsistency). 退款名单在馆内公告栏张贴 is a refund notice; the disclosure is the website line in 五、.",
    may="（十） is still ongoing three months on; a strict reader may ask for a follow-up date check, but it is dated and disclosed as ongoing.")

# ---------------------------------------------------------------------------------------------------------------
G["p02"] = dict(issues=10, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2024-10-15 with a 三个月内 limit; the report is dated 2025-02-20: 128 days. The report itself admits it (“未能在三个月内报送，责任在我”), which does not make it on time."),
    F("no-mechanism", 2, "(a) Low-income allowance paid to 9 households with trucks or town flats, three of them village cadres' kin: the answer stops and recovers the money and holds the checker, but for the rule only says “下一步，我们将研究制定相关审核制度” — no rule named, no date, though the speech's 三要 asked for 审核 rules."),
    F("no-deadline", 9, "Item 8．(反馈第九个问题, 协理员监管) ends “（责任人：闵秀枝）” with no time limit, and “不定期抽查” gives none; every other item has a 完成时限."),
    F("vague-measure", 6, "Item 9．(反馈第六个问题, 理论学习) is slogans only: 进一步提高思想认识，切实加强理论学习，不断增强…针对性和实效性 — no plan, no session, no number."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary writes in the first person as 第一责任人 and 组长, chaired 7 meetings, led 4 household checks and 当面督办."),
    F("no-disclosure", None, "三、三是: 整改情况已在镇政务公开栏和各村公示栏公布, with a 监督电话."),
    F("inconsistent-claim", None, "No all-done claim; 7.4万 = 6.8万 recovered + 0.6万 under signed instalments, stated as open."),
    F("no-accountability", 2, "(a) The secretary's own words: “我当面对她进行了批评教育，并让她写出书面检查”, and the 3 village cadres are 由镇纪委立案调查."),
    F("no-accountability", 3, "(a) Relief money kept in the office: “我在支部会上点名批评了他，并扣减了他2024年度的绩效奖励”."),
    F("no-accountability", 4, "(a) Check forms signed for visits never made: the staff member's post was changed by the 镇党委 (“已调整了他的工作岗位”)."),
    F("no-accountability", 5, "(a) Cemetery work to the former deputy's relative: 镇党委已将有关情况移交镇纪委处理 — a referral, accountability in progress."),
    F("no-accountability", 1, "(b) Late reviews: a work failing."),
    F("no-accountability", 7, "(b) Missing signatures in a ledger, reconciled with the bank: no wrongdoing."),
    F("no-accountability", 9, "(b) Village assistants not supervised: a supervision failing."),
    F("no-mechanism", 3, "(a) 制定印发了《临时救助资金发放管理规定》 with a 15-working-day limit."),
    F("no-mechanism", 4, "(a) The two-person, photo and signature check is written into the township's 《高龄津贴发放核查办法》 — a rule issued one level up still counts."),
    F("no-mechanism", 5, "(a) The township's 《镇直站所小额采购比价办法》 now governs the work (三家比价、两人验收)."),
    F("no-mechanism", 8, "(b) The missing rule is made: 《低保档案管理制度》."),
    F("no-mechanism", 10, "(b) The recurring problem is answered by the township's 《村级低保民主评议工作规程》."),
    F("unanswered-issue", 1, "Answered in the last item 10．(反馈第一个问题): the report regroups the problems in its own order."),
    F("unanswered-issue", 9, "Answered (item 8．); the gap there is the time limit."),
    F("no-owner", 9, "责任人：闵秀枝 (the gap there is the time limit)."),
], links=[
    L("对41户未入户的低保家庭全部补做入户复核", 1), L("9户已全部停保", 2), L("我当面对她进行了批评教育", 2),
    L("已于2024年10月底按原审批名单发放到31户困难群众手中", 3), L("我在支部会上点名批评了他", 3),
    L("对2024年全部238名高龄老人重新逐户上门核实", 4), L("已调整了他的工作岗位", 4),
    L("请镇财政所对3笔5.8万元的工程量和单价逐项审核", 5), L("镇党委已将有关情况移交镇纪委处理", 5),
    L("我们将进一步提高思想认识，切实加强理论学习", 6), L("从银行调取2023年第三季度发放明细", 7),
    L("制定印发了《低保档案管理制度》", 8), L("督促3个村更新了公示栏", 9), L("3个村的评议记录已补齐参会人员签字确认", 10)])
NOTES["p02"] = dict(
    unit="蘡川县苕岗镇社会事务办公室党支部 (县委第二巡察组 延伸巡察 during a township round)",
    forms="Feedback: the 组长's speech at the 反馈会 (UTF-8, CRLF): praise, three area subheadings （一）（二）（三）在…方面 with continuous paragraphs 一是…十是; the 移交 sentence, 一要…三要 and the 三个月内 sentence are not problems. Report (GB18030): the office head's FIRST-PERSON report with own headings （一）钱的问题 …（五）动态管理的问题 and running 1．–10． items that name the feedback's number (“反馈第二个问题”) in another order (2,3,7,4,5,8,10,9,6,1); sanctions are told in the secretary's own words inside the items.",
    problems=["(b) 低保动态管理不及时", "(a) benefit to people not entitled — 有车有房的7户领低保, 3户村干部近亲属", "(a) money kept back — 临时救助款1.9万放在办里账上",
              "(a) record for work not done — 高龄津贴核查表没入户写着入户", "(a) job to an acquaintance — 公墓绿化给原副主任亲戚的苗木店", "(b) 理论学习不深入",
              "(b) 残疾人两项补贴台账不全", "(b) 低保档案管理制度缺失", "(b) 对村级低保协理员监管不到位", "(b) 上轮巡察问题仍然存在"],
    traps="Sanctions in everyday first-person words (当面批评教育, 点名批评, 扣减绩效, 调整了他的工作岗位, 移交镇纪委) must be read as accountability. Rules issued by the township (镇政府印发的…) count for #4, #5, #10. The report admits lateness; it is still late. #2 has a real sanction but only a promised, unnamed rule.",
    may="#6's bracket has a date (2024年12月31日，此后长期坚持), so no no-deadline there; the gap is the slogan text. A reader may also note that the 审核 staff member sanctioned in #2 stays a 副组长 of the rectification group.")

# ---------------------------------------------------------------------------------------------------------------
G["p03"] = dict(issues=10, unanswered=[], must_flag=[
    F("no-accountability", 3, "(a) A wall listed as a major hazard in 2023, one notice and no follow-up, fell in 2024 and injured a villager; the township paid 4.5万. The ledger row's 追责问责 field is “—”: the wall is demolished and a 挂牌督办 rule made, but nobody is held, though the feedback asked that 隐患处置不力 be 查明责任、严肃处理."),
    F("no-mechanism", 8, "(b) The feedback says the 集体讨论 rule for penalty cases is missing; row 8 re-reviews the three cases and says “下一步将研究建立集体讨论制度”, 建章立制 “待建立”."),
    F("no-owner", 9, "Row 9 names “站务会” as 责任领导 and “全体人员” as 责任人; every other row names a person."),
    F("copied-measure", 7, "Row 7's measure turns the problem back into a wish (进一步完善企业安全档案，做到“一企一档”资料齐全，确保应急预案备案材料完整): no count of files completed, no action of its own."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、站长庹宏伟 heads the 领导小组 as 第一责任人, 直接部署、直接督办; 4 支委会, 6 站务会, 11 site checks."),
    F("late-report", None, "Feedback 2025-04-08, report 2025-07-01: 84 days."),
    F("no-disclosure", None, "The closing paragraph: 在茆坪镇人民政府网站“政务公开”栏目公开, with a phone number."),
    F("no-accountability", 2, "(a) Re-check records for visits never made: ledger last field — 副站长 诫勉谈话, 2 检查员 批评教育."),
    F("no-accountability", 4, "(a) Stock gone missing: ledger last field — 保管员 书面检查, 扣减绩效, and he pays for the shortfall."),
    F("no-accountability", 5, "(a) Training fee no rule allows: ledger last field — the 站长 作检查 at the branch meeting, 镇党委 批评教育."),
    F("no-accountability", 1, "(b) Incomplete inspection coverage: “不涉及”."),
    F("no-accountability", 6, "(b) Shallow study: “不涉及”."),
    F("no-accountability", 10, "(b) Two inspectors without certificates: a staffing matter, “不涉及”."),
    F("no-mechanism", 2, "(a) 《隐患复查销号规定》 in the 建章立制 field."),
    F("no-mechanism", 3, "(a) 《重大隐患挂牌督办和跟踪复查制度》 (the gap there is accountability)."),
    F("no-mechanism", 4, "(a) 《应急物资出入库管理办法》."),
    F("no-mechanism", 5, "(a) 《企业安全员培训管理办法》 after a 镇党委会 decision that training is free."),
    F("no-mechanism", 10, "(b) Certificates obtained; a one-off staffing gap needs no standing rule."),
    F("no-deadline", 1, "The ongoing row carries 2025年12月31日."),
    F("no-owner", 3, "Row 3: 党支部书记、站长庹宏伟 / 支部委员冼伯言 (the gap there is accountability)."),
], links=[
    L("制定2025年度小微企业分级检查计划", 1), L("对2024年23份“已复查”检查表逐家重新到现场复查", 2), L("分管复查工作的副站长蔡映雪诫勉谈话", 2),
    L("会同镇村建办督促产权人于4月25日拆除围墙", 3), L("对应急物资仓库全面盘点", 4), L("保管员韦小棠作出书面检查", 4),
    L("收取的2.24万元资料费已按参训名单全部退还企业", 5), L("站长庹宏伟在支部会上作检查", 5),
    L("制定支部年度学习计划，每月第一周集中学习1次", 6), L("进一步完善企业安全档案", 7), L("3起罚款案件已提交站务会重新复核", 8),
    L("2个零售点超量存放的烟花爆竹已清理转运", 9), L("2名无证人员已于5月参加县执法资格考试", 10)])
NOTES["p03"] = dict(
    unit="荸溪县茆坪镇安全生产监督管理站党支部 (县委第四巡察组 延伸巡察)",
    forms="Feedback: HTML news page of the county 纪委监委 site (UTF-8) with page chrome; all ten problems inline in one paragraph, 一是…；二是…；…十是…; the 移交 paragraph, the 一要…三要 requirements and the 站长's 表态 (一是…三是) are not problems. Report (UTF-8): covering text, then a ｜-separated 整改台账 flattened to text (9 fields: 序号｜反馈问题｜整改措施｜责任领导｜责任人｜完成时限｜完成情况｜建章立制｜追责问责); sanctions only in the last field, rules only in the 建章立制 field.",
    problems=["(b) 对小微企业检查覆盖不全", "(a) record for work not done — 复查记录写了、现场没去", "(a) hazard left until someone was hurt — 围墙倒塌砸伤村民, 赔 4.5万",
              "(a) stock gone missing — 灭火器、救生衣少了", "(a) fee no rule allows — 培训资料费 2.24万", "(b) 理论学习不深入", "(b) 企业安全档案台账不全",
              "(b) 执法案件集体讨论制度缺失", "(b) 对烟花爆竹零售点监管不到位", "(b) 执法人员持证不足"],
    traps="Sanctions are only in the last ledger field; “—” there (#3) and “不涉及” (ordinary rows) must be told apart. Row 3 has a strong rule and a demolished wall, so a reader who sees a full row may miss that nobody answers for the injury. Row 8 says 已完成 while its rule is 待建立.",
    may="Row 8's 完成情况 “已完成” next to 建章立制 “待建立” could be read as an inconsistent claim (the count 已完成9个 includes it); not in the gold because the re-review measure itself is done. The 站长 who is 第一责任人 also gave the penalty decisions alone (#8) — a reader may ask for more than a promise.")

# ---------------------------------------------------------------------------------------------------------------
G["p04"] = dict(issues=10, unanswered=[], must_flag=[
    F("no-accountability", 3, "(a) Street cleaning given to the 所长's brother-in-law's team without 比选: the 通报 ends the contract and makes 比选 a rule, but 三、追责问责情况 names only 第2、4、6项 — nobody answers for #3, though its 整改要求 said 对有关人员严肃处理."),
    F("no-mechanism", 4, "(a) Shop leases renewed at the old rent with no meeting: rents are raised, but for the rule the item only says “下一步将健全相关机制，规范资产出租管理” — a slogan, no rule, though the other money items each get a named one."),
    F("vague-measure", 5, "（五） is slogans only: 提高政治站位，进一步强化理论武装，切实增强学习的自觉性和主动性… — no plan, no session, nothing on the missing 研讨 or the absent members."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、所长郁怀山 heads the 领导小组 as 第一责任人; 5 推进会, 2 visits by the 镇党委 分管领导."),
    F("late-report", None, "Feedback 2024-12-10, 通报 2025-03-05: 85 days."),
    F("no-disclosure", None, "A public 通报 on the township site (公开方式：主动公开) inviting comments by 2025-03-20, with phone and address."),
    F("inconsistent-claim", None, "8 done + #1 and #9 ongoing = 10; 7.6万 = 4.2万 refunded + 3.4万 paid into the township treasury; 4 rules named; 5 people = 1 + 3 + 1."),
    F("no-accountability", 2, "(a) Fee no rule allows: named in the closing sentence by number (第2、4、6项 … 5名责任人员)."),
    F("no-accountability", 4, "(a) Leases renewed without a decision: named in the closing sentence."),
    F("no-accountability", 6, "(a) Parking money kept by the collector: named in the closing sentence."),
    F("no-accountability", 1, "(b) Street order: a work failing."),
    F("no-accountability", 7, "(b) Stall ledger: a records failing."),
    F("no-accountability", 10, "(b) No new members: no wrongdoing."),
    F("no-mechanism", 2, "(a) 印发《集镇收费项目清单》, posted at the market gate."),
    F("no-mechanism", 3, "(a) 《集镇公共服务项目比选办法》 (the gap there is accountability)."),
    F("no-mechanism", 6, "(a) 《停车收费票款日清日结制度》 and QR payment."),
    F("no-mechanism", 8, "(b) The missing rule is made: 《集日摊位安排办法》."),
    F("no-mechanism", 10, "(b) Two activists named and a three-year plan; no standing rule is needed."),
    F("no-owner", 3, "责任领导：党支部书记、所长郁怀山 (the gap there is accountability)."),
    F("no-deadline", 1, "“2025年6月30日，此后长期坚持”."),
    F("repeated-measure", 2, "The one closing sentence (第2、4、6项 … 5名责任人员) is a shared sanction covering three named problems, not a measure pasted under unrelated problems; each item has its own measures."),
    F("repeated-measure", 4, "Same shared closing sentence."),
], links=[
    L("将主街划分为4段", 1), L("已停止收取“卫生管理费”", 2), L("对反馈第2、4、6项问题涉及的5名责任人员", 2),
    L("已终止与原保洁队的合同", 3), L("已与12户承租人协商", 4), L("对反馈第2、4、6项问题涉及的5名责任人员", 4),
    L("提高政治站位，进一步强化理论武装", 5), L("滞留在收费员手中的3.1万元已全部交回所里账户", 6),
    L("对反馈第2、4、6项问题涉及的5名责任人员", 6), L("对62个固定摊位逐个上门核实", 7), L("制定印发《集日摊位安排办法》", 8),
    L("会同镇市场监管所对熟食摊点开展联合检查", 9), L("确定入党积极分子2名", 10)])
NOTES["p04"] = dict(
    unit="葜山县埭头镇集镇管理所党支部 (县委第一巡察组 延伸巡察 during a township round)",
    forms="Feedback (UTF-16 LE with BOM): a 问题清单 with ten three-line entries “N．问题：… / 问题描述：… / 整改要求：…”; each entry's 整改要求 line is a requirement, not a problem. Report: a public HTML 整改进展情况的通报 on the township site (UTF-8) with an 索引号 table and page chrome; （一）–（十） “关于…的问题。” + measures + (责任领导；完成时限); sanctions only in ONE closing sentence by problem number and number of people (三、追责问责情况).",
    problems=["(b) 集镇规划管理落实不到位", "(a) fee no rule allows — 集日“卫生管理费” 7.6万", "(a) job to an acquaintance — 保洁交给所长妻弟的保洁队",
              "(a) contract renewed without anyone deciding — 门面房原价原人续签5年", "(b) 理论学习不深入", "(a) money kept back — 停车费在收费员手里放了几个月",
              "(b) 摊位登记台账不全", "(b) 集日摊位安排制度缺失", "(b) 对食品摊点卫生监管不到位", "(b) 党员发展工作滞后"],
    traps="The closing sentence holds people for #2, #4 and #6 by number only — a reader must map “第2、4、6项” to problems and see that #3 is left out. #3's item is full of good measures (比选, 12 考核条款, a rule). The person who leads the rectification is the 所长 whose relative got the cleaning work.",
    may="The 3.4万 not refunded but paid into the township treasury is a choice an inspector may question; it is stated, so no inconsistency.")

# ---------------------------------------------------------------------------------------------------------------
G["p05"] = dict(issues=11, unanswered=[], must_flag=[
    F("no-accountability", 2, "(a) 金秋助学 paid to 9 families above the line, 2 of them the centre's own staff's children: the 2.7万 is recovered and a rule issued, but nobody is held, though 二要 asked 对相关责任人员要严肃追责问责."),
    F("no-mechanism", 5, "(a) Training given to the 主任's cousin's school without 比选: the referral holds the person, but for the rule only “下一步将研究制定培训机构遴选办法” — promised, undated, though 三要 named 培训机构确定 for a rule."),
    F("no-mechanism", 8, "(b) The feedback says there is no 大额救助 集体研究 rule and 三要 asks for one: 问题8 only has the 14 past cases 补充集体研究确认 — no rule, not even a promise."),
    F("copied-measure", 7, "问题7's 整改情况 repeats the problem as a demand (要求做到困难职工档案台账齐全、收入证明完整、家庭情况及时更新): no file counted, no action."),
    F("inconsistent-claim", None, "“反馈的11个问题已全部整改完毕”, while 问题11 says two accounts (3.2万) 正在与相关单位对账 until 2025-06-30 and 问题5 waits for an audit (审计结果出来后据实处理)."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、副主任曾映川 heads the 领导小组 as 第一责任人, 直接部署、直接督办; 4 支委会, 6 调度会."),
    F("late-report", None, "Feedback 2025-01-16, report 2025-04-11: 85 days."),
    F("no-disclosure", None, "三、三是: 整改情况在县总工会门户网站公开."),
    F("no-accountability", 3, "(a) Festival money kept in a suspense account: in the item — 财务人员 批评教育."),
    F("no-accountability", 4, "(a) Lectures logged but never held: in the item — the deputy 诫勉谈话."),
    F("no-accountability", 5, "(a) Training to the 主任's cousin: 原中心主任的有关问题线索已移交县纪委监委 — a referral."),
    F("no-accountability", 1, "(b) Policy not explained: a work failing."),
    F("no-accountability", 10, "(b) Too few staff: no wrongdoing."),
    F("no-mechanism", 2, "(a) 《金秋助学申报审核办法》 (the gap there is accountability)."),
    F("no-mechanism", 3, "(a) 《送温暖慰问金发放管理规定》."),
    F("no-mechanism", 4, "(a) 《帮扶活动台账管理规定》."),
    F("no-mechanism", 9, "(b) 印发《基层工会帮扶资金使用监督办法》 and a full check."),
    F("no-owner", 7, "责任领导：支部委员龚若蘅 (the gap there is the copied text)."),
    F("vague-measure", 5, "Concrete acts (合作停止, 专项审计, 移交); only the rule is a promise."),
], links=[
    L("编印《困难职工帮扶政策明白卡》1500份", 1), L("对9名学生的家庭逐户重新核查", 2), L("挂在暂存款科目的1.2万元", 3),
    L("对负责慰问金发放的财务人员进行批评教育", 3), L("对2024年活动台账逐场核实", 4), L("对负责此项工作的副主任佟雅琴进行诫勉谈话", 4),
    L("已停止与该培训学校的合作", 5), L("原中心主任的有关问题线索已移交县纪委监委", 5), L("修订支部年度学习计划，每月至少集中学习1次", 6),
    L("要求做到困难职工档案台账齐全", 7), L("已由中心班子逐笔补充集体研究确认", 8), L("印发《基层工会帮扶资金使用监督办法》", 9),
    L("通过购买服务方式招聘2名社会工作者", 10), L("3笔往来款已清理1笔1.3万元", 11)])
NOTES["p05"] = dict(
    unit="蔾城县困难职工帮扶中心党支部 (县委第三巡察组 延伸巡察 during the 县总工会党组 round)",
    forms="Feedback (UTF-8, CRLF): formal 反馈意见, 一、主要问题 （一）–（十一） heading。detail, then 二、整改要求 一要…三要 (not problems). Report (GB18030): covering text with an all-done claim, then 问题N：restated heading / 整改情况：measures + (责任领导；完成时限) for all eleven, in order; sanctions inside the 整改情况 text.",
    problems=["(b) 帮扶政策宣传不到位", "(a) benefit to people not entitled — 金秋助学给不困难家庭, 2名是中心职工子女", "(a) money kept back — 慰问金1.2万挂暂存款",
              "(a) record for work not done — 讲座台账12场、5场没办", "(a) job to an acquaintance — 培训给主任表弟的学校 18.6万", "(b) 理论学习不深入",
              "(b) 困难职工档案台账不全", "(b) 大额帮扶审批制度缺失", "(b) 对基层工会帮扶资金监管不到位", "(b) 工作力量不足", "(b) 审计整改不彻底"],
    traps="#2 looks complete (money back, new rule, 公示) yet holds nobody, while the staff's own children were among those paid. #5 holds a person by referral but leaves the rule a promise. #8's past cases 补充集体研究 looks like a mechanism but is a one-off.",
    may="#10 asks more staff of a higher body; the answer (购买服务 2 social workers) is fine. #5's audit is pending; some would count it as another ongoing item beside #11 (it is cited in the inconsistent-claim why).")

# ---------------------------------------------------------------------------------------------------------------
G["p06"] = dict(issues=10, unanswered=[7], must_flag=[
    F("unanswered-issue", 7, "理论学习不深入 (全面从严治党方面 四是): nothing in the report answers it; the report's 7．–9． answer the 队伍管理 problems."),
    F("weak-leadership", None, "No 领导小组 and no 第一责任人, though the speech's 一要 asked for both: “队里召开全体队员大会…按问题分工交由各班组和文书落实整改，文书负责收集整改材料”. The 队长 appears only as someone who wrote a 书面检查."),
    F("no-disclosure", None, "Nothing is published or to be published, though the speech said 整改情况…按规定公开; 补助名单…在队部张榜 is a benefit list on the station wall, not disclosure of the rectification."),
    F("no-mechanism", 4, "(a) Fuel that cannot be accounted for (about 1.3万): the money is repaid and the card kept by the clerk, but the rule is only “下一步将研究制定车辆用油管理制度”, though 三要 named 用油 for a rule."),
], must_not_flag=[
    F("late-report", None, "Speech 2025-02-20, report 2025-05-16: 85 days."),
    F("inconsistent-claim", None, "No totals claimed; 1.3万 = 0.5万 generator fuel + 0.8万 repaid, stated as such."),
    F("no-accountability", 3, "(a) Hydrant checks written up at month end: 四、追责问责情况 — 班长 批评教育."),
    F("no-accountability", 4, "(a) Fuel: 四、 — 驾驶员 书面检查, 扣减年度绩效."),
    F("no-accountability", 5, "(a) Allowance to people who had left and to the 队长's nephew: 四、 — 文书 批评教育, 队长 书面检查."),
    F("no-accountability", 6, "(a) Drill fee no rule allows: 四、 — 镇党委 诫勉谈话 for the 副队长."),
    F("no-accountability", 1, "(b) Slow turn-out: a work failing."),
    F("no-accountability", 8, "(b) Equipment ledger: a records failing."),
    F("no-accountability", 10, "(b) Village micro-stations: a guidance failing."),
    F("no-mechanism", 2, "(b) 修订《队员训练考核办法》."),
    F("no-mechanism", 3, "(a) 《消防栓巡检规定》 with location clock-in."),
    F("no-mechanism", 5, "(a) 《值勤补助发放核对办法》."),
    F("no-mechanism", 6, "(a) Written into the township's 《镇专职消防队对外服务事项清单》 (一律不得收费)."),
    F("no-mechanism", 9, "(b) The missing rule is made: 《队员请销假和考勤规定》."),
    F("unanswered-issue", 8, "Answered under the report's 7．(positions shift after the skipped problem)."),
    F("unanswered-issue", 10, "Answered under the report's 9．."),
    F("no-owner", 9, "牵头：副队长殷朝阳 — a named owner."),
], links=[
    L("每周组织一次夜间紧急集合拉动", 1), L("重新制定2025年训练计划", 2), L("对全镇86处消防栓逐一重新检查", 3),
    L("对二班班长计文博进行批评教育", 3), L("对2024年加油记录和出车记录逐笔核对", 4), L("驾驶员佘建平作出书面检查", 4),
    L("2名离队人员多领的3600元已全部追回", 5), L("对文书卢晓凡进行批评教育", 5), L("11次演练收取的5500元已全部退还企业", 6),
    L("镇党委对副队长殷朝阳进行诫勉谈话", 6), L("建立器材维护保养台账", 8), L("制定《队员请销假和考勤规定》", 9),
    L("将11个微型消防站分包给3个班组", 10)])
NOTES["p06"] = dict(
    unit="萹台县岙里镇专职消防队党支部 (县委第五巡察组 延伸巡察 during a township round)",
    forms="Feedback (UTF-8): the 组长's speech; praise, then three paragraphs “在…方面，一是…；二是…” with the inline numbering RESTARTING in each (3 + 4 + 3 = 10); 一要…三要 are requirements. Report (UTF-16 LE with BOM): own area headings 一、出警和训练 二、经费和物资 三、内部管理 with running 1．–9．, a (牵头；完成时限) bracket, then 四、追责问责情况 (one paragraph naming the problem for each sanction) and 五、下一步打算.",
    problems=["(b) 出警响应不够及时", "(b) 日常训练不落实", "(a) record for work not done — 消防栓巡检记录月底补写", "(a) stock gone missing — 消防车加油卡多出的油",
              "(a) benefit to people not entitled — 离队队员、队长侄子领值勤补助", "(a) fee no rule allows — 演练服务费", "(b) 理论学习不深入",
              "(b) 器材维护保养台账不全", "(b) 队员请销假制度缺失", "(b) 对微型消防站指导不够"],
    traps="Restarting inline numbering (三个 一是). The report's own 1．–9． drift by one after the skipped study problem. Every misconduct problem is answered in 四、 — holding people is done well here; the gaps are leadership, study, disclosure and one promised rule. 名单在队部张榜 is a false friend for disclosure.",
    may="The speech's 二要 warned 决不能以改代责; all four are held, so nothing there. The 队长 writes only a 书面检查 for the nephew's allowance — an inspector may find that light.")

# ---------------------------------------------------------------------------------------------------------------
G["p07"] = dict(issues=9, unanswered=[], must_flag=[
    F("no-accountability", 2, "(a) A 40-mu lease renewed for 5 years at less than half the going rent with no meeting and no tender: the rent is renegotiated and a rule issued, but nobody answers for the renewal, though 整改要求（二） asked 对有关人员依规依纪追究责任."),
    F("no-deadline", 7, "Row 7's 完成时限 is “持续推进” and the prose （七） gives no date; every other row has one."),
    F("no-owner", 9, "Row 9 names “中心” as both 责任领导 and 责任人 and the prose says “中心将…”; every other row names a person."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任邰敬轩 heads the 领导小组 as 第一责任人, 亲自部署 #2 and #3, weekly reports."),
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-14: 86 days."),
    F("no-disclosure", None, "三、三是: 县农业农村局门户网站, with a 监督电话."),
    F("inconsistent-claim", None, "6 done + #1, #7, #9 ongoing, matching the table; 0.62万, 1.6万, 1.2万 each traced to an item."),
    F("no-accountability", 3, "(a) Repair job to a familiar crew: in the item — 局党组 诫勉谈话 for the deputy."),
    F("no-accountability", 4, "(a) Stock gone missing: in the item — the storekeeper's 书面检查 and 调整岗位, and he pays 1.6万."),
    F("no-accountability", 5, "(a) Villagers' wages held back: in the item — 办公室主任 批评教育."),
    F("no-accountability", 1, "(b) Demonstration targets missed: a work failing."),
    F("no-accountability", 7, "(b) Trial records: a records failing."),
    F("no-accountability", 9, "(b) Park firms not checked: a supervision failing."),
    F("no-mechanism", 2, "(a) 《园区土地和设施出租管理办法》 — named only in the 附件 table's 建章立制 column (an unusual place), dated 2025年6月印发."),
    F("no-mechanism", 3, "(a) 《小型维修工程比价和验收规定》 in the table column."),
    F("no-mechanism", 4, "(a) 《仓库物资出入库管理制度》 in the table column."),
    F("no-mechanism", 5, "(a) 《园区临时用工管理办法》 in the table column."),
    F("no-mechanism", 8, "(b) The missing rule is made: 《科技成果和品种权管理办法》 in the table column."),
    F("no-mechanism", 1, "(b) A one-year shortfall answered with a dated 2025 plan and field days; no standing rule is needed."),
    F("no-owner", 2, "Row 2: 党支部书记、主任邰敬轩 / 办公室主任卜佳禾 (the gap there is accountability)."),
    F("no-deadline", 9, "Row 9: 2025年8月31日 (the gap there is the owner)."),
], links=[
    L("制定2025年新品种示范计划", 1), L("已与承租户重新协商", 2), L("委托第三方造价机构对维修工程重新审核", 3),
    L("局党组对分管副主任仝立新进行诫勉谈话", 3), L("全面清查仓库", 4), L("仓管员冉秋生作出书面检查", 4),
    L("扣着未发的1.2万元已于6月全部发放到村民手中", 5), L("对负责用工管理的办公室主任卜佳禾进行批评教育", 5),
    L("支部学习和业务学习分开安排", 6), L("对3个品种缺失的数据", 7), L("对2个品种权和5项实用技术逐项登记", 8),
    L("中心将对4家入园企业开展一次全面检查", 9)])
NOTES["p07"] = dict(
    unit="蒟岭县农业科技示范园管理中心党支部 (县农业农村局党组巡察组 round)",
    forms="Feedback: DOCX 反馈意见 whose nine problems are the rows of a Word table (序号｜方面｜问题表现), the 方面 column merged vertically over each area's rows (so its text appears once per area); 二、整改要求 （一）–（三） are not problems. Report: DOCX prose with bold 一、二、三、 and short reworded headings （一）–（九） in feedback order; sanctions inside the prose items; every rule is named ONLY in the last column 建章立制 of the closing Word-table 整改台账 (附件).",
    problems=["(b) 新品种示范推广任务完成不好", "(a) contract renewed without anyone deciding — 试验地原价续签5年", "(a) job to an acquaintance — 大棚维修给熟识的施工队",
              "(a) stock gone missing — 有机肥少6.5吨、苗木不见", "(a) money kept back — 村民工钱扣着不发", "(b) 理论学习不深入", "(b) 试验数据台账不全",
              "(b) 科技成果管理制度缺失", "(b) 对入园企业监管不到位"],
    traps="Rules appear only in a table column after a page break: a reader of the prose alone would call every item rule-less. #2's prose says 今后…一律经主任办公会研究、公开招租 and the table names a rule, yet nobody answers for the renewal. Merged table cells hide the area name on later rows.",
    may="#1's plan is only for 2025; a reader may want a standing 示范推广 rule. #4's 4 tonnes used without paperwork is explained, the rest repaid.")

# ---------------------------------------------------------------------------------------------------------------
G["p08"] = dict(issues=10, unanswered=[], must_flag=[
    F("no-accountability", 3, "(a) Loose handrails and no non-slip floor reported in writing in 2023, an 84-year-old broke a bone in 2024, 8.2万 paid: the report repairs, issues a rule and holds a 警示教育 for all staff, but nobody answers for the months of delay, though the requirements said 对涉及…安全事故的问题查清责任，该处理的坚决处理."),
    F("no-mechanism", 4, "(a) A 护理押金 no rule allows: deposits refunded and the deputy writes a 检查, but the rule is only “下一步将健全收费管理长效机制，进一步规范收费行为” — a slogan, though the requirements named 收费 for a rule."),
    F("repeated-measure", 7, "（七）(护理员培训不足) is answered by a boilerplate paragraph (组织全体干部职工深入学习养老服务有关法规和上级文件精神…转化为提升养老服务质量的实际成效) pasted again under （九）: no training, no certificate."),
    F("repeated-measure", 9, "（九）(消防安全) repeats （七）'s paragraph word for word after its own first clause: nothing on the gas alarm or the blocked exits."),
    F("no-disclosure", None, "Nothing says the rectification is or will be made public, though the requirements said 按规定向社会公开; the 收费标准、床位费减免名单 on the hall 公示栏 are service notices, not disclosure of the rectification."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、院长晏青禾 heads the 领导小组 as 第一责任人, 亲自部署 #2 and #3, weekly meetings."),
    F("late-report", None, "Feedback 2025-06-10, report 2025-09-02: 84 days."),
    F("no-accountability", 2, "(a) Bed fees waived for non-eligible elders incl. the accountant's aunt: in the item — 公寓会计已调离财务岗位."),
    F("no-accountability", 4, "(a) Deposit no rule allows: in the item — the 分管副院长 作出书面检查."),
    F("no-accountability", 5, "(a) Donated goods unaccounted for: in the item — 保管员 批评教育, 扣减当月绩效."),
    F("no-accountability", 1, "(b) Assessments skipped: a work failing."),
    F("no-accountability", 6, "(b) Shallow study."),
    F("no-accountability", 10, "(b) Medicine ledger: a records failing."),
    F("no-mechanism", 2, "(a) 印发《入住费用减免审核规定》."),
    F("no-mechanism", 3, "(a) 《设施安全巡查和维修规定》 (the gap there is accountability)."),
    F("no-mechanism", 5, "(a) 《捐赠物资管理办法》."),
    F("no-mechanism", 8, "(b) The missing rule is made: 《老人外出请销假和交接制度》."),
    F("no-mechanism", 10, "(b) 《代管药品管理规定》 and 双人核对."),
    F("unanswered-issue", 7, "Answered, if only by the pasted paragraph (the gap is repeated-measure)."),
    F("unanswered-issue", 9, "Answered, if only by the pasted paragraph."),
    F("no-owner", 7, "责任人：副院长骆安然 (the gap there is the pasted text)."),
], links=[
    L("对17名未评估即定级的老人全部补做能力评估", 1), L("4名不符合特困条件的老人已按标准补交床位费5.76万元", 2),
    L("公寓会计已调离财务岗位", 2), L("已更换二楼走廊扶手42米", 3), L("已停止收取护理押金", 4), L("分管副院长骆安然作出书面检查", 4),
    L("对2024年以来的捐赠物资重新清点", 5), L("对保管员进行批评教育", 5), L("制定支部2025年下半年学习计划", 6),
    L("针对护理员培训不足的问题", 7), L("制定《老人外出请销假和交接制度》", 8), L("针对消防安全监管不到位的问题", 9),
    L("建立代管药品登记台账", 10)])
NOTES["p08"] = dict(
    unit="蓰阳县老年公寓党支部 (县民政局党组巡察组 round)",
    forms="Feedback: HTML news page of the bureau site, GB18030 (charset=gb18030), page chrome; the ten problems are the items of an HTML <ol> — no visible numbers, one problem per line after “巡察发现的主要问题有：”; the 副局长's 一要…三要 and the 表态 are not problems. Report (UTF-8, CRLF): （一）–（十） own headings “把…”, each ending “（对应问题N）”, measures + (责任人；完成时限); sanctions inside the items.",
    problems=["(b) 入住评估不规范", "(a) benefit to people not entitled — 非特困老人免床位费, 1人是会计的姑母", "(a) hazard left until someone was hurt — 扶手、防滑, 老人骨折, 赔 8.2万",
              "(a) fee no rule allows — 护理押金 2000元", "(a) stock gone missing — 捐赠油、被找不到发放记录", "(b) 理论学习不深入", "(b) 护理员培训不足",
              "(b) 老人外出请销假制度缺失", "(b) 消防安全监管不到位", "(b) 代管药品台账不全"],
    traps="“组织全体职工开展警示教育，举一反三” in #3 is not holding anyone to account. The problem list has no visible numbers (HTML <ol>). The pasted paragraph sits under headings that look specific (把护理队伍建强, 把消防安全抓牢). 公示栏 in 三、 is a false friend.",
    may="The opening claims 10个问题已全部完成整改 while #7 and #9 have nothing concrete; not gold as inconsistent-claim (no item says ongoing), but an inspector may challenge the claim.")

# ---------------------------------------------------------------------------------------------------------------
G["p09"] = dict(issues=10, unanswered=[6], must_flag=[
    F("no-accountability", 2, "(a) 8.3万 of farmers' rent held in the centre's account for 4+ months: paid out and a rule issued, but the item only says “对相关人员视情严肃追究责任” and 三、追责问责情况 does not name it — a promise, nobody held, though the requirements named 租金滞留 for 严肃处理."),
    F("no-mechanism", 3, "(a) Village land renewed for 10 years without a 村民代表会议 vote: re-voted and the 主任 诫勉, but the rule is only “下一步将健全相关机制，进一步规范集体土地流转程序”, though the requirements named 集体土地流转程序 for a rule."),
    F("unanswered-issue", 6, "流转纠纷调处不及时 (二、3．): the 通报's （一）–（九） skip it; nothing on the 6 overdue disputes."),
    F("inconsistent-claim", None, "“反馈的10个问题已全部整改到位”, while （五） says 1.2万 of the 4.8万 is still 正在追缴 (until 2025-01-31) and one problem is not answered at all."),
    F("late-report", None, "Feedback 2024-09-24 with a 三个月内 limit (2024-12-24); the 通报 is dated 2025-01-16: 114 days."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任龙惠泽 heads the 领导小组 as 第一责任人, 6 meetings."),
    F("no-disclosure", None, "四、: the 通报 is published on the township site and the 政务公开栏 for 10 days, with phone and address."),
    F("no-accountability", 3, "(a) Renewal without a vote: 三、 — the 主任 诫勉谈话."),
    F("no-accountability", 4, "(a) Fee no rule allows: 三、 — 经办人 批评教育, 扣减绩效."),
    F("no-accountability", 5, "(a) Subsidy to the deputy's brother-in-law and others: 三、 — 移交镇纪委处理."),
    F("no-accountability", 1, "(b) Late filing: a work failing."),
    F("no-accountability", 7, "(b) Ledger vs. title data: a records failing."),
    F("no-accountability", 8, "(b) Shallow study."),
    F("no-mechanism", 1, "(b) The 15-day filing limit is written into 《流转合同鉴证服务规范》."),
    F("no-mechanism", 2, "(a) 《流转租金代收代付管理办法》 with a 10-day limit (the gap there is accountability)."),
    F("no-mechanism", 4, "(a) Free 鉴证 written into 《流转合同鉴证服务规范》."),
    F("no-mechanism", 5, "(a) 《规模流转奖补实地核查规定》."),
    F("no-mechanism", 7, "(b) 《流转台账动态更新制度》, quarterly comparison."),
    F("vague-measure", 2, "（二） pays all 41 households and issues a rule; its one slogan-like sentence is about accountability, not the measure."),
    F("unanswered-issue", 7, "Answered under the 通报's （六） (positions shift after the skipped problem)."),
    F("unanswered-issue", 10, "Answered under （九）."),
], links=[
    L("21份超期备案合同已全部补办备案", 1), L("滞留的8.3万元已于2024年10月底前全部支付给41户农户", 2),
    L("已督促岭下村召开村民代表会议", 3), L("对中心主任龙惠泽进行诫勉谈话", 3), L("已停止收取鉴证服务费", 4),
    L("对经办人晏小满进行批评教育", 4), L("3户不符合条件的经营户多领的4.8万元已追回3.6万元", 5),
    L("中心副主任巫晴川的问题已移交镇纪委处理", 5), L("对312亩不一致的地块逐块实地核对", 7),
    L("2024年11月、12月围绕农村土地制度改革开展专题研讨2次", 8), L("与7名外出务工党员全部建立微信联系", 9),
    L("流转信息平台已更新可流转地块信息46条", 10)])
NOTES["p09"] = dict(
    unit="莛川县沣口镇农村土地流转服务中心党支部 (县委第六巡察组 延伸巡察 during a township round)",
    forms="Feedback (UTF-8): formal 反馈意见 with areas 一、二、三、…方面 and RESTARTING 1．2．3．(4．) heading。detail lines (3 + 4 + 3 = 10); 四、整改要求 （一）–（三） not problems. Report (GB18030, CRLF): an 整改进展情况的通报 with an all-done total, items （一）–（九） each in label lines 反馈问题：/整改进展：/责任人：/完成时限：, then 三、追责问责情况 (one sentence per problem named in words) and 四、公开与监督.",
    problems=["(b) 流转合同备案不及时", "(a) money kept back — 租金8.3万在中心账上压了几个月", "(a) contract renewed without anyone deciding — 机动地没表决续签10年",
              "(a) fee no rule allows — 鉴证“服务费”每亩2元", "(a) benefit to people not entitled — 奖补给不够条件的经营户, 1户是副主任妹夫", "(b) 流转纠纷调处不及时",
              "(b) 流转土地台账与确权数据不一致", "(b) 理论学习不深入", "(b) 流动党员管理不到位", "(b) 流转信息发布不及时"],
    traps="“视情严肃追究责任” is a promise, not a sanction. The 追责问责 section names problems by description, not number, and leaves out the rent. The skipped problem shifts the 通报's numbering. The 3 people processed and 4 rules are counted right; the all-done claim is not.",
    may="The 副主任 referred to the 纪委 (#5) is still 责任人 of three items — an inspector may question that.")

# ---------------------------------------------------------------------------------------------------------------
G["p10"] = dict(issues=11, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、站长荆远山 heads the 领导小组 as 第一责任人, 直接部署、直接督办 four problems, visited all 9 pumping stations."),
    F("late-report", None, "Feedback 2025-03-25, report 2025-06-18: 85 days."),
    F("no-disclosure", None, "三、三是: 县水利局门户网站, with a 监督电话."),
    F("inconsistent-claim", None, "10 done + #11 正在推进 = 11; 10 rules = 9 new + 1 revised; 8 people = 1 + 1 + 2 + 1 + 3; 6.3万 refunded, 2.1万 recovered."),
    F("no-accountability", 2, "(a) 问责情况：收费股股长舒望诫勉谈话."),
    F("no-accountability", 3, "(a) 问责情况：仓库保管员作出书面检查 (and he pays 2.1万)."),
    F("no-accountability", 4, "(a) Railing left broken until a villager fell in: 问责情况 — the station head 调整岗位, the deputy 批评教育."),
    F("no-accountability", 5, "(a) Civil works to the 站长's schoolmate: 问责情况 — 局党组 诫勉谈话 for the 站长 (the price review found no overcharge; the missing 比选 is still answered)."),
    F("no-accountability", 6, "(a) Overhaul records for work not done: 问责情况 — 股长 批评教育 + 扣减绩效, 2 technicians 批评教育."),
    F("no-accountability", 7, "(b) 问责情况：不涉及 — rightly."),
    F("no-accountability", 9, "(b) 不涉及."),
    F("no-accountability", 11, "(b) Too few engineers: 不涉及."),
    F("no-mechanism", 2, "(a) 印发《排灌服务收费公示制度》."),
    F("no-mechanism", 3, "(a) 《泵站物资设备管理办法》."),
    F("no-mechanism", 4, "(a) 《泵站安全隐患排查治理办法》."),
    F("no-mechanism", 5, "(a) 《小型水利工程发包管理规定》 with 回避."),
    F("no-mechanism", 6, "(a) 《机组检修验收办法》 and three-party sign-off."),
    F("no-mechanism", 9, "(b) The missing rule is made: 《汛期值班制度》."),
    F("no-mechanism", 11, "(b) “制度建设：不涉及” — recruitment needs no rule."),
    F("no-deadline", 7, "“2025年6月30日，此后长期坚持”."),
    F("no-deadline", 11, "The ongoing item carries 2025年12月31日."),
    F("vague-measure", 5, "A price review, a sanction and a rule — concrete, though the review found nothing to cut."),
    F("copied-measure", 2, "The heading restates the problem in quotes (关于“排灌服务费每亩多收3元”的问题), then the fields act: refund by village, the new rate, a 公示 rule."),
], links=[
    L("制定2025年夏灌供水计划", 1), L("两年多收的6.3万元已按用水村组逐一退还", 2), L("收费股股长舒望诫勉谈话", 2),
    L("对全站物资逐项盘点", 3), L("仓库保管员作出书面检查", 3), L("3号泵站进水池已于4月3日加装护栏和夜间警示灯", 4),
    L("3号泵站站长调整岗位", 4), L("对土建部分结算重新审核", 5), L("县水利局党组对站长荆远山进行诫勉谈话", 5),
    L("对5台机组重新检修", 6), L("技术股股长批评教育", 6), L("围绕水利改革政策开展专题研讨2次", 7), L("统一印制泵站运行日志", 8),
    L("汛期实行站领导带班、24小时值班", 9), L("组织26名村级管水员集中培训1次", 10), L("申请公开招聘机电专业技术人员2名", 11)])
NOTES["p10"] = dict(
    unit="蘘溪县机电排灌管理站党支部 (县水利局党组巡察组 round)",
    forms="Feedback (GB18030): formal 反馈意见, 一、巡察发现的主要问题 with （一）（二）（三）…方面 and continuous 1．–11． heading。detail lines; 二、整改意见 1．–3． not problems. Report (UTF-8): （N）关于“…”的问题 with seven field lines each — 整改措施：/责任领导：/责任股室：/完成时限：/问责情况：/制度建设：/整改成效： — so every sanction sits in a 问责情况 field line and every rule in a 制度建设 line (“不涉及” where none is needed). GOOD REPORT (no must_flag).",
    problems=["(b) 灌溉服务保障不到位", "(a) fee no rule allows — 排灌费每亩多收3元", "(a) stock gone missing — 备用电机、电缆找不到",
              "(a) hazard left until someone was hurt — 护栏缺损, 村民跌入, 赔 2.6万", "(a) job to an acquaintance — 土建活给站长的同学",
              "(a) record for work not done — 检修记录写已检修、机组没修", "(b) 理论学习不深入", "(b) 泵站运行台账不全", "(b) 汛期值班制度缺失",
              "(b) 对村级管水员监管不到位", "(b) 专业技术人员不足"],
    traps="“问责情况：不涉及” and “制度建设：不涉及” on ordinary failings are right, not gaps. #5's review finds the price reasonable; the answer still holds the 站长 and makes a rule. #11 is ongoing with a date and the opening counts say so.",
    may="#3: two motors lent to a neighbouring county and never returned since 2023 — a reader may ask whether someone should answer for the loan itself; the storekeeper's 检查 covers the cable.")

# ---------------------------------------------------------------------------------------------------------------
KIND_ORDER = ["unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
              "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"]

for name, g in G.items():
    out = {"mode": "pair", "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    n = NOTES[name]
    lines = [f"# {name} — {n['unit']}", "", "## Forms", n["forms"], "", "## Problems in order (kind) and the measures that answer them"]
    for k, p in enumerate(n["problems"], 1):
        ms = [l["measure"] for l in g["links"] if l["issue"] == k]
        ans = "**unanswered**" if k in g["unanswered"] else "; ".join(f"“{m}”" for m in ms)
        lines.append(f"{k}. {p} — {ans}")
    for lst, title in (("must_flag", "must_flag (gaps a careful inspector raises)"), ("must_not_flag", "must_not_flag (traps)")):
        lines += ["", f"## {title}"]
        ents = sorted(g[lst], key=lambda e: (KIND_ORDER.index(e["kind"]), e["issue"] or 0))
        lines += [f"- {e['kind']} {'(document)' if e['issue'] is None else '#' + str(e['issue'])}: {e['why']}" for e in ents] or ["- none (good report)"]
    lines += ["", "## Traps", n["traps"], "", "## May report (not gold)", n["may"], ""]
    with open(os.path.join(ROOT, name, "notes.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
