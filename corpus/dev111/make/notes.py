"""Write p01..p10/notes.md for dev111: the hand-written parts below (forms, dates, problems in order, how each problem is
answered and why the links are what they are, traps, may-report points) followed by every gold entry with its why, read
back from gold.json so the two never drift apart. Run after make/gold.py: python3 make/notes.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

N = {}

N["p01"] = dict(
    title="d111-01 — 国家金融监督管理总局蕺阳监管支局党委 (a county financial-regulation sub-bureau; inspected by the 蘅州监管分局党委第二巡察组)",
    forms="""- **feedback.pdf** — PDF made from Word (3 pages): 份号/密级 corner (000015, 内部 ★), red 发文机关标志 “中共…蘅州监管分局委员会第二巡察组”, 文号 蘅金监巡二〔2025〕4号 over a red rule, title, 主送, intro, **一、巡察发现的主要问题** with three bold areas （一）（二）（三）…方面 and **continuous 1．–10．** (heading。detail in one paragraph), **二、整改意见** （一）–（四） (not problems), a deadline paragraph, signature, footnote 1 (on 拟处罚金额, its mark sits after 拟处罚金额 in problem 6), 版记 (抄送/印发 between rules), running header from page 2, `— N —` page numbers (odd right, even left).
- **report.pdf** — PDF made from Word (7 pages): 份号/密级 corner, red head “…蕺阳监管支局委员会文件”, 文号 蕺金监党发〔2025〕12号 with 签发人 庹怀谦, 一、整改工作组织情况 (（一）–（三）), 二、反馈问题整改落实情况 with （一）–（十） 关于“…”的问题 — each an 整改措施： paragraph with 一是… and 责任领导/完成时限 inside it (（八） has neither), 整改成效 after （一）; 三、整改总体成效 (totals), 四、下一步 (disclosure), 附件 **整改台账** (Word table 序号/反馈问题/主要整改措施/责任领导/责任部门/完成时限/完成情况, header row repeated, crossing from page 6 to 7), 版记, two footnotes (one on the 8 monitoring indicators, one after （六）'s time limit).""",
    dates="Feedback 2025-05-20 (signature and 版记); report 2025-08-12: 84 days — inside three months (due 2025-08-20). Not late.",
    problems=["防范化解地方中小金融机构风险跟进不力 (农商行 NPL 2.1%→3.8%, no 约谈, no monitoring plan)",
              "金融消费者权益保护工作流于形式 (37 of 112 complaints overdue, no analysis reports, no special check)",
              "现场检查发现问题整改跟踪不到位 (7 of 18 closed without verification)",
              "支局党委主体责任落实不够到位 (廉政 studied once, 准入 posts not in the risk scan)",
              "违反中央八项规定精神问题仍有发生 (meals 0.64万 with inspected firms; a 科长's 0.2万 shopping card)",
              "行政处罚自由裁量权运用不规范 (two fines cut 50万→20万 without reasons)",
              "“三会一课”制度落实不严格",
              "干部队伍建设存在短板 (3 cadres under 35, no rotation, 2 posts vacant)",
              "党费收缴不规范 (3 members, 0.47万 short)",
              "上轮巡察和审计指出问题整改不彻底 (one fuel card not 一车一卡)"],
    answers="""Every problem has its own （N） section in the feedback's order; the links are the first concrete act of each (and a second one where the answer has two distinct strands: 约谈 + monitoring plan for 1, case review + revised 规程 for 2, refund + 党内警告 for 5). 8's link is the three-year plan, the only measure that speaks to the age structure. The ledger repeats each answer in short words, so no link is taken from it (links must occur once).""",
    traps="""- （八） gives neither 责任领导 nor 完成时限 in the body (“此项整改由办公室牵头推进，按整改台账所列时限完成”): both are in the annex ledger row 8 (庹怀谦, 办公室, 2025.8.5 / 补充年轻干部长期坚持). An analyser that reads only the body will wrongly flag no-owner/no-deadline on 8.
- The ledger table is cut by a page break (pages 6–7), with the page number, running header and repeated header row in between.
- （四） opens with a slogan (深刻反思，切实扛起管党治党政治责任) before three concrete acts.
- Footnote marks are superscript digits in running text (after 按月监测8项指标, after （六）'s 完成时限); footnote texts sit at page foot.
- The report's counts all add up (33 = 31 + 2; 1.62万; sanctions 1/2/4/2; rules 3 new + 4 revised — the three-year 规划 is a plan, not counted as a rule).""",
    may="""- no-accountability on 2 (37 complaints overdue, nobody even criticised) and on 1 (the sub-bureau did not act on a bank's rising NPL): both are duty shortfalls rather than misconduct; an inspector might ask, most would not insist.
- no-deadline on 7 (“2025年7月31日，此后长期坚持” — dated; fine).""")

