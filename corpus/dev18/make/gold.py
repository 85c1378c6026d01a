"""Write p01..p10/gold.json (dev-pairs gold format). The gold is hand-judged; this file only keeps it in one place.
Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 楮阳县中医医院党委 (医保基金管理使用专项巡察): six problems, each a title line without punctuation followed by
# 比如/又如/再如 evidence sentences; 三、整改意见 has three title lines of the same shape (not problems).
# UTF-8 BOM report: （N）关于“…”的问题 + 整改措施 + one field line; deadlines 即知即改 / 2027年6月底前 / 长期坚持.
G["p01"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("vague-measure", 4, "The 药品耗材 section is one sentence of slogans (高度重视, 进一步提高思想认识, 切实加强…全流程管理, 严格落实各项管理制度, 坚决防止): nothing on the 2.1万 库房 difference or the 37 untraceable 高值耗材 records, yet 已完成."),
    F("no-owner", 6, "The 内部监督和警示教育 item's field line gives only 完成时限：长期坚持 and 完成情况; no 责任领导 and no 责任科室, while every other item names both."),
    F("no-disclosure", None, "The feedback asks for 在适当范围内公开整改进展情况; the report goes only to the 巡察办 and says nothing about publishing or any channel for comment."),
], must_not_flag=[
    F("no-owner", 2, "分管医保的副院长杜明澄."),
    F("no-owner", 4, "副院长罗晓川 is named for the slogan item; the gap is the content."),
    F("no-deadline", 2, "即知即改, with the remaining 0.8万 by 2025年9月底前."),
    F("no-deadline", 5, "2027年6月底前 for the system's second phase; the rest 已完成."),
    F("no-deadline", 6, "长期坚持 is a time answer; the gap on #6 is the owner."),
    F("no-accountability", 2, "Two department heads 诫勉谈话, the 药剂科 head 批评教育; 7.9万 + 1.3万 refunded."),
    F("no-accountability", 3, "内二科主任 and the duty doctor 批评教育; 1.2万 refunded."),
    F("no-accountability", 5, "The 医保科科长 who signed the 自查 report received 诫勉谈话."),
    F("no-mechanism", 2, "修订《医疗服务价格和收费管理办法》 and a billing lock tied to device records."),
    F("no-mechanism", 3, "制定《住院患者入院标准审核规程》 and a night-round rule."),
    F("no-mechanism", 5, "制定《医保基金使用内部稽核办法》."),
    F("weak-leadership", None, "党委书记、院长 leads the group as 第一责任人, chaired 4 meetings, 直接过问、直接督办 two problems."),
    F("late-report", None, "Feedback 2025-04-18, report 2025-07-15: 88 days."),
    F("inconsistent-claim", None, "4 done + 2 持续推进 (#2, #6); 10.4万 = 7.9 + 1.3 + 1.2; 诫勉3 + 批评教育3: all agree with the items."),
], links=[
    L("规定党委会每季度至少专题研究一次医保基金工作", 1), L("无设备记录不能计费", 2), L("建立住院患者夜间查房登记制度", 3),
    L("切实加强药品耗材全流程管理", 4), L("上线智能审核系统", 5), L("组织全院职工观看欺诈骗保典型案例警示片", 6)])

# p02 樨坪村党支部 (县委提级巡察, village): CRLF; three area paragraphs, problems 1、…7、 (numeral + 顿号) running on
# across areas, evidence in parentheses; 一要…三要 requirements. GB18030 village report, good.
G["p02"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("no-owner", 2, "责任人：村委会副主任陶春生."),
    F("no-deadline", 2, "清运已完成, 中转点2025年10月底前建成 — a future date beside 正在推进."),
    F("no-accountability", 3, "村委会主任赵永福 made a self-criticism and received 批评教育 from the 镇党委; the rent was renegotiated."),
    F("no-accountability", 5, "镇纪委 gave the 报账员 刘桂芳 党内警告; 1.5万 paid in."),
    F("no-accountability", 7, "监委会主任 批评教育 and no longer 报账员."),
    F("no-mechanism", 3, "制定《樨坪村集体资产资源发包租赁管理办法》."),
    F("no-mechanism", 4, "修订《樨坪村村级财务管理制度》 with three approval steps."),
    F("no-mechanism", 7, "制定《樨坪村村务监督委员会工作规则》."),
    F("repeated-measure", 4, "#4 and #5 share an owner but have different measures."),
    F("repeated-measure", 5, "See #4."),
    F("vague-measure", 1, "11 households updated, flyers in every group, quarterly home visits: concrete."),
    F("weak-leadership", None, "The branch secretary leads the group as 第一责任人, drafted the plan, holds weekly meetings and 亲自督办 two items; the township's 包村领导 guides."),
    F("no-disclosure", None, "Posted on the 村务公开栏 and the villagers' WeChat group for 15 days with the 镇纪委 phone number."),
    F("late-report", None, "Feedback 2025-05-09, report 2025-07-30: 82 days."),
    F("inconsistent-claim", None, "6 done + 1 持续推进 (#2); 1.5万; 2 contracts; 3 rules; 党内警告1 + 批评教育2: all agree."),
], links=[
    L("更新信息11户", 1), L("设立保洁责任区4个", 2), L("按每年3.4万元缴纳承包费", 3), L("无法说明用途的680元由经办人退回", 4),
    L("光伏电站场地租金1.5万元已全额交入村集体账户", 5), L("支部重新制定年度学习计划", 6), L("村务监督委员会主任不再兼任报账员", 7)])

# p03 桤水区市场监督管理局党组: GB18030 speech organised by evidence channel (个别谈话 / 查阅资料 / 问卷和走访 /
# 实地查看), 7 problems; a 食堂/停车 remark 不作为问题反馈; 三点意见. UTF-8 CRLF report with half-width punctuation in
# two parts, "当下改" (per problem) and "长久立" (rules tagged 针对反馈问题N).
G["p03"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("repeated-measure", 2, "The 中层干部不交流 item is a generic process paragraph (召开专题会议…建立问题台账…每月调度…确保按期整改到位) pasted word for word under #5; no cadre is rotated."),
    F("repeated-measure", 5, "The 许可审批体外循环 item is #2's paragraph pasted; nothing changes at the window."),
    F("no-deadline", 3, "The 自由裁量 item's bracket has no 完成时限, and its rule is to be revised only 待市局出台新的裁量基准后."),
    F("weak-leadership", None, "The work group is led by a 副局长 with the office director as deputy; the 党组书记 appears only as owner of #1, with no 第一责任人 role, no 直接部署/督办; the speech asked for exactly that."),
], must_not_flag=[
    F("no-owner", 3, "责任领导:副局长吕清扬."),
    F("no-owner", 2, "韩立松 is named for the pasted item; the gap is the paste."),
    F("no-deadline", 1, "2025年8月31日."),
    F("no-deadline", 6, "2025年8月31日."),
    F("no-deadline", 7, "2025年7月31日."),
    F("no-accountability", 4, "The office director and finance head received 诫勉谈话; 6800元 refunded."),
    F("no-mechanism", 1, "修订《局党组议事规则》 in part 三 (针对反馈问题一)."),
    F("no-mechanism", 4, "修订《机关公务接待管理办法》 in part 三."),
    F("no-mechanism", 6, "制定《投诉举报处置考核办法》 in part 三."),
    F("no-mechanism", 7, "制定《固定资产采购需求论证和使用管理规定》 in part 三."),
    F("late-report", None, "Feedback 2025-06-17, report 2025-09-10: 85 days."),
], links=[
    L("党组会议题中单列", 1), L("发现裁量理由缺失的案卷23卷", 3), L("费用6800元已由当事人退回", 4),
    L("设置到期前3天自动提醒", 6), L("快检设备已调配到农贸市场快检点使用", 7),
    L("明确党组会每季度至少研究一次党建工作", 1), L("10万元以上设备采购须经党组会研究", 7)])

# p04 楮阳县住房和城乡建设局党组 (市委交叉巡察): UTF-16 feedback, problems numbered with parenthesized ideographs
# ㈠…㈦ (U+3220…), requirements ⑴⑵⑶. Report: HTML page of a county newspaper's e-paper (版面导航, 第03版：公告专版),
# 整改进展情况通报 with phone, e-mail and address for comment.
G["p04"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("copied-measure", 1, "The 保障性安居工程 item restates the feedback (落实保障性安居工程任务打折扣、向上级报送数据与现场不符) inside 坚决纠正…严格按照…确保; nothing on the 210 unstarted units or the false 全部开工 report."),
    F("no-accountability", 3, "招投标: a negative list and a review step, but nobody is dealt with for the tailored criteria or the failure to catch five firms rotating bids, although the feedback says 没有发现和处理."),
    F("inconsistent-claim", None, "The summary claims 6 done + 1 ongoing and 清退…11.6万元, but #4 (11户正在施工), #5 (8.3万 refunded, 3.3万正在追缴) and #6 (2个项目正在办理) are all still open; it also claims 8 rules where about 4–6 are named."),
], must_not_flag=[
    F("no-disclosure", None, "Published in the county paper with a comment deadline, phone, e-mail and address."),
    F("weak-leadership", None, "党组书记 leads the group as 第一责任人, 5 meetings, 直接部署、直接过问、直接督办 two problems."),
    F("late-report", None, "Feedback 2025-05-28, notice 2025-08-19: 83 days."),
    F("no-owner", 3, "副局长邵云阁."),
    F("no-deadline", 1, "2025年12月31日 is given; the gap is the copied text."),
    F("no-deadline", 4, "2025年10月31日, a future date beside work in progress."),
    F("no-accountability", 2, "The former deputy director received 诫勉谈话."),
    F("no-accountability", 5, "时任局长 政务警告, 财务股长 党内警告."),
    F("no-accountability", 7, "The 质监站 deputy in charge received 诫勉谈话."),
    F("no-mechanism", 2, "修订《局党组“三重一大”决策事项清单》."),
    F("no-mechanism", 3, "制定《…招标文件编制负面清单》."),
    F("no-mechanism", 5, "制定《机关加班审批和补助发放管理规定》."),
    F("no-mechanism", 7, "修订《建设工程质量监督执法人员管理办法》."),
    F("repeated-measure", 4, "#3, #4 and #7 share 邵云阁 but have different measures."),
], links=[
    L("严格按照市里下达的计划推进棚改安置房建设", 1), L("核减工程款13.4万元", 2), L("招标文件发布前由法规股和纪检组联合审查", 3),
    L("责成施工单位对42户漏水屋面进行返修", 4), L("已清退8.3万元", 5), L("建立欠薪预警台账", 6), L("5名编外人员已停止单独执法", 7)])

# p05 桤水区林业和园林局党组: feedback is a DOCX 函 of the 区委巡察办 with one key-value table (整改交办单) per problem,
# LY-2025-01 … 06; only the 问题描述 cells are problems (整改要求 and 整改时限 are not). UTF-8 report keyed by 交办单 code.
G["p05"] = dict(mode="pair", issues=6, unanswered=[4], must_flag=[
    F("unanswered-issue", 4, "交办单LY-2025-04 (苗圃 3.4万 cash kept by the accountant, no 苗木 ledger) has no section: the report goes from LY-2025-03 to LY-2025-05."),
    F("no-mechanism", 2, "The money is put back and people are dealt with, but the only rule-like sentence is a promise (今后…严格执行…做到专款专用，决不再发生); no rule is made, while every other item makes one."),
    F("late-report", None, "Feedback and 交办函 2025-03-12 (report due 2025-06-12), report 2025-07-29: 139 days; the report itself admits the delay."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长 leads the group, 负总责, chaired 3 meetings, 亲自督办 the fund problem."),
    F("no-owner", 2, "副局长卢书宁."),
    F("no-deadline", 2, "2025年4月30日."),
    F("no-accountability", 2, "财务科科长 诫勉谈话, the former deputy a written self-criticism."),
    F("no-accountability", 5, "Two 街道林管员 批评教育; 5.8万 recovered."),
    F("no-accountability", 6, "局办公室主任 批评教育."),
    F("no-mechanism", 1, "制定《局党组对下属党组织督导工作办法》."),
    F("no-mechanism", 3, "修订《局政府采购内部控制办法》."),
    F("no-mechanism", 5, "制定《桤水区生态护林员选聘和考核管理办法》."),
    F("no-mechanism", 6, "制定《局网络信息发布审核管理办法》."),
    F("inconsistent-claim", None, "The report states no totals."),
], links=[
    L("补开区国有苗圃", 1), L("从局公用经费中归垫到专项资金账户", 2), L("续签合同提前于2025年6月30日终止", 3),
    L("6名长期不在岗人员已解聘", 5), L("转载文章须经分管领导审签", 6)])

# p06 楮阳县人力资源和社会保障局党组: UTF-8 BOM feedback numbered 第1条…第7条; 三、整改意见 第一…第三. UTF-16 report
# answering grouped problems (关于第1、2、4条 / 第3、6条 / 第5条 / 第7条), with "针对第N条" paragraphs and per-problem brackets.
G["p06"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("copied-measure", 1, "针对第1条 restates the feedback (坚决纠正一次性吸纳就业补贴审核把关不严的问题) inside 严格落实…确保…精准、规范、安全; the 8.4万 paid to three ineligible firms is not recovered."),
    F("no-deadline", 6, "The 窗口服务 bracket (对应第6条) names 副局长宁致远 but gives no 完成时限; every other bracket has one."),
    F("no-disclosure", None, "The feedback asks that rectification 按规定向社会公开; the report says nothing about publishing it."),
    F("late-report", None, "Feedback 2025-01-16, report 2025-05-27: 131 days; the report blames 机构改革人员调整."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记 leads the group as 第一责任人, drafted the plan, 直接督办 two problems, chaired two 党组会 on progress."),
    F("no-owner", 6, "宁致远 is named in #6's bracket."),
    F("no-owner", 5, "党组书记、局长祁文渊."),
    F("no-deadline", 5, "2025年6月30日."),
    F("no-accountability", 2, "待遇审核股股长 诫勉谈话; 18.1万 recovered, the rest sued for."),
    F("no-accountability", 4, "One reviewer 批评教育; clues passed to the police; 8.2万 recovered."),
    F("no-mechanism", 2, "制定《养老保险待遇领取资格认证管理办法》."),
    F("no-mechanism", 3, "制定《欠薪投诉案件办理时限管理规定》."),
    F("no-mechanism", 5, "制定《局机关借调人员管理办法》."),
    F("repeated-measure", 3, "#3 and #6 share a section but have distinct measures."),
    F("repeated-measure", 6, "See #3."),
    F("inconsistent-claim", None, "5 done + 2 ongoing (#2, #5); 26.3万 = 18.1 + 8.2; 3 rules; 诫勉1 + 批评教育3: all agree."),
], links=[
    L("确保就业补贴资金发放精准、规范、安全", 1), L("已追回冒领养老金18.1万元", 2), L("列入失信联合惩戒名单", 3), L("取消定点培训资格", 4),
    L("13名借调人员中已有11人返回原单位", 5), L("推行叫号系统和高峰期弹性排班", 6), L("局机关第二党支部已于3月12日完成换届", 7)])

# p07 楮阳县水利局党组: feedback listing problems under 责任主体 (党组和班子 / 内设机构 股室名： / 下属单位 单位名：),
# one unit line holding two problems (另外，…). Report: DOCX with Word Heading1/Heading2 styles and no numbers; themes in
# the bureau's own words; #6 and #7 under one theme. Good report.
G["p07"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[], must_not_flag=[
    F("repeated-measure", 6, "#6 and #7 share the theme 工程质量和资金安全 but have separate paragraphs (管材 replacement vs 27万 recovered)."),
    F("repeated-measure", 7, "See #6."),
    F("no-owner", 6, "The theme's field line (温以宁, 县水利工程建设管理中心) covers #6 and #7."),
    F("no-owner", 7, "See #6."),
    F("no-deadline", 4, "2025年12月31日前 for the two projects, 长期坚持 for the reserve mechanism."),
    F("no-deadline", 1, "2025年6月30日, then 长期坚持."),
    F("no-accountability", 3, "The driver 诫勉谈话, the office director 批评教育, 1860元 returned."),
    F("no-accountability", 5, "The 大队长 received 诫勉谈话."),
    F("no-accountability", 7, "The centre's deputy director received 党内警告 from the 县纪委监委."),
    F("no-accountability", 8, "The 灌区所所长 批评教育; 2.3万 recovered."),
    F("no-mechanism", 1, "修订《局党组理论学习中心组学习制度》."),
    F("no-mechanism", 2, "修订《局党组“三重一大”事项决策实施办法》."),
    F("no-mechanism", 4, "制定《水利项目前期工作责任制》."),
    F("no-mechanism", 7, "修订《水利工程价款结算审核办法》."),
    F("weak-leadership", None, "党组书记 leads as 第一责任人, 4 meetings, two site visits, 直接过问 the project problem."),
    F("no-disclosure", None, "To be published in the county government's 政府信息公开 column with a phone number."),
    F("late-report", None, "Feedback 2025-05-15, report 2025-08-12: 89 days."),
    F("inconsistent-claim", None, "7 done + 1 ongoing (#4); 27万 and 2.3万; 7 rules; 党纪处分1 + 诫勉2 + 批评教育3: all agree."),
], links=[
    L("禁止以领读文件代替研讨", 1), L("核减11万元", 2), L("油卡统一由办公室保管", 3), L("建立水利项目储备库", 4),
    L("补充立案3起", 5), L("全部挖除更换", 6), L("两个标段超付的27万元已全部追回", 7), L("取消村组代收", 8)])

# p08 桤水区公共就业和人才服务中心党支部: each problem （一）…（六） followed by a 原因分析： paragraph and an 整改建议：
# paragraph (neither is a problem). Report: landscape PDF (soffice) of one Word table, the 整改任务清单
# 任务 | 整改措施 | 牵头领导 | 责任部门 | 完成时限 | 进展, two task rows per problem.
G["p08"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-owner", 3, "Both 问题三 task rows have empty 牵头领导 and 责任部门 cells; every other row names a deputy director and a section."),
    F("no-deadline", 5, "The two 问题五 rows give 根据区直机关工委统一安排 and 视上级审核情况确定 as 完成时限: no date for the Party-life and 发展党员 fixes."),
    F("weak-leadership", None, "The work group is led by a 副主任; the branch secretary, whom the feedback told to 亲自抓、负总责, appears nowhere in the report."),
], must_not_flag=[
    F("no-owner", 1, "副主任杨景和, 就业服务科."),
    F("no-owner", 4, "副主任卓慧, 办公室、财务室."),
    F("no-owner", 5, "副主任卓慧, 党支部; the gap on #5 is the time limit."),
    F("no-deadline", 3, "2025年6月30日 and 9月30日; the gap on #3 is the owner."),
    F("no-accountability", 1, "The reviewing clerk 批评教育; 4.9万 recovered; four units lose their status."),
    F("no-accountability", 4, "The former deputy director 诫勉谈话 by the 派驻纪检监察组, the finance head 批评教育."),
    F("no-mechanism", 1, "制定《就业见习人员在岗核查办法》."),
    F("no-mechanism", 2, "制定《引进人才安家补贴兑现工作规程》."),
    F("no-mechanism", 4, "修订《中心财务收支管理办法》."),
    F("inconsistent-claim", None, "12 tasks, 9 已完成 + 3 正在推进 in the preamble and in the table."),
    F("late-report", None, "Feedback 2025-04-10, report 2025-07-04: 85 days."),
], links=[
    L("全部见习补贴逐人复核", 1), L("在岗核查办法", 1), L("逐人建立兑现台账", 2), L("安家补贴兑现工作规程", 2),
    L("对在库档案逐份清点", 3), L("档案库房加装恒温恒湿", 3), L("停止收取展位费", 4), L("须本人备课宣讲", 5),
    L("党员补充政审", 5), L("等非必要材料", 6), L("建立数据共享通道", 6)])

# p09 楮阳县文化旅游投资开发有限公司党支部 (county state firm): CRLF feedback, "六重六轻": each problem a paragraph
# headed 一、“重…、轻…”。 GB18030 + CRLF report: 一、关于“重…轻…”的问题 + 整改目标 / 整改措施 / 整改成效 + bracket.
G["p09"] = dict(mode="pair", issues=6, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "“重人情关系、轻规矩制度” (19 hires without notice, 7 relatives) has no section: the report's 五、 is problem 6."),
    F("vague-measure", 2, "The 600万 unsecured loan item is slogans only (深刻认识…牢固树立底线思维…进一步强化…坚决守住…), with 成效 意识明显增强; no recovery step, no security, no rule."),
    F("no-accountability", 4, "票款: electronic payment and daily reconciliation, but the 票务主管 who kept 8.1万 in cash for up to 47 days is not dealt with, though the feedback asks to 查清责任、依规依纪严肃处理."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长 leads the group as 第一责任人, 亲自审定 the plan, 亲自督办 two items."),
    F("no-owner", 2, "总经理包鸿 is named for the slogan item."),
    F("no-deadline", 2, "2025年6月30日 is given."),
    F("no-accountability", 3, "The former deputy general manager received 诫勉谈话."),
    F("no-mechanism", 1, "修订《公司“三重一大”决策制度实施办法》 and a 前置研究 list."),
    F("no-mechanism", 3, "制定《公司合同管理办法》."),
    F("no-mechanism", 4, "制定《景区票款收缴管理规定》."),
    F("no-mechanism", 6, "修订《中层管理人员综合考核办法》."),
    F("late-report", None, "Feedback 2025-03-25, report 2025-06-20: 87 days."),
], links=[
    L("投资100万元以上项目必须经党支部会议研究", 1), L("牢固树立底线思维和风险意识", 2), L("年租金调整为105万元", 3),
    L("票务系统与财务系统对接", 4), L("党建工作权重由5%提高到20%", 6)])

# p10 榧溪街道党工委 (report-only, UTF-8 BOM + CRLF): "问题N：restated" + 整改措施 ①②③ + 责任领导；完成时限；整改状态.
G["p10"] = dict(mode="report-only", issues=7, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "The summary gives 已完成5个、基本完成2个、持续推进1个 for 7 problems (8 in all); the items show 4 已完成, 1 基本完成, 2 持续推进. It also claims 10.8万 recovered (items: 6.2万 recovered, 3.1万 审减, the 4.6万 never returned) and 6 rules (4 are named)."),
    F("repeated-measure", 3, "The 私车公用补贴 item is a generic 警示教育/承诺书/目标考核 block ①②③ pasted word for word under 意识形态 (#6); the 4.6万 is not returned."),
    F("repeated-measure", 6, "The 意识形态 item is #3's block pasted; nothing on the 宣传阵地 or the 公众号 review."),
    F("no-mechanism", 4, "公益岗位: people cleared out and money recovered, but only a promise (下一步将进一步加强…日常管理); no rule made, while #1, #2, #5, #7 each make one."),
    F("no-disclosure", None, "An internal report to the 巡察办; nothing is published and no channel for comment is given."),
], must_not_flag=[
    F("weak-leadership", None, "党工委书记 leads the group as 第一责任人, chaired 4 meetings and went on site to 督办 two problems."),
    F("no-owner", 3, "办事处主任庞景阳 is named for the pasted block."),
    F("no-deadline", 2, "即知即改 is a time answer."),
    F("no-deadline", 7, "2027年6月底前."),
    F("no-accountability", 2, "The 征收办副主任 received 诫勉谈话."),
    F("no-accountability", 4, "The community Party secretary received 党内警告."),
    F("no-accountability", 5, "The 建设管理办主任 received 诫勉谈话."),
    F("no-mechanism", 1, "制定《榧溪街道网格员管理考核办法》."),
    F("no-mechanism", 2, "修订《街道征收补偿资金管理办法》."),
    F("no-mechanism", 5, "修订《街道小型工程项目管理办法》."),
    F("no-mechanism", 7, "制定《榧溪街道软弱涣散基层党组织整顿验收办法》."),
    F("late-report", None, "Feedback 2025-02-26 (stated in the report), report 2025-05-22: 85 days."),
], links=[
    L("配齐专职网格员72名", 1), L("补签确认手续", 2), L("3名公益岗位人员已全部清退", 4), L("审减工程款3.1万元", 5),
    L("选派街道干部担任第一书记", 7)])

for p, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, p, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
print("wrote", len(G))
