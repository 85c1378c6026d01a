"""Write p01..p10/gold.json (dev-pairs gold format) for dev36. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev24/make/gold.py. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 菥川县林业局党组 (county bureau): formal 反馈意见 二、 with （一）–（六） heading。detail; 三、整改意见 not problems.
# Report: common 关于“…”的问题 items with 整改措施/责任领导/整改时限/完成情况 lines.
G["p01"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("copied-measure", 3, "(三)'s measure turns the feedback's own words back into bans (严格把好选聘关口, 坚决杜绝超龄人员、村干部近亲属未经公示担任护林员, 严禁常年外出务工人员领取劳务补助): the 9 超龄 and 2 亲属 护林员 are not dealt with, the 3 absentees' subsidies not stopped or recovered — yet 完成情况：已完成."),
    F("no-mechanism", 5, "(五) is one-off: 约谈 two secretaries, 补开 the missed 支委会, 重新整理 the records, name 2 积极分子 — no rule, plan or check for 三会一课 or 党员发展, while (一)(二)(四)(六) each set a 机制/规程/办法/台账."),
    F("inconsistent-claim", None, "Preamble: “6个方面问题已全部整改完成，21项整改措施全部落实到位”; (六): 15万元 “已委托律师提起诉讼，目前正在推进”, 整改时限 2025-06-30 (after the report date), 完成情况 “基本完成”."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长宓承林 heads the 领导小组 as 第一责任人, chaired 4 专题党组会议, led the 督导 at the 林场."),
    F("late-report", None, "Feedback 2025-02-26, report 2025-05-23: inside three months."),
    F("no-disclosure", None, "下一步 三是: published on the 县政府门户网站 to society."),
    F("copied-measure", 2, "(二) opens with the feedback's words (针对…未经党组会议研究即行支付的问题) but then acts: 补充提交党组会议复议, 6 台 灭火机 补交, 书面检查, a 规程."),
    F("no-mechanism", 1, "林长巡林“月提醒、季通报”工作机制 — a standing routine in unusual words."),
    F("no-mechanism", 2, "《局机关大额资金支付审批规程》 (5万元以上 via 党组会议)."),
    F("no-mechanism", 4, "修订《局机关公务接待管理办法》《公务用车使用管理规定》; “一函一单”“两单对照”."),
    F("no-mechanism", 6, "林地占用补偿费征缴台账, 每月由资源股对账."),
    F("no-deadline", 1, "整改时限：长期坚持 for a standing duty, with the one-off parts done."),
    F("no-owner", 4, "责任领导 named by post: 局党组纪检组组长."),
    F("no-owner", 5, "责任领导 named by post: 机关党委书记 (the gap there is the missing mechanism)."),
    F("no-accountability", 4, "1.73万 退回, 私用油费 追缴, 办公室主任 诫勉谈话, 驾驶员 批评教育."),
], links=[
    L("由县林长办向相关林长发出提示函", 1), L("供货商已补交风力灭火机6台", 2), L("严禁常年外出务工人员领取劳务补助", 3),
    L("违规报销的1.73万元餐费已由相关人员全部退回", 4), L("从林场青年职工中确定入党积极分子2名", 5),
    L("向欠缴的3家单位下发催缴通知书", 6)])

# p02 藠坪镇党委 (township): 反馈意见 with areas 一、…方面 and continuous 1．–6．; the 原因 paragraph, 移交 sentence and
# 巡察组要求 are not problems. Report (GB18030): plain reworded headings 一、…的整改 with 一是…二是… inline and a bracket.
G["p02"] = dict(mode="pair", issues=6, unanswered=[6], must_flag=[
    F("vague-measure", 2, "二、耕地保护 is slogans only (提高思想认识, 压实各方责任, 进一步加强巡查力度, 以“零容忍”态度): nothing on the 7 违法建房, the 3 missed by 巡查 or the 村干部 who knew and did not report."),
    F("no-mechanism", 4, "四、 recovers 0.86万 and 3200元 and criticises one 主任, but sets no rule on 食堂/误餐 or 节日发放, unlike 一、 (monthly 汇报), 三、 (审核流程) and 五、 (储备计划)."),
    F("unanswered-issue", 6, "干部作风 (脱岗, 多头跑, 9 件重复信访) has no heading and no measure; only the closing general sentence “持续加强党员干部教育管理，以作风建设新成效推动各项工作提质增效”."),
], must_not_flag=[
    F("weak-leadership", None, "镇党委书记葛岚生 is 组长 and 第一责任人, 3 专题会议."),
    F("late-report", None, "Feedback 2024-09-12, report 2024-12-10: inside three months."),
    F("no-disclosure", None, "镇政务公开栏 and 镇政府网站, 向社会公开."),
    F("copied-measure", 1, "一、 opens with the feedback's words (针对衔接资金项目推进迟缓、联农带农作用发挥不明显的问题) and then gives dated starts, 73万 拨付, 14 棚 leased with 20 jobs."),
    F("no-mechanism", 3, "修订《藠坪镇村级财务审核流程》: 监委会签字 + 农经站复核 + 每季度随机抽审."),
    F("no-mechanism", 5, "后备力量储备计划, 每村不少于2名, 常态化开展; 包联 every month."),
    F("no-deadline", 5, "2024年12月底, 后备力量培养 常态化开展 — a legitimate standing duty."),
    F("no-accountability", 4, "0.86万 borne by those concerned, 3200元 收回, 主任 批评教育 + 书面检查 (the gap there is no rule)."),
    F("no-owner", 2, "副镇长宁殷 is 责任领导 (the gap is the slogans)."),
], links=[
    L("茶园提升项目于10月25日开工", 1), L("切实增强守住耕地红线的政治自觉", 2), L("新登记入账资产27项", 3),
    L("违规发放的购物卡3200元已全部收回上缴", 4), L("每村储备后备干部不少于2名", 5)])

# p03 蓼垭村党支部 (village): 反馈会 speech by the 巡察组组长 with 一是…五是 (5); 一要…三要 and the 三个月内 sentence are
# not problems. Report (CRLF): the secretary's first-person report, order 4,1,2,5,3.
G["p03"] = dict(mode="pair", issues=5, unanswered=[], must_flag=[
    F("copied-measure", 2, "三、村务公开: “我们深刻认识到村务公开不及时、不全面的问题，今后村里将做到村务公开及时全面…一律按要求公示…讲清楚” — the speech's words as a future promise; no 公开栏 update, no list posted, no 土地流转收益 account."),
    F("no-accountability", 4, "村道 28万 given to 委员莫某's relative without 四议两公开 and paid before the 监委会 signed: the report 补办手续, tests the road and writes a rule, but nobody (the 委员, whoever authorised payment) is 批评/约谈/处分, though the speech said 该追究责任的要追究责任，不能以补手续代替整改."),
    F("inconsistent-claim", None, "“一共列了16条整改措施…已经完成了14条，还有3条正在推进” (14+3=17), and later “5个问题已经全部完成整改” while 油茶基地 is due 年底前."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary writes as 第一责任人 and 组长; 镇包村领导 guides; 镇党委书记 came twice."),
    F("late-report", None, "Speech 2025-04-17, report 2025-07-15: inside three months."),
    F("no-disclosure", None, "Report 张贴 in the 村务公开栏 7 days; 镇纪委 named for complaints."),
    F("copied-measure", 1, "二、 opens with the speech's words (村集体经济发展路子窄、烘干房闲置) then a dated lease at 2.4万/year and a 12亩 流转."),
    F("no-mechanism", 4, "“先议后建、先验后付”的规矩 written into the 村规民约 by 村民代表会议 — a lasting rule in unusual words (the gap there is accountability)."),
    F("no-mechanism", 5, "Daily 值守 rota, phone published, 镇里每月抽查两次 tied to pay."),
    F("no-owner", 4, "Owner by post: 村委会主任."),
    F("no-owner", 2, "Owner by post: 村委会副主任 (the gap there is the copied promise)."),
    F("no-deadline", 3, "党员教育管理 长期坚持, owner 组织委员."),
    F("no-accountability", 3, "2 党员 欠党费: secretary's 谈话提醒, both 补交 — proportionate, no wrongdoing needing sanction."),
], links=[
    L("年租金2.4万元", 1), L("今后村里将做到村务公开及时全面", 2), L("对2名未按时交纳党费的党员由我本人进行了谈话提醒", 3),
    L("三家以上比选定施工方", 4), L("值班手机号码在村部门口和村民微信群公布", 5)])

# p04 县中西医结合医院党委 (hospital): 纪委 website news item, problems in one “巡察组指出…；…等问题” sentence (5); the
# 要求 paragraph (with 整改建议-like wording), 表态 and 移交 are not problems. Report: public 整改进展情况的通报 问题N：/整改情况：.
G["p04"] = dict(mode="pair", issues=5, unanswered=[], must_flag=[
    F("no-mechanism", 3, "问题三: 23 耗材 补充论证, 5 stopped, 约谈/批评 — but no 遴选/准入 rule, although the feedback's 要求 named 健全耗材遴选…内控制度 and every other item makes one."),
    F("copied-measure", 5, "问题五's 整改情况 is the news item's own 要求 sentence (把党支部建在科室上，推动党建工作与医疗业务深度融合，着力提高…“双带头人”比例…战斗堡垒作用) returned as the answer; no 支部书记 changed, no ratio."),
    F("late-report", None, "Feedback 2024-10-29, 通报 2025-02-26: about four months, beyond 三个月内."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记闵澄 is 组长 and 第一责任人, 6 党委会 on the rectification."),
    F("no-disclosure", None, "A public 通报 with phone, address and a comment deadline."),
    F("inconsistent-claim", None, "28 = 22 + 6; 8.64万 matches 问题二; 处分1 / 诫勉2 / 批评1 / 约谈5 (3+2) and 议事规则2 + 制度清单3 all match the items."),
    F("copied-measure", 2, "问题二 opens with the feedback's words (针对串换项目收费、超标准收费问题) then 自查, 8.64万 退回, 23 rules in the system, 约谈, 绩效 — concrete."),
    F("no-mechanism", 1, "修订 two 议事规则, 前置研究讨论事项清单; 常态化坚持."),
    F("no-mechanism", 2, "《医院医保基金使用内部管理办法》, 每月抽查、每季通报."),
    F("no-mechanism", 4, "“九不准”承诺清单 tied to 定期考核 and 一票否决 — a mechanism named as a 清单."),
    F("no-accountability", 4, "党内警告 + 调离, 2 诫勉谈话, 购物卡 上缴."),
    F("no-accountability", 3, "2 科室负责人 约谈, 设备科负责人 批评教育 (the gap there is the missing rule)."),
], links=[
    L("其中1项设备采购事项经复议后暂缓实施", 1), L("在收费系统中嵌入23条收费规则提示", 2), L("5种停止使用并办理退货", 3),
    L("调离临床岗位", 4), L("以高质量党建引领医院高质量发展", 5)])

# p05 芪阳市公交集团党委 (state firm): formal 反馈意见 一、（一）–（六） + 二、整改建议 1．–5． (not problems).
# Report: DOCX with an intro and a 7-column 整改台账 table (header + 6 rows).
G["p05"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("copied-measure", 2, "Row 2's measure is 整改建议2 reworded (进一步健全安全生产责任体系，加强事故分析和隐患闭环管理，全面提升…报警处置率) plus 确保…稳定; no 培训台账, no analysis of the 2 accidents, no figure — status 已完成."),
    F("inconsistent-claim", None, "Intro: “24项，已完成22项，整改完成率95.8%” — 22/24 is 91.7% (95.8% would be 23/24)."),
    F("no-deadline", 5, "Row 5's 完成时限 is “根据电网配套进度确定” and the remaining 42 piles go “随电网配套进度分批建设” — no date, while every other row has one."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记、董事长靳晗 is 组长 and 第一责任人, 5 推进会."),
    F("late-report", None, "Feedback 2025-05-08, report 2025-08-06: inside three months."),
    F("no-disclosure", None, "集团内网 and “芪阳公交”公众号 全文公开, 监督电话."),
    F("copied-measure", 4, "Row 4 opens with 整改建议3's words (落实双人清点、交叉复核制度，消除监控盲区) but then 8 cameras, a start date, 逐日核查, 1.2万 recovered, dismissal, 移送, 警告."),
    F("no-mechanism", 1, "修订《集团党委前置研究讨论重大经营管理事项清单》 (12类事项) — a mechanism named as a 清单."),
    F("no-mechanism", 4, "双人清点、交叉复核、日清日结 from 2025-06-01."),
    F("no-mechanism", 6, "“职工诉求月收集、季回应”制度, 长期坚持."),
    F("no-owner", 2, "责任领导 by post: 分管安全的副总经理 (the gap there is the copied measure)."),
    F("no-accountability", 4, "清点员 dismissed and 移送公安, 1.2万 recovered, 票务中心主任 警告."),
    F("no-accountability", 3, "时任组织人事部负责人 批评教育."),
    F("no-deadline", 6, "立行立改，长期坚持."),
], links=[
    L("将投资额500万元以上项目、场站建设改造等12类事项列入清单", 1), L("全面提升车辆动态监控报警处置率", 2),
    L("对5份涂改档案逐一调取原始材料进行认定", 3), L("清点室新增摄像头8个", 4), L("已新建充电桩32个", 5),
    L("在5个首末站设置职工餐点", 6)])

# p06 蘖溪中学党总支 (school): 反馈意见 with areas 一、二、三、 and 1．2． restarting in each (2+2+2 = 6); the 原因
# sentence and 整改要求 are not problems. Report: answers by number “针对反馈意见第N部分第M个问题”, #2 and #3 merged, #6 absent.
G["p06"] = dict(mode="pair", issues=6, unanswered=[6], must_flag=[
    F("no-mechanism", 1, "一、 is one meeting, one 批评教育 and one 集中清理 of sites and groups; the feedback's point was 信息发布缺乏审核把关, and no 审核 rule or routine is set."),
    F("vague-measure", 4, "三、食堂 is slogans only (牢固树立食品安全意识，进一步加强食堂管理…吃得放心、吃得满意): nothing on the 未招标 contract, 验收登记, 留样 or the 62%."),
    F("unanswered-issue", 6, "第三部分第2个问题 (教师校外有偿补课, 绩效“平均主义”) is never mentioned; the report ends after 第三部分第1个问题."),
], must_not_flag=[
    F("weak-leadership", None, "党总支书记、校长栾思远 is 组长 and 第一责任人, 4 专题会议."),
    F("late-report", None, "Feedback 2024-11-30, report 2025-02-28: exactly three calendar months (month-end), not more."),
    F("no-disclosure", None, "校内公示栏 and 学校公众号, to staff and parents."),
    F("inconsistent-claim", None, "17 = 15 + 2; the two open items are 三、 (持续推进) and 四、 (阶段性)."),
    F("unanswered-issue", 2, "Answered in the merged 二、 (一是 停止补课, 二是 “一周一晒”)."),
    F("unanswered-issue", 3, "Answered in the merged 二、 (三是 9.8万 清退, 四是 诫勉, 五是 办法)."),
    F("no-mechanism", 2, "作业“一周一晒” + 教务处每月抽查通报 + 纳入班主任考核 — a routine in unusual words."),
    F("no-mechanism", 3, "《蘖溪中学教辅资料选用管理办法》."),
    F("no-accountability", 3, "时任总务主任 诫勉谈话, 年级组长 批评教育, money returned."),
    F("no-deadline", 5, "长期坚持, with concrete steps done."),
    F("no-owner", 4, "副校长缪知秋 is 责任领导 (the gap there is the slogans)."),
], links=[
    L("删除不当信息11条", 1), L("立即停止初三年级周末集中补课", 2), L("9.8万元已按家长意愿全部清退", 3),
    L("努力让师生吃得放心", 4), L("重新设定党员先锋岗12个", 5)])

# p07 苕桥街道党工委 (street office): 反馈意见 （一）–（六） heading line + “具体表现：” line; the 原因/移交 paragraph and the
# closing request are not problems. Report: ｜-separated 整改台账 rows (header + 6).
G["p07"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-mechanism", 2, "Row 2 (老旧小区改造): audit, 核减18.6万, re-signing, repairs, 批评教育 — all case by case; nothing on 设计变更 or 现场签证 going forward."),
    F("copied-measure", 4, "Row 4 restates the feedback as 确保不再…: “确保不再以“会议费”名义列支工作餐费，确保公务车辆不再出现私用现象” + 防止反弹 — no check, no refund — status 已完成."),
    F("no-accountability", 4, "2.3万 工作餐费 and 4 unapproved weekend trips: nothing recovered, nobody named or dealt with."),
    F("inconsistent-claim", None, "Report dated 2025-06-18, but row 5 says the 2 拆迁 cases “已于2025年7月底前签订补偿协议，全部息诉罢访”, 完成时限 2025-07-31, 状态 已完成 — a future date reported as done (and counted in “已完成整改5个”)."),
], must_not_flag=[
    F("weak-leadership", None, "党工委书记敖清源 is 组长 and 第一责任人, 5 meetings, 2 site visits, 包案 2 cases."),
    F("late-report", None, "Feedback 2025-03-21, report 2025-06-18: inside three months."),
    F("no-disclosure", None, "“苕桥发布”公众号 and 政务公开栏, 监督电话."),
    F("copied-measure", 6, "Row 6 opens with the feedback's words (针对部分科室推诿扯皮、12345热线工单办结率偏低的问题) then 9 事项, 首接负责/超时预警, 96%, 包楼栋."),
    F("no-mechanism", 3, "“社区初审、街道复核、民政办抽查”三级审核 + “一榜公示”流程."),
    F("no-mechanism", 6, "“首接负责、超时预警” and “包楼栋、记日志” — standing routines in unusual words."),
    F("no-mechanism", 1, "“红色物业”考评 tied to 物业服务评星, 按季度主题党日, 常态化推进."),
    F("no-deadline", 1, "常态化推进 for a standing duty."),
    F("no-owner", 1, "Owner by post: 党工委副书记."),
    F("no-owner", 3, "Owner by post: 党工委副书记."),
    F("no-accountability", 3, "2.16万 追回, 政务警告 for the 亲属 case, 诫勉 for 初审/复核."),
    F("no-accountability", 2, "2 签证人员 批评教育; 施工单位 settled at the 核减 amount."),
], links=[
    L("新建楼栋党小组46个", 1), L("核减18.6万元", 2), L("追回6户不符合条件对象领取的救助金2.16万元", 3),
    L("确保公务车辆不再出现私用现象", 4), L("党工委书记包案2件", 5), L("梳理职责交叉事项9项", 6)])

# p08 蒴平县个私协会党支部 (association): 巡察办主任's 反馈会 speech, problems 第一，…第五， (5); the 原因 paragraph and
# 三点要求 一是…三是 are not problems. Report: 问题N：/整改情况： with “问题三、问题四：” merged.
G["p08"] = dict(mode="pair", issues=5, unanswered=[], must_flag=[
    F("copied-measure", 1, "问题一's 整改情况 flips the speech's words into intentions (进一步强化…政治引领作用, 切实加强…指导, 经常性组织…党建活动, 不断提高…组建率): no activity held, no 组建 figure."),
    F("no-owner", 2, "问题二 has only a 完成时限 line — no 责任人, where every other item names one — and its 电子票据 step is the one still 推进中."),
    F("vague-measure", 3, "In the merged heading the 服务会员企业 half is slogans only (坚持以会员需求为导向…不断创新服务方式、提升服务质量和水平…获得感和满意度): nothing on the 培训 or the 58%."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、会长鞠含章 is 组长 and 第一责任人, reviews every two weeks."),
    F("late-report", None, "Speech 2025-06-10, report 2025-09-05: inside three months."),
    F("no-disclosure", None, "Report published on the 协会网站."),
    F("inconsistent-claim", None, "15 = 14 + 1 (电子票据 in progress)."),
    F("unanswered-issue", 4, "Answered in the merged heading (指纹考勤, 公章登记簿, 3 uses traced)."),
    F("vague-measure", 4, "The 秘书处 half of the merged answer is concrete."),
    F("no-owner", 4, "责任人 by post: 协会秘书长."),
    F("no-owner", 5, "责任人 by post: 协会秘书长."),
    F("no-mechanism", 5, "《协会评比表彰活动管理办法》 + 备案."),
    F("no-mechanism", 2, "Yearly 会费收支预算 approved by the 会员代表大会, 超预算 via 理事会 — a standing rule in plain words."),
    F("no-accountability", 5, "3.2万 refunded to all 40, 副秘书长 诫勉谈话, 秘书长 批评教育."),
], links=[
    L("经常性组织开展会员企业党建活动", 1), L("已于6月20日全额入账", 2), L("不断创新服务方式", 3),
    L("设立公章使用登记簿", 4), L("已于7月8日前全部退还40户参评企业", 5)])

# p09 葎水县融媒体中心党总支 (public institution): formal 反馈意见 一、（一）–（五） heading。detail; the 原因 paragraph and
# 二、整改意见 are not problems. Report: reworded area headings 一、…方面 with 1．2．3． and a field line; 五、其他方面.
G["p09"] = dict(mode="pair", issues=5, unanswered=[5], must_flag=[
    F("late-report", None, "Feedback 2025-01-14, report 2025-05-09: beyond three months (due by 2025-04-14)."),
    F("no-mechanism", 2, "二、 collects money, disciplines 2 业务员 and 诫勉 the 经营部负责人, but sets no rule on 广告合同 集体研究 or 收款, though 整改意见（二） asked for 经营管理 制度 and the other items make one."),
    F("unanswered-issue", 5, "基层党组织标准化 (overdue 换届, 积分代填) is answered only by “五、其他方面”: “对巡察反馈的其他问题…同步研究、同步整改…提升中心党的建设质量” — no measure."),
    F("no-disclosure", None, "整改意见（四） asks for 向干部职工和社会公开; the report never mentions publishing (公开招聘 is hiring, not disclosure)."),
], must_not_flag=[
    F("weak-leadership", None, "党总支书记、主任邝闻笙 is 组长 and 第一责任人, 5 meetings."),
    F("inconsistent-claim", None, "31.5 + 12 + 3.8 = 47.3万; 18 = 15 + 3; #2 honestly 正在推进."),
    F("copied-measure", 1, "一、 opens with the feedback's words (针对新闻稿件“三审三校”制度执行不严的问题) then a revised 细则, 绩效, 培训, 季度通报."),
    F("no-mechanism", 1, "修订《新闻稿件三审三校实施细则》, 采编系统留痕, 每季度差错通报."),
    F("no-mechanism", 4, "采访用车“一事一派”登记规程, 出车单每周核对."),
    F("no-accountability", 2, "2 业务员 警告 and moved, 经营部负责人 诫勉谈话 (the gap there is the missing rule)."),
    F("no-accountability", 4, "0.92万 退回, 记者 批评教育."),
    F("no-deadline", 3, "人才队伍建设 长期坚持, with dated steps."),
], links=[
    L("审签记录在采编系统中留痕备查", 1), L("已收回应收广告款31.5万元", 2), L("与省广播电视学校合作开展职称培训", 3),
    L("与采访任务无关的差旅费0.92万元已由当事记者全部退回", 4)])

# p10 蕨园社区党委 (community): 纪委 website news item, “主要有：一是…五是…” (5); 要求, 强调, 表态, 信访 are not problems.
# Report: 居委会-signed report, order 4,5,1,2,3, 关于…的问题 headings with 一是… inline and (责任人；完成时限).
G["p10"] = dict(mode="pair", issues=5, unanswered=[], must_flag=[
    F("weak-leadership", None, "No 领导小组, no 第一责任人; the 党委书记 never appears: “召开“两委”会议进行了研究部署…由社区居委会具体负责，各网格分头落实”, though the feedback said 党委书记要亲自抓、负总责."),
    F("vague-measure", 3, "五、窗口服务 is slogans only (切实增强…服务意识，不断改进工作作风，进一步规范窗口服务行为…群众满意的服务窗口): nothing on 玩手机, 态度 or 跑两三趟."),
    F("inconsistent-claim", None, "“共梳理整改任务20项，已完成18项，整改完成率95%” — 18/20 is 90%."),
], must_not_flag=[
    F("late-report", None, "Feedback 2024-12-18 (news 12-19), report 2025-03-14: inside three months."),
    F("no-disclosure", None, "整改情况 in the 居务公开栏."),
    F("no-accountability", 4, "2 人 解聘, 1.44万 追回, 居委会委员 批评教育 + 书面检查."),
    F("no-mechanism", 4, "《蕨园社区公益性岗位人员管理办法》, 每日签到、每月考核公示."),
    F("no-mechanism", 5, "报销“四件套” as a 固定程序 with 季度抽查 — a rule in unusual words."),
    F("no-mechanism", 1, "服务情况每季度反馈原单位党组织, 常态化开展."),
    F("no-deadline", 1, "常态化开展 for a standing duty."),
    F("no-owner", 1, "Owner by post: 社区党委副书记."),
    F("copied-measure", 2, "四、 opens with the feedback's words (针对物业矛盾调处不力、居民群体上访的问题) then 4 三方协调会, 审计, 业委会."),
], links=[
    L("违规领取的岗位补贴1.44万元已全额追回", 4), L("2笔无法证实真实性的0.31万元由经办人退回", 5),
    L("设置“微心愿认领”“周末志愿岗”等服务项目14个", 1), L("物业费上涨方案暂缓执行", 2), L("进一步规范窗口服务行为", 3)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
