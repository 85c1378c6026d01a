"""Write p01..p10/gold.json (dev-pairs gold format) for dev96. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev44/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 薸阳县第三初级中学党支部 (public junior middle school): formal 反馈意见 (UTF-8), areas （一）（二）（三）…方面 with
# continuous 1．–8． heading。detail; 二、整改意见 （一）–（四） and the 线索移交 sentence are not problems.
# Report: DOCX, bold 关于“…”的问题 headings + five field paragraphs; closing 三、追责问责情况 and 四、建章立制情况 with a
# Word table of rules. GOOD REPORT.
G["p01"] = dict(issues=8, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、校长雒清晖 heads the 领导小组 as 第一责任人 (亲自部署、亲自过问、亲自督办), chaired 5 推进会, 3 site checks, 当面督办 two items."),
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-11: 83 days, inside three months."),
    F("no-disclosure", None, "下一步 三是: published on the school 公示栏 and the 县教育局 website, told at the 家长会, with a 监督电话."),
    F("inconsistent-claim", None, "32 measures = 30 done + 2 named long-term; 15 persons = 警告1 + 诫勉1 + 提醒1 + 批评11 (9 + 2) + 调岗1; 9.3万 = 6.8 + 2.2 + 0.3; 5 new + 2 revised rules = the 7 table rows."),
    F("no-accountability", 2, "Item points to 第三部分, which gives 副校长邴远山 党内警告, 总务处主任 诫勉谈话 and 9 recipients 批评教育."),
    F("no-accountability", 3, "The 教务处主任's case is with the 县纪委监委 (正在核查) and his post is suspended: accountability under way, not missing."),
    F("no-accountability", 4, "2 班主任 批评教育 + 书面检查 + 取消评优评先 + 扣减绩效."),
    F("no-accountability", 5, "食堂管理员 调整岗位 and 扣减绩效."),
    F("no-accountability", 6, "Weak study: no misconduct, nobody to hold to account."),
    F("no-accountability", 8, "Weak teacher development: no misconduct."),
    F("no-mechanism", 7, "Two files missing a 政审: a fix (补做政治审查, honestly dated) is the whole answer; no new rule is needed."),
    F("no-mechanism", 3, "《教辅材料征订管理规程》 (目录公开、自愿选购、学校不经手)."),
    F("no-mechanism", 5, "《食堂食材采购验收规程》 with two-person checks."),
    F("no-deadline", 8, "Dated in two parts: 2025-06-30 and 2027-12-31 (分年度推进) — a standing task with a date."),
    F("no-deadline", 6, "“2025年6月30日，此后长期坚持”."),
    F("no-owner", 6, "责任领导 the secretary, 责任部门 组织委员芮晓岑."),
], links=[
    L("开设书法、合唱、篮球、科技制作等社团14个", 1),
    L("以“课时补助”名义发放给11名未参与课后服务人员的6.8万元已全部收回", 2),
    L("给予副校长邴远山党内警告处分", 2),
    L("教务处保管的2.2万元“服务费”已于6月3日全额上缴县财政", 3),
    L("2名班主任收受的购物卡共3000元已全部退还学生家长", 4),
    L("对收受家长购物卡的2名班主任批评教育并责令书面检查", 4),
    L("食材入库验收改为总务处和食堂各1人双人验收", 5),
    L("建立《党员学习记录月审制度》", 6),
    L("为2名发展对象补做政治审查并形成书面结论", 7),
    L("重新组织“师徒结对”18对", 8)])

# p02 蘵川县卫生健康信息中心党支部: HTML news page of the 县纪委监委 website (UTF-8, page chrome), problems inline
# 一是…七是 in one paragraph; the 线索 sentence, 鄢晴's requirements and the 表态 一要…三要 are not problems.
# Report (GB18030): 问题N：/整改情况：, owners and time limits only in a closing 三、整改责任分工 paragraph.
G["p02"] = dict(issues=7, unanswered=[], must_flag=[
    F("no-accountability", 2, "Split contracts to dodge tendering and brand-pointing parameters: the report re-tenders and writes a 细则, but for the people only promises “中心将根据调查情况依规依纪严肃处理” — no investigation named, nobody dealt with, while the feedback asked to 查清责任、严肃处理."),
    F("no-deadline", 4, "Shared accounts: the item is still open (5 of 9 科室) and both the item and the 责任分工 paragraph say only “待省平台统一身份认证改造后推进/同步推进” — no date, though every other open item has one."),
], must_not_flag=[
    F("weak-leadership", None, "书记、主任郦思远 heads the 领导小组 as 第一责任人, approved the plan, chaired 4 推进会, 当面督办."),
    F("late-report", None, "Feedback 2025-04-15, report 2025-07-10: 86 days."),
    F("no-disclosure", None, "下一步 三是: published 7月4日 on the 公示栏 and the 县卫生健康局 website."),
    F("inconsistent-claim", None, "26 = 22 done + 4 open, the 4 named in 下一步; 诫勉2 (缑子恒, 仝海川) + 批评3 + 提醒1 + 书面检查1; 7.7万 = 6.2 + 0.36 + 1.14; 5 rules named."),
    F("no-accountability", 3, "项目负责人 诫勉谈话 + 扣减绩效, 分管副主任 书面检查, 6.2万 recovered."),
    F("no-accountability", 5, "带队副主任 诫勉谈话, 3 others 批评教育 (“本项共问责4人”), meals paid back."),
    F("no-accountability", 7, "办公室负责人 提醒谈话, 1.14万 returned."),
    F("no-accountability", 1, "Slow platform work: no misconduct."),
    F("no-accountability", 6, "Weak study: no misconduct."),
    F("no-mechanism", 4, "《信息系统账号权限管理办法》 (the gap there is the time limit)."),
    F("no-mechanism", 2, "《信息化项目采购管理细则》 (the gap there is accountability)."),
    F("no-mechanism", 3, "《信息化运维服务验收规程》."),
    F("no-owner", 4, "副主任庹新月, named only in the closing 责任分工 paragraph."),
    F("no-owner", 1, "副主任庹新月 in the 责任分工 paragraph."),
    F("no-deadline", 2, "招标 9月底前 (in the item and in the 责任分工 paragraph)."),
    F("no-deadline", 1, "全覆盖 2025年12月底前."),
], links=[
    L("基层医疗机构接入率由58%提高到78%", 1), L("删除了全部指向性参数", 2),
    L("确认运维公司有6.2万元约定服务未实际提供", 3), L("注销离岗人员账号23个", 4),
    L("已按标准退缴餐费0.36万元", 5), L("研讨发言须提交书面材料并存档", 6),
    L("7人无加班记录领取的补助1.14万元已全部退回", 7)])

# p03 蕍山县文物考古研究所党支部: DOCX 反馈意见 with bold （一）–（七） heading paragraphs + detail; 整改意见 一要…三要
# not problems. Report (UTF-8, CRLF): （N）关于…的问题 + 一是… + bracket (责任领导；完成时限); closing 三、追责问责情况
# with 共问责9人.
G["p03"] = dict(issues=7, unanswered=[], must_flag=[
    F("vague-measure", 5, "（五） is slogans only (深刻认识…重要性，进一步增强组织生活的政治性、时代性、原则性、战斗性…以高质量党建引领…): nothing on separating 主题党日 from business meetings or on the 组织生活会 criticism."),
    F("no-mechanism", 3, "Logs rewritten after the dig and specimens handed over a year late: the answer re-checks the logs and hands over the specimens, and the only rule named is 修订《职工请休假管理制度》 — unrelated to records or specimen transfer, although 整改意见 三要 names 发掘记录、标本移交 and every other misconduct item has a matching rule."),
], must_not_flag=[
    F("weak-leadership", None, "书记、所长宓秋原 heads the 领导小组 as 第一责任人, fortnightly reports, two site checks."),
    F("late-report", None, "Feedback 2025-05-08, report 2025-07-30: 83 days."),
    F("no-disclosure", None, "下一步 三是: 所内公示栏 and the 县文化和旅游局 website."),
    F("inconsistent-claim", None, "24 = 22 + 2 named; 9 persons = 诫勉2 + 批评5 + 提醒2, matching the items; 3.06万 = 2.88 + 0.18; 4 rules (the unrelated one included)."),
    F("no-accountability", 3, "项目负责人 批评教育 (in the item and in 三): the gap there is the rule."),
    F("no-accountability", 2, "The item points to 三: 2 领队 诫勉谈话, 3 staff 批评教育, the 财务 reviewer 提醒谈话, 2.88万 returned."),
    F("no-accountability", 4, "批评教育 + 书面检查, 0.18万 repaid."),
    F("no-accountability", 6, "办公室负责人 提醒谈话."),
    F("no-accountability", 1, "Slow survey work: no misconduct."),
    F("no-accountability", 7, "Staffing: no misconduct."),
    F("no-mechanism", 2, "《田野考古工作补助发放办法》 (日志 + 门禁, 领队签字, 办公室复核, 公示)."),
    F("no-mechanism", 4, "修订《公务用车使用管理规定》."),
    F("no-mechanism", 6, "《对外信息发布三审制度》."),
    F("no-mechanism", 1, "Survey backlog and unregistered sites: the fix (survey finished, sites registered and protected) is the whole answer."),
    F("no-owner", 5, "书记、所长宓秋原 in the bracket (the gap there is the slogan)."),
    F("no-deadline", 7, "2025年12月31日."),
], links=[
    L("承担的3个乡镇普查复查任务已于7月上旬全部完成", 1),
    L("5名职工多领的野外工作补助2.88万元已全部退回所财务账户", 2),
    L("对多报出工天数的2名项目领队进行诫勉谈话", 2),
    L("逾期未移交的出土标本已于6月全部移交县博物馆", 3),
    L("3次节假日私用车辆产生的费用0.18万元已由使用人全额退缴", 4),
    L("进一步增强组织生活的政治性、时代性、原则性、战斗性", 5),
    L("建立《对外信息发布三审制度》", 6),
    L("选派3名业务骨干参加省文物局举办的考古领队培训", 7)])

# p04 芣岭村党支部 (蒣坝乡, a border village; county village round): 问题清单 函 (UTF-16 LE BOM) 问题1：…问题7： +
# 具体表现：; 整改要求 一是…四是 not problems. Report (UTF-8): the village secretary's first-person report with own
# headings 一、…六、 in feedback order; 问题6 (林地承包) skipped, so heading 六、 answers 问题7.
G["p04"] = dict(issues=7, unanswered=[6], must_flag=[
    F("unanswered-issue", 6, "The 320 亩 forest-land contract expired in 2023 and the 2024 fee was never collected: no heading or sentence re-lets the land or collects the fee. Heading 六、 is about 问题7 (the old 三资 ledger); entering the 林地 in that ledger is not an answer to the contract and the lost rent."),
    F("no-owner", 5, "党员教育: “由村“两委”班子共同负责” — a body, not a person, while every other item names one (尹正, 我, 何春芽)."),
    F("no-disclosure", None, "整改要求 四 asks to publish the rectification on the 村务公开栏; the report never does. The 公开栏 appears only for finances (四、) and the 护边员 subsidy list (二、) — ordinary 村务公开, not the rectification."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary writes as 整改第一责任人, heads the 整改工作小组, chaired 6 meetings, 3 site checks; the 乡党委副书记 guides."),
    F("late-report", None, "Feedback 2025-06-09, report 2025-08-28: 80 days."),
    F("inconsistent-claim", None, "No totals or all-done claim; figures (1.92万, 0.86万, 180 + 210 亩) agree with the feedback."),
    F("unanswered-issue", 7, "Answered under heading 六、 (positionally the sixth, in content the 上轮巡察 三资 problem)."),
    F("no-accountability", 2, "村文书 党内警告 (by the 乡纪委), 村委会副主任 诫勉谈话, 1.92万 recovered, the two dismissed."),
    F("no-accountability", 3, "The secretary himself 诫勉谈话, the 村监委会主任 批评教育, 9 people repaid 0.86万."),
    F("no-accountability", 1, "Slow planting: no misconduct."),
    F("no-mechanism", 2, "The township's new 《护边员管理考核办法》 applied, plus GPS check-in and monthly checks."),
    F("no-mechanism", 3, "《芣岭村村级小微权力清单》 and a village reception rule."),
    F("no-owner", 2, "“由我负责” — the secretary writing the report."),
    F("no-owner", 3, "“由我负责”."),
    F("no-owner", 4, "新任文书何春芽, in a bracket."),
    F("no-deadline", 1, "2025年10月31日前."),
    F("no-deadline", 5, "2025年9月底前 (the gap there is the owner)."),
], links=[
    L("目前已补种180亩", 1), L("对2名长期在外务工、挂名领取补助的护边员予以解聘", 2),
    L("由参加聚餐的村干部和党员9人按人头全部退赔", 3),
    L("2024年下半年和2025年上半年的村级财务收支情况已于7月补充公开", 4),
    L("建立芣岭村党员微信学习群", 5), L("聘请乡农经站会计逐项清点", 7)])

# p05 蘦城县节能监察中心党支部: 组长's 反馈会 speech (GB18030), problems 第一，…第七，; the 线索 sentence, 一要…三要 and the
# 三个月内 sentence are not problems. Report: DOCX, covering prose by theme (accountability summary in the prose) + a
# Word-table 整改台账 after the prose (责任人, 完成时限). Dated 2025-07-08: LATE.
G["p05"] = dict(issues=7, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2025-03-18 with a 三个月内 limit (2025-06-18); the report is dated 2025-07-08: 112 days."),
    F("no-accountability", 2, "A case cut from a 12万 fine to no penalty after 个别领导打招呼 and without 集体审议: the report re-decides the case and writes two rules, but for the people offers only 班子…深刻反思，举一反三 — nobody who intervened or changed the decision is named or dealt with, though the speech said 不能以“集体反思”代替个人责任."),
    F("no-deadline", 1, "Row 1 (补充监察: 22 of 36 units not yet checked; 能效诊断 3 of 15 open) is 正在推进 with 完成时限 “持续推进” and the prose says only 逐步纳入监察 — no date for concrete open work."),
], must_not_flag=[
    F("weak-leadership", None, "书记、主任桓立诚 heads the 领导小组 as 第一责任人, 直接部署、直接过问、直接督办, 5 推进会, 4 回访."),
    F("no-disclosure", None, "下一步 三是: 县发展和改革局 website, 监督电话."),
    F("inconsistent-claim", None, "23 = 21 + 2 (both in row 1, 正在推进); 9 persons = 警告1 + 诫勉1 + 调岗1 + 提醒1 + 批评5; every other row 已完成 agrees with the prose."),
    F("no-mechanism", 2, "《节能监察行政处罚裁量基准》 and 《重大执法案件集体审议规则》 (the gap there is accountability)."),
    F("no-mechanism", 4, "修订《现场监察工作规程》 (执法记录仪全程, 当场签字)."),
    F("no-mechanism", 5, "修订《专项经费管理办法》 (三级审核)."),
    F("no-accountability", 3, "副主任扈明轩 诫勉谈话, 5 others 批评教育, meals repaid, tea returned."),
    F("no-accountability", 4, "党内警告 for the false records, the signer 调离执法岗位."),
    F("no-accountability", 5, "财务人员 提醒谈话."),
    F("no-accountability", 7, "Missing licences: a capacity problem; taking the three off enforcement is a fix, not a sanction that was owed."),
    F("no-accountability", 6, "Party work detached from enforcement: no misconduct."),
    F("repeated-measure", 3, "The same measures appear in the prose (三) and in table row 3 — one problem's answer told twice, not one text pasted under unrelated problems."),
    F("repeated-measure", 4, "Prose (三)/(四) and table row 4 restate the same answer to the same problem."),
    F("no-owner", 1, "副主任扈明轩 in the table (the gap there is the time limit)."),
    F("no-deadline", 6, "“2025年6月起每季度，长期坚持”."),
], links=[
    L("将5家年综合能耗万吨标准煤以上企业全部列入", 1), L("对陶瓷企业超限额用能案重新组织集体审议", 2),
    L("收受的茶叶礼盒已退还企业", 3), L("重新调取执法记录仪视频逐卷复核", 4),
    L("从中心公用经费中归垫宣传周专项经费1.3万元", 5), L("设立党员执法示范岗3个", 6),
    L("2人已于5月通过考试取证", 7)])

# p06 蔾源县烟花爆竹专营有限责任公司党支部 (county state firm; 县国资委党委 enterprise round): 反馈意见 (UTF-8, CRLF)
# 一、…七、 heading。detail; 整改要求 （一）–（四） not problems. Report: public HTML 巡察整改进展情况的通报 on the 县国资委
# site (charset gbk, CRLF) with 信息公开 header table, stats line, （N）关于“…”问题的整改 + 整改情况： + (责任人：…).
G["p06"] = dict(issues=7, unanswered=[], must_flag=[
    F("copied-measure", 6, "（六）'s whole answer turns the feedback back into a promise (严格执行“三重一大”决策制度，重大投资项目必须经党支部前置研究…): nothing on the 86万 扩建 project that skipped 前置研究, no list or rule revised, nobody."),
    F("no-mechanism", 4, "Night patrol records filled in afterwards on 23 nights: 扣减绩效, talks and a two-person rota, but no patrol rule (电子巡更, 巡查规程) although 整改要求 （三） names 仓库巡查 and every other misconduct item gets a rule."),
    F("inconsistent-claim", None, "“7个问题已全部整改完成，整改完成率100%” while （一） says 2 of 5 hazards 正在施工、预计6月底完工 and （二） says the overpaid 9.6万 is still being negotiated (正在与该厂家协商退还)."),
], must_not_flag=[
    F("weak-leadership", None, "书记、董事长邬启航 heads the 领导小组 as 第一责任人, 4 meetings, 2 warehouse checks."),
    F("late-report", None, "Feedback 2025-02-20, 通报 2025-05-16: 85 days."),
    F("no-disclosure", None, "A public 通报 (主动公开, 面向社会) with phone, address and a comment deadline."),
    F("no-accountability", 2, "The 副经理's case is with the 驻国资委纪检监察组 (正在核查) and he no longer handles purchasing."),
    F("no-accountability", 3, "3 employees 通报批评 + 扣减绩效工资, 业务部经理 提醒谈话, cards handed in."),
    F("no-accountability", 5, "3 班子成员 书面检查, the 经理 诫勉谈话 by the 县国资委党委, 4.2万 returned."),
    F("no-accountability", 4, "扣减当月绩效 and talks (the gap there is the rule)."),
    F("no-accountability", 7, "Weak study: no misconduct."),
    F("no-mechanism", 2, "《商品采购比价管理办法》."),
    F("no-mechanism", 3, "《员工廉洁从业若干规定》."),
    F("no-mechanism", 5, "修订《企业负责人薪酬和补贴管理办法》."),
    F("no-mechanism", 1, "修订《仓库安全管理规程》."),
    F("no-owner", 6, "党支部书记、董事长邬启航 (the gap there is the copied measure)."),
], links=[
    L("对县应急管理局检查指出的8项隐患中未整改的5项建立销号清单", 1), L("制定《商品采购比价管理办法》", 2),
    L("3名员工收受的购物卡0.9万元已全部上交县纪委监委廉政账户", 3), L("重新调整仓库夜间值班排班", 4),
    L("超标准发放的“旺季补贴”4.2万元已由领导班子成员全部退回公司账户", 5),
    L("重大投资项目必须经党支部前置研究", 6), L("制定2025年党支部学习计划", 7)])

# p07 蓨川县党群服务中心党支部: 组长's speech (UTF-8) with three 从…看 paragraphs and RESTARTING inline 一是… (2 + 3 + 2
# = 7); the 线索 sentence and 一要…三要 are not problems. Report (UTF-16 LE BOM): 关于“…”的问题 with five field lines;
# the items on misconduct point to 三、追责问责情况 (by item number) and rules are also listed in 四. GOOD REPORT.
G["p07"] = dict(issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "书记、主任权文澜 heads the 领导小组 as 第一责任人, 亲自部署 the three money items, 6 调度会, fortnightly reports."),
    F("late-report", None, "Feedback 2025-06-03, report 2025-08-25: 83 days."),
    F("no-disclosure", None, "下一步 三是: 中心公示栏 and the 县委组织部 website, 意见箱, 监督电话."),
    F("inconsistent-claim", None, "25 = 24 + 1 named (场馆利用率); 5 persons (诫勉1, 书面检查1, 党内警告1, 调岗1, 提醒1); 4.54万 = 2.4 + 1.5 + 0.64; 5 rules listed in 四 and in the items."),
    F("no-accountability", 3, "Section 三 1．: the approving 副主任 诫勉谈话, the director's own 书面检查 to the 县委组织部."),
    F("no-accountability", 4, "Section 三 2．: 办公室主任 党内警告."),
    F("no-accountability", 5, "Section 三 3．: the volunteer manager 调整岗位 + 扣减绩效, the 分管副主任 提醒谈话."),
    F("no-accountability", 2, "A promised service window not opened: no misconduct."),
    F("no-accountability", 7, "Incomplete activity files: no misconduct."),
    F("no-mechanism", 7, "Files made good (honestly marked where they cannot be) and one person named to file within 5 days: a fix is the whole answer."),
    F("no-mechanism", 3, "《党建活动经费使用管理办法》."),
    F("no-mechanism", 4, "《场馆对外使用管理规定》."),
    F("no-mechanism", 5, "《志愿服务时长记录和补贴发放细则》 and platform check-in."),
    F("copied-measure", 2, "“党务一站式代办窗口”正式开设 uses the feedback's words but reports the act done, with a list of 9 services and 146 cases."),
    F("no-deadline", 1, "Dated (2025-07-31; 持续推进至2025-12-31)."),
    F("no-deadline", 6, "“2025年7月31日，此后长期坚持”."),
    F("no-owner", 7, "副主任冼嘉禾."),
], links=[
    L("与县委党校、县总工会共建培训课程12门", 1), L("窗口开设以来办理代办事项146件", 2),
    L("已由14名参加人员全部退回", 3), L("给予审批该项支出的副主任冼嘉禾诫勉谈话", 3),
    L("通过个人微信收取的场地费1.5万元已于6月20日全额上缴县财政", 4),
    L("给予通过个人微信收取场地费的办公室主任甘露党内警告处分", 4),
    L("重复登记多发的交通补贴0.64万元已全部追回", 5), L("对志愿服务管理员调整岗位并扣减3个月奖励性绩效", 5),
    L("每名党员每季度至少提交1篇学习心得", 6), L("对2024年缺少资料的19场活动逐场补正", 7)])

# p08 蘮山县农业生态环境保护站党支部: 反馈意见 (GB18030) with （一）–（七） heading lines + 具体表现： lines; 二、整改意见
# not problems. Report (UTF-8): the station's own four themes (一、…四、) holding the answers; each theme closes with a
# sentence naming the owner and the time limit. PLAINLY WEAK.
G["p08"] = dict(issues=7, unanswered=[], must_flag=[
    F("weak-leadership", None, "No 领导小组, no 第一责任人, the secretary never appears: “召开全体干部职工会议…将反馈问题分解到各股室…办公室负责收集汇总”, though 整改意见 （一） asked for both."),
    F("repeated-measure", 5, "Theme 一 answers 问题（五） only with a boilerplate paragraph (组织全体党员干部认真学习…建立问题整改台账…确保整改工作取得实效) that is pasted again, word for word, under theme 四 for 问题（七）."),
    F("repeated-measure", 7, "Theme 四 answers 问题（七） (预备党员转正, 组织关系, 党费) only with the same pasted paragraph as 问题（五）."),
    F("vague-measure", 6, "（三） on 秸秆项目验收 is slogans only (进一步规范…严格落实…切实加强…不断提高…): no re-inspection of the two 实施主体, no money, no rule, no person."),
    F("no-accountability", 3, "Monitoring data copied from the year before and reported as sampled: the report re-samples and revises a 规程 but nobody who copied or passed the data is dealt with, though 整改意见 （二） names 监测数据造假."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-04-22, report 2025-07-18: 87 days."),
    F("no-disclosure", None, "下一步: published on the 县农业农村局 website."),
    F("inconsistent-claim", None, "“已完成整改5个，正在推进2个”: the two open ones are named (台账 2025-10, 余款 3万 2025-10)."),
    F("no-accountability", 2, "项目股股长 诫勉谈话, 5.2万 recovered and 3万 under a signed plan, the 网点 barred."),
    F("no-accountability", 4, "副站长 诫勉谈话 by the 局党组, 0.24万 repaid."),
    F("no-accountability", 1, "Slow soil work: no misconduct."),
    F("no-mechanism", 3, "修订《农田氮磷流失监测质量控制规程》 (the gap there is accountability)."),
    F("no-mechanism", 2, "《废旧农膜回收补贴核查细则》."),
    F("no-owner", 2, "Theme 二's closing sentence: 副站长仲伯言."),
    F("no-owner", 3, "Theme 三's closing sentence: 副站长仲伯言."),
    F("no-deadline", 1, "Theme 二's closing sentence: 台账 2025年10月底前."),
    F("no-deadline", 3, "Theme 三's closing sentence: 2025年6月底前."),
], links=[
    L("正在建立全县受污染耕地安全利用台账", 1), L("多领补贴的回收网点8.2万元已追回5.2万元", 2),
    L("对2个照抄上年数据的监测点位重新组织采样补测", 3), L("县农业农村局党组对副站长邸承业进行了诫勉谈话", 4),
    L("针对政治理论学习流于形式的问题", 5), L("进一步规范项目验收管理", 6), L("针对党员教育管理不规范的问题", 7)])

# p09 蔅溪县公共法律服务中心党支部: DOCX 反馈意见 with bold areas 一、二、三、…方面 and continuous bold 1．–7．; 四、整改要求
# （一）–（四） not problems. Report (GB18030, CRLF): short prose + a ｜-row 整改台账 of 6 rows (none for 问题7). PLAINLY WEAK.
G["p09"] = dict(issues=7, unanswered=[7], must_flag=[
    F("unanswered-issue", 7, "The 法律援助案件质量评估 left undone after the 2023 督查: no row, no sentence; the ledger stops at row 6."),
    F("copied-measure", 3, "Row 3 turns the feedback back into a promise (规范…费用支付，严格按照合同约定考核后支付，杜绝服务记录不全即全额支付…落到实处): nothing on the 12 villages with no service, no money recovered, no contract action."),
    F("no-owner", 5, "Row 5's 责任人 is “各乡镇工作站” — no person; every other row names one."),
    F("no-accountability", 2, "41 unmanned shifts paid 1.23万: the row only changes the rota and adds log-in checks — no money recovered, nobody dealt with, though 整改要求 （二） names this problem."),
    F("no-disclosure", None, "整改要求 （四） asks to publish the rectification; the report never does (row 1's 公示栏 shows 法律服务事项和办事指南, not the rectification)."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人: “召开主任办公会议…由相关科室和工作站按职责抓好落实，办公室负责跟踪督促和材料汇总”, though 整改要求 （一） asked for both."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-01-14, report 2025-04-10: 86 days."),
    F("inconsistent-claim", None, "“台账所列6项整改任务已全部完成” is true of the 6 rows (all 已完成); the missing 问题7 is an unanswered problem, not a false count."),
    F("no-accountability", 4, "2 staff 批评教育, the director's 检讨, cards handed to the 纪委监委."),
    F("no-owner", 2, "副主任谌一鸣 (the gap there is accountability)."),
    F("no-owner", 3, "党支部书记、主任鞠宁远 (the gap there is the copied measure)."),
    F("no-deadline", 5, "2025年3月31日 (the gap there is the owner)."),
    F("no-deadline", 3, "2025年3月31日."),
], links=[
    L("为3个无人值守的乡镇工作站落实值守人员", 1), L("值班人员实行话务系统登录打卡", 2),
    L("严格按照合同约定考核后支付", 3), L("2名工作人员已将购物卡上交中心并转交县纪委监委", 4),
    L("重新设计法律咨询登记表", 5), L("制定2025年度“三会一课”计划", 6)])

# p10 蔝城县城市公园管理处党支部: 反馈意见 (UTF-8) with areas 一、二、三、…方面 and RESTARTING 1．2．(3．) (2 + 3 + 3 = 8);
# the 线索 sentence and 整改要求 一要…四要 are not problems. Report: public HTML 整改进展情况的通报 (UTF-8) on the 县住建局
# site, （一）在“…”方面 → N．关于“…”问题的整改 → 整改情况： + (牵头领导；完成时限). Dated 2025-04-02: LATE.
G["p10"] = dict(issues=8, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2024-12-16 with a 三个月内 limit (2025-03-16); the 通报 is dated 2025-04-02: 107 days."),
    F("no-accountability", 3, "5.6万 of stall rent kept off the books and spent by the 经营管理股股长: only the unit answers (管理处…作了书面检讨，局党组对管理处予以通报批评) — the 股长 is never dealt with, though the feedback said 不能以单位检讨代替个人责任."),
    F("no-mechanism", 4, "Three years of no-tender renewals with a 副主任's relative: the only 'lasting' step is to 组织…学习《政府采购法》和…回避规定 — a rule to be studied, not a procurement or 回避 rule made, while 整改要求 三要 names 采购回避."),
    F("inconsistent-claim", None, "“已完成整改7个，正在整改1个，整改完成率87.5%” while two items are open: （一）1． (凤台公园 开工 in March, 完工 9月底) and （三）3． (固定资产 正在清查, 5月底前)."),
], must_not_flag=[
    F("weak-leadership", None, "书记、主任卓怀瑾 heads the 领导小组 as 第一责任人, 5 meetings, site visits to 5 parks."),
    F("no-disclosure", None, "A public 通报 (主动公开) with phone, address and a comment deadline."),
    F("no-accountability", 4, "副主任郁启东 诫勉谈话 and moved off 绿化养护 (the gap there is the rule)."),
    F("no-accountability", 5, "办公室主任 提醒谈话, 2.1万 returned."),
    F("no-accountability", 1, "Slow park projects: no misconduct."),
    F("no-accountability", 2, "Safety lapses fixed; no misconduct named."),
    F("no-mechanism", 3, "《园内经营摊位租赁管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 5, "《职工福利费使用管理办法》."),
    F("no-mechanism", 2, "《公园安全隐患巡查制度》."),
    F("no-mechanism", 7, "11 contracts signed and a pay/attendance ledger: a fix is the whole answer."),
    F("vague-measure", 6, "Opens with 坚持把严肃党内政治生活作为…基础性工作 but then a monthly plan, no more cleaning-as-党日, 党建 on every 支委会."),
    F("no-deadline", 8, "2025年5月31日."),
    F("no-deadline", 1, "2025年9月30日."),
    F("no-owner", 3, "党支部书记、主任卓怀瑾."),
], links=[
    L("凤台公园已于2025年3月开工建设", 1), L("在沿河危险地段增设警示标志12块", 2),
    L("未入账的摊位租金5.6万元已全部纳入单位账户统一核算", 3),
    L("2025年全县公园绿化养护服务已委托县公共资源交易中心公开招标", 4),
    L("超标准发放的慰问品折价2.1万元已由职工按人均超标金额全部退回", 5),
    L("不再以打扫卫生代替主题党日", 6), L("与11名未签订合同的临聘人员全部补签劳动合同", 7),
    L("正在对全部固定资产逐项清查", 8)])

for name, g in G.items():
    out = {"mode": "pair", "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
