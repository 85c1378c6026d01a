"""Write p01..p10/gold.json (dev-pairs gold format) for dev40. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev24/make/gold.py. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蘅岭县国有蕙山林场党支部 (state forest farm). Feedback: formal 反馈意见, （一）（二）（三）…方面 with continuous 1．–7．
# (heading。detail); 二、整改意见 and the two-month sentence are not problems. Report: 关于“…”的问题 headings with field lines
# 整改措施/责任人/完成时限/整改进展.
G["p01"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-accountability", 3, "优亲厚友 and 虚报冒领 of 生态护林员补助 (4.32万 to 3 absent people; 2 relatives of 场部 staff chosen without 公示/回避, "
      "经办和审核人员未提出异议): the answer only 追回 the money, 解聘 the 2 relatives and 重新公开选聘 — nobody who listed or approved them is "
      "谈话, 批评, 处分 or 移交, although the feedback asked 该处理的处理."),
    F("no-mechanism", 4, "The feedback says the farm has no written rule at all on 木材销售 定价 and 买方确定. The answer is one-off: 逐笔复核, "
      "约谈 the buyer, 补收差价款2.96万元, and one remaining 批次 挂牌处置 — no 办法/规定, no standing requirement that timber go through the platform."),
    F("no-owner", 7, "Item （七） has 整改措施/完成时限/整改进展 but no 责任人 line; every other item names one."),
], must_not_flag=[
    F("no-mechanism", 1, "Lasting mechanism without the word 制度/机制: 纸质日志 stopped, monthly 轨迹 export with a 90% 合格 line, and 轨迹完整率 "
      "纳入管护站站长年度考核 (15%), tied to 绩效工资."),
    F("no-mechanism", 5, "修订《林场公务用车使用管理规定》 with 派车单 and monthly 公开栏 disclosure."),
    F("no-accountability", 5, "副场长殷栎 诫勉谈话, 司机 批评教育, 1860元 退赔."),
    F("no-accountability", 2, "防火 排查 走过场 is weak performance, no misconduct; no sanction needed."),
    F("no-deadline", 2, "2024年8月15日 with the 防火期抽查 长期坚持 — a legitimate standing item."),
    F("no-deadline", 6, "2024年8月5日, 季度抽查 长期坚持."),
    F("copied-measure", 4, "The #4 answer is one-off but concrete (复核 3 批次, 约谈, 2.96万 补收, 挂牌) — not a restatement."),
    F("no-owner", 3, "支部书记、场长柏岫 is 责任人."),
    F("inconsistent-claim", None, "20 measures (3+3+3+3+2+3+3) = 18 done + 2 长期坚持 (防火期抽查, 季度抽查), which is what the items show."),
    F("late-report", None, "Feedback 2024-06-17, report 2024-08-12: inside the two months the feedback set."),
    F("weak-leadership", None, "支部书记柏岫 heads the 领导小组, 直接部署、逐项过问, 4 推进会, 实地督办."),
    F("no-disclosure", None, "整改清单 already posted on the 场务公开栏; report to go on the 县林业局门户网站."),
], links=[
    L("停止使用纸质巡护日志", 1), L("清理杂草堆积通道5处", 2), L("停发3名外出务工人员补助", 3),
    L("按同期评估价补收差价款2.96万元", 4), L("修订《林场公务用车使用管理规定》", 5), L("支委会固定在每月第一个星期一召开", 6),
    L("开通“蘅岭先锋”学习平台账号", 7)])

# p02 葭州农商行蓼溪支行党支部 (rural commercial bank branch). Feedback: 一、…六、 heading。detail + 一要…三要 requirements
# (not problems). Report (GB18030): the branch's own reworded headings (一、严把贷款“三查”关口 …) + bracket (责任人；完成时限；status).
G["p02"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("copied-measure", 3, "Section 三 is the problem turned into a pledge: “针对员工行为管理失之于宽、员工异常行为排查未按季度开展的问题，支行将切实加强"
      "员工行为管理，严格按季度排查……确保员工行为管理到位” — no 排查 done, the stale 台账 not updated, nothing found or named; yet marked 已完成."),
    F("vague-measure", 5, "Section 五 is slogans only (进一步提高政治站位, 切实加强理论武装, 走深走实, 以高质量党建引领…): nothing on 第一议题 "
      "records, the merged 业务例会 or study time; no act, number or date beyond the field line."),
], must_not_flag=[
    F("copied-measure", 1, "Reuses the feedback's keywords (贷后检查, 贷前调查) but names acts: 13 份检查报告, 一户一策, 修订细则 with 15日/每季度, 核实清单."),
    F("vague-measure", 4, "Short but concrete: 1 协管员 per point, 每周二、周五上午, 112户 = 68%, rest by 2025年3月底."),
    F("no-accountability", 2, "时任支行行长游梓安 党内警告处分, 2 客户经理 诫勉谈话, 1.86万 退缴."),
    F("no-accountability", 4, "普惠金融 gaps are weak performance; no sanction expected."),
    F("no-mechanism", 1, "修订《蓼溪支行涉农贷款贷后管理实施细则》."),
    F("no-deadline", 6, "完成时限 2025年6月30日; the lawsuit item has a date."),
    F("no-deadline", 4, "完成时限 2025年3月31日."),
    F("inconsistent-claim", None, "Summary: 4 done, #4 and #6 正在推进 — exactly the two items marked 正在推进 in the body."),
    F("late-report", None, "Feedback 2024-11-06, report 2024-12-27: inside the two months set."),
    F("weak-leadership", None, "Secretary 邬晴川 heads the 领导小组, 第一责任人, weekly progress hearing, 亲自督办 two items."),
], links=[
    L("逐笔补做现场检查，形成检查报告13份", 1), L("1.86万元费用已由参与人员按人分摊退缴", 2), L("严格按季度排查员工异常行为", 3),
    L("每周二、周五上午固定值守", 4), L("推动“第一议题”学习走深走实", 5), L("2笔已追加保证人担保", 6)])

# p03 蓍塘镇中心卫生院党支部 (township health centre). Feedback: 组长's 反馈会 speech (CRLF), problems as 从…看 paragraphs;
# 第一…第三 requirements are not problems. Report: 问题N：/整改情况：/责任人： blocks.
G["p03"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-accountability", 1, "挂床住院 and 虚记理疗项目 (2.7万 医保基金): the answer 通报 the case, 自查 1126 病历, 学习 the 条例 and adds a system check — "
      "nobody who wrote or charged the false items is identified or dealt with, though the speech said 查清责任、严肃处理，不能一退了之."),
    F("no-mechanism", 2, "线下采购 38.6万 with no approval record and no 资质审核: the answer is 补录 to the platform, 约谈 two suppliers, 退回 4.1万, "
      "one 盘点 — no purchasing rule, approval step or check against off-platform buying."),
    F("inconsistent-claim", None, "Preamble: “反馈的6个问题已全部整改到位，所有整改任务均已完成”, but 问题3 says “其余4个村的回访工作正在推进，计划2024年12月底前全部完成”."),
], must_not_flag=[
    F("no-mechanism", 1, "在医院信息系统中设置理疗项目收费与治疗记录自动比对 — a lasting control in a system (the gap there is accountability)."),
    F("no-mechanism", 4, "修订《…绩效工资分配办法》 passed by 职代会, 3倍 cap, yearly 复核 and 公示."),
    F("no-mechanism", 6, "制定《…信息发布审核规定》 with 三审."),
    F("no-accountability", 3, "签而不约 is weak performance; no sanction needed."),
    F("no-accountability", 5, "Weak 组织生活; no misconduct."),
    F("vague-measure", 5, "Short but concrete: 2 党课 with titles in April and May, 主题党日 separated, rotating host, monthly filing."),
    F("copied-measure", 2, "One-off but concrete acts (补录, 约谈, 退回4.1万, 盘点 23件)."),
    F("no-deadline", 3, "“计划2024年12月底前全部完成” is a date."),
    F("late-report", None, "Speech 2024-03-26, report 2024-05-24: inside the two months."),
    F("weak-leadership", None, "支部书记、院长谭蔚 heads the 领导小组."),
], links=[
    L("设置理疗项目收费与治疗记录自动比对", 1), L("逐笔补录到省药械集中采购平台备案", 2), L("目前已完成回访1860户", 3),
    L("2024年5月14日经职工代表大会表决通过", 4), L("主题党日与业务培训分开进行", 5), L("删除公众号不实文章", 6)])

# p04 蓴城县人民医院医共体党委 (county hospital alliance). Feedback: 纪委 website news item, the eight clauses of
# “巡察组指出，……；……等问题”; the 组长's 要求, 戚墨林's 要求 and 隗长庚's 表态 are not problems. Report: preamble with totals
# + 整改台账 as ｜-separated rows (7 rows for 8 problems: no row on 人才队伍).
G["p04"] = dict(mode="pair", issues=8, unanswered=[6], must_flag=[
    F("unanswered-issue", 6, "人才队伍建设滞后 (6 of 11 研究生 left, 23 全科医生 short) has no row in the ledger and is not mentioned anywhere in the report."),
    F("copied-measure", 4, "Row 4 restates the problem: “规范医疗服务价格执行，杜绝分解收费、重复收费现象，确保医疗服务收费行为规范有序” — no 自查, no refund, no system check; marked 已完成."),
    F("no-deadline", 1, "Row 1 (统一采购配送, 正在推进) has 完成时限 “根据上级安排推进” — no date for unfinished work."),
    F("inconsistent-claim", None, "Preamble: 整改措施26条，已完成22条，正在推进3条 — 22 + 3 = 25, one measure unaccounted for."),
], must_not_flag=[
    F("no-accountability", 2, "管理津贴 46.8万 退回; 时任院长 诫勉谈话, 人事科科长 党内警告处分, 分管副院长 书面检查."),
    F("no-accountability", 5, "2 医生: 党内警告处分 and 调离临床岗位; 1 件 移交县纪委监委."),
    F("copied-measure", 3, "Reuses 购置论证 keywords but concrete: 《大型医用设备购置论证办法》, 50万 threshold, four-party 论证, 1 台 调剂, 1 台 opened to others."),
    F("no-mechanism", 2, "修订《绩效工资分配管理办法》."),
    F("no-mechanism", 3, "制定《大型医用设备购置论证办法》."),
    F("no-deadline", 5, "长期坚持 for the standing 提醒谈话 after a completed 核查."),
    F("no-deadline", 8, "2025年10月31日 for the budgeted 危房改造."),
    F("unanswered-issue", 7, "Ledger row 6 (基层党支部建设) answers problem 7 under the ledger's own number."),
    F("unanswered-issue", 8, "Ledger row 7 answers problem 8 (上轮巡察问题)."),
    F("no-owner", 4, "Row 4 names 副院长阙宁 (its gap is the copied measure)."),
    F("weak-leadership", None, "党委书记隗长庚 leads the 领导小组, 第一责任人, 7 meetings, 直接督办 two problems."),
    F("no-disclosure", None, "台账 published in the 院务公开 column of the 医共体 website."),
    F("late-report", None, "Feedback 2024-07-03, report 2024-09-27: inside three months."),
], links=[
    L("完成8家分院药品目录统一", 1), L("46.8万元已由领取人员全部退回", 2), L("2台低使用率设备中1台已调剂至第二分院使用", 3),
    L("杜绝分解收费、重复收费现象", 4), L("重新核查近三年收到的9件", 5), L("选配4名党员科主任任支部书记", 7),
    L("对3个未整改到位的问题逐一重新制定整改措施", 8)])

# p05 蕖山县供销社党组. Feedback: formal 反馈意见, （一）（二）（三）…方面 with 1．2． restarting per area (2 + 3 + 2 = 7);
# 二、整改建议 not problems. Report: 关于“…”的问题 headings, 一是…二是… paragraphs, bracket (责任领导；完成时限).
G["p05"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-accountability", 3, "套取省级补助资金18万 by 虚列建设内容 with 编造 papers: the answer 退回 the money, re-checks, writes a 规定, and says "
      "“相关人员已深刻认识到自身错误，并在会上作了表态” — that is not a sanction: nobody named, no 处分, no 移交, though the feedback asked 严肃追究."),
    F("vague-measure", 6, "Section 六 is slogans (严格执行条例, 进一步规范, 切实提高, 坚决杜绝, 营造风清气正): nothing about the 2 cadres promoted without "
      "民主推荐 or the 3 档案 discrepancies."),
    F("no-deadline", 7, "0.55万 of the 0.86万 党费 still unpaid, 完成时限 “视补缴情况而定” — no date."),
], must_not_flag=[
    F("no-accountability", 2, "资产经营部负责人 诫勉谈话, 分管副主任 批评教育."),
    F("no-accountability", 4, "办公室主任 退赔 0.64万 and 批评教育."),
    F("no-mechanism", 2, "修订《县供销社社有资产出租管理办法》 (评估底价, 公开, 近亲属不得承租)."),
    F("no-mechanism", 3, "制定《县供销社项目申报和验收管理规定》 (the gap there is accountability)."),
    F("no-mechanism", 5, "Standing practice without the word 制度: 财务科每月复核, 单笔5000元以上一律转账."),
    F("vague-measure", 5, "Short but concrete: 12 白条, 9 补齐, 3 退款0.52万, monthly 复核, 5000元 rule."),
    F("no-deadline", 1, "长期坚持 with dated parts (3 社 by 2024年12月底; 3 stores opened in May)."),
    F("inconsistent-claim", None, "5 done + #1 长期坚持 + #7 正在推进 = 7; 19.16万 = 18 + 0.64 + 0.52; 2 rules named."),
    F("late-report", None, "Feedback 2024-05-16, report 2024-08-08: inside three months."),
    F("weak-leadership", None, "党组书记伏砚池 heads the 领导小组, 第一责任人, 直接部署、直接督办."),
], links=[
    L("在3个没有直营农资门店的乡镇新设直营店3家", 1), L("经第三方评估后通过县公共资源交易中心公开招租", 2),
    L("已将套取的省级补助资金18万元全部退回县财政", 3), L("超标准部分0.64万元由当时审批的办公室主任个人退赔", 4),
    L("补齐合规票据9张", 5), L("进一步规范选人用人程序", 6), L("按工资基数重新核定全体党员党费缴纳标准", 7)])

# p06 蘪阳县水务局党组. Feedback: formal （一）（二）（三）…方面 with continuous 1．–8．; 二、整改意见 not problems.
# Report: DOCX, preamble + 整改台账 as a Word table (7 columns, 8 rows). GOOD REPORT: every entry is a counter-case.
G["p06"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[], must_not_flag=[
    F("no-mechanism", 1, "建立水质检测台账, 每月汇总, 每季度 疾控中心 抽检, 纳入乡镇目标考核 — lasting, without the word 制度."),
    F("no-mechanism", 3, "修订《蘪阳县小型水利工程建设项目管理办法》, 设计变更先报批后施工."),
    F("no-mechanism", 4, "制定《局机关加班审批和补贴发放规定》."),
    F("no-mechanism", 5, "在取水许可管理系统中设置计量数据异常自动提醒 (7天无数据 → 核查)."),
    F("no-mechanism", 6, "建立中层干部任职年限台账, 满8年提前提醒."),
    F("no-accountability", 4, "时任办公室主任 党内警告处分, 分管副局长 诫勉谈话, 15.1万 退回."),
    F("no-accountability", 3, "项目负责人 政务警告处分."),
    F("no-accountability", 7, "Weak 组织生活会; no misconduct."),
    F("copied-measure", 2, "Reuses “清四乱”/台账/销号 keywords but concrete: 9 处 cleared, 台账 reopened with photos, 河长办 复核."),
    F("vague-measure", 7, "Short but concrete: 9月 meeting, 31 条 批评意见, each in a 整改清单 with a date."),
    F("no-deadline", 8, "长期坚持 for a standing duty (quarterly 研究, 三审三校)."),
    F("no-deadline", 1, "2024年10月31日, 季度抽检 长期坚持."),
    F("inconsistent-claim", None, "6 done + 2 standing (#1 抽检, #8) = 8; 15.1万, 8.7万; 处分2 (政务警告 + 党内警告), 诫勉1; 2 rules named."),
    F("weak-leadership", None, "党组书记宓澄 heads the 领导小组, 第一责任人, 5 meetings, site visits, 亲自过问."),
    F("no-disclosure", None, "Report and 台账 on the 县水务局门户网站, 监督电话 0735-6612073."),
    F("late-report", None, "Feedback 2024-08-20, report 2024-11-15: 87 days."),
], links=[
    L("每季度委托县疾控中心对12处供水站抽检1次", 1), L("重新打开台账并附整改前后对比照片", 2), L("设计变更一律先报批后施工", 3),
    L("15.1万元已全部退回", 4), L("已向3家企业补征水资源费8.7万元", 5), L("已于9月交流轮岗", 6), L("提出批评意见31条", 7),
    L("局网站实行“三审三校”", 8)])

# p07 菀陂县文化旅游投资开发有限公司党支部 (county state firm). Feedback: 一、…七、 heading。detail, then an unnumbered
# 整改要求 paragraph. Report (GB18030): the party secretary's first-person 组织落实整改情况报告, 一、关于…的问题。 paragraphs.
G["p07"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-mechanism", 1, "“三重一大” not taken to the 支部 first: the answer is 补开 a meeting, 补录 the minutes, the secretary's 检讨, and "
      "“我在会上强调，今后凡是重大事项，都要先上支部会研究” — a spoken exhortation, no 前置研究事项清单, 议事规则 or other written rule."),
    F("no-accountability", 5, "优亲厚友 in hiring (考官 did not 回避, 评分表 涂改): the 2 relatives are 重新考核 and kept and a 回避 clause is added — "
      "nobody who sat as examiner or altered the forms is dealt with, though the feedback asked 查清事实、分清责任，依规依纪严肃处理."),
    F("vague-measure", 6, "Section 六 is slogans (深度融合, 切实发挥, 进一步压实, 同频共振, 以高质量党建引领): nothing on 先锋岗/责任区 or joining the two 考核."),
], must_not_flag=[
    F("no-accountability", 2, "副总经理芮子衿 党内警告处分, 2 部门经理 批评教育, 1.38万 退回."),
    F("no-mechanism", 3, "出台《公司工程结算审核实施细则》: 第三方造价审核 + 双签."),
    F("no-mechanism", 4, "Standing practice: 固定资产台账, 每半年联合盘点, 报支委会."),
    F("no-mechanism", 5, "修订《公司员工招聘管理办法》 with a 回避 clause (the gap there is accountability)."),
    F("vague-measure", 7, "Short but concrete: 5 处 records, 每日开园前 签字, 2 设施 检验, 7月2日 演练."),
    F("inconsistent-claim", None, "6 done + #6 长期坚持; 28.78万 = 27.4 + 1.38; 党内警告1 + 批评教育2 match section 二."),
    F("weak-leadership", None, "First-person report of the 第一责任人: 6 meetings, 直接过问、直接督办, 5 site visits."),
    F("late-report", None, "Feedback 2024-04-22, report 2024-07-15: inside three months."),
], links=[
    L("补录了会议纪要并归档", 1), L("宴请费用1.38万元由参与人员个人承担", 2), L("追回多付工程款27.4万元", 3),
    L("32项资产全部入账", 4), L("二人考核成绩合格，继续留用", 5), L("推动党建和经营同频共振", 6), L("组织了游客疏散应急演练", 7)])

# p08 萑阳县职业中等专业学校党总支 (vocational school). Feedback: 巡察办主任's 反馈会 speech with 一是…七是 in one paragraph;
# 第一…第三 requirements not problems. Report (UTF-16 LE BOM): answers by number “针对第N个问题，…（责任人：…；完成时限：…）”.
G["p08"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-accountability", 3, "违规收取“实习管理费”8.5万: the money is refunded, 14 placements changed and a 细则 written, but nobody who decided or "
      "collected the fee is dealt with, though the speech said 对违规收费…既要纠正，也要追责."),
    F("copied-measure", 4, "“针对食堂承包合同到期后未重新招标、直接续签的问题，学校将严格食堂承包管理，坚决杜绝合同到期不招标直接续签的情况” — "
      "the problem turned into a pledge; nothing on the running three-year contract, no 招标, no 评估."),
    F("inconsistent-claim", None, "Preamble: “整改中共问责处理7人”, but the body names 6: 3 教职工 批评教育 + 资助中心主任 诫勉谈话 (第二个) + 2 教师 警告处分 (第五个)."),
    F("no-owner", 7, "The 换届 answer (still 正在推进) gives only （完成时限：2025年1月31日）, no 责任人; every other answer names one."),
], must_not_flag=[
    F("copied-measure", 6, "Reuses 坐收坐支 but names acts: 11.6万 补缴财政专户, 非税收入收缴系统 from 2024年11月, no 过渡账户."),
    F("no-mechanism", 6, "Standing rule in a system: all 培训收费 through the 非税收入收缴系统."),
    F("no-mechanism", 3, "制定《学生实习管理细则》 (the gap there is accountability)."),
    F("no-accountability", 2, "3 教职工 批评教育, 资助中心主任 诫勉谈话, 2.4万 追回."),
    F("no-accountability", 5, "2 教师 警告处分 + 扣发绩效."),
    F("no-deadline", 7, "2025年1月31日 is given (the gap there is the owner)."),
    F("late-report", None, "Speech 2024-10-15, report 2025-01-08: inside three months."),
    F("weak-leadership", None, "党总支书记蒯霜 heads the 领导小组, 第一责任人, 亲自部署、亲自督办."),
], links=[
    L("4个班级已按规定补足课时", 1), L("已追回12名不符合条件学生的助学金2.4万元", 2), L("已全部退还向学生收取的实习管理费8.5万元", 3),
    L("坚决杜绝合同到期不招标直接续签的情况", 4), L("学校给予2人警告处分", 5), L("全部补缴财政专户", 6),
    L("已向县教育局党组报送换届请示", 7)])

# p09 薁江县公共资源交易中心党支部 (public resources trading centre). Feedback (GB18030): website news item, problems as
# inline 一是…六是 in one paragraph; 要求, 表态 and the 移交 sentence are not problems. Report: public 巡察整改进展情况的通报,
# totals first, then （一）–（六） reworded headings in the feedback's order, then 下一步 and contact details.
G["p09"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-mechanism", 2, "专家库: the feedback names a gap in the 抽取规则; the answer is 核实, 清退39名, 补录24名 and a 6-month 暂停 of 3 experts — "
      "one-off cleaning, no rule on 抽取/回避 or on keeping the library up to date."),
    F("inconsistent-claim", None, "Totals say “清退违规发放的职工福利资金9.6万元”, but section （三） says only 6.9万 has come back and “剩余2.7万元正在追缴”."),
    F("vague-measure", 6, "Section （六） is slogans (着力提升, 切实加强, 全面进步、全面过硬, 坚强战斗堡垒): nothing on 三会一课 records or the three years without 党员发展."),
], must_not_flag=[
    F("no-mechanism", 1, "在交易系统中设置预警线索闭环处置模块 (5 working days, auto reminder) + quarterly report — mechanism in other words."),
    F("no-mechanism", 3, "修订《中心财务管理办法》: 利息 into the 财政专户."),
    F("no-mechanism", 4, "修订《中心公务用车管理规定》 with 北斗定位 and monthly 轨迹 check."),
    F("no-accountability", 3, "时任中心主任 党内严重警告处分, 分管副主任 诫勉谈话."),
    F("no-accountability", 4, "2 驾驶员 + 1 职工 批评教育, 0.21万 退赔."),
    F("no-accountability", 5, "一网通办 slow: weak performance, no sanction needed."),
    F("vague-measure", 5, "Concrete: 2 systems, 86%, 自动退付, last site by 10月底."),
    F("no-disclosure", None, "A public 通报 with a feedback window, phone and postal address."),
    F("weak-leadership", None, "荆羽 leads, 第一责任人, 4 meetings, 直接部署、直接过问."),
    F("late-report", None, "Feedback 2024-05-28, 通报 2024-08-26: inside three months."),
], links=[
    L("在交易系统中设置预警线索闭环处置模块", 1), L("补录新专家24名", 2), L("已由42名职工退回6.9万元", 3),
    L("由当事人退赔", 4), L("不见面开标率提高到86%", 5), L("推动支部建设全面进步、全面过硬", 6)])

# p10 蒴溪县残疾人联合会党组 (county disabled persons' federation). Feedback: 一、–七、 heading LINES each followed by a detail
# line; 巡察组要求 paragraph not a problem. Report (CRLF): preamble + 整改台账 as tab-separated rows, 5 rows for 7 problems:
# row 5 merges #6 and #7, and #3 has no row.
G["p10"] = dict(mode="pair", issues=7, unanswered=[3], must_flag=[
    F("unanswered-issue", 3, "就业保障金 (代签 签到表, training of little use, <10% employed) has no row and no word in the report; "
      "“台账所列整改任务均已完成” covers only what is listed (the 教育就业部 named as a department in row 3 is not an answer)."),
    F("copied-measure", 4, "Row 3 restates the problem reworded: “完善辅助器具发放登记，做到台账与实物相符、去向可追溯” — the 47 untraced items are not looked for; marked 已完成."),
], must_not_flag=[
    F("no-mechanism", 1, "建立死亡人员信息每月比对 with 民政/公安/医保, pushed 3 working days before payment for 复核 — lasting, without 制度."),
    F("copied-measure", 1, "Reuses 两项补贴/审核 words but concrete: 停发, 3.78万 追回, monthly 比对."),
    F("no-accountability", 2, "问题线索移交县纪委监委, 审核人员 诫勉谈话, 定点协议 解除."),
    F("no-accountability", 5, "分管副理事长 诫勉谈话, 办公室主任 批评教育, 2.6万 退回."),
    F("no-mechanism", 2, "修订《残疾儿童康复救助定点机构管理办法》 + 双核对."),
    F("no-mechanism", 6, "制定《舆情线索研判处置流程》 (24小时登记, 3个工作日研判)."),
    F("unanswered-issue", 6, "Answered in the merged ledger row 5."),
    F("unanswered-issue", 7, "Answered in the merged ledger row 5 (2025 学习计划, 每季度至少2次研讨)."),
    F("inconsistent-claim", None, "17.58万 = 3.78 + 11.2 + 2.6; 移交1; 诫勉2 (rows 2, 4); 批评1; 2 rules named. “台账所列…均已完成” matches the rows."),
    F("weak-leadership", None, "党组书记仇映雪 heads the 领导小组, 第一责任人, 5 meetings, 亲自部署、亲自督办."),
    F("late-report", None, "Feedback 2024-10-28, report 2025-01-20: inside three months."),
], links=[
    L("建立死亡人员信息每月比对", 1), L("问题线索移交县纪委监委", 2), L("做到台账与实物相符、去向可追溯", 4),
    L("购物卡折合2.6万元已全部退回", 5), L("制定《舆情线索研判处置流程》", 6), L("每季度至少2次专题研讨", 7)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
