"""Write p01..p10/gold.json (dev-pairs gold format, mode "pair") for dev80. The gold is hand-judged; this file only
keeps it in one place. Modelled on corpus/dev44/make/gold.py. Debatable points ("may report") are not gold: they are in
each pair's notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 薁水县地方海事处党支部: formal 反馈意见, areas （一）（二）（三）…方面 + continuous 1．–7． heading。detail; 二、整改意见
# （一）–（三） are not problems. Report: public HTML 整改进展情况的通报, grouped by the feedback's three areas, each problem
# restated in the unit's own words ("关于…的问题"), 整改情况：一是… + bracket; 下一步 answers nothing.
G["p01"] = dict(issues=7, unanswered=[], must_flag=[
    F("no-accountability", 5, "The feedback names 检验员蔺某, who on his own waived 1.6万 of inspection fees for three boats run by his relatives. The report recovers the money, writes a waiver rule and adds a second check in the system, but says nothing about 蔺某: no sanction, no 回避, not even a talk. The 通报 counts only 诫勉1 and 批评4, and all five are under #4."),
    F("inconsistent-claim", None, "The stats paragraph says “7个问题已全部整改完成，21项整改措施全部落实到位”. Item 7 says one seconded officer is still being negotiated back (“另1人正在与借用单位协商，力争年底前回归”), and its 完成时限 is 2025-12-31, after the 2025-06-10 通报."),
], must_not_flag=[
    F("weak-leadership", None, "支部书记、处长邬沧澜 heads the 领导小组 and is named 第一责任人. He chaired 5 meetings and led 3 site checks, and the other team members own their areas."),
    F("late-report", None, "Feedback 2025-03-18, 通报 2025-06-10: 84 days, inside three months."),
    F("no-disclosure", None, "A public 通报 (公开方式：主动公开) with a comment period, phone, e-mail and address."),
    F("no-accountability", 4, "Beside #5: the meals are dealt with. The 检验科科长 gets 诫勉谈话, four others get 批评教育, and 0.38万 is paid back."),
    F("no-accountability", 2, "Slow certificate renewal is a service shortfall: nobody did wrong."),
    F("no-mechanism", 5, "《船舶检验收费减免审批规定》 plus a two-person check in the fee system. #5's gap is accountability, not rules."),
    F("no-mechanism", 1, "《乡镇渡口安全检查轮查办法》 sets monthly checks in flood season."),
    F("no-owner", 5, "责任领导：处长邬沧澜."),
    F("no-deadline", 7, "完成时限：2025年12月31日 is given. What is wrong with #7 is the “all done” claim."),
    F("copied-measure", 2, "The heading is restated in the unit's own words (“船员换证要件多、办理慢”) and the item gives acts: data sharing, no employer letter, 3 days, 63 cases averaging 2.4 days."),
    F("vague-measure", 3, "Concrete: two 支委会 on the subject, 27 reposted articles checked and 4 removed, a three-level review rule."),
], links=[
    L("为每处渡口建立“一渡一档”", 1), L("制定《乡镇渡口安全检查轮查办法》", 1), L("与县人民医院体检中心实现体检结果数据共享", 2),
    L("撤下来源不明的4篇", 3), L("参与人员已退缴餐费共计0.38万元", 4), L("确认3艘货船少收检验费1.6万元，已全部追缴入账", 5),
    L("2名预备党员已于4月按程序讨论转正", 6), L("14人已取得执法证件", 7), L("建立执法岗位编制使用台账", 7)])

# p02 蘅皋县环能生活垃圾焚烧发电有限公司党支部: 组长's 反馈会 speech, problems 第一，…第六，; the 原因 paragraph,
# 一要…三要 and the 移交/三个月内 sentences are not problems. Report: DOCX cover report + 附件 整改台账 as a Word table with
# vertically merged cells (问题类别 over rows 1–2 and 3–4b; 责任领导 over rows 1–2; 序号/反馈问题/责任领导 over #4's two rows).
G["p02"] = dict(issues=6, unanswered=[], must_flag=[
    F("no-owner", 3, "Ledger row 3 (outsourced maintenance staff working without safety training, an injury not reported) has 责任领导 “—” and 责任部门 “各部门、各班组”: nobody owns it. Every other row names a leader, directly or through a merged cell."),
    F("no-deadline", 6, "Row 6's 整改时限 is “视情推进”, while 9.2万 of the 15.6万 paid to staff is still to be clawed back (正在推进，已扣回6.4万元). A one-off recovery with no date."),
], must_not_flag=[
    F("no-owner", 2, "Row 2's 责任领导 cell is vertically merged with row 1's (支部书记、董事长乔慕白), so the Word text shows it empty but the owner is there."),
    F("no-owner", 4, "副总经理牛惠川, one merged cell over both of #4's measure rows."),
    F("no-deadline", 5, "“2025年5月31日前完成制度修订，此后长期坚持”: a date for the one-off part, 长期坚持 for the standing part."),
    F("no-deadline", 4, "Both of #4's rows are dated (2025-06-15, 2025-06-30)."),
    F("no-accountability", 6, "分管人事的副总经理 gets 诫勉谈话 and the 人力资源部部长 批评教育. The team's 3.6万 has been returned."),
    F("no-accountability", 3, "The 检修部经理 is 通报批评 with pay cut for hiding the injury (the gap there is the owner)."),
    F("no-accountability", 4, "物资供应部部长 诫勉谈话 for the split contracts."),
    F("no-accountability", 2, "The 总经理 explains himself at a 支部会议 and hands in a 书面检查."),
    F("no-mechanism", 3, "《外包作业安全管理规定》 revised, with 一人一卡 entry."),
    F("repeated-measure", 4, "#4 has two ledger rows with different measures under one merged problem cell. That is not a pasted measure."),
    F("weak-leadership", None, "支部书记、董事长乔慕白 heads the 领导小组 and is 第一责任人. He drew up the plan himself, approved the ledger, chaired 6 meetings and personally pushed two key tasks."),
    F("late-report", None, "Feedback 2025-04-22, report 2025-07-15: 84 days."),
    F("no-disclosure", None, "“整改情况已在公司厂务公开栏和县国资中心网站予以公开”."),
    F("inconsistent-claim", None, "The figures agree: 20 measures = 19 done + 1 (the staff claw-back). 10万 = 3.6万 + 6.4万. 诫勉2, 通报批评1, 批评教育1 and 书面检查1 match the rows, and so do the 6 rules."),
], links=[
    L("补齐缺失的转运联单37份", 1), L("支部对渗滤液处理站提标改造项目补做审查", 2), L("考试不合格的4人已清退", 3),
    L("确定2家中标供应商", 4), L("对拆分签订的4笔维修合同逐笔审查", 4), L("每次活动安排不少于1小时的集中学习研讨", 5),
    L("班子成员领取的3.6万元已全部退回", 6)])

# p03 蒗原县国家森林公园管理处党总支: formal 反馈意见 （一）–（七） heading。detail; 整改建议 一是…三是 not problems.
# Report (GB18030): the 党总支书记、主任's FIRST-PERSON 组织落实整改情况报告, organised by four work lines
# (以上率下 / 生态保护 / 管党治党 / 组织和队伍), not by the feedback; problems named in other words.
G["p03"] = dict(issues=7, unanswered=[4], must_flag=[
    F("unanswered-issue", 4, "Nothing in the report answers （四）: five concession contracts (游船, 观光车, 小卖部…) renewed at the old price without re-tender, and 7.4万 of fees unpaid. No work line mentions contracts, tenders, concessions or the arrears."),
    F("late-report", None, "Feedback 2024-08-26 asks for the reports within three months (by 2024-11-26). The report is dated 2024-12-20: 116 days."),
], must_not_flag=[
    F("unanswered-issue", 7, "Answered in other words: 生态管护员 for 护林员 and 顶岗 for 代为上岗, with 人脸识别签到, 2 dismissed, the station head 批评教育, and 串岗/脱岗 pay cuts."),
    F("unanswered-issue", 2, "Answered in the 管党治党 line: 31 talks, and the 责任书 extended to 8 科室 and 6 护林站."),
    F("unanswered-issue", 6, "Answered in the 组织和队伍 line: a new branch secretary elected, and 2 candidates sent back for recommendation."),
    F("weak-leadership", None, "A first-person report by the 书记、主任, who heads the 领导小组, chaired 7 meetings, went to sites 5 times and pushed two lagging sections face to face."),
    F("no-disclosure", None, "“整改情况已在管理处政务公开栏和县林业局门户网站公开”."),
    F("inconsistent-claim", None, "The report claims no totals, and its figures agree: 9 missing blowers = 5 recovered + 4 written off."),
    F("no-accountability", 5, "办公室主任 诫勉谈话; 3800元 paid back."),
    F("no-accountability", 7, "2 管护员 dismissed, the station head 批评教育, 2 staff lose a month's bonus."),
    F("no-accountability", 1, "3 护林站负责人 批评教育 for back-filled patrol records."),
    F("no-mechanism", 3, "《防火物资出入库管理办法》 with two-person sign-off and quarterly counts."),
    F("no-mechanism", 5, "《公务接待管理办法》 revised (公函、审批单、接待清单)."),
    F("no-owner", 3, "分管防火工作的副主任隗松涛牵头."),
    F("no-deadline", 1, "Done and dated (9月底前全部拆除)."),
    F("vague-measure", 2, "Opens with self-criticism but gives counts: 31 talks, 8 + 6 signatories."),
], links=[
    L("9月底前全部拆除", 1), L("为全部护林员配发了带定位功能的巡护终端", 1), L("累计31人次", 2),
    L("延伸签订到8个科室和6个护林站", 2), L("更换了2座瞭望塔损坏的视频监控设备", 3), L("制定《防火物资出入库管理办法》", 3),
    L("超标准部分共计3800元已由相关责任人全部退缴", 5), L("10月经党员大会选举产生了新的支部书记", 6),
    L("已退回重新履行推荐程序", 6), L("对查实长期顶岗的2名管护员已解除聘用", 7)])

# p04 蕤川县云岫山旅游客运索道有限公司党支部: 反馈意见 with areas 一、二、三、在…方面 and RESTARTING 1．2．(3．) →
# 2 + 3 + 2 = 7. Report (UTF-16 LE): answers BY NUMBER ONLY (“反馈意见第二部分第1条”), one paragraph for 第二部分第1条 +
# 第三部分第2条, accountability by number in a closing 追责问责 section (the second place #3, #4, #5, #7 are answered).
G["p04"] = dict(issues=7, unanswered=[], must_flag=[
    F("copied-measure", 2, "（二）第一部分第2条 only turns the feedback into a promise in its own words (“将切实推进景区‘一票通’联票改革，尽快接入县文旅服务平台，畅通游客投诉处理渠道，确保12345热线转办投诉按期答复”). Nothing is done and nothing is new, and the item's status is still open."),
    F("no-mechanism", 5, "第二部分第3条: the feedback stresses that the company has no cash-handling rule (“至今没有票务现金管理方面的制度”). The answer is a one-off check of past takings, a bank pick-up service and a count of manual tickets. No rule is made or revised, although every other substantive item names one (隐患销号办法, 前置研究清单, 选拔任用办法, 差旅考察规定, 三会一课记录规定)."),
], must_not_flag=[
    F("copied-measure", 1, "Opens by restating the problem (针对安全隐患整改超期、应急演练次数不足的问题) and then acts: 3 hazards fixed and rechecked, 2 drills, a rule."),
    F("copied-measure", 3, "The merged paragraph explains why it merges the two and then lists acts: an audit, a revised 事项清单, a supplementary 民主推荐, a new 选拔任用办法."),
    F("no-mechanism", 4, "《公司差旅费和外出学习考察管理规定》 revised."),
    F("no-mechanism", 6, "《党支部“三会一课”记录管理规定》 revised."),
    F("no-accountability", 5, "In the closing section, by number only: 售票班长 批评教育 (#5's gap is the missing rule)."),
    F("no-accountability", 4, "Answered in two places: the money in （四）, and the 综合部经理's 诫勉谈话 only in the closing section (“对第二部分第2条所涉外出考察活动…”)."),
    F("no-accountability", 3, "In the closing section: the 总经理 makes a self-criticism and hands in a 书面检查."),
    F("no-accountability", 7, "In the closing section: 综合部人事专员 提醒谈话."),
    F("repeated-measure", 3, "One merged paragraph answers 第二部分第1条 and 第三部分第2条 with distinct measures for each. It says why it merges them and pastes nothing."),
    F("repeated-measure", 7, "The same merged paragraph (the 民主推荐 and 转正考核 measures belong to #7)."),
    F("unanswered-issue", 7, "Answered only inside the merged by-number paragraph."),
    F("no-deadline", 2, "（二） has 完成时限：2025年10月31日 (its gap is the copied promise)."),
    F("no-owner", 2, "总经理亓鸣远."),
    F("weak-leadership", None, "支部书记、董事长岑望舒 heads the 领导小组 as 第一责任人, chaired 5 meetings, approved the plan and ledger, and personally followed two matters."),
    F("late-report", None, "Feedback 2025-05-12, report 2025-08-05: 85 days."),
    F("no-disclosure", None, "“本报告同时在公司门户网站和售票大厅公示栏公开”, with a phone number."),
    F("inconsistent-claim", None, "17 measures as listed (3+1+4+2+3+4), and 6 done + 第一部分第2条 open, which matches that item."),
], links=[
    L("3项隐患已于2025年5月底前全部更换和调试完毕", 1), L("将切实推进景区“一票通”联票改革", 2),
    L("委托会计师事务所对412万元合同执行情况进行专项审计", 3), L("总经理亓鸣远在支部会议上作出深刻检查", 3),
    L("与考察无关的支出0.86万元已由参加人员全部退缴", 4), L("对组织者综合部经理给予诫勉谈话", 4),
    L("与县农商银行协调开通上门收款服务", 5), L("对售票班长进行批评教育", 5),
    L("对“三会一课”记录中的代签问题逐一核实", 6), L("对2024年提拔的2名部门副经理补充进行民主推荐", 7)])

# p05 藟阳县文庙管理所党支部: 一、…六、 heading。detail; the 整改要求 paragraph is not a problem.
# Report: 关于…的问题 restated in own words + field lines; （五） one paragraph answering problems 5 and 6; a closing
# 建章立制和追责问责 section answering #1, #4, #6 a second time by number (第四个问题). GOOD REPORT.
G["p05"] = dict(issues=6, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "支部书记、所长闻人素秋 heads the 领导小组 as 第一责任人, 亲自部署/亲自审定, and supervised two items on site."),
    F("late-report", None, "Feedback 2024-10-15, report 2025-01-06: 83 days."),
    F("no-disclosure", None, "Published on the 县文化广电旅游局 website and the 公示栏, with a phone number."),
    F("inconsistent-claim", None, "5 done + #3 基本完成 (35 of 42 corrections, 7 dated 2025-03-31). 诫勉3 (#2, #4, #6) and 批评教育4 (#3, #4, two guards on #1). 6 rules, all named."),
    F("no-accountability", 4, "The sanctions come only in the closing section (“针对第四个问题，对个人保管文创收入的经办人给予诫勉谈话…”)."),
    F("no-mechanism", 4, "The rule also comes only in the closing section: 《文创产品销售及收入管理办法》."),
    F("no-accountability", 1, "Closing section: 2 guards lose a month's bonus and get 批评教育."),
    F("no-accountability", 6, "Closing section: the moonlighting employee gets 诫勉谈话 and hands back the pay."),
    F("no-accountability", 2, "原项目负责人 诫勉谈话, inside item （二）."),
    F("no-mechanism", 6, "Closing section: 《临聘人员管理办法》, 《在编职工兼职兼薪报告规定》."),
    F("no-deadline", 3, "完成时限：2025年3月31日 for the 7 inscriptions awaiting experts: an honest later date."),
    F("no-owner", 6, "The merged item's 责任领导 line names both: 书记 for #5, 副所长訾云帆 for #6."),
    F("repeated-measure", 5, "One paragraph answers #5 and #6 with distinct measures for each, and says so."),
    F("repeated-measure", 6, "Same merged paragraph."),
    F("unanswered-issue", 6, "Answered inside the merged item （五） and again in the closing section."),
], links=[
    L("更换大成殿压力不足的3具消防栓", 1), L("对夜间脱岗的2名值守人员扣发当月绩效并进行批评教育", 1),
    L("将棂星门修缮方案补报省文物局", 2), L("主讲人须经支部会议研究确定", 3),
    L("文创产品销售收入3.6万元已于2024年10月底全部缴入单位账户", 4), L("对个人保管文创收入的经办人给予诫勉谈话", 4),
    L("制定《文创产品销售及收入管理办法》", 4), L("于11月重新召开组织生活会", 5),
    L("与8名临聘讲解员全部签订劳动合同", 6), L("对在外兼职导游的职工给予诫勉谈话", 6)])

# p06 蘩溪县城市公共自行车服务中心党支部: 反馈意见 with areas 一、二、三、…方面 + continuous 1．–7． heading lines + detail
# lines. Report (CRLF): six named projects (“畅骑行”提质工程, “保证金安心”行动, …) in the unit's own order and words;
# “保证金安心”行动 answers #2 and #5 in one paragraph (押金 → 骑行保证金, 热线 → 服务专线, 接通率 → 接听率).
G["p06"] = dict(issues=7, unanswered=[], must_flag=[
    F("vague-measure", 3, "（五）“清朗站牌”行动, the answer to the ideological-work problem, is slogans under a project name: 牢固树立阵地意识, 切实扛起…政治责任, 进一步加强…管理, 全面提升内容把关能力, 确保…安全可控. No meeting held, no review rule, and the out-of-date board is not even taken down."),
    F("no-accountability", 6, "0.9万 of shopping cards went to the centre's own staff and were booked as 慰问品. The report gets the cards back, corrects the books and writes a welfare rule, but nobody who decided or booked it is dealt with. The feedback asked for 依规依纪严肃处理."),
], must_not_flag=[
    F("vague-measure", 1, "Opens with a slogan (坚持以人民为中心…) but then 18 new sites, 620 bikes replaced, the fault rate from 18% to 4.5%, and peak-hour dispatch."),
    F("no-accountability", 5, "The finance head who let the deposit be diverted gets 诫勉谈话, the deputy director 批评教育. It is in the merged “保证金安心” paragraph."),
    F("no-accountability", 4, "运维管理科科长 批评教育, and 8.6万 is deducted from the contractor."),
    F("no-mechanism", 6, "《职工福利和慰问品发放管理规定》 (#6's gap is accountability)."),
    F("no-mechanism", 5, "《骑行保证金专户管理办法》."),
    F("repeated-measure", 2, "“保证金安心”行动 answers #2 and #5 in one paragraph, with distinct measures for each."),
    F("repeated-measure", 5, "Same merged paragraph."),
    F("unanswered-issue", 2, "Answered in changed words: 骑行保证金 退还 in 3 working days, 服务专线 +2 seats, 接听率 96%."),
    F("unanswered-issue", 4, "Answered as “第三方运维绩效”考核 (outsourcing renamed): 8.6万 deducted, 6 indicators."),
    F("no-owner", 3, "支部组织委员籍雨桐 (#3's gap is the slogan)."),
    F("no-deadline", 1, "The remaining 11 sites are due 2025-08-31."),
    F("weak-leadership", None, "支部书记、主任鄢晓岚 heads the 领导小组 as 第一责任人, approved each project's task sheet, chaired 3 meetings and made 4 checks."),
    F("late-report", None, "Feedback 2025-02-24, report 2025-05-20: 85 days."),
    F("no-disclosure", None, "Published on the centre's WeChat account and the 县城市管理局 website, with a phone number."),
    F("inconsistent-claim", None, "6 done + #1 in progress. 21 + 18 = 39 sites, 11 left of 50."),
], links=[
    L("3月以来新建站点18个", 1), L("620辆车辆全部更换", 1), L("一律在3个工作日内办结", 2), L("服务专线增加2个坐席", 2),
    L("进一步加强对车身广告和站点宣传阵地的管理", 3), L("追扣运维服务费8.6万元", 4),
    L("42万元于3月全部归还保证金专户", 5), L("对保证金被挪用负有直接责任的财务负责人给予诫勉谈话", 5),
    L("已由职工全部退还", 6), L("重新布置为“红色驿站”", 7), L("支部确定3名一线青年职工为入党积极分子", 7)])

# p07 莼台县家畜改良站党支部: 组长's 反馈会 speech, problems inline 一是…六是 inside three 从…看 paragraphs; 一要…四要
# are requirements. Report: a short cover + 整改台账 as TEXT ROWS separated by ｜ (header + 6 rows × 7 fields).
G["p07"] = dict(issues=6, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "The cover says 追回不符合条件的补贴资金和违规收取的“出诊费”共计6.8万元. The ledger rows add up to 2.4万 (subsidies, row 1) + 1.9万 (出诊费, row 3) = 4.3万."),
    F("no-disclosure", None, "The speech requires the results to be made public (“四要…按规定公开整改情况”), and the report never says the rectification is or will be published. The only 公示 is the subsidy list in the village boards and the service phone numbers posted in villages. Both are work measures, not disclosure of the rectification."),
    F("no-deadline", 4, "Row 4's 完成时限 is “持续推进” while the one-off task of choosing a new liquid-nitrogen supplier is still open (供应商正在另行选择)."),
], must_not_flag=[
    F("no-deadline", 6, "“2024年12月31日前完成招聘计划报批，人才培养长期坚持”: dated step plus a standing task."),
    F("no-deadline", 2, "2024-11-15."),
    F("no-owner", 4, "Row 4 names 支部书记、站长聂孟秋 and 财务室主任乔月明 (the gap there is the time limit)."),
    F("no-accountability", 3, "分管副站长 诫勉谈话, 出纳员 批评教育."),
    F("no-accountability", 4, "The employee who did not declare the relative's firm gets 诫勉谈话."),
    F("no-accountability", 1, "The subsidy checker gets 批评教育."),
    F("no-mechanism", 4, "《物资采购管理办法》 and 《利益冲突报告和回避规定》."),
    F("no-mechanism", 3, "《站财务管理制度》 revised."),
    F("weak-leadership", None, "支部书记、站长聂孟秋 heads the 领导小组 as 第一责任人, approved the ledger, personally pushed the two money tasks, and visited 4 改良点."),
    F("late-report", None, "Feedback 2024-09-09, report 2024-11-28: 80 days."),
    F("unanswered-issue", 6, "Row 6: a recruitment plan for 3, a training agreement, mentoring."),
], links=[
    L("5户不符合条件的补贴资金2.4万元已全部追回并上缴县财政", 1), L("为4个无人值守的改良点重新选聘配种员", 2),
    L("举办全县乡镇配种员培训班2期", 2), L("即日起停止收取任何形式的“出诊费”", 3),
    L("对组织收取“出诊费”的分管副站长给予诫勉谈话", 3), L("与现有液氮供应商补签采购合同", 4),
    L("终止与职工亲属所办企业的供货关系", 4), L("支部委员会与站务会分开召开、分别记录", 5), L("拟招录畜牧兽医专业人员3名", 6)])

# p08 蔤江县科技信息研究所党支部: DOCX 反馈意见 with bold （一）–（七） heading paragraphs + detail paragraphs; 整改意见
# 一是…三是 not problems. Report: three own themes; paragraphs end with tags （问题N） / （对应问题3、问题5）.
G["p08"] = dict(issues=7, unanswered=[], must_flag=[
    F("repeated-measure", 2, "（问题2）(paper forms and on-site signing for 科技成果登记) gets only a paragraph about 3 study sessions and 23 essays. The same paragraph is pasted word for word under （问题6）, and only its lead-in clause differs."),
    F("repeated-measure", 6, "（问题6）(支委会 only 4 times, 主题党日 mixed with 所务会) repeats （问题2）'s study paragraph word for word after a different lead-in."),
    F("weak-leadership", None, "No 整改工作领导小组, no 第一责任人, no sign the 支部书记/所长 deployed, asked after or supervised anything: “研究所高度重视，及时召开所务会传达反馈意见…各科室按照职责分工抓好整改落实”. Only deputies appear as leads."),
], must_not_flag=[
    F("repeated-measure", 3, "One paragraph tagged （对应问题3、问题5） answers both, with distinct measures: a decision rule, the database re-review, a 书面检查 for #3, and contract and asset rules plus an asset count for #5."),
    F("repeated-measure", 5, "Same legitimate merged paragraph."),
    F("unanswered-issue", 5, "Answered only inside the merged paragraph (找回电脑7台、投影仪2台, 《固定资产管理办法》)."),
    F("no-accountability", 4, "4.8万 recovered; 业务科科长 批评教育."),
    F("no-accountability", 3, "The deputy who signed gives the 支部 a 书面检查."),
    F("no-mechanism", 4, "《科技特派员考核和补助发放办法》."),
    F("no-mechanism", 7, "《信息发布审核管理办法》 and a 三审 rule."),
    F("no-owner", 1, "副所长戚远航牵头."),
    F("no-deadline", 1, "2025年3月底前完成."),
    F("no-disclosure", None, "“整改情况已在县科技局门户网站和研究所公众号公开”."),
    F("late-report", None, "Feedback 2025-01-13, report 2025-04-08: 85 days."),
    F("inconsistent-claim", None, "No totals are claimed. 11 missing computers = 7 found + 4 written off, and both projectors are found."),
], links=[
    L("已走访企业48家", 1), L("为全县12名科技特派员建立“一人一档”服务台账", 1), L("针对便民服务问题", 2),
    L("对科技文献数据库采购事项补做集体研究", 3), L("已按规定追回工作补助4.8万元", 4), L("找回电脑7台、投影仪2台", 5),
    L("针对“三会一课”问题", 6), L("已撤下来源不明的2篇转载文章", 7)])

# p09 薢山县学生营养餐配送中心党支部: 反馈问题清单 (GB18030) 问题1：…问题7： + 具体表现：. Report: （一）–（六）关于…的
# 问题 with 一是… + bracket; report （五） is problem 5 under a reworded heading, report （六） is problem 7; 下一步 generic.
G["p09"] = dict(issues=7, unanswered=[6], must_flag=[
    F("unanswered-issue", 6, "问题6 (3 of 8 refrigerated delivery vans taken home, no mileage logs, fuel claims without receipts and fuel up 37%) is answered nowhere. The report has six items for seven problems and none mentions vehicles or fuel, and the 下一步 part is generic."),
    F("no-mechanism", 3, "The feedback says 中心至今没有制定采购管理办法. The answer is one tender, a 4.3万 refund and the buyer moved, and no rule is made. The other substantive items each make one (查验留样规定, 督导纪律规定, 三审 review system, 党费基数 yearly check)."),
], must_not_flag=[
    F("unanswered-issue", 5, "Answered under a reworded heading (关于宣传阵地把关不严的问题): two 专题研究, 3 corrections, a review system."),
    F("unanswered-issue", 7, "The report's （六） is problem 7 (组织生活会 redone, 党费 2100余元 made up), so the report numbering is off by one from here."),
    F("no-mechanism", 2, "《食材进货查验和留样管理规定》."),
    F("no-mechanism", 4, "《到学校督导检查工作纪律规定》."),
    F("no-accountability", 3, "The buyer is moved off purchasing and gets 批评教育 (#3's gap is the rule)."),
    F("no-accountability", 4, "2 team members 诫勉谈话, others 提醒谈话, 2860元 refunded."),
    F("no-accountability", 2, "The duty head for the missing sample days gets 批评教育."),
    F("no-owner", 3, "副主任宓东篱."),
    F("no-deadline", 3, "2025-08-31."),
    F("weak-leadership", None, "支部书记、主任费君仪 heads the 领导小组 as 第一责任人 (亲自部署/过问/督办), 5 meetings, 3 school visits."),
    F("late-report", None, "Feedback 2025-06-16, report 2025-09-05: 81 days."),
    F("no-disclosure", None, "Published on the 县教育局 website, with a phone number."),
    F("inconsistent-claim", None, "The report claims no totals, so nothing contradicts."),
], links=[
    L("按照每生每餐5元的标准足额配餐", 1), L("无证明的一律拒收", 2), L("制定《食材进货查验和留样管理规定》", 2),
    L("通过县公共资源交易中心公开招标，确定3家供应商", 3), L("与原供应商协商退还差价4.3万元", 3),
    L("按标准退还宴请费用共计2860元", 4), L("更正与事实不符的内容3处", 5), L("3名党员已补缴少缴的党费2100余元", 7)])

# p10 葙城县石油经营有限公司党支部: 反馈问题清单 （一）–（七） heading line + 问题表现：. Report: 关于…的问题 + five field
# lines in ANOTHER ORDER (1,4,6,3,2,5,7), some headings quoted, some reworded; a closing 追责问责 section (the only place
# #6's sanctions appear).
G["p10"] = dict(issues=7, unanswered=[], must_flag=[
    F("vague-measure", 2, "（五）关于“送油下乡”承诺未兑现的问题 is slogans only: 牢固树立服务意识, 主动融入…大局, 进一步强化…责任担当, 积极研究改进服务方式, 切实发挥好…作用. The two closed village outlets are not reopened and there is no delivery plan."),
    F("no-accountability", 4, "2.6吨 of diesel written off as 自然损耗 that 时任站长诸某 cannot account for. The report reverses the write-off, fits gauges and writes a loss rule, but nobody looks into where the fuel went and nobody is held responsible. The closing 追责问责 section names the card holders, the 总经理 and a 计量员, but not this. The feedback asked 查清责任、依规处理."),
    F("late-report", None, "Feedback 2024-07-08 sets three months (by 2024-10-08). The report is dated 2024-11-05: 120 days."),
], must_not_flag=[
    F("vague-measure", 5, "Opens with 深刻认识…极端重要性 but then two 专题研究, a 责任清单, the LED ads stopped, and a review rule."),
    F("no-accountability", 6, "The 2 card holders get 诫勉谈话 and 批评教育, but only in the closing section. Item （三） itself shows only the refund."),
    F("no-accountability", 3, "The 总经理 gets 提醒谈话 from the 县国资中心 (closing section)."),
    F("no-accountability", 1, "The 计量员 on duty gets 批评教育 and a bonus cut (closing section)."),
    F("no-mechanism", 4, "《油品损耗管理办法》 (#4's gap is accountability)."),
    F("no-mechanism", 1, "《卸油作业安全操作规程》 revised."),
    F("no-mechanism", 3, "《公司“三重一大”事项决策实施办法》 revised."),
    F("no-deadline", 2, "整改时限：2024年12月31日 (#2's gap is the slogans)."),
    F("no-owner", 2, "总经理滕子谦."),
    F("unanswered-issue", 6, "Answered under a reworded heading (关于单位加油卡由个人持有的问题), third in the report's order."),
    F("weak-leadership", None, "支部书记、董事长雷牧之 heads the 领导小组 as 第一责任人, chaired 6 meetings, made 4 station checks and directly pushed two tasks."),
    F("no-disclosure", None, "Published on the company website and the station notice boards."),
    F("inconsistent-claim", None, "6 done + “送油下乡” 持续推进, and the items show exactly that."),
], links=[
    L("对2座检测不合格的加油站油气回收装置进行整体更换", 1), L("卸油作业必须由计量员和安全员双人全程监护", 1),
    L("进一步强化国有企业服务“三农”的责任担当", 2), L("对罩棚和地下油罐改造项目补做支部前置研究", 3),
    L("为各站油罐加装液位仪", 4), L("2.6吨柴油的核销已予撤销", 4), L("停播未经核实的商业广告", 5),
    L("收回由个人长期持有的2张单位加油卡", 6), L("对长期持有单位加油卡并为私家车加油的2名员工", 6),
    L("2名党员的组织关系已于9月从原单位转入公司党支部", 7)])

for name, g in G.items():
    out = {"mode": "pair", "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
