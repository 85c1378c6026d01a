"""Write p01..p10/gold.json (dev-pairs gold format) for dev28. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev24/make/gold.py. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蔊川县自然资源局党组 (county bureau): formal 反馈意见, 二、发现的主要问题 （一）–（七） "heading。detail" in one paragraph;
# 三、整改意见 一要…四要 not problems. Report: common 整改情况的报告, （N）关于“…”的问题 + 整改措施/责任领导/责任股室/整改时限/整改进展.
G["p01"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("vague-measure", 2, "（二） (学习停留在面上: 8 of 12 sessions without discussion, 用途管制 file only forwarded) is answered by a long fluent paragraph of attitude only (深刻反思, 以更高的站位、更实的作风、更严的标准, 学思用贯通、知信行统一, 展现新的担当) — no session, no discussion rule, nothing on the 用途管制 file; every other item is concrete."),
    F("no-accountability", 4, "原股长宁某某 renewed 2 mining rights without 集体研究 (one then over-mined, 46.2万 under-collected); the report re-examines, collects the money and writes a 会签办法, but nobody is dealt with — although the 整改意见 四要 asked for 严肃追责问责."),
    F("inconsistent-claim", None, "“共细化整改措施28条……已完成24条，正在推进3条”: 24 + 3 = 27, not 28."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长芮承霖 heads the 领导小组 as 第一责任人, reviewed the plan item by item, chaired 5 推进会, 3 site visits."),
    F("no-disclosure", None, "To be published on the county government portal and the 公开栏 with 监督电话 0873-6215408."),
    F("late-report", None, "Feedback 2025-04-16, report 2025-07-10: 85 days, inside three months."),
    F("no-accountability", 5, "办公室主任 诫勉谈话, the driver 党内警告, 3.8万 退缴."),
    F("no-mechanism", 4, "《矿业权审批集体研究和会签办法》 (the gap on #4 is accountability)."),
    F("no-mechanism", 3, "《不动产登记限时办结和超时预警办法》."),
    F("no-mechanism", 7, "审计整改跟踪督办制度, 党组会每季度听取."),
    F("no-deadline", 6, "交流轮岗 by 2025-06-30; 专业人才培养 长期坚持 is a legitimate standing answer."),
    F("no-deadline", 7, "2025年12月31日, 正在推进."),
    F("no-owner", 2, "党组书记芮承霖 is the 责任领导 (the gap there is the slogan measure)."),
    F("vague-measure", 3, "Concrete: data sharing for 6 kinds of material, 预警办法, 3.2 working days."),
], links=[
    L("会同属地乡镇拆除复耕9宗", 1), L("以更高的站位、更实的作风、更严的标准推动学习走深走实", 2),
    L("将完税凭证、网签合同等6类材料改为后台调取", 3), L("少缴的矿业权出让收益46.2万元已全部追缴入库", 4),
    L("对组织此次活动的办公室主任给予诫勉谈话", 5), L("对4名在同一岗位任职超过8年的股长实行交流轮岗", 6),
    L("剩余1宗197万元已向县人民法院申请强制执行", 7)])

# p02 菵陂镇党委 (township): 反馈会 speech by the 巡察组组长, 第一/第二/第三 areas each with 一是…二是… (6 problems);
# 一要…三要 requirements and the 三个月内 sentence are not problems. Report (CRLF): the 党委书记's first-person report, order 5,4,1,2,3.
G["p02"] = dict(mode="pair", issues=6, unanswered=[6], must_flag=[
    F("unanswered-issue", 6, "村级后备力量薄弱 (平均年龄56岁, 24 后备干部 of whom 15 在外务工) is never answered; the section “（一）抓村党组织建设” opens with 村级组织是…基础 but deals only with 三会一课 (#5)."),
    F("copied-measure", 3, "（五）发挥镇纪委监督作用 turns the feedback's own words into a promise (切实发挥监督作用, 改变…停留在“看台账、听汇报”的状况, 把村级工程项目专项检查抓起来, 不能一转了之) — no inspection held, no date, no case."),
    F("no-mechanism", 2, "防返贫监测: the 4 households are exited and 1.92万 recovered, the 2 包村干部 批评教育 — but no 比对/动态核查 rule or routine is set up to stop it recurring."),
    F("late-report", None, "Speech 2025-03-12 requires the report 三个月内 (by 2025-06-12); the report is dated 2025-07-29 (139 days)."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary writes as 第一责任人, heads the 领导小组, chaired 4 推进会, 4 village visits, 约谈 2 slow village secretaries."),
    F("no-disclosure", None, "Published on the 镇政务公开栏 and the 镇微信公众号."),
    F("inconsistent-claim", None, "17 tasks = 15 done + 2 ongoing; the two open items (污水站 苕口, 纪委 专项检查) fit."),
    F("no-accountability", 4, "7800元 退缴; 党政办主任 诫勉谈话, 经手人 批评教育."),
    F("no-accountability", 2, "2 包村干部 批评教育 and 书面检查 (the gap on #2 is the missing mechanism)."),
    F("no-mechanism", 4, "《菵陂镇公务接待管理细则》 and the 财政所 check of 办公用品 receipts."),
    F("no-mechanism", 5, "包片 委员 attend party meetings every quarter; 三会一课 in the secretaries' 述职评议."),
    F("no-mechanism", 1, "Standing 运维 by the 镇水利站 with 6万元 a year in the budget."),
    F("no-deadline", 5, "作为常态化要求长期坚持 — a standing duty, not a missing time limit."),
    F("vague-measure", 5, "Concrete: 约谈 3 secretaries, quarterly attendance, 党课 every half year."),
], links=[
    L("每季度随机列席各村党员大会", 5), L("在酒庄接待中发生的酒水费用7800元", 4), L("已完成1.6公里管网铺设", 1),
    L("已发放的1.92万元帮扶资金全部收回", 2), L("把村级工程项目专项检查抓起来", 3)])

# p03 蒟山村党支部 (village): 纪委 website news item, problems inline after “主要问题：一是…；…六是…” (6); 要求, the 巡察办 speech,
# the 表态 and the page chrome are not problems. Report: 问题N：/整改情况：/责任人：/完成时限： blocks.
G["p03"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-accountability", 2, "The 村党支部书记 and 村委会主任 took 1.46万 as 误工补贴 beyond the approved pay and the 报账员 faked 0.8万 of labour costs; the money is returned and a rule is set, but nobody is 约谈, 批评 or 处分 — the 书记 is himself the 责任人 of the item — although the feedback asked 对相关人员依规依纪严肃处理."),
    F("repeated-measure", 4, "问题四 ends with the same paragraph as 问题五 (组织全体党员认真学习《中国共产党支部工作条例（试行）》…切实提升支部规范化建设水平)."),
    F("repeated-measure", 5, "问题五 (发展党员把关不严) is only that shared paragraph: nothing on the 2 积极分子 whose 考察期 was short."),
    F("no-deadline", 3, "问题三 has a 责任人 line but no 完成时限, unlike the other five items."),
    F("no-disclosure", None, "The feedback asks for 在本村范围内公开; the report never publishes the rectification — 公开栏 and 张榜公示 there concern the finances and 误工补贴, not the report."),
], must_not_flag=[
    F("weak-leadership", None, "村党支部书记茹长根 is 第一责任人; the 镇党委 named a 包村领导 to guide."),
    F("late-report", None, "Feedback 2025-05-16, report 2025-08-08: 84 days."),
    F("inconsistent-claim", None, "15 measures = 13 done + 2 ongoing (the 厂房 title and the 3 unreached 流动党员)."),
    F("no-mechanism", 1, "《蒟山村集体资产登记和发包管理办法》."),
    F("no-mechanism", 2, "误工补贴 standard fixed by the 村民代表会议 and 张榜公示 (the gap on #2 is accountability)."),
    F("no-mechanism", 6, "Quarterly update by the 10th, 监委会 sign-off, photo filed with the 经管站."),
    F("no-owner", 3, "村委会副主任阮桂香 is 责任人 (the gap there is the time limit)."),
    F("no-deadline", 6, "2025年6月30日."),
], links=[
    L("3处闲置厂房和砖瓦窑场地已登记入账", 1), L("多领取的1.46万元已全部退回村集体账户", 2), L("核减结算金额0.63万元", 3),
    L("其中6人已将组织关系转入或纳入务工地党组织管理", 4), L("重新制作村务公开栏", 6)])

# p04 葽溪县交通投资集团 (state enterprise): 反馈意见 by areas 一、…方面 with continuous 1．–6．; 四、整改意见 not problems.
# Report: DOCX with a preamble and a 7-column 整改台账 table (one row per problem).
G["p04"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-mechanism", 3, "公车管理: 裘某某 批评教育, 书面检查 and 2180元 退缴 — a one-off; nothing on 派车单, 行车记录 or a vehicle rule, although the feedback says vehicle use across the group is 失控 and asks for rules on 车辆管理."),
    F("no-owner", 5, "Row 5's 责任领导 cell is “/” and the 责任部门 is “相关部门”; every other row names a leader and a department."),
    F("inconsistent-claim", None, "Row 4: 多支付工程款38.6万元 confirmed and 全部扣回; the preamble claims 追回多付工程款41.2万元 — more recovered than was found."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记、董事长庹怀瑾 heads the 领导小组 as 第一责任人, 4 推进会, 逐一过问、督办."),
    F("no-disclosure", None, "Published on the group intranet and the subsidiaries' 公示栏, phone 0874-3318620."),
    F("late-report", None, "Feedback 2025-01-09, report 2025-04-03: 84 days."),
    F("no-accountability", 3, "集团纪委 批评教育 and 书面检查 for 裘某某 (the gap on #3 is the missing rule)."),
    F("no-accountability", 4, "工程建设部经理 党内警告处分."),
    F("no-mechanism", 4, "《工程变更签证管理办法》 (three signatures before 计量)."),
    F("no-mechanism", 2, "修订《集团党委会议事规则》《“三重一大”决策实施办法》, quarterly 议题清单 check."),
    F("no-mechanism", 5, "《集团劳务派遣人员招聘管理办法》 (the gap on #5 is the owner)."),
    F("no-deadline", 6, "临时党支部 by end of February; 示范岗评议 长期坚持 is legitimate."),
    F("no-deadline", 1, "2025年6月30日, 正在推进."),
    F("no-owner", 3, "党委副书记、纪委书记籍清远."),
], links=[
    L("成立蔎河大桥项目推进专班", 1), L("对3笔未经前置研究的对外付款补充提交党委会审议", 2), L("退缴私用车辆产生的加油费用2180元", 3),
    L("对工程建设部经理给予党内警告处分", 4), L("补充履行考察程序", 5), L("在4个在建项目现场全部成立临时党支部", 6)])

# p05 蒗江县第一中学党委 (school): formal 反馈意见, （一）–（六） heading line + detail paragraph; 三、整改要求 not problems.
# Report (GB18030): plain reworded headings 一、…六、 (none repeats the feedback's wording), “责任人：…　完成时限：…” lines.
G["p05"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("vague-measure", 1, "一、把思政育人摆到更加突出的位置 is attitude only (坚持育人为本、德育为先, 牢固树立“五育并举”的理念, 切实加强…统筹谋划, 浓厚氛围) — nothing on the <60% 思政课 hours, the single 心理 teacher, the 6-hour room or the missing screening."),
    F("weak-leadership", None, "“学校及时召开行政会议…分解到相关处室和年级组，由校长办公室负责统筹调度”: no 领导小组, no 第一责任人, the 党委书记 never appears — although the 整改要求 asked for both (the only 第一责任人 in the report is the 班主任 of a chat group)."),
    F("inconsistent-claim", None, "“反馈的6个问题已全部整改完成” while 六、 says the 结算审核 “正在推进中，预计2025年4月底前”."),
    F("no-owner", 6, "六、 has no 责任人 (every other item has a 责任人 line)."),
], must_not_flag=[
    F("no-disclosure", None, "Published on the school portal and the 校务公开栏."),
    F("late-report", None, "Feedback 2024-11-20, report 2025-02-14: 86 days."),
    F("no-accountability", 3, "1 teacher 党内警告, 2 批评教育, 7.9万 退还."),
    F("no-accountability", 2, "The teacher 批评教育 and 通报."),
    F("no-mechanism", 4, "《学生食堂财务管理办法》《伙食费收支公示制度》, a 验收小组."),
    F("no-mechanism", 3, "《在职教师有偿补课行为查处办法》."),
    F("no-mechanism", 2, "《班级群和家长群管理规定》, 一审二核三签发."),
    F("no-deadline", 5, "First round by 2025-01-31, then 常态化 — legitimate."),
    F("no-deadline", 6, "预计2025年4月底前 is a date (the gap there is the owner)."),
    F("no-owner", 1, "副校长符清漪 is 责任人 (the gap there is the slogan measure)."),
], links=[
    L("推动思政小课堂与社会大课堂有机结合", 1), L("所有内容实行“一审二核三签发”", 2), L("给予1人党内警告处分、2人批评教育", 3),
    L("成立由总务处、纪检委员和教师代表组成的食材验收小组", 4), L("在高三年级和班主任队伍中设立党员先锋岗12个", 5),
    L("学校已将工程结算资料报送县审计中心进行审核", 6)])

# p06 蘘阳县人民医院党委 (hospital): 纪委 website news item, problems as the six “；” clauses after “但巡察也发现，” (6);
# the 原因 paragraph, 要求, the 局长's words and the 表态 are not problems. Report: public 整改进展情况的通报 with an index header.
G["p06"] = dict(mode="pair", issues=6, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "人才队伍建设滞后 (8 副高 lost, 重症/儿科 引进 not done) is never answered; the item “（五）关于医务人员队伍建设方面的问题” sounds like it but deals only with 投诉 and 医德考评 (#6)."),
    F("copied-measure", 4, "（四） restates the feedback (发挥门诊“一站式”服务中心作用, 缩短CT、磁共振等检查的预约等候时间, 杜绝患者排队超过7天) as a promise — no staff, no slots, no figures."),
    F("no-deadline", 2, "（二） ends “其余工作将结合县医保部门的年度检查安排分批推进” — no date, while every other item gives a 完成时限."),
    F("late-report", None, "Feedback 2025-01-07, 三个月内 required; the 通报 is dated 2025-05-26 (139 days)."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记宓兰舟 heads the 领导小组 as 第一责任人, 6 党委会 on rectification."),
    F("no-disclosure", None, "Public 通报 (主动公开) with phone, e-mail, address and a comment deadline."),
    F("inconsistent-claim", None, "21 tasks = 17 done + 4 ongoing; 警告1 诫勉1 批评3 and 5 rules match the items; 12.7万 both places."),
    F("no-accountability", 3, "科室主任 党内警告 and removed, 分管副院长 诫勉谈话."),
    F("no-accountability", 2, "医保办主任 书面检查 + 批评教育, 5 科室 约谈 (the gap on #2 is the time limit)."),
    F("no-mechanism", 1, "Two 议事规则 revised, 50万 threshold."),
    F("no-mechanism", 3, "《医务人员与医药企业代表接触管理规定》."),
    F("no-mechanism", 6, "修订《医德医风考评办法》, 患者评价 40%."),
    F("no-deadline", 4, "完成时限2025年6月30日 (the gap there is the copied text)."),
    F("unanswered-issue", 6, "Answered under the 队伍建设 heading (投诉回访, 考评办法)."),
], links=[
    L("对2项大型设备采购补充提交党委会复核", 1), L("制定《医保基金使用内部稽核制度》", 2), L("免去科室主任职务", 3),
    L("坚决杜绝患者排队超过7天的现象", 4), L("对2024年的43件患者投诉逐件回访", 6)])

# p07 蕰江大学资源与环境学院党委 (university college): 巡察组组长's speech, problems 一是…六是 as paragraphs (6); the 第一/第二/第三
# requirements are not problems. Report (UTF-16 LE BOM): （一）–（五） with one heading answering #3 and #4 together.
G["p07"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("repeated-measure", 2, "（二） is one boilerplate paragraph (学院党委召开专题会议，对照反馈意见逐条剖析原因，组织相关教师开展自查自纠…推动形成常抓不懈的工作格局) that (四) repeats word for word; nothing on the 导师 cases or the 一票否决."),
    F("repeated-measure", 5, "（四） is “针对研究生党支部组织生活不规范问题，” + the same paragraph as (二); nothing on 线上转发 or 组织生活会."),
    F("no-mechanism", 4, "Inside the merged (三): the 危化品 are counted once, the 废液 shipped once, the 院长 talked to 2 lab heads — no 台账/领用 rule, no 废液 routine; the one rule in (三) is for 科研经费 (#3)."),
    F("no-disclosure", None, "The speech asks 在学院范围内公开; the report never publishes the rectification (the 学院内部公示 in (一) is the 经费分配方案)."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记阎清和 heads the 领导小组 as 第一责任人 and 亲自督办."),
    F("late-report", None, "Feedback 2025-04-22, report 2025-07-15: 84 days."),
    F("inconsistent-claim", None, "19 tasks = 15 done + 4 ongoing; 诫勉1 批评2; 2 rules named."),
    F("no-accountability", 3, "The professor 诫勉谈话 and refunds 3.4万; 2 课题负责人 批评教育."),
    F("no-mechanism", 3, "《横向科研经费报销审核细则》."),
    F("no-mechanism", 1, "修订《学院党政联席会议议事规则》 with 12 kinds of matters."),
    F("no-mechanism", 6, "公用房 台账 with a check every semester, 长期坚持."),
    F("no-deadline", 6, "收回 by 2025-05-15; 核查长期坚持 is legitimate."),
    F("unanswered-issue", 4, "Answered in the merged heading (三) 二是 (the gap is the missing rule)."),
], links=[
    L("修订《学院党政联席会议议事规则》", 1), L("违规报销的3.4万元已由本人全部退回", 3),
    L("超期存放的有机废液已于5月委托有资质单位全部转运处置", 4), L("针对研究生党支部组织生活不规范问题", 5),
    L("2间实验用房已全部收回", 6)])

# p08 虉塘街道党工委 (street office): formal 反馈意见, （一）–（六） heading line + “具体表现：” paragraph; 三、整改意见 not problems.
# Report: preamble + 整改台账 as “|”-separated text rows (header + 6 rows × 7 fields).
G["p08"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("vague-measure", 5, "Row 5 (中心组学习) is one slogan line (进一步提高政治站位，强化理论武装，切实增强学习的自觉性和主动性，推动学习入脑入心、见行见效) — no session, no 研讨 rule, nothing on 表态式发言."),
    F("no-owner", 2, "Row 2's 责任领导 field is empty (only 城市建设管理科); every other row names a leader."),
    F("no-deadline", 4, "Row 4's 完成时限 is “根据上级统一部署分步推进” — no date."),
    F("no-disclosure", None, "The feedback asks 向辖区党员群众公开; the report never mentions publishing the rectification."),
], must_not_flag=[
    F("weak-leadership", None, "党工委书记施明澈 heads the 领导小组 as 第一责任人, leads one task himself, 3 site visits."),
    F("late-report", None, "Feedback 2025-06-03, report 2025-08-26: 84 days."),
    F("inconsistent-claim", None, "20 measures = 14 done + 5 ongoing + 1 长期坚持; 警告1 诫勉1, 12.4万, 4 rules match."),
    F("no-accountability", 3, "原分管副主任 党内警告, 财政所所长 诫勉谈话, 12.4万 清退."),
    F("no-mechanism", 1, "《“吹哨报到”事项分级响应办法》 and a monthly 联席会议制度."),
    F("no-mechanism", 3, "修订《…津贴补贴发放管理办法》."),
    F("no-mechanism", 6, "《辖区宣传阵地管理办法》."),
    F("no-deadline", 6, "首轮 by end of July, then 常态化开展 — legitimate."),
    F("no-owner", 4, "党工委委员、副主任雷晓棠 (the gap there is the time limit)."),
], links=[
    L("与区城管、住建等9个部门建立联席会议制度", 1), L("楼道渗水点已修复32处", 2), L("对签批发放的原分管副主任给予党内警告处分", 3),
    L("摘除社区不规范挂牌12块", 4), L("切实增强学习的自觉性和主动性", 5), L("4个文明实践站按“一站一品”重新制定年度活动计划", 6)])

# p09 蘡州城发物业服务有限公司党支部 (subsidiary of a city state group): 反馈意见 by areas 一、二、三、…方面 with 1．2． RESTARTING
# in each area (6); 四、整改意见 not problems. Report: common 关于“…”的问题 grouped by area in another order (#3,#4,#1,#2,#5); area 三 only #5.
G["p09"] = dict(mode="pair", issues=6, unanswered=[6], must_flag=[
    F("unanswered-issue", 6, "安全生产责任落实不到位 (维保记录后补代签, 消防通道占用, no drill) is never answered; the section heading “三、关于队伍建设和安全生产方面的问题” names it but the text deals only with 招聘 (#5)."),
    F("copied-measure", 2, "（二）关于“党支部前置研究把关缺位” restates the feedback (物业费调价、外包保洁服务续约等重要事项必须经党支部研究讨论…“把关定向”作用) as a resolve — no list of 前置事项, no rule, nothing re-examined."),
    F("no-accountability", 4, "副经理蓝某某 spent 5.2万 on his car and banquets, the 财务人员 knowingly paid, the approving leader did not check; the money is returned and a rule revised, but nobody is dealt with, though the 整改意见 asked 对相关人员依规依纪严肃处理."),
    F("weak-leadership", None, "“公司召开经理办公会…各部门…各自抓好整改，由综合办公室负责收集整改资料”: no 领导小组, no 第一责任人, the 支部书记 never appears, though the 整改意见 asked 支部书记…亲自部署、亲自推动."),
], must_not_flag=[
    F("no-disclosure", None, "Published in the 项目服务中心公示栏 and on the group portal, phone 0871-6609275."),
    F("late-report", None, "Feedback 2024-12-05, report 2025-03-03: 88 days."),
    F("inconsistent-claim", None, "16 measures = 14 done + 2 ongoing (one contract, the 门禁 project)."),
    F("no-mechanism", 3, "《物业服务合同管理办法》, monthly 台账 check."),
    F("no-mechanism", 4, "修订《费用报销审核管理规定》 (the gap on #4 is accountability)."),
    F("no-mechanism", 5, "《公司员工招聘管理办法》."),
    F("no-deadline", 1, "2025年4月30日."),
    F("no-owner", 2, "总经理聂承平 (the gap there is the copied text)."),
], links=[
    L("3个已与业主方续签", 3), L("蓝某某已将以“设备维修费”名义列支的5.2万元全部退回公司账户", 4),
    L("楼道照明改造、电梯应急救援响应2项已完成", 1), L("坚决杜绝未经研究即实施的情况", 2), L("已调整到其他项目", 5)])

# p10 蔾山县疾病预防控制中心党支部 (事业单位): formal 反馈意见 （一）–（六） heading。detail; the 原因 paragraph and 三、整改意见 are
# not problems. Report: common 关于“…”的问题 with 整改措施/责任领导/完成时限; one heading answers #2 and #4 together. Good report.
G["p10"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任缪怀安 heads the 领导小组 as 第一责任人, 4 推进会, 直接过问、逐一督办."),
    F("no-disclosure", None, "Published inside the centre and on the 县卫健局 site, 监督电话 0877-5523106."),
    F("late-report", None, "Feedback 2025-03-25, report 2025-06-20: 87 days."),
    F("inconsistent-claim", None, "18 tasks = 17 done + 1 long-term (党员发展); 诫勉1 批评1, 6.3万, 5 rules match."),
    F("no-accountability", 3, "The 主任 who signed makes a 检查 and the 县卫健局党组 gives him 诫勉谈话; 6.3万 returned."),
    F("no-accountability", 2, "分管财务的副主任 批评教育 for the diverted 21.6万."),
    F("no-mechanism", 2, "《项目资金使用管理办法》."),
    F("no-mechanism", 4, "《政府采购内部控制制度》, 三分离 验收."),
    F("no-mechanism", 1, "修订《接种单位疫苗管理督导检查制度》, quarterly."),
    F("no-mechanism", 6, "修订《绩效工资分配办法》."),
    F("no-deadline", 5, "增补 done 2025-04-30; 党员发展 长期坚持 is legitimate."),
    F("unanswered-issue", 4, "Answered in the merged heading (二) with #2."),
    F("no-owner", 4, "副主任苗砚舟 for the merged item."),
], links=[
    L("过期疫苗全部登记并按程序报废", 1), L("已由中心自有资金归垫", 2), L("签批发放的中心主任缪怀安在支部组织生活会上作出深刻检查", 3),
    L("实行采购、使用、验收三分离", 4), L("经党员大会选举增补支部委员1名", 5), L("绩效工资分配方案提交职工代表大会讨论通过", 6)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
