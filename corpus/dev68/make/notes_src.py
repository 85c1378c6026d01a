# Hand-written parts of each pair's notes.md (forms, problems in order, how counted, traps, may report).
# make/notes.py joins them with the gold entries from pNN/gold.json.
N = {}
N["p01"] = dict(
unit="蘅渚县农田建设服务中心党支部 (county 事业单位 for high-standard farmland)",
forms="""- Feedback (UTF-8, LF): formal 反馈意见 of 县委第三巡察组 dated （2025年4月15日）; 一、巡察发现的主要问题 with three areas
  （一）…方面 and continuous 1．–7． “heading。detail” lines; 二、整改意见 （一）–（四） and the three-month sentence.
- Report (UTF-8, LF): the ordinary 整改落实情况的报告 — 组织开展情况 with totals, then seven （N）关于“…”的问题 items each with
  整改措施：一是…/责任领导/责任股室/整改时限 (one line) and 整改成效：, 下一步, publication and a 监督电话. Dated 2025年7月4日.""",
problems="""1. 高标准农田建设任务推进不实 (1.8万亩 reported done, 1.26万亩 accepted)
2. 建后管护责任没有压实 (41万 held, no agreements)
3. 工程建设领域廉政风险防控薄弱 (4 variations, 23.7万)
4. 财务管理不规范 (6.4万 meals and gifts)
5. 违反中央八项规定精神 (car, meals)
6. 组织生活不严肃不规范
7. 审计整改不彻底 (15.2万 overpaid, 4.5万 recovered)""",
counting="Seven numbered 1．–7． items; praise sentence, 整改意见 and the deadline/disclosure sentences are not problems.",
traps="""- Good report: all seven answered with concrete acts, owners, dates, sanctions where someone did wrong, rules where a
  gap in rules caused the problem; totals add up (26 = 24 + 2 long-term; 17.1万 = 10.7 + 6.4; 1 + 1 + 4 sanctions; 3 + 2 rules).
- “长期坚持” beside dated sub-items (#2, #6) is a legitimate time limit for standing tasks.
- The 8.3万 核减 is not “recovered” money and is reported apart from the 17.1万.""",
may="""- #6: the 补写 of records is answered by the secretary's own 检视剖析, no sanction on whoever rewrote them; an inspector
  might ask who did it (not gold).
- #7: the original overpayment is handled by “函告其所在单位” for a transferred official; some would want more (not gold).""")

N["p02"] = dict(
unit="藿川县供应链管理有限公司党支部 (county state trading firm)",
forms="""- Feedback (UTF-8, LF): the 巡察组组长's speech at the 反馈会, dated under the title; 同志们, praise (先说成绩), then
  但也要清醒看到 and three 从…看 paragraphs with the problems in UNNUMBERED prose turning on 同时，/此外，/需要指出的是，/还有，;
  an unfounded complaint cleared (这一反映不属实); then 三点要求 一要…三要 and the three-month sentence.
- Report (GB18030, LF): by the firm's OWN THREE WORK LINES (二、经营线 / 三、内控线 / 四、党建线, each with a 牵头人), items
  （一）–（七） in the firm's own words, not the feedback's headings; totals, 下一步, disclosure. Dated 2025年6月27日.""",
problems="""1. 偏离保供稳价主责主业 (转口贸易 near 70% of revenue)
2. 业务风险把关流于形式 — 860万 prepaid, 312万 unrecovered (业务部经理 proposed, 分管副总 signed, 风控 blank)
3. “三重一大” 以总经理办公会代替党支部前置研究 (5 contracts)
4. 财务借款清理不及时 (3 staff, 19.5万)
5. 用人: 4 of 11 recruits are cadres' relatives, no notice, no exam
6. 党建与经营“两张皮” (no new members in 3 years)
7. 以“客户维护”为名的吃喝 (14.2万, 5.6万 without 公函)""",
counting="""Seven. 同时 in the 业务经营 paragraph opens a different failing (risk control on one deal) from the business mix, so it
is a problem of its own; 此外/需要指出的是/还有 each open one. The 仓储用房 complaint was found untrue (not a problem); 一要…三要
restate problem words and are requirements.""",
traps="""- Report item （五）加强人事管理 sits where problem 5 would be and revises the 绩效考核办法 — it does not touch hiring or
  relatives, so #5 is unanswered; a linker that matches on 人事/员工 will wrongly link it.
- The report's own （一）–（七） are not the feedback's numbers; #1 and #2 sit under 经营线, #3 #4 under 内控线.
- #2 has a rule and money being recovered but no one is dealt with: a no-accountability, not a no-mechanism.""",
may="""- #1: nobody is held to account for the drift from the main business; it is a strategy failing, not plainly misconduct (not gold).
- #6: 党建 measures have no dates (no-deadline would be debatable; not gold either way).""")

