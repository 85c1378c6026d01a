"""Write p01..p10/gold.json (dev-pairs gold format) for dev78. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev44/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蕤陂县蜂业发展服务中心党支部: formal 反馈意见; three SUMMARY area headings （一）（二）（三） each followed by
# 主要表现在：/具体表现为： and restarting 1．2．(3．) items = 2 + 3 + 2 = 7 problems; the summary headings are not
# problems, 二(2) is one problem told by 如…；又如…；个别…; the 移交 sentence and 三、整改意见 are not problems.
# Report: 关于“…”的问题 with 整改措施/责任领导/责任科室/整改时限/整改成效 lines. GOOD REPORT.
G["p01"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任庹穗禾 heads the 领导小组, is 第一责任人, chaired the plan, 4 推进会, 3 site visits, 当面约谈 two section heads."),
    F("late-report", None, "Feedback 2025-03-18, report 2025-06-06: 80 days, inside three months."),
    F("no-disclosure", None, "The report goes on the 中心公开栏 and the 县农业农村局门户网站 with a 监督电话."),
    F("inconsistent-claim", None, "6 done + 1 named ongoing (#1 隔离带) = 7; 7.56万 = 1.86 + 4.8 + 0.9; 警告1 (#5), 诫勉1 (#4), 批评2 (#5, #6); 4 new + 2 revised rules, each named in its item."),
    F("unanswered-issue", 4, "One problem with three examples (停养户, 重复申报, 代签); the answer covers all three."),
    F("copied-measure", 2, "Uses the feedback's word 通报 but states acts: 39 batches re-tested, a 通报制度, 3 notices sent."),
    F("no-accountability", 1, "A task running late (扩繁, 隔离带): no wrongdoing to punish."),
    F("no-accountability", 4, "审核人员 诫勉谈话; the 代签 village cadre handed to the 镇纪委; repeated in the closing 追责问责 paragraph."),
    F("no-accountability", 5, "时任中心主任 党内警告, 财务人员 批评教育, 4.8万 returned."),
    F("no-deadline", 1, "Two dates (5月底, 2025-09-30) for the two parts; the open part is dated."),
    F("no-mechanism", 4, "《蜂机具购置补贴审核发放办法》."),
    F("no-mechanism", 7, "《借调人员管理办法》."),
    F("no-owner", 3, "党支部书记庹穗禾 is 责任领导."),
], links=[
    L("与12个中蜂养殖合作社签订扩繁协议", 1), L("委托县农产品质量安全检测站对39批次样品进行补检", 2),
    L("把党风廉政建设列为支委会议季度固定议题", 3), L("追回3户停养蜂农和1户重复申报蜂农的补贴共1.86万元", 4),
    L("违规发放的“技术服务费”4.8万元已由16名在编人员全部退回", 5), L("制定年度党课计划，党支部书记带头每季度讲1次党课", 6),
    L("对3名借调干部逐人核实", 7)])

# p02 薿川县竹产业发展中心党总支: 组长's 反馈会 speech. Two PRAISE paragraphs each turn on 不过/但 into a problem (#1
# 验收, #2 中心组学习), then “四个方面突出问题” 第一个方面…第四个方面 (#3–#6; #3 told by 比如…；又如…；个别…). 究其原因
# and 一要…三要 are not problems. 6 problems, although the speech says “四个方面”.
# Report (GB18030): the secretary's first-person 主要负责人 report in another order (3, 4, 1 | 2, 5, 6), late.
G["p02"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-accountability", 3, "26万 paid to a cooperative with no project and a reviewer who signed without a site visit: the money is recovered and a new 办法 made, but nobody is dealt with; the 追责问责 section names people only for 验收 (#1) and 宴请 (#4), though the speech said 该追的责要追."),
    F("late-report", None, "Feedback 2024-10-15, report 2025-02-10: 118 days, beyond the three months the speech sets."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary leads the 领导小组 as 第一责任人, chaired 6 meetings, 5 site checks, personally leads #3 and #4, hears progress every half month."),
    F("no-disclosure", None, "整改情况已在中心公开栏和县林业局门户网站公开."),
    F("inconsistent-claim", None, "5 done + 1 named ongoing (#1 补改, 2 of 7 plots left); 30.52万 = 26 + 3.4 + 1.12; 诫勉1 + 批评2 match section 四; 5 rules named."),
    F("no-accountability", 4, "Closing 追责问责 paragraph: 办公室负责人 诫勉谈话, the secretary's own 检查 (look-alike placed after the items)."),
    F("no-accountability", 1, "Closing paragraph: 2 验收组 members 批评教育 and 书面检查."),
    F("no-accountability", 2, "A study plan not kept: nothing to punish."),
    F("no-mechanism", 3, "《竹产业扶持资金申报审核拨付办法》 (the gap there is accountability)."),
    F("unanswered-issue", 1, "Answered third, under 二（三） 低产林改造项目验收把关不严."),
    F("unanswered-issue", 5, "Answered under 三（二） 干部考核走过场."),
    F("no-owner", 2, "副书记昝若舟牵头."),
], links=[
    L("对2022年以来验收的58个低产林改造地块逐块复核", 1), L("制定2025年中心组学习计划", 2),
    L("对2021年以来拨付的143笔扶持资金逐笔复查", 3), L("两届竹笋节超标准接待费用和竹雕工艺品费用共1.12万元", 4),
    L("修订《中层干部年度考核办法》", 5), L("对2019年以来发展的9名党员的档案逐本检查", 6)])

# p03 中共藟城县委全面深化改革委员会办公室党支部: DOCX 函 with an appended 问题清单 Word table: group rows
# (一、…方面) spanning all columns, sub-items 1.1 … 3.2 = 7 problems, a 合计 row; 1.2 is one problem told by
# 如…；又如…；个别…. The 函's 要求 一、…四、 are not problems. Report: short report + 整改台账 as ｜-separated text rows
# numbered 1.1 … 3.2, with a 问责情况 column.
G["p03"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-owner", 5, "Row 2.3 (保密管理): 责任领导 is “—” and 责任人 is “各科室” — nobody in particular; every other row names a leader and a person."),
    F("no-deadline", 6, "Row 3.1 (党员教育): 整改时限 “视县委党校培训安排另行确定” while 完成情况 is 正在推进 — an open item without a date."),
], must_not_flag=[
    F("no-accountability", 4, "Row 2.2's 问责情况 column: 原分管副主任 诫勉谈话, 报账员 批评教育; 1.3万 returned (the accountability sits in a ledger column, not in the measure text)."),
    F("no-accountability", 2, "Row 1.2: the 督察组组长 who let the inspected unit write the record got a 提醒谈话."),
    F("no-owner", 4, "党支部书记宓承远 / 办公室主任鞠晚晴."),
    F("no-owner", 6, "副主任扈清和 / 组织委员嵇远帆 (the gap there is the date)."),
    F("no-deadline", 5, "2025年5月31日 (the gap there is the owner)."),
    F("no-deadline", 1, "2025年6月30日, 已完成."),
    F("no-mechanism", 2, "修订《改革督察工作办法》."),
    F("no-mechanism", 7, "《“藟城改革”公众号信息发布三审三校制度》."),
    F("weak-leadership", None, "党支部书记宓承远 heads the 领导小组 as 第一责任人, 5 调度会, two 当面督办."),
    F("late-report", None, "Feedback 2025-04-22, report 2025-07-10: 79 days."),
    F("no-disclosure", None, "Report and ledger go on the 县直机关内部公开栏 — the 函 asked for disclosure 在一定范围内."),
    F("inconsistent-claim", None, "6 done + 1 ongoing matches the 完成情况 column; 诫勉1 + 批评2 + 提醒1 and 2 new + 2 revised rules match the rows."),
], links=[
    L("删除3项已被上级取消的任务", 1), L("对遗漏的集体经营性建设用地入市任务开展补充督察", 2),
    L("支部书记与3名支委、4名科室负责人逐一开展廉政谈话", 3), L("与改革工作无关的出行费用1.3万元已由4名报销人员全部退回", 4),
    L("清理各科室工作微信群，内部文件一律通过机要渠道传递", 5), L("制定主题党日年度计划，每月开展一次并留存影像资料", 6),
    L("出现错误表述的稿件已删除", 7)])

# p04 蒛阳县渔港监督管理站党支部: HTML 纪委 news page; after 巡察组指出 one paragraph holds praise, then
# “主要是：A，B，C；D，E，F；G等问题” (7 failings joined by ， and ；, no figures; F has an inner 和), then a 此外 sentence
# with an 8th problem (上轮巡察整改不彻底); the 线索 sentence, 薄映川's 要求 and the 表态 一是…三是 are not problems.
# Report: a public HTML 整改进展情况的通报 that counts 7 problems, merges #2 and #3 in one item and never answers #8.
G["p04"] = dict(mode="pair", issues=8, unanswered=[8], must_flag=[
    F("unanswered-issue", 8, "The 此外 problem (2021年巡察反馈问题整改不彻底、个别问题反弹) has no item: the 通报 counts “3个方面7个问题” and stops at 6．党员教育."),
    F("inconsistent-claim", None, "“7个问题已全部完成整改，整改完成率100%” while item 1 says the 执法船 is 正在进行政府采购，预计9月底到位 and item 4 says 剩余2.1万元正在向施工单位追缴."),
], must_not_flag=[
    F("repeated-measure", 2, "One merged item for #2 and #3 that says so (“一并研究、分别落实”) and gives each its own acts: one answer for two problems, not a pasted measure."),
    F("repeated-measure", 3, "Same merged item; 意识形态 has its own 责任清单 and 专题会议."),
    F("no-disclosure", None, "A public 通报 (主动公开) with a comment deadline, phone, address and e-mail."),
    F("weak-leadership", None, "党支部书记、站长蔺海平 heads the 领导小组 as 第一责任人, 3 支委会议 + 4 推进会, site checks at two ports."),
    F("late-report", None, "Feedback 2025-05-08, 通报 2025-07-30: 83 days."),
    F("no-accountability", 4, "时任办公室主任 诫勉谈话; the meal costs borne by the people responsible."),
    F("no-accountability", 6, "2 window staff 批评教育 and moved."),
    F("no-mechanism", 5, "《渔港设施维护资金管理办法》."),
    F("no-mechanism", 1, "修订《渔港安全生产检查制度》."),
], links=[
    L("重新制定休渔期渔港巡查方案", 1), L("列出“三重一大”事项清单18项", 2), L("制定《意识形态工作责任清单》", 3),
    L("给予时任办公室主任诫勉谈话", 4), L("目前已追回1.5万元", 5), L("船员证书办理实行一次告知、一窗受理、限时办结", 6),
    L("对全站14名党员开展一次党性分析", 7)])

# p05 葎河县公路养护有限公司党支部 (state firm): 反馈意见 with four unnumbered area paragraphs （一）…（四）在…方面:
# （一） holds two failings of different kinds (前置研究 / 违规转包); （二） one problem told by 如…；又如…；个别…;
# （三） ONE sentence running three failings joined by ， with no figures (安全生产责任制 / 劳动合同社保 / 技术档案);
# （四） two failings (三会一课 / 中层干部选任) = 2 + 1 + 3 + 2 = 8. 二、整改意见 一是…四是 are not problems.
# Report (UTF-16 LE BOM): BY NUMBER “第N个问题” in the feedback's order (the feedback itself has no numbers);
# 第7个和第8个 merged; 第4个 and 第6个 get the same boilerplate paragraph.
G["p05"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[
    F("repeated-measure", 4, "第4个问题 (安全生产责任制) gets only a boilerplate paragraph (组织全体干部职工认真学习…举一反三、查漏补缺…确保整改取得实效) that is pasted word for word under 第6个问题."),
    F("repeated-measure", 6, "第6个问题 (技术档案) repeats 第4个's paragraph after a different first clause; no archive was sorted or rule made."),
    F("no-accountability", 2, "Whole 乡道 maintenance turned over to unqualified individual crews while the firm took a fee: contracts ended, a 办法 made, but nobody is dealt with, though 整改意见 二是 asked to 查清事实、厘清责任，依规依纪依法处理 for 违规转包."),
], must_not_flag=[
    F("repeated-measure", 7, "One merged answer for 第7个和第8个 that says so; its parts are specific to each (党员大会/党课; 选任办法, 补充民主推荐和考察)."),
    F("repeated-measure", 8, "Same merged answer."),
    F("weak-leadership", None, "党支部书记、执行董事麻晟 heads the 领导小组 as 第一责任人, 4 meetings, site checks, 亲自督办 two tasks."),
    F("late-report", None, "Feedback 2025-01-14, report 2025-04-03: 79 days."),
    F("no-disclosure", None, "公司公示栏 and 县交通投资集团门户网站."),
    F("inconsistent-claim", None, "7 done + 1 named ongoing (#5 社保补缴); 诫勉1 + 批评1 and 5 rules all named in the items."),
    F("no-accountability", 3, "物资部经理 诫勉谈话, 经办人员 批评教育."),
    F("no-mechanism", 2, "《养护工程分包管理办法》 (the gap there is accountability)."),
    F("no-owner", 4, "副经理仇辰锋 is named (the gap there is the pasted paragraph)."),
    F("no-deadline", 5, "2025年5月31日，正在推进."),
], links=[
    L("把养护机械购置、薪酬调整、对外合作等11类事项列入前置研究范围", 1), L("终止与2个个人施工队签订的分包协议", 2),
    L("2025年度沥青供应商已通过招标确定为2家", 3), L("针对安全生产责任制没有落实到养护班组的问题", 4),
    L("与37名未签订或合同到期未续签的职工补签劳动合同", 5), L("针对养护工程技术档案管理缺失的问题", 6),
    L("每季度召开党员大会，党课由党支部书记和支委轮流讲授", 7), L("对2023年提拔的2名中层干部按程序补充进行民主推荐和考察", 8)])

# p06 蓰原县光伏电站运维有限公司党支部 (state firm): 反馈意见 （一）–（六） heading。detail; （二） one problem told by
# 如…；又如…；个别…; （三） adds a second failing of another kind after 此外 (意识形态) = 6 + 1 = 7. 二、整改建议 一是…四是
# restate problems and are not new. Report: by the firm's three WORK LINES (生产运维 / 经营管理 / 党建综合), problems
# reworded and reordered, #1 SPLIT over two headings (拨付 under 生产运维, 备案 under 党建综合).
G["p06"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-mechanism", 6, "The feedback says 一直没有建立备品备件出入库管理制度; the answer is a one-off 盘点, 补办手续, 核销, labels and a keeper — no 出入库 rule, while #2, #3 and #4 each got one."),
    F("no-disclosure", None, "整改建议 四是 asks to publish the rectification 在一定范围内; the report never does (the 村务公开栏 in 四（三） shows villagers the 收益分配明细, not the rectification)."),
], must_not_flag=[
    F("unanswered-issue", 1, "Split answer: 二（三） pays the overdue 收益 (186.4万 to 31 villages) and 四（三） files the 明细 with the townships."),
    F("weak-leadership", None, "党支部书记、董事长宓景和 heads the 领导小组 as 第一责任人, 3 meetings, 2 site checks, each line has a named leader."),
    F("late-report", None, "Feedback 2025-02-26, report 2025-05-16: 79 days."),
    F("inconsistent-claim", None, "6 done + the named ongoing 北山 cleaning; 2.6万; 诫勉1 + 批评2; 3 rules, each named."),
    F("no-accountability", 5, "时任综合部经理 诫勉谈话, 经办人员 批评教育, 2.6万 returned."),
    F("no-mechanism", 3, "修订《“三重一大”决策实施办法》."),
    F("no-mechanism", 2, "《村级光伏电站运维巡检规程》 and the 48小时修复 mechanism."),
    F("no-owner", 6, "生产运维线 is led by 副总经理岑望川 (the gap there is the missing rule)."),
], links=[
    L("涉及31个村的收益共计186.4万元已全部拨付到村", 1), L("收益分配明细按季度报送所在乡镇备案", 1),
    L("建立电站故障“48小时修复”机制", 2), L("修订《“三重一大”决策实施办法》", 3),
    L("制定《公司微信公众号信息发布审核办法》", 4), L("2.6万元购物卡费用已由领取人员全部退还", 5),
    L("组织财务、运维人员对仓库备品备件进行全面盘点", 6), L("党支部委员已与3名递交入党申请书的一线运维人员逐一谈话", 7)])

# p07 蔾江县马铃薯产业发展中心党支部: text 问题清单 with category lines 1．2．3．…方面 and sub-items 1.1 … 3.2 = 7
# problems; 1.2's （1）（2） are evidence of ONE problem; every item's 整改要求： line and the 说明 are not problems.
# Report (UTF-8 CRLF): restates each item “1.1 关于“…”的问题” + 整改情况/责任领导/完成时限.
G["p07"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("copied-measure", 3, "2.1's 整改情况 is the feedback turned into a promise (解决研究党风廉政建设不经常、廉政风险排查不深入的问题，在项目审核、物资分配等关键岗位制定防控措施): no meeting held, no 风险点 listed, nothing done."),
    F("vague-measure", 7, "3.2 (考勤, games in work time) is slogans only: 进一步加强…严明工作纪律…切实转变工作作风, 完成时限 长期坚持; no 考勤 rule, no check, no one spoken to."),
], must_not_flag=[
    F("copied-measure", 1, "Opens by restating the problem (针对脱毒种薯繁育体系建设滞后的问题) and then acts: 补充协议, 网棚 85%, 组培室 installed, 1.2万株."),
    F("vague-measure", 4, "Slogan opener (深刻汲取教训，进一步强化纪律意识) followed by 1.7万 returned, a 诫勉谈话 and a revised 接待办法."),
    F("no-accountability", 4, "负责活动组织的副主任 诫勉谈话."),
    F("no-accountability", 5, "经办人员 批评教育, 0.96万 recovered."),
    F("no-mechanism", 2, "修订《产业项目申报审核办法》."),
    F("no-deadline", 1, "2025年9月30日 for the open item."),
    F("no-owner", 7, "副主任石蕴和 is named (the gap there is the slogan)."),
    F("weak-leadership", None, "党支部书记、主任贲锦年 heads the 领导小组 as 第一责任人, 4 支委会议 + 3 推进会, 2 site visits."),
    F("no-disclosure", None, "中心公开栏 and 县农业农村局门户网站."),
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-08: 80 days."),
    F("inconsistent-claim", None, "6 done + 1.1 ongoing (dated 9月30日); 0.96万; 诫勉1 + 批评2; 4 rules named."),
], links=[
    L("网棚已建成设计规模的85%", 1), L("对2022年以来的27个产业项目逐一复核", 2),
    L("在项目审核、物资分配等关键岗位制定防控措施", 3), L("1.7万元已全部退还承办企业", 4),
    L("4户不符合条件农户领取的补贴0.96万元已全部追回", 5), L("补齐支委会议记录管理台账", 6),
    L("中心将进一步加强干部职工作风建设", 7)])

# p08 薁台县口岸服务中心党组: 反馈意见 whose 总体评价 has two PRAISE paragraphs each turning on 但 into a problem (#1
# 一站式查验场所, #2 轮岗), then 二、主要问题 1．–5． (#3–#7; #4 told by 如…；又如…；个别…). 三、意见建议 restate.
# 7 problems. Report: DOCX with a Word-table 整改台账 of six rows with a 追责问责情况 column; the 轮岗 problem is left out.
G["p08"] = dict(mode="pair", issues=7, unanswered=[2], must_flag=[
    F("unanswered-issue", 2, "The 但-clause in the second praise paragraph (4 cadres over 8 years on 查验/收费 posts, no 轮岗) is not in the ledger: the unit counted “6个问题” and no row or sentence answers it, though 意见建议（二） names 重点岗位轮岗不到位."),
    F("no-accountability", 4, "Overcharged parking fees and cash taken without receipts, with takings not matching the books: 12.8万 refunded and a rule revised, but the 追责问责情况 column says “无”, though 意见建议（二） asks to deal with those responsible for 场站收费."),
    F("no-deadline", 1, "Row 1's 整改时限 is “视项目竣工验收进度确定” and its 进展 正在推进: the one open item has no date."),
], must_not_flag=[
    F("no-accountability", 5, "Row 4's 追责问责情况 column: 办公室主任 诫勉谈话, 经办人员 批评教育 (look-alike in a ledger column)."),
    F("no-accountability", 6, "Row 5: 采购经办人员 批评教育."),
    F("no-owner", 1, "副主任宫照临 / 基建科 (the gap there is the date)."),
    F("no-mechanism", 4, "修订《货运场站收费管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 6, "《中心政府采购内控管理办法》."),
    F("weak-leadership", None, "党组书记、主任逄叙白 heads the 领导小组 as 第一责任人 (亲自部署、亲自过问、亲自督办), 4 meetings, 3 site checks."),
    F("late-report", None, "Feedback 2025-06-10, report 2025-08-29: 80 days."),
    F("no-disclosure", None, "中心门户网站 and 联检大楼公开栏, 监督电话."),
], links=[
    L("督促施工单位完成查验平台和监控系统剩余工程", 1), L("已撤下未经审核的商业广告", 3),
    L("对2024年以来多收的停车费12.8万元逐户退还", 4), L("3次无公函接待的费用由相关人员个人承担", 5),
    L("拆分采购的4个项目报县财政局备案说明", 6), L("少交的党费2.36万元已全部补交", 7)])

# p09 萯山县石窟研究院党总支: 反馈意见 whose 二、主要问题 opens with a SUMMARY sentence listing six failings joined by
# 、（“存在A、B、C、D、E、F等问题”）, then 具体表现为： （一）–（六） restating the same six as headings with detail: 6
# problems, not 12; （五） told by 如…；又如…；个别…; 三、整改要求 1．–4． restate. Report (GB18030): 一、关于“…”的问题 +
# 一是… + bracket (责任领导/责任部门/完成时限), organised by 院务会议 and 办公室.
G["p09"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("vague-measure", 1, "一、 (学习不深入) is slogans only: 进一步提高政治站位，深入学习…切实增强…推动学习成果不断转化: no study plan, no count, no 落实措施 (the feedback's point), 完成时限 长期坚持."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人, the 党总支书记 never appears: “召开院务会议进行了研究部署，明确由办公室牵头汇总，各部门…分头落实”, though 整改要求 1 asked for both."),
], must_not_flag=[
    F("vague-measure", 2, "Opens with 高度重视 but then: 施工招标 4月28日, 进场 5月10日, 第7窟 加固 done, 4 monitors repaired, a 维保协议."),
    F("no-accountability", 5, "经营开发部主任 诫勉谈话, the moonlighting employee 批评教育, 18.6万 recovered."),
    F("no-accountability", 4, "报账员 批评教育, 0.42万 returned."),
    F("no-mechanism", 3, "修订《院党总支会议议事规则》《“三重一大”事项决策实施细则》."),
    F("no-mechanism", 5, "《文创产品授权使用管理办法》."),
    F("no-deadline", 2, "2025年11月30日 for the open works."),
    F("no-owner", 1, "党总支副书记闻人若溪 (the gap there is the slogan)."),
    F("no-disclosure", None, "研究院门户网站 and 院内公开栏."),
    F("late-report", None, "Feedback 2025-03-04, report 2025-05-23: 80 days."),
    F("inconsistent-claim", None, "4 done + 2 ongoing (#1 长期坚持, #2 works to November); 18.6万; 诫勉1 + 批评2; 4 rules."),
], links=[
    L("院党总支进一步提高政治站位，深入学习贯彻习近平总书记关于文物工作的重要论述", 1),
    L("千佛洞崖体渗水治理工程已完成施工图设计审查", 2), L("修订《院党总支会议议事规则》", 3),
    L("重新印发公务卡强制结算目录", 4), L("两年未收取的分成款18.6万元已全部追回", 5), L("已督促2个到期支部完成换届选举", 6)])

# p10 荮溪县矿业开发有限公司党委 (state firm): 县国资委 website news; after 巡察组指出 one sentence lists seven failings
# joined by 、（“存在A、B、…、G等问题”）; the 巡察组特别指出 paragraph elaborates #3 with 如…；又如… (not new); the 线索
# sentence, 濮阳霁's 要求 and the 表态 一是…三是 are not problems. 7 problems. Report: （一）关于“…”的问题 + 一是… +
# bracket, #2 and #7 MERGED in one heading, a closing 追责问责 section, late.
G["p10"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2025-03-19, report 2025-07-08: 111 days, beyond the three months the news item states."),
    F("no-accountability", 5, "6.3万 of over-standard 福利 paid to managers as “安全生产奖”: the money is returned and the 薪酬福利办法 revised, but nobody who decided it is dealt with; the 追责问责 section covers #3 and #4 only, though 濮阳霁 said 对违规违纪问题要严肃追责问责."),
    F("copied-measure", 6, "（六） copies the feedback's words back (着力解决选人用人不规范的问题…确保选人用人工作规范有序): no case checked, no rule, nothing done."),
], must_not_flag=[
    F("repeated-measure", 2, "One merged heading for #2 and #7 that says so (一并整改); 一是 answers #2, 二是/三是 answer #7."),
    F("repeated-measure", 7, "Same merged heading."),
    F("unanswered-issue", 7, "Answered inside the merged heading （二） (支委班子, 党员安全示范岗, 党委委员联系支部)."),
    F("no-accountability", 3, "Closing 追责问责 section: 销售部经理 诫勉谈话 and moved (look-alike after the items)."),
    F("no-accountability", 4, "Closing section: 2 矿区安全员 批评教育."),
    F("no-mechanism", 5, "修订《公司薪酬福利管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 3, "《矿产品销售价格管理办法》."),
    F("no-deadline", 1, "2025年10月31日 for the open 复绿 works."),
    F("weak-leadership", None, "党委书记、董事长郜北辰 heads the 领导小组 as 第一责任人, 5 meetings, 4 site checks, 直接督办 two tasks."),
    F("no-disclosure", None, "公司门户网站 and 各矿区公示栏."),
    F("inconsistent-claim", None, "6 done + 1 named ongoing (生态修复); 6.3万; 诫勉1 + 调岗1 + 批评2; 6 rules."),
], links=[
    L("完成白云岩矿已闭坑区域的边坡整治和覆土复绿42亩", 1), L("制定党委前置研究事项清单", 2),
    L("成立由总经理牵头的价格管理委员会", 3), L("共查出隐患41项，已全部整改销号", 4),
    L("超标准发放的6.3万元已由领取人员全部退回", 5), L("着力解决选人用人不规范的问题", 6),
    L("调整充实2个党支部的支委班子", 7)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
