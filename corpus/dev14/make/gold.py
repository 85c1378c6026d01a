"""Write p01..p10/gold.json (dev-pairs gold format). The gold is hand-judged; this file only keeps it in one place.
Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 卫健局: feedback "表现在：" paragraphs, problems split by 。 (3+3+2; a "其中…" sentence belongs to #6);
# GB18030 report, one long 一是… paragraph per section, #1+#3 and #7+#8 merged, #2 missing.
G["p01"] = dict(mode="pair", issues=8, unanswered=[2], must_flag=[
    F("unanswered-issue", 2, "The unchecked price differences in the 医共体 drug distribution (and the missing report to 医保) appear nowhere; the merged first section answers only 家庭医生 and 爱国卫生 although it calls itself the first area's problems, and 医共体/医保 occur only inside other answers."),
    F("no-mechanism", 6, "4.2万 overpaid to the waste-disposal firm through a review that nobody checked: the answer recovers the money, criticises the two clerks and changes the post, but makes no settlement-review rule, while the feedback asks for 长效机制 on exposed loopholes and every other money item gets a rule."),
], must_not_flag=[
    F("no-accountability", 6, "The clerk and the reviewer received 批评教育 and the post was changed."),
    F("no-accountability", 5, "Former finance head 党内警告, the deputy director 诫勉谈话, 13.6万 refunded."),
    F("no-accountability", 3, "The two staff who filled in the score sheets received 批评教育 and wrote 书面检查."),
    F("no-mechanism", 3, "修订《荃山县城乡环境卫生整治考核办法》 (score sheets filled on site)."),
    F("no-mechanism", 4, "修订《中共荃山县卫生健康局党组工作规则》."),
    F("no-mechanism", 5, "制定《县卫生健康局机关津贴补贴和加班补助发放管理办法》."),
    F("no-mechanism", 8, "制定《局属单位党支部发展党员工作全程纪实办法》."),
    F("repeated-measure", 3, "#1 and #3 share one section because they are merged on purpose (合并整改); each 一是… serves one of them."),
    F("repeated-measure", 8, "#7 and #8 are merged on purpose in section （五）; no text is pasted elsewhere."),
    F("no-deadline", 4, "2025年10月31日, regular study 长期坚持."),
    F("no-deadline", 7, "2025年12月10日, spot checks 长期坚持."),
    F("no-owner", 6, "副局长邓国栋 and 财务股、医政医管股 are named."),
    F("weak-leadership", None, "领导小组 under the 党组书记; 汪启明 named 第一责任人, 4 推进会, 逐项过问, on-site 督办."),
    F("no-disclosure", None, "To be published in the 通知公告 column of the bureau's website with a 监督电话."),
    F("late-report", None, "Feedback 2025-09-18, report 2025-12-12: 85 days."),
], links=[
    L("对巡察抽查发现无随访记录的43户居民逐户补做随访", 1), L("由县爱卫办联合县融媒体中心对5个被代填评分的乡镇逐一实地复评", 3),
    L("对医疗采购、基建项目、医保结算3个领域的廉政风险逐一提出防控要求", 4), L("违规发放的13.6万元已全部由个人退缴至局财务账户", 5),
    L("确认多支付费用4.2万元", 6), L("2025年9月以来支部委员会每月召开", 7), L("对2023年违规接收的2名预备党员", 8)])

# p02 体育事业发展中心: UTF-16 feedback, short title line + "具体表现为：" paragraph (2+3+2), 整改意见 in the same shape;
# report answers in another order, headed "对照反馈意见第X方面第Y项" (Y counts unnumbered title lines).
G["p02"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-deadline", 5, "The 公务用车 item (对照第二方面第3项) ends with 责任领导 and 责任部门 only; every other item has a 完成时限, and 2 of the 11 fuel-card cases are still being checked."),
    F("no-accountability", 4, "3.8万 of race money paid to the centre's own staff as 裁判补助 and passed by finance: the money is recovered and a rule made, but nobody (the staff, the finance reviewer, the responsible deputy) is held to account."),
    F("no-disclosure", None, "The report ends with 特此报告 and is not published anywhere, although the feedback says 整改情况要按规定予以公开; the 收费标准 posted at the ticket window is a measure, not disclosure."),
], must_not_flag=[
    F("no-accountability", 3, "The two managers who took ticket money by WeChat received 批评教育 and were moved off the till."),
    F("no-accountability", 2, "The deputy director in charge of finance received 诫勉谈话; 3.6万 refunded by staff."),
    F("no-mechanism", 3, "制定《区体育场馆对外开放收费管理办法》."),
    F("no-mechanism", 2, "修订《中心专项资金使用管理规定》."),
    F("no-mechanism", 4, "制定《区级赛事活动经费管理细则》: the gap on #4 is accountability."),
    F("no-mechanism", 7, "制定《中心中层干部竞聘上岗工作规程》."),
    F("no-owner", 5, "副主任林佩 and 办公室 are named; only the time limit is missing."),
    F("no-deadline", 6, "2025年5月起，长期坚持."),
    F("weak-leadership", None, "领导小组 under the secretary 蒋怀瑜, named 第一责任人, 5 meetings, twice on site at the swimming hall."),
    F("late-report", None, "Feedback 2025-04-22, report 2025-07-16: 85 days."),
    F("inconsistent-claim", None, "No completion total is claimed; the two open fuel-card cases are stated openly."),
], links=[
    L("取消自行设定的“包场优惠价”等4个收费项目", 3), L("其中职工服装款3.6万元由职工个人退回", 2),
    L("以“裁判补助”名义发放给在编职工的3.8万元已全部收回", 4), L("巡察指出的86件损坏器材已维修67件、更换19件", 1),
    L("按组织部意见对3名中层干部的任职程序进行复核", 7), L("节假日公务用车一律停放在中心院内封存", 5),
    L("主题党日与业务工作会分开召开", 6)])

# p03 市政设施管理中心: 国有资产出租专项巡察, CRLF feedback, "【关键词】sentence" problems under stage headings;
# report with a ledger copied from a spreadsheet: tab-separated, multi-line cells in double quotes.
G["p03"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("repeated-measure", 5, "Row 5 (21.7万 waived without the 财政局's approval, 3 tenants outside the policy) holds the same three generic lines (学习条例、专项自查、强化监督检查) pasted word for word in row 7; nothing is recovered or approved."),
    F("repeated-measure", 7, "Row 7 (incompatible posts not separated) holds the same pasted cell as row 5; no post is separated."),
    F("no-owner", 4, "The 欠租 row (86.4万, lawsuits) has an empty 责任人 cell between the measures and the 时限; every other row names a person."),
], must_not_flag=[
    F("no-owner", 3, "党支部书记、主任傅守业 owns the row."),
    F("no-deadline", 4, "2025年12月31日 is given; only the owner is missing."),
    F("no-deadline", 3, "2025年10月31日, 持续推进: a future date is a deadline."),
    F("no-accountability", 3, "The former 资产管理科科长 received 诫勉谈话."),
    F("no-accountability", 6, "The patrol officer who knew of the subletting received 批评教育."),
    F("no-mechanism", 2, "制定《中心经营性资产出租评估定价办法》."),
    F("copied-measure", 5, "The pasted cell is not the feedback's wording; it is repeated, not copied back."),
    F("weak-leadership", None, "领导小组 under the secretary 傅守业, 第一责任人, 4 meetings, visited 11 tenants in person."),
    F("no-disclosure", None, "To be posted on the centre's notice board with a 监督电话 for staff and tenants."),
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-14: 86 days."),
    F("inconsistent-claim", None, "4 done + 3 ongoing matches the 进展 column (rows 1, 2, 5, 6 已完成); 31.2万 and 1 new rule match the rows."),
], links=[
    L("新增登记门面房14间", 1), L("委托县价格认证中心对19处门面的租金水平进行评估", 2),
    L("已有3间通过县公共资源交易平台公开招租", 3), L("已追回欠缴租金31.2万元", 4), L("对4间被转租门面依约解除合同并收回", 6)])

# p04 政务服务和数据管理局: DOCX speech of the 巡察组组长, praise in 一方面…另一方面, four blocks 首先/其次/再次/最后 each with
# 一方面…另一方面 (2+2+2+2) and a requirement sentence inside, then 一要…三要; report by the 整改领导小组办公室 with a status per item.
G["p04"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[
    F("vague-measure", 5, "The 好差评 item (137 bad reviews, 41 revisited) is answered only with 高度重视、进一步提高思想认识、切实增强…、不断提升…; no revisit, figure or rule, yet it is marked 【已完成】."),
    F("inconsistent-claim", None, "The opening says 8 problems: 已完成5个、基本完成2个、持续推进2个 (= 9), while the items show 4 已完成, 2 基本完成, 2 持续推进; it also claims 新建和修订制度6项 against 4 rules named."),
], must_not_flag=[
    F("weak-leadership", None, "A report written by the 领导小组办公室 is not weak leadership: the group is headed by the 党组书记 程立新, 第一责任人, 6 meetings, each problem heard."),
    F("no-disclosure", None, "To be published in the 巡察整改 column of the district portal with a 监督电话."),
    F("late-report", None, "Speech 2025-10-14, report 2026-01-09: 87 days."),
    F("no-owner", 5, "The vague item still names 副局长孔雪 and 政务大厅管理科."),
    F("no-deadline", 5, "The vague item still has 2025年12月31日."),
    F("no-deadline", 2, "2026年6月30日, 持续推进: a future date."),
    F("no-deadline", 7, "2025年12月31日，长期坚持."),
    F("no-deadline", 8, "2026年3月31日: a future date."),
    F("no-accountability", 1, "The former data-section head received 诫勉谈话."),
    F("no-accountability", 3, "党内警告 for one window clerk, 诫勉 for the other, 批评教育 for two window heads, 0.4万 returned."),
    F("no-accountability", 4, "The staff who renewed by supplementary agreement received 批评教育; the contract is re-tendered."),
    F("no-mechanism", 1, "制定《政务服务数据报送审核办法》."),
    F("no-mechanism", 4, "修订《局机关政府采购内部控制规程》."),
    F("no-mechanism", 8, "制定《局机关关键岗位工作人员交流轮岗办法》."),
    F("vague-measure", 6, "19 forms cleaned (5 kept, 4 merged, 10 dropped): concrete."),
], links=[
    L("网上可办率核实为63.8%", 1), L("已推动不动产登记、户籍、社保等5个接口", 2), L("已退缴购物卡折价0.4万元", 3),
    L("政务大厅物业服务项目已于2025年12月委托区公共资源交易中心公开招标", 4), L("认真落实政务服务“好差评”制度", 5),
    L("取消各镇街便民服务中心每日报送办件统计表的要求", 6), L("每次集体学习确定1名主发言人", 7),
    L("3名任职超过8年的审批科室负责人中", 8)])

# p05 杏垄社区: 提级巡察 feedback, one problem per paragraph opened by 巡察发现/巡察还发现/另外 (7), requirements 一是…四是;
# report on the town website (HTML with chrome), 已完成 everywhere, dated 135 days after the feedback.
G["p05"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("copied-measure", 6, "Under 六、网格化管理 the 整改措施 is the feedback's own paragraph (网格化管理流于形式…从未见过…网格员) pasted back, marked 已完成."),
    F("late-report", None, "Feedback 2025-03-26, report dated 2025-08-08 (published 08-11): 135 days, beyond the three months the feedback sets."),
    F("weak-leadership", None, "Only '社区党委高度重视，召开会议…进行了部署': no leading group, no 第一责任人, nothing on the secretary's own role, although the feedback asks 社区党委书记要亲自抓整改 (she is also owner of items where she was disciplined)."),
], must_not_flag=[
    F("no-disclosure", None, "The report is published on the town government's 村（居）务公开 page and invites residents' supervision with a phone number; the quarterly finance posting under #4 is a measure."),
    F("no-accountability", 1, "The deputy director who kept the stall fees received 党内严重警告."),
    F("no-accountability", 2, "The 民政专干 received 批评教育; 1.26万 returned."),
    F("no-accountability", 3, "The secretary received 诫勉谈话 from the town Party committee."),
    F("no-mechanism", 1, "制定《杏垄社区集体资产收益管理制度》."),
    F("no-owner", 6, "The copied item still names 方晓燕."),
    F("no-deadline", 6, "The copied item still has 2025年6月30日."),
    F("vague-measure", 5, "11 of 14 reached, 3 handled, 2 removed: concrete."),
], links=[
    L("摊位费今后一律通过扫码缴入社区对公账户", 1), L("多领取的1.26万元已全部退回", 2), L("审减工程款2.1万元", 3),
    L("已补充公开2024年度收支明细152笔", 4), L("已联系上11人", 5), L("部分走访记录由他人代为填写", 6),
    L("追缴2023年以来的使用费0.92万元", 7)])

# p06 农产品批发市场公司: 食品安全专项巡察, "表现在：" paragraphs split by 。 (3+2+2); report DOCX with a Word-table ledger,
# column 责任领导/责任单位 holding only 各部门 / 相关单位 on two rows.
G["p06"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-owner", 2, "The 进货查验 row gives 各部门 as its only owner: no leader, no department, although the feedback says responsibility must not be left to 各部门."),
    F("no-owner", 5, "The 不合格食品 row (35 batches, 14 still unexplained) gives only 相关单位."),
    F("no-accountability", 3, "About 8,000 test batches reported to the regulator that the reagents could not have covered: the report only corrects the figure and automates uploads; nobody is held to account although the feedback names 快检数据不实 for 依规依纪处理."),
    F("no-disclosure", None, "Ends with 特此报告; no publication, although the feedback asks for it. Test results on the entrance screen and stalls let on the public platform are measures."),
], must_not_flag=[
    F("no-owner", 4, "副总经理蔡明远 owns the row; 各部门配合 only adds helpers."),
    F("no-deadline", 5, "2025年9月30日, 正在推进: a future date."),
    F("no-deadline", 7, "2025年12月31日, 正在推进."),
    F("no-accountability", 6, "党内警告 for one, 诫勉谈话 and transfer for the other, 批评教育 for the department head, 0.38万 handed in."),
    F("no-mechanism", 2, "修订《市场经营户进货查验管理制度》."),
    F("no-mechanism", 4, "修订《冷链仓储中心入库查验规程》."),
    F("no-mechanism", 6, "制定《公司员工廉洁从业“十不准”》."),
    F("no-mechanism", 7, "制定《市场摊位招租管理办法》."),
    F("weak-leadership", None, "领导小组 under the 党委书记、董事长 龚振华, 第一责任人, 4 site checks; plan via 党委会前置 and 董事会."),
    F("inconsistent-claim", None, "5 done + 2 ongoing, 3 people handled, 4 rules: all agree with the table."),
    F("late-report", None, "Feedback 2025-06-10, report 2025-09-03: 85 days."),
], links=[
    L("新招聘专职食品安全管理员4名", 1), L("督促23户补建台账", 2), L("按实际检测的1.28万批次向区市场监管局书面更正上报数据", 3),
    L("冷链仓储中心入库实行“一码一证”查验", 4), L("对2024年去向不明的35批次逐批倒查", 5),
    L("公司纪委给予其中1名党员党内警告处分", 6), L("目前已收回11个", 7)])

# p07 高新区党工委: title line + "具体表现为：" (2+3+3); report PDF (soffice) with items, a separate 建章立制 list
# "（针对反馈第X方面第Y个问题）" and a 长期坚持事项 section; #8 missing.
G["p07"] = dict(mode="pair", issues=8, unanswered=[8], must_flag=[
    F("unanswered-issue", 8, "The nine 借调 staff (two doing financial review) appear nowhere: seven items for eight problems; 审核 occurs only in the subsidy answer."),
    F("no-deadline", 2, "The idle-land item's 完成时限 is '待县政府专题研究后明确': no date, no 长期坚持."),
    F("no-mechanism", 4, "412万 of change orders signed off by one department head: the answer audits and gives a 诫勉, but no rule on changes and 签证 is made, and the 建章立制 list covers every other money problem but not this one."),
], must_not_flag=[
    F("no-deadline", 6, "长期坚持, explained in 四、长期坚持事项 (quarterly checks, year-end assessment)."),
    F("no-deadline", 7, "长期坚持, same section."),
    F("no-mechanism", 1, "《园区招商引资项目履约监管办法》 in 三、建章立制 (第一方面第1个问题)."),
    F("no-mechanism", 3, "《园区企业扶持资金兑现管理办法》 in 三、建章立制 (第二方面第1个问题)."),
    F("no-mechanism", 5, "《园区干部与企业交往行为规范》 in 三、建章立制 (第二方面第3个问题)."),
    F("no-mechanism", 6, "《园区党建指导员工作考核细则》 in 三、建章立制 (第三方面第1个问题)."),
    F("no-mechanism", 7, "《“园区直通车”企业诉求办理规程》 in 三、建章立制 (第三方面第2个问题)."),
    F("no-accountability", 3, "政务警告 for the reviewer, 诫勉 for the responsible head, 47万 recovered."),
    F("no-accountability", 4, "The 工程建设部 head received 诫勉谈话 and was moved."),
    F("no-accountability", 5, "党内警告 for one cadre, 诫勉 for the other."),
    F("no-owner", 2, "副主任乔汉生 and 规划建设局 are named; only the time is missing."),
    F("weak-leadership", None, "领导小组 under the 党工委书记 邬卫平, 第一责任人, 4 meetings, visited the 11 projects."),
    F("no-disclosure", None, "To be published on the zone's portal with a 监督电话."),
    F("late-report", None, "Feedback 2025-07-29, report 2025-10-24: 87 days."),
], links=[
    L("逐一开展履约核查", 1), L("下达闲置土地认定书", 2), L("扶持资金兑现一律查验发票原件", 3),
    L("对工程建设部负责人进行诫勉谈话", 4), L("派驻纪检监察组对招商服务局", 5), L("逐一摸排党员情况", 6),
    L("属于县直部门职责的由管委会牵头协调", 7)])

# p08 老干部局: speech, praise in 一方面…另一方面, three "从…的情况看，一方面…另一方面…" blocks + 此外 (2+2+2+1), three 意见;
# the speech sets a TWO-month deadline; report 73 days later, working group under a deputy, two items copied back.
G["p08"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("copied-measure", 5, "Under （五） the 整改措施 is the speech's sentence (离退休干部党支部组织生活不正常，所属7个…没有召开组织生活会) pasted back, marked 已完成."),
    F("copied-measure", 6, "Under （六） the 整改措施 is the speech's sentence on 党费 standards pasted back, marked 已完成."),
    F("late-report", None, "The speech (2025-05-13) asks for the report within 两个月 (by 2025-07-13); the report is dated 2025-07-25. Within three months, but late against the deadline actually set."),
    F("weak-leadership", None, "The 整改工作小组 is led by a deputy director (支部副书记) with section heads; the 支部书记/局长 appears nowhere as 第一责任人 or as deploying and supervising, although the speech asks 局党支部书记要亲自抓."),
], must_not_flag=[
    F("no-disclosure", None, "To be published on the 萸江老干部 WeChat account with a 监督电话."),
    F("no-accountability", 2, "The activity-centre head received 诫勉谈话; rent handed to the treasury."),
    F("no-accountability", 3, "党内严重警告 for the clerk, 诫勉 for the then leader in charge, 1.2万 recovered."),
    F("no-accountability", 4, "0.86万 paid back by the person in charge, who received 批评教育."),
    F("no-accountability", 7, "The former executive vice-principal received 批评教育."),
    F("no-mechanism", 2, "制定《区老干部活动中心场地使用管理规定》."),
    F("no-mechanism", 3, "修订《离退休干部走访慰问工作办法》."),
    F("no-owner", 5, "The copied item names 副局长葛振邦 and 组织宣传科."),
    F("no-owner", 6, "Same."),
    F("no-deadline", 5, "2025年6月30日 is given."),
    F("no-deadline", 6, "2025年6月30日 is given."),
    F("vague-measure", 1, "Monthly submission, 25 working days, 138 claims paid: concrete."),
], links=[
    L("报销周期已缩短至25个工作日以内", 1), L("二楼活动室收回后恢复为老干部书画活动室", 2), L("该款项已全部追回并上缴区财政", 3),
    L("超标准部分0.86万元由时任分管接待工作的负责人个人承担", 4), L("所属7个离退休干部党支部中有3个在2024年没有召开组织生活会", 5),
    L("部分党员多年未调整交纳基数", 6), L("结余的8.2万元已上缴区财政", 7)])

# p09 菀水乡 (report-only): each area restates the problems as 。-sentences after "巡察指出：" (2+3+3), then one
# "针对…的问题，" paragraph per problem with a bracket; totals in the opening.
G["p09"] = dict(mode="report-only", issues=8, unanswered=[], must_flag=[
    F("vague-measure", 6, "村务监督委员会形同虚设 is answered only with 高度重视、进一步加强、切实提高思想认识、督促…认真履职、充分发挥作用."),
    F("repeated-measure", 5, "The festival-gift answer (2.3万 of cards) is a generic 学习条例/作风整治/严肃处理 paragraph pasted word for word under #7; nothing is refunded or decided."),
    F("repeated-measure", 7, "The 走读/不在岗 answer is the same pasted paragraph; no attendance measure."),
    F("inconsistent-claim", None, "'8个问题已全部整改完成' while the farmland item is still under construction until 2026-03; '清退违规资金7.9万元' vs 4.6万 in the items (the 2.3万 cards are never recovered); '党纪政务处分2人' vs one 警告 and one 诫勉; '建立完善制度7项' vs 2 named."),
], must_not_flag=[
    F("no-deadline", 1, "2026年3月31日: a future date."),
    F("weak-leadership", None, "领导小组 under the secretary 柴文澜, 第一责任人, 6 meetings, 直接部署、直接过问、直接督办."),
    F("no-disclosure", None, "Published on the township notice board and the county site's township column with a 监督电话."),
    F("late-report", None, "The report states the feedback date 2025-03-12; dated 2025-06-06: 86 days."),
    F("no-accountability", 3, "The deputy head of the 党政办 received 党内警告."),
    F("no-accountability", 4, "Two village heads received 诫勉谈话."),
    F("no-mechanism", 3, "修订《菀水乡机关食堂管理办法》."),
    F("no-mechanism", 4, "制定《菀水乡村级小型工程项目管理办法》."),
    F("copied-measure", 1, "The 巡察指出 restatement precedes the measures; the answer itself is new (1300亩 in construction)."),
    F("no-owner", 6, "The vague item names 副书记覃晓."),
], links=[
    L("目前1300亩项目已全部进场施工", 1), L("完成苗木移栽和土地平整96亩", 2), L("4.6万元已全部转入乡财政账户", 3),
    L("对5个村14个拆分项目逐一核查", 4), L("督促各村务监督委员会认真履职", 6), L("从乡机关选派2名年轻干部担任驻村第一书记", 8)])

# p10 芹坑村: 提级巡察 feedback with "表现在：" paragraphs (2+3+2); good report, one 一是… paragraph per problem,
# #4+#5 and #6+#7 merged (合并整改), one bracket per section.
G["p10"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("no-accountability", 1, "The village committee member who checked the areas received 诫勉谈话; 0.93万 returned."),
    F("no-accountability", 4, "The bookkeeper received 诫勉谈话 and was removed from the post; 2.4万 booked."),
    F("no-accountability", 5, "0.6万 without proof of work repaid by the recipients (merged section with the bookkeeper's 诫勉)."),
    F("no-accountability", 7, "The secretary received 批评教育 and made a self-criticism before the Party members."),
    F("no-mechanism", 1, "制定《芹坑村惠农补贴申报核实办法》."),
    F("no-mechanism", 2, "制定《芹坑村光伏电站收益分配管理办法》."),
    F("no-mechanism", 3, "The town's《蓣塘镇村集体资产资源发包管理办法》."),
    F("no-mechanism", 5, "制定《芹坑村干部误工补贴考勤发放办法》."),
    F("no-mechanism", 7, "制定《芹坑村“两委”联席会议议事规则》."),
    F("no-deadline", 3, "2026年3月31日, 正在推进: a future date."),
    F("no-owner", 5, "The merged section's bracket names 孔繁兴 for #4 and #5."),
    F("no-owner", 7, "The merged section's bracket names the secretary for #6 and #7."),
    F("repeated-measure", 5, "#4 and #5 are merged on purpose; each 一是… serves one of them."),
    F("repeated-measure", 7, "#6 and #7 are merged on purpose."),
    F("weak-leadership", None, "Village secretary 第一责任人 with a working group; the town secretary 直接督办 and chaired 3 meetings on site."),
    F("no-disclosure", None, "Published on the village notice board and the town website with a 监督电话."),
    F("late-report", None, "Feedback 2025-11-20, report 2026-02-13: 85 days."),
    F("inconsistent-claim", None, "6 done + 1 ongoing, 1.53万 recovered (0.93 + 0.6), 2 诫勉 + 1 批评教育, 5 rules: all agree with the items."),
], links=[
    L("多领取的0.93万元已全部退回镇财政惠农补贴专户", 1), L("对光伏电站2024年收益分配方案重新讨论表决", 2),
    L("租金由每亩每年6元调整为15元", 3), L("坐支的山林租金和场地费2.4万元已全部交镇“三资”代理中心入账", 4),
    L("无法证明误工事实的0.6万元已由领取人退回", 5), L("延长其预备期一年", 6), L("逐项补充履行“两委”联席会议程序", 7)])

for p, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, p, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
print("wrote", len(G))