N["p02"] = dict(
    title="d111-02 — 蘧江海关驻蘩港办事处党支部 (a customs office; inspected by the 直属海关党委第三巡察组)",
    forms="""- **feedback.txt** — UTF-8, LF: the 组长's speech at the 反馈会 (title, speaker, date line, 同志们), inspection facts, praise, then **第一，…第九，** one paragraph each (9 problems), a causes sentence, **三点意见 一要…三要** (not problems), a 移交 sentence (not a problem), closing.
- **report.pdf** — PDF made from Word (3 pages): 密级 corner (内部资料), red head “中共蘧江海关驻蘩港办事处支部委员会” (no 文件), 文号 蘩办党〔2025〕6号 with 签发人 甄茂林, one preamble paragraph, **一、…九、关于…的问题** in feedback order, each one paragraph with 一是…二是… and a closing （责任人：…；完成时限：…） bracket, a status/totals paragraph with a disclosure promise, footnote (how the 提前申报 rate is computed), 版记. No annex.""",
    dates="Feedback 2025-04-15 (speech date line); report 2025-07-08: 84 days. Not late.",
    problems=["贯彻落实促进跨境贸易便利化部署有差距", "查验作业规范执行不严 (19 one-person inspections)",
              "风险布控指令处置不及时 (6 late, 2 over 72 h)", "罚没物品管理不规范 (31 items unregistered, 2 lots overdue)",
              "落实中央八项规定精神不够严格 (2 meals paid by brokers, 3 receptions without 公函)",
              "意识形态工作责任制落实不到位", "支部组织生活不够规范", "廉政风险防控存在薄弱环节 (a relative at a broker, unreported)",
              "上次审计发现问题整改不到位 (2.3万 overtime pay not returned)"],
    answers="""One section per problem, same order, restated as 关于…的问题. Links: 1 → the outreach to firms and the booking window; 2 → the 19-record recheck; 3 → the 6-order review; 4 → the 31-item verification; 5 → the 0.36万 refund; 6 → a phrase of the slogan paragraph (it is the whole answer — answered, but vague); 7 → separating 主题党日 from business meetings; 8 → the relatives check; 9 → the 2.3万 recovery.""",
    traps="""- The addressee line contains “领导小组” (关党委巡察工作领导小组办公室) — not a leading group of the office.
- The preamble says the 支部委员会 held a meeting and split the problems among sections: there is no 整改工作领导小组, no 第一责任人, no 书记 deploying or supervising, although 二要 of the speech asked for exactly that → weak-leadership.
- 四、 has a bracket with 责任人 only and an open-ended “待价格评估后按程序处置” → no-deadline; the totals line honestly calls it 正在推进, so the claim is consistent.
- 六、 has a named 责任人 and a date: the gap is the slogan content, not owner or deadline.
- The disclosure is a promise in the closing paragraph (整改情况将同步在关区门户网站…公开).""",
    may="""- no-mechanism on 6 (no rule for the half-yearly 研判) — a consequence of the vague answer; the must_flag there is vague-measure.
- no-accountability on 2 (4 officers only 批评教育) — there is accountability, perhaps light.""")

