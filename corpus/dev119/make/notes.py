"""Write p01..p10/notes.md for dev119: the hand-written part of each note is kept here (forms, problems in order with their
kind, the measures answering each, traps, may-report points); the list of gold entries with their why is appended from
the pair's gold.json so the two never drift. Run after make/gold.py: python3 make/notes.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

N = {}

N["p01"] = """# p01 — 蘅阳县国有种猪场党支部 (县农业农村局党组第二巡察组) — GOOD REPORT

## Forms
- `feedback.txt` (UTF-8, LF): formal 反馈意见 dated 2025-04-16. Praise paragraph, then 一、巡察发现的主要问题 with areas
  （一）（二）（三）…方面 and continuous 1．–10．, one line each “heading。detail”. 二、整改意见 （一）–（三） are requirements, not problems.
- `report.docx` (DOCX, bold headings): 整改情况的报告 dated 2025-07-08. 一、组织 (领导小组, 第一责任人, 三张清单, 台账); 二、ten items
  （一）关于“…”的问题 each with five paragraphs 整改措施/责任领导/责任科室/完成时限/整改结果; 三、建章立制; 四、totals and 下一步 with
  the website disclosure. Sanctions sit **inside 整改措施** of items 3–7.

## Problems in order (a = misconduct someone must answer for; b = ordinary failing)
1. b — supply target missed (65.8%), gilts sold as pork pigs → （一）: plan re-set, gilts no longer sold, 1290 supplied; dated 12-31 + 按月调度.
2. b — disinfection records blank 47 days, ASF samples twice → （二）: camera at wash point, electronic log, revised 生物安全 rule.
3. a — the same feed bill paid twice (18.6万) → （三）: refunded 5-09; 主办会计 书面检查, deputy 提醒谈话; 《资金支付审核办法》.
4. a — 96 cull pigs priced by one deputy and sold to his cousin's slaughter point → （四）: 3.84万 made up; 县纪委监委 党内警告, sales duty removed; 过磅/比价/集体研究.
5. a — washers and generator at a team leader's home → （五）: returned; 批评教育 and 扣发 Q2 绩效.
6. a — allowances to three staff who had left (2.16万) → （六）: recovered; office head 诫勉谈话.
7. a — pickup driven to the deputy's family over 国庆 → （七）: fuel repaid; 局党组 诫勉谈话; tracker, holiday lock-up.
8. b — thin 三会一课 → （八）: plan, monthly 支委会, separate 主题党日, 3 党课.
9. b — two 流动党员 out of touch; dues paid by others → （九）.
10. b — buildings not capitalised, scrapped fans on the books → （十）: audit commissioned, fans written off; dated 09-30.

## Traps
- Sanctions are written in the measure sentence itself, in five different words; a reader looking for a 追责问责 section finds none.
- 第3、4、6个问题 in the preamble is the secretary's own督办 list, not an answer.
- #1 and #10 are open but dated; the totals (8 done + 2) agree with the items.
- 三、 names the rules a second time; the link for #3 is the procedure sentence, not the rule's title.

## May report
- #9's 责任领导 is “支部组织委员” — a post, not a name; acceptable for a Party-life item in a small branch.
"""

N["p02"] = """# p02 — 葑溪县国有造林队党支部 (县林业局党组第三巡察组) — LATE, first-person report

## Forms
- `feedback.txt` (UTF-8, **CRLF**): the 组长's speech at the 反馈会 dated 2024-10-22; problems 第一，…第十，; the 原因 sentence,
  一要…三要 and the 三个月内 sentence are not problems.
- `report.txt` (**GB18030**, LF): the secretary-and-head's **first-person** 组织落实整改情况的报告 dated 2025-02-12 (113 days).
  Own headings 一、我是怎样组织整改的 / 二、（一）思想和党建（二）造林主业（三）资金和物资, inline 一是…五是 with (责任人；完成时间) brackets,
  in another order: 6, 9, 1, 3, 8, 2, 4, 5, 7, 10. Sanctions are told by the writer (“我…进行了提醒谈话”, “已向局党组作出书面检查”).

