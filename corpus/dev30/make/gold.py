"""Write p01..p10/gold.json (dev-pairs gold format) for dev30. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev24/make/gold.py. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蕺川县自然资源局党组 (county bureau): formal 反馈意见, 二、 with （一）–（七） heading。detail; 三、整改意见 not problems.
# Report: common 整改情况的报告, restated 关于“…”的问题 headings, 一是…二是… + bracketed 责任领导/责任股室/完成时限. Good report.
G["p01"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长聂岫川 heads the 领导小组, is 第一责任人 (直接部署、直接过问、直接督办), chaired 5 推进会, went to two project sites."),
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-12: 84 days, inside three months."),
    F("no-disclosure", None, "三、下一步 三是: published on the county government portal and the 局机关公开栏, 监督电话 given."),
    F("inconsistent-claim", None, "24 tasks = 22 done + 2 ongoing (#1 two 图斑, #7 one firm), both shown as 持续推进; 警告1/诫勉2/批评2 and 50.1万 = 45.5 + 4.6 match the items; 4 new + 3 revised rules are all named."),
    F("no-deadline", 1, "“2025年10月底前，持续推进” is a date; the two remaining 图斑 are explained."),
    F("no-deadline", 6, "补交 by 6月底; the “三会一课” check is legitimately 长期坚持."),
    F("no-deadline", 7, "2025年12月底前, matching the 分期缴纳协议."),
    F("no-accountability", 3, "原土地整治中心主任 党内警告, 分管副局长 诫勉谈话, 45.5万 recovered."),
    F("no-accountability", 4, "4.6万 退缴; 办公室主任 诫勉谈话; 2 drivers 批评教育."),
    F("no-mechanism", 2, "修订《局党组工作规则》《党组会议议事规则》 + 前置研究事项清单."),
    F("no-mechanism", 3, "《土地整治项目验收管理办法》 separates 测绘/验收/拨款."),
    F("no-mechanism", 7, "《业务档案管理办法》 — the rule the audit finding lacked."),
    F("no-owner", 6, "机关党委书记仉若岚 is 责任领导."),
], links=[
    L("已拆除复耕9宗", 1), L("制定党组前置研究事项清单", 2), L("已收回多拨付资金45.5万元", 3),
    L("执法车辆全部安装定位装置", 4), L("公众号推行“三审三校”", 5), L("11名党员已补交党费", 6),
    L("剩余1家114万元已签订分期缴纳协议", 7)])

# p02 蒻坪镇党委 (township): 反馈会 speech by the 巡察组组长 — 一是…六是 problems, then 一要…三要 requirements (not problems).
# Report: the 党委书记's first-person report, answers in the order 6,2,1,5,4,3.
G["p02"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("vague-measure", 3, "Section 六 on 干部作风 (窗口脱岗, 12345 办结率71%, 140余种报表) is slogans only: 带头转变作风, 进一步增强宗旨意识, 切实改进工作作风 — nothing on 值班/工单/报表."),
    F("no-accountability", 2, "9户 重复申领 1.7万 are only 登记在案 (nothing recovered) and the 2 relatives' 临时救助 only re-reviewed; no 村干部 is dealt with, though the speech asked to recover the money and handle the people."),
    F("no-disclosure", None, "The speech asks for 公开; the report never says the rectification is published. 食堂收支单独核算 and 村级评议 are not disclosure of the rectification."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary writes as 第一责任人, heads the 领导小组, chaired 4 推进会, 6 督导 visits, 当面提醒 slow members."),
    F("late-report", None, "Feedback 2025-04-15, report 2025-07-02: 78 days."),
    F("inconsistent-claim", None, "22 tasks = 19 done + 1 ongoing (#6 remaining 26万 debt) + 2 long-term (#5 后备干部, #3 作风); figures match."),
    F("no-mechanism", 1, "《产业项目立项论证管理办法》."),
    F("no-mechanism", 2, "修订《惠民惠农补贴资金审核发放流程》 (the gap on #2 is accountability)."),
    F("no-mechanism", 4, "修订《镇机关财务报销审批制度》."),
    F("no-mechanism", 6, "《镇属资产管理办法》."),
    F("no-owner", 2, "副镇长敖静川 is 责任领导."),
    F("no-deadline", 5, "2025年5月底前; 后备干部培养 长期坚持 is legitimate."),
], links=[
    L("已化解债务41万元", 6), L("将9户重复申领情况逐户登记在案", 2), L("与县内一家茶叶龙头企业合作经营", 1),
    L("新确定村级后备干部11名", 5), L("补办了验收手续", 4), L("带头转变作风", 3)])

# p03 蘘湾村党支部 (village): formal 反馈意见 二、（一）–（六） heading。detail; 三、整改要求 not problems.
# Report: short village report, 一、…五、 关于…的问题 reworded headings, （责任人：…；完成时限：…） brackets; #5 missing.
G["p03"] = dict(mode="pair", issues=6, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "党员教育管理松散 (7 流动党员, 3 not paying 党费, 补记 records) is answered nowhere; the report's 五、 is the feedback's （六） 村务公开."),
    F("no-owner", 6, "The 村务公开 item's bracket has only （完成时限：2025年5月底）; every other item names a 责任人."),
    F("inconsistent-claim", None, "Preamble: “反馈的6个问题已全部整改到位”, but only five are answered, 鱼塘承包费 is “正在催缴” (due 8月底) and the 2940元 is “正在追回中”."),
], must_not_flag=[
    F("no-accountability", 2, "镇纪委 诫勉谈话 for the 村委会主任 who picked the 施工队."),
    F("no-accountability", 4, "村民小组长 批评教育; 2 低保 stopped; the 补贴 is being recovered."),
    F("no-mechanism", 1, "《村“两委”会议议事规则》."),
    F("no-mechanism", 3, "《蘘湾村财务报账管理制度》 with 三方签字."),
    F("no-disclosure", None, "整改情况 to be published in the 村务公开栏 (as the feedback asked)."),
    F("late-report", None, "Feedback 2025-04-08, report 2025-06-27: 80 days."),
    F("weak-leadership", None, "The 整改工作小组 is headed by the 村党支部书记; 支委会 studied it 4 times; the 镇 包村领导 supervised."),
    F("no-deadline", 3, "2025年8月底 (鱼塘承包费 promised by then)."),
    F("no-deadline", 6, "The 村务公开 item has a date (2025年5月底); its gap is the owner."),
], links=[
    L("与镇农业服务中心合作建设农产品分拣点", 1), L("对村道硬化工程补充召开村民代表会议", 2),
    L("报账员和出纳分别由2人担任", 3), L("2户不符合条件的家庭已停发低保", 4), L("补公开了2024年下半年的村务、财务事项", 6)])

# p04 蓣岭社区党委 (community): formal 反馈意见, 一、二、三、 area headings with continuous 1．–7．; a 原因 paragraph and
# 四、整改意见 are not problems. Report (UTF-8 CRLF): grouped by the three areas, （N）针对…的问题 + 一是…；二是… + bracket.
G["p04"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-accountability", 3, "公益性岗位: the 3 absentees are 清退 and new rules made, but the 2.9万 wrongly claimed is not recovered and nobody is dealt with for the 亲属 case or the 代签 claims, though 整改意见（二） asked for both."),
], must_not_flag=[
    F("weak-leadership", None, "社区党委书记柏映秋 heads the 领导小组, 第一责任人, 6 党委会, hears progress every two weeks."),
    F("late-report", None, "Feedback 2025-06-10, report 2025-09-03: 85 days."),
    F("no-disclosure", None, "社区公开栏 and the “蓣岭家园” 公众号, phone given."),
    F("inconsistent-claim", None, "18 measures (3+3+3+3+2+2+2) = 14 done + 4 long-term (#6, #7); nothing claimed beyond that."),
    F("no-accountability", 4, "1.2万 paid into the account; 诫勉谈话 for the keeper, 批评教育 for the 副主任."),
    F("no-mechanism", 2, "《网格员入户走访考核办法》."),
    F("no-mechanism", 3, "《社区公益性岗位人员管理办法》 (the gap on #3 is accountability)."),
    F("no-mechanism", 5, "《社区物资采购询价比价规程》."),
    F("no-deadline", 6, "长期坚持 for 党课/记录 quality is legitimate."),
    F("no-deadline", 7, "长期坚持 for 双报到 service is legitimate; 87 members already serving."),
    F("no-owner", 5, "居务监督委员会主任祁书鸿 is a named 责任人."),
], links=[
    L("召开业主协商会3次", 1), L("共摸排独居老人57人", 2), L("对3名长期不在岗的公益性岗位人员予以清退", 3),
    L("将1.2万元租金全部缴入社区账户", 4), L("已由供货商退回差价0.6万元", 5), L("社区党委书记带头讲党课", 6),
    L("组建政策宣讲、法律咨询、助老助残等8支志愿服务队", 7)])

# p05 薿阳县水务投资集团 (state firm): formal 反馈意见, 二、 with （一）–（七） heading line + detail line; 三、整改意见 not problems.
# Report: DOCX 整改台账 (landscape table, 7 columns, 7 rows) with a short situation paragraph.
G["p05"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("copied-measure", 4, "Row 4's measures restate the feedback (4名中层干部中有2名未经民主推荐…试用期满后未进行考核即办理转正) + 坚决予以纠正/确保不再发生: no re-推荐, no 考核, no rule, no person."),
    F("no-deadline", 3, "Row 3's 整改时限 is “根据清欠进度逐步推进”; every other row has a date."),
    F("no-mechanism", 2, "Row 2 (先施工后招标 620万, 签证变更 91万) has a one-off 审核/扣回, a 情况说明 and 批评教育, but no rule on 招标 or 变更签证; the 3 new + 3 revised rules named are all elsewhere, though 整改意见（三） named 工程管理."),
    F("no-disclosure", None, "整改意见（四） asks for 公开 in the firm and to society; the 台账 never mentions 公开/公示 of the rectification."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记、董事长宓鸿渐 heads the 领导小组, 第一责任人, 4 党委会; members 领办 their areas."),
    F("late-report", None, "Feedback 2025-02-26, 台账 2025-05-22: 85 days."),
    F("inconsistent-claim", None, "5 done + 2 持续推进 match the 完成情况 column; 19 measures (3+3+3+2+3+3+2); 7.9万 = 2.3 + 5.6; 诫勉1, 批评2; 3 new + 3 revised rules named."),
    F("no-owner", 3, "副总经理庞允执 is 责任领导 (the gap on row 3 is the time limit)."),
    F("no-owner", 6, "党委副书记姬明远 is 责任领导 beside “各党支部”."),
    F("no-accountability", 5, "All money returned; 诫勉谈话 for the 办公室主任, 批评教育 for the 分管副总."),
    F("no-mechanism", 1, "前置研究事项清单 + two revised 议事规则."),
    F("no-mechanism", 5, "《集团公务接待管理办法》, 修订《集团福利费使用管理规定》."),
    F("no-mechanism", 7, "《集团固定资产管理办法》."),
    F("no-deadline", 6, "“2025年5月31日，长期坚持” is legitimate."),
], links=[
    L("14类事项须经党委会前置研究", 1), L("核减不合理费用37万元", 2), L("已收回欠费71万元", 3),
    L("集团党委高度重视，坚决予以纠正", 4), L("发放的5.6万元购物卡已由领取人员全部退回", 5),
    L("明确11个党员示范岗的岗位职责", 6), L("已入账3项", 7)])

# p06 蕹湖中学党总支 (school): 纪委 website news item, problems inline “主要是：一是…；…七是…”; the 巡察办 要求 and the 表态 are not.
# Report: public 整改进展情况的通报, （一）–（七） 关于…的问题 + 整改进展： + bracket; phone, address, deadline for comments.
G["p06"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("repeated-measure", 6, "The 党总支指导 item's 整改进展 is the same boilerplate paragraph (坚持问题导向…建立问题清单…推动学校各项工作高质量发展) as item （七）."),
    F("repeated-measure", 7, "The 上轮巡察 item repeats item （六）'s paragraph word for word; nothing on the 2 维修项目 结算."),
    F("no-accountability", 5, "The 2 teachers' 有偿补课, which the feedback said was “未作严肃处理”, is again not handled: only study sessions and a 承诺书."),
    F("weak-leadership", None, "The 整改工作小组 is led by a 副校长; the 党总支书记 never appears, no 第一责任人, no 党总支 meeting on the rectification — the work was passed down to 处室, although the 巡察办 asked the secretary to 亲自部署、亲自督办."),
], must_not_flag=[
    F("no-disclosure", None, "A public 通报 with phone, address, postcode and a deadline for comments."),
    F("late-report", None, "Feedback 2025-05-27, 通报 2025-08-20: 85 days."),
    F("inconsistent-claim", None, "7 = 5 done + 2 基本完成, and the two items are marked 基本完成 — the counts match."),
    F("no-accountability", 2, "5.3万 refunded; 分管副校长 批评教育."),
    F("no-mechanism", 3, "《学校食堂食材采购和库存管理制度》 (公开招标 there is procurement, not disclosure)."),
    F("no-owner", 5, "Every item names a 牵头校领导 (副校长庄一鸣 for #5)."),
    F("no-deadline", 3, "2025年8月, done."),
], links=[
    L("新增思政课专职教师2名", 1), L("违规收取的5.3万元资料费已全部退还学生家长", 2), L("确定了3家供应商", 3),
    L("各班征订须经学校审核、家长签字确认", 4), L("全体教师签订了《拒绝有偿补课承诺书》", 5)])

# p07 藟城县妇幼保健院党总支 (hospital): formal 反馈意见, 二、 with （一）（二）（三） areas and restarting 1．2．3． (3+2+2);
# the 原因 paragraph and 三、整改建议 are not problems. Report (GB18030): reworded theme headings 一、二、三、 with （一）–（七）,
# 1．2．3． measures and a bracket (责任领导；责任科室；完成时限).
G["p07"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("copied-measure", 5, "（五） restates the feedback (2名临床科室主任聘任未经考察和任前公示) + 严格执行/进一步规范/确保不再出现: no 补考察, no 公示, no rule."),
    F("no-owner", 6, "（六）'s bracket has only “责任科室：各临床科室” — no 责任领导, while every other item names one."),
    F("inconsistent-claim", None, "Preamble: “7个问题16项整改措施已全部完成”, but （二） is at 89% “力争年底前全部完成” with a 12月底 deadline, and （七） has 12万 of 28.6万 deducted and 21.7万 “正在…核对”."),
], must_not_flag=[
    F("weak-leadership", None, "党总支书记康砚冰 heads the 领导小组, 第一责任人, 5 党总支会议, monthly progress reports."),
    F("no-disclosure", None, "院务公开栏 and the hospital website."),
    F("late-report", None, "Feedback 2025-03-11, report 2025-06-05: 86 days."),
    F("no-accountability", 6, "3 doctors 诫勉谈话, 绩效 withheld, 全院通报."),
    F("no-accountability", 7, "原财务科科长 批评教育; the excess 绩效 is being deducted."),
    F("no-mechanism", 1, "修订 both 议事规则 and a 前置研究 list."),
    F("no-mechanism", 3, "《网站和微信公众号信息发布审核办法》."),
    F("no-mechanism", 6, "《医务人员与医药企业人员接触交往管理规定》."),
    F("no-deadline", 2, "2025年12月底 is a date (the problem there is the “all done” claim)."),
    F("no-deadline", 6, "（六） has 2025年6月底; its gap is the owner."),
], links=[
    L("对彩超采购事项补充提交党总支会议研究", 1), L("对14例未按规定随访的高危孕产妇逐例补充随访", 2),
    L("实行科室、宣传科、分管领导三级审核", 3), L("调整2个临床党支部书记", 4), L("进一步规范干部选任程序", 5),
    L("对采购量前50位的医用耗材开展二次议价", 6), L("已清理19.6万元", 7)])

# p08 县不动产登记中心党支部 (事业单位): 反馈会 speech by the 巡察办主任 — problems 第一，…第六， inside section 一、;
# 一要…三要 and section 三、 are requirements. Report (UTF-16 LE BOM): reworded headings 一、–五、, #2 and #3 merged in 二、.
G["p08"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("vague-measure", 1, "一、持续深化理论武装 is slogans only (提高政治站位, 切实增强学习的自觉性, 往深里走、往实里走、往心里走) — nothing on the 5 identical records or on 研讨."),
    F("repeated-measure", 4, "三、档案 ends with the boilerplate “坚持问题导向，建立问题清单…事事有回音” that is also the whole of 五、."),
    F("repeated-measure", 6, "五、严肃党内政治生活 is only the boilerplate sentence pasted from 三、 — nothing on 批评与自我批评 or 民主评议."),
    F("weak-leadership", None, "The 整改工作小组 is led by a 副主任; the 党支部书记、主任祝慕白 appears nowhere, no 第一责任人, no 支部 meeting — against the speech's 一要."),
    F("late-report", None, "Feedback 2025-01-14, report 2025-05-09: 115 days, beyond three months."),
], must_not_flag=[
    F("unanswered-issue", 3, "Answered inside the merged 二、 (诫勉谈话/批评教育, 调离, “十不准”)."),
    F("unanswered-issue", 2, "Answered inside the merged 二、 (综合窗口, 1.8个工作日, 自助办)."),
    F("no-disclosure", None, "“整改情况已在中心办事大厅公示栏和县政府门户网站公布”."),
    F("no-accountability", 3, "2 窗口人员: 诫勉谈话 and 批评教育, moved off the window."),
    F("no-accountability", 5, "1.4万 returned; the 财务人员 批评教育."),
    F("no-mechanism", 3, "《窗口工作人员与中介机构人员接触交往“十不准”》."),
    F("no-mechanism", 4, "借阅审批登记制度."),
    F("no-mechanism", 5, "修订《中心财务报销审核规定》."),
    F("no-deadline", 4, "2025年9月底 for the remaining 数字化."),
    F("no-owner", 2, "副主任温鹤年 is 责任领导 for the merged section."),
], links=[
    L("努力推动学习往深里走", 1), L("企业登记业务平均用时由5.6个工作日压缩到1.8个工作日", 2),
    L("撤除中介人员在大厅内设置的接待台", 2), L("分别给予诫勉谈话和批评教育，并调离窗口岗位", 3),
    L("建立登记档案借阅审批登记制度", 4), L("超标准报销的1.4万元已由相关人员全部退回", 5)])

# p09 蓰港街道党工委 (街道): 纪委 website news item, problems as “巡察组指出，…；…；…等问题” clauses (6); 要求, 表态, 移交 not.
# Report: common report in another order (2,5,1,3,6), field lines 整改措施/责任领导/责任科室/完成时限/整改进展; #4 missing.
G["p09"] = dict(mode="pair", issues=6, unanswered=[4], must_flag=[
    F("unanswered-issue", 4, "基层减负 (摊派考核事项、台账过多, 80余种表格) appears nowhere in the report."),
    F("no-deadline", 1, "闲置厂房: 完成时限 “结合招商引资进展情况逐步推进”, measures “待条件成熟后适时引进” — no date, while every other item has one."),
    F("no-mechanism", 3, "人情执法: 14 cases re-examined, 2 队员 批评教育, one 集中整治 — no rule (执法公示, 全过程记录, 投诉处理) to stop selective enforcement."),
    F("late-report", None, "Feedback 2024-10-22, report 2025-02-27: 128 days, beyond three months."),
], must_not_flag=[
    F("weak-leadership", None, "党工委书记柯望洲 heads the 领导小组, 第一责任人, 6 推进会, 直接部署、直接督办; he also owns #2 and talked to both 社区 secretaries."),
    F("no-disclosure", None, "街道政务公开栏 and the 区政府门户网站 街道专栏."),
    F("inconsistent-claim", None, "14 measures (3+3+2+3+3) = 12 done + 2 持续推进 (#1); no claim that every problem is done."),
    F("no-accountability", 5, "9.7万 recovered, 财政所所长 诫勉谈话, 0.8万 returned."),
    F("no-accountability", 3, "2 执法队员 批评教育 (the gap on #3 is the missing rule)."),
    F("no-mechanism", 2, "修订《街道党工委会议议事规则》《“三重一大”事项集体决策实施办法》."),
    F("no-mechanism", 5, "《街道公务接待管理办法》."),
    F("no-mechanism", 6, "街道班子成员联系社区制度."),
    F("no-owner", 1, "办事处主任蒯宗恒 is 责任领导; the gap on #1 is the time limit."),
    F("no-deadline", 6, "2025年2月底; 联系社区 长期坚持."),
], links=[
    L("补充提交党工委会议集体研究", 2), L("对违规发放的加班补贴9.7万元全部予以收回", 5), L("成立闲置厂房盘活工作专班", 1),
    L("对近两年群众投诉的14起占道经营案件逐案复查", 3), L("帮助理顺“两委”分工", 6)])

# p10 蕣水县人民法院党组 (court): formal 反馈意见, 二、 with （一）–（六） heading。detail; 三、整改意见 not problems.
# Report: restated 关于“…”问题的整改情况, 整改措施：1．2．3． + 责任领导/责任部门/整改时限/整改状态 lines. Good report.
G["p10"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党组书记、院长岑霁远 heads the 领导小组, 第一责任人, 7 党组会议, a monthly 调度会."),
    F("late-report", None, "Feedback 2025-07-08, report 2025-09-30: 84 days."),
    F("no-disclosure", None, "法院门户网站 and the 诉讼服务中心公开栏, phone given."),
    F("inconsistent-claim", None, "17 = 16 done + 1 long-term; 47 = 44 + 3 and 186万 = 171 + 15; 31.5 = 29.8 + 1.7; 23 = 19 + 4; 政务警告1, 批评1; 3 new + 2 revised rules named."),
    F("no-accountability", 3, "The 书记员 who leaked progress: 政务警告处分 and moved."),
    F("no-accountability", 4, "The 4 receptions proved to be official; 办公室主任 批评教育 for the missing papers."),
    F("no-mechanism", 1, "《终结本次执行程序案件定期核查办法》."),
    F("no-mechanism", 3, "《执行案款管理办法》, 一案一账号."),
    F("no-mechanism", 6, "《诉讼费退费工作规程》."),
    F("no-deadline", 5, "2025年9月30日; 年轻干部培养 长期坚持 is legitimate."),
    F("no-owner", 5, "政治部主任闵知白 is 责任领导."),
], links=[
    L("恢复执行8件", 1), L("已审结19件", 2), L("已发放44笔共计171万元", 3),
    L("为2辆执法执勤车辆加装卫星定位装置", 4), L("选拔3名35岁以下干部任中层副职", 5), L("已退还29.8万元", 6)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
