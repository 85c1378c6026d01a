"""Write p01..p10/gold.json (dev-pairs gold format) for dev67. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev44/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蘩水县国库集中支付中心党支部: a 巡察办 通报 on FOUR units; only section （二） concerns this report (一是…六是).
# The 总体情况 有的…；有的… sentences are a summary, expressly not separate problems; （一）（三）（四） are other units'.
# Report: 关于“…”的问题 with 整改措施 + four field lines.
G["p01"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-accountability", 4, "The 2.3万 trip was paid by the agent bank and approved by the then deputy director; the 通报 says 对违规违纪问题要查清事实、严肃处理，该追责的坚决追责. The report has the 8 staff refund the bank, a 组织生活会 and a new rule, but nobody is dealt with — its stats line counts only 批评教育2人 (#2) and 提醒谈话1人 (#5)."),
    F("late-report", None, "Feedback 2024-10-15 (通报 2024-10-18) with a 三个月内 limit; the report is dated 2025-02-06: 114 days."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任郦方舟 heads the 领导小组, is 第一责任人, 直接部署、直接过问、直接督办, 4 推进会, 3 meetings with the bank."),
    F("no-disclosure", None, "县财政局门户网站“信息公开”栏目 and the 办事大厅公示栏."),
    F("inconsistent-claim", None, "21 measures = 20 done + 1 named pending (one 零余额账户), and item （六） says 基本完成; 批评教育2 (#2) + 提醒谈话1 (#5); 5 rules, all named in the items."),
    F("unanswered-issue", 6, "（六） answers it: 2 of 3 accounts closed, the third dated to the end of the 尾款 settlement."),
    F("no-accountability", 2, "The 2 reviewers got 批评教育."),
    F("no-accountability", 5, "The 组织委员 gave a written explanation and got a 提醒谈话 — a mild sanction in unusual words."),
    F("no-mechanism", 4, "《对外业务往来廉洁从业规定》 is made (the gap there is accountability)."),
    F("no-mechanism", 1, "《直达资金预警信息处置工作规程》."),
    F("no-mechanism", 2, "修订《国库集中支付审核操作规程》 and a system hard control."),
    F("no-mechanism", 6, "零余额账户年度清理核对制度."),
    F("no-owner", 3, "党支部书记、主任郦方舟 is 责任领导."),
    F("no-deadline", 6, "整改时限 2025年3月31日 — a date, even if after the report date."),
    F("copied-measure", 1, "The heading quotes the feedback, but the measures are acts: 47 warnings re-checked, 6 closed, a 登记簿, a 规程."),
], links=[
    L("47条超时预警逐条补充核实说明", 1), L("对12笔无合同或合同尚未生效即予支付的款项逐笔倒查", 2), L("重新开展廉政风险点排查", 3),
    L("已由参加活动的8名干部职工按人均分摊全部退还该行", 4), L("2名“口袋党员”的组织关系已于2024年11月转入中心党支部", 5),
    L("其中2个零余额账户已于2024年12月撤销", 6)])

# p02 薁城县酒业有限责任公司党总支 (县属国有酒厂): a 巡察报告 excerpt — 基本情况 (a sales fall: market, not a failing),
# 总体评价 (a preview naming areas), 发现的主要问题 in unnumbered paragraphs under three 聚焦 headings with 究其原因
# paragraphs interleaved, 问题线索 (移交), 意见建议 1．–3．. Report (GB18030): 问题N： + 整改措施/整改结果 + bracket.
G["p02"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "“反馈的7个问题已全部整改到位，26项整改措施全部完成” while 问题1's own 整改结果 says the 混改方案 awaits approval and the 酒糟 project awaits its start, and 问题4 says 394万元 is in a lawsuit 正在审理中 yet marks 整改结果：已完成."),
    F("vague-measure", 5, "问题5 (3 党员大会 a year, no member recruited among workers in 5 years) is answered only with slogans (深刻认识…坚持以高质量党建引领…进一步强化…切实发挥…不断提升…): no meeting plan, no recruitment, nothing on the 生产党支部."),
], must_not_flag=[
    F("weak-leadership", None, "党总支书记、董事长訾鸣远 heads the 领导小组 as 第一责任人, 5 meetings, 3 on-site 督办."),
    F("no-disclosure", None, "公司内部公示栏 and the 县国有资产监督管理服务中心网站."),
    F("late-report", None, "Feedback 2024-11-21, report 2025-02-14: 85 days."),
    F("unanswered-issue", 5, "Slogans still count as an answer (the gap is vague-measure)."),
    F("vague-measure", 1, "Concrete: third-party valuation, the plan sent for approval in January, a site chosen, 环评 done."),
    F("no-accountability", 3, "党内警告 for the sales deputy manager, 诫勉 for 2 经办人, 9.8万 repaid."),
    F("no-accountability", 4, "The sales manager is moved off the post and gets a 诫勉谈话."),
    F("no-accountability", 2, "办公室主任 书面检查, 总经理 批评教育."),
    F("no-accountability", 6, "人力资源部负责人 批评教育."),
    F("no-mechanism", 2, "修订《党总支前置研究讨论重大经营管理事项清单》."),
    F("no-mechanism", 3, "《公务接待和市场推广费用管理办法》."),
    F("no-mechanism", 4, "《经销商授信管理办法》."),
    F("no-mechanism", 6, "《中层管理人员选拔任用工作规定》."),
    F("no-mechanism", 7, "修订《成品酒仓储管理制度》."),
    F("no-owner", 1, "訾鸣远 is 责任领导."),
], links=[
    L("聘请第三方机构完成资产评估", 1), L("对860万元基酒采购进行复盘", 2), L("对17.6万元宴请费用逐笔核查", 3),
    L("制定《经销商授信管理办法》", 4), L("坚持以高质量党建引领企业高质量发展", 5),
    L("对2023年任命的3名中层干部补充进行民主测评和考察", 6), L("聘请会计师事务所对成品库进行全面盘点", 7)])

# p03 蘠原县草原工作站党支部: 组长's speech with 第一，…第五，. 第一 is praise, 第五 is 三点要求 (一要…三要); 第二–第四 hold
# TWO problems each (the second one after 同时 / 在这样的氛围下 / 还有一个问题要指出). Report (UTF-8 CRLF): 一、关于…的问题
# + 一是… + bracket, five headings.
G["p03"] = dict(mode="pair", issues=6, unanswered=[2], must_flag=[
    F("unanswered-issue", 2, "The 同时 problem inside 第二 (27 监测样方 copied from the year before) has no heading and no sentence in the report; nothing on 监测数据 at all."),
    F("no-mechanism", 5, "The feedback says the 野外作业补助 had 没有任何制度依据 and 三要 asks to close the 补助资金发放 gap 从制度上; the answer recovers the money and criticises, then only 加强财务审核，严把补助发放关口 — no rule, while every other item names one."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、站长冼伯骞 heads the 领导小组, 第一责任人, 3 meetings, 3 township checks, 约谈 of leaders behind schedule."),
    F("no-disclosure", None, "“整改情况已在县农业农村局门户网站公开” (the 村务公开栏 list of herders in 一、 is a false friend, but the real disclosure is there)."),
    F("late-report", None, "Feedback 2025-04-09, report 2025-07-01: 83 days."),
    F("unanswered-issue", 4, "The 宴请/土特产 problem hidden in 第三 after 在这样的氛围下 is answered under its own heading 三、."),
    F("no-accountability", 4, "党内警告 1, 诫勉谈话 1, gifts paid back."),
    F("no-accountability", 5, "1.86万 returned, 4 批评教育, the 站长 书面检查."),
    F("no-mechanism", 1, "《草原生态保护补助奖励政策实地核查工作办法》."),
    F("no-mechanism", 3, "《站党支部落实全面从严治党主体责任清单》."),
    F("no-mechanism", 4, "廉洁纪律“十不准”."),
    F("no-mechanism", 6, "党员参加组织生活登记和季度通报制度."),
    F("no-owner", 6, "党支部组织委员喻知微."),
    F("no-deadline", 5, "2025年5月31日 (the gap there is the missing rule)."),
    F("vague-measure", 3, "Two 专题 meetings, 5 廉政谈话, a 责任清单, a fixed agenda item."),
], links=[
    L("对3户超载放牧牧户领取的4.1万元草畜平衡奖励资金全部追回", 1), L("党支部书记与5名关键岗位干部逐一开展廉政谈话", 3),
    L("给予其中1人党内警告处分，对另1人进行诫勉谈话", 4), L("4名干部违规领取的1.86万元野外补助已全部退回", 5),
    L("制定年度主题党日计划", 6)])

# p04 藭溪县公安局拘留所党支部 (专项巡察): 一、…六、 heading lines, each with ● bullets (evidence) and a 【典型案例】 box
# (evidence with its own failing words); heading 四 joins 廉洁风险 and 小卖部 (one problem); 整改建议 （一）–（四）, the 移交
# sentence and the deadline sentence are not problems. Report: preamble + ｜-row 整改台账 (6 rows).
G["p04"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-owner", 5, "Row 5's 责任人 is “所党支部” — a body, not a person; every other row names one leader."),
    F("no-deadline", 6, "Row 6's 整改时限 is “视县公安局辅警招录进度确定” and its 完成情况 is 持续推进: an open item with no date."),
], must_not_flag=[
    F("weak-leadership", None, "所长、党支部书记缪青崖 heads the 领导小组, 第一责任人, 5 推进会, 2 reports to the 县公安局党委, checks every 班组."),
    F("no-disclosure", None, "县公安局门户网站 and the 所内公示栏."),
    F("late-report", None, "Feedback 2024-06-12, report 2024-09-03: 83 days."),
    F("inconsistent-claim", None, "“已完成整改5个” + 1 推进 matches the 完成情况 column; 3.6万; 党内警告1 (row 4), 政务警告1 (row 3), 诫勉1 (row 1), 批评1 (row 2), 辞退3 (1 + 2); 7 rules named."),
    F("no-accountability", 1, "诫勉 for the checking officer, the auxiliary dismissed, a written self-criticism to the 党委."),
    F("no-accountability", 2, "3.6万 back to the food account; the deputy in charge 批评教育."),
    F("no-accountability", 3, "政务警告 for the officer who released the detainee early."),
    F("no-accountability", 4, "党内警告 for the officer who took the cigarettes."),
    F("no-accountability", 6, "The 2 auxiliaries who left their post are dismissed."),
    F("no-mechanism", 1, "修订《监区安全检查制度》."),
    F("no-mechanism", 4, "《所内小卖部管理办法》 and “八不准”."),
    F("no-mechanism", 5, "党员民警带班值守制度 (the gap there is the owner)."),
    F("no-mechanism", 6, "《拘留所辅警管理办法》."),
    F("no-owner", 4, "所长缪青崖."),
    F("no-deadline", 5, "2024年8月31日 (the gap there is the owner)."),
], links=[
    L("补装监控探头4个", 1), L("转入“所务开支”的伙食费3.6万元已全部退回伙食费专户", 2),
    L("对擅自提前放出被拘留人的值班民警给予政务警告处分", 3), L("终止小卖部原承包合同", 4),
    L("建立党员民警带班值守制度", 5), L("对2023年8月擅离岗位的2名辅警予以辞退", 6)])

# p05 蕿山县儿童福利院党支部: 问题清单 问题1：…问题6： each with 具体表现：（1）（2）（3） (evidence) and 整改要求：
# (restates); the closing 另： paragraph names a 消防通道 problem expressly dropped from the list (立行立改) and a 移交.
# Report: DOCX with bold 关于“…”的问题 headings, 整改措施 paragraph and one field line. GOOD REPORT.
G["p05"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、院长柘晓岚 heads the 领导小组, 第一责任人, 负总责, 4 推进会, 直接部署、直接过问、直接督办, 3 site checks."),
    F("no-disclosure", None, "县民政局门户网站 and the 院内公示栏, with a 监督电话."),
    F("late-report", None, "Feedback 2025-03-18, report 2025-06-10: 84 days."),
    F("inconsistent-claim", None, "23 measures all done and every item says 已完成 with nothing pending in the text; 8.1万 = 2.9万 + 5.2万; 党内警告1 (#4), 诫勉2 (#3, #4), 批评2 (#1, #6); 6 rules named."),
    F("unanswered-issue", 6, "（六） answers the old-problem item: alarm system installed and accepted, a rule made."),
    F("no-accountability", 1, "审核 科长 批评教育, 2.9万 recovered."),
    F("no-accountability", 3, "The director's 诫勉谈话 by the 县民政局党组."),
    F("no-accountability", 4, "党内警告 for the former deputy, 诫勉 for the finance head, 5.2万 returned."),
    F("no-accountability", 6, "The untrue 已完成 of 2021 is explained in writing and the 经办人 gets 批评教育."),
    F("no-accountability", 2, "Staffing, food samples and files: no wrongdoing named, nobody to hold to account."),
    F("no-mechanism", 1, "《儿童基本生活费发放对象动态核查办法》."),
    F("no-mechanism", 4, "《社会捐赠款物管理和公开办法》."),
    F("no-mechanism", 6, "《安全隐患排查治理制度》."),
    F("no-owner", 5, "党支部副书记侯念真."),
    F("no-deadline", 2, "2025年5月31日."),
    F("copied-measure", 4, "The heading quotes the feedback, the measures are acts with figures and names."),
    F("vague-measure", 5, "3 党课, a 组织生活会 with at least 3 points each, 2 members confirmed, a 自查 rule."),
], links=[
    L("停发2名已就业成年人员的基本生活费", 1), L("通过公开招聘增加护理员6名", 2), L("对48万元康复训练设备采购事项进行复核", 3),
    L("挪用于职工节日慰问的5.2万元已由领取职工全部退回", 4), L("2名超期预备党员已由支部大会讨论并按期转正", 5),
    L("2栋儿童宿舍楼的火灾自动报警系统已于5月安装完成", 6)])

# p06 蘛川县渔政执法大队党支部: a 反馈意见 PASTED FROM A PDF — hard line breaks mid-sentence, page footers “— N —”, a
# running header on pages 2–3, problem 3 broken across a page break, a wrapped line starting “2.6万元”; （一）–（三）方面
# with continuous 1．–7．; 二、整改意见 （一）–（四） not problems. Report (UTF-16 LE BOM): by number “针对第N项问题”.
G["p06"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("copied-measure", 2, "“针对第2项问题” is the problem turned into a promise (严格规范…自由裁量权，杜绝同类案件罚款金额随意，确保处罚决定书按规定送达…): no 裁量基准, no case re-check, nothing on the 9 undelivered decisions."),
    F("weak-leadership", None, "A 大队务会 studied the feedback, split it among 中队 and 股室, and the 办公室 collects progress: no 领导小组 and no 第一责任人, though 整改意见（三） asked the 党支部书记 for both; the 书记 and 大队长 never appear."),
    F("no-disclosure", None, "整改意见（三） says 整改情况按规定公开; the report never publishes it (the 县公共资源交易平台公开拍卖 of confiscated fish in 第3项 is a false friend)."),
], must_not_flag=[
    F("late-report", None, "Feedback 2024-08-27, report 2024-11-19: 84 days."),
    F("unanswered-issue", 3, "The problem split by the page break is answered under 第3项."),
    F("no-accountability", 3, "政务警告 for 2 officers, 批评教育 for the clerk, 2.6万 to the treasury."),
    F("no-accountability", 4, "诫勉 for the officer who fished from the boat, 0.4万 fuel repaid."),
    F("no-accountability", 5, "党内警告 1 (the dinner during the case), 诫勉 1, meals repaid."),
    F("no-mechanism", 3, "《罚没物品管理办法》."),
    F("no-mechanism", 4, "修订《执法船艇和公务用车管理规定》."),
    F("no-mechanism", 7, "修订《执法记录仪使用管理规定》."),
    F("no-owner", 2, "法制股股长桑若谷 is named (the gap there is the copied text)."),
    F("no-deadline", 2, "2024年10月31日."),
    F("vague-measure", 1, "Concrete: 3 night patrol groups, 4 tips re-checked, 2 cases filed, a 2-hour rule."),
    F("repeated-measure", 2, "The copied promise appears once; no paragraph is pasted under two problems."),
], links=[
    L("将全大队执法人员编为3个夜间巡查组", 1), L("严格规范行政处罚自由裁量权", 2),
    L("自行变卖罚没渔获物所得的2.6万元已全部上缴国库", 3), L("执法艇和公务用车全部安装北斗定位终端", 4),
    L("2名接受宴请的执法人员已按人均标准退缴餐费", 5), L("在禁渔期执法一线开展“亮身份、守河湖”主题党日", 6),
    L("为一线执法人员补充配备执法记录仪12台", 7)])

# p07 藟阳县拍卖有限公司党支部 (县属国企): a 问题清单 TABLE turned into text, ｜-separated: a header row, rows 1–7 with the
# category cell left empty under a merged category, row 5 wrapped onto a second row with empty 序号, a 合计 row; the
# 移交/抄送 paragraph and 整改要求 一要…四要 are not problems. Report: public HTML 整改进展情况的通报 with a disclosure header.
G["p07"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("repeated-measure", 6, "6． (公务接待超标) is answered only by a paragraph (坚持以…为指导，把巡察整改作为增强“四个意识”的实际行动…推动全面从严治党向纵深发展) that is pasted again under 7．, after a different first clause."),
    F("repeated-measure", 7, "7． (发展党员未经政治审查) repeats 6．'s paragraph word for word after its first clause."),
    F("no-accountability", 4, "9.6万 “加班费” decided by the 经理办公会: the staff pay it back and the pay rule is revised, but nobody is dealt with, although 整改要求 二要 says 对相关责任人依规依纪严肃处理."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长荀鹤汀 heads the 领导小组, 第一责任人, 亲自部署、亲自督办."),
    F("no-disclosure", None, "A public 通报 (主动公开) with a comment period, phone and address."),
    F("late-report", None, "Feedback 2025-05-20, 通报 2025-08-12: 84 days."),
    F("inconsistent-claim", None, "5 done + 2 named 正在推进 (第2项, 第5项) and the items say so; 54.9万 = 15.3万 + 9.6万 + 30万; 诫勉2 (#3, #5), 批评1 (#2); 4 rules named."),
    F("unanswered-issue", 5, "The row wrapped onto a second table line is answered under 5．."),
    F("no-accountability", 3, "The deputy general manager who approved the waivers gets a 诫勉谈话."),
    F("no-accountability", 5, "财务部负责人 诫勉谈话; the clue is with the 纪委监委."),
    F("no-accountability", 2, "业务部经理 批评教育."),
    F("no-mechanism", 3, "《拍卖佣金收取和减免管理办法》."),
    F("no-mechanism", 4, "修订《公司薪酬管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 5, "《竞买保证金管理办法》 and a dedicated account."),
    F("no-deadline", 2, "2025年10月31日, 正在推进."),
    F("no-owner", 7, "党支部组织委员杭若水 is named (the gap there is the pasted paragraph)."),
], links=[
    L("将国有资产拍卖委托、佣金减免、对外借款和大额支出等12类事项列入前置研究范围", 1), L("已委托评估机构重新评估", 2),
    L("对4笔佣金减免逐笔复核", 3), L("已由全体职工全部退回公司账户", 4), L("7笔超期保证金已全部退还竞买人", 5),
    L("针对公务接待超标准、超范围的问题", 6), L("针对发展党员程序不规范的问题", 7)])

# p08 蘱江县人民政府教育督导室党支部: a 组长's COLLOQUIAL speech, unnumbered, problems carried by rhetorical questions
# (这样的督导，能发现问题吗？ / 然后呢？ / 难道分数可以凭感情给吗？ …); two rhetorical questions are not problems
# (巡察是来挑毛病的吗？不是。 / 大家辛苦不辛苦？辛苦。), nor the praise and 三点要求 一是…三是. Report (GB18030): own short
# headings in another order (5, 3, 1, 2, 6), problem 4 skipped.
G["p08"] = dict(mode="pair", issues=6, unanswered=[4], must_flag=[
    F("unanswered-issue", 4, "The 评估打分 problem (3 schools' scores raised 8–12 points with no record) has no heading and no sentence; the report never mentions 评估 or 分数."),
    F("late-report", None, "Feedback 2024-12-03 with a 三个月内 limit; report dated 2025-04-10: 128 days."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任仇砚秋 heads the 领导小组, 第一责任人, 4 meetings, 4 school checks."),
    F("no-disclosure", None, "县教育局门户网站."),
    F("inconsistent-claim", None, "17 of 18 done + 1 school bus item named as pending; 3.6万 = 2.7万 + 0.9万; 党内警告1, 约谈3, 批评教育11 (1 + 10); 4 rules named."),
    F("unanswered-issue", 5, "Answered first, under （一）严格兼职督学管理 — another order, not a gap."),
    F("no-accountability", 3, "党内警告 for the inspector who drank, 批评教育 for 10, meals repaid."),
    F("no-accountability", 5, "2.7万 recovered, 9 dismissed, the 股长 批评教育."),
    F("no-mechanism", 1, "修订《责任督学挂牌督导工作规程》."),
    F("no-mechanism", 2, "《教育督导问题整改复查办法》."),
    F("no-mechanism", 3, "督导工作纪律“六不准”."),
    F("no-mechanism", 5, "《兼职督学聘任和考核管理办法》."),
    F("no-owner", 6, "党支部组织委员雷芷汀."),
    F("no-deadline", 2, "2025年3月31日."),
], links=[
    L("对2024年秋季学期的全部挂牌督导记录进行复核", 1), L("对2023年春季督导发现校车安全隐患的5所学校进行回头复查", 2),
    L("涉及的11名督学已按标准全部退缴餐费0.9万元", 3), L("9名已退休多年、未实际履职的兼职督学已全部解聘", 5),
    L("每次主题党日单独安排，不与业务会议合并", 6)])

# p09 蔾台县社会信用体系建设服务中心党支部: a 联动巡察 opinion in 共性问题 1．–3． (stated to apply to this unit too)
# and 个性问题 1．–4．; 个性 3． is 共性 2． seen again in this unit (报销审核不严…表现得更为突出) — ONE problem, counted
# where first seen: 3 + 4 − 1 = 6. 整改意见 （一）–（四） not problems. Report: 共性/个性 sections mirroring the feedback.
G["p09"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("vague-measure", 3, "共性（三） (no plan for young cadres, no rotation in 5 years, average age 48) is slogans only: 高度重视…坚持把…作为一项长期任务，进一步优化…不断加强…努力打造…: no plan, no rotation, no post."),
    F("no-deadline", 4, "个性（一）'s 完成时限 is “持续推进” while 3 of the 8 departments are still 正在协调 — an open item with no date."),
    F("no-disclosure", None, "整改意见（四） asks to publish the rectification; the report never does (在“信用蔾台”网站公示更正后的信息 is the centre's business publication, a false friend)."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任蒯静澜 heads the 领导小组, 第一责任人, 亲自研究…亲自协调, weekly 调度."),
    F("late-report", None, "Feedback 2025-06-24, report 2025-09-12: 80 days."),
    F("inconsistent-claim", None, "19 of 20 done + the 3-department item named as pending; 1.4万; 诫勉1 (#5), 批评2 (#2, #6); 4 rules named."),
    F("repeated-measure", 2, "Answered in two places, but the second says it supplements the first and gives different facts (4.3万 split, 1.4万 returned): not a pasted measure."),
    F("unanswered-issue", 2, "Answered under 共性（二） and 个性（三）."),
    F("no-accountability", 5, "The employee who did not recuse gets a 诫勉谈话 and leaves the post."),
    F("no-accountability", 2, "1.4万 returned by the 经办人; the finance reviewer 批评教育."),
    F("no-accountability", 6, "The publishing reviewer 批评教育."),
    F("no-mechanism", 2, "修订《财务报销审核管理办法》 and the 三签 rule."),
    F("no-mechanism", 4, "《公共信用信息归集共享工作规程》 (the gap there is the date)."),
    F("no-mechanism", 5, "《信用修复审核回避规定》."),
    F("no-mechanism", 6, "修订 the 网站信息发布审核制度."),
    F("no-owner", 3, "党支部书记、主任蒯静澜 is named (the gap there is the slogans)."),
    F("no-owner", 4, "副主任钱砺锋."),
], links=[
    L("每月开展一次专题研讨", 1), L("修订中心《财务报销审核管理办法》", 2), L("1笔1.4万元无法证明会议真实召开", 2),
    L("坚持把年轻干部培养作为一项长期任务", 3), L("逐一走访8个长期未报送信息的部门", 4),
    L("对2024年办理的23件信用修复逐件复查", 5), L("2家企业的错误信息已于7月上旬全部更正", 6)])

# p10 蘮湖县排涝泵站管理所党支部: English-style 1) 2) 3) restarting under （一）–（三）, each with “— ” dash lines of
# evidence; 二、巡察期间立行立改情况 (3 fixed items, expressly not in the feedback) and 三、整改要求 as “— ” lines are not
# problems: 2 + 3 + 1 = 6. Report: 1．–6．关于…的问题 + 整改情况 + bracket.
G["p10"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("weak-leadership", None, "A 所务会议 sorted the problems, the 股室 act “按职责”, the 办公室 chases progress: no 领导小组, no 第一责任人, though the first 整改要求 line asks the 党支部书记 for both; 符听松 appears only as 责任人 of two items."),
    F("copied-measure", 2, "2． is the feedback turned into a promise (严格执行防汛值守制度，坚决杜绝…夜间无人值守…不得事后补记): no roster, no check, nothing on the 3 unmanned stations."),
    F("no-mechanism", 3, "化整为零 (137万 in 6 contracts to one builder): audit, 8.3万 deducted, 诫勉 and 批评, a 重点关注 list and a self-check — but no procurement or 维修项目 rule, though 整改要求 names 工程维修项目管理 制度; the other money items (4, 5) each make one."),
], must_not_flag=[
    F("no-disclosure", None, "县水利局门户网站."),
    F("late-report", None, "Feedback 2024-09-10, report 2024-12-02: 83 days."),
    F("no-accountability", 3, "分管副所长 诫勉谈话, 工程股股长 批评教育."),
    F("no-accountability", 4, "2 值班人员 pay 0.8万 and get 批评教育."),
    F("no-accountability", 5, "2 finance staff 批评教育, the deputy's 书面检查, 6.8万 returned."),
    F("no-mechanism", 1, "修订《泵站机组维护保养规程》."),
    F("no-mechanism", 4, "《泵站燃油领用管理办法》."),
    F("no-mechanism", 5, "修订《值班补助发放办法》."),
    F("no-mechanism", 6, "《党支部议事规则》."),
    F("no-owner", 2, "运行股股长甘临川 is named (the gap there is the copied text)."),
    F("no-deadline", 2, "2024年10月31日."),
    F("vague-measure", 1, "Concrete: a full test by the 检测站, 47 defects fixed, 2 generators rebuilt, monthly test runs."),
    F("unanswered-issue", 6, "The only item of （三） (numbered 1) again) is answered under 6．."),
], links=[
    L("2台无法启动的备用柴油发电机组已完成大修并试机成功", 1), L("坚决杜绝泵站夜间无人值守的现象", 2),
    L("委托第三方审计机构对137万元维修项目进行结算审计", 3), L("对2023年柴油消耗逐月倒查", 4),
    L("2023年非汛期多发的值班补助6.8万元已由领取人员全部退回", 5), L("党支部委员会与所务会议分开召开", 6)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