## Problems in order
1. b — afforestation behind plan → （二）一是: tasks split to 4 teams and 23 plots; dated 2025-03-31.
2. a — one seedling purchase split into 5 contracts under 10万 → （三）一是: the writer's 书面检查 to 局党组, storekeeper 批评教育; 《苗木采购管理办法》.
3. a — survival check forms filled in at the desk (90% on paper, 68–74% on the ground) → （二）二是: re-check, replanting, 《造林成活率核查办法》; **nobody held**.
4. a — 林下种植 subsidy to the deputy's brother-in-law's co-op → （三）二是: 局党组 诫勉谈话 for 副队长; 3.56万 returned.
5. a — “管护费” of 20元/亩 with no basis → （三）三是: refunded to 37 households; two technicians 提醒谈话.
6. b — study as a formality → （一）一是.
7. b — no rule at all for casual labour → （三）四是: wages checked, 86 agreements signed afterwards; **no rule**.
8. b — patrol records incomplete → （二）三是: **the problem written back as a demand**.
9. b — 组织生活会 without criticism → （一）二是.
10. b — audit balances not cleared → （三）五是: 12万 collected, 7万 for write-off; dated.

## Traps
- “责任人：本人” is the writer; not a missing owner.
- #7's “对3名带班人进行了提醒” is a word to team leaders about a (b) failing, not a rule and not needed as accountability.
- The report is tidy and complete in form; the gaps are one unsanctioned act, one missing rule, one copied answer and the date.

## May report
- Some readers would take #7's 补签协议 as enough; the feedback's point was that no rule exists, so the gold flags no-mechanism.
- #8 ends in a slogan (进一步加强森林防火巡护工作); vague-measure there would not be wrong beside copied-measure.
"""

N["p03"] = """# p03 — 茳城县城区二次供水管理站党支部 (县城市管理局党组第一巡察组) — HTML pair

## Forms
- `feedback.html` (UTF-8): news item on the bureau site with page chrome (nav, 当前位置, footer, 网站标识码); all problems inline
  in one paragraph after “该站存在以下问题：” 一是…十一是; 一要…三要 (巡察组提出), the 副局长's remarks and the 站长's 表态 are not problems.
- `report.html` (UTF-8): public 整改进展情况的通报 with an 索引号/主动公开 table; 一、组织; 二、（一）–（十一）关于…的问题。+ measures +
  (责任领导；完成时限); 三、追责问责情况 — **one sentence citing problems by number** (第二、第五、第八); 四、下一步; contact for comments.

## Problems in order
1. b — 21 pump rooms never cleaned in 2024 → （一）: yearly plan, 4 teams; dated.
2. a — cleaning records filled in at the desk, photos reused → （二）: re-cleaned and tested; 作业规程; sanction by number (2 staff 批评教育).
3. b — water tested twice a year → （三）: contract with 疾控中心.
4. a — a “设施接管服务费” of 30元 a household (8.7万) → （四）: stopped, refunded, 收费事项清单; **left out of the by-number sentence**.
5. a — 36万 contract signed by the deputy alone → （五）: settlement audit, 管理办法; by number: 约谈 + 书面检查.
6. b — slow replies to 12345 → （六）.
7. b — study as a formality → （七）.
8. a — repair truck on family weekends → （八）: repaid, tracker; by number: 站长 诫勉 by 局党组.
9. b — weak publicity → （九）: **slogans only**.
10. b — no 出入库 rule for spares → （十）: count and fill the ledger once; **no rule**.
11. b — no new members for four years → （十一）: 2 activists; 持续推进 to year-end.

## Traps
- The sanctions for #2, #5 and #8 exist only as numbers in one sentence; a reader must map 第二/第五/第八 back to the problems.
- The same sentence is shared by three problems: it is not a pasted measure.
- The 通报 itself is the disclosure (主动公开, comments by 06-17).

