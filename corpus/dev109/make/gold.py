"""Write p01..p10/gold.json (dev-pairs gold format) for dev109. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev44/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蘩阳县公墓管理所党支部: formal 反馈意见, 二、主要问题 with areas （一）…方面 and continuous 1．–10．; 三、整改意见 （一）–（四）
# are not problems. Report: 关于“…”的问题 with 整改措施/责任领导/责任股室/整改时限/整改成效. GOOD REPORT.
G["p01"] = dict(mode="pair", issues=10, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、所长蒯望舒 heads the 领导小组 as 第一责任人, 5 推进会, 4 site visits, checks the refunds himself."),
    F("late-report", None, "Feedback 2025-04-15, report 2025-07-08: 84 days, inside three months."),
    F("no-disclosure", None, "下一步: published on the 县民政局门户网站 and the 接待室公开栏 with a 监督电话."),
    F("inconsistent-claim", None, "31 measures = 29 done + 2 named ongoing (#1 share target, #2 land); 20.46万 = 4.5 + 4.7 + 1.2 + 9.6 + 0.46; 党纪1, 诫勉3, other 7 (3 书面检查 + 3 检讨 + 1 提醒); 6 rules named."),
    F("no-accountability", 3, "Graves sold at cost to relatives of staff (told by acts only): 副所长 诫勉谈话, 党内警告 for the employee 鞠永年, 3 书面检查, inside the measure."),
    F("no-accountability", 4, "The fee charged twice: 收费室主任 诫勉谈话 and moved off the post."),
    F("no-accountability", 5, "Goods carried home: repaid and the 3 staff made a 检讨 before all staff."),
    F("no-accountability", 6, "Allowances paid to leaders who did no duty: 副所长邸春和 诫勉谈话, retired one 约谈 and repaid."),
    F("no-accountability", 7, "Meal paid as a meeting: repaid, 对照检查, 办公室主任 提醒谈话."),
    F("no-accountability", 1, "Slow policy work: nobody did wrong."),
    F("no-accountability", 2, "Slow land procedure and unregistered old graves: a work failing."),
    F("no-accountability", 8, "Weak Party life: a work failing."),
    F("no-deadline", 2, "Two dated stages (2025-06-30; land by 2025-12-31)."),
    F("no-deadline", 1, "Dated: 2025-05-20 for the backlog, year-end targets for the share."),
    F("no-mechanism", 3, "《鹤岭公墓公益性墓穴销售审核办法》."),
    F("no-mechanism", 4, "《墓穴维护管理费收缴管理规定》 and a system block on double charging."),
    F("no-mechanism", 5, "《祭扫物资采购和保管领用制度》."),
    F("no-owner", 8, "党支部书记、所长蒯望舒 is 责任领导."),
], links=[
    L("印制节地生态安葬奖补政策明白卡3000份", 1), L("对132座无主墓、损毁墓登记造册", 2),
    L("由购买人按经营性墓区同类墓穴价格补缴差价", 3), L("对党员职工鞠永年给予党内警告处分", 3),
    L("多收的4.7万元已于5月底前全部退还墓主本人或其家属", 4), L("由3名职工按采购价退赔1.2万元", 5),
    L("对2023年发放的9.6万元津贴补贴逐人清理", 6), L("两次就餐费用4600元已全部退还", 7),
    L("重新召开专题组织生活会", 8), L("23件未入账资产已全部登记入账", 9), L("补录购买人户籍信息和与逝者关系共1264条", 10)])

# p02 萩川县公安局车辆管理所党支部 (内部巡察 by the 局党委): HTML news page; problems inline 一是…十是 after “主要是：”;
# the 线索 sentence, 一要…三要 and the 表态 一是…三是 are not problems. Report: DOCX covering text + landscape Word-table
# 台账 with a 问责情况 column.
G["p02"] = dict(mode="pair", issues=10, unanswered=[], must_flag=[
    F("no-accountability", 4, "Window staff took an extra 20元 a case without receipts and the 班长 shared it out monthly (told by acts only); the 问责情况 cell only says the money was collected and returned (“多收费用已全部收缴并退还群众”) — nobody is dealt with, though the speech asked 对相关人员依规依纪严肃处理."),
    F("no-deadline", 10, "Row 10's 完成时限 is “随档案整理进度逐步完成” — no date for an open item (460 of 1100 done); every other row has a date."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、所长雍季白 heads the 领导小组 as 第一责任人, 4 推进会, 亲自督办 three items."),
    F("late-report", None, "Feedback 2024-10-22, report 2025-01-16: 86 days."),
    F("no-disclosure", None, "Published on the 县公安局门户网站 “警务公开” and the hall's 公示屏."),
    F("inconsistent-claim", None, "33 = 31 done + 2 ongoing (rows 1 and 10, both marked 持续推进); sanctions in the text match the column (党纪2, 政务1, 诫勉1, 调离1, 辞退2); 5 rules named."),
    F("no-accountability", 3, "Numbers handed to acquaintances: the column names 政务警告处分 for the clerk and 诫勉谈话 for the deputy head."),
    F("no-accountability", 5, "Made-up inspection records: the officer 调离 and 书面检查 (column)."),
    F("no-accountability", 6, "Auxiliary police riding stored motorbikes: both 辞退 (column) — a sanction in unusual words."),
    F("no-accountability", 7, "Banquets: 局纪委给予2名民警党内警告处分 (column)."),
    F("no-accountability", 1, "Slow reform: a work failing."),
    F("no-accountability", 2, "Weekend service and queues: a work failing."),
    F("no-accountability", 9, "Thin minutes and little education: a work failing."),
    F("no-deadline", 1, "Two dates in one cell (2024-12-15; 2025-06-30)."),
    F("no-mechanism", 3, "《号牌号码投放管理规定》."),
    F("no-mechanism", 5, "《机动车检验机构监督抽查工作规范》."),
    F("no-mechanism", 6, "《事故车辆停车场管理制度》."),
    F("no-owner", 10, "副所长樊见山 (the gap there is the time limit)."),
    F("no-owner", 7, "党支部书记、所长雍季白 with 各科室."),
], links=[
    L("与县人民医院等3家体检机构实现体检信息联网", 1), L("周六上午固定开放4个窗口", 2), L("收回尚未使用的3个号码重新投放", 3),
    L("立即停止收取“加急制作费”", 4), L("作废31份不实抽查记录", 5), L("2辆摩托车已收回入场封存", 6),
    L("逐人签订拒绝宴请承诺书", 7), L("对全县3个考场的视频监控设备进行检修", 8), L("规范支委会会议记录", 9),
    L("抽调4名人员组成档案整理专班", 10)])

# p03 蕳山县国营园艺场党委: 组长's 反馈会 speech (GB18030), problems in paragraphs 第一，…第九，; 一要…三要 and the
# 三个月内 sentence are not problems. Report (GB18030): the 党委书记、场长's FIRST-PERSON report, own order 2,3,4,5,1,7,6,8,9.
G["p03"] = dict(mode="pair", issues=9, unanswered=[], must_flag=[
    F("no-accountability", 2, "The orchard re-let without bidding to 副场长蒲晓川's brother-in-law at 180 instead of 310 元/亩: the report re-tenders, collects the difference and writes a rule, but nobody is dealt with (蒲晓川 even stays as owner of item 五), though the speech said 决不能只退钱不处理人."),
    F("no-accountability", 4, "About 4000斤 of fruit sent as gifts and carried home by 场领导 and staff: the report builds a ledger and has the office and “相关人员” pay 1.6万, but holds nobody to account."),
    F("vague-measure", 6, "Item （七） (cash receipts, ledgers written up monthly, late rent income) is slogans only: 深刻认识…进一步规范…严格执行财经纪律…不断提高: no act, no figure."),
    F("late-report", None, "Feedback 2024-09-10 with a 三个月内 limit (2024-12-10); the report is dated 2025-01-06: 118 days."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary writes as 第一责任人, heads the 领导小组, 6 meetings, 3 site visits, 直接督办 two items."),
    F("no-disclosure", None, "场务公开栏 and the 县农业农村局网站."),
    F("inconsistent-claim", None, "8 done + 1 ongoing (改造 to 2025-12-31); 12.68万 = 4.68 + 4.3 + 1.6 + 2.1; 4 rules named (2 new, 2 revised)."),
    F("no-accountability", 3, "Subsidy paid to 11 office staff with no orchard duty: 副场长 深刻检查 in the 党委会, two clerks lose half a year's bonus — sanctions in plain words."),
    F("no-accountability", 5, "Banquets (labelled 违反): refunded, the secretary's own 检讨, 办公室主任 诫勉谈话."),
    F("no-accountability", 1, "Slow orchard renewal: a work failing."),
    F("no-accountability", 8, "Inactive Party groups: a work failing."),
    F("no-accountability", 9, "Pesticide store disorder: a work failing."),
    F("no-mechanism", 2, "《果园资源发包管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 4, "《果品出入库管理制度》 (the gap there is accountability)."),
    F("no-owner", 2, "“这个问题由我牵头，场纪检委员配合” — the secretary owns it."),
    F("no-deadline", 1, "完成时限：2025年12月31日 for a three-year task."),
    F("no-deadline", 2, "“已于2024年11月底完成” inside the item."),
], links=[
    L("终止了东坡120亩梨园的原承包合同", 2), L("发给场部机关11名人员的4.3万元已全部收回", 3),
    L("建立果品采收、入库、出库、销售全程登记台账", 4), L("4次宴请的费用2.1万元已由参加宴请的人员全部退赔", 5),
    L("重新制定了老果园提质改造计划", 1), L("冷库制冷设备采购事项已补充提交场党委会研究", 7),
    L("进一步规范财务管理，严格执行财经纪律", 6), L("三个生产队党小组已恢复每月一次的活动", 8), L("农药仓库建立出入库登记簿", 9)])

# p04 藨水县公路路政管理大队党支部: DOCX 反馈意见 with bold （一）–（十） heading paragraphs + detail paragraphs; 三、整改意见
# 一是…四是 not problems. Report (UTF-16 LE, CRLF): 问题N：heading / 整改情况： / bracket line; accountability ONLY in a
# separate 三、执纪问责情况 paragraph by problem number.
G["p04"] = dict(mode="pair", issues=10, unanswered=[], must_flag=[
    F("copied-measure", 8, "问题八's 整改情况 turns the feedback back into a promise (提高执法记录仪使用率，规范行政处罚案卷文书制作…确保…不断提高): no count, no check of the 23 files, no training."),
    F("no-mechanism", 10, "The problem IS the missing 内部稽核制度 for compensation money; the answer is one self-check and “下一步将视情况研究完善” — no rule, while the feedback's 整改意见 三是 asked for one."),
    F("inconsistent-claim", None, "“反馈的10个问题已全部整改完成” while 问题二 says 剩余29块 are only under notice, 整改进展：持续推进, with a 完成时限 of 2025-09-30 after the report date."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、教导员宓清川 and the 大队长 head the 领导小组; 宓清川 is 第一责任人, 11 调度会."),
    F("late-report", None, "Feedback 2025-03-18, report 2025-06-10: 84 days."),
    F("no-disclosure", None, "Published on the 县交通运输局门户网站."),
    F("no-accountability", 3, "Cash kept by two officers: 政务警告 + 诫勉, 提醒谈话 for the deputy — in the separate 执纪问责 section (针对问题三)."),
    F("no-accountability", 4, "Logs written up for the appraisal: 诫勉 + 2 书面检查 in the separate section."),
    F("no-accountability", 5, "Cement taken home by a deputy: 党内警告 by the 县纪委监委, separate section."),
    F("no-accountability", 6, "Rescue work given to the head's cousin: the head 诫勉谈话, separate section."),
    F("no-accountability", 7, "Private use of cars: 批评教育, 扣发绩效, fuel repaid, separate section."),
    F("no-accountability", 1, "Night checks stopped: a work failing."),
    F("no-accountability", 2, "Slow sign clearing: a work failing."),
    F("no-mechanism", 5, "《超限车辆卸载货物保管处置办法》."),
    F("no-mechanism", 6, "《清障救援服务管理办法》."),
    F("no-mechanism", 7, "修订《执法车辆使用管理规定》."),
    F("no-deadline", 2, "2025年9月30日 (the gap is the all-done claim, not the date)."),
    F("copied-measure", 1, "The item opens with the restated heading (问题一：治理车辆超限超载力度不够) and then acts: night checks, joint patrols, 91%."),
    F("unanswered-issue", 10, "Answered, weakly (a self-check): the gap is the missing rule."),
], links=[
    L("恢复2个固定检测站的夜间检测", 1), L("制定非公路标志牌清理攻坚方案", 2), L("14笔共3.2万元已全部追缴入账", 3),
    L("启用路政巡查电子终端", 4), L("对卸货场2024年以来的全部卸载货物逐批清查", 5), L("县纪委监委给予副大队长殷远帆党内警告处分", 5),
    L("终止与该救援公司的合作协议", 6), L("执法车辆全部安装北斗定位终端", 7),
    L("提高执法记录仪使用率，规范行政处罚案卷文书制作", 8), L("由组织委员每月核对“三会一课”记录与签到表", 9),
    L("对2024年赔（补）偿款收缴情况开展了一次自查", 10)])

# p05 蘥城县残疾人辅助器具服务中心党支部: 问题清单 (UTF-8, CRLF) 问题1：…问题8： + 具体表现：; 整改要求 paragraph not a
# problem. Report (GB18030): preamble + ｜-row 整改台账 (7 fields) with a 问责情况 column.
G["p05"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[
    F("no-owner", 6, "Row 6's 责任人 is “各服务组” — nobody in particular; every other row names a person."),
    F("no-deadline", 1, "Row 1's 完成时限 is “待县残联统一安排后推进” for an open item; every other row has a date."),
    F("no-accountability", 8, "A two-day trip to a hot-spring resort booked as training (told by acts only): the 问责情况 cell only says the cost was repaid (“费用已由参加人员退还”); nobody who organised it is dealt with, though the 整改要求 asked to 依规依纪处理相关责任人员."),
    F("no-disclosure", None, "The 整改要求 asks to publish the rectification to disabled people and their families; the report never does (row 3's 服务大厅公示 is the rental price list)."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任祁望岳 heads the 领导小组 as 第一责任人, 4 推进会, checks the wheelchair recall and refunds himself."),
    F("late-report", None, "Feedback 2024-11-12, report 2025-02-07: 87 days."),
    F("inconsistent-claim", None, "7 done + 1 正在推进 matches the 完成情况 column; 3.05万 = 0.85 + 0.8 + 1.4; 诫勉2, 批评教育2, 通报批评3 match the column; 3 rules named."),
    F("no-accountability", 2, "Wheelchairs to staff parents: 对2名职工批评教育 in the column."),
    F("no-accountability", 3, "Fee charged on top of rent: 收费组长 诫勉谈话 in the column."),
    F("no-accountability", 4, "Stock taken home: 3 staff 通报批评 in the column."),
    F("no-accountability", 5, "Split purchases (labelled 违规): 副主任 诫勉谈话."),
    F("no-accountability", 1, "Thin coverage: a work failing."),
    F("no-accountability", 6, "Incomplete ledger: a work failing (the gap is the owner)."),
    F("no-accountability", 7, "Party education: a work failing."),
    F("no-mechanism", 2, "《免费辅助器具发放审核办法》."),
    F("no-mechanism", 5, "修订《辅助器具采购管理办法》."),
    F("no-owner", 1, "副主任敖晴川 (the gap there is the time limit)."),
    F("no-deadline", 6, "2025年1月31日 (the gap there is the owner)."),
], links=[
    L("每月组织流动评估服务车下乡一次", 1), L("收回发给不符合条件人员的5台电动轮椅", 2), L("多收的0.85万元已逐户退还", 3),
    L("领回家中的物资已全部退回或按价赔偿", 4), L("达到公开招标限额的一律公开招标", 5), L("对132条缺签记录逐户上门补签", 6),
    L("对3名长期不参加组织生活的党员逐一谈心谈话", 7), L("活动费用1.4万元已由参加人员全部退还", 8)])

# p06 蓂溪县酒类专卖管理局党支部: 反馈意见 with areas 一、二、三、…方面 and RESTARTING 1．2．(3．4．) (4 + 4 + 3 = 11);
# 整改意见 （一）–（四） not problems. Report: public HTML 整改进展情况的通报 (索引号 table, totals, （一）在…方面 →
# N．关于“…”问题的整改 → 整改情况： + bracket), sanctions inside the items. GOOD REPORT.
G["p06"] = dict(mode="pair", issues=11, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、局长骆清源 heads the 领导小组 as 第一责任人, 5 推进会, 直接督办 two items."),
    F("late-report", None, "Feedback 2025-05-20, 通报 2025-08-12: 84 days."),
    F("no-disclosure", None, "A public 通报 (主动公开) with a comment period, phone and address."),
    F("inconsistent-claim", None, "10 done + 1 ongoing (备案网办, dated 2025-12-31); 2.3万 + 1.26万; 党纪1 (滕远山), 政务1 (苏岫), 诫勉3 (工会主席 + 2), 书面检查/批评教育5 (2 + 1 + 2); 6 rules named."),
    F("no-accountability", 3, "Ratings filled in at the desk (told by acts only): 2 staff 批评教育, the deputy a 书面检查."),
    F("no-accountability", 5, "Confiscated liquor shared out: 政务警告 for the keeper, 集中批评教育 for the takers, money paid back."),
    F("no-accountability", 6, "The 印制费 charged on top: 时任工会主席 诫勉谈话."),
    F("no-accountability", 7, "Contract to the deputy's son-in-law's firm: 县纪委监委 党内警告."),
    F("no-accountability", 8, "Banquets (labelled 违规): 2 诫勉谈话, 2 批评教育."),
    F("no-accountability", 1, "Slow online filing: a work failing."),
    F("no-accountability", 2, "Thin inspections: a work failing."),
    F("no-accountability", 10, "Overdue election of the branch committee: a work failing."),
    F("no-deadline", 1, "Dated target (2025-12-31) for the one ongoing item."),
    F("no-mechanism", 5, "《罚没物品移交管理办法》."),
    F("no-mechanism", 7, "《政府采购利益冲突回避规定》."),
    F("no-owner", 4, "副局长滕远山 (the sanctioned deputy still owns an ordinary item)."),
    F("vague-measure", 9, "Opens with a slogan (坚持把理论学习作为党支部的首要任务) and then acts: a yearly plan, a speaker per session, quarterly checks."),
    F("copied-measure", 3, "The item heading quotes the problem (关于“信用评价数据是坐在办公室里填出来的”问题的整改) and the measure is acts: 830 visits, 211 corrected, a 规程."),
], links=[
    L("酒类经营备案全部转到省政务服务网办理", 1), L("制定农村酒类经营户“分片包干”检查计划", 2), L("对照填报的830户逐户上门核查", 3),
    L("对5条未回复的举报线索逐条核查", 4), L("存放在局办公室的44瓶罚没酒品已全部移交县公物仓", 5),
    L("2.3万元已从局工会账户逐户退还经营户", 6), L("与该信息技术公司的运维合同已于6月终止", 7),
    L("4名执法人员收受的酒品已全部上交", 8), L("制定党支部年度学习计划", 9), L("选举产生新一届支部委员会", 10),
    L("为12名干部补齐年度考核表", 11)])

# p07 蘵原县人民医院药剂科党支部 (院内巡察 by the 医院党委第一巡察组): （一）–（九） heading lines + 具体表现： lines;
# 整改要求 paragraph not a problem. Report: own short headings 一、…八、 in feedback order, each with a (责任人；时限) line;
# problem （九） has no heading and no answer; accountability given by numbers of people only.
G["p07"] = dict(mode="pair", issues=9, unanswered=[9], must_flag=[
    F("unanswered-issue", 9, "上轮院内巡察整改不到位 (验收记录 without two signatures) has no heading or sentence: the report stops at 八、党支部建设."),
    F("no-accountability", 4, "Decoction work given to the pharmacy where the 科主任's spouse works, patients paying 3元 more a dose (told by acts only): the report ends the contract and moves the work in-house, but nobody is dealt with, though the 整改要求 asked to 查清责任，依规依纪作出处理."),
    F("vague-measure", 8, "八、党支部建设 is slogans only (进一步加强…充分发挥…不断提升): nothing on the merged meetings or the unfulfilled 组织生活会 measures."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人, the 党支部书记 never leads: “科室召开科务会…各项问题由相关组长负责落实，科室副主任负责汇总”, though the 整改要求 said 支部书记要亲自抓整改."),
], must_not_flag=[
    F("late-report", None, "Feedback 2024-06-04, report 2024-08-28: 85 days."),
    F("no-disclosure", None, "An internal (院内) round: published on the hospital intranet and the department's 公示栏."),
    F("no-accountability", 2, "Returned drugs taken home: “对涉及的5名人员，分别给予诫勉谈话2人、批评教育3人” — by numbers only, no names."),
    F("no-accountability", 3, "Meals and cards from suppliers: 7 书面检查, 2 organisers lose a quarter's bonus."),
    F("no-accountability", 5, "Night allowance to people who did no night shift: recovered, 2 people 书面检查."),
    F("no-accountability", 6, "Data to sales reps (labelled 违规): 提醒谈话."),
    F("no-accountability", 1, "Thin prescription review: a work failing."),
    F("no-accountability", 7, "Stock out of line: a work failing."),
    F("no-mechanism", 3, "《药学学术活动管理规定》."),
    F("no-owner", 4, "科室副主任鄢晚舟 (the gap there is accountability)."),
    F("no-deadline", 4, "2024年7月31日."),
], links=[
    L("处方点评范围扩大到全院全部临床科室", 1), L("对2023年以来的退药记录全面清查", 2),
    L("4次就餐费用和购物卡金额已由参加人员按人均标准退还两家配送企业", 3), L("终止与该中药房的代煎合作", 4),
    L("多发的夜班补助1.1万元已全部追回", 5), L("用药数据查询权限收归信息科", 6),
    L("对账物不符的23个品规逐一盘点核对并调整账目", 7), L("进一步加强党支部建设，充分发挥党支部战斗堡垒作用", 8)])

# p08 蘠江县旧机动车交易市场有限公司党支部 (县国资委党委 enterprise round): 反馈意见 (GB18030) with 一、…十二、 heading。detail;
# 整改要求 （一）–（四） not problems. Report (UTF-8, CRLF): 一、关于…的问题 + 一是… + bracket, in feedback order.
G["p08"] = dict(mode="pair", issues=12, unanswered=[], must_flag=[
    F("repeated-measure", 9, "九's whole answer is a boilerplate paragraph (组织全体党员干部认真学习…举一反三、查漏补缺，建立健全长效机制…) pasted again under 十一 after a different first clause."),
    F("repeated-measure", 11, "十一 (no rotation for 8 years) repeats 九's paragraph word for word after its own first clause."),
    F("no-accountability", 3, "A 150元 “过户代办费” set by the 经理办公会 on top of a fee that already covers it, 32.1万 from 2140 buyers: the report stops and refunds it, but nobody who set or ran it is dealt with, though 整改要求（二） asked to 依规依纪处理相关人员."),
    F("no-mechanism", 8, "Nine payments over 10万 signed by one man: the answer is a one-off review and “要求财务部门今后严格把关” — no approval rule, though 整改要求（三） asked for a 资金支付审批 system."),
    F("no-disclosure", None, "整改要求（四） asks to publish in the company and the trading hall; the report never does (the hall's 收费 list and the broker 公示牌 are not rectification disclosure)."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、总经理冉青崖 heads the 领导小组 as 第一责任人, 4 推进会."),
    F("late-report", None, "Feedback 2024-12-03, report 2025-02-26: 85 days."),
    F("inconsistent-claim", None, "10 done + 2 ongoing (一 testing, 三 210 refunds open); 41.2万 = 28.6 + 5.4 + 0.9 + 2.7 + 3.6; 2 rules named."),
    F("no-accountability", 4, "Stalls let cheaply to relatives: 副经理 诫勉谈话, two 书面检查."),
    F("no-accountability", 5, "Stock cars driven by leaders: the 总经理's 检查 in the 支委会, the deputy 提醒谈话, costs repaid."),
    F("no-accountability", 6, "Meals as 座谈会: 诫勉谈话 and 批评教育."),
    F("no-accountability", 7, "Shopping cards (labelled 违规): 党内警告 by the 国资委党委."),
    F("no-accountability", 1, "Slow one-stop reform: a work failing."),
    F("no-accountability", 12, "Fire hydrants and fencing: a work failing."),
    F("no-mechanism", 4, "《经营展位招租管理办法》."),
    F("no-mechanism", 6, "修订《业务招待管理办法》."),
    F("no-owner", 8, "副经理庾澄江 (the gap there is the rule)."),
    F("no-deadline", 3, "2025年3月31日 for the open refunds."),
    F("unanswered-issue", 9, "Answered, if only by a pasted paragraph."),
    F("unanswered-issue", 11, "Answered, if only by a pasted paragraph."),
], links=[
    L("已完成交易系统与车辆登记系统的数据接口开发", 1), L("联合县市场监督管理局对场内经纪人员进行清理", 2),
    L("对2023年以来多收的2140笔费用逐笔退还", 3), L("与3个展位的承租人解除原合同", 4),
    L("2辆车使用期间的折旧和油耗按标准由使用人补交0.9万元", 5), L("6次就餐费用2.7万元已由参加人员全部退还", 6),
    L("发放的购物卡3.6万元已由职工全部退回", 7), L("对2024年9笔10万元以上的资金支付逐笔复核", 8),
    L("针对“三重一大”事项决策程序不规范的问题，公司党支部", 9), L("把市场经营情况作为固定议题", 10),
    L("针对中层干部长期不交流的问题，公司党支部", 11), L("3个无水消防栓已维修恢复供水", 12)])

# p09 蕿台县校办产业管理中心党支部: 组长's speech (UTF-8, CRLF) with three 从…看 paragraphs, inline 一是… RESTARTING in each
# (3 + 4 + 3 = 10); 一要…三要 not problems. Report (UTF-16 LE): by number only “针对反馈的第N个问题” (continuous 1–10), the 8th
# and 10th MERGED, the 6th MISSING.
G["p09"] = dict(mode="pair", issues=10, unanswered=[6], must_flag=[
    F("unanswered-issue", 6, "About 5000斤 of base produce carried home by staff (told by acts only): no item answers it — the report goes from 第五个问题 to 第七个问题."),
    F("copied-measure", 3, "第三个问题's answer restates the problem as a task (加强对学校勤工俭学收入的监管，做好…收支汇总工作，督促学校按时报送): nothing on the 62 schools or the 17 silent ones."),
    F("no-accountability", 4, "Uniforms steered to the 主任's brother-in-law's firm without comparison, 40元 a set dearer for 1.9万 sets: the report stops recommending the firm and tests quality, but nobody is dealt with, though the speech asked 对相关责任人要依规依纪严肃处理."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人; the 主任 never appears: “中心召开全体职工会议…分解到各股室…中心办公室负责收集汇总”, though 一要 asked for both."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-02-25, report 2025-05-21: 85 days."),
    F("no-disclosure", None, "“整改情况已在县教育局门户网站公开”."),
    F("repeated-measure", 8, "One merged answer for 第八个问题和第十个问题, said so in its heading, with parts specific to each (支委会; 基地扩建 plan) — not a pasted paragraph."),
    F("repeated-measure", 10, "Same merged answer."),
    F("unanswered-issue", 10, "Answered inside the merged item 七、针对反馈的第八个问题和第十个问题."),
    F("no-accountability", 5, "The extra 配送费 passed on to pupils: refunded, 经办人 诫勉谈话."),
    F("no-accountability", 7, "Welfare paid from work-study income (labelled 违规): 党内警告 for the deputy."),
    F("no-accountability", 1, "Slow uniform reform: a work failing."),
    F("no-accountability", 2, "Base under-used: a work failing."),
    F("no-accountability", 8, "Few committee meetings: a work failing."),
    F("no-mechanism", 9, "《勤工俭学收入管理办法》 and 《校办产业资产处置管理规定》."),
    F("copied-measure", 1, "Echoes the feedback's words 家长自愿、学校组织、公开选择 but as acts: the centre stops recommending, a 指引 is issued, results posted in schools."),
    F("no-owner", 4, "副主任晏知秋 (the gap there is accountability)."),
], links=[
    L("中心不再向学校推荐校服供货企业", 1), L("与县内31所中小学签订学农实践协议", 2),
    L("加强对学校勤工俭学收入的监管，做好全县学校勤工俭学收支汇总工作", 3), L("终止向学校推荐该供货企业", 4),
    L("收取的“配送费”3.4万元已全部退还学校", 5), L("列支的职工福利7.2万元已由职工全部退回", 7),
    L("党支部每月第一周召开支委会", 8), L("制定基地扩建和学农产品开发工作计划", 10),
    L("制定《勤工俭学收入管理办法》和《校办产业资产处置管理规定》", 9)])

# p10 薞岭县生态护林员管理服务站党支部: 反馈意见 with 1．–9． heading lines + detail lines; the 整改意见 paragraph is not a
# problem. Report (GB18030, CRLF): 关于“…”的问题 with 整改措施 + 责任人/完成时限 line in ANOTHER ORDER (2,3,4,5,9,1,6,7,8) and
# a closing 追责问责情况 paragraph naming the problems by short description.
G["p10"] = dict(mode="pair", issues=9, unanswered=[], must_flag=[
    F("no-owner", 6, "（七） training: 责任人 is “站全体人员” — nobody in particular; every other item names one person."),
    F("inconsistent-claim", None, "“反馈的9个问题已全部整改完毕” while （六） says 5 of 38 posts are “正在组织选聘”, due 2024-12-31, after the report date."),
    F("late-report", None, "Feedback 2024-07-16 with a 三个月内 limit; report dated 2024-11-08: 115 days."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、站长费远黛 heads the 领导小组 as 第一责任人, 5 meetings, visits to 4 townships."),
    F("no-disclosure", None, "“整改情况已在县林业局门户网站公开”."),
    F("no-accountability", 2, "Subsidy to people who never patrolled: in the closing 追责问责情况 paragraph — 2 staff 诫勉谈话, township asked to criticise 3 village cadres."),
    F("no-accountability", 3, "Tracks walked by others and passed as met: 政务警告 for the checker, 提醒谈话 for the deputy (closing paragraph)."),
    F("no-accountability", 4, "Kit taken home: 通报批评 (closing paragraph)."),
    F("no-accountability", 5, "Withheld subsidy (labelled 违规): 党内警告 for the head (closing paragraph)."),
    F("no-accountability", 1, "Slow hiring: a work failing."),
    F("no-accountability", 7, "Files and agreements: a work failing."),
    F("no-accountability", 8, "Party life: a work failing."),
    F("no-mechanism", 2, "《生态护林员考核和退出管理办法》."),
    F("no-mechanism", 4, "《巡护物资出入库管理制度》."),
    F("no-mechanism", 9, "修订《护林员劳务补助发放办法》."),
    F("no-deadline", 1, "完成时限：2024年12月31日 (the gap is the all-done claim)."),
    F("no-owner", 4, "党支部书记、站长费远黛."),
    F("vague-measure", 8, "Opens with 切实增强组织生活的严肃性 and then acts: a 专题组织生活会 in September, a yearly plan, two activities."),
], links=[
    L("停发7名常年外出务工人员的劳务补助", 2), L("对19名护林员的巡护轨迹逐一重新核查", 3), L("对210套剩余装备逐套清点", 4),
    L("截留的2.4万元已从站里公用经费中归还护林员补助资金专户", 5), L("补助按月度考核等次发放", 9),
    L("38个新增指标中已选聘到位33个", 1), L("分片区组织集中培训4场", 6), L("与63名护林员全部补签管护协议", 7),
    L("结合秋冬季森林防火开展“党员护林先锋”活动2次", 8)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
