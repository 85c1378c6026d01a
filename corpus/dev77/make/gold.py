"""Write p01..p10/gold.json (dev-pairs gold format) for dev77. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev44/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蕤溪县中药材产业发展中心党支部: formal 反馈意见, areas （一）（二）（三）…方面 + continuous 1．–7．; 二、整改意见 not problems.
# Report: 关于“…”的问题 with 整改措施/责任领导/责任科室/整改时限/整改成效; #6 and #7 under one merged heading. GOOD REPORT.
G["p01"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "书记、主任郗栖梧 heads the 领导小组 as 第一责任人, chaired 5 推进会, 3 site visits, 约谈 two section heads."),
    F("late-report", None, "Feedback 2024-11-20, report 2025-02-14: 86 days, inside the three months (2025-02-20)."),
    F("no-disclosure", None, "下一步 三是: the report goes on the 门户网站 and 公开栏 with a 监督电话."),
    F("inconsistent-claim", None, "24 measures = 22 done + 2 named long-term ones (#1 base building, #2 回访); 3.53万 = 2.37 + 1.16; 诫勉1 (#4) + 批评教育2 (#3, #5); 3 new + 1 revised rules, all named."),
    F("copied-measure", 2, "Opens with the feedback's words (针对技术服务种植户不够深入的问题) and then gives four acts: 6 小分队 for 312 households, 田间课堂, a staffed hotline, 回访."),
    F("repeated-measure", 6, "One merged heading for #6 and #7, said openly; measures 1-4 are specific to 三会一课."),
    F("repeated-measure", 7, "Same merged heading; measures 5-7 (补训, 党费 recalculated and repaid) are specific to #7."),
    F("unanswered-issue", 7, "Answered inside the merged heading （六）."),
    F("no-accountability", 1, "A plan-execution shortfall: no wrongdoing, nobody to hold to account."),
    F("no-accountability", 2, "A service shortfall: no wrongdoing."),
    F("no-accountability", 3, "2.37万 recovered; the checker 批评教育; the false village certificates referred to the townships."),
    F("no-accountability", 4, "1.16万 repaid by the 7; the leading deputy director 诫勉谈话."),
    F("no-mechanism", 3, "《中药材良种补贴申报实地核验办法》."),
    F("no-mechanism", 4, "《公务出差和考察活动管理规定》."),
    F("no-mechanism", 6, "《党支部“三会一课”记录检查办法》."),
    F("no-deadline", 1, "2025-01-31, base building 长期坚持 beside the date."),
    F("no-deadline", 2, "2024-12-31, 回访 长期坚持 beside the date."),
    F("no-owner", 7, "Merged item owned by 党支部书记郗栖梧."),
], links=[
    L("协调县发改、自然资源部门完成黄精种苗繁育基地用地手续", 1), L("组建6个技术服务小分队", 2),
    L("对2023年良种补贴项目全部214户申报对象逐户实地复核", 3), L("参加考察的7名人员已按比例退赔景区参观费用1.16万元", 4),
    L("将2台植保无人机、1台药材烘干机登记入账", 5), L("制定《党支部“三会一课”记录检查办法》", 6),
    L("补缴2024年少交党费2640元", 7)])

# p02 蘅阳县安居工程建设有限公司党支部 (state firm): 组长's 反馈会 speech, 第一，…第六，; the 根子 paragraph, 一要…三要 and the
# deadline sentence are not problems. Report: 一、二、三 parts, （一）–（六）关于…的问题 with 一是… and a bracket.
G["p02"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("repeated-measure", 2, "Besides a meeting that 通报 the problem, the only measure is the 廉洁风险点排查…筑牢拒腐防变的思想防线 paragraph, pasted word for word under （六）: nothing on sign-off of progress payments, the 860万 paid before 监理 签认, or the over-ratio payment."),
    F("repeated-measure", 6, "The same pasted 廉洁风险点排查 paragraph after a 通报 in the 党员大会; nothing on the 4 members absent from 组织生活 or the 先锋岗 that is only a sign."),
    F("no-accountability", 4, "Four split contracts (1460万) went to the firm of the deputy GM's brother-in-law, who did not 回避; the report audits, rewrites the 发包 rule and says the deputy GM 在专题组织生活会上进行了对照检视 — nobody is sanctioned, although the speech said 严肃追责问责，不能只改事不处理人."),
], must_not_flag=[
    F("weak-leadership", None, "书记、董事长綦望舒 heads the 领导小组 as 第一责任人, 4 推进会, 2 site checks, 约谈 the 工程部 head."),
    F("late-report", None, "Speech 2025-03-18, report 2025-06-11: 85 days, inside 2025-06-18."),
    F("no-disclosure", None, "Published on the 公司网站 and the site 公示栏 with a 监督电话."),
    F("inconsistent-claim", None, "20 measures = 19 done + 1 (the audit, marked 审计正在推进); 党内警告1 (#3) + 诫勉1 (#5); 5 rules named (清单, 章程, 三级审核办法, 发包办法, 公车办法)."),
    F("no-accountability", 3, "符某 党内警告 and moved off the 审核 post; both flats recovered."),
    F("no-accountability", 5, "1.2万 unexplained repaid by the office head, who is 诫勉谈话."),
    F("no-mechanism", 1, "《党支部前置研究讨论重大经营管理事项清单》 and the 章程 revised."),
    F("no-mechanism", 3, "《安置资格三级审核办法》 with 回避."),
    F("no-mechanism", 4, "修订《工程建设项目发包管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 5, "修订《公务用车管理办法》."),
    F("repeated-measure", 4, "“见第一项” is a cross-reference to the 前置研究 list beside three acts of its own, not a pasted measure."),
    F("repeated-measure", 1, "Its 清单 is only referred to from （四）; its own three acts are specific."),
    F("no-deadline", 4, "2025-08-31 for the audit still running."),
], links=[
    L("对2024年未经前置研究的3份合同补充提交支委会审议", 1), L("通报工程款拨付审核中存在的问题", 2),
    L("给予工程部职工符某党内警告处分", 3), L("委托第三方审计机构对园区配套道路4个标段进行结算审计", 4),
    L("其余1.2万元无法说明去向，已由公司办公室主任全额退赔", 5), L("对党员教育管理中存在的问题进行了通报", 6)])

# p03 薮川县口腔医院党总支: 函 + 问题清单 问题1：…问题7： heading lines + 具体表现：. Report (UTF-8 CRLF): 问题N： restated,
# 整改情况： paragraph, field line 责任领导；责任科室；完成时限.
G["p03"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("copied-measure", 3, "问题3's 整改情况 gives the feedback back as a promise (严格执行集中带量采购…规范线下采购…逐步降低线下采购比例): no item moved into 集采, no figure, no 论证 step — nothing done."),
    F("no-mechanism", 5, "The feedback says 至今没有建立预交金退费审核制度 and one cashier does everything; the answer is 补签, 批评教育 and a one-off 复核 of the first half-year — no rule, no separation of duties, while every other substantive item names one."),
    F("inconsistent-claim", None, "“7个问题已全部整改完成，20项整改措施全部落实到位”, yet 问题5 has 2 refunds 仍在联系中 and 问题6's third secretary waits for the November 换届, with a 完成时限 of 2024-11-30 after the report date."),
], must_not_flag=[
    F("weak-leadership", None, "党总支书记宓清和 heads the 领导小组 as 第一责任人, 4 推进会, 当面督办."),
    F("late-report", None, "Feedback 2024-07-09, report 2024-09-30: 83 days."),
    F("no-disclosure", None, "下一步 三是: 医院官网 and 门诊大厅公开栏."),
    F("copied-measure", 1, "Opens by restating the problem and then acts: 议事规则 revised, a 16-class 前置 list, the 4 purchases and 9 hires put to the 党总支, 9 matters since July."),
    F("no-accountability", 2, "5.64万 refunded to 47 patients; 收费科科长 诫勉谈话."),
    F("no-accountability", 4, "党内严重警告 by the 县纪委监委, removed as 科长, the card collected."),
    F("no-accountability", 5, "The cashier 批评教育 (the gap there is the missing rule)."),
    F("no-mechanism", 1, "修订《党总支会议议事规则》 and the 前置 list."),
    F("no-mechanism", 2, "《医疗服务价格公示和月度自查办法》."),
    F("no-mechanism", 4, "《医药购销领域廉洁承诺和重点岗位定期轮岗制度》."),
    F("no-mechanism", 7, "《微信公众号信息发布三审制度》."),
    F("no-owner", 3, "副院长郜怀瑾 is 责任领导 (the gap is the copied text)."),
    F("no-deadline", 3, "完成时限 2024-09-30."),
], links=[
    L("将10万元以上设备购置、人员招聘、绩效分配方案等16类事项纳入前置研究范围", 1),
    L("多收的5.64万元已于8月20日前通过原支付渠道全部退还47名患者", 2), L("逐步降低线下采购比例", 3),
    L("对设备、药剂、采购等重点岗位的4名工作人员进行轮岗", 4), L("其中9笔已联系患者补签确认", 5),
    L("调整了第一、第二临床党支部书记", 6), L("制定《微信公众号信息发布三审制度》", 7)])

# p04 葳城县卫生学校党委: DOCX 反馈意见, bold （一）–（七） heading paragraphs + detail; 二、整改意见 一是…四是 not problems.
# Report: preamble + ｜-row 整改台账 (7 fields, 7 rows).
G["p04"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-owner", 6, "Row 6: 责任领导 “校领导班子”, 责任科室 “各教研室” — nobody in particular; every other row names one leader."),
    F("no-mechanism", 2, "The feedback says fees 至今没有制度约束 and 整改意见 二 asks to regulate fees 从制度上; row 2 stops the fee, refunds 41.7万, 诫勉 the head and closes the account — a one-off fix with no fee rule, while rows 3, 4, 6 each name one."),
    F("no-disclosure", None, "整改意见 四 asks to publish the rectification to staff and students; the report never publishes it anywhere."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记甄怀远 heads the 领导小组 as 第一责任人, 4 党委会 + 3 推进会, site 督办."),
    F("late-report", None, "Feedback 2024-12-05, report 2025-02-27: 84 days."),
    F("inconsistent-claim", None, "“已完成整改6个，1个正在推进” matches the column (row 5 持续推进); 41.7万 + 2.8万; 党内警告1 (row 4) + 诫勉1 (row 2); 4 rules named."),
    F("no-accountability", 2, "实习就业处处长 诫勉谈话 (the gap is the rule)."),
    F("no-accountability", 4, "教务处处长 党内警告; the 2.8万 收缴."),
    F("no-accountability", 6, "The two teachers must repay, lose 评优 and are rated 不合格 — a real sanction in unusual words."),
    F("no-mechanism", 3, "修订《中层干部选拔任用工作办法》."),
    F("no-mechanism", 4, "《教材和教辅用书选用征订管理办法》 and a selection committee."),
    F("no-mechanism", 6, "修订《教师师德考核办法》 (the gap there is the owner)."),
    F("no-owner", 2, "副校长亓若谷."),
    F("no-owner", 4, "党委书记甄怀远."),
    F("no-deadline", 1, "2025-02-28 with 课程思政 长期坚持 beside it."),
    F("no-deadline", 5, "2025-03-15, 持续推进."),
], links=[
    L("护理、药剂专业思想政治课按64课时开足", 1), L("已全部退还至1390名学生或家长账户", 2), L("对2名中层干部补做考察材料", 3),
    L("书商返还的2.8万元已全部收缴并上交县财政", 4), L("将虚拟仿真实训系统纳入护理专业课表", 5),
    L("修订《教师师德考核办法》", 6), L("党委委员分别联系4个党支部", 7)])

# p05 蓁源县铁路建设服务中心党支部: HTML news page, all problems in one “巡察组指出…；…等问题” sentence (6); 一要…三要 and the
# secretary's 一是…三是 表态 are not problems. Report (GB18030): the secretary's first-person report, order 3,2,1,5,4,6.
G["p05"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("copied-measure", 2, "（二） gives the feedback back as a pledge (严格审核把关，坚决杜绝重复登记、超面积补偿现象发生): no recheck of the payments, no recovery, no rule."),
    F("vague-measure", 4, "（五） on the ignored noise complaints is slogans only (深刻反思…以人民为中心…件件有回应): no complaint handled, no channel, no person, no date."),
    F("late-report", None, "Feedback meeting 2024-10-14 (news of 10-15) with a 三个月内 limit; the report is dated 2025-02-10: about 119 days."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary writes as 第一责任人, heads the 领导小组, chaired 5 推进会, 3 site visits, and leads （六） himself."),
    F("no-disclosure", None, "“整改情况已在县政府门户网站和中心公开栏公开”."),
    F("inconsistent-claim", None, "17 measures = 15 done + 2 pending, both named with dates (站前广场 by March, 2 借支 by 2025-03-31); 0.64万; 诫勉1 + 批评1; 3 rules named."),
    F("copied-measure", 1, "Opens with 针对站前广场…推进滞后的问题 and then acts: a 专班 of 5, 87亩 acquired, road started 2024-12-18."),
    F("no-accountability", 3, "Diners repaid 0.64万; deputy director 诫勉, office head 批评教育."),
    F("no-mechanism", 3, "《公务接待和会议活动管理规定》."),
    F("no-mechanism", 5, "《个人借支款管理办法》 with deduction from pay."),
    F("no-owner", 6, "“此项由我亲自负责”."),
    F("no-deadline", 5, "Remaining 2 loans by 2025-03-31."),
    F("no-deadline", 1, "站前广场 计划2025年3月底前开工."),
], links=[
    L("抽调5名业务骨干集中办公", 1), L("坚决杜绝重复登记、超面积补偿现象发生", 2), L("已由参加就餐的人员全额退赔", 3),
    L("对群众反映的问题做到件件有回应、事事有着落", 4), L("目前已收回12笔33.1万元", 5), L("固定每月第一个星期五开展主题党日", 6)])

# p06 蕹江县广播电视转播台党支部: formal 反馈意见 一、…六、 heading。detail; 整改要求 一要…四要 not problems.
# Report (UTF-16 LE BOM): by number “针对反馈意见第N个问题”, second+third merged, sixth missing.
G["p06"] = dict(mode="pair", issues=6, unanswered=[6], must_flag=[
    F("unanswered-issue", 6, "The 2021 audit finding (9.6万 tower rent in a personal 代管 account) is nowhere: the report goes from 第五个问题 to 下一步."),
    F("repeated-measure", 1, "第一个问题 (预案, 演练, 发电机 that did not switch) is answered only by the 专题会议…认真学习…逐项查摆原因…落实落地、取得实效 paragraph, pasted word for word under 第四个问题."),
    F("repeated-measure", 4, "第四个问题 repeats the same paragraph after a different lead clause; nothing on the copied 学习记录 or 意识形态 on the agenda."),
], must_not_flag=[
    F("repeated-measure", 2, "One answer for 第二个、第三个问题, said openly (一并研究、分别整改); its acts are specific (比价办法, separation of duties)."),
    F("repeated-measure", 3, "Same merged answer; 1.2万 paid in, 清查盘点, 资产管理办法 — specific to #3."),
    F("unanswered-issue", 3, "Answered inside the merged section 二."),
    F("no-accountability", 5, "4.3万 recovered from 16 people; office head 批评教育."),
    F("no-accountability", 2, "技术部负责人 批评教育."),
    F("no-mechanism", 2, "《小额采购询价比价办法》."),
    F("no-mechanism", 3, "修订《固定资产管理办法》."),
    F("no-mechanism", 5, "《值班管理和值班补助发放规定》."),
    F("weak-leadership", None, "书记、台长笪闻溪 heads the 领导小组 as 第一责任人, 3 meetings, a site check, 约谈."),
    F("late-report", None, "Feedback 2025-04-22, report 2025-07-15: 84 days."),
    F("no-disclosure", None, "“整改情况将在台内公开栏和县融媒体中心网站公布”."),
    F("inconsistent-claim", None, "11 measures = 10 done + 1 (资产去向核查), marked as such; 4.3万; 3 rules named; no claim that all problems are done."),
    F("no-owner", 1, "责任人笪闻溪 is named (the gap is the pasted text)."),
], links=[
    L("对照安全播出保障方面的问题", 1), L("制定《小额采购询价比价办法》", 2),
    L("3台旧发射机的处置收入1.2万元已于5月8日全部缴入单位账户", 3), L("对照理论学习方面的问题", 4),
    L("已从16名领取人处全部追回", 5)])

# p07 薤山县城市规划展览馆党支部: 反馈意见 with areas 一、…方面 and restarting 1．2．(3．) → 2 + 3 + 2 = 7.
# Report: public HTML 整改进展情况的通报 (索引号, 主动公开) with 1．关于“…”的问题 paragraphs and brackets.
G["p07"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-accountability", 3, "The guides took 1.52万 in cash from study groups and shared it, and the deputy director knew; the report stops the fee, pays the money in and revises a 规范 — nobody is dealt with."),
    F("no-deadline", 1, "The 沙盘 repair and the new 规划展区 are open, with 完成时限 “视财政预算安排推进” — no date."),
], must_not_flag=[
    F("no-disclosure", None, "The report is itself a public 通报 (主动公开) with a comment period, phone and mail."),
    F("weak-leadership", None, "书记、馆长訾云岫 heads the 领导小组 as 第一责任人, hears progress every two weeks."),
    F("late-report", None, "Feedback 2024-05-28, 通报 2024-08-23: 87 days."),
    F("inconsistent-claim", None, "23 measures = 21 done + 2 (沙盘, 展区) said to be pending; 1.52万 + 0.31万; 书面检查1 + 诫勉1; 4 rules named."),
    F("no-accountability", 4, "综合科科长 责令作出书面检查."),
    F("no-accountability", 5, "0.31万 repaid; office head 诫勉谈话."),
    F("no-accountability", 2, "An access shortfall, no wrongdoing."),
    F("no-mechanism", 3, "修订《讲解服务规范》 (the gap there is accountability)."),
    F("no-mechanism", 4, "《合同管理办法》."),
    F("no-mechanism", 5, "《公务接待管理实施细则》."),
    F("no-deadline", 2, "2024-06-30."),
    F("no-deadline", 3, "2024-06-15."),
], links=[
    L("已撤下规划展区内旧版城市总体规划展板14块", 1), L("取消散客预约限制", 2),
    L("讲解组保管的1.52万元已于6月12日全部上缴县财政", 3), L("终止与原公司的补充协议", 4),
    L("超标准部分0.31万元已由当事人员退赔", 5), L("党员大会实行签到登记", 6), L("重新组建“党员志愿讲解队”", 7)])

# p08 蘩台县新型墙体材料发展中心党支部: 组长's speech, problems inline 一是…六是 over two 从…看 paragraphs; 一要…三要 not
# problems. Report: own short headings （一）政策执行 … （六）队伍建设 in feedback order + bracket line.
G["p08"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-mechanism", 3, "The feedback says 基金返退始终没有建立审核制度 with one person doing everything, and 二要 asks to build the system; the answer recovers money, 诫勉 and moves the clerk and hands the work to another clerk — no rule, no split of 申请/审核/拨付."),
    F("copied-measure", 5, "（五） returns the feedback's words (研究业务多、研究党建少…停留在表格上) as a pledge to 两手抓 and 加强积分管理; nothing done."),
    F("inconsistent-claim", None, "The summary says 追回违规返退…基金19.6万元; item （三） says 15.2万 recovered and 4.4万 still pursued at law."),
], must_not_flag=[
    F("copied-measure", 2, "Opens with 针对…办理时间过长的问题 and then acts: 20 → 10 days, online filing, 11 cases at 7.5 days."),
    F("no-accountability", 3, "The clerk 诫勉谈话 and moved off the post (the gap is the rule)."),
    F("no-accountability", 4, "Deputy director 诫勉, driver 批评教育, costs repaid."),
    F("no-accountability", 6, "A staffing shortfall, no wrongdoing."),
    F("no-mechanism", 1, "《在建项目墙材使用巡查办法》."),
    F("no-mechanism", 4, "修订《公务用车管理办法》."),
    F("no-mechanism", 6, "修订《干部学习培训制度》."),
    F("weak-leadership", None, "书记、主任亢景明 heads the 领导小组 as 第一责任人, 4 推进会, 2 inspections, 直接督办 the fund item."),
    F("late-report", None, "Speech 2024-08-06, report 2024-10-29: 84 days."),
    F("no-disclosure", None, "“本报告将在中心网站和办公区公开栏公开”."),
    F("no-deadline", 6, "2025-06-30 for recruitment (预计2025年上半年到岗)."),
], links=[
    L("对仍在使用黏土实心砖的3个项目下达整改通知书", 1), L("由20个工作日压缩为10个工作日", 2), L("目前已追回3家企业15.2万元", 3),
    L("执法检查车辆节假日一律入库封存", 4), L("加强党员积分管理，推动积分结果运用", 5),
    L("选派3名干部参加省建材行业协会组织的检测技术培训", 6)])

# p09 蘼阳县国资典当有限责任公司党支部 (state firm): （一）–（六） heading lines + 具体表现：; 整改要求 not a problem.
# Report: DOCX, bold （一）关于“…”的问题 headings, paragraphs 整改措施：/责任领导：…/整改成效：.
G["p09"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-accountability", 3, "18 forfeited items sold inside to staff and relatives 9.4万 under value, signed by the manager alone and by the deputy GM afterwards; the report re-values, collects the difference and rewrites the rule — nobody is dealt with, although the feedback asks 查清责任、严肃处理."),
    F("vague-measure", 6, "（六）'s measure is slogans only (摆在突出位置…进一步加强…不断增强政治功能和组织力), 时限 长期坚持, 成效 “进一步增强”: the vacant committee seat, the three years without new members, the dull 组织生活 are untouched."),
    F("late-report", None, "Feedback 2024-03-12 with a 三个月内 limit (2024-06-12); the report is dated 2024-07-05: 115 days."),
], must_not_flag=[
    F("vague-measure", 1, "Opens with 深刻认识…切实提高政治站位 and then three acts: 章程 with a 党建 chapter filed in April, a 前置 list, 12 loans put to the 支委会."),
    F("no-accountability", 5, "1.9万 repaid; 财务部经理 批评教育, 总经理助理 诫勉谈话."),
    F("no-mechanism", 3, "修订《绝当物品处置管理办法》 and three-level sign-off (the gap there is accountability)."),
    F("no-mechanism", 2, "修订《典当业务资信审查操作规程》."),
    F("no-mechanism", 4, "《逾期典当贷款清收考核办法》."),
    F("no-mechanism", 5, "《业务招待费管理办法》."),
    F("weak-leadership", None, "书记、董事长眭怀瑾 heads the 领导小组 as 第一责任人, 5 推进会, 现场督办, 2 reports to the 集团党委."),
    F("no-disclosure", None, "Published on the 县城投集团网站 and the 营业大厅公示栏."),
    F("inconsistent-claim", None, "16 measures = 15 done + 1 (the third over-limit client, 正在协商); 9.4万 + 1.9万; 诫勉1 + 批评1; 6 rules incl. the 章程."),
    F("no-deadline", 2, "2024-09-30 for the pending 压降."),
    F("no-owner", 6, "眭怀瑾 is named (the gap is the slogan)."),
], links=[
    L("对2023年未经研究的12笔大额业务补充提交支委会审议", 1), L("对3户超比例客户制定压降计划", 2),
    L("差价9.4万元已由购买的员工及其亲属全部补交", 3), L("对接近诉讼时效的2笔已于4月向县人民法院提起诉讼", 4),
    L("没有列明接待对象和事由的1.9万元已由相关报销人员全额退赔", 5), L("进一步加强支部班子建设", 6)])

# p10 萆川县古城保护管理中心党总支: GB18030 反馈意见, 1．–7． heading lines + detail paragraph; 二、整改要求 （一）–（四）
# not problems. Report: 一、…七、关于“…”的问题 with 一是… and a bracket.
G["p10"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-mechanism", 4, "The feedback says the centre 至今没有工程项目管理制度, 发包 “一事一议”, and 要求（二） asks for a rule; the answer audits the 3 projects, files them and 诫勉 the clerk — no contracting rule, while items 2, 3, 5 each name one."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人: the problems were “分解到各科室，由各科室按照职责分工抓好落实”, the office collects progress; the 党总支书记 never appears, although 要求（一） asks him to lead."),
    F("no-disclosure", None, "要求（四） asks to publish the rectification; the report never does (公开招租 in item 3 is leasing, not disclosure)."),
], must_not_flag=[
    F("no-accountability", 4, "The clerk of the 3 projects 诫勉谈话 (the gap is the rule)."),
    F("no-accountability", 6, "1.7万 repaid; office head and clerk 诫勉谈话."),
    F("no-accountability", 1, "The inspection team head 批评教育 for not reporting."),
    F("no-accountability", 3, "资产科科长 批评教育; the sublet houses recovered."),
    F("no-mechanism", 2, "《文物建筑日常巡查制度》."),
    F("no-mechanism", 3, "《历史建筑租赁管理办法》."),
    F("no-mechanism", 5, "《门票收入日清日缴制度》."),
    F("no-owner", 4, "副主任冼秋禾 is 责任领导."),
    F("no-deadline", 1, "2025-10-31 for the second house still in legal process."),
    F("no-deadline", 3, "2025-12-31 for the leases that fall due."),
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-14: 86 days."),
    F("inconsistent-claim", None, "21 measures = 19 done + 2 (second house, leases) marked pending; 诫勉3 (#4 1, #6 2) + 批评2 (#1, #3); 3 rules named."),
], links=[
    L("配合开展依法处置", 1), L("制定《文物建筑日常巡查制度》", 2), L("对擅自转租的2处历史建筑依约解除合同、收回房屋", 3),
    L("审减工程款11.6万元", 4), L("全部售票点启用电子票务系统", 5),
    L("1.7万元礼品费用由决定赠送的办公室主任和经办人按比例退赔", 6), L("制定2025年度理论学习中心组学习计划", 7)])

for name, g in G.items():
    n = g["issues"]
    out = {"mode": g["mode"], "issues": n,
           "answered": {str(i): i not in g["unanswered"] for i in range(1, n + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    path = os.path.join(ROOT, name, "gold.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{name}: {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, links {len(g['links'])}")
