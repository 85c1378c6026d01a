"""Write p01..p10/gold.json (dev-pairs gold format) for dev104. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev44/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 薷阳县行政审批服务局党组 (county round): formal 反馈意见, four areas 一、…方面 with （一）–（十五） RUNNING ON across
# areas; （二）（六）（十一） hold 一是…二是… sub-points (each counted once); 巡察整改意见 1．–4． and the 移交 sentence are
# not problems. Report: long report with a general part (一、提高政治站位 二、加强组织领导) before 三、 items nested
# （一）…方面 → N．关于“…”的问题 → （1）（2） + field line. GOOD REPORT.
G["p01"] = dict(mode="pair", issues=15, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长柏蘅之 heads the 领导小组 as 第一责任人 (负首责、负总责), drew up the plan, chaired 6 推进会, made 4 checks and 当面督办 two slow measures; he also leads the fourth area himself."),
    F("late-report", None, "Feedback 2025-06-12, report 2025-09-05: 85 days, inside the three months the feedback sets."),
    F("no-disclosure", None, "下一步: the rectification goes on the county government website and the 政务服务大厅公开栏, with a 监督电话."),
    F("inconsistent-claim", None, "13 done + 2 ongoing (#3, #15, both with dates) = 15; 48 measures = 45 + 3; 诫勉2 (#6 股长, #7 中心主任), 批评教育3 (#7 财务人员, #8 办公室主任, #12 人事负责人), 提醒谈话4 (#9 three window heads, #13 one), 解除劳务合同2 (#6); 5.76万 = 3.2 + 0.86 + 1.7; 5 new rules (#3 #4 #9 #11 #13) + 4 revised (#1 #7 #8 #12) = the 9 in 下一步."),
    F("no-owner", 13, "Items 13–15 carry no 责任领导 line, but the general part 二（三） puts the whole fourth area under 党组书记柏蘅之 personally, with named departments."),
    F("no-owner", 14, "Same: owner given once for the fourth area in the general part."),
    F("no-owner", 15, "Same: owner given once for the fourth area in the general part."),
    F("no-deadline", 1, "“2025年7月31日，此后长期坚持” — a date for the fix and a standing rule after it."),
    F("no-deadline", 3, "Ongoing, but dated: 2025-12-31 for the remaining 编制 transfers."),
    F("no-deadline", 15, "Ongoing, with 完成时限 2025-12-31 and a reason (省级系统授权)."),
    F("no-accountability", 6, "2 编外 window staff dismissed (解除劳务合同), their 股长 诫勉谈话."),
    F("no-accountability", 7, "3.2万 returned to 112 firms, 中心主任 诫勉谈话, the finance clerk 批评教育."),
    F("no-accountability", 8, "0.86万 repaid by those concerned, 办公室主任 批评教育 + 书面检查."),
    F("no-accountability", 2, "A shortfall in launching services (18 of 30, 容缺 not applied): no misconduct to answer for; the fix is to launch and retrain."),
    F("no-mechanism", 7, "修订《政务服务中心财务管理办法》 forbids the centre to set fees of its own."),
    F("no-mechanism", 13, "《中介服务超市管理办法》 with a quarterly check of credentials."),
    F("no-mechanism", 6, "A 112-point 廉政风险防控手册, a no-referral pledge board and a complaint code."),
    F("vague-measure", 10, "Short, but concrete: records checked book by book, the branch secretary's written self-criticism, the meeting held again, 3 activists named."),
], links=[
    L("每次集中学习至少安排2名班子成员研讨发言", 1), L("对46个容缺受理事项逐项重新核定容缺材料清单", 2), L("目前30项已全部运行", 2),
    L("22项由原部门派驻人员审批的事项", 3), L("制定《政务服务信息发布审核制度》", 4),
    L("党组书记与5名班子成员、班子成员与14个股室负责人逐级签订全面从严治党责任书", 5),
    L("对全局43个审批岗位逐岗排查廉政风险点", 6), L("查实2名编外窗口人员存在推荐指定中介行为", 6), L("立即停止收取“资料制作费”", 7),
    L("对无公函接待和超标准接待的0.86万元，由当事人全部退缴", 8), L("制定《政务服务差评核查整改办法》", 9),
    L("对各支部2024年以来的“三会一课”记录逐本检查", 10), L("制定《编外窗口人员管理办法》", 11),
    L("2名长期借调人员已于7月办理正式调动手续", 11), L("补齐2名股级干部的任职考察材料", 12), L("11家资质过期机构已全部清退", 13),
    L("超付的物业费1.7万元已于8月由物业公司全部退回", 14), L("9个未接入部门中已有5个接入共享库", 15)])

# p02 蘩城市公安局强制隔离戒毒所党总支 (city round, 延伸巡察 during the round on 市公安局党委): DOCX 反馈意见 with bold
# area headings 一、…方面 and 1．2．3． RESTARTING in each area (3 + 5 + 3 + 3 = 14); 一是/二是 inside 一1 and 三2 are
# sub-points; 整改要求 一要…三要 are not problems. Report (UTF-16 LE BOM): the unit's OWN FIVE WORK LINES (政治建所 /
# 依法治所 / 科学戒治 / 从严治警 / 规范管理) with 一是…四是 claims in its own words; owners per line and ONE time limit in the
# general part; 四3 (劳动报酬) never answered.
G["p02"] = dict(mode="pair", issues=14, unanswered=[14], must_flag=[
    F("unanswered-issue", 14, "四3 (上轮巡察: 习艺劳动报酬 4.7万 still unpaid for 3 months) appears in none of the five work lines nor in 下一步: nothing on paying the inmates or on the false 已完成 of the last round."),
    F("no-accountability", 6, "超市 profit 8.6万 kept by 后勤保障科 and spent on 科室聚餐 and 慰问品: the report books the money, re-prices goods and writes a 管理办法, but nobody at 后勤保障科 is dealt with, though 整改要求 二要 asked that 违规使用经费 be 查清事实、严肃处理."),
    F("no-deadline", 12, "The two remaining 监控盲区 are “待立项后实施” and the general part expressly leaves 监控盲区改造 out of the 2025-07-10 limit: a safety hazard with no date."),
], must_not_flag=[
    F("weak-leadership", None, "党总支书记、所长鞠远山 heads the 领导小组 as 第一责任人, 5 meetings, talks with every team member and 大队长, 3 site checks; he also owns the 政治建所 line."),
    F("late-report", None, "Feedback 2025-04-22, report 2025-07-18: 87 days."),
    F("no-disclosure", None, "Published on the 所内公示栏 and in the 警务公开 column of the 市公安局 website."),
    F("inconsistent-claim", None, "Only a measure count is claimed: 39 = 35 done + 4 in progress; no count of problems, no money total to contradict the items."),
    F("unanswered-issue", 9, "Answered under 政治建所 as 三是 (支部 reorganised, 专职 secretary, 组织委员) — not under a heading of its own."),
    F("unanswered-issue", 11, "Answered under 从严治警 as 四是 (40 学时 make-up training, monthly 业务培训)."),
    F("unanswered-issue", 13, "Answered under 规范管理 as 三是 (2.3万 cleared: 1.6万 recovered, 0.7万 papers completed)."),
    F("no-deadline", 1, "No date in the item, but the general part sets 2025-07-10 for every measure except the 立项 ones."),
    F("no-deadline", 7, "Same general time limit (2025-07-10); the item itself has none."),
    F("no-owner", 2, "依法治所 line → 副所长隋定川, named once in the general part."),
    F("no-owner", 6, "规范管理 line → 副所长骆文峤 (the gap on #6 is accountability, not the owner)."),
    F("no-accountability", 5, "The police officer: card handed in, 党内警告 requested from the 纪检监察组; his 大队长 提醒谈话."),
    F("no-accountability", 8, "1.4万 repaid by the 9 participants, the leading 副所长 诫勉谈话, 8 written self-criticisms."),
    F("no-mechanism", 6, "《所内超市经营管理办法》 with a monthly account notice (the gap there is accountability)."),
    F("no-mechanism", 10, "《辅警勤务管理规定》 (一警带两辅) and rotation done."),
], links=[
    L("心理矫治、康复训练课时提高到每周8课时以上", 1), L("对2024年未按期评估的31人次全部补做评估", 1),
    L("出台《所外就医审批工作规程》", 2), L("41名出所人员已逐一与户籍地社区戒毒社区康复工作站对接", 2),
    L("电子阅览室已安装上网内容过滤系统", 3), L("党总支书记与班子成员、班子成员与分管大队和科室负责人全部开展廉政谈话", 4),
    L("收受购物卡的民警已将购物卡上缴", 5), L("2024年超市经营利润8.6万元已全部纳入所财务统一核算", 6),
    L("伙食费结余12.4万元已制定使用计划", 7), L("1.4万元费用已由参加人员按比例全部退缴", 8),
    L("对考评“一般”的管教二大队党支部进行整顿", 9), L("制定《辅警勤务管理规定》", 10), L("已轮岗交流4名", 10),
    L("对2024年以来新招录的民警补足岗前培训40学时", 11), L("省戒毒管理局督察指出的4处监控盲区，已整改2处", 12),
    L("对审计指出的2.3万元医疗费用逐笔清理", 13)])

# p03 蓰州市资产管理有限公司党委 (city round, 市属国企, 不良资产): 反馈意见 (GB18030) with four areas 一、…方面 and
# problems 1．–18． RUNNING ON across them (5 + 6 + 4 + 3); 2．4．8． hold 一是…二是…; 整改建议 （一）–（四）, the 移交 and
# deadline sentences are not problems. Report: public HTML 巡察整改进展情况的通报 on the firm's website (UTF-8, page
# chrome), nested （一）在“…”方面 → N．关于“…”问题的整改 with numbering RESTARTING per area and （1）（2）（3） measures;
# 10．and 11．merged under one heading “（同类问题一并整改）”.
G["p03"] = dict(mode="pair", issues=18, unanswered=[], must_flag=[
    F("vague-measure", 5, "（一）5．(意识形态) is slogans only — 进一步提高思想认识…牢牢掌握…领导权、管理权、话语权…同部署、同落实、同检查: no meeting, no 审核机制 for the website and 公众号 the feedback named, no person; yet 已完成."),
    F("copied-measure", 13, "（三）2．restates the problem as a promise (严格执行…回避规定，杜绝中层干部参与亲属面试评分): nothing on the hire in question, the manager who scored a relative, or a review of the 2024 recruitment."),
    F("no-mechanism", 8, "Asset disposal at a third below valuation, to one buyer, and the same two law firms for years: the answer re-values two deals after the fact, passes a lead to the 纪委监委 and punishes one man, but sets no rule on valuation before sale or open selection of 中介 — what 整改建议（三）“强化资产处置全过程监督” asks for — while nearly every other item names a rule."),
    F("inconsistent-claim", None, "Opening: “已完成整改16个，正在整改2个，整改完成率88.9%”; but three items are marked open — （三）3．持续推进 (人才, 2025-12-31), （四）1．正在整改 (1.2亿), （四）3．正在整改 (压减)."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记、董事长彭晏如 heads the 领导小组 as 第一责任人, 4 党委会 on it, personally leads the key items (#1, #3, #6, #9, #12)."),
    F("late-report", None, "Feedback 2025-03-18, 通报 2025-06-13: 87 days."),
    F("no-disclosure", None, "A public 通报 on the firm's website under 信息公开 > 巡察整改, with phone, postal address and a comment period."),
    F("unanswered-issue", 10, "Answered inside the merged heading 5．“公务用车管理不规范”“业务招待费管理不严”（同类问题一并整改） as （1）."),
    F("unanswered-issue", 11, "Same merged heading, （2）."),
    F("repeated-measure", 10, "One merged answer for two like problems, announced as such; its parts are specific (车辆移交/退租 vs 招待清单/退赔)."),
    F("repeated-measure", 11, "Same merged answer."),
    F("no-accountability", 3, "总经理 诫勉谈话 and the 3 deals re-submitted to the 党委会."),
    F("no-accountability", 9, "46.8万 returned, the deputy in charge 诫勉谈话, 人力资源部部长 批评教育."),
    F("no-accountability", 8, "原资产处置部部长 党内严重警告, moved off the post; lead on the law firms passed to the 市纪委监委 (the gap there is the rule)."),
    F("no-accountability", 11, "1.6万 退赔, 办公室主任 诫勉谈话, 2 clerks 批评教育 (in the merged answer)."),
    F("no-mechanism", 9, "《薪酬管理办法》: bonus plans go to the 市国资委 first."),
    F("no-mechanism", 4, "《尽职调查工作指引》 and 《投后管理办法》 with a 诉讼时效 ledger."),
    F("copied-measure", 7, "Short, but acts: the 纪委书记's business duties removed, a special check finding 9 problems."),
    F("no-deadline", 16, "Open, but with 2025-12-31 and a target (5000万)."),
    F("no-deadline", 5, "“长期坚持” is given; the gap on #5 is the slogan answer, not the date."),
], links=[
    L("制定《投资负面清单》", 1), L("已为3家制造业企业办理“共益债”融资共计4100万元", 2), L("对未经前置研究的3项收购重新提交党委会审议", 3),
    L("制定《不良资产收购尽职调查工作指引》", 4), L("牢牢掌握意识形态工作领导权、管理权、话语权", 5), L("制定《子公司重大事项报告制度》", 6),
    L("公司纪委书记不再分管资产处置等业务工作", 7), L("对2笔低价转让的债权委托第三方机构开展追溯评估", 8),
    L("以“项目奖励”名义发放的奖金46.8万元已由相关人员全部退回", 9), L("超编配备的1辆公务用车已移交市机关事务服务中心统一处置", 10),
    L("修订《公务用车管理办法》", 10), L("2次在高档会所接待的费用1.6万元已由相关人员全部退赔", 11), L("修订《业务招待管理办法》", 11),
    L("班子成员之间相互提出批评意见24条", 12), L("杜绝中层干部参与亲属面试评分等问题", 13),
    L("面向社会公开招聘法律、评估、投行专业人员", 14), L("制定《子公司党建工作考核办法》", 15),
    L("对1.2亿元逾期应收款项逐笔建立清收台账", 16), L("2项股权投资已按规定向市国资委补办备案手续", 17), L("对四级以下3户子公司制定压减方案", 18)])

# p04 荭源县路桥建设集团有限公司党委 (county round, 县属国企): 反馈意见 (UTF-8, CRLF) with four areas 一、…方面 and
# （一）（二）… RESTARTING in each area (4 + 5 + 3 + 3 = 15); 一（三） and 二（二） hold 一是/二是; the 建议 paragraph and the
# 移交 sentence are not problems. Report: DOCX body by the feedback's areas with the firm's own short headings
# (“…的问题。”) and no owners/dates, then an annex Word table (14 rows, own 序号) — 三（二） 选人用人 nowhere; 三（三） and
# 四（三） answered ONLY in the table. Dated 2025-05-06: late.
G["p04"] = dict(mode="pair", issues=15, unanswered=[11], must_flag=[
    F("unanswered-issue", 11, "三（二） 选人用人 (3 of 7 中层 appointed without 民主推荐 on the principal's nomination) is in neither the body — （三） answers only 基层党组织 — nor the annex table, whose 14 rows skip it."),
    F("no-mechanism", 7, "1600万 of materials from a deputy GM's classmate without tender: the answer is a 诫勉谈话, a change of duties and this year's tender, but no purchasing rule, although the 建议 asked for 采购、分包、薪酬 rules and the report makes the other two (分包管理办法, 补贴发放办法)."),
    F("no-owner", 13, "Annex row 12 (上轮巡察 9300万): 责任领导 “集团领导班子”, 责任部门 “各相关部门” — nobody in particular, for exactly the problem the feedback faulted for 清收责任未落实到人; every other row names one leader."),
    F("late-report", None, "Feedback 2025-01-15 with a 3-month limit (2025-04-15); the report is dated 2025-05-06: 111 days."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记、董事长甘定疆 heads the 领导小组 as 第一责任人, 7 meetings, visits to 6 项目部."),
    F("no-disclosure", None, "“整改情况已在集团公司网站和县国资中心网站公开”."),
    F("inconsistent-claim", None, "Only measures are counted (52 = 44 + 8); the table's statuses (11 done, 3 open) agree with the body."),
    F("unanswered-issue", 12, "三（三） 人才 is answered only in annex row 11 (培训班, 4 hired, 挂证 cleared) — the body's （三） stops at 基层党组织."),
    F("unanswered-issue", 15, "四（三） 隐患台账 is answered only in annex row 14 (17 隐患 re-checked, 5 fixed, 复查销号)."),
    F("no-owner", 4, "No owner in the body, but annex row 4 names 郗若川 and 工程部 — the owners sit in the table."),
    F("no-owner", 10, "Annex row 10: 党委副书记莘望亭, 党群工作部."),
    F("no-deadline", 12, "Annex row 11: 2025-12-31, 持续推进."),
    F("no-deadline", 14, "Annex row 13: 2025-06-30 and a signed repayment agreement for the last 25万."),
    F("no-accountability", 3, "项目经理 记过, 安全员 警告 after the belated accident inquiry."),
    F("no-accountability", 4, "工程部部长 诫勉谈话; 41万 of the 68万 recovered from the crews."),
    F("no-accountability", 6, "2 项目经理: 党内警告 and 诫勉谈话."),
    F("no-accountability", 7, "The deputy GM 诫勉谈话 and removed from purchasing (the gap there is the rule)."),
    F("no-accountability", 8, "23.5万 recovered, 2 heads 诫勉谈话, the clerk 批评教育."),
    F("no-accountability", 9, "3 heads 党内警告 or 诫勉谈话; 0.8万 repaid."),
    F("no-mechanism", 6, "《工程分包管理办法》 with 法务 review."),
    F("no-mechanism", 8, "修订《项目部薪酬和补贴发放管理办法》."),
], links=[
    L("对5个滞后项目实行“一个项目、一名班子成员、一张进度表”", 1), L("经理层成员全部签订任期制和契约化管理协议", 2),
    L("对2024年6月的高处坠落事故补充开展调查", 3), L("对3个不合格标段全部返工并经县交通工程质量监督站复检合格", 4),
    L("对全部12名项目部负责人逐一开展廉政谈话", 5), L("对违规分包给无资质个人的2个合同已解除", 6), L("制定《工程分包管理办法》", 6),
    L("2025年沥青、砂石采购已通过县公共资源交易中心公开招标确定供应商", 7), L("重复发放的23.5万元已全部追回", 8),
    L("对接受分包单位宴请的3名项目部负责人分别给予党内警告处分或诫勉谈话", 9),
    L("3个未建立临时党支部的项目部已全部建立临时党支部", 10), L("与县交通职业学校合作开设建造师考前培训班", 12),
    L("集团成立清收专班，对9300万元应收工程款逐笔对账", 13), L("超付的112万元已追回87万元", 14),
    L("对17处隐患逐处现场复核，补建整改台账", 15)])

# p05 蒻溪县民营经济发展局党组 (county round): 反馈意见 with four areas 一、…方面 and 1．2．3． RESTARTING in each area
# (3 + 4 + 3 + 3 = 13); 一2 has 一是/二是; 整改要求 一要…五要 and the 移交 sentence are not problems. Report (GB18030):
# general part, then （一）–（十二） headed by the unit's OWN SHORT WORDING in quotes (“政策落地慢、兑现慢”问题), one MERGED
# heading by number “关于第二方面第3、4个问题”, 一是…三是 + a bracket (责任领导；完成时限).
G["p05"] = dict(mode="pair", issues=13, unanswered=[], must_flag=[
    F("repeated-measure", 3, "（三） (监测数据 contradictions) is answered only by a boilerplate paragraph (局党组高度重视，组织召开专题会议…确保问题整改到位、取得实效) that is pasted word for word under （十一） as well."),
    F("repeated-measure", 12, "（十一） (审计: no 绩效评价) repeats （三）'s paragraph word for word after a different first clause; no 绩效评价 is done."),
    F("no-deadline", 5, "9万 still owed by one firm, and the bracket's 完成时限 reads “追缴工作视企业经营状况分期推进” — no date; every other item has one."),
    F("no-disclosure", None, "整改要求 五 asks to publish the rectification; the report never says it was published or notified anywhere."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长濮晚舟 heads the 领导小组 as 第一责任人, drafted the plan, 5 meetings, 亲自过问、亲自督办 the key items, owns （四） and （六）."),
    F("late-report", None, "Feedback 2024-11-26, report 2025-02-21: 87 days."),
    F("inconsistent-claim", None, "41 = 36 + 5; 诫勉1 (#6 办公室主任), 批评2 (#5 two reviewers); 27.6万 = 18 + 9.6; 5 rules named (规程, 预警机制, 履责清单, 六不准, 考核办法) + 6 细则."),
    F("unanswered-issue", 6, "Answered in the merged heading （六）关于第二方面第3、4个问题 (9.6万 returned, 诫勉)."),
    F("unanswered-issue", 7, "Same merged heading (meals paid back, 书面检查, 六不准)."),
    F("repeated-measure", 6, "One merged answer by number for two related problems, its parts specific to each — not a pasted paragraph."),
    F("repeated-measure", 7, "Same merged answer."),
    F("no-accountability", 5, "2 reviewers 批评教育; 18万 recovered (the gap there is the date)."),
    F("no-accountability", 6, "9.6万 returned to 24 firms, 办公室主任 诫勉谈话."),
    F("no-accountability", 7, "Meals paid back, the cadre who used a firm's car 书面检查."),
    F("no-mechanism", 7, "《干部走访企业“六不准”规定》."),
    F("no-mechanism", 11, "《企业服务专员工作考核办法》."),
    F("no-owner", 5, "副局长嵇问渠 (the gap there is the time limit)."),
    F("vague-measure", 10, "Short but concrete: a yearly plan, monthly theme, 2 activities held with records."),
], links=[
    L("对“20条措施”中缺少细则的6条逐条制定实施细则", 1), L("对“政企直通车”平台积压的14件超期诉求逐件办理", 2),
    L("针对监测数据不准的问题", 3), L("制定班子成员“一岗双责”履责清单", 4), L("已追回2家企业的多获补助18万元", 5),
    L("以“协会会费”名义向24家企业收取的9.6万元，已全部退还", 6), L("3次在企业食堂就餐的费用已由当事人按标准补交", 7),
    L("新组建党组织11个", 8), L("选派3名年轻干部到重点民营企业跟班学习3个月", 9), L("机关党支部制定年度主题党日计划", 10),
    L("制定《企业服务专员工作考核办法》", 11), L("针对专项资金绩效评价缺失的问题", 12), L("梳理拖欠账款23笔、金额1860万元", 13)])

# p06 蘅滩县国营盐场党委 (county round, 国营企业): 反馈意见 (GB18030, CRLF): 一、巡察发现的主要问题 → areas （一）…方面
# with problems 1．–12． RUNNING ON (3 + 5 + 3 + 1); 3．and 5．hold 一是/二是; 二、整改意见 1．–4． restart and are not
# problems. Report (UTF-8): a thin report signed by the 盐场 (not its 党委), items 一、–十二、关于…的问题 in feedback
# order, each with a 责任人；完成时限 line; no 领导小组, no 第一责任人, the 党委书记 never appears.
G["p06"] = dict(mode="pair", issues=12, unanswered=[], must_flag=[
    F("weak-leadership", None, "No 领导小组, no 第一责任人, no 党委 meeting: “场部召开场务会议进行了传达，由场部办公室牵头制定整改方案，各科室、各工区按照职责分工抓好落实”; the report is signed by the 盐场, and the 党委书记 appears nowhere, though 整改意见 1 asked for a 领导小组 under the secretary."),
    F("no-accountability", 6, "12 shopfronts let cheaply without valuation or tender, 2 of them to a 场领导's relatives: re-let and a rule, but nothing on the 场领导 or whoever signed the leases, though 整改意见 2 demanded 查清责任…严肃处理."),
    F("vague-measure", 9, "九、is slogans only (进一步加强基层党组织建设，充分发挥党小组作用…提供坚强的组织保证): nothing on the 3 inactive 党小组 or on recruiting members after five years without one."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-05-08, report 2025-07-30: 83 days."),
    F("no-disclosure", None, "“已在全场职工大会上通报，并在场务公开栏公示” — what 整改意见 4 asked (全场范围内公开)."),
    F("inconsistent-claim", None, "8 done + 4 open = 12; the open ones are the dated items 一 (160亩), 二 (规划), 五 (23万) and 十二 (tied to 一)."),
    F("unanswered-issue", 12, "十二、answers by reference: rectified together with 一 and 六, with a date of its own."),
    F("repeated-measure", 12, "A cross-reference to items 一 and 六, not a pasted paragraph."),
    F("no-accountability", 5, "生产科科长 诫勉谈话; 35万 of 58万 recovered, the rest under agreement."),
    F("no-accountability", 8, "Fees for private car use paid back, 1.9万 退赔, and a 诫勉谈话 by the 县国资中心党委 — a sanction given by the higher body."),
    F("no-accountability", 10, "9.6万 recovered, contracts ended, the payroll clerk 批评教育."),
    F("no-accountability", 7, "出纳 moved, 会计 批评教育, 财务管理制度 revised."),
    F("no-mechanism", 6, "《场属资产出租管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 5, "《盐田承包经营管理办法》 and an open tender."),
    F("no-deadline", 1, "160亩 still open, but “计划2025年10月底前全部收回” and 完成时限 2025-10-31."),
    F("no-owner", 9, "党委副书记单静川 is named (the gap there is the slogan measure)."),
], links=[
    L("已收回盐田260亩并恢复晒盐", 1), L("委托县城乡规划设计院编制《盐场盐旅融合发展规划》", 2), L("更换制卤区、结晶区防护栏1800米", 3),
    L("查找风险点19个", 4), L("欠缴的承包费58万元已收回35万元", 5), L("12间门面已于2025年7月通过县农村产权交易中心重新公开招租", 6),
    L("对2024年以白条入账的26笔支出逐笔核查", 7), L("7次宴请的费用1.9万元已由相关场领导全部退赔", 8), L("充分发挥党小组作用", 9),
    L("对2名长期不上班的职工停发工资", 10), L("14.8万元已于2025年6月全部补缴到位", 11), L("与本轮反馈的盐田侵占、门面出租问题一并整改", 12)])

# p07 芡阳县蒹湖管理局党组 (county round, lake authority): 反馈意见 (UTF-16 LE BOM) with four areas 一、…方面 and 1．2．…
# RESTARTING in each area (4 + 5 + 3 + 2 = 14); 一1, 一3, 三2 hold （1）（2） sub-points (parts of one problem); the 意见
# 一是…四是 and the 移交 sentence are not problems. Report (UTF-8, CRLF): four groups 一、关于…方面, items （一）–（十四） in
# feedback order, each headed by a SHORT PHRASE IN THE UNIT'S OWN WORDS (湖区禁捕“有漏洞”, 罚款“体外循环”…), with 整改措施：/
# 责任领导：/整改时限：/整改进展： lines.
G["p07"] = dict(mode="pair", issues=14, unanswered=[], must_flag=[
    F("copied-measure", 3, "（三）'s 整改措施 turns the feedback into tasks (严格落实岸线管理要求，加快拆除沿湖岸线违章建筑，对岸线利用项目严格履行专家论证程序): how many of the 9 违建 were removed, what happened to the 3 projects approved without 论证 — nothing; yet 已完成."),
    F("no-mechanism", 7, "The feedback says 局里至今没有制定码头经营管理制度; the answer takes the boats back for “临时自营，待时机成熟后再作安排” and makes no rule, while 意见 三是 asked for both 追责 and 建章立制 in the 码头 area."),
    F("no-owner", 12, "（十二）'s 责任领导 is “局党组” and its 责任单位 “各相关科室” — a body, not a person; every other item names one leader."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长屈望湖 heads the 领导小组 as 第一责任人, 4 党组会议, 3 checks; owns （五）（八）（九）."),
    F("late-report", None, "Feedback 2025-02-20, report 2025-05-16: 85 days."),
    F("no-disclosure", None, "“已在县人民政府门户网站公开”."),
    F("inconsistent-claim", None, "12 done + 2 open (（二） 2 排污口 by 2025-09-30, （十四） 12万 in court) = 14; 党内警告2 (#6), 诫勉5 (#6, #7, #8, #9, #13), 批评4 (#8 1, #9 3); 48.5万 = 3.8 + 1.8 + 42 + 0.9; 5 rules (#6, #8, #9, #11, #14)."),
    F("no-owner", 4, "No 责任领导 line, but the measure opens “由分管执法工作的副局长莫霁川牵头”."),
    F("no-accountability", 6, "2 执法人员 党内警告, 大队长 诫勉谈话, 3.8万 上缴."),
    F("no-accountability", 7, "Arrears 1.8万 recovered, the 码头管理站站长 诫勉谈话 (the gap there is the rule)."),
    F("no-accountability", 8, "42万 returned to the fund, 办公室主任 诫勉, 财务 批评教育."),
    F("no-accountability", 9, "0.9万 退赔, the leading 副大队长 诫勉, 3 others 批评教育."),
    F("no-accountability", 13, "The former head who reported 12 removals for 7: 诫勉谈话."),
    F("no-mechanism", 6, "《罚没款票据和收缴管理办法》, 罚缴分离."),
    F("no-mechanism", 8, "《湖泊生态补偿资金使用管理办法》."),
    F("no-deadline", 2, "Open, with 2025-09-30 and the reason (镇区管网)."),
    F("no-deadline", 14, "Open (in court), with 2025-08-31."),
    F("vague-measure", 5, "Short but concrete: half-yearly reports, 27 risk points with measures."),
], links=[
    L("清除地笼网、迷魂阵等违规网具326顶（处）", 1), L("17户情况不清的渔民已全部核实", 1), L("对5个未完成整治的入湖排污口实行“一口一策”", 2),
    L("加快拆除沿湖岸线违章建筑", 3), L("查处非法采砂案件9起，依法没收采砂船只3艘", 4), L("班子成员对分管单位开展廉政风险排查，查找风险点27个", 5),
    L("3.8万元罚款已全部上缴县财政", 6), L("收回码头游船经营权", 7), L("已从局公用经费中全额归还生态补偿资金专户", 8),
    L("5次吃请的费用0.9万元已由参加人员全部退赔", 9), L("渔政执法大队党支部已补选支部委员2名", 10), L("制定《渔政协管员管理规定》", 11),
    L("制定干部交流轮岗计划", 12), L("实际未拆除的5处违建，已于2025年4月全部拆除", 13), L("剩余12万元已向法院提起诉讼", 14)])

# p08 蕰川县农村商业银行股份有限公司党委 (county round): DOCX 反馈意见 with bold area headings 一、…方面 and problems
# （一）–（十七） RUNNING ON (5 + 5 + 4 + 3); （七） holds 一是/二是; the 建议 1．–3． are not problems. Report: the bank's
# 巡察整改进展情况的通报 published on the 县纪委监委 website (HTML, charset gb18030, page chrome): 一、组织 二、整改落实 with a
# stats line and （一）–（四） by area, items N．关于…的问题 restarting per area with a bracket (责任领导；完成时限); （八）and
# （十三） merged ACROSS AREAS by number; （十六） missing. Dated 2024-12-27: late.
G["p08"] = dict(mode="pair", issues=17, unanswered=[16], must_flag=[
    F("unanswered-issue", 16, "（十六） (金融监管分局: 关联交易管理不规范, 抵押物评估不审慎 still open) has no item: （四） answers only 上轮巡察 and 审计. The one-loan 关联交易审查 under （二）2．is #7's, not the supervisor's findings."),
    F("no-accountability", 7, "860万 lent to ineligible borrowers, all now bad, and 320万 to a 支行行长's brother-in-law without 回避: the answer is 清收, a lawsuit and a belated 关联交易审查 — no one who approved or arranged the loans is dealt with, though 建议 2 named 违规放贷 for 严肃追责问责 (#4's 责任认定 covers only the 17 loans of 500万 and more)."),
    F("inconsistent-claim", None, "The stats line claims “追回违规资金45.8万元”, but the items recover 12.6万 (#9) + 1.1万 (#10) + 2.3万 (#17) = 16.0万; and “17个问题…已完成整改14个，正在整改3个” counts a problem (#16) the 通报 never answers."),
    F("late-report", None, "Feedback 2024-09-10 with a 3-month limit (2024-12-10); the 通报 is dated 2024-12-27: 108 days."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记、董事长阎澄江 heads the 领导小组 as 第一责任人, 6 党委会, visits to 8 支行, 亲自督办 the lending and expense cases."),
    F("no-disclosure", None, "The 通报 itself is published on the 县纪委监委 website (整改公开), with phone and e-mail — as the feedback required."),
    F("unanswered-issue", 8, "Answered in the merged item （二）3．“反馈意见第（八）、（十三）项问题…一并整改” (2 客户经理 moved, 警告)."),
    F("unanswered-issue", 13, "Same merged item, across areas (家访制度, 412 申报)."),
    F("repeated-measure", 8, "One merged answer announced by number, its parts specific to each problem."),
    F("repeated-measure", 13, "Same merged answer."),
    F("no-accountability", 4, "17 large bad loans: 2 approvers 警告, 14 people's pay cut."),
    F("no-accountability", 9, "12.6万 returned, 财务部经理 and the deputy in charge 诫勉谈话."),
    F("no-accountability", 12, "2 cadres removed from 中层 posts, 人力资源部经理 诫勉谈话."),
    F("no-accountability", 3, "时任行长 诫勉谈话; the 2 loans re-submitted."),
    F("no-mechanism", 7, "The lending rules are revised elsewhere (#3 清单, #4 责任认定办法, #15 贷后管理办法); the gap on #7 is accountability, not a rule."),
    F("no-mechanism", 13, "《员工行为管理办法》 and 《员工家访制度》."),
    F("no-deadline", 1, "“长期坚持” for a standing target (涉农贷款占比 +3 points a year) — an acceptable limit."),
    F("no-deadline", 14, "Ongoing with 2025-12-31."),
], links=[
    L("制定涉农和小微企业贷款三年提升计划", 1), L("在9个未设点的行政村全部新设助农取款服务点", 2), L("对未经前置研究的2笔授信补充提交党委会审议", 3),
    L("对17户单户500万元以上的大额不良贷款全部完成责任认定", 4), L("制定《网点宣传阵地内容审核办法》", 5),
    L("党委书记、纪委书记对18个支行负责人逐一开展廉政谈话", 6), L("对3笔已形成不良的违规贷款成立专班清收", 7),
    L("对参与民间借贷的2名客户经理调离客户经理岗位", 8), L("套取的营销费用12.6万元已由相关员工全部退回", 9),
    L("4次超标准接待超出部分的费用1.1万元已由相关人员退赔", 10), L("6个未按期换届的支行党支部已全部完成换届", 11),
    L("对2名不符合竞聘资格条件的干部免去中层职务", 12), L("制定《员工行为管理办法》和《员工家访制度》", 13),
    L("组织全体员工如实申报本人及亲属经商办企业情况", 13), L("与省农信联社合作开设金融科技和风险管理培训班", 14),
    L("对抽查发现的11笔贷款重新开展贷后检查", 15), L("对审计指出的未经评估处置的固定资产委托评估机构补充评估", 17)])

# p09 菘城市技师学院党委 (city round, technician college): 反馈意见 with four areas 一、…方面 and problems 1.–15. (half-width
# “1.”) RUNNING ON (4 + 6 + 3 + 2); 3. and 6. hold 一是/二是; 整改要求 一是…三是 and the 移交 sentence are not problems.
# Report: DOCX, a long report with a general part (一、提高政治站位，压紧压实整改责任 （一）–（三）) before 二、 items
# （一）–（十五） 关于“…”的问题 with field paragraphs; 三、建章立制 with a Word table of 16 rules mapped to problem numbers
# (the only place most items' rules appear); （十五） lacks a 完成时限 paragraph.
G["p09"] = dict(mode="pair", issues=15, unanswered=[], must_flag=[
    F("vague-measure", 2, "（二）'s 整改措施 is slogans only (主动对接…进一步优化专业结构，深化产教融合、校企合作，不断提升…能力) with 整改成效 “成效明显”: nothing on the 紧缺专业 intake or the half of the 校企合作 agreements that are empty; and no rule for it in the table."),
    F("no-deadline", 15, "（十五） is the only item without a 完成时限 paragraph, and 51万 of the 96万 overpaid is still out (“学院将持续追缴”)."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记苏望溪 heads the 领导小组 as 第一责任人, drew up the plan, 5 meetings, 书记领办 招生/采购/资助; 专题民主生活会 held."),
    F("late-report", None, "Feedback 2025-06-03, report 2025-08-29: 87 days."),
    F("no-disclosure", None, "“整改情况已在学院官方网站公开”."),
    F("inconsistent-claim", None, "13 done + 2 持续推进 (#13, #15) = 15; 党纪处分2 (#6, #10), 组织处理3 (#6 免职, #11, #12), 诫勉3 (#6, #7, #8), 批评8 (#7 2, #9 1, #10 4, #11 1); 103.3万 = 38.6 + 21 + 14.4 + 11.2 + 3.1 + 15; 16 rules in the table."),
    F("no-mechanism", 7, "The body names no rule, but the rules table lists 《实训设备采购论证和验收管理办法》 for 第7项."),
    F("no-mechanism", 8, "Rule only in the table: 《食堂和校园超市经营管理办法》 (第8项)."),
    F("no-mechanism", 9, "Rule only in the table: 《校内津补贴发放管理办法》 (第9项)."),
    F("no-mechanism", 14, "“三对照”核查机制 in the item and 《学生资助资金管理办法》 (第6、14项) in the table."),
    F("unanswered-issue", 14, "Answered in its own item, which also points back to （六） (“此次与第（六）项问题一并深入整改”)."),
    F("repeated-measure", 14, "A cross-reference plus measures of its own (倒查, 三对照), not a pasted paragraph."),
    F("no-accountability", 6, "招生就业处处长 党内严重警告 and removed; 分管副院长 诫勉; 38.6万 returned; 生源费 referred to the 纪委."),
    F("no-accountability", 7, "设备处处长 诫勉, 2 clerks 批评教育, 21万 refunded."),
    F("no-accountability", 8, "14.4万 rent recovered, 后勤管理处处长 诫勉."),
    F("no-accountability", 10, "3.1万 退赔, the organising 二级学院院长 党内警告, 4 others 批评教育."),
    F("no-deadline", 13, "A long limit (2027-12-31) for a three-year staffing plan — a date, with progress (46%)."),
    F("no-owner", 15, "副院长司空砚 is named (the gap there is the missing time limit)."),
], links=[
    L("公开招聘思政课专职教师4名", 1), L("进一步优化专业结构，深化产教融合、校企合作", 2), L("列明党委会决定事项清单32项", 3),
    L("对全部学生社团和校园网络平台进行清理登记", 4), L("查找风险点48个", 5), L("注销学籍46个", 6), L("对闲置的实训设备进行调剂使用", 7),
    L("校园超市欠缴的租金14.4万元已全部收回", 8), L("“技能竞赛辅导费”11.2万元已全部退回", 9),
    L("以“企业调研”名义外出旅游的费用3.1万元已由参加人员全部退赔", 10), L("对未经考察任命的3名干部补充考察", 11),
    L("为2个二级学院选配专职党总支书记", 12), L("选派38名专业教师到企业实践", 13), L("建立学籍、考勤、资助“三对照”核查机制", 14),
    L("学院成立追缴工作组，已追回45万元", 15)])

# p10 莼州市人民政府国有资产监督管理委员会党委 (city round): 反馈意见 with 一、巡察发现的主要问题 → five areas （一）…方面 →
# problems 1．2．… RESTARTING in each area (4 + 5 + 4 + 4 + 3 = 20); （一）2 and （二）1 hold 一是/二是; 二、整改要求 （一）–（四）
# are not problems. Report: a long report with a general part (一、提高政治站位 二、加强组织领导) before 三、 items nested
# （一）…方面 → N．关于…的问题 → （1）（2）（3） + bracket; then 四、追责问责情况 (sanctions for three problems given only there),
# 五、下一步, and 附表：其他问题整改情况 as ｜ rows — two problems answered only there; （三）4 (机关食堂) nowhere.
G["p10"] = dict(mode="pair", issues=20, unanswered=[13], must_flag=[
    F("unanswered-issue", 13, "（三）4 (机关食堂 running costs, 31万 over two years, paid by a 市属企业) is in no item, not in 四、追责问责情况 and not in the 附表: nothing returned, nothing stopped."),
    F("no-accountability", 11, "A 处长 pushed a subcontractor (420万 of works) on a 市属企业: the answer is a written explanation and a new “十不准” — no sanction, and 四、追责问责情况 passes over it, although 整改要求（二） demanded 严肃追责问责."),
    F("no-mechanism", 7, "The feedback says the 债务风险监测预警机制 is 不健全; the answer counts the hidden debt once and sends 2 firms a notice — no monitoring or warning rule or system, while the neighbouring items each make one (#5, #6, #8, #9)."),
    F("no-owner", 18, "（五）1's bracket: “责任领导：委领导班子；责任处室：各相关处室” — a body and “the departments concerned”, for a problem already left over from 2020; every other item names one leader."),
], must_not_flag=[
    F("weak-leadership", None, "委党委书记、主任盛远岑 heads the 领导小组 as 第一责任人, 6 meetings, 4 visits, 亲自督办 the asset-loss and interference cases; 专题民主生活会 held."),
    F("late-report", None, "Feedback 2025-04-15, report 2025-07-11: 87 days."),
    F("no-disclosure", None, "Published on the 市国资委 website, in its 政务公开 column."),
    F("inconsistent-claim", None, "Measures 67 = 58 + 9; 党纪处分1 and 组织处理1 and 诫勉3 (#8, 四一是, 四三是) and 批评4 (四二是 2, #19 2); 1400.8万 = 86 + 312 + 1000 + 2.8; 10 rules named. No count of problems is claimed."),
    F("unanswered-issue", 16, "（四）3 机关干部队伍 is answered only in the closing 附表 row 1 (遴选 3, 轮岗 11)."),
    F("unanswered-issue", 20, "（五）3 违规担保 is answered only in 附表 row 2 (担保 released in June, 报批 rule)."),
    F("no-accountability", 6, "The item names no sanction, but 四、追责问责情况 一是 gives a 党内警告 to a 副总经理 and a 诫勉 to a 部长 for this problem; the lead on the share sale went to the 纪委监委."),
    F("no-accountability", 12, "四、二是: 2.8万 returned to the firm, 2 处长 批评教育 — given away from the item."),
    F("no-accountability", 15, "四、三是: the 副总经理 removed, 组织人事处处长 诫勉."),
    F("no-accountability", 8, "86万 returned, 企业分配处处长 诫勉 (in the item)."),
    F("no-owner", 16, "附表 row 1: 委党委副书记邹映秋."),
    F("no-deadline", 16, "附表 row 1: 2025-06-30."),
    F("no-mechanism", 6, "修订《市属企业国有资产交易监督管理办法》: 评估备案、进场交易."),
    F("no-mechanism", 11, "The “十不准” is a rule (the gap there is accountability)."),
    F("no-deadline", 18, "2025-12-31 is given (the gap there is the owner)."),
    F("no-deadline", 2, "Ongoing with 2025-12-31; the last 14% of the clean-up is put into the yearly assessment."),
], links=[
    L("制定出台《市属国有资本投向三年规划（2025—2027年）》", 1), L("覆盖率已达到92%", 2), L("建立拖欠民营企业账款清偿台账", 3),
    L("下架未经审核的转载信息240余条", 4), L("修订《市属企业投资监督管理办法》", 5),
    L("对2笔未经评估备案的土地使用权转让委托评估机构进行追溯评估", 6), L("对1户企业分管资产处置工作的副总经理给予党内警告处分", 6),
    L("对资产负债率超过85%的2户企业下达管控通知", 7), L("3户企业负责人超标准领取的绩效年薪86万元已全部退回", 8),
    L("制定《市属企业外派财务总监履职管理办法》", 9), L("制定《加强对市属企业“一把手”和领导班子监督的实施办法》", 10),
    L("制定《委机关干部与监管企业交往“十不准”》", 11), L("制定《委机关干部到监管企业检查调研工作规定》", 12),
    L("2.8万元课题费用已由机关全部退还企业", 12), L("已配齐3户企业领导班子", 14), L("修订《市属企业领导人员选拔任用工作办法》", 15),
    L("对该副总经理免去职务", 15), L("面向社会公开遴选金融、法律专业干部3名", 16), L("3户二级企业已全部完成“党建入章”工作", 17),
    L("制定国资监管信息化建设实施方案", 18), L("违规出借资金3500万元已累计收回2700万元", 19),
    L("已于2025年6月解除对非国有企业的全部担保责任", 20)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
