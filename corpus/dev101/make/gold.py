"""Write p01..p10/gold.json (dev-pairs gold format) for dev101. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev44/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蒹阳县居民家庭经济状况核对中心党支部: formal 反馈意见, areas （一）…方面 + continuous 1．–8． heading。detail;
# 二、整改意见 （一）–（四） are not problems. Report: 关于“…”的问题 with 整改措施/责任领导/责任科室/整改时限/整改进展. GOOD REPORT.
G["p01"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任蒯望舒 heads the 领导小组 as 第一责任人, chaired 5 推进会, 8 site visits; the 民政局 局长 亓鸿远 only visited and heard a report."),
    F("late-report", None, "Feedback 2025-03-18, report 2025-06-10: 84 days, inside three months."),
    F("no-disclosure", None, "下一步 三是: report published on the 县民政局 website and the 服务大厅公开栏 with a 监督电话."),
    F("inconsistent-claim", None, "26 measures = 24 done + 2 named (#2 third, #8 second), each shown in progress; sanctions 1+1+1+2 match items #4, #5, #6; 4 new + 2 revised rules all named in items."),
    F("no-owner", 3, "责任领导 is the 党支部书记蒯望舒; the 纪检监察组组长酆立言 only gave a lecture (邀请…授课) and is not the owner."),
    F("no-owner", 8, "Owner in an unusual form: 党支部副书记、副主任甯晚舟 with a bracket explaining there is no personnel office."),
    F("no-deadline", 2, "Conditional limit with a hard date: 系统升级完成后一个月内，最迟不晚于2025年9月30日."),
    F("no-deadline", 6, "Limit stated as an event with its date: 2025年度第一笔外包服务费支付前完成，即2025年4月30日前."),
    F("no-deadline", 8, "Two dates for the two parts; 第2项 2025年12月31日 is a real limit for the ongoing hiring."),
    F("no-accountability", 4, "政务警告 for 厍明川 and 诫勉谈话 for 晏如初 (the 警示教育片 beside it is extra, not the sanction)."),
    F("no-accountability", 5, "赖某某 党内严重警告 + 调离; the 科长 批评教育; 2.16万 recovered, 3 households removed."),
    F("no-accountability", 6, "Overpayment recovered (1.1万), signatures completed, 经办人 批评教育: proportionate to a control lapse."),
    F("no-accountability", 2, "Slow data sharing: no misconduct, nobody to hold to account."),
    F("no-accountability", 1, "Slow service: no misconduct."),
    F("no-mechanism", 4, "《核对系统账号和查询权限管理规定》 (one person one account, monthly log review)."),
    F("no-mechanism", 6, "《外包服务项目验收和付款管理办法》."),
    F("no-mechanism", 2, "《跨部门核对数据查询协作办法》 with a 5-working-day reply limit."),
], links=[
    L("将受理、比对、复核、审签等6个环节压缩为4个", 1), L("新接通不动产、车辆两个实时接口", 2),
    L("对核对、审批、数据管理等岗位重新排查廉政风险点", 3), L("给予核对员厍明川政务警告处分", 4),
    L("多发的救助金2.16万元已全部追回", 5), L("多付的1.1万元已由服务公司退回", 6),
    L("2名调离人员的党组织关系已于4月9日转出", 7), L("组织核对岗位人员参加市民政局举办的核对业务培训", 8)])

# p02 苈川县水利水电勘测设计院党支部: 组长's 反馈会 speech (UTF-8 CRLF), problems 第一，…第七，; the 根子 sentence,
# 一要…三要 and the 三个月内 sentence are not problems. Report (GB18030): the 院长's first-person 主要负责人 report in
# another order (4,2,3,5,1,7,6) with own short headings and a bracket per item.
G["p02"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-accountability", 3, "Three engineers privately took outside design work on the 院's 图签 and the leadership ignored it; the answer is only a 警示教育片, 以案促改, a 集体约谈 of ALL technical staff and 承诺书 — none of the three is named or dealt with, nothing on fees earned, though the speech said 不能以教育代替处理."),
    F("no-deadline", 7, "146万 receivables: the only dates are 2月26日 (the meeting already held) and none ahead; the bracket names owners but no time limit, while every other item has one, and the work is still open (其余正在推进)."),
    F("late-report", None, "Feedback 2024-11-26 (speech dated) with a 三个月内 limit; report dated 2025-03-14: 108 days, and the report itself admits 报送有所推迟."),
], must_not_flag=[
    F("weak-leadership", None, "The 院长、党支部书记 writes in the first person as 第一责任人, heads the 领导小组, chaired 6 推进会, personally talked to those involved in 挂靠 and 代签."),
    F("no-disclosure", None, "“整改情况已在院内公示栏和县水利局门户网站公开”."),
    F("inconsistent-claim", None, "21 measures = 17 done + 4 named (施工图 1, 清收 2, 先锋岗 1), each shown as still going in its item."),
    F("no-accountability", 2, "县水利局党组 gave the 副院长 a 党内警告 and removed his 分管经营; 21.6万 handed to the county treasury — accountability decided by the superior body, still accountability."),
    F("no-accountability", 4, "The 2 people who signed for others: 通报批评, 扣发当季绩效, 取消评优 — real sanctions in plain words."),
    F("no-mechanism", 2, "《对外合作项目管理规定》 made."),
    F("no-mechanism", 4, "《勘测设计产品质量管理办法》 revised with a new 第四章 三级校审 and e-signatures."),
    F("no-mechanism", 5, "《项目绩效分配办法》 voted by the 职工大会."),
    F("no-owner", 4, "总工程师宓星垣 owns it; 瞿澄江 of the provincial institute only lectured (邀请…讲授)."),
    F("no-owner", 1, "生产经营科科长酆岳 具体负责, 副院长麴文澜督办; 冼青禾 of the 水利局 only inspected in the past (带队来院检查)."),
    F("no-owner", 2, "“由我负责” — the 院长 himself."),
    F("no-owner", 7, "副院长麴文澜分管, 财务室 and 生产经营科 responsible (the gap there is the time limit)."),
    F("no-deadline", 1, "施工图设计2025年4月30日前完成 (主汛期前)."),
    F("vague-measure", 6, "Opens with a slogan (坚持党建与业务同谋划、同部署、同考核) but then two 党员先锋岗, a new 主题党日 format and 18 critical comments at the 组织生活会."),
], links=[
    L("鹊岭、石坳两座水库除险加固的初步设计已于1月完成", 1), L("终止与2家公司的5项合作", 2),
    L("每名技术人员签订了不私接业务承诺书", 3), L("6套代签图纸已全部重新校审", 4), L("制定《项目绩效分配办法》", 5),
    L("在两座水库设计项目中设立党员先锋岗2个", 6), L("逐笔与欠款单位对账", 7)])

# p03 蓠江农林大学资产经营有限公司党支部: DOCX 反馈意见 of 校党委第二巡察组, bold （一）–（八） headings + one detail
# paragraph each; 一、总体评价 and 三、整改意见 一是…四是 are not problems. Report: DOCX covering text + Word-table 整改台账
# (序号｜反馈问题｜整改措施｜责任领导｜责任部门｜完成时限｜完成情况), landscape.
G["p03"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[
    F("no-owner", 1, "Row 1's 责任领导 and 责任部门 cells are both “／”; the only person named, 学校国资处处长訾敏行, is the one under whose guidance (在…的指导下) the firm reported — not an owner of the firm's work. Every other row names a leader and a department."),
    F("no-mechanism", 3, "The feedback says the firm has no 对外投资管理制度; row 3 only studies two existing rules and promises to follow the school's 《国有资产管理办法》 (按照…规定执行). No investment rule is made; the rules in the table are on other subjects (前置研究清单 #2, 房产出租 #5, 薪酬 #4, 选聘 #8)."),
    F("inconsistent-claim", None, "Covering text: “8个问题已完成整改7个，1个正在推进”; the table has two rows still 推进中 (row 1 注销 2 of 3 pending; row 4 1.8万 still being recovered)."),
], must_not_flag=[
    F("weak-leadership", None, "董事长、党支部书记笪景明 heads the 领导小组 as 第一责任人, chaired 4 专题会, personally supervised two items."),
    F("late-report", None, "Feedback 2025-04-22, report 2025-07-18: 87 days."),
    F("no-disclosure", None, "Report to be published on the 学校信息公开网 and the firm's website."),
    F("no-deadline", 1, "Row 1 has 2025年10月31日 (the gap there is the owner)."),
    F("no-owner", 3, "总经理隗一鸣 / 投资发展部 (the gap there is the rule)."),
    F("no-deadline", 3, "2025年6月30日."),
    F("no-accountability", 4, "学校纪委: 总经理 诫勉谈话, the other 3 批评教育; 5.4万 back, 1.8万 being recovered."),
    F("no-accountability", 5, "The 综合办公室副主任 who let the shops to relatives is 调离岗位 and loses the 2024 绩效奖金 — sanction in plain words."),
    F("no-mechanism", 2, "《公司党支部前置研究讨论重大经营管理事项清单》."),
    F("no-mechanism", 5, "《经营性房产出租管理办法》 and open tendering."),
    F("no-mechanism", 8, "修订《公司中层管理人员选聘办法》."),
    F("no-deadline", 6, "“立行立改，2025年5月10日”."),
    F("no-deadline", 7, "“2025年5月党员大会前” — an event with its month."),
    F("no-accountability", 7, "A vacant committee seat and dues paid on a low base, corrected by 补缴: no one to punish."),
    F("copied-measure", 6, "“停止无清单、无公函的招待费报销” reuses the feedback's words but is an act, with 23 payments checked, 19 lists completed and 0.7万 borne by the 经办人."),
], links=[
    L("梳理3家企业的债权债务", 1), L("列明对外投资、资产处置等14类事项", 2), L("派员列席禾丰公司股东会", 3),
    L("4名管理人员已退回违规补贴5.4万元", 4), L("12间门面委托评估机构重新评估租金", 5), L("停止无清单、无公函的招待费报销", 6),
    L("召开党员大会补选支部委员1名", 7), L("对2名部门经理补充考察和公示", 8)])

# p04 蕖安财产保险股份有限公司荇水县支公司党支部 (enterprise round by the city branch's Party committee): 问题清单
# 问题1：…问题7： + 具体表现：; 整改要求 paragraph not a problem. Report (UTF-16 LE BOM, CRLF): 问题N：/整改情况： + a
# bracket (责任人；完成时限).
G["p04"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-accountability", 2, "Three named 人情赔案 (4.7万 overpaid, one pushed by 副经理荀某某): the answer is a 自查自纠 that found nothing new, a 警示教育片, 以案促改 and a 集体约谈 of all claims staff — the three cases, the 4.7万 and the 副经理 are never dealt with, though the 整改要求 said 严肃问责、追回."),
    F("no-owner", 6, "Bracket of 问题6 reads “经市分公司分管副总经理郗令仪同意” — an approval from the city branch, not a 责任人; every other bracket names one."),
    F("vague-measure", 7, "问题7 (a repeated problem, 11 payments 3.3万 over the limit) is answered only with slogans (深刻汲取教训，进一步提高思想认识…坚决防止…反弹): no payment checked, nothing recovered, no rule."),
], must_not_flag=[
    F("weak-leadership", None, "经理、党支部书记郈怀远 heads the 领导小组 as 第一责任人, made the plan and the three lists, chaired 4 推进会."),
    F("late-report", None, "Feedback 2025-05-13, report 2025-08-08: 87 days."),
    F("no-disclosure", None, "Posted on the 职场公示栏 and the city branch's 内网 — the usual disclosure inside an enterprise."),
    F("inconsistent-claim", None, "“已完成整改6个，问题1正在推进” matches the items (问题1 at 96%, deadline 10月31日)."),
    F("no-accountability", 3, "市分公司纪委: 记过处分 and 调离 for the former 综合部经理; 9.8万 returned."),
    F("no-accountability", 4, "4 协保员 dropped (解除协议), the 农险部经理 诫勉谈话."),
    F("no-mechanism", 4, "承保清单到户公示和电话回访制度 with a 10% quarterly sample."),
    F("no-mechanism", 3, "修订《费用报销审核管理办法》."),
    F("no-owner", 1, "责任人 农险部经理岑予川; the 市分公司农险部 only guides (在…的指导下)."),
    F("no-deadline", 1, "“2025年秋粮收获前，即10月31日”."),
    F("no-owner", 5, "经理、党支部书记郈怀远 (the 纪委书记's lecture in the preamble is not the owner of this item)."),
    F("no-deadline", 6, "2025年7月31日 (the gap there is the owner)."),
    F("no-owner", 7, "副经理邰文栋 (the gap there is the slogan answer)."),
    F("copied-measure", 5, "“主题党日与业务例会分开召开” echoes the feedback (以业务例会代替) but is done, with a fixed day and 2 入党积极分子."),
], links=[
    L("联合开展农险政策进村宣讲32场", 1), L("对理赔条线全体人员进行了集体约谈", 2), L("给予原综合部经理厉望之记过处分", 3),
    L("与代签的4名协保员解除协保合作协议", 4), L("主题党日与业务例会分开召开", 5), L("保费指标权重由70%降至50%", 6),
    L("坚决防止已整改问题反弹", 7)])

# p05 芡溪县蒿坪镇柘岭村党支部 (a forest-edge village, 村级巡察): 反馈意见 一、…六、 heading。detail (GB18030, CRLF);
# 整改意见 （一）–（四） are not problems. Report: the village secretary's first-person report, own short headings in
# feedback order, a bracket at the end of each item.
G["p05"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-accountability", 2, "Three forest rangers are cadres' close relatives, one drew 1.44万 while working away: the answer is the secretary's 检讨, a 集体约谈 of the whole 两委 by the township, a 警示教育片, an annual review under an existing county rule — the 1.44万 is not recovered and nobody who favoured relatives is dealt with, though the 整改意见 asked exactly that."),
    F("copied-measure", 6, "(六) restates the feedback (村务公开不及时、公开栏内容停留在2023年…) as a promise (将及时更新…做到…及时公开): nothing posted, no date of posting, no list of what was published."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary writes as 第一责任人, leads the 工作小组, reviews the ledger every Monday."),
    F("late-report", None, "Feedback 2025-06-05, report 2025-08-26: 82 days."),
    F("no-disclosure", None, "The report goes on the 村务公开栏 after the 党员大会; the 流转合同 was posted 7 days."),
    F("no-owner", 1, "村委会副主任、护林队长陶永顺负责; the 每月15日 is his reporting day to the secretary."),
    F("no-deadline", 1, "10月底前完成监控安装 (每月15日 is a routine, not the limit)."),
    F("no-mechanism", 3, "《柘岭村集体资产资源处置“四议两公开”操作流程》 made."),
    F("no-accountability", 3, "补充表决 by the 村民代表会议 and a 提醒谈话 of the secretary by the 镇党委书记 — a procedural failing answered in proportion."),
    F("no-accountability", 4, "0.5万 returned by the 报账员, who got 批评教育 from the 镇纪委."),
    F("no-deadline", 5, "年底前完成发展对象培养."),
    F("no-accountability", 5, "Ageing membership: no wrongdoing."),
    F("no-owner", 6, "村文书谷小满负责 (the gap there is the copied measure)."),
], links=[
    L("按山场重新划分了8名护林员的巡护责任区", 1), L("对现有8名护林员重新进行了年度考核", 2),
    L("对420亩林地流转合同进行补充表决", 3), L("2.3万元白条已补齐正式票据1.8万元", 4), L("确定入党积极分子2名", 5),
    L("我村将及时更新村务公开栏内容", 6)])

# p06 蕹山县优抚医院党支部: HTML news page of the 纪委监委 website, problems inline 一是…八是 in one paragraph; the
# 表态 一是…三是 and the 要求 paragraph are not problems. Report: public HTML 整改进展情况的通报 (GB18030) on the 县退役军人事务局
# site, grouped by three areas with its own numbering 1．–8． in another order (1,2,3 / 4,5,8 / 6,7).
G["p06"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[
    F("repeated-measure", 2, "Report item 2 (医疗服务质量) is only a boilerplate paragraph (组织全体干部职工认真学习…明确责任人和整改时限，建立整改台账…确保问题按期整改到位) pasted again under item 8 (兼职/护理)."),
    F("repeated-measure", 7, "Problem 7 (中层兼职、护理短缺) is answered by the same paragraph word for word after a different 针对… clause."),
    F("no-mechanism", 8, "The feedback says the “三重一大” 决策制度 was never made; the answer (report item 6) follows an existing county finance rule and studies the 支部工作条例 and an asset rule. No decision rule is made; the rules made (住院管理规定, 在床核查制度, 耗材回避规定) are on other subjects."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、院长禚文朗 heads the 领导小组 as 第一责任人, 5 meetings, personal supervision of two items."),
    F("late-report", None, "Feedback 2025-02-20, 通报 dated 2025-05-16: 85 days."),
    F("no-disclosure", None, "A public 通报 (主动公开) with a phone, an address and a comment deadline."),
    F("inconsistent-claim", None, "6 done + 2 named in progress (一站式结算, 护理人员); 6.9万 + 3.2万; 警告1 (茹志恒) + 党内警告1 (副院长) + 诫勉1 (苗若川); 3 rules, all named."),
    F("unanswered-issue", 8, "Answered under the report's own 6． (the report renumbers by area)."),
    F("unanswered-issue", 6, "Answered under the report's own 7．."),
    F("no-accountability", 3, "Fund recovered with a penalty, 住院部主任 警告处分, the lead 移交县纪委监委."),
    F("no-accountability", 4, "The deputy head resigned the post and got a 党内警告; the supply contract ended."),
    F("no-accountability", 5, "3.2万 returned to the patients' meal account; 财务科科长 诫勉谈话."),
    F("no-mechanism", 3, "住院患者在床核查制度 (nightly bed check, weekly sampling)."),
    F("no-mechanism", 4, "《医用耗材采购遴选和利益回避规定》."),
    F("no-accountability", 6, "Lax branch life: no wrongdoing; the 警示教育片 there is extra."),
    F("no-owner", 8, "院长禚文朗 (the gap there is the rule)."),
    F("no-deadline", 8, "2025年4月30日."),
], links=[
    L("为12名在乡重点优抚对象全部建立健康档案", 1), L("针对医疗服务质量管理不严的问题", 2), L("建立住院患者在床核查制度", 3),
    L("与该医疗器械公司的供货合同已于3月终止", 4), L("3.2万元已从职工食堂经费中全额退还", 5), L("实行党员积分管理", 6),
    L("针对中层干部兼职过多、护理人员短缺的问题", 7), L("5万元以上支出报县退役军人事务局备案", 8)])

# p07 薸城县创业担保贷款服务中心党支部: 反馈意见 (GB18030) with areas 一、二、三、…方面 and RESTARTING 1．2．(3．)
# (2 + 3 + 2 = 7). Report (UTF-8): a ｜-row 整改台账 as text with a 说明 paragraph; 6 rows, problem 4 (宴请) has none.
G["p07"] = dict(mode="pair", issues=7, unanswered=[4], must_flag=[
    F("unanswered-issue", 4, "Three staff accepted banquets paid by partner banks as 营销费用: no row of the ledger answers it (rows: 发放, 审核, 主体责任, 追偿, 组织生活, 轮岗), though the 说明 says the problems were all put in the ledger."),
    F("no-deadline", 5, "Row 4 (追偿, the feedback's problem 5) has as 整改时限 “按县财政局、县人社局…（薸财金〔2025〕3号）要求推进” — a document number, not a time limit — and the item is 推进中; every other row has a date."),
    F("copied-measure", 6, "Row 5 (组织生活) restates the problem as a promise (严格落实“三会一课”制度，规范支部组织生活，杜绝组织生活不规范问题) and is marked 已完成."),
], must_not_flag=[
    F("weak-leadership", None, "中心主任、党支部书记逯景行 heads the 领导小组 as 第一责任人 and chairs a monthly ledger meeting."),
    F("late-report", None, "Feedback 2025-01-09, ledger dated 2025-04-03: 84 days."),
    F("no-disclosure", None, "The ledger is published on the 县人社局 website's 巡察整改 column."),
    F("inconsistent-claim", None, "合计: 6 rows, 3 已完成 + 3 推进中 — matches the 进展情况 column."),
    F("no-accountability", 2, "2 审核员 政务记过处分; 8.6万 贴息 recovered; loans recalled."),
    F("no-mechanism", 2, "《创业担保贷款借款人实地核查规程》."),
    F("no-mechanism", 7, "《关键岗位定期轮岗交流办法》 and the 2 people moved."),
    F("no-deadline", 1, "“2025年第三季度末”."),
    F("no-owner", 3, "党支部书记逯景行; 訾远帆 of the 纪检监察组 only lectured."),
    F("no-deadline", 3, "“2025年3月31日，此后每半年一次”."),
    F("no-owner", 5, "副主任郜文澈 (the gap there is the time limit)."),
    F("no-owner", 6, "党支部副书记蓝若溪 (the gap there is the copied measure)."),
], links=[
    L("开展“创贷进村”宣讲", 1), L("对14户“借名”贷款全部提前收回", 2), L("重新排查关键岗位廉政风险点18个", 3),
    L("对临近诉讼时效的9笔代偿贷款已全部提起诉讼", 5), L("杜绝组织生活不规范问题", 6),
    L("制定《关键岗位定期轮岗交流办法》", 7)])

# p08 蔸岭县人民会堂管理服务中心党支部: 组长's speech with 从…看 paragraphs and RESTARTING inline 一是… (3 + 2 + 2 = 7);
# 一要…三要 and the 三个月内 sentence are not problems. Report (GB18030, CRLF): the unit's own three parts, answers as
# 一是…六是 in part 二, owners and one time limit in a closing sentence; problem 7 (固定资产) has no answer.
G["p08"] = dict(mode="pair", issues=7, unanswered=[7], must_flag=[
    F("weak-leadership", None, "The 整改工作小组 is led by the 办公室主任; the 中心主任贲卫东 only 听取了…汇报 and the plan was approved by an outside 分管领导 — no 领导小组 under the principal, no 第一责任人, though the speech asked the 主任 to 亲自部署、亲自督办."),
    F("unanswered-issue", 7, "37 assets on the books but not found (审计 2023): nothing in the report answers it."),
    F("vague-measure", 4, "四是 is slogans only (进一步加强…坚持以党建引领…充分发挥…作用…不断提升…)."),
    F("no-accountability", 3, "The hall was lent free 26 times to a firm controlled by 副主任陶某某's brother-in-law; the answer only ends the cooperation and promises to charge — nothing on the 副主任, nothing recovered, though the speech asked 查清责任、处理到人."),
    F("no-disclosure", None, "The speech asks the rectification to be published; the report never publishes it (the 职工大会 only passed on the feedback)."),
], must_not_flag=[
    F("late-report", None, "Feedback 2024-12-17, report 2025-03-12: 85 days."),
    F("inconsistent-claim", None, "No total is claimed; “均于2025年3月底前完成” is a limit, not a claim of completion."),
    F("no-accountability", 2, "The 出纳 警告处分 and 调离; 11.4万 booked."),
    F("no-mechanism", 2, "《场地租赁收费管理办法》, income only through the unit's account."),
    F("no-mechanism", 6, "《公务接待管理细则》 (一次一函一清单)."),
    F("no-mechanism", 5, "Contracts signed and attendance-based pay under the county's existing 编外人员管理办法: the problem asked for contracts and a pay basis, not a new rule (the speech's 建章立制 names 收入 and 资产 only)."),
    F("no-owner", 1, "Closing sentence: 第一、三、五项由副主任司马骁负责."),
    F("no-owner", 2, "Closing sentence: 第二、六项由办公室主任宦小川负责."),
    F("no-deadline", 1, "Closing sentence: 均于2025年3月底前完成."),
    F("no-deadline", 2, "Closing sentence: 均于2025年3月底前完成."),
], links=[
    L("3月6日组织了一次音响设备故障应急演练", 1), L("出纳尤敏已调离出纳岗位", 2), L("已与该培训机构终止合作", 3),
    L("不断提升党建工作质量", 4), L("与14名临聘人员全部签订劳动合同", 5), L("实行“一次一函一清单”", 6)])

# p09 芩州医科大学基建处党支部: 反馈意见 of 校党委第三巡察组, 一、巡察发现的主要问题 （一）–（九） heading。detail; 二、整改意见
# （一）–（四） are not problems. Report: DOCX with bold 关于“…”的问题 headings and five field paragraphs. GOOD REPORT.
G["p09"] = dict(mode="pair", issues=9, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "处长、党支部书记戈晏清 heads the 领导小组 as 第一责任人, 6 推进会, personal supervision, 3 reports to the 分管副校长."),
    F("late-report", None, "Feedback 2025-05-29, report 2025-08-22: 85 days."),
    F("no-disclosure", None, "学校信息公开网 and the 基建处 web page."),
    F("inconsistent-claim", None, "35 = 33 + 2 named (可研批复, 1 决算) both shown in progress; 党内警告1 + 警告1 + 诫勉1 + 调岗2 + 批评1 match items; 2 new + 1 revised rules named."),
    F("no-accountability", 2, "学校纪委: 诫勉谈话 for the former 分管副处长, 警告处分 for the 经办科长."),
    F("no-accountability", 3, "2 现场代表 调整工作岗位 and 扣减年度绩效; 31万 cut."),
    F("no-accountability", 4, "党内警告 and 调离基建处 (the 警示教育片 beside it is extra)."),
    F("no-mechanism", 2, "《基建维修工程发包管理实施细则》; the 7月8日 is the day the 常委会 passed it."),
    F("no-mechanism", 3, "修订《工程变更签证管理办法》 (先审后变)."),
    F("no-mechanism", 5, "《工程款支付审核办法》 with three signatures."),
    F("no-owner", 1, "处长戈晏清; the 分管副校长柏怀瑾's trip to the province is a past event, not ownership."),
    F("no-owner", 6, "“副处长宗明远（档案室由其分管）”."),
    F("no-deadline", 6, "“2025年7月31日，此后随工程同步归档”."),
    F("no-deadline", 7, "“2025年9月新学期开学前”."),
    F("no-deadline", 9, "2025年10月31日 for the open 决算."),
    F("no-accountability", 7, "Branch standards: no wrongdoing."),
    F("no-accountability", 8, "Slow repairs: no wrongdoing."),
    F("vague-measure", 7, "Opens with a slogan (坚持把党支部标准化建设作为基础工程抓实抓细) and then acts: 分工上墙, the room restored, a 32-学时 plan."),
    F("repeated-measure", 5, "Items （三） and （五） share words (跟踪审计, 结算/支付) but are different, specific measures (31万 cut and 先审后变 vs 140万 deducted and three signatures)."),
], links=[
    L("倒排可行性研究、环评、能评等11项前期工作节点", 1), L("制定《基建维修工程发包管理实施细则》", 2),
    L("对86万元变更造价重新审核", 3), L("学校纪委给予该科长党内警告处分", 4),
    L("超进度支付的140万元已在后续进度款中全部扣回", 5), L("对4个已竣工项目缺失的9项竣工资料逐项补齐", 6),
    L("党员活动室已清理恢复", 7), L("推行维修报修“48小时响应”服务承诺", 8), L("学生公寓维修项目已完成竣工决算", 9)])

# p10 蘩坪县企业联合会（企业家协会）党支部: 反馈意见 with 1．–7． heading lines + 具体表现： lines; the 要求 paragraph is
# not a problem. Report (UTF-8, CRLF): 问题N：/整改情况：/责任人：/完成时限： blocks.
G["p10"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2025-03-04 with a 三个月内 limit (2025-06-04); report dated 2025-06-27: 115 days."),
    F("inconsistent-claim", None, "“7个问题已全部整改到位，24项整改措施全部完成”, while 问题6's 换届 is only planned for September (时限 9月30日), 问题4 says a rule will still be studied (下一步将研究制定) and 问题1 has 18 of 29 诉求 settled."),
    F("no-mechanism", 4, "The feedback: no 经费报销审批制度 and a “一支笔” 秘书长. The answer follows an existing county rule (按照…规定执行) and promises to study one (下一步将研究制定) — no rule made."),
    F("no-accountability", 2, "Unauthorised awards with 18.6万 fees, decided by the 秘书长欧阳某某 alone: the money is refunded, but the 秘书长 only gave an explanation and everyone had a routine 谈心谈话 — nobody is dealt with, though the feedback asked 查清责任、严肃处理."),
], must_not_flag=[
    F("weak-leadership", None, "The new 党支部书记雍景和 (sent by the 工商联党组) heads the 领导小组 as 第一责任人 and chaired 3 meetings."),
    F("no-disclosure", None, "Published on the association's website and the member firms' WeChat group."),
    F("no-accountability", 3, "5.4万 returned; the 副秘书长 in charge of finance 诫勉谈话 by the 工商联党组."),
    F("no-accountability", 7, "Posts resigned, 2.4万 handed back, 批评教育 by the 工商联党组 and a 通报 to all staff."),
    F("no-mechanism", 3, "New 会费 standard voted by the 会员代表大会; 《会费收支管理办法》 made."),
    F("no-owner", 1, "副秘书长闾文博; 郇若愚 of the 工商联 only guides."),
    F("no-owner", 5, "党支部书记雍景和."),
    F("no-deadline", 6, "2025年9月30日 (the problem there is the all-done claim)."),
    F("no-owner", 4, "会长苻振庭 (the gap there is the rule)."),
    F("no-deadline", 4, "2025年5月31日."),
], links=[
    L("秘书处建立会员诉求转办台账", 1), L("收取的评审费18.6万元已全部退还参评企业", 2), L("表决通过新的会费标准", 3),
    L("大额支出报县工商联备案", 4), L("党支部恢复每月主题党日", 5), L("已向县民政局报送换届申请", 6),
    L("违规领取的报酬2.4万元已上交协会账户", 7)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
