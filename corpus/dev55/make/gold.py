"""Write p01..p10/gold.json (dev-pairs gold format) for dev55. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev44/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蕤阳县救助管理站党支部: formal 反馈意见, （一）…方面 areas + continuous 1．–7． "heading。evidence；evidence". GOOD.
G["p01"] = dict(issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "书记、站长宓临川 heads the 领导小组 as 第一责任人, 直接部署/过问/督办, 4 推进会, 2 site checks."),
    F("late-report", None, "Feedback 2025-03-18, report 2025-06-10: 84 days."),
    F("no-disclosure", None, "下一步 三是: 站务公开栏 and 县民政局门户网站, 监督电话."),
    F("inconsistent-claim", None, "23 = 21 done + 2 named long-term; 4.3万 = 3.2万 + 1.1万; 诫勉1 + 批评3 all named in items; 2 new + 1 revised rules named."),
    F("no-accountability", 2, "3.2万 recovered and the 救助科科长 批评教育."),
    F("no-accountability", 3, "1.1万 退缴, 副站长 诫勉谈话 + 书面检查."),
    F("no-accountability", 4, "财务室经办人员 批评教育."),
    F("no-mechanism", 2, "《站外托养服务监督管理办法》."),
    F("no-mechanism", 5, "《救助物资管理办法》."),
    F("no-deadline", 6, "Two parts dated 2025-05-31, the third 长期坚持."),
    F("no-owner", 1, "副站长臧望舒."),
], links=[
    L("为7名受助人员补采照片和指纹", 1), L("确认多付托养费3.2万元", 2), L("折价1.1万元，已由领取人员全部退缴", 3),
    L("临时救助金原则上通过银行转账发放", 4), L("梳理风险点14个", 5), L("支委会按月召开", 6),
    L("将救助科、财务室两个关键岗位调整为在编人员担任", 7)])

# p02 蘅溪县法律援助中心党支部: area paragraphs 一、在…方面，一是…二是… restarting (2+3+2). Report: secretary's
# first-person report (GB18030) in another order 3,4,1,2,5,6,7.
G["p02"] = dict(issues=7, unanswered=[], must_flag=[
    F("no-accountability", 5, "值班律师 absent 7 of 20 days yet paid 2.2万: the report adds face sign-in and a rule, but recovers nothing and deals with nobody, though 整改要求 二 demands both."),
    F("late-report", None, "Feedback 2025-01-14 with a 三个月内 limit (2025-04-14); the report is dated 2025-05-06: 112 days."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary writes as 第一责任人, heads the 领导小组, 3 推进会, 2 site visits, 当面督办."),
    F("no-disclosure", None, "“整改情况已在县司法局门户网站公开”."),
    F("inconsistent-claim", None, "21 = 19 done + 2 pending, the two named in （七） with a date; 1.5万 and 0.8万 each in their item."),
    F("no-accountability", 3, "1.5万 recovered; 经办人 诫勉谈话."),
    F("no-accountability", 4, "0.8万 returned; 办公室负责人 批评教育."),
    F("no-mechanism", 5, "《值班律师工作管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 3, "《法律援助案件补贴审核发放办法》."),
    F("no-deadline", 7, "完成时间：2025年6月30日."),
    F("no-owner", 6, "支部书记封予澄."),
], links=[
    L("受理审查实行“一案一表”", 1), L("出台了《援助案件质量评估办法》", 2), L("确认11件案件重复发放补贴1.5万元", 3),
    L("无公函、无清单的餐费已由当时的审批人员全部退回", 4), L("启用了人脸识别签到", 5), L("提出批评意见23条", 6),
    L("已为转出的1名党员办结名册注销手续", 7)])

# p03 萑山县委政策研究室党支部: 组长's 反馈会 speech, 第一，…第六， one problem per paragraph; 一要…三要 not problems.
# Report: 问题N：/整改情况： with a bracket.
G["p03"] = dict(issues=6, unanswered=[], must_flag=[
    F("vague-measure", 4, "问题4's 整改情况 is slogans only (提高政治站位…压紧压实…守土有责): no 专题研究, nothing on the 公众号 review or the 网评员 team."),
    F("no-mechanism", 2, "The feedback says 至今没有制定文稿审核管理办法 and the speech asks to 建章立制; the answer corrects two papers and criticises one person but makes no rule or procedure."),
    F("no-disclosure", None, "要求 三 asks to publish the rectification; the report never says it is or will be published."),
], must_not_flag=[
    F("weak-leadership", None, "书记、主任满汝霖 heads the 领导小组 as 第一责任人, 3 推进会, 亲自督办 two items."),
    F("late-report", None, "Feedback 2025-04-22, report 2025-07-15: 84 days."),
    F("inconsistent-claim", None, "19 = 17 done + 2 in progress (问题4, 问题6); 1.3万, 诫勉1, 批评2, 1 new + 2 revised rules all traceable."),
    F("vague-measure", 1, "Opens with 深刻认识调查研究是谋事之基 but then four concrete acts (12 选题 报审定, 2 reports withdrawn, a 跟踪台账, a new 规定)."),
    F("copied-measure", 5, "Opens by restating the problem (针对…“两张皮”的问题) and then acts: 3 主题党日, 积分管理 restarted."),
    F("no-accountability", 3, "1.3万 退缴; 原办公室主任 诫勉谈话."),
    F("no-accountability", 2, "初审 staff 批评教育."),
    F("no-mechanism", 1, "《调查研究工作规定》."),
    F("no-mechanism", 3, "修订《机关公务接待管理规定》."),
    F("no-deadline", 6, "完成时限：2025年9月30日."),
    F("no-owner", 4, "主任满汝霖 (the gap there is the slogan answer)."),
], links=[
    L("12个选题于5月8日报县委审定", 1), L("已会同县委办公室发出更正说明", 2), L("费用1.3万元已由参加人员全部退缴", 3),
    L("压紧压实意识形态工作责任", 4), L("重新启用党员积分管理", 5), L("3名借调干部中已有2名于6月回到研究室工作", 6)])

# p04 蓍城县环境卫生管理所党支部: 问题清单 问题N： + 具体表现：. Report (UTF-16 LE BOM): preamble + ｜-row ledger.
G["p04"] = dict(issues=6, unanswered=[], must_flag=[
    F("no-owner", 3, "Row 3's 责任人 is “各班组” — no one person; every other row names one."),
    F("no-deadline", 6, "Row 6's 整改时限 is “待县直机关工委统一安排后推进” — no date, and the row is 推进中."),
    F("inconsistent-claim", None, "“6个问题已全部整改到位，22项整改措施全部完成，整改完成率100%” while row 4 is 正在推进 (one month's wages still 追讨) and row 6 推进中."),
], must_not_flag=[
    F("weak-leadership", None, "书记、所长郜远帆 heads the 领导小组 as 第一责任人, 4 推进会, 3 site checks."),
    F("late-report", None, "Feedback 2025-02-20, report 2025-05-16: 85 days."),
    F("no-disclosure", None, "所务公开栏 and 县城市管理局门户网站."),
    F("no-accountability", 2, "4.6万 deducted; 作业科科长 批评教育."),
    F("no-accountability", 3, "2 drivers 批评教育 (the gap there is the owner)."),
    F("no-accountability", 5, "0.9万 returned; 原副所长 诫勉谈话; 经办人 书面检查 + 批评教育."),
    F("no-mechanism", 1, "修订《乡镇垃圾中转站考核办法》."),
    F("no-mechanism", 3, "《环卫车辆及油料管理办法》."),
    F("no-owner", 1, "副所长牟清和."),
    F("no-deadline", 3, "2025年3月31日 (the gap there is the owner)."),
], links=[
    L("对12处垃圾积存点全部清运", 1), L("城区清扫保洁项目于4月重新公开招标", 2), L("实行一车一卡、定点加油、每月油耗分析", 3),
    L("已补发其中1个月工资", 4), L("所机关管理人员领取的购物卡金额0.9万元已全部退回", 5), L("对全体党员党费交纳基数逐人核定", 6)])

# p05 薤川县汽车客运站有限公司党支部: 纪委监委 website news item (GB18030), 一是…七是 each "heading。evidence；evidence".
# Report: public 整改进展情况的通报 with 信息公开 header, （N）关于…的问题 + 整改情况：.
G["p05"] = dict(issues=7, unanswered=[], must_flag=[
    F("copied-measure", 2, "（二）'s 整改情况 turns the feedback's own evidence into promises (杜绝“三品”查堵检查流于形式，确保安检仪按期校准、…例会按月召开、…有专人盯守): nothing done, no date, no person."),
    F("no-accountability", 6, "Two cadres promoted without 民主推荐, one the 总经理's relative with no 回避: the answer re-runs the 推荐 and writes a rule, but nobody is dealt with, though the news item says the group asked to 依规依纪追究相关人员责任."),
], must_not_flag=[
    F("weak-leadership", None, "书记、董事长车望霖 heads the 领导小组 as 第一责任人, 亲自部署/过问/协调."),
    F("late-report", None, "Feedback 2025-03-06, 通报 2025-05-28: 83 days."),
    F("no-disclosure", None, "A public 通报 (主动公开) with phone, address and a comment period."),
    F("inconsistent-claim", None, "5 done + 2 基本完成 = 7; 22 + 3 = 25; 11.8万 = 8.7万 + 3.1万; 诫勉1 + 批评3; 5 rules named."),
    F("no-accountability", 4, "1.6万 退缴; 办公室主任 诫勉谈话."),
    F("no-accountability", 5, "3.1万 收回; 财务部负责人 and 2 staff 批评教育."),
    F("no-accountability", 3, "8.7万 arrears collected; the feedback asked for recovery here, not for a person."),
    F("no-mechanism", 6, "《中层管理人员选拔任用办法》 (the gap there is accountability)."),
    F("no-mechanism", 3, "《站内经营性资产租赁管理办法》."),
    F("no-mechanism", 5, "《备用金管理规定》."),
    F("no-deadline", 3, "The last 5 shops 计划于7月底前完成."),
], links=[
    L("修订《党支部前置研究讨论重大经营管理事项清单》", 1), L("确保安检仪按期校准", 2), L("已收回租金8.7万元", 3),
    L("4次聚餐费用1.6万元已由参加人员全部退缴", 4), L("票款实行当日解缴、次日核对", 5),
    L("对2024年提拔的2名中层干部补充开展民主推荐", 6), L("按3个站务班组划分党小组", 7)])

# p06 蘩江县水土保持工作站党支部: THEME headings — （一）党的领导弱化 holds 3 problems, （二）全面从严治党不力 holds 2,
# （三）（四） are particular failings followed only by evidence (1 each): 3 + 2 + 1 + 1 = 7.
# Report: the unit's own headings 一、…六、 with 一是… and a bracket.
G["p06"] = dict(issues=7, unanswered=[3], must_flag=[
    F("unanswered-issue", 3, "意识形态工作责任制落实不力 (网页 no review, a wrong 科普 article) — the third problem inside the 党的领导弱化 paragraph — has no answer: heading 一、 covers study (#1), 二、 supervision (#2), then 三、 jumps to #4."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人: “站党支部召开会议进行了研究，将反馈问题按职责分工分解到各科室，由站办公室负责收集汇总”, though the feedback asked the 书记 to 亲自研究、亲自部署. The 站长兼支部书记 appears only as 责任人 of one item."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-05-08, report 2025-07-30: 83 days."),
    F("no-disclosure", None, "“整改情况已在站门户网页公开”."),
    F("inconsistent-claim", None, "8.4万 = 6.8万 + 0.9万 + 0.7万; 诫勉1, 批评1, 提醒1; 4 rules named."),
    F("unanswered-issue", 2, "The second problem of the theme paragraph is answered under its own heading 二、强化监管职责 (31 projects checked, 4 提请立案)."),
    F("unanswered-issue", 4, "First problem of the （二） paragraph, answered under 三、压实主体责任."),
    F("no-accountability", 5, "6.8万 追回; 工程科科长 诫勉谈话; 监理费 扣减."),
    F("no-accountability", 6, "0.9万 + 0.7万 退缴; organiser 批评教育."),
    F("no-mechanism", 2, "《生产建设项目水土保持监督检查工作规程》."),
    F("no-mechanism", 5, "修订《水土保持治理项目验收管理办法》."),
    F("no-deadline", 7, "2025年7月31日."),
], links=[
    L("每月组织1次专题学习", 1), L("11个此前未检查的项目已全部完成检查", 2),
    L("支部书记与2名班子成员、班子成员与5名科室负责人分别进行了廉政谈话", 4), L("确认超付工程款6.8万元", 5),
    L("节日发放的土特产费用0.7万元已由领取人员全部退回", 6), L("会议当场记录、当场签字", 7)])

# p07 薁山县土地储备中心党支部: DOCX 反馈意见, bold 一、…方面 areas, continuous 1．–7． "heading。evidence；…".
# Report: by number 一、针对第N个问题（…）, #3 + #7 merged, boilerplate under #2 and #5.
G["p07"] = dict(issues=7, unanswered=[], must_flag=[
    F("repeated-measure", 2, "第2个问题 is answered only by a boilerplate paragraph (高度重视…认真学习…举一反三…不解决不松手…规范化、制度化轨道) pasted again under 第5个问题; nothing on the 4 leases or the 9.6万."),
    F("repeated-measure", 5, "第5个问题 (contracts, payment/booking by one person, seal use) repeats 第2个问题's paragraph word for word after a different first clause."),
    F("no-accountability", 4, "0.6万 of 月饼 given to staff and a 副主任's private car use: the answer only adds a ledger, a 派车单 and a rule; no money returned and nobody dealt with, though the feedback asked to 依规依纪处理."),
], must_not_flag=[
    F("weak-leadership", None, "书记、主任沈怀瑾 heads the 领导小组 as 第一责任人, 4 推进会, site 督办."),
    F("late-report", None, "Feedback 2024-10-09, report 2024-12-30: 82 days."),
    F("no-disclosure", None, "Will be published on the 县自然资源局门户网站."),
    F("inconsistent-claim", None, "21 = 19 + 2 (第2个问题 and the 6 宗 carried over, both stated); 7.4万; 诫勉1 + 批评2; 3 rules named."),
    F("repeated-measure", 3, "The merged answer for 第3个问题和第7个问题 says so and has parts specific to each."),
    F("repeated-measure", 7, "Same merged answer."),
    F("unanswered-issue", 7, "Answered inside the merged heading (首问负责, 3 信访件 re-answered, 2 cadres 批评教育)."),
    F("no-accountability", 3, "7.4万 追回; 收储科科长 诫勉谈话."),
    F("no-accountability", 7, "2 cadres 批评教育."),
    F("no-mechanism", 4, "《节日慰问物资管理规定》 (the gap there is accountability)."),
    F("no-mechanism", 3, "《地上附着物补偿审核办法》."),
    F("no-owner", 1, "副主任全书远."),
    F("no-deadline", 1, "2024年12月20日, the rest carried into the 2025 Q1 plan."),
], links=[
    L("补做权属和地上附着物调查", 1), L("针对闲置储备土地临时利用不规范的问题", 2),
    L("对重复计算的1户补偿款，经做工作已追回7.4万元", 3), L("3件超期信访件已重新答复", 7),
    L("建立了节日慰问物资采购发放登记台账", 4), L("针对内部控制薄弱的问题", 5), L("在2个重点收储片区设立党员责任区", 6)])

# p08 藟台县农贸市场服务中心党支部: formal 反馈意见, 一、…六、 "heading。evidence；evidence" paragraphs; 整改要求 （一）–（四）
# not problems. Report (UTF-8 CRLF): （N）关于…的问题 with 一是… and a bracket.
G["p08"] = dict(issues=6, unanswered=[], must_flag=[
    F("no-mechanism", 3, "The feedback says 中心至今没有制定收费管理办法 and 要求（三） asks for rules on 收费; the answer moves to QR payment and punishes the collector but writes no rule, while 快检 and 摊位 each got one."),
    F("no-disclosure", None, "要求（四） asks to publish the rectification; the report never does (公开摇号 of stalls and the posted 不收礼 pledge are not rectification disclosure)."),
    F("late-report", None, "Feedback 2024-08-27, limit 2024-11-27; report dated 2024-12-09: 104 days."),
], must_not_flag=[
    F("weak-leadership", None, "书记、主任匡明哲 heads the 领导小组 as 第一责任人, 5 推进会, 8 market checks."),
    F("inconsistent-claim", None, "20 = 18 + 2 (（三） and （六） say 正在推进); 4.4万 = 2.3 + 1.2 + 0.6 + 0.3; 警告1, 诫勉1, 批评3; 2 rules named."),
    F("no-accountability", 3, "收费员 党内警告, 财务人员 批评教育, 1.2万 追回 (the gap there is the rule)."),
    F("no-accountability", 2, "2.3万 追回; 原市场管理员 诫勉谈话."),
    F("no-accountability", 4, "0.6万 + 0.3万 退缴/退还; 副主任 批评教育."),
    F("no-mechanism", 1, "《市场快检室工作规程》."),
    F("no-mechanism", 2, "《摊位租赁管理办法》."),
    F("no-owner", 3, "书记、主任匡明哲."),
    F("no-deadline", 3, "2024年12月31日."),
], links=[
    L("快检完成率达到计划的102%", 1), L("收回6个被转租的摊位", 2), L("卫生费、临时摊位费一律改为扫码缴费", 3),
    L("折价0.6万元，已由收受人员退缴", 4), L("清理占用消防通道的摊位17个", 5), L("摸清3个市场党员摊主底数共14名", 6)])

# p09 蕸阳县种子管理站党支部: （一）…方面 areas with restarting 1．2． heading LINES + evidence lines (2+3+2).
# Report: DOCX with a 整改台账 table. GOOD.
G["p09"] = dict(issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "书记、站长敖景深 heads the 领导小组 as 第一责任人, 直接部署/过问/督办, 4 推进会, 3 checks."),
    F("late-report", None, "Feedback 2025-06-05, report 2025-08-26: 82 days."),
    F("no-disclosure", None, "站务公开栏 and 县农业农村局门户网站, 监督电话 (the 收费依据 公示 in row 3 is something else)."),
    F("inconsistent-claim", None, "22 = 21 + 1 长期; 6.7万 = 0.8 + 2.4 + 3.5; 诫勉2 + 批评1; 3 new + 1 revised named."),
    F("no-accountability", 4, "2.4万 退缴; 原副站长 诫勉谈话."),
    F("no-accountability", 5, "3.5万 退回; 财务人员 诫勉谈话."),
    F("no-accountability", 3, "检测室负责人 批评教育."),
    F("no-mechanism", 3, "《种子质量检测样品管理办法》."),
    F("no-mechanism", 5, "《良种推广补助资金管理办法》."),
    F("no-deadline", 7, "2025年7月31日 with 党员发展 长期坚持."),
    F("no-owner", 7, "组织委员汤若愚."),
], links=[
    L("销售未审定玉米种子的线索已于5月移送", 1), L("推广补助资金改为按实测种植面积拨付", 2),
    L("检测报告实行检测人、复核人、签发人三级签字", 3), L("2次外省参观费用2.4万元已由参加人员全部退缴", 4),
    L("以劳务费名义发放的3.5万元已由领取职工全部退回", 5), L("主题党日单独召开", 6),
    L("2名退休党员的组织关系已转接到居住地社区党组织", 7)])

# p10 蘼阳县房地产服务中心党支部: THEME headings — （一）党的领导弱化 with 一方面…另一方面… (2 problems), （二）全面从严治党
# 不力 with three problems in one paragraph, （三）（四） particular failings followed only by evidence: 2 + 3 + 1 + 1 = 7.
# Report: 关于“…”的问题 with 整改措施/责任领导/责任科室/整改时限/整改情况.
G["p10"] = dict(issues=7, unanswered=[2], must_flag=[
    F("unanswered-issue", 2, "“三重一大”决策制度执行不严 (5 matters decided without collective study) — the 另一方面 half of the theme paragraph — has no heading and no sentence in the report."),
    F("vague-measure", 6, "（五）选人用人 is slogans only (提高认识…严格执行…把好选人用人关…营造风清气正): nothing on the 2 unpublicised promotions, the birth-date discrepancy or the relative hired."),
    F("inconsistent-claim", None, "“共追回维修资金及违规款项18.6万元” while the items give 9.8万 + 1.4万 + 0.3万 = 11.5万."),
], must_not_flag=[
    F("weak-leadership", None, "书记、主任柏疏桐 heads the 领导小组 as 第一责任人, 4 推进会, 3 site 督办."),
    F("late-report", None, "Feedback 2025-02-11, report 2025-04-30: 78 days."),
    F("no-disclosure", None, "Will be published on the 县住房和城乡建设局门户网站."),
    F("unanswered-issue", 1, "The 一方面 half is answered under its own 关于 heading."),
    F("no-accountability", 3, "9.8万 追回; 维修资金科科长 诫勉谈话."),
    F("no-accountability", 5, "1.4万 退回 + 诫勉谈话; meals paid back, 科长 批评教育."),
    F("no-accountability", 4, "2 window staff 批评教育 and moved."),
    F("no-mechanism", 1, "《商品房预售资金监管实施细则》."),
    F("no-mechanism", 3, "修订《住宅专项维修资金使用审核办法》."),
    F("no-owner", 6, "书记柏疏桐 (the gap there is the slogan answer)."),
    F("no-deadline", 4, "2025年3月31日."),
], links=[
    L("3月在县农商银行开设存量房交易资金监管账户", 1), L("多拨付的9.8万元已从施工单位追回", 3), L("交易登记窗口实行取号办理", 4),
    L("使用单位加油卡为私家车加油的1.4万元已由本人全部退回", 5), L("切实把好选人用人关", 6),
    L("2名党员领导干部已编入支部第一党小组", 7)])

for name, g in G.items():
    out = {"mode": "pair", "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
