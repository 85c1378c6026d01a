"""Write p01..p10/gold.json (dev-pairs gold format) for dev42. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev24/make/gold.py. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


def DOC(lead, late, disc, claim):
    """The four document-level kinds, none of which applies in this set's reports."""
    return [F("weak-leadership", None, lead), F("late-report", None, late),
            F("no-disclosure", None, disc), F("inconsistent-claim", None, claim)]


G = {}

# p01 鄘川县审计局党组: formal 反馈意见, areas 一、二、三、 with continuous 1．–7．; 四、整改意见 not problems.
# Report: reworded headings sharing few words with the feedback, order 4,2,3,1,7,6,5; field line per item.
G["p01"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-accountability", 4, "The feedback names a team leader (柏廷) and 2 members at two banquets and staff keeping 土特产; the report's 驻点纪律 item only 'learns the situation', rewrites the rules, sends 回访表 and shows a film — nobody is dealt with, nothing returned, though 整改意见（三） demands 严肃处理; the report's own totals (诫勉1, 批评3) all belong to #2, #3 and #6."),
], must_not_flag=[
    F("no-accountability", 5, "中心组 study below the required count is a shortfall, not a wrongdoing by anyone; a plan and 12 sessions answer it."),
    F("no-accountability", 2, "经济责任审计科科长 诫勉谈话; heads of 2 units 约谈."),
    F("no-accountability", 3, "1名主审人 and the 法规审理科科长 批评教育."),
    F("no-accountability", 6, "支部书记 作检查 and 批评教育; 党费 paid up."),
    F("vague-measure", 1, "Opens with 提高政治站位 but then gives 4户 in 2025, 5+4 乡镇 and a 10-working-day rule."),
    F("no-deadline", 5, "长期坚持 for a standing study duty, with 12 sessions a year."),
    F("no-mechanism", 4, "修订《审计组驻点工作纪律十条》 (the gap there is accountability)."),
    F("unanswered-issue", 4, "Answered under “关于驻点纪律和作风的整改”, which shares no key word with 违反中央八项规定精神."),
    F("unanswered-issue", 2, "Answered under “审计成果‘后半篇文章’” (14个未销号问题)."),
    F("unanswered-issue", 1, "Answered under “‘应审尽审’” (全覆盖, 离任审计)."),
] + DOC("党组书记、局长卞知远 heads the 领导小组, 第一责任人, 直接部署/过问/督办, 5 推进会.",
        "Feedback 2025-03-12, report 2025-06-05: 85 days.",
        "门户网站 and 公示栏, 10 working days, 监督电话.",
        "7 problems = 3 done ((一)(三)(六)) + 4 ongoing; 诫勉1 + 批评3 match the items; 3 new rules (跟踪检查办法, 离任审计提示制度, 中介机构考核办法) + 2 revised (驻点纪律十条, 质量控制办法)."),
    links=[
    L("重新修订《审计组驻点工作纪律十条》", 4), L("由法规审理科向被审计单位发放廉政回访表", 4),
    L("由分管副局长带队到9家被审计单位现场核查", 2), L("制定《审计查出问题整改跟踪检查办法》", 2),
    L("对抽查发现取证不充分的3份报告补充取证", 3), L("推行主审、审理、复核三级把关", 3),
    L("剩余7户县属国有企业分两年审完", 1), L("建立主要领导调离前离任审计提示制度", 1),
    L("引进审计、工程造价专业人员3名", 7), L("出台《中介机构参与审计项目质量考核办法》", 7),
    L("2名欠缴党费的党员已全额补缴", 6), L("全年安排集体学习12次", 5)])