N["p03"] = dict(
unit="蕤溪县委两新工委 (县委非公有制经济组织和社会组织工作委员会, a Party organ)",
forms="""- Feedback (DOCX): a 函 from 县委第一巡察组 — short body with praise, 整改要求 一是…四是 (requirements), the three-month
  sentence, signature dated 2024年11月5日; after a page break an appended 附表 “巡察发现问题清单” as a Word TABLE
  (序号｜问题类别｜问题描述, rows 1–7).
- Report (UTF-8, LF): answers BY LIST NUMBER — （一）问题清单第1项、第2项 (MERGED), （二）第3项 … （六）第7项, then a trailing
  “此外，关于问题清单第4项中机关采购…” paragraph (4 is SPLIT); each with a bracket (责任人；完成时限). Dated 2025年1月24日.""",
problems="""1. 两新组织党组织覆盖底数不清 (23 dead entries, 17 firms not surveyed)
2. 党建指导员选派“挂名” (19 of 46)
3. 党费收缴管理不规范
4. 党建工作经费使用和机关采购不规范 (8.6万 souvenirs; no 询价)
5. 督查考核“重痕迹、轻实效”
6. 机关党支部组织生活不规范
7. 上轮巡察指出的社会组织党建薄弱问题整改不到位 (12 overdue 换届, 3 inactive)""",
counting="Seven table rows; the header row is not a problem; the 整改要求 一是…四是 in the letter body are requirements.",
traps="""- The same boilerplate paragraph answers 第5项 and 第6项 after different first clauses → repeated-measure on both.
- The merged answer for 第1项、第2项 is one section serving two problems with specific parts — not repeated.
- 第4项 is answered in two places; the second (采购) comes after the last numbered item.
- 第7项's 责任人 is “工委各科室”.""",
may="""- #5 and #6 are also slogans only, so vague-measure would be defensible; gold keeps the pasted paragraph as repeated-measure
  (not must_not for vague).
- 换届提醒机制 in #7 is a mechanism without a named rule; the totals count 4 named rules only (consistent).""")

N["p04"] = dict(
unit="葳塘县营商环境服务中心党支部 (county business-environment service centre)",
forms="""- Feedback (UTF-8, LF): formal 反馈意见 with 一、…七、 each “heading。detail” in one paragraph; a 移交 sentence;
  整改意见 （一）–（四）; signature dated 2025年5月20日.
- Report (UTF-8, LF): ordinary report, （N）关于…的问题 (restated without quotes) with 一是…二是… in one paragraph and a
  bracket （责任领导：…；责任科室：…；完成时限：…）; totals; 下一步 with publication. Dated 2025年8月8日.""",
problems="""1. 落实优化营商环境决策部署打折扣 (11 of 28 事项; 46 days)
2. 企业诉求办理“重办结、轻解决” (23 of 80 unresolved)
3. 涉企检查“多头查、重复查”
4. 廉政风险防控存在漏洞 (adviser fee 2.4万; 5 observers from agencies)
5. 财务和公务接待管理不规范 (9 batches; 3.1万)
6. 内部制度建设滞后
7. 党支部战斗堡垒作用发挥不够""",
counting="Seven 一、…七、; the 移交 sentence and 整改意见 are not problems.",
traps="""- #2's answer is the feedback's words turned into a promise (copied-measure); it still counts as answered.
- #4 has accountability but no rule; #6 (itself about missing rules) is answered with three rules — a counter-case.
- #1's time limit (2025-10-31) is after the report date; that is still a time limit.""",
may="""- #2 could also be called vague; gold keeps copied-measure only.
- #3's own answer has no named rule; the 《涉企联合检查统筹办法》 is under #6. Whether an inspector would raise
  no-mechanism on #3 is debatable (not gold either way).""")

N["p05"] = dict(
unit="薤城县医疗废物集中处置有限公司党支部 (county state firm for medical waste)",
forms="""- Feedback (UTF-8, LF): a 县委巡察办 website NEWS ITEM (发布时间 2024-12-03; the meeting “12月2日”): who attended,
  praise, then all problems in one sentence “巡察也发现了一些问题，主要有：一是…；二是…；…六是…”; the 巡察办 deputy's
  一要…四要 (requirements); the secretary's 表态; a 转交 sentence.
- Report (HTML, UTF-8): a public 整改进展情况的通报 web page (crumb, info line, h3 sections, （一）–（六）关于…的问题 paragraphs
  with 一是…, a comment period and contacts, 打印/关闭 footer). Dated 2025年2月20日.""",
problems="""1. 医疗废物收运处置责任落实不到位
2. 安全生产和环境风险管控薄弱 (7 exceedances unreported)
3. 处置费收费管理不规范
4. “三重一大”决策制度执行不严 (136万 overhaul)
5. 违规发放津补贴 (11.8万)
6. 基层党组织建设弱化""",
counting="Six 一是…六是 items in one sentence; each names one failing with its evidence after a comma.",
traps="""- The totals claim all 18 sub-problems done (100%) while items (一) and (二) describe a vehicle not yet delivered and an
  upgrade still under construction → inconsistent-claim.
- (六) is slogans only → vague-measure; it is still answered.
- The notice is itself public (no no-disclosure).""",
may="""- A public notice gives no per-item owners or time limits; an inspector screening it as the unit's report might ask for
  them, but notices rarely carry them (no-owner / no-deadline not gold, except the must_not on #2 which has a date).
- #1 and #3 name reprimands of low-level staff only; adequacy is debatable.""")

