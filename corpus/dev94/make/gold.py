"""Write p01..p10/gold.json (dev-pairs gold format) for dev94 — THE LATER REPORTS. The gold is hand-judged; this file
only keeps it in one place. Modelled on dev44's make/gold.py. Debatable points ("may report") are not gold: they are in
each pair's notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py

Due dates (see README): a report is late when it is sent after the period that applies to IT — the period the
feedback (or a notice the report itself quotes) gives for that stage of report; where none is given, three months from
the feedback (DOMAIN.md)."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蘩溪县油茶产业发展中心党支部: formal 反馈意见, 一、 with areas （一）…方面 + continuous 1．–7． heading。detail;
# 二、整改意见 （一）–（三） and the schedule sentence are not problems. Report: the SIX-MONTH 整改进展情况报告 (UTF-8), stats by
# measure and by problem, then 关于“…”的问题 with 整改措施/责任领导/整改状态/下一步. GOOD REPORT.
G["p01"] = dict(issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("late-report", None, "Feedback 2024-09-10 asks for this 整改进展情况报告 within 6 months (by 2025-03-10); dated 2025-03-05 = 176 days. Past 90 days, but it is the six-month report, not the three-month one (that was sent 2024-12-06)."),
    F("inconsistent-claim", None, "23 measures = 20 done + 2 基本完成 + 1 长期坚持; by problem 5 done + 2 基本完成 (#1, #7) = 7, matching each item's 整改状态; 9.6万 + 1.3万 = 10.9万; 警告1 (#2), 诫勉2 (#2, #4), 批评3 (#4, #5, #6); 4 new + 2 revised rules, all six named."),
    F("weak-leadership", None, "党支部书记、主任邝清禾 heads the 领导小组 as 第一责任人, 7 推进会, 3 site visits to the open 改造 projects, monthly 对账 with 销号 after the 纪检委员's check."),
    F("no-disclosure", None, "下一步 三是: published in the 县林业局 website's 信息公开 column, with a 监督电话."),
    F("no-deadline", 1, "基本完成 with what is left (0.13万亩 on steep ground), why, a signed supplement, a new date 2025-04-30 and weekly supervision by the owner — the sound form of an open item."),
    F("no-deadline", 7, "Hiring: the third person by 2025-04-15; training 长期坚持 under a standing 《技术人员年度轮训制度》 with a quarterly report to the 党支部."),
    F("no-mechanism", 7, "《技术人员年度轮训制度》 (quarterly training) and a posted 坐班制."),
    F("no-mechanism", 2, "修订《油茶产业补助资金管理办法》: 先验收、再公示、后发放."),
    F("no-accountability", 2, "项目股股长 党内警告, 经办人 诫勉谈话, 9.6万 returned."),
    F("no-accountability", 4, "带队副主任 诫勉谈话, 办公室主任 批评教育, 1.3万 repaid by the 8 participants."),
    F("no-accountability", 5, "2023 经办人 批评教育 — mild, but a real answer for a procedural lapse with no loss found."),
    F("no-owner", 1, "副主任亓远舟 is 责任领导 and supervises the remaining work weekly."),
], links=[
    L("两处连片改造项目全部开工", 1), L("建立改造项目“月调度、季通报”推进机制", 1),
    L("9.6万元已于2024年11月全部清退至县财政专户", 2), L("逐一签订党风廉政建设责任书", 3),
    L("景区游览等费用1.3万元已由8名参加人员按比例全部退缴", 4), L("已通过县公共资源交易平台公开招标", 5),
    L("制定《党支部组织生活记录规范》", 6), L("公开招聘专业技术人员3名", 7), L("制定《技术人员年度轮训制度》", 7)])

# p02 葹峰水泥有限责任公司党委 (县属国企): DOCX 反馈意见 with bold （一）–（八） heading paragraphs + detail; 二、整改意见 一是…三是
# not problems. Report: DOCX 集中整改完成情况报告 — covering text + landscape Word table 整改台账 (one row per problem).
G["p02"] = dict(issues=8, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "The covering text says “8个问题已全部整改完成…整改完成率100%”, and row 3 (环保) is marked 已完成, yet its own text says the 脱硝 retrofit will only run in May 2025 and the 料场 enclosure is 60% built, with a 完成时限 of 2025-05-31 after the report date — the very false 销号 the feedback criticised."),
    F("no-mechanism", 4, "The feedback says the 2016 采购 rule was never revised; the plan (quoted in the covering text) promised the revision by end of January; the completion report still says “修订工作正在推进” with no date, while every other row names a rule made."),
    F("no-accountability", 6, "186万 of rebates set by the 销售部负责人 alone, without any collective decision; the plan promised “查清违规让利责任、依规依纪处理相关责任人”, but row 6 only claws back 42万 and rewrites the price rule. The 7 people sanctioned in the covering text are all in rows 2, 3, 5 and 7."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记、董事长笪承岳 heads the 领导小组 as 第一责任人, 6 党委会, 3 site visits; 班子成员 own their areas."),
    F("late-report", None, "Feedback 2024-11-26 with a three-month 集中整改; report 2025-02-21 = 87 days."),
    F("no-disclosure", None, "厂务公开栏 and the 县国有资产服务中心 website."),
    F("no-accountability", 2, "安全环保部部长 诫勉谈话, 粉磨车间主任 批评教育."),
    F("no-accountability", 3, "The former 安全环保部部长 who reported the 督察 item as done: 党内警告 (the gap on this row is the false 已完成)."),
    F("no-accountability", 5, "分管销售的副总经理 诫勉谈话, 财务部部长 批评教育."),
    F("no-accountability", 7, "党群工作部部长 诫勉谈话, 人事干事 批评教育."),
    F("no-mechanism", 1, "修订《党委前置研究讨论重大经营管理事项清单》."),
    F("no-mechanism", 5, "《应收账款管理办法》《客户信用评价管理制度》."),
    F("no-mechanism", 8, "《党员先锋岗和责任区管理办法》."),
    F("no-owner", 4, "总经理訾明川 is 责任领导 (the gap there is the rule)."),
    F("no-deadline", 3, "The row has a date, 2025-05-31 (what is wrong is calling it 已完成)."),
], links=[
    L("修订《党委前置研究讨论重大经营管理事项清单》", 1), L("2起轻伤事故已向县应急管理局补报并完成调查", 2),
    L("窑尾脱硝超低排放改造已完成设备采购招标", 3), L("原煤采购已引入5家供应商参与比价", 4),
    L("对逾期账款逐户发函催收", 5), L("对186万元返利逐笔核查", 6),
    L("对2名未经考察谈话提拔的中层干部补充开展考察", 7), L("3个车间党支部已于2025年1月完成换届", 8)])

# p03 蓍阳县中西医结合医院党委: 组长's 反馈会 speech, 第一，…第七，; 一要…三要 and the schedule sentence are not problems.
# Report (GB18030): the SIX-MONTH 整改进展情况报告 grouped BY STATUS (已完成 / 基本完成 / 正在推进), renumbered 1.–7. in the
# report's own order (#1, #3, #4, #7, #2, #5, #6).
G["p03"] = dict(issues=7, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "The summary says 已完成5个、基本完成1个、正在推进2个 — eight for seven problems — while the body lists only four under “已完成整改的问题（4个）”."),
    F("no-deadline", 5, "医共体 (report item 6) is 正在推进: 3 of 8 卫生院 connected, “其余5个卫生院的接入工作正在协调推进中” — no next step, no date, though the speech asked this report to give 原因、下一步措施和完成时限 for every unfinished item and the other two open items do."),
    F("no-accountability", 3, "A doctor took 2.4万 in “讲课费”; the speech said 不能以批评教育代替纪律处分. Six months on, the money is handed in and the case “移交院纪委调查核实” in September — no outcome reported, yet the item is filed under 已完成."),
], must_not_flag=[
    F("late-report", None, "The speech asks for this 整改进展情况报告 within six months (by 2025-02-20); dated 2025-02-11 = 175 days. The three-month report went in on 2024-11-18."),
    F("weak-leadership", None, "党委书记眭立言 heads the 领导小组 as 第一责任人 (亲自部署、亲自过问、亲自督办), 9 党委会, 12 推进会, 约谈 of the deputy in charge of the slow items."),
    F("no-disclosure", None, "医院门户网站 and 门诊大厅公示栏, with a 监督电话."),
    F("no-deadline", 2, "基本完成, the gap named (饮片 ratio 2 points short), next step and 2025-04-30."),
    F("no-deadline", 6, "正在推进 with a next step and 2025-06-30."),
    F("no-accountability", 4, "Overcharges refunded to 38 patients, 科室 绩效 cut, 物价科科长 批评教育."),
    F("no-mechanism", 1, "修订 both 议事规则 with a 23-item 前置研究 list."),
    F("no-mechanism", 4, "《医疗服务收费内部审核制度》."),
    F("no-mechanism", 6, "《患者投诉处理办法》."),
    F("no-owner", 5, "副院长闵承远 is named (the gap there is the date and next step)."),
], links=[
    L("修订《党委会议议事规则》和《院长办公会议事规则》", 1), L("“治未病”中心于2024年10月重新开诊", 2),
    L("制定《医药代表院内接待管理规定》", 3), L("涉及38名患者的多收费用3.7万元已全部退还", 4),
    L("医共体信息平台已与3个成员乡镇卫生院完成联通", 5), L("开展为期3个月的服务态度专项整治", 6),
    L("调整5个临床科室党支部书记", 7)])

# p04 蔾川县农村饮水安全管理总站党支部: 问题清单 问题1：…问题6： + 具体表现：. Report (UTF-8 CRLF): short covering report
# + the monthly-updated 整改台账 as ｜ rows (序号 N.M｜问题N｜…｜整改状态｜进展情况), 12 rows.
G["p04"] = dict(issues=6, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "Row 1.1 is 已销号 and the covering text counts 问题1 among the 4 已销号 problems, but the row's own 进展情况 says only 26 of the 37 works have a caretaker and the other 11 are “正在与所在村委会协商人选”."),
    F("no-deadline", 4, "Row 4.2 (six villages short of water every dry season): 完成时限 “视项目资金到位情况确定”, 持续推进, progress only “列入项目库申报” — no date and no next step for the part of the problem the villagers complain about."),
    F("no-owner", 5, "Rows 5.1 and 5.2 (the 总站's own patrol cars and fuel cards): 责任领导 “—” and 责任股室 “各乡镇供水站”; every other row names a leader."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、站长谯怀瑾 heads the 领导小组 as 第一责任人, 5 meetings; 班子成员 own problems; ledger updated monthly."),
    F("late-report", None, "Feedback 2025-03-18, three months asked; report 2025-06-13 = 87 days."),
    F("no-disclosure", None, "Report and ledger published in the 县水利局 website's 巡察整改 column."),
    F("no-deadline", 6, "Row 6.2 长期坚持 with the plan written into the 支部工作制度 and a quarterly on-site 主题党日 (one held)."),
    F("no-accountability", 2, "5 供水站站长 诫勉谈话; 11.6万 paid in."),
    F("no-accountability", 3, "工程建设股股长 批评教育, the then deputy 提醒谈话, 19.4万 retention recovered."),
    F("no-mechanism", 2, "《水费收缴管理办法》 and cashless collection."),
    F("no-mechanism", 3, "《农村供水工程合同和价款支付管理规定》."),
    F("no-owner", 4, "副站长郗立群 (the gap on row 4.2 is the date)."),
    F("no-owner", 2, "站长（党支部书记）谯怀瑾 owns it himself."),
], links=[
    L("为37处无人管护的单村供水工程落实管护人员", 1), L("委托第三方检测机构开展水质检测", 1),
    L("改为扫码缴费和银行代扣", 2), L("对3个标段补扣质量保证金", 3), L("建立涉水诉求专人承办、限时办结制度", 4),
    L("解决薢口村、蒛坪村等6个村季节性缺水问题", 4), L("巡检车节假日一律入库封存", 5), L("按供水片区设立党员责任区8个", 6)])

# p05 蕰口县天然林保护工程管理中心党支部: HTML news page on the 纪委监委 site (chrome), problems inline 一是…八是 in the
# 反馈指出 paragraph; 反馈要求 and the unit's 表态 一是…三是 are not problems. Report: public HTML 整改进展情况的通报 (GBK
# page, CRLF) with an 信息公开 header table, 关于“…”的问题 paragraphs with a (责任领导；完成情况) bracket.
G["p05"] = dict(issues=8, unanswered=[], must_flag=[
    F("copied-measure", 3, "（三）巡护 turns the feedback's words (代打卡、轨迹造假, 流于形式) into a promise — “严格落实…坚决杜绝…确保…不流于形式” — and is marked 已完成: nothing on the 近三成 abnormal tracks, no check of the terminals, no one dealt with."),
    F("no-mechanism", 2, "The feedback says the centre has no 选聘和考核办法 for 护林员; the answer dismisses 7 and refills posts but makes no rule, while items 4–8 each name the rule made."),
], must_not_flag=[
    F("late-report", None, "Feedback 2024-10-15 (three months asked); 通报 2025-01-10 = 87 days."),
    F("no-disclosure", None, "A public 通报, 主动公开, with a comment period, phone and address."),
    F("weak-leadership", None, "党支部书记、主任牟春林 heads the 领导小组 as 第一责任人, 6 支委会, visits to 4 管护站."),
    F("inconsistent-claim", None, "28 = 24 + 4; 5 done + 3 持续推进 (#1, #2, #7) = 8, as the brackets say; 3.1 + 14.5 + 0.9万; 诫勉2 (#5, #6), 批评3 (#2, #4, #6); 5 rules named (#4–#8)."),
    F("copied-measure", 4, "Opens with “针对在森林管护费中列支办公楼维修费用的问题” and then acts: 14.5万 归垫, 批评教育, a 细则."),
    F("no-accountability", 2, "管护站站长 批评教育, 3.1万 recovered (the gap there is the rule)."),
    F("no-accountability", 5, "Cases handed to the 执法大队; 管护站站长 诫勉谈话."),
    F("no-accountability", 6, "副主任 诫勉谈话, 办公室主任 批评教育, 0.9万 repaid."),
    F("no-deadline", 1, "持续推进: 1.2万亩 left, why (权属争议), and 2025-03-31."),
    F("no-deadline", 7, "持续推进 with 2025-03-31."),
    F("no-mechanism", 4, "《天保工程资金管理实施细则》."),
    F("no-mechanism", 7, "《管护站站长交流轮岗办法》."),
], links=[
    L("已与乡镇、村集体和国有林场签订管护协议3.1万亩", 1), L("7名不符合条件的护林员已全部解聘", 2),
    L("坚决杜绝代打卡、轨迹造假等问题", 3), L("中心已从公用经费中归垫管护费14.5万元", 4),
    L("2起超范围采伐问题已移交县林业行政执法大队立案查处", 5), L("超标准接待费用0.9万元已由相关人员全部退赔", 6),
    L("制定《管护站站长交流轮岗办法》", 7), L("制定《党员积分管理办法》", 8)])

# p06 藨山县托育综合服务中心党支部: 反馈意见 (UTF-8 CRLF) 一、…六、 heading。detail; the 整改要求 一要…三要 paragraph
# and the schedule sentence are not problems. Report: the unit's 巡察整改“回头看”自查报告 a year later, 问题N：/整改情况：/
# 巩固情况：, with the feedback's 问题四 silently dropped and the later ones renumbered. PLAINLY WEAK.
G["p06"] = dict(issues=6, unanswered=[4], must_flag=[
    F("unanswered-issue", 4, "The 入园赞助费 (7.4万 outside the books) is nowhere in the report; its 问题四 is the feedback's 问题五 (人员管理)."),
    F("repeated-measure", 3, "问题三 (财务) is answered only by a boilerplate paragraph (坚持把巡察整改作为重要政治任务…以整改实效推动全县托育服务高质量发展) pasted again under the report's 问题五 (党支部建设)."),
    F("repeated-measure", 6, "The report's 问题五 (feedback #6) repeats 问题三's paragraph word for word after a different opening clause."),
    F("no-deadline", 1, "A year after the feedback the 普惠托位 target is still not met (230 of 300) and the only plan is “继续推进…争取早日完成” — no date, no step."),
    F("weak-leadership", None, "“中心召开会议…由办公室负责收集整理整改资料”: no 领导小组, no 第一责任人, the 党支部书记 never appears, though the feedback's 一要 asked for both."),
    F("no-disclosure", None, "The feedback asks for the rectification to be made public within a range; the report says nothing of it (the 招聘公告 on the website under 问题四 is not it)."),
    F("late-report", None, "The report quotes the 回头看 notice: due 2025-05-15; it is dated 2025-05-29 (and 408 days after the feedback)."),
], must_not_flag=[
    F("no-owner", 1, "“由分管副主任阎知行牵头” (the gap there is the date)."),
    F("no-mechanism", 2, "《托育机构日常监管办法》, half-yearly full checks, the 2025 round done."),
    F("no-mechanism", 5, "《编外人员管理办法》 with public notices; 4 hires under it."),
    F("unanswered-issue", 5, "Answered under the report's heading 问题四：人员管理混乱 — positionally wrong, by content right."),
    F("inconsistent-claim", None, "The report makes no count or completion claim for its items to contradict; “未发现问题反弹” on the boilerplate items is empty, not contradictory."),
], links=[
    L("新增普惠性托位62个", 1), L("督促6家消防验收手续不全的托育机构补办手续", 2), L("针对财务管理不规范的问题", 3),
    L("3名无健康证的临聘保育员已全部办理健康证后上岗", 5), L("针对党支部建设弱化的问题", 6)])

# p07 薸江县校车服务有限公司党支部 (县属国企): 反馈意见 一、巡察发现的主要问题 with areas （一）（二）（三）…方面 and RESTARTING
# 1．2．(3．) = 3 + 3 + 2 = 8; 二、整改要求 （一）–（三） not problems. Report (UTF-16 LE BOM, CRLF): 3-month 整改进展情况报告
# answering BY NUMBER “针对反馈意见第（N）方面第M个问题【status】”, with （一）1 and （一）3 merged.
G["p07"] = dict(issues=8, unanswered=[], must_flag=[
    F("no-owner", 2, "Item 二 (routes to 5 remote 教学点) ends “由相关部门协调推进” and has no 责任领导 line; every other item names one."),
    F("no-accountability", 6, "9.8万 of “安全奖” paid without approval or collective decision: the report stops it and rewrites the pay rule, but neither corrects the money nor names who decided, though 整改要求（二） asks for both."),
    F("vague-measure", 7, "Item 六 is slogans only (提高政治站位…战斗堡垒作用…深度融合…高质量发展): no safety agenda item, no 示范岗 or 责任区 — and it is marked 已完成."),
], must_not_flag=[
    F("repeated-measure", 1, "One merged answer for （一）1 and （一）3, announced (“公司合并整改”) — not a pasted measure."),
    F("repeated-measure", 3, "Same merged answer; its parts are specific (监控员, 检验 / 驾驶员调离, 培训, 照管员)."),
    F("no-accountability", 1, "安全科科长 诫勉谈话 (inside the merged answer)."),
    F("no-accountability", 4, "副经理寇立民 诫勉谈话 and removed from repairs; audit under way with 追偿."),
    F("no-accountability", 5, "燃油管理员 警告处分 and moved, 车队队长 批评教育, 1.1万 repaid."),
    F("no-accountability", 8, "人事专员 批评教育; the two hires must sit the open exam."),
    F("no-deadline", 2, "2025-08-31 (before the autumn term) — the gap there is the owner."),
    F("no-deadline", 4, "Audit by 2025-04-30."),
    F("no-deadline", 8, "2025-03-31."),
    F("no-mechanism", 4, "《车辆维修定点比选和费用审核办法》."),
    F("no-mechanism", 5, "《燃油管理办法》."),
    F("no-owner", 6, "总经理鞠怀安 (the gap there is accountability)."),
    F("weak-leadership", None, "党支部书记、董事长郤明远 heads the 领导小组 as 第一责任人, 5 meetings, site checks."),
    F("late-report", None, "Feedback 2024-12-03 (three months); report 2025-02-26 = 85 days."),
    F("inconsistent-claim", None, "25 = 19 + 6; 5 done + 3 持续推进 = 8 as the tags say; 诫勉2, 警告1, 批评2, 6 rules — all found in the items."),
    F("no-disclosure", None, "Published on the company's 公示栏 and the 县交通运输局 website."),
], links=[
    L("校车动态监控平台配备专职监控员3名", 1), L("已会同县教育局对5个偏远教学点逐一踏勘接送线路", 2),
    L("2名交通违法记分满12分的驾驶员已调离驾驶岗位", 3), L("通过公开比选确定3家定点维修单位", 4),
    L("2张无对应车辆的加油卡已注销", 5), L("公司已于2024年12月停止发放“安全奖”", 6),
    L("切实发挥党支部战斗堡垒作用和党员先锋模范作用", 7), L("2名调度员岗位已纳入公司2025年公开招聘计划", 8)])

# p08 蒩陵县标准化服务中心党支部: 反馈意见 with 1．–7． heading lines + 具体表现：; 二、整改要求 （一）–（三） not problems.
# Report: DOCX 整改完成情况报告 for the items left open at three months, sent inside the six months the feedback allows;
# bold 关于“…”的问题（status） headings, a field paragraph per item, a Word table of rules. GOOD REPORT.
G["p08"] = dict(issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("late-report", None, "The feedback (2024-07-09) allows six months for the 整改完成情况报告 on 持续整改 items (by 2025-01-09); dated 2024-12-20 = 164 days. The three-month report went in on 2024-10-08."),
    F("inconsistent-claim", None, "24 measures: 19 + 5 at three months, now 23 done + 1 长期坚持; #1–#6 done, #7 长期坚持, as the headings say; 警告1 (#3), 诫勉2 (#3, #4), 批评2 (#4, #5); 8 rules in the table, each tied to a problem."),
    F("weak-leadership", None, "党支部书记、主任宓清远 heads the 领导小组 as 第一责任人, 8 支委会, fortnightly reports on the open items."),
    F("no-disclosure", None, "下一步 三是: 县市场监督管理局 website and the centre's 公示栏 (the fee schedule 公示 under #3 is something else)."),
    F("vague-measure", 6, "Opens with 增强组织生活的政治性、时代性和针对性 but then acts: a 组织委员 elected, roles in writing, a revised 学习制度, 4 党课."),
    F("no-deadline", 7, "长期坚持 under a three-year plan with a yearly count and a yearly review in December."),
    F("no-mechanism", 7, "《专业技术人才三年培养计划（2025—2027年）》."),
    F("no-mechanism", 3, "《技术服务收费管理办法》."),
    F("no-accountability", 3, "The staff member 党内警告, the deputy in charge 诫勉谈话, 6.2万 booked."),
    F("no-accountability", 4, "副主任茹子衿 诫勉谈话, 经办人 批评教育."),
    F("no-accountability", 5, "办公室主任 批评教育, 1.1万 repaid by 3 people."),
    F("no-owner", 7, "党支部书记、主任宓清远."),
], links=[
    L("2024年计划内的10项标准已全部完成立项或发布", 1), L("新增和更新标准题录1.2万条", 2),
    L("已于2024年7月底全额转入单位账户核算", 3), L("对2份未经法律审核的合同补充进行法律审核", 4),
    L("纪念品费用1.1万元已由决定发放的办公室主任等3人全部退赔", 5), L("2024年8月补选扈明同志为组织委员", 6),
    L("2024年10月公开招聘标准化专业人员2名", 7)])

# p09 蕳水县快递物流行业党委: 组长's 反馈会 speech with inline 一是…六是 over two 从…看 paragraphs; 一要…三要 and the schedule
# sentence are not problems. Report (GB18030 CRLF): the 行业党委书记's first-person report on the three-month 集中整改, own
# “抓…” headings （一）–（五） in feedback order, 五是 (宴请) skipped, so （五） answers problem 6.
G["p09"] = dict(issues=6, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "The 3 banquets accepted from express firms: no heading or sentence answers them; （五）抓自身建设 is problem 6."),
    F("copied-measure", 2, "（二） restates the problem as a promise (切实加强…推动驿站发挥应有作用…畅通诉求反映渠道…杜绝驿站建而不用): nothing done at the two idle stations or on the 超时劳动/罚款 complaints."),
    F("no-mechanism", 4, "The speech says 经费使用没有制度可依 and 三要 asks for a 经费管理 rule; the answer settles the 3.4万 and sanctions two people but makes no rule, while #1 and #6 each get one."),
    F("no-disclosure", None, "The speech asks for the rectification to be published to 党员和快递从业人员; the report never does."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary writes as 第一责任人, heads the 领导小组, 4 meetings, 12 网点 and 9 服务点 visited, two 约谈 of a slow member."),
    F("late-report", None, "Feedback 2024-10-29 (three months); report 2025-01-20 = 83 days."),
    F("inconsistent-claim", None, "20 = 17 + 3, and the open items (#1, #3) are the ones with dates; no other count is claimed."),
    F("unanswered-issue", 6, "Answered under the fifth heading （五）抓自身建设 — positionally wrong, by content right."),
    F("no-mechanism", 6, "《行业党委议事规则》 adopted in December."),
    F("no-mechanism", 1, "《快递物流行业联合党支部管理办法》."),
    F("no-accountability", 4, "干事 诫勉谈话 and 1.2万 repaid, 分管委员 批评教育 (the gap there is the rule)."),
    F("no-deadline", 1, "2025-06-30, owner 阮清和."),
    F("no-deadline", 3, "2025-10-31, owner 郁承志."),
    F("no-owner", 1, "副书记阮清和."),
], links=[
    L("新组建联合党支部4个", 1), L("推动“快递小哥”服务驿站发挥应有作用", 2), L("新建村级寄递服务点31个", 3),
    L("已由经手的行业党委办公室干事全部退赔", 4), L("制定《行业党委议事规则》", 6)])

# p10 蔏城县劳务协作服务中心党支部: 问题清单 (GB18030) 问题一：…问题九： + 具体表现：; 整改要求 not a problem. Report
# (UTF-8): 整改情况暨整改成效自评报告, late, 问题N：/整改情况： + (牵头领导；责任股室；status) bracket. PLAINLY WEAK.
G["p10"] = dict(issues=9, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "“9个问题已完成整改7个，持续整改2个，整改完成率100%” — 7 of 9 is 77.8%, and the two 持续整改 items (#1, #3) are plainly open."),
    F("late-report", None, "Feedback 2024-06-25 asks for the report within three months (by 2024-09-25); dated 2024-10-29 = 126 days."),
    F("weak-leadership", None, "“中心高度重视，及时召开会议研究部署…各股室按照职责分工抓好落实”: no 领导小组, no 第一责任人, though the 整改要求 asked for both; the 书记 appears only as owner of #7–#9 and in #8's 廉政谈话."),
    F("no-deadline", 1, "持续整改: “下一步，继续加强…力争完成输出任务” — no date for a task already a year behind."),
    F("no-deadline", 3, "持续整改 with the rule “正在制定中” and no date."),
    F("no-mechanism", 3, "The list says the 经纪人 备案、考核、奖励和退出 have no rule; four months later “《劳务经纪人管理办法》正在制定中”."),
    F("vague-measure", 4, "Slogans only (进一步提高培训质量，注重培训实效…切实提升劳动者技能水平), no 评估 of the providers, no certificate target — and marked 已完成."),
], must_not_flag=[
    F("no-disclosure", None, "“整改情况已在中心公示栏和县人力资源和社会保障局网站公开” (the 考勤公示 under #5 is a false friend)."),
    F("no-owner", 1, "副主任邬启明 (the gap there is the date)."),
    F("no-owner", 4, "副主任甘若川 (the gap there is the slogan measure)."),
    F("no-accountability", 2, "5.6万 recovered, 股室负责人 批评教育."),
    F("no-accountability", 3, "3.4万 recovered, 经办人员 批评教育 (the gap there is the rule)."),
    F("no-accountability", 6, "2.2万 repaid, 办公室主任 诫勉谈话."),
    F("no-mechanism", 2, "《稳岗补贴审核发放办法》 with a check at the place of work."),
    F("no-mechanism", 5, "《驻外劳务工作站管理办法》."),
    F("no-mechanism", 6, "修订《公务用餐审批管理规定》."),
], links=[
    L("联合举办专场招聘会5场", 1), L("冒领的稳岗补贴5.6万元全部追回", 2), L("17名无实际业绩的经纪人已停发奖励并取消备案", 3),
    L("进一步提高培训质量，注重培训实效", 4), L("召回2名长期不在岗的派驻人员", 5),
    L("无活动对应的餐费2.2万元已由经办的办公室主任等相关人员全部退还", 6), L("2024年9月按程序选任2名股室负责人", 7),
    L("党支部书记与2名班子成员分别开展廉政谈话", 8), L("补齐党员档案材料14份", 9)])

for name, g in G.items():
    out = {"mode": "pair", "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
