"""Write p01..p10/gold.json (dev-pairs gold format) for dev25. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev24/make/gold.py. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# ---------------- form type 1: formal 反馈意见 / common 整改情况的报告 with inline 一是…二是… ----------------
# p01 蕺川县住房和城乡建设局党组 (county bureau). Feedback: 一、二、三、 parts, （一）（二）… restarting under each part
# (3 + 2 + 2 = 7); 四、整改意见 and the 移交 sentence are not problems. Report (GB18030): plain headings
# "（一）…的问题整改情况", measures 一是…四是 inline, owner/time limit in running text; #3 has 牵头单位/责任人/完成时限 lines.
G["p01"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("copied-measure", 2, "The 建筑市场 item only turns the feedback's own detail into intentions: 着力解决对在建项目农民工工资专用账户和实名制管理落实情况的检查流于形式的问题 / 对群众举报的资质挂靠、违法分包线索及时查处 / 加大…处理力度 — no count, no case, no result."),
    F("no-deadline", 5, "工程款 item (312万 paid before 结算审计, 18% 变更) names 分管副局长郗望舒 but gives no time limit, while every other concrete item has one; the 审计/多退少补 is open-ended (待审计结论出具后)."),
    F("weak-leadership", None, "No 领导小组 (the words appear only in the addressee 县委巡察工作领导小组办公室), no 第一责任人, the 党组书记 is never named; work is just 传达, 方案, 分解到各股室 and 要求按时完成."),
], must_not_flag=[
    F("late-report", None, "Feedback 2024-10-15, report 2025-01-10: 87 days, inside three months."),
    F("no-disclosure", None, "下一步: published on the county government portal, 局信息公开专栏."),
    F("inconsistent-claim", None, "23 tasks = 19 done + 4 pending; the pending ones are visible (#1 two 小区 start in March, #3 two 燃气 pipes, #5 audit, #7 轮岗 by March)."),
    F("no-accountability", 4, "6.8万 清退, 2.16万 退缴, 原馆长 诫勉谈话, 站长 批评教育."),
    F("no-mechanism", 4, "制定《局属事业单位津贴补贴发放管理规定》."),
    F("no-mechanism", 5, "修订《局本级工程款支付审核办法》 (the gap there is the time limit)."),
    F("no-mechanism", 3, "修订《建筑起重机械安全监督检查工作规程》."),
    F("no-owner", 3, "Owner given on separate lines: 牵头单位：质量安全股 / 责任人：副局长宓子衡."),
    F("no-owner", 5, "分管副局长郗望舒 负责."),
    F("no-owner", 7, "副局长冉砚秋负责，人事股具体落实."),
    F("no-deadline", 3, "完成时限：2025年4月底前 on its own line."),
    F("no-deadline", 6, "党建工作长期坚持、常态化 — a standing duty; the concrete steps are done."),
    F("vague-measure", 1, "Concrete: 3 小区 复工, 1.2公里 管网, 216盏 灯, 周调度."),
], links=[
    L("协调供水、燃气企业制定管线迁改计划", 1), L("加大对欠薪投诉的处理力度", 2),
    L("89栋未录入的自建房已全部补录信息系统", 3), L("6.8万元已全部清退到位", 4),
    L("已委托第三方审计机构开展结算审计", 5), L("补缴党费共计3860元", 6), L("制定《局机关年轻干部培养三年计划》", 7)])

# p06 蘹溪县人民医院党委 (hospital). Feedback: 一、二、三、 parts with continuous （一）–（七） heading + detail; 四、意见建议 not
# problems. Report: 一、整改工作总体情况 (领导小组, 三张清单, 追责 incl. #5), 二、six plain restated headings （一）–（六）, 一是…
G["p06"] = dict(mode="pair", issues=7, unanswered=[7], must_flag=[
    F("unanswered-issue", 7, "人才培养和引进 (4 of 9 硕士 lost, no 进修 plan) is never answered: no item, and nothing on 人才/进修/引进 anywhere."),
    F("vague-measure", 6, "Item （六） on 党支部/双带头人 42% is three slogans (进一步提高认识、切实加强…、不断强化…、不断提升…深度融合): no count, no step, no time limit."),
    F("no-accountability", 4, "2 科室主任 accepted 医药代表 banquets and the feedback says the hospital did nothing; the item lists 承诺书, 用量监测, 警示教育 and a rule, and the summary's 追责 paragraph covers only #5 — nobody is dealt with."),
], must_not_flag=[
    F("weak-leadership", None, "领导小组 headed by the 党委书记, who is 第一责任人 and chaired 4 推进会, 当面督办."),
    F("no-disclosure", None, "下一步: 已在医院官方网站和院务公开栏公开."),
    F("late-report", None, "Feedback 2025-04-18, report 2025-07-08: 81 days."),
    F("inconsistent-claim", None, "24 tasks = 20 done + 4 long-term/phased; items marked 已完成 match."),
    F("no-accountability", 5, "Stated in the summary part (一（三）): 原副院长 诫勉谈话, 办公室主任/财务科科长 批评教育, 1.74万 退回 — not under the item."),
    F("no-accountability", 2, "41.3万 退回医保基金, 康复医学科主任 诫勉谈话."),
    F("no-deadline", 3, "预约诊疗率提升和工单办理作为日常工作长期坚持 — legitimately long-term, and the concrete steps are done."),
    F("no-mechanism", 1, "修订两个议事规则, 前置研究事项清单."),
    F("no-mechanism", 2, "《医保基金使用内部管理办法》."),
    F("no-mechanism", 4, "修订《医药代表院内接待管理规定》 (the gap there is accountability)."),
    F("no-owner", 4, "院长葛汀 is 责任领导."),
], links=[
    L("制定党委前置研究讨论重大事项清单", 1), L("41.3万元违规费用已全部退回医保基金", 2),
    L("夜间急诊药房由1人值守调整为2人值守", 3), L("组织全院中层干部签订廉洁从业承诺书86份", 4),
    L("修订《外出学习考察管理办法》", 5), L("不断强化支部书记抓党建的政治责任", 6)])

# ---------------- form type 2: 反馈会 speech / 整改台账 ----------------
# p02 薢溪镇党委 (township). Feedback (UTF-8 CRLF): 组长's speech — praise, problems in paragraphs 一是/另外/同时/还有/此外/
# 最后一个问题 (6), 一要…三要 and the 三个月内 sentence are not problems. Report: intro + 台账 as ｜-separated text rows 1.1…3.2.
G["p02"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-owner", 2, "Row 1.2 (违法占地建房): the 责任领导 cell is empty (｜｜); only 责任单位 is given, while every other row names a leader."),
    F("repeated-measure", 4, "Row 2.2 (作风) opens with the same boilerplate as row 3.1 (组织全镇党员干部深入学习…切实以巡察整改成果推动各项工作提质增效)."),
    F("repeated-measure", 5, "Row 3.1 (村党组织) repeats the row 2.2 boilerplate word for word."),
    F("inconsistent-claim", None, "The intro says 18项整改任务已全部完成整改, but row 1.2 has 2 宗 waiting for 法院强制执行, row 3.1 is 持续推进, row 3.2 is 正在推进 with 38万 left to 2025."),
    F("late-report", None, "Feedback 2024-09-12, report dated 2025-01-06: 116 days, beyond the 三个月内 the speech sets."),
], must_not_flag=[
    F("weak-leadership", None, "领导小组 headed by the 镇党委书记, who is 第一责任人, 亲自部署、亲自督办."),
    F("no-disclosure", None, "镇政务公开栏 and the “薢溪发布” 公众号."),
    F("no-deadline", 5, "长期坚持 for 后备干部 and 党员管理 — a standing duty."),
    F("no-accountability", 6, "时任分管副镇长 约谈, 财政所原所长 诫勉谈话, false 销号 material withdrawn."),
    F("no-accountability", 3, "0.8万 退回, 3 报账员 批评教育."),
    F("no-mechanism", 3, "修订《村级财务报账审核办法》."),
    F("no-owner", 6, "镇长闻仲秋."),
    F("no-owner", 1, "副镇长郦青禾."),
], links=[
    L("补发2023年度资产收益4.6万元到村集体账户", 1), L("联合县自然资源局开展集中拆除", 2),
    L("补齐合规票据3.9万元", 3), L("便民服务中心实行午间轮班值守", 4),
    L("每村储备2名35岁以下后备干部", 5), L("与运营企业签订分期偿还协议", 6)])

# p07 蘪阳县城乡供水有限公司党支部 (state firm). Feedback (GB18030): 组长's speech “根据录音整理” — praise, problems 一是/另外/
# 同时/还有/此外/最后 (6), 一要…三要 and the 两个月/三个月 sentence are not problems. Report: DOCX, short text + 7-column table
# (序号｜问题｜整改措施｜责任领导｜责任单位｜完成时限｜进展), rows 1.1 1.2 2.1 2.2 3.1 3.2 in the order 1,3,2,4,5,6.
G["p07"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-deadline", 3, "Row 1.2 (产销差, 182万 欠费): 完成时限 cell “根据清欠进度确定” — no date for a concrete recovery task."),
    F("copied-measure", 5, "Row 3.1 (两张皮) rewrites the speech's own words as the measure: 党支部会议很少研究生产经营中的重大问题 / 挂了牌子没有下文 / 按照规定每年召开职工代表大会 — nothing done, no count, yet 已完成."),
    F("no-disclosure", None, "The speech asks for 将整改情况向社会公开; the report never mentions publishing (公开招标 in row 2.1 is procurement)."),
], must_not_flag=[
    F("weak-leadership", None, "领导小组 headed by the 党支部书记、董事长, 第一责任人, 3 推进会, 2 site visits."),
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-12: 84 days."),
    F("inconsistent-claim", None, "20 tasks = 16 done + 4 ongoing; rows 1.1 and 1.2 are shown as in progress."),
    F("no-accountability", 2, "工程部经理 党内警告, 分管副总经理 诫勉谈话, 11.2万 审减."),
    F("no-accountability", 4, "驾驶员 退缴 2860元 + 诫勉谈话, 5420元 个人承担."),
    F("no-mechanism", 2, "《公司工程建设项目招标采购管理办法》."),
    F("no-mechanism", 6, "《中层管理人员选拔任用办法》."),
    F("no-owner", 3, "副总经理荀望 is 责任领导 (the gap there is the time limit)."),
    F("no-deadline", 1, "2025年12月底前."),
], links=[
    L("在沙垭、蘪溪片区各增设1座加压泵站", 1), L("审减工程款11.2万元", 2), L("已回收欠费67万元", 3),
    L("安装公车北斗定位系统", 4), L("按照规定每年召开职工代表大会", 5), L("核减派遣人员9名", 6)])

# ---------------- form type 3: 纪委/组织部 website news / public 整改进展情况通报 by number ----------------
# p03 蔊城区文化旅游投资集团 (state firm). Feedback: 纪委 site page with chrome; problems = the eight clauses of
# “但巡察也发现一些问题：…；…等问题” (8). Praise, 要求, 讲话, 表态, 移交 and chrome are not. Report (UTF-16 LE BOM): 通报
# answering “第N个问题/第N项问题”, #3 and #4 answered together, #6 skipped; ends with phone, e-mail, address.
G["p03"] = dict(mode="pair", issues=8, unanswered=[6], must_flag=[
    F("unanswered-issue", 6, "选人用人/中层干部任职程序 is never answered: items cover 1, 2, 3+4, 5, 7, 8 only."),
    F("no-accountability", 5, "购物卡 issued under 节日慰问: stopped, 清理, rule revised, 学习 — no money recovered, no one dealt with."),
    F("no-mechanism", 2, "Assets item is one-off clearing (清查, 招租盘活, 调整租金, 到期收回): no rule on 资产出租/闲置资产 is made, though the feedback's 要求 names 国有资产管理 制度."),
], must_not_flag=[
    F("weak-leadership", None, "领导小组 headed by the 党委书记、董事长, 第一责任人, 6 meetings."),
    F("no-disclosure", None, "It is itself a public 通报, with 联系电话, 电子邮箱 and 邮政地址."),
    F("late-report", None, "Feedback 2024-11-25, report 2025-02-20: 87 days."),
    F("inconsistent-claim", None, "31 tasks = 24 done + 7 ongoing."),
    F("no-accountability", 4, "工程部负责人 政务警告; 围标串标 clue 移交区纪委监委; 2 bidders blacklisted."),
    F("no-accountability", 8, "财务部门负责人 诫勉谈话."),
    F("no-mechanism", 3, "修订《集团“三重一大”事项决策实施办法》."),
    F("no-mechanism", 4, "《集团工程建设项目全过程管理办法》."),
    F("no-mechanism", 5, "修订《集团职工福利费使用管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 8, "“销号复核”制度."),
    F("no-deadline", 1, "计划2025年5月底前全部完工."),
], links=[
    L("将游客服务中心、观光步道和智慧票务系统3个子项目分解到月", 1), L("长期闲置的9处房产已通过招租盘活6处", 2),
    L("2个论证不充分的项目已暂停实施、重新论证", 3), L("将涉及的2家投标企业列入集团采购“黑名单”", 4),
    L("已立即停止以节日慰问名义发放购物卡", 5), L("设立党员先锋岗18个", 7),
    L("对已销号但整改不彻底的5个问题重新列入台账", 8)])

# p08 蘡江县社会保险事业服务中心党总支 (public institution). Feedback: 组织部 site page; problems = the seven clauses of
# “巡察组指出，…：…；…等问题” (7). Report (UTF-8 CRLF): public 公告 “对第N个问题”, #3 + #4 together, owner lines
# 牵头股室/责任人/完成时限, accountability for #7 in the summary. Good report.
G["p08"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "领导小组 headed by the 党总支书记、主任, 第一责任人, 亲自研究、部署、督办."),
    F("no-disclosure", None, "Public 公告 with 监督电话, 电子邮箱, 来信地址."),
    F("late-report", None, "Feedback 2025-06-10, report 2025-08-29: 80 days."),
    F("inconsistent-claim", None, "25 measures = 21 done + 4 ongoing; #1 and #7 items are not marked done, #6 is long-term."),
    F("no-accountability", 7, "In the summary part, not under the item: 邰某某 党内警告, 责令退出股份."),
    F("no-accountability", 2, "34.6万 追回, 2 强制执行, 2 staff 诫勉谈话/批评教育."),
    F("no-accountability", 5, "3180元 个人退赔, 副主任 批评教育."),
    F("no-deadline", 6, "规范组织生活作为日常工作常态化开展、长期坚持 — legitimately long-term."),
    F("no-owner", 6, "牵头单位：中心党总支 / 责任人：党总支专职副书记潘若愚 on separate lines."),
    F("no-owner", 1, "牵头股室 + 责任人 lines."),
    F("no-mechanism", 2, "死亡信息每月比对机制, 修订《社会保险待遇资格认证管理办法》."),
    F("no-mechanism", 4, "《业务经办内部控制实施细则》."),
    F("no-mechanism", 7, "干部经商办企业情况年度报告制度."),
], links=[
    L("新增灵活就业人员参保1836人", 1), L("已追回冒领金额34.6万元", 2),
    L("平均办理时限由9个工作日缩短到4个工作日", 3), L("调整岗位人员14人", 4),
    L("超出标准的接待费用共计3180元", 5), L("制定主题党日年度计划", 6),
    L("对干部本人及配偶、子女经商办企业情况开展专项排查", 7)])

# ---------------- form type 4: 村/社区 round feedback / secretary's first-person report in another order ----------------
# p04 蘧坪镇虉塘村党支部 (village). Feedback: 问题1：…问题7： labels (7); 整改要求 is not a problem. Report: the 支部书记's
# first-person report, sections 一、…七、 “关于…的问题” in the order 5,2,4,3,7,6,1.
G["p04"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("vague-measure", 1, "Section 七 (政治引领, 书记一个人说了算, 监委会不监督) is only slogans: 带头加强政治理论学习, 不断提高政治站位, 增强“四个意识”…, 进一步强化…领导核心作用 — nothing on 支委会议事 or 监委会."),
    F("no-accountability", 3, "优亲厚友: 2 村干部 relatives got 3.2万 危房补助 and 3 relatives held 公益岗; the report cancels eligibility and re-hires, leaves the money to 镇民政办研究, and nobody is dealt with."),
    F("no-disclosure", None, "The feedback requires 整改情况要向党员群众公开; the report never says the rectification was published (公开栏/公开发包/张榜公示 there are village affairs, not the rectification)."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary writes as 整改第一责任人, leads the 方案/台账 and weekly meetings; 包村领导 and 镇纪委 supervise."),
    F("late-report", None, "Feedback 2024-05-28, report 2024-08-19: 83 days."),
    F("inconsistent-claim", None, "No totals; each section's status matches its content (#2 by 9月底, the rest done)."),
    F("no-mechanism", 2, "《虉塘村集体资产资源发包管理办法》."),
    F("no-mechanism", 5, "《虉塘村财务收支管理细则》."),
    F("no-deadline", 6, "党员发展和教育管理 长期坚持 — legitimately long-term."),
    F("no-accountability", 7, "The secretary made a 检讨 and got 提醒谈话; land recovered, 占用费 4800元 paid."),
    F("no-owner", 2, "此项由我负责 — the secretary himself."),
], links=[
    L("进一步强化村党支部的领导核心作用", 1), L("在镇农村产权交易平台公开发包", 2), L("已取消其补助资格", 3),
    L("把2023年下半年以来的财务收支明细全部补公开", 4), L("报账员由村监委会推荐的党员尹秋实担任", 5),
    L("将2名35岁以下的致富带头人和1名退役军人列为入党积极分子", 6), L("被占用的0.6亩集体土地已于7月收回", 7)])

# p09 蓇溪街道藟坪社区党委 (community). Feedback: 1．…7． one line each “heading。detail” (7); 整改要求 is not a problem.
# Report: the 社区党委书记's first-person report, 第一…第七 in the order 4,2,3,7,1,5,6.
G["p09"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("repeated-measure", 5, "第六 (党员教育管理) is the same study-and-reflect paragraph as 第七, plus one line on 3 流动党员."),
    F("repeated-measure", 6, "第七 (社区工作者队伍) repeats the 第六 paragraph word for word, plus a request for 2 workers."),
    F("no-mechanism", 2, "3 rentals without 集体研究, 4.6万 cash kept by a person: 补签合同, 补记入账, 批评教育 only — no rule on 社区用房出租/租金收缴, though the feedback asks to 完善居务、财务管理制度."),
    F("late-report", None, "Feedback 2025-03-05, report 2025-07-21: 138 days, beyond three months."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary writes as 第一责任人 and heads the 整改工作小组 (not called 领导小组); 街道党工委副书记 supervises."),
    F("no-disclosure", None, "社区居务公开栏 and the 街道 公众号."),
    F("inconsistent-claim", None, "22 tasks = 18 done + 4 long-term."),
    F("no-accountability", 4, "1.1万 all returned; 网格员 批评教育 and moved, 副主任 诫勉谈话, the secretary's 检讨."),
    F("no-accountability", 2, "保管租金的工作人员 批评教育 (the gap there is the rule)."),
    F("no-deadline", 7, "楼道/消防通道巡查 常态化开展、长期坚持."),
    F("no-deadline", 1, "共驻共建 长期推进, a standing duty."),
], links=[
    L("与9家单位签订了年度共建项目", 1), L("对其中2处补签了书面租赁合同", 2), L("在社区周边新划定夜间临时停车位86个", 3),
    L("已全部退回街道民政账户", 4), L("已联系上5名流动党员中的3名", 5), L("已向街道申请补充社区工作者2名", 6),
    L("在6个小区新建集中充电桩车棚4处", 7)])

# ---------------- form type 5: DOCX 反馈意见 with areas + restarting 1．2． / DOCX report with labels ----------------
# p05 蔾原县自然资源局党组 (county bureau). Feedback DOCX: 一、 with （一）（二）（三）…方面 and 1．2．(3．) restarting (2 + 3 + 2 = 7);
# 二、整改意见 not problems. Report DOCX: 问题：/整改情况：/责任领导：/整改时限： items 1–8; #1 answered in items 1 and 3;
# item 6 rewords #5 (中介代办绿色通道 → 窗口服务公平性不足…“同事不同速”); item 8 has 牵头单位/责任人. Good report.
G["p05"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "领导小组 headed by the 党组书记、局长, 第一责任人, 7 meetings, 4 site visits, 约谈."),
    F("late-report", None, "Feedback 2024-12-03, report 2025-02-26: 85 days."),
    F("no-disclosure", None, "To be published on the county portal 巡察整改 专栏, 监督电话 given."),
    F("inconsistent-claim", None, "29 tasks = 26 done + 3 ongoing (规划 to 2025-12, 日常巡查 and 组织生活 长期坚持)."),
    F("no-accountability", 5, "In the summary part (一（三）): 2 窗口 staff moved, 1 政务警告, 登记中心主任 诫勉谈话 — not under item 6."),
    F("no-accountability", 3, "原矿产股长 党内警告, 86万 fines."),
    F("no-accountability", 4, "9.8万 退回, 财务股 staff 批评教育."),
    F("no-owner", 7, "Item 8 gives 牵头单位：人事股、执法大队 / 责任人：党组成员、副局长韦疏影 instead of 责任领导."),
    F("no-deadline", 6, "换届 done; 规范组织生活长期坚持."),
    F("no-deadline", 1, "Split item 3: 复验 by 2025-01; 日常巡查长期坚持."),
    F("no-mechanism", 1, "“一图斑一档案” 制度, 田长制巡查机制."),
    F("no-mechanism", 3, "《矿产资源出让管理实施细则》."),
    F("no-mechanism", 5, "《不动产登记窗口工作人员行为规范》."),
], links=[
    L("对上报复耕验收但仍种植苗木的11宗图斑重新组织核查", 1), L("建立县、乡、村三级田长制巡查机制", 1),
    L("制定村庄规划编制三年行动计划", 2), L("共处罚款86万元", 3), L("审减经费9.8万元", 4),
    L("全面取消中介代办“绿色通道”", 5), L("2个未按期换届的党支部已于2024年12月完成换届选举", 6),
    L("对重点岗位任职超过10年的4名干部全部进行交流轮岗", 7)])

# p10 薁川市第四中学党委 (school). Feedback DOCX: 一、 with three areas, 1．2．3． restarting (3 + 3 + 2 = 8); 二、整改意见 not
# problems. Report DOCX: items 1–9 with labels; #2 answered in items 2 and 4; item 9 rewords #8 (评价激励机制公信力);
# item 3 (#3) has no 责任领导 line.
G["p10"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[
    F("weak-leadership", None, "学校高度重视，及时召开会议…各处室按照职责分工抓好落实: no 领导小组, no 第一责任人, the 党委书记 never appears."),
    F("no-owner", 3, "Item 3 (意识形态) has 整改情况 and 整改时限 but no 责任领导 line, unlike every other item."),
    F("inconsistent-claim", None, "8个问题已全部整改到位, 31条措施全部完成 — yet item 7's 结算审计正在进行中, 整改时限 2025年9月底前, after the report date."),
], must_not_flag=[
    F("no-disclosure", None, "已在学校官方网站“信息公开”栏目向社会公开."),
    F("late-report", None, "Feedback 2025-04-09, report 2025-06-27: 79 days."),
    F("no-accountability", 4, "6.2万 returned, 总务处主任 诫勉谈话, 分管副校长 批评教育."),
    F("no-accountability", 5, "3 teachers 警告处分, 考核不合格."),
    F("no-deadline", 7, "支部调整 done 2025-05; 规范组织生活长期坚持."),
    F("no-mechanism", 4, "《学校食堂财务管理办法》."),
    F("no-mechanism", 6, "修订《学校基建项目管理办法》."),
    F("no-mechanism", 1, "修订两个议事规则, 事项清单."),
    F("no-owner", 8, "Item 9 (reworded heading) names 党委副书记、校长雍岱."),
    F("no-owner", 2, "Both split items name 副校长慕容笙."),
], links=[
    L("制定党委会研究决定事项清单和前置研究讨论事项清单", 1), L("建立作业年级统筹和公示制度", 2),
    L("立即停止以年级为单位统一征订教辅资料", 2), L("关停长期不更新的栏目5个", 3),
    L("挤占的学生伙食费结余6.2万元已由领取福利的教职工全部退回食堂账户", 4), L("全体教师签订拒绝有偿补课承诺书", 5),
    L("对未履行审批程序的8项变更逐项补办审批手续", 6), L("调整为按年级组设置的5个党支部", 7),
    L("绩效工资分配方案重新提交教职工代表大会审议", 8)])

for name in sorted(G):
    g = G[name]
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
