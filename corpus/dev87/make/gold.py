"""Write p01..p10/gold.json (dev-pairs gold format) for dev87. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev44/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 葧勒图嘎查党支部 (牧区嘎查, village round by the 旗委 group): 反馈意见 with 二、巡察发现的主要问题 and six paragraphs
# 一是…六是; 总体评价 and 三、整改意见 （一）–（四） are not problems. Report (GB18030): the 嘎查 secretary's first-person
# report, （一）–（六） own headings in the order 1,3,4,2,5,6, each ending in a （责任人；完成时限） bracket.
G["p01"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-accountability", 3, "The 报账员 took 2950元 from 41 herding households as 资料费/服务费 and kept it off the books; the report has the money refunded and a no-fee rule written, but nobody is dealt with or reported to the 苏木纪委, although 整改意见（二） asks to 查清事实，对相关人员依规依纪作出处理. The other money items (#1, #4) do name a 书面检查 / 提醒谈话."),
    F("vague-measure", 5, "（五） on party life is slogans only (深刻反思…严格落实“三会一课”制度，进一步增强…切实加强对流动党员的教育管理): nothing on the back-filled records, the two 党课 a year or the 7 流动党员."),
    F("no-deadline", 2, "（四）'s bracket gives 完成时限：视协商进展确定 for a contract still being negotiated; every other item has a date or 长期坚持 beside a date."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary writes as 第一责任人, chaired the 支部委员会 and the 党员大会, heads the 整改工作小组; the 苏木 包联 leader checked the ledger three times."),
    F("late-report", None, "Feedback 2025-05-27, report 2025-08-14: 79 days, inside three months."),
    F("no-disclosure", None, "三、: reported item by item to the 牧民代表会议 on 8-12 and posted in full on the 嘎务公开栏 on 8-13."),
    F("inconsistent-claim", None, "19 measures = 16 done + 3 in progress, and the three are named (新分户 补奖, 草场新合同, 发展党员) and shown as open in their items."),
    F("no-accountability", 1, "1.36万 recovered; the 嘎查委员 who did the checks made a 书面检查."),
    F("no-accountability", 4, "0.84万 returned; the 苏木党委 held a 提醒谈话 with the 嘎查达 who signed the payments."),
    F("no-accountability", 6, "An ageing membership and no reserve cadres: nobody did wrong."),
    F("no-mechanism", 3, "《葧勒图嘎查便民代办服务规定》 (the gap there is accountability)."),
    F("no-mechanism", 4, "修订《嘎查财务收支审批和报账办法》 and 苏木 代理记账."),
    F("no-mechanism", 2, "修订《嘎查集体资产资源发包管理办法》 (the gap there is the time limit)."),
    F("no-owner", 5, "“责任人：我本人” — the secretary who signs the report."),
    F("no-deadline", 6, "2025年12月31日，此后长期坚持."),
    F("vague-measure", 6, "Concrete: 2 入党积极分子, 1 发展对象 trained, 3 returned young people as reserve cadres with duty rotations."),
], links=[
    L("2户迁居牧户两年多领的1.36万元已全部追回", 1), L("对草场发包重新履行“四议两公开”程序", 2),
    L("已督促其将2950元全部退还41户牧户", 3), L("6笔白条支出中已有5笔补齐正规票据", 4),
    L("今后，我们将严格落实“三会一课”制度", 5), L("确定2名35岁以下的养殖大户为入党积极分子", 6)])

# p02 蓂桥社区党委 (撤村建居 community, community round by the 区委 group): HTML news page of the 区纪委监委 website,
# problems inline 一是…七是 in one paragraph after 主要表现在：; the 要求 paragraph and 表态 are not problems.
# Report (UTF-8, CRLF): （一）–（六）关于…的问题 with 一是… and a （责任人；完成时限） line; problem 6 skipped, so heading
# （六） answers problem 7.
G["p02"] = dict(mode="pair", issues=7, unanswered=[6], must_flag=[
    F("unanswered-issue", 6, "在职党员“双报到”流于形式 and no 网格党小组: no heading or sentence answers it; heading （六） is the 八项规定 problem 7."),
    F("no-owner", 4, "（四）'s bracket names “责任人：社区两委” — a body, not a person; every other item names one person."),
    F("late-report", None, "Feedback 2025-03-19 with a 三个月内 limit (2025-06-19); the report is dated 2025-07-08: 111 days."),
], must_not_flag=[
    F("unanswered-issue", 7, "Answered under the sixth heading （六）关于落实中央八项规定精神不严格的问题: positionally wrong, content right."),
    F("weak-leadership", None, "社区党委书记庹月明 heads the 领导小组 as 第一责任人; the 街道 包联 leader supervises monthly."),
    F("no-disclosure", None, "“整改情况同步在社区公示栏和“蓂桥e家”居民微信群公开”."),
    F("inconsistent-claim", None, "17 measures listed = 14 done + 3 named in progress (4 股权, 欠租, 业委会), each shown open in its item."),
    F("no-accountability", 3, "党内严重警告 and removal of the 社区党委副书记; the two purchase contracts cancelled."),
    F("no-accountability", 7, "0.6万 returned; 诫勉谈话 for the secretary, 批评教育 for the 报账员."),
    F("no-mechanism", 2, "《蓂桥社区股份经济合作社资产租赁管理办法》."),
    F("no-mechanism", 7, "修订《社区经费支出管理规定》."),
    F("no-owner", 1, "社区党委书记庹月明."),
    F("no-deadline", 4, "2025年10月31日 (the gap there is the owner)."),
    F("no-deadline", 1, "2025年9月30日 for the four pending 股权 cases."),
], links=[
    L("已确认19名回迁居民的股权", 1), L("全部在区农村产权交易平台公开招租", 2), L("已解除认购合同", 3),
    L("成立业主委员会筹备组", 4), L("6月恢复老年人助餐点", 5), L("0.6万元购物卡费用已由领取人员全部退回社区账户", 7)])

# p03 蕗坞村党总支 (乡村旅游重点村, 县委提级巡察): formal 反馈意见, areas （一）（二）（三）…方面 with continuous 1．–8．;
# 二、整改意见 一是…四是 are not problems. Report: DOCX covering report + Word-table 整改台账 (序号｜反馈问题｜整改措施｜
# 责任人｜完成时限｜完成情况), one row per problem.
G["p03"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[
    F("repeated-measure", 6, "Row 6 (村务公开, 民主理财) is answered only by a boilerplate paragraph (村党总支召开专题会议…确保问题整改到位、取得实效) pasted again as row 8's whole measure."),
    F("repeated-measure", 8, "Row 8 (私建的民间信仰场所) repeats row 6's paragraph word for word after a different first clause."),
    F("no-mechanism", 4, "Split tenders to dodge the 镇 review and a relative building one section: the row audits, re-inspects and admonishes the 村委会主任 but makes no rule for village projects, although 整改意见 三 asks for rules on 村级项目、资金、资产管理 and rows 3 and 5 each make one."),
    F("inconsistent-claim", None, "The covering text says “8个问题已全部整改到位，整改台账已全部销号” while row 1's 分红方案 waits for the year-end members' meeting and row 2's operation is 正在推进 with a time limit of 2025-03-31 — the feedback warned 不能以“已全部整改”代替逐项整改."),
], must_not_flag=[
    F("weak-leadership", None, "镇党委书记荀昭明 deployed the work at the village; 党总支书记訾鸿远 heads the 领导小组 as 第一责任人."),
    F("late-report", None, "Feedback 2024-09-24, report 2024-12-16: 83 days."),
    F("no-disclosure", None, "整改方案和整改进展 in the 村务公开栏 and reported to the 村民代表会议."),
    F("no-accountability", 3, "党内警告 for the 村委委员 who took the fees into his own account; 5.4万 in the books."),
    F("no-accountability", 4, "诫勉谈话 for the 村委会主任; 3.7万 cut after audit."),
    F("no-accountability", 5, "1.5万 refunded; 提醒谈话 for the 党总支书记."),
    F("no-mechanism", 3, "《蕗坞村集体经营性收入管理办法》."),
    F("no-mechanism", 5, "《蕗坞村公务接待管理规定》."),
    F("no-owner", 6, "村监委会主任邬秋禾 (the gap there is the pasted measure)."),
    F("no-deadline", 2, "2025年3月31日."),
    F("repeated-measure", 2, "Row 2's measures are its own (资产登记, 招商)."),
    F("unanswered-issue", 8, "Row 8 exists; boilerplate still counts as an answer (it earns the repeated-measure)."),
], links=[
    L("约定村集体每年保底收益8万元", 1), L("将游客服务中心86万元资产登记进入村集体资产台账", 2),
    L("停车场一律使用村集体对公收款码收费", 3), L("委托镇审计所对游步道3个标段进行结算审计", 4),
    L("对2.3万元餐费逐笔核查", 5), L("针对村务公开和民主理财流于形式的问题", 6),
    L("由6名经营民宿的党员牵头成立“民宿互助联盟”", 7), L("针对意识形态阵地管理存在漏洞的问题", 8)])

# p04 荇湾新村党支部 (水库移民村, 县委提级巡察): the 组长's 反馈会 speech (GB18030, CRLF), problems 第一，…第六，;
# praise, the 一要…三要 requirements and the 三个月内 sentence are not problems. Report: 关于“…”的问题 with 整改措施/
# 责任人/整改时限/整改成效 fields. GOOD REPORT.
G["p04"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记亓鸣川 heads the 领导小组 as 第一责任人 (直接部署、直接过问、直接督办); the 乡党委 包村 leader came 5 times."),
    F("late-report", None, "Feedback 2025-04-16, report 2025-07-09: 84 days."),
    F("no-disclosure", None, "村民代表会议 on 7-04, the 村务公开栏 and the 乡政府 website, with a 监督电话."),
    F("inconsistent-claim", None, "20 measures = 18 done + 2 named standing ones (乡党委 weekly checks, quarterly 积分 posting); 2.36万 = 0.36万 + 2万; 警告1 (原村会计), 诫勉1 (时任主任), 提醒1 (信息员); 6 rules, all named."),
    F("no-accountability", 3, "0.36万 recovered; 提醒谈话 for the 移民信息员."),
    F("no-accountability", 5, "2万 recovered; 党内警告 for the former 会计, 诫勉谈话 for the 主任 who approved the loan."),
    F("no-accountability", 1, "Idle greenhouses: a management shortfall, nobody did wrong."),
    F("no-accountability", 6, "Unclear division of work and a formal 积分 system: nobody did wrong."),
    F("no-mechanism", 1, "《荇湾新村移民后扶项目资产管护办法》."),
    F("no-mechanism", 2, "《荇湾新村光伏电站收益分配使用管理办法》."),
    F("no-mechanism", 3, "《移民人口信息动态核对制度》 with monthly checks."),
    F("no-mechanism", 4, "《荇湾新村村干部坐班值班和考勤办法》."),
    F("no-mechanism", 5, "修订《荇湾新村村级财务管理细则》."),
    F("no-deadline", 4, "2025年5月31日，第4项长期坚持."),
    F("no-deadline", 6, "2025年6月30日，第4项长期坚持."),
    F("no-owner", 1, "村委会主任段远舟."),
    F("vague-measure", 6, "Concrete: 5 委员 分工 posted, 积分 tied to 评先, 轮训."),
    F("repeated-measure", 4, "Items 4 and 6 share only the phrase 此项长期坚持; their measures differ."),
], links=[
    L("通过乡农村产权交易站公开招租", 1), L("制定《荇湾新村光伏电站收益分配使用管理办法》", 2), L("0.36万元已全部追回", 3),
    L("推行“坐班+预约+代办”服务", 4), L("借给原村会计的2万元已于5月12日全部收回村集体账户", 5), L("重新明确5名委员分工", 6)])

# p05 县实验小学教育集团党委 (专项巡察 on 校园食品安全和膳食经费): DOCX 反馈意见 with bold （一）–（七） heading
# paragraphs + detail; 二、整改意见 一是…四是 are not problems. Report (UTF-16 LE BOM): by number “针对反馈问题第（N）项”,
# （二）+（六） merged and announced.
G["p05"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("copied-measure", 3, "三、 restates the problem as a promise (针对食材采购程序不规范的问题，我们将严格规范食材采购程序，杜绝长期沿用供应商…): no open selection held, nothing on the 2 suppliers without papers."),
    F("no-accountability", 5, "3.9万 of pupils' meal money spent on staff dinners and guests: the report moves the same sum back from the school's 公用经费 and changes an account code — nobody who ate pays, nobody is dealt with, although 整改意见 二是 demands 对相关责任人员依规依纪严肃处理."),
    F("weak-leadership", None, "“集团党委召开会议进行了研究…由后勤管理中心具体负责整改工作，各校区按照职责分工抓好落实”: no 领导小组, no 第一责任人, the 党委书记 never appears, though 整改意见 一是 asked for both and problem （一） is itself about 主体责任."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-05-13, report 2025-08-08: 87 days."),
    F("no-disclosure", None, "“整改情况已于8月6日在学校公众号公开”, plus the 家长会."),
    F("inconsistent-claim", None, "5 done + 2 named in progress (（二） surplus use, （四） 自营 from 9-01), matching the items."),
    F("repeated-measure", 2, "One merged answer for （二） and （六）, announced (“我们合并进行整改”), with parts specific to each."),
    F("repeated-measure", 6, "Same merged answer."),
    F("no-accountability", 4, "县教育局党组 诫勉谈话 for the deputy head in charge of 后勤; the 6.2万 moved to pupils' meals."),
    F("no-mechanism", 2, "《集团膳食经费管理办法》."),
    F("no-mechanism", 6, "《食堂收支公示制度》 and a parents' 膳食监督小组."),
    F("no-mechanism", 7, "“日管控、周排查、月调度”工作制度."),
    F("no-owner", 3, "后勤管理中心主任晏青禾 (the gap there is the copied measure)."),
    F("no-deadline", 4, "2025年9月1日."),
    F("copied-measure", 7, "Opens by restating the problem (针对食品安全日常管理存在漏洞的问题) and then acts: new 留样柜, 3 staff off duty, the store re-zoned."),
    F("vague-measure", 1, "Concrete: a 党委 meeting on 6-05, a daily 陪餐 rota with records and 11 issues fixed."),
], links=[
    L("每天由1名校级领导陪餐", 1), L("膳食经费从6月起设立专账核算", 2), L("2024学年结余的18.4万元制定使用计划", 2),
    L("每个校区由家长委员会推选3名家长组成膳食监督小组", 6), L("制定《食堂收支公示制度》", 6),
    L("我们将严格规范食材采购程序", 3), L("9月1日起西校区食堂收归学校自营", 4),
    L("从学校公用经费中调回膳食经费账户", 5), L("3名健康证过期的从业人员已立即停岗", 7)])

# p06 县直管公房管理所党支部 (专项巡察 on 国有房产): 问题清单 函 (GB18030) 问题1：…问题7： + 具体表现：; the covering
# lines of the 函 are not problems. Report: short preamble + ｜-row 整改台账 as text (6 fields), 7 rows.
G["p06"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-owner", 2, "Row 2's 责任人 is “所领导班子” — the whole team, nobody in particular; every other row names one person."),
    F("no-deadline", 6, "Row 6's 整改时限 is “视协商情况确定” for three households still in place; every other row has a date."),
    F("no-disclosure", None, "The 函 asks to 按规定向社会公开整改情况; the report never publishes anything (公开招租 on the trading platform in row 2 is letting property, not disclosure of the rectification)."),
], must_not_flag=[
    F("weak-leadership", None, "所长、党支部书记雷芷衡 heads the 领导小组 as 第一责任人, 5 meetings, 3 site checks."),
    F("late-report", None, "Feedback 2024-10-22, report 2025-01-17: 87 days."),
    F("inconsistent-claim", None, "4 done + 3 in progress (问题2、3、6) matches the 完成情况 column; 28.7万 and 2.3万 match rows 3 and 5; 警告1 (邰某), 诫勉1 (副所长), 批评1 (收租员); 4 rules named."),
    F("no-accountability", 4, "党内警告 for 邰某, 批评教育 for the rent collector, the 7 rooms taken back."),
    F("no-accountability", 5, "诫勉谈话 for the deputy head in charge of repairs; 2.3万 cut."),
    F("no-mechanism", 2, "《直管公房营业用房出租管理办法》 (the gap there is the owner)."),
    F("no-mechanism", 4, "A quarterly inspection rule with termination on sublet."),
    F("no-mechanism", 5, "《直管公房维修工程管理办法》."),
    F("no-owner", 6, "副所长郝静川 (the gap there is the time limit)."),
    F("no-deadline", 2, "2025年6月30日 (the gap there is the owner)."),
    F("no-deadline", 3, "2025年6月30日, 持续推进."),
], links=[
    L("37套去向不明的公房已全部查清", 1), L("首批12间已公开招租成交", 2), L("已追缴欠缴租金28.7万元", 3),
    L("收回被私自转租的7间营业用房", 4), L("委托第三方对2023年42万元维修费进行审计", 5),
    L("对5户已购商品房的住户下达清退通知书", 6), L("查找风险点12个", 7)])

# p07 蘋河船闸管理所党支部 (机动巡察): 反馈意见 (UTF-8, CRLF) with 一、… 1．–5． heading。detail; 二、整改要求 一要…三要
# are not problems. Report: public HTML 整改进展情况的通报 (GBK-declared, GB18030 bytes) on the 县交通运输局 site, （一）–（五）
# 关于…的问题 with 一是… and a （责任人；完成时限） bracket.
G["p07"] = dict(mode="pair", issues=5, unanswered=[], must_flag=[
    F("vague-measure", 4, "（四） is slogans only (牢固树立以船员为中心的服务理念，进一步转变工作作风，切实增强服务意识…): the locked 船员服务站, the dead complaint line and the 12 unanswered 12345 complaints get nothing."),
    F("no-mechanism", 2, "Cash fees held for weeks and fee waivers granted orally: the answer checks the cash, scolds the cashier and back-registers 26 waivers, but sets no rule for waivers or cash, although 整改要求 三 names 收费、减免 among the rules to make and （一）（三） each make one."),
], must_not_flag=[
    F("weak-leadership", None, "所长、党支部书记言和璋 heads the 领导小组 as 第一责任人, 4 meetings, 3 night checks."),
    F("late-report", None, "Feedback 2025-06-24, 通报 2025-09-10: 78 days."),
    F("no-disclosure", None, "A public 通报 (主动公开) with a comment period, phone and address."),
    F("inconsistent-claim", None, "14 measures = 12 done + 2 named in progress (小程序, 监控升级); 批评教育3 (调度班长, 收费员, 值班人员) and 书面检查2; 2 rules named."),
    F("no-accountability", 1, "调度班长 moved off the post and 批评教育; 2 调度员 书面检查."),
    F("no-accountability", 2, "The cashier 批评教育; the money proved complete."),
    F("no-accountability", 3, "The absent night-duty worker loses the month's bonus and is 批评教育."),
    F("no-mechanism", 1, "修订《蘋河船闸船舶过闸调度规则》 with approval and public reasons for any priority."),
    F("no-mechanism", 3, "《闸区值班和巡查管理制度》."),
    F("no-owner", 4, "所长言和璋 (the gap there is the slogan measure)."),
    F("no-deadline", 4, "2025年8月31日 (the gap there is the slogan measure)."),
    F("no-deadline", 3, "2025年11月30日 for the monitoring upgrade still open."),
], links=[
    L("修订《蘋河船闸船舶过闸调度规则》", 1), L("3.1万元现金收费已全部缴存入账", 2), L("损坏的3路监控摄像头已于7月初全部修复", 3),
    L("牢固树立以船员为中心的服务理念", 4), L("补选支部委员1名", 5)])

# p08 蔻岭矿区社区党委 (former mining-area community, community round 回头看): 反馈意见 in two parts — 一、上轮… settled
# old problems named in quotes (not problems) then unsettled old 1．–3．; 二、新问题 1．–3． (restarting) — 3 + 3 = 6;
# 三、整改要求 （一）–（四） are not problems. Report (GB18030, CRLF): organisation, old part 1．2．, new part 1．–3．.
G["p08"] = dict(mode="pair", issues=6, unanswered=[3], must_flag=[
    F("unanswered-issue", 3, "The old rent arrears of 1.8万 for the activity room and its use without a contract: the old part answers 1． and 2． only; nothing anywhere mentions the room or the money."),
    F("no-accountability", 4, "2.16万 of grid-worker pay for two people who never worked, one a staff member's relative: the report stops the pay, recovers it and adds attendance checks, but nobody is dealt with, although 整改要求（二） demands 追回资金、查清责任、严肃处理."),
    F("no-disclosure", None, "整改要求（四） asks to post the rectification on the 社区公示栏; the report never does (the 帮扶对象名单 posted on the 公示栏 and the internal posting of grid workers' attendance are not disclosure of the rectification)."),
], must_not_flag=[
    F("weak-leadership", None, "社区党委书记翟沐阳 heads the 领导小组 as 第一责任人 and led the self-examination; the 街道 deputy secretary checks every fortnight."),
    F("late-report", None, "Feedback 2025-02-26, report 2025-05-22: 85 days."),
    F("inconsistent-claim", None, "No tally is claimed; the two open tasks named in 下一步 (挂空 transfers, 危房 households) are the ones shown open in their items."),
    F("no-accountability", 2, "0.24万 returned; the 民政专干 批评教育."),
    F("no-accountability", 1, "Unmanaged courtyards left from the mine handover: a legacy management gap, nobody did wrong."),
    F("no-mechanism", 1, "《矿区楼院管理办法》 with monthly checks."),
    F("no-mechanism", 2, "A quarterly data-matching mechanism for the 帮扶台账."),
    F("no-mechanism", 6, "A housing safety monitoring ledger, monthly and denser in the rainy season."),
    F("no-deadline", 6, "2025年6月30日 for the last two households."),
    F("no-deadline", 5, "2025年8月31日."),
    F("no-owner", 5, "社区党委书记翟沐阳."),
], links=[
    L("5个楼院由街道引入的国有物业企业托底进驻", 1), L("对6户情况变化的家庭重新核定帮扶等级", 2),
    L("立即停发2名未在岗人员的网格员补贴", 4), L("按楼院分布设立6个党小组", 5), L("建立房屋安全监测台账", 6)])

# p09 苈阳县交通建设工程质量监督站 (回头看): the 组长's speech, 从…看 paragraphs with inline 一是…二是 (2 unsettled old
# problems) and 一是…四是 (4 new) — 2 + 4 = 6; the settled old problems named with 比如, and 一要…三要, are not problems.
# Report: the 站长's first-person 主要负责人组织落实整改情况的报告, own order 3,5,4,1,2,6, (牵头领导；完成时限) brackets.
G["p09"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("copied-measure", 4, "（三） restates the problem as a promise (针对…“只下单不销号”的问题，我们将严格落实…做到下单必复查、整改必销号，坚决杜绝“只下单不销号”的现象): none of the 14 notices is re-checked."),
    F("no-deadline", 1, "（四）, an old problem already reported as done once, ends with 争取逐步实现…全覆盖 and its bracket has only the 牵头领导 — no time limit, though the speech asked 什么时候改完; every other item has a date."),
    F("late-report", None, "Feedback 2024-11-12 with a 三个月内 limit (2025-02-12); the report is dated 2025-03-03: 111 days."),
], must_not_flag=[
    F("weak-leadership", None, "The 站长 writes as 第一责任人 and 党支部书记, heads the 领导小组, hears progress fortnightly, 4 site checks."),
    F("no-disclosure", None, "“与本报告同时在县交通运输局网站公开”."),
    F("inconsistent-claim", None, "“6个问题中已完成整改2个，其余4个正在按计划推进”: the two marked 已完成 are （一） and （二）; the rest are open."),
    F("no-accountability", 3, "党内警告 for both 监督员 by the 派驻纪检监察组, moved off the post, 0.68万 repaid."),
    F("no-accountability", 5, "4600元 repaid; 批评教育 for the office head."),
    F("no-mechanism", 2, "《质量监督档案管理规定》 and an electronic archive."),
    F("no-mechanism", 5, "修订《站公务用车使用管理办法》."),
    F("no-mechanism", 3, "《质量监督人员廉洁从业“十不准”》."),
    F("no-owner", 1, "副站长庞书韵 leads it (the gap there is the time limit)."),
    F("no-deadline", 6, "2025年10月31日."),
    F("no-deadline", 4, "2025年4月30日 (the gap there is the copied measure)."),
], links=[
    L("已交工的5个项目委托检测机构进行补充检测", 1), L("电子监督档案系统已于2025年1月上线运行", 2),
    L("加油费0.68万元已全部退缴", 3), L("做到下单必复查、整改必销号", 4), L("2辆监督检查用车实行“一车一卡”", 5),
    L("拟招聘交通工程专业技术人员2名", 6)])

# p10 县城市渣土管理所党支部 (机动巡察): HTML news page of the 县纪委监委 site, all problems in one sentence after
# 巡察组指出, joined by ；, ending …等问题 (5); the 要求 paragraph is not problems. Report: DOCX with bold （一）–（五）关于…
# headings and 整改措施：/责任领导：…完成时限：/整改进展： paragraphs.
G["p10"] = dict(mode="pair", issues=5, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "“反馈的5个问题已全部整改到位，15项整改措施全部落实” while （一）'s 新消纳场选址论证正在进行 (time limit 2025-12-31) and （三）'s remaining 24.8万 is 正在…追缴."),
    F("no-accountability", 2, "准运证 given to unqualified trucks and a staff member's relatives' firm favoured: the report cancels 14 permits and rewrites the procedure, but nobody who granted them is dealt with, though the feedback asked 查清责任、严肃处理 for 优亲厚友."),
], must_not_flag=[
    F("weak-leadership", None, "所长、党支部书记宓南山 heads the 领导小组 as 第一责任人 and chairs a weekly meeting."),
    F("late-report", None, "Feedback 2025-07-15, report 2025-10-09: 86 days."),
    F("no-disclosure", None, "“本报告同时在县城市管理局网站公开”."),
    F("no-mechanism", 2, "修订《渣土运输核准工作规程》 with separation of duties and 回避 (the gap there is accountability)."),
    F("no-mechanism", 3, "《建筑垃圾处置费征收管理办法》."),
    F("no-mechanism", 4, "《渣土运输违规行为行政处罚裁量基准》."),
    F("no-accountability", 5, "1.12万 returned; the office head 批评教育."),
    F("no-deadline", 1, "2025年12月31日."),
    F("no-owner", 1, "所长宓南山."),
], links=[
    L("对城郊23处偷倒乱倒点全部清理", 1), L("撤销不具备资质车辆的准运证14张", 2), L("已追缴46.5万元，对拒不缴纳的3家企业", 3),
    L("制定《渣土运输违规行为行政处罚裁量基准》", 4), L("多发的1.12万元已由领取人员全部退回", 5)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
