"""Write p01..p10/gold.json (dev-pairs gold format) for dev98. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev44/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蕖阳县重点项目建设服务中心党支部: formal 反馈意见 (UTF-8), 一、巡察发现的主要问题 with four areas （一）…方面 and
# continuous 1．–9． heading。detail; 二、整改意见 （一）–（四） are not problems.
# Report: public HTML 整改进展情况的通报 on the county site; a general section 一、加强组织领导 that also answers #3 and
# part of #8; own areas （一）–（四） "聚焦…" merging #1+#2, #4+#5, #6+#7, #8+#9; problems cited by paraphrase.
G["p01"] = dict(mode="pair", issues=9, unanswered=[], must_flag=[
    F("no-deadline", 9, "The 126万 超概算 audit finding — already flagged as 整改滞后 — is only “已委托第三方…目前审核工作正在进行中”; the group's bracket has no 完成时限 at all, while every other open item carries a date (#7: 2025年10月31日)."),
    F("no-mechanism", 8, "A problem the 2021 round raised, reported as done, and found again: the report fills the 5 files and does a one-off “回头看”, but makes no archiving rule although 整改意见（四） names 档案管理制度 and every other substantive item in the report names a rule."),
], must_not_flag=[
    F("weak-leadership", None, "支部书记、主任訾砚秋 heads the 领导小组 as 第一责任人, approves the plan, hears each item, 当面督办 two late tasks, holds the 廉政谈话 himself."),
    F("late-report", None, "Feedback 2025-03-18, 通报 2025-06-10: 84 days, inside the three months."),
    F("no-disclosure", None, "A public 通报 on the county government site (公开方式：主动公开) with a comment period and a phone number."),
    F("inconsistent-claim", None, "9 = 7 done + 2 ongoing (#7 second part, #9), both marked 正在推进 in their items; 诫勉1 (计划财务股股长) + 批评教育3 (综合股负责人, 驾驶员, 车辆管理员); 0.86万 and 1.8万 both in the items; 5 rules, each named."),
    F("unanswered-issue", 3, "Answered in the general section 一、: the secretary's 廉政谈话 with 3 班子成员 and 6 中层干部 and a 支部委员会 on 党风廉政建设, with a half-yearly rule — not under any 二、 heading."),
    F("no-owner", 3, "The general-section answer is the secretary's own act (訾砚秋同志分别与…开展廉政谈话)."),
    F("repeated-measure", 1, "（一） answers #1 and #2 together and says so (将两项问题合并研究、一体推进); its two points are specific to each problem."),
    F("repeated-measure", 2, "Same merged section as #1; point 2 (一项目一专班, 交办单, 3 停工项目) is #2's own."),
    F("no-accountability", 4, "0.86万 退缴 by the participants; 综合股负责人, the driver and the car keeper 批评教育."),
    F("no-accountability", 5, "1.8万 deducted and recovered after expert review; 计划财务股股长 诫勉谈话."),
    F("no-accountability", 2, "Meetings that only read out progress: a work failing, no misconduct to answer for."),
    F("no-mechanism", 5, "修订《项目前期工作经费管理办法》 (先签合同、验收后付款)."),
    F("no-mechanism", 2, "《项目调度交办督办制度》 with a 交办单 naming owner and date."),
    F("no-deadline", 7, "“第2项2025年10月31日” for the recruitment still under way."),
], links=[
    L("建立重点项目储备库分级管理机制", 1), L("县物流园二期项目已补齐用地预审和环评批复", 1), L("一项目一专班", 2),
    L("3个停工项目中，2个已于5月复工", 2), L("开展廉政谈话", 3), L("已由参加人员全部退缴", 4),
    L("修订《公务用车管理制度》", 4), L("已与服务单位补签合同", 5), L("严格执行支部委员会每月召开制度", 6),
    L("增设工程管理岗位2个", 7), L("5个缺少竣工验收资料的项目已全部补齐并归档", 8), L("逐项开展“回头看”", 8),
    L("已委托第三方造价机构开展结算审核", 9)])

# p02 蘅川县公共法律服务中心党支部: 巡察组组长's 反馈会 speech (GB18030), problems as paragraphs 一是…七是 (continuous);
# praise, the 原因 paragraph and 一要…三要 are not problems. Report (UTF-16 LE BOM, CRLF): the unit sorts the seven into its
# own three 部分 and answers BY NUMBER (第一部分第1、2个问题 / 第二部分第3个问题 / 第4、5个问题 / 第三部分的两个问题).
G["p02"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "“反馈的7个问题已全部整改到位，23条整改措施全部完成”, while （一） says 2 of the 5 unstaffed stations 待所在乡镇配齐司法所人员后落实 and （三） says 0.5万 of the 1.6万 正在催缴."),
    F("repeated-measure", 6, "（四）1．answers 支部组织生活不规范 only with the boilerplate paragraph (组织全体党员干部认真学习…不整改到位不销号) that is pasted word for word under （二） for the 法律援助 problem: nothing on the 5 主题党日 or the copied 组织生活会 findings."),
    F("no-accountability", 5, "A 28万 contract signed by the then 主任 alone without collective decision: the report gets a retroactive 主任办公会 decision and a revised 采购管理办法, but says nothing about the person who signed, although the speech said 该追责的要追责."),
], must_not_flag=[
    F("weak-leadership", None, "支部书记、主任郇允和 heads the 领导小组 as 第一责任人, 4 推进会, visits 5 stations, and owns （三）."),
    F("late-report", None, "Feedback 2024-11-06, report 2025-01-24: 79 days."),
    F("no-disclosure", None, "“将在县司法局门户网站公开，接受干部群众监督”."),
    F("repeated-measure", 1, "（一） is a declared merged answer for 第1、2个问题; point 1–2 are #1's, point 3 is #2's."),
    F("repeated-measure", 2, "Same merged item; the 9 场 check and 《普法活动记录规范》 are #2's own."),
    F("repeated-measure", 4, "（三） merges #4 and #5 with a separate point for each."),
    F("no-accountability", 3, "2.3万 recovered; 法律援助科科长 批评教育."),
    F("no-accountability", 4, "办公室主任 诫勉谈话; money being returned."),
    F("no-mechanism", 3, "修订《法律援助案件补贴审核发放办法》."),
    F("no-mechanism", 5, "修订《中心采购管理办法》 (the gap there is accountability)."),
    F("unanswered-issue", 7, "Answered as “第2个问题” inside 第三部分 — a number that restarts in the unit's own partition, not feedback item 2."),
    F("no-deadline", 7, "完成时限：2025年1月20日."),
    F("no-owner", 5, "责任领导：支部书记、主任郇允和."),
], links=[
    L("已有3个落实专人值守", 1), L("对村（社区）法律顾问服务台账逐一核对", 1), L("对9场记录缺失的普法活动逐场核实", 2),
    L("已追回补贴2.3万元", 3), L("已由中心全体职工退还1.1万元", 4), L("补充提交主任办公会集体研究", 5),
    L("针对支部组织生活不规范的问题", 6), L("已将其组织关系转至现居住地党组织", 7)])

# p03 薿城县中小学卫生保健所党支部: DOCX 反馈意见 with bold （一）–（八） heading paragraphs + detail; 二、整改意见 1．–4.
# not problems. Report (UTF-8 CRLF): three own 线 (业务工作 / 资金资产 / 作风队伍) — order 1,2 | 3,4,8 | 5,6,7 — cited by
# paraphrase or by a two-word label (体检费用结算。/ 违规收费。/ 设备入账。…). GOOD REPORT.
G["p03"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "支部书记、所长眭静姝 heads the 领导小组 as 第一责任人, 5 推进会, 3 site visits, 当面交办; owns three items."),
    F("late-report", None, "Feedback 2025-04-22, report 2025-07-15: 84 days."),
    F("no-disclosure", None, "县教育局门户网站 and 所内公开栏, with a 监督电话."),
    F("inconsistent-claim", None, "8 = 7 done + 1 (#1, whose 筛查 is marked 正在推进); 6.8万 = 4.7万 + 2.1万; 诫勉1 + 批评教育3 (财务人员, 接待经办人, 人事干事); 5 rules, each named."),
    F("vague-measure", 1, "Opens with 深刻认识…政治属性，切实提高政治站位 but then a county 防控工作方案 issued, 46 schools screened, results to parents."),
    F("copied-measure", 2, "Opens by restating the problem (针对学校卫生指导覆盖面窄、保健教师台账不实的问题) and then acts: 分片包校, 46 schools visited, 9 names struck, 6 teachers added, a 规范."),
    F("unanswered-issue", 8, "Answered under the money line （二）3．设备入账 — out of feedback order, under a two-word label."),
    F("unanswered-issue", 5, "Answered under （三）1．公务接待, grouped with #6 and #7."),
    F("no-accountability", 3, "4.7万 returned by the hospital; 财务人员 批评教育."),
    F("no-accountability", 4, "2.1万 returned to 38 schools; 原办公室负责人 诫勉谈话."),
    F("no-accountability", 5, "1860元 退缴; 经办人员 批评教育."),
    F("no-accountability", 6, "Dull 组织生活: no misconduct to answer for."),
    F("no-mechanism", 2, "《学校卫生工作指导规范》."),
    F("no-mechanism", 8, "《固定资产管理办法》 with a yearly count."),
    F("no-deadline", 1, "Dated parts (方案 2025-04-30, 筛查 2025-09-30) plus 此后长期坚持."),
    F("no-owner", 6, "责任领导：支部书记眭静姝."),
], links=[
    L("近视肥胖综合防控工作方案", 1), L("实行分片包校", 2), L("多支付的体检费4.7万元已由医院全部退回", 3),
    L("2.1万元已全部退还38所学校", 4), L("2次超标准接待费用1860元已由当事人退缴", 5), L("支部书记带头讲专题党课", 6),
    L("补充提交所务会研究", 7), L("6台体检设备完成价值评估后登记入账", 8)])

# p04 蓂溪县林业科学研究所党支部: HTML news page of the 县纪委监委 site (GBK, CRLF) — 巡察组组长 “主要表现在：一是…七是”
# in one paragraph; 一要…三要 and the 表态 一是…三是 are not problems. Report: DOCX covering text + a Word-table 整改台账
# grouped by own 整改类别, rows in own order (1,5 | 2+4, 3, 3 | 6,7 | 综合), #2+#4 merged in row 3, #3 split over rows 4–5.
G["p04"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-owner", 7, "Row 7's 责任领导 is “所领导班子” — a body, not a person; every other row names one leader."),
    F("no-accountability", 3, "37 mu let out privately by the 基地管理员, who pocketed 0.9万 a year: rows 4–5 take the land back, collect 1.8万 and make a rule, but nobody is dealt with, though 一要…二要 asked for 严肃追责问责 on 违规违纪 matters."),
    F("inconsistent-claim", None, "Covering text: “反馈的7个问题已全部整改完成，8项整改任务全部销号”, while row 1 is 推进中 with a 2025年3月31日 limit (1 课题 still collecting field data) and row 8 is 持续推进."),
], must_not_flag=[
    F("weak-leadership", None, "支部书记、所长蒯文澜 heads the 领导小组 as 第一责任人, 亲自部署、亲自督办, 4 推进会, site visits, owns rows 2, 6, 8."),
    F("late-report", None, "Feedback 2024-09-12, report 2024-12-05: 84 days."),
    F("no-disclosure", None, "“本报告将在县林业局门户网站公开”."),
    F("repeated-measure", 2, "Row 3 is one declared merged row for 第二项、第四项; its parts are specific (3.4万/2.2万 for #2, 询价 for #4)."),
    F("repeated-measure", 4, "Same merged row."),
    F("unanswered-issue", 5, "Answered in row 2, out of order (科研管理 group)."),
    F("no-accountability", 2, "2.2万 returned; 科研科负责人 批评教育."),
    F("no-accountability", 4, "采购经办人 批评教育; 询价 completed and filed."),
    F("no-accountability", 6, "人事干事 批评教育; duties split between two leaders."),
    F("no-mechanism", 3, "Row 5: 《试验基地管理办法》 (the gap there is accountability)."),
    F("no-owner", 5, "支部书记、所长蒯文澜."),
    F("no-deadline", 1, "2025年3月31日 (the gap tied to row 1 is the all-done claim)."),
], links=[
    L("2项已通过县科技局验收结题", 1), L("向在编人员发放的劳务费2.2万元已全部退回", 2),
    L("修订《科研项目经费管理办法》《政府采购内部控制制度》", 2), L("修订《科研项目经费管理办法》《政府采购内部控制制度》", 4),
    L("2年租金1.8万元已全部收缴入账", 3), L("制定《试验基地管理办法》", 3), L("对仪器采购拆分问题补充履行询价程序", 4),
    L("组建党员科技服务队", 5), L("对中层干部竞争上岗方案补充提交支部委员会研究", 6), L("信息发布实行“三审”", 7)])

# p05 蘩山市出版社有限公司党委 (市属国企): formal 反馈意见 (GB18030), areas 一、二、三、 with RESTARTING 1．2．3．(4．)
# (3 + 4 + 3 = 10); the 移交 sentence and 整改意见 （一）–（五） are not problems. Report (UTF-8): own themes 守阵地 /
# 防风险 / 强队伍 with 一是…, problems in own words or not named at all; #1,#3,#2 reordered; #7 only a closing clause;
# a closing 加强组织领导 section; no disclosure.
G["p05"] = dict(mode="pair", issues=10, unanswered=[], must_flag=[
    F("no-accountability", 4, "43.6万 paid to middlemen, 2 of them relatives of the firm's own 发行人员: the report stops the payments and writes a 发行管理办法, but recovers nothing and names nobody, although 整改意见（三） asks to 追回资金，严肃追责问责."),
    F("vague-measure", 7, "A 210万 stock gap and 3.7万 books pulped without appraisal get one closing clause, “同时，进一步加强资产管理，确保国有资产保值增值”: no count, no write-off check, no person, no rule."),
    F("no-disclosure", None, "整改意见（五） asks to publish the rectification; the report never says it will be published anywhere."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记、董事长綦毓麟 heads the 领导小组 as 第一责任人, 6 党委会, approves each measure; leads 三、 himself."),
    F("late-report", None, "Feedback 2025-02-20, report 2025-05-16: 85 days."),
    F("unanswered-issue", 10, "Answered by content only: 三、三是 (青苗计划, 5 editors, 师带徒) never names the problem."),
    F("unanswered-issue", 2, "Answered as 一、三是 “补齐主题出版短板”, after #3."),
    F("no-accountability", 1, "责任编辑 and 终审人 通报批评 and 扣发当年绩效奖金 — sanctions in a firm's words."),
    F("no-accountability", 5, "6.8万 returned; 编辑部主任 诫勉谈话, 财务部负责人 批评教育."),
    F("no-accountability", 6, "1.2万 returned; 会务经办人 批评教育."),
    F("no-mechanism", 4, "《教辅图书发行管理办法》 (the gap there is accountability)."),
    F("copied-measure", 1, "“严格执行‘三审三校’” echoes the feedback's words, but beside it the 2 books are recalled and reprinted, 终审 must write an opinion, two people are sanctioned and a rule is revised."),
    F("vague-measure", 3, "Slogan lead (压实意识形态工作责任) followed by acts: quarterly 党委会 agenda, a 责任清单, 2 training sessions for 86."),
    F("no-owner", 9, "Area bracket: 牵头领导：党委书记、董事长綦毓麟."),
    F("no-deadline", 2, "Area bracket: 主题出版为长期任务 beside a dated limit for the rest."),
], links=[
    L("被通报的2种图书已全部召回并修订重印", 1), L("成立主题出版中心", 2), L("党委会每季度至少专题研究一次意识形态工作", 3),
    L("全面停止向中间人支付“推广费”", 4), L("以“外审费”名义发给本社编辑的6.8万元已全部退回", 5),
    L("书展期间列支的礼品费用1.2万元已由责任人退回", 6), L("进一步加强资产管理，确保国有资产保值增值", 7),
    L("单独成立编辑出版党支部", 8), L("对2024年提拔的2名中层干部补充开展考察", 9), L("实施编辑人才“青苗计划”", 10)])

# p06 葳平县党群服务中心党支部: 反馈意见 (UTF-8), areas 一、二、三、…方面 with continuous （一）–（七）; the 整改要求
# paragraph is not a problem. Report (GB18030, CRLF): a short report by three own slogans; PLAINLY WEAK and LATE.
G["p06"] = dict(mode="pair", issues=7, unanswered=[7], must_flag=[
    F("unanswered-issue", 7, "志愿服务队伍 (380 registered, under 30 active, 虚报时长) is never mentioned: 三、加强队伍建设 only covers the secretary's 党课."),
    F("vague-measure", 1, "Closed activity room and <120 open days answered only by 进一步提高思想认识，充分发挥…阵地作用，不断提升服务…水平: no opening hours, no room cleared."),
    F("repeated-measure", 2, "The 5 never-run services get only the paragraph “组织全体干部职工认真学习上级有关文件精神，严格落实各项工作制度，加强日常监督检查，坚决杜绝类似问题再次发生”, pasted again under #4."),
    F("repeated-measure", 4, "Back-filled ledgers and reused photos get the same pasted paragraph as #2."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人, the 支部书记 leads nothing: the centre “召开全体干部职工会议进行了传达，要求各岗位…抓好整改” and hands everything to the 中心主任, though the 整改要求 asked for both."),
    F("late-report", None, "Feedback 2024-10-09 with a 三个月内 limit; report dated 2025-01-27: 110 days."),
], must_not_flag=[
    F("no-disclosure", None, "“整改情况将在中心一楼公示栏公布，接受党员群众监督”."),
    F("inconsistent-claim", None, "No count and no all-done claim: the closing line only says the work 按照2024年12月底前完成的时限推进."),
    F("no-owner", 3, "One owner for all: “以上整改工作由中心主任郏子衡负责”."),
    F("no-deadline", 3, "One limit for all (2024年12月底前), and #3 is already done (12月全部转入单位账户)."),
    F("no-accountability", 3, "Money moved into the unit account; the 经手职工 批评教育."),
    F("no-accountability", 5, "0.7万 returned; the 副主任 who organised it 提醒谈话."),
    F("no-owner", 6, "The 支部书记 himself gave the 党课."),
], links=[
    L("充分发挥党群服务中心阵地作用", 1), L("针对服务项目与群众需求脱节的问题", 2),
    L("会议室出租收入2.6万元已于2024年12月全部转入单位账户", 3), L("针对活动台账补记、照片重复使用的问题", 4),
    L("0.7万元已由参加人员全部退回", 5), L("支部书记已于2024年12月为全体党员讲授专题党课1次", 6)])

# p07 蒗源县人工影响天气办公室党支部: 反馈意见 (UTF-8 CRLF), （一）–（七） heading。detail; the inline 整改意见 一是…四是 is
# not a problem. Report (UTF-8): 关于… items with 整改措施/责任领导/整改时限/整改进展 — #1+#2 merged by quotes, #3+#7 merged
# by paraphrase — then a separate 建章立制 section with three rules answering #1, #2, #3, #7.
G["p07"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("copied-measure", 5, "（四）'s only measure restates the problem as a promise (严格规范作业补贴发放，坚决杜绝向未参加作业的机关人员发放作业补贴): the 1.5万 is not recovered, nobody is named, and it is still marked 已完成."),
    F("no-mechanism", 4, "Special funds used for running costs: the 5.2万 is put back, but no fund rule is made, although 整改意见 三 asks for 资金管理制度 and 三、建章立制 makes rules only for 作业点, 弹药 and 人员."),
], must_not_flag=[
    F("weak-leadership", None, "支部书记、主任宓云舒 heads the 领导小组 as 第一责任人, visits all 8 作业点, 4 推进会, owns three items."),
    F("late-report", None, "Feedback 2025-05-27, report 2025-08-22: 87 days."),
    F("no-disclosure", None, "“本报告将在县气象局门户网站公开”."),
    F("inconsistent-claim", None, "7 = 6 done + 1 (#6, marked 正在推进 with 2025年9月30日); 批评教育2 (保管员, 财务人员); 3 rules named; 5.2万 in （三）."),
    F("unanswered-issue", 7, "Answered inside （二） under the paraphrase 作业点值守不规范 (双人值守、视频打卡) and by the 《…作业点安全管理规定》 in 三、."),
    F("repeated-measure", 1, "（一） is one heading quoting both problems; its points are specific (库房 for #1, 6枚 for #2)."),
    F("repeated-measure", 2, "Same merged heading."),
    F("no-mechanism", 1, "《人工影响天气作业点安全管理规定》 — in the separate 建章立制 section, not under the item."),
    F("no-mechanism", 2, "《人影弹药出入库登记管理制度》, in 三、."),
    F("no-accountability", 2, "Missing rockets traced with the police; the 弹药保管员 批评教育."),
    F("no-deadline", 6, "整改时限：2025年9月30日, 正在推进."),
], links=[
    L("其中2个弹药库按标准改造完成", 1), L("对2024年火箭弹逐枚核查", 2), L("对7名上岗证过期人员暂停作业", 3),
    L("双人值守、视频打卡", 7), L("已从单位公用经费中归还专项经费", 4), L("严格规范作业补贴发放", 5),
    L("人影办党员单独编为党小组", 6), L("制定《人工影响天气作业点安全管理规定》", 1), L("制定《人工影响天气作业点安全管理规定》", 7),
    L("制定《人影弹药出入库登记管理制度》", 2), L("制定《作业人员管理办法》", 3)])

# p08 菂江县城乡建设咨询有限公司党支部 (县城投集团所属): 反馈意见 (UTF-16 LE BOM), areas 一、二、三、…方面 + continuous
# 1．–8． heading lines with a detail line under each; 四、整改建议 is not an area. Report: DOCX with bold own-area headings
# （一）把方向谋发展 / （二）业务质量和廉洁风险 / （三）作风纪律和队伍; #5 split over （二） and （三）; owners only in a
# closing 三、责任分工 by 部分; time limits per paragraph. GOOD REPORT.
G["p08"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长暨远帆 heads the 领导小组 as 第一责任人, approves every measure, 6 专题会, 直接督办 the hardest two."),
    F("late-report", None, "Feedback 2024-12-17, report 2025-03-14: 87 days."),
    F("no-disclosure", None, "集团网站 and 公司公示栏, with a 监督电话."),
    F("inconsistent-claim", None, "8 = 7 done + 1 long-term (#2, 此后长期坚持); 诫勉1, 警告2, 批评教育2, 线索1, 3.6万, 6 rules — each found in the paragraphs."),
    F("no-owner", 4, "Owner only in the closing 三、责任分工: 第（二）项由总经理万俟琛负责."),
    F("no-owner", 8, "Owner only in 三、: 第（三）项由支部副书记钭若谷负责."),
    F("no-owner", 1, "三、: 第（一）项由党支部书记、董事长暨远帆负责."),
    F("no-accountability", 4, "集团党委 诫勉谈话 for the 分管副总经理; the relatives clue 移交县纪委监委."),
    F("no-accountability", 5, "3.6万 退缴, two 警告处分 under the firm's 奖惩规定."),
    F("no-accountability", 3, "扣减2名项目负责人当年绩效 — accountability in a firm's words."),
    F("no-accountability", 6, "27 trips checked; 车辆管理员和驾驶员 批评教育."),
    F("unanswered-issue", 5, "Split: the money and 警告 under （二）, the 兼职规定 and 承诺书 under （三） — no heading names it."),
    F("no-deadline", 2, "2025年2月28日, 此后长期坚持."),
    F("copied-measure", 1, "Quotes the finding (“前置研究讨论事项清单未制定”) and then makes the list (11 kinds of matter) and reviews the 3 past decisions, stopping one."),
    F("no-mechanism", 4, "《业务承揽管理办法》."),
    F("no-mechanism", 5, "修订《员工兼职管理规定》 — in another section than the sanction."),
], links=[
    L("制定《党支部前置研究讨论重大经营管理事项清单》", 1), L("建立项目工期预警台账", 2), L("实行项目负责人自核、部门复核、总工程师审核的三级复核", 3),
    L("公司立即停止与业务介绍人的一切合作", 4), L("责令2名员工退缴违规所得3.6万元", 5), L("修订《员工兼职管理规定》", 5),
    L("公务用车全部实行派车单管理", 6), L("对连续6个月未交纳党费的党员进行谈话提醒", 7), L("对“挂证”人员解除注册关系", 8)])

# p09 藿台县城市建设档案馆党支部: 巡察组组长's 反馈会 speech (UTF-8), three 从…看 paragraphs with RESTARTING inline
# 一是… (2 + 3 + 2 = 7); 一要…三要 not problems. Report (GB18030): the secretary-馆长's FIRST-PERSON 主要负责人 report by
# own work lines; #6 answered in 一、 (how I led), #1+#2 merged, #3–#5 as 一是…三是; #7 nowhere. LATE.
G["p09"] = dict(mode="pair", issues=7, unanswered=[7], must_flag=[
    F("unanswered-issue", 7, "No 档案/工程 professional on 14 staff, 鉴定 and 修复 undone: the report never mentions staffing or recruitment."),
    F("no-accountability", 5, "A cadre handed other people's house files to an agency: the report adds 身份核验, cameras and a 承诺书 but says nothing of the cadre, though the speech demanded 依规依纪处理到人."),
    F("late-report", None, "Feedback 2025-01-14 with a 三个月内 limit (2025-04-14); report dated 2025-04-30: 106 days."),
], must_not_flag=[
    F("weak-leadership", None, "First person as 第一责任人: heads the 领导小组, 7 推进会, 上门督办, self-criticism on 一言堂."),
    F("no-disclosure", None, "县住房和城乡建设局门户网站."),
    F("unanswered-issue", 6, "Answered in 一、 (how I led): self-criticism and the revised 《馆务会议事规则》, 9 kinds of matter, 14 decided collectively."),
    F("no-mechanism", 6, "修订《馆务会议事规则》 with 馆长末位表态."),
    F("no-owner", 6, "“我主持修订…” — the principal leader himself."),
    F("repeated-measure", 1, "（一） holds #1 and #2 in two separate paragraphs; nothing is pasted."),
    F("repeated-measure", 2, "Same group, its own paragraph (复检, 逐卷抽检)."),
    F("no-accountability", 3, "0.9万 returned; 利用科科长 批评教育."),
    F("no-accountability", 4, "Audit, 1.7万 deducted; 办公室主任 批评教育; the 馆长's own 检查."),
    F("no-deadline", 1, "档案催交 by 5月31日; group limit 2025年12月31日."),
    F("no-owner", 3, "第（二）组 owner: 副馆长巫马清."),
], links=[
    L("目前已有10个项目档案进馆", 1), L("组织对已完成的数字化成果全部复检", 2), L("向4家房地产开发企业收取的0.9万元已全部退还", 3),
    L("委托县审计局对变更内容进行审计", 4), L("实行查档“身份核验、审批登记、复印留痕”", 5), L("修订《馆务会议事规则》", 6)])

# p10 蘵阳县国营渔场党支部: 反馈意见 (UTF-8), 一、…八、 heading。detail; the 整改要求 paragraph is not a problem. Report:
# a ｜-row 整改台账 as text, grouped by own 类别 with group lines, #2+#3 merged into row 2, rows renumbered 1–7. PLAINLY WEAK.
G["p10"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[
    F("weak-leadership", None, "No 领导小组, no 第一责任人: “场部召开会议…明确由场办公室负责收集汇总”, though the 整改要求 named the 支部书记 as 第一责任人."),
    F("no-deadline", 1, "Row 1 (改制 not started since 2022): 完成时限 “待县里统一安排” — no date for the unit's own part."),
    F("no-owner", 6, "Row 3 (安全生产): 责任人 “全体职工”."),
    F("copied-measure", 4, "Row 4 restates the finding as a promise (规范财务管理，杜绝白条入账，严禁坐支现金): the 19 白条 and the 2.3万 not booked are not dealt with, yet 已完成."),
    F("no-accountability", 5, "购物卡 1.2万 in two festivals: “已停止发放” only — nothing recovered, nobody dealt with."),
    F("vague-measure", 7, "Row 6: 加强支部建设，充分发挥…战斗堡垒作用和党员先锋模范作用 — no 补选 of the missing 委员, nothing on retired members."),
    F("no-disclosure", None, "The 整改要求 asks to publish; the report never mentions publication."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-06-24, report 2025-09-19: 87 days."),
    F("inconsistent-claim", None, "“7项整改任务已完成4项，3项正在推进” — rows 3, 4, 5, 7 完成; rows 1, 2 推进中 and row 6 持续推进."),
    F("unanswered-issue", 3, "Inside the merged row 2 (2处闲置厂房已全部收回)."),
    F("repeated-measure", 2, "Row 2 is one row for two problems, with a part for each."),
    F("repeated-measure", 3, "Same merged row."),
    F("no-owner", 1, "场长钟离砚 (the gap there is the time limit)."),
    F("no-deadline", 5, "立行立改 for a stop already made."),
    F("no-accountability", 8, "Unsigned labour contracts: a management failing, now fixed; nobody to hold to account."),
], links=[
    L("争取早日启动改革改制工作", 1), L("已与其中18户补签承包合同", 2), L("2处闲置厂房已全部收回", 3),
    L("规范财务管理，杜绝白条入账", 4), L("已停止发放购物卡", 5), L("对2处渗漏点进行应急封堵", 6),
    L("加强支部建设，充分发挥支部战斗堡垒作用", 7), L("与12名临时用工人员全部签订劳动合同", 8)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
