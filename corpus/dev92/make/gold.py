"""Write p01..p10/gold.json (dev-pairs gold format) for dev92. The gold is hand-judged; this file only keeps it in one
place. Modelled on dev44's make/gold.py (same F/L helpers and writer). Debatable points ("may report") are not gold: they
are in each pair's notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 藨阳县邮政分公司党总支 (enterprise round by the city branch's 党委巡察组). Feedback: 一、二、三、…方面 with RESTARTING
# 1．2．(3．) = 3 + 3 + 2 = 8; 整改意见 （一）–（四） are not problems. Report: DOCX landscape Word-table 整改台账 with a
# 说明 paragraph; problem 3 split into two task rows with merged 序号/反馈问题/责任领导; accountability in 备注. GOOD.
G["p01"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "说明: 党总支书记、总经理郗望舒 heads the 整改工作领导小组 as 第一责任人, chaired the plan and the ledger, fortnightly 推进会, 当面督办."),
    F("late-report", None, "Feedback 2025-03-18, ledger 2025-06-10: 84 days, inside the 3 months the feedback sets."),
    F("no-disclosure", None, "说明: published on the branch intranet and the 营业网点公示栏 (the feedback asked for internal publication)."),
    F("inconsistent-claim", None, "24 measures = 21 done + 3 named as ongoing (1-3, 8-1, 8-2), matching the 整改进展 cells; 8 people = the 备注 cells (警告1, 诫勉2, 批评2, 经济处罚2, 解除合同1); 3 rules named in the rows."),
    F("no-owner", 3, "The second task row's 责任领导 cell is the lower half of a vertical merge: its owner is 副总经理、党总支委员卜清禾 above, although the cell reads empty in the text."),
    F("no-owner", 5, "党总支委员、财务部经理甘若溪 — a committee member heading a department, not a deputy manager, but a named owner."),
    F("no-deadline", 8, "第1条 dated 2025-09-30 (3 of 5 posts filled), 第2条 轮岗 长期坚持 — a standing task whose first batch is done."),
    F("no-deadline", 4, "立行立改, 已完成（2025年4月8日）."),
    F("no-accountability", 4, "In the 备注 column: 原市场部经理 诫勉谈话, driver 批评教育 and 扣发绩效; 1.6万 refunded."),
    F("no-accountability", 6, "备注: the clerk's contract ended, the outlet head 警告; 2.3万 recovered."),
    F("no-accountability", 3, "备注: two tellers fined and moved off the counter, the outlet head 批评教育."),
    F("no-accountability", 1, "A slow network build-out: no one did wrong, nobody to hold to account."),
    F("no-mechanism", 5, "制定《物资采购管理实施细则》 and a 供应商库."),
    F("no-mechanism", 6, "修订《营业现金管理办法》 with daily checks and monthly spot counts."),
    F("vague-measure", 7, "Opens with 切实增强抓党建的责任意识 but goes on to a record check, 约谈, the 换届 done in April and a quarterly checklist."),
], links=[
    L("新建村级寄递服务站15个", 1), L("恢复蔺口、稂坝2个邮政所每周6天营业", 2),
    L("对13笔代客签名业务逐笔联系客户重新核实确认", 3), L("建立理财产品销售“双录”抽查制度", 3),
    L("会餐发生的1.6万元已由参加人员全部退缴", 4), L("制定《物资采购管理实施细则》", 5),
    L("营业员挪用的备用金2.3万元已于2025年3月全部收回", 6), L("揽投部党支部于2025年4月完成换届选举", 7),
    L("制定中层管理人员交流轮岗计划", 8)])

# p02 蓂岭华侨农场党委: 组长's 反馈会 speech, problems as paragraphs 第一，…第七，; the 原因 sentence, 一要…三要 and the
# 三个月内 sentence are not problems. Report: the ledger exported to text, TAB-separated, GB18030 CRLF, header repeated after
# a page-break line “第 1 页 共 2 页”; problem 2 split into 2-1 / 2-2; a 填报说明 after the table.
G["p02"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2024-10-22 with a 三个月内 limit (2025-01-22); the ledger is dated 2025-02-17: 118 days."),
    F("no-owner", 6, "Row 6's 责任领导 is “——”; its 责任科室 is 各生产队党支部 — the very bodies the problem is about. Every other row names a leader."),
    F("no-deadline", 7, "Row 7's 完成时限 cell is empty, for two unfinished 注销 and growing social-insurance arrears that were already overdue from 2021/2022."),
    F("inconsistent-claim", None, "Row 6 says 整改进展 已完成 while its own measure is 拟于2025年3月底前完成4个生产队党支部换届 — a plan, after the ledger's date — and the 发展党员 part is only a plan for 2025."),
    F("no-accountability", 4, "A 1.9万 sightseeing trip paid by the farm and cars kept at cadres' homes: the row only studies the rules and adds an approval form and car log — nothing refunded, nobody dealt with, though the speech said 该问责的人员要问责."),
], must_not_flag=[
    F("weak-leadership", None, "填报说明1: the ledger was adopted by the 场党委会; 场党委书记邬疏桐 is 第一责任人, heads the 领导小组, reviews progress fortnightly and personally supervises 2, 5 and 7."),
    F("no-disclosure", None, "填报说明2: published on the 场部公开栏 and each 生产队公示栏."),
    F("no-owner", 2, "场长仇砚青 owns both task rows 2-1 and 2-2."),
    F("no-deadline", 2, "2-1 dated 2025-01-31 (done), 2-2 dated 2025-06-30 — later than the ledger but a real date for a recovery in progress (18.2万 of 31.5万)."),
    F("no-deadline", 3, "立行立改, 已完成."),
    F("no-accountability", 3, "The 场长 who let the 场长办公会 decide makes a 书面检查 before the 场党委会 — a mild but real form of accountability."),
    F("no-mechanism", 3, "修订《场党委“三重一大”事项决策实施办法》 with a list of matters for prior study."),
    F("no-mechanism", 5, "修订《农场财务报销管理办法》."),
], links=[
    L("建立帮扶台账61户", 1), L("与承包户重新签订规范的承包合同", 2), L("对9户欠缴承包费的承包户逐户下达催缴通知", 2),
    L("将茶厂设备采购86万元事项补充提交场党委会研究", 3), L("实行接待审批单制度", 4), L("对14笔白条入账逐笔补齐合规票据", 5),
    L("拟于2025年3月底前完成4个生产队党支部换届", 6), L("对2家停业场办企业开展清算", 7)])

# p03 蒟江县康复医院党总支: formal 反馈意见 (GB18030) 一、巡察发现的主要问题 with （一）–（八） heading。detail; 二、整改意见
# （一）–（四） are not problems. Report: 整改落实情况一览表 copied out of Word ONE CELL A LINE (7 lines a row, an empty line
# for an empty cell), UTF-16 LE with BOM, CRLF; a 说明 after the table.
G["p03"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[
    F("vague-measure", 7, "Row 7's 整改措施 is slogans only (切实提高政治站位，牢牢掌握意识形态工作领导权…营造风清气正的良好氛围): no review procedure for the 公众号 and 宣传栏, nothing on study — yet marked 已完成."),
    F("no-accountability", 4, "3 doctors took 1.2万 of “讲课费” from a dealer and one took a 红包 (confirmed, only returned); row 4 offers education, a 承诺书, posters and appraisal links — nobody dealt with, no money recovered, though 整改意见（三） asked for 严肃处理."),
], must_not_flag=[
    F("weak-leadership", None, "说明1: 党总支书记庹晴川 heads the 领导小组 as 第一责任人, hears progress fortnightly, supervises 2 and 3 personally."),
    F("no-disclosure", None, "说明3: posted on the hospital's 公示栏."),
    F("late-report", None, "Feedback 2025-01-14, list 2025-04-09: 85 days."),
    F("inconsistent-claim", None, "说明2 “已完成整改5个，正在推进3个” matches the 整改进展 cells (1, 2, 4, 5, 7 done; 3, 6, 8 in progress)."),
    F("no-deadline", 3, "“本季度内” — on a list dated 2025-04-09 this means by 2025-06-30: a time limit in unusual words."),
    F("no-deadline", 5, "立行立改, 已完成."),
    F("no-owner", 6, "“院长（党总支副书记）” — a post without a name, but one person holds it."),
    F("no-owner", 8, "The 责任科室 cell is empty, but the 责任领导 is 党总支书记庹晴川."),
    F("no-accountability", 5, "党政办主任 诫勉谈话 and 0.9万 refunded."),
    F("no-accountability", 2, "The two 康复科主任 诫勉谈话; 8.3万 returned to the fund."),
    F("no-mechanism", 1, "修订《党总支会议议事规则》《院长办公会议事规则》 with 14 kinds of matter for prior study."),
    F("no-mechanism", 3, "修订《医用耗材遴选和采购管理办法》."),
], links=[
    L("列明14类须经党总支会议前置研究的事项", 1), L("退回违规收取的医保基金8.3万元", 2),
    L("重新组织院内遴选，确定3家候选供应商", 3), L("组织全院职工签订《廉洁从业承诺书》", 4),
    L("景区门票、餐费等0.9万元已由参加人员全部退缴", 5), L("2025年公开招聘康复治疗师6名", 6),
    L("牢牢掌握意识形态工作领导权", 7), L("调整3个党支部书记，由临床科室业务骨干担任", 8)])

# p04 菥城县禁毒委员会办公室党支部: HTML news page of the county 纪委监委 site, “巡察组指出…一是…六是” as separate
# paragraphs (6); the 巡察组要求 paragraph and the 表态 are not problems. Report: DOCX covering letter + Word-table 整改台账
# (rows 1–5 only) + 追责问责情况 + 建章立制清单.
G["p04"] = dict(mode="pair", issues=6, unanswered=[6], must_flag=[
    F("unanswered-issue", 6, "六是 (党员 “两头不管”, 3 组织关系 not transferred, 党员大会 without quorum) has no row, no letter sentence and no list entry."),
    F("no-deadline", 3, "Row 3's 完成时限 is “视排查情况而定” while 4 of the 11 missing persons are still unfound — no date for an open, serious item."),
    F("vague-measure", 4, "Row 4 is slogans only (进一步加大禁毒宣传力度，不断创新宣传形式…切实提升全民识毒防毒拒毒意识): nothing on the 17 schools without a class or the rural blank, yet 已完成."),
], must_not_flag=[
    F("weak-leadership", None, "Letter: 党支部书记、常务副主任蕲望 heads the 领导小组 as 第一责任人, 亲自部署、亲自督办."),
    F("no-disclosure", None, "Letter: published on the “菥城禁毒” 微信公众号."),
    F("late-report", None, "Feedback 2025-05-08, report 2025-07-30: 83 days."),
    F("inconsistent-claim", None, "11 measures = 10 done + 1 (row 3's search) in progress; 3 people in 二、; 4 rules in 三、; 2.1万 and 6.4万 match the rows. The letter never claims all six problems are handled."),
    F("no-accountability", 5, "Away from the row, in 二、追责问责情况: 副主任冉鸣珂 诫勉谈话; 2.1万 refunded in the row."),
    F("no-accountability", 2, "二、: 财务室负责人 批评教育, 副主任卢雪樵 提醒谈话; 6.4万 restored."),
    F("no-mechanism", 1, "《禁毒委员会成员单位联席会议制度》 (row and 三、)."),
    F("no-mechanism", 3, "《吸毒人员动态管控数据核查制度》."),
    F("no-deadline", 5, "立行立改, 已完成."),
    F("no-owner", 4, "副主任冉鸣珂 is named (the gap there is the slogan measure)."),
    F("copied-measure", 2, "The cell opens with the problem's words turned round (规范禁毒专项经费管理使用。) but then lists acts: 6.4万 restored, the subsidy paid, two rules."),
], links=[
    L("将年度禁毒工作任务分解到28个成员单位", 1), L("用于办公楼外墙维修的6.4万元已由单位公用经费归垫禁毒专项经费", 2),
    L("对11名失联人员逐人核查", 3), L("推动禁毒宣传进校园、进社区、进家庭", 4), L("景区游览等费用2.1万元已由参加人员全部退缴", 5)])

# p05 薢山县科技企业孵化器管理服务中心党支部: 问题清单 函 (UTF-8 CRLF) 问题1：…问题7： + 具体表现：; 整改要求 一是…四是 not
# problems. Report: short letter + ｜-separated “三张清单” rows (问题清单｜任务清单｜责任清单｜完成时限｜进展情况) + rules list.
# PLAINLY WEAK.
G["p05"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("copied-measure", 2, "Row 2 turns the problem back into a promise (严格孵化补贴资金审核把关，杜绝以虚增研发费用方式申领孵化补贴): no check of the 3 firms, no recovery of 17.5万."),
    F("no-accountability", 2, "17.5万 obtained with inflated R&D costs, approved without checking vouchers: nothing recovered and nobody dealt with, though 整改要求三 asked for both."),
    F("no-deadline", 3, "Row 3's 完成时限 is “/” while the 26万 rent arrears are still open (正在推进)."),
    F("no-owner", 4, "Row 4's 责任清单 is “中心领导班子” — a body, not a person; every other row names a leader."),
    F("no-accountability", 4, "Two banquets accepted from tenant firms and 4 meal claims without 公函: only study and a ban — no refund, nobody dealt with."),
    F("repeated-measure", 6, "Row 6 is a boilerplate paragraph (组织全体党员干部深入学习…切实把整改成果转化为推动中心各项工作的强大动力) pasted again in row 7 after a different first clause; nothing on the 11 firms without a Party organisation."),
    F("repeated-measure", 7, "Row 7 repeats row 6's paragraph word for word; nothing on the 联络制度, the 诉求台账 or the two unanswered requests."),
    F("weak-leadership", None, "“中心召开会议进行了研究，由综合科牵头…各科室按照职责分工抓好落实”: no 领导小组, no 第一责任人, the 党支部书记 never appears, though 整改要求一 asked for both."),
    F("no-disclosure", None, "整改要求四 asked to publish inside the centre and to park firms; the report never does."),
], must_not_flag=[
    F("late-report", None, "Feedback 2024-12-03, report 2025-02-26: 85 days (the 函 sets 2025-03-03)."),
    F("no-mechanism", 5, "《合同管理办法》《印章使用管理规定》 made, with legal review and a seal register."),
    F("no-mechanism", 1, "修订《入驻企业准入和退出管理办法》."),
    F("no-deadline", 4, "立行立改 (the gaps there are the owner and the accountability)."),
    F("no-owner", 1, "“副主任郜晨阳、孵化服务科” — leader and section in one 责任清单 cell."),
    F("no-owner", 3, "副主任蔺望舒 is named (the gap there is the time limit)."),
], links=[
    L("对9家无实际研发活动的企业下达限期整改通知", 1), L("杜绝以虚增研发费用方式申领孵化补贴", 2),
    L("对拖欠租金的2家企业发函催缴", 3), L("严禁接受服务对象宴请", 4), L("印章外借实行登记审批", 5),
    L("针对党建引领作用发挥不够的问题", 6), L("针对干部作风不实的问题", 7)])

# p06 蘦源县石材产业发展服务中心党支部: DOCX 反馈意见 with bold （一）–（九） heading paragraphs + detail; 二、整改要求 not a
# problem. Report: public HTML 公告 on the county government site (索引号 table, page chrome) with an HTML 整改落实情况一览表:
# （二） split into two rows by rowspan; （五）and（六） SHARE one row; 追责问责 paragraph after the table.
G["p06"] = dict(mode="pair", issues=9, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "“反馈的9个问题已完成整改7个，其余2个正在推进” while the table shows three problems 正在推进 — （一）, （二） and （七）: 6 done + 3 in progress."),
    F("no-accountability", 3, "85万 paid before acceptance because 经办人员 did not check the papers: the money is back and a rule made, but the 追责问责 paragraph names five people for other items and none for this."),
    F("no-mechanism", 4, "A problem already raised in 2021, with the feedback noting 至今未建立相应的议事规则: the row only re-submits the 49万 change to the 支部会议; none of the 4 rules is a decision rule, though the requirement says 对反复出现的问题要从制度上找原因、建机制."),
], must_not_flag=[
    F("unanswered-issue", 6, "（六） shares row 5 with （五）: the row heading names both, and measure 2 (礼品已全部退还企业) answers （六）."),
    F("repeated-measure", 5, "One row for two problems, with measures specific to each — not a pasted paragraph."),
    F("repeated-measure", 6, "Same shared row."),
    F("no-accountability", 5, "追责问责: 副主任閤晓岚 诫勉谈话, 办公室主任 提醒谈话; 1.3万 refunded."),
    F("no-accountability", 6, "追责问责: the 2 cadres 批评教育; gifts returned."),
    F("no-disclosure", None, "A 主动公开 notice on the county government site, with a comment period, phone and postal address."),
    F("late-report", None, "Feedback 2025-02-20, notice 2025-05-19: 88 days, one day inside three months (2025-05-20)."),
    F("weak-leadership", None, "党支部书记、主任覃砺之 heads the 领导小组 as 第一责任人, 亲自推动、亲自督办; 5 meetings."),
    F("no-mechanism", 3, "《产业扶持资金拨付管理办法》 (先验收、后拨付, 双人复核)."),
    F("no-owner", 2, "The 责任领导 cell spans both task rows (rowspan): 副主任訾蔚然 owns the second task too."),
    F("no-deadline", 2, "长期坚持 for quarterly patrols (first done in March) and 2025-06-30 for the two transferred leads."),
], links=[
    L("建立“散乱污”企业整治清单", 1), L("会同县自然资源局制定年度矿山巡查计划", 2),
    L("责令2家企业退回项目未验收即拨付的补助资金85万元", 3), L("对展销中心变更追加投资49万元事项补充提交党支部会议集体研究", 4),
    L("博览会期间超标准宴请费用1.3万元已由相关责任人退缴", 5), L("2名干部收受的石材茶盘等礼品已全部退还企业", 6),
    L("督促16家企业更换除尘设备", 7), L("3名借调人员已全部返回原单位", 8), L("主题党日结合走访企业开展", 9)])

# p07 茳坪县林产工业有限公司党支部: 反馈意见 (UTF-8 CRLF) with areas 一、二、三、…方面 and CONTINUOUS 1．–8．; 整改要求 not a
# problem. Report: DOCX covering letter + landscape Word-table 整改台账 where problems 4 and 7 SHARE one row (measures tagged
# （针对第4项）/（针对第7项）) and problem 5 is split into two task rows with a merged 责任领导; then a 追责问责 table and a
# 建章立制清单 table. GOOD.
G["p07"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长闵修远 heads the 领导小组 as 第一责任人, 直接部署、直接过问、直接督办 three named problems."),
    F("no-disclosure", None, "Published on the 厂务公开栏 (the feedback asked for internal publication)."),
    F("late-report", None, "Feedback 2025-04-21, report 2025-07-15: 85 days."),
    F("inconsistent-claim", None, "22 measures = 21 done + 1 long-term, as the cells show; 3.4万 = 2.6万 + 0.8万; 5 people in the table; 9 rules in the list."),
    F("unanswered-issue", 7, "Answered in the shared row “4、7” under （针对第7项） (考察, 公示, 解除合同, two rules); the letter explains the merge."),
    F("repeated-measure", 4, "The shared row is one cell for two problems, announced in the letter — not a pasted measure."),
    F("repeated-measure", 7, "Same shared row."),
    F("no-owner", 5, "The sales task row's 责任领导 is the lower half of a vertical merge owned by 副总经理邴澄."),
    F("no-deadline", 1, "第1、2条 2025-06-30 (done), 第3条 quarterly reporting 长期坚持."),
    F("no-deadline", 6, "立行立改, 已完成（2025年5月）."),
    F("no-accountability", 2, "追责问责 table row 1: 安全环保部部长 诫勉谈话 for not reporting the accident."),
    F("no-accountability", 6, "Table rows 2–3: 副总经理郦致远 党内警告 and refund, 综合部部长 批评教育."),
    F("no-accountability", 5, "Table row 4: 销售部经理 诫勉谈话; 6.2万 recovered."),
    F("no-accountability", 7, "Table row 5: 人力资源部部长 批评教育."),
    F("no-accountability", 1, "Weak supply links to local growers: no wrongdoing, nobody to hold to account."),
    F("no-mechanism", 8, "《党支部前置研究讨论重大经营管理事项清单》 with 11 kinds of matter."),
    F("no-mechanism", 3, "《废气在线监测数据日查制度》."),
], links=[
    L("与4个乡镇重新签订订单林业合作协议", 1), L("补报2024年8月职工受伤事故", 2), L("完成干燥工段废气治理设施改造", 3),
    L("对生产线改造320万元项目补充履行党支部前置研究和董事会决策程序", 4), L("对2023年以来提拔的3名中层干部补充组织考察", 7),
    L("胶黏剂采购实行年度公开比价", 5), L("无合理依据的折让6.2万元已向经销商追回", 5),
    L("业务招待费中列支的高档烟酒2.6万元已由相关人员全部退缴", 6), L("3个生产车间全部建立党小组", 8)])

# p08 蕳阳县无线电管理服务中心党支部: 组长's speech with two 从…看 paragraphs and CONTINUOUS inline 一是…六是; 一要…三要 and
# the 三个月内 sentence are not problems. Report (GB18030): a task list exported from the county 巡察整改督办系统, one
# field block per task (任务编号 XC-WX-NN-M / 对应问题 / 整改措施 / 责任领导 / 责任科室 / 完成时限 / 整改状态 / 佐证材料).
G["p08"] = dict(mode="pair", issues=6, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "五是 (irregular fine receipts, 5.6万 in 3 cases not paid into the treasury) has no task: the codes jump from XC-WX-04 to XC-WX-06."),
    F("inconsistent-claim", None, "XC-WX-03-1 is 已销号 while its measure is 拟…更换…待县财政批复后组织采购安装 and its only evidence is the funding request; the header's 已销号 8 counts it."),
    F("late-report", None, "Feedback 2024-08-27 with a 三个月内 limit; the list was submitted 2024-12-20: 115 days."),
    F("no-deadline", 2, "XC-WX-02-1 (4 of 23 expired stations still not cancelled, 未销号) has 完成时限 “——”."),
], must_not_flag=[
    F("no-accountability", 4, "XC-WX-04-1: 1460元 refunded, the leading deputy 提醒谈话, 3 others 批评教育."),
    F("no-mechanism", 4, "XC-WX-04-2: 《执法检查廉洁纪律规定》."),
    F("weak-leadership", None, "备注1: 党支部书记、主任濮临渊 heads the 领导小组 as 第一责任人 with monthly 调度会."),
    F("no-disclosure", None, "备注2: published on the 县工业和信息化局 website."),
    F("no-owner", 2, "副主任酆允之 owns both tasks (the gap there is the time limit)."),
    F("no-deadline", 6, "Both tasks dated (2024-11-30, 2024-12-31)."),
    F("no-deadline", 3, "Both tasks dated (the gap in 03-1 is the 已销号 claim)."),
], links=[
    L("修订《重大活动无线电安全保障预案》", 1), L("对全县6个考点全部派驻监测人员", 1), L("已为19个台站办理注销手续", 2),
    L("拟对固定监测站故障天线进行更换", 3), L("将闲置的2套移动监测设备分别配置到东、西两个监测片区", 3),
    L("工作餐费用1460元已由参加人员按标准退缴", 4), L("2024年11月重新召开组织生活会", 6)])

# p09 蘵溪县托育综合服务中心党支部: 反馈意见 with 1．–10． heading lines + 具体表现：; 整改要求 not a problem. Report: a BARE
# landscape Word table “三张清单” (no covering text), header repeated after a page break (续表), cells “/”, “——” and empty.
# PLAINLY WEAK.
G["p09"] = dict(mode="pair", issues=10, unanswered=[], must_flag=[
    F("no-owner", 2, "Row 2's 责任领导 is “/”."),
    F("no-deadline", 10, "Row 10's 完成时限 is empty for a 2023 audit finding still open (正在推进)."),
    F("vague-measure", 6, "Row 6 is slogans only (高度重视…进一步加强教育培训，不断提升…整体素质和服务水平): no training plan, no certification target for the 42% without certificates."),
    F("copied-measure", 8, "Row 8 restates the problem as a promise (严格落实中央八项规定精神，杜绝以业务培训名义发放购物卡), marked 已完成."),
    F("no-accountability", 8, "1.8万 in shopping cards handed out under a training label: no refund, nobody dealt with, though the feedback asks 对违纪违规问题要追责问责."),
    F("weak-leadership", None, "No covering text, no 领导小组, no 第一责任人; the 党支部书记/主任 appears nowhere — two deputies own every row and a deputy 审核 the list — though the feedback asks the 书记 to 亲自抓整改."),
    F("no-disclosure", None, "The feedback asks to publish the rectification; the list says nothing of it."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-06-05, list 2025-08-28: 84 days."),
    F("no-deadline", 6, "长期坚持 for a standing task (the gap there is the slogan)."),
    F("no-deadline", 4, "立行立改, 已完成."),
    F("vague-measure", 4, "Opens with 牢固树立安全第一的理念 but then two concrete acts (the fire lane cleared and marked, daily signed checks)."),
    F("no-deadline", 8, "立行立改 (the gaps there are the copied promise and the accountability)."),
    F("no-mechanism", 7, "修订《中心“三重一大”决策制度实施办法》."),
    F("no-owner", 9, "“副主任、党支部组织委员茆书远” — named."),
    F("no-owner", 10, "副主任雍清漪 is named (the gap there is the time limit)."),
], links=[
    L("将尚需新增的174个托位分解到5个乡镇和3家托育机构", 1), L("对6家未备案机构下达限期整改通知书", 2),
    L("2家机构多领的补助资金9.6万元已全部追回", 3), L("清理消防通道堆放的杂物", 4), L("已收取的4.2万元全部退还家长", 5),
    L("不断提升保育人员整体素质和服务水平", 6), L("对示范园装修工程补充履行集体研究程序", 7),
    L("杜绝以业务培训名义发放购物卡", 8), L("对2024年以来“三会一课”记录逐次核对", 9),
    L("组织对中心和示范园固定资产进行全面清查盘点", 10)])

# p10 薡台县建筑业管理服务中心党支部: DOCX 反馈意见 with bold （一）–（七） heading paragraphs + detail; the 整改意见 1．–4．
# are not problems. Report (UTF-8 CRLF): covering letter, 附件1 tab-separated 整改台账, 附件2 追责问责情况, 附件3 建章立制清单.
G["p10"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "The letter says “反馈的7个问题已全部整改到位” and row 1 says 已完成, while row 1's measure is 拟于2025年3月至5月开展…专项整治 with a 2025-06-30 limit — a plan, after the report date (2025-02-07)."),
    F("no-mechanism", 5, "The feedback says 至今未制定行政处罚自由裁量基准 and 整改意见3 asks to close it by rules; row 5 reviews 5 cases and holds a training, and 附件3 has no 裁量基准."),
    F("repeated-measure", 6, "Row 6 is a boilerplate sentence (认真落实“三会一课”制度…推动党建和业务深度融合) pasted again in row 7 after a different first clause."),
    F("repeated-measure", 7, "Row 7 repeats row 6's sentence; nothing on the 流动党员 count or a 工地临时党组织."),
], must_not_flag=[
    F("no-accountability", 2, "附件2: the 经办人 诫勉谈话, the 劳务管理股股长 批评教育 — away from the row."),
    F("no-accountability", 3, "附件2: the 初审人员 批评教育."),
    F("no-accountability", 4, "附件2: 执法股股长 提醒谈话, driver 批评教育; meals paid back in the row."),
    F("no-mechanism", 2, "《农民工工资保证金退还审核办法》 (row and 附件3)."),
    F("no-mechanism", 3, "《建筑业企业资质初审工作规程》."),
    F("weak-leadership", None, "Letter: 党支部书记、主任窦澹如 heads the 领导小组 as 第一责任人, 4 支委会, 亲自督办 two problems."),
    F("no-disclosure", None, "Letter: already on the 中心公示栏, and to be posted on the 住建局 website."),
    F("late-report", None, "Feedback 2024-11-12, report 2025-02-07: 87 days."),
    F("no-owner", 3, "副主任褚行之."),
    F("copied-measure", 3, "Opens with 严格企业资质初审把关。 — the problem's words as a task title — then a full re-check with system verification and a two-level 规程."),
    F("no-deadline", 4, "立行立改, 已完成."),
], links=[
    L("建立外地入县企业信息登记和动态监管台账", 1), L("督促施工企业结清讨薪农民工工资23.6万元", 2),
    L("技术人员社保证明一律通过社保系统核验", 3), L("执法车下班后统一停放中心院内", 4), L("纠正处罚明显不当的2起", 5),
    L("针对理论学习不深入的问题", 6), L("针对党建与业务工作结合不够的问题", 7)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
