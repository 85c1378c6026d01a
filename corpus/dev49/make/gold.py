"""Write p01..p10/gold.json (dev-pairs gold format) for dev49. The gold is hand-judged; this file only keeps it in one
place. Modelled on dev44's make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 薁城县委统战部: formal 反馈意见, 一、巡察发现的主要问题 with three areas （一）…方面 and continuous 1．–7.
# heading。detail; 二、整改意见 （一）–（四）, the 移交 and deadline sentences are not problems.
# Report: the common 关于“…”的问题的整改情况 with 整改措施/责任领导/责任科室/整改时限/整改进展 lines. GOOD REPORT.
G["p01"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "部长樊砚秋 heads the 领导小组, is named 第一责任人, chaired 4 推进会, led 3 site checks and 当面督办 two late tasks."),
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-08: 80 days, inside three months."),
    F("no-disclosure", None, "下一步 三是: published on the 公众号 and the 县纪委监委网站 巡察整改专栏, with a 监督电话."),
    F("inconsistent-claim", None, "25 measures = 23 done + 2 named long-term ones; 2.7万 in (五); 诫勉1 + 批评2 both in (五); 3 new rules (细则, 规程, 考评办法) + 2 revised (学习制度, 财务制度) = the 5 named in 下一步."),
    F("vague-measure", 4, "Opens with 深刻反思 but then a quarterly 固定议题, a 22-task 责任清单 and 9 targeted 廉政谈话."),
    F("copied-measure", 6, "Opens by restating the problem (针对机关党支部组织生活不严肃的问题) and then acts: quarterly meetings held, a new 组织生活会, 12 problems listed."),
    F("no-accountability", 7, "Part-time, shifting 统战委员 and no training: nobody did wrong."),
    F("no-accountability", 5, "2.7万 returned; 办公室主任 诫勉谈话, 2 经办人员 批评教育."),
    F("no-deadline", 2, "2025年7月31日, with the safety checks 长期坚持 afterwards."),
    F("no-deadline", 3, "2025年7月31日, visits 长期坚持."),
    F("no-mechanism", 5, "修订《机关财务管理制度》."),
    F("no-mechanism", 2, "制定《宗教活动场所财务监督检查实施细则》."),
    F("no-owner", 4, "樊砚秋 is 责任领导."),
    F("unanswered-issue", 6, "Answered under its own 关于 heading."),
], links=[
    L("形成“学习转化清单”14项", 1), L("对全县39处宗教活动场所开展安全检查全覆盖", 2), L("每名部领导联系3家企业", 3),
    L("把全面从严治党列为每季度部务会的固定议题", 4), L("与活动无关的餐费和礼品费2.7万元已由相关人员全部退回", 5),
    L("7月重新召开专题组织生活会", 6), L("7月举办全县统战干部业务培训班", 7)])

# p02 市生态环境局蕹江分局党组: 巡察组组长's 反馈会 speech, problems 第一，…第六， in one section; the 原因 sentence,
# 一要…三要 and the 三个月内 sentence are not problems. Report (GB18030): the 党组书记's FIRST-PERSON report, own
# headings in the order 4,1,2,3,6,5.
G["p02"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-accountability", 3, "Sampling inlets of two stations were blocked by hand and the station only 'reminded' in a chat group; the speech says 该追责的要追责. The answer (四) adds monthly checks, cameras and a revised 运维监督管理办法 but never investigates the 2024 interference or deals with the operator or the station staff."),
    F("late-report", None, "Feedback 2025-06-17 with a 三个月内 limit (2025-09-17); the report is dated 2025-10-13: 118 days."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary writes as 第一责任人, heads the 领导小组, chaired 5 推进会, weekly reports, site visits, 约谈 two deputies; (一) 由我亲自牵头."),
    F("no-disclosure", None, "“整改情况将在市生态环境局网站蕹江分局专栏向社会公开”."),
    F("inconsistent-claim", None, "24 measures = 21 done + 3 named pending (执法证考试, 入党积极分子, 强制执行), each visible in its item."),
    F("no-accountability", 4, "Staff member moved off the post and 诫勉谈话; fuel refunded, 副大队长 批评教育."),
    F("no-accountability", 2, "The light-penalty 承办人 批评教育 after a collective re-review."),
    F("no-owner", 4, "“此项由我亲自牵头” — the secretary owns it."),
    F("no-owner", 1, "分管副局长晏清和负责."),
    F("no-mechanism", 3, "修订《自动监测站点运维监督管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 4, "《干部职工亲属从业回避登记制度》 and vehicle sealing."),
    F("no-mechanism", 2, "修订《行政处罚自由裁量基准适用规则》."),
    F("no-mechanism", 1, "《信访件办结回访制度》."),
    F("no-deadline", 5, "2025年9月30日, 发展党员 长期坚持."),
    F("unanswered-issue", 5, "Answered last, under （六）关于党支部建设不规范的问题."),
    F("unanswered-issue", 6, "Answered under （五）关于干部队伍能力不足的问题 — positional order is swapped."),
], links=[
    L("已将其调离审批岗位", 4), L("对2024年重复投诉的5件信访件重新调查", 1), L("对4件未经集体审议的处罚案件补充履行集体审议程序", 2),
    L("在两个站点的采样口周边加装视频监控", 3), L("分三期对全县126名乡镇网格员进行业务培训", 6), L("对“三会一课”记录进行全面检查", 5)])

# p03 藨山县农业机械化发展服务中心党支部: 反馈问题清单 问题1：…问题7： + 具体表现：; 整改要求 一是…三是 not problems.
# Report (UTF-8 CRLF): 问题N：/整改情况： + one field line 责任领导；完成时限.
G["p03"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("copied-measure", 2, "问题2's 整改情况 turns the feedback's own words (提高拖拉机年检率, 变型拖拉机违规载人专项整治, 补齐农机事故统计台账, 堵塞漏洞) into promises with 将: nothing done, no figure."),
    F("no-deadline", 5, "完成时限 is “视合作社春耕作业结束情况确定” for loan agreements still being negotiated — no date; every other item has one."),
    F("inconsistent-claim", None, "“7个问题已全部整改到位，26项整改措施全部完成” while 问题5 says the agreements are 正在协商 and 问题6 says the 换届 is 拟于6月中旬, after the report date (2025-05-23)."),
], must_not_flag=[
    F("weak-leadership", None, "支部书记、主任冀晚晴 heads the 领导小组, 第一责任人 负总责, chaired 6 调度会, 4 township checks."),
    F("late-report", None, "Feedback 2025-02-26, report 2025-05-23: 86 days."),
    F("no-disclosure", None, "“整改情况已在中心公开栏和县农业农村局网站公示”."),
    F("copied-measure", 4, "Opens by restating the problem (针对以农机作业技术指导名义在合作社就餐的问题) and then acts: 0.43万 refunded, 诫勉 2, a 纪律规定."),
    F("no-accountability", 4, "Meal costs refunded; 2 股长 诫勉谈话, the 主任 书面检查."),
    F("no-accountability", 7, "办公室主任 诫勉谈话, 2 推广人员 批评教育."),
    F("no-accountability", 1, "0.84万 recovered, the dealer barred, 2 审核人员 批评教育."),
    F("no-mechanism", 1, "修订《农机购置补贴申请审核操作规程》."),
    F("no-mechanism", 3, "《微信公众号信息发布审核制度》."),
    F("no-mechanism", 4, "《下乡服务工作纪律规定》."),
    F("no-mechanism", 7, "《技术推广人员下乡服务考核办法》."),
    F("no-owner", 2, "副主任禚怀远 is 责任领导 (the gap there is the copied answer)."),
    F("no-deadline", 2, "2025年5月31日 (the gap there is the copied answer)."),
    F("no-deadline", 6, "2025年6月30日 (the item's problem is the all-done claim)."),
], links=[
    L("对11台未经现场核验即兑付补贴的机具逐台补验", 1), L("在部分乡镇开展变型拖拉机违规载人专项整治", 2),
    L("制定《微信公众号信息发布审核制度》", 3), L("就餐费用0.43万元已由参与就餐的人员全部退还合作社", 4),
    L("库存配件已全面盘点", 5), L("支部委员会换届选举请示已报县农业农村局机关党委", 6), L("对27份与考勤冲突的服务记录逐份核查", 7)])

# p04 蒟阳县公证处党支部: 反馈意见 with six 一、…六、 heading lines, each followed by 具体表现：; the closing 整改要求
# （一）–（四） (（四） asks for public disclosure) are not problems. Report: preamble + 整改台账 as ｜-separated rows.
G["p04"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-owner", 5, "Row 5's 责任人 is “支部全体党员” — nobody in particular; every other row names one leader."),
    F("vague-measure", 6, "Row 6 is slogans only (高度重视…进一步加强…切实增强…不断提升): nothing on digitising the pre-2019 files, the damp archive room or the data link with 不动产登记."),
    F("no-disclosure", None, "整改要求（四） asks to publish the rectification to staff and 当事人; the report never does. Row 1's 公示栏/网站 publish the 最多跑一次 service list, not the rectification."),
], must_not_flag=[
    F("weak-leadership", None, "支部书记、主任厍晓岚 heads the 领导小组, 第一责任人, 5 支委会, checked the 14 files herself."),
    F("late-report", None, "Feedback 2024-10-15, report 2025-01-03: 80 days."),
    F("inconsistent-claim", None, "“6个问题已完成整改5个，1个正在推进” matches the 完成情况 column; 1.26万; 诫勉2 (公证员 + 副主任, row 2), 批评2 (row 3), 提醒2 (row 4); 2 new rules + 1 revised, all named."),
    F("no-accountability", 2, "承办公证员 诫勉谈话 and suspended from 继承 cases; 审批副主任 诫勉谈话."),
    F("no-accountability", 3, "1.26万 refunded; 2 收费窗口人员 批评教育."),
    F("no-deadline", 4, "“立行立改，2024年11月15日”."),
    F("no-deadline", 6, "2025年6月30日 (the gap there is the slogan measure)."),
    F("no-owner", 6, "副主任麴远帆 (the gap there is the slogan measure)."),
    F("no-owner", 2, "主任厍晓岚."),
    F("no-mechanism", 2, "修订《公证质量检查办法》."),
    F("no-mechanism", 3, "《公证收费减免审批规定》."),
    F("no-mechanism", 4, "《公证员执业回避登记制度》."),
], links=[
    L("11月以来上门办理遗嘱、委托公证9件", 1), L("对14卷存在缺陷的卷宗逐卷补正", 2), L("多收的1.26万元已全部退还当事人", 3),
    L("建立《公证员执业回避登记制度》", 4), L("主题党日结合“公证进社区”开展", 5), L("进一步加强档案规范化、信息化建设", 6)])

# p05 芣川县文联党组: DOCX 反馈意见, bold （一）–（七） heading paragraphs each followed by a detail paragraph; 二、整改意见
# 一是…四是 not problems. Report (UTF-16 LE BOM): answers BY NUMBER “针对反馈意见第（N）个问题”, （五）+（六） MERGED,
# （二） never answered.
G["p05"] = dict(mode="pair", issues=7, unanswered=[2], must_flag=[
    F("unanswered-issue", 2, "协会管理松散 (5 协会 overdue for 换届, 培训费 and 会费 outside the accounts) has no answer: the report goes from 第（一）个问题 to 第（三）个问题."),
    F("repeated-measure", 1, "第（一）个问题 is answered only by a boilerplate paragraph (组织干部职工认真学习上级有关文件精神…确保问题整改到位、取得实效) that is pasted again word for word under 第（七）个问题."),
    F("repeated-measure", 7, "第（七）个问题 repeats 第（一）个问题's paragraph after a different first clause."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人, the 党组书记 never appears: the feedback was “传达” at a 主席办公会 and 由办公室牵头, although 整改意见 一是 asked for both."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-04-09, report 2025-06-30: 82 days."),
    F("no-disclosure", None, "Will be published on the 县文联网站 and the “芣川文艺” 公众号."),
    F("inconsistent-claim", None, "19 measures = 16 done + 3 in progress, never an all-done claim; 2.96万 = 2.0万 + 0.96万; 诫勉1 (四), 批评2 (二, 三); 2 new + 2 revised rules named."),
    F("repeated-measure", 5, "One merged answer for （五） and （六） that says so (“我们合并进行整改”) — one answer for two related problems is not a pasted measure."),
    F("repeated-measure", 6, "Same merged answer; its parts are specific to each problem (补充评审 / 三重一大 清单, separate meetings)."),
    F("unanswered-issue", 5, "Answered in the merged section 四、."),
    F("unanswered-issue", 6, "Answered in the merged section 四、."),
    F("no-accountability", 4, "0.96万 refunded; 时任办公室主任 批评教育."),
    F("no-accountability", 5, "创作联络部部长 诫勉谈话; 2.0万 recovered."),
    F("no-mechanism", 3, "《文艺惠民活动统计核实办法》."),
    F("no-mechanism", 4, "《文艺采风活动管理办法》."),
    F("no-mechanism", 6, "修订《党组议事规则》 with a 16-item 三重一大 list."),
    F("no-deadline", 3, "2025年5月31日."),
], links=[
    L("针对文艺创作方向引领不力的问题", 1), L("剔除重复统计和由其他单位主办的21场", 3),
    L("超出标准的住宿费和景区门票费用共计0.96万元", 4), L("已收回资金2.0万元", 5), L("修订《党组议事规则》", 6),
    L("针对党建工作基础薄弱的问题", 7)])

# p06 蓂溪县委编办: 纪委监委 website news item; problems inline 一是…七是 after “主要表现在：”; 巡察组要求, the
# 巡察办 speaker's demands and the 表态 are not problems. Report (GB18030): the unit's OWN SHORT HEADINGS （一）–（七）
# (理论学习 … 队伍建设) in feedback order, each with a bracket (牵头领导；完成时限).
G["p06"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("vague-measure", 2, "（二）编制管理 is slogans only (进一步强化…刚性约束意识, 严格执行…各项规定, 切实维护…严肃性, 不断提升…水平): nothing on the 编外 headcount or the 4 units' long-term 借调."),
    F("no-mechanism", 5, "The feedback says the office 至今没有制定内部控制制度 and everything is 无章可循; （五）内部管理 re-checks two purchases, counts assets and files contracts but makes no 内控制度 or rule, while other items name one."),
    F("no-disclosure", None, "The news item says 整改情况要按规定向社会公开; the report never publishes or promises to. The 登记管理网站 in （三） is where 事业单位 post their annual reports, not rectification disclosure."),
], must_not_flag=[
    F("weak-leadership", None, "主任璩如晦 heads the 领导小组, 第一责任人 亲自部署、亲自督办, 4 meetings, checked the 3 units in person."),
    F("late-report", None, "Feedback 2025-09-01 (news of 09-03), report 2025-11-21: 81 days."),
    F("inconsistent-claim", None, "6 of 7 done + 队伍建设 long-term; 22 = 20 + 2 pending; 3 rules (规程, 核对制度, 融合推进办法); 批评1 in （四）."),
    F("no-accountability", 4, "The 经办干部 whose checking was careless in the last round 批评教育."),
    F("no-mechanism", 3, "修订《事业单位登记管理工作规程》."),
    F("no-mechanism", 4, "《机构编制实名制信息动态核对制度》."),
    F("no-mechanism", 6, "《党建与业务工作融合推进办法》."),
    F("no-owner", 2, "副主任荀砚 (the gap there is the slogan measure)."),
    F("no-deadline", 7, "2025年12月31日, 此后长期坚持."),
    F("no-deadline", 2, "2025年11月30日 (the gap there is the slogan measure)."),
], links=[
    L("形成8条具体措施", 1), L("进一步强化机构编制刚性约束意识", 2), L("督促4家法人证书过期的事业单位全部办理换证手续", 3),
    L("领导小组带队到3个单位逐人核对在编人员", 4), L("建立资产卡片46张", 5), L("10月重新召开专题组织生活会", 6),
    L("为2名即将退休的业务骨干各确定1名接替人选", 7)])

# p07 薸水县砂石资源开发有限公司党支部 (state firm): 反馈意见 with three areas 一、…方面 and RESTARTING 1．2．(3．)
# (2 + 3 + 2 = 7); 整改建议 一是…三是, the 移交 and deadline sentences are not problems. Report: 关于“…”的问题的整改情况
# with 整改措施/责任领导/责任部门/整改时限/整改成效; #6 and #7 MERGED under one heading. GOOD REPORT.
G["p07"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "支部书记、董事长昝叔微 heads the 领导小组, 第一责任人 负总责, 7 支委会, 2 site checks, fortnightly reports on the debts."),
    F("late-report", None, "Feedback 2024-12-05, report 2025-02-27: 84 days."),
    F("no-disclosure", None, "“整改情况已在县国有资产服务中心网站和公司公示栏公开”."),
    F("inconsistent-claim", None, "5 done + 2 with main tasks done and one named measure each pending (植被养护, 欠款诉讼) = the items; 27 = 25 + 2; 191.8万 = 38.6 + 152 + 1.2; 警告1 (三), 诫勉2 (四, 五), 批评1 (五); 6 new + 2 revised rules named."),
    F("unanswered-issue", 6, "Answered in the merged heading （六）."),
    F("unanswered-issue", 7, "Answered in the merged heading （六）, 二是…四是."),
    F("repeated-measure", 6, "One merged answer with parts specific to each problem."),
    F("repeated-measure", 7, "Same merged answer."),
    F("no-accountability", 3, "Manager 党内警告 and removed; 38.6万 returned."),
    F("no-accountability", 4, "销售部经理 诫勉谈话; 152万 collected, 65万 in court."),
    F("no-accountability", 5, "1.2万 returned; 综合部负责人 诫勉谈话, 经手人员 批评教育, the chairman's 检讨."),
    F("no-accountability", 1, "A pricing and planning shortfall: nobody did wrong."),
    F("no-deadline", 4, "Two dates: 2024-12-31 and 2025-06-30."),
    F("no-deadline", 2, "Dates for each step, 养护 until 2025-12-31."),
    F("no-mechanism", 1, "《砂石产品定价管理办法》."),
    F("no-mechanism", 3, "《运输业务公开比选办法》《关联交易回避管理规定》."),
    F("no-mechanism", 7, "《员工公开招聘管理办法》."),
    F("no-owner", 6, "党支部书记、董事长昝叔微."),
], links=[
    L("建立重点工程用料需求季度对接机制", 1), L("按设计削坡减载", 2), L("解除与关联运输公司的协议", 3),
    L("全面停止现金收款", 4), L("1.2万元已由相关人员全部退回", 5), L("制定《党支部前置研究讨论重大经营管理事项清单》", 6),
    L("对2名未经民主推荐和考察任命的中层干部补充履行民主推荐和考察程序", 7)])

# p08 蘼台县公安局交通管理大队党总支: 反馈意见 with （一）–（六） each “heading。detail” in one paragraph; the closing
# 意见 一是…三是, 移交 and deadline sentences are not problems. Report: DOCX, bold 关于“…”的问题 headings + field lines.
G["p08"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "“反馈的6个方面问题已全部完成整改，30项整改措施全部落实到位” while （一） says 4 隐患点 wait until 2025-12 (完成情况：其余隐患点正在整治) and （四） says 2 impounded vehicles are 仍在追查 yet marks itself 已完成."),
    F("no-accountability", 4, "7 impounded vehicles missing and cash fines held up to 46 days; the feedback says nobody was 查明原因、处理责任人 and asks for 依规依纪严肃处理. （四） recounts, goes cashless and revises two rules, but deals with no one."),
    F("no-owner", 6, "（六）'s 责任领导 is “大队党总支班子” — the whole team, nobody in particular; every other item names one leader."),
], must_not_flag=[
    F("weak-leadership", None, "党总支书记、大队长宓承钧 heads the 领导小组, 第一责任人, 11 调度会, 4 site checks."),
    F("late-report", None, "Feedback 2025-07-22, report 2025-10-17: 87 days."),
    F("no-disclosure", None, "“整改情况已通过‘蘼台交警’微信公众号向社会公开”."),
    F("no-accountability", 5, "The 民警 诫勉谈话; the 中队负责人 handed back the cards, 批评教育, moved."),
    F("vague-measure", 5, "Opens with a slogan (深刻认识“四风”问题的顽固性和反复性，切实加强作风建设) but then names sanctions, the cards handed back, GPS on every car and a 警示教育."),
    F("no-accountability", 2, "The responsible 科室负责人 批评教育; 46 disputed fines revoked."),
    F("no-accountability", 3, "Queues and unanswered phones: a service shortfall, nobody did wrong."),
    F("no-mechanism", 4, "修订《暂扣车辆管理规定》《罚没款收缴管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 6, "《辅警招录政审工作细则》 (the gap there is the owner)."),
    F("no-mechanism", 2, "修订《交通事故处理工作规范》, a deadline warning system."),
    F("no-owner", 4, "副大队长伍闻笛 (the gap there is accountability)."),
    F("no-deadline", 1, "2025年12月31日."),
    F("no-deadline", 6, "2025年9月30日."),
], links=[
    L("学校周边5处隐患点已增设减速带、警示标志和护栏", 1), L("2处未经检定的设备已停止使用并送检", 2),
    L("车驾管服务大厅8个窗口全部实行“一窗通办”", 3), L("启用暂扣车辆电子台账", 4),
    L("对驾驶警车接送子女的民警进行诫勉谈话", 5), L("对2名入职前有不良记录的辅警依规予以辞退", 6)])

# p09 荛源县急救中心党支部: 组长's 反馈会 speech, problems inline 一是…七是 over two area paragraphs (continuous); 一要…三要
# and the 三个月内 sentence are not problems. Report: 一、关于…的问题 headings, each with 一是… and one bracket.
G["p09"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2024-08-28 with a 三个月内 limit (2024-11-28); the report is dated 2024-12-20: 114 days."),
    F("no-deadline", 2, "二、's bracket gives “完成时限：待调度系统升级项目立项后确定” for the unlinked dispatch system — no date, although 一要…三要 二要 asks for 阶段目标和完成时间."),
    F("copied-measure", 6, "六、 restates the problem as promises (切实增强党支部政治功能, 防止支部学习流于形式, 充分发挥党员示范岗作用): nothing done, nothing counted."),
], must_not_flag=[
    F("weak-leadership", None, "支部书记、主任郗望川 heads the 领导小组, 第一责任人, approved the plan, 4 推进会."),
    F("no-disclosure", None, "“整改情况已在县卫生健康局网站公开”."),
    F("inconsistent-claim", None, "23 = 19 done + 4 in progress, no all-done claim; 0.52万 and 0.36万 as in items 四、五、; 批评3 (2 + 1); 3 new + 2 revised rules named."),
    F("no-deadline", 5, "“立行立改，2024年9月10日已完成”."),
    F("no-deadline", 7, "2024年12月31日, 人才培养长期坚持."),
    F("no-deadline", 1, "2024年9月15日 and 2025年6月30日 for the new stations."),
    F("no-accountability", 4, "0.52万 refunded; 2 收费人员 批评教育."),
    F("no-accountability", 5, "0.36万 returned; 办公室负责人 批评教育."),
    F("no-mechanism", 4, "《院前急救收费管理办法》."),
    F("no-mechanism", 5, "修订《公务接待管理制度》."),
    F("no-mechanism", 3, "修订《救护车辆管理制度》 and a 效期预警制度."),
    F("no-owner", 2, "副主任邴青禾 (the gap there is the time limit)."),
    F("no-owner", 6, "主任郗望川 (the gap there is the copied answer)."),
], links=[
    L("2个乡镇站点闲置的救护车已配齐驾驶员和随车医护人员", 1), L("实行接警、派车同步进行", 2), L("过期药品已全部清理销毁", 3),
    L("多收的费用0.52万元已全部退还患者", 4), L("超标准部分0.36万元已由相关人员退回", 5), L("切实增强党支部政治功能", 6),
    L("对新入职人员开展为期1个月的岗前培训", 7)])

# p10 蘩阳县体育事业发展中心党支部: 反馈意见 with three areas 一、…方面 and continuous 1．–7． heading lines + detail
# lines; the closing 要求 paragraph is not a problem. Report: public 整改进展情况的通报 with a 信息公开 header,
# （一）在…方面 → N．关于“…”问题的整改 → 整改情况：…（责任领导；完成时限；进展）, renumbered 1–6 because 3． is dropped.
G["p10"] = dict(mode="pair", issues=7, unanswered=[3], must_flag=[
    F("unanswered-issue", 3, "政府采购程序执行不严 (36.4万 split into small purchases, one-person acceptance) has no item: （二） goes straight to 八项规定 and 公益金, renumbered 3．and 4．."),
    F("no-accountability", 5, "18.6万 of 公益金 diverted to office costs and the feedback says 相关责任至今没有追究 and asks to 追究责任; the answer refunds the money and revises a rule but deals with nobody."),
    F("no-mechanism", 2, "The feedback says the centre has 没有任何管理制度 for renting and charging; the answer ends the lease and tenders the space once but makes no rule for venue leasing or income, while other items name one."),
], must_not_flag=[
    F("weak-leadership", None, "支部书记、主任桓映雪 heads the 领导小组, 第一责任人, approved the plan, 当面督办 late items, 6 meetings, 3 site checks."),
    F("late-report", None, "Feedback 2025-03-18, 通报 2025-06-10: 84 days."),
    F("no-disclosure", None, "A public 通报 (公开方式：主动公开) with a comment period, phone and address."),
    F("unanswered-issue", 4, "Answered as item 3．关于“违反中央八项规定精神” — the positional number is wrong, the content match is right."),
    F("unanswered-issue", 5, "Answered as item 4．."),
    F("no-accountability", 4, "2.1万 recovered; 办公室主任 诫勉谈话, 2 经办人员 批评教育."),
    F("no-mechanism", 5, "修订《体育彩票公益金使用管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 4, "修订《公务接待管理办法》."),
    F("no-mechanism", 6, "《支部组织生活记录管理规定》."),
    F("no-owner", 2, "副主任申屠岚 (the gap there is the missing rule)."),
    F("no-deadline", 2, "2025年6月30日, 正在推进."),
    F("no-deadline", 7, "2025年12月31日, 正在推进."),
], links=[
    L("5个乡镇损坏的器材共83件已全部修复或更换", 1), L("与培训机构协商解除原租赁协议", 2),
    L("以加班补助名义发放的补贴2.1万元已全部收回", 4), L("已从中心公用经费中全额归还公益金专户", 5),
    L("每月固定开展一次主题党日活动", 6), L("制定教练员三年培训计划", 7)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
