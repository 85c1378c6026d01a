"""Write p01..p10/gold.json (dev-pairs gold format) for dev70. The gold is hand-judged; this file only keeps it in one
place (modelled on corpus/dev44/make/gold.py). Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蘩台县中医院党委: formal 反馈意见, areas （一）（二）（三）…方面 + continuous 1．–7． heading。detail; 二、整改意见
# （一）–（四） are not problems. Report: 关于“…”的问题 + five field lines; #6 and #7 MERGED under one heading;
# accountability in a separate 三、追责问责情况 section BY PROBLEM NUMBER. GOOD REPORT.
G["p01"] = dict(issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党委书记、院长晏知秋 heads the 领导小组, named 第一责任人, drew up the plan, chaired 4 推进会, 5 site visits, 当面督办 two heads of department."),
    F("late-report", None, "Feedback 2025-03-18, report 2025-06-13: 87 days, inside the three months the feedback sets."),
    F("no-disclosure", None, "四、: published on the hospital website and the 院务公开栏, with a 监督电话."),
    F("inconsistent-claim", None, "29 measures = 25 done + 1 basically done (招聘 4 of 5, matching (六)) + 3 long-term ones named; 14.9万 = 8.7万 + 6.2万; 诫勉2 (#3, #5) and 批评3 (#3 x2, #4) as listed in 三、; 3 new + 2 revised rules, all named in the items."),
    F("no-owner", 2, "责任科室 is only “相关科室”, but 责任领导 names 副院长郜景川: the owner is a person."),
    F("no-deadline", 2, "The third part says 长期坚持, but beside a dated first step (首批备案 2025年6月30日前); the first two parts are dated."),
    F("no-deadline", 7, "招聘 dated 2025-06-30; only the training of new staff is 长期坚持, which is a standing task."),
    F("no-accountability", 3, "三、追责问责情况 names it by number: 医保办主任 诫勉谈话, two department heads 批评教育; 8.7万 returned."),
    F("no-accountability", 4, "三、: 财务科科长 批评教育; the 6.2万 returned by the 11 cadres."),
    F("no-accountability", 5, "三、: the 骨科主任 who named the supplier 诫勉谈话 and reported to the 卫健局; he left the 论证小组."),
    F("no-accountability", 2, "Slow specialty building and an idle 制剂室: a shortfall with nobody's wrongdoing to punish."),
    F("unanswered-issue", 6, "Answered inside the merged heading “基层党支部建设不规范”和“人才队伍建设滞后” (换届, record checks)."),
    F("unanswered-issue", 7, "Same merged heading: 招聘 5 中医 doctors, training agreements, a 人才 rule."),
    F("repeated-measure", 6, "One merged answer, announced (合并研究，分项整改), whose parts are specific to each problem: not a pasted paragraph."),
    F("repeated-measure", 7, "Same merged answer."),
    F("no-mechanism", 4, "《院内科研课题立项和经费管理办法》."),
    F("no-mechanism", 5, "《目录外耗材临时采购管理规定》."),
    F("no-mechanism", 1, "修订两个议事规则 with a 28-item 前置研究 list."),
], links=[
    L("列出须经党委会前置研究的事项清单共28项", 1), L("为名老中医药专家传承工作室遴选6名跟师学员", 2),
    L("确认违规使用医保基金8.7万元，已全部退回县医保基金专户", 3), L("已由11名中层干部全部退回医院账户", 4),
    L("引入3家供应商竞价", 5), L("内科、外科两个党支部已于2025年4月完成换届选举", 6),
    L("面向社会公开招聘中医类别执业医师5名", 7)])

# p02 蒹水县城市照明管理所党支部: 问题清单 问题1：…问题6： + 具体表现：. Report: preamble + ｜-row 整改台账 with seven
# fields (序号｜反馈问题｜整改措施｜责任领导｜责任股室｜完成时限｜整改状态).
G["p02"] = dict(issues=6, unanswered=[], must_flag=[
    F("copied-measure", 1, "Row 1's measure is “正在整改。” plus the feedback's own words turned into intentions (加快推进…背街小巷亮灯任务，缩短路灯故障修复时间…48小时内): no count of lanes lit, no plan for the 19 left, nothing changed in the repair process."),
    F("no-deadline", 3, "Row 3's 完成时限 is the status “持续推进”, though 7.9万 of the 11.4万 is still to be “分期扣回” with no end date; recovering a known sum plainly needs a date, and the 清单 itself said not to use 长期坚持 in place of a time limit."),
    F("no-owner", 4, "Row 4's 责任领导 is “所领导班子” and 责任股室 “各股室”: a collective, and no person is named for it anywhere else in the report."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、所长訾明远 heads the 领导小组, 第一责任人, drew up the plan and ledger, 4 meetings, 逐项过问."),
    F("late-report", None, "Feedback 2024-10-22, report 2025-01-17: 87 days."),
    F("no-disclosure", None, "下一步: published in the 县城市管理局 website's 信息公开 column, with a phone number."),
    F("inconsistent-claim", None, "3 done (2,4,5) + 1 basically done (6) + 2 in progress (1,3) = 6, matching the 整改状态 column; 5.6万 = 3.5万 + 2.1万; 诫勉1 (#3), 批评2 (#4, #5); 4 rules named."),
    F("no-owner", 5, "The 责任领导 cell is “/”, but the measure itself says “由副所长郦云舟牵头”."),
    F("copied-measure", 5, "Opens by restating the problem (针对安全生产责任落实不到位的问题) and then acts: 5 of 6 certified, one moved off high work, 43 责任书."),
    F("no-deadline", 6, "“长期坚持” for a standing study and service regime whose concrete parts are done and dated (党费 补交 2024年11月, plan made, team formed): a status is the right answer here."),
    F("no-deadline", 1, "Row 1 has 2025年6月30日 (its gap is the copied measure)."),
    F("no-owner", 1, "副所长郦云舟 (its gap is the copied measure)."),
    F("no-accountability", 3, "原分管副所长 诫勉谈话."),
    F("no-accountability", 4, "2.1万 returned; 办公室主任 批评教育."),
    F("no-accountability", 5, "The 班组长 of the unpermitted live work 批评教育."),
    F("no-mechanism", 3, "《路灯维护外包合同管理办法》 (the gap there is the deadline)."),
    F("no-mechanism", 4, "修订《值班管理和补贴发放办法》."),
], links=[
    L("加快推进老城区背街小巷亮灯任务", 1), L("列出须经支部委员会研究的重大事项清单16项", 2), L("目前已扣回3.5万元", 3),
    L("2辆工程抢修车已收回所内统一停放", 4), L("组织6名无证职工参加特种作业培训", 5), L("组建党员路灯抢修服务队", 6)])

# p03 薜山县果业发展中心党组: 反馈意见 一、…六、 heading。detail; 一要…四要 not problems. Report (GB18030): the
# principal leader's FIRST-PERSON report, order 5,1,3,2,4,6; accountability named per item for #1 #3 #4 #6 and only a
# generic closing line (“其他相关同志…提醒谈话和批评教育”) otherwise.
G["p03"] = dict(issues=6, unanswered=[], must_flag=[
    F("no-accountability", 2, "23.6万 split into 4 contracts to avoid a tender, bought from the spouse of 种苗科职工郇某 who accepted the delivery without 回避: （四） only re-checks the seedlings and revises the rule; neither 郇某 nor whoever split the contracts is dealt with, and the closing line (其他相关同志…提醒谈话和批评教育) names no person and no problem, while the feedback asked for 人、事、责相对应."),
    F("late-report", None, "Feedback 2025-04-09 with a 三个月内 limit (2025-07-09); the report is dated 2025-07-25: 107 days."),
], must_not_flag=[
    F("weak-leadership", None, "First-person: the 党组书记、主任 heads the 领导小组, chaired 6 meetings, 3 site visits, 2 当面督办, led the 民主生活会."),
    F("no-disclosure", None, "Closing: published on the 县农业农村局 website and the centre's 公开栏."),
    F("inconsistent-claim", None, "24 measures = 22 done + 2 named in progress (2 示范基地 in (二), 1 支部书记 in (一)), both matching the items; 3 revised + 1 new rules named in 三、."),
    F("unanswered-issue", 2, "Answered, in another order, under （四）关于果苗采购项目廉政风险突出的问题."),
    F("no-accountability", 4, "5.2万 退缴; the 办公室主任 who organised the trip 诫勉谈话."),
    F("no-accountability", 3, "41万 上缴, 3.8万 追回; the 经办人 批评教育."),
    F("no-accountability", 6, "Outside job given up, 1.2万 退缴, 诫勉谈话."),
    F("no-mechanism", 2, "修订《种苗采购管理办法》 with a 回避承诺书 (the gap there is accountability)."),
    F("no-mechanism", 3, "《果业项目资金管理办法》."),
    F("no-deadline", 1, "Remaining bases “计划2025年10月底前建成”."),
], links=[
    L("第3个示范基地已于6月建成", 1), L("组织对2024年果苗采购项目进行了复查", 2), L("41万元已于5月全部上缴县财政", 3),
    L("5.2万元已由参加人员全部退缴", 4), L("生产技术支部已改由党员副主任兼任书记", 5), L("2名已退回原单位", 6)])

# p04 蘼城县书画院党支部: 组长's 反馈会 speech, 第一，…第六，; 一要…三要 and the 三个月内 sentence are not problems.
# Report: public HTML 关于巡察整改进展情况的通报 (信息公开 header, totals line, 1．–6．关于“…”问题的整改 + bracket).
G["p04"] = dict(issues=6, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "The totals say “6个问题已全部完成整改，整改完成率100%” and “收缴违规资金15.8万元”, but item 3 says only 12.6万 is collected and 3.2万 is still being chased from a former employee, and item 2 says 1 of the 5 works is still not returned — what the speech warned against (不能把正在做的说成已经做完)."),
    F("vague-measure", 5, "Item 5 is stacked slogans only (提高政治站位、压实管党治党责任、强化责任担当…深度融合…以高质量党建引领…): nothing on the 三会一课 replaced by business meetings, the missing 述职 or the all-优秀 评议."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、院长冼墨卿 heads the 领导小组, drew up the plan, 5 支委会 on the rectification."),
    F("late-report", None, "Feedback 2024-11-06, 通报 2025-01-24: 79 days."),
    F("no-disclosure", None, "A public 通报, 主动公开, with a comment deadline, phone and address."),
    F("vague-measure", 1, "Opens with a slogan (牢固树立意识形态阵地意识) and then acts: 三审, a sign-off book, 2 staff 批评教育."),
    F("no-accountability", 3, "原业务部主任 诫勉谈话 (the money figures are the claim problem)."),
    F("no-accountability", 1, "2 staff who reviewed the show 批评教育."),
    F("no-accountability", 6, "The moonlighting employee 批评教育 and stopped."),
    F("no-accountability", 4, "Closed hall and few outreach events: no wrongdoing to punish."),
    F("no-mechanism", 1, "《展览作品审核办法》."),
    F("no-mechanism", 2, "《馆藏作品管理办法》."),
    F("no-mechanism", 3, "《对外创作服务管理规定》."),
    F("no-deadline", 4, "A dated year plan (2025年12月31日) with 3 of 12 events held."),
], links=[
    L("所有展览实行策展人初审、业务部门复审、支部书记终审", 1), L("完成386件作品的登记、编号和拍照", 2),
    L("已收缴12.6万元，全部上缴县财政", 3), L("展厅自2024年11月20日起恢复免费开放", 4), L("推动党建与业务深度融合", 5),
    L("在校外兼课的职工已停止兼课", 6)])

# p05 藟阳县湿地保护管理中心党组: （一）–（七） heading。detail; 二、整改建议 （一）–（三） not problems. Report: DOCX,
# bold headings 关于…的问题 with a bracket line (责任领导；责任科室；完成时限).
G["p05"] = dict(issues=7, unanswered=[], must_flag=[
    F("weak-leadership", None, "The 领导小组 is headed by the 党组副书记、副主任甄静波 with another deputy under him; the 党组书记、主任 is never named and does nothing in the report (who chaired the 专题会议 is not said), though 整改建议（一） asked the 书记 to 亲自部署、亲自推动."),
    F("vague-measure", 6, "The whole answer is “该问题已立行立改，整改到位。”: not what was done about the 预备党员 admitted before his 政治审查, nor about the missing 考察记录."),
    F("no-mechanism", 3, "A repeat problem (the 2021 audit found it; 没有建立相应制度): the answer moves the 27.5万 back and 诫勉 the head of finance, but the rule is only promised (下一步，中心将研究制定…相关办法) with no name and no date, and it is not among the 3 rules the totals count."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-15: 87 days."),
    F("no-disclosure", None, "三、: published on the 县林业局 website."),
    F("inconsistent-claim", None, "21 measures = 19 done + 2 named in progress (350亩, 1 building), matching (一); 33.9万 = 27.5万 + 2.1万 + 4.3万; 诫勉2 (#3, #7), 批评3 (#2, #4, #5); 3 rules (公务用车 revised, 工程, 巡护员)."),
    F("vague-measure", 2, "Labelled 立行立改 like (六), but with a start date, daily track checks, 6 巡护员 talked to and docked, data re-surveyed."),
    F("no-mechanism", 5, "“出台《工程项目建设管理办法》” — a rule made and named."),
    F("no-mechanism", 7, "《巡护员考勤考核办法》."),
    F("no-accountability", 3, "财务科科长 诫勉谈话 (the gap there is the rule)."),
    F("no-accountability", 7, "4.3万 recovered; 保护管理科科长 诫勉谈话."),
    F("no-accountability", 5, "工程科负责人 批评教育; 2.1万 deducted."),
    F("no-deadline", 1, "350亩 by 2025-12-31, the last building by 2025-09-30."),
    F("no-owner", 6, "The bracket names 副主任甄静波 (the gap there is the empty answer)."),
], links=[
    L("新增退养还湿310亩", 1), L("巡护记录每日与巡护终端轨迹自动比对", 2), L("生态补偿资金已足额归位", 3),
    L("取消“工作用票”", 4), L("对9.6万元变更费用进行审核", 5), L("该问题已立行立改，整改到位。", 6),
    L("3名长期不在岗的巡护员已解除劳务协议", 7)])

# p06 荇溪县技工学校党委: areas 一、二、三、…方面 with RESTARTING 1．2．(3．) (2+3+2 = 7); 四、整改意见 not problems.
# Report (UTF-8 CRLF): 问题N：/整改情况：/bracket, renumbered 1–7; “问题4、问题5：” merged heading answering only #4.
G["p06"] = dict(issues=7, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "The merged heading “问题4、问题5：实训设备采购验收不严、违规向学生收取费用” names the 资料费, but its text deals only with the equipment (配件, 验收办法, 验收组长): nothing on refunding the 9.7万 or on who charged it."),
    F("repeated-measure", 2, "问题2 is answered only by a boilerplate paragraph (学校党委高度重视，召开专题会议…确保问题按期整改到位、取得实效) that is pasted again under 问题6."),
    F("repeated-measure", 6, "问题6 repeats 问题2's paragraph after a different first clause, with one word changed (调度→督导)."),
    F("no-disclosure", None, "The feedback asked for 校内通报 and 向社会公开; the report publishes nothing (the 受助学生名单 公示 on the 校园网 is the funding list, not the rectification)."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记厍景和 heads the 领导小组 with the 校长 as deputy, drew up the plan, 4 meetings, on-site 督办."),
    F("late-report", None, "Feedback 2024-09-10, report 2024-12-06: 87 days."),
    F("inconsistent-claim", None, "The report claims no totals or completion rate; nothing in it contradicts itself."),
    F("unanswered-issue", 4, "Answered under the merged heading: 配件 补齐 and re-inspected, 验收办法 revised, 组长 批评教育."),
    F("no-accountability", 3, "4.2万 recovered; 学生资助中心主任 诫勉谈话."),
    F("no-accountability", 4, "The 验收小组组长 批评教育."),
    F("no-mechanism", 3, "《学生资助工作管理办法》 with a monthly 学籍 check."),
    F("no-mechanism", 4, "修订《实训设备采购验收管理办法》."),
    F("no-mechanism", 7, "《党支部工作考核办法》."),
    F("no-deadline", 2, "2024年12月31日 (the gap there is the pasted paragraph)."),
    F("no-owner", 6, "党委副书记逯承宇 (the gap there is the pasted paragraph)."),
], links=[
    L("对2023年以来未经党委会议研究的6名中层干部调整", 1), L("针对专业设置与产业需求衔接不紧的问题", 2),
    L("多发放的国家助学金4.2万元已全部追回", 3), L("督促供货商补齐2台数控实训设备配件", 4),
    L("针对教师队伍建设和党员作用发挥方面的问题", 6), L("两个教工党支部已于2024年10月召开党员大会", 7)])

# p07 蓂川县城市建设投资集团有限公司党委: DOCX 反馈意见, bold areas （一）（二）（三） + continuous 1．–7．; 二、整改意见
# not problems. Report (UTF-16 LE BOM): 整改进展情况 grouped BY STATUS (已完成 / 基本完成 / 持续推进) with (对应问题N).
G["p07"] = dict(issues=7, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "“巡察反馈的7个问题，已完成整改5个、基本完成1个、持续推进2个” adds up to 8; the sections list 4 done (1,3,5,6), 1 basically done (2) and 2 in progress (4,7)."),
    F("no-deadline", 4, "（六） is in 持续推进 with 完成时限 “长期坚持”, while 216万 of the 312万 arrears is still owed, 8 under-priced leases are still being negotiated and 3 suits are pending: recoverable money plainly needs a date, and 整改意见（三） asked for a timetable, not a 推."),
    F("no-owner", 6, "（四）'s owner is “责任主体：集团各基层党支部” — the branches themselves, with no leader; the problem is the 集团党委's own weak guidance, and every other item names a 责任领导."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记、董事长麴宏远 heads the 领导小组 (the 总经理 is deputy), chaired 3 党委会 and 5 meetings, 直接过问、直接督办 the two key problems, 4 site visits."),
    F("late-report", None, "Feedback 2025-02-26, report 2025-05-23: 86 days."),
    F("no-disclosure", None, "五、: the report is published on the group's website."),
    F("no-deadline", 7, "长期坚持 for a standing task (talent structure) whose concrete parts are done or under way (4 of 6 hired, 3 posts filled by competition, 18 in the pool): a status is the right answer."),
    F("no-deadline", 2, "2025年9月30日."),
    F("unanswered-issue", 2, "Answered in the 基本完成 section, tagged (对应问题2)."),
    F("no-accountability", 3, "Clues passed to the 县纪委监委; 工程部经理 诫勉谈话; 83万 cut."),
    F("no-accountability", 5, "38万 + 2.6万 recovered; 综合部经理 诫勉谈话, 分管副总经理 批评教育."),
    F("no-accountability", 4, "资产管理部经理 批评教育 (the gap there is the deadline)."),
    F("no-mechanism", 4, "《经营性资产出租管理办法》."),
    F("no-mechanism", 3, "《工程变更签证管理办法》."),
    F("no-mechanism", 6, "《子公司党建工作考核办法》 (the gap there is the owner)."),
], links=[
    L("对2024年3项程序倒置的投资事项", 1), L("城市更新项目累计完成投资1.6亿元", 2), L("核减费用83万元", 3),
    L("对欠收租金312万元，已向全部欠租户发出催缴函", 4), L("已从职工2025年绩效工资中全额扣回", 5),
    L("超期未换届的党支部已于2025年4月完成换届", 6), L("建立年轻干部储备库", 7)])

# p08 蒨江县应急管理综合行政执法大队党支部: 1．–6． heading lines + 具体表现：; 二、整改要求 一要…三要 not problems.
# Report: 一、关于…的问题 paragraphs with 一是… and a bracket; a 七、追责问责情况 that covers only #2.
G["p08"] = dict(issues=6, unanswered=[], must_flag=[
    F("vague-measure", 1, "一、 is stacked slogans only (深刻反思，进一步提高政治站位，压实执法责任，强化担当意识…以“零容忍”态度…): no re-inspection of the 3 重大隐患 firms, no case filed, no change to how 412 hidden dangers end in 整改通知书."),
    F("copied-measure", 3, "三、 is “已整改。” plus the feedback's words as promises (全程开启, 按规定及时上传存储, 杜绝…资料缺失): no equipment, no upload routine, no check, nothing on the lost first-half-year footage."),
    F("no-accountability", 4, "A 队员 took a 2000元 shopping card and a 中队长 cut a fine from 3万 to 1万 on his own: 四、 gives 警示教育, a revised 裁量 rule and 承诺书, and the 追责问责情况 section deals only with #2 — nobody in #4 is named or handled, though 整改要求 said 决不能大事化小."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、大队长邴怀瑾 heads the 领导小组, drew up the plan, 4 meetings, 3 checks with the squads."),
    F("late-report", None, "Feedback 2024-12-03, report 2025-02-26: 85 days."),
    F("no-disclosure", None, "八、: published on the 县应急管理局 website."),
    F("inconsistent-claim", None, "No totals or completion claims; nothing contradicts."),
    F("copied-measure", 2, "Opens with 针对执法程序不规范的问题 and then acts: 40 files reviewed, 2 overdue cases closed, a revised 评查办法."),
    F("vague-measure", 5, "Opens with a slogan (以党建引领…增强支部政治功能) and then acts: 换届 done 2024-12, a 党课 plan, 积分 from 2025-01."),
    F("no-accountability", 2, "七、: the 法制审核员 批评教育, the case handlers 提醒谈话."),
    F("no-accountability", 6, "The 第一执法中队中队长 who sent auxiliaries alone 批评教育."),
    F("no-mechanism", 4, "修订《行政处罚自由裁量权适用规则》 (the gap there is accountability)."),
    F("no-mechanism", 6, "《辅助执法人员管理办法》."),
    F("no-owner", 1, "责任中队 “各执法中队” beside a named 责任领导 (党支部书记、大队长邴怀瑾)."),
], links=[
    L("以“零容忍”态度依法查处安全生产违法行为", 1), L("2起超期案件已于2025年1月全部办结", 2),
    L("现场检查时执法记录仪全程开启", 3), L("修订《行政处罚自由裁量权适用规则》", 4),
    L("大队党支部已于2024年12月召开党员大会完成换届选举", 5), L("立即停止辅助执法人员单独开展现场检查", 6)])

# p09 葜原县政府采购中心党组: 纪委监委 website news item, “主要表现在：一是…六是…”; requirements and the 移交 sentence
# are not problems. Report: own reworded headings （一）–（五） in another order (6,1,3,4,5), #2 silently missing.
G["p09"] = dict(issues=6, unanswered=[2], must_flag=[
    F("unanswered-issue", 2, "The 22 代理机构 never assessed and the 2 complained-of ones still working: no heading, no sentence, the words 代理机构 never appear."),
    F("no-mechanism", 5, "A problem that came back after the last round's rectification: (五) gives one round of visits and 5 spot checks, then only “下一步，中心将研究制定《采购项目履约验收监督办法》” — a promised rule, not a made one, though the feedback asked for 管用的制度 against recurrence."),
    F("late-report", None, "Feedback 2025-06-05 with a 三个月内 limit (2025-09-05); the report is dated 2025-09-19: 106 days."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、主任亓慕言 heads the 领导小组, 第一责任人, drew up the plan, 6 meetings, 4 site visits."),
    F("no-disclosure", None, "四、: published on the 县财政局 website."),
    F("unanswered-issue", 6, "Answered first, under the reworded heading （一）压实管党治党责任."),
    F("no-mechanism", 3, "“出台《评审专家抽取和回避管理规定》” — made and named."),
    F("no-accountability", 3, "The expert suspended and reported; the staff member 批评教育."),
    F("no-accountability", 4, "0.36万 returned; the driver 诫勉谈话."),
    F("no-deadline", 5, "2025年9月30日 (the gap there is the rule)."),
], links=[
    L("所有采购项目一律通过电子化采购平台办理", 1), L("出台《评审专家抽取和回避管理规定》", 3),
    L("已按标准折算退还餐费0.36万元", 4), L("督促2个存在问题的项目补充组织验收", 5),
    L("将党风廉政建设列入党组会议固定议题", 6)])

# p10 蕖丘县粮油质量监测站党支部: GB18030 问题清单 （一）–（六） + 问题表现：. Report: preamble + TAB-separated 整改台账
# (序号 问题 整改措施 责任人 完成时限 整改状态).
G["p10"] = dict(issues=6, unanswered=[], must_flag=[
    F("weak-leadership", None, "No 领导小组 and no 第一责任人: “站支部委员会召开会议进行了研究…明确由站办公室牵头统筹”; the 支部书记 is never named and owns no row, though the 清单 asked the 书记 to 亲自抓 and to set up a 领导小组."),
    F("no-disclosure", None, "The 清单 says 整改情况按规定公开; the report never publishes it (the 监测结果…网站公示 in row 1 is test results, not the rectification)."),
    F("repeated-measure", 2, "Row 2's measure is a boilerplate (组织全站干部职工深入学习相关制度规定…确保问题整改到位、不反弹) pasted again in row 5: nothing on the 17 altered records or the expired instruments."),
    F("repeated-measure", 5, "Row 5 repeats row 2's text word for word after a different lead-in."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-01-14, report 2025-04-10: 86 days."),
    F("inconsistent-claim", None, "5 done + 1 in progress = 6, matching the 整改状态 column (row 1 正在整改, explained); 6.52万 = 6.4万 + 0.12万; 诫勉1 (#6), 批评4 (#3, #4, #6 x2); 3 rules named."),
    F("repeated-measure", 3, "Rows 3 and 4 share only the tail “此后每季度对照检查一次”, after acts of their own (6.4万 into the account / 比价 rule, 派车单, 11 trips checked)."),
    F("repeated-measure", 4, "Same shared tail after its own acts."),
    F("no-deadline", 1, "2025年12月31日, with a reason (two harvest seasons)."),
    F("no-accountability", 3, "6.4万 into the account, 2.8万 returned; 工会主席 批评教育."),
    F("no-accountability", 6, "The moonlighting inspector 诫勉谈话; 2 late-comers 批评教育."),
    F("no-mechanism", 3, "《委托检验收费管理办法》."),
    F("no-owner", 2, "质量负责人郜雨桐 (the gap there is the pasted text)."),
], links=[
    L("3个偏远库点已于2025年2月补充扦样", 1), L("对检验检测质量管理问题", 2), L("工会代管的委托检验费6.4万元已全部转入单位账户", 3),
    L("公务用车一律凭派车单出车", 4), L("对党支部组织生活问题", 5), L("在私营检测公司兼职的检验员已辞去兼职", 6)])

for name, g in G.items():
    out = {"mode": "pair", "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
