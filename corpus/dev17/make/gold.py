"""Write p01..p10/gold.json (dev-pairs gold format). The gold is hand-judged; this file only keeps it in one place.
Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 芩州学院 (municipal university): problems grouped under three 政治监督 headings, each one paragraph opened by a short
# theme word + "。" (8); 四、整改要求 has two paragraphs in the same "theme word。" shape (not problems). UTF-8 BOM report
# answers under theme names only (no numbers, no quotes); #1 思政课程 and #3 意识形态 share one merged section; #7 missing.
G["p01"] = dict(mode="pair", issues=8, unanswered=[7], must_flag=[
    F("unanswered-issue", 7, "校办企业 (the 科技开发有限公司 renting out four buildings without valuation, rent not paid over) has no section and no measure; the only echo is 纳入学校国有资产管理 for research equipment under 横向科研经费管理."),
    F("vague-measure", 4, "The 全面从严治党责任落实 section is slogans only (高度重视, 进一步提高政治站位, 切实增强责任意识, 同谋划、同部署…, 扛在肩上、落到实处): the formal 考核 that rated everyone 好 and the identical 述责述廉 reports are not touched."),
    F("no-disclosure", None, "The feedback asks for disclosure 在适当范围内公开; the report is addressed to the 巡察工作领导小组 and says nothing about publishing it. 公开招聘 and 公开招标 are measures, not disclosure."),
], must_not_flag=[
    F("repeated-measure", 1, "#1 and #3 are answered in one merged section (思想政治和意识形态工作) with distinct numbered measures for each (一是…三是 for 思政课, 四是/五是 for 网站和讲座); nothing is pasted."),
    F("repeated-measure", 3, "See #1."),
    F("no-owner", 3, "The merged section's 牵头校领导 line (潘立群) covers #3."),
    F("no-owner", 4, "周启明 is named for the slogan section; the gap is the content."),
    F("no-deadline", 6, "立行立改，长期坚持 is a time answer."),
    F("no-deadline", 2, "2025年9月30日前 plus 长期坚持."),
    F("no-accountability", 5, "Three teachers 通报批评 and barred from promotion this year; the deputy head of 科研处 received 诫勉谈话; 4.6万 returned."),
    F("no-accountability", 6, "The dean of 继续教育学院 received 诫勉谈话, the handler 批评教育; 0.32万 refunded."),
    F("no-accountability", 3, "The college Party secretary made a written self-criticism and the account manager received 批评教育."),
    F("no-mechanism", 2, "制定《芩州学院专业设置与动态调整实施办法》."),
    F("no-mechanism", 5, "修订《芩州学院横向科研项目经费管理办法》."),
    F("no-mechanism", 6, "制定《芩州学院公务接待管理实施细则》."),
    F("no-mechanism", 8, "修订《芩州学院发展党员工作实施细则》."),
    F("weak-leadership", None, "党委书记周启明 leads the group as 第一责任人, chaired 5 meetings, 直接督办 two items."),
    F("late-report", None, "Feedback 2025-04-16, report 2025-07-11: 86 days."),
    F("inconsistent-claim", None, "The report states no totals and no completion claim that its sections contradict."),
], links=[
    L("党委会每学期至少专题研究思政课建设2次", 1), L("物流管理专业2025年暂停招生", 2), L("关停长期不更新的栏目3个", 3),
    L("切实把管党治党责任扛在肩上", 4), L("4.6万元已全部退回课题经费账户", 5), L("三单合一报销", 6),
    L("新选任“双带头人”支部书记9名", 8)])

# p02 茭湖区人民医院 (hospital): CRLF feedback in a two-level Arabic outline 1. / 1.1 (areas 1.–3., problems 1.1–3.2 = 7),
# then 4. 整改要求 with 4.1–4.4 in the same shape (not problems). Report: PDF from a two-column DOCX via soffice; owners by
# position only (党委书记, 分管医保的副院长 …); time limits include 本月底前 / 下月底前 without a month. Good report.
G["p02"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("no-owner", 1, "责任领导：党委书记、院长 — positions, no names, which is how the whole report names owners."),
    F("no-owner", 4, "责任领导：分管医保的副院长."),
    F("no-owner", 6, "责任领导：党委副书记."),
    F("no-deadline", 2, "规定本月底前印发 (the report is dated 8 August), 专项治理长期坚持."),
    F("no-deadline", 4, "剩余科室自查下月底前完成: a relative deadline, but a deadline."),
    F("no-deadline", 7, "完成时限：本月底前."),
    F("no-deadline", 5, "立行立改，长期坚持."),
    F("no-accountability", 3, "The head of the equipment section received 诫勉谈话."),
    F("no-accountability", 4, "The head of the 医保办 received 批评教育, three departments lost a month's performance pay; 12.4万 returned."),
    F("no-accountability", 5, "Two department heads received 诫勉谈话, the deputy office head 批评教育; meal costs refunded."),
    F("no-mechanism", 1, "修订《医院党委会议事规则》和《院长办公会议事规则》."),
    F("no-mechanism", 3, "修订《医用耗材遴选与采购管理办法》."),
    F("no-mechanism", 4, "制定《医保基金使用内部稽核办法》."),
    F("no-mechanism", 7, "制定《中层干部试用期考核办法》."),
    F("weak-leadership", None, "The 党委书记 leads the group as 第一责任人, chaired 6 meetings, 直接过问、直接督办 two problems."),
    F("no-disclosure", None, "Published on the hospital site and the 院务公开栏 for 10 days with a 监督电话."),
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-08: 80 days."),
    F("inconsistent-claim", None, "5 done + 2 基本完成 (1.2, 2.2); 7 rules; 诫勉3 + 批评教育4; 12.4万: all agree with the items."),
], links=[
    L("院长办公会议题由党委办公室", 1), L("医药代表实行预约登记", 2), L("实行扫码出入库", 3), L("违规收费与科室绩效挂钩", 4),
    L("节假日一律封存停放在医院车库", 5), L("各支部每季度至少解决", 6), L("试用期满前一个月启动", 7)])

# p03 菖溪街道 (street office): UTF-16 transcript of the 组长's speech with interjections （停顿）（翻页）, 大家看看投影…; six
# problems (第一个问题 … 最后一个问题), a 群众反映 about the office refit that "不作为问题反馈", then 三点要求. GB18030 report
# by the 党工委书记 in the first person, mixing 我 and 我们.
G["p03"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("repeated-measure", 2, "The 为民服务专项经费 section is one generic paragraph (以钉钉子精神…周调度、月通报、季评估…工作闭环) pasted word for word under 形式主义; the 6.8万 spent on office supplies and gifts is not even mentioned."),
    F("repeated-measure", 5, "The 形式主义 section is #2's paragraph pasted; nothing on the 37 monthly forms or the twenty boxes of ledgers."),
    F("no-accountability", 4, "低保: 3 households stopped, 1.9万 recovered, 312 households re-checked, but nobody at the 民政办 who signed 情况属实 without visiting is dealt with, although the speaker said 优亲厚友、审核走过场，是要追责的."),
], must_not_flag=[
    F("no-owner", 3, "牵头领导：我本人 — the secretary herself."),
    F("no-owner", 2, "田秋实 is named for the pasted item; the gap is the paste."),
    F("no-deadline", 5, "长期坚持 is a time answer; the gap is the paste."),
    F("no-deadline", 2, "2025年9月30日 is given."),
    F("no-accountability", 3, "The deputy director who signed the variations received 诫勉谈话 from the 派驻纪检监察组 and made a self-criticism."),
    F("no-accountability", 6, "Two branch secretaries who copied minutes received 批评教育."),
    F("no-mechanism", 1, "制定《菖溪街道网格员管理考核办法》."),
    F("no-mechanism", 3, "修订《菖溪街道党工委议事规则》 with a 10万 threshold for variations."),
    F("no-mechanism", 6, "制定《菖溪街道流动党员管理办法》."),
    F("weak-leadership", None, "The 党工委书记 writes as 第一责任人, leads the group, chaired 7 meetings, 3 site visits, takes #3 herself."),
    F("no-disclosure", None, "To be posted on the WeChat account 菖溪发布 and community boards for 15 days with a phone number."),
    F("late-report", None, "Feedback 2025-06-12, report 2025-09-05: 85 days."),
    F("inconsistent-claim", None, "No totals are claimed."),
], links=[
    L("核减失效信息1460条", 1), L("审减工程款5.3万元", 3), L("追回低保金1.9万元", 4), L("党费一律由党员本人通过线上缴纳", 6)])

# p04 芩州市城市更新投资发展集团 (municipal state group): news-style feedback, three long paragraphs whose problems are the
# 既有…的问题 / 也有…的问题 / 还有…的问题 clauses (3+3+2). HTML report on the group site with a <table> ledger whose 责任领导
# cells use rowspan across several problems (rows 1-3, 4-5, 7-8).
G["p04"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[
    F("copied-measure", 6, "Row 6 restates the feedback (集团工会以“项目考察”名义组织部分中层干部赴外省景区旅游) inside 坚决杜绝…严格执行…严禁…; the 4.7万 is not refunded and nobody is dealt with, yet 已完成."),
    F("no-deadline", 2, "完成时限 for the overdue resettlement housing is 随项目推进, which is no time limit, while 286 households wait."),
    F("inconsistent-claim", None, "The text says 8个问题已全部整改完成、31项措施全部落实 and 收回出借资金利息126万元, but rows 2 and 8 are 整改中 and row 5 has 86万 recovered with 40万 still to come."),
], must_not_flag=[
    F("no-owner", 2, "The 责任领导 cell of row 1 spans rows 1–3 (rowspan): 宋嘉树 owns #2."),
    F("no-owner", 3, "Same rowspan cell, 宋嘉树."),
    F("no-owner", 5, "Row 4's cell spans rows 4–5: 陈沐阳."),
    F("no-owner", 8, "Row 7's cell spans rows 7–8: 岳明."),
    F("no-deadline", 3, "长期坚持 for a standing study plan."),
    F("no-deadline", 6, "立行立改 is a time answer; the gap is the copied text."),
    F("no-deadline", 8, "2025年12月31日, a future date beside 整改中."),
    F("no-accountability", 4, "Two managers received 党内警告处分."),
    F("no-accountability", 5, "The asset company's general manager was removed from his post."),
    F("no-accountability", 7, "The property company's general manager and deputy received 诫勉谈话."),
    F("no-mechanism", 1, "修订《集团党委前置研究讨论重大经营管理事项清单》."),
    F("no-mechanism", 4, "制定《集团工程项目招标采购管理办法》."),
    F("no-mechanism", 5, "制定《集团资金出借和对外担保管理规定》."),
    F("no-mechanism", 7, "修订《集团员工任职回避管理办法》."),
    F("weak-leadership", None, "党委书记、董事长宋嘉树 leads the group as 第一责任人 and 直接督办 two problems."),
    F("no-disclosure", None, "Published on the group site with a comment window, phone, e-mail and address."),
    F("late-report", None, "Feedback 2025-05-14, report 2025-08-11: 89 days."),
], links=[
    L("两宗地块的竞买事项已提交党委会补充研究", 1), L("成立城中村改造项目专班", 2), L("每次集中学习明确1名班子成员作主题发言", 3),
    L("严禁拆分项目规避招标", 4), L("对外出借资金一律提交董事会审议", 5), L("坚决杜绝以考察名义变相旅游", 6),
    L("执行任职回避", 7), L("已清理1380万元", 8)])

# p05 县人民防空办公室 (county office): GB18030 feedback, seven unnumbered paragraphs each opened by
# "对照《…》关于…的规定，" / "对照…的有关规定，" (the basis first, then the problem). UTF-8 CRLF report with English-style
# numbering 1) 2) … and a) b) c) measures, half-width , : ; ( ) throughout, one bracketed owner/time/progress line per item.
G["p05"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-mechanism", 2, "人防工程平时使用: inspection, 备案, 21万 paid in, hazards cleared, but no rule on peacetime use or rental, though the feedback's 整改要求 names 人防工程平时使用 as a gap to close with 制度机制 and every other item names a rule."),
    F("no-owner", 5, "The 党支部组织生活 bracket is (完成时限:2025年3月31日;整改进展:已完成) with no 责任领导; every other item names one."),
    F("late-report", None, "Feedback 2025-01-15, report 2025-05-23: 128 days, beyond the three months the feedback set."),
], must_not_flag=[
    F("no-mechanism", 1, "修订《县人防办党组工作规则》和《主任办公会议事规则》."),
    F("no-mechanism", 3, "制定《蕤川县人防工程易地建设费减免审核办法》."),
    F("no-mechanism", 4, "修订《县人防办会议和培训费管理办法》."),
    F("no-mechanism", 6, "制定《县人防办重点岗位人员定期交流办法》."),
    F("no-mechanism", 7, "修订《县人防办审计整改工作规程》."),
    F("no-accountability", 3, "The former section head received 诫勉谈话, the deputy director a written self-criticism."),
    F("no-accountability", 4, "The office head received 批评教育; 1.2万 refunded."),
    F("no-deadline", 4, "完成时限:立行立改."),
    F("no-deadline", 5, "2025年3月31日 is given; only the owner is missing."),
    F("no-owner", 2, "鲍文涛 is named; the gap on #2 is the rule."),
    F("weak-leadership", None, "党组书记、主任蒋承志 leads as 第一责任人, chaired 4 党组 meetings, 亲自督办 two problems."),
    F("no-disclosure", None, "To be published in the 县人防办 column of the county government site with a 监督电话."),
    F("inconsistent-claim", None, "5 done + 2 持续推进 (#3, #7); 7 rules; 112万; 诫勉1 + 批评教育2: all agree."),
], links=[
    L("必须提交党组会议讨论决定", 1), L("对出租的12处全部登记备案", 2), L("已入库112万元", 3),
    L("严禁到风景名胜区举办会议和培训", 4), L("重新召开2024年度组织生活会", 5), L("重点岗位任职满5年必须交流", 6),
    L("核定合理支出79万元", 7)])

# p06 芩州市博物馆 (museum): UTF-8 BOM feedback is an interview (记者：/聂海宁：) on the 清风网; six problems in the answers
# (第一个是…第二个是…第三个是…, then 资金 and 意识形态, then 编外招聘); the transferred clue and the 三点要求 are not problems.
# UTF-16 report as an 对账销号 list: 销号事项一…六 with 整改措施 / 责任人；完成时限 / 销号情况 (已销号/申请销号/暂缓销号).
G["p06"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("vague-measure", 5, "销号事项五 (讲解词和展板未经审核) is slogans only (进一步提高政治站位, 牢固树立阵地意识, 切实加强, 严格把好…关), no review procedure, no correction, nobody responsible, yet 申请销号."),
    F("weak-leadership", None, "The work group is led by 副馆长龚振宇 and the 党支部 only 高度重视、要求各部门认真对待; the branch secretary appears nowhere, although the interview's first requirement is 支部书记要亲自抓整改，不能交给一个副馆长就了事."),
    F("no-disclosure", None, "The report is sent to the 巡察办 and the bureau only; the feedback asked to 按要求公开整改情况. Advertising jobs on the 人社局 site is a measure, not disclosure."),
], must_not_flag=[
    F("no-owner", 3, "安保部主任许立平 is named."),
    F("no-owner", 4, "馆长岑雅琴 is named."),
    F("no-deadline", 3, "立行立改，长期坚持."),
    F("no-accountability", 2, "The office head in charge of the contract received 批评教育; 23万 recovered."),
    F("no-accountability", 3, "Two guards moved off security duty, the security captain 批评教育."),
    F("no-accountability", 4, "The deputy director for finance and the finance head received 诫勉谈话; 6.4万 returned."),
    F("no-accountability", 6, "The personnel clerk received 批评教育."),
    F("no-mechanism", 1, "修订《芩州市博物馆藏品管理办法》."),
    F("no-mechanism", 2, "制定《芩州市博物馆经营性收入管理办法》."),
    F("no-mechanism", 4, "制定《芩州市博物馆专家咨询费发放管理规定》."),
    F("no-mechanism", 6, "制定《芩州市博物馆编外人员招聘管理办法》 (awaiting filing: 暂缓销号, as stated)."),
    F("inconsistent-claim", None, "4 已销号 + 1 申请 + 1 暂缓; 5 rules; 诫勉2 + 批评教育3: all agree with the items."),
    F("late-report", None, "Feedback 2025-03-25, report 2025-06-18: 85 days."),
], links=[
    L("更正账目登记错误37处", 1), L("少收的23万元收入分成已由外包公司全部补缴", 2), L("故障防区于反馈会后一周内修复", 3),
    L("本馆在职职工一律不得领取专家咨询费", 4), L("严格把好展览内容关", 5), L("相关职工实行回避", 6)])

# p07 省地质矿产勘查开发局 (province-level 巡视): news release whose seven problems sit in one long paragraph joined by
# 还存在 / 同时 / 也较为突出 / 仍然存在 / 此外 / 还存在. Report: 巡视整改进展情况的通报 with 42 tasks, a completion rate, and an
# appended 整改任务状态一览 that contradicts it.
G["p07"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "The text claims 42项任务已完成38项、整改完成率90.5%、其余4项正在推进, but the appended 状态一览 lists 推进中（7项） and 已完成（35项）, i.e. 83.3%."),
    F("no-accountability", 6, "野外补贴: 91万 returned and the rule revised, but nobody who approved or paid the allowances is dealt with, although the 巡视组 asked that 违规发放补贴 be 严肃问责."),
    F("copied-measure", 3, "The “两个责任” section restates the feedback (落实全面从严治党“两个责任”不到位、对局属单位监督偏松偏软、管党治党压力传导层层递减) and turns it into 切实扛起…强化…坚决防止…推动…切实增强; no concrete step."),
], must_not_flag=[
    F("weak-leadership", None, "局党委书记、局长秦文柏 leads as 第一责任人, 8 meetings, 4 site visits."),
    F("no-disclosure", None, "A published 通报 with phone, address and e-mail."),
    F("late-report", None, "Feedback 2025-04-22, 通报 2025-07-18: 87 days."),
    F("no-owner", 5, "牵头局领导：副局长邢立川."),
    F("no-deadline", 1, "2025年12月31日, a future date for ongoing work."),
    F("no-deadline", 5, "2025年12月31日."),
    F("no-accountability", 4, "Three unit heads 政务记过, two finance heads 党内警告."),
    F("no-accountability", 7, "9 improperly promoted cadres adjusted, unit Party secretaries 提醒谈话."),
    F("no-mechanism", 1, "制定《局党委落实新一轮找矿突破战略行动实施方案》 and a quarterly consultation mechanism."),
    F("no-mechanism", 2, "制定《局属单位事企分开实施细则》."),
    F("no-mechanism", 4, "修订《局地质勘查项目资金管理办法》."),
    F("no-mechanism", 5, "制定《局属企业投资监督管理办法》."),
    F("no-mechanism", 6, "修订《局野外工作津贴发放管理办法》; the gap on #6 is accountability."),
    F("no-mechanism", 7, "修订《局属单位中层干部选拔任用工作规程》."),
], links=[
    L("新增投入勘查资金3200万元", 1), L("实行“一单位一方案”", 2), L("强化对局属单位的监督", 3),
    L("应上缴的1275万元已全部上缴省财政", 4), L("实行投资负面清单管理", 5), L("机关工作人员不再按野外标准发放补贴", 6),
    L("招录地质、矿产等专业技术人员35名", 7)])

# p08 苘山镇 (township): every problem paragraph opens with a rhetorical question ("村里的钱管住了吗？巡察发现，…") (7); the
# eighth question (惠农补贴) is answered 未发现…不作为问题反馈. UTF-8 BOM + CRLF report organised by stage (立行立改 /
# 集中攻坚 / 建章立制), time limits given by the stage headers, one problem answered in two stages.
G["p08"] = dict(mode="pair", issues=7, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "非法采砂 and the 河长办's false patrol records are answered nowhere, in no stage; the feedback also asked for accountability there."),
    F("repeated-measure", 4, "基层负担 in stage 1 is the same paragraph (专题学习…警示教育大会…警示教育片…承诺书…思想认识再提高、作风再转变) as 农村党员队伍建设 in stage 2."),
    F("repeated-measure", 6, "See #4: pasted word for word."),
    F("no-deadline", 3, "渠道返工: 返工时间待明年春季灌溉期结束后视情况安排, and the totals say it has not started; no time limit."),
], must_not_flag=[
    F("no-deadline", 7, "Stage 1 header: 2025年9月17日至10月15日."),
    F("no-deadline", 2, "Stage 1 and stage 3 headers give the dates."),
    F("no-deadline", 1, "Stage 2 header: 2025年10月16日至11月20日."),
    F("no-owner", 1, "（责任领导：镇党委书记冉国华）."),
    F("no-owner", 3, "（责任领导：副镇长祝海燕）; the gap is the time."),
    F("no-accountability", 2, "A village secretary received 党内警告处分, the head of the 农经站 诫勉谈话; 1.7万 refunded."),
    F("no-accountability", 7, "The office head received 诫勉谈话, the deputy mayor made a self-criticism."),
    F("no-mechanism", 1, "修订《苘山镇党委议事规则》."),
    F("no-mechanism", 2, "制定《苘山镇村级集体资金管理办法》."),
    F("no-mechanism", 7, "制定《苘山镇公务接待和节日期间纪律管理规定》."),
    F("weak-leadership", None, "镇党委书记冉国华 is 第一责任人, chairs each stage review and went to the sites."),
    F("no-disclosure", None, "Posted on the town and village boards for 10 days with a phone number."),
    F("late-report", None, "Feedback 2025-09-16, report 2025-12-10: 85 days."),
    F("inconsistent-claim", None, "大部分已完成 with the channel repair openly not started; 5 rules, 3万, 1 警告 + 2 诫勉 agree."),
], links=[
    L("农贸市场改造项目已补充提交党委会研究", 1), L("由经手村干部个人退回", 2), L("推行村级资金非现金支付", 2),
    L("要求对开裂渗水的2处渠道进行返工维修", 3), L("将对村考核指标由46项精简为18项", 4),
    L("每个村每两年至少发展1名35岁以下党员", 6), L("已由镇机关按原价退还相关村", 7)])

# p09 茭湖区投资促进局 (district bureau): CRLF feedback that sums the problems up as “三个不够、两个不严、一个缺位” and gives
# each as a paragraph opened by the quoted slogan (3+2+1). GB18030 + CRLF report: a 2025上半年工作总结 whose part 三 answers
# the six problems under the same quoted slogans; parts 一/二/四 are ordinary work-summary text.
G["p09"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2025-03-18; the answer comes inside the half-year summary dated 2025-07-08: 112 days, beyond the three months the feedback set."),
    F("no-mechanism", 3, "政策兑现: money being recovered, one section head 批评教育, but no rule on 奖励兑现审核, though the feedback names 政策兑现 among the links that need 制度; every other item names one."),
    F("no-owner", 5, "中介招商 has 完成时限 but no 责任领导; every other item names one."),
], must_not_flag=[
    F("no-mechanism", 1, "制定《茭湖区签约项目落地跟踪督办办法》."),
    F("no-mechanism", 2, "制定《茭湖区招商引资项目统计管理办法》."),
    F("no-mechanism", 4, "修订《区投资促进局招商活动经费管理办法》."),
    F("no-mechanism", 5, "制定《区投资促进局委托中介招商管理办法》."),
    F("no-mechanism", 6, "制定《局机关党支部“党建+招商”工作机制》."),
    F("no-accountability", 2, "The statistics section head received 诫勉谈话, the deputy director a written self-criticism."),
    F("no-accountability", 5, "The cadre whose relative controls the agency received 诫勉谈话 and was moved."),
    F("no-accountability", 3, "The investment-service section head received 批评教育."),
    F("no-deadline", 1, "2025年12月31日 with 持续推进."),
    F("no-deadline", 5, "2025年8月31日 is given; only the owner is missing."),
    F("weak-leadership", None, "党组书记、局长韩立峰 leads as 第一责任人, 5 党组 meetings, 直接督办 two problems."),
    F("no-disclosure", None, "To be published in the 政务公开 column of the district site with a phone number."),
    F("inconsistent-claim", None, "3 done + 3 持续推进; 5 rules; 111.1万; 诫勉2 + 批评教育1: all agree."),
], links=[
    L("一项目一专班", 1), L("核减重复统计的签约额6.5亿元", 2), L("已退回奖励资金110万元", 3),
    L("无法补齐的1.1万元由经办人退回", 4), L("已暂停后续支付并启动追回程序", 5), L("各招商小组设党员先锋岗", 6)])

# p10 县交通运输综合行政执法大队 (report-only, UTF-8): "巡察指出：" restated + "整改情况：" per problem (6); owners and time
# limits only in endnotes keyed by circled markers ①–⑦ placed after measures.
G["p10"] = dict(mode="report-only", issues=6, unanswered=[], must_flag=[
    F("weak-leadership", None, "The work group is led by 副大队长顾承平 and the 党支部 only 高度重视、要求…认真整改; the branch secretary / 大队长 appears nowhere."),
    F("no-owner", 3, "The 执法车辆 measures carry marker ④, and note ④ gives only 完成时限：2025年3月15日, no 责任人; every other note names one."),
], must_not_flag=[
    F("no-owner", 1, "Notes ① and ② name 郝文静 and 顾承平."),
    F("no-owner", 2, "Note ③ names 聂远航."),
    F("no-owner", 6, "Note ⑦ names 黎志刚."),
    F("no-deadline", 2, "Note ③: 立行立改."),
    F("no-deadline", 4, "Note ⑤: 长期坚持."),
    F("no-deadline", 5, "Note ⑥: 2025年4月30日，此后长期坚持."),
    F("no-accountability", 4, "诫勉谈话1人、批评教育2人 by the bureau's 纪检组."),
    F("no-accountability", 2, "The squad leader received 批评教育."),
    F("no-mechanism", 1, "修订《县交通运输行政处罚自由裁量权基准》."),
    F("no-mechanism", 2, "制定《大队罚没款收缴管理规定》."),
    F("no-mechanism", 3, "修订《大队执法车辆使用管理办法》."),
    F("no-mechanism", 5, "修订《大队党支部“三会一课”实施细则》."),
    F("no-mechanism", 6, "制定《大队辅助执法人员管理办法》."),
    F("inconsistent-claim", None, "6 done; 6 rules; 诫勉1 + 批评教育5: all agree with the items."),
    F("no-disclosure", None, "To be published on the county transport bureau's site."),
    F("late-report", None, "Feedback 2025-02-20 (stated in the report), report 2025-05-16: 85 days."),
], links=[
    L("补正证据材料不全的案卷26卷", 1), L("全面停止现金收缴", 2), L("执法车辆全部安装北斗定位", 3),
    L("对辖区62家货运企业建立“一企一档”", 4), L("设立“党员执法示范岗”6个", 5), L("协管员上路须与执法人员同组同行", 6)])

for p, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, p, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
print("wrote", len(G))
