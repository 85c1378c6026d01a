"""Write p01..p10/gold.json (dev-pairs gold format) for dev81 (held out). The gold is hand-judged; this file only keeps it
in one place. Modelled on corpus/dev44/make/gold.py. Debatable points ("may report") are not gold: they are in each
pair's notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 薢阳县城市排水管理所党支部: formal 反馈意见, areas （一）…方面 + continuous 1．–7． heading。detail; 二、整改意见
# （一）–（五） are not problems. Report: the unit's OWN-WORDS headings (“易涝点改造拖期的整改” …) in feedback order,
# each with 整改措施 (一是…) / 责任人；完成时限 / 整改结果. GOOD REPORT.
G["p01"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、所长柘允川 heads the 领导小组 as 第一责任人, chaired 4 推进会, 3 site checks, 当面督办 two late tasks."),
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-12: 84 days, inside three months."),
    F("no-disclosure", None, "Published on the 县住建局 website and the 所内公开栏, with a 监督电话."),
    F("inconsistent-claim", None, "23 measures = 21 done + 2 named long-term ones; 4.8万 = 2.3 + 0.7 + 1.8; 诫勉2 (#3, #5), 批评4 (#3 1, #4 1, #6 2); 3 new + 1 revised rules, all named in the items."),
    F("unanswered-issue", 7, "Answered under the reworded heading “网上舆论阵地管理的整改”: 专题研究意识形态, 责任清单, group admins, a rule."),
    F("vague-measure", 7, "Opens with 深刻反思，进一步提高认识 but then three concrete acts."),
    F("no-accountability", 3, "2.3万 returned; 时任分管副所长 诫勉谈话, 办公室主任 批评教育 + 书面检查."),
    F("no-accountability", 4, "0.7万 paid back by the former 物资管理员, who is also 批评教育."),
    F("no-accountability", 5, "1.8万 核减; the former 所长 who picked the contractors gets a 诫勉谈话 from the 县住建局党组."),
    F("no-accountability", 1, "A works delay with no wrongdoing named; the feedback's 整改意见（三） lists only #3–#5 for handling."),
    F("no-mechanism", 2, "《雨污分流接驳工程质量抽检办法》."),
    F("no-mechanism", 4, "《工程物资出入库管理办法》."),
    F("no-mechanism", 5, "修订《政府采购和服务外包管理规定》."),
    F("no-deadline", 6, "“2025年6月起长期坚持” — a start date for a standing task."),
    F("no-owner", 2, "副所长庞砚秋."),
], links=[
    L("东关路口、粮站巷两处已于6月中旬开工", 1), L("共排查186处，发现混接19处", 2), L("2.3万元已由领取人员全部退回", 3),
    L("0.7万元由原物资管理员赔偿", 4), L("核减费用1.8万元并已扣回", 5), L("经县住建局党组研究，对其进行诫勉谈话", 5),
    L("每月第一个星期五固定为主题党日", 6), L("对所内3个工作微信群明确群主和管理员", 7)])

# p02 蕿江县地方海事处党支部: 组长's 反馈会 speech, problems 第一，…第六，; the 原因 paragraph and 一要…三要 are not
# problems. Report (GB18030): OWN ORDER “先党建、后业务” = 6,5,1,2,4,3, reworded 关于…的问题 headings + field line.
G["p02"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-accountability", 3, "1.2万 of 船检费 kept in an 检验员's personal account and partly spent: the report hands 0.7万 over, 补办 the spent 0.5万 as expenses and writes a rule, but nobody is dealt with, though the speech said 该追责的追责，不能一退了之."),
    F("late-report", None, "Feedback 2025-03-18 with a 三个月内 limit (2025-06-18); the report is dated 2025-07-09: 113 days."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、处长隗若川 heads the 领导小组, 第一责任人, 5 推进会, 4 渡口 visits, 约谈 two section heads."),
    F("no-disclosure", None, "“已在县交通运输局门户网站公开，并在处机关公开栏张贴”."),
    F("inconsistent-claim", None, "19 measures all done and every item says 已完成; 1.41万 = 0.71 + 0.7; 诫勉1 (#4) + 提醒1 (#5) + 批评5 (#1 1, #2 3, #4 1); 3 new + 2 revised rules."),
    F("unanswered-issue", 3, "Answered last, as report item （六）, because the report runs in its own order."),
    F("unanswered-issue", 1, "Answered as report item （三）“渡口渡船检查走过场”."),
    F("no-mechanism", 3, "《船舶检验收费管理规定》 and a quarterly reconciliation (the gap there is accountability)."),
    F("no-accountability", 4, "0.71万 repaid by the approver and the handler; 副处长 诫勉谈话, 经办人 批评教育."),
    F("no-accountability", 2, "3 案件主办人员 批评教育."),
    F("no-accountability", 1, "The inspector who signed without checking is 批评教育 and moved."),
    F("no-owner", 3, "鄢晴岚 is 责任领导, 船检站、财务股 责任股室."),
    F("no-deadline", 3, "2025年5月31日."),
], links=[
    L("重新召开2024年度组织生活会", 6), L("补充查核个人有关事项报告", 5), L("对库区23艘自用船舶逐艘登记造册", 1),
    L("制定《水上交通行政处罚自由裁量基准》", 2), L("对6次接待逐笔清理", 4), L("注销检验员个人账户收款方式", 3)])

# p03 藾山县人民政府发展研究中心党支部: 反馈意见 with 一、…六、 heading。detail; 整改建议 （一）–（四） are not problems.
# Report: reworded headings in feedback order （一）–（五）, problem 5 (干部队伍) ABSENT; problem 2 answered TWICE (its own
# item + 三、建章立制情况); rules for #1, #3, #6 only in the closing 建章立制 section; none for #4 (保密).
G["p03"] = dict(mode="pair", issues=6, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "干部队伍建设滞后 (no new researchers, 3 借调 over a year, flat 考核): no heading, sentence or rule answers it; report （五） is problem 6."),
    F("no-mechanism", 4, "The feedback says 没有建立保密管理制度; the answer stops the chat use, checks and unplugs the PC and holds one lecture — no rule, while the closing 建章立制 section names rules for #1, #2, #3, #6."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任邰景行 heads the 领导小组, 第一责任人, 4 专题会议, two 专门督办."),
    F("late-report", None, "Feedback 2025-06-03, report 2025-08-26: 84 days."),
    F("no-disclosure", None, "“已在县政府门户网站发展研究中心栏目公开”."),
    F("unanswered-issue", 2, "Answered twice: （二） (contracts signed, 补充验收, 批评教育) and 三、建章立制 二是 (《委托研究课题管理办法》)."),
    F("unanswered-issue", 6, "Answered under the fifth heading （五）党支部工作虚化 — position 5, problem 6."),
    F("no-mechanism", 2, "《委托研究课题管理办法》 — in the closing 建章立制 section, not in the item."),
    F("no-mechanism", 1, "《重点调研课题管理办法》 (closing section) and the 三段评审 in the item."),
    F("no-mechanism", 3, "修订《差旅和外出考察管理规定》 (closing section)."),
    F("no-mechanism", 6, "修订《党员积分管理办法》 (closing section)."),
    F("no-accountability", 3, "1.1万 refunded by the participants; 办公室主任 诫勉谈话; the head makes a 检查."),
    F("no-owner", 4, "副主任蒯知远 (the gap there is the missing rule)."),
    F("no-deadline", 4, "2025年7月10日."),
], links=[
    L("对3篇大段摘录外地材料的成果全部退回重写", 1), L("制定《重点调研课题管理办法》", 1),
    L("对2项未签合同的课题补签了书面合同", 2), L("制定《委托研究课题管理办法》", 2),
    L("认定与业务无关的费用1.1万元", 3), L("修订《差旅和外出考察管理规定》", 3),
    L("立即停止通过微信群传递内部研究报告", 4), L("重新按实际表现计算2024年党员积分", 6), L("修订《党员积分管理办法》", 6)])

# p04 蒟城县种业发展有限公司党支部 (state firm): 问题清单 问题1：…问题7： + 具体表现：; the closing 整改要求 is not a
# problem. Report: DOCX, short report + 附表 整改台账 as a Word table; one row answers 问题4 and 问题5 together.
G["p04"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-owner", 7, "The 问题7 row's 责任领导 is “公司领导班子” and 责任部门 “各部门” — nobody in particular; every other row names one leader."),
    F("no-deadline", 1, "The 问题1 row's 完成时限 is “结合播种季节逐步推进” and it is 正在推进 — an open task with no date."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长幸砚农 heads the 领导小组, 第一责任人, 5 推进会, 2 base visits, 亲自过问 the two hard tasks."),
    F("late-report", None, "Feedback 2024-10-15, report 2025-01-10: 87 days."),
    F("no-disclosure", None, "“已在公司公示栏和县国有资产服务中心网站公开”."),
    F("inconsistent-claim", None, "5 done + 2 in progress (问题1, 问题7) matches the 完成情况 column; 21 measures; 3.9万 = 2.3 + 1.6; 诫勉2, 批评2; 1 new + 2 revised rules."),
    F("repeated-measure", 4, "One merged row for 问题4 and 问题5 says so (“合并整改”); its parts are specific (返利凭证, 招待费)."),
    F("repeated-measure", 5, "Same merged row."),
    F("no-owner", 2, "党支部书记幸砚农."),
    F("no-owner", 1, "副总经理苏映禾 (the gap there is the date)."),
    F("no-deadline", 3, "“立行立改，2024年11月10日”, 已完成."),
    F("no-deadline", 7, "2025年3月31日 (the gap there is the owner)."),
    F("no-accountability", 3, "质量检验部负责人 诫勉谈话, 仓储主管 批评教育."),
    F("no-accountability", 4, "2.3万 repaid by the handler; 销售部经理 诫勉谈话."),
    F("no-accountability", 6, "The wife moved off the 出纳 post; the 副总经理 批评教育."),
    F("no-mechanism", 2, "修订《党支部前置研究讨论重大经营管理事项清单》."),
    F("no-mechanism", 3, "《种子出库质量检验规定》."),
], links=[
    L("新增具备隔离条件的制种地块650亩", 1), L("出借的50万元已于2024年11月全部收回", 2), L("不合格的3批次共0.8万公斤作转商处理", 3),
    L("补齐经销商签收凭证7.2万元", 4), L("不符合规定的1.6万元由审批人退回", 5), L("修订《财务报销管理办法》", 5),
    L("副总经理妻子已调离出纳岗位", 6), L("设立党员示范岗3个", 7)])

# p05 蘀溪县政府投资项目代建中心党支部: DOCX 反馈意见, bold （一）–（六） heading paragraphs + detail; 二、整改意见 一是…四是
# are not problems. Report: 一、…五、关于…的问题（对应反馈意见第N项）; 二 MERGES 第二、三项; 四 and 五 (第五、六项) carry the
# same pasted paragraph after different first clauses; no 领导小组 / 第一责任人 / 支部书记 anywhere.
G["p05"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("repeated-measure", 5, "档案 (4 projects never handed over, missing 隐蔽工程 images) is answered only by a general paragraph (学习文件精神…自查自纠…专题会议2次…每周调度、每月通报) that is pasted again under 第六项."),
    F("repeated-measure", 6, "党组织作用 (no 临时党小组) repeats 第五项's paragraph word for word after a different first clause."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人, the 党支部书记 never appears: “中心…召开全体干部职工会议…由综合科牵头汇总，各项目组和职能科室按照职责分工抓好落实”, signed by the 中心, though 整改意见 一是 asked for all three."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-04-22, report 2025-07-15: 84 days."),
    F("no-disclosure", None, "“整改情况已在县政府门户网站公开”."),
    F("inconsistent-claim", None, "All done except the 征地 project, which item 一 also names as still 在协调; 34万 = 9.6 + 21.4 + 3; 警告1, 诫勉1, 批评1; 2 new rules (签证办法, 月报制度)."),
    F("repeated-measure", 2, "One merged answer for 第二、三项 that says so (“合并进行整改”), with parts specific to each."),
    F("repeated-measure", 3, "Same merged answer (履约评价, 扣减服务费3万)."),
    F("unanswered-issue", 3, "Inside the merged answer 二（对应反馈意见第二、三项）."),
    F("no-accountability", 4, "购物卡 handed in; 党内警告 by the 派驻纪检监察组 and removal from the post."),
    F("no-accountability", 2, "项目负责人 诫勉谈话, 原科长 批评教育, 21.4万 核减."),
    F("no-mechanism", 2, "《设计变更和现场签证管理办法》."),
    F("no-mechanism", 1, "项目进度月报制度."),
    F("no-deadline", 1, "2025年6月30日."),
    F("no-owner", 1, "工程管理科科长黎望川."),
], links=[
    L("扣减工程款9.6万元", 1), L("核减造价21.4万元", 2), L("对监理、造价咨询等11家服务单位开展首次履约评价", 3),
    L("这两个问题都出在合同管理环节，我们合并进行整改", 2), L("这两个问题都出在合同管理环节，我们合并进行整改", 3),
    L("给予其党内警告处分", 4), L("针对项目档案管理混乱的问题", 5), L("针对党组织作用发挥不充分的问题", 6)])

# p06 蕰水县国有蚕种场党支部: 反馈意见 (GB18030), areas 一、…方面 with restarting 1．2．(3．) = 2 + 3 + 2; the closing
# “整改中要注意” paragraph is not a problem. Report: reworded 关于…的问题 items (measures only), then ACCOUNTABILITY and RULES
# in closing sections 三、追责问责情况 / 四、建章立制情况 that name problems by content.
G["p06"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("copied-measure", 7, "The 上轮巡察整改不彻底 item only turns the feedback back into a statement (彻底整改仓库账实不符问题，做到账实相符，确保整改到位、不再反弹): no 盘点, no figure, no root cause, and no rule or person in the closing sections."),
    F("no-accountability", 4, "260亩 leased below value to the 副场长's 妹夫 without 公开招租: the item re-tenders and collects 5.6万, the closing rule adds 回避, but 三、追责问责 names people for #2, #3, #5 only — nothing on the 副场长 or those who signed, though the feedback demanded 依规依纪严肃处理."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、场长阚栖梧 heads the 领导小组, 第一责任人, 5 meetings, 4 checks, 专题组织生活会."),
    F("late-report", None, "Feedback 2024-08-27, report 2024-11-19: 84 days."),
    F("no-disclosure", None, "“已在场部公开栏和县农业农村局网站公示”."),
    F("copied-measure", 1, "Opens by restating the problem (针对免费蚕种发放打折扣…) and then acts: 850张 补发, 到户签收台账, 公示."),
    F("no-accountability", 3, "In the closing section: 场长 诫勉谈话, 4 members 书面检查, 4.2万 refunded."),
    F("no-accountability", 5, "In the closing section: 会计和出纳 批评教育."),
    F("no-accountability", 2, "In the closing section: the absent 冷库管理员 批评教育 and 扣发绩效."),
    F("no-mechanism", 3, "修订《津贴补贴发放管理规定》 (closing section)."),
    F("no-mechanism", 4, "《桑园土地发包租赁管理办法》 with 公开招租 and 回避 (closing section; the gap there is accountability)."),
    F("no-mechanism", 5, "修订《财务报销审批规定》 (closing section) and the 三签制度 in the item."),
    F("no-mechanism", 1, "《免费蚕种发放到户管理办法》 (closing section)."),
], links=[
    L("对应发未发的850张蚕种", 1), L("更换超期使用的制冷机组2台", 2), L("值班脱岗的冷库管理员受到批评教育", 2),
    L("对2023年发放的4.2万元逐人清退", 3), L("对场长阚栖梧进行诫勉谈话", 3),
    L("拖欠的租金5.6万元已全部追缴入账", 4), L("制定《桑园土地发包租赁管理办法》", 4),
    L("报销单据实行经办人、证明人、审批人三签制度", 5), L("对场会计和出纳进行批评教育", 5),
    L("开展了2023年度民主评议党员", 6), L("场党支部彻底整改仓库账实不符问题", 7)])

# p07 藦台县公物仓管理中心党支部: （一）–（七） heading lines + 具体表现：; the closing paragraph is requirements.
# Report (CRLF): the unit's OWN six 整改任务 in its own order (制度 → 清查 → 场地 → 作风 → 调剂 → 党员), each with
# “（对应反馈问题：…）” paraphrasing the problems; 任务二 answers （二） and （三） together.
G["p07"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "“7个问题已全部整改到位，整改方案确定的19项措施全部完成” while 任务二 says 8 of the 37 missing items are 正在…核查 and 任务五 says the platform is 预计6月上线 with a 完成时限 of 2025-06-30, after the report date."),
    F("no-mechanism", 4, "The feedback says the 场地 has 没有任何管理规定 and lending is one 副主任's call; 任务三 takes the space back, charges 2.8万 and criticises him, but makes no rule on the use of storage space, while 任务一 and 任务二 write rules."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任韦砺川 heads the 领导小组, 第一责任人, 5 推进会, checks all 4 warehouses."),
    F("late-report", None, "Feedback 2025-01-14, report 2025-04-10: 86 days."),
    F("no-disclosure", None, "“已在县机关事务网公开”, with an 意见箱 and a phone number."),
    F("unanswered-issue", 1, "Answered as 任务五 “盘活闲置资产”, near the end of the report."),
    F("unanswered-issue", 3, "Answered inside the merged 任务二 (清查, 贴码, 29 found)."),
    F("repeated-measure", 2, "任务二 answers （二） and （三） together on purpose; one answer, not a pasted one."),
    F("repeated-measure", 3, "Same merged task."),
    F("no-mechanism", 6, "《公物仓资产出入库审批管理办法》 and three separated posts."),
    F("no-mechanism", 2, "《公物仓资产处置管理办法》."),
    F("no-accountability", 4, "The 副主任 who lent the space is 批评教育 and writes a 书面检查; 2.8万 collected (the gap there is the rule)."),
    F("no-accountability", 5, "主任 诫勉谈话 by the 县机关事务服务中心党组, driver 批评教育, 0.4万 repaid."),
    F("no-accountability", 2, "1.2万 补缴; 经办人 提醒谈话, 原保管员 批评教育."),
    F("no-deadline", 1, "2025年6月30日 (the trouble there is the all-done claim, not the date)."),
], links=[
    L("取消便条出库", 6), L("评估价与成交价的差额1.2万元已由回收企业补缴", 2), L("制定《公物仓资产处置管理办法》", 2),
    L("已找回29件", 3), L("1号仓库出借场地已于2月10日全部收回", 4), L("主任办公室按标准调整为18平方米", 5),
    L("1月以来已向14个单位调剂资产316件", 1), L("每月第二周周五集中学习", 7)])

# p08 菵川县再生资源开发有限公司党支部 (state firm): 1．–6． heading lines + detail; 整改要求 is not a problem.
# Report: short preamble + 整改台账 as ｜-separated text rows in the order of the lead departments (财务部 → 业务部 →
# 网点运营部 → 综合办公室 → 党支部); 问题3 SPLIT over two rows.
G["p08"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("vague-measure", 6, "Row 7 (党员示范岗 only a sign, 7 front-line members no different) is slogans only: 深入学习…进一步强化党员身份意识，充分发挥…，切实把党建优势转化为发展优势 — no post, no task, no person."),
    F("no-disclosure", None, "The feedback asks to publish the rectification to staff and the public; the report never says it did (the daily 收购价格 on the 价格公示牌 and 公开招聘 are not rectification disclosure)."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长覃映山 heads the 领导小组, 第一责任人, 4 推进会, visits 2 centres and 9 points."),
    F("late-report", None, "Feedback 2025-02-11, report 2025-05-06: 84 days."),
    F("inconsistent-claim", None, "5 done + 问题1 in progress matches the rows; 20 measures, 16 done (row 4's four open); 诫勉1, 批评3, 提醒1; 2 new + 2 revised rules."),
    F("vague-measure", 2, "Opens with 切实增强规范意识 but then a 价格管理小组, weekly pricing with records, a 定价管理办法."),
    F("unanswered-issue", 3, "Answered in two rows (现金支付 / 现金日记账)."),
    F("unanswered-issue", 1, "Answered in row 4, out of feedback order."),
    F("no-accountability", 3, "财务部经理 and two 出纳 批评教育."),
    F("no-accountability", 4, "分管副总经理 诫勉谈话."),
    F("no-accountability", 5, "副总经理 提醒谈话, the relative moved off the finance post."),
    F("no-mechanism", 2, "《废旧物资收购定价管理办法》."),
    F("no-mechanism", 3, "修订《现金管理规定》."),
    F("no-mechanism", 5, "《员工招聘管理办法》."),
    F("no-deadline", 1, "2025年12月31日, 正在推进."),
    F("no-owner", 6, "党支部书记覃映山 (the gap there is the slogan measure)."),
], links=[
    L("收购款5000元以上一律通过银行转账支付", 3), L("逐日补记、逐笔核对", 3), L("成立由总经理任组长的价格管理小组", 2),
    L("对6个长期关门的网点逐一调整运营方式", 1), L("对购置打包机事项补充提交党支部会议和总经理办公会研究", 4),
    L("制定《员工招聘管理办法》", 5), L("切实把党建优势转化为发展优势", 6)])

# p09 蓲源县网格化服务管理中心党支部: 纪委监委 website news item, “主要有：一是…六是”; 巡察组要求 and the 表态 are not
# problems. Report (UTF-16 LE BOM): answers BY NUMBER only (针对巡察反馈第N个问题), 第三、四个 MERGED, 第五个 (宴请) ABSENT.
G["p09"] = dict(mode="pair", issues=6, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "宴请并饮酒 during trainings: the report goes from “第三、四个问题” to “第六个问题”; no sentence handles it."),
    F("no-deadline", 2, "第二个问题's 完成时限 is “长期推进，逐步解决” and it is 正在整改: an open item with no date."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任尉迟青岑 heads the 领导小组, 第一责任人, 4 meetings, checks in 6 townships."),
    F("late-report", None, "Feedback 2025-05-08, report 2025-07-30: 83 days."),
    F("no-disclosure", None, "“已在县政府门户网站公开”."),
    F("inconsistent-claim", None, "15 measures = 8 done (（一）（三）) + 7 in progress (（二）（四）), matching the items; 12.9万 = 4.6 + 8.3; 诫勉1, 批评2; 3 new + 1 revised rules."),
    F("unanswered-issue", 4, "Answered by number inside the merged （三）针对巡察反馈第三、四个问题 (公开采购)."),
    F("unanswered-issue", 6, "Answered under the report's fourth heading （四）针对巡察反馈第六个问题."),
    F("repeated-measure", 3, "A merged answer that says so (“一并整改”)."),
    F("repeated-measure", 4, "Same merged answer."),
    F("no-deadline", 1, "2025年6月30日."),
    F("no-deadline", 6, "2025年12月31日, 正在整改 — a date for an open item."),
    F("no-accountability", 1, "4.6万 recovered, 8 dismissed, the 科长 批评教育."),
    F("no-accountability", 3, "8.3万 restored; the 财务负责人 诫勉谈话."),
    F("no-accountability", 4, "分管副主任 批评教育."),
    F("no-mechanism", 2, "事件办结群众评价和第三方回访核查制度 (the gap there is the date)."),
], links=[
    L("8名解除聘用", 1), L("发现未实际解决的事件37件，已重新派单办理", 2), L("已从中心公用经费中全额归还专项资金账户", 3),
    L("已委托县公共资源交易中心公开采购", 4), L("这两个问题都属于资金和采购管理方面的问题，一并整改", 3),
    L("这两个问题都属于资金和采购管理方面的问题，一并整改", 4), L("今年新建网格党小组78个", 6)])

# p10 蘐河县校外培训监管服务中心党支部: 组长's speech, 从…看 paragraphs with inline 一是…七是 (continuous); 一要…三要 are
# not problems. Report: public HTML 整改进展情况的通报 (header, stats), items under the unit's own three areas, then
# 二、建章立制 (answers #2 a second time) and 三、追责问责 (sanctions for #3 and #5 only).
G["p10"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-accountability", 4, "A cadre took 1.5万 as “教学顾问” of a training firm he supervises: he has only resigned the post; no money 退缴, and 三、追责问责 names people for #3 and #5 only, though the speech said 依规依纪依法处理，决不能大事化小."),
    F("vague-measure", 6, "理论学习流于形式 is answered with slogans only (坚持…首要政治任务，进一步增强…自觉性和主动性，不断创新学习方式，切实提高学习质量…): no plan, no session, no record."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任蔺晚晴 heads the 领导小组, 第一责任人, 5 meetings, 3 night/weekend checks."),
    F("late-report", None, "Feedback 2024-12-10, 通报 2025-03-04: 84 days."),
    F("no-disclosure", None, "A public 通报 (主动公开) with a comment period and a phone number."),
    F("inconsistent-claim", None, "6 done + 1 持续推进 (#2, 20 of 23, 3 opening accounts) = 7, 85.7%; 1.66万 = 0.2 + 0.36 + 1.1; 警告1 + 诫勉2; 3 rules, all named."),
    F("no-accountability", 3, "In 三、追责问责: one 党内警告, one 诫勉谈话; gifts handed in, course fees paid."),
    F("no-accountability", 5, "In 三、追责问责: 时任办公室主任 诫勉谈话; 1.1万 refunded."),
    F("vague-measure", 7, "Opens with 进一步增强组织观念 but then the two transfers done and a 党员信息台账."),
    F("unanswered-issue", 2, "Answered twice: item 2 (20 of 23 accounts) and 二、建章立制 二是 (《…预收费资金监管实施细则》)."),
    F("no-mechanism", 2, "《校外培训机构预收费资金监管实施细则》 in the closing 建章立制 section."),
    F("no-mechanism", 1, "《隐形变异培训排查整治工作规程》."),
    F("no-mechanism", 3, "《执法检查廉洁工作规定》."),
    F("no-deadline", 2, "2025年4月30日, 持续推进."),
], links=[
    L("巡察中发现的5家机构已全部停止违规培训", 1), L("其余3家正在办理开户手续", 2), L("制定《校外培训机构预收费资金监管实施细则》", 2),
    L("2名工作人员收受的购物卡共0.2万元已上缴", 3), L("给予1人党内警告处分", 3),
    L("该干部已辞去在培训机构担任的“教学顾问”职务", 4), L("虚列的1.1万元已由参加加班就餐的人员全部退回", 5),
    L("对时任办公室主任进行诫勉谈话", 5), L("不断创新学习方式", 6), L("2名党员的组织关系已于2025年1月转入中心党支部", 7)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
