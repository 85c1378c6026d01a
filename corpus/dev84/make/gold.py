"""Write p01..p10/gold.json (dev-pairs gold format) for dev84, one ordinary county round (十五届薁山县委第七轮巡察).
The gold is hand-judged; this file only keeps it in one place. Modelled on corpus/dev44/make/gold.py. Debatable points
("may report") are not gold: they are in each pair's notes.md, because the dev-pairs format has no key for them.
Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 薁山县畜牧兽医局党组 (county bureau). Feedback: formal 反馈意见, 一、巡察发现的主要问题 with areas （一）（二）（三）
# 在…方面 and continuous 1．–8． heading。detail; 二、整改意见 （一）–（五） are not problems. Report: the common 领导班子
# 整改情况报告, 关于“…”的问题 with 整改措施/责任领导/责任股室/整改时限/整改成效. GOOD REPORT.
G["p01"] = dict(issues=8, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长郗景澄 heads the 领导小组 as 第一责任人 (直接部署、直接过问、直接督办), 4 推进会, 3 township visits, 当面督办, a 专题民主生活会."),
    F("late-report", None, "Feedback 2025-06-17, report 2025-09-08: 83 days, inside the three months the feedback sets."),
    F("no-disclosure", None, "下一步 三是: published on the county government portal and the bureau's 公开栏 with a 监督电话 (after the 巡察办's review)."),
    F("inconsistent-claim", None, "27 measures = 25 done + 2 named long-term ones (#1 第三项, #8 第三项); 1.38万 = 1.3万 (#5) + 800元 (#4); 记过1 + 警告1 (#4), 诫勉1 (#4), 批评教育2 (#5, #6); 4 new + 3 revised rules, all named in the items."),
    F("vague-measure", 3, "Opens with 深刻反思主体责任落实中的差距 but goes on to 23 廉政谈话, a revised 《党组工作规则》, 42 risk points and a 述职述廉 rule."),
    F("copied-measure", 5, "Restates the feedback's “技术培训”名义 and 1.3万元 only to say the money was paid back; then 定位装置 and a new 办法."),
    F("no-accountability", 2, "A project delay (subsidy paid late, facilities idle): no wrongdoing named, nobody to hold to account."),
    F("no-accountability", 8, "A staffing shortfall: no wrongdoing."),
    F("no-accountability", 4, "政务记过 + 政务警告 for the two 官方兽医, 800元 returned, the 所长 诫勉谈话."),
    F("no-accountability", 5, "1.3万 paid back; the 办公室主任 书面检查 and 批评教育."),
    F("no-accountability", 6, "Money moved back to the special account; the 计划财务股股长 批评教育."),
    F("no-deadline", 1, "“前两项2025年8月31日前完成，第三项长期坚持” — a standing check legitimately has no end date."),
    F("no-deadline", 8, "Same pattern: dated recruitment, 长期坚持 training."),
    F("no-mechanism", 1, "《乡镇强制免疫质量评估办法》 with twice-yearly 抗体抽检."),
    F("no-mechanism", 4, "《动物检疫现场查验工作规定》 with full video records."),
    F("no-mechanism", 6, "修订《财务报销审批制度》 (专项资金改变用途须经党组会)."),
    F("no-owner", 7, "党组成员、机关党支部书记璩晓岚 is 责任领导."),
], links=[
    L("注销蒘溪镇重复登记的免疫耳标386枚", 1), L("剩余的55万元补贴已于7月底前全部拨付到217户养殖户", 2),
    L("梳理风险点42个，制定防控措施56条", 3), L("推行检疫申报、现场查验、出具证明全过程影像记录", 4),
    L("对公务用车全部安装定位装置", 5), L("从单位公用经费中调整归还专项资金账户", 6),
    L("为该名发展对象补齐培养考察材料", 7), L("在2025年事业单位公开招聘中安排畜牧兽医专业岗位4个", 8)])

# p02 藟坪瑶族乡党委 (ethnic township). Feedback: an HTML news page of the 县纪委监委 website (chrome, 相关链接, footer);
# the 组长's findings as one sentence 一是…七是 (7 problems); 一要…三要 (巡察办) and the 表态 一是…三是 are not problems.
# Report (UTF-8, CRLF): own order in three groups (党的建设 #6 #7 #3; 民生保障 #1 #5; 乡村发展 #4 #2), 1．–7．关于…的问题,
# 一是… and a bracket (责任领导；完成时限).
G["p02"] = dict(issues=7, unanswered=[], must_flag=[
    F("no-deadline", 2, "7．(民族团结进步创建, 12万元 idle for two years) has “完成时限：根据项目审批进度确定” — no date for the one item the round found stalled; every other item is dated."),
    F("no-accountability", 5, "The feedback names a 苼溪村 cadre whose relative drew 1.5万元 危房改造补助 without qualifying, and the 巡察办 asked to 严肃处理 such cases; the answer recovers the money and adds a data check, but says nothing about the cadre."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记盘秀兰 heads the 领导小组 as 第一责任人, 3 推进会, visits to 6 villages."),
    F("late-report", None, "Feedback 2025-06-18, report 2025-09-12: 86 days."),
    F("no-disclosure", None, "“本次整改情况已在乡政务公开栏和各村村务公开栏公布”."),
    F("inconsistent-claim", None, "21 measures = 18 done + 3 named pending; 5.52万 = 3.6万 + 1.5万 + 0.42万; 诫勉1 + 批评1 (both #4); 2 rules named (小微权力清单, 发包管理办法)."),
    F("no-accountability", 4, "茶园 fees recovered (3.6万), re-let by 四议两公开; the 村党支部书记 诫勉谈话, the 村委会主任 批评教育."),
    F("no-deadline", 7, "“2025年9月30日，后备力量培养持续推进” — dated."),
    F("no-deadline", 4, "“第一项2025年7月31日，第二、三项2025年12月31日”."),
    F("no-mechanism", 5, "A standing 补贴对象信息比对机制 and 7-day 公示 before payment (the gap there is accountability)."),
    F("no-mechanism", 4, "《藟坪瑶族乡村级集体资产资源发包管理办法》."),
    F("no-owner", 2, "副乡长覃国栋 is 责任领导 (the gap there is the time limit)."),
    F("unanswered-issue", 6, "Answered first, as 1．, in the report's own order."),
    F("unanswered-issue", 2, "Answered last, as 7．."),
], links=[
    L("制定《藟坪瑶族乡村级小微权力清单》", 6), L("建立村级后备力量库", 7), L("修复8个村的村级广播", 3),
    L("将3户漏评农户全部纳入监测对象", 1), L("已追回补助资金1.5万元", 5), L("收回多发的5户资金0.42万元", 5),
    L("补收2022年至2024年承包费3.6万元", 4), L("在藟岭村建设瑶族刺绣传习点", 2)])

# p03 薁山县粮油购销有限责任公司党支部 (county-owned grain company). Feedback: DOCX, bold （一）–（九） heading paragraphs
# each followed by a detail paragraph; 二、整改意见 一是…四是 are not problems. Report: DOCX, a covering text + a Word
# 整改台账 table (序号｜反馈问题｜整改措施｜责任领导｜责任部门｜完成时限｜完成情况). PLAINLY WEAK.
G["p03"] = dict(issues=9, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "The cover says “反馈的9个问题已全部整改完成，29条整改措施全部落实到位”, but row 2 says 400吨 still await the new harvest (时限 2025-11-30) and row 9 says only 31万 of 98万 recovered, “其余正在追收”."),
    F("no-owner", 8, "Row 8's 责任领导 is “党支部委员会” and its 责任部门 “各部门” — a body, not a person; every other row names one leader."),
    F("no-deadline", 9, "Row 9's 完成时限 is “持续推进” for a debt of 98万 with a lawsuit and a deadline risk — no date."),
    F("no-accountability", 5, "6.4万 paid out above the standard, 1.5万 of it to the 班子 itself: the row only stops the payments and promises to follow the standard — nothing recovered, nobody dealt with, though 整改意见 三 asked 该退的退、该处理的处理."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长嵇守仁 heads the 领导小组 as 第一责任人, 3 推进会, site checks."),
    F("late-report", None, "Feedback 2025-06-19, report 2025-09-15: 88 days."),
    F("no-disclosure", None, "“整改情况已在公司公示栏公开，并报县国资管理部门在其门户网站公布”."),
    F("no-accountability", 6, "1.2万 repaid by the approver; 办公室主任 批评教育."),
    F("no-accountability", 7, "The nephew moved off the post; the 总经理 检讨 and a 提醒谈话 from the 国资 department."),
    F("no-deadline", 2, "2025年11月30日 (the problem in that row is the all-done claim, not the date)."),
    F("no-mechanism", 1, "修订《党支部前置研究讨论重大经营管理事项清单》."),
    F("no-mechanism", 2, "《地方储备粮轮换管理细则》."),
    F("no-mechanism", 7, "《中层管理人员选拔任用办法》《员工任职回避规定》."),
    F("no-owner", 9, "副总经理佴建国 (the gap there is the time limit)."),
    F("no-owner", 5, "总经理逯长海 (the gap there is accountability)."),
], links=[
    L("修订《党支部前置研究讨论重大经营管理事项清单》", 1), L("制定补库计划，已通过采购补库800吨", 2),
    L("增配统计员1名，保管员不再兼任统计", 3), L("配备快速检测仪，扣杂扣水以检测结果为准", 4),
    L("自2025年7月起停止发放超标准的高温补贴和加班补助", 5), L("不符合规定的1.2万元由审批人承担退赔", 6),
    L("逯明辉由仓储部经理调整至后勤服务岗位", 7), L("召开党员大会补选支部委员1名", 8),
    L("成立清欠工作小组，对98万元应收账款逐笔核对", 9)])

# p04 薁山县民族医院党总支 (hospital). Feedback: the 组长's 反馈会 speech: praise, 第一，…第七， paragraphs, a 原因
# paragraph, 一要…三要 and the 三个月 sentence (not problems). Report (GB18030): the 党总支书记's FIRST-PERSON 主要负责人
# 组织落实整改情况报告, own order 1,6,3,4,5,2,7 with （一）关于…的问题 headings; owners and dates inside sentences.
G["p04"] = dict(issues=7, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2025-06-20 with a 3-month limit (2025-09-20); the report is dated 2025-10-24: 126 days."),
    F("vague-measure", 2, "（六）民族医药 is slogans only — 进一步提高思想认识…切实加大工作力度，持续推动…努力推动…高质量发展: nothing on the two 特色专科 that failed 验收 or the idle 制剂室."),
], must_not_flag=[
    F("weak-leadership", None, "First person as 第一责任人: he heads the 领导小组, drafted the plan, 5 meetings, 6 site visits, 约谈 a deputy."),
    F("no-disclosure", None, "“整改情况已在医院官方网站和院务公开栏公布”."),
    F("inconsistent-claim", None, "26 = 25 done + 1 named pending (薪酬调整); 8.7万 + 1.1万; 警告2 (#6), 诫勉2 (#3, #5), 批评1 (#3); 5 rules named."),
    F("no-accountability", 6, "The two doctors get 警告处分 and lose their bonus; the gifts go back."),
    F("no-accountability", 3, "8.7万 returned; 康复科主任 诫勉谈话, 医保办主任 批评教育."),
    F("no-accountability", 4, "心内科主任 removed from the post; the 县纪委监委 is examining him."),
    F("no-accountability", 5, "1.1万 repaid; 财务科科长 诫勉谈话."),
    F("no-accountability", 7, "Staffing and pay: no wrongdoing."),
    F("no-mechanism", 3, "《医保基金使用内部稽核办法》 and 智能审核."),
    F("no-mechanism", 4, "《医用耗材遴选和使用监测办法》."),
    F("no-owner", 2, "“此项由我和院长麻永胜共同负责” (the gap there is the slogans)."),
    F("no-deadline", 2, "“2025年12月31日前见到成效”."),
    F("no-owner", 1, "“这项工作由我负责” — the secretary owns it, in the first person."),
], links=[
    L("列出必须由党总支会议前置研究的事项清单28项", 1), L("分别给予警告处分，扣发当年绩效奖励", 6),
    L("上线医保智能审核系统", 3), L("耗材遴选改由药事管理与药物治疗学委员会集体讨论决定", 4),
    L("已由报销人员全部退缴", 5), L("持续推动民族医药特色专科建设", 2), L("选派4名青年医师跟师学习瑶医药", 7)])

# p05 薁山县第二高级中学党委 (high school). Feedback (UTF-8, CRLF): areas 一、二、三、…方面 with RESTARTING 1．2．(3．)
# (2 + 3 + 2 = 7); 四、整改意见 （一）–（三） is not an area of problems. Report (UTF-16 LE BOM): answers BY NUMBER
# “针对反馈意见第N部分第M个问题”; 第一部分第2个 + 第二部分第2个 MERGED (违规收费); 第三部分第1个 (#6) MISSING.
G["p05"] = dict(issues=7, unanswered=[6], must_flag=[
    F("unanswered-issue", 6, "第三部分第1个问题 (党员教师先锋模范作用, 示范岗 without 考核) has no answer: the report goes from 第二部分第3个 to 第三部分第2个."),
    F("copied-measure", 5, "（四）'s whole answer restates the problem's words as a promise (规范国有资产管理…账实相符…按照程序处置报废资产): no 清查 of the 43 missing items, nothing on the 2 batches of computers."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记冼明远 heads the 领导小组 as 第一责任人, 3 推进会, 督办 the refunds and the canteen tender."),
    F("late-report", None, "Feedback 2025-06-23, report 2025-09-16: 85 days."),
    F("no-disclosure", None, "“本报告及整改情况将在学校网站和校务公开栏公开” with a phone number, as the feedback asked."),
    F("inconsistent-claim", None, "15 measures = 14 done + 1 named pending (思政教师 招聘, 时限 10-31); 45.3万 = 19.8万 + 25.5万; 诫勉2 + 批评2; 4 rules named."),
    F("repeated-measure", 2, "One merged answer for two 收费 problems, announced (“学校合并进行整改”), each part specific — not a pasted paragraph."),
    F("repeated-measure", 4, "Same merged answer."),
    F("unanswered-issue", 2, "Answered in the merged （二）."),
    F("unanswered-issue", 4, "Answered in the merged （二）."),
    F("no-accountability", 2, "Fees refunded; 副校长 诫勉谈话, 教务处主任 批评教育."),
    F("no-accountability", 4, "25.5万 refunded; same sanctions in the merged answer."),
    F("no-accountability", 3, "4.2万 back to the pupils' food account; 总务处主任 诫勉谈话."),
    F("no-mechanism", 3, "修订《学生食堂管理办法》, monthly accounts to the 家长委员会."),
    F("no-mechanism", 7, "修订《学校党委发展党员工作细则》, 全程纪实."),
    F("no-deadline", 1, "2025年10月31日 for the one pending part."),
], links=[
    L("本学期高三年级思政课开课率达到100%", 1), L("收取的“资料费”19.8万元已按缴费名单全部退还学生家长", 2),
    L("收取的“建校费”25.5万元，已全部退还家长", 4), L("经县公共资源交易平台重新公开招标", 3),
    L("进一步规范国有资产管理，确保实验室仪器设备账实相符", 5), L("按规定延长其预备期一年", 7)])

# p06 蒘溪镇蕤安社区党委 (relocation-resettlement community). Feedback: 一、…六、 heading。detail paragraphs + an
# unnumbered 整改意见 paragraph 一是…四是 (not problems). Report (GB18030): 一、…六、关于…的问题 with 一是… and a bracket
# (责任人；时限). PLAINLY WEAK.
G["p06"] = dict(issues=6, unanswered=[], must_flag=[
    F("weak-leadership", None, "No 领导小组, no 第一责任人: “社区两委…召开两委会议进行了安排部署，将反馈问题分解到各网格和工作人员，由社区居委会牵头抓好落实”, though 整改意见 一是 asked for both; the 书记 appears only as owner of three items."),
    F("no-disclosure", None, "整改意见 四是 asks to post the rectification on the 居务公开栏; the report never does (the 党员积分 posted quarterly and the 公开招租 of shops are not rectification disclosure)."),
    F("vague-measure", 6, "六、 is slogans only (进一步提高思想认识，切实加强…摆在更加突出的位置…努力营造…良好氛围) with 时限 长期坚持: no activity, no 文明实践站 plan."),
    F("no-accountability", 4, "Cadres pleaded for relatives and 2 ineligible families got 低保, one the relative of the named 居委会委员陆永刚: the answer cancels the two 低保 and holds a training, but nothing on 陆永刚, and no money recovered, though 整改意见 二是 asked for both."),
    F("no-owner", 2, "二、's 责任人 is “社区全体工作人员” — everyone, so nobody; the other items name one person."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-06-24, report 2025-09-19: 87 days."),
    F("inconsistent-claim", None, "“6个问题已完成整改4个，正在整改2个” and the two named (就业帮扶 #1, 党组织覆盖 #5) are the two with 12-31 dates and partial figures."),
    F("no-accountability", 3, "0.64万 repaid; the 居委会副主任农秀英 党内警告 by the 镇纪委."),
    F("no-mechanism", 3, "《蕤安社区集体资产租赁管理办法》, letting through the 产权交易平台."),
    F("no-owner", 1, "社区党委副书记闭少华."),
    F("no-deadline", 1, "2025年12月31日."),
    F("no-owner", 6, "社区党委书记韦金凤 (the gap there is the slogans)."),
], links=[
    L("对41名实际未就业人员建立帮扶清单", 1), L("重新调整楼栋长38名", 2), L("对14间临街商铺重新公开招租", 3),
    L("由蒘溪镇纪委给予党内警告处分", 3), L("已按程序取消低保", 4), L("按楼栋调整设置党小组", 5),
    L("把民族团结进步工作摆在更加突出的位置", 6)])

# p07 薁山县殡葬管理所党支部 (public institution under 民政局). Feedback (GB18030): 1．–6． heading lines + 具体表现：
# lines; 整改意见 （一）–（四） not problems. Report (UTF-8, CRLF): 问题N：heading / 整改情况： paragraph / a bracket line.
G["p07"] = dict(issues=6, unanswered=[], must_flag=[
    F("repeated-measure", 1, "问题1 is answered only by a boilerplate paragraph (召开专题会议认真学习…建立整改台账…整改一项、销号一项，确保问题按期整改到位) pasted again under 问题3."),
    F("repeated-measure", 3, "问题3 repeats 问题1's paragraph word for word after its own 针对…的问题 clause."),
    F("no-accountability", 4, "6.7万 of fees kept on a staff member's personal WeChat for two months: the answer banks the money, separates the posts and writes a rule, but nobody is dealt with, though 整改意见（二） asked to 处理到人 for breaches of financial discipline."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、所长仝振宇 heads the 领导小组 as 第一责任人, approved the plan, 3 推进会, site visits."),
    F("late-report", None, "Feedback 2025-06-24, report 2025-09-05: 73 days."),
    F("no-disclosure", None, "Published on the 县民政局 portal and the 服务大厅公开栏."),
    F("inconsistent-claim", None, "18 = 16 done + 2 named pending (信息系统, 培训计划), both written as 正在… in their items; 12.9万 refunded of 14.6万 with 1.7万 held; 诫勉1, 提醒1, 批评1; 2 rules."),
    F("no-accountability", 2, "业务股股长 诫勉谈话, the deputy's 书面检查, fees refunded."),
    F("no-accountability", 5, "Cards returned; the 所长 提醒谈话 by the 民政局党组, the 办公室主任 批评教育."),
    F("no-mechanism", 4, "《财务收支管理制度》 (the gap there is accountability)."),
    F("no-mechanism", 2, "《殡葬服务收费管理办法》."),
    F("no-deadline", 1, "Dated 2025-12-31 (the gap there is the pasted paragraph)."),
    F("no-owner", 3, "副所长沃春生 (the gap there is the pasted paragraph)."),
], links=[
    L("针对推进殡葬改革政策落实不到位的问题", 1), L("取消基本殡葬服务与选择性商品捆绑收费", 2),
    L("针对对经营性公墓监管缺位的问题", 3), L("在服务大厅开通单位对公收款码", 4),
    L("发放的1.2万元购物卡已由职工全部退缴", 5), L("支部书记仝振宇于7月、8月分别为全体党员讲专题党课", 6)])

# p08 薁山县农村公路管理所党支部 (public institution under 交通运输局). Feedback: a plain-text news item with all
# problems in one “该所还存在…；…；…等问题” sentence (5); the 要求 and 表态 一是…三是 are not problems. Report: a public
# HTML 整改进展情况的通报 (GB18030, 政务公开 header, 索引号, comment channels).
G["p08"] = dict(issues=5, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "“5个问题已全部完成整改，整改完成率100%” while （一） itself says 4 of the 12 roads are only “纳入2026年农村公路养护工程计划” (and gives 完成时限 2025-08-31)."),
    F("no-mechanism", 3, "9.6万 of fictitious 劳务费: recovered and punished, but no rule on how 养护资金 and 劳务费 are paid or checked, though the feedback asked to 从制度上堵塞漏洞; the four rules made are all for other problems."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、所长羿国平 heads the 领导小组 as 第一责任人, 4 推进会, 4 townships."),
    F("late-report", None, "Feedback 2025-06-25, 通报 2025-09-22: 89 days — near, but inside, the three months (2025-09-25)."),
    F("no-disclosure", None, "A public 通报 (主动公开) with phone, address and a comment deadline."),
    F("no-accountability", 3, "党内警告 for the 养护站站长, 批评教育 for the 财务人员, 9.6万 recovered."),
    F("no-accountability", 2, "工程股股长 诫勉谈话, the deputy 批评教育."),
    F("no-accountability", 5, "An 组织生活 lacking criticism: no wrongdoing."),
    F("no-mechanism", 2, "《农村公路工程变更管理办法》."),
    F("no-mechanism", 4, "《养护站工作监督检查办法》 and a 联系 rule."),
    F("no-mechanism", 1, "修订《农村公路日常养护考核办法》."),
    F("no-deadline", 3, "2025年7月31日."),
    F("no-owner", 3, "所长羿国平."),
], links=[
    L("已完成8条路的路面坑槽修补和边沟清理", 1), L("危桥改造项目已向县发展改革局、县交通运输局补办了审批手续", 2),
    L("以劳务费名义虚列的9.6万元养护支出已全部追回", 3), L("制定《养护站工作监督检查办法》", 4),
    L("7月重新召开专题组织生活会", 5)])

# p09 薁山县林业工作总站党支部 (forestry public institution). Feedback: DOCX of the 组长's speech; two 从…看 paragraphs
# with continuous inline 一是…六是 (6); 一要…三要 not problems. Report (UTF-8): 一、…五、关于…的问题 with 一是… + bracket;
# 三是 (补偿资金) skipped. PLAINLY WEAK.
G["p09"] = dict(issues=6, unanswered=[3], must_flag=[
    F("unanswered-issue", 3, "63万元 of 公益林补偿资金 still unpaid to households: no heading or sentence answers it, though the speech singled it out (尽快兑付到户)."),
    F("repeated-measure", 4, "三、(主体责任) is a boilerplate paragraph (高度重视…认真学习…深刻剖析原因，举一反三，建立健全长效机制，确保整改取得实效) pasted again under 五、."),
    F("repeated-measure", 6, "五、(组织生活) repeats 三、's paragraph word for word after its own first clause."),
    F("no-deadline", 2, "二、's bracket gives “完成时限：逐步补齐” while 5 posts are still vacant — no date."),
    F("late-report", None, "Feedback 2025-06-26 with a 3-month limit (2025-09-26); report dated 2025-10-13: 109 days."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人: “站党支部召开会议进行了研究，将反馈问题按照职责分解到各股室，由办公室负责收集汇总”, though the speech's 一要 asked for both."),
], must_not_flag=[
    F("no-disclosure", None, "“整改情况将按要求在县林业局门户网站公开” — publication promised in the usual place."),
    F("inconsistent-claim", None, "The report claims no totals or completion figures at all."),
    F("no-accountability", 1, "0.96万 of 补助 taken back, 2 护林员 dismissed."),
    F("no-accountability", 2, "11 removed, 1.32万 recovered from the 4 absent ones."),
    F("no-accountability", 5, "2.3万 refunded to the 林农; the clerk 诫勉谈话, the 股长 批评教育."),
    F("no-mechanism", 1, "《护林员巡护考核办法》."),
    F("copied-measure", 5, "Echoes the feedback's 作业设计费 and 2.3万元, but only to report what was done: refunded to the 林农, 诫勉谈话 and 批评教育, a 零收费 notice."),
    F("no-owner", 2, "副站长靳思远 (the gap there is the time limit)."),
    F("no-deadline", 5, "2025年7月31日."),
    F("no-deadline", 1, "2025年8月31日."),
], links=[
    L("扣回其相应月份的巡护补助共0.96万元", 1), L("追回4名外出务工人员违规领取的补助1.32万元", 2),
    L("针对主体责任落实不到位的问题", 4), L("2023年以来收取的2.3万元已全部退还给缴费林农", 5),
    L("针对组织生活不规范的问题", 6)])

# p10 薁山县城区供热服务中心党支部 (heating public institution). Feedback (UTF-16 LE BOM, CRLF): a 反馈问题清单
# 问题1：…问题7： + 具体表现：; 整改要求 1．–4． not problems. Report (UTF-8): the unit's own short headings
# （一）抓…，解决…的问题 in feedback order; 问题6 and 问题7 MERGED under （六）.
G["p10"] = dict(issues=7, unanswered=[], must_flag=[
    F("copied-measure", 4, "（四）抓物资管理 restates the problem as a promise (规范物资采购行为，严格执行比价程序…确保账实相符): no 比价 done, no count of the 5 mismatched items, nothing on the single supplier."),
    F("no-disclosure", None, "整改要求 4 asks to publish the rectification; the report never does (the 减免名单 posted in each estate is not rectification disclosure)."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任聂怀宇 heads the 领导小组 as 第一责任人, 4 推进会, 5 site visits, weekly 调度."),
    F("late-report", None, "Feedback 2025-06-27, report 2025-09-24: 89 days."),
    F("inconsistent-claim", None, "21 = 19 done + 2 named pending (管网, 监测点) matching （一）'s 75% and 14 of 22; 1.06万, 8.3万, 0.74万; 诫勉1 + 批评2; 3 rules named."),
    F("repeated-measure", 6, "（六） says “针对问题6和问题7，中心党支部一并整改” — one merged answer, each measure specific."),
    F("repeated-measure", 7, "Same merged answer."),
    F("unanswered-issue", 6, "Answered inside the merged （六） (研判, 舆情预案)."),
    F("unanswered-issue", 7, "Answered inside the merged （六） (党小组, 党员先锋岗, 突击队)."),
    F("no-accountability", 3, "工程科科长 诫勉谈话; 8.3万 审减 and returned."),
    F("no-accountability", 5, "0.74万 repaid by those who ate; 办公室主任 批评教育."),
    F("no-accountability", 2, "The 收费员 批评教育; fees refunded to 23 households."),
    F("no-mechanism", 3, "修订《工程项目管理办法》 (5万元以上变更须集体研究, 支付前审计)."),
    F("no-deadline", 1, "2025年10月15日."),
    F("no-owner", 4, "副主任诸葛宁 (the gap there is the copied promise)."),
], links=[
    L("对蓰川路片区3个老旧小区更换二次管网1.8公里", 1), L("为应减免未减免的23户困难群众补办减免手续", 2),
    L("委托第三方审计机构对换热站改造项目进行结算审计", 3), L("规范物资采购行为，严格执行比价程序", 4),
    L("即日起中心食堂不再安排公务接待", 5), L("党支部每半年开展一次意识形态形势研判", 6),
    L("按运行班组重新设置党小组4个", 7)])

for name, g in G.items():
    out = {"mode": "pair", "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
