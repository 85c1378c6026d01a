"""Write p01..p08/gold.json (dev-pairs gold format) for dev47. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev44/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蘩川县住房和城乡建设局党组: formal 反馈意见, 二、发现的主要问题 with areas （一）…方面 and continuous 1．–7．
# heading。detail; 三、整改意见 （一）–（三） are not problems. Report: common 关于“…”的问题 with 整改措施/责任领导/
# 责任股室/完成时限/整改进展 lines.
G["p01"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("vague-measure", 6, "(六) on 三会一课 records written afterwards and a toothless 组织生活会 is slogans only: 深刻反思，切实提高…认识，进一步加强…，认真落实…，不断增强…，推动…再上新台阶 — no record check, no rule, no person, nothing done."),
    F("no-accountability", 4, "The feedback names two 质监站 staff who accepted a builder's banquet and were never dealt with; (四) only gives study, 承诺书, a 双人同行 rule and a 十条规定 — neither person is handled."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长祁砚秋 heads the 领导小组 as 第一责任人, chaired 4 推进会 and went twice to the 鹤鸣路 site."),
    F("late-report", None, "Feedback 2025-03-18, report 2025-06-10: 84 days, inside three months."),
    F("no-disclosure", None, "下一步: 警示教育 in the whole system and the rectification put on the bureau website 向社会公开."),
    F("inconsistent-claim", None, "7 problems = 5 done + 2 ongoing (#1, #7 say 正在推进); 19 measures listed as 一是… = 15 done + 4 pending; 诫勉1 + 批评2 (#5); 3 new rules (#1 月调度制度, #2 监测办法, #4 十条规定) + 2 revised (#3 工作规则, #5 拨付办法); 38.4万 扣回 (#5)."),
    F("no-accountability", 5, "计划财务股负责人 诫勉谈话, 2 经办人 批评教育, 38.4万 deducted."),
    F("no-accountability", 7, "An ageing workforce: nobody did wrong."),
    F("no-mechanism", 4, "《质量安全监督人员廉洁从业十条规定》 is made (the gap there is accountability)."),
    F("no-mechanism", 1, "老旧小区改造月调度制度 with 约谈 of lagging builders."),
    F("no-mechanism", 2, "《农村住房安全动态监测办法》."),
    F("no-deadline", 1, "正在推进 with 完成时限 2025年9月30日."),
    F("no-deadline", 7, "正在推进 with 完成时限 2025年12月31日."),
    F("no-owner", 6, "党组成员、机关党支部书记岑白露 is named (the gap there is the slogan measure)."),
    F("vague-measure", 3, "Concrete: 工作规则 revised, 3 sessions held, 14 risk points found in the 质监站."),
    F("copied-measure", 2, "The heading restates the problem, but the measures are acts (11 houses appraised, 9 reinforced, 1260 households visited)."),
], links=[
    L("每周召开一次协调会，逐个小区倒排工期", 1), L("全部纳入动态监测台账", 2), L("查找风险点14个", 3),
    L("签订廉洁自律承诺书23份", 4), L("在后续进度款中全额扣回", 5), L("认真落实“三会一课”制度", 6),
    L("引进土木工程、工程造价专业人员5名", 7)])

# p02 蓂阳县委宣传部: 巡察组组长's 反馈会 speech, problems 第一，…第六，; 原因 sentence and 一要…三要 are not problems.
# Report: the 部长's FIRST-PERSON report (GB18030) in order 2,1,6,4,3,5 under short 方面 headings; dated 2025-02-10.
G["p02"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("late-report", None, "Feedback speech 2024-10-15 sets 三个月内 (2025-01-15); the report is dated 2025-02-10: 118 days."),
    F("no-mechanism", 3, "Account sprawl with no rule for 开设、审核、关停 (the feedback says so): (五) only prunes 61→49 accounts and gives 提醒谈话 — no rule, no 审核 procedure made, while every other item names one."),
    F("no-deadline", 5, "(六) leaves 督查检查事项统筹合并 and 蹲点调研 '正在逐步推进，下一步将持续深化' with no date, while the other ongoing items carry 2025年3月底 / 4月底."),
], must_not_flag=[
    F("weak-leadership", None, "The 部长 writes as 第一责任人, heads the 领导小组, 直接部署、直接过问、直接督办, 5 推进会, 约谈 two deputies, signs the ledger weekly."),
    F("no-disclosure", None, "Published on the county government website and the 蓂阳宣传 account; 警示教育 planned."),
    F("inconsistent-claim", None, "24 measures = 20 done + 4 pending, and the four pending are visible (舆情平台, 第二批54站, 督查统筹, 蹲点调研)."),
    F("no-accountability", 6, "时任办公室主任 诫勉谈话, 经办人 批评教育."),
    F("no-mechanism", 1, "《理论学习中心组巡听旁听工作办法》."),
    F("no-mechanism", 2, "修订《意识形态工作责任制实施细则》, 研判 quarterly."),
    F("no-mechanism", 5, "《部机关发文和督查检查计划管理规定》 (the gap there is the missing date)."),
    F("no-mechanism", 6, "修订《部机关经费支出审批办法》."),
    F("no-deadline", 2, "舆情平台 接入 '计划于2025年3月底前完成'."),
    F("no-deadline", 4, "第二批54个站点 '计划于2025年4月底前完成'."),
    F("no-owner", 3, "此项由分管副部长宓小满负责."),
    F("no-owner", 5, "此项由常务副部长楼远帆负责."),
    F("vague-measure", 1, "“我带头” opening, then 6 研讨, a 巡听办法 and 14 written 点评意见."),
    F("unanswered-issue", 3, "Answered fifth, under 网络阵地管理方面 — out of order but answered."),
], links=[
    L("制定了《理论学习中心组巡听旁听工作办法》", 1), L("把分析研判明确为每季度一次", 2),
    L("账号由原来的61个清理压减至49个", 3), L("对常年不开放的9个站点进行关停合并", 4),
    L("以部名义向乡镇下发的通知同比减少31%", 5), L("与搭建公司补签了合同", 6)])

# p03 薢山县政务服务管理局党组: 问题清单 问题1：…问题7： + 具体表现：. Report (UTF-8 CRLF): preamble + a ｜-row 整改台账
# (7 rows × 7 fields).
G["p03"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-owner", 4, "Row 4 names 责任领导 '局班子成员' and 责任股室 '各进驻部门' — nobody in particular owns the attendance problem; every other row names one leader and one 股室."),
    F("inconsistent-claim", None, "The preamble says 7 problems 已全部整改完成 and 31 measures 全部落实到位, but rows 1 and 7 are 正在推进 (3 items still in 市级系统对接; 枫岙 公示牌 not yet changed)."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长符潮生 heads the 领导小组 as 第一责任人, 3 meetings, two site checks."),
    F("late-report", None, "Feedback 2025-04-22, report 2025-07-16: 85 days."),
    F("no-disclosure", None, "警示教育 held; published in the 政务服务 column of the county website."),
    F("no-accountability", 3, "分管副局长 书面检查 + 批评教育."),
    F("no-accountability", 4, "The 代签 person 通报批评 and sent back (the gap there is the owner)."),
    F("no-accountability", 5, "办公室负责人 诫勉谈话."),
    F("no-mechanism", 2, "《“好差评”差评回访整改办法》 with 24-hour / 5-day limits."),
    F("no-mechanism", 4, "《进驻人员考勤和请销假管理办法》."),
    F("no-mechanism", 5, "《办公用品集中采购管理规定》."),
    F("no-deadline", 1, "正在推进 with 2025年9月30日."),
    F("no-deadline", 7, "正在推进 with 2025年7月31日."),
    F("no-owner", 3, "党组书记、局长符潮生."),
    F("vague-measure", 6, "Concrete: 考评细则, two transfers done, 3 months of dues records filled in."),
    F("copied-measure", 7, "The row's 反馈问题 column repeats the heading, as ledgers do; the measure column holds acts (2 公示牌 replaced, 提醒谈话)."),
], links=[
    L("已有6项实现一次办结", 1), L("对17件无回访记录的差评逐件回访", 2), L("对4项未经集体研究的事项补充提交党组会议审议", 3),
    L("统一纳入大厅人脸识别考勤系统", 4), L("通过政府采购电子卖场公开比价", 5), L("为2名调入党员办结组织关系转接", 6),
    L("已按统一样式更换收费公示牌", 7)])

# p04 蕻江县自然资源局党组: 纪委监委 website news item, 巡察组指出…：A；B；…；F等问题 (6 problems); 一要…三要 and the 讲话
# are not problems. Report (UTF-16 LE BOM): answers by number only, 一、针对反馈的第1个问题 … 五、…第5个问题; the 6th is
# missing.
G["p04"] = dict(mode="pair", issues=6, unanswered=[6], must_flag=[
    F("unanswered-issue", 6, "The sixth problem (上轮审计指出的测绘成果资料管理混乱、涉密图件未登记保管) has no answer: the report stops at 第5个问题."),
    F("weak-leadership", None, "Only '局党组高度重视，及时召开党组会议…作出安排，将反馈问题分解到相关股室': no 领导小组, no 第一责任人, no sign the 书记 deployed, asked after or supervised anything, although the 讲话 demanded it."),
    F("no-disclosure", None, "Nothing is made public, no 警示教育, although the feedback asks for 向社会公开; 下一步 is one generic sentence."),
], must_not_flag=[
    F("late-report", None, "Feedback 2024-11-06, report 2025-01-24: 79 days."),
    F("inconsistent-claim", None, "No totals are claimed; the one open item (#1 强制执行) is stated as pending with a date."),
    F("no-accountability", 1, "2 执法中队 staff 批评教育 for the 纸面销号."),
    F("no-accountability", 3, "2 执法人员 诫勉谈话 and moved."),
    F("no-accountability", 5, "The 股长 quits, hands back 2.4万, 诫勉谈话, moved."),
    F("no-mechanism", 1, "《卫片执法图斑核查销号工作规程》."),
    F("no-mechanism", 2, "《国有建设用地使用权出让合同履约监管办法》."),
    F("no-mechanism", 3, "修订《矿产资源执法巡查制度》."),
    F("no-mechanism", 4, "修订《局党组理论学习中心组学习制度》."),
    F("no-owner", 1, "副局长阮听涛."),
    F("no-owner", 5, "纪检组长褚闻溪."),
    F("no-deadline", 1, "Pending demolition with 预计2025年3月底前 and 完成时限 2025年3月31日."),
    F("vague-measure", 4, "Concrete: 5 sessions made up, a new plan, a revised rule."),
    F("copied-measure", 2, "Acts: 1280万 collected, 违约金 37.6万 collected."),
], links=[
    L("纠正“纸面销号”图斑9个", 1), L("按照出让合同约定计算违约金37.6万元", 2), L("确认越界开采面积0.8公顷", 3),
    L("对2024年未开展的5次集中学习", 4), L("违规取得的报酬2.4万元已全部上缴", 5)])

# p05 藟溪县妇幼保健院党总支: formal 反馈意见 （一）–（六） heading。detail; 二、整改要求 is not a problem.
# Report: the unit's own theme headings 一、…五、 with 一是…二是… in paragraphs and one bracket (责任领导/责任科室/完成时限)
# closing each paragraph; theme 四 holds #4 and #5 in two paragraphs.
G["p05"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("copied-measure", 2, "Theme 二 gives back the feedback's own words as measures: 规范医疗服务收费行为，杜绝分解收费、超标准收费; 收费项目变动后及时更新公示 — nothing done (no audit of charges, no refund)."),
    F("no-accountability", 2, "87 patients overcharged 2.3万 and the feedback asks to 查清责任、依规处理: no refund and nobody dealt with."),
    F("no-owner", 6, "Theme 五's bracket has no 责任领导 and only '责任科室：各科室', while every other bracket names a leader and a department."),
], must_not_flag=[
    F("weak-leadership", None, "党总支书记、院长司徒映川 is 第一责任人, leads the 领导小组, chaired 5 meetings and 当场交办."),
    F("late-report", None, "Feedback 2025-05-09, report 2025-08-01: 84 days."),
    F("no-disclosure", None, "The report's content is published on the 院务公开栏 and the hospital's WeChat account."),
    F("inconsistent-claim", None, "19 measures (3+3+4+3+3+3) = 16 done + 3 长期坚持 (theme 四's 医德 paragraph); 诫勉1 + 批评2 (theme 三); 6 rules named."),
    F("copied-measure", 6, "Opens by restating the problem, then acts: 3 truckloads cleared, generators serviced, a 维保合同, a weekly check."),
    F("no-accountability", 3, "设备科负责人 诫勉谈话, 2 科室负责人 批评教育."),
    F("no-mechanism", 1, "Two 议事规则 revised, a 21-item 前置研究事项清单."),
    F("no-mechanism", 3, "《高值医用耗材采购管理办法》."),
    F("no-mechanism", 5, "《党支部工作考评细则》."),
    F("no-deadline", 4, "完成时限：长期坚持 for standing 医德 measures, with acts already done."),
    F("no-owner", 5, "党总支副书记甄听雨 in the second bracket of theme 四."),
    F("unanswered-issue", 5, "Answered in theme 四's second paragraph (在支部建设方面)."),
    F("repeated-measure", 4, "Theme 四 holds #4 and #5 in two paragraphs with different acts; nothing is shared."),
    F("repeated-measure", 5, "Its own acts (党费 re-based, 支部书记 training), not #4's."),
    F("vague-measure", 1, "Concrete: rules revised, 5 items re-examined, one plan adjusted."),
], links=[
    L("列出党总支前置研究事项清单21项", 1), L("杜绝分解收费、超标准收费现象", 2), L("自6月起统一在省阳光采购平台下单", 3),
    L("对14件服务态度投诉逐件分析", 4), L("按照工资基数重新核定全体党员党费标准", 5),
    L("委托专业公司对2台应急发电机进行检修保养", 6)])

# p06 蒨塘县热力有限公司党支部: 组长's 反馈会 speech, problems inline 一是…六是 over two paragraphs; 一要…四要 are not
# problems. Report: public 整改进展情况的通报 with 索引号 header, a totals line, （一）在“…”方面 → N．关于“…”问题的整改.
G["p06"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("repeated-measure", 2, "The only measure under 2．(三重一大 not followed for a 420万 addition) is a stock study-and-review paragraph that is pasted again under 5．(三会一课, lost members)."),
    F("repeated-measure", 5, "The same paragraph (学习…重要论述，召开专题会议逐条对照检视…走深走实) again, unrelated to 三会一课 or the 2 lost 流动党员."),
    F("inconsistent-claim", None, "Totals line: 整改措施27条，已完成21条，正在推进4条，长期坚持3条 — 21+4+3 = 28, not 27."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长邵沉舟 leads the 领导小组 as 第一责任人, 4 meetings, measured room temperatures himself."),
    F("late-report", None, "Feedback 2024-08-27, 通报 2024-11-20: 85 days."),
    F("no-disclosure", None, "A public 通报 (主动公开) with phone, address and a comment period; 警示教育 under 6．."),
    F("no-accountability", 6, "分管副总经理 党内警告, 办公室主任 诫勉, 1.2万 repaid."),
    F("no-accountability", 3, "工程部经理 批评教育; 4.7万 cut by audit."),
    F("no-accountability", 4, "失职 收费员 批评教育."),
    F("no-mechanism", 1, "维修服务承诺制度 with time limits in the 考核."),
    F("no-mechanism", 3, "《应急抢修工程管理办法》, 《物资采购比价管理办法》."),
    F("no-mechanism", 4, "《热费收缴管理办法》."),
    F("no-deadline", 4, "Pending lawsuits: 2025年6月底前完成."),
    F("repeated-measure", 3, "Distinct acts (造价审核, two rules) not shared with any other item."),
    F("vague-measure", 1, "Concrete: 2.6 km pipe, 42 valves, an 8/24-hour rule, a hotline."),
], links=[
    L("更换老化二次管网2.6公里", 1), L("公司党支部组织党员干部", 2), L("审减工程款4.7万元", 3),
    L("查明61万元差额中有43万元为已交费未销账", 4), L("公司党支部认真组织党员干部", 5), L("给予分管副总经理党内警告处分", 6)])

# p07 蘵原县烈士陵园管理所党支部: formal 反馈意见 (GB18030), areas （一）…方面 with restarting 1．2． (2+2+2);
# 三、整改意见 not problems. Report: DOCX with preamble paragraphs and a 7-column 整改台账 table. GOOD REPORT.
G["p07"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "支部书记、所长滕望岳 leads the 领导小组 as 第一责任人, drafted the plan, 3 推进会, checked the repairs on site."),
    F("late-report", None, "Feedback 2025-02-26, report 2025-05-23: 86 days."),
    F("no-disclosure", None, "Published on the 退役军人事务局 website and the 陵园公示栏; 警示教育 held (row 4)."),
    F("inconsistent-claim", None, "18 measures (3 per row) = 17 done + 1 长期坚持 (row 1, item 3); 诫勉1 (row 4), 批评2 (row 3), 提醒1 (row 5); 3 new rules (rows 2, 3, 6) + 1 revised (row 4)."),
    F("no-accountability", 4, "副所长闵某 诫勉谈话, 书面检查, pays 460元; the secretary 作检讨 for not acting."),
    F("no-accountability", 3, "出纳 and 经办人 批评教育."),
    F("no-mechanism", 2, "《烈士纪念设施日常巡查管护制度》."),
    F("no-mechanism", 3, "《物资和服务采购管理办法》."),
    F("no-mechanism", 4, "修订《公务用车使用管理规定》."),
    F("no-mechanism", 6, "《固定资产管理办法》."),
    F("no-deadline", 1, "Dates for items 1–2, 长期坚持 for the yearly 考核 (already held once)."),
    F("no-owner", 5, "支部组织委员欧阳砚."),
    F("vague-measure", 1, "Concrete: 2 研讨, 13 corrections to the 讲解词."),
    F("copied-measure", 2, "Acts: 21 tombs re-inked, 2 railings replaced."),
    F("unanswered-issue", 6, "Row 6 answers the 审计 problem."),
], links=[
    L("更正烈士事迹介绍13处", 1), L("对21座碑文褪色的烈士墓重新描红", 2), L("停止现金结算", 3),
    L("按里程补交用车费用460元", 4), L("3月以来支委会每月按时召开", 5), L("价值3.2万元的未入账设备已全部登记入账", 6)])

# p08 薸水县乡村振兴服务中心党支部: 纪委监委 news item, 主要表现在：一是…六是… in one paragraph; 卜望川's requirements are
# not problems. Report: 关于“…”的问题 with 整改措施/责任领导/完成时限/整改情况 lines, in order 3,1,2,5,6; #4 missing.
G["p08"] = dict(mode="pair", issues=6, unanswered=[4], must_flag=[
    F("unanswered-issue", 4, "四是 (年度帮扶项目安排未经支委会研究、由分管副主任个人拍板) is never answered: no heading, no measure."),
    F("vague-measure", 5, "(四) on 驻村 '走读' and false attendance is slogans only: 深刻认识…，教育引导…牢固树立宗旨意识，进一步严明驻村纪律，持续改进工作作风 — no attendance check, no rule, no person."),
    F("no-accountability", 6, "Staff took gifts from the builder and 验收资料 were signed by others; (五) re-checks files, revises the 验收办法 and adds random selection, but nobody is dealt with, although 卜望川 asked for 严肃追责问责."),
    F("no-disclosure", None, "Nothing on publishing the rectification and no 警示教育; the only 公示 is the 光伏 收益分配方案 in the villages, which is not disclosure of the rectification."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任冷霄汉 heads the 领导小组 as 第一责任人, 直接督办, 3 推进会, site visits, weekly ledger reports."),
    F("late-report", None, "Feedback 2025-06-05, report 2025-08-29: 85 days."),
    F("inconsistent-claim", None, "13 measures (3+3+3+1+3) = 11 done + 2 ongoing, and the items say which (资金用途调整, 23 assets)."),
    F("no-mechanism", 6, "修订《帮扶项目验收管理办法》 and a random-selection rule (the gap there is accountability)."),
    F("no-mechanism", 1, "《防止返贫动态监测帮扶工作规程》 and monthly data matching."),
    F("no-mechanism", 3, "《衔接资金项目库管理办法》."),
    F("no-deadline", 3, "Ongoing with 2025年10月31日."),
    F("no-deadline", 2, "Ongoing with 2025年9月30日."),
    F("no-owner", 5, "副主任甘叶舟 is named (the gap there is the slogan measure)."),
    F("no-owner", 6, "副主任韦听澜."),
    F("copied-measure", 3, "Heading restates the problem; the measures are acts (210万 paid, 108万 re-planned)."),
    F("vague-measure", 1, "Concrete: 3 households helped, monthly matching, 11 new cases."),
], links=[
    L("建立数据每月比对机制", 1), L("为4个村级光伏电站补建收益分配台账", 2), L("已拨付资金210万元", 3),
    L("严明驻村纪律", 5), L("对存在代签的5个项目重新组织验收", 6)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
