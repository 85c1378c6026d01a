"""Write p01..p10/gold.json (dev-pairs gold format) for dev73. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev44/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蕤岱县地方病防治所党支部: 组长's formal 反馈会 speech, problems unnumbered on turns (但是 / 同时也要看到 / 在经费使用上 /
# 还有一个情况 / 从组织建设来看 / 另外); a cleared petition, a 原因 paragraph, 一要…三要 and the deadline are not problems.
# Report: 关于“…”的问题 with 整改措施/责任领导/责任科室/整改时限/整改成效. GOOD REPORT.
G["p01"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "支部书记、所长蔺观澜 heads the 领导小组 as 第一责任人, chaired 5 meetings, twice led data re-checks, 当面督办 two heads."),
    F("late-report", None, "Feedback 2025-05-20 with a three-month limit; report 2025-08-12: 84 days."),
    F("no-disclosure", None, "Published 8月8日 on the 县卫生健康局门户网站 and the 所公开栏, with a 监督电话."),
    F("inconsistent-claim", None, "24 measures = 22 done + 2 named long-term ones; 12.6万 + 3.2万 match items 3 and 4; 诫勉1 (#1) + 批评教育3 (#3, #4, #6); 3 new rules (#1, #3, #4) + 3 revised (#2, #5, #6)."),
    F("no-accountability", 1, "The head of the 监测科 who reported 46 villages done gets 诫勉谈话."),
    F("no-accountability", 3, "The deputy who approved the 12.6万 gets 批评教育 and a 书面检查; the money is returned."),
    F("no-accountability", 4, "3.2万 recovered from 11 person-trips; the finance clerk gets 批评教育; 警示教育 held."),
    F("no-accountability", 5, "Lax organisational life: no wrongdoing by a person to hold to account."),
    F("no-mechanism", 1, "新制定《地方病监测数据审核报送制度》 with three signatures."),
    F("no-mechanism", 3, "新制定《地方病防治项目资金管理办法》."),
    F("no-mechanism", 4, "新制定《下乡工作差旅费报销实施细则》."),
    F("no-mechanism", 6, "修订《固定资产管理办法》 with yearly stock-taking."),
    F("no-deadline", 2, "“2025年6月30日，此后长期坚持” — a date plus a standing duty."),
    F("no-deadline", 5, "2025年7月31日; only the 党课计划 is 长期坚持."),
    F("vague-measure", 2, "Opens with 带头深刻反思 but then gives a fixed agenda item, 27 risk points, 41 controls, 11 talks and a revised rule."),
    F("copied-measure", 5, "Picks up the feedback's 辣味不足 only to introduce concrete acts (34 criticisms, 党课计划, a revised 规程)."),
    F("no-owner", 6, "责任领导：甘棠（支部纪检委员）."),
], links=[
    L("对2024年漏测的15个病区村逐村补做监测", 1), L("重新排查廉政风险点27个", 2),
    L("将列支的办公楼外墙维修费12.6万元归还项目资金专户", 3), L("确认涉及11人次、多领3.2万元", 4),
    L("共提出批评意见34条", 5), L("共清查资产612件", 6)])

# p02 薤滨县蔬菜产业发展中心党支部: 纪委监委 website news item on the feedback meeting; problems in indirect speech
# (指出 / 还指出 / 反馈指出 / 此外); praise, the 巡察办's 要求 and the 表态 一是…三是 are not problems.
# Report (GB18030): the secretary's FIRST-PERSON report, own order 2,3,1,5,6,4.
G["p02"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2025-05-08; the news item states the three-month rule; the report is dated 2025-09-02: 117 days."),
    F("no-accountability", 2, "The feedback names the staff member who signed off the village list unchecked (4.5万 to 3 households who grew nothing) and the 巡察办 asked for 严肃追责问责; the report recovers the money and rewrites the check rule but deals with nobody."),
    F("vague-measure", 4, "(六) on 打卡式 field visits and copied service ledgers is slogans only (深刻认识…危害, 进一步转变工作作风, 坚决杜绝走过场): no ledger check, no visit rule, no person."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary writes as 第一责任人, heads the 领导小组, chaired 6 调度会, visited three sites, 约谈 two deputies."),
    F("no-disclosure", None, "Published 8月29日 on the 县农业农村局门户网站."),
    F("inconsistent-claim", None, "21 measures = 18 done + 3 named ongoing (2 大棚, 1 党费) with dates; 6800 = 6120 + 680."),
    F("unanswered-issue", 4, "Answered under (六), though only with slogans (hence vague-measure, not unanswered)."),
    F("no-accountability", 3, "The 采购股股长 gets 诫勉谈话 and the secretary makes a self-criticism."),
    F("no-mechanism", 2, "修订《设施蔬菜补贴核查办法》 (the gap there is accountability)."),
    F("no-mechanism", 3, "修订《中心物资采购管理办法》."),
    F("no-mechanism", 6, "制定《“薤滨菜篮子”公众号信息发布审核制度》."),
    F("no-owner", 1, "“我亲自牵头这项工作” and “此项由副主任宁采薇具体负责”."),
    F("no-deadline", 1, "The remaining 68亩 are due 2025年10月31日."),
    F("no-deadline", 5, "The last 680元 due 10月底前."),
    F("vague-measure", 6, "Concrete: a three-level check, two posts deleted with a correction, a named administrator."),
], links=[
    L("280亩建设任务已建成212亩", 1), L("全额追回补贴资金4.5万元", 2), L("同一年度同类物资合并计算采购金额", 3),
    L("牢固树立服务意识", 4), L("确认少交6800元", 5), L("对巡察指出的两条错误信息已删除", 6)])

# p03 蘩岭县温泉旅游度假区党工委: a 县委常委's speech after the group's reading, restating its problems as
# “巡察组指出 / 还讲到 / 反馈中讲到 / 还有一条 / 也指出了 / 在选人用人上 / 此外”; a settled old problem (停车场收费) and three
# “到位” requirements are not problems. Report: short preamble + ｜-row 整改台账.
G["p03"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-owner", 7, "Row 7 (“两新”党建) has 责任领导 “／” and 责任部门 “相关部门”, while every other row names a leader and a unit, and the speech asked that every problem 有人管."),
    F("no-deadline", 2, "Row 2's 整改时限 is “视项目推进情况确定” — no date — while every other row has one and the speech asked for 有时限."),
    F("no-disclosure", None, "The speech asks that the rectification 向干部群众公开; the report never says it was or will be published (公开招租 and 公开考试 are not disclosure)."),
], must_not_flag=[
    F("weak-leadership", None, "党工委书记谌星河 heads the 领导小组 as 第一责任人, 7 meetings, on-site 督办 of two items."),
    F("late-report", None, "Feedback 2025-04-15, report 2025-07-08: 84 days."),
    F("inconsistent-claim", None, "26 = 25 done + 1 named ongoing (matches row 2); 警告2 (rows 1, 5), 诫勉2 (rows 2, 4), 批评6 (5 in row 5 + row 6); 5 new + 2 revised rules = the 7 of 下一步."),
    F("no-accountability", 1, "时任分管副主任 党内警告."),
    F("no-accountability", 2, "招商服务局局长 诫勉谈话."),
    F("no-accountability", 4, "旅游发展公司总经理 诫勉谈话, the clue handed to the 县纪委监委."),
    F("no-accountability", 5, "The leading deputy gets 党内警告, five others 批评教育, 3.8万 refunded."),
    F("no-accountability", 6, "党政办主任 批评教育, two hires dismissed."),
    F("no-accountability", 7, "A coverage gap in party building: no wrongdoing."),
    F("no-mechanism", 1, "《度假区规划建设项目会审制度》."),
    F("no-mechanism", 2, "《招商引资项目统计认定办法》 (the gap there is the time limit)."),
    F("no-mechanism", 4, "《国有经营性资产出租管理办法》."),
    F("no-mechanism", 6, "《编外人员招聘管理办法》."),
    F("no-owner", 2, "邝一帆 and 招商服务局 are named (the gap there is the time limit)."),
    F("no-deadline", 7, "2025年7月31日 (the gap there is the owner)."),
], links=[
    L("靠近红线的1栋已于6月18日拆除", 1), L("按正式合同重新统计签约额为6.1亿元", 2),
    L("2300万元道路提升工程提交党工委会议重新审议并通过", 3), L("14间商铺于6月通过县公共资源交易中心公开招租", 4),
    L("6名参加人员全额退赔费用3.8万元", 5), L("2名不符合岗位条件的干部亲属已解除劳动合同", 6),
    L("另1家与邻近商户建立联合党支部", 7)])

# p04 茺阳县防沙治沙工作站党支部: colloquial recording transcript (头一个事 / 第二个 / 再一个 / 还有 / 再说 / 最后一个),
# praise and an aside, an interjection, the 苗木 problem repeated at the end (counted once), 三句话 requirements.
# Report (UTF-8 CRLF): 问题N：/整改情况： + one field line.
G["p04"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("copied-measure", 5, "问题5's 整改情况 only turns the feedback's words (念文件, 学习笔记互相抄写, 流于形式走过场) into a promise to 坚决杜绝 them: no study plan, no check of notes, no person."),
    F("no-mechanism", 6, "The speech says the 2013 财务报销制度 has not been revised for over ten years and asks to 把规矩立起来; the answer only back-signs 126 vouchers — no rule revised — while items 1–4 each make or revise one."),
    F("inconsistent-claim", None, "“6个问题已全部整改到位，18项整改措施全部完成” while 问题1 says 516亩 are to be replanted with a limit of 2026年4月30日."),
], must_not_flag=[
    F("weak-leadership", None, "支部书记骆明川 heads the 领导小组 as 第一责任人, 4 meetings, 2 site checks; the implicated 站长 stands aside."),
    F("late-report", None, "Feedback 2025-06-05, report 2025-08-26: 82 days."),
    F("no-disclosure", None, "Published 8月20日 on the 县林业局门户网站."),
    F("no-accountability", 1, "生产股股长 诫勉谈话."),
    F("no-accountability", 2, "The 站长 诫勉谈话 by the 县林业局党组 and a 书面检查; 2.3万 overprice refunded."),
    F("no-accountability", 3, "Two rangers dismissed, 1.9万 recovered, the 队长 批评教育 and removed."),
    F("no-accountability", 4, "办公室主任 批评教育, fuel money refunded."),
    F("no-mechanism", 1, "《造林项目验收管理办法》."),
    F("no-mechanism", 2, "修订《苗木采购管理办法》."),
    F("no-mechanism", 3, "《护林员聘用和考勤管理办法》."),
    F("no-mechanism", 4, "修订《公务用车管理制度》."),
    F("no-deadline", 1, "Dated: correction 2025-07-15, replanting 2026-04-30."),
    F("no-owner", 5, "骆明川 is named (the gap there is the copied text)."),
], links=[
    L("确认成活保存达标的为684亩", 1), L("高出同期市场价2.3万元，已由苗圃全额退还", 2), L("对2名长期不在岗的护林员予以解聘", 3),
    L("已退还油费0.26万元", 4), L("站党支部将坚决杜绝理论学习念文件", 5), L("对缺少审批人签字的126张单据逐一补签", 6)])

# p05 蘼川县通用机场运营有限公司党支部 (state firm): the firm's own secretary's 整改动员部署会 speech restating the
# group's feedback (首先 / 其次 / 再次 / 另外 / 还有 / 最后), with self-criticism; a 移交 clue and three “必须” are not problems.
# Report (UTF-16 LE BOM): by number 针对反馈意见第N个问题; 第六 missing; one boilerplate paragraph under 二 and 三.
G["p05"] = dict(mode="pair", issues=6, unanswered=[6], must_flag=[
    F("unanswered-issue", 6, "The 航空体验 hospitality (17 flights without 公函, over-standard meals) has no answer: the report goes from 第五个问题 to 下一步."),
    F("repeated-measure", 2, "The only answer to the 260万 tourism project is a boilerplate paragraph (组织…学习《公司法》…举一反三…确保问题整改到位) pasted again under 第三个问题 after a different first clause."),
    F("repeated-measure", 3, "The 52万 unsettled prepayment and the unreviewed fuel contract get the same pasted paragraph as 第二个问题."),
    F("weak-leadership", None, "An 整改工作专班 led by the 综合管理部; no 领导小组, no 第一责任人, the secretary-chairman never appears, though his own speech promised to lead."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-06-17 (deadline stated as 9月17日), report 2025-09-10: 85 days."),
    F("no-disclosure", None, "The report is to be published on the 公司网站 and the 县国资服务中心网站."),
    F("inconsistent-claim", None, "No all-done claim; items 2 and 3 say 正在推进, the others 已完成 with dates before the report."),
    F("no-accountability", 1, "安全质量部部长 诫勉谈话, the inspector 批评教育."),
    F("no-accountability", 4, "46万 clawed back, 通报批评 by the 国资 centre, the HR deputy 诫勉谈话."),
    F("no-mechanism", 1, "修订《飞行区安全检查管理规定》."),
    F("no-mechanism", 4, "修订《公司薪酬管理办法》."),
    F("no-mechanism", 5, "制定《党支部前置研究讨论重大经营管理事项清单》."),
    F("repeated-measure", 5, "Its own specific text (12类事项, 6 items studied) though it names the two deals of problems 2 and 3."),
    F("repeated-measure", 1, "Specific text only found there."),
    F("no-owner", 2, "牵头领导 总经理贝成蹊 (the gap there is the pasted text)."),
    F("no-deadline", 3, "2025年9月30日 (the gap there is the pasted text)."),
], links=[
    L("新购置激光驱鸟设备2台", 1), L("针对投资决策方面的问题", 2), L("针对合同和资金管理方面的问题", 3),
    L("46万元绩效奖金全部清退", 4), L("明确投资项目、大额资金支出、重要合同签订、薪酬分配等12类事项", 5)])

# p06 荪崖县渡运管理站党支部: a feedback letter in NARRATIVE FORM following the group's route (篙湾渡口 → 苘口 → the
# accounts → a night call → the ticket money → the branch); a cleared petition (回扣) is not a problem.
# Report: DOCX with bold 关于 headings, a measures paragraph and one field paragraph each.
G["p06"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("vague-measure", 4, "The answer to the unanswered duty phone and the empty duty roster is slogans only (深刻认识…重要性, 增强责任意识, 严格落实…各项要求, 切实提高): no roster rule, no check, no person."),
    F("no-accountability", 5, "5.6万 of ticket money kept and spent at two ferries without vouchers (坐收坐支): the report clears the money and changes the collection, but the two ferry heads are not dealt with, though the feedback asked that violations be 严肃处理."),
], must_not_flag=[
    F("weak-leadership", None, "支部书记、站长尉迟望 heads the 领导小组 as 第一责任人, 5 meetings, 4 ferry visits, 直接督办 two items."),
    F("late-report", None, "Feedback 2025-03-27, report 2025-06-20: 85 days."),
    F("no-disclosure", None, "Published 6月18日 on the 县交通运输局门户网站 and the ferry notice boards."),
    F("inconsistent-claim", None, "20 = 18 + 2 (the boats, item 3 正在推进 to 10月31日); 警告1 (#2) + 批评2 (#1, #3); 4 new + 1 revised = 5."),
    F("no-accountability", 1, "The safety officer who wrote 各项正常 gets 批评教育."),
    F("no-accountability", 2, "The staff member who collected the allowances gets a 警告处分 and repays 8200元."),
    F("no-accountability", 3, "The deputy responsible for the delay gets 批评教育."),
    F("no-mechanism", 1, "修订《渡口安全检查制度》."),
    F("no-mechanism", 2, "《渡工岗位补贴发放管理办法》."),
    F("no-mechanism", 5, "《渡运票款收缴管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 6, "《流动党员联系管理办法》."),
    F("no-deadline", 3, "2025年10月31日 for the boats still being built."),
    F("no-owner", 4, "柏青崖 named (the gap there is the slogans)."),
    F("vague-measure", 6, "Concrete: one member transferred, one 停止党籍 through the procedure."),
], links=[
    L("为各渡口补配救生衣120件", 1), L("确认2名渡工少领8200元", 2), L("与中标船厂签订4条钢质渡船建造合同", 3),
    L("严格落实值班值守的各项要求", 4), L("两个渡口的票款改为扫码收费", 5), L("按规定予以停止党籍", 6)])

# p07 萩塘县煤炭工业服务中心党支部: DOCX 组长's speech, unnumbered 从…看 paragraphs each praising first and turning
# (但是 / 不过 / 可是 / 问题在于); the 从履行服务职能看 paragraph holds TWO problems (training quality, training fees).
# Report: 一、关于…的问题 with 一是… and a bracket (责任领导；完成时限).
G["p07"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("copied-measure", 5, "The answer repeats the feedback (没有经过民主推荐、没有组织考察、由主任提名后直接发文) as a promise to 杜绝 it: the three appointments are not reviewed and no procedure is written."),
    F("no-owner", 6, "Item 六's bracket gives only 完成时限; every other item names a 责任领导, and the group asked 每个问题都要明确责任人."),
    F("late-report", None, "Feedback 2025-02-26 with a three-month limit; the report is dated 2025-06-13: 107 days."),
], must_not_flag=[
    F("weak-leadership", None, "支部书记、主任甄守拙 heads the 领导小组 as 第一责任人, 6 meetings, 2 mine-site checks."),
    F("no-disclosure", None, "Published 6月12日 on the 县能源局门户网站."),
    F("no-accountability", 1, "技术科科长 诫勉谈话."),
    F("no-accountability", 2, "Two 培训科 staff 批评教育."),
    F("no-accountability", 3, "The director's 书面检查, the finance clerk 批评教育, 3.4万 repaid."),
    F("no-accountability", 4, "党内警告 for the team leader, 诫勉 for the four others, meals and gifts paid back."),
    F("no-accountability", 7, "The office head who signed the false 销号 gets 诫勉谈话."),
    F("no-mechanism", 1, "《关闭煤矿井口定期复查制度》."),
    F("no-mechanism", 2, "修订《煤矿从业人员安全培训考核管理办法》."),
    F("no-mechanism", 3, "《中心非税收入收缴管理办法》."),
    F("no-mechanism", 4, "《入企检查廉洁纪律规定》."),
    F("no-mechanism", 6, "A 换届提醒机制 six months before term."),
    F("no-mechanism", 7, "修订《中心档案管理办法》."),
    F("copied-measure", 7, "The heading restates the problem but the measures are concrete (236卷, 12 items re-checked, 诫勉)."),
    F("no-deadline", 6, "2025年4月30日 (the gap there is the owner)."),
    F("no-owner", 5, "甄守拙 named (the gap there is the copied text)."),
], links=[
    L("对萩岗被扒开的封闭墙当日报告县应急管理局", 1), L("培训签到改为人脸识别", 2),
    L("将工会账户上的培训费余额15.2万元缴入财政专户", 3), L("对其余4人进行诫勉谈话", 4),
    L("坚决杜绝不经民主推荐和组织考察直接聘任中层干部的现象", 5), L("经批准于4月18日召开支部党员大会完成换届", 6),
    L("共整理236卷", 7)])

# p08 蓂溪县旅行社有限责任公司党支部 (state firm): HTML website INTERVIEW (记者/乔晚枫) whose answers hold the
# problems (最突出的 / 第二个让我们警惕的 / 有两个问题比较典型。一个是…另一个是… / 有。…); the 移交 clue and the
# three requirements are not problems. Report: public 整改进展情况的通报 with header and comment channels.
G["p08"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "“6个问题已全部完成整改…24项整改措施全部落实到位” while item 3 has 12万 in a pending lawsuit with a limit of 2025年12月31日; and “追回资金共计43.4万元” while the items give 19万 + 2.6万 + 1.6万 = 23.2万."),
    F("no-accountability", 5, "A company leader took family members on 踩线考察 at company cost (1.6万): the money is repaid and a rule made, but nobody is dealt with, though the group said 人要处理到位，不能只改制度不问责."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长左听澜 heads the 领导小组 as 第一责任人, 5 meetings, 直接督办 two items."),
    F("late-report", None, "Feedback 2025-07-03, 通报 2025-09-25: 84 days."),
    F("no-disclosure", None, "The report is itself a public 通报 (公开方式：主动公开) with phone, e-mail and address for comments."),
    F("no-accountability", 1, "The general manager 诫勉谈话 by the 国资服务中心."),
    F("no-accountability", 2, "The 市场部经理 诫勉谈话; the teachers' payments reported to the 县教育局."),
    F("no-accountability", 4, "The finance head 批评教育; 2.6万 repaid by the clerk."),
    F("no-accountability", 6, "Weak political guidance of young staff: no wrongdoing."),
    F("no-mechanism", 1, "《党支部前置研究讨论重大经营管理事项清单》."),
    F("no-mechanism", 2, "《研学旅行业务合作管理办法》."),
    F("no-mechanism", 3, "修订《门店承包经营管理办法》."),
    F("no-mechanism", 4, "《费用报销审核细则》."),
    F("no-mechanism", 5, "《踩线考察管理规定》 (the gap there is accountability)."),
    F("no-deadline", 3, "2025年12月31日 (the lawsuit is the contradiction, not a missing date)."),
    F("no-owner", 5, "牵头领导 左听澜."),
    F("vague-measure", 6, "Concrete: 4 积极分子, monthly meetings, 4 主题党日, 12 guided tours."),
], links=[
    L("对巡察指出的680万元研学旅行合同补充提交党支部会议研究", 1), L("7月4日起全面停止向合作学校带队教师支付任何费用", 2),
    L("已收回拖欠的承包费19万元", 3), L("已补换合规发票6.1万元", 4), L("家属交通、食宿费用1.6万元已全部退还公司账户", 5),
    L("从青年导游中确定入党积极分子4名", 6)])

# p09 蕖坪县社区戒毒康复指导中心党支部: 会议纪要 of the feedback meeting; the group's problems as 第一，…第六， in one
# paragraph of the minutes; 巡察组要求, the 巡察办's 三点, the 表态 一是…三是 and 议定事项 （一）–（三） are not problems.
# Report: the unit's own short headings in another order (1, 4, 2, 3, 6) + one field line; problem 5 missing.
G["p09"] = dict(mode="pair", issues=6, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "Sending clients' names, ID numbers and addresses in chat groups with outsiders: no heading or sentence answers it."),
    F("no-mechanism", 3, "The group asked for a 社工考勤 rule; the answer dismisses two social workers, recovers 3.6万 and checks the others, but sets no attendance rule, while items 1, 2 and 4 each make one."),
    F("no-disclosure", None, "The 巡察办 asked that the rectification be published; the report never says it was or will be."),
], must_not_flag=[
    F("weak-leadership", None, "支部书记、主任訾明远 heads the 领导小组 as 第一责任人, 6 meetings, same-day home visits, 直接督办 two items."),
    F("late-report", None, "Feedback 2025-08-19 (deadline 11月19日 in the minutes), report 2025-11-10: 83 days."),
    F("inconsistent-claim", None, "19 = 17 + 2 named ongoing; 7.2万 and 3.6万 match items; 诫勉2 (#1, #4), 批评2 (#2, #3), 解聘2, 3 rules."),
    F("unanswered-issue", 4, "Answered under the own heading 挤干就业帮扶的“水分”."),
    F("unanswered-issue", 6, "Answered under the own heading 严格党内组织生活."),
    F("no-accountability", 1, "业务科科长 诫勉谈话."),
    F("no-accountability", 2, "The finance clerk 批评教育, the secretary's self-criticism, money returned."),
    F("no-accountability", 3, "Two workers dismissed, 3.6万 recovered, the timekeeper 批评教育 (the gap there is the missing rule)."),
    F("no-accountability", 4, "帮扶科负责人 诫勉谈话."),
    F("no-mechanism", 1, "《社区戒毒康复人员分级管控办法》."),
    F("no-mechanism", 2, "《禁毒专项经费使用管理办法》."),
    F("no-mechanism", 4, "《就业帮扶台账管理和核查办法》."),
    F("no-deadline", 4, "2025年12月31日."),
    F("no-owner", 3, "鄂晚晴 named."),
], links=[
    L("补录信息316条", 1), L("从中心公用经费中调整归还专项经费账户", 2), L("追回2024年违规领取的工资3.6万元", 3),
    L("确认稳定就业9人", 4), L("支部委员会每月召开一次", 6)])

# p10 葍河县水利局党组: 组长's speech (GB18030) with spoken ordinals 第一个问题…第七个问题 opening paragraphs; a settled
# 立行立改 item (broken web links) is expressly not a problem; requirements 一是…四是 are not problems.
# Report: 关于“…”的问题 with 整改措施/责任领导/责任单位/整改时限/整改进展; problems 2 and 3 MERGED under one heading.
G["p10"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-deadline", 1, "The sand pile is still being cleared, yet 整改时限 is “结合执法工作持续推进” — no date, while every other item has one and the group asked 每个问题都要…有时限."),
    F("weak-leadership", None, "“局党组召开会议…由局办公室负责统筹协调”: no 领导小组, no 第一责任人, the 党组书记 never appears, though the group asked him to 亲自部署、亲自过问、亲自督办."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-09-09 (deadline 12月9日 stated), report 2025-12-03: 85 days."),
    F("no-disclosure", None, "To be published on the 县政府门户网站."),
    F("inconsistent-claim", None, "5 done + 2 named ongoing (#1, #4) match the items; 诫勉3 (#1, #3, #5), 批评2 (#2, #4); 3 new rules + 1 revised."),
    F("repeated-measure", 2, "One merged answer for 2 and 3, with parts specific to each (压力测试/管网 vs 招标 report) — not a pasted measure."),
    F("repeated-measure", 3, "Same merged answer."),
    F("unanswered-issue", 3, "Answered inside the merged heading."),
    F("no-accountability", 1, "水政监察大队大队长 诫勉谈话 (the gap there is the time limit)."),
    F("no-accountability", 3, "建设管理股股长 诫勉谈话."),
    F("no-accountability", 5, "办公室主任 诫勉谈话, the deputy's 书面检查, 14.8万 recovered."),
    F("no-accountability", 7, "Party work detached from business: no wrongdoing."),
    F("no-mechanism", 1, "修订《河道巡查和违法行为处置工作规程》."),
    F("no-mechanism", 3, "《水利工程建设项目招投标和验收管理办法》."),
    F("no-mechanism", 5, "《防汛值班补助发放管理办法》."),
    F("no-mechanism", 6, "《局机关借调干部管理规定》."),
    F("no-owner", 1, "副局长彭望川, 水政监察大队."),
    F("no-deadline", 4, "2026年3月31日 under an approved instalment plan."),
    F("no-deadline", 7, "2025年11月30日，此后长期坚持."),
], links=[
    L("作出罚款5万元的行政处罚", 1), L("更换漏损管段2.3公里", 2), L("已书面报告县公共资源交易监督管理部门依法处理", 3),
    L("已征收14个项目41.5万元", 4), L("已于10月底前全额收回", 5), L("4人已于10月返回原单位", 6),
    L("在防汛和重点工程一线设立党员先锋岗12个", 7)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
