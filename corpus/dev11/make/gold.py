"""Write p01..p10/gold.json (dev-pairs gold format). The gold is hand-judged; this file only keeps it in one place.
Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}
G["p01"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[
    F("late-report", None, "Feedback dated 2025-11-14; the notice is dated 2026-03-30, 136 days later, beyond the three months the feedback sets."),
    F("no-accountability", 3, "Feedback names staff relatives who bought 12 columbarium niches cheaply and resold them, and asks for people to be dealt with; the report only suspends sales, buys niches back and revises the rule; nobody is held to account."),
    F("no-owner", 6, "The trailing parenthesis of 【问题6】 holds only 时限; no 牵头领导 or 责任科室, while every other item names both."),
], must_not_flag=[
    F("no-deadline", 8, "时限 gives 2026年1月31日 for the ledger and 长期坚持 for the monthly check: a legitimate long-term status beside a date."),
    F("no-deadline", 3, "时限 2026年6月30日, 持续推进: a date is given."),
    F("no-deadline", 7, "时限 2026年7月31日, 持续推进."),
    F("no-accountability", 5, "Two drivers 批评教育 and the deputy director 诫勉谈话 for the private use of hearses."),
    F("vague-measure", 4, "Opens with a slogan (管殡葬必须管廉洁) but then a dated meeting, 7 posts, 22 controls and a review cycle."),
    F("copied-measure", 8, "The measure names the 车辆运行台账 the feedback found missing, but says what it records and who checks it monthly; not the feedback copied back."),
    F("no-mechanism", 2, "制定《丧葬用品采购与定价管理办法》."),
    F("no-owner", 5, "牵头领导 支部书记 and 责任科室 办公室 are given."),
    F("weak-leadership", None, "领导小组 headed by the 支部书记, named 第一责任人, chairs 5 meetings and 亲自部署、亲自过问、亲自督办."),
    F("no-disclosure", None, "The notice itself is published on the bureau's 政务公开 page, with phone, e-mail, address and a comment deadline."),
    F("inconsistent-claim", None, "6 done + 2 持续推进 matches the items (#3, #7 ongoing); 14.16万 = 4.29万 + 9.87万 refunded; 诫勉1 and 批评教育2 match #5."),
], links=[
    L("应免未免的遗体接运费143笔", 1), L("业务大厅设置电子价目屏", 2), L("暂停格位预售", 3), L("逐岗制定防控措施22条", 4),
    L("两辆接运车全部安装北斗定位", 5), L("业务大厅开通聚合支付", 6), L("制定年度支委会议题清单", 7),
    L("逐车登记出车时间、地点、里程和用油", 8)])
G["p02"] = dict(mode="pair", issues=7, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "联农带农 (two subsidised firms never paid the promised wages and dividends) has no measure anywhere; the area heading lists only 资产闲置 and 资金结转, and 经营主体 appears only as tenants of idle cold stores."),
    F("vague-measure", 6, "The answer to the faked acceptance checks is only slogans (进一步转变工作作风, 牢固树立正确政绩观, 坚决防止形式主义); no re-inspection, no rule for on-site acceptance."),
    F("weak-leadership", None, "The 整改工作专班 is led by a deputy director and sits in a 股室; the 党组书记 never appears, there is no 第一责任人 and no sign of 直接部署、直接过问、直接督办, although the feedback addressed the 党组 and its 主体责任."),
], must_not_flag=[
    F("no-owner", 3, "The separate 四、责任分工 paragraph gives area 2 to 副局长甘露白 with 财务股 and 农村经营管理站."),
    F("no-owner", 7, "Area 3 is given to 副局长单于峻 in the 责任分工 paragraph."),
    F("no-deadline", 1, "Area 1: 2026年3月31日, the quarterly statistics 长期坚持."),
    F("no-deadline", 4, "Area 2: 2026年4月30日; the remaining 450万 by end of April."),
    F("no-mechanism", 1, "修订《栎川区乡村振兴项目库管理办法》."),
    F("no-mechanism", 3, "制定《衔接资金项目资产后续管理办法》."),
    F("vague-measure", 7, "The 党组 now studies the funds every quarter (one meeting already held) and each member inspects one township twice a year."),
    F("no-disclosure", None, "Published on the district government site for 15 days with phone and e-mail."),
    F("inconsistent-claim", None, "2410万 + 450万 = 2860万; 15 + 3 = 18 measures; 5 idle projects = 3 let + 2 under repair."),
    F("late-report", None, "Speech 2025-12-09, report 2026-03-03: 84 days."),
], links=[
    L("对2026年拟入库的74个项目逐个开展论证", 1), L("用于产业发展的资金安排到63.5%", 2),
    L("对2021年以来衔接资金形成的全部经营性资产开展清查", 3), L("已拨付到项目2410万元", 4), L("建立资金拨付预警机制", 4),
    L("以更加严谨的态度对待项目验收工作", 6), L("局党组会每季度至少专题研究一次衔接资金管理工作", 7)])
G["p03"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[
    F("repeated-measure", 4, "The paragraph 组织全院科研人员认真学习《…科研经费管理办法》…签订《科研经费规范使用承诺书》 is pasted word for word under the related-party testing fees (report item 4) and again under #6."),
    F("repeated-measure", 6, "Report item 7 (会议费、差旅费超标准) consists only of the same pasted study-and-pledge paragraph used under item 4; nothing about the over-standard meetings or trips."),
    F("no-deadline", 5, "Report item 6 (结余经费): 完成时限 is 根据财务处结余经费清理进度确定 — no date, while 84万 is still uncleared."),
    F("no-disclosure", None, "Internal report to the 校党委巡察工作领导小组; nothing is made public or to be made public, no channel for comments."),
], must_not_flag=[
    F("no-deadline", 8, "Report item 2: 2025年12月20日, 细则执行长期坚持."),
    F("no-deadline", 4, "Report item 4: 2026年1月31日, 持续推进."),
    F("no-owner", 1, "Owners sit in the section heading: 院长华启明领衔 items 3 and 4 of the report."),
    F("no-owner", 7, "The 党委书记 owns report item 1 by the section heading."),
    F("no-accountability", 2, "3名课题组负责人 诫勉谈话 by the university 纪委 and one year without graduate admissions."),
    F("no-accountability", 8, "The teacher receives 通报批评 and loses two years of project applications."),
    F("no-mechanism", 7, "制定《学院科研经费报销审核责任清单》 with a 退单责任."),
    F("no-mechanism", 5, "修订学院《科研项目结题管理规定》 (结余清理 before 结题)."),
    F("weak-leadership", None, "领导小组 under the 党委书记, named 第一责任人, fortnightly meetings, 直接督办 of two items."),
    F("inconsistent-claim", None, "6 done + 2 in progress (report items 4 and 6) agree with the items."),
    F("late-report", None, "Feedback 2025-10-28, report 2026-01-16: 80 days."),
], links=[
    L("制定《学院科研经费报销审核责任清单》", 7), L("重新组成核查小组", 8), L("对在研的46个横向项目逐一补编细化预算", 1),
    L("学院已停止与该检测公司的新增业务", 4), L("回流到个人账户的7.8万元已全部退还给研究生本人", 2),
    L("对17个结题项目的结余经费逐项清理", 5), L("对热分析仪拆分采购问题", 3)])
G["p04"] = dict(mode="pair", issues=9, unanswered=[], must_flag=[
    F("copied-measure", 5, "Under （五） the 整改措施 is the feedback's sentence on 招标代理机构 copied back (3家…长期轮流承接…均未经过比选…按收费标准上限支付), and 整改后 says only 已整改."),
    F("no-mechanism", 4, "化整为零: the nine contracts are merged and tendered once, but no rule on aggregating purchases or thresholds is made, although the feedback asks for rules; every neighbouring item names one."),
    F("inconsistent-claim", None, "The summary says all 9 problems 已全部整改完成 and all 27 measures done, while （七） says the cost review is still running (430万 unreviewed) and （九） says the 纪委 is still investigating."),
], must_not_flag=[
    F("no-deadline", 8, "2025年9月30日，长期坚持."),
    F("no-owner", 6, "责任人 副总经理宇文琪 is given (pdftotext puts it after the 完成时限 line)."),
    F("no-accountability", 3, "The 法务审计部负责人 receives 批评教育 for the false self-inspection report."),
    F("no-mechanism", 2, "建立招标文件公平竞争审查制度."),
    F("no-mechanism", 7, "制定《工程项目设计变更和现场签证管理办法》."),
    F("weak-leadership", None, "领导小组 under the 党委书记、董事长, 第一责任人, 4 党委会 meetings, 亲自督办."),
    F("no-disclosure", None, "Progress to be published on the company site's 信息公开 column with a 监督电话."),
    F("late-report", None, "Feedback 2025-08-26, report 2025-11-18: 84 days."),
], links=[
    L("修订《公司党委前置研究讨论重大经营管理事项清单》", 1), L("建立招标文件公平竞争审查制度", 2),
    L("重新开展国企招投标专项整治自查", 3), L("合同到期后不再续签", 4), L("整改措施：招标代理机构选定随意", 5),
    L("组建评标委员会", 6), L("委托第三方造价咨询机构审核", 7), L("制定招投标监督工作清单", 8),
    L("已调离招标采购相关岗位", 9)])
G["p05"] = dict(mode="report-only", issues=7, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "The summary says 已完成整改6个，正在推进1个, but the report lists 5 problems as 已完成并销号 and 2 (第6项, 第7项) as 持续推进."),
    F("no-deadline", 7, "第7项 (儿童之家结余资金, 15万 still to recover) has 责任领导 and 目前进展 but no 完成时限 at all, unlike every other item."),
    F("no-mechanism", 3, "The training-fund problem (money paid to an unregistered body, trainees inflated) is answered by recovering the 18万 and a 批评教育; no rule on vetting or paying service providers, while the five other rules are each named."),
], must_not_flag=[
    F("no-deadline", 6, "第6项: 2026年6月30日, 持续推进."),
    F("no-owner", 7, "责任领导 龚若兰, 责任部室 权益部."),
    F("no-accountability", 4, "原办公室主任 党内警告处分, 2名经办人员 批评教育."),
    F("no-accountability", 3, "The 经办人员 who passed the claims receives 批评教育."),
    F("no-mechanism", 5, "修订《“蕖阳女性”微信公众号信息发布管理办法》."),
    F("vague-measure", 1, "A year plan with 12 sessions and a revised 学习制度; two sessions already held."),
    F("weak-leadership", None, "领导小组 under the 党组书记、主席, 第一责任人, 4 党组会, 直接督办."),
    F("no-disclosure", None, "To be published on the federation's site and WeChat account, with a 监督电话."),
], links=[
    L("全年安排专题学习12次", 1), L("补充收集2024年度监测数据87项", 2), L("已停止与该机构的合作", 3),
    L("购物卡1.92万元已全部由领取人员退缴", 4), L("删除来源不明的转发稿件6篇", 5), L("已补选到位8名", 6),
    L("对全县38个儿童之家的建设资金逐一清算", 7)])
G["p06"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("no-deadline", 1, "2025年8月15日前完成复耕，巡田长期坚持."),
    F("no-deadline", 4, "Two dates: 2025年8月29日 for the supplements, end of October for re-letting."),
    F("no-deadline", 6, "2025年8月20日，轮训常态化开展."),
    F("vague-measure", 2, "Opens with the slogan 绿水青山就是金山银山, then GPS attendance, daily collection and 3.2万 returned."),
    F("no-owner", 3, "责任主体 is the 镇党委书记 himself."),
    F("no-accountability", 4, "A village secretary 党内警告处分, a village head 诫勉谈话."),
    F("no-accountability", 5, "6840元 refunded and the office head who approved the meals 批评教育."),
    F("no-mechanism", 7, "制定《茆溪镇发展党员工作全程纪实办法》."),
    F("no-mechanism", 5, "修订《茆溪镇公务接待管理办法》."),
    F("weak-leadership", None, "领导小组 under the 党委书记 as 第一责任人, 6 调度会, visits to villages to 督办."),
    F("no-disclosure", None, "公告 with a 10-day window, phone, e-mail and a walk-in address."),
    F("inconsistent-claim", None, "6 done + 1 基本完成 (#4); 21 + 1 + 2 = 24 measures; 警告1, 诫勉1, 批评教育4 (2 + 1 + 1) agree with the items."),
    F("late-report", None, "Feedback 2025-06-12, notice 2025-09-02: 82 days."),
], links=[
    L("对6宗未整改的违法占地图斑逐宗明确包案领导", 1), L("对64名保洁员全部配发带定位的考勤终端", 2),
    L("班子成员已对分管的14个站所负责人开展廉政谈话", 3), L("对5个村的12宗发包合同逐一清理", 4),
    L("对11次无公函接待逐笔核查", 5), L("举办村“两委”成员集中轮训班2期", 6), L("对2023年以来发展的17名党员档案逐份复查", 7)])
G["p07"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("copied-measure", 3, "Section （二） restates the feedback's finding (人情分, 应扣的养护费全年一次都没有扣过, 11份考核表由养护单位自行填写) and adds only 坚决加强…严格考核; no deduction, no new scoring, no rule."),
    F("no-owner", 7, "Section （五） (加班补助) ends with （完成时限：…） only; every other section names a 牵头领导 and 责任科室."),
    F("late-report", None, "Feedback 2025-07-22, 通报 2025-12-01: 132 days, beyond the three months the feedback sets."),
], must_not_flag=[
    F("no-accountability", 4, "The 苗圃负责人 who signed the acceptance receives 党内警告处分."),
    F("no-accountability", 5, "The 劳资员 receives 党内严重警告处分 and is moved."),
    F("no-accountability", 2, "The deputy who signed the 86万 purchase is 诫勉谈话."),
    F("no-owner", 5, "#4 and #5 share one section and one bracket (副主任褚晓帆; 财务科、苗圃管理科)."),
    F("no-deadline", 1, "时限 2026年6月30日 for the remaining parks."),
    F("no-deadline", 6, "2025年10月20日，组织生活制度长期坚持."),
    F("no-mechanism", 7, "制定《中心加班补助发放管理办法》."),
    F("weak-leadership", None, "领导小组 under the 支部书记、主任, 第一责任人, 4 支委会, 直接督办."),
    F("no-disclosure", None, "The 通报 is public, with phone and e-mail; progress posted quarterly."),
    F("inconsistent-claim", None, "19 + 2 = 21 measures (the 2 are the parks); 25.6万 = 13.4 + 4.6 + 7.6; 4 rules named."),
], links=[
    L("委托第三方检测机构对2024年以来到货的苗木复测", 4), L("制定《苗木进场验收办法》", 4), L("清退“空挂”人员3人", 5),
    L("制定《临时用工管理规定》", 5), L("中心坚决加强养护外包监管", 3), L("实行“一园一专班”", 1),
    L("对86万元苗木采购事项补充履行集体研究程序", 2), L("有考勤和加班审批记录的保留1.6万元", 7), L("制定支部年度主题党日计划", 6)])
G["p08"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-accountability", 2, "Relatives of the deputy secretary and of a committee member got 低保 with the two officials taking part in the vote; the benefit is stopped and repaid, but neither official is dealt with, though the feedback demands 严肃处理."),
    F("vague-measure", 5, "The answer on 流动党员 and unpaid dues is only 进一步提高思想认识、切实加强…不断增强…推动…再上新台阶; no contact, no dues collected."),
    F("no-deadline", 3, "完成时间：视合作社年度清算进度再定 — no date."),
], must_not_flag=[
    F("no-deadline", 6, "2025年11月10日，已完成，按季公开长期坚持."),
    F("no-owner", 5, "The vague item still names the 组织委员 as 责任人."),
    F("no-mechanism", 1, "制定《菰塘村财务审批和报账制度》."),
    F("no-mechanism", 2, "修订《菰塘村低保评议办法》 with a 回避 rule."),
    F("weak-leadership", None, "整改工作小组 under the 村党总支书记, 第一责任人, weekly meetings, 亲自跑 to the township offices."),
    F("no-disclosure", None, "The report is posted on the 村务公开栏 and the villagers' WeChat group, with the 镇纪委 phone; the quarterly 财务公开 of #6 is a measure, not the disclosure."),
    F("inconsistent-claim", None, "15 + 2 = 17 measures."),
    F("late-report", None, "Feedback 2025-10-15, report 2026-01-08: 85 days."),
], links=[
    L("制定《菰塘村财务审批和报账制度》", 1), L("会同镇民政办对2名低保对象重新入户核查", 2),
    L("将存放在合作社账户上的光伏发电收益5.6万元全部转入村集体账户", 3), L("对村道拓宽工程重新召开村民代表会议进行追认", 4),
    L("切实加强党员教育管理", 5), L("明确村务监督委员会主任为村务公开监督人", 6)])
G["p09"] = dict(mode="pair", issues=7, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "选人用人 (two promotions without 民主推荐, a 转正 without review) has no section and no measure; 干部 occurs only in 干部教育培训 (#4) and in the 诫勉 of #7."),
    F("repeated-measure", 2, "The paragraph 组织全体执法人员开展“强作风、树形象”专题教育，签订廉洁执法承诺书… closes the 执法 section and is pasted again as the whole answer to #6."),
    F("repeated-measure", 6, "The 执法艇 fuel problem is answered only by the 作风教育/承诺书/执法记录仪 paragraph copied from #2; nothing on fuel records or the log."),
], must_not_flag=[
    F("no-deadline", 1, "2025年6月30日前完成招标，项目建设按计划推进."),
    F("no-accountability", 7, "The 法规科科长 诫勉谈话 and the 分管领导 批评教育 for the untrue earlier report."),
    F("no-mechanism", 2, "修订《水上行政处罚自由裁量基准适用规则》."),
    F("no-mechanism", 4, "修订《中心党委会议事规则》 and the 主任办公会 rules."),
    F("no-owner", 6, "The pasted section still names 副主任嵇鸿远."),
    F("weak-leadership", None, "领导小组 under the 党委书记、主任, 第一责任人, 亲自部署、亲自督办."),
    F("no-disclosure", None, "To be published in the 党务公开 column, with phone and e-mail."),
    F("inconsistent-claim", None, "The summary claims only 基本落实到位, which matches the one item still running (#1)."),
    F("late-report", None, "Speech 2025-04-08, report 2025-07-01: 84 days."),
], links=[
    L("逐个项目成立工作专班", 1), L("4起处罚金额低于裁量基准下限的案件", 2), L("对2家安全评价报告缺失的码头企业下达限期整改通知书", 3),
    L("列出党委会前置研究和决定事项清单28项", 4), L("5名未取得执法证件的人员已调整到非执法岗位", 7)])
G["p10"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("weak-leadership", None, "The work is put on the 分管储备业务的副主任 and three 科室; no 支部书记, no 领导小组, no 第一责任人 and no 支部 meeting, although the feedback asks the 支部书记 to be 第一责任人; the report is even signed by the 中心, not the 党支部."),
    F("no-owner", 6, "问题六 ends with 完成时限 only; no 责任人 line, unlike problems 1–5."),
    F("inconsistent-claim", None, "The summary says all 6 problems 已全部整改到位 and 追回…12.8万元, but 问题三 still has 29吨 under investigation and 问题四 has recovered 9.6万 with 3.2万 to be repaid in 2026."),
    F("no-disclosure", None, "Nothing is made public or promised to be; the report has no 公开/公布/公示 wording and no phone or channel for comments, although the feedback page was itself published."),
], must_not_flag=[
    F("no-deadline", 6, "完成时限 2025年10月31日 is given on its own line."),
    F("no-deadline", 5, "2025年11月15日，风险排查每年开展."),
    F("no-mechanism", 1, "修订《区级储备粮轮换管理办法》."),
    F("no-mechanism", 4, "制定《储备粮保管费用补贴使用管理办法》."),
    F("no-accountability", 4, "The then 财务科科长 receives 批评教育 and the money is returned."),
    F("vague-measure", 5, "Two warning meetings, 31 risk points with controls, 18 talks: concrete."),
    F("late-report", None, "Feedback 2025-09-23, report 2025-12-16: 84 days."),
], links=[
    L("重新编制2026年储备粮轮换计划", 1), L("收购现场全部启用售粮人身份证读卡和人脸比对", 2),
    L("委托第三方检测机构对全部18个仓房开展库存数量和质量清查", 3), L("对2023年以来保管费用补贴的使用情况逐笔清理", 4),
    L("召开警示教育大会2次", 5), L("已与施工单位签订补充协议", 6)])

for p, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, p, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
print("wrote", len(G))
