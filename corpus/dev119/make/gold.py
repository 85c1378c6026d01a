"""Write p01..p10/gold.json (dev-pairs gold format) for dev119. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev108/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蘅阳县国有种猪场党支部 (县农业农村局党组 round). Feedback: formal 反馈意见, areas （一）（二）（三）…方面 with continuous
# 1．–10． heading。detail lines; 二、整改意见 （一）–（三） are not problems. Report (DOCX): 关于“…”的问题 items with five field
# paragraphs; sanctions sit inside 整改措施. GOOD REPORT.
G["p01"] = dict(mode="pair", issues=10, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "领导小组 headed by 党支部书记、场长郜秋帆 as 第一责任人, who 直接部署、直接督办 #3, #4, #6; 6 支委会, 4 推进会, 3 site checks."),
    F("late-report", None, "Feedback 2025-04-16, report 2025-07-08: 83 days, inside three months."),
    F("no-disclosure", None, "下一步 三是: published on the 县农业农村局门户网站 with a 监督电话."),
    F("inconsistent-claim", None, "10 problems = 8 done + #1 and #10 named as ongoing, as their 整改结果 say; 24.72万 = 18.6 + 3.84 + 2.16 + 0.12; 4 rules named."),
    F("no-accountability", 3, "A payment made twice: money back, and in the item 主办会计 书面检查, the deputy 提醒谈话."),
    F("no-accountability", 4, "Cull pigs sold cheap to the deputy's cousin: 差价 recovered, 县纪委监委 党内警告 and his sales duties taken away."),
    F("no-accountability", 5, "Equipment at a team leader's home: returned, 批评教育 and 扣发 one quarter's 绩效."),
    F("no-accountability", 6, "Allowances to staff who had left: recovered, the office head 诫勉谈话."),
    F("no-accountability", 7, "Pickup used for a family trip: fuel repaid, 局党组 诫勉谈话."),
    F("no-accountability", 1, "Supply target missed: a work failing, nobody did wrong."),
    F("no-accountability", 8, "Thin “三会一课”: a Party-life failing answered with a plan."),
    F("no-accountability", 10, "Buildings not yet capitalised, scrapped fans on the books: an accounts failing."),
    F("no-deadline", 1, "“2025年12月31日前完成年度供种任务，按月调度长期坚持” — a date plus a standing task."),
    F("no-deadline", 10, "Still in progress but dated: 2025年9月30日前."),
    F("no-mechanism", 3, "《资金支付审核办法》 with three-document matching and two signatures."),
    F("no-mechanism", 4, "过磅, 比价, 集体研究 in the item and 《淘汰种猪处置办法》 in 三、."),
    F("no-owner", 9, "责任领导：支部组织委员 — a named post on the Party side."),
], links=[
    L("重新核定2025年供种计划", 1), L("停止将后备母猪作为商品猪出售", 1),
    L("在场区大门和出猪台安装车辆洗消监控", 2), L("洗消登记改为电子登记", 2),
    L("多付的饲料款18.6万元已于2025年5月9日由饲料公司全额退回场部账户", 3), L("对经手付款的主办会计作出书面检查", 3),
    L("付款一律以合同、发票、入库单三单核对", 3),
    L("96头淘汰种猪少收的差价按市场价重新核算为3.84万元", 4), L("县纪委监委给予副场长宓成林党内警告处分", 4),
    L("2台高压清洗机和1台柴油发电机已于反馈当周收回场部仓库", 5), L("扣发其2025年第二季度绩效", 5),
    L("向3名已解除劳动合同人员多发的补贴2.16万元已全部追回", 6), L("对造表发放的综合办公室主任郗婉进行诫勉谈话", 6),
    L("0.12万元加油费已由副场长阚玉峰本人退赔", 7), L("皮卡车加装定位终端", 7),
    L("制定2025年支部工作计划", 8), L("与2名流动党员取得联系", 9),
    L("委托县财政投资评审中心对2栋保育舍开展竣工决算审计", 10)])

# p02 葑溪县国有造林队党支部 (县林业局党组 round). Feedback: 组长's 反馈会 speech, problems 第一，…第十， (CRLF); the 原因
# sentence and 一要…三要 are not problems. Report (GB18030): the secretary's FIRST-PERSON report under own headings
# （一）思想和党建 / （二）造林主业 / （三）资金和物资 with 一是…, in another order (6,9,1,3,8,2,4,5,7,10).
G["p02"] = dict(mode="pair", issues=10, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2024-10-22 with a 三个月内 limit (2025-01-22); the report is dated 2025-02-12: 113 days."),
    F("no-accountability", 3, "Survival checks written up in the office, 90% on paper against 68–74% on the ground: the report re-checks, replants and writes a 核查办法, but nobody is held to account, though the speech said 该追究责任的要追究责任 and every other money or records act gets a sanction from the writer."),
    F("no-mechanism", 7, "The speech says the team has 没有一项劳务用工管理制度; the answer only checks 2024 wages and signs 86 agreements after the fact, while #2, #3 and #4 each get a written rule."),
    F("copied-measure", 8, "（二）三是 turns the problem back into a demand (要求巡护台账登记及时、规范，确保…对得上，进一步加强…): no act, number or check of its own."),
], must_not_flag=[
    F("weak-leadership", None, "First person throughout: 第一责任人, 领导小组组长, 5 支委会, 7 调度会, 4 site checks, every money item asked after."),
    F("no-disclosure", None, "下一步: 整改情况已在县林业局门户网站公开."),
    F("inconsistent-claim", None, "8 done + #1 and #10 named ongoing = 10; 5.04万 = 1.48 + 3.56."),
    F("no-accountability", 2, "Bill split to avoid a tender: the writer's own 书面检查 to 局党组 and the storekeeper 批评教育."),
    F("no-accountability", 4, "Subsidy to the deputy's brother-in-law: 局党组 诫勉谈话 for 副队长祁怀山."),
    F("no-accountability", 5, "“管护费” under another name: refunded, the two technicians 提醒谈话."),
    F("no-accountability", 1, "Slow afforestation: a work failing."),
    F("no-accountability", 6, "Study as a formality: no wrongdoing."),
    F("no-accountability", 10, "Old audit balances not cleared: a work failing."),
    F("no-owner", 2, "“责任人：本人” — the writer, the secretary."),
    F("no-mechanism", 3, "《造林成活率核查办法》 (the gap there is accountability)."),
    F("no-deadline", 10, "2025年3月31日前 for the write-off still in progress."),
    F("unanswered-issue", 9, "Answered first, under （一）二是 (order shift)."),
    F("copied-measure", 6, "The answer opens by naming the problem (针对理论学习流于形式的问题) and then acts: a revised plan, 4 sessions, 36 essays read by the writer."),
], links=[
    L("把剩余的1850亩春季造林任务和秋季整地任务分解到4个班组", 1),
    L("已向局党组作出书面检查", 2), L("对经办合同的物资保管员进行了批评教育", 2), L("同一季节同一品种的采购不得拆分", 2),
    L("对2023年度12个地块重新逐块实地核查", 3), L("核查必须到现场、拍照定位、两人签字", 3),
    L("局党组对副队长祁怀山进行了诫勉谈话", 4), L("多拨的3.56万元已由该合作社退回", 4),
    L("收取的1.48万元已逐户退还37户承包户", 5), L("我对经手收费的两名技术员进行了提醒谈话", 5),
    L("我们修订了支部学习计划", 6), L("补签了用工协议86份", 7), L("要求巡护台账登记及时、规范", 8),
    L("重新召开了2024年度组织生活会", 9), L("对19万元挂账往来款逐笔核对", 10)])

# p03 茳城县城区二次供水管理站党支部 (县城市管理局党组 round). Feedback: HTML news page on the bureau site, problems inline
# 一是…十一是 in one paragraph; 一要…三要 and the 站长's 表态 are not problems. Report: public HTML 整改进展情况的通报 with an
# 索引号 table, （N）关于…的问题。+ bracket; sanctions only in one 三、追责问责情况 sentence citing problems by number.
G["p03"] = dict(mode="pair", issues=11, unanswered=[], must_flag=[
    F("no-accountability", 4, "A “设施接管服务费” with no basis, 8.7万 from 13 compounds: the 通报 stops it, refunds it and writes a 收费清单, but the 追责问责 sentence names only 第二、第五、第八 and nobody answers for the fee, though 二要 asked 该处理的处理 for 收费."),
    F("vague-measure", 9, "（九） is slogans only (高度重视…进一步提高认识，加大宣传力度，创新宣传方式…营造…氛围): no material, no place, no number."),
    F("no-mechanism", 10, "The feedback says spares have 没有出入库登记制度 and 三要 asks for rules on 备件管理; the answer counts stock and fills the ledger in once, with no 出入库 rule, while #2, #4 and #5 each get one."),
], must_not_flag=[
    F("weak-leadership", None, "领导小组 under 党支部书记、站长庞致远 as 第一责任人; 5 支委会, 4 领导小组会议, 12 pump rooms checked."),
    F("late-report", None, "Feedback 2025-03-11, 通报 2025-06-03: 84 days."),
    F("no-disclosure", None, "A public 通报 (公开方式：主动公开) inviting comments by 2025-06-17, with phone and address."),
    F("inconsistent-claim", None, "9 done + 2 ongoing (#1 by quarter, #11 持续推进) = 11, as the items say."),
    F("no-accountability", 2, "Records filled in at the desk: 2 staff 批评教育 — given only in the by-number sentence."),
    F("no-accountability", 5, "Contract signed by one person: the deputy 约谈 and 书面检查, by number."),
    F("no-accountability", 8, "Repair truck on family trips: the 站长 诫勉谈话 by the 局党组, by number."),
    F("no-accountability", 1, "Tanks not cleaned on schedule: a work failing."),
    F("no-accountability", 7, "Study as a formality: no wrongdoing."),
    F("no-accountability", 10, "Spares not logged: a system failing (the gap there is the missing rule)."),
    F("no-mechanism", 4, "《对外服务收费事项清单》 (the gap there is accountability)."),
    F("no-owner", 9, "责任领导：副站长辛雨桐 (the gap there is the slogan text)."),
    F("no-deadline", 11, "“2025年12月31日前，持续推进”."),
    F("repeated-measure", 2, "One by-number sentence holds the people for #2, #5 and #8: a shared sanction, not a pasted measure."),
], links=[
    L("制定86座泵房年度清洗计划", 1), L("对2024年下半年34份记录涉及的泵房全部重新清洗并取样检测", 2),
    L("制定《水箱清洗消毒作业规程》", 2), L("对负责水箱清洗的2名工作人员进行批评教育", 2),
    L("与县疾控中心签订委托检测协议", 3), L("已全部退还13个小区物业服务企业", 4), L("梳理形成《对外服务收费事项清单》", 4),
    L("委托第三方对该项工程进行结算审核", 5), L("制定《泵房改造工程项目管理办法》", 5),
    L("对签订合同的副站长进行约谈并责令其作出书面检查", 5), L("建立12345工单日清台账", 6), L("修订支部学习制度", 7),
    L("0.36万元油费和通行费已由站长本人全额退赔", 8), L("对站长庞致远进行诫勉谈话", 8),
    L("加大宣传力度，创新宣传方式", 9), L("组织对仓库水泵、阀门等备件全面盘点", 10), L("支委会研究确定2名入党积极分子", 11)])

# p04 莼川县城区预防接种门诊党支部 (县卫健局党委 round). Feedback: 问题清单 (UTF-16 LE) 问题1：…问题11： + 具体表现：;
# 整改要求 1．–3． are not problems. Report: covering text + ｜-row 整改台账 (8 fields) whose last field 追责问责 carries the
# sanctions (“不涉及” for ordinary rows, “—” where nobody is held).
G["p04"] = dict(mode="pair", issues=11, unanswered=[], must_flag=[
    F("no-accountability", 3, "A “预约服务费” of 10元 a shot, 4.3万 in ten months: refunded and a 收费清单 rule made, but the 追责问责 field is “—”, though 整改要求2 named 问题2至问题6 for 追究相关人员责任."),
    F("no-owner", 8, "Row 8 gives 责任领导 “门诊” and 责任人 “各科室”; every other row names a leader and a post."),
    F("no-disclosure", None, "Nothing is published or to be published, though the 清单 says 整改结果按规定公开; 收费项目和标准在门诊大厅公示 is price information and 公告退费 a refund notice."),
    F("inconsistent-claim", None, "The text says 已整改完成10个，1个正在推进, but the ledger shows rows 1, 7 and 9 as 进行中: 8 done + 3."),
], must_not_flag=[
    F("weak-leadership", None, "领导小组 under 党支部书记、主任隗景澄 as 第一责任人; 4 支委会, 9 调度会, 3 site checks."),
    F("late-report", None, "Feedback 2024-11-26, report 2025-02-18: 84 days."),
    F("no-accountability", 2, "Cold-chain records made up afterwards: 追责问责 field — 2 值班人员 批评教育."),
    F("no-accountability", 4, "Delivery fee paid twice: 主办会计 书面检查."),
    F("no-accountability", 5, "Fridge at a deputy's home: 局党委 诫勉谈话."),
    F("no-accountability", 6, "Pay to nurses who had left: 扣发 the HR officer's quarterly 绩效."),
    F("no-accountability", 1, "Low coverage: “不涉及”, a work failing."),
    F("no-accountability", 9, "Checks skipped: a practice failing answered with training (“不涉及”)."),
    F("no-accountability", 11, "Asset cards missing: a ledger failing."),
    F("no-mechanism", 3, "《收费项目清单管理规定》 (the gap there is accountability)."),
    F("no-mechanism", 2, "修订《冷链管理制度》 and an automatic alarm platform."),
    F("no-owner", 3, "Row 3: 党支部书记、主任隗景澄 / 收费室负责人."),
    F("no-deadline", 7, "“2025年3月31日前，此后长期坚持”."),
], links=[
    L("建立流动儿童查漏补种台账", 1), L("冷库和冰箱全部接入温度自动监测平台", 2), L("对2名补记温度记录的值班人员进行批评教育", 2),
    L("立即停止收取“预约服务费”", 3), L("制定《收费项目清单管理规定》", 3),
    L("多付的2.8万元配送费已于2024年12月20日由配送企业退回", 4), L("主办会计作出书面检查", 4),
    L("放在副主任家中的医用冷藏冰箱已于反馈次日收回", 5), L("局党委对副主任靳雪芝进行诫勉谈话", 5),
    L("向2名离职护士多发的绩效1.28万元已全部追回", 6), L("扣发人事专员2024年第四季度绩效", 6),
    L("制定2025年支部学习计划", 7), L("留观区设置提示标识和计时提示牌", 8),
    L("组织全体接种人员重新培训“三查七对”操作规范并考核", 9), L("支委会会前确定议题、会后形成决定事项", 10),
    L("对冷链设备逐台补建资产卡片并编号", 11)])

# p05 苌台县柘口镇成人文化技术学校党支部 (县教育局党组 round). Feedback: DOCX 反馈意见 whose problems are the 10 rows of a
# Word table (序号｜问题类型｜问题表现); 二、整改要求 （一）–（三） not problems. Report (GB18030, CRLF): 问题N：/整改情况： +
# bracket; sanctions only in a closing 三、追责问责情况 paragraph naming people by post.
G["p05"] = dict(mode="pair", issues=10, unanswered=[], must_flag=[
    F("copied-measure", 8, "问题8's 整改情况 restates the problem as a demand (要把培训信息送到村里，提高村级知晓率，确保…都有人参训): no act of its own."),
    F("no-accountability", 5, "A “资料费” on free training, 2.35万 from 470 trainees without receipts: refunded and barred by rule, but the 追责问责 paragraph names people for the sign-in sheets, the relatives' subsidy, the split purchase and the van, and nobody for the fee, though 整改要求（二） named 资料费."),
    F("no-deadline", 10, "问题10's bracket gives only 责任人：教务主任蔺思远; every other item has a 完成时限."),
], must_not_flag=[
    F("weak-leadership", None, "领导小组 under 党支部书记、校长雍怀德 as 第一责任人; 4 支委会, 6 meetings, visits to 6 villages."),
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-12: 84 days."),
    F("no-disclosure", None, "整改情况已在县教育局门户网站公开."),
    F("inconsistent-claim", None, "8 done + #1 and #8 ongoing = 10; 6.52万 = 1.8 + 2.1 + 2.35 + 0.27; 5 rules."),
    F("no-accountability", 2, "Sign-in sheets signed by one hand: 教务主任 书面检查 and 扣发绩效, in the closing paragraph."),
    F("no-accountability", 3, "Subsidy to the deputy's relatives: 局党组 诫勉谈话."),
    F("no-accountability", 4, "Purchases split to avoid 政府采购: 总务主任 批评教育."),
    F("no-accountability", 6, "School van for a family trip: 县纪委监委 党内警告 for the head."),
    F("no-accountability", 1, "Training target missed: a work failing."),
    F("no-accountability", 7, "Study as a formality: no wrongdoing."),
    F("no-accountability", 9, "No reimbursement rule: a system failing answered with a rule."),
    F("no-mechanism", 5, "Free training barred from any fee in 《培训过程管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 9, "《财务报销审批制度》."),
    F("no-owner", 10, "责任人：教务主任蔺思远 (the gap there is the time limit)."),
    F("repeated-measure", 5, "《培训过程管理办法》 is named under #2 and #5, each beside its own acts (face check-in; refund to 470 trainees)."),
], links=[
    L("新增茶叶初制加工、电商客服2个培训项目", 1), L("多申领的培训补贴1.8万元已退回县财政", 2), L("培训签到改为人脸识别考勤", 2),
    L("作出书面检查，并扣发其2025年上半年绩效", 2), L("发给7名未参训人员的误工补贴2.1万元已全部追回", 3),
    L("由局党组对其进行诫勉谈话", 3), L("制定《教材和实训耗材采购管理办法》", 4), L("学校党支部对其进行批评教育", 4),
    L("收取的2.35万元已按学员名册逐人退还", 5), L("0.27万元油费和过路费已由校长本人退赔", 6),
    L("县纪委监委给予其党内警告处分", 6), L("每月第一周周三集中学习", 7), L("要把培训信息送到村里", 8),
    L("制定《财务报销审批制度》", 9), L("逐期补充课程表、考核记录和学员名册", 10)])

# p06 萩岭县城北街道劳动保障事务所党支部 (县委第三巡察组 延伸巡察 in the 街道党工委 round). Feedback: 副组长's speech, three
# “在…方面，” paragraphs with inline 一是… RESTARTING in each (3 + 3 + 4 = 10); 一要…三要 not problems. Report (UTF-16 LE,
# CRLF): own area headings 一、二、三、 with 一是… + bracket; sanctions inside the items; #9 skipped.
G["p06"] = dict(mode="pair", issues=10, unanswered=[9], must_flag=[
    F("weak-leadership", None, "No 领导小组 or 工作专班 and no 第一责任人, though 一要 asked for both: “所里召开全体人员会议…将问题按业务分工分解到各岗位，由所办公室汇总整改材料，定期报所长审阅”."),
    F("unanswered-issue", 9, "Three years without an 入党积极分子: nothing in the report answers it; 三、 has 一是、二是、三是 for the other three Party problems."),
    F("no-disclosure", None, "Nothing is published, though the speech asked 按规定向社会公开; 参会须知在街道便民服务大厅张贴 is a notice to firms."),
], must_not_flag=[
    F("late-report", None, "Feedback 2024-09-24, report 2024-12-16: 83 days."),
    F("inconsistent-claim", None, "No totals are claimed; “大部分已整改到位” is not contradicted by any item."),
    F("no-accountability", 1, "Pay to absent public-welfare workers incl. the head's sister-in-law: 街道纪工委 约谈 the head, the timekeeper 调整工作岗位."),
    F("no-accountability", 2, "Subsidy paid twice: 审核员 书面检查, the deputy 批评教育."),
    F("no-accountability", 4, "“展位服务费” under another name: the office head 批评教育."),
    F("no-accountability", 5, "Relief goods shared out: the deputy 提醒谈话."),
    F("no-accountability", 3, "Weak publicity: a work failing."),
    F("no-accountability", 6, "Loose stock ledger: a ledger failing."),
    F("no-accountability", 7, "Study as a formality: no wrongdoing."),
    F("unanswered-issue", 10, "Answered as 三、三是 (positions shift after the skipped #9)."),
    F("no-mechanism", 1, "《公益性岗位人员考勤管理办法》."),
    F("no-owner", 5, "责任人：所长佟敬之."),
    F("no-deadline", 8, "2025年1月31日前."),
    F("vague-measure", 3, "Opens with a slogan (坚持把政策宣传作为服务群众的重要抓手) but then goes door to door with 9 社区, 214 明白卡, 8 households helped to apply."),
], links=[
    L("4名长期不在岗人员已解除岗位协议", 1), L("街道纪工委对所长进行了约谈", 1), L("制定《公益性岗位人员考勤管理办法》", 1),
    L("11名已参加职工社保人员重复领取的补贴2.6万元已全部追回", 2), L("审核员作出书面检查", 2),
    L("联合辖区9个社区对零就业家庭逐户上门宣讲援助政策", 3),
    L("2024年两场招聘会收取的2.58万元已全部退还86家企业", 4), L("对经办收费的所办公室负责人进行了批评教育", 4),
    L("由领取人员交回现金0.16万元并入账", 5), L("对组织分发的副所长隆静姝进行了提醒谈话", 5), L("重建物资台账", 6),
    L("支部书记于11月讲授党课1次", 7), L("组织支部委员和党员开展谈心谈话", 8), L("对2022年以来的失业登记档案逐卷清查", 10)])

# p07 荨阳县牲畜交易市场管理所党支部 (县市场监管局党组 round). Feedback: 反馈意见 （一）–（十二） heading。detail (CRLF);
# 二、整改要求 not problems. Report: 整改进展情况的通报 with （N） + 反馈问题：/整改进展：/责任人：; sanctions inside 整改进展.
G["p07"] = dict(mode="pair", issues=12, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "“反馈的12个问题已全部整改到位，36项整改措施全部落实”, while （二） says 1.3万元 正在继续联系交易户退还 and （十二） says the two settlements are 正在办理结算审核."),
    F("late-report", None, "Feedback 2024-07-09 with a 三个月内 limit (2024-10-09); the 通报 is dated 2024-11-05: 119 days."),
    F("no-accountability", 3, "A 违约金 waived for the deputy's acquaintances: the money is collected afterwards and a rule added, but the item only says “对相关责任人将视情严肃处理” — a promise, nobody is held; 整改要求（二） named 免收违约金."),
    F("vague-measure", 11, "（十一） is slogans only (高度重视，进一步增强…加大…力度，不断提高…营造…氛围): nothing on “先检疫、后交易” or the traders."),
], must_not_flag=[
    F("weak-leadership", None, "领导小组 under 党支部书记、所长师广陵 as 第一责任人; 5 支委会, 8 meetings, 6 market-day checks."),
    F("no-disclosure", None, "Published on the 县市场监管局门户网站 and the 市场公告栏 with a 监督电话."),
    F("no-accountability", 2, "Fee charged twice: 2 收费员 扣发 third-quarter 绩效."),
    F("no-accountability", 4, "Check records filled in after market: 3 查验员 批评教育."),
    F("no-accountability", 5, "Lease signed by the head alone: 局党组 诫勉谈话."),
    F("no-accountability", 6, "“消毒服务费” under another name: the team leader 提醒谈话."),
    F("no-accountability", 1, "Roadside trading: a work failing."),
    F("no-accountability", 8, "Safety ledgers missing: a ledger failing."),
    F("no-accountability", 10, "Members not setting an example: a Party-work failing."),
    F("no-mechanism", 5, "《市场场地出租管理办法》."),
    F("no-mechanism", 9, "《票据管理办法》."),
    F("no-owner", 11, "责任人：副所长况永年 (the gap there is the slogan text)."),
    F("no-deadline", 6, "A finished refund in a progress 通报: no time limit is needed."),
    F("copied-measure", 4, "反馈问题： restates the problem by design of the 通报; 整改进展 then acts (a scanning terminal, paper book stopped)."),
], links=[
    L("建立交易日联勤机制", 1), L("交易管理费只在成交开票时按成交额收取一次", 2), L("对2名收费员扣发2024年第三季度绩效", 2),
    L("2起未收取的违约金0.4万元已向当事人补收", 3), L("入场口安装查验登记终端", 4),
    L("对3名补填记录的查验员进行批评教育", 4), L("与承租方协商签订补充协议", 5), L("局党组对所长师广陵进行了诫勉谈话", 5),
    L("2023年以来收取的6.1万元已在市场公告后全部退还", 6), L("对收费组组长进行了提醒谈话", 6),
    L("每次围绕一个市场管理中的具体问题开展研讨", 7), L("建立消防器材月检、交易棚架季检台账", 8),
    L("停用自印收据，全部改用税务监制票据", 9), L("在收费窗口和入场查验口设立党员示范岗3个", 10),
    L("加大动物防疫宣传工作力度", 11), L("2项工程的结算资料已整理报送县财政投资评审中心", 12)])

# p08 蔹川县石坪镇禾坪村党支部 / 村土地股份合作社 (县委 village round). Feedback: DOCX 反馈意见, bold 1．–9． heading
# paragraphs + 具体表现： paragraphs; 二、整改要求 not problems. Report: （N）关于…的问题 + 一是…二是… + bracket; sanctions in a
# closing 三、追责问责情况 paragraph by post, one by 移交 to the 镇纪委. GOOD REPORT.
G["p08"] = dict(mode="pair", issues=9, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "领导小组 under 村党支部书记郇守成 as 第一责任人, guided by the 镇党委 包村领导; 5 支委会, 2 党员大会, 2 村民代表会议."),
    F("late-report", None, "Feedback 2025-01-08, report 2025-03-31: 82 days."),
    F("no-disclosure", None, "村务公开栏 and the 石坪镇政府网站."),
    F("inconsistent-claim", None, "8 done + #6 ongoing = 9 (#9 a standing task); 4.46万 = 1.9 + 2.1 + 0.46."),
    F("no-accountability", 2, "Dividends to households that had left: 村报账员 批评教育, in 三、."),
    F("no-accountability", 3, "Subsidy to the chairman's brother: 移交 镇纪委, 党内警告."),
    F("no-accountability", 4, "Sub-lease signed by the secretary alone: 镇党委 约谈 and a 书面检查."),
    F("no-accountability", 5, "“入社手续费” under another name: the accountant 批评教育 and moved off the books."),
    F("no-accountability", 1, "Late rent and dividends: a work failing, answered with dates."),
    F("no-accountability", 6, "Mixed accounts: a system failing."),
    F("no-accountability", 7, "Late disclosure of accounts: a work failing."),
    F("no-owner", 6, "责任人：村报账员 — a post in a village is a person."),
    F("no-mechanism", 4, "《合作社重大事项民主决策办法》, two signatures."),
    F("no-deadline", 8, "“2025年3月31日前，此后长期坚持”."),
], links=[
    L("2024年度租金已于1月25日兑付到户", 1), L("2023年度和2024年度分红方案已于2月召开的成员代表大会审议通过", 1),
    L("5户多领的分红1.9万元已全部退回合作社账户", 2), L("村报账员对已迁出人员领取分红审核不严", 2),
    L("多拨的2.1万元已由该家庭农场退回", 3), L("镇纪委给予其党内警告处分", 3),
    L("与种植企业签订补充协议", 4), L("镇党委对其进行约谈", 4),
    L("0.46万元“入社手续费”已逐户退还46户农户", 5), L("调整其会计岗位", 5),
    L("为合作社单独开设银行账户、单独建账", 6), L("合作社收支改为每季度公开一次", 7),
    L("支委会每月召开一次，党员大会每季度召开一次", 8), L("建立外出务工党员联系台账", 9)])

# p09 蓁城县住房制度改革办公室党支部 (县住建局党组 round). Feedback: HTML news page (GB18030) with all problems in one
# “…存在…；…等问题” sentence (10). Report (DOCX): prose （N）针对…的问题。 without any sanction, then a closing Word-table
# 整改台账 whose last column 问责情况 is the only place people are held; （七） and （十） carry the same pasted paragraph.
G["p09"] = dict(mode="pair", issues=10, unanswered=[], must_flag=[
    F("no-accountability", 5, "Site checks for resale approval written in the office, photos not of the house: the prose re-checks 61 cases and writes a 核查规程, but row 5's 问责情况 is “—”, though the feedback asked 对有关责任人严肃问责."),
    F("no-deadline", 6, "Archives clean-up still in progress: row 6 gives 完成时限 “持续推进” and the prose no date."),
    F("repeated-measure", 7, "（七） is answered only by a boilerplate paragraph (认真学习…对照反馈问题深入查找差距，举一反三、以案促改…) pasted again under （十）."),
    F("repeated-measure", 10, "（十） (组织生活不规范) repeats （七）'s paragraph word for word."),
], must_not_flag=[
    F("weak-leadership", None, "领导小组 under 党支部书记、主任伏嘉木 as 第一责任人, 直接督办 #2 and #3; 5 支委会, 6 推进会."),
    F("late-report", None, "Feedback 2024-12-10, report 2025-03-04: 84 days."),
    F("no-disclosure", None, "整改情况已在县住建局门户网站公开."),
    F("inconsistent-claim", None, "8 done + 2 in progress, matching the table's 完成情况 (rows 2 and 6 进行中)."),
    F("no-accountability", 2, "Subsidy paid twice: table column — 2 审核人员 批评教育, the deputy 书面检查."),
    F("no-accountability", 3, "Subsidy to a deputy's brother-in-law: table column — 局党组 诫勉谈话."),
    F("no-accountability", 4, "“咨询服务费” under another name: table column — 提醒谈话 and 扣发绩效."),
    F("no-accountability", 1, "Slow approvals: a work failing (“不涉及”)."),
    F("no-accountability", 8, "No review rule: a system failing answered with a rule."),
    F("no-accountability", 9, "Weak explanation of policy: a work failing."),
    F("no-mechanism", 8, "《住房补贴发放复核办法》."),
    F("no-mechanism", 5, "《已购公房上市现场核查规程》 (the gap there is accountability)."),
    F("no-owner", 6, "Row 6: 副主任郏子谦 / 办公室 (the gap there is the time limit)."),
    F("unanswered-issue", 7, "Answered, if only by the pasted paragraph and a table row."),
    F("unanswered-issue", 10, "Answered, if only by the pasted paragraph and a table row."),
], links=[
    L("审批环节由5个压减为3个", 1), L("重复领取的21.3万元已追回18.6万元", 2), L("对2名审核人员批评教育", 2),
    L("向副主任妻弟发放的4.2万元已于2025年1月全部追回", 3), L("局党组对副主任郏子谦进行诫勉谈话", 3),
    L("2022年以来收取的3.16万元已逐件退还158名申请人", 4), L("对经办人员提醒谈话", 4),
    L("对2024年办理的61件上市审批逐件重新到现场核查", 5), L("制定《已购公房上市现场核查规程》", 5),
    L("对上世纪90年代房改售房档案开展清理", 6), L("组织全体党员干部学习，查找差距", 7),
    L("制定《住房补贴发放复核办法》", 8), L("编印《房改政策问答》1500册", 9), L("组织学习，对照反馈问题查找差距", 10)])

# p10 菰山县液化石油气有限公司党支部 (县国资委党委 enterprise round). Feedback: areas 一、二、三、…方面 with RESTARTING
# 1．–4． / 1．–4． / 1．–3． heading。detail lines (4 + 4 + 3 = 11); 四、整改要求 not problems. Report (CRLF): （N）关于…的问题 with
# 整改措施/责任部门/责任人/完成时限 lines, running （一）–（十） because #11 is skipped; sanctions inside some items only.
G["p10"] = dict(mode="pair", issues=11, unanswered=[11], must_flag=[
    F("no-accountability", 5, "A “钢瓶使用费” on top of the deposit, 27.9万: stopped, refunded and a 收费项目管理办法 written, but nobody is held to account, though 整改要求（二） asked 对相关责任人严肃问责 for 收费."),
    F("no-accountability", 6, "Freight paid twice, 7.4万: recovered and the payment rule revised, but nobody is held to account for paying it twice."),
    F("unanswered-issue", 11, "Incomplete cylinder files and missing filling records: no item answers it; the report's （十） is the 三重一大 rule."),
    F("no-owner", 2, "（二） gives 责任部门：公司 and 责任人：公司; every other item names a department and a person."),
    F("weak-leadership", None, "No 领导小组 and no 第一责任人, though 整改要求（一） asked the secretary to 亲自抓: “公司召开专题会议传达反馈意见，安排各部门对照反馈问题制定整改措施，由综合办公室汇总”."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-02-18, report 2025-05-14: 85 days."),
    F("no-disclosure", None, "整改情况已在县国资委门户网站公开."),
    F("inconsistent-claim", None, "No all-done claim; 33.6万 = 26.2 + 7.4; 4 rules named in the items."),
    F("no-accountability", 3, "Home-safety records filled in at the desk: 2 安检员 批评教育, inside the item."),
    F("no-accountability", 7, "Purchase split to avoid a tender: 采购部经理 调离采购岗位."),
    F("no-accountability", 8, "Company car on a family trip: fuel repaid, 分管工作 adjusted and a 检查 at the branch meeting."),
    F("no-accountability", 1, "Cylinders past inspection date: a safety-work failing."),
    F("no-accountability", 4, "Weak safety publicity: a work failing."),
    F("no-accountability", 9, "Study as a formality: no wrongdoing."),
    F("no-mechanism", 5, "《收费项目管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 6, "修订《资金支付管理办法》 (the gap there is accountability)."),
    F("no-deadline", 5, "Refund still running but dated: 2025年5月31日前."),
    F("unanswered-issue", 10, "Answered under the report's （十）."),
    F("vague-measure", 4, "Publicity answered concretely: 312 restaurants visited with the fire brigade, 168 alarms, 9 events, 620 hoses."),
], links=[
    L("1860只超期钢瓶已全部送县特种设备检验所检验", 1), L("在充装系统中设置钢瓶检验到期预警", 1),
    L("在4个山区乡镇各设立1个供气服务点", 2), L("对430户代签记录涉及的用户重新上门安检", 3), L("对2名安检员进行批评教育", 3),
    L("联合县消防救援大队对全县312家餐饮场所逐家上门宣传", 4), L("自2025年3月1日起停止收取“钢瓶使用费”", 5),
    L("制定《收费项目管理办法》", 5), L("多付的7.4万元运输费已于2025年3月12日由运输公司退回", 6), L("修订《资金支付管理办法》", 6),
    L("制定《物资采购管理办法》", 7), L("采购部经理已调离采购岗位", 7),
    L("0.31万元油费和通行费已由副总经理本人退赔", 8), L("公司党支部调整了其分管工作", 8),
    L("制定2025年支部学习计划", 9), L("修订《“三重一大”事项集体决策制度》", 10)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
