"""Write p01..p10/gold.json (dev-pairs gold format) for dev90. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev44/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蓰川县土地征收服务中心党支部 (land): formal 反馈意见 (UTF-8), areas （一）（二）（三）…方面 + continuous 1．–7．;
# 二、整改意见 （一）–（四） and the 移交 sentence are not problems. Report: DOCX, bold 关于“…”的问题 headings + five field
# paragraphs. GOOD REPORT.
G["p01"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任郜南枝 heads the 领导小组 as 第一责任人, chaired the plan, 4 推进会, 2 site checks, 当面督办."),
    F("late-report", None, "Feedback 2025-04-16, report 2025-07-08: 83 days, inside the 3 months the feedback sets."),
    F("no-disclosure", None, "下一步 三是: 县政府门户网站“巡察整改”专栏 and the 办事大厅公开栏, with a 监督电话."),
    F("inconsistent-claim", None, "23 measures = 20 done + 2 named in progress + 1 long-term; 28.2万 recovered + 3.4万 pending = 31.6万; 政务记过1 + 党内警告2 + 诫勉1 + 提醒2 + 批评1 all found in the items; 2 rules, both named."),
    F("no-accountability", 1, "Weak study: nobody did wrong."),
    F("no-accountability", 2, "Slow 组卷: a performance shortfall, no misconduct."),
    F("no-accountability", 7, "Thin professional staffing: nothing to hold anyone to account for."),
    F("no-accountability", 3, "县纪委监委 立案审查 and 政务记过 for the staff member, 党内警告 for the two 村民小组长 (by the 镇纪委), 诫勉谈话 for the 清点组组长."),
    F("no-accountability", 4, "The 财务人员 responsible for payment was 批评教育 — mild, but a real answer for a negligence."),
    F("no-accountability", 5, "提醒谈话 and 扣发当季度绩效奖励 for the driver, 提醒谈话 for the office head, meals paid back: accountability in plain, unusual words."),
    F("no-mechanism", 3, "制定《征地地上附着物清点核实工作规程》 with four-party signatures and a 10% spot-check."),
    F("no-mechanism", 4, "支付台账 with “到账即核、十日支付” and a monthly report."),
    F("no-mechanism", 6, "修订《征地档案管理制度》: no archive, no payment."),
    F("no-mechanism", 7, "A staffing problem needs no rule; recruitment and training answer it."),
    F("no-deadline", 7, "Three parts dated separately: 2025-09-30, 2025-06-30, 长期坚持 for the standing review."),
    F("no-deadline", 3, "2025年8月31日 for the remaining 3.4万."),
    F("vague-measure", 1, "Concrete: a revised plan, 3 sessions with a named speaker, a closed-book test and resits."),
], links=[
    L("修订党支部年度学习计划", 1), L("实行“一批次一专班”", 2), L("确认多支付补偿款31.6万元", 3),
    L("制定《征地地上附着物清点核实工作规程》", 3), L("已于5月13日全部支付到31户被征地农户账户", 4),
    L("组织相关干部按标准补交6次工作餐餐费共计1380元", 5), L("扣发其当季度绩效奖励", 5),
    L("对38卷缺件档案逐卷补正", 6), L("设置土地管理、测绘专业岗位2个", 7)])

# p02 薿阳县城乡居民养老保险服务中心党支部 (social insurance fund): 组长's 反馈会 speech (GB18030), 第一，…第七，;
# the 根子 paragraph, 一要…三要 and the closing are not problems. Report (UTF-8 CRLF): the 党支部书记's FIRST-PERSON
# report, own order 3,2,4,1,5,7,6, each item with a (牵头；时限) bracket. LATE.
G["p02"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-accountability", 2, "87 dead people paid 42.3万 for up to 4 years; the speech says 也没有对失职失责的人员作出任何处理 and 该问责的人员要严肃问责. The answer recovers money and sets up monthly data checks, but nobody (协办员, 审核科, 分管领导) is dealt with."),
    F("no-mechanism", 4, "内控制度缺失 (one person does 受理、审核、复核、支付): the answer only cleans up 42 accounts and says 下一步，将研究制定经办内控相关制度 — no separation rule made, though the speech demanded 建章立制、堵塞漏洞."),
    F("late-report", None, "Feedback 2025-03-20 with a 三个月内 limit (2025-06-20); the report is dated 2025-06-30: 102 days."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary writes in the first person as 第一责任人, heads the 领导小组, 5 meetings, 3 field checks, 当面督办 two heads; two items are led by him (“牵头：本人”)."),
    F("no-disclosure", None, "“整改情况已在县人力资源和社会保障局门户网站公开”."),
    F("inconsistent-claim", None, "26 = 23 done + 3 in progress, and the 3 are named in 下一步; 38.1万 + 4.2万 = 42.3万."),
    F("no-accountability", 3, "移送县纪委监委 → 党内严重警告、政务撤职; 3.9万 recovered; the 待遇审核科科长 诫勉谈话 by the secretary."),
    F("no-accountability", 5, "诫勉谈话 given by the 派驻纪检监察组 (an unusual place), 批评教育 for the office head, money paid back, the secretary's own 检讨."),
    F("no-accountability", 6, "Weak Party branch routine: no misconduct."),
    F("no-accountability", 7, "Service shortfall at the window: no misconduct."),
    F("no-mechanism", 2, "每月比对机制 with 公安/民政/卫健 and 20% phone spot-checks (the gap there is accountability)."),
    F("no-mechanism", 5, "修订《干部教育培训管理办法》."),
    F("no-mechanism", 1, "困难群体名单每月交换制度."),
    F("no-deadline", 2, "2025年12月31日 for the instalments."),
    F("no-owner", 4, "副主任仲慧 牵头 (the gap there is the missing rule)."),
    F("no-owner", 6, "“牵头：本人” — the secretary himself."),
    F("unanswered-issue", 1, "Answered as the fourth item (（四）关于落实困难群体代缴参保政策不到位的问题): the report's own order is 3,2,4,1,5,7,6."),
    F("unanswered-issue", 6, "Answered last, under （七）, in the report's own order."),
], links=[
    L("216名低保对象已于4月底前全部补办代缴", 1), L("对87名死亡后被冒领待遇的人员逐一建立追缴台账", 2),
    L("建立死亡人员信息每月比对机制", 2), L("违规领取的3.9万元已全部追回退还基金账户", 3), L("注销离岗人员账号7个", 4),
    L("参加活动的12名干部已全额退缴费用2.6万元", 5), L("制定2025年“三会一课”计划", 6), L("中心推行“一窗通办”", 7)])

# p03 菥台县公共工程招标代理有限公司党支部 (county SOE, procurement agent): DOCX 反馈意见, bold （一）–（八） heading
# paragraphs + detail; 二、整改意见 一是…四是 not problems. Report (GB18030): preamble + ｜-row ledger with a 追责问责情况
# column. WEAK.
G["p03"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[
    F("no-mechanism", 1, "The feedback says the firm 至今未制定 a 前置研究讨论重大经营管理事项清单; row 1 only promises “今后…一律先提交党支部研究” — no list, no rule."),
    F("vague-measure", 6, "Row 6 is slogans only (进一步加强…严格落实保密纪律，确保…公平公正): no phone lockers, no recording, no access control."),
    F("no-mechanism", 6, "The feedback says 没有建立评标现场管理制度 and 整改意见 三是 names it; row 6 makes none."),
    F("no-accountability", 7, "Two 项目经理 took 宴请 and gifts from bidders; the 追责问责情况 cell says only “将严肃追责” — a promise; nobody dealt with, nothing returned."),
    F("weak-leadership", None, "总经理办公会 decides, 综合部 collects, the report is the company's: no 党支部书记, no 领导小组, no 第一责任人, although 整改意见 一是 asked for all three."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-05-27, report 2025-08-19: 84 days."),
    F("no-disclosure", None, "公司内部公示栏 and the 县国有资本运营集团网站."),
    F("inconsistent-claim", None, "“已完成整改6个，持续推进2个” matches the 完成情况 column (rows 6 and 8 持续推进)."),
    F("no-accountability", 2, "原项目经理 党内警告处分; 分管副总 书面检查."),
    F("no-accountability", 3, "涉事项目经理 调离项目经理岗位 — accountability in an unusual word."),
    F("no-accountability", 4, "财务部负责人 批评教育; 18.7万 returned."),
    F("no-accountability", 8, "Staffing shortfall: no misconduct."),
    F("no-mechanism", 2, "制定《代理项目异常投标情形识别和报告办法》 (9 situations, 24-hour report)."),
    F("no-mechanism", 3, "三级审核制度 for tender documents."),
    F("no-mechanism", 4, "修订《代理服务收费管理规定》, fees published."),
    F("no-mechanism", 8, "Staffing: no rule needed."),
    F("no-owner", 8, "总经理鄢牧."),
    F("no-deadline", 6, "2025年8月31日 (the gap there is the slogan and the missing rule)."),
], links=[
    L("一律先提交党支部研究", 1), L("制定《代理项目异常投标情形识别和报告办法》", 2), L("对3个项目招标文件逐项复核", 3),
    L("多收的18.7万元已全部退还12家中标企业", 4), L("41笔投标保证金共126万元已全部退还", 5),
    L("进一步加强评标专家和评标现场管理", 6), L("组织全体员工签订廉洁从业承诺书", 7), L("组织9名未取得专业资格的业务人员参加", 8)])

# p04 藦溪县中小河流治理工程建设管理处党支部 (water works construction): 反馈意见 (UTF-8 CRLF), areas 一、二、三、…方面
# with RESTARTING 1．2．(3．) heading lines + detail lines (2+3+2 = 7); 整改意见 （一）–（四） inline, not problems.
# Report: public HTML 整改进展情况的通报 on the 县水利局 site (page chrome), area headings + N．关于…的问题 + bracket.
G["p04"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-accountability", 4, "The 管理处现场代表 saw the illegal subcontracting and neither reported nor stopped it; the answer deals only with the contractor (转包 ended, 移送住建, 不良记录) and adds a check rule — nobody in the 管理处 answers, though 整改意见（二） names 违法转包."),
    F("inconsistent-claim", None, "“7个问题已全部完成整改，21项整改措施全部落实到位”, while item 1 plans the year's investment for 2025-11-30 and item 7's recruitment is 正在进行资格审查 (时限 2025-10-31)."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任邝季衡 heads the 领导小组 as 第一责任人, half-monthly progress reports, weekly site dispatch."),
    F("late-report", None, "Feedback 2025-04-22, 通报 2025-07-16: 85 days."),
    F("no-disclosure", None, "A public 通报 with a comment period, phone, address and postal code."),
    F("no-accountability", 3, "58.9万 deducted; 监理 fee cut + credit record; the signing 现场代表 调离现场管理岗位 and the case 移交县纪委监委 (outcome pending)."),
    F("no-accountability", 5, "Cards returned, meals paid, 诫勉谈话 for both."),
    F("no-accountability", 2, "提醒谈话 for the deputy in charge."),
    F("no-accountability", 1, "Slow progress: no misconduct."),
    F("no-accountability", 6, "Weak branch role: no misconduct."),
    F("no-accountability", 7, "Staffing: no misconduct."),
    F("no-mechanism", 3, "制定《工程计量签证管理办法》 — named only by its title, but a rule was made."),
    F("no-mechanism", 4, "在建项目部人员到岗核查制度, monthly (the gap there is accountability)."),
    F("no-mechanism", 2, "修订《工程设计变更管理规定》 with who decides what."),
    F("no-mechanism", 7, "Staffing: no rule needed."),
    F("no-deadline", 1, "2025年11月30日 (the problem there is the all-done claim)."),
    F("no-owner", 7, "邝季衡."),
    F("repeated-measure", 3, "The same sentence (third-party re-check of all 3 标段 of the 鹈溪 project) closes items 3 and 4: one act on one project that answers both, each item also carrying its own specific measures — not a pasted boilerplate."),
    F("repeated-measure", 4, "Same shared sentence; item 4's own acts (转包 ended, 移送住建, 到岗核查制度) are specific."),
], links=[
    L("对3个项目逐一制定施工进度计划", 1), L("修订《工程设计变更管理规定》", 2), L("多结算的58.9万元已从施工单位工程尾款中全额扣回", 3),
    L("责令第三标段中标单位解除与个人的转包关系", 4), L("2名干部已退还购物卡并按标准交纳宴请费用", 5),
    L("在3个在建工程设立党员先锋岗5个", 6), L("报请县水利局从局属单位借调水利工程专业技术人员2名", 7)])

# p05 蘩州医学院附属第二医院党委 (university hospital): HTML news page of the 医学院 website (chrome), problems inline
# 一是…七是 in the “巡察组指出” paragraph; the 要求 paragraph and the 党委书记's 表态 一是…三是 are not problems.
# Report: DOCX with bold headings （一）–（六） (problem 6 skipped), a field paragraph per item, closing 追责问责 and a
# Word table of rules.
G["p05"] = dict(mode="pair", issues=7, unanswered=[6], must_flag=[
    F("unanswered-issue", 6, "学科建设推进缓慢 / 9 senior staff lost: no heading, sentence or rule answers it; （六） is problem 7."),
    F("no-mechanism", 5, "The feedback says 医院对医务人员多点执业缺乏备案管理; the answer sanctions the 5 doctors but only says 下一步将研究制定…相关制度, and the rules table lists nothing for it."),
    F("copied-measure", 7, "（六） turns the feedback's words (“双带头人”比例, 组织生活与业务工作) into aims (着力提高…推动…深度融合…切实发挥…): no number, no appointment, no act."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记祁听澜 heads the 领导小组 as 第一责任人, 3 党委会 + 4 推进会, 6 department visits."),
    F("late-report", None, "Feedback 2025-06-05, report 2025-08-28: 84 days."),
    F("no-disclosure", None, "医院官方网站 and 院内公示栏."),
    F("inconsistent-claim", None, "25 = 22 done + 3 in progress; no all-done claim; the 4 rules in items match the 5 table rows (two 议事规则)."),
    F("no-accountability", 4, "The item only returns money and revises a rule; the accountability (通报批评, 2-year ban, 批评教育) sits in the closing 三、追责问责情况 section."),
    F("no-accountability", 2, "Closing section: 科主任 党内警告 + 免职, department pay halved; 医保办主任 诫勉; in the item 扣减科室绩效."),
    F("no-accountability", 3, "学校纪委 立案审查 2 科室负责人."),
    F("no-accountability", 5, "Stop, 退缴 4.6万, 扣发年度绩效 (the gap there is the rule)."),
    F("no-accountability", 7, "Weak Party branches: no misconduct."),
    F("no-mechanism", 4, "修订《科研经费管理办法》 (bank transfer, name check)."),
    F("no-mechanism", 2, "制定《住院患者在床管理规定》 + smart audit."),
    F("no-mechanism", 3, "医药代表接待备案制度 (table: 《医药代表院内接待备案管理办法》)."),
    F("no-mechanism", 1, "修订 both 议事规则 + two 事项清单."),
    F("no-deadline", 7, "长期坚持 (the gap there is the copied text)."),
    F("copied-measure", 2, "“违规结算的医保基金36.8万元” repeats the feedback's words, but as the object of an act done (全部退回), followed by night rounds, smart audit and a rule."),
], links=[
    L("制定党委会研究决定事项清单和前置研究讨论事项清单", 1), L("康复医学科违规结算的医保基金36.8万元已全部退回医保基金专户", 2),
    L("对康复医学科主任给予党内警告处分", 2), L("取消临床科室“统方”权限", 3), L("课题组套取的科研经费7.4万元已全部退回", 4),
    L("暂停其2年内科研项目申报资格", 4), L("查实未经审批到民营医疗机构兼职的5人", 5),
    L("着力提高临床科室党支部书记“双带头人”比例", 7)])

# p06 芑坪县救灾物资储备库党支部 (emergency relief stores): 问题清单 (GB18030) 问题一：…问题六： + 具体表现：; 整改要求
# （一）–（四） not problems. Report (UTF-16 LE BOM): 问题N：/整改情况： + bracket line. 90 days (inside).
G["p06"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-mechanism", 2, "Write-offs signed by the storekeeper alone, no collective decision, no approval; 整改要求（三） names 报损. The answer counts stock, fires the storekeeper and writes off by expert opinion, but makes no write-off rule — while 出借, 验收 and 巡查 each get one."),
    F("inconsistent-claim", None, "“6个问题已全部整改完成，19项整改措施全部落实到位”, while 问题1 says the tents are expected by end of September (时限 2025-09-30)."),
    F("no-disclosure", None, "整改要求（四） asks for publication; the report never publishes the rectification (the quarterly 出借 notice in the 库区公示栏 is about loans, not rectification)."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任邴若川 heads the 领导小组 as 第一责任人, 4 store checks, 直接督办 the write-off review."),
    F("late-report", None, "Feedback 2025-04-10, report 2025-07-09: 90 days — the last day but one (due 2025-07-10)."),
    F("no-accountability", 2, "解除劳动合同 and 移交县公安局 (立案侦查): accountability by dismissal and transfer to the judiciary."),
    F("no-accountability", 3, "储运股股长 诫勉谈话; the company paid a fee to the treasury."),
    F("no-accountability", 4, "3 验收组 members 批评教育, the deputy who led it 提醒谈话."),
    F("no-accountability", 6, "Branch routine and an ageing staff: no misconduct."),
    F("no-mechanism", 3, "制定《救灾物资调拨出借审批办法》."),
    F("no-mechanism", 4, "修订《物资采购验收管理办法》 with third-party testing."),
    F("no-mechanism", 5, "制定《库房日常巡查制度》."),
    F("no-mechanism", 6, "Staffing and branch routine: no rule needed."),
    F("no-deadline", 1, "2025年9月30日 (the gap there is the all-done claim)."),
    F("no-owner", 2, "党支部书记、主任邴若川."),
], links=[
    L("补充采购帐篷160顶、折叠床300张", 1), L("对2023年以来报损的21.4万元物资逐批核查", 2), L("涉事保管员已被解除劳动合同", 2),
    L("婚庆公司已归还全部帐篷", 3), L("供应商已将800床不合格棉被全部更换", 4), L("2号库房消防喷淋系统已于4月底修复", 5),
    L("支部委员会每月召开1次", 6)])

# p07 蒉阳县收费公路管理所党支部 (toll roads): 反馈意见 (UTF-8) 一、 + （一）–（七） heading。detail paragraphs; 二、整改意见
# （一）–（四） not problems. Report (GB18030 CRLF): own short headings in feedback order + (责任人；时限；status). LATE.
G["p07"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-accountability", 2, "2170 vehicles let through free, 9.6万 lost, some on a 所领导's word; the answer registers the vehicles and builds a 白名单 — no collector, no leader, no money pursued, though 整改意见（二） says 涉及所领导的也不能例外."),
    F("no-deadline", 6, "The re-tender of the 清障 contract has “时限：合同到期后” — no date, and the item is 正在推进; every other bracket has a date."),
    F("late-report", None, "Feedback 2025-05-08, 3-month limit (2025-08-08); report dated 2025-08-22: 106 days."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、所长牟晏清 heads the 领导小组 as 第一责任人, 6 支委会."),
    F("no-disclosure", None, "“整改情况已在县交通运输局门户网站公开”."),
    F("inconsistent-claim", None, "22 = 19 done + 3 in progress (items 5, 6, 7 say 正在推进); 5.2万 = 2.1万 (票款) + 3.1万 (补贴); 记过1, 诫勉1, 批评1; 3 rules named."),
    F("no-accountability", 4, "记过处分 by the 县交通运输局, 调离收费岗位, the 班长 批评教育, money repaid."),
    F("no-accountability", 5, "The principal leader himself 诫勉谈话 by the 县交通运输局党组 and a 检查 at the 组织生活会."),
    F("no-accountability", 7, "Ageing staff, no training: no misconduct."),
    F("no-mechanism", 2, "白名单 + two-person confirmation + weekly video checks (the gap there is accountability)."),
    F("no-mechanism", 3, "修订《鲜活农产品运输车辆查验操作规程》."),
    F("no-mechanism", 4, "制定《通行费票款解缴管理办法》."),
    F("no-mechanism", 5, "修订《职工福利费管理办法》."),
    F("no-deadline", 5, "2025年10月31日 for the last 0.7万."),
    F("no-owner", 6, "副所长鞠泓 (the gap there is the date)."),
    F("copied-measure", 2, "“不符合免费条件的2170车次” repeats the feedback's figure, but in an act (逐一登记造册) beside a 白名单 and two-person release; the gap there is accountability, not copying."),
], links=[
    L("收费系统参数已于5月16日按新政策完成更新", 1), L("建立免费车辆“白名单”", 2), L("实行“双人查验、全程录像、逐车登记”", 3),
    L("挪用票款的收费员已退还全部款项", 4), L("已停止发放“夜班伙食补助”", 5), L("约谈外包单位负责人", 6),
    L("组织一线收费员分两期开展收费业务和新政策轮训", 7)])

# p08 蕳岭县消防救援大队党委 (fire and rescue): DOCX speech by the 支队 巡察组组长, problems inline 一是…七是 over two
# 从…看 paragraphs (continuous); 一要…三要 not problems. Report (UTF-8): 关于“…”的问题 with 整改措施/责任领导/责任部门/
# 整改时限/整改成效. GOOD REPORT.
G["p08"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党委书记、教导员欧阳迟 heads the 领导小组 as 第一责任人, weekly reports, 3 field checks, 直接过问."),
    F("late-report", None, "Feedback 2025-03-11, report 2025-06-03: 84 days."),
    F("no-disclosure", None, "“整改情况已通过大队政务公众号向社会公开”."),
    F("inconsistent-claim", None, "24 all done, and every item says 已完成; 记过1 (#3), 警告4 (2 in #2 + 2 in #6), 诫勉2 (#2, #5), 提醒2 (#5, #6); 0.8万; 4 rules named."),
    F("no-accountability", 2, "2 监督员 警告处分, the 副大队长 诫勉谈话; 7 cases now punished."),
    F("no-accountability", 3, "移送支队纪委 → 记过, 调离, 0.8万 收缴."),
    F("no-accountability", 5, "诫勉谈话 for the dinner, 提醒谈话 for the driver."),
    F("no-accountability", 6, "警告处分 for the 2 absent firefighters, 提醒谈话 for the 站长."),
    F("no-accountability", 1, "Coverage gap in inspections: no misconduct."),
    F("no-accountability", 7, "Study by reading documents: no misconduct."),
    F("no-mechanism", 2, "修订《消防行政处罚裁量基准适用规则》 + no closing without re-check."),
    F("no-mechanism", 3, "制定《防火监督人员廉洁执法“十不准”》 + published list of providers."),
    F("no-mechanism", 4, "修订《消防执法案卷管理规定》 + quarterly review."),
    F("no-mechanism", 6, "修订《营区秩序管理细则》 + e-approval."),
    F("vague-measure", 7, "Concrete: topic per session, 4 研讨, 2 reports."),
], links=[
    L("建立“一场所一档案”底数台账", 1), L("对2024年11起责令改正后未复查即结案的案件逐案重新复查", 2),
    L("涉事防火监督员已移送支队纪委", 3), L("对17卷缺项案卷逐卷补正", 4), L("执勤保障车辆节假日一律回大队车库封存", 5),
    L("启用请销假电子审批系统", 6), L("调整党委理论学习中心组年度学习计划", 7)])

# p09 蘵源市税务局第二稽查局党委 (tax inspection bureau): 反馈意见 (UTF-16 LE BOM, CRLF), areas （一）（二）（三）…方面 +
# continuous 1．–8．; 二、整改要求 （一）–（四） not problems. Report: public HTML 通报 (GBK, page chrome and a 索引号 table),
# area headings + N．关于“…”问题的整改 + 整改情况： + bracket.
G["p09"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[
    F("repeated-measure", 1, "1． is answered only by a boilerplate paragraph (坚持把巡察整改作为重大政治任务…确保各项整改措施落地见效) that is pasted again under 8．."),
    F("repeated-measure", 8, "8． (staffing) repeats 1．'s paragraph word for word after a different first clause."),
    F("no-accountability", 4, "Fines halved on 3 cases without the 审理委员会, 46.2万 less: the answer re-hears, collects 23.1万 and adds a rule, but nobody is dealt with, though 整改要求（二） names this problem first."),
    F("no-owner", 7, "7．'s bracket gives only “责任部门：各检查科” — no 责任领导; every other item names one."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记、局长雍怀瑾 heads the 领导小组 as 第一责任人, 5 党委会议."),
    F("late-report", None, "Feedback 2025-04-24, 通报 2025-07-18: 85 days."),
    F("no-disclosure", None, "A public 通报 with a comment period, phone and e-mail."),
    F("inconsistent-claim", None, "24 = 19 done + 5 in progress; no all-done claim; items 4 and 7 say what is still open."),
    F("no-accountability", 2, "2 案件主办人员 批评教育."),
    F("no-accountability", 3, "选案科科长 提醒谈话; the fled firms 移送公安."),
    F("no-accountability", 5, "政务警告 + 调离稽查岗位 for one, 诫勉谈话 for the other."),
    F("no-accountability", 1, "Weak study: no misconduct."),
    F("no-accountability", 8, "Staffing: no misconduct."),
    F("no-mechanism", 4, "Every reduced-fine case must go to the 审理委员会 (the gap there is accountability)."),
    F("no-mechanism", 6, "修订《稽查案件审理工作规程》, separated roles, 记录仪 in 绩效."),
    F("no-mechanism", 2, "制定《虚开发票案件定性处理指引》."),
    F("no-deadline", 7, "2025年10月31日 (the gap there is the owner)."),
], links=[
    L("针对理论学习不够深入的问题", 1), L("制定《虚开发票案件定性处理指引》", 2), L("11条超期线索已全部立案检查", 3),
    L("对3起案件启动重新审理程序", 4), L("已给予政务警告处分并调离稽查岗位", 5), L("修订《稽查案件审理工作规程》", 6),
    L("对19件超期案件逐案制定结案计划", 7), L("针对稽查骨干力量不足的问题", 8)])

# p10 蓂溪县动物卫生监督所党支部 (animal health inspection): 纪委监委 news item (UTF-8), all problems in one
# “巡察组指出…主要是：…；…等问题” sentence (7); 一要…四要 and the 表态 are not problems. Report: DOCX, covering text +
# landscape Word-table 台账 with rows 1–6 for 7 problems (选择性执法 has no row, so row 4 answers problem 5). WEAK.
G["p10"] = dict(mode="pair", issues=7, unanswered=[4], must_flag=[
    F("unanswered-issue", 4, "选择性执法 on illegal livestock transport: no row or sentence answers it; the table's row 4 is problem 5 (好处费)."),
    F("no-accountability", 3, "Staff colluded to fake disposal numbers and took 19.7万 of subsidy; the row recovers the money and adds cameras, but “涉及人员待调查核实后依规依纪处理” — nobody dealt with, although 二要 names 骗取补助."),
    F("weak-leadership", None, "所务会议 decides, 各股室 act, 所办公室 collects; no 党支部书记 role, no 领导小组, no 第一责任人 (the 所长 appears only as a row owner), though the 组长 asked for them; the report is the 所's, not the 党支部's."),
    F("no-disclosure", None, "四要 asks to publish the result; the report never does (the 举报电话 at the 申报点 is a reporting line, not disclosure)."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-06-12, report 2025-09-03: 83 days."),
    F("inconsistent-claim", None, "Only “取得了阶段性成效”, no all-done claim; the 整改进展 column says what is open (row 1 申报点, row 3 人员处理待核实, row 5 招聘)."),
    F("no-accountability", 2, "3 官方兽医 警告处分 and 3-month suspension of 出证资格."),
    F("no-accountability", 1, "Slow building of 申报点: no misconduct."),
    F("no-accountability", 6, "Ageing, thin staff: no misconduct."),
    F("no-accountability", 7, "Loose branch routine: no misconduct."),
    F("no-mechanism", 2, "电子出证 with photos and location + monthly 50-record checks."),
    F("no-mechanism", 3, "Cameras and networked weighing + two-person check (the gap there is accountability)."),
    F("no-owner", 3, "副所长郏澄."),
    F("no-deadline", 1, "2025年11月30日."),
    F("unanswered-issue", 5, "Answered in the row numbered 4 (the table has no row for 选择性执法, so row numbers run one behind): matched by content, not position."),
    F("unanswered-issue", 7, "Answered in the row numbered 6."),
], links=[
    L("新建规范化申报点8个", 1), L("对2024年以来出具的83份问题证明逐份倒查", 2), L("骗取的补助资金19.7万元已全部追回", 3),
    L("相关问题线索已转交县纪委监委", 5), L("通过公开招聘补充官方兽医4名", 6), L("制定支部年度组织生活计划", 7)])

if __name__ == "__main__":
    for name, g in G.items():
        out = {"mode": g["mode"], "issues": g["issues"],
               "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
               "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
        os.makedirs(os.path.join(ROOT, name), exist_ok=True)
        with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
