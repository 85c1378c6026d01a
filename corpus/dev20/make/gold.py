"""Write p01..p10/gold.json (dev-pairs gold format) for dev20. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev19/make/gold.py. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 鹞岭县农业机械化服务中心党支部: feedback 【问题一】…【问题七】 heading lines + detail; 【整改要求】 (一要…三要, not a
# problem, same bracket style). Report: UTF-16 进展月报 "巡察整改工作动态（第3期）", "问题N　title" + paragraph with owners
# as persons inside sentences + 完成时限 + "整改进度：N%".
G["p01"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "The summary claims 已完成整改6个 and 整体完成率95%, but the items show 100/100/80/100/60/100/100 — five at 100%, average 91.4%; #3 (80%) and #5 (60%, 次年3月) are still open."),
    F("no-mechanism", 4, "The finance item only补齐发票, re-trains staff and补办调拨手续; no rule made or revised although white-slip entries and cash payments are systemic."),
    F("no-accountability", 5, "The feedback 要求对相关决策人员追究责任 for the 6.8万 allowance; the report only has recipients refund it — nobody is dealt with."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任韩立峰 is 组长 and 第一责任人, chaired 5 meetings, 直接部署、直接过问、直接督办 two problems."),
    F("late-report", None, "Feedback 2025-03-12, bulletin 2025-06-05: 85 days."),
    F("no-disclosure", None, "Published in the 门户网站“党务公开”栏目 with a phone number; 补贴公示 also posted in villages."),
    F("no-owner", 1, "由党支部书记韩立峰牵头，办公室具体落实 — owner inside the sentence."),
    F("no-owner", 4, "由副主任周德元牵头，财务室负责."),
    F("no-owner", 5, "由副主任周德元牵头，人事财务室负责."),
    F("no-deadline", 1, "本季度末 is a time limit."),
    F("no-deadline", 3, "长期坚持，每半年检查一次."),
    F("no-deadline", 5, "次年3月底前 is a time limit."),
    F("no-accountability", 2, "Two reviewers: 诫勉谈话 and 批评教育; dealers blacklisted."),
    F("no-accountability", 7, "The inspector 批评教育 and moved."),
    F("no-accountability", 6, "The 党小组长 made a written self-criticism after a 通报."),
    F("no-mechanism", 2, "修订《农机购置补贴审核工作规程》."),
    F("no-mechanism", 6, "修订《党支部“三会一课”纪实办法》."),
    F("no-mechanism", 7, "制定 two rules (检验细则, 隐患排查销号办法)."),
    F("vague-measure", 4, "Concrete (补齐发票, 盘点, 补办调拨); the gap is the missing rule."),
], links=[
    L("已开工机耕道14.2公里", 1), L("带定位和时间水印的照片", 2), L("共梳理风险点23个", 3), L("已补办调拨手续", 4),
    L("全部上缴县财政", 5), L("学一课、议一事、办一件实事", 6), L("农机事故隐患排查销号办法", 7)])

# p02 鸂滨区科学技术协会党组: GB18030 + CRLF formal opinion; 二、存在的主要问题 is ONE paragraph of seven "…不…。" verdict
# sentences, each followed by evidence sentences (evidence containing 不完整/不符合/不足 is not a new problem). Report:
# UTF-8 BOM + CRLF 党组书记's first-person 对照检查材料 at the 巡察整改专题民主生活会; "（N）关于“verdict”的问题" with
# 对照检查： / 整改落实： and 责任领导；责任部门；完成时限 at the end; #5 skipped so （五）=#6, （六）=#7; 原因剖析 not measures.
G["p02"] = dict(mode="pair", issues=7, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "项目经费管理不严格 (12.4万 of 科普惠农 funds spent on office equipment, self-issued acceptance) is never answered; sections jump from 学会监管 to 八项规定."),
    F("no-accountability", 6, "The feedback asks to 严肃追究相关人员责任 for the two scenic-spot meetings (1.7万, relatives attending); the secretary only 作深刻检讨 and revises the 办法 — nobody is dealt with, nothing repaid."),
    F("no-deadline", 3, "The 议事决策 item names 责任领导 and 责任部门 but no 完成时限; every other item has one."),
], must_not_flag=[
    F("weak-leadership", None, "The 党组书记 speaks in the first person as 第一责任人, heads the group, 直接部署、直接过问、直接督办 two problems."),
    F("late-report", None, "Feedback 2025-05-09, 民主生活会 2025-07-28: 80 days."),
    F("no-disclosure", None, "会后在区科协门户网站予以公开."),
    F("no-owner", 3, "责任领导：副主席许文岚；责任部门：办公室."),
    F("no-owner", 1, "责任领导：我本人 — the secretary himself."),
    F("no-deadline", 1, "2025年6月底前，此后长期坚持."),
    F("no-deadline", 4, "2025年8月底前."),
    F("no-deadline", 7, "2025年10月底前."),
    F("no-mechanism", 1, "制定《党组理论学习中心组学习研讨规则》."),
    F("no-mechanism", 3, "修订《…“三重一大”事项决策实施办法》."),
    F("no-mechanism", 4, "制定《区级学会监督管理办法》."),
    F("no-mechanism", 6, "修订《机关会议和学术活动经费管理办法》."),
    F("no-mechanism", 7, "修订《机关党支部工作规则》."),
    F("vague-measure", 2, "Concrete: 9 of 11 streets staffed, 2 in process."),
    F("unanswered-issue", 6, "（五） answers #6 (八项规定) although it sits in #5's place."),
    F("unanswered-issue", 7, "（六） answers #7."),
], links=[
    L("至少3名成员发言", 1), L("已有9个完成", 2), L("5万元以上采购一律列入党组会研究范围", 3), L("区级学会监督管理办法", 4),
    L("机关会议和学术活动经费管理办法", 6), L("补缴党费共计1460元", 7)])

# p03 鹖坪镇党委: UTF-8 BOM; each problem one paragraph opened by "在……方面：" (8); 意见建议 （一）–（三）. Report: DOCX, good;
# areas （一）（二）（三） with 1. 2. 3. restarting; "2.关于第二、五个问题" answers #2 and #5 together; 附件 list.
G["p03"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党委书记曹文昊 is 组长 and 第一责任人, 5 meetings, 直接部署、直接过问、直接督办."),
    F("late-report", None, "Feedback 2025-04-29, report 2025-07-22: 84 days."),
    F("no-disclosure", None, "Published in the 镇政务公开栏 and on the “鹖坪发布” account with a phone number."),
    F("inconsistent-claim", None, "7 done + 1 持续推进 (#1) agrees; 处分1 (民政办), 诫勉2 (村书记, 民政办主任), 批评教育3 (农经站站长, 党政办副主任, 组织委员); 7 rules named; 2.9万 and 3.6万 agree."),
    F("unanswered-issue", 5, "Answered in the merged section “关于第二、五个问题” (农家书屋, LED屏)."),
    F("unanswered-issue", 2, "Answered in the merged section (研判, 三审三校)."),
    F("repeated-measure", 2, "One merged section for #2 and #5 is a merge, not a pasted paragraph."),
    F("repeated-measure", 5, "Same merged section."),
    F("no-owner", 5, "The merged section's line names 宣传委员邹可欣 and 党政办、综合文化站."),
    F("no-deadline", 1, "2025年9月底前 beside 持续推进."),
    F("no-deadline", 5, "2025年6月30日 in the merged line."),
    F("no-accountability", 4, "鹖溪村党支部书记 诫勉谈话; 农经站站长 批评教育."),
    F("no-accountability", 6, "党内警告 and 诫勉谈话."),
    F("no-accountability", 8, "组织委员 批评教育."),
    F("no-mechanism", 2, "《“鹖坪发布”信息发布三审三校制度》."),
    F("no-mechanism", 7, "修订考勤和请销假管理办法."),
    F("no-mechanism", 8, "制定《发展党员工作全程纪实办法》."),
    F("vague-measure", 3, "Named talks with 14 village secretaries, quarterly agenda, 17 risk points."),
], links=[
    L("2处已拆除复耕", 1), L("三审三校制度", 2), L("6个长期上锁的农家书屋已落实村级管理员", 5), L("梳理风险点17个", 3),
    L("拖欠的3.6万元租金已全部收回", 4), L("另清退不符合条件对象4户", 6), L("3名村干部已全部退回村里工作", 7),
    L("检查近三年发展的党员档案23份", 8)])

# p04 鹞岭县中心血站党支部: feedback PDF; "问题（一）…问题（六）" heading lines + "具体表现：①②" evidence (not problems);
# 巡察建议 建议一/建议二. Report: GB18030 函 (文号, 主送 县委巡察办, 联系人), "一、关于问题（N）…" + 整改措施： + 责任人；责任科室；
# 完成时限 (本季度末 / 次年3月前 / 长期坚持); the 函 itself explains the delay.
G["p04"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2025-03-20, 函 2025-07-30: 132 days, beyond the three months the feedback sets (the 函 even says 延后至今报送)."),
    F("copied-measure", 3, "The 主体责任 item turns the feedback's own evidence into intentions (及时更新廉政风险点排查清单, 推动纪检委员参与物资采购监督, 加强日常提醒谈话) with no action taken and 长期坚持."),
    F("no-owner", 6, "The 党建 item ends with only 完成时限; no 责任人, no 责任科室, while every other item has both."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、站长龚慧敏 is 组长 and 第一责任人, 4 meetings, 直接督办 two problems."),
    F("no-disclosure", None, "The feedback asks only for a written report; the report still says 已在站内公示栏公示."),
    F("inconsistent-claim", None, "4 done + 2 ongoing (#2, #6) agrees with the items; 处分1 (库管员), 诫勉1 (检验科科长); 3 rules; 4650元 agrees."),
    F("no-owner", 3, "责任人：党支部书记龚慧敏 is named; the gap is the copied text."),
    F("no-deadline", 1, "本季度末 is a time limit."),
    F("no-deadline", 5, "次年3月前 is a time limit."),
    F("no-deadline", 6, "2025年9月底前 is given; only the owner is missing."),
    F("no-accountability", 4, "检验科科长 诫勉谈话, 分管副站长 书面检查."),
    F("no-accountability", 5, "库管员 党内警告 and moved; 4650元 repaid."),
    F("no-mechanism", 2, "修订《献血者健康征询和采前检测规范》."),
    F("no-mechanism", 4, "修订《物资采购管理办法》."),
    F("no-mechanism", 5, "制定《献血纪念品采购发放管理规定》."),
    F("vague-measure", 2, "Concrete: blood-lipid test, alarm devices, 2.9% scrap rate."),
], links=[
    L("机关单位献血日", 1), L("采血前增加血脂快速检测", 2), L("及时更新廉政风险点排查清单", 3),
    L("申购科室、库管员、纪检委员三方签字", 4), L("献血者扫码签收", 5), L("党建+献血服务", 6)])

# p05 鹞岭县非物质文化遗产保护中心党支部: feedback DOCX 巡察情况通报 to four units; only section （三） (6 problems (1)–(6))
# counts. Report: UTF-8 CRLF; problems quoted in 「」 (no numbers), measures as "——" lines, "责任人：…　时限：…"; a
# self-check section on other units' problems (not answers).
G["p05"] = dict(mode="pair", issues=6, unanswered=[4], must_flag=[
    F("unanswered-issue", 4, "展演活动委托管理不规范 (6 events, one company, 39.2万 without 比选) is never answered; the sections go from 展示馆 to 公务接待."),
    F("vague-measure", 2, "The 传承人补助 item is three slogan lines (高度重视, 进一步规范, 坚决防止); nothing about the 0.8万 paid to two deceased inheritors or the annual appraisal."),
    F("no-disclosure", None, "The 通报 asks each unit to 向党员干部和社会公开整改进展; the report says nothing about publishing."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任殷若岚 is 组长 and 第一责任人, 3 meetings, 直接部署、直接督办."),
    F("late-report", None, "Feedback 2025-02-26, report 2025-05-20: 83 days."),
    F("inconsistent-claim", None, "No totals are claimed."),
    F("no-owner", 2, "责任人：主任殷若岚 is named; the gap is the slogans."),
    F("no-deadline", 2, "长期坚持 is a time limit."),
    F("no-deadline", 6, "2025年12月底前."),
    F("no-accountability", 5, "办公室主任 批评教育."),
    F("no-mechanism", 1, "制定《县级非遗代表性项目动态管理办法》."),
    F("no-mechanism", 3, "制定《非遗展示馆开放服务管理制度》."),
    F("no-mechanism", 5, "修订《中心公务接待管理办法》."),
    F("unanswered-issue", 5, "（四）「公务接待管理不严」 answers #5 although it is the fourth section."),
    F("unanswered-issue", 6, "（五） answers #6."),
], links=[
    L("37个项目逐一实地走访", 1), L("进一步规范补助发放工作", 2), L("公开招募非遗讲解志愿者16名", 3),
    L("无公函不接待", 5), L("主题党日与业务培训分开进行", 6)])

# p06 鹞岭县卫生健康综合监督执法局党支部 (report-only): PDF; 统计表 Word table first, then 第一项…第八项 with the problem
# restated in "（巡察指出：…）", 整改情况： and one field line 责任人；完成时限.
G["p06"] = dict(mode="report-only", issues=8, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "The 统计表 claims 已完成7个/持续推进1个, 9 rules and 5 people dealt with; the text keeps #3 (training 正在分批), #5 (system 正在对接, 9月底) and #8 (第三季度 正在进行) open, names 5 rules and 3 people (1 批评教育, 2 诫勉)."),
    F("repeated-measure", 2, "The 执法案卷 item is a generic paragraph (执法能力提升年…双机制…月通报、季讲评) pasted word for word under #6."),
    F("repeated-measure", 6, "The 廉政风险/执法记录仪 item is #2's paragraph pasted; nothing about the recorders."),
    F("no-owner", 5, "The 罚没款 item's line has only 完成时限; no 责任人."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、局长史文澜 is 组长 and 第一责任人, 4 meetings, 直接部署、直接督办."),
    F("late-report", None, "Feedback 2025-04-16, report 2025-07-10: 85 days."),
    F("no-deadline", 5, "2025年9月底前."),
    F("no-deadline", 8, "长期坚持."),
    F("no-owner", 8, "党支部组织委员高志恒."),
    F("no-owner", 6, "纪检委员彭雅琳 is named; the gap is the pasted text."),
    F("no-accountability", 5, "经办的执法人员 批评教育."),
    F("no-accountability", 7, "2 drivers 诫勉谈话 and repaid."),
    F("no-mechanism", 3, "制定裁量权实施细则 and a 集体讨论制度."),
    F("no-mechanism", 4, "修订《双随机抽查工作规程》."),
    F("no-mechanism", 7, "修订《执法车辆使用管理规定》."),
    F("no-mechanism", 8, "制定《党员积分管理实施办法》."),
], links=[
    L("每月第一个周一", 1), L("集体讨论制度", 3), L("按月调度", 4), L("非税收入缴款码", 5), L("节假日封存", 7),
    L("每季度公布一次积分排名", 8)])

# p07 鸂滨区公共租赁住房服务中心党支部: feedback UTF-8 with the problems only in a box-drawing text table (┌─┬─┐ │) with
# wrapped cells, 6 rows. Report: UTF-16 + CRLF 汇报提纲 for a 督查座谈会, by a 副主任, "第N条" + "·" lines.
G["p07"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("weak-leadership", None, "The feedback makes the 党支部书记 第一责任人; the report is given by a 副主任 who also heads the 专班 — the 书记 is away on training, no 领导小组, no direct deployment or supervision by the secretary."),
    F("no-mechanism", 3, "The 租金 item is a one-off 催缴 campaign and a ledger correction; the feedback asks for a 租金收缴 rule and none is made."),
    F("vague-measure", 5, "The 作风 item is three slogan lines (高度重视, 切实转变作风, 持续加强) marked 已完成; nothing on the 15 complaints or the window staff."),
], must_not_flag=[
    F("inconsistent-claim", None, "4 done + 2 持续推进 (#2, #3) agrees with the items."),
    F("late-report", None, "Feedback 2025-06-17, 汇报 2025-09-05: 80 days."),
    F("no-owner", 5, "责任人：综合科科长岳明珠 is named; the gap is the slogans."),
    F("no-deadline", 5, "2025年8月31日."),
    F("no-deadline", 3, "2025年12月底前."),
    F("no-accountability", 2, "2 reviewers 批评教育."),
    F("no-accountability", 4, "时任物业管理科科长 诫勉谈话; 1.1万 deducted."),
    F("no-mechanism", 1, "修订配租实施细则."),
    F("no-mechanism", 2, "修订《公租房年度资格复核工作规程》."),
    F("no-mechanism", 4, "制定《零星维修工程管理办法》."),
    F("no-mechanism", 6, "修订《党支部“三会一课”工作制度》."),
    F("unanswered-issue", 5, "Answered (badly) by the slogan lines."),
], links=[
    L("31户符合新标准的家庭已全部纳入轮候范围", 1), L("腾退的8套住房", 2), L("逐户上门送达催缴通知书", 3),
    L("核减工程款1.1万元", 4), L("坚决杜绝推诿扯皮现象", 5), L("完成换届选举", 6)])

# p08 鸂滨区城市照明管理所党支部: feedback UTF-8 BOM + CRLF, problems as "◆" bullets (7), 巡察组建议 as "◇" bullets (not
# problems). Report: HTML saved from Excel (x:str, mso styles, class=xl66), 整改台账 with a merged 说明 row.
G["p08"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-deadline", 2, "The 外包监管 row's 完成时限 cell is empty; every other row has a date."),
    F("copied-measure", 4, "The 仓库 row's measure is the feedback's evidence turned round (出入库须有领用人签字, 确保账实相符, 钥匙不得由外包公司人员持有); the 140 missing lamp heads are not traced, 成效 says only 进一步规范."),
    F("repeated-measure", 6, "The 公务用车 row is the same 纪律处分条例学习/警示教育/承诺书 text as #7; nothing on the three holiday parkings."),
    F("repeated-measure", 7, "The 党员教育 row repeats #6's text (one trailing space apart); the two absent members are not dealt with."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、所长秦立言 is 组长 and 第一责任人, 3 meetings, 直接部署、直接督办."),
    F("late-report", None, "Feedback 2025-04-08, ledger 2025-06-30: 83 days."),
    F("no-disclosure", None, "本台账已在所内公示栏公示, as the feedback asks."),
    F("inconsistent-claim", None, "6 done + 1 推进中 (#1) agrees; 诫勉1, 批评教育2, 4 rules, 7.6万 and 2.2万 agree with the rows."),
    F("no-owner", 2, "副所长 房振宇 / 维护科 in the row."),
    F("no-deadline", 1, "2025年10月底前 beside 推进中."),
    F("no-accountability", 2, "维护科科长 诫勉谈话; 7.6万 deducted."),
    F("no-accountability", 3, "经办人员 批评教育; 2.2万 returned."),
    F("no-accountability", 5, "人事干事 批评教育."),
    F("no-mechanism", 2, "修订《路灯维护外包考核管理办法》."),
    F("no-mechanism", 3, "制定《路灯电费季度核对制度》."),
    F("no-mechanism", 5, "制定《中层干部选拔任用工作规程》."),
    F("no-mechanism", 1, "制定《城市照明节能改造工程进度管理办法》."),
], links=[
    L("倒排工期", 1), L("每季度委托第三方检测一次", 2), L("14块对应已拆除路灯的电表办理销户", 3),
    L("仓库钥匙不得由外包公司人员持有", 4), L("重新履行民主推荐和考察程序", 5)])

# p09 鹞岭农村商业银行党委: feedback GB18030, problems lettered "A." … "F." (6). Report: UTF-8, "（N）关于X项“…”的问题",
# owners as persons inside "由…牵头" sentences, deadlines 当季度末 / 次年3月底前 / 每季度末.
G["p09"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2024-11-05, report 2025-03-28: 143 days."),
    F("weak-leadership", None, "The feedback makes the 党委书记 第一责任人; the 领导小组 is headed by the 党委副书记、行长 and the 党委书记 appears nowhere in the report."),
    F("no-disclosure", None, "The feedback asks to 在行内和门户网站公开; the report says nothing about publishing."),
], must_not_flag=[
    F("inconsistent-claim", None, "24 tasks, 19 done + 5 推进; A and B are the open ones — nothing contradicts it."),
    F("no-owner", 1, "由行长冯启航牵头，普惠金融部具体负责 — owner inside the sentence."),
    F("no-owner", 3, "由党委委员、副行长苏明远牵头，人力资源部负责."),
    F("no-owner", 6, "由党委副书记、行长冯启航牵头."),
    F("no-deadline", 1, "当季度末 / 次年3月底前."),
    F("no-deadline", 5, "每季度末，长期坚持."),
    F("no-accountability", 2, "客户经理 记过, 支行行长 诫勉谈话."),
    F("no-accountability", 4, "4.3万 repaid, 2 支行行长 批评教育."),
    F("no-accountability", 5, "警告处分 and 批评教育."),
    F("no-mechanism", 2, "修订《贷后管理办法》."),
    F("no-mechanism", 3, "修订《支行行长交流轮岗管理办法》."),
    F("no-mechanism", 4, "制定《营销费用管理实施细则》."),
    F("no-mechanism", 5, "修订《员工行为管理办法》."),
    F("no-mechanism", 6, "修订前置研究清单."),
], links=[
    L("油茶贷", 1), L("已向实际用款企业追回本息312万元", 2), L("同一支行任职满5年必须交流", 3), L("严禁宴请存量客户", 4),
    L("员工及其配偶账户大额资金往来", 5), L("单笔3000万元以上授信事项必须经党委会前置研究", 6)])

# p10 鸂滨区老年大学党支部: feedback HTML (charset=gbk, saved GB18030), 纪委 site news; problems in an unnumbered <ul>
# (7 <li>), the nav <ul> and 上一篇/下一篇 are not problems. Report: DOCX, good; 「verdict」 lead lines, owners as persons
# inside "由…牵头" sentences, 完成时限 closing each paragraph; 附件 list.
G["p10"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、校长邱静姝 is 组长 and 第一责任人, 4 meetings, 直接部署、直接过问、直接督办."),
    F("late-report", None, "Feedback 2025-05-15, report 2025-08-08: 85 days."),
    F("no-disclosure", None, "Published on the 公示栏 and the school's WeChat account, with a phone number."),
    F("inconsistent-claim", None, "6 done + 1 (#1) 持续推进; 诫勉1 (招生办主任), 批评教育2 (教务干事, 学员活动科科长); 6 rules; 1.1万 and 0.6万 agree."),
    F("no-owner", 1, "由校长邱静姝牵头，教务处负责."),
    F("no-owner", 6, "由校长邱静姝负责，办公室具体落实."),
    F("no-deadline", 1, "2025年第四季度 beside 持续推进."),
    F("no-deadline", 7, "2025年9月底前."),
    F("no-accountability", 2, "招生办主任 诫勉谈话."),
    F("no-accountability", 3, "教务干事 批评教育; 1.1万 recovered."),
    F("no-accountability", 4, "学员活动科科长 批评教育; 0.6万 repaid."),
    F("no-mechanism", 1, "制定《社区教学点建设和管理办法》."),
    F("no-mechanism", 5, "修订《校园安全管理制度》."),
    F("no-mechanism", 6, "制定《学员微信群管理规定》."),
    F("vague-measure", 7, "Concrete: 5 temporary branches, 420 members registered."),
], links=[
    L("新开设社区教学点5个", 1), L("电脑随机摇号", 2), L("统一课酬标准", 3), L("参赛经费只承担报名费", 4),
    L("补办了意外伤害保险", 5), L("明确班主任为管理责任人", 6), L("建立学员临时党支部5个", 7)])

for p, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, p, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
print("wrote", len(G))
