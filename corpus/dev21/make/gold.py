"""Write p01..p10/gold.json (dev-pairs gold format) for dev21. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev20/make/gold.py. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蕖川县交通运输局党组: feedback under 三个聚焦 headings, each problem an unnumbered paragraph opened by a lead
# sentence (2+3+2); 整改意见 in the same lead-sentence shape. Report: DOCX 整改落实对照表 with merged cells.
G["p01"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-owner", 6, "The 责任人 cell of row 6 (基层党组织建设基础不牢) is empty; the preamble's claim that all 23 measures name a 责任领导 does not supply one."),
    F("no-deadline", 4, "The 完成时限 cell for 超限超载执法 reads only “适时开展专项评查” — no date, no stage, and the item is still 持续推进."),
    F("copied-measure", 5, "The 八项规定 measure restates the feedback's own findings (公函, 清单, 派车审批单, “工作餐”列支酒水) wrapped in slogans (以更高标准、更严要求…持续向好); no receptions checked, no money recovered, no rule, yet marked 已完成."),
], must_not_flag=[
    F("weak-leadership", None, "局长卢景行 heads the 领导小组, is 第一责任人, 直接部署、直接过问、直接督办, chaired 5 党组会议 and led two site checks."),
    F("late-report", None, "Feedback 2025-04-10, report 2025-07-04: 85 days."),
    F("no-disclosure", None, "Published in the 县政府门户网站“部门信息公开”栏目 with a 监督电话."),
    F("inconsistent-claim", None, "Preamble 5 done + 2 ongoing agrees with the 进度 column (rows 2 and 4 持续推进); 11.2万, 诫勉1 (股长) / 批评教育1 (现场代表), 2 rules (学习制度, 设计变更管理办法) all match the table."),
    F("no-owner", 2, "The 责任人 cell of row 1 (党组书记、局长卢景行) is vertically merged down over row 2."),
    F("no-deadline", 1, "“立行立改，长期坚持” is a time answer for a study-system item already completed."),
    F("no-accountability", 3, "时任规划建设股股长 诫勉谈话, 项目现场代表 批评教育并调离."),
    F("no-mechanism", 3, "制定《农村公路建设项目设计变更管理办法》 in the second merged row of problem 3."),
    F("no-owner", 7, "党组书记、局长卢景行."),
    F("vague-measure", 4, "Concrete: 案卷评查, 9份 reasoned, 培训1次, 抄告交管; the gap is the deadline."),
], links=[
    L("明确每次集中学习确定1个研讨主题", 1), L("建立路段巡查电子台账", 2), L("核减结算金额11.2万元", 3),
    L("农村公路建设项目设计变更管理办法", 3), L("对9份减轻处罚案卷逐份补充说明理由", 4),
    L("以更高标准、更严要求持之以恒纠治", 5), L("已补交党费1860元", 6), L("开展专项审核，重新出具认定意见", 7)])

# p02 珩溪县中医医院党委: speech transcript with interruptions (院党委书记插话 / 院长插话 / 录音中断), three
# 第N个方面, problems 头一个/第二个问题…第八个问题 (3+3+2), 三点要求 not problems. Report: 情况说明 letter to 巡察办,
# "一、关于第一个方面提到的问题" + （N）关于…的问题; #7 skipped.
G["p02"] = dict(mode="pair", issues=8, unanswered=[7], must_flag=[
    F("unanswered-issue", 7, "党支部建在科室上 / 联合支部 / 临床骨干发展党员 is never answered: part 三 goes straight to the audit problem."),
    F("repeated-measure", 3, "The 意识形态 answer is a generic paragraph (专题学习, 签订承诺书, 每月检查) pasted word for word under 耗材采购 (#5)."),
    F("repeated-measure", 5, "The 药品耗材采购 answer is the same pasted paragraph as #3; nothing on 遴选记录, 二次议价 or 试用转采购."),
    F("weak-leadership", None, "The 情况说明 is sent by the hospital (盖章) and organised by 院办公室; no 领导小组, no 第一责任人, the 党委书记 appears nowhere — only 分管副院长定期听取科室汇报."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-05-14, 情况说明 2025-07-31: 78 days."),
    F("no-disclosure", None, "公示 in the 医院官方网站“院务公开”栏目 for 10 days."),
    F("no-accountability", 4, "医保科科长 诫勉谈话; two 科室主任 扣减绩效 and 通报."),
    F("no-mechanism", 4, "制定《医院医保基金使用内部稽核办法》."),
    F("no-accountability", 6, "3 医务人员 通报批评, 取消评先评优."),
    F("no-mechanism", 8, "制定《大型医用设备使用效益评估办法》."),
    F("no-owner", 1, "（责任科室：党办、院办；分管领导：党委副书记陶蕴之…）."),
    F("no-deadline", 2, "2025年6月30日，以后每季度执行."),
    F("no-mechanism", 1, "修订 both 议事规则 with a 31-item 前置清单."),
], links=[
    L("以清单形式列明党委会前置研究事项31项", 1), L("增设“医疗质量安全”固定议题", 2),
    L("已将23.6万元医保基金全部退回", 4), L("医院医保基金使用内部稽核办法", 4), L("取消当年评先评优资格", 6),
    L("彩色多普勒超声诊断仪", 8)])

# p03 蕖川县文化旅游投资集团党委: 反馈意见 letter, 整改要求 1.–4. BEFORE the problems, problems only in 附件1
# 问题清单 as 1）…8）. Report: HTML 通报 on the group site; owners and dates only in the closing 责任分工 附表 <table>.
G["p03"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[
    F("no-owner", 4, "The 责任分工 附表 has no row for 国有资产出租 (rows 1,2,3,5,6,7,8); the body names no one either, though it says every item has 牵头领导和责任部门."),
    F("no-mechanism", 2, "招待费 is fixed by one-off acts (补说明, 结清4.2万, 压减20%) and “今后将严格执行业务招待有关规定”; no rule is made or revised, and none of the 7 rules concerns 招待."),
    F("no-accountability", 6, "The feedback names 项目经理何某 and 工程管理部 for the 56.8万 overpayment; the report only recovers money — nobody is dealt with."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记、董事长裘望舒 heads the group, 第一责任人, 直接部署、直接过问、直接督办, 6 meetings."),
    F("late-report", None, "Feedback 2025-06-18, 通报 2025-09-05: 79 days."),
    F("no-disclosure", None, "The 通报 itself is published on the group site with phone, e-mail and address."),
    F("inconsistent-claim", None, "6 done + 2 ongoing (#4, #5) agrees with the body; 7 rules are listed by name."),
    F("no-owner", 1, "附表 row 1: 党委书记、董事长裘望舒 / 党委办公室."),
    F("no-mechanism", 3, "《合同管理办法》 is made — stated in 三、建章立制情况, not in #3's own paragraph."),
    F("no-deadline", 5, "附表: 长期坚持，2026年底前实现盈亏平衡."),
    F("no-owner", 2, "附表 row 2: 副总经理葛子衿 / 财务部."),
], links=[
    L("500万元以上资产处置等19类事项", 1), L("签单挂账的4.2万元已于7月全部结清", 2), L("建立统一合同管理台账", 3),
    L("通过县公共资源交易平台公开招租", 4), L("旅行社子公司三年扭亏方案", 5), L("施工单位已退回超付工程款40万元", 6),
    L("已按规定调整其中1人的工作岗位", 7), L("在4个项目部全部建立临时党支部", 8)])

# p04 楮坪镇党委: feedback is the group's 巡察情况报告（反馈稿）; problems only under 三、存在的不足 as 1．–7．
# (full-width dot, 2+3+2 under （一）–（三）); 二、主要工作成效 一是…三是, 四、问题线索 （1）（2）, 五、意见建议 1．–3.
# are not problems. Report: GB18030; body + 附件 整改台账 in space-padded text columns with wrapped cells.
G["p04"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "The body says all 7 problems 已全部整改完毕 and 26 measures 全部落实到位, but the 台账 shows #1 and #6 推进中, #3 基本完成, #7 持续推进 (2 信访积案 still 正在依法调处)."),
    F("no-deadline", 3, "The 完成时限 cell of 村级“三资”监管缺位 is “尽快”."),
    F("no-accountability", 5, "The feedback names 民政办工作人员姚某 for 优亲厚友; the ledger cancels the relative's 低保 and recovers 1.1万, but 姚某 is not dealt with anywhere (the body's 问责 paragraph covers only 危房改造 and 网格员)."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记韦启明 is 组长 and 第一责任人, 直接部署、直接过问、直接督办, 4 meetings, 6 site visits."),
    F("late-report", None, "Feedback 2025-03-20, report 2025-06-13: 85 days."),
    F("no-disclosure", None, "镇政务公开栏 and “楮坪发布” with a 监督电话."),
    F("no-deadline", 7, "“长期坚持” for the 接访下访 mechanism."),
    F("no-accountability", 4, "In the body (二、), far from the ledger row: 2名村党组织书记 诫勉谈话, 1 经办人员 批评教育, 通报."),
    F("no-mechanism", 4, "制定《农村危房改造补助入户核查规程》 in the ledger cell."),
    F("no-owner", 3, "党委委员、副镇长卜芸."),
], links=[
    L("对菌菇大棚资产进行清查评估", 1), L("对6宗违法占地建房逐宗核查", 2), L("补签房屋租赁合同11份", 3),
    L("追回2户违规领取的危房改造补助资金", 4), L("取消姚某亲属的低保资格", 5), L("村监委会列席村两委会议", 6),
    L("4件信访积案实行镇领导包案", 7)])

# p05 菱塘乡芰溪村党支部: DOCX feedback, （一）–（六） bold headings + detail, each followed by a one-cell "典型案例"
# box table with 1. 2. cases (not problems); 整改要求 一是…三是. Report: village report, every measure a ☑ (done) or
# ☐ (in progress) line, one 责任人/完成时间 line per problem.
G["p05"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("vague-measure", 4, "村务公开 has three ☑ lines of pure slogan (提高思想认识, 应公开尽公开, 迈上新台阶): the 2024 accounts are still not said to be posted, no quarterly schedule, no 明细."),
    F("no-mechanism", 2, "The 三资 problem (鱼塘 发包, 坐收坐支 2.6万) is fixed by one-off acts plus “今后村里将严格执行村级财务管理有关规定”; no 发包 or 财务 rule is made."),
    F("no-disclosure", None, "The feedback asks that the rectification be posted in the 村务公开栏; the report never says it was published or disclosed to villagers (公开竞价 / 公示办法 are measures, not disclosure of the report)."),
], must_not_flag=[
    F("weak-leadership", None, "支部书记邝立春 is 组长 and 第一责任人, 亲自过问、亲自督办, weekly meetings; 包村领导 came 4 times."),
    F("late-report", None, "Feedback 2025-05-22, report 2025-08-08: 78 days."),
    F("unanswered-issue", 6, "人居环境 has only ☐ (in progress) measures, but they are concrete measures with an owner and a date."),
    F("no-accountability", 5, "村委委员鲁某: 乡纪委 立案审查, 党内警告处分."),
    F("no-mechanism", 3, "制定《芰溪村惠农补贴申报核实公示办法》."),
    F("no-mechanism", 1, "制定《芰溪村党支部“三会一课”年度计划》 with fixed 主题党日 and quarterly checks."),
    F("inconsistent-claim", None, "20 measures: 17 ☑ + 3 ☐ — matches 已完成17条，正在推进3条."),
], links=[
    L("每月第一个星期五为固定主题党日", 1), L("在乡农村产权交易站公开竞价", 2), L("多领的3180元已全部退回", 3),
    L("应公开尽公开", 4), L("乡纪委已对其立案审查", 5), L("新增垃圾桶24个", 6)])

# p06 蘅州大学材料与化工学院党委: feedback 一、–四、 areas with 1）–8） running on; 五、整改要求 paragraph. Report:
# 认领销号表（第N号） blocks in the order of the 认领人 (1,7,8,2,3,4,5,6), 认领人 with （签字）.
G["p06"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[
    F("copied-measure", 3, "The 课程思政 measure copies the feedback's findings (仅5门, 停留在课程大纲的文字表述上, 专业教师参与积极性不高) back with 提高政治站位/加大力度 — no course, team, budget or date of action."),
    F("vague-measure", 6, "实验室安全 has only slogans (牢固树立…, 压实…, 切实加强…, 守住底线): nothing on the 危化品台账, 超量存放, 准入培训 or 废液 — and it is still 申请销号."),
    F("late-report", None, "Feedback 2025-03-07, report 2025-06-20: 105 days, beyond the three months the feedback set."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记裴静远 heads the group, 第一责任人, 直接部署、直接过问、直接督办, site checks; 认领会 held."),
    F("no-disclosure", None, "学院网站“党务公开”栏目 and 教职工大会."),
    F("inconsistent-claim", None, "6 销号 + 2 持续推进 (#3, #7) agrees with the forms; 5 rules named, 7.4万, 通报批评2人 all match."),
    F("no-owner", 1, "认领人：党委书记　裴静远（签字）."),
    F("no-deadline", 7, "2025年秋季学期开学前 is a time limit."),
    F("no-accountability", 5, "2 项目负责人 通报批评 and 暂停1年申报."),
    F("no-mechanism", 5, "修订《学院科研经费劳务费发放管理细则》."),
    F("unanswered-issue", 6, "Slogans still answer #6 (vague-measure, not unanswered)."),
], links=[
    L("列明党委会议前置研究事项清单", 1), L("关停长期不更新的班级公众号3个", 2), L("推动课程思政建设取得实实在在的成效", 3),
    L("拖欠的津贴已于4月全部补发", 4), L("学院科研经费劳务费发放管理细则", 5), L("坚决守住实验室安全底线", 6),
    L("将2名具有高级职称的学科骨干调整为支部书记", 7), L("对考察材料雷同的11份档案", 8)])

# p07 荇湾街道党工委: feedback is a slide deck transcript 【第N页】 with ▲ problem lines (unnumbered, 2+3+2) and
# 备注 speaker notes holding the evidence ("第一条…第七条"); ■ facts, ● 整改要求 are not problems. Report: 整改工作总结
# organised by the 六个到位 (not by problem); 公房 (#5) never answered; totals that do not add up.
G["p07"] = dict(mode="pair", issues=7, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "街道直管公房出租 (31间, 7间转租, 手写收据) — the feedback calls it 比较突出 — is never mentioned in any of the 六个到位."),
    F("inconsistent-claim", None, "Claims all 7 done, 100%, 18.6万, 问责5人, 制度9项; the text shows 3 小区 施工中 until 10月, 共建 19/46, money 9.2+4.1=13.3万, 3 people dealt with (诫勉1, 批评教育2), 5 rules named (list ends in 等)."),
    F("no-disclosure", None, "Nothing says the rectification was or will be made public, although the feedback requires it (经费 公开 to residents is a measure, not disclosure)."),
], must_not_flag=[
    F("weak-leadership", None, "党工委书记庞望溪 heads the group, 第一责任人, 直接部署、直接过问、直接督办, site visits."),
    F("late-report", None, "Feedback 2025-04-25, report 2025-07-22: 88 days."),
    F("no-owner", 1, "（牵头领导：办事处副主任邵闻笛；完成时限：2025年10月31日）."),
    F("no-deadline", 1, "2025年10月31日."),
    F("no-accountability", 4, "In （四）涉及人财物处置到位, away from the 个性问题 section: 办公室主任 诫勉谈话, 4.1万 recovered."),
    F("no-mechanism", 3, "《社区党组织服务群众专项经费使用管理办法》 in （六）制度机制完善到位."),
    F("no-mechanism", 7, "《网格员考核管理办法》 in （六）."),
], links=[
    L("3个小区已于6月全部进场施工", 1), L("排查商户287家", 2), L("逐笔清理，已全部调整账务", 3),
    L("已按购物卡面值向领取人追缴4.1万元", 4), L("确定共建项目46个", 6), L("启用网格员手机定位考勤", 7)])

# p08 苘山县人民检察院党组 (report-only): CRLF; a 发文稿纸 cover (签发 by the 常务副检察长, 代签) before the body;
# "第N项　<restated problem>" + 整改情况： + "牵头：… 协办：… 时限：…" line; #3 and #4 share one group line.
G["p08"] = dict(mode="report-only", issues=7, unanswered=[], must_flag=[
    F("weak-leadership", None, "No 领导小组, no 第一责任人: the 党组 only 明确由分管副检察长牵头, 政治部 organises; the 检察长/党组书记 is never named and even the 签发 is a deputy's 代签."),
    F("repeated-measure", 2, "The sentence 组织全院干警开展专题学习，邀请市院业务骨干来院授课，开展案件评查… is pasted under 办案质效 (#2) and again as the only measure under 机关党建 (#7)."),
    F("repeated-measure", 7, "机关党建 (支部设置, 组织生活) is answered only by the 案件评查 training paragraph copied from #2."),
    F("late-report", None, "Feedback 2025-02-20, report 2025-06-09: 109 days."),
], must_not_flag=[
    F("no-disclosure", None, "苘山检察门户网站“检务公开”栏目."),
    F("no-owner", 4, "Group line 以上第3项、第4项，牵头：副检察长祝鸣谦."),
    F("no-owner", 3, "Same group line."),
    F("no-deadline", 4, "Group line 时限：2025年6月30日."),
    F("no-deadline", 1, "时限：立行立改 (done: 2 研讨 held)."),
    F("no-mechanism", 5, "修订《办案经费报销管理办法》."),
    F("inconsistent-claim", None, "5 done + 2 ongoing (#3 with 6 线索 in 调查, #6 to year end) agree."),
], links=[
    L("开展专题研讨2次", 1), L("对说理不充分的17件补充制作释法说理文书", 2), L("共清理线索48条", 3),
    L("启用律师接待和案件访问电子登记系统", 4), L("不应报销的1.36万元已由报销人全部退回", 5),
    L("为21名入职5年以内的干警确定业务导师", 6)])

# p09 蕖川县第二中学党总支: feedback HTML news page, problems in a <dl> (<dt> category in brackets, <dd> problem),
# beside a nav <ul> and 相关链接 <ul>. Report: 公示 to 师生、家长, answers in order 3,1,2,6,4,5,8 tagged
# "（对应反馈第N条）"; #7 校园安全 missing; 八、建章立制 list.
G["p09"] = dict(mode="pair", issues=8, unanswered=[7], must_flag=[
    F("unanswered-issue", 7, "校园安全 (过期消防器材, 应急照明, 门卫登记) is never answered; the sections jump from 第5条 to 第8条."),
    F("no-mechanism", 3, "违规收费 (12.6万) is refunded and announced, with “今后…严格执行教育收费有关规定”; no 收费 or 班费 rule is made, and none of the 6 rules listed concerns fees."),
    F("no-owner", 5, "有偿补课 is assigned only “由相关处室负责” — no 处室, no person, despite the claim that every task is assigned to 处室和责任人."),
], must_not_flag=[
    F("weak-leadership", None, "党总支书记、校长邰一舟 heads the group, 第一责任人, 亲自部署、亲自过问、亲自督办."),
    F("late-report", None, "Feedback 2025-09-11/12, 公示 2025-12-05: 84-85 days."),
    F("no-disclosure", None, "The report is itself a 公示 with period, phone and e-mail."),
    F("no-deadline", 4, "2026年春季学期开学前 is a time limit."),
    F("no-mechanism", 4, "《学校食堂委托经营和食材采购管理办法》 is in 八、建章立制情况, not in the 食堂 section."),
    F("no-accountability", 6, "时任总务处主任 诫勉谈话, 调整岗位, 通报."),
    F("no-accountability", 5, "3 teachers: 约谈, 师德考核不合格, 取消评优."),
    F("no-deadline", 5, "（…2025年11月底前完成）."),
], links=[
    L("12.6万元已于10月底前通过银行转账全部退还", 3), L("10万元以上经费支出等18类事项", 1),
    L("成立教辅资料和课外读物审查小组", 2), L("同一年度同一建筑的维修项目须合并计算金额", 6),
    L("对食堂委托经营项目重新公开招标", 4), L("3名教师已全部退出兼职", 5), L("每学期至少开展1次“党员示范课”", 8)])

# p10 国营苕湖农场党委: feedback problems are unnumbered paragraphs each OPENED by a quoted staff remark
# ("“场里的事，场长说了算。”这是…反映出…") (7); 整改意见 一是…四是. Report: good; headings quote the remark
# "关于“…”反映的问题【status】", measures ❶❷❸, field lines, one group line for （二）（三）, rules and 问责 in later sections.
G["p10"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党委书记柏岩 heads the group, 第一责任人, 直接部署、直接过问、直接督办, 6+4 meetings, 5 site checks."),
    F("late-report", None, "Feedback 2025-10-15, report 2026-01-09: 86 days."),
    F("no-disclosure", None, "场部公开栏 and 职工微信群 with a 监督电话."),
    F("inconsistent-claim", None, "5 done + 2 ongoing match the 【status】 tags; 118.6+27.7=146.3万; 诫勉3 (2 干部 + 办公室主任), 批评2 (管理员, 科长); 8 rules listed."),
    F("no-deadline", 1, "完成时限：立行立改."),
    F("no-owner", 2, "Group line 以上第（二）（三）项，责任领导：党委副书记、场长颜川."),
    F("no-owner", 3, "Same group line."),
    F("no-deadline", 2, "Group line: 第（二）项2026年3月31日."),
    F("no-mechanism", 4, "《粮库出入库和库存管理办法》 in 三、建章立制情况."),
    F("no-accountability", 5, "In 四、严肃问责情况: 场部办公室主任 诫勉谈话, 食堂管理员 批评教育."),
    F("no-accountability", 2, "In 四、: 2 中层干部 诫勉谈话 for unpaid 承包费."),
    F("no-deadline", 7, "长期坚持，每季度检查一次."),
], links=[
    L("以清单形式明确党委会议前置研究事项23项", 1), L("已重新签订合同203份", 2), L("对少发的37户已补发", 3),
    L("31.2吨系烘干损耗未及时核销", 4), L("场部食堂停止承担公务接待", 5), L("提拔使用35岁以下中层干部2名", 6),
    L("设立“党员责任田”46块", 7)])

for p, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, p, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
print("wrote", len(G))
