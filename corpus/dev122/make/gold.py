"""Write p01..p10/gold.json (dev-pairs gold format) for dev122. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev108/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them.

Theme judgements (no-mechanism = M, no-owner = O, no-deadline = D): the must_flag ones (rule, owner or limit missing) are
written with F() in must_flag with a full why; the must_not_flag ones (given, wherever it sits) as compact rows
(letter, problem, "-", why) in `theme` ("+" rows would be added to must_flag). check.py declares, independently, the rule /
owner / time limit the report gives each problem and checks that the gold agrees with it.
Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KIND = {"M": "no-mechanism", "O": "no-owner", "D": "no-deadline"}


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蕺阳县农村信用合作联社坳口信用社党支部 (县联社党委 internal round). Feedback: formal 反馈意见, areas （一）（二）（三）…方面
# with continuous 1．–10． heading。detail; 二、整改意见 not problems. Report: 关于“…”的问题 with five field lines
# (整改措施/责任领导/责任部门/完成时限/整改成效) and a closing 三、建章立制情况 keyed by problem number. GOOD REPORT.
G["p01"] = dict(issues=10, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任邬承岳 heads the 领导小组 as 第一责任人, 直接部署、直接过问、直接督办; 5 推进会, 4 督导 visits."),
    F("late-report", None, "Feedback 2025-04-22, report 2025-07-15: 84 days."),
    F("no-disclosure", None, "四、三是: 县联社门户网站“信息公开” and the 营业厅公示栏, with a 监督电话."),
    F("inconsistent-claim", None, "8 done + #1 and #3 named as ongoing (their 整改成效 agree) = 10; 9 rules claimed, 9 listed in 三、."),
    F("no-accountability", 5, "The one-man sign-off is answered with 集体审议 and the 主任's 书面检查 before the branch committee."),
    F("copied-measure", 2, "The heading restates the problem, then the old 细则 is repealed, a new 规程 issued and tested: acts, not copied words."),
], theme=[
    ("M", 1, "-", "《涉农贷款月度监测通报制度》, given only in 三、建章立制情况 (针对第1个问题)."),
    ("M", 2, "-", "《坳口信用社农户小额信用贷款操作规程》 in the item and in 三、."),
    ("M", 3, "-", "《不良贷款清收责任制实施细则》: the 清收责任人 may not be changed at will."),
    ("M", 4, "-", "《重要空白凭证及印章管理细则》, given only in 三、 (the item holds the procedures)."),
    ("M", 5, "-", "修订《贷款审批授权管理办法》: 3 or more for over-limit loans."),
    ("M", 6, "-", "《员工异常行为排查办法》, given only in 三、."),
    ("M", 7, "-", "《柜员轮岗和强制休假制度》, the rule the 2023 稽核 patch lacked."),
    ("M", 8, "-", "支部会议记录审签备案制度 (item 二是 and 三、)."),
    ("M", 10, "-", "《档案管理办法》, given only in 三、."),
    ("O", 1, "-", "责任领导：副主任祁少衡; 责任部门：信贷组."),
    ("O", 2, "-", "责任领导：党支部书记、主任邬承岳."),
    ("O", 3, "-", "责任领导：副主任祁少衡; a named 客户经理 in the measure."),
    ("O", 4, "-", "责任领导：副主任骆秋禾; 责任部门：会计组."),
    ("O", 5, "-", "责任领导：党支部书记、主任邬承岳."),
    ("O", 6, "-", "责任领导：党支部书记、主任邬承岳."),
    ("O", 7, "-", "责任领导：副主任骆秋禾."),
    ("O", 8, "-", "责任领导：党支部书记、主任邬承岳."),
    ("O", 9, "-", "责任领导：副主任骆秋禾."),
    ("O", 10, "-", "责任领导：副主任骆秋禾."),
    ("D", 1, "-", "完成时限：2025年12月31日 (ongoing, with a date)."),
    ("D", 2, "-", "完成时限：2025年5月31日."),
    ("D", 3, "-", "完成时限：2025年9月30日 (ongoing, with a date)."),
    ("D", 4, "-", "“立行立改，2025年5月10日前完成”."),
    ("D", 5, "-", "完成时限：2025年6月30日."),
    ("D", 6, "-", "“2025年6月30日，此后每季度开展” — a date plus a standing routine."),
    ("D", 7, "-", "完成时限：2025年6月30日."),
    ("D", 8, "-", "“2025年5月起长期坚持” — a standing task with a start date."),
    ("D", 9, "-", "完成时限：2025年8月31日."),
    ("D", 10, "-", "完成时限：2025年7月31日."),
], links=[
    L("对辖内9个行政村逐村召开整村授信评议会", 1), L("将涉农贷款占比纳入客户经理月度考核", 1), L("建立《涉农贷款月度监测通报制度》", 1),
    L("废止2019年自行制定的操作细则", 2), L("组织全体客户经理逐条学习新规程并闭卷测试", 2),
    L("明确2笔逾期贷款由副主任祁少衡包案", 3), L("清收责任人一经确定不得随意变更", 3),
    L("补齐凭证领用登记", 4), L("午间交接一律入柜加锁", 4), L("制定《重要空白凭证及印章管理细则》", 4),
    L("将7笔超权限贷款逐笔重新提交审贷小组审议", 5), L("超权限贷款必须经审贷小组3人以上集体审议", 5),
    L("重新组织2025年第二季度员工行为排查", 6), L("排查结果报联社监察保卫部备案", 6), L("制定《员工异常行为排查办法》", 6),
    L("对2名超期未轮岗的柜员于5月完成岗位轮换", 7), L("同一岗位连续任职不超过3年", 7),
    L("支部委员会会议结合本社工作确定议题", 8), L("会议记录每季度报联社党委党建工作部备案", 8),
    L("制定2025年员工培训计划", 9), L("对5名缺训员工组织反洗钱和消费者权益保护补训", 9),
    L("对2021年以来的23卷贷款档案逐卷补查", 10), L("设立档案借阅登记簿", 10), L("制定《档案管理办法》", 10)])

# p02 蘘川县人民医院后勤保障部党支部 (院党委 院内巡察). Feedback: DOCX, bold areas 一、二、三、 with RESTARTING 1．
# (4 + 4 + 3 = 11); 四、整改建议 not problems. Report: DOCX prose （N）…方面。一是… with NO owner or time limit in the prose,
# a 建章立制 list of rule names without problem numbers, and an appended Word-table 台账 whose columns are the only place
# owners and time limits are given.
G["p02"] = dict(issues=11, unanswered=[], must_flag=[
    F("no-deadline", 2, "Table row 2 gives “持续推进” and the prose says only “拟分批安装分项水电表”: no date for an unfinished task, while every other row has a date or 立行立改."),
    F("no-owner", 7, "Table row 7: 责任领导 “—”, 责任部门 “各外包单位” — the contractors being assessed, not anyone in the department; the prose names nobody."),
    F("no-mechanism", 5, "Only “下一步将研究制定《零星物资采购询价管理办法》”: a promise, absent from the list of 8 rules; the 询价 procedure the feedback found missing is still missing."),
    F("no-mechanism", 8, "A problem that came back after the 2022 round is answered again by 补签 and a reminder — the very patch that failed; no rule on 出车审批 in the item or the list."),
], must_not_flag=[
    F("weak-leadership", None, "支部书记、部长韦正岚 heads the 整改工作小组 as 第一责任人, 4 支委会, 5 site checks."),
    F("late-report", None, "Feedback 2025-04-08, report 2025-07-03: 86 days."),
    F("no-disclosure", None, "An internal round: “整改情况已在院内OA平台公示，接受全院职工监督”."),
    F("inconsistent-claim", None, "9 done + #2 and #5 推进中, the table's 整改状态 agrees; 8 rules claimed, 8 listed (plus a 清单)."),
    F("unanswered-issue", 8, "Answered, if weakly, under （八）车辆管理方面."),
    F("unanswered-issue", 5, "Answered under （五） by a 价格复核 (the gap there is the missing rule)."),
], theme=[
    ("M", 1, "-", "《特种设备安全管理制度》 in the item and the list."),
    ("M", 2, "-", "《能耗分项计量和月度分析制度》, only in 三、's list (by name, no problem number)."),
    ("M", 3, "-", "《维修派单和验收管理规定》, only in 三、's list."),
    ("M", 4, "-", "《医疗废物交接登记制度》, only in 三、's list."),
    ("M", 6, "-", "修订《后勤库房管理制度》."),
    ("M", 7, "-", "《外包服务质量考核办法》, only in 三、's list (the gap there is the owner)."),
    ("M", 9, "-", "《党员联系班组办法》."),
    ("M", 10, "-", "《职工安全培训管理制度》, only in 三、's list."),
    ("M", 11, "-", "《后勤关键岗位廉政风险防控清单》 印发 in May, only in 三、."),
    ("O", 1, "-", "Table: 副部长庞立川 / 设备班 (the prose has no owner)."),
    ("O", 2, "-", "Table: 部长韦正岚 / 能源班."),
    ("O", 3, "-", "Table: 副部长庞立川 / 维修班."),
    ("O", 4, "-", "Table: 副部长庞立川 / 运送班."),
    ("O", 5, "-", "Table: 部长韦正岚 / 采购组."),
    ("O", 6, "-", "Table: 副部长邢若兰 / 库房."),
    ("O", 8, "-", "Table: 副部长邢若兰 / 车队."),
    ("O", 9, "-", "Table: 支部书记、部长韦正岚."),
    ("O", 10, "-", "Table: 副部长庞立川 / 综合办公室."),
    ("O", 11, "-", "Table: 支部书记韦正岚 / 综合办公室."),
    ("D", 1, "-", "Table: 2025年5月31日."),
    ("D", 3, "-", "Table: 2025年4月30日."),
    ("D", 4, "-", "Table: 立行立改 (done)."),
    ("D", 5, "-", "Table: 2025年9月30日 (the gap there is the rule)."),
    ("D", 6, "-", "Table: 2025年5月31日."),
    ("D", 7, "-", "Table: 2025年6月30日 (the gap there is the owner)."),
    ("D", 8, "-", "Table: 立行立改."),
    ("D", 9, "-", "Table: 2025年6月30日."),
    ("D", 10, "-", "Table: 2025年5月31日."),
    ("D", 11, "-", "Table: 2025年5月31日."),
], links=[
    L("液氧站、压力容器实行每日两次巡检", 1), L("建立特种设备检验日期台账", 1),
    L("对2024年水电费增长的原因进行分析", 2), L("拟分批安装分项水电表", 2), L("《能耗分项计量和月度分析制度》", 2),
    L("启用维修派单登记", 3), L("对2024年38张只有领料记录的维修单逐张核实", 3), L("《维修派单和验收管理规定》", 3),
    L("会同院感科对相差的126袋次逐日核对", 4), L("交接登记实行双人签字", 4), L("《医疗废物交接登记制度》", 4),
    L("对2024年61笔没有询价记录的零星采购进行价格复核", 5),
    L("对五金、被服库房全面盘点", 6), L("库管员与记账员分设", 6),
    L("制定外包服务月度考核表", 7), L("4月份考核中对保洁单位扣款1200元", 7), L("《外包服务质量考核办法》", 7),
    L("对2024年缺少审批人签字的出车单逐张补签", 8),
    L("明确3名支部委员各联系1个没有党员的班组", 9), L("将2名班组长列为入党积极分子培养对象", 9),
    L("培训签到改为人脸识别签到", 10), L("建立电工、锅炉工持证复审台账", 10), L("《职工安全培训管理制度》", 10),
    L("重新排查采购、库管、外包管理等6个关键岗位的廉政风险点23个", 11), L("《后勤关键岗位廉政风险防控清单》已于5月印发", 11)])

# p03 薁城县社会科学界联合会党组 (county round). Feedback: 组长's speech (CRLF), problems 第一，…第九，; the 原因 paragraph
# and 一要…三要 are not problems. Report (GB18030): own area headings （一）–（四）在…方面 holding N．关于…的问题 items with
# 一是… and a (责任领导；完成时限) bracket; 三、建章立制情况 names rules by problem number.
G["p03"] = dict(issues=9, unanswered=[], must_flag=[
    F("vague-measure", 1, "Item 1 is slogans only (进一步提高政治站位…持续深化理论武装…走深走实…以学促干): nothing on the 6 sessions or the read-out 研讨."),
    F("no-mechanism", 6, "A problem that came back after the 2021 round: the answer gets the missing 公函 supplied and says “健全长效机制，坚决防止问题反弹” — a slogan, no rule in the item or in 三、, though the speech asked for rules where problems recur."),
    F("no-deadline", 5, "Item 5's bracket names only 责任领导; one 研究会's 注销 is still under way and the report itself calls #5 基本完成 — no time limit anywhere."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、主席尹修远 heads the 领导小组 as 第一责任人, 直接部署、直接过问、直接督办; 6 党组会."),
    F("late-report", None, "Feedback 2025-05-13, report 2025-08-08: 87 days."),
    F("no-disclosure", None, "四、三是: 县社科联门户网站."),
    F("inconsistent-claim", None, "7 done + #3 and #5 基本完成 = 9; 6 rules claimed, 6 listed."),
    F("vague-measure", 6, "Item 6 has a concrete act (the 5 receptions checked, 公函 supplied); the gap is the missing rule, not slogan-only text."),
    F("copied-measure", 3, "The heading restates the problem; the measures revise the 办法 and deal with the 6 overdue projects."),
], theme=[
    ("M", 2, "-", "讲稿、课件“三审”制度 in the item; 《社科讲坛讲稿课件审核办法》 in 三、."),
    ("M", 3, "-", "修订《社科规划课题管理办法》, 7月印发."),
    ("M", 4, "-", "《社科课题经费管理细则》, only in 三、 (针对第四个问题)."),
    ("M", 5, "-", "《所属社会组织管理办法》, only in 三、 (the gap there is the time limit)."),
    ("M", 7, "-", "修订《财务管理制度》 in 三、; the item sets 审核人与审批人不得为同一人."),
    ("M", 9, "-", "《档案管理办法》, only in 三、."),
    ("O", 1, "-", "责任领导：党组书记、主席尹修远 (the gap there is the slogan text)."),
    ("O", 2, "-", "责任领导：党组成员、副主席荀静姝."),
    ("O", 3, "-", "责任领导：副主席荀静姝; 责任部门：学术科研科."),
    ("O", 4, "-", "责任领导：党组成员、秘书长雷书瑶."),
    ("O", 5, "-", "责任领导：党组成员、副主席荀静姝."),
    ("O", 6, "-", "责任领导：党组成员、秘书长雷书瑶."),
    ("O", 7, "-", "责任领导：党组成员、秘书长雷书瑶."),
    ("O", 8, "-", "责任领导：机关党支部书记雷书瑶."),
    ("O", 9, "-", "“责任部门：办公室” — a department counts as an owner."),
    ("D", 2, "-", "完成时限：2025年6月30日."),
    ("D", 3, "-", "完成时限：2025年9月30日."),
    ("D", 4, "-", "完成时限：2025年6月30日."),
    ("D", 6, "-", "完成时限：2025年6月30日 (the gap there is the rule)."),
    ("D", 7, "-", "完成时限：立行立改."),
    ("D", 8, "-", "完成时限：2025年12月31日."),
    ("D", 9, "-", "完成时限：2025年8月31日."),
], links=[
    L("持续深化理论武装", 1),
    L("对2024年未经审核的9场讲座讲稿逐篇补审", 2), L("建立讲稿、课件“三审”制度", 2), L("制定《社科讲坛讲稿课件审核办法》", 2),
    L("对照市社科联现行要求修订《社科规划课题管理办法》", 3), L("对6项超期课题逐一约谈课题负责人", 3),
    L("2025年度课题经费改为立项、中期检查、结项三次分期拨付", 4), L("对12项课题补交经费决算", 4), L("制定《社科课题经费管理细则》", 4),
    L("明确由学会工作科承担社会组织业务主管日常工作", 5), L("督促4家未年检的学会补办年检", 5), L("制定《所属社会组织管理办法》", 5),
    L("对2024年没有公函的5批次公务接待逐一核查", 6),
    L("审核人与审批人不得为同一人", 7), L("对23笔报销单据重新审核", 7), L("修订《财务管理制度》", 7),
    L("制定2025年机关党支部“三会一课”计划", 8), L("党课由党组成员、支部委员轮流讲授", 8),
    L("共整理归档312件", 9), L("明确由办公室专人负责档案管理", 9), L("制定《档案管理办法》", 9)])

# p04 蒴溪县农村留守儿童关爱服务中心党支部 (县民政局党组 round). Feedback: HTML news page, problems inline 一是…十是 in one
# paragraph; 一要…三要 and the 主任's 表态 一是…三是 are not problems. Report: public HTML 通报 (索引号, 主动公开), items
# （一）–（九） in the report's own numbering (problem 7 skipped), owners as “（牵头：…）”, time limits ONLY in the closing
# 三、整改时限安排 sentence, which cites the report's own item numbers.
G["p04"] = dict(issues=10, unanswered=[7], must_flag=[
    F("unanswered-issue", 7, "购买社会服务项目监管 (two 社工机构 never checked on site): no item, no measure; the report's （七） answers problem 8."),
    F("no-mechanism", 5, "Only a training class and “下一步将研究制定督导员履职考核办法”: the 考核 the feedback found missing is promised, not made."),
    F("no-deadline", 8, "Item （七） is unfinished (“支部正在制定年度主题党日计划”) and the closing schedule lists every item but （七）."),
    F("no-owner", 10, "Item （九） has no 牵头 bracket, the only item without one; “中心将…” names no post or office."),
], must_not_flag=[
    F("weak-leadership", None, "支部书记、主任柯映雪 heads the 领导小组 as 第一责任人, 直接部署、直接督办, 4 调度会."),
    F("late-report", None, "Feedback 2025-03-18, 通报 2025-06-12: 86 days."),
    F("no-disclosure", None, "A public 通报 (公开方式：主动公开) with a comment period, phone and address."),
    F("inconsistent-claim", None, "No completion total is claimed; the schedule's groups match the items' states."),
    F("unanswered-issue", 8, "Answered under the report's （七） (positions shift after the skipped problem)."),
    F("unanswered-issue", 10, "Answered under the report's （九）."),
    F("no-accountability", 3, "Money paid on one person's say-so, but every recipient was checked and found eligible; the answer is a collective-approval rule — no sanction needed."),
], theme=[
    ("M", 1, "-", "《留守儿童信息动态管理办法》 and a quarterly 数据比对机制."),
    ("M", 2, "-", "修订《代理家长结对帮扶工作规范》."),
    ("M", 3, "-", "《关爱资金审核发放规定》: 集体研究 then 公示."),
    ("M", 4, "-", "《心理辅导个案管理和危机转介规程》."),
    ("M", 6, "-", "关爱资金按季拨付调度制度 — the audit finding that recurred now has a rule."),
    ("M", 9, "-", "修订《中心档案管理制度》."),
    ("M", 10, "-", "《外出活动安全管理规定》 and an 应急预案 (the gap there is the owner)."),
    ("O", 1, "-", "（牵头：儿童信息科）."),
    ("O", 2, "-", "（牵头：关爱服务科）."),
    ("O", 3, "-", "（牵头：财务室）."),
    ("O", 4, "-", "（牵头：心理辅导室）."),
    ("O", 5, "-", "（牵头：关爱服务科） (the gap there is the rule)."),
    ("O", 6, "-", "（牵头：财务室）."),
    ("O", 8, "-", "（牵头：支部书记柯映雪） (the gap there is the time limit)."),
    ("O", 9, "-", "（牵头：办公室）."),
    ("D", 1, "-", "Closing schedule: 第（一）…项已于5月底前完成."),
    ("D", 2, "-", "Closing schedule: 第（二）（四）（五）项于2025年8月31日前完成."),
    ("D", 3, "-", "Closing schedule: 第（三）项 in the 5月底前 group."),
    ("D", 4, "-", "Closing schedule: 8月31日前."),
    ("D", 5, "-", "Closing schedule: 8月31日前."),
    ("D", 6, "-", "Closing schedule: 5月底前 (and 4月10日前 in the item)."),
    ("D", 9, "-", "Closing schedule: the report's （八） in the 5月底前 group."),
    ("D", 10, "-", "Closing schedule: 第（九）项于2025年7月31日前完成 (the gap there is the owner)."),
], links=[
    L("与县公安局、县教育局建立每季度数据比对机制", 1), L("12名父母已返乡的儿童退出关爱名单", 1),
    L("对31名全年无走访记录的代理家长逐一谈话", 2), L("修订《代理家长结对帮扶工作规范》", 2),
    L("发放名单逐户回访核实", 3), L("制定《关爱资金审核发放规定》", 3),
    L("统一心理咨询记录格式", 4), L("与县人民医院心理科建立危机个案转介绿色通道", 4),
    L("5月举办全县儿童督导员培训班", 5), L("协调乡镇调整了3名兼职督导员", 5),
    L("2025年第一季度关爱服务资金已于4月10日前全部拨付到乡镇", 6), L("建立关爱资金按季拨付调度制度", 6),
    L("主题党日今后与业务会议分开开展", 8),
    L("个案档案与资金档案分类分柜存放", 9), L("修订《中心档案管理制度》", 9),
    L("对3个“关爱驿站”活动场地开展安全检查", 10), L("制定《外出活动安全管理规定》和外出活动应急预案", 10)])

# p05 藨台县国营种畜场党支部 (县农业农村局党组 round). Feedback: 问题清单 (UTF-16 LE) 问题N：heading + 具体表现：; 整改要求
# 1．–3． are not problems. Report: covering text + ｜ ledger flattened to text (8 fields: 序号｜反馈问题｜整改措施｜责任领导｜
# 责任部门｜完成时限｜整改成效｜整改状态) + 附：建章立制清单 keyed “对应问题N”.
G["p05"] = dict(issues=10, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "The covering text says “反馈的10个问题已全部整改完成”, while rows 5 and 6 say 正在推进 (2 leases still being negotiated, 1.1万 rent still owed, write-offs still being processed)."),
    F("no-disclosure", None, "Nothing is or will be published, though 整改要求3 says 整改结果按规定公开; the 上墙公示 of safety posts (row 7) is not disclosure of the rectification."),
    F("no-mechanism", 4, "Row 4's rule part is a slogan (“健全采购管理机制，进一步规范采购行为”) and the annex of 7 rules has nothing on 饲料采购; one quarter's 询价 is not a rule."),
    F("no-deadline", 6, "Row 6's 完成时限 is “—” while the status is 正在推进 (核销 and 转固 unfinished)."),
    F("no-owner", 8, "Row 8: 责任领导 “—”, 责任部门 “全场” — nobody, for the very problem that came back after the last round."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、场长覃立山 heads the 领导小组 as 第一责任人, chairs the plan, 3 推进会."),
    F("late-report", None, "Feedback 2025-03-26, report 2025-06-20: 86 days."),
    F("vague-measure", 4, "Row 4 has a concrete act (3 suppliers asked in Q2, price down 4.1%); only its rule part is a slogan."),
    F("unanswered-issue", 4, "Answered in row 4 (the gap there is the rule)."),
], theme=[
    ("M", 1, "-", "后备种畜出生即建档制度 (row 1 and the annex)."),
    ("M", 2, "-", "《冻精出入库和试配管理规定》."),
    ("M", 3, "-", "修订《场区防疫消毒管理制度》 (row 3 and the annex)."),
    ("M", 5, "-", "《场区土地和圈舍出租管理办法》: 场务会 and 公开招租."),
    ("M", 6, "-", "资产年度清查制度 (the gap there is the time limit)."),
    ("M", 7, "-", "修订《安全生产责任制》."),
    ("M", 8, "-", "《职工考勤管理办法》 — the recurring problem now has a rule (the gap there is the owner)."),
    ("O", 1, "-", "副场长单景和 / 育种科."),
    ("O", 2, "-", "副场长单景和 / 育种科."),
    ("O", 3, "-", "副场长蒙雪梅 / 防疫科."),
    ("O", 4, "-", "场长覃立山 / 财务科."),
    ("O", 5, "-", "场长覃立山 / 办公室."),
    ("O", 6, "-", "副场长蒙雪梅 / 财务科 (the gap there is the time limit)."),
    ("O", 7, "-", "副场长蒙雪梅 / 生产科."),
    ("O", 9, "-", "党支部书记覃立山."),
    ("O", 10, "-", "副场长单景和 / 育种科."),
    ("D", 1, "-", "2025年5月31日."),
    ("D", 2, "-", "立行立改 (done)."),
    ("D", 3, "-", "2025年4月30日."),
    ("D", 4, "-", "2025年5月31日."),
    ("D", 5, "-", "2025年9月30日 (ongoing, with a date)."),
    ("D", 7, "-", "2025年4月30日."),
    ("D", 8, "-", "2025年5月31日."),
    ("D", 9, "-", "“2025年4月起长期坚持” — a standing task with a start date."),
    ("D", 10, "-", "2025年8月31日."),
], links=[
    L("对23头系谱不全的种畜逐头查阅引种档案和配种记录", 1), L("犊羔出生后3日内建立系谱卡片", 1),
    L("对460支试配冻精逐户核对", 2), L("试配冻精一律办理出库审批并登记回收情况", 2),
    L("消毒池每日更换药液", 3), L("外来车辆一律登记消毒后进场", 3),
    L("2025年第二季度饲料采购向3家供应商询价", 4),
    L("对9宗土地和圈舍逐宗清理", 5), L("建立租金收缴台账", 5),
    L("已向县财政局报送报废资产核销申请", 6), L("2栋羊舍正在办理竣工决算", 6),
    L("明确沼气池、配电室等8个重点部位的安全责任人", 7), L("班组每周自查、场部每月检查", 7),
    L("取消班组长代填考勤", 8), L("制定《职工考勤管理办法》", 8),
    L("支委会记录如实记载讨论情况和表决结果", 9),
    L("选派4名技术员参加省家畜繁育改良站举办的人工授精技术培训", 10), L("2名证书过期的技术员已参加复审", 10)])

# p06 蔊岭县城市桥梁管理所党支部 (县住建局党组 round, which also checked the 2022 round). Feedback (GB18030, CRLF):
# （一）–（十） heading。detail; 二、整改要求 not problems. Report: 问题N：restated heading / 整改情况： / 责任人： / 整改时限：,
# then 三、建章立制情况 naming 5 rules. LATE.
G["p06"] = dict(issues=10, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2024-12-10 with a 三个月内 limit (2025-03-10); the report is dated 2025-04-02: 113 days."),
    F("copied-measure", 4, "问题4's 整改情况 turns the problem back into a promise (切实加强限载标志管理，确保限载、限高标志完好有效，坚决防止问题反弹): no sign replaced, no count, no patrol."),
    F("no-mechanism", 4, "The 限载标志 problem came back after the 2022 round and the 整改要求（二） asked for a lasting mechanism; the answer gives none (no 巡护 duty or routine), and the 5 rules in 三、 do not touch it."),
    F("no-deadline", 5, "“整改时限：长期坚持” for a mechanism that is still being negotiated and equipment still awaiting approval: a finite unfinished task with no date."),
    F("no-accountability", 7, "3.8万 of maintenance money spent on the office refit: it is moved back and a rule revised, but nobody is held to account, though 整改要求（三） said 该问责的问责."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、所长鄂宗林 heads the 领导小组 as 第一责任人, 4 推进会, 3 site checks."),
    F("no-disclosure", None, "四、三是: 县住建局门户网站."),
    F("inconsistent-claim", None, "6 done + #1, #5, #8, #10 ongoing = 10; 5 rules claimed, 5 listed."),
    F("no-accountability", 3, "Payment without acceptance: the 副所长 in charge gets a 提醒谈话."),
    F("no-accountability", 10, "Too few specialists: no wrongdoing."),
    F("unanswered-issue", 4, "Answered, if only by copied words."),
], theme=[
    ("M", 1, "-", "《城市桥梁定期检测计划管理制度》."),
    ("M", 2, "-", "病害发现后当天录入系统, 每周核对 — a standing routine replacing personal notebooks."),
    ("M", 3, "-", "《养护维修工程验收办法》: payment needs the 验收单."),
    ("M", 6, "-", "修订《城市桥梁突发事件应急预案》."),
    ("M", 7, "-", "修订《所财务管理制度》, 专账核算 (the gap there is accountability)."),
    ("M", 8, "-", "《竣工资料归档管理规定》: 3 months after completion."),
    ("M", 9, "-", "A recurring problem with a mechanism: 学习情况每季度报局机关党委, 纳入考核."),
    ("O", 1, "-", "责任人：副所长晏春和."),
    ("O", 2, "-", "责任人：副所长晏春和."),
    ("O", 3, "-", "责任人：所长鄂宗林."),
    ("O", 4, "-", "责任人：副所长卜思远 (the gap there is the text)."),
    ("O", 5, "-", "责任人：副所长卜思远."),
    ("O", 6, "-", "责任人：副所长卜思远."),
    ("O", 7, "-", "责任人：所长鄂宗林."),
    ("O", 8, "-", "责任人：办公室主任祝晓帆."),
    ("O", 9, "-", "责任人：支部书记鄂宗林."),
    ("O", 10, "-", "责任人：所长鄂宗林."),
    ("D", 1, "-", "2025年5月31日."),
    ("D", 2, "-", "2025年2月28日."),
    ("D", 3, "-", "2025年3月31日."),
    ("D", 4, "-", "立行立改 (the gap there is the text)."),
    ("D", 6, "-", "2025年3月31日."),
    ("D", 7, "-", "2025年1月31日."),
    ("D", 8, "-", "2025年6月30日."),
    ("D", 9, "-", "“2025年1月起长期坚持” — a standing task with a start date."),
    ("D", 10, "-", "2025年12月31日."),
], links=[
    L("委托具有资质的检测单位对6座超期桥梁开展定期检测", 1), L("制定《城市桥梁定期检测计划管理制度》", 1),
    L("将巡查员记录本上的37处病害全部录入桥梁管理系统", 2), L("巡查改用移动终端采集", 2),
    L("对3项工程补做现场验收", 3), L("制定《养护维修工程验收办法》", 3), L("对负责工程管理的副所长晏春和进行提醒谈话", 3),
    L("切实加强限载标志管理", 4),
    L("正在与县公安局交警大队、县交通运输综合行政执法大队协商建立超限车辆信息通报机制", 5), L("加装超限监测抓拍设备的方案已报局里审批", 5),
    L("修订《城市桥梁突发事件应急预案》", 6), L("2025年3月组织了一次桥梁突发事件应急演练", 6),
    L("列支的办公楼装修款3.8万元已从所办公经费中调账归还养护经费", 7), L("修订《所财务管理制度》", 7),
    L("对8项工程资料逐项收集整理", 8), L("制定《竣工资料归档管理规定》", 8),
    L("制定2025年支部学习计划", 9), L("学习情况每季度报局机关党委", 9),
    L("向局里申请公开招聘桥梁专业技术人员2名", 10), L("选派3名职工参加省市政桥梁养护技术培训", 10)])

# p07 葶山县节约用水管理办公室党支部 (县水利局党组 round). Feedback: 组长's speech with three 从…看 paragraphs, inline 一是…
# RESTARTING in each (3 + 3 + 3 = 9); 一要…三要 not problems. Report (UTF-16 LE): own area headings with 一是…三是… and no
# owner or limit in the items; owners ONLY in 三、责任分工 (by area: “第一方面三个问题由…牵头”), limits ONLY in 四、完成时限,
# rules in the item and/or 五、长效机制建设. GOOD REPORT.
G["p07"] = dict(issues=9, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "支部书记、主任鲍景辰 heads the 领导小组 as 第一责任人, 直接部署、直接过问、直接督办; 6 调度会, 4 site checks."),
    F("late-report", None, "Feedback 2025-06-05, report 2025-08-27: 83 days."),
    F("no-disclosure", None, "六、: 县水利局门户网站“巡察整改”专栏 with a 监督电话."),
    F("inconsistent-claim", None, "5 done (第二方面 2, 第三方面 3) + 4 ongoing (第一方面 3, 第二方面 1), as 四、 says; 7 rules claimed, 7 listed."),
    F("unanswered-issue", 4, "Answered under （二） 一是 (计量器具检定)."),
    F("repeated-measure", 1, "三、 and 四、 assign owners and limits to three problems at once; that is a shared assignment, not a pasted measure."),
    F("repeated-measure", 7, "Same: the 第三方面 owner and limit sentences are shared, the measures differ."),
], theme=[
    ("M", 1, "-", "《计划用水管理办法》 in 五、; the item sets a 10-working-day rule."),
    ("M", 2, "-", "《超计划用水累进加价征收工作规程》."),
    ("M", 3, "-", "修订《节水型单位验收办法》."),
    ("M", 4, "-", "《计量器具检定管理制度》, only in 五、长效机制建设."),
    ("M", 5, "-", "《专项经费预算执行管理办法》."),
    ("M", 6, "-", "《合同管理办法》 — the problem from the last round now has a rule."),
    ("M", 9, "-", "《廉政风险防控手册（2025年版）》."),
    ("O", 1, "-", "三、责任分工: 第一方面三个问题由副主任尚思源牵头, 计划用水科具体负责."),
    ("O", 2, "-", "三、: 第一方面 → 副主任尚思源."),
    ("O", 3, "-", "三、: 第一方面 → 副主任尚思源."),
    ("O", 4, "-", "三、: 第二方面 → 副主任伍梦溪 (and 计量科 named in the item)."),
    ("O", 5, "-", "三、: 第二方面 → 副主任伍梦溪."),
    ("O", 6, "-", "三、: 第二方面 → 副主任伍梦溪."),
    ("O", 7, "-", "三、: 第三方面 → 支部书记鲍景辰."),
    ("O", 8, "-", "三、: 第三方面 → 支部书记鲍景辰; 丁若萍 named in the item."),
    ("O", 9, "-", "三、: 第三方面 → 支部书记鲍景辰."),
    ("D", 1, "-", "四、: 第一方面三个问题于2025年8月31日前完成."),
    ("D", 2, "-", "四、: 第一方面 → 8月31日前."),
    ("D", 3, "-", "四、: 第一方面 → 8月31日前."),
    ("D", 4, "-", "四、: 第二方面第一个问题于2025年9月30日前完成."),
    ("D", 5, "-", "四、: 其余两个问题已于7月底前完成."),
    ("D", 6, "-", "四、: 已于7月底前完成."),
    ("D", 7, "-", "四、: 第三方面三个问题已于7月底前完成."),
    ("D", 8, "-", "四、: 已于7月底前完成."),
    ("D", 9, "-", "四、: 已于7月底前完成, 风险排查此后长期坚持."),
], links=[
    L("对19家未下达计划的取用水户逐户核定年度用水计划", 1), L("将计划用水户名录纳入取水许可系统统一管理", 1), L("《计划用水管理办法》", 1),
    L("对2024年超计划用水的7家单位逐家核定超用水量", 2), L("制定《超计划用水累进加价征收工作规程》", 2),
    L("对已命名的节水型单位开展复核", 3), L("修订《节水型单位验收办法》", 3),
    L("明确计量器具检定由计量科负责、办公室配合", 4), L("对63块超期水表分批送检", 4), L("《计量器具检定管理制度》", 4),
    L("2025年宣传经费编制专项预算", 5), L("制定《专项经费预算执行管理办法》", 5),
    L("建立合同统一登记台账", 6), L("制定《合同管理办法》", 6),
    L("每季度安排一次节水业务专题研讨", 7),
    L("确定支部委员丁若萍联系培养3名入党申请人", 8),
    L("重新排查征收、验收、计量等岗位廉政风险点18个", 9)])

# p08 蒟川县中小学生综合实践教育基地党支部 (县教育局党委 round). Feedback: DOCX whose problems are the 10 rows of a Word table
# (序号｜问题类别｜问题表现); 二、整改要求 not problems. Report (UTF-8, CRLF): by number “（N）针对反馈的第M个问题”, problem 6
# skipped, a pasted paragraph under problems 8 and 9, brackets (责任人；时限).
G["p08"] = dict(issues=10, unanswered=[6], must_flag=[
    F("weak-leadership", None, "No 领导小组 and no 第一责任人, though 整改要求（一） asked for both: “基地召开全体教职工会议…将问题分解到各部门落实整改，由办公室负责收集整改材料”; the principal leader is nowhere deploying or supervising."),
    F("unanswered-issue", 6, "设施设备维护无台账 (2 overdue climbing and rope devices still in use): no item and no measure; the report's （六） answers problem 7."),
    F("repeated-measure", 8, "（七） (problem 8) opens with a boilerplate paragraph (组织全体党员深入学习上级有关文件精神…转化为推动基地高质量发展的实际成效) pasted again under （八）."),
    F("repeated-measure", 9, "（八） (problem 9) repeats （七）'s paragraph word for word; its only own act is replacing one board."),
    F("no-mechanism", 7, "The 车辆租赁未比选 problem came back after the last round and 整改要求（二） asked for a lasting mechanism; the answer only reports this year's 比选, no rule."),
    F("no-mechanism", 9, "The feedback says content changes have no 审核程序; the answer pastes a paragraph and swaps one board — no review rule."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-01-16, report 2025-04-11: 85 days."),
    F("no-disclosure", None, "二、… 三是: 基地微信公众号 (the 收费 公示 in item （四） is price information, but the report also says the rectification is public)."),
    F("inconsistent-claim", None, "No totals or all-done claim (“大部分已经整改到位”)."),
    F("unanswered-issue", 7, "Answered under the report's （六） (positions shift after the skipped row)."),
    F("unanswered-issue", 10, "Answered under the report's （九）."),
    F("vague-measure", 9, "Besides the pasted paragraph, （八） reports an act (the out-of-date map board replaced); the gap is the paste and the missing rule."),
], theme=[
    ("M", 1, "-", "《实践课程开发和评审办法》."),
    ("M", 2, "-", "修订《学生安全管理制度》: 安全交底 and two drills a term."),
    ("M", 4, "-", "《收费项目备案公示制度》."),
    ("M", 5, "-", "《外聘教官管理办法》."),
    ("O", 1, "-", "责任人：教学部主任万晓岚."),
    ("O", 2, "-", "责任人：安全部主任左承泽."),
    ("O", 3, "-", "责任人：后勤部主任殷子默."),
    ("O", 4, "-", "责任人：财务室主任柏莹."),
    ("O", 5, "-", "责任人：人事部主任查文涛."),
    ("O", 7, "-", "责任人：后勤部主任殷子默 (the gap there is the rule)."),
    ("O", 8, "-", "责任人：支部书记夔立群 (the gap there is the pasted paragraph)."),
    ("O", 9, "-", "责任人：支部书记夔立群."),
    ("O", 10, "-", "责任人：办公室主任向南枝."),
    ("D", 1, "-", "时限：2025年3月31日."),
    ("D", 2, "-", "时限：2025年3月31日."),
    ("D", 3, "-", "时限：立行立改."),
    ("D", 4, "-", "时限：2025年2月28日."),
    ("D", 5, "-", "时限：2025年4月30日."),
    ("D", 7, "-", "时限：2025年3月31日."),
    ("D", 9, "-", "时限：立行立改."),
    ("D", 10, "-", "时限：2025年6月30日."),
], links=[
    L("停开内容陈旧的课程6门", 1), L("制定《实践课程开发和评审办法》", 1),
    L("每批次活动前由带队教师对学生进行安全交底", 2), L("3月12日组织全体师生开展应急疏散演练", 2), L("修订《学生安全管理制度》", 2),
    L("食堂每餐留样", 3), L("4名健康证过期人员已暂停上岗", 3),
    L("“研学套餐”收费项目已报县发展改革局、县教育局备案", 4), L("制定《收费项目备案公示制度》", 4),
    L("对12名外聘教官补做资质审查和背景核查", 5), L("制定《外聘教官管理办法》", 5),
    L("2025年学生往返车辆租赁已委托县公共资源交易中心公开比选", 7),
    L("组织生活会前逐一开展谈心谈话", 8),
    L("使用过时地图的展板已撤换", 9),
    L("对学生活动安全台账、教官培训记录、食堂检查记录集中清理归档", 10)])

# p09 薸阳县岵口镇统计站 (县委第五巡察组 extended inspection during the 岵口镇 round). Feedback: GB18030 HTML news page of
# the county 纪委监委 site, all problems in one “主要是：…；…等问题” sentence (9). Report (GB18030, CRLF): the 站长's
# first-person report in plain words, “一、关于…的问题” items; owners as 我 / a named 统计员 / “站里”; LATE.
G["p09"] = dict(issues=9, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2025-02-26 with a 三个月内 limit (2025-05-26); the report is dated 2025-06-20: 114 days."),
    F("no-disclosure", None, "Nothing is published or to be published, though the feedback said 整改情况按规定公开; the report only asks 镇党委 for comments."),
    F("no-deadline", 3, "8 villages' vouchers are still missing and the only time given is “尽快补齐”."),
    F("no-owner", 6, "“站里准备了一个登记本” — no one is named to keep the register or check it; 镇分管领导 only signs each request."),
    F("no-mechanism", 7, "The late-report problem was raised by the last round too (the report admits it); the answer names who sends the returns and promises “更加注意”, with no check, reminder or rule, though the feedback asked for 长效机制."),
], must_not_flag=[
    F("weak-leadership", None, "A three-person station: the 站长 writes in the first person, “对整改负总责”, leads the field checks, and the 分管副镇长 heard two progress reports."),
    F("inconsistent-claim", None, "No totals are claimed."),
    F("no-accountability", 8, "An allowance paid without basis, 1860 yuan, stopped and returned; no wrongdoing beyond a paperwork failing."),
], theme=[
    ("M", 1, "-", "A rule in plain words: 差距超过5%的要到实地核查，核查单由我签字后才能上报."),
    ("M", 2, "-", "A monthly cross-check with the 市场监管所, by a named 统计员."),
    ("M", 3, "-", "“以后村级报表没有原始凭证的，站里一律不收” (the gap there is the time limit)."),
    ("M", 5, "-", "镇党委's rule: 村级统计员由村委会委员兼任、任期内不随意更换; training before taking up the post."),
    ("M", 6, "-", "Register plus 镇分管领导签字 before any release (the gap there is the owner)."),
    ("M", 8, "-", "Spending follows the 镇 财务制度 with 站长审核 and 分管领导审批."),
    ("O", 1, "-", "“我带统计员…” — the writer, the 站长."),
    ("O", 2, "-", "由统计员岑小满每月核对."),
    ("O", 3, "-", "由副站长管立新负责 (the gap there is the time limit)."),
    ("O", 4, "-", "“我负责联系县统计局”."),
    ("O", 5, "-", "由副站长管立新负责 the pre-post training."),
    ("O", 7, "-", "月报由统计员岑小满负责报送 (the gap there is the rule)."),
    ("O", 8, "-", "报销单由我审核."),
    ("O", 9, "-", "镇党委 changed the 站长's duties; the writer now does statistics only."),
    ("D", 1, "-", "Done: 4月已重新上报."),
    ("D", 2, "-", "Done: 3月已录入名录库."),
    ("D", 4, "-", "“10月份配合县统计局…再开展一次检查”."),
    ("D", 5, "-", "Done: the March class; the rule is already set by 镇党委."),
    ("D", 6, "-", "Done: the register is in use (“准备了”)."),
    ("D", 8, "-", "Done: stopped and returned."),
    ("D", 9, "-", "Done: 镇党委3月调整了我的分工."),
], links=[
    L("我带统计员到3个村逐块核实农作物播种面积", 1), L("差距超过5%的要到实地核查", 1),
    L("2家规模以上企业和11家个体工商户3月已录入名录库", 2), L("每月和镇市场监管所核对一次", 2),
    L("正在一个村一个村补", 3), L("村级报表没有原始凭证的，站里一律不收", 3),
    L("我们站里全程参加", 4), L("10月份配合县统计局对规模以上企业再开展一次检查", 4),
    L("村级统计员由村委会委员兼任", 5), L("办了一期培训班", 5),
    L("站里准备了一个登记本", 6),
    L("今年1月到5月的月报都按时报了", 7),
    L("误餐补助已经停发", 8), L("报销单由我审核", 8),
    L("镇党委3月调整了我的分工", 9), L("站里3个人的分工已经写成表", 9)])

# p10 蓰城县人民法院司法警察大队党支部 (院党组 internal round). Feedback: areas 一、二、三、…方面 with continuous heading lines
# 1．–11． + detail lines; 四、整改意见 not problems. Report: internal 整改进展情况的通报 with per-item field lines
# 整改进展：/责任领导：/责任部门：/完成时限：/长效机制：.
G["p10"] = dict(issues=11, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "“反馈的11个问题已全部整改完成”, while （六） says the 训练场地改造 is still being built (预计10月完工) and （十一） says the 考核办法 is only a draft 正在征求意见."),
    F("no-accountability", 7, "The 加班补助 problem came back after the 2022 round and 0.9万 was overpaid again: the money is returned and a rule made, but nobody is held to account, though 整改意见（二） asked for 处理 of those responsible."),
    F("vague-measure", 9, "（九）'s 整改进展 is slogans only (进一步提高思想认识，严格落实…切实提升…推动…全面进步) and its 长效机制 is “严格执行有关制度”: nothing on the video-only 党课 or the minutes written up afterwards."),
    F("no-mechanism", 11, "The 长效机制 field says “将研究出台辅警考核办法” and the draft is still out for comment: the rule the feedback found missing is not yet made."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、大队长濮英杰 heads the 领导小组 as 第一责任人, 直接部署、直接督办."),
    F("late-report", None, "Feedback 2025-06-03, 通报 2025-08-22: 80 days."),
    F("no-disclosure", None, "An internal round: “本通报在院内网公布”, as 整改意见（三） asked (院内通报)."),
    F("no-accountability", 2, "Handcuffs and batons found to be training stock not logged: a ledger failing."),
    F("unanswered-issue", 9, "Answered, if only by slogans."),
], theme=[
    ("M", 1, "-", "长效机制：修订《押解看管工作规程》."),
    ("M", 2, "-", "长效机制：《警械装备领用归还管理办法》."),
    ("M", 3, "-", "长效机制：《安检查获物品登记处置规定》."),
    ("M", 4, "-", "长效机制：《值庭勤务统一调度办法》."),
    ("M", 5, "-", "长效机制：修订《警用车辆使用管理规定》."),
    ("M", 6, "-", "长效机制：训练考核结果与评先评优挂钩制度."),
    ("M", 7, "-", "长效机制：《执勤加班补助核发办法》 with 政治部 checking attendance (the gap there is accountability)."),
    ("M", 8, "-", "长效机制：会同执行局制定《查扣财物移交工作细则》."),
    ("M", 10, "-", "长效机制：《司法警察大队岗位廉政风险防控清单》, updated yearly."),
    ("O", 1, "-", "责任领导：副大队长娄承志; 责任部门：一中队."),
    ("O", 2, "-", "责任领导：副大队长巩思齐; 责任部门：装备室."),
    ("O", 3, "-", "责任领导：副大队长巩思齐."),
    ("O", 4, "-", "责任领导：副大队长娄承志."),
    ("O", 5, "-", "责任领导：政治教导员甘露凝."),
    ("O", 6, "-", "责任领导：副大队长娄承志."),
    ("O", 7, "-", "责任领导：政治教导员甘露凝."),
    ("O", 8, "-", "责任领导：副大队长巩思齐."),
    ("O", 9, "-", "责任领导：党支部书记濮英杰 (the gap there is the slogan text)."),
    ("O", 10, "-", "责任领导：政治教导员甘露凝."),
    ("O", 11, "-", "责任领导：党支部书记濮英杰 (the gap there is the rule)."),
    ("D", 1, "-", "2025年7月31日."),
    ("D", 2, "-", "2025年7月15日."),
    ("D", 3, "-", "2025年6月30日."),
    ("D", 4, "-", "2025年7月31日."),
    ("D", 5, "-", "2025年7月31日."),
    ("D", 6, "-", "2025年10月31日 (unfinished, with a date)."),
    ("D", 7, "-", "2025年7月31日."),
    ("D", 8, "-", "2025年7月15日."),
    ("D", 10, "-", "2025年7月31日."),
    ("D", 11, "-", "2025年9月30日 (unfinished, with a date)."),
], links=[
    L("对2024年缺失记录的9次押解逐一核对审判流程系统", 1), L("羁押室看管实行交接班双人签字", 1), L("修订《押解看管工作规程》", 1),
    L("对全部警械和单警装备重新清点建账", 2), L("指定装备管理员1名", 2),
    L("安检登记增加查获物品栏目", 3),
    L("值庭派警改由大队指挥室根据审判管理系统排期统一调度", 4),
    L("警车出车实行派车单审批", 5), L("3辆警车的维修费用已向维修厂补调维修清单", 5),
    L("7月组织全体干警体能和技能考核", 6), L("建立训练考核结果与评先评优挂钩制度", 6),
    L("2024年下半年按平均数多发的加班补助0.9万元已由相关干警全部退回", 7), L("制定《执勤加班补助核发办法》", 7),
    L("查扣财物移交一律当面清点、双方签字", 8), L("会同执行局制定《查扣财物移交工作细则》", 8),
    L("严格落实“三会一课”制度", 9),
    L("对押解、安检、车辆管理等7个岗位重新排查廉政风险点21个", 10),
    L("辅警请销假已建立登记", 11)])

for name, g in G.items():
    flags = {(f["kind"], f["issue"]) for f in g["must_flag"]}
    theme_flag = [F(KIND[k], i, w) for k, i, s, w in g["theme"] if s == "+"]
    theme_not = [F(KIND[k], i, w) for k, i, s, w in g["theme"] if s == "-"]
    assert not any((f["kind"], f["issue"]) in flags for f in theme_not), name
    out = {"mode": "pair", "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"] + theme_flag, "must_not_flag": g["must_not_flag"] + theme_not, "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(out['must_flag'])} must_flag, {len(out['must_not_flag'])} must_not_flag, "
          f"{len(out['links'])} links")