N["p06"] = dict(
unit="蓠阳县妇女儿童活动中心党支部 (county women's and children's activity centre)",
forms="""- Feedback (GB18030, LF): formal 反馈意见 whose problems run in UNNUMBERED PROSE on turns: 首先，/同时，(continues #1)/
  此外，/在安全管理方面，/值得注意的是，/另外，/从党的建设看，/还有，; a 究其原因 paragraph; a closing 要… paragraph with the
  three-month and disclosure sentence; signature dated 2025年6月16日.
- Report (UTF-8, LF): a short preamble with totals, then the 整改台账 as ｜-separated text rows (序号｜反馈问题｜整改措施｜
  责任人｜完成时限｜完成情况), #3 split into rows 3-1 and 3-2; a 以案促改 paragraph and 下一步. Dated 2025年9月5日.""",
problems="""1. 公益属性有所淡化 (27 paid classes; 同时 holiday opening cut — same problem)
2. 收费资金管理不合规 (9.8万 collected by the partner)
3. 安全管理隐患 (3 rides out of inspection; blocked exits)
4. 副主任未按规定回避 (spouse's firm)
5. 变相公款旅游 (1.3万)
6. 意识形态阵地管理不严 (公众号)
7. 上轮巡察指出的档案管理混乱问题整改不到位""",
counting="""Seven. 同时 in the first paragraph gives more evidence of problem 1 (holiday hours given to paid classes), so it is not
a new problem; every other turn opens one. 究其原因 and the closing requirements are not problems.""",
traps="""- Row 6's 责任人 is “相关人员” (no-owner); row 7's 完成时限 is “适时推进” with status 正在整理 (no-deadline).
- No disclosure anywhere; the fee 公示 in the hall (row 1) and the price 备案 (row 2) are false friends.
- #3 is split over two rows.""",
may="""- #2: the 9.8万 was collected by the 副主任's spouse's firm; nobody is named for the money itself beyond #4's sanction —
  an inspector might want it tied explicitly (not gold).
- #7 also has no rule for archives; with the date missing, no-mechanism there is debatable (not gold).""")

N["p07"] = dict(
unit="芣山县蕨坪镇综合行政执法队党支部 (township comprehensive law-enforcement team, 专项巡察)",
forms="""- Feedback (UTF-8, LF): 专项巡察 反馈意见 dated under the title; 一、巡察发现的问题 with （一）–（六） heading lines each
  followed by a 具体表现： line; 二、整改意见 （一）–（四） and the three-month sentence.
- Report (UTF-16 LE with BOM, LF): 问题N：heading / 整改情况：一是… with “责任人：…，完成时限：…，已完成。” at the end;
  a 自查 paragraph, 下一步 and publication. Dated 2025年11月14日.""",
problems="""1. 执法行为不规范，“以罚代管”问题突出
2. 罚没款和暂扣物品管理混乱
3. 执法人员资格管理不严
4. 违反中央八项规定精神问题时有发生
5. 党支部建设薄弱
6. 群众投诉处置不及时""",
counting="Six （N） headings; 具体表现 lines are evidence; 整改意见 are requirements.",
traps="""- Organisation: a 队务会议 and “由综合办公室统筹整改工作”; no 领导小组, no 第一责任人, the secretary-captain never shown
  deploying — although 整改意见（一） asked for both → weak-leadership. “巡察工作领导小组办公室” in the address line is
  the inspectors' office, not a leading group of the unit.
- 问题5 is slogans only (vague-measure); its owner (the secretary) and 长期坚持 are present.""",
may="""- #1: 先处罚后补取证 is misconduct by someone, but the report names no one; an inspector could raise no-accountability
  (not gold).
- #6: 47 overdue complaints, nobody named; debatable.""")

