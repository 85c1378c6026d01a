"""Write p01..p10/gold.json (dev-pairs gold format) and p01..p10/notes.md for dev45. The gold is hand-judged; this
file only keeps it in one place. Modelled on dev44's make/gold.py. Debatable points ("may report") are not gold: they
go to notes.md only, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G, N = {}, {}

# ---------------------------------------------------------------- p01
G["p01"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党组书记、主席籍澄远 heads the 领导小组, is 第一责任人, chaired 4 推进会 and led site visits to 5 stations and 3 学会."),
    F("late-report", None, "Feedback 2025-03-18, report 2025-06-10: 84 days, inside the three months."),
    F("no-disclosure", None, "下一步 三是: published on the 县科协门户网站 with 意见箱 and 监督电话."),
    F("inconsistent-claim", None, "24 measures (4+3+4+3+3+4+3) = 22 done + 2 named 长期坚持; 8.0万 = 6.3 + 1.7; 警告1, 诫勉2, 批评1; 3 new + 2 revised rules, all named in the items."),
    F("no-accountability", 3, "6.3万 recovered AND 学会部部长郗弘毅 诫勉谈话."),
    F("no-accountability", 4, "1.7万 returned AND 党内警告 for the leader of the trip, 诫勉谈话 for the office head."),
    F("no-mechanism", 3, "修订《科普专项资金管理办法》 with collective review and 7-day publicity."),
    F("no-mechanism", 2, "《县级学会年检和退出管理办法》."),
    F("no-deadline", 7, "Dated 2025-05-31 for the first two measures; youth training 长期坚持 — a legitimate long-term item."),
    F("no-deadline", 6, "前三项 2025-04-30, 第四项 (quarterly checks) 长期坚持."),
    F("vague-measure", 5, "Opens with 深刻反思，切实提高…认识 but then a 三审 rule, 9 报备 lectures and a 批评教育."),
    F("copied-measure", 6, "Opens by restating the problem (针对“三会一课”记录补记…的问题) and then acts: 党课, separate minutes, transfers done."),
    F("no-owner", 1, "副主席邝晚晴 is 责任领导."),
], links=[
    L("5个闭门站点已于4月中旬全部恢复开放", 1), L("约谈3个未开展活动学会的理事长", 2), L("修订《科普专项资金管理办法》", 3),
    L("1.7万元考察费用已由参加人员全部退回", 4), L("建立《微信公众号信息发布审核制度》", 5),
    L("2名调出人员的组织关系已于4月办结转出手续", 6), L("通过公开遴选补充工作人员2名", 7)])
N["p01"] = dict(unit="蓂川县科学技术协会党组", good=True,
    forms="Feedback: formal 反馈意见 of the 县委第二巡察组, 一、巡察发现的主要问题 with areas （一）（二）（三）…方面 and continuous 1．–7． heading。detail; 二、整改意见 （一）–（五） and the 三个月内 sentence are not problems. Report (UTF-8): the common 整改情况的报告 — 组织开展 preamble with stats, then seven （N）关于“…”的问题 items with 整改措施/责任领导/责任部门/整改时限/整改成效 lines, 下一步 with disclosure. GOOD REPORT.",
    problems=["科普阵地建设推进缓慢 (5 of 14 科普e站 closed)", "服务科技工作者不到位 (3 of 9 学会 idle)", "专项资金管理不规范 (6.3万 to 2 ineligible associations)",
              "违反中央八项规定精神 (two trips with sightseeing, 1.7万)", "意识形态工作责任制落实不到位 (公众号, 讲座报备)", "机关党支部建设不规范 (补记, 2 transfers)",
              "干部队伍建设滞后 (8 of 12 in post, 2 seconded)"],
    traps="The 整改意见 list repeats words of the problems (追回, 建章立制, 公开) and must not be counted. Two items carry 长期坚持 beside dates — legitimate for standing tasks. Item （五） opens with a slogan sentence and item （六） with the feedback's words, but both go on to concrete acts.",
    may="None of substance. A strict reader could ask whether the third 学会 (注销 applied for) is really finished; the report says it is 依程序申请注销, which is an act done.")

# ---------------------------------------------------------------- p02
G["p02"] = dict(mode="pair", issues=6, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "场馆免费开放打折扣 (排练厅、书画室 locked Mon–Wed afternoons) has no answer: the by-number report jumps from 第4个问题 to 第6个问题 and nothing else mentions opening hours or the rooms."),
    F("vague-measure", 3, "第3个问题 (非遗 stipends unpaid a year, archives missing) is answered only by 高度重视…提高思想认识…增强责任感和使命感…切实加强组织领导，认真落实各项保护措施…再上新台阶: no stipend paid, no archive made, nothing to check."),
    F("no-disclosure", None, "The speech's third requirement asks to publish the rectification; the report never does. The 公众号 in 下一步 announces performances and classes, which is not disclosure of the rectification."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、馆长殷鹤眠 heads the 领导小组 as 第一责任人, chaired the plan, led site visits and the 专题组织生活会, and owns （四）（五）."),
    F("late-report", None, "Speech 2024-10-15, report 2025-01-08: 85 days."),
    F("inconsistent-claim", None, "17 measures (4+3+2+4+4) = 15 done + 2 pending, and exactly two are marked pending (礼堂 21 of 38; the 发展党员 review awaiting reply)."),
    F("no-accountability", 4, "1.1万 returned by 7 recipients AND 办公室主任 诫勉谈话, 报账员 批评教育."),
    F("no-mechanism", 4, "修订《文化馆经费支出管理办法》."),
    F("vague-measure", 1, "Opens with 把推动服务重心下移作为整改的首要任务来抓, then 46 planned shows, 12 given, 4 teams, 21 of 38 halls."),
    F("unanswered-issue", 6, "Answered under （五）第6个问题 — the fifth section of the report answers problem 6, not problem 5."),
    F("no-owner", 3, "The slogan item still names 副馆长甘霁云 (the gap there is the content)."),
    F("no-deadline", 1, "2025年6月30日."),
], links=[
    L("重新制定2025年“送戏下乡”计划", 1), L("培训改为现场扫码签到", 2), L("进一步提高思想认识，增强做好非遗保护工作的责任感和使命感", 3),
    L("已由7名领取人员全部退回", 4), L("主题党日与业务会议分开召开", 6)])
N["p02"] = dict(unit="蕤阳县文化馆党支部", good=False,
    forms="Feedback: the 巡察组组长's 反馈会 speech (同志们 … 谢谢大家), problems in unnumbered prose paragraphs (一个突出的感受是 / 我们…还发现 / …也让人担忧 / …更需要大家警醒 / …也打了折扣 / 最后); the 根子 sentence, 一要…三要 and the 三个月内 sentence are not problems. Report (UTF-16 LE with BOM): answers BY NUMBER ONLY — （一）第1个问题 … （四）第4个问题, （五）第6个问题 — with no restated problem text; owner and deadline in a bracket.",
    problems=["公共文化服务下沉不够 (送戏下乡 23 of 40, 礼堂)", "群众文艺团队培训走过场 (签到 vs 照片)", "非遗保护措施不实 (3 stipends unpaid, archives)",
              "经费管理 (4.2万 split purchase, 1.1万 劳务费 to staff)", "场馆免费开放打折扣 (rooms locked)", "党支部组织生活不规范 (主题党日 merged, 1 member's 考察期)"],
    traps="The speech numbers nothing; the report numbers everything; the mapping rests on the order of the prose paragraphs (the 问题清单 handed over at the meeting follows it). Section （五） is problem 6. The report's 17 measures include the two slogan ‘measures’ of problem 3.",
    may="Problem 4: the split purchase is only 补办备案 — an inspector might want the purchase itself reviewed; the person responsible was dealt with, so no-accountability is not raised. Problem 2: the 9 mismatched sessions were 通报 but no one was named; debatable whether faked sign-ins call for accountability.")

# ---------------------------------------------------------------- p03
G["p03"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("copied-measure", 2, "（二） is the feedback turned into a promise: 针对人防工程维护管理缺位的问题，我们将切实加强…坚决杜绝未经审批出租、租金去向不清…严格按规定…维护检测 — no lease ended, no rent traced, no door or fan checked."),
    F("no-accountability", 4, "3.8万 paid out as 值班补助 with no duty roster: the money is returned and the rule revised, but nobody who approved or paid it is dealt with, although the 整改要求 二 demands it; the 诫勉谈话 in the same section is for the 接待 problem."),
    F("weak-leadership", None, "The 党组书记 never appears: the work is led by 分管副主任栾竞舟 with an office 专班, the 党组会议 only 审议通过 the plan, and there is no 第一责任人, though 整改要求 一 asked the secretary to 亲自研究部署、亲自协调推进、亲自督促检查."),
], must_not_flag=[
    F("late-report", None, "问题清单 2025-04-22, report 2025-07-16: 85 days."),
    F("no-disclosure", None, "下一步 三是: 门户网站公开 with 监督电话."),
    F("inconsistent-claim", None, "14 measures (5+1+4+4) = 12 done + 2 named pending (new 警报点, one 易地建设费 project); 4.4万 = 3.8 + 0.6; 诫勉1; 1 revised + 1 new rule."),
    F("no-accountability", 5, "0.6万 returned AND 办公室主任祁望舒 诫勉谈话."),
    F("no-mechanism", 4, "修订《机关值班管理和补助发放规定》 (the gap there is accountability)."),
    F("no-mechanism", 5, "新建《公务接待审批和清单管理办法》."),
    F("copied-measure", 3, "Opens with the feedback's words (针对宣传教育流于形式的情况) and then acts: a new 五进 plan with named departments, drills and lessons in 6 schools."),
    F("unanswered-issue", 3, "Answered inside the heading 聚焦主责主业 (四是、五是: 五进 plan, 6 schools) — no heading of its own."),
    F("unanswered-issue", 7, "Answered inside 加强班子队伍建设 (三是 补选, 四是 党费)."),
    F("no-owner", 2, "The copied item still names 副主任戚远帆 (the gap is the content)."),
    F("no-deadline", 2, "2025年6月30日 (the gap is the content)."),
], links=[
    L("7台故障警报器已于5月底前全部修复", 1), L("我们将切实加强公用人防工程维护管理", 2), L("重新制定人防知识“五进”活动年度计划", 3),
    L("已由领取人员于5月全部退回单位账户", 4), L("超标准部分0.6万元已由陪同接待人员退回", 5),
    L("按程序补充开展民主推荐和组织考察", 6), L("召开党员大会补选支部委员1名", 7)])
N["p03"] = dict(unit="萆山县人民防空办公室党组", good=False,
    forms="Feedback: 反馈问题清单 with 巡察时间/反馈时间 header, 问题1：…问题7： heading lines each followed by 表现：; the closing 整改要求 一要…四要 is not a problem. Report (GB18030): the unit's OWN THEME HEADINGS （一）聚焦主责主业 … （四）加强班子队伍建设, each holding several answers in 一是…五是 prose with brackets; #3 is answered only inside （一） after 与此同时, #7 only inside （四）.",
    problems=["贯彻上级人防部署不到位 (7 警报器, 易地建设费)", "人防工程维护管理缺位 (3 works leased out)", "人防宣传教育流于形式",
              "违规发放津贴补贴 (3.8万 值班补助)", "公务接待管理不规范 (0.6万)", "选人用人工作不严谨", "基层党组织建设弱化 (支委缺额, 党费)"],
    traps="Section （三） holds two money problems side by side: #4 (money back, rule, no person) and #5 (money back AND a 诫勉谈话) — the sanction must not be credited to #4. The copied item has a full bracket (owner, date), so only its content is the gap.",
    may="Problem 1: the second 易地建设费 project is 正在依法追缴 — fine as a pending item. Problem 6: nobody is held to account for appointing two cadres without 民主推荐; an inspector might raise it, but the feedback frames it as procedure, so it is not gold.")

# ---------------------------------------------------------------- p04
G["p04"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-owner", 3, "Row 3's 责任领导 is “——” and its 责任科室 is 相关科室、各乡镇服务站: nobody owns the open items (专职人员, 业务指导); every other row names a 副主任 or the secretary."),
    F("no-deadline", 5, "Row 5's 完成时限 is “——” while its 完成情况 is 正在推进: a concrete fix (告知清单) with no date."),
    F("inconsistent-claim", None, "Preamble: 21 measures, 16 done, 4 in progress — 16 + 4 = 20, and the ledger itself shows 5 open (row 3 ②③, row 5 ①②③)."),
    F("late-report", None, "Feedback 2024-08-27 with a 三个月内 limit (2024-11-27); the report is dated 2024-12-09: 104 days."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任瞿映川 heads the 领导小组 as 第一责任人, 3 支委会 + 4 推进会, 亲自过问、亲自督办, visits to 4 stations, owns row 6."),
    F("no-disclosure", None, "“整改情况已在中心微信公众号和服务大厅公示栏公开”."),
    F("no-accountability", 2, "7.6万 recovered AND 审核人员 诫勉谈话, 科室负责人 批评教育."),
    F("no-accountability", 4, "2.9万 recovered, one institution struck off, 经办人 批评教育."),
    F("no-mechanism", 2, "修订《就业补助资金审核发放办法》 + data matching."),
    F("no-mechanism", 4, "新建《定点培训机构监督管理办法》."),
    F("no-deadline", 6, "“长期坚持” for a standing Party-building task, with a rule already made."),
    F("no-deadline", 1, "“立行立改，2024年9月30日”, 已完成."),
    F("no-deadline", 3, "2024年12月31日 (the gap there is the owner)."),
    F("no-owner", 5, "副主任邰秋禾 (the gap there is the deadline)."),
    F("no-owner", 6, "党支部书记、主任瞿映川."),
], links=[
    L("将贴息审核环节由5个压减为3个", 1), L("7.6万元已全部追回并缴回补助资金专户", 2), L("零工市场岗位信息改为每日更新", 3),
    L("2.9万元培训补贴已从2家机构全部追回", 4), L("编制失业登记、技能补贴申领等12项业务的一次性告知清单", 5), L("党员先锋岗设在服务窗口", 6)])
N["p04"] = dict(unit="藟台县就业服务中心党支部", good=False,
    forms="Feedback: a 纪委监委网站 news item: meeting facts, praise, then one paragraph “巡察组指出，该中心…；…；…等问题” holding six problems separated by ；, then 巡察组要求 (not problems), the 三个月内 sentence, the 巡察办 remarks and the 表态. Report (UTF-8): preamble with stats, then the 整改台账 as ｜-separated text rows (header + 6 rows × 7 fields, measures ①②③ inside a cell), short 下一步.",
    problems=["贴息审核周期长 (47天)", "就业补助资金审核不严 (7.6万)", "公共就业服务不到位 (零工市场, 兼职站员)", "培训机构虚报 (31人次, 2.9万)", "“一次性告知”不落实", "党建与业务“两张皮”"],
    traps="Row 6 says 长期坚持 and row 1 立行立改 — both legitimate. The completion column of each row must be read against the preamble's totals. The feedback date is in the body (8月27日) while the news item is published 8月28日; either way the report is late.",
    may="Row 3's measure ② (逐步配齐…专职工作人员) also has a soft verb (逐步) — an inspector might call it vague; the row's gap is kept to the owner. No one is held to account for the 47-day delays (row 1); it is a service failing, not a named wrong.")

# ---------------------------------------------------------------- p05
G["p05"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-accountability", 2, "The 报账员 kept 2.4万 of collective money on a personal card for five months and 0.8万 went through 白条: the money is booked and the papers signed, but the only thing asked of the 报账员 is a 书面说明 — no talk, warning or sanction, though the 整改建议 二 asks to 严肃处理."),
    F("no-mechanism", 4, "An 18.6万 road job given without 比选 and the contract signed after completion: the report audits, re-signs and re-inspects this one job, but makes no rule for village small works, which 整改建议 三 asked for by name; items （一） and （五） do make rules."),
], must_not_flag=[
    F("weak-leadership", None, "The village secretary writes as 第一责任人, chaired the 联席会议, heads the 整改工作小组, weekly 碰头会, owns （一）（四）."),
    F("late-report", None, "Feedback 2025-05-13, report 2025-08-07: 86 days."),
    F("no-disclosure", None, "Report posted on the 村务公开栏 and sent to the 村民微信群, with where to complain."),
    F("inconsistent-claim", None, "19 measures (3+3+4+3+2+4) = 17 done + 2 named open (2 lost members, the quarterly contact just begun)."),
    F("no-accountability", 3, "1.2万 低保金 recovered AND 党内警告 for the 村委委员 who hid his relatives."),
    F("no-mechanism", 5, "《葚坪村村务公开工作制度》 with monthly detail."),
    F("no-mechanism", 1, "《葚坪村“两委”联席会议议事规则》."),
    F("no-owner", 1, "“责任人：我本人” — the secretary owns it."),
    F("no-owner", 4, "“责任人：我本人” (the gap there is the missing rule)."),
    F("no-deadline", 6, "2025年9月30日 for the open item."),
], links=[
    L("重新制定《葚坪村“两委”联席会议议事规则》", 1), L("鱼塘承包费2.4万元已全部交到镇农经站代理记账", 2), L("多领的低保金1.2万元已全部追回上缴", 3),
    L("补签施工合同", 4), L("制定《葚坪村村务公开工作制度》", 5), L("已联系上6名失联流动党员中的4名", 6)])
N["p05"] = dict(unit="蘩溪县莨石镇葚坪村党支部", good=False,
    forms="Feedback: a VILLAGE ROUND — 县委第三巡察组 村级巡察 反馈意见, 一、…六、 heading。detail paragraphs; 整改建议 一是…四是 and the 三个月内 / 公开栏 sentence are not problems. Report (GB18030): the village secretary's FIRST-PERSON report (我 / 我本人), 一、我是怎样组织整改的, then （一）…（六） “…的问题” headings in feedback order with 一是… and a 责任人/完成时限 bracket, 三、存在的不足和下一步打算.",
    problems=["村党支部领导作用发挥不充分 (四议两公开)", "村集体资金管理混乱 (2.4万 personal card, 0.8万 白条)", "惠民政策落实不精准 (低保 relatives)",
              "小型工程项目管理不规范 (18.6万 road, no 比选)", "村务公开不及时不全面", "党员教育管理松散 (6 lost, 5 arrears)"],
    traps="（二） says 今后集体收入一律在收取当天存入村集体账户 — a spoken rule; it does not cure the missing accountability. （四） recovers 0.7万 from the builder — money recovered is not a rule. 书面说明 is not a sanction.",
    may="No-accountability on #4 (nobody answers for giving the job without 比选; the secretary owns the item and says he 认账, with a self-check under （一）). No-mechanism on #2 (the 当天存入 sentence is not a written rule). Neither is gold.")

# ---------------------------------------------------------------- p06
G["p06"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("copied-measure", 2, "Item 2 turns the feedback back into a promise: 中心将进一步改进年鉴组稿方式，杜绝反复“催稿”和逾期交稿…及时更新地情资料数据库…防止资料散存在个人电脑中 — no database updated, no item entered, no unit chased."),
    F("no-mechanism", 5, "An old manuscript lost because nobody logged loans: the copy is got back, the archive sorted once and the borrower criticised, but no loan or archive rule is made, though 整改要求 三 names 档案和史料管理 and the report makes rules for #3 and #4."),
    F("inconsistent-claim", None, "“已完成整改4个，正在推进2个，整改完成率为83.3%”: 4 of 6 is 66.7%; the items confirm 4 done (3–6) and 2 in progress (1, 2)."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任宓远岑 heads the 领导小组 as 第一责任人, 5 meetings, owns items 3, 4, 6."),
    F("late-report", None, "Feedback 2024-12-03, 通报 2025-02-26: 85 days."),
    F("no-disclosure", None, "A public 通报 (公开方式：主动公开) with phone, address and a comment period."),
    F("no-accountability", 4, "1.3万 returned AND 副主任晏书田 诫勉谈话, 办公室主任 and 报账员 批评教育."),
    F("no-accountability", 5, "The borrower is 批评教育 and the book is back (the gap there is the rule)."),
    F("no-mechanism", 3, "修订《中心财务收支管理办法》."),
    F("no-mechanism", 4, "修订《中心会议和评审活动管理规定》."),
    F("no-deadline", 1, "正在推进 with 2025年6月30日."),
    F("no-owner", 2, "副主任钟离晓 (the gap there is the content)."),
], links=[
    L("已有6个单位交稿", 1), L("中心将进一步改进年鉴组稿方式", 2), L("由38名领款人补签确认", 3),
    L("宴请的1.3万元费用已由参加人员全部退回", 4), L("已从借出的工作人员处追回", 5), L("支部每季度确定一个修志业务课题", 6)])
N["p06"] = dict(unit="蘵城县地方志编纂中心党支部", good=False,
    forms="Feedback: formal 反馈意见, 一、巡察发现的主要问题 with （一）–（六） heading。detail paragraphs; 二、整改要求 （一）–（四） and the 三个月内 sentence are not problems. Report (UTF-8): a PUBLIC 关于巡察整改进展情况的通报 with a 索引号/发布机构/成文日期/公开方式 header, 总体情况 with stats and a completion rate, then 1．关于“…”问题的整改 → 整改情况： with 一是… and a 牵头领导/完成时限 bracket, contact details at the end.",
    problems=["修志主业推进迟缓 (县志 60%)", "地情资料收集存在短板 (年鉴 催稿, database)", "财务管理不规范 (2.6万 cash, 9.8万 printing)",
              "违反中央八项规定精神 (1.3万 宴请)", "地方志档案管理混乱 (lost manuscript)", "党支部建设与业务工作结合不紧"],
    traps="The 83.3% rate is the only wrong figure; counts of sanctions (诫勉1, 批评4), money (1.3万) and rules (2) all add up. Item 5 does hold someone to account — its gap is the missing rule.",
    may="Item 3: the 2.6万 cash payments are only confirmed after the fact, and only the 出纳 is criticised; an inspector might ask more, but nothing was lost. Item 1 is open, which the report says.")

# ---------------------------------------------------------------- p07
G["p07"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-owner", 3, "Row 3 (expired extinguishers, blocked exit, patrol records) has 责任领导 “—” and 责任部门 各部门: nobody is answerable for a safety item, while every other row names a leader."),
    F("no-deadline", 4, "Row 4 (合作办班) is 推进中 with 完成时限 “根据合作协议到期情况确定”: no date for an open item the feedback asked to put under rules."),
    F("no-disclosure", None, "The speech's 第四 asks to publish the rectification to parents and the public; the report never does. The fee schedule 公示 in row 2 publishes prices, not the rectification."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任阚若渊 heads the 领导小组 as 第一责任人, 4 推进会, 3 safety visits, 亲自过问 fees and moonlighting, leads the 专题组织生活会, owns rows 5–6."),
    F("late-report", None, "Speech 2025-02-19, report 2025-05-16: 86 days."),
    F("inconsistent-claim", None, "20 measures (3+4+3+4+3+3) = 14 done + 4 open (row 4) + 2 long-term (row 6 ②③); 3.4万 + 1.6万; 警告2, 诫勉1, 批评1; 2 new rules + 1 being drafted."),
    F("no-accountability", 2, "3.4万 refunded to parents AND 财务科科长 诫勉谈话, 经办人员 批评教育."),
    F("no-accountability", 5, "1.6万 of moonlighting pay handed in AND 政务警告 for both teachers."),
    F("no-mechanism", 2, "新建《培训班收费和退费管理办法》."),
    F("no-mechanism", 6, "《党支部委员会议事规则》."),
    F("no-deadline", 6, "第①项 dated; 党课 and 民主评议 长期坚持 — standing tasks."),
    F("no-deadline", 3, "2025年3月15日 (the gap there is the owner)."),
    F("no-owner", 4, "副主任吕沧澜 (the gap there is the deadline)."),
], links=[
    L("公益课程由原来的9门增加到21门", 1), L("应退的3.4万元已全部退到家长账户", 2), L("更换过期灭火器14具", 3),
    L("对3家合作机构资质开展年度审查", 4), L("违规所得报酬1.6万元已全部上缴", 5), L("制定《党支部委员会议事规则》", 6)])
N["p07"] = dict(unit="薁城县青少年活动中心党支部", good=False,
    forms="Feedback: the 巡察组组长's 反馈会 speech, problems in prose paragraphs opening 在…方面，; the 要求 第一，…第四， and the 三个月内 sentence are not problems. Report (UTF-8, CRLF): preamble with stats and a 专题组织生活会, then the 整改台账 as TAB-separated rows (header + 6 rows × 7 fields), 下一步.",
    problems=["偏离公益定位 (收费班七成)", "收费管理不规范 (未备案, 11 refund complaints)", "安全管理隐患 (14 extinguishers, exit)",
              "合作办班不规范 (3 institutions)", "2名教师违规兼职取酬", "党支部建设 (党课, 议事规则)"],
    traps="Row 2 publishes fee standards (公示收费标准) — a false friend for disclosure. Row 6's 长期坚持 is fine. Row 4 mentions a rule being drafted, so the gap there is the date, not the mechanism.",
    may="Row 4: no-mechanism (the 《合作办班管理办法》 is only 起草) — arguable either way, kept out of gold. Row 3: nobody is held to account for the expired extinguishers — a safety lapse rather than a named wrong.")

# ---------------------------------------------------------------- p08
G["p08"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、局长邬静川 heads the 领导小组 as 第一责任人, chaired the plan and 4 meetings, visited the 乡镇 and the 失能 cadres, 逐笔督办 the fees."),
    F("late-report", None, "问题清单 2024-07-09, report 2024-09-30: 83 days."),
    F("no-disclosure", None, "下一步 三是: 局门户网站 and 活动中心公示栏, 监督电话."),
    F("inconsistent-claim", None, "22 measures (4+4+6+4+4) = 20 done + 2 长期坚持; 4.5万 (incl. 0.9万) + 0.3万; 诫勉1, 批评3; 3 new + 1 revised rules, all named."),
    F("no-accountability", 4, "4.5万 into the 财政专户, the 0.9万 meal money refunded AND 常务副校长 诫勉谈话, 会计 批评教育."),
    F("no-accountability", 5, "0.3万 repaid AND 2 staff 批评教育 with a 检讨."),
    F("no-mechanism", 4, "《老年大学财务管理办法》."),
    F("no-mechanism", 5, "《老干部活动专用车辆管理规定》."),
    F("no-mechanism", 1, "修订《离退休干部阅文和情况通报制度》."),
    F("no-deadline", 6, "前三项 2024-08-31, 第四项 长期坚持."),
    F("no-deadline", 2, "前三项 2024-09-15, 第四项 长期坚持."),
    F("unanswered-issue", 6, "Answered first, under （一） — the report is in another order."),
    F("unanswered-issue", 4, "Answered inside the merged heading （三） (三是–六是)."),
    F("repeated-measure", 3, "One merged heading for #3 and #4, but separate measures for each — not a pasted measure."),
    F("no-owner", 3, "党支部书记、局长邬静川 is 责任领导 of the merged item."),
], links=[
    L("修订《离退休干部阅文和情况通报制度》", 1), L("把3名失能老干部列入重点联系对象", 2), L("新开设智能手机应用、中医养生等5门课程", 3),
    L("4.5万元已全部缴入财政专户", 4), L("3次私用车辆产生的油费和路桥费0.3万元已由当事人退赔", 5),
    L("指导4个未按期换届的离退休干部党支部全部完成换届", 6)])
N["p08"] = dict(unit="蔾原县委老干部局党支部", good=True,
    forms="Feedback: 问题清单 with a 致/反馈日期 header, 问题1：…问题6： heading lines each followed by 表现：; 整改要求 一是…四是 are not problems. Report (DOCX, bold headings): ANOTHER ORDER (6, 1, 3+4, 2, 5) with the two 老年大学 problems MERGED under one 关于“…”和“…”的问题 heading, each item with 整改措施/责任领导/责任科室/整改时限/整改成效 paragraphs. GOOD REPORT.",
    problems=["落实老干部政治待遇不到位", "生活待遇存在短板 (3 失能 cadres)", "老年大学管理不规范 (courses, teachers)", "学费收入未按规定管理 (4.5万, 0.9万 meals)",
              "公务用车管理不严 (3 private uses)", "离退休干部党支部建设弱化 (4 overdue elections)"],
    traps="The report says why it reorders and merges. Heading （一） is problem 6 and （四） problem 2 — positional matching fails. The merged item holds both a course fix (#3) and the money (#4).",
    may="None of substance. Some might ask for a sanction for the 2 teachers hired without checks (#3); they were not a named wrong.")

# ---------------------------------------------------------------- p09
G["p09"] = dict(mode="pair", issues=7, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "古树名木 (2 registered trees died, nobody stopped the works or reported it): no heading or sentence answers it; （五） is the 意识形态 problem (#6) and （六） the 换届 problem (#7)."),
    F("late-report", None, "Feedback 2025-01-14 with a 三个月内 limit (2025-04-14); the report is dated 2025-05-06: 112 days."),
    F("weak-leadership", None, "The 领导小组 is headed by 副主任龚远山 with the office head as deputy; the 党支部书记、主任湛清和 — who promised in the news item to 扛起整改主体责任 — never appears, and there is no 第一责任人."),
], must_not_flag=[
    F("no-disclosure", None, "下一步 三是: 县政府门户网站 and 中心公众号, 监督电话."),
    F("inconsistent-claim", None, "18 measures (3×6) = 16 done + 2 open (both in （一）); 5.4万 = 2.3 + 3.1; 诫勉1, 批评2; 4 rules (2 new, 2 revised)."),
    F("no-accountability", 2, "2.3万 recovered and 800 plants replaced AND 验收人员 诫勉谈话, 科室负责人 批评教育."),
    F("no-accountability", 4, "3.1万 returned AND 办公室主任 批评教育."),
    F("no-mechanism", 2, "《苗木采购验收管理办法》."),
    F("no-mechanism", 3, "修订《绿地养护外包考核办法》."),
    F("no-deadline", 7, "前两项 2025-03-31, 第三项 长期坚持."),
    F("unanswered-issue", 6, "Answered under （五）关于“意识形态工作抓得不紧”的问题."),
    F("unanswered-issue", 7, "Answered under （六）."),
    F("no-owner", 1, "副主任龚远山 is 牵头领导."),
], links=[
    L("其中2个已完成设计审查并开工建设", 1), L("其余400株对应的价款2.3万元已从供应商处追回", 2), L("修订《绿地养护外包考核办法》", 3),
    L("3.1万元加班费已由中心全体人员全部退回", 4), L("对中心宣传栏和公众号内容全面更新", 6), L("完成换届选举", 7)])
N["p09"] = dict(unit="蕸水县园林绿化服务中心党支部", good=False,
    forms="Feedback: a 纪委监委 news item with the problems inline as 一是…七是 after “主要有：”; 巡察组要求 (incl. the 三个月内 limit), the 巡察办 remarks and the 表态 are not problems. Report (UTF-8): the common 关于“…”的问题 report with 整改措施/牵头领导/配合科室/完成时限/进展情况 lines, six items for seven problems.",
    problems=["城市绿化提升项目推进迟缓 (3 口袋公园)", "苗木采购验收把关不严 (1200株, 6.8万)", "绿地养护外包监管不力", "公务加班费发放不规范 (3.1万)",
              "古树名木保护责任落实不到位 (2 trees dead)", "意识形态工作抓得不紧", "党支部换届超期、组织生活不规范"],
    traps="Six items in the feedback's order minus one: the fifth and sixth headings answer problems 6 and 7. The report has a full ledger, owners and dates — the weakness is who leads, not the form.",
    may="（一）'s third measure publishes progress on the 公众号 — not the rectification as such, but the report does promise full disclosure later, so no-disclosure is not raised.")

# ---------------------------------------------------------------- p10
G["p10"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[
    F("vague-measure", 7, "（四）一是、二是 on 选人用人 (竞聘方案 never put to the branch, 2 unqualified appointees) are slogans only: 牢固树立正确选人用人导向…进一步规范…切实提高…努力营造风清气正的用人环境 — nothing done about the two appointments or the 方案."),
    F("no-accountability", 5, "146万 of works split into three to dodge tendering, all to one firm: the report audits the bill (3.4万 back from the builder), re-papers the decision and revises the rule, but nobody who split the contract is dealt with, though the feedback demands 依规依纪依法处理有关人员; the sanctions in the same section are for the 购物卡 problem."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长谷梁晟 heads the 领导小组 as 第一责任人, 5 meetings, site visits, 亲自过问 the tender and gift-card cases, owns （一）（三）."),
    F("late-report", None, "Feedback 2024-05-28, report 2024-08-20: 84 days."),
    F("no-disclosure", None, "下一步 三是: 公司网站 and 县国有资产服务中心网站, 监督电话."),
    F("inconsistent-claim", None, "19 measures (3+5+6+5) = 17 done + 1 open (欠费 清收, dated 9-30) + 1 长期坚持 (师带徒)."),
    F("no-accountability", 6, "2.2万 of cards recovered AND 时任总经理 诫勉谈话, 办公室主任 批评教育."),
    F("no-mechanism", 5, "修订《公司工程项目发包管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 4, "修订《农村集中供水点水质检测管理办法》."),
    F("no-mechanism", 1, "修订《党支部前置研究讨论重大经营管理事项清单》."),
    F("unanswered-issue", 4, "Answered inside the 供水主业 section (四是、五是) after 在排查停水原因的同时."),
    F("unanswered-issue", 8, "Answered inside the 队伍建设 section (三是–五是) after the slogans."),
    F("vague-measure", 8, "Concrete: 6 technicians hired, an 订单式 agreement, 师带徒."),
    F("no-deadline", 8, "前四项 2024-08-31, 师带徒 长期坚持."),
    F("no-owner", 7, "副总经理甄若溪 (the gap there is the content)."),
], links=[
    L("将100万元以上的投资项目", 1), L("更换老旧主管道4.2公里", 2), L("对全县87万元欠费逐户建档", 3), L("恢复出厂水每月检测", 4),
    L("多结算的3.4万元已由施工企业退回", 5), L("超标准发放的2.2万元购物卡已全部收回", 6), L("牢固树立正确选人用人导向", 7),
    L("面向社会公开招聘水质检测、管网维修等一线技术人员6名", 8)])
N["p10"] = dict(unit="薢江县城乡供水有限公司党支部", good=False,
    forms="Feedback: an ENTERPRISE ROUND — the 县委第二巡察组's 专项巡察 of 县属国有企业, the opinion for one of four firms: areas （一）…（四）…方面。 each with restarting 一是…二是…三是 (1 + 3 + 2 + 2 = 8 problems); the 巡察组要求 paragraph is not a problem. Report (UTF-8): the unit's OWN THEME HEADINGS （一）坚持党的领导 … （四）加强班子队伍建设, several answers per heading in 一是… prose with a bracket; #4 answered only inside （二）, #7 and #8 share （四）.",
    problems=["前置研究流于形式 (3 projects)", "农村供水保障不到位 (19 stoppages)", "水费回收不力 (87万)", "水质检测频次不足",
              "工程项目违规发包 (146万 split)", "违规发放福利 (2.2万 cards)", "选人用人程序不规范", "青年人才储备不足"],
    traps="Section （三） holds #5 (money back, rule, no person) beside #6 (money back AND sanctions). Section （四） holds #7 (slogans) beside #8 (concrete), with a 长期坚持 for 师带徒. Numbering 一是 restarts per area in the feedback: eight problems, not four.",
    may="No-accountability on #1 (three projects decided without the branch) — procedural, the feedback does not ask for sanctions there. Item #3: the 31万 write-off is 报…审批核销 — pending approval, fine as stated.")

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    n = N[name]
    md = [f"# {name} (d45-{name[1:]}) — {n['unit']}" + (" — GOOD REPORT" if n["good"] else ""), "",
          "## Forms", n["forms"], "", "## Problems (in feedback order)"]
    md += [f"{i}. {p}" for i, p in enumerate(n["problems"], 1)]
    md += ["", "## Gold: must_flag"]
    md += [f"- {f['kind']} #{f['issue'] if f['issue'] is not None else '(document)'}: {f['why']}" for f in g["must_flag"]] or ["- none (good report)"]
    md += ["", "## Gold: must_not_flag (counter-cases)"]
    md += [f"- {f['kind']} #{f['issue'] if f['issue'] is not None else '(document)'}: {f['why']}" for f in g["must_not_flag"]]
    md += ["", "## Gold: links"]
    md += [f"- #{l['issue']}: “{l['measure']}”" for l in g["links"]]
    md += ["", "## Traps", n["traps"], "", "## May report (debatable, not gold)", n["may"], ""]
    open(os.path.join(ROOT, name, "notes.md"), "w", encoding="utf-8").write("\n".join(md))
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
