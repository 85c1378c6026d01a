"""Write p01..p10/gold.json (dev-pairs gold format) for dev54. Hand-judged gold kept in one place (modelled on
dev44's gold.py). Debatable points ("may report") are not gold: they are in each pair's notes.md.
Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 county Party policy-research office: formal 反馈意见, （一）（二）（三）…方面 + continuous 1．–7．; 二、整改意见 not problems.
# Report: 关于“…”的问题的整改情况 with 整改措施/责任人/整改时限/整改进展. GOOD REPORT.
G["p01"] = dict(issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "The secretary-director heads the 领导小组, is 第一责任人, 直接部署、直接过问、直接督办, 4 推进会, 当面督办."),
    F("late-report", None, "Feedback 2025-04-15, report 2025-07-08: 84 days, inside three months."),
    F("no-disclosure", None, "下一步 三是: 门户网站 and 机关公开栏 with a 监督电话."),
    F("inconsistent-claim", None, "24 measures = 23 done + 1 in progress (item 7 遴选, dated 2025-12-31); 1.32万; 诫勉1 + 批评教育6 (5 + 1); 5 rules named."),
    F("no-accountability", 4, "1.32万 repaid, the leading deputy 诫勉谈话, five others 批评教育."),
    F("no-accountability", 5, "Tax back-paid, the 经办人 批评教育."),
    F("no-accountability", 1, "A quality-of-work problem with no wrongdoing: nobody to hold to account."),
    F("no-mechanism", 1, "修订《调研工作管理办法》 and an 评审会制度."),
    F("no-mechanism", 4, "《外出调研考察审批管理规定》."),
    F("no-deadline", 7, "2025年12月31日, a real date for the one open item."),
    F("no-owner", 6, "党支部副书记柯曼青."),
], links=[
    L("实地调研不少于5个工作日", 1), L("对超期的2项课题逐项制定结题倒排表", 2), L("重新制定2025年全面从严治党责任清单", 3),
    L("相关费用1.32万元已由参加人员全部退缴", 4), L("为外聘专家补办个人所得税代扣手续", 5),
    L("对3名党员按正确基数核定党费", 6), L("申请遴选2名年轻干部", 7)])

# p02 county labour arbitration institute: 组长's 反馈会 speech, problems 一是…六是; 一要…三要 not problems.
# Report (GB18030): the secretary's first-person report, order 1,5,4,2,3,6.
G["p02"] = dict(issues=6, unanswered=[], must_flag=[
    F("no-accountability", 3, "The arbitrator who heard 3 cases against his wife's employer without 回避 and the clerk who swapped a page are named in the feedback, which says 该问责的问责，决不能以改代处; the answer (report （五）) adds a 告知书 and a 登记 rule but deals with nobody."),
    F("late-report", None, "Feedback 2025-03-18 with a 三个月内 limit (2025-06-18); the report is dated 2025-07-02: 106 days."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary writes as 第一责任人, heads the 领导小组, 5 meetings, 蹲点督办, leads item 4 himself."),
    F("no-disclosure", None, "下一步 三是: 县人社局门户网站 and 院公开栏."),
    F("inconsistent-claim", None, "21 measures = 19 done + 2 pending, the 2 named (积极分子培养, 发展党员) with a date; no all-done claim."),
    F("no-accountability", 4, "40 boxes' 0.48万 repaid, the deputy head 诫勉谈话, the secretary's 书面检查."),
    F("vague-measure", 3, "Opens with 进一步强化了…廉洁意识和规矩意识 but then a 回避情况告知书 at filing and 文书 registration/approval."),
    F("no-mechanism", 1, "修订《仲裁案件审限管理办法》 with warnings."),
    F("no-mechanism", 2, "《仲裁员与律师、当事人接触交往报告制度》."),
    F("no-mechanism", 5, "修订《专家仲裁员办案补贴发放办法》 and 《固定资产管理办法》."),
    F("no-owner", 4, "“此项由我亲自负责” — the secretary."),
    F("no-deadline", 1, "2025年5月底完成."),
], links=[
    L("逐件梳理了37件超审限案件", 1), L("出台《仲裁员与律师、当事人接触交往报告制度》", 2),
    L("在每个案件立案时增加了“回避情况告知书”环节", 3), L("发放给本院职工的40盒月饼折价0.48万元", 4),
    L("多发的1.2万元已全部追回", 5), L("确定2名年轻仲裁员为入党积极分子培养对象", 6)])

# p03 county sanitation office: 问题清单 问题1：…问题7： + 具体表现：; 整改要求 一、–五、 not problems.
# Report (UTF-8 CRLF): 问题N：/整改情况：/责任人；完成时限 lines.
G["p03"] = dict(issues=7, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "“7个问题已全部整改完成，26项整改措施全部落实到位”, while 问题1 says 3 pilot sites 正在施工 with a 2025-03-31 limit after the report date (2025-01-24) and 问题5 says the fuel quotas are still 正在跟踪测算."),
    F("copied-measure", 4, "问题4's 整改情况 restates the feedback (以“高温补助”“夜班补助”名义向机关管理人员发放补贴…予以纠正) as a promise: no sum recovered, no person, no rule."),
    F("no-accountability", 4, "6.9万 paid out wrongly (3.6万 to non-field staff); the feedback's 整改要求 三 asks to 查清责任、严肃处理 and 追缴: the answer recovers nothing and names nobody."),
    F("no-owner", 6, "问题6's 责任人 is “所党支部” — a body, not a person; every other item names one leader."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary-director heads the 领导小组, 第一责任人, 亲自部署、亲自督办, 4 meetings."),
    F("late-report", None, "Feedback 2024-11-06, report 2025-01-24: 79 days."),
    F("no-disclosure", None, "下一步: 县城市管理局门户网站 and 所公示栏."),
    F("no-accountability", 2, "Service fee cut 18.6万; 作业管理科科长 诫勉谈话, 2 inspectors 批评教育."),
    F("no-accountability", 5, "0.52万 repaid; 2 drivers 批评教育."),
    F("copied-measure", 2, "Acts, not words: 考核办法 revised, staffing checked, 18.6万 deducted, people dealt with."),
    F("no-mechanism", 2, "修订《环卫作业外包服务考核办法》."),
    F("no-mechanism", 5, "《车辆维修定点比价管理办法》 and 一车一卡."),
    F("no-mechanism", 7, "修订《考勤管理制度》."),
    F("no-owner", 3, "党支部书记、所长龚拓野."),
    F("no-deadline", 6, "2025年1月31日 (the gap there is the owner)."),
], links=[
    L("对城郊结合部4处垃圾临时堆放点进行集中清运", 1), L("按合同扣减服务费18.6万元", 2), L("对全所12个岗位开展廉政风险排查", 3),
    L("不参加一线作业的人员不得领取相关补助", 4), L("为全部31台作业车辆核定油耗定额", 5), L("编入3个党小组", 6),
    L("启用人脸识别考勤", 7)])

# p04 irrigation-district management office: 反馈意见 with areas 一、二、三、…方面 and RESTARTING 1．2．(3．) (2+3+2 = 7);
# the 移交 sentence and 二、整改要求 not problems. Report: ｜-separated ledger rows.
G["p04"] = dict(issues=7, unanswered=[], must_flag=[
    F("no-deadline", 2, "Row 2's 整改时限 is “视汛期情况和资金到位情况推进” for 4 open 险工段 — no date; every other row has one."),
    F("no-mechanism", 5, "Row 5 (42万 unapproved variation, a contract split three ways) re-audits and deals with people but makes no rule, although 整改要求（四） names 工程管理 制度 and every other substantive row makes one."),
    F("no-disclosure", None, "整改要求（五） asks to publish the rectification; the report never says it will be (下一步 lists four points, none on 公开/通报)."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary-director heads the 领导小组, 第一责任人, 5 调度会, 4 site checks, 当面交办."),
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-12: 84 days."),
    F("inconsistent-claim", None, "5 done + 2 in progress = 7; 18 + 4 = 22 and the 4 are named; the 完成情况 column agrees."),
    F("no-accountability", 4, "2 段长 诫勉谈话, 财务科负责人 批评教育, 1.6万 recovered."),
    F("no-accountability", 5, "经办人 批评教育, the director's 书面检查, 7.8万 核减 (the gap there is the missing rule)."),
    F("no-mechanism", 1, "《用水计量设施运行维护办法》."),
    F("no-mechanism", 3, "《管理段负责人轮岗交流办法》."),
    F("no-mechanism", 4, "修订《水费征收使用管理办法》."),
    F("no-deadline", 1, "2025年10月31日 for the open item."),
    F("no-owner", 2, "副所长上官汲 (the gap there is the date)."),
], links=[
    L("对剩余1.2万亩改造任务分片区制定倒排计划", 1), L("对村庄上游2处完成应急加固", 2), L("制定班子成员廉政风险提醒清单", 3),
    L("管理段自收自支的水费23.4万元已全部上缴所财务统一核算", 4), L("核减工程款7.8万元", 5),
    L("建立“管理段党员学习小组”", 6), L("已于2025年6月完成党支部委员会换届选举", 7)])

# p05 county relief/rescue station: DOCX 反馈意见, bold （一）（二）（三）…方面 + 1．–6．; 二、整改意见 一是…五是 not problems.
# Report (UTF-16 LE BOM): answers by number “针对反馈意见第N个问题”; 第6个 never answered.
G["p05"] = dict(issues=6, unanswered=[6], must_flag=[
    F("unanswered-issue", 6, "党支部建设薄弱 (支委会 4 times, 党员服务岗 idle, 民主评议 走过场) has no answer: the report goes from 第5个问题 to 下一步."),
    F("vague-measure", 2, "第2个问题 (5 long-stay people, one over six years, no 人脸识别/DNA 寻亲, no 安置方案) gets slogans only: 高度重视…进一步加强寻亲服务工作，切实提高寻亲成功率…确保妥善安置."),
], must_not_flag=[
    F("weak-leadership", None, "The station head-secretary heads the 领导小组, 第一责任人, weekly hearings, 3 meetings, 亲自督办."),
    F("late-report", None, "Feedback 2024-08-28, report 2024-11-20: 84 days."),
    F("no-disclosure", None, "下一步 四是: 县民政局门户网站 with a 监督电话."),
    F("inconsistent-claim", None, "20 = 17 done + 3 in progress; no all-done claim; 7 rules = the 7 named."),
    F("vague-measure", 1, "Concrete: 3 patrol teams, a joint 联动工作办法, the 2 sleepers taken in."),
    F("no-accountability", 3, "党内警告 for the 经办人, 诫勉 for the storekeeper, 0.62万 repaid."),
    F("no-accountability", 4, "0.48万 repaid; the head 诫勉谈话 by the 县民政局党组."),
    F("no-accountability", 5, "The head's 书面检查, dealt with in the 诫勉谈话; re-tendered."),
    F("no-mechanism", 3, "修订《临时救助资金发放管理办法》, 《救助物资出入库管理规定》."),
    F("no-mechanism", 5, "修订《政府采购内部控制制度》 and a 回避登记制度."),
    F("no-deadline", 2, "2024年11月30日 (the gap there is the slogan measure)."),
    F("no-owner", 2, "副站长钱砺锋."),
], links=[
    L("组建由站内工作人员和志愿者组成的3支巡查队", 1), L("将进一步加强寻亲服务工作", 2),
    L("对2023年14笔现金发放的临时救助逐笔回访核实", 3), L("4次职工聚餐的费用0.48万元已由参加人员全部退还", 4),
    L("对受助人员食宿服务外包项目重新组织公开比选", 5)])

# p06 county film distribution company (state firm): 纪委监委 website news item, “巡察组指出…：…；…等问题” (6 problems);
# the 要求 paragraph not problems. Report: public 巡察整改进展情况的通报.
G["p06"] = dict(issues=6, unanswered=[], must_flag=[
    F("repeated-measure", 3, "（三） (票款 held by individuals, 38万 承包费 unpaid) is answered only by a boilerplate paragraph (坚持把巡察整改作为推动公司高质量发展的重要契机…制度化运行) pasted again under （五）."),
    F("repeated-measure", 5, "（五） (选人用人) repeats （三）'s paragraph word for word after a different first clause."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人, the 党支部书记 never appears: 经理办公会 + 综合部牵头 + 各部门按照职责分工, 2 meetings, though the feedback asked the secretary to 带头研究整改、亲自推动落实."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-01-07, 通报 2025-03-31: 83 days."),
    F("no-disclosure", None, "A public 通报 (予以公布) with a comment period, phone and address."),
    F("inconsistent-claim", None, "4 done + 2 in progress = 6, and the two in progress are （三）（五）; 3.3万 = 1.7 + 1.6; 诫勉3 (2 projectionists + deputy) + 批评3 (2 staff + 1 委员); 4 rules named."),
    F("repeated-measure", 1, "Its own concrete acts (316 checked, 45 struck off, a platform, a 考核办法)."),
    F("no-accountability", 4, "Refunds; the deputy 诫勉谈话, 2 staff 批评教育."),
    F("no-accountability", 1, "2 projectionists who over-reported 诫勉谈话."),
    F("no-mechanism", 2, "《党支部前置研究讨论重大经营管理事项清单》."),
    F("no-mechanism", 4, "修订《职工福利费管理办法》《差旅费管理办法》."),
], links=[
    L("对2024年上报的2160场放映逐场核对", 1), L("对2024年以来未经前置研究的3个事项补充履行研究程序", 2),
    L("公司针对内部控制薄弱的问题", 3), L("2次外出旅游费用共计1.7万元", 4), L("公司针对选人用人不规范的问题", 5),
    L("2025年2月增补党支部委员1名", 6)])

# p07 county tea-industry centre: 反馈意见 (GB18030) （一）–（七） heading。detail; 二、整改意见 not problems.
# Report: 关于“…”的问题的整改情况 with 整改措施/责任人/整改时限/整改进展.
G["p07"] = dict(issues=7, unanswered=[], must_flag=[
    F("no-accountability", 2, "4.7万 over-paid to 3 households and forged review signatures: the answer only 重新核定补助面积 and revises the rule — nothing recovered, nobody dealt with, though 整改意见（三） names exactly these."),
    F("no-owner", 5, "（五）'s 责任人 is “中心领导班子” — a body, not a person; every other item names one leader."),
    F("no-deadline", 6, "（六）'s 整改时限 is “长期坚持，逐步推进” while the item is 正在整改 with the training still “正在联系” — no date for the open part."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary-director heads the 领导小组, 第一责任人, 直接部署、直接过问、直接督办, 4 meetings, 3 site visits."),
    F("late-report", None, "Feedback 2025-06-24, report 2025-09-16: 84 days."),
    F("no-disclosure", None, "下一步 四是: 县农业农村局门户网站 and 中心公示栏."),
    F("inconsistent-claim", None, "5 done + 2 in progress = 7 (（一）（六）); 21 + 4 = 25; 5 rules named = 5."),
    F("no-accountability", 4, "0.96万 repaid by approver and 经办人; the deputy 诫勉谈话, 经办人 批评教育."),
    F("no-accountability", 5, "1.2万 repaid by the farm head, who is 诫勉谈话 (the gap there is the owner)."),
    F("no-owner", 3, "党支部书记、主任米蓁岚."),
    F("no-deadline", 1, "2025年12月31日 for the open item."),
    F("no-mechanism", 2, "修订《茶园建设补助资金审核发放办法》 (the gap there is accountability)."),
    F("no-mechanism", 5, "《示范茶场经营管理办法》."),
], links=[
    L("对6家抽检不合格的企业暂停品牌授权使用", 1), L("对3户以同一地块重复申报的茶农进行核实", 2),
    L("对茶叶检测站、示范茶场开展廉政风险全面排查", 3), L("由审批人和经办人全部退赔", 4),
    L("委托会计师事务所对示范茶场2024年茶青收购和成品茶销售进行专项审计", 5), L("调整3名技术骨干回到技术岗位", 6),
    L("党员技术服务队每月到茶区开展技术服务", 7)])

# p08 county metrology testing institute: 反馈意见 with （一）（二）（三）…方面 + continuous 1．–7．; 二、整改意见 not problems.
# Report: DOCX, 关于“…”的问题的整改情况 with 整改措施/责任人/整改时限/整改进展 paragraphs. GOOD REPORT.
G["p08"] = dict(issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "The secretary-director heads the 领导小组, 第一责任人 负总责, 4 meetings, weekly ledger review, 亲自督办."),
    F("late-report", None, "Feedback 2024-04-16, report 2024-07-05: 80 days."),
    F("no-disclosure", None, "下一步 三是: 县市场监督管理局门户网站 and 服务大厅公示栏 with a 监督电话."),
    F("inconsistent-claim", None, "6 done + 1 in progress; 21 + 2 = 23, the 2 named in （二）; 2.4万 = 0.41 + 0.87 + 1.12; 诫勉4, 批评5, 4 rules — all add up."),
    F("no-accountability", 2, "3 检定员 批评教育, 检定科科长 诫勉谈话."),
    F("no-accountability", 4, "Fees refunded; 检定员 诫勉谈话, 财务人员 批评教育."),
    F("no-accountability", 5, "Repaid; 2 诫勉, the approving deputy 批评教育."),
    F("no-mechanism", 4, "修订《检定收费管理办法》."),
    F("no-mechanism", 5, "修订《公务用车使用管理办法》."),
    F("no-deadline", 2, "2024年8月31日 for the open item."),
    F("no-owner", 3, "党支部书记、所长单霁川."),
], links=[
    L("新检定计价秤612台", 1), L("对2023年出具的27份检定证书全部收回", 2), L("制定2024年度全面从严治党责任清单", 3),
    L("对12家企业超标准收取的3.28万元检定费全部清退", 4), L("对2张周末频繁加油的加油卡逐笔核查", 5),
    L("重新召开2023年度组织生活会", 6), L("停发2名借调检定员的检定业务津贴", 7)])

# p09 county bus station company (state firm): 组长's 反馈会 speech 第一，…第六，; 一是…三是 requirements not problems.
# Report: reworded 关于…的问题 headings with 一是… and one bracket (责任领导；完成时限) each; 第五 (八项规定) silently dropped.
G["p09"] = dict(issues=6, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "The 8 cases of 高档白酒 for leaders' receptions and the deputy's private use of the car: no heading or sentence answers it; report （五） is problem 6."),
    F("no-mechanism", 3, "The speech asks for “三重一大” rules; the answer is study, a back-filled review and “严格执行有关规定” — no 前置研究清单, no 议事规则, while every other substantive item makes a rule or a standing arrangement."),
    F("late-report", None, "Feedback 2024-11-26 with a 三个月内 limit (2025-02-26); the report is dated 2025-03-10: 104 days."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary heads the 领导小组, 第一责任人, 主持 the planning, 5 site visits, fortnightly hearings."),
    F("no-disclosure", None, "下一步 三是: 县交通运输局门户网站 and 站内公示栏."),
    F("inconsistent-claim", None, "16 + 3 = 19 and the 3 are named; no all-done claim."),
    F("unanswered-issue", 6, "Answered under the fifth heading （五）关于加强基层党组织建设的问题."),
    F("no-accountability", 4, "党内警告 for the former 综合部经理, 6.2万 recovered, the rest in court."),
    F("no-accountability", 2, "安检员 批评教育, 安全科科长 诫勉谈话."),
    F("no-mechanism", 2, "修订《班车出站安全检查管理办法》."),
    F("no-mechanism", 4, "《资产租赁管理办法》."),
    F("no-owner", 3, "党支部书记、执行董事卓听澜 (the gap there is the missing rule)."),
    F("no-deadline", 4, "2025年6月30日."),
], links=[
    L("恢复售票窗口至5个", 1), L("修订《班车出站安全检查管理办法》", 2), L("补充提交党支部会议研究", 3),
    L("对站内23间商铺全部重新评估租金", 4), L("补选党支部委员2名", 6)])

# p10 county affordable-housing service centre: 反馈意见 with areas 一、二、三、…方面 + continuous 1．–7． heading lines +
# 具体表现：; 整改要求 （一）–（五） not problems. Report: 关于“…”的问题 with 整改措施： and one field line.
G["p10"] = dict(issues=7, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "“7个问题已全部整改到位，24项整改措施全部完成”, while （一） says 2 households 正在办理退出手续, （二） 15 flats 正在组织选房, （三） the rest of 47.6万 is still being chased (拟申请法院强制执行)."),
    F("vague-measure", 4, "（四） (68万 property contract renewed without procurement, fees paid in full without assessment) is slogans only: 深刻认识…进一步增强…切实加强…不断规范…努力提升 — no new procurement, no assessment, no person."),
    F("no-disclosure", None, "整改要求（五） asks to publish the rectification; the report never says it is or will be published."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary-director heads the 领导小组, 第一责任人, 3 meetings, 2 site visits."),
    F("late-report", None, "Feedback 2025-09-02, report 2025-11-21: 80 days."),
    F("no-accountability", 5, "Repaid; the head 诫勉谈话 by the 县住建局党组, 经办人 批评教育."),
    F("no-accountability", 3, "2.3万 paid in, 29.4万 recovered, 管理科科长 批评教育."),
    F("vague-measure", 3, "Concrete: door-to-door collection, 2.3万 paid in, a 租金收缴管理办法."),
    F("no-mechanism", 1, "修订《公共租赁住房保障对象资格审核和动态管理办法》."),
    F("no-mechanism", 3, "《公共租赁住房租金收缴管理办法》."),
    F("no-mechanism", 5, "《公务接待和工作餐管理规定》."),
    F("no-owner", 4, "副主任伍辰安 (the gap there is the slogan measure)."),
    F("no-deadline", 4, "2025年11月30日."),
], links=[
    L("对9户申请时名下有商品房或车辆的保障对象逐户核查", 1), L("对南郊公租房小区46套空置房屋进行集中调配", 2),
    L("对132户欠缴户逐户上门催缴", 3), L("切实加强物业服务采购管理", 4), L("3次内部聚餐费用0.27万元已由参加人员全部退缴", 5),
    L("制定“三会一课”年度计划", 6), L("中心14名党员与住户结对", 7)])

for name, g in G.items():
    out = {"mode": "pair", "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