N["p03"] = dict(
    title="d111-03 — 中国农业发展银行蘘川县支行党委 (a policy-bank county branch; inspected by the 市分行党委第一巡察组)",
    forms="""- **feedback.pdf** — PDF made from Word (3 pages): a **函** of the 分行党委巡察工作领导小组办公室 (red head, 文号 蘅农发巡办函〔2025〕3号), short letter text with the 1-month/3-month deadlines, “附：巡察发现问题清单”, then **问题1：…问题11：** bold heading lines each followed by a **具体表现：** paragraph, a bold **整改要求** paragraph (not a problem), signature, footnote 1 (definition of the 粮棉油 loan share), 版记.
- **report.pdf** — PDF made from Word (5 pages): corner, red head “…蘘川县支行委员会文件”, 文号 蘘农发党〔2025〕21号 + 签发人 郗立衡, 一、整改组织情况 (领导小组), 二、问题整改情况 with **问题N：** restated headings and **整改情况：** paragraphs (no owner or date in the body), 三、下一步打算 with the totals, 附件 **整改台账** (序号/反馈问题/整改措施/责任领导/责任部门/完成时限/进展, crossing from page 4 to 5), 版记, a footnote on the claim amount.""",
    dates="Feedback 2025-06-05 (letter date and 反馈会); report 2025-08-28: 84 days. Not late.",
    problems=["服务乡村振兴战略定位不够精准", "信贷“三查”制度执行不严", "不良贷款清收处置乏力 (1860万, 2 firms)",
              "员工异常行为排查流于形式", "违规发放津补贴 (11.2万)", "公务用车使用管理不规范 (41 trips without 派车单; car parked at the driver's home)",
              "党委会议事决策不规范 (3 “三重一大” items)", "党建与业务融合不够紧密", "选人用人工作不规范 (2 cadres confirmed without assessment)",
              "意识形态阵地管理薄弱 (LED screens)", "上轮巡察整改“回头看”不到位 (a foreclosed house not transferred)"],
    answers="""Body sections 问题1…问题8, 问题10, 问题11 restate the feedback's own numbers; 问题9 is skipped. Owners, departments and dates are only in the annex ledger, whose 序号 run 1–10 while its 反馈问题 column keeps the feedback's numbers (序号 9 = 问题10, 序号 10 = 问题11). Links are the first concrete act in each 整改情况 paragraph.""",
    traps="""- Owners only in the annex ledger, for every problem (must_not no-owner 1 and 6 test that); the ledger row for 问题4 gives “各部室负责人 / 各部室” → no-owner 4.
- The ledger's 序号 do not equal the problem numbers after the gap; an analyser that maps rows by 序号 will attach 问题10's row to problem 9.
- The totals line counts measures (29 = 28 + 1), not problems, so nothing in it betrays the missing 问题9 and there is no inconsistent claim.
- 问题6 has accountability (driver 批评教育, 书面检查) but no rule — the gap is no-mechanism, not no-accountability.
- No word about publishing or 通报 anywhere → no-disclosure (the letter asked for 在一定范围内公开).""",
    may="""- no-accountability on 4 (a perfunctory check for four quarters, nobody named) and on 10 (only a 提醒谈话) — debatable.
- no-deadline on 3 (the body has no date; the ledger says 2025.12.31) — fine once the ledger is read.""")

