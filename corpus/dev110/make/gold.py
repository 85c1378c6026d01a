"""Write p01..p10/gold.json (dev-pairs gold format, every pair mode "pair") for dev110. The gold is hand-judged; this
file only keeps it in one place. Modelled on dev44's make/gold.py. Debatable points ("may report") are not gold: they
are in each pair's notes.md, because the dev-pairs format has no key for them. `links` quote the SOURCE text written
in make/src (check.py finds each once there, and, whitespace removed, in `pdftotext -layout` of a text PDF or in the
tag-stripped HTML). Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蕖阳海关党委 (a 隶属海关; round by the 蘅州海关党委): red-headed PDF 反馈意见, areas （一）–（四） with continuous
# 1．–11．; 三、整改意见 （一）–（四） and the 移交 sentence are not problems. Report: red-headed PDF 上行文, 关于“…”的问题
# items; owners and time limits ONLY in the 附件 ledger table (crosses a page).
G["p01"] = dict(issues=11, unanswered=[], must_flag=[
    F("no-accountability", 7, "4 条香烟 and 2 部手机 missing from the 罚没物品 store and the cause never found; the report only recounts, moves the goods and “经关务会研究，已按账面价值作核销处理” — nobody is found responsible or dealt with, though 整改意见（三） asks 依规依纪处理到人."),
    F("no-deadline", 10, "Two branches overdue for election: the body says 待批复后组织选举 and the ledger's 完成时限 for row 10 is “待上级批复后组织” — the only row without a date, for a task still open."),
], must_not_flag=[
    F("weak-leadership", None, "关党委书记、关长郗望舒 heads the 领导小组, 负总责、当第一责任人, 3 visits to the 查验现场 and the store, 当面督促 two heads, a 专题民主生活会."),
    F("late-report", None, "Feedback 2025-03-18, report 2025-06-13: 87 days, inside three months (2025-06-18)."),
    F("no-disclosure", None, "“整改情况已在蕖阳海关门户网站和关区内网公开”."),
    F("inconsistent-claim", None, "9 done + #1 and #10 in progress (matches the ledger column); 35 of 37 measures; 13.4万 = 0.74 + 0.36 + 12.3; 记过1 (driver), 诫勉2 (查验科科长, 办公室主任), 批评教育3; 4 new + 5 revised rules, all named."),
    F("no-owner", 1, "Owner 亓鸣秋 given only in the 附件 ledger row 1 — an unusual place, but given; the body says so (详见附件)."),
    F("no-owner", 5, "Ledger row 5: 亓鸣秋, 查验科."),
    F("no-deadline", 3, "Ledger row 3: 2025年5月15日 (the body has no dates at all)."),
    F("no-deadline", 1, "Ledger row 1: 2025年12月31日, 持续推进, with 长期坚持 in the body."),
    F("no-accountability", 5, "2 关员 批评教育 + 书面检查, 查验科科长 诫勉谈话."),
    F("no-accountability", 6, "0.74万 退赔, 办公室主任 诫勉谈话; the driver 退缴 0.36万, 记过处分, 调离."),
    F("no-accountability", 1, "通关时间 and 提前申报 ratios: a performance gap, nobody did wrong."),
    F("no-mechanism", 5, "制定《查验作业视频存档管理办法》 (with a footnote on its adoption)."),
    F("no-mechanism", 7, "修订《罚没物品管理办法》 — the gap there is accountability, not the rule."),
    F("vague-measure", 2, "Opens with 深刻反思…切实提高政治站位 but then revises the 学习制度, holds 2 研讨, checks the records."),
    F("unanswered-issue", 11, "The last problem is answered under （十一）: 12.3万 收回, 修订《查验场地租赁管理办法》."),
    F("repeated-measure", 1, "The ledger's 主要整改措施 column restates the body's measures for the same problem (成立通关时效提升专班…) — a summary table, not a measure pasted under another problem."),
], links=[
    L("每周统计各现场通关时间", 1), L("推行“预约查验”", 1), L("修订《关党委理论学习中心组学习制度》", 2),
    L("从关区调配1台备用X光机", 3), L("补齐2名新任党委委员的“一岗双责”清单", 4), L("组织对2024年全部查验记录逐份复核", 5),
    L("由相关人员全部退赔", 6), L("按规定集中移交处置香烟136条", 7), L("将职工食堂收支全部纳入单位账务统一核算", 8),
    L("6名干部已于6月上旬全部轮岗", 9), L("补齐3名入党积极分子的培养考察记录", 10), L("拖欠的查验场地租金12.3万元已于5月全部收回", 11)])

# p02 农发行茳源县支行党委 (round by the 市分行党委): feedback is the 分行 website news item as TXT (UTF-8, CRLF) with all
# problems inline 一是…十是 in one paragraph; 一要…三要 and the 表态 一是…三是 are not problems. Report: red-headed PDF
# 上行文, restated 关于…的问题 headings with 一是… and a bracket.
G["p02"] = dict(issues=10, unanswered=[], must_flag=[
    F("repeated-measure", 6, "（六） is answered only by a generic paragraph (组织全体员工认真学习《中国共产党纪律处分条例》…开展“以案促改”专题警示教育…守底线) that is pasted again under （九）."),
    F("repeated-measure", 9, "（九） (三会一课 merged with business meetings) repeats （六）'s paragraph word for word after a different first clause."),
    F("no-accountability", 6, "2 employees paid by client firms and a 客户经理 who borrowed 5万 from a borrower without reporting it: nothing is done about any of them — the pasted study paragraph is the whole answer."),
    F("inconsistent-claim", None, "“巡察反馈的10个问题已全部整改到位，32项整改措施全部落实” while （三） says the 2 lawsuits are 尚在审理中 and （十） says 剩余9份正在协调客户补充."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记、行长眭怀远 heads the 领导小组 as 整改第一责任人, 亲自部署…督办, visited 8 clients, chaired 3 meetings on the overdue loans."),
    F("late-report", None, "Feedback 2025-04-09, report 2025-07-04: 86 days."),
    F("no-disclosure", None, "Published on the 支行内部公开栏 and the 市分行内网 — the disclosure a bank branch makes; nothing in the feedback asked for more."),
    F("no-accountability", 5, "1.2万 退缴 by the diners; 综合部主任 诫勉谈话 and 通报."),
    F("no-accountability", 2, "3 客户经理 通报批评 and 扣减当年绩效工资 — a sanction in a bank's own words."),
    F("vague-measure", 4, "A 信息发布管理办法, a quarterly 舆情研判 (held in June) and 提醒谈话: concrete."),
    F("no-mechanism", 7, "制定《营销费用管理实施细则》."),
    F("no-mechanism", 2, "修订《贷后管理操作规程》."),
    F("no-deadline", 3, "完成时限：2025年12月31日 for the lawsuits."),
    F("no-owner", 9, "责任领导：鄢知秋 — the gap there is the pasted paragraph."),
    F("copied-measure", 1, "Opens “针对服务乡村振兴主责主业不够聚焦的问题” and then acts (31 firms visited, 2 loans of 1.35亿)."),
], links=[
    L("对31家重点收购企业逐户上门对接", 1), L("修订《贷后管理操作规程》", 2), L("已于5月向县人民法院提起诉讼", 3),
    L("制定《支行微信工作群信息发布管理办法》", 4), L("已由参加聚餐人员全部退缴", 5), L("支行党委组织全体员工认真学习", 6),
    L("无法提供真实业务凭证的1.1万元已由个人退回", 7), L("对2名中层干部补充开展民主测评", 8), L("坚持以党建引领业务发展", 9),
    L("已补齐14份", 10)])

# p03 蓂溪县教育科学研究室党支部: PDF 反馈意见 without red head, areas 一、二、三、…方面 with RESTARTING 1．2．3．
# (3 + 3 + 3); 四、整改意见 （一）–（四） not problems. Report: red-headed PDF, the same areas with restarting
# 1．关于“…”的问题 and five bold-labelled fields. GOOD REPORT.
G["p03"] = dict(issues=9, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "支部书记、主任缑静远 heads the 领导小组, 第一责任人, chaired the plan, visited 6 schools, 当面督办; a 专题组织生活会."),
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-15: 87 days."),
    F("no-disclosure", None, "县教育局门户网站 and the 室内公开栏."),
    F("inconsistent-claim", None, "8 done + #8 正在推进; 26 of 27 measures; 23.4万 = 18.6 + 4.2 + 0.6; 诫勉1 (郄远航), 提醒1 (缑静远), 批评教育5 (1 + 1 + 1 + 2); 5 new + 1 revised rules, all named."),
    F("no-accountability", 4, "副主任郄远航 诫勉谈话, the 教研员 批评教育, 18.6万 refunded to 3127 parents."),
    F("no-accountability", 6, "4.2万 退缴; the 支部书记 提醒谈话 and 书面检查; the 会计 批评教育."),
    F("no-accountability", 9, "0.6万 退回; 2 课题主持人 批评教育."),
    F("no-accountability", 2, "Too many lectures, too few classroom visits: no wrongdoing."),
    F("no-deadline", 2, "“2025年6月30日，并长期坚持”."),
    F("no-deadline", 8, "2025年12月31日 with 正在推进 and a named November step."),
    F("no-mechanism", 3, "《〈蓂溪教研〉稿件三审制度》 (footnote)."),
    F("no-mechanism", 9, "《课题经费管理办法》 (footnote)."),
    F("no-owner", 4, "支部书记、主任缑静远."),
    F("unanswered-issue", 7, "Answered under the third area's “1．关于‘支部组织生活不规范’的问题” — the 1．2．3． restart in each area of both documents."),
    F("copied-measure", 7, "“规范‘三会一课’记录” echoes the feedback, but the item gives a fixed 主题党日, quarterly checks and talks with every member."),
], links=[
    L("样例库已收录作业设计样例86份", 1), L("3月以来已到农村学校送教9次", 2), L("撤回第3期刊物中的问题稿件", 3),
    L("对负责推荐工作的副主任郄远航进行诫勉谈话", 4), L("所有命题人员签订保密承诺书", 5), L("已由14名领取人全部退缴", 6),
    L("支委成员与党员谈心谈话已覆盖全体党员", 7), L("5月已按办法公开遴选兼职教研员12名", 8), L("将3.5万元课题经费全部收回单位账户统一管理", 9)])

# p04 荺山县生产力促进中心党支部: feedback is the 纪委监委 website news page (HTML) with problems inline 一是…八是;
# 一要…三要 and the 表态 are not problems. Report: red-headed PDF with own short headings （一）–（七） + 一是… + bracket,
# and a 附件 task table; problem 8 is answered nowhere; dated 2025-06-10.
G["p04"] = dict(issues=8, unanswered=[8], must_flag=[
    F("unanswered-issue", 8, "The 审计 problem (9.3万 of 科技服务平台 equipment not on the books) has no heading, no sentence and no row in the 附件 清单: the report stops at （七）. (（三）'s 办公设备 登记 is the 14万 of problem 3.)"),
    F("no-mechanism", 3, "60万 subsidy of which 14万 spent on unrelated office equipment: the answer only 归垫 the money and books the equipment — no rule on the use of 补助/专项资金, though 要求 二 says 该建立的制度要及时建立 and （二）（五） each make one."),
    F("late-report", None, "Feedback 2025-02-26 with a 3个月内 limit (2025-05-26); the report is dated 2025-06-10: 104 days."),
    F("no-disclosure", None, "要求 三 asks for the rectification to be published; the report never does. The only 公示 is of fee standards in the 服务大厅 (（二）), which is not disclosure of the rectification."),
], must_not_flag=[
    F("weak-leadership", None, "支部书记、主任庹一凡 heads the 领导小组 as 第一责任人, 负总责, 逐项督办 the refunds and the contract money, 3 reports to the 科技局."),
    F("inconsistent-claim", None, "18 measures = 16 done + 2 named in progress (技术诊断, 人员补充); 23.7万 to 31 firms; no all-done claim."),
    F("no-accountability", 2, "23.7万 returned to 31 firms; the 主任 书面检查 to the 科技局党组; the 经办人员 批评教育."),
    F("no-accountability", 5, "8万 追回; the 合同经办人 诫勉谈话."),
    F("no-accountability", 4, "0.18万 补交; 4 people 批评教育 and 通报."),
    F("no-accountability", 1, "Too much project-agency work, too little diagnosis: no wrongdoing."),
    F("no-mechanism", 2, "《技术服务收费管理办法》."),
    F("no-mechanism", 5, "《合同管理办法》."),
    F("no-owner", 3, "副主任暨南星 (the gap there is the rule)."),
    F("no-deadline", 3, "2025年4月15日."),
    F("no-deadline", 1, "2025年12月31日, named as still in progress."),
    F("unanswered-issue", 7, "（七）队伍能力问题 answers it."),
], links=[
    L("已为17家企业开展技术诊断", 1), L("已全部退还给31家企业", 2), L("由中心公用经费归垫至科技服务平台建设补助资金", 3),
    L("已由4名工作人员按标准补交", 4), L("已追回预付款8万元", 5), L("增补支部委员1名", 6), L("上半年已参训5人次", 7)])

# p05 中央储备粮蘩水直属库有限公司党委 (enterprise round by the 分公司党委): red-headed PDF 反馈意见, areas 一、…四、
# with CONTINUOUS （一）–（十二）; 五、整改意见 1．–4． not problems. Report: red-headed PDF, “针对‘…’问题” items without
# owners or dates; the 附件 整改台账 (crosses a page) gives 责任领导/责任部门/完成时限.
G["p05"] = dict(issues=12, unanswered=[], must_flag=[
    F("no-owner", 9, "Ledger row 9 gives 责任领导 “库党委班子成员” and 责任部门 “各党支部” — nobody in particular; every other row names one leader, and the body names no owner at all."),
    F("copied-measure", 4, "（四） restates the feedback as a promise (严格落实“三重一大”集体决策制度，坚决杜绝重大事项由个人决定…全部经党委会前置研究…加强…监督): nothing on the 3 items decided alone, no review, no rule."),
    F("no-accountability", 6, "6.5万 of 购物卡 paid as a 安全生产奖 with no basis: the answer stops the practice and revises the 奖励办法 — nothing recovered, nobody dealt with, though 整改意见3 asks to 严肃追究 and 予以追回."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记、执行董事郦长庚 heads the 领导小组 as 第一责任人, 4 调度会, 5 site visits, 现场督办; 专题民主生活会."),
    F("late-report", None, "Feedback 2025-04-22, report 2025-07-18: 87 days."),
    F("no-disclosure", None, "库区公示栏 and the 分公司内网."),
    F("inconsistent-claim", None, "10 done + #10 and #11 in progress, matching the ledger's 整改进展 column."),
    F("no-accountability", 7, "工程管理部经理 党内警告, 分管副总经理 诫勉谈话."),
    F("no-accountability", 2, "3号仓保管员 批评教育, 保管科科长 诫勉谈话."),
    F("no-mechanism", 3, "《熏蒸作业安全管理规程》 (footnote)."),
    F("no-mechanism", 7, "修订《招标采购管理办法》."),
    F("no-mechanism", 6, "修订《职工奖励管理办法》 — the gap there is accountability."),
    F("no-deadline", 11, "Ledger 2025年10月31日; the body explains the September start (rainy season)."),
    F("no-owner", 4, "Ledger row 4: 郦长庚 (the gap there is the copied measure)."),
    F("no-owner", 1, "Ledger row 1: 仝雨辰 — owners only in the annex table."),
    F("unanswered-issue", 12, "Answered under （十二）: a 代储资金监管台账, monthly checks, 2 site checks."),
    F("repeated-measure", 12, "“建立代储资金监管台账” stands in the body and again in ledger row 12 — the same problem's measure summarised in the annex, not pasted elsewhere."),
    F("copied-measure", 12, "“建立…监管台账” echoes the feedback's 没有建立监管台账, but it was built and used (monthly checks of 5 firms, 2 site visits)."),
], links=[
    L("按计划完成1.2万吨小麦补轮入库", 1), L("更换3号仓粮情测控系统主板", 2), L("熏蒸作业现场实行全程视频监控", 3),
    L("坚决杜绝重大事项由个人决定的情况", 4), L("将“以陈顶新”“先收后补”等6个风险点纳入清单", 5),
    L("立即停止以“安全生产奖”名义发放购物卡的做法", 6), L("给予工程管理部经理党内警告处分", 7), L("结清代储企业保管费补贴", 8),
    L("重新设立党员先锋岗12个", 9), L("第一批5人已完成轮岗", 10), L("定于2025年9月开工", 11), L("对5家代储企业的资金使用情况按月核对", 12)])

# p06 葽城县公安局车辆管理所党支部 (内部巡察 by the 县公安局党委巡察组): GB18030 问题清单 问题一：…问题十： + 具体表现：;
# 整改要求 1．–3． not problems. Report: a SCANNED PDF (page images, no text): 问题N：/整改情况： with a bracket.
G["p06"] = dict(issues=10, unanswered=[], must_flag=[
    F("no-accountability", 3, "2 辅警 with WeChat transfers to 代办人员 (the feedback: 所里没有调查核实): the answer is posters, 2 clean-ups and a guide window — no inquiry, nobody dealt with, though 整改要求2 asks 对涉嫌违规违纪的人员要查清事实、严肃处理."),
    F("weak-leadership", None, "“车管所召开所务会进行了研究…明确由综合室牵头汇总整改情况，各业务岗位按照分工抓好落实”: no 领导小组, no 第一责任人; the 支部书记 appears only as 责任人 of 问题八, though 整改要求1 asks for both."),
    F("no-disclosure", None, "整改要求3 asks for the rectification to be made public; the report says nothing of it."),
    F("vague-measure", 8, "问题八 is slogans only (进一步提高思想认识，严肃党内政治生活…以高质量党建引领车管业务高质量发展): nothing on 主题党日 or the 组织生活会."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-03-04, report 2025-05-30: 87 days."),
    F("inconsistent-claim", None, "“已完成整改8个，问题一、问题十正在整改” — exactly the two items that say so."),
    F("no-accountability", 6, "0.15万 补交; the 副所长 提醒谈话, 3 people 书面检查."),
    F("no-accountability", 2, "2 查验员 通报批评 and 调离查验岗位."),
    F("no-mechanism", 5, "修订《机动车号牌管理制度》."),
    F("no-owner", 8, "支部书记、教导员敖承宇 (the gap there is the slogans)."),
    F("no-owner", 3, "所长嵇文韬 (the gap there is accountability)."),
    F("no-deadline", 10, "2025年7月31日."),
], links=[
    L("调整为“一窗通办”", 1), L("对负责查验的2名查验员给予通报批评", 2), L("劝离代办人员9人", 3),
    L("对辖区3家检验机构开展现场检查3次", 4), L("修订《机动车号牌管理制度》", 5), L("已由参加就餐人员按标准补交", 6),
    L("收回全部民警数字证书", 7), L("严肃党内政治生活", 8), L("3本作废票据已按规定向县财政局缴销", 9), L("确认欠付租金4.6万元", 10)])

# p07 蒟江县酒类专卖管理局党组: the 组长's 反馈会 speech as a PDF meeting paper, three 从…看 paragraphs with RESTARTING
# inline 一是… (3 + 4 + 2); praise, 原因, 一要…三要 and the 3个月 sentence are not problems. Report: the 党组书记's
# first-person 主要负责人 report, red-headed PDF, three own groups in another order (#5 #6 #7 / #1 #2 #3 / #4 #8 #9).
G["p07"] = dict(issues=9, unanswered=[], must_flag=[
    F("no-deadline", 2, "The 打假 paragraph's bracket has 牵头领导 and 责任股室 but no 完成时限, and the measure is “常态化开展打假专项行动”; every other bracket has a date."),
    F("inconsistent-claim", None, "“巡察反馈的9个问题已全部整改完成，29项整改措施全部落实到位” while the 罚没酒品 check “仍在进行” and 2 officers' exam results are “尚未公布” (their 完成时限 is 2025-10-31, after the report) — the speech warned 不能把正在推进的事项写成已经完成."),
    F("no-mechanism", 5, "Fines decided by one officer and 罚没酒品 gone missing: re-discussion, a check and a 批评教育 — no rule on collective decision or on confiscated goods, though 一要…三要 names 执法办案、罚没物品管理等制度漏洞 and the next two paragraphs each make a rule."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary writes as 第一责任人, heads the 领导小组, read every 罚款案卷 and 许可档案 himself, 约谈 two heads of section, visited 21 经营户."),
    F("late-report", None, "Feedback 2025-06-05, report 2025-09-03: 90 days, but inside three months (2025-09-05)."),
    F("no-disclosure", None, "“整改情况已在县人民政府门户网站公开”."),
    F("no-accountability", 6, "3 officers 诫勉谈话; the liquor 折价0.54万元上交."),
    F("no-accountability", 7, "许可股股长 政务记过处分 after a 纪委监委 inquiry, 调离."),
    F("no-accountability", 5, "The officer who fined alone 批评教育 (the gap there is the rule)."),
    F("no-mechanism", 6, "《执法人员廉洁从业十条规定》 and 廉洁承诺书."),
    F("no-mechanism", 7, "《酒类经营许可审批服务规范》."),
    F("no-mechanism", 4, "修订《党组工作规则》."),
    F("no-owner", 2, "牵头领导：副局长桓语冰 (the gap there is the time limit)."),
    F("no-deadline", 9, "2025年10月31日."),
    F("unanswered-issue", 1, "Answered in the report's second group (市场监管和打假), after the 执法办案 group."),
    F("unanswered-issue", 4, "Answered in the third group (党组主体责任和党的建设)."),
], links=[
    L("抽查覆盖率提高到30%", 1), L("6月以来已立案查处假冒酒类案件5件", 2), L("系统已覆盖批发企业38家", 3),
    L("修订《党组工作规则》", 4), L("重新组织集体讨论，维持了原处罚决定", 5), L("收受的白酒已折价0.54万元上交", 6),
    L("给予许可股股长政务记过处分", 7), L("建立“三会一课”记录月检制度", 8), L("立即停止4名未取得执法证人员的执法工作", 9)])

# p08 蘙台学院学报编辑部（期刊中心）党支部 (校内巡察 by the 学院党委第二巡察组): DOCX 反馈意见, bold areas 一、二、三、
# and CONTINUOUS 1．–13．; 四、整改意见 一是…四是 not problems. Report: red-headed PDF, covering text with general
# sections (追责问责 / 建章立制) and the answers in the 附件 整改台账 Word table, whose 序号 1–12 skip problem 11.
G["p08"] = dict(issues=13, unanswered=[11], must_flag=[
    F("unanswered-issue", 11, "档案管理混乱 (审稿单 missing before 2021, contracts not filed): no ledger row — 序号 10 is problem 10 and 序号 11 is problem 12 — and no sentence in the covering text."),
    F("vague-measure", 5, "Ledger row 5 on 人情稿 (7 papers rejected by referees yet printed) is slogans only: 强化编辑职业道德教育，坚持质量第一，严把稿件学术质量关 — nothing on the 7 papers or on how referee verdicts bind."),
    F("late-report", None, "Feedback 2025-04-15 with a 3个月内 limit (2025-07-15); the report is dated 2025-08-01: 108 days."),
], must_not_flag=[
    F("weak-leadership", None, "支部书记、编辑部主任祁云笙 heads the 领导小组, 负总责, went through the fee and manuscript records himself, reported 3 times; a 专题组织生活会."),
    F("no-disclosure", None, "“整改情况已在学院校园网公开”."),
    F("inconsistent-claim", None, "34 of 38 measures done, 4 in progress; the ledger marks 3 rows (3, 9, 11) as in progress — no all-done claim."),
    F("no-accountability", 4, "In the 追责问责 section: 2 editors 党内严重警告, the 主任 诫勉谈话, 31.4万 refunded."),
    F("no-accountability", 6, "In the 追责问责 section: the staff member who collected the referees' fees 批评教育; the ledger returns the money to the referees."),
    F("no-accountability", 7, "In the 追责问责 section: 副主任 提醒谈话, 2.3万 退缴."),
    F("no-mechanism", 10, "The 建章立制 section names 5 rules, among them 《稿件处理流程规范》《审稿专家库管理办法》."),
    F("no-mechanism", 1, "《三审三校实施细则》 (建章立制 section and ledger row 1)."),
    F("no-owner", 12, "Ledger row 11 (problem 12): 祁云笙."),
    F("no-deadline", 12, "2027年12月31日, 持续推进 — far, but a date."),
    F("unanswered-issue", 12, "Answered by ledger 序号 11 (期刊评价指标下滑)."),
    F("unanswered-issue", 13, "Answered by ledger 序号 12 (the printing contract re-tendered)."),
], links=[
    L("补签5篇论文终审意见", 1), L("转载文章先审后发", 2), L("开设本校青年教师专栏", 3),
    L("违规收取的31.4万元费用已全部清退给作者", 4), L("严把稿件学术质量关", 5), L("对代领的编辑部工作人员进行批评教育", 6),
    L("超标准的会务费2.3万元已由参会的编辑部人员退缴", 7), L("完成支部换届选举", 8), L("申请引进编辑2名", 9),
    L("《稿件处理流程规范》", 10), L("制定三年提升计划", 12), L("印刷重新公开招标", 13)])

# p09 蔾坪县建设工程消防设计审查验收服务中心党支部: 反馈意见 as TXT (UTF-16 LE with BOM, CRLF), （一）–（十） heading。
# detail; 二、整改意见 1．–4． not problems. Report: red-headed PDF with one heading per problem 一、关于…的问题 … 十、,
# 一是… and a (责任人；完成时限) bracket.
G["p09"] = dict(issues=10, unanswered=[], must_flag=[
    F("copied-measure", 1, "一、's whole answer restates the problem as a promise (进一步压缩…审查时限，全面推开“联合验收”…确保…在承诺时限内办结): no figure, no step, no change to the procedure."),
    F("no-accountability", 5, "An 审验员 who did not step aside on his relative's project and 2 staff who took banquets: only 承诺书, a 警示教育 film and a 回避登记制度 — nobody dealt with, though 整改意见3 names 不回避和接受宴请."),
    F("no-mechanism", 9, "Paper and electronic archives disagree, accounts not set by post (“一人多号”): the answer 补录 46 files and 注销 3 accounts — no rule on archives or on account rights, though 整改意见4 names 档案和系统权限管理 and the other items make rules."),
    F("weak-leadership", None, "“中心召开会议，对反馈意见进行了研究，制定了整改方案，由办公室牵头，各科室按照职责分工抓好落实”: no 领导小组, no 第一责任人; the 支部书记 appears only as 责任人 of some items, though 整改意见1 asks for both."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-05-08, report 2025-08-04: 88 days."),
    F("no-disclosure", None, "“整改情况已在县住建局门户网站公开”."),
    F("inconsistent-claim", None, "9 done + 十、 in progress, as its bracket (2025-12-31) says."),
    F("no-accountability", 2, "2 审验员 诫勉谈话 and 调离审验岗位; the pump installed and re-checked."),
    F("no-accountability", 6, "12.5万 returned to 23 firms; 分管副主任 诫勉谈话, 会计 批评教育."),
    F("no-mechanism", 2, "《消防验收现场评定工作规程》 (footnote)."),
    F("no-mechanism", 3, "《消防技术服务机构比选和报告抽查办法》."),
    F("no-mechanism", 5, "A 回避登记制度 — the gap there is accountability."),
    F("copied-measure", 2, "Opens with acts: 6 projects re-checked, the pump installed, 2 people dealt with, a 规程."),
    F("no-owner", 9, "副主任沙明远 (the gap there is the rule)."),
    F("no-deadline", 9, "2025年7月31日."),
    F("no-owner", 1, "副主任郁晚晴 (the gap there is the copied measure)."),
    F("vague-measure", 8, "Monthly 集中学习 led by the secretary or a 支委, quarterly record checks: concrete."),
], links=[
    L("切实提高消防审验效率", 1), L("对出具不实验收意见的2名审验员进行诫勉谈话", 2), L("通过公开比选重新确定消防技术服务机构3家", 3),
    L("梳理出设计审查、现场评定、意见出具等环节风险点19个", 4), L("组织全体审验人员签订《回避承诺书》和《廉洁承诺书》", 5),
    L("已收取的12.5万元全部退还给23家建设单位", 6), L("对2024年未回复的7件投诉逐件回复并回访", 7), L("每月开展一次集中学习", 8),
    L("补录电子档案46卷", 9), L("组织7名审验人员参加注册消防工程师考试培训", 10)])

# p10 薿川县旅游质量监督管理所党支部: red-headed PDF 反馈意见 from the 县委巡察办, 1．–8． heading paragraphs + detail
# paragraphs; 整改要求 一要…三要 not problems. Report: the public HTML 巡察整改进展情况的通报 on the 文旅局 site.
G["p10"] = dict(issues=8, unanswered=[], must_flag=[
    F("repeated-measure", 2, "2． (投诉 overdue, 回访 under 30%) is answered only by a generic paragraph (坚持把巡察整改作为重要政治任务…推动各项工作制度化、规范化、常态化…) that is pasted again under 7．."),
    F("repeated-measure", 7, "7． (党支部建设弱化) repeats 2．'s paragraph word for word after a different first clause."),
    F("no-owner", 5, "5．'s bracket gives 责任人：全所执法人员 — everyone, nobody in particular; every other item names one leader."),
], must_not_flag=[
    F("weak-leadership", None, "所长、支部书记芮望北 heads the 领导小组 as 第一责任人, 亲自部署、亲自督办, 4 site checks."),
    F("late-report", None, "Feedback 2025-06-24, 通报 2025-09-12: 80 days."),
    F("no-disclosure", None, "A public 通报 (主动公开) with a phone number, an address and a deadline for comments."),
    F("inconsistent-claim", None, "6 done + 2 (1． and 8．) in progress, as their brackets say; 3.52万 = 0.42 + 3.1; 诫勉1, 批评教育3 (2 + 1); 3 rules."),
    F("no-accountability", 4, "0.42万 补交; the 副所长 诫勉谈话."),
    F("no-accountability", 5, "The scenic spot fined 2万; 2 执法人员 批评教育 (the gap there is the owner)."),
    F("no-accountability", 6, "3.1万 退赔; 经办人员 批评教育."),
    F("no-mechanism", 3, "A 保证金台账 with a 季度核对制度."),
    F("no-mechanism", 5, "《执法记录仪使用管理规定》."),
    F("no-deadline", 8, "2025年12月31日, 正在推进."),
    F("no-deadline", 1, "2025年12月31日, 正在推进."),
    F("no-owner", 7, "所长芮望北 (the gap there is the pasted paragraph)."),
], links=[
    L("对全县A级景区和旅行社实行季度全覆盖检查", 1), L("针对旅游投诉处理不及时的问题", 2), L("按规定退还1家25万元", 3),
    L("费用0.42万元已全部补交", 4), L("对被多次投诉的景区依法立案查处", 5), L("购买纪念品的3.1万元已由相关责任人员全部退赔", 6),
    L("针对党支部建设弱化的问题", 7), L("已轮岗3名", 8)])

for name, g in G.items():
    out = {"mode": "pair", "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
