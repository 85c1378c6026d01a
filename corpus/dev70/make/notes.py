"""Write p01..p10/notes.md: the hand-written form notes, problem list, traps and "may report" points below, followed by
every gold entry with its why (read back from gold.json, so notes and gold cannot drift). Run after make/gold.py."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

N = {}
N["p01"] = dict(
    title="蘩台县中医院党委 (county hospital of traditional Chinese medicine) — GOOD REPORT",
    forms="""- Feedback (`feedback.txt`, UTF-8 LF): formal 反馈意见 of the 县委第一巡察组, dated 2025-03-18; 一、巡察发现的主要问题 with three areas （一）（二）（三）…方面 and continuous 1．–7．, each “heading。detail”; 二、整改意见 （一）–（四） and the 三个月内 sentence are not problems.
- Report (`report.txt`, UTF-8 LF): the common 整改情况的报告, dated 2025-06-13 (87 days). 组织情况 with totals; six items 关于“…”的问题 with the field lines 整改措施/责任领导/责任科室/整改时限/整改进展; problems 6 and 7 are answered under ONE merged heading; accountability is not in the items but in a separate 三、追责问责情况 that names each problem by number (针对问题3 / 问题4 / 问题5).""",
    problems=["党委把方向、管大局作用发挥不充分", "推进中医药传承创新发展不够有力", "医保基金使用管理不规范", "违规发放津补贴",
              "药品耗材采购监管存在漏洞", "基层党支部建设不规范", "人才队伍建设滞后"],
    traps="""- The look-alikes of this set's gaps all sit here and are fine: 责任科室 “相关科室” (but a named 责任领导); 长期坚持 beside a dated first step (#2) or for a standing task (#7); accountability only in a closing section — but that section names problem, person and sanction; a merged heading (announced, specific to each problem).
- The totals add up (29 = 25 + 1 + 3, the one basically-done and three long-term measures named; 14.9万 = 8.7万 + 6.2万; 诫勉2 + 批评3 as listed; 3 new + 2 revised rules, all named).""",
    may="""- no-accountability #1 (9 purchases decided without 党委 前置研究): the report re-examines them and found nothing else; an inspector could still ask who let the 院长办公会 decide. Not gold either way.