# p02 鄅城县气象局党组: 反馈会 speech, problems in prose paragraphs (从…看 / no numbers); 三点要求 not problems.
# Report: #1 split over (一)(二) and an extension (八); #4+#5 merged in (五); (六)/(七) carry the same paragraph.
G["p02"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("repeated-measure", 6, "(六)'s only measure is the boilerplate paragraph (组织全体党员干部认真学习上级关于全面从严治党的部署要求…确保问题整改到位、取得实效) that (七) repeats word for word after a different lead clause; nothing on 主题党日 or 述职."),
    F("repeated-measure", 7, "(七) repeats (六)'s paragraph; nothing on the 5 departures, the age of the 预报员 or a training plan."),
], must_not_flag=[
    F("repeated-measure", 4, "(五) is one merged answer for #4 and #5, written once; its parts are specific (2.6万 入账, 三家询价)."),
    F("repeated-measure", 5, "Same merged block (派车单, 1460元, 钥匙交值班室); one text serving two problems is not pasting."),
    F("repeated-measure", 1, "#1 is answered in (一), (二) and (八) with three different measures (审签 两级, 补聘34人, 直达机制)."),
    F("no-accountability", 4, "当事业务人员 书面检查; 2.6万 入账."),
    F("no-accountability", 5, "驾驶员 补交1460元 and 批评教育; 办公室主任 批评教育."),
    F("unanswered-issue", 1, "Split answer: (一) 预警发布时效 and (二) 信息员队伍."),
    F("unanswered-issue", 5, "Answered inside the merged (五) 经费收取和公务用车管理."),
    F("unanswered-issue", 4, "Answered inside the merged (五)."),
    F("no-owner", 5, "党组书记、局长阚雨农 owns the merged (五)."),
    F("no-deadline", 1, "(一) 2025-05-31 and (二) 2025-06-30; (八) 长期坚持 is an add-on."),
] + DOC("党组书记、局长阚雨农 组长 and 第一责任人, 4 党组会议, 6 site checks.",
        "Feedback 2025-04-17, report 2025-07-10: 84 days (the speech sets 三个月内).",
        "政务公开栏 and 门户网站, 联系电话.",
        "25 measures = 22 done + 3 ongoing; 批评2 (驾驶员, 办公室主任) + 书面检查1 (业务人员); 4 rules (信息员考评办法, 人影安全管理规定 修订, 内部管理规程, 直达工作机制)."),
    links=[
    L("把暴雨橙色及以上预警的审签环节由三级压缩为两级", 1), L("注销不再履职的31人", 1),
    L("印发《气象灾害预警信息直达乡村责任人工作机制》", 1), L("4个作业点的弹药库房全部落实双人双锁", 2),
    L("对11家检测到期未检的单位全部下发整改通知书", 3), L("个人微信收取的2.6万元已全部转入单位账户", 4),
    L("今后单笔5000元以上采购一律三家询价", 4), L("公务用车全面实行派车单制度", 5),
    L("驾驶员按实际私用里程补交费用1460元", 5), L("制定《经费收支和公务用车内部管理规程》", 4),
    L("制定《经费收支和公务用车内部管理规程》", 5), L("围绕党建和业务融合", 6), L("针对干部队伍方面的不足", 7)])

# p03 鄹溪县档案馆党支部: 问题清单 问题1：heading + 具体表现：detail (8); 整改要求 not problems.
# Report (UTF-16 LE BOM): answers by ordinal only, “对照问题清单第N项”, with 责任人/完成时限 lines.
G["p03"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[
    F("no-owner", 2, "The 第2项 answer (数字化外包) ends with 完成时限 only: no 责任人, where every other item names one; 馆长审批 is an approval step, not an owner."),
], must_not_flag=[
    F("no-owner", 7, "第7项 has no 责任人： line but says in its text 本项由支部书记亓照岚牵头负责，组织委员具体落实."),
    F("no-deadline", 7, "长期坚持, with a monthly 支委会 and the yearly 党课 duty."),
    F("no-deadline", 3, "2025年9月30日, 持续推进 with 0.7万卷 left."),
    F("no-accountability", 5, "3180元 refunded; 2 干部 批评教育, the 会计 提醒谈话."),
    F("no-accountability", 6, "办公室主任 诫勉谈话."),
    F("no-mechanism", 2, "《档案数字化外包安全管理规定》 (the gap there is the owner)."),
    F("vague-measure", 8, "解说词 re-checked (6 corrections), weekly site updates, a 三级审核 rule."),
    F("unanswered-issue", 2, "Answered by ordinal only (对照问题清单第2项)."),
    F("unanswered-issue", 6, "Answered by ordinal only (第6项)."),
    F("unanswered-issue", 8, "Answered by ordinal only (第8项)."),
] + DOC("支部书记、馆长亓照岚 组长 and 第一责任人, 6 支委会, 4 site checks.",
        "Feedback 2025-04-10, report 2025-07-04: 85 days.",
        "门户网站, 监督电话.",
        "8 = 7 done + 第3项 ongoing; 3180元; 诫勉1, 批评2, 提醒1; 4 new (钥匙交接登记制度, 外包安全管理规定, 采购管理办法, 展览和网络信息发布审核制度) + 1 revised (报销审核细则)."),
    links=[
    L("更换二号库房损坏的温湿度监控探头4个", 1), L("与外包公司补签了保密协议", 2), L("对已交付成果按5%的比例重新抽检", 2),
    L("抽调4名业务骨干组成专班", 3), L("接入省档案馆“异地查档、跨馆出证”平台", 4),
    L("超标准报销的3180元已由2名干部全额退回", 5), L("对负责采购的办公室主任进行诫勉谈话", 6),
    L("支委会改为每月至少召开1次", 7), L("撤下展览解说词", 8)])

