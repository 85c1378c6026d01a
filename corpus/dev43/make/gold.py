"""Write p01..p10/gold.json (dev-pairs gold format) for dev43. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev24/make/gold.py. Debatable points (may-report) are in each pair's notes.md, not here,
because the dev-pairs gold format has no field for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 共青团荇川县委: formal 反馈意见, areas （一）…方面 with continuous 1．–7． heading。detail; 二、整改意见 not problems.
# Report: common 关于“…”的问题 items with 整改措施/责任领导/责任科室/整改时限/整改进展 lines. Good report.
G["p01"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党组书记祁晗露 is 组长 and 第一责任人, 直接部署、直接过问、直接督办, 5 党组会议, 4 site checks."),
    F("late-report", None, "Feedback 2025-05-14, report 2025-08-08: 86 days."),
    F("no-disclosure", None, "To be published on the county government site and the 公众号, with 监督电话 and address."),
    F("inconsistent-claim", None, "22 tasks = 20 done + 2 long-term (#1 参学率, #6 覆盖) as the items say; 诫勉1/批评2/提醒1, 5200元, 4.8万 and 6 rules all match the items."),
    F("no-accountability", 4, "分管副书记 诫勉谈话, 经办人 批评教育, 5200元 退赔."),
    F("no-accountability", 5, "4.8万 into the unit account; 出纳 批评教育 and moved."),
    F("no-accountability", 2, "No wrongdoing in the 就业创业 problem; nobody to hold to account."),
    F("no-deadline", 1, "2025年6月底前 for the rule, 参学率 长期坚持: a legitimate time answer."),
    F("no-deadline", 6, "2025年7月31日 + 覆盖面 长期坚持."),
    F("no-mechanism", 4, "《团县委机关会议和培训活动经费管理办法》."),
    F("no-mechanism", 5, "《县青少年活动中心场地租赁收入管理规定》."),
    F("no-owner", 3, "党组书记祁晗露 is 责任领导."),
], links=[
    L("停用截图报送", 1), L("对2024年未落地的29名创业贷款申报人逐一电话回访", 2), L("建立谈心谈话记录本", 3),
    L("超标准工作餐和景区门票5200元已由相关人员全部退赔", 4), L("缴入单位账户统一核算", 5),
    L("新建企业团组织9个", 6), L("4名借用人员已于6月全部退回原单位", 7)])

# p02 蔺溪县妇联党组: 反馈会 speech, problems 一是…六是 in 二、; 一要…三要 and the 3个月 sentence are not problems.
# Report (GB18030): public 整改进展情况的通报, 一、组织情况 一是…三是 + stats, 二、（一）–（五）关于“…”问题的整改情况 with 1．2．3．
G["p02"] = dict(mode="pair", issues=6, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "基层妇联组织 (会改联 执委 not serving, 11 villages' lists wrong) appears nowhere; the 通报's five items skip from 八项规定 to 机关党建."),
    F("no-accountability", 3, "2.4万 of 春蕾 donations spent on office costs after the 分管副主席 signed: the report refills the account, pays the students and writes a rule, but nobody is 约谈/批评/处分, though the speech demanded 严肃处理 of those responsible."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、主席鄢蕙宁 is 组长, 第一责任人, chaired 4 党组会议, 逐项过问."),
    F("no-disclosure", None, "A public 通报 with phone, mailbox, e-mail and a comment deadline."),
    F("late-report", None, "Feedback 2025-06-18, 通报 2025-09-12: 86 days."),
    F("inconsistent-claim", None, "17 measures = 15 done + 2 pending (named in 下一步); 诫勉1/批评2, 6800元, 2.4万 and 5 rules match; never claims all done."),
    F("no-accountability", 4, "6800元 returned; 办公室主任 诫勉谈话, 2 cadres 批评教育."),
    F("no-mechanism", 3, "《县妇联社会捐赠资金管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 4, "《县妇联机关公务支出管理规定》."),
    F("no-mechanism", 2, "《妇女维权热线值守和来电办理制度》."),
], links=[
    L("对县妇女儿童发展规划中期评估指出的3项未达标指标逐项分析原因", 1), L("妇女维权热线实行机关干部轮流值守", 2),
    L("9.3万元捐赠资金已于8月底前全部发放到62名受助学生手中", 3), L("已由领取人员全部退回", 4),
    L("其中1人已列为发展对象", 6)])

# p03 中共蕨陂县委党校: 反馈意见 (CRLF) with 一、…六、 heading。detail lines; 一要…三要 and the 报送 sentence are not problems.
# Report: the 党支部书记、常务副校长's first-person 组织落实整改情况报告, answers in order 3,1,4,2,6,5.
G["p03"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("vague-measure", 2, "（四） on 科研咨政 (21 课题, 9 结项, 1 批示) is slogans only (进一步提高…认识, 坚持问题导向, 着力提升, 再上新台阶): no action on the unfinished 课题 or the 经费."),
    F("no-mechanism", 4, "（三） 财务和资产: the 6.2万 is paid over and assets counted, but no rule on 出租收入 or 资产管理 although every other concrete item names one and the feedback asked for 建章立制."),
    F("late-report", None, "Feedback 2025-02-26, three months required; report dated 2025-06-20: 114 days."),
], must_not_flag=[
    F("weak-leadership", None, "The writer is 第一责任人 and 组长 of the 领导小组, chaired 6 meetings, 直接过问、直接督办, gave a 党课."),
    F("no-disclosure", None, "To be published on the 党校 website and the 校内公开栏."),
    F("inconsistent-claim", None, "16 measures = 14 done + 2 pending (满意率, 4 devices) as the items say; 诫勉1/批评4, 1.74万, 6.2万, 4 rules match."),
    F("no-accountability", 3, "分管副校长 诫勉谈话, 办公室主任 批评教育, 1.74万 退赔."),
    F("no-accountability", 6, "2 teachers who did not 报备 批评教育; the 班子 owns the failure."),
    F("no-accountability", 4, "财务负责人 批评教育 (the gap there is the missing rule)."),
    F("no-mechanism", 1, "修订《主体班次教学计划管理办法》."),
    F("no-mechanism", 3, "《外出培训考察活动管理规定》《学校食堂公务接待管理办法》."),
    F("no-mechanism", 6, "《教师外出授课报备和报酬管理办法》."),
], links=[
    L("已由参加活动的教职工按人头全部退赔", 3), L("将党的创新理论课程占比作为教学计划审定的硬性指标", 1),
    L("宿舍楼对外出租收入6.2万元已于4月全部上缴县财政", 4), L("围绕县委中心工作选题", 2),
    L("按照教研室设置重新划分党小组", 5), L("制定《教师外出授课报备和报酬管理办法》", 6)])

# p04 政协蘡水县委员会机关党组: DOCX 反馈意见, bold （一）–（七） heading paragraphs + detail paragraphs; 三、整改意见 not problems.
# Report: 问题N：/整改措施：/整改成效： with a 责任领导；责任部门；完成时限 line.
G["p04"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("copied-measure", 3, "问题3's measure restates the feedback (健全委员履职档案, 对连续两年未参加活动的委员…提醒约谈, 考核不流于形式) as intentions; 成效 is only “有所提升”, no number of 委员 talked to."),
    F("no-owner", 6, "问题6's line has only 责任部门：机关党支部 — no 责任领导, where every other item names one."),
    F("no-disclosure", None, "The feedback's 整改意见（四） asks for 机关内部通报 and 向社会公开; the report is addressed to the 县委 only and never mentions publishing (面向社会公开征集协商议题 and 公开遴选 are not disclosure)."),
], must_not_flag=[
    F("weak-leadership", None, "秘书长、机关党组书记冼棠秋 is 组长 and 第一责任人, 5 meetings, 3 checks."),
    F("late-report", None, "Feedback 2025-04-22, report 2025-07-18: 87 days."),
    F("inconsistent-claim", None, "21 measures = 18 done + 3 ongoing; 诫勉1/批评3, 6300元, 5.6万 (3.2 + 2.4), 4 rules match."),
    F("no-accountability", 4, "科长 诫勉谈话, 驾驶员 批评教育, 6300元 退赔."),
    F("no-accountability", 5, "出纳、会计 批评教育; 5.6万 cleared."),
    F("no-mechanism", 2, "《县政协提案办理跟踪督办办法》."),
    F("no-mechanism", 5, "《机关财务报销审核规程》."),
    F("no-deadline", 7, "2025年9月30日 + 长期坚持."),
    F("no-deadline", 6, "2025年6月30日 (the gap there is the owner)."),
    F("no-owner", 7, "冼棠秋 is 责任领导."),
], links=[
    L("研讨材料实行会前审阅", 1), L("对2024年尚未跟踪的144件提案逐件向承办单位了解落实情况", 2),
    L("健全委员履职档案", 3), L("超标准部分6300元已由相关人员全部退赔", 4), L("全面停止多人凑票、拼单报销", 5),
    L("设立“服务委员履职”党员先锋岗3个", 6), L("通过内部选拔配齐2个专委会办公室主任", 7)])

# p05 藜山县不动产登记中心党支部: 反馈意见, areas 一、二、三、…方面 with restarting 1．2．(3．) (2 + 3 + 2 = 7); the closing
# request paragraph is not a problem. Report (UTF-16 LE BOM): by number “针对反馈意见第N方面第M个问题”, #3 and #7 merged.
G["p05"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-deadline", 2, "办证难: 850 households left “视开发企业补缴…情况逐步推进”, 完成时限 “根据各小区问题化解进度确定” — no date, unlike every other answer."),
    F("repeated-measure", 5, "第二方面第3个问题 (档案和信息安全) carries the same boilerplate paragraph as 第三方面第1个问题, after a different first clause; nothing on 借阅登记 or the 2 live accounts."),
    F("repeated-measure", 6, "第三方面第1个问题 (组织生活) repeats 第二方面第3个问题's paragraph word for word; nothing on 三会一课."),
    F("inconsistent-claim", None, "“7个问题已全部整改完成…完成率100%” while 850 of 1460 households are still waiting with no date."),
], must_not_flag=[
    F("weak-leadership", None, "主任、党支部书记岑芷兰 is 组长 and 第一责任人; a 局党组 member guides; 周调度、月通报."),
    F("no-disclosure", None, "办事大厅公示栏 and the 自然资源局 website, 10 working days, 监督电话."),
    F("late-report", None, "Feedback 2025-05-08, report 2025-07-30: 83 days."),
    F("no-accountability", 3, "The 窗口人员 who took the card: 解除劳动合同, card handed in."),
    F("no-accountability", 4, "3400元 退赔, 办公室主任 批评教育."),
    F("no-accountability", 7, "时任中心负责人 诫勉谈话 by the 局党组; the unqualified relative dismissed."),
    F("no-mechanism", 1, "《不动产登记限时办结和超时责任追究制度》."),
    F("no-mechanism", 7, "《不动产登记中心编外人员管理办法》."),
    F("no-owner", 2, "主任岑芷兰 is 责任人 (the gap there is the deadline)."),
    F("no-deadline", 1, "2025年6月30日."),
], links=[
    L("将税务受理和登记受理合并为综合窗口", 1), L("对资料齐全、不存在历史欠费的610户开辟绿色通道集中办理", 2),
    L("一律通过叫号系统统一排队", 3), L("组织全体编外人员参加岗位知识考试", 7),
    L("其中2次宴请外单位人员的费用3400元已由相关人员退赔", 4), L("针对登记档案和信息安全管理薄弱问题", 5),
    L("针对党支部组织生活不规范问题", 6)])

# p06 苕源县社会福利院党支部: feedback (GB18030) is a 纪委 website news item, problems in one “巡察组指出…；…等问题” sentence (7);
# the 原因 paragraph, 要求 and 表态 are not problems. Report: restated “关于…的问题” headings, 一是… + bracketed owner/deadline. Good.
G["p06"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、院长邬杉青 is 组长 and 第一责任人, weekly reports, 6 meetings, 4 checks."),
    F("no-disclosure", None, "民政局 website and the 院区公示栏, 监督电话."),
    F("late-report", None, "Feedback 2025-04-15, report 2025-07-10: 86 days."),
    F("inconsistent-claim", None, "22 measures = 20 done + 2 长期坚持 (#2, #6); 警告1/诫勉1/批评3, 5.4万 (1.8 + 3.6), 6 rules match."),
    F("no-accountability", 3, "副院长 诫勉谈话, 食堂管理员 批评教育, 1.8万 returned."),
    F("no-accountability", 4, "原院务科科长 党内警告, 财务人员 批评教育, 3.6万 returned."),
    F("no-accountability", 5, "消防隐患 is a safety lapse fixed at once; no one named, nothing to sanction."),
    F("no-deadline", 5, "立行立改，已完成."),
    F("no-deadline", 2, "2025年6月30日 + 持证培训 长期坚持."),
    F("no-deadline", 6, "2025年6月30日 + 长期坚持."),
    F("no-mechanism", 3, "修订《供养对象伙食管理办法》, weekly 公示."),
    F("no-mechanism", 6, "Quarterly 党员积分评议 and a yearly plan: a standing mechanism for a 党费/三会一课 problem."),
    F("no-owner", 1, "秦岚初 is 责任领导."),
], links=[
    L("巡察指出的4名失能特困人员已于5月全部接收入院", 1), L("持证上岗率由46%提高到71%", 2),
    L("被用于职工聚餐的1.8万元伙食费已由参加聚餐的职工全部退回", 3), L("立即停发超标准的“夜班补助”", 4),
    L("更换过期灭火器36具", 5), L("所欠党费已全部补交", 6), L("建立捐赠物资出入库台账", 7)])

# p07 蓍城县公安局蔴塘派出所党支部: formal 反馈意见 （一）–（六） heading。detail; 三、整改意见 not problems.
# Report: DOCX, preamble + 整改台账 table (序号/反馈问题/整改措施/责任领导/责任人/完成时限/完成情况).
G["p07"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-owner", 4, "Row 4 (辅警管理) has empty 责任领导 and 责任人 cells; every other row names both."),
    F("no-accountability", 2, "A 辅警 enforced alone and kept 2600元 cash until the inspection; 14 fines without 法制审核: the row re-reviews cases, books the cash and writes rules, but nobody (辅警 or 带班民警) is dealt with, though the feedback demanded 严肃处理."),
    F("no-disclosure", None, "The feedback asks for 内部通报 and 向辖区群众公开; the report never mentions publishing the rectification (the 材料清单 公示 at the 户籍窗口 is service information)."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、教导员晁屹然 is 组长 and 第一责任人, 亲自部署、逐项过问; 局党委 督导."),
    F("late-report", None, "Feedback 2025-03-20, report 2025-06-13: 85 days."),
    F("inconsistent-claim", None, "20 measures = 18 done + 2 ongoing (回访率, 发展党员) as the rows say; 辞退2/诫勉1/批评2, 3.1万, 2600元, 3 rules match."),
    F("no-accountability", 4, "2 辅警 辞退, 3.1万 追回, 副所长 诫勉谈话."),
    F("no-accountability", 5, "The 民警 who accepted the meal 批评教育 and pays it back."),
    F("no-mechanism", 2, "《执法办案法制审核规定》 and the revised 辅警 rule (the gap there is accountability)."),
    F("no-mechanism", 4, "修订《辅警日常管理和考勤办法》."),
    F("no-deadline", 4, "2025年5月15日 (the gap there is the owner)."),
    F("no-deadline", 6, "2025年6月30日，发展党员长期坚持."),
    F("no-owner", 3, "副所长郁晴川 and 户籍民警汤雨禾."),
], links=[
    L("每季度开展一次意识形态领域风险研判", 1), L("14起未经法制审核的案件已全部补充审核", 2),
    L("清理户口迁移中要求群众提供的多余证明材料3项", 3), L("启用人脸识别考勤机", 4),
    L("完善公务用车派车登记", 5), L("将辅警党员全部纳入党支部统一管理", 6)])

# p08 国营萑湖农场党委: 反馈意见 with 1．–7． heading lines + “具体表现：” lines; 二、整改建议 not problems.
# Report (GB18030, CRLF): plain reworded headings （一）–（五） with 一是…, #2 and #3 merged under one heading, #6 missing.
G["p08"] = dict(mode="pair", issues=7, unanswered=[6], must_flag=[
    F("unanswered-issue", 6, "职工危旧房改造 (28 households) and 社保缴费基数 appear nowhere; the report's five headings skip them."),
    F("vague-measure", 4, "（三） on 意识形态 is slogans only (提高政治站位, 增强责任感和使命感, 牢牢掌握领导权, 总体平稳、持续向好): nothing on the 广播站, 宣传栏, 研判 or the 网络群组."),
    F("no-mechanism", 5, "（四） returns the 9.6万 and gives a 党内警告 but sets no rule on 奖金/薪酬 approval or 票据; the other concrete items each name a rule."),
    F("inconsistent-claim", None, "“7个问题已全部整改完毕，整改任务全部清零” while 89万 of 承包费 is still being sued for and collected, 1900 of the 3100 mu still wait for their contracts to expire before re-bidding, and #6 is not answered at all."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记、场长闵苇舟 is 组长 and 第一责任人, 5 meetings, 4 site visits."),
    F("no-disclosure", None, "场部公开栏 and the 职工代表大会."),
    F("late-report", None, "Feedback 2025-05-27, report 2025-08-20: 85 days."),
    F("no-accountability", 5, "分管财务副场长 党内警告, 9.6万 returned."),
    F("no-accountability", 3, "原土地管理科科长 诫勉谈话; 6 households sued."),
    F("no-mechanism", 1, "修订《农场党委会议事规则》《场长办公会议事规则》, 前置研究事项清单."),
    F("no-mechanism", 2, "《国有土地发包和承包费管理办法》."),
    F("no-mechanism", 3, "Same 管理办法 covers 承包费; 欠费台账."),
], links=[
    L("制定党委前置研究讨论重大经营管理事项清单", 1), L("今年已有1200亩完成公开竞价", 2), L("成立欠费清收专班", 3),
    L("牢牢掌握意识形态工作的领导权和主动权", 4), L("已全部退回农场账户", 5), L("重新调整党小组组长", 7)])

# p09 菰州县殡仪馆党支部: 组长's 反馈会 speech, problems 第一，…第六，; 一要…三要 and the 3个月 sentence are not problems.
# Report (CRLF): short preamble + ｜-separated 整改台账 rows.
G["p09"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("repeated-measure", 2, "Row 2 (服务收费) and row 5 (财务) carry the same sentence after “由业务科/由财务室”; nothing on 捆绑销售 or the price gap."),
    F("repeated-measure", 5, "Row 5 repeats row 2's sentence; nothing on 当日入账 or 票据."),
    F("no-deadline", 3, "Row 3's 完成时限 is “视核查进展逐步推进” — no date, unlike every other row."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人; the 馆长 (who is 党支部书记) never appears: “馆里召开全体职工会议…由各科室按照职责分工抓好落实，办公室负责…汇总上报”; only 副馆长 are 责任领导."),
    F("late-report", None, "Speech 2025-03-05 sets 3个月内; report dated 2025-07-21: 138 days."),
], must_not_flag=[
    F("no-disclosure", None, "Published on the 民政局 website; 收费项目、减免政策 and 监督电话 posted in the hall."),
    F("inconsistent-claim", None, "17 measures = 14 done + 3 in progress (rows 3, 4, 6); 警告2/解除1, 4.4万, 3 rules match."),
    F("no-accountability", 3, "2 staff 警告处分 and moved, 1 解除劳动合同, 1800元 returned."),
    F("no-mechanism", 1, "《基本殡葬服务费用减免审核办法》."),
    F("no-mechanism", 3, "《殡仪馆职工廉洁从业若干规定》."),
    F("no-mechanism", 4, "修订《安全生产责任制》."),
    F("no-owner", 3, "副馆长谯望舒 is 责任领导 (the gap there is the deadline)."),
    F("no-deadline", 4, "2025年12月31日."),
    F("no-deadline", 6, "2025年6月30日，发展党员长期坚持."),
], links=[
    L("4.4万元减免费用已全部退还到丧属账户", 1), L("由业务科组织全体职工", 2),
    L("对群众来信反映的3起收受“红包”问题逐一核查", 3), L("尾气处理设施已于3月检修后恢复运行", 4),
    L("由财务室组织全体职工", 5), L("为党支部配备专职副书记1名", 6)])

# p10 芰阳县住房公积金管理中心党组: 反馈意见, areas （一）（二）（三）…方面 with continuous 1．–8． heading。detail; 二、整改意见 not.
# Report: 关于“…”的问题 in the order 3,4,7,5,1,2,6,8 with field lines; #2 answered again in 三、建立健全长效机制.
G["p10"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[
    F("copied-measure", 5, "（四） on 逾期贷款 restates the feedback (改变主要依靠电话催收, 对恶意拖欠的借款人依法采取措施) as “将…”; no action taken, 进展 “持续推进”."),
    F("no-accountability", 4, "A staff member took 1.2万 from the 中介 and the centre sat on the lead: the report recovers money, blacklists the 中介 and sends their lead to the police, but says nothing about the staff member, though the feedback demanded 处理 and 移交."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人; the 党组书记/主任 never appears: “中心及时召开会议…分解到各科室…由综合科负责日常督促”."),
], must_not_flag=[
    F("no-disclosure", None, "To be published on the centre's website."),
    F("late-report", None, "Feedback 2025-06-10, report 2025-09-03: 85 days."),
    F("inconsistent-claim", None, "21 measures = 18 done + 3 pending (8万 追缴, 逾期, 扩面); 批评4, 71万, 5 rules match."),
    F("no-accountability", 3, "2 审核人员 批评教育 and moved; 3 loans recalled."),
    F("no-accountability", 8, "2 窗口人员 批评教育 and 绩效 cut."),
    F("no-mechanism", 2, "数据共享协议 in 三、 (second half of the split answer)."),
    F("no-mechanism", 4, "《租房提取业务核验办法》 (the gap there is accountability)."),
    F("no-mechanism", 7, "《中心内部控制岗位权限管理办法》."),
    F("no-owner", 5, "副主任蔺书谦 is 责任领导."),
    F("no-deadline", 5, "2025年12月31日."),
], links=[
    L("已依据借款合同提前收回贷款本息", 3), L("将参与伪造租房合同的2家中介机构列入失信名单", 4),
    L("贷款审核和放款操作权限分属不同人员", 7), L("对恶意拖欠的借款人依法采取措施", 5),
    L("设置灵活就业人员缴存咨询点", 1), L("精简提取业务申请材料", 2), L("签订数据共享协议", 2),
    L("制定党组会议研究事项清单", 6), L("对2024年27件群众投诉逐件回访", 8)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
