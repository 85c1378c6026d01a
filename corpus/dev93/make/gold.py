"""Write p01..p10/gold.json (dev-pairs gold format) for dev93. The gold is hand-judged; this file only keeps it in one
place. Modelled on dev44's make/gold.py. Debatable points ("may report") are not gold: they are in each pair's notes.md,
because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蓴浦县航运有限责任公司党总支 (county-owned inland shipping firm): formal 反馈意见 (UTF-8), areas （一）…方面 with
# continuous 1．–8．; 二、整改意见 （一）–（四） are not problems. Report: DOCX covering report + Word-table 整改台账
# (责任领导 cell of rows 1–2 merged vertically) + 附1 制度 / 附2 问责. COMPLETE LEDGER (good report).
G["p01"] = dict(issues=8, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党总支书记、董事长綦望舒 heads the 领导小组 as 第一责任人, 亲自部署, chaired 6 推进会, 4 site visits, signed every ledger row, 约谈 two department heads."),
    F("late-report", None, "Feedback 2025-03-18, report 2025-06-10: 84 days, inside three months."),
    F("no-disclosure", None, "“整改情况已在公司公示栏和县国有资产服务中心网站公开” with a 监督电话."),
    F("inconsistent-claim", None, "30 measures = 28 done + 2 named open ones (second route, 积分管理), matching rows 2 and 7; 5.3万 = 1.1 + 3.2 + 1.0; 警告1 / 诫勉2 / 批评3 and 4 new + 3 revised rules all traceable in the rows and appendices."),
    F("no-owner", 2, "Row 2's 责任领导 cell is vertically merged with row 1's (副总经理鞠远帆): in Word one cell spans both rows."),
    F("no-deadline", 2, "One cell with two dates: 2025-05-31 for the first route and the shelters, 2025-09-30 for the second route."),
    F("no-deadline", 7, "“2025年5月31日完成；积分管理长期坚持” — a date plus a standing task."),
    F("no-accountability", 2, "A service shortfall (route not opened, shelters old): no misconduct, nobody to hold to account."),
    F("no-accountability", 3, "总经理郗晏清 书面检查 + 批评教育; the 60万 lent out recovered."),
    F("no-accountability", 5, "副总经理厍明川 党内警告; 1.1万 repaid by the participants; the driver 批评教育 and 1.0万 returned."),
    F("no-mechanism", 3, "修订《党总支前置研究讨论重大经营管理事项清单》 with a 50万 threshold."),
    F("no-mechanism", 8, "修订《客票收入管理办法》, 日清日缴 and a bank reconciliation link."),
], links=[
    L("5艘未演练船舶于4月底前全部补演", 1), L("开通库区便民航线第一条线路", 2), L("60万元出借资金已全部收回", 3),
    L("燃油采购实行每季度三家比价", 4), L("1.1万元游览餐费由参加人员按人分摊全额退赔", 5),
    L("对2名中层干部提拔补充开展民主测评", 6), L("船队党支部按航线设立3个党小组", 7), L("售票点现金实行“日清日缴”", 8)])

# p02 蘩城县纺织有限责任公司党委 (restructured county textile firm): 组长's 反馈会 speech (GB18030), problems 第一，…第七，;
# the 原因 sentence, 一要…三要 and the 三个月内 sentence are not problems. Report: covering letter + the ledger as
# TAB-separated rows exported from Excel (UTF-8, CRLF), cells with ①②③ measures; closing 汇总 list.
G["p02"] = dict(issues=7, unanswered=[], must_flag=[
    F("no-owner", 4, "Row 4 (37 workers' social insurance, repeated petitions) names “公司领导班子” as 责任领导 and “相关部门” as 责任部门 — nobody in particular, on the very problem the speech said had 没有专人负责; every other row names one leader."),
    F("no-accountability", 3, "6 leases signed without valuation or open tender at below-market rents: the row values the assets, sues for the arrears and writes a rule, but nobody who approved or handled the leases is dealt with, although the speech said 要查清是谁拍板、谁经手，该追究的要追究."),
    F("late-report", None, "Feedback 2024-10-22 with a 三个月内 limit (2025-01-22); the report is dated 2025-02-10: 111 days. The covering letter even admits 报送时间有所推迟."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记、董事长闵岫云 heads the 领导小组 as 第一责任人, chaired 3 党委会 on it, went twice to the 人社局 / 社保中心 herself, signs the report."),
    F("no-disclosure", None, "“整改情况已在公司厂务公开栏公示，接受职工监督”."),
    F("inconsistent-claim", None, "21 measures = 14 done + 7 pending, consistent with the 进展 column; 5.0万 = 2.9万 + 2.1万; 诫勉1 + 批评1; 3 rules named in the rows."),
    F("no-accountability", 5, "2.9万 repaid by the approver, 2.1万 cards returned; 副总经理亓望舒 诫勉谈话, the 职工之家 head 批评教育."),
    F("no-owner", 3, "副总经理亓望舒 (the gap there is accountability)."),
    F("no-owner", 1, "党委书记、董事长闵岫云."),
    F("no-deadline", 4, "2025年6月30日 (the gap there is the owner)."),
    F("no-mechanism", 2, "《党委前置研究讨论重大经营管理事项清单》 with 28 categories."),
    F("no-mechanism", 3, "《闲置资产出租管理办法》 and open tender through the 公共资源交易平台."),
    F("no-mechanism", 5, "修订《公务接待管理规定》, 公函 and 接待清单."),
], links=[
    L("编制老厂区“退二进三”搬迁改造方案", 1), L("制定《党委前置研究讨论重大经营管理事项清单》，明确28类事项", 2),
    L("对11处出租资产全部委托评估", 3), L("对37名职工逐人建立社保补缴档案", 4), L("2.1万元购物卡由领取人全部退回", 5),
    L("2名在外兼职中层已辞去兼职", 6), L("离退休党支部按居住区域划分4个党小组", 7)])

# p03 薜口县融资租赁有限公司党支部 (county-owned finance-leasing firm): DOCX 反馈意见 with bold （一）–（八） heading
# paragraphs + detail; 整改建议 一是…四是 not problems. Report (UTF-16 LE, CRLF): “三张清单” — 问题清单 restating all 8
# headings, 任务清单 (任务N-M（对应问题N）), 责任清单 (owner / dept / 完成时限 per task). No task for 问题6.
G["p03"] = dict(issues=8, unanswered=[6], must_flag=[
    F("unanswered-issue", 6, "问题6 (3 hires without a public notice, one a group cadre's child; unqualified staff, no training plan) is restated in the 问题清单 but has no task in the 任务清单 (it goes from 任务5-2 to 任务7-1) and no line in the 责任清单."),
    F("no-deadline", 8, "任务8-1 (17 missing contract originals, 推进中) has 完成时限 “待承租人配合情况确定” — no date for the one task of problem 8, while every other task has one."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长蓟晚舟 heads the 领导小组, 负总责, chaired 4 meetings, approved the three lists."),
    F("late-report", None, "Feedback 2025-04-15, report 2025-07-08: 84 days."),
    F("no-disclosure", None, "“本清单同时在县国投集团门户网站“巡察整改”专栏公开”."),
    F("inconsistent-claim", None, "14 tasks = 11 done + 3 推进中 (1-2, 2-2, 8-1), as marked; 警告1 + 诫勉1 + 1 referral; 3.4万; 4 rules named (2-1, 3-3, 5-2, 8-1)."),
    F("unanswered-issue", 7, "Answered by 任务7-1 and 7-2 right after the gap — the task numbers carry the problem number."),
    F("no-owner", 4, "The owners sit only in the 责任清单, away from the tasks: 任务4-1 总经理苑知微, 任务4-2 纪检委员邰青禾."),
    F("no-owner", 3, "任务3-1/3-3 总经理苑知微, 3-2 党支部书记蓟晚舟 — in the 责任清单."),
    F("no-deadline", 2, "任务2-1 2025-05-31, 任务2-2 2025-08-31 (推进中 but dated)."),
    F("no-accountability", 3, "风控部经理 党内警告, the project manager moved off business posts."),
    F("no-accountability", 5, "3.4万 repaid; 副总经理郦成蹊 诫勉谈话."),
    F("no-accountability", 4, "The 86万 咨询费 clues were handed to the 县纪委监委 — the proper route for a possible case."),
    F("no-mechanism", 3, "修订《租赁项目尽职调查操作规程》 (实地核验, two signatures)."),
], links=[
    L("设计“农机贷租”“医疗设备更新租赁”两款产品", 1), L("单笔1000万元以上项目一律先经党支部研究", 2),
    L("建立逾期项目催收台账", 3), L("2个一般存款账户撤销1个", 4), L("3.4万元宴请费用由相关人员全额退赔", 5),
    L("设立3个党员风控示范岗并公开承诺", 7), L("对17份缺失原件的合同逐份联系承租人补签", 8)])

# p04 荇洲县植物园管理处党支部 (county botanical garden): HTML news page on the 纪委监委 site (UTF-8), problems inline
# 一是…七是 in one paragraph after 巡察组指出; 巡察组要求 / 表态 / 移交 sentences are not problems. Report: public HTML
# 整改进展情况的通报 (GBK) with an 索引号 header and the 整改清单 as an HTML table.
G["p04"] = dict(issues=7, unanswered=[], must_flag=[
    F("vague-measure", 1, "Row 1 (no germplasm survey in 3 years, <4 science events a year) is slogans only — 进一步提高政治站位，切实增强生态保护意识，持续加大科普宣传力度，不断提升服务群众水平: no survey, no number of events, no school."),
    F("no-mechanism", 5, "Seedlings leave with no 出入库 登记 and 1300 went out without approval: the row checks where they went and fills in the papers, but sets up no 出入库登记 or 调拨审批 rule, the plain fix for a problem that is the absence of a procedure — while rows 2, 3, 4, 7 each make one."),
], must_not_flag=[
    F("weak-leadership", None, "支部书记、主任桑怀瑾 heads the 领导小组 as 第一责任人, 5 支委会, 3 site checks, reviews the list every fortnight."),
    F("late-report", None, "Feedback 2025-05-20, 通报 2025-08-12: 84 days."),
    F("no-disclosure", None, "A public 通报 (公开方式：主动公开) with a phone number, a postal address and a comment deadline."),
    F("inconsistent-claim", None, "6 done + 1 long-term = 7, as in the table; 6.4万 = 2.6万 + 3.8万; 警告1 (row 3), 诫勉2 (rows 4, 7), 批评3 (2 in row 2, 1 in row 6); 4 rules (rows 2, 3, 4, 7)."),
    F("vague-measure", 6, "Opens with 严肃党内政治生活 but then a new plan, on-the-spot minutes with signatures, a 批评教育 and monthly themed days."),
    F("no-accountability", 2, "2 收费人员 批评教育; 5.7万 booked."),
    F("no-accountability", 3, "分管基建的副主任逯砚池 党内警告."),
    F("no-accountability", 4, "2.6万 repaid; the 办公室主任 诫勉谈话."),
    F("no-accountability", 7, "Contracts ended, 3.8万 recovered; 护园班长 诫勉谈话."),
    F("no-accountability", 5, "The check found every seedling went to county planting: a missing procedure, not misappropriation — nobody to punish."),
    F("no-mechanism", 2, "《门票及经营收入管理办法》, daily reconciliation."),
    F("no-mechanism", 3, "《小额工程项目管理规定》 forbids splitting."),
    F("no-owner", 5, "副主任靳澄 (the gap there is the rule)."),
], links=[
    L("持续加大科普宣传力度", 1), L("停用个人收款码", 2), L("对步道改造项目开展专项审计", 3),
    L("2.6万元旅游费用由参加人员全额退赔", 4), L("对2024年调出的1300余株苗木逐笔核对去向", 5),
    L("支委会重新制定年度“三会一课”计划", 6), L("与4名长期不在岗人员解除劳动合同", 7)])

# p05 蔾山县建设工程施工图审查中心党支部 (county construction-drawing review centre): 问题清单 (UTF-8, CRLF) 问题1：…问题7：
# + 具体表现：; 整改要求 一、二、三、 not problems. Report (GB18030): ｜-row ledger; row “3、4” merges problems 3 and 4;
# problem 6 split into rows 6-1 / 6-2; closing “全部整改完成，销号率100%” against row 7 推进中.
G["p05"] = dict(issues=7, unanswered=[], must_flag=[
    F("copied-measure", 2, "Row 2's only measure turns the feedback back into a promise (严格审查质量把关，杜绝违反强制性条文的图纸通过审查，防止审查人员一天内大量签批图纸): nothing on the 9 faulty drawings, the reviewer who signed 23 sets, or any check procedure."),
    F("inconsistent-claim", None, "“7个问题已全部整改完成，销号率100%…14项，全部落实到位” while row 7 says 已完成约60%，预计9月底前全部完成 and 完成情况 推进中, with a 2025-09-30 time limit after the report date."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任禚远岫 heads the 领导小组 as 第一责任人, 4 meetings, fortnightly ledger review, 约谈 the review section."),
    F("late-report", None, "Feedback 2025-02-26, report 2025-05-23: 86 days."),
    F("no-disclosure", None, "Published on the 县住房和城乡建设局门户网站 and in the 办事大厅."),
    F("repeated-measure", 3, "Row “3、4” is one answer for two related problems, announced in the 填报说明 — not a paragraph pasted under unrelated problems."),
    F("repeated-measure", 4, "Same merged row; its parts are specific (兼职 and 宴请 for 3, 未回避 and re-review for 4)."),
    F("no-accountability", 3, "The two who took meals 诫勉谈话; the two moonlighters quit and hand over the income."),
    F("no-accountability", 4, "党内警告 for the reviewer who did not recuse; the 5 sets re-reviewed."),
    F("no-accountability", 5, "1.9万 recovered from the 经办人, who is 批评教育."),
    F("copied-measure", 5, "Opens by restating the problem (针对专家劳务费管理不规范的问题) and then acts: 3.1万 checked item by item, 1.9万 recovered, bank transfers only."),
    F("no-owner", 6, "Split rows 6-1 and 6-2 both name 党支部书记禚远岫 and 组织委员厉南星."),
    F("no-deadline", 6, "6-1 dated 2025-03-31; 6-2 长期坚持 for a standing study routine."),
    F("no-mechanism", 1, "《施工图审查限时办结制度》."),
], links=[
    L("实行“一次受理、并联审查”", 1), L("杜绝违反强制性条文的图纸通过审查", 2), L("2名兼职审查人员已辞去设计单位兼职", 3),
    L("对未回避的审查人员给予党内警告处分", 4), L("对3.1万元无评审记录的劳务费逐笔核查", 5),
    L("3月召开党员大会补选支部委员1名", 6), L("党员学习改为“领学＋研讨＋结合审查案例谈体会”", 6),
    L("对2019年以来纸质审查档案进行扫描", 7)])

# p06 藨水县人民政府参事室（县文史研究馆）党支部: formal 反馈意见 (UTF-8) 一、…六、 heading。detail; the inline
# 整改意见 （一）–（四） is not a problem. Report: a bare DOCX Word-table 整改台账 with a two-line cover. PLAINLY WEAK.
G["p06"] = dict(issues=6, unanswered=[], must_flag=[
    F("vague-measure", 1, "Row 1 is slogans only (进一步提高政治站位，充分发挥参事参政议政、建言献策作用，紧紧围绕中心、服务大局…): no research topic, no number of proposals, no link to the county's decisions."),
    F("vague-measure", 3, "Row 3 (4.5万 paid to people who did no collecting; no acceptance check on project money) is slogans only: 高度重视财经纪律，认真学习…严格执行财务制度，切实加强经费管理."),
    F("repeated-measure", 4, "Row 4's text (深刻汲取教训，组织全体干部认真学习中央八项规定…坚决防止“四风”问题反弹回潮) is pasted word for word under row 5 after a different opening clause."),
    F("repeated-measure", 5, "Row 5 (organisational life, members' relations left in old units) carries the same 四风 paragraph as row 4 — unrelated to the problem."),
    F("no-owner", 4, "Row 4's 责任人 is “全体干部” — nobody in particular."),
    F("no-deadline", 5, "Row 5's 完成时限 cell is empty."),
    F("no-accountability", 3, "4.5万 paid to non-participants: nothing recovered, nobody dealt with, although 整改意见（二） demanded both."),
    F("no-accountability", 4, "The 1.9万 trip paid by the office: nothing repaid, nobody dealt with — only a study session."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人, the 支部书记 never appears except as a cell label in row 5; the cover says only 我室认真研究 — although 整改意见（一） asked for all of this."),
    F("no-disclosure", None, "整改意见（四） asks for disclosure; the ledger says nothing about publishing."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-04-09, ledger 2025-07-03: 85 days."),
    F("unanswered-issue", 5, "Row 5 exists (a pasted paragraph still counts as an answer; its gap is repeated-measure)."),
    F("vague-measure", 2, "Concrete: 47 oral-history items sorted and digitised, issue 9 of the journal this year."),
    F("vague-measure", 6, "Concrete: full stock-take, each of the 13 missing devices traced, 核销 or 赔偿."),
    F("no-owner", 2, "副主任邬青岚."),
    F("no-owner", 6, "办公室主任郜明远."),
    F("no-deadline", 2, "2025年12月31日."),
    F("no-deadline", 6, "2025年9月30日."),
], links=[
    L("充分发挥参事参政议政、建言献策作用", 1), L("组织馆员对47份口述史料分类整理并数字化保存", 2),
    L("切实加强经费管理，确保资金使用规范安全", 3), L("针对违规公款旅游的问题", 4), L("针对组织生活不严肃的问题", 5),
    L("对13件账有物无的设备逐件查明去向", 6)])

# p07 萑阳县眼科医院党总支 (county eye hospital): 组长's speech (UTF-8) with inline 一是…八是 over three 从…看 paragraphs;
# 一要…三要 not problems. Report: DOCX (landscape) covering report + Word-table 整改台账 with 问责情况 and 佐证材料 columns.
G["p07"] = dict(issues=8, unanswered=[], must_flag=[
    F("no-accountability", 3, "A doctor took 0.8万 from a lens supplier: row 3 changes the purchasing (药事会, new suppliers, 承诺书, revised rule) but its 问责情况 cell is “/” — the money is not recovered and the doctor is not dealt with, though the speech said 对收受礼金…要查清责任、严肃处理."),
    F("no-owner", 2, "Row 2's 责任领导 is “院领导班子” and 责任科室 “相关科室” — no one person; every other row names a leader."),
], must_not_flag=[
    F("weak-leadership", None, "党总支书记邗若谷 heads the 领导小组 as 第一责任人, 直接部署、直接过问、直接督办, 5 推进会, 2 visits."),
    F("late-report", None, "Feedback 2025-01-14, report 2025-04-11: 87 days."),
    F("no-disclosure", None, "医院官网 and 院务公开栏."),
    F("inconsistent-claim", None, "22 measures = 19 done + 3 named open ones (rows 1, 7, 8), matching the 进展 column; 3.7万 and 1.6万; 诫勉1 (row 4) + 批评1 (row 5); 3 rules (rows 3, 6)."),
    F("no-accountability", 1, "A shortfall in a public-service task: 问责情况 不涉及 is right, no wrongdoing."),
    F("no-accountability", 4, "3.7万 back to the 医保基金; 收费科科长 诫勉谈话."),
    F("no-accountability", 5, "1.6万 repaid; the 科室主任 批评教育 and 通报."),
    F("no-mechanism", 3, "修订《药品耗材采购管理制度》 and 药事会 review (the gap there is accountability)."),
    F("no-owner", 3, "党总支书记邗若谷."),
    F("no-owner", 7, "院长蒙溪照."),
    F("no-deadline", 7, "“2025年12月31日前；长期坚持”."),
    F("no-deadline", 2, "2025年4月30日 (the gap there is the owner)."),
], links=[
    L("组建2个下乡筛查队", 1), L("每个乡镇卫生院每周派驻1名眼科医生坐诊", 2), L("新引入2家供应商，打破独家供货", 3),
    L("3.7万元重复收费已全部退回医保基金", 4), L("1.6万元聚餐费用由参加人员全额退赔", 5), L("补充履行党总支研究程序", 6),
    L("与市医学院视光专业签订定向培养协议", 7), L("将业务骨干列为入党积极分子培养", 8)])

# p08 荍原县艺术学校党总支 (county arts school): formal 反馈意见 (UTF-16 LE, CRLF), areas 一、二、三、…方面 with
# RESTARTING 1．2．(3．) = 3 + 3 + 2; 整改意见 （一）–（三） not problems. Report (UTF-8): covering 函 + 整改任务清单 as
# 【字段】 blocks per problem (问题编号 一-1 … 三-2), 汇总 and 制度目录.
G["p08"] = dict(issues=8, unanswered=[], must_flag=[
    F("no-deadline", 5, "二-2 (服装采购) gives 【完成时限】“按上级要求” — no date, while its rule revision is still 修订中; every other block has a date."),
    F("no-mechanism", 4, "二-1: 9.4万 of performance income kept and spent by a department — the money is handed in and the head criticised, but no rule on off-campus performance income is made, though 整改意见（二） asked for a 收入管理 rule and the school makes rules for 二-2 and 二-3."),
    F("late-report", None, "Feedback 2024-09-24 with a 三个月内 limit (2024-12-24); the 函 is dated 2025-01-17: 115 days."),
], must_not_flag=[
    F("weak-leadership", None, "党总支书记牟雪汀 heads the 领导小组 as 第一责任人, 5 meetings, personally supervises 二-1 and 二-2."),
    F("no-disclosure", None, "学校官网 and 校务公开栏."),
    F("inconsistent-claim", None, "21 measures = 18 done + 3 named pending, matching the 整改状态 lines; 3 rules listed with their state."),
    F("no-accountability", 4, "专业部主任 批评教育 (the gap there is the rule)."),
    F("no-accountability", 5, "分管副校长 诫勉谈话; 1.7万 returned by the supplier."),
    F("no-accountability", 6, "3 teachers 通报批评, 评优 withdrawn, income handed in."),
    F("no-mechanism", 6, "《在职教师有偿补课负面清单》."),
    F("no-mechanism", 5, "《学校物资采购管理办法》 under revision with a three-quote rule (the gap there is the date)."),
    F("no-deadline", 3, "“立行立改，2024年10月15日”."),
    F("no-deadline", 7, "“2024年12月31日，长期坚持”."),
    F("no-owner", 4, "党总支书记牟雪汀."),
], links=[
    L("2024年下学期补开思政课64课时", 1), L("2025年秋季恢复招收地方戏传承班1个", 2), L("更换学生宿舍楼过期消防器材62具", 3),
    L("9.4万元演出收入已全部上缴学校财务", 4), L("对21万元服装采购进行价格复核", 5), L("3名教师已停止校外有偿授课", 6),
    L("支部委员会每月召开1次", 7), L("补齐政审材料", 8)])

# p09 蕖阳市仲裁委员会办公室党支部 (city arbitration commission office): formal 反馈意见 (GB18030) with （一）–（九）
# heading。detail; 二、整改要求 1．–5． not problems. Report: an Excel ledger saved as comma-separated text (GB18030, CRLF),
# 8 rows numbered 1–8 — (八) 意识形态 is skipped, so row 8 answers (九). PLAINLY WEAK.
G["p09"] = dict(issues=9, unanswered=[8], must_flag=[
    F("unanswered-issue", 8, "（八） 意识形态 (website not updated, no risk assessment) has no row: row 7 is the 党支部, row 8 the audit finding (九)."),
    F("copied-measure", 1, "Row 1 repeats the feedback as a promise (增强服务优化营商环境大局意识，缩短仲裁案件审理期限，提高简易程序适用率) with no act, marked 已完成."),
    F("no-owner", 1, "Row 1's 责任人 cell is empty."),
    F("no-owner", 3, "Row 3's 责任人 cell is empty."),
    F("no-deadline", 9, "Row 8 (the audit finding (九), 推进中) has an empty 完成时限 cell."),
    F("no-accountability", 5, "8.2万 overpaid to arbitrators: row 5 only tightens approval — nothing recovered and nobody dealt with, though 整改要求 3 demanded both."),
    F("inconsistent-claim", None, "“整改完成率：100%” and row 4 已完成 while row 4 says 其余11笔正在联系当事人 (16.3万 still unpaid) and row 8 is 推进中."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人: the sheet is signed by a 填表人 and a 副主任 as 审核人; the 党支部书记 appears nowhere, though 整改要求 1 asked for it."),
    F("no-disclosure", None, "整改要求 4 asks for disclosure; the ledger never mentions it."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-03-27, ledger 2025-06-20: 85 days."),
    F("unanswered-issue", 9, "Answered by row 8 (审计发现问题整改不到位) — wrong position, right content."),
    F("no-accountability", 6, "2.3万 repaid; the 综合科科长 批评教育."),
    F("no-mechanism", 3, "《仲裁案件质量评查办法》 with quarterly checks."),
    F("vague-measure", 7, "A new study plan, a fixed monthly day and quarterly reports: concrete if modest."),
    F("no-owner", 2, "业务处处长敖清野."),
    F("no-owner", 5, "业务处处长敖清野 (the gap there is accountability)."),
    F("no-deadline", 2, "2025年4月."),
    F("no-deadline", 5, "“立行立改” for an approval change made at once."),
], links=[
    L("缩短仲裁案件审理期限", 1), L("对仲裁员名册进行全面清理", 2), L("制定《仲裁案件质量评查办法》", 3),
    L("已退还12笔15.2万元", 4), L("严格执行仲裁员报酬标准", 5), L("已由相关人员退赔2.3万元", 6),
    L("重新制定支部年度学习计划", 7), L("加快预算执行进度", 9)])

# p10 蒨州市邮政管理局党组 (city postal regulator, inspected by the provincial 省局党组): DOCX 函 with the problem list as
# a Word table (序号｜方面 (merged)｜问题｜具体表现), 8 rows. Report: DOCX covering report + Word-table 整改台账 with group
# rows spanning all columns and tasks 1.1…3.5; 附1 制度 and 附2 问责 tables. COMPLETE LEDGER (good report).
G["p10"] = dict(issues=8, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长岑望归 heads the 领导小组 as 第一责任人, 4 党组会议, led field checks in 2 县区, 约谈 a deputy once."),
    F("late-report", None, "Feedback 2025-05-13, report 2025-08-06: 85 days."),
    F("no-disclosure", None, "“整改情况已于2025年8月6日在我局门户网站公开”."),
    F("inconsistent-claim", None, "15 tasks = 13 done + 2 named (1.4, 3.4), matching the 完成情况 column; 警告1 / 诫勉1 / 批评2 and 5 rules match 附1 and 附2; 0.6万."),
    F("no-deadline", 2, "1.3 dated 2025-07-31; 1.4 推进中 but dated 2025-12-31."),
    F("no-deadline", 8, "3.3 and 3.5 dated; 3.4 长期坚持 for monthly monitoring."),
    F("no-accountability", 3, "案件承办人员 批评教育 (2.3); fines collected."),
    F("no-accountability", 4, "党内警告 and 0.6万 confiscated (2.4)."),
    F("no-accountability", 5, "办公室主任 诫勉谈话 (2.6)."),
    F("no-accountability", 6, "A study-quality problem: no wrongdoing, nobody to punish."),
    F("no-mechanism", 4, "《执法人员与监管对象交往行为规范》."),
    F("no-mechanism", 5, "修订《公务用车维修管理办法》 and yearly open selection of repair shops."),
    F("no-owner", 6, "党组书记、局长岑望归 (3.1)."),
], links=[
    L("对全市412个寄递网点实现检查全覆盖", 1), L("盘活2个闲置村级寄递物流综合服务站", 2), L("未收缴罚款已全部收缴入库", 3),
    L("对接受宴请和购物卡的执法人员给予党内警告处分", 4), L("执法车辆维修实行定点比选", 5),
    L("研讨发言须结合分管监管工作撰写", 6), L("组织6名无证人员参加全省行政执法资格考试", 7), L("对41件超时申诉逐件回访", 8)])

for name, g in G.items():
    out = {"mode": "pair", "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
