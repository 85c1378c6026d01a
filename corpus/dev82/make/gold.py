"""Write p01..p10/gold.json (dev-pairs gold format) for dev82. The gold is hand-judged; this file only keeps it in one
place. Modelled on dev44's make/gold.py. Debatable points ("may report") are not gold: they are in each pair's notes.md,
because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蘩川县农业农村局党组: formal 反馈意见, 一、 with areas （一）（二）（三）…方面 and continuous 1．–8． heading。detail;
# 二、整改意见 （一）–（四） are not problems. Report: 关于“…”的问题 with 整改措施/责任领导/责任股室/整改时限/整改进展. GOOD.
G["p01"] = dict(issues=8, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长亓思远 heads the 领导小组 as 第一责任人, chaired the plan, 4 推进会, site checks in 5 townships, 当面督办 of two heads of section."),
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-08: 80 days, inside three months."),
    F("no-disclosure", None, "下一步 三是: published on the bureau website and the 机关公开栏 with a 监督电话."),
    F("inconsistent-claim", None, "32 measures = 30 done + 2 named long-term ones; 34.02万 = 3.8 + 0.42 + 18.6 + 11.2; 党内警告1 政务警告1 诫勉3 批评5 提醒2 书面检查1 all traceable to items; 3 new + 2 revised rules named."),
    F("no-owner", 7, "责任领导 is given by post only (分管人事工作的党组成员、副局长) — an owner by post, not a gap."),
    F("no-deadline", 7, "One-off parts dated (6-30, 7-31); training 长期坚持 is a standing task."),
    F("no-deadline", 6, "Two one-off parts dated 2025-06-30; the quarterly check is a standing task, 长期坚持."),
    F("no-accountability", 1, "Two township heads 批评教育 and the 粮油股股长 提醒谈话 for the false figures."),
    F("no-accountability", 3, "审核 staff 政务警告, head of section 诫勉谈话, 3.8万 recovered."),
    F("no-accountability", 4, "Driver 党内警告, leader of the meals 诫勉谈话, three 批评教育, office head 书面检查, 0.42万 退缴."),
    F("no-accountability", 5, "计划财务股股长 诫勉谈话; 18.6万 restored."),
    F("no-mechanism", 8, "Two lingering audit items (money not remitted, assets not reconciled): 上缴 and a full 清查 settle them; no system failure calls for a new rule."),
    F("no-mechanism", 2, "《高标准农田建后管护办法》."),
    F("no-mechanism", 3, "《农机购置补贴机具实地核验规程》 with 回避."),
], links=[
    L("对上报的1260亩复耕地块逐块实地复核", 1), L("与14个乡镇逐一签订高标准农田建后管护责任书", 2),
    L("对该合作社重复申领的3.8万元补贴全部追回", 3), L("已由参加人员全部退缴", 4),
    L("将用于会议室装修的18.6万元从机关公用经费中归垫至动物防疫专项资金账户", 5), L("4名调动党员的组织关系已全部转接完毕", 6),
    L("收回被借调从事其他工作的乡镇农技员7名", 7), L("农业项目结余资金11.2万元已于6月12日全部上缴县财政", 8)])

# p02 葸阳县菰埠镇综合文化站党支部: HTML news page of the 县纪委监委 website; problems inline 一是…七是 in one paragraph
# after “主要有：”; 巡察组要求 and the speakers' words are not problems. Report: the 站长's FIRST-PERSON report (UTF-8 CRLF),
# own short headings in another order (3,1,2,4,5,6,7), owner and time limit in running text.
G["p02"] = dict(issues=7, unanswered=[], must_flag=[
    F("no-accountability", 3, "Off-book rent of 2.4万 spent on staff meals and goods: the answer ends the lease and has the staff pay their shares back — nobody is dealt with, though the feedback said 对违规违纪问题要严肃处理，不能一退了之."),
    F("no-deadline", 7, "Collecting and filing the lost 文物普查 records is a one-off task, but its only time limit is “长期坚持” and it is still open (47 collected, the rest 继续收集)."),
    F("copied-measure", 5, "（五） only turns the feedback's words into a promise (严格规范…报销，杜绝劳务费无签字领取等问题): nothing on the 0.9万 without signatures."),
], must_not_flag=[
    F("no-deadline", 1, "长期坚持 here covers opening hours and the show schedule, standing tasks; the missing shows have “12月底前完成全年12场”."),
    F("no-deadline", 5, "2024年10月底前完成 (the gap there is the copied measure)."),
    F("no-deadline", 4, "A one-off already done, with its date in the text (已于9月20日足额发放); no time limit is owed."),
    F("no-owner", 3, "“此项由我牵头，会计蒉小满具体经办” — the writer (站长) owns it in the first person."),
    F("no-owner", 7, "副站长訾明朗 (the gap there is the time limit)."),
    F("no-owner", 5, "会计蒉小满 (the gap there is the copied measure)."),
    F("no-accountability", 4, "A year's delay in paying 传承人 subsidies, now paid in full: no wrongdoing to hold anyone to account for."),
    F("no-mechanism", 2, "文化站干部分片包村、每季度巡查 set up as a standing rule."),
    F("weak-leadership", None, "The secretary writes as 第一责任人, heads the working group, 3 支委会, visited all 6 closed 书屋, checks the ledger weekly."),
    F("late-report", None, "Feedback meeting 2024-09-02, report 2024-11-26: 85 days."),
    F("no-disclosure", None, "“整改情况已在镇政府公示栏和“菰埠发布”公众号公开”."),
    F("inconsistent-claim", None, "19 measures = 17 done + 2 in progress, and the 2 are named (送戏下乡, 文物普查资料)."),
], links=[
    L("每周开放时间达到48小时以上", 1), L("6个长期关门的书屋已于10月底前全部重新开放", 2), L("与培训机构解除了租赁协议", 3),
    L("已于9月20日足额发放到3名传承人手中", 4), L("杜绝劳务费无签字领取等问题", 5), L("党支部重新召开2023年度组织生活会", 6),
    L("目前已收回47份", 7)])

# p03 蕹溪县建材有限责任公司党支部 (县属国企): DOCX 反馈意见 with bold （一）–（八） heading paragraphs + detail paragraphs;
# 二、整改要求 一是…四是 not problems. Report: DOCX Word-table 整改台账 (8 rows; 责任领导/责任部门/完成时限 columns).
G["p03"] = dict(issues=8, unanswered=[], must_flag=[
    F("no-owner", 7, "Row 7's 责任领导 cell is “—” and its 责任部门 is “各部门”: nobody is answerable; every other row names a leader and one department."),
    F("no-deadline", 2, "Row 2's 完成时限 cell is “—” for one-off fixes (dust-removal equipment, three drivers' licences) that are still 正在推进."),
    F("weak-leadership", None, "No 领导小组 and no 第一责任人: the ledger says 公司召开经理办公会进行研究…由综合管理部负责汇总, though 整改要求 一是 asked the secretary to 亲自抓、负总责 and to set up a 领导小组; the secretary appears only as the owner of some rows."),
], must_not_flag=[
    F("no-owner", 2, "“分管安全生产的副总经理” + 安全环保部: an owner by post (the gap there is the time limit)."),
    F("no-owner", 4, "“分管供销的副总经理” + 供销部: owner by post."),
    F("no-deadline", 1, "“2025年第三季度” — a time limit given as a season."),
    F("no-deadline", 6, "The one-off part is dated (立行立改 2025-01-24); only the quarterly check is 长期坚持, a standing task."),
    F("no-accountability", 3, "The former deputy who is retired: the related-party clue is 移交县纪委监委 — the right channel."),
    F("no-accountability", 4, "供销部经理 诫勉谈话."),
    F("no-accountability", 5, "Former deputy 诫勉谈话, HR head 批评教育, 7.2万 returned."),
    F("no-mechanism", 4, "修订《物资采购管理办法》."),
    F("no-mechanism", 6, "修订《党支部前置研究讨论重大经营管理事项清单》 with a 100万 threshold."),
    F("no-mechanism", 8, "《中层管理人员选拔任用办法》."),
    F("late-report", None, "Feedback 2025-01-14, ledger 2025-04-09: 85 days."),
    F("no-disclosure", None, "“本台账将在公司公示栏公示” — the feedback asked only for disclosure inside the firm."),
    F("inconsistent-claim", None, "“已完成整改4个（第4、5、6、8项），正在推进4个（第1、2、3、7项）” matches the 整改情况 column."),
], links=[
    L("2座石灰立窑已于2025年2月28日停火", 1), L("加装脉冲布袋除尘设备", 2), L("向关联贸易公司发出书面催收函", 3),
    L("2025年度燃料煤采购已通过县公共资源交易平台公开招标", 4), L("多发的7.2万元已由相关人员全部退回公司账户", 5),
    L("对粉磨线技术改造项目补充履行党支部前置研究程序", 6), L("在3个生产车间重新设立党员示范岗", 7),
    L("对2名中层管理人员补充开展民主测评和考察", 8)])

# p04 薜山县社会救助服务中心党支部: 组长's 反馈会 speech; problems as paragraphs 第一，…第七，; praise, 三点意见 一要…三要 are
# not problems. Report (GB18030): （N）关于…的问题 with 一是…三是 and a bracket (责任人；责任科室；完成时限；status).
G["p04"] = dict(issues=7, unanswered=[], must_flag=[
    F("no-accountability", 3, "“人情保”“关系保” (6 households, 6.9万): benefits stopped, money recovered, a 清查 and a 备案制度 — but nobody is dealt with (the village cadres, the staff member, the 审核 staff), though the speech said 决不能只退钱不问责."),
    F("no-disclosure", None, "The speech (三要) asks to publish the rectification, especially to the villages and society; the report never does — the 村务公开栏 in (三) shows 低保 approval results, not the rectification."),
], must_not_flag=[
    F("no-accountability", 5, "Sanctions named only by post (时任分管财务工作的副主任 诫勉谈话, 出纳 批评教育) — still accountability."),
    F("no-accountability", 4, "Cash payments verified; a procedural failing answered with 提醒谈话 of the 经办人员."),
    F("no-accountability", 6, "Two window staff 批评教育, one moved off the window."),
    F("no-owner", 2, "The bracket names only 责任科室：审核确认科 — an owner by department."),
    F("no-mechanism", 3, "近亲属享受社会救助备案制度 (the gap there is accountability)."),
    F("no-mechanism", 2, "修订《城乡低保审核确认工作规程》."),
    F("no-deadline", 3, "2025年6月30日 for the last instalments."),
    F("copied-measure", 2, "Echoes the feedback's 缺少入户调查表 but is an act done (19 files re-surveyed, 2 households stopped) plus a revised rule."),
    F("weak-leadership", None, "党支部书记、主任禚怀安 heads the 领导小组, 第一责任人, 3 meetings, checked files in 4 townships."),
    F("late-report", None, "Feedback 2024-12-03, report 2025-02-27: 86 days."),
    F("inconsistent-claim", None, "25 = 22 done + 3 ongoing (#3, #4, #6 each says 正在推进); 8.3万 = 5.2 + 3.1; 诫勉1 批评3 提醒1; 3 rules named."),
], links=[
    L("已全部按程序纳入城乡低保", 1), L("修订《城乡低保审核确认工作规程》", 2), L("对6户不符合条件的低保对象全部停止发放低保金", 3),
    L("临时救助资金一律通过社会保障卡发放", 4), L("列支的3.1万元工作经费已从中心公用经费中归还临时救助资金专户", 5),
    L("对9次热线投诉逐件回访", 6), L("补选支部委员1名", 7)])

# p05 蘼原县退耕还林工程管理中心党支部: 反馈意见 (GB18030), areas 一、二、三、在…方面 with RESTARTING 1．2．(3．): 2+3+2 = 7;
# the closing 整改意见 （一）–（三） are not problems. Report: public HTML 整改进展情况的通报 (GB18030, meta gbk) with header,
# （一）在“…”方面 → N．关于“…”问题的整改 → 整改情况： + bracket, and an annex table of rules.
G["p05"] = dict(issues=7, unanswered=[], must_flag=[
    F("no-mechanism", 2, "Area checks that rely on village returns, a failure already found by the 2022 audit: the answer is a one-off 复核, 追回 and a self-check, with no rule for 实地核验 or 图斑比对; the annex lists no rule on 兑付."),
    F("no-deadline", 5, "Rebuilding 215 missing files is a one-off task; its bracket gives only “整改进展：正在推进”, while every other item has a 整改时限."),
], must_not_flag=[
    F("no-mechanism", 4, "“制定苗木采购管理制度…（制度名称见附件）” — the rule is named only in the annex (《苗木及造林工程采购管理办法》)."),
    F("no-mechanism", 3, "修订 the 接待 rule, named in the annex (《公务接待管理实施细则》)."),
    F("no-accountability", 2, "3 township staff 批评教育, 计划财务科科长 诫勉谈话 (the gap there is the rule)."),
    F("no-accountability", 3, "0.8万 退缴, 办公室主任 批评教育."),
    F("no-accountability", 4, "分管副主任 诫勉谈话, 经办人 批评教育."),
    F("no-deadline", 1, "“2025年秋冬造林季结束前” — a season, the planting window."),
    F("no-deadline", 7, "发展党员 “在本届党支部任期内（2026年换届前）” — a term; the one-off part is dated 2025-04-30."),
    F("no-owner", 5, "副主任逯文渊 (the gap there is the time limit)."),
    F("weak-leadership", None, "党支部书记、主任戚明睿 heads the 领导小组, 第一责任人, 5 meetings, checks in 4 townships."),
    F("late-report", None, "Feedback 2025-03-18, 通报 2025-06-10: 84 days."),
    F("no-disclosure", None, "A public page (主动公开) with a comment period, phone and address."),
    F("inconsistent-claim", None, "4 done + 3 ongoing, each named; 10.5万 = 9.7 + 0.8; 诫勉2 批评5; 4 rules in the annex."),
], links=[
    L("今年春季已补植310亩", 1), L("确认重复兑付和超面积兑付的补助资金9.7万元", 2),
    L("4次无公函接待的费用0.8万元已由审批人和陪同人员全部退缴", 3), L("委托县林业技术推广站对拆分采购的苗木进行质量复验", 4),
    L("已补建112份", 5), L("重新制定2025年度主题党日计划", 6), L("已确定2名入党积极分子并明确培养联系人", 7)])

# p06 蓰城县教育发展投资有限公司党支部: 反馈意见 with 1．–7． heading lines + “具体表现：” lines; 二、整改要求 一要…三要 not
# problems. Report (UTF-16 LE BOM): 问题N：/整改情况： + one field line (责任领导/责任部门/完成时限/整改状态).
G["p06"] = dict(issues=7, unanswered=[], must_flag=[
    F("no-mechanism", 2, "The feedback says there is no contract approval and filing process and the fault recurs in audits; the answer only re-reviews the 14 contracts and re-signs 3 — no contract rule."),
    F("no-owner", 5, "Field line “责任部门：相关部门” with no 责任领导, and the text names nobody."),
    F("vague-measure", 6, "Slogans only (进一步提高政治站位…充分发挥…战斗堡垒作用…深度融合): nothing on the overdue 换届 or the copied notes."),
], must_not_flag=[
    F("no-owner", 3, "The field line lacks a 责任领导, but the text says “由副总经理眭景和牵头”."),
    F("no-mechanism", 3, "《工程价款支付审核办法》 with an 80% cap."),
    F("no-mechanism", 5, "《公务接待和公务用车管理办法》 (the gap there is the owner)."),
    F("no-accountability", 3, "工程管理部经理 诫勉谈话; 21.6万 recovered."),
    F("no-accountability", 4, "总经理 诫勉谈话, 综合办公室主任 批评教育, 3.9万 returned."),
    F("no-deadline", 7, "“2025年上半年” — a time limit given as a half-year."),
    F("no-deadline", 1, "2025年8月31日."),
    F("vague-measure", 1, "Opens with a slogan (坚持把服务…作为公司的主责主业) but goes on to acts: 倒排工期, 周调度, two buildings finished."),
    F("weak-leadership", None, "党支部书记、董事长訾仲衡 heads the 领导小组, 第一责任人, 4 meetings, site visits."),
    F("late-report", None, "Feedback 2024-11-05, report 2025-02-02: 89 days — close to, but inside, three months (2025-02-05)."),
    F("no-disclosure", None, "公司内部公示栏 and a 通报 in the county education system, as the feedback asked."),
    F("inconsistent-claim", None, "26 = 22 + 4; problems 2–5 done, 1 and 7 ongoing, 6 持续推进, as the items say; 25.5万 = 21.6 + 3.9."),
], links=[
    L("对进度滞后的4个项目逐一倒排工期", 1), L("对14份签订前未经法律审核的合同逐份补充审核", 2), L("21.6万元已于2025年1月全部追回", 3),
    L("已由全体员工按领取金额全部退回公司账户", 4), L("2辆项目用车实行派车单制度", 5), L("推动党建工作与工程建设深度融合、互促共进", 6),
    L("补充造价和工程管理专业人员3名", 7)])

# p07 藿江县公安局党委: 反馈意见 (UTF-8 CRLF) with （一）–（九） heading。detail under 一、; 二、整改意见 （一）–（三） not problems.
# Report: N．关于…的问题 with 一是… and dates, then 三、整改责任分工 (owners of problems 1–8) and 四、追责问责情况.
G["p07"] = dict(issues=9, unanswered=[], must_flag=[
    F("no-owner", 9, "三、整改责任分工 gives a leader and departments for problems 1–8 only; problem 9 (营房 rent) has no owner there or in its item."),
    F("no-mechanism", 6, "No 出入库登记 at the property centre is a system failure; the answer only counts the 37 items, moves them in and runs one 清查 — no rule."),
], must_not_flag=[
    F("no-owner", 1, "Owner only in the closing 责任分工 (副局长芮承志, 治安管理大队 and 派出所)."),
    F("no-owner", 5, "Owner only in the closing 责任分工 (政委敖正清, 督察大队, 警务保障室)."),
    F("no-owner", 6, "Owner only in the closing 责任分工 (副局长权明远); the gap there is the rule."),
    F("no-owner", 8, "Owner only in the closing 责任分工 (政治处主任卞若海)."),
    F("no-accountability", 4, "In the separate 追责问责 part: 党内警告1, 诫勉2, 批评教育2."),
    F("no-accountability", 5, "In the separate 追责问责 part: 警务保障室主任 诫勉谈话."),
    F("no-accountability", 7, "In the separate 追责问责 part: 政治处副主任 诫勉谈话, 2 民警 批评教育; one auxiliary dismissed."),
    F("no-mechanism", 2, "《行政案件办理期限预警规定》."),
    F("no-mechanism", 5, "《辅警加班补贴核发办法》."),
    F("no-mechanism", 7, "修订《辅警招聘管理办法》 with 回避."),
    F("no-deadline", 2, "The remaining 40 recorders “于2025年9月30日前配发到位”."),
    F("no-deadline", 8, "标准化建设 “于2025年10月31日前”."),
    F("repeated-measure", 1, "The closing line “以上措施已于2025年6月30日前完成。” recurs word for word under 1．, 5．, 7．, 9．: a date line, not a pasted measure; the measures above it differ."),
    F("repeated-measure", 7, "Same identical date line as 1．; its measures (re-examination, a revised 招聘办法) are its own."),
    F("weak-leadership", None, "党委书记、局长逯敬川 heads the 领导小组, 第一责任人, visits to 6 stations."),
    F("late-report", None, "Feedback 2025-04-22, report 2025-07-16: 85 days."),
    F("no-disclosure", None, "县人民政府网站 and the “藿江公安” 公众号."),
    F("inconsistent-claim", None, "31 = 29 + 2 named; 14.36万 = 0.36 + 8.4 + 5.6; 15 persons = 2+1+2+1+1+2+4+2."),
], links=[
    L("统一全县派出所矛盾纠纷排查化解台账格式", 1), L("制定《行政案件办理期限预警规定》", 2), L("修订《政务新媒体信息发布审核办法》", 3),
    L("全局警车统一安装北斗定位终端", 4), L("多发的8.4万元已于5月和6月从辅警补贴中分两次扣回", 5),
    L("对账面上去向不明的37件涉案财物逐件清点核对", 6), L("对2023年未经公开招聘的6名辅警重新组织考试和考核", 7),
    L("局机关党委对3个派出所党支部逐一开展督导", 8), L("闲置营房租金收入5.6万元已于2025年6月12日全部上缴县财政", 9)])

# p08 蕈台县奶业发展服务中心党支部: 组长's 反馈会 speech; problems inline 一是…六是 (continuous) in three 从…看 paragraphs;
# 三点要求 一要…三要 not problems. Report (GB18030): the 主任's FIRST-PERSON report, own headings in another order
# (3,2,1,5,4,6), a separate 追责问责 part covering #4 and #5 only. LATE.
G["p08"] = dict(issues=6, unanswered=[], must_flag=[
    F("no-accountability", 3, "The favoured relative's farm: 4.5万 recovered and a 公示办法 made, but nothing on the 副主任 who sat on the list without 回避; the 追责问责 part covers only gifts and finance, though the speech said 该处理的人要处理，不能退了钱就算完事."),
    F("no-deadline", 2, "The idle 46万 equipment: “准备安排…培训合格后尽快…投入使用”, 正在推进, no date, though the speech asked for a 具体时间表."),
    F("vague-measure", 1, "Slogans only (进一步加大政策宣传力度，切实推动…落地见效): no visit, no list of the 6 cooperatives, no application help."),
    F("late-report", None, "Feedback 2024-10-22 with a 三个月内 limit (2025-01-22); the report is dated 2025-02-26: 127 days."),
], must_not_flag=[
    F("no-accountability", 4, "Told in the separate 追责问责 part: the 2 technicians 批评教育 + 书面检查; 0.28万 handed in."),
    F("no-accountability", 5, "Told in the separate 追责问责 part: the accountant 提醒谈话; 1.1万 returned."),
    F("no-deadline", 6, "“在本届支部任期内（2026年5月换届前）” — a term, for a coverage target."),
    F("no-mechanism", 3, "《奶牛良种补贴申报审核和公示办法》 with 回避 (the gap there is accountability)."),
    F("no-owner", 3, "“此项由我负责” — the writer owns it."),
    F("no-owner", 2, "副主任郦景行 (the gap there is the time limit)."),
    F("weak-leadership", None, "First-person 第一责任人, heads the group, 4 meetings, 11 site visits, chaired the 组织生活会."),
    F("no-disclosure", None, "中心公示栏 and the farmers' service group."),
    F("inconsistent-claim", None, "18 = 16 + 2 ongoing, the two (#2, #6) say 正在推进."),
], links=[
    L("切实推动奶业振兴扶持政策落地见效", 1), L("培训合格后尽快把快速检测设备投入使用", 2), L("已将4.5万元补贴全部收回", 3),
    L("按市场价折算共0.28万元，已全部上缴", 4), L("超标准报销的差旅费1.1万元已由报销人全部退回", 5), L("每名党员联系3户", 6)])

# p09 菥阳县农副产品保供有限公司党支部: website news item (plain text); problems in ONE sentence after “但也存在一些问题：”,
# separated by ；, ending “等问题” (7); 巡察组要求 and speakers' words are not problems. Report: DOCX with bold 一、关于…的问题,
# 整改措施 paragraph + field paragraph, 八、追责问责 counted by item, annex table of rules.
G["p09"] = dict(issues=7, unanswered=[], must_flag=[
    F("no-accountability", 3, "购物卡 7.6万 and gift boxes: money returned and a warning session, nobody dealt with; the 追责问责 part names items 2, 4, 5 only, though the feedback said 查清责任、严肃处理，不能一退了之."),
    F("no-mechanism", 2, "Reserve pork left past its term twice (2021, 2023; 38万 loss) and the feedback notes no rotation or stock-warning arrangement; the answer books the loss, counts stock and rotates one batch — no rule, and the annex has none."),
    F("repeated-measure", 6, "六、's measure is one generic paragraph (公司党支部组织全体党员干部认真学习…确保问题整改到位、取得实效) pasted again under 七、."),
    F("repeated-measure", 7, "七、's measure repeats 六、's paragraph word for word after a different first clause."),
], must_not_flag=[
    F("no-mechanism", 4, "“制定采购询价比价管理制度（详见附件）” — named only in the annex (《蔬菜采购询价比价管理办法》)."),
    F("no-mechanism", 5, "Named in the annex (《经营性资产出租管理办法》)."),
    F("no-accountability", 4, "Counted by item in 八、: 第四项 诫勉谈话1人（采购部经理）、批评教育1人."),
    F("no-accountability", 5, "Counted by item in 八、: 第五项 批评教育2人."),
    F("no-accountability", 2, "Counted by item in 八、: 第二项 诫勉谈话1人 (the gap there is the rule)."),
    F("no-deadline", 5, "2025年12月31日 for the tender at the contract's end."),
    F("no-owner", 2, "副总经理酆明远."),
    F("weak-leadership", None, "党支部书记、董事长宓承澜 heads the 领导小组, 第一责任人, 4 meetings, 6 checks."),
    F("late-report", None, "Feedback 2025-05-27, report 2025-08-19: 84 days."),
    F("no-disclosure", None, "Company website and the 网点公示栏, with a phone."),
    F("inconsistent-claim", None, "23 = 22 + 1; 6 problems done + 1 (冷库招租) ongoing, as item 五 says."),
], links=[
    L("3个已于7月恢复营业", 1), L("对现有政府储备冻猪肉逐批盘点", 2), L("已由职工全部退回公司账户", 3),
    L("蔬菜采购实行每周询价、三家以上比价", 4), L("委托评估机构对出租的冷库租金进行评估", 5),
    L("针对党建工作与经营工作融合不够的问题", 6), L("针对中层竞聘方案未公布、评分记录不全的问题", 7)])

# p10 蕻岭县婚姻登记服务中心党支部: 反馈问题清单 (UTF-16 LE BOM, CRLF) 问题1：…问题6： + 具体表现：; 整改要求 一是…三是 not
# problems. Report (GB18030 CRLF): 整改进展情况的通报 with own headings （一）–（五） in feedback order; 问题4 skipped.
G["p10"] = dict(issues=6, unanswered=[4], must_flag=[
    F("unanswered-issue", 4, "The 婚姻家庭辅导室 (4 sessions a year, idle 2.8万 software) is never mentioned; the five headings jump from 档案 to 财务."),
    F("copied-measure", 5, "（四） restates the problem as a promise (严格规范财务管理，杜绝采购无验收单、凭证附件不全等问题): nothing on the 3.2万 or the mismatched invoices."),
    F("inconsistent-claim", None, "“6个问题已全部整改完成，16项整改措施全部落实到位” while （三） says digitising is at 600 of 1400 files, “预计2025年底前全部完成”, with a 完成时限 of 2025-12-31, and problem 4 is not addressed at all."),
], must_not_flag=[
    F("no-accountability", 2, "The 县民政局党组 gave the 中心主任 an 诫勉谈话 and moved him off the post — a sanction named by post, by the superior body."),
    F("no-mechanism", 2, "《登记大厅便民服务项目管理规定》 bars fee-charging services."),
    F("no-mechanism", 3, "修订《婚姻登记档案管理制度》."),
    F("no-deadline", 3, "2025年12月31日 (the problem there is the all-done claim, not a missing date)."),
    F("no-owner", 1, "分管业务的副主任祁若岩."),
    F("unanswered-issue", 5, "Answered (by a copied measure) under heading （四）财务管理方面 — positionally the fourth heading, by content problem 5."),
    F("unanswered-issue", 6, "Answered under heading （五）党支部建设方面."),
    F("weak-leadership", None, "党支部书记隋望舒 heads the 领导小组, 第一责任人, fortnightly meetings, 当面督办."),
    F("late-report", None, "Feedback 2025-02-18, 通报 2025-05-13: 84 days."),
    F("no-disclosure", None, "Published on the 县民政局门户网站."),
], links=[
    L("每季度至少举办1次", 1), L("自3月1日起终止该影楼在登记大厅的照相服务", 2), L("通过当事人补交材料重建2份", 3),
    L("杜绝采购无验收单、凭证附件不全等问题", 5), L("支委会每月至少召开1次", 6)])

for name, g in G.items():
    out = {"mode": "pair", "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
