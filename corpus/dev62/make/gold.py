"""Write p01..p10/gold.json (dev-pairs gold format) for dev62. The gold is hand-judged; this file only keeps it in one
place. Modelled on dev44's make/gold.py. Debatable points ("may report") are not gold: they are in each pair's notes.md,
because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 藨源县市场监督管理局党组: 组长's 反馈会 speech walking the bureau's work blocks, each block mixing praise, the
# problem(s) and a requirement; 7 problems (同时 continues #2; 另外 opens #4). Report: by the bureau's own work lines,
# owners and time limits only in the line headings; lines (三) and (四) each answer two problems.
G["p01"] = dict(issues=7, unanswered=[], must_flag=[
    F("no-accountability", 7, "The speech names 11 meals taken by the staff of 2 所 at inspected firms; line (五) answers with a warning meeting, pledges and a 六不准 rule, but no one is dealt with and no meal is paid back, though the speech said 该问责的要问责."),
    F("no-disclosure", None, "Requirement 三要 asks for 向社会公开; the report never says the rectification was or will be published (the monthly 抽检结果 on the website is routine regulatory publication, not rectification disclosure)."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长隗承业 heads the 领导小组, is 第一责任人, 直接部署/过问/督办, 6 meetings, site visits to 4 所 and 2 维保 firms; he owns line (五) himself."),
    F("late-report", None, "Feedback 2025-03-18, report 2025-06-11: 85 days, inside three months."),
    F("inconsistent-claim", None, "6 done + 罚没物品 基本完成 (拍卖 in August) matches line (三); 5人次 = 1 批评 (二) + 2 诫勉 + 1 批评 (三) + 1 提醒 (四); 6 rules, each named."),
    F("no-owner", 1, "Owner 戚沐川 is given once, in the line heading (一)."),
    F("no-owner", 4, "Line (三)'s heading gives 甄叙白 for both problems it answers."),
    F("no-owner", 7, "Line (五) is led by the 党组书记 himself."),
    F("no-deadline", 4, "Line (三)'s heading: 2025-05-31, 罚没物品拍卖处置 2025-08-31."),
    F("no-deadline", 2, "2025-04-30 in the line heading."),
    F("no-accountability", 3, "2 降格 cases re-opened; 2 承办人 诫勉谈话."),
    F("no-accountability", 5, "Branch-building shortfall: nobody did wrong."),
    F("no-mechanism", 7, "《执法人员廉洁从业“六不准”》 (the gap there is accountability)."),
    F("no-mechanism", 3, "修订《行政处罚裁量基准》."),
    F("unanswered-issue", 4, "Answered as 二是 inside line (三), after the 裁量 answer."),
    F("unanswered-issue", 6, "Answered inside line (四) (书面说明, 提醒谈话, 《中层干部选拔任用工作流程》)."),
    F("vague-measure", 7, "Concrete acts (警示教育大会, 承诺书, a rule), only not accountability."),
], links=[
    L("对全县14个乡镇2024年以来的农村集体聚餐逐村摸排", 1), L("取消由维保单位代填检查记录的做法", 2),
    L("2起降格处理的案件已重新立案查处", 3), L("对3处存放点的罚没物品集中清点", 4), L("3个所单独组建党支部", 5),
    L("向县委组织部作出书面说明", 6), L("全体执法人员签订《廉洁执法承诺书》", 7)])

# p02 蓂江县律师行业党委: 反馈意见 in running prose with turns (从…看; 与此相关的是 = a second problem; 同时 continues #3;
# 此外 opens #5; 值得肯定的是…但 hides #6 after praise); the 专职力量 remark inside 整改意见 is not a problem.
# Report: merged heading (#1+#2), one answer for two problems (#4+#5), #6 never answered.
G["p02"] = dict(issues=7, unanswered=[6], must_flag=[
    F("unanswered-issue", 6, "Padded 公益服务 records (4 firms, one-third unproven, a 先进 title awarded on them) get no heading and no measure; 下一步's “继续组织律师参与公益法律服务” is a plan for more service, not an answer."),
    F("vague-measure", 7, "（四） is slogans only (深刻认识…进一步加强…切实增强…不断提升…): nothing on the 2 lawyers' posts, no reporting rule, no education done."),
], must_not_flag=[
    F("weak-leadership", None, "行业党委书记宓知远 heads the 领导小组 as 第一责任人, 5 meetings, visited all 17 firms, 当面督办."),
    F("late-report", None, "Feedback 2024-10-22, report 2025-01-16: 86 days."),
    F("no-disclosure", None, "Published on the 县司法局门户网站 and the 律师协会 公众号."),
    F("inconsistent-claim", None, "21 measures = 19 done + 2 named pending (3 章程, 2 投诉); 投诉 21 办结 = 14 earlier + 7 now, 2 pending of 23."),
    F("unanswered-issue", 2, "Answered inside the merged heading （一） (章程 revisions, 列席 rule)."),
    F("unanswered-issue", 5, "Answered inside the shared （三） (2.9万 退缴, 诫勉, 经费办法)."),
    F("repeated-measure", 4, "（三） is one answer for two problems, announced as such, with a separate specific part for each — not a pasted measure."),
    F("repeated-measure", 5, "Same shared answer; its 活动经费 part is specific to #5."),
    F("no-accountability", 5, "2.9万 退缴 by participants; the organiser 书面检查 + 诫勉谈话."),
    F("no-deadline", 2, "2025-03-31 for the last 3 章程."),
    F("no-deadline", 3, "2 remaining cases by 2025-03-31."),
    F("no-mechanism", 3, "修订《律师执业投诉受理办理规程》."),
    F("no-mechanism", 1, "《律师事务所党组织参与重大事项决策办法》."),
    F("no-owner", 3, "律师协会秘书长邝叙."),
], links=[
    L("2家单独组建党支部", 1), L("9家已完成章程修订并报县司法局备案", 2), L("对已办结的21件投诉全部补发书面答复", 3),
    L("7名党员已按标准本人补缴党费", 4), L("游览相关费用2.9万元已由参加人员个人退缴", 5), L("不断提升网络言论引导能力", 7)])

# p03 蘩阳县农业科学研究所党支部: 问题清单 函 (GB18030) 1．–5．; items 1, 3, 5 bundle two failings with 且/并/并且 (one
# problem each), items 2 and 4 add a second matter with 另外 (two problems each) → 7. Report: preamble + the 整改台账
# as tab-separated text, merged cells leaving continuation rows with empty 序号/问题 fields.
G["p03"] = dict(issues=7, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "“7个问题已全部整改完成” while row 1's second measure (成果转化) is “推进中” with a 完成时限 of 2025-10-31, after the report date."),
    F("no-owner", 7, "Row 7's 责任领导 (and 责任科室) is “各课题组” — nobody in particular; every other row names a leader."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、所长禤耕野 heads the 领导小组 as 第一责任人, 4 meetings, 3 site checks."),
    F("late-report", None, "Feedback 2025-05-09, report 2025-07-30: 82 days."),
    F("no-disclosure", None, "所务公开栏 and the 县农业农村局门户网站."),
    F("no-owner", 1, "禤耕野 / 秦望畦 on the two rows."),
    F("no-owner", 6, "禤耕野."),
    F("no-deadline", 7, "2025-06-30 (the gap there is the owner)."),
    F("no-deadline", 1, "Both rows dated (2025-06-30, 2025-10-31)."),
    F("no-accountability", 2, "4.2万 returned; 3 课题负责人 批评教育."),
    F("no-accountability", 3, "1.8万 paid in; 基地负责人 诫勉谈话."),
    F("no-accountability", 6, "Side jobs stopped, 书面检查, 2.3万 handed over."),
    F("no-mechanism", 7, "《试验试剂仓库安全管理制度》 (the gap there is the owner)."),
    F("no-mechanism", 5, "《专业技术岗位聘用工作规程》."),
    F("unanswered-issue", 3, "Row 3 (the 另外 half of item 2) has its own row and continuation row."),
    F("unanswered-issue", 6, "Row 6 (the 另外 half of item 4) has its own rows."),
], links=[
    L("项目申报、经费分配方案一律先经支委会研究", 1), L("4.2万元已由领取人员全部退回项目经费", 2), L("1.8万元租金已全部缴入单位账户", 3),
    L("相互提出批评意见37条", 4), L("对3名人员的聘用结果补充公示5个工作日", 5), L("2名人员已停止兼职并作出书面检查", 6),
    L("试剂仓库实行双人双锁", 7)])

# p04 虈台县精神卫生中心党支部: 反馈意见 with six 一、…六、 problem headings, each followed by “具体表现：①②③” (18
# sub-items, which are evidence, not problems). Report (UTF-16 LE): six paraphrased headings with a bracket, each
# answering ①②③ as （1）（2）（3）.
G["p04"] = dict(issues=6, unanswered=[], must_flag=[
    F("copied-measure", 2, "二、's three answers turn the three 具体表现 back into pledges (严格执行…杜绝未经研究购置设备 / 坚决杜绝以主任办公会代替… / 进一步规范…会议记录): no 补充研究 of the 86万 purchase, no minutes fixed, no rule."),
    F("no-mechanism", 5, "五、 fixes the three items (比价, 2.6万 returned, 盘点) but makes no rule, though 整改要求 三是 asks for 财务内部控制 rules and every other substantive heading names one."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任钭慕青 heads the 领导小组, 第一责任人, 7 meetings, 直接督办 收费 and 财务."),
    F("late-report", None, "Feedback 2024-12-03, report 2025-02-26: 85 days."),
    F("no-disclosure", None, "院务公开栏 and the 微信公众号 (the price display in （三）（3） is a false friend)."),
    F("inconsistent-claim", None, "17 of 18 sub-items done + 1 long-term (医师 gap) as the preamble says; 4.9万 = 3.7 + 1.2; 3 people (诫勉, 解除, 批评); 4 rules named."),
    F("copied-measure", 4, "Opens by restating the problems (针对约束措施使用不规范…) and then acts: 双签, a dismissal, 48-hour rule, a revised 规定."),
    F("no-accountability", 3, "Refunds; 收费科室负责人 诫勉谈话."),
    F("no-accountability", 4, "Carer dismissed; 护士长 批评教育."),
    F("no-accountability", 6, "Staffing and training shortfall: nobody did wrong."),
    F("no-deadline", 6, "长期推进 for recruitment, dated 2025-02-15 for the other parts."),
    F("no-deadline", 5, "2025-02-15."),
    F("no-owner", 5, "总会计师郜闻笛 (the gap there is the rule)."),
    F("no-owner", 2, "钭慕青."),
    F("no-mechanism", 1, "修订《严重精神障碍患者肇事肇祸事件报告制度》."),
    F("no-mechanism", 3, "《医疗服务收费内部监督管理办法》."),
    F("no-mechanism", 6, "《青年医师规范化培训考核办法》."),
], links=[
    L("规范管理率由86.2%提高到93.5%", 1), L("杜绝未经研究购置设备", 2), L("已向1860人次患者退还3.7万元", 3),
    L("已与其解除劳务合同", 4), L("被挤占的2.6万元专项经费已从中心自有资金中归还专项账户", 5), L("与市精神卫生中心签订对口帮扶协议", 6)])

# p05 蘼城县医药药材有限公司党支部: 联动巡察 反馈意见 with 一、共性问题 1．–3． (system-wide wording + “你公司…”) and
# 二、个性问题 1．–4． (restarting numbers) → 7. Report: one shared answer for the three 共性 problems (一是…三是),
# 个性 items 1．–4．, accountability only in a separate 四、追责问责情况.
G["p05"] = dict(issues=7, unanswered=[], must_flag=[
    F("no-accountability", 3, "14 招待 without 公函, 1.1万 over the standard, all approved by the 总经理: the shared answer only moves approval to the 董事长 and writes a rule; nothing recovered, nobody dealt with, and 四、追责问责情况 covers only #4 and #5, though 二要 named 违规审批业务招待."),
    F("repeated-measure", 6, "个性3 (支委 缺额) is answered only by a generic paragraph (坚持把巡察整改作为重要政治任务…以整改实效推动企业高质量发展) pasted again under 个性4."),
    F("repeated-measure", 7, "个性4 (3 fire hazards) repeats 个性3's paragraph word for word after a different first clause."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长訾伯衡 heads the 领导小组, 第一责任人, fortnightly meetings, 直接过问、直接督办."),
    F("late-report", None, "Feedback 2025-07-15, report 2025-10-09: 86 days."),
    F("no-disclosure", None, "公司公示栏 and the 县国有资产服务中心网站."),
    F("inconsistent-claim", None, "5 done (named) + 2 持续推进 (named) = 7; 5 rules named; 追责问责 2人 = the two listed."),
    F("repeated-measure", 1, "The 共性 answer is one announced block with a specific part per problem (清单 / 评估+公开招租 / 招待办法)."),
    F("repeated-measure", 2, "Same shared block; its 二是 is specific to the warehouses."),
    F("unanswered-issue", 1, "Answered as 一是 in the shared 共性 block."),
    F("unanswered-issue", 3, "Answered as 三是 in the shared block (the gap there is accountability)."),
    F("no-accountability", 4, "In the separate section: 党内警告 and removal of the 采购部经理."),
    F("no-accountability", 5, "In the separate section: 仓储部负责人 诫勉谈话 and compensation of 1.3万."),
    F("no-owner", 4, "副总经理麴广川."),
    F("no-deadline", 1, "2025-09-30 for the shared block."),
    F("no-mechanism", 3, "《业务招待管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 5, "修订《药品报损审批管理办法》."),
], links=[
    L("制定《公司党支部前置研究讨论重大经营管理事项清单》", 1), L("年租金由2.4万元提高到4.1万元", 2), L("实行“一事一单一审”", 3),
    L("2家由采购部经理亲属持股的企业已移出合格供应商名录", 4), L("给予其党内警告处分", 4),
    L("对2024年报损的38万元药品逐笔复核", 5), L("由其按规定赔偿", 5),
    L("针对支部建设弱化问题", 6), L("针对安全隐患整改不到位问题", 7)])

# p06 藟川县城市管理局党组: 巡察“回头看” 反馈意见: 一、 names 5 settled old problems (not problems); 二、 3 unsettled old
# problems （一）–（三）; 三、 4 new problems （一）–（四） (numbering restarts) → 7. Report (CRLF): 再整改 sections for old and
# new problems, owners and time limits only in a closing 四、责任分工 list.
G["p06"] = dict(issues=7, unanswered=[7], must_flag=[
    F("late-report", None, "Feedback 2024-08-20 with a three-month limit (2024-11-20); report dated 2024-12-06: 108 days."),
    F("unanswered-issue", 7, "环卫外包 考核款 12.6万 not deducted: named only in the totals line (正在推进) and in 责任分工 item 7 (owner and date) — no measure anywhere, no section."),
    F("no-deadline", 1, "责任分工 item 1 gives “结合市容环境整治分步实施” for 27 billboards of which 6 are still open — no date; every other item has one."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长宦景澄 heads the 领导小组, 第一责任人, drew up the plan, 5 meetings, site visits."),
    F("no-disclosure", None, "再整改情况已在局门户网站公开 (the 考勤 张榜公示 is a false friend)."),
    F("inconsistent-claim", None, "5 done + 2 named in progress = 7; 6人次 = 3 (车辆) + 2 (考勤) + 1 (渣土); 4 rules; 22.5万 = 0.3 + 0.9 + 21.3."),
    F("no-owner", 2, "Owner only in the closing 责任分工: 宦景澄."),
    F("no-owner", 4, "Owner only in the closing 责任分工: 逯成蹊."),
    F("no-owner", 5, "Owner only in the closing 责任分工: 眭和舟."),
    F("no-deadline", 6, "2024-10-31, 此后长期坚持."),
    F("no-deadline", 2, "2024-10-31."),
    F("no-accountability", 2, "临聘 driver dismissed, 在编 driver 诫勉, 车队队长 批评, 0.3万 repaid."),
    F("no-accountability", 3, "0.9万 recovered; 2 中队长 诫勉谈话."),
    F("no-accountability", 5, "站长 批评教育; money paid into the treasury."),
    F("no-mechanism", 1, "《户外广告设施设置批后监管办法》 (the gap there is the time limit)."),
    F("no-mechanism", 3, "修订《城管协管员考勤和补贴发放办法》."),
    F("unanswered-issue", 4, "Answered under 三、（一） — the same （一） label as old #1 under 二、."),
], links=[
    L("其中符合规划的12处已督促设置单位补办审批手续", 1), L("执法车辆钥匙统一放入智能钥匙柜", 2), L("全局协管员考勤改为人脸识别打卡", 3),
    L("其中问题仍然存在的43件已重新派遣处置", 4), L("过渡账户已撤销", 5), L("每次集中学习确定1名班子成员领学", 6)])

# p07 蕰溪县非物质文化遗产保护中心党支部: 纪委监委 website news item (HTML) with five problems in one “巡察也发现了一些
# 问题：…；…等问题” sentence and a sixth after 此外; 整改意见 一是…三是, the 巡察办 speech and the 表态 一是…三是 are not
# problems. Report (DOCX): by stage 立行立改 / 集中整改 / 建章立制 (rules by title only) / 追责问责; #2 answered in two
# places. GOOD REPORT.
G["p07"] = dict(issues=6, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任蒯望舒 heads the 领导小组, 第一责任人, 5 meetings, 亲自督办."),
    F("late-report", None, "Feedback 2025-04-01 (news of 04-03), report 2025-06-25: 85 days."),
    F("no-disclosure", None, "县文化广电和旅游局门户网站 and the 中心公开栏, with a 监督电话."),
    F("inconsistent-claim", None, "24 measures = 22 done + 2 named long-term; 5.24万 = 1.44 + 2.1 + 1.7; 3 people in 五、; 5 rules listed."),
    F("unanswered-issue", 2, "Answered twice: 立行立改 1． and 集中整改 （二）."),
    F("unanswered-issue", 6, "Answered only in 立行立改 2． (购物卡 退缴, 派车单)."),
    F("repeated-measure", 2, "The two answers to #2 are different acts (recovery vs a review mechanism), not a pasted measure."),
    F("no-mechanism", 2, "《代表性传承人补助资金发放管理办法》 — named only by title in 四、建章立制."),
    F("no-mechanism", 3, "《非遗展演活动经费管理办法》, title only."),
    F("no-mechanism", 5, "《展厅展陈内容审核制度》, title only."),
    F("no-mechanism", 6, "《公务用车使用管理办法》, title only."),
    F("no-accountability", 2, "财务室会计 诫勉谈话 (in 五、)."),
    F("no-accountability", 3, "项目负责人 党内警告 (in 五、)."),
    F("no-accountability", 6, "办公室主任 批评教育 (in 五、); 2.1万 退缴."),
    F("no-accountability", 1, "A planning gap: nobody did wrong."),
    F("no-deadline", 1, "2025-06-10; yearly implementation 长期坚持."),
    F("no-deadline", 4, "2025-05-31, 积分管理 长期坚持."),
    F("no-owner", 5, "副主任鞠映雪."),
    F("no-owner", 6, "蒯望舒."),
], links=[
    L("委托县内高校专家团队编制", 1), L("两年间多发的补助资金1.44万元已全部追回", 2), L("建立代表性传承人年度履职评估和动态退出机制", 2),
    L("《代表性传承人补助资金发放管理办法》", 2), L("查实以劳务费名义虚列的支出1.7万元", 3), L("推行党员积分管理", 4),
    L("下架表述不准确的展板2块", 5), L("自4月起实行派车单制度", 6)])

# p08 菵山县法学会党组: DOCX 反馈意见 whose problems are evidence-first paragraphs ending “这反映出…”, under bold area
# headings; 总体评价 praise and 整改意见 一是…四是 are not problems → 6. Report (GB18030): the 党组书记's first-person
# 主要负责人 report organised by 直接部署 / 直接过问 / 直接督办 / 带头建章立制.
G["p08"] = dict(issues=6, unanswered=[], must_flag=[
    F("vague-measure", 3, "会员 register (43 dead or gone, 11 forms without a unit's opinion) is answered only by 强调…要求秘书处高度重视，进一步加强会员管理，切实夯实基础工作: no clean-up, no check, no rule."),
    F("no-mechanism", 2, "课题: re-examined, 3.2万 recovered, tainted reviews voided, but no rule on 立项/评审回避/经费拨付, though 整改意见 三是 named 课题管理 and every other substantive problem got a named rule."),
], must_not_flag=[
    F("weak-leadership", None, "The 党组书记 writes in the first person as 组长 and 第一责任人, chairs fortnightly meetings, leads 换届 himself, 约谈 and 督办."),
    F("late-report", None, "Feedback 2025-01-14, report 2025-04-08: 84 days."),
    F("no-disclosure", None, "县委政法委门户网站法学会专栏."),
    F("inconsistent-claim", None, "No totals that clash; 5 rules listed = 5 named."),
    F("vague-measure", 4, "Opens with 根子在思想上 but then acts: rewritten 对照检查材料, a 专题民主生活会 with 23 criticisms and a 整改清单, a rule."),
    F("no-accountability", 5, "1.14万 退缴; 秘书长 诫勉谈话."),
    F("no-accountability", 4, "A quality-of-meetings problem: nobody did wrong."),
    F("no-owner", 1, "“由我亲自牵头”."),
    F("no-mechanism", 5, "《会议和论坛活动经费管理办法》."),
    F("no-mechanism", 6, "《微信公众号信息发布三审三校制度》."),
    F("no-mechanism", 4, "《民主生活会会前征求意见和会后整改制度》."),
    F("unanswered-issue", 6, "Answered in 三、 (articles removed, 批评教育, 逐篇审核)."),
], links=[
    L("选举产生了第四届理事会", 1), L("已追回课题经费3.2万元", 2), L("进一步加强会员管理", 3),
    L("班子成员相互提出批评意见23条", 4), L("已由参会人员和承办人员全部退缴", 5), L("立即删除未经审核的转载文章", 6)])

# p09 蘅阴县惠农小额贷款有限公司党支部: 反馈会 会议纪要: the 组长's 一是…五是 (5 problems), then the 巡察办 speaker's
# 第一 (restates #3) and 第二 (a NEW problem: 客户经理 borrowing from borrowers), then the 书记's 表态 一是…三是 (not
# problems) → 6. Report: public HTML 整改进展情况的通报 with 信息公开 header, totals line, （一）在“…”方面 →
# N．关于“…”问题的整改 → 整改情况：.
G["p09"] = dict(issues=6, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "“6个问题已全部完成整改，整改完成率100%” while item 2 says 11 non-performing loans are still being recovered through the courts, to be finished by 2025-12-31."),
    F("copied-measure", 5, "Item 5's whole 整改情况 turns the problem (无公函、无接待清单, 高档酒店宴请客户) into a pledge (严格执行…坚决杜绝…切实做到…规范有序): nothing done about the 9 meals."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长鲜于时雨 heads the 领导小组, 第一责任人, 6 meetings, 直接督办."),
    F("late-report", None, "Feedback 2025-02-27, 通报 2025-05-22: 84 days."),
    F("no-disclosure", None, "A public 通报 (主动公开) with phone, address and a comment period."),
    F("copied-measure", 3, "Opens by restating the problem (针对以咨询服务费名义…的问题) then acts: 26.4万 refunded to 42 borrowers, 诫勉, a 收费 rule."),
    F("no-accountability", 3, "信贷部经理 诫勉谈话."),
    F("no-accountability", 6, "党内警告 for the member, 批评教育 for the other, both moved off lending."),
    F("no-accountability", 4, "2 党员 批评教育."),
    F("no-mechanism", 1, "《公司党支部前置研究重大事项清单》."),
    F("no-mechanism", 3, "《贷款业务收费管理规定》."),
    F("no-mechanism", 6, "《员工廉洁从业“十不准”》."),
    F("no-deadline", 2, "2025-12-31 is given (the gap there is the all-done claim)."),
    F("unanswered-issue", 6, "The problem raised only in the 巡察办 speech is answered as item 6."),
], links=[
    L("由党支部逐笔补充研究", 1), L("关联企业贷款余额已压降至监管比例以内", 2), L("向42户借款人退还费用26.4万元", 3),
    L("主题党日与业务培训分开安排", 4), L("坚决杜绝无公函、无接待清单的业务招待", 5), L("借款已全部归还借款人", 6)])

# p10 薁川县委讲师团党支部: 反馈意见 whose problems are “重…轻…/…多…少” contrast labels with evidence under three area
# headings; the praise “有新意、接地气” and the 整改意见's “讲了没有”→“讲得好不好” are not problems → 6. Report: by
# RESULTS (变化一…六), each with “（对应反馈问题：…）” and a trailing （责任人；完成时间；状态） line.
G["p10"] = dict(issues=6, unanswered=[], must_flag=[
    F("weak-leadership", None, "No 领导小组, no 第一责任人, the 支部书记 never appears: “支部委员会召开会议进行了研究，由办公室牵头拟定整改清单…办公室每月汇总一次进度”, though 整改意见 一要 asked the secretary to 亲自部署."),
    F("no-disclosure", None, "整改意见 四要 asks to publish; the report never does (公开招募 宣讲员 and the 党员积分 通报 are false friends)."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-08-26, report 2025-11-20: 86 days."),
    F("inconsistent-claim", None, "All 6 marked 已完成 with completion dates up to 2025-11-15, before the report; figures (3.8万, 0.27万 + 0.16万, 18 new speakers) match."),
    F("no-owner", 1, "责任人：宣讲科科长栾知秋."),
    F("no-owner", 5, "责任人：办公室主任糜晓川."),
    F("no-deadline", 2, "2025-11-15."),
    F("no-deadline", 4, "2025-10-15."),
    F("no-accountability", 5, "3.8万 退缴; 财务人员 批评教育."),
    F("no-accountability", 6, "Meal money paid; 2 staff 批评教育."),
    F("no-accountability", 2, "An ageing speaker pool: nobody did wrong."),
    F("no-mechanism", 1, "《理论宣讲效果评估办法》."),
    F("no-mechanism", 5, "修订《宣讲劳务费发放管理办法》."),
    F("no-mechanism", 6, "《下乡宣讲工作纪律》."),
    F("unanswered-issue", 3, "Answered as 变化三 under its own results heading."),
    F("vague-measure", 3, "Concrete: monthly 支委会 (3 held), 22 谈心谈话, quarterly 积分."),
], links=[
    L("9月以来的37场宣讲全部使用自编宣讲稿", 1), L("新吸收村干部、致富带头人、企业技术骨干等一线宣讲员18名", 2), L("9月以来每月召开支委会", 3),
    L("2名党员的组织关系已按本人意愿转入居住地社区党组织", 4), L("讲师团在编人员领取的3.8万元宣讲劳务费已全部退缴", 5),
    L("伙食费0.27万元已由相关人员全部补交", 6)])

for name, g in G.items():
    out = {"mode": "pair", "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
