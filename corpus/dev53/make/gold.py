"""Write p01..p10/gold.json (dev-pairs gold format) for dev53. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev44/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. Link snippets quote the DAMAGED documents as they stand
(after make/build.py): each lies on one line, off the page furniture, inside one DOCX run or one HTML text node.
Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 薤川县数据资源管理局党组: formal 反馈意见, areas （一）…方面 + continuous 1．–7．, copied out of a PDF (28-cell
# hard wraps, 内部资料 mark, running header, 第N页 共M页 footers mid-text, title and one area heading split over two lines).
# Report: 关于“…”的问题 with 整改措施/责任领导/责任科室/整改时限/整改成效, copied out of a PDF as well (“- N -” footers).
G["p01"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("copied-measure", 3, "（三）'s only 整改措施 is the feedback's own sentence (专题研究党风廉政建设每年仅1次…责任书内容千篇一律、未结合岗位风险点制定) turned into “切实解决……的问题，确保主体责任落实到位”: nothing done, no meeting, no new 责任书, no 谈话 record; 成效 just “已整改完成”."),
    F("no-owner", 6, "（六）'s 责任领导 is “机关党支部” — an organ, not a person; every other item names a leader."),
    F("inconsistent-claim", None, "“7个问题已全部整改完成，26项整改措施全部落实到位” while （一） says 5 departments' catalogues are 仍在梳理之中 (deadline 2025-06-30, after the report date) and （七） says the recruitment is 正在进行中 (deadline 2025-09-30)."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长亓秋澜 heads the 领导小组, is 第一责任人, drafted the plan, chaired 4 推进会, 3 site visits, 当面督办 two section heads."),
    F("late-report", None, "Feedback 2025-03-18, report 2025-06-10: 84 days, inside three months."),
    F("no-disclosure", None, "下一步 三是: “整改情况将在局门户网站公开，接受干部群众监督”."),
    F("copied-measure", 4, "Opens by restating the problem (针对4个项目未经集体研究确定供应商的问题) and then acts: 11 projects re-checked, 8.7万 recovered, a 党内警告, a new 管理办法."),
    F("no-accountability", 4, "党内警告 for the former deputy in charge, 批评教育 for 2 acceptance-team members, 8.7万 recovered."),
    F("no-accountability", 5, "0.9万 + 0.3万 returned by those involved; the office head 批评教育."),
    F("no-accountability", 1, "A service shortfall (departments not hooked up): no wrongdoing by a person."),
    F("no-accountability", 2, "A service shortfall (systems not linked): no wrongdoing by a person."),
    F("no-mechanism", 1, "制定《薤川县政务数据共享管理办法》."),
    F("no-mechanism", 4, "制定《信息化项目建设管理办法》 (集体研究 over 5万, third-party acceptance)."),
    F("no-mechanism", 5, "修订《机关公务接待管理办法》 with a 三单对应 check."),
    F("no-owner", 3, "党组书记、局长亓秋澜 is 责任领导 (the gap there is the copied measure)."),
    F("no-deadline", 7, "Dated 2025年9月30日 (open, but dated)."),
], links=[
    L("逐一走访尚未完成挂接", 1), L("乡镇便民服务中心受理系统的接口对接", 2), L("确保主体责任落实到位", 3),
    L("对2022年以来实施的11个信息化项目逐一复查", 4), L("现任四级调研员甄砚农党内警告", 4),
    L("修订《机关公务接待管理办法》", 5), L("固定每月第一个星期五开展", 6), L("选派2名数据安全管理员参加省级", 7)])

# p02 蘩阳县国有资产监督管理服务中心党支部: 问题清单 from a Word file saved as plain text — area headings lost their
# numbers, problems came out as “1)”…“7)” with a tab, detail lines as “（1）”“（2）” (details, NOT problems).
# Report: by-number answers “针对问题清单第N项”, same damage (lost heading numbers, measures as 1) 2) 3)); 第5项 skipped;
# 第6项、第7项 answered together.
G["p02"] = dict(mode="pair", issues=7, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "意识形态工作责任制 (no 专题研究, no 三审三校, the wrong 招租公告): no heading, number or sentence answers it; the report goes from 第4项 to 第6项、第7项."),
    F("no-accountability", 3, "The feedback names a staff member (殷某) whose relative rents 2 shops 四成 below valuation, and asks 该处理的处理; the answer re-tenders, chases arrears and revises the rule, but says nothing of 殷某, the two leases or anyone responsible."),
    F("no-disclosure", None, "The 整改要求 ask to 按规定公开整改情况; the report never publishes (公开招租 and 任前公示 are false friends)."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任綦望舒 heads the 领导小组 as 第一责任人, drafted the plan, chaired 3 推进会, visited 3 firms."),
    F("late-report", None, "Feedback 2024-10-22, report 2025-01-16: 86 days."),
    F("inconsistent-claim", None, "15 measures = 12 done + 3 in progress, and the 3 (2 改制, 5 处招租, 1 诉讼) are named in the items and in 下一步; 6 rules named."),
    F("unanswered-issue", 7, "Answered inside the merged heading 第6项、第7项, part （2） 干部选任方面."),
    F("unanswered-issue", 6, "Answered inside the merged heading, part （1） 组织生活方面."),
    F("repeated-measure", 6, "The merged answer announces itself and gives each problem its own specific part — not a pasted measure."),
    F("repeated-measure", 7, "Same merged answer; its 干部选任 part is specific (补充民主推荐, 档案, 选拔任用工作规程)."),
    F("no-accountability", 2, "12.6万 returned by the firm's head; the 中心's reviewer 批评教育."),
    F("no-accountability", 4, "Retrospective valuation, 0.3万 补缴, all proceeds paid in; the 经办人 批评教育."),
    F("no-mechanism", 3, "修订《经营性国有资产出租管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 2, "修订《县属企业负责人薪酬管理办法》 and 《县属企业对外担保管理规定》."),
    F("no-mechanism", 4, "制定《中心资产处置管理办法》."),
    F("no-owner", 3, "党支部委员、副主任褚怀远 is 责任领导."),
    F("no-deadline", 3, "完成时限：2025年3月31日."),
], links=[
    L("制定3家未改制企业的改制工作推进表", 1), L("已责令本人全部退回", 2), L("向3户欠租承租人发出书面催缴通知", 3),
    L("委托评估机构对已处置的7辆公务用车补做追溯评估", 4), L("2名党员已补交党费", 6),
    L("对2023年提拔的2名中层干部补充履行民主推荐程序", 7)])

# p03 蕹山风景名胜区管理委员会党工委: 纪委监委 website news item copied with its chrome (nav, 来源/发布时间/浏览次数,
# 字号：[大 中 小], 【打印本页】【关闭窗口】, 相关链接, 上一篇/下一篇, footer); problems inline 一是…七是; 一要…三要 and the
# 表态 are not problems. Report: the 管委会 website's public 整改进展情况的通报 with its chrome. GOOD REPORT.
G["p03"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党工委书记禚云帆 heads the 领导小组 as 第一责任人, chaired 5 推进会, 6 site visits."),
    F("late-report", None, "Feedback 2025-04-09, 通报 2025-07-03: 85 days."),
    F("no-disclosure", None, "A public 通报 (公开方式：主动公开) with a comment period, phone and address."),
    F("inconsistent-claim", None, "7 = 6 done + 1 (违建, in court, dated 2025-10-31); 28 = 27 + 1; 诫勉2 (#4 科长, #6 办公室主任), 批评3 (#4 副主任, #5 two 售票点负责人); 28.1万 = 27 + 1.1; 3 new rules + 1 revised, all named."),
    F("no-deadline", 2, "正在推进 with 完成时限 2025年10月31日 and the reason (a pending lawsuit)."),
    F("no-accountability", 4, "科长 诫勉谈话, 分管副主任 批评教育, 27万 补缴."),
    F("no-accountability", 5, "2 售票点负责人 批评教育."),
    F("no-accountability", 6, "1.1万 退赔 by the approver; 办公室主任 诫勉谈话."),
    F("no-accountability", 1, "Visitor-flow management: no wrongdoing by a person."),
    F("no-accountability", 7, "Overdue branch elections and weak outreach: no wrongdoing by a person."),
    F("no-mechanism", 1, "《景区游客流量管控办法》."),
    F("no-mechanism", 4, "《景区特许经营项目管理办法》."),
    F("no-mechanism", 5, "《门票收入管理办法》."),
    F("no-mechanism", 6, "修订《公务接待管理办法》."),
    F("no-owner", 3, "党工委书记禚云帆."),
    F("copied-measure", 1, "The item heading restates the problem (关于……问题的整改) but the 整改情况 is acts: a booking system, flow monitors, a rule, the May result."),
], links=[
    L("上线景区分时预约购票系统", 1), L("其中2处已于5月底前拆除并完成植被恢复", 2), L("排查出廉政风险点32个", 3),
    L("补缴按原标准测算少收的经营权使用费27万元", 4), L("全部售票点推行电子支付和银行上门收款", 5),
    L("无公函、无接待清单的费用1.1万元已由审批人全部退赔", 6), L("下属2个党支部已于5月完成换届选举", 7)])

# p04 蓣江县开放大学党总支: 组长's 反馈会 speech whose line breaks were lost (the whole body on one line), problems
# 一是…七是 continuous across three areas; 一要…三要 not problems. Report: the 党总支书记's FIRST-PERSON report (GB18030).
G["p04"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("vague-measure", 2, "（二） is slogans only — 高度重视，多次在会议上强调要进一步规范…严格…切实增强规矩意识…风清气正: nothing on the 4 招生点, the 报名服务费, or the 36 mismatched records."),
    F("no-accountability", 5, "8.6万 paid out as 加班补贴 by 校务会 decision: the answer stops the payments and revises a rule, but nothing is 清退 and nobody is dealt with, though the speech said 要全部清退…该问责的要问责，不能以制度代替处理."),
    F("late-report", None, "Feedback 2024-11-06 with a 三个月内 limit (2025-02-06); report dated 2025-02-24: 110 days."),
], must_not_flag=[
    F("weak-leadership", None, "First-person report of the 党总支书记 as 第一责任人: heads the 领导小组, drafted the plan, 4 推进会, 5 township visits."),
    F("no-disclosure", None, "下一步 三是: 学校网站 and 校内公示栏."),
    F("inconsistent-claim", None, "“已完成整改5个，正在推进2个” matches the items (#1 by 2025-04-30, #7 by 2025-07-31 open; the rest done); 1 批评教育; 3 rules named."),
    F("vague-measure", 3, "Opens with 我深刻认识到… but then 3 meetings, 18 risk points, a check of both branches, 23 recorded talks."),
    F("no-accountability", 4, "Money moved into the school account; 财务科科长 批评教育."),
    F("no-accountability", 1, "Slow community-education rollout: no wrongdoing by a person."),
    F("no-mechanism", 5, "修订《教职工绩效工资分配办法》 (the gap there is accountability)."),
    F("no-mechanism", 4, "《培训项目财务管理办法》."),
    F("no-mechanism", 7, "《兼职教师聘用管理办法》."),
    F("no-deadline", 1, "完成时限为2025年4月30日 (open, dated)."),
    F("no-deadline", 7, "完成时限为2025年7月31日 with the reason (one semester's run)."),
    F("no-owner", 3, "“此项由我负责”."),
], links=[
    L("目前已有3个乡镇建成社区学习中心教学点并开课", 1), L("多次在会议上强调要进一步规范招生行为", 2),
    L("排查出廉政风险点18个", 3), L("滞留在合作方账户的11.4万元培训费已全部转入学校账户", 4),
    L("停止以任何名义发放“加班补贴”", 5), L("已按程序暂缓确定为发展对象", 6),
    L("同时在两家社会培训机构兼课的3名兼职教师已解除聘用", 7)])

# p05 蓰城县城市污水处理有限公司党支部 (state firm): 反馈意见 with 【问题一】…【问题七】 labels (heading line + detail).
# Report (UTF-16 LE BOM): short preamble + 整改台账 exported from Excel as tab-separated text, multi-line cells in quotes.
G["p05"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("repeated-measure", 2, "Row 2's measure is a boilerplate paragraph (党支部高度重视巡察反馈问题，组织全体党员干部认真学习…确保问题整改到位、取得实效) pasted again, word for word, in row 6."),
    F("repeated-measure", 6, "Row 6 repeats row 2's paragraph after its own 针对……的问题 opener: nothing on the 前置研究事项清单 or the 示范岗."),
    F("no-owner", 4, "Row 4's 责任领导 is “相关部门负责人” and 责任部门 “相关部门” — nobody; every other row names a leader and a department."),
    F("no-mechanism", 1, "The feedback says 至今没有建立超标排放应急处置和报告制度; row 1 replaces monitors, reports late and trains crews, but writes no 制度 — while rows 3, 4, 5 and 7 each make or revise one."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长甘棠 heads the 领导小组 as 第一责任人, 3 推进会, 2 site checks."),
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-14: 86 days."),
    F("no-disclosure", None, "“整改情况已在公司公示栏和县国资中心网站公开”."),
    F("inconsistent-claim", None, "6 done + 1 (row 7, 正在推进, named) = 7; 诫勉2 (工程部经理, 副总经理), 批评2; 15.6万 = 12.4 + 3.2; 12.7万 = 6.2 + 6.5; 5 rules named."),
    F("no-accountability", 3, "工程部经理 诫勉谈话, 经办人 批评教育, 12.7万 核减/不予支付."),
    F("no-accountability", 5, "副总经理 诫勉谈话, 办公室主任 批评教育, 3.2万 returned."),
    F("no-mechanism", 3, "修订《工程建设项目管理办法》."),
    F("no-mechanism", 4, "制定《污泥转运处置管理规定》 (the gap there is the owner)."),
    F("no-mechanism", 5, "修订《公司车辆管理办法》《职工福利费管理办法》."),
    F("no-mechanism", 7, "制定《员工公开招聘管理办法》."),
    F("no-owner", 1, "总工程师晏知白 (the gap there is the missing rule)."),
    F("no-owner", 7, "总经理郏远山."),
    F("no-deadline", 7, "正在推进 with 2025年12月31日."),
], links=[
    L("更换2台老化的在线监测设备", 1), L("针对党支部主体责任落实不力的问题", 2), L("对拆分发包的3个管网改造项目开展专项审计", 3),
    L("确认多支付处置费12.4万元", 4), L("给予分管生产的副总经理诫勉谈话处理", 5), L("针对党建与生产经营融合不紧密的问题", 6),
    L("将2名中层干部亲属调离中控室、化验室", 7)])

# p06 蘼溪县农产品质量安全检测中心党支部: DOCX 反馈意见 whose headings are bold runs with NO numbers (area headings are
# bold paragraphs; each problem a paragraph opening with a bold sentence; the three 整改意见 paragraphs open the same way
# and are NOT problems). Report: 关于"…"的问题 with fields, damaged by mixed widths (half-width , . : ( ) ", ASCII
# digits, 1. beside １．, spaced-out title and field labels).
G["p06"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("weak-leadership", None, "No 领导小组, no 第一责任人: “中心召开全体干部职工会议…将反馈问题按职能分解到各科室…中心办公室负责收集汇总”, though 整改意见 asked for both; the 支部书记 appears only in #5's talks."),
    F("no-deadline", 3, "３．'s 整改时限 is “根据设备检定和人员培训情况确定” for an open item (the 86万 instrument still idle, one spectrometer still away) — no date; every other item has one."),
], must_not_flag=[
    F("late-report", None, "Feedback 2024-08-27, report 2024-11-20: 85 days."),
    F("no-disclosure", None, "下一步 三是: 中心内部公示栏 and the 县农业农村局网站."),
    F("inconsistent-claim", None, "6 done + 1 (#3, 正在推进) = 7; 诫勉1 + 批评3 (2 in #4, 1 in #6); 0.4万; 5 rules named (规程, 规定, 办法 ×2, 纪律十条)."),
    F("no-deadline", 1, "“2024年10月31日,此后长期坚持” — a date plus a standing task."),
    F("no-accountability", 4, "2 检测员 批评教育, 0.4万 追缴."),
    F("no-accountability", 6, "1 诫勉谈话, 1 批评教育, meals paid back, gifts returned."),
    F("no-mechanism", 2, "修订《检测原始记录管理规定》."),
    F("no-mechanism", 4, "《委托检测收费管理办法》."),
    F("no-mechanism", 6, "《抽样检测工作纪律十条》."),
    F("no-owner", 3, "副主任巫马川 is 责任领导 (the gap there is the date)."),
    F("no-owner", 5, "主任乐正岚."),
], links=[
    L("2024年9月已全部重新抽样定量检测", 1), L("实验室信息管理系统实行一人一号", 2),
    L("对超过检定有效期的3台电子天平和1台原子吸收光谱仪立即停用", 3), L("全面停止以个人微信、支付宝收取检测费", 4),
    L("支部书记与班子成员和8名关键岗位人员逐一开展谈心谈话", 5), L("由相关人员按标准向企业补交餐费", 6),
    L("为2023年发展的1名党员补齐政治审查材料", 7)])

# p07 蔿阳县教育招生考试中心党支部: formal 反馈意见, areas 一、…方面 with RESTARTING 1．2．(3．) (2 + 3 + 2 = 7);
# 四、整改意见 not problems. Report: HTML page (nested divs, nav, crumb, info bar, 相关链接, footer) holding a public 通报
# whose answers sit in a 7-row table, one measure per nested <div>. GOOD REPORT.
G["p07"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任暨怀瑾 heads the 领导小组 as 第一责任人, 4 推进会, 3 site checks."),
    F("late-report", None, "Feedback 2025-01-14, 通报 2025-04-10: 86 days."),
    F("no-disclosure", None, "A public 通报 on the centre's site, with a comment period, phone and address."),
    F("inconsistent-claim", None, "6 done + 1 (row 2, 正在推进, dated) = 7; 23 = 22 + 1 (the 智能问答系统); 警告1, 诫勉1, 批评2; 6.3万 = 4.7 + 1.6; 3 new rules + 1 revised."),
    F("no-deadline", 2, "正在推进 with 2025年5月31日."),
    F("no-accountability", 4, "办公室主任 诫勉谈话, 会计 批评教育, 4.7万 recovered."),
    F("no-accountability", 5, "副主任 党内警告, 1.6万 退赔 by the 16."),
    F("no-accountability", 2, "Service shortfall: no wrongdoing by a person."),
    F("no-mechanism", 1, "修订《试卷保密室值班管理制度》."),
    F("no-mechanism", 4, "《考务费用发放管理办法》."),
    F("no-mechanism", 7, "《涉密岗位人员管理办法》."),
    F("copied-measure", 1, "The table's 反馈问题 column restates each problem's title, but the 整改措施 column holds acts."),
], links=[
    L("录像保存期延长至90天以上", 1), L("报名资格审核实行一人初审、一人复核", 2), L("制定党支部落实全面从严治党主体责任清单", 3),
    L("已全部追回并上缴县财政", 4), L("给予组织此次活动的中心副主任党内警告处分", 5), L("重新开展2024年度党员民主评议", 6),
    L("2名临时聘用人员已调离试卷接收和保管岗位", 7)])

# p08 薁源县社会治安综合治理中心党支部: 问题清单 (GB18030) as blocks 序号：N / 问题类别： / 问题描述：. Report (UTF-8 CRLF):
# short 关于…的问题 headings （一）–（六） (feedback #5 skipped, so （五） answers #6), signature and date, THEN
# “附件：整改台账” with six ｜-rows (序号 1–6, again without #5).
G["p08"] = dict(mode="pair", issues=7, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "平安建设专项经费 (5.8万 diverted, 18.6万 paid without acceptance): neither the body nor the appended ledger answers it; （五）/序号5 is the 八项规定 problem. (#4's list of risk points mentions 专项经费使用 only as a risk area.)"),
    F("no-deadline", 3, "（三） is 正在推进中 with no date, and the ledger's 完成时限 is “视招标进展确定”; every other item is dated."),
    F("late-report", None, "Feedback 2024-12-03 with a 三个月内 limit (2025-03-03); report dated 2025-03-21: 108 days."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任宗政澄 heads the 领导小组 as 第一责任人, drafted the plan, visited 6 township centres."),
    F("no-disclosure", None, "下一步: “整改情况将在县委政法委门户网站公开，接受社会监督”."),
    F("inconsistent-claim", None, "No totals are claimed; each item's status matches the ledger (five done, #3 正在推进)."),
    F("unanswered-issue", 6, "Answered under （五）关于违反中央八项规定精神的问题 and ledger 序号5 — position wrong, content right."),
    F("unanswered-issue", 7, "Answered under （六） and ledger 序号6."),
    F("no-deadline", 1, "Dated 2025年2月底; only the monthly comparison 长期坚持."),
    F("no-accountability", 2, "2 网格员 解聘, 6.2万 recovered, 2 站长 批评教育."),
    F("no-accountability", 6, "The 副主任 补交 and 诫勉谈话 (by the 政法委); 4 staff 批评教育; meals repaid."),
    F("no-mechanism", 1, "《矛盾纠纷排查化解工作规程》."),
    F("no-mechanism", 2, "《专职网格员考核管理办法》."),
    F("no-mechanism", 6, "修订《中心公务用车管理规定》."),
    F("no-owner", 3, "副主任长孙霁 is named in the ledger (the gap there is the date)."),
], links=[
    L("27件超期未化解的矛盾纠纷实行县级领导包案", 1), L("违规领取的补贴6.2万元已全部追回", 2), L("312路离线监控已恢复168路", 3),
    L("排查出廉政风险点14个", 4), L("由县委政法委对其进行诫勉谈话", 6), L("召开党员大会补选支部委员1名", 7)])

# p09 蘵山县地方金融服务中心党组: 组长's 反馈会 speech, problems in paragraphs 第一，…第六，; 一要…三要 not problems.
# Report: public 通报 as a WeChat article (原创 line, 点击上方蓝字, 【】 section labels, ▲问题N items, ——END——, 来源/编辑,
# 往期推荐 with ▲ titles, 阅读原文).
G["p09"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "“反馈的6个问题中，已完成整改5个，持续推进2个” — 5 + 2 = 7, not 6; and the items themselves show 4 已完成 and 2 持续推进."),
    F("vague-measure", 2, "▲问题二 is slogans only (高度重视，进一步提高政治站位，切实增强…责任感和紧迫感…持续加大宣传力度，营造…良好氛围): nothing on the reused photos, the fake activities or the 2 unchecked 线索, yet marked 已完成."),
    F("no-accountability", 4, "2 cadres took 3 banquets from supervised firms and 0.6万 was reimbursed by a supervised firm; the answer is 警示教育, 承诺书 and a 监督卡 — nothing repaid, nobody dealt with, though the speech said 该退赔的退赔，该处理的处理，决不能大事化小."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、主任慕容昭 heads the 领导小组 as 第一责任人, chaired 4 推进会, led on-site checks."),
    F("late-report", None, "Feedback 2025-06-17, 通报 2025-09-12: 87 days."),
    F("no-disclosure", None, "A public 通报 on the centre's WeChat account, with a comment period, phone and address."),
    F("no-accountability", 5, "4.3万 returned to the special account; the 财务人员 批评教育."),
    F("no-mechanism", 1, "A 非现场监管数据分析制度 and 《地方金融组织监管工作规程》."),
    F("no-mechanism", 5, "《金融风险防范专项经费管理办法》."),
    F("no-deadline", 6, "“长期坚持” for a standing volunteer service, beside a revised study rule and 3 sessions held."),
    F("no-deadline", 1, "持续推进 with 2025年12月31日."),
    F("vague-measure", 3, "Concrete: 3 meetings, a 责任清单, 21 risk points, 18 talks."),
    F("no-owner", 2, "副主任尉迟舒 is 责任领导 (the gap there is the slogan answer)."),
], links=[
    L("设置逾期率、集中度等6项预警指标", 1), L("持续加大宣传力度", 2), L("建立廉政风险防控清单", 3),
    L("全体干部逐人签订廉洁自律承诺书", 4), L("改变用途的4.3万元专项经费已从单位公用经费中全部归还专项经费账户", 5),
    L("组建“金融知识进社区”党员志愿服务队", 6)])

# p10 蓂川县迎宾馆有限公司党支部 (state firm): 巡察办 website news item pasted as text, problems numbered by hand with
# mixed “1.” “２．” “4、” and half-width , . in places; 一要…三要 and the 表态 not problems. Report: DOCX, the party
# secretary's FIRST-PERSON report, headings are bold runs (“关于……的问题。”) with no numbers.
G["p10"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("copied-measure", 4, "关于应收账款… is the feedback's own words (挂账共计67万元长期未清收、前台收银存在坐支现金、现金日记账与收银系统数据对不上) turned into 要求财务部切实加强…坚决杜绝…确保…清收到位: nothing collected, no cash rule, no result."),
    F("no-mechanism", 5, "The feedback says 公司至今没有制定物资采购管理制度，采购由个人说了算; the answer changes suppliers “临时”, audits prices and 诫勉 the manager, but makes no procurement rule — while #3 and #6 each get one."),
    F("no-disclosure", None, "The speech asked to 按规定向社会公开整改情况; the report never does (the 大堂 price 公示 and the report to the 县纪委监委 are not disclosure)."),
], must_not_flag=[
    F("weak-leadership", None, "First-person report of the 党支部书记、董事长 as 第一责任人: heads the 领导小组, 5 推进会, 亲自督办 two items, owns three."),
    F("late-report", None, "Feedback 2024-09-10, report 2024-12-09: 90 days — inside three months (limit 2024-12-10)."),
    F("inconsistent-claim", None, "6 done + 扭亏 ongoing = 7; 诫勉2 (总经理, 副总经理) + 批评1 (前台经理); 5.5万 = 3.4 + 2.1."),
    F("copied-measure", 3, "Opens by restating (针对“一餐多单”拆分结算的问题) and then acts: 14 bills checked, reported to the 纪委监委, a system prompt, a rule, 批评教育."),
    F("no-accountability", 5, "县国资中心党委 诫勉谈话 for the 总经理; 3.4万 returned by the supplier."),
    F("no-accountability", 6, "2.1万 退缴; the 副总经理 诫勉谈话."),
    F("no-accountability", 3, "前台经理 批评教育; the 14 bills reported to the 县纪委监委."),
    F("no-mechanism", 3, "《公务接待服务结算管理规定》."),
    F("no-mechanism", 6, "《内部人员就餐和客房使用管理规定》."),
    F("no-deadline", 1, "2024年12月31日 for the year's tasks; 扭亏 持续推进 with yearly targets."),
    F("no-owner", 5, "“此项由我负责”."),
    F("no-owner", 4, "副总经理漆雕晴 (the gap there is the copied measure)."),
], links=[
    L("2024年度经营方案已于9月底报县国资中心审批通过", 1), L("由纪检委员每月抽查", 2), L("对2023年以来的14笔结算逐笔核查", 3),
    L("坚决杜绝坐支现金", 4), L("公司已终止与总经理亲属控制的供应商的供货关系", 5), L("涉及的2.1万元已由相关人员全部退缴", 6),
    L("在前台、餐饮、客房等一线岗位设立党员示范岗6个", 7)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
