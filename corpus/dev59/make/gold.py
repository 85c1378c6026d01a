"""Write p01..p10/gold.json (dev-pairs gold format) for dev59. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev44/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蘩阳县植保植检站党支部: formal 反馈意见, areas （一）（二）（三）…方面 + continuous 1．–7．; 移交 sentence and
# 二、整改意见 （一）–（四） are not problems. Report: BY AREA OF THE UNIT'S OWN (党的建设 / 业务工作 / 内部管理), problems
# merged and never named: item 3 answers #1 + #2, item 5 answers #4 + #7 (the drones hide at its end).
G["p01"] = dict(issues=7, unanswered=[], must_flag=[
    F("vague-measure", 6, "Item 1 严肃党内政治生活 is slogans only (进一步严格党内政治生活…政治性、时代性、原则性和战斗性…切实提升党支部组织力…深度融合): nothing on the 补记 records, five years without a new member, or the toothless criticism at the 组织生活会."),
    F("no-accountability", 3, "21 of 38 检疫证书 were signed without a field check and an untested 苗木 import was let go with a word; the report fines the company and writes a 查验规程, but nobody who signed or let it go is named or dealt with, though 整改意见（三） asks to 处理到人."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、站长郗砚秋 heads the 领导小组, 第一责任人, 负总责, 5 推进会, 3 site visits, 当面约谈 of a deputy."),
    F("late-report", None, "Feedback 2025-03-11, report 2025-06-03: 84 days, inside three months."),
    F("no-disclosure", None, "县农业农村局门户网站 and the 站内公开栏."),
    F("inconsistent-claim", None, "23 measures = 20 done + 3 named ongoing ones that items 3 shows as ongoing; 18.6万 + 2.3万; 诫勉1 (宓晴川) + 批评3 (办公室主任, 经办人, 会计); 5 rules, all named (2 new, 3 revised)."),
    F("unanswered-issue", 7, "Answered at the end of 内部管理 item 5 without naming it: 3台植保无人机已登记入账 and a revised 《固定资产管理办法》."),
    F("unanswered-issue", 2, "Answered inside the merged item 3 (一是 测报点 repairs, 二是 一周一报 and 缺报倒查)."),
    F("repeated-measure", 1, "Item 3 is one answer announced for two weak spots (针对病虫测报设施和防控服务两个方面的薄弱环节); its parts are specific, nothing is pasted."),
    F("repeated-measure", 2, "Same merged item 3."),
    F("no-accountability", 5, "审批人 副站长 诫勉谈话, 办公室主任 批评教育, 2.3万 refunded."),
    F("no-accountability", 4, "18.6万 recovered; 经办人 and 会计 批评教育."),
    F("no-mechanism", 3, "《植物检疫调运查验工作规程》 (the gap there is accountability)."),
    F("no-mechanism", 4, "修订《统防统治作业补助资金管理办法》, 制定《物资采购询价比价办法》."),
    F("no-deadline", 1, "2025-12-31 持续推进, with 7月底 and 9月底 steps inside."),
    F("no-owner", 6, "郗砚秋 is 责任领导 (the gap there is the slogan)."),
    F("vague-measure", 1, "Three new service organisations, contracts, two sites chosen, one built."),
], links=[
    L("新培育统防统治服务组织3家", 1), L("2个绿色防控示范区已在茈湾镇、菰塘乡选定地块", 1),
    L("对4个乡镇测报点的虫情测报灯和孢子捕捉仪进行维修更换", 2), L("建立测报数据“一周一报”和缺报倒查制度", 2),
    L("全面推行调运检疫“先查验、后签证”", 3), L("18.6万元已全部追回并退回专户", 4), L("组织者和参加人员已全额退缴", 5),
    L("公务用车节假日一律入库封存", 5), L("切实提升党支部组织力", 6), L("3台植保无人机已登记入账", 7)])

# p02 薁城县会计核算中心党支部: 问题清单 (GB18030) 问题1：…问题7： + 具体表现：; 整改要求 1．–4． are not problems.
# Report: 共性问题 answered ONCE for #2 #3 #4 (one 专项治理 with shared and specific parts), then 个性问题 （一）–（四）
# under the unit's own short labels (#1 #5 #6 #7).
G["p02"] = dict(issues=7, unanswered=[], must_flag=[
    F("copied-measure", 7, "个性（四） turns the problem back into a promise (加强党支部对业务工作的领导，充分发挥党员…带头作用，使“党员示范岗”真正发挥示范带动作用): no meetings on business, no duties or evaluation for the 示范岗 — the feedback's own words."),
    F("no-disclosure", None, "整改要求 4 asks to publish the rectification; the report never does (the 下一步 line 抽查结果通报各单位 is about future checks of budget units, not disclosure of this rectification)."),
], must_not_flag=[
    F("repeated-measure", 2, "The 共性 section is one answer announced for three problems (中心没有分开作答…这一项措施同时解决…三个方面的问题), with parts specific to each — not a pasted paragraph."),
    F("repeated-measure", 3, "Same 共性 answer."),
    F("repeated-measure", 4, "Same 共性 answer."),
    F("unanswered-issue", 3, "Answered only inside the 共性 section: the 公务卡 system control, 62 payments logged, 98% rate, a revised 《公务卡结算管理规定》."),
    F("unanswered-issue", 4, "共性（三）: 317万 ledger, 196万 cleared, 121万 referred with a date."),
    F("weak-leadership", None, "党支部书记、主任栾书禾 heads the 领导小组 as 第一责任人, approves every plan, coordinates the 往来款 in person."),
    F("late-report", None, "Feedback 2024-10-22, report 2025-01-16: 86 days."),
    F("inconsistent-claim", None, "5 done + 往来款 ongoing + #7 long-term = 7; 4.8万 + 1.2万; 诫勉1 (former director) + 批评2 (two 审核员); 2 new + 3 revised rules, all named."),
    F("no-accountability", 5, "Former director 诫勉谈话 by the 县财政局党组; 4.8万 清退."),
    F("no-accountability", 2, "2 审核员 批评教育; 1.2万 returned by those concerned."),
    F("no-mechanism", 6, "《内部控制手册》 fully revised; duties split."),
    F("no-mechanism", 4, "《预算单位往来款项清理管理办法》."),
    F("no-deadline", 4, "2025-06-30 for the remaining 121万."),
    F("no-owner", 1, "鄢子衿 is 责任领导."),
], links=[
    L("5个乡镇已全部切换到“乡财县管”新核算系统", 1),
    L("增设票据完整性、公务卡结算和往来款账龄三项硬性控制", 2), L("增设票据完整性、公务卡结算和往来款账龄三项硬性控制", 3),
    L("增设票据完整性、公务卡结算和往来款账龄三项硬性控制", 4),
    L("41份票据不全的凭证已由报账单位补齐手续", 2), L("62笔现金支付的支出逐笔登记", 3), L("对317万元往来款逐笔建立清理台账", 4),
    L("对2023年发放的4.8万元逐人核对", 5), L("记账与网银复核分设2人", 6), L("使“党员示范岗”真正发挥示范带动作用", 7)])

# p03 蕤岭县科技馆党支部: 纪委监委 website news item, every problem in one “但也存在一些突出问题：…；…等问题” sentence
# (7 problems); the 一要…三要 of the speech and the 表态 are not problems. Report: an HTML website INTERVIEW (问：/答：)
# with the 书记; answers in another order, #2 + #4 in one answer, #5 and #2 and #4 again in the 建章立制 answer.
G["p03"] = dict(issues=7, unanswered=[7], must_flag=[
    F("unanswered-issue", 7, "讲解员 mostly 临聘 with no training or tests, 2 中层 posts vacant: no answer touches staffing (the two extra daily 定时讲解 are a visitor service, not an answer)."),
    F("inconsistent-claim", None, "First answer: 7个方面问题，现在已经全部整改到位了; later answers: 3 巡展 stations left for 下半年 (10月底前), 维保 procurement 预计8月份完成, new exhibits 8月底前到位."),
], must_not_flag=[
    F("weak-leadership", None, "书记 heads the 领导小组 as 第一责任人, 负总责, weekly meetings, 逐项过问."),
    F("late-report", None, "Feedback meeting 2025-04-16, interview published 2025-07-08: 83 days."),
    F("no-disclosure", None, "整改情况已经在馆门户网站公示, and the interview itself is public on the 纪委监委 site."),
    F("unanswered-issue", 4, "Answered inside the 展品 answer (一根藤上的两个瓜): 维保 re-procured, 经办人 批评教育; and 《合同管理办法》 in the last answer."),
    F("repeated-measure", 4, "One answer announced for two problems, with parts specific to each — not pasted."),
    F("no-accountability", 5, "5.6万 refunded to 218 families; 副馆长 书面检查 and 诫勉谈话."),
    F("no-accountability", 4, "经办人 批评教育 for the two contracts signed after the work."),
    F("no-mechanism", 5, "《科普活动收费管理规定》."),
    F("no-mechanism", 4, "《合同管理办法》."),
    F("no-mechanism", 2, "修订《展品运行维护管理制度》 with a 48-hour rule."),
], links=[
    L("今年上半年已补上4站巡展", 1), L("19件故障展品中能修的16件已经全部修复", 2), L("修订《展品运行维护管理制度》", 2),
    L("嘉宾身份和讲稿提前报党支部审核", 3), L("维保服务停止直接续签，按政府采购程序重新采购", 4), L("制定《合同管理办法》", 4),
    L("5.6万元已经全部退还给218名学生家长", 5), L("制定《科普活动收费管理规定》", 5), L("重新组建了党员志愿服务队", 6)])

# p04 蕡山县盐业有限公司党支部: 组长's 反馈会 speech, problems as 一是…七是 paragraphs; 原因 sentence, 一要…三要 and
# the 移交 sentence are not problems. Report (UTF-8 CRLF): a CHRONOLOGY (dated entries 8月28日…12月10日), problems never
# named: #2 over three dates, #6 over two, #2 + #6 in one entry, #7 in an unnamed entry.
G["p04"] = dict(issues=7, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2024-08-27 with a 3-month limit (2024-11-27); report dated 2024-12-20: 115 days."),
    F("no-mechanism", 3, "41万 overdue: 催款函, 29万 collected, a lawsuit, supply stopped, past 折让 补办审批 — but no rule on 赊销, 货款回收 or 价格折让, though the speech named 货款回收 as a place for 管用的制度; the other management problems each got a named rule."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长厍鸣之 heads the 领导小组 as 第一责任人 and chairs the 8月30日 meeting."),
    F("no-disclosure", None, "公司公示栏 and the 县国资中心 website."),
    F("inconsistent-claim", None, "32 = 30 done + 2 named (诉讼, 章程报批); 修订2 (章程, 报销办法) + 新3 (前置清单, 备用金规定, 选拔任用办法); 诫勉1 + 批评1."),
    F("unanswered-issue", 7, "11月14日 entry: 资产移交协议 signed, 2 former 盐政 staff placed — the problem is never named."),
    F("unanswered-issue", 6, "Split over 9月4日 (灭火器, 水带) and 10月11日 (操作证, 培训记录)."),
    F("repeated-measure", 6, "9月4日 holds #2's 盘点 and #6's fire check as two separate acts — nothing pasted."),
    F("no-mechanism", 4, "修订《财务报销管理办法》, 制定《备用金管理规定》."),
    F("no-mechanism", 1, "Articles of association revised, 《党支部前置研究事项清单》."),
    F("no-mechanism", 5, "《中层管理人员选拔任用办法》."),
    F("no-accountability", 4, "3.2万 returned; former 财务部经理 诫勉谈话."),
    F("no-accountability", 5, "综合部负责人 批评教育."),
], links=[
    L("写入党支部研究讨论是董事会、经理层决策重大问题前置程序的规定", 1),
    L("投资10万元以上的项目和大额资金使用一律先提交党支部会议研究", 1),
    L("查明11吨差额系2022年调出后未登记出库形成", 2), L("从集团调入食盐80吨补充应急储备", 2), L("应急储备达到302吨", 2),
    L("公司向3家批发商逐户发出催款函", 3), L("3家批发商中有2家已结清欠款29万元", 3),
    L("3.2万元聚餐费和购物卡费用已由参与人员退回", 4), L("补充开展民主测评", 5), L("更换过期灭火器46具", 6),
    L("均已取得操作证", 6), L("签订资产移交协议", 7)])

# p05 蘼台县看守所党支部: formal 反馈意见, areas 一、二、三、…方面 with RESTARTING 1．2．(3．) (2 + 3 + 2 = 7); the
# 整改要求 （一）–（四） are not problems. Report: BY TEAM MEMBER'S AREA (书记 / two 副所长 / 教导员, first person), problems
# merged and unnamed, then 其他事项 with no member.
G["p05"] = dict(issues=7, unanswered=[], must_flag=[
    F("weak-leadership", None, "No 领导小组, no 第一责任人: 所党支部召开会议进行了研究…由班子成员按照分管领域认领整改，整改情况由各班子成员分别撰写; the 书记's own block covers only study and the 先锋岗, nothing on deploying, asking after or supervising the whole, though 整改要求（一） asked for both."),
    F("no-owner", 2, "意识形态 is answered under 五、其他事项 by “所里” — no member, no leader; every other problem sits in a named member's block."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-12: 84 days."),
    F("no-disclosure", None, "县公安局门户网站向社会公开 (the 价格上墙公示 in the 超市 is a false friend)."),
    F("inconsistent-claim", None, "All 7 said done and every block says 已完成; 诫勉2 (宦鸣秋, the drinking officer), 批评6 (4 巡控 + 超市记账 + 朋友圈); 3 rules named."),
    F("unanswered-issue", 7, "In the 书记's block, unnamed: 党员先锋岗 in every 监区 with duties and a place in the yearly assessment."),
    F("unanswered-issue", 5, "In 宦鸣秋's block after the 超市: 0.9万 退赔, his own 诫勉."),
    F("no-accountability", 5, "审批人 宦鸣秋 诫勉谈话 and 检讨; 0.9万 退赔."),
    F("no-accountability", 6, "The officer who drank: 诫勉谈话 and 调离监管岗位."),
    F("no-accountability", 3, "4 民警辅警 批评教育 for the signed-for patrols."),
    F("no-mechanism", 4, "《所内超市商品管理办法》."),
    F("no-mechanism", 3, "修订《监区巡控管理规定》 and electronic patrol logging."),
    F("no-deadline", 2, "“2025年6月底前已完成” (the gap there is the owner)."),
    F("no-owner", 7, "In the 书记's own block."),
], links=[
    L("每季度结合1个监管案例开展研讨", 1), L("所里开展了一次意识形态领域风险研判", 2), L("11处盲区已全部加装摄像头", 3),
    L("夜间巡控由纸质签名改为电子巡更打卡", 3), L("高于市场价的37种商品已全部下调", 4),
    L("超市收益5.4万元已全部纳入单位账户统一核算", 4), L("0.9万元已由参与接待的所领导个人退赔", 5), L("入职培训延长至5天", 6),
    L("给予诫勉谈话，并调离监管岗位", 6), L("在每个监区设立党员先锋岗", 7)])

# p06 蔾源县河道管理所党支部: DOCX 反馈意见, bold （一）–（七） heading paragraphs + detail; 整改要求 一是…四是 not
# problems. Report (UTF-16 LE BOM): preamble + a Word table pasted as text, ONE CELL PER LINE (序号/问题/整改措施/整改成效/
# 责任领导/完成时限), rows in the unit's own order (6,1,2,7,3,4,5) with the 问题 cell a short paraphrase.
G["p06"] = dict(issues=7, unanswered=[], must_flag=[
    F("repeated-measure", 2, "Row 3 (采砂) is answered only by a generic paragraph (组织全所干部职工认真学习有关法律法规…确保类似问题不再发生) pasted again word for word in row 7."),
    F("repeated-measure", 5, "Row 7 (燃油费, 接待) repeats row 3's paragraph after a different first clause; nothing on fuel logs or 公函."),
    F("no-deadline", 7, "Row 4 (防汛物资盘亏) has 完成时限 “根据清查进度确定” and is still 正在清查 — no date; every other row has one."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、所长笪映川 heads the 领导小组 as 第一责任人, 4 meetings, 亲自督办."),
    F("late-report", None, "Feedback 2024-11-05, report 2025-01-24: 80 days."),
    F("no-disclosure", None, "县水利局门户网站公开 (说明 2)."),
    F("inconsistent-claim", None, "5 done + 2 ongoing (row 2 基本完成 with 2 items left, row 4 正在清查) = 7; 12.4万, 4.6万; 诫勉1 (璩伯言) + 批评1 (经办人); 3 rules named."),
    F("unanswered-issue", 6, "Row 1, paraphrased as 支部事务由返聘人员代管: the 书记 takes the work back, records, 主题党日."),
    F("no-accountability", 3, "副所长璩伯言 诫勉谈话 by the 县水利局党组; 12.4万 returned to the account."),
    F("no-accountability", 4, "经办人 批评教育; 决算审计 审减4.6万."),
    F("no-mechanism", 1, "《河长交办问题跟踪销号制度》."),
    F("no-mechanism", 3, "《维修养护项目验收付款办法》."),
    F("no-mechanism", 4, "《应急抢险工程管理办法》."),
    F("no-deadline", 1, "2025-03-31, 基本完成 with 2 items ongoing."),
    F("no-owner", 7, "郦晓汀 (the gap there is the date)."),
], links=[
    L("党支部书记笪映川收回支部日常工作", 6), L("建立县级河长交办问题台账", 1), L("针对河道采砂巡查执法滞后的问题", 2),
    L("组织对防汛仓库物资全面清查", 7), L("用于办公楼装修的12.4万元已从所办公经费中调整归还", 3),
    L("委托第三方审计机构完成竣工决算审计", 4), L("针对燃油费和接待费报销不规范的问题", 5)])

# p07 薿江县残疾人康复中心党支部: 反馈意见 一、…七、 heading。detail; 移交 sentence and 整改要求 （一）–（四） not
# problems. Report (GB18030): 关于 headings QUOTING ONLY THE FIRST WORDS of each problem (关于“康复救助资金……”的问题,
# 关于“三重一大”决策……的问题 …) in another order (3,1,2,6,4,5,7); #2 cross-refers to #3's rule.
G["p07"] = dict(issues=7, unanswered=[], must_flag=[
    F("copied-measure", 7, "（七） is the problem restated as a wish (切实提高群众反映问题的回应效率…件件有回音、事事有着落，杜绝超期不答复现象): nothing on the 4 overdue complaints, no time limit, no channel."),
    F("no-accountability", 3, "11.2万 over-claimed from the 县残联 and paid out: returned and a 核验办法 written, but nobody is named or dealt with for the false claim, though 整改要求（二） asks to 查清责任，依规依纪严肃处理."),
], must_not_flag=[
    F("copied-measure", 1, "Opens by restating the problem (针对“三重一大”决策制度执行不严格的问题) and then acts: 补充研究 with minutes, 诫勉, a revised 实施办法."),
    F("no-accountability", 1, "中心主任 检查 and 诫勉谈话 by the 县残联党组."),
    F("no-accountability", 4, "0.8万 returned; 会计 批评教育."),
    F("no-mechanism", 3, "《康复训练课时核验办法》 and 双签字 (the gap there is accountability)."),
    F("no-mechanism", 5, "辅具出入库登记制度, yearly 盘点."),
    F("unanswered-issue", 2, "Heading 关于“残疾儿童康复……” — 13 of 14 applications handled, a 5-day limit, and the record problem tied to （一）'s rule."),
    F("unanswered-issue", 5, "Heading 关于“财务资产……” (next to 关于“财务报销……”): 31 辅具 traced, 7 written off."),
    F("weak-leadership", None, "党支部书记、主任贲明川 heads the 领导小组 as 第一责任人, 5 meetings, 当面督办."),
    F("late-report", None, "Feedback 2025-02-18, report 2025-05-13: 84 days."),
    F("no-disclosure", None, "中心公示栏 and 县残联门户网站."),
    F("inconsistent-claim", None, "6 done + （七） 持续推进 = 7; 12万 = 11.2万 + 0.8万; 诫勉1 + 批评1; 2 new + 2 revised rules named."),
    F("no-owner", 7, "顾影舟 (the gap there is the copied text)."),
], links=[
    L("提交党支部委员会补充研究并形成会议纪要", 1), L("符合条件的13名已纳入救助", 2), L("按照第（一）项建立的课时核验办法一并整改", 2),
    L("确认多申报课时费11.2万元，已全部退回县残联", 3), L("制定《康复训练课时核验办法》", 3),
    L("餐费0.8万元已由参加人员退回", 4), L("38件辅具中31件已查明", 5), L("逐一签订“一岗双责”责任书", 6),
    L("对家长投诉做到件件有回音", 7)])

# p08 蘵川县农村产权交易中心党支部: 组长's 反馈会 speech 第一，…第六，; 一要…三要 not problems. Report: a MEASURE LIST
# 1．–9． in execution order, each ending with （针对＜paraphrase＞；牵头；时限）; measure 5 says it serves two problems.
G["p08"] = dict(issues=6, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "来回跑, 一次性告知, 迟到早退 and 代打卡: none of the nine measures is for it (measure 3's 收费窗口 is where the fee scale is posted, not the window staff)."),
    F("vague-measure", 1, "Measure 8 is the only answer to 6 of 14 乡镇 stations and 四成 进场: slogans (进一步拓展…不断提升…应进必进、提质扩面) with no station, number or date (时限：长期坚持)."),
], must_not_flag=[
    F("repeated-measure", 4, "Measure 5 says itself that it serves both 亲属竞买 and 公告期 — one measure, announced, not pasted."),
    F("repeated-measure", 2, "Same measure 5; #2 also has measures 1 and 2 of its own."),
    F("no-accountability", 4, "The staff member 诫勉谈话 and 调离交易岗位."),
    F("no-accountability", 3, "8.3万 returned; 2 staff 批评教育 for personal WeChat collection."),
    F("no-mechanism", 2, "修订《农村产权交易规则》."),
    F("no-mechanism", 4, "回避承诺制度; 轮岗 cycle."),
    F("no-owner", 1, "钮子川 is 牵头 (the gap there is the slogan)."),
    F("no-deadline", 6, "2024-08-31."),
    F("weak-leadership", None, "党支部书记、主任宿清和 heads the 领导小组 as 第一责任人, 直接过问、逐项督办."),
    F("late-report", None, "Feedback 2024-06-12, report 2024-09-06: 86 days."),
    F("no-disclosure", None, "中心网站 and 交易大厅公开栏 (the 收费标准 posting in measure 3 is a false friend)."),
    F("inconsistent-claim", None, "9 measures = 8 done + measure 8 long-term; 8.3万; 诫勉1 + 批评2; 1 revised + 1 new rule."),
], links=[
    L("对抽查发现公告期不足的7宗交易逐宗复核", 2), L("修订《农村产权交易规则》", 2), L("将多收的8.3万元逐笔退还给交易双方", 3),
    L("取消个人微信收款", 3), L("上线关联关系自动比对和公告期自动校验功能", 4), L("上线关联关系自动比对和公告期自动校验功能", 2),
    L("受到诫勉谈话并调离交易岗位", 4), L("目前已轮换3人", 4), L("进一步拓展农村产权交易服务覆盖面", 1), L("补选支部委员1名", 6)])

# p09 蘦水县水利水电开发有限公司党支部: 纪委监委 news item, “主要表现在：一是…六是” in one sentence; the 巡察办主任's
# requirements and the 表态 are not problems. Report: PROBLEM CODES (DJ-1, AQ-1, ZC-1, GC-1, XC-1, RS-1) explained once,
# then 18 task lines keyed only by task code (AQ-1-2 …) in the unit's own order.
G["p09"] = dict(issues=6, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "“18项任务已完成17项，完成率94.4%” while AQ-1-2, ZC-1-3 and DJ-1-2 are each marked 正在推进 — 15 done, not 17."),
    F("no-mechanism", 5, "19.8万 returned and two people dealt with, but XC-1-3 is a promise (今后严格按照…发放奖金) with no 薪酬 or 奖金 rule, though the meeting asked for rules on 薪酬分配; the other money and process problems got named rules."),
], must_not_flag=[
    F("no-mechanism", 3, "《闲置资产出租管理办法》."),
    F("no-mechanism", 4, "《工程建设项目管理办法》."),
    F("no-mechanism", 6, "《中层管理人员任用管理办法》."),
    F("no-accountability", 5, "总经理 诫勉谈话 by the 国资中心党委, 财务部经理 批评教育 (the gap there is the rule)."),
    F("no-accountability", 4, "经办人 and 工程部经理 诫勉谈话; 9.3万 审减."),
    F("unanswered-issue", 6, "RS-1-1…3, reachable only through the code table."),
    F("unanswered-issue", 1, "DJ-1-1…3, placed fifth."),
    F("weak-leadership", None, "党支部书记、董事长郜闻溪 heads the 领导小组 as 第一责任人, 4 meetings, 直接协调."),
    F("late-report", None, "Feedback 2025-07-15, report 2025-10-09: 86 days."),
    F("no-disclosure", None, "县国资中心门户网站公开."),
    F("no-deadline", 2, "2025-10-31 for the AQ-1 group."),
    F("no-owner", 3, "甘棠舟 for the ZC-1 group."),
], links=[
    L("总经理嵇鹤年进入党支部委员会", 1), L("修订公司章程，写入党建工作要求", 1), L("对上游电站开展年度安全鉴定", 2),
    L("生态流量在线监测设施已修复", 2), L("委托资产评估机构对电站闲置厂房租金进行评估", 3), L("制定《闲置资产出租管理办法》", 3),
    L("对引水渠道改造工程结算和26万元签证变更进行审计", 4), L("制定《工程建设项目管理办法》", 4),
    L("19.8万元已由领取人员全部退回公司账户", 5), L("今后严格按照县国资中心核定的工资总额和考核结果发放奖金", 5),
    L("对3名中层干部的任用补充履行党支部研究程序", 6), L("补做试用期考核", 6)])

# p10 萩塘县农村特困人员供养服务中心党支部: 反馈意见 （一）–（六） heading lines + 具体表现：; 二、整改建议 not
# problems. Report: DOCX, 整改前 / 采取的措施 / 整改后 blocks under SEVEN OWN THEME HEADINGS (“有进有出”…) for six problems:
# #1 split over （一）（二）, #2 split over （二）（三）. GOOD REPORT.
G["p10"] = dict(issues=6, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任郁晚棠 heads the 领导小组 as 第一责任人, 4 meetings, weekly checks, 直接过问、跟踪督办."),
    F("late-report", None, "Feedback 2024-12-03, report 2025-02-26: 85 days."),
    F("no-disclosure", None, "县民政局门户网站 and 中心公示栏 (the 菜谱 posting and the quarterly statement to residents are false friends)."),
    F("inconsistent-claim", None, "5 done + 护理员 hiring ongoing with a date = 6; 0.6万 + 1.7万; 诫勉1 + 批评2; 3 new + 2 revised rules, all named."),
    F("unanswered-issue", 1, "Split over （一） (4 people out, 动态管理办法) and （二） (照护等级评估), under headings that never quote it."),
    F("unanswered-issue", 2, "Split over （二） (护理员) and （三） (伙食)."),
    F("repeated-measure", 1, "（二） serves #1's assessment and #2's staffing in one block — not pasted."),
    F("copied-measure", 4, "The 整改前 line retells the problem, but the measures are concrete (41处, 23条, 2人值班, a revised rule)."),
    F("copied-measure", 3, "整改前 retells the problem; the measures are ledgers, signatures, 1.7万 handed over, a new 办法."),
    F("no-accountability", 5, "0.6万 returned; the former 主任 诫勉谈话 by the 县民政局党组."),
    F("no-accountability", 3, "经办人 批评教育; 1.7万 handed to the heirs."),
    F("no-mechanism", 3, "《供养人员个人财物代管办法》."),
    F("no-mechanism", 1, "《供养对象动态管理办法》."),
    F("no-deadline", 2, "2025-01-20 done, 护理员 2025-04-30."),
    F("no-owner", 6, "郁晚棠."),
    F("vague-measure", 6, "组织生活会 补开, monthly meetings, a weekly volunteer group, 10 visits, a candidate member."),
], links=[
    L("4人已办理退出集中供养手续", 1), L("委托县医院对全部供养人员开展照护等级评估", 1), L("公开招聘护理员5名", 2),
    L("伙食费实行专账核算", 2), L("为每名代管对象建立个人财物台账", 3), L("遗留的1.7万元已全部移交其继承人", 3),
    L("拆除私拉电线41处", 4), L("夜间值班增加到2人", 4), L("0.6万元已由领取职工全部退回", 5), L("组建党员志愿服务小组", 6),
    L("补开2024年度组织生活会", 6)])

for name, g in G.items():
    out = {"mode": "pair", "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
