"""Write p01..p10/gold.json (dev-pairs gold format, every pair mode "pair") for dev91. The gold is hand-judged; this file
only keeps it in one place. Modelled on dev44's make/gold.py. Debatable points ("may report") are not gold: they are in
each pair's notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 国家统计局蘅溪调查队党组 (vertical statistics system, inspected by the 调查总队党组): formal 反馈意见, areas
# （一）（二）（三）…方面 with continuous 1．–8． heading。detail; 二、整改意见 （一）–（四） and the 移交 sentence are not
# problems. Report: 关于“…”的问题 with 整改措施/责任领导/责任科室/整改时限/整改成效. GOOD REPORT.
G["p01"] = dict(issues=8, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党组书记、队长牟澄霁 heads the 领导小组 as 第一责任人, chaired the plan and 6 党组会议, 4 site visits, 当面约谈 of laggard heads."),
    F("late-report", None, "Feedback 2025-03-18, report 2025-06-10: 84 days, inside the three months."),
    F("no-disclosure", None, "下一步 三是: published on the 总队门户网站 and the 公示栏 with a 监督电话."),
    F("inconsistent-claim", None, "29 measures = 26 done + 3 named (two papers of #2, the #7 training); 9 people = 警告1 + 诫勉2 + 批评4 + 解除协议2, all found in the items; 4.0万 = 3.8万 + 0.2万; 4 new + 3 revised rules, all named."),
    F("no-accountability", 2, "Too few analysis papers: no wrongdoing, nobody to hold to account."),
    F("no-accountability", 1, "Two assistants' 劳务协议 ended, one 批评教育, the 住户调查科科长 诫勉谈话 — sanctions in the words used for non-staff."),
    F("no-accountability", 3, "The 总队党组 gave the writer himself, the 党组书记, an 诫勉谈话; 财务人员 批评教育; money returned."),
    F("no-accountability", 4, "党内警告 for the deputy who used the car, costs repaid."),
    F("no-accountability", 8, "The office's former head who marked the old item 已完成 falsely is 批评教育 and the 党组 made a 检讨."),
    F("no-mechanism", 2, "A work shortfall needing no rule (a plan and a 季度会商 are given anyway)."),
    F("no-mechanism", 7, "《辅助调查员管理办法》 with one pay scale and 选聘/考核/培训/退出."),
    F("no-mechanism", 5, "《政府采购内部控制规程》 with annual plans and merged amounts."),
    F("no-deadline", 2, "Dated stages (May, end-August, end-October), two after the report date."),
    F("no-deadline", 7, "Two dates: 2025-05-31 and 2025-09-30."),
    F("no-owner", 6, "党组书记、队长牟澄霁 is 责任领导."),
    F("vague-measure", 6, "Concrete: a new 组织生活会 with 58 criticisms and signed-off minutes checked half-yearly."),
], links=[
    L("对9户代填账页的记账户重新入户采集", 1), L("制定《住户调查记账质量核查办法》", 1),
    L("确定“农民工资性收入增长”“县城消费回补”“粮食生产成本收益”3个课题", 2),
    L("违规发放的劳务费3.8万元已由11名职工全额退回", 3), L("总队机关纪委给予副队长鄢定川党内警告处分", 4),
    L("对32台终端逐台核对，由3人验收小组补办验收手续", 5), L("党支部重新召开专题组织生活会", 6),
    L("与23名辅助调查员补签劳务协议", 7), L("对全部固定资产开展清查", 8)])

# p02 蔪江县糖业发展服务中心党支部: 组长's 反馈会 speech, problems 第一，…第七，; the 原因 sentence, 一要…三要 and the
# deadline/disclosure paragraph are not problems. Report (GB18030): the 书记、主任's FIRST-PERSON report, own short
# headings in another order (4,3,2,5,1,7,6), a bracket per item.
G["p02"] = dict(issues=7, unanswered=[], must_flag=[
    F("no-accountability", 3, "Staff colluded with a 砍运队 to fake 1860 t and 农技员邝某 took a 0.8万 “辛苦费”; the answer only recovers 5.6万 and changes how the subsidy is paid — nobody is dealt with, nothing on 邝某, although the speech said 不能以退代处."),
    F("no-mechanism", 5, "The 扣杂 problem was raised by the 2022 audit and is back (43 complaints); the answer only pays 2.1万 to 31 farmers — no 扣杂 抽检 or 公示 rule, though the speech asked 从制度上堵住漏洞 for exactly such old problems."),
    F("late-report", None, "Feedback 2025-04-16 with a 三个月内 limit (2025-07-16); the report is dated 2025-08-05: 111 days."),
], must_not_flag=[
    F("weak-leadership", None, "First-person report of the secretary as 第一责任人 and 领导小组组长: 5 推进会, 6 site visits, and he owns two items himself."),
    F("no-disclosure", None, "下一步 三是: 县政府门户网站 “巡察整改” 专栏 and the 中心公示栏, with a phone number."),
    F("inconsistent-claim", None, "24 = 22 done + 2 named (双高基地, 发展党员) with later dates; 10.66万 = 0.36 + 5.6 + 4.7; 7 people = 1 + 2 + 2 + 2; 3 rules named (六不准, 核查办法, 下乡服务管理办法)."),
    F("no-mechanism", 3, "砍运补助 is now settled by the 糖厂 on weighbridge data and only checked by the centre, whose staff no longer touch the slips — a lasting change of procedure (the gap there is accountability)."),
    F("no-mechanism", 2, "《糖料蔗良种补贴申报核查办法》 with 公示, 丈量 and a 30% check."),
    F("no-accountability", 2, "Farmers' excess recovered, two careless staff 批评教育."),
    F("no-accountability", 4, "县纪委监委 gave the writer an 诫勉谈话; two members 书面检查; gifts repaid."),
    F("no-accountability", 7, "The two 农技员 lose a month's 绩效工资 and are 通报批评 — a sanction in pay words."),
    F("no-accountability", 1, "A lag in base building: no wrongdoing."),
    F("no-accountability", 6, "A weak branch: no wrongdoing."),
    F("no-mechanism", 6, "Filling a vacancy and a meeting plan need no new rule."),
    F("no-owner", 1, "“由我牵头” and 责任人：蒯澜生."),
    F("no-deadline", 1, "Staged targets: 1.5万亩 by end-2025, 2万亩 by end-2026."),
    F("unanswered-issue", 1, "Answered under the report's fifth heading, far from its place in the speech."),
    F("unanswered-issue", 6, "Answered under the last heading."),
], links=[
    L("由我牵头制定“双高”基地三年推进计划", 1), L("对多报面积的17户蔗农逐户核实", 2), L("确认多报砍运量1860吨", 3),
    L("收受的白砂糖、土特产按市场价折合0.36万元", 4), L("对蔗农反映的43件扣杂投诉逐件回访核实", 5),
    L("6月召开党员大会补选支部委员1名", 6), L("对代签的12人次逐一核实", 7)])

# p03 藨阳县骨伤科医院党委: 反馈问题清单 (GB18030) 问题1：…问题9： + 具体表现：; the 移交 sentence is not a problem.
# Report: DOCX, covering text + Word-table 整改台账 with a 追责问责情况 column.
G["p03"] = dict(issues=9, unanswered=[], must_flag=[
    F("no-accountability", 2, "The 骨一科主任 and 2 doctors took the supplier's sightseeing “考察” and meals; the 追责问责 cell only says the whole hospital had 警示教育 — education of all in place of dealing with the three."),
    F("no-owner", 6, "Row 6's 责任领导 is “各分管院领导” and its 科室 “各临床科室” — no one person; every other row names one leader."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记靳知远 heads the 领导小组 as 第一责任人, 5 党委会议, on-site 督办 and 约谈."),
    F("late-report", None, "Feedback 2025-02-26, report 2025-05-23: 86 days."),
    F("no-disclosure", None, "下一步 三是: hospital website and 院务公开栏, 监督电话."),
    F("inconsistent-claim", None, "32 = 27 + 5 (3 of #6, 2 of #7), and the table marks exactly #6 and #7 正在推进; 28 people = 警告1 + 诫勉1 + 提醒2 + 批评2 + 扣分2 + 检查20, each in the column; 3 new + 4 revised rules named; 9.3万, 4.2万, 38.6万 as in the rows."),
    F("no-accountability", 9, "The 财务科科长 who marked the audit items done falsely is 批评教育."),
    F("no-mechanism", 8, "《网络信息发布“三审三校”制度》 and a half-yearly 党委 agenda item."),
    F("no-accountability", 4, "The case went to the 县纪委监委 and came back with an outcome: 党内警告 for the 副院长, 20 书面检查, 4.2万 repaid."),
    F("no-accountability", 3, "物价科科长 诫勉谈话; two heads lose 10 绩效考核分 — a sanction in hospital words."),
    F("no-accountability", 6, "Staffing shortfall: no wrongdoing (the column's “—” is right)."),
    F("no-accountability", 7, "Branch layout: no wrongdoing."),
    F("no-mechanism", 2, "《医用耗材遴选与使用管理办法》 with a 40% supplier-share alarm (the gap there is accountability)."),
    F("no-mechanism", 1, "Both 议事规则 revised with a 23-item 前置研究 list."),
    F("no-mechanism", 6, "A staffing plan needs no new rule."),
    F("no-deadline", 6, "2025年12月31日 (the gap there is the owner)."),
    F("no-owner", 7, "党委副书记扈望舒."),
    F("unanswered-issue", 6, "Answered, in progress."),
], links=[
    L("列出须经党委会议前置研究的事项清单23项", 1), L("制定《医用耗材遴选与使用管理办法》", 2),
    L("违规收取的9.3万元已全部退回医保基金", 3), L("违规列支的4.2万元已由参加人员全部退赔", 4),
    L("对2起术后感染纠纷开展根本原因分析", 5), L("制定中医骨伤人才三年引进培养计划", 6),
    L("将4个党支部调整为骨科、康复、中医、医技、行政后勤5个党支部", 7),
    L("制定《网络信息发布“三审三校”制度》", 8), L("按规定补提医疗风险基金38.6万元", 9)])

# p04 蘩源县民族中学党总支: HTML news page of the 县纪委监委 website, all problems in one “巡察组指出…：A；B；…；F等问题”
# sentence (6); the 讲话 and 表态 一是…三是 paragraphs are not problems. Report: the school's public HTML
# 整改进展情况的通报 (GB18030, charset=gb2312) with 索引号 header, （一）关于…的问题 + 整改情况： + bracket.
G["p04"] = dict(issues=6, unanswered=[], must_flag=[
    F("no-accountability", 4, "False 食堂 records (3.1万 more goods booked than delivered, short portions in a 营养改善计划 canteen): the answer re-checks and corrects the ledger and adds a 验收 rule, but nobody is dealt with and nothing says where the difference went — the record is put right instead of the people, though the meeting asked 查清事实、处理到人."),
    F("vague-measure", 6, "（六） is slogans only (进一步加强…不断完善…努力打造…切实提升), 长期坚持: no bilingual teacher hired, no training plan."),
], must_not_flag=[
    F("weak-leadership", None, "党总支书记龙润禾 heads the 领导小组 as 第一责任人, 6 meetings, weekly reports, 4 checks."),
    F("late-report", None, "Feedback 2025-03-27, report 2025-06-18: 83 days."),
    F("no-disclosure", None, "A public 通报 (主动公开) with a comment period, phone, mail and address."),
    F("inconsistent-claim", None, "25 = 23 + 2 named summer works; 7 people = 1 + 1 + 2 + 1 + 2; 8.7万; 3 rules named (收费, 宿舍细则, 食材验收)."),
    F("vague-measure", 1, "Opens with 提高政治站位 but then a restored timetable with hours and weekly checks."),
    F("no-accountability", 1, "Timetable crowding, corrected: no personal wrongdoing to punish."),
    F("no-accountability", 5, "县教育局: 警告处分 for one teacher, 取消评优评先 for two."),
    F("no-accountability", 2, "总务主任 诫勉谈话, 副校长 书面检查."),
    F("no-mechanism", 4, "《食堂食材采购验收制度》 with three people at every delivery and daily posting (the gap there is accountability)."),
    F("no-mechanism", 3, "Night rounds written into 《学生宿舍管理细则》."),
    F("no-deadline", 3, "Two dates (2025-04-20 done, 2025-08-31)."),
    F("no-owner", 6, "校长蓝砚秋 (the gap there is the slogan)."),
], links=[
    L("初三年级思政课恢复到每周3课时", 1), L("违规收取的8.7万元已全部清退到学生家长手中", 2),
    L("消防通道堆放的杂物已全部清理", 3), L("将多记的3.1万元入库数据予以更正", 4), L("3名教师已停止校外办班", 5),
    L("学校将进一步加强教师队伍建设", 6)])

# p05 蕹山县民族歌舞团党支部: DOCX 反馈意见, bold areas （一）–（三） with continuous 1．–7．; 二、整改意见 （一）–（四）
# not problems. Report (UTF-16 LE BOM): by number “针对反馈意见第N条”, 第1条–第6条 only. A plainly weak report.
G["p05"] = dict(issues=7, unanswered=[7], must_flag=[
    F("unanswered-issue", 7, "第7条 (12 编外演员 without contracts, 8 without social insurance, no training plan) has no answer: the report stops at 第6条."),
    F("no-accountability", 3, "14 shows never given, 7.0万 of subsidy taken: the money is returned and a 三佐证 rule made, but for the people only “将根据调查情况依规依纪严肃处理” — a promise, 83 days after the feedback."),
    F("weak-leadership", None, "“召开团长办公会研究部署…由办公室牵头汇总…各部门按照职责分工抓好落实”: no 领导小组, no 第一责任人, the 书记 appears only as an item's owner — though 整改意见（一） asked for both."),
    F("no-disclosure", None, "整改意见（四） asks for publication; the report never publishes (the 微信公众号 under 第3条 announces performances, not the rectification)."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-05-08, report 2025-07-30: 83 days."),
    F("inconsistent-claim", None, "18 = 15 + 3, and exactly three items show later dates (10月首演, 12月数字化, 9月查找); no all-done claim."),
    F("no-mechanism", 3, "演出照片（视频）、签章、签到 “三佐证” as the basis of every subsidy claim (the gap there is accountability)."),
    F("no-mechanism", 4, "《商业演出收入管理办法》."),
    F("no-mechanism", 2, "Filing songs needs no new rule."),
    F("no-accountability", 4, "业务科长 and 出纳 批评教育."),
    F("no-accountability", 1, "Too few new works: no wrongdoing."),
    F("no-accountability", 2, "Unfiled folk songs: no wrongdoing."),
    F("no-deadline", 5, "Two dates (2025-06-30 done, 2025-09-30)."),
    F("no-owner", 6, "党支部书记农砚舟."),
], links=[
    L("制定《2025—2027年剧目创作计划》", 1), L("对37首民歌曲谱和12段传统舞蹈视频逐一整理登记", 2),
    L("14场未实际演出的惠民演出补助资金7.0万元已全额退回县财政", 3), L("通过个人微信收取的6.8万元已全部上缴单位账户", 4),
    L("建立资产台账，贴码管理", 5), L("党支部召开专题组织生活会", 6)])

# p06 薿川县水利工程建设质量与安全监督站党支部: 反馈意见 (UTF-8 CRLF) 一、…七、 each “heading。detail”; the 整改意见
# 一是…四是 paragraph is not problems. Report: covering text + ｜-row 整改台账 with a 问责情况 column; 一 and 五 MERGED.
G["p06"] = dict(issues=7, unanswered=[], must_flag=[
    F("no-mechanism", 2, "The 2022 audit asked for an 抽检计划 and a rule for choosing the testing firm, promised for 2023 and never made; the row only adds 18 tests and lets the 站务会 pick a new firm again — still no plan, no rule, though the 整改意见 三是 asked for one."),
    F("no-deadline", 6, "Row 六's 整改时限 is “逐步解决”, 正在推进 — no date anywhere."),
], must_not_flag=[
    F("weak-leadership", None, "站长、党支部书记邬清泓 heads the 领导小组, 负总责, 4 支委会, 3 site checks."),
    F("late-report", None, "Feedback 2025-03-11, report 2025-06-09: 90 days, just inside three months (due 2025-06-11)."),
    F("no-disclosure", None, "“整改情况已在县水利局门户网站公开”."),
    F("inconsistent-claim", None, "“已完成6个，问题六正在推进” matches the rows; 6 people = 诫勉2 + 批评3 + 调离1 as in the column; 0.28万; 3 rules named."),
    F("repeated-measure", 1, "One merged row for 一 and 五, announced in the line above the table — not a pasted measure."),
    F("repeated-measure", 5, "Same merged row; its parts are specific to each (46 抽检组 / 深基坑, 汛前全覆盖)."),
    F("unanswered-issue", 5, "Answered in the merged row 一、五."),
    F("no-accountability", 4, "The co-signer was moved off the 质量监督 post and made a 检查 before all staff — accountability in unusual words."),
    F("no-accountability", 3, "诫勉谈话 2, 批评教育 1, costs repaid."),
    F("no-accountability", 6, "Skills shortfall: no wrongdoing (the column's “无” is right)."),
    F("no-mechanism", 1, "《水利工程质量与安全监督检查工作规程》 with photos and measured data."),
    F("no-mechanism", 6, "Training and hiring need no new rule."),
    F("no-deadline", 7, "“2025年5月31日，此后长期坚持”."),
    F("no-owner", 6, "副站长卓映川 (the gap there is the time limit)."),
], links=[
    L("对9个检查记录雷同的项目重新开展监督检查", 1), L("对3处深基坑补做专项检查", 5),
    L("对2024年全年未抽检的5个项目补充委托检测18组", 2), L("3人次宴请费用折价0.28万元已退还施工单位", 3),
    L("2份验收鉴定书由监督员本人到现场复核后重新签署", 4), L("4名人员参加省水利厅质量检测员培训", 6),
    L("党支部每月安排一次质量安全专题学习", 7)])

# p07 蒮川通信有限公司蒧水县分公司党支部 (enterprise round by the 市分公司党委巡察组): 反馈意见 with areas 一、二、三、…方面
# and RESTARTING 1．2．(3．) (2 + 3 + 2 = 7); 整改要求 一是…四是 not problems. Report (GB18030): 问题1：…问题7： (renumbered
# continuously) + 整改情况： + bracket line with 完成情况.
G["p07"] = dict(issues=7, unanswered=[], must_flag=[
    F("no-accountability", 2, "The money is clawed back from the agents and one agent dropped, but the 渠道经理 who knowingly let 1260 fake lines run and named one agent “优秀渠道” is not dealt with, though the 整改要求 二 named this problem for 问责."),
    F("inconsistent-claim", None, "“巡察反馈的7个问题已全部整改完成，32项整改措施全部落实到位”, while 问题1 says 78% covered, rest by 2025-12-31, 完成情况：持续推进, and 问题6's 换届 is set for mid-July, after the report date (正在推进) — the feedback warned against exactly this."),
], must_not_flag=[
    F("weak-leadership", None, "总经理、党支部书记羿澄光 heads the 领导小组 as 第一责任人, 5 支委会 + 3 推进会, on-site 督办."),
    F("late-report", None, "Feedback 2025-04-09, report 2025-06-30: 82 days."),
    F("no-disclosure", None, "公司内网 and every 营业厅公示栏 — the usual disclosure inside a firm."),
    F("no-mechanism", 2, "《社会渠道酬金管理办法》 revised: pay after 6 months of real use, automatic alarm (the gap there is accountability)."),
    F("no-accountability", 4, "网络部经理 降一档薪级、扣减年度绩效20% — a sanction in a firm's pay words."),
    F("no-accountability", 3, "警告处分 under the firm's rules, 扣减绩效, a 书面检查."),
    F("no-accountability", 5, "解除劳动合同 1, 记过 1, 诫勉谈话 1."),
    F("no-accountability", 1, "Slow rural coverage: no wrongdoing."),
    F("no-accountability", 6, "Overdue election: no wrongdoing."),
    F("no-mechanism", 6, "Regrouping 党小组 and holding the election need no new rule."),
    F("no-deadline", 1, "2025年12月31日."),
    F("no-owner", 6, "总经理羿澄光."),
], links=[
    L("新建5G基站38个", 1), L("已从3家合作渠道的应付酬金中扣回18.4万元", 2), L("3.2万元购物卡金额已由全体员工全额退回", 3),
    L("委托市分公司审计部对11项工程进行结算审计", 4), L("对违规查询客户信息的2名员工", 5),
    L("按网格划分重新设置网格党小组6个", 6), L("对3名网格经理的竞聘结果补充公示", 7)])

# p08 蒟岭县矿山救护队党支部: 组长's 反馈会 speech, problems inline 一是…四是 and 五是…七是 in two 从…看 paragraphs
# (continuous, 7); 一要…三要 and the deadline sentence not problems. Report (UTF-8 CRLF): （一）关于…的问题 with 一是…
# and a bracket (责任领导；完成时限).
G["p08"] = dict(issues=7, unanswered=[], must_flag=[
    F("no-mechanism", 3, "Duty desertion came back after the 2023 通报 and there is still no 点名 or 脱岗追究 rule; the answer punishes the two and repeats the rule orally — the speech said 不能处理完人就了事."),
    F("copied-measure", 5, "（五） turns the feedback's words into a promise (切实加强…杜绝装备超期未检验、验收缺少合格证明等现象…确保): nothing on the 5 unchecked breathing sets or the missing certificates."),
    F("late-report", None, "Feedback 2025-05-20 with a 三个月内 limit (2025-08-20); report dated 2025-09-02: 105 days."),
], must_not_flag=[
    F("weak-leadership", None, "队长、党支部书记鲍承岳 heads the 领导小组 as 第一责任人, 6 支委会, 2 drills, 3 field checks."),
    F("no-disclosure", None, "县应急管理局门户网站."),
    F("inconsistent-claim", None, "“25条已全部完成”: every item's date is before the report and none says ongoing; 6 people = 警告1 + 诫勉2 + 批评3; 3.6万; 4 rules named."),
    F("copied-measure", 2, "Opens with the restated problem (针对训练记录与实际不符的问题) and then acts: 补训, 诫勉, 录像比对."),
    F("no-accountability", 3, "批评教育 and a lost 值班补助 (the gap there is the rule)."),
    F("no-accountability", 2, "诫勉谈话 and 取消年度评先评优资格."),
    F("no-accountability", 6, "县纪委监委 gave the 队长 a 党内警告; the deputy 批评教育; 3.6万 repaid."),
    F("no-accountability", 7, "A vacancy: no wrongdoing."),
    F("no-mechanism", 7, "Filling a vacancy needs no new rule."),
    F("no-mechanism", 2, "修订《训练管理规定》 with filmed training checked monthly."),
    F("no-mechanism", 6, "《救护服务协议和收费管理办法》."),
    F("no-owner", 5, "副队长童砺川 (the gap there is the copied text)."),
    F("no-deadline", 5, "2025年7月31日."),
], links=[
    L("重新修订《矿山事故应急救援出动预案》", 1), L("对训练记录造假的2名中队长诫勉谈话", 2),
    L("对巡察组夜查发现脱岗的2名队员进行了批评教育", 3), L("制定《矿山企业预防性安全检查工作规范》", 4),
    L("切实加强救援装备采购和维护管理", 5), L("以“训练补助”名义收取的3.6万元已由参加聚餐人员全额退赔", 6),
    L("6月召开党员大会补选支部副书记1名", 7)])

# p09 蔾阳县薳河大桥收费管理所党支部: 反馈意见 with 1．–7． heading lines + “具体表现：” lines; the 整改要求 paragraph is
# not problems. Report: DOCX, bold （一）关于…的问题 headings + paragraph + field line, then closing 三、追责问责情况 and
# 四、建章立制情况 parts where the people and the rules of several problems are named by number or matter.
G["p09"] = dict(issues=7, unanswered=[], must_flag=[
    F("no-accountability", 2, "1870 unapproved free passes, mostly for 所领导 and staff relatives: the item recovers 1.3万, re-teaches the policy and adds approval — and the closing 追责问责 part lists six people, none for this."),
    F("repeated-measure", 4, "（四） is one boilerplate paragraph (坚持把巡察整改作为重要政治任务…确保问题整改到位、取得实效) pasted again under （七）."),
    F("repeated-measure", 7, "（七） repeats （四）'s paragraph word for word after a different first clause."),
], must_not_flag=[
    F("weak-leadership", None, "所长、党支部书记谯砚平 heads the 领导小组 as 第一责任人, 5 支委会, weekly progress, on-site 督办."),
    F("late-report", None, "Feedback 2025-06-05, report 2025-08-29: 85 days."),
    F("no-disclosure", None, "县交通运输局门户网站 and the 收费站公告栏, phone."),
    F("inconsistent-claim", None, "“已完成整改6个，问题6…正在推进” matches (ETC by 2025-09-30); 6 people = 2 + 1 + 2 + 1 in the closing part; 5 rules named."),
    F("no-accountability", 3, "Dealt with only in the closing part: 2 收费员 解除聘用合同, the 稽查班长 政务警告."),
    F("no-accountability", 1, "Closing part: 2 收费班长 批评教育."),
    F("no-accountability", 6, "Worn equipment: no wrongdoing."),
    F("no-mechanism", 5, "Only in the closing part: 修订《公务接待管理办法》（对应问题5）."),
    F("no-mechanism", 2, "《免费放行车辆审批管理办法》 and system approval (the gap there is accountability)."),
    F("no-mechanism", 3, "《票款解缴管理规定》, double hand-over, bank pick-up."),
    F("no-deadline", 6, "2025年9月30日."),
    F("no-owner", 4, "所长谯砚平 named (the gap there is the pasted text)."),
], links=[
    L("绿通车辆查验实行“一车一拍、照片上传系统”", 1), L("对能够追溯车主的车辆补收通行费1.3万元", 2),
    L("截留的0.9万元通行费已全额追缴", 3), L("对截留票款的2名收费员解除聘用合同", 3),
    L("针对意识形态工作责任制落实不够的问题", 4), L("6次无公函接待的费用1.1万元已由审批人和经办人全额退赔", 5),
    L("称重检测设备已送省计量院检定合格", 6), L("针对党员教育管理不严的问题", 7)])

# p10 藋州市生态环境保护综合行政执法支队藑阳大队党支部 (inspected by the 市生态环境局党组): 反馈清单 (UTF-16 LE BOM,
# CRLF) （一）–（七） heading lines + “问题表现：”; 整改要求 not problems. Report: by the unit's three work lines, items
# 1．–7． with a tag （对应问题N；牵头：…；时限：…）, problems 5 and 4 answered out of order.
G["p10"] = dict(issues=7, unanswered=[], must_flag=[
    F("no-accountability", 1, "The 8 soft-penalty files were sent on to the 法制审核科 “待复核意见出具后…依规依纪处理” — handed on with no outcome after 85 days, and nothing on the officer's close ties with the brick factory."),
    F("no-mechanism", 5, "No 重大案件集体讨论 or 案卷定期评查 rule although the 2023 评查 asked and the feedback names the lack; the answer is one self-check and 12 forms filled in."),
], must_not_flag=[
    F("weak-leadership", None, "大队长、党支部书记苗若川 heads the 领导小组 as 第一责任人, 5 支委会, 直接部署、直接督办, 2 field checks."),
    F("late-report", None, "Feedback 2025-02-18, report 2025-05-14: 85 days."),
    F("no-disclosure", None, "市生态环境局门户网站 “巡察整改” 栏目."),
    F("inconsistent-claim", None, "24 = 22 + 2 named (复核处理, 持证); 4 people = 1 + 2 + 1; 4 rules named."),
    F("no-accountability", 3, "“按照监督执纪‘第一种形态’对2名执法人员进行了处理” — accountability in the 四种形态 words."),
    F("no-accountability", 2, "执法中队长 诫勉谈话."),
    F("no-accountability", 4, "副大队长 批评教育, costs repaid."),
    F("no-accountability", 7, "Too few licensed officers: no wrongdoing."),
    F("no-mechanism", 1, "《行政处罚自由裁量基准适用说明制度》 (the gap there is accountability)."),
    F("no-mechanism", 7, "Training and exams need no new rule."),
    F("no-owner", 5, "“牵头：副大队长桑知白” in the tag."),
    F("no-owner", 7, "“牵头：副大队长戚映雪” in the tag."),
    F("no-deadline", 7, "“持续推进，2025年12月底前全部持证”."),
    F("unanswered-issue", 5, "Answered as item 4 under the 执法办案 line, before problem 4's answer."),
    F("unanswered-issue", 4, "Answered under the 内部管理 line as item 5."),
], links=[
    L("已将8件未实施按日连续处罚的案卷全部移送市生态环境局法制审核科复核", 1), L("2条在线监测数据异常线索已立案查处", 2),
    L("对13件投诉逐件重新到现场核查", 3), L("对节假日私用执法车辆的副大队长批评教育", 4),
    L("组织对2024年办结的46件案卷开展了一次全面自查", 5), L("将“党员执法先锋岗”与5个执法片区挂钩", 6),
    L("组织排污许可、固体废物等新法规专题培训3次", 7)])

for name, g in G.items():
    out = {"mode": "pair", "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