N["p08"] = dict(
unit="蒨原县草原工作站党支部 (county grassland station)",
forms="""- Feedback (UTF-8, LF): formal 反馈意见; areas 一、在…方面 with RESTARTING 1．2．(3．) “heading。detail”; a 移交 sentence; a
  one-paragraph 整改意见 一是…四是; signature dated 2025年3月25日.
- Report (DOCX, bold headings): ordinary report — 组织情况 with totals, seven bold （N）关于“…”的问题 headings each followed by
  field paragraphs 整改措施：/责任领导：/责任股室：/完成时限：/整改进展：; 下一步 and publication. Dated 2025年6月13日.""",
problems="""1. 草原禁牧和草畜平衡政策落实不到位
2. 草原生态保护补助奖励资金审核把关不严 (11 people, 4.7万)
3. 项目建设管理不规范 (186万 split into 5 lots, contractor picked by the 副站长)
4. 报销审核存在明显漏洞 (1.6万 twice paid; no review rules)
5. 违反中央八项规定精神问题仍有发生
6. 党支部组织生活不规范
7. 上轮审计发现问题整改不到位 (38万 equipment off the books)""",
counting="Restarting lists: 2 + 3 + 2 = 7, numbered in order of appearance.",
traps="""- #3: rule rewritten, work checked, nobody dealt with → no-accountability (the rule is a must_not no-mechanism).
- #4: money back and 6 reprimands, no rule although the feedback names its absence → no-mechanism (accountability is
  a must_not).""",
may="""- #1: 2 草管员 dismissed; whether the station staff who failed to supervise should be named is debatable.
- #6 has no rule; it is a routine-practice item and would rarely be flagged.""")

N["p09"] = dict(
unit="蘩江县养老服务指导中心党支部 (county elderly-care guidance centre)",
forms="""- Feedback (UTF-8, LF): 反馈意见 “在反馈会上宣读”, dated; problems in three area paragraphs 在…方面，一是…；二是…
  RESTARTING (3 + 2 + 2); then 一要…四要 and the sentence asking for both reports and publication.
- Report (UTF-8, LF): the PRINCIPAL LEADER's FIRST-PERSON 组织落实整改情况报告 (the team report “另行报送”): 一、我履行
  第一责任人职责的情况 (一是…四是), totals with an all-done claim, then own grouped headings （一） merging #1 + #4,
  （二）#2, （三）#5, （四） merging #6 + #7; #3 absent. Signed and dated 2025年4月10日.""",
problems="""1. 高龄津贴发放审核不严 (16 deceased, 2.9万)
2. 政府购买居家养老服务监管缺位 (22 of 60 households)
3. 农村互助幸福院建成后闲置 (9 of 26)
4. 养老机构运营补贴拨付把关不严 (18.5万)
5. 违反中央八项规定精神 (外省考察, 3.6万)
6. “三会一课”开展不经常
7. 干部队伍建设薄弱 (4 seconded out)""",
counting="Restarting 一是 per paragraph: 3 + 2 + 2 = 7; the area phrases are not problems; 一要…四要 are requirements.",
traps="""- #3 is nowhere in the report (unanswered), though 一要…四要 names it again.
- （二） has no date at all and its rule is “正在起草…逐步完善” (no-deadline).
- “7个问题已全部整改到位，22项整改措施全部落实” against （二）'s draft and the missing #3 (inconsistent-claim).
- Merged sections （一） and （四） carry separate parts for each problem: answered, not repeated.""",
may="""- #2 has no sanction for the service providers' inflated hours or for whoever paid them; debatable.
- The team report is said to be sent separately; nothing to flag from this document alone.""")

N["p10"] = dict(
unit="荇陂县知识产权服务中心党支部 (county IP service centre)",
forms="""- Feedback (UTF-8, LF): 反馈问题清单 — intro with the feedback date, then 问题1：heading / 具体表现：detail ×7, then
  整改要求 一、…四、 (requirements) and signature dated 2024年10月16日.
- Report (UTF-8, CRLF): ordinary report; （N）关于“…”的问题 with separate lines 整改措施：/责任领导：/完成时限：/整改结果：;
  下一步 without publication. Dated 2025年1月22日.""",
problems="""1. 专利资助资金审核把关不严 (37 patents, 9.2万)
2. 知识产权维权援助服务不到位
3. 对专利代理机构的监管存在廉政风险 (科长裴思远 steering firms)
4. 财务管理不规范 (7.8万 without contract)
5. 违反中央八项规定精神问题仍有发生
6. 党支部组织生活质量不高
7. 意识形态工作责任制落实不到位""",
counting="Seven 问题N：; 具体表现 lines are evidence; 整改要求 are requirements.",
traps="""- #3: the named 科长 is never mentioned; list, rule and a box only → no-accountability (the rule is a must_not no-mechanism).
- Late: 98 days after the feedback.
- No disclosure: the agency 名录 “在中心网站…发布” and the 更正说明 are false friends.""",
may="""- #2 (6 answers overdue) names nobody; it is a service failing, debatable.
- #4: only the 经办人 is reprimanded for a 7.8万 payment without contract; whether the approver should be is debatable.""")
