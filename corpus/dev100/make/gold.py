"""Write p01..p10/gold.json (dev-pairs gold format) for dev100. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev44/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蘩阳县中医药研究所党支部: formal 反馈意见, areas （一）（二）（三）…方面 with continuous 1．–8． heading。detail;
# 三、整改意见 （一）–（四） are not problems. Report: common 关于“…”的问题 with five field lines. GOOD REPORT, full of
# look-alikes that are harmless because the real fact is there too.
G["p01"] = dict(issues=8, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、所长郦明澈 heads the 领导小组 as 第一责任人, chaired the plan, 5 推进会, 3 site checks, 当面督办."),
    F("late-report", None, "Feedback 2025-05-14, report 2025-08-06: 84 days, inside three months."),
    F("no-disclosure", None, "下一步 三是: 所公示栏 and 县卫生健康局网站, with a phone number."),
    F("inconsistent-claim", None, "26 measures = 22 done + 4 named ongoing; 5.8万 = 3.7 + 0.8 + 1.3; 警告1, 诫勉2, 批评教育4 (1+1+2), 提醒1; 4 new + 2 revised rules, all named in the items."),
    F("no-owner", 1, "“在县卫生健康局党组的指导下” names a guide, not an owner; the item's 责任领导 is 副所长笪润之."),
    F("no-owner", 2, "邝守拙教授 only gives two lectures; 责任领导 is 副所长亓秋白."),
    F("no-deadline", 2, "推广方案 dated 2025-07-31; training “每季度不少于1次，长期坚持” is a proper answer for a standing task."),
    F("no-deadline", 7, "电子建档 by 2025-09-30, then quarterly stock-taking."),
    F("no-deadline", 8, "“2025年以来支部委员会按月召开” is not a time limit, but the item's 整改时限 is 2025-06-30 + 长期坚持."),
    F("no-accountability", 3, "Reposted folk remedies and an unmanaged comment box: a lapse, nobody did wrong."),
    F("no-accountability", 4, "3.7万 + 0.8万 returned; the 2 课题负责人 诫勉谈话, the 财务人员 批评教育."),
    F("no-accountability", 5, "1.3万 退缴 by the 8 travellers; 原办公室主任璩素心 党内警告 by the 县纪委监委 (the 警示教育 is extra)."),
    F("no-accountability", 6, "The 评审小组组长 makes a 书面检查 and is 批评教育, the reviewer gets a 提醒谈话 — real if mild."),
    F("no-accountability", 7, "Specimen store and reagents: a management gap, no misconduct named."),
    F("no-mechanism", 4, "修订《科研经费管理办法》 (no in-house consultancy fees, purpose note for purchases)."),
    F("no-mechanism", 6, "《专业技术职务推荐工作规程》 adds 公示 and 条件复核."),
    F("no-mechanism", 7, "《药材标本库管理规定》 and 《实验室危险化学品管理制度》."),
], links=[
    L("重新制定名老中医医案整理工作计划", 1), L("对6个已结题课题逐一制定推广方案", 2), L("删除3篇转载文章和全部推销药品的留言", 3),
    L("以“专家咨询费”名义向本所职工发放的3.7万元已全部退回课题经费账户", 4), L("与景区游览有关的费用1.3万元已由8名参加人员全部退缴", 5),
    L("2024年中级职称推荐结果已在所内补充公示5个工作日", 6), L("对312份标本逐份拍照、编号，建立电子档案", 7),
    L("制定支部年度组织生活计划", 8)])

# p02 蓰山县新能源汽车充电服务有限公司党支部 (enterprise round by the 县国资委党委巡察组): DOCX 反馈意见 with bold
# （一）–（七） heading paragraphs + detail; 二、整改意见 一是…五是 not problems. Report: DOCX covering text + landscape
# Word-table 整改台账 (序号｜反馈问题｜整改措施｜责任领导｜责任部门｜完成时限｜完成情况).
G["p02"] = dict(issues=7, unanswered=[], must_flag=[
    F("no-deadline", 1, "Row 1's 完成时限 cell is “2024年12月17日经理办公会已专题研究” — the date of a meeting, not a time limit — while the row is 正在推进 with 9 stations to build and 2 idle ones; every other row has a real date."),
    F("no-owner", 5, "Row 5's 责任领导 is “各站点站长” (department “各站点”): no company leader owns the safety rectification. 董事长 only agreed (经董事长同意) and the 县国资委主任 led a past inspection visit — neither is the owner."),
    F("no-accountability", 3, "The 副总经理厍立新 whose cousin's firm got the split contracts, and who took part without 回避, is not dealt with, nor are the contracts reviewed: the row offers 廉洁承诺书, 以案促改, 警示教育片 and a 集体约谈 of the whole team — none holds anyone to account, though the 整改意见 asked for it."),
    F("inconsistent-claim", None, "“7个问题已全部完成整改，23项整改措施全部落实到位” while row 1's 完成情况 is 正在推进 (4 of 9 stations only started, 2 idle stations still waiting)."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长逯承岳 heads the 领导小组 as 第一责任人, 亲自部署、直接督办, 4 专题会议."),
    F("late-report", None, "Feedback 2024-11-26, report 2025-02-20: 86 days."),
    F("no-disclosure", None, "三是: 公司公示栏 and 县国资委网站."),
    F("no-accountability", 4, "2.3万 refunded through the app; 营运部经理漆文博 批评教育 and his 2024 bonus cut."),
    F("no-accountability", 5, "The 2 巡检员 who pre-filled records lose a month's 绩效; 安全部经理 书面检查 (the gap there is the owner)."),
    F("no-accountability", 6, "3.1万 returned; 县国资委 诫勉谈话 for the 总经理, 批评教育 for the 财务部负责人."),
    F("no-accountability", 7, "Party work not tied to business: no misconduct."),
    F("no-mechanism", 2, "修订《党支部前置研究讨论重大经营管理事项清单》 with a 100万 threshold."),
    F("no-mechanism", 3, "修订《工程建设项目采购管理办法》 (no splitting) — the gap there is accountability, not a rule."),
    F("no-mechanism", 6, "修订《薪酬福利发放管理办法》."),
    F("no-owner", 1, "总经理甘舒朗 owns row 1 (its gap is the time limit)."),
    F("no-owner", 2, "党支部书记、董事长逯承岳."),
    F("no-deadline", 5, "2025年1月31日 (the “2025年1月” of the 国资委 visit is not the limit, but the cell has one)."),
    F("no-deadline", 7, "2025年1月31日前完成, 示范岗考核长期坚持."),
], links=[
    L("重新排定14座乡镇充电站建设计划", 1), L("对2个未经前置研究的项目补充履行研究程序", 2),
    L("修订《工程建设项目采购管理办法》", 3), L("多收的2.3万元已通过充电APP原路退还用户", 4), L("更换过期消防器材38具", 5),
    L("3.1万元购物卡已由领取人全额退回", 6), L("重新设置5个党员示范岗", 7)])

# p03 薢川县引调水工程管理处党总支: 组长's 反馈会 speech (UTF-8 CRLF) with 第一，…第七，; 一要…三要 and the 三个月内
# sentence are not problems. Report: the 党总支书记、处长's FIRST-PERSON 主要负责人 report (GB18030), own order 3,2,4,6,1,5,7.
G["p03"] = dict(issues=7, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2024-10-15 with a 三个月内 limit (due 2025-01-15); the report is dated 2025-02-10: 118 days. The dates inside it (11月5日 民主生活会, 12月20日) are not the report date."),
    F("no-accountability", 2, "86万 paid before the 监理 signed and 4.4万 of meals and tobacco booked as “协调费”: the answer gets the signature afterwards, “调整了列支科目”, and offers the secretary's own 检讨, a 警示教育片 and 以案促改 — nothing recovered, nobody dealt with, though the speech said 该追回的资金要追回，该处理的人要处理，不能以学代改、以会代改."),
    F("no-mechanism", 4, "The speech notes 没有任何书面规定 on 水费 核定、减免、现金收缴 and asks to 把制度立起来; the answer only 学习了《…实施细则》 (a county price rule) and will 按照《细则》规定执行 — no rule on discounts or cash is made, while items 2, 3 and 6 each make one."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary writes as 第一责任人: heads the 领导小组, chaired the plan, 6 推进会, 4 site visits, led the 民主生活会."),
    F("no-disclosure", None, "“整改情况已在处务公开栏和县水利局网站公开”."),
    F("inconsistent-claim", None, "24 measures = 20 done + 4 named ongoing (通水, 追缴, 年轻干部, 党员发展), matching the items."),
    F("no-accountability", 4, "收费员 政务警告 by the 派驻纪检监察组 and moved; 财务科科长 诫勉谈话 “由我代表处党总支”; 12.5万 recovered, 7.2万 by instalments."),
    F("no-accountability", 6, "2 值班员 lose a month's 绩效 and are 通报批评; the 运行科科长 诫勉谈话 — in first-person words."),
    F("no-accountability", 5, "Ageing cadres and vacant posts: no misconduct."),
    F("no-owner", 1, "“此项由我亲自牵头” — the secretary owns it; the 分管副县长 is only whom he reported to."),
    F("no-owner", 5, "副处长帅景行 owns it; 县水利局党组 only approved the appointments (经…同意)."),
    F("no-owner", 2, "分管财务的副处长郗荣 (the gap there is accountability)."),
    F("no-deadline", 1, "“力争2025年5月底前实现全线通水” is a time limit, hedged but dated."),
    F("no-mechanism", 2, "修订《工程建设资金拨付管理办法》 (监理签认 before payment) — the gap there is accountability."),
    F("no-mechanism", 6, "《泵站运行值班和日志管理规定》, face check-in, weekly comparison."),
], links=[
    L("协调沿线两个乡镇成立征迁专班", 1), L("修订《工程建设资金拨付管理办法》", 2), L("组织3个管理站重新开展廉政风险点排查", 3),
    L("少收的19.7万元已追回12.5万元", 4), L("研究制定了《年轻干部培养三年计划》", 5),
    L("对2024年全部泵站运行日志与自动化监控数据逐日比对", 6), L("3个管理站党支部已于2024年12月完成换届", 7)])

# p04 蕣源县流动人口服务管理中心党支部: HTML news page of the 纪委监委 website (UTF-8): problems in one sentence
# “主要是：一是…；…七是…。”; 一要…三要 (requirements) and the 主任's 表态 一是…三是 are not problems; page chrome
# (nav, 上一篇/下一篇 naming another unit) is not content. Report: 问题N：/整改情况： + bracket line (UTF-16 LE BOM).
G["p04"] = dict(issues=7, unanswered=[7], must_flag=[
    F("unanswered-issue", 7, "The unfinished rectification from the last round (网格员信息采集补助发放不及时) has no answer: the report stops at 问题6."),
    F("no-accountability", 2, "4 false residence certificates used for school places: the answer asks the 县教育局 to re-rate the children, holds a 警示教育会, shows a film and runs a 自查自纠 that “未发现其他类似问题” — nobody who issued the certificates is dealt with, though the feedback asked for 严肃处理到人."),
    F("no-mechanism", 5, "The feedback says 中心至今未制定本单位“三重一大”事项清单; the answer only 重新学习了 the county's 《实施意见》 and will 严格按照…规定执行 — no 清单 or 议事规则 is made."),
    F("weak-leadership", None, "The rectification is run by a 主任办公会 that 分解到各科室 with the 办公室 统筹; no 领导小组, no 第一责任人, the 支部书记 never directs it. The names in the preamble are a guide (县卫生健康局党组的指导) and a visitor (巡察办副主任 到中心指导), not the unit's lead."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-04-22, report 2025-07-18: 87 days."),
    F("no-disclosure", None, "三是: 中心公示栏 and 县卫生健康局网站."),
    F("no-accountability", 4, "1.6万 returned; 办公室主任蒲季安 诫勉谈话 by the 县卫生健康局党组."),
    F("no-accountability", 3, "Out-of-date screen content: no misconduct."),
    F("no-accountability", 6, "主题党日 merged with business meetings: no misconduct."),
    F("no-mechanism", 1, "《居住证办理限时办结制度》."),
    F("no-mechanism", 2, "《居住证明出具审核规程》 with two-level review (the gap there is accountability)."),
    F("no-mechanism", 4, "修订《中心经费支出审批规定》."),
    F("no-owner", 1, "副主任栾清和."),
    F("no-owner", 5, "支部书记、主任荀望舒 is the item's 责任领导 (the gap there is the rule)."),
    F("no-deadline", 6, "“5月9日已召开支部委员会” is a past meeting, but the bracket gives 2025年5月31日."),
    F("no-deadline", 1, "2025年9月30日 (the 6月底 in “截至2025年6月底登记率…86%” is a figure's date)."),
], links=[
    L("开展流动人口信息集中采集行动", 1), L("已将4名申请人居住年限不足的情况函告县教育局", 2), L("更新服务大厅电子宣传屏全部播放内容", 3),
    L("用于职工聚餐的1.6万元已由参加聚餐人员全额退回", 4), L("对38万元信息系统升级项目补充履行集体研究程序", 5),
    L("制定2025年主题党日活动计划", 6)])

# p05 藨台县老年病医院党总支: 问题清单 (GB18030) 问题1：…问题8： + 具体表现：; 整改要求 not a problem. Report: preamble +
# ｜-row 整改台账 as text (UTF-8), dated in its title line.
G["p05"] = dict(issues=8, unanswered=[], must_flag=[
    F("no-owner", 6, "Row 6's 责任领导 is “／”: the nurse staffing and training item, still 正在推进, has no leader. 院长单庭舒 only agreed (报…同意后) and 隗宁远 of the city nursing centre only advised — neither owns it; every other row names a leader."),
    F("no-accountability", 3, "The 采购科科长 bought 4× more of a product sold by his wife's brother without 回避; he only “作出说明”, and the 党总支 holds a 集体廉政谈话 and 以案促改 — no sanction for him, though the 整改要求 asked to 查清责任、严肃处理."),
    F("vague-measure", 8, "Row 8 is slogans only (进一步提高政治站位，切实加强…阵地管理，压紧压实…责任，确保…导向正确): nothing on the 4 unverified posts, the missing review record or the stale 宣传栏."),
    F("no-disclosure", None, "The 整改要求 asks to publish the rectification; the report never does. The 院务公开栏 line is the routine 医疗服务收费价格公示, not rectification disclosure."),
], must_not_flag=[
    F("weak-leadership", None, "党总支书记佘敬之 heads the 领导小组 as 第一责任人, chaired the plan and ledger, 4 推进会, 2 site visits."),
    F("late-report", None, "Feedback 2025-01-08, report 2025-04-03: 85 days."),
    F("inconsistent-claim", None, "“8个问题已完成整改6个，2个正在推进（问题1、问题6）” matches the 整改状态 column."),
    F("no-accountability", 2, "8.9万 returned; 康复科主任 诫勉谈话; the 2 护工 let go."),
    F("no-accountability", 4, "2.1万 shared and repaid; 副院长岳青林 党内警告, 食堂管理员 批评教育."),
    F("no-accountability", 5, "Incomplete medical records: a quality lapse, no misconduct."),
    F("no-mechanism", 2, "《医保基金使用院内审核制度》."),
    F("no-mechanism", 3, "修订《药品耗材遴选和采购管理办法》 with a 回避制度 (the gap there is accountability)."),
    F("no-owner", 3, "院长单庭舒."),
    F("no-owner", 8, "党总支副书记郜云舒 (the gap there is the slogan measure)."),
    F("no-deadline", 5, "“立行立改，2025年2月28日前完成，此后长期坚持”."),
    F("no-deadline", 6, "2025年8月31日 (the gap there is the owner)."),
], links=[
    L("建立双向转诊绿色通道", 1), L("8.9万元已全部退回县医保基金专户", 2), L("暂停该营养制剂采购", 3),
    L("2.1万元接待费用由参与宴请的人员分摊退赔", 4), L("对14份病历逐份整改", 5), L("2025年招聘护士12名，已到岗7名", 6),
    L("调整2个支部书记为“双带头人”", 7), L("切实加强意识形态阵地管理", 8)])

# p06 蘵溪县农业保险服务中心党支部: 反馈意见 with areas 一、二、三、…方面 and RESTARTING 1．2．(3．) (3+3+2 = 8);
# 整改意见 （一）–（四） not problems. Report: public HTML 整改进展情况的通报 on the county government site (GB18030,
# meta charset gb18030) with an 索引号 table, N．关于…的问题。整改情况：… + （牵头领导：…；完成时限：…）.
G["p06"] = dict(issues=8, unanswered=[], must_flag=[
    F("copied-measure", 2, "Item 2 hands the feedback back as a promise (将切实缩短理赔款平均到账时长，着力解决理赔服务不及时的问题，推动理赔服务点向乡镇延伸): no time cut, no service point opened, no figure."),
    F("no-mechanism", 4, "The feedback says 中心至今没有查勘定损复核方面的制度; the item only sends two people from July and “将适时研究制定查勘定损复核办法” — a rule promised, not made — yet the item is counted among the 7 done."),
    F("no-accountability", 5, "Two cadres dined 3 times at the insurer's expense during loss assessment: the answer is a 警示教育大会, a film, 以案促改, a 廉洁合作协议 with the insurers and a 集体约谈 of the whole team by the 县农业农村局 — neither cadre is dealt with, though the 整改意见 asked to 分清责任、严肃处理."),
], must_not_flag=[
    F("weak-leadership", None, "支部书记、主任钭云起 first responsible, heads the 领导小组, 4 调度会, visits, 直接督办."),
    F("late-report", None, "Feedback 2025-06-05, 成文日期 2025-08-29: 85 days (the 发布日期 2025-09-01 is the web date)."),
    F("no-disclosure", None, "A public 通报 (主动公开) with a comment period, phone and address."),
    F("copied-measure", 3, "Opens with “针对这一问题” but then acts: full re-check, 6.2万 recovered, 警告/诫勉, a data cross-check in a revised 办法."),
    F("no-accountability", 3, "村报账员 党内警告 ×2 by the 乡镇纪委, the 审核员 诫勉谈话."),
    F("no-accountability", 6, "Costs repaid; the car user 诫勉谈话, the driver 批评教育."),
    F("no-accountability", 7, "Weak criticism in 组织生活会: no misconduct."),
    F("no-mechanism", 3, "修订《农业保险保费补贴资金审核办法》 with data cross-checks."),
    F("no-mechanism", 6, "修订《中心公务用车管理制度》 (派车单, holiday sealing)."),
    F("no-deadline", 1, "“力争2025年12月底前” — hedged but dated."),
    F("no-owner", 8, "副主任蒯静姝 leads; 宓思远 of the 省农科院 only lectures."),
    F("no-owner", 4, "副主任尉迟宁 (the gap there is the rule)."),
], links=[
    L("食用菌保险已于7月起在3个乡镇试点承保", 1), L("中心将切实缩短理赔款平均到账时长", 2),
    L("2个村多申领的6.2万元财政保费补贴已全部追回并缴回县财政", 3), L("每次查勘定损安排2名以上工作人员参加", 4),
    L("与3家承保公司签订廉洁合作协议", 5), L("修订《中心公务用车管理制度》", 6), L("相互提出批评意见共31条", 7),
    L("制定新开办险种条款专题培训计划", 8)])

# p07 蒟岭县社会心理服务指导中心党支部: 反馈意见 (UTF-8 CRLF) with （一）–（九） heading。detail; 二、整改意见 （一）–（四）
# not problems. Report: BY AREA — three own sections citing the feedback's numbers, 一是… paragraphs, then general
# sections 三、责任分工和完成时限 (owner and date per problem), 四、追责问责情况, 五、建章立制情况. GOOD REPORT.
G["p07"] = dict(issues=9, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "支部书记、主任嵇若愚 heads the 领导小组 as 第一责任人, 5 推进会, 4 站点 visits, 直接督办 two tasks."),
    F("late-report", None, "Feedback 2025-02-18, report 2025-05-15: 86 days."),
    F("no-disclosure", None, "七、三是: 县卫生健康局网站 and the 中心微信公众号."),
    F("inconsistent-claim", None, "9 = 8 done + #8 partly ongoing (named); 诫勉2, 批评2 as in 四、; 3.6万 = 2.4 + 1.2; 4 new + 1 revised rules, all named."),
    F("unanswered-issue", 9, "Answered as 四是 inside the 业务工作 section (公众号 weekly, 5 lectures), out of the feedback's order."),
    F("unanswered-issue", 6, "Answered in 内部管理 三是 and in 四、追责问责 (1.2万 退缴, 书面检查, 诫勉谈话)."),
    F("no-owner", 1, "三、: 第（一）（二）（九）项由副主任龚若谷负责 — the owner sits in a general section."),
    F("no-owner", 4, "三、: 第（四）（六）（七）项由支部书记、主任嵇若愚负责."),
    F("no-owner", 9, "三、: 副主任龚若谷."),
    F("no-deadline", 3, "三、: 2025年5月10日前完成."),
    F("no-deadline", 8, "三、: 召回 by 2025-03-31, 培养 长期坚持、每年评估一次."),
    F("no-deadline", 9, "三、: 2025年4月30日前 (the “2025年以来” in the item is not it)."),
    F("no-accountability", 4, "四、: 项目科科长 诫勉谈话, 2 验收人员 批评教育, 2.4万 deducted — in a closing section, not in the item."),
    F("no-accountability", 6, "四、: 1.2万 退缴; 副主任龚若谷 书面检查 and 诫勉谈话 by the 县卫生健康局党组."),
    F("no-accountability", 8, "Staff shortage: no misconduct."),
    F("no-accountability", 9, "A stale 公众号: no misconduct."),
    F("no-mechanism", 3, "会签《心理危机干预转介工作规程》."),
    F("no-mechanism", 4, "《政府购买服务项目管理办法》."),
    F("no-mechanism", 5, "《来访者个人信息安全管理办法》."),
], links=[
    L("热线夜间实行两人轮值", 1), L("为6个无人员的乡镇（街道）站点各配备1名兼职心理服务人员", 2), L("会签《心理危机干预转介工作规程》", 3),
    L("终止与该社会工作服务机构的续签", 4), L("对未经比选直接委托项目的经办人、中心项目科科长给予诫勉谈话", 4),
    L("纸质咨询档案全部移入带锁档案室", 5), L("对2024年10月赴邻县“督导”的费用重新核查", 6),
    L("1.2万元差旅费已由6名参加人员全部退缴", 6), L("修订《党支部议事规则》", 7), L("2名借调人员已全部召回中心工作", 8),
    L("中心微信公众号恢复每周更新", 9)])

# p08 薸桥县消费帮扶服务中心党支部: 反馈意见 with 1．–7． heading lines + 具体表现： lines; 二、整改要求 （一）–（四） not
# problems. Report: DOCX with bold 关于“…”的问题 headings and field paragraphs 整改措施/责任领导/责任科室/完成时限/整改进展.
G["p08"] = dict(issues=7, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2024-09-24 with a 三个月内 limit (due 2024-12-24); the report is dated 2025-01-06: 104 days. The 薸巡办〔2024〕19号 notice and the 2024年12月20日 推进会 are dates inside it, not its date."),
    F("no-deadline", 4, "（四）'s 完成时限 is “2024年以来已分两批推进” — a starting period, not a limit — while the item is 正在推进 with 2 counters still open; every other item has a date."),
    F("no-accountability", 3, "1.8万 of invoices that do not match the service: the answer has the ad firm “换开发票”, sends the finance staff to study the rules and notes the 主任's 表态 — the false invoices are papered over and nobody is dealt with, though the 整改要求 said 该处理的处理，不能以说明代替整改."),
    F("vague-measure", 5, "（五） is slogans only (深刻认识…重要性，切实扛起…责任，进一步加强…日常监督，推动…向纵深发展): no 专题研究, no 门店 cash reconciliation, no person."),
], must_not_flag=[
    F("weak-leadership", None, "支部书记、主任靳怀素 heads the 领导小组 as 第一责任人, 4 推进会, 逐项过问."),
    F("no-disclosure", None, "四、三是: 中心网站 and 服务大厅公开栏."),
    F("inconsistent-claim", None, "“7个问题中，已完成整改6个，1个正在推进（专柜管理）” matches the items; 3 rules named; 0.9万; 诫勉1, 批评1."),
    F("vague-measure", 1, "Opens with 坚持问题导向 but then acts: 86 re-checked, 9 removed, three-level procedure, a 办法, a sanction."),
    F("no-accountability", 1, "认定科科长 批评教育 and 书面检查."),
    F("no-accountability", 6, "0.9万 repaid by the 办公室主任甘露白; 县商务局党组 诫勉谈话 (the film is extra)."),
    F("no-accountability", 7, "Party points and absences: no misconduct; the 谈心谈话 is the right tool."),
    F("no-mechanism", 1, "《消费帮扶产品认定管理办法》."),
    F("no-mechanism", 3, "《展销活动经费管理规定》 (the gap there is accountability)."),
    F("no-mechanism", 4, "《消费帮扶专柜考核和退出办法》 (the gap there is the time limit)."),
    F("no-owner", 4, "副主任仇望平."),
    F("no-owner", 5, "支部书记、主任靳怀素 (the gap there is the slogan)."),
    F("no-deadline", 5, "2024年12月31日 (the gap there is the slogan)."),
], links=[
    L("取消9个不符合条件产品的认定资格", 1), L("按月向县财政局报送各预算单位采购进度", 2), L("发票内容与实际不符的1.8万元已要求广告公司换开发票", 3),
    L("5个长期缺货或停业的专柜中已关停3个", 4), L("进一步加强对下属门店的日常监督", 5),
    L("0.9万元已由3次宴请的审批人、办公室主任甘露白全额退赔", 6), L("党员积分由支部委员会集体评定", 7)])

# p09 蘥江县民族语文工作委员会办公室党支部: 组长's speech with two 从…看 paragraphs of RESTARTING inline 一是…
# (3 + 4 = 7); 一要…三要 not problems. Report (UTF-16 LE BOM, CRLF): by number “对应反馈问题第N项”, #1 + #2 MERGED.
G["p09"] = dict(issues=7, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "“反馈的7项问题已全部整改到位” while （三） says 4.1万 of the 9.8万 “正在清理核实”, with a 完成时限 of 2025-06-30, after the report date."),
    F("no-mechanism", 4, "The speech says 办公室至今没有对外翻译服务收费管理方面的规定; the answer will 严格按照县里有关规定和单位财务制度执行 and points to a new 《办公室固定资产管理细则》 — a rule on another subject; no fee rule is made."),
    F("no-disclosure", None, "The speech's 三要 asks to 按规定公开整改情况; the report never publishes. The 双语政务公开栏 is a translation job, and the 考勤结果…内部公示 is attendance."),
], must_not_flag=[
    F("weak-leadership", None, "支部书记、主任訾明远 heads the 领导小组 as 第一责任人, 3 推进会, 直接督办 two tasks."),
    F("late-report", None, "Feedback 2025-03-11, report 2025-06-06: 87 days."),
    F("repeated-measure", 1, "One merged answer for 第1项、第2项, announced in its heading — not a pasted paragraph."),
    F("repeated-measure", 2, "Same merged answer; its parts are specific (17 signs / 3 errors and 一译二审三校)."),
    F("unanswered-issue", 2, "Answered inside the merged （一）."),
    F("no-accountability", 2, "The translators 批评教育 once the cause was found."),
    F("no-accountability", 4, "翻译科科长 诫勉谈话, the cash-holder moved (the gap there is the rule)."),
    F("no-accountability", 6, "2 late-comers lose 绩效 and are 批评教育; the signer too."),
    F("no-mechanism", 2, "“一译二审三校” 制度 for major meetings."),
    F("no-mechanism", 5, "《办公室政府采购内部控制规程》."),
    F("no-mechanism", 6, "修订《办公室考勤管理办法》 with fingerprints."),
    F("no-deadline", 4, "2025年6月30日 (the gap is elsewhere)."),
    F("no-owner", 4, "支部书记、主任訾明远."),
], links=[
    L("17块错译漏译的标识牌已全部更换", 1), L("建立重大会议翻译“一译二审三校”制度", 2), L("双语内刊实行“三审三校”", 3),
    L("已有5.7万元纳入单位账户统一核算", 4), L("制定《办公室政府采购内部控制规程》", 5), L("对代签考勤表的人员进行批评教育", 6),
    L("支部书记每季度亲自讲授党课", 7)])

# p10 蔾城县高铁站区综合管理服务中心党组: 反馈意见 (GB18030) with areas 一、二、三、…方面 and CONTINUOUS 1．–10．;
# the 移交 sentence and 整改意见 are not problems. Report (UTF-8 CRLF): general section with 责任分工 by number and ONE
# DEFAULT TIME LIMIT (“除另有注明外，均于2025年7月31日前完成”), items N．关于…的问题 by area, closing 追责问责 and 建章立制.
G["p10"] = dict(issues=10, unanswered=[], must_flag=[
    F("repeated-measure", 3, "Item 3 (broken ramps, baby room) is answered only by a boilerplate paragraph (坚持以人民为中心…组织党员干部深入学习上级有关文件精神…不断提升站区服务管理水平) pasted again under item 9."),
    F("repeated-measure", 9, "Item 9 (中心组 study) repeats item 3's paragraph word for word after its own first clause — it even ends on 站区服务管理水平."),
    F("no-accountability", 6, "2.4万 of “站区值守补助” paid to the leadership team themselves: the answer only stops it, holds a 民主生活会 with 对照检查 and a round of 谈心谈话, and cites a 通报批评 by the 县财政局 for slow budget spending — another matter. Nothing is recovered and nobody is dealt with, though the 整改意见 asked to 追缴资金、严肃处理; 三、追责问责 is silent on it."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、主任鞠长庚 heads the 领导小组 as 第一责任人, 4 党组会议, 5 site visits."),
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-12: 84 days."),
    F("no-disclosure", None, "六、三是: 中心网站 and 站区公告栏."),
    F("inconsistent-claim", None, "10 = 9 done + #1 ongoing; 4.9万 = 4.6 + 0.3; 诫勉1, 批评2, 提醒1, 解除劳务合同1 as in the items and 三、; 5 rules named."),
    F("no-owner", 5, "Owner only in the 分工 sentence: 副主任羿明川牵头第5、7项."),
    F("no-owner", 10, "分工: 党组书记、主任鞠长庚牵头第2、6、8、10项."),
    F("no-owner", 4, "分工: 副主任庹玉衡牵头第1、3、4项."),
    F("no-deadline", 2, "The item's only date is a past 党组会议 (6月3日), but the general sentence sets 2025年7月31日 for every item not otherwise marked."),
    F("no-deadline", 5, "Default limit 2025年7月31日."),
    F("no-deadline", 1, "Marked otherwise: 持续推进, 2025年12月底前 形成常态化机制."),
    F("no-accountability", 5, "In 三、: the 收费员 let go, the 财务科科长 诫勉谈话 — away from the item."),
    F("no-accountability", 2, "资产管理科科长 批评教育, the 2 cadres' written statements, the leases ended and re-let."),
    F("no-accountability", 7, "0.3万 repaid by the approver; 办公室主任 批评教育 in 三、."),
    F("no-mechanism", 2, "《站区商业网点招租管理办法》."),
    F("no-mechanism", 8, "《党组会议议事规则》 and 《“三重一大”事项清单》."),
    F("no-mechanism", 10, "《中层干部选拔任用工作规程》."),
], links=[
    L("在到达层设置网约车专用上客区和出租车蓄车场", 1), L("2名干部亲属承租的2间商铺已解除合同", 2),
    L("针对旅客服务设施维护滞后的问题，中心党组坚持以人民为中心的发展思想", 3),
    L("7月3日联合铁路车站、县公安局开展综合应急演练1次", 4), L("未入账的4.6万元已全部收缴入账", 5),
    L("对负有监管责任的财务科科长给予诫勉谈话", 5), L("“站区值守补助”已于2025年6月起停止发放", 6),
    L("超标准部分0.3万元已由审批人退还", 7), L("对站前广场改造工程补充履行党组会议研究程序", 8),
    L("针对党组理论学习中心组学习不深入的问题，中心党组坚持", 9), L("补充开展民主推荐", 10)])

for name, g in G.items():
    out = {"mode": "pair", "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
