"""Write p01..p10/notes.md for dev49: the hand-written parts below (forms, problems in order, traps, "may report")
plus every gold entry with its why, read back from gold.json so notes and gold cannot drift.
Run after gold.py: python3 make/notes.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

N = {}
N["p01"] = dict(
    title="d49-01 薁城县委统战部 (Party department) — GOOD REPORT",
    files="feedback.txt UTF-8 LF; report.txt UTF-8 LF",
    dates="feedback 2025-05-20 (signed by the 巡察组; 三个月内 stated); report 2025-08-08 → 80 days",
    forms="Feedback: formal 反馈意见 — preamble, praise, 一、巡察发现的主要问题 with three areas （一）（二）（三）…方面 and continuous 1．–7．, each line “heading。detail”; 二、整改意见 （一）–（四）; 移交 and deadline sentence. Report: the common 关于“…”的问题的整改情况 report — 一、整改工作组织情况 (领导小组, 三张清单, stats), 二、 seven （N）关于“…”的问题的整改情况 items, each with 整改措施/责任领导/责任科室/整改时限/整改进展 lines; 三、下一步 with disclosure.",
    problems=["理论学习与工作实践结合不紧", "宗教事务监管存在薄弱环节", "对非公有制经济人士的联系引导不够", "管党治党责任压得不实", "财务管理不规范 (2.7万)", "机关党支部组织生活不严肃", "统战干部队伍建设滞后"],
    not_problems="二、整改意见 （一）–（四）; the 移交 sentence; the three-month sentence.",
    traps=["(四) opens with 深刻反思 — a slogan opening before real acts.", "(六) opens by restating the problem title before acts.", "整改时限 lines with “此后长期坚持” beside a date.", "Stats line names its two long-term measures so 23 + 2 = 25 is checkable."],
    may=["No-accountability on #2 (3 场所 accounts kept by individuals): the report moves the accounts to a 财务小组 but names no one; the feedback does not say anyone did wrong, so this is left to judgement."])
N["p02"] = dict(
    title="d49-02 市生态环境局蕹江分局党组 (ecology sub-bureau, 市委巡察)",
    files="feedback.txt UTF-8 LF; report.txt GB18030 LF",
    dates="speech 2025-06-17 with “反馈之日起三个月内”; report 2025-10-13 → 118 days (late)",
    forms="Feedback: the 巡察组组长's 反馈会 speech — 同志们, 一、基本评价, 二、发现的主要问题 with 第一，…第六， in one paragraph each, a 原因 sentence, 三、整改要求 一要…三要, the three-month sentence. Report: the 党组书记、局长's FIRST-PERSON report on organising the rectification — 一、我是如何组织整改的; 二、 six own headings （一）关于…问题 in the order 4,1,2,3,6,5, each a paragraph with “分管副局长…负责” and “完成时间：”; 三、不足和下一步.",
    problems=["落实生态环境保护决策部署打了折扣", "行政执法宽严失度", "环境监测数据质量把关不严 (inlets blocked)", "廉政风险防控存在明显短板 (亲属代办环评, 车辆)", "基层党组织建设不够规范", "干部队伍能力与任务不相匹配"],
    not_problems="基本评价; the 原因 sentence; 一要…三要; the three-month sentence; the closing sentence.",
    traps=["Order 4,1,2,3,6,5: report （五） answers #6 and （六） answers #5.", "“此项由我亲自牵头” — the secretary as owner.", "(四) has a revised rule, cameras and monthly checks: strong on mechanism, empty on accountability.", "The report itself admits “报送也有所延迟”; the dates alone decide lateness."],
    may=["The feedback asks for two reports; only the principal's report is given here. Each pair in this set carries one report, so no gap is gold for the missing other one.", "No-mechanism on #6 (a 指引 and training, no rule): training problems rarely need one; left to judgement."])
N["p03"] = dict(
    title="d49-03 藨山县农业机械化发展服务中心党支部 (事业单位)",
    files="feedback.txt UTF-8 LF; report.txt UTF-8 CRLF",
    dates="问题清单 2025-02-26 (“自反馈之日起三个月内”); report 2025-05-23 → 86 days",
    forms="Feedback: a 反馈问题清单 函 — 问题1：heading / 具体表现：detail ×7, then 整改要求：一是…三是. Report: 一、整改工作开展情况 with an all-done stats line; 二、 问题N：heading / 整改情况：paragraph / “责任领导：…；完成时限：…” line ×7; 三、下一步 with disclosure.",
    problems=["落实农机购置补贴政策不严格", "农机安全监管存在漏洞", "意识形态工作责任制落实不到位", "违反中央八项规定精神问题时有发生 (合作社就餐)", "国有资产管理混乱 (3台农机 46.8万 借出)", "基层党组织建设薄弱 (换届, 党员发展)", "干部作风不实 (27份补填记录)"],
    not_problems="整改要求 一是…三是; the cover paragraph.",
    traps=["问题4 opens with “针对…的问题” then acts (not copied).", "问题2 has owner and date — its gap is the copied wording only.", "问题6 has a date after the report date while the stats say all done."],
    may=["Vague-measure on #2: the copied answer is also slogan-like (切实提高…坚决堵塞…确保…稳定); a tool reporting vague instead of copied there is defensible.", "No-mechanism on #2 and #6: no rule, but for #2 the answer is copied anyway and #6 is an election."])
N["p04"] = dict(
    title="d49-04 蒟阳县公证处党支部 (notary office)",
    files="feedback.txt UTF-8 LF; report.txt UTF-8 LF",
    dates="feedback 2024-10-15 (三个月内 stated); report 2025-01-03 → 80 days",
    forms="Feedback: formal 反馈意见 — preamble, praise, six 一、…六、 heading lines each followed by a 具体表现：line, then 整改要求 （一）–（四） ((四) asks for public disclosure). Report: preamble (领导小组, 思想认识, stats) + 二、整改台账 as ｜-separated text: header 序号｜反馈问题｜整改措施｜责任人｜整改时限｜完成情况 and six rows; 三、下一步 (no disclosure).",
    problems=["公共法律服务职能发挥不充分", "公证质量管控不严 (2件 撤销)", "收费管理不规范 (1.26万)", "内部管理和廉政风险防控薄弱 (中介带单)", "党支部建设弱化", "档案和信息化管理滞后"],
    not_problems="整改要求 （一）–（四）; the deadline sentence.",
    traps=["Row 1 publishes a service list on the 公示栏 and website — not rectification disclosure.", "Row 4 “立行立改，2024年11月15日” is a dated answer.", "Row 5's measures are concrete — only the 责任人 cell is empty of a person.", "Row 6 has an owner and a date — only the measure is empty."],
    may=["No-accountability on #4: 2 公证员 get only 提醒谈话 for 中介带单 “并收取好处的苗头”; an inspector may call this too light, but a sanction is there.", "Copied-measure on #6: the slogan reuses 档案…信息化 from the feedback heading."])
N["p05"] = dict(
    title="d49-05 芣川县文学艺术界联合会党组 (文联, 群团)",
    files="feedback.docx DOCX (bold headings); report.txt UTF-16 LE with BOM, LF",
    dates="feedback 2025-04-09 (三个月内 stated); report 2025-06-30 → 82 days",
    forms="Feedback: DOCX 反馈意见 — centred bold title, preamble, bold 一、巡察发现的主要问题, seven bold （一）–（七） heading paragraphs each followed by a plain detail paragraph, bold 二、整改意见 with 一是…四是 in one paragraph. Report: answers BY NUMBER only — 一、针对反馈意见第（一）个问题的整改情况 … 五、; 四、 merges 第（五）个问题和第（六）个问题; 第（二）个问题 never appears; each answer ends with a bracket (责任领导；完成时限); 六、 stats + 下一步 + disclosure.",
    problems=["引领文艺创作方向不够有力", "所属文艺家协会管理松散", "文艺惠民活动重形式轻实效 (21场重复统计)", "违反中央八项规定精神 (采风)", "文艺创作扶持资金管理不规范 (8.5万)", "党组议事决策不规范 (三重一大)", "党建工作基础薄弱"],
    not_problems="二、整改意见 一是…四是; the closing sentence.",
    traps=["Answers carry only problem numbers, no titles: linking depends on “第（N）个问题”.", "The merged answer 四、 is legitimate (it says why it merges) and has specific parts for each problem.", "The pasted paragraph under 一、 and 五、 has a bracket with owner and date, so only the repetition is wrong.", "协会 appears in the preamble and 下一步 but nothing answers #2."],
    may=["Vague-measure on #1 and #7: the pasted paragraph is also pure slogan.", "No-accountability on #3 is not in doubt (批评教育); on #2, moot because unanswered."])
N["p06"] = dict(
    title="d49-06 蓂溪县委机构编制委员会办公室 (县委编办)",
    files="feedback.txt UTF-8 LF; report.txt GB18030 LF",
    dates="news item published 2025-09-03 reporting the feedback meeting of 9月1日 (2025-09-01), three months stated; report 2025-11-21 → 81 days",
    forms="Feedback: a 纪委监委 website news item — 反馈会 participants, the inspection dates, “巡察组指出…主要表现在：一是…七是” in one paragraph, 巡察组要求, the 巡察办 speaker's demands (including public disclosure), the 表态, a 转交 sentence. Report: 一、加强组织领导 with stats; 二、 seven OWN SHORT HEADINGS （一）理论学习 …（七）队伍建设 in feedback order, each a paragraph ending with (牵头领导：…；完成时限：…); 三、下一步 (no disclosure).",
    problems=["学习贯彻…重要论述不够深入", "机构编制管理刚性约束不强 (编外, 借调)", "事业单位登记管理不严", "上一轮巡察问题整改不彻底 (台账与实有人数)", "内部控制制度不健全 (无章可循, 2笔未比价)", "党建与业务融合不够", "干部队伍建设存在短板"],
    not_problems="巡察组要求; 隗启东强调…; 璩如晦表示…; the 转交 sentence.",
    traps=["Headings are the unit's own words, not the feedback's titles.", "（三） mentions a 登记管理网站 where annual reports are 公示 — not disclosure of the rectification.", "（五） is concrete work (price check, 46 asset cards, contract register) — only the rule is missing.", "（七） is dated with 此后长期坚持."],
    may=["No-accountability on #5: two purchases without 比价, but the re-check found prices normal; left to judgement.", "Copied-measure on #2: the slogans echo the feedback's 刚性约束."])
N["p07"] = dict(
    title="d49-07 薸水县砂石资源开发有限公司党支部 (county state firm) — GOOD REPORT",
    files="feedback.txt UTF-8 LF; report.txt UTF-8 LF",
    dates="feedback 2024-12-05 (三个月内 stated); report 2025-02-27 → 84 days",
    forms="Feedback: formal 反馈意见 — preamble, praise, three areas 一、…方面 with RESTARTING 1．2．(3．) “heading。detail” lines (2 + 3 + 2 = 7); 整改建议 一是…三是; 移交 and deadline sentences. Report: 一、总体情况 with stats; 二、 six （N）关于“…”的问题的整改情况 items with 整改措施/责任领导/责任部门/整改时限/整改成效 lines, （六） MERGING problems 6 and 7 with 一是…四是; 三、下一步 with disclosure.",
    problems=["保供稳价作用发挥不充分", "安全生产和生态修复责任落实不到位", "违规向关联企业转包运输业务", "销售管理漏洞较多 (217万 赊销)", "违反中央八项规定精神 (烟酒 1.2万)", "党支部“把方向、管大局、保落实”作用发挥不够", "选人用人不规范"],
    not_problems="整改建议 一是…三是; the 移交 and deadline sentences.",
    traps=["Restarting 1．: positions 1．in area 二 is problem 3.", "Two items are partly open (植被养护, 欠款诉讼) and the stats say so — not an inconsistent claim.", "The merged heading names both problems."],
    may=["No-accountability on #7 (who appointed the 2 中层干部 without 考察?): the answer re-runs the procedure and moves one person; an inspector might ask about the appointers."])
N["p08"] = dict(
    title="d49-08 蘼台县公安局交通管理大队党总支 (traffic police brigade)",
    files="feedback.txt UTF-8 LF; report.docx DOCX (bold headings, field lines)",
    dates="feedback 2025-07-22 (三个月内 stated); report 2025-10-17 → 87 days",
    forms="Feedback: formal 反馈意见 — preamble, praise, six （一）–（六） paragraphs each “heading。detail”, then 意见 一是…三是, 移交 and deadline sentences. Report: DOCX, bold title and section headings, 一、组织情况 with an all-done stats line; 二、 six bold （N）关于“…”的问题 headings each followed by 整改措施：/责任领导：/责任部门：/整改时限：/完成情况： paragraphs; 三、下一步 with disclosure.",
    problems=["道路交通安全隐患排查治理不到位 (43处, 15处未销号)", "执法规范化水平不高", "“放管服”改革措施落实不到位", "罚没款和暂扣车辆管理混乱 (7辆去向不明)", "违反中央八项规定精神问题仍有发生", "队伍管理松散"],
    not_problems="巡察组 意见 一是…三是; 移交 and deadline sentences.",
    traps=["（四） is full of concrete acts and two revised rules — only accountability is missing; “依法处理后领回” is about vehicle owners.", "（五） opens with a slogan and then names sanctions and acts.", "（四）'s 完成情况 says 已完成 while its text says 2辆仍在追查."],
    may=["No-mechanism on #1 and #5: no rule named (隐患 follow-up, vehicle use); acts are concrete.", "No-deadline on #1: dated 2025-12-31 after the report date — a date, not a gap."])
N["p09"] = dict(
    title="d49-09 荛源县急救中心党支部 (120 emergency centre)",
    files="feedback.txt UTF-8 LF; report.txt UTF-8 LF",
    dates="speech 2024-08-28 (“三个月内”); report 2024-12-20 → 114 days (late)",
    forms="Feedback: the 组长's 反馈会 speech — 同志们, 一、基本情况, 二、主要问题 as inline 一是…三是 (决策部署 paragraph) and 四是…七是 (从严治党 paragraph), continuous; 三、几点要求 一要…三要 and the three-month sentence. Report: a preamble paragraph (领导小组, stats) and seven 一、…七、关于…的问题 headings, each with 一是…二是… and one bracket (责任领导；完成时限); a 下一步 paragraph with disclosure.",
    problems=["急救网络建设滞后", "院前急救响应时间不达标 (调度系统未联通)", "救护车辆和急救药品管理不规范", "收费管理不规范", "落实中央八项规定精神不严格", "党支部政治功能发挥不充分", "人才队伍不稳定"],
    not_problems="基本情况; 一要…三要; the three-month sentence.",
    traps=["五、 has “立行立改” in both the text and the bracket, dated.", "七、 has a date and 长期坚持.", "二、's acts are real (flow changed, time cut) — only the time limit is undated."],
    may=["Vague-measure on #6: the copied answer is also slogans.", "No-accountability on #3 (repair costs 明显偏高): no one named as at fault in the feedback; left to judgement."])
N["p10"] = dict(
    title="d49-10 蘩阳县体育事业发展中心党支部 (sports centre)",
    files="feedback.txt UTF-8 LF; report.txt UTF-8 LF",
    dates="feedback 2025-03-18 (三个月内 stated); 通报 2025-06-10 → 84 days",
    forms="Feedback: formal 反馈意见 — preamble with praise, three areas 一、…方面 with continuous 1．–7． heading lines, each followed by one detail line; a closing 要求 paragraph. Report: a public 整改进展情况的通报 — 索引号/发布机构/成文日期/公开方式 header, 一、组织落实 with stats, 二、 areas （一）在…方面 → N．关于“…”问题的整改 / 整改情况：… (责任领导；完成时限；进展), renumbered 1．–6．; 三、下一步, comment period, phone, address, postcode.",
    problems=["全民健身公共服务供给不足", "体育场馆对外出租无章可循", "政府采购程序执行不严 (36.4万 拆分)", "违反中央八项规定精神 (2.1万 补贴)", "体育彩票公益金使用不规范 (18.6万)", "支部组织生活不规范", "教练员队伍建设滞后"],
    not_problems="The closing 要求 paragraph.",
    traps=["The 通报 renumbers items 1．–6．, so item 3．answers problem 4 and item 6．answers problem 7.", "（二）在全面从严治党方面 silently drops 采购.", "（一）2． is concrete (lease ended, 公开招租, income to the 财政专户) — only the rule is missing.", "The 通报 is itself the disclosure."],
    may=["No-accountability on #2 (an 8-year low-rent lease signed without appraisal): the feedback does not name a wrongdoer; left to judgement.", "Inconsistent-claim: 28 = 24 + 4 cannot be checked item by item, so it is neither gold nor a counter-case."])

for name, n in N.items():
    g = json.load(open(os.path.join(ROOT, name, "gold.json"), encoding="utf-8"))
    assert len(n["problems"]) == g["issues"], name
    out = [f"# {n['title']}", "", f"- Files: {n['files']}", f"- Dates: {n['dates']}", "", "## Forms", n["forms"], "",
           "## Problems in order", *[f"{i}. {p}{'' if g['answered'][str(i)] else '  — NOT ANSWERED'}" for i, p in enumerate(n["problems"], 1)],
           "", f"Not problems: {n['not_problems']}", "", "## must_flag"]
    out += [f"- {f['kind']} {f['issue'] if f['issue'] is not None else '(document)'}: {f['why']}" for f in g["must_flag"]] or ["- none (good report)"]
    out += ["", "## must_not_flag"]
    out += [f"- {f['kind']} {f['issue'] if f['issue'] is not None else '(document)'}: {f['why']}" for f in g["must_not_flag"]]
    out += ["", "## links (substring of report → problem)"]
    out += [f"- “{l['measure']}” → {l['issue']}" for l in g["links"]]
    out += ["", "## Traps", *[f"- {t}" for t in n["traps"]], "", "## May report (debatable; not gold)", *[f"- {t}" for t in n["may"]], ""]
    open(os.path.join(ROOT, name, "notes.md"), "w", encoding="utf-8").write("\n".join(out))
    print(f"{name}/notes.md")
