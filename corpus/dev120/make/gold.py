"""Write p01..p10/gold.json (dev-pairs gold format) for dev120. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev108/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, and the problem × kind pairs left without a no-mechanism / no-owner / no-deadline judgement are listed with a
reason in check.py's UNJUDGED. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


def nf(kind, issues, why):
    """the same must_not_flag reason for several problems"""
    return [F(kind, i, why) for i in issues]


G = {}

# p01 蔊阳县大数据发展中心党支部 (county round). Feedback: formal 反馈意见, areas （一）–（三） with continuous 1．–10．;
# 二、整改意见 （一）–（四） are not problems. Report (DOCX): prose items 关于“…”的问题 without owners or dates, a closing
# 三、建章立制情况 naming the rules by problem number, and an annex Word-table 台账 where owners and dates are given.
# GOOD REPORT.
G["p01"] = dict(issues=10, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "书记、主任邝令仪 heads the 领导小组 as 第一责任人, 直接部署/过问, 直接督办 #3 and #5; 6 支委会 and a 专题组织生活会."),
    F("late-report", None, "Feedback 2025-03-12, report 2025-06-04: 84 days."),
    F("no-disclosure", None, "四、四是: the report is to be published in the 县政府门户网站 “巡察整改” column, with a 监督电话."),
    F("inconsistent-claim", None, "8 done + #1 and #10 in progress = 10, and the table's 整改成效 column says the same; “8项” rules = the eight named in 三、."),
    F("no-mechanism", 1, "The item sets a yearly March update; 三、 adds 《政务数据共享管理办法》."),
    F("no-mechanism", 2, "Provider review is a required step in the platform; 《政务数据共享管理办法》 in 三、."),
    F("no-mechanism", 3, "The repeat problem gets the 运维服务考核办法 promised last round, tied to payment."),
    F("no-mechanism", 4, "Rule only in the closing section: 《中心采购内部管理规定》 (the item also sets 比价 and 集体研究)."),
    F("no-mechanism", 5, "Only in the closing section: the revised 《网络安全责任制实施细则》 with quarterly checks."),
    F("no-mechanism", 6, "Only in the closing section: 《固定资产和项目档案管理办法》."),
    F("no-mechanism", 7, "Only in the closing section: 《党支部组织生活记录管理规定》."),
    F("no-mechanism", 8, "Only in the closing section: 《网站和新媒体信息发布审核制度》."),
    F("no-mechanism", 9, "Only in the closing section: 《专业技术人员教育培训管理办法》."),
    F("no-mechanism", 10, "Only in the closing section: 《固定资产和项目档案管理办法》, besides naming 综合科 as the owner of the archive."),
    *nf("no-owner", range(1, 11), "The prose names nobody per item, but the annex table's 责任领导 and 责任部门 columns name a leader and a 科 for every row."),
    F("no-deadline", 1, "Table: 2025年7月31日 (and 四、一是)."),
    F("no-deadline", 2, "Table: 立行立改, 已完成."),
    F("no-deadline", 3, "Table: 2025年4月30日."),
    F("no-deadline", 4, "Table: 2025年4月30日."),
    F("no-deadline", 5, "Table: 2025年5月31日."),
    F("no-deadline", 6, "Table: 2025年5月31日."),
    F("no-deadline", 7, "Table: “2025年4月30日前建立归档制度，此后长期坚持” — a date plus a standing duty."),
    F("no-deadline", 8, "Table: 立行立改, 已完成."),
    F("no-deadline", 9, "Table: 2025年4月15日."),
    F("no-deadline", 10, "Table: 2025年12月31日 (and 四、二是)."),
    F("no-accountability", 2, "The platform administrator who opened unreviewed interfaces was 批评教育."),
    F("no-accountability", 3, "The 分管副主任 made a 检查 at the 专题组织生活会 for the unkept promise; 4.6万 was deducted."),
    F("no-accountability", 5, "The two staff responsible for the exploited systems were 批评教育 and the matter notified."),
    F("repeated-measure", 1, "三、 names one rule for #1 and #2 in one clause; the items themselves differ."),
    F("repeated-measure", 2, "Same shared rule clause; not a pasted measure."),
    F("vague-measure", 8, "Short but concrete: three-level review in force, two wrong items corrected with a notice."),
    F("copied-measure", 8, "The heading restates the problem; the answer is acts, not the problem's words."),
], links=[
    L("从共享目录中删除已撤并部门4个", 1), L("新编入数据17类", 1), L("制定《政务数据共享管理办法》", 1),
    L("制定《政务数据共享管理办法》", 2), L("对41件未经审核开通的接口逐件补办审核手续", 2),
    L("对未经审核即开通接口的平台管理员进行了批评教育", 2),
    L("出台运维服务考核办法", 3), L("按合同约定扣减运维费4.6万元", 3),
    L("对2024年7项自行询价的服务采购逐项复核价格", 4), L("制定《中心采购内部管理规定》", 4),
    L("清理弱口令账号64个", 5), L("对负责相关系统的2名工作人员进行批评教育", 5), L("修订《网络安全责任制实施细则》", 5),
    L("23台（套）账实不符的设备已全部调账", 6), L("制定《固定资产和项目档案管理办法》", 6),
    L("制定2025年党支部组织生活计划", 7), L("2篇错误稿件已更正并发布说明", 8),
    L("制定2025年度专业技术人员培训计划", 9), L("制定《专业技术人员教育培训管理办法》", 9),
    L("明确综合科为项目档案归口管理科室", 10), L("制定《固定资产和项目档案管理办法》", 10)])

# p02 蕺川县人民医院后勤保障部党支部 (院党委 院内巡察). Feedback: HTML news page on the hospital site, three paragraphs
# “在…方面，一是…” restarting → 3 + 4 + 3; 满怀瑾's 一要…三要 and the 部长's 表态 are not problems. Report (UTF-8, CRLF):
# covering text + the 整改台账 turned into text, ten 【N】 blocks of seven field lines.
G["p02"] = dict(issues=10, unanswered=[], must_flag=[
    F("no-deadline", 4, "Block 4's 完成时限 line is empty, and the 补充协议 that makes the deductions binding is “正在协商中”."),
    F("no-deadline", 5, "Only “长期坚持”, although the concrete task — getting the missing records of five lifts — is unfinished (“已补交部分记录，正在推进”)."),
    F("no-mechanism", 6, "“出入库无人复核” asks for a check, but the answer is a one-off 盘点 and back-filled entries: no 签收, 复核 or rule, while every other system problem here gets one."),
    F("vague-measure", 8, "The whole 整改措施 is slogans (提高思想认识…增强…自觉性…严格落实…不断提升); nothing on the five minutes written up at year end, yet marked 已完成."),
], must_not_flag=[
    F("weak-leadership", None, "书记、部长乜青禾 leads the 整改工作小组 as 第一责任人, sets the plan, 直接督办 #3 and #6, weekly progress."),
    F("late-report", None, "Feedback 2025-04-16, report 2025-07-10: 85 days."),
    F("no-disclosure", None, "三、三是: published on the hospital 内网 “巡察整改” column for all staff, with a phone — the audience the requirement named."),
    F("inconsistent-claim", None, "7 done (#1 #2 #3 #6 #7 #8 #9) + #4 #5 #10 in progress = 10; 7 rules named or amended."),
    *nf("no-owner", range(1, 11), "Every block has 责任领导 and 责任部门 lines."),
    F("no-deadline", 1, "A month: “完成时限：2025年6月”."),
    F("no-deadline", 2, "2025年5月31日."),
    F("no-deadline", 3, "立行立改, with the start date 4月17日."),
    F("no-deadline", 6, "2025年5月15日 (the gap there is the mechanism)."),
    F("no-deadline", 7, "2025年6月30日."),
    F("no-deadline", 9, "2025年6月30日."),
    F("no-deadline", 10, "2025年8月31日, with the second re-test in August."),
    F("no-mechanism", 1, "The revised 《医用气体安全管理制度》."),
    F("no-mechanism", 2, "Confirmation in the system before payment; 《零星维修工单管理规定》."),
    F("no-mechanism", 3, "The repeat problem gets three-party checks and 《食堂食材验收管理办法》."),
    F("no-mechanism", 4, "The revised 《物业服务质量考核办法》 with deductions (the gap there is the deadline)."),
    F("no-mechanism", 5, "Monthly record checks written into 《特种设备安全管理制度》 (the gap there is the deadline)."),
    F("no-mechanism", 7, "设备动力科 named the owner and 《能耗统计分析制度》."),
    F("no-mechanism", 9, "《后勤关键岗位轮岗实施办法》."),
    F("no-mechanism", 10, "A 持证台账 with reminders, under the 特种设备 rule."),
    F("no-accountability", 2, "The 维修班班长 was 批评教育."),
    F("no-accountability", 3, "The former 验收员 was moved and the 食堂管理员 made a 检查."),
    F("repeated-measure", 10, "#5 and #10 both mention the 特种设备 rule, but the measures differ (records vs. certificates)."),
], links=[
    L("修订《医用气体安全管理制度》", 1), L("对2024年219单未确认工单逐单回访核实", 2), L("对审核把关不严的维修班班长进行批评教育", 2),
    L("取消送货员代签", 3), L("原验收员调整岗位", 3), L("修订《物业服务质量考核办法》", 4),
    L("4月考核已对保洁服务扣减服务费0.62万元", 4), L("督促电梯维保单位补齐5部电梯缺失的维保记录", 5),
    L("对1.8万元盘点差异逐笔追查", 6), L("明确设备动力科为能耗管理归口科室", 7), L("住院部地下管网漏水", 7),
    L("切实增强规范开展组织生活的自觉性", 8), L("制定《后勤关键岗位轮岗实施办法》", 9),
    L("立即停止2名操作证过期电工的独立作业", 10), L("建立特种作业人员培训持证台账", 10)])

# p03 藟溪县栎塘镇民政服务站 (县委 民生领域专项巡察). Feedback: DOCX, bold areas 一、二、三、 with RESTARTING 1．
# → 3 + 4 + 3; 四、整改要求 （一）–（三） and the 移交 line are not problems. Report (GB18030): “我站” prose, items
# （N）关于…的问题 with 一是…, owners in brackets or prose for some items only, a slogan closing.
G["p03"] = dict(issues=10, unanswered=[], must_flag=[
    F("weak-leadership", None, "Nobody leads: no 领导小组, no 第一责任人, no word of the 镇党委 or its 书记, though 整改要求（一） named them; the report speaks only as “我站”."),
    F("no-owner", 1, "Eleven households stopped and a quarterly check set up, but no person or post is made responsible; “站里工作人员会同村民政协理员” only says who visits."),
    F("no-owner", 4, "The 0.54万 gap with the bank and the new monthly reconciliation have no one named."),
    F("no-owner", 6, "Payments to two dead people stopped, money recovered, a monthly data comparison set up — no one named."),
    F("no-mechanism", 3, "The repeat problem: last round's fix was to fill in forms and this one is the same (补齐评估表，今后按要求及时完善档案); nothing stops it happening a third time."),
    F("no-mechanism", 5, "The problem is the lack of any written 工作规程; the answer is an oral re-assignment and “进一步健全长效机制，规范工作流程” — the slogan stands in for the rule."),
    F("copied-measure", 7, "The answer turns the problem's own words into 要/不能 sentences (村级公示栏…不能只在镇政府院内张贴…不能事后补拍): no notice re-posted, no check."),
], must_not_flag=[
    F("late-report", None, "Feedback 2024-10-22, report 2025-01-15: 85 days."),
    F("no-disclosure", None, "三、三是: 整改情况已在镇政务公开栏公示, with a 监督电话."),
    F("inconsistent-claim", None, "7 done + 3 in progress (#3 #4 #9, each dated) = 10; 3.08万 = 2.37 + 0.71."),
    F("no-owner", 2, "责任人：站长庹春林 in brackets."),
    F("no-owner", 3, "“此项工作由经办人卞小满负责”."),
    F("no-owner", 5, "站长庹春林 made the re-assignment himself (the gap there is the rule)."),
    F("no-owner", 7, "责任人：站长庹春林 (the gap there is the copied text)."),
    F("no-owner", 8, "党小组长周叶安 keeps the record."),
    F("no-owner", 9, "站长庹春林 organises the training."),
    F("no-owner", 10, "责任人：站长庹春林."),
    F("no-deadline", 1, "Done: stopped “于2024年11月底前”."),
    F("no-deadline", 2, "时限：立行立改."),
    F("no-deadline", 3, "2025年2月底前完成 (the gap there is the mechanism)."),
    F("no-deadline", 4, "2025年2月底前查清."),
    F("no-deadline", 6, "Done: recovered “于2024年10月底前”."),
    F("no-deadline", 7, "时限：立行立改."),
    F("no-deadline", 8, "2025年1月起执行, monthly."),
    F("no-deadline", 9, "The March 2025 course."),
    F("no-deadline", 10, "时限：2024年12月31日."),
    F("no-mechanism", 1, "A quarterly home-visit check with double signatures."),
    F("no-mechanism", 2, "《临时救助审批操作规程》 with three-level approval."),
    F("no-mechanism", 4, "A monthly reconciliation with the bank's records."),
    F("no-mechanism", 6, "A monthly comparison with 户籍 and 火化 data."),
    F("no-mechanism", 10, "A new risk table with measures, updated every January."),
    F("unanswered-issue", 5, "Answered, if weakly: the re-assignment is a real act; the gap is the missing rule."),
    F("no-accountability", 9, "Staff untrained: nobody did wrong."),
], links=[
    L("已于2024年11月底前全部停发低保金", 1), L("建立低保对象季度入户核查制度", 1),
    L("对15件缺少村级评议的临时救助逐件补做评议", 2), L("制定《临时救助审批操作规程》", 2),
    L("组织对9份缺少评估材料的档案逐人补做生活自理能力评估", 3), L("对3户差额逐户核对", 4), L("建立救助资金每月对账制度", 4),
    L("对站内3名工作人员的分工重新作了安排", 5), L("2名已去世人员的补贴已停发", 6),
    L("建立每月与县公安局户籍、殡葬管理所火化信息比对的机制", 6), L("今后低保公示要在村级公示栏张贴", 7),
    L("镇机关第三党小组已制定2025年活动计划", 8), L("报名参加县民政局2025年3月举办的社会救助业务培训", 9),
    L("重新排查低保审核、资金发放、物资管理等环节的风险点12个", 10)])

# p04 蒴山县农村信用合作联社岚口信用社党支部 (联社党委巡察). Feedback (UTF-16 LE): the 组长's speech, problems 第一，…第十，;
# the 原因 paragraph, 一要…三要 and the 移交 / 三个月内 sentences are not problems. Report (UTF-8): 问题一：…问题九： with
# 整改措施/责任人/完成时限/整改情况 lines in feedback order but without #8, so from 问题八 on the report's numbers are one
# behind; a closing 三、建章立制情况 lists five rules.
G["p04"] = dict(issues=10, unanswered=[8], must_flag=[
    F("unanswered-issue", 8, "第八 (security: 30-day video retention, 14 days of night-watch log blank) is never answered: nothing on 安全保卫, 监控 or 值守 anywhere."),
    F("no-accountability", 6, "The speech found one 信贷员 with money dealings with two of his borrowers; the answer adds 承诺书 and flow checks for all staff but says nothing of that employee, though the requirements asked the 信用社 to 查清事实、依规处理 this case."),
    F("no-mechanism", 5, "The out-of-date 信用户评定细则 is only listed as problems and “下一步将研究制定新的…办法”; no rule is made or revised, and it is absent from the five rules in 三、."),
    F("no-deadline", 4, "“完成时限：持续推进” for seven named bad loans of 138万 with one owner each: no date for any of them."),
    F("no-deadline", 5, "“完成时限：视联社统一部署” is not a time limit."),
], must_not_flag=[
    F("weak-leadership", None, "书记、主任詹鹤年 heads the 领导小组 as 第一责任人, 4 支委会, fortnightly reports on two items, a 专题组织生活会."),
    F("late-report", None, "Feedback 2025-02-19, report 2025-05-13: 83 days."),
    F("no-disclosure", None, "四、: 营业大厅公示栏 and the 联社微信公众号, with a 监督电话."),
    F("no-mechanism", 1, "Photos and checks made required fields; the revised 《农户贷款贷前调查操作规范》."),
    F("no-mechanism", 2, "Rule only in the closing section: 《信贷岗位分离和授权管理办法》 (the item re-divides the posts)."),
    F("no-mechanism", 3, "Post-loan checks tied to monthly performance assessment."),
    F("no-mechanism", 4, "Rule only in the closing section: 《不良贷款包收责任管理办法》 with re-assignment within 10 days (the gap there is the deadline)."),
    F("no-mechanism", 6, "Quarterly flow checks and 《员工账户流水核查办法》 (the gap there is accountability)."),
    F("no-mechanism", 7, "监交 by the 会计主管 and the revised 《重要空白凭证管理实施细则》."),
    F("no-mechanism", 10, "Every compliance course now ends in a closed-book exam recorded in the file."),
    *nf("no-owner", (1, 2, 3, 4, 5, 6, 7, 9, 10), "Every item has a 责任人 line (a post, a 股 or a person)."),
    F("no-deadline", 1, "2025年4月30日."),
    F("no-deadline", 2, "立行立改."),
    F("no-deadline", 3, "2025年6月30日."),
    F("no-deadline", 6, "2025年4月30日."),
    F("no-deadline", 7, "立行立改."),
    F("no-deadline", 9, "2025年3月31日."),
    F("no-deadline", 10, "2025年3月31日."),
    F("no-accountability", 2, "The 主任 who both investigated and approved made a 检查 at the 专题组织生活会."),
    F("unanswered-issue", 9, "Answered as the report's 问题八 (the number is shifted by one)."),
    F("unanswered-issue", 10, "Answered as the report's 问题九."),
], links=[
    L("对抽查中调查报告雷同的31笔贷款逐笔重新实地调查", 1), L("修订《农户贷款贷前调查操作规范》", 1),
    L("调整信贷岗位分工，主任不再担任调查人", 2), L("制定《信贷岗位分离和授权管理办法》", 2),
    L("对42笔无检查记录的贷款全部开展贷后检查", 3), L("对7笔、138万元不良贷款逐笔重新明确包收责任人", 4),
    L("制定《不良贷款包收责任管理办法》", 4), L("形成问题清单报联社信贷管理部", 5),
    L("组织全体员工重新签订廉洁从业承诺书", 6), L("制定《员工账户流水核查办法》", 6),
    L("漏登的11次领用已据实补登", 7), L("修订《重要空白凭证管理实施细则》", 7),
    L("党务会议单独召开、单独记录", 9), L("合规培训后一律组织闭卷考试", 10)])

# p05 蓂城县地震监测中心党支部 (县应急管理局党委巡察). Feedback (UTF-8, CRLF): 问题清单 问题1：…问题9： + 具体表现：;
# 整改要求 1．–3． are not problems. Report (DOCX, landscape): short prose, a Word-table 台账 of 9 rows × 7 columns, a
# closing 建章立制 paragraph. LATE.
G["p05"] = dict(issues=9, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2024-11-06 with a 三个月 limit (2025-02-06); the report is dated 2025-03-03: 117 days."),
    F("copied-measure", 3, "Row 3's 整改措施 turns the problem back into a vow (加强值班纪律…杜绝夜班脱岗、无人签到和值班电话无人接听) — the very “表态” the feedback said replaced action last round."),
    F("no-mechanism", 3, "A repeat problem answered again with a vow: no sign-in, 查岗 or duty rule, though 整改要求2 asked for 管用的措施."),
    F("no-owner", 7, "Row 7's 责任领导 and 责任部门 cells are empty; every other row names a leader or at least a department."),
    F("no-owner", 9, "Row 9 names only “中心” as leader and department: the contracts nobody managed still have nobody."),
], must_not_flag=[
    F("weak-leadership", None, "书记、主任甄朔风 heads the 领导小组, 负总责, 第一责任人, 5 支委会, 2 site visits."),
    F("no-disclosure", None, "四、三是: to be published on the 县应急管理局网站 after review."),
    F("inconsistent-claim", None, "6 done + #5 #6 #9 in progress = 9, matching the table's 整改成效 column; 3 rules named."),
    F("no-mechanism", 1, "The revised 《监测台站巡检管理办法》 with new record fields and monthly reporting."),
    F("no-mechanism", 2, "《前兆观测数据异常核实处置规程》 with a 24-hour rule."),
    F("no-mechanism", 4, "《仪器设备采购验收管理办法》 with a three-person panel."),
    F("no-mechanism", 5, "Science-outreach money brought into the yearly budget."),
    *nf("no-owner", (1, 2, 3, 4, 5, 6, 8), "The table's 责任领导 / 责任部门 cells name a leader and a department."),
    F("no-deadline", 1, "2024年12月31日."),
    F("no-deadline", 2, "2025年1月31日."),
    F("no-deadline", 3, "立行立改 (the gap there is the copied text)."),
    F("no-deadline", 4, "2025年1月15日."),
    F("no-deadline", 5, "2025年5月12日, the 防灾减灾日 event."),
    F("no-deadline", 6, "2025年6月30日 for the revised plan."),
    F("no-deadline", 7, "2025年1月31日 (the gap there is the owner)."),
    F("no-deadline", 8, "2025年1月31日."),
    F("no-deadline", 9, "2025年6月30日 (the gap there is the owner)."),
    F("no-accountability", 8, "No conversations held: a work failing."),
], links=[
    L("对山口、柳湾台站补做全面巡检", 1), L("对2024年12次无记录的数据异常逐次回溯核实", 2),
    L("进一步加强值班纪律，严格落实夜间值班制度", 3), L("型号不符的1台测震仪已由供货商更换", 4),
    L("2025年起科普经费纳入年度部门预算", 5), L("起草县地震应急预案修订稿", 6), L("台站巡检用车一律填写派车单", 7),
    L("制定2025年谈心谈话计划", 8), L("对3个到期合同逐一与出租方协商", 9)])

# p06 蘼台县柘坪镇林业工作站党支部 (县林业局党组巡察). Feedback: HTML news page (GB18030) with full-width numbered
# paragraphs １．–１０．; the 副局长's 要求 and the 站长's 表态 are not problems. Report (UTF-8): public 进展通报; owners
# only in the preamble's 分工 by problem number, the deadline only in one preamble sentence (excluding #3); items （N）关于
# with 一是…; one paragraph pasted under #7 and #9.
G["p06"] = dict(issues=10, unanswered=[], must_flag=[
    F("repeated-measure", 7, "（七）'s whole answer is the boilerplate paragraph also pasted under （九）; nothing on late 松材线虫病 data."),
    F("repeated-measure", 9, "（九） is the same pasted paragraph; nothing on the 主题党日."),
    F("inconsistent-claim", None, "“10个问题已全部整改完成”, yet （一）'s 轨迹核查 “正在调试”, （三）'s five machines are still being traced, and the preamble itself excludes #3 from the deadline."),
    F("no-deadline", 3, "The preamble sets 2025年7月31日 for every problem “除第3项…外”, and （三） gives no date for finding the five 风力灭火机."),
], must_not_flag=[
    F("weak-leadership", None, "书记、站长佘柏舟 is 第一责任人, 负总责, approves the plan, weekly 推进会; 分工 by number."),
    F("late-report", None, "Feedback 2025-05-20, 通报 2025-08-12: 84 days."),
    F("no-disclosure", None, "A public 通报 on the 县林业局网站 and the 镇政务公开栏, with phone and address."),
    *nf("no-owner", range(1, 11), "Owners given only in the preamble, by problem number (郜晓棠 1、6、7; 沈牧之 2、4、5、10; 佘柏舟 3、8、9)."),
    *nf("no-deadline", (1, 2, 4, 5, 6, 7, 8, 9, 10), "Given only in the preamble: “其余问题均要求于2025年7月31日前整改到位”."),
    F("no-mechanism", 1, "《生态护林员巡护考核办法》 ties pay to the tracks."),
    F("no-mechanism", 2, "Field checks by two staff, written into 《林业站业务审核工作规程》."),
    F("no-mechanism", 3, "A quarterly stock-take signed by the head (the gap there is the deadline)."),
    F("no-mechanism", 4, "Written opinions required, in the same 规程."),
    F("no-mechanism", 6, "《生态护林员选聘管理办法》."),
    F("no-mechanism", 8, "Posts separated and 《林业站财务报账审核制度》."),
    F("no-mechanism", 10, "Filing within 10 working days after each case."),
    F("no-accountability", 8, "Unreviewed claims checked afterwards, none improper: a control failing."),
], links=[
    L("对不能说明巡护情况的3名护林员扣回补助0.84万元", 1), L("制定《生态护林员巡护考核办法》", 1),
    L("对6份没有现场查验记录的采伐许可逐份补做现场查验", 2), L("对全部防火物资重新盘点，按实有数量更新台账", 3),
    L("建立防火物资每季度盘点制度", 3), L("逐件补写书面初审意见并归档", 4), L("对公示时间不足的4个村重新公示", 5),
    L("制定《生态护林员选聘管理办法》", 6), L("组织全站干部职工深入学习习近平生态文明思想", 7), L("报账员不再经办采购", 8),
    L("组织全站干部职工深入学习习近平生态文明思想", 9), L("将2023年以来调处的11件林权纠纷材料从经办人处全部收回", 10)])

# p07 葎岭县医疗纠纷人民调解委员会党支部 (县司法局党组巡察). Feedback (GB18030, CRLF): formal 反馈意见, （一）–（十）
# heading。detail lines; 二、整改意见 （一）–（四） are not problems. Report (UTF-16 LE): internal report to the 局党组,
# items （N）关于…的问题 with 整改措施： and a bracket （责任人：…；完成时限：…） that is partly or wholly missing in three
# items; nothing published.
G["p07"] = dict(issues=10, unanswered=[], must_flag=[
    F("no-disclosure", None, "The report goes to the 局党组 only; nothing is or will be published, though 整改意见（四） required 公开. The 公示栏 in （十） posts the mediation procedures, not the rectification."),
    F("no-owner", 6, "（六）, the problem of a task nobody owned, is answered with a future 对接机制 and a date but no 责任人 at all."),
    F("no-deadline", 4, "（四）'s bracket has a 责任人 but no 完成时限; the 21 unfiled cases are to be filed “逐步”, on a problem already promised last round."),
    F("no-deadline", 7, "（七） has no time limit for the catch-up visits."),
    F("no-mechanism", 5, "No fee standard is set: after counting past payments the answer says the fees “将严格把关、规范发放”, while the problem is precisely the lack of a written standard and collective decision."),
], must_not_flag=[
    F("weak-leadership", None, "书记、主任冼同尘 heads the 领导小组, 负总责, 3 推进会, 当面督办 two items."),
    F("late-report", None, "Feedback 2025-01-08, report 2025-03-31: 82 days (the feedback's own limit is 2025-04-08)."),
    F("inconsistent-claim", None, "6 done + 4 in progress (#4 #6 #7 #9) = 10; four rules (登记规范, 协议审核制度, 聘用考核办法, revised 案卷管理制度); 12 cases registered, 3 agreements corrected."),
    *nf("no-owner", (1, 2, 3, 4, 5, 8, 9, 10), "The bracket names a 责任人."),
    F("no-owner", 7, "“责任人：各承办调解员” — each case's mediator, a named role."),
    F("no-deadline", 1, "2025年2月28日."),
    F("no-deadline", 2, "立行立改."),
    F("no-deadline", 3, "2025年3月15日."),
    F("no-deadline", 5, "2025年2月28日 (the gap there is the mechanism)."),
    F("no-deadline", 6, "2025年3月31日 (the gap there is the owner)."),
    F("no-deadline", 8, "立行立改."),
    F("no-deadline", 10, "2025年2月15日."),
    F("no-mechanism", 1, "《医疗纠纷受理登记规范》: no mediation before registration."),
    F("no-mechanism", 2, "《调解协议审核制度》 with expert review above 5万."),
    F("no-mechanism", 3, "《专职调解员聘用考核办法》."),
    F("no-mechanism", 4, "The repeat problem gets a named filing clerk and the revised 《案卷管理制度》 (the gap there is the deadline)."),
    F("no-mechanism", 7, "Return-visit rate counted in the yearly assessment."),
    F("no-mechanism", 8, "Two signatures required before any claim is paid."),
    F("no-accountability", 2, "Three wrong agreements corrected: an error of work, no misconduct."),
], links=[
    L("对12件未登记的案件逐件补登记", 1), L("1份由医疗机构补付差额0.46万元", 2), L("制定《调解协议审核制度》", 2),
    L("已完成8名专职调解员2024年度考核", 3), L("由内勤人员逐件整理", 4), L("修订《案卷管理制度》", 4),
    L("对2023年以来发放的专家咨询费进行了梳理", 5), L("将与县医疗责任保险共保体建立理赔对接机制", 6),
    L("开展补充回访", 7), L("14张缺少审批人签字的报销单据已补办审批手续", 8), L("3名党员均已作出书面说明", 9),
    L("在全县12家二级以上医疗机构和医调委办公场所的公示栏张贴", 10)])

# p08 苜阳县种猪场有限公司党支部 (县国资委党委巡察). Feedback: DOCX, problems in a Word table (序号/问题类别/问题表现),
# 9 rows; 整改要求 一是…四是 and the 移交 line are not problems. Report: public HTML 通报 on the 国资委 site with 索引号;
# （N）问题：/整改情况：… 责任人：；完成时限：; closing 三、建章立制 naming seven rules by problem. GOOD REPORT.
G["p08"] = dict(issues=9, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "书记、董事长殷乔木 heads the 领导小组, 第一责任人, 直接督办 #2 and #4; three lists and a ledger; 5 支委会."),
    F("late-report", None, "Feedback 2025-06-11, 通报 2025-09-02: 83 days."),
    F("no-disclosure", None, "A public 通报 (主动公开) on the 国资委 site with phone, e-mail and address."),
    F("inconsistent-claim", None, "7 done + #1 #9 in progress = 9; 7 rules; 2 people dealt with (销售主管, 台账管理员); 2.1万 recovered."),
    F("no-mechanism", 1, "The revised 《生物安全管理制度》."),
    F("no-mechanism", 2, "Collective pricing in the item; the rule 《种猪销售价格管理办法》 only in 三、."),
    F("no-mechanism", 3, "Re-weighing with two signatures; 《饲料采购入库管理规定》 only in 三、."),
    F("no-mechanism", 4, "Monthly matching with the receipts; the revised 处理制度 in 三、."),
    F("no-mechanism", 5, "Only in the closing section: 《生产统计管理办法》 (the item names the owning department)."),
    F("no-mechanism", 6, "Legal review made a required step; 《合同管理办法》."),
    F("no-mechanism", 7, "Only in the closing section: the revised 《安全生产责任制》 (the item sets weekly and half-yearly checks)."),
    F("no-mechanism", 9, "A 2025—2027 training plan and a school agreement."),
    *nf("no-owner", range(1, 10), "Every item ends with “责任人：…” (a post and a name)."),
    *nf("no-deadline", range(1, 9), "Every item ends with a dated or 立行立改 “完成时限”."),
    F("no-deadline", 9, "“2025年12月31日前完成首批培养，此后长期坚持” — a year-end date plus a standing duty."),
    F("no-accountability", 2, "The former 销售主管 was moved and given 诫勉谈话."),
    F("no-accountability", 4, "The ledger keeper was 批评教育."),
    F("copied-measure", 5, "Each item restates the problem as “问题：…”; the 整改情况 that follows is acts."),
], links=[
    L("增加车辆洗消、人员隔离和生产区分区管理等内容", 1), L("在场区入口新建车辆洗消点", 1),
    L("种猪销售价格改由价格工作小组集体研究确定", 2), L("原销售主管已调整工作岗位", 2), L("制定《种猪销售价格管理办法》", 2),
    L("饲料入库一律在公司地磅复秤", 3), L("已向供应商追回货款2.1万元", 3), L("制定《饲料采购入库管理规定》", 3),
    L("查明38头差异中有31头为回执漏开", 4), L("对台账管理员进行批评教育", 4),
    L("明确生产部为生产数据统计归口部门", 5), L("制定《生产统计管理办法》", 5), L("聘请常年法律顾问", 6),
    L("7月已完成首次检测，整改隐患6处", 7), L("修订《安全生产责任制》", 7), L("在支部党员大会上重新述职", 8),
    L("与县农业职业学校签订定向培养协议", 9)])

# p09 茈川县工伤保险服务中心党支部 (县人社局党组巡察). Feedback (UTF-8): the 组长's speech, three paragraphs “从…看，一是…”
# restarting → 4 + 4 + 3; 一要…三要 and the 移交 sentence are not problems. Report (GB18030, CRLF): covering text, a
# ｜-separated 整改台账 of 11 rows × 7 fields, a closing 建章立制 list. LATE.
G["p09"] = dict(issues=11, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2024-09-24 with a 三个月 limit; the report is dated 2025-01-20: 118 days."),
    F("no-mechanism", 3, "Benefits fixed without checking payrolls: the six cases are re-assessed, but nothing makes wage records a required check next time."),
    F("no-mechanism", 5, "The repeat problem: the 细则 made last round was never applied, and the answer is to “重新学习” it and sit a test — no check that it is applied, no system control."),
    F("no-owner", 7, "Row 7, the archive nobody owned, has “—” as 责任领导 and 责任科室: the problem is answered without naming the owner it lacked."),
    F("no-accountability", 5, "2.1万 paid twice is recovered, but nobody who approved the duplicates is held to account, though 一要…三要 asked to 查清责任 for fund losses."),
    F("vague-measure", 11, "Row 11 is slogans only (切实转变…牢固树立…不断提升…努力让群众满意): nothing on the 11 complaints or the “来回跑”."),
], must_not_flag=[
    F("weak-leadership", None, "书记、主任蒲含章 heads the 领导小组 as 第一责任人, 6 支委会, 直接督办 #5 and #6."),
    F("no-disclosure", None, "四、: published on the 县人社局门户网站, with a 监督电话."),
    F("inconsistent-claim", None, "9 done + #7 #11 in progress = 11; 5.58万 = 3.27 + 2.1 + 0.21; five rules listed."),
    F("no-mechanism", 1, "A deadline alert in the system; 《工伤认定时限管理办法》."),
    F("no-mechanism", 2, "Registered or hand delivery with receipts; the revised 《劳动能力鉴定工作规程》 in 三、."),
    F("no-mechanism", 4, "On-site checks before settlement; 《工伤预防项目管理和结算办法》."),
    F("no-mechanism", 6, "Separate posts and accounts; 《工伤保险基金支付复核管理规定》."),
    F("no-mechanism", 8, "A monthly assessment agreement with the contractor, and the deduction."),
    F("no-mechanism", 10, "《关键岗位轮岗交流实施办法》 and a rotation ledger."),
    *nf("no-owner", (1, 2, 3, 4, 5, 6, 8, 9, 10, 11), "The row names a leader and a 科."),
    *nf("no-deadline", (1, 2, 3, 4, 5, 8, 10), "The row's 完成时限 is a date."),
    F("no-deadline", 6, "立行立改."),
    F("no-deadline", 7, "2025年3月31日 (the gap there is the owner)."),
    F("no-deadline", 9, "A month: 2025年1月."),
    F("no-accountability", 10, "Rotation not done: a personnel failing, now rotated."),
], links=[
    L("在业务系统中设置认定时限预警", 1), L("制定《工伤认定时限管理办法》", 1), L("鉴定结论一律以挂号信或当面送达", 2),
    L("6件核定基数偏高的已重新核定", 3), L("核减不实人数86人", 4), L("对重复报销的3笔2.1万元已全部追回", 5),
    L("经办岗与复核岗分设", 6), L("对三个科室的档案进行清理", 7), L("按合同扣减运维费1.2万元", 8),
    L("制定2025年支部学习计划", 9), L("在待遇核定岗位超过8年的2人已轮岗到其他科室", 10), L("切实转变工作作风", 11)])

# p10 菥城县枞岗镇综治中心 (县委 平安建设领域专项巡察). Feedback: HTML news page on the 纪委监委 site, paragraphs
# “1．heading。detail” (9); the 县委政法委 leader's requirements and the 书记's 表态 are not problems. Report (DOCX): items
# 关于“…”的问题 in another order (3,1,2,4,5,6,7,9) with 一是…, #8 never answered; an annex Word table with owners and dates.
G["p10"] = dict(issues=9, unanswered=[8], must_flag=[
    F("inconsistent-claim", None, "“已完成整改8个，第7个问题正在推进”, but the table marks #2, #4 and #7 正在推进, （四） still has 12 points under repair, and #8 is not answered at all."),
    F("unanswered-issue", 8, "Problem 8 (four staff never trained in mediation) has no item, no table row and no word on 培训."),
    F("no-disclosure", None, "Nothing is published or to be published, though the feedback asked for 向社会公开; “村务公开栏” in （二） posts monthly dispute lists, not the rectification."),
    F("no-mechanism", 2, "Only “下一步将研究制定网格员考核办法”: the rule the problem says is missing is not made, though the table gives a year-end date."),
    F("no-owner", 4, "The problem is that nobody owns the cameras; the item only says the owner will be 进一步明确 and the table leaves 责任领导 blank with “相关单位”."),
], must_not_flag=[
    F("weak-leadership", None, "镇党委书记汤晚亭 heads the 领导小组 as 第一责任人, 2 党委会, on-site 督办 of #3 and #4."),
    F("late-report", None, "Feedback 2025-03-27, report 2025-06-18: 83 days."),
    F("no-mechanism", 1, "A monthly comparison with police call records."),
    F("no-mechanism", 3, "The repeat problem: 《重点人员稳控责任交接办法》 with same-day hand-over."),
    F("no-mechanism", 5, "A time-limit alert and notification at the 党委会."),
    F("no-mechanism", 6, "The revised 《综治中心值班管理制度》 with video sign-in and checks."),
    F("no-mechanism", 7, "Joint acceptance by 财政所 and the centre for all such purchases."),
    F("no-mechanism", 9, "At least one session a quarter."),
    *nf("no-owner", (1, 2, 3, 5, 6, 7, 9), "Given only in the annex table's 责任领导 and 责任单位 columns."),
    *nf("no-deadline", (1, 3, 5, 6, 7, 9), "Given only in the annex table's 完成时限 column."),
    F("no-deadline", 2, "Table: 2025年12月31日 (the gap there is the promised rule)."),
    F("no-deadline", 4, "Table: 2025年6月30日 (the gap there is the owner)."),
    F("unanswered-issue", 3, "Answered first, as （一）."),
    F("unanswered-issue", 9, "Answered as the report's （八）."),
], links=[
    L("逐人重新明确稳控责任人", 3), L("制定《重点人员稳控责任交接办法》", 3), L("补录纠纷31起", 1),
    L("建立村级排查台账与派出所警情月度比对制度", 1), L("对全镇86名网格员2024年的信息采集和事件上报情况进行了统计", 2),
    L("已修复31个", 4), L("3件没有答复意见书的已补发并送达", 5), L("修订《综治中心值班管理制度》", 6),
    L("对2024年购置的设备补办验收手续", 7), L("镇机关党支部已于4月、5月两次专题研究平安建设工作", 9)])

for name, g in G.items():
    out = {"mode": "pair", "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
