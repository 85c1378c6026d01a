"""Write p01..p10/notes.md for dev118 from the hand-written text below plus the pair's gold.json (so that the gold entries
and the linked measures listed in the notes are exactly the gold's). Run after make/gold.py: python3 make/notes.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

N = {}
N["p01"] = dict(
    unit="蕺阳县篁竹乡林业工作站党支部 — a township forestry station, inspected in a 县林业局党组 round",
    forms=["feedback.txt (UTF-8, LF): formal 反馈意见 dated 2025-04-08; areas （一）（二）（三）…方面 with continuous 1．–10．, each "
           "“heading。detail”; 二、整改意见 （一）–（三）, the deadline sentence and the 移交 sentence are not problems.",
           "report.txt (UTF-8, LF), dated 2025-06-30 (83 days): 一、整改工作组织情况 with totals; 二、 ten 关于“…”的问题 items with five "
           "field lines (整改措施/责任领导/责任人/完成时限/整改成效) and no sanction word; 三、追责问责情况 numbered 1．–5． by problem "
           "name; 四、建章立制情况 naming eight rules by problem number; 五、下一步打算 with disclosure."],
    problems=[(1, "b", "理论学习与业务结合不紧"), (2, "b", "森林防火检查流于形式"), (3, "a", "护林员补助发给了不巡山的人 (a benefit paid to people not entitled)"),
              (4, "a", "库存苗木去向说不清 (a stock gone missing)"), (5, "a", "采伐现场查验记录与实际不符 (a record written for work not done)"),
              (6, "a", "办理采伐申请向群众收“资料费” (a fee no rule allows)"), (7, "a", "护林点房屋出租没人研究 (a lease renewed with nobody deciding)"),
              (8, "b", "林地和资源管护台账不全"), (9, "b", "内部管理制度缺失"), (10, "b", "组织生活不够规范")],
    traps=["Every sanction stands only in 三、, away from its item; a reader that looks for sanctions inside items would flag all five (a) problems.",
           "Every rule for an (a) problem is named only in 四、 by problem number (“（对应第3个问题）”, “（第4个问题）”).",
           "#2 and #8 are honestly reported as unfinished and the totals say so: no inconsistent claim.",
           "“长期坚持” after a date (#1, #10) is not a missing time limit."],
    may=["#1 and #10 (study, party meetings) get plans rather than rules; the gold makes no no-mechanism judgement on them.",
         "#4's keeper both pays and makes a 书面检查; #7's sanction (提醒谈话) is mild for four years of unexamined renewal — an "
         "inspector may call it light, but someone is held."],
    good=True)
N["p02"] = dict(
    unit="葶川县柘口镇道路交通安全管理站党支部 — a township road-safety station, inspected in a county 乡镇站所专项巡察",
    forms=["feedback.html (UTF-8, LF): a news page on the county 纪委监委 site with chrome (nav, 当前位置, footer with 网站标识码); "
           "the problems are inline 一是…十一是 in one paragraph after “巡察也发现了一些问题：”; the 组长's 一要…三要, the 站长's 表态 "
           "一是…三是 and the 移交 sentence are not problems.",
           "report.html (UTF-8, LF): a public 整改进展情况的通报 on the township site with an 索引号/公开方式 table, dated 2025-06-05 "
           "(85 days); 一、组织落实整改情况 (一是…三是 + totals), 二、 eleven “N．…的问题。” + “整改情况：… （责任领导；完成时限）”; "
           "sanctions inside the items; 三、下一步 with phone and address."],
    problems=[(1, "b", "传达学习上级部署不及时"), (2, "a", "劝导员补贴发给了不在岗的人"), (3, "a", "安全头盔数量对不上 (127 missing)"),
              (4, "a", "对未戴头盔的驾驶人收“学习费”"), (5, "b", "道路隐患排查台账不全"), (6, "a", "劝导站值守记录与实际不符"),
              (7, "b", "“三会一课”不规范"), (8, "b", "面包车超员劝导监管不到位"), (9, "a", "巡逻用车租用站长朋友车辆并续签（no comparison, no meeting）"),
              (10, "b", "执勤排班制度缺失"), (11, "b", "交通安全宣传进村入户不够")],
    traps=["#6 has a 警示教育会 with a film — a look-alike, not a sanction.",
           "#3's 线索移交镇纪委 counts as holding someone to account (the matter is with the discipline body).",
           "#4 has concrete acts and a sanction; only its rule sentence is a slogan: no-mechanism, not vague-measure.",
           "The feedback's 表态 一是…三是 follows the problems in another paragraph: not problems.",
           "公示栏 in #10 is where the rota is posted; the disclosure is the 通报 itself (主动公开)."],
    may=["#11's slogan item is counted among the 9 “已完成” items; an inspector may also call that claim generous.",
         "#8 (超员监管) gets measures but no rule; the gold makes no no-mechanism judgement on it."],
    good=False)
N["p03"] = dict(
    unit="蘘溪县石坂乡应急管理服务站党支部 — a township emergency-management station, inspected by a county 巡察组",
    forms=["feedback.txt (UTF-8, CRLF): the 组长's speech at the 反馈会 dated 2024-10-15; 二、 has three paragraphs （一）（二）（三） "
           "each “heading。一是…；二是…” with the inline numbering RESTARTING (3 + 4 + 3 = 10); the 原因 sentence, 一要…三要 and the "
           "三个月内 sentence are not problems.",
           "report.txt (GB18030, LF): the secretary-head's FIRST-PERSON report dated 2025-02-12 (120 days: late), own headings "
           "（一）–（五） each taking two problems in another order (3+2, 4+6, 5+7, 1+10, 8+9); sanctions in his own words "
           "(“我代表支部找他谈了话…扣减了他…绩效”, “我让…写了书面检查”, “我在乡党委会上作了检讨，乡党委对我进行了诫勉谈话”)."],
    problems=[(1, "b", "理论学习浮于表面"), (2, "b", "隐患排查监管不到位"), (3, "a", "塌陷坑拖到有人受伤才处理 (compensation 3.6万 paid)"),
              (4, "a", "防汛物资账物不符 (stock gone)"), (5, "a", "演练记录与实际不符 (drills reported, never held)"),
              (6, "a", "物资仓库维修交给熟人（站长同学）"), (7, "a", "值班补助发给没值班的人"), (8, "b", "应急值守制度缺失"),
              (9, "b", "应急队伍台账不全"), (10, "b", "组织生活质量不高")],
    traps=["Owners are “我本人”/“我” — the writer; not a missing owner.",
           "#4's explanation (“差额部分主要是…临时调用”) and the restocking are not a sanction; the promised 物资管理办法 is not a rule.",
           "#2 sits in the second paragraph of （一） after the pit: answered, but with “争取尽快完成”.",
           "Regrouped headings: every problem is answered somewhere; none is missing."],
    may=["#6: the writer is the one who gave the job to his classmate; his own 检讨 and the 乡党委's 诫勉谈话 are the sanction.",
         "#9's register is updated and checked half-yearly; no no-mechanism judgement is made on it."],
    good=False)
N["p04"] = dict(
    unit="蔊山县枫渡镇规划建设管理所党支部 — a township planning and building office, inspected in a 县住建局党组 round",
    forms=["feedback.docx: DOCX 反馈意见 dated 2025-05-20 with bold area headings 一、二、三、 and numbering 1．RESTARTING in each "
           "(3 + 4 + 4 = 11); bold 四、整改要求 （一）–（三） are not problems.",
           "report.docx: DOCX dated 2025-08-12 (84 days); prose 二、 answers each problem under （一）（二）（三） with “N．关于…的问题。” "
           "and carries no sanction word; a closing Word table 整改台账 (8 columns: 序号｜反馈问题｜整改措施｜责任领导｜责任人｜"
           "完成时限｜追责问责情况｜长效机制) is the only place sanctions and rules are given per problem."],
    problems=[(1, "b", "学习贯彻不深入"), (2, "b", "农房建设监管不到位"), (3, "a", "办理建房审批收“规划服务费”"),
              (4, "a", "集镇排水沟修缮交给所长的熟人做"), (5, "a", "农房建设到场记录事后补签"), (6, "a", "抗震改造补助发给不符合条件的农户"),
              (7, "a", "集镇保洁合同到期后年年续签"), (8, "b", "建房审批档案台账不全"), (9, "b", "审批内部流程制度缺失"),
              (10, "b", "“三会一课”落实不到位"), (11, "b", "党员教育管理不严")],
    traps=["Sanctions and rules only in the table's last two columns; the prose holds nobody.",
           "Row 4 is “—” in the sanction column while its rule cell is filled: the gap is accountability only.",
           "Row 5 has a sanction (调整岗位) and a slogan rule (“健全相关机制”).",
           "“不涉及” in the sanction column of ordinary rows is right, not a gap."],
    may=["#10 and #11 have no rule cell (“—”); no no-mechanism judgement is made on them.",
         "#2's table row has a date; the copied text is the gap, not the time limit."],
    good=False)
N["p05"] = dict(
    unit="蓰台县病媒生物防制站党支部 — a county pest-vector control station, inspected in a 县卫健局党委 round",
    forms=["feedback.txt (UTF-16 LE with BOM, LF): 问题清单 dated 2025-02-18, 问题1：…问题10： heading lines each followed by "
           "具体表现：; 二、整改要求 1．–3． are not problems (要求2 names the five misconduct problems for 处理).",
           "report.txt (UTF-8, LF), dated 2025-05-14 (85 days): a short covering text with totals, then a ｜-separated 整改台账 "
           "(9 fields: 序号｜反馈问题｜整改措施｜责任领导｜责任人｜完成时限｜整改进展｜问责处理｜长效机制); sanctions only in 问责处理, "
           "rules in 长效机制; nothing published."],
    problems=[(1, "b", "理论学习不深入"), (2, "a", "消杀作业记录与实际不符"), (3, "a", "灭鼠毒饵数量对不上 (2.4 t gone)"),
              (4, "a", "有偿消杀业务转给副站长亲属的公司"), (5, "a", "餐饮单位达标评估收“评估费”"), (6, "b", "药械出入库台账不全"),
              (7, "b", "对有偿服务质量监管不到位"), (8, "a", "夜间作业补助发给不上夜班的人"), (9, "b", "药品采购验收制度缺失"),
              (10, "b", "组织生活不规范")],
    traps=["Row 3's “按程序核减库存账面” is a write-down, not a sanction.",
           "“公开比选” in row 4 is procurement, not disclosure.",
           "Row 4's 线索移交局纪检组 and the deputy's changed portfolio count as holding someone to account.",
           "The covering text refers sanctions to the ledger field (“见台账‘问责处理’栏”)."],
    may=["#10 has no rule (“—”); no judgement is made.", "#7's row is both vague and ruleless; only vague-measure is gold."],
    good=False)
N["p06"] = dict(
    unit="藨岭县桐坪镇社会事务办公室（民政所）党支部 — a township civil-affairs office, inspected in a county 延伸巡察",
    forms=["feedback.txt (GB18030, CRLF): formal 反馈意见 dated 2024-11-26, （一）–（十） heading。detail under 一、发现的主要问题; "
           "二、整改要求 一要…三要 not problems.",
           "report.txt (UTF-8, LF), dated 2025-02-20 (86 days): 一、组织情况 with an all-done claim; 二、 问题N：restated heading / "
           "整改情况：measures + (责任领导；完成时限); 三、下一步; then ONE closing sentence by number giving the sanctions for "
           "problems 2, 4 and 6 (#3's sanction is in its item)."],
    problems=[(1, "b", "民生政策学习不深入"), (2, "a", "低保发给了家里有车有铺面的人"), (3, "a", "去世老人的高龄津贴一直在发"),
              (4, "a", "临时救助先给了熟人"), (5, "b", "特困人员档案不全"), (6, "a", "入户核查记录是在办公室里写的"),
              (7, "b", "对村级民政协理员监管不到位"), (8, "a", "敬老院食堂承包合同到期后年年续签"), (9, "b", "救助审批集体研究制度缺失"),
              (10, "b", "窗口服务作风不实")],
    traps=["The sanction for #2, #4, #6 is one closing sentence by number after 三、; not inside the items.",
           "That sentence leaves out #8: the canteen renewal holds nobody.",
           "#4's “我们将研究制定回避和备案制度” is a promise.",
           "The all-done claim against 正在追缴 (#2) and 正在补做 (#5)."],
    may=["#10 gets a leaflet and call-backs, no rule; no judgement made.",
         "#5 has no rule; no judgement made (registers being completed)."],
    good=False)
N["p07"] = dict(
    unit="蒟山县畜禽粪污资源化利用服务中心党支部 — a county livestock-manure utilisation centre, inspected in a 县农业农村局党组 round",
    forms=["feedback.txt (UTF-8, LF): the 组长's speech dated 2025-06-10, problems as lines 第一，…第十一，; the praise, the 原因 "
           "sentence and 一要…三要 are not problems.",
           "report.txt (UTF-16 LE with BOM, LF), dated 2025-09-02 (84 days): own area headings 一、二、三、在…方面 with 一是… + "
           "(牵头：…；时限：…), then 四、追责问责情况 by problem number (第三个…第九个问题) and 五、建章立制情况 by number."],
    problems=[(1, "b", "学习贯彻上级部署不深入"), (2, "b", "整县推进项目进度滞后"), (3, "a", "设施补贴给了已经关停的养殖场"),
              (4, "a", "发酵菌剂数量对不上 (1.9 t gone)"), (5, "a", "设施没建成验收表就签了字"), (6, "a", "粪污运输服务一直由主任表弟承担"),
              (7, "b", "项目档案台账不全"), (8, "b", "补贴审核制度缺失"), (9, "a", "示范点隐患拖到有人受伤 (compensation 2.8万)"),
              (10, "b", "对第三方运维监管不到位"), (11, "b", "组织生活不正常")],
    traps=["Sanctions only in 四、 by Chinese ordinal; 四、 skips 第四个 (the missing culture).",
           "#6 has a sanction (the head moved) but only a promised rule.",
           "#3 and #8 share one rule named in 五、 for 第三个、第八个问题.",
           "二、六是 has “公示后兑付” — a payment procedure, not disclosure."],
    may=["#10 also lacks a rule; only its missing time limit is gold.",
         "Departments (办公室, 项目科) as 牵头 are owners; the weak leadership is the absence of the principal leader."],
    good=False)
N["p08"] = dict(
    unit="蕹川县槐埠镇广播电视服务站党支部 — a township radio and TV service station, inspected by a county 巡察组",
    forms=["feedback.html (GB18030, LF, charset=gb18030): a news page with chrome (您现在的位置, 举报电话); each problem is its own "
           "paragraph 一是…九是 after “存在以下问题：”; 一要…三要, the 表态 and the 移交 sentence are not problems.",
           "report.txt (UTF-8, CRLF), dated 2025-04-01 (84 days): by number “（N）针对反馈的第N个问题”, each answer a paragraph with "
           "(责任领导；责任人；完成时限); sanctions inside the items; a study boilerplate pasted under （一） and （八）; nothing published."],
    problems=[(1, "b", "学习贯彻不深入"), (2, "a", "户户通设备账物不符 (53 set-top boxes)"), (3, "a", "上门安装收“调试费”"),
              (4, "b", "设备维护不及时"), (5, "a", "应急广播巡检记录与实际不符"), (6, "a", "村村响喇叭维修交给站长亲戚"),
              (7, "b", "设备资产台账不全"), (8, "b", "维修派单制度缺失"), (9, "a", "临街门面出租合同年年续签")],
    traps=["The pasted paragraph under （八） has a different opening clause, so a verbatim-only comparison may miss it.",
           "“在站服务大厅张贴…告示” is a notice about fees, not disclosure.",
           "Every (a) item has a sanction in different words (调整岗位 + 移交, 批评教育 + 扣减绩效, 书面检查, 检讨 + 诫勉谈话, 批评教育)."],
    may=["#4 gets a service promise but no written rule; no judgement made."],
    good=False)
N["p09"] = dict(
    unit="薸阳县道路交通事故社会救助基金管理中心党支部 — a county road-accident relief fund centre, inspected in a 县财政局党组 round",
    forms=["feedback.docx: DOCX 反馈意见 dated 2025-07-15 whose problems are the 10 rows of a Word table (序号｜问题类别｜问题表现); "
           "二、整改要求 （一）–（三） not problems.",
           "report.txt (UTF-8, LF): a 整改进展情况的通报 dated 2025-10-09 (86 days) with （N） + 反馈问题：/整改进展：/责任人：/完成时限：, "
           "then 三、执纪问责情况 (by name and problem number, “；”-separated) and 四、建章立制情况 (rules by number)."],
    problems=[(1, "b", "学习上级部署不深入"), (2, "a", "垫付给了已经拿到保险赔付的人"), (3, "a", "追偿回来的钱没有及时交回基金专户 (money kept back)"),
              (4, "b", "追偿工作不力"), (5, "a", "核查记录写了没有做的核查"), (6, "b", "案件台账不全"), (7, "a", "法律顾问交给主任的同学做"),
              (8, "b", "垫付审批制度缺失"), (9, "a", "受理垫付申请向群众收“材料费”"), (10, "b", "政策宣传不到位")],
    traps=["Sanctions only in 三、; the items hold nobody.", "Rules only in 四、, one of them shared by #2 and #8.",
           "The head who signs the report is herself given 诫勉谈话 by the 局党组 for #7.",
           "Only 责任人 lines (no 责任领导): still named owners."],
    may=["#6 and #10 get no rule; no judgement made."],
    good=True)
N["p10"] = dict(
    unit="芑城县蓬溪镇生态环境保护站党支部 — a township environmental-protection station, inspected by a county 巡察组",
    forms=["feedback.txt (UTF-8, LF): a news item dated 2024-12-17 whose problems are one sentence “主要有：…；…等问题。” (9 parts); "
           "the 组长's requirements and the 镇党委书记's 表态 are not problems.",
           "report.txt (GB18030, CRLF), dated 2025-04-08 (112 days: late): （N）关于…的问题 + 一是… + (责任人；完成时限), running "
           "（一）–（八） because problem 5 is skipped; an all-done claim."],
    problems=[(1, "b", "学习贯彻习近平生态文明思想不深入"), (2, "a", "秸秆禁烧奖补资金留在站里 (money kept back)"),
              (3, "a", "企业巡查记录与实际不符"), (4, "a", "为养殖户代办环评收“代办费”"), (5, "b", "对“散乱污”作坊监管不到位"),
              (6, "a", "镇区河道保洁交给站长的邻居承包"), (7, "b", "环境信访台账不全"), (8, "a", "便携式气体检测仪找不到了 (stock gone)"),
              (9, "b", "内部管理制度缺失")],
    traps=["Positions shift after the skipped problem: the report's （五）–（八） answer #6–#9.",
           "#8's rule is issued under the next item （八） (《资产管理制度》).",
           "“经镇政府公开比选” in （五） is procurement, not disclosure; the disclosure is the 政务公开栏.",
           "#3 has acts and a sanction; only its third clause is a slogan (no-mechanism, not vague-measure)."],
    may=["#7's 一件一档 is a practice, not a rule; no no-mechanism judgement is made.",
         "The 3.1万 still being paid (#2) might also be read as a missing time limit; only the all-done claim is gold."],
    good=False)

for name, n in N.items():
    g = json.load(open(os.path.join(ROOT, name, "gold.json"), encoding="utf-8"))
    links = {}
    for l in g["links"]:
        links.setdefault(l["issue"], []).append(l["measure"])
    out = [f"# {name} (d118-{name[1:]}) — {n['unit']}", ""]
    out += ["## Forms", ""] + [f"- {x}" for x in n["forms"]] + [""]
    out += ["## Problems in feedback order (kind: a = misconduct told in plain words, b = ordinary failing)", ""]
    for k, kind, title in n["problems"]:
        ms = "; ".join(f"“{m}”" for m in links.get(k, [])) or "— (no measure: unanswered)"
        out.append(f"{k}. [{kind}] {title} — answered by: {ms}")
    una = [int(k) for k, v in g["answered"].items() if not v]
    out += ["", "## Gold", "", f"issues {g['issues']}; " + (f"unanswered: {una}" if una else "every problem answered")
            + ("; GOOD REPORT (no must_flag)." if n["good"] else "."), ""]
    out += ["must_flag:"] + ([f"- {f['kind']} {f['issue']}: {f['why']}" for f in g["must_flag"]] or ["- none"]) + [""]
    out += ["must_not_flag:"] + [f"- {f['kind']} {f['issue']}: {f['why']}" for f in g["must_not_flag"]] + [""]
    out += ["## Traps", ""] + [f"- {x}" for x in n["traps"]] + [""]
    out += ["## May report (debatable; not gold)", ""] + [f"- {x}" for x in n["may"]] + [""]
    open(os.path.join(ROOT, name, "notes.md"), "w", encoding="utf-8").write("\n".join(out))
    print(f"{name}/notes.md")
