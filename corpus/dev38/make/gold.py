"""Write p01..p10/gold.json (dev-pairs gold format) for dev38 (held-out, frozen). The gold is hand-judged; this file only
keeps it in one place. Modelled on corpus/dev24/make/gold.py. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蕺州市住房和城乡建设局党组 (市直局): formal 反馈意见, areas （一）…（四）…方面 with continuous 1．–9． "heading。detail";
# 三、整改意见 (一)-(三) are not problems. Report: 关于“…”的问题 + 整改措施/责任领导/责任科室/整改时限/完成情况 lines, same order.
G["p01"] = dict(mode="pair", issues=9, unanswered=[], must_flag=[
    F("no-owner", 7, "Item (七) 选人用人 has no 责任领导 and no 责任科室 line; every other item names a leader and a 科室."),
    F("no-mechanism", 6, "变更签证 (412万 without 集体研究): one-off 复核 and 批评教育 only, no rule on 变更签证 审核/集体研究, although 整改意见（三） asks for 长效机制 and every other money item has a rule."),
    F("late-report", None, "Feedback 2025-01-14, 三个月内 required; report dated 2025-06-03 (140 days)."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长邰砚舟 heads the 领导小组, 第一责任人, 6 meetings, 直接部署、直接过问、直接督办."),
    F("no-disclosure", None, "整改情况在局门户网站公开 with a 监督电话."),
    F("inconsistent-claim", None, "31 measures = 27 done + 4 ongoing (老旧小区 3, 配套费 1), matching the two 持续推进 items; 1120 − 780 = 340万."),
    F("no-accountability", 5, "6.8万 清退, 监督站站长 诫勉谈话, 3 科室负责人 批评教育, 餐费 退缴."),
    F("no-accountability", 6, "2 审核人员 批评教育 (the gap there is the missing rule)."),
    F("no-deadline", 3, "“立行立改，长期坚持” is a legitimate time answer for standing supervision."),
    F("no-mechanism", 9, "修订《城市基础设施配套费征收管理办法》."),
    F("no-mechanism", 4, "修订《局党组落实全面从严治党主体责任清单》."),
    F("no-owner", 4, "The 党组书记 himself is 责任领导."),
], links=[
    L("其中6个已于4月开工", 1), L("督促5个项目补发拖欠工资286万元", 2), L("实行“四不两直”现场暗查", 3),
    L("党组书记与局属6个单位主要负责人逐一开展廉政谈话", 4), L("违规发放的“加班补贴”6.8万元已全部清退", 5),
    L("核减不合理费用63万元", 6), L("8名借调人员已全部退回原单位", 7), L("2名逾期预备党员已按程序讨论转正", 8),
    L("成立配套费清欠专班", 9)])

# p02 薤川县蘘溪镇党委 (乡镇): 反馈会 speech by the 巡察组组长; problems in prose under 从…看 among praise; the 防汛 praise
# paragraph and 第一…第三 requirements are not problems (8). Report (GB18030): the secretary's first-person report,
# order 4,5,1,2,6,7,8,3.
G["p02"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[
    F("vague-measure", 3, "群众诉求/12345 (重复投诉, 答得多解决少) answered only with slogans (以人民为中心, 增强宗旨意识, 转变作风, 获得感幸福感安全感): no action on 工单, no figure."),
    F("no-accountability", 6, "2 村干部 冒领 1.7万 for relatives (镇里至今没有作出处理): the report only re-checks and rewrites the 审核 flow — no money recovered, nobody 处理, though the speech demanded 追回 and 依规依纪处理."),
    F("no-disclosure", None, "The speech asks that 整改情况 be 公开; the report never says the rectification is published (the 村务公开栏公示 is of 小微工程 decisions, the 公示 in item 五 is a step of 补贴 issuing)."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary writes as 第一责任人, heads the 领导小组, chaired 4 推进会, 11 site visits, 当面提醒 2 班子成员."),
    F("late-report", None, "Feedback 2025-03-06, report 2025-05-29: 84 days."),
    F("inconsistent-claim", None, "26 = 23 done + 3 ongoing, the three named and matching items 四, 六, 七."),
    F("no-accountability", 5, "1.3万 退缴, 原党政办主任 诫勉谈话, the secretary 检讨."),
    F("no-mechanism", 4, "《蘘溪镇村级小微工程管理办法》."),
    F("no-deadline", 8, "长期坚持 for 组织生活."),
    F("no-owner", 4, "“这项工作由纪委书记覃韶华具体负责” names the owner in running prose."),
], links=[
    L("对“先施工后议事”的5个工程补充审计", 4), L("机关食堂从3月起停止对外接待", 5), L("以“保底租金+分红”方式承租经营", 1),
    L("7处已拆除复耕", 2), L("重新梳理了申报、审核、公示、发放四个环节的流程", 6), L("建立了48人的村级后备力量库", 7),
    L("对2个村支部书记进行了约谈", 8), L("把群众的急难愁盼问题放在心上", 3)])

# p03 蓖水县蔸岭镇蒴坪村党支部 (村): 问题清单 函 (CRLF), 问题1–8 each heading line + 具体表现：; 整改要求（一）–（四） and the
# 联系人 line are not problems. Report (CRLF): 问题N：/整改情况： in order, 问题5 missing.
G["p03"] = dict(mode="pair", issues=8, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "人居环境 (垃圾清运, 河道乱堆, 保洁员工资拖欠5个月) has no entry: the report jumps from 问题4 to 问题6."),
    F("copied-measure", 2, "问题2's 整改情况 gives back the feedback's words (“四议两公开”, 低价发包、超长期发包) as intentions; the 120亩/30年 contract is not touched."),
    F("inconsistent-claim", None, "“8个问题已全部整改完成，21项措施全部落实到位” while only 7 problems are reported and 问题8's road is still 预计2025年5月底前完工 (问题7 长期坚持)."),
], must_not_flag=[
    F("weak-leadership", None, "支部书记厍海平 heads the 整改工作小组 and is 第一责任人; the 镇党委 names a 包村领导 who visits monthly."),
    F("no-disclosure", None, "整改情况 in the 村务公开栏 for 7 days."),
    F("late-report", None, "Letter 2024-11-20, report 2025-02-14: 86 days."),
    F("no-accountability", 3, "0.53万 returned by the 原报账员, 批评教育."),
    F("no-accountability", 6, "0.54万 returned, 镇纪委 诫勉谈话, 分工 changed."),
    F("no-deadline", 7, "长期坚持 for 党员发展."),
    F("no-owner", 3, "“村监委会主任郜秀英牵头，镇农经站派员指导” — an owner in an unusual form."),
], links=[
    L("制定《蒴坪村重大事项决策清单》", 1), L("杜绝村集体资产资源低价发包", 2), L("报账员和出纳分设两人", 3),
    L("对4户不符合条件的家庭按程序停发低保", 4), L("村委会副主任已退回多领的误工补贴0.54万元", 6),
    L("为4名流动党员建立联系卡", 7), L("已督促原施工方进场施工", 8)])

# p04 蕻城路桥工程有限公司党支部 (国有企业子公司): 反馈意见 一、–十、 each "heading。detail" (10); 整改建议 1．–3． and the
# closing time-limit sentence are not problems. Report: DOCX with a 7-column 整改落实台账 table.
G["p04"] = dict(mode="pair", issues=10, unanswered=[], must_flag=[
    F("repeated-measure", 3, "Row 3 (分包 to 无资质个人) is the boilerplate “组织相关部门和项目部开展专题学习…确保问题整改到位、不再发生” also used in row 9."),
    F("repeated-measure", 9, "Row 9 (党建“两张皮”) repeats row 3's paragraph word for word after a different lead clause."),
    F("no-deadline", 8, "Row 8's 完成时限 is “视诉讼进展和对方履约情况确定” — no date; every other row has one."),
    F("no-accountability", 5, "18.6万 “项目攻坚奖” paid to the 班子 without approval: only 停发 and a revised 薪酬办法 — nothing recovered, nobody dealt with, though 整改建议3 asks for it."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长隗振邦 is 第一责任人 and 组长, 5 meetings, went to 3 项目部."),
    F("no-disclosure", None, "公司内网 and 项目部公示栏, 监督电话."),
    F("late-report", None, "Feedback 2025-04-25, report 2025-07-18: 84 days."),
    F("inconsistent-claim", None, "34 = 30 done + 4 ongoing (rows 8 and 10 正在推进)."),
    F("no-deadline", 2, "“立行立改，长期坚持”."),
    F("no-accountability", 6, "3 职工 通报批评, 油费 退缴."),
    F("no-accountability", 7, "2 解聘, 人力资源部负责人 诫勉谈话."),
    F("no-mechanism", 5, "修订《公司薪酬管理办法》 (the gap there is accountability)."),
    F("no-owner", 8, "总会计师阙明哲 is named (the gap is the time limit)."),
], links=[
    L("将500万元以上分包、大额资金使用等14类事项纳入前置研究", 1), L("建立事故信息“半小时”报告制度", 2),
    L("针对工程分包管理问题", 3), L("向2家供应商追回差价款21.4万元", 4), L("已停止发放“项目攻坚奖”", 5),
    L("收回长期停放在个人住所的2辆皮卡车", 6), L("对2名不符合条件的中层干部予以解聘", 7), L("委托律师提起诉讼", 8),
    L("针对党建与生产经营结合不紧问题", 9), L("挂账备用金已清理收回92%", 10)])

# p05 虉江学院机电工程学院党委 (高校二级学院): areas 一、二、三、…方面 with restarting 1．2．(3．) heading lines + 具体表现：
# (2 + 3 + 3 = 8); 四、整改要求 一要…三要 is not. Report (UTF-16 LE BOM): answers by number only, “针对第N方面第M个问题”.
G["p05"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[
    F("weak-leadership", None, "No 领导小组, no 第一责任人, the 党委书记 never appears: “学院随即召开会议…由学院办公室…分发各系部、各支部按职责分头落实”, though 整改要求 asked for both."),
    F("vague-measure", 2, "第一方面第2个问题 (意识形态 研判, 2 场未备案, 三审三校) answered with slogans only (提高政治站位, 扛起主体责任, 牢牢掌握领导权, 营造…环境)."),
    F("no-mechanism", 6, "科研经费 (7.4万 劳务费, 化整为零): money recovered and people dealt with, but no rule on 横向经费/劳务费; 整改要求 asks 完善一套制度 and the other items all have one."),
], must_not_flag=[
    F("no-disclosure", None, "整改情况 in the 学院网站 and 公告栏, phone given."),
    F("late-report", None, "Feedback 2025-05-28, report 2025-08-22: 86 days."),
    F("inconsistent-claim", None, "25 = 21 + 4 ongoing; items 1 and 7 are 持续推进; no “all done” claim."),
    F("no-accountability", 6, "诫勉谈话 and 批评教育 of the 3 课题负责人, 7.4万 returned."),
    F("no-owner", 5, "“（学生工作副书记牵头，各年级辅导员配合；…）” — an owner by post in brackets."),
    F("no-deadline", 4, "长期坚持 with a rule in place."),
    F("no-mechanism", 8, "修订《党政联席会议议事规则》."),
], links=[
    L("组织高年级党员学生开展“朋辈辅导”", 1), L("牢牢掌握意识形态工作领导权", 2), L("新选任2名具有高级职称的学术骨干担任支部书记", 3),
    L("学生第二党支部书记已作出书面检查", 4), L("对2名不符合条件的发展对象暂缓发展", 5), L("将违规发放的7.4万元劳务费全部收回", 6),
    L("危化品实行“双人双锁”管理", 7), L("原则上不临时动议", 8)])

# p06 蔊溪县中心医院党委 (医院): 纪委 website news item, problems in one “巡察组指出…但巡察也发现，…；…等问题” sentence (7);
# 要求, the 卫健局 speech, 移交 and 表态 are not. Report: public 整改进展情况的通报 with reworded headings. Good report.
G["p06"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党委书记裘静姝 组长, 第一责任人, 7 meetings, went to 科室."),
    F("no-disclosure", None, "A public 通报 with phone, e-mail, address and a closing date."),
    F("late-report", None, "Feedback 2025-04-15, 通报 2025-07-11: 87 days."),
    F("inconsistent-claim", None, "26 = 23 + 3 长期坚持 (items 四, 六, 七); 处分1 (四), 诫勉2 (二), 批评教育5 (二1 + 三3 + 五1); 46.2 + 2.5 = 48.7万; 9 rules named."),
    F("no-accountability", 4, "党内警告, 调离, 2.5万 退缴."),
    F("no-accountability", 2, "46.2万 退回, 2 诫勉, 1 批评教育."),
    F("no-deadline", 6, "长期坚持."),
    F("no-deadline", 7, "长期坚持 after concrete changes."),
    F("no-mechanism", 5, "修订《物资采购管理办法》《基建工程项目管理制度》."),
    F("no-owner", 1, "The 党委书记 herself is 责任领导."),
    F("unanswered-issue", 7, "Answered under the reworded heading “回应群众就医急难愁盼”."),
], links=[
    L("对2项未经党委会研究的事项补充提交党委会复议", 1), L("主动退回违规医保基金46.2万元", 2), L("每月通报中选药品使用进度", 3),
    L("建立“红包”拒收登记和患者回访制度", 4), L("排查廉政风险点58个", 5), L("按临床科室调整党支部设置", 6),
    L("设立入院准备中心", 7)])

# p07 蕹城区芑河街道茺园社区党委 (街道社区): formal 反馈意见 一、二、三、 areas with continuous （一）–（七） "heading。detail";
# 四、整改意见 is not. Report: half-width punctuation (. for 。) + ｜-separated ledger rows numbered 1.1/2.3 under area lines.
G["p07"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-owner", 2, "Row 1.2's 责任人 is “待定”."),
    F("no-deadline", 4, "Row 2.2's 完成时限 is “结合物业服务合同续签情况另行确定” — no date."),
    F("late-report", None, "Feedback 2024-09-24 (3个月内); report 2025-01-22: 120 days."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记郁晓棠 组长, 第一责任人, 5 专题会; 街道党工委副书记 督导."),
    F("no-disclosure", None, "居务公开栏 and 公众号 公示, 监督电话."),
    F("inconsistent-claim", None, "22 = 19 + 3 ongoing, the three named and matching rows 1.2, 2.2, 3.1."),
    F("no-accountability", 3, "2.9万 追回, 协议解除, 考勤审核人 批评教育."),
    F("no-deadline", 6, "“党费问题2024年10月底前;积分管理长期坚持”."),
    F("no-mechanism", 1, "修订《“红色物业”联席会议制度》."),
    F("no-owner", 7, "宣传委员郦晴川."),
], links=[
    L("在3个小区业委会中建立党的工作小组", 1), L("便民服务站实行午间轮班值守", 2), L("追回补贴2.9万元", 3),
    L("督促物业公司单独设账", 4), L("17件无结果诉求已全部办结回访", 5), L("3名党员已补交党费", 6),
    L("4个居民微信群逐一明确群主和管理员", 7)])

# p08 蓣阳县不动产登记中心党支部 (事业单位): areas 一、二、三、在…方面 with restarting 1．(2 + 3 + 4 = 9) "heading。detail";
# 四、意见建议 is not. Report: plain reworded headings 一、–七、, #3 and #5 merged under 三、, #8 never answered.
G["p08"] = dict(mode="pair", issues=9, unanswered=[8], must_flag=[
    F("unanswered-issue", 8, "窗口服务作风 (冷硬横推, 38 件投诉) has no measure anywhere."),
    F("copied-measure", 4, "四、 gives back the feedback (以工会活动名义购买购物卡发放给职工, 节假日…入库停放) plus 严格落实/持之以恒纠治“四风”: no action taken."),
    F("no-disclosure", None, "The feedback asks for 向社会公开; the report never says the rectification is published (公开招聘 is about hiring)."),
], must_not_flag=[
    F("weak-leadership", None, "支部书记、主任郏明岳 第一责任人, 领导小组, 6 meetings."),
    F("late-report", None, "Feedback 2025-06-10, report 2025-09-05: 87 days."),
    F("inconsistent-claim", None, "28 = 24 + 4 ongoing (办证难 3, 编外 1), matching items 二 and 六; no “all done” claim."),
    F("no-accountability", 3, "编外人员 解聘, 科室负责人 诫勉谈话."),
    F("no-mechanism", 5, "修订《中心财务内部控制制度》 inside the merged heading."),
    F("no-deadline", 6, "长期坚持."),
    F("no-deadline", 4, "立行立改 is a time answer (the gap there is the copied measure)."),
], links=[
    L("企业间转移登记实现一次取号、一窗办结", 1), L("已为4个小区412户居民办理不动产权证书", 2),
    L("对违规向中介提供权利人信息的1名编外工作人员予以解聘", 3), L("坚决杜绝以工会活动名义购买购物卡", 4),
    L("收费与开票岗位分设", 5), L("严格按月召开支委会", 6), L("审核、登簿岗位已全部改由在编人员担任", 7),
    L("追回超期借阅档案37卷", 9)])

# p09 薁山县人民检察院党组 (检察院): 一、 with areas （一）–（三）, continuous 1．–11． heading lines + 具体表现：; 二、整改要求 is
# not. Report: 关于“…”的问题 in order 5,4,7,6,11,1,2,3,8,9,10 with 一是… and bracketed fields.
G["p09"] = dict(mode="pair", issues=11, unanswered=[], must_flag=[
    F("no-accountability", 4, "3.8万 办案差旅 for travel and 接受律师宴请: a new 办法, 复核 and 承诺书 only — nothing recovered, nobody dealt with, though 整改要求二 demanded both."),
    F("inconsistent-claim", None, "“11个问题已全部整改完成，整改完成率100%” while 涉案财物 is 正在推进 (4件 still being checked) and 涉企挂案 and 分类管理 are 持续推进."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人, the 检察长/党组书记 never appears: “及时召开党组会议…分解到各部门，由检察办公室统筹”."),
], must_not_flag=[
    F("no-disclosure", None, "院门户网站 向社会公开, phone."),
    F("late-report", None, "Feedback 2025-05-30, report 2025-08-22: 84 days."),
    F("no-accountability", 7, "0.46万 退赔, 办公室主任 批评教育."),
    F("no-accountability", 6, "案件管理部门负责人 诫勉谈话."),
    F("no-mechanism", 4, "《办案经费使用管理办法》 (the gap there is accountability)."),
    F("no-deadline", 10, "长期坚持."),
    F("no-deadline", 3, "立行立改."),
], links=[
    L("梳理出风险点46个", 5), L("实行“承办部门、分管领导、计财部门”三级审核", 4), L("超标部分0.46万元由相关人员退赔", 7),
    L("引入智能保管柜", 6), L("实行交叉评查和评查“回头看”", 11), L("对5件涉企“挂案”逐件清理", 1),
    L("共建侦查监督与协作配合办公室", 2), L("对6件超期答复的信访件向当事人补充答复并致歉", 3),
    L("配齐书记员4名", 8), L("按业务部门重新设置4个党支部", 9), L("选派6名年轻干警到市检察院跟班学习", 10)])

# p10 蘡河高新技术产业开发区党工委 (开发区管委会): areas as paragraphs “在…方面，一是…；二是…；三是…” restarting (3 + 3 + 2 = 8);
# the 总体评价, 原因 paragraph and 整改意见 一要…四要 are not. Report: reworded headings （一）–（八） with bracketed fields,
# #3 answered again under 二、建立长效机制.
G["p10"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[
    F("repeated-measure", 2, "（二） 闲置土地 is the boilerplate “坚持问题导向和目标导向相结合，成立工作专班…确保各项任务按期完成、取得实效” also under （七）."),
    F("repeated-measure", 7, "（七） 非公党建 repeats （二）'s paragraph word for word."),
    F("no-mechanism", 5, "平台公司 借款 1200万 without 研究: recovery, lawsuit, 免职 and 诫勉, but no rule on 对外借款/资金出借, though 整改意见三 names 国有资产管理 and other money items got rules."),
], must_not_flag=[
    F("weak-leadership", None, "党工委书记仝牧之 第一责任人, 组长, 10 meetings, 12 visits."),
    F("no-disclosure", None, "门户网站 and 公众号 公开, phone."),
    F("late-report", None, "Feedback 2025-06-06, report 2025-08-29: 84 days."),
    F("inconsistent-claim", None, "30 = 25 + 5 ongoing (1: 2, 5: 1, 6: 1, 7: 1), matching the statuses; 300 + 500 = the 800 overdue."),
    F("no-accountability", 4, "原副局长 党内警告, 98万 追回."),
    F("no-accountability", 5, "原总经理 “作出免职处理”, 财务负责人 诫勉谈话."),
    F("no-mechanism", 3, "《企业诉求“直通车”办理制度》 in 二、建立长效机制 (the second half of the split answer)."),
    F("no-owner", 6, "管委会主任骞立恒."),
], links=[
    L("实行“一项目一专班”", 1), L("针对土地集约利用问题", 2), L("设立水电气联合报装窗口", 3),
    L("出台《企业诉求“直通车”办理制度》", 3), L("按合同约定追回中介费98万元", 4), L("已收回300万元", 5),
    L("委托第三方对超概算的2300万元开展结算审计", 6), L("针对非公企业党建覆盖不全问题", 7),
    L("14名聘用人员已调整到辅助岗位", 8)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