N["p04"] = dict(
    title="d111-04 — 蘅州理工学院实验室与设备管理处党支部 (a university department; inspected by the 校党委第四巡察组)",
    forms="""- **feedback.html** — UTF-8 page of the college's 巡察 site (nav, breadcrumb, 发布时间 line, 上一篇/下一篇, footer with address and phone): a news item; the problems are all in one paragraph after “巡察组指出，…但也存在一些问题：” as **inline 一是…九是** separated by ；. Then “巡察组要求，一要…三要…” (requirements) and the unit head's 表态 “一是…二是…三是…” — neither are problems.
- **report.pdf** — PDF made from Word (4 pages): red head “中共蘅州理工学院实验室与设备管理处支部委员会”, 文号 实设党〔2025〕4号 + 签发人 廉照秋, 一、整改工作总体情况, 二、具体问题整改情况 with （一）–（九） “关于…的问题” restated headings, an **整改措施：** paragraph (一是…) and a separate **责任领导/责任科室/完成时限** line per item, 三、整改成效 (totals), 四、下一步 (disclosure), two footnotes, 版记. No annex.""",
    dates="Feedback 2025-03-18 (the news item: “3月18日”, 发布时间 2025-03-19); the item asks for the report 三个月内 (due 2025-06-18); report dated 2025-07-14: **118 days — late**.",
    problems=["学习贯彻上级实验室安全部署不到位 (危化品 system used <40%)", "安全检查问题整改闭环不够 (33 of 126 not rechecked)",
              "大型仪器设备开放共享不足 (310 h/year; 5 devices <100 h)", "资产清查不彻底 (187 items, 214万)",
              "设备采购拆分规避公开招标 (96万 in 4 lots; 经办人和审批人未把关)", "验收环节廉政风险防控薄弱 (self-acceptance)",
              "支部组织生活不规范 (records, no new members for 3 years)", "意识形态工作责任制不到位", "报废资产处置不公开 (last round's problem)"],
    answers="""（一）–（九） follow the feedback's 一是…九是. Links: the first act of each (training on the 危化品 system; rechecking 33 hazards; …), for 5 both the self-check and the new 采购 rule (there is no accountability to link), for 3 the copied promise itself (answered, but copied).""",
    traps="""- The feedback page has three 一是… runs: only the first (after 巡察组指出) are problems; 一要…三要 are requirements, the 表态 一是…三是 is the unit's pledge.
- （二） opens by restating its problem (针对安全检查发现问题整改闭环不够的问题) and then acts → must_not copied-measure; （三） restates and promises only → copied-measure.
- （五） has a rule and training, so no-mechanism would be wrong; the gap is that nobody answers for splitting purchases.
- （六） is a control weakness with no named wrongdoing (23 devices re-inspected, all conform) → no accountability needed.
- The date: feedback given in the news text without a year (3月18日), the year in the 发布时间 line.""",
    may="""- vague-measure on 3 (the copied promise is also empty) — the must_flag there is copied-measure.
- inconsistent-claim: “25项整改措施已全部完成” while （三） is only a promise — an inspector might call the claim unsupported; kept out of gold because the count itself adds up.""")

N["p05"] = dict(
    title="d111-05 — 蔊阳县委县政府督查室党支部 (the county 督查室; inspected by the 县委第二巡察组)",
    forms="""- **feedback.pdf** — PDF made from Word (3 pages): corner (内部 注意保存), red head “中共蔊阳县委第二巡察组”, 文号 蔊巡二〔2025〕5号, title, intro, problems as **一、…十、 heading。detail** paragraphs, then “针对上述问题，巡察组提出如下整改意见：” with （一）–（三） (not problems), signature, footnote 1 (a county rule on inspections of townships, after problem 三's heading), 版记.
- **report.pdf** — PDF made from Word (7 pages): red head “中共蔊阳县委县政府督查室支部委员会”, 文号 蔊督支〔2025〕3号 + 签发人 酆敬之, an all-done preamble, 一、整改工作组织情况, 二、反馈问题整改情况 with （一）–（十） 关于“…”的问题, each an 整改措施： paragraph plus one line “责任领导：…；责任科室：…；完成时限：…。整改进展：…”, 三、下一步, 附件 **整改任务清单** (Word table running over pages 5–7), 版记, footnote on the 红黄灯 warning.""",
    dates="Feedback 2025-04-22; report 2025-07-16: 85 days. Not late.",
    problems=["督查工作聚焦县委县政府中心工作不够", "督查结果运用不充分", "“督查检查考核过多过频”问题未有效整治",
              "领导批示件督办超时限 (78% on time; 14 over a month)", "下乡督查公务接待不规范 (11 meals unpaid, a 农家乐)",
              "督查专项经费管理不严 (1.8万 furniture)", "党支部建设较为薄弱", "干部作风不够扎实 (on-site checks <30%)",
              "督查信息保密管理不严 (drafts on an internet PC)", "上轮巡察指出的制度不健全问题整改不到位 (《督查工作规程》 not revised)"],
    answers="""（一）–（十） in feedback order. Links: first concrete act of each; for 2 and 9 the distinguishing first clause of the pasted paragraph (针对督查结果运用不充分的问题 / 针对督查信息保密管理不严的问题) — both are answered, by the same boilerplate; for 8 the slogan itself; for 10 成立规程修订小组.""",
    traps="""- The preamble claims 10 problems all done and 23 measures all in place; the items' own 整改进展 lines (持续推进 for （四）, 基本完成 for （十）) and the ledger (持续推进, 待审定) contradict it → inconsistent-claim. The count 23 itself is right.
- The pasted paragraph is identical after the first clause; the ledger's 整改任务 cells for 2 and 9 are identical too.
- （一） opens with 深刻认识到…必须服务中心、服务大局 and then acts → must_not vague-measure.
- （四） has a date (2025-12-31); its problem is the claim, not the deadline.
- Disclosure is a promise in 下一步 三是 (将整改情况在县政府门户网站公开).""",
    may="""- vague-measure on 2 and 9 (the boilerplate says nothing concrete) — the must_flag there is repeated-measure.
- no-mechanism on 9 (no confidentiality rule) and on 2 (no follow-up mechanism) — consequences of the boilerplate.
- no-accountability on 4 (批示件 overdue, nobody criticised) — a performance shortfall; debatable.""")

