"""Write p01..p10/gold.json (dev-pairs gold format) for dev106. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev44/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蘩泽县湖泊保护管理中心党支部: formal 反馈意见, 一、巡察发现的主要问题 with areas （一）（二）（三）…方面 and continuous
# 1．–10． heading。detail; 二、整改意见 一是…四是 are requirements. Report: labelled four-part items 问题表现/原因剖析/
# 整改措施 (+ bracket 责任领导/责任科室/整改时限)/整改成效, 长效机制 on three items.
G["p01"] = dict(mode="pair", issues=10, unanswered=[], must_flag=[
    F("no-deadline", 7, "（七） (缓冲带二期 变更 and early payment) has a bracket with 责任领导 and 责任科室 but no 整改时限; its 整改成效 says the 第三方审核 is still 正在进行 and 下一步 only says 尽快完成. Every other item carries a date."),
    F("inconsistent-claim", None, "（一）'s 整改成效 says 围网已全部清退到位，退渔还湖任务全面完成, while its own 整改措施 says 11 of the 19 remaining nets are down and 8 are still being negotiated (计划10月底前), and the preamble counts the problem among those 正在持续推进."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任郗若川 heads the 领导小组 as 第一责任人 (直接部署、直接过问、直接督办), 5 推进会, 4 site visits."),
    F("late-report", None, "Feedback 2025-03-18, report 2025-06-10: 84 days, inside the three months the feedback sets."),
    F("no-disclosure", None, "整改情况已于6月在县人民政府门户网站和中心公示栏公开, with a 监督电话."),
    F("no-owner", 3, "（三） has no bracket, but its 整改成效 names the owner: 在副主任柴望舒牵头下."),
    F("no-deadline", 3, "The date sits in the result part: 已于2025年4月30日前完成巡查方式改革."),
    F("no-mechanism", 2, "长效机制：制定《蘩湖水质监测数据审核报送规程》 (24-hour reporting, 双人复核)."),
    F("no-mechanism", 5, "长效机制：修订《渔民转产转业补助资金管理办法》."),
    F("no-mechanism", 7, "长效机制：制定《中心工程项目变更管理办法》 (the gap there is the time limit)."),
    F("no-accountability", 5, "In the result part: 4.3万 + 2.1万 recovered, 经办人员 诫勉谈话, 财务科负责人 批评教育."),
    F("no-accountability", 6, "副主任晏秋池 党内警告, 2 participants 批评教育, 0.86万 退缴."),
    F("no-accountability", 9, "3.2万 recovered, the two absentees' contracts ended, 监测站站长 诫勉谈话."),
    F("no-accountability", 8, "办公室副主任 批评教育 for the 补记 records."),
    F("vague-measure", 1, "The 原因剖析 is general (担当意识不强…监督不到位) but the 整改措施 is concrete: 一户一策, 11 nets pulled down, weekly 调度; the cause part is not a measure."),
], links=[
    L("对剩余19处围网逐户建立档案", 1), L("委托设备厂家对2个离线站点进行全面检修", 2), L("启用巡湖定位打卡", 3),
    L("制定年度全面从严治党主体责任清单", 4), L("对2023年以来全部412户补助对象逐户比对核查", 5),
    L("巡湖艇一律停放在指定码头", 6), L("委托第三方造价机构对32万元变更费用进行审核", 7),
    L("3名党员的组织关系已全部转入", 8), L("对6名编外巡湖员补做2024年度考核", 9), L("组织对全部固定资产开展清查", 10),
    L("制定《蘩湖水质监测数据审核报送规程》", 2)])

# p02 蘵溪县国营藨岭茶厂党支部: 组长's 反馈会 speech (GB18030), problems as paragraphs 第一，…第九，; the 移交 sentence and
# 一要…三要 are not problems. Report: DOCX, covering text + landscape Word table 序号/问题表现/原因剖析/整改措施/责任领导/
# 完成时限/整改成效.
G["p02"] = dict(mode="pair", issues=9, unanswered=[], must_flag=[
    F("no-owner", 4, "Row 4 (消防通道, 无证锅炉工, 未报事故) gives 责任领导 “厂领导班子” — a body, not a person; every other row names one leader."),
    F("no-accountability", 6, "Row 6: a 收购员 forged weigh slips for 2.8万 and 收购点 charged 过磅费; the row recovers the money, refunds the fee, installs 电子地磅 and writes a rule, but nobody is dealt with — the 原因剖析 cell only says 个别收购员纪律意识淡薄, although the speech asked to 查清责任、处理到人."),
    F("late-report", None, "Feedback 2024-10-22 with a 三个月内 limit (2025-01-22); the report is dated 2025-02-17: 118 days."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、厂长笪远岫 heads the 领导小组 as 第一责任人, 6 meetings, 3 site checks."),
    F("no-disclosure", None, "“整改情况已在厂务公开栏和县国有资产服务中心网站公示”, as the speech asked."),
    F("inconsistent-claim", None, "10.3万 = 2.8万 + 5.6万 + 1.9万; 警告1 + 诫勉1 (row 3), 通报批评1 (row 4), 批评教育2 (rows 5, 7); 3 rules named; 8 done + row 8 dated 2025-05-31."),
    F("no-accountability", 3, "In the 整改成效 cell: 出纳 警告处分, 财务科长 诫勉谈话; 5.6万 入账."),
    F("no-accountability", 4, "车间主任 通报批评 and 扣发当月绩效 (the gap there is the owner)."),
    F("no-accountability", 5, "质检员 调离质检岗位, 批评教育, 扣发绩效."),
    F("no-accountability", 7, "1.9万 borne by 批准人 and 经办人, 厂长 书面检查, 经办人 批评教育."),
    F("no-mechanism", 2, "修订《茶厂“三重一大”决策制度实施办法》 (50万 threshold)."),
    F("no-mechanism", 6, "《鲜叶收购管理办法》 and 交叉轮岗 (the gap there is accountability)."),
    F("no-deadline", 9, "“立行立改” with 2024年11月30日."),
    F("no-deadline", 8, "Still open, but dated 2025年5月31日."),
    F("no-owner", 8, "纪检委员庹新蕾."),
], links=[
    L("逐户核算差价", 1), L("党支部对设备采购事项补充开展研究", 2), L("对2023年现金支付凭证逐笔核对", 3),
    L("立即清理消防通道并划定禁放区", 4), L("对2批次问题茶全部召回并监督销毁", 5), L("全部收购点启用电子地磅", 6),
    L("1.9万元由批准人和经办人全额承担", 7), L("在收购点和加工车间设立党员先锋岗5个", 8),
    L("与12名季节工补签劳动合同并补缴工伤保险", 9)])

# p03 蔾阳县建设工程监理有限公司党支部 (城投集团 subsidiary): 集团党委巡察组 反馈函 with a 问题清单 问题1：…问题11： +
# 具体表现： (UTF-8 CRLF); 整改要求 一是…三是 are not problems. Report (UTF-16 LE BOM): （一）–（十一） headed by the
# problem titles, labelled 存在问题/问题根源/整改措施/完成情况, 长效机制 on two; （十） lacks the 整改措施 label, （十一）
# has only 存在问题 and 问题根源.
G["p03"] = dict(mode="pair", issues=11, unanswered=[11], must_flag=[
    F("unanswered-issue", 11, "（十一） (集团内审 findings still open) gives only 存在问题 and 问题根源 (对审计整改重视不够…); there is no measure in the item or anywhere else in the report."),
    F("copied-measure", 9, "（九）'s 整改措施 restates the feedback as a promise (严格落实安全生产监理责任，对下发的监理通知单跟踪复查，确保…闭环，坚决杜绝下发后无下文): no review of the 27 open notices, no figure; 完成情况 is 闭环管理水平显著提升."),
    F("no-mechanism", 8, "The problem IS the missing 合同管理 and 印章管理 rules; the answer only 补审 the 9 contracts and runs one 清查, and the rule appears only as a promise in 下一步 (将研究制定). The 问题根源's 制度建设滞后 is a cause, not a rule."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、执行董事芮霁川 heads the 领导小组 as 第一责任人, fortnightly reports, 6 site checks."),
    F("late-report", None, "Feedback 2025-04-09, report 2025-07-04: 86 days."),
    F("no-disclosure", None, "“整改情况已在公司公示栏和集团门户网站公开” (the feedback asked for 内部公开)."),
    F("inconsistent-claim", None, "No all-done claim; 问责11 = 解除1 (#5) + 调离2 (#3) + 诫勉2 (#3, #4) + 批评6 (#2 three, #5 three); 4 rules named (#1, #2, #4, #7)."),
    F("unanswered-issue", 10, "（十） has no 整改措施 label, but its 完成情况 reports acts: 主题党日 held separately, 党费 re-based and 0.52万 补缴."),
    F("copied-measure", 2, "Opens by restating the problem (针对旁站监理缺失、监理人员不到场的问题) and then acts: 专项检查 of 8 projects, video for 旁站, 3 组长 批评教育."),
    F("no-mechanism", 2, "长效机制：制定《旁站监理工作规程》."),
    F("no-mechanism", 4, "长效机制：修订《项目监理机构人员配备管理办法》."),
    F("no-mechanism", 1, "《党支部前置研究讨论重大经营管理事项清单》 and the revised 章程."),
    F("no-accountability", 3, "2 监理员 调离岗位 and 扣减绩效, 总监 诫勉谈话."),
    F("no-accountability", 5, "The 监理员 who took 0.6万 is dismissed (解除劳动合同); 3 people 批评教育; 购物卡 handed in."),
    F("no-accountability", 4, "时任人力资源部负责人 诫勉谈话."),
    F("no-owner", 9, "邝晴岚 is 责任人 (the gap there is the copied measure)."),
    F("no-deadline", 8, "2025年5月31日 (the gap there is the rule)."),
], links=[
    L("修订公司章程，将党建工作总体要求写入章程", 1), L("对8个在监项目逐一开展监理工作专项检查", 2),
    L("委托第三方检测机构重新检测", 3), L("与4名挂证人员解除聘用关系", 4), L("收受“辛苦费”的监理员已上缴0.6万元", 5),
    L("对应收监理费逐笔建立清收台账", 6), L("对2名中层干部补充开展考察和任前公示", 7),
    L("对9份未经法务审核的合同补充开展审核", 8), L("对下发的监理通知单跟踪复查", 9), L("5月起主题党日单独召开", 10),
    L("制定《旁站监理工作规程》", 2)])

# p04 蓰川县干部教育培训中心党支部: DOCX 反馈意见 with bold （一）–（十一） heading paragraphs + detail; 二、整改意见 1．–4．
# are requirements. Report: public HTML 巡察整改进展情况的通报 on the county site (UTF-8, page chrome), items
# N．关于“…”的问题 with 【问题表现】【原因剖析】【整改措施】(+ bracket)【整改成效】 and 【长效机制】 on six. GOOD REPORT.
G["p04"] = dict(mode="pair", issues=11, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任亓鸣远 heads the 领导小组 as 第一责任人, 5 推进会, 直接部署、直接督办."),
    F("late-report", None, "Feedback 2025-05-20, 通报 2025-08-15: 87 days."),
    F("no-disclosure", None, "A public 通报 (主动公开) with a comment period, phone and address."),
    F("inconsistent-claim", None, "9 done + 2 named ongoing (#1, #11) with dates; 10.5万 = 6.8万 + 2.3万 + 1.4万; 警告1 (#6), 诫勉1 (#5), 批评2 (#3, #7), 书面检查1 (#7); 4 new + 2 revised rules, all named."),
    F("no-accountability", 3, "外聘讲师 dropped, 教务科科长 批评教育, reported to 县委宣传部."),
    F("no-accountability", 5, "6.8万 核减收回, 后勤科科长 诫勉谈话."),
    F("no-accountability", 6, "办公室主任 党内警告; 2.3万 退缴, 1.4万 refunded to trainees."),
    F("no-accountability", 7, "分管副主任 书面检查, 资产管理员 批评教育, 县财政局 处理意见."),
    F("no-accountability", 1, "A plan shortfall; no individual misconduct."),
    F("no-mechanism", 2, "【长效机制】《外聘教师管理办法》."),
    F("no-mechanism", 3, "【长效机制】《教学讲稿课件审核制度》."),
    F("no-mechanism", 4, "【长效机制】《现场教学点讲解词审定和讲解员管理办法》."),
    F("no-mechanism", 7, "【长效机制】《中心采购内部控制办法》."),
    F("no-deadline", 1, "Ongoing but dated 2025年12月31日."),
    F("no-deadline", 11, "Ongoing but dated 2025年12月31日."),
    F("no-owner", 4, "副主任璩照影."),
], links=[
    L("将取消的2期乡村振兴专题班纳入二季度补办", 1), L("所有课程实行“一课一评”", 2), L("停止聘请该外聘讲师", 3),
    L("对7个教学点讲解词逐字审定", 4), L("与食堂承包方重新结算，核减多支出的6.8万元", 5),
    L("2.3万元外出费用由参加人员全额退缴", 6), L("将拆分采购情况向县财政局书面说明并接受处理", 7),
    L("委托招标代理机构公开招标确定新的承包方", 8), L("启用人脸识别考勤", 9), L("6月重新召开专题组织生活会", 10),
    L("向县委编办、县人社局申请公开招聘专职教师", 11)])

# p05 菭城县固体废物管理中心党支部: HTML news page of the 县纪委监委 site (UTF-8) with all problems inline
# “巡察组指出，…一是…；…九是…。”; the 要求 paragraph, the 表态 一是…三是 and the 移交 sentence are not problems.
# Report (GB18030): items （一）–（九） where only #1, #2, #4, #5 have all four parts; the others have 整改措施/整改成效
# only; a 责任人/完成时限 line under each.
G["p05"] = dict(mode="pair", issues=9, unanswered=[], must_flag=[
    F("vague-measure", 3, "（三） (台账 只收不核) is slogans only: 进一步提高思想认识，压紧压实监管责任，切实加强…台账管理，不断提升…水平; 整改成效 is 监管水平明显提升 — no check of any declaration, no number."),
    F("repeated-measure", 6, "（六） opens with the same paragraph (组织全体干部职工深入学习中央八项规定…开展作风纪律专项整治…确保同类问题不再发生) that is pasted again under （八）."),
    F("repeated-measure", 8, "（八） (咨询电话无人接听, 办件超时) is answered only by （六）'s 八项规定 paragraph after a lead clause; nothing on phones, 首问负责 or time limits; 整改成效 干部作风明显转变."),
    F("no-disclosure", None, "The feedback asks to 按规定公开整改情况; the report never publishes the rectification (评估结果向社会公开 and 联单核查结果…在中心网站公布 publish work results, not the rectification)."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任桑若溪 heads the 领导小组 as 第一责任人, 4 meetings, checks at 11 firms and 2 transfer stations."),
    F("late-report", None, "Feedback 2025-02-26, report 2025-05-23: 86 days."),
    F("inconsistent-claim", None, "7 done + 2 named ongoing (#1, #9) with dates; 19万 + 0.26万; 警告1 (#5), 诫勉1 (#4), 批评5 (#4 one, #5 one, #6 three); 2 rules named (#2, #5)."),
    F("no-accountability", 5, "In the 原因剖析: the former head who diverted 19万 got a 党内警告 from the 县纪委监委 (April 2025), and the then finance officer 批评教育 — the cause part holds a real answer."),
    F("no-accountability", 4, "经办人员 诫勉谈话, 分管副主任 批评教育."),
    F("no-accountability", 6, "0.26万 paid back, gifts returned, 3 staff 批评教育 (the gap there is the pasted paragraph)."),
    F("no-mechanism", 2, "长效机制：制定《危险废物转移联单核查工作规程》."),
    F("no-mechanism", 5, "长效机制：修订《中心财务管理制度》."),
    F("unanswered-issue", 7, "（七） has only 整改措施 and 整改成效, no 问题表现 — still answered (学习计划, 3 sessions)."),
    F("unanswered-issue", 9, "（九） has only 整改措施 and 整改成效 — still answered (126 items registered, 报废 filed)."),
    F("no-owner", 3, "糜青川 is 责任人 (the gap there is the slogan measure)."),
    F("no-deadline", 8, "2025年5月31日 (the gap there is the pasted paragraph)."),
], links=[
    L("将尚未评估的21家产废单位分3批完成评估", 1), L("对23份数量不符的联单逐份核查", 2),
    L("切实加强工业固体废物台账管理", 3), L("对2起线索滞留问题进行调查", 4),
    L("从中心公用经费中调剂19万元归还信息化平台专项资金", 5), L("向3家企业补缴就餐费用0.26万元", 6),
    L("制定党支部年度学习计划", 7), L("针对干部作风不实的问题", 8), L("对仓库堆放的废旧物资逐件登记造册", 9)])

# p06 蕹州市中心医院外科党总支 (院内巡察 by the 医院党委第二巡察组): 反馈意见 with 一、巡察发现的主要问题 → areas
# （一）（二）（三）…方面 and RESTARTING 1．2．(3．) (2 + 3 + 3 = 8); 二、整改要求 is not a problem. Report: DOCX with bold
# 一、…八、关于“…”的问题 headings and labelled paragraphs, 下一步打算 or 长效机制 on some items.
G["p06"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[
    F("no-accountability", 4, "Two doctors took 医药代表 dinners and a 吻合器 use tripled: the answer is 承诺书, 警示教育, 预约登记 and a 点评制度 — nobody dealt with; the 原因剖析 only says 个别医生廉洁意识淡薄 and 下一步打算 says 将视情况作进一步处理, a promise. The feedback required 依规依纪严肃处理."),
    F("vague-measure", 8, "八、 is slogans only (高度重视…进一步加强政治引领，切实把优秀青年医生吸引到党组织中来，不断加强规培医生日常管理) and the 整改成效 is 政治素质明显提升: no 入党积极分子, no 培养联系人, no 规培 rule."),
    F("no-disclosure", None, "The feedback asks to 在外科系统全体职工中通报 the rectification; the report never does (三、 monthly 通报 of complaints and 五、 公示 of bonus results are other things)."),
], must_not_flag=[
    F("weak-leadership", None, "党总支书记、外科主任殷鹤汀 heads the 领导小组 as 第一责任人, 4 meetings, visits to 3 wards."),
    F("late-report", None, "Feedback 2025-06-05, report 2025-09-01: 88 days."),
    F("inconsistent-claim", None, "7 done + #1 ongoing (dated 2025-12-31, 下一步 target 15%); 24 measures / 21 done; 3 rules named (#2, #4, #5)."),
    F("no-accountability", 3, "In the 原因剖析: the 主治医师 behind 4 complaints had his quarterly bonus withheld and was moved off the clinic; his group leader got a 提醒谈话."),
    F("no-accountability", 1, "Reform targets missed; no individual misconduct."),
    F("no-owner", 5, "No 责任人 bracket, but 整改成效 says 由党总支书记殷鹤汀牵头重新制定."),
    F("no-deadline", 5, "The date is in 整改成效: 已于7月15日…通过并执行."),
    F("no-mechanism", 2, "长效机制：制定《外科党总支会议议事规则》."),
    F("no-mechanism", 4, "建立高值耗材使用点评制度 (the gap there is accountability)."),
    F("no-mechanism", 5, "《外科绩效二次分配办法》, named in the result part."),
    F("vague-measure", 7, "Opens with 深刻认识组织生活的严肃性，切实改进… but then 一是…二是…三是 concrete acts."),
], links=[
    L("梳理适宜开展日间手术的病种23个", 1), L("明确设备购置、绩效分配、人员招聘等8类事项须先经党总支会议研究", 2),
    L("投诉件实行“一事一分析”", 3), L("建立高值耗材使用点评制度", 4), L("重新制定二次分配方案，降低管理岗系数", 5),
    L("调整泌尿外科党支部书记", 6), L("党支部学习与业务学习分开记录、分开召开", 7),
    L("进一步加强对青年医师的政治引领", 8)])

# p07 薸岭县森林草原防灭火服务中心党支部: 反馈意见 (GB18030 CRLF) with 一、主要问题 1．–9． heading lines + 具体表现：
# lines; 二、整改意见 （一）–（四） are requirements. Report (UTF-8 CRLF): 问题一：…问题九： headings with 问题根源/整改措施/
# field line/整改成效, then a separate 三、长效机制建设 (rules for #2, #9, #5) and 四、下一步打算.
G["p07"] = dict(mode="pair", issues=9, unanswered=[], must_flag=[
    F("no-mechanism", 3, "The feedback says there is no 物资出入库管理制度; the answer counts stock, repairs machines and swaps hoses, the 三、长效机制建设 list has no rule for it, and 下一步 only promises 将制定《防灭火物资储备管理办法》. The 问题根源's 制度建设滞后 is a cause, not a rule."),
    F("no-owner", 5, "问题五's field line gives 责任领导：各乡镇分管领导 and 责任单位：各乡镇林业站 — nobody named and nobody at the centre; every other item names a leader (or, #6, names one in the result). The 问题根源 mentions 分管领导督促不力 without naming who now answers."),
    F("late-report", None, "Feedback 2024-11-12 with a 三个月内 limit (2025-02-12); report dated 2025-03-03: 111 days."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任阎松涛 heads the 领导小组 as 第一责任人, 5 meetings, 6 site checks."),
    F("no-disclosure", None, "“整改情况已在县林业局门户网站公开”."),
    F("inconsistent-claim", None, "7 done + 2 named ongoing (#3, #4); 2.7万; 警告1 (#7), 诫勉5 (#5 three, #7 two), 批评2 (#9)."),
    F("no-mechanism", 2, "三、长效机制建设 一是 制定《野外用火审批和现场监管办法》 — the rule sits in a separate section, not in the item."),
    F("no-mechanism", 9, "三、长效机制建设 二是 修订《中心值班值守管理制度》."),
    F("no-mechanism", 5, "三、长效机制建设 三是 《护林员补助发放和巡护考核办法》 (the gap there is the owner)."),
    F("no-owner", 6, "The field line has no 责任领导, but 整改成效 says 由副主任訾鸿远负责."),
    F("no-accountability", 5, "2.7万 recovered; the 3 林业站 staff who drew the money 诫勉谈话 by their townships."),
    F("no-accountability", 7, "党内警告 for the private use of the patrol car; 2 staff repay the meal and 诫勉谈话."),
    F("no-accountability", 9, "2 带班人员 批评教育 and 扣发当月绩效."),
    F("no-deadline", 4, "“持续推进，2025年6月30日前完成年度训练计划上半年任务”."),
    F("no-deadline", 3, "2025年3月31日 (the gap there is the rule)."),
], links=[
    L("督促3个乡镇补签年度防灭火责任书", 1), L("建立野外用火审批台账", 2), L("对2个储备库物资全面清点", 3),
    L("制定半专业扑火队年度训练计划", 4), L("对全县护林员逐人核查在岗情况", 5), L("续签监控系统运维合同", 6),
    L("防火巡逻车安装定位系统", 7), L("防火期内在检查站和扑火队设立党员先锋岗", 8), L("值班实行视频调度点名", 9),
    L("制定《野外用火审批和现场监管办法》", 2), L("修订《中心值班值守管理制度》", 9)])

# p08 蔸山县冰雪旅游开发有限公司党支部 (国企 round): 反馈意见 (UTF-16 LE BOM, CRLF) with （一）–（十二） heading。detail;
# 二、整改要求 is not a problem. Report: FOUR PARTS AT DOCUMENT LEVEL — 一、主要问题 1．–12． (restated), 二、原因剖析
# 一是…四是 (general), 三、整改措施 （一）–（十） in its own numbering (#4 + #8 merged; #9 skipped), 四、整改成效, 五、下一步打算.
G["p08"] = dict(mode="pair", issues=12, unanswered=[9], must_flag=[
    F("unanswered-issue", 9, "临时用工无合同, 14 教练员无证: restated as 一、9． but 三、整改措施 goes from （八）党建 to （九）意识形态 and never answers it; a restatement in the problem list is not a measure."),
    F("copied-measure", 3, "三、（三） turns the feedback back into a promise (严格落实安全生产主体责任，对魔毯和架空索道及时开展年度检验，补齐初级雪道防护网，切实消除安全隐患…): nothing says the 年检 was done or the nets put up."),
    F("inconsistent-claim", None, "四、整改成效 says 12个方面问题已全部整改到位, 追回资金7.6万元, 清理预付款96万元, 制度14项, 问责6人, 安全隐患全部消除 — while 三、 leaves #9 untouched, the 3.4万 短款 正在核查, only 61万 of the 预付款 cleared, 2 审计 items open, recovers 1.2万 + 4.5万 = 5.7万, names 2 rules and 3 people dealt with."),
    F("weak-leadership", None, "No 领导小组 and no 第一责任人: “公司成立整改工作专班，由综合部牵头，各部门按职责分工抓好落实”, although the feedback required the 党支部书记、董事长 as 第一责任人 with a 领导小组; 瞿岳峰 appears only as 牵头领导 of single items."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-01-08, report 2025-04-03: 85 days."),
    F("no-disclosure", None, "“整改情况已在公司公示栏和县文旅投资集团网站公开”."),
    F("repeated-measure", 4, "One merged answer for #4 and #8, announced (第4项和第8项问题都属于财务管理问题，合并进行整改), with parts specific to each."),
    F("repeated-measure", 8, "Same merged answer (白条 17笔, 预付款)."),
    F("unanswered-issue", 8, "Answered inside the merged 三、（四） (三是 白条, 四是 预付款)."),
    F("unanswered-issue", 12, "Answered under the report's own （十） (审计 items), not under a heading numbered 12."),
    F("unanswered-issue", 11, "Answered under the report's own （九）: 《公司微信公众号信息发布三审制度》."),
    F("no-accountability", 5, "县国有资产监督管理服务中心 诫勉谈话 for 总经理嵇明涛; contract ended, 4.5万 分成差额 recovered."),
    F("no-accountability", 7, "销售部经理 党内警告; 86 cards taken back, 1.2万 recovered."),
    F("no-accountability", 6, "工程部经理 批评教育; overpayment to be deducted."),
    F("no-mechanism", 2, "修订《公司“三重一大”决策制度实施办法》."),
    F("no-mechanism", 11, "《公司微信公众号信息发布三审制度》."),
    F("no-owner", 3, "副总经理宓长川 (the gap there is the copied measure)."),
    F("no-deadline", 1, "2025年10月31日."),
], links=[
    L("成立二期项目建设推进专班", 1), L("将造雪机采购事项补充提交董事会审议", 2), L("对魔毯和架空索道及时开展年度检验", 3),
    L("现金收入实行日清日结、双人复核", 4), L("成立核查组对3.4万元现金短款问题进行核查", 4),
    L("终止与原外包公司的合同", 5), L("暂停支付二期项目后续进度款", 6), L("收回免费发放的VIP滑雪年卡86张", 7),
    L("对17笔白条入账支出逐笔清理", 8), L("对2年以上的预付款逐笔清理", 8), L("于2月召开党员大会完成党支部换届", 10),
    L("制定《公司微信公众号信息发布三审制度》", 11), L("对审计指出的4项未整改问题逐项制定整改措施", 12)])

# p09 蘪江县企业退休人员管理服务中心党支部: 组长's 反馈会 speech, three “从…看，” paragraphs with RESTARTING inline
# 一是… (3 + 4 + 3 = 10); the 移交 sentence and 一要…三要 are not problems. Report (GB18030 CRLF): （一）–（十）关于…的问题
# with 问题表现/原因剖析/整改措施/整改成效, 长效机制 on four, a 责任领导/整改时限 line. GOOD REPORT.
G["p09"] = dict(mode="pair", issues=10, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任郦秋笙 heads the 领导小组 as 第一责任人 (直接部署、直接过问、直接督办), 6 meetings, visits to 4 townships and 9 communities."),
    F("late-report", None, "Feedback 2025-07-15, report 2025-10-13: 90 days — close to, but inside, three months (2025-10-15)."),
    F("no-disclosure", None, "“整改情况已在县人力资源和社会保障局门户网站和中心服务大厅公开栏公开”."),
    F("inconsistent-claim", None, "7 done + 3 named ongoing (#1, #8, #10) with dates; 6.4万 + 0.8万; 警告1 (#5), 诫勉1 + 提醒1 (#2), 批评2 (#4, #7); 4 rules named (#2, #4, #6, #8/#9)."),
    F("no-owner", 3, "No field line, but 整改成效 says 由中心工会主席杭素娥牵头."),
    F("no-deadline", 3, "The date is in 整改成效: 已于9月30日前重新建立走访服务台账."),
    F("no-accountability", 2, "In the result part: 6.4万 recovered, 经办人员 诫勉谈话, 分管副主任 提醒谈话."),
    F("no-accountability", 5, "0.8万 退缴 and 党内警告."),
    F("no-accountability", 6, "Archives backlog: no misconduct."),
    F("no-mechanism", 2, "长效机制：制定《养老金领取资格认证和死亡信息比对工作规程》."),
    F("no-mechanism", 4, "长效机制：制定《丧葬补助金和抚恤金审核支付办法》 (双签字)."),
    F("repeated-measure", 8, "The same 长效机制 line (《退休党员教育管理办法》) closes #8 and #9, but one rule covering both is no paste: each item has its own acts (finding 97 members / 委员分工, 统一记录本)."),
    F("repeated-measure", 9, "Same shared rule line; own acts."),
    F("no-deadline", 7, "“立行立改，2025年8月已完成”."),
], links=[
    L("对接收率低的4个乡镇逐一上门对接", 1), L("对11名未认证人员逐人核实", 2), L("重新摸排全县80岁以上和困难退休人员", 3),
    L("对3笔支付逐笔补齐申请材料", 4), L("0.8万元已由当事人全额退缴", 5), L("委托专业机构对420份档案进行数字化加工", 6),
    L("精简申请材料23份", 7), L("多渠道查找97名失联党员", 8), L("重新明确支部委员分工", 9), L("开展“老带新”结对", 10)])

# p10 萴阳县人民广场管理处党支部: 反馈意见 with （一）–（八） heading lines + detail lines; 二、整改要求 （一）–（四） are
# requirements. Report: public HTML 公告 on the county site (GB18030 bytes, charset=gbk) with an HTML table 序号/问题表现/
# 原因剖析/整改措施/整改成效/责任人及完成时限.
G["p10"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[
    F("no-accountability", 3, "A 收费员 pocketed 3.1万 of parking cash: the row restores e-payment, has the money 补交 and writes a rule, but nobody is dealt with or referred — the 原因剖析 cell only says 对收费人员监督不到位，内控缺失; the feedback asked to 查清责任、处理到人."),
    F("no-deadline", 6, "Row 6 (固定资产 账实不符): the 责任人及完成时限 cell says 郏婉清；下一步尽快完成 and the 整改成效 says the count is still 正在进行 — no date, while every other row has one."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人: “管理处召开处务会议进行研究，将反馈的8个问题分解到各股室…办公室负责收集汇总”, although 整改要求（一） asked for both; the 主任 appears only as 责任人 of single rows and as the one who wrote a 书面检查."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-08-05, 公告 2025-10-28: 84 days."),
    F("no-disclosure", None, "A public 公告 on the county site with a comment period, phone and e-mail."),
    F("inconsistent-claim", None, "6 done + 2 named ongoing (#6, #8); 7.0万 = 3.1万 + 1.5万 + 2.4万; 诫勉1 (#7), 批评2 (#4, #7), 书面检查1 (#2); 5 rules named (#2, #3, #4, #8 two)."),
    F("no-accountability", 4, "1.5万 collected from 3 firms; 综合股股长 批评教育."),
    F("no-accountability", 7, "2.4万 退缴; 副主任麴远舟 诫勉谈话, 财务人员 批评教育."),
    F("no-mechanism", 3, "《地下停车场收费管理制度》 with daily reconciliation (the gap there is accountability)."),
    F("no-mechanism", 4, "《广场场地使用管理办法》."),
    F("no-deadline", 5, "“立行立改”, and the result cell dates it: 已于2025年9月10日全部更换."),
    F("no-owner", 6, "郏婉清 (the gap there is the time limit)."),
], links=[
    L("划定广场舞活动区域和时段", 1), L("对LED大屏改造项目补充开展集体研究", 2), L("恢复电子收费系统并设置关闭报警", 3),
    L("向3家企业收回场地使用费1.5万元", 4), L("更换全部过期消防器材", 5), L("组织开展固定资产全面清查", 6),
    L("2.4万元由领取人员全部退缴", 7), L("制定党支部年度组织生活计划", 8)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
