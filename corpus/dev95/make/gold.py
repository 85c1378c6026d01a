"""Write p01..p10/gold.json (dev-pairs gold format) for dev95 (pair ids d95-01 … d95-10). The gold is hand-judged;
this file only keeps it in one place. Modelled on dev44's make/gold.py. Debatable points ("may report") are not gold:
they are in each pair's notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蒟岭县烟叶产业发展服务中心党支部: formal 反馈意见, areas （一）…方面 + continuous 1．–8．; 二、整改意见 not problems.
# Report: SIX-MONTH progress report, items grouped by status 已完成（6）/ 基本完成（1）/ 尚未完成（1）, each tagged
# （反馈意见第N项）, with 牵头领导/完成时间 lines. GOOD REPORT.
G["p01"] = dict(issues=8, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任亓砚舟 heads the 领导小组 as 第一责任人, chaired 3 more 推进会 after the concentrated phase, visited 5 烟站, and owns four items himself."),
    F("late-report", None, "A later (six-month) report the 巡察办 asked for; the three-month report was filed 2025-04-14, 88 days after the 2025-01-16 feedback."),
    F("no-disclosure", None, "集中整改情况 published in April on the 县农业农村局 website; this report goes there too, with a 监督电话."),
    F("inconsistent-claim", None, "6 done + 1 基本完成 + 1 未完成 = 8, matching the three sections; 26/29 = 89.7%; 8.24万 / 1.8万 / 2.1万 each found in its item; 诫勉2 (#1 科长, #4 庹立民), 批评教育3 (#4 two 科长, #5 审核人员); 4 new + 2 revised rules all named."),
    F("unanswered-issue", 8, "Listed under 尚未完成 but with work done (5 posts in the 招聘计划, 2 rounds of training) and a date."),
    F("unanswered-issue", 2, "Answered under 基本完成 (2 of 3 合作社 refunded, 督办函 to the third)."),
    F("no-deadline", 8, "完成时限 2025年12月31日 for the open item."),
    F("no-deadline", 2, "“2025年8月31日前退还到位”."),
    F("no-accountability", 1, "原生产技术科科长 诫勉谈话 for cutting the subsidy."),
    F("no-accountability", 4, "副主任庹立民 诫勉谈话 and 补缴 car costs; 2 科长 书面检查 + 批评教育, meals paid back."),
    F("no-accountability", 5, "1.8万 recovered, 财务审核人员 批评教育."),
    F("no-accountability", 6, "Missed group meetings and thin minutes: a procedural failing, nobody to hold to account."),
    F("no-accountability", 8, "Ageing staff and few specialists: no wrongdoing."),
    F("no-mechanism", 2, "《烟叶专业合作社服务收费公示制度》."),
    F("no-mechanism", 5, "《烤房改造补助资金审核拨付办法》 with three checks."),
    F("no-owner", 2, "牵头领导：郗秉衡."),
], links=[
    L("为412户烟农补发差额8.24万元", 1), L("蘗坪、柘口2个合作社已将多收的2.1万元退还烟农", 2), L("逐一开展廉政谈话23人次", 3),
    L("对长期使用烟站皮卡车上下班的副主任庹立民给予诫勉谈话", 4), L("追回2户烟农以同一座烤房重复申报多领取的补助1.8万元", 5),
    L("3个党小组每月召开党小组会", 6), L("按要求补做政治审查", 7), L("对烟站14名临聘技术员开展烘烤技术轮训2期", 8)])

# p02 蘵源县传染病医院党总支: 组长's 反馈会 speech (GB18030), problems in paragraphs 第一，…第七，; the 根子 sentence,
# 一要…三要 and the 3个月内 sentence are not problems. Report: DOCX three-month 集中整改情况报告, covering text +
# landscape Word-table 整改台账 (序号/反馈问题/整改措施/责任领导/责任科室/完成时限/整改进展).
G["p02"] = dict(issues=7, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "The covering text says the 18.6万 补助 was 清退 in full and 6 of 7 problems are done; row 5 is marked 已完成 yet says only 12.4万 has been returned and 6.2万 is still being chased until the end of September."),
    F("no-owner", 4, "Row 4's 责任领导 is “院领导班子” and its 责任科室 “各临床科室” — nobody in particular; every other row names one leader."),
], must_not_flag=[
    F("weak-leadership", None, "党总支书记仝韶华 heads the 领导小组 as 第一责任人, chaired 4 党总支会议, deployed the plan himself, hears progress every two weeks and 直接督办 items 5 and 7."),
    F("late-report", None, "Feedback 2025-03-20, report 2025-06-13: 85 days."),
    F("no-disclosure", None, "Published on the hospital website and 院务公开栏 for 10 days with a 监督电话."),
    F("no-accountability", 4, "The doctor returned the 0.2万 and got a 党内警告 (the gap there is the owner)."),
    F("no-accountability", 5, "时任分管财务的副院长 诫勉谈话."),
    F("no-accountability", 1, "疾病预防控制科科长 诫勉谈话 for the late reports."),
    F("no-accountability", 7, "A staffing shortfall: no wrongdoing."),
    F("no-deadline", 7, "2025年12月31日, 正在推进."),
    F("no-mechanism", 3, "《防护物资采购管理办法》 with a 院务会 threshold and platform prices."),
    F("no-mechanism", 6, "Revised 议事规则 and a 《“三重一大”事项清单》."),
    F("no-owner", 7, "宓承远 / 人事科."),
    F("unanswered-issue", 7, "正在推进 with a plan, a published recruitment and a 帮扶 agreement."),
], links=[
    L("对2024年以来全部法定传染病报告卡逐张复核", 1), L("补齐医疗废物交接台账", 2), L("商户已退还高出平台挂网价格的差价3.1万元", 3),
    L("收受购物卡的医生已退还0.2万元，给予党内警告处分", 4), L("对2023年补助发放名册逐人核对", 5),
    L("修订《党总支会议议事规则》", 6), L("面向社会公开招聘感染性疾病专业医生2名", 7)])

# p03 莙川县仲裁委员会办公室党支部: 问题清单 (UTF-8 CRLF) 问题一：…问题七： + 具体表现：; 整改要求 一、二、三、 not problems.
# Report (GB18030): the unit's FIRST report, a 整改完成情况报告 filed late; 问题N：/整改情况： + bracket
# （责任人；完成时间；整改结果）.
G["p03"] = dict(issues=7, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2024-10-22 with a 3个月内 limit (2025-01-22); this first and only report is dated 2025-03-07: 136 days; it mentions no earlier report and says it was written once the work was 基本完成."),
    F("no-mechanism", 2, "A roster left unrevised for three years and an undisclosed conflict of interest: the answer prunes the roster and suspends one arbitrator but sets no rule for updating the 名册 or checking 回避/披露, while the 整改要求 asked for rules and items 1, 3, 4, 7 each get one."),
    F("vague-measure", 5, "问题五 is slogans only (深入学习…增强纪律意识…严格执行公务接待有关规定): nothing on the hotel room rented for 2.8万 and used 11 times, nothing on the six receptions without a 公函."),
], must_not_flag=[
    F("weak-leadership", None, "主任、党支部书记綦望舒 heads the 领导小组 as 第一责任人, chaired 6 meetings, 直接督办 two items."),
    F("no-disclosure", None, "“整改情况将按规定在县政府门户网站予以公布”."),
    F("inconsistent-claim", None, "6 done + 1 基本完成 (档案室) = 7 and 问题七's bracket says so; 20/21; 5.7万, 32万; 批评教育2 (#1 科长, #3 秘书), 暂停1 (#2); 4 rules named."),
    F("no-accountability", 2, "The arbitrator was 约谈 and suspended for six months (the gap there is the missing rule)."),
    F("no-accountability", 1, "立案科科长 批评教育; 5.7万 refunded."),
    F("no-accountability", 3, "办案秘书 批评教育."),
    F("no-deadline", 7, "完成时间 2025年4月30日 for the unfinished 档案室."),
    F("no-mechanism", 3, "《仲裁案件审限管理办法》."),
    F("no-mechanism", 4, "《仲裁员报酬发放办法》."),
    F("vague-measure", 6, "Concrete: 2 支委 补选 in December, monthly 支委会, rotating 主题党日."),
], links=[
    L("已于2025年1月全部退还至企业账户", 1), L("将3名已调离本县的人员从仲裁员名册中删除", 2), L("对在办的47件案件逐件建立审限台账", 3),
    L("将留存在单位账户的32万元仲裁费全部缴入财政专户", 4), L("坚持勤俭节约，严格执行公务接待有关规定", 5),
    L("召开党员大会补选支部委员2名", 6), L("对58卷超期未归档卷宗集中整理", 7)])

# p04 薢山县植物园管理处党支部: HTML news page (UTF-8) of the 纪委监委 site; 7 problems in one “巡察组指出…：…；…等问题”
# sentence; 巡察组要求, the 表态 and the 信访件 sentence are not problems. Report: public HTML 整改进展情况的通报 (GBK,
# CRLF) with an 索引号 table, 已完成（5）/ 正在推进（2）.
G["p04"] = dict(issues=7, unanswered=[], must_flag=[
    F("no-accountability", 2, "3.4万 of cash kept by one employee for over three months: the money is booked and payments go online, but nobody is dealt with, though the feedback asked to 查清责任、严肃处理 violations."),
    F("no-deadline", 6, "The open part (11 古树 supports) waits “待县财政专项资金到位后组织实施”: no date, and the bracket has only a 责任人, while the other open item has 2025年10月31日."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任鄢若溪 heads the 领导小组 as 第一责任人, chaired 5 meetings, 亲自督办 two items."),
    F("late-report", None, "Feedback 2025-04-08, 通报 2025-07-02: 85 days."),
    F("no-disclosure", None, "A public 通报 (主动公开) with a comment period, phone and address."),
    F("inconsistent-claim", None, "5 done + 2 in progress = 7; 21/25; 3.4万 / 1.6万 / 2.2万 each in its item; 诫勉1 (#3), 批评教育1 (#4); 3 new + 1 revised rules named."),
    F("no-accountability", 3, "原分管副主任 诫勉谈话; 2.2万 核减."),
    F("no-accountability", 4, "购物卡 returned; 办公室主任 批评教育."),
    F("no-accountability", 7, "A staffing gap: no wrongdoing."),
    F("no-deadline", 7, "完成时限：2025年10月31日."),
    F("unanswered-issue", 6, "Answered under 正在推进: railings fitted, a plan commissioned, daily patrols."),
    F("no-mechanism", 2, "《门票和研学收入管理办法》 (the gap there is accountability)."),
    F("no-owner", 6, "责任人：伏星澜 (the gap there is the date)."),
    F("copied-measure", 1, "The answer reuses the feedback's nouns (迁地保护名录, 保育档案) but reports acts done: a new list of 62 species, 14 files, a rule."),
], links=[
    L("为近年引种的14种植物逐一建立保育档案", 1), L("研学活动收取的现金3.4万元已于4月全部缴入单位账户", 2),
    L("委托第三方对工程变更费用进行审核，核减2.2万元", 3), L("对具体经办的办公室主任进行批评教育", 4),
    L("党员义务劳动不再计为主题党日", 5), L("3处临水游步道护栏已于4月安装完毕", 6), L("与省植物研究所签订合作协议", 7)])

# p05 蘨阳县茧丝绸有限责任公司党支部: DOCX 反馈意见 with bold （一）–（八） heading paragraphs + detail; 二、整改要求 1．–4．
# not problems. Report (UTF-16 LE BOM): a 回头看 自查报告 a year on, grouped 巩固（6）/ 反弹（1）/ 尚未完全整改（1）.
G["p05"] = dict(issues=8, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "“8个方面问题已全部整改到位，整改成效得到巩固，未发现问题反弹” while section （二） reports the fire lane blocked again in April and section （三） says 40万 of the loan is still being enforced."),
    F("no-accountability", 6, "副总经理笪某 placed his nephew and niece without open recruitment: the report regularises their hiring and adds a rule, but names no action against 笪某 or those who skipped the 考察, though 整改要求3 named 违规进人 for 严肃处理."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长璩怀瑾 heads the 领导小组 as 第一责任人, chaired the 回头看 meetings and inspected 4 points, 2 workshops and the store."),
    F("late-report", None, "A 回头看 report a year on; it states the 集中整改情况报告 was filed 2024-08-22 (86 days after the 2024-05-28 feedback) and the six-month report on 2024-11-28."),
    F("no-disclosure", None, "公司公示栏 and the 县国资委 website."),
    F("no-accountability", 3, "原总经理 诫勉谈话; 80万 recovered, 40万 in enforcement."),
    F("no-accountability", 4, "9.6万 returned; 人力资源部负责人 批评教育."),
    F("no-accountability", 5, "综合办公室主任 党内警告; 3.7万 退缴."),
    F("no-accountability", 7, "车间主任 诫勉谈话 for the relapse."),
    F("no-deadline", 3, "“力争2025年9月底前执行到位”."),
    F("unanswered-issue", 7, "Answered in the 反弹 section (cleared 4月18日, a revised 检查制度)."),
    F("unanswered-issue", 3, "Answered in the 尚未完全整改 section."),
    F("no-mechanism", 3, "Revised 《“三重一大”决策制度实施办法》 and 《对外借款担保管理规定》."),
    F("no-mechanism", 6, "Revised 《员工招聘管理办法》 (the gap there is accountability)."),
    F("repeated-measure", 1, "Each item closes with its own “回头看中抽查…” check; the frame repeats, the facts (收购记录 / 招待费凭证) do not."),
    F("repeated-measure", 5, "Same frame as item 1 with different facts (86 vouchers checked); not a pasted measure."),
], links=[
    L("按保护价为263户蚕农补付收购款7.9万元", 1), L("积压的1.2万米坯绸经资产评估后于2024年10月公开拍卖", 2),
    L("公司已向县人民法院起诉", 3), L("2023年超发的绩效年薪9.6万元已由班子成员全部退回", 4),
    L("给予组织此次活动的综合办公室主任党内警告处分", 5), L("2名中层干部补充履行考察程序", 6),
    L("对车间主任诫勉谈话", 7), L("两个车间党小组重新选配组长", 8)])

# p06 蓨城县人民政府文史研究馆党支部: 组长's speech with 一、二、三、 parts; problems inline 一是…六是 over two 从…看
# paragraphs; 一要…三要 not problems. Report (GB18030, CRLF): a thin HALF-YEAR progress report, five headings in
# feedback order that skip 五是 (so heading （五） answers problem 6). PLAINLY WEAK.
G["p06"] = dict(issues=6, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "Five 聚餐 in a hotel billed as 会议费: no heading or sentence answers it; heading （五） is about 组织生活 (problem 6)."),
    F("copied-measure", 1, "（一） restates the feedback as a promise (加快…征集编研工作进度，加强对口述史录音资料的整理，确保…第九辑早日出版): nothing done, no date."),
    F("vague-measure", 3, "（三） is slogans only (提高政治站位…牢牢掌握…领导权，严把…政治关、史实关): the wrong article is still uncorrected and no review rule is named."),
    F("no-accountability", 4, "2.3万 of 编研经费 spent on trips: the answer is study and a promise, nothing recovered and nobody dealt with, though the speech said 违规使用的经费要追回，有关责任人员要严肃处理."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人, the 党支部书记 never appears: “召开馆务会议进行研究，将反馈问题分解到各科室，由办公室负责收集整理”, though 二要 asked for both."),
    F("no-disclosure", None, "The speech asked to publish the rectification to cadres and the public; the report never mentions publication."),
], must_not_flag=[
    F("late-report", None, "A later (half-year) report; the 集中整改情况报告 was filed 2025-02-10, 90 days after the 2024-11-12 feedback (inside three months), and the speech asked for a progress report every three months."),
    F("unanswered-issue", 6, "Answered under heading （五） (organisational life meeting held 2025-01-16, 9 members appraised) — the positional match is wrong, the content match is right."),
    F("no-owner", 2, "责任人：馆长戚鹤鸣."),
    F("no-deadline", 2, "完成时间：2025年3月31日."),
    F("no-mechanism", 2, "《馆员活动经费管理办法》."),
    F("vague-measure", 2, "Concrete: 3 over-age members released, the appointment plan sent for approval."),
    F("vague-measure", 6, "Concrete: the meeting, the appraisal, a plan."),
    F("no-accountability", 6, "A missed annual meeting and appraisal: no wrongdoing calling for sanction."),
], links=[
    L("进一步加快文史资料征集编研工作进度", 1), L("已按规定办理解聘手续", 2), L("严把馆办刊物政治关、史实关", 3),
    L("2024年稿酬的签收单已全部补齐", 4), L("对全馆9名党员进行民主评议", 6)])

# p07 蘞口县河务局党组 (inspected by the 市河务局党组 巡察组): formal opinion (UTF-8 CRLF), areas 一、…方面 with
# RESTARTING 1．2．(3．) → 2 + 3 + 2 = 7; the closing 整改意见 （一）–（四） are not problems. Report: covering letter +
# ｜-row 整改进展台账 (7 fields) as text, with a 进展情况 column.
G["p07"] = dict(issues=7, unanswered=[], must_flag=[
    F("copied-measure", 2, "Row 2's measure restates the problem as a duty (加强…监管，落实巡查责任，对违法堆放砂石和未批先建行为做到及时发现、及时制止、依法查处) and is marked 已完成: nothing on the 3 sand piles or the unlicensed project."),
    F("no-deadline", 7, "Row 7's 完成时限 is “视承租人经营情况确定” for 13.4万 still owed — no date; every other row has one."),
    F("no-disclosure", None, "The feedback asked to publish the rectification in the 政务公开栏 and on the website; the covering letter and ledger never mention it."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长鞠承渊 heads the 领导小组 as 第一责任人, chaired the plan and 4 党组会议, inspected 3 管理段."),
    F("late-report", None, "Feedback 2025-02-26, ledger report 2025-05-23: 86 days."),
    F("inconsistent-claim", None, "4 done (2,3,4,5) + 3 in progress (1,6,7) matches the 进展情况 column; 8.7万 / 2.6万 / 5.2万 in their rows; 诫勉2 (#3 #5), 批评教育1 (#4); 4 rules named."),
    F("no-deadline", 1, "2025年6月15日."),
    F("no-deadline", 6, "2025年12月31日 for a standing task, 正在推进."),
    F("no-accountability", 3, "原工程管理科科长 诫勉谈话; 8.7万 核减."),
    F("no-accountability", 5, "副局长苑立新 诫勉谈话."),
    F("no-accountability", 4, "2.6万 recovered; 办公室主任 批评教育."),
    F("no-mechanism", 4, "《防汛值班补助发放办法》."),
    F("no-owner", 7, "詹望舒 / 工程管理科 (the gap there is the date)."),
], links=[
    L("其中4处已完成抛石加固", 1), L("加强河道采砂和涉河建设监管，落实巡查责任", 2),
    L("委托第三方对堤防加固工程63万元变更费用进行审核", 3), L("重复发放的2.6万元已全部收回", 4),
    L("非汛期防汛车辆集中停放", 5), L("机关党支部于4月重新召开专题组织生活会", 6), L("向3家承租人发出书面催缴通知", 7)])

# p08 荖江县艺术学校党支部: 反馈意见 (GB18030) with 一、…七、 “heading。detail”; the closing 巡察组要求 paragraph is not a
# problem. Report: DOCX 巡察整改成效自评报告 for the county's 整改评估, bold headings （一）–（七） with 整改措施/整改成效/自评
# paragraphs and a Word-table 自评汇总; one boilerplate paragraph is the whole measure under （一） and （七）.
G["p08"] = dict(issues=7, unanswered=[], must_flag=[
    F("repeated-measure", 1, "（一）'s whole measure is a boilerplate paragraph (坚持以党建为引领…以高质量党建引领学校高质量发展) pasted again under （七）; nothing on the missing 思政课 hours."),
    F("repeated-measure", 7, "（七） repeats （一）'s paragraph word for word after a different first clause."),
    F("no-accountability", 3, "5 teachers taught paid classes at outside firms and the school knew: the answer is a pledge, a hotline and their stopping, nobody dealt with, though the feedback named 有偿补课 for 严肃处理."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、校长冼闻笛 heads the 领导小组 as 第一责任人, chaired 7 meetings and owns items 2 and 4 himself."),
    F("late-report", None, "A self-evaluation for the 整改评估 six months on; the 集中整改情况报告 was filed 2024-11-29, 85 days after the 2024-09-05 feedback."),
    F("no-disclosure", None, "学校公示栏 and the 县教育局 website."),
    F("inconsistent-claim", None, "5 done + 2 基本完成 (第五、七项) = 7 and the 汇总表 agrees; 21/23; 1.9万; 警告1 + 诫勉1 (#2), 批评教育3 (#4 one, #6 two); 4 rules named."),
    F("no-accountability", 2, "登分员 警告处分, 招生办主任 诫勉谈话."),
    F("no-accountability", 4, "1.9万 recovered, 艺术团负责人 批评教育."),
    F("no-accountability", 6, "2 值班人员 批评教育 and pay docked."),
    F("no-mechanism", 2, "《艺术特长生专业加试工作规程》."),
    F("no-mechanism", 4, "《学生演出活动收入管理办法》."),
    F("no-owner", 5, "Owners are given once in the 总体情况 paragraph: 乜清和 牵头第五、六项."),
    F("no-owner", 2, "“第二项招生问题…由他直接负责” — the secretary."),
    F("no-deadline", 5, "The open part (2 damaged instruments) has its date in 下一步: “3月底前全部资产账实相符”."),
], links=[
    L("针对立德树人方面的问题", 1), L("会同县招生考试中心对2名考生的加试成绩重新核查", 2), L("组织全体教师签订《拒绝有偿补课承诺书》", 3),
    L("超标准发放的1.9万元已收回", 4), L("登记入账312件", 5), L("更换学生宿舍过期灭火器86具", 6), L("针对党建与业务融合不够的问题", 7)])

# p09 蕳阳县无线电监测站党支部: 反馈意见 with 1．–6． heading lines + 具体表现：; the 整改要求 paragraph is not a problem.
# Report: the 站长、党支部书记's FIRST-PERSON three-month report, grouped 已完成（4）/ 阶段性完成、需持续推进（2）, each
# with 整改措施 + 责任人/完成时限 lines. GOOD REPORT.
G["p09"] = dict(issues=6, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "The secretary writes as 第一责任人: heads the 领导小组, chaired the plan and 5 推进会, 直接督办 two items, visited 3 monitoring points, owns items 5 and 6."),
    F("late-report", None, "Feedback 2025-05-13, report 2025-08-08: 87 days."),
    F("no-disclosure", None, "“整改进展情况已在县工业和信息化局门户网站公开”, with a 监督电话."),
    F("inconsistent-claim", None, "4 + 2 = 6; 17/20; 0.96万; 诫勉1 (#4) + 批评教育3 (#1, #3, #6) = the 4 people he talked to; 4 new + 2 revised rules named."),
    F("unanswered-issue", 1, "Answered under 持续推进 with the 4 complaints settled and a rule."),
    F("unanswered-issue", 2, "Answered under 持续推进 (33 of 41 corrected)."),
    F("no-deadline", 1, "2025年10月31日 for the equipment, 主动监测 长期坚持."),
    F("no-deadline", 2, "2025年9月30日."),
    F("no-accountability", 1, "监测科科长 批评教育."),
    F("no-accountability", 4, "0.96万 returned; 办公室主任 诫勉谈话."),
    F("no-accountability", 3, "原经办人 批评教育."),
    F("no-owner", 5, "责任人：瞿海澄 — the writer himself."),
    F("no-mechanism", 2, "《无线电台站数据动态核查制度》."),
    F("no-mechanism", 6, "Revised 《涉密载体和监测数据管理规定》."),
    F("vague-measure", 5, "Concrete: a new meeting with recorded criticism, 教育提醒, a revised 积分 rule."),
    F("copied-measure", 6, "Echoes the feedback's words (监测数据…连接互联网的计算机) but reports the data moved to an internal server and the 3 media registered."),
], links=[
    L("对4起超期投诉逐一复查", 1), L("对41个登记信息不符的台站逐一核查", 2), L("新的运维服务已于7月通过三家比选确定服务商", 3),
    L("重复发放的误餐补助0.96万元已由领取人员全部退还", 4), L("对连续缺席的2名党员进行教育提醒", 5),
    L("将存储在联网计算机上的监测数据全部迁移至内网专用服务器", 6)])

# p10 蓂山县瓷业有限公司党支部: 组长's speech (UTF-16 LE BOM, CRLF), three 从…看 paragraphs with RESTARTING inline
# 一是/二是(/三是) → 2 + 3 + 2 = 7; 一要…三要 not problems. Report (UTF-8 CRLF): a late 整改完成情况报告, six headings
# in feedback order that skip the 选人用人 problem (heading （六） answers problem 7). PLAINLY WEAK.
G["p10"] = dict(issues=7, unanswered=[6], must_flag=[
    F("late-report", None, "Feedback 2024-12-03 with a 3个月内 limit (2025-03-03); this first report is dated 2025-04-25: 143 days; it mentions no earlier report and says it waited until the tasks were done."),
    F("inconsistent-claim", None, "“巡察反馈的7个问题已全部整改完成” while （一） says the second kiln is still being fitted until 6月30日 and （四） says 180万 is in court and 44万 due by year end."),
    F("unanswered-issue", 6, "Two 中层干部 appointed without 民主推荐/考察, one inside a 诫勉 影响期: no heading or sentence answers it; heading （六） is the 换届 problem (7)."),
    F("no-accountability", 3, "The 二号厂房 let below value to the former general manager's relative: the rent is raised and future lets go to tender, but nobody is dealt with and the lost rent is not pursued, though the speech said 该处理的人要处理."),
    F("vague-measure", 2, "（二） is only 加强日常沟通…充分酝酿、达成共识…切实发挥…领导作用: nothing on the 5 matters decided without the 党支部."),
    F("no-mechanism", 2, "5 of 8 major matters skipped the 党支部's prior study, and no 前置研究事项清单 or rule is made, though the speech said 该建立的制度要建立起来."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长郏远帆 heads the 领导小组 as 第一责任人, chaired 6 meetings, 亲自调度 two items."),
    F("no-disclosure", None, "公司公示栏 and the 县国资委 website."),
    F("unanswered-issue", 7, "Answered under heading （六） (换届 in January, 3 积极分子)."),
    F("no-accountability", 5, "原分管副总经理 退赔 and 诫勉谈话; 财务人员 批评教育."),
    F("no-deadline", 1, "“计划6月30日前完工投产”."),
    F("no-deadline", 4, "“其余44万元计划2025年12月底前完成催收”."),
    F("no-mechanism", 4, "《应收账款管理办法》."),
    F("no-mechanism", 5, "Revised 《业务招待和礼品管理办法》."),
    F("no-owner", 3, "责任领导：贲启明 (the gap there is accountability)."),
], links=[
    L("第二座燃煤窑炉改造已于2025年2月开工", 1), L("公司党支部书记与总经理加强日常沟通", 2), L("自2025年3月起租金按评估价执行", 3),
    L("对286万元逾期应收款逐笔梳理", 4), L("已由决定购买的原分管副总经理全部退赔", 5), L("公司党支部于2025年1月完成换届选举", 7)])

for name, g in G.items():
    out = {"mode": "pair", "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
