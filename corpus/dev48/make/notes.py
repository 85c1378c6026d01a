"""Write p01..p10/notes.md for dev48: the hand-written parts below (forms, problems in order, traps, may-report points)
followed by every gold entry with its why, read back from the pair's gold.json (run make/gold.py first).
Run: python3 make/notes.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

N = {}

N["p01"] = dict(
    title="d48-01 — 蓰山县卫生健康局党组 (county health bureau)",
    forms="""- feedback.txt (UTF-8, LF): formal 反馈意见 of the 县委第二巡察组, dated 2025年3月18日. 一、基本评价 (praise), 二、巡察发现的主要问题 with three areas （一）（二）（三）在……方面 on their own lines and continuous 1．–7． items, each “heading。detail”; 三、整改意见 （一）–（四）; a 三个月内 sentence asking for both reports and disclosure.
- report.txt (UTF-8, LF): 整改落实情况的报告 dated 2025年6月10日 (84 days). 一、组织推进 + a totals paragraph; 二、 with the unit's OWN six headings in words unlike the feedback's (压实管党治党责任… / 把住专项资金的“拨付关” / 刹住借培训之名… / 补齐基层卫生服务短板… / 让卫生监督执法真正硬起来 / 建强支部、选好干部…), in ANOTHER ORDER (3, 5, 4, 1, 2, 6+7); the last heading is MERGED and names its two problems in brackets; a bracket （牵头领导：…；完成时限：…） closes each item; 三、下一步打算 with disclosure.""",
    problems=["基层医疗卫生服务能力提升任务推进迟缓 (村卫生室, 家庭医生随访)", "医疗机构监督执法偏软偏弱 (56%, 2 诊所 医疗美容)",
              "党组管党治党主体责任落实不到位", "违反中央八项规定精神 (2023年8月 芗岩风景区, 14人, 2.6万 by 疾控中心)",
              "专项资金管理使用不规范 (38.5万 滞留, 9.8万 拆分采购)", "基层党组织建设弱化", "干部选拔任用程序执行不严"],
    traps="""- No report heading repeats a feedback heading: matching must go by content (资金拨付 → #5, 培训 → #4, 村卫生室 → #1, 监督执法 → #2).
- Report （二） answers problem 5 and （五） answers problem 2: position is no guide.
- （六） answers #6 and #7 at once; its first half is #6 (换届, 三会一课, 发展党员), its second #7 (补充公示, 选任规程).
- “整改意见 （一）–（四）” and the 三个月内 paragraph are not problems; the sentence “此外，巡察中还发现了其他一些问题，已另行反馈或按规定移交” is not a problem either.
- （三） looks busy (警示教育片, 150 people, a revised rule) but the named event is left untouched.""",
    may="""- no-deadline #2: （五）'s time limit is 长期坚持 for an open enforcement failure; an inspector may add it, but the slogan answer is the plain fault.
- no-mechanism #2 and no-accountability #2 (the 卫生监督所 let 2 clinics off): both follow from the slogan answer; debatable as separate gaps.
- no-mechanism #6: no rule for 三会一课, only a plan for 发展党员.""")

N["p02"] = dict(
    title="d48-02 — 县生态环境分局党组 (蘼江; county ecology and environment branch)",
    forms="""- feedback.txt (UTF-8, LF): 反馈意见 of the 县委第四巡察组, dated 2024年10月22日; a 巡察认为 paragraph (praise), three areas （一）（二）（三）…方面 on their own lines, continuous HALF-WIDTH 1.–8. “heading。detail”; 整改要求 一要…四要 in one paragraph with the 三个月内 limit.
- report.txt (UTF-16 LE with BOM, LF): dated 2025年2月14日 (115 days: LATE). 一、整改工作开展情况 with totals; 二、 answers BY NUMBER ONLY: “（一）针对反馈的第1个问题” … “（六）针对反馈的第6个问题”, then “（七）针对反馈的第8个问题” — the 7th problem is never answered; each answer ends with a field line 责任领导/责任股室/完成时限; 三、下一步工作 with disclosure.""",
    problems=["统筹推动生态环境保护责任落实不力", "污染源日常监管存在盲区 (41 家 small firms, 排污口台账)", "环境信访投诉办理不及时",
              "党组主体责任落实有差距", "行政执法领域廉洁风险突出 (自由裁量, 未回避)", "违反中央八项规定精神 (监测车)",
              "党内组织生活不严肃", "上轮巡察和审计发现问题整改不彻底"],
    traps="""- The headings carry no topic at all; the tool must read “第N个问题” as a reference to the feedback's Nth problem.
- Heading （七） answers problem 8: the seventh heading is not the seventh problem.
- The missing problem 7 leaves no trace in the report (no 组织生活会, no 党课).
- 整改要求 一要…四要 are requirements, not problems.""",
    may="""- no-mechanism #2: the outfall re-survey has no standing rule; an inspector may add it, but the missing date is the plain fault.
- no-accountability #8: nobody is named for leaving the 2021/2022 findings unrectified; the money is paid back and a 台账 set up. Debatable.""")

N["p03"] = dict(
    title="d48-03 — 蕤川县体育事业发展中心党支部 (county sports development centre)",
    forms="""- feedback.txt (UTF-8, LF): the 巡察组组长's speech at the 反馈会 (dated 2025年4月9日 under the title). Praise, problems and requirements are MIXED in one flow: praise paragraph; “先说全民健身” (praise of new pitches, then the problem, then “中心要把‘建’和‘管’一起抓起来”); “再说场馆经营” (problem + requirement); “第三个方面…第六个方面”; a praise paragraph on 意识形态 BETWEEN problems 4 and 5; then “我再提三点要求。一要…二要…三要…” and the 三个月内 sentence.
- report.txt (GB18030, LF): the 党支部书记、主任's FIRST-PERSON report (我), dated 2025年7月3日 (85 days); 一、我是怎样组织整改的 + totals; 二、 six short headings “（N）…问题” in ANOTHER ORDER (5, 3, 2, 1, 6, 4), with 一是… and a bracket or “此项由我亲自牵头”; 三、下一步打算 with disclosure.""",
    problems=["全民健身设施建管脱节 (37 套器材, 开放时段)", "场馆门面出租不规范 (5 间门面, 6.8万)", "赛事经费问题 (12.4万 奖品无验收单, 4 人签名笔迹一致)",
              "支部主体责任不实 (谈心谈话, 廉政风险排查)", "违规发放津补贴 (4.1万 加班补助)", "业余体校管理 (收费未备案, 教练员私自办班)"],
    traps="""- The praise inside “先说全民健身” (新建的3处笼式足球场很受群众欢迎) and the whole 意识形态 paragraph are not problems.
- Sentences like “中心要把场馆经营的规矩立起来” and “该追究责任的追究责任” are requirements attached to a problem, not new problems.
- Report （二） answers problem 3, （三） problem 2, （一） problem 5.
- （二） looks thorough (清点, 补签验收单, a new 办法) but the doubtful signatures end in an explanation, not in handling.""",
    may="""- no-owner #2/#3: brackets name 副主任郜启帆, fine; none is missing. Nothing to add.
- no-accountability #2: renewing at the old price for “老关系” may hide a favour; the speech did not name a person, so it is not gold.
- no-deadline #4: the bracket has a date but no 责任领导 line; the secretary leads it himself (“此项由我亲自牵头”).""")

N["p04"] = dict(
    title="d48-04 — 萩阳县文学艺术界联合会党组 (county federation of literary and art circles)",
    forms="""- feedback.docx (DOCX, landscape): 反馈问题清单 of the 县委第三巡察组: a title, an address line, one intro paragraph, a Word TABLE 序号 / 问题类别 / 问题表现 / 整改要求 with 7 rows, a 说明 paragraph (1．第一责任人 and 领导小组, 2．三个月内, 3．公开), the signature and the date 2024年11月12日.
- report.txt (UTF-8, LF): dated 2025年2月10日 (90 days: inside, the limit is 2025-02-12). 一、组织情况; 二、整改完成情况 with the claim “已全部整改到位…整改完成率100%”; then 巡察反馈问题整改台账 as ｜-separated text rows: a header (序号｜反馈问题｜整改措施｜责任领导｜责任部门｜整改时限｜完成情况) and 7 rows; 三、下一步工作 with disclosure.""",
    problems=["文艺惠民工作落实打折扣 (30 → 11 场, 上报 32 场)", "意识形态工作责任制 (内部刊物《蓉湄》, 协会微信群)", "对所属文艺家协会管理松散",
              "文艺创作扶持资金评审不规范 (配偶, 2万)", "以“采风创作”名义组织外出 (3.3万, 0.7万 门票游船)", "党员教育管理不严格 (党费, 代签)",
              "上轮巡察指出的资产管理问题仍未整改 (126 件书画)"],
    traps="""- Each table row is one problem; 问题类别 is a category and 整改要求 a requirement, neither is a separate problem.
- The 说明 paragraph's 1．2．3． are instructions, not problems.
- The ledger's 反馈问题 column shortens the feedback's wording; match by content.
- 90 days is close to the limit but inside it (three calendar months from 11月12日 is 2月12日).""",
    may="""- no-mechanism #3: row 3's 整改要求 asked to 明确党组成员联系责任 and the row does not; it is the same fault as the missing owner.
- no-mechanism #6: 整改要求 “规范学习制度”; the row gives a yearly plan and own signatures, no rule. Debatable.
- no-accountability #2: only the 责任编辑's 书面检查 for a published text with a wrong view of history; may be thought light.""")

N["p05"] = dict(
    title="d48-05 — 蓂溪县中心血站党支部 (county central blood station)",
    forms="""- feedback.txt (UTF-8, LF): a formal 反馈意见 (dated 2025年5月20日) as HARD-WRAPPED plain text copied out of a PDF: a line break every 30–40 characters wherever the line ends, paragraph starts not marked, page-number lines “— 1 —”, “— 2 —” in the middle of a sentence (problem 4 runs across a page break). Areas （一）（二）（三）在……方面, continuous 1．–7．; 二、整改意见 一要…四要.
- report.txt (UTF-8, CRLF): dated 2025年8月12日 (84 days). 一、整改工作总体情况 with totals; 二、 eight headings “（N）关于……的问题” in feedback order — problem 1 is SPLIT over （一） 温度监测记录 and （二） 过期试剂 — each with 整改措施： and a field line 责任领导/责任科室/完成时限/整改进度; 三、下一步工作 (no disclosure).""",
    problems=["血液安全管理存在漏洞 (温度记录空白, 过期试剂)", "无偿献血工作推进乏力", "物资采购管理不规范 (37万 未经集体研究)",
              "主体责任压得不实", "违反中央八项规定精神 (购物卡 1.2万, 0.8万 发给职工)", "党内政治生活质量不高", "编外人员招聘不规范"],
    traps="""- A wrapped line that begins with a digit is not always a new item: “2024年未发生输血安全事故…” starts a line inside the praise paragraph, and item 3 breaks “其中2 / 批次合计37万元” across two lines; only “N．” at a line start opens an item.
- The page-number lines are noise, not text; “4．主体责任压得不实…关键岗位的廉政风险点 / — 1 — / 排查流于形式…” is one item.
- Report headings 1 and 2 both answer problem 1; from （三） on, heading N answers problem N−1.
- The 融媒体中心 release (流动采血点位和时间表) is publicity for donors, not disclosure of the rectification.""",
    may="""- no-accountability #3 and no-mechanism #3: inside the copied answer nobody is dealt with and nothing new is set up; an inspector will likely mention them with the copied measure.
- no-deadline #6: 长期坚持 beside slogans.""")

N["p06"] = dict(
    title="d48-06 — 荇城县公路事业发展中心党委 (county highway development centre)",
    forms="""- feedback.txt (UTF-8, LF): formal 反馈意见 dated 2024年12月3日; 一、总体情况 (praise), 二、存在的主要问题 with three area heading lines （一）（二）（三）…方面, each followed by ONE paragraph of inline 一是…二是…(三是…) that RESTARTS per area (2 + 3 + 2 = 7); 三、整改意见 （一）–（四） run together in one paragraph.
- report.txt (UTF-8, LF): a HARD-WRAPPED report (line breaks every 30–40 characters, no blank lines), dated 2025年3月28日 (115 days: LATE). A two-sentence preamble with no 领导小组; 一、…七、关于……的问题 restating the feedback, measures as 一是…二是… and a bracket （责任领导：…；完成时限：…）; the same generic paragraph is pasted under 二、 and 七、; 八、下一步打算 with disclosure.""",
    problems=["农村公路“路长制”落实不到位", "公路安全隐患整治迟缓 (14 处临水临崖, 5 处完成)", "工程项目管理存在廉洁风险 (87万 直接发包)",
              "违规使用公务车辆", "以“加班误餐”名义违规列支餐费 (2.3万)", "基层党支部组织生活不正常", "干部职工教育管理宽松 (2 人长期不在岗领全额工资)"],
    traps="""- 一是 restarts in every area: the second “一是” is problem 3, the third problem 6.
- 整改意见 （一）–（四） in one paragraph are requirements, not problems.
- In the wrapped report, measures and brackets break across lines (“（” never ends a line, but “2025\\n年1月31日” does occur); headings stay on their own lines.
- “党委副书记暨立诚” is a 责任领导 for #6 and #7, not the lead of the rectification.""",
    may="""- vague-measure #2 and #7: the pasted paragraph is also a slogan; the same fault seen from another side.
- no-accountability #7: the 2 absent staff and those who knew are not dealt with; it is inside the pasted answer.
- no-mechanism #5: only “明确…一律在站内食堂解决”, not a written rule.""")

N["p07"] = dict(
    title="d48-07 — 蘩水县农业技术推广中心党支部 (county agricultural technology extension centre)",
    forms="""- feedback.txt (UTF-8, LF): formal 反馈意见 dated 2025年2月26日; a praise paragraph; areas 一、二、三、在……方面 with RESTARTING FULL-WIDTH １．２．(３．) heading。detail (2 + 3 + 2 = 7); a closing 整改要求：一是…四是… in one paragraph.
- report.txt (UTF-8, LF): a public 关于巡察整改进展情况的通报 with a source line (来源/发布日期/公开方式：主动公开), dated 2025年5月23日 (86 days); 一、组织情况; 二、整改总体进展 (totals: 7 problems 已全部完成整改, 100%, measures, rules, money, sanctions); 三、 （一）（二）（三）在…方面 → １．关于…问题的整改 → 整改情况：; 四、下一步工作; a comment period, phone, address and postcode.""",
    problems=["耕地质量提升和良种推广任务落实不到位", "农技服务“最后一公里”不畅通", "农业项目资金管理不规范 (2 合作社 虚报, 3.1万)",
              "违规公务接待 (2.4万, 酒水 0.9万)", "党支部主体责任落实不力", "“三会一课”制度落实不严格", "专业技术职称推荐不规范"],
    traps="""- Full-width digits １．２．３． restart in each area; the third “１．” is problem 6.
- The 整改要求 “一是…四是” after the problems are requirements.
- The report repeats the feedback's area headings and numbering, so positional matching works here — the gaps are in content.
- A public notice has no per-item owners or dates; that is its form, not a gap.""",
    may="""- no-owner / no-deadline on every item: a public 通报 does not carry them; an inspector screening the internal report would ask, but not of this notice.
- no-mechanism #2: nothing set up for the 农技员; it is inside the copied answer.""")

N["p08"] = dict(
    title="d48-08 — 蒹台县保安服务有限公司党支部 (county state-owned security services company)",
    forms="""- feedback.txt (UTF-8, LF): the 巡察组组长's 反馈会 speech dated 2025年6月5日: 一、巡察发现的成绩和问题 in seven “从……看，” paragraphs — the first is praise, the 财务管理 one holds TWO problems (一方面 应收账款…另一方面 购物卡); requirements are mixed into the problem paragraphs (“这个程序一步也不能省”, “要建立规范的中层管理人员选拔制度和亲属回避制度”); 二、要求 第一…第四; 三、整改时限.
- report.txt (GB18030, LF): dated 2025年8月29日 (85 days). 一、总体情况 with totals; 二、 the unit's OWN four headings in ANOTHER ORDER: （一） MERGED #1 + #6, （二） #5, （三） MERGED #3 + #4, （四） #7 — problem 2 (保安员社保和加班) is nowhere; 三、下一步工作 (no disclosure).""",
    problems=["重大经营事项未经党支部前置研究 (210万 押运合同)", "保安员权益保障不到位 (38 人社保, 加班)", "应收账款清收不力 (63万, 41万 超 2 年)",
              "以“节日慰问”名义发放购物卡 (2.4万)", "选人用人不规范 (2 中层 未推荐, 总经理妻弟任出纳)", "派驻保安员党员管理缺失 (7 人)", "保安员持证上岗率低 (81%)"],
    traps="""- “从巡察情况看” is praise; “从财务管理看” is two problems.
- Requirement sentences inside problem paragraphs are not problems.
- Merged answers announce themselves (“针对…两个问题，公司合并进行整改”, “放在一起整改”), each half specific.
- “保安员培训考试成绩在公司公告栏公示” and “每月在总经理办公会上通报” are not disclosure of the rectification.""",
    may="""- no-accountability #3: letting 41万 sit for two years may call for someone to answer; the speech named no person.
- no-accountability #1: the contract signed without the 党支部 — nobody handled; the speech asked for a procedure, not sanctions. Debatable.""")

N["p09"] = dict(
    title="d48-09 — 薁源县投资促进中心党支部 (county investment promotion centre) — GOOD REPORT",
    forms="""- feedback.txt (UTF-8, LF): formal 反馈意见 dated 2025年1月15日; 一、主要问题 in three area PARAGRAPHS “（一）在……方面。” followed inline by 一是…七是 that RUN ON across the areas (no restart); 二、整改意见 （一）–（四）.
- report.txt (UTF-8, LF): dated 2025年4月11日 (86 days). 一、组织领导 with totals; 二、 eight headings “（N）关于……的问题” in ANOTHER ORDER (3, 4, 7, 1, 2, 1, 5, 6) — problem 1 is SPLIT over （四） 签约项目推进缓慢 and （六） 把未落地项目计入招商成果 — each with 整改措施： and four field lines 责任领导/责任科室/完成时限/完成情况; 三、下一步工作 with disclosure.""",
    problems=["招商项目“签约多、落地少” (26 签约, 9 开工, 7 无进展仍计入成果)", "项目跟踪服务不到位", "招商经费管理不规范 (18万 中介费)",
              "违反中央八项规定精神 (超标住宿 0.6万, 宴请 0.4万)", "党支部管党治党责任落实不到位", "党员教育管理不够严格", "审计整改不彻底 (27万)"],
    traps="""- “三是…七是” open the second and third area paragraphs: the count does not restart.
- Report heading （六） is the second half of problem 1, not problem 6; problem 6 is under （八）.
- Two items are honestly 正在推进 with dates; the totals say so (24 of 26 done).""",
    may="""- None that an inspector would press: every problem has a concrete answer, an owner, a date, handling where someone did wrong, and a rule where one was missing.""")

N["p10"] = dict(
    title="d48-10 — 莛州区委机构编制委员会办公室机关党支部 (district establishment office)",
    forms="""- feedback.txt (UTF-8, LF): formal 反馈意见 dated 2025年7月8日; a praise paragraph; three area PARAGRAPHS without heading lines “在……方面，一是…；二是…；(三是…)” restarting (3 + 2 + 2 = 7); then “针对上述问题…整改意见：一是…四是…” and the 三个月内 paragraph.
- report.txt (UTF-8, LF): dated 2025年9月30日 (84 days). 一、整改工作开展情况 with totals; 二、 the unit's OWN four theme headings (守牢机构编制“闸门” / 让编制数据和在岗人员对得上 / 严明纪律、改进作风 / 把支部建强、把基础管好), each holding 一是/二是 answers tagged “（对应反馈问题第N项）”, in ANOTHER ORDER (3, 1, 2, 7, 5, 4, 6, 7) — problem 7 is SPLIT (归档 / 涉密文件借阅); a bracket per answer; 三、下一步打算 with disclosure.""",
    problems=["事业单位改革后续工作推进滞后 (3 家无“三定”)", "机构编制实名制管理不严 (23 人)", "编制使用核准把关不严 (2 家满编仍核准进人)",
              "主体责任落实有差距", "作风建设有所松懈 (4 次工作餐)", "组织生活不够规范", "机构编制档案管理不规范 (42 份未归档, 涉密借阅未登记)"],
    traps="""- 一是 restarts in each area paragraph; the 整改意见 “一是…四是” after “针对上述问题” are not problems.
- The theme headings say nothing of the problem numbers; only the “（对应反馈问题第N项）” tags do, and the report's own 一是/二是 are not the feedback's.
- Problem 7 is answered twice, under two different themes.""",
    may="""- no-mechanism #4: no rule under the slogan answer; the same fault.
- no-deadline #3: 文化馆's overstaffing is to be absorbed by end-2026 while the item's bracket says 2025年8月31日; an inspector may ask which date counts.""")


KIND_ORDER = ["unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
              "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"]

for p, n in N.items():
    g = json.load(open(os.path.join(ROOT, p, "gold.json"), encoding="utf-8"))
    out = [f"# {n['title']}", "", "## Forms", n["forms"], "", f"## Problems in order ({g['issues']})"]
    out += [f"{i}. {t}" + ("" if g["answered"][str(i)] else " — **not answered**") for i, t in enumerate(n["problems"], 1)]
    assert len(n["problems"]) == g["issues"], p
    out += ["", "## Gold: must_flag"]
    out += [f"- `{f['kind']}` {f['issue'] if f['issue'] is not None else '(document)'} — {f['why']}" for f in g["must_flag"]] or ["- none (good report)"]
    out += ["", "## Gold: must_not_flag"]
    out += [f"- `{f['kind']}` {f['issue'] if f['issue'] is not None else '(document)'} — {f['why']}" for f in g["must_not_flag"]]
    out += ["", "## Links (substring of report → problem)"]
    out += [f"- “{l['measure']}” → {l['issue']}" for l in g["links"]]
    out += ["", "## Traps", n["traps"], "", "## May report (debatable; not gold)", n["may"], ""]
    open(os.path.join(ROOT, p, "notes.md"), "w", encoding="utf-8").write("\n".join(out))
    print(f"{p}/notes.md")