# p04 鄟阳街道社区卫生服务中心党支部: formal 反馈意见, areas 一、二、三、 with continuous （一）–（七）; 四、整改建议 not problems.
# Report (GB18030): preamble + 整改台账 as ｜-separated rows numbered by area (1.1 … 3.2), own short problem wording.
G["p04"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-deadline", 2, "Row 1.2 (健康档案/体检数据) gives 完成时限 “视县级健康档案系统升级进度确定” — no date, where every other row has a date, 立行立改 or 长期坚持."),
], must_not_flag=[
    F("no-deadline", 4, "Row 2.2: 立行立改, 已完成."),
    F("no-deadline", 6, "Row 3.1: 长期坚持 for a standing 党建 duty with a monthly 支委会."),
    F("no-accountability", 3, "1.7万 returned to the 医保基金; 康复科主任 诫勉谈话, 2 当事医生 批评教育."),
    F("no-accountability", 7, "800元 card returned; the doctor 党内警告 and 取消年度评先评优资格."),
    F("no-owner", 2, "副主任冼立夏 is 责任领导 (the gap is the deadline)."),
    F("no-mechanism", 5, "重新制定《中心绩效工资分配办法》, passed by the 职工代表大会."),
    F("unanswered-issue", 1, "Row 1.1 “签了约却没人上门” shares almost no words with 签而不约 but answers it."),
    F("unanswered-issue", 5, "Row 2.3 “绩效分配偏向行政后勤”."),
] + DOC("支部书记、中心主任亢以宁 组长 and 第一责任人, 6 推进会, 3 入户回访; 街道党工委副书记 guides.",
        "Feedback 2025-02-26, report 2025-05-22: 85 days.",
        "门诊公示栏 and the 街道门户网站, 监督电话.",
        "7 = 5 done + 2 ongoing (1.2, 3.1); 1.7万 + 800元; 警告1, 诫勉1, 批评2; 3 new (绩效办法, 药品效期规定, 医德医风考评办法) + 2 revised (医保制度, 支部议事规则)."),
    links=[
    L("重新分配到12个家庭医生团队", 1), L("对312份“死档”逐份核实后注销或更新", 2),
    L("违规收取的1.7万元已全部退回医保基金", 3), L("建立近效期药品预警清单", 4),
    L("重新制定《中心绩效工资分配办法》", 5), L("在12个家庭医生团队中设立党员示范岗", 6),
    L("收受的800元购物卡已退还患者家属", 7)])

