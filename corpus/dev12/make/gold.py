"""Write p01..p10/gold.json (dev-pairs gold format). The gold is hand-judged; this file only keeps it in one place.
Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}
G["p01"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[
    F("no-accountability", 3, "The feedback names a subsidiary lending 800万 without 党支部前置研究 or group approval (300万 still out) and investments decided by the 总经理办公会 instead of the 董事会, and asks for 依规依纪严肃处理; 问题3 only recovers money, revises the decision lists and resubmits to the board; nobody is held to account."),
    F("no-mechanism", 5, "Seventeen purchases split to dodge tendering and one supplier winning three years running is a systemic gap; 问题5 re-tenders 9 items, pauses the supplier and trains staff, but makes or revises no procurement rule, and the six rules counted in the summary include none on procurement, although the feedback asks for 采购 rules."),
    F("inconsistent-claim", None, "The summary says 7 of 8 problems are done and only 问题8 continues, but 问题2 is itself 持续推进 with 620万 still in litigation (and 问题1 has only 已完成阶段性目标 with the exit due by 2026年12月底)."),
], must_not_flag=[
    F("no-accountability", 4, "Office director 诫勉谈话, one clerk and two subsidiary managers 批评教育, over-standard costs repaid and 6.2万 allowances returned."),
    F("no-deadline", 1, "非主业退出2026年12月底前，项目调度长期坚持: a date beside a long-term status."),
    F("no-deadline", 7, "2026年5月31日前，考核长期坚持."),
    F("no-owner", 5, "责任领导 is given by title only (分管副总经理) with 物资采购部: an owner."),
    F("no-owner", 2, "分管副总经理 with 法务风控部、财务部."),
    F("no-mechanism", 3, "修订集团《“三重一大”决策制度实施办法》 with new 前置研究/董事会 lists."),
    F("no-mechanism", 2, "制定《子公司经营风险预警管理办法》."),
    F("vague-measure", 5, "The procurement answer is concrete (9 items merged and tendered, supplier paused, third-party review); only the rule is missing."),
    F("weak-leadership", None, "领导小组 under the 党委书记、董事长, named 第一责任人, 6 meetings, 直接部署、直接过问、直接督办, three visits to subsidiaries."),
    F("no-disclosure", None, "To be published on the group site with phone and e-mail."),
    F("late-report", None, "Feedback 2026-03-12, report 2026-06-05: 85 days."),
], links=[
    L("已收回资金500万元", 3), L("提交集团董事会补充审议", 3), L("超出部分由当事人退缴", 4),
    L("其中本年度仍需采购的9项已合并后公开招标", 5), L("酒店经营业务已于2026年4月整体移交市文旅集团", 1),
    L("其余620万元已向法院提起诉讼", 2), L("其中1处已于2026年5月公开招租", 8), L("补充开展试用期满考核", 6),
    L("装卸公司党支部每月召开支委会", 7)])
G["p02"] = dict(mode="pair", issues=7, unanswered=[7], must_flag=[
    F("unanswered-issue", 7, "发展党员和后备力量 gets a heading of its own, and then only: 村两委议过两次…暂时还没有拿出具体办法. No measure at all."),
    F("vague-measure", 2, "The idle tea factory (800㎡ and machines, about 4万 rent lost a year) is answered with slogans only: 进一步解放思想, 拓宽发展思路, 切实把集体资产盘活用好, 努力壮大村集体经济; no letting, no disposal, no plan."),
    F("no-deadline", 4, "The 工程 paragraph ends (负责人：村委会主任谢永明) with no 完成时间, while every other bracket gives one."),
], must_not_flag=[
    F("no-accountability", 3, "The deputy director who held the 2.3万 rent gets 党内警告 from the 乡纪委 and is named at a township meeting."),
    F("no-accountability", 1, "Two households removed from 低保, 1.86万 recovered, the 文书 批评教育, the 村委会主任 a written self-criticism."),
    F("no-deadline", 6, "完成时间：长期坚持 for the monthly party day."),
    F("no-deadline", 5, "6月起每月10日前，长期坚持."),
    F("no-owner", 4, "村委会主任谢永明 is named; only the time is missing."),
    F("no-owner", 3, "Owners are the 书记 (一是) and the 乡纪委 (二是)."),
    F("no-mechanism", 4, "A standing rule is adopted: works over 5万 go first to the 村民代表会议 and contractors are chosen by the township, not by village cadres."),
    F("weak-leadership", None, "The 党总支书记 heads the 整改小组 and 负总责; the township's 包村领导 and 乡党委书记 follow it."),
    F("no-disclosure", None, "Progress posted monthly on the 村务公开栏 and the villagers' WeChat group, with a named contact and phone."),
    F("late-report", None, "Feedback 2026-04-08, report 2026-07-02: 85 days."),
    F("inconsistent-claim", None, "The report claims no totals; nothing to contradict."),
], links=[
    L("出纳由村妇联主席卢春燕担任", 3), L("2.3万元租金已全部交回村账户入账", 3), L("2户有货车和城区商品房的已取消低保", 1),
    L("已请乡农业综合服务中心组织验收", 4), L("2025年下半年的收支明细已经补上墙", 5), L("对2025年以来的112笔支出逐笔签了审核意见", 5),
    L("每月5日固定为主题党日", 6), L("9名在外务工党员已经全部联系上", 6), L("切实把集体资产盘活用好", 2)])
G["p03"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("repeated-measure", 6, "Under （六）擦亮支部“成色” the first paragraph (组织全体党员教师集中学习《中国共产党章程》…进一步增强纪律规矩意识…) is pasted word for word again as the whole answer of （七）."),
    F("repeated-measure", 7, "（七）评审公平公正 (committee members related to applicants, no recusal) is answered only by the same study paragraph pasted from （六）; nothing about the committee or recusal."),
    F("no-owner", 5, "（五）把资助用在刀刃上 ends with （完成时限：2026年9月30日前） only; every other item names 责任领导 and 责任部门."),
    F("weak-leadership", None, "The work is led by a 专班 under the vice-dean for teaching; the 党总支书记 never appears, there is no 第一责任人 and no 直接部署/过问/督办, although the speech asks the 党总支书记 to be 第一责任人."),
], must_not_flag=[
    F("no-accountability", 3, "1.9万 refunded, the office director 诫勉谈话, two clerks 批评教育."),
    F("no-accountability", 5, "1.8万 grants recovered, two counsellors 批评教育."),
    F("no-deadline", 2, "6月30日前，长期坚持."),
    F("no-deadline", 5, "2026年9月30日前 is given; only the owner is missing."),
    F("no-mechanism", 3, "制定《智能制造学院公务接待管理细则》."),
    F("no-mechanism", 4, "修订《校企合作项目管理办法》."),
    F("no-mechanism", 1, "建立专业动态调整机制 with a 65% warning line."),
    F("vague-measure", 1, "Survey of 87 firms, one major suspended, one redirected with halved intake, one new major."),
    F("no-disclosure", None, "The notice is published on the 巡察办 site with phone and e-mail for comments."),
    F("late-report", None, "Speech 2026-04-21, notice 2026-07-10: 80 days."),
    F("inconsistent-claim", None, "完善制度4项 matches the four rules named; no other totals."),
], links=[
    L("以“专家咨询费”名义列支的1.9万元餐费", 3), L("实行“一会一报、讲稿先审”", 2), L("模具设计专业2026年暂停招生", 1),
    L("已收回21万元", 4), L("追回国家助学金1.8万元", 5), L("机械工程系教工党支部书记改由系主任", 6)])
G["p04"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("copied-measure", 5, "The 整改措施 cell of ledger row 6 is the feedback's 典型表现 copied back (门诊预约挂号渠道单一，专家号源“一号难求”; 群众投诉中有45件超过规定时限未办结), yet the row says 已完成."),
    F("no-deadline", 6, "Ledger row 7 (党支部设置, 双带头人) has “—” in 完成时限 while it is 正在推进."),
    F("no-disclosure", None, "Internal report to the 县委巡察工作领导小组; nothing is published or to be published and no channel for comments, although the feedback asks for disclosure to staff and the public."),
], must_not_flag=[
    F("no-owner", 3, "The 责任领导 cell is vertically merged with row 2 (副院长唐永宁); the continuation cell is empty in the file but the owner is there."),
    F("no-owner", 6, "党委副书记何平 and 党委办公室 are given; only the time limit is missing."),
    F("no-deadline", 4, "长期坚持 for the 医药代表 reception rule, with 处分 already done."),
    F("no-deadline", 3, "6月30日前 without a year is still a date."),
    F("no-accountability", 2, "医保办主任 诫勉谈话, five heads lose performance pay, three cashiers 批评教育; 23.6万 refunded."),
    F("no-accountability", 4, "党内警告 and 诫勉谈话 for the two department heads, costs repaid."),
    F("no-accountability", 7, "人事科科长 批评教育, two unqualified hires dismissed."),
    F("no-mechanism", 1, "修订《党委会议议事规则》《院长办公会议议事规则》."),
    F("no-mechanism", 3, "修订《医用耗材采购管理办法》."),
    F("no-mechanism", 7, "制定《编外人员公开招聘管理办法》."),
    F("weak-leadership", None, "领导小组 under the 党委书记, 第一责任人, 直接部署、直接过问、直接督办, 5 meetings."),
    F("inconsistent-claim", None, "6 done + 1 正在推进 agrees with the ledger; 23.6万, 警告1, 诫勉2, 批评教育4, 绩效5, 制度5 all agree with the rows."),
    F("late-report", None, "Feedback 2026-03-26, report 2026-06-16: 82 days."),
], links=[
    L("列出党委会决定事项清单23项", 1), L("4.4万元退还患者本人", 2), L("对2家价格明显偏高的供应商暂停供货", 3),
    L("建立耗材二级库出入库台账", 3), L("对另1名科室主任诫勉谈话", 4), L("2名不符合岗位要求的已解除劳动合同", 7),
    L("由11个调整为8个", 6), L("门诊预约挂号渠道单一", 5)])
G["p05"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2026-01-20; the report is dated 2026-06-10, 141 days later, beyond the three months the feedback sets (it does not even explain the delay)."),
    F("vague-measure", 8, "（九）第三方面第2个问题 (young cadres 18%, 6 staff seconded, no rotation) is answered only with slogans: 进一步提高思想认识, 切实加强干部队伍建设, 不断优化干部队伍结构, 努力打造…; no recruitment, no return of seconded staff, no rotation plan."),
    F("no-accountability", 5, "Two cadres claimed private-car fuel as official travel (0.86万) and the official car was used for commuting; （六） only revises the car rule, fits GPS and organises study: no money recovered, nobody dealt with, although the 整改意见 asks for 依规依纪严肃处理."),
], must_not_flag=[
    F("no-deadline", 7, "完成时限：长期坚持 for the study plan, with party-building meetings already held."),
    F("no-deadline", 3, "2026年3月31日前，复核长期坚持."),
    F("no-deadline", 8, "2026年12月31日前 is given; the gap is the empty content."),
    F("no-owner", 8, "The vague item still names the 党组书记、局长 as 责任领导."),
    F("no-accountability", 3, "Two monitors 批评教育, the section chief 诫勉谈话."),
    F("no-accountability", 2, "19.4万 wages paid out to the workers, the 以工代赈股股长 批评教育."),
    F("no-mechanism", 2, "制定《以工代赈项目劳务报酬发放管理办法》 and a 周通报 rule on disbursement."),
    F("no-mechanism", 6, "制定《招标文件资格条件审查要点》."),
    F("no-mechanism", 5, "修订《局机关公务用车管理办法》: a rule exists; accountability is the gap."),
    F("weak-leadership", None, "领导小组 under the 党组书记、局长, 第一责任人, 直接部署、直接过问、直接督办, 4 党组 meetings."),
    F("no-disclosure", None, "To be published on the county government portal with phone and e-mail."),
    F("inconsistent-claim", None, "The report claims no completion totals; 9 tasks for 8 problems matches the split second problem."),
], links=[
    L("逐一建立前期工作推进表", 1), L("已全部发放到务工", 2), L("会同县财政局建立资金拨付", 2),
    L("对价格监测股股长诫勉谈话", 3), L("一次性告知", 4), L("在公车上安装定位系统", 5),
    L("记不良行为记录", 6), L("由班子成员轮流领学", 7), L("不断优化干部队伍结构", 8)])
G["p06"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("no-owner", 7, "Owner given once in the group heading: 常务副校长陈嘉禾领衔 items 1–3 (with 责任部门)."),
    F("no-owner", 6, "Same group heading (常务副校长陈嘉禾领衔)."),
    F("no-owner", 2, "Group heading: 分管教学副校长孔令仪领衔."),
    F("no-owner", 5, "Group heading: 分管后勤财务副校长苏振邦领衔."),
    F("no-deadline", 6, "完成时限：长期坚持 for recording and attending 组织生活: a legitimately open-ended item."),
    F("no-deadline", 2, "2026年6月30日前 with review done; 课程更新长期坚持."),
    F("no-deadline", 3, "2026年8月31日前, tied to the next canteen tender."),
    F("no-mechanism", 2, "《县委党校外聘教师管理办法》 and the revised 教学质量评估办法 are in the separate 三、建章立制情况 section."),
    F("no-mechanism", 5, "《县委党校采购管理实施细则》 (三家以上比价) in the 建章立制 section."),
    F("no-mechanism", 7, "《县委党校学员考勤和培训档案管理办法》 in the 建章立制 section."),
    F("no-mechanism", 4, "Revised 《县委党校财务管理制度》 in the 建章立制 section."),
    F("no-accountability", 3, "3.2万 repaid, 党内警告 for the then office director, 诫勉 for the canteen head."),
    F("no-accountability", 4, "2.6万 returned, the finance head 批评教育."),
    F("no-accountability", 7, "教务科科长 诫勉谈话, two class teachers 批评教育, corrected files re-sent."),
    F("vague-measure", 6, "Concrete recording and signing rules, two members talked to, leaders attend quarterly."),
    F("weak-leadership", None, "The 常务副校长 (the principal leader the feedback names) heads the 领导小组 as 第一责任人 and 直接部署、直接过问、直接督办."),
    F("inconsistent-claim", None, "6 done + #3 ongoing, 24 of 26 measures; 5.8万 = 3.2万 + 2.6万; 警告1, 诫勉2, 批评教育5, 制度5 all agree with the items."),
    F("no-disclosure", None, "To be published on the 党校 site with phone and e-mail."),
    F("late-report", None, "Feedback 2026-02-27, report 2026-05-22: 84 days."),
], links=[
    L("删除兴趣类课程9门", 1), L("更正学员出勤数据87人次", 7), L("与会党员签字确认", 6), L("停止聘用发表不当言论的外聘教师", 2),
    L("3.2万元餐费已由组织聚餐的相关人员全额退缴", 3), L("超标准发放的讲课费2.6万元已由相关教师全额退回", 4),
    L("已通过县公共资源交易平台公开比选确定承接单位", 5), L("限额以下采购一律三家以上比价", 5),
    L("规定考勤数据由教务科、班主任双人核对签字后报送", 7)])
G["p07"] = dict(mode="pair", issues=7, unanswered=[7], must_flag=[
    F("unanswered-issue", 7, "The unresolved earlier-round finding (补偿资金未实行专户管理, promised for 2023年6月) has no measure: （三）把支部建强 names 上轮巡察整改不彻底 in its lead sentence, but its three measures are all about study; no account is opened anywhere."),
    F("no-mechanism", 1, "The feedback says 装修补偿认定没有统一的标准和流程 and 评估机构未经公开摇号; the report recovers money, punishes two staff and re-checks the valuers, but makes no rule on assessing compensation or choosing valuers, while it makes rules for 经费, 档案, 来访 and 安置房."),
    F("late-report", None, "Feedback 2026-01-15, report 2026-06-09: 145 days; the report itself admits it is 较规定时间有所延后."),
], must_not_flag=[
    F("no-accountability", 1, "区纪委监委 政务记过 for one staff member and 诫勉 for the other; 31.2万 recovered, 15.6万 sued for."),
    F("no-accountability", 4, "6.5万 returned, the finance head 批评教育."),
    F("no-deadline", 6, "时限：长期坚持 for study measures."),
    F("no-deadline", 2, "时限：年内 is a (coarse) time limit."),
    F("no-deadline", 3, "6月30日前，长期坚持."),
    F("no-owner", 6, "党支部书记方建华."),
    F("no-mechanism", 4, "修订《中心工作经费管理办法》."),
    F("no-mechanism", 5, "制定《中心征收档案管理规定》."),
    F("no-mechanism", 2, "制定《安置房分配操作规程》."),
    F("no-mechanism", 3, "首接负责、7日答复 制度."),
    F("weak-leadership", None, "支部书记、主任 heads the 领导小组 as 第一责任人, 7 meetings, 直接部署、直接过问、直接督办."),
    F("no-disclosure", None, "To be published in the 公示公告 column of the district site, with a phone."),
    F("inconsistent-claim", None, "Only 大部分已整改到位 is claimed; 31.2万, 6.5万 (5.3 + 1.2), 记过1, 诫勉1, 批评教育3, 制度4 agree with the items."),
], links=[
    L("已协商追回多付补偿款31.2万元", 1), L("区纪委监委给予1人政务记过处分", 1), L("对2个征收项目评估机构的委托情况进行了复查", 1),
    L("由中心工会和相关人员全额退回", 4), L("补齐评估报告送达签收单23份", 5), L("对2025年37件未答复的来访事项逐件回访答复", 3),
    L("将会议纪要和选房顺序在项目现场补充公示15天", 2), L("每次集中学习确定1名中心领导领学", 6)])
G["p08"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("copied-measure", 5, "二、网格要实 is the feedback's own problem text turned round (网格员入户走访记录内容雷同…存在代填现象，重点人群信息更新不及时) plus 要加以整改; nothing is done about the files, the 3 deceased on the care list or the 5 grids."),
    F("weak-leadership", None, "The work is put on the 居委会副主任 and the office; the 社区党委书记 never appears and there is no 第一责任人 or 领导小组, although the feedback asks the 书记 to lead."),
    F("no-disclosure", None, "Nothing is published to residents although the feedback asks for it; only 议事结果 on the stairwell boards and 党费 reported at a party meeting, which are measures, not disclosure of the rectification."),
], must_not_flag=[
    F("no-accountability", 3, "The two absentee posts are terminated and the 1.44万 recovered."),
    F("no-accountability", 4, "Cards refunded; the 居委会主任 written self-criticism and 批评教育 by the 街道党工委."),
    F("no-deadline", 6, "时间：长期坚持."),
    F("no-deadline", 1, "2026年12月底前."),
    F("no-owner", 5, "负责人：网格长 names a post; the gap here is the copied text."),
    F("no-owner", 4, "负责人：社区会计."),
    F("no-mechanism", 2, "修订《临江社区居民议事会议事规则》 (先议后办)."),
    F("vague-measure", 1, "Joint meeting held, 10 projects listed, 5 delivered, quarterly rota."),
    F("inconsistent-claim", None, "3 done + 3 ongoing agrees with the items."),
    F("late-report", None, "Feedback 2026-03-05, report 2026-05-28: 84 days, before the 6月5日 deadline."),
], links=[
    L("已分别召开居民议事会补充协商", 2), L("重新推选居民议事代表21名", 2), L("购物卡0.6万元已由领取人员全部退回", 4),
    L("违规领取的补贴1.44万元已全部追回", 3), L("11名党员党费已全部按月交纳到位", 6), L("12家共建单位全部参加", 1),
    L("网格员入户走访记录内容雷同", 5)])
G["p09"] = dict(mode="report-only", issues=7, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "The summary says all 7 problems 已全部整改完成 and 追缴违规资金28.5万元, but （一） says 2 cases are still 正在推进, （七） runs to 2026年6月30日 after the report date, and the money in the items is 12.6万 + 2.1万 = 14.7万."),
    F("repeated-measure", 5, "（五）转变村干部作风 is answered by a study/warning-meeting/pledge paragraph that is pasted word for word under （七）."),
    F("repeated-measure", 7, "（七）推动后进支部转化 (two weak branches not turned round) gets only the same 作风 paragraph from （五）; nothing on the branches."),
    F("no-deadline", 3, "（三）安全隐患要清零 ends with 责任领导 only; no 完成时限, while one of the three firms is still closed for rectification."),
], must_not_flag=[
    F("no-deadline", 5, "完成时限：长期坚持."),
    F("no-owner", 3, "副镇长柯文斌 is named; only the time limit is missing."),
    F("no-accountability", 2, "Three village clerks get 党内警告 or 政务警告; 12.6万 recovered."),
    F("no-accountability", 4, "党政办主任 诫勉谈话; 2.1万 repaid."),
    F("no-mechanism", 2, "修订《杉桥镇惠农补贴发放管理办法》."),
    F("no-mechanism", 6, "修订《杉桥镇村级财务管理办法》."),
    F("no-mechanism", 3, "修订《杉桥镇安全生产隐患排查治理工作制度》."),
    F("weak-leadership", None, "领导小组 under the 党委书记, 第一责任人, 9 meetings, 直接部署、直接过问、直接督办, visits to 8 villages."),
    F("no-disclosure", None, "Published on the town's 政务公开栏 and WeChat account with a phone."),
], links=[
    L("已拆除复耕12宗", 1), L("多发的12.6万元已全部追回并上缴县财政", 2), L("对3家企业下达整改通知书", 3),
    L("超标准部分2.1万元由相关人员退缴", 4), L("补齐正规票据3.1万元", 6)])
G["p10"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-owner", 2, "问题2（治超执法） ends with （完成时限：…） only; no 责任领导 or 责任科室, while every other item names both."),
    F("no-accountability", 4, "The feedback names 287万 of unapproved design changes, one signed off by the 工程科长 at the contractor's request, and asks for 追究责任; 问题4 reviews costs, cuts 41.6万 and revises the rule, but nobody is held to account."),
], must_not_flag=[
    F("no-deadline", 2, "2026年4月15日前，已完成；执法记录仪抽查长期坚持."),
    F("no-deadline", 1, "2026年10月31日前, in progress."),
    F("no-accountability", 5, "0.9万 recovered, 党内警告 and 诫勉 for the two station heads."),
    F("no-accountability", 3, "The acceptance-group leader who signed without inspecting gets 诫勉谈话."),
    F("no-mechanism", 4, "修订《中心公路工程设计变更管理办法》: the gap is accountability, not the rule."),
    F("no-mechanism", 3, "制定《农村公路建设项目质量抽检办法》."),
    F("no-owner", 3, "Both halves of the split 问题3 name 副主任车立群."),
    F("vague-measure", 6, "Three rooms restored, meetings held separately, quarterly checks."),
    F("weak-leadership", None, "领导小组 under the 党委书记、主任, 第一责任人, 直接部署、直接过问、直接督办, site visits."),
    F("no-disclosure", None, "To be published on the centre's site with phone and e-mail."),
    F("late-report", None, "Feedback 2026-03-18, report 2026-06-12: 86 days."),
    F("inconsistent-claim", None, "5 done + 问题1、问题3 ongoing agrees; 0.9万, 警告1, 诫勉2, 批评教育3, 制度5 agree with the items."),
], links=[
    L("核减不合理费用41.6万元", 4), L("2个养护站公车私用涉及的加油费0.9万元已全部追回", 5), L("G356线沄江段3处坑槽已于反馈后一周内修复", 1),
    L("超限检测站全面落实“卸载放行”规定", 2), L("对2条提质改造公路重新组织交工验收", 3), L("施工单位已对不合格的1.8公里路面铣刨重铺", 3),
    L("3个被挪用的党员活动场所已全部恢复", 6), L("资格审查实行双人审核、签字负责", 7)])

for p, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, p, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
print("wrote", len(G))
