"""Write p01..p10/gold.json (dev-pairs gold format) for dev41. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev24/make/gold.py. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 县委组织部: formal 反馈意见, areas 一、二、三、 with continuous 1．–8． "heading。detail"; 四、整改意见 not problems.
# Report: 领导班子整改情况报告, 关于“…”的问题 + 整改措施/责任领导/责任科室/整改时限/整改情况. Good report.
G["p01"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "部长靳松岚 chairs the 部务会, heads the 领导小组, is 第一责任人, chaired 5 meetings, 当面督办, went to the villages; 班子成员 own their areas."),
    F("no-disclosure", None, "下一步 三是: 门户网站 and “蕨岭组工”公众号 向社会公开, 监督电话 given."),
    F("late-report", None, "Feedback 2025-06-12, report 2025-09-05: 85 days; the 部长's own report is sent with it."),
    F("inconsistent-claim", None, "27 measures = 24 done + 3 长期坚持 (the three of （六）); 4 new + 3 revised rules all named; 诫勉 2 + 批评 5 match the items; 0.86万 and 27.4万 match."),
    F("no-accountability", 4, "0.86万 退缴; 人才科负责人 and the 副部长 诫勉谈话."),
    F("no-accountability", 5, "3 党员 补交 and 批评教育; village 党费 misuse corrected."),
    F("no-accountability", 3, "2 经办干部 批评教育, 干部科负责人 书面说明."),
    F("no-deadline", 6, "长期坚持 is a legitimate status for organisational life."),
    F("no-deadline", 2, "2025年7月31日前; 动态管理长期坚持."),
    F("no-mechanism", 1, "《村（社区）党组织书记履职评估办法（试行）》."),
    F("no-mechanism", 7, "《干部监督信息沟通反馈办法》."),
    F("no-mechanism", 8, "修订《人才发展专项资金管理办法》."),
    F("no-owner", 6, "副部长戚望舒 is 责任领导."),
    F("vague-measure", 6, "Monthly 组工 topic, rewriting copied 对照检查材料, 4 named activities: concrete."),
], links=[
    L("对全县126名村（社区）党组织书记开展第二次履职评估", 1), L("9名超出年龄条件的人员已调出", 2),
    L("对2023年以来提拔的38名科级干部的任前程序逐人复查", 3), L("为非参训人员安排食宿的0.86万元由相关人员全额退缴", 4),
    L("3名连续未交党费的党员已补交到位", 5), L("每月确定1个与组工业务相关的专题", 6),
    L("建立干部监督问题线索跟踪督办台账", 7), L("42卷干部人事档案已全部完成数字化", 8)])

# p02 县疾控中心党支部: 组长's 反馈会 speech; problems are the 一是…七是 of 第二个方面; 一要…三要 and the 三个月内 sentence are not.
# Report (GB18030): the 党支部书记、主任's first-person 组织落实整改情况报告, order 7,2,4,1,6,3,5.
G["p02"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("vague-measure", 3, "（六） on 免疫规划 is slogans only (高度重视…进一步提高思想认识…不断加强疫苗管理…取得新成效): nothing on the ledger/system mismatch, the 2 near-expiry batches or 流动儿童 查漏补种."),
    F("no-accountability", 5, "21.6万 paid as 应急值守补助 to people who did not serve: （七） only 梳理 and a new 办法 for the future — nothing refunded and nobody held responsible, though the speech said 该清退的要清退，该问责的要问责."),
    F("no-disclosure", None, "The speech requires 通报 and 向社会公开; the report is addressed to the 巡察办 only and never mentions publishing (its 公开招标 and 向全县医疗机构通报 of an outbreak analysis are not disclosure)."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary writes as 第一责任人, heads the 领导小组, 审定 the plan, 4 推进会, on-site 督办, 约谈 of slow 科室 heads."),
    F("late-report", None, "Feedback 2025-04-16, report 2025-07-10: 85 days."),
    F("inconsistent-claim", None, "19 measures = 16 done + 3 ongoing, named; 4 rules named; 诫勉 2 + 批评 2 match the items."),
    F("no-accountability", 4, "总务科负责人 诫勉谈话, 分管副主任 批评教育."),
    F("no-accountability", 7, "The 实验室负责人 who 纸上销号 got 诫勉谈话."),
    F("no-mechanism", 5, "《值班值守补助和加班费发放管理办法》 exists (the gap is accountability)."),
    F("no-mechanism", 4, "《物资采购内部控制管理办法》."),
    F("no-mechanism", 7, "修订《实验室生物安全管理制度》."),
    F("no-owner", 6, "“责任领导：本人” — in a first-person report that is the secretary."),
    F("no-deadline", 1, "培训计划 by 2025年12月底, the rest done."),
    F("no-deadline", 6, "发展党员按程序推进, the rest by 2025年5月31日."),
], links=[
    L("所有进入病原微生物实验室的人员实行刷卡登记", 7), L("发热门诊哨点数据改为每日审核", 2),
    L("实验室设备维保合同全部重新提交中心班子会议集体研究", 4), L("重新制定内设科室职能调整方案", 1),
    L("支委会重新明确委员分工", 6), L("不断加强疫苗管理", 3), L("应急值守补助一律按实际值守天数核发", 5)])

# p03 县职业技术学校党委: 县委巡察办 website news item; problems are the six clauses of the “巡察也发现了一些问题：…等问题” sentence;
# 移交 sentence, 会议要求 一要…三要, the 教育局 paragraph and 表态 are not. Report: public 整改进展情况的通报, 反馈问题：/整改进展： labels.
G["p03"] = dict(mode="pair", issues=6, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "教师职称评聘和绩效工资分配 appears nowhere: the notice has five items, jumping from 食堂/校服 to 党支部."),
    F("repeated-measure", 2, "（二） 产教融合 is the same paragraph (学校党委召开专题会议进行研究部署。坚持问题导向…再上新台阶) as （五） after a different opening clause."),
    F("repeated-measure", 6, "（五） 党支部 repeats （二）'s paragraph word for word; nothing on 双带头人 or 党员教师."),
    F("inconsistent-claim", None, "“6个方面问题已全部整改完成” and “追回违规支付费用3.2万元”, while （三） says only 1.4万 recovered and the rest 正在通过法律途径追缴, （四）'s 招标文件正在编制 with a 2026-02-28 deadline, and one of the six is not answered at all."),
], must_not_flag=[
    F("no-disclosure", None, "The document is itself a public 通报 with phone, e-mail, address and a comment deadline."),
    F("weak-leadership", None, "党委书记郜闻笛 heads the 领导小组, 第一责任人, 4 推进会, 2 site checks."),
    F("late-report", None, "Feedback 2025-10-14, notice 2026-01-09: 87 days."),
    F("no-accountability", 3, "招生就业处处长 党内警告, 分管副校长 诫勉谈话."),
    F("no-accountability", 4, "后勤处负责人 诫勉谈话."),
    F("no-mechanism", 1, "修订 two 议事规则, 前置研究讨论事项清单."),
    F("no-mechanism", 3, "《招生工作纪律规定》《学生资助对象认定办法》."),
    F("no-mechanism", 4, "《食堂大宗物资采购管理办法》《校服采购管理办法》."),
    F("no-owner", 2, "副校长蔺桐生 is 责任领导 (the gap is the pasted paragraph)."),
    F("no-deadline", 6, "完成时限 2025年12月31日."),
    F("no-deadline", 4, "完成时限 2026年2月28日 is a date."),
], links=[
    L("制定党委会前置研究讨论事项清单", 1), L("针对产教融合推进缓慢问题", 2), L("全面停止与中介机构的招生合作", 3),
    L("成立由教师、学生和家长代表组成的膳食管理委员会", 4), L("针对党支部建设与教学科研结合不紧问题", 6)])

# p04 市属国企集团二级公司 (养护公司党支部): 集团党委巡察组 formal 反馈意见 （一）–（九） "heading。detail"; 二、整改意见 not problems.
# Report: DOCX, intro + 整改台账 table (7 columns), rows in feedback order.
G["p04"] = dict(mode="pair", issues=9, unanswered=[], must_flag=[
    F("no-owner", 7, "Row 7's 责任领导 cell is empty and 责任部门 is only “各项目部”; every other row names a leader."),
    F("copied-measure", 6, "Row 6's measure restates the feedback (中层干部竞聘未按方案进行民主测评、劳务派遣人员中有公司领导人员亲属…未执行回避规定) plus 坚决予以纠正，确保今后不再发生 — no action."),
    F("no-mechanism", 3, "Row 3 (零星维修 138万 without 比选, expired 资质) has a review, a one-off 公开比选 and a 诫勉, but no 分包/比选 rule; the 4 new + 3 revised rules contain none for 分包 although 整改意见（三） names 工程分包 first."),
    F("no-disclosure", None, "整改意见（四） asks for 内部通报 and 公开; the report goes to the 集团党委 only and never mentions publishing (公开比选 and 通报批评 are not disclosure)."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、执行董事闵照青 heads the 领导小组, 第一责任人, 5 meetings, 直接督办, site checks."),
    F("late-report", None, "Feedback 2025-05-22, report 2025-08-15: 85 days."),
    F("inconsistent-claim", None, "7 done + 2 持续推进 (rows 1 and 7, marked so); 4 new + 3 revised rules named; 诫勉4/批评3/通报批评1 and 2.4万/4.7万/217万 match the rows."),
    F("no-accountability", 3, "工程部经理 诫勉谈话."),
    F("no-accountability", 4, "2.4万 退缴; 工会主席 and 车辆管理员 批评教育, 副总经理 诫勉谈话."),
    F("no-accountability", 9, "仓库保管员 批评教育, 物资部负责人 诫勉谈话."),
    F("no-mechanism", 2, "修订《公司“三重一大”决策制度实施办法》."),
    F("no-mechanism", 5, "《夜间道路作业安全管理规程》."),
    F("no-mechanism", 8, "《往来款项清理和备用金管理办法》."),
    F("no-owner", 6, "党支部书记、执行董事 is 责任领导 (the gap is the copied measure)."),
    F("no-deadline", 7, "2025年9月30日 given (the gap is the owner)."),
    F("no-deadline", 1, "2025年12月31日, 持续推进."),
    F("copied-measure", 7, "Row 7 names the feedback's 3个项目部党小组 but gives concrete steps (党小组长, monthly 组织生活, 积极分子, 台账, 办法)."),
], links=[
    L("成立市场开发部", 1), L("对2024年以来未经集体研究的4个事项逐项复核", 2), L("逐项复核工程量和结算价格", 3),
    L("2.4万元购物卡费用由领取职工按标准退缴", 4), L("为夜间作业班组补充配置警示灯", 5), L("坚决予以纠正，确保今后不再发生", 6),
    L("3个项目部党小组重新明确党小组长", 7), L("成立往来款清理小组", 8), L("会同集团审计部对全部库存材料重新盘点", 9)])

# p05 乡镇农业综合服务中心党支部: 巡察反馈问题清单 函, items 序号/问题类别/问题名称/具体表现 (6); 其他事项 (移交) not a problem.
# Report (UTF-16 LE BOM): answers by number “第N项问题（…）整改情况”.
G["p05"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("vague-measure", 3, "第3项 (农技 “每周进村” not kept, 热线 unanswered) is slogans only (高度重视，进一步转变工作作风，切实增强服务意识…让群众更加满意): no visit schedule, no hotline duty."),
    F("no-deadline", 6, "第6项 ends with 责任人 only — no 完成时限 and no status line, unlike every other item; the total calls it 持续推进."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人, the 中心主任/支部书记 never appears: “中心召开全体人员会议…由中心办公室牵头…各岗位按照职责分工抓好落实”."),
], must_not_flag=[
    F("no-disclosure", None, "公示栏 at the 镇便民服务中心 and the 镇政务公众号, 监督电话 given."),
    F("late-report", None, "Feedback 2025-03-03, report 2025-05-28: 86 days."),
    F("inconsistent-claim", None, "4 done + 2 持续推进 (第3项, 第6项) matches the item lines."),
    F("no-owner", 6, "快检员冉素秋 is named as 责任人 (the gap is the time limit)."),
    F("no-accountability", 2, "1.9万 recovered, 初审 staff 批评教育 and moved."),
    F("no-accountability", 4, "0.93万 缴入 and 0.12万 退回; the 站员 批评教育 + 书面检查."),
    F("no-mechanism", 1, "《高标准农田建后管护考核办法》."),
    F("no-mechanism", 2, "《农机购置补贴初审核查细则》."),
    F("no-mechanism", 4, "《试验示范田收支管理办法》."),
    F("no-deadline", 3, "完成时限 2025年5月31日 (the gap is the vague measure)."),
    F("no-deadline", 5, "2025年5月31日."),
], links=[
    L("37亩未实际复耕的地块已由村组织流转给种粮大户", 1), L("已追回补贴资金1.9万元", 2), L("打通服务群众“最后一公里”", 3),
    L("示范田稻谷出售收入0.93万元已全部缴入中心账户", 4), L("支部党员大会每季度至少召开1次", 5), L("快检室补充更换全部检测试剂", 6)])

# p06 县图书馆党支部: 反馈意见 areas 一、二、三、 with restarting 1．2． heading lines + detail (3 + 2 + 2 = 7); 四、整改建议 not problems.
# Report (UTF-8 CRLF): reworded plain headings （一）–（六）, #4+#5 under one heading, #2 answered again in 二、建立长效机制. Good report.
G["p06"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "支部书记、馆长桑映竹 heads the 领导小组, 第一责任人, weekly reports, 5 meetings, 直接督办; 副馆长 own their areas."),
    F("no-disclosure", None, "馆网站 and 公告栏 全文公开, 监督电话."),
    F("late-report", None, "Feedback 2025-09-03, report 2025-11-26: 84 days."),
    F("inconsistent-claim", None, "17 tasks = 15 done + 2 named ongoing; 6 rules named; 诫勉 2 + 批评 3 match the items; 0.8万."),
    F("unanswered-issue", 4, "图书采购 is answered under （四） 堵住采购和收入管理的漏洞 (merged heading)."),
    F("unanswered-issue", 5, "报告厅出租收入 is answered under the same merged heading （四）."),
    F("repeated-measure", 5, "One merged block answers #4 and #5 with different measures each; nothing is pasted."),
    F("no-accountability", 4, "采编部主任 诫勉谈话."),
    F("no-accountability", 5, "0.8万 缴入; 活动推广部负责人 诫勉谈话, 经手人 批评教育."),
    F("no-mechanism", 2, "《读者意见收集回访制度》 in 二、 (second half of the split answer)."),
    F("no-mechanism", 1, "《乡镇分馆运行考核办法》 in 二、."),
    F("no-mechanism", 7, "《编外人员管理办法》, 修订《考勤管理制度》."),
    F("no-deadline", 1, "Two dates (2025-10-31 and 2026-06-30)."),
    F("no-deadline", 3, "Two dates (2025-09-30 and 2026-03-31)."),
], links=[
    L("由县图书馆派员驻点1个月", 1), L("少儿阅览区恢复周末全天开放", 2), L("每条读者意见在7个工作日内答复", 2),
    L("古籍书库温湿度监控设备已于9月底维修完毕", 3), L("今后图书采购全部通过政府采购平台实施", 4),
    L("报告厅出租收入0.8万元已全部缴入单位账户", 5), L("10月补充召开一次组织生活会", 6), L("全馆启用人脸识别考勤", 7)])

# p07 村股份经济合作社 (蓣坡村): village 反馈意见 一、–六、 heading line + “具体表现：”; 整改要求 not a problem.
# Report: preamble + 整改台账 rows with ｜ (序号｜反馈问题｜整改措施｜责任人｜完成时限｜整改进度).
G["p07"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("copied-measure", 3, "Row 3 restates the feedback (白条入账、大额现金支付问题突出…合作社账目与村委会账目混用) plus 立即进行整改，坚决杜绝此类问题再次发生 — no action."),
    F("no-accountability", 4, "The 厂房 went to the son of the 理事长 (the 村党支部书记) at a 30% discount with 2.1万 unpaid; row 4 recovers the rent and re-lets, but nobody is 约谈/批评/处分, though the feedback demanded 查明责任、严肃处理."),
    F("no-deadline", 2, "Row 2's 完成时限 is “结合年度分红逐步完善”, not a date; every other row has one."),
    F("inconsistent-claim", None, "“6个问题已全部整改完成” while row 1 says 补充协议尚未签订 and its progress is 推进中 (deadline 9-30, after the 9-05 cut-off)."),
], must_not_flag=[
    F("weak-leadership", None, "村党支部书记 heads the 整改工作小组 and is 第一责任人; the 镇 包村领导 supervises every two weeks."),
    F("no-disclosure", None, "Report 公示 7 days in the 村务公开栏 (row 6 also publishes the asset check); 公开招租 in row 4 is not the disclosure."),
    F("late-report", None, "Feedback 2025-06-18, report 2025-09-12: 86 days."),
    F("no-accountability", 1, "村委会委员冯小满 批评教育 for the 续包."),
    F("no-owner", 3, "村报账员左青萍 is named (the gap is the copied measure)."),
    F("no-deadline", 3, "2025年7月31日."),
    F("no-mechanism", 4, "《村集体资产租赁管理办法》 (the gap is accountability)."),
    F("no-mechanism", 2, "《股份经济合作社收益分配办法》."),
    F("no-mechanism", 6, "《蓣坡村集体资产管理制度》."),
    F("no-owner", 2, "监事长邬满仓 is named (the gap is the time limit)."),
    F("copied-measure", 6, "Row 6 echoes the feedback's words (2处闲置仓库…登记入账) but reports the action done, a new 台账 and a rule."),
], links=[
    L("请镇农经站对48亩鱼塘续包合同进行审查", 1), L("对6户反映不一致的逐户查阅确权登记档案", 2),
    L("立即进行整改，坚决杜绝此类问题再次发生", 3), L("向承租人追缴拖欠的厂房租金2.1万元", 4),
    L("建立外出党员微信群", 5), L("2处闲置仓库已登记入账", 6)])

# p08 县总工会党组: 反馈意见 （一）（二）（三） area paragraphs “主要表现在：一是…二是…三是…” restarting (3 + 3 + 2 = 8); 二、整改意见 not problems.
# Report (GB18030): 关于“…”的问题 + field lines; #1+#3 merged; #1 again in 三、健全长效机制; #7 missing; no 责任领导 on #5.
G["p08"] = dict(mode="pair", issues=8, unanswered=[7], must_flag=[
    F("unanswered-issue", 7, "机关党支部“三会一课”质量不高 appears nowhere in the report."),
    F("no-owner", 5, "（四） 工人文化宫场馆出租 has only “责任单位：县工人文化宫” — the supervised unit itself — and no 责任领导; every other item names one."),
    F("no-mechanism", 4, "（三） 工会经费 3.6万: money returned and people disciplined, but no rule; the 长效机制 list has none for 经费 although 整改意见（四） names 工会经费使用 first."),
    F("late-report", None, "Feedback 2025-02-25, report 2025-07-08: 133 days, beyond three months."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、常务副主席邰晴川 heads the 领导小组, 第一责任人, 6 meetings, 带头督办."),
    F("no-disclosure", None, "县总工会网站 and “蘘江工会”公众号 向社会公开, 监督电话."),
    F("inconsistent-claim", None, "19 tasks = 16 done + 3 (（六）持续推进); 3.6万 + 1.85万; 4 people; 5 rules named."),
    F("no-accountability", 4, "办公室主任 诫勉谈话, 副主席 批评教育, 通报."),
    F("no-accountability", 6, "1.85万 退回; 经济技术部部长 诫勉谈话, 经办人 批评教育."),
    F("unanswered-issue", 3, "欠薪维权 is answered under the merged heading （一）."),
    F("no-mechanism", 1, "《困难职工帮扶动态管理办法》 in 三、 (split answer)."),
    F("no-mechanism", 5, "《县工人文化宫场馆对外出租管理办法》 (the gap is the owner)."),
    F("no-mechanism", 6, "修订《劳模疗休养管理办法》."),
    F("no-owner", 4, "党组书记 is 责任领导 (the gap is the missing rule)."),
    F("no-deadline", 8, "2025年12月31日, 持续推进."),
], links=[
    L("14户已脱困家庭全部退出帮扶档案", 1), L("帮扶档案每半年复核一次", 1), L("对26个户外劳动者服务驿站逐个检查", 2),
    L("对5件超期未办结的欠薪求助件逐件会商", 3), L("用于聚餐和购买纪念品的3.6万元已由相关人员全额退还", 4),
    L("对工人文化宫全部11份对外出租合同进行清理", 5), L("5名非劳模人员的疗休养费用1.85万元已全部退回", 6),
    L("剔除重复统计4120人", 8)])

# p09 县国有林场党支部: 组长's 反馈会 speech (GB18030) with 第一，…第六， paragraphs; the closing 一要…三要 are not problems.
# Report: 关于“…”的问题 + 整改措施/责任人/完成时限/整改情况, order 6,1,4,2,3,5.
G["p09"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("repeated-measure", 3, "五、 防火 is the same paragraph (林场高度重视，对照问题制定整改清单…确保问题整改到位、群众满意) as 六、 after a different opening clause."),
    F("repeated-measure", 5, "六、 队伍建设 repeats 五、's paragraph word for word."),
    F("no-accountability", 2, "林下项目 given to the 场长's relatives' cooperative without collective decision, 9.6万 under-collected: 四、 re-signs and collects the money, but nobody (the 场长 included) is held responsible, though the speech demanded 对相关责任人严肃追责."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人, the 书记/场长 never appears: “及时召开支委会传达学习…由林场办公室负责汇总整改进度”; owners are the 副书记 and a 副场长; the speech asked for both."),
], must_not_flag=[
    F("no-disclosure", None, "林场公示栏 and 县林业局网站 向社会公开, 监督电话."),
    F("late-report", None, "Feedback 2025-07-02, report 2025-09-24: 84 days."),
    F("inconsistent-claim", None, "4 done + 2 持续推进 named; 13.2万 + 9.6万 = 22.8万; 2 解聘, 1 诫勉, 3 rules named."),
    F("no-accountability", 1, "2 护林员 解聘, 2 扣发补助."),
    F("no-accountability", 4, "13.2万 追回; 营林股股长 诫勉谈话."),
    F("no-mechanism", 2, "《林下经济项目承包经营管理办法》 (the gap is accountability)."),
    F("no-mechanism", 4, "修订《森林抚育项目验收管理办法》."),
    F("no-mechanism", 6, "修订《林场支委会议事规则》."),
    F("no-deadline", 5, "2026年6月30日."),
    F("no-owner", 3, "副场长温竹生."),
], links=[
    L("支委会实行每月固定召开", 6), L("对轨迹造假情节较重的2名护林员予以解聘", 1), L("多拨付的13.2万元补助资金已全部追回", 4),
    L("合作社按评估价补缴三年少收的承包费9.6万元", 2), L("针对防火基础设施建设滞后问题", 3), L("针对队伍建设薄弱问题", 5)])

# p10 县公共资源交易中心党支部: 反馈意见 1．–8． heading line + “具体表现：”; 二、整改建议 not problems.
# Report: area headings （一）（二）（三） with “N．针对…的问题。一是…” + bracket; #2+#4 merged in item 2; #8 before #7.
G["p10"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2025-04-24, report 2025-08-29: 127 days, beyond three months."),
    F("no-mechanism", 6, "内部控制制度不健全: item 5 adds a second person to the monthly reconciliation and settles the interest, but makes no rule (the three rules named are 见证规程, 专家办法, 公务用车办法) although 整改建议（三） names 内部控制."),
], must_not_flag=[
    F("weak-leadership", None, "书记、主任阚一鸣 heads the 领导小组, 第一责任人, 6 meetings, site checks, 直接督办."),
    F("no-disclosure", None, "中心门户网站 向社会公开, 监督电话."),
    F("inconsistent-claim", None, "21 measures = 19 done + 2 长期坚持 named; 诫勉 1 + 批评 4 match; 3 rules named; 0.31万."),
    F("unanswered-issue", 4, "见证 is answered in item 2 together with 系统安全 (merged)."),
    F("unanswered-issue", 8, "Answered in item 6, before #7."),
    F("no-accountability", 5, "0.31万 退缴 by the driver, 批评教育; 办公室主任 诫勉谈话."),
    F("no-mechanism", 3, "《评标专家评价和动态管理办法》."),
    F("no-mechanism", 4, "修订《开评标现场见证工作规程》."),
    F("no-mechanism", 5, "修订《公务用车管理办法》."),
    F("no-deadline", 7, "长期坚持."),
    F("no-owner", 6, "副主任苟立言."),
    F("vague-measure", 7, "考评标准, 补开党员大会, monthly 联学: concrete."),
    F("repeated-measure", 4, "Item 2 answers #2 and #4 in one block with distinct measures for each; nothing is pasted elsewhere."),
], links=[
    L("全面推行“不见面开标”", 1), L("注销2名调离人员的系统账号", 2), L("对2名一年内被投诉3次以上的专家暂停抽取", 3),
    L("见证记录必须当场签字确认", 4), L("0.31万元由驾驶员个人退缴", 5), L("安排财务室另一名人员参与保证金账户每月对账", 6),
    L("重新制定“党员示范窗口”考评标准", 7), L("场地服务费收费标准经县发展改革局重新核定", 8)])

for name, g in G.items():
    n = g["issues"]
    out = {"mode": g["mode"], "issues": n,
           "answered": {str(i): i not in g["unanswered"] for i in range(1, n + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{name}: {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, links {len(g['links'])}")
