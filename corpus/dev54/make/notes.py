"""Write pNN/notes.md from the gold (for each entry and why) plus the hand-written form/trap/may-report text below."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = {
"p01": ("县委政策研究室党支部 (county Party policy-research office)",
 "Feedback: formal 反馈意见, 一、巡察发现的主要问题 with three areas （一）（二）（三）…方面 and continuous 1．–7． (heading。evidence); 二、整改意见 （一）–（五） are requirements, not problems. Report: common 关于“…”的问题的整改情况 with 整改措施/责任人/整改时限/整改进展 lines, 组织 preamble, totals, 下一步 with disclosure. GOOD REPORT.",
 ["调研成果针对性不强", "重点课题推进拖沓", "党支部落实主体责任不够有力", "违反中央八项规定精神", "经费管理不规范", "组织生活不严格", "干部队伍建设谋划不足"],
 "Traps: item 7 is 正在推进 with a 2025-12-31 limit after the report date — honest, matches 23+1. The 整改意见 list must not be counted.",
 "May report: none of weight; item 2 (课题) names no accountability, but no wrongdoing was found."),
"p02": ("县劳动人事争议仲裁院党支部 (county labour arbitration institute)",
 "Feedback: 巡察组组长's 反馈会 speech; problems as paragraphs 一是…六是; then 一要…三要 requirements and the 三个月内 sentence (not problems). Report (GB18030): the secretary's first-person report, own order 1,5,4,2,3,6, each 关于…的问题 paragraph ending with owner and date in prose.",
 ["审限和减证便民", "全面从严治党主体责任有差距", "违规办案和利益冲突", "中央八项规定精神 (月饼)", "财务和资产管理", "基层党组织建设薄弱"],
 "Traps: order differs; the secretary's 书面检查 under （三） belongs to problem 4. Report （五） looks busy (告知书, 登记) but handles none of the people the feedback named.",
 "May report: problem 5 recovers money but names nobody (the feedback does not ask for a sanction there); problem 6 has no firm date inside the item (下一步 gives 10月底)."),
"p03": ("县环境卫生管理所党支部 (county sanitation office)",
 "Feedback: 反馈问题清单, 问题1：…问题7： heading + 具体表现：; 整改要求 一、–五、 not problems. Report (UTF-8, CRLF): 问题N：/整改情况：/责任人；完成时限 lines.",
 ["城乡环境整治部署不到位", "环卫作业外包监管不严", "主体责任不到位", "违规发放津补贴", "车辆和油料管理混乱", "基层党组织建设弱化", "干部职工队伍管理松弛"],
 "Traps: 问题1's limit (2025-03-31) falls after the report date; 问题3 points to 问题5 for the repair-cost issue (not a missing answer).",
 "May report: no-mechanism on 问题4 (no rule on allowances) — it follows from the copied answer; 问题7's 提醒谈话 is mild."),
"p04": ("芘溪灌区管理所党支部 (irrigation-district management office)",
 "Feedback: formal 反馈意见, areas 一、…方面 with RESTARTING 1．2．(3．), 2+3+2 = 7; the 移交 sentence and 二、整改要求 not problems. Report: 组织 preamble, then a ledger as ｜-separated text rows (序号｜问题｜措施｜责任领导｜科室｜时限｜完成情况), 下一步.",
 ["节水灌溉任务推进缓慢", "渠道安全隐患整治不彻底", "一岗双责落实不到位", "水费收缴和使用不规范", "工程项目管理漏洞", "党员教育管理不严", "换届和组织生活不规范"],
 "Traps: restarting numbers (three 1．); row 2's 时限 column holds a condition, not a date.",
 "May report: row 2 has no rule either (手机终端填报 is a practice); row 7 has no rule (a one-off 换届)."),
"p05": ("县救助管理站党支部 (county relief and rescue station)",
 "Feedback: DOCX 反馈意见, bold area headings （一）（二）（三）…方面, problems 1．–6．; 二、整改意见 一是…五是 not problems. Report (UTF-16 LE BOM): answers by number “（N）针对反馈意见第N个问题（short title）”, with a 责任人；整改时限；state line.",
 ["主动救助工作不扎实", "寻亲和滞留人员安置不力", "救助资金和物资管理不规范", "中央八项规定精神", "采购和服务外包廉政风险", "党支部建设薄弱"],
 "Traps: the last answer is 第5个问题 — problem 6 is silently dropped; 第2个问题's answer has an owner and date, so only the content is empty.",
 "May report: 3 measures in progress but only one open item — plausible (item 2 may hold three); not an inconsistency."),
"p06": ("县电影发行放映有限公司党支部 (county film distribution company, state firm)",
 "Feedback: 纪委监委 website news item with page furniture; problems inline “巡察组指出，…：…；…；…等问题” (6); the 要求 paragraph and 表态 are not problems. Report: public 巡察整改进展情况的通报, （一）关于…的问题 + 整改情况：/整改进展：, totals, comment period, phone, address.",
 ["农村公益电影放映不扎实", "党支部把方向作用发挥不充分", "内部控制薄弱", "中央八项规定精神", "选人用人不规范", "基层党组织建设薄弱"],
 "Traps: the pasted paragraph differs only in its first clause (公司针对…的问题); the 通报's totals add up.",
 "May report: on （三） and （五） also vague-measure, no-accountability (票款, 38万 承包费) and no-mechanism — all follow from the pasted paragraph; not gold."),
"p07": ("县茶叶产业发展中心党支部 (county tea-industry development centre)",
 "Feedback (GB18030): formal 反馈意见, 一、巡察发现的主要问题 with （一）–（七） heading。evidence; 二、整改意见 （一）–（五） not problems. Report: 关于“…”的问题的整改情况 with 整改措施/责任人/整改时限/整改进展.",
 ["茶产业发展职责履行不到位", "扶持资金管理使用问题", "主体责任落实不到位", "中央八项规定精神 (送茶)", "示范茶场经营管理混乱", "干部队伍和人才培养不足", "基层党组织作用发挥不充分"],
 "Traps: （一） is long-running with a real date — not a deadline gap; （六）'s 长期坚持 is the gap because a concrete part is still open.",
 "May report: （六） has no rule; （七） none either (a plan)."),
"p08": ("县计量检定测试所党支部 (county metrology testing institute)",
 "Feedback: formal 反馈意见 with （一）（二）（三）…方面 and continuous 1．–7．; 二、整改意见 not problems. Report: DOCX, bold 关于“…”的问题的整改情况 headings, field paragraphs 整改措施/责任人/整改时限/整改进展. GOOD REPORT.",
 ["服务民生计量不到位", "检定业务管理不规范", "主体责任和监督责任不到位", "违规收费", "中央八项规定精神", "组织生活不规范", "干部队伍管理不严"],
 "Traps: one item in progress, honestly stated with two named measures; all totals add up.",
 "May report: none of weight."),
"p09": ("县汽车客运站有限公司党支部 (county bus station company, state firm)",
 "Feedback: 巡察组组长's 反馈会 speech, problems 第一，…第六，; 一是…三是 requirements and the 三个月内 sentence not problems. Report: reworded 关于…的问题 headings （一）–（五）, 一是…四是 paragraphs, one bracket (责任领导；完成时限) each.",
 ["服务群众出行意识不强", "安全生产责任不到位", "党支部把关定向作用弱化", "经营管理廉政风险", "中央八项规定精神 (白酒, 公车)", "基层党组织建设薄弱"],
 "Traps: five headings for six problems; heading （五） answers problem 6, so positional matching misleads.",
 "May report: problem 3 has no accountability (no named wrongdoer)."),
"p10": ("县保障性住房服务中心党支部 (county affordable-housing service centre)",
 "Feedback: formal 反馈意见, areas 一、…方面 with continuous 1．–7． heading lines + 具体表现：; 整改要求 （一）–（五） not problems. Report: 关于“…”的问题 with 整改措施： paragraph and one 责任领导；完成时限；整改进展 line.",
 ["保障房分配管理不严格", "公租房运营维护不到位", "租金收缴和使用不规范", "物业服务采购廉政风险", "中央八项规定精神", "组织生活不规范", "党员作用发挥不明显"],
 "Traps: several 完成时限 fall after the report date with 已完成 — early completion, not an inconsistency by itself; the inconsistency is the all-done sentence against the open items.",
 "May report: no-accountability on 1 (the staff who failed to check the 9 households) and on 4; no-mechanism on 4."),
}
for p, (unit, forms, probs, traps, may) in N.items():
    g = json.load(open(os.path.join(ROOT, p, "gold.json"), encoding="utf-8"))
    out = [f"# d54-{p[1:]} — {unit}", "", "## Forms", forms, "", "## Problems in order"]
    out += [f"{i}. {t}" for i, t in enumerate(probs, 1)]
    assert len(probs) == g["issues"]
    out += ["", "## Gold", "must_flag:" if g["must_flag"] else "must_flag: none (good report)"]
    out += [f"- {f['kind']} {f['issue']}: {f['why']}" for f in g["must_flag"]]
    out += ["must_not_flag:"] + [f"- {f['kind']} {f['issue']}: {f['why']}" for f in g["must_not_flag"]]
    out += ["links:"] + [f"- “{l['measure']}” → {l['issue']}" for l in g["links"]]
    out += ["", "## Traps", traps, "", "## May report (debatable, not gold)", may, ""]
    open(os.path.join(ROOT, p, "notes.md"), "w", encoding="utf-8").write("\n".join(out))
print("notes written")
