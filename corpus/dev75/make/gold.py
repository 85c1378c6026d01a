"""Write p01..p10/gold.json (dev-pairs gold format) for dev75 (HELD OUT). The gold is hand-judged; this file only keeps
it in one place. Modelled on corpus/dev44/make/gold.py. Debatable points ("may report") are not gold: they are in each
pair's notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蘩阳县社会主义学院党支部: formal 反馈意见, areas （一）…方面 + continuous 1．–7． heading。detail; 整改意见 not problems.
# Report: 关于“…”的问题 with 整改措施/责任领导/责任科室/整改时限/问责情况/整改成效. GOOD REPORT.
G["p01"] = dict(issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、院长俞含章 heads the 领导小组, is 第一责任人, 4 推进会, 当面督办 on #2 and #4, 专题组织生活会."),
    F("late-report", None, "Feedback 2025-03-18, report 2025-06-10: 84 days, inside three months."),
    F("no-disclosure", None, "下一步 三是: 县委统战部门户网站 and 学院公开栏, 监督电话."),
    F("inconsistent-claim", None, "21 measures = 19 done + 2 long-term (#1, #6); 6.5万 = 4.6万 + 1.9万; 党内警告1 + 诫勉2 + 批评教育4 = 7 people, all named in the items; 7 rules named (1+1+1+2+1+1)."),
    F("no-accountability", 1, "Training content drifted from the core task: no wrongdoing, nobody to hold to account (the report says so)."),
    F("no-accountability", 5, "Look-alike: incomplete vouchers, the feedback itself found no false spending."),
    F("no-accountability", 6, "Organisation-life shortcoming, no wrongdoing."),
    F("no-accountability", 7, "Historical book/equipment mismatch, no loss found."),
    F("no-accountability", 2, "教务科科长亓伟 诫勉谈话, two staff 批评教育, 1.9万 returned."),
    F("no-accountability", 3, "分管副院长郗明远 诫勉谈话 by 县委统战部; 财务负责人 and 出纳 批评教育; 4.6万 returned."),
    F("no-accountability", 4, "聂秋屏 党内警告 by 县纪委监委 and her duties changed."),
    F("no-mechanism", 3, "修订《教职工课酬发放办法》."),
    F("no-mechanism", 4, "《培训服务采购比价管理办法》 and 《干部职工利益冲突回避规定》."),
    F("no-deadline", 6, "“2025年4月30日前完成，此后长期坚持”."),
    F("no-owner", 7, "副院长郗明远 is 责任领导."),
    F("vague-measure", 6, "Opens with 切实增强党内政治生活的严肃性 but then gives concrete acts (records, talks, monthly roll)."),
    F("copied-measure", 3, "“停止向本院在编教职工发放校内讲课费” echoes the feedback's words but is an act, with 4.6万 returned and a revised rule."),
], links=[
    L("统战理论、民族宗教政策课程课时占比提高到六成以上", 1), L("按签到表核实的1214人次向县委统战部更正报送", 2),
    L("违规发放的4.6万元课酬由31名领取人全部退回", 3), L("立即停止与涉事酒店的合作", 4),
    L("31张不规范凭证已全部补齐签字和附件", 5), L("规范支部委员会会议记录，逐人记录讨论意见", 6),
    L("对图书资料和教学设备开展全面盘点", 7)])

# p02 蕹川县出租汽车有限公司党支部: 组长's 反馈会 speech, 第一，…第六，; 一要…三要 and the 移交 sentence not problems.
# Report (GB18030): the secretary's first-person report, own short headings in another order (3,2,4,1,6,5).
G["p02"] = dict(issues=6, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2024-09-03 with a 三个月内 limit (2024-12-03); report dated 2024-12-20: 108 days. The report even admits 报送也较晚."),
    F("no-accountability", 6, "The speech calls the 24.3万 承包金 arrears a 失职 of 财务部 and 营运部 and asks that 失职失责造成损失 be traced; the report's heading （五） collects 15.1万, sues for 9.2万 and revises a rule, but nobody in either department is dealt with (the 追责 lines exist for every other misconduct item)."),
], must_not_flag=[
    F("weak-leadership", None, "First-person report of the 党支部书记 as 第一责任人 and 领导小组组长: chaired the plan, 5 推进会, weekly follow-up, visits to the 交通运输局 and 国资服务中心."),
    F("no-disclosure", None, "“整改情况已在公司公示栏和县国资服务中心网站公开”."),
    F("inconsistent-claim", None, "18 tasks = 16 done + 2 suits; 33.1万 = 15 + 15.1 + 1.1 + 1.9; 4 people dealt with (厍国栋, 戢晓峰, 滑宝林, 蒯少军); 6 rules named."),
    F("unanswered-issue", 1, "Answered under （四）党支部作用发挥不够, out of feedback order."),
    F("unanswered-issue", 5, "Answered last, under （六）安全生产基础工作."),
    F("no-accountability", 1, "Party-leadership shortcoming, no individual wrongdoing named."),
    F("no-accountability", 5, "Safety shortcoming, no accident, no one named."),
    F("no-accountability", 2, "县纪委监委 立案, 政务记过, 免去总经理职务."),
    F("no-accountability", 3, "副总经理 书面检查 + 诫勉谈话; 营运部经理 调岗 + 批评教育."),
    F("no-accountability", 4, "党内警告 and 免去车队长职务; 1.1万 退缴."),
    F("no-mechanism", 6, "修订《承包金收缴管理办法》 (月结月清): the gap there is accountability."),
    F("no-mechanism", 2, "《出租车经营权指标转让管理规定》."),
    F("no-mechanism", 3, "《新增运力承包经营权公开配置办法》."),
    F("no-owner", 1, "责任领导：甄铎 (the writer himself)."),
    F("no-deadline", 2, "“2024年11月30日，诉讼部分持续推进”."),
], links=[
    L("收回违规分配的3辆新能源出租车承包经营权", 3), L("委托第三方机构对6个已转让指标进行补充评估", 2),
    L("蒯少军收受的烟酒、购物卡已折价1.1万元全部退缴", 4), L("将经营权转让、运力配置、大额资金使用等11类事项纳入前置研究范围", 1),
    L("成立由分管财务的副总经理任组长的催收专班", 6), L("对已离开本县的2名驾驶员拖欠的9.2万元", 6),
    L("对全部168辆营运车辆开展例检", 5)])

# p03 薤岭县野生动物保护站党支部: 问题清单 函, 问题1：…问题6： + 具体表现：; 整改要求 一是…三是 not problems.
# Report (UTF-8 CRLF): 问题N：/整改情况： + bracket (责任人；完成时限).
G["p03"] = dict(issues=6, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "The summary says “追责问责7人，其中诫勉谈话3人、批评教育4人”, but the items deal with 5 people: 诫勉 贝望舒 and 宓怀远 (2), 批评教育 the 2 审核人员 and 丰立新 (3)."),
    F("no-accountability", 3, "副站长闵仲和 signed the 9.6万 feed contract alone, 1.7万 overspent; the answer ends the contract, gets the difference back and writes a rule, but nobody is dealt with, though 整改要求 一是 asks for 直接责任 and 领导责任 (闵仲和 is even the item's 责任人)."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、站长宓怀远 heads the 领导小组, 第一责任人, 4 meetings, 2 field checks."),
    F("late-report", None, "Feedback 2024-04-16, report 2024-07-09: 84 days."),
    F("no-disclosure", None, "县林业局网站 and 站务公开栏."),
    F("no-accountability", 1, "2 审核人员 批评教育, 副站长贝望舒 诫勉谈话, 3.8万 recovered."),
    F("no-accountability", 2, "站长 检讨 + 诫勉谈话 by 县林业局党组; the nephew dismissed, 0.7万 returned."),
    F("no-accountability", 4, "驾驶员 批评教育 + one quarter's 绩效 withheld, 0.6万 退缴."),
    F("no-accountability", 5, "Publicity shortcoming, no wrongdoing."),
    F("no-accountability", 6, "Look-alike: equipment unbooked but all present, no loss."),
    F("no-mechanism", 3, "《物资采购管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 4, "修订《公务用车管理制度》 (封存, 行车记录仪)."),
    F("no-mechanism", 1, "修订《野生动物肇事补偿审核办法》."),
    F("no-deadline", 5, "“2024年6月30日，此后长期坚持”."),
    F("vague-measure", 5, "Opens with 坚持把宣传教育作为…基础性工作来抓 but then 11 village visits, 2600 cards, a video column."),
    F("no-owner", 2, "党支部书记、站长宓怀远."),
], links=[
    L("会同相关乡镇对11户的受损面积逐户重新核定", 1), L("解除与站长宓怀远侄子的巡护员聘用协议", 2),
    L("终止原供货合同", 3), L("按里程折算退缴油费0.6万元", 4), L("组织宣传小分队进村入户11次", 5),
    L("对46台件未入账设备全部补登入账", 6)])

# p04 蓂城县环境监测站党支部: 纪委监委 website news item, problems in one 巡察组指出…；…等问题 sentence (7); the 移交
# sentence and the speakers' requirements are not problems. Report (UTF-16 LE BOM): by number “针对反馈意见指出的第N个问题”,
# 6 headings, the 6th problem skipped (heading （六） answers the 7th).
G["p04"] = dict(issues=7, unanswered=[6], must_flag=[
    F("unanswered-issue", 6, "理论学习流于形式 / 意识形态工作责任制 (宣传栏, 工作群) has no answer: the headings go 第1…第5 and then 第7个问题."),
    F("no-accountability", 3, "The 运维 contract was renewed without tender at a higher price, 11.4万 overpaid; the report re-tenders, offsets the money and writes a rule, but says nothing of who decided the renewal, though the 巡察办 asked that 违规决策 be 严肃处理."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、站长晋临川 heads the 领导小组, 第一责任人, 5 meetings, 3 site checks."),
    F("late-report", None, "Feedback 2024-11-05, report 2025-01-24: 80 days."),
    F("no-disclosure", None, "“整改情况将在县生态环境局门户网站公开”."),
    F("inconsistent-claim", None, "19 measures = 18 done + the 审查调查 in progress; 11.4万 offset; 2 立案 + 3 handled (2 gift-takers, 1 采购经办人); 6 rules."),
    F("unanswered-issue", 7, "Answered under heading （六） as 第7个问题 (设备使用台账, 12 uses)."),
    F("no-accountability", 2, "Clue moved to 县纪委监委, the 2 staff 立案审查 and off duty; the 站长 书面检查."),
    F("no-accountability", 4, "批评教育 and one moved off 执法监测."),
    F("no-accountability", 1, "Monitoring frequency shortfall, no named wrongdoing."),
    F("no-accountability", 7, "Idle equipment from the last round, no wrongdoing named."),
    F("no-mechanism", 3, "《委托业务采购管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 2, "《监测数据质量责任追溯办法》."),
    F("no-deadline", 5, "“立行立改，2024年12月15日已完成”."),
    F("no-owner", 3, "副站长屈映雪 is 责任人."),
], links=[
    L("对17家重点排污单位逐一制定2025年监督性监测计划", 1), L("对全县5个空气自动监测站点逐一排查", 2),
    L("空气自动站运维服务于2024年12月重新公开招标", 3), L("2名干部收受的购物卡和茶叶已全部退还企业", 4),
    L("同类试剂年度合并采购", 5), L("组织技术人员参加重金属分析仪操作培训", 7)])

# p05 蘼江县住宅专项维修资金管理中心党支部: 反馈意见 一、…六、 heading。detail; 整改要求 （一）–（四） not problems.
# Report: DOCX, bold 关于“…”的问题 headings, 整改措施 paragraph + one field line (…问责情况…整改进展).
G["p05"] = dict(issues=6, unanswered=[], must_flag=[
    F("vague-measure", 4, "（四） (47 working days against a promised 20) is slogans only: 牢固树立…进一步增强服务意识…不断优化办事流程…提高群众满意度; no time limit cut, no step, no figure."),
    F("no-disclosure", None, "要求（四） asks to publish the rectification; the report never does. Its only 通报 is to the 全体职工大会 (internal), and 下一步 has no publication."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任牟承远 heads the 领导小组, 第一责任人, 4 meetings, 3 调度 on the money."),
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-18: 90 days, inside the three months (2025-08-20)."),
    F("inconsistent-claim", None, "5 done + （四） 持续推进; 16.2万 + 8.7万; 诫勉4 (邝书岩, 牟承远, 2 科长) + 批评1 (项乐天) = 5; 4 rules named."),
    F("no-accountability", 1, "科长邝书岩 诫勉谈话, 经办人项乐天 批评教育; 16.2万 returned."),
    F("no-accountability", 2, "The director 检查 in the 组织生活会 and 诫勉谈话 by 县住建局党组; 8.7万 made good."),
    F("no-accountability", 3, "派驻纪检组 诫勉谈话 for the 2 科长; meals paid back."),
    F("no-accountability", 5, "Look-alike: a bank-fee timing difference, no loss."),
    F("no-accountability", 4, "Slow service, no wrongdoing named."),
    F("no-mechanism", 2, "《维修资金存放管理办法》 with 3-bank quotes and 回避."),
    F("no-mechanism", 1, "修订《住宅专项维修资金使用审核办法》."),
    F("no-owner", 4, "副主任钟离秀 (the gap there is the slogan measure)."),
    F("no-deadline", 4, "2025年12月31日 (the gap there is the slogan measure)."),
], links=[
    L("多拨付的16.2万元已由施工企业全部退回维修资金专户", 1), L("通过竞争性选择方式重新确定存放银行", 2),
    L("2名科长按人均标准退缴了餐费", 3), L("持续深化作风建设，不断优化办事流程", 4),
    L("0.3万元未达账项已于2025年6月调整入账", 5), L("重新制定下半年主题党日计划", 6)])

# p06 蒟山县林业调查规划设计队党支部: 组长's speech, inline 一是…六是 over two 从…看 paragraphs; 一要…三要 not problems.
# Report: short preamble + ｜-row 整改台账 (8 fields) + 存在的不足 + 下一步.
G["p06"] = dict(issues=6, unanswered=[], must_flag=[
    F("copied-measure", 3, "Row 3's measure only turns the problem into a promise (严格如实上报外业核查工作量，坚决杜绝虚报工作量问题，确保项目经费结算真实准确…核查成果的真实性): nothing on the 6.8万 or on re-checking the 小班."),
    F("no-owner", 5, "Row 5's 责任领导 is “全队干部职工” — everybody, so nobody; every other row names one leader."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、副队长邢望舒 heads the 领导小组 as 第一责任人 (the 队长, himself concerned, stands aside); 4 meetings."),
    F("late-report", None, "Feedback 2024-06-25, report 2024-09-12: 79 days."),
    F("no-disclosure", None, "“整改情况已在县林业局门户网站公开”, 监督电话."),
    F("inconsistent-claim", None, "5 done + row 4 持续推进, as the rows say; 5.2万 + 9.5万; 4 people (仇慕远, 财务室负责人, 佘建业, 雍立行); 3 rules named."),
    F("no-accountability", 1, "副队长仇慕远 诫勉谈话, 财务室负责人 批评教育, 5.2万 returned."),
    F("no-accountability", 2, "队长佘建业 诫勉谈话 by 县林业局党组 and a 检查; 9.5万 back."),
    F("no-accountability", 3, "项目负责人 批评教育 (the gap there is the copied measure)."),
    F("no-accountability", 5, "Look-alike: contracts unfiled, no loss; “未造成损失，不作处理”."),
    F("no-accountability", 4, "Talent shortage, no wrongdoing."),
    F("no-mechanism", 2, "《项目分包管理办法》."),
    F("no-mechanism", 5, "《合同管理办法》 (the gap there is the owner)."),
    F("no-deadline", 4, "“2024年12月31日，此后长期坚持”."),
    F("no-owner", 2, "党支部书记、副队长邢望舒."),
], links=[
    L("停止向内业职工发放外业补助", 1), L("终止与涉事公司尚未履行的分包合同", 2), L("严格如实上报外业核查工作量", 3),
    L("制定2024—2026年人才队伍建设计划", 4), L("对2021年以来的合同统一编号", 5), L("建立野外作业党员“流动党小组”", 6)])

# p07 蘅溪县学校后勤服务中心党支部: DOCX 反馈意见 with bold （一）–（七） heading paragraphs + detail; 整改意见 一是…四是
# not problems. Report (GB18030): own short headings 一、…方面 in feedback order; a boilerplate paragraph pasted under 五 and 七.
G["p07"] = dict(issues=7, unanswered=[], must_flag=[
    F("repeated-measure", 5, "五、 is answered only by a boilerplate paragraph (坚持把巡察整改作为重要政治任务…推动各项工作规范化、制度化、常态化) pasted again under 七、; nothing on the 38万 挂账."),
    F("repeated-measure", 7, "七、 repeats 五、's paragraph word for word after a different first clause."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人, the 党支部书记 never appears: “中心召开会议进行了研究，将反馈问题按职责分解到各科室…办公室负责收集汇总”, though 整改意见 一是 asked for both."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-02-26, report 2025-05-22: 85 days."),
    F("no-disclosure", None, "“整改情况将在县教育局门户网站公开”."),
    F("inconsistent-claim", None, "7.9万 and 0.96万 as in the items; 诫勉3 (言博远 + 2 科级) + 批评4 (2 验收 + 2 一般干部) = 7; 4 rules; no all-done claim."),
    F("no-accountability", 1, "副主任言博远 诫勉谈话 by 县教育局党组, duties changed."),
    F("no-accountability", 2, "2 验收人员 批评教育 + 绩效 withheld; 7.9万 deducted from the supplier."),
    F("no-accountability", 3, "2 科级 诫勉谈话, 2 others 批评教育, 0.96万 退缴."),
    F("no-accountability", 4, "Food-safety gaps, no wrongdoing named."),
    F("no-accountability", 5, "Look-alike: the feedback found the balance not misused."),
    F("no-accountability", 6, "Procedure skipped without loss; the 主任 作了检查 and the matter went back to the 党支部."),
    F("no-mechanism", 1, "《营养餐食材采购利益冲突回避规定》."),
    F("no-mechanism", 3, "修订《干部职工廉洁从业规定》 and 廉洁协议."),
    F("unanswered-issue", 5, "Answered, if only by the pasted paragraph (slogans count as an answer)."),
    F("no-owner", 5, "副主任昝立秋 in the bracket (the gap there is the pasted paragraph)."),
    F("no-deadline", 7, "2025年5月15日 in the bracket."),
], links=[
    L("协商解除了食材供应合同", 1), L("多付的7.9万元已从供应商后续货款中扣回", 2),
    L("4名干部收受的购物卡和土特产已全部折价退缴", 3), L("督促4所学校为9名从业人员全部换发健康证", 4),
    L("针对结余资金挂账的问题", 5), L("冷链配送车购置事项已提交党支部会议补充研究", 6), L("针对理论学习不深入的问题", 7)])

# p08 藟阳县蒾口镇水利管理服务站党支部: 反馈意见 with areas 一、二、三、…方面 and RESTARTING 1．2．(3．) (2+3+2 = 7);
# 整改要求 not problems. Report: 一、关于…的问题 + 一是… + bracket; #6 and #7 MERGED under one heading.
G["p08"] = dict(issues=7, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2024-10-22 with a 三个月内 limit (2025-01-22); report dated 2025-02-14: 115 days."),
    F("no-accountability", 3, "虚报工程量 (1.2 km reported as 2.6 km), 4.4万 over-paid, the feedback names 副站长楚望平 and asks 处理到人; the answer recovers the money and revises a rule, and for him only “对此深刻认识，表示今后一定严格把关” — no handling at all."),
    F("no-deadline", 2, "二、's bracket gives only “责任人：副站长丁子衡” — no time limit; every other item has one."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记蓝若谷 heads the 领导小组, 第一责任人, 3 meetings, reports to the 镇党委."),
    F("no-disclosure", None, "镇政务公开栏 and every 村务公开栏."),
    F("inconsistent-claim", None, "18 measures = 16 done + 2 long-term; 5.7万 = 4.4 + 1.3; 党内警告1 (甘振声, two matters) + 诫勉/批评 2 (戴文涛, 苗心怡); 4 rules named."),
    F("unanswered-issue", 6, "Answered inside the merged heading 六、关于党员活动开展不经常和工程档案资料不完整的问题."),
    F("unanswered-issue", 7, "Same merged heading, 二是 and 三是 on the archive."),
    F("repeated-measure", 6, "One merged answer whose parts are specific to each problem — not a pasted paragraph."),
    F("repeated-measure", 7, "Same merged answer."),
    F("no-accountability", 1, "镇纪委 党内警告 for 站长甘振声; the firm barred."),
    F("no-accountability", 2, "Neglect that caused a 6万 loss is answered: the 巡查 worker 戴文涛 诫勉谈话."),
    F("no-accountability", 4, "甘振声's 党内警告 covers it, 报账员 批评教育, 1.3万 退缴."),
    F("no-accountability", 5, "Look-alike: late subsidy caused by fund flow, no 截留."),
    F("no-accountability", 7, "Archive gaps from loose filing, no wrongdoing."),
    F("no-mechanism", 3, "修订《小型水利工程验收管理办法》 (the gap there is accountability)."),
    F("no-owner", 2, "副站长丁子衡 (the gap there is the time limit)."),
    F("no-deadline", 6, "“2025年1月31日，党员志愿服务长期坚持”."),
], links=[
    L("取消涉事施工队参与本站工程项目的资格", 1), L("重新划定巡查责任段", 2), L("多拨付的4.4万元已从施工方追回", 3),
    L("违规列支的1.3万元已由相关人员全部退缴", 4), L("简化拨付流程", 5), L("制定2025年主题党日活动计划", 6),
    L("明确1名工作人员专门负责工程档案", 7)])

# p09 蓰川县自然资源执法监察大队党支部: 反馈意见 with （一）–（六） heading lines + 具体表现：; 整改要求 not problems.
# Report: public HTML 整改进展情况的通报 with 信息公开 header, 问题一：…/整改进展：… + bracket.
G["p09"] = dict(issues=6, unanswered=[], must_flag=[
    F("no-mechanism", 4, "公车私用: the feedback notes there is no 封存 or 审批 rule for the cars and asks to 建章立制; the answer is a refund and a 诫勉 only — no rule on vehicles anywhere."),
    F("vague-measure", 6, "问题六 (12 of 31 without 执法证, one training a year) is slogans only: 坚持把队伍建设摆在更加突出的位置，进一步强化学习意识…打造一支…队伍."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、教导员訾长河 heads the 领导小组, 第一责任人, 4 meetings, 5 township visits."),
    F("late-report", None, "Feedback 2025-04-08, 通报 2025-07-03: 86 days."),
    F("no-disclosure", None, "A public 通报 (公开方式：主动公开) with a comment deadline, phone and address."),
    F("inconsistent-claim", None, "5 done + 1 ongoing = 83.3%; 9万 补缴; 0.3万 = 0.12 + 0.18; 政务警告1 + 诫勉3 (2 执法人员 + 柏知远); 4 rules named."),
    F("no-accountability", 4, "柏知远 诫勉谈话 and a 检查 (the gap there is the rule)."),
    F("no-accountability", 2, "县纪委监委 政务警告 for 咸正阳, post changed."),
    F("no-accountability", 3, "2 执法人员 诫勉谈话, moved out of the squad."),
    F("no-accountability", 1, "以罚代管 is a working-method failing, no named wrongdoing; the 整改要求 lists accountability for 二、三、四 only."),
    F("no-accountability", 5, "Look-alike: file defects that did not affect outcomes."),
    F("no-mechanism", 2, "《行政处罚案件集体讨论实施办法》."),
    F("no-mechanism", 3, "《执法人员廉洁执法十条禁令》."),
    F("no-mechanism", 1, "《违法用地案件结案审查规定》."),
    F("no-owner", 6, "党支部书记、教导员訾长河 (the gap there is the slogan measure)."),
    F("no-deadline", 6, "2025年12月31日, 持续推进."),
], links=[
    L("对21宗只罚款未恢复原状的案件逐宗制定处置方案", 1), L("对3宗被降低罚款的案件重新审查", 2),
    L("2名执法人员按标准退缴宴请费用", 3), L("柏知远按往返里程折算退缴车辆使用费用0.18万元", 4),
    L("对14卷存在问题的案卷逐卷整理", 5), L("进一步强化学习意识，切实提高执法人员的政治素质和业务能力", 6)])

# p10 蘦台县棉麻有限责任公司党支部: 反馈意见 with 1．–7． heading lines + detail paragraphs; 整改要求 not problems.
# Report: 关于“…”的问题 in another order (3,1,7,2,5,4,6) with 整改措施/责任领导/整改时限/整改结果, then a separate
# 三、追责问责情况 section by feedback number.
G["p10"] = dict(issues=7, unanswered=[], must_flag=[
    F("no-accountability", 1, "80万 lent to the then general manager's brother, 20万 lost; the 追责 section says “鉴于…已于2023年6月退休，不再追究其责任”, and the 班子 who knew and said nothing are not mentioned — the feedback said 决不能一退了之."),
    F("no-mechanism", 7, "购物卡 as 福利: the cards are stopped and paid back and people 批评教育, but no rule on 福利发放, though 整改要求 三 names 福利发放 among the rules to make."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长祁星野 heads the 领导小组, 第一责任人, 直接部署、直接过问、直接督办, 6 meetings."),
    F("late-report", None, "Feedback 2024-12-10, report 2025-03-06: 86 days."),
    F("no-disclosure", None, "公司公示栏 and the 县供销合作社联合社网站."),
    F("inconsistent-claim", None, "6 done + #1's suit ongoing; 6.3万 = 3.1 + 2.4 + 0.8; 5 people (闻一舟, 郜小满, 幸文博, 统计员, 办公室主任); 4 rules named."),
    F("no-accountability", 7, "办公室主任 批评教育, the 班子 检查 (the gap there is the rule)."),
    F("no-accountability", 2, "仓储部经理 诫勉谈话 and removed, 保管员 批评教育 + 绩效 withheld."),
    F("no-accountability", 3, "分管副总经理 诫勉谈话 by the 供销社党组, 统计员 批评教育."),
    F("no-accountability", 5, "Look-alike: old receivables, no 侵占 found."),
    F("no-accountability", 4, "Party-branch shortcoming, no wrongdoing."),
    F("no-accountability", 6, "Fire-safety backlog, no one named."),
    F("no-mechanism", 1, "《资金出借与担保管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 2, "修订《棉花仓储管理制度》."),
    F("no-mechanism", 3, "修订《棉花收购统计和补贴申报管理办法》."),
    F("copied-measure", 3, "The heading restates the problem, then acts: 62吨 checked, 3.1万 returned, a revised rule."),
    F("unanswered-issue", 4, "Answered under （六）, out of order."),
    F("unanswered-issue", 6, "Answered under （七）, last."),
    F("no-deadline", 1, "“2025年2月28日，诉讼追偿持续推进”."),
], links=[
    L("多领取的补贴3.1万元已全部退回县财政", 3), L("已于2025年1月向县人民法院提起诉讼", 1), L("立即停止以慰问品名义发放购物卡", 7),
    L("对3号仓库屋面进行全面维修", 2), L("成立清欠工作组", 5), L("召开党员大会补选支部委员1名", 4), L("更换消防栓3处、灭火器46具", 6)])

for name, g in G.items():
    out = {"mode": "pair", "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