- #2's third part (制剂 备案) depends on an outside office; an inspector could ask for a date for the first new preparations, not only the filing.""")
N["p02"] = dict(
    title="蒹水县城市照明管理所党支部 (county street-lighting office)",
    forms="""- Feedback (`feedback.txt`, UTF-8 LF): 巡察反馈问题清单 dated 2024-10-22, 问题1：…问题6： heading lines + 具体表现：. The intro (三个月内, 公开) and the closing paragraph (追缴, 依规依纪处理, “不能以‘长期坚持’代替具体时限”) are not problems.
- Report (`report.txt`, UTF-8 LF): preamble (领导小组, totals) + 整改台账 as ｜-separated text rows with seven fields 序号｜反馈问题｜整改措施｜责任领导｜责任股室｜完成时限｜整改状态, dated 2025-01-17 (87 days).""",
    problems=["落实县委县政府城市亮化部署打折扣", "党支部议事决策不规范", "路灯维护外包合同管理松弛", "车辆管理和值班补贴发放不规范",
              "安全生产责任落实不到位", "党员教育管理松散"],
    traps="""- Owner in one place, person elsewhere: row 5's 责任领导 cell is “/”, but its measure begins “由副所长郦云舟牵头” — not a gap. Row 4's “所领导班子 / 各股室” is named nowhere else — the gap.
- Status as deadline: row 3 “持续推进” for money still owed (gap) against row 6 “长期坚持” for a standing study regime whose concrete parts are already done and dated (fine).
- Row 1 is not a slogan list: it is the feedback's own words (背街小巷亮灯, 故障修复, 48小时) turned into promises under “正在整改。” — copied-measure.""",
    may="""- vague-measure #1: the copied text is also empty of acts; an inspector would mostly call it 照抄反馈意见, so only copied-measure is gold.
- Row 6's 党费 case: the report gives a 谈话提醒 only; some would want the 支部 to note it at a 党员大会.""")
N["p03"] = dict(
    title="薜山县果业发展中心党组 (county fruit-growing development centre)",
    forms="""- Feedback (`feedback.txt`, UTF-8 LF): 反馈意见 dated 2025-04-09, 一、…六、 each one paragraph “heading。detail”; the 整改要求 一要…四要 and the 三个月内 sentence are not problems.
- Report (`report.txt`, **GB18030**, LF): the principal leader's FIRST-PERSON 主要负责人组织落实巡察整改情况的报告 (“我作为…第一责任人”), answering in another order (5, 1, 3, 2, 4, 6) under （一）–（六）关于…的问题; dated 2025-07-25 — 107 days, after the 2025-07-09 limit; nothing in the text mentions the delay.""",
    problems=["学习贯彻上级决策部署有差距", "果苗采购项目廉政风险突出", "项目资金管理使用不规范", "违反中央八项规定精神问题时有发生",
              "党组织建设弱化", "干部队伍管理不严"],
    traps="""- Accountability only in a closing line for the whole report: “对巡察发现问题涉及的其他相关同志…分别进行了提醒谈话和批评教育” names neither a person nor a problem. For #2 — the one problem where a named staff member's spouse supplied the seedlings and the contracts were split — the item itself says nothing about any person: gap. For #4 the item names the 办公室主任 and a 诫勉谈话: fine.
- The report is well led (first person, meetings, site visits): weak-leadership is a counter-case here.
- Lateness is only visible by comparing the two dates.""",
    may="""- #2 could also be read as needing a re-check of the split contracts' prices, not only of the seedlings' quantity.
- #5's 预备党员 admitted without 政治审查: the 政审 was redone; some inspectors would ask whether the admission itself should be reconsidered.""")
N["p04"] = dict(
    title="蘼城县书画院党支部 (county calligraphy and painting academy)",
    forms="""- Feedback (`feedback.txt`, UTF-8 LF): the 巡察组组长's speech at the 反馈会, dated 2024-11-06; praise, then 第一，…第六， (one problem each), then 三点要求 一要…三要 (not problems) and the 三个月内 sentence.
- Report (`report.html`, UTF-8 LF): a public HTML 关于巡察整改进展情况的通报 with an 信息公开 header (索引号, 成文日期, 公开方式 主动公开), a totals paragraph, 1．–6．关于“…”问题的整改 + 整改情况： + a (责任人；完成时限) paragraph, a comment deadline and contact details; dated 2025-01-24 (79 days).""",
    problems=["落实意识形态工作责任制不到位", "馆藏作品管理混乱", "违规收取和分配创作费用", "公益性文化服务开展不够",
              "党支部政治功能弱化", "职工管理松弛"],
    traps="""- Figures that do not add up, written politely: the totals say 100% done and 15.8万 收缴, while item 3 has 12.6万 collected and 3.2万 still being chased, and item 2 has one work not yet returned. One document-level inconsistent-claim.
- Item 5 stacks slogans (提高政治站位、压实…责任、强化责任担当…深度融合…高质量党建引领…) — vague-measure; item 1 opens with a slogan too but then gives 三审, a sign-off book and two people dealt with — not vague.
- The counts of people and rules do add up (诫勉1 = item 3; 批评3 = item 1 ×2 + item 6; 5 rules named) — only the money and the completion claim are wrong.""",
    may="""- no-accountability #2: five works lent to individuals and not chased; the report recovers four and makes a rule, nobody is named. The speech's 严肃处理 was aimed mostly at the money; debatable.
- no-mechanism #5: item 5 has no rule, but it is already gold as vague-measure.""")
N["p05"] = dict(
    title="藟阳县湿地保护管理中心党组 (county wetland protection centre)",
    forms="""- Feedback (`feedback.txt`, UTF-8 LF): formal 反馈意见 dated 2025-05-20, （一）–（七） each “heading。detail”; 二、整改建议 （一）–（三） and the 三个月内 sentence are not problems.
- Report (`report.docx`, **DOCX**): centred bold title, bold section and item headings （一）–（七）关于…的问题, a body paragraph and a bracket line (责任领导；责任科室；完成时限) under each; dated 2025-08-15 (87 days).""",
    problems=["贯彻落实湿地保护决策部署不到位", "巡护监测工作不扎实", "生态补偿资金管理使用不规范", "违规使用公务用车和景区门票",
              "工程项目管理不规范", "发展党员工作不严格", "编外人员管理混乱"],
    traps="""- Weak leadership not written as an absence of a 领导小组: there IS one, but it is headed by the 党组副书记、副主任; the 党组书记、主任 never appears. Compare p07, where the 总经理 is only deputy to the 党委书记、董事长 (fine).
- 立行立改 twice: (六) is only “该问题已立行立改，整改到位。” (vague); (二) is labelled 立行立改 too but gives a start date and concrete acts (fine).
- Rule by name vs promised: (五) “出台《工程项目建设管理办法》” (fine); (三), a repeat problem, only “下一步，中心将研究制定…相关办法” — not counted in the totals' 3 rules either (gap).""",
    may="""- no-accountability #6: whoever put the 预备党员 to the vote before his 政审; hidden behind the empty answer, so only vague-measure is gold.
- no-accountability #1: the two illegal buildings delayed “以协调中为由”; one is now with the 自然资源局, so the report does act.""")
N["p06"] = dict(
    title="荇溪县技工学校党委 (county technical school)",
    forms="""- Feedback (`feedback.txt`, UTF-8 LF): formal 反馈意见 dated 2024-09-10, areas 一、二、三、…方面 with RESTARTING 1．2．(3．) — 2 + 3 + 2 = 7 problems; 四、整改意见 is not a problem.
- Report (`report.txt`, UTF-8 **CRLF**): 问题N：heading / 整改情况： / (责任领导；完成时限), renumbered 问题1–问题7 (the report says so), with a merged heading “问题4、问题5：…”; dated 2024-12-06 (87 days).""",
    problems=["党委领导作用发挥不充分", "服务地方产业发展不够紧密", "国家助学金发放审核不严", "实训设备采购验收不严",
              "违规向学生收取费用", "教师队伍建设和党员作用发挥不够", "基层党组织建设薄弱"],
    traps="""- Unanswered but named: 问题5 appears in the merged heading, but the text under it is only about the equipment; the 9.7万 资料费 is never refunded or mentioned. A tool that trusts headings will call it answered.
- The pasted paragraph (学校党委高度重视，召开专题会议…确保问题按期整改到位、取得实效) under 问题2 and 问题6 differs in its first clause and in one word (调度/督导) — still the same measure twice.
- Disclosure look-alike: “受助学生名单按规定在校园网公示” is the funding list; the rectification itself is published nowhere, although the feedback asked for it.""",
    may="""- vague-measure #2, #6: the pasted paragraph is also slogan-only; the inspector's word for it is 拼凑 (repeated), so only that is gold.
- no-accountability #2: the 96% 就业率 rested on self-reported 灵活就业 — a data-truth matter no one answers for; hidden behind the pasted paragraph.
- no-accountability #1: six cadre moves decided by the 校长办公会.""")
N["p07"] = dict(
    title="蓂川县城市建设投资集团有限公司党委 (county state-owned urban construction investment group)",
    forms="""- Feedback (`feedback.docx`, **DOCX**): 反馈意见 dated 2025-02-26, bold title, bold areas （一）（二）（三）在…方面, continuous 1．–7． paragraphs “heading。detail”; 二、整改意见 （一）–（四） and the 三个月内 sentence are not problems.
- Report (`report.txt`, **UTF-16 LE with BOM**, LF): 关于巡察整改进展情况的报告 dated 2025-05-23 (86 days), grouped BY STATUS — 二、已完成 / 三、基本完成 / 四、持续推进 — each item with its own short heading and a tag （对应问题N）, then 责任领导/责任部门/完成时间(时限) on one line.""",
    problems=["党委前置研究重大经营管理事项不落实", "主责主业聚焦不够", "工程项目管理存在廉洁风险", "国有资产出租管理不规范",
              "违规发放福利和超标准接待", "基层党组织建设薄弱", "干部人才队伍结构不优"],
    traps="""- 5 + 1 + 2 = 8 for 7 problems, while the groups hold 4 + 1 + 2. Only arithmetic against the section contents shows it.
- 长期坚持 twice in the 持续推进 group: for the 312万 arrears (216万 still owed, leases being renegotiated, suits pending) it replaces a date — gap; for talent structure it is the right answer beside dated concrete parts — fine.
- “责任主体：集团各基层党支部” puts the problem back on the branches; the feedback blamed the 集团党委's guidance. No leader anywhere for it.
- Leadership is fine here (党委书记、董事长 as 组长, 总经理 deputy) — the counter-case to p05.""",
    may="""- no-accountability #2: 640万 lost on a non-core tea trade; the report closes the business but names no one responsible for the loss. Many 国企 inspectors would raise 国有资产损失责任追究; the feedback did not ask for it in so many words.
- no-accountability #1: three investments decided before the 党委 — re-examined, nobody named.""")
N["p08"] = dict(
    title="蒨江县应急管理综合行政执法大队党支部 (county emergency-management enforcement brigade)",
    forms="""- Feedback (`feedback.txt`, UTF-8 LF): 反馈意见 dated 2024-12-03, 一、巡察发现的主要问题 with 1．–6． heading lines + 具体表现： lines; 二、整改要求 一要…三要 and the 三个月内 sentence are not problems.
- Report (`report.txt`, UTF-8 LF): 一、…六、关于…的问题 paragraphs with 一是… and a bracket (责任领导；责任中队；完成时限), then 七、追责问责情况 and 八、下一步; dated 2025-02-26 (85 days).""",
    problems=["安全生产执法检查“宽松软”", "执法程序不规范", "执法记录仪使用管理不规范", "执法人员廉洁风险突出",
              "党支部建设不规范", "辅助执法人员管理不到位"],
    traps="""- Accountability only for one problem: 七、追责问责情况 deals only with #2 (and #6's item names a 批评教育 itself); #4 — a shopping card taken and a fine cut by a 中队长 alone — gets 警示教育, a rule and 承诺书, nobody handled. The words 警示教育 and 承诺书 are not accountability.
- Two empty answers in different dress: 一、 stacks slogans (vague); 三、 is “已整改。” + the feedback's own words (copied).
- Look-alikes: 二、 opens by restating the problem, then acts (not copied); 五、 opens with a slogan, then acts (not vague); 责任中队 “各执法中队” beside a named 责任领导 (not no-owner).""",
    may="""- no-accountability #3: half a year's footage lost; the report says nothing about who failed to upload it, but it is already gold as copied-measure.
- no-mechanism #1: no rule on following up 重大隐患 firms; hidden behind the slogan answer.""")
N["p09"] = dict(
    title="葜原县政府采购中心党组 (county government procurement centre)",
    forms="""- Feedback (`feedback.txt`, UTF-8 LF): a 县纪委监委 website news item (发布时间 2025-06-06) on the 反馈会 of 2025-06-05: “巡察组指出…主要表现在：一是…；二是…；…六是…” in one paragraph; the 巡察组要求 paragraph (三个月内), the 表态 and the 移交 sentence are not problems.
- Report (`report.txt`, UTF-8 LF): the unit's own reworded headings （一）–（五） in another order (6, 1, 3, 4, 5) with a bracket (责任领导；完成时限); dated 2025-09-19 — 106 days, after the 2025-09-05 limit.""",
    problems=["落实政府采购领域“放管服”改革不到位", "对采购代理机构监管缺位", "评审专家抽取管理不规范",
              "违反中央八项规定精神问题仍有发生", "合同履约验收监督不力", "党组落实全面从严治党主体责任不够有力"],
    traps="""- A silent gap: problem 2 (代理机构) has no heading and no sentence; the reworded headings make the absence easy to miss. The report's totals (18 tasks, 15 done, 3 going) say nothing about problems, so they do not give it away.
- Rule by name vs promised in the same report: (三) “出台《评审专家抽取和回避管理规定》” (fine) against (五) “下一步，中心将研究制定《采购项目履约验收监督办法》” for a problem that came back after the last round (gap).
- Late only by the dates; the report's own last paragraph reads like a normal report.""",
    may="""- inconsistent-claim: 18 tasks / 15 done / 3 going cannot be checked against the items, and a whole problem is missing; not decidable from the text, so neither must_flag nor must_not_flag.
- vague-measure #5: it does report visits and 5 spot checks, so not slogan-only.""")
N["p10"] = dict(
    title="蕖丘县粮油质量监测站党支部 (county grain and oil quality monitoring station)",
    forms="""- Feedback (`feedback.txt`, **GB18030**, LF): 反馈问题清单 dated 2025-01-14, （一）–（六） heading lines + 问题表现： lines; the intro (三个月内, 公开) and the closing paragraph (书记亲自抓, 领导小组, 追回资金) are not problems.
- Report (`report.txt`, UTF-8 LF): preamble + 整改台账 as TAB-separated rows (序号 问题 整改措施 责任人 完成时限 整改状态), then 存在的不足 and 下一步; dated 2025-04-10 (86 days).""",
    problems=["落实粮食安全责任制不到位", "检验检测质量管理体系运行不规范", "委托检验收费管理不规范", "公用经费和公务用车管理松懈",
              "党支部组织生活不规范", "干部职工日常管理不严"],
    traps="""- Weak leadership written as routine: “站支部委员会召开会议进行了研究…明确由站办公室牵头统筹” — no 领导小组, no 第一责任人; the 支部书记 does not appear at all (rows are owned by deputies and the office head).
- Rows 2 and 5 carry the same boilerplate after different lead-ins (对检验检测质量管理问题 / 对党支部组织生活问题) — repeated; rows 3 and 4 share only a trailing “此后每季度对照检查一次” after their own acts — not repeated.
- Disclosure look-alike: “监测结果按规定在县粮食和物资储备局网站公示” is the test results.""",
    may="""- vague-measure #2, #5: the pasted text is also empty; gold keeps the inspector's main word (拼凑, repeated).
- no-accountability #2 and #5: altered records without signatures, records written by one person — behind the pasted text.
- #3: the 2.8万 spent on gifts was “returned by the staff who received them”; an inspector might ask who decided to keep the fees off the books (the 工会主席 got a 批评教育).""")

