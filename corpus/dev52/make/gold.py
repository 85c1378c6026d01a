"""Write p01..p10/gold.json (dev-pairs gold format) for dev52. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev44/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蕤岭县人民政府办公室党组: formal 反馈意见, areas （一）…方面 + continuous 1．–7． heading。detail; 整改意见
# （一）–（五） are not problems. Report: organised by the office's OWN FOUR THEMES (政治建设/服务中心/纪律规矩/支部建设),
# never naming a problem; #6 (文风会风) is nowhere.
G["p01"] = dict(mode="pair", issues=7, unanswered=[6], must_flag=[
    F("unanswered-issue", 6, "文风会风 (发文 up 18%, 以文件落实文件, 6 常务会议 topics never consulted on) appears under none of the four themes: no word on 发文, 文件精简 or 会议议题."),
    F("no-accountability", 4, "11 batches without 公函, 3 over the 陪餐 limit, 0.86万 overspent: the report only re-checks, fills in the lists and revises the 接待办法 — nothing recovered, nobody dealt with, although 整改意见（三） names 超标准接待 and asks to 处理到人."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、主任宓承泽 heads the 领导小组 as 第一责任人, approved the plan, chaired 5 meetings, 当面督办; a 专题民主生活会 was held."),
    F("late-report", None, "Feedback 2025-03-20, report 2025-06-10: 82 days, inside three months."),
    F("no-disclosure", None, "下一步 三是: the rectification goes on the county government website with an 意见信箱."),
    F("inconsistent-claim", None, "31 measures = 27 done + 4 in progress; no all-done claim; 26 criticisms, 93% and 24% are results, not totals that must add up."),
    F("unanswered-issue", 4, "Answered under the theme （三）严守纪律规矩 (一是规范公务接待) with no reference to the feedback."),
    F("unanswered-issue", 7, "Answered under （四）夯实基层基础 (三会一课 plan, the 2 预备党员, missing files)."),
    F("no-accountability", 5, "2.3万 recovered, 经办人 批评教育, the deputy director in charge of finance 提醒谈话."),
    F("no-mechanism", 4, "修订《机关公务接待管理办法》 with a 陪餐 cap (the gap there is accountability)."),
    F("no-mechanism", 2, "《政府信息依申请公开办理规程》 with registration and a 5-day warning."),
    F("no-mechanism", 3, "修订《〈蕤岭政务〉编审办法》 with three-level sign-off."),
    F("vague-measure", 3, "The theme opens with 把政治建设摆在首位 but then gives a quarterly 固定议题, 专题党课 and two 特约审读员."),
    F("no-owner", 1, "副主任阙明远 is 责任领导."),
], links=[
    L("2024年结转的41项事项已全部建档立账", 1), L("督查通报发出后实行“回访复核”", 1),
    L("补发政策解读材料14份", 2), L("制定《政府信息依申请公开办理规程》", 2),
    L("聘请县委宣传部2名同志担任特约审读员", 3), L("将意识形态工作列入党组会议每季度固定议题", 3),
    L("补齐公函和接待清单", 4), L("值班补助2.3万元已全部追回", 5), L("严格执行派车单制度", 5),
    L("按期转正1名、延长预备期1名", 7), L("重新制定“三会一课”年度计划", 7)])

# p02 薁川县委网信办党支部: 组长's 反馈会 speech, problems inline 一是…六是 over two paragraphs; the 原因 sentence and
# 一要…四要 are not problems. Report: organised BY THE FOUR 整改要求, not by problems; measures for one problem are spread
# over several requirement sections.
G["p02"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("vague-measure", 1, "The only text on 学习贯彻网络强国重要思想 is a slogan paragraph (作为首要政治任务…往深里走、往心里走、往实里走…转化为实际成效): no study plan, no 研讨, no count."),
    F("no-deadline", 3, "Task 2 (7 accounts, 12 units' security findings) is still open — 2 accounts not closed, units only sent letters — and its 完成时限 is “视各单位整改进度确定”, no date; every other task has one."),
], must_not_flag=[
    F("weak-leadership", None, "支部书记、主任蓟晏清 heads the 领导小组 as 第一责任人, chaired 4 推进会, 当面督办 three tasks, talked to both deputies."),
    F("late-report", None, "Feedback 2024-10-16, report 2025-01-08: 84 days."),
    F("no-disclosure", None, "Already 在机关内部通报 in December; to be published on the office's 公众号 with a 监督电话 after the 巡察办 review."),
    F("inconsistent-claim", None, "22 tasks = 20 done + 2 in progress, the two visible in task 2; 4 rules, 0.38万, 23 criticisms all consistent."),
    F("vague-measure", 6, "A redone 专题组织生活会 with 23 criticisms and 党课 by all three leaders — concrete."),
    F("no-deadline", 2, "2024年11月30日."),
    F("no-deadline", 4, "2024年10月31日."),
    F("no-accountability", 5, "0.38万 returned by the participants; 综合股负责人 批评教育 and 书面检查."),
    F("no-mechanism", 2, "《网络意识形态风险研判和舆情处置工作规程》."),
    F("no-mechanism", 3, "《党政机关网站和政务新媒体开设整合退出管理办法》 (the gap there is the date)."),
    F("no-mechanism", 4, "修订《办公室内部控制制度》: 5万 threshold, one-year service contracts."),
    F("no-mechanism", 5, "修订《干部教育培训管理办法》: no sightseeing in training."),
    F("unanswered-issue", 5, "Answered in three places (task 4 in 二, rule 四 in 三, the refund in 四) though no heading names it."),
    F("unanswered-issue", 6, "Answered in section 一 by the redone 组织生活会 and the 党课 rule."),
    F("no-owner", 3, "副主任苻远 is 责任人 (the gap there is the date)."),
], links=[
    L("推动理论学习往深里走、往心里走、往实里走", 1),
    L("对属地2个网站平台实行每周巡查并留存记录", 2), L("制定《网络意识形态风险研判和舆情处置工作规程》", 2),
    L("7个长期不更新的账号已关停注销5个", 3), L("逐家发函督促整改并要求报送整改结果", 3),
    L("2台笔记本电脑已收回并登记入账", 4), L("对现行舆情监测服务合同补充履行集体研究程序", 4),
    L("与培训无关的费用0.38万元已由参加人员全部退回", 5), L("不得安排与培训内容无关的参观活动", 5),
    L("与培训无关的支出逐项列出清退清单", 5),
    L("相互提出批评意见23条", 6), L("今后每人每年讲党课不少于2次", 6)])

# p03 萑阳县民族宗教事务局党组: 反馈问题清单 第1项…第7项 with 问题表现：, under three areas; the closing 整改要求 一是…五是
# are not problems. Report: 二、立行立改情况 with short topic labels （一）创建工作…（七）支部建设 and 三、建章立制情况 listing
# rules without any label — #2, #3, #6, #7 are answered in BOTH places.
G["p03"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("copied-measure", 4, "（四）资金管理 only turns the problem into a promise (严格规范…杜绝向不符合申报条件的项目拨付资金，改变项目验收由经办人一人完成的做法): the 9万 and the acceptance of the paid projects are not touched."),
    F("no-accountability", 4, "9万 paid to ineligible projects: not recovered, nobody dealt with, although 整改要求 三是 asks to 依规追回 and 严肃处理 those responsible."),
    F("inconsistent-claim", None, "“问题清单所列7项问题已全部整改完成，26条整改措施全部落实到位”, while （二） says one extension is still 正在…依法处置 and （六） says the 3 files are 目前尚在办理中."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长蒯慕远 heads the 领导小组 as 第一责任人, 6 meetings, 4 field visits."),
    F("late-report", None, "Feedback 2025-02-26, report 2025-05-22: 85 days."),
    F("no-disclosure", None, "下一步: published in the 部门信息公开 column of the county government website."),
    F("unanswered-issue", 2, "Answered under the short label （二）场所管理 and again in 建章立制 (年检规程)."),
    F("no-mechanism", 2, "《宗教活动场所年度检查工作规程》 in 三、建章立制 — the second place where #2 is answered."),
    F("no-mechanism", 3, "修订《…意识形态工作责任制实施细则》 and 《微信公众号信息发布审核办法》."),
    F("no-mechanism", 6, "修订《干部选拔任用工作操作规程》 — 廉政意见 made a 必经程序."),
    F("no-mechanism", 7, "修订《机关党支部工作制度》 — 换届 applied for 3 months ahead."),
    F("no-accountability", 5, "Goods refunded and paid to the treasury; 原办公室主任 党内警告, 经办人 诫勉谈话."),
    F("no-accountability", 2, "宗教事务股负责人 批评教育 for the perfunctory checks."),
    F("repeated-measure", 2, "#2 is answered twice with different content (the year check redone and 5 groups set up; the 年检规程) — not a pasted measure."),
    F("copied-measure", 3, "Short label then acts: two 专题研究, a three-step check, 312 items reviewed, 2 removed."),
    F("no-owner", 1, "副局长乜清和 is 责任领导."),
], links=[
    L("6个单位已于5月上旬全部通过县级验收", 1),
    L("督促5处场所全部成立财务管理小组", 2), L("制定《宗教活动场所年度检查工作规程》", 2),
    L("对近两年发布的312条信息全面复查", 3), L("修订《局党组意识形态工作责任制实施细则》", 3),
    L("制定《微信公众号信息发布审核办法》", 3),
    L("杜绝向不符合申报条件的项目拨付资金", 4),
    L("已由领取人员按价退款", 5),
    L("补充征求了派驻纪检监察组的廉政意见", 6), L("将书面征求廉政意见作为讨论决定前的必经程序", 6),
    L("已于4月召开党员大会完成换届", 7), L("明确支部任期届满前3个月提出换届申请", 7)])

# p04 蘩水县卫生健康综合监督执法局党支部: 反馈意见 with areas 一、二、三、在…方面 and RESTARTING 1．2．(3．) = 2 + 3 + 2;
# 整改要求 （一）–（四） are not problems. Report: four MERGED headings (#1+#2, #3+#4, #5, #6+#7), each with numbered measures
# that each answer one of the merged problems, in an interleaved order, with a (责任人；完成时限) bracket.
G["p04"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-owner", 6, "（四）1 (三会一课) names “责任人：全体党员” — nobody in particular; every other measure names one leader."),
    F("no-accountability", 4, "1.74万 kept by officers and paid in 15–40 days late: the money is in and cash collection is banned, but nobody is dealt with, although 整改要求（二） names 代收并迟缴罚没款; the new rule's 追究经办人责任 is only for the future."),
    F("no-disclosure", None, "整改要求（四） asks for 党内通报 and public disclosure; the report has neither (the 门户网站公示 in （一）3 publishes 抽查结果, not the rectification)."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、局长宗砚秋 heads the 领导小组 as 第一责任人, 5 meetings, 3 checks of case files in the townships."),
    F("late-report", None, "Feedback 2024-12-04, report 2025-02-27: 85 days."),
    F("inconsistent-claim", None, "23 measures = 20 done + 3 in progress; no all-done claim."),
    F("unanswered-issue", 2, "Answered as （一）2 inside the merged heading on 监管任务和非法行医线索."),
    F("unanswered-issue", 7, "Answered as （四）2 and （四）3 inside the merged 党建和队伍建设 heading."),
    F("repeated-measure", 3, "A merged heading with separate numbered measures for #3 and #4 is not a pasted measure."),
    F("repeated-measure", 4, "Same merged heading; its measures are specific (1.74万, 非现场缴款, 《罚没款收缴管理规定》)."),
    F("no-accountability", 3, "2 案件承办人 批评教育, 法制股股长 提醒谈话, 2 cases sent for correction."),
    F("no-accountability", 5, "2 带队人员 诫勉谈话, the others 书面检查, meals paid back."),
    F("no-mechanism", 3, "《行政处罚裁量基准适用规则》 and 《重大行政处罚决定集体讨论办法》."),
    F("no-mechanism", 4, "《罚没款收缴管理规定》 (the gap there is accountability)."),
    F("no-owner", 4, "副局长桑若谷 (the gap there is accountability)."),
    F("no-deadline", 6, "长期坚持 for a standing duty (三会一课) is a fit time limit (the gap there is the owner)."),
    F("no-deadline", 7, "The open item has 2025年6月30日."),
], links=[
    L("2024年度抽查任务已于12月底全部完成", 1), L("抽查结果在检查结束后5个工作日内录入", 1),
    L("超期未办结的2条已立案查处", 2), L("已取缔1家、责令整改2家", 2),
    L("对2023年以来作出减轻处罚决定的6起案件逐案重新审查", 3), L("制定《行政处罚裁量基准适用规则》", 3),
    L("代收的罚没款1.74万元已全部缴入财政专户", 4), L("制定《罚没款收缴管理规定》", 4),
    L("节假日一律入库封存", 5), L("餐费已由参与人员按标准退还被检查单位", 5),
    L("制定2025年度党员学习教育计划", 6),
    L("已有9人通过考试", 7), L("开展全员法律知识培训2期", 7)])

# p05 蓂溪县天然气有限公司党支部 (county state firm): 反馈意见 with areas （一）（二）（三）在…方面 and RESTARTING 1．2．(3．)
# = 2 + 3 + 2, with the note that the 问题清单 numbers them 1–7; 整改意见 一是…五是 not problems. Report (UTF-16 LE BOM):
# answers BY NUMBER in mixed styles — 问题清单第1项 / 反馈意见（一）2 / 对应第三条 / 反馈意见（二）2 / 问题清单第5项 /
# 对应第六条 / 反馈意见（三）2.
G["p05"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("repeated-measure", 2, "（二）(用户服务: 22-day 报装, 回访率) is answered only by a boilerplate paragraph (组织党员干部认真学习…逐项建立整改台账…确保问题改彻底、改到位) that is pasted again under （六）."),
    F("repeated-measure", 6, "（六）(党支部战斗堡垒) repeats （二）'s paragraph word for word after a different first clause; 整改意见二是 warned against “一张方子治百病”."),
    F("late-report", None, "Feedback 2025-03-18 with a 三个月内 limit (2025-06-18); the report is dated 2025-07-08: 112 days."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人, the 党支部书记 never appears: 总经理办公会 splits the list among departments and 综合部 collects progress, though 整改意见一是 asked for all three."),
], must_not_flag=[
    F("no-disclosure", None, "“已在公司内部通报，并在公司网站和各营业厅公示栏公开”."),
    F("inconsistent-claim", None, "24 measures = 19 done + 5 in progress; no all-done claim; 4 rules named in the items and counted in 下一步."),
    F("unanswered-issue", 3, "Answered under “对应第三条” (前置研究清单, 2 purchases reviewed)."),
    F("unanswered-issue", 4, "Answered under “反馈意见（二）2所指工程分包问题” — area (二) item 2 is problem 4."),
    F("unanswered-issue", 7, "Answered under “反馈意见（三）2” — area (三) item 2 is problem 7."),
    F("no-accountability", 4, "工程部经理 党内警告, 2 经办人员 批评教育, 4.6万 审减 and deducted."),
    F("no-accountability", 5, "2.4万 paid back by those at the dinner; the car user 诫勉谈话 and paid for the trips."),
    F("no-accountability", 7, "The relative's contract ended, the 中层干部 诫勉谈话 and moved."),
    F("no-mechanism", 1, "修订《管网隐患排查治理办法》."),
    F("no-mechanism", 3, "修订《党支部前置研究讨论重大经营管理事项清单》."),
    F("no-mechanism", 4, "《工程分包管理办法》."),
    F("no-mechanism", 7, "《员工招聘管理办法》."),
    F("no-deadline", 1, "The open 占压 pipe has 2025年9月30日."),
], links=[
    L("未按期整改的6处已完成整改5处", 1), L("修订《管网隐患排查治理办法》", 1),
    L("针对用户服务承诺兑现不够的问题", 2),
    L("补充提交党支部会议复核", 3), L("明确30万元以上的物资采购、工程项目必须先经党支部会议研究", 3),
    L("与2家无资质施工队解除分包关系", 4), L("审减工程款4.6万元", 4),
    L("已由参加宴请的公司领导和中层人员全部退赔", 5), L("对公车私用的班子成员给予诫勉谈话", 5),
    L("针对党支部作用发挥的问题", 6),
    L("1人（中层干部亲属）已解除劳动合同", 7), L("制定《员工招聘管理办法》", 7)])

# p06 蘪山自然保护区管理局党支部: 纪委监委 website news item, all seven problems in one 巡察组指出…：…；…等问题 sentence;
# the 要求 paragraphs, the 表态 and the closing 立行立改 sentence are not problems. Report: DOCX — cover text, a Word-table
# 整改台账 whose 问题简称 column holds 4–8 characters (违建未制止/巡护不实/补偿款滞留/布展委托/用车餐费/组织生活/专技断层),
# and the principal leader's signed truthfulness commitment (签字背书).
G["p06"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "The cover says “7项问题已全部整改完成，整改完成率100%” and the leader signs for its truth, while rows 3, 4 and 7 read 正在推进 (2.5万 not yet paid, the audit pending, the hiring awaiting approval) with time limits after the report."),
    F("no-deadline", 4, "Row 4 (布展委托) is open and its 完成时限 is “待审计结果出来后确定” — no date; every other row has one."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、局长庹临渊 heads the 领导小组 as 第一责任人, 6 meetings, 3 site visits, signs the commitment."),
    F("late-report", None, "Feedback 2025-04-15, report 2025-07-14: 90 days — the last day before the three months run out (2025-07-15)."),
    F("no-disclosure", None, "The cover: 整改情况将在县林业局门户网站公开."),
    F("no-deadline", 3, "Open row with 2025年8月31日."),
    F("no-deadline", 7, "Open row with 2025年12月31日."),
    F("no-owner", 4, "副局长昝云舒 (the gap there is the date)."),
    F("no-owner", 7, "党支部书记、局长庹临渊."),
    F("no-accountability", 1, "The 管护站站长 who did not report: 诫勉谈话."),
    F("no-accountability", 2, "5 护林员 批评教育, 2 站长 书面检查."),
    F("no-accountability", 3, "经办人 批评教育."),
    F("no-accountability", 4, "经办人 批评教育 for the untendered commission; the excess awaits the audit."),
    F("no-mechanism", 2, "修订《保护区日常巡护管理办法》."),
    F("no-mechanism", 3, "《生态公益林补偿资金兑付管理办法》."),
    F("unanswered-issue", 5, "Row 用车餐费: car log, 0.9万 returned."),
    F("unanswered-issue", 6, "Row 组织生活: 3 党小组, monthly life, talks."),
], links=[
    L("实验区内已建成营业的1处农家乐责令停业并拆除违建部分", 1),
    L("为4个管护站配发巡护终端", 2), L("修订《保护区日常巡护管理办法》", 2),
    L("已兑付到户8.7万元", 3), L("结算资料报送县审计局审计", 4),
    L("4辆车逐次登记出车事由和行驶里程", 5), L("以工作餐名义列支的接待费用0.9万元已由相关人员全部退回", 5),
    L("按管护站分布设立3个党小组", 6),
    L("公开招聘林学、生态学专业技术人员2名", 7), L("聘请3名专家担任保护区技术顾问", 7)])

# p07 藟山县建设工程质量安全监督站党支部: formal 反馈意见 一、…六、 heading。detail; 整改意见 （一）–（四） not problems.
# Report (GB18030): the 党支部书记、站长's FIRST-PERSON report telling the story in prose, in the order 二,三,四,一,六,五
# (先说…/廉政风险方面/财务上的问题/营商环境的问题/支部建设上/最后说警示教育).
G["p07"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-mechanism", 3, "The 廉政风险 answer is one-off: projects reassigned once, 2 inspectors 批评教育, 代送检 stopped on the spot — no rotation rule, no 见证取样 rule, though 整改意见（二） asks for 制度机制 on exactly this; problems 2 and 4 each got a rule."),
    F("no-disclosure", None, "整改意见（四） asks for 站内通报 and public disclosure; the report has neither (the 办事指南 on the 住建局 website, the cases read at the 警示教育大会 and the 信用档案 are not the rectification)."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary writes as 第一责任人 and 组长, weekly progress hearings, 7 meetings, 3 site checks, a 专题组织生活会."),
    F("late-report", None, "Feedback 2024-08-27, report 2024-11-16: 81 days."),
    F("inconsistent-claim", None, "22 tasks = 20 done + 2 named (2 hazards, 2 activists); 8.6万, 3.1万, 5 instruments consistent."),
    F("no-accountability", 2, "监督科科长 批评教育; the builders fined 8.6万 and recorded."),
    F("no-accountability", 3, "2 inspectors 批评教育 and 书面检查 (the gap there is the mechanism)."),
    F("no-accountability", 4, "3.1万 returned; the former deputy 诫勉谈话 by the 住建局党组, the accountant 批评教育."),
    F("no-mechanism", 2, "《质量安全隐患整改闭环管理办法》."),
    F("no-mechanism", 4, "修订《专家评审费发放管理办法》."),
    F("vague-measure", 5, "Opens with 走了形式 self-criticism, then a visit, a 警示教育大会, a casebook, a monthly case."),
    F("unanswered-issue", 1, "Answered fourth, in the paragraph 营商环境的问题."),
    F("unanswered-issue", 6, "Answered in 支部建设上 (宣传委员, 2 applicants)."),
], links=[
    L("3项已经取消的证明材料", 1), L("平均办理时长由原来的9个工作日压缩到4个工作日", 1),
    L("对上半年下发整改通知单的15项隐患逐项复查", 2), L("制定了《质量安全隐患整改闭环管理办法》", 2),
    L("连续联系同一批项目超过2年的6名监督员全部换了项目", 3), L("要求监督员对取样、封样、送检全程到场", 3),
    L("已于9月20日前由领取人员全部退回", 4), L("账外的5台检测仪器已查明来源并登记入账", 4),
    L("编印《身边案例警示录》", 5), L("组织全体党员到县廉政教育基地参观", 5),
    L("增补1名宣传委员", 6), L("已有2人递交入党申请书", 6)])

# p08 荮江县防震减灾服务中心党支部: 反馈意见 with areas 一、二、三、…方面 and continuous 1．–6． heading LINES + detail
# lines; 整改要求 一是…四是 not problems. Report: HTML public 整改进展情况的公告 with a disclosure header, a 双公开-style
# totals line, SHORT ITEMS with their own short labels (观测点运维/科普覆盖/农房抗震指导/结余资金/差旅报销/组织生活).
# GOOD REPORT.
G["p08"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任郦鸣皋 heads the 领导小组 as 第一责任人, 4 meetings, 3 field visits, three lists."),
    F("late-report", None, "Feedback 2025-05-19, notice 2025-08-12: 85 days."),
    F("no-disclosure", None, "A public 公告, 主动公开, with phone, address and a comment deadline."),
    F("inconsistent-claim", None, "5 done + 1 基本完成 = 6, 83.3%; 0.46万, 0.12万 and 3.5万 each found in its item; 批评教育 3 (1 经办人 + 2 travellers) + 提醒 1; 5 rules, each named in an item."),
    F("no-accountability", 1, "The over-paid 观测员补助 0.12万 recovered; no wrongdoing by a named person beyond that."),
    F("no-accountability", 4, "3.5万 paid in; 经办人 批评教育."),
    F("no-accountability", 5, "0.46万 returned; 2 批评教育, the finance head 提醒谈话."),
    F("no-mechanism", 1, "《地震宏观观测点巡检制度》."),
    F("no-mechanism", 3, "《农村民居抗震设防技术服务规程》."),
    F("no-mechanism", 4, "修订《专项资金管理办法》."),
    F("no-mechanism", 5, "《差旅费报销审核细则》."),
    F("no-mechanism", 6, "修订《党员档案管理制度》."),
    F("no-owner", 2, "副主任晏知秋."),
    F("no-deadline", 2, "持续推进 with 2025年12月底前."),
    F("vague-measure", 2, "14 school sessions, 9 drills, 8 village boards."),
    F("unanswered-issue", 3, "Answered under the reworded label 农房抗震指导."),
    F("copied-measure", 1, "The item's words echo the feedback (观测设备, 数据传输) but state acts done."),
], links=[
    L("2处故障观测设备已更换", 1), L("多发的0.12万元已追回", 1), L("制定《地震宏观观测点巡检制度》", 1),
    L("到农村中小学开展科普进校园14场", 2),
    L("入户开展农村自建房抗震设防指导126户次", 3), L("培训工匠87人", 3),
    L("结余资金3.5万元已于6月上缴县财政", 4),
    L("多报销的0.46万元已由2名当事人全部退回", 5), L("出台《差旅费报销审核细则》", 5),
    L("3名党员缺页的入党材料已补齐", 6)])

# p09 蔨阳县人民政府驻省城联络处党支部: 组长's 反馈会 speech, problems 第一，…第六，; the 原因 sentence and 一要…三要
# not problems. Report (UTF-8 CRLF): headings RESTATE the problems in other words and in another clause order, in the
# order 1,3,2,6,4,5; #4 is answered only by a general slogan paragraph.
G["p09"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("vague-measure", 4, "（五）(驻外干部 not at work, no leave, no report) is one slogan paragraph (严字当头…牢记身份、严守纪律…树立良好形象): no attendance rule, no check, no person — the speech said 不能用表态代替整改."),
    F("no-accountability", 2, "9 batches over standard, 3.7万 overspent, 接待用酒 of unknown source: the report revises the rules and fills in the lists, but nothing is paid back and nobody is held to account, though the speech demanded 查清去向、追究责任、该退赔的退赔."),
    F("late-report", None, "Feedback 2024-10-29 with a 三个月内 limit (2025-01-29); the report is dated 2025-02-20: 114 days."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任边鹤汀 heads the 领导小组 as 第一责任人, 6 meetings, 逐项过问督办."),
    F("no-disclosure", None, "“整改情况已在县政府门户网站公开”."),
    F("inconsistent-claim", None, "20 measures = 17 done + 3 in progress; 诉求 6 = 5 done + 1; no all-done claim."),
    F("no-accountability", 3, "The 18 claims checked (all on duty), 财务人员 批评教育; 42㎡ given back."),
    F("no-mechanism", 2, "修订《公务接待管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 3, "修订《财务报销审核制度》."),
    F("no-mechanism", 5, "谈心谈话制度 and a yearly study plan."),
    F("unanswered-issue", 3, "Answered under a heading with the clauses swapped (办公用房超标、报销审核不严)."),
    F("unanswered-issue", 4, "Answered — by a slogan — under 驻外干部纪律松弛、出勤管理虚化 (the gap is vague-measure)."),
    F("copied-measure", 2, "The heading rewords the problem but the measures are acts (一函一单, 酒 出入库台账, lists re-checked)."),
    F("vague-measure", 5, "Opens with 重要抓手 then a plan, 7 sessions, 2 研讨 and a talk rule."),
    F("no-deadline", 1, "2025年1月31日，此后长期坚持."),
    F("no-owner", 3, "副主任缪书岩."),
], links=[
    L("建立在省城蔨阳籍企业家、商会联络名录", 1), L("与县投资促进中心建立招商信息共享机制", 1),
    L("接待清单与报销凭证逐项核对一致后方可报销", 2), L("接待用酒由办公室统一登记管理", 2),
    L("退租超出核定面积的办公用房42平方米", 3), L("对2024年以来的18笔无审批单报销逐笔核查", 3),
    L("教育引导全体驻外干部牢记身份、严守纪律", 4),
    L("每月集中学习不少于2次", 5), L("建立驻外干部谈心谈话制度", 5),
    L("召开党员大会补选支部委员1名", 6), L("4名党员欠缴的党费已全部补交", 6)])

# p10 蘵溪县城乡规划设计院党支部: 反馈问题清单 (GB18030) with 序号：/问题类别：/问题描述：/整改要求： blocks; each block's
# 整改要求 line is not a problem. Report (found form): organised by four WORKING-METHOD headings (清单化管理 / 聚焦关键环节
# with 比如… examples / 当下改与长久立 / 与中心工作融合), none naming a problem.
G["p10"] = dict(mode="pair", issues=7, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "宴请 during reviews and sightseeing detours on 考察 trips: no example, rule or refund anywhere in the report, though the list's own 整改要求 asks to refund and deal with people."),
    F("no-mechanism", 2, "The 3 unchecked outputs are re-checked and the returned plan fixed, but no 校审 or quality rule is made, though the list asks to 健全质量管理体系 — and the 当下改与长久立 section, which names a rule for #1, #3, #4, #6 and #7, has none for it."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、院长禤远帆 heads the 领导小组 as 第一责任人, 5 调度会, 当面督办; the lists are signed by the secretary."),
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-12: 84 days."),
    F("no-disclosure", None, "下一步 三是: to be published on the 院内公示栏 and the 县住建局 website after the 巡察办 review."),
    F("inconsistent-claim", None, "28 = 24 done + 4; 312万 + 168万 = 480万; 诫勉 1, 批评教育 3, 6 rules — all consistent."),
    F("unanswered-issue", 2, "Answered inside a 比如 sentence (补充校对、审核和审定; 重新核算指标)."),
    F("unanswered-issue", 6, "Answered under （四） (前置研究 9 items, 专职党务干事)."),
    F("unanswered-issue", 7, "Answered under （四） (2 planners, 导师带徒)."),
    F("no-accountability", 3, "经营科科长 诫勉谈话 for the outside drawings."),
    F("no-accountability", 4, "财务负责人 and 2 claimants 批评教育; bonus plan redone collectively."),
    F("no-mechanism", 1, "《重点任务进度跟踪管理办法》."),
    F("no-mechanism", 3, "《合同管理办法》 forbids lending the seal."),
    F("no-mechanism", 4, "《项目奖金分配管理办法》 and 《差旅费审批报销规定》."),
    F("no-mechanism", 7, "《青年技术人员培养管理办法》."),
    F("vague-measure", 6, "9 items studied first, a full-time 党务干事, 3 groups."),
], links=[
    L("4个规划已于7月全部通过县级审查并交付", 1), L("制定《重点任务进度跟踪管理办法》", 1),
    L("组织高级工程师逐项补充校对、审核和审定", 2), L("已重新核算指标并修改完善", 2),
    L("与委托方补签合同23份", 3), L("终止与2家外部单位的合作出图", 3),
    L("2024年度项目奖金分配方案重新提交支委会和院务会集体研究后发放", 4), L("制定《项目奖金分配管理办法》", 4),
    L("配备1名专职党务干事", 6),
    L("今年已引进注册规划师2名", 7), L("实行“导师带徒”", 7)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
