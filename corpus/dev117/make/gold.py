"""Write p01..p10/gold.json (dev-pairs gold format) for dev117. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev108/make/gold.py. check.py verifies that the must_flag entries are exactly those implied by
its GIVES/NEEDS/DOC/DATES declarations. Debatable points ("may report") are not gold: they are in each pair's notes.md,
because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 市委金融办（市地方金融管理局） (市委第一巡察组): formal 反馈意见, areas （一）–（四） with continuous 1．–11．
# heading。detail; 二、整改意见 （一）–（三） are not problems. Report: DOCX 领导班子整改情况报告, bold 关于“…”的问题 headings,
# five field paragraphs each. GOOD REPORT.
G["p01"] = dict(mode="pair", issues=11, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长鲍景澄 chairs the meeting the day after, heads the 巡察整改工作领导小组, is named 第一责任人 and 直接督办 problems 1 and 5 with two site visits."),
    F("late-report", None, "Feedback 2026-06-09, report 2026-09-04: inside three months."),
    F("no-disclosure", None, "三、三是: 市地方金融管理局门户网站 “党务公开” 栏目."),
    F("inconsistent-claim", None, "10 done + problem 1 基本完成 = 11, and only item 1 says 持续推进; 13.26万 = 0.86 + 12.4; 诫勉1/书面检查1/批评教育1 all in items 5 and 6; 3 new + 2 revised rules are each named."),
    F("no-accountability", 5, "The 科长 who took the dinners is 诫勉谈话 and moved off 年审; the 分管副局长 writes a 书面检查."),
    F("no-accountability", 6, "Money repaid and the 办公室副主任 批评教育."),
    F("no-accountability", 7, "Booking training as 会议费 and paying two studies without a decision are bookkeeping and procedure failings; the answer corrects the accounts and makes a rule — nobody needs a sanction."),
    F("no-accountability", 8, "Borrowed staff and slow rotation: no wrongdoing."),
    F("no-mechanism", 5, "《地方金融组织年审工作规程》 with 双人审核、处长复核."),
    F("no-mechanism", 7, "《委托课题研究管理办法》 — the very rule the feedback found missing."),
    F("no-deadline", 1, "“2026年12月31日前完成全部退出” with 基本完成，持续推进 — an open item with a date."),
    F("no-deadline", 2, "“2026年8月31日前完成回访，此后长期坚持” — a date plus a standing task."),
    F("vague-measure", 4, "Concrete: 3 meetings held, a re-drawn 一岗双责 list, 17 talks."),
    F("no-owner", 9, "责任领导：机关党支部书记谷清禾 — a named owner, even though not a 党组 member."),
], links=[
    L("对9家连续两年无实际业务的小额贷款公司逐家约谈股东", 1), L("对3家风险等级较高的融资担保公司开展现场检查", 1),
    L("对2025年登记的142项融资需求逐项回访", 2), L("建立融资需求“登记—推送—回访”闭环台账", 2),
    L("按20%的比例对各区上报数据组织抽查", 3), L("对超期未处理的2条举报线索已核查办结并答复举报人", 3),
    L("修订《非法集资举报线索处置规程》", 3),
    L("党组会每季度至少专题研究1次全面从严治党工作", 4), L("重新梳理班子成员“一岗双责”清单", 4), L("开展廉政谈话17人次", 4),
    L("小额贷款公司年审改为“双人审核、处长复核”", 5), L("对两次接受被监管公司晚餐的科长给予诫勉谈话", 5),
    L("分管副局长作出书面检查", 5),
    L("超标准接待的0.86万元已由相关责任人退缴", 6), L("对经办接待的办公室副主任进行批评教育", 6),
    L("修订《公务接待管理办法》", 6), L("公务用车启用电子派车单", 6),
    L("对以会议费名义列支的3.2万元培训费用进行账务调整", 7), L("2笔课题经费补充提交党组会议审议", 7),
    L("制定《委托课题研究管理办法》", 7),
    L("长期借用的5名人员已全部退回原单位", 8), L("制定2026—2027年干部轮岗交流计划", 8),
    L("制定支部年度“三会一课”计划和主题党日清单", 9), L("补齐党员教育管理台账", 9),
    L("政务新媒体落实“三审三校”", 10), L("7月党组专题研判意识形态形势1次", 10), L("制定《政务新媒体信息发布审核办法》", 10),
    L("12.4万元结余资金已于7月20日上缴市财政", 11)])

# p02 苈州高新区党工委 (市委第一巡察组): 组长's speech at the 反馈会, problems 第一，…第九， (CRLF); the praise, the 移交
# sentence and 一要…三要 are not problems. Report (GB18030): the unit's own three headings with running 1．–8． “针对…的问题”
# items and a bracket each, in another order (1,2,3,4,5,9,7,8); problem 6 (安全生产) has no item.
G["p02"] = dict(mode="pair", issues=9, unanswered=[6], must_flag=[
    F("unanswered-issue", 6, "安全生产监管 (4 of 12 hazardous-chemical firms with open hazards, scripted drills): the report has no item and no word on safety; its own three headings simply leave it out."),
    F("no-deadline", 4, "Item 4 (platform company: audit “正在进行”, a new rule) is the only item whose bracket has no 完成时限, and the text gives no date either, though the audit is still running."),
    F("no-accountability", 3, "186万 paid twice because the 经办部门 never compared invoices: the money is recovered and a cross-check rule made, but nobody in the office is held to account, though the speech asked that 该追责问责的要严肃追责问责."),
], must_not_flag=[
    F("weak-leadership", None, "党工委书记祁望川 chairs on the day, heads the 领导小组 as 第一责任人, 6 meetings, 4 site visits, monthly 调度会."),
    F("late-report", None, "Speech 2026-06-11, report 2026-09-07: inside three months."),
    F("no-disclosure", None, "三、: 高新区门户网站 “信息公开” 栏目."),
    F("inconsistent-claim", None, "No problem totals are claimed; 234万 = 186 + 4.2 + 42 + 1.8; 4 rules named (2 new, 2 revised); 5 people = 2 诫勉 + 3 提醒谈话."),
    F("no-accountability", 5, "Tourism booked as 招商考察: money repaid and 2 处级干部 诫勉谈话."),
    F("no-accountability", 7, "Absent secondees drawing allowances: allowance stopped and recovered, 提醒谈话 for the 3, letter to their home units."),
    F("no-accountability", 9, "Rent still owed by tenants: collected or sued for; no cadre's wrongdoing is named."),
    F("no-mechanism", 3, "《产业扶持资金申报审核办法》 with 发票联网查验 (the gap there is accountability)."),
    F("no-mechanism", 4, "《区属平台公司工程项目管理办法》 (the gap there is the time limit)."),
    F("unanswered-issue", 9, "Answered as item 6 under the second heading, out of feedback order."),
    F("unanswered-issue", 7, "Answered as item 7 under the third heading."),
    F("no-owner", 4, "责任领导：党工委委员、管委会副主任庞奕 (the bracket lacks only the time limit)."),
], links=[
    L("对37个签约项目逐一建立“一项目一专班”", 1), L("对3宗闲置土地下达闲置土地认定书", 1),
    L("推行涉企检查“一表通查”", 2), L("施工许可、竣工验收事项实行容缺受理和并联审批", 2),
    L("多拨付的186万元已全部追回", 3), L("制定《产业扶持资金申报审核办法》", 3),
    L("委托会计师事务所对区开发建设公司2024年以来的6个工程项目开展专项审计", 4), L("制定《区属平台公司工程项目管理办法》", 4),
    L("两次外出的费用4.2万元已由参加人员全部退赔", 5), L("对组织外出的2名处级干部给予诫勉谈话", 5),
    L("修订《公务出差和考察管理办法》", 5),
    L("修订员额制聘用人员考核办法", 7), L("3名挂职干部已停发补贴", 7), L("党工委对3人进行提醒谈话", 7),
    L("对11家无活动的企业党组织逐一排查", 8), L("党群服务中心制定年度活动计划", 8),
    L("欠缴的57万元厂房租金已追缴42万元", 9), L("建立租金催缴台账", 9)])

# p03 苈州市建工集团有限公司党委 (市委第二巡察组): DOCX 反馈意见, bold areas with RESTARTING 1．2．3．(4．) → 3 + 4 + 3 = 10;
# 四、整改意见 not problems. Report: DOCX covering report + landscape Word-table 整改台账 (序号｜反馈问题｜整改措施｜责任领导｜
# 责任部门｜完成时限｜完成情况).
G["p03"] = dict(mode="pair", issues=10, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "The covering text says “反馈的10个问题已全部整改完成”, but the table's 完成情况 says row 3 (应收账款, 0.63亿 of 2.1亿 collected) is “正在推进，余款持续清收” and row 10 (2 of 7 settlements) is “正在推进”."),
    F("no-owner", 8, "Row 8 (项目党建) names “各项目部” as both 责任领导 and 责任部门; every other row names a leader."),
    F("no-mechanism", 5, "The feedback says the group has no 集中采购目录和限额标准; row 5 only back-fills approvals and says steel will be bought monthly — no catalogue, limit or rule, while rows 1, 6 and 9 each carry one."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记、董事长冼伯钧 heads the 领导小组 as 第一责任人, 7 meetings, 2 site checks, 签字背书."),
    F("late-report", None, "Feedback 2026-06-10, report 2026-09-03: inside three months."),
    F("no-disclosure", None, "集团官方网站 “党建园地” 专栏."),
    F("no-accountability", 4, "The 项目经理 is 免职 and 立案审查 by the 集团纪委; the overpaid 38.6万 is recovered."),
    F("no-accountability", 6, "47万 recovered, the then 办公室主任 诫勉谈话."),
    F("no-accountability", 7, "Cars recovered, 2 下属公司负责人 批评教育."),
    F("no-accountability", 3, "Slow debt collection: a work failing."),
    F("no-accountability", 2, "A loss-making side business: a decision failing answered by closing it."),
    F("no-owner", 10, "Row 10: 党委副书记、总经理邝明远 (the row is honest that it is still 正在推进)."),
    F("no-deadline", 3, "Row 3: 2026年12月31日 (the gap is the all-done claim, not the date)."),
    F("no-mechanism", 9, "《中层管理人员竞聘上岗工作规程》."),
], links=[
    L("单笔2000万元以上的投资全部纳入党委前置研究", 1), L("3项投资已补充提交党委会议研究", 1),
    L("贸易业务已停止新签合同", 2),
    L("成立清欠专班，逐笔明确清收责任人", 3), L("对临近诉讼时效的11笔款项发出律师函或提起诉讼", 3),
    L("解除滨河安置房项目劳务分包合同", 4), L("4个项目的无资质队伍全部清退", 4), L("项目经理已被免职，由集团纪委立案审查", 4),
    L("对19笔拆分采购逐笔补办审批手续", 5), L("钢材改为按月汇总后统一采购", 5),
    L("47万元已全部追回", 6), L("对时任集团办公室主任给予诫勉谈话", 6), L("修订《集团本部薪酬和奖金分配办法》", 6),
    L("2台车辆已收回并纳入集团车辆管理平台", 7), L("对2名下属公司负责人进行批评教育", 7),
    L("在建项目临时党支部应建尽建，新建14个", 8), L("支部活动与每周生产例会结合", 8),
    L("对2025年中层竞聘程序进行复查", 9), L("制定《中层管理人员竞聘上岗工作规程》", 9),
    L("7个项目中已完成结算5个", 10)])

# p04 荠湾街道党工委 (市委第二巡察组, 提级巡察): 问题清单 (UTF-16 LE) 问题1：…问题10： heading + 具体表现：; 整改要求 1．–3．
# not problems. Report (UTF-8 CRLF, dated 2026-10-16): （N）关于…的问题 + 一是… + (责任领导；完成时限).
G["p04"] = dict(mode="pair", issues=10, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2026-06-12 with a three-month limit (2026-09-12); the report is dated 2026-10-16, about four months on."),
    F("vague-measure", 7, "（七） is slogans only (高度重视…进一步压实…坚持问题导向…努力做到案结事了): nothing on the 6 overdue petitions, the 2 repeat cases or the 包案领导 who did not receive petitioners."),
    F("no-accountability", 5, "Nine over-standard meals booked as 工作餐: the 1.26万 is repaid, the canteen stops receptions and a rule is revised, but nobody is held to account, though 整改要求2 asked for 依规依纪严肃处理."),
], must_not_flag=[
    F("weak-leadership", None, "党工委书记彭砚秋 heads the 领导小组 as 第一责任人, 5 meetings, 3 visits, attends the 蒲港 meeting."),
    F("no-disclosure", None, "街道便民服务中心公开栏 and 蒴江区人民政府门户网站."),
    F("inconsistent-claim", None, "8 done + problems 1 and 2 正在推进, as the items say; 54.36万 = 51 + 1.3 + 0.8 + 1.26; 党内警告1 + 批评教育3 (1 in 4, 2 in 9); 4 rules named."),
    F("no-accountability", 4, "党内警告 for the 社区干部 who got relief for a relative; the 民政专干 批评教育."),
    F("no-accountability", 9, "Two quit their posts, two left the side business and were 批评教育."),
    F("no-accountability", 2, "Others built on farmland; the 街道 failed to act — answered by demolition and patrols, no personal sanction required."),
    F("no-accountability", 7, "Slow petition handling: a work failing (the gap is the slogan answer)."),
    F("no-mechanism", 3, "《社区集体资产租赁管理办法》."),
    F("no-mechanism", 6, "《社区小额工程管理办法》 — the rule the feedback found missing."),
    F("no-owner", 7, "责任领导：党工委副书记、办事处主任甘默 (the gap is the text)."),
    F("no-deadline", 7, "完成时限：2026年12月31日 (the gap is the text)."),
    F("copied-measure", 3, "The heading restates the problem, then acts follow: 51万 collected, 3 contracts re-voted, a rule."),
], links=[
    L("重新确定蒲港社区冷链仓储项目选址", 1), L("另2个项目已完成招标", 1),
    L("会同区自然资源分局对2处仓储用房制定拆除复耕方案", 2), L("建立耕地保护网格巡查制度", 2),
    L("清收集体土地租金，已收回51万元", 3), L("3份超期合同提交社区成员代表会议重新表决", 3), L("制定《社区集体资产租赁管理办法》", 3),
    L("追回多发的高龄津贴1.3万元和临时救助金0.8万元", 4), L("对负责审核的民政专干进行批评教育", 4),
    L("对为亲属申领救助金的蒲港社区干部给予党内警告处分", 4), L("民政资金发放前每月与殡葬、户籍信息比对一次", 4),
    L("超标准接待的9次费用1.26万元已由街道机关相关人员退赔", 5), L("取消机关食堂的接待功能", 5),
    L("修订《街道机关食堂管理规定》", 5),
    L("对8个小额工程逐一补充验收", 6), L("制定《社区小额工程管理办法》", 6),
    L("进一步压实包案领导责任", 7),
    L("调整蒲港社区党组织书记", 8), L("重新制定整顿方案，列出8项具体措施", 8),
    L("2人已辞去社区职务，2人已退出兼职经营", 9), L("社区干部考勤改为人脸识别打卡", 9),
    L("党工委会议专题研究意识形态工作2次", 10), L("3个社区宣传栏已全部更新", 10)])

# p05 苈州市胸科医院党委 (市委第三巡察组): formal 反馈意见, areas 一、二、三、…方面 with continuous 1．–11． heading lines +
# detail lines; 四、整改意见 (一要…三要) not problems. Report (GB18030 CRLF): 问题N： restated heading / 整改情况： / bracket line.
G["p05"] = dict(mode="pair", issues=11, unanswered=[], must_flag=[
    F("copied-measure", 3, "问题3's 整改情况 turns the feedback back into a promise (切实履行…进一步提高…筛查完成率，做到应筛尽筛，加强与疾控机构之间的患者转介信息共享): no screening done, no figure, no system link."),
    F("no-mechanism", 7, "The feedback says the hospital has no 科研经费管理办法; the answer clears the 41.7万 and asks for a signature on claims, but makes no rule and no 科研管理部门 review, while problems 1, 5, 8 and 9 each get a written rule."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记邬静川 heads the 领导小组 as 第一责任人, 6 meetings, 4 site visits, 签字背书."),
    F("late-report", None, "Feedback 2026-06-15, report 2026-09-10: inside three months."),
    F("no-disclosure", None, "医院官方网站 and 院务公开栏."),
    F("inconsistent-claim", None, "9 done + problems 2 and 11 持续推进, matching their items; sanctions 警告1 (6), 诫勉1 (5), 批评教育1 (6), 扣减绩效3 (4); 5 rules named."),
    F("no-accountability", 4, "扣减当季绩效 for 3 科室负责人 and a hospital-wide 通报批评."),
    F("no-accountability", 5, "The 呼吸科主任 诫勉谈话 and repays the trip."),
    F("no-accountability", 6, "警告处分 and 批评教育 for the two staff, 评优 withdrawn."),
    F("no-accountability", 7, "Old balances and claims without review: an internal-control failing (the gap is the missing rule)."),
    F("no-accountability", 8, "Cost overrun and unapproved changes: a project-management failing answered with an audit and a rule."),
    F("vague-measure", 7, "The answer is concrete (41.7万 cleared, a signature requirement); what it lacks is a rule."),
    F("no-owner", 3, "责任领导：副院长戈晓岚 (the gap is the copied text)."),
    F("no-deadline", 11, "完成时限：2026年11月30日."),
    F("copied-measure", 1, "The 问题1 heading is restated, then two rules are revised and three purchases re-submitted."),
], links=[
    L("修订《党委会议议事规则》和《院长办公会议议事规则》", 1), L("3项设备采购已补充提交党委会审议", 1),
    L("已为符合条件的79人补办减免", 2), L("特需号占比由18%压降到5%以内", 2),
    L("医院将切实履行结核病防控职责", 3),
    L("12.6万元已全部退回医保基金账户", 4), L("对涉及的3个科室负责人扣减当季绩效", 4), L("医保办设立收费审核岗", 4),
    L("该介入耗材已通过院内公开比选重新确定供应商", 5), L("对呼吸科主任给予诫勉谈话", 5), L("修订《医用耗材遴选采购管理办法》", 5),
    L("对2起红包投诉重新调查核实", 6), L("对2名涉事医务人员分别给予警告处分和批评教育", 6), L("全院医务人员签订医德医风承诺书", 6),
    L("对挂账3年以上的41.7万元往来款逐笔清理", 7), L("今后科研经费报销时须附课题负责人签字的支出明细", 7),
    L("委托第三方对感染楼改造项目结算进行审核", 8), L("5项设计变更已补办审批手续", 8), L("制定《基建项目设计变更管理规定》", 8),
    L("对6名中层干部补做试用期考核", 9), L("修订《中层干部选拔任用实施办法》", 9),
    L("调整3名临床科室党支部书记", 10), L("3个党支部已制定主题党日年度计划", 10),
    L("1台设备已调剂给市第二人民医院使用", 11)])

# p06 苈州外国语学校党总支 (市委第三巡察组): HTML news page of the 市纪委监委 site, problems inline 一是…十是 in one paragraph;
# 一要…三要 and the 书记's 表态 一是…三是 are not problems. Report: public HTML 通报 (GB18030) with an 索引号 table,
# （N）关于…的问题。measures (责任人；时限).
G["p06"] = dict(mode="pair", issues=10, unanswered=[], must_flag=[
    F("repeated-measure", 8, "（八） (“三会一课”记录不全、民主评议走过场) is answered by a general paragraph (党总支组织全体党员深入学习党章党规…以高质量党建引领学校高质量发展) pasted word for word under （十）."),
    F("repeated-measure", 10, "（十） (外籍教师课堂内容缺乏审核) repeats （八）'s paragraph after a different first clause; no review of foreign teachers' classes is set up."),
    F("no-accountability", 6, "Three teachers paid for tutoring in private schools: they have left the jobs and all staff sign a pledge, but nobody is held to account, though the requirements named 有偿补课 among the problems to be 严肃处理."),
], must_not_flag=[
    F("weak-leadership", None, "党总支书记岑佑安 heads the 领导小组 as 第一责任人, 5 meetings, 3 spot checks."),
    F("late-report", None, "Feedback 2026-06-16, 通报 2026-09-11: inside three months."),
    F("no-disclosure", None, "A public 通报 on the 市教育局 site (公开方式：主动公开) with a phone number and address."),
    F("inconsistent-claim", None, "8 done + （一） and （七） still open, as their items say; 党纪处分1 (3) + 诫勉1 (3) + 批评教育2 (2); 3 rules named."),
    F("no-accountability", 3, "党内警告 for the 副校长 and 诫勉 for the 招生办主任."),
    F("no-accountability", 4, "An unregistered fee: all 38万 refunded and the fee stopped; a procedure failing with no one named."),
    F("no-accountability", 5, "Canteen purchasing and accounts: answered by tendering, audit and a rule; no wrongdoing named."),
    F("no-mechanism", 5, "《学校食堂财务管理办法》."),
    F("no-deadline", 2, "时限：立行立改 — an immediate stop, already done."),
    F("no-owner", 6, "责任人：校长潘蕴 (the gap is accountability)."),
    F("unanswered-issue", 8, "Answered, if only by the pasted paragraph."),
    F("unanswered-issue", 10, "Answered, if only by the pasted paragraph."),
], links=[
    L("通过公开招聘补充思政课专职教师2名", 1),
    L("已停止初二、初三年级的周末集体补课", 2), L("对组织补课的2名年级主任进行批评教育", 2),
    L("会同市教育局对2025年6名学生的录取情况逐一核查", 3), L("对负责招生工作的副校长给予党内警告处分", 3),
    L("制定《招生工作实施细则》", 3),
    L("38万元已全部退还学生家庭", 4),
    L("食材采购纳入市教育局集中采购平台公开招标", 5), L("委托第三方对食堂2025年账目进行审计", 5),
    L("制定《学校食堂财务管理办法》", 5),
    L("3名教师已全部退出校外培训机构的兼职授课", 6), L("全体教师签订不从事有偿补课承诺书", 6),
    L("实验楼失效的消防设施已全部更换", 7),
    L("针对“三会一课”记录不全的情况", 8),
    L("2026年职称推荐结果已在校内公示5个工作日", 9), L("修订《教师职称评聘推荐办法》", 9),
    L("针对外籍教师课堂教学内容缺乏审核的情况", 10)])

# p07 苈州市城市管理综合行政执法支队党委 (市委第四巡察组): 反馈意见 (GB18030) （一）–（十一） heading。detail; 二、整改要求
# 一要…三要 not problems. Report: covering text + ｜-row 整改台账 (8 fields, last 问责情况).
G["p07"] = dict(mode="pair", issues=11, unanswered=[], must_flag=[
    F("vague-measure", 1, "Row 1's measure is slogans only (牢固树立…进一步转变执法方式…切实做到严格规范公正文明执法): nothing on the fines that rose 41% or the half-built 疏导点."),
    F("no-deadline", 6, "Row 6's 完成时限 cell reads “持续推进”, the same as its progress cell; every other row has a date."),
    F("no-disclosure", None, "Nothing is or will be published, though 整改要求 says 整改进展情况要按规定公开; the 夜市 “零收费”告知牌 with a 举报电话 is a notice to stallholders, not disclosure of the rectification."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记、支队长符承泽 heads the 领导小组 as 第一责任人, 4 meetings, 2 site checks."),
    F("late-report", None, "Feedback 2026-06-17, report 2026-09-14: inside three months."),
    F("inconsistent-claim", None, "9 done + rows 1 and 6 持续推进, matching the table; 党内警告1 + 诫勉2 + 批评教育4 = the 问责情况 cells; 5 rules named."),
    F("no-accountability", 3, "问责情况: 原仓库管理员 党内警告, 分管科长 诫勉."),
    F("no-accountability", 4, "问责情况: 大队长 诫勉, 中队长 批评教育 — the management responsibility the feedback said was never pursued."),
    F("no-accountability", 5, "问责情况: 2 当事人 批评教育 and fuel repaid."),
    F("no-accountability", 6, "Slow case handling: a work failing (“不涉及”)."),
    F("no-accountability", 2, "Incomplete case files: a work failing answered with corrections and a rule."),
    F("no-mechanism", 7, "《协管员管理办法》 — the 考核办法 the feedback found missing."),
    F("no-owner", 6, "责任领导：副支队长喻澄 (the gap is the time limit)."),
    F("no-deadline", 1, "Row 1: 2026年12月31日 (the gap is the slogan text)."),
], links=[
    L("牢固树立以人民为中心的执法理念", 1),
    L("执法记录仪实行全程佩戴", 2), L("对23份证据不全的案卷逐卷补正", 2), L("制定《执法案卷评查办法》", 2),
    L("全面清点暂扣物品并重建台账", 3), L("3辆无法查明去向的由原仓库管理员照价赔偿", 3), L("暂扣物品实行入库拍照、双人签收", 3),
    L("对原仓库管理员给予党内警告处分", 3),
    L("对3起问题涉及的大队倒查管理责任", 4), L("夜市摊位张贴“零收费”告知牌", 4), L("对负有管理责任的大队长诫勉谈话", 4),
    L("2辆执法车辆加装定位终端", 5), L("修订《执法车辆使用管理办法》", 5), L("对2名当事人批评教育并责令退赔油费0.21万元", 5),
    L("与数字城管平台对接，设置案件超时预警", 6), L("对重复投诉案件逐件回访", 6),
    L("制定《协管员管理办法》", 7), L("450名协管员重新签订服务协议", 7),
    L("执法装备一律纳入政府采购", 8), L("制定《支队内部采购管理办法》", 8),
    L("5个中队党支部已补开组织生活会", 9),
    L("9名任职超过8年的中队长已全部交流轮岗", 10), L("制定《中队长交流轮岗办法》", 10),
    L("滞留过渡账户的14.2万元罚没款已全部上缴国库", 11), L("罚没款实行当日收缴、次日上缴", 11)])

# p08 苈州交响乐团党支部 (市委第四巡察组): 组长's speech with three 在…方面， paragraphs, inline 一是… RESTARTING in each
# (3 + 4 + 3 = 10); 一要…三要 not problems. Report (UTF-16 LE): own area headings 一、二、三、 with 一是… paragraphs + (牵头；完成时限).
G["p08"] = dict(mode="pair", issues=10, unanswered=[3], must_flag=[
    F("weak-leadership", None, "No 整改领导小组 and no 第一责任人, though the speech's 一要 asked for both: “团部会议将反馈的问题分解到各声部和办公室，由各部门对照问题逐项整改，办公室负责收集汇总整改材料”. The 支部书记/团长 appears nowhere in the report."),
    F("unanswered-issue", 3, "“音乐进校园” (4 activities, the agreement with 市教育局 unused): nothing answers it; the 市艺术学校 internship agreement is about recruiting players (problem 9)."),
    F("no-disclosure", None, "Nothing is published, though the speech said 整改情况要按规定公开."),
], must_not_flag=[
    F("late-report", None, "Speech 2026-06-18, report 2026-09-15: inside three months."),
    F("inconsistent-claim", None, "No totals are claimed; 35 of 60 shows, 2 of 4 hires, 43 + 3 payments are each stated as open."),
    F("no-accountability", 4, "Income kept in a 工会 account: moved back, account closed, the then 办公室主任 诫勉谈话."),
    F("no-accountability", 7, "Over-standard hotels: 1.7万 repaid and the 副团长 who led the tour 批评教育."),
    F("no-accountability", 6, "Unsigned fees: a payment-procedure failing answered with bank transfers and contracts."),
    F("no-mechanism", 4, "《演出收入管理办法》."),
    F("no-mechanism", 5, "《乐器借用管理规定》 and a 乐器台账."),
    F("no-owner", 5, "牵头：办公室主任樊知远."),
    F("no-deadline", 8, "完成时限：长期坚持 for a standing meeting practice, already begun."),
    F("unanswered-issue", 4, "Answered under the report's second heading as 一是 (positions shift after the missing problem 3)."),
    F("unanswered-issue", 9, "Answered under the third heading as 二是."),
], links=[
    L("2026年惠民演出计划60场已全部排定", 1),
    L("与市音乐家协会合作创作交响组曲《苈水谣》", 2), L("从本地民歌中选取4首改编为管弦乐小品", 2),
    L("21万元商业演出收入已全部转入单位基本账户", 4), L("制定《演出收入管理办法》", 4), L("对时任办公室主任给予诫勉谈话", 4),
    L("对2把大提琴、1支长笛补办借用登记", 5), L("制定《乐器借用管理规定》", 5),
    L("外聘乐手劳务费改为银行转账直接发放到本人账户", 6), L("外聘乐手统一签订劳务协议", 6),
    L("超标准住宿的1.7万元已由相关人员退赔", 7), L("对巡演带队的副团长进行批评教育", 7),
    L("支部委员会每季度至少研究1次演出和业务工作", 8),
    L("制定青年演奏员引进计划", 9), L("与市艺术学校签订人才培养协议", 9),
    L("合作演出的节目单和串词一律由艺术委员会初审、支部委员会复审", 10)])

# p09 苈州市民卡服务中心党支部 (市委第一巡察组): formal 反馈意见, 1．–9． heading lines + detail lines; 二、整改意见 not
# problems. Report: public HTML 通报 on the 市政府 portal (索引号 table), （N）关于…的问题。整改情况：… (责任人；完成时限), dated
# 2026-09-28.
G["p09"] = dict(mode="pair", issues=9, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2026-06-08 with a three-month limit (2026-09-08); the 通报 is dated 2026-09-28 and reports progress only to 9月20日."),
    F("no-accountability", 5, "Maintenance renewed every year with a firm part-owned by the 副主任's spouse, who never stood aside: the contract is not renewed and a 回避承诺 rule is made, but the 副主任 is not held to account, though 整改意见（二） asked to 查清责任、严肃处理."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任聂澹如 heads the 领导小组 as 第一责任人, 6 支委会."),
    F("no-disclosure", None, "A public 通报 on the 市政府 portal (主动公开) with a phone and e-mail."),
    F("inconsistent-claim", None, "8 done + （一） 正在推进; 9.6万 as in （六）; 诫勉1 + 批评教育1 as in （六）; 7 new = 4 (（三）–（六）) + 3 (（九）), 14 revised as in （九）."),
    F("no-accountability", 6, "The approving 办公室主任 诫勉谈话, the finance clerk 批评教育, 9.6万 returned."),
    F("no-accountability", 3, "Deposit bank chosen without a collective decision: now re-chosen by 支委会 and competitive comparison; no personal wrongdoing named."),
    F("no-accountability", 7, "Idle terminals: a work failing."),
    F("no-mechanism", 3, "《沉淀资金存放管理办法》."),
    F("no-mechanism", 4, "《持卡人信息安全管理规定》."),
    F("no-mechanism", 9, "14 rules revised, 5 repealed, 3 new, compiled and issued."),
    F("no-mechanism", 5, "采购项目利益回避承诺制度 (the gap is accountability)."),
    F("repeated-measure", 5, "（五）'s 公开招标 and （三）'s 竞争性比选 look alike but are different acts on different things."),
    F("no-deadline", 8, "完成时限：长期坚持 for a standing meeting rule already running."),
    F("no-owner", 8, "责任人：支部组织委员宓秋实."),
], links=[
    L("市民卡已在3家市属医院开通就诊结算", 1), L("公共自行车租用功能9月上线试运行", 1),
    L("服务大厅增设4个办卡窗口", 2), L("37件超期投诉已逐件回访并办结", 2),
    L("通过竞争性比选重新确定沉淀资金存放银行", 3), L("制定《沉淀资金存放管理办法》", 3),
    L("数据查询权限按岗位分三级设置", 4), L("制定《持卡人信息安全管理规定》", 4),
    L("与该公司的运维合同到期后不再续签", 5), L("建立采购项目利益回避承诺制度", 5),
    L("9.6万元已由职工全部退回", 6), L("对审批发放的办公室主任进行诫勉谈话", 6), L("制定《加班审批和补助发放规定》", 6),
    L("19台闲置终端中15台已投放到社区便民服务点", 7),
    L("支委会每月召开一次，7月以来已召开3次", 8),
    L("对中心27项内部制度全面梳理", 9)])

# p10 市体育局党组 (市委第四巡察组): DOCX 反馈意见, bold areas 一、二、三、 and bold （一）–（十） heading paragraphs + detail
# paragraphs; 四、整改意见 （一）–（三） not problems. Report: the 党组书记、局长's first-person 主要负责人组织落实整改情况报告, own
# order (4,5,6,7,8,9,10,1,2,3), “此项由…牵头，…前完成”. GOOD REPORT.
G["p10"] = dict(mode="pair", issues=10, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "First person throughout: 第一责任人, 领导小组 组长, 由我直接牵头 three problems, 6 meetings, 4 site visits, 当面督办."),
    F("late-report", None, "Feedback 2026-06-19, report 2026-09-16: inside three months."),
    F("no-disclosure", None, "市体育局门户网站."),
    F("inconsistent-claim", None, "8 done + （八）（九） 正在推进, as claimed; 党内警告1 + 诫勉1 + 批评教育2 as in （一）–（三）; 4 rules named."),
    F("no-accountability", 4, "公益金 repaid, the then 办公室主任 诫勉谈话."),
    F("no-accountability", 5, "The 副科长 who did not stand aside: 党内警告 by the 派驻纪检监察组."),
    F("no-accountability", 6, "2 cadres 批评教育 and 作检查, meals repaid."),
    F("no-accountability", 7, "Cash payments and signatures by others: checked one by one, no false claim found; a procedure failing."),
    F("no-mechanism", 3, "《大型体育赛事运营管理办法》."),
    F("no-mechanism", 5, "《体育场馆出租管理办法》."),
    F("no-mechanism", 8, "《局党组工作规则》 revised."),
    F("no-owner", 4, "“此项由我牵头” — the writer, the 党组书记."),
    F("no-deadline", 1, "2026年12月31日前完成, 正在推进."),
    F("no-deadline", 2, "2027年6月30日前完成 — a date beyond the report, stated openly."),
    F("unanswered-issue", 1, "Answered as the report's （八）, in the writer's own order."),
    F("unanswered-issue", 3, "Answered as the report's （十）."),
], links=[
    L("126件损坏器材已修复98件", 1), L("2026年新建“15分钟健身圈”站点22处", 1),
    L("新增业余训练网点9个", 2), L("与市教育局联合认定体育传统特色学校12所", 2),
    L("2026年半程马拉松运营服务已通过公开招标确定", 3), L("制定《大型体育赛事运营管理办法》", 3),
    L("11.3万元已从局机关公用经费中归还公益金专户", 4), L("对批准使用的时任办公室主任给予诫勉谈话", 4),
    L("制定《体育彩票公益金使用管理办法》", 4),
    L("与该培训机构的租赁合同已依法解除", 5), L("对未履行回避义务的副科长给予党内警告处分", 5),
    L("制定《体育场馆出租管理办法》", 5),
    L("2名干部已按标准退交餐费", 6), L("对2人进行批评教育", 6),
    L("裁判员、志愿者补助一律通过银行转账发放", 7), L("对代签的补助逐笔联系本人核实", 7),
    L("修订《局党组工作规则》", 8), L("4项事项已重新提交党组会议研究", 8),
    L("对2名干部的个人有关事项报告补充查核", 9),
    L("市体育运动训练中心党支部已开展民主评议党员", 10), L("局机关党委每半年对直属单位党支部检查一次", 10)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
