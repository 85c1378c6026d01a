"""Write p01..p10/notes.md for dev121: the hand-written description below (forms, problems in order with their kind
and the measures answering each, traps, may-report points) followed by every gold entry and its why, read back from
the pair's gold.json (run make/gold.py first). Run: python3 make/notes.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

N = {}
N["p01"] = dict(
    unit="中共蘼阳县种羊场支部委员会 (state-owned sheep breeding farm; 县委第三巡察组, county round)",
    forms=[
        "feedback.docx — formal 反馈意见: intro, praise, bold 一、巡察发现的主要问题 with bold area lines （一）（二）（三）…方面 and problems numbered 1．2．… RESTARTING in each area (2 + 5 + 3 = 10), each “title。detail”; bold 二、整改意见 （一）–（三） (not problems), the 2/3-month sentence and a 移交 sentence (not problems). Dated 2025年3月11日.",
        "report.docx — 领导班子整改情况报告 to 县委巡察工作领导小组: 一、组织情况 (领导小组, 第一责任人, 三个清单, 台账, 直接部署), counts; 二、ten bold （N）关于“…”的问题 items each with 整改措施：/责任领导：/完成时限：/整改结果： lines and NO sanction; 三、追责问责情况 — one paragraph naming people by post for the five (a) problems; 四、建章立制; 五、下一步 with disclosure. Dated 2025年6月3日 (84 days).",
    ],
    problems=[
        ("良种推广任务完成不好", "b", "推广计划, 供种协议, 回访登记 (ongoing to 2025-12-31)"),
        ("疫病防控基础工作不扎实", "b", "re-test 286 sheep, revised 消毒和免疫登记制度"),
        ("淘汰羊销售款没有进场部账户", "a", "0.6万 returned, 3.7万 checked, 《销售款项收缴管理规定》; 三、: 批评教育 + 书面检查 for the 畜牧组组长"),
        ("饲草料采购化整为零", "a", "contracts checked, 《饲草料采购管理办法》; 三、: 约谈 of the deputy in charge"),
        ("离场人员补贴照发", "a", "1.68万 recovered, 联动台账; 三、: 扣发 the 综合办公室主任's bonus"),
        ("场部车辆用于办家事", "a", "1100元 repaid, revised 车辆规定; 三、: 诫勉谈话 by the 县农业农村局党组"),
        ("廉政教育不经常", "b", "yearly plan, 警示教育 visit"),
        ("组织生活不规范", "b", "三会一课 plan (长期坚持, ongoing)"),
        ("羊只存栏账实不符", "b", "stock count, 43 written off, 《羊只存栏登记盘点制度》"),
        ("种羊按“内部价”卖给亲属", "a", "8400元 recovered, 《种羊销售定价和回避规定》; 三、: moved off sales + 党内警告 (县纪委监委)"),
    ],
    traps=[
        "Every sanction is away from its item, in 三、 — a reader who only looks inside each item sees five money problems with nobody held.",
        "Item headings repeat the feedback's titles; the measures under them are the farm's own acts (not copied measures).",
        "“长期坚持” as the only time limit for 组织生活 (#8) and a date plus 长期坚持 for #1: standing tasks, not missing deadlines.",
    ],
    may=["#8's time limit is only “长期坚持”; a strict screener might still ask for a first check date (the 1—5月 progress is given)."],
)
N["p02"] = dict(
    unit="中共茳溪县卫生计生药具管理站支部委员会 (free-contraceptive storage and distribution station; 县卫生健康局党委第二巡察组)",
    forms=[
        "feedback.txt (UTF-8, CRLF) — the 组长's 反馈会 speech: greeting, background, praise, then three area lines （一）（二）（三）…。 each followed by ONE paragraph of inline 一是…。二是…。 that RESTARTS per area (3 + 5 + 3 = 11); then 一要…二要…三要… (requirements, not problems), the deadline and a 移交 sentence.",
        "report.txt (GB18030) — 领导班子 report to the 局党委: 一、推进情况 (领导小组, 第一责任人, 直接督办, counts), 二、the three areas kept as （一）关于…的问题 with running 1．–11．“针对……的问题。” + measures + bracket （责任领导；责任人；完成时限）; sanctions inside the items; 三、下一步 with web disclosure. Dated 2025年1月9日 (86 days).",
    ],
    problems=[
        ("发放网点覆盖不全", "b", "31 points set up, 7 by 2025-03-31; machines repaired (ongoing)"),
        ("库存管理粗放", "b", "近效期先出, monthly stock-take"),
        ("政策宣传不到位", "b", "1.2万 leaflets, 8 display points, 20 village sessions by 2025-06-30 (ongoing)"),
        ("同一笔配送费用付了两次", "a", "2.36万 returned, 一单一结; in item: 约谈 + 扣发 Q4 bonus for the 会计"),
        ("公家物品借出不还", "a", "tricycle and fridges back, 借用登记制度; in item: 2 书面检查"),
        ("向乡镇卫生院收取“宣传资料费”", "a", "2.1万 returned, budgeted; in item: 提醒谈话 for the deputy, 出纳 书面说明"),
        ("发放点误工补贴给了站长的堂妹", "a", "0.72万 recovered, distributor list re-made and 公示 — NOBODY held"),
        ("调离人员补贴照发", "a", "0.42万 recovered, 联动机制; in item: 批评教育 for the 综合科科长"),
        ("理论学习流于形式", "b", "the feedback's words turned into a promise (copied)"),
        ("药具出入库和调拨制度缺失", "b", "two rules, 调拨单, 双签字 — owned by “药具站” only"),
        ("对基层的督导不力", "b", "《乡镇药具管理督导办法》, quarterly 督导"),
    ],
    traps=[
        "The speech's 一要…三要 and the areas' own 一是… restart: count 3 + 5 + 3, not 14.",
        "#7's answer looks complete (money back, list re-made, 公示) — the missing piece is a person held, and the cousin's relative is the secretary who writes the report.",
        "“公示5天” of the distributor list (#7) is not the report's disclosure; the web disclosure is in 三、.",
    ],
    may=["#9 could also be called a vague measure (it promises without acts); the gold plants it as copied-measure only."],
)
N["p03"] = dict(
    unit="柳湾村党支部 / 村劳务合作社 (a village committee's labour cooperative; 县委第五巡察组 提级巡察 of the village)",
    forms=[
        "feedback.txt (GB18030, CRLF) — village 反馈意见: intro, praise, 一、存在的主要问题 with area lines （一）（二）（三）…方面 and CONTINUOUS 1、–10、 “title。detail”; 二、整改要求 一是…三是 (not problems) and the 3-month sentence. Dated 2024年8月20日.",
        "report.txt (UTF-8) — the village branch's report to 镇党委 and 县委巡察办: opening paragraph on the meeting, 整改工作小组 and 第一责任人; 一、整改落实情况 by area, each “N、……的问题。” + 整改情况：①②③ + （责任人；完成时间）; sanctions inside items; problem 9 (流动党员) is SKIPPED, so the report's 9、 is the feedback's 10; 二、下一步 with an all-done claim and 村务公开栏. Dated 2024年12月16日 (118 days, LATE).",
    ],
    problems=[
        ("劳务合同由一人说了算", "a", "补充审议, 《合同签订审批办法》; in item: 谈话提醒 + 检讨 at 党员大会"),
        ("集体产业发展路子不宽", "b", "保洁 contract; 三年规划 正在编制 to 2025-03"),
        ("村务公开不及时不全面", "b", "monthly posting, half-year posted late"),
        ("劳务工资表中有村干部亲属", "a", "0.96万 back, 出工登记 rule; in item: 镇纪委 党内警告 for the bookkeeper"),
        ("按工资比例扣留“管理服务费”", "a", "1.7万 returned, meals repaid, 章程 revised — NOBODY held"),
        ("合作社农机放在村干部家里", "a", "machines back, use fees; in item: 书面检查 + 0.3万"),
        ("现金账与银行账长期不核对", "b", "账目清理 by 镇农经站, 三资 代管"),
        ("“三会一课”落实不到位", "b", "plan, fixed 主题党日"),
        ("流动党员管理缺位", "b", "NOT ANSWERED"),
        ("上轮巡察问题整改不彻底", "b", "白条 replaced; answered under the report's 9、"),
    ],
    traps=[
        "Positional shift: the report's 9、 answers the feedback's 10; a reader matching by number will call 10 unanswered and 9 answered.",
        "#5's answer is rich (money back to villagers, meals repaid, 章程 revised) but holds nobody, though the 整改要求 asked 对相关人员要严肃处理.",
        "#3 is itself a disclosure problem; the report's 村务公开栏 posting answers it and is also the report's own disclosure.",
    ],
    may=["“用于误餐的0.5万元由参与就餐的村干部个人退赔” might be read by some as a consequence; the gold does not count repayment as accountability."],
)
N["p04"] = dict(
    unit="中共蕤城县牲畜交易市场服务中心支部委员会 (county livestock trading market: entry checks, trading fees, stall services; 县委第一巡察组)",
    forms=[
        "feedback.html (UTF-8) — news page on the county 纪委监委 site with chrome (nav, 当前位置, 发布时间, share links, footer); problems are ONE inline sentence after “主要是：” with 一是…；二是…；…十是… (10); 一要…三要 requirements, the director's 表态 (一是…三是…, not problems) and a 移交 sentence follow.",
        "report.html (UTF-8) — public 巡察整改进展情况的通报 on the county government site with an 索引号 table: 一、组织情况 with counts; 二、（一）–（十）关于…的问题。 + measures + bracket; 三、执纪问责情况 — ONE sentence that cites problems by number (第二、四、六、七项) and holds people; 四、下一步 with phone/address and a comment deadline. Dated 2025年6月27日 (80 days).",
    ],
    problems=[
        ("市场升级改造推进缓慢", "b", "new schedule, weekly site meetings, tendering done — bracket has NO 完成时限"),
        ("入场查验登记在办公室补填", "a", "《入场查验登记规定》, scan at the gate; 三、: 批评教育 for 2 duty staff"),
        ("交易管理费收取标准不一", "b", "《交易管理费收费标准》, one method"),
        ("收费员用个人微信收取交易管理费", "a", "money transferred and re-checked — NO collection rule; 三、: 收费员调离收费岗位"),
        ("对一家经纪公司少收交易管理费（副主任的同学）", "a", "2.8万 recovered, waivers need 集体研究 — NOBODY held, not in 三、"),
        ("以“交易服务费”名义加收费用", "a", "stopped, 3.2万 returned; 三、: 扣发 the 办公室主任's bonus"),
        ("外包合同由主任一人决定续签", "a", "re-tendered, 《服务外包管理办法》; 三、: the director's 检查 at the 组织生活会"),
        ("党支部学习教育走过场", "b", "study plan, 警示教育"),
        ("安全生产督促不力", "b", "23 wires removed, 《市场安全巡查制度》 (ongoing)"),
        ("固定资产账目不全", "b", "31.6万 entered, asset cards"),
    ],
    traps=[
        "Sanctions sit in one sentence that names problems only by number (第二、四、六、七项); the people are named by post.",
        "The 表态 in the feedback is also 一是…三是 — not problems.",
        "#3's new fee standard is about how much, not how money is collected — it does not answer #4's mechanism gap.",
        "#1 ends with 争取早日投入使用 but carries concrete acts before it; the gap is the missing date, not vagueness.",
    ],
    may=["#7: the director's self-检查 before staff is a mild consequence for deciding a contract alone; some screeners might want more."],
)
N["p05"] = dict(
    unit="沙埠镇安全生产监督管理站党支部 (township work-safety inspection station: checks, fines; 延伸巡察 in a 镇 round)",
    forms=[
        "feedback.txt (UTF-16 LE with BOM) — 反馈意见: intro, praise, 一、巡察发现的问题 as （一）–（十一） lines “title。detail”; 二、整改要求 1．–3． (not problems; 2 asks for the 处理结果 in the ledger, 3 for disclosure); the deadline.",
        "report.txt (UTF-8) — short covering text (领导小组, 第一责任人, counts) and a TAB-separated 整改台账 pasted from a spreadsheet: header + 11 rows × 8 fields, the last field 追责问责 holding every sanction (“不涉及” for ordinary rows, “—” where nobody is held). Nothing is published. Dated 2025年8月5日 (84 days).",
    ],
    problems=[
        ("隐患排查整治不深入", "b", "停产整顿, 盯守 (ongoing to 2025-09-30)"),
        ("检查记录在站里填写", "a", "46 records re-checked, 《执法检查记录管理规定》; ledger: 2 批评教育 + 站长 书面检查"),
        ("罚款决定作出后没有收缴（站长的朋友）", "a", "1.5万 collected, 《罚没款收缴管理办法》; ledger: “—”"),
        ("以“安全培训费”名义向企业收钱", "a", "3.36万 returned; ledger: 镇纪委 诫勉 for the deputy"),
        ("执法车辆开去外省探亲", "a", "fuel repaid, revised car rule; ledger: 约谈 + 扣发 Q2 bonus"),
        ("应急物资被拿回家用", "a", "returned, 《应急物资管理办法》; ledger: “—”"),
        ("安全生产宣传走过场", "b", "12 + 9 sessions, 公众号 column"),
        ("执法人员持证上岗不落实", "b", "suspended, exam in October (ongoing)"),
        ("隐患整改复查台账不全", "b", "21 re-checks, revised 复查制度"),
        ("支部学习教育流于形式", "b", "monthly study, quarterly 研讨"),
        ("督促企业落实主体责任不力", "b", "slogans only (vague)"),
    ],
    traps=[
        "Sanctions live only in the ledger's last field; “不涉及” marks ordinary rows and is not a missing sanction.",
        "The 镇微信公众号 safety column (#7) is publicity, not disclosure of the rectification.",
        "Rows 3 and 6 carry rules and money back — the gap there is only the “—”.",
    ],
    may=["#8 (2 people enforcing without a licence) could be seen by some as misconduct; it is declared an ordinary failing here."],
)
N["p06"] = dict(
    unit="萑川县直机关门诊部党支部 (clinic for county-organ staff: drugs, staff check-ups; 县卫生健康局党委第一巡察组)",
    forms=[
        "feedback.txt (UTF-8) — 反馈意见: intro, praise, three area lines 一、二、三、…方面 with half-width “1. ” numbering RESTARTING per area (3 + 4 + 3 = 10); 整改意见：一要…三要 (not problems), deadline and 移交 sentence.",
        "report.txt (UTF-16 LE with BOM) — the 主要负责人组织落实整改情况报告, written by the secretary in the FIRST PERSON: 一、我是怎样组织整改的 (领导小组, 第一责任人, 直接部署/督办/过问, meetings), 二、（一）–（十） in feedback order with short headings, each ending “由我负责 / 由…负责，…已完成”; sanctions told in the first person (我对…进行了约谈; 局党委对我进行了提醒谈话); 三、制度和公开. Dated 2025年4月17日 (86 days). GOOD REPORT.",
    ],
    problems=[
        ("门诊服务时间与机关上班时间不衔接", "b", "中午轮班, 周六上午开诊"),
        ("药品采购化整为零", "a", "platform purchase, 《药品采购管理制度》, 1.12万 back; 我 约谈 + moved the 药剂科科长"),
        ("处方和药品领用登记不全", "b", "prescription only, 412 records rebuilt"),
        ("体检收费另立名目", "a", "stopped, 2.04万 returned; 我 批评教育 + 书面检查"),
        ("药房营养品分给职工", "a", "0.86万 paid back, 《药品报损管理办法》; the writer's own 检查 + 局党委 提醒谈话 of him"),
        ("保洁合同由护士长一人签订", "a", "re-tendered, 《合同管理办法》 with 回避; 局党委 诫勉 for the head nurse"),
        ("退休人员仍领值班补助", "a", "0.58万 back, roster-based pay; 批评教育"),
        ("医德医风教育不经常", "b", "yearly plan, April session (长期坚持)"),
        ("医疗废物交接记录缺失", "b", "new hand-over with both signatures"),
        ("上级检查问题整改不到位", "b", "《处方点评制度》"),
    ],
    traps=[
        "“由我负责” is an owner: the writer is the secretary.",
        "Sanctions told as “我对…进行了约谈” or “局党委对我进行了提醒谈话” are still sanctions.",
        "The report's headings are its own short paraphrases (门诊时间不衔接 …); each （N） answers the feedback's N, whose numbering restarts per area.",
    ],
    may=["#5: the writer sanctions himself through the 局党委's 提醒谈话 only; a strict screener might call that light."],
)
N["p07"] = dict(
    unit="中共苈溪县成人文化技术学校支部委员会 (county adult vocational-training school: training subsidies, certificates; 县委第六巡察组)",
    forms=[
        "feedback.docx — 反馈意见 whose twelve problems are Word AUTOMATICALLY NUMBERED paragraphs (w:numPr, one list 1．–12． across the three bold area headings): the numbers are NOT in the text; bold 二、整改意见 with 一要…三要 (not problems), deadline and 移交 sentence. Dated 2024年6月18日.",
        "report.txt (UTF-8, CRLF) — 领导班子 report: 一、开展情况 (领导小组, 第一责任人, counts), 二、（一）–（十二）关于…的问题 each with 整改措施：/责任人：/完成时限： lines; sanctions inside the items (诫勉, 书面检查 + 扣发, 提醒谈话, 移交县纪委监委 + 立案审查, 调离岗位); one stock paragraph pasted under （八） and （十）. Dated 2024年10月10日 (114 days, LATE).",
    ],
    problems=[
        ("培训项目与县域产业需求脱节", "b", "demand survey, three new classes (ongoing)"),
        ("同一批学员在3个班次重复申报培训补贴", "a", "2.64万 back to 财政, 查重制度; 诫勉 (县教育体育局党组) + 批评教育"),
        ("结业考核试卷由班主任代填", "a", "32 certificates revoked, re-exam, 《结业考核管理办法》; 2 书面检查 + 扣发"),
        ("以“资料费”“实训耗材费”名义向学员收费", "a", "3.1万 refunded; 提醒谈话"),
        ("外聘教师课酬发给副校长的妻子", "a", "0.96万 recovered; 线索移交县纪委监委, 立案审查"),
        ("学校笔记本电脑被教师带回家", "a", "laptops back, 《固定资产管理办法》 — NOBODY held"),
        ("实训设备分4次采购", "a", "merge lots, 《物资设备采购管理办法》; 原总务主任调离总务岗位"),
        ("政治理论学习流于形式", "b", "stock paragraph (repeated)"),
        ("兼职教师管理松散", "b", "contracts, 《兼职教师聘用和考核办法》"),
        ("招生宣传不到位", "b", "the same stock paragraph (repeated)"),
        ("内部报销审批制度缺失", "b", "《财务报销审批制度》"),
        ("上轮巡察问题整改不彻底", "b", "1860 files rebuilt (ongoing)"),
    ],
    traps=[
        "A splitter that looks for digits in the DOCX text finds no problem numbers; the twelve problems are the numbered paragraphs.",
        "The pasted paragraph begins with a different clause each time; from the second clause on it is word for word the same.",
        "“该问题线索已移交县纪委监委” is the answer on accountability for #5 — a hand-over is not a missing sanction.",
    ],
    may=["#8/#10: the pasted paragraph could also be called vague; the gold plants repeated-measure only."],
)
N["p08"] = dict(
    unit="蘅川县人才公寓管理服务中心党支部 (housing office for talent apartments: allocation, rents, repairs; 县委第四巡察组)",
    forms=[
        "feedback.html (GB18030) — news page on the county 党建网 with chrome; the eleven problems are the <li> items of an <ol class=\"wtlist\"> (the numbers are drawn by the browser, not in the text); then 一要…三要, a 表态 and a 移交 sentence (not problems).",
        "report.txt (GB18030) — written by the 中心, not the branch: one short paragraph (“高度重视，及时召开全体职工会议传达…要求各科室…抓好整改”) with no 领导小组, no 第一责任人 and no secretary; ten items 一、–十、关于…的问题 with measures and （责任人；完成时限）; the feedback's problem 9 is SKIPPED, so 九、 answers #10 and 十、 answers #11; closing line with web disclosure. Dated 2025年5月14日 (85 days).",
    ],
    problems=[
        ("公寓分配审核把关不严（主任的侄子、外甥女）", "a", "4 of 5 flats back, 《分配管理办法》; 县纪委监委 党内警告 for the former director"),
        ("入住资格年审不落实", "b", "年审制度, 11 of 14 vacated"),
        ("租金减免随意（副主任相熟的企业）", "a", "waiver stopped, 2.9万 of 4.7万 back, approval rule — NOBODY held"),
        ("同一项电梯维保费用付了两次", "a", "3.2万 back; 批评教育"),
        ("已调离职工的住房补贴照发", "a", "1.26万 back; 扣发当月绩效"),
        ("公务用车被用于外出旅游", "a", "0.14万 repaid, revised 公务用车管理制度 — NOBODY held"),
        ("家具分9个批次采购", "a", "merged tender, 《物资采购管理办法》; 县人社局党组 诫勉"),
        ("租金收缴台账不全", "b", "new ledger, 9.3万 of 17.6万 back"),
        ("公寓消防和用电安全巡查流于形式", "b", "NOT ANSWERED"),
        ("党支部组织生活不规范", "b", "主题党日 plan (answered under 九、)"),
        ("廉政风险防控制度缺失", "b", "《廉政风险防控手册》 (answered under 十、)"),
    ],
    traps=[
        "The <ol> numbers are not text; count the list items.",
        "Positional shift after the skipped problem: 九、 and 十、 answer #10 and #11.",
        "“县委人才工作领导小组办公室” in item 三、 is an approval office, not a rectification 领导小组.",
    ],
    may=["#3: part of the waived rent is still outstanding (1.8万 in three months); a screener might also ask for a date for the rest — the item has one (2025-07-31)."],
)
N["p09"] = dict(
    unit="中共青石镇集镇管理所支部委员会 (market-town management office: fixed stalls, storefronts, cold store, stall fees; 延伸巡察 in a 镇 round)",
    forms=[
        "feedback.txt (UTF-8) — the 组长's 反馈会 speech: greeting, background, praise, then ten paragraphs each beginning 一是…/二是…/…/十是…; 第一，…第三， requirements (not problems; they ask for 对人的处理 in the ledger and public results), deadline and 移交 sentence. Dated 2025年7月8日.",
        "report.docx (landscape) — prose: 一、基本情况 (领导小组, 第一责任人, counts); 二、four bold groups that cite problems by number (第一、二、十个问题 …) with sanction-free prose; 三、下一步; then after a page break a Word-table 整改台账 (序号｜反馈问题｜整改措施｜责任领导｜责任人｜完成时限｜完成情况｜追责问责情况) whose last column is the only place sanctions are given. Nothing is published. Dated 2025年9月26日 (80 days).",
    ],
    problems=[
        ("集镇固定摊位分配不公开（所长指定给熟人）", "a", "stalls re-drawn under 镇纪委 watch; table: 诫勉 for the former 所长"),
        ("门面房租金收缴不力", "b", "notices, 5.4万 back, lawsuit (ongoing)"),
        ("临时摊点卫生费收了不入账", "a", "2.3万 paid in, 财政票据; table: 出纳 moved, 批评教育"),
        ("执法皮卡车被开去参加亲戚婚礼", "a", "0.21万 repaid, parking rule; table: “—”"),
        ("夜市停办后值班补贴照发", "a", "1.54万 back; table: 提醒谈话"),
        ("占道经营处罚尺度不一", "b", "《占道经营处罚裁量标准》"),
        ("管理制度多年未修订", "b", "revision by year end — owned by “集镇管理所” only"),
        ("对商户的宣传引导不到位", "b", "slogans only (vague)"),
        ("支部学习教育流于形式", "b", "study plan, records signed on the spot"),
        ("冷库低价租给所长妻弟", "a", "contract ended, 公开竞价, 0.52万 差价; table: the former 所长's 书面检查"),
    ],
    traps=[
        "Prose holds nobody; a reader who stops before the table sees no accountability at all.",
        "The posted 抽签结果 for stalls is not disclosure of the rectification.",
        "Groups cite problems by number; #2 and #6 are answered inside groups （一） and （三）.",
    ],
    may=["The former 所长 is dealt with for #1 and #10 but not #4; some might argue one 诫勉 covers him — the table says “—” for #4."],
)
N["p10"] = dict(
    unit="中共荭山县林业综合行政执法大队支部委员会 (county forestry enforcement brigade: fines, seized timber, felling-site checks, hired forest rangers; 县委第一巡察组)",
    forms=[
        "feedback.txt (UTF-8, CRLF) — formal 反馈意见: intro, praise, 一、巡察发现的主要问题 with area lines （一）（二）（三）…方面 and CONTINUOUS 1．–12． “title。detail”; 二、整改意见 （一）–（三） (not problems), deadline and 移交 sentence. Dated 2024年11月26日.",
        "report.txt (UTF-8) — public 整改进展情况的通报: 一、总体情况 with an all-done claim (“12个问题已全部整改完成…46条，全部落实到位”); 二、1．–12．关于…的问题 + 整改进展： + bracket （责任领导；责任人；完成时限）, no sanction in the items; 三、追责问责情况 — one paragraph naming people by post for #3–#6; 四、建章立制; 五、公开 on the county site with a 公示期. Dated 2025年2月20日 (86 days).",
    ],
    problems=[
        ("林区巡查打击不到位", "b", "9 patrol grids, joint actions"),
        ("涉林案件查处不及时", "b", "19 cases tracked, 12 done, 7 正在依法处理"),
        ("撤销了对一家木材加工厂的两次罚款（副大队长的同学）", "a", "new decisions, 1万 collected, approval rule; 三、: 诫勉 by the 县林业局党组"),
        ("现场勘验笔录在办公室补写", "a", "files checked, videos added — NO rule; 三、: 批评教育 + 书面检查"),
        ("伐区查验收取“验收费”", "a", "3.85万 refunded, revised 规程; 三、: former chief moved"),
        ("暂扣物品去向不明（木材被中队长拉回家建房）", "a", "timber paid for, saws back, 《暂扣物品管理办法》; 三、: 党内警告"),
        ("护林员离职后劳务费照发", "a", "1.12万 back, pay rule — NOBODY held, left out of 三、"),
        ("植被恢复保证金退还不及时", "b", "19 firms refunded, 4 held back, new ledger"),
        ("聘用护林员队伍管理松散", "b", "《护林员招聘和考核管理办法》 — bracket has NO 完成时限"),
        ("党支部学习流于形式", "b", "the feedback's words turned back (copied)"),
        ("执法人员培训不足", "b", "5-day training done, second in April 2025"),
        ("上轮巡察问题整改不到位", "b", "137 documents corrected, 《执法文书制作规范》"),
    ],
    traps=[
        "All sanctions are in 三、; items carry none. #7 is the one (a) problem missing from 三、.",
        "“立案查处滥伐林木案件11起” (#1) is enforcement against offenders, not a sanction of staff.",
        "The all-done claim clashes with items 2, 8 and 11; #11 does have a time limit (2025-04-30).",
    ],
    may=["#8 (deposits) could be called a money problem; it is declared an ordinary failing (late refunds, incomplete ledger)."],
)


def main():
    for name, n in N.items():
        g = json.load(open(os.path.join(ROOT, name, "gold.json"), encoding="utf-8"))
        out = [f"# {name} — {n['unit']}", "", "## Forms"] + [f"- {x}" for x in n["forms"]]
        out += ["", "## Problems in feedback order ((a) misconduct someone must answer for, (b) ordinary failing) and what answers them"]
        out += [f"{k}. [{kind}] {title} — {ans}" for k, (title, kind, ans) in enumerate(n["problems"], 1)]
        assert len(n["problems"]) == g["issues"], name
        out += ["", f"## Gold (issues {g['issues']}; unanswered: {[k for k, v in g['answered'].items() if not v] or 'none'})", "", "must_flag:"]
        out += [f"- {f['kind']} {f['issue'] if f['issue'] is not None else '(document)'}: {f['why']}" for f in g["must_flag"]] or ["- none (good report)"]
        out += ["", "must_not_flag:"]
        out += [f"- {f['kind']} {f['issue'] if f['issue'] is not None else '(document)'}: {f['why']}" for f in g["must_not_flag"]]
        out += ["", "links (measure substring → problem):"]
        out += [f"- “{l['measure']}” → {l['issue']}" for l in g["links"]]
        out += ["", "## Traps"] + [f"- {x}" for x in n["traps"]]
        out += ["", "## May report (debatable, not gold)"] + [f"- {x}" for x in n["may"]]
        with open(os.path.join(ROOT, name, "notes.md"), "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")
        print(f"{name}/notes.md")


main()
