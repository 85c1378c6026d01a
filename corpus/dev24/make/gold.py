"""Write p01..p10/gold.json (dev-pairs gold format) for dev24. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev23/make/gold.py. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蓂川县水利局党组: formal 反馈意见 一、二、三、 areas with （一）–（七） heading + detail; 四、整改要求 not problems.
# Report: common 关于巡察反馈意见整改情况的报告, per problem 整改措施/责任领导/责任股室/整改时限/整改进展. Good report.
G["p01"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长麦霁川 heads the 领导小组, is 第一责任人, chaired 6 专题会议, went to sites, signed every 销号."),
    F("late-report", None, "Feedback 2025-03-18, report 2025-06-10: 84 days, inside three months."),
    F("no-disclosure", None, "下一步 三是: published on the county government site and the 公开栏, 监督电话 given."),
    F("inconsistent-claim", None, "26 tasks = 24 done + 2 长期坚持 (#3, #7); 31.4万 / 23万 / 1.28万 and 警告1, 诫勉2, 批评1, 提醒1 match the items; 5 new + 3 revised rules match the names."),
    F("no-accountability", 4, "项目办原主任 党内警告处分, 分管副局长 诫勉谈话, 财务股负责人 批评教育; 23万 扣回."),
    F("no-accountability", 5, "1.28万 退缴 by the persons concerned; 办公室主任 诫勉谈话."),
    F("no-deadline", 3, "长期坚持 is a legitimate status for a standing duty."),
    F("no-deadline", 7, "长期坚持 for cadre training; 轮岗 already done."),
    F("no-deadline", 5, "立行立改, done."),
    F("no-mechanism", 2, "《农村集中供水工程运行管护办法》."),
    F("no-mechanism", 4, "《水利工程设计变更和资金支付审核规程》."),
    F("no-owner", 6, "机关党委书记葛岫云 is 责任领导."),
], links=[
    L("改为手机定位打卡巡河", 1), L("公开招聘补齐3处供水站专职管护人员", 2), L("共谈话31人次", 3),
    L("委托第三方审计机构对2个擅自变更设计的标段重新审核", 4), L("收回全部公务加油卡", 5),
    L("对2名逾期的预备党员按程序讨论转正", 6), L("对2名在同一岗位任职超过10年的股长进行交流轮岗", 7)])

# p02 蓊岭镇党委: 反馈会 speech (成绩 / 问题 一是…六是 / 三点要求 一要…三要); requirements are not problems.
# Report: the 党委书记's first-person report, answers in order 6,1,5,4,2,3.
G["p02"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("vague-measure", 3, "Report (六) on 干部作风 (12345 答复率 64%, 脱岗) is slogans only (进一步提高政治站位, 强化宗旨意识, 切实转变工作作风, 努力让群众满意): no action on 工单 or 值班."),
    F("no-accountability", 2, "14户 重复发放 2.3万 and 2 村干部 代办低保 for relatives: the report only registers the cases and revises the 审核流程 — no money recovered, nobody 约谈/处分, although the speech demanded 该追回的资金要追回, 该问责的要问责."),
    F("late-report", None, "The speech sets 两个月内 from 2025-04-09 (i.e. by 2025-06-09); the report is dated 2025-06-30 (82 days) — late against the stated deadline though inside the usual three months."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary writes as 第一责任人, heads the 领导小组, chaired 5 推进会, went to sites, 约谈 the slow owners."),
    F("no-disclosure", None, "镇政务公开栏 and 政务公众号, 监督电话 0879-5126633."),
    F("inconsistent-claim", None, "21 tasks = 19 done + 2 pending (#2 due 6-30, #3 长期坚持); 诫勉1, 批评1; 5 rules named."),
    F("no-accountability", 6, "原经管站站长 诫勉谈话 for the 纸上销号."),
    F("no-mechanism", 6, "《巡察审计整改销号审核办法》."),
    F("no-mechanism", 1, "《村级集体经济项目论证和决策管理办法》."),
    F("no-mechanism", 2, "修订《惠民惠农补贴资金发放审核流程》 (the gap there is accountability)."),
    F("no-owner", 2, "副镇长覃若谷 is 责任领导."),
    F("no-deadline", 5, "2025年5月底前; 入党积极分子培养 长期坚持."),
], links=[
    L("重新核查当时上报已完成的4项任务", 6), L("引进县内一家菌业合作社承租经营", 1), L("各上了一次党课", 5),
    L("分管领导终审", 4), L("逐户登记在册", 2), L("以更加务实的作风服务群众", 3)])

# p03 蘩岭县燃气集团 (state firm): DOCX 反馈意见, areas 一、二、三、 with continuous 1．–7． bold headings + detail paragraphs;
# 四、整改意见 not problems. Report: intro + 整改台账 as tab-separated text rows.
G["p03"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-owner", 6, "Row 6's 责任领导 cell is empty and the 责任部门 is only “各党支部”; every other row names a leader."),
    F("copied-measure", 5, "Row 5's measure restates the feedback's wording (中层干部提拔未经民主推荐程序、聘用人员系公司领导亲属招聘时未执行回避规定) plus 坚决予以纠正/确保不再发生 — no action, no person, no rule."),
    F("no-mechanism", 3, "Row 3 (化整为零 187万, supplier tie) has a review, discipline and a one-off 公开招标 for the remaining pipe, but no procurement rule; the （五） list of rules has none for 采购 although the feedback named 供应商准入 standards."),
    F("no-disclosure", None, "The feedback's 整改意见（四） asks for 公开 in the company and to society; the report is addressed to the 县委 only and never mentions 公开, 公示 or a 监督电话."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记、董事长邴晓峦 heads the 领导小组, 第一责任人, 7 meetings, site checks, signs the ledger."),
    F("late-report", None, "Feedback 2025-02-20, report 2025-05-16: 85 days."),
    F("inconsistent-claim", None, "24 tasks = 21 done + 3 named pending (rows 1 and 6 持续推进); 警告1, 诫勉2, 批评1, 通报1; 3 new + 3 revised rules named."),
    F("no-accountability", 3, "采购部负责人 党内警告, the related employee 诫勉谈话 and moved."),
    F("no-accountability", 4, "36.4万 returned; 副总经理 诫勉谈话, 财务部负责人 批评教育."),
    F("no-accountability", 7, "2 安装工 dismissed, 3200元 refunded, 班组长 通报批评."),
    F("no-mechanism", 2, "修订 章程 and 《党委会议事规则》, 前置研究事项清单."),
    F("no-mechanism", 4, "《公司工资总额和奖金分配管理办法》."),
    F("no-mechanism", 7, "《客户投诉处理和回访制度》."),
    F("no-deadline", 1, "2025年12月底前 (持续推进)."),
    F("no-owner", 1, "副总经理郜临川."),
], links=[
    L("组建8个入户安检小组", 1), L("对2笔未经党委会研究的设备采购补充履行集体研究程序", 2), L("剩余管材采购改为公开招标", 3),
    L("立即停发“安全生产奖”", 4), L("坚决予以纠正", 5), L("把6个党员示范岗调整到抢修、安检和客服一线", 6),
    L("将居民报装环节由7个压减为3个", 7)])

# p04 蒨水县中医医院党委 (hospital): feedback is a 纪委 website news item, problems in one "巡察组指出…；…等问题" sentence (7);
# the 原因 paragraph, 要求, 表态 are not problems. Report: public 整改进展情况通报 with （一）–（六） (skips #5, renumbers).
G["p04"] = dict(mode="pair", issues=7, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "群众就医“急难愁盼” (挂号渠道, 检查排队, 夜间中医急诊) appears nowhere; the report's six items jump from 医德医风 to 党支部."),
    F("repeated-measure", 6, "The 党支部 item is the same boilerplate paragraph (坚持问题导向，建立问题清单…推动各项工作规范化、制度化) as the 财务内控 item."),
    F("repeated-measure", 7, "The 财务内控 item repeats the 党支部 item's paragraph word for word; nothing on 科研经费 or 固定资产."),
    F("no-deadline", 2, "The 医保 item has no 完成时限 (every other item has one): “将根据县医保部门检查安排逐步完成”."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记鞠晓岚 heads the 领导小组, 第一责任人, 调度会 every two weeks."),
    F("no-disclosure", None, "A public 通报 with phone, e-mail, address and a deadline for comments."),
    F("late-report", None, "Feedback 2025-05-20, 通报 2025-08-15: 87 days."),
    F("inconsistent-claim", None, "29 tasks = 24 done + 5 ongoing, never claims all done; 警告1, 诫勉1, 批评1 match; 3 new + 3 revised rules match."),
    F("no-accountability", 4, "1 医务人员 党内警告 and 调离, 1 诫勉谈话, 2000元 returned."),
    F("no-accountability", 2, "医保办主任 书面检查 + 批评教育; 4 科室 约谈."),
    F("no-mechanism", 1, "议事规则 revised, 前置研究事项清单."),
    F("no-mechanism", 3, "修订《药品耗材遴选和采购管理制度》."),
    F("no-mechanism", 4, "《医德医风考评制度》."),
    F("no-deadline", 4, "立行立改，长效机制长期坚持."),
    F("no-owner", 2, "副院长冼清泉 is 责任领导 (the gap there is the missing time limit)."),
], links=[
    L("补充提交党委会复议", 1), L("在住院收费系统中嵌入规则提示", 2), L("对集中带量采购中选药品使用情况开展专项点评", 3),
    L("全院职工签订廉洁行医承诺书", 4), L("针对临床科室党支部建设不规范问题", 6), L("针对财务内部控制不健全问题", 7)])

# p05 蕖湾村党总支 (village round): 反馈意见 一、二、三、 with （一）–（六）; 四、整改要求 not a problem.
# Report (UTF-16 LE BOM): answers by number "针对反馈意见第N个问题", #2 and #5 merged.
G["p05"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-accountability", 3, "The 28万 road went to the 党总支书记's 妻弟 without 比选, with back-filled minutes and the 质保金 paid at once; the report repairs the road and bans relatives from now on, but nobody (the secretary included) is 约谈, 批评 or 处分."),
    F("inconsistent-claim", None, "“6个问题已全部整改到位，17项措施全部完成” while #1's 补充协议 is still being negotiated past its 3月底 deadline and 7 of 18 流动党员 are still unreached."),
    F("no-deadline", 4, "The 惠民政策 answer ends with 责任人 only — no 完成时限, unlike every other answer."),
], must_not_flag=[
    F("weak-leadership", None, "党总支书记仲禾生 is 组长 and 第一责任人; 镇党委 assigns a 包村领导; 镇党委书记 held 2 督导会."),
    F("no-disclosure", None, "整改情况 公示 7 days in the 村务公开栏 and reported to the 村民代表会议."),
    F("late-report", None, "Feedback 2025-01-15, report 2025-04-08: 83 days."),
    F("no-accountability", 4, "1620元 returned; 村民政协理员 批评教育."),
    F("no-accountability", 2, "0.38万 returned by the 经手人, 1.2万 handed in, 报账员 post changed."),
    F("no-mechanism", 2, "《蕖湾村财务管理和村务公开实施细则》 (covers #2 and #5)."),
    F("no-mechanism", 5, "Same 实施细则; monthly itemised disclosure signed by the 监委会."),
    F("no-deadline", 6, "长期坚持."),
    F("no-owner", 4, "村委会副主任庞秀芝 is 责任人."),
], links=[
    L("收回已转包的40亩由村集体重新公开发包", 1), L("报账员和出纳分设两人", 2), L("村务公开栏重新制作", 5),
    L("村“两委”成员及其近亲属不得承揽本村工程", 3), L("对不符合条件的3户已按程序停发低保金", 4),
    L("建立流动党员微信学习群", 6)])

# p06 蘩园社区党委 (community): 反馈意见 (CRLF), areas 一、二、三、 each one paragraph with inline 一是…二是…(三是), restarting
# (7); the 原因 paragraph and 四、整改意见 are not problems. Report: good; #2 answered in 二、 and again in 三、建立长效机制.
G["p06"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "社区党委书记苻映雪 is 组长 and 第一责任人, 4 专题会议; 街道党工委副书记 assigned to guide."),
    F("no-disclosure", None, "全文 in the 居务公开栏 and the 社区公众号, 意见箱 and 监督电话."),
    F("late-report", None, "Feedback 2025-06-05, report 2025-08-29: 85 days."),
    F("inconsistent-claim", None, "22 tasks = 20 done + 2 长期坚持 (#1, #6); six rules named for “6项”."),
    F("no-accountability", 3, "1.5万 购物卡 recovered; 党委书记 诫勉谈话, 经办人 党内警告."),
    F("no-accountability", 5, "工作人员 通报批评 and 调岗; 3 certificates voided."),
    F("no-deadline", 1, "长期坚持."),
    F("no-deadline", 6, "长期坚持."),
    F("no-deadline", 3, "立行立改，已完成."),
    F("no-mechanism", 2, "网格走访“随机回访”机制 in 三、 (the second half of the split answer)."),
    F("no-mechanism", 4, "《小区公共收益公示和物业服务考评办法》."),
    F("no-owner", 3, "街道党工委副书记钮清和 named as 责任人."),
], links=[
    L("每次集中学习确定1名领学人", 1), L("5名兼职过多的网格员各剥离2项以上非网格事务", 2), L("网格走访“随机回访”机制", 2),
    L("1.5万元购物卡已全部收回折现", 3), L("全部划入业主共有资金账户", 4), L("对违规开具的3份居住证明予以作废", 5),
    L("由在职党员自主认领", 6), L("少交的3860元已全部补交到位", 7)])

# p07 蘅皋中学党委 (school): formal 反馈意见 一、二、三、 with （一）–（七） heading + detail; 四、整改意见 not problems.
# Report (GB18030): common form with 责任领导/责任部门/完成时限/整改情况 lines.
G["p07"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("weak-leadership", None, "No 领导小组, no 第一责任人, the 党委书记 never appears: “学校及时召开会议…学校办公室牵头…各处室按职责分工抓好落实”; the feedback's 整改意见（一） asked for both."),
    F("vague-measure", 1, "(一) on 思政课 and 德育 is slogans only (进一步提高政治站位…三全育人…再上新台阶): nothing on the missing 高三 思政 hours or the 心理辅导室."),
    F("repeated-measure", 6, "(六) and (七) carry the same paragraph (组织党员干部认真学习《中国共产党章程》…确保问题整改到位、不再发生) after a different first clause."),
    F("repeated-measure", 7, "(七) repeats (六)'s paragraph; nothing on the 雷同 records or the 发展程序."),
    F("no-disclosure", None, "The feedback asks for 校内公开 and 向社会公开; the report never mentions publishing the rectification (the 公告栏 lines are about 伙食费 and 收费项目, not the rectification)."),
], must_not_flag=[
    F("late-report", None, "Feedback 2024-10-22, report 2025-01-10: 80 days."),
    F("inconsistent-claim", None, "“已完成3个，基本完成1个，其余3个正在持续推进” matches the 整改情况 lines; 警告1, 诫勉2, 批评4, 提醒2; 5 rules named."),
    F("no-accountability", 4, "12.6万 清退; 教务处主任 诫勉谈话, 经办人 批评教育."),
    F("no-accountability", 5, "1 teacher 党内警告, 3 批评教育, income returned."),
    F("no-accountability", 3, "总务处主任 诫勉谈话."),
    F("no-mechanism", 2, "《校园网站和新媒体信息发布审核办法》."),
    F("no-mechanism", 3, "《学生食堂管理办法》《伙食费收支管理规定》."),
    F("no-mechanism", 5, "《在职教师有偿补课行为查处办法》."),
    F("no-owner", 1, "副校长宓书衡 is 责任领导 (the gap is the slogan measure)."),
    F("no-deadline", 1, "长期坚持."),
], links=[
    L("努力形成全员育人、全过程育人、全方位育人的良好格局", 1), L("成立由语文、政治教师组成的图书审读小组", 2),
    L("终止与原承包方未经招标续签的合同", 3), L("违规收取的12.6万元已按原渠道全部清退", 4),
    L("对动员本班学生参加补课的1名教师给予党内警告处分", 5), L("党委办公室对照巡察反馈", 6), L("各年级党支部对照巡察反馈", 7)])

# p08 蕤阳县交通运输局党组: formal 反馈意见, （一）–（七） each heading + "表现在：" detail line; 四、整改要求 not problems.
# Report: public 整改进展情况通报, "问题一：…" items with 整改进展 + field line; #7 never answered.
G["p08"] = dict(mode="pair", issues=7, unanswered=[7], must_flag=[
    F("unanswered-issue", 7, "执法队伍建设滞后 (年龄, 持证率, 9 借调人员) has no item; the 通报 stops at 问题六."),
    F("no-owner", 3, "问题三 gives only “牵头单位：县交通运输综合行政执法大队” — no 责任领导, where every other item names one."),
    F("copied-measure", 2, "问题二 restates the feedback (杜绝中标单位违法转包, 加强…抽检, 督促路面厚度不达标的路段及时返工, 强化对监理单位履职情况的监督) as intentions — no action taken, no person dealt with for 转包."),
    F("late-report", None, "Feedback 2024-11-08, 三个月内 required; 通报 dated 2025-03-26: 138 days."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长喻长庚 heads the 领导小组, 第一责任人, 8 meetings, site visits."),
    F("no-disclosure", None, "A public 通报 with phone and address."),
    F("inconsistent-claim", None, "28 tasks = 23 done + 5 ongoing; 警告2, 政务警告1, 诫勉3, 约谈1 and 4.4万 / 1.3万 / 132万 match the items; 4 new + 2 revised rules."),
    F("no-accountability", 5, "副局长 党内警告, 财务股负责人 诫勉, 132万 归垫."),
    F("no-accountability", 4, "当事人 党内警告, 单位负责人 约谈, 1.3万 returned."),
    F("no-accountability", 3, "中队负责人 政务警告, 2 执法人员 诫勉, 4.4万 追缴."),
    F("no-mechanism", 1, "《农村公路“路长制”实施方案》."),
    F("no-mechanism", 3, "《超限超载治理罚款减免审批办法》《执法全过程记录管理规定》."),
    F("no-mechanism", 5, "《交通建设项目资金拨付管理办法》."),
    F("no-deadline", 6, "长期坚持."),
    F("no-deadline", 3, "2025年2月28日 (the gap there is the owner)."),
], links=[
    L("印发《蕤阳县农村公路“路长制”实施方案》", 1), L("坚决杜绝中标单位违法转包", 2), L("对2024年减免罚款的17笔案件逐案复查", 3),
    L("全部车辆安装北斗定位", 4), L("由局机关经费逐步归垫", 5), L("排查廉政风险点37个", 6)])

# p09 葙川区科学技术局 (report-only): （一）–（六） "关于“…”的问题" with 巡察指出：/整改情况：/field line (6).
G["p09"] = dict(mode="report-only", issues=6, unanswered=[], must_flag=[
    F("no-mechanism", 2, "科技项目资金 (验收走过场, 38万 骗补): recovery, 失信名单, 诫勉 and re-review, but no rule on 验收 or 资金监管 — every other item has one."),
    F("inconsistent-claim", None, "“6个问题已全部整改完成，19项整改措施全部落实到位，累计追回、清退各类资金52.6万元” while #1 is 正在持续推进 (due 2025-12-31), 6.6万 is still being sued for, the items list 18 measures and 31.4万 + 2.1万 = 33.5万."),
    F("weak-leadership", None, "No 领导小组 or 第一责任人; the 局长 never appears: “局里召开会议…分配到各科室落实…由办公室汇总”."),
], must_not_flag=[
    F("no-disclosure", None, "To be published on the district site with phone and e-mail."),
    F("late-report", None, "Feedback 2025-04-16, report 2025-07-14: 89 days."),
    F("no-accountability", 2, "原科室负责人 诫勉谈话, 31.4万 收回, 3 firms 失信名单."),
    F("no-accountability", 4, "2.1万 returned; 办公室主任 批评教育."),
    F("no-mechanism", 3, "修订《葙川区科技特派员管理考核办法》."),
    F("no-mechanism", 4, "《科技项目评审专家劳务费管理办法》."),
    F("no-mechanism", 6, "固定资产年度盘点制度."),
    F("no-owner", 2, "副局长栾思衡."),
    F("no-deadline", 1, "2025年12月31日."),
], links=[
    L("建立高新技术企业培育库", 1), L("依规收回科技补助资金31.4万元", 2), L("启用科技特派员服务手机打卡", 3),
    L("违规领取的2.1万元评审费已由14名局机关干部全部退回", 4), L("会上共提出批评意见47条", 5), L("腾退面积38平方米", 6)])

# p10 薸溪县供销社党组: 反馈意见 with 一、…六、 heading lines + "主要表现为：" detail (6); the 移交 sentence and the 要求 paragraph
# are not problems. Report: common form with 整改措施/责任领导/责任科室/整改时限 per problem.
G["p10"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-accountability", 4, "150万 lent without 党组 approval to a firm controlled by the 总经理's relative, 110万 outstanding: the report sends a 催收函 and writes a rule, but nobody is dealt with and nothing is recovered, though the feedback demanded 严肃追究有关人员责任."),
    F("no-deadline", 2, "社有资产 item: 整改时限 “结合合同到期情况逐步推进”, and the low-rent shops are to be handled “视情况适时…条件成熟时” — no date."),
    F("no-disclosure", None, "The feedback asks for 公开 to staff and society; the report never mentions publishing the rectification."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、理事会主任龚砚秋 heads the 领导小组, 第一责任人, 6 meetings, site visits."),
    F("late-report", None, "Feedback 2025-07-02, report 2025-09-24: 84 days."),
    F("inconsistent-claim", None, "24 measures = 18 done + 6 ongoing, never claims all done; 4 new + 1 revised rules."),
    F("no-accountability", 3, "8.7万 returned; 副经理 党内警告, 科长 诫勉谈话."),
    F("no-accountability", 5, "4.8万 退缴; 党内警告1, 诫勉1."),
    F("no-mechanism", 3, "修订《县级化肥储备管理办法》."),
    F("no-mechanism", 4, "《所属企业资金出借和对外担保管理规定》 (the gap there is accountability)."),
    F("no-mechanism", 5, "《所属企业负责人监督管理办法》《“三重一大”事项报告制度》."),
    F("no-deadline", 6, "2025年9月15日，已完成；党员发展长期坚持."),
    F("no-owner", 4, "党组书记龚砚秋 is 责任领导."),
], links=[
    L("对6个“空壳”基层社逐一制定改造方案", 1), L("其中5间已通过县产权交易中心公开招租", 2),
    L("多领取的储备补贴8.7万元全部退还县财政", 3), L("已向借款企业发出催收函", 4),
    L("违规兼职领取的报酬4.8万元已全部退缴", 5), L("新成立党支部2个", 6)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