# p05 鄣口镇财政所党支部: 问题清单 问题1：heading。detail in one paragraph (6); 整改要求 not a problem.
# Report (CRLF): no item headings; one paragraph per problem with 一是…二是…三是… and a bracket (责任人；完成时限).
G["p05"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-accountability", 3, "The feedback says the 5.6万 sat with 市场管理员季某 for 3 months and the 所 neither reported it nor 追究; the report pays it in and signs a 委托收缴协议, but nobody — neither 季某 nor the 所 staff who kept quiet — is dealt with."),
    F("vague-measure", 5, "The 学习 paragraph is 一是进一步提高思想认识…二是切实加强支部学习…三是持续提升…业务素质 — slogans only, nothing on the 5 missed months or the 惠民资金 rules."),
], must_not_flag=[
    F("vague-measure", 6, "Short but concrete: 到账查询 at the 便民服务中心, 午间轮值 12:00–14:00, phone numbers in the villages."),
    F("no-accountability", 1, "4320元 recovered; the 2 审核人员 批评教育 and 通报."),
    F("no-accountability", 5, "Study shortfall, no wrongdoing named."),
    F("no-accountability", 6, "Service shortfall, no wrongdoing named."),
    F("no-deadline", 5, "长期坚持 (the gap there is the slogan measure)."),
    F("no-owner", 5, "支部书记蒯映溪 is named."),
    F("no-mechanism", 4, "《鄣口镇财政所大额资金支付集体研究规定》."),
    F("unanswered-issue", 3, "Answered (5.6万 缴库, 协议, 台账) in a paragraph with no heading."),
    F("unanswered-issue", 5, "Answered, if only with slogans (vague-measure, not unanswered)."),
] + DOC("支部书记、所长蒯映溪 组长 and 第一责任人; 镇党委书记 heard a report; the 县财政局 sent guidance twice.",
        "Feedback 2025-06-10, report 2025-09-01: 83 days.",
        "镇政务公开栏 for 7 days, 联系电话.",
        "18 measures = 15 done + 3 study measures 长期坚持; 4320元 + 1.2万 = 1.632万; 批评2; 2 new (比对审核办法, 大额资金支付规定) + 1 revised (代理记账工作规程)."),
    links=[
    L("9户流转土地和7户重复申报多领取的4320元已全部追回", 1), L("补贴花名册必须先与土地确权和流转备案数据比对", 1),
    L("23笔白条已由各村补齐合规票据或作出书面说明", 2), L("财政所每季度抽查3个村的代理记账质量", 2),
    L("代收的5.6万元已于7月上旬全部缴入国库", 3), L("与镇市场服务中心签订委托收缴协议", 3),
    L("会计由闵小棠担任、出纳由尉迟岩担任", 4), L("网上银行U盾分别由会计和出纳保管", 4),
    L("进一步提高思想认识，深刻认识理论学习的重要意义", 5), L("在镇便民服务中心开通补贴到账查询", 6),
    L("所内实行午间轮值", 6)])

# p06 邘山县广播电视台党委: formal 反馈意见, areas 一、二、三、 with restarting 1．2．3． (3 + 3 + 2 = 8); 四、整改意见 not problems.
# Report (DOCX): ordered by task type (组织领导 / 思想认识 / 立行立改 一是…六是 / 建章立制 / 追责问责 / 下一步), not by problem.
G["p06"] = dict(mode="pair", issues=8, unanswered=[2], must_flag=[
    F("unanswered-issue", 2, "安全播出 (蒿坪发射台 值班脱岗, 8-minute outage not reported) appears in no section: no 发射台, 停播, 值班 or 安全 anywhere in the report."),
], must_not_flag=[
    F("unanswered-issue", 5, "公务接待 has no 立行立改 item but is answered in 建章立制 (《公务接待管理规定》) and 追责问责 (诫勉, 0.36万 退缴, 工会经费 归垫)."),
    F("unanswered-issue", 6, "Answered by 四是 “对照2022年县审计局的审计报告…固定资产逐件清点” and the revised 固定资产管理办法."),
    F("unanswered-issue", 8, "六是: 新闻部党支部 换届."),
    F("unanswered-issue", 1, "Answered across 思想认识, 立行立改, 建章立制 and 追责问责."),
    F("no-accountability", 4, "广告部主任 党内警告; 4.2万 recovered."),
    F("no-accountability", 5, "办公室主任 诫勉谈话; 0.36万 退缴."),
    F("no-accountability", 1, "2 当班审核编辑 批评教育."),
    F("no-owner", 3, "党委书记、台长戈映川 is 责任领导 of the 演播厅 item."),
    F("no-mechanism", 3, "修订《台党委会议事规则》 with a “三重一大”事项清单."),
    F("no-mechanism", 5, "《公务接待管理规定》."),
] + DOC("党委书记、台长戈映川 组长 and 第一责任人, 5 党委会.",
        "Feedback 2025-03-25, report 2025-06-18: 85 days.",
        "客户端 and 公示栏, 监督电话 and e-mail.",
        "31 measures = 27 done + 4 ongoing; 4.2万 + 0.36万 = 4.56万; 警告1, 诫勉1, 批评3; 4 new + 2 revised rules, all named."),
    links=[
    L("重点讲解新媒体稿件差错案例", 1), L("对2024年出现差错的2条新媒体稿件逐条复盘", 1),
    L("制定《新媒体内容“三审三校”实施细则》", 1), L("演播厅改造工程补充提交台党委会审议", 3),
    L("列出“三重一大”事项清单", 3), L("向3家广告客户追回无合同依据的返还资金4.2万元", 4),
    L("对负责广告经营的广告部主任给予党内警告处分", 4), L("制定《公务接待管理规定》", 5),
    L("由参与陪餐人员全部退缴", 5), L("对照2022年县审计局的审计报告", 6),
    L("对未经任前公示即任职的2名中层干部补充履行公示程序", 7), L("制定《编外人员公开招聘办法》", 7),
    L("新闻部党支部于5月中旬召开党员大会完成换届", 8)])

