"""Write p01..p10/gold.json (dev-pairs gold format) for dev31. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev24/make/gold.py. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蒟川县退役军人事务局党组: formal 反馈意见, （一）–（六） "heading。detail" under 一、; 二、整改意见 (not problems).
# Report: 关于“…”的问题 headings with 整改措施/责任领导/责任股室/完成时限/进展 lines.
G["p01"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-accountability", 3, "23 people paid twice (11.64万) and 4 dead people paid on (4.2万), 经办人 and 审核人 signed without checking: the report recovers 15.84万, adds monthly data matching and a 复核实施细则, but nobody in 优抚安置股 is dealt with, although 整改意见（二） asks to 查清…责任, 对失职失责人员依规依纪严肃处理, 不能一退了之."),
    F("copied-measure", 5, "（五） only turns the feedback round: 进一步健全…“三会一课”记录, 规范支部委员会召开, 完善党员教育管理台账, 严格党费收缴手续 — nothing actually done is reported (no meeting held, no record filled in), yet 进展：已完成."),
    F("no-disclosure", None, "整改意见（四） asks to publish the progress in the Party and to society; the report never says it was or will be published (公开招考 in （六） is recruitment, not disclosure)."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长宁砚舟 heads the 领导小组 as 第一责任人, 亲自部署、亲自过问、亲自督办, and owns three items."),
    F("late-report", None, "Feedback 2025-02-26, report 2025-05-22: 85 days, inside three months."),
    F("inconsistent-claim", None, "22 measures = 19 done + 3 ongoing (items （二） and （六） are the ongoing ones); 15.84万 = 11.64万 + 4.2万."),
    F("no-accountability", 1, "Study and slow follow-up of policy: no wrongful act, nothing to hold anyone to account for."),
    F("no-accountability", 2, "Under-staffed service stations: a shortfall, not a wrongful act."),
    F("no-accountability", 4, "Dealt with in plain words: 驾驶员作出书面检查，扣发当季绩效奖励; the 副局长 在党组会上作了检讨."),
    F("no-mechanism", 3, "A rule is made: 出台《优抚对象定期抚恤补助发放复核实施细则》, plus monthly data matching (the gap there is accountability)."),
    F("no-mechanism", 4, "“固化为‘一车一单一核’的用车流程” is a standing procedure in unusual words."),
    F("no-deadline", 6, "长期坚持 is legitimate for cadre-team building; the finite parts (2 recruits this year, posts filled) are dated or done."),
    F("no-owner", 5, "机关党支部书记晏青禾 is named as 责任领导 (the gap there is the copied measure)."),
    F("vague-measure", 1, "Short but concrete: 2 named speakers per session, 10 working days to a 贯彻意见, a training of 41 people."),
], links=[
    L("每次集中学习确定2名班子成员作重点发言", 1), L("3个长期锁门的站点实行每周固定3天坐班", 2),
    L("重复发放和多发的15.84万元已全部追回", 3), L("一车一单一核", 4), L("进一步健全机关党支部", 5),
    L("2个空缺的股室负责人岗位已按程序完成选任", 6)])

# p02 萩岭镇党委: 反馈会 speech (praise / 一是…五是 problems / 一要…三要 requirements, 以退代处 warning); requirements are not problems.
# Report (GB18030): plain reworded headings 一、…五、 in the feedback's order, bracketed 牵头领导/完成时间.
G["p02"] = dict(mode="pair", issues=5, unanswered=[], must_flag=[
    F("no-accountability", 2, "11 batches over the reception standard (2.86万, 误工餐, liquor and cigarettes): the report only has the 财政所 核减调账 and reprints forms — nothing refunded, nobody named or dealt with, exactly the 光把账调平 / 以改代责 the speech's 二要 forbade."),
    F("vague-measure", 4, "四、为民服务作风 is slogans only (切实转变工作作风, 牢固树立以人民为中心, 以钉钉子精神…): nothing on the empty noon windows or the 31% overdue 12345 工单."),
    F("repeated-measure", 1, "The paragraph 召开专题会议进行研究部署，建立问题清单和责任清单，实行挂图作战、对账销号… opens both 一、(产业项目) and 五、(党组织建设)."),
    F("repeated-measure", 5, "五、 repeats 一、's opening paragraph word for word before its own concrete part."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记司空越 heads the 领导小组 as 第一责任人, chaired 4 推进会 and went to 3 project sites."),
    F("no-disclosure", None, "Published in the 镇政务公开栏 and the “萩岭发布” 公众号, as the speech asked."),
    F("late-report", None, "Feedback 2025-04-15, report 2025-07-08: 84 days."),
    F("inconsistent-claim", None, "20 measures = 17 done + 3 ongoing, and three items carry later dates (12月底, 长期坚持, 9月底)."),
    F("no-accountability", 1, "Slow projects: no wrongful act."),
    F("no-accountability", 3, "The 报账员 is removed from the 出纳 post, 约谈 by the 村务监督委员会主任 and made to write a 书面说明 — people dealt with in unusual words."),
    F("no-mechanism", 3, "建立村级财务季度交叉审核台账制度 and a 5000元 事前备案 rule."),
    F("no-mechanism", 2, "Standing rules are set (“一函一单”, meals only in the 机关食堂); the gap there is accountability."),
    F("no-owner", 4, "党委副书记巫马青 is named (the gap there is the slogans)."),
], links=[
    L("茶叶初加工厂交由县内一家茶叶专业合作社承租运营", 1), L("11批次超标部分共2.86万元已由镇财政所作核减调账处理", 2),
    L("建立村级财务季度交叉审核台账制度", 3), L("以钉钉子精神推动干部作风持续向好", 4),
    L("2名培养期不足的发展对象已退回入党积极分子队伍重新培养", 5)])

# p03 葎阳县住建局党组: 纪委 website news item, problems 一是…六是 in the body; praise, 要求, 表态, closing 据悉 are not problems.
# Report: public 整改进展情况的通报 with its own （一）–（五）; #5 hidden (the 资金管理 heading answers only #4).
G["p03"] = dict(mode="pair", issues=6, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "质监站 往来款 (41万 over three years, unclear source) appears nowhere: the report's （四）资金管理不规范问题 speaks only of the 维修资金 (#4)."),
    F("no-mechanism", 2, "以罚代管, 同类问题年年出现: the report re-checks the 46 cases one by one and talks to 6 site managers — no standing rule on follow-up inspection after a fine, although the 要求 ask to 建章立制 for 反复出现的机制性问题."),
    F("no-deadline", 1, "老旧小区 item: 整改时限 “根据上级补助资金到位情况分批推进” — no date for the remaining 4 小区 or 7 elevators."),
    F("inconsistent-claim", None, "“6个问题中已整改完成5个，老旧小区改造1个问题正在推进” while （二） says 尚有11件正在复查中 (due 3月底) and #5 is not reported at all."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长甄拓 is 组长 and 第一责任人, 5 meetings, site visits."),
    F("no-disclosure", None, "A public 通报 (予以公布) with a phone number and an address."),
    F("late-report", None, "Feedback 2024-11-19, 通报 2025-02-17: 90 days, two days inside the three months."),
    F("no-accountability", 3, "住房保障股股长 调离原岗位, 2 职工 在局务会上作出检讨 and lose 评优评先."),
    F("no-accountability", 1, "Slow renovation: no wrongful act."),
    F("no-accountability", 6, "Lax Party life: no wrongful act."),
    F("no-mechanism", 3, "建立公租房家庭收入、房产信息年度复核台账制度."),
    F("no-mechanism", 4, "修订《住宅专项维修资金使用审核办法》."),
    F("no-deadline", 3, "立行立改，已完成."),
    F("no-deadline", 6, "长期坚持 for Party life."),
    F("unanswered-issue", 6, "Answered under the report's own （五） (renumbered because #5 is missing)."),
], links=[
    L("加装电梯服务专班", 1), L("对2024年开出罚单的46个案件逐件建档复查", 2),
    L("建立公租房家庭收入、房产信息年度复核台账制度", 3), L("修订《住宅专项维修资金使用审核办法》", 4),
    L("主题党日坚持“先学后做”", 6)])

# p04 葶湖区教育体育局党组: 一、…方面 areas with continuous 1．–6．; 四、整改要求 not problems.
# Report (UTF-16 LE BOM): 问题N：/整改情况： pairs with 责任领导/责任科室/完成时限 line.
G["p04"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-accountability", 3, "虚报就餐人数 (6.3万) and the principal's relative as sole supplier: money returned, 刷脸就餐, supplier changed — nobody (the two principals, the 经办) dealt with, though 整改要求（二） asks to 依规依纪追究有关人员责任."),
    F("copied-measure", 5, "问题5 restates the feedback as intentions (加快推进…校长负责制, 切实增强…意识, 督促各校尽快制定议事规则) — no school named, no rule adopted."),
    F("no-owner", 6, "问题6 has only 完成时限; every other item names a 责任领导 and 责任科室, as 整改要求（一） demands."),
    F("inconsistent-claim", None, "“共制定整改措施24条，已完成21条，正在推进2条”: 21 + 2 = 23, one measure unaccounted for."),
    F("late-report", None, "Feedback 2025-03-03, report 2025-06-24: 113 days, beyond the three months the 整改要求（四） sets."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长诸葛晏 is 组长 and 第一责任人, 6 meetings."),
    F("no-disclosure", None, "区教育体育局门户网站“巡察整改”专栏公开."),
    F("no-accountability", 4, "2 学校领导 免去其现任职务 and the clue 移送 to the 纪检组."),
    F("no-accountability", 1, "Weak after-school service: no wrongful act."),
    F("no-accountability", 2, "Slow repair of C级危房: no wrongful act."),
    F("no-mechanism", 2, "建立校舍安全隐患动态排查整治台账，每季度更新、销号一次."),
    F("no-mechanism", 4, "重新修订《中小学教辅材料征订管理办法》."),
    F("copied-measure", 2, "Short and concrete: 18 places in two batches of 9, first batch done in May, buildings closed until repaired."),
    F("vague-measure", 1, "Concrete: coverage 68% → 93%, a fixed two-period format, a 指导目录, a check each term."),
    F("no-owner", 5, "党组书记诸葛晏 is named (the gap there is the copied measure)."),
    F("no-deadline", 6, "2025年8月31日 is given (the gap there is the owner)."),
], links=[
    L("覆盖率提高到93%", 1), L("第一批9处已于5月底完工", 2), L("6.3万元已全部退回区财政", 3),
    L("免去其现任职务", 4), L("加快推进中小学校党组织领导的校长负责制", 5), L("已召回9名回原学校任教", 6)])

# p05 蔊山县供水有限公司党支部 (state firm): 反馈意见 (CRLF), （一）–（五） heading line + “具体表现：” line; 二、整改要求 not problems.
# Report: DOCX cover text + 整改台账 table (7 columns, 5 rows).
G["p05"] = dict(mode="pair", issues=5, unanswered=[], must_flag=[
    F("no-mechanism", 1, "86 billing disputes “一个季度接一个季度” and no 日清日结: row 1 refunds, re-checks and re-reads one cycle — case by case, no meter-reading or cash rule, though 整改要求（三） asks for 管用的制度和流程."),
    F("vague-measure", 2, "Row 2 (漏损率24%, 改造计划 delayed) is slogans only: 牢固树立节水降耗意识, 进一步加强…管理, 压实各环节责任… — no km, no target rate, no money."),
    F("no-accountability", 5, "9.8万 of shopping cards handed out under false names: row 5 only takes the cards back and bans them — nobody dealt with, though 整改要求（二） asks to 对有关责任人员依规依纪作出处理."),
    F("weak-leadership", None, "No 领导小组 and no 第一责任人; the 党支部书记 never appears: “公司及时召开会议作了安排，由综合办公室牵头汇总…各部门各负其责”, though 整改要求（一） asks for both."),
], must_not_flag=[
    F("no-disclosure", None, "公司营业厅公告栏 and the “蔊山供水” 公众号."),
    F("late-report", None, "Feedback 2025-05-08, report 2025-07-30: 83 days."),
    F("inconsistent-claim", None, "13 measures = 12 done + 1 ongoing (row 2 only); 1.7万 / 4.3万 / 9.8万 and one new rule match the rows."),
    F("no-accountability", 3, "经县国资委党委研究，对…副经理作出停职检查的组织处理 — accountability in unusual words."),
    F("no-accountability", 4, "Weak branch work: no wrongful act."),
    F("no-accountability", 2, "High leakage: a management failure, no wrongful act named."),
    F("no-mechanism", 3, "出台《工程发包和物资采购比选实施细则》."),
    F("no-mechanism", 4, "Post duties written and 纳入季度绩效考评; the 支委会 fixed to the first week of each month."),
    F("vague-measure", 4, "Short but concrete: meeting dates, 12 posts, an 抢修突击队."),
    F("no-owner", 1, "副经理郝知远 is 责任领导."),
], links=[
    L("对86起水费争议投诉逐户上门复核", 1), L("牢固树立节水降耗意识", 2), L("停职检查的组织处理", 3),
    L("为12个党员示范岗逐岗写明职责", 4), L("违规发放的购物卡合计9.8万元已从员工处全部收回", 5)])

# p06 菥水县林业局党组: formal 反馈意见 （一）–（五） heading。detail, each followed by 整改建议 (not problems); 二、有关要求.
# Report: answers by number only (“针对第N个问题：”), field line per answer.
G["p06"] = dict(mode="pair", issues=5, unanswered=[], must_flag=[
    F("no-accountability", 1, "7 absentee rangers rated 合格 and a 村委会副主任's wife and son hired: the report dismisses 8, recovers 3.36万 and re-hires — nobody at the 林业站 or the village is dealt with, though the item's own 整改建议 asks to 对把关不严、优亲厚友的人员严肃处理."),
    F("copied-measure", 3, "The third answer is the 整改建议 turned into a promise (严格…程序, 坚决杜绝先发证后勘验, 逐宗进行复核, 进一步完善…流程): no count re-checked, nothing on the 2 over-cut permits."),
    F("no-deadline", 5, "The fifth answer has no 完成时限 (every other answer has one) and leaves 14 cases to “结合实际情况逐步化解”, though the 整改建议 asks for 明确化解时限."),
    F("inconsistent-claim", None, "“共追回、清退违规资金4.86万元” but the answers give 3.36万 + 1.2万 = 4.56万."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长濮阳川 is 组长 and 第一责任人, monthly 调度会."),
    F("no-disclosure", None, "县林业局网站 and the 乡镇林业站公示栏."),
    F("late-report", None, "Feedback 2025-01-14, report 2025-04-10: 86 days."),
    F("no-accountability", 4, "The 林场场长 在局党组会上作了深刻检查 and his 年度目标考核奖励 is cut."),
    F("no-accountability", 5, "Backlog of tenure disputes: no wrongful act."),
    F("no-mechanism", 2, "纳入乡镇年度综合目标考核 (2 → 5 分) and an electronic patrol system."),
    F("no-mechanism", 4, "“场长不签自己的单”: the manager's own claims go to the bureau's 分管领导."),
    F("no-deadline", 2, "长期坚持 for fire patrols."),
    F("no-deadline", 4, "立行立改，已完成."),
    F("no-owner", 5, "局长濮阳川 and 林权管理股 are named (the gap there is the deadline)."),
    F("unanswered-issue", 3, "“针对第三个问题” answers it by number (with a copied measure)."),
], links=[
    L("解聘常年在外务工的7名护林员", 1), L("纳入乡镇年度综合目标考核", 2), L("坚决杜绝先发证后勘验的情况", 3),
    L("场长不签自己的单", 4), L("已调处化解9起", 5)])

# p07 蘵坪村党支部: 反馈会 speech in a village (一是…六是; 一要…三要 requirements not problems).
# Report: the 村党支部书记's first-person report, order 2,1,6,3,4,5; #4 and #5 carry the same paragraph.
G["p07"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-accountability", 1, "Fish ponds let 30% under valuation to 村委委员萧某's son-in-law without a 村民代表会议: the contract is re-auctioned (+2.4万), but nobody is 约谈, 检讨 or 处理, though the speech's 二要 says 该处理的人要处理. The secretary's own “把关不严” reflection is not accountability."),
    F("vague-measure", 3, "四、村务公开 is slogans only (进一步加大…力度, 不断提高公开质量, 切实保障…“三权”, 在阳光下运行): nothing on the half-yearly cycle or the missing project detail."),
    F("repeated-measure", 4, "五、党员学习教育 and 六、人居环境整治 carry the same paragraph (召开支部委员会专题研究，逐项明确了责任人和完成时限…确保问题见底清零)."),
    F("repeated-measure", 5, "六、 repeats 五、's paragraph word for word."),
    F("no-mechanism", 6, "Solar income left outside the village account three years running (年年都是这个情况): the 11.2万 is moved once and published once — no rule or arrangement for future receipts, though the speech's 三要 asks 集体资金和收益管理要有章可循."),
    F("late-report", None, "Feedback 2024-09-12, report 2025-01-06: 116 days, beyond the three months the speech sets."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary writes as 整改第一责任人, claimed every problem, held the meetings; the 镇党委 包村领导 guided."),
    F("no-disclosure", None, "村务公开栏张贴公示."),
    F("inconsistent-claim", None, "4 done + 2 long-term (named: 党员学习教育, 人居环境整治); 4.2万 → 6.6万 = +2.4万."),
    F("no-accountability", 2, "The 村支委委员 made a 公开检讨, got a 提醒谈话 from the 镇党委 and lost his 绩效报酬."),
    F("no-accountability", 4, "Formal study records: no wrongful act."),
    F("no-accountability", 5, "Environment backsliding: no wrongful act."),
    F("no-mechanism", 1, "今后村集体资产发包一律按“四议两公开”程序办理."),
    F("no-mechanism", 2, "补助对象评议后一律张榜公示7天."),
    F("unanswered-issue", 6, "Answered in the report's 三、光伏收益 (another order)."),
    F("unanswered-issue", 1, "Answered in the report's 二、鱼塘发包 (another order)."),
], links=[
    L("年承包费由4.2万元提高到6.6万元", 1), L("张榜公示7天", 2), L("让村务在阳光下运行", 3),
    L("已全部转入村集体账户", 6)])

# p08 萴阳县职业技术学校党总支: 一、…方面 areas with restarting 1．2． (6); the 原因 paragraph and 四、整改要求 are not problems.
# Report: intro + 整改台账 as ｜-separated text rows (header + 5 rows); #6 missing.
G["p08"] = dict(mode="pair", issues=6, unanswered=[6], must_flag=[
    F("unanswered-issue", 6, "意识形态阵地 (no 审核制度 for the website and 2 公众号, a false repost) has no row; the ledger stops at 5."),
    F("vague-measure", 1, "Row 1 (思政 hours a quarter short, taught by 班主任 at night) is slogans only: 坚持立德树人根本任务, 贯穿人才培养全过程, 迈上新台阶."),
    F("no-accountability", 4, "Canteen renewed without tender to a 副校长's brother-in-law who did not recuse: row 4 re-tenders and sets a renewal rule, but nobody is dealt with, though the 整改要求 ask to 依规依纪追究相关人员责任."),
    F("inconsistent-claim", None, "“6个问题已全部整改完成” while only 5 rows exist and row 3 is marked 已完成 although its 议事规则 is 修订稿正在征求教职工意见，待…审定后印发; the rules count of 3 includes that draft."),
    F("no-disclosure", None, "The 整改要求 ask for 校内公开 and 向社会公开; the report never mentions publishing (公开招标 in row 4 is procurement)."),
], must_not_flag=[
    F("weak-leadership", None, "党总支书记骆晴川 is 组长 and 第一责任人, 4 meetings, approves each measure."),
    F("late-report", None, "Feedback 2025-06-10, report 2025-09-05: 87 days."),
    F("no-accountability", 2, "招生就业处负责人 调整工作岗位 and 在全校教职工大会上作检讨."),
    F("no-accountability", 5, "The 党支部书记 got 批评教育."),
    F("no-mechanism", 2, "制定《学生实习管理实施细则》."),
    F("no-mechanism", 4, "今后食堂承包合同到期前3个月启动招标 (the gap there is accountability)."),
    F("no-mechanism", 5, "发展党员实行党总支预审制."),
    F("no-owner", 4, "党总支副书记闻人露 is named."),
], links=[
    L("坚持立德树人根本任务", 1), L("5.7万元实习管理费已全部退还学生", 2),
    L("236万元实训设备采购已提交党总支会议补充审议", 3), L("按公开招标程序重新选定食堂经营单位", 4),
    L("对日期倒填的1名党员按程序补正有关材料", 5)])

# p09 蒴城区人社局党组: 纪委 website news item, problems as six “在……上，……” paragraphs; 要求, 表态, closing line not problems.
# Report (CRLF): plain headings 一、…五、; 三、 merges #3 and #4.
G["p09"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-mechanism", 2, "建筑领域欠薪 年年出现、年年集中治理: the report pushes the 42 backlog cases, blacklists 2 firms and posts inspectors on 3 sites — case by case, no rule on case handling time or wage guarantees, though the 要求 ask to 建章立制 for 反复出现的问题."),
    F("no-accountability", 5, "2 cadres took 4.4万 from firms: they resigned the posts and paid the money in — nobody dealt with, though the 要求 say 依规依纪严肃处理相关人员."),
    F("no-owner", 5, "四、 has only a 完成时限; every other heading names a 责任领导 and 责任科室."),
    F("copied-measure", 6, "五、 restates the feedback (解决“两张皮”, 推动…紧密结合, 充分发挥党员先锋岗…作用) with nothing done."),
    F("weak-leadership", None, "No 领导小组 and no 第一责任人: “召开党组会议进行了传达和部署，明确由人事科负责…统筹协调和材料汇总”, though the 要求 asked for both."),
], must_not_flag=[
    F("no-disclosure", None, "To be published on the 区政府门户网站."),
    F("late-report", None, "Feedback 2025-04-02, report 2025-06-27: 86 days."),
    F("inconsistent-claim", None, "21 = 18 done + 3 ongoing; 18.6万 + 4.4万 = 23万; one revised rule (考务工作规程)."),
    F("no-accountability", 1, "2 初审 staff 约谈 and 调离审核岗位."),
    F("no-mechanism", 1, "把“先比对、后拨付”固化为稳岗补贴审核的必经流程."),
    F("no-mechanism", 3, "修订《人事考试考务工作规程》."),
    F("unanswered-issue", 3, "Answered in 三、 together with #4 (one heading, two problems)."),
    F("unanswered-issue", 4, "Answered in 三、 (专家库 rebuilt, 回避承诺书, automatic filtering)."),
    F("repeated-measure", 4, "One merged section answering two problems with distinct measures is not a pasted measure."),
    F("no-owner", 4, "副局长段澈 and two 科室 named for the merged section."),
], links=[
    L("18.6万元补贴已全部追回", 1), L("对积压的42件欠薪投诉案件逐件督办", 2), L("试卷从接收、保管到分发、回收全程双人交接", 3),
    L("重建职称评审专家库", 4), L("违规取得的报酬4.4万元已全部上缴区财政", 5), L("着力解决党建与业务“两张皮”问题", 6)])

# p10 荮溪县医疗保障局党组: 一、…方面的问题 areas with （一）–（六） heading lines + detail; 原因 paragraph and 四、整改要求 not
# problems. Report: common form, 关于“…”的问题 with field lines. Good report (no must_flag).
G["p10"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长卜映秋 is 组长 and 第一责任人, 7 meetings, led the checks."),
    F("no-disclosure", None, "县人民政府门户网站 and the 医保服务大厅公告栏, 监督电话 given."),
    F("late-report", None, "Feedback 2025-07-08, report 2025-09-30: 84 days."),
    F("inconsistent-claim", None, "25 = 23 done + 2 long-term (named); 27.3 + 2.9 + 0.86 = 31.06万; 警告1, 诫勉2, 书面检查2; 2 new rules (规程, 销号台账制度) + 1 revised (复审实施细则)."),
    F("no-accountability", 1, "基金监管股 2 staff 书面检查 and 通报; the agencies lose their contracts, a clue goes to the police."),
    F("no-accountability", 2, "股长 诫勉谈话; 2 doctors' 认定资格 suspended."),
    F("no-accountability", 5, "党内警告 1, 诫勉谈话 1."),
    F("no-accountability", 3, "Paper-based service: no wrongful act."),
    F("no-accountability", 4, "Study: no wrongful act."),
    F("no-mechanism", 1, "制定《定点医药机构现场检查工作规程》 and 纳入…年度考核."),
    F("no-mechanism", 2, "修订《门诊慢特病待遇认定复审实施细则》."),
    F("no-mechanism", 5, "票据重复校验 built into the claims system."),
    F("no-mechanism", 6, "建立审计、巡察问题整改销号台账制度."),
    F("no-deadline", 4, "长期坚持 for study."),
    F("no-deadline", 5, "立行立改."),
    F("no-deadline", 6, "立行立改."),
    F("vague-measure", 3, "Short and concrete: 线上办理, 4 stations, 31 applications."),
    F("copied-measure", 3, "Says what was done, not the feedback turned round."),
], links=[
    L("解除2家定点药店的医保服务协议", 1), L("取消12名不符合条件人员的门诊慢特病待遇", 2), L("异地就医备案全面改为线上办理", 3),
    L("中心组每季度围绕医保基金监管开展1次专题研讨", 4), L("财务报销系统增设票据重复校验功能", 5),
    L("医疗救助资金结余已完成清算", 6)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
