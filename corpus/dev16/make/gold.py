"""Write p01..p10/gold.json (dev-pairs gold format). The gold is hand-judged; this file only keeps it in one place.
Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 葑田村: 乡党委巡察组's spoken feedback to a village ("头一件事…第二件事…最后一件事"), 第一条…第三条 requirements;
# GB18030 plain-language village report, "说到……的事" headings, brackets "（谁负责：…；啥时候办完：…）".
G["p01"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("vague-measure", 5, "The 村务公开 answer is one slogan paragraph (高度重视, 进一步加强, 该公开的全部公开, 看得懂、信得过): the stale board, the totals-only financial posting and the frequency of updates are not touched."),
    F("no-owner", 6, "The 党支部建设 bracket gives only （啥时候办完：5月底前）; every other item names 谁负责."),
    F("no-accountability", 4, "低保: three relatives of village cadres removed and 2960元 refunded, but nobody who put the relatives on the list or failed to report the death is dealt with, although the speaker said 优亲厚友、该停不停，这是要追责的 and asked 该追的责要追."),
], must_not_flag=[
    F("no-accountability", 1, "The secretary made a self-criticism at the Party members' meeting and received 批评教育 from the 乡党委."),
    F("no-accountability", 3, "The bookkeeper received 批评教育, the handling committee member wrote a 书面检查, 5600元 refunded."),
    F("no-mechanism", 1, "定了《葑田村重大事项决策议事规则》."),
    F("no-mechanism", 2, "制定了《葑田村集体资产资源发包管理办法》."),
    F("no-deadline", 3, "立行立改，已办完 is a time answer."),
    F("no-deadline", 6, "5月底前 is given; only the owner is missing."),
    F("no-owner", 5, "村委会主任黄秋生 is named for the slogan item; the gap there is the content."),
    F("weak-leadership", None, "The secretary calls himself 第一责任人, took three items himself, weekly meetings with the 乡 liaison."),
    F("no-disclosure", None, "Posted on the 村务公开栏 and sent to the villagers' WeChat group, with a way to comment."),
    F("late-report", None, "Feedback 2025-04-10, report 2025-07-02: 83 days."),
    F("inconsistent-claim", None, "五件已经改完, 低保 still being checked: agrees with the brackets."),
], links=[
    L("鱼塘重新发包的承包费涨到一年7800元", 1), L("建起了村集体资产台账", 2), L("说不清楚的5600元由当时经手的村干部个人退回了", 3),
    L("已按程序取消低保", 4), L("做到该公开的全部公开", 5), L("6名外出党员全部联系上了", 6)])

# p02 县自然资源和规划局: 选人用人专项巡察, three levels 二、（一）1., numbering restarting per （一）, "典型案例：" blocks with
# （1）（2） cases; DOCX report, landscape Word table, problems vMerged over two rows, one row "3、4" for two problems. Good report.
G["p02"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("repeated-measure", 3, "The 全程纪实办法 row is one row for problems 3 and 4 (序号 3、4), not text pasted twice; each problem also has its own row."),
    F("repeated-measure", 4, "See #3."),
    F("no-owner", 3, "Owners are only in the table's 责任领导 column (何静), which is enough."),
    F("no-owner", 6, "田文彬 in the 责任领导 column."),
    F("no-deadline", 2, "2025年10月31日建库；培养工作长期坚持."),
    F("no-deadline", 3, "立行立改 for the own row, 2025年10月15日 for the shared row."),
    F("no-deadline", 7, "2026年6月30日, a future date beside 正在推进."),
    F("no-accountability", 1, "The former head of the personnel section received 批评教育 and wrote a 书面检查."),
    F("no-accountability", 6, "The promoted cadre received 诫勉谈话 and was moved; the 党组 made a self-examination."),
    F("no-mechanism", 1, "修订《局党组干部选拔任用工作议事规则》."),
    F("no-mechanism", 5, "修订《局干部人事档案管理办法》."),
    F("weak-leadership", None, "党组书记、局长田文彬 leads the group as 第一责任人, 6 meetings, 直接督办 on two problems."),
    F("no-disclosure", None, "Published in the 通知公告 column of the bureau site with a 监督电话."),
    F("late-report", None, "Feedback 2025-08-19, report 2025-11-12: 85 days."),
    F("inconsistent-claim", None, "5 done + 2 持续推进; 10 measures, 8 done; 2 批评教育 + 1 提醒 + 1 诫勉: all agree with the table."),
], links=[
    L("动议记录和酝酿情况单独立卷备查", 1), L("首批入库9人", 2), L("干部选拔任用工作全程纪实办法", 3),
    L("干部选拔任用工作全程纪实办法", 4), L("考察材料实行“一人一稿”", 3), L("补充进行试用期考核", 4),
    L("补齐缺失材料37份", 5), L("派驻纪检组出具廉洁意见", 6), L("消化到位前冻结股级干部提拔", 7)])

# p03 区建设发展集团 (state group): CRLF feedback whose problems are key-value blocks 问题编号 JF-01…JF-08 / 问题类型 / 具体问题 /
# 涉及单位; report organised by lead department, problems cited by short quoted names + code, owners only in section heads.
G["p03"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[
    F("copied-measure", 5, "The 公务用车 item restates the feedback's own JF-05 text (2台车辆长期由个人停放在家中、节假日有使用记录，加油卡未实行一车一卡) wrapped in 要切实加强…坚决杜绝…确保…; no car recalled, no card system, the 3.2万 not traced, yet 已完成."),
    F("weak-leadership", None, "The work group is led by a 党委委员、副总经理 and run by the 党群工作部; the 党委书记 appears nowhere, although the feedback's 整改要求 asks the secretary to 亲自部署、亲自协调、亲自督办."),
    F("no-disclosure", None, "The report is only to be filed with the 区国资委; the feedback asked for disclosure 在适当范围内公开. 公开招标 and 公开竞价 are measures, not disclosure."),
], must_not_flag=[
    F("no-owner", 1, "Owners are given once per department section (分管领导 汪丽娟; 牵头部门 党群工作部), which covers JF-01."),
    F("no-owner", 4, "Section 三 names 副总经理方卫东 and 资产经营部."),
    F("no-owner", 5, "Section 四 names 郑敏 and 综合办公室; the gap is the copied text."),
    F("no-deadline", 2, "2025年6月30日，此后长期坚持."),
    F("no-deadline", 6, "2026年6月30日, a future date beside 持续推进."),
    F("no-accountability", 3, "The construction subsidiary's general manager received 诫勉谈话, the deputy and handlers 批评教育."),
    F("no-accountability", 4, "The deputy manager for assets received 诫勉谈话."),
    F("no-mechanism", 1, "制定《集团党委前置研究讨论重大经营管理事项清单》, 修订议事规则."),
    F("no-mechanism", 4, "制定《集团经营性资产出租管理办法》."),
    F("no-mechanism", 6, "制定《集团往来款项清理和催收管理办法》."),
    F("no-mechanism", 7, "修订《集团中层管理人员选拔任用办法》."),
    F("inconsistent-claim", None, "6 done + 2 持续推进 (JF-04, JF-06): agrees with the items."),
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-12: 84 days."),
], links=[
    L("列明投资、资产处置、大额资金使用等7类23项事项", 1), L("党群工作部不再代写记录", 2), L("审减工程款21.4万元", 3),
    L("年租金增加31.6万元", 4), L("坚决杜绝公车私用", 5), L("已收回460万元", 6), L("已调整为非领导岗位", 7),
    L("子公司党建工作考核与经营业绩考核挂钩办法", 8)])

# p04 县文联: 意识形态 专项巡察; each problem one unnumbered paragraph opened by a verdict phrase + "：" (7), and the 整改意见
# in the same "短语：" shape (4, not problems); report.pdf (DOCX paragraphs via soffice) with 整改完成率 in the totals.
G["p04"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "Totals say 已完成6项、正在推进1项、整改完成率92%, but two items are 正在推进 (#5 two associations still electing, #7 1万 still being recovered), and 6 of 7 would be 85.7%, not 92%."),
    F("no-accountability", 7, "The 12万 fund: the feedback's 整改意见 says 违规的要依规依纪追究责任; the report re-reviews, cuts the relative's grant and adds a recusal rule, but the 党组成员 who took part without recusing and the vice-chair who allocated the money are not dealt with."),
    F("late-report", None, "Feedback 2025-03-06, report dated 2025-07-22: 138 days, beyond the three months the feedback set."),
], must_not_flag=[
    F("no-deadline", 3, "立行立改，长期坚持 is a time answer."),
    F("no-deadline", 6, "长期坚持 for a standing study plan."),
    F("no-accountability", 2, "The editor in charge of the account received 批评教育."),
    F("no-accountability", 3, "The head of the organising association received 批评教育."),
    F("no-mechanism", 1, "制定《县文联党组意识形态工作责任制实施细则》."),
    F("no-mechanism", 2, "制定《县文联微信公众号和内部刊物内容审核发布办法》."),
    F("no-mechanism", 7, "修订《文艺精品创作扶持资金管理办法》 with a recusal clause; the gap on #7 is accountability."),
    F("no-owner", 5, "邱敏 is named."),
    F("weak-leadership", None, "党组书记、主席杨慧芳 leads the group as 第一责任人 and personally supervises two problems."),
    F("no-disclosure", None, "To be published on the federation's WeChat account with a 监督电话."),
    F("vague-measure", 6, "A study plan with a named speaker per session and two field studies: concrete, even if 长期坚持."),
], links=[
    L("全部签订意识形态工作责任书", 1), L("落实编辑初审", 2), L("外请嘉宾讲稿须提前", 3), L("网络评论员队伍", 4),
    L("协会会费一律纳入县文联统一核算", 5), L("形成调研报告后在中心组学习会", 6), L("存在亲属关系的必须回避", 7)])

# p05 苎湾镇中心学校: UTF-16 feedback split into 共性问题 1.–3. and 个性问题 1.–4. (numbering restarts); report answers
# "个性问题第2项", "共性问题第3项", "个性问题第1项、第3项" (merged), "共性问题第1项", "共性问题第2项"; 个性问题第4项 missing.
G["p05"] = dict(mode="pair", issues=7, unanswered=[7], must_flag=[
    F("unanswered-issue", 7, "个性问题第4项 (发展党员 materials back-filled) has no section and no measure; 党员发展 appears only in the list of matters the 党支部会议 must study under 共性问题第3项."),
    F("no-mechanism", 1, "食堂: separate accounts, the 8.7万 spent on meals, monthly posting and a self-check each term, but no rule made or revised, while the feedback's 整改要求 asks for 健全学校内部管理制度 and every other answered item names one."),
], must_not_flag=[
    F("repeated-measure", 4, "#4 and #6 are answered together in one section with distinct numbered measures for each; nothing is pasted."),
    F("repeated-measure", 6, "See #4."),
    F("no-accountability", 4, "The deputy head received 诫勉谈话, three grade leaders 批评教育."),
    F("no-accountability", 6, "One teacher received a 警告处分 and lost the year's awards."),
    F("no-accountability", 5, "The head of general affairs received 批评教育 and wrote a 书面检查."),
    F("no-mechanism", 3, "制定《苎湾镇中心学校党支部会议和校长办公会议事规则》."),
    F("no-mechanism", 2, "修订《苎湾镇中心学校课后服务费分配办法》."),
    F("no-mechanism", 5, "制定《苎湾镇中心学校小型维修工程管理办法》."),
    F("no-owner", 4, "The merged section names 校长邓立新."),
    F("weak-leadership", None, "党支部书记陈明远 is 第一责任人, leads the group, chairs fortnightly meetings."),
    F("no-disclosure", None, "On the 校务公开栏 and the school's WeChat account with a 监督电话."),
    F("late-report", None, "Feedback 2025-09-23, report 2025-12-16: 84 days."),
    F("inconsistent-claim", None, "The report states no completion totals; each section's status matches its measures."),
], links=[
    L("审减工程款2.6万元", 5), L("由党支部会议进行复议", 3), L("按涉及学生人数退还家长", 4), L("已报县教育局给予警告处分", 6),
    L("分账核算，分别记账", 1), L("多领取的0.9万元已全部退回", 2)])

# p06 区城市排水管理所 (report-only, UTF-8 BOM): per problem "问题N：" restated / "原因剖析：" / "整改措施：" / "整改成效：" /
# owner-time line. The 原因剖析 lines read like problems but are not. Problems numbered as in the report (6).
G["p06"] = dict(mode="report-only", issues=6, unanswered=[], must_flag=[
    F("repeated-measure", 3, "The 八项规定 answer is the same paragraph word for word as #5's (组织全所干部职工深入学习…切实以整改实效取信于民); the 1.1万 from 防汛经费 is not even mentioned."),
    F("repeated-measure", 5, "The 12345 工单 answer is #3's paragraph pasted; nothing on overdue work orders, on-site checks or a 督办 rule."),
    F("weak-leadership", None, "The group is led by a 副所长, with the office doing the paperwork; the 支部书记/所长 appears nowhere, and the only sign of leadership is 所党支部高度重视，要求各科室认真抓好整改."),
], must_not_flag=[
    F("no-owner", 3, "副所长周建新 is named for the pasted item."),
    F("no-deadline", 5, "2024年12月31日 is given."),
    F("no-accountability", 2, "The storekeeper received 批评教育."),
    F("no-accountability", 4, "The head of the engineering section received 诫勉谈话."),
    F("no-accountability", 6, "Finance staff received 批评教育; 1.3万 returned."),
    F("no-mechanism", 1, "制定《所党支部“党建+防汛”联动工作实施方案》."),
    F("no-mechanism", 2, "制定《应急物资管理办法》."),
    F("no-mechanism", 4, "制定《管网应急抢修工程管理办法》."),
    F("no-mechanism", 6, "制定《加班补助发放管理规定》."),
    F("inconsistent-claim", None, "4 done + 2 ongoing: #2 (one pump still traced, 2025-03-31) and #4 (audit running, 2025-04-30), as the items say."),
    F("no-disclosure", None, "To be published on the 区城市管理局 site with a 监督电话."),
    F("late-report", None, "Feedback 2024-11-12 (stated in the report), report 2025-02-06: 86 days."),
], links=[
    L("组建3支党员抢险突击队", 1), L("实行借用审批和出入库双人登记", 2), L("抢修后48小时内补签合同", 4),
    L("无加班依据的1.3万元已由领取人员退回", 6)])

# p07 萍渚社区: feedback built from 群众反映 / 经核实 pairs (7, of which two 不属实 and not problems) + 2 problems the group found
# itself; report is an HTML 整改进展情况的通报 on the street-office site with chrome, totals, per-item (牵头人；完成时限；进展).
G["p07"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "Totals say 已完成整改5个，正在推进2个, but three items end 进展：正在推进 (#2 1500元 still owed, #4 5 repairs under way, #7 2023 accounts being checked)."),
    F("repeated-measure", 5, "The 办事难 answer is the same paragraph as #6 (社区党委召开专题会议…确保问题整改到位): no staffed lunch window, no 一次性告知."),
    F("repeated-measure", 6, "The 三会一课 answer is #5's paragraph pasted: nothing on back-filled minutes or the points system."),
], must_not_flag=[
    F("no-owner", 5, "牵头人 何立军 is named for the pasted item."),
    F("no-deadline", 6, "2025年7月31日 is given."),
    F("no-accountability", 2, "The staff member who handled the relative's file received 批评教育 and was moved off civil-affairs work."),
    F("no-accountability", 3, "The residents' committee director received 批评教育."),
    F("no-mechanism", 1, "制定《萍渚社区小区公共收益管理办法》."),
    F("no-mechanism", 3, "制定《萍渚社区党群服务中心场地使用管理规定》."),
    F("no-mechanism", 7, "制定《萍渚社区财务报销审批规定》."),
    F("weak-leadership", None, "The community Party secretary 苏晓雯 is 第一责任人, leads the group, weekly meetings, supervises two items herself."),
    F("no-disclosure", None, "The 通报 is itself published on the street-office site and posted on the 居务公开栏 with a phone number."),
    F("late-report", None, "Feedback 2025-06-05, report 2025-08-29: 85 days."),
], links=[
    L("收支明细在锦苑小区公告栏公示了15天", 1), L("调离民政岗位", 2), L("已与培训机构解除租赁协议", 3), L("确定返修清单12项", 4),
    L("备用金已降至街道规定的5000元限额以内", 7)])

# p08 县机关幼儿园: feedback as a checklist of 9 监督重点, each "存在问题：…" or "未发现明显问题。" (3 of them), item 4 holding
# 一是/二是 (7 problems); report with 【措施一】…【措施十六】 and owners/dates only in a closing 责任分工 paragraph.
G["p08"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("vague-measure", 7, "【措施十五】【措施十六】 are slogans (提高认识, 增强阵地意识, 坚持正确导向, 营造良好氛围): no review of the WeChat account or parents' groups, nothing on the outside teachers' courses."),
    F("no-owner", 6, "责任分工 says only 措施十三、措施十四须于2025年3月10日前完成, with nobody named; every other group of measures has a person."),
    F("no-deadline", 3, "责任分工 says 措施五至措施七由副园长吴佩负责 and stops: no date for the 伙食费 measures, while every other group has a date or 立行立改."),
    F("no-disclosure", None, "Nothing is published; the feedback asked to 以适当方式向教职工和家长公开. 伙食费收支每月在园内公示栏公示 is a measure, not disclosure of the rectification."),
], must_not_flag=[
    F("no-owner", 1, "Owners are given only in the closing 责任分工 paragraph (刘芸 for 措施一、二), which is enough."),
    F("no-owner", 3, "吴佩 is named for 措施五至七; the gap is the date."),
    F("no-deadline", 4, "立行立改 is a time answer."),
    F("no-deadline", 2, "2025年3月15日 for the handbook, 谈心谈话长期坚持."),
    F("no-deadline", 6, "2025年3月10日 is given; the gap is the owner."),
    F("no-accountability", 4, "The purchasing staff received 批评教育 after the price check."),
    F("no-mechanism", 3, "制定《县机关幼儿园幼儿伙食费管理办法》."),
    F("no-mechanism", 4, "制定《县机关幼儿园物品采购管理规定》."),
    F("no-mechanism", 6, "制定《县机关幼儿园校车接送交接管理制度》."),
    F("weak-leadership", None, "支部书记、园长刘芸 is 第一责任人, chairs the committee, supervises two items herself."),
    F("inconsistent-claim", None, "16 measures described as done, standing items said to continue; no item says 正在推进."),
    F("late-report", None, "Feedback 2025-02-18, report 2025-05-14: 85 days."),
], links=[
    L("集中学习每次必须安排研讨交流", 1), L("重新排查廉政风险点11个", 2), L("教职工伙食费由个人全额承担", 3),
    L("单次采购5000元以上的须三家比价", 4), L("已确定为入党积极分子", 5), L("更换压力不足的消防栓1个", 6),
    L("牢牢掌握意识形态工作主动权", 7)])

# p09 苎湾镇党委: feedback with 主要问题 1.–6. and a paragraph "其他需要一并整改的问题" 一是…二是… (8 problems); report
# (UTF-8 CRLF) answers this round's problems and then three 上轮巡察 (2021) problems the unit found unfinished itself.
G["p09"] = dict(mode="pair", issues=8, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "The 200万 集体经济扶持资金 sunk in a stopped cooperative has no answer; the only 集体经济 text is the 上轮 item on 集体经济薄弱村, a different, older problem."),
    F("no-mechanism", 3, "三资: records re-checked, 4.8万 returned, people criticised, and a quarterly spot check, but no rule made or revised, although the feedback's 整改意见 names 三资监管 for 长效机制 and every other answered item has one."),
    F("late-report", None, "Feedback 2025-01-14, report dated 2025-06-03: 140 days."),
], must_not_flag=[
    F("no-accountability", 3, "Three village bookkeepers 批评教育, the 农经站 head 提醒谈话."),
    F("no-accountability", 4, "The office director received 诫勉谈话, two handlers 批评教育; 0.86万 refunded."),
    F("no-accountability", 6, "Five village river chiefs 批评教育, the deputy head of the river office 诫勉谈话."),
    F("no-mechanism", 2, "制定《苎湾镇衔接资金项目管理办法》."),
    F("no-mechanism", 6, "制定《苎湾镇河长巡河督查考核办法》."),
    F("no-mechanism", 8, "修订《苎湾镇党委会议议事规则》."),
    F("no-deadline", 6, "2025年3月31日，河道保洁长期坚持."),
    F("weak-leadership", None, "The town Party secretary 严国栋 is 第一责任人, leads the group, 直接督办 two problems and owns two items."),
    F("no-disclosure", None, "Published on the town government site and village boards with a 监督电话."),
    F("inconsistent-claim", None, "No totals for this round; the 上轮 items' statuses (two 正在推进) match their text."),
], links=[
    L("苎湾镇特色产业发展规划", 1), L("120万元已全部拨付到项目", 2), L("无法补齐的4.8万元由相关村干部退回", 3),
    L("镇机关食堂停止对外接待", 4), L("清运2条河道沿岸垃圾186吨", 6), L("镇机关启用人脸识别考勤", 7),
    L("除紧急情况外不得临时动议", 8)])

# p10 县农业农村局: 衔接资金专项巡察, GB18030 feedback organised by project (项目一/二/三 + 资金监管面上), 1. 2. restarting,
# the same heading 验收把关不严 under two projects; report as a task breakdown "任务N-M：… 时间节点；责任人；进展".
G["p10"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("copied-measure", 4, "任务4-1 repeats the feedback's own words for 项目二 (工程量按施工单位报送数量计算，验收组没有现场复核) inside 严格…把关，确保…真实准确…认真整改到位; the 14.3万 overstatement is neither recovered nor checked, yet 已完成."),
    F("no-deadline", 6, "Both tasks for the slow disbursement have 时间节点：视县财政资金调度情况确定, which is no time limit."),
    F("no-accountability", 5, "7 ineligible households (3 relatives of village cadres) repaid 2.1万 and the rules were tightened, but no village or township reviewer is dealt with, although the feedback's 整改要求 demands 对…审核不实的有关人员严肃追究责任."),
], must_not_flag=[
    F("repeated-measure", 2, "#2 and #4 share a feedback heading (验收把关不严) but their answers differ: machines supplied and people disciplined for #2; #4's gap is the copied text."),
    F("no-accountability", 2, "The acceptance group leader received 诫勉谈话, two members 批评教育."),
    F("no-owner", 6, "彭立 is named; the gap is the time."),
    F("no-deadline", 1, "2026年4月30日, a future date beside 正在推进."),
    F("no-mechanism", 3, "制定《县衔接资金项目变更管理规定》."),
    F("no-mechanism", 5, "修订《县到户产业发展奖补实施细则》; the gap on #5 is accountability."),
    F("no-mechanism", 7, "制定《县衔接资金项目库管理办法》."),
    F("weak-leadership", None, "党组书记、局长罗志诚 is 第一责任人, leads the group, fortnightly 调度."),
    F("no-disclosure", None, "To be published in the 乡村振兴 column of the bureau site with a 监督电话."),
    F("inconsistent-claim", None, "14 tasks, 11 done + 3 正在推进 (1-2, 6-1, 6-2); 3 rules: all agree."),
    F("late-report", None, "Feedback 2025-10-28, report 2026-01-20: 84 days."),
], links=[
    L("年租金6万元全部作为村集体收入", 1), L("缺少的2台揉捻机已由供货商补齐", 2), L("补办项目变更报批手续", 3),
    L("严格项目验收把关", 4), L("奖补资金2.1万元已全部追回", 5), L("建立衔接资金支出进度周通报制度", 6),
    L("论证不通过的3个项目已移出项目库", 7)])

for p, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, p, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
print("wrote", len(G))
