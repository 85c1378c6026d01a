"""Write p01..p10/gold.json (dev-pairs gold format) for dev51. The gold is hand-judged; this file only keeps it in one
place. Modelled on dev44's make/gold.py. Debatable points ("may report") are not gold: they are in each pair's notes.md,
because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 藟川县财政局党组: formal 反馈意见 of a county round; three 聚焦…方面 areas, problems run on in prose separated by
# "；" (3 + 2 + 2 = 7); 二、意见建议 （一）–（三） and the 1-month/3-month sentence are not problems.
# Report: common 整改情况的报告, （N）关于“…”的问题 + 整改措施/责任领导/责任股室/完成时限/整改进展. GOOD REPORT.
G["p01"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长郗望舒 heads the 领导小组 as 第一责任人 (负首责、负总责), chaired the plan and 4 推进会, went to 3 财政所, 当面督办 two heads of section."),
    F("late-report", None, "Feedback 2025-04-09, report 2025-07-04: 86 days, inside the three months."),
    F("no-disclosure", None, "下一步 三是: published on the county government website (财政信息) and the 政务公开栏 with a 监督电话."),
    F("inconsistent-claim", None, "23 measures = 21 done + 2 long-term ones named (#2 第三项, #6 第三项); 7.6万 = 6.3万 + 1.3万; 党纪处分1 (#4), 诫勉2 (#4, #5), 批评教育3 (#3); 6 rules, each named under its item."),
    F("no-accountability", 3, "6.3万 recovered; the 3 财政所所长 批评教育 + 书面检查."),
    F("no-accountability", 4, "1.3万 repaid; 办公室主任 党内警告, 分管副局长 诫勉谈话."),
    F("no-accountability", 5, "采购监督股股长 诫勉谈话; the schools' cases sent to the 纪检组."),
    F("no-accountability", 2, "A management shortfall (copied targets, scores not used): nobody is named as having done wrong."),
    F("no-mechanism", 1, "《县直单位年中追加公用经费预算审批办法》."),
    F("no-mechanism", 2, "《预算绩效评价结果应用办法》."),
    F("no-mechanism", 3, "《惠农补贴资金发放审核办法》 with a half-yearly data match."),
    F("no-mechanism", 5, "《政府采购项目拆分行为监督检查办法》 and a system warning."),
    F("no-mechanism", 7, "《行政事业单位国有资产年度清查制度》 — the rule the last round promised."),
    F("no-deadline", 2, "Dates for the first two measures, 长期坚持 for the standing third one."),
    F("no-deadline", 6, "Dates for the first two measures, 长期坚持 for the quarterly check."),
    F("no-owner", 6, "党组成员、机关党委书记仉文澜 is 责任领导."),
], links=[
    L("压减一般性支出1360万元", 1), L("退回修改61个", 2), L("清理已去世人员和重复登记人员共计43人", 3),
    L("非参训人员11人次的住宿、餐饮费用共1.3万元已由相关人员全部退还", 4), L("对巡察发现的5个化整为零项目逐一核查", 5),
    L("3个党支部重新召开组织生活会", 6), L("已完成账务调整1380万元", 7)])

# p02 蘩阳交投服务区管理有限公司党支部 (enterprise round by the 集团党委 of a city-owned group): “四个落实” + 生产经营
# areas （一）–（五） with continuous 1．–8．, evidence in “（如：…）” brackets; 二、整改意见建议 一是…四是 not problems.
# Report: DOCX cover text + Word table ledger 序号｜反馈问题｜整改措施｜责任领导｜责任部门｜完成时限｜完成情况.
G["p02"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[
    F("no-owner", 5, "Row 5 (党支部 组织生活) names 责任领导 “公司领导班子” and 责任部门 “各部门” — nobody in particular, while every other row names one leader and one department."),
    F("no-deadline", 8, "Row 8's 完成时限 is “待集团财务共享系统上线后确定” — no date, and the row is only 基本完成."),
    F("inconsistent-claim", None, "The cover says “8个问题已全部整改完成，23项整改措施全部落实到位”, but row 1 is 正在推进 (2 toilets and the 司机之家 still being built, 2025-08-31) and row 8 is 基本完成."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、执行董事邝承宇 heads the 领导小组 as 第一责任人, chaired 3 推进会, went to the sites twice, 直接过问 招租 and 招聘."),
    F("late-report", None, "Feedback 2025-03-14, report 2025-06-06: 84 days."),
    F("no-disclosure", None, "Published on the company 公示栏 and the group's 协同办公平台 — the internal publication the feedback asked for."),
    F("no-accountability", 3, "经营部经理 诫勉谈话; rents raised to the assessed price."),
    F("no-accountability", 6, "副总经理 诫勉谈话, his relative moved, one hire dismissed after the make-up exam."),
    F("no-accountability", 4, "0.6万 repaid; 办公室主任 批评教育."),
    F("no-accountability", 8, "2.8万 备用金 recovered; 出纳 批评教育 (the gap there is the missing date)."),
    F("no-mechanism", 3, "《服务区商铺招租管理办法》 with public tendering."),
    F("no-mechanism", 4, "修订《公务接待管理办法》."),
    F("no-mechanism", 6, "《员工招聘管理办法》 with a 回避 clause."),
    F("no-deadline", 1, "2025年8月31日 — a date, although the row is still open."),
    F("no-deadline", 5, "2025年6月30日 (the gap there is the owner)."),
    F("no-owner", 1, "执行董事、总经理邝承宇 and 工程管理部."),
    F("no-owner", 8, "副总经理佟思齐 and 财务部 (the gap there is the date)."),
    F("vague-measure", 5, "Row 5's measures are concrete (monthly meetings held 3 times, 送学 for 2 members); its gap is the owner."),
], links=[
    L("将剩余4对服务区卫生间改造列入挂图作战", 1), L("修订《服务区突发事件综合应急预案》", 2), L("按评估价重新签订补充协议", 3),
    L("超标准部分0.6万元由经办人和审批人退还", 4), L("支部委员会会议改为每月第一周固定召开", 5),
    L("对未经笔试面试录用的4名员工组织补充考试", 6), L("成立应收租金清收专班", 7), L("餐厅现金收入实行当日存行", 8)])

# p03 虉江县林业局党组: 巡察“回头看” 反馈意见 (GB18030): 一、上轮问题整改不到位 1．–3． and 二、新发现的问题 1．–4．
# (numbering restarts: 3 + 4 = 7); 三、整改要求 一要…三要 not problems. Report: grouped by status — 二、已完成（5个）
# and 三、基本完成（2个）, each item a reworded heading + “（对应反馈意见第X部分第N项）” + 1．2．3． + a bracket.
G["p03"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-mechanism", 1, "A problem that came back after the last round's fix; the feedback says 没有从制度上堵住漏洞 and 要求 三 asks for a 长效机制 for recurring problems. The answer checks the 4 projects, claws back 12万, holds a meeting that “要求…严格按照建设进度拨付”, and reminds a section head — no rule or procedure is made, while five other items each name one."),
    F("no-accountability", 4, "2 护林员 drew 2.16万 while working away and the 林业站站长 knew and said nothing; the feedback asks to 严肃追究有关人员责任. The answer only has the money returned and a new check rule — nobody is dealt with, the 站长 is not mentioned."),
    F("late-report", None, "Feedback 2025-05-22 with a three-month limit; the report is dated 2025-09-03: 104 days."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长宓青崖 heads the 领导小组 as 第一责任人, 3 调度会, visits to the 林场 and 2 林业站."),
    F("no-disclosure", None, "下一步 三是: published on the bureau website with a 监督电话."),
    F("inconsistent-claim", None, "7 = 5 done + 2 ongoing, matching the two sections; 24 measures = 22 + 2; 18.66万 = 3.3 + 1.2 + 12 + 2.16; 诫勉1 (场长), 批评2 (保管员, 公众号); 6 rules named."),
    F("no-accountability", 2, "场长 诫勉谈话; the 3 staff quit the jobs and handed in 3.3万."),
    F("no-accountability", 6, "保管员 批评教育 and pays 1.2万 for the lost items."),
    F("no-mechanism", 2, "修订《国有林场职工兼职管理规定》."),
    F("no-mechanism", 3, "修订《党组理论学习中心组学习制度》."),
    F("no-mechanism", 4, "《生态护林员履职实地核查办法》 (the gap there is accountability)."),
    F("no-mechanism", 5, "《林木采伐许可办理规程》."),
    F("no-mechanism", 6, "《森林防火物资出入库管理办法》."),
    F("no-mechanism", 7, "《门户网站和微信公众号信息发布审核办法》."),
    F("no-owner", 1, "副局长厍南星 (the gap there is the rule)."),
    F("no-deadline", 4, "2025年10月31日."),
    F("copied-measure", 1, "The item opens with the problem's name but then acts (验收, 12万 clawed back)."),
], links=[
    L("已拨付的12万元先行追回", 1), L("3人已全部辞去企业兼职", 2), L("6月至8月开展集中学习4次", 3),
    L("已督促2名长期在外务工的护林员全额退回补助2.16万元", 4), L("对29件超时限办结的申请逐件复核", 5),
    L("对储备库物资全面盘点", 6), L("删除转发的不实网文", 7)])

# p04 县委政法委 (薸阳县): 组长's 反馈会 speech; problems in paragraphs opened by 首先/其次/再次/另外/还有/最后 (6);
# 一要…三要 and the 1-month/3-month sentence are not problems. Report: the 政法委书记's FIRST-PERSON 主要负责人 report,
# order 3,1,2,6,4 with （一）关于…的问题 paragraphs; 借调 (#5) never answered.
G["p04"] = dict(mode="pair", issues=6, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "7 long-term 借调 staff (5 over a year, no approval): no heading or sentence of the report deals with them, though the speech called it a 老大难 needing 硬办法."),
    F("vague-measure", 2, "The 矛盾纠纷 answer is slogans only (高度重视, 提高政治站位, 枫桥经验, 压实各方责任, 再上新台阶): nothing on the 37 overdue cases or the 转圈件 督办."),
    F("no-disclosure", None, "要求 三 asks to report the rectification inside and publish it; the report never mentions any publication."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary writes as 第一责任人, heads the 领导小组, chaired the plan and 5 推进会, went to the 综治中心 twice, 约谈 a deputy and a section head."),
    F("late-report", None, "Feedback 2025-02-26, report 2025-05-21: 84 days."),
    F("inconsistent-claim", None, "No completion totals are claimed; 19 problems found in the 评查, 16 fixed; 2.9万 of which 1.7万 returned — nothing contradicts."),
    F("unanswered-issue", 6, "Answered in （四） although the report's order differs from the speech."),
    F("no-accountability", 4, "1.7万 returned; 综合科负责人 诫勉, 分管副书记 批评教育."),
    F("no-mechanism", 1, "修订《平安建设考评细则》."),
    F("no-mechanism", 3, "修订《执法司法案件评查工作办法》."),
    F("no-mechanism", 4, "修订《机关公务活动经费管理规定》."),
    F("vague-measure", 1, "Concrete: weights cut from 六成 to 两成, paper ledgers dropped, tied to township assessment."),
    F("no-owner", 1, "分管副书记孔令蘅负责."),
], links=[
    L("把材料报送类分值从六成压减到两成", 1), L("坚持和发展新时代“枫桥经验”", 2), L("评查案件86件", 3),
    L("已由领取人全部退回", 4), L("重新制定“三会一课”年度计划", 6)])

# p05 藨城市港务集团有限公司党委 (city round): feedback is a 纪委监委 website NEWS PAGE (HTML) with the problems run on
# in one sentence after “主要是：”, separated by “；” and closed by “等问题” (7); 巡察办's 要求 and the 表态 一是…三是 are not
# problems. Report: public 整改进展情况的通报 with a totals line and 1．…的问题 / 整改措施 / 责任领导 / 整改进展.
G["p05"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("repeated-measure", 2, "Item 2's measure is one boilerplate paragraph (坚持把巡察整改作为重要政治任务…确保问题整改到位、取得实效) pasted word for word under item 6; nothing on the two investments decided before the 党委会."),
    F("repeated-measure", 6, "Item 6 carries the same pasted paragraph after a different first clause; nothing on the vacant 支部书记 posts or 发展党员."),
    F("no-accountability", 4, "11.6万 of 烟酒 at 超标准宴请: the answer rewrites the 招待办法 and runs a check, but no money is recovered and nobody is dealt with, though the 巡察办 asked 严肃追责问责，该追回的资金一律追回."),
    F("inconsistent-claim", None, "The totals say “已完成整改6个、基本完成1个”, but items 1 (railway siding not started, 正在推进) and 7 (0.78亿 still being pursued, 正在推进) are both open."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记、董事长隗成栋 heads the 领导小组 as 第一责任人, 4 + 2 meetings, 直接过问、现场调度."),
    F("late-report", None, "Feedback meeting 2025-06-11 (news dated 06-12), 通报 dated 2025-09-08: 89 days, inside the three months."),
    F("no-disclosure", None, "A public 通报 (予以公布) with phone, postal address, e-mail and a comment deadline."),
    F("no-accountability", 3, "工程管理部经理 党内警告, 分管副总经理 诫勉谈话, 460万 cut."),
    F("no-accountability", 5, "1 of 3 moved off the post; 人力资源部负责人 批评教育."),
    F("no-mechanism", 3, "《工程建设项目签证变更管理办法》."),
    F("no-mechanism", 5, "修订《所属企业中层管理人员选拔任用管理办法》."),
    F("no-mechanism", 7, "《应收账款管理办法》."),
    F("no-mechanism", 4, "修订《业务招待管理办法》 (the gap there is accountability)."),
    F("no-owner", 4, "党委副书记、纪委书记扈清和."),
    F("vague-measure", 3, "Concrete: third-party audit, 460万 cut, two sanctions, a rule."),
], links=[
    L("成立由总经理牵头的工作专班", 1), L("针对“三重一大”决策制度执行不严的情况", 2), L("核减不合理变更金额460万元", 3),
    L("实行业务招待事前审批、一事一结", 4), L("补齐材料46份", 5), L("针对基层党组织书记空缺和发展党员把关不严的情况", 6),
    L("对1.3亿元应收账款逐笔建档、逐户催收", 7)])

# p06 蕹溪县工业和信息化局党组: formal 反馈意见, three 聚焦…方面 areas 一、二、三、 with continuous （一）–（七）
# heading。detail + “此问题违反…” sentences; 四、整改意见 not problems. Report (UTF-16 LE): organised by the “六个到位”
# (调查分析 / 个性问题查纠 / 共性问题集中整治 / 人财物处置 / 教育警示 / 制度机制), answers tagged “（反馈问题第N项）”
# and spread over several sections; 第7项 never appears.
G["p06"] = dict(mode="pair", issues=7, unanswered=[7], must_flag=[
    F("unanswered-issue", 7, "党员教育管理宽松软 (退休/流动党员, 党费, 民主评议) is never tagged or mentioned in any of the six sections."),
    F("copied-measure", 5, "第5项 (97万 rent arrears, a sublet) is answered only by restating the feedback (租赁管理存在漏洞、企业拖欠租金和转租牟利) plus 将进一步加强…督促…坚决杜绝…切实防止: no rent collected, no lease ended, no person; it appears in none of the 人财物 or 制度 sections."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长茆启衡 heads the 领导小组 as 第一责任人 (负总责), 4 推进会, site visits, 约谈 a section head."),
    F("late-report", None, "Feedback 2025-03-10, report 2025-06-04: 86 days."),
    F("no-disclosure", None, "Published on the county 信息公开平台 and the 公示栏."),
    F("inconsistent-claim", None, "21 measures = 19 done + 2 named long-term ones; 5 rules listed one by one; sanctions named."),
    F("no-accountability", 2, "41万 recovered; 企业服务股股长 批评教育 and moved."),
    F("no-accountability", 3, "8.6万 refunded; 中心主任 诫勉谈话."),
    F("no-accountability", 4, "2860元 repaid; the driver 批评教育."),
    F("no-mechanism", 1, "《企业技术改造专项资金拨付管理办法》."),
    F("no-mechanism", 2, "修订《惠企奖补资金审核兑现办法》."),
    F("no-mechanism", 3, "《涉企服务收费负面清单》."),
    F("no-mechanism", 6, "修订《党组工作规则》 with a 议事清单."),
    F("copied-measure", 6, "Opens with the problem's name but acts: 3 items re-decided by the 党组, records corrected."),
], links=[
    L("符合条件的11个项目已于4月底前全部拨付到企业", 1), L("奖补资金已于4月20日前全部兑现", 2),
    L("2家不符合条件的企业违规领取的奖补资金41万元已全部追回", 2),
    L("责令县中小企业服务中心立即停止收取任何培训费用", 3), L("制定《涉企服务收费负面清单》", 3),
    L("23笔无审批单的报销中", 4), L("督促拖欠租金的企业按时缴清租金", 5), L("重新提交党组会议研究，补正会议记录", 6)])

# p07 蘵山县教育局党组: formal 反馈意见 （一）–（六） heading。detail with “有的学校…；有的学校…” evidence (6); 二、意见建议
# 一是…三是 not problems. Report (UTF-8 CRLF): 一、关于…的问题 + 一是…三是 + (责任领导；责任股室；完成时限). GOOD REPORT.
G["p07"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长佴书远 heads the 领导小组 as 第一责任人, 5 推进会, inspected 12 schools, owns item 5 himself."),
    F("late-report", None, "Feedback 2024-11-18, report 2025-02-12: 86 days."),
    F("no-disclosure", None, "Published on the bureau website and reported across the 教育系统, with a 监督电话."),
    F("inconsistent-claim", None, "18 measures = 16 done + 2 long-term ones named; 19.2万 = 18.4万 + 0.8万; 处分2 (校长, 教师), 诫勉2 (总务主任, 三中校长), 批评3 (副校长, 人事股, 小学校长); 7 rules or schemes named."),
    F("no-accountability", 2, "18.4万 returned; 校长 政务警告, 总务主任 诫勉."),
    F("no-accountability", 5, "评优 cancelled for 3 teachers, one 政务警告, 三中校长 诫勉, the 小学校长 批评教育 and sent to the 纪检组."),
    F("no-accountability", 3, "The driver taken off the bus; the 副校长 批评教育."),
    F("no-mechanism", 1, "作业公示抽查制度."),
    F("no-mechanism", 2, "修订《中小学食堂财务管理办法》 and an audit scheme."),
    F("no-mechanism", 3, "修订《学校安全隐患排查整改工作制度》."),
    F("no-mechanism", 4, "《教师公开招聘工作规程》 and the 职称 办法."),
    F("no-deadline", 1, "2024年12月31日, 第三项长期坚持."),
    F("no-deadline", 6, "2025年1月31日, 第三项长期坚持."),
    F("no-owner", 5, "党组书记、局长佴书远."),
    F("vague-measure", 6, "Concrete: rules revised in 38 + 4 schools, 21 activists, the assessment weights changed."),
], links=[
    L("纠正变相集体补课的学校4所", 1), L("18.4万元已由领取教师全部退回食堂账户", 2), L("整改隐患27处", 3),
    L("制定《教师公开招聘工作规程》", 4), L("取消其年度评优评先资格", 5), L("确定入党积极分子21名", 6)])

# p08 蒟台县科学技术局党组: DOCX 反馈意见, bold area headings, the 7 problem paragraphs numbered by Word AUTOMATIC
# numbering (no number in the text); 二、整改建议 一是…三是 not problems. Report (GB18030): 【问题N】 blocks with
# 整改措施 ①②③ / 责任人 / 完成时限 / 整改状态.
G["p08"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-deadline", 4, "【问题4】's 完成时限 is “结合年度专项资金检查情况确定” — no date, and 12.6万 is still being recovered (正在整改)."),
    F("vague-measure", 6, "【问题6】's three measures are slogans (提高思想认识…增强责任感和使命感; 认真落实…不断提升; 牢牢掌握…营造风清气正): nothing on the four months without 组织生活, the 意识形态 study or the 科普园地 column."),
    F("weak-leadership", None, "No 领导小组 and no 第一责任人; the plan is drafted by the 局办公室 and “各股室按照职责分工” carry it out; the 党组书记/局长 never appears, though 整改建议 一是 asked for exactly that. The report is even signed by the 局, not the 党组."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-01-09, report 2025-04-03: 84 days."),
    F("no-disclosure", None, "Published in the county website's 部门信息公开 column."),
    F("inconsistent-claim", None, "5 done + 2 正在整改 (【问题4】, 【问题7】), as the blocks say; 54万 = 23.6 + 19.4 + 11; 诫勉1, 批评2; 2 rules named."),
    F("no-owner", 4, "副局长訾文骞 (the gap there is the date)."),
    F("no-owner", 6, "党组成员、机关党支部书记厍若兰 (the gap there is the slogans)."),
    F("no-accountability", 4, "19.4万 clawed back, the 经办人 批评教育."),
    F("no-accountability", 5, "0.46万 repaid; 办公室主任 诫勉谈话."),
    F("no-mechanism", 2, "《县级科技计划项目验收管理办法》."),
    F("no-mechanism", 3, "修订《科技特派员考核办法》."),
    F("no-deadline", 6, "2025年3月31日 (the gap there is the slogans)."),
    F("vague-measure", 1, "Concrete: 3 training sessions, 41 firms visited, a 16-firm pool."),
], links=[
    L("上门辅导企业41家", 1), L("已完成验收17项，终止6项", 2), L("调整其中7人的服务对象", 3),
    L("已追回创新券资金19.4万元", 4), L("超标准部分0.46万元由相关人员退还", 5), L("认真落实“三会一课”等组织生活制度", 6),
    L("已补齐12个抽查项目和其他45个项目的材料", 7)])

# p09 蘥川县慈善总会党支部: a 巡察组 LETTER (函) with problems 1、–6、 heading。detail; the closing “其中…” requests are
# not problems. Report: by-number answers “针对第N条问题（…）” with 第1、2条 MERGED, 一是… + (责任人；完成时限).
G["p09"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-accountability", 3, "7 ineligible households (2 of them staff relatives) got 4.9万 with no 入户核查 and no 回避; the letter asks to 依规依纪处理有关责任人员. The answer has the money returned and a new 审核规程, but nobody — 经办人, 审批人, the staff with relatives — is dealt with."),
    F("no-mechanism", 5, "The problem is 内部管理制度缺失 (no 捐赠物资管理制度, no 用印 rule) and the letter asks to 建立健全相应制度; the answer is a one-off stock count and two oral arrangements (签字, 专人保管), no rule, while items 2, 3 and 6 each make one."),
    F("no-disclosure", None, "The letter asks to publish the rectification; the report never does. The 网站 publication of annual reports and the 受助名单 under 第4条 answer problem 4, they are not disclosure of the rectification."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、会长郦素秋 heads the 领导小组 as 第一责任人, chaired the plan and 4 meetings, visited 3 工作站."),
    F("late-report", None, "Feedback 2025-07-02, report 2025-09-24: 84 days."),
    F("inconsistent-claim", None, "17 measures = 15 done + 2 in progress, the two named in 下一步 (44万 still to pay out, 入户核查 286 of more)."),
    F("unanswered-issue", 1, "Answered in the merged （一） “针对第1、2条问题”."),
    F("unanswered-issue", 2, "Answered in the same merged （一）."),
    F("repeated-measure", 1, "One merged answer for two problems, said openly (合并研究、一体整改), each 一是… specific to one of them — not a pasted measure."),
    F("repeated-measure", 2, "Same merged answer."),
    F("no-accountability", 2, "12.4万 returned to the fund, the donors told, the 会计 批评教育."),
    F("no-mechanism", 2, "《县慈善总会善款收支管理办法》."),
    F("no-mechanism", 3, "修订《临时救助金申请审核规程》 (the gap there is accountability)."),
    F("no-mechanism", 6, "修订《会长办公会议事规则》."),
    F("no-owner", 5, "副会长綦北辰 (the gap there is the rule)."),
    F("no-deadline", 5, "2025年8月31日."),
], links=[
    L("已向全县327名困难学生和独居老人发放助学助老金98万元", 1), L("与10个乡镇慈善工作站逐一签订工作协议", 1),
    L("已从总会管理费中全额归还原项目", 2), L("7户不符合条件家庭领取的4.9万元已全部退回", 3),
    L("补齐救助金额、救助类别等信息", 4), L("登记造册，账实相符", 5), L("支部委员会会议每月召开一次", 6)])

# p10 蘱阳县直机关工委: formal 反馈意见, three （一）在…方面。 paragraphs each with “主要表现：1．…；2．…” INLINE and
# RESTARTING (2 + 2 + 3 = 7); 二、整改要求 not problems. Report: the unit's OWN THEME headings 一、…三、 with restarting
# 一是… paragraphs, first person plural, no problem numbers.
G["p10"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("copied-measure", 2, "The 考核 answer restates the feedback (失之于宽、“好”等次比例过高、以查阅台账为主、没有与…绩效考核挂钩) and turns it round into promises (将进一步严格…从严把握…推动…挂钩…切实发挥): no new rule, no re-grading, no figure."),
    F("late-report", None, "Feedback 2025-04-22 with a three-month limit; the report is dated 2025-08-15: 115 days."),
    F("weak-leadership", None, "“整改工作由工委办公室牵头抓总，各科室按照职责分头落实”: no 领导小组, no 第一责任人, the 工委书记 appears only as an approver of late cases, though 整改要求 asked him to lead and to set up the group."),
], must_not_flag=[
    F("no-disclosure", None, "Will be published on the 蘱阳机关党建 website and 公众号."),
    F("inconsistent-claim", None, "“基本整改到位” with 2 of 21 换届 open, said so; 9 线索 of which 6 overdue now closed; no figure contradicts another."),
    F("no-accountability", 3, "1.1万 recovered; 办公室主任 诫勉, 分管副书记 批评教育."),
    F("no-mechanism", 4, "《县直机关纪工委问题线索处置办法》."),
    F("no-mechanism", 7, "修订《县直机关党员到社区“双报到”管理办法》."),
    F("copied-measure", 1, "Opens like the problem but acts: 21 督办函, 19 done, a 提醒 rule, 68 trained."),
    F("vague-measure", 5, "Concrete: 2 young cadres by 遴选, 1 on 挂职, a 32-person pool."),
], links=[
    L("对未按期换届的21个党组织逐个下发督办函", 1), L("从严把握“好”等次比例", 2), L("超标准发放的讲课费1.1万元已全部追回", 3),
    L("超期未办结的6件已全部办结", 4), L("补充35岁以下干部2名", 5), L("制定意识形态工作责任清单", 6), L("实行服务积分管理", 7)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
