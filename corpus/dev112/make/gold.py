"""Write p01..p10/gold.json (dev-pairs gold format) for dev112. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev108/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蒴阳县生活垃圾卫生填埋场党支部 (县城市管理局党组 round): formal 反馈意见, areas （一）（二）（三）…方面 with continuous
# 1．–10． heading。detail; 二、整改意见 （一）–（四） are not problems. Report: 关于“…”的问题 with five field lines;
# sanctions only in a separate 三、追责问责情况 section. GOOD REPORT.
G["p01"] = dict(issues=10, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、场长匡立衡 heads the 整改工作领导小组 as 第一责任人, 直接部署、直接督办 two problems, 6 支委会, 4 推进会, 5 site checks."),
    F("late-report", None, "Feedback 2025-04-15, report 2025-07-03: 79 days, inside three months."),
    F("no-disclosure", None, "五、三是: the report is on the 县城市管理局门户网站 “巡察整改”专栏 with a 监督电话."),
    F("inconsistent-claim", None, "10 problems = 8 done + 2 named as ongoing (#1, #10), each with dates; 32 measures = 30 + 2; 三、 lists 9 people (2+1+2+2+1+1) and says 9; 6 rules named in 四、."),
    F("no-accountability", 2, "Dereliction (a known leak left unrepaired, then a fine and clean-up costs): 三、1． gives the deputy a 政务警告处分 and orders the safety officer to make a 书面检查 — away from the item."),
    F("no-accountability", 3, "“变通” pricing of industrial sludge: 三、2． 调整岗位 and 扣发绩效 for the weighing-and-fees team leader."),
    F("no-accountability", 4, "Scrap sold and the money shared out: 三、3． two shift leaders 在全场职工大会上作检讨."),
    F("no-accountability", 5, "违规发放 (usual words): 三、4． 提醒谈话 for the office head, the head's own 检讨 at the 局党组 meeting."),
    F("no-accountability", 6, "Cover-soil work given to the deputy's brother-in-law: 三、5． clue 移交县纪委监委 and 立案审查."),
    F("no-accountability", 8, "Dereliction (operator's hours paid unchecked, 15.3万 overpaid): 三、6． 通报批评 and 取消评优资格 for the production section head."),
    F("no-accountability", 1, "Slow sorting line: a work failing, nobody did wrong."),
    F("no-accountability", 7, "Irregular branch meetings: an ordinary failing."),
    F("no-accountability", 10, "Too few specialists: no wrongdoing."),
    F("no-deadline", 1, "“分拣线2025年9月30日前投入运行，分流工作持续推进” — a date plus a standing task."),
    F("no-deadline", 10, "Two dates: 2025-08-31 and 2025-12-31."),
    F("no-mechanism", 2, "建立安全隐患整改销号制度 in the item."),
    F("no-mechanism", 8, "台班数以GPS运行记录为准, 双人核验, 《外包作业量核验办法》."),
    F("no-owner", 7, "责任领导：党支部书记、场长匡立衡; 责任科室：办公室."),
], links=[
    L("分拣线主体设备5月20日完成安装", 1), L("在进场口设置可回收物和厨余垃圾分流区", 1),
    L("对调节池整体更换防渗膜", 2), L("建立安全隐患整改销号制度", 2),
    L("给予分管安全生产的副场长喻海澄政务警告处分", 2), L("责令安全员亓明作出书面检查", 2),
    L("按工业固废标准补收处置费9.1万元", 3), L("地磅收费系统增设废物类别选项", 3), L("对计量收费班班长禚晓峰调整岗位", 3),
    L("2.1万元已由相关职工全部交回", 4), L("统一公开询价出售", 4), L("2名当班组长在全场职工大会上作检讨", 4),
    L("6.48万元已由27名职工全部退回", 5), L("夜班补贴按实际值班记录核发", 5), L("对经办的办公室主任阚秀云进行提醒谈话", 5),
    L("核减工程款3.4万元并已收回", 6), L("今后5万元以上的覆土和零星工程一律比选", 6), L("县纪委监委已对其立案审查", 6),
    L("制定2025年支部学习和“三会一课”计划", 7),
    L("已从运营公司2025年二季度运营费中全额扣回", 8), L("今后台班数以GPS运行记录为准", 8), L("对生产科科长郗文远通报批评", 8),
    L("补登2台推土机、1台挖掘机的原值和折旧", 9),
    L("公开招聘环境工程专业技术人员2名", 10), L("参加市里的上岗培训和考试", 10)])

# p02 菥川县全民健身中心党支部 (县委 round): HTML news page of the 县纪委监委 site, problems inline 一是…十是 in one paragraph;
# 一要…三要 requirements, the 移交 sentence and the 表态 一是…三是 are not problems. Report: public HTML 整改进展情况的通报
# with an 索引号 table; （N）关于…的问题。measures（责任领导；完成时限）.
G["p02"] = dict(issues=10, unanswered=[], must_flag=[
    F("no-accountability", 4, "Dereliction with harm: the lifeguard shortage the 市体育局 pointed out in 2023 was never made good and a boy was injured in the deep end (6.8万 paid). （四） adds lifeguards, cameras and a duty rule and claims the insurance, but nobody is held to account, though the speech's 二要 asked that problems involving 责任 be 依规依纪处理; every other misconduct item names a sanction."),
    F("no-mechanism", 3, "The purchase split into seven lots to stay under the tender limit: （三） re-checks the lots and sanctions three people, but for the future only promises 严格执行政府采购有关规定, though the speech's 三要 asked for 采购 rules; the fee, lifeguard, hall-use and property items each get a written rule."),
    F("vague-measure", 7, "（七） (reading documents instead of discussion, young staff absent) is slogans only (进一步增强…切实提高…不断创新…推动…往深里走…努力营造): no plan, no session, no number."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任宓承运 heads the 领导小组 as 第一责任人, 直接部署、直接督办 two problems, 4 支委会, 3 推进会."),
    F("late-report", None, "Feedback 2025-03-11, 通报 2025-05-30: 80 days."),
    F("no-disclosure", None, "A public 通报 on the bureau site (公开方式：主动公开) with a comment period, phone and address."),
    F("inconsistent-claim", None, "8 done + 2 ongoing (#1, #9 with dates) = 10; 20.27万 = 2.97 + 4.6 + 3.3 + 9.4 (the 4.5万 insurance payment is not counted as 退还/追回); 7 people = 1 + 3 + 1 + 1 + 1; 4 rules claimed and named."),
    F("no-accountability", 2, "Fees taken twice: 提醒谈话 for the fee-window head, in the item."),
    F("no-accountability", 3, "Procurement split to go “绕道”: “对3名相关人员作出组织处理” — by number of people only, still a sanction."),
    F("no-accountability", 5, "Hall lent free to a deputy's relative's school: 调整分管工作 and a 检讨 at the branch meeting."),
    F("no-accountability", 6, "违规发放 (usual words): 局党组 gives the then head 诫勉."),
    F("no-accountability", 10, "Dereliction (9.4万 overpaid to the property firm): 扣发 the contract manager's 2024 绩效奖励."),
    F("no-accountability", 1, "Slow “15分钟健身圈” and broken equipment: a work failing."),
    F("no-accountability", 8, "Blank safety check forms: a records failing."),
    F("no-accountability", 9, "Too few specialists: no wrongdoing."),
    F("no-mechanism", 4, "《游泳馆救生员值守和深水区管理制度》 (the gap there is accountability)."),
    F("no-owner", 7, "责任领导：党支部书记宓承运 (the gap there is the slogan text)."),
    F("no-deadline", 9, "完成时限：2025年12月31日."),
], links=[
    L("已维修、更换损坏器材186件", 1), L("与各乡镇（街道）签订健身点管护协议", 1),
    L("向411名年卡会员退还场地费2.97万元", 2), L("对收费窗口负责人进行提醒谈话", 2), L("制定《场馆收费管理办法》", 2),
    L("对2024年7笔健身器材采购合并复核", 3), L("对3名相关人员作出组织处理", 3), L("严格执行政府采购有关规定", 3),
    L("通过劳务派遣补充持证救生员5名", 4), L("深水区加装水下监控和报警装置", 4), L("制定《游泳馆救生员值守和深水区管理制度》", 4),
    L("已终止该培训机构使用场馆", 5), L("该副主任调整分管工作", 5), L("制定《场馆使用审批规定》", 5),
    L("购物卡3.3万元已由全体职工全额退回", 6), L("对时任主任给予诫勉", 6),
    L("进一步增强理论学习的政治自觉和思想自觉", 7),
    L("重新印制消防器材检查表和场馆安全巡查记录", 8),
    L("申报2025年公开招聘体育专业和财务人员各1名", 9), L("培训社会体育指导员40名", 9),
    L("多支付的服务费9.4万元已从物业公司应付款中扣回", 10), L("扣发负责合同管理的办公室主任2024年度绩效奖励", 10),
    L("制定《物业服务考核办法》", 10)])

# p03 茈溪县农村住房安全保障服务中心党支部 (县住建局党组 round): DOCX 反馈意见 with bold areas 一、二、三、 and RESTARTING
# 1．2．3．(4．) → 3 + 4 + 3 = 10; bold 四、整改要求 （一）–（三） not problems. Report: DOCX prose with bold （N）关于…的问题
# headings + a closing Word-table 整改台账 whose last column 问责情况 is the only place sanctions are given.
G["p03"] = dict(issues=10, unanswered=[], must_flag=[
    F("no-accountability", 4, "Subsidy paid to two staff relatives whose houses were not eligible: the prose and the table recover the 4.5万 and route future relative applications to the bureau, but the 问责情况 cell is “—” and no text holds anyone, though 整改要求（二） asked for 依规依纪严肃处理 of those responsible."),
    F("no-mechanism", 2, "The feedback blames the missing 不动产/车辆 cross-check and 整改要求（三） asks for a 多部门信息比对机制; the answer recovers the money, sanctions two people and runs one re-check of 1146 households, but sets up no standing cross-check or rule, while #3, #5 and #7 each get a written rule."),
    F("no-owner", 9, "Row 9 names “中心” as 责任领导 and “各股室” as 责任人, and the prose says “中心将组织各股室…”; every other row names a person."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任璩德明 heads the 领导小组 as 第一责任人, 直接部署、直接督办 two problems, 5 支委会, 4 入户核查."),
    F("late-report", None, "Feedback 2024-12-10, report 2025-03-06: 86 days."),
    F("no-disclosure", None, "三、: the report and ledger are on the 县住房和城乡建设局门户网站."),
    F("inconsistent-claim", None, "8 done + #9 and #10 正在推进, matching the table's 完成情况 column; 24.76万 = 19.2 + 4.5 + 1.06; 3 rules named."),
    F("no-accountability", 2, "Dereliction (19.2万 paid to ineligible households): table column — 谈话提醒 for 2 staff, 责令作出书面检查 for the deputy."),
    F("no-accountability", 3, "Acceptance forms signed after payment: table column — 扣发绩效 and 调离验收岗位."),
    F("no-accountability", 5, "“打擦边球” contracting to the head's classmate: table column — the former head's clue 已移交县纪委监委."),
    F("no-accountability", 6, "违反中央八项规定精神 (usual words): table column — 局党组 党内警告处分 for the organiser."),
    F("no-accountability", 1, "Monitoring gap: a work failing (“不涉及”)."),
    F("no-accountability", 7, "Missing signatures: a procedure failing."),
    F("no-accountability", 10, "Too few technicians: no wrongdoing."),
    F("no-owner", 4, "Row 4: 主任璩德明 / 审核股股长蔺晓禾 (the gap there is accountability)."),
    F("no-deadline", 9, "Row 9: 2025年6月30日 (the gap there is the owner)."),
    F("no-mechanism", 3, "《农村危房改造竣工验收办法》 with photos, location and three signatures on site."),
], links=[
    L("17户已全部列入2025年第一批改造计划", 1), L("5户独居老人由乡镇先行安排周转住房", 1),
    L("拨付的19.2万元补助资金已全部追回", 2), L("对2023年以来全部1146户改造对象进行了一次重新核查", 2),
    L("审核股2名工作人员谈话提醒", 2),
    L("重新组织现场验收，5户合格", 3), L("验收时须现场拍照定位", 3), L("对2名验收人员扣发2024年第四季度绩效", 3),
    L("2户职工亲属领取的4.5万元补助已全部追回", 4), L("由乡镇初审后报局村镇建设股复核", 4),
    L("对14户改造工程重新结算审核", 5), L("农户委托中心代为发包的，一律通过比选确定施工队", 5),
    L("原中心主任荀某问题线索已移交县纪委监委", 5),
    L("1.06万元已由参加人员全部退赔", 6), L("局党组给予组织者原副主任党内警告处分", 6),
    L("23笔缺少签字的支出已由经办人、验收人补签", 7),
    L("制定2025年主题党日计划，每月一个主题", 8),
    L("逐户补齐改造前后对比照片和改造协议", 9),
    L("申请公开招聘建筑专业技术人员2名", 10), L("委托1家有资质的第三方机构承担危房鉴定复核", 10)])

# p04 蕹城县教师进修学校党总支 (县委 round): 组长's 反馈会 speech, problems 第一，…第九， (CRLF); the 究其原因 paragraph,
# 一要…三要 and the 三个月内 sentence are not problems. Report (GB18030): the secretary's FIRST-PERSON report under own
# headings 一、…五、 in another order (2, 4, 5, 3, 1, 6, 7, 8); problem 9 is not answered.
G["p04"] = dict(issues=9, unanswered=[9], must_flag=[
    F("late-report", None, "Feedback 2024-10-22 with a 三个月内 limit (2025-01-22); the report is dated 2025-02-18: 119 days."),
    F("no-accountability", 6, "Dereliction named as such (履职不力, false data, the county 通报批评 by the 市教育局, 12万 withheld): 三、（二） re-checks data, retrains 412 teachers and sets up a 工作专班, but holds nobody to account, though 二要 listed 履职不力 among what must be 严肃追究 and warned against 只改事不问人; every misconduct item in 二、 names a sanction."),
    F("copied-measure", 8, "四、（二） turns the problem back into a promise (健全内部管理制度，对培训项目立项、课酬发放、外聘专家管理等建立成文制度，改变一事一议、随意性较大的状况): no rule named, nothing done."),
    F("unanswered-issue", 9, "The shortage and ageing of full-time trainers (第九) is answered nowhere: no heading, no measure."),
], must_not_flag=[
    F("weak-leadership", None, "First person throughout: 第一责任人, heads the 领导小组, 直接部署、直接过问、直接督办 three problems, 4 党总支会议, 5 调度会, 当面督办."),
    F("no-disclosure", None, "五、: 县教育局门户网站 “巡察整改” 栏目."),
    F("inconsistent-claim", None, "No totals are claimed; 1.74万, 5.2万, 37 teachers and 412 retrained are each stated once and agree with the feedback."),
    F("no-accountability", 2, "Meals booked as 送教下乡: 扣发绩效 for the office head and the writer's own 检讨 at the 党总支 meeting."),
    F("no-accountability", 3, "Hours recorded after the fact: 责令作出书面检查 and 调离教务岗位."),
    F("no-accountability", 4, "“变通” 资料费: 县教育局党组 诫勉 for the deputy head."),
    F("no-accountability", 5, "违规兼职取酬 (usual words): 3 people 取消2024年度评优资格, pay handed back."),
    F("no-accountability", 1, "Low training completion: a work failing."),
    F("no-accountability", 7, "Shallow study: an ordinary failing."),
    F("no-owner", 2, "“责任人：本人” — the writer, the secretary."),
    F("no-owner", 7, "“责任人：本人”."),
    F("unanswered-issue", 6, "Answered under the writer's own heading 三、（二） (信息技术应用能力提升工程)."),
    F("no-mechanism", 3, "学时登记 within 5 working days on sign-in sheets, no later entry."),
    F("unanswered-issue", 1, "Answered under the writer's own heading 三、（一） (教师培训规划), after the money items."),
], links=[
    L("举办乡村教师专项培训6期", 1), L("每期培训结束一个月后开展跟踪评估", 1),
    L("8次聚餐的1.74万元已由参加人员全部退还", 2), L("对审批报销的办公室主任鄂永春扣发2024年度绩效奖励", 2),
    L("我在党总支会议上作了检讨", 2), L("办公室、财务室双签", 2),
    L("37名教师的学时已全部撤销", 3), L("对负责学时登记的教务处主任麴晓岚责令作出书面检查", 3), L("逾期不得补录", 3),
    L("收取的资料费5.2万元已通过各学校全部退还到教师本人", 4), L("对分管培训的副校长冼明远给予诫勉", 4),
    L("制定《培训教材和资料管理办法》", 4),
    L("3名教研员已全部辞去校外兼职", 5), L("3人均被取消2024年度评优资格", 5),
    L("对全县87所学校的过程管理资料和考核数据逐校重新核实", 6), L("对考核不合格的412名教师组织了补训和重新测评", 6),
    L("成立信息技术提升工程工作专班", 6),
    L("制定了2025年中心组学习计划", 7),
    L("学校将健全内部管理制度", 8)])

# p05 蓂台县体育彩票管理站党支部 (县文广体旅局党组 round): 问题清单 (UTF-16 LE) 问题1：…问题11： heading + 具体表现：;
# 整改要求 1．–3． not problems. Report: short covering text + ｜-row 整改台账 (8 fields) whose last field 处理情况 is where
# sanctions sit.
G["p05"] = dict(issues=11, unanswered=[], must_flag=[
    F("no-accountability", 2, "Three new outlets handed to the head's nephew, the cashier's husband and the deputy's cousin: row 2 re-tenders them, re-posts the result and revises the rule, but 处理情况 is “—”, though 整改要求2 named 问题2 for 严肃处理. 重新公示 puts the record right, it holds nobody."),
    F("no-accountability", 6, "Dereliction with loss (8.7万 gone after five months of unpaid takings were ignored): row 6 sues the owner and adds automatic suspension, but 处理情况 is “—”; 整改要求2 named 问题6."),
    F("no-disclosure", None, "Nothing is published or to be published, though 整改要求3 says 整改结果按规定…公开; “公开招募” and “在站门口重新公示” in row 2 concern the outlets, not the rectification."),
    F("copied-measure", 9, "Row 9 turns the problem back into a promise (健全财务内控制度，规范备用金借支管理，明确借支额度和期限，…督促归还，网点保证金单独设账管理): no amount, no limit, no rule, no sum returned."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、站长笪怀远 heads the 领导小组 as 第一责任人, 直接部署、直接督办 two problems, 6 调度会."),
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-14: 86 days."),
    F("inconsistent-claim", None, "9 done + 问题6 and 问题11 ongoing, matching the 整改进展 field; 5.4万 = 4.1 + 1.3; 19 prizes = 2 + 17; 4 rules named."),
    F("no-accountability", 3, "Prizes taken home: 处理情况 — 5 staff 在站务会上作检讨."),
    F("no-accountability", 4, "“打擦边球” on online sales: 处理情况 — 通报批评 and 扣发3个月绩效."),
    F("no-accountability", 5, "违规发放 (usual words): 处理情况 — 局党组 诫勉 for the head."),
    F("no-accountability", 10, "Meals booked as 培训会: 处理情况 — 责令作出书面检查 for the organiser."),
    F("no-accountability", 1, "Missing notices: “不涉及”, a work failing."),
    F("no-accountability", 7, "Empty patrol records: a records failing."),
    F("no-accountability", 11, "Too few outlet officers: no wrongdoing."),
    F("no-mechanism", 6, "《网点销售款结算管理规定》 and automatic terminal suspension (the gap there is accountability)."),
    F("no-mechanism", 2, "修订《实体销售网点设立管理办法》: 公告招募、集体研究."),
    F("no-owner", 6, "责任领导 站长笪怀远, 责任人 副站长厍文静."),
    F("no-deadline", 6, "2025年12月31日."),
], links=[
    L("为86个网点统一制作“不向未成年人销售彩票”提示牌", 1), L("分片区开展责任彩票培训2场", 1),
    L("对2024年新设的3个网点重新发布招募公告", 2), L("修订《实体销售网点设立管理办法》", 2),
    L("带回家中的电动自行车2辆、小家电17台已全部收回", 3), L("5名相关职工在站务会上作检讨", 3),
    L("制定《促销奖品管理规定》", 3),
    L("责令相关网点立即解散微信群", 4), L("专管员郄晓川通报批评，扣发3个月绩效", 4),
    L("“销量冲刺奖”4.1万元已由8名职工全部退回", 5), L("局党组对站长笪怀远进行诫勉", 5),
    L("已向县人民法院起诉失联业主", 6), L("制定《网点销售款结算管理规定》", 6),
    L("重新设计巡查记录表", 7),
    L("每季度开展1次专题研讨，由党员轮流作中心发言", 8),
    L("健全财务内控制度，规范备用金借支管理", 9),
    L("3次聚餐费用1.3万元已由参加人员全部退还", 10), L("组织聚餐的副站长厍文静责令作出书面检查", 10),
    L("制定《会议和培训费用管理规定》", 10),
    L("已向局党组申请增加专管员编制2名", 11)])

# p06 荩山县农村人居环境整治服务中心党支部 (县农业农村局党组 round): 反馈意见 （一）–（十一） heading。detail (CRLF); 二、整改要求
# 一要…三要 not problems. Report (GB18030, CRLF): 问题N：restated heading / 整改情况：measures（责任领导；完成时限）.
G["p06"] = dict(issues=11, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "“反馈的11个问题已全部整改到位”, while 问题2 says 3.6万元 正在分期追回, 问题10 says 目前正在招聘, and 问题1 leaves 8 villages to finish by the end of May (the report is dated 9 May)."),
    F("no-accountability", 7, "Dereliction with harm: a hazard pointed out in May was left, and a cleaner was hurt in July (4.2万 paid). 问题7 fits guards, checks 23 stations and trains cleaners, but nobody is held to account, though 二要 asked for 依规依纪处理 and every other misconduct item names a sanction."),
    F("repeated-measure", 8, "问题8's answer is a boilerplate paragraph (组织全体党员干部认真学习相关规定…转化为推动农村人居环境整治工作高质量发展的实际成效) pasted again under 问题9."),
    F("repeated-measure", 9, "问题9 repeats 问题8's paragraph word for word after a different first clause."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任钭怀安 heads the 领导小组 as 第一责任人; 5 支委会, 4 推进会."),
    F("late-report", None, "Feedback 2025-02-18, report 2025-05-09: 80 days."),
    F("no-disclosure", None, "“整改情况已在县农业农村局门户网站公开”."),
    F("no-accountability", 2, "Dereliction (27.9万 paid for toilets not built): 政务记过处分 for the acceptance team leader, in the item."),
    F("no-accountability", 3, "Visit records filled in without visits: 谈话提醒 for 2 staff, the deputy's 检讨 at the branch 组织生活会."),
    F("no-accountability", 4, "Septic tanks bought from the deputy's brother-in-law: 调整分工 (no longer in charge of purchasing) and 局党组 提醒谈话."),
    F("no-accountability", 5, "“绕道” split of sewer works: 局党组 诫勉 for the head."),
    F("no-accountability", 6, "违规使用公务用车 (usual words): 扣发当月绩效 and 通报批评."),
    F("no-accountability", 1, "Slow demonstration villages: a work failing."),
    F("no-accountability", 10, "Too few specialists: no wrongdoing."),
    F("no-accountability", 11, "No upkeep rules: a missing system, answered with two rules."),
    F("no-mechanism", 11, "《村级保洁员考核办法》《农村公厕和污水设施运行管护办法》."),
    F("no-mechanism", 2, "全面验收 before payment, 《农村户厕改造验收和补助拨付办法》."),
    F("no-owner", 8, "责任领导：主任钭怀安 (the gap there is the pasted text)."),
    F("copied-measure", 1, "问题1 restates the problem as its heading, then acts: each village scheduled weekly, 9 accepted, dates for the rest."),
    F("copied-measure", 4, "The heading repeats the feedback's words; the answer stops the purchases, recovers 12.6万 and moves purchasing to the 政府采购平台."),
], links=[
    L("对17个未验收的示范村逐村明确施工进度", 1),
    L("对2023年拨付补助的1240户逐户入户核查", 2), L("其余74户的补助资金11.1万元已追回7.5万元", 2),
    L("制定《农村户厕改造验收和补助拨付办法》", 2), L("给予负责验收的验收组组长祁永祥政务记过处分", 2),
    L("对系统中312户回访记录全部作废", 3), L("按真实情况补录回访记录", 3), L("对负责信息录入的2名工作人员谈话提醒", 3),
    L("门市按每套60元退还差价共12.6万元", 4), L("一律通过政府采购平台采购", 4), L("对该副主任沃成蹊调整分工", 4),
    L("已将拆分的11个小项目合并", 5), L("制定《污水管网工程项目管理规定》", 5), L("局党组对中心主任钭怀安给予诫勉", 5),
    L("当事人已退赔油费0.18万元", 6), L("钥匙由办公室统一保管", 6),
    L("加装防护罩和急停装置", 7), L("对全县23座转运站设备逐站排查", 7),
    L("针对组织生活不规范的问题", 8), L("针对档案管理不规范的问题", 9),
    L("已向县人社局申报公开招聘给排水专业技术人员2名", 10), L("聘请县水务公司2名技术人员作为技术顾问", 10),
    L("制定《村级保洁员考核办法》", 11)])

# p07 蘅岭县航道管理站党支部 (县交通运输局党组 round): 组长's speech with three 从…看 paragraphs and inline 一是… RESTARTING
# in each (3 + 4 + 3 = 10); 一要…三要 not problems. Report (UTF-16 LE, CRLF): own area headings 一、二、三、在…方面 with 一是…
# + (牵头；完成时限), then 四、执纪问责情况 holding every sanction, 五、下一步打算.
G["p07"] = dict(issues=10, unanswered=[3], must_flag=[
    F("weak-leadership", None, "No 领导小组 and no 第一责任人, though the speech's 一要 asked for both: “站里召开全体职工大会传达了反馈意见，按照职责分工把问题分解到…落实，办公室负责收集整改材料”. The 站长 appears only as 牵头 of some items."),
    F("unanswered-issue", 3, "The out-of-date 应急预案 and the missing drills (从落实上级决策部署看，三是) are answered nowhere."),
    F("no-deadline", 1, "一、一是 (dredging plan) ends “（牵头：副站长闵清和）” with no 完成时限, while every other item has one."),
    F("no-disclosure", None, "Nothing published, though the speech's 三要 said 整改情况要按规定向干部职工和社会公开; 每月通报完成进度 is internal."),
], must_not_flag=[
    F("late-report", None, "Feedback 2024-11-26, report 2025-02-20: 86 days."),
    F("inconsistent-claim", None, "No totals are claimed; 6.2 + 3.9 = 10.1 km as stated."),
    F("no-accountability", 2, "Dereliction (buoys dark 20 days, a grounding, a 通报批评 from above): in 四、1． 扣发绩效 and 调离航标班 for the buoy team leader."),
    F("no-accountability", 4, "“变通” sale of spoil: in 四、2． 移交县纪委监委 and 立案审查."),
    F("no-accountability", 5, "Patrol logs written at month end: in 四、3． 谈话提醒 for 4 patrol staff."),
    F("no-accountability", 6, "Work boat used for the head's friends' fishing: in 四、4． the head's 检讨 and 局党组 诫勉."),
    F("no-accountability", 7, "违规接受宴请 (usual words): in 四、5． 党内警告处分 for 2 team members; the 警示教育片 in the item is not the sanction."),
    F("no-accountability", 1, "Dredging behind plan: a work failing."),
    F("no-accountability", 8, "Reading newspapers instead of study: an ordinary failing."),
    F("no-accountability", 9, "Too few licensed officers: no wrongdoing."),
    F("no-accountability", 10, "Assets not on the books: a ledger failing."),
    F("no-owner", 1, "牵头：副站长闵清和 (the gap there is the time limit)."),
    F("unanswered-issue", 4, "Answered under 二、一是 in the report's own words (规范疏浚弃土处置)."),
    F("no-mechanism", 2, "《航标维护管理办法》, weekly checks, 24-hour repair, telemetry alarms."),
    F("no-mechanism", 4, "《疏浚弃土处置管理规定》."),
], links=[
    L("调整疏浚船作业计划，实行两班作业", 1), L("2025年疏浚计划分解到月", 1),
    L("更换灯器21套", 2), L("制定《航标维护管理办法》", 2), L("航标班班长柏春生扣发2024年度绩效奖励", 2),
    L("卖给砖厂所得的3.6万元已全部追缴入账", 4), L("制定《疏浚弃土处置管理规定》", 4),
    L("县纪委监委已对时任分管疏浚工作的副站长立案审查", 4),
    L("巡查船加装北斗定位终端", 5), L("对4名巡查员进行谈话提醒", 5),
    L("工作艇周末和节假日一律停靠站内码头", 6), L("用于钓鱼的燃油费用0.52万元已由相关人员全部退赔", 6),
    L("站长芮远帆在局党组会议上作检讨", 6),
    L("与航道整治工程施工单位签订廉洁协议", 7), L("局党组给予参加宴请的2名班子成员党内警告处分", 7),
    L("每月开展1次专题研讨，由支委轮流领学", 8),
    L("组织12名未持证人员参加2025年3月全市交通执法资格考试", 9),
    L("2艘报废工作艇和3台旧发电机已按程序报废核销", 10)])

# p08 苈阳县公安局巡特警大队党支部 (县公安局党委 internal round): DOCX 反馈意见 whose problems are the 10 rows of a Word
# table (序号｜问题类别｜问题表现); 二、整改要求 （一）–（三） not problems. Report: （N）关于…的问题 with 一是… and a bracket
# (责任领导；责任民警；完成时限); sanctions inside the items. GOOD REPORT.
G["p08"] = dict(issues=10, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、大队长殷振川 heads the 领导小组 as 第一责任人, 直接部署、直接督办 two problems, 4 支委会, 3 推进会."),
    F("late-report", None, "Feedback 2025-06-10, report 2025-08-29: 80 days."),
    F("no-disclosure", None, "三、三是: 县公安局门户网站 “警务公开” 栏目."),
    F("inconsistent-claim", None, "8 done + #1 and #9 ongoing with dates; 4.26万 = 0.46 + 3.8; 7 rules named, 7 claimed."),
    F("no-accountability", 2, "Fuel cards used for own cars: 责令…作出书面检查, in the item."),
    F("no-accountability", 3, "Night-patrol allowance to desk staff: 提醒谈话 and 取消评优资格."),
    F("no-accountability", 4, "“变通” checks of a relative's karaoke bar: 免去中队长职务 and 党内警告处分."),
    F("no-accountability", 5, "违反警用装备管理规定 (usual words): 通报批评."),
    F("no-accountability", 6, "Dereliction (heatstroke, a 通报 from the city bureau): 诫勉 for the instructor, the head's 书面检查 to the 局党委."),
    F("no-accountability", 10, "Dereliction (6.3万 lost on stab vests): 扣发绩效考核奖 for 3 people, 政务记过处分 for the deputy."),
    F("no-accountability", 1, "Patrol posts unmanned: a work failing."),
    F("no-accountability", 7, "Shallow study: an ordinary failing."),
    F("no-accountability", 8, "No auxiliary-police rules: a missing system."),
    F("no-accountability", 9, "Body-camera ledger: a records failing."),
    F("no-deadline", 1, "“系统接入2025年10月31日，其余已完成”."),
    F("no-deadline", 9, "“采集站配备2025年9月30日，其余已完成”."),
    F("no-mechanism", 10, "《装备采购验收办法》: protective gear sampled and tested."),
    F("no-mechanism", 6, "《训练安全管理规定》: no outdoor training above 35℃."),
    F("no-owner", 4, "责任领导 教导员仇立新, 责任民警 法制员乔慧敏."),
    F("copied-measure", 8, "The feedback says there are no written 辅警 rules; the answer names the rule it made (《辅警管理考核办法》) and moves decisions to the 大队."),
    F("vague-measure", 7, "Two concrete steps (monthly 专题研讨, 辅警党员 into 党小组 with sign-in)."),
], links=[
    L("6个重点路口实行“一路口一组”定点值守", 1), L("制定《巡逻勤务管理规定》", 1), L("接入县局智能巡逻调度系统", 1),
    L("2名民警已退赔油费0.46万元", 2), L("责令2人作出书面检查", 2), L("每月将加油记录与车辆轨迹比对", 2),
    L("6名内勤人员领取的夜巡补贴3.8万元已全部追回", 3), L("取消其2024年度评优资格", 3), L("制定《夜巡补贴发放办法》", 3),
    L("对2家歌厅重新检查", 4), L("该中队长被免去中队长职务", 4), L("制定《娱乐场所检查工作规范》", 4),
    L("2套单警装备已收回入库", 5), L("对2名民警通报批评", 5), L("制定《警用装备管理细则》", 5),
    L("对训练组织者教导员仇立新进行诫勉", 6), L("大队长殷振川向局党委作出书面检查", 6), L("制定《训练安全管理规定》", 6),
    L("将辅警党员全部编入党小组", 7),
    L("制定《辅警管理考核办法》", 8),
    L("重新建立执法记录仪领用、归还和数据上传台账", 9), L("各中队配备数据采集站", 9),
    L("120件防刺服已全部停用", 10), L("对验收组3名人员扣发季度绩效考核奖", 10), L("制定《装备采购验收办法》", 10)])

# p09 葶川县林权管理服务中心党支部 (县林业局党组 round): HTML news page (GB18030) with all problems in one “主要是：…；…
# 等问题” sentence (9); the 要求 and the 表态 are not problems. Report (UTF-8, CRLF): by number （N）针对反馈的第N个问题.
G["p09"] = dict(issues=9, unanswered=[], must_flag=[
    F("no-accountability", 2, "Dereliction (13.6万 of compensation paid to households that had sold their forest land): the item recovers 9.8万, sets a yearly cross-check and holds a 警示教育大会 — education for all, not a sanction for anyone; the group asked 该追责的严肃追责."),
    F("no-accountability", 4, "Valuations written to the borrower's wish (“变通”): （四） is slogans only and holds nobody, though the group asked that 评估方面的问题 be 彻底查清 and 该追责的严肃追责."),
    F("vague-measure", 4, "（四） is slogans only (进一步提高思想认识，切实增强…意识，严格落实…要求，不断提升…): no review of past valuations, no rule, no check."),
    F("no-deadline", 8, "（八） ends “（责任领导：副主任甘霖泽）” with no 完成时限; every other item has one."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任邹怀瑜 heads the 领导小组 as 第一责任人, 直接部署、直接督办 two problems."),
    F("late-report", None, "Feedback 2025-01-07, report 2025-03-31: 83 days."),
    F("no-disclosure", None, "“本报告已在县林业局门户网站公开”."),
    F("inconsistent-claim", None, "7 done + #2 and #9 ongoing; 14.77万 = 9.8 + 2.43 + 0.94 + 1.6; 3 rules named."),
    F("no-accountability", 3, "Fee taken twice: “负责收费的工作人员已调整岗位”."),
    F("no-accountability", 5, "Meals booked as 现场会: the head's 检讨 at the 局党组 meeting."),
    F("no-accountability", 6, "违规发放 (usual words): 提醒谈话 for the approving deputy."),
    F("no-accountability", 1, "Registration backlog: a work failing."),
    F("no-accountability", 7, "Dull 党课: an ordinary failing."),
    F("no-accountability", 9, "Too few valuers: no wrongdoing."),
    F("no-mechanism", 2, "补偿对象名单每年与登记信息比对一次 and a 公示 (the gap there is accountability)."),
    F("no-owner", 8, "责任领导：副主任甘霖泽 (the gap there is the time limit)."),
    F("no-deadline", 7, "2025年3月31日，此后长期坚持."),
], links=[
    L("与县不动产登记中心建立联合受理窗口", 1), L("登记申请实行限时办结", 1),
    L("多拨的13.6万元已追回9.8万元", 2), L("补偿对象名单每年与登记信息比对一次", 2), L("召开全体职工警示教育大会", 2),
    L("取消“评估费”收费项目", 3), L("负责收费的工作人员已调整岗位", 3), L("制定《林权流转交易服务收费管理规定》", 3),
    L("切实增强依法依规开展评估工作的意识", 4),
    L("6次吃饭的费用0.94万元已由参加人员全部退还", 5), L("中心主任邹怀瑜在局党组会议上作了检讨", 5),
    L("向内勤人员发放的野外勘界补助1.6万元已全部追回", 6), L("对审批发放的副主任甘霖泽进行提醒谈话", 6),
    L("制定《野外作业补助发放办法》", 6),
    L("制定2025年“三会一课”计划", 7),
    L("对46宗纸质档案与登记系统不一致的林权逐宗核对", 8), L("制定《林权档案管理办法》", 8),
    L("选派2名技术人员参加森林资源资产评估专业培训和考试", 9), L("与省林业调查规划院签订技术帮扶协议", 9)])

# p10 莙城县秸秆综合利用服务中心党支部 (县农业农村局党组 round): 反馈意见 (GB18030) with areas 一、二、三、…方面 and
# continuous 1．–12． heading lines + detail lines; 四、整改要求 not problems. Report: 整改进展情况的通报 (text) with （N） +
# 反馈问题：/整改进展：/责任人： and a closing 三、追责问责情况 giving sanctions by number of people for six named problems.
G["p10"] = dict(issues=12, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2024-09-24 with a 三个月内 limit (2024-12-24); the 通报 is dated 2025-01-16: 114 days."),
    F("inconsistent-claim", None, "“反馈的12个问题已全部整改完成，36项整改措施全部落实到位”, while （一） says the 推进方案 正在实施 until October 2025 and （十） says 目前正在招聘, 计划2025年6月底前到岗."),
    F("no-accountability", 3, "Dereliction named as 履职不力 (14 grids unpatrolled for 10+ days, the county 通报批评 by the city): （三） redraws grids and adds check-ins, and 三、追责问责情况 names problems 2, 4, 5, 6, 7, 8 but not 3, though 整改要求（二） listed 履职不力 among what must be 严肃处理."),
    F("no-owner", 11, "（十一） gives “责任人：各收储中心” — no person; every other item names one."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任汲远舟 heads the 领导小组 as 第一责任人, 直接部署、直接督办 two problems, 6 支委会, 5 推进会."),
    F("no-disclosure", None, "The 通报 is published on the 县农业农村局门户网站 with a 公示期 and a 监督电话."),
    F("no-accountability", 2, "Dereliction (fire, 31万 lost): named in 三、 (9 people by number only)."),
    F("no-accountability", 4, "Subsidy to households that did no removal: named in 三、."),
    F("no-accountability", 5, "Balers taken home and hired out: named in 三、."),
    F("no-accountability", 6, "“绕道” contract to the deputy's cousin's cooperative: named in 三、."),
    F("no-accountability", 7, "违规发放 (usual words): named in 三、."),
    F("no-accountability", 8, "Acceptance photos taken after payment: named in 三、."),
    F("no-accountability", 1, "Utilisation target missed: a work failing."),
    F("no-accountability", 9, "Irregular branch meetings: an ordinary failing."),
    F("no-accountability", 10, "Too few specialists: no wrongdoing."),
    F("no-accountability", 12, "No written rules: a missing system, answered by the rules."),
    F("no-deadline", 4, "A finished item in a progress 通报: 5.6万 already recovered; no time limit is needed."),
    F("no-deadline", 10, "“计划2025年6月底前到岗”."),
    F("no-mechanism", 12, "防火值守、设备使用和出入库管理制度 issued and posted."),
    F("vague-measure", 7, "（七） opens with 深刻汲取教训，切实增强财经纪律意识 but then returns the 3.2万 and makes an 加班费 rule."),
    F("repeated-measure", 4, "三、's one sentence covers six named problems; it is a shared sanction, not a pasted measure."),
    F("repeated-measure", 8, "Same shared sentence."),
], links=[
    L("新扶持秸秆饲料化、基料化利用主体6家", 1),
    L("新建消防水池2座、配备消防泵3台", 2), L("制定《收储中心防火值守制度》", 2), L("共对9名相关人员进行了处理", 2),
    L("重新划定禁烧网格126个", 3), L("网格员每日巡查打卡", 3),
    L("7户兑付的离田补助5.6万元已全部追回", 4), L("共对9名相关人员进行了处理", 4),
    L("2台打捆机、1台拖拉机已全部收回", 5), L("制定《收储中心设备使用和出入库管理办法》", 5),
    L("共对9名相关人员进行了处理", 5),
    L("已终止与该合作社的服务协议", 6), L("制定《秸秆收储运输服务招标管理规定》", 6), L("共对9名相关人员进行了处理", 6),
    L("以“禁烧值守加班费”名义发放的3.2万元已全部退回", 7), L("制定《加班审批和加班费发放办法》", 7),
    L("共对9名相关人员进行了处理", 7),
    L("41户补拍补填的验收资料作废后按实际情况重新验收", 8), L("制定《秸秆离田补助验收办法》", 8),
    L("共对9名相关人员进行了处理", 8),
    L("2024年10月召开专题组织生活会", 9),
    L("已向县人社局申报招聘农业工程专业技术人员2名", 10), L("与县农机推广站建立技术指导协作机制", 10),
    L("按实际库存重建收储、出库台账", 11),
    L("制定的防火值守、设备使用和出入库管理制度已印发各收储中心执行", 12)])

for name, g in G.items():
    out = {"mode": "pair", "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