for name, n in N.items():
    g = json.load(open(os.path.join(ROOT, name, "gold.json"), encoding="utf-8"))
    out = [f"# {name} (d70-{name[1:]}) — {n['title']}", "", "## Forms", n["forms"], "",
           f"## Problems in feedback order ({g['issues']})"]
    out += [f"{i}. {p}" + ("" if g["answered"][str(i)] else " — **not answered**") for i, p in enumerate(n["problems"], 1)]
    assert len(n["problems"]) == g["issues"], name
    out += ["", "## Gold: must_flag"]
    out += [f"- `{f['kind']}` {('#' + str(f['issue'])) if f['issue'] else '(document)'}: {f['why']}" for f in g["must_flag"]] or ["- none (good report)"]
    out += ["", "## Gold: must_not_flag (look-alikes that are fine here)"]
    out += [f"- `{f['kind']}` {('#' + str(f['issue'])) if f['issue'] else '(document)'}: {f['why']}" for f in g["must_not_flag"]]
    out += ["", "## Gold: links (substring of a measure → problem)"]
    out += [f"- “{l['measure']}” → #{l['issue']}" for l in g["links"]]
    out += ["", "## Traps", n["traps"], "", "## May report (debatable; not gold)", n["may"], ""]
    open(os.path.join(ROOT, name, "notes.md"), "w", encoding="utf-8").write("\n".join(out))
    print(f"{name}/notes.md written")