# p07 郪阳县住房公积金管理中心党支部: 反馈会 speech, problems under 第一，…第五， in prose; 第一 holds two problems
# (扩面 and 催缴, “这是两个问题”), 第二 holds two (提取, 贷款) → 7; 几点要求 not problems.
# Report (GB18030): the 支部书记's first-person report, order 3,4,5,1,2,6,7.
G["p07"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("vague-measure", 5, "(二) 窗口服务 is 进一步强化宗旨意识…切实转变工作作风…努力让群众满意 — nothing on 重复提交材料 or the 19 complaints."),
    F("no-accountability", 6, "1.2万 of 购物卡 issued as disguised welfare (the speech calls it a 八项规定 breach and asks for recovery and 严肃处理): the report only stops the practice and revises the 工会经费 rule — nothing recovered, nobody dealt with."),
], must_not_flag=[
    F("vague-measure", 1, "Opens with 加大了宣传力度 but gives 5 sessions, a data-sharing agreement and 37 → 149 缴存人."),
    F("no-accountability", 4, "Sanction in unusual words: 调整出信贷审批岗位, 扣发2024年度全部绩效奖金, 年度考核定为基本称职, 通报."),
    F("no-accountability", 3, "6.8万 recovered, 4 提取人 on the 失信名单, 审核员 批评教育."),
    F("no-accountability", 7, "党建 weakness, no wrongdoing named."),
    F("no-owner", 6, "工会主席 is named as owner (the gap is accountability)."),
    F("no-deadline", 1, "长期坚持 for a standing 扩面 duty, with figures to date."),
    F("no-deadline", 7, "长期坚持."),
    F("unanswered-issue", 2, "欠缴催缴 shares a speech paragraph with #1 but has its own answer (四)."),
    F("unanswered-issue", 4, "Answered inside (一) under 关于信贷科科长为亲属违规审批贷款的问题."),
] + DOC("First-person 支部书记、主任伍嘉禾: 第一责任人, 组长, 6 推进会, 2 site visits, 约谈 of slow 科室.",
        "Feedback 2025-01-14, report 2025-04-10: 86 days.",
        "Website and 服务大厅公示栏, 监督电话.",
        "24 = 21 + 3; 6.8万; 1 调岗扣绩效 + 1 批评; 19 决定书 (16 paid + 3 court) + 4 注销 = 23; 2 new + 2 revised rules named."),
    links=[
    L("4笔提取款共6.8万元已经全部追回", 3), L("租房提取必须通过住建部门的租赁备案系统核验合同", 3),
    L("调整出信贷审批岗位", 4), L("制定《贷款审批回避和双人审核规定》", 4),
    L("教育引导窗口工作人员切实转变工作作风", 5), L("与县人社局、税务局签订数据共享协议", 1),
    L("灵活就业缴存人由37人增加到149人", 1), L("向其中19家下达了责令限期缴存决定书", 2),
    L("已经向县人民法院申请强制执行", 2), L("立即停止了以购物卡形式发放节日福利的做法", 6),
    L("今年支部确定入党积极分子3名", 7)])

