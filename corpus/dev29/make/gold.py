"""Write p01..p10/gold.json (dev-pairs gold format) for dev29. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev24/make/gold.py. Every pair is mode "pair". Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 茺川县自然资源局党组 (county bureau): formal 反馈意见, 二、 with （一）–（七） heading + detail; 三、整改意见 1．–4． are
# not problems. Report: common report, headings reworded in the unit's own words (short, long, quoted, topic-only),
# 1．2．3． lines + field line per item, 下一步打算 with general measures. Good report.
G["p01"] = dict(issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长秦岫芝 is 组长 and 第一责任人, 直接部署/过问/督办, 5 专题会议, led site checks, 约谈 two slow 股室 heads."),
    F("late-report", None, "Feedback 2025-03-11, report 2025-06-03: 84 days, inside three months."),
    F("no-disclosure", None, "下一步 三是: 县政府门户网站 and 局机关公开栏, 监督电话 given."),
    F("inconsistent-claim", None, "21 measures = 7 × 3 lines; 19 done + 2 持续推进 (复耕 #1, 诉讼 #2) match the field lines; 警告1 (#3), 诫勉2 (#4), 批评3 (#3, #5, #6); 3 new + 3 revised rules match the names."),
    F("no-accountability", 3, "窗口人员 党内警告 and 调离, 登记中心主任 批评教育."),
    F("no-accountability", 4, "3.6万 returned by 28 people; 时任分管副局长 and 测绘股股长 诫勉谈话."),
    F("no-accountability", 5, "人事股负责人 批评教育."),
    F("no-deadline", 1, "复耕 2025年10月底前 (持续推进), the rest done."),
    F("no-deadline", 4, "立行立改, done."),
    F("no-deadline", 6, "长期坚持 is a legitimate time answer for standing Party-branch duties."),
    F("no-mechanism", 1, "《违法占用耕地图斑核查销号办法》."),
    F("no-mechanism", 2, "修订《国有建设用地使用权出让合同履约监管办法》, 30-day reminder."),
    F("no-mechanism", 7, "《测绘资质动态核查办法》 fills the rule promised in 2021."),
    F("no-owner", 5, "机关党委书记邝冶 is 责任领导."),
    F("unanswered-issue", 7, "Heading “关于旧账清理” shares no words with the feedback's heading, but its measures (测绘资质办法, 土地整治项目验收) answer #7."),
    F("unanswered-issue", 3, "Long reworded heading (“多头跑、反复跑”, 中介“插队”) answers #3."),
], links=[
    L("对13宗未恢复耕种条件的图斑逐宗制定复耕方案", 1), L("制定《违法占用耕地图斑核查销号办法》", 1),
    L("已追缴出让价款1610万元", 2), L("已依法向县人民法院提起诉讼", 2),
    L("给予党内警告处分并调离窗口岗位", 3), L("每月随机回访办事群众50人", 3),
    L("已由28名干部职工全部退回", 4), L("修订《局机关公务接待管理办法》", 4),
    L("对2名股级干部补办试用期满考核", 5), L("收缴少缴党费6480元", 6),
    L("出台《测绘资质动态核查办法》", 7), L("已于4月通过验收", 7)])

# p02 苊溪镇党委 (township): 反馈会 speech, problems 第一…第六; the 原因 sentence, 一要…三要 and the 三个月 sentence are not
# problems. Report (GB18030): the secretary's FIRST-PERSON report, grouped by the unit's own themes (项目和资金 /
# 干部作风 / 基层组织 / 人居环境), order 1,3,6,4,5,2, measures as 一是…二是… inside paragraphs.
G["p02"] = dict(issues=6, unanswered=[], must_flag=[
    F("vague-measure", 2, "（四）在人居环境整治上 is slogans only (深刻认识…重要性, 进一步提高政治站位, 加强督促检查, 常态长效): nothing on the 编造 台账 or the 迎检 cleaning."),
    F("no-accountability", 3, "23户 1.7万 double subsidy: the report only registers the households, puts the money on a 追缴计划 and revises the flow; the 农业服务中心 经办人员 the speech named are not dealt with, though the speech said 该追责的人员要追责."),
    F("late-report", None, "Feedback 2024-09-12, report 2024-12-20: 99 days, past the three months the speech set (2024-12-12)."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary writes as 第一责任人, is 组长, weekly reports, 6 推进会, site visits, personally took two problem areas."),
    F("no-disclosure", None, "下一步 三是: already 公示 in the 镇政务公开栏, quarterly progress to be published."),
    F("inconsistent-claim", None, "19 measures = 4+2+4+4+4+1; 16 done + 3 ongoing (项目调整 awaiting approval, 追缴计划, 人居 长期坚持); 警告1 (#4), 诫勉1 (#6), 批评2 (#5 村文书); 4 rules."),
    F("no-accountability", 6, "财政所所长 诫勉谈话; unsupported 白条 borne by the 经手人. (Sits in the same theme block as #3 — a proximity trap.)"),
    F("no-accountability", 4, "The drinking cadre gets a 党内警告处分."),
    F("no-accountability", 5, "2 村文书 批评教育; 2 absent secretaries replaced."),
    F("no-mechanism", 1, "《镇级衔接资金项目管理办法》."),
    F("no-mechanism", 3, "修订补贴发放审核流程 with 三级签字 (the gap there is accountability)."),
    F("no-mechanism", 4, "机关考勤和值班抽查制度."),
    F("no-mechanism", 6, "修订《镇机关财务报销管理规定》."),
    F("no-owner", 3, "副镇长卓延 is 责任领导."),
    F("no-deadline", 3, "12月底前完成."),
    F("unanswered-issue", 2, "Answered, if only by slogans (README: slogans still count as answered)."),
], links=[
    L("将茶叶初加工厂项目变更选址后于10月开工", 1), L("蔬菜大棚通过公开招租引进一家农业合作社经营", 1),
    L("制定《镇级衔接资金项目管理办法》", 1), L("确认23户重复享受补贴", 3), L("增加流转土地台账比对环节", 3),
    L("对4.2万元白条逐笔补齐审批和票据", 6), L("对财政所所长进行诫勉谈话", 6), L("修订《镇机关财务报销管理规定》", 6),
    L("对工作日中午饮酒的1名干部给予党内警告处分", 4), L("便民服务中心实行AB岗", 4),
    L("由镇党委选派干部担任第一书记兼任支部书记", 5), L("对全镇近三年发展的党员档案进行全面排查", 5),
    L("推动人居环境整治常态长效", 2)])

# p03 芀州市城乡水务集团党委 (state enterprise): 纪委 website news item, the 7 problems inline after “主要问题：”,
# separated by “；”; 强调/要求, the 移交 sentence and the 表态 are not problems. Report: DOCX with ONE TABLE (整改台账),
# problem cells reworded in a few words, measures as 1．2．3． paragraphs inside cells.
G["p03"] = dict(issues=7, unanswered=[], must_flag=[
    F("no-owner", 6, "Row 6's 责任领导 cell is empty and 责任部门 is only “相关部门”; every other row names a leader."),
    F("no-deadline", 4, "Row 4's 完成时限 is “视情推进” — no date, unlike every other row."),
    F("inconsistent-claim", None, "Preamble: “7个方面问题已全部整改完成，20项整改措施全部落实到位”, but row 1 says 63 km done and “其余正在施工”, and row 3 “基本完成，剩余174万元正在清收”."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记、董事长温既白 is 组长 and 第一责任人, 8 meetings, site visits."),
    F("no-disclosure", None, "Report to be published in full on the 集团门户网站, 监督电话 given."),
    F("late-report", None, "Feedback 2025-04-15, report 2025-07-08: 84 days."),
    F("no-accountability", 2, "工程管理部原负责人 党内警告处分."),
    F("no-accountability", 3, "5 抄表员 扣减绩效 and 通报批评."),
    F("no-accountability", 4, "1.92万 退缴 and 诫勉谈话 (the gap there is the deadline)."),
    F("no-accountability", 5, "5.8万 recovered; 工会主席 诫勉, 办公室主任 批评."),
    F("no-mechanism", 2, "修订《集团工程建设项目管理办法》."),
    F("no-mechanism", 4, "《所属企业对外担保管理规定》."),
    F("no-mechanism", 5, "修订《集团公务接待管理办法》."),
    F("no-deadline", 1, "2025年12月31日 (ongoing, but dated)."),
    F("no-deadline", 6, "2025年6月30日 (the gap there is the owner)."),
    F("no-owner", 4, "总会计师柏霁 (the gap there is the deadline)."),
], links=[
    L("成立管网改造指挥部", 1), L("将剩余45公里分解到4个施工标段", 1),
    L("对拆分发包的2个项目由审计部开展专项审计", 2), L("修订《集团工程建设项目管理办法》", 2),
    L("已收回欠费438万元", 3), L("对估抄漏抄的5名抄表员扣减绩效并通报批评", 3),
    L("兼职取得的报酬1.92万元全部退缴", 4), L("制定《所属企业对外担保管理规定》", 4),
    L("违规发放的购物卡5.8万元已全部收回", 5), L("清理借调人员7名", 6),
    L("在管网抢修、营业窗口设立党员责任区12个", 7)])

# p04 菵城县第一中学党委 (school): areas 一、…三、…方面 with 1．2． RESTARTING per area (3+2+2); 四、整改要求 is not a problem.
# Report: grouped by the school's OWN THEMES (政治建设 / 作风建设 / 内部管理 / 党建工作) with ①②③; no problem names in the
# headings, so each measure's problem must be read from its content; #7 is never answered.
G["p04"] = dict(issues=7, unanswered=[7], must_flag=[
    F("unanswered-issue", 7, "发展党员 (no young teacher admitted in three years) appears nowhere; 党建工作方面 only covers 退休党员 and 组织生活."),
    F("repeated-measure", 2, "政治建设 ④ (针对意识形态阵地管理问题，组织全体教职工开展专题学习…确保问题整改到位) is pasted word for word as 作风建设 ③."),
    F("repeated-measure", 5, "The 教师节购物卡 problem is answered only by the same boilerplate as 政治建设 ④."),
    F("no-accountability", 5, "The feedback stresses 学校发现后未作处理 and asks to 对相关责任人严肃处理; the report still deals with neither teacher and nothing is returned."),
    F("no-disclosure", None, "The feedback asks for 校内公开; the report never says it was or will be published (公开比选 is procurement, not disclosure)."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记蔺秋禾 is 组长 and 第一责任人, 4 党委会, weekly progress reports, and owns 政治建设方面."),
    F("late-report", None, "Feedback 2025-04-02, report 2025-06-26: 85 days."),
    F("inconsistent-claim", None, "14 tasks = 5+3+3+3 ①-items; 13 done + 1 ongoing (3 retired members' transfer, said so in 四①)."),
    F("no-accountability", 3, "两名年级主任 诫勉谈话, 分管副校长 批评教育, 180元 refunded to 1260 families."),
    F("no-mechanism", 1, "修订 both 议事规则, 21-item 前置研究清单."),
    F("no-mechanism", 4, "《学校食堂物资采购管理办法》 and a 膳食委员会."),
    F("no-mechanism", 6, "党员组织生活登记考勤制度."),
    F("no-deadline", 3, "立行立改."),
    F("no-owner", 4, "副校长钮晏 is 责任领导 of 内部管理方面."),
    F("unanswered-issue", 2, "Answered inside 政治建设方面 by content (信息发布登记制度, 教辅选用委员会)."),
    F("unanswered-issue", 4, "Answered inside 内部管理方面 (公开比选, 校服统一结算)."),
], links=[
    L("将教师职称推荐、评优评先等21项事项列入党委会前置研究清单", 1), L("重新提交党委会研究确认", 1),
    L("建立校园宣传栏、公众号、班级家长群信息发布", 2), L("停用存在错误表述的教辅3种", 2),
    L("180元资料费已全部清退至1260名学生家长账户", 3), L("对高一、高二年级两名年级主任进行诫勉谈话", 3),
    L("新确定供应商3家", 4), L("制定《学校食堂物资采购管理办法》", 4),
    L("已有11人将组织关系转接至居住地社区", 6), L("制定党员组织生活登记考勤制度", 6)])

# p05 菂湾村党支部 (village): feedback “问题1：…问题6：” heading + detail; the “整改要求：” paragraph is not a problem.
# Report (UTF-16 LE BOM): answers by NUMBER ONLY (“针对问题一” with no heading text), #2 and #5 MERGED under
# “针对问题二、问题五”, measures as PROSE without any enumeration.
G["p05"] = dict(issues=6, unanswered=[], must_flag=[
    F("copied-measure", 3, "The only answer restates the feedback (村道硬化项目未经村民代表会议决议即确定施工方、会议记录事后补写) plus 高度重视/今后严格执行/坚决杜绝: nothing on the road, the 质保金 or anyone responsible."),
    F("no-accountability", 4, "Relatives' 低保: one household stopped, one 补办备案, but the 村干部 who did not record incomes truthfully is not dealt with and the benefits wrongly paid are not recovered, though the feedback asks 依规依纪处理."),
    F("no-owner", 6, "The 组织生活 answer ends with 完成时限 only — no 责任人, unlike every other answer."),
], must_not_flag=[
    F("weak-leadership", None, "村党支部书记戚满仓 is 组长 and 第一责任人, weekly 碰头会; 镇党委 appoints a 包村领导 to 指导督办."),
    F("no-disclosure", None, "Rectification 公示 in the 村务公开栏 for 7 days from 2025-05-12."),
    F("late-report", None, "Feedback 2025-02-26, report 2025-05-20: 83 days."),
    F("inconsistent-claim", None, "15 measures, 14 done, 流动党员 work ongoing — matches #6 (2 still unreached)."),
    F("no-accountability", 2, "1.38万 and 0.36万 returned, 村委会主任 书面检查, 报账员 moved."),
    F("no-accountability", 1, "4.5万 arrears fully recovered; the pond re-let by auction."),
    F("no-mechanism", 2, "《菂湾村财务管理和村务公开实施细则》."),
    F("no-mechanism", 5, "Same 实施细则; monthly itemised disclosure checked by the 村务监督委员会."),
    F("no-deadline", 3, "立行立改 (the gap there is the copied measure)."),
    F("no-owner", 4, "村委会副主任喻秋实."),
    F("unanswered-issue", 5, "Answered under the merged heading “针对问题二、问题五”."),
], links=[
    L("在镇农村产权交易平台公开竞价发包", 1), L("已全部追缴入村集体账户", 1), L("建立了资产台账", 1),
    L("已补齐经手人和证明人签字", 2), L("不符合规定的1.38万元由相关村干部全部退回", 2),
    L("从今年3月起财务收支按月逐笔公开", 5),
    L("制定了《菂湾村财务管理和村务公开实施细则》", 2), L("制定了《菂湾村财务管理和村务公开实施细则》", 5),
    L("今后将严格执行“四议两公开”", 3), L("其中1户家庭收入超出标准已停发低保", 4),
    L("每月固定15日开展活动", 6), L("已建立流动党员微信群", 6)])

# p06 蔊山县人民医院党委 (hospital): formal 反馈意见 一、 with （一）–（七） heading + detail; 二、意见建议 一是…三是 is not a
# problem. Report: HTML public 整改进展情况的通报, <h3>问题N：short topic</h3>, “整改措施：一是…” and “整改状态：” lines.
G["p06"] = dict(issues=7, unanswered=[], must_flag=[
    F("vague-measure", 6, "问题六's 整改措施 is one paragraph of slogans (深刻认识…重要性, 进一步提高政治站位, 强化党建引领, 切实推动…深度融合): nothing on the 3 支部书记 or the 示范岗."),
    F("no-mechanism", 5, "问题五: one recalculation of 2024 and one 公示; no rule on 二次分配 (讨论、公示、系数上限), although the 意见建议 name 绩效分配 among the 制度漏洞 to close."),
    F("inconsistent-claim", None, "Preamble: “已完成整改6个，1个问题正在持续推进”, but the 整改状态 lines give 已完成 ×4, 长期坚持 ×1, 持续推进 ×2 (问题三, 问题七)."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记冼汀 is 组长 and 第一责任人, 7 党委会, fortnightly 调度会, on-site 督办."),
    F("no-disclosure", None, "A public 通报 on the hospital site with phone, address and a comment deadline."),
    F("late-report", None, "Feedback 2024-10-22, 通报 2025-01-16: 86 days."),
    F("no-accountability", 2, "26.4万 returned to the fund; 医保办主任 诫勉, 2 科室主任 批评."),
    F("no-accountability", 4, "涉事医师 党内警告, another 批评教育 and 暂停评优."),
    F("no-mechanism", 1, "修订 both 议事规则, 议题前置审核清单."),
    F("no-mechanism", 3, "《医药代表院内接待管理规定》."),
    F("no-mechanism", 4, "修订《医德医风考评办法》."),
    F("no-deadline", 1, "已完成: a finished item needs no time limit (public notices give statuses, not deadlines)."),
    F("unanswered-issue", 7, "问题七 answered (5 种预约方式, 7天→3天)."),
], links=[
    L("明确“三重一大”事项必须经党委会研究决定", 1), L("补充提交党委会复核", 1),
    L("26.4万元已全部退回医保基金", 2), L("对医保办主任进行诫勉谈话", 2),
    L("实行扫码出入库", 3), L("出台《医药代表院内接待管理规定》", 3),
    L("对涉事医师给予党内警告处分", 4), L("全院职工签订拒收“红包”承诺书1362份", 4),
    L("重新核算2024年度二次分配", 5), L("切实推动党建与业务深度融合", 6),
    L("平均预约等候时间由7天缩短至3天", 7), L("新购置1台磁共振设备", 7)])

# p07 藟江路桥工程有限公司党委 (国企 subsidiary): areas 一、…三、…方面 with CONTINUOUS 1．–7．; 四、整改要求 is not a problem.
# Report: ledger as ｜-separated text rows (header + 7 rows × 6 columns), measures separated by “；” inside a cell,
# then 二、举一反三 (general measures, no single problem).
G["p07"] = dict(issues=7, unanswered=[], must_flag=[
    F("no-deadline", 3, "Row 3's 完成时限 is “根据项目进度”; every other row has a date."),
    F("copied-measure", 6, "Row 6's measure restates the feedback (4名项目经理在同一项目部任职超过6年、关键岗位人员长期未轮岗) plus “坚决按照…制度执行到位” — no one moved, no date of rotation."),
    F("weak-leadership", None, "Only “公司党委召开会议进行了传达”, 综合办公室 牵头汇总: no 领导小组, no 第一责任人, no sign the 党委书记 deployed or supervised anything, though the 整改要求 asked exactly that."),
    F("no-disclosure", None, "The feedback asks for 公司内部公开; the report never says the rectification was published."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-05-08, report 2025-07-25: 78 days."),
    F("inconsistent-claim", None, "“5个已完成整改，2个持续推进” matches the 整改进展 column (row 1 持续推进, row 3 审计进行中)."),
    F("no-accountability", 4, "2 项目经理 党内警告, 3.1万 returned."),
    F("no-accountability", 5, "时任总经理 诫勉谈话, 12.4万 returned."),
    F("no-mechanism", 2, "修订 前置研究事项清单."),
    F("no-mechanism", 3, "《劳务分包队伍准入和黑名单管理办法》 (the gap there is the deadline)."),
    F("no-mechanism", 5, "修订《公司薪酬管理办法》."),
    F("no-deadline", 1, "2025年12月31日 (持续推进, but dated)."),
    F("no-owner", 3, "副总经理黎砚 (the gap there is the deadline)."),
    F("no-owner", 6, "党委副书记冉谷 (the gap there is the copied measure)."),
    F("unanswered-issue", 7, "Row 7 answers it."),
], links=[
    L("按账龄逐户制定清收方案", 1), L("已收回1180万元", 1),
    L("对2个分包合同补充履行党委前置研究程序", 2), L("清退不具备资质的挂靠队伍2支", 3),
    L("制定《劳务分包队伍准入和黑名单管理办法》", 3), L("对2名项目经理给予党内警告处分", 4),
    L("加油卡全部收回", 4), L("停发“项目攻坚奖”", 5), L("修订《公司薪酬管理办法》", 5),
    L("坚决按照干部交流轮岗制度执行到位", 6), L("在4个在建项目成立临时党支部", 7), L("设立党员先锋岗9个", 7)])

# p08 蘡州学院党委 (university): 反馈会 speech, problems as “——” paragraphs (7); the 原因 paragraph and the 一是…三是
# requirements are not problems. Report: headings quoting the feedback (long) or in the unit's words, ANOTHER ORDER
# (2,1,3,5,6,7,3), #3 SPLIT over （三）查处 and （七）制度, 1．2．3． lines; #4 never answered.
G["p08"] = dict(issues=7, unanswered=[4], must_flag=[
    F("unanswered-issue", 4, "勤工助学 / 学生资助 (岗位指定, 名单未公示) appears nowhere."),
    F("repeated-measure", 5, "（四）2 is the paragraph “组织全体党员干部和教职工开展专题学习，召开专题组织生活会…确保整改见底见效”, pasted again as （五）2."),
    F("repeated-measure", 6, "（五）2 repeats （四）2 word for word."),
    F("no-mechanism", 7, "A problem left over from the 2021 round: the report only 腾退 rooms and reallocates them; no 公用房 rule, though the speech asked to 健全制度 especially for problems not fixed last round."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记邵澈 is 组长 and 第一责任人, 8 常委会, on-site 督导, and owns item （一）."),
    F("no-disclosure", None, "下一步 三是: the rectification will be published on the 学院官网 as required."),
    F("late-report", None, "Feedback 2025-06-24, report 2025-09-15: 83 days."),
    F("inconsistent-claim", None, "17 measures = 3+3+3+2+2+2+2; 16 done + 1 ongoing (公用房); 党纪处分2 + 诫勉3 + 批评1 and 28.5万 match the items."),
    F("no-accountability", 3, "严重警告, 警告, 诫勉 for 3 课题负责人; 28.5万 recovered."),
    F("no-accountability", 5, "2 teachers 诫勉谈话 and must give up the jobs."),
    F("no-accountability", 2, "基建处处长 批评教育."),
    F("no-mechanism", 3, "修订《横向科研项目经费管理办法》 in the split item （七）."),
    F("no-mechanism", 1, "修订讲座管理办法, 网上备案平台."),
    F("no-mechanism", 2, "修订《党委常委会议事规则》."),
    F("no-deadline", 7, "2025年10月底 (持续推进, dated)."),
], links=[
    L("将新校区二期项目概算调整事项提交党委常委会重新审议", 2), L("修订《党委常委会议事规则》", 2),
    L("对5场未报备讲座的主办单位负责人进行约谈", 1), L("建立讲座信息网上备案平台", 1),
    L("对3个课题组28.5万元违规回流经费全部追回", 3), L("取消其2年内科研项目申报资格", 3),
    L("修订《横向科研项目经费管理办法》", 3), L("建立课题经费使用公示和财务助理制度", 3),
    L("责令其退出兼职并退还兼职收入", 5), L("“双带头人”比例提高到86%", 6), L("已腾退960平方米", 7)])

# p09 葂阳县人民检察院党组 (procuratorate): 纪委 website news item, problems inline after “主要问题：一是…；二是…”;
# 要求 and 表态 are not problems. Report (UTF-8, CRLF): answers by NUMBER ONLY (“针对反馈意见第N个问题”, no heading
# text), 一是…二是… paragraphs, bracketed field line.
G["p09"] = dict(issues=6, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2024-05-28, report 2024-09-10: 105 days, past three months (2024-08-28)."),
    F("weak-leadership", None, "Only “院党组召开会议进行了研究部署，明确由政治部牵头”: no 领导小组, no 第一责任人, no sign the 检察长 led, though the meeting demanded 党组书记 亲自抓、负总责."),
    F("no-owner", 5, "The 聘用人员 answer's bracket gives only 完成时限; every other answer names a 责任领导 and 责任部门."),
], must_not_flag=[
    F("no-disclosure", None, "To be published on the 检察院门户网站 with a phone number."),
    F("inconsistent-claim", None, "17 measures = 3+2+3+3+2+4; 15 done + 2 ongoing (#1's two cases still pending, #6 长期坚持)."),
    F("no-accountability", 4, "公车私用 干部 诫勉 and pays; 检察室主任 批评教育; 接待 costs borne personally."),
    F("no-mechanism", 1, "“挂案”动态清理机制 with monthly reports."),
    F("no-mechanism", 3, "修订《不起诉案件公开宣告工作规定》."),
    F("no-mechanism", 4, "修订《公务用车使用管理办法》."),
    F("no-mechanism", 5, "《聘用制书记员管理办法》 (the gap there is the owner)."),
    F("no-deadline", 5, "2024年7月底 (the gap there is the owner)."),
    F("no-deadline", 6, "长期坚持."),
    F("no-owner", 2, "副检察长柯茗."),
    F("vague-measure", 6, "Four concrete measures (领学＋研讨, 3 结对支部, 考核挂钩, quarterly checks)."),
], links=[
    L("对9件超期未结涉企案件逐件会商研判", 1), L("已依法作出处理7件", 1), L("建立涉企案件“挂案”动态清理机制", 1),
    L("今年以来新立公益诉讼案件21件", 2), L("纳入检察官年度业绩考评", 2),
    L("对应当公开宣告而未宣告的6件补充开展释法说理", 3), L("修订《不起诉案件公开宣告工作规定》", 3),
    L("对公车私用的1名干部给予诫勉谈话", 4), L("全部公务用车加装北斗定位", 4),
    L("制定《聘用制书记员管理办法》", 5), L("案件核心辅助工作全部由在编人员承担", 5),
    L("与县市场监管局等3个单位党支部结对", 6), L("对各支部“三会一课”记录进行一次检查", 6)])

# p10 蘮园社区党委 (community): feedback “问题1：…问题6：” after “巡察发现以下6个问题：”; the closing 要求 paragraph is not a
# problem. Report: the community's own headings with “（问题N）” tags, ANOTHER ORDER (3,1,6,2,4,5), ①②③ lines,
# prose for #4, a closing 下一步 (general).
G["p10"] = dict(issues=6, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "“反馈的6个问题已全部整改完成，整改完成率100%”, but 业委会 is only in preparation (“力争10月前”, deadline 2025-10) and #6 says the 对接 “持续推进”."),
    F("no-accountability", 2, "3.8万 misused (1.2万 of it 违规列支 慰问): only “调账处理”, nothing recovered, and the 居委会主任 who approved it alone is not dealt with (she is now the item's 责任人), though the feedback asks 对相关人员依规处理."),
    F("vague-measure", 4, "五、社工队伍管理 is slogans only (进一步加强…建设, 切实严明工作纪律, 强化教育管理): nothing on 考勤, the 保险推销 worker or the 人人合格 appraisal."),
    F("no-disclosure", None, "The feedback asks to 向辖区居民公开整改情况; the report never says the rectification was published (the 公开栏/公示 lines under 问题5 are about 居务, not about the rectification)."),
], must_not_flag=[
    F("weak-leadership", None, "社区党委书记尹茉 is 组长 and 第一责任人, 5 “两委” meetings, owns #1 and #4."),
    F("late-report", None, "Feedback 2025-03-19, report 2025-06-10: 83 days."),
    F("no-accountability", 3, "2 网格员 通报批评 and 扣发当季绩效."),
    F("no-mechanism", 2, "双签制度 (the gap there is accountability)."),
    F("no-mechanism", 5, "《蘮园社区重大事项民主决策和公开办法》."),
    F("no-mechanism", 3, "APP 定位签到 and weekly 抽查回访."),
    F("no-owner", 2, "社区居委会主任卜苒 is 责任人 (the gap there is accountability)."),
    F("no-deadline", 6, "长期坚持."),
    F("no-deadline", 1, "2025年10月底."),
    F("unanswered-issue", 4, "Answered, if only by slogans."),
], links=[
    L("对18户未被走访的居民由网格员逐户补访", 3), L("对编造走访记录的2名网格员予以通报批评", 3),
    L("启用网格走访手机APP定位签到", 3), L("成立2个小区临时管理小组", 1), L("协调区城管部门清运积存垃圾42车", 1),
    L("重新建立“双报到”台账", 6), L("已有97名在职党员参加社区活动", 6),
    L("已在专项经费中进行调账处理", 2), L("街道审核的双签制度", 2), L("切实严明工作纪律", 4),
    L("每月5日前公开上月财务收支", 5), L("制定《蘮园社区重大事项民主决策和公开办法》", 5)])

for name, g in G.items():
    out = {"mode": "pair", "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
