"""Write p01..p10/gold.json (dev-pairs gold format) for dev123. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev108/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. Links: for every answered problem, the measures that answer it
WHEREVER they stand (its own item, a merged heading, a 建章立制 / 举一反三 section, an annex ledger row); check.py holds
the declared place of every problem (ANSWERED_AT) and checks that these links fall there. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 菥城县税务局第一税务分局（办税服务厅）党支部 (市税务局党委 round): formal 反馈意见, areas （一）（二）（三）…方面 with
# continuous 1．–10． heading。detail; 三、整改意见 and the 移交 sentence are not problems. Report: grouped BY STATUS —
# 二、立行立改 (#4 #5 #6 #3), 三、限期整改 (#1 #2 #7 #10), 四、长期坚持 (#8 #9) — each item citing （反馈问题第N项）, and four
# problems answered a second time in 五、建章立制情况 “（对应反馈问题第N项）”. GOOD REPORT.
G["p01"] = dict(mode="pair", issues=10, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、局长甘霁 heads the 领导小组 as 第一责任人, 5 支委会 on the rectification, 4 visits to the hall, 直接过问、直接督办 #4 and #5."),
    F("late-report", None, "Feedback 2025-04-24, report 2025-07-15: 82 days, inside the three months."),
    F("no-disclosure", None, "六、: made public in the 菥州市税务局门户网站 “巡察整改” 专栏 with a 监督电话."),
    F("inconsistent-claim", None, "4 立行立改 + 4 限期整改 done + 2 长期坚持 = 10; 31 measures = 29 done + 2 standing; the two standing items (#8, #9) say so in their own text."),
    F("unanswered-issue", 3, "Answered fourth under 二、立行立改 (延时服务 and 预约电话), out of the feedback's order."),
    F("unanswered-issue", 1, "Answered under 三、限期整改 as “优惠政策没有辅导到户”, in other words than the feedback's."),
    F("unanswered-issue", 10, "Answered under 三、 as “票证保管老问题反复” and again in 五、四是."),
    F("no-accountability", 4, "购物卡: 县局纪检组 诫勉谈话 for the two staff and 批评教育 for the 组长."),
    F("no-accountability", 5, "Intermediaries in the hall tolerated: the 分管副局长 makes a 书面检查 at the 支委会."),
    F("no-mechanism", 5, "《办税服务厅涉税中介人员服务行为管理规定》 — given only in 五、建章立制情况, away from the item."),
    F("no-mechanism", 6, "修订《发票作废审核工作规程》 in 五、."),
    F("no-mechanism", 2, "《“好差评”差评处理闭环管理办法》 in 五、."),
    F("no-deadline", 8, "“2025年5月起长期坚持” with a quarterly check: a start date plus a standing task."),
    F("no-deadline", 9, "“2025年10月31日，此后长期坚持”."),
    F("no-owner", 7, "责任领导：甘霁."),
    F("vague-measure", 8, "A plan, quarterly 党员大会 and a 党课 already given on 5月29日: concrete."),
    F("copied-measure", 2, "The heading restates the problem (差评整改不闭环), then acts: 57 re-checked, 19 回访 made up, 3 fixed."),
], links=[
    L("对辖区1862户小规模纳税人和个体工商户逐户推送政策提示", 1),
    L("19条无回访记录的已全部补做回访", 2), L("制定《“好差评”差评处理闭环管理办法》", 2),
    L("重新排定午间延时服务轮值表", 3), L("预约办税电话改为呼叫转移至导税台和值班手机", 3),
    L("面值共1000元的卡已退还代账公司", 4), L("县局纪检组对2人进行诫勉谈话", 4),
    L("2名员工已于4月28日撤出自助办税区", 5), L("分管副局长鄂启文在支委会上作书面检查", 5),
    L("制定《办税服务厅涉税中介人员服务行为管理规定》", 5),
    L("14份缺签字单据已由经办人、审核人说明情况并补签", 6), L("修订《发票作废审核工作规程》", 6),
    L("新增发票管理、退税审核、核定征收等岗位风险点17个", 7),
    L("制定2025年支部组织生活计划", 8), L("制定青年干部轮岗轮训计划", 9),
    L("空白票证实行专人专柜、双人双锁保管", 10), L("修订《税收票证管理制度》", 10)])

# p02 葶川县城市排水有限公司党支部 (县国资委党委 enterprise round): DOCX 反馈意见, bold areas, one paragraph of inline
# 一是… per area, RESTARTING (4 + 3 + 3 = 10); 三、整改意见 一要…三要 and the 移交 sentence are not problems. Report: DOCX
# grouped BY DEPARTMENT (工程建设部 #1 #6 #5; 生产运行部 #2 #3 #4 in ONE paragraph; 财务部 #7; 综合办公室 #10 #8), a slogan
# section 三、坚持以改促治 that answers nothing, and a closing Word-table 台账 whose rows restate the problems in short forms
# and are numbered 1–9 by the ledger itself (row 9 = problem 10). Problem 9 (安全培训, 持证率) falls between departments.
G["p02"] = dict(mode="pair", issues=10, unanswered=[9], must_flag=[
    F("unanswered-issue", 9, "有限空间作业人员持证率60% and training on paper: no department section takes it and the 台账 has no row for it (its nine rows are numbered 1–9 by the ledger; row 9 is problem 10, 派遣人员)."),
    F("no-accountability", 5, "清掏 work given without 比选 to a crew run by the 总经理's brother-in-law (46.8万): the contract is ended and a 比选 rule made, but the only word about the 总经理 is that he “在支委会上就此事作了说明” — an explanation, not a sanction — though the 整改意见 asked that 涉及违规问题的人员 be dealt with."),
    F("no-deadline", 3, "进水浓度偏低: a third-party survey “排查完成后再制定专项整改方案” with no date, and the 台账's 完成时限 cell says “视排查进度确定”; every other problem has a date."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长宓恒之 heads the 领导小组 as 第一责任人, 4 推进会, 3 site visits."),
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-12: 84 days."),
    F("no-disclosure", None, "四、: 本报告已在县国资委门户网站公开 with a phone number."),
    F("inconsistent-claim", None, "No totals are claimed (“大部分整改任务已经完成”); the two unfinished items (#1, #3) are 推进中 in both the text and the 台账."),
    F("unanswered-issue", 2, "Answered in 生产运行部's one paragraph (一是 定位终端)."),
    F("unanswered-issue", 3, "Answered in the same paragraph (二是 第三方排查) — the gap there is the time limit."),
    F("unanswered-issue", 4, "Answered in the same paragraph (三是 泵车修复)."),
    F("unanswered-issue", 10, "Answered as 综合办公室's 1． and as 台账 row 9 (派遣人员不在岗领薪)."),
    F("unanswered-issue", 8, "Answered as 综合办公室's 2．, after #10."),
    F("no-accountability", 6, "多报工日: 1.3万 deducted, 班组长 批评教育 and 扣减绩效."),
    F("no-accountability", 10, "Pay to absent agency staff: 3.9万 recovered, 综合办公室主任 诫勉谈话."),
    F("no-accountability", 2, "Patrol records for trips never made: 巡查班长 书面检查 and 扣减当月绩效."),
    F("no-mechanism", 5, "《外包业务比选管理办法》 (the gap there is accountability)."),
    F("no-owner", 2, "责任领导 given once in the department heading (副总经理宁晓川) and in the 台账."),
    F("no-owner", 4, "Same heading and 台账 row 4."),
    F("no-deadline", 1, "2025年10月31日 for the remaining 6.4 km."),
    F("repeated-measure", 3, "One paragraph answers #2, #3 and #4 with a separate 一是/二是/三是 for each: a merged answer, not a pasted one."),
], links=[
    L("新增2个施工班组", 1), L("增派施工班组，易涝点汛前完工", 1),
    L("在全部巡查车辆上安装定位终端", 2), L("定位轨迹每周与巡查记录比对", 2),
    L("对城区主干管网的渗漏点和雨污混接点开展排查", 3), L("委托第三方查找渗漏和混接", 3),
    L("故障泵车已于5月送厂修复", 4), L("故障泵车送修，另购移动泵车", 4),
    L("公司已于4月30日终止与原劳务队的合作", 5), L("终止合作，公开比选承接单位", 5),
    L("多结算的人工费1.3万元已从劳务款中扣回", 6), L("追回多结人工费，班组长扣绩效", 6),
    L("4笔已补齐公函和接待清单", 7), L("补齐手续，说不清的由经办人退回", 7),
    L("对2024年未经前置研究的3个投资事项", 8), L("修订前置研究事项清单，补报3个事项", 8),
    L("4名长期不在岗的派遣人员已于5月解除派遣", 10), L("解除派遣，追回已发工资", 10)])

# p03 蔹江省民俗博物馆党委 (省文化和旅游厅党组 round): HTML news page on the 厅 site, three area paragraphs with inline
# 一是… RESTARTING (4 + 4 + 3 = 11); praise, the 移交 sentence, 巡察组要求 and the 馆长's 表态 are not problems. Report
# (GB18030): grouped BY THE LEADER IN CHARGE (书记 #9 #11 #5; 副馆长喻知白 #1 #3 #8; 副馆长晁慕远 #2 #4 #10; 纪委书记 #6 #7),
# every item named in other words than the feedback's; a slogan section 三、以整改促提升; five rules in 四、建章立制情况
# naming their problem by paraphrase (#3 #8 #9 #7 #11 answered twice).
G["p03"] = dict(mode="pair", issues=11, unanswered=[], must_flag=[
    F("vague-measure", 10, "文物修复人才断档 (2 restorers, both over 55): “高度重视…将进一步加大人才引进和培养力度，积极争取上级部门支持，努力解决…” — no post, person, number or date."),
    F("no-mechanism", 6, "布展费 settled at the contractor's quote, 5.6万 over the reviewed price: the money is recovered and the 陈列部主任 诫勉, but no settlement-review rule is made, though the feedback named 结算把关不严; 四、 lists rules for #3, #7, #8, #9 and #11 only."),
    F("no-accountability", 5, "文创 contract renewed for 3 years without 集体研究, for a firm whose head is the 分管副馆长's classmate: the contract is ended early and the shop let by 公开招租, but no one is held to account and the deputy is not mentioned."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记、馆长齐砚秋 heads the 领导小组 as 第一责任人, 6 党委会, 直接部署、直接督办 #9 and #5, two site checks."),
    F("late-report", None, "Feedback 2025-01-15, report 2025-04-10: 85 days."),
    F("no-disclosure", None, "五、: 厅门户网站 and the museum's own site."),
    F("inconsistent-claim", None, "9 done + #1 and #10 named as continuing = 11."),
    F("unanswered-issue", 4, "Answered as 晁慕远's 2．“展品说明牌差错长期不改”: 37 corrections."),
    F("unanswered-issue", 9, "Answered first, under the 书记's heading, as “三重一大事项绕开党委会”, and again in 四、."),
    F("unanswered-issue", 11, "Answered under the 书记's heading as “讲解词和社教课程无人把关”, and again in 四、."),
    F("no-owner", 6, "The owner is the section heading: 纪委书记浦含章牵头 (the item's bracket names only departments)."),
    F("no-owner", 2, "The owner is the section heading: 副馆长晁慕远牵头."),
    F("no-accountability", 6, "陈列部主任 诫勉谈话 (the gap there is the missing rule)."),
    F("no-accountability", 7, "退赔 0.46万 and 办公室主任 批评教育."),
    F("no-mechanism", 3, "《藏品征集论证办法》, only in 四、."),
    F("no-mechanism", 8, "《库房安全管理规定》, only in 四、."),
    F("no-deadline", 1, "2026年12月31日 for the 70% mark, with a 2025 target and a first-quarter figure."),
], links=[
    L("引入第三方数字化采集团队", 1), L("2025年安排流动展览12场走进县乡", 2),
    L("9件（套）藏品已补做专家论证", 3), L("制定《藏品征集论证办法》", 3),
    L("更正错误37处", 4), L("此后文创经营改为公开招租", 5),
    L("多结算的布展费5.6万元已从施工方的质保金中扣回", 6), L("对审核结算的陈列部主任进行诫勉谈话", 6),
    L("超标部分由参加接待人员退赔0.46万元", 7), L("制定《公务接待管理实施细则》", 7),
    L("库房安装门禁和视频监控", 8), L("制定《库房安全管理规定》", 8),
    L("全部提交党委会复议", 9), L("修订《党委会议事规则》", 9),
    L("将进一步加大人才引进和培养力度", 10),
    L("已审核讲解词46篇", 11), L("制定《讲解词和社教课程审核办法》", 11)])

# p04 椿溪镇禾丰奶牛养殖专业合作社党支部 (县委 村级巡察): 反馈意见 (GB18030, CRLF) with 一、…九、 heading。detail; the
# closing 巡察组要求 is not a problem. Report: MERGED headings citing the feedback by number — （一）(反馈第二、三、四、五个问题)
# answered as 一是…四是, （二）(反馈第六、八、九个问题) answering only #6 and #9, （三）(反馈第一、七个问题); a slogan section
# 二、提高思想认识; rules for #2 #3 #5 again in 四、建立长效机制.
G["p04"] = dict(mode="pair", issues=9, unanswered=[8], must_flag=[
    F("unanswered-issue", 8, "粪污堆放点未防渗: heading （二） cites “反馈第六、八、九个问题” but its 一是 answers #6 and its 二是 #9; nothing anywhere answers #8."),
    F("copied-measure", 7, "（三）二是 is the feedback turned into promises: “加强党员发展和教育管理，积极发展党员，督促外出务工党员参加组织生活” — no 积极分子, no contact with the two members, no date."),
    F("no-owner", 9, "（二）二是 (收购合同) says “合作社将与乳企重新协商” and gives a date but no 责任人, while every other item names one."),
    F("no-disclosure", None, "Nothing says the rectification is or will be made known to the members or the public, though the feedback asked 整改情况要向全体社员公开; the 社务公开栏 set up under （一）四是 is the answer to #5 (finances), not publication of the rectification."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记柏青山 heads the 整改工作小组 as 第一责任人; 5 meetings, 2 社员代表大会, the 镇党委 checks twice."),
    F("late-report", None, "Feedback 2024-11-12, report 2025-02-06: 86 days."),
    F("inconsistent-claim", None, "No totals or all-done claim."),
    F("unanswered-issue", 2, "（一）一是, under a heading citing four problems."),
    F("unanswered-issue", 3, "（一）二是."),
    F("unanswered-issue", 4, "（一）三是."),
    F("unanswered-issue", 5, "（一）四是 and 四、三是."),
    F("unanswered-issue", 1, "（三）一是, under a heading citing #1 and #7."),
    F("no-accountability", 4, "镇党委 诫勉谈话 for the 理事长 and his 检查 before the 社员代表大会."),
    F("no-accountability", 3, "The 出纳 moved to the 奶站 and made a 检查."),
    F("no-mechanism", 2, "《盈余分配办法》 in 四、."),
    F("no-mechanism", 3, "《财务管理制度》 in 四、."),
    F("no-owner", 7, "责任人：党支部书记柏青山 (the gap there is the copied text)."),
    F("no-deadline", 9, "2025年3月31日 (the gap there is the owner)."),
], links=[
    L("支委会每季度专题研究一次生鲜乳收购价格和社员分红", 1),
    L("按交易量返还的差额11.2万元已于12月28日补发到43户社员手中", 2), L("今后可分配盈余的六成以上按交易量返还", 2),
    L("出纳用个人微信收取的14笔零售收入2.1万元已全部入账", 3), L("现金收入当日入账", 3),
    L("挤奶设备已搬回合作社集中挤奶厅", 4), L("镇党委对理事长佘长顺进行诫勉谈话", 4),
    L("在合作社办公室门口设立社务公开栏", 5), L("三是《社务公开制度》", 5),
    L("奶站配备抗生素快速检测仪", 6),
    L("加强党员发展和教育管理，积极发展党员", 7),
    L("合作社将与乳企重新协商收购合同", 9)])

# p05 蓰阳职业技术学院后勤管理处党总支 (学院党委 校内巡察): 组长's 反馈会 speech (UTF-8, CRLF), problems 第一，…第十，;
# 一要…三要 and the closing request are not problems. Report (UTF-16 LE): BY NUMBER “（N）反馈问题第X项：short name” in
# ANOTHER ORDER (9,5,7,2,3,4,10,6,1,8), and an annex ｜ ledger whose ten rows restate the problems in short forms in feedback
# order, all marked 已完成.
G["p05"] = dict(mode="pair", issues=10, unanswered=[], must_flag=[
    F("repeated-measure", 8, "（十） 反馈问题第八项 (主题党日以业务会代替) is answered only by the paragraph 建立后勤服务质量月度考评制度，每月邀请学生代表参与考评… which also stands under （九）; it has nothing to do with 组织生活."),
    F("repeated-measure", 1, "（九） 反馈问题第一项 carries the same pasted paragraph as （十）, beside its two real measures (劳动基地交学工处, 8 服务育人岗位)."),
    F("inconsistent-claim", None, "“反馈的10个问题已全部整改完成” and the 台账 marks all ten 已完成, while （四） says the 食堂 招标 “正在进行，预计2025年8月完成” and （八） says the 节能改造 is “计划2025年暑期施工”."),
    F("weak-leadership", None, "No 领导小组 and no 第一责任人; the 总支书记 is never named: the 党政联席会议 “交由各科室对照整改，处办公室负责收集整改材料”, though the speech's 一要 asked the 书记 to 亲自抓、负总责."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-03-27, report 2025-06-20: 85 days."),
    F("no-disclosure", None, "三、: 已在学院信息公开网公布."),
    F("unanswered-issue", 9, "Answered first, as 反馈问题第九项."),
    F("unanswered-issue", 6, "Answered eighth, as 反馈问题第六项, and in 台账 row 6."),
    F("unanswered-issue", 4, "Answered as 反馈问题第四项 and in 台账 row 4."),
    F("no-accountability", 3, "拆分发包: 维修科科长 诫勉谈话."),
    F("no-accountability", 5, "Fees over the approved standard: refunded, 公寓管理中心主任 批评教育."),
    F("no-accountability", 7, "Pay after leaving: 1.68万 recovered, 人事专员 批评教育."),
    F("no-accountability", 2, "Contract run on without tender: 时任分管副处长 提醒谈话."),
    F("no-owner", 8, "责任人：处长祁远帆 (the gap there is the pasted text)."),
    F("no-owner", 6, "责任人：副处长茹文渊, 牵头科室 in the 台账."),
    F("no-deadline", 2, "2025年8月31日."),
    F("no-mechanism", 3, "《零星维修工程管理办法》."),
    F("no-mechanism", 5, "《学生公寓水电收费管理办法》."),
], links=[
    L("在宿舍和食堂设置服务育人岗位8个", 1), L("劳动教育实践基地已交由学工处统筹安排", 1), L("设育人岗位，劳动基地交学工处", 1),
    L("已向学院招标办提交两个学生食堂的招标申请", 2), L("重新招标，调价先经伙管会", 2),
    L("对负责维修工程的维修科科长进行诫勉谈话", 3), L("补齐手续，送审计处审计", 3),
    L("对6批次无人签字的物资重新清点", 4), L("重新清点，三方签字验收", 4),
    L("多收的0.83万元已按学生名单通过一卡通全部退还", 5), L("按批准标准收费，多收款退回", 5),
    L("加装感应灯和感应水龙头共420个", 6), L("节能改造重新申报", 6),
    L("多发的2个月工资共1.68万元已全部追回", 7), L("追回工资，名单交叉核对", 7),
    L("处党总支研究决定：建立后勤服务质量月度考评制度", 8), L("月度考评学生参与", 8),
    L("清出杂物11车", 9), L("清理通道，更换应急照明", 9),
    L("3辆后勤车辆全部建立使用登记簿", 10), L("建立出车登记簿", 10)])

# p06 菥州市港口管理局北港区分局党支部 (局党委 round): 反馈意见 (UTF-16 LE), areas 一、二、三、…方面 with continuous
# （一）–（十） heading。detail; 四、整改要求 1．–3． are not problems. Report: public HTML 通报 (索引号 table, chrome) with
# MERGED area headings （一）#1+#3, （三）#4+#5, （五）#8+#9+#10 (as 一是…三是), and 三、举一反三开展专项整治 answering #7 for
# the ONLY time and #1 and #2 a second time.
G["p06"] = dict(mode="pair", issues=10, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2024-09-26 with a 三个月 limit (2024-12-26); the 通报 is dated 2025-01-15: 111 days."),
    F("no-owner", 10, "（五）三是 (执法队伍老化、持证不足): “分局将积极向局里申请…” with a 完成时限 but no 责任领导, while every other part names 钮平川 or 帅文漪."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人; the 分局局长 / 支部书记 never appears: the 分局 “将反馈的10个问题分解到各科室，由各科室制定措施…分局办公室每两周汇总”, though 整改要求1 asked the 支部书记 to 亲自部署、亲自督办."),
], must_not_flag=[
    F("no-disclosure", None, "A public 通报 on the 局 website (索引号, 发布机构) inviting supervision by phone and email."),
    F("inconsistent-claim", None, "8 done + #2 and #10 named as continuing = 10; 举一反三's 9 hazards / 7 fixed is a separate count."),
    F("unanswered-issue", 7, "Answered only in 三、举一反三 三是 (轮岗 of 4 people, 回避登记) — no item of its own."),
    F("unanswered-issue", 3, "Answered inside （一） together with #1 (堆场 removed, reported)."),
    F("unanswered-issue", 5, "Answered inside （三） together with #4."),
    F("unanswered-issue", 9, "（五）二是 (党员安全示范岗)."),
    F("no-accountability", 5, "补交餐费, 批评教育 and 书面检查 for the two officers."),
    F("no-accountability", 6, "The boat's driver repays 1.26万 and is 诫勉谈话."),
    F("no-accountability", 1, "审批科科长 书面检查."),
    F("no-mechanism", 7, "轮岗 and a 回避登记 rule, in 举一反三."),
    F("no-deadline", 10, "2025年12月31日 (the gap there is the owner)."),
    F("no-owner", 7, "The 举一反三 bracket: 责任领导：副局长钮平川."),
    F("no-owner", 5, "（三）'s bracket: 副局长帅文漪."),
], links=[
    L("逾期未补交的1家已暂停办理延续", 1), L("对近三年办理的12件许可延续事项全面复查", 1),
    L("检查记录实行现场定位拍照", 2), L("对辖区14个危险货物作业泊位开展专项排查", 2),
    L("企业已拆除超出批准范围的堆场设施", 3),
    L("收费依据和标准已在分局服务窗口和局门户网站公示", 4),
    L("2名执法人员已补交餐费", 5),
    L("多领用的油料由执法艇驾驶员按价赔偿1.26万元", 6),
    L("对在许可、执法岗位连续工作满5年的4名人员进行轮岗", 7), L("执法检查实行回避登记", 7),
    L("学习心得一律手写", 8), L("设立“党员安全示范岗”6个", 9),
    L("分局将积极向局里申请补充执法人员", 10)])

# p07 荛城县医养结合护理院党支部 (县卫健局党委 round): 反馈意见 with 1．–9． heading lines + detail lines; 二、整改要求 are not
# problems. Report: DOCX grouped by the report's own split into 个性问题 (#3 #6 #5 #9 #4, in other words and another order)
# and 共性问题 (#1+#2 in one paragraph, #7+#8 in one paragraph), with #3 #6 #5 answered again in 四、举一反三和建章立制.
# GOOD REPORT.
G["p07"] = dict(mode="pair", issues=9, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、院长郜晚晴 heads the 领导小组 as 第一责任人, 5 支委会, 3 family meetings, 直接督办 #3 and #6."),
    F("late-report", None, "Feedback 2025-03-11, report 2025-06-03: 84 days."),
    F("no-disclosure", None, "县卫生健康局门户网站 and the 院务公开栏, with a 监督电话."),
    F("inconsistent-claim", None, "8 done + the 护理员 training (#2) named as continuing to 2025-10-31 = 9; 3.9 + 0.4 = 4.3万."),
    F("unanswered-issue", 1, "共性问题 （一）一是, in one paragraph with #2."),
    F("unanswered-issue", 2, "共性问题 （一）二是."),
    F("unanswered-issue", 7, "共性问题 （二）一是, with #8."),
    F("unanswered-issue", 8, "共性问题 （二）二是."),
    F("unanswered-issue", 4, "个性问题 （五）, last, as 自带药品混放和过期药品."),
    F("no-accountability", 3, "副院长 书面检查, 收费员 批评教育, 3.74万 refunded."),
    F("no-accountability", 6, "科长 诫勉谈话, 2 staff 批评教育, 0.95万 returned to the 民政局."),
    F("no-accountability", 5, "0.4万 returned by the 食堂管理员, 批评教育."),
    F("no-mechanism", 3, "《收费项目管理和公示制度》, only in 四、."),
    F("no-mechanism", 6, "《居家上门服务记录核验办法》, only in 四、."),
    F("no-deadline", 2, "护理员培训2025年10月31日."),
    F("no-owner", 1, "One 责任领导 (符牧之) for the merged paragraph."),
    F("repeated-measure", 2, "Answered with #1 in one paragraph (一是 照护计划, 二是 护理员): shared text, distinct measures."),
], links=[
    L("27名老人的个性化照护计划已全部制定", 1), L("新招聘护理员6名", 2),
    L("已退还17名老人共3.74万元", 3), L("制定《收费项目管理和公示制度》", 3),
    L("过期药品11种已全部清理销毁", 4),
    L("伙食费已单独建账", 5), L("制定《伙食费管理办法》", 5),
    L("所对应的结算款0.95万元已退回县民政局", 6), L("对负责居家上门服务的科长进行诫勉谈话", 6),
    L("制定《居家上门服务记录核验办法》", 6),
    L("院务公开栏每月更新一次", 7), L("主题党日每月固定在第一个周五开展", 8),
    L("2号楼喷淋系统已于3月25日修复", 9)])

# p08 萹水县城乡供水水质检测中心党支部 (县水利局党组 round): 组长's speech (GB18030) with three 从…看 paragraphs of inline
# 一是… RESTARTING (3 + 4 + 4 = 11); 一要…三要 are not problems. Report (UTF-8, CRLF): BY NUMBER IN THE SPEECH'S OWN
# PARTITION “针对第X方面第Y个问题”, two merged (第一方面第一、二个; 第二方面第二、三个), a general 二、加强思想教育, rules again
# in 四、 “（对应第X方面第Y个问题）”; the last problem (第三方面第四个) is never cited.
G["p08"] = dict(mode="pair", issues=11, unanswered=[11], must_flag=[
    F("unanswered-issue", 11, "应急检测演练两年未开展 (第三方面第四个问题): the by-number items stop at 第三方面第三个问题 and nothing else touches it."),
    F("vague-measure", 8, "（六） 第三方面第一个问题 (支委会记录后补): “切实增强…进一步规范…坚决杜绝…不断提高…” — slogans only."),
    F("no-deadline", 9, "（七） 4 检测员 without a 上岗证: the bracket gives 责任人 only; every other item has a 完成时限."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任谯明哲 heads the 领导小组 as 第一责任人, 4 meetings, led the field re-checks."),
    F("late-report", None, "Feedback 2025-06-10, report 2025-09-02: 84 days."),
    F("no-disclosure", None, "县水利局门户网站."),
    F("inconsistent-claim", None, "No totals or all-done claim."),
    F("unanswered-issue", 2, "（一） 针对第一方面第一、二个问题, with #1."),
    F("unanswered-issue", 6, "（四） 针对第二方面第二、三个问题 二是."),
    F("unanswered-issue", 10, "（八） 针对第三方面第三个问题 — the by-number citation, not the item's position, tells which problem it is."),
    F("no-accountability", 4, "2 检测员 批评教育, the reviewer 书面检查."),
    F("no-accountability", 5, "原业务室主任 书面检查."),
    F("no-accountability", 7, "0.21万 repaid, 办公室主任 诫勉谈话."),
    F("no-mechanism", 5, "《委托检测收费管理办法》, in 四、."),
    F("no-mechanism", 6, "《试剂耗材采购管理规定》, in 四、."),
    F("no-owner", 9, "责任人：副主任阮溪亭 (the gap there is the time limit)."),
    F("no-deadline", 8, "2025年7月31日 (the gap there is the slogan text)."),
    F("copied-measure", 3, "“改变超标结果层层审签后再报送的做法” echoes the problem, then sets 2小时 / 24小时 limits and a re-test."),
], links=[
    L("9处未检测的农村供水工程已全部补检", 1), L("补齐5项常规指标的检测能力", 2),
    L("超标结果2小时内电话报告主管部门", 3),
    L("8份代签的检测报告已重新审核签发", 4), L("制定《检测报告审核签发制度》", 4),
    L("即日起收费一律按标准执行，不再打折", 5), L("制定《委托检测收费管理办法》", 5),
    L("实行询价、采购、验收三岗分离", 6), L("制定《试剂耗材采购管理规定》", 6),
    L("对审批同意用车的办公室主任进行诫勉谈话", 7), L("修订《公务用车管理规定》", 7),
    L("进一步规范“三会一课”制度", 8),
    L("组织4名未取得上岗证的检测员参加省水质检测上岗培训和考核", 9),
    L("对危险化学品试剂全面盘点", 10), L("制定《危险化学品管理制度》", 10)])

# p09 莶河县公安局出入境管理大队党支部 (县公安局党委 internal round): HTML news page (GB18030) with the problems as an
# HTML <ol> of ten <li>; praise, 巡察组要求 and the 教导员's 表态 are not problems. Report (GB18030, CRLF): items named in
# OTHER WORDS, in another order (1,2,4,3,5,6,7,9,10,8), rules again in 三、建章立制情况 by paraphrase.
G["p09"] = dict(mode="pair", issues=10, unanswered=[], must_flag=[
    F("copied-measure", 7, "（七） is the feedback turned into promises: “切实摸清涉外人员底数，及时核查境外人员住宿登记，确保涉外人员管理到位”."),
    F("no-accountability", 5, "A named officer repeatedly dined at a travel agency's expense: the answer is a 廉洁承诺书 and 警示教育 for all; the officer is not dealt with, though the feedback said 对涉及民警违纪的问题要依规依纪处理."),
    F("inconsistent-claim", None, "“反馈的10个问题已全部整改完毕，32条整改措施全部落实到位”, while （六） puts the 公开比选 after the contract ends in 2025-06 and （八） says the 指纹绑定 改造 “正在实施，预计2025年4月完成”."),
    F("late-report", None, "Feedback 2024-10-22 with a 三个月 limit (2025-01-22); the report is dated 2025-02-18: 119 days."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、教导员庹世钧 heads the 领导小组 as 第一责任人, 6 支委会, 直接过问、直接督办 #2 and #4."),
    F("no-disclosure", None, "四、: 县公安局门户网站."),
    F("unanswered-issue", 3, "Answered as （四）“证件积压待发”, after #4."),
    F("unanswered-issue", 4, "Answered as （三）“审批核查缺位”."),
    F("unanswered-issue", 8, "Answered last, as （十）“组织生活质量不高”."),
    F("unanswered-issue", 9, "Answered as （八）“辅警越权操作” and again in 三、."),
    F("no-accountability", 4, "审批民警 诫勉谈话, 中队长 批评教育."),
    F("no-mechanism", 2, "《窗口预约号源管理规定》, in 三、."),
    F("no-mechanism", 9, "《辅警岗位职责和权限管理细则》, in 三、."),
    F("no-owner", 5, "责任人：教导员庹世钧 (the gap there is accountability)."),
    F("no-deadline", 6, "2025年6月30日."),
], links=[
    L("取消户籍地证明", 1),
    L("同一身份证号7日内只能预约1次", 2), L("一是制定《窗口预约号源管理规定》", 2),
    L("11本积压证件已全部发出", 3),
    L("对审批民警进行诫勉谈话", 4), L("二是制定《出入境证件审批核查工作规范》", 4),
    L("组织全体民警签订廉洁承诺书", 5),
    L("收费已降至周边平均水平", 6),
    L("切实摸清涉外人员底数", 7),
    L("推行民警学习积分制", 8),
    L("已收回辅警使用的民警数字证书", 9), L("三是制定《辅警岗位职责和权限管理细则》", 9),
    L("对2023年以来的4812份申请材料逐份整理", 10), L("四是修订《业务档案管理办法》", 10)])

# p10 薁岭县劳动能力鉴定中心党支部 (县人社局党组 round): DOCX 反馈意见 whose ten problems carry Word AUTOMATIC numbering
# (numbers not in the text) under three bold area headings; the 整改要求 (a second list) are not problems. Report: the
# unit's OWN AREAS “在…上下功夫” (#1 #2 #3 | #4 #6 | #5 #7 #9 | #8), the 警示教育 paragraph of #9 pasted under #8, a general
# 三、举一反三 risk check that answers nothing in particular; #10 (档案) is not answered.
G["p10"] = dict(mode="pair", issues=10, unanswered=[10], must_flag=[
    F("unanswered-issue", 10, "鉴定档案 9 of 50 missing pages, 2023 not bound: no area takes it; the 举一反三 risk check is general."),
    F("repeated-measure", 8, "（四） (支部学习教育走过场) is answered only by the 警示教育 paragraph of （三）三是 (每月开展一次以案促改警示教育…筑牢拒腐防变思想防线), pasted after a lead-in naming the study problem."),
    F("no-mechanism", 6, "鉴定费减免: the 12 cases are re-checked and 补办审批手续, but no approval rule is made, though the feedback said 中心至今没有鉴定费减免审批办法 and the 整改要求 asked to 补齐制度短板."),
    F("no-disclosure", None, "Nothing is published or to be published, though the 整改要求 said 整改情况按规定公开."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任仇晚舟 heads the 领导小组 as 第一责任人, 4 支委会, sat in on 2 assessments, 直接督办 #5 and #7."),
    F("late-report", None, "Feedback 2025-02-18, report 2025-05-12: 83 days."),
    F("inconsistent-claim", None, "26 measures = 24 done + 2 standing; no problem counts claimed."),
    F("unanswered-issue", 3, "（一）三是, in the report's own area."),
    F("unanswered-issue", 6, "（二）二是, beside #4 (the gap there is the missing rule)."),
    F("unanswered-issue", 9, "（三）三是 (警示教育 and a 廉政风险案例汇编)."),
    F("unanswered-issue", 8, "Answered, if only by the pasted paragraph."),
    F("no-accountability", 5, "1.2万 recovered, 2 experts struck off, the clerk 批评教育."),
    F("no-accountability", 7, "诫勉谈话 and 调离鉴定业务岗位 for the officer."),
    F("no-mechanism", 2, "《鉴定专家库动态管理办法》."),
    F("no-mechanism", 7, "插手干预鉴定事项登记报告制度."),
    F("no-owner", 6, "责任人：办公室主任祁晓岚 (the gap there is the rule)."),
    F("no-deadline", 6, "2025年4月15日."),
    F("vague-measure", 9, "The paragraph ends on a slogan (筑牢拒腐防变思想防线) but holds monthly 警示教育, films, talks and a 廉政风险案例汇编 for every worker and expert."),
], links=[
    L("63件超期案件已全部作出鉴定结论", 1),
    L("5名已退休或调离的专家已移出专家库", 2), L("制定《鉴定专家库动态管理办法》", 2),
    L("每场现场鉴定至少3名专家到场", 3),
    L("申请材料清单统一为7项", 4),
    L("重复领取的劳务费1.2万元已全部追回", 5), L("取消2名专家的鉴定专家资格", 5),
    L("补办了审批手续", 6),
    L("该工作人员被给予诫勉谈话并调离鉴定业务岗位", 7), L("涉及的鉴定案件已重新抽取专家复核鉴定", 7),
    L("针对支部学习教育走过场的问题", 8),
    L("编印鉴定领域廉政风险案例汇编", 9)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
