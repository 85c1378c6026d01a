"""Write p01..p10/gold.json (dev-pairs gold format) for dev61. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev44/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 葜川县文物保护管理所党支部: formal 反馈意见, （一）（二）（三）…方面 + continuous 1．–7． heading。detail; 整改意见
# （一）–（四） not problems. Report: measures grouped by area; owner and time limit stated ONCE PER GROUP — after group
# （一） ("以上3个问题的整改，由…牵头…"), before group （二） ("本部分问题由…负总责…"), and for group （三） only a time line.
G["p01"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-owner", 7, "Group （三） ends with only a time line (以上两项于2025年6月30日前完成，此后长期坚持); #6 names the secretary inside its own text, but #7 (talent plan, training, recruitment) names no leader and no office anywhere, while groups （一） and （二） carry owner lines."),
    F("no-accountability", 4, "Named wrongdoing (原副所长 and 2 cadres drew 2.16万 field allowance without being on site) and the feedback says 查清责任，依规依纪严肃处理，决不能一退了之: the money is returned, the rule revised and a 警示教育 meeting held, but nobody is dealt with."),
], must_not_flag=[
    F("weak-leadership", None, "领导小组 headed by 党支部书记、所长甘砚秋 as 第一责任人, 4 推进会, 3 site visits led by the secretary."),
    F("late-report", None, "Feedback 2025-03-18, report 2025-06-10: 84 days."),
    F("no-disclosure", None, "下一步 三是: county 文旅局 website and 所务公开栏, with a 监督电话."),
    F("inconsistent-claim", None, "5 done + 2 in progress = 7 problems; 22 + 2 = 24 measures and the two named open ones match the items; 2.16万 returned; 4 rules (两级审核制度, 补助发放办法, 修缮管理办法, 记实制度) all appear in the items."),
    F("no-owner", 1, "Owner line after group （一）: 副所长柏青禾牵头, 文物保护股、陈列展览股具体负责."),
    F("no-owner", 3, "Same group line after the three items."),
    F("no-owner", 4, "Owner line before group （二）: 党支部书记、所长甘砚秋负总责, 办公室、财务室具体承担."),
    F("no-owner", 5, "Same line before group （二）."),
    F("no-owner", 6, "党支部书记甘砚秋亲自抓 inside the item's own sentence."),
    F("no-deadline", 2, "Group line: 原则上2025年5月31日前, and for the plans 调整为2025年9月30日前 (filed with the 文旅局)."),
    F("no-deadline", 4, "整改时限为2025年5月31日前, stated before the group."),
    F("no-deadline", 7, "The group's closing line gives 2025年6月30日前 and 长期坚持 (the gap on #7 is the owner)."),
    F("no-accountability", 5, "时任工程股负责人 批评教育 and 书面检查 for the unrun 比选 and the over-budget project."),
    F("no-mechanism", 4, "修订了《野外考古工作补助发放办法》 (the gap on #4 is accountability)."),
    F("no-mechanism", 5, "制定《文物修缮工程项目管理办法》 with collective decisions on 比选 and 概算调整."),
    F("no-mechanism", 3, "“所务会初审、县文旅局复审”两级审核制度."),
], links=[
    L("为未落实看护的41处文物点全部签订看护协议", 1), L("通过公开比选确定2家编制单位", 2), L("修改不准确表述27处", 3),
    L("涉及的3名人员已将领取的补助2.16万元全部退回所财务账户", 4), L("制定《文物修缮工程项目管理办法》", 5),
    L("会议记录由支部纪检委员每月核签", 6), L("选派2名干部参加省文物局举办的田野考古培训班", 7)])

# p02 蓰阳县公务用车服务中心党支部: 反馈问题清单 问题1：…问题6： + 具体表现：; 整改要求 一、…五、 not problems.
# Report (GB18030): owner, office and time limit IN EACH ITEM'S HEADING BRACKET “（牵头领导：…；责任科室：…；时限：…）”.
G["p02"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-deadline", 3, "Item 三's bracket has 牵头领导 and 责任科室 but no 时限 (every other bracket has one), the status is 正在推进 and the text only says 正在等待上级部门统一安排处置批次: no date anywhere."),
    F("vague-measure", 5, "Item 五 is slogans only (进一步提高政治站位…持续深化党建与业务深度融合…充分发挥…作用): no standard or appraisal for the 示范岗, no activity tied to driving or safety, which is what the feedback named."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任窦怀远 heads the 领导小组 as 第一责任人, approved the plan and chaired 3 推进会."),
    F("late-report", None, "Feedback 2024-11-26, report 2025-02-20: 86 days."),
    F("no-disclosure", None, "Closing paragraph: 中心公示栏 and the 县机关事务服务中心门户网站."),
    F("inconsistent-claim", None, "21 measures = 17 done + 2 in progress + 2 long-term, matching one 正在推进 item (三) and the 长期坚持 items; no all-done claim."),
    F("no-owner", 3, "The bracket names 主任窦怀远 and 综合科 (the gap on #3 is the time limit)."),
    F("no-owner", 5, "The bracket names 党支部书记窦怀远 (the gap on #5 is the slogan measure)."),
    F("no-deadline", 1, "时限：立行立改, and the item is done (电话派车 stopped from 2024-12-01)."),
    F("no-deadline", 4, "时限：立行立改, done."),
    F("no-deadline", 6, "时限：2024年12月31日前完成，此后长期坚持."),
    F("no-accountability", 4, "柯某某 党内警告 and removed from driving, 1.2万 repaid; 调度科科长 诫勉谈话."),
    F("no-mechanism", 1, "制定《公务用车派车审批管理规定》."),
    F("no-mechanism", 2, "修订《公务用车维修管理办法》 with three-step review."),
    F("no-mechanism", 4, "修订《车辆油料管理办法》, 一车一卡 and monthly reconciliation."),
    F("vague-measure", 1, "Concrete acts: online-only requests, 136 trips checked, a new rule."),
], links=[
    L("调度员不再受理电话派车", 1), L("通过公开比选重新确定4家定点维修厂", 2), L("提出公开拍卖的处置意见", 3),
    L("中心党支部给予柯某某党内警告处分", 4), L("持续深化党建与业务深度融合", 5), L("5辆车已全部完成年检", 6)])

# p03 蘩江县工人文化宫党支部: 组长's 反馈会 speech, 第一，…第六，; the 根子 paragraph and 一要…三要 are not problems.
# Report (DOCX): body gives measures only; owners and time limits are in a 三、整改责任分工 TABLE AT THE END that refers
# to the items by number (第1项…) — and skips 第4项.
G["p03"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-owner", 4, "The 整改责任分工 table, the only place owners appear, lists 第1、2、3、5、6项 and skips 第4项 (safety: lifeguards, fire exits); the body of （四） names no leader or department either."),
    F("no-mechanism", 2, "The speech says 至今没有制定场地出租管理制度 and asks 对制度空白要抓紧建章立制; （二） re-lets the 5 shops through the 公共资源交易中心 and promises 今后一律公开进行, but makes or revises no rule, while （三）（五）（六） each name one."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任卓含章 heads the 领导小组 as 第一责任人, 5 推进会, 4 site visits."),
    F("late-report", None, "Speech 2025-04-22, report 2025-07-15: 84 days."),
    F("no-disclosure", None, "职工之家公告栏 and the 县总工会 WeChat account, as the speech asked (公开 to all staff)."),
    F("inconsistent-claim", None, "19 measures all done and every table row says 已完成; the only dated item in the body (lifeguards by 5月16日) is before the report."),
    F("unanswered-issue", 4, "The table skips 第4项, but body （四） answers it in full (救生员 certified, pool closed meanwhile, exits cleared, maintenance contract)."),
    F("no-deadline", 4, "Done, with its own date in the body: 于5月16日前全部…取得资格证 (the gap on #4 is the owner)."),
    F("no-owner", 2, "Table row 第2项: 主任卓含章, 办公室 (the gap on #2 is the rule)."),
    F("no-owner", 3, "Table row 第3项: 主任卓含章, 财务室、培训部."),
    F("no-owner", 5, "Table row 第5项: 副主任罗映川, 活动部."),
    F("no-deadline", 5, "Table row 第5项: 立行立改, 已完成."),
    F("no-mechanism", 3, "制定《培训收费及课时补贴管理办法》."),
    F("no-mechanism", 5, "“一事一审”制度 and 《文化宫宣传阵地内容发布审核办法》."),
    F("no-mechanism", 6, "修订了支部党费收缴管理办法 — said without title marks, still a rule revised."),
    F("no-accountability", 3, "培训部主任 诫勉谈话, 分管副主任 批评教育, 4.8万 brought into the books."),
    F("no-accountability", 6, "The 2 members paid up and were given 批评教育."),
], links=[
    L("收回2处原出租场所改建为职工活动室", 1), L("通过县公共资源交易中心公开招租", 2), L("4.8万元学费已全部纳入单位财务统一核算", 3),
    L("未取证期间游泳馆暂停对外开放", 4), L("制定《文化宫宣传阵地内容发布审核办法》", 5), L("2名党员已补交全部党费", 6)])

# p04 蕤山县精神卫生中心党总支: 纪委监委 website news item, problems inline 主要是：一是…六是; requirements and the 信访
# sentence are not problems. Report: own numbered paragraphs; owners INSIDE SENTENCES (由…牵头、…配合; a title only:
# 分管公共卫生的副院长; 党总支书记亲自抓) and time limits in the same sentence.
G["p04"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-owner", 6, "“由相关科室按照职责分工抓好落实” — no leader, no named department; every other item names one (a title, a department or the secretary)."),
    F("no-accountability", 3, "The feedback names the 药剂科负责人 taking 2 suppliers' banquets and asks 查清事实、严肃处理; the answer moves buying onto the provincial platform, re-prices 12 items, makes a rule and has staff sign 廉洁承诺书, but nothing is done about that person."),
], must_not_flag=[
    F("weak-leadership", None, "党总支书记、院长郦知微 heads the 领导小组, 第一责任人, 亲自部署、亲自过问、亲自督办; 4 meetings, 6 briefings."),
    F("late-report", None, "Feedback 2025-05-13, report 2025-08-05: 84 days."),
    F("no-disclosure", None, "中心门户网站 and 院务公开栏, 监督电话."),
    F("inconsistent-claim", None, "22 measures = 20 done + 2 named as still in progress; 3.7万 returned; figures in the items agree."),
    F("no-owner", 1, "由分管公共卫生的副院长牵头，防治科具体负责 — a title without a name, which identifies one leader."),
    F("no-owner", 2, "由护理部牵头、医务科配合 — departments as owners."),
    F("no-owner", 3, "院长、党总支书记郦知微亲自牵头 (the gap on #3 is accountability)."),
    F("no-owner", 5, "党总支书记亲自抓，院办（党建办）具体承担."),
    F("no-deadline", 2, "立行立改, done in early June."),
    F("no-deadline", 5, "结合2025年6月支部换届完成调整."),
    F("no-deadline", 6, "2025年7月1日前完成; the new contract runs from 7月1日 (the gap on #6 is the owner)."),
    F("no-accountability", 4, "2 科室主任 诫勉谈话, 收费处负责人 批评教育, 3.7万 returned."),
    F("no-mechanism", 2, "修订《住院患者保护性约束管理规范》."),
    F("no-mechanism", 3, "制定《药品耗材遴选和采购管理办法》 (the gap on #3 is accountability)."),
], links=[
    L("规范管理率由78.6%提高到88.2%", 1), L("修订《住院患者保护性约束管理规范》", 2), L("纳入省药品和医用耗材集中带量采购平台采购", 3),
    L("已将多收取的3.7万元全部退还患者或医保基金", 4), L("3个党支部书记改由科室主任担任", 5), L("通过公开比选重新确定食堂经营者", 6)])

# p05 菥城县农业广播电视学校党支部: formal 反馈意见 一、…六、 heading。detail; 整改要求 一是…四是 not problems.
# Report (UTF-16 LE): 一、关于…的问题 items; TIME LIMITS IN UNUSUAL WORDS AND PLACES (本学期末, 立行立改, 明年春播前 inside a
# sentence, a date range 2024年10月至12月 opening the item, 立行立改并长期坚持 at the end); 责任人 lines or an owner in prose.
G["p05"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("copied-measure", 2, "The whole answer restates the feedback as a promise (严格培训班考勤签到管理，杜绝代签现象，加强学员身份信息核验，确保签到人数与实际到课人数一致): no check of the sampled class, no new sign-in method, nothing done."),
    F("no-deadline", 4, "0.3万 of the overpaid fees is still 正在…联系退回 and the item has a 责任人 line but no time limit in any form, unlike every other item."),
    F("weak-leadership", None, "The report is the school's, to the 巡察办: 校务会 studied it and told 各科室 to fix things; no 领导小组, no 第一责任人, the 党支部书记 never appears, though 整改要求 一是 asked for all three."),
], must_not_flag=[
    F("late-report", None, "Feedback 2024-09-10, report 2024-12-06: 87 days."),
    F("no-disclosure", None, "学校公示栏 and the 县农业农村局 website."),
    F("inconsistent-claim", None, "4 done + 2 in progress (基地, 讲课费) = 6, and those two are the items that say so."),
    F("no-deadline", 1, "完成时间：本学期末 — a term end, decidable from the report date."),
    F("no-deadline", 3, "明年春播前 inside the sentence, with work restarted 11月18日."),
    F("no-deadline", 5, "The item opens with its range: 2024年10月至12月."),
    F("no-deadline", 6, "此项立行立改，并长期坚持, at the end of the paragraph."),
    F("no-owner", 2, "责任人：教务科科长桑若溪 (the gap on #2 is the copied measure)."),
    F("no-owner", 3, "由副校长鲍梓辰负责，后勤科具体落实 inside the paragraph."),
    F("no-owner", 4, "责任人：办公室主任柴映雪 (the gap on #4 is the time limit)."),
    F("copied-measure", 1, "Opens by restating the problem (针对高素质农民培育任务落实不力的问题) but then acts: a 1260-person needs pool, ID checks, 92 trainees added."),
    F("no-mechanism", 4, "制定了《培训经费使用管理办法》 with fee scales and 比价 above 5000元."),
], links=[
    L("对近两年参训学员建立身份证号比对名单", 1), L("杜绝代签现象", 2), L("停工的大棚主体工程已于11月18日复工", 3),
    L("已追回超标准讲课费0.6万元", 4), L("对兼职教师库进行全面清理", 5), L("已与2名流动党员取得联系", 6)])

# p06 蘼溪县水政监察大队党支部: formal 反馈意见, 一、二、三、在…方面 with RESTARTING 1．2．(3．) → 2 + 3 + 2 = 7;
# 整改要求 一要…四要 not problems. Report (UTF-8 CRLF): continuous own numbering 1．–6．, field lines for some items and
# one group line for （二）; ACCOUNTABILITY IN A SEPARATE 三、追责问责情况 SECTION keyed by the report's item numbers
# (第3项, 第4项, 第1项), done partly by other bodies (县纪委监委, 县水利局党组). Report item 6 answers problem 7;
# problem 6 (支部标准化) is never answered.
G["p06"] = dict(mode="pair", issues=7, unanswered=[6], must_flag=[
    F("unanswered-issue", 6, "支部标准化建设 (a 支委 seat empty a year, the activity room used as a store): no item and no sentence; the report's 6． is the 执法资格 problem."),
    F("no-accountability", 5, "2.4万 “巡河补贴” decided by the 大队长办公会 with no basis: item 5 has the money returned and a promise, and the 追责问责情况 section covers only 第3、4、1项, though 整改要求 二要 named this problem for 处理到人."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、大队长陶砚舟 heads the 领导小组 as 第一责任人; 5 meetings, 4 site visits."),
    F("late-report", None, "Feedback 2025-02-25, report 2025-05-20: 84 days."),
    F("no-disclosure", None, "四、下一步 三是: 县水利局门户网站, 监督电话."),
    F("inconsistent-claim", None, "20 measures = 18 done + 2 long-term; 2.2万 fines + 2.4万 returned; 4 rules named in the items."),
    F("unanswered-issue", 7, "Answered under the report's 6． (exam for the 6 uncertified staff, one moved indoors) — the number is off by one, the content matches."),
    F("no-accountability", 3, "In section 三: 县纪委监委 立案审查, 政务警告 and removal of the 中队长."),
    F("no-accountability", 4, "In section 三: 县水利局党组 诫勉谈话 for the 副大队长 (who paid for the use), 2 drivers 批评教育."),
    F("no-accountability", 1, "In section 三: 2 执法人员 批评教育 and 书面检查 for the unfiled tips."),
    F("no-mechanism", 1, "制定《河道采砂巡查执法工作规程》."),
    F("no-mechanism", 3, "修订《罚没款收缴管理办法》."),
    F("no-mechanism", 4, "制定《执法执勤车辆使用管理规定》."),
    F("no-owner", 4, "Group line before items 3–5: 党支部书记、大队长陶砚舟负责，综合股、财务室具体落实."),
    F("no-owner", 5, "Same group line (the gap on #5 is accountability)."),
    F("no-deadline", 5, "Group line: 完成时限为2025年3月31日."),
    F("no-deadline", 7, "完成时限：2025年4月15日 on the report's 6．."),
], links=[
    L("立案查处3起", 1), L("8家取水户已全部安装取水计量设施", 2), L("执法人员不再收取现金", 3),
    L("执法车辆实行节假日统一停放大队院内", 4), L("已发放的2.4万元由领取人员全部退回大队账户", 5), L("1人调整到内勤岗位", 7)])

# p07 蘅台县国有苗圃党支部: 组长's 反馈会 speech with inline 一是…六是 over two area paragraphs; the cause sentence and
# 一要…三要 are not problems. Report: items （一）–（六） with a trailing (责任领导；完成时限) bracket; RULES MADE ARE LISTED
# ONLY IN AN ANNEX 建章立制清单 keyed to the problems (“对应第N项问题”), with body pointers “建章立制见附件第N项”; one rule
# is named only in the body, without title marks. Dated 2025-07-02: late.
G["p07"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-mechanism", 4, "The speech names 季节性用工没有统一的管理制度 and asks for rules on 用工; item （四） recovers the money and punishes people, then only promises 进一步规范…加强监督检查; the annex lists no rule for the 第四项 and the body names none."),
    F("late-report", None, "Feedback 2025-03-14, three months end 2025-06-14; the report is dated 2025-07-02 (110 days) and itself admits 报送时间有所推迟."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任解暮云 heads the 领导小组 as 第一责任人, deputies split the areas."),
    F("no-disclosure", None, "苗圃公示栏 and the 县林业局 website."),
    F("inconsistent-claim", None, "22 measures = 20 done + 2 named (苗木处置, 发展党员); 6 rules = 5 in the annex + the 圃地出租 rule in the body; 2.6万 recovered."),
    F("no-mechanism", 1, "Annex 1: 《苗木生产计划和销售定价管理办法》, pointed to from the body (建章立制见附件第1项)."),
    F("no-mechanism", 2, "Annex 2: 《苗木销售收入收缴管理规定》."),
    F("no-mechanism", 3, "Body only: 重新修订了圃地出租管理办法 (no title marks, not in the annex) — still a rule revised."),
    F("no-mechanism", 6, "Annex 4 and 5: 责任制 revised, 农药仓库管理制度 made."),
    F("no-accountability", 4, "生产股股长 诫勉谈话, 2 班组长 批评教育, 2.6万 recovered (the gap on #4 is the rule)."),
    F("no-accountability", 2, "门市部负责人 批评教育 after the late banking was checked."),
    F("no-owner", 4, "(责任领导：副主任查望舒)."),
    F("no-deadline", 4, "(完成时限：2025年5月31日)."),
    F("no-deadline", 2, "(完成时限：立行立改)."),
], links=[
    L("按品种规格确定指导价", 1), L("门市部开通扫码收款和对公转账", 2), L("按评估价与承租方协商调整租金", 3),
    L("确认虚列工日216个", 4), L("确定2名入党积极分子", 5), L("清理防火隔离带3.2公里", 6)])

# p08 薁阳县生猪定点屠宰有限公司党支部 (state firm): formal 反馈意见 （一）–（七） heading line + 具体表现：; 整改要求 not a
# problem. Report: public HTML 通报 with a TABLE 序号｜反馈问题｜整改措施｜整改成效｜责任领导（部门）｜完成时限; owners and
# dates in ROWSPAN cells shared by several rows; results as figures in a 成效 column; the table skips problem （五）, so its
# 序号5 is problem 6.
G["p08"] = dict(mode="pair", issues=7, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "Safety and environment (no ammonia leak alarm, no drills, effluent over the limit for 2 months): no table row and no sentence; the feedback even asked to fix it 立即."),
    F("vague-measure", 3, "Row 3's measure is slogans (进一步加强…严格执行收费标准，切实维护…不断提升…) and its 成效 is words without figures (更加规范，满意度明显提升): no unified tariff set, no invoices, no collective decision."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、总经理鄢承泽 heads the 领导小组 as 第一责任人, 4 meetings, 3 site checks."),
    F("late-report", None, "Feedback 2025-06-17, 通报 2025-09-10: 85 days."),
    F("no-disclosure", None, "A public 通报 (公开方式：主动公开) with a comment period, phone and address."),
    F("inconsistent-claim", None, "0.7万 returned (row 5), 3 rules (rows 2, 4, 5), 诫勉1 (row 5): the stats line matches the table; no total of problems is claimed."),
    F("unanswered-issue", 6, "Table row 序号5 answers it (0.7万 returned, 诫勉谈话, 《业务招待管理办法》) — the row number is off by one."),
    F("no-owner", 2, "The owner cell of row 1 spans rows 1–2 (rowspan): 副总经理庞越川（质检部）."),
    F("no-deadline", 2, "The date cell of row 1 spans rows 1–2: 2025年8月31日."),
    F("no-owner", 6, "The owner cell of row 4 spans rows 4–6: 党支部书记、总经理鄢承泽（综合办公室）."),
    F("no-owner", 7, "Same spanning cell."),
    F("no-owner", 3, "副总经理蒲映雪（财务部） (the gap on #3 is the slogan measure)."),
    F("vague-measure", 1, "Concrete: a record per pig, the uncertified inspector moved and certified; 成效 in figures (100%)."),
    F("no-accountability", 6, "办公室主任 诫勉谈话, 0.7万 returned."),
    F("no-mechanism", 2, "修订《病害猪无害化处理管理制度》 with three-party hand-over."),
    F("no-mechanism", 4, "制定《党支部前置研究讨论重大经营管理事项清单》."),
    F("no-mechanism", 6, "制定《业务招待管理办法》."),
], links=[
    L("建立宰前检查“一猪一记录”", 1), L("与收运单位逐月对账", 2), L("严格执行收费标准", 3),
    L("补充提交党支部研究", 4), L("由相关经办人员退回", 6), L("确定入党积极分子2名", 7)])

# p09 蓂山县电子商务公共服务中心党支部: 反馈问题清单 (GB18030) 问题一：…问题六： + 表现：; 整改要求 1．–4． not problems.
# Report: “五个一” BLOCKS 【问题N】 + 分管领导：/牵头科室：/整改措施：/完成时限：/整改进展： lines; two blocks fill the
# 整改措施 slot with the feedback's own words or with slogans.
G["p09"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("copied-measure", 4, "The 整改措施 of 【问题四】 is the feedback's 表现 turned round (明确…运营补贴的测算依据和发放标准，杜绝由中心负责人与企业协商确定补贴金额…减少…随意性): no standard drafted, no calculation, no 2024 payment checked."),
    F("vague-measure", 6, "【问题六】 is slogans only (提高思想认识…增强…意识…守好意识形态阵地，确保…导向正确): no review of the live-stream scripts, nothing on the 2 complaints."),
    F("no-disclosure", None, "整改要求 4 asks for 公开 to staff and the public; the report only goes to the 巡察领导小组 and is 抄报 to the 县商务局党组 (the station 公示牌 shows services and prices, not the rectification)."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任阎景舒 heads the 领导小组 as 第一责任人, 亲自审定…亲自调度."),
    F("late-report", None, "Feedback 2025-04-08, report 2025-07-03: 86 days."),
    F("inconsistent-claim", None, "4 done + 2 in progress = 6, and the blocks' 整改进展 lines say the same."),
    F("copied-measure", 2, "Opens with the feedback's words (针对…把关不严的问题) and then acts: 12万 recovered, firm blacklisted, a 拨付 rule, people dealt with."),
    F("vague-measure", 1, "Opens with 中心高度重视 but then 17 visits, 6 stations closed, 11 merged, a rule, and figures."),
    F("no-accountability", 2, "经办人员 批评教育, 分管副主任 书面检查."),
    F("no-accountability", 3, "培训科科长 诫勉谈话 for the inflated count."),
    F("no-mechanism", 1, "《村级电商服务站点运营考核办法》."),
    F("no-mechanism", 2, "《电商项目验收和资金拨付管理办法》."),
    F("no-owner", 4, "分管领导：主任阎景舒, 牵头科室：项目资金科 (the gap on #4 is the copied measure)."),
    F("no-owner", 6, "分管领导：副主任蓝若汀."),
    F("no-deadline", 4, "完成时限：2025年9月30日."),
], links=[
    L("撤并6个长期闲置站点", 1), L("已追回预拨资金12万元", 2), L("更正上报数据为1893人次", 3),
    L("杜绝由中心负责人与企业协商确定补贴金额的现象", 4), L("开展“党员助农直播”主题党日", 5), L("坚决守好意识形态阵地", 6)])

# p10 蕸川县林业有害生物防治检疫站党支部: formal 反馈意见 （一）…方面 + continuous 1．–7． heading。detail; 整改意见
# （一）–（四） not problems. Report: the 站长's FIRST-PERSON 主要负责人 report; per-item facts sit in CROSS-REFERENCE
# PARAGRAPHS keyed by item number — owners and offices in 一（一）, time limits by class in 一（二）, accountability in 三,
# rules in 四 — while 二 gives only the results. GOOD REPORT.
G["p10"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "Written by the secretary as 第一责任人: heads the 领导小组, hears the deputies every two weeks, 5 meetings, 4 visits, leads items 1 and 6 himself."),
    F("late-report", None, "Feedback 2025-01-14, report 2025-04-09: 85 days."),
    F("no-disclosure", None, "县林业局门户网站, 监督电话."),
    F("inconsistent-claim", None, "23 measures = 22 done + 1 (第7项 recruitment) in progress, matching item 7; 6 rules named one per item 1–6."),
    F("no-owner", 3, "一（一）: 副站长冀远帆牵头…第3项项目验收; 第1、3项由防治股主办."),
    F("no-owner", 5, "一（一）: 冀远帆 for 第5项, 办公室主办."),
    F("no-owner", 7, "一（一）: 副站长宓晴川 for 第7项, 办公室主办."),
    F("no-deadline", 2, "一（二）: 第2、4、5项 立行立改, by 2025年2月15日."),
    F("no-deadline", 7, "一（二）: 长期坚持, first recruitment by 2025年6月底, then yearly."),
    F("no-accountability", 3, "三: 县林业局党组 诫勉谈话 for the 验收组组长; the firm repaid 2.9万 and was blacklisted."),
    F("no-accountability", 5, "三: the driver 党内警告, fuel repaid."),
    F("no-accountability", 4, "三: 仓库保管员 批评教育."),
    F("no-mechanism", 1, "四: 《松材线虫病疫情监测普查网格化管理责任制》（第1项）."),
    F("no-mechanism", 3, "四: 《林业有害生物防治项目验收办法》（第3项）."),
    F("no-mechanism", 4, "四: 《防治药剂物资出入库管理制度》（第4项）."),
    F("unanswered-issue", 7, "二 7．: two 森林保护 posts in the public recruitment, 3 young staff seconded."),
], links=[
    L("1260株应除治疫木已于3月20日前全部完成除治", 1), L("调运检疫一律现场查验并拍照留存", 2),
    L("施工企业已退回多付资金2.9万元", 3), L("查明1.3吨差额中0.9吨为往年发放乡镇未办出库手续", 4),
    L("监测车辆安装北斗定位", 5), L("召开专题组织生活会，班子成员对照反馈问题逐一作检查发言", 6), L("设置森林保护专业岗位2个", 7)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
