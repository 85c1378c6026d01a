"""Write p01..p10/gold.json (dev-pairs gold format) for dev114. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev108/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. check.py's WHERE table declares, per problem, where the
owner, time limit and rule are written; the no-owner / no-deadline / no-mechanism entries below follow it.
Time limits counted (README): a date; 反馈后N个月内 (computed from the feedback date); 年底前 / 下一季度 (computed from the
report date); 立行立改 and 即日起 (immediate); a start or a date plus 长期坚持 for a standing practice; a closing line
giving one date for all items; an item reported finished. Not counted: 持续推进, 逐步, 尽快, 长期坚持 alone for a task with
an end. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蘘阳县散装水泥发展服务中心党支部 (县住建局党组 round): formal 反馈意见, areas （一）（二）（三）…方面 with continuous
# 1．–10． heading。detail; 二、整改意见 not problems. Report: owners written ONCE per area (a bracket under the first 方面
# heading; an opening sentence “以下N个问题由…牵头” for the other two), 完成时限 per item in varied forms, every rule in a
# separate 三、建立长效机制情况. GOOD REPORT.
G["p01"] = dict(mode="pair", issues=10, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任莘浩初 heads the 领导小组 as 第一责任人, 直接部署、直接过问、直接督办, 5 支委会, 3 site visits."),
    F("late-report", None, "Feedback 2025-03-20, report 2025-06-12: 84 days, inside three months."),
    F("no-disclosure", None, "四、三是: the report will be published on the 县住建局门户网站 with a 监督电话 6238714 — a named channel and number."),
    F("inconsistent-claim", None, "8 done + #1 and #9 named as ongoing = 10, and the items agree (#1 due 10-31, #9 年底前); 6 rules named = 6."),
    F("no-owner", 1, "Owner written once for the whole area: “（牵头领导：党支部书记、主任莘浩初；责任股室：推广股）” under the 方面 heading."),
    F("no-owner", 2, "Same area bracket as #1."),
    F("no-owner", 3, "Same area bracket as #1."),
    F("no-owner", 4, "“以下4个问题由党支部书记、主任莘浩初牵头，分管财务的副主任宓秋容具体负责” opens the area."),
    F("no-owner", 5, "Covered by the opening sentence of area （二）."),
    F("no-owner", 6, "Covered by the opening sentence of area （二）."),
    F("no-owner", 7, "Covered by the opening sentence of area （二）."),
    F("no-owner", 8, "“以下3个问题由党支部组织委员、副主任禤立言牵头” opens area （三）."),
    F("no-owner", 9, "Covered by the opening sentence of area （三）."),
    F("no-owner", 10, "Covered by the opening sentence of area （三）."),
    F("no-deadline", 2, "“立行立改，更正数据已于4月15日报出”: immediate and reported done with a date — counted."),
    F("no-deadline", 3, "“反馈后两个月内” = by 2025-05-20, computable from the feedback date — counted."),
    F("no-deadline", 5, "“立行立改”: the money is returned and the rule revised at once — counted as an immediate limit."),
    F("no-deadline", 6, "“反馈后一个月内” = by 2025-04-20 — counted."),
    F("no-deadline", 8, "“2025年5月底前，此后长期坚持”: a date for the fix plus a standing practice — counted."),
    F("no-deadline", 9, "“年底前确定入党积极分子2名” = by 2025-12-31 (the report is dated 2025-06-12) — counted."),
    F("no-mechanism", 1, "《预拌砂浆使用监督检查办法》, named in 三、 “针对第1个、第3个问题”."),
    F("no-mechanism", 2, "《行业统计数据核对报送制度》 in 三、."),
    F("no-mechanism", 3, "《预拌砂浆使用监督检查办法》 in 三、 (shared with #1)."),
    F("no-mechanism", 5, "《公务接待管理办法》 revised, in 三、."),
    F("no-mechanism", 6, "《专项业务经费使用管理规定》 in 三、."),
    F("no-mechanism", 7, "《小额采购询价比价规定》 in 三、."),
    F("no-mechanism", 8, "支部“三会一课”记录审核制度 in 三、."),
    F("no-accountability", 5, "The approver refunds 0.21万 and receives a 提醒谈话 — a light but real consequence."),
    F("no-accountability", 10, "Unlicensed testers: a staffing failing; they stop signing and get licensed, no sanction needed."),
    F("unanswered-issue", 7, "Answered in item 7 (price comparison, 3-quote rule) and in 三、."),
    F("repeated-measure", 1, "One rule in 三、 answers #1 and #3 together (“针对第1个、第3个问题”): a shared rule for two related problems, not a pasted measure."),
    F("repeated-measure", 3, "Same shared rule as #1; #3 also has its own acts (new form, photos, 3 re-checks)."),
    F("copied-measure", 3, "The item restates the problem as its heading (关于对搅拌站的监督检查流于形式的问题), then acts."),
], links=[
    L("逐个下达《现场搅拌砂浆限期改正通知书》", 1), L("与县住建局质量安全股建立通报机制", 1),
    L("《预拌砂浆使用监督检查办法》", 1), L("《预拌砂浆使用监督检查办法》", 3),
    L("对2024年全年数据逐月与6家搅拌站台账核对", 2), L("《行业统计数据核对报送制度》", 2),
    L("重新设计检查记录表", 3), L("对2家被投诉站点复查3次", 3),
    L("4月2日召开支委会专题研究党风廉政建设", 4), L("对6批次公务接待逐笔补充情况说明", 5), L("修订《公务接待管理办法》", 5),
    L("劳务费发放一律改为银行转账", 6), L("《专项业务经费使用管理规定》", 6),
    L("对3台检测仪的采购价格进行市场比对", 7), L("《小额采购询价比价规定》", 7),
    L("补充完善2024年会议台账", 8), L("建立支部“三会一课”记录审核制度", 8),
    L("支委逐一与35岁以下职工谈心谈话", 9), L("2名无证人员已停止独立出具检测记录", 10)])

# p02 菰川县属食品有限责任公司党支部 (县国资委党委 enterprise round): HTML news page on the 国资委 site, problems inline
# 一是…十是 running on over three 在…方面 paragraphs; 一要…三要 and the 表态 are not problems. Report: a public HTML 通报
# (索引号 table, 主动公开): per item “责任部门：…” only (one item 责任领导, one 责任人：全体党员); no per-item time limit —
# one closing 三、整改完成时限 paragraph for all items.
G["p02"] = dict(mode="pair", issues=10, unanswered=[], must_flag=[
    F("no-accountability", 6, "The 2号冻库 let at under half the going rent to the deputy manager's brother-in-law's firm: rent raised, the shortfall paid up and future lets put to public tender, but nobody is held to account, though 三要 asked that asset problems 查清责任、该处理的依规处理."),
    F("no-mechanism", 8, "The feedback says the company has no 中层干部选拔任用办法; the answer studies the national 条例 and re-checks two files — a rule studied, none made or promised."),
    F("no-owner", 9, "“责任人：全体党员”: everyone and so no one; every other item names a department or the secretary."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、总经理柏怀远 heads the 领导小组 as 第一责任人, 4 meetings, 3 site visits."),
    F("late-report", None, "Feedback 2024-11-25, 通报 2025-02-18: 85 days."),
    F("no-disclosure", None, "A public 通报 on the 国资委 site (公开方式：主动公开) with a 公示 period, phone and address."),
    F("inconsistent-claim", None, "“10个问题已全部完成整改” and every item reports its fix done (#1 轮出 in January, inside the closing line's 2025-01-31); 4 rules named = 4."),
    F("no-owner", 1, "“责任部门：储运部” — a single named department is counted as an owner (README)."),
    F("no-owner", 2, "“责任部门：购销部”."),
    F("no-owner", 3, "“责任部门：储运部、安全办”."),
    F("no-owner", 5, "“责任部门：财务部”."),
    F("no-owner", 6, "“责任部门：综合办公室” (the gap there is accountability)."),
    F("no-owner", 7, "“责任部门：综合办公室”."),
    F("no-owner", 8, "“责任部门：综合办公室” (the gap there is the missing rule)."),
    F("no-owner", 10, "“责任部门：财务部”."),
    F("no-deadline", 1, "No per-item limit, but 三、: “第（一）项于2025年1月31日前完成”."),
    F("no-deadline", 2, "Closing line: “其余各项均于2024年12月31日前完成”."),
    F("no-deadline", 3, "Closing line covers it."),
    F("no-deadline", 4, "Closing line covers it."),
    F("no-deadline", 5, "Closing line covers it."),
    F("no-deadline", 6, "Closing line covers it."),
    F("no-deadline", 7, "Closing line covers it."),
    F("no-deadline", 8, "Closing line covers it."),
    F("no-deadline", 9, "Closing line covers it."),
    F("no-deadline", 10, "Closing line covers it."),
    F("no-accountability", 7, "违规使用公务用车 (usual words): 办公室主任 批评教育, 分管副经理 书面检查."),
    F("no-accountability", 1, "Late rotation of reserve pork: a work failing."),
    F("no-accountability", 2, "Prices not posted: a work failing."),
    F("no-accountability", 10, "Old receivables: a ledger failing, cleared."),
    F("no-mechanism", 3, "《冷库安全生产检查制度》."),
    F("no-mechanism", 5, "《门市部现金收入管理办法》."),
    F("no-mechanism", 6, "《公司资产出租管理办法》 (the gap there is accountability)."),
], links=[
    L("86吨超期冻肉已于2025年1月全部轮出销售", 1), L("在3个收购点设立价格公示牌", 2),
    L("氨制冷系统压力容器已于2024年12月10日送检合格", 3), L("制定《冷库安全生产检查制度》", 3),
    L("修订《公司“三重一大”事项集体决策实施细则》", 4), L("对2项已实施的维修补办了集体研究程序", 4),
    L("门市部收入实行日清日结", 5), L("自2025年1月起按评估价每年7.2万元收取租金", 6),
    L("今后公司资产出租一律进入县公共资源交易平台公开招租", 6), L("9次接送家属产生的费用0.31万元已由相关人员全额退还", 7),
    L("对负责车辆调度的综合办公室主任进行批评教育", 7), L("组织班子成员和中层干部集中学习《党政领导干部选拔任用工作条例》", 8),
    L("对2名中层干部的调整程序进行复核", 8), L("主题党日与生产调度会分开召开", 9), L("对58万元挂账往来款逐笔清理", 10)])

# p03 蓣溪县公共安全视频监控建设运维中心党支部 (county round): DOCX 反馈意见, bold （一）–（十一） heading paragraphs each
# followed by a detail paragraph; 二、整改要求 not problems. Report: DOCX prose with bold （N）关于…的问题 headings and NO
# owner or time limit in the prose; both only in the closing Word-table 整改台账 (责任领导 / 责任科室 / 完成时限 columns).
G["p03"] = dict(mode="pair", issues=11, unanswered=[], must_flag=[
    F("no-owner", 11, "Table row 11: 责任领导 “—”, 责任科室 “各科室”; the prose names nobody. Every other row names a leader."),
    F("no-deadline", 2, "Table row 2: 完成时限 “持续推进”, while the online rate is 86% against the 95% standard — no date for reaching it."),
    F("repeated-measure", 5, "（五）'s answer is a general study paragraph (中心将以此次整改为契机…再上新台阶) pasted again under （九）; nothing on the missing drill or 数据泄露 handling."),
    F("repeated-measure", 9, "（九） carries the same pasted paragraph after a different opening clause; nothing on 相互批评."),
    F("no-disclosure", None, "Nothing is published or to be published, though 整改要求（三） asks for it."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任郗明澈 heads the 领导小组 as 第一责任人, 4 支委会, 直接过问、直接督办 three problems."),
    F("late-report", None, "Feedback 2025-05-08, report 2025-07-30: 83 days."),
    F("inconsistent-claim", None, "7 done + #1, #2, #10, #11 ongoing = 11, matching the table's 完成情况 column."),
    F("no-owner", 1, "Only in the table: 副主任晁云舒 / 建设管理科."),
    F("no-owner", 2, "Table: 副主任晁云舒 / 运行维护科 (the gap there is the time limit)."),
    F("no-owner", 3, "Table: 主任郗明澈 / 综合科."),
    F("no-owner", 4, "Table: 副主任逄立群 / 运行维护科."),
    F("no-owner", 5, "Table: 主任郗明澈 (the gap there is the pasted text)."),
    F("no-owner", 6, "Table: 副主任逄立群."),
    F("no-owner", 7, "Table: 主任郗明澈 / 财务科."),
    F("no-owner", 8, "Table: 主任郗明澈."),
    F("no-owner", 9, "Table: 主任郗明澈."),
    F("no-owner", 10, "Table: 副主任晁云舒."),
    F("no-deadline", 1, "Table: 2025年12月31日."),
    F("no-deadline", 3, "Table: 2025年6月15日."),
    F("no-deadline", 4, "Table: 2025年6月30日."),
    F("no-deadline", 5, "Table: 2025年6月30日."),
    F("no-deadline", 6, "Table: 2025年7月20日."),
    F("no-deadline", 7, "Table 完成时限 “已完成”: a finished item needs no date."),
    F("no-deadline", 8, "Table: “立行立改”, done — counted."),
    F("no-deadline", 9, "Table: “2025年6月起，长期坚持” — a start for a standing practice, counted."),
    F("no-deadline", 10, "Table: 2025年12月31日."),
    F("no-deadline", 11, "Table: 2025年10月31日 (the gap there is the owner)."),
    F("no-accountability", 8, "违规接受宴请 (usual words): 派驻纪检监察组 诫勉谈话 for both, meals paid back."),
    F("no-accountability", 4, "Lax contractor checks: 2 checkers 批评教育."),
    F("no-accountability", 7, "Early payment: the payment checker 批评教育."),
    F("no-accountability", 1, "Slow construction: a work failing."),
    F("no-accountability", 10, "Too few specialists: no wrongdoing."),
    F("unanswered-issue", 5, "Answered, if only by the pasted paragraph."),
    F("unanswered-issue", 9, "Answered, if only by the pasted paragraph."),
    F("no-mechanism", 3, "《视频图像信息调阅审批管理办法》."),
    F("no-mechanism", 4, "《运维服务考核细则》 revised."),
    F("no-mechanism", 6, "《平台账号和口令管理规定》."),
    F("no-mechanism", 7, "《项目资金支付审核规定》."),
], links=[
    L("对9个滞后乡镇实行每周调度", 1), L("约定故障4小时响应、48小时修复", 2), L("更换损坏摄像机63台", 2),
    L("制定《视频图像信息调阅审批管理办法》", 3), L("对2024年43次无审批单调阅逐次倒查", 3),
    L("修订《运维服务考核细则》", 4), L("按合同应扣减的运维费9.6万元已在二季度结算中扣回", 4),
    L("针对意识形态和网络安全工作中的薄弱环节", 5), L("委托测评机构完成等级保护测评", 6), L("12个弱口令账号全部重置", 6),
    L("制定《项目资金支付审核规定》", 7), L("对付款审核人员进行批评教育", 7),
    L("县纪委监委派驻纪检监察组对2人进行了诫勉谈话", 8), L("针对组织生活质量不高的问题，中心将", 9),
    L("向县委编办、县人社局申请招聘计算机专业人员2名", 10), L("组织施工单位补齐5个标段的竣工资料", 11)])

# p04 薷城县物业服务行业党委 (county round): 组长's 反馈会 speech, problems 第一，…第九， (CRLF); the 原因 sentence and
# 一要…三要 not problems. Report (GB18030): the 行业党委书记's FIRST-PERSON report (我作为…第一责任人; 由我牵头 / 由我负责 /
# 由我负总责), own short headings with “对应第N个问题”. LATE.
G["p04"] = dict(mode="pair", issues=9, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2024-10-15, report 2025-02-08: 116 days, past the 三个月内 the speech set; the report itself admits it."),
    F("no-mechanism", 3, "The speech says there has never been a 党费 check and no 核查办法, and 三要 names 党费核查; the report re-assesses four branches' dues but only says “将研究制定…核查办法” — no rule, no date."),
    F("no-deadline", 1, "13 firms still without a party organisation and 7 model estates to go: “持续推进” with no date."),
], must_not_flag=[
    F("weak-leadership", None, "First person throughout: 第一责任人, heads the 领导小组, 5 meetings, 8 visits, 约谈 of two secretaries."),
    F("no-disclosure", None, "“整改情况已在县住房和城乡建设局门户网站公开”."),
    F("inconsistent-claim", None, "7 done + #1 and #4 ongoing = 9, and the items agree."),
    F("no-owner", 1, "“这项工作由我牵头” — the writer, the 行业党委书记, is the owner."),
    F("no-owner", 2, "“由我负责”."),
    F("no-owner", 3, "“我主持召开委员会议专题研究党费问题” (the gap there is the rule)."),
    F("no-owner", 5, "“由我负责…经我审签”."),
    F("no-owner", 8, "“这件事我负有直接责任”."),
    F("no-owner", 9, "“由我负总责”."),
    F("no-deadline", 2, "No date, but finished: all 11 branches held their meeting by December 2024."),
    F("no-deadline", 3, "Dues re-assessed and refunded “于11月底前” — done (the gap there is the rule)."),
    F("no-deadline", 4, "“计划下一季度完成维修” for the last complaint: from a report of 2025-02-08, by 2025-06-30 — counted."),
    F("no-deadline", 5, "“立行立改”, in force from 2024-11 — counted."),
    F("no-deadline", 6, "Finished: 14 boards renewed."),
    F("no-deadline", 7, "Training held in January; “年底前从中确定发展对象” = by 2025-12-31 — counted."),
    F("no-deadline", 8, "Finished: lists completed, 0.42万 returned."),
    F("no-deadline", 9, "Finished: two members replaced."),
    F("no-accountability", 8, "The secretary's own 检讨 at the committee and 批评教育 for the staff member who handled the gifts."),
    F("no-accountability", 1, "Slow party-building coverage: a work failing."),
    F("no-accountability", 4, "Late complaint handling: a work failing."),
    F("no-mechanism", 2, "印发了《行业党委委员联系企业党组织办法》."),
    F("no-mechanism", 5, "修订了《行业党委会议议事规则》."),
], links=[
    L("已新建党组织5个", 1), L("“红色物业”示范小区新建成4个", 1), L("印发了《行业党委委员联系企业党组织办法》", 2),
    L("4家企业党组织已按工资基数重新核定党费", 3), L("与县12345热线建立物业投诉周调度机制", 4), L("对43件超期件逐件回访", 4),
    L("修订了《行业党委会议议事规则》", 5), L("14处宣传栏已全部更新", 6), L("各企业党组织已推荐入党积极分子6名", 7),
    L("无法核实发放对象的0.42万元由经手人退回", 8), L("制定了《行业党建工作经费管理办法》", 8),
    L("调整了2名长期不履职的兼职委员", 9)])

# p05 葎山县工艺美术研究所党支部 (县文旅局党组 round): 问题清单 (UTF-16 LE) in three areas, “N.heading。” + 具体表现：;
# 整改要求 1.–3. not problems. Report: short covering text + a ｜-separated 整改台账 flattened to text (owner, person and
# time limit in columns) + 附件：新建和修订制度清单 naming the problem each rule answers.
G["p05"] = dict(mode="pair", issues=10, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "The covering text says “10个问题已完成整改9个，正在推进1个”, but two ledger rows (#1, #10) are 正在推进."),
    F("vague-measure", 6, "Row 6 is slogans only (进一步强化服务意识，切实加大…指导力度，不断提升…) — no visit, plan or number — and is marked 已完成."),
    F("no-owner", 9, "Row 9: 责任领导 “所务会” (a meeting), 责任人 “全体党员” — no person answers for it."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、所长笪清源 heads the 领导小组 as 第一责任人, 4 支委会, 直接督办 two problems."),
    F("late-report", None, "Feedback 2025-04-16, report 2025-07-10: 85 days."),
    F("no-disclosure", None, "“整改情况将在县文化和旅游局门户网站公开，接受社会监督”."),
    F("no-owner", 1, "Ledger columns: 副所长茹雁飞 / 竹编工艺室主任."),
    F("no-owner", 2, "Ledger: 副所长居慕白 / 科研办主任."),
    F("no-owner", 3, "Ledger: 副所长居慕白 / 典藏部主任."),
    F("no-owner", 4, "Ledger: 所长笪清源 / 财务室负责人."),
    F("no-owner", 5, "Ledger: 所长笪清源 / 办公室主任."),
    F("no-owner", 6, "Ledger: 副所长茹雁飞 (the gap there is the slogan text)."),
    F("no-owner", 7, "Ledger: 副所长居慕白."),
    F("no-owner", 8, "Ledger: 所长笪清源."),
    F("no-owner", 10, "Ledger: 所长笪清源."),
    F("no-deadline", 1, "Ledger: 2026年6月30日."),
    F("no-deadline", 2, "Ledger: 2025年5月31日."),
    F("no-deadline", 3, "Ledger “反馈后两个月内” = by 2025-06-16 — counted."),
    F("no-deadline", 4, "Ledger “立行立改”, done — counted."),
    F("no-deadline", 5, "Ledger: 2025年4月30日."),
    F("no-deadline", 6, "Ledger: 2025年12月31日 (the gap there is the slogan text)."),
    F("no-deadline", 7, "Ledger: 2025年6月30日."),
    F("no-deadline", 8, "Ledger “立行立改”, done."),
    F("no-deadline", 9, "Ledger: 2025年6月30日 (the gap there is the owner)."),
    F("no-deadline", 10, "Ledger “2025年招聘2名，长期坚持”: the hire has a year, the rest is a standing effort — counted."),
    F("no-mechanism", 1, "Annex 1: 《传承人带徒考核办法》（针对问题1）."),
    F("no-mechanism", 2, "Annex 2: 《科研课题管理办法》 revised （针对问题2）."),
    F("no-mechanism", 3, "Annex 3: 《馆藏作品登记和出借管理制度》."),
    F("no-mechanism", 4, "Annex 4: 《合作开发收入管理办法》."),
    F("no-mechanism", 7, "Annex 5: 《作品评审工作规程》."),
    F("no-accountability", 4, "Income kept in the union account: the 工会主席 批评教育."),
    F("no-accountability", 8, "违反差旅费管理规定 (usual words): money back and 批评教育 for both."),
    F("no-accountability", 1, "Slow apprenticeships: a work failing."),
    F("no-accountability", 10, "Ageing staff: no wrongdoing."),
], links=[
    L("与传承人重新签订带徒协议", 1), L("《传承人带徒考核办法》", 1), L("5项超期课题逐项评估", 2), L("《科研课题管理办法》", 2),
    L("41件作品全部登记编号并拍照建档", 3), L("《馆藏作品登记和出借管理制度》", 3),
    L("2.1万元已从工会账户转入单位基本账户", 4), L("《合作开发收入管理办法》", 4), L("开展廉政谈话11人次", 5),
    L("进一步强化服务意识，切实加大对基层手艺人的指导力度", 6), L("评审委员改为从市级以上专家库随机抽取", 7),
    L("《作品评审工作规程》", 7), L("超标准报销的0.46万元已由2名职工全额退回", 8),
    L("召开专题组织生活会，会前由支委与每名党员谈心谈话", 9), L("2025年公开招聘竹编、木雕专业人员各1名", 10)])

# p06 蓂台县退捕渔民安置保障服务中心党支部 (county round): formal 反馈意见 （一）–（十） heading。detail (CRLF); 二、整改要求
# 一要…三要 not problems. Report (GB18030, CRLF): owners given in ONE opening paragraph (“第（一）至第（五）个问题由…牵头”),
# time limits inside each item in varied forms (反馈后三个月内, 年底前, 尽快, a date, 立行立改).
G["p06"] = dict(mode="pair", issues=10, unanswered=[9], must_flag=[
    F("unanswered-issue", 9, "Problem 9 (23 流动党员 out of touch, 组织关系 transfers late): no item, no measure; the opening paragraph's owner list also skips it."),
    F("no-deadline", 2, "“参保补贴尽快落实到位” for 37 people: 尽快 is no time limit."),
    F("no-mechanism", 10, "The feedback's problem is the missing 复核制度; the answer re-checks past payments once and says “今后…要加强审核” — no rule."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任鄂承远 heads the 领导小组 as 第一责任人, 6 meetings, 21 home visits, 直接督办 two matters."),
    F("late-report", None, "Feedback 2025-02-19, report 2025-05-14: 84 days."),
    F("no-disclosure", None, "“已在县人民政府门户网站‘政务公开’栏目公开”."),
    F("inconsistent-claim", None, "No all-done claim; 32 measures, 29 done; 4.2万 = 3.6 recovered + 0.6 under an agreement."),
    F("no-owner", 1, "Owner only in the opening paragraph: “第（一）至第（五）个问题由党支部副书记、副主任邝悦宁牵头”."),
    F("no-owner", 2, "Opening paragraph (the gap there is the time limit)."),
    F("no-owner", 3, "Opening paragraph."),
    F("no-owner", 4, "Opening paragraph."),
    F("no-owner", 5, "Opening paragraph."),
    F("no-owner", 6, "“第（六）至第（八）个问题和第（十）个问题由党支部书记、主任鄂承远负责”."),
    F("no-owner", 7, "Opening paragraph."),
    F("no-owner", 8, "Opening paragraph."),
    F("no-owner", 10, "Opening paragraph (the gap there is the rule)."),
    F("no-deadline", 1, "“反馈后三个月内完成一轮…技能培训” = by 2025-05-19 — counted."),
    F("no-deadline", 3, "“年底前全部追回” = by 2025-12-31 — counted."),
    F("no-deadline", 5, "“反馈后两个月内已全部办结” — counted, and done."),
    F("no-deadline", 8, "“完成时限：立行立改” — counted."),
    F("no-accountability", 3, "Allowance paid to people no longer entitled: 2 reviewers 批评教育, the deputy 书面检查."),
    F("no-accountability", 8, "违规列支 (usual words): the then office head 诫勉谈话."),
    F("no-accountability", 1, "Job help not targeted: a work failing."),
    F("no-accountability", 5, "Slow petitions: a work failing."),
    F("no-mechanism", 3, "《过渡期生活补助动态审核办法》."),
    F("no-mechanism", 4, "《回收渔船网具处置管理办法》."),
], links=[
    L("全部建立“一人一档”帮扶计划", 1), L("联合县人社局举办退捕渔民专场招聘会3场", 1), L("已与县社保中心逐人核对名单", 2),
    L("14人多领的补助4.2万元已追回3.6万元", 3), L("对负责审核的2名工作人员进行批评教育", 3),
    L("制定了《过渡期生活补助动态审核办法》", 3), L("对9条渔船逐条追查", 4), L("制定了《回收渔船网具处置管理办法》", 4),
    L("7件超期信访件由班子成员包案", 5), L("重新调整班子成员分工", 6), L("对68份雷同记录涉及的渔民户全部重新走访", 7),
    L("对时任办公室主任进行诫勉谈话", 8), L("修订了《中心经费支出审批规定》", 8),
    L("组织财务科对2024年以来发放的各类补助资金逐笔复核一遍", 10)])

# p07 蔊阳县古树名木保护管理站党支部 (县林业局党组 round): 组长's speech (GB18030) with three 在…方面 paragraphs and inline
# 一是…三是 RESTARTING in each (3 + 3 + 3); 一要…三要 not problems. Report (UTF-16 LE): own headings 一、…四、 with
# (…负责，时限) brackets: owners often a 股 or “财务”, one “由站里统一安排”, one rule only promised. Weak report.
G["p07"] = dict(mode="pair", issues=9, unanswered=[], must_flag=[
    F("weak-leadership", None, "No 领导小组 and no 第一责任人, though 一要 asked for both: “站里召开全体职工大会…要求各岗位对照反馈的问题抓好整改，整改材料由办公室统一收集”."),
    F("copied-measure", 2, "（二） turns the problem back into a promise (严格落实…“一树一策”要求，对37株濒危古树制定复壮方案，切实加强…) — no plan made, no tree named, no number done."),
    F("no-owner", 5, "“验收工作由站里统一安排”: the station itself, no person or post; every other item names one."),
    F("no-mechanism", 9, "The patrol rule was not followed and 三要 names 巡护; the report restarts patrols but only says “站里将研究修订巡护制度”."),
    F("no-disclosure", None, "Nothing published, though the speech said 按规定公开; “每年向捐赠人通报一次使用情况” is a note to donors, not disclosure."),
], must_not_flag=[
    F("late-report", None, "Feedback 2024-12-10, report 2025-03-05: 85 days."),
    F("inconsistent-claim", None, "No totals or all-done claim; 198 + 14 = 212 trees."),
    F("no-owner", 1, "“（资源保护股负责）” — a named unit counted as an owner."),
    F("no-owner", 2, "“资源保护股负责” (the gap there is the copied text)."),
    F("no-owner", 6, "“（财务负责，已完成）” — the finance post."),
    F("no-owner", 9, "“（巡护队负责）” and the 站长 checks the records (the gap there is the rule)."),
    F("no-deadline", 3, "“已完成”: finished."),
    F("no-deadline", 4, "“2025年1月底前已完成”."),
    F("no-deadline", 5, "Re-acceptance done (the gap there is the owner)."),
    F("no-deadline", 6, "“已完成”."),
    F("no-deadline", 7, "“即日起执行” for a way of keeping minutes — immediate, counted."),
    F("no-deadline", 9, "“即日起恢复每周巡护…长期坚持”: a start for a standing practice — counted (the gap there is the rule)."),
    F("no-accountability", 6, "Donation money on a personal card: moved to the unit account, the keeper 批评教育."),
    F("no-accountability", 1, "Incomplete records: a work failing."),
    F("no-accountability", 8, "No senior technicians: no wrongdoing."),
    F("no-mechanism", 5, "制定了《古树养护工程验收办法》 (the gap there is the owner)."),
    F("no-mechanism", 3, "A 选址会签机制 with two bureaus."),
], links=[
    L("已建立电子档案、挂上二维码标牌198株", 1), L("对37株濒危古树制定复壮方案", 2),
    L("建立涉及古树的建设项目选址会签机制", 3), L("对2个在古树保护范围内施工的项目补做了影响评估", 3),
    L("重新排查廉政风险点", 4), L("3项已付款的工程已重新组织验收", 5), L("制定了《古树养护工程验收办法》", 5),
    L("认养捐赠资金3.5万元已全部转入单位基本账户", 6), L("支部委员会会议记录改由组织委员当场记录", 7),
    L("选送2名技术人员报名参加2025年林业高级职称评审", 8), L("即日起恢复每周巡护", 9)])

# p08 蘡川县农村宅基地管理服务中心党支部 (county round): DOCX 反馈意见, bold areas 一、二、三、 with numbering 1．…
# RESTARTING in each area (4 + 4 + 3 = 11); 四、整改要求 not problems. Report: 二、整改责任分工 (one distribution paragraph
# for all owners), 三、 items 第X方面第N个问题 with measures only, 四、整改完成时限 (one closing paragraph), 五、长效机制.
# GOOD REPORT. Global numbers: 第一方面 1–4 → #1–#4, 第二方面 1–4 → #5–#8, 第三方面 1–3 → #9–#11.
G["p08"] = dict(mode="pair", issues=11, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任靳望川 heads the 领导小组 as 第一责任人, 直接督办 two problems, 4 township visits, 5 meetings."),
    F("late-report", None, "Feedback 2025-04-09, report 2025-06-30: 82 days."),
    F("no-disclosure", None, "县农业农村局门户网站, the township 公示栏 and a 监督电话."),
    F("inconsistent-claim", None, "9 done + 第一方面第2、3个 ongoing = 11; 1.86万 refunded; 5 rules named = 5; 3 people 批评教育 = 2 经办人员 + 分管副主任."),
    F("no-owner", 1, "Only in 二、整改责任分工: 第一方面第1个、第4个问题由副主任晏知秋负责."),
    F("no-owner", 2, "二、: 第一方面第2个、第3个问题由党支部书记、主任靳望川负责."),
    F("no-owner", 3, "二、 (same sentence as #2)."),
    F("no-owner", 4, "二、 (same sentence as #1)."),
    F("no-owner", 5, "二、: 第二方面4个问题由党支部书记、主任靳望川负责."),
    F("no-owner", 6, "二、 (第二方面)."),
    F("no-owner", 7, "二、 (第二方面)."),
    F("no-owner", 8, "二、 (第二方面)."),
    F("no-owner", 9, "二、: 第三方面3个问题由党支部组织委员、副主任仉文博负责."),
    F("no-owner", 10, "二、 (第三方面)."),
    F("no-owner", 11, "二、 (第三方面)."),
    F("no-deadline", 1, "Only in 四、: “其余9个问题均已于2025年6月20日前整改完成”."),
    F("no-deadline", 2, "四、: 剩余144户于2025年12月31日前处置完毕."),
    F("no-deadline", 3, "四、: 2026年6月底前形成可推广的试点经验."),
    F("no-deadline", 4, "四、 closing line."),
    F("no-deadline", 5, "四、 closing line."),
    F("no-deadline", 6, "四、 closing line."),
    F("no-deadline", 7, "四、 closing line."),
    F("no-deadline", 8, "四、 closing line."),
    F("no-deadline", 9, "四、 closing line."),
    F("no-deadline", 10, "四、 closing line."),
    F("no-deadline", 11, "四、 closing line."),
    F("no-mechanism", 1, "五、: 《农村宅基地审批服务规程》."),
    F("no-mechanism", 4, "五、: 《乡镇宅基地审批档案抽查办法》."),
    F("no-mechanism", 6, "五、: 《委托测绘服务管理办法》."),
    F("no-mechanism", 7, "五、: 《政府采购内部控制制度》 revised."),
    F("no-mechanism", 11, "五、: 《档案借阅登记制度》."),
    F("vague-measure", 5, "Opens with a slogan (牢固树立管党治党意识，切实扛起主体责任) but then gives a 支委会 on a date, a 一岗双责 list and 13 talks."),
    F("no-accountability", 6, "Extra 资料费 from farmers: refunded household by household, 2 clerks and the deputy 批评教育."),
    F("no-accountability", 8, "Receptions over the standard: the approver repays, 书面检查 and a 检讨 at the 支委会."),
    F("no-accountability", 1, "Slow approvals: a work failing."),
    F("no-accountability", 3, "Few pilots: a work failing."),
    F("no-accountability", 10, "Young cadres not rotated: no wrongdoing."),
], links=[
    L("将乡镇受理、村级审查、部门联审由串联改为并联", 1), L("7个乡镇已全部开通线上申请", 1), L("《农村宅基地审批服务规程》", 1),
    L("制定“一户多宅”分类处置计划", 2), L("新增3个村开展闲置宅基地盘活试点", 3),
    L("对21份缺少踏勘记录的档案逐件督促乡镇补做现场踏勘", 4), L("《乡镇宅基地审批档案抽查办法》", 4),
    L("4月召开支委会专题研究党风廉政建设", 5), L("督促测绘公司将加收的1.86万元逐户退还农户", 6),
    L("对2名经办人员和分管副主任进行批评教育", 6), L("《委托测绘服务管理办法》", 6),
    L("平台运维服务已按程序重新公开采购", 7), L("《政府采购内部控制制度》", 7),
    L("超标准支出的0.38万元已由接待审批人个人退回", 8), L("党小组会改为每次确定1个研讨题目", 9),
    L("选派2名35岁以下干部到乡镇挂职锻炼一年", 10), L("134卷确权登记档案已全部装订归档", 11), L("《档案借阅登记制度》", 11)])

# p09 葶城县曲艺团党支部 (县文旅局党组 round): HTML news page (GB18030) whose problems are an <ol> of 10 <li> — the numbers
# are not in the text; 訾文远's requirements and the 表态 are not problems. Report (UTF-8 CRLF): owners in one opening
# paragraph by problem number, answers by number （N）针对反馈的第N个问题, #7 skipped. LATE.
G["p09"] = dict(mode="pair", issues=10, unanswered=[7], must_flag=[
    F("late-report", None, "Feedback 2024-09-12, report 2025-01-06: 116 days."),
    F("unanswered-issue", 7, "Problem 7 (3 young performers not put forward, list not decided collectively): no item; the numbering jumps from （六） to （八）."),
    F("no-accountability", 3, "Seven shows claimed with recycled photos and never performed: the 1.05万 is returned, but nobody is held to account, though 訾文远 asked that 弄虚作假报账 be 查清责任、严肃处理."),
    F("no-deadline", 2, "“逐步开展…录音录像工作，持续推进” for six artists over 80: no date."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、团长隗青山 heads the 领导小组 as 第一责任人, 4 meetings, 直接过问、直接督办, 2 field checks."),
    F("no-disclosure", None, "“整改情况在县文化和旅游局门户网站公开”."),
    F("inconsistent-claim", None, "No totals are claimed."),
    F("no-owner", 1, "Only in the opening paragraph: “第1个至第3个问题由分管业务的副团长仝小雅牵头”."),
    F("no-owner", 2, "Opening paragraph (the gap there is the time limit)."),
    F("no-owner", 3, "Opening paragraph (the gap there is accountability)."),
    F("no-owner", 4, "“第4个至第6个问题和第8个问题由党支部书记、团长隗青山负责”."),
    F("no-owner", 5, "Opening paragraph."),
    F("no-owner", 6, "Opening paragraph."),
    F("no-owner", 8, "Opening paragraph."),
    F("no-owner", 9, "“第9个、第10个问题由副团长巩德厚负责”."),
    F("no-owner", 10, "Opening paragraph."),
    F("no-deadline", 1, "“下一季度内全部补演完毕”: from a report of 2025-01-06, by 2025-06-30 — counted."),
    F("no-deadline", 3, "“此项已完成”."),
    F("no-deadline", 4, "“此项已于2024年10月完成”."),
    F("no-deadline", 5, "“立行立改” — counted."),
    F("no-deadline", 6, "“完成时限：反馈后两个月内，已完成”."),
    F("no-deadline", 8, "“2025年1月起执行，长期坚持” — a start for a standing practice, counted."),
    F("no-deadline", 9, "“此项已完成”, rechecked by the fire brigade."),
    F("no-deadline", 10, "“年底前完成固定资产清查和账务处理” = by 2025-12-31 — counted."),
    F("no-accountability", 4, "违规私接商演 (usual words): 书面检查 and 扣减当年绩效奖励."),
    F("no-accountability", 1, "Fewer shows than planned: a work failing."),
    F("no-accountability", 9, "Fire hazards: a safety failing, fixed."),
    F("no-mechanism", 4, "制定了《对外演出管理办法》."),
    F("no-mechanism", 6, "制定了《服装道具采购比价规定》."),
    F("no-mechanism", 10, "修订了《固定资产管理制度》."),
    F("no-mechanism", 3, "Shows now proved by video and a township-stamped 演出确认单 (the gap there is accountability)."),
], links=[
    L("4个偏远山区乡镇列为优先安排对象", 1), L("2024年未完成的28场演出已全部列入2025年计划", 1),
    L("成立“葶城琴书”抢救记录小组", 2), L("相应的场次补助1.05万元已退回县文化和旅游局", 3),
    L("2名演员已作出书面检查", 4), L("制定了《对外演出管理办法》", 4), L("2个内容低俗的新编段子已停演", 5),
    L("建立演出节目三审制度", 5), L("服装道具采购一律三家以上比价", 6), L("制定了《服装道具采购比价规定》", 6),
    L("党员大会与排练分开", 8), L("清理消防通道堆放的布景道具", 9), L("12具过期灭火器已全部更换", 9),
    L("组织对固定资产进行全面清查", 10), L("修订了《固定资产管理制度》", 10)])

# p10 苜岭县石漠化综合治理中心党支部 (县林业局党组 round): 反馈意见 with areas 一、二、三、…方面 and continuous 1．–11．
# heading lines + detail lines; 四、整改要求 not problems. Report: DOCX, bold headings, each item ending in a
# （责任领导：…；完成时限：…） bracket; the rules made are named ONLY in a closing annex Word table 附件：建立完善制度清单.
G["p10"] = dict(mode="pair", issues=11, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "“反馈的11个问题已全部整改到位，28项整改措施全部落实”, while （一） leaves 0.2万亩 待秋季造林时完成 and （二） says 补植补造正在进行 (900 of 1500 亩)."),
    F("copied-measure", 4, "（四） turns the feedback around (建立群众参与机制，与村集体签订管护协议，提高群众参与度…): no agreement signed, no village, no number."),
    F("vague-measure", 9, "（九） is slogans only (进一步加强组织生活，不断丰富…切实增强…): nothing on the reading-only 主题党日 or the single volunteer outing."),
    F("no-mechanism", 7, "The feedback says there is no 工程变更 rule and 整改要求（三） names 工程变更; the item says only “严格按程序办理，进一步完善相关制度” and the annex lists no rule for 问题7."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任钭立峰 heads the 领导小组 as 第一责任人, 5 支委会, 4 site visits, 直接督办 two problems."),
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-12: 84 days."),
    F("no-disclosure", None, "“整改情况已在县林业局门户网站公开”."),
    F("no-mechanism", 2, "Annex row 1: 《造林保存率核查和补植补造办法》, 针对问题2."),
    F("no-mechanism", 3, "Annex row 2: 《治理项目前期论证规程》, 针对问题3."),
    F("no-mechanism", 6, "Annex row 3: 《项目资金支付审核规定》, 针对问题6."),
    F("no-mechanism", 8, "Annex row 4: 《野外作业补贴发放管理办法》, 针对问题8."),
    F("no-mechanism", 11, "Annex row 5: 《项目档案管理制度》, 针对问题11."),
    F("no-deadline", 6, "“完成时限：已完成”."),
    F("no-deadline", 8, "“完成时限：立行立改” — counted."),
    F("no-deadline", 9, "“2025年6月起长期坚持” — a start for a standing practice, counted (the gap there is the slogan text)."),
    F("no-owner", 4, "责任领导：副主任麴安和 (the gap there is the copied text)."),
    F("no-owner", 9, "责任领导：主任钭立峰 (the gap there is the slogan text)."),
    F("no-accountability", 8, "违规发放补贴 (usual words): 0.9万 recovered, the approving deputy 诫勉谈话."),
    F("no-accountability", 3, "Projects on steep slopes censured by the province: the 2 project heads 批评教育."),
    F("no-accountability", 6, "Payment before acceptance: the finance checker 批评教育."),
    F("no-accountability", 1, "Slow treatment: a work failing."),
    F("no-accountability", 10, "Too few specialists: no wrongdoing."),
    F("unanswered-issue", 4, "Answered, if only by the copied words."),
], links=[
    L("与3个乡镇逐村落实封山育林地块和管护人员", 1), L("保存率低于70%的1500亩全部列入补植补造计划", 2),
    L("《造林保存率核查和补植补造办法》", 2), L("对2个坡改梯项目增设截排水沟1.2公里", 3), L("对2个项目的负责人进行批评教育", 3),
    L("《治理项目前期论证规程》", 3), L("建立群众参与机制，与村集体签订管护协议", 4), L("组织开展项目资金专项检查", 5),
    L("38万元苗木款对应的苗木已重新组织验收", 6), L("对付款审核的财务人员进行批评教育", 6), L("《项目资金支付审核规定》", 6),
    L("对3个变更项目补办了集体研究手续", 7), L("向5名全年未到项目现场人员发放的补贴0.9万元已全部追回", 8),
    L("对审批发放补贴的副主任进行诫勉谈话", 8), L("《野外作业补贴发放管理办法》", 8),
    L("进一步加强组织生活，不断丰富主题党日内容", 9), L("向县人社局申报公开招聘林学、水土保持专业人员2名", 10),
    L("6个项目缺少的竣工验收资料已从施工、监理单位补充收集", 11), L("《项目档案管理制度》", 11)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
