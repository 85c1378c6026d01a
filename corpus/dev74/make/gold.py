"""Write p01..p10/gold.json (dev-pairs gold format) for dev74. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev44/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 藟川县交通运输综合行政执法大队党支部: formal 反馈意见, areas （一）（二）（三）…方面 + continuous 1．–7． heading。detail;
# 二、整改意见 （一）–（四）, the 移交 sentence and the 三个月内 sentence are not problems.
# Report: 关于“…”的问题 with 整改措施/责任领导/责任科室/整改时限/整改成效. GOOD REPORT.
G["p01"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "支部书记、大队长甯观澜 heads the 领导小组 as 第一责任人, 5 推进会, 8 督办 visits, asks after each 二中队 case in person."),
    F("late-report", None, "Feedback 2025-03-18, report 2025-06-10: 84 days, inside three months."),
    F("no-disclosure", None, "下一步 三是: published on the 县交通运输局门户网站 with a 监督电话."),
    F("inconsistent-claim", None, "21 measures = 19 done + 2 named ongoing (取证, 培训) and both are marked 持续推进 in item (七); 警告1 + 诫勉2 (执法人员, 时任大队长) + 批评2 + 调离1 all appear in the items; 5 rules all named."),
    F("no-accountability", 1, "二中队原中队长: 党内警告处分 and 调离执法岗位, by the 县交通运输局党组."),
    F("no-accountability", 3, "One card holder 诫勉谈话, two 批评教育, cards handed to the 廉政账户."),
    F("no-accountability", 5, "The 时任大队长 who signed the subsidy plan got a 诫勉谈话; money returned."),
    F("no-accountability", 4, "Fines paid in late because of a system change: nobody took money, the feedback names no one — a look-alike of misappropriation, not misconduct."),
    F("no-accountability", 2, "Body cameras unused: a shortcoming, nobody to hold to account."),
    F("no-accountability", 7, "Too few certified officers and too little training: a staffing shortcoming."),
    F("vague-measure", 6, "Opens with 深刻反思…切实增强 but then gives a meeting calendar, a re-held 组织生活会 with 21 named criticisms and a 党课."),
    F("no-deadline", 7, "取证 by 2025-12-31, training 长期坚持 — a dated answer for a standing task."),
    F("no-deadline", 6, "“2025年5月31日，此后长期坚持”."),
    F("no-mechanism", 1, "《行政处罚裁量基准适用规则》 and 《干预执法活动登记报告制度》."),
    F("no-mechanism", 4, "罚没款“日清周结”对账制度 and direct payment into the 财政专户."),
    F("no-mechanism", 5, "修订《大队财务管理制度》."),
    F("no-owner", 3, "支部纪检委员訾青禾 is 责任领导."),
], links=[
    L("17起降档处罚案件中", 1), L("给予二中队原中队长党内警告处分", 1), L("对46台执法记录仪逐台检测", 2),
    L("已全部上交县纪委监委廉政账户", 3), L("打通非税收入系统缴款接口", 4), L("8.2万元补助已由领取人员全部退回", 5),
    L("对签批发放方案的时任大队长进行诫勉谈话", 5), L("重新召开专题组织生活会", 6), L("组织9名未取得执法证的人员参加", 7)])

# p02 蕹平县建筑工程有限公司党总支: 纪委监委 website NEWS ITEM; all seven problems sit in one sentence after “巡察组指出…：”,
# separated by “；” and closed by “等问题”. The 国资中心 requirements 一要…三要, the 表态 一是…三是 and the 移交 sentence are
# not problems. Report: own short headings in feedback order with 一是… + bracket, and a CLOSING 三、追责问责情况 paragraph
# that deals with #2, #3 and #7 but not #4.
G["p02"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-accountability", 4, "A 副总经理 hosted 7 banquets with public money and hid the cost as 材料损耗; the report only has him repay 2.6万 and rewrites the 招待 rule. The closing 追责问责 paragraph names the project manager, the former general manager and the 预算员 but not him, though the meeting said 该处理的人要处理，不能以退代处."),
    F("late-report", None, "Feedback 2024-08-21 with a 三个月内 limit; report dated 2024-12-09: 110 days (the report even apologises for the delay)."),
], must_not_flag=[
    F("no-accountability", 2, "Closing paragraph: project manager 龚某某 党内警告处分 and removed as project manager."),
    F("no-accountability", 7, "Closing paragraph: 原总经理郗某's case 移送县纪委监委, 已立案审查; recovery suit under way."),
    F("no-accountability", 3, "Closing paragraph: the 预算员 批评教育; 23.5万 核减退回."),
    F("no-accountability", 5, "Wages paid late because the owner paid late: money merely late, no misconduct."),
    F("no-accountability", 1, "Safety records written after the fact: a management shortcoming, nobody named."),
    F("weak-leadership", None, "党总支书记、董事长厍明哲 heads the 领导小组 as 第一责任人, 4 推进会, visits to 9 sites."),
    F("no-disclosure", None, "下一步 三是: 公司网站 and 公示栏, with a phone number."),
    F("inconsistent-claim", None, "7 problems = 5 done + 2 named ongoing (追偿, 项目部党建), matching items (六)(七) dated 2025; 21 measures = 7 × 3; 6 rules all named."),
    F("no-mechanism", 4, "修订《公司业务招待管理办法》 — a rule is there; the gap is accountability."),
    F("no-mechanism", 7, "修订《公司资金管理办法》 with 党总支前置研究."),
    F("no-mechanism", 2, "《工程分包回避管理规定》."),
    F("no-owner", 7, "党总支书记、董事长厍明哲 is 责任领导."),
    F("no-deadline", 6, "2025年6月30日."),
], links=[
    L("对9个在建项目开展全覆盖检查", 1), L("已完成的工程量据实结算", 2), L("给予其党内警告处分", 2),
    L("多结算的23.5万元已全部核减退回", 3), L("已由其本人全部退赔", 4), L("推迟发放的农民工工资已于9月全部发放到位", 5),
    L("在9个在建项目部全部成立党小组", 6), L("已向该企业破产管理人申报债权", 7), L("已于2024年9月将问题线索移送县纪委监委", 7)])

# p03 薁溪县国有资本投资运营有限公司党委: 组长's 反馈会 SPEECH (UTF-8 CRLF), praise, then six problems in 从…看 paragraphs (one
# paragraph “还有一笔钱…” is its own problem), a 原因 paragraph, 一要…三要 — six problems. Report (GB18030): the new
# secretary's FIRST-PERSON 主要负责人 report, own headings in another order (2,3,5,6,4,1).
G["p03"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-accountability", 3, "18万 paid as 咨询费 for nothing to a firm owned by the 财务总监's classmate: the report gets the money back and rewrites the 中介 rule, but says nothing about the 财务总监 or anyone, though the speech asked to 查清责任…该处理的处理."),
    F("vague-measure", 4, "The 担保 answer is slogans only (深刻认识…进一步增强风险意识，健全风险防控体系…守住底线): no 预警, no review of the two troubled borrowers, no 反担保, no date."),
], must_not_flag=[
    F("weak-leadership", None, "First-person report of the 党委书记、董事长 as 第一责任人, 领导小组 组长, 6 党委会, 23 talks, leads item (一) himself."),
    F("late-report", None, "Feedback 2025-04-15, report 2025-07-08: 84 days."),
    F("no-disclosure", None, "“整改情况已在公司网站公开”."),
    F("inconsistent-claim", None, "18 measures = 15 + 3 named ongoing; 19.1万 = 18万 + 1.1万; 移送1, 诫勉1, 批评1 all in the items; 4 rules named."),
    F("no-accountability", 2, "原董事长叶某某's case 移送县纪委监委."),
    F("no-accountability", 5, "The promotion redone, the man 免去副经理职务, the 组织人事部负责人 批评教育."),
    F("no-accountability", 6, "办公室主任 诫勉谈话; the money repaid by the two who spent and approved it."),
    F("no-accountability", 1, "Investment mix off the county's priorities: a strategic shortcoming, no misconduct."),
    F("no-accountability", 4, "Guarantee exposure is a risk, not a loss or a misdeed (the gap there is the slogan answer)."),
    F("no-mechanism", 3, "修订《中介服务机构选聘管理办法》 — the gap there is accountability."),
    F("no-mechanism", 2, "修订《重大投资决策管理办法》."),
    F("no-owner", 2, "“由我亲自牵头” — the secretary owns it."),
    F("unanswered-issue", 1, "Answered last, under （六）关于投资方向偏离主业的问题."),
], links=[
    L("确认投资损失548万元", 2), L("公司党委于2025年5月将问题线索移送县纪委监委", 2), L("18万元已于6月3日退回公司账户", 3),
    L("免去其投资部副经理职务", 5), L("对办公室主任进行诫勉谈话", 6), L("健全风险防控体系", 4),
    L("重新审定2025年至2027年投资计划", 1)])

# p04 蕡城县土地整治中心党支部: 问题清单 问题1：…问题7： + 具体表现：; 整改要求 1．–5． and the 移交 sentence are not problems.
# Report: 问题N：/整改情况： with one field line “责任人；完成时限；完成情况”.
G["p04"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-accountability", 4, "The 中心主任 hid his brother's 30% stake in a firm that won 1260万 of the centre's work and sat in two pre-tender meetings: the report has him write a 书面说明, re-file his declaration and the brother sell out, but nobody deals with him, though 整改要求 3 asks the 主管部门 to 作出处理."),
    F("inconsistent-claim", None, "“7个问题已全部整改完成，21项措施全部落实到位”, and 问题1 is marked 已完成, while 问题1 itself says the 北坝二期 project is 预计2025年3月底完工 with a 完成时限 of 2025-03-31, after the report date 2025-01-20."),
], must_not_flag=[
    F("weak-leadership", None, "支部书记褚怀瑾 heads the 领导小组 as 第一责任人, 5 推进会, 3 site visits."),
    F("late-report", None, "Feedback 2024-10-29, report 2025-01-20: 83 days."),
    F("no-disclosure", None, "县自然资源局门户网站 and the 中心公示栏, with a 监督电话."),
    F("no-accountability", 5, "31.6万 and 5.4万 back; the 时任财务负责人 批评教育 for the 项目奖励."),
    F("no-accountability", 1, "Late projects: slow work, not misconduct."),
    F("no-accountability", 3, "Tail payments late because audit and payment were not linked: money merely late."),
    F("no-accountability", 6, "Files incomplete: a shortcoming."),
    F("no-mechanism", 4, "《领导干部亲属从业回避登记制度》 — the gap there is accountability."),
    F("no-mechanism", 2, "修订《项目竣工验收管理办法》 with 现场实测."),
    F("no-owner", 4, "支部书记褚怀瑾."),
    F("no-deadline", 6, "“立行立改，2024年12月20日”."),
    F("no-deadline", 7, "“2024年12月31日，此后长期坚持”."),
], links=[
    L("对2个未按期完工的项目逐个召开推进会", 1), L("委托第三方测绘机构对北坝片区项目灌排沟渠重新丈量", 2),
    L("对在验收单上签字但未到现场丈量的工程科科长进行诫勉谈话", 2), L("对拖延的9个项目尾款逐项清理", 3),
    L("其弟已于2025年1月退出该企业全部股份", 4), L("14名职工领取的5.4万元已全部退回", 5), L("对12个项目档案逐卷补齐", 6),
    L("规范“三会一课”记录", 7)])

# p05 蓂水县住房专项维修资金管理中心党支部: DOCX 反馈意见 with bold （一）–（六） heading paragraphs + detail; 二、整改意见
# 一是…四是 and the closing paragraph are not problems. Report (UTF-16 LE BOM): by number 针对第N个问题（…） + 责任领导/完成时限 line.
G["p05"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-owner", 2, "The 存储 item's 责任领导 is “中心各科室” — departments, not a leader; every other item names one person, and the feedback asked for a 责任领导 per problem."),
    F("no-deadline", 4, "The 审批效率 item's 完成时限 is “逐步推进” — no date; every other item has one."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-16: 88 days — close to, but inside, three months (2025-08-20)."),
    F("weak-leadership", None, "支部书记、主任伍修远 heads the 领导小组 as 第一责任人, 直接部署、直接过问、直接督办, 6 meetings, 8 estate visits."),
    F("no-disclosure", None, "县住建局门户网站 and the estates' 公告栏, with a 监督电话."),
    F("inconsistent-claim", None, "4 done + 2 named ongoing (第一、第四个问题) match the items; 19 measures; 警告1, 诫勉2, 批评1, 调离2 (审核科科长, 审核员) all in the items; 6 rules named."),
    F("no-accountability", 1, "审核科科长 调离审核岗位, 经办人 诫勉谈话, a police report and 19万 recovered — sanctions in the words 调离 and 诫勉."),
    F("no-accountability", 3, "The 审核员 党内警告处分 and moved off the post; gifts returned."),
    F("no-accountability", 5, "时任主任 诫勉谈话, 分管财务的副主任 批评教育; 9.7万 back to the fund."),
    F("no-accountability", 2, "Cash left in current accounts: poor management with forgone interest, not misconduct."),
    F("no-accountability", 4, "Slow approvals: slow work, not misconduct."),
    F("no-deadline", 1, "“制度修订2025年6月30日，追缴持续推进” — a date beside the open recovery."),
    F("no-owner", 3, "支部纪检委员霍清言."),
    F("no-mechanism", 2, "《维修资金存储管理办法》 (the gap there is the owner)."),
    F("no-mechanism", 5, "修订《维修资金利息收入管理规定》."),
], links=[
    L("通过诉前协商追回资金19万元", 1), L("审核科科长调离审核岗位", 1), L("已将3800万元活期资金转为一年期和三年期定期存款", 2),
    L("给予该审核员党内警告处分", 3), L("把原来的5个环节减为3个", 4), L("已转入维修资金本金账户", 5),
    L("对时任主任进行诫勉谈话", 5), L("制定支部年度主题党日计划", 6)])

# p06 藦江县良种繁育场党支部: 反馈意见 with areas 一、二、三、…方面 and RESTARTING 1．2．(3．) (2 + 3 + 2 = 7); 整改意见
# （一）–（四） and the 移交 sentence are not problems. Report (GB18030): 关于“…”的问题 with four field lines; problem 4 (公车私用)
# has no item; heading （四） answers problem 5; heading （五） merges problems 6 and 7.
G["p06"] = dict(mode="pair", issues=7, unanswered=[4], must_flag=[
    F("unanswered-issue", 4, "The 场长's private use of the pickup (14 holiday fills, 4800 yuan reimbursed) appears nowhere in the report: heading （四） is the 农机具 problem."),
    F("no-accountability", 2, "230 mu let to the 场长's cousin at 180 instead of ~420 yuan without any meeting, 16.6万 lost: the report raises the rent from 2025 and takes the 场长's 书面承诺, but recovers nothing and deals with nobody, though 整改意见（二） asks to 追回损失，依规依纪处理相关人员."),
], must_not_flag=[
    F("unanswered-issue", 7, "Answered inside the merged heading “发展党员程序不规范”和“上轮巡察整改不彻底” (31 白条 replaced, 报销规定 revised)."),
    F("unanswered-issue", 5, "Answered under heading （四）关于“农机具资产管理不善”的问题 — positionally off by one, by content right."),
    F("repeated-measure", 6, "One merged answer for two problems, with parts specific to each — not a pasted measure."),
    F("repeated-measure", 7, "Same merged answer."),
    F("no-accountability", 3, "The 销售员 批评教育 and moved to 仓储; 3.8万 back on the books, the meal money repaid by those who ate."),
    F("no-accountability", 5, "Machinery left to rust and 3 missing from the books: a management shortcoming still under inquiry, no misdeed established."),
    F("no-accountability", 1, "Breeding target missed: a work shortfall."),
    F("no-mechanism", 2, "《场内土地出租管理办法》 with 公开招租 — the gap there is accountability."),
    F("no-mechanism", 3, "修订《场内现金收支管理办法》."),
    F("weak-leadership", None, "支部书记戚予安 heads the 领导小组 as 第一责任人, 5 meetings, 8 checks, divides the work."),
    F("late-report", None, "Feedback 2024-11-12, report 2025-02-08: 88 days."),
    F("no-disclosure", None, "“整改情况已在场内公开栏公布” — the feedback asked for 场内公开."),
    F("inconsistent-claim", None, "16 measures = 13 + 3 named ongoing, each marked 持续推进 in its item; 3.8万 = 1.7万 + 2.1万; 批评1; 5 rules named."),
    F("no-deadline", 5, "2025年6月30日 beside a 持续推进 status."),
], links=[
    L("重新制定2025年繁育计划", 1), L("自2025年起租金调整为每亩每年400元", 2), L("宓某某向场党支部作出书面承诺", 2),
    L("共3.8万元，已全部收回入账", 3), L("新建农机具棚库1座", 5), L("对2名新党员的发展材料进行复查", 6),
    L("31张白条已全部换开合规票据", 7)])

# p07 蘞台县农业综合开发办公室党支部: 组长's 反馈会 SPEECH with 一、基本评价 / 二、存在的主要问题 (第一个方面…第六个方面) /
# 三、几点要求 (一要…三要); six problems. Report: a public HTML 巡察整改进展情况的通报 (信息公开 header), 1．–6．关于“…”问题的整改
# + 整改情况： + bracket, and a CLOSING 三、追责问责情况 paragraph that covers #2 and #4 but not #3.
G["p07"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("copied-measure", 1, "1．'s whole answer turns the feedback's words into a promise (坚持申报与论证并重，切实加强项目前期论证…避免项目批复后调整建设内容或者撤回…减少前期工作经费浪费): no act, no figure."),
    F("no-accountability", 3, "Two 项目科 staff signed the cold store “合格” from photos and 12万 was overpaid (7万 back so far): the item recovers money and rewrites the 验收办法, and the closing 追责问责 paragraph names the 办公室主任 and the 副主任 but not them, though the speech said 决不能一退了之."),
], must_not_flag=[
    F("copied-measure", 5, "Opens by restating the problem (针对补助资金拨付慢、结转多的问题) and then acts: 2100万 paid out, 38%→17%, a 拨付时限规定."),
    F("no-accountability", 2, "Closing paragraph: the 办公室主任 who handled it 党内警告处分; the diners repaid 4.8万."),
    F("no-accountability", 4, "Closing paragraph: the 副主任 诫勉谈话 by the 县农业农村局党组; stake sold, dividends handed in."),
    F("no-accountability", 5, "Money paid out slowly: no misconduct."),
    F("no-accountability", 1, "Projects poorly prepared: a shortcoming."),
    F("no-disclosure", None, "The report is itself a public 通报 (主动公开) with phone, address and a comment period."),
    F("weak-leadership", None, "支部书记、主任鄢知微 heads the 领导小组 as 第一责任人, 6 meetings, 3 site checks."),
    F("late-report", None, "Feedback 2024-05-28, 通报 2024-08-20: 84 days."),
    F("inconsistent-claim", None, "4 done + 2 named ongoing = 6, 66.7%; 12.7万 = 4.8万 + 7万 + 0.9万; 警告1 + 诫勉1; 4 rules named."),
    F("no-mechanism", 3, "修订《农业综合开发项目竣工验收办法》 — the gap there is accountability."),
    F("no-mechanism", 2, "修订《专家评审费管理办法》."),
    F("no-mechanism", 4, "《项目评审回避制度》."),
    F("no-deadline", 3, "2024年12月31日 for the outstanding 5万."),
], links=[
    L("县农发办将坚持申报与论证并重", 1), L("已由参加聚餐的人员全部退缴", 2), L("给予经手的办公室主任党内警告处分", 2),
    L("核减财政补助12万元，已追回7万元", 3), L("该副主任之妻已于2024年7月退出合作社全部股份", 4),
    L("参与评审未回避的副主任", 4), L("结转率由38%降至17%", 5), L("支部书记带头讲专题党课", 6)])

# p08 蘙源县中小学校舍建设管理中心党支部: 问题清单 with （一）–（六） heading lines + 问题表现：; 整改要求 1．–4． and the 移交
# sentence are not problems. Report: DOCX with a short text and the 整改台账 as a Word TABLE whose last column is 追责问责情况.
G["p08"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("repeated-measure", 1, "Row 1's measure is a boilerplate sentence (组织全体干部职工深入学习…建立健全相关工作机制，确保问题整改到位、取得实效) pasted again in row 6 after a different opening clause; nothing on the three C级 buildings."),
    F("repeated-measure", 6, "Row 6 repeats row 1's sentence word for word; no 三重一大 list is revised."),
    F("no-accountability", 3, "The 工程部部长 signed a 46万 variation without the 教育局's approval and 19万 was paid wrongly: the row recovers the money and revises the rule, but its 追责问责情况 cell is “—”, though 整改要求 2 names （三）."),
], must_not_flag=[
    F("no-accountability", 2, "追责问责情况: 中心主任 诫勉谈话, 经办人员 批评教育."),
    F("no-accountability", 4, "追责问责情况: the 副主任 党内警告处分."),
    F("no-accountability", 5, "“—” is right: retention money returned late, no misconduct."),
    F("no-accountability", 1, "“—” is right: slow handling of dangerous buildings is a shortcoming; 整改要求 2 asks for 追责 only on （二）（三）（四）."),
    F("no-accountability", 6, "An outdated rule list: a weak system, not a misdeed."),
    F("no-mechanism", 3, "修订《工程变更管理办法》 — the gap there is accountability."),
    F("no-mechanism", 2, "修订《小额工程发包管理办法》 and a 比选/轮换 mechanism."),
    F("no-mechanism", 5, "《工程质保金管理办法》."),
    F("no-owner", 3, "副主任房景行."),
    F("no-deadline", 3, "2025年4月30日."),
    F("weak-leadership", None, "支部书记仇静姝 heads the 领导小组 as 第一责任人, 4 推进会, 当面督办."),
    F("late-report", None, "Feedback 2025-02-26, report 2025-05-22: 85 days."),
    F("no-disclosure", None, "“整改情况已在县教育局门户网站公开” with a 监督电话."),
    F("inconsistent-claim", None, "All six rows 已完成 and so claimed; 22.2万 = 19万 + 3.2万; 警告1 + 诫勉1 + 批评1 all in the column; 3 rules named."),
], links=[
    L("针对校舍安全隐患排查处置不及时的问题", 1), L("对19个合同逐一复核工程量和结算价款", 2), L("对中心主任给予诫勉谈话", 2),
    L("县审计局认定不应支付的19万元已由施工企业全部退回", 3), L("礼品折价款6800元已上交县纪委监委廉政账户", 4),
    L("给予该副主任党内警告处分", 4), L("到期质保金62万元已全部退还9家施工企业", 5), L("针对“三重一大”决策制度不健全的问题", 6)])

# p09 蘵阳县建设工程造价管理站党支部: 纪委监委 website NEWS ITEM with “主要有：一是…六是” in one paragraph; 巡察组强调,
# the 局长's words, the 表态 and the 移交 sentence are not problems. Report: 一、关于…的问题 + 一是… + bracket (责任领导；完成时限).
G["p09"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("weak-leadership", None, "No 领导小组, no 第一责任人: “站党支部召开站务会进行了研究，将反馈的6个问题逐条分解到各股室…由办公室负责汇总”, though the group asked the 支部书记 to 履行第一责任人职责，成立整改领导小组; the 站长 appears only as the 原站长 moved under 四、."),
    F("no-disclosure", None, "The group asked to 向社会公开整改情况; the report never publishes it (the 造价信息 column on the 住建局 website and the 比选结果在站内公示 are not disclosure of the rectification)."),
    F("no-mechanism", 3, "4.2万 faked as 专家评审费: money back and the 会计 诫勉, but no rule on 评审费 or 报销 is made, while items 二、四、五 each name one and the group asked for 建立健全相关制度."),
], must_not_flag=[
    F("late-report", None, "Feedback 2024-03-19, report 2024-06-14: 87 days."),
    F("inconsistent-claim", None, "All 6 claimed done and every item is dated on or before 2024-06-10; 26.2万 = 4.2万 + 22万; 警告1, 诫勉2 (会计, 原站长), 批评2; 3 rules named."),
    F("no-accountability", 2, "Both auditors 批评教育 and taken off that firm's audits."),
    F("no-accountability", 3, "The 站会计 诫勉谈话 (the gap there is the rule)."),
    F("no-accountability", 4, "原站长 moved by the 县住建局党组 and 诫勉谈话."),
    F("no-accountability", 5, "The 经办人员 党内警告处分; 22万 returned to the 县财政."),
    F("no-accountability", 1, "Price data published late: slow work."),
    F("no-accountability", 6, "Formal study: a shortcoming."),
    F("no-mechanism", 2, "《造价审核人员廉洁从业规定》."),
    F("no-mechanism", 4, "《外聘造价咨询机构管理办法》."),
    F("no-mechanism", 5, "修订《工程结算审核操作规程》."),
    F("no-owner", 3, "副站长伏景澄 is 责任领导."),
    F("no-deadline", 3, "2024年4月30日."),
], links=[
    L("由按季度发布改为按月发布", 1), L("已按餐费标准将费用退还给施工企业", 2), L("职工领取的4.2万元已全部退回", 3),
    L("终止与该机构的委托关系", 4), L("原站长已由县住建局党组调整工作岗位", 4), L("多审定的22万元已全部退回县财政", 5),
    L("制定2024年支部学习计划", 6)])

# p10 藨山县汽车租赁有限公司党支部 (state firm): formal 反馈意见 with （一）–（七） heading。detail paragraphs; the 整改意见
# sentence 一是…四是 and the 移交 sentence are not problems. Report: short text + ｜-row 整改台账 with a 问责情况 column.
G["p10"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-accountability", 4, "The 经理's brother-in-law's garage took 70% of repairs at inflated prices and he never declared it: row 4 ends the contract and gets 4.6万 back, and its 问责情况 cell is only his 书面说明 and a promise to 回避 — no sanction, though 整改意见 二 names this problem."),
    F("no-mechanism", 2, "Cars lent free for 420 car-days: row 2 takes them back and collects 9.6万 but makes no rule on lending or use (“今后…一律按市场价签订租赁合同” is a promise), while every other substantive row names a rule and 整改意见 三 asks for a 车辆出借 rule."),
], must_not_flag=[
    F("no-accountability", 2, "问责情况: the 经理 批评教育 (for the lending — a different matter from row 4)."),
    F("no-accountability", 3, "问责情况: the driver 记过处分 and 调离驾驶岗位; 1.3万 repaid."),
    F("no-accountability", 6, "问责情况: the former 综合部 head 批评教育."),
    F("no-accountability", 5, "“—” is right: customers owe rent; a collection risk, not misconduct."),
    F("no-accountability", 1, "“—” is right: overdue inspections, a safety-management shortcoming."),
    F("no-accountability", 7, "“—” is right: irregular meetings."),
    F("no-mechanism", 4, "《车辆维修采购管理办法》 — the gap there is accountability."),
    F("no-mechanism", 3, "《加油卡管理办法》."),
    F("no-owner", 4, "支部书记、董事长栾书平."),
    F("no-deadline", 5, "2025年12月31日 beside 持续推进."),
    F("weak-leadership", None, "支部书记、董事长栾书平 heads the 领导小组 as 第一责任人 (亲自部署、亲自过问、亲自督办) and keeps the implicated 经理 off every row."),
    F("late-report", None, "Feedback 2025-07-08, report 2025-09-30: 84 days."),
    F("no-disclosure", None, "公司公示栏 and the 县国有资产服务中心网站, with a 监督电话."),
    F("inconsistent-claim", None, "6 done + 1 ongoing (row 5) = 7; 15.5万 = 9.6万 + 1.3万 + 4.6万; 记过1, 批评2, 调离1 all in the column; 21 measures; 5 rules named."),
], links=[
    L("12辆年检逾期车辆已全部完成年检", 1), L("3个单位已按公司租金标准补交租金9.6万元", 2), L("该驾驶员已退赔1.3万元", 3),
    L("给予该驾驶员记过处分", 3), L("终止与该修理厂的合作", 4), L("对27万元欠租逐户建立台账", 5), L("制定《员工招聘管理办法》", 6),
    L("制定支部年度工作计划", 7)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
