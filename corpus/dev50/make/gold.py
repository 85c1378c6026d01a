"""Write p01..p10/gold.json (dev-pairs gold format) for dev50. The gold is hand-judged; this file only keeps it in one
place. Modelled on dev44's make/gold.py. Debatable points ("may report") are not gold: they are in each pair's notes.md,
because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 薁阳县委党史研究中心党支部: formal 反馈意见, three area headings （一）（二）（三）…方面, each a paragraph in which
# several problems run on without ordinals (同时，/ 此外，/ a bare new subject). 8 problems (3 + 3 + 2).
# Report: 关于“…”的问题 with 整改措施/责任人/整改时限/整改进展; the unit counted only 7 and never answers #3.
G["p01"] = dict(mode="pair", issues=8, unanswered=[3], must_flag=[
    F("unanswered-issue", 3, "The 此外 problem of area (一) (公众号 not under 三审三校, 5 posts with factual errors, one corrected after 11 days) is nowhere in the report: the unit listed 7 problems and items (一)(二) cover only the first two problems of that paragraph."),
    F("no-accountability", 5, "Scenic-spot tickets and coach hire 1.1万 paid from the collection fund: the money is refunded and a rule is made, but the participants only 'spoke in reflection' at an organisational-life meeting; nobody who arranged the trip is criticised, warned or otherwise dealt with, although the feedback said 该处理的处理."),
], must_not_flag=[
    F("weak-leadership", None, "支部书记、主任笪宛瑜 heads the 领导小组, is named 第一责任人, chaired 4 推进会 and 当面督办 two late tasks."),
    F("late-report", None, "Feedback 2025-03-11 with a 三个月内 limit; report dated 2025-06-03: 84 days."),
    F("no-disclosure", None, "“整改落实情况已在县委党史研究中心门户网站和中心公示栏公开”."),
    F("no-accountability", 6, "经办人 and 审核人 批评教育, the reviewer writes a 书面检查."),
    F("no-accountability", 8, "The archive keeper gets a 提醒谈话 and is replaced."),
    F("no-accountability", 2, "Opening hours and guide staffing: a service shortfall, nobody did wrong."),
    F("no-mechanism", 5, "《史料征集外出工作管理规定》 is made (the gap there is accountability)."),
    F("no-mechanism", 6, "《中心财务报销审核办法》 revised: 任务书、成果材料、签收单 required."),
    F("no-deadline", 7, "“2025年4月底前，此后长期坚持”: a date plus a standing duty."),
    F("no-deadline", 1, "Still in progress but dated 2025年8月底前."),
    F("no-owner", 4, "责任人：支部书记笪宛瑜."),
    F("vague-measure", 1, "Opens with 重新梳理中心职能定位 but then a 专班, a report delivered on 5-26 and a yearly 选题 consultation."),
    F("copied-measure", 2, "The heading repeats the feedback's words; the measures are new acts (opening days, a full-time guide, 27 visiting groups)."),
], links=[
    L("“县域红色资源保护利用现状”调研报告", 1), L("自4月1日起实行除周一外全天开放", 2), L("制定《2025年党风廉政建设责任清单》", 4),
    L("由参加人员按人均分摊全部退回中心账户", 5), L("联系受访对象补签签收单6份", 6), L("把每月第一周周四固定为支部委员会会议日", 7),
    L("43册逾期史料已追回38册", 8)])

# p02 蒟溪县水文水资源勘测站党支部: （一）–（六）, each one problem stated once and followed by evidence 如……；又如……；
# 个别…… (not separate problems). 6 problems. Report (GB18030): 问题N：/整改情况： + 责任领导/完成时限 line.
G["p02"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("vague-measure", 2, "问题2 (a copied study plan, study by reading aloud, three identical notebooks) is answered only with slogans: 深刻认识…进一步提高思想认识…不断创新学习方式…入脑入心、见行见效; no new plan, no change to how study is run, nothing on the copied notes."),
    F("no-deadline", 5, "问题5 is still open (11 of 42 devices not yet booked, the 1.8万 repair bills still being checked) and its field line gives only 责任领导, no 完成时限, while every other item has one."),
    F("no-disclosure", None, "Nothing says the rectification was or will be made public (no website, notice board or public 通报) and there is no warning education; the report goes only to the 巡察办."),
], must_not_flag=[
    F("weak-leadership", None, "支部书记、站长綦远帆 heads the 领导小组 as 第一责任人, reviewed the plan and ledger, chaired 3 推进会 and inspected all 6 stations."),
    F("late-report", None, "Feedback 2025-04-17, report 2025-07-10: 84 days."),
    F("inconsistent-claim", None, "“6个问题中已完成整改4个，问题1和问题5正在整改” matches the items: #1 has 2 stations still installing, #5 has 11 devices pending; the others read as done."),
    F("no-accountability", 4, "Two drivers 批评教育 with 书面检查; the former deputy head 诫勉谈话 by the 派驻纪检监察组 and the 0.23万 repaid."),
    F("no-accountability", 6, "The branch's 组织委员 批评教育 for skipping the political review."),
    F("no-mechanism", 4, "修订《公务用车使用管理细则》 and 《公务接待管理办法》."),
    F("no-mechanism", 5, "修订《固定资产管理办法》 (the gap there is the missing deadline)."),
    F("no-owner", 5, "责任领导：副站长芮知行 (the gap there is the missing deadline)."),
    F("no-deadline", 1, "In progress but dated 2025年7月31日."),
    F("vague-measure", 3, "Concrete: 9 new risk points, a 一岗双责 list, quarterly station checks already run once (11 problems found)."),
    F("unanswered-issue", 2, "Slogans still count as an answer; the gap is vague-measure."),
], links=[
    L("实行值班人员A、B角制度", 1), L("不断创新学习方式", 2), L("将测站物资采购和设备维修纳入廉政风险点排查范围", 3),
    L("车辆节假日一律集中停放在站院内", 4), L("已登记入账31台（套）", 5), L("5月12日完成支部委员会换届选举", 6)])

# p03 蘼川县农业综合行政执法大队党支部: three area paragraphs （一）（二）（三）在…方面。 each holding ①②③ items inline,
# the circled numbers restarting per area: 3 + 3 + 2 = 8. Report (UTF-16 LE): by-number answers 针对第X方面第N项问题.
G["p03"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[
    F("repeated-measure", 1, "第一方面第① (农资打假 coverage) is answered only by a boilerplate paragraph (组织全体党员干部认真学习有关文件精神，逐条对照检查…层层抓落实的工作格局) pasted again word for word under 第三方面第①."),
    F("repeated-measure", 7, "第三方面第① (三会一课) gets the very same paragraph as 第一方面第①, a different problem."),
    F("copied-measure", 6, "第二方面第③ (罚没物品) turns the feedback's own sentence into 要…: 罚没物品管理要规范，暂扣的假劣农药、种子等物品要建立台账，出入库要登记，仓库钥匙不得由个人保管 — no ledger built, no stock-take, no act."),
    F("late-report", None, "Feedback 2024-10-22 with a 三个月内 limit (2025-01-22); report dated 2025-02-14: 115 days, and it admits 报送有所推迟."),
], must_not_flag=[
    F("weak-leadership", None, "支部书记、大队长蒯临渊 heads the 领导小组 as 第一责任人, 5 meetings, 现场督办 two key tasks."),
    F("no-disclosure", None, "“整改情况已在县农业农村局门户网站公开”."),
    F("inconsistent-claim", None, "批评教育3 = 2 law-enforcers (#5) + 经办人 (#8); 提醒谈话1 (#5); 4 rules (案卷评查办法, 限时办理制度, 车辆规定, 采购办法) all in the items."),
    F("no-accountability", 5, "Two officers 批评教育 + 书面检查, one also 提醒谈话 by the 纪检监察组; meals repaid."),
    F("no-accountability", 8, "经办人 批评教育 after a written explanation to the 农业农村局."),
    F("no-mechanism", 2, "《行政执法案卷评查办法》 with three-level review."),
    F("no-mechanism", 8, "修订《大队物资装备采购管理办法》."),
    F("copied-measure", 3, "Opens 针对…问题 but reports acts: 9 overdue tips closed, a ledger, 23 new tips in 9 days on average."),
    F("repeated-measure", 2, "Its own text (186 files reviewed, 41 corrected, training)."),
    F("unanswered-issue", 1, "The boilerplate paragraph still stands as the answer to 第一方面第①; the gap is repeated-measure."),
    F("unanswered-issue", 7, "Same: answered by the pasted paragraph."),
    F("no-owner", 7, "The bracket names 蒯临渊."),
    F("no-deadline", 6, "The bracket gives 2024年12月31日 (the gap there is the copied measure)."),
], links=[
    L("针对第一方面第①项问题", 1), L("共评查案卷186卷", 2), L("对9条超期举报线索逐条督办", 3),
    L("实行下乡执法“双人同行、全程记录”", 4), L("对接受检查对象安排工作餐的2名执法人员", 5), L("仓库钥匙不得由个人保管", 6),
    L("针对第三方面第①项问题", 7), L("修订《大队物资装备采购管理办法》", 8)])

# p04 萳城县特殊教育学校党支部: 一、二、三、areas with （一）（二）（三） problems, each followed by 具体表现为： and numbered
# 1．2．(3．) evidence lines (15 lines, not problems): 2 + 3 + 2 = 7. Report: DOCX cover report + 整改台账 table. GOOD.
G["p04"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "支部书记、校长禤明澈 heads the 领导小组 as 第一责任人, chaired 3 推进会, visited the 7 new 送教 families."),
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-12: 84 days."),
    F("no-disclosure", None, "Published on the 县教育局 website and the school 公众号 on 8-11; the 购物卡 case was read out to all staff as 警示教育."),
    F("inconsistent-claim", None, "21 measures = 19 done + 2 long-term ones named; 1.65万 and 2.7万 match rows 3 and 4; 诫勉1 (row 3); 批评教育5 = 1 (row 3) + 2 (row 4) + 2 (row 5); 5 rules, all in the table."),
    F("no-accountability", 3, "时任工会主席 诫勉谈话 by the 派驻纪检监察组, 经办人 批评教育, the host 班子成员 书面检查; 1.65万 returned."),
    F("no-accountability", 4, "食堂管理员 and 报账员 批评教育; 2.7万 returned to the meal account."),
    F("no-accountability", 5, "The 2 tutoring teachers stopped, refunded, 师德考核不合格 and 批评教育."),
    F("no-mechanism", 3, "修订《学校公务接待管理办法》."),
    F("no-mechanism", 4, "《学生食堂经费管理办法》."),
    F("no-deadline", 1, "“已完成，需长期坚持” with a 完成时限 2025年7月31日."),
    F("no-owner", 2, "责任领导 亓若溪 in the row."),
    F("vague-measure", 2, "Concrete: a 6-12 meeting, a three-level review rule, two posts corrected, a 2-hour rule for parent groups."),
    F("copied-measure", 6, "The row names new acts (a theme for every 主题党日, a July meeting with 21 criticisms)."),
    F("repeated-measure", 4, "Rows 3 and 4 both pair a refund with a 批评教育 and a new rule, but each names its own people, sums and rule."),
    F("unanswered-issue", 7, "Row 7 answers the last problem (the retired member's transfer and the probation period)."),
], links=[
    L("将7名未纳入的重度残疾儿童全部纳入送教计划", 1), L("6月12日召开支部委员会会议专题研究意识形态工作", 2),
    L("2023年违规发放的购物卡费用1.65万元已由领卡人员全部退回", 3), L("食堂收支实行单独建账核算", 4),
    L("重新签订党风廉政建设责任书18份", 5), L("制定年度主题党日计划", 6), L("已为1名退休党员办理组织关系转接手续", 7)])

# p05 蕹山县老年大学党支部: 巡察组组长's 反馈会 speech; praise, then 但也要清醒看到……突出表现在以下几个方面 and six
# unnumbered 在……上， paragraphs, an aside of praise, a 原因 sentence and 一要…三要 requirements. 6 problems.
# Report: the secretary's first-person 组织落实整改情况的报告.
G["p05"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-mechanism", 5, "Fees taken through a staff member's WeChat (2.3万, 体外循环): collection stopped, money booked, 613 receipts, two people criticised — but no 收费管理 rule of any kind, although the speech's 三要 named 收费管理 first among the rules to make."),
    F("inconsistent-claim", None, "“巡察反馈的6个问题已全部整改完成，22条整改措施全部落实到位” while item (二) says two 教学点 are still being fitted out (to open in May 2025) and two towns still have no site."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary writes as 第一责任人, heads the 领导小组, drafted the plan, chaired 4 推进会, went to the 老干部局 and to 5 towns, 约谈 the deputy head."),
    F("late-report", None, "Feedback 2024-12-05, report 2025-03-03: 88 days, inside the three months (2025-03-05)."),
    F("no-disclosure", None, "“整改情况已在学校公告栏和学员公众号上公开”."),
    F("no-accountability", 4, "办公室主任 批评教育, 5 staff 检讨, 0.68万 refunded."),
    F("no-accountability", 5, "教务人员 and the deputy head 批评教育 (the gap there is the rule)."),
    F("no-mechanism", 1, "《讲座和外聘课程内容审核办法》."),
    F("no-mechanism", 6, "《外聘教师选聘和课酬管理办法》."),
    F("no-mechanism", 4, "修订《学员游学活动管理规定》."),
    F("vague-measure", 3, "5 临时党支部, 17 党小组, 410 members placed, 2 study sessions, a 党课."),
    F("unanswered-issue", 2, "Answered (one point opened, a plan filed); only the all-done claim is wrong."),
], links=[
    L("制定了《讲座和外聘课程内容审核办法》", 1), L("蘅川教学点已于2月20日开班", 2), L("按班级在学员中建立临时党支部5个", 3),
    L("0.68万元已全部由本人退回学校账户", 4), L("停止通过个人微信收取任何费用", 5), L("按新办法对29名外聘教师重新核定课酬", 6)])

# p06 蒨源县侨联党组: 纪委监委 website news item; all problems in one paragraph after 巡察组指出: five ；-groups (one problem
# each) and an 此外，还存在A、B、C等问题 sentence whose three 、-items are separate problems: 5 + 3 = 8. The 问题线索 sentence
# and the requirements are not problems. Report: public 整改进展情况的通报 (索引号 header), own grouping, no 档案 item.
G["p06"] = dict(mode="pair", issues=8, unanswered=[8], must_flag=[
    F("unanswered-issue", 8, "干部人事档案管理不规范, the last 、-item of the 此外 sentence, is nowhere in the 通报: its seven items cover the five ；-groups plus 财务报销 and 侨胞之家 only."),
    F("no-accountability", 3, "Local produce handed to staff at festivals and receptions without 公函: recipients paid back 0.36万 and a rule was revised, but nobody who decided the hand-out or the receptions was dealt with, though the feedback asked to 查清事实、严肃处理."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、主席宓承岳 heads the 领导小组 as 第一责任人, 亲自部署、亲自过问、亲自督办; 3 党组 meetings and a 专题民主生活会."),
    F("late-report", None, "Feedback 2025-02-26, 通报 2025-05-22: 85 days."),
    F("no-disclosure", None, "A 主动公开 通报 with a comment period, phone and address."),
    F("inconsistent-claim", None, "批评教育2 (报账员, 审核人), 提醒谈话1 (上轮整改 科室负责人), 0.36万 (土特产), 4 rules, all in the items."),
    F("no-accountability", 6, "报账员 and 审核人 批评教育."),
    F("no-accountability", 5, "The head of section in charge of the last round's rectification gets a 提醒谈话."),
    F("no-mechanism", 3, "修订《县侨联公务接待管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 6, "修订《县侨联财务报销审批管理办法》."),
    F("unanswered-issue", 6, "财务报销, the first 、-item of the 此外 sentence, is item 4 of the 通报."),
    F("unanswered-issue", 7, "侨胞之家 is item 7 of the 通报."),
], links=[
    L("成立侨资企业服务专班", 1), L("修订《县侨联所属侨界社团监督管理办法》", 2), L("已由领取人员按价折款退回", 3),
    L("统一使用规范的会议记录本", 4), L("对出现反弹的2个问题重新制定整改措施", 5), L("对2023年以来的报销凭证逐笔复核", 6),
    L("每周二、四、六对外开放", 7)])

# p07 薢台县直机关工委: HTML 问题清单 table 序号｜问题类别｜问题表现 with rowspan categories, a （续） continuation row of
# problem 3, and a 备注 row: 7 problems. Report (UTF-8 CRLF): preamble + ｜-row 整改台账 as text.
G["p07"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-owner", 4, "Row 4 (党费) gives 责任领导 工委领导班子 and 责任科室 相关科室: no named leader or office, while every other row names one."),
    F("no-deadline", 3, "Row 3 (模范机关创建) is 正在整改 with 完成时限 “结合年度创建工作推进”: no date."),
], must_not_flag=[
    F("weak-leadership", None, "工委书记党修远 heads the 领导小组 as 第一责任人, approved the plan and ledger, heard two reports, wrote a 批示 on the 党费 issue."),
    F("late-report", None, "Feedback 2025-06-09, report 2025-08-29: 81 days."),
    F("no-disclosure", None, "“整改情况已在县直机关党建网公开”."),
    F("inconsistent-claim", None, "5 done + 2 正在整改 (rows 3, 7); 4.8万 = 1.6 + 0.9 + 2.3; 诫勉1 (row 6); 批评教育3 (rows 2, 4, 7)."),
    F("no-accountability", 4, "经办人 批评教育 and 1.6万 restored (the gap there is the owner)."),
    F("no-accountability", 6, "The organising head of section 诫勉谈话 and repays 0.9万."),
    F("no-accountability", 7, "2.3万 recovered; the office head 批评教育."),
    F("no-mechanism", 4, "修订《县直机关党费收缴使用管理办法》."),
    F("no-deadline", 7, "正在整改 but dated 2025年10月31日."),
    F("no-owner", 3, "Row 3 names 逯知白 (the gap there is the deadline)."),
    F("no-owner", 5, "机关党支部书记冉舒白."),
], links=[
    L("每季度到联系单位现场指导不少于1次", 1), L("建立县直机关意识形态工作季度研判制度", 2), L("验收中增加服务对象满意度测评", 3),
    L("党费专户已补回1.6万元", 4), L("7月重新召开机关党支部专题组织生活会", 5),
    L("超标准住宿费0.9万元已由培训班承办科室负责人个人退回", 6), L("对2名借调干部重复领取的绩效奖励2.3万元已追回", 7)])

# p08 蓚江县福利彩票销售管理站党支部: headings that are questions or slogans (“第一议题”为何成了“念文件”？, “重销量、轻公益”,
# 网点监管“宽松软”…) followed by detail; the first heading “稳中有进”值得肯定 is praise. 6 problems.
# Report (GB18030): own 抓… headings for five problems; nothing on 组织生活; no leadership set-up.
G["p08"] = dict(mode="pair", issues=6, unanswered=[6], must_flag=[
    F("unanswered-issue", 6, "组织生活“走过场” (三会一课 records written up afterwards, vague self-criticism) has no heading and no measure; the five 抓… headings stop at 作风."),
    F("vague-measure", 3, "三、抓监管防风险 is slogans only (进一步强化…切实加大巡查力度…不断提升…坚决杜绝): nothing on patrol frequency, the WeChat proxy sales, the two unpunished outlets or seller training."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人, the 支部书记 never appears: the report only says 站党支部高度重视 and 站务会 passed the plan, though the feedback asked the 支部书记 to 亲自抓、负总责."),
], must_not_flag=[
    F("late-report", None, "Feedback 2024-09-24, report 2024-12-20: 87 days."),
    F("no-disclosure", None, "“整改情况已在县民政局门户网站公开”."),
    F("no-accountability", 4, "The former cashier repaid 1.1万, got a 党内警告 and was moved off the post."),
    F("no-accountability", 5, "The deputy head who organised the trip 诫勉谈话, others 书面检查, 2.1万 refunded."),
    F("no-mechanism", 4, "《销售网点保证金管理办法》."),
    F("no-mechanism", 2, "修订《销售网点考核办法》 (责任彩票 20%)."),
    F("vague-measure", 2, "Concrete: new weighting, 13 outlets re-checked, 3 campaigns, a quarterly public column."),
    F("vague-measure", 1, "Concrete: rotating lead readers, 8 measures drawn from study, a record format checked monthly."),
    F("unanswered-issue", 5, "The 公务用车 sentence inside （五） is answered in 五、 (修订《公务用车管理制度》)."),
], links=[
    L("“第一议题”学习改由班子成员轮流领学", 1), L("将责任彩票工作纳入考核", 2), L("切实加大巡查力度", 3),
    L("以工作人员名义存放的6.4万元已全部转入专户", 4), L("其余2.1万元已由参加人员按比例退回", 5)])

# p09 藟阳县农业发展投资有限公司党支部: （一）–（六） heading sentences followed by 有的……；有的……；个别…… evidence and a
# 典型的如 case; problem （三） runs over two sentences joined by 另外 (子公司 then 参股企业, one problem). 6 problems.
# Report: DOCX, bold 关于…的问题 headings, 一是… paragraphs, a closing bracket; dated 2025-05-06 (late).
G["p09"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("copied-measure", 5, "（五） (选人用人) is the feedback turned into 要/不得: 中层干部任命要经过民主推荐和考察…不得因人设岗；员工招聘要公开发布信息 — no review of the 3 appointments, the one-man department or the relative's hiring."),
    F("no-accountability", 5, "3 middle managers appointed without procedure and a leader's relative hired without notice: nobody is named or dealt with, though 整改意见（三） asked to 查清责任，依规依纪处理 违规选人用人."),
    F("no-mechanism", 1, "“三重一大” violations: the 7 decisions given 补正 papers, the lease cut, the deputy GM 诫勉 — but no 三重一大 rule or 前置研究 list is made or revised, although 整改意见（一） asked for exactly that."),
    F("late-report", None, "Feedback 2025-01-14 with a 三个月内 limit (2025-04-14); report dated 2025-05-06: 112 days."),
], must_not_flag=[
    F("weak-leadership", None, "支部书记、董事长樊霁川 heads the 领导小组 as 第一责任人, chaired 5 meetings, went to two project sites, 约谈 those responsible."),
    F("no-disclosure", None, "“整改情况已在公司门户网站和县国资中心网站公开”."),
    F("no-accountability", 1, "Deputy GM 诫勉谈话 by the 派驻纪检监察组, the contracting head 批评教育 (the gap there is the rule)."),
    F("no-accountability", 4, "党内警告 for the manager on the sponsored tour, 财务部负责人 批评教育, 0.7万 repaid."),
    F("no-mechanism", 3, "《子公司和参股企业监督管理办法》."),
    F("no-mechanism", 4, "修订《公司业务招待和会议费管理办法》."),
    F("copied-measure", 3, "Acts: finance heads seconded, two quarters of reports received, a shareholder representative at the 2025 meetings."),
    F("no-deadline", 2, "正在推进 with 完成时限 2025年6月30日."),
    F("no-owner", 2, "责任领导 訾远航."),
], links=[
    L("共梳理“三重一大”事项64项", 1), L("一季度建材贸易收入占比已降至18%", 2), L("向3家子公司委派财务负责人", 3),
    L("收回由公司领导长期固定使用的公务车辆", 4), L("员工招聘要公开发布信息", 5), L("选调1名党员干部专职从事党务工作", 6)])

# p10 苪溪县社会保险事业管理中心党组: (found form) a summary 、-list of four areas, then 主要表现在：一是……；……。二是…… where
# 一是、二是、三是 each hold TWO problems split by ；, 四是 one: 2 + 2 + 2 + 1 = 7. The summary list, the 上轮 progress
# sentence after 此外 and the 整改意见 are not problems. Report: grouped the same way, 1．–7． with a bracket. GOOD.
G["p10"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党组书记、主任缪清嘉 heads the 领导小组 as 第一责任人 (直接部署、直接过问、直接督办), 4 推进会, site checks, weekly reports on the recovery."),
    F("late-report", None, "Feedback 2024-11-19, report 2025-02-13: 86 days."),
    F("no-disclosure", None, "Published on the 人社局 website; 警示教育 with the overpayment case."),
    F("inconsistent-claim", None, "5 done + 2 正在整改 (items 2, 3); 11.9万 of 12.6万 recovered, 0.7万 pending; 警告1 + 诫勉2 + 批评3 and 5 rules, all in the items."),
    F("no-accountability", 3, "党内警告 for the reviewing clerk, 诫勉 for the section chief."),
    F("no-accountability", 5, "The former office head 诫勉谈话, 6 others 书面检查, 0.6万 refunded."),
    F("no-accountability", 6, "3 window staff 批评教育."),
    F("no-accountability", 1, "Missed enrolment target: no wrongdoing to punish."),
    F("no-mechanism", 3, "《养老保险待遇领取资格认证管理办法》 and a monthly death-data match."),
    F("no-mechanism", 4, "修订《社会保险经办内部控制办法》."),
    F("no-deadline", 2, "正在整改 with 完成时限 2025年4月30日."),
    F("no-deadline", 3, "正在整改 with 完成时限 2025年3月31日."),
    F("no-owner", 7, "责任领导 缪清嘉."),
    F("unanswered-issue", 2, "The second half of 一是 (社银网点) is item 2."),
    F("unanswered-issue", 4, "The second half of 二是 (内控) is item 4."),
    F("unanswered-issue", 6, "The second half of 三是 (窗口服务) is item 6."),
    F("copied-measure", 6, "The heading repeats 门难进、事难办; the measures are acts (12 items, 37 complaints revisited, 3 staff criticised)."),
    F("repeated-measure", 4, "Items 3 and 4 sit under the same 基金监管 heading and both end with a rule, but each gives its own acts (recovery and data matching; three-post separation and 14 accounts closed)."),
    F("vague-measure", 7, "Concrete: a standing 党组 agenda item, 13 posts, a 考核细则."),
], links=[
    L("新增灵活就业人员参保1126人", 1), L("累计建成11个", 2), L("已追回11.9万元", 3), L("注销共用账号14个", 4),
    L("费用0.6万元已由参加人员全部退回", 5), L("推行“一窗受理、一次办结”", 6), L("设立党员示范岗8个、党员先锋岗5个", 7)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