## May report
- #10's 盘亏 explanation (pumps taken for repairs) might also deserve a word on accountability; the gold does not ask for it.
"""

N["p04"] = """# p04 — 莼川县城区预防接种门诊党支部 (县卫健局党委第二巡察组) — 问题清单 and ｜ ledger

## Forms
- `feedback.txt` (**UTF-16 LE with BOM**, LF): 巡察反馈问题清单 dated 2024-11-26; 问题N：heading + 具体表现：detail ×11; 整改要求 1．–3.
  are not problems (2 names 问题2至问题6 for 追究; the cover line asks for 公开).
- `report.txt` (UTF-8, LF): short covering report dated 2025-02-18 + 三、整改台账 as ｜-separated rows, 8 fields:
  序号｜反馈问题｜整改措施｜责任领导｜责任人｜完成时限｜整改进展｜追责问责. The last field holds the sanctions (“不涉及” for ordinary rows).

## Problems in order
1. b — MMR2 coverage 91.2%, 38 children not caught up → row 1 (进行中).
2. a — cold-chain temperatures written up after the holiday → row 2: monitoring platform, revised rule; 2 值班人员 批评教育.
3. a — a 10元 “预约服务费” per shot (4.3万) → row 3: stopped, refunded, 收费清单 rule; **追责问责 “—”**.
4. a — delivery fee paid twice (2.8万) → row 4: refunded; 主办会计 书面检查.
5. a — a clinic fridge at a deputy's home → row 5: returned; 局党委 诫勉谈话.
6. a — pay to two nurses after they left → row 6: recovered; 扣发 HR officer's 绩效.
7. b — study as a formality → row 7 (进行中).
8. b — observation period not explained → row 8: signs, cards; **owner “门诊｜各科室”**.
9. b — “三查七对” signatures missing → row 9 (进行中).
10. b — 三会一课 → row 10.
11. b — asset cards missing → row 11.

## Traps
- The text claims 10 done + 1 ongoing; the ledger shows three 进行中 rows.
- “收费项目和标准在门诊大厅公示” and “在门诊大厅公告退费” are not disclosure of the rectification.
- “—” and “不涉及” differ: the first is the gap, the second is right for ordinary failings.
"""

N["p05"] = """# p05 — 苌台县柘口镇成人文化技术学校党支部 (县教育局党组第一巡察组) — DOCX table feedback

## Forms
- `feedback.docx` (DOCX): 反馈意见 dated 2025-05-20 whose problems are the 10 rows of a Word table 序号｜问题类型｜问题表现;
  二、整改要求 （一）–（三） are not problems ((二) names 资料费 among the items for 处理).
- `report.txt` (**GB18030**, **CRLF**): 问题N：restated heading / 整改情况：measures + (责任人；完成时限), dated 2025-08-12; the items
  carry no sanction; **三、追责问责情况** is one closing paragraph naming people by post.

## Problems in order
1. b — training target missed, courses out of step with local trades → 问题1: two new courses, 680 so far; dated.
2. a — sign-in sheets signed by one hand, photos reused, 4.6万 claimed → 问题2: 1.8万 returned, face check-in, 《培训过程管理办法》; closing: 教务主任 书面检查 + 扣发绩效.
3. a — lost-earnings subsidy to 7 non-attendees, 3 the deputy's relatives → 问题3: recovered, 公示; closing: 局党组 诫勉.
4. a — purchases split into invoices under 3万 → 问题4: prices checked, 采购办法; closing: 总务主任 批评教育.
5. a — a “资料费” on free training (2.35万, no receipts) → 问题5: refunded, barred by rule; **not in the closing paragraph**.
6. a — school van for the head's family trip → 问题6: repaid, 派车单; closing: 县纪委监委 党内警告.
7. b — study as a formality → 问题7.
8. b — training news never reaches the villages → 问题8: **the problem written back as a demand**.
9. b — no reimbursement rule → 问题9: 《财务报销审批制度》.
10. b — training files incomplete → 问题10: files completed; **no 完成时限**.

