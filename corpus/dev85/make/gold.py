"""Write p01..p10/gold.json (dev-pairs gold format) for dev85. The gold is hand-judged; this file only keeps it in one
place. Modelled on dev44's make/gold.py. Debatable points ("may report") are not gold: they are in each pair's notes.md,
because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 县城市更新服务中心党支部: formal 反馈意见, areas （一）…方面 + continuous 1．–7． heading。detail; 整改意见 （一）–（四)
# are not problems. Report: public HTML 整改进展情况的通报 on the 住建局 site, N．关于“…”问题的整改 + 整改情况： + bracket.
G["p01"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-accountability", 5, "Receptions without 公函 paid from the 工程管理费 (1.1万): the report only moves the cost to 办公经费 and writes a 细则; nobody is dealt with, although 整改意见（二） asked for 处理到人 for the 公务接待 case as well."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任郗明远 heads the 领导小组 as 第一责任人 (负首责、负总责), 4 推进会, 3 site visits, 约谈 of section heads."),
    F("late-report", None, "Feedback 2025-06-10, 通报 2025-09-03: 85 days, inside three months."),
    F("no-disclosure", None, "A public 通报 on the 住建局 website with a comment period, phone and address."),
    F("inconsistent-claim", None, "6 done + 1 持续推进 (#1, two estates still under construction) = 7; 诫勉1 (#4) + 批评教育2 (#3); 3.2万 退回, 4.3万 核减; 5 rules, each named in an item."),
    F("no-accountability", 3, "工程二科科长 and the 驻场代表 批评教育; 4.3万 核减."),
    F("no-accountability", 4, "3.2万 returned by all 19; 办公室主任 诫勉谈话."),
    F("no-accountability", 1, "Slow renovation works: a performance shortfall, no misconduct to punish."),
    F("no-accountability", 7, "Lack of qualified staff: no wrongdoing."),
    F("no-mechanism", 5, "《公务接待管理实施细则》 (the gap there is accountability)."),
    F("no-mechanism", 3, "《工程项目变更签证管理办法》."),
    F("no-deadline", 1, "“2025年12月底前全部完工，此后持续推进”."),
    F("no-owner", 4, "党支部书记、主任郗明远 is 责任领导."),
], links=[
    L("对2024年未完工的5个小区逐一制定倒排工期计划", 1), L("明确工程一科为加装电梯工作牵头科室", 1),
    L("对3个代签意见征询表的小区重新入户征询", 2), L("委托第三方造价机构对葵园小区项目18.6万元变更签证重新审核", 3),
    L("以“项目协调费”名义发放的3.2万元已由19名职工全部退回", 4), L("2次接待费用1.1万元已从工程管理费中调出", 5),
    L("补充完善支部大会讨论记录和表决票", 6), L("与县建设工程质量安全监督站签订业务合作协议", 7)])

# p02 县房屋安全鉴定所党支部: 组长's 反馈会 speech (GB18030), 从…看 paragraphs with inline 一是…六是; 一要…四要 are not
# problems. Report: DOCX, short report text + 整改台账 as a Word table (7 columns, one row per problem).
G["p02"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("vague-measure", 5, "Row 5 (组织生活质量不高) is slogans only: 进一步提高思想认识，严肃党内政治生活，切实增强…政治性、时代性、原则性、战斗性 — nothing on the reading-only study or the weak 组织生活会."),
    F("no-disclosure", None, "The speech's 四要 asked for timely reporting and public disclosure; the report says nothing about publishing the rectification. The 服务大厅 fee notice and the monthly car-use notice are not disclosure of the rectification."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、所长芮秉钧 heads the 领导小组 as 第一责任人, reviewed the plan and ledger, 3 meetings, 直接过问、直接督办 two items."),
    F("late-report", None, "Feedback 2025-06-11, report 2025-08-29: 79 days."),
    F("inconsistent-claim", None, "4 done + 1 基本完成 (#6, one person still to pass) + 1 持续推进 (#5) = 6, matching the ledger; 诫勉1 + 提醒1 + 批评2; 4.7万 + 0.18万; 4 rules named."),
    F("no-accountability", 3, "2 鉴定人员 批评教育, the deputy in charge 提醒谈话, all 4.7万 booked."),
    F("no-accountability", 4, "The driver 诫勉谈话 and 0.18万 paid back."),
    F("no-mechanism", 3, "修订《鉴定收费管理办法》 with separated posts."),
    F("no-owner", 5, "党支部书记、所长芮秉钧 is 责任领导 (the gap there is the slogan measure)."),
    F("no-deadline", 6, "“2025年12月31日”, 基本完成 with one person left."),
], links=[
    L("对41栋未出具结论的房屋集中开展鉴定", 1), L("对14份缺少现场检测数据的报告重新补测", 2),
    L("委托鉴定费全部通过银行转账或扫码支付直接进入单位账户", 3), L("鉴定专用车辆一律回所停放", 4),
    L("严肃党内政治生活，切实增强组织生活的政治性", 5), L("立即停止4名未持证人员单独在鉴定报告上签字", 6)])

# p03 县林业技术推广站党支部: DOCX 反馈意见 with bold （一）–（七） heading paragraphs + detail paragraphs; 整改要求 not a
# problem. Report: UTF-8 CRLF, （N）关于…的问题 + 一是…二是… + bracket (责任领导；责任股室；完成时限).
G["p03"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-deadline", 7, "（七）'s bracket names the 责任领导 and 责任股室 but no 完成时限; every other item has a date, and the 整改要求 asked for 整改时限 for each problem."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、站长鄞茂林 heads the 领导小组 as 第一责任人, 4 meetings, 2 site checks, 直接督办."),
    F("late-report", None, "Feedback 2025-06-12, report 2025-09-08: 88 days."),
    F("no-disclosure", None, "下一步 三是: the report will be published in full on the 县林业局 website and on the station's 公开栏."),
    F("inconsistent-claim", None, "6 done + 1 持续推进 (#1, dated 2025-12-31) = 7; 诫勉4 (#3 1, #5 1, #7 2) + 批评2 (#2, #4); 4.6万 + 0.8万; 6 rules named."),
    F("no-deadline", 1, "“完成时限：2025年12月31日”, the remaining 70 亩 in the grafting season."),
    F("no-deadline", 2, "立行立改, “2025年7月10日，已完成”."),
    F("no-accountability", 3, "Deputy who approved the spending 诫勉谈话; 4.6万 put back."),
    F("no-accountability", 4, "经办人员 批评教育."),
    F("no-accountability", 5, "0.8万 returned; the 站长 made a self-criticism and a written review; 办公室主任 诫勉谈话."),
    F("no-accountability", 7, "The 2 moonlighting technicians 诫勉谈话 and stopped."),
    F("no-owner", 7, "副站长闾静宜 is 责任领导 (the gap there is the time limit)."),
    F("no-mechanism", 4, "《站内采购管理规定》."),
    F("no-mechanism", 7, "修订《干部职工考勤和请销假管理制度》."),
], links=[
    L("核桃高接换优示范林已补建110亩", 1), L("督促供苗单位于6月下旬补植侧柏苗1.2万株", 2),
    L("已从站办公经费中全部归垫至项目专户", 3), L("对拆分采购的经办人员进行批评教育", 4),
    L("全站职工已全部退回2024年购物卡费用0.8万元", 5), L("重新设立3个“党员科技示范岗”", 6),
    L("2人已停止在外兼职", 7)])

# p04 县未成年人救助保护中心党支部: 问题清单 (UTF-16 LE, CRLF) 问题1：…问题6： + 具体表现：; 整改要求 not a problem.
# Report: 问题N：/整改情况： + one field line (责任领导／责任人／完成时限／整改进展).
G["p04"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-mechanism", 3, "Donated goods entered without 验收 and given out without signatures, 60-odd items short: the report does a one-off count and back-fills the records but sets no 出入库/验收/领用 rule, the plain fix for a standing management failure (the list's 整改要求 asked to 完善管理制度)."),
    F("copied-measure", 5, "问题5's 整改情况 turns the list's own words back into a promise (将认真排查消除安全隐患，对消防器材过期未更换、应急照明损坏、夜间值班制度执行不严等问题全面整改到位): nothing replaced, repaired or checked."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任訾慧兰 heads the 领导小组 as 第一责任人, 3 推进会, 直接督办 funds and goods."),
    F("late-report", None, "Feedback 2025-06-13, report 2025-09-05: 84 days."),
    F("no-disclosure", None, "“整改进展情况已在县民政局门户网站公开”."),
    F("inconsistent-claim", None, "5 done + 1 正在整改 (#5) = 6; 诫勉1 (#4) + 批评3 (#2, #3, #4); 3 rules named (#1, #2, #4); 2.7万 returned."),
    F("copied-measure", 1, "Opens by restating the problem (针对困境儿童摸排帮扶不精准的问题) and then acts: 386 rechecked, 14 visited, 3 removed, a new 制度."),
    F("vague-measure", 6, "Concrete: a yearly plan, 3 主题党日, volunteer points, 2 积极分子."),
    F("no-accountability", 4, "Deputy who signed 诫勉谈话, 报账人员 批评教育, 2.7万 returned."),
    F("no-accountability", 3, "物资保管员 批评教育 (the gap there is the missing rule)."),
    F("no-mechanism", 4, "《儿童关爱服务专项资金使用管理办法》."),
    F("no-mechanism", 1, "《困境儿童分类走访帮扶制度》 and a monthly data check."),
    F("no-owner", 5, "副主任苟一帆 is 责任领导 (the gap there is the copied measure)."),
    F("no-deadline", 5, "“完成时限：2025年9月30日”."),
], links=[
    L("对一年内无走访记录的14名儿童已全部补充入户走访", 1), L("对3份填写不全的入站评估表逐项补齐", 2),
    L("对账实不符的64件书包、衣物等物资逐项核对", 3), L("挪用于公务车辆维修和加油的2.7万元已从中心公用经费中归还", 4),
    L("中心将认真排查消除安全隐患", 5), L("实行党员志愿服务积分管理", 6)])

# p05 县地名服务中心党支部: 纪委监委 website news item (HTML) with the problems in one “巡察也发现…；…等问题” sentence (6).
# Report: GB18030, short plain report with the unit's own headings, （一）–（五）; 地名档案 is never answered.
G["p05"] = dict(mode="pair", issues=6, unanswered=[4], must_flag=[
    F("unanswered-issue", 4, "地名档案管理混乱 (普查成果 on personal computers, paper files missing) appears nowhere in the report; its five items answer problems 1, 2, 3, 5 and 6."),
    F("vague-measure", 2, "（二） on naming approvals is slogans only (进一步提高思想认识…切实加强…审核把关，不断提升…规范化、标准化水平): nothing on the 2 estates named without 专家论证, no procedure."),
    F("no-accountability", 5, "2.1万 paid out as “外业补助” in breach of the 八项规定 is recovered, but nobody is dealt with, although the group asked to 严肃追责问责."),
    F("late-report", None, "Feedback 2025-06-13 with a three-month limit; report dated 2025-10-21: 130 days."),
    F("no-disclosure", None, "The group asked for public disclosure; the report neither publishes nor mentions publishing."),
], must_not_flag=[
    F("inconsistent-claim", None, "“反馈问题大部分已整改到位，其余问题正在按计划推进” matches (#1 runs to year end); no figures contradict."),
    F("no-mechanism", 3, "《门牌编制设置管理办法》 and fees moved into the budget."),
    F("no-deadline", 1, "“完成时限：2025年12月底”."),
    F("no-owner", 2, "副主任雍和平 (the gap there is the slogan measure)."),
    F("no-accountability", 1, "Slow sign installation: no misconduct."),
], links=[
    L("6月以来新设置村组路牌190块", 1), L("切实加强地名命名更名审核把关", 2), L("立即停止收取门牌工本费", 3),
    L("以“外业补助”名义发放的2.1万元补贴已全部收回并上缴县财政", 5), L("明确专人负责会议记录，做到当场记录、当场签字", 6)])

# p06 县矛盾纠纷多元化解中心党支部: formal 反馈意见, 一、…六、 heading。detail; 整改意见 （一）–（三） not problems.
# Report: UTF-16 LE, the principal leader's first-person report, own headings in the order 3,1,2,6,4,5.
G["p06"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-accountability", 4, "The service car was driven home twice on holidays and night duty was left with pre-filled logs: the report adds a GPS and rules, but nobody is dealt with, though 整改意见（二） named 公车私用 for 查清责任，严肃处理."),
    F("inconsistent-claim", None, "“巡察反馈的6个问题已全部整改到位”, yet （四） says the 3 new 专职调解员 are still in 资格审查 (11月底到岗, 2 more next year) and （二） leaves 2 群体性纠纷 to a plan due 9月底, after the report date."),
], must_not_flag=[
    F("weak-leadership", None, "The 书记、主任 writes as 第一责任人: heads the 领导小组, 4 推进会, 4 site visits, weekly reports on two items, 约谈 of both deputies."),
    F("late-report", None, "Feedback 2025-06-17, report 2025-09-12: 87 days."),
    F("no-disclosure", None, "“整改情况已在中心公开栏和县委政法委门户网站公开”."),
    F("no-accountability", 3, "1.9万 recovered; 综合科负责人 诫勉谈话; deputy 柯晏清 批评教育."),
    F("no-owner", 1, "“此项由我亲自牵头” — the 书记 owns it."),
    F("no-mechanism", 4, "修订《公务用车管理制度》和《值班值守制度》 (the gap there is accountability)."),
    F("no-mechanism", 3, "修订《调解员“以案定补”资金管理办法》."),
    F("no-deadline", 6, "“预计11月底到岗，其余2名明年上半年补充到位”."),
    F("unanswered-issue", 6, "Answered under the report's own heading （四）补齐专职调解员队伍短板, out of feedback order."),
], links=[
    L("与14个乡镇和12个县直部门签订矛盾纠纷信息共享协议", 1), L("对26卷缺少调查笔录的卷宗补充相关材料", 2),
    L("向4名未实际参与调解人员发放的1.9万元已全部追回", 3), L("调解专用车辆实行集中停放", 4),
    L("把《信访工作条例》、人民调解法等业务法规列入学习内容", 5), L("已面向社会招聘专职调解员3名", 6)])

# p07 县城镇燃气安全服务中心党支部: 反馈意见 (CRLF), areas 一、…方面 with restarting 1．2．(3．) = 3 + 3 + 2 = 8.
# Report: answers by number “针对反馈意见第N部分第M个问题（…）”, one paragraph + bracket each.
G["p07"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[
    F("repeated-measure", 3, "The 老旧管道 item is answered only by a boilerplate paragraph (中心党支部坚持把巡察整改作为重大政治任务…切实提升燃气安全管理水平) pasted word for word under the 专业人才 item too."),
    F("repeated-measure", 8, "The 专业人才短缺 item repeats the same paragraph after a different first clause."),
    F("vague-measure", 4, "安全检查走过场 (12 copied records, no re-checks) is answered by slogans only (进一步转变工作作风…切实增强…责任意识和担当意识，坚决杜绝检查走过场现象)."),
    F("inconsistent-claim", None, "“巡察反馈的8个问题已全部整改完成”, while item 一 says 21 restaurants are still being pressed (时限 2025-10-31) and item 三 runs to 2025-12-31."),
    F("no-disclosure", None, "The feedback asked for public disclosure; the report has none."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-06-18, report 2025-09-16: 90 days, two days inside three months (2025-09-18)."),
    F("no-accountability", 5, "Both staff 诫勉谈话 and meal costs paid back."),
    F("no-accountability", 6, "出纳 批评教育; 0.12万 paid back."),
    F("vague-measure", 2, "Concrete: joint enforcement closed both sites on 7月10日, 46 cylinders seized."),
    F("no-mechanism", 5, "《燃气安全检查廉洁纪律规定》."),
    F("no-mechanism", 6, "修订《中心财务管理制度》."),
    F("no-owner", 4, "副主任甄书瑶 (the gap there is the slogan measure)."),
    F("no-deadline", 1, "“完成时限：2025年10月31日”."),
], links=[
    L("对拒不安装的下达整改通知书", 1), L("依法取缔蓼河村、城南货场2处非法充装和储存点", 2),
    L("针对老旧燃气管道更新改造滞后的问题", 3), L("坚决杜绝检查走过场现象", 4),
    L("对接受燃气企业宴请的2名工作人员分别给予诫勉谈话", 5), L("对7笔白条入账支出逐笔清理", 6),
    L("党课由支部书记和支部委员轮流讲授", 7), L("针对专业人才短缺的问题", 8)])

# p08 县智慧城市建设运营有限公司党支部: 反馈意见 with 1．–7． heading lines + detail paragraphs; 整改要求 not a problem.
# Report: DOCX, bold （N）关于“…”的问题 headings, 整改措施： paragraph + one field line.
G["p08"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-owner", 4, "（四） 应收账款: 责任领导 is “公司班子成员分别负责” — no person, for the very problem the feedback faulted for having 没有明确清收责任人; every other item names one leader."),
    F("no-deadline", 2, "（二） 智慧停车 (8 months late): 完成时限 is “根据项目建设进度确定” — no date for a delayed key project; every other item has one."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长燕承泽 heads the 领导小组 as 第一责任人, 5 meetings, 亲自督办, talks with each team member."),
    F("late-report", None, "Feedback 2025-06-19, report 2025-09-10: 83 days."),
    F("no-disclosure", None, "下一步 三是: 公司公示栏 and the 县国资服务中心 website."),
    F("inconsistent-claim", None, "5 done + 2 持续推进 (#2, #4) = 7 and both are marked 持续推进; 2.6万 + 38万; 诫勉1 + 批评1 + 提醒1; 6 rules named."),
    F("no-accountability", 6, "2.6万 returned; 项目管理部经理 诫勉谈话."),
    F("no-accountability", 5, "人力资源部负责人 批评教育; procedures redone."),
    F("no-accountability", 3, "法务专员 提醒谈话 — mild, in its own words."),
    F("no-owner", 2, "总经理宫立恒 (the gap there is the time limit)."),
    F("no-deadline", 4, "“2025年12月31日” (the gap there is the owner)."),
    F("no-mechanism", 4, "《应收账款管理办法》 with 账龄分析."),
    F("no-mechanism", 1, "《党支部前置研究讨论重大经营管理事项清单》 and revised 议事规则."),
], links=[
    L("对2024年未经前置研究的2项重大经营事项，由党支部补充研究并形成意见", 1), L("成立智慧停车项目攻坚专班", 2),
    L("对先履行后签订的3份合同和未经法律审核的1份合同进行法律风险评估", 3), L("向欠款单位发出催收函12份", 4),
    L("对2名直接聘任的中层管理人员重新履行民主推荐、考察和公示程序", 5), L("对“项目攻坚加班费”逐人核对", 6),
    L("8月组织开展党员民主评议", 7)])

# p09 县康养产业发展有限公司党支部: 组长's 反馈会 speech (GB18030) 第一，…第七，; 一要…三要 not problems.
# Report: short text + ｜-row 整改台账 of six rows; 第七 (审计整改) has no row.
G["p09"] = dict(mode="pair", issues=7, unanswered=[7], must_flag=[
    F("unanswered-issue", 7, "第七 (2023 audit findings reported as done, 47万 of assets still off the books) has no row and no word in the report."),
    F("copied-measure", 2, "Row 2 restates the problem as aims (提高…运营管理水平，着力提升床位入住率，规范收费标准备案，加强护理员持证上岗管理…): no 备案 made, no training, no figure."),
    F("no-accountability", 3, "An un-tendered 230万 fit-out and 12.4万 overpaid: the row recovers money and writes a 办法, but nobody is held to account, although the speech's 二要 named 工程超付 for 查清责任…严肃处理."),
    F("weak-leadership", None, "“公司召开会议…由综合部牵头汇总整改台账，各部门按照职责分工抓好落实”: no 领导小组, no 第一责任人, no sign the 书记 led, though 一要 asked for both; the 书记 appears only as owner of rows 5 and 6."),
    F("late-report", None, "Feedback 2025-06-20 with a three-month limit; report dated 2025-10-09: 111 days."),
], must_not_flag=[
    F("no-disclosure", None, "“整改情况已在公司公示栏公开，并同步报县国资服务中心在其网站公开”."),
    F("no-accountability", 5, "总经理 党内警告处分; 2.6万 returned by all 9."),
    F("no-accountability", 4, "前台人员 and 财务部负责人 批评教育; deposits booked."),
    F("no-accountability", 6, "The moonlighting middle manager removed from post."),
    F("no-mechanism", 3, "《公司工程建设项目管理办法》 (the gap there is accountability)."),
    F("no-owner", 4, "财务部负责人蔺秋实 — a named person, though not a leader."),
    F("no-owner", 2, "副总经理禹佳音 (the gap there is the copied measure)."),
    F("no-deadline", 2, "“2025年12月31日”."),
], links=[
    L("对康养中心二期装修和设备采购事项由党支部补充研究", 1), L("提高康养项目运营管理水平，着力提升床位入住率", 2),
    L("委托审计机构对二期装修工程补充审计", 3), L("3.5万元入住押金已全部缴入公司账户", 4),
    L("对组织外出旅游的总经理庞岳给予党内警告处分", 5), L("免去在外兼职经营养老用品店的中层干部职务", 6)])

# p10 县商贸流通集团有限公司党委: 反馈意见, areas （一）…方面 + continuous 1．–9． heading lines + 具体表现：; 整改要求 not
# problems. Report: GB18030 CRLF, N．关于“…”的问题 + 整改措施/责任领导/责任部门/整改时限/整改成效 lines. GOOD REPORT.
G["p10"] = dict(mode="pair", issues=9, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党委书记、董事长权耀先 heads the 领导小组 as 第一责任人 (负首责、负总责), 5 meetings, 4 site visits, 直接督办."),
    F("late-report", None, "Feedback 2025-06-24, report 2025-09-19: 87 days."),
    F("no-disclosure", None, "下一步 三是: 县国资服务中心 website and 集团公示栏, 10-day period, 监督电话."),
    F("inconsistent-claim", None, "7 done + 1 基本完成 (#4, lawsuit pending) + 1 持续推进 (#1) = 9, each item's 整改成效 agrees; 9.8万 + 1.7万 + 0.6万 = 12.1万; 警告1 (#6), 诫勉2 (#4, #7), 批评7 (#5 1, #6 6); 6 rules named."),
    F("no-accountability", 4, "资产管理部经理 诫勉谈话; arrears pursued in court."),
    F("no-accountability", 5, "总经理 批评教育 and a self-criticism at the 党委会."),
    F("no-accountability", 6, "办公室主任 党内警告处分; 6 diners 批评教育; 1.7万 退赔."),
    F("no-accountability", 7, "财务部负责人 诫勉谈话; 0.6万 returned."),
    F("no-accountability", 9, "Staff structure: no misconduct."),
    F("no-deadline", 1, "“2025年11月30日前完成网点布设，储备工作长期坚持”."),
    F("no-deadline", 4, "“2025年8月31日，欠租诉讼按司法程序推进”."),
    F("no-mechanism", 2, "《集团闲置资产盘活管理办法》."),
    F("no-mechanism", 4, "《集团资产出租管理办法》."),
    F("no-owner", 6, "党委副书记、纪委书记亓思远 is 责任领导."),
    F("repeated-measure", 1, "#1 and #2 both mention the 平价蔬菜直销网点 (4 idle shops turned into outlets), but each has its own text; nothing is pasted."),
    F("repeated-measure", 2, "See #1."),
    F("vague-measure", 1, "Concrete: 3 outlets reopened, 4 new, 12 open, 2 储备 agreements."),
], links=[
    L("对3个停业网点调整选址后恢复营业", 1), L("23间闲置门面中19间已通过县公共资源交易平台公开招租", 2),
    L("对物资回收公司开展经营状况专项分析", 3), L("2户承租人欠缴的14.2万元租金已追缴9.8万元", 4),
    L("对批发市场提升改造追加投资事项由党委会补充研究", 5), L("1.7万元已由相关人员全部退赔", 6),
    L("补齐21张发票的经办人、审核人签字", 7), L("物资回收公司党支部已于7月18日完成换届选举", 8),
    L("2025年公开招聘财务、法务、市场营销专业人员6名", 9)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