# p08 鄣岭县动物疫病预防控制中心党支部 (农业农村局下属): 问题清单 (GB18030), 问题1：heading。detail under two area lines (7);
# 整改要求 not problems. Report: reworded headings （一）–（六）, #5 (实验室生物安全) silently skipped.
G["p08"] = dict(mode="pair", issues=7, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "实验室生物安全 (uncertified staff, no waste records, 生物安全柜 untested) is never mentioned; the report has six items and never says one is missing."),
    F("no-deadline", 2, "(二) 冷链: the new 冷藏柜 wait “待县财政追加资金后再行购置” and the 完成时限 reads “待资金到位后确定” — no date, while the other items have dates or 长期坚持."),
], must_not_flag=[
    F("unanswered-issue", 7, "Answered under “让下沉一线的身影看得见”, a heading that shares nothing with 下乡服务考勤不实 (打卡 in the text)."),
    F("unanswered-issue", 2, "Partly done (120瓶 destroyed, paper 温度记录); the gap is the deadline."),
    F("no-deadline", 6, "长期坚持 for 组织生活 and 积分管理."),
    F("no-deadline", 1, "2025年8月31日, 持续推进 with 36 of 42 filed."),
    F("no-accountability", 3, "2 官方兽医 暂停出证资格3个月 and 诫勉谈话."),
    F("no-accountability", 4, "1.26万 recovered; 2 工作人员 批评教育."),
    F("no-accountability", 7, "3 人 批评教育, 出勤补助 deducted."),
    F("no-mechanism", 3, "《产地检疫现场查验规定》."),
] + DOC("支部书记、主任乜怀瑾 组长 and 第一责任人, 4 支委会, 7 site visits.",
        "Feedback 2025-04-02, report 2025-06-27: 86 days.",
        "局门户网站, 监督电话.",
        "22 = 18 + 4; 1.26万; 诫勉2, 批评5 (2 + 3); 2 new + 1 revised rules named; no count of problems is claimed."),
    links=[
    L("逐场上门指导规模养殖场办理“先打后补”备案", 1), L("统一印制免疫档案样本", 1),
    L("120瓶过期疫苗已登记造册", 2), L("向3个乡镇站配发纸质温度记录表", 2),
    L("涉及的2名官方兽医暂停出证资格3个月", 3), L("开证时必须上传现场定位照片", 3),
    L("补助资金1.26万元已从相关养殖场和收集点追回", 4), L("每名党员至少向其他党员提出1条批评意见", 6),
    L("启动党员积分管理", 6), L("下乡服务改为手机打卡与乡镇站负责人签字双重确认", 7), L("查实虚假打卡22次", 7)])

