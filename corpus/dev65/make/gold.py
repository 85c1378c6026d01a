"""Write p01..p10/gold.json (dev-pairs gold format) for dev65. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev44/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 藟川县血吸虫病防治站党支部: 组长's 反馈会 speech, problems in "从…看" paragraphs that open with praise and turn
# on 但/可/问题出在; one paragraph holds two problems (与此同时); an untrue complaint, a 移交 sentence and 一要…三要
# (which repeat the problem words) are not problems. Report: 关于“…”的问题 + bracket (责任人；完成时限；status).
G["p01"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("weak-leadership", None, "No 领导小组, no 第一责任人, the 党支部书记 never appears: “站务会对反馈意见进行了研究，将反馈的6个问题分解到各科室，由办公室负责收集汇总”, although the speech's 一要 asked the 书记 to 直接部署、直接过问、直接督办. The 站长 appears only as the person answering for problem 2 and as the one sanctioned."),
    F("vague-measure", 5, "（五）组织生活 is slogans only (深刻认识…进一步提高政治站位…不断提升组织生活质量…高质量发展): nothing on the 4 支部委员会 meetings, the empty 党课 records or the toothless criticism."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-03-11, report 2025-05-30: 80 days, inside three months."),
    F("no-disclosure", None, "下一步 三是: 县卫生健康委员会网站 and 站内公开栏, with a 监督电话."),
    F("inconsistent-claim", None, "4 done + 2 持续推进 = 6; 17 measures = 4+3+3+3+1+3; 4.2万 + 1.3万 as in items; 诫勉1 (站长), 批评教育4 (科长 + 2 填报人员 + 财务负责人), 提醒1 (办公室主任); 4 new + 1 revised rules, all named."),
    F("vague-measure", 1, "Concrete: 补查 18.6万平方米, 326 records compared, a new 审核办法, people dealt with."),
    F("no-accountability", 1, "外业科科长 and 2 填报人员 批评教育."),
    F("no-accountability", 2, "站长 书面检查 and 诫勉谈话 by the 县卫健局党组."),
    F("no-accountability", 4, "1.3万 returned; 办公室主任 提醒谈话."),
    F("no-accountability", 6, "Ageing staff and no recruitment: nobody did wrong."),
    F("no-mechanism", 1, "《查螺灭螺外业数据审核办法》."),
    F("no-mechanism", 2, "修订《“三重一大”事项决策实施细则》."),
    F("no-mechanism", 3, "《血防专项经费使用管理办法》."),
    F("no-mechanism", 6, "《临聘查螺人员上岗培训制度》."),
    F("no-owner", 2, "站长宓成峰."),
    F("no-deadline", 6, "Two dates (培训 2025-04-30, 招聘 2025-09-30)."),
], links=[
    L("重新组织外业科对蘼湾乡2个村的沟渠进行补查", 1),
    L("对38.6万元的灭螺药物和显微成像设备采购补充提交支部委员会和站务会研究", 2),
    L("将办公楼屋面防水和走廊改造列支的4.2万元从单位公用经费中归垫至血防专项经费", 3),
    L("11名外业人员重复领取的误餐补助1.3万元已全部退回", 4),
    L("严格落实组织生活各项制度要求", 5),
    L("申请招聘检验、寄生虫病防治专业人员3名", 6)])

# p02 蓂城县土壤肥料工作站党支部: 反馈意见 (UTF-8 CRLF) with problems in three unnumbered prose paragraphs turning on
# 此外/另外/还有/与此同时; one 同时 continues the same problem; a summing-up sentence and a 究其原因 paragraph are not
# problems. Report: 问题一：…问题六： + 整改情况： + one field line; feedback problem 5 (公务接待) silently skipped.
G["p02"] = dict(mode="pair", issues=7, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "公务接待 without 公函, 6 times over standard (2.1万): no heading, no sentence; the report 梳理出6个问题 and its 问题五 is the 组织生活 problem."),
    F("no-deadline", 2, "问题二's 完成时限 is “视项目实施进度确定” while the item is 正在推进 — no date; every other item has one."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、站长臧明湖 heads the 领导小组, 第一责任人, 4 推进会, 5 乡镇 visited, 当面督办."),
    F("late-report", None, "Feedback 2024-10-15, report 2025-01-08: 85 days."),
    F("no-disclosure", None, "下一步 三是: 已在县农业农村局网站公开 (the 三会一课 按月公示 is a false friend)."),
    F("unanswered-issue", 6, "Answered under 问题五：组织生活不严格 — the positional match is wrong, the content match is right."),
    F("unanswered-issue", 7, "Answered under 问题六：职工违规兼职取酬."),
    F("vague-measure", 2, "Concrete if unfinished: 周调度, 八成, 41万 paid."),
    F("no-accountability", 4, "化验室负责人 诫勉谈话 and removed from the post; 3.7万 paid in."),
    F("no-accountability", 7, "2 staff 诫勉谈话, 1.9万 returned, 办公室主任 批评教育."),
    F("no-accountability", 1, "技术股股长 批评教育."),
    F("no-mechanism", 1, "修订《耕地质量监测点管理细则》."),
    F("no-mechanism", 4, "《化验室对外检测收费管理办法》."),
    F("no-mechanism", 7, "《干部职工兼职和从事经营活动报告制度》."),
    F("no-owner", 2, "副站长丘慕远 (the gap there is the time limit)."),
    F("no-deadline", 4, "2024年11月15日."),
], links=[
    L("对2023年未按规程采样的15个监测点位全部重新采样化验", 1),
    L("将剩余任务分解到各乡镇和配送企业，实行周调度", 2),
    L("梳理风险点21个", 3),
    L("查实未入账资金3.7万元，已全部缴入单位账户", 4),
    L("重新召开专题组织生活会", 6),
    L("责令2名兼职职工立即辞去在农资经营企业的兼职", 7)])

# p03 薁阳县劳动保障监察大队党支部: 反馈意见 with four area paragraphs （一）…（四） whose problems are joined by “；”;
# a ；-segment opening 其中 / 例如 is evidence of the one before. 8 problems (3 + 2 + 2 + 1). 意见建议 not problems.
# Report (GB18030): the secretary's first-person 主要负责人 report, own short headings in another order (1,3,2,4,5,8,6,7).
G["p03"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[
    F("no-accountability", 5, "2 执法人员 took a company's lunch and dinner during an inspection whose conclusion is still pending; the answer is 警示教育, 承诺书 and a revised 廉洁执法规定 — nobody dealt with, nothing paid back, although 意见建议（三） asked to 查清事实、依规依纪处理 and not to 以教育代替处理."),
    F("late-report", None, "Feedback 2024-08-20 with a 三个月内 limit (2024-11-20); the report is dated 2024-12-06: 108 days."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary writes as 第一责任人, heads the 领导小组, 5 推进会, 3 site visits, 约谈 twice."),
    F("no-disclosure", None, "“整改情况已在县人力资源和社会保障局网站公开”."),
    F("inconsistent-claim", None, "7 done + 1 基本完成 (36 + 2 in court = 38 cases); 25 measures = 4+3×7; 诫勉1 (保证金经办人), 批评教育4 (中队长, 审查负责人, 2 承办人员); 3 new + 2 revised rules; 86万 as in the item."),
    F("unanswered-issue", 8, "Answered under （六）补齐执法车辆管理短板, placed before the two Party-building items."),
    F("unanswered-issue", 2, "Answered under （三）提高书面审查质量 (report order differs)."),
    F("no-accountability", 1, "执法一中队中队长 批评教育."),
    F("no-accountability", 3, "86万 re-deposited; 经办人员 诫勉谈话."),
    F("no-accountability", 4, "2 承办人员 批评教育."),
    F("no-mechanism", 1, "欠薪投诉办理时限预警制度."),
    F("no-mechanism", 4, "《劳动保障监察行政处罚裁量基准》."),
    F("no-mechanism", 5, "修订《执法人员廉洁执法若干规定》 (the gap there is accountability)."),
    F("no-mechanism", 3, "修订《农民工工资保证金存储和返还管理办法》."),
], links=[
    L("对38件超期案件逐件建立清理台账", 1),
    L("对2023年度审查意见雷同的12家单位重新开展书面审查", 2),
    L("责令施工企业重新存储保证金86万元", 3),
    L("制定《劳动保障监察行政处罚裁量基准》", 4),
    L("全体执法人员签订廉洁执法承诺书", 5),
    L("主题党日与业务例会分开召开", 6),
    L("对2名递交入党申请书的同志安排支部委员谈话", 7),
    L("为3辆执法车辆加装行车记录和定位设备", 8)])

# p04 菼溪县新时代文明实践指导中心党支部: 反馈意见 as six headline-then-evidence paragraphs （一）…（六）, the headline
# sentence is the problem and the rest (with 不到位-like words) is evidence; paragraph （四） ends with “另外，…” — a
# separate problem (慰问品). 7 problems. The closing 一是…五是 are requirements. Report: 一、关于…的问题 + 一是… + bracket.
G["p04"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("copied-measure", 3, "三、's whole answer turns the problem into promises (确保志愿服务数据真实准确，杜绝重复录入、时长虚高…确保上报…经得起检验): nothing on the 43 duplicated entries, the 20-hour days or an audit step."),
    F("no-disclosure", None, "The feedback's 五是 asks to publish the rectification inside the centre and on the 县委宣传部网站; the report never does (the 村务公开栏 where station plans are posted is a false friend)."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任仝砚秋 heads the 领导小组, 第一责任人, 3 meetings, 9 sites checked."),
    F("late-report", None, "Feedback 2025-04-09, report 2025-06-27: 79 days."),
    F("unanswered-issue", 5, "The 另外 problem (慰问品) has its own heading 五、 (0.8万 退缴, 批评教育)."),
    F("no-accountability", 4, "2.6万 清退; 办公室主任 诫勉谈话; 采购经办人 批评教育."),
    F("no-accountability", 5, "0.8万 退缴; 分管副主任 批评教育."),
    F("no-accountability", 7, "The speaker left the 宣讲团; 宣教科科长 提醒谈话."),
    F("no-mechanism", 2, "《村（社区）新时代文明实践站运行管理办法》 and 季度随机督导."),
    F("no-mechanism", 4, "《文明实践活动经费使用管理办法》《小额物资采购询价比价规定》."),
    F("no-mechanism", 7, "《百姓宣讲团管理办法》."),
    F("no-owner", 3, "副主任凤毓林 (the gap there is the copied measure)."),
    F("no-deadline", 3, "2025年6月20日."),
    F("vague-measure", 6, "Concrete: 积分, 8 hours a quarter, 11.5 hours measured, 3 sites."),
], links=[
    L("每次确定1名党员领学、2名党员发言", 1),
    L("对31个常年关门的站点下发整改通知", 2),
    L("严格落实志愿服务数据统计要求", 3),
    L("以“劳务费”名义发放给本单位职工的2.6万元已全部清退", 4),
    L("超出标准发放的节日慰问品费用0.8万元", 5),
    L("把志愿服务纳入党员积分管理", 6),
    L("建立宣讲稿件“初审、复审”两级审核程序", 7)])

# p05 蘩台县特种设备检验所党支部: DOCX 反馈意见, bold numbered problems 1．–6． each followed by evidence paragraphs
# （1）（2）（3） (restarting); 三、整改意见 is again numbered 1．–4． and holds no problems. 6 problems.
# Report: 关于“…”的问题 with 整改措施：/责任人：/整改时限：/整改进展： lines.
G["p05"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "“反馈的6个问题已全部整改完成，制定整改措施20条，已全部落实到位” and every item “已完成”, while 三、 says 0.9万 of the 加急费 is still being returned and 六、 says the rest of the training is 正在按计划推进 with a 2025-06-30 limit after the report date."),
    F("no-owner", 5, "五、's 责任人 is “相关科室” — no person; every other item names one leader."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、所长滕慕川 heads the 领导小组, 第一责任人, 4 meetings, 直接督办 two problems."),
    F("late-report", None, "Feedback 2024-12-03, report 2025-02-26: 85 days."),
    F("no-disclosure", None, "所内公开栏 and 县市场监管局网站 (the fee list 公示 in the 服务大厅 is a false friend)."),
    F("no-accountability", 1, "警告处分 and 调离 for the altered readings; 4 people suspended and 诫勉谈话."),
    F("no-accountability", 3, "Fees being refunded; 财务科科长 批评教育."),
    F("no-accountability", 4, "6 people paid for meals, returned gifts, 批评教育; the driver 诫勉谈话 and pays the fuel."),
    F("no-mechanism", 1, "修订《检验报告审核批准管理规定》."),
    F("no-mechanism", 3, "《检验收费和票据管理办法》."),
    F("no-mechanism", 4, "《外出检验工作纪律规定》."),
    F("no-mechanism", 6, "《检验人员持证培养三年计划》《检验人员岗位练兵制度》."),
    F("no-owner", 2, "党支部书记、所长滕慕川."),
    F("no-deadline", 5, "2025年1月31日 (the gap there is the owner)."),
    F("vague-measure", 5, "Concrete: 补齐政审材料, 2860元 补交, a 纪检委员 added."),
], links=[
    L("共复核报告1236份", 1),
    L("将10万元以上设备采购、中层干部调整明确列为党支部前置研究事项", 2),
    L("立即停止在收费目录外收取“加急费”", 3),
    L("对国庆假期私用检验用车的驾驶员进行诫勉谈话", 4),
    L("对4名党员按规定补交党费2860元", 5),
    L("制定《检验人员持证培养三年计划》", 6)])

# p06 莙山县印刷有限公司党支部 (county state firm): 巡察“回头看” 反馈意见: settled old problems named in passing (not
# problems), 3 unsettled old problems 一是…三是, 4 new problems 1．–4．. 7 problems. Report (UTF-16 LE BOM): by number
# “针对‘上轮反馈问题整改不到位’第N项” / “针对‘新发现的问题’第N项”; one boilerplate paragraph under new 3 and new 4.
G["p06"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-mechanism", 1, "The 三重一大 problem came back after the last round's revised rule; the answer is a 补充研究, a re-reading of the same rule and a 书面检查 — nothing to make the 前置研究 stick (no 清单, no 会签, no check), although the feedback asked to 从机制上找原因、堵漏洞."),
    F("repeated-measure", 6, "New 3 (烟酒) adds, after its own first sentence, the boilerplate “公司党支部组织全体党员干部深入学习中央八项规定…向纵深发展。” that is pasted again as new 4's whole answer."),
    F("repeated-measure", 7, "New 4 (党支部书记抓党建责任虚化) is answered by the same pasted paragraph about the 八项规定, after a one-clause restatement of the problem."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长隗承岳 heads the 领导小组, 第一责任人, 3 meetings, reports to the 国资 centre twice."),
    F("late-report", None, "Feedback 2025-01-14, report 2025-04-03: 79 days."),
    F("no-disclosure", None, "公司公示栏 and 县国有资产服务中心网站."),
    F("inconsistent-claim", None, "6 done + 1 正在推进 (应收账款, dated 2025-12-31); 18.5万 + 1.2万; 诫勉3 (经营部经理, 总经理, 副总经理), 批评教育3 (原业务部经理, 生产部负责人, 办公室主任); 2 new + 2 revised rules."),
    F("repeated-measure", 5, "New 2's answer is its own (18.5万 returned, 诫勉 by the 国资 centre, a pay rule)."),
    F("no-mechanism", 2, "修订《应收账款管理办法》."),
    F("no-mechanism", 3, "修订《对外业务承接审批管理办法》."),
    F("no-mechanism", 4, "《涉密印刷品承印管理制度》."),
    F("no-mechanism", 5, "《公司工资总额和绩效奖金管理办法》."),
    F("no-accountability", 3, "经营部经理 诫勉谈话."),
    F("no-accountability", 5, "18.5万 returned; 总经理 and 分管副总经理 诫勉谈话."),
    F("no-accountability", 6, "1.2万 returned; 办公室主任 批评教育."),
    F("no-deadline", 2, "整改时限：2025年12月31日."),
], links=[
    L("对2024年购置商业轮转印刷机和进口油墨两个事项补充提交党支部会议研究", 1),
    L("已收回38万元", 2),
    L("对2024年未经审批登记的29笔业务全部补登", 3),
    L("未销毁的内部资料印张已在保密部门监督下全部销毁", 4),
    L("超出核定工资总额发放的绩效奖金18.5万元，已由领取人员全部退回", 5),
    L("违规列支的1.2万元烟酒费用已由经办人全部退回", 6),
    L("针对党支部书记抓党建责任虚化的问题", 7)])

# p07 蔾江县测绘地理信息服务中心党支部: a 巡察办 website news item naming all problems in one 、-list sentence
# (“主要是A、B、测绘成果、涉密资料保密管理制度执行不严、…等问题”: one item holds an inner 、); the 移交 sentence,
# the 一要…三要 (restating problem words) and the 表态 一是…三是 are not problems. 7 problems.
# Report (HTML): public 整改进展情况的通报 with a 信息公开 header. GOOD REPORT.
G["p07"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任殷同尘 heads the 领导小组, 第一责任人, 直接部署、直接督办 two problems, 4 meetings, 2 site checks."),
    F("late-report", None, "Feedback 2025-05-20, 通报 2025-08-08: 80 days."),
    F("no-disclosure", None, "A public 通报 (主动公开) with a comment period, phone, address and postcode."),
    F("inconsistent-claim", None, "6 done + 1 正在推进 = 7; 20 measures (3+2+3+3+3+3+3), 18 done (2 in the ongoing item); 2.4万; 诫勉1 (办公室主任), 批评教育3 (档案室负责人, 副主任, 财务负责人); 4 new (月调度, 采购, 福利, 党员教育) + 2 revised (保密, 三重一大) rules."),
    F("copied-measure", 1, "Opens “针对学习不够深入系统的问题” and then acts: a plan, 第一议题 since June, 2 研讨."),
    F("vague-measure", 3, "Opens “切实提高政治站位” and then acts: 清查, 3 batches removed, physical isolation, a revised rule, a person dealt with."),
    F("unanswered-issue", 3, "The item whose name holds an inner 、 (测绘成果、涉密资料保密管理…) has its own heading 3．."),
    F("no-accountability", 1, "A study shortfall: no wrongdoing."),
    F("no-accountability", 2, "A project delay: no wrongdoing."),
    F("no-accountability", 3, "成果档案室负责人 批评教育."),
    F("no-accountability", 5, "办公室主任 诫勉谈话."),
    F("no-accountability", 6, "2.4万 清退; 财务负责人 批评教育."),
    F("no-mechanism", 3, "修订《测绘成果保密管理制度》."),
    F("no-mechanism", 5, "《内部采购管理办法》."),
    F("no-mechanism", 6, "《职工福利费使用管理规定》."),
    F("no-mechanism", 7, "《党员日常教育管理办法》."),
    F("no-deadline", 2, "正在推进 with 2025年11月30日."),
    F("no-owner", 7, "党支部副书记祁向晚."),
], links=[
    L("落实“第一议题”制度", 1),
    L("已完成1∶2000地形图更新测绘2个区块", 2),
    L("清理违规存放的涉密成果数据3批次", 3),
    L("对2024年以来未经集体研究的3项支出补充履行研究程序", 4),
    L("对负责采购的办公室主任进行诫勉谈话", 5),
    L("违规以“外业补贴”名义发放的福利费用2.4万元已全部清退", 6),
    L("建立“外业党小组”", 7)])

# p08 荇原县农村能源工作站党支部: HTML 反馈意见 whose body names only four broad areas (an 、-list that is not a
# problem list) and points to an appended 问题清单 table (序号｜问题类别 with rowspan｜问题表现｜整改要求): 7 rows = 7
# problems. Report: own short headings 一、补贴审核 … 六、资产清查 in another order (2,1,3,5,4,7); row 6 skipped.
G["p08"] = dict(mode="pair", issues=7, unanswered=[6], must_flag=[
    F("unanswered-issue", 6, "Row 6 (党费 unpaid 6 months, a 组织关系 not transferred for two years) has no heading and no sentence in the report."),
    F("no-accountability", 5, "4.8万 “技术服务费” with no contract and no output: the report has a contract signed after the fact and a new payment rule — the money is not traced and nobody is dealt with, although the row's 整改要求 is “查清资金去向，追究相关人员责任”."),
    F("no-disclosure", None, "整改要求（三） asks to publish in the station and on the 县农业农村局网站; the report never does (the 村级公示 of subsidy lists is a false friend)."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、站长芮秉坤 heads the 领导小组, 第一责任人, 3 推进会, 4 乡镇 visited."),
    F("late-report", None, "Feedback 2024-09-24, report 2024-12-17: 84 days."),
    F("inconsistent-claim", None, "“已基本整改到位” with one item 持续推进; 1.15万 + 0.187万 = 1.34万; 诫勉1 (副站长), 批评教育2 (审核人员, 驾驶员); 2 revised + 2 new rules, all named."),
    F("unanswered-issue", 1, "Answered under 二、沼气池管护 (the report puts 补贴审核 first)."),
    F("unanswered-issue", 5, "Answered (weakly) under 四、项目资金 — the gap is accountability, not silence."),
    F("no-accountability", 2, "1.15万 recovered; 审核人员 批评教育."),
    F("no-accountability", 3, "分管副站长 书面检查 and 诫勉谈话."),
    F("no-accountability", 4, "1870元 returned; driver 批评教育."),
    F("no-mechanism", 2, "修订《清洁炉具推广补贴审核办法》."),
    F("no-mechanism", 5, "《项目资金支付审核办法》 (the gap there is accountability)."),
    F("no-mechanism", 7, "《固定资产管理办法》."),
    F("no-owner", 5, "副站长巫镜澄."),
    F("no-deadline", 1, "Two dates (2024-11-30 and 2026-12-31)."),
], links=[
    L("组织各乡镇对全县户用沼气池逐户摸底", 1),
    L("23户重复领取的补贴资金1.15万元已全部追回", 2),
    L("对2023年62万元清洁炉具采购补充提交站党支部和站务会集体研究", 3),
    L("对站里3张加油卡逐张清查", 4),
    L("与该科技公司补签了技术服务合同", 5),
    L("组织财务、办公室对全站固定资产进行全面清查", 7)])

# p09 葎阳县爱国卫生运动服务中心党支部: 反馈意见 (GB18030) with six short numbered problems 1．–6．, then a 原因分析
# (一是…三是, repeating problem words) and 整改要求 （一）–（六） that name the problems again in quotes (（五） names
# two at once). Only 二、's 1．–6． are problems. Report: preamble + ｜-separated 整改台账 rows.
G["p09"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2024-06-04 with a 三个月内 limit (2024-09-04); the report is dated 2024-09-27: 115 days."),
    F("no-deadline", 2, "Row 2's 整改时限 is “根据合同履行情况确定” while it is 正在推进 — no date; every other row has one."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任苗景和 heads the 领导小组, 第一责任人, leads two problems, 4 推进会, spot checks."),
    F("no-disclosure", None, "“整改情况已在县卫生健康局网站和中心公开栏公开” (the 考勤 内部公布 is a false friend)."),
    F("inconsistent-claim", None, "5 done + 1 正在推进; 20 measures (3+4+3+4+3+3), 19 done; 6.5万 + 3.2万 = 9.7万; 诫勉3 (防制科科长, 2 科长), 批评教育4 (经办人员, 3 干部), 提醒1 (副主任); 3 new + 1 revised rules."),
    F("unanswered-issue", 6, "Requirement （五） names 组织生活 and 考勤 together; the report answers each in its own row (5 and 6)."),
    F("no-accountability", 2, "6.5万 deducted; 防制科科长 诫勉谈话."),
    F("no-accountability", 4, "Meals paid back; 2 科长 诫勉谈话, 3 cadres 批评教育."),
    F("no-accountability", 6, "Pay stopped, 3.2万 recovered, dismissal started."),
    F("no-mechanism", 1, "《城乡环境卫生常态化监督检查办法》."),
    F("no-mechanism", 2, "《病媒生物防制外包服务考核办法》 (the gap there is the time limit)."),
    F("no-mechanism", 4, "《下乡工作纪律规定》."),
    F("no-owner", 2, "主任苗景和."),
    F("no-deadline", 5, "2024年7月31日."),
], links=[
    L("对复审期间补做的会议记录、检查记录进行清理", 1),
    L("认定造假作业记录46份，扣减服务费用6.5万元", 2),
    L("盘点库存宣传资料", 3),
    L("涉及的5名干部按标准补交餐费", 4),
    L("召开党员大会增补组织委员、宣传委员各1名", 5),
    L("实行人脸识别考勤", 6)])

# p10 蕰川县河长制工作服务中心党支部: 专项巡察 反馈意见 with three area headings, “问题表现：” and ● bullet problems,
# and “典型案例：” paragraphs that give evidence (with a false “已办结” and copied quotes) — not new problems. 7 problems.
# Report: DOCX with bold headings, （一）关于“…”的问题 + 整改措施 paragraph + one field line.
G["p10"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "“反馈的7个问题已全部整改完成” and every field line “已完成”, while （二） says 2 of the 6 river plans are still being drafted, due by 2025-08-31 (after the report date)."),
    F("vague-measure", 6, "（六） is slogans only (深刻认识…提高政治站位…学懂弄通做实…提质增效): nothing on the 第一议题 or the empty study records."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任车云岫 heads the 领导小组, 第一责任人, 5 meetings, 11 sites re-checked, 直接督办."),
    F("late-report", None, "Feedback 2025-02-18, report 2025-05-12: 83 days."),
    F("no-disclosure", None, "县水利局门户网站 with a 监督电话."),
    F("vague-measure", 1, "Concrete: platform sign-in, 7 cases re-assigned, the 采砂 case filed, a 销号办法, people dealt with."),
    F("unanswered-issue", 2, "Answered under （二） — the item whose status is misreported."),
    F("no-accountability", 1, "2 staff 批评教育; 督办科科长 诫勉谈话."),
    F("no-accountability", 3, "财务人员 批评教育; 5.6万 归垫."),
    F("no-accountability", 4, "Drafter 诫勉谈话, 分管副主任 书面检查, clue reported to the 派驻纪检监察组."),
    F("no-accountability", 5, "0.16万 fuel returned and 3 people 批评教育; meals paid."),
    F("no-mechanism", 1, "《河湖问题交办督办销号办法》."),
    F("no-mechanism", 3, "修订《河湖治理专项资金管理办法》."),
    F("no-mechanism", 4, "《中心采购内部控制规程》."),
    F("no-mechanism", 5, "《巡河用车管理规定》."),
    F("no-owner", 6, "党支部副书记冉若虚 (the gap there is the slogan measure)."),
    F("no-deadline", 2, "2025年8月31日 (the gap there is the false 已完成)."),
], links=[
    L("县级河长巡河一律通过河长制信息平台实时签到", 1),
    L("已完成4条河流“一河一策”实施方案的修订", 2),
    L("从单位公用经费中调整归垫", 3),
    L("已按公开招标方式重新采购", 4),
    L("涉及的3名人员退回私用期间的燃油费用0.16万元", 5),
    L("牢固树立学习意识", 6),
    L("借调超过2年的2名人员已于2025年3月底返回原单位", 7)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
