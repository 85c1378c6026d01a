"""Write p01..p10/gold.json (dev-pairs gold format) for dev103. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev44/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蘅塘村卫生室 (village clinic, two 乡村医生), 延伸巡察 by the 县卫健局党委巡察组. Feedback: 一、…六、 heading。detail;
# 整改要求 一要…三要 not problems. Report: the clinic head's plain report, 一、…的事 headings + 负责人/完成时间 line. GOOD.
G["p01"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "“我是卫生室负责人，这次整改由我负总责” and the 卫生院院长 checks progress every half month: the head leads it himself, in plain words."),
    F("late-report", None, "Feedback 2025-04-15, report 2025-07-08: 84 days, inside three months."),
    F("no-disclosure", None, "Posted on the 卫生室门口公示栏 and the 村务公开栏 for 10 days, with a 监督电话."),
    F("inconsistent-claim", None, "“基本做完” with two named standing tasks (quarterly visits, monthly stock-take); no figure contradicts the items."),
    F("no-accountability", 1, "郗月琴 “写了书面检查，卫生院扣了她二季度的公卫绩效” — plain-word accountability."),
    F("no-accountability", 3, "492元 returned to each patient; the head “在村党支部会上作了检讨” and was 通报批评."),
    F("no-accountability", 4, "The 村文书 who signed for farmers was 批评教育 by the village secretary."),
    F("no-mechanism", 2, "“每月最后一天我和郗医生两人一起盘库，两人签字” — a small unit's rule."),
    F("no-mechanism", 5, "医废转运协议 with a weekly collection and a signed 交接单 kept on the wall."),
    F("no-owner", 4, "Two owners split by area (蘅塘片 / 蔊坳片)."),
    F("no-owner", 2, "负责人：郗月琴."),
    F("no-deadline", 5, "“两周内，已于4月底完成” — an everyday time limit."),
    F("no-deadline", 6, "“从5月起每月坚持” for a standing duty."),
], links=[
    L("27人次不实的随访记录已全部作废重做", 1), L("5个品种的差数已查清", 2),
    L("41人次多收的492元，我们按名单一户一户退到了本人手上", 3), L("9户没上过门的，我和郗医生分片包干", 4),
    L("买了专用的黄色医废桶和锐器盒", 5), L("现在村支部每月的主题党日我们排好班", 6)])

# p02 茭岭猕猴桃专业合作社党支部 (a farm co-op's party branch), village round. Feedback (GB18030): 1．–7． heading。detail;
# 整改意见（1）–（3） not problems. Report (GB18030, CRLF): short preamble + 一是…三是 + a table drawn with spaces.
G["p02"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-accountability", 3, "The feedback names 理事长常守富's family and relatives taking 1.2万 too much; the row only re-computes the returns and adds a 社员大会 rule — the 1.2万 is not recovered and nobody is dealt with, though 整改意见（2） asks 多分多占的钱要查清退回，相关人员要严肃处理."),
    F("no-deadline", 7, "Row 7's 完成时间 cell is empty (“正在培养”); every other row has a time."),
], must_not_flag=[
    F("weak-leadership", None, "The branch secretary “牵头抓总”, weekly Friday meetings on the table, the 镇 包村干部 checked four times."),
    F("late-report", None, "Feedback 2025-04-10, report 2025-06-30: 81 days."),
    F("no-disclosure", None, "Posted on the 合作社公示栏 and the 村务公开栏; progress also told in the 社员微信群."),
    F("inconsistent-claim", None, "“已完成4个（第2、3、4、5个），第1、6、7个还在推进” matches the 进展 column."),
    F("no-accountability", 4, "2.4万 returned to the 专户, 检讨 at the 党员大会, 约谈 by the 镇党委."),
    F("no-accountability", 2, "0.57万 of unexplained 白条 repaid by the 理事长 himself; the 白条 given proper papers."),
    F("no-deadline", 1, "“秋收前（9月底）” — an everyday time limit."),
    F("no-deadline", 5, "“这个月内”."),
    F("no-deadline", 6, "“长期坚持” for a standing duty, with a dated schedule on the wall."),
    F("no-owner", 5, "代账会计吕小燕 is named."),
    F("no-mechanism", 2, "“报账要经手人、理事长、监事长三人签字”."),
    F("no-mechanism", 5, "“以后每季度公开一次账目”."),
    F("vague-measure", 1, "Opens with 认识到带富是合作社的本分 but then seedlings, two trainings for 97 households, two purchase contracts."),
    F("repeated-measure", 2, "The shared clause 以后用钱要支委会研究 sits beside acts proper to row 2 (补手续, 代账会计, 三人签字)."),
    F("repeated-measure", 4, "Same shared clause beside acts proper to row 4 (2.4万 returned, 专户)."),
], links=[
    L("请县果业站技术员上门培训2次", 1), L("23笔白条逐笔补了手续", 2), L("重新按交售量核算了2024年的盈余返还", 3),
    L("理事长常守富已将2.4万元退回合作社冷库建设专户", 4), L("公示栏换新", 5),
    L("定了支部全年活动表贴在合作社办公室墙上", 6), L("把4名35岁以下的种植能手列为入党积极分子", 7)])

# p03 蔸塘村完全小学 (a village primary school, 7 teachers), 延伸巡察 by the 县教育局党组巡察组. Feedback (UTF-8 CRLF): the
# 组长's speech 第一，…第六，; 一要…三要 not problems. Report: DOCX, the principal's first-person report, bold headings.
G["p03"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("vague-measure", 4, "四、 (teachers on their phones in class, late and leaving early, an attendance sheet that shows no lateness) is answered only with 深刻认识…进一步提高思想认识，加强自身修养，切实转变工作作风…: no attendance check, no phone rule, nothing on the false sheet."),
    F("late-report", None, "Feedback 2025-03-18 with a 三个月内 limit; the report is dated 2025-07-02: 106 days (the principal even apologises for it)."),
], must_not_flag=[
    F("weak-leadership", None, "The principal writes as 第一责任人, asks every Monday, the 乡中心学校校长 came twice."),
    F("no-disclosure", None, "Told to parents at the 6月28日 家长会 and posted on the 学校公示栏."),
    F("inconsistent-claim", None, "“其余五条已经改完” matches the items; the stair rail is stated as an extra of the school's own."),
    F("no-accountability", 3, "Money returned to 14 families, 检讨, 书面检查, 扣了本学期的绩效工资, no 评先评优."),
    F("no-accountability", 1, "Content of the after-school service: nobody did wrong."),
    F("no-mechanism", 2, "Two-person receipt signatures, locked sample cabinet, accounts kept by the 乡中心学校."),
    F("no-owner", 3, "“负责人：我（校长禚立民）”."),
    F("no-deadline", 5, "Done in April; the extra rail check “下学期开学前”."),
    F("no-deadline", 6, "“从5月起每月坚持” for a standing duty."),
], links=[
    L("开了书法、篮球、剪纸三个兴趣组", 1), L("食材进货由炊事员和值周老师两人验收签字", 2), L("两名老师已停止补课", 3),
    L("进一步提高思想认识，加强自身修养", 4), L("走廊护栏请乡里的施工队重新加固了", 5), L("欠交的党费已补交", 6)])

# p04 蒗口镇司法所 (township justice office, 3 people). Feedback: DOCX with a Word-table 问题清单 (序号｜问题｜具体表现), 6 rows;
# 整改要求 not problems. Report (UTF-16 LE, CRLF): by number 第N条（…问题）：, 第5条 skipped.
G["p04"] = dict(mode="pair", issues=6, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "普法宣传搞形式 (old photos for two 法律进村 events never held): the report goes from 第4条 to 第6条; nothing answers it."),
    F("copied-measure", 2, "第2条 turns the feedback's own words into a promise (进一步规范人民调解卷宗，做到调查笔录齐全、协议书签字完整): nothing on the 21 files without 笔录 or the 9 unsigned agreements."),
    F("no-mechanism", 3, "The feedback says the station has no 值班登记; the answer is one phone call to the 法律援助中心 and “这几周律师都来了” — no roster, no sign-in book, nothing that lasts."),
], must_not_flag=[
    F("weak-leadership", None, "The 所长 is 第一责任人, Monday meetings on the list, the 镇党委副书记 heard two reports."),
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-12: 84 days."),
    F("no-disclosure", None, "Posted on the 所务公开栏 and the 镇政务公开栏."),
    F("inconsistent-claim", None, "No claim that all is done; nothing contradicts the items."),
    F("unanswered-issue", 6, "Answered under 第6条 — the fifth answer in the report but the sixth problem."),
    F("copied-measure", 1, "第1条 restates the problem in brackets and then acts (约谈, 警告, 训诫, daily checks)."),
    F("no-accountability", 4, "0.28万 repaid by the 所长 himself, 检讨 at the 支部会, 提醒谈话 by the 县局."),
    F("no-accountability", 1, "郁冬梅 写了书面检查; the two offenders 警告 / 训诫."),
    F("no-mechanism", 4, "Every 调解经费 payment now approved by the 县局 first."),
    F("no-owner", 1, "负责人：郁冬梅."),
    F("no-deadline", 1, "6月底前，已完成."),
], links=[
    L("两名没按时报到的矫正对象", 1), L("我所将进一步规范人民调解卷宗", 2), L("给县法律援助中心打了电话", 3),
    L("已由我个人全部退回调解经费账户", 4), L("学习笔记要求手写心得", 6)])

# p05 莼湾供电所党支部 (a rural power-supply station, 9 staff), enterprise round. Feedback: three 一、…方面 areas with
# restarting 1．2．(3．) = 2 + 3 + 2. Report: DOCX, preamble + Word-table ledger with plain column names. GOOD.
G["p05"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "支部书记 and 所长 are 第一责任人, lead together, go through the ledger every Monday."),
    F("late-report", None, "Feedback 2025-02-26, report 2025-05-22: 85 days."),
    F("no-disclosure", None, "营业厅公示栏 and the 村务公开栏 of three areas, with a 监督电话."),
    F("inconsistent-claim", None, "“7个问题已整改完成6个” and row 6 is the only one “按计划执行”."),
    F("no-accountability", 3, "书面检查, 扣了他两个月的绩效, 免去了他的收费员, moved to another team."),
    F("no-accountability", 4, "Driver and deputy head 检讨 at the 支部会; the deputy 约谈 by the 公司纪委."),
    F("no-accountability", 7, "Both offenders 扣绩效500元 and 停工学习3天."),
    F("no-mechanism", 3, "扫码缴费, cash handed in the same day, daily reconciliation."),
    F("no-mechanism", 5, "Keys held by two people, stock-take every quarter."),
    F("no-deadline", 1, "“春耕前（3月底）”."),
    F("no-deadline", 5, "“这个月内（5月底前）”."),
    F("no-owner", 6, "支部书记鲁春芳."),
], links=[
    L("剩下的蕖家台区已于3月20日投运", 1), L("每户建报装卡", 2), L("1.6万元已全部上交入账", 3),
    L("抢修车钥匙交值班室统一保管", 4), L("废旧电表412只、导线1.3吨全部登记造册", 5), L("定了全年支部活动计划", 6),
    L("班前会改成每人轮流讲当天的风险点", 7)])

# p06 蓴溪镇退役军人服务站 (two staff), 延伸巡察 in a township round. Feedback (UTF-16 LE): 问题1：…问题6： + 具体表现：.
# Report: public HTML 公示 on the township website (GB18030), 1、…6、 with a bracket (负责人；完成时间).
G["p06"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-owner", 4, "4、 (6 seriously ill or poor veterans not visited) has no bracket and names nobody, while every other item has a 负责人."),
    F("inconsistent-claim", None, "“反馈的6个问题已全部整改完成” while 4、 says 2 of the 6 households are still to be visited and 5、 says the 档案柜 has not arrived (完成时间：年底前)."),
], must_not_flag=[
    F("weak-leadership", None, "The 站长 is 第一责任人; the 镇党委副书记 came three times."),
    F("late-report", None, "Feedback 2025-03-05, 公示 2025-05-30: 86 days."),
    F("no-disclosure", None, "A public 公示 on the township website with a 公示期 and a 监督电话."),
    F("no-accountability", 2, "The 500元 returned by the family; the staff member who paid it 作了检讨."),
    F("no-accountability", 6, "Veterans not organised: nobody did wrong."),
    F("no-mechanism", 1, "每季度和各村核对一次名册."),
    F("no-mechanism", 3, "门上贴了值班表和电话; staff no longer taken away."),
    F("no-deadline", 4, "“争取6月底前全部走到” (the gap there is the owner)."),
    F("no-deadline", 3, "“立即整改”."),
    F("no-owner", 5, "工作人员祁小川."),
], links=[
    L("37人的联系方式已补齐", 1), L("家属已全部退回", 2), L("门上贴了值班表和电话", 3),
    L("把6户重病、困难的退役军人列在最前面", 4), L("档案已搬进镇综合楼一楼的临时房间", 5), L("蓴溪老兵志愿服务队", 6)])

# p07 蔄口市场监管所 (township market-regulation office, 5 people). Feedback: （一）–（七） heading lines + one detail line.
# Report (UTF-8 CRLF): blocks 一…七 with 问题：/怎么改的：/谁负责：/啥时候改完：.
G["p07"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("repeated-measure", 2, "二's 怎么改的 is a boilerplate paragraph (组织全体人员认真学习…举一反三，确保整改取得实效) pasted again word for word under 六 after a different first clause."),
    F("repeated-measure", 6, "六 repeats 二's paragraph."),
    F("no-deadline", 5, "五's 啥时候改完 is “逐步落实到位” — no time; every other block has one."),
    F("no-accountability", 4, "Two officers took a supermarket owner's dinner and 500元 cards each: the answer is a 警示教育会 and a pledge for everybody — no card returned, nobody named or dealt with, though the feedback says 严肃处理到人."),
], must_not_flag=[
    F("weak-leadership", None, "The 所长 is 第一责任人, weekly meetings on the list."),
    F("late-report", None, "Feedback 2025-03-25, report 2025-06-16: 83 days."),
    F("no-disclosure", None, "办事大厅公示栏."),
    F("inconsistent-claim", None, "No overall claim; item statuses are stated one by one."),
    F("no-mechanism", 3, "法制员 signs every case before closing."),
    F("no-mechanism", 7, "Risk sheets per post, renewed every January."),
    F("no-owner", 5, "内勤房秀芝 (the gap there is the time limit)."),
    F("no-deadline", 1, "4月底前，已完成."),
    F("no-deadline", 6, "“长期坚持” for study (the gap there is the pasted paragraph)."),
], links=[
    L("检查表改成写实", 1), L("对投诉处理慢的问题", 2), L("罚款不符的那1起已按程序撤销重新作出", 3),
    L("全体人员签了廉洁承诺书", 4), L("2台快检设备拿出来用起来了", 5), L("对学习走过场的问题", 6),
    L("重新排查了所里5个岗位的风险点", 7)])

# p08 茳口乡农业技术推广站 (township farm-extension station, 4 people). Feedback: HTML news page, all problems in one
# “巡察组指出，…；…等问题” sentence (7). Report (UTF-8): unnumbered plain paragraphs. PLAINLY WEAK.
G["p08"] = dict(mode="pair", issues=7, unanswered=[7], must_flag=[
    F("unanswered-issue", 7, "党建工作弱化 (no regular study, no new members for years): nothing in the report."),
    F("vague-measure", 3, "The 服务 paragraph is slogans only (进一步转变工作作风，深入田间地头，切实提高服务质量…): no visiting schedule, no phone duty, nobody, no date."),
    F("copied-measure", 5, "The 考勤 paragraph restates the feedback (内部管理松散、考勤制度执行不严…上班时间不在岗) as a promise."),
    F("weak-leadership", None, "The 站长, whom the speaker told to 亲自抓, never appears: “站里开会把问题分给了大家，由技术员钭晓光负责汇总整改材料”."),
    F("no-disclosure", None, "The feedback asks to publish the rectification to the 乡 and the farmers; the report never does."),
    F("late-report", None, "Feedback 2025-01-14 with a 三个月内 limit; report dated 2025-05-06: 112 days."),
], must_not_flag=[
    F("inconsistent-claim", None, "No figures or all-done claim to contradict."),
    F("no-owner", 1, "技术员钭晓光."),
    F("no-deadline", 1, "“早稻插秧前完成” — an everyday time limit."),
    F("no-deadline", 4, "“两周内”."),
    F("no-mechanism", 2, "核查表要两个人签字, checks in the field."),
    F("no-mechanism", 4, "Three-party signatures for every hand-out."),
    F("no-accountability", 2, "The subsidy recovered; the fault was the farmers' claim (the station's lapse is met by field checks)."),
], links=[
    L("把示范片扩到520亩", 1), L("补贴已经让村里收回来了", 2), L("深入田间地头，切实提高服务质量", 3),
    L("42袋有机肥已经查清楚了", 4), L("我站将严格执行考勤制度", 5), L("4笔差旅费补了审批单", 6)])

# p09 蒉坝乡人社所 (township HR & social-security office, 3 people). Feedback (GB18030): the 组长's speech, inline 一是…六是
# across two 从…看 paragraphs; 一要…三要 not problems. Report (UTF-8): 1.–6. with a bracket (负责人；time).
G["p09"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-mechanism", 2, "Cash premiums collected in villages with hand-written receipts: the answer hands in the cash and swaps the receipts, but sets no rule (no cash ban, no same-day hand-in, no official receipts from now on), though the speech asked 把规矩立起来."),
    F("no-owner", 5, "5.'s bracket has only “7月底前完成” — no 负责人, while every other item names one."),
    F("no-disclosure", None, "The speech's 三要 asks to publish the result to the people; the report never does (the 办事指南 on the window is not rectification disclosure)."),
], must_not_flag=[
    F("weak-leadership", None, "“这次整改我负总责” (所长), the 乡党委分管副书记 hears a report each month."),
    F("late-report", None, "Feedback 2025-04-22, report 2025-07-15: 84 days."),
    F("inconsistent-claim", None, "“第1至第4个已经完成，第6个…长期坚持，第5个…7月底前完成” matches the items."),
    F("no-accountability", 1, "1.37万 recovered, 郜平 写了检查 and lost half a year's 考核奖."),
    F("no-accountability", 4, "Apology, meal money returned, 检讨 at the 支部会, “乡纪委找他谈了话”."),
    F("no-accountability", 3, "0.96万 returned, the two posts ended."),
    F("no-mechanism", 1, "Monthly check of death lists with the 派出所 and 卫生室."),
    F("no-mechanism", 3, "Monthly two-side sign-in for 公益性岗位."),
    F("copied-measure", 1, "The label restates the problem (去世人员冒领养老金的问题：) and acts follow."),
    F("no-deadline", 5, "“7月底前完成” (the gap there is the owner)."),
    F("no-owner", 2, "工作人员郜平 (the gap there is the rule)."),
], links=[
    L("1.37万元已从家属处全部追回", 1), L("村里收的现金保费已全部上缴入账", 2), L("2人已解除，停发补贴", 3),
    L("当事人卞家旺已向群众当面道歉", 4), L("参保档案重新整理", 5), L("每月跟乡机关支部过组织生活", 6)])

# p10 荇岭道班 (a road-maintenance crew of 8). Feedback (UTF-8 CRLF): one paragraph “主要表现在：一是…七是”; 巡察组要求 not
# problems. Report (GB18030): plain paragraphs in another order (1, 7, 4, 3, 2, 5, 6). PLAINLY WEAK.
G["p10"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("repeated-measure", 3, "The safety paragraph (认真学习了上级有关文件和规定…确保整改取得实效) is pasted again word for word under 学习."),
    F("repeated-measure", 6, "The 学习 paragraph repeats the safety one."),
    F("no-accountability", 2, "6 tons of cold-patch material over-drawn and taken home for private yards: the answer is a stock-take and a sign-out book — nothing recovered, nobody named or dealt with, though the feedback asks 多领、多占…的钱物要追回，相关人员要处理."),
    F("no-deadline", 5, "The 机械设备 paragraph names an owner but no time, while every other concrete paragraph has one."),
    F("weak-leadership", None, "“道班开会传达了反馈意见，把问题分给各人去改”: no 班长 or anyone leading, though the feedback put the responsibility on the 班长; the report is signed by nobody."),
    F("no-disclosure", None, "The feedback asks to post the result in the 道班 and along the road; the report never does."),
    F("inconsistent-claim", None, "“以上7个问题，道班都已经全部整改完毕” while the 融雪剂 is only applied for and arrives 入冬前."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-05-08, report 2025-07-30: 83 days."),
    F("unanswered-issue", 7, "Answered second (除雪防滑), out of the feedback's order."),
    F("no-accountability", 4, "0.84万 wages returned; 班长舒长林 扣了一个月的绩效."),
    F("no-accountability", 5, "0.35万 repaid by the 机械员, who 写了检查."),
    F("no-deadline", 7, "“入冬前” — an everyday time limit."),
    F("no-deadline", 1, "6月底前."),
    F("no-owner", 1, "副班长苗四海."),
    F("no-mechanism", 4, "手机定位打卡, no signing for others."),
], links=[
    L("一共补了1460平方米", 1), L("材料库重新盘了一次", 2), L("说到安全作业的问题", 3), L("考勤改成手机定位打卡", 4),
    L("报废的2台割草机已经停报维修费", 5), L("说到学习的问题", 6), L("融雪剂已经向中心申请了20吨", 7)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
