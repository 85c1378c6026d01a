"""Write p01..p10/gold.json (dev-pairs gold format) for dev19. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev18/make/gold.py. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 鹇川交投路面工程有限公司党支部 (subsidiary of a city state-owned group; 集团党委巡察): feedback "问题N." lines, each
# followed by half-width "(1)(2)" evidence (not problems); 巡察组建议 paragraph. Report: DOCX, "问题N. 关于…的问题" +
# 整改情况： (with 牵头单位/配合单位/完成时限 bracket) + 下一步措施：; 附表 Word table claiming 已完成 for all seven.
G["p01"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "The preamble says 7个问题已全部整改到位 and the 附表 marks every row 已完成, but #5's vehicle system is 正在与集团公务用车平台对接调试，计划9月份投入使用 and #7's 126万元 lawsuit is 正在审理中."),
    F("no-accountability", 3, "The feedback names a sub-contract passed whole to an unlicensed crew with the project office 知情未报 and 46.8万 of signatures by the project manager alone, and asks to 追究相关人员责任; the report fixes contracts and rules but deals with nobody."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长 leads the group as 第一责任人, chaired 4 meetings, 直接部署、直接督办 two problems, went to the sites."),
    F("late-report", None, "Feedback 2025-04-22, report 2025-07-10: 79 days."),
    F("no-disclosure", None, "Published on the company intranet and the project offices' notice boards."),
    F("no-owner", 3, "牵头单位：工程管理部；配合单位：财务部."),
    F("no-deadline", 3, "2025年第三季度 is a time limit."),
    F("no-deadline", 7, "年底前 is a time limit."),
    F("no-deadline", 2, "第二季度末 is a time limit."),
    F("no-accountability", 4, "Two purchasing clerks: 诫勉谈话 and 批评教育, moved off the post."),
    F("no-accountability", 5, "The approving office director made a written self-criticism, was criticised and repaid 1.3万."),
    F("no-accountability", 6, "The 组织委员 responsible for the records received 批评教育."),
    F("no-mechanism", 1, "制定《…前置研究讨论重大经营管理事项清单》."),
    F("no-mechanism", 3, "修订《工程分包管理办法》 with three-party sign-off."),
    F("no-mechanism", 7, "《公司财务报销管理办法》已修订印发."),
    F("vague-measure", 3, "Concrete: crew removed, 2.1万 deducted, rule revised; the gap is accountability."),
], links=[
    L("须经党支部会议研究后再提交总经理办公会决定", 1), L("7项隐患全部销号", 2), L("核减不实工程量费用2.1万元", 3),
    L("新增合格供应商2家", 4), L("超支的1.3万元已由审批人个人退缴", 5), L("按项目部设立流动党员党小组3个", 6),
    L("其中2笔共计86万元已收回", 7)])

# p02 鹈湖分局党委 (公安分局): GB18030 + CRLF speech; "第一方面的问题…第二方面的问题…第三方面的问题", problems 其一/其二/其三
# restarting per area (2+3+2); 两点意见 第一点/第二点 (not problems). Report: UTF-8 党委会议纪要 reviewing the rectification,
# items （一）（二） under 一、二、三、关于第N方面的问题, field line 责任领导；责任部门；完成时限.
G["p02"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("weak-leadership", None, "The speech makes the 党委书记 the first responsible person; in the report the meeting is chaired by the 政委, the 党委书记、局长 is 请假, the work group is led by a 副局长 and the office sits in 政治处 — no 第一责任人, no direct deployment or supervision by the secretary."),
    F("repeated-measure", 2, "The 服务群众梗阻 item is a generic paragraph (召开专题会议…建立问题整改台账…每周调度、对账销号…开展一次警示教育) pasted word for word under #5; nothing about the windows or the 9 overdue 12345 cases."),
    F("repeated-measure", 5, "The 涉案财物 item is #2's paragraph pasted; the 6 unrecorded items and the 2 misplaced vehicles are not mentioned."),
    F("no-deadline", 6, "The 组织生活 item names 责任领导 and 责任部门 but no 完成时限; every other item has one."),
], must_not_flag=[
    F("no-owner", 2, "责任领导：副局长吕向东 is named; the gap is the pasted text."),
    F("no-owner", 6, "责任领导：政委卢景川；责任部门：政治处."),
    F("no-deadline", 2, "2025年9月底前."),
    F("no-deadline", 5, "2025年第三季度."),
    F("no-deadline", 1, "第二季度末."),
    F("no-accountability", 1, "3 主办民警 given 执法过错通报; 8 files in the 执法过错责任追究程序."),
    F("no-accountability", 4, "The responsible 所长 received 诫勉谈话."),
    F("no-accountability", 7, "时任警务保障室主任 批评教育; 5.2万 recovered."),
    F("no-mechanism", 1, "制定《执法办案全流程网上审核工作规程》."),
    F("no-mechanism", 3, "制定《班子成员落实“一岗双责”清单》 and a quarterly study rule."),
    F("no-mechanism", 4, "制定《警务辅助人员招录考核奖惩办法》."),
    F("no-mechanism", 7, "修订《装备经费使用管理办法》."),
    F("no-disclosure", None, "议定事项: 在分局门户网站“警务公开”栏目予以公开, 10 working days."),
    F("late-report", None, "Feedback 2025-05-13, 纪要 2025-07-29: 77 days."),
], links=[
    L("行政案件一律在网上流转审核", 1), L("每季度至少专题研究一次党风廉政建设", 3), L("严禁辅警单独执法", 4),
    L("主题党日不得以业务会代替", 6), L("超发的5.2万元已全部追回", 7)])

# p03 鹩山县卫生健康委员会党组: UTF-8 BOM formal opinion; three areas each "突出表现在：" + 第一，第二，(第三，) restarting
# (3+2+3); 整改意见 （一）–（三）. Report: UTF-16 published 通报, "N.关于…的问题。措施1：…（已完成）措施2：…（持续推进）" +
# 责任领导；牵头科室；配合科室；完成时限 (季度 deadlines). Good report.
G["p03"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党组书记、主任 leads the group as 第一责任人, 直接部署、直接过问、直接督办 two problems."),
    F("no-disclosure", None, "Published (予以公布) with a comment deadline, phone, e-mail and address."),
    F("late-report", None, "Feedback 2025-06-10, notice 2025-09-01: 83 days."),
    F("inconsistent-claim", None, "6 done + 2 持续推进 (#1, #3 — the two items with a 持续推进 measure); 68.4 + 1.86 = 70.26万; 处分1 (#4) + 诫勉2 (#2, #5) + 批评教育5 (#2 ×2, #5, #6 ×2); 9 rules named."),
    F("no-owner", 7, "党组成员、机关党支部书记龙晓岚."),
    F("no-deadline", 1, "2025年第四季度 beside a 持续推进 measure."),
    F("no-deadline", 3, "2025年11月30日."),
    F("no-accountability", 2, "规划财务股股长 诫勉谈话, two 院长 批评教育, 68.4万 restored."),
    F("no-accountability", 4, "The former deputy director: 党内严重警告 and removal."),
    F("no-accountability", 5, "The leading deputy director 诫勉谈话; costs borne personally; cards recovered."),
    F("no-accountability", 8, "党组 self-examination and written explanation to the 县委."),
    F("no-mechanism", 1, "《…医共体人员统一调配办法》 and 《医共体财务统一管理实施细则》."),
    F("no-mechanism", 3, "《民营医疗机构“双随机、一公开”检查实施细则》."),
    F("no-mechanism", 7, "《机关党支部主题党日活动管理办法》."),
    F("vague-measure", 1, "Concrete rules, clock-in, 9 deductions."),
], links=[
    L("医共体内人员由牵头医院统筹使用", 1), L("已由相关乡镇卫生院从自有收入中全部归垫", 2), L("认定2起属实", 3),
    L("原分管副院长已受到党内严重警告处分", 4), L("相关费用由参加人员个人承担", 5), L("把个人有关事项核查作为任职前置程序", 6),
    L("支部委员缺额已于7月补齐", 7), L("4家仍按原办法分配的已重新制定方案", 8)])

# p04 鹬塘社区党委 (urban community; 区委巡察组 村、社区巡察): feedback is a DOCX 巡察反馈意见书 — one two-column form table,
# six "1．…6．" paragraphs inside the 发现的主要问题 cell, requirements （一）–（三） in the 整改要求 cell, signature rows.
# Report: UTF-8, half-width , : ; ( ) " throughout; "(N)关于…的问题" + 整改情况: + (责任人:…;完成时间:…).
G["p04"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2025-03-18 (the form says three months), report 2025-08-12: 147 days; no reason given."),
    F("copied-measure", 2, "The 物业 item turns the feedback's words back into a pledge (坚决纠正对物业企业督促不力、公共收益未向业主公开的问题…切实加强…确保…); nothing on the 23.6万 公共收益 or the 8-month-old complaints."),
    F("no-owner", 4, "The 低保 item ends with only (已完成): no 责任人, while every other item names one."),
], must_not_flag=[
    F("weak-leadership", None, "The community secretary leads as 第一责任人, drafted the plan, 亲自督办 two items."),
    F("no-disclosure", None, "Posted on the 居务公开栏 and the residents' WeChat group for 7 days, as the feedback asked."),
    F("no-owner", 2, "责任人:屠文斌 is named; the gap is the copied text."),
    F("no-deadline", 2, "2025年6月30日."),
    F("no-accountability", 3, "The former committee member 批评教育; 1.6万 paid."),
    F("no-accountability", 4, "The 民政专干 批评教育; 0.93万 recovered."),
    F("no-accountability", 5, "报账员 written self-criticism; 0.3万 returned."),
    F("no-mechanism", 1, "修订《鹬塘社区党委议事规则》 and a 四议两公开 procedure."),
    F("no-mechanism", 3, "制定《鹬塘社区集体资产出租管理办法》."),
    F("no-mechanism", 5, "制定《鹬塘社区财务报销管理规定》."),
    F("inconsistent-claim", None, "6 done; 1.6 + 0.93 + 0.3 = 2.83万; 4 rules; 批评教育2 — all agree with the items."),
], links=[
    L("列明必须经党委会研究的事项12项", 1), L("坚决纠正对物业企业督促不力", 2), L("年租金由原来的4.2万元提高到7.1万元", 3),
    L("多领取的低保金0.93万元已追回", 4), L("其中2笔无法补票的0.3万元由经手人退回", 5), L("1名已取得联系并恢复组织生活", 6)])

# p05 鹛岭中学党支部 (county middle school): UTF-16 feedback; headings "一、聚焦…，…有待…", problems 一是/二是/三是 restarting,
# each named by a quoted "X化" label, with 例如 evidence (2+3+2); 三点要求 一要…三要. Report: PDF (soffice) of plain
# paragraphs; sections headed by the labels ("整治…“表面化”"), #4 and #5 in one section.
G["p05"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("vague-measure", 3, "The 校园餐“粗放化” section is one sentence of slogans (高度重视…进一步提高思想认识，切实加强…严格落实…确保师生吃得安全、吃得放心); nothing on the 1.7万 gap, the 比价 or the 膳食委员会."),
    F("no-mechanism", 6, "组织生活“形式化”: a check of 4 records and one self-criticism, then only a promise (今后…严格按照要求…决不再出现); no rule, while every other item makes one."),
    F("no-disclosure", None, "The feedback asks to 按规定向师生和家长公开整改情况; the report says nothing about publishing."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、校长 leads as 第一责任人, 直接督办 two problems."),
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-08: 80 days."),
    F("no-owner", 3, "副校长尹家栋 is named; the gap is the content."),
    F("no-deadline", 3, "2025年6月30日."),
    F("no-accountability", 4, "分管副校长 诫勉谈话, 3 班主任 批评教育; 4.3万 refunded."),
    F("no-accountability", 7, "2 teachers: refund, 评优 cancelled, 师德 unqualified."),
    F("no-mechanism", 1, "修订《支部理论学习制度》."),
    F("no-mechanism", 2, "制定《校园宣传阵地和网络群组管理办法》."),
    F("no-mechanism", 4, "制定《教辅资料征订管理规定》."),
    F("no-mechanism", 5, "修订《学校财务管理办法》 (5000元 rule)."),
    F("no-mechanism", 7, "制定《教师师德考核实施细则》."),
    F("inconsistent-claim", None, "The report states no totals."),
], links=[
    L("确定一个与学校工作相关的研讨题目", 1), L("政教处每周巡查一次", 2), L("师生吃得安全", 3), L("已按班级逐人清退", 4),
    L("报账会计对不合规凭证有权拒绝入账", 5), L("会议记录与参会人员行程不符的情况进行了核实", 6), L("考核不合格的一票否决", 7)])

# p06 鹈湖区税务局党委 (report-only, GB18030): restates the 8 problems as a list "1.…8." first, then answers
# "（第N项）…" + 整改落实： + one field line 责任领导；责任部门；完成时限；完成情况. Problems are numbered by the list.
G["p06"] = dict(mode="report-only", issues=8, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "The list ends 8项问题已全部整改完成 and 挽回资金413.6万元, but #4 (92.8万 still 正在推进) and #8 (12 assets, 审批手续尚在办理) are open; 413.6万 = 87.6 + 233.2 + the unrecovered 92.8."),
    F("no-deadline", 5, "The 税收管理员轮换 field line has 责任领导, 责任部门 and 完成情况 but no 完成时限; every other item has one."),
    F("repeated-measure", 3, "The 办税服务 item is a generic paragraph (召开专题会议…建立问题整改台账…周调度、月通报…确保问题按期整改到位) pasted word for word under #7."),
    F("repeated-measure", 7, "The 党支部建设 item is #3's paragraph pasted; nothing on the second tax office's branch."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记、局长 leads the group as 第一责任人, 5 meetings, 直接部署、直接督办 the arrears problem."),
    F("late-report", None, "Feedback 2025-04-15 (stated), report 2025-07-08: 84 days."),
    F("no-owner", 5, "党委委员、副局长邵文博."),
    F("no-owner", 3, "副局长贺芸 is named; the gap is the paste."),
    F("no-deadline", 4, "2025年12月31日 beside 正在推进."),
    F("no-deadline", 8, "2025年9月30日."),
    F("no-accountability", 1, "Two officials: 诫勉谈话 and 批评教育; 87.6万 recovered."),
    F("no-accountability", 6, "办公室主任 批评教育; 0.6万 borne personally."),
    F("no-accountability", 8, "The asset manager 批评教育."),
    F("no-mechanism", 1, "制定《增值税留抵退税审核复核工作规程》."),
    F("no-mechanism", 2, "修订《个体工商户定期定额核定管理办法》."),
    F("no-mechanism", 4, "制定《欠税清缴工作考核办法》."),
    F("no-mechanism", 5, "修订《税收管理员管户轮换管理办法》."),
    F("no-mechanism", 6, "修订《公务接待管理实施细则》."),
], links=[
    L("违规取得的退税款87.6万元已全部追回入库", 1), L("调整定额户数3400余户", 2), L("成立欠税清缴专班", 4),
    L("管户满3年必须轮换", 5), L("无公函一律不予接待", 6), L("已找到实物19件", 8)])

# p07 鹩山县自然资源局党组: UTF-8 CRLF; a 函 of the 县委巡察办 in the second person ("你局…"), problems as unnumbered
# paragraphs under （一）–（三） (3+3+2). Report: UTF-8 BOM + CRLF, plan-like ("将…"), "主要措施：" + 牵头单位/配合单位/完成时限
# lines; 专班 led by a deputy; the 选人用人 problem (#7) is left out and the report's （七） answers #8.
G["p07"] = dict(mode="pair", issues=8, unanswered=[7], must_flag=[
    F("unanswered-issue", 7, "选人用人 (7 借调 cadres, 2 appointments without 民主推荐) has no section; the report's （七） is the 基层党组织 problem (#8)."),
    F("vague-measure", 5, "The 作风 item is slogans only (高度重视…进一步加强…持续深化…切实转变…不断提高); nothing on the 19 complaints about 农村建房 approvals or the 宴请, and 长期坚持."),
    F("no-deadline", 2, "The 不动产登记 item is all future (将会同…适时提请…) and its field line has 牵头单位 and 配合单位 but no 完成时限."),
    F("weak-leadership", None, "The 函 asks the 党组书记 to act as first responsible person; the report's 专班 is led by a 副局长 with the office director as deputy, and the 党组书记 appears nowhere."),
], must_not_flag=[
    F("no-owner", 2, "牵头单位：不动产登记中心."),
    F("no-deadline", 5, "长期坚持 is a time answer; the gap is the content."),
    F("no-deadline", 1, "2025年第三季度."),
    F("no-deadline", 4, "第二季度末."),
    F("no-accountability", 1, "执法监察大队负责人 诫勉谈话."),
    F("no-accountability", 3, "2 inspectors 批评教育 and moved; mines fined 286万."),
    F("no-accountability", 4, "Referred to the 县纪委监委 for the deputy director's signature."),
    F("no-mechanism", 1, "制定《卫片执法图斑整改销号管理办法》."),
    F("no-mechanism", 3, "将修订《矿产资源执法巡查制度》 (planned, with 年底前)."),
    F("no-mechanism", 4, "修订《局党组“三重一大”事项决策规则》."),
    F("no-mechanism", 8, "制定《基层所党员积分管理办法》."),
    F("no-disclosure", None, "The report says progress will be published in the bureau's column on the county portal."),
    F("late-report", None, "Feedback 2025-03-25, report 2025-06-20: 87 days."),
], links=[
    L("已完成整改12宗", 1), L("适时提请县政府专题会议研究", 2), L("没收违法所得并处罚款共计286万元", 3),
    L("对分管副局长违规签批问题调查处理", 4), L("持续深化作风建设", 5), L("136万元结余资金将于年底前全部收回县级专户", 6),
    L("分片组建3个党小组", 8)])

# p08 鹩山经济开发区党工委: feedback areas 一、二、三、 with 1. 2. 3. restarting (3+3+2), each problem followed by a "佐证："
# line naming evidence sources (not problems). Report: HTML page of the zone's site (nav, crumb, 发布时间/来源/浏览次数/字号,
# share, footer); 通报 numbered （一）–（八） continuously; trailing (牵头单位；配合单位；完成时限). Good report.
G["p08"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党工委书记 leads as 第一责任人, 领办 two problems, 直接部署、直接督办."),
    F("no-disclosure", None, "Published on the zone's site with 10 working days for comment, phone, e-mail and address."),
    F("late-report", None, "Feedback 2025-05-06, notice 2025-07-25: 80 days."),
    F("inconsistent-claim", None, "6 done + 2 持续推进 (#2, #7, both dated 2025-12-31); 160 + 86.8 + 97.6 + 2.4 = 346.8万; 处分2 + 诫勉3; 8 rules — all agree."),
    F("no-owner", 6, "牵头单位：党政办公室."),
    F("no-deadline", 2, "2025年12月31日 beside a 听证 in progress."),
    F("no-deadline", 7, "2025年12月31日."),
    F("no-accountability", 3, "经办科室负责人 批评教育."),
    F("no-accountability", 4, "党内警告 + 政务警告 + 2 诫勉谈话."),
    F("no-accountability", 5, "分管副总经理 诫勉谈话."),
    F("no-accountability", 6, "2.4万 repaid by approver and participants."),
    F("no-mechanism", 1, "出台《招商引资项目履约监管办法》."),
    F("no-mechanism", 8, "修订《开发区聘用人员管理考核办法》."),
    F("vague-measure", 7, "9 + 4 new organisations, 指导员: concrete."),
], links=[
    L("收回土地保证金共计160万元", 1), L("已盘活处置182亩", 2), L("580万元技改奖补资金已于6月底前全部兑现到位", 3),
    L("设计变更增加的造价经第三方审计核减86.8万元", 4), L("补收租金差额97.6万元", 5),
    L("超标准部分2.4万元已由审批人和参加人员个人退赔", 6), L("新建企业党组织9个", 7),
    L("3名长期在外兼职的聘用人员已解除聘用合同", 8)])

# p09 鹩山县民族宗教事务局党组: feedback 一、巡察发现的主要问题 （一）–（七） heading。detail; 二、移交问题线索情况 describes two
# clues handed to the 纪委监委 (not problems); 三、整改意见 一要…三要. Report: GB18030 + CRLF, "整改事项一…六" + field line;
# the 八项规定 problem (#5) is skipped, so 整改事项五 answers #6.
G["p09"] = dict(mode="pair", issues=7, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "The 外地考察 problem has no item: 整改事项四 is finance (#4), 整改事项五 is 党组议事 (#6)."),
    F("no-accountability", 2, "The feedback names 94万 of idle projects and a contractor chosen without tender and asks to 追究有关人员责任; the report only leases the buildings and 督促…完善相关手续."),
    F("no-mechanism", 4, "Finance: staff split, vouchers checked, accounts separated, then only 今后将严格执行…大力推行…杜绝; no rule, while every other item makes one."),
    F("late-report", None, "Feedback 2024-11-12, report 2025-04-03: 142 days; no reason given."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长 leads as 第一责任人, 亲自督办 two problems, 4 site visits."),
    F("no-owner", 4, "副局长蓝秀英；办公室."),
    F("no-deadline", 4, "2024年12月31日."),
    F("no-accountability", 3, "2 staff 批评教育."),
    F("no-mechanism", 1, "《鹩山县民族宗教工作责任制实施细则》."),
    F("no-mechanism", 2, "修订《少数民族发展资金项目管理办法》."),
    F("no-mechanism", 3, "制定《宗教活动场所安全检查工作规范》."),
    F("no-mechanism", 6, "修订《局党组工作规则》 and a 三重一大 办法."),
    F("no-mechanism", 7, "制定《机关党支部“三会一课”纪实管理办法》."),
    F("inconsistent-claim", None, "6 整改事项 done, 6 rules, 批评教育2 — the counts agree; the report does not claim the 7th problem."),
], links=[
    L("14个乡镇均已明确分管领导", 1), L("茶叶加工厂房已租赁给合作社使用", 2), L("4处消防设施不足的场所已补配灭火器", 3),
    L("会计和出纳分设两人", 4), L("党组会议须有半数以上班子成员到会方能召开", 6), L("重新召开2024年度组织生活会", 7)])

# p10 鹩山县人大常委会机关党组: UTF-8 BOM; cases first — six blocks （一）–（六）, each "事例：…" lines then "以上事例反映出，…问题"
# (the 事例 are evidence; one problem per block). Report: UTF-8 CRLF 整改工作总结报告: 一、主要做法 一是…三是, then answers headed
# "（N）针对…等事例反映的问题" + trailing (责任领导；责任科室；时限).
G["p10"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("copied-measure", 2, "The 代表工作 item echoes the feedback's own phrases (“重挂牌、轻运行”“重答复、轻落实”) inside 高度重视…坚决纠正…切实加强…确保; nothing on the 7 idle stations or the 9 unsolved suggestions."),
    F("no-owner", 5, "The 党员发展/党费 item has no bracket at all: no 责任领导, no 责任科室."),
    F("no-deadline", 5, "Same item: no 时限, while every other item has one."),
    F("no-disclosure", None, "The feedback asks that progress 按规定向社会公开; the report says nothing about publishing."),
], must_not_flag=[
    F("weak-leadership", None, "机关党组书记 leads as 第一责任人, 5 meetings, 亲自督办 two problems."),
    F("late-report", None, "Feedback 2025-04-08, report 2025-06-30: 83 days."),
    F("no-owner", 2, "党组成员、副主任骆明川 is named; the gap is the copied text."),
    F("no-deadline", 1, "2025年5月31日."),
    F("no-accountability", 3, "The driver-cadre 诫勉谈话, the vehicle manager 批评教育."),
    F("no-accountability", 5, "组织委员 批评教育; dues paid."),
    F("no-accountability", 6, "经办科室负责人 诫勉谈话; 0.9万 repaid."),
    F("no-mechanism", 1, "修订《机关党组议事规则》 and a 请示报告 办法."),
    F("no-mechanism", 3, "修订《机关公务用车管理办法》."),
    F("no-mechanism", 4, "制定《常委会调研工作规范》."),
    F("no-mechanism", 6, "修订《机关会议费管理办法》."),
    F("inconsistent-claim", None, "6 rules, 诫勉2, 批评教育2 — agree with the items."),
], links=[
    L("年度监督议题确定和调整须事先报县委同意", 1), L("确保代表建议件件有着落", 2), L("车辆维修改为3家定点修理厂轮换", 3),
    L("每个调研点不少于半天", 4), L("3名党员少交的党费已全部补交", 5), L("2次在会议费中列支的餐费0.9万元", 6)])

for p, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, p, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
print("wrote", len(G))