## Traps
- Every sanction is away from its item; the reader must match 签到代签 / 亲属领取误工补贴 / 采购化整为零 / 公车私用 to #2, #3, #4, #6.
- 《培训过程管理办法》 is named under #2 and #5 beside different acts: not a repeated measure.
- “今后每期培训结束后及时归档” in #10 is a standing practice, not a time limit.

## May report
- #8 is a copied demand with no act; vague-measure there would not be wrong beside copied-measure.
"""

N["p06"] = """# p06 — 萩岭县城北街道劳动保障事务所党支部 (县委第三巡察组, 延伸巡察 in the 城北街道党工委 round)

## Forms
- `feedback.txt` (UTF-8, LF): the 副组长's speech dated 2024-09-24; three paragraphs “在…方面，一是…；二是…” with the numbering
  **restarting** in each (3 + 3 + 4 = 10); 一要…三要 are requirements (一要 asks for a 工作专班 and a 第一责任人; the last sentence asks
  for 公开).
- `report.txt` (**UTF-16 LE with BOM**, **CRLF**): report dated 2024-12-16 under the unit's own area headings 一、二、三、 with
  一是…三是 and (责任人；完成时限) brackets; sanctions **inside the items**. #9 is skipped.

## Problems in order
1. a — pay to four absent public-welfare workers, one the head's sister-in-law → 一、一是: 3.84万 recovered; 街道纪工委 约谈 the head; timekeeper moved; 考勤办法.
2. a — flexible-employment subsidy paid to 11 already insured → 一、二是: recovered; 审核员 书面检查, deputy 批评教育.
3. b — zero-employment families unaware of aid → 一、三是: slogan opening, then door-to-door work.
4. a — a “展位服务费” from 86 firms at funded job fairs → 二、一是: refunded; office head 批评教育.
5. a — leftover relief rice and oil shared out → 二、二是: paid for; deputy 提醒谈话.
6. b — stock ledger loose → 二、三是.
7. b — study as a formality → 三、一是.
8. b — 组织生活会 without bite → 三、二是.
9. b — no 入党积极分子 in three years → **no answer**.
10. b — archive gaps from the last round → 三、三是.

## Traps
- “所里召开全体人员会议…由所办公室汇总…定期报所长审阅” is the whole of the organisation: no 领导小组/专班, no 第一责任人.
- Every (a) problem is held to account, in four different words; the gaps are elsewhere.
- “参会须知在街道便民服务大厅张贴” is not disclosure; the report publishes nothing.
- 三、's 一是、二是、三是 answer #7, #8, #10: positions shift after the skipped #9.
"""

N["p07"] = """# p07 — 荨阳县牲畜交易市场管理所党支部 (县市场监管局党组第二巡察组) — LATE 通报

## Forms
- `feedback.txt` (UTF-8, **CRLF**): formal 反馈意见 dated 2024-07-09 with （一）–（十二） “heading。detail” lines under
  一、巡察发现的主要问题; 二、整改要求 （一）–（三） are not problems ((二) names the five (a) problems for 追责问责).
- `report.txt` (UTF-8, LF): 整改进展情况的通报 dated 2024-11-05 (119 days); （N） blocks of 反馈问题：/整改进展：/责任人：; sanctions
  **inside 整改进展**, one only promised; no time limits (a 通报 claiming everything is done).

## Problems in order
1. b — roadside trading on market days → （一）: 联勤 with police and town.
2. a — management fee charged twice (9.4万) → （二）: charged once now; 8.1万 refunded, 1.3万 **still being refunded**; 2 收费员 扣发绩效.
3. a — 违约金 waived for the deputy's acquaintances → （三）: 0.4万 collected afterwards; “对相关责任人将视情严肃处理” — **a promise only**.
4. a — check records filled in after market → （四）: scanning terminal; 3 查验员 批评教育.
5. a — cheap five-year lease signed by the head alone → （五）: rent re-set, 出租管理办法; 局党组 诫勉.
6. a — a “消毒服务费” under another name (6.1万) → （六）: refunded; team leader 提醒谈话.
7. b — study as a formality → （七）.
8. b — safety ledgers missing → （八）.
9. b — no receipt rule → （九）: 税务监制票据, 《票据管理办法》.
10. b — members not setting an example → （十）: 示范岗.
11. b — weak 防疫 publicity → （十一）: **slogans only**.
12. b — two old settlements not done → （十二）: **正在办理结算审核**.

