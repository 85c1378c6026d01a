"""Write p01..p10/gold.json (dev-pairs gold format) for dev89. The gold is hand-judged; this file only keeps it in one
place. Modelled on dev44's make/gold.py. Debatable points ("may report") are not gold: they are in each pair's notes.md,
because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蘅州银行股份有限公司党委 (市属城市商业银行), 市委第三巡察组. Feedback TXT: formal 反馈意见, 一、巡察发现的主要问题 with
# areas （一）（二）（三）…方面 and continuous 1．–8．; 二、意见建议 （一）–（四） are not problems. Report DOCX: organisation,
# totals, answers grouped by the three areas (N．关于…的问题 + 一是…二是…), then general sections 追责问责 and 建章立制, and
# an annex Word table 整改任务清单 holding every owner and time limit. GOOD REPORT.
G["p01"] = dict(issues=8, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党委书记、董事长郗伯衡 heads the 领导小组 as 第一责任人, approved the plan, chaired 5 meetings, 2 site visits, 当面督办."),
    F("late-report", None, "Feedback 2025-03-18, report 2025-06-10: 84 days, inside the three months the feedback sets."),
    F("no-disclosure", None, "五、二是: the report goes on the bank's official website and every branch notice board."),
    F("inconsistent-claim", None, "36 measures = 33 done + 3 named ongoing (小微占比, 2户处置, 4 rotations) matching the annex; 党纪1 + 诫勉3 + 批评4 as itemised in 三; 9 rules named in 四; 11 − 7 = 4 rotations left."),
    F("no-owner", 1, "Owner only in the annex row 1: 副行长亓书澜."),
    F("no-owner", 4, "Owner only in the annex row 4: 纪委书记邴晓岚."),
    F("no-owner", 6, "Owner only in the annex row 6: 副行长扈云舟."),
    F("no-deadline", 2, "Annex row 2: 排查 2025-05-31, 处置 2025-12-31."),
    F("no-deadline", 7, "Annex row 7: 查核 2025-04-30, 轮岗 2025-09-30."),
    F("no-deadline", 1, "Annex row 1: 2025-12-31 for the ongoing 占比 target."),
    F("no-accountability", 2, "Section 三: 授信审批部总经理 诫勉谈话, 客户经理 批评教育 for the 展期 without 重新评级."),
    F("no-accountability", 4, "Section 三: the former 行长 given 党内警告处分 after a 纪委 review."),
    F("no-accountability", 5, "38.7万 清退 in the item; section 三: 2 分行 leaders 诫勉谈话."),
    F("no-accountability", 6, "Section 三: 2 heads of 信息科技部 批评教育 for splitting contracts."),
    F("no-accountability", 1, "A service shortfall (loan shares, growth rates): no wrongdoing, nobody to hold to account."),
    F("no-mechanism", 2, "Section 四: 《大额贷款展期和重组管理办法》 and the revised 《统一授信管理办法》."),
    F("no-mechanism", 4, "Section 四: 《员工亲属回避管理规定》 (and the revised 员工行为守则)."),
    F("no-mechanism", 6, "Section 四: 《集中采购管理办法》《采购项目验收管理规定》."),
    F("vague-measure", 8, "Opens with 坚持党建引领，推动党建和业务深度融合 but then acts: 组织部 visits each of 14 支部, monthly topics, 2 换届 done in April."),
], links=[
    L("单列小微企业信贷计划96亿元", 1), L("对两户房地产开发企业的4.2亿元展期贷款重新评级", 2),
    L("给予时任授信审批部总经理诫勉谈话", 2),
    L("对2023年监管检查指出的4个未整改到位问题逐一重新整改", 3), L("实行调查、审查、审批“三岗分离”", 4),
    L("经行纪委审查，给予其党内警告处分", 4), L("分拆列支的业务招待费38.7万元已全部清退", 5),
    L("组建由财务、审计、科技部门组成的联合验收小组", 6), L("已对任职超过8年的11名网点负责人轮岗7名", 7),
    L("2个逾期支部已于4月完成换届", 8)])

# p02 蓂阳市轨道交通集团有限公司党委, 市委第五巡察组. Feedback: HTML news page of the 纪委监委 website (chrome, 相关链接,
# footer) with all problems inline 一是…七是 in one paragraph; 一要…三要 are requirements. Report TXT GB18030: totals,
# answers grouped by three own areas (围绕…抓整改) with N．关于…的问题, a general 追责问责和建章立制 section, and an annex
# ｜-row 整改台账 holding owners and time limits.
G["p02"] = dict(issues=7, unanswered=[], must_flag=[
    F("no-accountability", 4, "The advertising subsidiary let station ad space below valuation to a person tied to its own head: the report cancels and re-lets the contracts and sends in a finance director, but nobody is dealt with — neither in the item nor in the 追责问责 list, which names people for 3, 5 and 6 — though the speech asked 对问题背后的责任人员依规依纪严肃处理."),
    F("no-deadline", 1, "The only open problem (站城融合, 3 measures still running) has 完成时限 “与三号线二期工程同步推进” in the annex: no date; every other row has one."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记、董事长缪承岳 heads the 领导小组 as 第一责任人, 3 党委会 + 6 meetings, 4 site visits."),
    F("late-report", None, "Feedback 2025-04-22, report 2025-07-14: 83 days."),
    F("no-disclosure", None, "四、三是: published on the group's website."),
    F("inconsistent-claim", None, "29 = 26 done + 3 ongoing, all three in 站城融合 (annex row 1 is the only 正在推进); 党纪1 + 诫勉2 + 批评3 itemised; 9 rules named."),
    F("no-accountability", 3, "Section 三: 工程管理部部长 党内警告, 项目负责人 诫勉谈话."),
    F("no-accountability", 5, "21.3万 退赔; section 三: 办公室主任 诫勉谈话, the car user 批评教育."),
    F("no-accountability", 1, "A delay in planning and land work: no wrongdoing named."),
    F("no-accountability", 7, "Party-building formalism: no wrongdoing named."),
    F("no-mechanism", 3, "修订《工程设计变更管理办法》 with a 500万 threshold for 党委前置研究."),
    F("no-mechanism", 4, "《所属企业经营性资产出租管理办法》 (the gap there is accountability)."),
    F("no-owner", 1, "Annex row 1: 党委副书记、总经理宿向晨 (the gap there is the time limit)."),
    F("no-owner", 4, "Annex row 4: 总会计师宓素琴."),
    F("no-deadline", 7, "Annex row 7: “2025年6月30日，此后长期坚持”."),
    F("no-deadline", 2, "Annex row 2: 2025-06-30, 已完成."),
], links=[
    L("成立三号线二期站点综合开发工作专班", 1), L("更换故障率较高的计轴设备46套", 2),
    L("对累计2870万元的设计变更逐项复核", 3), L("给予时任工程管理部部长党内警告处分", 3),
    L("对以低于评估价出租的合同依法解除", 4), L("超标准列支的21.3万元已由相关责任人员全部退赔", 5),
    L("对3名试用期满未考核即转正的中层干部补充考核", 6), L("与6家施工单位重新签订党建联建协议", 7)])

# p03 薿城日报社（报业传媒集团）党委, 市委第二巡察组. Feedback DOCX: bold （一）–（八） heading paragraphs + detail; 二、整改意见
# 一是…四是 not problems. Report: public HTML 集中整改进展情况的通报 on the paper's site; answers by three own areas with
# 1．–7．关于“…”的问题 (feedback （六） skipped, so the report's 6． is feedback （七）); owners stated once per area
# (“以上两方面的整改由…牵头负责”), one deadline for all in 一、（二）.
G["p03"] = dict(issues=8, unanswered=[6], must_flag=[
    F("unanswered-issue", 6, "印务公司 losses (1240万) and the off-book idle printing equipment sold without valuation: no item, no sentence — the report's 6． is the feedback's （七）."),
    F("copied-measure", 2, "The answer on media convergence only turns the feedback's words into a promise (加快推进媒体深度融合发展，提高全媒体采编平台使用率…巩固主流舆论阵地): nothing done about the 1860万 platform or the app."),
    F("no-mechanism", 4, "Fees paid in cash without signatures and a 9.6万 welfare payout under a false name: the money is recovered and past fees tidied up, but no 稿酬/财务 rule is made or revised, while the feedback's 整改意见 asks to 加强财务…管理 and the other substantive items each name a rule."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记、社长蒯望舒 heads the 领导小组 as 第一责任人, 7 meetings, 直接过问、直接督办."),
    F("late-report", None, "Feedback 2024-10-15, 通报 2025-01-08: 85 days."),
    F("no-disclosure", None, "A public 通报 on the paper's site with a comment period, phone, address and e-mail."),
    F("inconsistent-claim", None, "31 = 29 done + 2 long-term; 诫勉3 (2 + 1) and 通报批评4 match the items. It never claims all 8 problems are done."),
    F("unanswered-issue", 7, "Answered under the report's own number 6．关于“用人管理不规范”的问题 — the positional match is wrong, the content match is right."),
    F("unanswered-issue", 8, "Answered as the report's 7．."),
    F("no-owner", 1, "Owner given once for the area: “以上两方面的整改由党委副书记、总编辑闵若川牵头负责”."),
    F("no-owner", 3, "Area owner: 纪委书记相清和."),
    F("no-owner", 8, "Area owner: 党委副书记翟秋实."),
    F("no-deadline", 3, "One deadline for all: “全部整改措施于2024年12月31日前完成”."),
    F("no-deadline", 7, "Same single deadline; the item is done."),
    F("no-accountability", 3, "The 2 reporters 诫勉谈话 and moved off reporting."),
    F("no-accountability", 5, "The reporter who accepted the banquet 诫勉谈话 and 全社通报."),
    F("no-mechanism", 3, "修订《采编与经营分开管理规定》."),
    F("no-mechanism", 7, "《编外用工管理办法》."),
    F("copied-measure", 1, "The heading quotes the feedback (关于“落实意识形态工作责任制不够到位”的问题) but the answer is acts: 通报批评, system-logged signatures, a named comment moderator."),
], links=[
    L("实行值班总编当班签字", 1), L("提高全媒体采编平台使用率", 2), L("对返点比例偏高的1份合同终止履行", 3),
    L("以“通联费”名义发放的9.6万元已全部收回", 4), L("采访车辆实行统一调度，节假日封存", 5),
    L("37名聘用制记者劳动合同已全部续签", 7), L("6个党支部缺额委员已全部增补到位", 8)])

# p04 藠川重型机械集团有限公司党委, 市委第一巡察组. Feedback TXT UTF-8 CRLF: the 组长's 反馈会 speech with 第一，…第七，;
# the praise and 原因 paragraphs and 一要…三要 are not problems. Report: a short PLAINLY WEAK report by three themes with
# “针对……的问题” paragraphs, a 责任分工 paragraph by item number and one deadline for all.
G["p04"] = dict(issues=7, unanswered=[], must_flag=[
    F("weak-leadership", None, "No 领导小组, no 第一责任人: “由集团办公室牵头汇总整改情况，各部门按照职责分工抓好落实”; the 党委书记 appears only as owner of item 2, though the speech asked for both."),
    F("no-disclosure", None, "The speech asks to publish the rectification; the report never does (the 厂区公示栏 shows the hazards found in the safety check, not the rectification)."),
    F("copied-measure", 1, "The answer restates the feedback as intentions (加大研发投入，提高研发投入强度，积极推进“专精特新”企业培育，加快核心零部件自主研发): no figure, no project, no plan."),
    F("vague-measure", 4, "废钢 sold to one buyer for 4 years below market, brands written into specs: only 进一步规范…强化…坚决杜绝…切实维护 — no tender, no price check, no person."),
    F("repeated-measure", 6, "The 人才 answer is a boilerplate paragraph (坚持党管干部、党管人才原则…营造风清气正的良好政治生态) pasted again under 7; nothing on the 41 departures or the two couples in one 科室."),
    F("repeated-measure", 7, "The 基层党建 answer repeats 6's paragraph word for word, plus one training session."),
    F("no-accountability", 3, "The feedback says the accident report found 违章指挥 and nobody was held to account; the answer is a safety check and training, still nobody dealt with, though the speech demanded 该追责的要严肃追责."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-02-20, report 2025-05-12: 81 days."),
    F("no-owner", 4, "三、: 第四项由分管采购的副总经理韦知远牵头 (the gap there is the slogan answer)."),
    F("no-owner", 6, "三、: 第六项和第七项由党委副书记相子衿牵头."),
    F("no-owner", 2, "三、: 第二项由党委书记、董事长乜振东牵头."),
    F("no-deadline", 3, "One deadline for all: 力争在2025年6月底前全部完成."),
    F("no-deadline", 5, "Same single deadline."),
    F("no-mechanism", 2, "修订《集团“三重一大”决策制度实施办法》."),
    F("no-mechanism", 5, "修订《公务接待管理办法》."),
    F("no-accountability", 5, "工会主席 诫勉谈话 and 31.2万 returned."),
], links=[
    L("积极推进“专精特新”企业培育", 1), L("对2项对外投资补充履行了党委研究程序", 2), L("排查整改隐患63项", 3),
    L("进一步规范废旧物资处置行为", 4), L("责令相关人员退回31.2万元", 5),
    L("针对人才队伍建设的问题，集团党委坚持党管干部", 6), L("组织支部书记参加集中培训1次", 7)])

# p05 蒨山监狱党委 (a provincial prison), 省监狱管理局党委第二巡察组. Feedback TXT GB18030: areas 一、二、三、…方面 with
# RESTARTING 1．2．(3．) (3 + 3 + 2 = 8); 四、整改意见 （一）–（四） not problems. Report UTF-16 LE BOM CRLF: by the prison's
# six work lines （一）–（六） (教育改造, 监管安全, 劳动改造和生活卫生, 执法规范化, 作风纪律, 队伍建设), general sections on
# accountability and rules, and a 责任分工和完成时限 paragraph that gives owner and date per work line.
G["p05"] = dict(issues=8, unanswered=[], must_flag=[
    F("no-accountability", 5, "Shop prices 18% over market and profits unaccounted for: prices cut, an audit finds 14.2万 off the books and brings it in, yet nobody is named or dealt with — not in the item, not in 三、 — though 整改意见（二） asks to 严肃追究责任 for 狱内经营."),
    F("no-deadline", 7, "5 of the 8 long-serving officers in key posts are still to rotate (“结合年度干部调整逐步轮岗”) and the 队伍建设 line's only time limit is “长期坚持”: no date for a concrete open task."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记、监狱长邝振川 heads the 领导小组 as 第一责任人, 6 meetings, 9 visits, 约谈 two 监区 heads."),
    F("late-report", None, "Feedback 2025-05-27, report 2025-08-19: 84 days."),
    F("no-disclosure", None, "六、: reported to all staff and to be published on the 省监狱管理局 website."),
    F("inconsistent-claim", None, "警告1 (#6), 停职1 (#4), 诫勉3 = 2 (#2) + 1 (#6), 移送1 (#2); 7 rules named; no all-done claim."),
    F("no-owner", 1, "五、: 教育改造 line → 副监狱长仇望岳."),
    F("no-owner", 5, "五、: 劳动改造和生活卫生 line → 副监狱长俞海澄 (the gap there is accountability)."),
    F("no-owner", 7, "五、: 队伍建设 line → 政委乔明远 (the gap there is the time limit)."),
    F("no-deadline", 3, "五、: 劳动改造和生活卫生 line, 2025-07-31."),
    F("no-deadline", 4, "五、: 执法规范化 line, 2025-08-15."),
    F("no-accountability", 2, "2 值班民警 诫勉谈话; the smuggling case 移送公安机关."),
    F("no-accountability", 4, "The officer is under 立案审查 by the 纪检监察组 and 停职."),
    F("no-accountability", 6, "Trip costs 退缴, organiser 诫勉谈话, the car user 党内警告处分."),
    F("no-mechanism", 5, "《狱内超市经营管理办法》《伙房食材采购比价制度》 (the gap there is accountability)."),
    F("repeated-measure", 3, "3 and 5 share the work line （三） but each has its own measures (考勤, 报酬 / 价格, 审计, 比价)."),
    F("repeated-measure", 5, "Same: distinct measures under a shared work line."),
    F("vague-measure", 1, "Opens with 坚持把改造人放在首位 but then acts: 评查, 4 监区 redo, 一人一档, 3 new counsellors."),
], links=[
    L("推行“一人一档”矫治方案", 1), L("对2部手机来源重新调查", 2), L("拖欠的罪犯劳动报酬已于6月全部补发", 3),
    L("评查案卷412卷", 4), L("将狱内超市商品价格调整至不高于周边市场价格", 5),
    L("费用3.4万元已由参加人员全部退缴", 6), L("已轮岗3名，其余5名结合年度干部调整逐步轮岗", 7),
    L("2025年确定发展对象4名", 8)])

# p06 蘐州市社会科学院党组, 市委第七巡察组. Feedback TXT: 问题清单 问题1：…问题6： + 具体表现：; the 整改要求 1．–3. are not
# problems. Report TXT UTF-8 CRLF: the 党组书记、院长's FIRST-PERSON 主要负责人组织落实整改情况报告, by four own areas with
# “对……的问题，由……牵头” paragraphs and one deadline for all (2025-03-15) in section 一. LATE.
G["p06"] = dict(issues=6, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2024-12-03, three-month limit 2025-03-03; the report is dated 2025-03-24: 111 days (its own text says 三个多月来)."),
    F("copied-measure", 5, "The 人才 answer restates the feedback's points as promises (提高正高级职称人员比例，防止青年科研骨干流失，严格规范职称评审程序): nothing done, not even on the reviewer who did not recuse himself."),
    F("no-owner", 3, "Every other problem names its leader (“由我亲自牵头”, 副院长栗晏清, 副院长谯文衡); the 意识形态 answer names only the 编辑部 and a rule, no responsible leader."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary writes as 第一责任人, heads the 领导小组, 5 + 4 meetings, 12 talks, leads 1 and 6 himself."),
    F("no-disclosure", None, "三、: published on the academy's website."),
    F("inconsistent-claim", None, "No totals contradict the items; 3 + 2 overdue projects = 5; 7 reports, 3 批示."),
    F("no-owner", 1, "“我亲自牵头”."),
    F("no-owner", 6, "“由我亲自牵头”."),
    F("no-owner", 5, "副院长栗晏清 (the gap there is the copied answer)."),
    F("no-deadline", 3, "One deadline for all in 一、: 各项整改于2025年3月15日前完成."),
    F("no-accountability", 2, "3.4万 returned; 课题负责人 批评教育."),
    F("no-accountability", 4, "2.1万 returned; 科研处负责人 诫勉谈话."),
    F("no-mechanism", 2, "修订《院级课题管理办法》."),
    F("no-mechanism", 3, "《学术讲座报告会审批管理办法》 (the gap there is the owner)."),
    F("no-mechanism", 4, "修订《学术会议管理办法》."),
], links=[
    L("建立“市领导出题、院里答题”的选题机制", 1), L("发给课题组内部人员的劳务费3.4万元已全部退回", 2),
    L("实行外审专家匿名评审", 3), L("超标准列支的会议费2.1万元已由参会人员退回", 4),
    L("提高正高级职称人员比例", 5), L("按研究所重新设置3个党支部", 6)])

# p07 第九地质大队党委 (a provincial geological survey brigade), 省地矿局党委第一巡察组. Feedback TXT: （一）–（七）
# heading。detail; 二、整改意见 一是…四是 not problems. Report DOCX: ONE deadline for all in 一、, answers grouped by three
# bold 聚焦… headings with 1．–7．, general sections 追责问责 and 建章立制, disclosure, and an annex Word table
# 整改任务责任分工表 with the owners. GOOD REPORT.
G["p07"] = dict(issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党委书记、大队长甄远山 heads the 领导小组 as 第一责任人, 6 meetings, 4 inspections."),
    F("late-report", None, "Feedback 2025-04-09, report 2025-06-30: 82 days."),
    F("no-disclosure", None, "五、: 门户网站 and 公示栏, 意见箱 and a 监督电话."),
    F("inconsistent-claim", None, "28 measures all at stage completion, 4 long-term = annex rows 1, 2, 6, 7; 党纪2 + 诫勉2 + 批评5 itemised in 三、; 1.6万 and 890万 match the items; 6 rules named."),
    F("no-deadline", 1, "One deadline for all (2025-06-20) + long-term rule in 一、."),
    F("no-deadline", 4, "Same single deadline; done."),
    F("no-deadline", 6, "Same single deadline; stage done, long-term."),
    F("no-owner", 2, "Annex row 2: 副大队长霍青岚."),
    F("no-owner", 5, "Annex row 5: 纪委书记邰正平."),
    F("no-owner", 3, "Annex row 3: 总会计师阎素秋."),
    F("no-accountability", 4, "三、: the 副队长 党内警告处分, 勘查公司经理 诫勉谈话."),
    F("no-accountability", 5, "三、: 项目部负责人 党内警告处分, the car user 诫勉谈话; 1.6万 returned."),
    F("no-accountability", 3, "三、: 3 finance staff 批评教育; 890万 returned."),
    F("no-accountability", 6, "An ageing cadre corps: no wrongdoing."),
    F("no-accountability", 7, "Missing temporary branches: no wrongdoing named."),
    F("no-mechanism", 3, "四、: 《地勘项目资金管理办法》《野外补贴发放管理规定》."),
    F("no-mechanism", 4, "四、: 《工程分包管理办法》."),
    F("no-mechanism", 7, "四、: 《流动党员和临时党支部管理办法》."),
], links=[
    L("对2个延期找矿项目成立技术攻关组", 1), L("实行“三违”行为累计记分", 2), L("对项目之间调剂使用的890万元逐笔清理", 3),
    L("终止与2个无资质施工队的合同", 4), L("给予负有领导责任的副队长党内警告处分", 4),
    L("混入伙食补助的吃喝费用1.6万元已由相关人员退回", 5), L("新提拔45岁以下中层干部4名", 6),
    L("7个野外项目部已全部建立临时党支部", 7)])

# p08 蘪城市外贸集团有限公司党委 (市属外贸进出口集团), 市委第四巡察组. Feedback: HTML page of the 廉政网 (table-layout chrome,
# 上一篇/下一篇) with all problems in one “但也存在一些问题：…；…等问题” sentence (7); the 一是…三是 after 巡察组要求 are
# requirements. Report TXT GB18030 CRLF: totals with an all-done claim, answers by four own areas with 一是… and a bracket
# (责任领导；完成时限), then general sections 追责问责 and 建章立制.
G["p08"] = dict(issues=7, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "“7个方面的问题已全部整改完成，32项整改措施全部落实到位”, while the platform is only 计划于2025年9月上线 (time limit 2025-09-30, after the report) and 8500万 of the overdue receivables are still being pursued in court."),
    F("no-accountability", 5, "21.6万 of export bonuses paid to the leadership: the report stops the payments and rewrites the pay rule, but nothing is paid back and nobody is dealt with (三、 names people for 2, 3 and 6 only), though the feedback said 该追回的资金要追回，该追责的要追责."),
    F("vague-measure", 4, "The answer on overseas staff and offices is slogans only (进一步加强…强化…切实防范…确保…): no expense review, no check of the offices, no rule."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记、董事长樊立言 heads the 领导小组 as 第一责任人, 4 + 5 meetings, visits."),
    F("late-report", None, "Feedback 2025-01-14, report 2025-04-10: 86 days."),
    F("no-disclosure", None, "五、: 已在集团门户网站公示."),
    F("no-owner", 4, "Bracket: 副总经理覃书远 (the gap there is the slogan answer)."),
    F("no-deadline", 1, "Brackets give dates (2025-09-30, 2025-03-31); the problem there is the all-done claim, not the time limit."),
    F("no-accountability", 2, "三、: 销售部2名负责人 批评教育 for continuing to ship on credit."),
    F("no-accountability", 3, "三、: 进口业务部经理 党内警告处分, 分管副总经理 诫勉谈话."),
    F("no-accountability", 6, "三、: the secretary's 检查 and the 市国资委党委's 诫勉谈话; one appointee removed."),
    F("no-accountability", 1, "A stalled platform: no wrongdoing."),
    F("no-mechanism", 3, "修订《代理进口业务管理办法》."),
    F("no-mechanism", 5, "修订《集团薪酬管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 6, "《集团党委讨论决定干部任免事项规则》."),
], links=[
    L("重启跨境电商公共服务平台建设", 1), L("对逾期应收账款逐户建立清收台账", 2), L("对4笔循环贸易全部终止", 3),
    L("强化境外机构监督", 4), L("停止向集团领导班子成员发放出口奖励提成", 5), L("提交党委会重新研究", 6),
    L("2家子公司党支部书记已于3月选配到位", 7)])

# p09 蘤阳化工集团有限公司党委, 市委第八巡察组. Feedback TXT: formal 反馈意见 with areas （一）（二）（三）…方面 and continuous
# 1．–9．; 二、整改建议 （一）–（四） not problems. Report: HTML 整改进展情况的通报 on the group's website (GB18030), owners
# listed once by feedback number in 一、, answers by area with the report's own 1．–8． and a (完成时限：…) bracket;
# the feedback's 3 (audit follow-up) is skipped, so the report's N． is the feedback's N+1 from 3． on. LATE.
G["p09"] = dict(issues=9, unanswered=[3], must_flag=[
    F("late-report", None, "Feedback 2024-09-24, three-month limit 2024-12-24; the 通报 is dated 2025-01-17: 115 days."),
    F("unanswered-issue", 3, "The 3 audit findings left open and reported as 已完成: no item, no sentence, and the owner list in 一、 also skips 第3个问题."),
    F("no-deadline", 2, "The unbuilt wastewater pre-treatment plant (an 环评 condition) is only at drawing stage with “完成时限：持续推进” — no date, while every other open task has one."),
    F("no-mechanism", 4, "Coal bought “点对点” without tender for years: one quarter's purchase was tendered, but no purchasing rule is made, although the 整改建议 asks to 健全内控制度 and the next item (pricing) does get one."),
    F("no-accountability", 5, "Sales below list price, ~680万 lost, the price set by one manager alone: the mechanism and a rule are changed, but nobody is dealt with, though the 整改建议 asks to 严肃追责问责 for 损害企业利益的行为."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记、董事长荀伯达 heads the 领导小组 as 第一责任人, 8 meetings, approved the plan."),
    F("no-disclosure", None, "A public 通报 on the group's website with a comment period, phone, e-mail and address."),
    F("inconsistent-claim", None, "38 = 32 done + 6 ongoing; it never claims every problem is done."),
    F("unanswered-issue", 4, "Answered as the report's 3．关于原料采购廉洁风险的问题 — positional shift after the skipped problem."),
    F("unanswered-issue", 9, "Answered as the report's 8．."),
    F("no-owner", 4, "一、: 第4、5个问题由副总经理向岱宗牵头."),
    F("no-owner", 8, "一、: 第7、8、9个问题由党委副书记柏汀兰牵头."),
    F("no-deadline", 9, "“完成时限：长期坚持” for a standing task already done (季度考核 started, 3 posts removed)."),
    F("no-deadline", 1, "Dated brackets (2025-03-31, 2025-06-30)."),
    F("no-accountability", 6, "办公室主任 诫勉谈话."),
    F("no-accountability", 7, "党内严重警告处分 and removal from post."),
    F("no-mechanism", 5, "《产品销售价格管理办法》 and a 价格委员会 (the gap there is accountability)."),
    F("no-mechanism", 6, "修订《公务接待管理办法》."),
    F("copied-measure", 1, "The heading restates the feedback's problem, but the answer is acts with dates (one unit dismantled, the other being closed)."),
], links=[
    L("1套落后产能装置已于2024年11月彻底关停拆除", 1), L("罐区2处重大危险源在线监测系统已修复", 2),
    L("对2024年第四季度的煤炭采购实行公开招标", 4), L("所有价格调整须经价格委员会集体研究决定", 5),
    L("已全部调回集团本部据实列支", 6), L("重新认定该干部的出生日期和入党时间", 7), L("持证上岗率提高到97%", 8),
    L("对“党员先锋岗”实行季度考核", 9)])

# p10 蘺州市高速公路建设开发集团有限公司党委, 市委第六巡察组. Feedback TXT GB18030: 1．–8． heading lines + 具体表现：;
# 二、整改意见 （一）–（四） not problems. Report DOCX: covering report with totals, general 追责问责 and 建章立制 sections,
# disclosure, and a Word-table 整改台账 grouped by three own areas (rows 1,2,5 / 3,4 / 6,7,8) with owner and date columns.
G["p10"] = dict(issues=8, unanswered=[], must_flag=[
    F("no-owner", 8, "Table row 8: 责任领导 is “—”, 责任部门 “各路段管理处党支部” — nobody in particular; every other row names a leader."),
    F("inconsistent-claim", None, "一、（三） says 追回多结算工程款1530万元, while table row 5 says only 980万 recovered and 550万 taken to court (and marks the row 正在推进)."),
    F("no-accountability", 3, "Over 2100 ineligible vehicles waved through, some of them toll staff's acquaintances: the answer tightens the checks and writes a 规程, but nobody is dealt with — 二、 names people for 2, 4, 5 and 6 only — though 整改意见（三） says 对违规放行车辆的人员严肃处理."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记、董事长庞启衡 heads the 领导小组 as 第一责任人, 7 meetings, site visits."),
    F("late-report", None, "Feedback 2025-05-08, report 2025-08-06: 90 days, two days inside three months (limit 2025-08-08)."),
    F("no-disclosure", None, "四、: published on the group's website after review."),
    F("no-owner", 3, "Table row 3: 副总经理柯望舒 (the gap there is accountability)."),
    F("no-owner", 5, "Table row 5: 党委副书记、总经理冀良弼."),
    F("no-deadline", 8, "“长期坚持” for a standing party-building task marked 已完成."),
    F("no-deadline", 4, "Table row 4: 2025-10-31."),
    F("no-accountability", 2, "二、: 项目经理 党内警告处分, 监理费 deducted."),
    F("no-accountability", 4, "二、: 经营开发部部长 党内警告处分."),
    F("no-accountability", 5, "二、: 2 审核人员 诫勉谈话, 4 engineers 批评教育."),
    F("no-accountability", 6, "二、: the 站长 诫勉谈话, 2 项目部负责人 批评教育."),
    F("no-mechanism", 3, "《绿色通道车辆查验操作规程》 (the gap there is accountability)."),
    F("no-mechanism", 4, "《服务区经营权招租管理办法》."),
    F("unanswered-issue", 5, "Answered in table row 5, placed third under 建设管理方面."),
], links=[
    L("成立征迁攻坚专班", 1), L("第3标段不合格路基已返工并复检合格", 2), L("绿通车辆实行“双人查验、全程录像”", 3),
    L("对2对服务区经营权重新评估", 4), L("对2个合同段结算重新审核", 5), L("超标准配备车辆已收回3辆", 6),
    L("已轮岗站长8名", 7), L("规范支部“三会一课”，清理党建品牌", 8)])

for name, g in G.items():
    out = {"mode": "pair", "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
