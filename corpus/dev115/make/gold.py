"""Write p01..p10/gold.json (dev-pairs gold format) for dev115. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev108/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. check.py's THEME table declares, per problem, where the
owner, the time limit and the rule are written, and checks that the no-owner / no-deadline / no-mechanism entries below
follow it. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, *issues):
    return [{"measure": measure, "issue": i} for i in issues]


def links(*groups):
    return [x for g in groups for x in g]


G = {}

# p01 蘼阳县人民法院党组 (县委 round): formal 反馈意见 (UTF-8), areas （一）（二）（三）…方面 with continuous 1．–10．
# heading。detail; 二、整改意见 （一）–（三） are not problems. Report (DOCX): items grouped by the feedback's areas, each
# group opened by ONE owner line (本方面3个问题由……牵头); ONE closing sentence gives the time limit of every item except
# #2 and #9; the old-round problem (#10) is moved into its own group （四） with no owner line.
_g = "the group line “本方面3个问题由党组副书记、副院长郗明远牵头，立案庭、审判管理办公室和执行局具体承办” above items 1-3"
_h = "the group line “本方面3个问题由党组成员、副院长宓晓岚牵头” above items 4-6"
_k = "the group line “本方面第7、8、9个问题由党组成员、政治部主任庞若溪牵头” above items 7-9"
_c = "the closing sentence “以上整改任务，除第2项、第9项另有时限外，其余均已于2025年5月31日前完成” covers it"
G["p01"] = dict(issues=10, unanswered=[], must_flag=[
    F("no-owner", 10, "The old-round 诉讼费 problem is answered in its own group （四） with no owner line; the three group lines name leaders for 1-3, 4-6 and 第7、8、9个问题 only, though the feedback put this problem under （三）党的建设方面 and 整改意见（二） asked for a 责任人 per item."),
    F("no-accountability", 5, "Two stays at a resort booked as 业务培训 (4.7万): the money is shared back and the training rule revised, but nobody is held to account, though 整改意见（三） said 对第5项问题要查清责任，严肃处理."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、院长戚含章 heads the 领导小组 as 第一责任人, 直接部署、直接过问、直接督办, handles two problems in person, 3 site visits, a 专题民主生活会."),
    F("late-report", None, "Feedback 2025-03-11, report 2025-06-05: 86 days, inside three months."),
    F("no-disclosure", None, "Progress published on 5月20日 on the court website and WeChat account with a 监督电话."),
    F("inconsistent-claim", None, "The closing claim exempts #2 and #9, which carry their own dates; 41 paid + 2 提存 = 43; 58 refunded + 3 提存 = 61; nothing else is claimed."),
    F("no-owner", 1, "Owner in " + _g + "."), F("no-owner", 2, "Owner in " + _g + "."), F("no-owner", 3, "Owner in " + _g + "."),
    F("no-owner", 4, "Owner in " + _h + "."), F("no-owner", 5, "Owner in " + _h + "."), F("no-owner", 6, "Owner in " + _h + "."),
    F("no-owner", 7, "Owner in " + _k + "."), F("no-owner", 8, "Owner in " + _k + "."), F("no-owner", 9, "Owner in " + _k + "."),
    F("no-deadline", 1, "No date in the item: " + _c + "."), F("no-deadline", 3, "No date in the item: " + _c + "."),
    F("no-deadline", 4, "No date in the item: " + _c + "."), F("no-deadline", 5, "No date in the item: " + _c + "."),
    F("no-deadline", 6, "No date in the item: " + _c + "."), F("no-deadline", 7, "No date in the item: " + _c + "."),
    F("no-deadline", 8, "No date in the item: " + _c + "."), F("no-deadline", 10, "No date in （四）: " + _c + "."),
    F("no-deadline", 9, "“年底前完成首批导师结对考核” — counted as a time limit: the report is dated 2025-06-05, so 2025-12-31; the closing sentence names #9 as having its own time limit."),
    F("no-deadline", 2, "“其余8件力争于2025年9月30日前全部审结” in the item."),
    F("no-accountability", 6, "Driver 诫勉谈话, the approving 综合科科长 批评教育."),
    F("no-accountability", 1, "Weak 诉源治理: a work failing."),
    F("no-accountability", 9, "An ageing bench: no wrongdoing."),
    F("no-mechanism", 10, "退费 made a 结案审查必查项目 with a 15-day limit (the gap there is the owner)."),
    F("no-mechanism", 5, "《干警教育培训管理办法》 revised (the gap there is accountability)."),
    F("unanswered-issue", 10, "Answered in its own group （四） outside the feedback's area heading."),
], links=links(
    L("对9个乡镇联络点逐一明确联络法官", 1), L("对27件超过12个月未结的案件逐件明确承办法官和结案节点", 2),
    L("对7件未报批延长审限的案件补办审批手续", 2), L("对43笔超期未发案款逐笔核查", 3), L("终止与原拍卖辅助公司的委托", 4),
    L("4.7万元已由参加人员按人分摊退还", 5), L("对32次无派车单出车逐次核实用途", 6),
    L("对节假日出车说不清用途的驾驶员1人进行诫勉谈话", 6), L("机关党委对第二党支部2024年的组织生活记录逐本复核", 7),
    L("3份未隐名的裁判文书已撤回", 8), L("制定《青年干警培养三年计划》", 9), L("对61笔应退未退的诉讼费逐笔联系当事人", 10)))

# p02 莼溪县残疾人就业服务中心党支部 (县残联党组 round): HTML news page, problems inline 一是…九是 in one paragraph;
# 一要…三要 and the 主任's 表态 一是…三是 are not problems. Report (GB18030): covering text + a ｜-separated 整改台账 of
# 9 rows × 7 fields — owners and time limits are written ONLY in the ledger's columns.
_lo = "Owner only in the ledger's 责任领导/责任部门 columns (row {})."
_ld = "Time limit only in the ledger's 完成时限 column (row {})."
G["p02"] = dict(issues=9, unanswered=[], must_flag=[
    F("no-deadline", 6, "Row 6 gives 完成时限 “长期坚持” and 进展 “持续推进”; the one concrete act the problem needs — the 专题组织生活会 not held in 2023 — is left to “适时”, so nothing in the row has a date."),
    F("vague-measure", 7, "Row 7 is slogans only (进一步提高思想认识，切实加强……压紧压实……确保……): nothing on who reviews the WeChat group posts or on the wrong recruitment ads, yet it is marked 已完成."),
    F("inconsistent-claim", None, "The covering text says “反馈的9个问题已全部完成整改” and “追回违规领取的补贴资金2.4万元”, while row 3 has only 1.6万 recovered with 0.8万 “正在通过法律途径追缴” (进展 追缴中, time limit 2025-01-31) and row 8 is “正在推进” until 2025-02-28."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任桓嘉树 heads the 领导小组 as 第一责任人, 5 支委会 and 3 推进会, 直接部署、直接督办."),
    F("late-report", None, "Feedback 2024-10-15, report 2025-01-09: 86 days."),
    F("no-disclosure", None, "Progress 公示 in the “巡察整改” column of the 县残联门户网站."),
    *[F("no-owner", i, _lo.format(i)) for i in range(1, 10)],
    *[F("no-deadline", i, _ld.format(i)) for i in (1, 2, 3, 4, 5, 7, 8, 9)],
    F("no-mechanism", 1, "Ledger: 修订《按比例就业年审实地核查办法》."), F("no-mechanism", 2, "Ledger: 学员参训信息库 with a one-year bar on repeat allowances."),
    F("no-mechanism", 3, "Ledger: 修订《盲人按摩机构扶持资金管理办法》."), F("no-mechanism", 4, "Ledger: 《辅助性就业机构运营考核办法》."),
    F("no-mechanism", 5, "Ledger: 重新印发《公务接待管理实施细则》."), F("no-mechanism", 8, "Ledger: 岗位信息月度更新机制."),
    F("no-mechanism", 9, "Ledger: 修订《培训经费支出管理规定》."),
    F("no-accountability", 3, "The reviewer who passed the closed shops' subsidies is 批评教育 (in the ledger row)."),
    F("no-accountability", 1, "Lax annual review: a work failing, answered by 复核 and 追缴."),
    F("no-accountability", 8, "An out-of-date job list: no wrongdoing."),
], links=links(
    L("对2023年审核的146家用人单位逐家复核", 1), L("将培训机构补贴与学员结业后6个月的就业情况挂钩", 2),
    L("已追回1家机构停业期间领取的运营补贴1.6万元", 3), L("对负责审核的工作人员进行批评教育", 3),
    L("对5个“阳光家园”逐一实地检查", 4), L("6笔无公函接待费用逐笔核查", 5), L("挂账备用金3.6万元已全部清理收回", 5),
    L("支部书记带头讲党课，制定年度党课计划", 6), L("进一步提高思想认识，切实加强网络阵地管理", 7),
    L("对库中238个岗位逐一电话核实", 8), L("超范围列支的培训费1.7万元已于11月完成调账", 9)))

# p03 葶川县家庭教育指导服务中心党支部 (县妇联党组 round): DOCX 反馈意见, bold areas + running （一）–（九）; bold
# 四、整改要求 1．–3． not problems. Report (UTF-16 LE): the secretary's FIRST-PERSON 主要负责人组织落实整改情况报告. Owners
# in one assignment sentence (第一、三、六个问题由我本人牵头；…), time limits in one sentence (第一至第五个问题在反馈后两个月内
# 完成，第六至第九个问题在6月30日前完成), rules for #2 #3 #4 #6 in a separate 三、长效机制建设 section.
_own1 = "“第一、三、六个问题由我本人牵头” — the writer, the secretary, in the first person."
_own2 = "“第二、四、五个问题交由副主任芮知秋牵头” in the assignment sentence of 一、."
_own3 = "“第七、八、九个问题交由党支部副书记、副主任钮佩兰牵头” in the assignment sentence of 一、."
_rel = "“第一至第五个问题在反馈后两个月内完成” — a relative limit, counted: feedback 2025-04-08, so by 2025-06-08."
_sch = "“第六至第九个问题在6月30日前完成” — one sentence in 一、 gives the date for four problems."
G["p03"] = dict(issues=9, unanswered=[], must_flag=[
    F("no-mechanism", 5, "The 经费 answer hands out the stock and says “我们将研究制定《家庭教育专项经费绩效管理办法》”; 四、 admits “第五个问题的经费管理制度还在研究之中”. 整改要求3 named 经费管理 for rules, and the other money/procurement problem (#6) got one."),
    F("repeated-measure", 9, "The hotline item is answered with the study-system paragraph of （七） pasted word for word (每周五下午集中学习…纳入个人年度考核); nothing about answering the line or the missing call register."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary writes in the first person as 第一责任人 and 组长, leads three problems herself, 4 支委会, 3 推进会, 当面督办."),
    F("late-report", None, "Feedback 2025-04-08, report 2025-07-02: 85 days."),
    F("no-disclosure", None, "Published in the “巡察整改” column of the 县妇联网站."),
    F("inconsistent-claim", None, "No total is claimed beyond the items; 163 running + 23 joined by 片区联办 = 186."),
    F("no-owner", 1, _own1), F("no-owner", 3, _own1), F("no-owner", 6, _own1),
    F("no-owner", 2, _own2), F("no-owner", 4, _own2), F("no-owner", 5, _own2),
    F("no-owner", 7, _own3), F("no-owner", 8, _own3), F("no-owner", 9, _own3),
    *[F("no-deadline", i, _rel) for i in range(1, 6)],
    *[F("no-deadline", i, _sch) for i in range(6, 10)],
    F("no-mechanism", 2, "三、长效机制建设: 《乡镇家庭教育指导站工作规范》 (针对第二、四、六个问题)."),
    F("no-mechanism", 3, "三、长效机制建设: 入户指导记录双人复核制度 (针对第三个问题)."),
    F("no-mechanism", 4, "三、长效机制建设: 《家庭教育讲师团管理办法》."),
    F("no-mechanism", 6, "三、长效机制建设: 《政府采购内部控制规程》 requiring one budget per project."),
    F("no-accountability", 3, "Two 指导员 who faked records lose their 指导员资格."),
    F("no-accountability", 6, "The 经办人 批评教育 and the secretary's own 检查 at the 支委会."),
    F("no-accountability", 1, "Slow 家长学校 roll-out: a work failing."),
    F("repeated-measure", 7, "The study system is the real answer to （七）; the copy is the one under （九）."),
], links=links(
    L("联合印发《中小学幼儿园家长学校建设工作方案》", 1), L("6个未设站的乡镇已依托妇联“执委之家”全部设立指导站", 2),
    L("针对第二、四、六个问题，我们修订完善了3项制度", 2, 4, 6), L("对23份有问题的记录重新入户核实", 3),
    L("对记录造假的2名指导员停止其指导员资格", 3), L("建立了入户指导记录双人复核制度", 3),
    L("15名两年内未授课的讲师不再续聘", 4), L("积压的3万余份宣传品已全部分发到各家长学校和乡镇指导站使用", 5),
    L("对经办人进行了批评教育", 6), L("今年以来已集中学习11次", 7), L("已删除含商业推广内容的文章", 8),
    L("对热线工作，我们同样建立每周五下午集中学习制度", 9)))

# p04 蔊山县司法鉴定所党支部 (县司法局党组 round): 组长's speech (CRLF), three 第N个方面 paragraphs with restarting
# inline 一是 (3 + 4 + 3); the 根子 sentence, 一要…三要, 移交 and 三个月内 are not problems. Report: a public HTML 通报
# (GB18030) with 9 items (owner and time in a bracket per item) — no item on 档案 — and the rules ONLY in an annex list
# keyed to the FEEDBACK's problem numbers (第1项…第10项), while the items run （一）–（九）.
_ann = "Rule only in the annex list “整改期间建立和修订的制度清单”, keyed to the feedback's numbering: {}."
G["p04"] = dict(issues=10, unanswered=[6], must_flag=[
    F("late-report", None, "Feedback 2024-12-10 with a 三个月内 limit (2025-03-10); the 通报 is dated 2025-04-02: 113 days."),
    F("unanswered-issue", 6, "Nothing on the 47 archive files without original records: no item, no annex rule; the word 档案 never occurs, and the count 8 done + 1 ongoing quietly covers nine items."),
    F("no-mechanism", 2, "Time limits: the 11 late opinions are issued, but neither the item nor the annex names any time-limit rule, though the speech's 三要 named 时限 among the holes to close; every other answered problem has a rule."),
    F("no-accountability", 5, "Two appraisers dined at the insurer's expense during a case: only a 廉洁执业承诺书 for everyone and a mention at the 所务会; nobody is named or dealt with, though 二要 said 该追责问责的要追责问责."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、所长仇静川 heads the 领导小组 as 第一责任人, 直接部署、直接督办, 6 支委会."),
    F("no-disclosure", None, "A public 通报 (公开方式：主动公开) inviting supervision with phone and address."),
    F("inconsistent-claim", None, "“已完成整改的事项8项，正在推进的1项” matches the nine items' brackets (only （九） 正在推进)."),
    F("no-mechanism", 1, _ann.format("《鉴定委托受理审查规程》（对应反馈问题第1项）")),
    F("no-mechanism", 3, _ann.format("《鉴定收费管理规定》（修订，对应反馈问题第3项、第7项）")),
    F("no-mechanism", 4, _ann.format("《鉴定人回避管理办法》（第4项）")),
    F("no-mechanism", 5, _ann.format("《鉴定人廉洁执业若干规定》（第5项）; the gap there is accountability")),
    F("no-mechanism", 7, _ann.format("the revised 《鉴定收费管理规定》 also serves 第7项 (fees via personal WeChat), which the report answers under （六）")),
    F("no-mechanism", 8, _ann.format("《支部委员会会议记录管理办法》（第8项）, answered under （七）")),
    F("no-mechanism", 10, _ann.format("《鉴定质量控制和能力验证管理办法》（第10项）, answered under （九）")),
    F("no-deadline", 3, "“完成时限：立行立改，已于2025年1月15日完成” — immediate, with the completion date."),
    F("no-accountability", 4, "Two appraisers 诫勉谈话 for ignoring 回避."),
    F("no-accountability", 7, "Two appraisers 批评教育 for taking fees by personal WeChat."),
    F("no-accountability", 1, "Incomplete files accepted: a work failing."),
    F("no-accountability", 9, "Missed training hours: no wrongdoing."),
    F("unanswered-issue", 7, "Answered under the report's （六） (numbering shifted by the missing 档案 item)."),
    F("unanswered-issue", 10, "Answered under （九）."),
], links=links(
    L("对19件委托材料不全的鉴定逐件复查", 1), L("《鉴定委托受理审查规程》（对应反馈问题第1项）", 1),
    L("对超期未出具意见书的11件鉴定逐件督办", 2), L("立即停止收取“加急费”", 3),
    L("《鉴定收费管理规定》（修订，对应反馈问题第3项、第7项）", 3, 7),
    L("对2名鉴定人参与的相关案件重新指派鉴定人复核", 4), L("对2名鉴定人进行诫勉谈话", 4),
    L("《鉴定人回避管理办法》（对应反馈问题第4项）", 4), L("组织全所鉴定人签订廉洁执业承诺书", 5),
    L("3.2万元鉴定费已全部转入单位账户", 7), L("停止使用个人收款码", 7), L("支委会会议改由专人当场记录", 8),
    L("5名鉴定人已参加省司法鉴定协会组织的线上补学", 9), L("对两年能力验证结果“不满意”的项目逐项分析原因", 10),
    L("《鉴定质量控制和能力验证管理办法》（对应反馈问题第10项）", 10)))

# p05 蒴阳县地方政府债务管理中心党支部 (县财政局党组 round): 反馈意见 (GB18030) with hierarchical 1.1 … 3.4 problem lines;
# 二、整改建议 not problems. Report (UTF-8, CRLF): nine （N）关于…的问题 items each closed by a field line
# 责任领导：…；责任科室：…；完成时限：… (#2 and #3 merged into one item); EVERY rule is named only in the separate
# 三、建立长效机制情况 section, each mapped to its problem by name. GOOD REPORT.
_sec = "Rule named only in 三、建立长效机制情况: {}."
G["p05"] = dict(issues=10, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任舒怀远 heads the 领导小组, 第一责任人, 直接部署、直接督办 two problems, 7 支委会, a 专题组织生活会."),
    F("late-report", None, "Feedback 2025-02-19, report 2025-05-16: 86 days."),
    F("no-disclosure", None, "Published in the “信息公开” column of the 县财政局门户网站."),
    F("inconsistent-claim", None, "7 done + 3 named as ongoing (#2, #3, #9) = 10, matching the items; 0.74亿 + 0.52亿 = 1.26亿; 8 rules listed = 8 claimed."),
    F("no-mechanism", 1, _sec.format("《债务风险指标月度监测和预警报告制度》")),
    F("no-mechanism", 2, _sec.format("修订《专项债券项目储备和资金使用跟踪管理办法》 (one rule for #2 and #3)")),
    F("no-mechanism", 3, _sec.format("the same revised 《专项债券项目储备和资金使用跟踪管理办法》")),
    F("no-mechanism", 4, _sec.format("《债务管理系统账号和数据安全管理规定》")),
    F("no-mechanism", 5, _sec.format("《中介服务机构比选和合同验收管理办法》")),
    F("no-mechanism", 6, _sec.format("《外出考察学习审批管理规定》")),
    F("no-mechanism", 7, _sec.format("修订《党支部议事规则》 with a 前置研究事项清单")),
    F("no-mechanism", 8, _sec.format("修订《中心学习制度》")),
    F("no-mechanism", 10, _sec.format("债务台账与总预算会计账按月对账制度")),
    F("no-deadline", 1, "“立行立改，已于2025年3月10日完成” — immediate, with the completion date."),
    F("no-deadline", 4, "“立行立改，已于2025年2月28日完成”."),
    F("no-deadline", 2, "“年底前全部完成” — counted: the report is dated 2025-05-16, so 2025-12-31; the standing part (储备库动态调整) is marked 长期坚持 beside it."),
    F("no-deadline", 3, "Same merged item: “年底前全部完成”, with 0.74亿 already moved and the rest in procedure."),
    F("no-deadline", 8, "“长期坚持（年度学习计划已于3月印发执行）” — a standing practice whose change is already made."),
    F("unanswered-issue", 3, "Answered in the merged item （二）关于专项债券项目储备质量不高和资金支出跟踪督促不力的问题."),
    F("repeated-measure", 2, "One merged item answers #2 and #3 with different acts for each; not a pasted measure."),
    F("repeated-measure", 3, "Same merged item."),
    F("vague-measure", 6, "Opens with 深刻汲取教训，切实增强纪律意识 but then refunds 0.62万, 诫勉 the organiser and makes the others write 书面检查."),
    F("copied-measure", 7, "Restates the problem (针对支委会与中心办公会议题混同…的问题) and then acts: 12-class list, 7 matters pre-studied."),
    F("no-accountability", 6, "副主任漆映雪 诫勉谈话, the others 书面检查."),
    F("no-accountability", 5, "The 经办人 批评教育 for paying without 验收."),
    F("no-accountability", 1, "Late risk reports: a work failing."),
    F("no-accountability", 9, "Thin expertise: no wrongdoing."),
], links=links(
    L("恢复债务风险指标按月更新", 1), L("制定《债务风险指标月度监测和预警报告制度》", 1),
    L("对14个申报项目逐个复核收益与融资平衡方案", 2), L("对闲置超过6个月的1.26亿元专项债券资金逐项分析原因", 3),
    L("修订《专项债券项目储备和资金使用跟踪管理办法》", 2, 3), L("注销3名调离人员的系统账号", 4),
    L("制定《债务管理系统账号和数据安全管理规定》", 4), L("对3份无验收记录的合同补充开展验收", 5),
    L("制定《中介服务机构比选和合同验收管理办法》", 5), L("景区参观产生的门票和交通费用0.62万元已由参加人员全额退还", 6),
    L("对组织考察的副主任漆映雪进行诫勉谈话", 6), L("制定《外出考察学习审批管理规定》", 6),
    L("将需要支委会前置研究的事项列出清单共12类", 7), L("修订《党支部议事规则》", 7),
    L("将政治理论学习与债务业务学习分开安排、分别记录", 8), L("修订《中心学习制度》", 8), L("举办债券项目收益测算专题培训", 9),
    L("0.83亿元差额已查明", 10), L("建立债务台账与总预算会计账按月对账制度", 10)))

# p06 蘡溪县酿造有限责任公司党支部 (县国资委党委 round): 反馈意见 (UTF-16 LE) with areas 一、二、三、 and RESTARTING 1．
# (3 + 4 + 3); 四、整改要求 一是…四是 not problems. Report (DOCX): prose by area with 一是…, no owner or date in it, and a
# closing Word-table 整改台账 whose 责任部门 / 责任人 / 完成时限 columns are the only place owners and time limits appear;
# rows 8 and 9 name only a collective. A 专班 led by the office head; no 领导小组, no secretary; nothing published.
_to = "Owner only in the closing Word table (row {}: {})."
_tt = "Time limit only in the closing Word table's 完成时限 column (row {})."
G["p06"] = dict(issues=10, unanswered=[], must_flag=[
    F("copied-measure", 1, "The whole answer turns the problem back into a promise (加快推进“退城进园”搬迁和混合所有制改革，尽快形成可行方案，确保改革任务落地见效): no step, study, meeting or result; the table repeats it."),
    F("no-owner", 8, "The secretary's own failing (党建“两张皮”, 第一责任人职责 not met) is given to 责任部门 “党支部”, 责任人 “全体支委” — a collective, nobody in particular, though 要求 一是 named the secretary."),
    F("no-owner", 9, "Row 9: 责任部门 “各部门”, 责任人 “各部门负责人” — everybody and nobody."),
    F("weak-leadership", None, "A 整改工作专班 led by the 综合办公室主任 does the work; no 领导小组, no 第一责任人, the 党支部书记 appears nowhere, though 要求 一是 said the secretary must 亲自抓、负总责."),
    F("no-disclosure", None, "Nothing is published or to be published, though 要求 四是 said 按规定在一定范围内公开; “公开招租” is leasing, not disclosure."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-05-13, report 2025-08-06: 85 days."),
    F("inconsistent-claim", None, "“已完成整改8项，2项正在推进” matches the table's 完成情况 column (rows 1 and 7 推进中)."),
    *[F("no-owner", i, _to.format(i, w)) for i, w in ((1, "综合办公室 / 总经理钟离岳"), (2, "安全环保部 / 副总经理栾齐光"),
      (3, "质量技术部 / 副总经理栾齐光"), (4, "综合办公室 / 总经理钟离岳"), (5, "财务部 / 财务总监邬惠珍"), (6, "销售部 / 副总经理凌栩"),
      (7, "综合办公室 / 副总经理凌栩"), (10, "综合办公室 / 综合办公室主任蓝沛然"))],
    *[F("no-deadline", i, _tt.format(i)) for i in range(1, 11)],
    F("no-accountability", 4, "The general manager makes a 书面检查 at the 支委会."),
    F("no-accountability", 5, "The 财务部经理 批评教育; 2.1万 returned."),
    F("no-accountability", 6, "The 销售部经理 is moved off sales and 诫勉谈话; 6.5万 recovered."),
    F("no-accountability", 2, "Overdue boiler checks: a safety failing answered by inspection and a permit system."),
    F("no-accountability", 3, "One failed sample: a quality failing."),
    F("no-mechanism", 7, "“今后闲置资产出租一律公开招租” (the contract itself ends in October)."),
    F("no-mechanism", 9, "党员参加组织生活考勤通报制度 (the gap there is the owner)."),
    F("no-mechanism", 8, "党建工作责任清单 tied to the business appraisal (the gap there is the owner)."),
], links=links(
    L("加快推进“退城进园”搬迁和混合所有制改革，尽快形成可行方案", 1), L("对2台蒸汽锅炉和1台储气罐完成定期检验", 2),
    L("对抽检不达标批次的酱油全部召回并监督销毁", 3), L("对灌装生产线购置补作集体研究说明", 4),
    L("没有接待对象的2.1万元已由经手人退回", 5), L("追回多给的返利6.5万元", 6), L("销售部经理已调离销售岗位并被诫勉谈话", 6),
    L("自6月起按评估价调整租金", 7), L("把党建工作考核与生产经营考核挂钩", 8), L("对7名长期未参加组织生活的党员逐一谈心谈话", 9),
    L("补充开展民主推荐和考察", 10)))

# p07 茈岭县医学影像诊断中心党支部 (县卫健局党委 round): HTML news page (GB18030), three “在…方面，一是…” paragraphs with
# restarting inline numbering (3 + 4 + 3); 一要…三要 and the 表态 are not problems. Report (UTF-8): 问题N： blocks with
# 整改措施/责任领导/整改时限/完成情况 lines; the time limits are written in RELATIVE and VAGUE forms.
G["p07"] = dict(issues=10, unanswered=[], must_flag=[
    F("no-deadline", 4, "“整改时限：持续推进” only: the MRI use rate needs a target and a date, and the item is still 正在推进; every other unfinished problem has a date or a bounded period."),
    F("no-accountability", 5, "违规收费 (usual words), 1372 patients charged twice: the money is refunded and a self-check rule made, but nobody is held to account, though 二要 said 该追责的要追责."),
    F("vague-measure", 9, "Slogans only (进一步强化…切实加强…严格落实…确保…): nothing on the four unworn dosimeters or the missing 放射防护培训."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任闵清源 heads the 领导小组 as 第一责任人, 亲自部署、亲自督办, takes two problems himself."),
    F("late-report", None, "Feedback 2024-11-26, report 2025-02-20: 86 days."),
    F("no-disclosure", None, "Published in the “信息公开” column of the 县卫健局网站."),
    F("inconsistent-claim", None, "“已完成整改5个，其余5个正在按时限推进” matches the 完成情况 lines (已完成: 2, 5, 6, 7, 8)."),
    F("no-deadline", 1, "“年底前全部接入” — counted as a time limit: the report is dated 2025-02-20, so 2025-12-31."),
    F("no-deadline", 2, "“反馈后两个月内” — counted: feedback 2024-11-26, so by 2025-01-26; the item is done."),
    F("no-deadline", 3, "“下一季度内完成数据对接和上传” — counted: a bounded period (the quarter after 2025-02-20, i.e. by 2025-06-30)."),
    F("no-deadline", 5, "“立行立改，已于2024年12月20日完成退费” — immediate, with the completion date."),
    F("no-deadline", 6, "“立行立改，已于2024年12月31日完成”."),
    F("no-deadline", 8, "“长期坚持（12月起已分开开展）” — the change is made; what remains is a standing practice."),
    F("no-accountability", 6, "Three staff 批评教育 and the sponsored costs returned."),
    F("no-accountability", 1, "Incomplete network: a work failing."),
    F("no-accountability", 10, "Too few signing doctors: no wrongdoing."),
    F("no-mechanism", 4, "《大型医用设备购置论证管理办法》 (the gap there is the time limit)."),
    F("no-mechanism", 5, "收费项目自查制度 revised, monthly self-check (the gap there is accountability)."),
], links=links(
    L("已完成5家乡镇卫生院的设备改造和平台接入", 1), L("急诊CT实行“先出初步报告、后出正式报告”", 2),
    L("已与市影像检查结果互认平台运维单位签订接口对接协议", 3), L("面向全县医共体成员单位开放磁共振预约", 4),
    L("制定《大型医用设备购置论证管理办法》", 4), L("对1372人次多收的4.1万元逐一联系患者退还", 5),
    L("3人次参会由供应商承担的费用0.78万元已由本人退还供应商", 6), L("对3名参会人员进行批评教育", 6),
    L("对2023年以来的造影剂出入库和使用记录逐月核对", 7), L("主题党日与业务培训分开安排、分别记录", 8),
    L("进一步强化放射防护意识，切实加强个人剂量监测管理", 9), L("选派2名医师到市级医院进修影像诊断", 10)))

# p08 蔹川县应急广播中心党支部 (县文广旅局党组 round): 反馈意见 (UTF-8) with running （一）–（十一） heading lines + detail
# lines; 二、整改要求 1．–3． not problems. Report: a public HTML 公告 (UTF-8) with ten items （一）–（十）, owner given as ONE
# DEPARTMENT (牵头科室：…) in a bracket; one item names 中心各科室; two rules are only promised; nothing on the vacancy.
_dep = "“牵头科室：{}” — a single named department, counted as an owner (its head answers for it); the 公告 names no leader for any item."
G["p08"] = dict(issues=11, unanswered=[9], must_flag=[
    F("unanswered-issue", 9, "The 支部委员 vacancy and the doubled-up 组织委员: no item; the 公告 makes “10项整改任务” of 11 problems and never mentions 补选."),
    F("no-mechanism", 4, "Maintenance money paid before acceptance: 2.6万 cut back, but the rule is only promised (“下一步将研究制定项目资金验收支付管理办法”), though 整改要求2 named 资金管理 for rules."),
    F("no-mechanism", 6, "Brand-steering tender: staff 批评教育, but the rule is “正在研究，适时出台”, though 整改要求2 named 政府采购."),
    F("no-owner", 10, "“责任单位：中心各科室” — every department, nobody in particular; every other item names one 牵头科室."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任卜春晖 heads the 领导小组 as 第一责任人, 5 支委会, 直接调度 two key tasks."),
    F("late-report", None, "Feedback 2025-06-10, 公告 2025-09-03: 85 days."),
    F("no-disclosure", None, "A public 公告 on the bureau site with a 监督电话 and e-mail."),
    F("inconsistent-claim", None, "“已完成9项，1项正在推进” matches the ten items (only （一） is open, dated 2025-10-31); it hides the unanswered vacancy but claims nothing false."),
    *[F("no-owner", i, _dep.format(w)) for i, w in ((1, "技术保障科"), (2, "技术保障科"), (3, "播出部"), (4, "办公室"), (5, "办公室"),
      (6, "办公室"), (7, "办公室"), (8, "办公室"), (11, "办公室"))],
    F("no-mechanism", 10, "修订《播出内容三审管理制度》 (the gap there is the owner)."),
    F("no-mechanism", 3, "修订《播出安全值班管理制度》并印发执行."),
    F("no-accountability", 8, "The approving 副主任 诫勉谈话; 0.7万 returned."),
    F("no-accountability", 7, "The driver repays fuel and makes a 书面检查."),
    F("no-accountability", 6, "Two technicians 批评教育."),
    F("no-accountability", 4, "The 办公室主任 批评教育."),
    F("no-accountability", 1, "Broken terminals: a work failing."),
    F("unanswered-issue", 10, "Answered under the 公告's （九） (numbering shifted by the missing vacancy item)."),
    F("unanswered-issue", 11, "Answered under （十）."),
], links=links(
    L("对211个故障和离线终端逐一排查", 1), L("已完成与市级应急广播平台的接口调试", 2), L("夜间实行双人值守", 3),
    L("核减未完成维护工作量对应的费用2.6万元", 4), L("已补发37名管理员拖欠的补贴4.4万元", 5), L("对2023年终端采购项目进行复查", 6),
    L("补建2024年以来的用车登记", 7), L("1.3万元餐费逐笔清查", 8), L("对审批报销的副主任进行诫勉谈话", 8),
    L("重新明确“三审”流程", 10), L("对全部固定资产进行清查盘点", 11)))

# p09 萹城县计划生育药具管理站党支部 (县卫健局党委 round): DOCX 反馈意见 with the nine problems in a Word table; 二、整改要求
# （一）–（四） not problems. Report (GB18030, CRLF): three area sections, each OPENED by one owner sentence (这方面的3个问题
# 由……牵头整改), numbered 1．–9．; ONE closing sentence “以上整改任务均已于2025年3月31日前全部完成” against two open items.
_ho = "Owner in the section's opening sentence “{}”."
_cl = "No date in the item: the closing sentence “以上整改任务均已于2025年3月31日前全部完成” gives the time limit."
G["p09"] = dict(issues=9, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2025-01-07 (三个月内: 2025-04-07); the report is dated 2025-04-30: 113 days."),
    F("inconsistent-claim", None, "“以上整改任务均已于2025年3月31日前全部完成”, while item 1 says 6 broken machines are “正在协调更换” and item 2 says the surplus stock is being swapped, “预计6月底前完成”; 整改要求（四） warned against 虚报整改进度."),
    F("no-mechanism", 5, "Proxy signatures: the 47 slips are re-signed, but the check rule is only promised (“下一步，我站将研究建立药具发放签收核查制度”), though 整改要求（二） named 药具签收 for rules."),
    F("copied-measure", 9, "The item returns the feedback's words as a promise (切实转变工作作风，加强对乡镇药具管理员的培训指导…): no training held, planned or counted."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、站长段木青 heads the 领导小组 as 第一责任人 and leads six of the nine problems."),
    F("no-disclosure", None, "Published on the 县卫健局网站."),
    *[F("no-owner", i, _ho.format("这方面的3个问题由副站长郜启明牵头整改")) for i in (1, 2, 3)],
    *[F("no-owner", i, _ho.format("这方面的3个问题由站长、党支部书记段木青牵头整改")) for i in (4, 5, 6)],
    *[F("no-owner", i, _ho.format("这方面的3个问题由党支部书记段木青负责")) for i in (7, 8, 9)],
    *[F("no-deadline", i, _cl) for i in (1, 3, 4, 5, 6, 7, 8, 9)],
    F("no-deadline", 2, "“预计6月底前完成” in the item (the closing claim is wrong for it, which is the inconsistent-claim)."),
    F("no-accountability", 6, "The 经办人 批评教育 and the approving 副站长 诫勉谈话; 1.1万 returned."),
    F("no-accountability", 1, "Broken dispensers: a work failing."),
    F("no-accountability", 2, "Poor demand planning: a work failing."),
    F("no-mechanism", 4, "修订《药具库房管理制度》 with monthly stocktakes."),
], links=links(
    L("对62台自助发放机逐台检查", 1), L("重新核定2025年需求计划", 2), L("在乡镇卫生院确定监测联络员22名", 3),
    L("2.3万只过期药具已按规定报损", 4), L("代签的47份已由乡镇药具管理员重新签收确认", 5), L("1.1万元已由领取职工全部退还", 6),
    L("对审批的副站长进行诫勉谈话", 6), L("今年以来已按月召开支委会4次", 7), L("已确定入党积极分子2名", 8),
    L("切实转变工作作风，加强对乡镇药具管理员的培训指导", 9)))

# p10 蓂台县散装水泥办公室党支部 (县住建局党组 round): 组长's speech (CRLF), problems as paragraphs 一是…十是; 第一…第三
# requirements not problems. Report (UTF-16 LE): prose items （一）–（九） with no owner or date, then a TAB-separated
# 整改台账 whose columns alone give owners and time limits, numbered by the feedback (1–7, 9, 10: no row 8).
_lo10 = "Owner only in the tab-separated ledger (row {})."
_ld10 = "Time limit only in the tab-separated ledger (row {})."
G["p10"] = dict(issues=10, unanswered=[8], must_flag=[
    F("unanswered-issue", 8, "意识形态: no prose item and no ledger row (the ledger goes 7 → 9); the word never occurs in the report."),
    F("repeated-measure", 7, "（七） and （八） carry the same 作风建设月 paragraph; it answers neither the toothless 组织生活会 nor the files, and the ledger repeats “开展作风建设月活动”."),
    F("repeated-measure", 9, "The 14 案卷 without photos and signatures get the same pasted paragraph; nothing is re-filed or checked."),
    F("no-deadline", 3, "Ledger row 3: 完成时限 “持续推进” for nine sites still to be dealt with (4 立案, 5 only told to stop), though the speech said 不能以“持续推进”代替时限."),
    F("weak-leadership", None, "Only “我办班子高度重视，全体干部职工认真学习”: no 领导小组, no 党支部书记, no 第一责任人, no meeting, though the speech's 第一 asked the secretary to 亲自抓、带头改."),
    F("no-disclosure", None, "Nothing published or to be published, though the speech's 第三 said 向干部职工和社会公开; the “月通报机制” is internal enforcement."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-03-25, report 2025-06-18: 85 days."),
    F("inconsistent-claim", None, "Only “大部分问题已整改到位” is claimed; the ledger has 7 已完成 and 2 推进中."),
    *[F("no-owner", i, _lo10.format(i)) for i in (1, 2, 3, 4, 5, 6, 7, 9, 10)],
    *[F("no-deadline", i, _ld10.format(i)) for i in (1, 2, 4, 5, 6, 7, 9, 10)],
    F("no-accountability", 6, "The leading 副主任 诫勉谈话, the others 书面检查; meals paid for."),
    F("no-accountability", 4, "The reviewers 批评教育; 8万 recovered."),
    F("no-accountability", 1, "Falling bulk-cement use: a work failing."),
    F("no-accountability", 2, "Formal plant checks: a work failing."),
    F("no-mechanism", 3, "“禁现”巡查和月通报机制 (the gap there is the time limit)."),
    F("no-mechanism", 10, "修订《行政处罚案件办理流程》 with online 留痕."),
    F("unanswered-issue", 9, "Answered (by the pasted paragraph) under prose （八） and ledger row 9."),
    F("unanswered-issue", 10, "Answered under prose （九） and ledger row 10."),
], links=links(
    L("制定《2025年散装水泥推广工作方案》", 1), L("对6家搅拌站重新开展质量和环保专项检查", 2),
    L("对9个存在现场搅拌的在建项目逐一复查", 3), L("已追回未达标搅拌站领取的奖补资金8万元", 4),
    L("2名无证人员已调整到非执法岗位", 5), L("按标准向3家企业补交餐费0.46万元", 6), L("对带队的副主任进行诫勉谈话", 6),
    L("针对组织生活不严肃的问题，组织全体干部职工开展", 7), L("针对执法档案管理混乱的问题，组织全体干部职工开展", 9),
    L("对2024年以来的行政处罚案卷逐卷评查", 10)))

for name, g in G.items():
    out = {"mode": "pair", "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
