"""Write p01..p10/gold.json (dev-pairs gold format, mode "pair") for dev63. The gold is hand-judged; this file only keeps
it in one place. Modelled on corpus/dev44/make/gold.py. Debatable points ("may report") are not gold: they are in each
pair's notes.md, because the dev-pairs format has no key for them.
Problem types used in the comments: M = misconduct by a named or described person (accountability expected),
W = failing of work (nobody need be punished), S = missing or broken system (a rule or procedure expected),
O = one-off error (fixing the case is enough). Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 藟川县道路运输服务中心党支部: formal 反馈意见, areas （一）（二）（三）…方面 + continuous 1．–7．; 二、整改意见 （一）–（五）
# not problems. Types: 1 W, 2 W, 3 M, 4 S, 5 M, 6 W, 7 O. Report: 关于“…”的问题 with 整改措施/责任领导/责任科室/整改时限/
# 整改成效 fields. GOOD REPORT.
G["p01"] = dict(issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "支部书记、主任庹远舟 heads the 领导小组 as 第一责任人, chaired 4 推进会, 3 site checks, 当面督办 two late tasks."),
    F("late-report", None, "Feedback 2025-03-18, report 2025-06-10: 84 days, inside the three months."),
    F("no-disclosure", None, "下一步 三是: 局门户网站 and 办事大厅公开栏, with a 监督电话."),
    F("inconsistent-claim", None, "25 of 26 measures done + 1 named long-term one (网上办理率, item （一）); 8.64万 recovered; 政务警告1 (#5) + 诫勉1 (#3); 3 new rules, all named in the items."),
    F("no-accountability", 1, "W: paper forms and a low online rate are a failing of work; nobody did wrong."),
    F("no-accountability", 2, "W: weak supervision of driving schools, no wrongdoer named; none needed."),
    F("no-accountability", 6, "W: thin Party life (主题党日 replaced by business meetings); fixing the practice is enough."),
    F("no-accountability", 7, "O: one missed check before one appointment, now done and the result matches; no one to punish."),
    F("no-accountability", 3, "The superior 局党组 gave the 主任 a 诫勉谈话 and he made a written 检查; 8.64万 returned."),
    F("no-accountability", 5, "邰某 政务警告 by the 派驻纪检监察组 and moved off the post."),
    F("no-mechanism", 7, "O: a single omitted check, redone and the files self-checked; no rule is needed."),
    F("no-mechanism", 4, "《罚没票据领用核销管理办法》 made — the feedback's missing system."),
    F("no-mechanism", 3, "《中心津补贴发放管理规定》 made."),
    F("vague-measure", 6, "Opens with 认真反思…差距 but then a new 主题党日 plan, a ban on substitution, quarterly checks and two dated activities."),
    F("copied-measure", 4, "The heading quotes the feedback’s title (罚没票据管理无章可循), but the measure is a named rule and 312 receipts checked, 24 signed, 3 voided."),
    F("no-deadline", 1, "Dated 2025-05-31 for the listing, the rate 长期坚持 — a legitimate standing task."),
    F("no-owner", 4, "副主任郗若川 is 责任领导."),
], links=[
    L("9项已实现全程网上办理", 1), L("检查频次由每年2次提高到每月1次", 2), L("已由48名职工退回单位账户", 3),
    L("县交通运输局党组对中心主任庹远舟进行诫勉谈话", 3), L("制定《罚没票据领用核销管理办法》", 4),
    L("给予邰某政务警告处分", 5), L("重新制定2025年主题党日计划", 6), L("对2024年6月提任的科长补查个人有关事项报告", 7)])

# p02 蕤阳县军队离休退休干部休养所党总支: 组长's 反馈会 speech, 第一，…第六，; 原因 paragraph, 一要…三要 and the 3个月
# sentence are not problems. Types: 1 W, 2 M (副所长丛立德), 3 S, 4 W, 5 M (所长尤文涛, 移交纪委监委), 6 W.
# Report: the 党总支书记's FIRST-PERSON report, own order: merged （一）= #4 + #1, then #6, #3, #2, #5.
G["p02"] = dict(issues=6, unanswered=[], must_flag=[
    F("no-accountability", 2, "The speech names 副所长丛立德 as the one who arranged the 2.3万 dinners on the veterans' funds and asks 该追究的责任要追究; the report only has the staff repay by head and revises the canteen rule — 丛立德 is never mentioned, nobody is dealt with."),
    F("vague-measure", 6, "（二） answers the 12 overdue requests and the 5-month medical claim only with slogans (认真反思, 牢固树立…服务理念, 进一步改进工作作风, 切实提高办事效率, 坚决杜绝) — no case handled, no time limit, no procedure."),
    F("late-report", None, "Feedback 2024-10-22 with a 3个月内 limit (2025-01-22); the report is dated 2025-02-14: 115 days."),
], must_not_flag=[
    F("weak-leadership", None, "The 党总支书记 writes as 第一责任人: heads the 领导小组, 5 推进会, 26 home visits, 直接过问 and 约谈 on the 财务报销 整改, 签字背书."),
    F("no-disclosure", None, "“整改情况已在所务公开栏和县退役军人事务局网站公开”."),
    F("inconsistent-claim", None, "21 measures = 19 done + 2 named (活动室二期, 分账模块) with a date; 2.7万 = 2.3万 + 0.4万; 党内警告1; 4 rules (联系制度, 报销办法, 食堂办法, 公车规定)."),
    F("no-accountability", 1, "W: visits and activity space — a failing of service, nobody to punish."),
    F("no-accountability", 4, "W: infrequent Party life — fixed by plans and checks, no sanction needed."),
    F("no-accountability", 5, "所长尤文涛 党内警告 by the 县纪委监委, 0.4万 repaid."),
    F("no-mechanism", 3, "《财务报销审批管理办法》 with three-level signing."),
    F("no-mechanism", 2, "修订《所食堂管理办法》 separates the accounts (the gap there is accountability)."),
    F("no-mechanism", 5, "修订《公务用车使用管理规定》 with 派车单 and 行车记录仪."),
    F("vague-measure", 1, "The merged （一） is concrete: a 联系制度 (15 households each, monthly), a hospital notice 机制, a 120㎡ activity room in use."),
    F("repeated-measure", 1, "One merged answer for #4 and #1, announced (“我们放在一起整改”), its 一是…四是 parts specific to each problem — not a pasted paragraph."),
    F("repeated-measure", 4, "Same merged answer."),
    F("unanswered-issue", 1, "Answered inside the merged heading （一）…（反馈第四、第一方面）, 二是–四是."),
    F("unanswered-issue", 5, "Answered last, under （五）…（反馈第五方面）, in another order."),
], links=[
    L("每个支部每季度召开1次组织生活会", 4), L("每名班子成员联系15户军休干部", 1), L("把一楼库房改造为活动室", 1),
    L("坚决杜绝“推、拖、等”现象", 6), L("我们制定了《财务报销审批管理办法》", 3),
    L("2.3万元聚餐费用已由参加聚餐的在职职工按人头全部退还", 2), L("县纪委监委给予其党内警告处分", 5)])

# p03 芣城县非税收入管理局党组: 反馈问题清单 (GB18030) 问题1：…问题7： + 具体表现：; 整改要求 一是…四是 not problems.
# Types: 1 W, 2 S, 3 M (原局长葛少衡), 4 O, 5 M (false figures; 副局长樊仲文), 6 W, 7 W. Report: preamble + ｜-row 整改台账.
G["p03"] = dict(issues=7, unanswered=[], must_flag=[
    F("no-mechanism", 2, "The feedback's point is that no 退付审核办法 exists and one person does every step; the row only re-checks the 46 refunds and re-files them — no rule, no second check, nothing to stop it recurring (整改要求 三 asked for exactly this)."),
    F("copied-measure", 6, "Row 6 turns the feedback's words back into a promise (深入开展中心组学习…杜绝研讨发言内容雷同、摘抄报刊文章…加强联系非税收入工作实际) and is marked 已完成 — no study plan, no topic, no count."),
    F("no-owner", 7, "Row 7's 责任领导 is “—” and the 责任股室 “各股室” — nobody; every other row names a leader."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长屈明睿 heads the 领导小组, 第一责任人, 直接督办 #3 and #5, two visits."),
    F("late-report", None, "Feedback 2025-04-09, report 2025-07-01: 83 days."),
    F("no-disclosure", None, "“本报告同步在局门户网站公开”."),
    F("inconsistent-claim", None, "6 done + #7 正在推进 with a July date, matching row 7; 诫勉2 (葛少衡 with a post change, 樊仲文) + 批评1 (柯以宁); 1 rule made + 1 being drafted (#3)."),
    F("no-accountability", 1, "W: a slow transfer of revenue items — a failing of work, nobody to punish."),
    F("no-accountability", 3, "组织处理 of the former head: 诫勉谈话 by the 县委组织部 and a move to a non-leading post; 120万 recovered."),
    F("no-accountability", 5, "False figures: the deputy head 诫勉谈话, the section head 批评教育."),
    F("no-accountability", 4, "O: one mis-filed figure in one return, corrected and resubmitted."),
    F("no-mechanism", 4, "O: a one-off error fixed by a corrected return — no rule needed."),
    F("no-mechanism", 5, "《非税收入缴库核算管理规定》 with a month-end double check."),
    F("copied-measure", 1, "Row 1 opens by restating the problem (针对划转推进迟缓的问题) and then acts: a 专班, 3 departments, 5 items transferred by May."),
    F("no-owner", 2, "副局长晏秋池 (the gap there is the missing rule)."),
    F("no-deadline", 7, "Dated 2025-07-31 (the gap there is the owner)."),
], links=[
    L("5个项目已于5月底全部完成划转交接", 1), L("对2024年办理的46笔退付业务逐笔复查", 2), L("120万元已于5月8日全部收回", 3),
    L("县委组织部对原局长葛少衡进行诫勉谈话", 3), L("38.6万元罚没收入调整至正确栏目", 4), L("对分管副局长樊仲文进行诫勉谈话", 5),
    L("深入开展党组理论学习中心组学习", 6), L("按规定补办借调手续或办理召回", 7)])

# p04 蘼江县交通建设投资有限公司党支部 (county state firm): 纪委监委 website news item, problems inline 一是…七是 after
# 巡察也发现了一些问题：; the 巡察组要求 paragraph, the 表态 and the 3个月 sentence are not problems.
# Types: 1 W, 2 M (工程部经理蔺远山), 3 S, 4 M (副总经理骆辰), 5 S (no procedure), 6 W, 7 O.
# Report: public HTML 整改进展情况的通报 with 索引号 header, （一）关于…的问题 + 整改情况： + bracket, comment period.
G["p04"] = dict(issues=7, unanswered=[], must_flag=[
    F("no-accountability", 2, "186万 overpaid on the signature of the named 工程部经理蔺远山; three months on the 通报 only recovers money and revises the rule, and puts off the people: “对相关责任人的责任问题…将待整改全部完成后一并研究处理” — no one has been dealt with."),
    F("no-mechanism", 5, "The feedback says there is no 合同法务审核流程; the answer only has the 14 contracts reviewed after the fact and 3 补充协议 — no procedure for future contracts."),
    F("inconsistent-claim", None, "“7个问题已全部完成整改，23项整改措施全部落实到位…追回超付工程款186万元”, while （一） says 2 of 3 projects still wait for 用地预审 (April) and （二） says only 142万 is recovered, 44万 to follow."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长俞书衡 heads the 领导小组 as 第一责任人, 4 meetings, 3 site checks."),
    F("late-report", None, "Feedback 2024-11-26, 通报 2025-02-20: 86 days."),
    F("no-disclosure", None, "A public 通报 (公开方式：主动公开) with a comment period, phone and address."),
    F("no-accountability", 4, "副总经理骆辰 通报批评 and 责令作出书面检查; 0.3万 repaid."),
    F("no-accountability", 6, "W: Party posts that exist only on paper — reset and assessed, nobody to punish."),
    F("no-accountability", 7, "O: one late asset entry, booked."),
    F("no-accountability", 1, "W: slow preparation of three road projects."),
    F("no-mechanism", 7, "O: one late entry fixed; no rule needed."),
    F("no-mechanism", 3, "《小额工程采购管理办法》 with thresholds."),
    F("no-mechanism", 2, "修订《工程计量支付管理办法》 with three-party signing (the gap there is accountability)."),
    F("no-deadline", 1, "2025-04-30 in the bracket."),
    F("no-owner", 5, "副总经理穆清源 (the gap there is the missing procedure)."),
], links=[
    L("成立项目前期工作专班", 1), L("修订《工程计量支付管理办法》", 2), L("制定《小额工程采购管理办法》", 3),
    L("对副总经理骆辰私驾公车问题予以通报批评", 4), L("组织法律顾问对2023年以来签订的14份工程合同逐份进行补充审核", 5),
    L("重新设置党员先锋岗6个", 6), L("2.6万元办公设备已于2024年12月补登入库", 7)])

# p05 茝阳县港航事业发展中心党支部: DOCX 反馈意见, bold （一）–（七） heading paragraphs each followed by a detail paragraph;
# 二、整改意见 （一）–（四） not problems. Types: 1 W, 2 M (阎书桐), 3 S, 4 W, 5 M, 6 W, 7 W.
# Report: the unit's OWN THREE THEMES (聚焦水上安全 / 聚焦资金资产 / 聚焦作风纪律) with short sub-headings; #6 has none.
G["p05"] = dict(issues=7, unanswered=[6], must_flag=[
    F("unanswered-issue", 6, "支部组织生活不规范 (5 支委会, no criticism at the 组织生活会, a missing 培养联系人 opinion) has no sub-heading or sentence; the 作风建设常态化 block is about the eight rules and a hotline."),
    F("vague-measure", 4, "（二）港口岸线管理 is slogans only (进一步强化…坚持依法依规…切实提升依法行政水平): nothing on the two occupied stretches, no 查处, no report to the 交通运输局."),
    F("copied-measure", 7, "（二）执法艇和固定资产 turns the feedback's words into the measure (盘活闲置的执法艇，清理账实不符的资产，做到资产账面与实物相符): no count, no disposal, nothing on the 3 missing engines."),
], must_not_flag=[
    F("weak-leadership", None, "支部书记、主任宓长庚 heads the 领导小组, 第一责任人, 3 meetings, 4 site checks."),
    F("late-report", None, "Feedback 2025-05-13, report 2025-08-06: 85 days."),
    F("no-disclosure", None, "“整改情况将在中心公开栏和县交通运输局网站公开”."),
    F("inconsistent-claim", None, "No all-done claim; 4.7万, 诫勉2, 批评1, 1 rule all match the items."),
    F("vague-measure", 1, "Opens with 切实提高政治站位，牢固树立安全发展理念 but then a monthly patrol plan, 86 life jackets, daily checks, 2 training rounds."),
    F("copied-measure", 2, "Opens by restating (针对渡运补贴审核不严的问题) and then acts: every payment checked, 4.7万 recovered, a person dealt with, two new checks."),
    F("no-accountability", 1, "W: thin patrols and missing life jackets — a failing of work."),
    F("no-accountability", 2, "阎书桐 批评教育 and moved to another post; 4.7万 recovered."),
    F("no-accountability", 5, "The 2 staff 诫勉谈话 by the 派驻纪检监察组; gifts paid back."),
    F("no-mechanism", 3, "《航道养护工程验收管理办法》 with three-party acceptance."),
    F("unanswered-issue", 5, "Answered under the own theme 三、聚焦作风纪律 →（一）违规收受礼品."),
    F("no-owner", 4, "副主任沈星河 (the gap there is the slogan measure)."),
], links=[
    L("14个渡口每月至少巡查1次", 1), L("多拨付的4.7万元已全部追回", 2), L("制定《航道养护工程验收管理办法》", 3),
    L("进一步强化港口岸线资源管理", 4), L("已将礼品折价1600元退还船主", 5), L("盘活闲置的执法艇", 7)])

# p06 蓂山县少年儿童业余体育学校党支部: 一、…六、 heading。detail; the 信访件 sentence, the 整改要求 （一）–（四） and the
# 3个月 sentence are not problems. Types: 1 W, 2 M (教练员宫振宇), 3 M (副校长权少川), 4 S, 5 O, 6 W.
# Report (UTF-8 CRLF): 问题一：…/整改情况： + bracket; ACCOUNTABILITY IN A SEPARATE SECTION 三、追责问责情况 by item number.
G["p06"] = dict(issues=6, unanswered=[], must_flag=[
    F("no-accountability", 3, "The feedback names 副校长权少川 steering 17.8万 of purchases to his brother-in-law's shop; the answer only deducts 1.1万 from the shop and blacklists it — the shop pays, the 副校长 is not dealt with, and the separate 追责问责情况 section covers only items 二 and 一."),
    F("no-mechanism", 4, "The feedback says there is no 伙食补助发放管理办法; the answer gets 63 signatures after the fact and has class teachers hand out this term's cash — no rule, and the cash practice stays."),
    F("no-disclosure", None, "整改要求（四） asks to publish the rectification in the school and to parents; the report never mentions publishing, a notice board, a website or a phone."),
], must_not_flag=[
    F("weak-leadership", None, "支部书记、校长芮知遥 heads the 领导小组 as 第一责任人, 4 meetings, 直接过问 two items."),
    F("late-report", None, "Feedback 2024-09-10, report 2024-12-05: 86 days."),
    F("inconsistent-claim", None, "“6个问题已全部完成整改，18项措施全部落实” and every item is dated and done; no counts contradict."),
    F("no-accountability", 2, "In 三、追责问责情况（一）, by item number (第二项): 宫振宇 党内警告 by the 派驻纪检监察组, the accountant 批评教育; 3.2万 returned."),
    F("no-accountability", 1, "W: training hours cut; the 提醒谈话 in 三（二） is extra — none was required."),
    F("no-accountability", 6, "W: Party-member coaches not setting an example; fixed by 示范岗 and assessment."),
    F("no-accountability", 5, "O: one wrong birth date, corrected."),
    F("no-mechanism", 5, "O: a one-off data-entry error fixed by a corrected certificate — no rule needed."),
    F("no-mechanism", 2, "修订《外出参赛经费管理规定》."),
    F("no-mechanism", 3, "《运动装备采购比价管理办法》 (the gap there is accountability)."),
    F("no-owner", 3, "校长芮知遥."),
], links=[
    L("共同编制“学训日历”", 1), L("多报的3.2万元已由宫振宇全部退回学校账户", 2), L("给予教练员宫振宇党内警告处分", 2),
    L("已从该体育用品店尚未结算的货款中扣减", 3), L("63人次缺少签字的补助已由学生本人或家长补签确认", 4),
    L("更正后的二级运动员等级证书已于9月27日送到该运动员本人手中", 5), L("开展“党员教练示范岗”创建", 6)])

# p07 荇溪县学生资助管理中心党支部: 组长's 反馈会 speech, problems inline 一是…六是 over two paragraphs; 原因 sentence,
# 一要…三要 and the 3个月 sentence are not problems. Types: 1 W, 2 M (false figures, 资助股), 3 S, 4 M (甄某), 5 W, 6 W.
# Report (UTF-16 LE BOM): answers BY NUMBER 一、针对反馈意见第一个问题 … 六、, then 七、整改总体情况 … 九、下一步打算.
G["p07"] = dict(issues=6, unanswered=[], must_flag=[
    F("copied-measure", 1, "一、 is the feedback turned into a promise, even keeping its “部分学校” (确保部分学校按要求发放《资助政策告家长书》，让家长了解资助政策，解决家长不了解资助政策的问题): no school named, no leaflet count, no check."),
    F("repeated-measure", 5, "五、 (late payment of the 助学金) is a boilerplate paragraph (中心高度重视，组织全体党员干部深入学习…确保各项整改任务落地见效) pasted word for word under 六、 after a different first clause."),
    F("repeated-measure", 6, "六、 (thin Party study) repeats 五、's paragraph word for word."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人, the 支部书记 never appears: “中心召开会议…将整改任务分解到各股室，由办公室负责跟踪汇总”, although the speech required a 领导小组 and a secretary who 亲自部署、亲自过问、亲自督办."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-02-20, report 2025-05-16: 85 days."),
    F("no-disclosure", None, "“整改情况已在县教育局网站公开”."),
    F("inconsistent-claim", None, "“6个问题均已完成整改” with every item dated by 2025-05-10; 5.55万 + 0.6万; 严重警告1 + 诫勉1; the two mechanisms are named in 二、 and 三、."),
    F("no-accountability", 2, "False figures: the 资助股股长秦书远 诫勉谈话, data corrected and 5.55万 paid."),
    F("no-accountability", 4, "甄某 党内严重警告 by the 县纪委监委 after 立案审查, moved off the post; 6000元 recovered."),
    F("no-accountability", 5, "W: a late payment with no wrongdoer named (the gap there is the pasted measure)."),
    F("no-accountability", 1, "W: weak publicity (the gap there is the copied measure)."),
    F("no-mechanism", 3, "A 三级审核机制 (school → 乡镇中心学校 → 20% sample by the centre) — a mechanism without a named document, enough here."),
    F("no-mechanism", 2, "Data are checked against the 民政/乡村振兴 lists before every report, with the record attached."),
    F("no-owner", 1, "副主任邬晴川 named in the bracket (the gap there is the copied measure)."),
    F("no-deadline", 5, "2025-05-10 in the bracket."),
], links=[
    L("切实加大资助政策宣传力度", 1), L("对资助股股长秦书远进行诫勉谈话", 2),
    L("建立学校初审、乡镇中心学校复核、中心按20%比例抽查的三级审核机制", 3), L("给予甄某党内严重警告处分", 4),
    L("针对资金发放进度慢的问题", 5), L("针对支部学习教育不深入的问题", 6)])

# p08 薁水县白蚁防治所党支部: 反馈意见 with areas 一、二、三、…方面 and RESTARTING 1．2．(3．) (2 + 3 + 2 = 7); the 整改意见
# 一要…四要 and the 3个月 sentence are not problems. Types: 1 W, 2 O, 3 M (副所长胥明远), 4 M (所长夏侯振), 5 S, 6 W, 7 W.
# Report: DOCX, short text + an 8-column Word-table 整改台账 with 追责问责情况 and 建章立制情况 columns.
G["p08"] = dict(issues=7, unanswered=[], must_flag=[
    F("no-accountability", 3, "5.8万 charged with no basis on the signature of the named 副所长胥明远: the money is refunded and a fee rule made, but the 追责问责情况 cell is “—” and 胥明远 is even the row's 责任人, although the feedback asked 查清责任、严肃处理."),
    F("vague-measure", 6, "Row 6 (三会一课) is slogans only (进一步加强支部建设，认真落实“三会一课”制度，切实提高组织生活质量…深度融合): nothing on the thin 支委会 records, the one-man 党课 or the missing criticism."),
    F("no-deadline", 7, "Row 7's 完成时限 is “逐步解决” for an item still 正在推进; every other row has a date."),
], must_not_flag=[
    F("weak-leadership", None, "支部书记伍鹤年 heads the 领导小组 as 第一责任人, drafted the plan, 4 meetings, 3 site checks."),
    F("late-report", None, "Feedback 2024-12-03, report 2025-02-26: 85 days."),
    F("no-disclosure", None, "“整改情况已在所公示栏和县住房和城乡建设局网站公开”."),
    F("inconsistent-claim", None, "6 done + 1 正在推进 (row 7); 5.8万; 党内警告并免职1 (row 4) + 批评1 (row 5); 4 rules in the 建章立制 column."),
    F("no-accountability", 1, "W: low coverage of the prevention service — the 追责问责 cell “—” is right."),
    F("no-accountability", 7, "W: an ageing staff; nobody to punish."),
    F("no-accountability", 2, "O: an outdated fee reference in a contract template, corrected."),
    F("no-accountability", 4, "夏侯振 党内警告 by the 县纪委监委 and removed as 所长 by the 住建局党组."),
    F("no-mechanism", 2, "O: one template fixed and the contracts checked; the 建章立制 cell “—” is right."),
    F("no-mechanism", 5, "建立防治药物出入库登记制度 with two signatures and monthly stock-taking (no document title, a real procedure)."),
    F("no-mechanism", 3, "《白蚁防治收费管理办法》 (the gap there is accountability)."),
    F("no-owner", 7, "副所长庄一鸣 (the gap there is the time limit)."),
    F("no-deadline", 2, "2024-12-15."),
], links=[
    L("在6个乡镇开展农村自建房白蚁预防试点", 1), L("按现行收费文件修改合同范本中的收费依据条款", 2),
    L("重复收取的复查费5.8万元已全部退还缴费单位", 3), L("重新确定2家药物供应商", 4), L("给予夏侯振党内警告处分", 4),
    L("查明41箱差额中36箱为以往领用后未登记", 5), L("切实提高组织生活质量", 6), L("制定三年人才补充计划", 7)])

# p09 蘩源县税务局党委 (巡察 by the 市税务局党委): 反馈问题清单 with （一）–（七） title lines + 问题表现：; 整改要求 1．–4．
# not problems. Types: 1 W, 2 M (滕某), 3 S, 4 O, 5 M (分局局长贺平章), 6 W, 7 S (a rule that exists but is not applied).
# Report: （一）关于…的问题 + 一是…二是…三是 + bracket (责任领导；完成时限).
G["p09"] = dict(issues=7, unanswered=[], must_flag=[
    F("copied-measure", 1, "（一） restates the three findings as intentions (缩短…等候时间；落实“最多跑一次”，减少…多次往返；及时答复12366…杜绝答复超时): no window added, no item listed, no figure."),
    F("no-mechanism", 3, "The feedback's point is that there is no 集体审议 procedure for tax relief; the answer re-checks the 23 cases, collects 3.6万 and gives advice — no procedure, no rule, relief is still signed by one leader."),
    F("vague-measure", 6, "（六） is slogans only (进一步提高思想认识，加强基层党支部建设，持续提升组织生活质量…高质量发展): nothing on the back-filled records or the 党员大会 content."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记、局长霍知远 heads the 领导小组 as 第一责任人 (亲自部署、亲自过问、亲自督办), 5 meetings, 4 分局 visits."),
    F("late-report", None, "Feedback 2025-06-17, report 2025-09-09: 84 days."),
    F("no-disclosure", None, "“本次整改情况已在县局门户网站公开”."),
    F("inconsistent-claim", None, "6 done + （一） 正在推进 (dated 09-30); 5.7万 = 2.1万 + 3.6万; 1.4万; 立案1 (滕某), 组织处理1 (贺平章), 25 = 13 + 12."),
    F("no-accountability", 2, "The 市局纪检组 has opened a case (立案审查) on 滕某, who is suspended from enforcement and moved — accountability under way."),
    F("no-accountability", 5, "组织处理: 贺平章 removed as 分局局长; 13 others 批评教育; 1.4万 repaid."),
    F("no-accountability", 7, "17 enforcement faults traced to 12 people, 批评教育 / 责令书面检查."),
    F("no-accountability", 1, "W: queues and slow answers — no wrongdoer (the gap there is the copied measure)."),
    F("no-accountability", 4, "O: one duplicated document number, renumbered."),
    F("no-mechanism", 4, "O: one duplicated number fixed and all numbers checked — no rule needed."),
    F("no-mechanism", 7, "The rule already existed; the answer 重申 it, gives it an owner and a half-yearly review, and the first review (40 files) is done — the missing piece was application, now in place."),
    F("copied-measure", 2, "Concrete: re-survey, 2.1万 collected, 立案审查, a 137-household check."),
    F("vague-measure", 5, "Three concrete acts (1.4万 repaid, 免职, 批评教育 13) before the 警示教育."),
], links=[
    L("有效缩短纳税人在办税服务厅的等候时间", 1), L("市局纪检组已对滕某立案审查", 2), L("对2户减免依据不充分的企业追缴税款3.6万元", 3),
    L("对重复使用文号的1份行政处罚决定书重新编号", 4), L("免去其第一税务分局局长职务", 5), L("持续提升组织生活质量", 6),
    L("重申《税收执法过错责任追究实施办法》", 7)])

# p10 茈溪县烟草专卖局（营销部）党支部 (巡察 by the 市局（公司）党组): system website news item, all problems in one
# 巡察组指出…：…；…等问题 sentence (6); the 巡察组要求 paragraph, the 表态 and the 3个月 sentence are not problems.
# Types: 1 W, 2 M (客户经理石某), 3 M (false figures, 营销部), 4 S, 5 S, 6 O. Report (GB18030): 问题N：/整改情况：/责任人：/完成时限：.
G["p10"] = dict(issues=6, unanswered=[], must_flag=[
    F("no-accountability", 3, "216 unverifiable visits were reported to meet a target — false figures the feedback wants punished (坚决防止弄虚作假); the answer deletes the records and moves to GPS check-in, but nobody in the 营销部 is dealt with, and the 营销部主任 is the item's 责任人."),
    F("no-mechanism", 5, "The feedback says no 涉案物品保管制度 exists; the answer moves and counts the 48 cartons once — no rule, no register procedure."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、局长娄景川 heads the 领导小组 as 第一责任人, 4 meetings, 3 market checks, on-site 督办."),
    F("late-report", None, "Feedback 2024-08-20, report 2024-11-12: 84 days."),
    F("no-disclosure", None, "“本报告已在县局（营销部）公示栏公开，并报市局（公司）在系统内网公布” (the 档位 公示 in 问题2 is a false friend)."),
    F("inconsistent-claim", None, "All 6 dated on or before 10-31 and done; 批评并调岗1 (石某); 2 rules (规程 + 修订的规定)."),
    F("no-accountability", 1, "W: thin rural checks — a failing of work."),
    F("no-accountability", 2, "石某 批评教育 and moved off the 客户经理 post."),
    F("no-accountability", 6, "O: one member's dues base wrong, 480元 paid."),
    F("no-mechanism", 6, "O: a one-off dues error fixed — no rule needed."),
    F("no-mechanism", 4, "《零售许可证现场勘验工作规程》 with two inspectors."),
    F("no-mechanism", 2, "修订《卷烟货源投放管理规定》 with collective review."),
    F("vague-measure", 1, "A 轮查表, 包片 duty, 312 retailers checked, 3 cases found."),
    F("no-owner", 5, "专卖科科长尉迟兰 (the gap there is the missing rule)."),
], links=[
    L("实行专卖管理员包片负责", 1), L("对客户经理石某进行批评教育", 2), L("216次无法核实的走访记录已全部删除", 3),
    L("制定《零售许可证现场勘验工作规程》", 4), L("将办公区域存放的暂扣卷烟全部移入涉案物品库房", 5),
    L("少交的480元党费已于2024年9月补交", 6)])

for name, g in G.items():
    out = {"mode": "pair", "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
