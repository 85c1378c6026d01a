"""Write p01..p10/gold.json (dev-pairs gold format) for dev99. The gold is hand-judged; this file only keeps it in one
place. Modelled on dev44's make/gold.py. Debatable points ("may report") are not gold: they are in each pair's notes.md,
because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蘩川县城市建设档案馆党支部: formal 反馈意见 (UTF-8), （一）（二）（三）…方面 with continuous 1．–8． heading。detail;
# 二、整改意见 （一）–（四） are not problems. Report (DOCX): four task groups of the unit's own (业务主责 / 档案安全 /
# 廉洁风险 / 支部和队伍), ONE owner/office/time-limit line per group, problems referred to by paraphrase; #8 split over
# groups (一) and (四). GOOD REPORT.
G["p01"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、馆长亓清禾 heads the 领导小组, is 第一责任人, chaired the plan and 5 推进会, 3 site checks, 当面督办."),
    F("late-report", None, "Feedback 2025-03-18, report 2025-06-10: 84 days, inside three months."),
    F("no-disclosure", None, "下一步 三是: 馆务公开栏 and the 县住建局门户网站, with a 监督电话."),
    F("inconsistent-claim", None, "27 measures = 23 done + 4 named ongoing ones with dates; 6.8万 + 2.3万 as itemised; 诫勉1 (缑文远) + 批评教育3 (经办人员, 办公室主任, 郗明川); 5 new + 2 revised rules, all named."),
    F("no-owner", 2, "The owner is stated once for the group: “本组责任领导：副馆长郗明川”."),
    F("no-owner", 4, "Group (三)'s line names 党支部书记、馆长亓清禾."),
    F("no-owner", 7, "Group (四)'s line names 党支部副书记逄雪芹."),
    F("no-deadline", 1, "Group line “除单独注明的以外，2025年5月31日前完成” plus 2025-09-30 for the 11 projects and 2026-12-31 for the rest of the scans."),
    F("no-deadline", 8, "Both groups that answer #8 carry a time limit (9月底前到岗; 2025-05-31)."),
    F("unanswered-issue", 8, "Split: 专业力量 in group (一) item 4, 临聘人员 contracts in group (四) item 2."),
    F("no-accountability", 4, "分管副馆长缑文远 诫勉谈话, 经办人员 批评教育, 6.8万 refunded."),
    F("no-accountability", 5, "办公室主任 批评教育; 补做抽检 and 返工."),
    F("no-accountability", 6, "2.3万 退缴; 带队的副馆长郗明川 检查 + 批评教育."),
    F("no-accountability", 7, "Procedural gaps in branch life, no misconduct: nobody to hold to account."),
    F("no-mechanism", 2, "《库房温湿度监测和处置规程》 and 《档案借阅和追索管理办法》."),
    F("no-mechanism", 3, "《查档利用服务规范》."),
    F("no-mechanism", 5, "《政府采购和合同管理办法》 forbids split contracts."),
    F("repeated-measure", 4, "Group (三) answers #4, #5, #6 in three distinct numbered items, nothing pasted."),
], links=[
    L("4月份向37个超期未移交档案的项目建设单位逐一发出催交函", 1), L("更换第二库房除湿机2台", 2),
    L("取消单位介绍信等4项材料", 3), L("已全部退还缴费的建设单位和个人", 4),
    L("委托第三方按合同约定比例对加工成果补做抽检", 5), L("8名参加人员已退缴考察费用2.3万元", 6),
    L("补齐缺失的2名发展对象政审材料", 7), L("与5名临聘人员全部签订书面劳动合同", 8),
    L("申报档案管理和工程类岗位各1个", 8)])

# p02 藠阳县老年人体育协会党支部: HTML news page (GBK) on the 纪委监委 site with chrome; problems inline 一是…七是 in one
# sentence after 主要有：; the 四点整改意见 一是…四是 and the 表态 一是…三是 are not problems. Report (GB18030): the secretary's
# first-person report by the association's own three lines (管好钱物 / 带好队伍 / 办好活动), no problem numbers.
G["p02"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-accountability", 3, "0.8万 of match entry fees spent on souvenirs for the staff: the report only stops entry fees and writes a 赛事经费 rule; nothing is recovered and nobody is dealt with, though the feedback said 该追回的追回，该处理的人要处理."),
], must_not_flag=[
    F("weak-leadership", None, "First-person report of the 党支部书记、会长 as 第一责任人: he heads the 领导小组, chaired 4 推进会, went to the 4 idle township associations, asked weekly."),
    F("late-report", None, "Feedback 2024-10-15, report 2025-01-10: 87 days."),
    F("no-disclosure", None, "“整改情况已在协会微信公众号和县老年人体育活动中心公开栏公布”."),
    F("inconsistent-claim", None, "7 problems = 6 done + 1 (进村覆盖) ongoing, and only that item carries a 2025 date."),
    F("no-accountability", 2, "秘书长宓秋萍 书面检查 and 批评教育 by the secretary; the 3.6万 moved to the association's account."),
    F("no-accountability", 4, "1.44万 of subsidies returned; one retiree approved by the 组织部 without pay, the other resigned."),
    F("no-accountability", 7, "Missing equipment traced; 1.4万 of it found in use and booked; the keeper pays 0.35万 for the scrapped treadmills (0.7万)."),
    F("unanswered-issue", 4, "Answered under 带好队伍 (二是清理兼职) with no number or quote."),
    F("no-owner", 5, "“这一部分由我本人负责” — the secretary owns it."),
    F("no-owner", 1, "副会长冼永年 is named for the whole 办好活动 line."),
    F("no-deadline", 1, "进村覆盖 by 2025-12-31."),
    F("no-mechanism", 2, "《财务收支管理办法》."),
    F("no-mechanism", 6, "《大型活动安全应急预案》 and insurance for every outdoor activity."),
    F("copied-measure", 3, "The entry-fee answer is the association's own act (no fees, a 赛事经费 rule, published accounts), not the feedback's words; the gap on #3 is accountability."),
], links=[
    L("“银龄健身进村”项目2025年新增覆盖行政村46个", 1), L("秘书长个人银行卡中存放的会费3.6万元已于10月28日全部转入协会账户", 2),
    L("今后承办赛事一律不向参赛队收取报名费", 3), L("2人此前领取的补贴共1.44万元已全部退回协会账户", 4),
    L("11月补选2名支委", 5), L("一律为参加人员购买意外保险", 6), L("对照审计清单和采购凭证逐件清点下落不明的健身器材", 7)])

# p03 莙台县卫生健康信息中心党支部: DOCX 反馈意见 with bold （一）–（九） heading paragraphs + detail; 二、整改意见 一是…四是
# not problems. Report (UTF-8, CRLF): by STAGE 立行立改 / 限期整改 / 长期坚持, each item tagged （对应反馈问题第X项）; #2 split
# over two stages; #3 split (立行立改 + a merged 限期 item with #4).
G["p03"] = dict(mode="pair", issues=9, unanswered=[], must_flag=[
    F("vague-measure", 7, "The only answer to 主题党日 replaced by IT training and the unused 积分 rule is slogans (进一步增强…严肃性，坚持把党的政治建设摆在首位，切实提高组织生活质量…): no plan, no check, no 积分."),
    F("no-deadline", 1, "限期整改 1 (the platform: 5 township clinics and the imaging module still open) ends “力争尽快完成” with only a 责任领导 in the bracket — the one item without a date."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任訾远帆 heads the 领导小组, 第一责任人, 6 meetings, 直接督办 of 采购 and 外包."),
    F("late-report", None, "Feedback 2025-04-22, report 2025-07-16: 85 days."),
    F("no-disclosure", None, "“整改情况已在县卫生健康局门户网站公开”."),
    F("inconsistent-claim", None, "31 tasks = 26 done + 5 ongoing, never “all done”; 诫勉1 (訾远帆) + 批评教育4 (科长, 2 organisers, 人事经办人); 4 new + 2 revised rules named."),
    F("repeated-measure", 3, "限期 2 answers #3 and #4 in one paragraph with distinct parts (采购办法 / 外包考核), announced by its tag; not a pasted measure."),
    F("repeated-measure", 4, "Same merged item."),
    F("unanswered-issue", 4, "Answered inside the merged 限期 item tagged 第三项、第四项."),
    F("no-accountability", 3, "The director's direct choice of supplier: 县卫生健康局党组 诫勉谈话; payments stopped."),
    F("no-accountability", 5, "0.46万 退缴, 2 organisers 批评教育."),
    F("no-accountability", 2, "The export traced to an outsourced worker, dismissed by his firm; the 信息安全科科长 批评教育; reported upward."),
    F("no-accountability", 8, "The supplier's relative's contract ended; 人事经办人 批评教育."),
    F("no-mechanism", 6, "《门户网站信息发布审核办法》 with 三审三校."),
    F("no-mechanism", 3, "《信息化项目采购管理办法》."),
    F("no-mechanism", 8, "《编外人员招聘管理办法》."),
    F("no-deadline", 7, "“长期坚持” fits a standing duty; the gap on #7 is the slogan measure."),
    F("no-owner", 1, "副主任邴海澄 is named (the gap on #1 is the time limit)."),
], links=[
    L("新接入乡镇卫生院4家", 1), L("注销3名离职外包人员账号", 2), L("每季度开展一次网络安全检查", 2),
    L("暂停向机房改造项目供应商支付后续任何款项", 3), L("10万元以上项目须经支部研究并公开比选", 3),
    L("增设响应时间、修复时间等6项考核指标", 4), L("已按标准退缴餐费0.46万元", 5),
    L("撤下“健康科普”栏目中未经审核的文章5篇", 6), L("切实提高组织生活质量", 7),
    L("已与其中的供应商员工亲属解除劳动合同", 8), L("已全部登记入账，价值62.3万元", 9)])

# p04 茺坪镇畜牧兽医站党支部: 问题清单 (UTF-16 LE BOM, CRLF) 问题1：…问题10： + 具体表现：; 整改要求 一、二、三、 not
# problems. Report (UTF-8): three themes of its own, each headed “（涉及反馈问题第…项）”; #9 never appears; dated 115 days on.
G["p04"] = dict(mode="pair", issues=10, unanswered=[9], must_flag=[
    F("unanswered-issue", 9, "问题9 (unanswered service phone, 7 of 19 complaints without reply) is in none of the three “涉及反馈问题” lists and has no measure anywhere."),
    F("late-report", None, "Feedback 2024-11-26, limit 三个月内 (2025-02-26); report dated 2025-03-21: 115 days. The report itself gives the change of 站长 as the reason."),
], must_not_flag=[
    F("weak-leadership", None, "The new 党支部书记、站长蒯立秋 heads the 整改工作小组 and is 第一责任人; deputies each lead a theme."),
    F("no-disclosure", None, "“整改情况将在站务公开栏和镇政府网站公开” (the 花名册 公示 in (二)2 is a separate, fee-related posting)."),
    F("inconsistent-claim", None, "24 measures = 21 done + 3 named ongoing ones; no count of problems is claimed."),
    F("unanswered-issue", 10, "Answered in (三)3 (2022年镇党委巡察指出的档案管理问题), listed as 第10项 in the theme heading."),
    F("unanswered-issue", 5, "Answered in (一)3 under the theme that lists it."),
    F("no-accountability", 6, "原站长厍德贵 诫勉谈话 by the 县农业农村局党组, removed from the post, 0.32万 repaid."),
    F("no-accountability", 4, "0.72万 recovered; the 报账员 批评教育."),
    F("no-accountability", 5, "The 官方兽医 loses 出证 for 3 months and is 批评教育."),
    F("no-accountability", 3, "1.9万 refunded; the 2 检疫员 who collected it 批评教育, and the 原站长's 诫勉谈话 expressly covers the fee."),
    F("no-mechanism", 4, "《村级防疫员劳务补助发放管理办法》 and bank payment."),
    F("no-mechanism", 8, "《站务财务收支管理办法》."),
    F("no-owner", 2, "Owner stated once per theme: 副站长逯安平 for (一)."),
    F("no-owner", 3, "副站长贡文杰 for (二)."),
    F("no-deadline", 7, "Theme (三)'s line: 2025年3月15日; 换届 done in January."),
], links=[
    L("全镇免疫密度提高到94%", 1), L("120瓶过期疫苗已交县动物疫病预防控制中心无害化处理", 2),
    L("已全部清退给缴费的养殖户", 3), L("2名离岗人员冒领的补助0.72万元已全部追回", 4),
    L("产地检疫一律到场查验", 5), L("县农业农村局党组对其进行诫勉谈话并调离站长岗位", 6),
    L("2025年1月完成党支部换届选举", 7), L("建立现金日记账", 8), L("聘请县档案馆人员上门指导", 10)])

# p05 荇城县残疾人托养服务中心党支部: 组长's 反馈会 speech (GB18030, CRLF), problems 第一，…第八，; the 究其原因 paragraph
# and 一要…三要 are not problems. Report (UTF-16 LE BOM): by DEPARTMENT (综合办公室 / 护理部 / 财务室), each with one
# 责任人 in its heading. PLAINLY WEAK.
G["p05"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[
    F("weak-leadership", None, "“中心召开会议进行了研究…由综合办公室牵头汇总”: no 领导小组, no 第一责任人, the 党支部书记 never appears, though 一要 asked for all three."),
    F("repeated-measure", 4, "财务室 1 (伙食结余 2.7万 used for welfare) is answered only by a study-and-discipline paragraph that is pasted word for word under 财务室 2."),
    F("repeated-measure", 6, "财务室 2 (购物卡 1.5万) repeats 财务室 1's paragraph after a different first clause."),
    F("no-owner", 2, "护理部's 责任人 is “护理部全体人员” — nobody in particular, while the other two departments name one person."),
    F("no-owner", 3, "Same heading: the fire-exit, bed-check and night-duty item has no person responsible."),
    F("no-accountability", 5, "19万 of supplies bought from a 副主任's relative's shop without 比价 or 回避: the answer is only 三家比价 and a supplier list; nothing on the 副主任, though 二要 said 该处理的人要处理."),
    F("no-disclosure", None, "三要 asked for publication on the 公开栏 and the 县残联网站; the report never publishes (the monthly 考勤公示 in 综合办公室 3 is attendance, not the rectification)."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-05-08, report 2025-08-01: 85 days."),
    F("inconsistent-claim", None, "The report claims no totals; each item's status matches its text."),
    F("no-owner", 1, "综合办公室主任钭美华 is named in the department heading."),
    F("no-owner", 4, "财务室负责人佴春燕 is named in the department heading (the gap on #4 is the pasted measure)."),
    F("no-accountability", 1, "1.6万 recovered; the 经办人 批评教育."),
    F("no-accountability", 8, "The 2 护理员 lose a month's 绩效 and are moved."),
    F("unanswered-issue", 7, "Answered, oddly, under 综合办公室 4 (专题研究托养安全, 补签责任书)."),
    F("no-deadline", 3, "“2025年6月15日前，已完成” (the gap on #3 is the owner)."),
], links=[
    L("追回冒领的1.6万元", 1), L("护理员与托养人员的配比调整到1:6", 2), L("清理消防通道杂物", 3),
    L("针对伙食费账目不清的问题", 4), L("今后护理用品采购一律三家比价", 5), L("针对发放节日购物卡的问题", 6),
    L("补签2024年、2025年党风廉政建设责任书", 7), L("安装人脸识别考勤机", 8)])

# p06 蓰江县泉源矿泉水有限公司党支部: formal 反馈意见 (UTF-8) 一、…八、 heading。detail; 整改意见 （一）–（四） in one
# paragraph, not problems. Report: public HTML 整改进展情况的通报 on the 县国资服务中心 site, regrouped into three 板块 of its
# own; #2 + #3 + #8 under one heading with (1)(2)(3), #5 + #6 under one heading. GOOD REPORT.
G["p06"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长璩景行 heads the 领导小组, 第一责任人, 4 推进会, 3 site checks."),
    F("late-report", None, "Feedback 2025-02-20, 通报 2025-05-16: 85 days."),
    F("no-disclosure", None, "A public 通报 (主动公开) with a comment period, phone, address and e-mail."),
    F("inconsistent-claim", None, "6 done + 2 named ongoing = 8, 75%; 警告1 + 诫勉2 + 批评4 + 调岗1 as itemised; 4.6万 + 1.3万; 6 new + 3 revised = the 9 rules of 下一步."),
    F("repeated-measure", 2, "The merged heading 3． has three distinct sub-items (1)(2)(3), one per problem."),
    F("repeated-measure", 8, "Same merged heading, its own sub-item (3)."),
    F("repeated-measure", 5, "Heading 5． merges #5 and #6 with distinct (1)(2)."),
    F("unanswered-issue", 8, "Answered in (3) 安全生产 inside the merged heading."),
    F("unanswered-issue", 6, "Answered in 5．(2), quoted as “经销商买单招待费”."),
    F("no-owner", 8, "“以上三项由副总经理鄢书恒牵头负责” after the three sub-items."),
    F("no-owner", 6, "The closing bracket of 5． names 璩景行."),
    F("no-deadline", 4, "2025-12-31, 持续推进 — a date, and named as ongoing in the totals."),
    F("no-accountability", 3, "2 质检员 批评教育."),
    F("no-accountability", 5, "4.6万 退缴; 总经理昝立川 诫勉谈话."),
    F("no-accountability", 6, "销售部经理 退赔1.3万 and 党内警告; 财务部经理 批评教育."),
    F("no-accountability", 7, "分管人事的副总经理 诫勉谈话; the 销售部经理 moved."),
    F("no-mechanism", 4, "《经销商授信和应收账款管理办法》."),
    F("no-mechanism", 8, "修订《安全生产责任制》《生产安全事故应急预案》."),
    F("copied-measure", 4, "The heading quotes the feedback (关于“销售和应收账款管理混乱”问题的整改) and the item then acts: 授信 rule, 146万 collected, 4 lawsuits."),
    F("copied-measure", 7, "Quoted heading “选人用人不规范”, then 补充考察, 诫勉谈话, a move and a rule."),
], links=[
    L("逐项补充履行党支部研究程序", 1), L("修复水源井周边防护栏420米", 2), L("调取同期留样逐批补检", 3),
    L("已收回146万元", 4), L("违规发放的福利4.6万元已全部退缴", 5), L("由销售部经理个人退赔1.3万元", 6),
    L("对2名未经考察公示提拔的中层干部补充考察", 7), L("2名锅炉操作人员停岗参加培训", 8)])

# p07 蕹溪县蘅湾水库渔业开发有限公司党支部: 反馈意见 (UTF-8, CRLF) with areas 一、二、三、…方面 and RESTARTING 1．2．(3．)
# (3 + 3 + 2 = 8); 整改意见 一是…四是 not problems. Report (DOCX): covering text with general sections (组织领导 /
# 追责问责 / 建章立制 / 下一步) + a Word-table 整改台账 grouped by DEPARTMENT; row 5 answers 二、1 and 二、2 together.
G["p07"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[
    F("copied-measure", 1, "Row 1 restates the feedback as a promise (全面落实水库生态养殖要求，按要求推进投饵网箱退出，按季度报送水质监测数据): nothing on the 46 网箱 or how."),
    F("no-mechanism", 3, "23.6万 of cash sales kept by the cashier: the money is banked and the cashier 批评教育, but no cash or collection rule is made, though 整改意见 二是 asked for 资金和资产管理制度 and the 建章立制 section lists rules for every other money matter."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长酆广田 heads the 领导小组, 第一责任人, 4 meetings, 2 site checks."),
    F("late-report", None, "Feedback 2024-09-05, report 2024-11-29: 85 days."),
    F("no-disclosure", None, "“整改情况已在公司公示栏和县国资中心网站公开”."),
    F("inconsistent-claim", None, "22 measures = 18 done + 4 ongoing; the two 正在推进 rows have later dates; no all-done claim."),
    F("repeated-measure", 4, "Row 5 answers 二、1 and 二、2 with distinct sentences (车辆 / 报销)."),
    F("repeated-measure", 5, "Same merged row."),
    F("unanswered-issue", 5, "Answered in row 5 (二、2 named in its 反馈问题 cell)."),
    F("no-accountability", 5, "The general 追责问责 section: 副总经理邝锡林 诫勉谈话; the row: 1.7万 returned."),
    F("no-accountability", 3, "The cashier 批评教育 in the 追责问责 section (the gap on #3 is the rule)."),
    F("no-accountability", 2, "The 追责问责 section: the former 经营部负责人 who let the water and piers without valuation 批评教育."),
    F("no-mechanism", 2, "《水面和码头资产出租管理办法》 and public 竞租."),
    F("no-mechanism", 4, "修订《“三重一大”决策制度实施办法》."),
    F("no-mechanism", 8, "《季节性用工管理办法》."),
    F("no-owner", 5, "Row 5: 董事长酆广田."),
    F("no-deadline", 2, "2025-06-30, 正在推进."),
    F("no-deadline", 1, "Row 1 has 2024-12-31 (the gap there is the copied measure)."),
], links=[
    L("按要求推进投饵网箱退出", 1), L("已到期的8处收回后重新公开竞租", 2), L("出纳个人保管的23.6万元现金已全部存入公司账户", 3),
    L("冷藏运输车购置事项补充提交党支部研究", 4), L("副总经理报销的1.7万元与业务无关费用已退回", 5),
    L("2艘作业船于10月完成年检", 6), L("支委会每月至少召开1次", 7), L("与31名季节性雇工签订劳务合同", 8)])

# p08 蘵山县党群服务中心党支部: 组长's speech (UTF-8) with three 从…看 paragraphs and RESTARTING inline 一是…三是 / 一是…
# 三是 / 一是…二是 (3 + 3 + 2 = 8); 一要…三要 not problems. Report (GB18030): five items, three of them quoted MERGED
# headings (#1+#4, #2+#6, #3+#5), then #7 and #8.
G["p08"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "“8个问题已全部整改到位…23项整改措施全部落实完毕”, while (三) says the 3.8万 transfer is 正在办理调账手续 and (五) leaves the 2.6万 绩效 待…明确意见后处理."),
    F("no-owner", 7, "(四), on the secretary's own duty, gives “责任领导：中心领导班子” — a body; every other item names one person."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任揭少琛 heads the 领导小组, 第一责任人, 3 meetings."),
    F("late-report", None, "Feedback 2025-06-05, report 2025-08-29: 85 days."),
    F("no-disclosure", None, "“整改情况已在中心网站公开” (the 开放时间 公示 in (一) is a separate notice)."),
    F("repeated-measure", 1, "(一) merges #1 and #4 with distinct measures (窗口轮值 / 场馆使用办法)."),
    F("repeated-measure", 4, "Same merged heading."),
    F("repeated-measure", 2, "(二) merges #2 and #6 with distinct measures."),
    F("repeated-measure", 6, "Same merged heading."),
    F("unanswered-issue", 4, "Answered in (一), quoted in its heading."),
    F("unanswered-issue", 6, "Answered in (二), quoted in its heading."),
    F("unanswered-issue", 5, "Answered in (三) (展陈提升项目拆分合同), paraphrased in its heading."),
    F("no-accountability", 6, "1.2万 退缴; 县纪委监委 诫勉谈话 for the 副主任; 科长 批评教育."),
    F("no-accountability", 4, "0.6万 入账; 经手人 批评教育."),
    F("no-accountability", 5, "办公室主任 诫勉谈话."),
    F("no-accountability", 3, "The 财务人员 who let the 3.8万 through 批评教育 (the transfer itself is still pending — part of the claim gap)."),
    F("no-mechanism", 4, "《党群服务中心场馆使用管理办法》."),
    F("no-mechanism", 5, "《政府采购内部控制办法》."),
    F("no-owner", 1, "副主任牟清远."),
    F("no-deadline", 8, "2025-08-31 (the gap there is the all-done claim)."),
    F("copied-measure", 1, "The merged heading quotes the feedback's words, but the measures are the centre's own acts (2 staff on rota, opening times posted)."),
], links=[
    L("一楼“两新”组织服务窗口配备2名工作人员轮值", 1), L("培训签到改为扫码", 2), L("将3.8万元调回“两新”党建工作经费", 3),
    L("场馆只用于党群活动和公益活动，禁止商业推介", 4), L("补充履行中心集体研究和县财政局采购备案程序", 5),
    L("超标准部分1.2万元，已由负责组织培训的副主任和培训科科长全部退缴", 6), L("为全体党员讲专题党课1次", 7),
    L("已停止向2名借调人员发放绩效", 8)])

# p09 葖岭县中小学生心理健康教育指导中心党支部: 反馈意见 (UTF-8) with 1．–7． heading lines + 具体表现：; 二、整改意见 （一）–（三）
# not problems. Report (UTF-8): general sections (提高思想认识 / 扎实推进整改 一是…五是 by paraphrase / 加强自身建设); two
# problems missing; dated 133 days on. PLAINLY WEAK.
G["p09"] = dict(mode="pair", issues=7, unanswered=[4, 6], must_flag=[
    F("unanswered-issue", 4, "The 4.6万 “心理测评系统使用费” charged to 23 schools is never mentioned."),
    F("unanswered-issue", 6, "The 7 meals at 农家乐 paid by schools are never mentioned; section 三 speaks only of training and service."),
    F("vague-measure", 2, "二是 on the hotline is slogans only (进一步加强…管理，切实提升…质量和水平…): no night or holiday duty, no call log."),
    F("no-deadline", 1, "一是 leaves 15 of the 41 high-risk students without a tracking file, with “完成时限：视学校配合情况逐步推进” — no date; the other items have one."),
    F("no-accountability", 3, "9.6万 of the special fund spent on the office: the report only re-books it to 公用经费 and promises 专款专用; nobody is dealt with, though 整改意见（二） asked to 依规依纪处理相关人员."),
    F("late-report", None, "Feedback 2024-12-03, limit 三个月内; report dated 2025-04-15: 133 days."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任栾映雪 heads the 领导小组 and is 第一责任人 (3 meetings) — the lead is there, the substance is thin."),
    F("no-disclosure", None, "“整改情况已在中心网站公布”."),
    F("inconsistent-claim", None, "No totals are claimed; statuses match the items."),
    F("no-mechanism", 5, "《学生心理档案管理办法》."),
    F("no-owner", 1, "副主任滕嘉木 (the gap on #1 is the time limit)."),
    F("no-deadline", 7, "“2025年1月起，长期坚持” for standing branch life."),
    F("no-deadline", 2, "“2025年3月底前” (the gap on #2 is the slogan measure)."),
    F("vague-measure", 3, "Ends with the slogan 确保专款专用 but first does something concrete: the 9.6万 is re-booked to 公用经费 (the gap on #3 is accountability)."),
    F("vague-measure", 5, "Concrete: 3 locked cabinets, a 档案管理办法, signed loans."),
], links=[
    L("已为其中的26名补建跟踪档案", 1), L("进一步加强心理援助热线管理", 2), L("已将装修支出9.6万元调整至中心公用经费列支", 3),
    L("购置密码档案柜3组", 5), L("恢复独立的支部组织生活", 7)])

# p10 萳州市文物考古研究所党总支 (city level): DOCX 反馈意见 with bold areas 一、二、三、 and bold problem headings （一）…
# RESTARTING in each area (4 + 5 + 3 = 12), each followed by a detail paragraph; 四、整改意见 （一）–（三） are not problems.
# Report (GB18030, CRLF): two ｜-row ledgers by STATUS (已完成 / 持续), rows tagged with the feedback's area+item
# numbers, two merged rows (二（三）+二（四）, 一（二）+一（三）).
G["p10"] = dict(mode="pair", issues=12, unanswered=[], must_flag=[
    F("no-mechanism", 6, "Row 3 (14.3万 of cash labour pay with look-alike signatures) recovers 0.9万 and warns the 领队 but makes no payment rule, though 整改意见（二） asked for rules on 劳务费发放 and every other money row names one."),
    F("no-disclosure", None, "整改意见（三） asked for publication; the report never publishes (the fee table 公示 in row 2 is a price notice, not the rectification)."),
], must_not_flag=[
    F("weak-leadership", None, "党总支书记、所长覃望舒 heads the 领导小组, 第一责任人, 5 推进会, 直接督办."),
    F("late-report", None, "Feedback 2025-07-10, report 2025-09-26: 78 days."),
    F("inconsistent-claim", None, "12 = 8 done + 4 named ongoing, matching the two ledgers; 诫勉2 (领队, 副所长) + 批评4 (科长, 驾驶员, 课题负责人, 信息员) + 提醒1 (田野考古部负责人); 27万/0.9万/3.6万; 4 new + 2 revised rules."),
    F("no-accountability", 1, "Row 1: 提醒谈话 for the head of the 田野考古部 who signed the opinions, and all 5 plots surveyed."),
    F("repeated-measure", 7, "Row 4 answers 二（三） and 二（四） with distinct clauses (车辆 / 课题经费)."),
    F("repeated-measure", 8, "Same merged row."),
    F("repeated-measure", 2, "Row 8 answers 一（二） and 一（三） with distinct clauses (报告 / 移交)."),
    F("unanswered-issue", 3, "Answered in merged row 8."),
    F("unanswered-issue", 8, "Answered in merged row 4."),
    F("no-accountability", 6, "0.9万 recovered; the 发掘领队 诫勉谈话 (the gap on #6 is the rule)."),
    F("no-accountability", 9, "3.6万 退缴; 市文化和旅游局党组 诫勉谈话."),
    F("no-accountability", 5, "27万 refunded; 财务科科长 批评教育."),
    F("no-mechanism", 5, "《考古勘探收费管理办法》."),
    F("no-mechanism", 7, "修订《公务用车管理办法》."),
    F("no-mechanism", 12, "《新媒体信息发布审核办法》."),
    F("no-deadline", 3, "Row 8: “移交2026年6月30日”."),
    F("no-deadline", 11, "2026-06-30, 持续推进."),
], links=[
    L("对5宗未完成勘探即出具意见的地块全部补做调查勘探", 1), L("对11个积压项目逐一明确报告编写负责人", 2),
    L("与市博物馆签订出土文物移交协议", 3), L("与市教育局合作把研学基地纳入中小学研学线路", 4),
    L("多收的27万元已退还18家建设单位", 5), L("查实2名技工的劳务费被他人代签冒领共0.9万元", 6),
    L("3次私用公车的驾驶员按里程补交费用", 7), L("与课题无关的5.2万元支出已调整至单位公用经费", 8),
    L("该副所长已辞去民营文化公司兼职", 9), L("2个野外工作党支部恢复组织生活", 10),
    L("2025年公开招聘考古专业人员4名", 11), L("删除相关图片", 12)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
