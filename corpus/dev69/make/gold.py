"""Write p01..p10/gold.json (dev-pairs gold format) for dev69. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev44/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蓂原县草原工作站党支部: formal 反馈意见, areas （一）…方面 + continuous 1．–7．; 二、整改意见 （一）–（四） not problems.
# Report BY STAGE: （一）立行立改 / （二）限期整改 / （三）长期坚持, each with its own 1．2．…; problems scattered over stages,
# never named. Problem 7 (党员发展) is in no stage.
G["p01"] = dict(mode="pair", issues=7, unanswered=[7], must_flag=[
    F("unanswered-issue", 7, "党员队伍建设滞后 (no member recruited in 5 years, no 积极分子 among 9 young staff, 2 members at remote stations unmanaged): no stage holds anything on 发展党员, 积极分子 or the remote members; the 长期坚持 Party item is about 三会一课 only (problem 6)."),
    F("no-accountability", 3, "2.3万 paid for pesticide with no stock record and 1.1万 labour fees signed by staff: the report only asks the shop for delivery notes, rebuilds a ledger and gets the workers to countersign; nothing is verified or recovered and nobody is dealt with, though 整改意见（三） asks 依规依纪处理到人 and the report sanctions people for problems 1, 4 and 6."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、站长郗远山 heads the 领导小组 as 第一责任人, 4 推进会, 3 site visits; deputies own their areas."),
    F("late-report", None, "Feedback 2024-08-20, report 2024-11-15: 87 days, inside three months (2024-11-20)."),
    F("no-disclosure", None, "站务公开栏 and the 县农业农村局 website, with a 监督电话."),
    F("inconsistent-claim", None, "28 = 11 + 12 + 5; 限期 10 done + 2 in progress and exactly two 限期 items say 正在推进; 6.4万 = 5.6 + 0.8; 警告1, 诫勉1, 批评4 (2 + 组织委员 + 综合股负责人); 4 new + 3 revised rules all named."),
    F("no-accountability", 1, "5.6万 recovered; 2 staff who stamped without checking 批评教育."),
    F("no-accountability", 4, "0.8万 refunded by participants; 站长 书面检查, 诫勉谈话, 批评教育, a 党内警告 for the private use of the car."),
    F("no-mechanism", 5, "《物资出入库管理办法》 and 《差旅费报销审批规定》."),
    F("no-mechanism", 4, "修订《草原监测用车管理规定》 under 长期坚持."),
    F("no-mechanism", 1, "修订《草原生态保护补助奖励资金管理办法》 under 长期坚持."),
    F("no-deadline", 2, "限期 item: the last 400 亩 by 2025-04-30; 补测补记 by end of May 2025."),
    F("no-deadline", 6, "党费 made up at once (立行立改) and 三会一课 under 长期坚持 — a standing task, legitimately without an end date."),
    F("no-owner", 3, "厍青禾 is 责任领导 for the 立行立改 item (the gap there is accountability)."),
    F("vague-measure", 6, "The 长期坚持 item opens with 严格落实“三会一课”制度 but then gives a revised rule, a yearly plan, monthly committee meetings, twice-yearly Party lectures and monthly record checks; the 党费 was made up at once."),
], links=[
    L("5.6万元禁牧补助已于9月底前全部追回", 1), L("对全县4个牧业乡镇禁牧区开展全覆盖实地核查", 1),
    L("修订《草原生态保护补助奖励资金管理办法》", 1),
    L("今年秋播完成800亩", 2), L("逐地块补测补记播种量和出苗率", 2), L("制定《人工种草地块管护责任制实施办法》", 2),
    L("补建药剂使用台账", 3),
    L("钥匙由办公室集中保管", 4), L("游览景区的费用0.8万元，已由参加人员个人全部退回", 4), L("修订《草原监测用车管理规定》", 4),
    L("将2架无人机和6台GPS定位仪登记入固定资产账", 5), L("制定《物资出入库管理办法》和《差旅费报销审批规定》", 5),
    L("3名党员按正确基数补缴党费共计1260元", 6), L("支部委员会每月召开1次", 6)])

# p02 蘅阳县社会组织服务中心党支部: 组长's 反馈会 speech, 第一，…第六，; 一要…三要 and the 三个月内 sentence are not problems.
# Report BY THE UNIT'S DEPARTMENTS (综合科 / 登记服务科 / 项目管理科 / 党建指导科): 综合科 holds problems 4, 5, 6 in one
# section; problems named nowhere.
G["p02"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("weak-leadership", None, "The work is 按照科室职能…分解到各科室，由各科室负责人牵头整改，综合科负责汇总: no 领导小组, no 第一责任人, the 主任/书记 never named nor shown deploying, asking or supervising, although 一要 asked the secretary to 当好第一责任人，亲自部署、亲自过问、亲自督办. The only leadership act is 每月听取一次…汇报."),
    F("late-report", None, "Feedback 2025-03-18 with a 三个月内 limit (2025-06-18); the report is dated 2025-07-09: 113 days."),
], must_not_flag=[
    F("no-disclosure", None, "“整改情况已在县民政局门户网站公开”, with a 监督电话."),
    F("inconsistent-claim", None, "24 = 21 + 3, and the 3 open items are named with dates in 五、下一步; 4 rules issued (资产和收入, 工作人员 revised, 孵化基地, 评审回避) and “4项制度” in 下一步; 编外 rule is declared unfinished."),
    F("no-accountability", 2, "3.2万 recovered after the 补做 evaluation; the spouse's colleague 诫勉谈话 and moved off the post."),
    F("no-accountability", 4, "0.9万 returned; 分管副主任 书面检查 + 诫勉谈话; 经办人 批评教育."),
    F("no-accountability", 5, "2.4万 booked; 出纳 批评教育."),
    F("no-accountability", 6, "1.32万 paid back; the 2 staff 批评教育 and made to give up the posts."),
    F("no-mechanism", 1, "《孵化基地入驻和退出管理办法》."),
    F("no-mechanism", 2, "《政府购买服务项目评审回避规定》."),
    F("no-mechanism", 5, "《中心资产和收入管理办法》 with 三家比价."),
    F("no-mechanism", 6, "修订《中心工作人员管理规定》 (兼职 approval); 《编外人员管理办法》 under way."),
    F("no-deadline", 1, "The 9 remaining 僵尸型 organisations: 2025年8月底前."),
    F("no-deadline", 3, "The 3 organisations still without a Party body: 2025年底前."),
    F("unanswered-issue", 4, "Answered inside 综合科's section (0.9万 returned, 诫勉) although no heading names it."),
], links=[
    L("连续两年没有开展活动的6家已全部清退出基地", 1), L("向县民政局提出分类处置意见", 1),
    L("委托第三方机构补做绩效评估", 2), L("对评审中未回避的职工进行了诫勉谈话", 2),
    L("已有5家单独建立党支部", 3), L("停止由中心工作人员代填社会组织“三会一课”记录的做法", 3),
    L("收取的0.9万元已全部退还各入驻机构", 4),
    L("场地出租收入2.4万元已于4月全部缴入中心账户", 5), L("办公设备采购5000元以上须三家比价", 5),
    L("对全部编外人员实行人脸识别打卡考勤", 6), L("已责令其辞去兼职", 6)])

# p03 藦川县知识产权保护中心党支部: 问题清单 (GB18030) 问题1：…问题7： + 具体表现：; 整改要求 一、–五、 not problems.
# Report under the unit's OWN THREE THEMES; each paragraph ends with a TAG naming the problem in mixed styles:
# 【对应问题1】, （问题三）, （问题二）, 【对应问题5】, 【对应问题4】, （问题六）, （对应清单第7项）.
G["p03"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("copied-measure", 3, "The （问题三） paragraph turns the feedback back into promises (做好来访接待记录，杜绝工作站全年无接待记录的现象；适时开展企业海外知识产权维权需求调查，对企业涉外纠纷求助及时跟进): not one station visited, no survey done, the 2 cases not followed."),
    F("no-mechanism", 2, "The 资助 answer recovers money and 诫勉 the clerk but leaves the one-signature 审核表 as it was: no 复核/审批 step, no rule, although 整改要求 三 names 资助审核 and every other money or process item gets a rule."),
    F("no-disclosure", None, "整改要求 四 asks to publish the rectification inside the unit and to service users; the report never does. 补充履行公示程序 (cadre 任前公示) is not disclosure of the rectification."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任虢清源 heads the 领导小组 as 第一责任人, 5 支部会议, one 班子成员 per problem."),
    F("late-report", None, "Feedback 2024-12-05, report 2025-02-27: 84 days."),
    F("inconsistent-claim", None, "26 = 24 + 2, the 2 open ones (1.6万 追缴, 维权援助) named in 下一步; 17.4万 = 12.6 + 3.6 + 1.2; 警告1, 诫勉1, 批评2; 3 new + 2 revised = 5 rules."),
    F("copied-measure", 1, "Opens with the problem's words (针对快速预审服务质量不高的问题) and then acts: 2 more reviewers, tracking, 3.2 days, 8 removed."),
    F("no-accountability", 2, "12.6万 recovered, 1.6万 being sued for; the clerk 诫勉谈话."),
    F("no-accountability", 5, "Money returned; 时任副主任 党内警告, 财务人员 批评教育."),
    F("no-mechanism", 5, "《加班审批和补助发放办法》."),
    F("no-mechanism", 4, "《意识形态工作责任清单》 and 《微信公众号信息发布审核办法》."),
    F("no-mechanism", 7, "修订《中层干部选拔任用工作规程》."),
    F("no-owner", 3, "牵头领导：訾明诚 (the gap there is the copied measure)."),
    F("no-deadline", 2, "The 1.6万 still owed: 2025年6月底前 in 下一步."),
], links=[
    L("实行“一案一码”全流程跟踪和超期自动提醒", 1), L("8家已注销企业移出备案名单", 1),
    L("已追回12.6万元", 2),
    L("督促各工作站做好来访接待记录", 3),
    L("制定《微信公众号信息发布审核办法》", 4),
    L("已由领取人员全部退回", 5),
    L("重新召开2023年度组织生活会", 6),
    L("补充履行公示程序", 7), L("与3名编外人员全部签订劳动合同", 7)])

# p04 蘼江县防汛抗旱服务中心党支部: formal 反馈意见 一、…六、 heading。detail; the 整改意见 一是…四是 are not problems.
# Report: FIVE COLLOQUIAL / METAPHOR HEADINGS in another order (5, 1, 4, 2, 6); problem 3 (抗旱服务队) silently left out.
G["p04"] = dict(mode="pair", issues=6, unanswered=[3], must_flag=[
    F("unanswered-issue", 3, "抗旱服务队 (5 idle pumps, 3 call-outs, 2 unanswered requests, unposted fees): none of the five “件事” touches it; the report says it grouped the problems into 五件事, hiding the gap. 抗旱 appears only inside slogans."),
    F("vague-measure", 6, "“让党旗在防汛一线‘飘起来’” is slogans only (进一步强化…切实增强…推动…深度融合…努力把支部建设成为…): nothing on the empty 先锋岗, the reading-only study or the 2 overdue 预备党员."),
    F("inconsistent-claim", None, "“反馈的各项问题已全部整改到位，22项整改任务全部完成” while item 四 says 4 stations are still manual until 10月底前 replacement and the 运维尾款 is withheld until records are complete, and one problem is not answered at all — the feedback had warned 不能把正在推进的事项写成已经完成."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任燕南屏 heads the 领导小组 as 第一责任人, 5 调度会, 2 site checks."),
    F("late-report", None, "Feedback 2025-05-12, report 2025-08-06: 86 days."),
    F("no-disclosure", None, "中心公示栏 and the 县水利局 website."),
    F("no-accountability", 1, "保管员 pays 0.9万 and gets a 党内警告."),
    F("no-accountability", 4, "分管副主任 诫勉谈话 and 检查; 3.4万 核减."),
    F("no-accountability", 5, "1.7万 recovered; 办公室主任 诫勉, 4 staff 批评教育."),
    F("no-mechanism", 1, "《防汛物资储备管理办法》."),
    F("no-mechanism", 2, "《监测预警系统运维验收办法》."),
    F("no-mechanism", 4, "《工程项目管理办法》."),
    F("no-mechanism", 5, "修订《汛期值班管理办法》."),
    F("no-deadline", 2, "The 4 stations left: 预计10月底前更换到位."),
    F("no-owner", 6, "责任领导：主任燕南屏 (the gap there is the slogan answer)."),
], links=[
    L("值班餐一律由食堂按标准供应", 5), L("值班补助1.7万元，已全部追回", 5),
    L("逐类逐件建立实物台账", 1), L("制定《防汛物资储备管理办法》", 1),
    L("委托第三方造价机构审核，核减费用3.4万元", 4), L("制定《工程项目管理办法》", 4),
    L("已修复5个", 2), L("制定《监测预警系统运维验收办法》", 2),
    L("进一步强化党员先锋模范作用", 6)])

# p05 蔾山县广电网络有限公司党支部 (state firm): formal 反馈意见 （一）–（七） heading。detail; 巡察组建议 not problems.
# Report (UTF-16 LE BOM): own four parts with items 1．–7．; item 1 answers （二） and （四） together in ONE paragraph;
# （三） is SPLIT into item 2 (票据), item 4 (欠费) and the late part 五 (月度稽核). GOOD REPORT.
G["p05"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长宗怀瑾 heads the 领导小组 as 第一责任人, 6 meetings, 当面督办."),
    F("late-report", None, "Feedback 2024-09-10, report 2024-12-02: 83 days."),
    F("no-disclosure", None, "公司内部公示栏 for staff and the 县国资服务中心 website."),
    F("inconsistent-claim", None, "27 = 25 + 2, the 2 open items (7 villages, 欠费) dated and named in 下一步; 退赔 1.5万 = 0.9 + 0.6; 警告1, 诫勉3, 批评5; 6 new + 3 revised rules all named."),
    F("unanswered-issue", 3, "Split: 票据 in item 2, 欠费 in item 4, 月度稽核 in part 五."),
    F("unanswered-issue", 4, "Answered inside the merged item 1 (专项审计, 250 台 traced, 《物资采购管理办法》)."),
    F("repeated-measure", 2, "Item 1 is one answer announced as covering two problems, with parts specific to each — not a pasted paragraph."),
    F("repeated-measure", 4, "Same merged item 1."),
    F("no-accountability", 2, "总经理 诫勉谈话."),
    F("no-accountability", 4, "分管副总 诫勉; 保管员 pays 0.9万 and 批评教育."),
    F("no-accountability", 5, "Driver 党内警告 + 批评教育; 0.6万 退赔; 综合部负责人 诫勉."),
    F("no-accountability", 7, "人力资源部负责人 批评教育; 1 acting head removed."),
    F("no-mechanism", 2, "修订《党支部前置研究讨论重大经营管理事项清单》 with 双签."),
    F("no-mechanism", 3, "《收费票据管理办法》 and 《政企用户欠费清收管理办法》."),
    F("no-mechanism", 4, "《物资采购管理办法》 and 《仓库管理制度》."),
    F("no-mechanism", 7, "《员工公开招聘管理办法》."),
    F("no-deadline", 1, "7 villages by 2024-12-31."),
    F("no-deadline", 3, "欠费 by 2025-03-31."),
    F("no-owner", 3, "雷一鸣 and 温砚秋 for the two halves."),
    F("vague-measure", 6, "Opens with a slogan (坚持以高质量党建引领企业高质量发展，切实推动…深度融合) but then acts: plan rewritten, 3 责任区, 5 示范岗, a 突击队 that installed 31 villages' terminals."),
], links=[
    L("修订《党支部前置研究讨论重大经营管理事项清单》", 2), L("对光缆改造项目补充履行党支部研究程序", 2),
    L("由财务部委托审计机构进行专项审计", 4), L("对仓库差额250台机顶盒逐台追查", 4),
    L("对46本未登记的手工收据逐本清理", 3), L("成立欠费清收专班", 3), L("统一纳入财务部月度稽核", 3),
    L("已完成安装31个", 1), L("生产用车全部安装定位系统", 5), L("设立3个党员责任区和5个党员示范岗", 6),
    L("按程序进行民主推荐和考察", 7)])

# p06 芪城县老区建设促进会党支部: 组长's speech, inline 一是…六是 over two 从…看 paragraphs; 一要…三要 not problems.
# Report (UTF-8 CRLF): preface + a TAB-SEPARATED table exported from the ledger (序号, 反馈问题 in the ledger's own short
# words, 整改措施, 责任人, 完成时限, 整改成效); 7 rows for 6 problems (problem 1 split over rows 1–2).
G["p06"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("repeated-measure", 3, "Row 4 (红色资源) answers only with a boilerplate paragraph (组织党员干部认真学习巡察反馈意见…逐项对账销号，确保问题整改到位、取得实效) that is pasted again in row 7 after a different opening clause; no archive, no proposal sent."),
    F("repeated-measure", 6, "Row 7 (支部委员缺额, 离退休党员关系) repeats row 4's paragraph word for word: no 补选, no transfer of the 5 members' relations."),
    F("no-owner", 5, "Row 6's 责任人 is “会领导班子” — a body, not a person, for the 吃请 and the 会长's car; every other row names one person."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、常务副会长邰明远 heads the 领导小组 as 第一责任人, 3 meetings, 督促 every half month."),
    F("late-report", None, "Feedback 2025-04-29, report 2025-07-28: 90 days, the day before the three-month limit (2025-07-29)."),
    F("no-disclosure", None, "The report and ledger are on the office 公示栏 and the association's 公众号 (the 村务公开栏 in row 3 is about 助学金 lists, a false friend)."),
    F("unanswered-issue", 3, "Answered, weakly: row 4 (the gap is the pasted paragraph)."),
    F("unanswered-issue", 6, "Answered, weakly: row 7."),
    F("no-owner", 1, "Rows 1–2 name 冼怀德 and 笪秋实."),
    F("no-deadline", 5, "Row 6 has 2025年5月31日 (the gap there is the owner)."),
    F("no-accountability", 4, "2.6万 back in the special account; 秘书长 书面检查, 会计 批评教育."),
    F("no-mechanism", 1, "《老区帮扶项目资金管理办法》 with a change-approval clause."),
    F("no-mechanism", 2, "《老区助学金评审发放办法》."),
    F("no-mechanism", 4, "修订《机关财务报销管理制度》."),
], links=[
    L("对2023年未验收即拨付资金的3个项目逐个组织现场验收", 1), L("补办变更报批手续", 1),
    L("4名已不符合条件学生领取的0.8万元已全部追回", 2),
    L("针对红色资源普查成果运用不够的问题", 3),
    L("2.6万元已从促进会机关经费中归还帮扶专项资金账户", 4),
    L("会长改用符合标准的车辆", 5),
    L("针对党支部建设弱化的问题", 6)])

# p07 蘩台县机动车检测有限公司党支部 (state firm): DOCX 反馈意见, bold （一）–（六） heading paragraphs + detail; 整改意见
# 一是…四是 not problems. Report: main text under three “强化” themes (（一） holds problems 1 and 4, （二） holds 2, 3, 5)
# + 附件：整改台账 that repeats every answer in other words, with fields on separate lines.
G["p07"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "Main text: “反馈的6个问题已全部整改完成，21项整改措施全部落实到位” and 尾气抽排装置 “已…维修更换”; the annex: item 4 正在推进 (new unit ordered, due May 2025) and item 2 部分完成 (短款 still under check)."),
    F("no-deadline", 2, "The 0.6万 shortfall, open since May 2024: main text “已组织专门力量开展核查”, annex 完成时限 “视核查进展确定” — no date, while every other item has one."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、总经理卞承钧 heads the 领导小组 as 第一责任人, 4 meetings; a full-time 副书记 added."),
    F("late-report", None, "Feedback 2025-01-14, report 2025-04-09: 85 days."),
    F("no-disclosure", None, "“整改情况已在公司业务大厅公示栏公开” (the posted fee list is a false friend)."),
    F("repeated-measure", 1, "The annex repeats the main text's measures for the same problem in other words — a ledger of the same answer, not a paragraph pasted under unrelated problems."),
    F("repeated-measure", 5, "Same: main text and annex row 5 both return the 购物卡, for the same problem."),
    F("unanswered-issue", 4, "Answered in the main text's first theme (尾气, 消防器材) and annex row 4."),
    F("no-accountability", 1, "The 引车员 dismissed; 2 inspectors 批评教育."),
    F("no-accountability", 5, "分管副总经理 检查 + 诫勉谈话; cards returned."),
    F("no-mechanism", 3, "修订 the 前置研究 list; 《设备采购验收管理办法》."),
    F("no-mechanism", 5, "《公务接待管理办法》."),
    F("no-deadline", 4, "Annex: 2025年5月31日 (in progress but dated)."),
    F("no-owner", 2, "责任人：蒯志衡 (the gap there is the date)."),
], links=[
    L("逐份调取录像复核", 1), L("收“辛苦费”的引车员解除劳动合同", 1),
    L("在业务大厅显著位置公示检验收费标准和投诉电话", 2), L("推行扫码支付，现金日清日结、双人复核", 2),
    L("新增检测线设备采购事项已由党支部补充进行前置研究", 3), L("制定《设备采购验收管理办法》", 3),
    L("已对尾气抽排装置进行维修更换", 4), L("新装置已订购", 4),
    L("春节前收取的4家企业购物卡0.4万元已折价退还", 5), L("购物卡0.4万元折价退还4家企业", 5),
    L("固定每月第一个周五为主题党日", 6), L("配备专职党支部副书记", 6)])

# p08 菪溪县职业技能鉴定中心党支部: 反馈意见, areas （一）（二）（三）…方面 with RESTARTING 1．2．(3．) (2+3+2 = 7);
# 二、整改意见 （一）–（五） (“要…”) are not problems. Report (GB18030): ORGANISED BY THE FIVE 整改意见, each section
# opening with “巡察组要求我们…”; problems never named; the accountability for problem 2 sits under requirement 五.
G["p08"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("copied-measure", 4, "The whole answer on the 2.1万 “复习资料费” is the 整改意见's own words turned back (坚决停止无依据收费，对违规收取的费用坚决清退，进一步规范收费行为，严格执行收费政策): no refund to candidates, no sum, no person."),
    F("no-accountability", 3, "The 考评员 who examined his relative's exam room: the report builds a 考评员库 and a 回避办法 but never deals with that examiner nor re-checks that room's results; section 五 sanctions only the 补贴 people, though 整改意见（五） asks for it."),
    F("late-report", None, "Feedback 2024-10-22 with a 三个月内 limit (2025-01-22); the report is dated 2025-02-10: 111 days."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任冼伯衡 heads the 领导小组 as 第一责任人, chairs the plan and 4 meetings (told under requirement 五)."),
    F("no-disclosure", None, "中心门户网站 and 考点公告栏, with a 监督电话."),
    F("inconsistent-claim", None, "23 = 20 + 3, the 3 open items named; 0.6万 recovered for 7 persons; 诫勉1 + 批评2."),
    F("copied-measure", 1, "Section 一 opens by restating the requirement (巡察组要求我们深化评价制度改革) and then acts: 42 firms, 10 new filings, 2 occupations, 186 candidates."),
    F("copied-measure", 3, "Section 二 opens with the requirement and then acts (86-person pool, random draw, 《考评员管理和回避办法》); its gap is accountability."),
    F("no-accountability", 2, "0.6万 recovered, 7 certificates cancelled; 考务科科长 诫勉, 2 invigilators 批评教育 (under section 五)."),
    F("no-mechanism", 2, "修订《补贴性职业技能鉴定考务规程》 (人脸识别, double check)."),
    F("no-mechanism", 3, "《考评员管理和回避办法》 (the gap there is accountability)."),
    F("no-mechanism", 5, "修订《中心财务管理办法》 and a 公务卡强制结算目录."),
    F("no-deadline", 1, "The last 2 filings: 2025年6月底前."),
    F("no-deadline", 7, "The last 中层 post: 2025年3月底前."),
    F("no-owner", 1, "改革推进专班 led by the 主任."),
], links=[
    L("逐家走访县内规模以上企业42家", 1), L("组织开展了养老护理员、电子商务师2个职业的技能评价", 1),
    L("确认其中7人未实际参加考试", 2), L("对补贴审核把关不严的考务科科长进行诫勉谈话", 2),
    L("建立了86人的考评员库", 3),
    L("中心坚决停止无依据收费", 4),
    L("考评员劳务费从2024年11月起一律通过银行代发", 5),
    L("严禁事后补记", 6),
    L("选派8名职工参加省职业技能鉴定指导中心组织的业务培训", 7)])

# p09 蒟阳县兽药饲料监察所党支部: 巡察“回头看” 反馈意见 — 一、上轮问题整改不到位 1．–3． and 二、新问题 4．–7．
# (continuous); the 5 settled old problems are expressly not fed back; 三、整改要求 not problems. Report BY THE FOUR “再”
# (再认领 / 再整改 / 再建制 / 再监督): each problem's measures are spread over two to three sections, named nowhere.
G["p09"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("vague-measure", 4, "再整改 四是 on 饲料抽检 (74 of 120 batches, 3 failed batches not followed) is slogans only — 进一步加大…力度，切实提高…完成率，加强…跟踪处置，确保…落到实处: no batch added, no follow-up of the 3 batches, and nothing in the other three sections."),
    F("no-mechanism", 6, "The 21万 single-supplier purchase: contract signed afterwards, price compared, 经办人 诫勉 — but 再建制 lists four rules for problems 1, 2, 3, 5 and none on purchasing, though 整改要求 三 names 健全采购…内部控制制度."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、所长仇立夫 heads the re-formed 领导小组 as 第一责任人, 3 meetings, and makes a 书面检查 to the 局党组."),
    F("late-report", None, "Feedback 2025-06-17, report 2025-09-11: 86 days."),
    F("no-disclosure", None, "县农业农村局 website, 监督电话."),
    F("inconsistent-claim", None, "24 = 22 + 2, the 2 open ones named with a date."),
    F("no-mechanism", 1, "修订《兽药经营监督检查工作制度》."),
    F("no-mechanism", 2, "《行政执法案卷评查办法》."),
    F("no-mechanism", 3, "执行细则 for the existing 《抽检样品管理制度》 and a monthly check — the problem was a rule not applied."),
    F("no-mechanism", 5, "修订《执法车辆使用管理规定》."),
    F("no-accountability", 2, "3 执法人员 批评教育."),
    F("no-accountability", 5, "办公室主任 诫勉谈话."),
    F("no-accountability", 6, "经办人 诫勉谈话 (the gap there is the rule)."),
    F("unanswered-issue", 7, "Answered in 再认领 (monthly 必议事项, weekly ledger, quarterly rule checks) and 再监督 (书面检查)."),
], links=[
    L("建立64家门店的监管名录", 1), L("修订《兽药经营监督检查工作制度》", 1),
    L("逐卷评查", 2), L("制定《行政执法案卷评查办法》", 2), L("对案卷不规范问题负有直接责任的3名执法人员进行批评教育", 2),
    L("对样品室积存的过期样品进行集中无害化销毁", 3), L("补充执行细则", 3),
    L("进一步加大饲料质量抽检力度", 4),
    L("停止接送职工上下班", 5), L("修订《执法车辆使用管理规定》", 5),
    L("补签采购合同", 6), L("对检测试剂采购未比价、未签合同的经办人进行诫勉谈话", 6),
    L("把巡察整改列为支部委员会每月必议事项", 7), L("所党支部书记仇立夫向县农业农村局党组作出书面检查", 7)])

# p10 薁源县村镇建设服务中心党支部: 反馈意见 with 1．–7． heading lines + detail lines; 整改意见 一是…四是 not problems.
# Report: DOCX whose headings (一、 / （一）) and list items (1．) use Word AUTOMATIC NUMBERING — the numbers are not in
# the text; topic headings hold several problems (危房改造和农房建设监管 = 1, 2, 4; 作风纪律 = 5, 6).
G["p10"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-deadline", 3, "52万 unspent and 2 works stopped: the plan “待批复后抓紧组织实施，力争早日…”, the works “争取尽快复工…适时组织验收”, and 下一步 “持续推进” — no date for the one problem still open, while the feedback asked to 明确时限."),
    F("no-accountability", 5, "Two staff took the builders' dinners: the answer is 警示教育, a film and a 廉洁承诺书 for everyone; the two are not named, talked to or sanctioned, though 整改意见 二是 asks 对有关人员依规依纪处理."),
    F("no-disclosure", None, "整改意见 四是 asks to publish the rectification; the report never says it was or will be published."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任禚青崖 heads the 领导小组 as 第一责任人, 4 meetings, 3 site visits."),
    F("late-report", None, "Feedback 2024-07-09, report 2024-09-30: 83 days."),
    F("inconsistent-claim", None, "25 = 23 + 2, the 2 open ones (资金, 复工) named; 0.7万; 批评3 = 财务人员 + 2; 5 rules named."),
    F("unanswered-issue", 4, "Answered as the fourth item under the 危房改造和农房建设监管 heading (37 户 photos, electronic archive)."),
    F("unanswered-issue", 2, "Answered under the same merged heading (5 patrol areas, the cracked house tested)."),
    F("no-accountability", 6, "0.7万 returned; 财务人员 and 2 staff 批评教育."),
    F("no-mechanism", 1, "《农村危房改造鉴定审核工作规程》."),
    F("no-mechanism", 2, "在建农房质量安全巡查制度."),
    F("no-mechanism", 4, "修订《危房改造档案管理办法》."),
    F("no-mechanism", 6, "修订《差旅费管理办法》."),
    F("no-mechanism", 7, "《党支部谈心谈话制度》 and a 风险防控手册."),
    F("no-owner", 3, "责任领导：副主任晏清和 (the gap there is the date)."),
], links=[
    L("对2023年全部危房改造户开展逐户复核", 1), L("制定《农村危房改造鉴定审核工作规程》", 1),
    L("按乡镇划分5个巡查片区", 2), L("已委托检测机构进行检测", 2),
    L("拟用于3处古民居屋面修缮和村内消防设施建设", 3), L("正在积极协调施工单位和产权人", 3),
    L("37户缺失照片的档案已由乡镇补拍补齐", 4), L("电子档案系统", 4),
    L("组织全体职工开展警示教育", 5),
    L("已由相关人员全部退回", 6), L("修订《差旅费管理办法》", 6),
    L("排查出风险点32个", 7), L("已与3名班子成员和6名科室负责人逐一开展谈心谈话", 7)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
