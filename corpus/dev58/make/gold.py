"""Write p01..p10/gold.json (dev-pairs gold format) for dev58. The gold is hand-judged; this file only keeps it in one
place (modelled on dev44's make/gold.py). Debatable points ("may report") are not gold: they are in each pair's notes.md,
because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蘅溪县委机要保密局党支部: 组长's speech by work blocks, each paragraph praise -> problems -> requirement
# (先肯定、后指出、再提要求 inside one paragraph). 7 problems. Report: 关于“…”的问题 with five field lines. GOOD REPORT.
G["p01"] = dict(issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、局长訾砚秋 heads the 领导小组 as 第一责任人 (直接部署/过问/督办), 4 meetings, 3 site checks."),
    F("late-report", None, "Speech 2025-03-18 sets 三个月内; report 2025-06-10: 84 days."),
    F("no-disclosure", None, "下一步 三是: published on the 局机关公示栏 and the 县委办公室内网 with a 监督电话 — the speech asked only for 一定范围内公开."),
    F("inconsistent-claim", None, "5 done + 2 long-term = 7 problems; 22 + 2 = 24 measures; 警告1 (#5), 诫勉1 (#4), 批评教育2 (#3, #6); 3 new + 2 revised rules, each named in its item; 2.4万 both in stats and #6."),
    F("no-accountability", 4, "县纪委监委 诫勉谈话 for the 时任分管副局长 who signed the single-source purchase."),
    F("no-accountability", 5, "党内警告 for the 办公室副主任 who used the car, and the fee paid back."),
    F("no-accountability", 6, "2.4万 returned by the 14 recipients; 办公室主任 批评教育."),
    F("no-accountability", 7, "A toothless 组织生活会 is not wrongdoing by a person; re-holding it is the right answer."),
    F("no-mechanism", 3, "《涉密人员离岗离职脱密期管理办法》."),
    F("no-mechanism", 4, "修订《局党支部议事规则》 and 《政府采购内部控制办法》."),
    F("no-mechanism", 5, "《机要通信专用车辆使用管理规定》."),
    F("no-mechanism", 6, "修订《机关值班管理办法》."),
    F("no-deadline", 1, "“2025年4月30日前…此后长期坚持” — a date plus a standing task."),
    F("no-deadline", 2, "2025年12月31日前实现全覆盖."),
    F("vague-measure", 1, "A new study arrangement with a named speaker per session, 4 sessions held, 6 improvement measures, one tool in use."),
    F("copied-measure", 4, "“认定单一来源采购理由不充分” echoes the speech's words but reports the finding of a review, followed by sanctions and two rules."),
], links=[
    L("2025年度党支部理论学习安排", 1), L("将全县14个乡镇和此前未覆盖的42个涉密机关单位全部列入", 2),
    L("2名离岗人员已于3月27日补签离岗保密承诺书", 3), L("认定单一来源采购理由不充分", 4),
    L("按市场价补缴车辆使用费用0.18万元", 5), L("多发的值班补助2.4万元已由14名领取人员全部退回", 6),
    L("4月22日重新召开2024年度专题组织生活会", 7)])

# p02 薁山县关工委办公室党支部: 组长's speech organised as 三个“不够” (each a summary heading over 2-3 problems; a 同时,
# sentence continues problem 4; a 说到底 cause paragraph; 一要…三要). 7 problems. Report (GB18030): the unit's own headings
# by the three 不够; the 借调人员 problem is silently dropped.
G["p02"] = dict(issues=7, unanswered=[7], must_flag=[
    F("unanswered-issue", 7, "The seconded worker who was paid 0.8万 while working at his old unit (第三个“不够”, second half) has no answer: section （三） covers only the 三会一课 records, and nothing else in the report mentions him, although 二要 named 借调人员 expressly."),
    F("no-disclosure", None, "三要 asked to 通报 the rectification inside the office and to the 五老 volunteers and to publish it on the 关工委 web page; the report never does. The 资助名单 公示 at schools and the 公示 step of the donation rules are measures under #3/#4, not disclosure of the rectification."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任郦晚晴 heads the 领导小组 as 第一责任人, 3 meetings, visits to 5 乡镇 and 3 schools, 当面督办."),
    F("late-report", None, "Speech 2025-04-09; report 2025-07-02: 84 days."),
    F("inconsistent-claim", None, "540 + 452 = 992 of 1248 (79.5%); 17 + 2 = 19 measures, the 2 named pending ones are the two dated items of （一）."),
    F("unanswered-issue", 4, "（二）2 answers the donations: traced, signed, booked, and a 专门台账 — the speech's 同时 sentence is part of this problem, not a new one."),
    F("unanswered-issue", 6, "（三） answers the 补记 records."),
    F("no-accountability", 3, "1.2万 recovered; the first-round reviewer 批评教育."),
    F("no-accountability", 4, "原经办人 诫勉谈话."),
    F("no-accountability", 5, "0.6万 repaid; the organiser 批评教育 and a self-criticism at a staff meeting."),
    F("no-mechanism", 1, "《“五老”结对帮扶工作规范》."),
    F("no-mechanism", 3, "《“爱心助学金”申请审核办法》."),
    F("no-mechanism", 4, "《社会捐赠款物管理办法》."),
    F("no-deadline", 1, "2025年12月31日前实现全覆盖."),
    F("no-deadline", 2, "2025年11月30日前."),
    F("no-owner", 1, "副主任逯承川."),
], links=[
    L("新结对452名，累计结对992名", 1), L("全部补制定了2025年工作计划", 2), L("多发的1.2万元已全部追回并上缴助学金专户", 3),
    L("补齐了受赠学校签收手续", 4), L("建立捐赠款物专门台账", 4), L("0.6万元烟酒费用已由参会的办公室工作人员和组织者全部退赔", 5),
    L("明确由组织委员负责会议记录", 6)])

# p03 蕤水县文化市场综合行政执法大队党支部: formal 反馈意见 with four “……还有差距” headings; inside each, 一方面…另一方面…
# are two problems, except （三） which is one problem with a 其中， evidence sentence. 7 problems. Report (UTF-8 CRLF): the four
# headings restated, 问题N： + 整改措施/责任人/完成时限/完成情况 lines.
G["p03"] = dict(issues=7, unanswered=[], must_flag=[
    F("vague-measure", 6, "问题6 (主题党日 replaced by training 7 times of 12) is answered only by 坚持党建引领…深度融合…以高质量党建促进…高质量发展: no change to the 主题党日, no act, no figure."),
    F("no-owner", 4, "问题4's 责任人 is “执法大队各中队” — no person; every other item names a leader."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、大队长臧启衡 heads the 领导小组 as 第一责任人, 5 meetings."),
    F("late-report", None, "Feedback 2025-02-20; report 2025-05-16: 85 days."),
    F("no-disclosure", None, "下一步 三是: 县文化和旅游局门户网站 with a 监督电话."),
    F("inconsistent-claim", None, "21 + 2 = 23 measures; the 2 pending ones are exactly the unfinished parts of 问题2 and 问题7; 诫勉1 + 批评教育2 match 问题5 and 问题7; 5 rules, each named."),
    F("vague-measure", 1, "Opens with 深刻反思，切实增强…政治自觉 but then a 48-unit plan, the 5 unchecked places inspected, 31 checks."),
    F("no-owner", 6, "党支部书记臧启衡 is named (the gap there is the slogan answer)."),
    F("no-owner", 5, "教导员伍澄波."),
    F("no-accountability", 5, "Driver 诫勉谈话 and fees recovered; 办公室主任 批评教育."),
    F("no-accountability", 7, "5 moved to desk posts, 3 cases redone, the 法制股股长 批评教育."),
    F("no-mechanism", 2, "《新兴文化业态日常监管工作指引》."),
    F("no-mechanism", 3, "《文化市场行政处罚自由裁量基准》."),
    F("no-mechanism", 4, "《罚没物品保管和销毁管理规定》 (the gap there is the owner)."),
    F("no-mechanism", 5, "《执法车辆使用管理办法》."),
    F("no-deadline", 2, "2025年7月31日."),
], links=[
    L("对2024年全年未被检查的5家歌舞娱乐场所", 1), L("逐家摸底建档", 2), L("制定《文化市场行政处罚自由裁量基准》", 3),
    L("逐件清点、登记造册", 4), L("对驾驶员进行诫勉谈话", 5), L("推动党建与业务深度融合", 6), L("全部调整到内勤岗位", 7)])

# p04 蘼台县粮食和物资储备中心党支部: 专项巡察 反馈意见 by business chain (在收购环节，…；…。 / 在储存环节…), problems split by
# “；” and 此外，, with a 其中， evidence clause and a 移交 sentence inside problem 5. 8 problems. Report: the chain's five parts,
# numbered 1．–7． because problems 5 and 6 share one heading.
G["p04"] = dict(issues=8, unanswered=[], must_flag=[
    F("no-accountability", 1, "The 126 farmers' 3.7万 is refunded and a 规程 written, but nobody at 柘口粮库 (主任, 检验员) is named or dealt with, although the feedback said 对扣量扣价…要查明责任、严肃处理."),
    F("inconsistent-claim", None, "“8个问题已全部整改完成…整改完成率100%” while item 3 says the 42-ton shortfall 正在进一步核查中 with a 完成时限 of 2025-09-30 (after the report), and item 5 says the 转圈粮 case is still under investigation."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任钭承岳 heads the 领导小组 as 第一责任人, 4 meetings, 2 site visits."),
    F("late-report", None, "Feedback 2025-05-12; report 2025-08-06: 86 days."),
    F("no-disclosure", None, "中心公示栏 and the 县发展和改革局门户网站, with a 监督电话."),
    F("repeated-measure", 5, "One heading answers #5 and #6, but its two halves are specific (配合纪委调查 / 修订轮换办法) — a merged answer, not a pasted one."),
    F("repeated-measure", 6, "Same merged heading; the 轮换计划 half is its own."),
    F("unanswered-issue", 6, "Answered in the second half of heading 5．."),
    F("no-accountability", 7, "8.6万 collected; 销售科科长 诫勉谈话."),
    F("no-accountability", 5, "The case is with the 县纪委监委; “待调查结论作出后依规依纪处理” is the right answer while the investigation runs."),
    F("no-mechanism", 1, "《粮食收购质量检验和扣量扣价操作规程》 (the gap there is accountability)."),
    F("no-mechanism", 6, "修订《储备粮轮换管理办法》."),
    F("no-mechanism", 8, "《关键岗位人员定期轮岗办法》."),
    F("no-deadline", 3, "2025年9月30日 is given (the problem there is the all-done claim)."),
    F("no-owner", 1, "副主任濮晓岚."),
], links=[
    L("多扣的粮款共计3.7万元", 1), L("入库后5个工作日内结算", 2), L("对3号仓重新进行了测量计算", 3),
    L("检查人员改为由中心质检科、仓储科交叉组成", 4), L("如实提供2023年轮换的合同", 5),
    L("2025年度轮换计划已于6月10日经党支部会议研究通过", 6), L("应收违约金8.6万元已于7月15日前全部收回", 7),
    L("完成轮岗交流", 8)])

# p05 萴阳县畜牧水产发展中心党支部: 巡察组 函 (GB18030) with a 问题清单 1．–6．; items 1, 2, 4, 6 bundle two failings of one
# matter with 且/并且 (one problem each); items 3 and 5 hold two different matters joined by 另外，/此外， (two problems each).
# 8 problems. Report: by the letter's items, items 3 and 5 answered in two parts each.
G["p05"] = dict(issues=8, unanswered=[], must_flag=[
    F("copied-measure", 8, "Item （六） restates the problem as a promise — 严格执行公务接待有关规定，坚决杜绝超标准接待，确保接待清单与发票相符 — nothing on the 11 batches, no money back, no one dealt with, no rule."),
    F("late-report", None, "Letter 2024-10-22 with 反馈之日起三个月内 (deadline 2025-01-22); report dated 2025-02-17: 118 days."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任仇立言 heads the 领导小组 as 第一责任人, 6 meetings, 2 site checks."),
    F("no-disclosure", None, "“整改情况已在中心公示栏和县农业农村局门户网站公开”."),
    F("inconsistent-claim", None, "22 + 4 = 26 measures, no all-done claim; the unfinished work is in （一） and （二）, which carry no 已完成."),
    F("copied-measure", 5, "Opens by restating item 4 (针对“三重一大”决策制度执行不严且会议记录不全的问题) and then acts: 5 items re-examined, 议事规则 revised, records to carry each opinion."),
    F("unanswered-issue", 4, "The idle testing devices (second matter of item 3) are answered in （三）2."),
    F("unanswered-issue", 7, "The moonlighting vets (second matter of item 5) are answered in （五）2."),
    F("no-accountability", 7, "2.3万 handed in; 党内警告 and 诫勉谈话 for the two, 批评教育 for the 站长."),
    F("no-accountability", 3, "2 验收 members 诫勉谈话."),
    F("no-mechanism", 3, "修订《畜牧项目验收管理办法》."),
    F("no-mechanism", 5, "修订《党支部议事规则》."),
    F("no-deadline", 2, "2025年4月30日."),
    F("no-deadline", 1, "2025年3月31日."),
    F("no-owner", 8, "副主任荀白石 (the gap there is the copied measure)."),
], links=[
    L("补助资金7.2万元已于12月底前拨付到位", 1), L("逐户制定“一户一方案”", 2), L("修订《畜牧项目验收管理办法》", 3),
    L("3台检测仪已于2024年11月拆封调试", 4), L("逐项补充说明情况", 5), L("党支部制定了2025年组织生活计划", 6),
    L("违规取得的报酬共计2.3万元已全部上缴", 7), L("坚决杜绝超标准接待", 8)])

# p06 蒨江县中小企业服务中心党支部: 集中巡察 反馈意见 split into 共性问题 1．–4． (item 2 expressly NOT this unit's problem)
# and 个性问题 1．–4．. 7 problems. Report (UTF-16 LE): 共性/个性 sections; one boilerplate paragraph under #1 and #7; no
# 领导小组, the 党支部书记 absent.
G["p06"] = dict(issues=7, unanswered=[], must_flag=[
    F("repeated-measure", 1, "#1 (意识形态: no study, 公众号 without review) is answered only by a boilerplate paragraph (组织全体党员认真学习《中国共产党章程》…确保整改取得实效) pasted again under #7."),
    F("repeated-measure", 7, "#7 (支委 vacancy, 2 lost 流动党员) repeats #1's paragraph word for word after a different first clause."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人: “中心召开主任办公会…分解到各科室…办公室负责收集汇总”; the 党支部书记 never appears, and the 整改要求 asked for both expressly."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-01-14; report 2025-04-08: 84 days."),
    F("no-disclosure", None, "“整改情况已在县工业和信息化局门户网站公开”."),
    F("inconsistent-claim", None, "“7个问题已完成6个” + the 挂账 item 正在推进 = 7, and every other item is marked 已完成; 14 × 1000 = 1.4万; 2 rules named."),
    F("unanswered-issue", 7, "Answered, if only by the pasted paragraph (which is the gap)."),
    F("no-accountability", 2, "1.4万 returned; 工会主席 批评教育."),
    F("no-accountability", 5, "党内警告 by the 派驻纪检监察组; gift repaid."),
    F("no-mechanism", 3, "《往来款项清理和催收管理办法》."),
    F("no-mechanism", 6, "修订《县中小企业应急转贷资金管理办法》."),
    F("no-deadline", 3, "Lawsuit pending with 2025年6月30日 given."),
    F("no-owner", 4, "副主任虢一鸣."),
], links=[
    L("针对意识形态工作方面的问题", 1), L("已由14名领卡职工全部退回", 2), L("已收回2笔19.2万元", 3), L("由“串联”改为“并联”", 4),
    L("收受的茶叶已折价1500元退还企业", 5), L("超期使用的1笔已按规定收取资金占用费", 6), L("针对班子建设和党员管理方面的问题", 7)])

# p07 薢川县城市停车服务有限公司党支部: DOCX 巡察“回头看” 反馈意见: a table of the last round's 6 problems with 评估结论
# (3 rows 整改到位 are NOT problems; 整改不到位 / 纸上整改 / 问题反弹 are), then 4 new problems （一）–（四）. 7 problems.
# Report: 上轮整改不到位问题的再整改 (3) + 新发现问题的整改 (4), bracketed fields.
G["p07"] = dict(issues=7, unanswered=[], must_flag=[
    F("no-deadline", 6, "The overdue lift garage: “尽快完成定期检验后恢复运营”, bracket without any 完成时限, item still 正在推进; every other item has a date."),
    F("no-mechanism", 3, "The holiday-bonus problem came back after the last round (问题反弹) and the feedback's 二是 demanded 长效机制，不能一退了之; the answer is a refund and one 批评教育 — no rule, while the other old problems each get one."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长雍绍川 heads the 领导小组 as 第一责任人, signs each plan, 4 meetings."),
    F("late-report", None, "Feedback 2025-06-05; report 2025-08-29: 85 days."),
    F("no-disclosure", None, "公司公示栏 and the 县国有资产服务中心网站, 监督电话."),
    F("inconsistent-claim", None, "18 + 3 = 21; the 3 in progress are new problems (一)(二)(三), each marked 正在推进; 40万 + 80万 = 120万."),
    F("no-mechanism", 1, "《员工公开招聘管理办法》."),
    F("no-mechanism", 2, "《党支部前置研究讨论重大经营管理事项清单》."),
    F("no-mechanism", 5, "《公司资金管理办法》 bans lending."),
    F("no-accountability", 1, "3 中层 批评教育, 1 moved off the personnel post."),
    F("no-accountability", 5, "总经理 诫勉谈话 by the 县国有资产服务中心, 财务部经理 批评教育."),
    F("no-accountability", 3, "财务部经理 批评教育 and the money returned (the gap there is the missing rule)."),
    F("no-accountability", 2, "The 总经理 who let the 240万 purchase bypass the 党支部 made a 书面检查 to it."),
    F("no-accountability", 6, "运营部经理 批评教育 (the gap there is the date)."),
    F("no-deadline", 4, "2025年9月30日."),
    F("no-deadline", 5, "2025年12月31日."),
    F("no-owner", 6, "副总经理龚远帆 (the gap there is the date)."),
], links=[
    L("7名收费员已全部解除劳务关系", 1), L("采购补充提交党支部会议前置研究", 2), L("由全体职工全部退回", 3), L("委托县审计事务所", 4),
    L("7月已收回40万元", 5), L("已于6月10日暂停对外运营", 6), L("补充了时限并已全部完成", 7)])

# p08 藟城县科技馆党支部: 反馈意见 whose problems are “该…的没有…” parallel clauses in two paragraphs (one such clause,
# 该签订的书面合同也没有签订, belongs to the shop problem), followed by 一要…四要 requirements that restate six of the
# seven problems. 7 problems. Report: organised by the four 整改要求 — so the one problem not restated (一岗双责) drops out.
G["p08"] = dict(issues=7, unanswered=[7], must_flag=[
    F("unanswered-issue", 7, "“该落实的‘一岗双责’没有落实” (no 廉政谈话 by team members, no oversight of their areas) has no answer: the report follows the four 整改要求, which do not restate it."),
    F("no-accountability", 4, "The shop run by the 馆长's relative at 40% below market without a contract: the report takes the shop back and re-tenders it, but says nothing of the 馆长, the relative or the rent shortfall — a benefit to a leader's family with nobody answering for it."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、馆长冼慕白 heads the 领导小组 as 第一责任人, 3 meetings, 2 reports to the 县科协党组."),
    F("late-report", None, "Feedback 2025-03-03 (deadline 2025-06-03); report 2025-05-30: 88 days, just inside."),
    F("no-disclosure", None, "“整改情况已在馆内公告栏和县科协网站公开”."),
    F("inconsistent-claim", None, "16 + 2 = 18 measures; the 2 pending are items 4 and 5, both marked 正在推进."),
    F("no-accountability", 2, "副馆长 诫勉谈话 by the 县科协党组."),
    F("no-accountability", 3, "出纳 and 会计 批评教育; 9.8万 paid in."),
    F("unanswered-issue", 6, "（四）6．answers the 组织生活."),
    F("no-mechanism", 1, "修订《党支部议事规则》《“三重一大”事项清单》."),
    F("no-mechanism", 2, "《政府采购和工程项目内部控制规程》."),
    F("no-deadline", 4, "2025年7月31日, 正在推进."),
    F("no-deadline", 5, "2025年12月31日."),
    F("no-owner", 4, "副馆长宁致远."),
], links=[
    L("形成会议纪要", 1), L("同类采购合并计算金额", 2), L("已于4月18日全部缴入县财政非税收入专户", 3),
    L("馆内一楼商铺已于4月30日收回", 4), L("将2024年未完成的22场与2025年的30场统筹安排", 5), L("不得以业务会代替", 6)])

# p09 蘩阳县文化和旅游局党组: 反馈意见 whose 二、对标对表发现的问题 are unnumbered rule-first paragraphs (“《…》规定/要求……。
# 局里……”): one rule paragraph is praise (安全生产), one paragraph holds the same failing in two places (局机关 + 服务中心).
# 7 problems. Report: an HTML public 整改进展情况的通报 with a stats line.
G["p09"] = dict(issues=7, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "The stats say “已完成整改6个，景区提质改造问题正在推进”, but （七） 换届 is also 正在推进 (planned for March) and （六） is marked 已完成 with 5 items still being traced: at least two open, not one."),
    F("no-mechanism", 3, "The slow deposit refunds get a one-off refund and an apology; no time limit or procedure, although 整改意见（四） asked to 明确办理时限 for enterprise services — and every other item names a rule."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长蓝砚舟 heads the 领导小组 as 第一责任人, 5 党组会议, 直接过问、现场督办."),
    F("late-report", None, "Feedback 2024-11-26; 通报 2025-02-20: 86 days."),
    F("no-disclosure", None, "A public 通报 with a 监督期, phone and address."),
    F("no-mechanism", 1, "《景区提质改造专项资金管理办法》."),
    F("no-mechanism", 2, "《文艺演出节目内容审核办法》."),
    F("no-mechanism", 4, "修订《公务接待管理办法》."),
    F("no-mechanism", 5, "《干部选拔任用工作全程纪实办法》."),
    F("no-mechanism", 6, "《非遗实物和展陈资产管理办法》."),
    F("no-accountability", 4, "1.1万 returned; two heads 批评教育."),
    F("no-accountability", 5, "书面检查 to the 县委组织部; the 党组成员 诫勉谈话."),
    F("no-accountability", 6, "The keeper, 县非遗保护中心主任, 批评教育."),
    F("no-deadline", 1, "2025年10月底前."),
    F("no-deadline", 7, "2025年3月."),
    F("unanswered-issue", 4, "One problem (局机关 and its 服务中心), answered once in （四）."),
], links=[
    L("已按工程进度拨付310万元", 1), L("制定《文艺演出节目内容审核办法》", 2), L("已全部办结退还", 3),
    L("费用1.1万元由相关经办人员退回", 4), L("局党组向县委组织部作出书面检查", 5), L("其中138件已登记入账并明确专人保管", 6),
    L("候选人预备人选已确定", 7)])

# p10 蔹城县食品药品检验检测中心党支部: 巡察组 函 whose problems run on in prose with 同时，/此外，/另外， turns — the first
# 同时， opens a new problem, the second continues it; a 移交 sentence is not a problem. 7 problems. Report: DOCX with bold
# 关于…的问题 headings and a bracket per item.
G["p10"] = dict(issues=7, unanswered=[], must_flag=[
    F("vague-measure", 7, "（七） is slogans only (切实提高思想认识…同谋划、同部署、同落实…提质增效): no 支委会 agenda change, no study plan, nothing on the 2 sessions."),
    F("no-disclosure", None, "The letter asked to publish the rectification inside the centre and on the 县市场监督管理局网站; the report never does (the 收费项目和标准…公示 in （四） is a fee notice)."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任符临渊 heads the 领导小组 as 第一责任人, 4 meetings, 2 site checks."),
    F("late-report", None, "Letter 2025-04-21; report 2025-07-15: 85 days."),
    F("inconsistent-claim", None, "19 + 3 = 22; the 3 continuing are (一)(三)(七), each marked 持续推进 or 长期坚持; 860 of 1600 = 53.8%; 4 rules named."),
    F("vague-measure", 1, "Opens with 切实提高政治站位 but then a written explanation, a monthly reconciliation, 860 batches."),
    F("no-accountability", 4, "6.7万 fully refunded; 业务科科长 批评教育."),
    F("no-accountability", 6, "危化品管理员 批评教育."),
    F("no-accountability", 5, "The bribery clue is with the 县纪委监委 and the deputy has been moved off purchasing."),
    F("no-mechanism", 2, "修订《检验报告管理程序》."),
    F("no-mechanism", 3, "《能力验证不满意结果纠正措施程序》."),
    F("no-mechanism", 5, "《试剂耗材采购管理办法》."),
    F("no-mechanism", 6, "修订《实验室危险化学品安全管理制度》."),
    F("no-deadline", 3, "2025年9月30日."),
    F("no-owner", 7, "党支部书记符临渊 (the gap there is the slogan answer)."),
], links=[
    L("建立抽检任务月度对账机制", 1), L("对37份超期报告逐份分析原因", 2), L("对2个“不满意”项目组织开展原因分析", 3),
    L("停止无依据收费项目11项", 4), L("确定3家试剂耗材供应商并签订框架协议", 5), L("剧毒试剂全部移入专用保险柜", 6),
    L("坚持党建与业务同谋划、同部署、同落实", 7)])

for name, g in G.items():
    out = {"mode": "pair", "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
