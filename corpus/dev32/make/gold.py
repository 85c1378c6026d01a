"""Write p01..p10/gold.json (dev-pairs gold format, mode "pair") for dev32, the held-out set. The gold is hand-judged;
this file only keeps it in one place. Modelled on dev24's make/gold.py. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 澫阳县人力资源和社会保障局党组 (county bureau): formal 反馈意见, 二、 with （一）–（六） "heading。detail" in one paragraph;
# 三、整改意见 （一）–（四） are not problems. Report: common 整改情况的报告, 关于“…”的问题 + 整改措施/责任领导/责任股室/整改时限/完成情况.
G["p01"] = dict(issues=6, unanswered=[], must_flag=[
    F("no-deadline", 2, "社保基金 item: 整改时限 is “视追缴进展情况确定” — no date, while every other item gives one (or 长期坚持 for the standing party work)."),
    F("no-owner", 4, "培训补贴 item has no 责任领导 line at all and only “相关股室” as 责任股室; every other item names a leader."),
    F("no-mechanism", 5, "监察执法 item only clears the 31 overdue cases, trains and reviews files; nothing on 集体讨论 or time-limit rules although the feedback named both, and 整改意见（二） asks for 建章立制."),
    F("no-disclosure", None, "整改意见（四） asks for 公开 to the Party and society; the report is addressed to the 县委 and never mentions publishing, a 公开栏 or a 监督电话."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长邝启衡 heads the 领导小组, is 第一责任人, chaired 5 推进会, made 3 site visits and 约谈 slow 股室."),
    F("late-report", None, "Feedback 2025-03-11, report 2025-06-05: 86 days, inside three months."),
    F("inconsistent-claim", None, "21 measures = 17 done + 4 pending; the three 持续推进 items (一)(二)(五) match; 152万 of 186万 paid, 3.3万 + 0.8万 = 4.1万, 27 of 31 cases."),
    F("no-accountability", 4, "Unusual wording: the 审核干部 “调离审核岗位” and his case “移送县纪委监委依规处理”; 12.7万 recovered, 2 机构 lose their 定点 status."),
    F("no-accountability", 2, "3.3万 recovered, 0.8万 sued for, 2 经办人员 批评教育."),
    F("no-mechanism", 3, "重新印发《党组工作规则》 with 18 must-discuss categories and recording rules."),
    F("no-mechanism", 1, "稳岗返还资金“免申即享”按月拨付办法."),
    F("no-owner", 1, "Owner named as a post: 分管就业工作的副局长."),
    F("no-owner", 6, "机关党委书记聂书宁."),
    F("no-deadline", 6, "长期坚持 for branch life and 党员发展 is legitimate; the concrete fixes are done."),
], links=[
    L("已向符合条件的214家企业拨付152万元", 1), L("建立死亡人员信息每月比对制度", 2),
    L("逐条列出必须提交党组会研究的18类事项", 3), L("取消2家违规机构的定点培训资格", 4),
    L("对超期的31件欠薪案件逐件挂牌督办", 5), L("按2025年工资基数重新核定全体党员党费交纳标准", 6)])

# p02 蘵江县荙口镇党委 (township): areas 一、二、三、…方面 with continuous 1．–6．; 四、整改要求 are not problems.
# Report (GB18030): the 党委书记's first-person 组织落实整改情况报告, answers in order 4,3,1,2,5; #6 never answered.
G["p02"] = dict(issues=6, unanswered=[6], must_flag=[
    F("unanswered-issue", 6, "年轻干部培养 (35岁以下 under 20%, no 轮岗, 临聘 in 站所 posts) appears nowhere; the report's five sections stop at 村级组织."),
    F("vague-measure", 5, "村级组织 section (五) is slogans only (进一步提高认识、切实规范、不断增强、推动…规范有序、营造…环境): nothing on the 3 villages' 四议两公开 or the 监委会."),
    F("no-accountability", 3, "The 2.6万 “误餐补助” cash is only stopped and a 食堂 rule written: no money returned, nobody 处理, although 整改要求（三） says 违规发放的资金要全部收回、责任人员严肃处理."),
    F("late-report", None, "Feedback 2024-09-10, 三个月内 required; report dated 2025-01-03: 115 days."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary writes as 第一责任人, 组长 of the 领导小组, 亲自部署/过问/督办, 6 调度会, site visits."),
    F("no-disclosure", None, "镇政务公开栏 and “荙口发布” 公众号, 监督电话 given."),
    F("inconsistent-claim", None, "19 tasks = 15 done + 4 pending; 7 + 4 = 11 图斑; no “all done” claim."),
    F("no-accountability", 4, "Unusual wording: 分管副镇长 “在党委会上作出书面检讨”, 2 经办人 “扣发了当年度的绩效考核奖励”."),
    F("no-accountability", 2, "验收把关不严的中心主任 提醒谈话."),
    F("no-mechanism", 4, "《“三重一大”事项决策清单和议事程序》, 5万元以上 一律上党委会."),
    F("no-mechanism", 3, "《机关食堂就餐管理办法》 (the gap there is accountability)."),
    F("no-deadline", 1, "复耕 by 2025年3月底; the 巡田 routine is 长期坚持."),
    F("no-owner", 1, "Owner named as a post: 分管农业的副镇长."),
], links=[
    L("对11宗卫片图斑逐宗建立整改档案", 1), L("已与县内一家茶叶专业合作社签订租赁经营协议", 2),
    L("干部就餐一律按标准交费", 3), L("对4个项目的发包情况提交党委会复议", 4), L("要求各村进一步提高认识", 5)])

# p03 瀔水县薁坪镇蕰塘村党支部 (village): 反馈意见 (CRLF), （一）–（五） heading line + detail paragraph; 二、整改要求 not problems.
# Report: 问题N：/整改情况： label pairs + 责任人；完成时限 line.
G["p03"] = dict(issues=5, unanswered=[], must_flag=[
    F("copied-measure", 2, "问题2's 整改情况 restates the feedback (惠农补贴发放审核把关不严、村干部未进行实地核对) plus 今后严格审核把关、杜绝重复申报: no check of the 6 households, no 3460元 recovered, no comparison of 流转台账."),
    F("inconsistent-claim", None, "“5个问题已全部整改完成，16条措施全部落实到位” while 问题1's 补充协议 is “正在与承包方协商” and 4 of 11 外出党员 are “正在…继续联系”."),
    F("no-disclosure", None, "整改要求（三） asks for the rectification to be shown in the 村务公开栏; the report never says it was published (the 公开栏 lines are about 财务明细 and the 值班表)."),
    F("no-deadline", 4, "问题4 ends with 责任人 only — no 完成时限, unlike the other four."),
], must_not_flag=[
    F("no-owner", 4, "Owner named as a post: 村党支部书记."),
    F("no-accountability", 5, "Unusual wording: 镇党委 对村党支部书记 提醒谈话, 报账员 replaced and barred from funds."),
    F("no-mechanism", 3, "Mechanism in plain words: “定下每季度第一周在公开栏张贴明细账的规矩”, signed by the 监委会主任."),
    F("no-mechanism", 1, "资产资源“一物一卡”台账."),
    F("weak-leadership", None, "支部书记尹桂棠 is 第一责任人; 包村领导 guides every half month."),
    F("late-report", None, "Feedback 2025-04-22 with a 2-month limit; report 2025-06-18: 57 days."),
    F("no-deadline", 1, "2025年6月10日 is given (the open 补充协议 is the inconsistency, not a missing date)."),
], links=[
    L("将120亩山林和2处闲置校舍登记入账", 1), L("今后严格审核把关", 2), L("每季度第一周在公开栏张贴明细账", 3),
    L("对11名外出务工党员逐一建立联系卡", 4), L("村报账员已调整由非亲属人员担任", 5)])

# p04 蘧川县蕺山中学党总支 (school): 纪委 website news item, problems in the “巡察组指出，…；…等问题” sentence (6);
# praise, 要求, 表态 are not problems. Report: by number “针对反馈的第N个问题”, #4 and #6 merged in one paragraph.
G["p04"] = dict(issues=6, unanswered=[], must_flag=[
    F("repeated-measure", 3, "The 第三个问题 paragraph (学校党总支组织全体党员教师深入学习党章党规…确保巡察反馈问题整改到位、不再发生) is repeated word for word under 第五个问题; nothing on re-handling the reported 有偿补课 teachers."),
    F("repeated-measure", 5, "The 第五个问题 paragraph repeats the 第三个问题 boilerplate; nothing on 党员教师 in teaching reform or 课后服务."),
    F("weak-leadership", None, "“学校召开行政会议…由各处室按照职责分头抓落实，校长办公室每两周汇总”: no 领导小组, no 第一责任人, the 党总支书记 never appears, though the news quotes the 书记 promising a 专班."),
    F("no-accountability", 4, "“延时服务加班费” is only stopped: no 清退 and nobody dealt with, although the 要求 says 违规发放的资金坚决清退、对相关责任人严肃追责; the merged paragraph's 约谈 concerns the 维修工程 (#6)."),
    F("late-report", None, "Feedback 2024-11-19, 三个月内 required; report 2025-03-07: 108 days."),
], must_not_flag=[
    F("no-disclosure", None, "本报告…将在学校门户网站全文公开."),
    F("inconsistent-claim", None, "20 measures = 16 done + 4 pending; no “all done” claim."),
    F("no-accountability", 6, "总务处主任被约谈并作出书面说明 (in the merged #4+#6 paragraph)."),
    F("no-mechanism", 6, "《校舍维修工程管理规定》, 5万元以上 through the 公共资源交易平台."),
    F("no-mechanism", 2, "Mechanism in unusual words: “三人询价、两人验收” written into 《食堂管理细则》."),
    F("no-deadline", 2, "2024年12月底前; 陪餐 长期坚持."),
    F("no-owner", 1, "Owner named as a post: 分管教学的副校长, 教务处具体负责."),
    F("no-owner", 2, "分管后勤的副校长."),
], links=[
    L("课后服务收费项目已全部报县教育局备案", 1), L("推行食材采购“三人询价、两人验收”做法", 2),
    L("“延时服务加班费”自2024年12月起已停止发放", 4), L("对3项维修工程，学校补办了集体研究和备案程序", 6)])

# p05 澬河县第二人民医院党委 (hospital): 反馈会 speech by the 巡察组组长: praise, problems 一是…六是, requirements 一要…三要.
# Report: public 整改进展情况的通报 with totals, own numbering （一）–（五）, #4 (药品耗材) missing.
G["p05"] = dict(issues=6, unanswered=[4], must_flag=[
    F("unanswered-issue", 4, "药品耗材采购 (高值耗材 without 论证, 二级库账实不符) appears nowhere; the 通报's （四） is 人才队伍."),
    F("inconsistent-claim", None, "“6个问题已全部完成整改，26项整改任务全部办结，完成率100%” and “追回违规资金21.3万元”, while （三） says 6.7万 is still being deducted, （四） puts 竞聘 in July 2025, and only five problems are reported."),
    F("no-mechanism", 2, "红包/回扣 item: persons handled, 承诺书, 约谈 of 2 科室 — but no rule on 医药代表 contacts or 红包, though 三要 asks for 建章立制 and the other concrete items (（一）（三）（四）) each name one."),
    F("vague-measure", 6, "（五） on 基层党建 is slogans only (高度重视、进一步压实、切实发挥、推动…深度融合、不断提升): nothing on 挂名 branch secretaries or the stalled 党员发展."),
], must_not_flag=[
    F("no-disclosure", None, "A public 通报 with phone, e-mail, address and a deadline for comments."),
    F("weak-leadership", None, "党委书记邰沐阳 is 组长 and 第一责任人, 7 推进会, 12 督导 visits."),
    F("late-report", None, "Feedback 2025-02-26, 通报 2025-05-20: 83 days."),
    F("no-accountability", 2, "Unusual wording: 暂停处方权3个月, 取消年度评优资格, 移送县卫健局纪检组."),
    F("no-accountability", 3, "书面检查, 扣减当季绩效, 诫勉谈话."),
    F("no-mechanism", 1, "修订《党委会议事规则》《院长办公会议事规则》, 32-item 前置事项清单."),
    F("no-mechanism", 3, "Mechanism in unusual words: “科室自查、医保办复核、院周会通报”三级管控做法."),
    F("no-mechanism", 5, "中层干部任期管理办法."),
    F("no-deadline", 5, "2025年7月31日; 人才引进 长期坚持."),
    F("no-owner", 1, "党委书记邰沐阳."),
], links=[
    L("列出党委会前置研究和决定的事项清单32项", 1), L("对收受红包的3名医生分别作出暂停处方权3个月", 2),
    L("对被扣款涉及的14个病区逐一过堂", 3), L("中层干部竞聘上岗计划于2025年7月完成", 5), L("进一步压实党支部书记责任", 6)])

# p06 曧州市水务投资集团 (state firm): formal 反馈意见, 二、 with 1．–5． heading line + detail line; 三、整改要求 not problems.
# Report: DOCX, intro + 整改台账 table (序号｜反馈问题｜整改措施｜责任领导｜责任部门｜完成时限｜完成情况).
G["p06"] = dict(issues=5, unanswered=[], must_flag=[
    F("no-owner", 3, "Row 3's 责任领导 cell is “/”; every other row names a leader."),
    F("copied-measure", 5, "Row 5 turns the feedback's wording into “严格执行…严格公开发布…严格落实…坚决杜绝”: no review of the 2 promotions or the 4 relatives, no rule, nobody handled."),
    F("no-accountability", 4, "38.2万 津补贴: only 停发 and a revised pay rule — nothing 清退 and the 领导班子成员 who took it are not dealt with, although 整改要求（三） demands 全额清退 and 追责."),
    F("no-mechanism", 2, "Row 2 only back-fills the 前置研究 and explains the 捐赠 — no revised 议事规则, 前置事项清单 or 捐赠 rule, while rows 3 and 4 each name one."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记、董事长濮云岫 is 组长 and 第一责任人, 6 meetings, site visits, 约谈."),
    F("no-disclosure", None, "整改情况已在集团门户网站和内部办公平台同步公开."),
    F("late-report", None, "Feedback 2024-12-04, report 2025-02-27: 85 days."),
    F("inconsistent-claim", None, "18 measures = 15 done + 3 pending, all in row 1 (持续推进); other rows 已完成."),
    F("no-accountability", 3, "Unusual wording: 工程管理部负责人 降级处理, 2 项目经理 解除劳动合同."),
    F("no-accountability", 2, "总经理 “在党委会上作了检查”."),
    F("no-mechanism", 3, "Mechanism in unusual words: 工程项目招标“负面清单”13条."),
    F("no-mechanism", 4, "修订《集团薪酬福利管理办法》 (the gap there is accountability)."),
    F("no-deadline", 1, "2025年12月底前; 漏损治理长期坚持."),
    F("no-owner", 1, "总经理隗承泽."),
], links=[
    L("完成剩余19公里老旧管网改造", 1), L("补充履行党委前置研究程序", 2), L("梳理形成工程项目招标“负面清单”13条", 3),
    L("立即停发“防暑降温费”“抢修值班补助”", 4), L("坚决杜绝选人用人不规范问题", 5)])

# p07 菂坊街道党工委 (street office): 反馈会 speech by the 区委巡察办主任: praise, 一是…六是, 一要…三要.
# Report: plain reworded headings 一、–七、; #4 split over 四、 (门面房) and 六、 (专项资金); 二、 and 七、 carry the same paragraph.
G["p07"] = dict(issues=6, unanswered=[], must_flag=[
    F("weak-leadership", None, "“街道及时召开会议…由党政办牵头制定整改方案，各科室、各社区按照职责分工抓好落实”: no 领导小组, no 第一责任人, the 党工委书记 never appears, though the speech's 一要 asks for exactly that."),
    F("repeated-measure", 2, "二、 (管党治党) is a slogan paragraph repeated word for word in 七、; nothing on 微腐败 cases or the 廉政风险点 without controls."),
    F("repeated-measure", 6, "七、 (社区党组织) repeats 二、's paragraph; nothing on 班子分工 or 发展党员 quality."),
    F("no-deadline", 5, "五、 (网格员) has no 完成时间 line, unlike every other section; “此项由街道平安办主任负责” only."),
    F("late-report", None, "Feedback 2025-03-27, 三个月内 required; report 2025-07-18: 113 days."),
], must_not_flag=[
    F("no-disclosure", None, "区政府门户网站 街道专栏, 联系电话."),
    F("inconsistent-claim", None, "23 tasks = 20 done + 3 pending."),
    F("no-accountability", 3, "Unusual wording: 办公室主任 “组织调整”, 3 经办人 “作出深刻检查”, 超标准部分 “由当事人个人承担”."),
    F("no-accountability", 4, "财政所原所长 诫勉谈话, 租金差额 补缴."),
    F("no-accountability", 5, "3 网格员 解聘."),
    F("no-mechanism", 4, "《街道经营性资产出租操作规程》 and, in the split half, the “经办、审核、审批”三级签字."),
    F("no-mechanism", 1, "群众诉求“周调度、月通报”制度."),
    F("no-owner", 5, "Owner named as a post: 街道平安办主任 (the gap there is the time limit)."),
    F("no-deadline", 1, "2025年6月30日; 加装电梯 长期坚持."),
], links=[
    L("建立群众诉求“周调度、月通报”制度", 1), L("超标准部分由当事人个人承担", 3), L("对6间门面房重新评估租金", 4),
    L("实行专项资金支付“经办、审核、审批”三级签字", 4), L("取消网格员手机代打卡", 5)])

# p08 蘘江职业技术学院党委 (college): 反馈意见 with areas 一、二、三、…方面 and restarting 1．2． (6); 四、整改意见 not problems.
# Report (UTF-16 LE BOM): common report grouped by area, continuous 1．–5． 关于“…”问题的整改情况; #5 (民主集中制) missing.
G["p08"] = dict(issues=6, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "民主集中制 (临时动议, 一人说了算) is not answered; area （三） only has the 二级学院党组织 item, renumbered 5．."),
    F("vague-measure", 2, "意识形态 item is slogans only (牢固树立…进一步加强…切实加强…不断提高…牢牢掌握): no 讲座 审批 step, no change to the 兼职教师 ratio."),
    F("no-disclosure", None, "整改意见（四） asks for 公开 on campus and on the college site; the report never mentions publishing."),
    F("inconsistent-claim", None, "“6个问题已全部整改到位，整改任务全部完成” while the 设备使用率 is “45%左右，还在继续提高”, 换届 is “计划于2025年10月完成”, and only five problems are answered."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记殷鹤龄 is 组长 and 第一责任人, 9 meetings."),
    F("late-report", None, "Feedback 2025-05-14, report 2025-08-08: 86 days."),
    F("no-accountability", 4, "Unusual wording: “免去继续教育学院院长职务”, 财务处副处长 诫勉谈话; 56万 into the 财务专户."),
    F("no-mechanism", 3, "《实训设备开放共享管理细则》 with a verification rule for 10万元以上 equipment."),
    F("no-mechanism", 6, "修订“双带头人”教师党支部书记选拔培养办法."),
    F("no-deadline", 6, "2025年10月31日; “双带头人”培育 长期坚持."),
    F("no-owner", 1, "Owner named as a post: 分管教学的副院长."),
    F("no-owner", 3, "分管资产的副院长."),
], links=[
    L("停招1个生源不足的新设专业", 1), L("牢固树立意识形态工作责任意识", 2), L("将智能制造实训设备向全院相关专业和社会培训开放", 3),
    L("违规收取的56万元已全部纳入学校财务专户统一管理", 4), L("3个二级学院党总支已完成换届选举的前期准备工作", 6)])

# p09 蔨山县人民检察院党组 (procuratorate): 纪委 website news item, problems in the “巡察组指出，…；…等问题” sentence (6);
# praise, 强调 (requirements), 移交 sentence, 表态 are not problems. Report: plain reworded headings （一）–（六）, 一是… + (牵头领导；完成时限).
G["p09"] = dict(issues=6, unanswered=[], must_flag=[
    F("no-owner", 1, "（一） 挂案 item's bracket gives only 完成时限; every other item names a 牵头领导."),
    F("no-accountability", 5, "公车私用 and 超标准接待: a 专项检查, a revised rule and GPS — nobody handled and nothing repaid, although 鄢绍棠 said 要严肃处理，决不能大事化小."),
    F("no-mechanism", 3, "案件质量 item: re-check and training only — no rule on 审查期限 or 文书说理, while the other concrete items each name one."),
    F("vague-measure", 4, "（四） 意识形态 is slogans only (切实扛起…进一步强化…加强…不断提高…确保): nothing on the 新媒体 审核 chain or the improper post."),
], must_not_flag=[
    F("weak-leadership", None, "检察长阮砚清 is 组长, 负总责、当第一责任人, 5 meetings, 逐项过问、限期督办."),
    F("no-disclosure", None, "门户网站 公开 with 监督电话."),
    F("late-report", None, "Feedback 2025-01-08, report 2025-04-03: 85 days."),
    F("inconsistent-claim", None, "22 measures = 19 done + 3 pending; 24 + 6 + 7 = 37 挂案."),
    F("no-accountability", 2, "Unusual wording: 案件管理部门负责人 “作出调整岗位处理，并在党组会上作检讨”."),
    F("no-mechanism", 2, "Mechanism in unusual words: 涉案财物“一案一账”, 移交清单互签."),
    F("no-mechanism", 1, "会签《涉企刑事案件“挂案”常态化清理工作办法》."),
    F("no-mechanism", 5, "修订《公务接待管理办法》 (the gap there is accountability)."),
    F("no-owner", 6, "Owner named as a post: 党组成员、政治部主任."),
    F("no-deadline", 6, "队伍建设长期坚持."),
], links=[
    L("对2019年以来的涉企挂案逐案清理", 1), L("建立涉案财物“一案一账”管理", 2), L("对2024年办结的审查逾期案件逐件复查", 3),
    L("切实扛起意识形态工作政治责任", 4), L("修订《公务接待管理办法》", 5), L("开设“青年检察官夜校”", 6)])

# p10 瀇阳县政务服务中心党支部 (public-service centre): formal 反馈意见, 一、 with （一）–（五） "heading。detail"; 二、整改要求 not problems.
# Report: intro + 整改台账 as ｜-separated text rows (header + 5 rows × 7 fields) + 说明.
G["p10"] = dict(issues=5, unanswered=[], must_flag=[
    F("copied-measure", 3, "Row 3 restates the feedback (收费公示, “介绍业务”利益关系) as 严格规范/加强/坚决杜绝/切实维护: no check of the 中介, no 深挖细查 or 移交 as 整改要求（三） asks."),
    F("no-deadline", 1, "Row 1's 完成时限 is “逐步推进” (the 说明 only says 力争早日) — no date."),
    F("no-disclosure", None, "整改要求（四） asks for 向社会公开; the report never says it will be published (the 大厅电子屏 and 收费公示 are not the rectification)."),
    F("weak-leadership", None, "“由综合科牵头…下发各科室对照认领”: no 领导小组, no 第一责任人, the 支部书记 only appears as owner of row 5, though 整改要求（一） says 支部书记要亲自抓、负总责."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-06-18, report 2025-09-12: 86 days."),
    F("inconsistent-claim", None, "15 measures = 12 done + 3 pending; only row 1 is 推进中."),
    F("no-deadline", 5, "长期坚持 for 党员示范岗 is legitimate; the concrete steps are done."),
    F("no-accountability", 2, "Unusual wording: 2 窗口人员 “予以辞退”, 首席代表 “扣减当季考核分”."),
    F("no-mechanism", 4, "Mechanism in unusual words: 《中心政府采购内控规程》."),
    F("no-mechanism", 2, "差评“一日内联系、三日内办结”回访制度."),
    F("no-owner", 4, "Owner named as a post: 分管后勤的副主任."),
    F("no-owner", 5, "支部书记、中心主任韦晗光."),
], links=[
    L("新上线“一件事一次办”事项14项", 1), L("对30条未回访差评逐条回访并整改到位", 2), L("严格规范中介服务收费公示", 3),
    L("重新公开采购物业保洁服务", 4), L("增设专职党支部副书记1名", 5)])

for name, g in G.items():
    out = {"mode": "pair", "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