# p09 鄶阳县红十字会党组: DOCX 反馈意见, areas 一、二、三、 with continuous bold 1．–7． heading + detail; 四、整改意见 not problems.
# Report (CRLF): preamble + 整改台账 as tab-separated rows, one per problem, in feedback order.
G["p09"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-owner", 5, "Row 5 (财务) has an empty 责任领导 cell and only 财务室 as department; every other row names a leader."),
    F("repeated-measure", 3, "Row 3's measure is the generic 开展一次全面自查，建立问题清单，逐项整改销号，确保整改到位、不再发生 that row 7 repeats after another subject."),
    F("repeated-measure", 7, "Row 7 repeats row 3's sentence; nothing on the 6 idle 乡镇红十字会 or the member count."),
    F("no-accountability", 3, "1300 人次 over-reported to the higher 红十字会 and the feedback asks to 查清责任、严肃处理; row 3 names nobody and corrects nothing."),
], must_not_flag=[
    F("no-owner", 1, "党组书记、常务副会长韦叔衡 is 责任领导 of row 1."),
    F("repeated-measure", 2, "Rows 2 and 4 both use the 微信公众号, but row 2 is quarterly itemised disclosure and row 4 a 宣传 column with 27 new donors: different measures."),
    F("repeated-measure", 4, "See row 2."),
    F("no-accountability", 1, "3.1万 returned to the project; 财务人员 and 办公室负责人 批评教育."),
    F("no-deadline", 4, "2025年12月31日, 持续推进."),
    F("no-deadline", 5, "2025年9月30日 (the gap there is the owner)."),
    F("no-mechanism", 6, "修订《县红十字会党组工作规则》."),
] + DOC("党组书记、常务副会长韦叔衡 组长 and 第一责任人, 5 专题会议, 专题民主生活会.",
        "Feedback 2025-05-20, report 2025-08-14: 86 days.",
        "县红十字会网站, 监督电话.",
        "7 = 5 + 2 (rows 4, 5); 3.1万; 2.3万 = 1.9万 + 0.4万; 批评2; 1 new + 2 revised rules named."),
    links=[
    L("被挪用的3.1万元已从机关公用经费中全额归还至定向捐赠项目", 1), L("每季度结束后15日内在县红十字会网站", 2),
    L("救护培训中心开展一次全面自查", 3), L("在微信公众号开设“生命接力”专栏", 4),
    L("挂账的备用金2.3万元已由借支人员报账或退回1.9万元", 5),
    L("明确党组会议和会长办公会议分别召开、分别记录", 6), L("各乡镇红十字会开展一次全面自查", 7)])

# p10 郩城县退役军人事务局党组: formal 反馈意见, areas 一、二、三、 with restarting 1．2．(3．) (2 + 3 + 2 = 7); 四、整改意见 not problems.
# Report: answers by ordinal only (关于反馈意见第N方面第M个问题) in order 1,7,3+4 (merged),2,5,6. Good report.
G["p10"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("no-accountability", 1, "2.9万 recovered; 优抚股股长 诫勉谈话."),
    F("no-accountability", 7, "9600元 退缴; 办公室主任 批评教育; 党组书记 作检查."),
    F("no-accountability", 6, "Study shortfall, no wrongdoing named."),
    F("unanswered-issue", 3, "Answered in the merged (三) “第二方面第1个、第2个问题”."),
    F("unanswered-issue", 4, "Same merged block (数据清理, 帮扶台账)."),
    F("unanswered-issue", 7, "Answered second, as 第三方面第2个问题."),
    F("repeated-measure", 3, "The merged block is written once for two problems; not pasting."),
    F("repeated-measure", 4, "See #3."),
    F("no-deadline", 6, "长期坚持 with 3 研讨 done."),
    F("no-deadline", 2, "2025年11月30日, 持续推进 (2 of 6 left, with a reason)."),
    F("vague-measure", 6, "Each session takes one concrete problem; 3 研讨 and 2 调研报告."),
    F("no-owner", 4, "副局长鄢知秋 owns the merged block."),
    F("no-mechanism", 1, "生存信息每月比对机制 with three departments."),
] + DOC("党组书记、局长雍慕远 组长 and 第一责任人, 6 专题会议, 5 site visits, 一个问题一名领导.",
        "Feedback 2025-07-08, report 2025-09-30: 84 days.",
        "县政府门户网站 and 公示栏, 监督电话.",
        "7 = 6 done (one 长期坚持) + 1 ongoing; 2.9万, 9600元; 诫勉1, 批评1; 3 new + 1 revised rules named; 6 = 4 placed + 2 pending."),
    links=[
    L("已全部追回并缴回县财政", 1), L("建立优抚对象生存信息每月比对机制", 1),
    L("已由领取慰问品的机关干部按份额全部退缴", 7), L("修订《局机关经费支出管理办法》", 7),
    L("为4个无专职人员的乡镇服务站全部明确专岗工作人员", 3), L("制定《乡镇退役军人服务站运行管理办法》", 3),
    L("删除重复录入数据47条", 4), L("重新建立困难退役军人帮扶台账", 4),
    L("对6名超期未安置的退役士兵逐人建立安置工作档案", 2), L("制定《退役士兵安置工作跟踪督办制度》", 2),
    L("对2处零散烈士墓的墓碑进行修缮", 5), L("每次学习确定一个退役军人工作中的具体难题", 6)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
