"""Write p01..p10/gold.json (dev-pairs gold format) for dev88. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev44/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. The reading rules for general sections (when an area owner,
a unit-wide time limit, a separate accountability section or a closing list of rules counts for an item) are in
README.md, "How general statements were read". Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蘩浦县海洋与渔业局党组 (county department with 5 subordinate bodies). Feedback: formal 反馈意见, 一、主要问题 with
# areas （一）…方面 and continuous 1．–8．; 二、整改意见 （一）–（五） are not problems. Report: DOCX by the three areas;
# owners and time limits only in the area-owner sentence and the annex table; accountability and rules in closing
# sections; problems 7 and 8 answered together in one paragraph. GOOD REPORT.
G["p01"] = dict(issues=8, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长鄢洵舟 heads the 领导小组, is 第一责任人, chaired the plan and 5 推进会, 6 site visits, 当面督办 two tasks; 专题民主生活会."),
    F("late-report", None, "Feedback 2025-06-12, report 2025-09-05: 85 days, inside three months (due 2025-09-12)."),
    F("no-disclosure", None, "下一步 三是: 县政府门户网站 and 局机关公示栏, with a 监督电话."),
    F("inconsistent-claim", None, "31 measures = 29 done + 2 named (last 尾水 facility, 招录); the annex shows the same two as open; 31.6万 all recovered as the item says."),
    F("no-owner", 2, "The item names nobody, but the area sentence makes 蒯晓澄 lead of the whole first area and annex row 2 names him."),
    F("no-owner", 5, "Annex row 5 and the area sentence: 鄢洵舟."),
    F("no-owner", 7, "Merged paragraph names nobody; annex row 7 and the third-area sentence: 厍明礼."),
    F("no-deadline", 4, "No date in the body; annex row 4: 2025年8月31日."),
    F("no-deadline", 6, "Annex row 6: 2025年8月15日."),
    F("no-deadline", 1, "The open part (last 尾水 facility) has 2025年9月30日 in the annex."),
    F("no-accountability", 3, "Separate section 一是: 渔业股股长 党内警告, 2 经办人员 诫勉谈话."),
    F("no-accountability", 5, "Separate section 二是: 执法大队大队长 诫勉谈话, others 批评教育; driver 批评教育."),
    F("no-accountability", 6, "Separate section 三是: 原主任 立案审查 by 县纪委监委 and removed from post."),
    F("no-accountability", 1, "Separate section 四是: 中队长 提醒谈话 for the shelved cases."),
    F("no-mechanism", 3, "Closing list: 《渔业油价补贴资金审核发放管理办法》."),
    F("no-mechanism", 6, "Closing list: 《局属单位财务管理办法》."),
    F("no-mechanism", 5, "Closing list: 《执法检查工作纪律和用餐管理规定》 and 《公务用车管理办法（修订）》."),
    F("unanswered-issue", 8, "Answered in the merged 第三方面 paragraph, 二是 (换届 on 7月15日, 书面检查, 发展对象)."),
    F("repeated-measure", 7, "One paragraph announced as answering both problems, with parts specific to each (一是 staffing / 二是 branch): a merged answer, not a pasted one."),
    F("repeated-measure", 8, "Same merged paragraph."),
], links=[
    L("新建成7处，累计建成13处", 1), L("2宗已依法作出限期拆除和罚款决定", 1), L("对27艘“三无”船舶全部依法没收拆解", 2),
    L("违规发放的补贴31.6万元已全部追回", 3), L("建立对局属单位“季度谈、半年查”的监督办法", 4),
    L("就餐费用2.3万元已由参加人员全部退缴", 5), L("账外保费结余18.7万元已全部纳入县渔业互保服务中心账户核算", 6),
    L("经县委编办同意招录执法人员6名", 7), L("于7月15日完成换届", 8)])

# p02 蓂江市轨道交通集团有限公司党委 (city-owned group). Feedback (GB18030): areas 一、…方面 with restarting 1．2．(3．4．)
# = 3 + 4 + 2 = 9; 整改建议 一是…四是 are not problems. Report (UTF-8, CRLF): by areas, an owner per area, one time
# limit for all items EXCEPT the 工期 task, a merged answer for #4 + #6, a separate 追责问责 section, a closing list of rules.
G["p02"] = dict(issues=9, unanswered=[], must_flag=[
    F("no-deadline", 1, "The general time limit expressly excludes “二号线二期工程建设节点追赶任务”, and the item itself only says 力争尽快追回滞后工期: no date anywhere for the one task still most open."),
    F("no-accountability", 5, "37.2万 paid to the 班子 as “安全奖” without 国资委 approval: returned and a pay rule revised, but nobody is dealt with — the 追责问责 section names the tender, 变更 and 公示 cases only, though 整改建议 二是 named 违规发放奖金 expressly."),
    F("no-mechanism", 7, "The feedback says no 廉政风险 防控措施 were set up and an advertising contract was renewed without tender for 6 years; the answer is one round of 排查 and one tender. No 防控 rule or 广告资源 rule, and none of the 8 rules in 四、 covers it, though 整改建议 三是 asked for rules on 广告经营."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记、董事长钭承岳 heads the 领导小组, 第一责任人, 4 党委会 + 6 推进会, 8 site checks, 直接过问、直接督办."),
    F("late-report", None, "Feedback 2024-11-19, report 2025-02-14: 87 days, inside three months (due 2025-02-19)."),
    F("no-disclosure", None, "下一步 三是: 整改进展情况在集团官网公开."),
    F("inconsistent-claim", None, "27 measures = 24 done + 3 named as open (工期, 维保 tender by March, 广告 tender by July), each open in its item; 5 persons named in 三、 = 1 + 1 + 2 + 1."),
    F("no-owner", 1, "First-area owner 靳澜 (the gap there is the time limit)."),
    F("no-owner", 5, "Second-area owner 钭承岳 with 郜可嘉 (the gap there is accountability)."),
    F("no-owner", 9, "Third-area owner 冼若衡."),
    F("no-deadline", 2, "Covered by the general “所有整改任务于2025年1月31日前完成”; the item is not excluded and states nothing else."),
    F("no-deadline", 7, "Own date: 于2025年7月底前完成广告经营权公开招标 (the gap there is the missing rule)."),
    F("no-deadline", 3, "Own date: 重新招标工作于2025年3月底前完成."),
    F("no-accountability", 4, "Section 三、: 建设分公司原副经理 党内警告, 工程部经理 诫勉谈话."),
    F("no-accountability", 6, "Section 三、: 2 业主现场代表 诫勉谈话, 监理 评价分 扣减."),
    F("no-accountability", 8, "Section 三、: 组织部（人力资源部）负责人 批评教育."),
    F("no-mechanism", 4, "修订《招标采购管理办法》 (in the item and in 四、)."),
    F("no-mechanism", 6, "《工程变更管理办法》."),
    F("no-mechanism", 5, "修订《所属企业负责人薪酬管理办法》 (the gap there is accountability)."),
    F("unanswered-issue", 6, "Answered inside the merged item “招标采购管理不规范和工程变更签证管理松散” (317万 核减, 补办手续)."),
    F("repeated-measure", 4, "One merged paragraph for #4 and #6, announced as such, with specific parts — not a pasted measure."),
    F("repeated-measure", 6, "Same merged paragraph."),
    F("copied-measure", 4, "Opens by restating the heading (针对招标采购管理不规范…问题) and then acts (复核, 第三方审核, rules)."),
], links=[
    L("新增施工作业面4个", 1), L("对商业综合体引入专业运营机构统一招商", 2), L("对11起晚点事件逐一复盘", 3),
    L("确认6个标段合计486万元应当公开招标而未招标", 4), L("以“安全奖”名义发放的37.2万元已由班子成员全部退回", 5),
    L("核减变更金额317万元", 6), L("梳理出物资采购、广告经营等环节风险点46个", 7),
    L("对2名提拔前未进行任前公示的中层干部补充进行公示", 8), L("党建考核结果占所属企业班子年度绩效的30%", 9)])

# p03 蘅州市肿瘤医院党委 (city specialist hospital, two campuses and a research institute). Feedback: 组长's 反馈会
# speech, three 从…看 paragraphs with restarting inline 一是…三是 (3 + 3 + 2 = 8); 一要…三要 are requirements.
# Report (GB18030): by the speech's three areas with its own renumbering (#4 + #5 merged as item 4, so item 5 = #6,
# item 6 = #7, item 7 = #8); owners and time limits only in the ｜ ledger appended; accountability and rules in
# closing sections; no publication.
G["p03"] = dict(issues=8, unanswered=[], must_flag=[
    F("no-owner", 2, "The item names nobody and ledger row 2 gives “相关分管院领导” as 责任领导 — no person; every other row names one leader."),
    F("vague-measure", 7, "Report item 6 (科室主任“终身制”) is slogans only (坚持党管干部原则，进一步完善…机制，切实增强…活力，营造…氛围): no 聘期考核 of the 8 heads, no appointment changed, and no rule in 四、."),
    F("no-disclosure", None, "The speech's 三要 asks that the rectification be made public; the report ends with 特此报告 and never publishes it (the 院务公开栏 only shows 放疗收费项目和标准)."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记隗明澈 heads the 领导小组, 第一责任人, 5 党委会 + 4 推进会, site visits to both campuses, 亲自过问、亲自督办."),
    F("late-report", None, "Feedback 2025-03-27, report 2025-06-20: 85 days."),
    F("inconsistent-claim", None, "34 measures = 32 done + 2 named (日间手术占比, 双带头人), the two ledger rows marked 持续推进; 5 + 3 = 8 双带头人 secretaries."),
    F("no-owner", 7, "Ledger row 7: 隗明澈 (the gap there is the slogan measure)."),
    F("no-owner", 5, "Ledger row 5: 纪委书记翟秋棠."),
    F("no-deadline", 2, "Ledger row 2: 2025年5月31日 (the gap there is the owner)."),
    F("no-deadline", 1, "Ledger row 1: 2025年12月31日, 持续推进 — an open item with a date."),
    F("no-accountability", 3, "Section 三、: 放疗科主任 诫勉谈话, 2 收费人员 批评教育; 42.8万 returned."),
    F("no-accountability", 4, "Section 三、: 经办人员 调离 + 批评教育, 设备科科长 诫勉谈话."),
    F("no-accountability", 5, "Item 4 says 依规依纪处理; section 三、 names it: 副主任医师 党内警告, 处方权 suspended 6 months; 2 firms' reps 约谈."),
    F("no-accountability", 6, "Section 三、: 3 课题负责人 诫勉谈话; 6.4万 returned."),
    F("no-mechanism", 2, "《抗肿瘤药物临床应用分级管理实施细则》 and system blocking."),
    F("no-mechanism", 4, "《医用耗材院内议价管理办法》."),
    F("no-mechanism", 6, "《科研经费管理办法（修订）》."),
    F("unanswered-issue", 5, "Answered in the merged report item 4 (二是 依规依纪处理 and 专项整治, 三是 医药代表 rules)."),
    F("unanswered-issue", 6, "Answered under the report's item “5．关于科研经费管理松散的问题” — the positional number is wrong, the content right."),
    F("repeated-measure", 4, "Merged item 4 answers #4 and #5 with parts specific to each (一是 / 二是、三是)."),
    F("repeated-measure", 5, "Same merged item."),
], links=[
    L("在北院区设立日间手术中心", 1), L("对巡察组抽查发现的37份越级处方逐份点评", 2),
    L("重复收取的体位固定费42.8万元已全部退回医保基金", 3), L("全面停止院内“二次议价”", 4),
    L("对收受“红包”问题依规依纪处理", 5), L("医药代表实行预约登记、定点接待", 5),
    L("与课题无关的餐费、礼品费6.4万元已全部退回", 6), L("进一步完善科室主任选聘和考核机制", 7),
    L("已将3个支部的书记调整为学科带头人", 8)])

# p04 蕳州职业技术学院党委 (city vocational college). Feedback: DOCX with bold areas 一、二、三、…方面 and continuous
# 1．–9．; 四、整改意见 （一）–（四） are not problems. Report: public HTML 整改进展情况的通报 on the college site, by areas,
# per-item bracket (牵头；完成时限); the 兼职取酬 problem (#8) is skipped and the report's item “8．” answers #9.
G["p04"] = dict(issues=9, unanswered=[8], must_flag=[
    F("unanswered-issue", 8, "3 中层干部 paid by outside training firms without approval: no item, no sentence and no case in 三、追责问责 touches it; the third area goes straight to the 党建 item numbered 8, though 整改意见（二） named 兼职取酬."),
    F("inconsistent-claim", None, "“9个问题已全部完成整改…38条整改措施全部落实到位，整改完成率100%” while item 4 says 24万 of the 54万 承包费 is still being sued for."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记甄曼青 heads the 领导小组, 第一责任人, 7 meetings, 9 site visits; each item has a 牵头 leader."),
    F("late-report", None, "Feedback 2024-06-20, 通报 2024-09-13: 85 days."),
    F("no-disclosure", None, "A public 通报 on the college site with a comment period, phone, e-mail and address."),
    F("unanswered-issue", 9, "Answered under the report's “8．关于党建工作基础不牢的问题” (双带头人 67%, 14 students re-examined)."),
    F("no-owner", 9, "牵头：党委书记甄曼青."),
    F("no-owner", 4, "牵头：副院长龚明远."),
    F("no-deadline", 4, "完成时限：2024年8月31日 (the item's open lawsuit is the inconsistency, not a missing date)."),
    F("no-accountability", 4, "Section 三、: 后勤服务公司经理 诫勉谈话."),
    F("no-accountability", 5, "Section 三、: 继续教育学院院长 党内警告 and removed, 分管副院长 诫勉谈话; 112万 refunded."),
    F("no-accountability", 7, "Section 三、: 二级学院院长 诫勉谈话, 9 teachers 批评教育; 4.7万 returned."),
    F("no-mechanism", 4, "《校办企业监督管理办法》."),
    F("no-mechanism", 5, "修订《继续教育办学管理办法》."),
    F("no-mechanism", 6, "修订《仪器设备采购论证管理办法》."),
    F("no-mechanism", 3, "《报告会、研讨会、讲座、论坛审批管理办法》."),
], links=[
    L("新增专职思政课教师9名", 1), L("解除无实质合作的协议41份", 2), L("对11个微信公众号逐一备案", 3),
    L("收回学生食堂经营权", 4), L("“辅导费”112万元已全部清退到学员本人账户", 5), L("设备使用率提升至46%", 6),
    L("考察费用4.7万元已由参加人员全部退还企业", 7), L("“双带头人”比例提高到67%", 9)])

# p05 蒗湾综合保税区党工委 (development-zone committee: a comprehensive bonded zone). Feedback (UTF-16 LE): areas
# 一、二、三、…方面 with continuous （一）–（七） heading。detail; 整改要求 一是…四是 not problems. Report (UTF-8): by
# areas, an owner per area, one time limit for all (原则上 2025-06-30), #4 + #5 merged in item 4 (so item 5 = #6,
# item 6 = #7), a separate 追责问责 section and a closing list of rules.
G["p05"] = dict(issues=7, unanswered=[], must_flag=[
    F("no-deadline", 3, "The 卡口 data link “需待上级海关统一部署系统升级后推进”: the item's own condition takes it outside the general 6月30日 limit, and neither the item nor 下一步 gives a date; 2 of the open measures are this one and a lawsuit."),
    F("no-accountability", 5, "先施工后招标 on 标准厂房三期: answered in the merged item (补程序, 审减212万, revised rule), but 三、严肃追责问责 names the 补贴, 出借资金 and 接待 cases only, though 整改要求 二是 named 先施工后招标."),
], must_not_flag=[
    F("weak-leadership", None, "党工委书记亢思齐 heads the 领导小组, 第一责任人, 6 meetings, 4 site visits, met the borrower himself."),
    F("late-report", None, "Feedback 2025-04-08, report 2025-06-27: 80 days."),
    F("no-disclosure", None, "下一步 三是: 管委会门户网站."),
    F("inconsistent-claim", None, "26 measures = 24 done + 2 named (违约追偿, 卡口对接), both open in their items; 800万 recovered as said."),
    F("no-deadline", 2, "General limit: 所有整改任务原则上于2025年6月30日前完成; the item is done."),
    F("no-deadline", 7, "General limit covers it; nothing in the item overrides it."),
    F("no-deadline", 1, "General limit; the open part is a lawsuit filed in May (an act done, its outcome outside the unit's hands)."),
    F("no-owner", 3, "First-area owner 邝景和 (the gap there is the time limit)."),
    F("no-owner", 7, "Third-area owner 饶清远."),
    F("no-accountability", 2, "Section 三、: 经办人 党内警告, 经济发展局局长 诫勉谈话; 63.5万 recovered."),
    F("no-accountability", 4, "Section 三、: 原董事长 立案审查, 分管财务的副总经理 诫勉谈话."),
    F("no-accountability", 6, "Section 三、: 投资促进局局长 诫勉谈话, 2 staff 批评教育; 9.8万 退赔."),
    F("no-mechanism", 5, "修订《政府投资项目建设管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 4, "《区属国有企业重大事项报告办法》."),
    F("unanswered-issue", 5, "Answered in the merged item 4, 二是."),
    F("unanswered-issue", 6, "Answered under the report's item “5．” — positional number wrong, content right."),
    F("repeated-measure", 4, "Merged item 4 answers #4 and #5 with 一是 / 二是 specific to each."),
    F("repeated-measure", 5, "Same merged item."),
], links=[
    L("对4个未按约定开工的项目全部发出违约通知书", 1), L("多兑付的物流补贴63.5万元已全部追回", 2),
    L("与海关驻区办事处建立每月一次的联席会议制度", 3), L("剩余800万元已于2025年6月全部收回", 4),
    L("审减工程款212万元", 5), L("超标准酒水费用9.8万元已由相关责任人退赔", 6),
    L("将财务、招商等关键岗位全部调整为在编人员负责", 7)])

# p06 蕹岭监狱党委 (a prison, inspected by the provincial 监狱管理局党委's 巡察组). Feedback (UTF-8, CRLF): 一、主要问题
# with areas （一）（二）（三）…方面 and restarting 1．2．(3．) = 3 + 2 + 2 = 7; 二、整改意见 not problems. Report: DOCX by
# areas, the owner of each area in a bracket after its heading, one time limit for all but the staffing task, a
# separate 追责问责 section, a closing list of rules, 狱务公开. GOOD REPORT.
G["p06"] = dict(issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党委书记、监狱长宓承嗣 heads the 领导小组, 第一责任人, 3 党委会 + 5 推进会, visits to 7 监区, 直接督办 two cases."),
    F("late-report", None, "Feedback 2024-09-24, report 2024-12-20: 87 days."),
    F("no-disclosure", None, "下一步 三是: 狱务公开网页 and the 会见室公示栏."),
    F("inconsistent-claim", None, "29 tasks = 28 done + 1 named (民警招录), open in item 6 with a 2025 date."),
    F("no-owner", 2, "Bracket after the first area heading: 牵头领导 副监狱长乜振宇; the item itself names nobody."),
    F("no-owner", 4, "Bracket after the second area heading: 政治委员庹明远, 纪委书记冀青禾协助."),
    F("no-owner", 7, "Bracket after the third area heading: 副监狱长隋立衡."),
    F("no-deadline", 3, "General: 所有整改任务于2024年12月15日前完成 (only the staffing task is excepted)."),
    F("no-deadline", 5, "General limit covers it."),
    F("no-deadline", 6, "The excepted task has its own date (2025年6月底前到岗) and 此项长期坚持."),
    F("no-accountability", 4, "Section 三、: 1 民警 党内警告, 2 诫勉谈话, 刑罚执行科科长 批评教育."),
    F("no-accountability", 5, "Item says 依规依纪处理到位; section 三、: 副监区长 党内严重警告, moved off 执法岗位."),
    F("no-accountability", 1, "Section 三、: 相关监区长 诫勉谈话 for the 清监查监 that went through the motions."),
    F("no-accountability", 2, "Education and psychology staffing: no wrongdoing, nobody to hold to account."),
    F("no-mechanism", 4, "《减刑假释计分考核材料审核规程》."),
    F("no-mechanism", 5, "《民警八小时以外行为监督管理办法》."),
    F("no-mechanism", 1, "《清监查监工作规范》."),
    F("no-mechanism", 3, "修订《罪犯劳动报酬管理办法》."),
    F("vague-measure", 5, "The item is short and leaves the sanction to section 三、, but it does act (警示教育, 承诺书) and the case is dealt with."),
], links=[
    L("对11处监控盲区全部加装摄像设备", 1), L("开课率提高到92%", 2), L("按照省局规定调整罪犯劳动报酬发放标准", 3),
    L("对5件存在涂改的计分考核材料重新核实", 4), L("组织民警签订廉洁执法承诺书", 5), L("2025年计划招录民警24名", 6),
    L("责令2个支部重新组织专题组织生活会", 7)])

# p07 蘠城日报社（报业传媒集团）党委 (city newspaper and media group). Feedback: HTML news page of the 纪委监委 site,
# problems inline 一是…七是 in the 巡察组指出 paragraph; the 要求 paragraph and the secretary's 表态 一是…三是 are not
# problems. Report (GB18030): by the feedback's areas with its own headings; area owners and one date in the opening;
# slogans, copied words and one pasted paragraph. PLAINLY WEAK, and late.
G["p07"] = dict(issues=7, unanswered=[], must_flag=[
    F("copied-measure", 1, "The answer restates the feedback (落实意识形态工作责任制, “三审三校”, 新闻稿件重大差错) as a promise: nothing on the two errors, nobody named."),
    F("no-accountability", 1, "The feedback says the 2 重大差错 went unpunished and the 要求 asks to 查清责任、严肃处理 新闻差错; the report names nobody."),
    F("vague-measure", 2, "Slogans only (坚持移动优先，加快推进媒体深度融合，不断提升…传播力、引导力、影响力、公信力): nothing on the idle 中央厨房 or the app."),
    F("no-accountability", 3, "有偿宣传 of 210万 partly run as news: new deals stopped and a rule revised, but nobody is dealt with and nothing is said of the money, though the 要求 named 有偿宣传 expressly."),
    F("repeated-measure", 4, "(二) 采购 is answered only by “对照有关规定，举一反三，全面开展自查自纠，建立健全长效机制，确保问题整改到位、取得实效”, pasted again under 选人用人."),
    F("repeated-measure", 6, "选人用人 repeats the same paragraph after a different first clause."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人: “明确由社办公室牵头抓总，各部门按照职责分工抓好落实”; the 党委书记 never appears as lead, though the 要求 asked him to be 第一责任人."),
    F("no-disclosure", None, "The 要求 says 按规定向社会公开整改情况; the report publishes nothing (“在全社通报” is a notice of the 采风 case inside the paper)."),
    F("late-report", None, "Feedback 2024-04-16 with a 三个月内 limit (2024-07-16); report dated 2024-08-28: 134 days."),
], must_not_flag=[
    F("no-accountability", 5, "原工会副主席伍立诚 批评教育 and 通报; 16.3万 退缴."),
    F("no-owner", 2, "Area owner: 总编辑钮岱宗 (the gap there is the slogan)."),
    F("no-owner", 4, "Area owner: 副社长桂鸣川 (the gap there is the pasted paragraph)."),
    F("no-deadline", 7, "One date for all in the opening: 各项整改任务于2024年7月31日前完成."),
    F("no-mechanism", 3, "修订《广告经营管理办法》 (the gap there is accountability)."),
    F("unanswered-issue", 2, "Answered, by slogans (vague-measure), which count as an answer."),
    F("unanswered-issue", 4, "Answered, by the pasted paragraph (repeated-measure)."),
    F("unanswered-issue", 6, "Answered, by the pasted paragraph."),
], links=[
    L("严格执行新媒体平台“三审三校”制度", 1), L("加快推进媒体深度融合", 2), L("已停止新签有偿宣传协议", 3),
    L("日报社党委高度重视，对照有关规定", 4), L("以“采风”名义组织外出旅游的费用16.3万元已由参加人员全部退缴", 5),
    L("日报社党委召开专题会议研究，对照有关规定", 6), L("按照采编流程调整党支部设置", 7)])

# p08 蕰川市金融控股集团有限公司党委 (city-owned financial holding group). Feedback: 反馈问题清单 with areas 一、二、三、
# and continuous 问题1：…问题8： + a detail line; 整改要求 not a problem. Report (UTF-16 LE, CRLF): by areas, an owner
# per area in the opening, a time limit in brackets per item, a separate 追责问责 section; #8 is not answered.
G["p08"] = dict(issues=8, unanswered=[8], must_flag=[
    F("copied-measure", 3, "The answer to 名为租赁、实为借贷 restates the feedback as a promise (严格规范…坚决杜绝…推动业务回归租赁本源): nothing on the 4 contracts or the 1.2亿."),
    F("unanswered-issue", 8, "关键岗位 轮岗 (6 people over 8 years in 风控、财务、资金): the 组织建设 area has only item 7, and nothing elsewhere touches it."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记、董事长佘敬川 heads the 领导小组, 第一责任人, 3 党委会 + 5 调度会, visits to 4 firms, 直接过问、直接督办."),
    F("late-report", None, "Feedback 2025-01-14, report 2025-04-11: 87 days."),
    F("no-disclosure", None, "下一步 三是: 集团官网."),
    F("inconsistent-claim", None, "25 measures = 22 done + 3 open, with the open ones (清收, 回购) named in 下一步; no figure contradicts an item."),
    F("vague-measure", 1, "Opens with a slogan (坚持…职能定位) and then acts: 213 new clients, 57%, a 考核办法."),
    F("no-owner", 1, "First-area owner 雍以宁 in the opening."),
    F("no-owner", 7, "Third-area owner 勾嘉树."),
    F("no-deadline", 3, "Bracket: 完成时限：2025年3月31日 (the gap there is the copied measure)."),
    F("no-accountability", 2, "Section 三、: 小贷公司总经理 诫勉谈话, 风险管理部经理 党内警告."),
    F("no-accountability", 4, "Section 三、: 投资发展部负责人 党内警告, 分管副总经理 诫勉谈话."),
    F("no-accountability", 5, "Section 三、: 分管副总经理 诫勉谈话, 人力资源部负责人 批评教育; 168万 recovered."),
    F("no-accountability", 6, "Section 三、: 办公室主任 诫勉谈话, 2 car users 批评教育."),
    F("no-mechanism", 2, "修订《贷后管理和逾期贷款处置办法》."),
    F("no-mechanism", 4, "修订《党委前置研究讨论重大经营管理事项清单》."),
    F("no-mechanism", 7, "《所属企业党建工作责任制考核办法》."),
], links=[
    L("新开发小微企业和“三农”担保客户213户", 1), L("已收回本息1460万元", 2), L("推动业务回归租赁本源", 3),
    L("委托另一家中介机构重新开展尽职调查和资产评估", 4), L("超出工资总额发放的168万元已在2024年度工资总额中全部扣回", 5),
    L("追回已报销的油费、维修费1.3万元", 6), L("将党建工作要求写入公司章程", 7)])

# p09 蒉阳钢铁集团有限责任公司党委 (city-owned steel group). Feedback: areas 一、二、三、…方面 with restarting
# （一）（二）（三）(（四）) = 3 + 4 + 3 = 10; 整改意见 not a problem. Report: DOCX by areas, owners and time limits only
# in the annex Word table, accountability and rules in closing sections; an all-done claim the annex contradicts.
G["p09"] = dict(issues=10, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "“反馈的10个问题已全部整改到位…46项，目前已全部完成” while item 1 says the 脱硝 project will run only from 2025-03, item 3 says the transfer is still being negotiated, and annex rows 1 and 3 read 推进中."),
    F("no-mechanism", 4, "The feedback says 验质扣杂 has no 复核程序 and 供应商准入没有标准; the answer is an audit, 2 suppliers suspended and the inspector replaced. No 复核 or 准入 rule, and none of the 6 rules covers 废钢, though 整改意见 asked for rules on 采购."),
    F("repeated-measure", 9, "人才流失 is answered only by “深入贯彻新时代党的组织路线，坚持党管干部、党管人才原则…确保各项工作取得实效”, the same paragraph as under #10 (and the same annex text)."),
    F("repeated-measure", 10, "换届 repeats the same paragraph; nothing on the 6 overdue branches."),
], must_not_flag=[
    F("late-report", None, "Feedback 2024-07-30, report 2024-10-29: 91 days, but inside three calendar months (due 2024-10-30)."),
    F("weak-leadership", None, "党委书记、董事长鞠延年 heads the 领导小组, 第一责任人, 4 党委会 + 6 推进会, site visits, 直接督办."),
    F("no-disclosure", None, "下一步: 集团官网 and 各厂区公示栏."),
    F("no-owner", 4, "Annex row 4: 晏和; the body names nobody."),
    F("no-owner", 9, "Annex row 9: 鞠延年 (the gap there is the pasted measure)."),
    F("no-deadline", 3, "Annex row 3: 2024年12月31日 (the item's open state is the inconsistency, not a missing date)."),
    F("no-deadline", 1, "Annex row 1: 2025年3月31日."),
    F("no-accountability", 4, "Section 三、: 原质检员 移送市纪委监委, 供应公司经理 诫勉谈话 (the gap there is the rule)."),
    F("no-accountability", 6, "Section 三、: two 厂长 诫勉谈话; 26.8万 returned."),
    F("no-accountability", 7, "Section 三、: 设备部部长 党内警告, 2 经办人员 诫勉谈话, 副部长 批评教育."),
    F("no-accountability", 5, "Section 三、: 销售公司分管副经理 诫勉谈话."),
    F("no-mechanism", 5, "《产品销售及客户信用管理办法》."),
    F("no-mechanism", 7, "修订《工程项目招标管理办法》."),
    F("no-mechanism", 6, "修订《职工福利费管理办法》."),
    F("no-mechanism", 8, "《中层管理人员选拔任用办法》."),
], links=[
    L("对料场、转运站等无组织排放点位全部加装封闭和抑尘设施", 1), L("在全部煤气区域加装固定式报警仪126台", 2),
    L("成立供暖资产移交工作专班", 3), L("对扣杂率明显偏低的2家供应商暂停供货", 4), L("已收回逾期应收账款1100万元", 5),
    L("违规发放的购物卡26.8万元已由领取人员全部退回", 6), L("委托第三方审计核减工程款111万元", 7),
    L("对4名未经民主推荐提拔的中层干部重新履行民主推荐程序", 8),
    L("关于技术人才流失严重的问题。深入贯彻新时代党的组织路线", 9),
    L("关于基层党组织换届不及时的问题。深入贯彻新时代党的组织路线", 10)])

# p10 蕝山县乡村振兴局党组 (county department with subordinate bodies). Feedback: DOCX 反馈会 speech, bold part and area
# headings, problems inline 第一，…第三， restarting per area (3 + 3 + 2 = 8); 一要…三要 are requirements. Report: public
# HTML 整改进展情况的通报 on the county government site (GBK, CRLF), area owners for two areas only, per-item brackets
# with time limits; late; the 党组书记 is absent.
G["p10"] = dict(issues=8, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2023-05-23 with a 三个月内 limit (2023-08-23); the 通报 is dated 2023-09-08: 108 days."),
    F("weak-leadership", None, "An 整改工作专班 “由局办公室牵头”, 2 推进会; no 领导小组 headed by the secretary, no 第一责任人, the 党组书记 never named, though the speech's 一要 asked him to 亲自部署、亲自过问、亲自督办."),
    F("no-owner", 7, "The third area is left to “机关各股室按照职责分工负责落实” and item 7 names nobody: no leader, while the other two areas each have one."),
    F("no-owner", 8, "Same: the third area has no leader and item 8 names nobody."),
    F("no-accountability", 5, "14.2万 of 衔接资金 spent on office equipment and car repairs: put back from the budget, but nobody is dealt with, though the speech's 二要 said 追回资金、查清责任、严肃处理."),
], must_not_flag=[
    F("no-disclosure", None, "A public 通报 (主动公开) on the county site with phone, e-mail and address."),
    F("inconsistent-claim", None, "6 done + 2 持续推进 = 8, matching the items' brackets; 7 of 9 projects started and 3 of 6 车间 restarted as stated."),
    F("no-owner", 1, "First-area owner 沃若川."),
    F("no-owner", 5, "Second-area owner 戈晓岚 (the gap there is accountability)."),
    F("no-deadline", 2, "Bracket: 2023年12月31日；持续推进."),
    F("no-deadline", 3, "Bracket: 2023年12月31日."),
    F("no-deadline", 7, "Bracket: 2023年8月31日 (the gap there is the owner)."),
    F("no-mechanism", 1, "《防止返贫动态监测和帮扶工作规程》 and a monthly data check."),
    F("no-mechanism", 4, "《扶贫项目资产后续管理办法》."),
    F("vague-measure", 6, "Concrete: 报表 cut from 31 to 9, 四不两直, a revised 督导检查工作办法."),
], links=[
    L("12户存在风险的农户已全部纳入监测并落实帮扶措施", 1), L("衔接资金支出进度提高到87%", 2),
    L("已有3个引进新的经营主体恢复生产", 3), L("确权登记资产1036项", 4), L("从部门预算中归还衔接资金专户", 5),
    L("由31种精简为9种", 6), L("培训机关和乡镇干部312人次", 7), L("对支部学习记录逐本检查", 8)])

for name, g in G.items():
    out = {"mode": "pair", "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