N["p06"] = dict(
    title="d111-06 — 蘖溪县教育科学研究室党支部 (the county teaching-research office; inspected by the 县委第五巡察组)",
    forms="""- **feedback.docx** — the Word file (kept as DOCX): title, 主送, intro, “一、发现的主要问题” with **bold （一）–（九） heading paragraphs**, each followed by a detail paragraph, then “二、整改要求” as one paragraph 一要…三要 (not problems), signature. Running header and page-number footer as Word parts.
- **report.pdf** — **SCANNED**: the report was written in Word (red head “中共蘖溪县教育科学研究室支部委员会”, 文号 蘖教研支〔2025〕5号 + 签发人 芮桐生, a leadership paragraph, its own **一、…八、关于…的问题** with 一是… and a （责任人：…；完成时限：…） bracket, a closing paragraph, footnote on the refunds, 版记), converted to PDF, rendered with `pdftoppm -r 200 -png` and wrapped back into a PDF of page images (3 pages, no fonts, no text layer). The gold substrings are checked against the source text only.""",
    dates="Feedback 2025-05-08; report 2025-07-30: 83 days. Not late.",
    problems=["落实“双减”和课程改革部署不够有力", "教研指导基层学校不深入 (14 lessons/year; 3 village schools never visited)",
              "“一岗双责”落实不到位", "违规组织有偿培训 (4.2万 fees)", "教辅资料推荐把关不严 (2 unapproved books, no collective decision)",
              "公务支出不规范 (2.6万 trip booked as meetings)", "支部组织生活不严肃 (主题党日, copied notes)",
              "干部队伍结构不合理", "审计发现问题整改不到位 (3.4万 课题经费 vouchers)"],
    answers="""The report's 一、–六、 answer （一）–（六）; （七） is skipped; the report's 七、 answers （八） and 八、 answers （九）. Links are the first act of each answer (OCR output will differ in spacing; the source text is the reference).""",
    traps="""- Image-only PDF: nothing can be read without OCR.
- The report's own numbering runs one behind the feedback's from 七、 on; its headings restate the problems, so matching by heading works, matching by number does not.
- 二、's bracket has a 责任人 but no date; “5月以来已安排…” is a past date, not a time limit.
- 五、 has accountability (批评教育) but no rule → no-mechanism, not no-accountability.
- “学校作业公示” (二 of 一、) is the schools' homework notice, not disclosure of the rectification.""",
    may="""- no-accountability on 5 (only 批评教育 for recommending unapproved books) — present, perhaps light.
- no-mechanism on 2 — 教研员联系学校制度 is a rule; fine.""")