## Traps
- The opening says all 12 done and all 36 measures in place; （二） and （十二） say otherwise.
- “视情严肃处理” is a promise, not a sanction.
- 反馈问题： restating the problem is the form of the 通报, not a copied measure.

## May report
- The two open items (#2, #12) carry no time limit; an inspector may add no-deadline there (the gold leaves them unjudged,
  since the report's fault is the false all-done claim).
"""

N["p08"] = """# p08 — 蔹川县石坪镇禾坪村党支部 / 村土地股份合作社 (县委第五巡察组, village round) — GOOD REPORT

## Forms
- `feedback.docx` (DOCX): 反馈意见 dated 2025-01-08; bold numbered heading paragraphs 1．–9．, each followed by a 具体表现：
  paragraph; 二、整改要求 （一）–（三） are not problems.
- `report.txt` (UTF-8, LF): village Party branch's report dated 2025-03-31 to 县委巡察办 and 镇党委; （一）–（九）关于…的问题 with
  一是…二是… and (责任人；完成时限); **三、追责问责情况** — one paragraph naming people by post, one case 移交 to the 镇纪委.

## Problems in order
1. b — rent and dividends paid late → （一）: dates fixed, both paid.
2. a — dividends to households that had left → （二）: 1.9万 back; closing: 报账员 批评教育.
3. a — maintenance subsidy to the committee chairman's brother's farm → （三）: 2.1万 back, 比选; closing: 移交 镇纪委, 党内警告.
4. a — sub-lease signed by the secretary alone, below rent → （四）: 补充协议, 民主决策办法; closing: 镇党委 约谈 + 书面检查.
5. a — an “入社手续费” kept off the books → （五）: refunded, 章程; closing: accountant 批评教育 and moved.
6. b — co-op and village books mixed → （六）: own account; clean-up dated 06-30 (ongoing).
7. b — accounts published late and in totals → （七）.
8. b — 三会一课 → （八）.
9. b — study weak → （九）.

## Traps
- The secretary signs a report that records his own 约谈 and 书面检查.
- 村报账员, 村监委会主任 as 责任人 are people in a village, not missing owners.
- 村务公开栏 is a real disclosure here (and the town website).
"""

N["p09"] = """# p09 — 蓁城县住房制度改革办公室党支部 (县住建局党组第二巡察组) — GB18030 HTML + DOCX with table

## Forms
- `feedback.html` (**GB18030**, `charset=gb18030`): news item with page chrome; all problems in one sentence “县房改办党支部存在…；…
  等问题。” (10 parts); 巡察组要求 and the 主任's 表态 are not problems.
- `report.docx` (DOCX, landscape): prose （一）–（十）针对…的问题。+ one paragraph each, **no sanction in the prose**; 三、下一步 with the
  website disclosure; 附件：整改台账 — a Word table (8 columns) whose last column **问责情况** is the only place people are held.

## Problems in order
1. b — resale approvals slow → （一）: steps 5→3, backlog cleared.
2. a — one-off housing subsidy paid twice to 14 transferees → （二）: 18.6 of 21.3万 back, rest by June; table: 批评教育 + 书面检查.
3. a — subsidy to a deputy's brother-in-law → （三）: 4.2万 back; table: 局党组 诫勉.
4. a — a “咨询服务费” of 200元 per approval → （四）: 3.16万 refunded; table: 提醒谈话 + 扣发绩效.
5. a — site-check records written in the office, photos not of the house → （五）: 61 re-checked, 核查规程; **table “—”**.
6. b — archives from the 1990s missing → （六）: 412 volumes done; **完成时限 “持续推进”**.
7. b — study as a formality → （七）: **a boilerplate paragraph**.
8. b — no review rule for subsidies → （八）: 复核办法.
9. b — policy questions unanswered → （九）: 问答, a window.
10. b — 组织生活 → （十）: **the same boilerplate paragraph**.

## Traps
- The table repeats every item in short; the sanctions are only there.
- Links for #7 and #10 point to the table rows, which differ; the prose paragraph is the same twice.

## May report
- The pasted paragraph is also slogans only; vague-measure on #7 and #10 would not be wrong beside repeated-measure.
"""

N["p10"] = """# p10 — 菰山县液化石油气有限公司党支部 (县国资委党委第一巡察组, enterprise round)

## Forms
- `feedback.txt` (UTF-8, LF): 反馈意见 dated 2025-02-18; areas 一、二、三、…方面 with numbering **restarting** 1．–4．/1．–4．/1．–3．
  (11 problems, “heading。detail” lines); 四、整改要求 are not problems ((二) asks 严肃问责 for 收费、付款、采购、车辆).
- `report.txt` (UTF-8, **CRLF**): report dated 2025-05-14; 一、a company meeting only; 二、（一）–（十）关于…的问题 with
  整改措施/责任部门/责任人/完成时限 lines; 三、整改成效 with totals and disclosure. #11 is skipped, so （十） answers #10.

## Problems in order
1. b — 1,860 cylinders past test date → （一）: tested, 214 scrapped, system lock.
2. b — mountain townships served monthly → （二）: 4 service points; **owner “公司”**.
3. a — home safety checks filled in at the desk → （三）: re-checked 430 homes; 2 安检员 批评教育.
4. b — weak safety publicity → （四）: concrete (312 restaurants, 168 alarms).
5. a — a “钢瓶使用费” on top of the deposit (27.9万) → （五）: stopped, refunding, 收费项目管理办法; **nobody held**.
6. a — freight paid twice (7.4万) → （六）: recovered, payment rule revised; **nobody held**.
7. a — cylinder purchase split into 5 contracts → （七）: price review, 采购办法; manager 调离采购岗位.
8. a — 违规 company car on a family trip (the one problem in the usual words) → （八）: repaid; 分管工作 adjusted, 检查.
9. b — study as a formality → （九）.
10. b — 三重一大 rule out of date → （十）: revised.
11. b — cylinder files and filling records incomplete → **no answer**.

## Traps
- Money back plus a new rule is not accountability (#5, #6); a post change is (#7, #8).
- No 领导小组 and no 第一责任人: a company meeting and the office collecting material.
- （十） is the 三重一大 rule: a reader counting items in order would wrongly match it to #11.
"""


def entries(g, key):
    out = []
    for f in g[key]:
        where = "document" if f["issue"] is None else f"#{f['issue']}"
        out.append(f"- `{f['kind']}` {where} — {f['why']}")
    return "\n".join(out) or "- none"


for name, text in N.items():
    g = json.load(open(os.path.join(ROOT, name, "gold.json"), encoding="utf-8"))
    links = "\n".join(f"- #{l['issue']}: “{l['measure']}”" for l in g["links"])
    body = (text.rstrip() + "\n\n## Gold\n"
            + f"{g['issues']} problems; answered: {', '.join(k for k, v in g['answered'].items() if v)}"
            + (f"; unanswered: {', '.join(k for k, v in g['answered'].items() if not v)}" if not all(g['answered'].values()) else "")
            + "\n\n### must_flag\n" + entries(g, "must_flag")
            + "\n\n### must_not_flag\n" + entries(g, "must_not_flag")
            + "\n\n### links (each occurs once in the report's visible text)\n" + links + "\n")
    open(os.path.join(ROOT, name, "notes.md"), "w", encoding="utf-8").write(body)
    print(f"{name}/notes.md")
