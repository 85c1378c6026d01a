"""Write p01..p10/gold.json (dev-pairs gold format) for dev60. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev44/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蕹溪县委机要保密局党支部: 组长's 反馈会 speech, three sections each mixing praise, problems and a warning, problems
# in running prose (同时，/此外，), then 三点要求 that restate problems 1 and 5. Report organised by the unit's own WORK
# LINES (机要通信和密码 / 保密管理和监督检查 / 机关党建和作风), with problem 5 answered in two lines.
G["p01"] = dict(mode="pair", issues=6, unanswered=[3], must_flag=[
    F("unanswered-issue", 3, "保密宣传教育 (one county-wide training a year, 14 new 科级 cadres without 任前保密教育) appears in no work line: the only 培训 in the report is the 2 cipher staff's own qualification exam, which answers problem 6."),
    F("no-disclosure", None, "The speech asks that the rectification be 按规定在一定范围内公开; the report never publishes or circulates it (检查结果书面反馈被检查单位 is part of the 保密检查 measure, not disclosure)."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、局长昝怀瑾 heads the 领导小组, named 第一责任人, 4 推进会, 3 site checks of the 库房, 当面督办."),
    F("late-report", None, "Feedback 2025-03-18, report 2025-06-10: 84 days."),
    F("inconsistent-claim", None, "22 measures = 20 done + 2 named with a date; 0.86万 = 0.16万 + 0.7万; 诫勉1 + 批评教育2; 3 new + 1 revised rules, all named in the items."),
    F("unanswered-issue", 5, "Answered in two work lines: the car under 机要通信 (二（三）), the 加班餐 under 机关党建和作风 (四（二）)."),
    F("unanswered-issue", 6, "Answered under 机要通信和密码保障工作线 (qualification, the seconded clerk back)."),
    F("no-accountability", 1, "机要科科长 批评教育 for the unreturned files and the stale ledger."),
    F("no-accountability", 5, "原办公室主任 诫勉谈话 and 0.16万 paid personally; 0.7万 returned and the 经办人 批评教育."),
    F("no-mechanism", 1, "修订《局机关涉密载体管理规定》 with quarterly self-checks."),
    F("no-mechanism", 2, "《全县机关保密检查工作规程》: technical tools, 30% sampling, revisit within a month."),
    F("no-mechanism", 5, "《机关加班用餐管理规定》 and the 一车一单 rule."),
    F("no-owner", 2, "责任领导 訾南乔."),
    F("no-deadline", 2, "2025年8月31日 for the open second round of revisits."),
    F("vague-measure", 4, "Concrete: two 专题研究 meetings, a quarterly fixed item, talks redone with 一人一单 and signed records."),
], links=[
    L("2份未按时清退的涉密文件已于3月25日清退", 1), L("制定《全县机关保密检查工作规程》", 2),
    L("两次召开支部委员会专题研究党风廉政建设", 4), L("其余0.7万元由经办人退回", 5),
    L("机要通信专用车辆实行“一车一单”派车", 5), L("已于5月全部取得上岗资格证书", 6),
    L("被借调两年多的机要员已于4月15日回到原岗位", 6)])

# p02 薤川县盐业有限公司党支部 (state firm): feedback shaped like a 巡察情况报告 — 一、巡察工作基本情况 hides problem 1
# (the 2023 audit finding still open) in its background; 二、总体评价 previews the listed problems (not new ones);
# 三、发现的主要问题 （一）–（五） = problems 2–6; 四、意见建议 and 五、其他事项 are not problems. Report (GB18030): preamble
# + a Word table pasted as text, one cell per line (rows 1–5 = problems 2–6, row 6 = problem 1).
G["p02"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-owner", 5, "Row 4 (选人用人) names 责任领导 “公司领导班子” — a body, not a person; every other row names one leader."),
    F("no-deadline", 3, "Row 2 (改革转型) gives 整改时限 “根据市场情况逐步推进” while 3 of the 5 idle outlets are still only 拟 to be let; every other row has a date."),
    F("inconsistent-claim", None, "The preamble says “6个问题已全部整改销号…24条整改措施全部落实到位”, while row 6 is 正在推进 (18.4吨 still being checked, deadline 2025-09-30 after the report date) and row 2 is only 阶段性完成."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长亓伯衡 heads the 领导小组, 负总责, 第一责任人, 5 meetings, 3 site visits."),
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-12: 84 days."),
    F("no-disclosure", None, "“整改情况已在公司公示栏和县国有资产服务中心网站公布”."),
    F("unanswered-issue", 1, "The background audit problem is answered in the last row (清查小组, 20.2吨 explained and written off)."),
    F("no-owner", 1, "Row 6 (the audit problem): 亓伯衡."),
    F("no-owner", 6, "Row 5 (党建): 缪清越."),
    F("no-deadline", 6, "“2025年7月31日，此后长期坚持”."),
    F("no-deadline", 1, "2025年9月30日 (the open item is the claim's problem, not the date's)."),
    F("no-accountability", 4, "0.8万 returned by the 经办人; 财务部负责人 批评教育; 21.1万 recovered."),
    F("no-accountability", 5, "人力资源部负责人 诫勉谈话; one 中层 moved to a general post; relatives moved off linked posts."),
    F("no-mechanism", 2, "修订《党支部前置研究讨论重大经营管理事项清单》 and the 议题审核 rule."),
    F("no-mechanism", 4, "修订《公司财务报销管理办法》, 制定《应收账款管理办法》."),
    F("vague-measure", 3, "Concrete: 2 outlets under contract, a three-year plan with 9 new customers, 订单配送."),
], links=[
    L("已查明38.6吨差异中的20.2吨", 1), L("对仓库出租和物流车辆购置两个事项补充提交党支部会议研究", 2),
    L("其中2个已与乡镇供销社签订合作经营协议", 3), L("无法补票的0.8万元由经办人退回", 4),
    L("对2名直接任命的中层干部补充民主推荐和考察程序", 5), L("建立流动党员季度联系制度", 6)])

# p03 蔹山县光荣院党支部: formal 反馈意见 with three area headings and NO numbering — problems turn on 同时，/此外，/
# 另外，/还有，; one 同时 inside problem 3 continues the same problem. Report: a public HTML page, the secretary's
# Q&A (问：/答：), one answer for problems 2 + 7 and one for 4 + 5; published 110 days after the feedback.
G["p03"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("vague-measure", 6, "The only answer on 组织生活 (主题党日 replaced by business meetings, 3 members' 党费 short and not made up) is 将进一步严肃党内政治生活…增强…政治性、时代性、原则性、战斗性: no 主题党日 plan, no 党费 made up."),
    F("late-report", None, "Feedback 2025-04-09 asks for the report within three months (2025-07-09); the page is dated 2025-07-28: 110 days."),
], must_not_flag=[
    F("no-disclosure", None, "The whole report is a public page on the 县退役军人事务局 site, with a 监督电话."),
    F("weak-leadership", None, "The secretary: “成立了整改工作领导小组，我任组长，作为整改第一责任人”, 5 meetings, 4 township visits, 当面督办."),
    F("inconsistent-claim", None, "7 problems = 6 done + 1 (护理员持证) ongoing, named with 8月底; 2.9万 = 2.1万 + 0.8万; 诫勉1 + 批评教育2 (后勤主管, 会计); 4 rules named."),
    F("unanswered-issue", 7, "Answered inside the merged 看病/护理员 answer (courses, 2 certified, 双人值守)."),
    F("unanswered-issue", 5, "Answered inside the merged 伙食费/购物卡 answer (0.8万 returned)."),
    F("repeated-measure", 2, "One answer for 2 and 7, announced (“这两个问题我们放在一起改”), with parts specific to each."),
    F("repeated-measure", 7, "Same merged answer."),
    F("no-accountability", 4, "2.1万 paid back by staff; the 后勤主管 who let staff eat free 批评教育."),
    F("no-accountability", 5, "0.8万 returned; 分管副院长 诫勉谈话, 会计 批评教育, the secretary's own 书面检查."),
    F("no-mechanism", 7, "《护理员管理考核办法》."),
    F("no-mechanism", 4, "《院内伙食管理办法》."),
    F("vague-measure", 3, "Concrete: 14 risk points, a 防控清单, 《食品和物资采购验收规定》 with joint sign-off."),
    F("no-deadline", 7, "护理员持证 8月底前."),
], links=[
    L("目前已有14人新入住", 1), L("与镇卫生院重新签订巡诊协议", 2), L("找出廉政风险点14个", 3),
    L("职工按标准补交伙食费2.1万元", 4), L("春节前发放的0.8万元购物卡已由职工全部退回", 5),
    L("进一步严肃党内政治生活", 6), L("夜间实行每个楼层双人值守", 7)])

# p04 荇水县科技馆党支部: DOCX 反馈意见 with bold （一）–（六） headings, several BUNDLING two failings in one name
# (“…不到位，阵地作用发挥不充分”, “财务管理和资产管理不规范”), each followed by 具体表现： and restarting 1．2．3．
# sub-items (evidence, not problems); 二、整改意见 1．–4． not problems. Report: BY AREA with merged problems
# （二）= 2 + 4, （三）= 3 + 6, 一是…四是 inside. GOOD REPORT.
G["p04"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、馆长郜知远 heads the 领导小组, 负总责, 第一责任人, 6 meetings, site 督办."),
    F("late-report", None, "Feedback 2025-09-16, report 2025-12-08: 83 days."),
    F("no-disclosure", None, "馆内公示栏 and 县科协门户网站, 监督电话."),
    F("inconsistent-claim", None, "23 = 20 done + 3 named with dates; 诫勉1 + 批评教育2; 4 new + 2 revised rules named; the money figures match the items."),
    F("unanswered-issue", 6, "Answered inside area （三） (四是: 1.1万 上缴, 《门票收入管理规定》)."),
    F("unanswered-issue", 4, "Answered inside area （二） (三是, 四是)."),
    F("repeated-measure", 2, "Area （二） answers 2 and 4 with separate 一是…四是 items, not a pasted text."),
    F("repeated-measure", 4, "Same area, own items."),
    F("repeated-measure", 3, "Area （三） answers 3 and 6 with separate items."),
    F("no-accountability", 3, "原分管副馆长 诫勉谈话, 2.6万 核减, 4.6万 moved back."),
    F("no-accountability", 4, "2.3万 returned, 办公室主任 批评教育, the secretary's 检查."),
    F("no-accountability", 6, "1.1万 上缴, 财务人员 批评教育."),
    F("no-mechanism", 3, "《项目采购比选管理办法》, 修订《固定资产管理办法》."),
    F("no-mechanism", 4, "《公务用车使用管理规定》."),
    F("no-owner", 5, "郜知远 (党员发展, 岗位, 借调)."),
    F("no-deadline", 5, "Dates for each part; 党员发展 长期坚持 beside them."),
    F("no-deadline", 1, "展品返厂维修 2026-03-31, the rest 2025-11-30."),
    F("vague-measure", 2, "Concrete: two 专题研究, a 主体责任清单, 7 risk points, 四岗分设."),
], links=[
    L("补充安排流动科技馆进乡镇、进学校7场", 1), L("对展品维护外包项目开展廉政风险评估", 2),
    L("委托第三方机构对结算价格进行评审", 3), L("与科普无关的游览费用2.3万元已由参加人员全部退回", 4),
    L("已确定入党积极分子2名", 5), L("门票收入1.1万元已于10月全部上缴县财政", 6)])

# p05 苕岭县食品药品检验检测所党支部: 联动巡察 feedback split into 一、共性问题 1．–3． (system-wide, “检验检测所同样
# 存在”) and 二、个性问题 1．–4． restarting → problems 1–3 and 4–7; 三、整改要求 not problems. Report (UTF-16 LE BOM):
# the three 共性 problems answered TOGETHER (one shared rule-measure + 二是…四是), then 个性 （一）–（四）.
G["p05"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("copied-measure", 6, "（三） on the 加急费 only turns the feedback's words into a promise (今后一律按照经核定的收费目录收费，不再收取目录以外的加急费，确保收费依据充分): no review of the 5.4万, nothing done."),
    F("no-accountability", 7, "2 inspectors' paid outside work, one for a client whose samples the lab tests: the answer is resignation + 承诺书 + a rule; nobody dealt with, the income untouched, although 整改要求（三） asks to 依规依纪处理到人."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、所长芮秋禾 heads the 领导小组, 第一责任人, 4 meetings, 约谈 of two owners."),
    F("late-report", None, "Feedback 2025-10-21, report 2026-01-16: 87 days."),
    F("no-disclosure", None, "所内公开栏 and the 县市场监管局门户网站."),
    F("inconsistent-claim", None, "21 measures all done and no item says otherwise; 诫勉1 + 批评1 + 提醒1; 4 new + 3 revised rules = 7, all named."),
    F("repeated-measure", 1, "The shared 一是 rule answers problems 1–3 at once and the report announces it (作为一个整体合并整改); the other items are specific."),
    F("repeated-measure", 2, "Same shared answer."),
    F("repeated-measure", 3, "Same shared answer."),
    F("copied-measure", 4, "Opens by restating the problem (针对检验报告原始记录不完整…) and then acts: 1326 reports rechecked, 31 corrected, 2 withdrawn."),
    F("no-accountability", 4, "授权签字人 诫勉谈话, 检验员 批评教育."),
    F("no-mechanism", 7, "《职工兼职管理规定》 (the gap there is accountability)."),
    F("no-mechanism", 5, "《大型仪器设备购置论证办法》."),
    F("no-mechanism", 2, "《收费减免审批办法》 and the revised 内部控制管理制度."),
    F("no-deadline", 6, "“立行立改” is a time limit (the gap there is the copied measure)."),
    F("no-owner", 6, "芮秋禾 (the gap there is the copied measure)."),
], links=[
    L("把“第一议题”学习后研究落实措施", 1), L("把“第一议题”学习后研究落实措施", 2), L("把“第一议题”学习后研究落实措施", 3),
    L("每次学习后都结合检验检测业务形成落实措施清单", 1), L("梳理风险点19个", 2), L("删除表述不当的信息2条", 3),
    L("补正不完整记录31份", 4), L("液相色谱仪对外开放使用", 5), L("不再收取目录以外的加急费", 6),
    L("已于11月辞去有关企业的技术服务", 7)])

# p06 蘩阳县水产技术推广站党支部: 巡察“回头看” feedback — 一、上轮问题整改情况: 5 old problems named as settled (not
# problems) + 1．2． still open (problems 1–2); 二、新发现的问题 1．–4． restarting (problems 3–6); 三、整改要求 not problems.
# Report (UTF-8 CRLF): 上轮问题再整改 / 新发现问题整改 with PARAPHRASED headings (惠渔补助资金清收…, 车辆使用问题反弹…).
G["p06"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-mechanism", 2, "A problem that came back after the last round: the answer takes the fuel cards back, gets 0.7万 returned and parks the cars, but makes or revises no rule and sets no check, although 整改要求（一） asks for 管用的长效机制 for 屡改屡犯 problems; every other substantive item names a rule or a standing check."),
    F("inconsistent-claim", None, "“6个问题已全部整改完成，18条整改措施全部落实到位” while item （一） says the last 0.5万 is 正在执行程序中 and item （四） leaves one member under 限期改正."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、站长蒯仲伦 heads the 领导小组, 第一责任人, 4 meetings, 2 site checks, 直接督办."),
    F("late-report", None, "Feedback 2025-06-24, report 2025-09-15: 83 days."),
    F("no-disclosure", None, "站内公示栏 and the 县农业农村局门户网站."),
    F("no-mechanism", 1, "修订《补助资金发放审核细则》 with 双人实地核验, 集体审定, 公示 and the 纪检委员's spot checks — and it is shown applied (63 farms)."),
    F("no-mechanism", 5, "修订《“三重一大”事项集体决策实施办法》 with a 5万 threshold."),
    F("no-accountability", 1, "原推广股股长 诫勉谈话; money chased through the court."),
    F("no-accountability", 2, "0.7万 returned by the 2 staff, both 批评教育."),
    F("no-accountability", 5, "The 站长 was 提醒谈话 by the 局党组."),
    F("no-owner", 2, "郏立成 (the gap there is the mechanism)."),
    F("vague-measure", 4, "Concrete: a 专题会议, 9 rules checked, 2 given owners, a quarterly fixed item, a 书面检查."),
    F("copied-measure", 3, "The paraphrased heading is followed by acts (1 base rebuilt, 1 dropped and the figures corrected, 实名签到)."),
], links=[
    L("逐户实地核验养殖水面", 1), L("为私家车加油的0.7万元已由2名当事职工全部退回", 2),
    L("1个与当地养殖合作社共建、重新投苗40亩", 3), L("对上轮整改中建立的9项制度逐项检查执行情况", 4),
    L("修订《“三重一大”事项集体决策实施办法》", 5), L("支部书记对2名长期不参加组织生活的党员逐一谈心谈话", 6)])

# p07 薜城县国投物业服务有限公司党支部 (state firm): 反馈意见 (GB18030) with 1．–6． heading。detail, then 二、整改要求
# （一）–（五） that RESTATE problems 1, 2+4, 3, 6 as “针对……的问题，要……” (not new problems). Report organised BY STAGE
# (立行立改 / 集中整改 / 建章立制): most problems answered in two or three places; one generic paragraph pasted twice.
G["p07"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("repeated-measure", 1, "集中整改 1． (投诉) is the paragraph 组织召开专题会议，逐项梳理问题清单…整改完成一项销号一项, pasted word for word under 集中整改 4． (党建)."),
    F("repeated-measure", 5, "集中整改 4． (党建) repeats 1．'s paragraph verbatim; the real 党建 measure is elsewhere (党小组 under 建章立制)."),
    F("no-disclosure", None, "整改要求（五） asks to publish the rectification inside the firm and to the residents; the report never does (the quarterly 公告栏 公示 is of parking and service-fee accounts, part of problem 2's measure)."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长钭远舟 heads the 领导小组, 第一责任人, 亲自部署、亲自过问、亲自督办, 6 meetings, 4 site checks."),
    F("late-report", None, "Feedback 2025-07-08, report 2025-09-30: 84 days."),
    F("inconsistent-claim", None, "31 = 28 done + 3 named with dates; 4.7万 and 21万 match the items; 诫勉3 + 批评教育4; 6 rules named."),
    F("unanswered-issue", 5, "Answered under 建章立制 五是 (《项目部党小组设置和管理办法》, 3 党小组, 述职评议 by year end)."),
    F("repeated-measure", 3, "Answered in two stages with different content (contract ended and 诫勉 / tenders) — one problem in two places, not a pasted text."),
    F("repeated-measure", 6, "立行立改 4． and 建章立制 六是, different content."),
    F("no-accountability", 3, "副经理 诫勉谈话 and moved off 外包."),
    F("no-accountability", 4, "4.7万 recovered; 原总经理助理 诫勉谈话, 财务部经理 批评教育."),
    F("no-accountability", 6, "3 安全员 批评教育, 安全部经理 诫勉谈话."),
    F("no-mechanism", 2, "《经营收入和代收款项管理办法》."),
    F("no-mechanism", 6, "《消防设施检查和电梯维保管理办法》."),
    F("no-deadline", 3, "绿化 and 秩序维护 tenders: 10月底, 11月底."),
], links=[
    L("对2024年以来超期办理的41件投诉逐件回访", 1), L("3个小区的停车费收入21万元已全部纳入公司统一核算", 2),
    L("绿化外包合同已依法协商解除", 3), L("保洁外包已于9月通过县公共资源交易平台公开招标", 3),
    L("发放的4.7万元已从职工处全部收回", 4), L("按片区在8个项目部建立党小组3个", 5), L("整改隐患23处", 6)])

# p08 葳江县外事办公室党支部: feedback is the 巡察组's talk to the PRINCIPAL LEADER alone (双反馈), second person (你),
# praise first, problems in 从…看 paragraphs with 再就是/还有/另外 turns, one about “你本人”; 一是…三是 wishes not
# problems. Report (DOCX): the principal leader's first-person report organised by HIS OWN duty and then by EACH TEAM
# MEMBER'S AREA (副主任冼文澜 / 副主任逄秋实 / 机关党建和干部队伍).
G["p08"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-owner", 6, "（三）机关党建和干部队伍: “由班子成员共同负责，办公室具体承办” — no leader owns it, while the two other areas are headed by a named 副主任 and the secretary owns his own part."),
    F("late-report", None, "Feedback talk 2025-03-04 asks for reports within three months (2025-06-04); the report is dated 2025-06-20: 108 days."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary writes in the first person as 第一责任人: 领导小组 组长, 5 meetings, 直接督办 of two items, fortnightly reports."),
    F("no-disclosure", None, "“整改情况已在县人民政府门户网站公开”."),
    F("inconsistent-claim", None, "20 = 17 done + 3 named with dates; 2.7万 = 0.9万 + 1.2万 + 0.6万; 诫勉1 + 批评教育2; 4 rules named."),
    F("unanswered-issue", 4, "The leader's own problem is answered in part 一 (廉政谈话, the 信访件 checked and reported, 对照检查)."),
    F("no-owner", 4, "The secretary himself."),
    F("no-owner", 2, "Area of 副主任冼文澜 (heading)."),
    F("no-owner", 5, "Area of 副主任逄秋实 (heading)."),
    F("no-accountability", 2, "0.9万 + 1.2万 returned; 外事科科长 诫勉谈话."),
    F("no-accountability", 3, "The 科级 cadre 批评教育."),
    F("no-accountability", 5, "0.6万 退赔, 经办人 批评教育."),
    F("no-mechanism", 2, "《因公出国（境）团组行程和人员审核办法》."),
    F("no-mechanism", 4, "《党支部廉政谈话制度》."),
    F("no-deadline", 6, "2025年12月31日 (the gap there is the owner)."),
    F("vague-measure", 1, "Concrete: a 交流项目清单 per city, one online exchange, one 对接会, 2 意向书."),
], links=[
    L("与2个友好城市分别商定2025年交流项目清单", 1), L("超出批件的1名人员的出访费用1.2万元由其本人全额退回", 2),
    L("5本应交未交的因私护照已于3月20日全部收缴", 3), L("我与2名班子成员逐一开展廉政谈话", 4),
    L("补齐礼品清单1.2万元", 5), L("翻译岗位已向县委编办申请", 6)])

# p09 苴原县党员教育中心党支部: one feedback for 常规巡察 + 选人用人专项检查 + 意识形态专项检查, three parts with
# RESTARTING 1．2．… (4 + 2 + 2 = 8); the sentence on the last round's 5 settled problems and 四、整改意见 are not problems.
# Report: own PARAPHRASED headings （一）–（七） in another order (意识形态 → 选人用人 → 常规), problem 4 nowhere.
G["p09"] = dict(mode="pair", issues=8, unanswered=[4], must_flag=[
    F("unanswered-issue", 4, "“三会一课”台账 补记 (4 支委会 records written afterwards) has no heading or sentence; the 专题会议 under （二） answers 意识形态 (problem 8)."),
    F("no-accountability", 3, "0.9万 of over-standard hotel bills paid by the unit: the answer is 严格执行差旅费管理规定 and a new rule; nothing recovered, nobody dealt with, although 整改意见 2 asks to 追缴到位 and 依规依纪处理."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任冀明远 heads the 领导小组, 第一责任人, 5 meetings, weekly reports, 直接督办, 2 site checks."),
    F("late-report", None, "Feedback 2025-11-12, report 2026-02-06: 86 days."),
    F("no-disclosure", None, "“在中心门户网站公开”."),
    F("inconsistent-claim", None, "22 = 21 + 1 named (课件, 2026-03-31); courseware 9 + 7 + 8 = 24; 诫勉1 + 批评教育2; 6 rules named."),
    F("unanswered-issue", 8, "Answered under the paraphrased heading 把意识形态工作摆上支部议程."),
    F("unanswered-issue", 5, "Answered under 把好干部人事档案关口."),
    F("no-accountability", 2, "Overpayment offset; 原分管副主任 诫勉谈话."),
    F("no-accountability", 6, "分管副主任 批评教育; the 3 hires re-examined and 公示."),
    F("no-accountability", 7, "The 值守 staff member 批评教育."),
    F("no-mechanism", 3, "《外出拍摄经费管理规定》 (the gap there is accountability)."),
    F("no-mechanism", 7, "《党员教育平台评论审核管理办法》."),
    F("no-mechanism", 1, "站点运行情况月报制度."),
    F("no-deadline", 1, "站点 2025-12-31, 课件 2026-03-31."),
], links=[
    L("9个已维修恢复使用", 1), L("多预付的款项从后续进度款中抵扣到位", 2), L("制定《外出拍摄经费管理规定》", 3),
    L("以档案中最早记载为依据进行认定", 5), L("对2024年直接录用的3名摄像人员进行补充考核", 6),
    L("评论区从11月25日起全面实行先审后发", 7), L("开展意识形态领域风险研判1次", 8)])

# p10 蘼台县森林消防大队党支部: 反馈意见 （一）–（五） heading。detail + an ANNEX 立行立改问题清单 1．–3．, of which 2．
# repeats （三） (“已在反馈意见第（三）项中反映”) → 5 + 2 = 7 (annex 1． = problem 6, annex 3． = problem 7).
# Report: narrative under slogan headings “四个到位” (思想认识/责任落实/问题整改/建章立制), measures in 方面 paragraphs.
G["p10"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("weak-leadership", None, "No 领导小组, no 第一责任人, the 党支部书记 never appears: “大队召开队务会…整改工作由综合办公室牵头，各中队、各股室按照职责分工抓好落实”, though 整改要求 一是 asked for both."),
    F("vague-measure", 2, "The only answer on 主体责任 (中队党小组, 廉政教育, 中队长 监督) is slogans: 将切实扛起…进一步加强…持续深化…推动…延伸."),
    F("no-mechanism", 3, "装备物资: the 7 machines are traced and the 报废 paperwork done, but no rule on equipment accounts or disposal; 建章立制 lists five rules for every other area and none for this, although 整改要求 三是 names 装备."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-08-19, report 2025-11-10: 83 days."),
    F("no-disclosure", None, "“整改情况已在营区公示栏和县应急管理局门户网站公开” (the 伙食账 张榜 is a measure for problem 4)."),
    F("inconsistent-claim", None, "All items say 已完成 and none is open; 诫勉2 (代填 中队长, 当班 中队长) + 批评教育6 (2 + 1 + 1 + 2); 5 rules named."),
    F("unanswered-issue", 6, "Answered in the 立行立改 paragraph (contract ended, 1.2万 booked, 营房股股长 批评教育)."),
    F("unanswered-issue", 7, "Answered in the 立行立改 paragraph (alcohol out, 2 批评, 中队长 诫勉)."),
    F("no-mechanism", 4, "《队员伙食补助管理办法》《车辆和机具用油管理规定》."),
    F("no-mechanism", 5, "《队员训练考核办法》."),
    F("no-mechanism", 1, "《重点时段备勤管理办法》."),
    F("no-accountability", 3, "装备管理员 批评教育 (the gap there is the mechanism)."),
    F("no-accountability", 5, "代填 中队长 诫勉谈话."),
    F("no-accountability", 7, "2 队员 批评教育, 当班中队长 诫勉谈话."),
    F("no-owner", 1, "副大队长邰远山."),
    F("no-deadline", 3, "2025年10月15日."),
], links=[
    L("实行“双岗备勤”和大队领导轮流带班", 1), L("进一步加强对中队党小组的指导", 2),
    L("组织对大队和各中队的装备物资全面清点", 3), L("不再由中队代领", 4), L("对14名队员重新组织体能考核", 5),
    L("巡察期间已终止营区车库出租合同", 6), L("值班室存放的酒类已全部清出", 7)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
