"""Write p01..p08/notes.md for dev47: hand-written forms, problems, traps and "may report" points kept here, plus every
gold entry with its why, read back from gold.json (run make/gold.py first). Run: python3 make/notes.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

N = {}
N["p01"] = dict(
    title="d47-01 蘩川县住房和城乡建设局党组 (county housing and construction bureau)",
    forms=["feedback.txt (UTF-8, LF): formal 反馈意见 of 县委第二巡察组 dated 2025-03-18; 一、总体评价; 二、发现的主要问题 with three areas （一）…方面 and continuous 1．–7． heading。detail; 三、整改意见 （一）–（三） and a three-month sentence with a phone number.",
           "report.txt (UTF-8, LF): the common 整改情况的报告 dated 2025-06-10: 一、整改工作组织情况 (领导小组, three lists, 推进会) with a totals paragraph; 二、 seven （N）关于“…”的问题 items in feedback order, each with 整改措施：一是…/责任领导：/责任股室：/完成时限：/整改进展： lines; 三、下一步工作打算 with 警示教育 and website disclosure."],
    problems=["老旧小区改造任务推进迟缓", "农村危房改造动态监测不到位", "党组主体责任落实不力", "违反中央八项规定精神问题仍有发生 (two 质监站 staff at a builder's banquet)",
              "工程项目资金管理存在漏洞 (38.4万 paid ahead of audit)", "机关党支部组织生活不严肃", "干部队伍结构老化"],
    traps=["三、整改意见 （一）–（三） are requirements, not problems (7 problems, not 10).",
           "(四) looks full — three 一是… measures and a new 十条规定 — yet no one is dealt with; the 下一步 警示教育 'with the case as a negative example' is not accountability either.",
           "(六) has every field filled (leader, 股室, a date, 已完成) around a slogan-only measure."],
    may=["no-accountability #2: 11 cracked houses after state-funded repair — an inspector might ask about the builders or the acceptance staff; the feedback names no one, so it is left out of both lists.",
         "no-mechanism #6: the slogan answer also makes no rule; this is the same weakness as the vague measure and is not separately gold.",
         "inconsistent-claim: #6 says 已完成 for what is only a slogan; a strict reader may call the done-count generous, but the arithmetic holds."])
N["p02"] = dict(
    title="d47-02 蓂阳县委宣传部 (county Party propaganda department)",
    forms=["feedback.txt (UTF-8, LF): the 巡察组组长's speech at the 反馈会, dated 2024-10-15 under the title; 一、基本情况 praise; 二、 problems in prose paragraphs 第一，…第六，; a 原因 sentence; 三、 一要…三要 requirements and the 三个月内 rule.",
           "report.txt (GB18030, LF): the 部长's first-person 主要负责人组织落实整改情况报告 dated 2025-02-10; 一、how I organised it (领导小组, 直接部署…, 5 推进会, weekly sign-off); 二、 six short 方面 headings in order 2,1,6,4,3,5, each a prose paragraph ending '此项由…负责' (not all); 三、下一步 with disclosure."],
    problems=["学习贯彻党的创新理论示范引领不够", "意识形态工作责任制落实有差距", "新闻宣传和网络阵地管理不严 (accounts without any rule)",
              "文明创建工作重形式、轻实效", "部机关作风建设仍有短板", "财务和经费管理不够规范 (4.6万 paid without decision or contract)"],
    traps=["Order 2,1,6,4,3,5 under reworded headings (意识形态 / 理论武装 / 经费管理 / 文明创建 / 网络阵地 / 机关作风).",
           "The 原因 sentence and 一要…三要 are not problems.",
           "Late: 118 days; the speech itself states the three-month limit.",
           "(五) is busy (61→49 accounts, 5 closed, 提醒谈话) but makes no rule, while the feedback says no 统一规范 exists.",
           "(六) does make a rule, but its two pending items are '正在逐步推进，下一步将持续深化' with no date; the other two pending items carry dates."],
    may=["no-owner #6 (经费管理): the paragraph names no 负责 line; the 部长 writes 'we' and the sanctions are his decision — left out of both lists.",
         "no-accountability #4: 提醒谈话 for the 照片拼凑 站点 heads is mild; the feedback did not ask for sanctions there.",
         "vague-measure #5: 下一步将持续深化 is a slogan, but the section also has the 31% cut and a rule, so it is not vague as a whole."])
N["p03"] = dict(
    title="d47-03 薢山县政务服务管理局党组 (county government-services administration)",
    forms=["feedback.txt (UTF-8, LF): a 问题清单 sent by 县委第四巡察组, dated 2025-04-22: a covering paragraph with the three-month rule, then 问题1：…问题7： heading lines each followed by 具体表现：.",
           "report.txt (UTF-8, CRLF): a short report dated 2025-07-16: 一、整改工作开展情况 with an all-done claim and totals; 二、整改台账 as ｜-separated text rows (序号｜反馈问题｜整改措施｜责任领导｜责任股室｜完成时限｜整改状态), one row per problem; 三、下一步打算 一是…三是."],
    problems=["贯彻落实优化营商环境决策部署不到位", "政务服务“好差评”整改不闭环", "党组议事决策不规范 (68万 added without the 党组)",
              "进驻窗口人员管理松散 (one person's attendance signed by others)", "办公用品采购化整为零", "党支部标准化建设落实不到位", "上轮巡察整改出现反弹"],
    traps=["The 反馈问题 column restates each heading — ledger form, not a copied measure.",
           "The claim '7个问题已全部整改完成，31项整改措施全部落实到位' sits above two rows marked 正在推进.",
           "Row 4 has a full measure and a sanction, but its owner columns say 局班子成员 / 各进驻部门."],
    may=["no-accountability #7: the 反弹 of an old problem earned only 提醒谈话 for 3 分中心 heads; an inspector might want more, but a sanction is there.",
         "no-owner #4 could also be read as the 'team members not owning their areas' signal; it is gold as no-owner only.",
         "31 measures cannot be counted from the ledger (rows hold 2–4 measures each); not gold."])
N["p04"] = dict(
    title="d47-04 蕻江县自然资源局党组 (county natural resources bureau)",
    forms=["feedback.txt (UTF-8, LF): a 纪委监委 website news item dated 2024-11-06: who attended, the inspection facts, '巡察组指出…：A；B；C；D；E；F等问题' (six problems in one sentence), '巡察组要求…一要…三要', the 部长's 讲话 and the 局长's 表态, 移交线索.",
           "report.txt (UTF-16 LE with BOM, LF): a report dated 2025-01-24 answering by number only: 一、针对反馈的第1个问题 … 五、针对反馈的第5个问题, each with 1．2．3．(4．) measures and a closing '责任领导：…；完成时限：…' line; one 下一步 sentence; 特此报告."],
    problems=["落实耕地保护责任不够到位 (2 illegal builds, 纸面销号)", "土地出让金征收管理不严", "矿产资源监管存在盲区 (越界开采 not found)",
              "党组理论学习中心组学习计划执行不严", "干部廉洁自律意识不强 (a 股长 paid by a relative's firm)", "上轮审计指出的测绘成果资料管理混乱问题整改不彻底"],
    traps=["The problems must be counted from the ；-separated clauses of one sentence; 一要…三要 and the 讲话 are requirements.",
           "The report never names a problem: linking depends on the ordinal alone.",
           "The 6th problem simply has no section; nothing says it was merged.",
           "The only leadership sentence is '局党组高度重视，及时召开党组会议…作出安排' — no 领导小组, no 第一责任人, no 书记.",
           "Nothing is made public and there is no 警示教育."],
    may=["no-accountability #2: 违约金 not charged for 8 months earned only 提醒谈话 for the 股室 head — mild; left out of both lists.",
         "no-mechanism #5: a 20% spot-check of 个人有关事项 is a practice, not a named rule; debatable, left out.",
         "The report speaks of '正在推进的事项' without listing them (only #1 is pending); not an inconsistency."])
N["p05"] = dict(
    title="d47-05 藟溪县妇幼保健院党总支 (county maternal and child health hospital)",
    forms=["feedback.txt (UTF-8, LF): formal 反馈意见 dated 2025-05-09, 一、巡察发现的主要问题 with （一）–（六） heading。detail paragraphs, 二、整改要求 (asks to 查清责任 on fees and purchasing, three months, 院内公开).",
           "report.txt (UTF-8, LF): report dated 2025-08-01 with a leadership and totals preamble, then the unit's own theme headings 一、…五、 (four-character pairs), paragraphs with 一是…二是…三是… each closed by one bracket （责任领导：…；责任科室：…；完成时限：…）; theme 四 holds #4 and #5 in two paragraphs (在医德医风方面 / 在支部建设方面)."],
    problems=["党总支领导作用发挥不充分", "医疗服务收费不规范 (2.3万 over 87 patient visits)", "药品耗材采购存在廉政风险",
              "医德医风建设抓得不实", "党建基础工作薄弱", "安全生产责任落实不到位"],
    traps=["Theme headings are reworded (把牢政治方向…, 守住群众利益…); linking must go by content.",
           "Theme 四 holds two problems; each paragraph has its own bracket.",
           "Theme 二 repeats the feedback's words as measures (copied) and neither refunds nor holds anyone to account, though the feedback asked for it.",
           "Theme 五 also opens with '针对…的问题' but then gives real acts — a counter-case for copied-measure; its bracket drops 责任领导 and says 各科室."],
    may=["vague-measure #2: the copied answer is also empty of acts; gold keeps it as copied-measure (the more specific kind) and leaves vague out of both lists.",
         "no-mechanism #2: no fee rule is made; part of the same empty answer, not separately gold.",
         "no-accountability #4: 9 staff 约谈 for rudeness — talks, not sanctions; no wrongdoing beyond service attitude, left out."])
N["p06"] = dict(
    title="d47-06 蒨塘县热力有限公司党支部 (county state-owned heating company)",
    forms=["feedback.txt (UTF-8, LF): the 巡察组组长's 反馈会 speech dated 2024-08-27: facts, praise, then '主要有以下几个方面的问题：一是…；二是…；三是…' and a second paragraph 四是…六是…; a 原因 sentence; 一要…四要 requirements with the three-month rule.",
           "report.txt (UTF-8, LF): a public 整改进展情况的通报 dated 2024-11-20 with a 索引号/发布机构/成文日期/公开方式 header; an opening with inspection and feedback dates; 一、organisation with a totals line (措施N条，已完成…，正在推进…，长期坚持…); 二、 （一）在“…”方面 → N．关于“…”问题的整改, each ending 整改进展：; 三、下一步; a comment period, phone and address."],
    problems=["落实县委县政府供热保障部署有偏差", "“三重一大”决策制度执行不严 (420万 added)", "工程和物资采购监管不力",
              "热费收缴管理混乱 (61万 gap)", "基层党建工作弱化 (三会一课, 2 lost members)", "违反中央八项规定精神 (1.2万 shopping cards)"],
    traps=["Problems run 一是…三是 in one paragraph and 四是…六是 in the next; 一要…四要 are requirements.",
           "2．and 5．carry the same stock paragraph (only '认真' added once) and are marked 已完成.",
           "The totals line 27 = 21 + 4 + 3 does not add up (28); the problem-level line (4 done, 2 in progress) does.",
           "A 通报 gives no per-item owner fields; that is the form, not a gap here."],
    may=["vague-measure #2, #5: the pasted paragraph is also a slogan; gold keeps repeated-measure and leaves vague out of both lists.",
         "no-mechanism #2: no decision rule for 三重一大 follows the 420万 case.",
         "no-accountability #2: nobody answers for the 420万 decision taken outside the 党支部; the feedback's 真问责 names only the cards and fee management, so left out.",
         "no-deadline #1: '采暖季结束前完成效果评估' is a time limit but not a date; left out of both lists."])
N["p07"] = dict(
    title="d47-07 蘵原县烈士陵园管理所党支部 (county martyrs' cemetery administration) — GOOD REPORT",
    forms=["feedback.txt (GB18030, LF): formal 反馈意见 dated 2025-02-26; 一、基本评价; 二、 three areas （一）…方面 with restarting 1．2． heading。detail (2 + 2 + 2); 三、整改意见 （一）–（三） and the three-month rule.",
           "report.docx (DOCX, landscape): title, 一、整改工作开展情况 in （一）–（三） paragraphs with a totals line, 二、整改落实台账 as a Word table (序号/反馈问题/整改措施/责任领导/责任部门/完成时限/完成情况; cells with 1．2．3． lines), 三、下一步工作 一是…三是 with disclosure; dated 2025-05-23."],
    problems=["学习贯彻…关于英雄烈士保护的重要论述不深入", "烈士纪念设施日常管护不到位", "财务管理不规范 (6.7万 unpriced, 1.9万 cash)",
              "公务用车管理松散 (副所长闵某 twice)", "“三会一课”制度落实不严", "上轮审计整改不到位 (3.2万 unrecorded)"],
    traps=["Restarting 1．2． under each area: 6 problems, not 2.",
           "The 反馈问题 cells shorten the headings; linking needs the cell text.",
           "Row 4's 责任领导 is the secretary because the wrongdoer is the deputy."],
    may=["no-accountability #6: the audit finding went unfixed for two years; nobody is named for the delay. The feedback asks for no sanction there; left out of both lists."])
N["p08"] = dict(
    title="d47-08 薸水县乡村振兴服务中心党支部 (county rural revitalisation service centre)",
    forms=["feedback.txt (UTF-8, LF): a 纪委监委 website news item published 2025-06-06 about the feedback meeting of 5 June: attendance, inspection facts, '巡察组指出…主要表现在：一是…；…六是…' in one paragraph, the 巡察办主任's requirements (严肃追责问责, 建章立制, three months, 公开), the secretary's 表态.",
           "report.txt (UTF-8, LF): report dated 2025-08-29: 一、整改工作总体情况 (领导小组, 推进会, totals); 二、 five （N）关于“…”的问题 items in order 3,1,2,5,6 with 整改措施：1．2．3．/责任领导：/完成时限：/整改情况： lines; 三、下一步; 特此报告."],
    problems=["衔接推进乡村振兴的政策落实有偏差 (防返贫监测 late)", "帮扶项目资产管理薄弱", "衔接资金使用效益不高 (318万 idle)",
              "党支部议事决策不规范", "干部作风不实 (驻村 走读)", "项目验收把关不严 (gifts, 代签)"],
    traps=["The news item's date (6 June) is the publication date; the feedback was given on 5 June, and the report's own text says 6月5日.",
           "Headings are reworded (防止返贫动态监测对象识别不及时 for 一是) and reordered; #4 has no heading at all.",
           "(四) on 作风 has all fields and '已完成' around a slogan.",
           "(五) revises a rule and re-does 5 acceptances — a full-looking answer that deals with no person.",
           "The 光伏 收益分配方案 '公示' in the villages is a false friend for disclosure."],
    may=["no-accountability #3: 318万 idle for a year; no one is held responsible. The feedback frames it as efficiency, not wrongdoing; left out.",
         "no-accountability #1: 3 households left out of monitoring for 4 months; no one named; left out.",
         "no-mechanism #5: the slogan answer makes no attendance rule; part of the same vague answer."])

for p, n in N.items():
    g = json.load(open(os.path.join(ROOT, p, "gold.json"), encoding="utf-8"))
    out = [f"# {n['title']}", "", "## Forms"] + [f"- {x}" for x in n["forms"]]
    out += ["", f"## Problems in order ({g['issues']})"] + [f"{i}. {x}" for i, x in enumerate(n["problems"], 1)]
    assert len(n["problems"]) == g["issues"], p
    out += ["", "## Gold: must_flag"] + ([f"- **{f['kind']}** {f['issue'] if f['issue'] is not None else '(document)'} — {f['why']}" for f in g["must_flag"]] or ["- none (good report)"])
    out += ["", "## Gold: must_not_flag"] + [f"- {f['kind']} {f['issue'] if f['issue'] is not None else '(document)'} — {f['why']}" for f in g["must_not_flag"]]
    out += ["", "## Gold: links (exact substrings of the report's visible text)"] + [f"- “{l['measure']}” → {l['issue']}" for l in g["links"]]
    unans = [k for k, v in g["answered"].items() if not v]
    out += ["", "## Answered", f"- unanswered: {', '.join(unans) if unans else 'none'}; every other problem has at least one measure and one link."]
    out += ["", "## Traps"] + [f"- {x}" for x in n["traps"]]
    out += ["", "## May report (debatable; not in must_flag, and not in must_not_flag)"] + [f"- {x}" for x in n["may"]]
    open(os.path.join(ROOT, p, "notes.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")
    print(f"{p}/notes.md")