N["p07"] = dict(
    title="d111-07 — 蓼源县防雷减灾服务中心党支部 (a county lightning-protection service centre; inspected by the 县委第三巡察组)",
    forms="""- **feedback.pdf** — PDF made from Word (3 pages): corner, red head “中共蓼源县委第三巡察组”, 文号 蓼巡三〔2025〕8号, intro, three bold areas **一、二、三、…方面** with **restarting 1．–4．** (heading。detail), a closing 要求 paragraph (not problems), signature, footnote (testing intervals, its mark after 定期检测 in the first problem), 版记.
- **report.pdf** — PDF made from Word (6 pages): corner, red head, 文号 蓼雷支〔2025〕9号 + 签发人 钭明远, preamble with totals, 一、整改组织领导情况, 二、反馈问题整改情况 under the feedback's three areas (（一）（二）（三）…方面) with **restarting 1．–4． “关于…的问题。”** run-in items ending in a （责任领导：…；完成时限：…） bracket, 三、下一步 (disclosure), 附件 **整改台账** (序号 1–12, crossing pages 5–6), 版记, two footnotes.""",
    dates="Feedback 2025-06-17; report 2025-09-09: 84 days. Not late.",
    problems=["落实防雷安全监管职责不到位 (72% coverage, 11 stations overdue)", "“放管服”改革落实不力 (21 vs 10 working days)",
              "雷电灾害预警信息发布不及时", "服务重点项目主动性不强", "违规收取检测服务费 (3.9万 as 技术咨询费)",
              "检测报告质量把关不严 (7 contradictory; 2 issued without a site visit — 弄虚作假)", "中央八项规定精神落实不严 (meals, local produce)",
              "财务管理不规范 (1.1万 cash off the books)", "“三会一课”不规范", "检测人员资格管理不严 (2 expired certificates)",
              "编外人员管理混乱 (agency staff signing review opinions)", "审计整改不到位 (3 instruments, 4.6万, off the books)"],
    answers="""Problems are numbered 1–12 continuously across the areas (4 + 4 + 4); the report follows the same areas and restarting numbers. Links: first act of each item; for 2 a phrase of the copied promise.""",
    traps="""- Restarting 1．–4． in both documents: an analyser must count 12, not 4.
- （二）1． opens by restating its problem (针对违规收取检测服务费的问题) and then acts → must_not copied-measure; （一）2． restates and promises → copied-measure.
- （二）2． has a revised rule, withdrawals and training — but the false reports go unpunished, which the feedback singled out → no-accountability.
- （三）3． ends with （完成时限：2025年7月31日） only; ledger row 11 has 责任领导 “—” and 责任部门 “中心” → no-owner.
- The totals (33 = 31 + 2) match the two ledger rows marked 正在推进 (2 and 10).""",
    may="""- vague-measure on 2 (the copied promise is also empty) and no-mechanism on 2.
- no-accountability on 10 (expired certificates, reports still signed) and on 11 (agency staff signing) — nobody is dealt with; debatable whether an inspector would insist.""")

N["p08"] = dict(
    title="d111-08 — 蓍城县物资储运有限责任公司党支部 (a county state warehousing company; inspected by the 县委第四巡察组 in a state-enterprise round)",
    forms="""- **feedback.txt** — GB18030, CRLF: title lines, 主送, intro, **1．–11． heading lines**, each followed by one detail line, then a 整改要求 paragraph with 一是…四是 (not problems), signature.
- **report.pdf** — PDF made from Word (6 pages): corner, red head “中共蓍城县物资储运有限责任公司支部委员会”, 文号 蓍储党〔2025〕7号 + 签发人 祝恒之, 主送 two bodies, preamble with totals, 一、整改工作组织情况 (which also says who leads problem 9), 二、反馈问题整改情况 with （一）–（十） 关于“…”的问题 — （三） is **one merged heading for problems 3 and 4** — each an 整改措施： paragraph ending with 责任领导/完成时限, 三、整改成效 (money, sanctions, rules), 四、下一步 (disclosure, phone), 附件 **整改台账** with 11 rows (rows 3 and 4 separate), crossing pages 5–6, 版记, two footnotes. **GOOD REPORT.**""",
    dates="Feedback 2025-03-25; report 2025-06-20: 87 days. Not late.",
    problems=["贯彻落实县委县政府国企改革部署不到位 (storage share 68%→39%)", "安全生产主体责任落实不到位 (6 hazards open, 3 unlicensed drivers)",
              "仓库出租管理不规范 (13 warehouses, no valuation, no tender)", "应收租金清收不力 (87万)", "“三重一大”决策制度执行不严 (500万 loan by the manager alone)",
              "违规发放福利 (6.8万 cards)", "公务用车管理混乱", "财务管理不规范 (single approval, 4.5万 白条)",
              "党支部“三会一课”流于形式", "选人用人不规范 (2 promotions without procedure)", "上轮审计发现问题整改不到位 (12万 steel shortage)"],
    answers="""Report （一）（二） = problems 1, 2; （三） = problems 3 + 4 (merged heading; links: 公开招租 and the 出租管理办法 for 3, 逐户催收 for 4); （四）–（十） = problems 5–11 (the report's numbers run one behind from there).""",
    traps="""- Merged heading for 3 + 4: both answered, by one text, announced as such — not a repeated measure, not an unanswered problem.
- （八） (problem 9) has only 完成时限; its owner is in the preamble (“其中第九个问题由祝恒之同志亲自牵头整改”) and in ledger row 9.
- Two long-running items are honestly marked (持续推进; 诉讼中) and named in the preamble, so the counts agree (31 = 29 + 2); money 564万 adds up item by item.
- A 县纪委监委 sanction (党内警告 for the manager) sits inside an item.""",
    may="""- no-accountability on 2 (three unlicensed forklift drivers taken off duty, nobody disciplined) — a safety lapse; an inspector might ask.
- no-deadline on 1 (year-end with 持续推进) — dated; fine.""")

