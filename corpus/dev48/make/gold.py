"""Write p01..p10/gold.json (dev-pairs gold format) for dev48. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev44/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蓰山县卫生健康局党组: formal 反馈意见, 二、主要问题 with areas （一）（二）（三）在……方面 and continuous 1．–7．
# heading。detail; 一、基本评价 and 三、整改意见 （一）–（四） are not problems.
# Report: the unit's OWN headings in words unlike the feedback's, in ANOTHER ORDER (3,5,4,1,2,6+7), one MERGED heading
# (（六） for #6 and #7, named in brackets), bracket (牵头领导；完成时限) per item.
G["p01"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("vague-measure", 2, "（五）让卫生监督执法真正硬起来 answers 56% coverage and the 2 clinics doing 医疗美容 beyond their licence with slogans only (牢固树立依法行政理念, 进一步加大…力度, 保持高压态势, 有法必依…违法必究): no case filed, no coverage target, no re-check; its time limit is 长期坚持."),
    F("no-accountability", 4, "The August 2023 trip (14 people, 2.6万 billed to the 县疾控中心) gets a film, a discussion and a revised 培训差旅办法: the money is not returned and nobody is dealt with, though 整改意见（三） says 不能以整改代替追责."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长郗望舒 heads the 领导小组, 第一责任人 负总责, 5 推进会, 4 site visits, 约谈 two heads of section."),
    F("late-report", None, "Feedback 2025-03-18, report 2025-06-10: 84 days, inside the three months (2025-06-18)."),
    F("no-disclosure", None, "下一步 三是: published on the 县卫生健康局门户网站 on 6月5日, with a 监督电话."),
    F("inconsistent-claim", None, "26 measures = 24 done + 2 named long-term (履约考核, 发展党员); 诫勉2 (#5: 逯青禾 and the purchaser), 批评教育1 (#7 组织人事股股长); 4 new rules (主体责任清单, 一岗双责考核办法, 专项资金拨付管理规定, 履约考核办法) + 2 revised (培训差旅办法, 选任规程)."),
    F("unanswered-issue", 7, "Answered inside the merged heading （六）, which names both problems in brackets (补充公示, 修订选任规程, 批评教育)."),
    F("repeated-measure", 6, "One merged answer for #6 and #7, announced in the heading; its parts are specific to each problem — not a pasted measure."),
    F("repeated-measure", 7, "Same merged answer."),
    F("vague-measure", 3, "Opens with 切实提高政治站位，从思想根源上查找… but then a 主体责任清单, a 考核办法 with results, and 11 廉政谈话."),
    F("no-accountability", 5, "规划财务股股长逯青禾 and the purchaser 诫勉谈话."),
    F("no-accountability", 7, "组织人事股股长 批评教育; the unpublicised cadre publicised afterwards."),
    F("no-accountability", 1, "A delivery shortfall (clinics not rebuilt, follow-ups missing): nobody did wrong, nobody to hold to account."),
    F("no-mechanism", 5, "《卫生健康专项资金拨付管理规定》 with a 15-working-day rule."),
    F("no-mechanism", 7, "修订《股级干部选拔任用工作规程》."),
    F("no-mechanism", 1, "《家庭医生签约服务履约考核办法》."),
    F("no-mechanism", 4, "修订《机关培训和差旅经费管理办法》 (the gap there is accountability)."),
    F("no-deadline", 1, "“2025年5月31日，履约考核长期坚持”."),
    F("no-owner", 4, "党组成员、机关党委书记笪景行 (the gap there is accountability)."),
], links=[
    L("4个村卫生室已全部完工并投入使用", 1), L("进一步加大医疗机构监督执法力度", 2), L("对11家下属单位主要负责人逐一开展廉政谈话", 3),
    L("修订《机关培训和差旅经费管理办法》", 4), L("已于4月2日全部拨付到12个乡镇卫生院", 5),
    L("2个超期未换届的党支部已于4月完成换届选举", 6), L("对任前未公示的1名干部补充公示", 7)])

# p02 县生态环境分局党组 (蘼江): formal 反馈意见 with areas （一）（二）（三）…方面 and continuous half-width 1.–8.
# heading。detail; the 巡察认为 paragraph and 整改要求 一要…四要 are not problems.
# Report (UTF-16 LE BOM): answers BY NUMBER ONLY “（N）针对反馈的第M个问题”; the 7th problem is skipped, so heading （七）
# answers problem 8. Field line 责任领导/责任股室/完成时限 per item.
G["p02"] = dict(mode="pair", issues=8, unanswered=[7], must_flag=[
    F("unanswered-issue", 7, "组织生活会 谈心谈话走过场, 雷同材料, 2 班子成员 without a 党课: no answer — the report goes from 第6个问题 to 第8个问题 (under （七）)."),
    F("no-deadline", 2, "第2个问题's 完成时限 is “持续推进”, while 24 of the 41 small firms are only to be added 逐步 and the 5 newly registered outfalls are still being monitored; every other item has a date."),
    F("late-report", None, "Feedback 2024-10-22 with a 三个月内 limit (2025-01-22); the report is dated 2025-02-14: 115 days."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长甯晓川 heads the 领导小组, 第一责任人, 6 meetings, 5 site visits."),
    F("no-disclosure", None, "“整改情况已在县人民政府门户网站‘政务公开’栏目公开”, with a phone number."),
    F("inconsistent-claim", None, "27 measures = 23 done + 4 in progress (never claimed all done); 15.1万 = 14.2万 + 0.9万; 警告1 (#5), 诫勉1 (#6), 提醒谈话2 (#3); 8 rules (委员会工作规则, 季度复查制度, 信访督办制度, 议事规则, 自由裁量规则, 回避登记制度, 公车办法, 三级审核制度)."),
    F("unanswered-issue", 8, "Answered under （七） “针对反馈的第8个问题” — the position is wrong, the number and the content are right."),
    F("no-accountability", 5, "The executor who did not recuse: 党内警告处分 and moved off enforcement."),
    F("no-accountability", 6, "The 站长 repaid 0.9万 of fuel and got 诫勉谈话."),
    F("no-accountability", 3, "2 staff 提醒谈话 for the overdue replies — a mild sanction in unusual words."),
    F("no-mechanism", 5, "《生态环境行政处罚自由裁量权适用规则》 and a 回避申报登记制度."),
    F("no-mechanism", 3, "《环境信访投诉办理督办制度》."),
    F("no-mechanism", 6, "修订《公务用车使用管理办法》."),
    F("no-mechanism", 8, "监测数据三级审核制度 and a 整改台账 with half-yearly checks."),
    F("no-owner", 2, "副局长濮文渊 is 责任领导 (the gap there is the time limit)."),
    F("no-deadline", 6, "2024年11月30日."),
], links=[
    L("对3家污水直排的养殖场立案查处", 1), L("将41家小型石材、竹木加工企业中的17家纳入", 2), L("对超期答复的19件环境投诉逐件回访", 3),
    L("对执法、监测、项目审批等12个重点岗位查找风险点31个", 4), L("制定《生态环境行政处罚自由裁量权适用规则》", 5),
    L("监测车已收回统一停放管理", 6), L("大气污染防治专项资金结余14.2万元已于2024年12月全部上缴县财政", 8)])

# p03 蕤川县体育事业发展中心党支部: 巡察组组长's 反馈会 speech with praise, problems and requirements MIXED in one flow
# (先说…/再说…/第三个方面…第六个方面; a praise paragraph on 意识形态 sits between #4 and #5); 三点要求 一要…三要 and the
# 三个月内 sentence are not problems. Report (GB18030): the SECRETARY's FIRST-PERSON report, order 5,3,2,1,6,4.
G["p03"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-accountability", 3, "12.4万 of prizes without 验收单 and 4 signatures in one hand: the report has the 验收单 signed afterwards and says the 裁判长 signed for the referees — nobody is dealt with, though the speech said 该追究责任的追究责任."),
    F("no-mechanism", 2, "The 5 shopfronts are re-let by public tender, but no rule on 场馆经营 or the letting of state assets is made, though the speech asked 要把场馆经营的规矩立起来; every other item names a rule."),
], must_not_flag=[
    F("weak-leadership", None, "The 党支部书记 writes as 第一责任人, heads the 领导小组, 4 推进会, weekly reports, 约谈 2 heads, 3 site visits, leads #5 and #4 himself."),
    F("late-report", None, "Feedback 2025-04-09, report 2025-07-03: 85 days (limit 2025-07-09)."),
    F("no-disclosure", None, "“整改情况已在中心微信公众号和县体育馆公告栏公开”."),
    F("inconsistent-claim", None, "21 measures = 19 done + 2 named (体校备案, 1 套器材) with dates; 4.1万; 诫勉1 (副主任), 批评教育2 (教练员); 5 rules, all named."),
    F("no-accountability", 5, "4.1万 returned; the 分管财务副主任 诫勉谈话; the secretary's own 检查 and 书面说明."),
    F("no-accountability", 6, "2 coaches 批评教育, told to stop and refund."),
    F("no-accountability", 1, "Broken equipment and shorter opening hours: no wrongdoing."),
    F("no-mechanism", 5, "《津补贴发放管理规定》."),
    F("no-mechanism", 1, "《全民健身器材巡检维修制度》 with a 7-day repair rule."),
    F("no-mechanism", 6, "《业余体校培训管理办法》."),
    F("no-mechanism", 4, "《党支部谈心谈话制度》."),
    F("no-mechanism", 3, "《体育赛事经费管理办法》 (the gap there is accountability)."),
    F("no-owner", 5, "“此项由我亲自牵头” — the secretary owns it."),
    F("no-owner", 4, "“此项由我亲自牵头” though the bracket has only a date."),
    F("no-deadline", 1, "2025年5月31日, the one replacement 2025年7月31日."),
], links=[
    L("37套损坏器材已修复36套", 1), L("通过县公共资源交易平台公开招租", 2), L("对12.4万元奖品逐项清点核对", 3),
    L("制定《党支部谈心谈话制度》", 4), L("4.1万元已由全体在编职工于4月底全部退回单位账户", 5),
    L("暑期培训收费标准已报县发展和改革局备案", 6)])

# p04 萩阳县文联党组: DOCX 问题清单 TABLE (序号/问题类别/问题表现/整改要求, 7 rows) with an intro and a 说明 paragraph
# holding 1．2．3． that are instructions, not problems. Report: preamble + 整改台账 as ｜-separated text rows (7 fields).
G["p04"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-owner", 3, "Row 3's 责任领导 is “待定” and its 责任部门 “各文艺家协会”: nobody answers for it, though the 说明 asks for a 责任领导 per problem and the row's 整改要求 asks for 党组成员联系责任; every other row names a leader."),
    F("no-deadline", 7, "Row 7's 整改时限 is “视评估进度确定” while the row is still 正在评估 — no date."),
    F("inconsistent-claim", None, "“反馈的7个问题已全部整改到位，22项措施全部落实，整改完成率100%”, while row 3 is 正在推进 (音乐家协会 换届 in March, 2 协会 拟合并) and row 7 is 已完成清点，正在评估."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、主席缑晴岚 heads the 领导小组, 第一责任人, 5 党组会议, 约谈 the 9 协会 heads."),
    F("late-report", None, "Feedback 2024-11-12, report 2025-02-10: 90 days — close to, but inside, three months (2025-02-12)."),
    F("no-disclosure", None, "“整改情况已在县文联网站公布，并书面通报所属各文艺家协会”."),
    F("no-accountability", 4, "Funding withdrawn and 2万 recovered; the staff member 批评教育 and moved off the review work."),
    F("no-accountability", 5, "0.7万 repaid; the leading 副主席 诫勉谈话."),
    F("no-accountability", 1, "The 32-for-11 report corrected in writing and the 办公室主任 批评教育."),
    F("no-deadline", 5, "“立行立改，2024年11月30日”."),
    F("no-deadline", 3, "2025年3月31日 (the gap there is the owner)."),
    F("no-owner", 7, "副主席嵇若兰 (the gap there is the date)."),
    F("no-owner", 5, "党组书记缑晴岚."),
    F("no-mechanism", 4, "修订《文艺创作扶持资金评审办法》 with 回避 and 公示."),
    F("no-mechanism", 5, "《采风创作活动管理规定》."),
    F("no-mechanism", 2, "《内部刊物编审管理办法》."),
    F("no-mechanism", 7, "《藏品管理办法》 (the gap there is the date)."),
], links=[
    L("补充开展“送文化下乡”19场", 1), L("制定《内部刊物编审管理办法》", 2), L("向9个协会逐一印发整改提示函", 3),
    L("撤销扶持并追回资金2万元", 4), L("景区门票、游船等费用0.7万元已由参加人员全部退缴", 5),
    L("2名党员已补缴少缴的党费共1860元", 6), L("已清点126件并拍照建档", 7)])

# p05 蓂溪县中心血站党支部: formal 反馈意见 as HARD-WRAPPED plain text copied out of a PDF (line breaks every 30-40
# characters, page-number lines “— N —” mid-sentence), areas （一）（二）（三） + continuous 1．–7．; 二、整改意见 一要…四要
# not problems. Report (UTF-8 CRLF): 关于“…”的问题 headings in feedback order with 整改措施 + field line; problem 1 SPLIT
# over two headings （一）（二）.
G["p05"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("copied-measure", 3, "（四） answers the 37万 bought with no 集体研究 and no 询价比价 by restating the finding as a promise (严格执行…集体研究制度和询价比价规定，杜绝…直接向同一家供应商采购): the 2 batches are not reviewed, nobody is named, nothing new is done."),
    F("vague-measure", 6, "（七） is slogans only (政治性、时代性、原则性、战斗性 … 规范化、常态化): nothing on the thin 组织生活会 or the 5 支委会 records without discussion; its time limit is 长期坚持."),
    F("no-disclosure", None, "整改意见 四要 asks to publish the rectification in the station and beyond; the report never does (the 融媒体中心 release is the new 采血 timetable, not the rectification)."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、站长庹明远 heads the 领导小组, 第一责任人, fortnightly 调度会, 6 site checks."),
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-12: 84 days."),
    F("inconsistent-claim", None, "24 measures = 22 done + 2 long-term ((三) 长期坚持, (七) 持续推进); 0.8万; 诫勉1 (乜婉清), 批评教育2 (库房管理员, 人事干事); 4 rules (储存规程, 谈心谈话制度, 宣传经费办法, 编外招聘办法)."),
    F("unanswered-issue", 1, "Answered over two headings: （一） 温度记录 and （二） 过期试剂."),
    F("copied-measure", 7, "Opens by restating the problem (针对编外人员招聘不规范的问题) and then acts: 补充考核, one contract ended, a 招聘办法, 批评教育."),
    F("copied-measure", 4, "Opens with 针对廉政风险点排查流于形式的问题 and then acts: 27 risk points, a 手册, 提醒谈话 with the 3 deputies."),
    F("no-accountability", 5, "0.8万 repaid by the staff; the deputy who approved it 诫勉谈话."),
    F("no-accountability", 7, "The relative's contract ended after a failed re-test; the 人事干事 批评教育."),
    F("no-accountability", 2, "Fewer donors and collection days: no wrongdoing."),
    F("no-mechanism", 5, "修订《宣传经费使用管理办法》."),
    F("no-mechanism", 7, "《编外人员招聘管理办法》."),
    F("no-mechanism", 1, "修订《血液储存质量管理规程》 and a 效期预警台账."),
    F("no-mechanism", 4, "《党支部书记与班子成员谈心谈话制度》."),
    F("no-owner", 3, "副站长乜婉清 is 责任领导 (the gap there is the copied measure)."),
    F("no-deadline", 3, "2025年6月30日 (the gap there is the copied measure)."),
    F("vague-measure", 2, "Concrete: 4 days a week, 3 township days, 3 机关献血日, +14% and +9%."),
], links=[
    L("为全部6台储血冰箱加装温度自动监测和超限报警装置", 1), L("11盒过期试剂已于5月23日按医疗废物处置程序全部销毁", 1),
    L("流动采血车出车时间由每周2天增加到每周4天", 2), L("严格执行物资采购集体研究制度和询价比价规定", 3),
    L("共查出采血、检验、发血、采购等环节风险点27个", 4), L("对批准购卡发放的副站长乜婉清给予诫勉谈话", 5),
    L("进一步增强党内政治生活的政治性", 6), L("对未经公开考试录用的3名编外人员组织补充考核", 7)])

# p06 荇城县公路事业发展中心党委: formal 反馈意见 with （一）（二）（三）…方面 heading lines and RESTARTING inline
# 一是…二是…(三是…) inside each area paragraph (2+3+2 = 7); 三、整改意见 （一）–（四） not problems.
# Report: HARD-WRAPPED text (line breaks every 30-40 characters), 一、…七、关于…的问题 with 一是… and a bracket.
G["p06"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("repeated-measure", 2, "The 9 临水临崖 sections still unguarded get only a generic paragraph (坚持问题导向…逐项建立整改台账…确保整改工作取得实实在在的成效) that is pasted word for word under 七、."),
    F("repeated-measure", 7, "The 2 staff paid in full while absent get the same pasted paragraph and nothing else."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人: “中心党委召开会议进行了研究，将反馈问题按职责分解到各科室和养护站，由办公室负责收集汇总”; the 党委书记 appears nowhere, though 整改意见（一） asked for both."),
    F("late-report", None, "Feedback 2024-12-03 with a 三个月内 limit (2025-03-03); the report is dated 2025-03-28: 115 days."),
], must_not_flag=[
    F("no-disclosure", None, "“整改情况已在县交通运输局门户网站公开”."),
    F("inconsistent-claim", None, "No totals are claimed and no figure contradicts an item."),
    F("no-accountability", 3, "工程科科长 诫勉谈话, the project lead 批评教育, 4.6万 cut after audit."),
    F("no-accountability", 4, "0.6万 repaid by 3 drivers, 书面检查 and 通报批评 — sanctions in unusual words."),
    F("no-accountability", 5, "2.3万 returned; 3 站长 批评教育, one moved."),
    F("no-accountability", 1, "Patrol records and potholes: no wrongdoing."),
    F("no-mechanism", 1, "《农村公路路长巡查考核办法》."),
    F("no-mechanism", 3, "《公路小额工程发包管理办法》."),
    F("no-mechanism", 6, "《基层党支部“三会一课”督查制度》."),
    F("no-mechanism", 4, "修订《公务用车管理办法》."),
    F("no-deadline", 2, "2025年6月30日 (the gap there is the pasted paragraph)."),
    F("no-owner", 2, "副主任冷向东 (the gap there is the pasted paragraph)."),
    F("vague-measure", 1, "Concrete: 218 路长, a 考核办法, 1860 m² of potholes."),
], links=[
    L("重新明确县、乡、村三级路长名单共218人", 1), L("针对公路安全隐患整治迟缓的问题", 2), L("核减工程款4.6万元", 3),
    L("全部养护巡查车安装北斗定位装置", 4), L("违规列支的餐费2.3万元已由相关人员全部退回", 5),
    L("调整了支部书记", 6), L("针对干部职工教育管理宽松的问题", 7)])

# p07 蘩水县农业技术推广中心党支部: formal 反馈意见 with areas 一、二、三、在……方面 and RESTARTING FULL-WIDTH １．２．(３．)
# (2+3+2 = 7); the closing 整改要求：一是…四是 (inline) is not problems. Report: public 关于巡察整改进展情况的通报 with a
# source line, totals, （一）在…方面 → １．关于…问题的整改 → 整改情况：.
G["p07"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "“反馈的7个问题已全部完成整改，整改完成率100%” while （一）１． says 3 of the 8 监测点 “正在施工，预计6月底前完成”."),
    F("copied-measure", 2, "（一）２．'s 整改情况 restates the finding (切实打通…“最后一公里”，杜绝乡镇农技员长期抽调从事非农工作，提高…答复率): no 农技员 brought back, no reply rule, no figure."),
    F("no-accountability", 3, "3.1万 handed back by the 合作社 and a revised 验收办法, but neither the 2 cooperatives that over-claimed nor the staff who passed the check on paper are dealt with, though 整改要求 二 names 虚报冒领和验收把关不严 for 查清责任，严肃处理."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任芮以恒 heads the 领导小组, 第一责任人, 4 推进会, 5 site checks."),
    F("late-report", None, "Feedback 2025-02-26, 通报 2025-05-23: 86 days."),
    F("no-disclosure", None, "A public 通报 (主动公开) with phone, address and a comment deadline."),
    F("no-accountability", 4, "2.4万 repaid; 办公室主任 诫勉谈话, 经办人 批评教育."),
    F("no-accountability", 7, "One nomination withdrawn; the 人事干事 批评教育."),
    F("no-accountability", 1, "Targets missed: no wrongdoing."),
    F("no-mechanism", 3, "修订《农业项目验收管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 4, "修订《公务接待管理办法》."),
    F("no-mechanism", 5, "《重点领域廉政风险防控办法》."),
    F("no-mechanism", 6, "《党员学习管理制度》."),
    F("no-mechanism", 7, "修订《专业技术职称推荐工作规程》."),
    F("no-deadline", 1, "The open part is dated: 预计6月底前完成."),
    F("copied-measure", 1, "Under a restated heading, concrete acts: 5 monitoring points built, a written explanation, 4.6万亩 sown."),
    F("vague-measure", 5, "Concrete: 2 meetings, 8 环节, 12 谈话."),
], links=[
    L("已建成5个，其余3个正在施工", 1), L("杜绝乡镇农技员长期抽调从事非农工作", 2), L("将多领取的物化补贴3.1万元全部退回县财政专户", 3),
    L("超标准列支的接待费2.4万元已由审批人和经办人全部退还", 4), L("制定《重点领域廉政风险防控办法》", 5),
    L("制定支部年度组织生活计划", 6), L("对论文与岗位不符的1名人员撤回推荐", 7)])

# p08 蒹台县保安服务有限公司党支部 (state firm): 巡察组组长's 反馈会 speech, praise first, then “从…看” paragraphs mixing
# problems with requirements (the 财务管理 paragraph holds two: 一方面 应收账款, 另一方面 购物卡), then 第一…第四 要求.
# Report (GB18030): the unit's own headings, ANOTHER ORDER, TWO MERGED answers ((1+6), (3+4)), problem 2 missing.
G["p08"] = dict(mode="pair", issues=7, unanswered=[2], must_flag=[
    F("unanswered-issue", 2, "38 保安员 without full social insurance and overtime without pay or time off: no heading or sentence answers it (the report regroups the feedback into “4个方面” and leaves it out)."),
    F("no-mechanism", 5, "2 中层 get a 补充民主推荐 and the 妻弟 leaves the 出纳 post, but no 选拔制度 or 回避制度 is made, though the speech asked for both by name; every other section names a rule."),
    F("no-disclosure", None, "第四 asked to publish inside the company and on the 县国有资产服务中心网站; the report never does (exam scores on the 公告栏 and the monthly 通报 at the 总经理办公会 are not disclosure)."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长禚长庚 heads the 领导小组, 第一责任人, 5 推进会, 7 site visits."),
    F("late-report", None, "Feedback 2025-06-05, report 2025-08-29: 85 days."),
    F("inconsistent-claim", None, "19 measures = 17 done + 2 named (诉讼, 9月考试); 44.4万 = 42万 + 2.4万; 诫勉1 (副总经理), 批评教育1 (人力资源部经理); 5 rules named."),
    F("unanswered-issue", 4, "Answered inside the merged （三） (2.4万 退缴, 诫勉, 福利费规定)."),
    F("unanswered-issue", 6, "Answered inside the merged （一） (3 党小组, 7 members placed, 管理办法)."),
    F("repeated-measure", 3, "（三） is one answer for #3 and #4, announced (“放在一起整改”); its parts are specific to each."),
    F("repeated-measure", 4, "Same merged answer."),
    F("repeated-measure", 1, "（一） is one answer for #1 and #6, announced (“合并进行整改”)."),
    F("repeated-measure", 6, "Same merged answer."),
    F("no-accountability", 4, "Cards repaid; the approving 副总经理 诫勉谈话."),
    F("no-accountability", 5, "The 总经理 made a 检查; the 人力资源部经理 批评教育 (the gap there is the rule)."),
    F("no-mechanism", 1, "《党支部前置研究重大经营管理事项清单》."),
    F("no-mechanism", 6, "《派驻保安员党员管理办法》."),
    F("no-mechanism", 3, "《应收账款管理办法》."),
    F("no-mechanism", 7, "《保安员培训考核管理制度》."),
    F("no-deadline", 7, "2025年9月30日."),
    F("no-owner", 5, "党支部书记禚长庚."),
], links=[
    L("对210万元押运服务合同补充履行了党支部研究程序", 1), L("7名长期未参加组织生活的派驻保安员党员已全部编入党小组", 6),
    L("对2023年提拔的2名中层管理人员补充进行民主推荐", 5), L("5家客户单位中已有3家付清欠款", 3),
    L("2.4万元购物卡，已由领卡的中层以上人员全部折价退缴", 4), L("全公司持证上岗率提高到97%", 7)])

# p09 薁源县投资促进中心党支部: formal 反馈意见 whose problems are inline 一是…七是 running ON across three area
# paragraphs （一）在…方面。 (no restart); 二、整改意见 （一）–（四） not problems. Report: 关于…的问题 with 整改措施 +
# four field lines, ANOTHER ORDER (3,4,7,1,2,1,5,6), problem 1 SPLIT over （四） and （六）. GOOD REPORT.
G["p09"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任蔺观澜 heads the 领导小组, 第一责任人, 亲自部署…督办, 6 推进会."),
    F("late-report", None, "Feedback 2025-01-15, report 2025-04-11: 86 days (limit 2025-04-15)."),
    F("no-disclosure", None, "Published on the 县人民政府门户网站 on 4月8日, with a 监督电话."),
    F("inconsistent-claim", None, "26 measures = 24 done + 2 named in progress ((四), (八)); 37万 = 9万 + 0.6万 + 0.4万 + 27万; 诫勉2 (二科科长, 郦承平), 批评教育3 (2 带队干部, 一科科长); 6 rules named."),
    F("unanswered-issue", 1, "Split: （四） 签约项目推进缓慢 and （六） 把未落地项目计入招商成果."),
    F("unanswered-issue", 6, "Answered last, under （八）."),
    F("no-accountability", 3, "9万 returned by the agents; 招商二科科长 诫勉谈话."),
    F("no-accountability", 4, "1.0万 repaid; 2 干部 批评教育, the 副主任 who approved the dinner 诫勉谈话."),
    F("no-accountability", 7, "27万 recovered and paid to the county treasury."),
    F("no-accountability", 1, "The 招商一科科长 批评教育 for counting unbuilt projects."),
    F("no-mechanism", 2, "《签约项目全周期跟踪服务办法》."),
    F("no-mechanism", 3, "《招商中介机构委托管理办法》."),
    F("no-mechanism", 5, "《干部与客商交往行为规范》."),
    F("no-mechanism", 7, "《招商引资奖励资金审核办法》."),
    F("no-deadline", 1, "正在推进 with 2025年6月30日."),
    F("no-deadline", 4, "“立行立改，2025年1月31日”."),
    F("no-owner", 1, "副主任满知远."),
    F("no-owner", 4, "党支部书记蔺观澜."),
    F("vague-measure", 5, "Concrete: 2 meetings, 16 risk points, 八不准, 19 talks."),
], links=[
    L("已依法解除投资协议", 1), L("从年度成果中剔除7个未落地项目", 1), L("每个签约项目确定1名跟踪服务专员", 2),
    L("按合同约定应扣减的委托费用9万元已由2家中介机构退回", 3), L("3次超标准住宿多支出的0.6万元已由当事人全部退缴", 4),
    L("制定《干部与客商交往行为规范》", 5), L("制定2025年支部“三会一课”和主题党日年度计划", 6),
    L("已于3月全部追回并上缴县财政", 7)])

# p10 莛州区委编办机关党支部: formal 反馈意见 with area PARAGRAPHS “在……方面，一是…；二是…” restarting (3+2+2 = 7);
# the 整改意见 一是…四是 after “针对上述问题” is not problems. Report: the unit's OWN theme headings （一）–（四）, each
# holding 一是/二是 tagged “（对应反馈问题第N项）”, ANOTHER ORDER (3,1,2,7,5,4,6,7), problem 7 SPLIT; bracket per answer.
G["p10"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("vague-measure", 4, "（三）二是 (对应第4项) is slogans only (进一步压紧压实…切实增强…把纪律和规矩挺在前面…向纵深发展): no 专题研究, no risk points for 编制核准 and 机构审核."),
    F("no-owner", 2, "（二）一是 (对应第2项)'s bracket gives only “责任科室：各科室” — no 责任领导 and no particular office, though 整改意见 二是 asks for both; every other answer names a leader."),
], must_not_flag=[
    F("weak-leadership", None, "区委编办主任、党支部书记闾静姝 heads the 领导小组, 第一责任人, weekly reports, 点名督办."),
    F("late-report", None, "Feedback 2025-07-08, report 2025-09-30: 84 days."),
    F("no-disclosure", None, "区委组织部门户网站 “编办信息” column."),
    F("inconsistent-claim", None, "21 measures = 19 done + 2 named (one 三定 by 10月20日, 文化馆 overstaffing by end-2026); 0.19万; 批评教育3 (科长, 经办人, 核查组组长); 3 rules named."),
    F("unanswered-issue", 7, "Split: （二）二是 归档 and （四）二是 涉密文件借阅."),
    F("copied-measure", 6, "Opens by restating (针对主题党日以集中学习代替的问题) and then acts: a plan, 3 speakers each time, 现场教学, a record book."),
    F("vague-measure", 3, "Concrete: 2 units reviewed, 2 posts absorbed, a 核准规程, 2 people 批评教育."),
    F("no-accountability", 5, "Meal fees repaid; the team leader 批评教育."),
    F("no-accountability", 3, "The 科长 and the clerk who approved hiring into full units 批评教育."),
    F("no-accountability", 1, "Late 三定 papers: no wrongdoing."),
    F("no-mechanism", 3, "《编制使用核准工作规程》."),
    F("no-mechanism", 5, "《机构编制核查工作纪律规定》."),
    F("no-mechanism", 7, "修订《机关保密管理制度》."),
    F("no-deadline", 1, "2025年10月20日, after the report date but dated."),
    F("no-owner", 4, "闾静姝 (the gap there is the slogan answer)."),
    F("no-owner", 7, "副主任凤栖梧."),
], links=[
    L("计划10月20日前印发", 1), L("已调离的5人全部办理编制调出手续", 2), L("区城市管理综合服务中心通过内部调剂已消化超编2名", 3),
    L("进一步压紧压实全面从严治党主体责任", 4), L("已按标准向被核查单位补交伙食费用0.19万元", 5),
    L("每次活动安排不少于3名党员交流发言", 6), L("42份机构编制批复文件全部补充归档", 7),
    L("涉密文件借阅实行登记、审批、归还三签字", 7)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
