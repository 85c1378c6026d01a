"""Write p01..p10/notes.md: the hand-written description of each pair (forms, problems in order, how they were
counted, traps, debatable "may report" points) followed by every gold entry with its why, read from gold.json so the two
never disagree. Run after gold.py: python3 make/notes.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

N = {}
N["p01"] = dict(
    unit="蕤岱县地方病防治所党支部 (county endemic-disease control institute)",
    files="feedback.txt UTF-8 LF; report.txt UTF-8 LF",
    dates="feedback meeting 2025-05-20 (three-month limit stated); report 2025-08-12 → 84 days, on time",
    fb="Formal speech by the 巡察组组长 at the 反馈会 (同志们… / 谢谢大家): inspection facts, 书记专题会议, praise, then problems in unnumbered paragraphs opened by turns — 但是…先说业务上的事 / 同时也要看到 / 在经费使用上 / 还有一个情况，大家要引起重视 / 从组织建设来看 / 另外 — then a cleared petition, a 原因 paragraph, 一要…三要 and the deadline sentence.",
    rp="The common 关于“…”的问题 report: 组织推进 preamble with a stats line, six items each with 整改措施/责任领导/责任科室/整改时限/整改成效, 下一步, disclosure. GOOD REPORT.",
    problems=["2024 氟中毒 monitoring: 31 of 46 villages done, 46 reported (数据不实)", "主体责任 for clean governance not pressed (1 meeting since 2023, no reminders)",
              "12.6万 of central project funds used for the façade (挤占挪用)", "double travel allowances during field trips, 3.2万 (八项规定/财经纪律)",
              "organisational life not serious (toothless criticism, 2 党课 in 2024)", "2021 audit finding not rectified: 2 devices (8.3万) unaccounted for"],
    count="Six paragraphs, one failing each. Not problems: praise; the petition about relatives and 消杀 (checked, 不列入反馈问题); the 原因 paragraph; 一要…三要 (they repeat problem words); the deadline/publicity sentence. Problem 5's two facts (criticism, 党课/主题党日) are evidence of one failing (组织生活不严肃).",
    traps="一要 repeats 监测数据不实, 挤占项目资金, 多领补助: requirements, not new problems. Item （五） of the report opens by restating 辣味不足 and then acts (not copied). 长期坚持 appears beside real dates.",
    may="Nothing an experienced inspector would press. One could ask whether the 2 long-term measures should have been counted as unfinished, but the report names them and their yearly dates.")
N["p02"] = dict(
    unit="薤滨县蔬菜产业发展中心党支部 (county vegetable-industry service centre)",
    files="feedback.txt UTF-8 LF; report.txt GB18030 LF",
    dates="feedback 2025-05-08 (news item of 2025-05-09 states the three-month rule); report 2025-09-02 → 117 days, LATE",
    fb="A 纪委监委 website news item on the feedback meeting: who attended, the 组长's praise (including a 立行立改 item), then problems in reported speech — 同时指出…在贯彻落实上级决策部署方面 / 惠农补贴… / 巡察组还指出 / 服务基层的作风也有待改进 / 在党的建设方面，反馈指出 / 此外 — the 巡察办's 要求, the director's 表态 一是…三是, the deadline sentence and a phone number.",
    rp="The secretary-director's first-person report (主要负责人组织落实整改情况报告): how I organised it, then six items with 关于…的问题 headings in the order 2, 3, 1, 5, 6, 4, a self-critical 不足 section, disclosure.",
    problems=["设施蔬菜提升工程 behind (96 of 280亩), funds idle", "subsidy checks lax: 4.5万 to 3 households who grew nothing, signed off unchecked",
              "a 46万 purchase split into 4 contracts to avoid tendering", "field service 打卡式, copied service ledgers",
              "党费 under-paid (6800元), loose member management", "公众号 without a publication check, false price posts"],
    count="Six failings, each introduced by a reporting verb or an area phrase. Not problems: the 育苗棚租金 立行立改 (praise), the 巡察办's 要求, the 表态 一是…三是, the deadline and phone sentence. Problem 1's idle funds are part of the same delay.",
    traps="The 表态 uses 一是…三是 like a problem list. The report's own order differs from the feedback's. In (二) the secretary's own 检讨 and the 股长's 诫勉 count as accountability for problem 3.",
    may="no-owner / no-deadline on problem 4 (the slogan answer names nobody and no date) — subsumed by vague-measure. copied-measure on 4 (“坚决杜绝走过场” echoes the feedback) — the answer is slogans rather than a restatement. no-accountability on problem 5 (nobody is blamed for under-collected dues) — a remedy by repayment is usual.")
N["p03"] = dict(
    unit="蘩岭县温泉旅游度假区党工委 (hot-spring resort management committee)",
    files="feedback.txt UTF-8 LF; report.txt UTF-8 LF",
    dates="feedback 2025-04-15 (三个月内 stated); report 2025-07-08 → 84 days, on time",
    fb="A 县委常委、常务副县长's speech after the group's reading, quoting the group (巡察组指出 / 巡察组还讲到 / 反馈中讲到 / 还有一条 / 巡察组也指出了 / 在选人用人上 / 此外，巡察组发现), with a settled old problem praised (停车场收费) and three “到位” requirements.",
    rp="Short preamble (领导小组, stats) + a ｜-separated 整改台账 (序号｜反馈问题｜主要整改措施｜责任领导｜责任部门｜整改时限｜完成情况), 7 rows, then 下一步. No disclosure.",
    problems=["规划 not respected: hotel extension at the ecological red line without review", "招商 figures inflated (18亿 reported, ~6亿 real)",
              "“三重一大” decided by the director's office meeting instead of the 党工委", "14 state-owned shops let below market without tender (~60万 lost)",
              "公款旅游 under the name of 考察学习 (3.8万)", "5 contract staff hired without notice or exam, 3 relatives of cadres",
              "“两新” party building blank in 3 firms"],
    count="Seven quoted findings. Not problems: the leader's agreement and 两层意思 framing, the settled 停车场 item (整改是到位的), the three 到位 (they repeat 违规扩建、商铺低价出租、公款旅游 and the rule areas), the deadline.",
    traps="公开招租 and 公开考试 in the ledger are not disclosure. Row 7's 责任领导 is a slash and 责任部门 “相关部门”. Row 2 has a responsible leader but “视项目推进情况确定” as its time limit.",
    may="no-accountability on problem 3 (nobody is held to account for bypassing the 党工委) — a procedural failing of the whole team; the report rewrites the rules and re-examines the 9 items.")
N["p04"] = dict(
    unit="茺阳县防沙治沙工作站党支部 (sand-control station)",
    files="feedback.txt UTF-8 LF; report.txt UTF-8 CRLF",
    dates="feedback 2025-06-05 (三个月内 stated); report 2025-08-26 → 82 days, on time",
    fb="A colloquial recording transcript (根据录音整理，未经本人审阅) of the 组长's talk: greetings, jokes, laughter in brackets, praise and an aside about the 沙枣树, then 头一个事 / 第二个 / 再一个 / 还有 / 再说学习 / 最后一个, an interjection by the station head and the answer, the 苗木 matter repeated near the end, and 三句话 requirements.",
    rp="问题N：(short restated heading) / 整改情况： paragraph / one field line 责任领导　责任股室　完成时限, after a preamble that claims everything done.",
    problems=["afforestation over-reported (1200亩 reported, <700 up to standard), self-inspection", "seedlings bought from the head's brother-in-law's nursery (28万), no price comparison, no recusal",
              "2 absent forest rangers still paid (1.9万), patrol records signed for them", "the pickup used privately on weekends",
              "theory study = reading documents, copied notes", "100+ vouchers paid without approval signatures; the 2013 报销制度 never revised"],
    count="Six spoken ordinals. The repeated 苗木 remark (我再啰嗦一句) is problem 2 again and is not counted twice; the interjection and the reply are about problem 1. Not problems: praise, the 沙枣树 aside, the 三句话 (they repeat 公车/苗木/护林员 and 报销/制度).",
    traps="The report's 问题6 heading restates only half of the problem (signatures) and its answer fixes the vouchers but no rule. The 2026 replanting date sits under an all-done claim.",
    may="no-accountability on problem 6 (nobody is named for paying unsigned vouchers). vague-measure on problem 5 as well as copied-measure. no-deadline on 5 (长期坚持 for a promise).")
N["p05"] = dict(
    unit="蘼川县通用机场运营有限公司党支部 (county-owned general-aviation airport company)",
    files="feedback.txt UTF-8 LF; report.txt UTF-16 LE with BOM, LF",
    dates="group's feedback 2025-06-17 (speech of 2025-06-20 states the limit 9月17日); report 2025-09-10 → 85 days, on time",
    fb="The company's own secretary-chairman's speech at the 整改动员部署会, restating what the group said (我归纳一下，主要是六个方面): 首先 / 其次 / 再次 / 另外 / 还有 / 最后, each with his own self-critical comment; a 移交 clue expressly not a problem; three “必须”.",
    rp="By number only: 一、针对反馈意见第一个问题 … 五、…第五个问题, each a paragraph plus a 牵头领导/责任部门/完成时限/完成情况 line; nothing for the sixth; the same boilerplate paragraph under 二 and 三 after different first clauses; an 整改工作专班 under the 综合管理部.",
    problems=["safety basis weak: back-filled inspection records, broken bird-repelling gear", "260万 low-altitude tourism project without feasibility study, 140万 loss",
              "fuel contract not legally reviewed; 52万 of a 90万 prepayment unsettled", "46万 bonus paid above the approved wage bill",
              "no 党支部前置研究 list; big decisions bypass the branch", "航空体验 hospitality: 17 flights without 公函, over-standard meals"],
    count="The speaker announces six and names them with six ordinal words. Not problems: the praise the group gave, the 移交 clue, the three 必须, the deadline.",
    traps="The pasted paragraph under 二 and 三 starts with different clauses (针对投资决策方面的问题 / 针对合同和资金管理方面的问题) and then runs word for word. 五 names the tourism project and the fuel contract of problems 2 and 3 but is specific to problem 5.",
    may="vague-measure on 2 and 3 (the pasted paragraph is also a slogan). The speech itself shows the chairman deploying the work on 6-20; the report, however, shows no 领导小组, no 第一责任人 and no role for him afterwards, which is why weak-leadership is gold.")
N["p06"] = dict(
    unit="荪崖县渡运管理站党支部 (county ferry management station)",
    files="feedback.txt UTF-8 LF; report.docx DOCX (bold headings)",
    dates="feedback 2025-03-27 (三个月内 stated); report 2025-06-20 → 85 days, on time",
    fb="The group's feedback letter written as a NARRATIVE of its route (我们先到的是篙湾渡口 / 在篙湾和下游的苘口 / 从渡口回来 / 我们还赶上了一次夜里的江面大风 / 在对账的时候 / 最后说站里的党支部), each stop ending in a judging sentence; a cleared petition (回扣 — 予以澄清).",
    rp="DOCX: bold title, bold 一、二、三 and bold （一）关于…的问题 headings, a measures paragraph and one field paragraph (责任领导；责任股室；完成时限；整改进展) each.",
    problems=["ferry safety supervision on paper only (19 aboard a 12-seat boat, 8 life jackets, 各项正常)", "ferrymen's allowances collected and signed for by one staff member, 8000元 short",
              "85万 provincial boat-renewal grant idle for two years", "duty phone unanswered, roster names without people",
              "ticket money (5.6万) kept and spent at two ferries (坐收坐支)", "2 floating members lost for a year, no dues, no action"],
    count="Six findings, one per stop of the route, each ending in a judging sentence. Not problems: the method paragraph, the cleared 回扣 petition, the closing request.",
    traps="No numbering at all in the feedback; the petition paragraph has failing-sounding words (吃了回扣) but is cleared. In the report, 2 and 5 are close in money matters; only 2 names a sanction.",
    may="no-accountability on 4 (the two people on duty that night). vague-measure on 3 is not raised: the boats are contracted with a date.")
N["p07"] = dict(
    unit="萩塘县煤炭工业服务中心党支部 (county coal-industry service centre)",
    files="feedback.docx DOCX (bold title only); report.txt UTF-8 LF",
    dates="feedback 2025-02-26 (三个月内 stated); report 2025-06-13 → 107 days, LATE",
    fb="DOCX speech by the 组长: six unnumbered 从…看 paragraphs, each praising first and then turning (但是 / 不过 / 可是也有例外 / 问题在于 / 但); the 从履行服务职能看 paragraph holds two separate failings (training quality; training fees); a closing 希望 paragraph.",
    rp="一、关于…的问题 headings, 一是…四是 inside each paragraph, a closing bracket (责任领导：…；完成时限：…).",
    problems=["closed mines not followed up: 4 of 6 sealed shafts never re-checked, one seal broken", "safety training: signatures and answers faked for 40+ trainees",
              "18.6万 training fees kept in the union account, partly spent on gifts", "2 meals paid by mining firms during inspections, gifts taken",
              "3 middle managers appointed without recommendation or vetting", "branch term overdue 8 months, 2 seats vacant",
              "2021 finding (technical archives) marked done but not done"],
    count="Seven: six 从…看 paragraphs, the second holding two distinct matters (同在这项工作上，培训费的管理也不规范 opens the second). Not problems: the praise clauses, the 希望 paragraph (it repeats 宴请、培训费、虚假销号 and the rule areas).",
    traps="Praise and problem share each paragraph. Item 七's heading restates the problem but the measures are real. Item 六's bracket has a date but no leader.",
    may="inconsistent-claim: “23项整改措施全部完成” while item 五 is 长期坚持 — a promise rather than a pending task, so not gold. no-accountability on 5 (the director who appointed without procedure).")
N["p08"] = dict(
    unit="蓂溪县旅行社有限责任公司党支部 (county-owned travel agency)",
    files="feedback.html UTF-8 LF (web page); report.txt UTF-8 LF",
    dates="feedback 2025-07-03 (interview published 2025-07-07, three-month rule stated); 通报 2025-09-25 → 84 days, on time",
    fb="An HTML interview on the 纪委监委 website (记者：… / 乔晚枫：…) with page chrome (breadcrumb, share, related links, footer): the problems sit inside the answers — 最突出的 / 第二个让我们警惕的 / 有两个问题比较典型。一个是…另一个是… / 有。… / 党的建设 — plus a question on clues (移交, not a problem) and one on requirements.",
    rp="A public 整改进展情况的通报 with 索引号/发布机构/成文日期/公开方式 header, organisation, a totals paragraph, 1．–6．关于“…”的问题 with 整改情况： and a bracket, 下一步, comment channels.",
    problems=["the branch has no say in major decisions (680万 contract by the manager alone)", "“带队劳务费” 12.4万 paid to schools' teachers (bribery risk)",
              "3 contracted shops owe 31万, not pursued", "8.7万 reimbursed on non-compliant invoices",
              "leaders took family on 踩线考察 at company cost (1.6万)", "no political guidance of young staff: no new members in 3 years, few meetings"],
    count="Six, the third answer holding two (一个是…另一个是…). Not problems: the editor's note, the overall impression, the 移交 clue, the three requirements, the footer and related links.",
    traps="The interview questions look like headings. The totals paragraph contradicts the items twice (all done vs a lawsuit; 43.4万 vs 23.2万).",
    may="no-accountability on 3 (nobody blamed for not pursuing the fees) — the fees are being recovered and litigated.")
N["p09"] = dict(
    unit="蕖坪县社区戒毒康复指导中心党支部 (community drug-rehabilitation guidance centre)",
    files="feedback.txt UTF-8 LF; report.txt UTF-8 LF",
    dates="feedback meeting 2025-08-19 (minutes of 08-20 fix 11月19日); report 2025-11-10 → 83 days, on time",
    fb="会议纪要 of the feedback meeting: header (期号, 时间/地点/主持/出席/参加/记录), 一、巡察组反馈情况 with praise and the six problems as 第一，…第六， inside one paragraph, the group's 要求, 二、巡察办讲话要点 一是…三是, 三、表态 一是…三是, 四、会议议定事项 （一）–（三）, 送 line.",
    rp="The unit's own short headings in another order — （一）堵住管控漏洞 (1), （二）挤干就业帮扶的“水分” (4), （三）规范专项经费使用 (2), （四）管好社工队伍 (3), （五）严格党内组织生活 (6) — each followed by one field line 责任人　完成时限　目前进展; nothing on problem 5; no publication.",
    problems=["5 of 28 clients without urine tests for 6+ months, data entry late (脱管 risk)", "7.2万 of anti-drug funds spent on unrelated furniture and a camera",
              "2 social workers moonlighting, full attendance recorded, 3.6万 paid", "employment help inflated (21 reported, 9 real)",
              "clients' names, ID numbers and addresses sent in chat groups with outsiders", "三会一课 not held (5 committee meetings, 1 党课, copied minutes)"],
    count="Six ordinals in the group's paragraph. Not problems: the group's 要求, the 巡察办's three points (one repeats 脱管风险), the 表态, the 议定事项 (they are dates and tasks).",
    traps="Minutes carry several numbered lists that are not problems. The report's own headings share no words with the feedback for problems 4 and 6.",
    may="no-accountability on 5 — moot, the problem is unanswered. no-accountability on 6 — not needed.")
N["p10"] = dict(
    unit="葍河县水利局党组 (county water-resources bureau)",
    files="feedback.txt GB18030 LF; report.txt UTF-8 LF",
    dates="feedback 2025-09-09 (deadline 12月9日 stated); report 2025-12-03 → 85 days, on time",
    fb="A semi-spoken 组长's speech (书面的反馈意见会后交给局党组，我这里不照着念): praise, then 下面讲问题，一共七个 and 第一个问题 … 第七个问题 opening paragraphs, an aside (插一句题外话) about a 立行立改 item expressly not a problem, a root-cause sentence and requirements 一是…四是.",
    rp="关于“…”的问题 with 整改措施/责任领导/责任单位/整改时限/整改进展; problems 2 and 3 merged under one heading; the preamble has the bureau's 党组 and its office only.",
    problems=["illegal sand piles in the river left 14 months after a notice", "rural water works accepted without pressure tests, supply failing in 3 villages",
              "2 reservoir projects built before tendering", "63万 of soil-conservation fees not collected without approval",
              "14.8万 “防汛值班补助” paid to everyone (disguised allowance)", "5 cadres seconded from subordinate units for over two years",
              "party points system filled in at year end; party work detached from business"],
    count="Seven spoken ordinals, announced (一共七个). Not problems: the web-link aside (不再作为问题反馈), the root-cause sentence, the 一是…四是 requirements.",
    traps="The merged heading answers two problems at once. Item 1 names an owner and accountability but no date. The preamble's 办公室负责统筹协调 is the only leadership sign.",
    may="no-disclosure: the report only says it “将在县政府门户网站公开” (future) — usual wording, not gold.")

for name, n in N.items():
    g = json.load(open(os.path.join(ROOT, name, "gold.json"), encoding="utf-8"))
    out = [f"# {name} (pair id d73-{name[1:]}) — {n['unit']}", "",
           f"Files: {n['files']}.  ", f"Dates: {n['dates']}.", "",
           "## Forms", f"- Feedback: {n['fb']}", f"- Report: {n['rp']}", "",
           f"## Problems in order ({g['issues']})"]
    out += [f"{i}. {p}" for i, p in enumerate(n["problems"], 1)]
    assert len(n["problems"]) == g["issues"], name
    out += ["", "## How they were counted", n["count"], "", "## Gold entries"]
    out.append("answered: " + ", ".join(f"{k}={'yes' if v else 'NO'}" for k, v in g["answered"].items()))
    out.append("")
    out.append("must_flag:" if g["must_flag"] else "must_flag: none — good report.")
    out += [f"- {f['kind']} #{f['issue'] if f['issue'] is not None else '—'}: {f['why']}" for f in g["must_flag"]]
    out += ["", "must_not_flag:"]
    out += [f"- {f['kind']} #{f['issue'] if f['issue'] is not None else '—'}: {f['why']}" for f in g["must_not_flag"]]
    out += ["", "links (exact substrings of the report's visible text):"]
    out += [f"- #{l['issue']}: {l['measure']}" for l in g["links"]]
    out += ["", "## Traps", n["traps"], "", "## May report (debatable; not in the gold)", n["may"], ""]
    open(os.path.join(ROOT, name, "notes.md"), "w", encoding="utf-8").write("\n".join(out))
    print(f"{name}/notes.md")
