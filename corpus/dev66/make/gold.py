"""Write p01..p10/gold.json (dev-pairs gold format, mode "pair") for dev66. The gold is hand-judged; this file only keeps
it in one place. Modelled on dev44's make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蘅溪县劳动保障监察大队党支部: formal 反馈意见, （一）（二）（三）…方面 + continuous 1．–7．; 二、整改意见 not problems.
# Report: organised by the brigade's OWN FOUR WORK LINES (欠薪治理/规范执法/清廉监察/支部建设), problems paraphrased, never quoted;
# #7 answered inside the 规范执法 line with #2; #3 #4 #5 as 一是…三是 inside one line.
G["p01"] = dict(issues=7, unanswered=[], must_flag=[
    F("copied-measure", 3, "清廉监察主线 一是 turns the feedback's problem into a promise (将切实落实全面从严治党主体责任，增加专题研究党风廉政建设的次数，开展执法岗位廉政风险排查，对群众反映…进行核实处理): no meeting held, no risk list made, no finding on the 吃请 reports."),
    F("no-mechanism", 5, "9.6万 差旅费 checked and 罚没款 paid in, but no reimbursement or fine-remittance rule made or revised, although 整改意见（三） asks for 制度机制 and the 欠薪, 执法 and 支部 lines each name one."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、大队长钟离砚 heads the 领导小组 as 第一责任人, chaired the plan, 5 推进会, 3 site visits, 当面督促."),
    F("late-report", None, "Feedback 2025-03-18, report 2025-06-11: 85 days."),
    F("no-disclosure", None, "县人社局门户网站 and 服务大厅 公示 with a 监督电话; 警示教育 held."),
    F("inconsistent-claim", None, "24 measures = 22 done + 2 named as in progress (补考, 全年抽查), matching the items."),
    F("no-accountability", 4, "副中队长 诫勉谈话, 4 others 书面检查, 1260元 退缴."),
    F("no-accountability", 5, "0.42万 refunded by the claimant; 内勤 批评教育."),
    F("no-accountability", 1, "承办人 of the 6 cases delayed by them 批评教育."),
    F("no-mechanism", 1, "制定《欠薪投诉案件办理时限管理办法》."),
    F("no-mechanism", 2, "修订《重大行政处罚集体讨论决定制度》."),
    F("no-mechanism", 6, "修订《党支部组织生活考勤办法》."),
    F("unanswered-issue", 7, "No heading of its own: answered as 四是 of the 规范执法 line (执法资格考试, 60学时 training)."),
    F("no-owner", 3, "The 清廉监察 line names 钟离砚 as 责任领导 (the gap there is the copied wording)."),
    F("no-deadline", 7, "补考 by 2025-09-30; the rest 2025-06-30."),
    F("copied-measure", 6, "Uses the feedback's words (三会一课, 主题党日) but reports acts done: a plan, monthly sign-off, two talks, a revised 考勤办法."),
], links=[
    L("对去年超期办结的41件投诉逐件复盘", 1), L("对12个在建项目全部下达责令改正指令书", 1), L("制定《欠薪投诉案件办理时限管理办法》", 1),
    L("对27份缺少签字或送达回证的卷宗逐一补正", 2), L("修订《重大行政处罚集体讨论决定制度》", 2),
    L("重新制定“双随机、一公开”年度抽查计划", 2), L("增加专题研究党风廉政建设的次数", 3),
    L("对到企业食堂就餐的7次费用按标准折算共1260元", 4), L("执法车辆实行统一停放", 4),
    L("对9.6万元无行程凭据的差旅费逐笔核实", 5), L("延迟上缴的罚没款已全部缴入国库", 5),
    L("重新制定2025年度“三会一课”和主题党日计划", 6), L("对2名长期不参加组织生活的党员分别谈话提醒", 6),
    L("修订《党支部组织生活考勤办法》", 6), L("组织未取得执法证件的5名同志参加全省行政执法资格考试", 7),
    L("持证人员每人完成不少于60学时的年度培训", 7)])

# p02 蓂川县蚕桑技术推广站党支部: 反馈意见 with 一、二、三、…方面 and RESTARTING 1．2．(3．) (3+3+2 = 8); the closing
# requirements paragraph is not a problem. Report (GB18030): answers BY NUMBER ONLY in two styles (反馈问题第N项 = continuous
# 1–8; 第X方面第Y个问题), #4+#5 merged, #2 answered twice (by number in 一、, again in 二、建章立制), one boilerplate pasted under #1 and #6.
G["p02"] = dict(issues=8, unanswered=[], must_flag=[
    F("repeated-measure", 1, "反馈问题第1项 gets, after a paraphrased lead-in, only a generic paragraph (组织全体干部职工深入学习领会…逐条建立整改台账…整改不到位不销号) that is pasted word for word under 反馈问题第6项."),
    F("repeated-measure", 6, "反馈问题第6项 (公务接待: no 公函, 补写清单, 会议费 列支) repeats 第1项's paragraph word for word after a one-clause lead-in."),
    F("late-report", None, "Feedback 2024-10-22 with a 三个月内 limit (2025-01-22); the report is dated 2025-02-14: 115 days."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、站长濮阳青禾 heads the 领导小组 as 第一责任人; 4 meetings, 6 visits."),
    F("no-disclosure", None, "县农业农村局门户网站 信息公开 and the 站务公开栏."),
    F("inconsistent-claim", None, "No all-done claim; every item's status matches its text (the 招聘 item open with a 2025-07-31 date)."),
    F("unanswered-issue", 2, "Answered twice: 第一方面第2个问题 in 一、（二） and 反馈问题第2项 again in 二、建章立制."),
    F("unanswered-issue", 5, "Answered inside the merged （四）“第二方面第1个问题和第2个问题”."),
    F("repeated-measure", 4, "One merged answer, announced as such (我们合并整改), with parts specific to each problem."),
    F("repeated-measure", 5, "Same merged answer: 6.3万 收回, 不再单独设账, 诫勉, a new 办法."),
    F("no-accountability", 5, "原场长 诫勉谈话 and removed from the post; 6.3万 recovered."),
    F("no-accountability", 3, "财务股股长 提醒谈话 for the delay."),
    F("no-mechanism", 2, "《蚕种经营户检疫抽检工作规程》 and a 蚕种质量事件报告制度, in the separate 建章立制 section."),
    F("no-mechanism", 5, "《示范蚕场财务管理办法》."),
    F("no-deadline", 8, "招聘 by 2025-07-31, the rest done."),
    F("no-owner", 7, "责任领导：濮阳青禾."),
], links=[
    L("针对技术服务覆盖不全、桑园提质项目进度偏慢的问题", 1), L("对全县27家蚕种经营户开展全覆盖检疫抽检", 2),
    L("对2024年春季带病蚕种流入农户一事补做溯源调查", 2), L("制定《蚕种经营户检疫抽检工作规程》", 2),
    L("未兑付的12.7万元补贴已于2024年11月28日前全部兑付到63户农户", 3),
    L("班子成员与分管股室、示范蚕场全部签订党风廉政建设责任书", 4), L("场长个人保管的6.3万元已全部收回", 5),
    L("对原场长给予诫勉谈话", 5), L("四是制定《示范蚕场财务管理办法》", 5), L("对公务接待管理不规范的问题", 6),
    L("安排该同志参加2024年12月县委党校发展对象培训班补训", 7), L("按党员实际收入重新核定每人党费缴纳基数", 7),
    L("拟招聘蚕学专业技术人员2名", 8), L("2024年12月已完成3名技术人员中级职称推荐", 8)])

# p03 薁城县美术馆党支部: 组长's 反馈会 speech with 第一，…第六，; praise, 一要…三要 and the 三个月内 sentence are not problems.
# Report: preamble + stats + 整改台账 as ｜-rows with the museum's own 问题简称, in DEPARTMENT order (rows 1–7 = problems 2,2,4,5,1,3,6).
G["p03"] = dict(issues=6, unanswered=[], must_flag=[
    F("no-owner", 1, "Row 5 (开放时间和送展下乡) names “相关馆领导” and “各部门” — nobody in particular; every other row names one leader and one department."),
    F("vague-measure", 6, "Row 7 (支部建设) is slogans only (进一步加强…切实提高政治站位…充分发挥党员先锋模范作用…深度融合): nothing on the vacant 支委 seat or on how study is held."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、馆长谷梁素问 heads the 领导小组 as 第一责任人, reviews the ledger, weekly 督办 of two items."),
    F("late-report", None, "Feedback (speech) 2025-04-09, report 2025-07-03: 85 days."),
    F("no-disclosure", None, "县文化广电和旅游局网站 and the 馆内公示栏, with a phone number."),
    F("inconsistent-claim", None, "17 measures = 16 done + 1 (补选) in progress; 警告1 (row 4), 诫勉1 and 批评2 (rows 3, 4); 3 new + 1 revised rules; 1.5万."),
    F("no-accountability", 5, "党内警告 for the staff member who booked his own shows, 批评教育 for the class, 1.5万 refunded."),
    F("no-accountability", 4, "办公室主任 诫勉谈话, 经办人 批评教育."),
    F("no-accountability", 1, "Opening hours and outreach: a service shortfall, nobody did wrong."),
    F("no-mechanism", 2, "《藏品登记和账目核对办法》 and 修订《藏品借出管理规定》."),
    F("no-mechanism", 3, "《展览内容审核办法》 with a three-level review."),
    F("no-mechanism", 4, "《展览项目采购管理办法》."),
    F("no-deadline", 5, "“立行立改，2025年4月30日”."),
    F("unanswered-issue", 2, "Split over two rows (藏品账实不符, 借出作品未收回)."),
    F("no-owner", 6, "Row 7 names 谷梁素问 (the gap there is the slogans)."),
    F("copied-measure", 3, "Shares the feedback's words (展览内容审核) but makes a rule and a three-level review."),
], links=[
    L("23件未入账书画作品已全部登记入账", 2), L("2件超期作品已于5月12日收回入库", 2),
    L("对27.4万元的3个布展项目补充履行集体研究程序", 4), L("制定《展览项目采购管理办法》", 4),
    L("收取的场地费1.5万元已全部退缴入馆账户", 5), L("每周免费开放时间调整为周二至周日9:00至17:00", 1),
    L("流动展览于5月恢复", 1), L("所有展览实行展览部初审、分管馆领导复审、馆党支部终审的三级审核", 3),
    L("进一步加强支部自身建设", 6)])

# p04 蘩阳县教育基金会党支部: 反馈意见 with 一、…六、 each “heading。detail”; the 整改意见 一是…四是 are not problems.
# Report (UTF-16 LE): the 党支部书记、理事长's FIRST-PERSON 主要负责人 report; problems paraphrased as “我直接抓的几件事” （一）–（六）.
G["p04"] = dict(issues=6, unanswered=[], must_flag=[
    F("no-accountability", 3, "14.2万 moved back to the 定向 account and an apology to the donor, and “这件事我负直接领导责任”, but nobody is dealt with for spending a 定向 gift on the office, although 整改意见二 asks to 查明原因和责任，依规依纪严肃处理."),
    F("no-disclosure", None, "整改意见四 asks to publish the rectification; the report never does, and has no 警示教育. The annual and audit reports put on the website answer problem 四 (信息公开), not the disclosure of the rectification."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary writes as 第一责任人, heads the 领导小组, 6 推进会, 4 school visits, 当面约谈."),
    F("late-report", None, "Feedback 2024-12-05, report 2025-02-27: 84 days."),
    F("inconsistent-claim", None, "No completion totals; every date given falls before the report date."),
    F("no-accountability", 2, "项目部 staff 批评教育, three 校长 约谈, 2.7万 recovered."),
    F("no-mechanism", 5, "修订《基金会章程》和《重大资金支出审批办法》."),
    F("no-owner", 1, "副理事长公羊文澜."),
    F("no-deadline", 1, "Plan done by 2025-02-20."),
    F("unanswered-issue", 4, "Answered in （四）“把年度报告和审计报告晒出来”, in the report's own words."),
    F("vague-measure", 6, "Opens with an 认识 sentence, then acts: a study plan, 2 示范岗, two memberships moved in."),
    F("no-owner", 3, "The secretary names himself (由我带着秘书长…我负直接领导责任)."),
], links=[
    L("将农村学校和教学点的资助比例由29%提高到不低于60%", 1), L("确认不符合条件的9名学生，已追回资助款2.7万元", 2),
    L("取消学校代领", 2), L("已经从基金会非限定性资金中如数划回乡村教师奖励专户", 3),
    L("2023年度、2024年度工作报告和财务审计报告已在基金会网站", 4), L("网站开设“捐赠查询”栏目", 4),
    L("修订《基金会章程》和《重大资金支出审批办法》", 5), L("设立2个党员示范岗负责资助审核", 6),
    L("2名党员的组织关系已于2025年1月转入", 6)])

# p05 蕤山县皮肤病防治院党总支: 问题清单 问题1：…问题7： + 具体表现：; 整改要求 not a problem.
# Report (UTF-8 CRLF): PUBLIC 整改进展情况的通报 summarising BY AREA with figures; problems never named one by one,
# measures as 一是…三是 inside two area paragraphs (#1,#2,#7 | #3,#4,#5); #6 silently dropped.
G["p05"] = dict(issues=7, unanswered=[6], must_flag=[
    F("unanswered-issue", 6, "The notice has two areas of 3 problems each and nothing on the two 党支部's vacancies, the overdue 换届 or the unchecked 三会一课: the 7th problem is dropped without a word."),
    F("inconsistent-claim", None, "“7个问题已全部完成整改，整改完成率100%” while 随访 is at 81% with the rest due 2025-10-31, the 制剂 备案 is 正在…申请, and the 绩效工资 方案 still waits for the September 职代会; only 6 problems are answered at all."),
], must_not_flag=[
    F("weak-leadership", None, "党总支书记、院长东方景行 heads the 领导小组 as 第一责任人; two deputies each lead an area."),
    F("late-report", None, "Feedback 2025-05-20, notice 2025-08-12: 84 days."),
    F("no-disclosure", None, "A public 通报 with a comment period, phone and address."),
    F("no-accountability", 4, "2 科室主任 诫勉谈话, 3 others and the 院领导 批评教育."),
    F("no-accountability", 7, "The confirmed 红包 case: refunded and 诫勉谈话; the other found untrue."),
    F("no-accountability", 5, "后勤科科长 批评教育; 4.6万 booked."),
    F("no-accountability", 3, "药剂科负责人 批评教育; the buyer moved after 8 years."),
    F("no-accountability", 1, "A public-health shortfall: nobody did wrong."),
    F("no-mechanism", 3, "《药品耗材采购验收管理办法》."),
    F("no-mechanism", 5, "《非医疗收入管理办法》 and 修订《绩效工资分配办法》."),
    F("no-mechanism", 7, "《患者投诉处理办法》."),
    F("no-deadline", 1, "Remaining 随访 by 2025-10-31 (the gap there is the 100% claim)."),
    F("no-owner", 1, "副院长诸葛晴川 牵头 the area."),
    F("unanswered-issue", 7, "Answered as 三是 of the 医疗业务 area (投诉专岗, the 红包 cases)."),
], links=[
    L("组织防治科对全县在册麻风病密切接触者逐人建档", 1), L("制定《传染病疫情报告管理规定》", 1),
    L("2种自配外用制剂已停止使用", 2), L("对2024年重复收取的检查费用3.2万元逐笔核对", 2), L("修订《门诊处方点评制度》", 2),
    L("设立患者投诉接待专岗", 7), L("对反映收受“红包”的2名医务人员", 7),
    L("停止从非中标供应商处采购中药饮片", 3), L("制定《药品耗材采购验收管理办法》", 3),
    L("对接受医药代表安排聚餐的2个科室主任给予诫勉谈话", 4), L("院领导公务用车一律由办公室统一派车", 4),
    L("门面房租金收入4.6万元已全部纳入医院账户统一核算", 5), L("绩效工资分配方案将提交2025年9月召开的职工代表大会审议", 5)])

# p06 蒨水县会展服务中心党支部: 反馈意见 with （一）–（七） “heading。detail”; the closing requirements are not problems.
# Report: DOCX with bold MERGED TOPIC headings (一、管钱管物管项目 = #2 #3 #4; 二、作风 = #5; 三、主业和安全 = #1 #7; 四、党建 = #6),
# measures as 一是…六是 inside paragraphs, one bracket per heading.
G["p06"] = dict(issues=7, unanswered=[], must_flag=[
    F("no-mechanism", 4, "8.2万 赞助费 booked and 2.3万 cards returned, with sanctions, but no financial rule made or revised (no 收入管理 or 报销 rule), although the feedback asked for 建章立制 on 财务 and the same section makes rules for 租赁 and 工程."),
    F("weak-leadership", None, "No 领导小组 and no 第一责任人: “召开主任办公会议…由办公室牵头抓总、各科室按照职责分工抓好落实”, though the feedback asked for both; the secretary appears only as 责任领导 of two sections."),
], must_not_flag=[
    F("late-report", None, "Feedback 2024-08-27, report 2024-11-19: 84 days."),
    F("no-disclosure", None, "中心网站 and 展馆公示栏."),
    F("inconsistent-claim", None, "6 done + 1 基本完成 (2.7万 rent due 2024-12-31) matches 一、; 诫勉2, 批评2; 2 new + 1 revised rules; 20.54万 = 8.9 + 8.2 + 2.3 + 1.14."),
    F("repeated-measure", 2, "Merged heading with #3 and #4; the measures under it are specific to each problem."),
    F("repeated-measure", 3, "Same merged heading."),
    F("unanswered-issue", 3, "Answered as 三是/四是 inside the merged 管钱管物管项目 heading."),
    F("unanswered-issue", 7, "Answered as 二是/三是 inside the merged 主业主责和安全生产 heading."),
    F("no-accountability", 4, "财务人员 批评教育, 分管副主任 诫勉谈话, 原办公室主任 批评教育."),
    F("no-accountability", 3, "工程科科长 诫勉谈话; 4.6万 核减."),
    F("no-mechanism", 2, "《场馆场地租赁管理办法》."),
    F("no-mechanism", 3, "修订《工程项目建设管理办法》."),
    F("no-mechanism", 7, "《大型展会安全保卫工作规程》."),
    F("no-owner", 1, "副主任慕容知远."),
    F("no-deadline", 2, "2024-11-15, rent balance 2024-12-31."),
], links=[
    L("3家长期租户已补签书面租赁合同", 2), L("制定《场馆场地租赁管理办法》", 2), L("对19万元的签证变更逐项核实", 3),
    L("修订《工程项目建设管理办法》", 3), L("将2023年两场展会的企业赞助费8.2万元全部补记入账", 4),
    L("列支的加油卡和购物卡2.3万元已由领取人全部退回", 4), L("停止以布展加班名义发放误餐补贴", 5),
    L("展会期间工作餐严格执行县里的标准", 5), L("2024年秋季农产品博览会本地产业展位占比提高到52%", 1),
    L("建立展会签约项目和意向客商跟踪服务台账", 1), L("对展馆消防设施进行年度检测", 7),
    L("制定《大型展会安全保卫工作规程》", 7), L("修订支部年度学习计划", 6), L("完善党员积分管理", 6),
    L("在每场展会设立党员服务岗", 6)])

# p07 葳源县建设工程质量检测有限公司党支部 (county state firm): 反馈意见 (GB18030) with 一、…方面 areas + continuous 1．–8．;
# 二、整改要求 not problems. Report: the firm's own 8 整改任务 with its own names, NOT one-to-one (#2 in tasks 二 and 三; #4 + #6 in task 五).
G["p07"] = dict(issues=8, unanswered=[], must_flag=[
    F("copied-measure", 7, "任务七 is the feedback's problem turned into a wish (发挥党支部战斗堡垒作用，使党员先锋岗不流于形式，组织党员检测员围绕检测难点开展技术攻关…“两张皮”): no topic, post or count, yet marked 已完成."),
    F("no-deadline", 5, "任务六 (216万, 87万 over three years) is 正在推进 with 完成时限 “视催收进展滚动推进” — no date; every other task has one."),
    F("late-report", None, "Feedback 2024-06-12 with a 三个月内 limit (2024-09-12); the report is dated 2024-09-30: 110 days."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长左丘明哲 heads the 领导小组 as 第一责任人; 7 推进会, 4 site visits."),
    F("no-disclosure", None, "公司公示栏 and 县国有资产服务中心网站."),
    F("inconsistent-claim", None, "7 tasks done + 清欠 in progress, as in the tasks; 警告1, 诫勉3, 批评4; 12万 = 2.6 + 9.4; 4 new + 1 revised rules."),
    F("no-owner", 5, "财务总监东郭明轩 (the gap there is the time limit)."),
    F("no-accountability", 4, "兼职 pay 2.6万 handed in, 党内警告 + 诫勉谈话; 3 people 批评教育 for the banquets."),
    F("no-accountability", 6, "总经理 诫勉谈话; 9.4万 returned."),
    F("no-accountability", 2, "The unqualified signer 批评教育 and moved; the 技术负责人 诫勉谈话."),
    F("no-mechanism", 2, "《检测报告授权签字人管理办法》."),
    F("no-mechanism", 3, "《党支部前置研究讨论重大经营管理事项清单》."),
    F("no-mechanism", 6, "修订《公司薪酬管理办法》 with 审批."),
    F("no-mechanism", 8, "《公司中层管理人员选拔任用办法》《员工公开招聘管理办法》."),
    F("unanswered-issue", 6, "Answered as 三是 inside 任务五 廉洁从业专项整治."),
    F("unanswered-issue", 2, "Answered by two tasks (二 溯源, 三 授权签字)."),
    F("repeated-measure", 4, "One task for #4 and #6, with a separate part for each — not a pasted text."),
    F("repeated-measure", 6, "Same task."),
], links=[
    L("对全县在建的重点民生工程建立检测需求清单", 1), L("对原始记录缺失的14份报告逐份追溯", 2),
    L("制定《检测报告授权签字人管理办法》", 2), L("按照公司章程补齐董事会、监事会成员", 3),
    L("制定《党支部前置研究讨论重大经营管理事项清单》", 3), L("组织业务人员签订廉洁从业承诺书", 4),
    L("2名在施工企业兼职的检测员已辞去兼职", 4), L("对216万元应收检测费逐笔核对", 5),
    L("以“技术服务费”名义发放的奖金9.4万元已由领取人员全部退回", 6), L("修订《公司薪酬管理办法》", 6),
    L("使党员先锋岗不流于形式", 7), L("对2名未经考察和公示提拔的中层干部补充履行考察和任前公示程序", 8),
    L("制定《公司中层管理人员选拔任用办法》", 8)])

# p08 蘼台县教育技术装备中心党支部: 组长's 反馈会 speech with inline 一是…三是 / 四是…六是 over two area paragraphs (continuous);
# 一要…四要 not problems. Report: HTML public 整改进展情况的通报 (header, stats, （一）在“…”方面 → N．关于…问题的整改) with items
# paraphrased, regrouped (#1 + #2 in item 1) and reordered (#5 before #4). GOOD REPORT.
G["p08"] = dict(issues=6, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任澹台清远 heads the 领导小组 as 第一责任人 (直接部署、直接过问、直接督办), 6 meetings, 12 site checks."),
    F("late-report", None, "Feedback 2025-02-26, notice 2025-05-22: 85 days."),
    F("no-disclosure", None, "A public 通报 (主动公开) with a comment period, phone, e-mail and address."),
    F("inconsistent-claim", None, "5 done + 1 基本完成 (9 教学点 by 2025-07-31) and 21 of 22 measures match the items; 诫勉1, 批评2; 0.86万; 4 new + 1 revised rules."),
    F("unanswered-issue", 2, "Answered as 二是 inside item 1, which covers #1 and #2 under one paraphrased title."),
    F("unanswered-issue", 4, "Answered as item 4, after #5 (reordered)."),
    F("repeated-measure", 1, "Merged item: distinct measures for #1 (器材调剂) and #2 (网络接入)."),
    F("repeated-measure", 2, "Same merged item."),
    F("no-accountability", 4, "The 科长 under 县纪委监委 review with duties suspended; 分管副主任 诫勉谈话; 2 suppliers barred for two years."),
    F("no-accountability", 5, "资产管理员 批评教育; 0.86万 recovered."),
    F("no-accountability", 3, "装备科科长 批评教育; 3 schools 通报."),
    F("no-accountability", 1, "Idle kit is a planning failure: nobody to hold to account."),
    F("no-mechanism", 2, "《教学装备采购需求论证办法》."),
    F("no-mechanism", 3, "《学校装备使用情况核查办法》."),
    F("no-mechanism", 4, "《供应商廉洁承诺和回避管理规定》."),
    F("no-mechanism", 5, "修订《固定资产管理办法》."),
    F("no-mechanism", 6, "《支委委员分工和履职清单》."),
    F("no-deadline", 2, "Remaining 9 教学点 by 2025-07-31."),
    F("no-owner", 6, "澹台清远."),
    F("vague-measure", 6, "Three concrete acts (增补纪检委员, 学习计划, 党员联校)."),
], links=[
    L("对闲置的17套创客实验器材逐校了解原因", 1), L("为配有一体机但不具备网络条件的农村教学点实施网络接入", 2),
    L("制定《教学装备采购需求论证办法》", 1), L("制定《教学装备采购需求论证办法》", 2),
    L("组织对全县中小学实验开出率进行实地核查", 3), L("制定《学校装备使用情况核查办法》", 3),
    L("3批待分配设备共计价值46.3万元已全部登记入账", 5), L("查清残值收入0.86万元由资产管理员暂存未交", 5),
    L("修订《固定资产管理办法》", 5), L("积极配合县纪委监委对涉事科长的审查调查", 4),
    L("制定《供应商廉洁承诺和回避管理规定》", 4), L("增补1名纪检委员", 6), L("修订年度学习计划", 6),
    L("开展“党员联校”活动", 6)])

# p09 芃江县民用爆炸物品专营有限公司党支部 (county state firm): 反馈意见 with 1．–7． heading lines + detail lines; the closing
# requirements are not problems. Report: a STAGE report (立行立改 一是…六是 / 建章立制 “围绕…” rules / 严肃问责), no problem named
# or numbered; #6 never answered.
G["p09"] = dict(issues=7, unanswered=[6], must_flag=[
    F("unanswered-issue", 6, "Nothing in any of the three stages on the 党支部 (no 党建 study by the 书记, 以会代学, 2 members' unpaid 党费)."),
    F("no-accountability", 2, "The 1.2吨 gap is only “按信息系统数据更正了销售台账” and the sales to lapsed licence holders are just stopped: no cause found, nobody held to account, though the feedback asked 查明原因、严肃追责; the 问责 section covers only #1, #4 and #5."),
    F("weak-leadership", None, "“召开经理办公会…由安全管理部负责汇总整改进度”: no 领导小组, no 第一责任人, though the feedback asked for both; the 党支部书记 appears only as 责任人 for the truck item."),
], must_not_flag=[
    F("late-report", None, "Feedback 2024-09-10, report 2024-12-04: 85 days."),
    F("no-disclosure", None, "公司公示栏 and 县国有资产服务中心网站; 警示教育片."),
    F("inconsistent-claim", None, "19 measures = 17 done + 2 named (补训, 取证) due in December; no claim that every problem is done."),
    F("no-accountability", 5, "综合办公室主任 提醒谈话 and a 检讨; 3.6万 returned."),
    F("no-accountability", 4, "业务员 and 财务部经理 批评教育."),
    F("no-accountability", 1, "2 库管员 批评教育 and 绩效 cut."),
    F("no-mechanism", 1, "修订《库区安全管理规定》."),
    F("no-mechanism", 2, "《民用爆炸物品销售审核管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 3, "《“三重一大”决策事项清单》."),
    F("no-mechanism", 4, "修订《财务收支管理办法》."),
    F("no-mechanism", 7, "《从业人员培训考核办法》."),
    F("no-deadline", 7, "2024-12-31."),
    F("no-owner", 7, "副总经理闾丘长风."),
    F("unanswered-issue", 3, "Answered as 五是 of 立行立改 and by the 清单 in 建章立制, never by name."),
], links=[
    L("在库区新增高清摄像头6个", 1), L("修订《库区安全管理规定》", 1), L("对未严格执行双人双锁制度的2名库管员批评教育", 1),
    L("对销售台账与民用爆炸物品流向信息系统逐笔比对", 2), L("制定《民用爆炸物品销售审核管理办法》", 2),
    L("补充履行党支部研究程序，并报县国有资产服务中心备案", 3), L("制定《“三重一大”决策事项清单》", 3),
    L("停止通过个人银行账户收取配送费", 4), L("修订《财务收支管理办法》", 4), L("对通过个人账户收取配送费的业务员", 4),
    L("购物卡3.6万元，已由职工全部退回公司账户", 5), L("对组织发放购物卡的综合办公室主任提醒谈话", 5),
    L("暂停2名无资格装卸人员的作业", 7), L("制定《从业人员培训考核办法》", 7)])

# p10 萩岭县农村能源服务站党支部: 问题清单 （一）–（六） + 问题表现：; 整改要求 not a problem.
# Report: 整改情况暨申请销号 with 【…】-field blocks under the station's own codes NY-01…NY-06 (= problems 5,2,3,1,4,6).
G["p10"] = dict(issues=6, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "“6个问题均已整改到位…一并申请销号”, and NY-04 asks 销号, while 425 口 are 正在维修, 988 口 wait until 2025-06-30, the 太阳能 task is at 45% until 2025-05-31 and the 完成时限 is after the report date — what the feedback warned against."),
    F("vague-measure", 6, "NY-06's measure is slogans (深刻认识…切实增强…以更高标准、更严要求…坚强战斗堡垒): nothing on the rewritten records or the three years without new members; its only evidence is 支部学习记录."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、站长谯远舟 heads the 领导小组 as 第一责任人; 5 meetings, 4 household checks."),
    F("late-report", None, "Feedback 2025-01-14, report 2025-04-10: 86 days."),
    F("no-disclosure", None, "县农业农村局门户网站 and the 站务公开栏."),
    F("no-accountability", 2, "9 households' 2.6万 recovered; 项目股股长 批评教育; 2 乡镇联络员 书面检查."),
    F("no-accountability", 3, "1.2万 repaid by the keeper, who got a 警告处分."),
    F("no-accountability", 4, "Deputy head 诫勉谈话, others 批评教育; 720元 paid, 0.46万 refunded."),
    F("no-mechanism", 5, "《农村能源项目验收管理办法》《物资采购询价比价办法》."),
    F("no-mechanism", 2, "The 验收 rule in NY-01 (another block) covers the subsidy."),
    F("no-owner", 1, "副站长单于青崖."),
    F("no-deadline", 1, "2025-06-30 given (the gap there is the 销号 claim)."),
    F("copied-measure", 6, "The slogans do not echo the feedback's words; the gap is vagueness, not copying."),
    F("unanswered-issue", 5, "Answered first, as NY-01."),
], links=[
    L("制定《农村能源项目验收管理办法》", 5), L("制定《农村能源项目验收管理办法》", 2), L("制定《物资采购询价比价办法》", 5),
    L("对2023年以来拨付维修补助的全部412户逐户补验收", 2), L("对价值3.4万元的配件逐项追查", 3),
    L("库房实行保管、发放分岗", 3), L("对全县3860口户用沼气池逐村排查", 1), L("更正2023年度工作总结中的不实表述", 1),
    L("对6次在服务对象家中就餐的费用按标准折算共720元", 4), L("公务用车加油卡实行专车专用", 4),
    L("深刻认识加强支部建设的重要性", 6)])

for name, g in G.items():
    out = {"mode": "pair", "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
