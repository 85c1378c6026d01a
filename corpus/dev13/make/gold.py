"""Write p01..p10/gold.json (dev-pairs gold format). The gold is hand-judged; this file only keeps it in one place.
Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 红十字会: feedback areas with ；/有的 clauses (8); report by four own themes, trailing "（对应反馈问题第N条；…）".
G["p01"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[
    F("no-accountability", 4, "The feedback names 9 receptions without letters and 1.1万 over the standard (八项规定); the report (对应第4条) has the money returned by 相关科室 and revises the reception rule, but nobody is disciplined, talked to or even criticised."),
    F("no-deadline", 6, "The warehouse paragraph (对应反馈问题第6条) names 责任领导 and 责任科室 but gives no 完成时限, while every other bracket gives one."),
], must_not_flag=[
    F("no-accountability", 1, "2.6万 recovered and the 救助科 staff member who did the first check received 批评教育."),
    F("no-deadline", 8, "2025年12月31日前完成借调清理，轮岗交流长期坚持: a date beside a long-term item with a new rule."),
    F("no-deadline", 2, "2025年12月31日前, 持续推进: a date."),
    F("no-mechanism", 4, "修订《县红十字会公务接待管理办法》: the gap on #4 is accountability, not the rule."),
    F("no-mechanism", 8, "制定《县红十字会关键岗位人员轮岗交流办法》 (满5年必须交流)."),
    F("no-mechanism", 1, "修订《篁溪县红十字会人道救助工作规程》 with three-level review."),
    F("no-owner", 6, "The warehouse item names 副会长杜鸿远 and 办公室; only the time limit is missing."),
    F("no-disclosure", None, "Published on the website's 信息公开 column on 2025-06-30 with a 监督电话. (The 捐赠公示 under #3 is a measure, not this disclosure.)"),
    F("weak-leadership", None, "党组书记 named 第一责任人, 领导小组, 直接部署、直接过问、直接督办, 4 meetings, site visits."),
    F("late-report", None, "Feedback 2025-04-10, report 2025-07-02: 83 days."),
    F("inconsistent-claim", None, "6 done + 2 ongoing (第2条、第8条) agrees with the items: #2 持续推进 (54%), #8 借调 until year end."),
], links=[
    L("对4名不符合条件人员已发放的2.6万元全部追回", 1), L("截至6月底已开展培训46场", 2),
    L("对5笔延迟公示的捐赠重新在县红十字会网站和公众号补充公示", 3), L("超出标准部分1.1万元已由相关科室退回", 4),
    L("收回长期挂账备用金1.7万元", 5), L("对过期药品和食品共计41箱按规定进行了销毁处理", 6),
    L("由机关党支部纪检委员每季度检查一次", 7), L("已将在岗10年以上的出纳调整到救助科工作", 8)])

# p02 文化馆: feedback 1.–7. running on; GB18030 report restates the full list, then answers in order 4,7,1,2,6,3,5.
G["p02"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("copied-measure", 5, "Under （七）党支部组织生活问题 the only 整改措施 is the feedback's own sentence (组织生活流于形式，主题党日多次以观看演出代替，“三会一课”质量不高) copied back."),
    F("no-mechanism", 6, "Letting rooms without collective decision, without contract and at a price set by one person is systemic; the answer only back-signs one contract, collects 0.96万 and pauses the small theatre — no letting rule is made although the feedback's 整改意见 asks for 场馆管理 rules."),
    F("late-report", None, "Feedback 2024-09-05, report 2025-01-22: 139 days, beyond three months."),
], must_not_flag=[
    F("no-accountability", 4, "培训部负责人 given 党内警告, the 分管副馆长 诫勉谈话, money refunded to the trainees."),
    F("no-accountability", 1, "The 活动部主任 who reported the false figure received 诫勉谈话; data corrected to 52."),
    F("no-mechanism", 2, "制定《区文化馆免费开放补助资金使用管理办法》."),
    F("no-deadline", 3, "2025年6月30日前, 正在推进: a future date is a deadline."),
    F("no-owner", 5, "The copied item still names 党支部书记韩书屏."),
    F("no-disclosure", None, "To be published on the 蘋洲文化 public account with a 监督电话."),
    F("weak-leadership", None, "领导小组 under the 党支部书记、馆长, named 第一责任人, 5 meetings, 逐项过问、逐项督办."),
    F("inconsistent-claim", None, "6 done + 1 ongoing (非遗) agrees with the items."),
], links=[
    L("剩余3.1万元已全部退还学员", 4), L("给予培训部负责人邱明朗党内警告处分", 4), L("其中29台（套）属于报废未销账", 7),
    L("向区文化和旅游局更正上报数据为52场", 1), L("将购买办公设备的5.8万元调整至单位公用经费列支", 2),
    L("补收租金差额0.96万元", 6), L("与高校合作组建数字化工作专班", 3)])

# p03 筠塘镇: news-style feedback, 一是…三是 restarting per area (3+3+3); HTML public notice with counts and 7 "部分问题".
G["p03"] = dict(mode="pair", issues=9, unanswered=[5, 8], must_flag=[
    F("unanswered-issue", 5, "公务用车 (registration gaps, holiday use without approval) appears nowhere in the notice; it only gives 部分问题."),
    F("unanswered-issue", 8, "借调3名村干部到镇机关 appears nowhere in the notice."),
    F("no-owner", 7, "Item （六）基层组织建设 ends (完成时限：…；整改状态：…) with no 牵头领导 or 责任单位, while every other item names both."),
    F("inconsistent-claim", None, "The notice says 9 problems, 7 done and 2 ongoing, 清退追缴31.2万, 处分2人; its own items show three 正在推进 (（一）（二）（五）) besides the two problems not reported, 4.3+8.7+6.8=19.8万 recovered, and one 党内警告 only."),
], must_not_flag=[
    F("no-accountability", 3, "One village cadre 党内警告, two 诫勉谈话, 4.3万 recovered."),
    F("no-accountability", 4, "8.7万 returned, the former 分管财务 team member 诫勉谈话."),
    F("no-deadline", 1, "2025年10月底前, 正在推进."),
    F("no-deadline", 7, "2025年8月31日前 is given; only the owner is missing."),
    F("no-mechanism", 4, "制定《筠塘镇机关津补贴发放管理规定》."),
    F("no-owner", 6, "副镇长冯子衡, 镇农经站."),
    F("no-disclosure", None, "A notice published on the county discipline site with phone, e-mail and address (the 低保张榜公示 is a measure, and the footer 举报电话 is chrome)."),
    F("weak-leadership", None, "领导小组 under the 镇党委书记, 第一责任人, 直接部署、直接过问、直接督办."),
    F("late-report", None, "Feedback 2025-06-18, notice 2025-09-10: 84 days."),
], links=[
    L("稻虾共作基地和农产品冷链仓储2个项目已完工", 1), L("发现损毁点位17处", 2), L("追回违规领取的低保金4.3万元", 3),
    L("制定《筠塘镇机关津补贴发放管理规定》", 4), L("杞园村集体鱼塘续租合同已提请镇农经站审查", 6),
    L("对程序不规范的4名党员补正了材料", 7), L("剩余未清退的押金6.8万元已全部退还建房户", 9)])

# p04 公证处: speech with 7 problems in prose (首先/与此相关/其次/还有一个现象/再次/在…方面/此外); first-person secretary report.
G["p04"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("vague-measure", 4, "Intermediary dinners: 深刻认识…进一步加强廉洁自律教育，切实增强…意识，坚决杜绝… — slogans only, no check of who was treated, no rule on contacts with 中介."),
    F("repeated-measure", 6, "The 公众号 review item gets the same three-point paragraph as #7 (学习《公证法》…全面自查…每季度抽查), which says nothing about reviewing what is published."),
    F("repeated-measure", 7, "The internal-control item gets the identical paragraph pasted from #6; no finance or receipt measure at all."),
    F("no-mechanism", 2, "Self-made 加急费 and over-standard fees are stopped and refunded, but no fee rule, fee list or 收费公示 is set up, although the speech asks for 长效机制 where needed."),
], must_not_flag=[
    F("no-accountability", 3, "公证员龚振华 suspended for 3 months and 诫勉谈话."),
    F("no-accountability", 1, "Two notaries 批评教育 and bonus cut."),
    F("no-mechanism", 1, "修订《区公证处公证质量管理办法》 (双签字, 质检员复核)."),
    F("no-owner", 4, "The vague item still names 副主任傅清源."),
    F("no-deadline", 1, "2025年5月31日前, remaining 4 files by end of July."),
    F("weak-leadership", None, "First-person report of the secretary as 第一责任人: leads the 领导小组, 6 meetings, on-site checks, a party lecture."),
    F("no-disclosure", None, "Published on the 区司法局 portal with a 监督电话."),
    F("late-report", None, "Speech 2025-03-20, report 2025-06-13: 85 days."),
    F("inconsistent-claim", None, "5 done + 2 基本完成 (#1 remaining files, #2 0.2万 not yet refunded) agrees with the items."),
], links=[
    L("发现审批签字不全、身份核验材料缺失的卷宗共53卷", 1), L("自4月1日起全面停止收取", 2),
    L("已通过原支付渠道退还当事人2.1万元", 2), L("对涉及的公证员龚振华暂停执业3个月", 3), L("在受理窗口全面启用人脸识别核验", 3),
    L("坚决杜绝与中介机构不正当往来", 4), L("每月一次到社区开展遗嘱、继承咨询", 5)])

# p05 农技中心: DOCX feedback, one paragraph per area with ；-clauses (3+3+2); report by own themes, no references at all.
G["p05"] = dict(mode="pair", issues=8, unanswered=[8], must_flag=[
    F("unanswered-issue", 8, "职称推荐把关不严 (one of five candidates with false performance material) is answered nowhere; 评先评优 in the party-building paragraph is not an answer."),
    F("vague-measure", 7, "Party-member education (读文件, two 流动党员 absent for a year) gets only 持续加强…不断提高…切实增强…充分发挥…; no step for the two members, no study plan."),
    F("weak-leadership", None, "The preamble only says a staff meeting passed on the feedback and the office coordinates; no secretary as 第一责任人, no 领导小组, no sign the principal leader directed the work."),
    F("no-disclosure", None, "Nothing says the rectification is or will be made public; the technicians' phone list on village boards is a service measure."),
], must_not_flag=[
    F("no-accountability", 5, "Former director 诫勉谈话, cashier 批评教育, the 9.6万 brought into the books."),
    F("no-accountability", 6, "12 private trips found, 0.42万 repaid, a driver 党内警告."),
    F("no-accountability", 1, "栽培站站长 批评教育, figures corrected."),
    F("no-mechanism", 4, "制定《县农业技术推广中心示范物资采购管理办法》."),
    F("no-mechanism", 6, "修订《中心公务用车管理规定》."),
    F("no-deadline", 1, "The theme bracket gives 2025年3月31日前 for the whole paragraph."),
    F("no-owner", 4, "The theme bracket names 副主任阮清秋 and the offices for #4–#6."),
    F("no-owner", 7, "The vague item names 支部副书记孟春晓."),
    F("late-report", None, "Feedback 2025-01-08, report 2025-04-03: 85 days."),
], links=[
    L("会同乡镇农技站测量确认实际实施面积为7150亩", 1), L("43万元已于2025年3月全部拨付到位", 2),
    L("全面停止由办公室代填服务记录的做法", 3), L("价格高于同期市场均价的2批次已与供应商协商退还差价1.3万元", 4),
    L("制定《县农业技术推广中心示范物资采购管理办法》", 4), L("将试验田2022年以来的9.6万元销售收入全部纳入中心账户核算", 5),
    L("查实节假日私用12次", 6), L("持续加强党员教育管理", 7)])

# p06 燃气公司: feedback 1.–7. across areas; DOCX report with a Word-table ledger whose 完成时限 column comes first.
G["p06"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("copied-measure", 4, "Row 4's 整改措施及成效 cell is the feedback's sentence on illegal subcontracting copied back; nothing is done."),
    F("no-owner", 6, "Row 6 (收费员挪用) has empty 责任领导 and 责任部门 cells."),
    F("no-deadline", 2, "Row 2's 完成时限 cell reads 待定."),
    F("inconsistent-claim", None, "The body says 7个问题已全部整改完成, while the table shows row 1 正在推进, row 2 持续推进 and row 6 正在追缴 (0.6万 outstanding)."),
], must_not_flag=[
    F("no-accountability", 5, "工会主席 党内警告, 人力资源部负责人 诫勉谈话, 14.5万 returned."),
    F("no-accountability", 6, "Contract terminated, case passed to the police, 2.6万 recovered."),
    F("no-accountability", 3, "时任总经理 诫勉谈话."),
    F("no-mechanism", 3, "修订《公司“三重一大”决策制度实施办法》."),
    F("no-mechanism", 6, "修订《营业收费管理办法》."),
    F("no-mechanism", 5, "制定《公司工资总额管理办法》."),
    F("no-deadline", 7, "2025年9月30日前；党员发展长期坚持."),
    F("no-deadline", 6, "2025年8月31日前: only the owner cells are empty."),
    F("no-owner", 2, "副总经理宋知远, 安全管理部: only the time limit is missing."),
    F("no-owner", 4, "The copied row still names 副总经理宋知远 and 管网工程部."),
    F("weak-leadership", None, "领导小组 under the 党委书记、董事长, 第一责任人, 直接部署、直接过问、直接督办."),
    F("no-disclosure", None, "To be published on the company site and service-hall boards with a phone."),
    F("late-report", None, "Feedback 2025-05-08, report 2025-07-30: 83 days."),
], links=[
    L("成立老旧管网改造专班", 1), L("对巡察抽查发现的23处隐患已全部整改", 2), L("对2项管材采购事项补充提交党委会审议", 3),
    L("由中标单位违法分包给无资质的施工队伍施工", 4), L("发放的购物卡14.5万元已由职工全额退回", 5),
    L("已追回被挪用燃气费2.6万元", 6), L("工程安装子公司党支部已于6月完成换届选举", 7)])

# p07 工商联: feedback （一）–（七）; PDF report of three Word tables (问题清单 Q1–Q7, 任务清单 T-codes, 责任清单).
G["p07"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2024-10-16, report 2025-03-05: 140 days."),
    F("no-accountability", 6, "12万 of 光彩事业 special funds diverted to roof repairs; the lists only 归垫 the money and revise the finance rule — no task holds anyone to account, while #4 and #5 each have one."),
    F("weak-leadership", None, "The preamble: a staff meeting, 由机关办公室牵头; no 领导小组, no 党组书记 as 第一责任人, no direct deployment — the 党组书记 appears only as owner of three tasks."),
], must_not_flag=[
    F("no-accountability", 4, "T4-2: 县商会秘书长诫勉谈话."),
    F("no-accountability", 5, "T5-1/T5-2: meals paid back, 办公室主任批评教育."),
    F("no-owner", 1, "Owners are given only in the separate 责任清单 (T1-1, T1-2)."),
    F("no-owner", 6, "T6-1/T6-2: 党组成员、副主席欧志诚, 办公室."),
    F("no-deadline", 5, "T5-1/T5-2 dated, T5-3 长期坚持."),
    F("no-deadline", 2, "T2-1 2025年4月30日前 (after the report date) and T2-2 dated."),
    F("no-mechanism", 6, "T6-2 修订机关财务管理办法 (专款专用专账核算): the gap on #6 is accountability."),
    F("no-mechanism", 3, "T3-2 制定执委推荐人选联合审查办法."),
    F("no-disclosure", None, "To be published on the county 工商联 site with a phone (the 会费收支公开 in T2-2 is a measure)."),
    F("inconsistent-claim", None, "16 tasks, 14 done, 2 ongoing (T2-1, T7-1) agrees with the lists."),
], links=[
    L("分片包干", 1), L("会费收支每半年向会员公开", 2), L("失信企业主执委资格", 3), L("县商会秘书长诫勉谈话", 4),
    L("严禁在企业食堂接待", 5), L("专项资金专款专用专账核算", 6), L("逐家指导", 7)])

# p08 荻浦街道: UTF-16 feedback, 一、二、三、 with 1. 2. restarting (2+3+2); report "（一）针对反馈指出的第一方面第1、2个问题" with （1）（2）.
G["p08"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("repeated-measure", 6, "（四）社区两委培训 gets the same three points as （五）发展党员 (学习相关规定…建立问题整改清单…每半年督查); nothing about training the four untrained secretaries."),
    F("repeated-measure", 7, "（五）发展党员 is the identical paragraph pasted from （四）; nothing about the two incomplete political reviews."),
    F("no-owner", 3, "（二）机关食堂 ends (完成时限：…，已完成) with no 牵头领导 or 责任科室, while all other items name them."),
    F("no-mechanism", 5, "28 small works awarded without 比选 and 5 split to dodge it: the report cuts 6.4万 and orders a written self-criticism, but no rule on small works is made; the rule in the same paragraph is for the 惠民资金 (#4)."),
    F("no-disclosure", None, "No word on publishing the rectification; the 网格员 photos on notice boards, 食堂按季公示 and 受助名单公示 are measures."),
], must_not_flag=[
    F("no-accountability", 3, "4.6万 paid back by the staff, 党政办主任 批评教育."),
    F("no-accountability", 4, "枫亭社区党委书记 诫勉谈话, 报账员 批评教育, 0.2万 recovered."),
    F("no-accountability", 5, "城建办主任 责令书面检查 and bonus cut."),
    F("no-mechanism", 4, "制定《街道社区惠民项目资金管理办法》."),
    F("no-mechanism", 3, "修订《街道机关食堂管理办法》."),
    F("no-deadline", 1, "2025年12月31日前."),
    F("no-deadline", 3, "2025年4月30日前: only the owner is missing."),
    F("no-owner", 5, "The merged bracket for #4 and #5 names 卢映川 and 单若水."),
    F("weak-leadership", None, "领导小组 under the 党工委书记, 第一责任人, monthly dispatch meetings, 当面督办."),
    F("late-report", None, "Feedback 2025-02-26, report 2025-05-20: 83 days."),
    F("inconsistent-claim", None, "4 done + 3 ongoing, 4.8万, one 诫勉, two 批评教育, two rules: all agree with the items."),
], links=[
    L("桂香里小区已于4月完工", 1), L("面向社会公开招聘专职网格员15名", 2), L("对请假期间仍有巡查记录的2名网格员予以解聘", 2),
    L("由职工按就餐天数补交", 3), L("0.2万元被社区报账员挪作社区办公经费", 4), L("经第三方审核核减工程款6.4万元", 5),
    L("对5项拆分发包的工程", 5)])

# p09 棠阴乡 (report-only): four own themes, 【巡察指出】/【整改落实】/【责任与时限】 blocks; problems in report order.
G["p09"] = dict(mode="report-only", issues=7, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "The preamble claims 6 of 7 done with 1 long-term and 收回资金7.1万, 制度5项; the items show #1 (2处 still being regularised), #4 (1.8万 still being chased) and #7 open, 1.9+3.4+0.64=5.94万 recovered, and four rules."),
    F("vague-measure", 2, "河长制: 高度重视…进一步提高思想认识，压紧压实…切实加强…确保… — nothing about the missing patrols or the back-filled records."),
    F("no-deadline", 5, "The 公务接待 item's 【责任与时限】 gives only the 责任领导, no 完成时限."),
    F("weak-leadership", None, "乡党委 discussed it at a 班子会议 and the 党政综合办公室 leads; no 领导小组, no secretary as 第一责任人 (the secretary appears only as contact for one village)."),
], must_not_flag=[
    F("no-accountability", 3, "Two clerks 批评教育, 1.9万 recovered."),
    F("no-accountability", 5, "分管副乡长 诫勉谈话, 0.64万 returned to the village."),
    F("no-mechanism", 4, "制定《棠阴乡往来款项管理办法》."),
    F("no-mechanism", 5, "修订《棠阴乡公务接待管理办法》."),
    F("no-mechanism", 7, "制定《棠阴乡软弱涣散村党组织整顿提升工作办法》."),
    F("no-deadline", 7, "2025年12月31日前完成整顿验收，村集体经济发展长期坚持."),
    F("no-owner", 5, "副乡长龙若愚 is named; only the time limit is missing."),
    F("no-owner", 2, "The vague item still names 乡长熊秋白."),
    F("no-disclosure", None, "Published on the 政务公开栏 and the county government site with a 监督电话."),
    F("late-report", None, "Feedback 2025-03-12 (stated in the report), report 2025-06-05: 85 days."),
], links=[
    L("2处超出设施农业用地标准建设的看护房已拆除并复垦", 1), L("切实加强河湖日常管护", 2),
    L("27户错发、重发的1.9万元已全部追回并退回县财政", 3), L("其中个人借款5.2万元已收回3.4万元", 4),
    L("转到村级报销的3笔接待费用0.64万元已由乡政府退还村集体", 5), L("推行指纹考勤和工作日晚间值班点名", 6),
    L("乡党委为2个村各选派1名乡机关干部担任驻村第一书记", 7)])

# p10 福利院: speech with 6 problems in prose (先说/再说/安全管理上/廉洁方面/与此相关/最后); good DOCX report by own themes.
G["p10"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[], must_not_flag=[
    F("no-accountability", 4, "分管后勤的副院长 党内警告, the 院长 诫勉谈话 by the 民政局党组, 0.87万 refunded."),
    F("no-accountability", 5, "Two handling staff 批评教育; every passbook checked with families."),
    F("no-mechanism", 1, "修订《入住评估和照护等级管理办法》."),
    F("no-mechanism", 2, "制定《夜间巡房和呼叫应答工作规范》."),
    F("no-mechanism", 3, "修订《院消防安全管理制度》."),
    F("no-mechanism", 5, "制定《入住老人代管财物管理办法》."),
    F("no-deadline", 3, "2025年7月31日前，日常巡查长期坚持."),
    F("no-deadline", 6, "2025年9月30日前，志愿服务长期坚持."),
    F("no-deadline", 2, "2025年12月31日前, 持续推进."),
    F("no-owner", 4, "党支部书记、院长许岚 owns the item in which she is herself held to account."),
    F("vague-measure", 6, "Six 示范岗, a volunteer team, 12 services held: concrete."),
    F("weak-leadership", None, "领导小组 under the secretary, 第一责任人, 直接部署、直接过问、直接督办, on-site checks."),
    F("no-disclosure", None, "Published on the 民政局 portal and the notice board with a 监督电话."),
    F("late-report", None, "Speech 2025-07-09, report 2025-09-30: 83 days."),
    F("inconsistent-claim", None, "5 done + 1 持续推进, 20 of 21 measures, 1 警告 / 1 诫勉 / 2 批评教育, 6 rules: all agree with the items."),
], links=[
    L("委托区老年人能力评估中心对17名无评估记录的老人补做评估", 1), L("面向社会招聘护理员11名", 2),
    L("在每张床位安装呼叫应答计时装置", 2), L("更换超过有效期的灭火器86具", 3), L("高于市场价部分0.87万元已由该副食店退还", 4),
    L("给予分管后勤的副院长党内警告处分", 4), L("对全院代管的93本存折和现金逐一清点", 5), L("在护理一线设立党员示范岗6个", 6)])

for p, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, p, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
print("wrote", len(G))
