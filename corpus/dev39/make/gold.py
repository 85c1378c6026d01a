"""Write p01..p10/gold.json (dev-pairs gold format) for dev39. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev24/make/gold.py. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蘵溪县医疗保障局党组 (county bureau): formal 反馈意见, areas （一）–（四）…方面 with continuous 1．–8．; 三、整改意见 not
# problems. Report: answers BY NUMBER only (“针对反馈意见第5项问题”, “第四方面的问题”), order 5,1,2,(3+4 merged),6,7,8.
G["p01"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[
    F("no-accountability", 3, "12.76万元 paid twice from the 医保基金 (重复结算); the feedback says 有关人员失职失责，必须严肃追究责任. The merged paragraph only recovers the money, rechecks data and adds a 双人复核规程; the 诫勉谈话/批评教育 in the same paragraph are for the 加班补助 of #4 (原办公室主任, 经办财务人员), not for the 医保事务中心 staff."),
    F("no-deadline", 7, "Item 六 (党员发展) names a 责任领导 but gives no 整改时限 or status, while every other item has one."),
], must_not_flag=[
    F("no-accountability", 4, "8.4万元 退缴 by the recipients; 原办公室主任 诫勉谈话, 2 财务人员 批评教育, 通报."),
    F("no-accountability", 5, "意识形态 is not misconduct; the feedback only asks in general 对履职不力的，要严肃问责."),
    F("no-accountability", 8, "Not named misconduct by a person; the report still gives a 提醒谈话 of the 信息股负责人 and a new tender."),
    F("no-deadline", 1, "长期坚持 with the staffing part done in June: a legitimate status."),
    F("no-deadline", 6, "长期坚持 for 组织生活: a legitimate status."),
    F("no-deadline", 2, "2025年12月底前实现现场检查全覆盖."),
    F("no-owner", 2, "由分管副局长蔺某某牵头、医药服务管理股具体负责 — owner written inline, no 责任领导 line."),
    F("no-mechanism", 3, "《异地就医费用结算双人复核规程》 and a system check rule (the gap there is accountability)."),
    F("no-mechanism", 5, "修订《局党组意识形态工作责任制实施细则》, 制定《微信公众号信息发布审核办法》."),
    F("late-report", None, "Feedback 2025-04-16, report 2025-07-08: 83 days."),
    F("weak-leadership", None, "领导小组 headed by 党组书记邝砚秋 as 第一责任人; 4 党组会议 + 2 推进会."),
    F("no-disclosure", None, "Published on the county government portal with a 监督电话."),
], links=[
    L("对2条解读有误的信息发布更正说明", 5), L("6个经办点全部配备专职经办人员", 1), L("暂停其中1家医保结算3个月", 2),
    L("对重复结算的12.76万元全部追回", 3), L("已全部由领取人员退缴", 4), L("提出批评意见23条", 6),
    L("确定5名35岁以下干部为入党积极分子培养对象", 7), L("通过县公共资源交易中心公开招标", 8)])

# p02 蔤湾镇党委 (township): 反馈会 speech, problems 一是…七是, requirements 一要…三要 (not problems).
# Report (GB18030): grouped by the unit's OWN THEMES 思想/组织/作风/制度/发展建设, 一是… inside; order 7,5,(4,2),(3,6),1.
G["p02"] = dict(mode="pair", issues=7, unanswered=[6], must_flag=[
    F("unanswered-issue", 6, "白条入账 23笔 9.6万 and 加油卡: the 制度建设 section opens “针对议事决策和财务管理方面的问题” but all three measures are on 议事规则/三重一大; nothing on 白条, 财政所 or 加油卡."),
    F("vague-measure", 4, "作风 (窗口脱岗, 跑4趟) answered only by slogans: 提高政治站位, 牢固树立…, 切实增强服务意识, 坚决克服庸懒散, 努力打造…服务型机关 — no action on 窗口 or 宅基地审批."),
    F("no-accountability", 2, "3 村干部 applied subsidies for relatives (4.3万): the report recovers the money, cross-checks, revises the 流程 and holds a 警示教育会, but nobody is named or dealt with, though the speech said 该处理的人要处理."),
], must_not_flag=[
    F("no-deadline", 3, "立行立改，已完成 is a legitimate status."),
    F("no-deadline", 1, "完成时限：2025年10月底前."),
    F("no-owner", 5, "Owner in brackets: （责任领导：镇党委副书记闵澄；…）."),
    F("no-mechanism", 1, "《村集体经济项目论证和管护办法》."),
    F("no-mechanism", 3, "修订《镇党委会议议事规则》和《“三重一大”事项集体决策实施办法》."),
    F("no-mechanism", 7, "修订《理论学习中心组学习规则》."),
    F("late-report", None, "Feedback 2025-05-13, report 2025-08-05: 84 days; the speech sets the usual three months."),
    F("weak-leadership", None, "镇党委书记甘淇 heads the 领导小组 as 第一责任人, 直接部署、直接过问."),
    F("no-disclosure", None, "镇政务公开栏, “蔤湾发布”公众号, 监督电话."),
], links=[
    L("修订《理论学习中心组学习规则》", 7), L("对11名失联流动党员逐一查找", 5), L("努力打造人民满意的服务型机关", 4),
    L("共4.3万元全部追缴到位", 2), L("修订《镇党委会议议事规则》", 3), L("由县内一家茶业合作社承租运营", 1)])

# p03 藫口村党支部 (village): 问题清单 函, 问题N【类别】 + 问题描述：/整改要求：lines (整改要求 not problems).
# Report (UTF-8 CRLF): reworded 关于…的问题 headings in order 2,3,5,1,6,4; #4 answered by one short line.
G["p03"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("copied-measure", 5, "Item 三 restates the feedback's description (未经村民代表会议讨论决定、由村支书直接指定施工队承建、没有执行“四议两公开”程序) and adds 坚决予以纠正/确保不再发生 — no action."),
    F("no-owner", 3, "Item 二 (鱼塘承包费) has only 完成时间, no 责任人, while every other item names one."),
], must_not_flag=[
    F("no-accountability", 2, "1.86万 returned; 村委会主任蒯立新 党内警告处分, 4 村干部 诫勉谈话."),
    F("no-mechanism", 2, "《藫口村村干部补贴发放管理规定》."),
    F("no-owner", 4, "The short line carries its owner in brackets (村务监督委员会主任郗德明)."),
    F("no-deadline", 4, "Done: 公开栏已于4月10日全部更新."),
    F("no-deadline", 5, "长期坚持 is a legitimate status (the gap there is the copied text)."),
    F("inconsistent-claim", None, "3 done (#2, #1, #4) + 2 推进 (#3, #6) + 1 长期坚持 (#5) = 6, as claimed."),
    F("late-report", None, "List 2025-04-02, report 2025-06-25: 84 days."),
    F("no-disclosure", None, "Report posted on the 村务公开栏."),
], links=[
    L("已于4月15日全部退回村集体账户", 2), L("首期1.6万元已到账", 3), L("坚决予以纠正", 5),
    L("制定2025年主题党日活动计划", 1), L("务工地党组织协查", 6), L("公开栏已于4月10日全部更新", 4)])

# p04 薲水县城乡公交集团 (state firm): 反馈意见 一、…七、 each “heading。detail”. Report: DOCX with a 7-column
# 整改落实台账 TABLE, group rows 一、…四、 of its own, rows 1.1–4.1 reworded, order 1,7,3,2,4,5,6.
G["p04"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-accountability", 2, "公车私用 11次 (one 副总经理 7次, 2100 km, fuel reimbursed): row 2.2 only adds 北斗定位, 封存, a revised 办法 — nobody dealt with, nothing recovered, though the feedback demanded 依规依纪严肃处理有关责任人."),
    F("inconsistent-claim", None, "Preamble: “反馈的7项问题已全部整改完成”, but row 3.2 is “正在推进” (system due 2025年10月) and row 3.1 says 培训长期坚持."),
], must_not_flag=[
    F("no-accountability", 3, "2.3万 退赔; 分管副总经理 诫勉谈话, 办公室主任、财务部经理 批评教育."),
    F("no-mechanism", 2, "修订《公务用车使用管理办法》 (the gap there is accountability)."),
    F("no-deadline", 6, "立行立改 is a legitimate time answer."),
    F("no-deadline", 7, "长期坚持."),
    F("no-deadline", 4, "2025年12月底前."),
    F("no-owner", 4, "责任领导 cell “分管安全副总经理濮某某牵头”."),
    F("late-report", None, "Feedback 2025-06-10, report 2025-08-29: 80 days."),
    F("weak-leadership", None, "党委书记阚立岩 heads the 领导小组, 第一责任人, 5 meetings, site visits."),
    F("no-disclosure", None, "公司官网 and 营运站公告栏, 监督电话."),
], links=[
    L("制定《党委前置研究讨论重大经营管理事项清单》", 1), L("安全行车党员示范线", 7), L("已由相关责任人全额退赔", 3),
    L("加装北斗定位终端", 2), L("实行驾驶员连续驾驶4小时强制休息", 4), L("实行双人清点、全程视频监控", 5),
    L("补充考察、公示", 6)])

# p05 蘥川县第二中学党总支 (school): 纪委 website news item, problems in one “巡察组指出…；…等问题” sentence (7).
# Report (UTF-16 LE BOM): merged headings （二）(#2 + #4) and （四）(#5 + #6); #1 answered in two places (（一） and 三、举一反三);
# #7 answered by one short line.
G["p05"] = dict(mode="pair", issues=7, unanswered=[4], must_flag=[
    F("unanswered-issue", 4, "有偿补课: heading （二） names “规范办学行为和师德师风建设”, but all four measures are about the 教辅资料费; nothing on 有偿补课 or teachers."),
    F("no-mechanism", 6, "意识形态阵地 (信息发布未经审核): only a one-off clean-up (删除37条, 停用5个网页); no 审核 rule, although the feedback names the missing review."),
], must_not_flag=[
    F("no-accountability", 2, "14.6万 refunded; 分管副校长 诫勉谈话, 教务处主任 批评教育."),
    F("no-accountability", 3, "原总务处主任's 问题线索 移交县纪委监委, 已立案审查."),
    F("no-mechanism", 2, "《学校代收费管理办法》."),
    F("no-mechanism", 3, "《学校食堂大宗食材采购管理办法》, 膳食委员会."),
    F("no-mechanism", 5, "修订《党总支“三会一课”制度实施细则》."),
    F("no-deadline", 1, "2025年6月底前 (and 长期坚持 for the 举一反三 part)."),
    F("no-owner", 3, "Owner in brackets: 副校长鲍芸."),
    F("late-report", None, "Feedback 2025-05-21, report 2025-08-15: 86 days."),
    F("weak-leadership", None, "党总支书记蓟远帆 heads the 领导小组 as 第一责任人, 亲自过问、亲自督办."),
], links=[
    L("初三年级思政课每周恢复至3课时", 1), L("聘请2名县委党校教师担任兼职思政课教师", 1), L("已按原渠道全额退还学生家长", 2),
    L("通过县公共资源交易平台公开招标", 3), L("修订《党总支“三会一课”制度实施细则》", 5), L("删除过时和不规范信息37条", 6),
    L("教学楼维修工程超付的工程款8.9万元已于6月全部追回", 7)])

# p06 蘠坪镇中心卫生院党支部 (health centre): formal 反馈意见 一、…四、…方面 with RESTARTING 1．2． (7).
# Report: preamble + ｜-separated ledger rows numbered 1.1…4.1 with reworded problems, order 1,2,3,4,6,5,7. Late.
G["p06"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2025-03-20, report 2025-07-21: 123 days, beyond three months."),
    F("no-accountability", 2, "虚报冒领 5.1万 公卫补助 (feedback: 对相关责任人员要严肃追责): row 1.2 returns the money, trains staff and adds a 三级核查制度 — nobody dealt with; the two 诫勉谈话 in the preamble belong to rows 2.1 and 2.3."),
    F("no-owner", 4, "Row 2.2 (耗材线下采购) has an empty 责任人 field."),
], must_not_flag=[
    F("no-accountability", 3, "2.7万 returned to 213 人次; 收费室主任 诫勉谈话, 2 医生 批评教育."),
    F("no-mechanism", 2, "三级核查制度 (the gap there is accountability)."),
    F("no-mechanism", 4, "《医用耗材采购管理办法》."),
    F("no-deadline", 3, "立行立改."),
    F("no-deadline", 5, "长期坚持."),
    F("no-owner", 1, "“副院长籍某某牵头，公卫科配合”."),
    F("inconsistent-claim", None, "5 完成 + 1 基本完成 + 1 推进 = 7; 2.7万/5.1万; 诫勉2 (rows 2.1, 2.3), 批评2 (row 2.1); 4 rules named."),
    F("weak-leadership", None, "书记、院长酆守拙 heads the 领导小组 as 第一责任人."),
    F("no-disclosure", None, "门诊大厅公示栏, 监督电话."),
], links=[
    L("每个家庭医生团队包片负责", 1), L("多申领的5.1万元已退回县卫生健康局", 2), L("退还重复收取的费用2.7万元", 3),
    L("确需线下采购的实行三家比价", 4), L("14件投诉已全部回访处理", 6), L("重新明确5名支委分工", 5),
    L("全自动生化分析仪已于5月启用", 7)])

# p07 蘐城社区党委 (community): WeChat news item, problems inline 一是…六是. Report: grouped under three AREA headings with
# 一是… paragraphs; half-width , : ( ) ; mixed with full-width punctuation.
G["p07"] = dict(mode="pair", issues=6, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "物业纠纷 / 3件信访积案: section 三 opens “围绕居民议事和矛盾纠纷化解” but its three measures are all on 议事协商 (#3); nothing on 物业 disputes or the backlog."),
    F("no-deadline", 4, "社区用房 rent: 1.8万 “正在清理” with an owner line but no 时限, while the other blocks give one."),
], must_not_flag=[
    F("no-accountability", 2, "1.9万 recovered; one worker 党内警告处分, another 诫勉谈话, the secretary a written self-criticism."),
    F("no-accountability", 4, "社区居委会副主任 诫勉谈话 for keeping the rent."),
    F("no-mechanism", 3, "《蘐城社区居民议事协商规则》."),
    F("no-mechanism", 4, "《蘐城社区集体资产和收益管理办法》 (the gap there is the time limit)."),
    F("no-deadline", 1, "完成时限:2025年8月底前."),
    F("no-deadline", 2, "2025年7月底前,已完成."),
    F("late-report", None, "Feedback 2025-06-05, report 2025-08-22: 78 days."),
    F("weak-leadership", None, "Secretary 荀静秋 heads the 整改工作小组 as 第一责任人; 三张清单."),
    F("no-disclosure", None, "社区公开栏 and “蘐城邻里” 公众号."),
], links=[
    L("逐一调整支部书记", 1), L("补交党费共计2860元", 6), L("已全部追回并上缴区财政", 2),
    L("已收回2.8万元缴入街道财政所社区专户", 4), L("制定《蘐城社区居民议事协商规则》", 3), L("补开居民议事会4次", 3)])

# p08 蘱阳县农业技术推广中心党支部 (事业单位): 反馈意见 一、…六、 “heading。detail”; 整改意见 （一）–（四） not problems.
# Report: plain REWORDED headings sharing few words with the feedback, order 1,4,6,2,5,3; brackets for owner/time. GOOD REPORT.
G["p08"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[], must_not_flag=[
    F("no-accountability", 2, "3.6万 recovered; 财务人员 党内警告处分, 分管副主任 诫勉谈话."),
    F("no-accountability", 3, "示范基地 delay is not misconduct; the feedback only asks in general 对工作推进不力、敷衍塞责的，要严肃追责问责."),
    F("no-deadline", 5, "长期坚持."),
    F("no-deadline", 3, "2025年12月底前，正在推进."),
    F("no-deadline", 4, "招聘 2025年10月底前, training 长期坚持."),
    F("no-owner", 1, "Owner in brackets: 副主任宫季蘅."),
    F("no-mechanism", 6, "《中心固定资产管理办法》."),
    F("no-mechanism", 2, "《农业项目资金使用管理办法》."),
    F("inconsistent-claim", None, "3 done (#1, #6, #2) + 1 长期坚持 (#5) + 2 推进 (#4, #3) = 6; 3.6万; 警告1, 诫勉1; 5 rules named."),
    F("late-report", None, "Feedback 2025-07-08, report 2025-09-26: 80 days."),
    F("weak-leadership", None, "书记褚耕野 heads the 领导小组, 直接部署、直接过问、直接督办."),
    F("no-disclosure", None, "中心公开栏 and the 县农业农村局 website."),
    F("vague-measure", 4, "Heading “把人才梯队建起来” is a slogan but the measures are concrete (4 recruits, mentoring, training)."),
], links=[
    L("实行技术人员包乡联村制度", 1), L("2025年公开招聘农学类专业技术人员4名", 4), L("对全部固定资产进行清查盘点", 6),
    L("已全部追回，缴回项目资金专户", 2), L("分设支委会和党员大会记录本", 5), L("成立基地建设专班", 3)])

# p09 蘮岭县总工会党组 (群团): 反馈会 speech, problems 第一，…第六，; requirements 一是…四是 (not problems).
# Report: preamble + TAB-separated 整改台账 rows 1.1…3.2 under own group lines, rows reworded; order 1,4,3,2,5,6.
G["p09"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("vague-measure", 1, "Row 1.1 (职工服务中心挂牌不服务) is slogans only: 进一步强化服务意识, 切实发挥好…作用, 不断提升…, 努力让职工群众满意."),
    F("no-mechanism", 3, "购物卡 3.8万 and 大额支出一人签批 (“没有制度依据”; the speech asks to 把制度的笼子扎紧): row 2.1 refunds and disciplines but makes no 经费审批 rule."),
    F("repeated-measure", 5, "Rows 3.1 and 3.2 carry the same sentence (组织党员干部认真学习党的创新理论和党章党规，对照巡察反馈问题开展自查自纠…)."),
    F("repeated-measure", 6, "Same pasted sentence as row 3.1; only a short 入党积极分子 clause is added."),
], must_not_flag=[
    F("no-accountability", 2, "2.4万 追缴; 县纪委监委: 党内严重警告1, 党内警告1."),
    F("no-accountability", 3, "3.8万 returned; 办公室主任 诫勉谈话, 分管副主席 批评教育 (the gap there is the rule)."),
    F("no-mechanism", 2, "《困难职工帮扶资金管理办法》."),
    F("no-mechanism", 4, "新建工会“一年跟踪”制度."),
    F("no-deadline", 1, "长期坚持 (the gap there is vagueness)."),
    F("no-deadline", 5, "长期坚持."),
    F("no-owner", 5, "责任领导 党组成员、副主席蔺砚舟."),
    F("inconsistent-claim", None, "2 done (2.1, 2.2) + 1 推进 (1.2) + 3 长期坚持 = 6; 3.8 + 2.4 = 6.2万; sanctions 1+1+1+1 match the rows."),
    F("late-report", None, "Feedback 2025-04-24, report 2025-07-16: 83 days."),
    F("weak-leadership", None, "党组书记、主席聂长宁 heads the 领导小组 as 第一责任人."),
    F("no-disclosure", None, "门户网站 and “蘮岭工会” 公众号, 监督电话."),
], links=[
    L("切实发挥好职工服务中心", 1), L("对17家未开展活动的企业工会逐家上门指导", 4), L("已由机关职工全额退回", 3),
    L("2名干部冒领的2.4万元已全部追缴", 2), L("确定2名青年干部为入党积极分子", 6)])

# p10 蘛江县人民检察院党组 (procuratorate): formal 反馈意见 （一）–（三）…方面 with continuous 1．–9．; the closing
# 一是…四是 整改意见 are not problems. Report: plain reworded headings, order 1,2,(3+4),(5+6),7,8,9; #2 split into
# （二） and 二、举一反三.
G["p10"] = dict(mode="pair", issues=9, unanswered=[], must_flag=[
    F("copied-measure", 6, "Under merged heading （四）, the 案件质量评查 part only echoes the feedback: 针对案件质量评查流于形式的问题…确保案件质量评查不再流于形式 — no action, no link to 业绩考核."),
    F("no-accountability", 4, "公款旅游 3.1万 in 培训费 (feedback: 依规依纪严肃处理): the merged section （三） only has the money 退赔 and a new 规定; the 政务警告/诫勉谈话 there are for the tender splitting (#3)."),
    F("inconsistent-claim", None, "Summary: 党纪政务处分2人、诫勉谈话3人; the body names one 政务警告 and one 诫勉谈话."),
], must_not_flag=[
    F("no-accountability", 3, "时任办公室主任 政务警告处分, 分管副检察长 诫勉谈话."),
    F("no-mechanism", 1, "涉企案件“月通报、季清理”制度."),
    F("no-mechanism", 2, "《公益诉讼诉前检察建议跟踪监督办法》."),
    F("no-mechanism", 3, "修订《机关基建工程和政府采购管理办法》."),
    F("no-mechanism", 4, "《干警外出学习培训管理规定》 (the gap there is accountability)."),
    F("no-deadline", 7, "2025年12月底前，正在推进."),
    F("no-deadline", 9, "2025年11月底前."),
    F("no-owner", 8, "Owner in brackets: 机关党委书记冉冬青."),
    F("late-report", None, "Feedback 2025-06-18, report 2025-09-10: 84 days."),
    F("weak-leadership", None, "党组书记、检察长卓怀瑾 heads the 领导小组 as 第一责任人."),
    F("no-disclosure", None, "院门户网站 and 县融媒体中心, 监督电话."),
], links=[
    L("逐案召开检察官联席会议研究", 1), L("制定《公益诉讼诉前检察建议跟踪监督办法》", 2),
    L("对6件未跟踪的检察建议逐件实地核实整改情况", 2), L("给予时任办公室主任政务警告处分", 3),
    L("已由参加人员按人头全额退赔", 4), L("表决结果逐人记载", 5), L("确保案件质量评查不再流于形式", 6),
    L("对40岁以下的9名干警实行导师制培养", 7), L("创建“清江护绿”支部品牌", 8), L("已完成2015年至2019年档案的数字化扫描", 9)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
