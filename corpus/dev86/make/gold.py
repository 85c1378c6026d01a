"""Write p01..p10/gold.json (dev-pairs gold format) for dev86. The gold is hand-judged; this file only keeps it in one
place. Modelled on dev44's make/gold.py. Debatable points ("may report") are not gold: they are in each pair's notes.md,
because the dev-pairs format has no key for them. Due date: three months from the feedback (DOMAIN.md; every feedback
in this set says 3个月内 / 三个月内). Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蘋湾村党支部 (a fishing village; the county's 村（社区）巡察 round): short plain 反馈意见, 一、主要问题 （一）–（五）
# heading。detail; 二、整改意见 1．–3． are not problems. Report: the branch's 村务公开栏 公示 (GB18030), 一、…五、关于…的问题
# with 整改情况：/责任人：/完成时间： lines, 公示期 and 监督电话.
G["p01"] = dict(issues=5, unanswered=[], must_flag=[
    F("no-accountability", 1, "2 scrapped boats drew 1.12万 of fuel subsidy, one owned by 村委委员鲍某's brother, and the feedback says 村两委对此知情不报; the report recovers the money and writes a 流程 but says nothing about 鲍某 or whoever let it through, though 整改意见 3 asks for 依规依纪作出处理."),
    F("no-deadline", 5, "Item 五 has 责任人 but no 完成时间 line at all, while the four others each have one; the extinguishers are 正在分批更换 and the 出海登记 part is only 将进一步加强."),
], must_not_flag=[
    F("weak-leadership", None, "支部书记蒯长根 heads the 整改工作小组 and is named 第一责任人; the 支部委员会 and 党员大会 studied it; for a village branch that is the lead the feedback asks for."),
    F("no-disclosure", None, "The report IS a 村务公开栏 公示 with a 公示期 (2024-08-01 to 08-07) and two 监督电话."),
    F("late-report", None, "Feedback 2024-05-14, 公示 2024-08-01: 79 days, inside three months."),
    F("inconsistent-claim", None, "“已完成整改3个，正在推进2个” matches the items: 一、三、四 已完成, 二 正在推进, 五 正在分批更换."),
    F("no-accountability", 4, "Unpaid Party dues: paid up and the 3 members 批评教育 — a light but fitting answer."),
    F("no-accountability", 3, "A notice board left un-updated is a work failing, not misconduct; nobody needs to be held to account."),
    F("no-mechanism", 1, "《蘋湾村惠渔补贴申报审核公示流程》 (实地核查, 集体审核, 公示7天)."),
    F("no-mechanism", 3, "A standing rule: 报账员 keeps the board, updates 每季度第一个月10日前, major matters at once."),
    F("no-deadline", 2, "Dates in an unusual shape: 欠缴租金 by 2024-09-30, 冷库公开竞价 by 2024-12-31, in one 完成时间 line."),
    F("no-owner", 3, "Owner is 村报账员钮佩兰 — a clerk, but a named person."),
    F("no-owner", 5, "村委委员邵春旺 owns item 五 (the gap there is the time limit)."),
], links=[
    L("已追回2艘报废渔船多领的油价补贴1.12万元", 1), L("欠缴的晾晒场租金已收回1.1万元", 2),
    L("补公开2023年第四季度以来的财务收支", 3), L("重新制定支部年度组织生活计划", 4),
    L("渔港码头过期的灭火器正在分批更换", 5)])

# p02 荇洲社区党委 (a 村改居 community; the county's 村（社区）巡察 round): feedback is an HTML news page of the county
# 纪委监委 website, problems inline 一是…六是 in one paragraph; 要求/强调/表示 paragraphs are not problems.
# Report (UTF-16 LE): 一、开展情况 + 二、（一）–（五）关于…的问题 with 一是… and a bracket; problem 4 (惠民资金) skipped, so
# heading （四） answers problem 5 and （五） answers problem 6.
G["p02"] = dict(issues=6, unanswered=[4], must_flag=[
    F("unanswered-issue", 4, "6.8万 of 惠民资金 spent on festival gifts for the community's own staff: no heading, sentence or figure of the report answers it."),
    F("vague-measure", 5, "Heading （四） (网格员 records written up afterwards) is slogans only — 高度重视, 进一步压实…责任, 切实加强…教育管理, 不断提高…质量, 提质增效 — with 长期坚持 as its time: nothing on the 补写 records or any check."),
    F("no-disclosure", None, "The feedback asks for 按规定向社区居民公开; the report is addressed to 巡察办 and 街道 only and never publishes the rectification (the 分红明细 on the 公示栏 in （二） is the fund's dividend list, not the rectification)."),
], must_not_flag=[
    F("unanswered-issue", 5, "Answered under heading （四）关于网格化服务管理流于形式的问题 — position 4, content problem 5."),
    F("unanswered-issue", 6, "Answered under heading （五）关于党员教育管理不严格的问题."),
    F("weak-leadership", None, "党委书记瞿素芬 heads the 领导小组, 第一责任人, 5 党委会, 4 site visits."),
    F("late-report", None, "Feedback 2024-09-10, report 2024-12-02: 83 days."),
    F("inconsistent-claim", None, "No all-done claim; 54 of 118 certificates and 19 of 32 payments are reported as partial, with a 2025-06-30 limit."),
    F("no-accountability", 3, "苏某 诫勉谈话 by the 街道纪工委, 2.1万 退缴."),
    F("no-mechanism", 2, "修订《荇洲股份经济合作社收益分配管理办法》."),
    F("vague-measure", 6, "Concrete acts: 活动室 taken back, lease ended, 0.3万 refunded, a 积分台账, 43 members."),
    F("no-deadline", 1, "完成时限：2025年6月30日 — later than the report, but a date."),
    F("no-owner", 2, "社区党委副书记聂承泽."),
], links=[
    L("逐户梳理118户未办证回迁户情况", 1), L("对2023年度分红方案补充履行表决程序", 2),
    L("兼职期间领取的报酬2.1万元已全部退缴", 3), L("进一步压实网格员工作责任", 5), L("收回被出租的党员活动室", 6)])

# p03 藨岭村党总支 (a rich suburban village; the county's 提级巡察): DOCX 反馈意见 with bold （一）–（七） heading paragraphs
# + detail paragraphs; 二、整改意见 一是…三是 not problems. Report: DOCX covering text + Word-table 整改台账 (序号/反馈问题/
# 整改措施/责任人/完成时限/完成情况), one row per problem.
G["p03"] = dict(issues=7, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "The covering text says “反馈的7个问题已全部整改完成”, but row 2 says 19.3万 of rent is still being sued for (完成情况 正在推进) and row 3's 结算审计正在进行."),
    F("no-owner", 6, "Row 6's 责任人 is “村两委” — the whole committee; every other row names one person."),
    F("copied-measure", 7, "Row 7 restates the problem as a promise (针对上轮审计发现问题整改不到位的问题…确保审计指出的问题整改到位): nothing on 集体资金存放 or the 固定资产账实不符 the feedback names."),
], must_not_flag=[
    F("weak-leadership", None, "党总支书记、村委会主任戚明岳 heads the 领导小组, 第一责任人, 4 推进会, weekly checks, 亲自督办."),
    F("late-report", None, "Feedback 2025-01-08, report 2025-03-28: 79 days."),
    F("no-disclosure", None, "“整改情况已在村务公开栏和“藨岭村务”微信群公开”."),
    F("no-accountability", 5, "岑国林 党内警告, contract with his brother-in-law ended."),
    F("no-accountability", 3, "镇党委 约谈 the secretary and 责令…书面检查 — sanction in other words."),
    F("no-accountability", 4, "1.7万 退赔, 加油卡 1.2万 清退, the 报账员 批评教育."),
    F("no-mechanism", 2, "《藨岭村集体资产出租管理办法》 with 公开招租 through the 产权交易平台."),
    F("no-mechanism", 4, "《村级接待管理办法》 and 《村级非生产性开支负面清单》."),
    F("no-deadline", 2, "2025年6月30日 — after the report date, but a date."),
    F("no-owner", 3, "戚明岳 is both the one 约谈 and the owner; still a named person."),
], links=[
    L("对2023年以来未经党员大会审议的3项重大事项", 1), L("已收回拖欠租金28.3万元", 2),
    L("委托第三方对村道改造工程进行结算审计", 3), L("为村干部购买的加油卡1.2万元已全部收回清退", 4),
    L("给予村委会副主任岑国林党内警告处分", 5), L("对存在问题的党员发展材料进行核查", 6), L("确保审计指出的问题整改到位", 7)])

# p04 县帮扶产业园管理服务中心党支部 (the county's 专项巡察 on 衔接资金): feedback (UTF-8 CRLF) with three areas
# 一、在…方面 and RESTARTING 1．2． (2+2+2 = 6); the 整改意见 一是…三是 are not problems. Report: a public HTML
# 整改进展情况的通报 (GBK, charset=gbk) on the county government site, areas （一）–（三） → N．关于…的问题 → 整改情况： + bracket.
G["p04"] = dict(issues=6, unanswered=[], must_flag=[
    F("repeated-measure", 3, "（二）1．(46 items of equipment, 138万, not on the books) is answered only by a boilerplate paragraph (坚持把巡察整改作为一项重要政治任务…确保问题整改到位、取得实效) pasted again under （三）2．."),
    F("repeated-measure", 6, "（三）2．(2 firms idle half a year unnoticed) repeats （二）1．'s paragraph word for word after its own first clause."),
    F("no-accountability", 2, "21.5万 of 衔接资金 diverted to the office building and computers on a 负责人's signature: the money is put back and staff 学习…规定, but nobody is dealt with, though 整改意见 二是 asks 查清责任，依规依纪严肃处理."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任荀鸿远 heads the 领导小组, 第一责任人, 直接部署、直接过问、直接督办, 4 meetings, 5 site visits."),
    F("late-report", None, "Feedback 2024-11-12, 通报 2025-02-05: 85 days."),
    F("no-disclosure", None, "A public 通报 (主动公开, 面向社会) with a comment period, phone and address."),
    F("inconsistent-claim", None, "4 done + 2 in progress matches the six brackets; 21.5万, 9.6万, 3.5万 and the 3 rules all appear in the items."),
    F("no-accountability", 5, "分管副主任 书面检查, the reviewing clerk 批评教育, 3.5万 of awards cut."),
    F("no-mechanism", 1, "《衔接资金项目入库论证办法》."),
    F("no-mechanism", 4, "《帮扶项目资产收益分配管理办法》 (收益 by end of January)."),
    F("no-mechanism", 5, "《帮扶车间带农就业核查办法》 with quarterly checks."),
    F("no-deadline", 3, "2025年4月30日 in the bracket (the gap there is the pasted paragraph)."),
    F("no-owner", 6, "责任领导：郁晨光 (the gap there is the pasted paragraph)."),
], links=[
    L("引进县内菌菇加工企业签订3年代加工协议", 1), L("挪用的衔接资金21.5万元已于2024年11月28日", 2),
    L("针对项目资产底数不清的问题", 3), L("滞留的收益9.6万元已于2024年12月", 4),
    L("按实际在岗人数重新核定奖补资金", 5), L("针对对入驻企业监管缺位的问题", 6)])

# p05 蓍坪镇中心学校党总支 (a township central school with four village schools; the county's 专项巡察 on school canteens
# and the 营养改善计划): feedback (GB18030) 问题清单 问题1：…问题6： + 具体表现： + 整改要求： (the 整改要求 lines are not
# problems). Report: the common 关于“…”的问题 with 整改措施 1．2．3． and 责任领导/责任部门/整改时限/整改成效. GOOD REPORT.
G["p05"] = dict(issues=6, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党总支书记、校长殷泽民 heads the 领导小组, 第一责任人, 4 推进会, 6 visits to the village schools, 当面督办."),
    F("late-report", None, "Feedback 2025-03-11, report 2025-06-07: 88 days — close to, but inside, three months (2025-06-11)."),
    F("no-disclosure", None, "校务公开栏 and every class's 家长群, with a 监督电话."),
    F("inconsistent-claim", None, "“6个问题已全部完成整改” and every 整改成效 says 已完成; 18 measures = 6 × 3; 12.6万 = 9.8万 + 2.8万 (spent April–May); 诫勉1 (#1) + 批评教育3 (#2, #4, #6); 5 rules (4 new + 陪餐制度 revised)."),
    F("no-accountability", 1, "总务主任简立新 诫勉谈话 by the 县教育局党组."),
    F("no-accountability", 2, "食堂管理员 批评教育 after the 46 kg was traced; one supplier suspended."),
    F("no-accountability", 4, "分管副校长 批评教育 for the written-up 陪餐 records."),
    F("no-accountability", 3, "Unpublished accounts and an unspent surplus: a management failing, refunded and now published — nobody did wrong for gain."),
    F("no-mechanism", 1, "《营养改善计划资金管理办法》 and 专账核算."),
    F("no-mechanism", 3, "《学校食堂财务公示制度》 with 学期末结余清零."),
    F("no-mechanism", 6, "《村小食堂巡查制度》, monthly."),
    F("vague-measure", 3, "Opens with the slogan 坚持食堂账务阳光公开 but goes on to monthly publication by the 5th and the refund of 9.8万."),
    F("repeated-measure", 4, "Items （二）（四）（六） share the formulas “对…进行批评教育” and “制定/修订《…制度》”, but each names its own person, rule and acts — not a pasted measure."),
    F("repeated-measure", 6, "Same formula as （二）（四）, own content (12 visits, 食谱 on Mondays, 桤林村小学)."),
    F("no-owner", 5, "庹嘉禾 / 总务处."),
    F("no-deadline", 4, "2025年3月31日."),
], links=[
    L("全部归垫至营养改善计划资金专户", 1), L("实行食堂管理员、值周教师、家长代表“三人验收”签字", 2),
    L("9.8万元已按学生就餐天数退还", 3), L("邀请家长代表每周参与陪餐2次", 4), L("配置留样专用冰箱2台", 5),
    L("中心学校每月对4所村小食堂至少巡查1次", 6)])

# p06 县医疗保障事务中心党支部 (the county's 专项巡察 on medical-insurance funds): the 组长's 反馈会 speech, problems as
# 第一，…第六， paragraphs; praise, 究其原因 and 一要…三要 are not problems. Report (GB18030 CRLF): the 主任's first-person
# 主要负责人组织落实整改情况报告, his own four themes （一）–（四）, problems 4, 3, 2 as 一是…三是 under （一）, then 1, 5, 6.
G["p06"] = dict(issues=6, unanswered=[], must_flag=[
    F("copied-measure", 2, "（一）三是 restates 第二 as a promise (严格落实日常稽核工作要求，切实提高…稽核覆盖率，对大数据筛查疑点数据全面核查): no figure for coverage, nothing on the 952 unchecked 疑点, no person or method."),
    F("no-mechanism", 3, "An internal-control gap (shared accounts, one person auditing and paying): the report deletes 3 accounts and 已安排 two people, but makes no rule on accounts or 不相容岗位, though the speech's 三要 asks 针对内控漏洞…完善制度 and every other rule-worthy item gets one."),
], must_not_flag=[
    F("weak-leadership", None, "The 主任 writes as 第一责任人: chaired the 支部委员会 on the day, heads the 领导小组, 5 推进会, 4 site visits, 当面督办 2 times; he leads （二） and （四） himself."),
    F("late-report", None, "Feedback 2024-07-16, report 2024-10-09: 85 days."),
    F("no-disclosure", None, "Published in the 县医疗保障局门户网站 “信息公开” column and in the service hall."),
    F("inconsistent-claim", None, "“6个问题中已完成整改5个，基金稽核方面的问题正在推进” matches （一）三是's “目前正在推进”."),
    F("copied-measure", 1, "Opens by restating the problem (针对门诊慢特病认定把关不严的问题) but then acts: 1376 files re-checked, 9 stopped, 2.2万 recovered, a revised 规程."),
    F("no-accountability", 4, "6.7万 recovered; 经办人柳某 诫勉谈话, 稽核科科长 批评教育."),
    F("no-accountability", 5, "2 window staff 批评教育 and named at the staff meeting."),
    F("no-mechanism", 1, "修订《门诊慢特病待遇认定工作规程》 with two-step review."),
    F("no-mechanism", 4, "《医保基金违规支付追回工作规程》 (30 days)."),
    F("no-owner", 6, "牵头领导：本人 — the 主任 owns it."),
    F("no-deadline", 2, "2024年12月31日 (the gap there is the copied measure)."),
], links=[
    L("逐份复核", 1), L("切实提高对定点医药机构的稽核覆盖率", 2), L("注销3名调离人员账号", 3),
    L("已通过参保人户籍地医保部门协助全部追回", 4), L("取消医保关系转移接续中的3项纸质证明", 5),
    L("将基金监管纳入主题党日固定内容", 6)])

# p07 蘅溪自然资源所党支部 (a township natural-resources office; the county's 专项巡察 on 农村乱占耕地建房): feedback
# (UTF-16 LE) with 1．–6． heading lines + 具体表现： lines; 二、整改要求 一是…三是 not problems. Report: answers by number
# only “针对反馈意见第N项问题” (1–5); 第6项 is never answered.
G["p07"] = dict(issues=6, unanswered=[6], must_flag=[
    F("unanswered-issue", 6, "党支部建设薄弱 (3 主题党日, copied 三会一课 records, no 警示教育) has no answer: the report stops at 第5项 and its 下一步 is about land only."),
    F("no-deadline", 3, "（三）'s bracket has only 责任人：所长佘立言 and the text says 其余案件将根据当事人履行情况逐步推进 for 12 of 14 cases — no date; every other item has a 完成时限."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人: “所里召开所务会议进行了研究…按岗位职责分解到各业务岗，由综合岗负责收集整改材料…各岗位按照职责分工抓好落实”, though 整改要求 一是 asked for both; the 所长 appears only as owner of two items."),
], must_not_flag=[
    F("no-disclosure", None, "“整改情况已在县自然资源局门户网站和辖区各村村务公开栏公开”."),
    F("late-report", None, "Feedback 2025-04-22, report 2025-07-15: 84 days."),
    F("inconsistent-claim", None, "No overall claim; （一） says 31 of 52 done and 21 正在依法处置, consistent with its 2025-09-30 limit."),
    F("no-accountability", 4, "晏某 政务警告 by the 县纪委监委, moved off the post, the approval revoked."),
    F("no-mechanism", 2, "《蘅溪宅基地审批联审工作规程》 (three gates)."),
    F("no-mechanism", 5, "修订《耕地保护动态巡查制度》, written into post duties."),
    F("no-owner", 3, "所长佘立言 (the gap there is the time limit)."),
    F("no-deadline", 1, "2025年9月30日 — beyond the report date, but a date."),
], links=[
    L("对2020年以来的67个疑似图斑全部重新实地核查", 1), L("对2021年以来审批的全部宅基地逐宗复查", 2),
    L("已向县人民法院申请强制执行2起", 3), L("给予晏某政务警告处分", 4), L("每周巡查不少于2次", 5)])

# p08 薜水镇农村集体“三资”委托代理服务中心党支部 (a township agency keeping the villages' books; the county's
# 机动巡察 with a narrow remit): DOCX 函 + Word-table 问题清单 (序号｜问题类别｜问题表现｜整改要求), four rows = four
# problems. Report: a short preamble + a ｜-row 整改台账 as text.
G["p08"] = dict(issues=4, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "The preamble says “反馈的4个问题已全部整改到位”, while row 3's 完成情况 is “已完成6个村，其余3个村正在核对”."),
    F("no-owner", 3, "Row 3's 责任人 is “各村报账员” — many people in the villages, none named, for a task the centre itself was told to do; the other rows name 邝永年 or 储文漪."),
    F("late-report", None, "Feedback 2024-08-20 with a 3个月内 limit (2024-11-20); report dated 2024-12-18: 120 days."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任储文漪 heads the 领导小组, 第一责任人, 3 推进会, village-by-village checks, 廉政谈话 herself."),
    F("no-disclosure", None, "“整改情况已在14个村的村务公开栏公开” (the 函 asked exactly that)."),
    F("no-accountability", 4, "滕某: 移交镇纪委, 党内严重警告, 解除聘用."),
    F("no-mechanism", 1, "《村级会计代理记账审核规范》."),
    F("no-mechanism", 2, "《村级资金支付审批办法》 with the 双审."),
    F("no-mechanism", 4, "代管资金“一村一账户”, 会计员不得经手现金."),
    F("no-deadline", 3, "2024年11月30日 (the gaps there are the owner and the claim)."),
    F("no-owner", 4, "储文漪."),
], links=[
    L("对57张不合规票据逐笔清理", 1), L("对19笔未履行审批手续的大额支出逐笔补充审查", 2),
    L("组织对9个村的集体资产逐村清查", 3), L("镇纪委给予其党内严重警告处分", 4)])

# p09 蔲谷村党支部 (a tourist village; the county's 巡察“回头看”): feedback lists 5 settled old problems in quotes (not
# problems), then 3 unsettled old ones 1．–3． and 3 new ones 1．–3． (6 problems); 三、整改要求 （一）–（三） not problems.
# Report (UTF-8 CRLF): 一、上轮…再整改 1．–3． and 二、新发现问题 1．–3．, each 整改措施： + 责任人/完成时限 line.
G["p09"] = dict(issues=6, unanswered=[], must_flag=[
    F("no-mechanism", 1, "A problem that came back after the last round was 'fixed' by moving the money: the report again moves 14.7万 into the village account and nothing more — no rule or agreement routing future 分成 income there — though 整改要求（二） asks for a 长效机制 for 屡改屡犯 problems."),
    F("no-accountability", 6, "2 village cadres took 4000 元 of shopping cards from 民宿 owners: the report gives only a 廉洁承诺书 and a 警示教育会 — no return of the cards, no 处理, though 整改要求（二） asks 依规依纪严肃处理."),
    F("no-disclosure", None, "整改要求（三） asks to publish in the 村务公开栏; the report never does (the 补充公示奖补金额 in 2． is the subsidy list, not the rectification)."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、村委会主任邬定川 heads the 领导小组, 第一责任人, 4 支委会."),
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-11: 83 days."),
    F("inconsistent-claim", None, "No overall claim; figures (14.7万, 1.6万, 3万→11.5万, 1.3万) match the items."),
    F("no-accountability", 2, "初审 委员沈月娥 批评教育, 1.6万 recovered."),
    F("no-accountability", 3, "村会计伍某 回避 and 提醒谈话 by the 镇纪委 — mild, in unusual words."),
    F("no-mechanism", 2, "《蔲谷村民宿改造奖补申报审核公示办法》."),
    F("no-mechanism", 4, "《村务监督委员会履职清单》."),
    F("no-owner", 4, "村务监督委员会主任湛启明."),
    F("no-deadline", 6, "2025年6月15日 (the gap there is accountability)."),
], links=[
    L("已于6月全部转入村集体账户", 1), L("在村务公开栏补充公示奖补金额", 2),
    L("通过镇农村产权交易平台公开发包集体停车场", 3), L("制定《村务监督委员会履职清单》", 4),
    L("对景观提升工程补充验收", 5), L("组织村“两委”干部签订廉洁承诺书", 6)])

# p10 蒹坝村党支部 (a reservoir-resettlement village; a township's 村级巡察 under the county's plan): the 组长's short
# spoken feedback, problems 一是…五是 in one paragraph; 第一，…第三， requirements are not problems. Report: the branch's
# short report, 一、…五、关于…的问题。 + bracket (责任人，完成时间).
G["p10"] = dict(issues=5, unanswered=[], must_flag=[
    F("vague-measure", 4, "四、 is slogans only (进一步提高认识，严格落实“三会一课”制度，切实增强…严肃性，不断提升支部组织力) with 长期坚持: nothing on the 代签 in the 党员大会 records or how many 主题党日."),
    F("late-report", None, "Feedback 2025-03-06, the 组长 set 三个月内 (2025-06-06); report dated 2025-06-27: 113 days."),
], must_not_flag=[
    F("weak-leadership", None, "Short, but 支部书记胥长安 heads the 整改工作小组 and is named 第一责任人; the 组长 asked exactly that."),
    F("no-disclosure", None, "“整改情况已在村务公开栏公开”."),
    F("inconsistent-claim", None, "No overall claim; 五、 says 2 of 3 disputes settled, 1 正在协调."),
    F("vague-measure", 3, "Ends in slogans (积极谋划…提质增效) but first moves 8.6万 of solar income into the village account — a real act."),
    F("no-mechanism", 1, "“今后移民后扶项目一律验收合格后再支付尾款”."),
    F("no-mechanism", 2, "Quarterly check with the 派出所 on deaths and departures."),
    F("no-owner", 5, "村调解委员会主任戈立平."),
    F("no-deadline", 5, "6月30日 for the last dispute."),
], links=[
    L("对村产业路进行了补充验收", 1), L("已从其家属处全部追回", 2), L("已于5月转入村集体账户", 3),
    L("严格落实“三会一课”制度", 4), L("3起宅基地边界纠纷已调解2起", 5)])

for name, g in G.items():
    out = {"mode": "pair", "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
