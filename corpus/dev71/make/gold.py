"""Write p01..p10/gold.json (dev-pairs gold format) for dev71. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev44/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蕤川县革命纪念馆党支部: formal 反馈意见, 一、巡察发现的主要问题 with areas （一）（二）（三）…方面 and continuous
# 1．–7． heading。detail; 二、整改意见 （一）–（四） and the 移交 / deadline sentences are not problems.
# Report: ordinary 整改情况的报告, 关于“…”的问题 with 整改措施/责任领导/责任部门/整改时限/整改成效. GOOD REPORT.
G["p01"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、馆长甄守朴 heads the 领导小组 as 第一责任人, chaired 5 推进会 and 当面督办 two slow tasks."),
    F("late-report", None, "Feedback 2025-05-14, report 2025-08-05: 83 days, inside the three months the feedback sets."),
    F("no-disclosure", None, "下一步 三是: published on the museum website and the 馆内公开栏 with a 监督电话."),
    F("inconsistent-claim", None, "26 measures = 24 done + 2 named pending (研学线路, 1 中层岗位), both shown as in progress in their items; 诫勉2/书面检查1/批评3/提醒1 and 4 new + 3 revised rules all traceable to the items."),
    F("no-accountability", 1, "A deployment shortfall (no study of the provincial paper, files missing, route late): no misconduct to punish."),
    F("no-accountability", 3, "退缴 1.36万, 办公室主任 诫勉谈话, 分管副馆长 书面检查."),
    F("no-accountability", 5, "第三方审核 审减 2.1万; the project head 诫勉谈话."),
    F("no-mechanism", 4, "制定《门票及文创产品收入管理规定》, 日结日缴."),
    F("no-deadline", 7, "2025年10月31日 for the last post; 长期坚持 only for the standing task."),
    F("no-deadline", 6, "“2025年6月30日，此后长期坚持”."),
    F("no-owner", 7, "党支部书记、馆长甄守朴 is 责任领导."),
    F("copied-measure", 4, "“停止使用个人收款码” echoes the feedback's 个人微信账户 but is an act done, beside the 2.8万 paid in on a date."),
    F("vague-measure", 6, "Concrete: monthly 支委会, 4200元 补缴, 提醒谈话, a revised 《党支部工作规则》."),
], links=[
    L("对17件缺档文物逐件补建藏品档案", 1), L("讲解词实行撰稿、业务审核、支部书记审定三级把关", 2), L("由当事人按标准退缴1.36万元", 3),
    L("2.8万元已于5月23日全额上缴县财政非税收入账户", 4), L("对追加的14万元工程量委托第三方审核", 5),
    L("3名党员按规定基数补缴党费4200元", 6), L("制定《编外讲解员招聘考核管理办法》", 7)])

# p02 蓂城县数字化城市管理监督指挥中心党支部: 纪委监委 website NEWS ITEM of the 反馈会 with speaker blocks
# (X反馈时指出： / Y强调： / Z表示：) and a 撰稿/一审/二审/三审 line; problems bundled in 一是…二是…三是… each 在…方面，
# followed by comma-separated failings (2 + 3 + 2 = 7; “、” joins two aspects of one matter). The 表态 一是…四是, the
# 强调 block and “巡察组同时指出了…其他问题” are not problems.
# Report: public HTML 巡察整改情况的通报 in parts (书记组织落实 / 主体责任 / 问题整改 / 下一步 / comment channels).
G["p02"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("vague-measure", 7, "（七） on the ageing team and missing IT specialists is slogans only: 坚持人才强中心理念，进一步加强…着力优化…不断提升…努力打造 — no hiring, training or post named."),
    F("no-accountability", 5, "违规发放加班补贴: the report stops the payment and revises the rule, but nothing is recovered and nobody is dealt with, though the speech demanded 对违反纪律规定的人和事依规依纪严肃处理."),
], must_not_flag=[
    F("weak-leadership", None, "Part 一 is the secretary's own work: 第一责任人, 组长 of the 领导小组, 4 推进会, 2 site visits, 约谈 of the contractor."),
    F("late-report", None, "Feedback 2024-10-16, notice 2025-01-10: 86 days."),
    F("no-disclosure", None, "A public notice (主动公开) with phone, e-mail, address and a 7-working-day comment period."),
    F("inconsistent-claim", None, "23 measures = 21 done + 2 ongoing (平台二期, 7 拆迁 cases), both visible in the items; 1 new + 3 revised rules named."),
    F("no-accountability", 3, "服务费 扣减 4.6万 and the supervising section head 提醒谈话."),
    F("no-accountability", 4, "860元 paid back, the driver 批评教育."),
    F("vague-measure", 1, "Opens with 从提高政治站位入手 and then 316 cases listed, 309 closed, a 黄牌/红牌 rule."),
    F("no-mechanism", 5, "重新修订《加班和值班管理规定》 (the gap there is accountability)."),
    F("no-owner", 7, "扈静川同志牵头 (the gap there is the slogans)."),
    F("no-deadline", 2, "Ongoing with 2025年4月底前完成验收."),
], links=[
    L("对巡察时积压的316件超期案件逐件建立清单", 1), L("约谈承建单位并按合同扣减进度违约金3.2万元", 2),
    L("对2024年第三季度考核不合格事项扣减服务费4.6万元", 3), L("公务车辆全部安装定位终端", 4),
    L("重新修订《加班和值班管理规定》", 5), L("制定《党支部组织生活年度计划》", 6), L("进一步加强干部队伍建设，着力优化队伍结构", 7)])

# p03 菥阳县个体劳动者私营企业协会党支部: 巡察组 函 (GB18030) with a 问题清单 of 1．–6．, each “【类别】heading。主要表现：…。
# 整改时限：…”. Report: preamble + 附件 ｜-row 整改台账 (7 fields).
G["p03"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-owner", 2, "Row 2's 责任领导 is “协会党支部” and 责任人 “相关工作人员” — nobody in particular; every other row names a leader and a person."),
    F("no-disclosure", None, "The 函 asks to publish the rectification to members and society; the report never does (the 退费名单 in the 会员微信群 is a refund list, not the rectification)."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、会长尉迟明远 heads the 领导小组, 第一责任人, progress reports every two weeks, 5 推进会."),
    F("late-report", None, "Feedback 2025-06-09, report 2025-08-29: 81 days."),
    F("inconsistent-claim", None, "19 measures = 16 done + 3 pending (组建 1, 换届 2) and rows 2 and 5 say so; 3.2万 + 0.88万; 诫勉1/批评2/提醒1; 3 rules named."),
    F("no-accountability", 3, "3.2万 refunded, 秘书长 诫勉谈话."),
    F("no-accountability", 4, "0.88万 paid back to the firm, 2 staff 批评教育, 副秘书长 提醒谈话."),
    F("no-mechanism", 3, "制定《协会财务收支管理办法》."),
    F("no-mechanism", 4, "制定《协会工作人员廉洁从业“十不准”》."),
    F("no-owner", 1, "会长尉迟明远 and 秘书长冼嘉禾."),
    F("no-deadline", 3, "“立行立改，2025年7月10日”."),
    F("no-deadline", 5, "2025年9月30日, with the 换届 still being prepared."),
], links=[
    L("组织政策宣讲小分队进市场、进商圈宣讲12场", 1), L("建立会员企业党组织组建工作台账", 2),
    L("3.2万元已于7月10日前全部退还132户会员", 3), L("0.88万元由参与就餐的人员按比例退还给会员企业", 4),
    L("成立换届筹备组", 5), L("补开组织生活会并开展民主评议党员", 6)])

# p04 蘩江县果业发展中心党支部: 乡村振兴领域 专项巡察 反馈意见 by 环节 一、…四、 with restarting 1．2． (2+2+2+1 = 7);
# the 移交 sentence and the closing 整改 paragraph are not problems.
# Report: by the centre's own WORK LINES (项目管理线 / 资金财务线 / 党建队伍线), items without problem numbers.
G["p04"] = dict(mode="pair", issues=7, unanswered=[4], must_flag=[
    F("unanswered-issue", 4, "验收走过场 (6 of 10 acceptances signed by proxy, conclusions copied): no line answers it; the 验收单 under 资金财务线 is about paying for seedlings (problem 5)."),
    F("no-mechanism", 1, "项目库 entered without review: the answer is a one-off re-check of 28 projects (3 out, 2 in); no 入库论证 rule or procedure, while every other answered item names a new rule."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任郜立新 heads the 领导小组 as 第一责任人, 6 meetings, 4 site checks; he owns the 党建队伍线."),
    F("late-report", None, "Feedback 2024-04-23, report 2024-07-19: 87 days."),
    F("no-disclosure", None, "Published on the county government website and the centre's 公众号 with a phone number."),
    F("inconsistent-claim", None, "21 measures = 19 done + 2 named pending; 21.7万 = 12 + 5.1 + 4.6; 诫勉2, 批评4; 5 rules named."),
    F("unanswered-issue", 7, "Answered under 党建队伍线 “关于党员技术服务队” in its own words (9 members, 14 visits, 62 problems)."),
    F("no-accountability", 2, "12万 recovered, 项目股股长 诫勉谈话."),
    F("no-accountability", 6, "4.6万 returned, 分管副主任 诫勉谈话, 会计 批评教育."),
    F("no-mechanism", 6, "《衔接资金项目管理费使用管理规定》."),
    F("no-mechanism", 5, "《衔接资金项目报账拨付规程》."),
    F("no-owner", 1, "The 项目管理线 is headed “（分管副主任：鄢青禾）”."),
], links=[
    L("调出区域布局不符的3个项目", 1), L("已追回果园提升补助资金12万元并缴回县财政", 2), L("责令施工方按合同标准补植苗木4600株", 3),
    L("督促供苗企业补齐验收手续", 5), L("已从中心公用经费中归还", 6), L("重新调整党员技术服务队", 7)])

# p05 薷山县中小学生研学实践教育基地党支部: DOCX 反馈意见, bold heading paragraphs 一、…六、 each followed by a detail
# paragraph; the bold “整改意见” 一要…四要 is not a problem. Report (UTF-16 LE BOM): answers BY NUMBER
# “针对反馈意见第N项问题”, 第五项+第六项 MERGED, a paragraph pasted under 第二项 and 第四项.
G["p05"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("repeated-measure", 2, "Under 第二项 (safety) the bulk is a paragraph (基地召开专题会议进行研究，制定整改方案，建立问题销号台账…确保问题整改到位、不留死角) pasted word for word under 第四项 (official cars)."),
    F("repeated-measure", 4, "第四项 repeats 第二项's paragraph verbatim between two short specific clauses."),
    F("no-deadline", 1, "第一项's bracket says 完成时限：结合课程建设逐步推进 — no date, and the course work is still open; every other item has a date."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任祁慕然 heads the 领导小组 as 第一责任人, 4 推进会, monthly progress, 亲自督办."),
    F("late-report", None, "Feedback 2024-11-26, report 2025-02-21: 87 days."),
    F("no-disclosure", None, "Published in the base website's 公示 column with a 监督电话."),
    F("inconsistent-claim", None, "20 measures = 18 done + 2 named pending (课程开发, 公益研学); 诫勉2/批评1/提醒1; 4 revised rules named."),
    F("repeated-measure", 5, "One merged answer for 第五项 and 第六项, said so (我们合并进行整改), with parts specific to each — not a pasted measure."),
    F("repeated-measure", 6, "Same merged answer: 党课, 党员大会, 入党积极分子 are specific to 第六项."),
    F("no-accountability", 2, "安全保卫科负责人 诫勉谈话 for not reporting the injury."),
    F("no-accountability", 3, "7.9万 refunded, 分管后勤副主任 诫勉谈话, 食堂管理员 批评教育."),
    F("no-accountability", 4, "Costs paid back, 当事人 提醒谈话."),
    F("no-deadline", 3, "2025年1月31日."),
    F("no-owner", 1, "副主任桑晓岚 (the gap there is the time limit)."),
], links=[
    L("新开发“稻作农耕”“非遗竹编”两门课程并试开课", 1), L("对学生宿舍楼消防通道杂物进行了清理", 2),
    L("多收的7.9万元已按学校和班级逐一核对", 3), L("加油卡收归办公室统一保管", 4),
    L("对2023年提拔的2名中层干部补充履行民主推荐程序", 5), L("支部书记祁慕然同志于2025年1月为全体党员讲专题党课", 6)])

# p06 蓰水县产业投资基金管理有限公司党支部 (state firm): 组长's 反馈会 SPEECH, problems 第一，…第六，; the praise, 移交
# sentence, 一要…三要 and the 三个月内 sentence are not problems. Report (GB18030): the secretary-chairman's FIRST-PERSON
# 主要负责人 report, own order 2,4,1,3,6,5, items （一）–（六） with short headings.
G["p06"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("copied-measure", 3, "（四）投后管理 restates the feedback as a promise (我们将…建立定期评估和风险预警机制，投后管理人员不能只收取企业报表…) — no rule issued, no review of the 3000万 exposure, no act done."),
    F("late-report", None, "Feedback 2024-07-02 with a three-month limit (2024-10-02); the report is dated 2024-10-28: 118 days."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary writes as 第一责任人 and 组长, 7 meetings, reports every two weeks, takes the blame himself."),
    F("no-disclosure", None, "“整改情况已在县国资中心网站公开”."),
    F("inconsistent-claim", None, "24 measures = 21 done + 3 named pending; 18.6万 (4.2万 his own); 约谈 + 诫勉 of himself, 诫勉 of one member; 6 rules named."),
    F("copied-measure", 1, "Opens by restating the problem (针对服务全县产业发展功能定位把握不准的问题) and then acts: a fund share exited, 2600万 back, a 1亿 fund, a revised 《子基金管理办法》."),
    F("no-accountability", 2, "县国资中心 约谈 of the chairman and his 书面检查."),
    F("no-accountability", 4, "18.6万 returned, 分管财务的副总经理 诫勉谈话."),
    F("no-accountability", 5, "The chairman 诫勉谈话 by 县委组织部; the relative's contract ended after a new exam."),
    F("no-mechanism", 2, "修订《“三重一大”事项决策实施办法》 and the 前置清单."),
    F("no-mechanism", 5, "制定《员工公开招聘管理办法》."),
], links=[
    L("已完成其中1只基金份额的退出，收回资金2600万元", 1), L("已补充履行前置研究程序并委托第三方开展投资评估", 2),
    L("对被投企业建立定期评估和风险预警机制", 3), L("18.6万元奖金已由领取人全部退回公司账户", 4),
    L("对2023年招聘的3名投资经理，重新组织公开考试", 5), L("公司党支部按程序完成换届选举", 6)])

# p07 蒈原县国际贸易促进委员会党支部: 反馈意见 with （一）–（六） heading lines + 具体表现：; the closing 整改要求 paragraph is
# not a problem. Report: an internal mid-term 整改进展情况的通报 to staff, grouped by STATUS (已完成 / 正在推进), own order.
G["p07"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "The totals say “6个问题中已完成整改5个，正在推进1个”, but the notice lists 4 under 已完成整改的问题（4个） and 2 under 正在推进的问题（2个）."),
    F("no-accountability", 2, "出境考察团 turned sightseeing and 2 cadres' relatives abroad at firms' cost: the notice pauses trips and drafts a rule, but nobody is dealt with and nothing is paid back to the firms, though the feedback named both."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、会长邰景行 heads the 领导小组 as 第一责任人, weekly 调度会, 逐项过问; he owns two items."),
    F("late-report", None, "Feedback 2025-02-18, notice 2025-04-30: 71 days."),
    F("no-disclosure", None, "“本通报同时在县贸促会网站公开”, with a phone number for comments."),
    F("no-accountability", 3, "6.3万 recovered, the reviewer 批评教育."),
    F("no-accountability", 4, "1.1万 paid back, 办公室主任 提醒谈话."),
    F("no-deadline", 1, "In progress with 计划完成时间：2025年12月31日."),
    F("no-deadline", 2, "In progress with 计划完成时间：2025年6月30日 (the gap there is accountability)."),
    F("no-owner", 2, "副会长闻人青 and 联络科."),
    F("no-mechanism", 5, "制定《微信公众号信息发布“三审三校”制度》."),
    F("no-mechanism", 3, "修订《参展补助资金审核办法》."),
    F("unanswered-issue", 1, "Answered under 正在推进 with a report to the county, a 10-fair plan and a same-day certificate rule."),
], links=[
    L("制定2025年境外展会计划", 1), L("已暂停组织出境经贸考察团", 2), L("3家企业多领取的6.3万元已全部追回并缴回县财政", 3),
    L("已由经手的办公室主任及相关人员退赔", 4), L("对公众号2022年以来发布的全部文章进行清理", 5), L("党支部重新召开专题组织生活会", 6)])

# p08 葚溪县军供站党支部: 巡察“回头看” 反馈意见: 一、old problems — four settled ones NAMED IN QUOTES (not problems), then
# 3 unsettled 1．–3．; 二、new problems with RESTARTING 1．–3．; 三、整改意见 not problems. 3 + 3 = 6.
# Report (UTF-8 CRLF): a 回头看 report in two parts (再整改 / 新问题), each （一）–（三）, bracket (责任人；完成时限).
G["p08"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("vague-measure", 2, "The recurring 主体责任 problem (责任清单 not updated, no 廉政谈话) is answered by slogans only: 深刻汲取教训，进一步提高政治站位…坚决防止问题反弹回潮 — no list, no talk, no meeting."),
    F("no-mechanism", 5, "固定资产 (vehicles not written off, a warehouse let without approval and too cheaply): one-off write-off and a re-priced lease, but no asset or letting rule, while the other items each make or revise one and the feedback asked to 防止问题第三次出现."),
    F("weak-leadership", None, "A 回头看 after a repeated 主体责任 failure, and the report shows no 领导小组, no 第一责任人 and no act by the secretary: a staff meeting, then 办公室、保障股、财务室按职责分工; signed by the 站 alone."),
], must_not_flag=[
    F("late-report", None, "Feedback 2023-12-12, report 2024-03-08: 87 days."),
    F("no-disclosure", None, "站内公开栏 and the 县退役军人事务局 website."),
    F("no-accountability", 1, "0.92万 made good by 2 storekeepers, both 批评教育."),
    F("no-accountability", 3, "3.4万 booked, 食堂负责人 诫勉谈话, 分管副站长 书面检查."),
    F("no-accountability", 6, "2.6万 wages recovered, 2 staff 警告处分, the clerk 批评教育."),
    F("no-mechanism", 1, "修订《军粮及保障物资出入库管理制度》 with 季度交叉盘点."),
    F("no-mechanism", 4, "《应急保障人员培训演练制度》 and a revised 预案."),
    F("no-mechanism", 6, "修订《职工考勤管理办法》."),
    F("no-owner", 5, "副站长栾书亭."),
    F("no-deadline", 5, "2024年2月20日."),
    F("unanswered-issue", 2, "Answered, if only by slogans (hence vague-measure)."),
], links=[
    L("由负有保管责任的2名保管员按比例赔偿", 1), L("把落实全面从严治党主体责任摆在更加突出的位置", 2), L("食堂已全面停止对外承办宴席", 3),
    L("按实际在岗人员重新编制保障人员名册", 4), L("委托第三方进行租金评估", 5), L("扣回不在岗期间发放的工资2.6万元", 6)])

# p09 蕰桥县国家湿地公园管理中心党支部: 反馈意见 with areas 一、二、三、…方面 and RESTARTING 1．2．(3．) = 3 + 2 + 2 = 7; the
# closing 以上问题… paragraph is not a problem. Report: a 整改销号申请 (申请销号 / 申请延期销号 per item), 问题1：…问题7： with
# 责任领导/整改措施/整改结果/佐证材料/销号意见 lines.
G["p09"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "The opening says 7个问题已全部整改到位 and asks to close all 7, but 问题1 (340亩 pending) and 问题4 (5.5万 unpaid, tender in December) themselves ask for 延期销号."),
    F("copied-measure", 7, "问题7's 整改措施 restates the feedback (规范巡护队伍管理…杜绝巡护日志由他人代写…巡护轨迹与日志记录相一致), its result is “进一步规范” and its only evidence a 情况说明."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任聂鸿飞 heads the 领导小组 as 第一责任人, 6 meetings, 3 site checks."),
    F("late-report", None, "Feedback 2025-07-07, report 2025-09-30: 85 days."),
    F("no-disclosure", None, "Published on the centre's website and the visitor centre 公示栏."),
    F("copied-measure", 2, "Opens by restating the problem (针对生态监测工作流于形式的问题) and then acts: 3 stations repaired, data corrected, a two-signature rule."),
    F("no-accountability", 3, "Facilities removed, 分管副主任 诫勉谈话, 股室负责人 批评教育."),
    F("no-accountability", 5, "1.9万 recovered, 办公室主任 诫勉谈话, 财务人员 批评教育."),
    F("no-mechanism", 3, "《湿地公园建设项目审批管理规定》."),
    F("no-mechanism", 5, "修订《巡护补贴发放办法》."),
    F("no-deadline", 1, "延期至2026年3月31日 with a monthly 调度."),
    F("no-deadline", 4, "延期至2025年12月31日, tender planned in December."),
    F("no-owner", 7, "副主任凌秋白 (the gap there is the copied measure)."),
], links=[
    L("累计完成退塘还湿860亩", 1), L("对3个损坏的监测点位设备全部维修更换", 2), L("责令旅游公司拆除保育区内的垂钓平台和休闲栈道", 3),
    L("已向承包人发出催缴通知书", 4), L("1.9万元补贴已全部追回", 5), L("在保护区巡护一线划分党员责任区6个", 6), L("对聘用的巡护员开展考核", 7)])

# p10 薸河县结核病防治所党支部: 反馈意见 with area paragraphs 一、在…方面，一是…二是…(三是…) RESTARTING (2 + 3 + 2 = 7); the
# closing 巡察组建议 paragraph is not a problem. Report: DOCX, bold （一）关于“…”的问题 headings, 一是… paragraphs and a
# (责任领导；责任科室；完成时限) bracket; the DR purchase is silently skipped.
G["p10"] = dict(mode="pair", issues=7, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "The 168万 DR purchase signed by the director alone is nowhere in the report: the headings go from 违规发放补贴 to 党支部建设弱化."),
    F("late-report", None, "Feedback 2024-03-19 with a three-month limit (2024-06-19); the report is dated 2024-07-26: 129 days."),
    F("no-disclosure", None, "The feedback asks to publish the rectification; the report never does (the 免费诊疗政策 in the 公众号 and 门诊大厅 is patient information, not the rectification)."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、所长鲜于晋 heads the 领导小组 as 第一责任人, 5 推进会, site visits, monthly ledger review."),
    F("inconsistent-claim", None, "22 measures = 20 done + 2 named pending; 2.4万; 诫勉1/批评1/提醒1; 4 rules named."),
    F("unanswered-issue", 6, "Answered under “党支部建设弱化” (专职副书记, quarterly 党员大会, 2 积极分子)."),
    F("no-accountability", 1, "A performance shortfall (转诊到位率): no misconduct to punish."),
    F("no-accountability", 2, "防治科科长 诫勉谈话 for the late epidemic reports."),
    F("no-accountability", 4, "2.4万 returned, 办公室主任 提醒谈话."),
    F("no-mechanism", 3, "修订《免费抗结核药品管理制度》."),
    F("no-mechanism", 4, "修订《卫生防疫津贴发放实施细则》."),
    F("no-deadline", 7, "2024年7月15日, 长期坚持 only for training."),
    F("no-owner", 6, "党支部书记、所长鲜于晋."),
], links=[
    L("对2023年以来未到位的患者建立追踪清单", 1), L("对2起学校聚集性疫情的密切接触者补充开展筛查", 2), L("对库存过期药品登记造册", 3),
    L("“防护补贴”2.4万元已全部退回", 4), L("配齐党支部委员", 6), L("对近三年流失的5名执业医师逐一回访", 7)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
