"""Write p01..p10/gold.json (dev-pairs gold format) for dev124. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev108/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. Where each problem is answered in the report (heading or
paragraph) is declared in check.py (WHERE / SECTIONS), which checks that every link below falls in a declared place.
Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蘘阳县税务局第一税务分局（办税服务厅）党支部 (县局党委 internal round): formal 反馈意见, areas （一）…方面 with continuous
# 1．–10． heading。detail; 二、整改意见 not problems. Report: answers BY POST (five 岗位板块, each with one owner line and the
# feedback numbers it covers), in another order, #2 #3 #5 together, #7–#10 together, rules again in 三、建章立制. GOOD REPORT.
G["p01"] = dict(issues=10, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、局长禚怀远 heads the 领导小组 as 第一责任人, leads #6 and the party items himself, 4 meetings, 2 visits to the hall at peak."),
    F("late-report", None, "Feedback 2025-04-22, report 2025-07-08: 77 days."),
    F("no-disclosure", None, "Published on the 县税务局门户网站 with a 监督电话."),
    F("inconsistent-claim", None, "“10个问题中8个已完成整改，第8项、第9项…转入长期坚持” — the items agree: eight dated 已完成, #8 and #9 长期坚持."),
    F("unanswered-issue", 2, "Answered inside the 综合服务窗口 block as “缩短等候时间” (潮汐窗口, 17 minutes, 事项清单 corrected), together with #3 and #5."),
    F("unanswered-issue", 3, "Answered in the same block (周六值守表, 叫号系统登记) and again in 三、 by its rule."),
    F("unanswered-issue", 4, "Answered under the report's own 自助办税区 heading, fourth in the report."),
    F("unanswered-issue", 7, "Answered last, as “经费方面（第7项）” at the end of the 党建和综合保障 block, and again in 三、."),
    F("no-owner", 1, "The block heading names 副局长阚明澍 once for the block; that is the owner."),
    F("no-owner", 7, "Block heading: 责任领导：党支部书记禚怀远."),
    F("no-deadline", 8, "“此项转入长期坚持” after two dated study sessions: a standing task."),
    F("no-deadline", 9, "Checklist to be reconciled “9月底前”, then 长期坚持."),
    F("no-mechanism", 3, "《办税服务厅延时服务和预约办税值守规定》 in 三、建章立制."),
    F("no-mechanism", 6, "《代开发票作废重开审核办法》 in 三、, double handling written into it."),
    F("no-accountability", 5, "Two window staff made 书面检查, were 批评教育 by the deputy and moved to back office for a month."),
    F("no-accountability", 6, "All 23 invoices checked with the taxpayers: input errors, nothing improper; the two clerks had a 提醒谈话."),
    F("no-accountability", 7, "Missing acceptance forms and late approvals: a procedure failing, put right; no sanction needed."),
    F("no-accountability", 2, "Waiting times: a service failing."),
    F("repeated-measure", 5, "Shares a block heading with #2 and #3 but has its own measures (回访, 检查, 告知单)."),
], links=[
    L("举办专场辅导4场", 1), L("统一答复口径23条", 1),
    L("增设“潮汐窗口”2个", 2), L("更正5项事项名称", 2),
    L("排定周六预约服务值守表", 3), L("延时服务改为叫号系统自动登记", 3), L("制定《办税服务厅延时服务和预约办税值守规定》", 3),
    L("3台已由维保公司修复", 4), L("约定故障48小时内到场", 4),
    L("对5件超期答复的投诉逐件回访纳税人", 5), L("副局长阚明澍对其进行了批评教育", 5), L("窗口推行“一次性告知单”", 5),
    L("对23份缺少书面说明的作废重开发票逐份核查", 6), L("作废重开改由经办人和复核人两人办理", 6),
    L("对2名经办人员进行了提醒谈话", 6), L("制定《代开发票作废重开审核办法》", 6),
    L("6笔采购已由办公室会同使用人补做验收", 7), L("修订《办公用品采购验收管理规定》", 7),
    L("每次集中学习指定1名中心发言人", 8),
    L("6月召开专题组织生活会", 9), L("会后逐条形成整改清单", 9),
    L("明确支部宣传委员郗若岚负责", 10), L("制定《信息发布审核制度》", 10)])

# p02 蕖山县城市排水有限公司党支部 (县委 round, state firm): DOCX 反馈意见, bold areas with RESTARTING 1．2．3．(4．) → 3 + 4 + 3;
# bold 四、整改意见 not problems. Report: DOCX answers BY STATUS (立行立改 / 限期整改 / 长期坚持) under paraphrased 关于… headings,
# #1 answered twice (限期整改 and 长期坚持), 五、建章立制, a slogan section, and an annex Word-table 台账 whose 序号 runs in the
# report's own order (not the feedback's) with short restatements.
G["p02"] = dict(issues=10, unanswered=[], must_flag=[
    F("no-accountability", 4, "Three years of 管网疏通 work (186万元) given without 比选 to a firm part-owned by the 总经理's brother-in-law: the report ends the contract, re-tenders it, recovers 4.6万元 and writes a 比选办法, but holds nobody to account, though 整改意见（二） asked to 分清责任…该处理的处理."),
    F("no-owner", 3, "The 许可 item （三） names nobody and its ledger row's 责任领导 cell is “—”; every other problem has a named leader in the prose or the ledger."),
    F("inconsistent-claim", None, "“立行立改的4个问题已全部整改完成” and ledger row 1 “已完成”, while item （一） says 26万元 of the 112万元 is still being reconciled with the 水务集团 and will be paid later."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长冼靖川 heads the 领导小组 as 第一责任人, 5 meetings, 3 site visits; deputies lead their areas."),
    F("late-report", None, "Feedback 2024-12-03, report 2025-02-28: 87 days."),
    F("no-disclosure", None, "“本报告已在县国资委门户网站公开” with a phone number."),
    F("no-accountability", 5, "Two drivers 批评教育 and docked a month's 绩效."),
    F("no-accountability", 6, "The deputy who signed alone made a 书面检查."),
    F("no-accountability", 7, "The finance head made a 书面检查."),
    F("no-accountability", 1, "Slow works: a progress failing."),
    F("no-accountability", 9, "No new members: a party-building failing."),
    F("unanswered-issue", 1, "Answered in 三（一） (东门片区开工), again in 四（三） (2025—2027 plan) and in ledger row 5."),
    F("unanswered-issue", 10, "Answered first, as the 立行立改 item “关于审计遗留问题”, and in ledger row 4."),
    F("copied-measure", 7, "The heading restates the problem, then acts: 86万元 paid in, 月收月缴, a 书面检查."),
    F("no-mechanism", 4, "《外包业务比选管理办法》 in 五、 (the gap there is accountability)."),
    F("no-mechanism", 6, "《工程变更签证管理办法》 and 集体研究 above 5万元."),
    F("no-deadline", 8, "长期坚持 for a standing duty."),
    F("no-deadline", 7, "The prose item has no date; the ledger gives 2025年1月31日."),
    F("no-owner", 7, "Owner only in the ledger: 财务总监甘若舟."),
    F("no-owner", 5, "Owner only in the ledger: 副总经理扈云阶."),
], links=[
    L("东门片区改造已于2025年1月6日开工", 1), L("纳入公司2025—2027年管网改造计划", 1), L("东门片区开工，倒排工期", 1),
    L("3台移动泵车已全部试机", 2), L("增设截流井2座", 2), L("泵车试机，物资重新建账", 2),
    L("对9件超时件逐件倒查原因", 3), L("办理时限由承诺的10个工作日压缩到5个工作日", 3), L("倒查超时原因，5个工作日办结", 3),
    L("公司已终止与该清淤公司的合作", 4), L("核减多结算的4.6万元", 4), L("制定《外包业务比选管理办法》", 4), L("终止合作，公开招标", 4),
    L("2台抢修车自反馈次日起统一停放公司车库", 5), L("对2名驾驶员进行批评教育", 5), L("修订《车辆使用管理规定》", 5),
    L("车辆入库停放，凭单出车", 5),
    L("对3个项目的变更签证重新组织审核", 6), L("分管副总经理作出书面检查", 6), L("制定《工程变更签证管理办法》", 6),
    L("重新审核，超5万元集体研究", 6),
    L("代收费改为“月收月缴”", 7), L("公司财务部负责人作出书面检查", 7), L("制定《代收污水处理费管理办法》", 7),
    L("86万元缴入财政，余款核对后缴入", 7),
    L("支委会固定为每月第一周召开", 8), L("固定支委会和主题党日时间", 8),
    L("已有5人递交入党申请书", 9), L("积极分子3名，明确培养联系人", 9),
    L("17台（套）未入账设备已全部登记入账", 10), L("17台（套）设备登记入账", 10)])

# p03 蘅南省博物院党委 (省文化和旅游厅党组 round): 组长's 反馈会 speech (CRLF), three 从…看 paragraphs with inline 一是… RESTARTING
# (3 + 4 + 3); 一要…三要 not problems. Report (GB18030): answers BY THE LEADER IN CHARGE (six 领办 blocks), problems named by
# the report's own running number （第N项） and a paraphrase, in another order; 三、建章立制 names rules by number. LATE.
G["p03"] = dict(issues=10, unanswered=[8], must_flag=[
    F("late-report", None, "Feedback 2024-11-26 with a 三个月内 limit (2025-02-26); the report is dated 2025-03-14: 108 days."),
    F("unanswered-issue", 8, "文物修复 has 2 technicians, both over 55, and nobody to follow them: no leader's block takes it, and neither 三、 nor 四、 says anything about staff."),
    F("copied-measure", 2, "（四）'s whole answer turns the problem back into intentions (进一步推动…向基层延伸，扩大…覆盖面，加大送展下基层的力度，让基层群众看得到、进得来 — the feedback's own quote): no exhibition, school, county or number."),
    F("no-deadline", 3, "The 库房和消防 item has neither a 完成时限 nor a status, while every other item has one."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记邴怀章 heads the 领导小组 as 第一责任人, leads #4 and #10 himself, 7 meetings; every item sits under a named leader."),
    F("no-disclosure", None, "“整改情况已在蘅南省博物院官方网站公开” with a 监督电话."),
    F("no-accountability", 4, "Off-book account: the 文创部主任 made a 检查 and was 批评教育."),
    F("no-accountability", 5, "Over-standard hotels: money returned, the checking clerk 批评教育."),
    F("no-accountability", 6, "Split procurement: the 展陈部主任 诫勉谈话."),
    F("no-accountability", 7, "“专家咨询费” to own staff: all 17.8万元 returned, 诫勉谈话 for the approving office head, 9 people 批评教育."),
    F("no-accountability", 10, "Missing 民主推荐: 提醒谈话 for the then personnel head and a written account to the 厅党组."),
    F("no-accountability", 1, "Slow digitisation: a progress failing."),
    F("no-accountability", 3, "Register gaps and a weak hydrant: a safety failing answered with controls."),
    F("no-mechanism", 4, "《文创产品经营管理办法》."),
    F("no-mechanism", 6, "《政府采购内部控制规定》."),
    F("no-mechanism", 7, "《劳务费和专家咨询费发放管理规定》."),
    F("no-owner", 3, "Block heading: 副院长逄叙白 (the gap there is the time limit)."),
    F("no-owner", 2, "Block heading: 副院长仉清漪 (the gap there is the copied text)."),
    F("unanswered-issue", 10, "Answered second in the 党委书记's block, before #6 and #1, and again in 三、."),
    F("unanswered-issue", 1, "Answered in the 院长's block after #6."),
], links=[
    L("新组建2个数字化工作组", 1), L("已完成的数据全部补传省级平台", 1),
    L("扩大流动展和研学活动的覆盖面", 2),
    L("库房改为电子门禁和纸质登记双重记录", 3), L("水压不足的消防栓已更换", 3),
    L("文创部在外开设的账户已于2024年12月18日撤销", 4), L("文创部主任在院党委会上作出检查", 4), L("制定《文创产品经营管理办法》", 4),
    L("住宿费2.6万元已由相关人员全部退回", 5), L("出差审批单增加住宿标准栏", 5), L("修订《差旅费管理实施细则》", 5),
    L("尚未签约的2个标段已合并", 6), L("对负责项目采购的展陈部主任进行诫勉谈话", 6), L("制定《政府采购内部控制规定》", 6),
    L("已由领取人员全额退回", 7), L("对审批发放的时任办公室主任进行诫勉谈话", 7), L("制定《劳务费和专家咨询费发放管理规定》", 7),
    L("制定支部组织生活年度计划", 9), L("院党委每季度抽查一次支部记录", 9),
    L("对没有经过民主推荐的2人补做民主推荐", 10), L("对时任人事处处长进行提醒谈话", 10), L("修订《中层干部选拔任用工作办法》", 10)])

# p04 蕙阳职业技术学院后勤管理处党总支 (学院党委 round): HTML news page, problems inline 一是…十是 in one paragraph; 一要…三要 and the
# 表态 are not problems. Report: public HTML 通报 (信息公开网, 索引号 table) answering BY BUSINESS AREA (five 板块 headings, each
# naming the feedback items it covers 第一、五、七项 …), with one paragraph pasted under two 板块 and a slogan 党建 板块.
G["p04"] = dict(issues=10, unanswered=[], must_flag=[
    F("repeated-measure", 2, "The 宿舍和维修 板块's answer to slow repairs is the 回访 paragraph (建立服务质量回访机制，每月从服务记录中随机抽取20%进行电话回访…) that is pasted word for word under the 物业 板块; nothing on the 7-day response time."),
    F("repeated-measure", 4, "The 物业 板块's whole answer is the same pasted paragraph: no headcount check, no deduction for the missing cleaners."),
    F("vague-measure", 8, "The 党建 板块 is slogans only (进一步加强…切实提高…推动…深度融合…不断增强…): nothing on the two untrained secretaries or the 代签 records."),
], must_not_flag=[
    F("weak-leadership", None, "党总支书记、处长琴向东 is 第一责任人, heads the 领导小组, 6 meetings, 4 site checks; deputies lead the 板块."),
    F("late-report", None, "Feedback 2024-12-24, 通报 2025-03-17: 83 days."),
    F("no-disclosure", None, "A 主动公开 通报 on the college's 信息公开网 with phone and e-mail."),
    F("inconsistent-claim", None, "8 done + #3 and #8 continuing = 10; 12.28万 = 11 + 0.36 + 0.92; 批评教育3人 (the repairmen), 书面检查1人 (the 处长)."),
    F("unanswered-issue", 2, "Answered, if only by the pasted paragraph."),
    F("unanswered-issue", 4, "Answered, if only by the pasted paragraph."),
    F("unanswered-issue", 7, "Answered as 3． of the 膳食服务 板块."),
    F("unanswered-issue", 10, "Answered as 3． of the 宿舍和维修 板块."),
    F("no-accountability", 5, "The 处长 who signed the rent waiver alone made a 书面检查 to the 学院党委."),
    F("no-accountability", 6, "Materials taken home: returned or paid for (0.36万元) and the 3 repairmen 批评教育."),
    F("no-accountability", 1, "Prices above market: a purchasing failing, answered with 比价."),
    F("no-accountability", 9, "An out-of-date gas test: a safety failing."),
    F("no-mechanism", 5, "《食堂经营场地租金管理规定》 revised."),
    F("no-mechanism", 6, "《维修材料出入库管理制度》."),
    F("no-mechanism", 10, "《零星维修工程结算审核办法》 and 先审核、后付款."),
    F("no-owner", 8, "牵头人：党总支副书记冼秋白 (the gap there is the slogan text)."),
    F("no-deadline", 3, "完成时限：2025年8月31日 for the remaining meters."),
], links=[
    L("改为每月向3家以上供应商询价", 1), L("制定《食材采购询价比价办法》", 1),
    L("针对报修响应慢的问题", 2),
    L("安装分项计量电表和水表46块", 3), L("漏水点已修复", 3), L("《能源计量管理办法》", 3),
    L("针对物业服务监管不到位的问题", 4),
    L("提交学院党委会复议", 5), L("其余11万元由承包商于2025年2月补缴", 5), L("向学院党委作出书面检查", 5),
    L("修订《食堂经营场地租金管理规定》", 5),
    L("维修材料库启用扫码出入库", 6), L("3名维修人员已退回或按价赔偿0.36万元", 6), L("《维修材料出入库管理制度》", 6),
    L("挂账的1.8万元餐费已由接待部门按公务接待规定审核结算", 7), L("食堂自2025年1月起一律不接受挂账", 7),
    L("党总支将进一步加强对所属支部的指导", 8),
    L("对食堂燃气管道重新检测", 9), L("燃气设施每月由保卫处和后勤管理处联合检查一次", 9),
    L("补做结算审核，核减0.92万元", 10), L("零星维修工程一律先审核、后付款", 10), L("《零星维修工程结算审核办法》", 10)])

# p05 蕖州市港口管理局蕖西港区分局党支部 (市交通运输局党组 round): 问题清单 (UTF-16 LE) 问题1：…问题11： + 具体表现：; 整改要求 1．–3．
# not problems. Report: answers BY NUMBER ONLY (（N）反馈问题第X项), in another order, two merged pairs (第2项、第10项; 第4项、第7项),
# an 举一反三 section answering #2 and #4 again, and a ｜ ledger in feedback numbers that silently skips 9.
G["p05"] = dict(issues=11, unanswered=[9], must_flag=[
    F("unanswered-issue", 9, "Young cadres with no rotation and 5 of 8 without an 执法证: no item names 第9项, nothing answers it, and the ledger's 序号 jumps from 8 to 10."),
    F("weak-leadership", None, "No 领导小组 and no 第一责任人: the report “按照职责将反馈问题分解到各科室落实，由办公室统一收集整改材料”; the 党支部书记 and the 分局长 never appear and every owner is a 科室, though 整改要求1 asked 书记要亲自抓、班子成员对分管的问题负责."),
    F("no-mechanism", 5, "Expired 保安计划: only the three plans are redone; nothing checks expiry dates in future, while #3 (规程), #4 (细则), #6 (审批制度) and #7 (缴款码) each get a lasting rule."),
    F("no-deadline", 11, "The 档案 item has no time limit (“档案整理工作持续推进”) and its ledger row's 完成时限 is “—”; every other item has a date or 长期坚持."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-01-16, report 2025-04-11: 85 days."),
    F("no-disclosure", None, "Published in the 港口管理局 website's “巡察整改” column (核查结果在分局网站公示 is a licensing notice, not this)."),
    F("inconsistent-claim", None, "“已完成整改8项，2项持续推进” matches the items and the ledger (#1 and #11 推进中); no total of 11 is claimed."),
    F("unanswered-issue", 10, "Answered with #2 under “反馈问题第2项、第10项” (记录仪全程开启, 96%)."),
    F("unanswered-issue", 7, "Answered with #4 under “反馈问题第4项、第7项” (缴款码, no cash)."),
    F("unanswered-issue", 11, "Answered as （七） by number only."),
    F("no-accountability", 1, "The 港政科科长 made a 书面检查 for the verbal-warning-only handling."),
    F("no-accountability", 6, "局党组 提醒谈话 for the then deputy, 书面检查 for 2 boatmen."),
    F("no-accountability", 7, "Two officers 批评教育 for late cash."),
    F("no-accountability", 3, "Missed annual checks: a work failing."),
    F("no-accountability", 11, "File gaps: a records failing."),
    F("no-mechanism", 3, "《港口经营人年度核查工作规程》."),
    F("no-mechanism", 4, "《行政处罚自由裁量权适用细则》."),
    F("no-deadline", 8, "长期坚持."),
    F("repeated-measure", 10, "Merged heading with #2, but its own measure (记录仪, 每月抽查)."),
], links=[
    L("向2家超范围占用岸线的企业下达责令改正通知书", 1), L("港政科科长作出书面检查", 1), L("下达责令改正通知，已恢复岸线180米", 1),
    L("危险货物码头的安全检查改为“双随机”方式", 2), L("开展了一次安全隐患全面排查", 2), L("“双随机”检查，外聘专家参加", 2),
    L("对2024年未年度核查的5家港口经营人补做核查", 3), L("制定《港口经营人年度核查工作规程》", 3),
    L("补做核查，注销停业企业许可", 3),
    L("对2024年缺少现场勘验笔录的6件案件逐件复查", 4), L("制定分局《行政处罚自由裁量权适用细则》", 4),
    L("对2022年、2023年的执法案卷全面评查", 4), L("复查6件案件，制定裁量细则", 4),
    L("督促3家码头重新开展港口设施保安评估并修订保安计划", 5), L("3家码头重新评估报审", 5),
    L("执法艇出航实行审批制度", 6), L("由局党组对其进行提醒谈话", 6), L("出航审批，日志如实填写", 6),
    L("罚款一律通过非税收入缴款码缴纳", 7), L("对当场收取现金且未按时上缴的2名执法人员进行批评教育", 7), L("改用缴款码，不收现金", 7),
    L("组织党员到危险货物码头开展“党员安全监督岗”活动", 8), L("结合港口安全和执法规范开展", 8),
    L("现场检查和执法全程开启执法记录仪", 10), L("全程开启，每月抽查", 10),
    L("存放在个人办公桌内的档案全部收回档案室", 11), L("补齐材料，重新归档", 11)])

# p06 茈水县金融押运有限公司党支部 (县委 round, state firm): formal 反馈意见 （一）–（十） heading。detail (GB18030, CRLF); 二、整改意见
# not problems. Report (UTF-16 LE): problems MERGED into five own 专题 headings (two or three each, one 牵头领导 per 专题), items
# in another order, rules again in 三、, the unfinished debt again in 四、下一步. GOOD REPORT.
G["p06"] = dict(issues=10, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长冉望舒 is 第一责任人, leads two 专题 himself, 6 meetings, 3 night checks; 三张清单, 销号."),
    F("late-report", None, "Feedback 2025-03-11, report 2025-06-03: 84 days."),
    F("no-disclosure", None, "县国资委门户网站 with a 监督电话."),
    F("inconsistent-claim", None, "9 done + #10 in court = 10; 4 people dealt with = 值班人员 + 蒙长庚 + 车管员 + 人力资源部经理; 2.7万元 and 41万元 match the items."),
    F("unanswered-issue", 9, "Answered as 3． of the 押运安全专题, beside #1 and #2."),
    F("unanswered-issue", 4, "Answered second in the 决策和采购专题, after #6."),
    F("unanswered-issue", 10, "Answered in the 经营收费专题 and again in 四、下一步打算."),
    F("no-accountability", 5, "2.7万元 returned, the HR manager 批评教育."),
    F("no-accountability", 6, "The 总经理 made a 书面检查 at the branch meeting."),
    F("no-accountability", 4, "Repair costs checked, 1.3万元 cut, the vehicle clerk 提醒谈话."),
    F("no-accountability", 10, "Clients' unpaid fees: sued for, no staff wrongdoing."),
    F("no-accountability", 8, "A party-building failing."),
    F("no-deadline", 10, "2025年9月30日, in court."),
    F("no-owner", 9, "专题 heading: 牵头领导 党支部书记、董事长冉望舒."),
    F("no-mechanism", 2, "《枪支弹药管理规定》 revised, 双人双锁."),
    F("no-mechanism", 5, "《夜班补助发放办法》, pay by 排班表 and 考勤."),
    F("repeated-measure", 1, "Shares the 专题 heading with #2 and #9; its own measures."),
    F("repeated-measure", 9, "Same."),
], links=[
    L("监控中心夜间改为2人值班", 1), L("对2024年多次离岗的1名值班人员进行批评教育", 1), L("修订《押运监控中心值班制度》", 1),
    L("枪弹库实行“双人双锁”", 2), L("《枪支弹药管理规定》", 2),
    L("制定统一收费标准", 3), L("制定《押运服务收费管理办法》", 3),
    L("押运车辆维修改为每年比选确定2家定点维修厂", 4), L("核减不实项目费用1.3万元", 4),
    L("对负责车辆维修的车管员进行提醒谈话", 4), L("《车辆定点维修比选办法》", 4),
    L("多领的夜班补助2.7万元已全部退回", 5), L("改为按排班表和考勤记录据实发放", 5),
    L("对审核发放的人力资源部经理进行批评教育", 5), L("《夜班补助发放办法》", 5),
    L("购置押运车事项由党支部补充研究", 6), L("总经理蒙长庚在党支部会议上作出书面检查", 6),
    L("修订《“三重一大”事项决策实施细则》", 6),
    L("补做2人背景审查", 7), L("今后招录须背景审查、体检和政审全部合格后方可上岗", 7),
    L("党员大会改为每季度召开", 8), L("5个押运班组全部设立党员先锋岗", 8),
    L("4月组织全员实弹射击训练1次", 9), L("4名未考核的押运员已补考合格", 9),
    L("1家已支付41万元", 10), L("已于4月向县人民法院起诉", 10), L("判决后及时申请执行", 10)])

# p07 莼阳县滩涂围垦管理站党支部 (县自然资源局党组 round): DOCX 反馈意见 with bold heading lines （一）–（九） + detail paragraphs;
# 二、整改要求 一要…三要 not problems. Report (UTF-8 CRLF): a general 思想认识 section that answers nothing, items under
# paraphrased 方面 headings, #1 and #5 answered again in 三、举一反三, a slogan 下一步. LATE, nothing published.
G["p07"] = dict(issues=9, unanswered=[], must_flag=[
    F("no-accountability", 2, "Four of eleven renewed fish-pond leases went to the 副站长's relatives at 2015 rents: the report re-lets them by tender and adds a 回避 rule, but nobody — not the 副站长, not whoever renewed the leases — is held to account, though 整改要求二 named 养殖承包 for 严肃处理."),
    F("no-disclosure", None, "Nothing is published or to be published, though 整改要求三 said 按规定向社会公开."),
    F("late-report", None, "Feedback 2024-08-20 with a 三个月内 limit (2024-11-20); the report is dated 2024-12-02: 104 days."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、站长籍鸿川 heads the 领导小组 as 第一责任人 and leads #2 and #5; every item names a leader."),
    F("inconsistent-claim", None, "No totals claimed; each item states its own status."),
    F("unanswered-issue", 1, "Answered in （一） and again in 三、一是 (28.6公里 排查)."),
    F("unanswered-issue", 5, "Answered in （五） and again in 三、二是 (自查, 《专项资金使用管理办法》)."),
    F("no-accountability", 5, "The 站长 made a 书面检查 as signer, the bookkeeper 批评教育, the 18万元 put back."),
    F("no-accountability", 8, "Two patrol staff 批评教育 and moved off patrol."),
    F("no-accountability", 3, "The 围塘 were built by outsiders: 立案查处 is the answer."),
    F("no-accountability", 4, "Slow planting: a progress failing."),
    F("no-mechanism", 2, "《围垦区滩涂养殖承包管理办法》 with 回避 (the gap there is accountability)."),
    F("no-mechanism", 5, "《专项资金使用管理办法》 in 三、举一反三."),
    F("no-deadline", 7, "长期坚持."),
    F("vague-measure", 7, "Monthly fixed meetings and on-the-spot minutes: concrete, though short."),
], links=[
    L("汛期海堤巡查改为每天1次", 1), L("2处堤身裂缝已于9月完成灌浆加固", 1), L("对全县28.6公里海堤逐段排查", 1),
    L("11宗续包合同到期后一律公开招租", 2), L("制定《围垦区滩涂养殖承包管理办法》", 2),
    L("对3起私自筑坝围塘行为全部立案查处", 3),
    L("10月至11月补植65亩", 4),
    L("已从站公用经费中调剂归还海堤维修专项资金", 5), L("在党支部会议上作出书面检查", 5),
    L("对2021年以来全部专项资金支出进行自查", 5), L("制定《专项资金使用管理办法》", 5),
    L("9份合同已全部送县司法局法律顾问补做审查", 6), L("今后合同签订前一律经法律审核", 6),
    L("支部每月固定召开支委会和主题党日", 7),
    L("工作日志与车辆轨迹每周比对", 8), L("对日志照抄的2名巡查人员进行批评教育", 8),
    L("为5座排涝闸站建立运行和维护台账", 9)])

# p08 荏台县电子商务公共服务中心党支部 (县商务局党组 round): HTML news page (GB18030), all problems in one “但也存在…；…等问题”
# sentence (9). Report: the principal leader's FIRST-PERSON report, problems regrouped under five own “把…” headings by
# paraphrase only (no numbers), with inline 一是…三是, a general 反思 section.
G["p08"] = dict(issues=9, unanswered=[], must_flag=[
    F("no-accountability", 3, "The 直播基地 let for years at 40% below valuation to the 主任's classmate's company: the lease is re-let by tender (+71%) and a rule made, but nobody is held to account — the writer is that 主任 and his 反思 is general — though the feedback's 要求 said 对相关人员该处理的要处理."),
    F("copied-measure", 6, "（四）turns the problem back into a promise (进一步加强农产品线上展销平台商品质量把关，切实减少消费者投诉…): no check, no supplier, no complaint handled."),
    F("no-owner", 5, "The 物流分拣线 (二是) stands after the bracket that closes 一是 and is left to “由中心统筹推进”: no person; every other item has a 责任人."),
], must_not_flag=[
    F("weak-leadership", None, "First person: 第一责任人, heads the 领导小组, 5 meetings, 4 site visits, 当面督办, leads assets, procurement and party items himself."),
    F("late-report", None, "Feedback 2025-02-18, report 2025-05-12: 83 days."),
    F("no-disclosure", None, "“整改情况已在荏台县商务局门户网站公开”."),
    F("inconsistent-claim", None, "No all-done claim; 42 − 3 merged = 39 stations."),
    F("no-accountability", 2, "8.4万元 recovered and 提醒谈话 for the 2 reviewers."),
    F("no-accountability", 4, "The 2 training clerks 批评教育, figures corrected."),
    F("no-accountability", 1, "Closed village stations: a work failing."),
    F("no-accountability", 9, "Balance paid in: an audit item, no wrongdoing named."),
    F("no-owner", 3, "“责任人：本人” — the writer."),
    F("no-owner", 8, "“责任人：本人”."),
    F("no-mechanism", 3, "《中心国有资产出租管理办法》 (the gap there is accountability)."),
    F("no-deadline", 5, "“计划7月底投入运行” (the gap there is the owner)."),
    F("unanswered-issue", 9, "Answered as 三是 inside the 资金和数据 block."),
    F("unanswered-issue", 7, "Answered as 二是 of the 资产和采购 block."),
], links=[
    L("对17个长期关门的村级服务站逐站摸底", 1), L("5个与村邮站、供销社网点合并运营", 1),
    L("补贴8.4万元已全部追回", 2), L("对负责初审的2名工作人员进行提醒谈话", 2), L("补贴申报改为“申报—实地核查—公示—发放”四步", 2),
    L("直播基地场地出租合同已于4月到期", 3), L("通过县公共资源交易中心公开招租", 3), L("制定了《中心国有资产出租管理办法》", 3),
    L("培训全部改为人脸识别签到", 4), L("更正了2023年以来上报的培训人次", 4), L("对负责培训统计的2名工作人员进行批评教育", 4),
    L("分拣线已完成招标，设备进场安装", 5),
    L("进一步加强农产品线上展销平台商品质量把关", 6),
    L("平台运营服务重新组织公开招标", 7), L("《政府采购内部控制制度》", 7),
    L("支委会和中心办公会分开召开", 8),
    L("专项资金结余31.6万元已于3月28日全部上缴县财政", 9)])

# p09 蘼江县名人故居管理所党支部 (县文化和旅游局党组 round): 组长's 反馈会 speech with 第一，…第九， paragraphs; the 三点要求 一要…三要
# are not problems. Report: DOCX prose BY OWN AREA (four 方面 headings, 2–3 problems each, paraphrased, no numbers), a slogan
# 下一步, and an annex Word-table 台账 restating the problems in short forms; #9 is answered ONLY in the annex row.
G["p09"] = dict(issues=9, unanswered=[], must_flag=[
    F("vague-measure", 7, "The 社教 answer is slogans (不断丰富…进一步发挥…努力把故居打造成…第二课堂) and the ledger repeats them (丰富社教形式，发挥教育功能): nothing on the two activities a year or the 38 volunteers of whom 6 served."),
    F("no-mechanism", 4, "Ticket cash and 文创 stock: only a one-off clean-up (现金上交, 盘点); no time limit for handing in cash and no 进销存 ledger rule, while #5 and #6 get rules and the speech's 三要 named 收入管理."),
    F("no-disclosure", None, "Nothing is published or to be published, though the speech said 整改情况要按规定公开."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、所长郦望川 heads the 领导小组 as 第一责任人, 4 meetings, 2 rounds of checks."),
    F("late-report", None, "Feedback 2025-04-08, report 2025-06-27: 80 days."),
    F("inconsistent-claim", None, "7 done + #1 and #3 推进中 = 9, matching the ledger's 完成情况."),
    F("unanswered-issue", 9, "Answered only in the annex ledger, row 9 (申请招聘2名, 结对培养协议)."),
    F("unanswered-issue", 6, "Answered as 三是 of the 财务和经营管理 block."),
    F("no-accountability", 5, "The 副所长 who kept the fee: 诫勉谈话."),
    F("no-accountability", 6, "Meals refunded by the diners, the approving office head 批评教育."),
    F("no-accountability", 1, "Termite damage left: a conservation failing."),
    F("no-accountability", 9, "Staffing: no wrongdoing."),
    F("no-mechanism", 5, "《故居场地出借管理办法》."),
    F("no-mechanism", 6, "《公务接待和会议费管理规定》 revised."),
    F("no-deadline", 2, "The prose has no date; the ledger gives 2025年5月31日."),
    F("no-owner", 9, "Ledger: 郦望川."),
    F("no-owner", 7, "责任人：党支部书记、所长郦望川 (the gap there is the slogan text)."),
], links=[
    L("对蘅庐主楼进行白蚁灭治", 1), L("白蚁灭治，梁柱加固", 1),
    L("夜间值守增加到每处2人", 2), L("老化电线已全部更换", 2), L("增加值守，补装监控，更换电线", 2),
    L("2处史实错误已请县党史研究室专家核实更正", 3), L("更正讲解词，改陈", 3),
    L("应交未交的现金已全部上交财务", 4), L("对文创商品全面盘点", 4), L("现金清理上交，文创盘点", 4),
    L("给予该副所长诫勉谈话", 5), L("制定了《故居场地出借管理办法》", 5), L("场地费入账，签订书面协议", 5),
    L("已由参加人员全部退赔", 6), L("修订了《公务接待和会议费管理规定》", 6), L("退赔1.1万元，修订接待规定", 6),
    L("所里将不断丰富社教活动的形式和内容", 7), L("丰富社教形式，发挥教育功能", 7),
    L("每季度结合文物保护和革命文化传承开展1次专题研讨", 8), L("每季度专题研讨", 8),
    L("已向县人社局申请招聘文物保护专业人员2名", 9)])

# p10 蕙坪县护理院党支部 (县卫健局党委 round): 反馈意见 with areas 一、…方面 and continuous 1．–10． heading lines + detail lines;
# 四、整改要求 not problems. Report (GB18030, CRLF): an internal 整改进展情况的通报 answering BY CATEGORY the report invents
# (服务质量类 / 经费和资产管理类 / 人员和绩效管理类 / 党员管理类, each citing 反馈问题第N条), one 牵头科室 per item.
G["p10"] = dict(issues=10, unanswered=[8], must_flag=[
    F("unanswered-issue", 8, "The 书记 gave no 党课, let the deputy chair 5 支委会 and made no plan: the 党员管理类 category cites only 第9条, and nothing else answers 第8条."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人, and the 党支部书记 never appears: “各科室按照职责分工认领问题…院办公室负责督促进度、汇总材料”, though 整改要求（一） asked the 书记 to 亲自部署、亲自过问、亲自督办 and set up a 领导小组."),
    F("inconsistent-claim", None, "“反馈的10个问题已全部整改完成” while （一）1． says the 安宁疗护 ward is 正在装修 until the end of September, （三）1． has 11 of 19 carers certified with a limit of 2025-10-31, and 第8条 is not answered at all."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-05-20, 通报 2025-08-15: 87 days."),
    F("no-disclosure", None, "“本通报同时在蕙坪县卫生健康局门户网站公开” with a 监督电话."),
    F("unanswered-issue", 10, "Answered in the 服务质量类 category (第10条), third."),
    F("unanswered-issue", 7, "Answered in the 经费和资产管理类 category."),
    F("unanswered-issue", 9, "The 党员管理类 category."),
    F("no-accountability", 2, "Two carers 批评教育, the nursing director a 书面检查."),
    F("no-accountability", 4, "The 赞助费 returned, the deputy head a 书面检查."),
    F("no-accountability", 9, "The three members paid and were 批评教育."),
    F("no-accountability", 7, "Deposits returned: a management failing."),
    F("no-accountability", 5, "Uncertified carers: a supervision failing answered with training and 考核."),
    F("no-mechanism", 7, "A uniform deposit scale, a separate account, refunds within 10 working days."),
    F("no-mechanism", 2, "Bedside real-time records and a monthly cross-check."),
    F("no-deadline", 1, "“预计9月底开设床位10张”."),
], links=[
    L("已确定在三病区东侧改造安宁疗护病房", 1),
    L("护理服务记录改为床旁移动终端实时记录", 2), L("对补写记录的2名护理员进行批评教育", 2),
    L("各病区消毒记录改为每班次登记", 3), L("医疗废物交接实行交接双方签字", 3), L("补装感应式洗手设施8套", 3),
    L("3万元赞助费已全部退还", 4), L("分管副院长作出书面检查", 4),
    L("未持证的19人已全部报名参加技能培训", 5), L("每季度对外包服务进行考核", 5),
    L("重新修订绩效分配方案", 6), L("新方案经7月职工代表大会讨论通过", 6),
    L("制定统一的入住押金标准", 7), L("押金9.6万元已全部退还本人或家属", 7),
    L("3名党员已补交全部党费", 9), L("党员积分每月由支部组织委员评定", 9),
    L("对31份有问题的护理记录逐份退回整改", 10), L("护理文书书写培训2次", 10)])

for name, g in G.items():
    out = {"mode": "pair", "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
