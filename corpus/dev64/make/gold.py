"""Write p01..p10/gold.json (dev-pairs gold format) for dev64. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev44/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蓍阳县委台办党支部: 组长's 反馈会 speech by work lines, praise and problems ALTERNATING inside each paragraph
# (三年来没有出现过…杂音 / 没有发生一起…舆情 / 没有发现收受… are praise), a requirement sentence inside a problem
# paragraph, then 一要…三要 that repeat problem words. 6 problems. Report: 关于…的问题 + 整改措施/责任领导/… lines.
G["p01"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("vague-measure", 3, "（三） on the unreviewed 公众号 posts is slogans only (提高政治站位…牢固树立阵地意识…确保正确导向…坚决杜绝): no 审核制度, no check of the account, nobody named, yet marked 已完成."),
    F("no-disclosure", None, "The speech's 三要 asks to 通报 among cadres and 按规定向社会公开; the report never says the rectification was published or 通报ed anywhere."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任郗暮云 heads the 领导小组 as 第一责任人, chaired 3 meetings, weekly progress, 直接督办 two tasks and led two visits."),
    F("late-report", None, "Feedback 2024-10-16 with a 三个月内 limit; report 2025-01-10: 86 days."),
    F("inconsistent-claim", None, "17 measures = 3+3+1+3+4+3; 15 done + 2 pending, and the 2 pending (one 诉求, 3台件 核销) are named in （二）（六） and 下一步."),
    F("vague-measure", 1, "Opens with 深刻反思、切实提高政治站位 but then a task table (17 tasks), a 3/15-day rule written into the 议事规则, and an 对照检查."),
    F("no-accountability", 4, "2.6万 refunded in full, 原综合科科长 诫勉谈话, 5 participants 批评教育, the director's 书面检查."),
    F("no-mechanism", 2, "《台胞台企诉求办理工作规程》 and a full-cycle 台账."),
    F("no-mechanism", 4, "修订《县委台办公务外出审批管理办法》."),
    F("no-mechanism", 6, "《县委台办固定资产管理办法》 with yearly 盘点."),
    F("no-deadline", 5, "“2024年12月31日，此后长期坚持”."),
    F("no-deadline", 2, "Open item but dated: 2025年3月31日, 持续推进 with the pending case named."),
    F("no-owner", 3, "副主任宓闻笙 is 责任领导 (the gap there is the slogan measure)."),
], links=[
    L("制定《县委台办年度对台工作任务分解表》", 1), L("建立台企诉求受理、转办、督办、回访全流程台账", 2),
    L("牢固树立阵地意识", 3), L("所涉2.6万元费用已由参加的6名干部于2024年11月全额退缴", 4),
    L("主题党日固定在每月第一周的周五", 5), L("已找到其中11台件并补贴资产标签", 6)])

# p02 薤溪县地质环境监测站党支部: 反馈意见 whose 二、 is a DISCOVERY NARRATIVE with no numbers: 巡察组进驻后，首先…
# / 同时，(same problem) / 另外， / 在调阅财务资料时 / 还有， / 个别谈话中 / 此外， / 巡察组还注意到. 7 problems.
# Report (GB18030): （一）–（六） 关于…的问题 + 一是… + bracket; the 支部换届 problem is silently skipped.
G["p02"] = dict(mode="pair", issues=7, unanswered=[6], must_flag=[
    F("unanswered-issue", 6, "站党支部 term expired 2023-03 and no 换届 or report to the 局党组: no heading or sentence of the report answers it (（五） is 编外人员, （六） is 野外安全)."),
    F("no-accountability", 3, "A 小金库 of 8.7万 on the 勘查队队长's personal card: the report moves the money back and writes a 收费办法, but nobody is dealt with, though the 整改意见 said 依规依纪追究有关人员责任."),
    F("late-report", None, "Feedback 2024-05-22 with 三个月内; report dated 2024-09-20: 121 days."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、站长屠鸣岐 heads the 领导小组 as 第一责任人, 4 meetings, 3 site checks, 直接过问 the money items."),
    F("no-disclosure", None, "“本报告及整改情况已在县自然资源局门户网站公开”."),
    F("inconsistent-claim", None, "“共制定整改措施20项，目前已全部完成”: 4+3+3+4+3+3 = 20, every item 已完成 with a time limit before the report date; “5项制度” = 5 named rules."),
    F("no-accountability", 4, "时任分管财务的副站长 诫勉谈话, 财务人员 批评教育, 1.6万 清退."),
    F("no-accountability", 1, "The technician who filled in the records 批评教育."),
    F("no-mechanism", 3, "《对外技术服务收费管理办法》 (the gap there is accountability)."),
    F("unanswered-issue", 1, "Answered under （一）, including the 同时 part (代填记录 stopped, APP reporting)."),
    F("unanswered-issue", 7, "The last narrative turn (巡察组还注意到…安全) is answered under （六）."),
    F("no-deadline", 5, "2024年9月15日."),
], links=[
    L("9名常年在外务工的监测员已全部调整", 1), L("停止由站里代填巡查记录的做法", 1), L("5台已安装未接入的设备已全部完成调试", 2),
    L("剩余的技术服务费5.2万元已于6月全部转入单位账户", 3), L("对未参加野外作业的8名机关人员2023年领取的补助1.6万元全部清退", 4),
    L("2名编外技术人员按程序重新参加公开招聘考试", 5), L("6月12日组织全站野外作业安全培训1次", 7)])

# p03 蘩川县消费者协会党支部: 反馈意见 (GB18030) with three areas （一）…方面。 each holding its problems as ；-joined
# clauses (3 + 3 + 2 = 8); 二、整改要求 （一）–（四） repeat problem words and are not problems. Report: 1．–8．关于… +
# paragraph + bracket.
G["p03"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[
    F("copied-measure", 3, "3． answers 87 overdue complaints with the feedback's own words turned into a promise (严格落实…时限规定，杜绝超时办理…提高…办结率): no case cleared, no rule, no number."),
    F("no-mechanism", 6, "Samples traced and 0.3万 paid back, but no 样品登记/处置 rule, though 整改要求（三） named 样品管理 and every other substantive item (2, 4, 5, 7, 8) sets a rule or standing practice."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、秘书长鄢子衿 heads the 领导小组, 第一责任人, 5 meetings, visits to 2 service stations."),
    F("late-report", None, "Feedback 2024-03-12, report 2024-06-06: 86 days."),
    F("no-disclosure", None, "Published on the 县市场监督管理局门户网站 with a 监督电话."),
    F("inconsistent-claim", None, "“已完成整改7个，投诉超时办理问题正在持续整改” matches the brackets (only 3． is 持续整改)."),
    F("copied-measure", 1, "Restates the problem in its first clause (针对学习不够及时深入…的问题) and then acts: 学习计划, quarterly 研讨, 3 held."),
    F("no-accountability", 5, "Meals paid back; both staff 诫勉谈话 by the 纪检监察组."),
    F("no-accountability", 4, "1.1万 refunded; 财务人员 批评教育, 副秘书长 提醒谈话."),
    F("no-accountability", 6, "经办人员 pay 0.3万 and are 批评教育 (the gap there is the missing rule)."),
    F("no-mechanism", 4, "《专项经费使用管理办法》."),
    F("no-mechanism", 8, "《往来款项定期清理制度》."),
    F("no-owner", 3, "俞青棠 named (the gap there is the copied measure)."),
    F("no-deadline", 3, "2024年12月31日 (the gap there is the copied measure)."),
], links=[
    L("每季度至少组织1次专题研讨", 1), L("截至5月底新培育示范单位9家", 2), L("杜绝超时办理现象", 3),
    L("已由领取的职工按价折款全额退回", 4), L("对2人分别给予诫勉谈话处理", 5), L("对2022年以来开展的6批次比较试验逐批追查样品去向", 6),
    L("支部书记鄢子衿已于4月、5月各讲专题党课1次", 7), L("对9.6万元挂账款项逐笔清理", 8)])

# p04 荇坪县地方电力有限责任公司党委 (state firm): DOCX 反馈意见, problems UNNUMBERED, one per paragraph whose first
# sentence is a bold run (headline) followed by evidence; the first bold paragraph under 二、 is a lead-in (not a problem).
# 7 problems. Report: own （一）–（六） headings, （三） merges problems 3 and 4 (announced), boilerplate under 5 and 7.
G["p04"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("repeated-measure", 5, "（四） (烟酒 1.3万) is answered only by a boilerplate paragraph (坚持问题导向，把整改作为加强企业管理的重要契机…推动整改工作与生产经营深度融合) pasted again under （六）."),
    F("repeated-measure", 7, "（六） (审计超付 18万 not recovered) repeats （四）'s paragraph word for word after a different first clause."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人, the 党委书记 never appears: “召开总经理办公会…由综合管理部牵头汇总…各部门…分头抓好落实”, though 整改意见 一是 asked for both."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-03-04, report 2025-05-30: 87 days."),
    F("no-disclosure", None, "公司门户网站 and 营业厅公示栏."),
    F("inconsistent-claim", None, "“已完成整改5个，…两项工作正在持续推进”: （二） and （六） are 持续推进, the other five problems 已完成."),
    F("repeated-measure", 3, "（三） is one announced merged answer for two problems (“合并整改”), its parts specific to each; not a pasted paragraph."),
    F("repeated-measure", 4, "Same merged answer."),
    F("unanswered-issue", 4, "Answered inside the merged heading （三） (2.4万 上交入账, 盘点, 《退役物资回收处置管理办法》)."),
    F("no-accountability", 3, "供电所所长 调离 and 党内警告."),
    F("no-accountability", 4, "负责人 and 经办人 通报批评 and lose the year's 绩效."),
    F("no-accountability", 2, "违约金 for 2 crews; the 现场负责人 停岗培训."),
    F("no-accountability", 6, "人力资源部负责人 批评教育."),
    F("no-mechanism", 3, "《代收电费资金管理办法》."),
    F("no-mechanism", 2, "修订《外包施工安全管理办法》."),
    F("no-mechanism", 6, "修订《中层管理人员选拔任用工作规定》."),
    F("no-deadline", 2, "Open item with a date: 2025年8月31日."),
    F("no-owner", 5, "总经理甘霁川 named (the gap there is the pasted paragraph)."),
], links=[
    L("对2023年的城区配网改造项目和营业厅装修项目补充履行党委会研究程序", 1), L("开展拉网式安全检查", 2),
    L("立即清缴各供电所滞留的代收电费", 3), L("变卖废旧变压器所得2.4万元已全部上交公司财务入账", 4),
    L("针对违反中央八项规定精神的问题", 5), L("按程序补充开展民主推荐", 6), L("针对审计发现问题整改不到位的问题", 7)])

# p05 蒹谷县皮肤病防治所党支部: 反馈意见 (CRLF) with （一）–（六）, each problem FOLLOWED BY a 整改要求： paragraph
# (one shared 整改要求（针对第三、四项）); requirements and 二、其他事项 are not problems. 6 problems.
# Report: 关于“…”的问题 + 整改措施/责任人/整改时限/整改进展.
G["p05"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-mechanism", 2, "Fees stopped and refunded, staff dealt with, but no 收费项目审核/价格公示 rule although the 整改要求 under （二） asked for exactly that; every other item sets a rule or standing practice."),
    F("no-deadline", 4, "（四） is 正在推进 with 整改时限 “持续整改”: no date for the missing 转运联单, while every other item has one."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、所长黎书砚 heads the 领导小组, 第一责任人, 4 meetings, led the township checks."),
    F("late-report", None, "Feedback 2024-08-27, report 2024-11-22: 87 days."),
    F("no-disclosure", None, "所内通报 and 县卫生健康局门户网站公开."),
    F("inconsistent-claim", None, "21 measures = 4+3+3+3+4+4; 20 done + 1 pending (联单), matching （四）'s 正在推进."),
    F("no-deadline", 1, "“2024年11月30日前完成，此后长期坚持”."),
    F("no-mechanism", 3, "《药品采购管理制度》."),
    F("no-mechanism", 5, "修订《职工福利费管理办法》."),
    F("no-mechanism", 1, "修订《麻风病防治工作考核办法》."),
    F("no-accountability", 2, "门诊组长 批评教育, 分管副所长 诫勉谈话 (the gap there is the rule)."),
    F("no-accountability", 5, "原所长 诫勉谈话, 财务人员 批评教育, 1.6万 refunded, 警示教育."),
    F("no-owner", 4, "隗晴川 named (the gap there is the time limit)."),
], links=[
    L("恢复3个乡镇的皮肤病症状监测", 1), L("停止“皮肤健康检测套餐”收费", 2), L("全部药品一律通过省药品集中采购平台采购", 3),
    L("在医疗废物暂存间建立出入台账", 4), L("购物卡款项1.6万元已由全体职工全额退回所财务", 5),
    L("支部书记黎书砚已于11月向县卫生健康局党组专题述职", 6)])

# p06 蕤阳县能源事务服务中心党支部: 反馈意见 with three areas, each ONE paragraph of 一是…二是…(三是/四是); in each area
# one 是-item is the EVIDENCE of the item before it (（一）二是, （二）二是, （三）二是), so 10 是-items = 7 problems.
# Report (UTF-16 LE): （一）–（七） 关于…的问题 + 整改措施 + bracket.
G["p06"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "“7个问题已全部整改完成，整改完成率100%” while （二） has 2 光伏 projects 正在组织验收 until 2025-05 and （七） says the two seconded staff are 正在协调中, with time limits after the report date."),
    F("no-owner", 7, "（七）'s bracket gives only “责任科室：相关科室” — no leader and no named office; every other item names a 责任领导."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任覃亦舟 heads the 领导小组, 第一责任人, 5 meetings, site checks, 直接过问."),
    F("late-report", None, "Feedback 2025-01-08, report 2025-03-31: 82 days."),
    F("no-disclosure", None, "县发展和改革局门户网站公开."),
    F("unanswered-issue", 3, "（三） answers both the general 专项资金 item and its 二是 evidence (1.2万 returned, 办法)."),
    F("unanswered-issue", 6, "（六） answers the 组织生活 item and its 二是 evidence (补记, 合开)."),
    F("no-owner", 2, "副主任钮秋澄."),
    F("no-owner", 4, "主任覃亦舟."),
    F("no-accountability", 3, "原副主任 党内警告, 财务人员 诫勉谈话, money returned."),
    F("no-accountability", 4, "诫勉谈话 and the mileage charged."),
    F("no-accountability", 5, "Meals paid; 提醒谈话."),
    F("no-mechanism", 2, "修订《分布式光伏项目备案管理办法》."),
    F("no-mechanism", 3, "《节能专项资金管理办法》."),
    F("no-mechanism", 5, "《节能监察工作纪律规定》."),
    F("no-deadline", 7, "2025年6月30日 (the gap there is the owner)."),
], links=[
    L("自2025年1月15日起建立保供期间24小时值班制度", 1), L("煤炭储备监测数据改为每日16时前报送县保供专班", 1),
    L("对屋顶承重未经鉴定的1个项目暂停发电", 2), L("通过虚列会议费套出的1.2万元已由领取加班补助的职工全部退回", 3),
    L("执法检查车辆节假日一律集中停放、封存钥匙", 4), L("监察人员已按每人每餐标准向相关企业补交餐费", 5),
    L("主题党日每月单独组织，不再与业务会合并", 6), L("申请公开招聘能源、电力专业技术人员3名", 7)])

# p07 葳川县广告传媒有限公司党支部 (state firm): DOCX 反馈意见 with continuous 1．–6．, several numbers naming TWO failings
# of one matter (1, 2, 3, 6); after 三、整改要求 an 附件：问题清单 Word table restates the same 6 problems (not new ones).
# Report: 关于“…”的问题 + 整改措施 1．2．… + field lines. GOOD REPORT.
G["p07"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长阎栖梧 heads the 领导小组, 第一责任人; 4 meetings, 2 site checks, 直接督办."),
    F("late-report", None, "Feedback 2025-04-15, report 2025-07-08: 84 days."),
    F("no-disclosure", None, "公司内部通报 and 县国有资产服务中心门户网站公开."),
    F("inconsistent-claim", None, "24 measures = 4+4+5+5+3+3; 21 done + 3 pending, the three named in the preamble and shown as 基本完成/正在推进 in （三）（四）; 5 rules named."),
    F("no-accountability", 5, "6.8万 refunded; 总经理 诫勉谈话, other members 批评教育."),
    F("no-accountability", 3, "原业务部负责人 诫勉谈话."),
    F("no-accountability", 2, "业务员 批评教育, 分管副总 书面检查."),
    F("no-accountability", 1, "总经理's 检查, 综合部负责人 批评教育."),
    F("no-accountability", 4, "原财务部负责人 批评教育 and loses the year's 绩效 for the lapsed collection."),
    F("no-mechanism", 1, "修订《党支部前置研究讨论重大经营管理事项清单》."),
    F("no-mechanism", 2, "《广告发布政治审核制度》."),
    F("no-mechanism", 3, "《户外广告位资源招租管理办法》."),
    F("no-mechanism", 4, "《应收账款管理办法》."),
    F("no-deadline", 4, "Open item dated 2025年12月31日."),
    F("no-deadline", 6, "“2025年5月31日，此后长期坚持”."),
    F("unanswered-issue", 6, "The last numbered problem is answered under （六）."),
], links=[
    L("对2023年以来未经前置研究的2项广告位建设投资补充履行党支部研究程序", 1), L("2幅地图标注错误的广告已于反馈当日撤下", 2),
    L("制定《户外广告位资源招租管理办法》", 3), L("对287万元应收账款逐户对账", 4),
    L("违规发放的6.8万元奖金已由经营班子成员于2025年4月底全额退回公司账户", 5), L("对3名外地驻点党员建立“线上学习群”", 6)])

# p08 蘼台县测绘大队党支部: 反馈意见 with （一）–（六） problem sentences + 具体表现为： and （1）（2）（3） EVIDENCE lines
# (13 of them, none a problem); （六） has no sub-items; 三、整改建议 not problems. 6 problems.
# Report: （一）–（六） 关于…的问题 + 整改措施 + one field line.
G["p08"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("vague-measure", 1, "（一） on 涉密成果 borrowed without approval, a 涉密计算机 on the internet and unsigned 离岗承诺: slogans only (深刻认识…极端重要性…强化…保密意识和底线思维…确保…万无一失), marked 已完成."),
    F("no-accountability", 4, "Cars used privately twice and an unregistered 加油卡 kept by a driver: cars sealed, card cancelled, rule revised, but nobody dealt with, though 整改建议（二） asked to 依规依纪处理 for 公车私用."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、大队长鲍寒汀 heads the 领导小组, 第一责任人, 4 meetings, fortnightly reports, 直接督办."),
    F("late-report", None, "Feedback 2024-11-05, report 2025-01-24: 80 days."),
    F("no-disclosure", None, "县自然资源局门户网站公开."),
    F("vague-measure", 2, "Opens with 切实增强依法依规经营意识 and then acts: 4 contracts completed, a 承接管理规定, one price list."),
    F("no-accountability", 3, "0.9万 recovered, both staff 批评教育 and 扣减绩效."),
    F("no-accountability", 5, "Slow service with no wrongdoing named: no one to hold to account."),
    F("no-mechanism", 4, "修订《公务用车管理办法》 with 北斗 tracking (the gap there is accountability)."),
    F("no-mechanism", 2, "《测绘服务项目承接管理规定》 and a collectively set price list."),
    F("no-owner", 1, "鲍寒汀 named (the gap there is the slogan measure)."),
    F("no-deadline", 1, "2024年12月31日."),
], links=[
    L("进一步强化全体干部职工的保密意识和底线思维", 1), L("先作业后签合同的4个项目已全部完善合同手续", 2),
    L("2名职工虚报外业天数多领的补助0.9万元已全部追回", 3), L("注销未登记的加油卡", 4),
    L("平均出件时间已压缩到6个工作日", 5), L("支部于2025年1月重新召开组织生活会", 6)])

# p09 薜岭县老龄办党支部: 巡察“回头看” 反馈意见: 一、 names 5 settled old problems (quoted, NOT problems) and then
# 3 unsettled old ones as 一是…三是; 二、 new problems （一）–（四）; 三、意见建议 not problems. 3 + 4 = 7.
# Report: 二、 old 1．2． (the 固定资产 problem is skipped) + 三、 new 1．–4．.
G["p09"] = dict(mode="pair", issues=7, unanswered=[3], must_flag=[
    F("unanswered-issue", 3, "The old 固定资产账实不符 problem (22台件, a 清查 done only on paper) is not answered: the report's old-problem part stops at 2． and never mentions 资产 or 盘点."),
    F("inconsistent-claim", None, "“7个问题已全部整改到位” while old 1． says 0.6万 剩余…正在追缴 (下一步 repeats it) and only six problems are answered."),
    F("late-report", None, "Feedback 2025-05-20 with 三个月内; report dated 2025-09-05: 108 days."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任柯照寒 heads the 领导小组, 第一责任人, 5 meetings, coordinated 3 departments and visited 2 乡镇."),
    F("no-disclosure", None, "县人民政府门户网站“信息公开”栏目公开."),
    F("no-mechanism", 1, "《高龄津贴发放信息比对工作办法》: the monthly data check the old round asked for."),
    F("no-mechanism", 4, "《社区老年助餐点运营补助核验办法》."),
    F("no-accountability", 1, "科室负责人 诫勉谈话, money being recovered."),
    F("no-accountability", 4, "3.6万 recovered, the 助餐点 loses its 2025 subsidy, 经办人员 诫勉谈话."),
    F("no-accountability", 5, "0.9万 refunded, organiser 批评教育, 警示教育."),
    F("no-accountability", 7, "原科室负责人 诫勉谈话 for marking the hotline 已完成."),
    F("unanswered-issue", 7, "The 整改做表面文章 problem is answered under new 4． (hotline staffed, ledger re-checked)."),
    F("no-deadline", 2, "2025年8月31日."),
    F("no-owner", 6, "柯照寒 named."),
], links=[
    L("印发《高龄津贴发放信息比对工作办法》", 1), L("2个乡镇老年协会已于8月完成社会组织登记", 2),
    L("虚报就餐人次的助餐点多领的补助3.6万元已全部追回", 4), L("违规发放的纪念品已由领取人员按价折款退回", 5),
    L("会上班子成员和党员之间逐一开展相互批评", 6), L("敬老服务热线已明确2名工作人员轮流值守", 7)])

# p10 萯阳县爱国卫生运动服务中心党支部: an HTML 纪委监委 website NEWS ITEM whose problems are ONE 、-list sentence
# (主要表现在：A、B、C、D、E、F等问题), the 讲话 一要…三要 and the 表态 一是…三是 and the 移交 sentence are not problems.
# 6 problems. Report: preamble + ｜-separated 整改台账 rows (序号｜反馈问题｜整改措施｜责任领导｜责任科室｜完成时限｜完成情况).
G["p10"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("copied-measure", 2, "Row 2's measure is the problem turned into a promise (切实加强统筹协调，认真做好国家卫生县城复审迎检工作…有序推进、取得实效): no task, no date of the review, no act."),
    F("no-owner", 3, "Row 3's 责任领导 is “中心班子” — a body, not a person; every other row names one leader."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任邵雁回 heads the 领导小组, 第一责任人, 4 meetings, visits, 直接过问."),
    F("late-report", None, "Feedback meeting 2024-07-02 (the news says 三个月内), report 2024-09-26: 86 days."),
    F("no-disclosure", None, "县卫生健康局门户网站公开."),
    F("inconsistent-claim", None, "17 measures = 3+1+3+3+4+3; 15 done + 2 pending, both named (row 2, row 3 ③); 成效 figures (0.7万, 2.2万, 1.6万, 诫勉1, 批评1, 4 rules) match the rows."),
    F("copied-measure", 1, "Row 1 echoes the problem's 县委…部署 words but acts: a 14-task list and a quarterly 通报 rule."),
    F("no-owner", 1, "邵雁回."),
    F("no-owner", 4, "邵雁回."),
    F("no-deadline", 2, "正在推进 with 2024年12月31日 (the gap there is the copied measure)."),
    F("no-accountability", 5, "0.7万 refunded, 原健康教育科科长 诫勉谈话, 警示教育."),
    F("no-accountability", 4, "财务人员 批评教育, 1.6万 moved to the right account."),
    F("no-mechanism", 3, "《病媒生物防制外包服务监管办法》 (the gap there is the owner)."),
    F("no-mechanism", 4, "《爱国卫生专项经费管理办法》."),
], links=[
    L("制定《中心落实县委爱国卫生工作部署任务清单》", 1), L("切实加强统筹协调，认真做好国家卫生县城复审迎检工作", 2),
    L("对消杀频次不足的1家扣减服务费2.2万元", 3), L("在专项经费中列支的办公设备购置费1.6万元已调整至单位公用经费列支", 4),
    L("超标准住宿费用0.7万元，已由参加人员全部退回", 5), L("支部书记邵雁回于8月讲专题党课1次", 6)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
