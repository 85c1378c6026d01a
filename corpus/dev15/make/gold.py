"""Write p01..p10/gold.json (dev-pairs gold format). The gold is hand-judged; this file only keeps it in one place.
Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 水库移民事务中心: 机动巡察 on 移民后期扶持资金; feedback problems （一）–（六） each followed by its own "整改要求：" line;
# GB18030 report in a two-level outline: （一） restated problem, 1. 2. 3. measures on their own lines, one field line.
G["p01"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("copied-measure", 4, "The answer to the false acceptance checks is the feedback's own 整改要求 line copied word for word (严格执行项目验收程序，对虚假验收问题一查到底，多结算资金全部追回) plus a slogan; nothing says what was checked, who signed falsely or whether the 7.3万 came back, yet it is marked 已完成."),
    F("no-accountability", 2, "112万 spent outside the plan without approval: the feedback says 违规调整的要追究相关人员责任; the report re-files the approval, leases the idle greenhouse and revises a rule, but nobody is held to account."),
    F("no-mechanism", 5, "Training and reception reimbursements: the feedback asks to 健全内部控制制度; the answer re-checks vouchers, recovers 0.68万 and holds 提醒谈话, but only promises a monthly self-check, with no rule made or revised, while every other item names one."),
], must_not_flag=[
    F("no-accountability", 1, "The clerk responsible for the census received 批评教育 and a 书面检查; 1.86万 recovered."),
    F("no-accountability", 5, "The bookkeeper and the deputy in charge of finance received 提醒谈话; the gap on #5 is the missing rule."),
    F("no-mechanism", 1, "制定《蓁阳县移民人口年度核定信息比对办法》."),
    F("no-mechanism", 2, "修订《中心后期扶持项目管理办法》: the gap on #2 is accountability."),
    F("no-mechanism", 3, "修订《中心党支部党风廉政建设责任制实施细则》."),
    F("no-mechanism", 6, "制定《中心党支部党员组织关系和党费管理规定》."),
    F("no-deadline", 3, "2025年7月31日，长期坚持."),
    F("no-deadline", 4, "2025年8月31日 is given; the copied item has a date."),
    F("no-owner", 4, "甘立诚 and 项目规划科 are named for the copied item."),
    F("weak-leadership", None, "领导小组 under the branch secretary 向志远, named 第一责任人, 3 meetings, on-site checks, 直接督办."),
    F("no-disclosure", None, "To be published in the 通知公告 column of the county government site with a 监督电话."),
    F("late-report", None, "Feedback 2025-06-17, report 2025-09-10: 85 days."),
    F("inconsistent-claim", None, "5 done + 1 基本完成 (#2), 2.54万 (1.86 + 0.68), 4 rules, 1 批评教育 + 2 提醒谈话: all agree with the items."),
], links=[
    L("核减已去世人员31人、迁出人员9人", 1), L("就112万元道路硬化资金向县发展和改革委员会补办规划调整手续", 2),
    L("排查资金拨付、项目验收、人口核定等环节廉政风险点12个", 3), L("对虚假验收问题一查到底", 4),
    L("多报销的0.68万元已由培训机构退回", 5), L("多收的6个月党费360元已退还", 6)])

# p02 第五中学: UTF-16 feedback that states the seven problems twice (一是…七是 summary, then 1．–7. in detail);
# report organised by measure ("措施N：…（对应问题N；责任人；时限；状态）"), two measures serve two problems each.
G["p02"] = dict(mode="pair", issues=7, unanswered=[6], must_flag=[
    F("unanswered-issue", 6, "No measure is tagged 问题6 (职称评聘: relatives not recused, altered score sheets); 职称评聘 appears only in 措施13 about choosing Party activists for problem 7."),
    F("vague-measure", 3, "Both measures for 意识形态阵地 (措施5, 措施6) are slogans (提高政治站位, 压实责任, 加强宣传阵地管理, 营造…环境): no 三审三校 procedure, no check of the two wrong posts, no 讲座报备 rule."),
    F("weak-leadership", None, "No leading group, no 第一责任人; the 党总支书记 appears nowhere in the report; 'the school attaches importance and asks each office to rectify' and items are owned by deputies and office heads, although the feedback's 整改意见 asks the secretary to act as 第一责任人."),
], must_not_flag=[
    F("repeated-measure", 4, "措施8 (special audit) and 措施11 (诫勉/批评教育) serve #4 and #5 together by explicit tag; each problem also has its own measures (措施7/9, 措施10)."),
    F("repeated-measure", 5, "See #4: a shared measure tagged 对应问题4、5 is not pasted text."),
    F("no-accountability", 4, "The deputy head of general affairs received 诫勉谈话 (措施11)."),
    F("no-accountability", 7, "Two branch committee members who back-filled records received 批评教育."),
    F("no-owner", 3, "The vague measures still name 冯雪梅 and 谢晓婷."),
    F("no-mechanism", 1, "修订 two 议事规则."),
    F("no-mechanism", 5, "制定《苡川市第五中学收费和代收费管理办法》."),
    F("no-mechanism", 7, "建立年级党支部工作月报制度."),
    F("no-deadline", 7, "措施12 2025年11月30日, 措施13 a future date 2026年6月30日, 措施14 2025年12月31日."),
    F("no-disclosure", None, "Published in the 校务公开 column of the school site with a 监督电话."),
    F("late-report", None, "Feedback 2025-10-15, report 2026-01-08: 85 days."),
    F("inconsistent-claim", None, "14 measures, 12 done and 2 ongoing (措施6, 措施13): agrees with the list."),
], links=[
    L("党总支会议前置研究事项9项", 1), L("课后服务时段以作业辅导和社团活动为主", 2), L("确保意识形态阵地安全可控", 3),
    L("询价、验收、保管分设三人", 4), L("伙食费结余17.6万元按学生实际就餐天数核算", 4), L("向初三学生退还资料费7.3万元", 5),
    L("为两个年级党支部重新选配支部书记", 7)])

# p03 农业发展投资公司 (state firm): CRLF feedback 1.–8. running across three 聚焦 headings, each problem followed by a
# "违反：…" line; DOCX report with totals first, then one two-column key-value table per problem.
G["p03"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "The totals say 8 problems, 7 done and 1 ongoing, but three tables are 正在推进 (#1 cold-chain project not started, #2 300万 in court, #3 audit still running and 97万 on hold)."),
    F("repeated-measure", 5, "The 公务用车 table holds the same three generic lines (学习有关规定、专项自查自纠、纪检委员加强日常监督) pasted word for word into the 党建 table; no dispatch slips, no fuel check, no car sealed."),
    F("repeated-measure", 7, "The 党建与经营两张皮 table holds the same pasted cell as #5; nothing ties Party work to the business assessment."),
    F("no-owner", 6, "The 财务内控 table has an empty 责任领导 row; every other table names a leader."),
], must_not_flag=[
    F("no-owner", 5, "副总经理汤嘉禾 is named for the pasted item."),
    F("no-owner", 7, "党支部副书记邵宁 is named."),
    F("no-deadline", 6, "2025年5月31日 is given; only the leader is missing."),
    F("no-deadline", 1, "2025年8月31日, a future date beside 正在推进."),
    F("no-accountability", 2, "Former general manager 党内警告, finance head 诫勉谈话."),
    F("no-accountability", 3, "The engineering manager was removed from post (免职)."),
    F("no-accountability", 4, "The deputy in charge of personnel 诫勉谈话; 26.5万 returned."),
    F("no-mechanism", 2, "修订《公司“三重一大”决策制度实施办法》."),
    F("no-mechanism", 3, "制定《公司工程建设项目管理办法》."),
    F("no-mechanism", 6, "制定《公司资金支付审批管理规定》."),
    F("copied-measure", 5, "The pasted cell is not the feedback's wording; it is repeated, not copied back."),
    F("weak-leadership", None, "领导小组 under the secretary and chairman 林秋实, named 第一责任人, 4 meetings, 直接督办."),
    F("no-disclosure", None, "To be published on the 区国资办 site; the 任职公示 in #8 is a measure, not disclosure."),
    F("late-report", None, "Feedback 2025-03-12, report 2025-06-05: 85 days."),
], links=[
    L("明确农业产业投资占比不低于50%", 1), L("剩余300万元已于2025年4月向区人民法院提起诉讼", 2),
    L("对变更追加的97万元工程款暂停支付", 3), L("违规发放的26.5万元奖金已由领取人全部退回公司账户", 4),
    L("出纳与会计档案保管岗位分设", 6), L("补充开展民主测评", 8)])

# p04 苔岭镇: feedback is the 会议纪要 of the feedback meeting (attendance, agenda, （一）–（七） problems, the 巡察办's
# 一要…四要, the secretary's 表态 一是…三是); report is an HTML 通报 on the town site with 问题/整改/成效/下一步 blocks.
G["p04"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-deadline", 3, "The 村级工程 block's bracket names only 责任领导邓启航; every other block has a 完成时限, and the answer promises half-yearly checks without a date for the 5 back-filled projects."),
    F("no-mechanism", 4, "Eight-point Rules (receptions booked as meetings, no approval slips, private use of cars): money returned, 批评教育 and 提醒谈话, but no reception or vehicle rule is made or revised, while the speech asks 对共性问题建章立制 and every other governance item names a rule."),
    F("no-accountability", 2, "4 ineligible households kept 低保 and 3 dead pensioners were paid: money recovered and data exchange set up, but nobody who approved or failed to stop the payments is held to account, while the other money items name someone."),
], must_not_flag=[
    F("no-accountability", 1, "The head of the 自然资源所 received 诫勉谈话."),
    F("no-accountability", 3, "The village cadres wrote 书面检查 and made a self-criticism before the Party members' meeting; 1.9万 cut."),
    F("no-accountability", 4, "The clerk received 批评教育, the drivers 提醒谈话; the gap on #4 is the missing rule."),
    F("no-mechanism", 1, "制定《苔岭镇耕地保护田长制巡查办法》."),
    F("no-mechanism", 3, "制定《苔岭镇村级小型工程项目管理办法》."),
    F("no-mechanism", 5, "修订《苔岭镇村务监督委员会工作规则》."),
    F("no-mechanism", 6, "修订《苔岭镇党委理论学习中心组学习制度》."),
    F("no-deadline", 6, "2025年8月31日，长期坚持."),
    F("no-deadline", 7, "2025年12月31日, a future date for an item still in progress."),
    F("no-owner", 3, "邓启航 is named; only the time limit is missing."),
    F("weak-leadership", None, "领导小组 under the secretary 韦振东, 第一责任人, 4 meetings, 直接督办 two tasks, 5 site visits."),
    F("no-disclosure", None, "Published on the town government site with phone, e-mail, address and a comment deadline."),
    F("late-report", None, "Feedback 2025-07-09, notice 2025-09-29: 82 days."),
    F("inconsistent-claim", None, "6 done + 1 ongoing (问题七), 6.18万 (2.8 + 0.36 + 1.12 + 1.9), 4 rules, 1 诫勉 + 1 批评 + 8 提醒: all agree."),
], links=[
    L("坪上村养殖场占用的3.6亩永久基本农田已拆除复耕", 1), L("取消不符合条件的低保4户", 2),
    L("结算价经第三方审核核减1.9万元", 3), L("以会议名义列支的接待费用1.12万元已由相关经办人员退回", 4),
    L("对7个“一肩挑”村逐一开展提醒谈话", 5), L("更新21个村级宣传栏", 6), L("选派镇干部任第一书记", 7)])

# p05 蔺桥街道 (report-only): the unit's own 回头看 self-check report on last year's seven problems, each with
# 原整改情况 / 自查发现 / 再整改措施 + bracket; dated a year after the feedback by design.
G["p05"] = dict(mode="report-only", issues=7, unanswered=[], must_flag=[
    F("repeated-measure", 3, "The 慰问品 item rebounded (0.48万 of shopping cards at 桂苑社区 in 2025), yet its 再整改措施 is the generic paragraph (继续加强对社区的指导和监督…确保整改不反弹、不回潮) pasted word for word under item 6; no refund, no one named."),
    F("repeated-measure", 6, "The 三会一课 item, also judged 整改不彻底, gets the same pasted paragraph as item 3."),
    F("no-disclosure", None, "The report goes only to the 巡察办; neither the self-check nor the re-rectification of the two rebounded items is to be published or announced to residents."),
], must_not_flag=[
    F("late-report", None, "This is a 回头看 self-check a year after the feedback, not the three-month rectification report (that was sent on 2024-08-20)."),
    F("weak-leadership", None, "The 党工委书记 陆建平 leads the self-check group, chairs 2 meetings, visits 3 communities and assigns owners."),
    F("no-owner", 3, "纪工委书记韩冰 is named for the pasted item."),
    F("no-owner", 6, "组织委员林雅 is named."),
    F("no-deadline", 2, "2025年9月30日，长期坚持."),
    F("no-mechanism", 2, "制定《蔺桥街道老旧小区改造项目资金拨付管理办法》 (original rectification)."),
    F("no-mechanism", 5, "修订《蔺桥街道社区工作者招聘管理办法》."),
    F("no-accountability", 4, "The responsible community secretary received 党内警告 in the original rectification."),
    F("inconsistent-claim", None, "5 consolidated + 2 rebounded (items 3 and 6) agrees with the item texts."),
], links=[
    L("网格员每月入户走访不少于60户", 1), L("每季度由财政所对项目资金拨付情况抽查一次", 2),
    L("违规发放的慰问品折款1.35万元已由领取人退回", 3), L("通过区公共资源交易平台公开招租", 4),
    L("招聘结果报区民政局备案", 5), L("统一印发组织生活记录本", 6), L("由纪工委对审计整改情况每半年开展一次督查", 7)])

# p06 青少年活动中心: feedback under the 四个落实 headings with 1. 2. restarting (2+2+2+2); PDF report with its own
# continuous "问题N：" labels, one of them wrong (问题6 twice, the first is problem 5), problem 4 missing, #7 #8 only "将…".
G["p06"] = dict(mode="pair", issues=8, unanswered=[4], must_flag=[
    F("unanswered-issue", 4, "The 研学调研 trip that was really tourism (3.2万 from activity funds) appears nowhere; the labels jump from 问题3 to 问题6."),
    F("inconsistent-claim", None, "The report says 反馈的8个问题已全部整改完成, but problem 4 is missing and #7 (21.7万 将于9月底前上缴) and #8 (清查将于10月底前完成, 办法将修订) are only plans; the 3 rules counted include one still to be revised."),
    F("weak-leadership", None, "No leading group, no 第一责任人, the secretary is never named; the 支部委员会 split the problems among the offices, although the feedback asks the secretary to act as 第一责任人."),
], must_not_flag=[
    F("vague-measure", 7, "Future tense, but concrete: amount, date of payment to the 市财政, a quarterly ledger report."),
    F("vague-measure", 8, "Future tense, but concrete: third-party count, signature and yearly stock-taking rule, write-off procedure, date."),
    F("no-deadline", 7, "2025年9月30日."),
    F("no-deadline", 8, "2025年10月31日."),
    F("no-owner", 5, "副主任凌晓芸 is named (under the wrong label 问题6)."),
    F("no-accountability", 3, "The former head of logistics received 诫勉谈话; 9.4万 recovered."),
    F("no-mechanism", 2, "制定《中心培训项目收费管理办法》."),
    F("no-mechanism", 1, "修订《中心党支部第一议题学习制度》."),
    F("no-disclosure", None, "To be published in the 信息公开 column of the centre's site with a 监督电话; the fee 公示 in #2 is a measure."),
    F("late-report", None, "Feedback 2025-04-24, report 2025-07-16: 83 days."),
], links=[
    L("结合当月重点工作形成落实清单", 1), L("暑期提高班全部调整为艺术素养类课程", 2), L("场馆出租一律提交支部委员会集体研究", 3),
    L("通过竞争上岗补齐空缺中层岗位", 5), L("召开专题组织生活会", 6), L("将建立审计整改台账", 7),
    L("实行资产使用人签字确认和年度盘点制度", 8)])

# p07 团县委: feedback 1.–7. then 三、问题产生的原因 （一）–（三） phrased like problems, then 整改意见; DOCX report in
# paragraphs, each problem answered as a dated log ("3月5日，…。3月25日，…。") with a bracket.
G["p07"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-accountability", 3, "Seven ineligible pupils were funded, two of them cadres' children, and 1.2万 was paid in cash without receipts; the feedback asks to 查清责任、依规依纪处理. The log re-checks, cancels, recovers 1.4万 and makes a rule, but nobody (the reviewers, the cadres) is held to account."),
    F("no-deadline", 6, "The 团干部 item's bracket names only 苗晴; every other item has a 完成时限, and the item is the one still 正在推进."),
    F("late-report", None, "Feedback 2025-02-26, report 2025-07-18: 142 days, past the three months the feedback sets."),
], must_not_flag=[
    F("no-accountability", 2, "The clerk who did the first review received 批评教育; 4.5万 recovered, firms blacklisted."),
    F("no-accountability", 4, "The branch secretary who organised the dinners received 诫勉谈话, the youth-palace director 批评教育."),
    F("no-accountability", 1, "4 grass-roots leaders were 约谈 over the faked screenshots."),
    F("no-mechanism", 3, "制定《蓁阳县希望工程助学项目资助对象认定办法》: the gap on #3 is accountability."),
    F("no-mechanism", 5, "制定《团县委团费收缴使用管理办法》."),
    F("no-owner", 6, "副书记苗晴 is named; only the time limit is missing."),
    F("weak-leadership", None, "领导小组 under the 党组书记 舒曼青, 第一责任人, 5 党组 meetings."),
    F("no-disclosure", None, "Published on the 蓁阳共青团 WeChat account with a 监督电话."),
    F("inconsistent-claim", None, "6 done + #6 ongoing, 7.46万 (4.5 + 1.4 + 0.86 + 0.7), 6 rules, 1 诫勉 + 2 批评 + 4 约谈: all agree."),
], links=[
    L("参学情况以后台数据为准", 1), L("3家公司列入贴息项目黑名单", 2), L("取消7名不符合条件学生的受助资格", 3),
    L("由参与聚餐人员按人均分摊退回青少年宫", 4), L("补建团费收缴使用台账", 5), L("提请县委组织部提前终止挂职", 6),
    L("更正信息312条", 7)])

# p08 县中医院 (good report): feedback 1.–6. each ending in a 【问题类别：…】 tag; report "（N）关于…的问题" + 1. 2. 3.
# + one field line + "（佐证材料见附件N）", an 附件目录 at the end; one measure explicitly serves #1 and #4.
G["p08"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[], must_not_flag=[
    F("repeated-measure", 1, "The revised 议事规则 is stated once and explicitly extended to #4 (本项措施同时用于第（四）项问题); no text is pasted."),
    F("repeated-measure", 4, "#4 has its own new 绩效考核与分配实施方案; the cross-reference from #1 is not repetition."),
    F("no-accountability", 2, "康复科主任 警告处分, the deputy director 诫勉谈话, a cashier 批评教育; 15万 returned."),
    F("no-accountability", 3, "The 骨伤科主任 received 党内警告 and lost his committee seat."),
    F("no-accountability", 5, "The head of personnel received 批评教育."),
    F("no-mechanism", 2, "制定《医院医保基金使用内部监督管理办法》."),
    F("no-mechanism", 3, "修订《医院药品耗材遴选管理办法》 and a visitor-registration system."),
    F("no-mechanism", 4, "重新制定《医院绩效考核与分配实施方案》."),
    F("no-mechanism", 6, "制定《医院党支部“双带头人”培育工程实施方案》."),
    F("no-deadline", 6, "2025年10月31日，长期坚持."),
    F("no-owner", 4, "院长陶一鸣 is named."),
    F("weak-leadership", None, "领导小组 under the secretary 黄叙之, 第一责任人, 5 meetings, 直接部署、直接督办, fortnightly reports."),
    F("no-disclosure", None, "Published on the hospital's and the health bureau's sites with phone and e-mail."),
    F("late-report", None, "Feedback 2025-08-05, report 2025-10-28: 84 days."),
    F("inconsistent-claim", None, "All 6 done and every item says 已完成; 15万 returned; 8 rules; 1 党内警告 + 1 警告 + 1 诫勉 + 3 批评教育: all agree."),
], links=[
    L("列明党委会研究决定事项清单28项", 1), L("绩效分配方案的制定和调整列入党委会研究事项", 4),
    L("另发现超标准收费1.2万元", 2), L("遴选专家从专家库随机抽取", 3), L("取消按业务收入提成", 4),
    L("延长试用期6个月", 5), L("由党员科室主任担任支部书记", 6)])

# p09 县委宣传部: feedback classifies problems into 突出问题 1.–3. and 一般性问题 1.–4. (numbering restarts);
# report grouped by kind of measure (建章立制 / 追责问责 / 退赔纠正 / 具体整改), each measure tagged "针对突出问题第N项".
G["p09"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("vague-measure", 4, "The only measure for the 文明实践站 problem (一般性问题第1项: 9 of 15 stations nearly idle, false volunteer records) is a slogan (提高思想认识, 切实加强, 常态化、长效化, 提升群众满意度) with 时限 长期坚持; no station checked, no record corrected."),
    F("no-disclosure", None, "The report ends with 特此报告; nothing is published or announced, although the feedback's 整改意见 expects the usual public report and the round's other units publish."),
], must_not_flag=[
    F("no-accountability", 2, "The 文艺科科长 received 党内警告, the deputy head 诫勉谈话 (in the 追责问责 section)."),
    F("no-accountability", 3, "Five cadres received 批评教育 with 书面检查; money returned."),
    F("no-accountability", 5, "The clerk received 提醒谈话 and paid the 0.42万 excess himself."),
    F("no-mechanism", 1, "修订《县委宣传部意识形态工作责任制实施细则》 (in the 建章立制 section)."),
    F("no-mechanism", 2, "制定《蓁阳县宣传文化专项资金管理办法》."),
    F("no-mechanism", 3, "制定《县委宣传部机关干部兼职授课和稿酬管理规定》."),
    F("no-mechanism", 5, "修订《县委宣传部机关公务接待管理办法》."),
    F("no-owner", 4, "副部长宋明蕙 is named for the vague item."),
    F("no-owner", 2, "The 追责问责 lines carry no 责任领导, but #2's rule and recovery lines name 副部长宋明蕙; ownership is per problem."),
    F("no-deadline", 6, "2025年12月31日, a future date for the item still in progress."),
    F("repeated-measure", 2, "#2 appears in three sections (rule, accountability, recovery) with different measures; nothing is pasted."),
    F("weak-leadership", None, "领导小组 under the 部长 邹怀远, 第一责任人, 4 部务会 meetings."),
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-12: 84 days."),
    F("inconsistent-claim", None, "6 done + 1 ongoing (一般性问题第3项), 41.68万 (38 + 2.3 + 0.96 + 0.42), 4 rules, 1 + 1 + 9 + 1 persons: all agree."),
], links=[
    L("建立网络舆情每周研判", 1), L("对2起负面舆情处置情况进行复盘", 1), L("依据合同追回补助资金38万元", 2),
    L("违规领取的讲课费2.3万元和稿酬0.96万元已全部由本人退回", 3), L("推动实践站活动常态化、长效化", 4),
    L("超标准部分费用0.42万元由经办人个人承担", 5), L("下半年举办专题培训班4期", 6), L("对相互抄写的4名党员进行批评教育", 7)])

# p10 区政协机关: feedback is the 巡察办's 整改通知书 with "问题N：…（限期整改/立行立改）" and a report deadline;
# report is a 工作简报 (巡察整改专刊) in 问/答 form, dated after that deadline.
G["p10"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("copied-measure", 2, "The answer on 委员履职管理 restates the notice's own wording (委员履职档案不完整、年度履职考核流于形式，有5名委员连续两年未参加任何履职活动，未作任何处理) inside 要求切实加强…解决…的问题; no file completed, no assessment changed, the 5 members not dealt with."),
    F("no-owner", 5, "The 会议费 answer ends with （时限：2025年10月8日） only; every other answer names a 牵头 person."),
    F("late-report", None, "Feedback meeting 2025-09-03, notice deadline 2025-12-03, 简报 dated 2026-01-19: 138 days."),
], must_not_flag=[
    F("no-deadline", 5, "2025年10月8日 is given; only the owner is missing."),
    F("no-deadline", 1, "2025年12月31日，此后常态化开展."),
    F("no-accountability", 4, "The organiser (deputy office head) received 诫勉谈话; 1.6万 returned."),
    F("no-accountability", 5, "The finance staff received 批评教育; 0.9万 returned by the handler."),
    F("no-mechanism", 3, "制定《区政协提案办理质量评价办法》."),
    F("no-mechanism", 4, "修订《区政协视察考察活动管理办法》."),
    F("no-mechanism", 6, "制定《机关党员教育管理积分实施细则》."),
    F("weak-leadership", None, "The 党组书记、主席 万启明 leads the group as 第一责任人, 6 meetings, 4 hearings, 直接督办."),
    F("no-disclosure", None, "To be published in the 机关建设 column of the CPPCC site with a 监督电话."),
], links=[
    L("将全区38个社区全部纳入", 1), L("进一步提高委员履职意识", 2), L("提案办理实行“答复、落实、评价”三环节闭环", 3),
    L("已由参加人员按人均分摊全额退回机关账户", 4), L("补齐会议通知和签到表29份", 5), L("补选支部委员1名", 6)])

for p, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, p, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
print("wrote", len(G))
