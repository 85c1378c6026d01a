"""Write p01..p10/notes.md from the hand-written notes below plus the gold entries of each pair's gold.json
(so the notes and the gold cannot drift apart). Run after gold.py: python3 make/notes.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

N = {}
N["p01"] = dict(
    unit="中共蓂原县草原工作站支部委员会 (county grassland station, 事业单位)",
    files="feedback.txt UTF-8 LF; report.txt UTF-8 LF",
    feedback="Formal 反馈意见 of 县委第三巡察组 dated 2024-08-20: 一、巡察发现的主要问题 with three areas （一）（二）（三）…方面 and continuous 1．–7． (heading sentence。detail); 二、整改意见 （一）–（四） are requirements, not problems; a 三个月内 sentence.",
    report="Report dated 2024-11-15, organised BY STAGE: （一）立行立改 1．–5．, （二）限期整改 1．–5．, （三）长期坚持 1．–5．. No item names a problem; each problem's measures are spread over two or three stages (problem 1: 立行立改 1, 限期 1, 长期 1; problem 2: 限期 2 and 5, 长期 2; problem 4: 立行立改 2, 限期 3, 长期 3; problem 5: 立行立改 4, 限期 4; problem 6: 立行立改 5, 长期 4). Each item ends with a (责任领导；责任股室) bracket.",
    problems=["草原生态保护补助奖励政策监管不到位 (37 households, 5.6万)", "人工种草项目推进迟缓、管护缺位", "项目资金使用不规范 (2.3万 pesticide, 1.1万 labour fees signed by staff)", "落实中央八项规定精神有差距 (cars, scenic day 0.8万)", "内部控制制度不健全 (no stock rule, assets not booked, self-approved travel)", "“三会一课”制度落实不严格 (and 党费 base)", "党员队伍建设滞后 (no recruitment, remote members)"],
    traps=["Stage headings (立行立改 / 限期整改 / 长期坚持) are not problems, and the 1．–5． under each restart.", "限期整改 3 mixes the scenic-day refund, the station head's 书面检查 and a 党内警告 for the private use of a car: all problem 4, although it reads like a sanctions list.", "长期坚持 5 (quarterly review meetings) answers no single problem and carries no link.", "The 长期坚持 Party item is problem 6 (三会一课), not problem 7 — a positional or keyword (党) match would wrongly mark 7 answered.", "The report's totals are consistent (28 = 11 + 12 + 5; 10 + 2 in 限期 with exactly two 正在推进 items)."],
    may=["no-mechanism #3: no rule on pesticide or labour-fee payments; the new 《物资出入库管理办法》 arguably covers pesticide stock. Not gold.", "no-deadline #1 is fine (dated), but the 立行立改 items carry no explicit date beyond “9月底前” for the money — reasonable for immediate fixes.", "no-accountability #2: the 420 亩 degradation (管护缺位) could be blamed on someone; the feedback frames it as a management shortfall. Left out of both lists."],
)
N["p02"] = dict(
    unit="中共蘅阳县社会组织服务中心支部委员会 (county social-organisation service centre under 民政)",
    files="feedback.txt UTF-8 LF; report.txt UTF-8 LF",
    feedback="Speech by the 巡察组组长 at the 反馈会 dated 2025-03-18: praise, then six problems as paragraphs 第一，…第六，; then 三点要求 一要…三要 (not problems) and a 三个月内 sentence asking for both reports.",
    report="Report dated 2025-07-09 organised BY THE UNIT'S DEPARTMENTS: 一、综合科 (problems 4, 5, 6 as items 1–3), 二、登记服务科 (problem 1, two items), 三、项目管理科 (problem 2, two items), 四、党建指导科 (problem 3, two items), 五、下一步. No item names a problem; each department heading names its 科长.",
    problems=["职能发挥不充分 (孵化基地 6 idle organisations, 23 僵尸型)", "政府购买服务项目管理松散 (18.6万 without evaluation; spouse, no 回避)", "社会组织党建工作覆盖不够", "违反中央八项规定精神 (月饼 0.9万, 3 receptions without letters)", "财务和资产管理不规范 (2.4万 rent kept by the cashier; no price comparison)", "干部队伍管理宽松软 (编外 attendance, 2 paid side jobs)"],
    traps=["The department order (综合科 first) reverses the feedback order: problems 4–6 come first, problem 1 fourth.", "综合科 item 3 mixes attendance (编外) and side jobs (兼职): both problem 6.", "项目管理科 item 2 is accountability + rule for problem 2, not a new problem.", "Every department names its 科长: this is not a per-item 责任领导 (班子成员); see may report.", "一要 in the speech asks for the secretary as 第一责任人 with 亲自部署、亲自过问、亲自督办 — the report shows nothing of the kind."],
    may=["no-owner on every problem: owners are 科长 (department heads), never a 班子成员; the leadership gap is raised once as weak-leadership instead. Not in must_not either.", "The speech asks for two reports (领导班子 and 主要负责人); only one is submitted. An inspector may note it beside the lateness.", "no-mechanism #4: only “今后公务接待一律凭公函、按清单接待”, no written rule."],
)
N["p03"] = dict(
    unit="中共藦川县知识产权保护中心支部委员会 (county IP protection centre)",
    files="feedback.txt GB18030 LF; report.txt UTF-8 LF",
    feedback="问题清单 of 县委第一巡察组 dated 2024-12-05: 问题1：…问题7： each with a 具体表现： line; 整改要求 一、–五、 (not problems; 四 asks for disclosure, 三 for rules on 资助审核).",
    report="Report dated 2025-02-27 under the unit's OWN THREE THEMES (服务效能 / 资金管理 / 党的建设); every measure paragraph ENDS WITH A TAG naming its problem in one of three styles: 【对应问题1】【对应问题5】【对应问题4】, （问题三）（问题二）（问题六）, （对应清单第7项）. Order 1, 3, 2, 5, 4, 6, 7.",
    problems=["专利快速预审服务质量不高", "专利资助资金审核把关不严 (7 firms, 14.2万; one signature)", "维权援助工作开展不力", "意识形态工作责任制落实不到位", "违规发放津贴补贴 (3.6万 + 1.2万)", "党支部组织生活不规范", "选人用人和人事管理不规范"],
    traps=["The tag sits at the paragraph's END, after the bracket (牵头领导：…): the problem is known only after reading the whole paragraph.", "Tags mix Arabic and Chinese numerals and three wordings; （对应清单第7项） counts by list position.", "The theme order puts problem 3 before problem 2.", "“补充履行公示程序” (cadre pre-appointment notice) is not disclosure of the rectification.", "The first paragraph opens with the problem's own words and then acts (a counter-case to copied-measure)."],
    may=["vague-measure #3: the （问题三） paragraph is also slogan-like (不断提升…水平); the plainer fault is that it copies the feedback back, so only copied-measure is gold.", "no-accountability #4: the editor of the disputed article got 批评教育 — present, so not raised; some would ask for more.", "no-deadline #3: the copied paragraph has no date; 下一步 gives 2025年6月底前 for 维权援助工作站的规范提升."],
)
N["p04"] = dict(
    unit="中共蘼江县防汛抗旱服务中心支部委员会 (county flood-control and drought-relief service centre)",
    files="feedback.txt UTF-8 LF; report.txt UTF-8 LF",
    feedback="Formal 反馈意见 of 县委第四巡察组 dated 2025-05-12: 一、…六、 each “heading。detail” in one paragraph; 整改意见 一是…四是 (not problems; 四是 warns against writing ongoing items as done).",
    report="Report dated 2025-08-06 that “没有照搬反馈意见的条目”: FIVE COLLOQUIAL / METAPHOR HEADINGS (“嘴上”的事情…, 把“家底”摸清…, 给工程项目“立规矩”…, 擦亮山洪预警的“千里眼”…, 让党旗在防汛一线“飘起来”) in the order 5, 1, 4, 2, 6; problem 3 is silently dropped (“归成五件事”).",
    problems=["防汛物资储备管理混乱", "山洪灾害监测预警系统运维不到位", "抗旱服务队作用发挥不充分", "工程项目管理不规范 (46万 split)", "执行中央八项规定精神不严格 (值班餐, 1.7万 补助)", "党支部战斗堡垒作用发挥不明显"],
    traps=["Headings share almost no words with the problems: “嘴上”的事情 = 八项规定 (值班伙食), “家底” = 物资储备, “千里眼” = 监测预警.", "The first heading answers problem 5, the last feedback-order area but one.", "抗旱 occurs only in slogans (以高质量党建引领防汛抗旱事业) — not an answer to problem 3.", "The all-done claim sits in the preamble; the contradiction is in item 四 (4 stations to be replaced by 10月底前, 尾款 withheld)."],
    may=["no-mechanism #6: nothing institutional for the Party branch, but the whole answer is slogans; the vague-measure covers it.", "no-accountability #2: the 运维 acceptance clerk got 批评教育 — present, so not raised."],
)
N["p05"] = dict(
    unit="中共蔾山县广电网络有限公司支部委员会 (county cable-TV network company, state-owned)",
    files="feedback.txt UTF-8 LF; report.txt UTF-16 LE with BOM, LF",
    feedback="Formal 反馈意见 of 县委第二巡察组 dated 2024-09-10: （一）–（七） each “heading。detail”; a 巡察组建议 paragraph (not problems).",
    report="GOOD REPORT dated 2024-12-02 under four own parts (规范经营管理 / 补齐建设短板 / 提升经营质效 / 作风和队伍) with items 1．–7．: item 1 ANSWERS （二） AND （四） IN ONE PARAGRAPH (一方面… 另一方面…); （三） is SPLIT: item 2 (票据) in part 一, item 4 (欠费) in part 三, and a closing part 五 (月度稽核) after the other items. Each item ends with a 责任领导/责任部门/完成时限/status bracket.",
    problems=["应急广播建设任务推进滞后", "“三重一大”决策制度执行不严", "用户收费和欠费管理混乱", "物资采购和库存管理存在漏洞", "违反中央八项规定精神", "党建工作与生产经营“两张皮”", "选人用人不规范"],
    traps=["Report order: (2+4), 3a, 1, 3b, 5, 6, 7, then 3c — item numbers 1．–7． are the report's own and do not match the feedback's (一)–(七).", "The merged paragraph's two halves must be linked to different problems (决策 → 2, 采购/库存 → 4).", "Part 五 looks like a summary but is a measure for problem 3.", "Item 6 opens with a slogan and then acts — a counter-case to vague-measure."],
    may=["no-accountability #1: the terminals were a year late and nobody is held responsible; the feedback frames it as slow delivery, not misconduct.", "no-mechanism #6: the 党建 answer revises a yearly plan and sets up posts but makes no rule.", "no-accountability #3: 46 receipt books checked, no money missing, only the 营业厅负责人 批评教育 — mild but present."],
)
N["p06"] = dict(
    unit="芪城县老区建设促进会党支部 (county association for the development of old revolutionary areas)",
    files="feedback.txt UTF-8 LF; report.txt UTF-8 CRLF",
    feedback="Speech by the 巡察组组长 dated 2025-04-29: praise, then two paragraphs 从资金和项目管理看，一是…三是 and 从自身建设看，四是…六是 (continuous); 一要…三要 (not problems; 三要 warns against 一般性的表态 instead of measures).",
    report="Report dated 2025-07-28: preface, then a TAB-SEPARATED TABLE pasted from the ledger (序号, 反馈问题, 整改措施, 责任人, 完成时限, 整改成效), 7 rows for 6 problems (rows 1–2 = problem 1), the 反馈问题 cells in the ledger's own colloquial short words; a closing paragraph.",
    problems=["帮扶项目资金监管不严 (3 projects paid unverified; 1 change not approved)", "助学金发放不规范", "红色资源调查成果运用不够", "机关经费管理不规范 (2.6万 from the special fund)", "执行中央八项规定精神不够严格 (吃请, car)", "党支部建设弱化 (委员缺额, 5 members' relations)"],
    traps=["Row numbers (1–7) are not problem numbers: row 3 = problem 2, row 7 = problem 6.", "The 反馈问题 cells paraphrase (帮扶项目没验收就付清钱, 支部委员缺人、离退休党员关系管理乱).", "Rows 4 and 7 share a boilerplate paragraph after different first clauses; the link substrings are those first clauses.", "90 days: the report is one day inside the three-month limit (2025-07-29).", "Row 3's 村务公开栏 is about the 助学金 list, a disclosure false friend; the real disclosure is in the closing paragraph."],
    may=["vague-measure #3 and #6: the pasted paragraph is also a slogan answer; gold keeps repeated-measure, the more specific kind.", "inconsistent-claim: “7项整改任务已全部完成” while rows 4 and 7 contain no act at all — a truthfulness question more than a contradiction of figures.", "no-mechanism #5: only “今后下村调研一律在村食堂按标准就餐…报秘书处备案”, no rule; no-accountability #5: only refunds, no sanction."],
)
N["p07"] = dict(
    unit="中共蘩台县机动车检测有限公司支部委员会 (county motor-vehicle inspection company, state-owned)",
    files="feedback.docx (DOCX, bold （一）–（六） heading paragraphs); report.txt UTF-8 LF",
    feedback="DOCX 反馈意见 of 县委第一巡察组 dated 2025-01-14: bold heading paragraphs （一）–（六） each followed by a detail paragraph; 整改意见 一是…四是 (not problems; 四是 asks to state unfinished items honestly).",
    report="Report dated 2025-04-09: main text under three “强化” themes ((一) holds problems 1 and 4, (二) holds 2, 3 and 5 in one paragraph, (三) holds 6), then 附件：整改台账 after the signature, SIX ITEMS REPEATING THE ANSWERS IN OTHER WORDS with field lines (反馈问题/整改措施/责任人/完成时限/完成情况).",
    problems=["检验业务监管不严", "收费管理不规范 (fees not posted; 0.6万 short)", "“三重一大”决策制度执行不到位 (168万)", "安全生产责任落实不够 (尾气, 消防器材)", "违反中央八项规定精神 (购物卡 0.4万)", "党建工作薄弱"],
    traps=["The annex repeats the same answers — linking both is right; it is not a repeated-measure.", "The clash is between the main text (已…维修更换, 已全部整改完成) and the annex (新装置已订购, 正在推进; 部分完成).", "Main-text paragraph (二) holds three problems in a row without any marker.", "The posted 收费标准 is not disclosure; the 公示栏 sentence in 下一步 is."],
    may=["no-accountability #2: the 0.6万 shortfall has no one dealt with yet — defensible while the check runs (the annex says 查清后依规处理).", "no-accountability #4 and #3: 安全员 批评教育 (present); nobody for the 168万 decision beyond a retroactive 研究."],
)
N["p08"] = dict(
    unit="中共菪溪县职业技能鉴定中心支部委员会 (county vocational-skill testing centre)",
    files="feedback.txt UTF-8 LF; report.txt GB18030 LF",
    feedback="Formal 反馈意见 of 县委第三巡察组 dated 2024-10-22: areas （一）（二）（三）…方面 with RESTARTING 1．2．(3．) — 2 + 3 + 2 = 7 problems; 二、整改意见 （一）–（五） each “要…” (not problems).",
    report="Report dated 2025-02-10 ORGANISED BY THE FIVE 整改意见: each section “落实‘要…’的情况” opens with 巡察组要求我们…; requirement (二) holds problems 2 and 3, (三) holds 4 and 5, (四) holds 6 and 7, and (五) holds the leadership story plus the sanctions for problem 2.",
    problems=["技能人才评价制度改革推进不力", "补贴性职业技能鉴定把关不严 (46 people, 3.7万)", "考务管理存在廉洁风险 (no pool; an examiner's relative)", "违规收取费用 (2.1万 资料费)", "财务管理不规范", "党支部组织生活不严肃", "干部队伍建设滞后"],
    traps=["The sections are the requirements, not problems: 5 sections for 7 problems, and section 五 answers none by itself except through the sanctions for problem 2.", "The problem numbers restart (二、1． is problem 3).", "The copied answer for problem 4 repeats the 整改意见（三）'s own words (对违规收取的费用坚决清退).", "Sections 一 and 二 open by restating the requirement and then act (counter-cases to copied-measure)."],
    may=["vague-measure #4: the copied answer is also slogans; copied-measure is the sharper kind.", "no-owner on most items: the report says every measure has a 责任领导 but shows none except the 主任's 专班 (problem 1).", "no-deadline on done items is not raised; the open ones (1, 7) carry dates, 考评员库动态调整 does not."],
)
N["p09"] = dict(
    unit="中共蒟阳县兽药饲料监察所支部委员会 (county veterinary-drug and feed inspection office)",
    files="feedback.txt UTF-8 LF; report.txt UTF-8 LF",
    feedback="巡察“回头看” 反馈意见 of 县委第二巡察组 dated 2025-06-17: the 5 settled old problems are expressly not fed back; 一、上轮问题整改不到位 1．–3． and 二、新问题 4．–7． (continuous); 三、整改要求 一是…四是 (not problems; 三是 names 采购 内控制度).",
    report="回头看 follow-up report dated 2025-09-11 organised BY FOUR “再”: 一、再认领 (leadership + problem 7), 二、再整改 一是…六是 (problems 1–6 in order, unnamed), 三、再建制 一是…四是 (rules for 1, 2, 3, 5), 四、再监督 (sanctions for 2, 5, 6 and the secretary's 书面检查 for 7), 五、下一步.",
    problems=["“兽药经营企业监督检查覆盖不全”整改不彻底", "“执法案卷不规范”问题反弹", "《抽检样品管理制度》没有执行", "饲料质量抽检任务完成率低", "执法车辆使用管理不规范", "检测试剂采购不规范 (21万, one supplier)", "党支部对整改工作督促不力"],
    traps=["Old problems carry quoted titles of the earlier round (“执法案卷不规范”) — those quotes are not extra problems, and the 5 settled ones are not problems.", "Each problem is answered in two to four sections; 再建制 三是 concerns an existing rule (问题3) and is a valid answer.", "再认领 answers problem 7 without naming it as a problem (针对整改台账长期不更新…的问题)."],
    may=["no-deadline #4 and no-accountability #4 beside the vague answer: part of the same weakness.", "weak effect (整改实效) of the earlier round is the feedback's own theme; the report's self-criticism (一改了之) acknowledges it."],
)
N["p10"] = dict(
    unit="中共薁源县村镇建设服务中心支部委员会 (county village-and-town construction service centre)",
    files="feedback.txt UTF-8 LF; report.docx (DOCX with Word automatic numbering)",
    feedback="Formal 反馈意见 of 县委第五巡察组 dated 2024-07-09: 1．–7． heading lines, each followed by a detail line; 整改意见 一是…四是 (not problems; 四是 asks for disclosure).",
    report="DOCX report dated 2024-09-30 whose headings (一、/（一）) and list items (1．) are Word AUTOMATIC NUMBERING (w:numPr + numbering.xml): Word shows the numbers, the text layer has none. Topic headings: 关于农村危房改造和农房建设监管方面的问题 (items for problems 1, 1, 2, 4), 关于传统村落保护资金… (3, 3), 关于作风纪律方面的问题 (5, 6), 关于全面从严治党主体责任落实的问题 (7, 7); 下一步 list.",
    problems=["农村危房改造鉴定把关不严", "农房建设质量安全巡查不到位", "传统村落保护资金使用效益不高 (52万, 2 works stopped)", "工程资料和档案管理混乱", "违规接受管理服务对象宴请", "公务用车和差旅费管理不规范 (0.7万)", "党支部落实全面从严治党主体责任不力"],
    traps=["No visible numbers anywhere in the body: list items and headings must be found by style or wording; the 下一步 items restart at 1 in Word.", "Problem 4 (档案) hides as the fourth item under the 危房改造 heading.", "The 作风纪律 heading holds two problems; its first item (warning education) is problem 5, its second problem 6."],
    may=["vague-measure #3: “力争早日用好用活”, “争取尽快复工” are weak, but the item names the projects and the approval step; the missing date is the plain gap.", "no-accountability #1: the two township staff who signed for the surveyors were only 函告所在乡镇处理 — referral, not a sanction by the centre.", "no-mechanism #5: a 廉洁承诺书 only."],
)


def fmt(g, lst):
    out = []
    for f in g[lst]:
        tgt = "document" if f["issue"] is None else f"problem {f['issue']}"
        out.append(f"- `{f['kind']}` ({tgt}): {f['why']}")
    return "\n".join(out) or "- none (good report)"


for p, n in N.items():
    g = json.load(open(os.path.join(ROOT, p, "gold.json"), encoding="utf-8"))
    links = {}
    for l in g["links"]:
        links.setdefault(l["issue"], []).append(l["measure"])
    md = [f"# {p} (d69-{p[1:]}) — {n['unit']}", "",
          f"Files: {n['files']}. Mode `pair`. Written by this hand; every name, place, figure, date and phone number is invented.", "",
          "## Forms", f"- Feedback: {n['feedback']}", f"- Report: {n['report']}", "",
          f"## Problems in feedback order ({g['issues']})"]
    for i, s in enumerate(n["problems"], 1):
        ans = "answered" if g["answered"][str(i)] else "**NOT answered**"
        md.append(f"{i}. {s} — {ans}; links: " + ("; ".join(f"`{m}`" for m in links.get(i, [])) or "none"))
    assert len(n["problems"]) == g["issues"]
    md += ["", "## Gold: must_flag", fmt(g, "must_flag"), "", "## Gold: must_not_flag", fmt(g, "must_not_flag"), "",
           "## Traps", *[f"- {t}" for t in n["traps"]], "",
           "## May report (debatable; not gold)", *[f"- {t}" for t in n["may"]], ""]
    open(os.path.join(ROOT, p, "notes.md"), "w", encoding="utf-8").write("\n".join(md))
    print(f"{p}/notes.md")
