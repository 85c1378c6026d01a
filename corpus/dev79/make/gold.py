"""Write p01..p10/gold.json (dev-pairs gold format) for dev79. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev44/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蘅溪县木材检查站党支部: formal 反馈意见; a slogan summary (“站位不够高、监管不够严、管理不够实”) that is not a count;
# areas （一）（二）（三）…方面 with continuous 1．–7．, each problem carrying （1）（2）（3） evidence sub-items (not problems);
# 整改意见 （一）–（五） not problems. Report: areas kept, 1．关于“…”的问题 + measures + bracket, accountability gathered in a
# separate 三、追责问责情况 section. GOOD REPORT.
G["p01"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记荀立峰 heads the 领导小组 as 第一责任人, chaired 4 推进会, 3 site visits, 当面督办 two late tasks, half-monthly ledger reports."),
    F("late-report", None, "Feedback 2025-03-11, report 2025-06-05: 86 days, inside the three months."),
    F("no-disclosure", None, "整改情况已在县林业局门户网站和站务公开栏公开, with a 监督电话."),
    F("inconsistent-claim", None, "24 measures = 22 done + 2 named long-term ones; 1.27万 = 0.96 + 0.19 + 0.12; 处分2 (薛 党内警告, 佘 政务记过) + 诫勉2 (会计, 蒯) + 批评2; 3 new + 2 revised rules, all named in the items."),
    F("unanswered-issue", 7, "The 上轮巡察整改 item (third area) is answered: the 2 certificates recovered, 《执法证件管理办法》 revised."),
    F("no-accountability", 3, "Accountability sits in section 三: 佘某 政务记过, the 会计 诫勉谈话; 0.96万 recovered."),
    F("no-accountability", 4, "Section 三: 薛某某 党内警告 and removed from post; 蒯某 诫勉谈话; 2 others 批评教育; fees paid back."),
    F("no-accountability", 2, "A service shortfall (online filing, an outdated notice board): nobody did wrong."),
    F("no-deadline", 5, "Dated 2025-05-31; 轮岗交流长期坚持 is a legitimate standing task."),
    F("no-mechanism", 1, "《木材运输检查查验工作规程》."),
    F("no-mechanism", 3, "《罚没物资登记保管处置办法》."),
    F("no-mechanism", 5, "《卡口检查人员轮岗交流办法》."),
    F("no-owner", 3, "责任领导：党支部书记荀立峰."),
    F("vague-measure", 6, "Concrete: double signatures, 43 criticisms listed, the probationary member's conversion discussed."),
], links=[
    L("制定《木材运输检查查验工作规程》", 1), L("二号卡口监控设备已于3月18日更换", 1),
    L("开通木材运输证“网上申请、卡口核验”服务", 2), L("滞留的2.3万元罚没款已于3月21日全部缴入国库", 3),
    L("原保管员佘某私自变卖暂扣木材，由县纪委监委给予政务记过处分", 3), L("修订《公务用车使用管理规定》", 4),
    L("原站长薛某某公车私用，给予党内警告处分", 4), L("制定《卡口检查人员轮岗交流办法》", 5),
    L("实行记录人、主持人双签字", 6), L("2本未收回的过期执法证件已于3月28日收回", 7)])

# p02 薿川县人事考试中心党支部: 组长's 反馈会 speech (GB18030). Problem 1 sits INSIDE the praise paragraph (保密室 录像缺失,
# 试卷交接代签); then 第一…第五, where 第二 holds two problems (廉政 duty; 此外 监考劳务费) → 1 + 1 + 2 + 1 + 1 + 1 = 7.
# 一要…三要 restate problems and are not problems. Report: 5 sections following 第一…第五, 一是… + bracket.
G["p02"] = dict(mode="pair", issues=7, unanswered=[1], must_flag=[
    F("unanswered-issue", 1, "The 保密室 monitoring gap and the 代签 of paper hand-overs (raised inside the praise paragraph, and repeated in 一要) get no answer: the report counts '5个方面' and follows 第一…第五 only."),
    F("no-accountability", 4, "1.1万 paid to 4 staff who did not invigilate: the report recovers the money and rewrites the pay rule, but nobody — neither the approver nor the 4 recipients — is dealt with, although 二要 demanded 区分情况处理到人."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任宓清和 heads the 领导小组 as 第一责任人, chaired the plan and 5 meetings; deputies lead their areas."),
    F("late-report", None, "Feedback 2025-04-17, report 2025-07-10: 84 days."),
    F("no-disclosure", None, "“本次整改情况已在县人力资源和社会保障局门户网站公开” (the 内部公示 of pay lists is a false friend, not needed)."),
    F("inconsistent-claim", None, "19 measures = 17 done + 2 named pending with a September date; 1.1万 recovered; 4 rules named; 提醒谈话2 matches section （三）."),
    F("unanswered-issue", 4, "Answered as 三是 inside section （二） beside problem 3 (the area paragraph held two problems, the answer keeps them together)."),
    F("no-accountability", 5, "The 2 staff who put off candidates got 提醒谈话 and were moved off the window post — mild but real."),
    F("no-accountability", 7, "A missing selection rule: no individual wrongdoing named."),
    F("no-mechanism", 4, "修订《考务劳务费发放管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 7, "《考务工作人员选聘管理办法》 and a 考务人员库."),
    F("no-owner", 3, "党支部书记、主任宓清和 and 副主任郜雅琴."),
    F("no-deadline", 7, "Dated 2025-09-30, the pending second training batch is named."),
], links=[
    L("对乡镇岗位单列计划", 2), L("开展廉政谈话共14人次", 3), L("已全部追回并退缴中心账户", 4),
    L("考务咨询电话由1部增加到3部", 5), L("对推诿考生的2名工作人员进行了提醒谈话", 5), L("补选1名支部委员", 6),
    L("制定《考务工作人员选聘管理办法》", 7)])

# p03 蕤阳县见义勇为基金会党支部: 纪委监委 website news item (UTF-8, CRLF). “巡察组指出…存在以下问题：” + SIX problems run
# together in one sentence, separated by ；, ending 等问题 (item 1 has two pieces of evidence); “巡察组同时指出” adds the 7th
# (印章). 一要…四要 整改意见, the 副部长's 强调 and the 表态 一是…三是 are not problems. Report: 一是… + bracket per section,
# problems 2 and 3 answered in ONE section “关于基金管理方面的两个问题” with parts 1．2．.
G["p03"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("vague-measure", 5, "（四） on the 党支部 (3 支委会, too few 党员大会 and 党课) is slogans only — 深刻认识…切实加强…充分发挥战斗堡垒作用…以高质量党建引领…: no meeting plan, no count, no date (长期坚持)."),
    F("no-disclosure", None, "The news item says 整改情况要按规定向社会公开; the report never publishes the rectification or says where it is published. The 网站公示 of donation accounts (problem 3) and 行程、费用事后公开 (problem 4) are other things."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、秘书长郏文彬 heads the 领导小组 as 第一责任人, 亲自审定 the plan, visited the disabled persons' homes twice."),
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-12: 84 days."),
    F("inconsistent-claim", None, "21 measures = 20 done + 1 named year-long item; 9 persons 27万; 2.6万 from 8 = 1 带队 + 7."),
    F("repeated-measure", 2, "Problems 2 and 3 share one announced section with separate parts — a merged answer, not a pasted measure."),
    F("repeated-measure", 3, "Same merged section, own part 2．."),
    F("unanswered-issue", 3, "Answered inside the merged section (part 2．)."),
    F("unanswered-issue", 7, "The 印章 problem, outside the ；-list sentence, is answered in （六）."),
    F("no-accountability", 2, "原财务负责人 诫勉谈话."),
    F("no-accountability", 4, "原副秘书长崔某 书面检查 + 诫勉谈话; 7 others 批评教育; 2.6万 退缴."),
    F("no-mechanism", 1, "《见义勇为奖励金发放工作规程》 (30 working days)."),
    F("no-mechanism", 2, "《基金保值增值管理办法》."),
    F("no-mechanism", 6, "修订《管理费用支出管理办法》."),
    F("no-mechanism", 7, "《印章使用管理规定》."),
    F("no-owner", 5, "党支部书记郏文彬 is named (the gap there is the slogan)."),
    F("no-deadline", 6, "2025年12月31日, 持续推进 with the half-year figure."),
], links=[
    L("已于6月20日前全部发放到位", 1), L("已于7月到期后全部转回县内国有银行", 2),
    L("已向3家定向捐赠企业书面反馈了捐赠资金的使用情况", 3), L("已由8名参加人员全部退缴", 4),
    L("充分发挥党支部战斗堡垒作用和党员先锋模范作用", 5), L("2025年预算中的管理费用比上年压减31%", 6),
    L("理事会印章已收归办公室", 7)])

# p04 薤丘县健康教育所党支部: DOCX 函 + 问题清单 问题1：…问题6：, each with 问题描述： and 典型事例一/二 (evidence, not problems);
# 问题4 holds ①②③ inside one description (one problem); 其他事项 (an unfounded 考勤 complaint) and 整改要求 are not problems.
# Report: the secretary's FIRST-PERSON report, in another order (3,2,6,1,4,5), each heading tagged （问题N）.
G["p04"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("copied-measure", 4, "（五） answers 问题4 by turning its description back into a promise (严格落实审核要求，杜绝转发含有医疗机构广告内容的文章，执行“三审三校”，加强账号和密码管理): no article removed, no reviewer named, the password left by the former temp worker not reported changed."),
    F("late-report", None, "The 函 is dated 2025-02-26 and asks for the report within three months of it (2025-05-26); the report is dated 2025-06-09: 103 days."),
], must_not_flag=[
    F("weak-leadership", None, "First-person secretary 眭晓川: 组长 of the 领导小组, 第一责任人, chaired 5 meetings, 直接过问、直接督办 two problems."),
    F("no-disclosure", None, "整改情况已在县卫生健康局网站公开."),
    F("inconsistent-claim", None, "22 measures = 20 done + 2 named pending; 0.6万 + 3.4万; 警告1 诫勉1 批评1; 2 rules named (专项项目经费使用管理办法, 固定资产管理办法)."),
    F("copied-measure", 6, "Opens by restating (针对“固定资产账实不符”问题整改不到位的问题) then acts: 462 items counted, 5 found, 4 sent for write-off, 11 booked, a revised rule."),
    F("unanswered-issue", 5, "问题5 is answered last, in （六）, after the report's own order."),
    F("no-accountability", 3, "副所长 党内警告, 财务人员 批评教育, the secretary's own 检讨; 0.6万 returned."),
    F("no-accountability", 2, "项目经办人 诫勉谈话; 3.4万 returned to the project."),
    F("no-mechanism", 2, "《专项项目经费使用管理办法》."),
    F("no-mechanism", 6, "修订《固定资产管理办法》."),
    F("no-deadline", 1, "2025年12月31日, 按计划推进 — a year-long task with a date."),
    F("no-owner", 4, "副所长祁怀瑾 is named (the gap there is the copied measure)."),
], links=[
    L("无烟机关创建已于4月启动", 1), L("从单位公用经费中调整归还项目资金", 2), L("已由领取的职工全部折现退回", 3),
    L("严格落实平台内容审核要求", 4), L("2名党员欠交的党费已全部补交", 5), L("共清查资产462件", 6)])

# p05 蓰城县农业生产资料有限公司党支部 (state firm): 反馈意见 with area paragraphs “（N）在…方面，主要存在两/三个问题。一是…
# 二是…” — the area sentence announces a count and is not itself a problem; 一是 restarts per area → 2 + 3 + 2 = 7; the 根源
# paragraph and 整改意见 are not problems. Report (UTF-16 LE): answers BY NUMBER “第N方面第M个问题”, 第二方面第1、2个 MERGED
# (announced), a boilerplate paragraph pasted under 第一方面第2个 and 第三方面第2个.
G["p05"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("repeated-measure", 2, "第一方面第2个问题 (only 5 of 12 service points, 2 closed) is answered only by the boilerplate (组织全体党员干部认真学习…确保问题整改到位、取得实效) that is pasted again under 第三方面第2个问题."),
    F("repeated-measure", 7, "第三方面第2个问题 (党课 read from papers, no 谈心谈话) repeats the same paragraph word for word after a different lead clause."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人, the 党支部书记 never appears: “公司召开经理办公会…由综合部负责汇总…各部门按照职责分工抓好落实”, though 整改意见（一） asked for both."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-06-24, report 2025-09-16: 84 days."),
    F("no-disclosure", None, "整改情况已在公司公示栏和县国有资产服务中心网站公开."),
    F("inconsistent-claim", None, "7 problems = 5 done + 2 named as ongoing (清收, 诉讼); 50万 + 38万; 警告1, 诫勉2, 书面检查1, 提醒1; 5 rules named."),
    F("repeated-measure", 3, "One announced merged answer for the loan and the receivables (“将这两个问题合并整改”), specific to both."),
    F("repeated-measure", 4, "Same merged answer."),
    F("unanswered-issue", 4, "Answered inside the merged section （三） (146万 逐户对账, 38万 recovered, 《应收账款管理办法》)."),
    F("no-accountability", 1, "储运部经理 诫勉谈话, 分管副总经理 书面检查 for the false monthly returns."),
    F("no-accountability", 3, "时任总经理隆某 党内警告."),
    F("no-accountability", 5, "0.9万 退赔, 办公室主任 诫勉谈话."),
    F("no-accountability", 6, "综合部负责人 提醒谈话 — a mild sanction in unusual words, and the missing procedures redone."),
    F("no-mechanism", 1, "《化肥淡季储备管理办法》."),
    F("no-mechanism", 3, "修订《“三重一大”事项决策实施办法》."),
    F("no-mechanism", 6, "《中层管理人员选拔任用工作规程》."),
    F("no-deadline", 3, "2025年12月31日, 持续推进."),
    F("no-owner", 1, "副总经理滕致远."),
], links=[
    L("7月起按3000吨足额补齐淡季储备", 1), L("针对服务网点建设滞后的情况", 2), L("向县人民法院提起诉讼并申请财产保全", 3),
    L("修订《“三重一大”事项决策实施办法》", 3), L("逐户对账确认，已收回38万元", 4), L("已由经手人全额退赔", 5),
    L("补充履行了组织考察和内部公示程序", 6), L("根据巡察组反馈意见，公司党支部组织全体党员干部", 7)])

# p06 苈源县体育场馆运营有限公司党支部 (state firm): 反馈意见 in UNNUMBERED prose paragraphs: “巡察也发现，…” then turns
# 此外 / 与此同时 / 另外 / 在作风方面 / 还有 / 自身建设也 — one problem each (7); problem 1 told by 有的…有的… examples; the
# 究其原因 一是…三是 and the 整改意见 1．–5． are not problems. Report: public HTML 整改进展情况的通报 with header and comment channel.
G["p06"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-owner", 6, "（六） (电子显示屏) gives only “责任部门：各场馆” — no leader and no single unit; every other item names a 责任领导."),
    F("no-mechanism", 3, "11.5万 cash booked late and 白条: the answer books the money and swaps the receipts, but makes no rule on cash or receipts, although 整改意见 2 asked to 建立健全经营收入管理制度; every other substantive item names a rule."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长阎沛霖 heads the 领导小组 as 第一责任人, 6 meetings, 4 site checks."),
    F("late-report", None, "Feedback 2025-07-08, 通报 2025-09-30: 84 days."),
    F("no-disclosure", None, "A public 通报 (公开方式：主动公开) with phone, address and a comment deadline."),
    F("inconsistent-claim", None, "25 measures = 24 done + 1 named (公开招租); 警告1, 诫勉1, 批评1; 5 rules named."),
    F("no-mechanism", 2, "《场馆安全管理办法》 with monthly checks."),
    F("no-mechanism", 4, "《对外合作项目管理办法》."),
    F("no-mechanism", 5, "修订《公务接待管理办法》."),
    F("no-accountability", 4, "The vice-manager 党内警告 and his duties changed; the lease ended."),
    F("no-accountability", 5, "0.72万 退赔; 办公室主任 诫勉谈话."),
    F("no-accountability", 2, "游泳馆负责人 批评教育 for the unreported incident."),
    F("no-owner", 3, "财务总监符静 (the gap there is the missing rule)."),
    F("no-deadline", 4, "2025年11月30日, 公开招租 named as ongoing."),
], links=[
    L("恢复每周2个免费开放时段", 1), L("新招聘持证救生员6名", 2), L("已全部补记入账", 3),
    L("已与私人俱乐部协商解除羽毛球馆转租合同", 4), L("已由当时的审批人和陪餐人员全部退赔", 5),
    L("户外电子显示屏已停播全部商业广告", 6), L("已确定入党积极分子3名", 7)])

# p07 蘩台县杂技艺术团党支部: 组长's speech with 从…看 paragraphs. 从上轮巡察整改看 is praise only (no problem); 从履行职能看
# holds two (“这是一个问题。另一个问题…”), 从管党治党看 two (“一个是…再一个是…”), 从队伍建设看 two (职称, 党员), and
# “还要特别指出的是” one → 7. 一要…三要 are requirements. Report: regrouped by the unit's own three boards (order 1,7,2,4,3,6,5).
G["p07"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "“7个问题已全部整改完成，23条整改措施全部落实到位”, while the report's own item 3． says the safety gear is 正在招标, 预计10月底前到位, its item 2． says 3 contracts are 正在审理 (13.4万 not recovered), and its item 7． waits for a future rule."),
    F("no-deadline", 5, "职称 recommendation: “完成时限：待县人社局新办法出台后同步修订” — no date, and nothing is done yet; every other item has one."),
    F("no-accountability", 3, "7.8万 kept outside the books by the 业务科科长: the money is booked and a rule written, but nobody is dealt with, though the speech said 不能以补账代替问责."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记亓文渊 heads the 领导小组 as 第一责任人, 5 推进会, 3 site checks, 直接督办 on the settlements."),
    F("late-report", None, "Feedback 2025-03-27, report 2025-06-20: 85 days."),
    F("no-disclosure", None, "整改情况已在县文化广电和旅游局网站公开."),
    F("no-accountability", 1, "业务科副科长 通报批评 — a real sanction in unusual words."),
    F("no-accountability", 4, "团长 诫勉谈话; 5.2万 returned."),
    F("no-accountability", 7, "经营科科长 诫勉谈话."),
    F("no-accountability", 2, "分管副团长 书面检查, the coach 批评教育."),
    F("no-mechanism", 3, "《演出收入管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 7, "《外出演出合同管理办法》."),
    F("no-deadline", 2, "2025年10月31日, with the pending tender stated."),
    F("no-owner", 5, "团长冀明远 is named (the gap there is the date)."),
    F("unanswered-issue", 2, "Answered third, under 演出业务 (the report's own order)."),
    F("unanswered-issue", 5, "Answered last, under 队伍建设."),
], links=[
    L("剔除重复统计的19场商业演出", 1), L("更换老化保护绳12根", 2), L("已全部纳入团财务统一核算", 3),
    L("已由全团职工全部退回", 4), L("同步修订我团推荐办法", 5), L("建立党员参加组织生活登记制度", 6),
    L("41份外出演出合同全部进行法律审查", 7)])

# p08 茆江县产品质量监督检验所党支部: formal 反馈意见, 二、主要问题 1．–6． heading。detail with 例如/再如/又如 examples (one
# problem each), 三、上轮巡察整改方面 7．, then a “此外，…经巡察组核查，缺乏事实依据，予以澄清” sentence that is NOT a problem,
# and 整改意见. Report: DOCX, bold （一）关于“…”的问题 + measures + field paragraph; covers 1–6, never 7.
G["p08"] = dict(mode="pair", issues=7, unanswered=[7], must_flag=[
    F("unanswered-issue", 7, "The 上轮巡察整改 item (采购管理办法 still missing, 48万 of equipment bought from one supplier) has no answer: the report counts '6个方面的问题' and stops at （六）."),
    F("vague-measure", 1, "（一） (抽查 9 of 31 firms, 19-day turnaround) is slogans only — 深刻认识…进一步增强服务意识，切实加大工作力度，不断提升…质量和效率: no coverage plan, no turnaround target, 长期坚持/持续推进."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、所长缑志恒 heads the 领导小组 as 第一责任人, 4 meetings, 直接过问 two tasks."),
    F("late-report", None, "Feedback 2025-01-15, report 2025-04-11: 86 days."),
    F("no-disclosure", None, "整改情况已在县市场监督管理局门户网站公开."),
    F("inconsistent-claim", None, "20 measures = 19 done + 1 long-term; 1.08万 = 0.3 + 0.08 + 0.7; 诫勉2, 批评6 (2 + 1 + 3), 提醒9; 4 rules named."),
    F("no-accountability", 2, "2 检验员 批评教育, 质量负责人 诫勉谈话."),
    F("no-accountability", 3, "4.2万 清退; 分管副所长 诫勉谈话."),
    F("no-accountability", 4, "9 people 退缴 + 提醒谈话; the driver pays and is 批评教育."),
    F("no-accountability", 5, "3 staff 批评教育, 0.7万 退赔, 11 samples returned."),
    F("no-mechanism", 2, "修订《检验报告审核签发管理规定》."),
    F("no-mechanism", 5, "《检毕样品处置管理办法》."),
    F("no-owner", 1, "缑志恒 is named (the gap there is the slogan)."),
    F("vague-measure", 6, "Short but concrete: 2 党课, separate 主题党日, 2 memberships transferred."),
], links=[
    L("不断提升检验服务质量和效率", 1), L("23份代签报告已由授权签字人重新审核签发", 2), L("4.2万元全部清退", 3),
    L("按标准退缴餐费共0.3万元", 4), L("制定《检毕样品处置管理办法》", 5), L("党支部书记今年已讲党课2次", 6)])

# p09 藟水县政府接待办公室党支部: 反馈意见 whose seven problems run together in ONE paragraph as 一是…七是 (separated by ；);
# the 巡察组认为 paragraph and the 整改建议 “一是…二是…三是…” (a restarting 一是) are not problems.
# Report: 一、关于…的问题 + 一是… + bracket, in feedback order, plus 八、追责问责情况.
G["p09"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("copied-measure", 3, "三、's whole answer restates the problem as a promise (严格规范定点饭店选定程序，坚持公开比选，杜绝利益关联): the 3 hotels were not re-selected, no 比选 held, no rule."),
    F("no-deadline", 4, "四、 (68 bottles missing) is still being checked, and the bracket says only “完成时限：持续推进” — no date; every other item has one."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人, the 党支部书记 never leads: “召开办务会…由综合科牵头建立整改台账，各科室按照职责分工抓好落实”, though the feedback asked for both."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-04-02, report 2025-06-27: 86 days."),
    F("no-disclosure", None, "整改情况已在县人民政府门户网站公开."),
    F("inconsistent-claim", None, "17 measures = 16 done + 1 named (酒水差异核查); 1.3万 = 0.9 + 0.4."),
    F("copied-measure", 1, "Opens by restating (针对执行公务接待标准打折扣的问题) then acts: a revised 细则, 18 batches logged, monthly spot checks, 20 checked."),
    F("no-accountability", 3, "In 八、: the 科长 with the conflicting interest 诫勉谈话 and moved off the post (the gap there is the copied measure)."),
    F("no-accountability", 5, "0.4万 退赔, the driver 批评教育 and moved off driving."),
    F("no-accountability", 6, "The 副主任 who signed alone got 提醒谈话 — mild but real."),
    F("no-mechanism", 1, "修订《公务接待管理实施细则》."),
    F("no-mechanism", 6, "修订《接待费报销审批办法》, 会计 and 出纳 split."),
    F("no-deadline", 5, "2025年5月15日."),
    F("no-owner", 4, "副主任钮德川 is named (the gap there is the date)."),
], links=[
    L("修订《公务接待管理实施细则》", 1), L("严格执行“无公函不接待”", 2), L("严格规范定点饭店选定程序", 3),
    L("与定点饭店存在利益关联的科长", 3), L("逐瓶登记造册", 4), L("收回2辆接待用车的加油卡", 5), L("会计、出纳分设", 6),
    L("设立党员示范岗2个", 7)])

# p10 薁川县城市节约用水办公室党支部: 纪检监察网 news page (HTML). Problem 1 is INSIDE the praise sentence (“但巡察组同时指出，
# 达标创建存在重数量、轻质量的倾向…”); then “还存在以下问题：一是…五是” → 1 + 5 = 6; the 上轮巡察整改 sentence (基本整改到位),
# 反馈要求 一要…四要, the 副书记's 强调 and the 表态 are not problems. Report (GB18030): own reworded headings （一）–（六）.
G["p10"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2025-08-19 with a 三个月内 limit (2025-11-19); the report is dated 2025-12-08: 111 days."),
    F("no-mechanism", 1, "验收把关不严: the answer only makes the 5 units fit meters; nothing on how acceptance is checked (no rule, standard or procedure), while every other substantive item names a rule."),
    F("no-accountability", 4, "2.4万 of sham overtime pay: the staff return it, but nobody who approved it is dealt with, though 反馈要求 二 said 对相关责任人严肃处理."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任甘霖 heads the 领导小组 as 第一责任人, 5 meetings, 4 site visits, 直接督办 two tasks."),
    F("no-disclosure", None, "整改情况已在县住房和城乡建设局网站公开."),
    F("inconsistent-claim", None, "18 measures = 17 done + 1 基本完成 (named); 36.4万 = 31.2 + 5.2; 诫勉1, 批评1, 书面检查1; 3 rules named."),
    F("unanswered-issue", 1, "The problem hidden in the praise is answered in （一） (5 units re-checked and fitted)."),
    F("no-accountability", 3, "经办人 诫勉谈话, 分管副主任 书面检查; 18万 recovered."),
    F("no-accountability", 5, "The moonlighting worker: talk by the secretary, 批评教育, moved off the post — a look-alike beside problem 4."),
    F("no-mechanism", 2, "修订《计划用水管理办法》."),
    F("no-mechanism", 3, "《节水改造补助资金管理办法》."),
    F("no-mechanism", 5, "修订《干部职工日常管理办法》."),
    F("no-deadline", 2, "2025年12月31日, the 5.2万 remainder with 催缴 notices."),
    F("no-owner", 1, "副主任郇思远 is named (the gap there is the missing mechanism)."),
], links=[
    L("已责令限期补装", 1), L("修订《计划用水管理办法》", 2), L("已于10月全部追回，上缴县财政", 3),
    L("已由领取补贴的全办职工全部退回", 4), L("本人已于9月辞去兼职", 5), L("主题党日每月开展一次", 6)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