N["p09"] = dict(
    title="d111-09 — 蘅川铁路局集团有限公司蔺阳车务段党委 (a railway station-district; inspected by the group's 党委第二巡察组)",
    forms="""- **feedback.pdf** — PDF made from Word (2 pages), no red head: the 组长's speech (title, speaker, date line, 同志们), facts, praise, then three paragraphs **从…看，一是…五是 / 一是…四是 / 一是…四是** (restarting inline lists, 5 + 4 + 4 = 13), then 三点要求 一要…三要 (not problems), closing. Running header, page numbers.
- **report.docx** — the Word file: corner, red head “…蔺阳车务段委员会文件”, 文号 蔺车党〔2025〕19号 + 签发人 乜怀远, an all-done preamble, 一、整改工作组织情况, 二、…with the answers as a **Word table** 巡察反馈问题整改落实情况一览表 (序号/反馈问题/整改措施/责任领导/责任科室/完成时限/完成情况, 13 rows, header row repeated), 三、追责问责情况, 四、建章立制情况, 五、下一步 (disclosure; a footnote with the period and phone), 版记.""",
    dates="Feedback 2025-02-20 (the speech asks for the report within two months); report 2025-06-30: **130 days — late** under either limit.",
    problems=["安全生产基础不牢 (2 D-class accidents, 13 simplified operations)", "货运增量措施落实不力", "客运服务质量不高",
              "防洪安全准备不充分", "上轮巡察整改要求落实打折扣 (17 agency workers in train-operation posts)",
              "段党委主体责任落实不到位", "物资采购管理不规范 (no price comparison; one supplier 72%)",
              "违规发放补贴 (14.6万 添乘补贴, some never rode)", "公务接待超标准", "车站党支部建设不平衡",
              "干部选拔任用不严格 (2 cadres without 个人有关事项 check)", "职工教育培训针对性不强 (exams sat by others)", "意识形态工作责任制落实不到位"],
    answers="""Table rows 1–13 follow the problems in order (the speech's lists restart, the table numbers run on). Links are cell substrings: the first act in each 整改措施 cell; for 7 and 12 the distinguishing first clause before the pasted paragraph.""",
    traps="""- Problems restart 一是 in each 从…看 paragraph; the requirements 一要… are not problems.
- Answers are table cells, owners and dates in their own columns; a general 追责问责 section lists sanctions for rows 1, 9, 11 only — none for row 8, whose cell says only 正在追缴.
- Row 8 is marked 已完成 though its own text says 正在追缴; row 2 is 持续推进; the preamble says all 13 已全部整改到位 → inconsistent-claim.
- Rows 7 and 12 carry the same paragraph after different first clauses → repeated-measure.""",
    may="""- vague-measure on 7 and 12 (the pasted paragraph is also empty).
- no-accountability on 12 (exams sat by others — cheating, nobody dealt with) and on 7 (one supplier, no price comparison).""")

