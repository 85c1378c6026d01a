"""Write p01..p10/gold.json (dev-pairs gold format) for dev76. The gold is hand-judged; this file only keeps it in one
place. Layout follows corpus/dev44/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蘩阳县墙体材料革新办公室党支部: formal 反馈意见, areas （一）（二）（三）…方面 + continuous 1．–7． heading。detail;
# 二、整改意见 （一）–（四） and the 三个月内 sentence are not problems. Report: the ordinary 关于“…”的问题 report with
# 整改措施/责任领导/责任股室/整改时限/整改成效 and a closing 追责问责情况 section. GOOD REPORT, carrying a look-alike of
# each hollow answer that is in fact sound.
G["p01"] = dict(issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任鄢伯衡 heads the 领导小组 as 第一责任人, drew up the plan and three lists, chaired 4 推进会, led 3 site checks and 当面督办 two late tasks."),
    F("late-report", None, "Feedback 2025-03-18, report 2025-06-10: 84 days, inside the three months the feedback sets."),
    F("no-disclosure", None, "下一步 三是: published on the 县住房和城乡建设局门户网站 and the office 公开栏, with a 监督电话."),
    F("inconsistent-claim", None, "24 measures = 21 done + 3 long-term ones named by item and number; 4 new rules + 1 revised, all named; 6.1万 recovered (#5); 1800元 cards; 警告1, 诫勉1, 批评教育1, 书面检查1 — all found in section 三."),
    F("copied-measure", 1, "Opens by restating the problem (针对执法检查覆盖面窄、记录只写“未发现问题”的情况) and then gives four acts: 103 projects re-checked, 2 sites fined, a new 检查办法, joint checks."),
    F("repeated-measure", 4, "《历史结存专项资金清退管理办法》 is made under #4 and cited again under #5: one rule for two related problems about the same refunds, each with its own acts — not a pasted measure."),
    F("repeated-measure", 5, "Same shared rule; #5's own acts are the file-by-file review, the 6.6万/6.1万 check and recovery, and training."),
    F("no-mechanism", 6, "A one-off clerical slip (one member left on the roll, two members on an old fee base): fixed, roll checked with the community, every member's base re-checked under the existing fee rules — no new rule is called for."),
    F("no-mechanism", 4, "《历史结存专项资金清退管理办法》 with collective decision and three-post separation."),
    F("no-accountability", 3, "The item itself names nobody, but section 三、追责问责情况 gives 党内警告 to 蔺某 and 诫勉谈话 to 郜某 for 问题3, and the cards were handed in."),
    F("no-accountability", 5, "6.1万 recovered; the 经办人员甘某 批评教育 in section 三."),
    F("no-accountability", 4, "清退股股长雒某 责令书面检查 in section 三."),
    F("no-deadline", 2, "前两项 dated 2025-04-30, the monthly report 长期坚持 — a standing task."),
    F("no-owner", 6, "党支部组织委员郦青禾 is 责任领导."),
], links=[
    L("对2023年以来未检查的103个项目逐一补查", 1), L("对3家认定证书到期的企业组织复核", 2), L("共梳理风险点26个", 3),
    L("对问题3中接受宴请并收受购物卡的执法股工作人员蔺某", 3),
    L("将14笔未经集体研究的清退款逐笔补充提交主任办公会审议", 4), L("对2022年以来53笔清退款的档案逐卷复核", 5),
    L("将已转出的退休党员从支部党员名册中移出", 6), L("制定2025年度党支部学习计划", 7)])

# p02 薤川县纤维检验所党支部: 组长's 反馈会 speech, problems in paragraphs 第一，…第六，; 基本评价, the 根子 sentence,
# 一要…三要 and the 三个月内 sentence are not problems. Report (UTF-16 LE BOM): answers by number only “（N）针对第N个问题”.
G["p02"] = dict(issues=6, unanswered=[], must_flag=[
    F("repeated-measure", 2, "Under 第2个问题 the only text is a stock paragraph (所党支部高度重视，第一时间召开支委会…建立整改台账，实行对账销号，确保整改工作取得实效) that is pasted again, word for word after its first clause, under 第5个问题; nothing on the 7 reports or the 3 over-due instruments."),
    F("repeated-measure", 5, "第5个问题 (23 unapproved claims, 9 receptions without 公函) gets the same pasted paragraph as 第2个问题."),
    F("no-accountability", 4, "3.26万 collected in cash off the books, kept by the 检验科科长, 1.9万 spent on meals and tea: the answer hands the money in (“由检验科人员凑齐”) and makes a 收费规定, but nobody is dealt with — the speech said 该处理的人要处理，不能以收代管、一退了之, and the closing 追责问责 section covers only 第6个问题."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、所长费宜舟 heads the 领导小组 and 负总责, chaired 3 支委会, three lists, fortnightly reports, 当面督办."),
    F("late-report", None, "Feedback 2024-11-05, report 2025-01-24: 80 days."),
    F("no-disclosure", None, "下一步 三是: published on the 县市场监督管理局门户网站."),
    F("no-accountability", 6, "Closing section 三: 县市场监督管理局党组 诫勉谈话 for the 所长 whose nephew was hired, 批评教育 for the 办公室主任; both hires ended."),
    F("no-mechanism", 4, "《检验收费管理规定》 (no cash, 财政票据, 对公账户) — the gap there is accountability, not a rule."),
    F("no-mechanism", 6, "《编外人员招聘管理办法》 and a 轮岗计划."),
    F("no-deadline", 1, "2025-03-31, with the one pending plant named (复产后纳入)."),
    F("no-deadline", 6, "2025-06-30 for the last rotation."),
    F("no-owner", 1, "费宜舟 is 责任领导."),
], links=[
    L("将未覆盖的2家棉花加工企业纳入公证检验", 1), L("针对检验质量管理存在较大风险的问题", 2), L("共提出批评意见46条", 3),
    L("检验科收取的3.26万元", 4), L("针对财务报销把关不严的问题", 5), L("与未经公开招聘的2名编外检验员解除劳务合同", 6),
    L("县市场监督管理局党组对所长费宜舟进行了诫勉谈话", 6)])

# p03 蕈山县职业病防治院党总支: 反馈问题清单 (GB18030) 问题1：…问题7： + 具体表现：; 整改要求 一、…四、 are not problems.
# Report: short report + 整改台账 as ｜-separated text rows with a 问责情况 column. Submitted late.
G["p03"] = dict(issues=7, unanswered=[], must_flag=[
    F("no-mechanism", 1, "1146 reports signed by unqualified doctors and an information system that lets any account sign: the row only re-reviews and re-signs the 1146 reports — a one-off fix; no 签发权限 set in the system, no 主检医师 rule, while every other substantive row makes or revises one."),
    F("no-owner", 7, "Row 7's 责任领导 is “班子成员” and 责任科室 “各相关科室” — nobody in particular; every other row names one leader and one department."),
    F("late-report", None, "Feedback (问题清单) 2024-08-27 with a 三个月内 limit (2024-11-27); the report is dated 2024-12-19: 114 days."),
], must_not_flag=[
    F("weak-leadership", None, "党总支书记、院长庾慎之 heads the 领导小组 as 第一责任人, chaired 3 + 2 meetings, took problems 2 and 5 himself, 当面督办."),
    F("no-disclosure", None, "下一步 三是: 医院网站和院务公开栏公示."),
    F("inconsistent-claim", None, "“已完成整改6个，问题2正在推进” matches the 完成情况 column; 4.82万 and 0.68万 match rows 3 and 4; 5 rules named in rows 2, 3, 5, 6, 7; one 移送 (row 5)."),
    F("no-mechanism", 4, "A single double-submitted payment (误将同一付款申请提交了两次): recovered, and every payment since 2023 checked — a one-off fix for a one-off slip."),
    F("no-accountability", 5, "问责情况 column: 党内严重警告 by the 县纪委监委, removal from the post, 2万 收缴; the clue was 移送."),
    F("no-accountability", 3, "问责情况 column: the 收费窗口负责人 批评教育."),
    F("no-mechanism", 2, "《职业病诊断工作流程及时限管理规定》."),
    F("no-mechanism", 5, "《医用耗材采购管理办法》 and central price comparison."),
    F("no-deadline", 2, "正在推进 with 2025-01-31."),
    F("no-owner", 1, "副院长耿世遥 (the gap there is the mechanism)."),
], links=[
    L("对1146份报告逐份重新审核", 1), L("对17件超期申请集中组织诊断", 2), L("向3家企业全额退还多收费用4.82万元", 3),
    L("已从供应商处追回重复支付的货款0.68万元", 4), L("将影像科主任收受“学术会务费”的问题线索移送县纪委监委", 5),
    L("县纪委监委给予影像科原主任党内严重警告处分", 5), L("后勤党支部于2024年10月完成换届", 6), L("删除11篇来源不明的科普文章", 7)])

# p04 藟江县绿源新能源开发有限公司党支部 (county state firm): 纪委 website news item, all problems in one
# “巡察组指出，…；…等问题” sentence (7); 巡察组强调, the 表态 一是…三是 and the 移交 sentence are not problems.
# Report: DOCX with bold “（N）关于“…”的问题” headings, 一是… paragraphs and a bracket.
G["p04"] = dict(issues=7, unanswered=[7], must_flag=[
    F("copied-measure", 2, "The whole answer gives the feedback's words back as a pledge (严格执行“三重一大”决策制度，坚决杜绝重大投资项目未经党支部前置研究、未提交董事会审议的问题): nothing was done about the 1460万 农光互补 project — no retro review, no decision, no person."),
    F("unanswered-issue", 7, "The 3 project settlements the 县审计局 raised in 2022 are not answered anywhere: the report stops at （六）."),
    F("inconsistent-claim", None, "“反馈的7个问题已全部整改完成” while （一） says 61% with the rest due 2025-12-31, and only six problems are answered at all."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长隗承钧 heads the 领导小组 with 第一责任, drew up the plan and three lists, 5 推进会, 2 site visits."),
    F("late-report", None, "Feedback 2025-04-22, report 2025-07-15: 84 days."),
    F("no-disclosure", None, "下一步 三是: published on the 县国有资产服务中心网站."),
    F("copied-measure", 5, "Opens by quoting the problem (针对以“安全生产奖”名义违规发放奖金的问题) and then says what was done: 7.8万 returned, 党内警告 + 4 批评教育, the pay rule revised."),
    F("no-accountability", 5, "党内警告 for the then 总经理宓仲衡, 批评教育 for the other four."),
    F("no-accountability", 3, "工程部经理 诫勉谈话."),
    F("no-mechanism", 3, "《工程项目分包管理办法》."),
    F("no-mechanism", 5, "修订《公司负责人薪酬管理办法》."),
    F("no-deadline", 1, "2025-12-31 (the problem there is the all-done claim, not the date)."),
    F("no-owner", 2, "党支部书记、董事长隗承钧 named (the gap there is the copied text)."),
], links=[
    L("成立3个项目推进专班", 1), L("坚决杜绝重大投资项目未经党支部前置研究", 2), L("责令施工总承包单位终止与2名无资质个人的分包关系", 3),
    L("向19户拖欠租金的业主补付租金共13.3万元", 4), L("5名班子成员已将7.8万元全部退回公司账户", 5), L("在运维班组设立党员先锋岗4个", 6)])

# p05 蓂城县文化艺术中心（县大剧院）党支部: 反馈意见 (UTF-8 CRLF) 一、…六、 heading。detail; 整改意见 （一）–（四）
# not problems. Report (GB18030): by the centre's four WORK LINES, two problems under 经营管理线 as 1．2．, two under
# 党的建设线; closing 追责问责 paragraph.
G["p05"] = dict(issues=6, unanswered=[], must_flag=[
    F("copied-measure", 1, "公共文化服务线 answers by giving the feedback back as a pledge (严格落实…惠民演出任务，杜绝将商业演出合并计入惠民演出场次，切实提高…群众满意度): no shows added, no survey run, no figure."),
    F("no-mechanism", 2, "Only the two contracts were re-signed at the current price; the 2019 tariff was never revised or put to a collective decision and no 场地出租 rule was made, though 整改意见（三） named 场地出租 for one."),
    F("no-accountability", 3, "31 late cash deposits by 售票员 and 200-odd free tickets resold through the 票务主管: money in, e-ticketing and a 赠票管理规定 — but nobody is dealt with, though 整改意见（二） asked to 处理到人; the closing paragraph covers only the trip (#4)."),
    F("no-deadline", 5, "“完成时限：待补选条件成熟后” for the 支部委员 by-election that is still pending; every other item has a date."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任邰望舒 heads the 领导小组 as 第一责任人 (亲自部署、亲自过问、亲自督办), 2 checks of 售票处/财务室, 当面督办."),
    F("late-report", None, "Feedback 2024-09-10, report 2024-12-02: 83 days."),
    F("no-disclosure", None, "下一步 三是: published on the centre's 微信公众号 and the 大剧院公告栏."),
    F("no-mechanism", 6, "One fan out of order, not reported: repaired and tested, all fire equipment checked, the existing 《设备设施报修制度》 applied — a one-off fix for a one-off slip."),
    F("no-accountability", 4, "Closing section 三: 诫勉谈话 for the then 副主任荀伯川, 批评教育 for the 财务人员; 3.9万 退缴."),
    F("no-mechanism", 3, "电子票务 日结 and 《赠票管理规定》 (the gap there is accountability)."),
    F("no-mechanism", 4, "修订《差旅和外出考察管理规定》."),
    F("no-deadline", 2, "2024-10-31 (the gap there is the missing rule)."),
    F("no-owner", 1, "副主任秦砚池 (the gap there is the copied text)."),
    F("unanswered-issue", 3, "Answered as 2． under the 经营管理线 heading that also holds #2."),
], links=[
    L("杜绝将商业演出合并计入惠民演出场次", 1), L("已与2家艺术培训机构重新签订场地租赁合同", 2),
    L("31笔延迟上缴的票款5.6万元已全部缴入中心账户", 3), L("参加外省考察的11名职工已退缴费用3.9万元", 4),
    L("对组织以游览为主的外出考察的时任副主任荀伯川", 4), L("确定2名支部委员分别联系培养3名入党积极分子", 5),
    L("故障排烟风机已于2024年9月20日修复", 6)])

# p06 菥源县食用菌产业发展中心党支部: 组长's 反馈会 speech, 从…看 paragraphs with inline 一是…七是 (7); the 说到底
# sentence and 一要…三要 are not problems. Report: the principal leader's FIRST-PERSON 组织落实整改情况报告.
G["p06"] = dict(issues=7, unanswered=[], must_flag=[
    F("repeated-measure", 2, "（二） is a template paragraph (我们把这个问题作为…的重要抓手，组织…认真反思，对照…找差距，明确由…牵头抓落实，坚持每月调度一次，确保问题整改到位、…满意) reused with a few words swapped for （五） and （六）; nothing on the back-filled records or the 5 farmers never visited."),
    F("repeated-measure", 5, "（五） is the same template with 加强支部建设/全体党员/支部委员/党员满意 swapped in; nothing on the copied minutes or the 主题党日."),
    F("repeated-measure", 6, "（六） is the same template again (改进作风/办公室); nothing on the 5 overdue 12345 cases."),
    F("vague-measure", 7, "（七） is slogans only (切实加强…进一步压紧压实…牢牢把握正确导向，筑牢思想防线): the misleading 防癌 post is not taken down or corrected and no review step is set."),
    F("no-disclosure", None, "The speech asked to publish the rectification to cadres and the public; the report never does (the 村务公开栏 7-day notice in （三） is about subsidy recipients, not the rectification)."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary writes as 第一责任人 and 组长: 5 meetings, 3 site visits, 2 village checks, weekly reports to him on the subsidies."),
    F("late-report", None, "Feedback 2025-05-13, report 2025-08-05: 84 days."),
    F("repeated-measure", 3, "《食用菌产业财政扶持资金申报审核管理办法》 is made under （三） and applied under （四）: a shared rule for two related subsidy problems, each with its own acts (11 households / 9.2万; 2 bases measured / 6.5万, one barred)."),
    F("repeated-measure", 4, "Same shared rule; （四）'s acts and person (产业股股长) are its own."),
    F("no-accountability", 3, "初审 staff 批评教育; 9.2万 recovered."),
    F("no-accountability", 4, "产业股股长 诫勉谈话; 6.5万 recovered."),
    F("no-mechanism", 3, "The new 申报审核管理办法."),
    F("no-deadline", 1, "2025年10月底前建成投用."),
    F("no-owner", 1, "The secretary leads it himself (我把这个问题作为自己牵头的重点任务)."),
], links=[
    L("协调县自然资源局和供电公司解决了用地手续和电力增容等问题", 1), L("我们把这个问题作为转变作风的重要抓手", 2),
    L("组织对11户不符合条件的补贴对象逐户核查", 3), L("对2个示范基地逐一实地丈量面积", 4),
    L("我们把这个问题作为加强支部建设的重要抓手", 5), L("我们把这个问题作为改进作风的重要抓手", 6),
    L("我们切实加强意识形态阵地建设和管理", 7)])

# p07 蘼台县城市规划展览馆党支部: 反馈意见 with areas （一）（二）（三）…方面 and RESTARTING 1．2．(3．) (2+3+2 = 7);
# 二、整改意见 not problems. Report: DOCX, a short preamble and a Word-table 整改台账 (9 columns incl. 问责情况, 佐证材料).
G["p07"] = dict(issues=7, unanswered=[], must_flag=[
    F("weak-leadership", None, "No 领导小组, no 第一责任人, the secretary does not lead: “由办公室牵头…各部门按照职责分工抓好落实，办公室每月汇总一次”, though 整改意见（一） asked for both and for 亲自部署、亲自过问、亲自督办; the 馆长 appears only as owner of rows 3 and 6."),
    F("no-owner", 4, "Row 4's 责任领导 is “馆领导班子” and 责任部门 “各部门” — a body, not a person; every other row names one leader."),
    F("no-mechanism", 5, "Row 5 only says the car no longer takes staff to work: the feedback noted no 派车单 and no 行车记录 and 整改意见（三） named 公务用车 for a rule; no car-use rule is made, while rows 2, 3, 4, 7 each make one."),
], must_not_flag=[
    F("late-report", None, "Feedback 2024-12-03, report 2025-02-26: 85 days."),
    F("no-disclosure", None, "Closing paragraph: 馆内公示栏 and the 县自然资源局门户网站."),
    F("inconsistent-claim", None, "“7个问题已完成整改6个，问题7正在推进” matches the 完成情况 column; 1.36万 and 5.2万 match rows 2 and 3; 4 rules (rows 2, 3, 4, 7); 诫勉1 + 批评3 (2 讲解员 + 驾驶员) + 书面检查1 match the 问责情况 column."),
    F("no-accountability", 2, "问责情况 column: 宣教部主任阙明澈 诫勉谈话, 2 讲解员 批评教育; the 1.36万 went to the treasury."),
    F("no-accountability", 5, "问责情况 column: 驾驶员批评教育 (the gap there is the missing rule)."),
    F("no-accountability", 3, "问责情况 column: 分管副馆长 书面检查."),
    F("no-mechanism", 2, "《免费开放服务规范》."),
    F("no-mechanism", 3, "《工程项目变更管理办法》."),
    F("no-mechanism", 4, "《固定资产管理办法》 (the gap there is the owner)."),
    F("no-deadline", 7, "正在推进 with 2025-03-31."),
    F("no-owner", 6, "党支部书记、馆长冷述之."),
], links=[
    L("完成主展区改陈", 1), L("宣教部保管的1.36万元已全部上缴县财政", 2), L("宣教部主任阙明澈诫勉谈话", 2),
    L("对41万元变更费用进行审核", 3), L("对47件展品模型和多媒体设备全部登记入账", 4), L("已停止使用公务车辆接送职工上下班", 5),
    L("制定2025年度支部组织生活计划", 6), L("向县委编办申请增加讲解员编制2名", 7)])

# p08 蔾溪县堤防管理所党支部: 反馈意见 （一）–（七） heading。detail; 整改意见 一要…四要 not problems.
# Report: 问题N：/整改情况： + a bracket line (责任领导；责任股室；完成时限；进展).
G["p08"] = dict(issues=7, unanswered=[], must_flag=[
    F("copied-measure", 2, "问题2's 整改情况 restates the feedback as a pledge (严格执行…公开比选…杜绝维修养护项目未经比选直接委托的问题，规范验收资料填写和签字盖章程序): nothing on the 4 projects and 96万, the one company, or the acceptances it filled in itself."),
    F("no-accountability", 4, "The 荇口管理站 head kept 2.28万 of rent and spent it without telling anyone: the lease is ended, the money handed in and a rule made, but nobody is dealt with, though 整改意见 二 asked to 依规依纪严肃处理."),
    F("no-deadline", 7, "“完成时限：视物资采购情况而定” for an item still 正在整改 — no date; every other item has one."),
    F("no-disclosure", None, "The feedback asked for 党内通报、向社会公开; the report never says the rectification is published or reported to members."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、所长渠望岳 heads the 领导小组 as 第一责任人, 3 支委会 + 3 推进会, on-site at 荇口 and the 3 险段."),
    F("late-report", None, "Feedback 2025-01-09, report 2025-03-31: 81 days."),
    F("inconsistent-claim", None, "“已完成整改6个，问题7正在整改” matches the 进展 lines; 6.88万 = 2.28万 + 4.6万; 4 new rules + 1 revised, all named; 诫勉1 + 批评4 (财务1 + 代学党员3)."),
    F("copied-measure", 5, "Opens by quoting the problem (针对以“误餐补助”名义按人头发放现金的问题) and then acts: records checked, 4.6万 returned by 23 staff, 诫勉 + 批评, the rule revised."),
    F("no-accountability", 5, "时任副所长聂怀谷 诫勉谈话, the 财务人员 批评教育."),
    F("no-mechanism", 4, "《护堤地管理办法》 (the gap there is accountability)."),
    F("vague-measure", 1, "Opens with 牢固树立安全第一的思想 but then three acts (3 险段 reinforced and 销号, a 检查制度, 12 hazards found, 10 fixed)."),
    F("no-deadline", 1, "立行立改 with 2025-02-28."),
    F("no-owner", 2, "所长渠望岳 named (the gap there is the copied text)."),
], links=[
    L("对3处险工险段完成应急加固", 1), L("杜绝维修养护项目未经比选直接委托的问题", 2), L("对5处违法建设逐一下达责令限期整改通知书", 3),
    L("荇口管理站收取的租金2.28万元已全部上缴所财务", 4), L("已由领取的23名职工全部退回", 5),
    L("由副所长宗逸舟兼任党支部专职副书记", 6), L("组织对防汛物资逐项清点", 7)])

# p09 苘口县农民工服务中心党支部: 巡察办 website news item, “主要有：一是…六是” in one paragraph (6); 巡察组要求, the
# 表态 一是…三是 and the 移交 sentence are not problems. Report: an internal 整改进展情况的通报 grouped BY STATUS
# (二、已完成 （一）–（四） = #2–#5; 三、正在推进 = #1); #6 nowhere.
G["p09"] = dict(issues=6, unanswered=[6], must_flag=[
    F("unanswered-issue", 6, "The 5 驿站 with 3 notice boards unchanged for two years: neither status group mentions them."),
    F("inconsistent-claim", None, "“6个问题，已完成整改5个，正在推进1个”, but 已完成 lists four problems and 正在推进 one — the sixth is neither."),
    F("no-accountability", 3, "Two training firms faked trainee numbers and took 18.6万 that the 审核人员 paid unchecked: the money is back, the firms dropped and the rule revised, but no one is held to account and nothing is handed to the 纪委监委 or the police, though the feedback demanded 一查到底…严肃追责问责…按程序移交."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任晏秋禾 heads the 领导小组 as 第一责任人, 6 meetings, 4 site checks of 工资专户, 当面督办."),
    F("late-report", None, "Feedback 2024-10-16, 通报 2025-01-08: 84 days."),
    F("no-disclosure", None, "下一步: posted on the 中心公开栏 and the 县人力资源和社会保障局门户网站."),
    F("unanswered-issue", 1, "Answered last, in 三、正在推进的问题, out of the feedback's order."),
    F("no-accountability", 5, "组织委员 批评教育 and the 政审 made up."),
    F("no-accountability", 4, "2 staff 批评教育 and 绩效 cut."),
    F("no-mechanism", 3, "修订《职业技能培训补贴审核拨付办法》 with face check-in and phone sampling (the gap there is accountability)."),
    F("no-mechanism", 1, "在建项目工资专户季度核查制度."),
    F("no-deadline", 1, "2025-02-28 for the last 3 projects."),
], links=[
    L("已对12个在建项目中的9个完成工资专用账户核查", 1), L("对21件超期转办件逐件督办", 2),
    L("已全额追回套取的补贴资金18.6万元", 3), L("实行窗口人员AB岗和离岗登记制度", 4), L("对该同志补做政治审查", 5)])

# p10 荮阳县农投冷链物流有限公司党支部 (county state firm): DOCX 反馈意见 with bold areas （一）（二）（三）…方面 and
# continuous 1．–7．; 二、整改意见 not problems. Report: a public HTML 巡察整改进展情况的通报 with a disclosure header,
# N．关于…的问题 + 整改情况： + bracket, a closing 追责问责情况 section and a comment period. Submitted late.
G["p10"] = dict(issues=7, unanswered=[], must_flag=[
    F("no-mechanism", 2, "Only the one lease was re-signed at market price: the feedback noted automatic renewals without any decision and no rule on 冷库租赁定价 or 关联交易 回避, and 整改意见（三） asked for both; no rule is made, while #5, #6, #7 each get one."),
    F("vague-measure", 4, "Slogans only (牢固树立安全发展理念，进一步压紧压实安全生产责任…坚决守住安全生产底线): nothing on the 2 failed ammonia-leak alarms or the missing drill."),
    F("late-report", None, "Feedback 2025-02-20 with a 三个月内 limit (2025-05-20); the 通报 is dated 2025-06-30: 130 days."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长栾慕舟 heads the 领导小组 as 第一责任人 (负首责、负总责), 4 支委会 + 3 推进会, site visits, talks with the leaders in charge."),
    F("no-disclosure", None, "A public 通报 (公开方式：主动公开) with a comment period, phone and address."),
    F("no-mechanism", 3, "Two meters' readings swapped once (误将两家租户的电表读数对调): 1.7万 collected and the whole year re-checked — a one-off fix for a one-off slip."),
    F("no-accountability", 2, "Closing section 三: the 副总经理苗鹤鸣 who did not step aside gets 诫勉谈话 and loses the leasing portfolio."),
    F("no-accountability", 5, "Closing section 三: 党内警告 for the then 总经理, 批评教育 for the 综合部负责人; 2.6万 paid back."),
    F("copied-measure", 7, "Opens by restating the problem (针对2024年提拔的3名中层干部未经民主推荐…的问题) and then acts: 民主推荐 and 考察 redone, a 选拔任用办法."),
    F("vague-measure", 6, "Opens with 切实提高思想认识 but then a 实施细则 and 6 meetings with 第一议题, 3 tied to cold-chain work."),
    F("no-mechanism", 5, "修订《业务招待和礼品管理办法》."),
    F("no-deadline", 1, "2025-12-31 for the ongoing 冷藏点."),
    F("no-owner", 4, "副总经理闵嘉树 named (the gap there is the slogans)."),
], links=[
    L("与全县6个农民专业合作社签订冷藏服务协议", 1), L("已与该商贸公司重新签订冷库租赁合同", 2),
    L("对问题2中未按规定申请回避的副总经理苗鹤鸣给予诫勉谈话", 2), L("已向该租户补收电费1.7万元", 3),
    L("进一步压紧压实安全生产责任", 4), L("领取冻品礼盒的职工按价退缴费用1.4万元", 5),
    L("制定《党支部“第一议题”学习实施细则》", 6), L("对3人补充开展了民主推荐和考察", 7)])

for name, g in G.items():
    out = {"mode": "pair", "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
