"""Write p01..p10/gold.json (dev-pairs gold format, mode "pair") for dev68. The gold is hand-judged; this file only keeps
it in one place (modelled on corpus/dev44/make/gold.py). Debatable points ("may report") are not gold: they are in each
pair's notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蘅渚县农田建设服务中心党支部: formal 反馈意见, areas （一）…方面 + continuous 1．–7．; 二、整改意见 not problems.
# Report: ordinary 关于“…”的问题 with 整改措施/责任领导/责任股室/整改时限/整改成效. GOOD REPORT.
G["p01"] = dict(issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任郗望川 heads the 领导小组 as 第一责任人, chaired 5 推进会, 4 site visits, 当面督办 two heads."),
    F("late-report", None, "Feedback 2025-04-15, report 2025-07-04: 80 days, inside the three months."),
    F("no-disclosure", None, "下一步: published on the 县农业农村局 website and the 中心公示栏, with a 监督电话."),
    F("inconsistent-claim", None, "26 measures = 24 done + 2 named long-term ones; 17.1万 = 10.7 + 6.4; 警告1 (#3) + 诫勉1 (#4) + 批评4 (#1, #4, #5 ×2); 3 new + 2 revised rules, all named."),
    F("no-accountability", 1, "The deputy head who reported unverified work as done 批评教育."),
    F("no-accountability", 3, "工程股负责人滕嘉禾 党内警告 after referral to the 纪委监委; 8.3万 核减."),
    F("no-accountability", 4, "6.4万 returned by signer and handler; 办公室主任 诫勉谈话, 报账员 批评教育."),
    F("no-accountability", 5, "Driver and the cadre who took the meal both 批评教育; meal paid back."),
    F("no-mechanism", 2, "《高标准农田建后管护考核办法》, tied to next year's funds."),
    F("no-mechanism", 3, "《工程设计变更管理办法》 (over 5万 needs collective study)."),
    F("no-mechanism", 5, "《公务用车使用管理规定》."),
    F("no-mechanism", 6, "修订《党支部“三会一课”实施细则》."),
    F("no-deadline", 2, "前三项 2025-06-15, 第四项 长期坚持 — a standing task."),
    F("no-deadline", 6, "前三项 2025-05-30, 第四项 长期坚持."),
    F("no-owner", 7, "责任领导：芮景和."),
    F("unanswered-issue", 7, "Answered: 追缴通知, a suit settled, 10.7万 recovered."),
], links=[
    L("5月6日向县农业农村局书面更正此前的上报口径", 1), L("将结存的41万元管护资金按各乡镇已建成面积拨付到位", 2),
    L("核减不合理工程量费用8.3万元", 3), L("已由签批人和经办人按责任分担全部退回", 4), L("公务用车一律回单位停放", 5),
    L("重新召开专题组织生活会", 6), L("对其中1家拒不退还的单位提起诉讼并达成调解", 7)])

# p02 藿川县供应链管理有限公司党支部 (state firm): 组长's 反馈会 speech — praise, then problems in unnumbered prose
# turning on 同时/此外/需要指出的是/还有 under 从…看 paragraphs, an untrue complaint, 一要…三要. Report (GB18030) by the
# firm's own three work lines (经营/内控/党建), its own numbering （一）–（七） not matching the problems.
G["p02"] = dict(issues=7, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "4 of 11 recruits are cadres' relatives, hired without notice or exam: nothing answers it; the 内控线 item （五）加强人事管理 only revises 《员工绩效考核办法》 and moves 3 low-rated staff, which is not about hiring or relatives, though 二要 named 用人中的问题."),
    F("no-accountability", 2, "860万 prepaid on the 业务部经理's proposal and the 分管副总经理's signature with the 风控 box blank; the speech said 查清责任、依规处理…该问责的要问责; the report sues, freezes 130万 and writes a rule but deals with nobody."),
    F("late-report", None, "Feedback 2025-03-11 with a 三个月内 limit; report dated 2025-06-27: 108 days."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长勾廷岳 heads the 领导小组 as 第一责任人, chaired 6 meetings, leads the 党建线 himself."),
    F("no-disclosure", None, "Reported to the 职工大会 and published on the 县国有企业监管服务平台."),
    F("inconsistent-claim", None, "21 measures = 18 done + 3 named pending; 151.2万 = 130 + 19.5 + 1.7; 6 rules named; 批评教育3 = 财务人员 + 批准人 + 经办人."),
    F("no-accountability", 7, "1.7万 paid back by the approver; approver and handler 批评教育."),
    F("no-accountability", 4, "19.5万 recovered; the finance staff in charge 批评教育."),
    F("no-mechanism", 2, "《客户授信和预付款管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 3, "修订《党支部前置研究讨论重大经营管理事项清单》 (12 classes)."),
    F("no-mechanism", 7, "修订《业务招待管理规定》, 一单一函一清单."),
    F("unanswered-issue", 1, "Answered under the 经营线 as （一）回归保供稳价主业 — a heading in the firm's words, not the feedback's."),
    F("no-owner", 6, "党建线 牵头人 is the secretary 勾廷岳."),
    F("no-deadline", 1, "Remaining 3 contracts end 8月前; the rest done."),
], links=[
    L("3月底起停止新签钢材、煤炭转口贸易合同", 1), L("冻结对方账户资金130万元并已划回公司账户", 2),
    L("对2024年未经前置研究的5项合同逐项补充研究", 3), L("对3名员工挂账超过一年的备用金借款19.5万元下达催收通知", 4),
    L("确定2名入党积极分子", 6), L("实行“一单一函一清单”", 7)])

# p03 蕤溪县委两新工委: a 函 (DOCX) with 整改要求 一是…四是 (not problems) and an appended 问题清单 Word TABLE (序号｜问题类别｜
# 问题描述, rows 1–7). Report: answers BY LIST NUMBER, 第1项+第2项 merged, 第4项 split (经费 in （三）, 采购 in a trailing
# 此外 paragraph), one boilerplate paragraph pasted under 第5项 and 第6项.
G["p03"] = dict(issues=7, unanswered=[], must_flag=[
    F("repeated-measure", 5, "第5项 (督查考核重痕迹) is answered only by a boilerplate paragraph (坚持把巡察整改作为重要政治任务…确保整改工作取得实效) pasted word for word under 第6项."),
    F("repeated-measure", 6, "第6项 (机关党支部组织生活) repeats 第5项's paragraph after a different first clause."),
    F("no-owner", 7, "责任人：工委各科室 — every office, so nobody; every other item names one person."),
], must_not_flag=[
    F("weak-leadership", None, "工委书记蒯书鸣 heads the 领导小组 as 第一责任人, 4 meetings, site visits to the 物流园区 and 3 协会."),
    F("late-report", None, "Feedback 2024-11-05, report 2025-01-24: 80 days."),
    F("no-disclosure", None, "Published on the “蕤溪党建” website."),
    F("inconsistent-claim", None, "20 measures = 17 done + 3 named in 下一步 (3 换届, 2 组建, 2 整顿); 4 rules named; 书面检查1 + 批评1."),
    F("repeated-measure", 1, "One merged answer for 第1项 and 第2项, saying so; its parts are specific to each (台账 / 指导员)."),
    F("repeated-measure", 2, "Same merged answer; 19 指导员 replaced and a 履职考核办法."),
    F("unanswered-issue", 4, "Split: 经费 part in （三）, 采购 part in the trailing 此外 paragraph."),
    F("no-accountability", 4, "The 原副书记 who signed wrote a 书面检查; handler 批评教育; 8.6万 restored."),
    F("no-mechanism", 1, "《党建指导员履职考核办法》, quarterly 台账 update."),
    F("no-mechanism", 3, "修订《两新党组织党费收缴使用管理办法》."),
    F("no-mechanism", 4, "修订《两新党建工作经费管理办法》 and 《机关采购管理规定》."),
    F("no-owner", 3, "组织科科长郑沅."),
    F("no-deadline", 7, "2025年3月31日 (the gap there is the owner)."),
], links=[
    L("将已注销或迁出的23家企业移出台账", 1), L("对物流园区入驻的17家企业逐一摸排", 1), L("重新选派指导员19名", 2),
    L("一律存入党费专户", 3), L("8.6万元已从工委机关公用经费中调整归还党建工作经费", 4),
    L("单次采购金额在5000元以上的须有三家以上供应商报价", 4), L("针对督查考核“重痕迹、轻实效”的问题", 5),
    L("针对机关党支部组织生活不规范的问题", 6), L("已有9家完成换届", 7)])

# p04 葳塘县营商环境服务中心党支部: formal 反馈意见 一、…七、 heading。detail; 移交 sentence and 整改意见 （一）–（四）
# not problems. Report: ordinary restated （N）关于…的问题 with 一是…二是… and a bracket (责任领导/责任科室/完成时限).
G["p04"] = dict(issues=7, unanswered=[], must_flag=[
    F("copied-measure", 2, "（二）'s whole answer turns the feedback's words back into a promise (坚决纠正只重办结、不重解决…既要办结更要解决…不能一转了之): no 回访 of the 23 cases, no change to how 办结 is marked, nothing done."),
    F("no-mechanism", 4, "The adviser's fee is taken back and he is 诫勉; 5 observers replaced — but no rule on 兼职 reporting or observer vetting, though 整改意见（三） asked to 建立健全防范廉政风险的制度机制 and every other substantive item names a rule."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任乔映川 heads the 领导小组, 负首责、负总责, fortnightly reports, 3 专题会议."),
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-08: 80 days."),
    F("no-disclosure", None, "Published on the 县政府门户网站 with a phone number."),
    F("inconsistent-claim", None, "24 = 22 done + 2 named pending; 3 new + 1 revised rules, all named; 诫勉1 + 批评2; 2.4万 + 3.1万."),
    F("no-accountability", 4, "科室负责人 诫勉谈话, fee 2.4万 收缴 (the gap there is the rule)."),
    F("no-accountability", 5, "经办人 and 审批人 批评教育; 3.1万 paid back."),
    F("no-mechanism", 6, "Three rules made: 惠企政策兑现工作规程, 帮办代办服务规范, 涉企联合检查统筹办法."),
    F("copied-measure", 6, "Opens on the problem's topic but answers with three named rules."),
    F("vague-measure", 7, "Monthly 支委会, 先锋岗 evaluation, 党员突击队, 2 积极分子."),
    F("no-deadline", 1, "2025年10月31日 for the 5 remaining items — a date beyond the report is still a date."),
    F("no-owner", 2, "蔺启明 is named (the gap there is the copied answer)."),
], links=[
    L("与县数据资源管理部门建立周会商机制", 1), L("中心将坚决纠正只重办结、不重解决的做法", 2),
    L("下半年计划检查次数比上半年减少41%", 3), L("违规领取的报酬2.4万元已全部收缴", 4),
    L("以培训费名义支付的外出考察费用3.1万元已由参加人员退回", 5), L("制定《帮办代办服务规范》", 6),
    L("组建党员突击队", 7)])

# p05 薤城县医疗废物集中处置有限公司党支部 (state firm): 纪委/巡察办 website NEWS ITEM — problems in one 主要有：一是…六是
# sentence, 一要…四要 by the 巡察办 are requirements, the 表态 and the 转交 sentence are not problems. Report: HTML public
# 整改进展情况的通报 (crumb, info line, totals, （一）–（六）关于…的问题 paragraphs, comment period and contacts).
G["p05"] = dict(issues=6, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "“18个具体问题已全部完成整改，整改完成率100%” while （一） says the new collection vehicle is due at the end of March and （二） says the flue-gas upgrade is still being built, due end of April."),
    F("vague-measure", 6, "（六）基层党组织建设弱化 gets slogans only (坚持以党建引领发展…推动“三会一课”制度落实落细…得到有效提升): no training held, no meeting, no number."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长詹立恒 heads the 领导小组 as 第一责任人, 亲自部署、亲自协调."),
    F("late-report", None, "Feedback 2024-12-02, 通报 2025-02-20: 80 days."),
    F("no-disclosure", None, "A public 通报 with a comment period to 2025-03-06, phone, e-mail and address."),
    F("no-accountability", 2, "安全环保部部长 诫勉谈话 for the 7 unreported exceedances."),
    F("no-accountability", 4, "总经理 诫勉谈话 and 书面检查."),
    F("no-accountability", 5, "11.8万 清退; 财务部负责人 批评教育."),
    F("no-mechanism", 3, "修订《医疗废物处置费收费管理办法》."),
    F("no-mechanism", 4, "修订《“三重一大”事项集体决策实施办法》."),
    F("no-mechanism", 5, "《津贴补贴发放管理办法》."),
    F("vague-measure", 1, "GPS data into the system, new routes, a 批评教育, a revised 规程."),
    F("unanswered-issue", 6, "Answered, if only with slogans (that is the vague-measure)."),
    F("no-deadline", 2, "The open part has a date (2025年4月底)."),
], links=[
    L("将全部6辆收运车辆的定位数据接入收运管理系统", 1), L("对2024年7次尾气监测数据超标情况逐次补报县生态环境分局", 2),
    L("补收少收的处置费4.6万元", 3), L("对焚烧炉大修项目补充履行集体研究程序", 4),
    L("高温补贴、防护补贴11.8万元全部清退", 5), L("推动“三会一课”制度落实落细", 6)])

# p06 蓠阳县妇女儿童活动中心党支部: 反馈意见 (GB18030) with problems in UNNUMBERED PROSE turning on 首先/同时 (continues
# #1)/此外/在…方面/值得注意的是/另外/从…看/还有; 究其原因 and the closing 要… paragraph are not problems.
# Report: short preamble + 整改台账 as ｜-separated text rows, #3 split into rows 3-1 and 3-2.
G["p06"] = dict(issues=7, unanswered=[], must_flag=[
    F("no-owner", 6, "Row 6's 责任人 is “相关人员” — nobody in particular; every other row names a person."),
    F("no-deadline", 7, "Row 7's 完成时限 is “适时推进” and its 完成情况 “正在整理”: an open item with no date."),
    F("no-disclosure", None, "The feedback asks to 向社会公开; the report never publishes or says it will (the 收费 公示 in row 1 and the 备案 in row 2 are not disclosure of the rectification)."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任湛秋蘅 heads the 领导小组 as 第一责任人, drafted the plan, 4 meetings, 2 site checks."),
    F("late-report", None, "Feedback 2025-06-16, report 2025-09-05: 81 days."),
    F("inconsistent-claim", None, "8 tasks = 7 done + 1 named (档案); 19 stopped + 8 kept = 27 classes; 诫勉1 + 批评2; 5 rules named."),
    F("no-accountability", 4, "The 副主任 诫勉谈话 and relieved of 培训; contract ended."),
    F("no-accountability", 5, "1.3万 paid back; organiser 批评教育."),
    F("unanswered-issue", 3, "Split over rows 3-1 (游乐设施) and 3-2 (消防和巡查)."),
    F("no-mechanism", 3, "《场馆日常安全巡查制度》."),
    F("no-mechanism", 4, "《干部职工利益冲突回避规定》."),
    F("no-mechanism", 6, "《微信公众号信息发布审核制度》 (the gap there is the owner)."),
    F("no-deadline", 6, "2025年7月15日 (the gap there is the owner)."),
    F("no-owner", 7, "档案员柯雨桐 (the gap there is the deadline)."),
    F("no-owner", 2, "副主任雍可岚."),
], links=[
    L("停办与公益定位不符的收费培训班19个", 1), L("合作机构代收的9.8万元学费已全部收回", 2),
    L("3台超期游乐设施立即停用", 3), L("清理消防通道堆放的桌椅杂物", 3), L("终止与该培训机构的合作协议", 4),
    L("由参加游览的职工个人全部退回", 5), L("微信公众号实行“三审三校”", 6), L("按年度分类装盒", 7)])

# p07 芣山县蕨坪镇综合行政执法队党支部 (专项巡察): （一）–（六） heading lines + 具体表现：; 二、整改意见 not problems.
# Report (UTF-16 LE BOM): 问题N：/整改情况： with owner/time/status in the last sentence.
G["p07"] = dict(issues=6, unanswered=[], must_flag=[
    F("weak-leadership", None, "No 领导小组, no 第一责任人: a 队务会议 and “由综合办公室统筹整改工作，各中队按职责抓好落实”, though 整改意见（一） asked for both; the 党支部书记、队长 appears only as owner of the slogan item."),
    F("vague-measure", 5, "问题5 (党支部建设薄弱) gets slogans only (进一步提高思想认识…以党建引领执法工作提质增效): nothing on the 3 absent members, the records or the meetings."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-08-26, report 2025-11-14: 80 days."),
    F("no-disclosure", None, "Posted on the 镇政务公开栏 and the 镇政府网站."),
    F("inconsistent-claim", None, "No overall claim beyond the items; 4 rules named and counted as 4."),
    F("no-accountability", 4, "党内警告 and 诫勉 for the two who were feasted; card returned, 书面检查 + 批评教育."),
    F("no-accountability", 2, "内勤 批评教育; 2 lost items paid for by those responsible."),
    F("no-mechanism", 1, "《行政处罚案件办理规程》."),
    F("no-mechanism", 2, "《暂扣物品和罚没款管理办法》."),
    F("no-mechanism", 6, "夜间值班巡查制度 and 《12345热线涉执法投诉处置办法》."),
    F("no-owner", 3, "副队长嵇广林."),
    F("no-deadline", 4, "2025年9月30日."),
    F("vague-measure", 6, "47 cases revisited, 9 handled on site, night duty, a rule."),
], links=[
    L("组织对2024年以来的186件行政处罚案卷逐卷评查", 1), L("设立暂扣物品专用仓库", 2), L("新购置执法记录仪12台", 3),
    L("全体队员签订廉洁执法承诺书", 4), L("严格落实党内组织生活制度", 5), L("建立夜间值班巡查制度", 6)])

# p08 蒨原县草原工作站党支部: 反馈意见 with areas 一、二、三、在…方面 and restarting 1．2．(3．) → 2 + 3 + 2 = 7; the 移交
# sentence and the one-paragraph 整改意见 一是…四是 are not problems. Report (DOCX): bold 关于“…”的问题 headings + field lines.
G["p08"] = dict(issues=7, unanswered=[], must_flag=[
    F("no-accountability", 3, "186万 fencing split into 5 lots under the tender limit, contractor picked by the 分管副站长: the answer checks the work and rewrites the rule but deals with nobody, though 整改意见 二 names 规避招标 for 查清责任、严肃处理."),
    F("no-mechanism", 4, "The feedback says there is no 下乡补助和差旅费报销审核办法; the answer recovers 1.6万 and reprimands 6 people, a study session, but makes no rule or review step, while every other substantive item names one and 整改意见 三 asks for 财务审核 rules."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、站长岳鸣谦 heads the 领导小组 as 第一责任人, 5 meetings, site visits to 3 片区."),
    F("late-report", None, "Feedback 2025-03-25, report 2025-06-13: 80 days."),
    F("no-disclosure", None, "Published on the 县林业和草原局 website."),
    F("inconsistent-claim", None, "23 = 21 done + 2 named long-term; 6.72万 = 4.7 + 1.6 + 0.42; 批评8 = 1 + 6 + 1; 2 new + 3 revised rules named."),
    F("no-accountability", 4, "6 cadres 批评教育 with written explanations; 1.6万 recovered (the gap there is the rule)."),
    F("no-accountability", 5, "The 副站长 批评教育 and 检查; car taken back; 4200 paid back."),
    F("no-accountability", 2, "补奖资金股负责人 批评教育; 4.7万 recovered."),
    F("no-mechanism", 3, "修订《项目建设管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 2, "《草原补奖资金发放审核公示规程》."),
    F("no-mechanism", 7, "修订《固定资产管理办法》."),
    F("no-owner", 4, "责任领导：岳鸣谦."),
    F("no-deadline", 3, "2025年5月31日."),
], links=[
    L("对由他人代签巡护记录的2名草管员予以解聘", 1), L("已领取的4.7万元全部追回", 2), L("明确同一项目不得拆分发包", 3),
    L("重复报销的下乡补助和差旅费1.6万元全部追回", 4), L("收回长期由副站长固定使用的公务车辆", 5),
    L("召开了巡察整改专题组织生活会", 6), L("价值38万元的草原监测设备已全部登记入账", 7)])

# p09 蘩江县养老服务指导中心党支部: 反馈意见 read at the meeting, problems in three area paragraphs 在…方面，一是…；二是…
# restarting (3 + 2 + 2 = 7); 一要…四要 not problems. Report: the 主要负责人's FIRST-PERSON 组织落实整改情况报告 with own
# grouped headings: （一） merges #1 + #4, （四） merges #6 + #7; #3 missing.
G["p09"] = dict(issues=7, unanswered=[3], must_flag=[
    F("unanswered-issue", 3, "9 of 26 互助幸福院 locked or used as stores: nothing in the report, though 要求 四 named them."),
    F("no-deadline", 2, "（二）居家养老服务监管: the 考核办法 is 正在起草…逐步完善 and no date is given anywhere in the item, while every other item has one."),
    F("inconsistent-claim", None, "“7个问题已全部整改到位，22项整改措施全部落实” while （二）'s rule is still being drafted and #3 has no measure at all."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary-director writes as 第一责任人: 组长, made the plan, 5 meetings, weekly reports, 约谈 twice, led the 检视剖析."),
    F("late-report", None, "Feedback 2025-01-14, report 2025-04-10: 86 days."),
    F("no-disclosure", None, "Published on the 县民政局门户网站."),
    F("unanswered-issue", 4, "Answered inside the merged （一） (运营补贴 18.5万 recovered, 诫勉, a new 拨付办法)."),
    F("unanswered-issue", 7, "Answered inside the merged （四） (3 of 4 seconded staff back, a training plan)."),
    F("repeated-measure", 1, "One merged section with separate parts for 高龄津贴 and 运营补贴 — not a pasted measure."),
    F("repeated-measure", 4, "Same merged section."),
    F("no-accountability", 1, "审核 staff 批评教育; 2.9万 recovered."),
    F("no-accountability", 4, "分管副主任 诫勉谈话, 经办人 批评教育."),
    F("no-accountability", 5, "带队副主任 党内警告; 3.6万 paid back."),
    F("no-mechanism", 1, "修订《高龄津贴发放管理办法》 and monthly data matching."),
    F("no-mechanism", 4, "《民办养老机构运营补贴评估拨付办法》."),
    F("no-owner", 2, "分管副主任龚怀瑾 (the gap there is the date)."),
    F("no-deadline", 5, "2025年2月底."),
], links=[
    L("与县公安局、县殡葬管理所建立每月数据比对机制", 1), L("对22户服务次数不足的情况逐户核实", 2),
    L("对向2家未达标民办养老机构拨付的运营补贴18.5万元全部追回", 4), L("给予带队的副主任党内警告处分", 5),
    L("主题党日每月确定一个主题", 6), L("协调4名长期借调在外的人员已有3人返岗", 7)])

# p10 荇陂县知识产权服务中心党支部: 反馈问题清单 问题1：…问题7： + 具体表现：; 整改要求 一、…四、 not problems.
# Report (UTF-8 CRLF): ordinary （N）关于“…”的问题 with 整改措施/责任领导/完成时限/整改结果 lines.
G["p10"] = dict(issues=7, unanswered=[], must_flag=[
    F("no-accountability", 3, "The feedback names 专利服务科科长裴思远 steering firms to one agency; the answer publishes a list, writes a conduct rule and sets up a box, but nothing is done about him, though 整改要求 二 says 查清事实、严肃处理."),
    F("late-report", None, "Feedback 2024-10-16 with a three-month limit; report dated 2025-01-22: 98 days."),
    F("no-disclosure", None, "整改要求 四 asks for public disclosure; the report never publishes (the agency 名录 and the 更正说明 on the website are not disclosure of the rectification)."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任蔚承岚 heads the 领导小组 as 第一责任人, 4 推进会, 督办 the 专利服务科."),
    F("inconsistent-claim", None, "21 = 19 done + 2 named pending; 9.2万 = 6.1 recovered + 3.1 noticed; 诫勉1 + 批评3; 3 new + 2 revised rules named."),
    F("no-accountability", 1, "2 审核 staff 批评教育; money being recovered."),
    F("no-accountability", 4, "经办人 批评教育."),
    F("no-accountability", 5, "副主任 诫勉谈话; meals paid back."),
    F("no-mechanism", 3, "《工作人员与中介机构交往行为规范》 (the gap there is accountability)."),
    F("no-mechanism", 1, "修订《专利资助资金管理办法》."),
    F("no-mechanism", 7, "《门户网站信息发布审核制度》."),
    F("no-deadline", 1, "正在推进 with 2025年3月31日."),
    F("no-owner", 3, "责任领导：蔚承岚."),
    F("vague-measure", 6, "A topic per meeting, everyone speaks, 31 criticisms, quarterly 党课."),
], links=[
    L("确认37件非正常申请专利涉及资助资金9.2万元", 1), L("对超过3个月未答复的6件援助申请逐件办结答复", 2),
    L("发布全县备案专利代理机构名录", 3), L("补办结算手续", 4), L("参加人员已按标准补交餐费", 5),
    L("每名党员至少发言一次", 6), L("收回门户网站“政策解读”栏目的更新权限", 7)])

for name, g in G.items():
    out = {"mode": "pair", "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