N["p10"] = dict(
    title="d111-10 — 蕃溪镇便民服务中心党支部 (a township public-service centre; inspected by the 葭川县委第一巡察组)",
    forms="""- **feedback.txt** — UTF-16 LE with BOM, CRLF: a 纪委监委 website news item (title, 来源/发布时间 line), meeting facts, inspection facts, then all problems in **one sentence** “巡察组指出，…但也存在一些问题：…；…；…等问题。” (8 segments), the 要求 paragraph, and the unit head's 表态 一是…三是 (not problems).
- **report.html** — GB18030 (meta charset gb18030) page of the town government site: banner, menu, breadcrumb, an 信息公开 table (索引号, 发布机构, 成文日期, 公开方式 主动公开), the 通报 with 一、整改工作开展情况, 二、反馈问题整改进展情况 with （一）–（七） bold “关于…的问题” headings and 整改进展： paragraphs (一是… + （责任人：…；完成时限：…）), 三、下一步, comment period with phone and address, signature, page footer.""",
    dates="Feedback 2025-05-27 (the news text: “5月27日”, 发布时间 2025-05-28); 通报 dated 2025-08-19: 84 days. Not late.",
    problems=["贯彻落实“高效办成一件事”改革要求不到位 (41 of 68 services)", "窗口服务作风不实 (27% returned for more papers)",
              "代收代缴资金管理不规范 (insurance premiums held up to 23 days)", "违规收取证明材料费用 (0.36万 工本费)",
              "党支部组织生活不规范", "中心负责人履行“一岗双责”不到位", "编外人员管理不严 (3 untrained temps)",
              "上轮巡察反馈的窗口服务满意度评价不真实问题整改不到位"],
    answers="""（一）–（四） answer problems 1–4; problem 5 is skipped; （五）（六）（七） answer problems 6, 7, 8 (their headings restate the problems). Links: the first act of each.""",
    traps="""- All problems in one sentence separated by ；: count 8 segments, and do not count the 表态 一是…三是.
- The public page itself is the disclosure (主动公开, comment period, phone): must_not no-disclosure.
- No 领导小组 / 第一责任人: a staff meeting and “各窗口负责人” → weak-leadership; the 中心主任 appears only inside （五）, answering problem 6.
- （三） has accountability (批评教育, moved) but no rule → no-mechanism.
- （六）'s 责任人 “中心全体人员” → no-owner; its rule (先培训、后上岗) is fine.""",
    may="""- no-accountability on 7 (temps working unsupervised; nobody answers for hiring them untrained) — a management failing; debatable.
- inconsistent-claim: none — the 通报 makes no totals claim, so the silent gap at problem 5 is an unanswered-issue, not an inconsistency.""")


def gold_lines(g):
    out = []
    for lst in ("must_flag", "must_not_flag"):
        out.append(f"\n**{lst}** ({len(g[lst])})\n")
        for f in g[lst]:
            where = "document" if f["issue"] is None else f"problem {f['issue']}"
            out.append(f"- `{f['kind']}` — {where}: {f['why']}")
    out.append(f"\n**links** ({len(g['links'])})\n")
    for l in g["links"]:
        out.append(f"- problem {l['issue']} ← “{l['measure']}”")
    return out


for p, n in N.items():
    g = json.load(open(os.path.join(ROOT, p, "gold.json"), encoding="utf-8"))
    assert len(n["problems"]) == g["issues"], p
    lines = [f"# {n['title']}", "", "## Forms", n["forms"], "", "## Dates", n["dates"], "",
             f"## Problems in order ({g['issues']}; gold `issues` = {g['issues']})"]
    lines += [f"{i}. {t}" + ("" if g["answered"][str(i)] else " — **not answered**") for i, t in enumerate(n["problems"], 1)]
    lines += ["", "## How each problem is answered (links)", n["answers"], "", "## Gold entries and why"]
    lines += gold_lines(g)
    lines += ["", "## Traps", n["traps"], "", "## May report (debatable; not gold)", n["may"], ""]
    open(os.path.join(ROOT, p, "notes.md"), "w", encoding="utf-8").write("\n".join(lines))
    print(f"{p}/notes.md")
