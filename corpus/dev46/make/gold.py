"""Write p01..p10/gold.json (dev-pairs gold format) and p01..p10/notes.md for dev46. The gold is hand-judged; this file
only keeps it in one place. Modelled on dev44's make/gold.py. Debatable points ("may report") are not gold: they are
written to each pair's notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import datetime, json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


def days(a, b):
    return (datetime.date(*b) - datetime.date(*a)).days


G, N = {}, {}

# ---------------------------------------------------------------------------------------------------------------
G["p01"] = dict(unit="蘩阳县应急管理局党组", issues=7, unanswered=[], dates=((2025, 4, 15), (2025, 7, 8)), must_flag=[],
must_not_flag=[
    F("weak-leadership", None, "党组书记、局长鄢枕流 heads the 领导小组, named 第一责任人 (负首责、负总责), 4 推进会, 3 site visits, 当面督办."),
    F("late-report", None, "Feedback 2025-04-15, report 2025-07-08: 84 days, inside three months."),
    F("no-disclosure", None, "下一步 三是: 县政府门户网站 部门信息公开 and the 局机关公开栏, with a 监督电话."),
    F("inconsistent-claim", None, "26 measures (3+4+4+3+4+4+4) = 24 done + 2 long-term ones named (#6 第四项, #7 第三项); 8.6万 recovered (#4); 警告1 (#5), 诫勉1 (#4), 批评教育3 (#1 1, #4 1, #5 1); 4 new + 3 revised rules, all named."),
    F("vague-measure", 3, "Opens with 深刻反思，切实提高政治站位 but then a quarterly 固定议题, 38 risk points, a 履职清单 and 14 廉政谈话."),
    F("no-accountability", 4, "8.6万 returned; 办公室主任 诫勉谈话, 分管副局长 批评教育."),
    F("no-accountability", 5, "副大队长 党内警告, 1 staff member 批评教育."),
    F("no-accountability", 7, "Staff age and skills: no wrongdoing, nobody to hold to account."),
    F("no-mechanism", 2, "修订《县级应急物资储备管理办法》."),
    F("no-mechanism", 5, "《执法执勤车辆使用管理规定》."),
    F("no-owner", 6, "党组成员、机关党支部书记苗晚晴."),
    F("no-deadline", 6, "前三项 2025-05-31, 第四项 长期坚持 — legitimate for a standing duty."),
    F("no-deadline", 7, "Dated items plus one 长期坚持 training item."),
    F("unanswered-issue", 7, "（七） answers the staffing problem with four measures."),
], links=[
    L("对蔹溪工业园区3家企业的动火作业问题全部进行复查", 1), L("对86件过期救生衣按程序报废处置", 2), L("列为每季度党组会固定议题", 3),
    L("8.6万元已由领取人员全部退回", 4), L("全部加装北斗定位", 5), L("2名党员欠缴的党费已全部补缴", 6), L("分两批开展业务轮训", 7)])
N["p01"] = dict(
    forms="Feedback: formal 反馈意见 of a 巡察组 (UTF-8): intro with dates and figures, 一、巡察发现的主要问题 with three areas （一）（二）（三）…方面 and continuous 1．–7． heading。detail lines; 二、整改意见 （一）–（三） and the 三个月内 / 公开 sentence are not problems. Report (UTF-8): the common 关于…整改情况的报告 — 一、整改工作组织情况 with stats, 二、 seven items “（N）关于“…”的问题的整改情况” each with 整改措施：(一是…)/责任领导：/责任股室：/整改时限：/整改进展： lines, 三、下一步工作打算 with disclosure. GOOD REPORT.",
    problems=["安全生产执法检查失之于宽", "应急物资储备管理不规范", "“一岗双责”落实不到位", "违规发放津补贴", "执法车辆管理混乱", "基层党支部组织生活不规范", "干部队伍专业能力不足"],
    traps=["整改意见 （一）（二）（三） restate areas and must not be counted as problems 8–10.", "#3's measure opens with a slogan (深刻反思，切实提高政治站位) before concrete acts.", "Two items carry 长期坚持 next to real dates; the stats name which measures are long-term, so the counts add up.", "党费按月公示 (#6) and the 仓库 figures are not the rectification's disclosure; the real one is in 三、."],
    may=["Someone might want accountability for #2 (物资 shortfall, items lent and not returned): the report recovers the items and writes rules; the feedback asked for 处理到人 only for 津补贴 and 公车, so not gold.", "#6 says only “督促” for records written after the fact; a strict reader could ask who wrote them."])

# ---------------------------------------------------------------------------------------------------------------
G["p02"] = dict(unit="蕤山县科学技术协会党组", issues=6, unanswered=[], dates=((2025, 3, 18), (2025, 7, 2)), must_flag=[
    F("vague-measure", 6, "Report （六） on 担当作为 (no 科技特派员 records, staff gaming and leaving without leave) is slogans only — 坚持以…为指导，进一步加强…作风建设…切实增强责任感和使命感…努力打造: no record kept, no attendance rule, nobody spoken to."),
    F("no-accountability", 2, "4.5万 given without 比选 to a firm run by a staff member's relative, the 经办人 not stepping aside: the report re-audits and writes a 回避 rule, but nobody is dealt with and nothing is recovered, though the speech said 该追回的资金要追回，该问责的人员要问责."),
    F("late-report", None, "Feedback 2025-03-18 with a 三个月内 limit (2025-06-18); the report is dated 2025-07-02: 106 days."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary writes as 第一责任人, heads the 领导小组, chaired the plan, 5 meetings, 5 site visits, 约谈, a 专题民主生活会 and signs off each item."),
    F("no-disclosure", None, "三、/四、: 县科协门户网站 and 机关公开栏."),
    F("inconsistent-claim", None, "21 measures = 19 done + 2 pending, both named (2 学会换届, 发展党员) with a 2025-10 date; refunds 2.1万 + 0.4万; 诫勉1 + 批评1 in （五）."),
    F("no-accountability", 4, "2.1万 and 0.4万 returned; 副主席 诫勉谈话, 办公室主任 批评教育."),
    F("vague-measure", 5, "Opens with 我从思想上找差距 and then acts: 3 研讨, 2 积极分子, a 三审 rule."),
    F("no-mechanism", 2, "《科普项目资金管理办法》 with 比选 and 回避 (the gap there is accountability)."),
    F("no-mechanism", 3, "修订《县科协所属学会管理办法》 with 实地核查."),
    F("no-owner", 1, "副主席隗青崖牵头."),
    F("no-owner", 3, "副主席郦晴川牵头."),
    F("no-deadline", 3, "The two open 换届 have 2025年10月底前."),
    F("unanswered-issue", 2, "Answered under （三） although the report's order is 1,3,2,5,4,6."),
], links=[
    L("更正了年终考核材料中的不实表述", 1), L("委托会计师事务所对12.4万元科普经费逐项进行了补充验收", 2),
    L("4个学会的财务账目已全部移交学会自行管理", 3), L("对组织考察的副主席隗青崖进行诫勉谈话", 4),
    L("制定《县科协新媒体信息发布审核办法》", 5), L("进一步加强干部队伍作风建设", 6)])
N["p02"] = dict(
    forms="Feedback: a 巡察组组长's 反馈会 speech (UTF-8), 同志们, praise, then six problems as paragraphs 第一，…第六，; the 原因 sentence and 一要…三要 are not problems. Report (GB18030): the 党组书记's first-person 组织落实整改情况的报告 — 一、我履行第一责任人职责的情况, 二、six short headings in the order 1,3,2,5,4,6 (（一）…的问题 without 关于), 三、存在的不足, 四、下一步打算.",
    problems=["落实上级科普工作部署不到位", "科普项目资金管理不规范", "对所属学会监管缺位", "“四风”问题仍有发生", "党建工作与业务工作“两张皮”", "干部队伍担当作为不够"],
    traps=["Report order differs from the feedback: （二） answers #3 and （三） answers #2; （四） answers #5, （五） #4.", "The 四风 heading （五） says “方面的问题”, not the feedback's wording.", "（四） opens with a first-person slogan (我从思想上找差距) then acts — not vague.", "约谈 of the 学会部负责人 in 一、 is leadership, not accountability for #2."],
    may=["#1: the 年终考核 material falsely said 全面完成; the report corrects it but nobody is named — a strict inspector may add no-accountability #1.", "#6 could also draw no-mechanism (no attendance rule) — it is the same emptiness as the vague measure.", "#2's 大篷车 contract is only “重新进行了审核” — no outcome given."])

# ---------------------------------------------------------------------------------------------------------------
G["p03"] = dict(unit="蒨溪县人力资源和社会保障局党组", issues=7, unanswered=[], dates=((2025, 5, 20), (2025, 8, 14)), must_flag=[
    F("copied-measure", 5, "问题5's 整改情况 turns the feedback back into promises (杜绝以“业务培训费”名义列支工作餐和烟酒费用…严禁公车停放在干部住宅小区，确保派车单齐全) plus 落到实处: no money back, no log fixed."),
    F("no-accountability", 5, "3.2万 of meals and tobacco booked as training and a car parked at a cadre's home: nothing recovered, nobody dealt with, though 整改要求 二是 demanded 应追尽追…严肃处理."),
    F("no-mechanism", 2, "The feedback says 待遇认证 data are compared once a year and the 基金内部控制制度 has not been revised since 2017; the answer recovers the 9.3万 and runs one more comparison, but sets no routine comparison and revises no rule — every other substantive item names one."),
    F("inconsistent-claim", None, "“7个问题已全部整改到位，27项整改措施全部完成” while 问题4 says 3 欠薪 cases wait for a court and the 专户 rate is 91% with 其余项目正在督促办理, under a 完成时限 of 2025-12-31 after the report date."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长晏孤鸿 heads the 领导小组, 第一责任人, chaired the plan; 4 meetings, 周调度、月通报."),
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-14: 86 days."),
    F("no-disclosure", None, "三、: 县人民政府门户网站 with a 监督电话."),
    F("copied-measure", 3, "Opens by restating the problem (针对职业技能培训补贴审核把关不严的问题) and then acts: 14.6万 recovered, 资格 cancelled, 移送, 诫勉, a new 审核办法."),
    F("no-accountability", 3, "14.6万 recovered, 线索 移送 the 纪委监委, 股长 诫勉谈话."),
    F("no-accountability", 2, "9.3万 recovered; 2 经办人员 批评教育 (the gap there is the mechanism)."),
    F("no-accountability", 6, "干部人事股股长 诫勉谈话."),
    F("no-accountability", 1, "Employment policy shortfall: no wrongdoing."),
    F("no-mechanism", 3, "《职业技能培训补贴审核办法》."),
    F("no-mechanism", 4, "修订《保障农民工工资支付工作考核细则》."),
    F("no-mechanism", 6, "修订《局机关干部选拔任用工作规程》."),
    F("no-owner", 5, "党组书记、局长晏孤鸿 is 责任领导 (the gap there is the copied measure)."),
    F("no-deadline", 4, "完成时限 2025-12-31 (the gap there is the all-done claim)."),
], links=[
    L("新募集就业见习岗位140个", 1), L("9.3万元已全部追回", 2), L("对2家培训机构套取的14.6万元补贴全部追回", 3),
    L("对17件超期欠薪投诉逐件挂牌督办", 4), L("坚决杜绝以“业务培训费”名义列支工作餐和烟酒费用", 5),
    L("对2名试用期满未考核即转正的干部补充开展试用期考核", 6), L("为2名调出党员办结组织关系转接手续", 7)])
N["p03"] = dict(
    forms="Feedback: a 反馈问题清单 (UTF-8): 问题1：…问题7： heading lines, each followed by a 具体表现： line; 整改要求 一是…四是 are not problems. Report (UTF-8, CRLF): 一、整改工作总体情况 with stats, 二、 问题N：(restated heading) / 整改情况：(一是…) / one field line 责任领导：…；责任科室：…；完成时限：…, 三、下一步 with disclosure.",
    problems=["贯彻落实稳就业政策不够有力", "社会保险基金监管存在漏洞", "职业技能培训补贴审核把关不严", "根治欠薪工作推进不力", "违反中央八项规定精神问题仍有发生", "选人用人工作不够规范", "机关党建工作质量不高"],
    traps=["问题3 opens with the problem restated but then acts — not copied.", "Stats that do add up (23.9万 = 9.3 + 14.6; 诫勉2, 批评2; 4 rules) sit next to the all-done claim that does not.", "The 86.3万 of wages recovered under 问题4 is not 违规资金 and is rightly not in the 23.9万."],
    may=["问题5 is also slogan-like (高度重视…落到实处): vague-measure #5 is defensible; gold keeps copied-measure as the sharper reading.", "问题1 names no rule: no-mechanism #1 is possible but the problem is a performance shortfall."])

# ---------------------------------------------------------------------------------------------------------------
G["p04"] = dict(unit="藟城县自来水有限公司党支部", issues=7, unanswered=[], dates=((2025, 6, 12), (2025, 9, 3)), must_flag=[
    F("no-owner", 2, "Ledger row 2's 责任领导 is “—” and its 责任部门 is “营业所、财务部等相关部门”: nobody owns 63万 of arrears and the cash handling, while every other row names a leader."),
    F("no-deadline", 1, "Row 1's 完成时限 is “视上级补助资金到位情况确定” for an unfinished 管网延伸 project: no date, while the feedback asked for 完成时限 for each problem."),
    F("no-disclosure", None, "Nothing says the rectification was or will be published, though the feedback's 整改要求 四 asked for it; the only 公示 are 水质检测结果 and 水价和收费标准 in the 营业厅 — service notices, not disclosure of the rectification."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长娄照川 heads the 领导小组, 第一责任人, chaired the plan, 3 meetings, 2 site visits."),
    F("late-report", None, "Feedback 2025-06-12, report 2025-09-03: 83 days."),
    F("inconsistent-claim", None, "5 done + 2 ongoing (rows 1, 2 marked 正在推进); 诫勉1 + 批评2 (row 3 ×2, row 5); 5.4万 returned; 3 new + 2 revised rules, all named."),
    F("no-accountability", 3, "工程部经理 诫勉谈话, 分管副总经理 批评教育, 8.7万 核减."),
    F("no-accountability", 5, "5.4万 returned; 工会主席 批评教育."),
    F("no-accountability", 1, "A service shortfall: no wrongdoing."),
    F("no-mechanism", 3, "《工程建设项目招标和变更管理办法》."),
    F("no-mechanism", 4, "修订《公司“三重一大”事项决策实施办法》."),
    F("no-mechanism", 6, "《水质检测管理制度》."),
    F("no-owner", 1, "副总经理邝晴岚 (the gap there is the time limit)."),
    F("no-deadline", 2, "2025年12月31日 (the gap there is the owner)."),
    F("no-deadline", 7, "2025年8月31日."),
], links=[
    L("蒝塘片区新建加压泵站1座", 1), L("对12家欠费大户逐户下达书面催缴通知", 2), L("核减工程款8.7万元", 3),
    L("明确党支部前置研究的事项清单28项", 4), L("超标准发放的购物卡5.4万元已由职工全部退回", 5),
    L("3名无证化验员已参加市级培训并取得上岗证", 6), L("确定一线职工入党积极分子3名", 7)])
N["p04"] = dict(
    forms="Feedback: formal 反馈意见 (UTF-8): intro, 一、巡察发现的主要问题 with （一）–（七） heading。detail paragraphs; 二、整改要求 一要…四要 and the 三个月内 sentence are not problems. Report (UTF-8): a short preamble (领导小组, stats, 主要做法 一是…四是) then an 整改台账 as text: a header row and seven rows with ｜-separated fields 序号｜反馈问题｜整改措施｜责任领导｜责任部门｜完成时限｜整改进展, then a closing paragraph.",
    problems=["农村供水保障工作推进缓慢", "水费收缴管理不规范", "工程建设项目存在廉政风险", "“三重一大”决策制度执行不严", "违规发放福利", "水质检测制度落实不到位", "党支部战斗堡垒作用发挥不够"],
    traps=["The header row is not a problem.", "营业厅公示栏 水质结果 and 水价 are false friends for disclosure.", "The closing paragraph mentions 蓂口村 and 分期还款 again: these repeat rows 1 and 2, not new measures for other problems."],
    may=["Row 2's cash not banked the same day might call for accountability of the cashier; the feedback did not ask for it.", "Row 1's 正在推进 with no date could also be read as weak on the 42 complaints; the gold keeps only the time limit."])

# ---------------------------------------------------------------------------------------------------------------
G["p05"] = dict(unit="蘅江县文化馆党支部", issues=7, unanswered=[4], dates=((2025, 4, 22), (2025, 7, 16)), must_flag=[
    F("unanswered-issue", 4, "The report answers 第1, 2+5, 3, 6, 7项; 第4项 (the 书画联展 with improper inscriptions, the unreviewed 公众号) is never mentioned."),
    F("repeated-measure", 1, "第1项 is answered by a study-and-reflect paragraph (馆党支部组织全体党员干部深入学习…再上新台阶) that is pasted word for word under 第6项."),
    F("repeated-measure", 6, "第6项 repeats 第1项's paragraph; the only addition is that 办公室 records cadres' attendance."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人, no act of the 党支部书记: “将反馈问题按职责分解到各部室，由各部室分别制定措施…办公室负责收集汇总”, though the feedback required a 领导小组 and 亲自部署、亲自过问、亲自督办."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-04-22, report 2025-07-16: 85 days."),
    F("no-disclosure", None, "下一步 三是: 县文化广电旅游局门户网站."),
    F("inconsistent-claim", None, "No all-done claim; the pending refunds (9.2万 of 18.6万 done) and the 7.9万 recovery (3.1万 so far) are stated as pending in the items and in 存在的不足."),
    F("repeated-measure", 2, "第2项和第5项 are answered together in one announced merged section — not a pasted paragraph."),
    F("repeated-measure", 5, "Same merged answer."),
    F("unanswered-issue", 5, "Answered inside the merged 第2项和第5项 section (比价资料, 《政府采购内部控制办法》)."),
    F("no-accountability", 3, "培训部主任 诫勉谈话; 6.4万 上缴."),
    F("no-accountability", 7, "Pay stopped, 3.1万 recovered, contract terminated, 办公室主任 诫勉谈话."),
    F("no-mechanism", 3, "修订《公益培训管理规定》."),
    F("no-mechanism", 7, "修订《干部职工考勤管理办法》."),
    F("no-mechanism", 5, "《文化馆政府采购内部控制办法》."),
    F("no-deadline", 3, "2025年9月30日."),
    F("no-owner", 7, "副馆长褚映川."),
], links=[
    L("送文化下乡演出已于5月起恢复排期", 1), L("由馆本级公用经费如数调回专项账户", 2), L("3笔同一供应商承接的采购已补充比价资料", 5),
    L("培训部自行保管的6.4万元已全部上缴单位账户", 3), L("党员领导干部参加党小组组织生活的情况由办公室登记", 6),
    L("对长期不到岗的专业技术人员自2025年5月起停发工资", 7)])
N["p05"] = dict(
    forms="Feedback: DOCX 反馈意见 — bold centred title, date line, intro, bold area headings 一、二、三、…方面 and a bold 四、整改要求; problems are continuous 1．–7． paragraphs, heading。detail. Report (UTF-16 LE with BOM, LF): answers by number only — “一、针对反馈意见第1项问题”, “二、针对反馈意见第2项和第5项问题” (merged), 第3项, 第6项, 第7项; brackets (责任领导；责任部室；完成时限); 存在的不足; 下一步.",
    problems=["公共文化服务供给不足", "免费开放补助资金使用不规范", "公益培训变相收费", "意识形态阵地管理存在薄弱环节", "政府采购管理不规范", "党支部组织生活不严肃", "干部职工管理松散"],
    traps=["The report names no problem text: linking must go by 第N项 numbers.", "The merged 第2项和第5项 is one answer for two problems, not a repeated measure.", "四、整改要求 in the DOCX is not a problem; the area headings are not problems.", "存在的不足 mentions 分馆 — that belongs to #1, not a new answer."],
    may=["#1 and #6 are also vague (the pasted paragraph is a slogan; #1 adds 11 shows); vague-measure #1/#6 is defensible.", "#6: no-mechanism is arguable (no rule on 组织生活)."])

# ---------------------------------------------------------------------------------------------------------------
G["p06"] = dict(unit="薁水县发展和改革局党组", issues=6, unanswered=[3], dates=((2024, 10, 29), (2025, 1, 20)), must_flag=[
    F("unanswered-issue", 3, "The five own headings (项目攻坚, 价格工作规范, 审批把关, 作风纪律, 学习和意识形态) leave out the 储备粮 problem (4 months without 补库, no oversight); nothing anywhere mentions 储备粮 or 补库."),
    F("no-mechanism", 4, "The feedback says no 跟踪机制 was built for 容缺受理 and 要求三 names 审批 gaps to close; （三）审批把关 only fixes the 2 projects and the 5 files — no rule or routine, while every other answered item names one."),
    F("no-disclosure", None, "Nothing says the rectification was or will be published, though the speech said 整改情况要按规定向社会公开."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长仝鹤鸣 heads the 领导小组, 第一责任人, 6 meetings, 4 site visits."),
    F("late-report", None, "Feedback 2024-10-29, report 2025-01-20: 83 days."),
    F("inconsistent-claim", None, "19 tasks = 17 done + 2 named as ongoing (项目开工, 中心组学习计划), matching （一） and （五）."),
    F("no-accountability", 5, "0.36万 退缴, a 副局长 诫勉谈话, 5 批评教育, one 提醒谈话 with costs borne."),
    F("no-accountability", 2, "The late-reporting staff member 批评教育."),
    F("no-mechanism", 2, "修订《价格认定工作规程》, a new 报送管理办法."),
    F("no-mechanism", 5, "修订 接待 and 公务用车 rules."),
    F("no-mechanism", 1, "修订《县级重点项目前期工作经费管理办法》."),
    F("no-owner", 4, "副局长郇知秋负责 (the gap there is the mechanism)."),
    F("no-deadline", 1, "剩余3个项目 2025年3月底前开工."),
    F("unanswered-issue", 4, "Answered under the own heading 审批把关."),
], links=[
    L("38个项目已开工35个", 1), L("对3份缺少复核程序的价格认定结论书重新组织复核", 2), L("已督促项目单位按程序重新报批", 4),
    L("参与的6名干部已按标准退缴餐费0.36万元", 5), L("重新制定党组理论学习中心组2025年度学习计划", 6)])
N["p06"] = dict(
    forms="Feedback: a 巡察组组长's 反馈会 speech (UTF-8) with problems inline as 一是…六是 spread over three paragraphs opened by 在…方面，; 原因 sentence and 一要…三要 are not problems. Report (GB18030): 一、提高站位 (organisation), 二、 five own short headings （一）项目攻坚 … （五）学习和意识形态 that never restate the problems, 三、存在的不足, 四、下一步.",
    problems=["重大项目建设推进不够有力", "价格认定工作不规范", "县级储备粮管理存在风险隐患", "政府投资项目审批把关不严", "违反中央八项规定精神问题仍有发生", "理论学习和意识形态工作不扎实"],
    traps=["Headings are the unit's own words: 审批把关 = #4, 作风纪律 = #5; five headings for six problems, and the skipped one (#3) sits in the middle.", "一是…六是 continue across paragraphs (they do not restart).", "提醒谈话 for the car is a real, mild measure."],
    may=["#3 unanswered also means no-accountability #3 for the 4-month gap, but an unanswered problem is flagged once.", "#4's 5 容缺 files: nobody is held responsible for the missing follow-up; weak, not plain."])

# ---------------------------------------------------------------------------------------------------------------
G["p07"] = dict(unit="蒫原县民政局党组", issues=7, unanswered=[], dates=((2025, 3, 26), (2025, 6, 20)), must_flag=[
    F("inconsistent-claim", None, "“7个问题已全部整改完成，24项整改措施全部落实到位” and 整改进展：已完成 on every item, while （一） says 3 families are still being checked and （三） says 6万 of the 18万 is still to be returned by the townships."),
    F("no-owner", 7, "（七）'s 责任领导 is “各党支部” — branches, not a leader; every other item names one."),
    F("vague-measure", 2, "（二） is slogans only (坚持以人民为中心…进一步提高…认识，不断加强…切实提升…获得感、幸福感、安全感): nothing on the 12 idle 幸福院 or the 5 seniors drawing a home-care subsidy."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长訾暮川 heads the 领导小组, 第一责任人, 4 推进会, site checks in 4 townships, 约谈 of 2 heads."),
    F("late-report", None, "Feedback 2025-03-26, report 2025-06-20: 86 days."),
    F("no-disclosure", None, "下一步 三是: 县民政局门户网站, 监督电话."),
    F("vague-measure", 6, "Opens with 深刻认识…重要性 then acts: 修订《局党组工作规则》, 22-item list, 3 matters re-examined."),
    F("no-accountability", 3, "线索 移交 the 纪委监委; 社会事务股股长 诫勉谈话."),
    F("no-accountability", 5, "6.2万 returned; 副局长 诫勉谈话, 办公室主任 批评教育."),
    F("no-accountability", 4, "8 organisations deregistered; the moonlighting cadre resigned and 批评教育."),
    F("no-mechanism", 1, "《最低生活保障动态管理办法》."),
    F("no-mechanism", 3, "《殡葬改革专项资金管理办法》."),
    F("no-mechanism", 6, "修订《局党组工作规则》."),
    F("no-owner", 5, "党组书记、局长訾暮川."),
    F("no-deadline", 7, "2025年6月15日 (the gap there is the owner)."),
    F("unanswered-issue", 2, "Answered, though only by slogans (that is the vague-measure)."),
], links=[
    L("19户已停发低保金", 1), L("切实提升农村养老服务质量和水平", 2), L("2个乡镇挪用的18万元已追回12万元", 3), L("依法撤销登记8家", 4),
    L("以“加班补助”名义发放的6.2万元已由领取人员全部退回", 5), L("对2024年未经党组会议研究的3个事项", 6), L("组建党员志愿服务队3支", 7)])
N["p07"] = dict(
    forms="Feedback: formal 反馈意见 (UTF-8) with three areas （一）（二）（三）…方面 and RESTARTING 1．2．(3．) heading lines, each followed by a 具体表现： line (2 + 3 + 2 = 7); 二、整改意见 （一）–（三） are not problems. Report: DOCX, bold 关于“…”的问题 headings （一）–（七）, an 整改措施： paragraph and one field line 责任领导：　责任科室：　完成时限：　整改进展： (ideographic spaces).",
    problems=["低保动态管理不到位", "农村养老服务设施运营效果不佳", "殡葬改革专项资金监管缺位", "社会组织登记管理失之于宽", "违规发放津补贴", "党组议事决策制度执行不严", "机关党建与业务工作融合不够"],
    traps=["Numbering restarts: the second 1． is problem 3, the third 1． is problem 6.", "All other counts add up (18.2万 = 12 + 6.2; 诫勉2, 批评3; 3 new + 2 revised rules) — the inconsistency is only the all-done claim.", "（六） opens with a slogan before acts.", "每季度公布一次积分 in （七） is not the rectification's disclosure (that is in 三、)."],
    may=["#2 is also silent on the 5 seniors' subsidy (money paid wrongly): no-accountability #2 is arguable, but no one is named as at fault.", "（一） sanctions only a 股长 for 23 ineligible households; some would ask for more."])

# ---------------------------------------------------------------------------------------------------------------
G["p08"] = dict(unit="蘼台县交通运输局党组", issues=7, unanswered=[], dates=((2024, 12, 9), (2025, 3, 4)), must_flag=[
    F("repeated-measure", 2, "2．(运输安全监管) is answered only by a boilerplate paragraph (局党组坚持把学习贯彻…作为首要政治任务…确保各项工作落地见效) that is pasted again under 6．."),
    F("repeated-measure", 6, "6．(意识形态) repeats 2．'s paragraph word for word after a different 针对…的问题 clause."),
    F("no-accountability", 4, "A named 股长 took 0.6万 of shopping cards from a contractor; the answer is education, 承诺书 and 提醒函 — nobody dealt with, though the feedback said 查清事实、依规依纪严肃处理."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长钮照庭 heads the 领导小组, 第一责任人, 亲自主持, 5 site visits."),
    F("late-report", None, "Feedback 2024-12-09, 通报 2025-03-04: 85 days."),
    F("no-disclosure", None, "A public 通报 (主动公开) with a comment period, phone, address."),
    F("inconsistent-claim", None, "5 done + 2 ongoing = 7, 71.4%; items 1 and 7 are marked 正在推进; 4.3万 recovered; 诫勉1 + 批评3 (2 in 3．, 1 in 5．); 3 new + 1 revised rules named."),
    F("no-accountability", 3, "副股长 and a staff member 批评教育; 6.8万 核减."),
    F("no-accountability", 5, "4.3万 returned; 站长 诫勉谈话, 报账员 批评教育."),
    F("no-mechanism", 1, "《农村公路养护资金拨付管理办法》."),
    F("no-mechanism", 3, "修订《交通建设项目设计变更管理办法》."),
    F("no-mechanism", 5, "《治超专项经费使用管理办法》."),
    F("no-deadline", 1, "正在推进 with 2025年5月31日."),
    F("no-deadline", 7, "正在推进 with 2025年4月30日."),
    F("no-owner", 4, "党组书记、局长钮照庭 (the gap there is accountability)."),
    F("unanswered-issue", 6, "Answered, if only by the pasted paragraph."),
], links=[
    L("列养率已提高到96%", 1), L("针对道路运输安全监管存在薄弱环节的问题", 2), L("核减费用6.8万元", 3), L("签订廉洁承诺书68份", 4),
    L("超限检测站列支的与治超无关的4.3万元已由相关人员全部退回", 5), L("针对意识形态工作责任制落实不到位的问题", 6),
    L("公路管理站党支部已于2025年1月完成换届选举", 7)])
N["p08"] = dict(
    forms="Feedback: formal 反馈意见 (UTF-8) with areas 一、二、三、…方面 and continuous （一）–（七） heading。detail paragraphs; 四、整改要求 is not a problem. Report: public 巡察整改进展情况的通报 (UTF-8) with a 发布机构/发布日期/公开方式 header line, stats, （一）（二）（三）…方面 → N．关于“…”问题的整改 → 整改情况： + bracket (责任领导；完成时限；进展), a comment period and contacts.",
    problems=["农村公路养护责任落实不到位", "道路运输安全监管存在薄弱环节", "工程项目管理不规范", "违规收受礼品礼金", "治超专项经费使用不规范", "意识形态工作责任制落实不到位", "基层党组织建设薄弱"],
    traps=["The 通报 renumbers 1．–7． under area headings that mirror the feedback's areas.", "The header line and the contact block are not measures.", "The 举报电话 in 4． is not the rectification's disclosure — but the 通报 itself is public."],
    may=["2． and 6． are also vague and set no rule: vague-measure / no-mechanism on them are defensible; the pasted paragraph is the plainest gap.", "4．: the education and 承诺书 are concrete acts; vague-measure #4 would be too strict."])

# ---------------------------------------------------------------------------------------------------------------
G["p09"] = dict(unit="蘦川县人大常委会机关党组", issues=7, unanswered=[], dates=((2025, 5, 8), (2025, 7, 25)), must_flag=[],
must_not_flag=[
    F("weak-leadership", None, "党组书记、秘书长庹清岚 heads the 领导小组, 第一责任人, 5 meetings, 4 visits, 直接督办 two tasks."),
    F("late-report", None, "Feedback 2025-05-08, report 2025-07-25: 78 days."),
    F("no-disclosure", None, "下一步 三是: 县人大常委会门户网站 and 机关公开栏."),
    F("inconsistent-claim", None, "21 measures (3 × 7) = 19 done + 2 named ongoing ((二)第1项, (七)第3项); 3.5万 = 2.7万 + 0.8万; 诫勉1 (（三）), 批评2 (（四）); 3 new + 2 revised rules, all named."),
    F("no-accountability", 3, "2.7万 退赔; 办公室主任 诫勉谈话."),
    F("no-accountability", 4, "0.8万 returned; 副秘书长 and 科长 批评教育."),
    F("no-accountability", 5, "Generic risk lists: no wrongdoing."),
    F("no-accountability", 7, "Age structure: no wrongdoing."),
    F("no-mechanism", 1, "《常委会审议意见跟踪督办办法》."),
    F("no-mechanism", 3, "修订《机关会议费管理办法》."),
    F("no-mechanism", 4, "修订《机关公务接待管理规定》."),
    F("no-deadline", 2, "13 suggestions dated 2025-12-31."),
    F("no-deadline", 7, "Dated items plus 长期坚持 mentoring."),
    F("no-owner", 5, "机关纪检组组长邴听雨."),
    F("unanswered-issue", 7, "（七） answers with a plan, 3 recruits and mentoring."),
], links=[
    L("已在6月份常委会会议上全部补报", 1), L("目前已解决或基本解决25件", 2), L("已由承办会议的科室负责人和相关人员全部退赔", 3),
    L("由公用经费列支的景点门票等费用0.8万元", 4), L("查找风险点46个", 5), L("今年已讲党课3次", 6), L("2025年通过公开遴选补充35岁以下干部3名", 7)])
N["p09"] = dict(
    forms="Feedback: formal 反馈意见 (UTF-8) with three area paragraphs （一）在…方面。 each listing problems inline as 一是…二是…(三是…), restarting per area (2 + 3 + 2 = 7); the 巡察组建议 sentence is not a problem. Report (UTF-8): the common 关于“…”的问题的整改情况 — seven headings, each with 整改措施： (1．2．3．) / 责任领导： / 责任科室： / 整改时限： / 整改成效： lines. GOOD REPORT.",
    problems=["监督工作刚性不足", "代表工作服务保障不够", "机关财务管理不规范", "公务接待把关不严", "廉政风险防控流于形式", "机关党组织生活不规范", "干部队伍建设统筹不够"],
    traps=["一是/二是 restart in each area paragraph: counting 一是 alone gives 3, counting all inline ordinals gives 7.", "整改措施 numbered 1．2．3． inside each item must not be taken as new problems or new items.", "13 of 38 suggestions remain open and are said to be open — not an inconsistency."],
    may=["（五） and （六） have no one sanctioned; nothing the feedback names there is misconduct, so none is expected."])

# ---------------------------------------------------------------------------------------------------------------
G["p10"] = dict(unit="薸阳县商务局党组", issues=7, unanswered=[], dates=((2024, 11, 5), (2025, 3, 14)), must_flag=[
    F("copied-measure", 3, "三、's whole answer turns the problem into promises (规范资金拨付程序，坚决杜绝项目未完工验收即拨付全部补助资金的问题…确保资金安全): nothing on the 236万 or the unbuilt 冷链 project."),
    F("no-deadline", 4, "四、's bracket gives “完成时限：根据联合执法工作进展适时完成” while 2 非法加油点 are only 移交 and the 联合执法机制 is still 研究: no date; every other item has one."),
    F("late-report", None, "Feedback 2024-11-05 with a 三个月内 limit (2025-02-05); report dated 2025-03-14: 129 days."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人: “将反馈的问题按照职责分工分解到各业务股室，由各股室牵头…局办公室负责跟踪进度”, though the feedback asked for both; the 党组书记 appears only as 责任领导 of two items."),
], must_not_flag=[
    F("no-disclosure", None, "八、: 县人民政府门户网站."),
    F("inconsistent-claim", None, "No all-done claim; open items (加油点, 联合执法, 3 more 党组织) are stated as open; 4.6万 and 1.6万 recovered as stated."),
    F("copied-measure", 5, "Opens by restating the problem (针对以招商引资名义在酒店宴请客商的问题) and then acts: 1.6万 退赔, 诫勉, 批评, a revised rule."),
    F("no-accountability", 5, "投资促进股股长 诫勉谈话, 2 批评教育, 1.6万 退赔."),
    F("no-accountability", 7, "Few Party organisations in firms: no wrongdoing, nobody to hold to account."),
    F("no-mechanism", 1, "《县级消费券发放和核销监管办法》."),
    F("no-mechanism", 5, "修订《招商引资接待管理办法》."),
    F("no-mechanism", 6, "修订《局党组会议议事规则》."),
    F("no-deadline", 7, "2025年6月30日."),
    F("no-owner", 4, "副局长鄂晴川 (the gap there is the time limit)."),
    F("unanswered-issue", 3, "Answered, if only by copied promises."),
], links=[
    L("查实3家商家虚构交易套取补贴4.6万元", 1), L("已于2024年12月全部兑现", 2), L("坚决杜绝项目未完工验收即拨付全部补助资金的问题", 3),
    L("已取缔2处", 4), L("无公函和超标准陪同的费用1.6万元已由参加人员全部退赔", 5), L("明确议题须在会前2天送达参会人员", 6),
    L("已新建企业党组织2个", 7)])
N["p10"] = dict(
    forms="Feedback: formal 反馈意见 (UTF-8) with areas 一、二、三、…方面 and continuous 1．–7． heading lines, each followed by an unlabelled detail line; 四、整改要求 is not a problem. Report (UTF-8): 一、关于…的问题 (no quotes) to 七、, each with 一是…二是… and a bracket (责任领导；完成时限), 八、下一步工作打算 with disclosure.",
    problems=["促消费政策落实效果不明显", "服务外贸企业不主动", "专项资金拨付把关不严", "成品油市场监管缺位", "违反中央八项规定精神问题仍有发生", "党组议事规则执行不严", "机关党支部作用发挥不充分"],
    traps=["The report's headings repeat the feedback's wording without quotes.", "五、 opens with the problem restated and then acts — not copied.", "局党组先后2次听取…汇报 is not a 领导小组 nor 第一责任人."],
    may=["一、: the merchants repay 4.6万 and lose eligibility, but no staff member is dealt with for never checking (局里没有开展核查) — the feedback's 相关责任人 could mean either, so neither flagged nor excluded.", "三、: with nothing done on 236万, no-accountability #3 and no-mechanism #3 are also true; the copied measure is the plain gap.", "四、: the 联合执法机制 is only being 研究 — no-mechanism #4 is arguable."])

# ---------------------------------------------------------------------------------------------------------------
for name, g in G.items():
    out = {"mode": "pair", "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    n = N[name]
    fb, rp = g["dates"]
    d = days(fb, rp)
    lines = [f"# {name} (d46-{name[1:]}) — {g['unit']}", "", "## Forms", n["forms"], "",
             f"Dates: feedback {datetime.date(*fb)}, report {datetime.date(*rp)} — {d} days "
             f"({'LATE' if d > 92 else 'inside three months'}).", "",
             "## Problems in feedback order"]
    lines += [f"{i}. {p}" + ("  — **not answered**" if i in g["unanswered"] else "") for i, p in enumerate(n["problems"], 1)]
    assert len(n["problems"]) == g["issues"], name
    lines += ["", "## must_flag" + (" — none (good report)" if not g["must_flag"] else "")]
    lines += [f"- `{f['kind']}` #{f['issue'] if f['issue'] is not None else '—'}: {f['why']}" for f in g["must_flag"]]
    lines += ["", "## must_not_flag"]
    lines += [f"- `{f['kind']}` #{f['issue'] if f['issue'] is not None else '—'}: {f['why']}" for f in g["must_not_flag"]]
    lines += ["", "## links (exact substrings of the report's visible text)"]
    lines += [f"- #{l['issue']}: {l['measure']}" for l in g["links"]]
    lines += ["", "## Traps"] + [f"- {t}" for t in n["traps"]]
    lines += ["", "## May report (debatable; not gold)"] + [f"- {t}" for t in n["may"]]
    with open(os.path.join(ROOT, name, "notes.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links; {d} days")
