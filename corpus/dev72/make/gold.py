"""Write p01..p10/gold.json (dev-pairs gold format) for dev72. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev44/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蕤川县对口支援工作办公室党支部: 组长's colloquial speech (大家想一想 / 我举个例子 / 说实话), praise, six problems
# on 头一个 / 再一个 / 还有 / 再说 / 下面这个问题 / 最后 turns, then 三句话 requirements that repeat problem words.
# Report: 关于“…”的问题 with 整改措施/责任领导/责任科室/整改时限/整改进展 lines.
G["p01"] = dict(issues=6, unanswered=[], must_flag=[
    F("vague-measure", 4, "（四） on the study that went through the motions is slogans only (深刻认识…往深里走、往心里走、往实里走…以学促干): no change to the 11 sessions, no discussion format, nothing on the copied 心得体会."),
    F("no-disclosure", None, "The third 句话 asks 整改情况要按规定在一定范围内公开; the report never publishes or circulates the rectification. The 项目公示牌 at project sites and the half-yearly project 进度通报 are about the aid projects, not disclosure of the rectification."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任笪慕川 heads the 领导小组 as 第一责任人, 直接部署、直接过问、直接督办, chaired 4 推进会, 2 visits to the recipient area."),
    F("late-report", None, "Feedback 2025-03-18, report 2025-06-10: 84 days, inside three months."),
    F("inconsistent-claim", None, "21 measures = 19 done + 2 named pending with dates; 党内警告1 (#5), 诫勉2 (#1, #3), 批评教育2 (#2, #3); 3 new + 2 revised rules, each named in an item."),
    F("unanswered-issue", 4, "（四） answers the study problem, if only with slogans: answered, with a vague-measure gap."),
    F("vague-measure", 2, "Opens with 坚守帮扶初心 but then acts: quotas stopped, deductions restored, purchases re-checked, 工会主席 dealt with, a revised 细则."),
    F("copied-measure", 1, "The heading paraphrases the problem; the measures are acts (23 project files, site visit, 86% done, 诫勉谈话, a new 办法)."),
    F("no-accountability", 1, "项目科科长 诫勉谈话."),
    F("no-accountability", 2, "机关工会主席 书面检查 + 批评教育."),
    F("no-accountability", 3, "The cadre with 98 days' leave 诫勉谈话, allowance deducted; the colleague who approved it 批评教育."),
    F("no-accountability", 5, "1.1万 repaid by the six; the leader of the trip 党内警告, the others 书面检查."),
    F("no-mechanism", 1, "《对口支援项目跟踪问效办法》 with quarterly checks."),
    F("no-mechanism", 3, "《援派干部日常管理办法》 with double attendance."),
    F("no-mechanism", 5, "修订《援建工作经费报销规定》."),
    F("no-deadline", 1, "2025-05-31, with the fence acceptance dated 2025-09-30."),
    F("no-deadline", 3, "2025-05-31; the annual assessment by 2025-12."),
    F("no-owner", 4, "党支部书记、主任笪慕川 is named (the gap there is the slogan measure)."),
], links=[
    L("对2022年以来拨付的23个援建项目逐个建立项目档案", 1), L("对项目科科长进行诫勉谈话", 1),
    L("立即停止按人头分派认购任务", 2), L("实行受援地与派出单位双重考勤", 3), L("持续推动理论学习往深里走", 4),
    L("景区门票、住宿等费用1.1万元已由6名参加人员全部退缴", 5), L("4名党员已补交党费", 6)])

# p02 薜源县革命纪念馆党支部: 组长's speech 第一、…第五、, each part a problem + what must be done; 第三、 holds TWO
# problems (藏品 / 研学收费, turned by 另外); closing requirements not problems. Report (GB18030): the 馆长's first-person
# 主要负责人 report with own short headings in the order 2,1,6,3,4; problem 5 (食堂宴请) is skipped silently.
G["p02"] = dict(issues=6, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "The canteen banquets (14 times, 2.2万, some with alcohol) have no heading and no sentence; the report's 五 sections answer problems 2, 1, 6, 3, 4."),
    F("no-accountability", 4, "4.6万 of unauthorised fees kept in the 社教部负责人's personal WeChat: the money is moved into the accounts, charging stops and a rule is made, but nobody is dealt with, though the speech said 经手人要说清楚，该处理的要处理."),
], must_not_flag=[
    F("weak-leadership", None, "The 馆长 writes as 第一责任人 and 组长 of the 领导小组, chaired 5 推进会, visited the sites, 当面督办 two heads."),
    F("late-report", None, "Feedback 2024-11-05, report 2025-01-24: 80 days."),
    F("no-disclosure", None, "“整改情况已在全馆职工大会上通报，并在馆门户网站“信息公开”栏目公开”."),
    F("inconsistent-claim", None, "18 tasks = 15 done + 3 named pending; 批评教育2 (宣教部主任, 保管员) + 提醒1 (副馆长); 4 new + 1 revised rules named."),
    F("unanswered-issue", 4, "The research-trip fees, raised inside 第三、 together with the collection, have their own heading （五） in the report."),
    F("unanswered-issue", 6, "The branch problem is answered third, under （三）让支部组织生活严起来 — out of order, not missing."),
    F("no-accountability", 2, "宣教部主任 批评教育; two guides taken off duty and retested."),
    F("no-accountability", 3, "保管员 批评教育, 分管副馆长 提醒谈话."),
    F("no-accountability", 1, "A repair programme stalled; nobody did wrong, and the speech asks for a timetable, not sanctions."),
    F("no-accountability", 6, "Lax branch life: no wrongdoing to hold anyone for."),
    F("no-mechanism", 2, "《讲解词和展陈文字审核办法》 with three-level review."),
    F("no-mechanism", 3, "修订《藏品管理办法》, 双人双锁."),
    F("no-mechanism", 4, "《红色研学活动管理办法》 (the gap there is accountability)."),
    F("no-deadline", 1, "2025-08-31 with dated steps (April start, August finish, March filing)."),
    F("no-owner", 1, "馆长亓书岚 herself."),
], links=[
    L("老鸦岭农会旧址先行抢险", 1), L("删改无史料依据的内容11处", 2), L("对2023年以来征集的12件藏品全部完成鉴定、登记和入藏", 3),
    L("已于2024年11月28日全部从社教部负责人个人微信转入馆财务账户", 4), L("重新开展民主评议党员", 6)])

# p03 葎阳县顺途机动车驾驶员培训有限公司党支部 (county SOE driving school): 组长's speech, problems inside long paragraphs
# on turns 但是 / 同时也要看到 / 另一方面 (the first 另一方面 introduces PRAISE) / 还有一个现象 / 再说用人 / 此外;
# 究其原因 and 一要…三要 are not problems. Report: preamble + ｜-row 整改台账 (7 fields).
G["p03"] = dict(issues=6, unanswered=[], must_flag=[
    F("copied-measure", 2, "Row 2 restates the feedback (索要“约车费”、收“红包”、让学员请吃饭) as a promise (高度重视…坚决杜绝…认真查处…切实提升满意度): not one of the 11 complaints re-examined, no instructor named, no system."),
    F("inconsistent-claim", None, "“6个方面问题已全部整改完成，26项整改措施全部落实到位”, and row 3 says 已完成, while row 3 itself has 11万元 正在逐笔核对 and row 6's guardrail 待集团资金拨付后实施 / 正在招标."),
    F("no-deadline", 6, "Row 6's 完成时限 is “待集团资金拨付后实施” for a safety hazard already two years old; every other row has a date."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长庹明澈 heads the 领导小组, 第一责任人, reviewed the plan, chaired 3 推进会."),
    F("late-report", None, "Feedback 2025-04-22, report 2025-07-15: 84 days."),
    F("no-disclosure", None, "“整改情况已在公司公示栏和集团内网公开”."),
    F("repeated-measure", 1, "Rows 1, 4 and 5 share the same 责任领导 (庹明澈) and end alike in a named rule, but their measures are different acts: a shared owner is not a pasted measure."),
    F("copied-measure", 1, "Row 1 names the rule (14 kinds of matter), re-runs the two decisions through the branch, a written explanation and a self-criticism."),
    F("no-accountability", 3, "财务部经理 批评教育."),
    F("no-accountability", 4, "Two managers 诫勉谈话 and 0.36万 paid back."),
    F("no-accountability", 5, "集团党委 诫勉谈话 for the 总经理, written self-criticism, the brother-in-law moved."),
    F("no-mechanism", 1, "《党支部前置研究讨论重大经营管理事项清单》."),
    F("no-mechanism", 3, "《学费收缴管理办法》 with same-day booking."),
    F("no-mechanism", 5, "《中层管理人员选聘办法》《员工亲属回避规定》."),
    F("no-mechanism", 6, "修订《训练场地安全检查制度》 (the gap there is the time limit)."),
    F("no-owner", 6, "副总经理訾承远 is named (the gap there is the time limit)."),
    F("no-deadline", 3, "2025-06-30 (the row's fault is the 已完成 claim, not the date)."),
], links=[
    L("对2024年收费标准调整和12辆教练车购置补充履行党支部研究程序", 1), L("坚决杜绝吃拿卡要行为", 2),
    L("全面停用教练员个人微信、支付宝收款", 3), L("按行驶里程责令补交费用0.36万元", 4), L("总经理妻弟已调离教练组长岗位", 5),
    L("坡道起步区排水设施已完成疏通改造", 6)])

# p04 菥山县社区矫正中心党支部: the 县委副书记's speech at the feedback meeting QUOTING the group's findings
# (巡察组指出 / 巡察组还指出 / 关于经费，巡察组反映 / 关于…巡察组指出 / 巡察组讲到); the 执法车辆 matter found in OTHER
# units is expressly not this unit's problem; 三点意见 are requirements. Report (UTF-8 CRLF): 问题N：/整改情况： + one
# field line; a 举一反三 section on vehicles.
G["p04"] = dict(issues=6, unanswered=[], must_flag=[
    F("no-owner", 5, "问题5's field line gives 责任领导：中心班子成员；责任股室：相关股室 — a body and no office; every other item names one leader and one 股室, and the speech asked that each problem have a 责任领导."),
    F("late-report", None, "Feedback 2024-08-27 with a 三个月内 limit (2024-11-27); the report is dated 2024-12-16: 111 days."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任隗宗尧 heads the 领导小组, 第一责任人, 4 meetings, visits to 6 司法所."),
    F("no-disclosure", None, "“整改情况已在县司法局门户网站公开”."),
    F("inconsistent-claim", None, "22 = 21 done + 1 named pending; 诫勉1 (#4), 批评教育4 (#1, #2, #3, #4), 提醒1 (#1) — the 警告 given to two 矫正对象 is a supervision measure, not a cadre sanction; 4 new + 1 revised rules named."),
    F("no-accountability", 1, "Worker 批评教育, 分管副主任 提醒谈话."),
    F("no-accountability", 3, "经办人员 批评教育; one case referred to the police."),
    F("no-accountability", 4, "县司法局党组 诫勉谈话 for the 主任, 财务人员 批评教育, 2.3万 returned."),
    F("no-mechanism", 1, "《矫正对象定位异常报警处置规程》."),
    F("no-mechanism", 3, "执法文书法制审核制度."),
    F("no-mechanism", 5, "《政府购买社区矫正服务管理办法》 (the gap there is the owner)."),
    F("no-deadline", 1, "“立行立改，2024年9月15日”."),
    F("no-deadline", 5, "2024-12-31, with the tender done and the new contract from 2025-01-01."),
    F("no-owner", 4, "党支部书记、主任隗宗尧 and 综合股."),
    F("no-owner", 1, "副主任仉若溪 and 监管执法股."),
], links=[
    L("对全县在册的296名矫正对象开展一次全面排查", 1), L("集中教育和公益活动启用人脸识别电子签到", 2),
    L("补正缺少审批人签名的警告决定书27份", 3), L("违规购买购物卡的2.3万元已由领取的职工全部退回专项经费账户", 4),
    L("按照政府采购程序重新公开招标", 5), L("党支部书记隗宗尧已于9月、11月两次为全体党员讲党课", 6)])

# p05 蘩江县旅游集散中心党支部: an HTML 巡察办 news page; all seven problems sit in TWO long sentences of the 组长's
# paragraph (…，…，…；同时，…，…，…，…等问题); the 移交 sentence, 四点整改意见, 巡察办 requirements and the 表态 一要…三要
# are not problems. Report: 1．–6． 关于“…”的问题 with 一是… and a bracket; 4．merges problems 4 and 7 (announced).
G["p05"] = dict(issues=7, unanswered=[], must_flag=[
    F("repeated-measure", 2, "2．(廉政风险排查) is answered only by a boilerplate paragraph (中心深入学习贯彻…推动各项工作规范化、制度化、常态化，确保问题整改到位、取得实效) that is pasted again under 6．."),
    F("repeated-measure", 6, "6．(支部委员缺额, 三会一课) repeats 2．'s paragraph word for word after a different first clause; no committee member elected, no record fixed."),
    F("weak-leadership", None, "No 领导小组 and no 第一责任人: “中心召开主任办公会…由中心办公室牵头汇总整改材料，各科室按照职责分工抓好落实”, though the 巡察办 asked the 党支部书记 to 亲自部署、亲自过问、亲自督办."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-05-14, report 2025-08-06: 84 days."),
    F("no-disclosure", None, "“整改情况已在县文化广电和旅游局门户网站公开，接受社会监督”."),
    F("inconsistent-claim", None, "24 measures = 21 done + 3 in progress, and 1．and 6．say 正在推进; 诫勉1 + 批评2 (#3, #4); 1 new + 2 revised rules, all named."),
    F("repeated-measure", 4, "One merged answer for 4 and 7, announced (“中心对两个问题合并整改”); its parts are specific (61.4万 settled, the other 3 audit points)."),
    F("repeated-measure", 7, "Same merged answer."),
    F("unanswered-issue", 7, "Answered inside the merged heading 4．(the other 3 audit findings, the written report to the 审计局)."),
    F("no-accountability", 3, "副主任 诫勉谈话, 经办人员 批评教育, 2.8万 returned."),
    F("no-accountability", 4, "Settlement clerk 批评教育."),
    F("no-accountability", 1, "A late IT platform: no wrongdoing to hold anyone for."),
    F("no-mechanism", 3, "修订《外出考察管理办法》."),
    F("no-mechanism", 4, "《景区联票代售款结算办法》."),
    F("no-mechanism", 5, "修订《车辆租赁管理办法》."),
    F("no-deadline", 1, "2025-09-30, 正在推进, with the one remaining scenic spot named."),
    F("no-owner", 2, "党支部书记、主任甄海鸥 (the gap there is the pasted measure)."),
], links=[
    L("6月底已完成与县内4个主要景区中3个的票务系统联网", 1), L("针对廉政风险排查流于形式的问题", 2),
    L("相关费用2.8万元已由参加人员全部退回", 3), L("滞留在中心账户的代售款61.4万元已于6月20日前与6家景区全部结清", 4),
    L("已于7月按规定通过比选确定2家客运公司", 5), L("按照支部工作要求，支部委员会进行了研究", 6),
    L("对审计报告指出的其余3项问题", 7)])

# p06 薁城县果业发展中心党支部: a TRANSCRIPT of the 组长's oral feedback (根据会议录音整理) with asides （笑）, an
# interjection （插话：…）, a repetition of problem 2 (“刚才说那个技术员下乡打卡的事，我再啰嗦两句”, counted once), and a
# staffing difficulty expressly “不作为问题反馈”. Report (UTF-16 LE): by number 针对第N个问题 + one field line.
G["p06"] = dict(issues=6, unanswered=[], must_flag=[
    F("no-mechanism", 3, "The 8.6万 exhibition fee is settled by asking the contractor for a list and a 批评教育, plus “今后…严格执行财务制度” — no rule, though the speech named exactly this (展销会这种活动的经费怎么管…要有制度) and every other substantive item makes one."),
    F("no-deadline", 5, "2万 of rent still owed, and the 完成时限 is “视承租人经营情况逐步追缴” — no date, though the speech asked that 收回租金 be 限时办结."),
    F("no-disclosure", None, "Requirement 四 says 整改情况要公开; the report never publishes it (the 村务公开栏 seven-day listing is of subsidy recipients, not of the rectification)."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任伍静澜 heads the 领导小组, 第一责任人, chaired the plan and 3 推进会, visited 4 townships."),
    F("late-report", None, "Feedback 2025-02-19, report 2025-05-12: 82 days."),
    F("inconsistent-claim", None, "20 = 18 + 2 named pending (rent, third applicant), and those items say 正在推进 / 基本完成; 诫勉3 (#2 ×2, #5), 批评教育6 (#1 ×2, #3, #4 ×3); 3 new + 1 revised rules."),
    F("no-deadline", 4, "“立行立改，2025年2月28日”."),
    F("no-deadline", 6, "2025-04-30, with the third applicant's review 持续推进."),
    F("no-mechanism", 1, "修订《果树良种苗木补贴发放实施细则》 with field checks."),
    F("no-mechanism", 2, "《技术人员下乡服务考核办法》."),
    F("no-mechanism", 5, "《示范园资产出租管理办法》 (the gap there is the time limit)."),
    F("no-accountability", 2, "Two technicians 诫勉谈话."),
    F("no-accountability", 3, "经办人员 批评教育 (the gap there is the missing rule)."),
    F("no-accountability", 4, "Gift value returned, 书面检查, 批评教育 for the three."),
    F("no-accountability", 5, "The clerk who let the garden 诫勉谈话."),
    F("no-owner", 5, "副主任骆晓岑 is named."),
], links=[
    L("违规领取的4.1万元已全部追回并缴回县财政", 1), L("建立果农评价制度", 2), L("要求布展公司补充提供展位明细清单和现场照片", 3),
    L("3名干部已将收受礼盒按市场价折价退还相关合作社", 4), L("已收回拖欠租金1.2万元", 5), L("确定其中2名为入党积极分子", 6)])

# p07 蓰台县公路超限检测站党支部: 组长's speech “说第一件事…说第六件事”; 第二件事 is ONE problem shown by TWO examples
# (比如说… / 再比如说…, “两个例子，说的是一个问题”); the lighting 提醒 is expressly not a problem. Report: DOCX with
# preamble + a Word table 整改台账 (landscape). GOOD REPORT.
G["p07"] = dict(issues=6, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、站长邰启衡 heads the 领导小组, 第一责任人, 直接部署、直接过问、直接督办 on the 小金库 and the 倒查, 7 night checks."),
    F("late-report", None, "Feedback 2024-09-24, report 2024-12-18: 85 days."),
    F("no-disclosure", None, "县交通运输局门户网站 and the 站内公示栏, with a 监督电话."),
    F("inconsistent-claim", None, "All 22 measures done, 3 of them continuing as 长期坚持, and every row says 已完成; 党内警告1 (#3), 诫勉1 (#2), 批评教育6 (#2 ×2, #4 ×4), 书面检查1 (#5); 5 new + 1 revised rules named."),
    F("unanswered-issue", 2, "Row 2 answers the one 人情执法 problem and both its examples (the coal truck, the sand truck)."),
    F("vague-measure", 6, "Row 6 is concrete: monthly staggered meetings, 3 held, a points ledger, a new rule."),
    F("no-accountability", 1, "A deployment shortfall: no wrongdoing named."),
    F("no-accountability", 2, "诫勉谈话 for the shift officer, 批评教育 and a three-month suspension for two officers."),
    F("no-accountability", 3, "The 副站长 who kept the 小金库 receives 党内警告."),
    F("no-accountability", 4, "Four officers 批评教育 and pay deducted."),
    F("no-accountability", 5, "Meal cost repaid, 书面检查, self-criticism at the 组织生活会."),
    F("no-accountability", 6, "Shift-work branch life: no wrongdoing."),
    F("no-mechanism", 1, "《夜间联合治超和源头巡查工作制度》."),
    F("no-mechanism", 2, "《超限运输执法裁量基准》."),
    F("no-mechanism", 3, "《卸载货物登记和处置管理办法》."),
    F("no-mechanism", 5, "《与管理服务对象交往“六不准”》."),
    F("no-deadline", 1, "“2024年11月30日，此后长期坚持”."),
    F("no-owner", 2, "党支部书记、站长邰启衡."),
], links=[
    L("与县公安局交警大队建立夜间联合检测机制", 1), L("对该运砂车依法补充作出处罚", 2),
    L("对口头警告后放行超限运煤车的当班人员进行诫勉谈话", 2), L("保险柜内1.7万元已全部上缴", 3), L("值班室安装视频巡查系统", 4),
    L("全体干部职工签订拒绝管理对象吃请承诺书", 5), L("支部党员大会实行“两班错时、每月一次”", 6)])

# p08 萏阳县职工疗养院党支部: a DOCX speech; six problems in unnumbered paragraphs (但是我们也要看到 / 巡察中我们还注意到 /
# 再一个是 / 财务管理方面 / 还有安全问题 / 最后是), then 五点要求 一要…五要 that REPEAT the problem words (not problems).
# Report (GB18030): 一、关于…的问题 + 一是… + a bracket; the fire-safety / lift problem is skipped, so report 五、 is problem 6.
G["p08"] = dict(issues=6, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "60 expired extinguishers and two lifts six months past inspection: no heading and no sentence answers them (report 五、 is the branch problem)."),
    F("no-accountability", 3, "186 free stays costing 9.3万 to no plan or approval: the report stops them, writes a rule and sends a 情况说明, but no one who approved or arranged them is dealt with and nothing is recovered, though the speech asked 是谁批准的、谁经手接待的，要说清楚 and 处理到位."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、院长庾南星 heads the 领导小组, 第一责任人, 亲自过问、亲自督办."),
    F("late-report", None, "Feedback 2025-01-09, report 2025-04-02: 83 days."),
    F("no-disclosure", None, "“整改情况已在全院职工大会上通报，并在院内公示栏公开”."),
    F("inconsistent-claim", None, "18 = 16 + 2 named pending; 诫勉1 (#2) + 批评2 (#4); 4 new + 1 revised rules, all named. The silent gap is unanswered-issue, not a contradiction between figures."),
    F("unanswered-issue", 6, "Answered under 五、关于支部会议以院务会代替… — the positional fifth heading answers the sixth problem."),
    F("no-accountability", 2, "时任分管副院长 诫勉谈话; the contract ended and re-tendered."),
    F("no-accountability", 4, "出纳 and 会计 批评教育; 3.8万 traced, no misuse."),
    F("no-accountability", 1, "Quota allocation tilted to 机关: no individual wrongdoing."),
    F("no-mechanism", 1, "《职工疗休养名额分配办法》 (70% floor)."),
    F("no-mechanism", 2, "《经营性资产出租承包管理办法》."),
    F("no-mechanism", 3, "《疗休养接待管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 4, "修订《财务收支管理制度》."),
    F("no-owner", 6, "支部委员桑若萤."),
    F("no-deadline", 1, "2025-03-31, with the year's plan 持续执行."),
], links=[
    L("规定劳模和一线职工名额不低于全年计划的70%", 1), L("对餐厅经营权重新公开招标", 2), L("立即停止一切计划外接待", 3),
    L("全面停止现金收费", 4), L("明确支部委员会与院务会议分开召开", 6)])

# p09 蘼溪县粮油质量监测站党支部: a NARRATIVE 通报 by the 副组长 telling the inspection week by week (第一周 / 第二周 /
# 也就在同一周 / 第三周 … 接着 / 第四周 / 最后几天); the 留样 suspicion that proved unfounded is expressly not a problem;
# a summary sentence names six areas. Report: public 整改进展情况的通报 with a 信息公开 header, 1．–6．关于“…”的问题 +
# 整改进展： + bracket.
G["p09"] = dict(issues=6, unanswered=[], must_flag=[
    F("vague-measure", 6, "6．on copied study notes is slogans only (高度重视…摆在突出位置…不断创新学习方式…学懂弄通做实): no change to how the branch studies, nothing on the identical notes."),
    F("late-report", None, "Feedback 2024-10-10 with a 三个月内 limit (2025-01-10); the 通报 is dated 2025-02-14: 127 days."),
    F("weak-leadership", None, "“站里召开站务会进行研究…由各岗位对照问题自行整改，综合办公室负责汇总”: no 领导小组, no 第一责任人, the 党支部书记 never leads, though the feedback asked him to 成立整改工作领导小组，亲自部署、亲自督办."),
], must_not_flag=[
    F("no-disclosure", None, "A public 通报 (主动公开) with phone, post code, address and a comment deadline."),
    F("inconsistent-claim", None, "17 = 15 + 2, 88.2%; 4．and 6．are the two open items; 诫勉1 (#2), 批评教育3 (#1, #3, #5); 3 new + 1 revised rules; 0.21万."),
    F("unanswered-issue", 4, "The idle analyser is told in the same week as the split purchase but has its own item 4．."),
    F("vague-measure", 1, "Concrete: two inspectors on site, video, 142 batches re-sampled, a revised 规程, a 批评教育."),
    F("no-accountability", 2, "The signatory 诫勉谈话 and suspended for six months."),
    F("no-accountability", 3, "综合办公室主任 批评教育."),
    F("no-accountability", 5, "Meals repaid (0.21万), 书面检查, 批评教育."),
    F("no-mechanism", 1, "修订《粮油质量抽检工作规程》."),
    F("no-mechanism", 2, "《检验报告签发管理规定》."),
    F("no-mechanism", 3, "《政府采购内部控制管理办法》."),
    F("no-mechanism", 4, "《仪器设备购置论证和使用管理办法》."),
    F("no-deadline", 4, "2025-06-30, 正在推进."),
    F("no-owner", 6, "站长、党支部书记笪怀瑾 is named (the gap there is the slogan measure)."),
], links=[
    L("所有抽检样品一律由站里2名以上检验员到库现场扦样", 1), L("2份问题报告已收回作废", 2), L("同类品目合并计算采购限额", 3),
    L("与市粮油质量检测中心签订仪器共享协议", 4), L("已按标准退还餐费0.21万元", 5), L("不断创新学习方式", 6)])

# p10 蒨河县志愿服务联合会党支部: 会议纪要 of the feedback meeting (时间/地点/主持/出席…; 一、二、三、 agenda parts);
# the problems sit in two 反馈指出 / 反馈还指出 paragraphs on turns (与此同时 / 另外 / 在党的建设方面 / 还有); 会议强调 /
# 会议要求, the 表态 and the 项目大赛 note are not problems. Report: own short headings （一）让服务时长记得准 …
# in feedback order, 一是… + 责任人/完成时限/完成情况 line.
G["p10"] = dict(issues=6, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "“反馈的6个问题已全部整改完成，19项整改措施全部落实到位” and （二） says 已完成, while （二） itself has coverage at about 65%, the rest 正在分批投保 until 2025-12-31."),
    F("no-owner", 4, "（四）'s 责任人 is “评审工作小组” — a body, not a person; every other item names one leader."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、常务副会长阎书棠 heads the 领导小组, 第一责任人, 3 meetings, 4 teams visited."),
    F("late-report", None, "Feedback 2025-07-08, report 2025-09-30: 84 days."),
    F("no-disclosure", None, "联合会微信公众号 and 县文明网."),
    F("no-accountability", 1, "The organisers of the elder-care event 批评教育; 3160 hours removed."),
    F("no-accountability", 3, "秘书长 诫勉谈话, 会计 批评教育, 1.6万 returned."),
    F("no-accountability", 2, "Thin insurance cover: no individual wrongdoing."),
    F("no-mechanism", 1, "《志愿服务时长记录和核验办法》."),
    F("no-mechanism", 3, "《捐赠款物管理办法》."),
    F("no-mechanism", 4, "《公益创投项目评审回避规定》 (the gap there is the owner)."),
    F("no-mechanism", 6, "《微信公众号信息发布三审制度》."),
    F("no-deadline", 2, "2025-12-31 (its fault is the 已完成 claim, not the date)."),
    F("no-owner", 2, "秘书长訾南屏."),
    F("no-owner", 5, "党支部书记、常务副会长阎书棠."),
    F("vague-measure", 5, "Concrete: 9 new functional branches, instructors for the other 5, temporary groups."),
], links=[
    L("核减失实时长3160小时", 1), L("把志愿者意外保险费用列入联合会年度预算", 2), L("设立捐赠资金专账", 3),
    L("将与申报机构存在关联的2名评审专家移出专家库", 4), L("已新建功能型党支部9个", 5), L("删除并更正转载的不实信息", 6)])

for name, g in G.items():
    out = {"mode": "pair", "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
