"""Write p01..p10/gold.json (dev-pairs gold format) for dev107. The gold is hand-judged; this file only keeps it in
one place. Modelled on dev44's make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 藠山县风力发电有限责任公司党支部 (enterprise round of the 县国资委党委): 反馈意见 with areas （一）（二）（三）…方面 and
# continuous 1．–10． heading。detail; 二、整改意见 （一）–（三） are not problems.
# Report: DOCX, covering text + landscape Word table 序号/问题表现/原因剖析/整改措施/整改成效/责任领导/完成时限.
G["p01"] = dict(issues=10, unanswered=[], must_flag=[
    F("no-owner", 9, "Row 9's 责任领导 cell is “公司各部门”: no leader and not even one department; every other row names a leader."),
    F("no-accountability", 7, "The feedback says about 0.8万 of fuel was over-claimed; row 7 only writes a 派车单 rule and fits GPS: the money is not recovered and nobody (driver, approver) is dealt with."),
    F("inconsistent-claim", None, "Row 6's 整改成效 says the 5.4万 “已全部清退到位” and the covering text says all 10 problems and 31 measures are done, while row 6's own 整改措施 says only 3.9万 is back and 1.5万 “正在…协调扣回”."),
], must_not_flag=[
    F("weak-leadership", None, "领导小组 headed by 党支部书记、董事长厍鸣岐, 第一责任人, 直接部署、直接过问、直接督办, 6 meetings, 4 site visits."),
    F("late-report", None, "Feedback 2025-04-22, report 2025-07-14: 83 days, inside three months."),
    F("no-disclosure", None, "“同步在县国资委网站和公司厂区公示栏公开” with a 监督电话."),
    F("no-owner", 3, "副总经理逄知白 in the 责任领导 column."),
    F("no-accountability", 3, "风电场场长亓万钧 诫勉谈话."),
    F("no-accountability", 6, "原综合部主任禚立春 党内警告 and money being returned (the gap there is the claim)."),
    F("no-accountability", 8, "Too few party meetings: a lapse of practice, no wrongdoing to punish."),
    F("no-mechanism", 7, "《生产用车管理规定》 is made (the gap there is accountability)."),
    F("no-mechanism", 6, "修订《公司薪酬及津补贴管理办法》."),
    F("no-deadline", 8, "“2025年12月31日” in the 完成时限 column."),
    F("no-deadline", 9, "“2025年5月31日” (the gap there is the owner)."),
    F("copied-measure", 1, "The 问题表现 column restates the feedback by design; the 整改措施 cell is acts (专班, 9-item list, weekly调度)."),
    F("vague-measure", 2, "The 原因剖析 cell is general (理解不深、执行不严、监督不到位) but the measures are concrete (补充研究, 提醒谈话, a 50万 threshold)."),
], links=[
    L("成立项目前期工作专班", 1), L("将运维外包合同提交党支部会议补充研究", 2), L("完成3台超期风机的年度定检", 3),
    L("按合同约定扣减外包单位考核款2.6万元", 4), L("组织财务、物资部门对仓库全面盘点", 5),
    L("给予批准发放补贴的原综合部主任禚立春党内警告处分", 6), L("实行派车单制度", 7),
    L("制定2025年度“三会一课”计划", 8), L("制定《微信公众号信息发布审核制度》", 9),
    L("对2名中层干部补充履行民主推荐和考察程序", 10)])

# p02 蕹城县区域医学检验中心党支部: 组长's 反馈会 speech (GB18030, CRLF) with 第一，…第九，; 一要…三要 not problems.
# Report: （N）关于“…”的问题 with 问题表现/原因剖析/整改措施/责任领导…/整改成效 lines, closing 长效机制 and 下一步. GOOD.
G["p02"] = dict(issues=9, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "领导小组 headed by 党支部书记、主任隗书蘅, 第一责任人, 亲自部署/督办, 3 field visits."),
    F("late-report", None, "Speech 2025-05-13, report 2025-08-01: 80 days."),
    F("no-disclosure", None, "“已在县卫生健康局门户网站和中心公示栏公开” with a 监督电话."),
    F("inconsistent-claim", None, "8 done + 1 (互认) long-term = 9; 1.86万 and 0.42万 match items (六) and (五); 诫勉2 (五), 批评教育3 ((四)(六)(九)); 4 new + 2 revised rules all named."),
    F("no-owner", 4, "No 责任领导 line under (四), but its 整改成效 says “该项整改由副主任詹若渔牵头”."),
    F("no-deadline", 4, "“已于2025年6月20日完成” in (四)'s 整改成效."),
    F("no-deadline", 8, "(八)'s line names only the leader, but 整改成效 dates the 竞聘 “2025年7月15日”."),
    F("no-mechanism", 6, "The rule is in the closing 长效机制 section: “针对检验收费不规范问题新建《检验收费月度自查制度》”, plus 套项互斥规则 in the system."),
    F("no-accountability", 5, "2名科室负责人 诫勉谈话 and 0.42万 上交."),
    F("no-accountability", 4, "设备科科长 批评教育; the instruments registered."),
    F("no-accountability", 8, "Vacant posts and training: no wrongdoing."),
    F("copied-measure", 2, "问题表现 restates the feedback by design; the measures are acts (更换校准品, system push)."),
    F("vague-measure", 7, "原因剖析 is general (责任意识不强…督导不到位) but the measures are concrete (monthly meetings, 3 积极分子, 18 criticisms)."),
    F("no-deadline", 1, "“2025年7月31日，结果互认长期推进”."),
], links=[
    L("与14个乡镇卫生院逐一签订标本集中送检协议", 1), L("对4个不合格项目逐一开展原因分析", 2),
    L("为6辆转运车辆配备带数据记录功能的冷链箱18个", 3), L("全部纳入县医共体集中采购平台", 4),
    L("对2名科室负责人进行诫勉谈话", 5), L("多收的1.86万元已通过原渠道全部退还患者", 6),
    L("支部委员会每月至少召开1次", 7), L("通过竞聘选任2名科室负责人", 8), L("对19台设备逐台核实来源和价值", 9)])

# p03 蓂溪九年一贯制学校党支部: HTML news page (UTF-8) with inline 一是…八是 in one paragraph; 要求 paragraphs not problems.
# Report (UTF-16 LE): own （一）–（七） headings, 【问题表现】【原因剖析】【整改措施】【整改成效】 on four items,
# 【整改措施】【完成情况】 only on three; problem 六 (课后服务经费) skipped, so （六）/（七） answer problems 7 and 8.
G["p03"] = dict(issues=8, unanswered=[6], must_flag=[
    F("unanswered-issue", 6, "课后服务经费 (1.2万 paid to non-serving staff, no 教职工大会) is answered nowhere: the report's （六） is problem 7 and （七） is problem 8."),
    F("no-deadline", 3, "（三） safety hazards: bracket gives only “责任人：副校长骆雁南”, 完成情况 “正在联系厂家，持续推进” — no date; every other item has one."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人: “召开校长办公会议进行研究…由学校办公室负责整改材料的收集汇总”, though the feedback asked the 党支部书记 to be 第一责任人 (and problem 7 is about the 党支部 being bypassed)."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-03-17, report 2025-06-06: 81 days."),
    F("no-disclosure", None, "“整改情况已在学校公示栏和县教育局网站公开”."),
    F("inconsistent-claim", None, "Only “大部分已整改到位” overall; 3.6万 refunded = 3.6万 charged; 0.48万 补课费 returned."),
    F("no-accountability", 5, "教导主任 诫勉谈话, 分管副校长 提醒谈话, 3.6万 refunded."),
    F("no-accountability", 8, "2名教师 警告处分 and fees returned."),
    F("no-owner", 3, "副校长骆雁南 is named (the gap there is the time limit)."),
    F("no-deadline", 1, "“2025年4月30日，此后长期坚持”."),
    F("no-mechanism", 4, "《学校食堂陪餐管理办法》."),
    F("no-mechanism", 7, "《学校党支部会议议事规则》 and a revised 校长办公会议议事规则."),
    F("unanswered-issue", 7, "Answered under the report's own （六） heading, which names the 党组织领导的校长负责制 problem."),
    F("copied-measure", 2, "【问题表现】 restates the feedback by design; the measures are acts (monthly checks, fortnightly 教研, 11 汇报课)."),
], links=[
    L("实行年级作业统筹", 1), L("修订《教学常规检查办法》", 2), L("清理教学楼消防通道堆放的杂物", 3),
    L("大宗食材采购委托县教育局统一招标配送", 4), L("将收取的3.6万元全部退还学生家长", 5),
    L("制定《学校党支部会议议事规则》", 7), L("给予2名有偿补课教师警告处分", 8)])

# p04 萴溪市强制隔离戒毒所党委 (市司法局党委 round): DOCX with bold （一）–（十一） heading paragraphs + detail paragraphs;
# 二、整改要求 一要…三要 not problems. Report (GB18030): 一、关于“…”的问题 with 存在问题/问题根源/整改措施/责任…/完成情况,
# 长效机制 as a fifth part on three items; 八、 and 十、 carry the same pasted paragraph.
G["p04"] = dict(issues=11, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2024-11-14 with a 三个月内 limit; report dated 2025-03-28: 134 days."),
    F("no-mechanism", 5, "药品出入库无台账 and mixed funds plainly need a lasting rule; the measures only count, destroy and re-book, and the only 制度 words are in the 问题根源 (药品管理制度不健全、执行不严). No 长效机制 part."),
    F("repeated-measure", 8, "八、's 整改措施 is a general paragraph (坚持把巡察整改作为重大政治任务…件件有着落、事事有回音…) pasted again under 十、 after a different first clause; nothing on the 协议, 结算复核 or 报酬."),
    F("repeated-measure", 10, "十、 repeats 八、's paragraph word for word after its own first clause; nothing on age structure, training or 心理咨询师."),
], must_not_flag=[
    F("weak-leadership", None, "领导小组 headed by 党委书记、所长亢慕贤, 第一责任人, 4 党委会议, 5 推进会, 6 checks."),
    F("no-disclosure", None, "“整改情况将在市司法局门户网站公开”."),
    F("inconsistent-claim", None, "10 done + 1 长期坚持 (十、 持续推进); 2.14万 = 0.74万 + 1.4万; 党内警告1, 政务警告2, 诫勉1, 提醒1, 通报批评3, 批评教育4 (2+1+1); 4 new + 2 revised rules named."),
    F("no-mechanism", 4, "The rule is in the 长效机制 part: 《戒毒人员所内消费管理办法》."),
    F("no-mechanism", 3, "长效机制: 《夜间巡查电子签到管理规定》."),
    F("no-mechanism", 11, "长效机制: 修订《执法档案管理规定》."),
    F("no-accountability", 6, "时任办公室主任 党内警告, 副所长 诫勉, 1.4万 退赔."),
    F("no-accountability", 7, "3 民警 通报批评, 2 民警 政务警告."),
    F("no-accountability", 4, "0.74万 returned; 财务科科长 批评教育."),
    F("no-owner", 5, "副所长甄绍棠 (the gap there is the rule)."),
    F("no-deadline", 5, "2025年1月31日."),
], links=[
    L("制定2025年度中心组学习计划", 1), L("逐人重新制定个别化矫治方案", 2), L("更换损坏的监控探头17个", 3),
    L("下调价格高于市场的商品43种", 4), L("对医务室药品进行全面盘点", 5), L("由相关责任人全额退赔", 6),
    L("给予检查不严的2名民警政务警告处分", 7), L("针对生产习艺项目管理不规范的问题", 8),
    L("3个大队党支部于2025年1月完成换届选举", 9), L("针对民警队伍建设存在短板的问题", 10),
    L("补齐材料不全的档案13份", 11)])

# p05 薤川县红色教育培训中心党支部: 问题清单 问题1：…问题9： + 具体表现： (UTF-8, CRLF); 整改要求 not a problem.
# Report: public HTML 整改进展情况的通报 (UTF-8) with 信息公开 header; 问题N： + 原因剖析/整改措施(bracket)/整改成效.
G["p05"] = dict(issues=9, unanswered=[], must_flag=[
    F("vague-measure", 4, "问题4's 整改措施 is slogans only (进一步规范…严格执行…切实加强…不断提升…) and its 成效 “进一步规范”: nothing on the 备案标准 or the 3.1万 返点."),
    F("copied-measure", 7, "问题7's 整改措施 turns the feedback's words into a promise (严格意识形态阵地管理，及时纠正…，强化讲解员培训考核，杜绝流于形式) with no act done; 成效 “不断加强”."),
    F("inconsistent-claim", None, "“反馈的9个问题已全部完成整改”, and 问题9's 成效 says 接送车辆资质核验“已全部完成”, while 问题9's measures say 3 vehicles “正在办理” and 问题1 is “持续推进”."),
], must_not_flag=[
    F("weak-leadership", None, "领导小组 headed by 党支部书记、主任庾鸿远, 第一责任人, 5 meetings."),
    F("late-report", None, "Feedback 2025-06-10, 通报 2025-08-28: 79 days."),
    F("no-disclosure", None, "A public 通报 on the county government site (主动公开) with phone, address and a comment deadline."),
    F("no-accountability", 5, "1.7万 退赔, 办公室主任 诫勉谈话."),
    F("no-accountability", 3, "0.96万 追回, 经办人员 批评教育."),
    F("no-accountability", 6, "0.9万 补入账, 前台负责人 批评教育."),
    F("vague-measure", 8, "Opens with 坚持把党的政治建设摆在首位 but then a plan, a 专题组织生活会 with 53 problems, quarterly 党课."),
    F("copied-measure", 2, "The heading restates the problem; the measures are acts (17 corrections, a 审核制度, 2 new sites)."),
    F("no-owner", 4, "副主任邬承德 (the gap there is the slogan measure)."),
    F("no-deadline", 1, "2025年12月31日 (持续推进 with a date)."),
    F("no-mechanism", 6, "《客房收入日结管理制度》."),
    F("no-mechanism", 9, "《现场教学接送车辆管理规定》 (the gap there is the claim)."),
], links=[
    L("停止承接与红色教育无关的商务会议和团建活动", 1), L("更正与史料记载不符的内容17处", 2), L("制定《外聘教师管理办法》", 3),
    L("进一步规范培训收费行为", 4), L("超标准接待费用1.7万元已由相关责任人全部退赔", 5), L("食堂经营权于7月重新公开招标", 6),
    L("中心党支部将严格意识形态阵地管理", 7), L("制定主题党日年度计划", 8),
    L("已与2家具备营运资质的客运公司签订现场教学接送服务协议", 9)])

# p06 蘩阳县渔业船舶检验站党支部: 反馈意见 (GB18030) with areas 一、二、三、在…方面 and RESTARTING 1．–4． (4+4+4 = 12).
# Report: DOCX, bold item headings 一、–十二、, bold label paragraphs 问题表现/原因剖析/整改措施/责任分工/整改成效, 下一步打算 on three.
G["p06"] = dict(issues=12, unanswered=[], must_flag=[
    F("no-accountability", 6, "3 certificates signed without boarding, one ship missing life-saving gear: the certificates are revoked and a photo rule made, but no 检验员 or 复核人 is dealt with, though the 原因剖析 itself names the 检验员's 法纪意识淡薄 and the feedback asked for 依规依纪严肃处理."),
    F("no-mechanism", 5, "Cash fees held by inspectors plainly need a rule; the only rule is a promise under 下一步打算 (“下一步将研究制定《检验收费管理制度》”); the measures are a posted fee list and a one-off check."),
    F("no-disclosure", None, "No public disclosure of the rectification anywhere, though the feedback asked for it; the 公开栏/张贴/公布 words are about a ship notice, a fee list and dues inside the branch."),
], must_not_flag=[
    F("weak-leadership", None, "领导小组 headed by 站长、党支部书记眭守衡, 第一责任人, 4 meetings, 直接督办."),
    F("late-report", None, "Feedback 2025-04-08, report 2025-06-30: 83 days."),
    F("inconsistent-claim", None, "9 done + 3 named ongoing (二、三、十一); 批评教育4 (五 ×2, 七, 十); 3 new rules (四、六、八) + 1 revised (七)."),
    F("no-owner", 2, "责任分工 gives only a date, but 整改成效 says “此项工作由副站长郦南坪牵头”."),
    F("no-mechanism", 8, "整改成效: “已印发《检验设备管理办法》”."),
    F("no-mechanism", 6, "《登船检验影像留存制度》 (the gap there is accountability)."),
    F("no-accountability", 7, "0.6万 returned; 会计 批评教育."),
    F("no-accountability", 5, "2 检验员 批评教育 (the gap there is the rule)."),
    F("no-accountability", 3, "Slow digitisation: no wrongdoing."),
    F("no-accountability", 4, "Service design: no wrongdoing."),
    F("no-deadline", 2, "2025年9月30日."),
    F("no-owner", 5, "站长眭守衡."),
], links=[
    L("对9艘未按期检验的渔船全部登船检验", 1), L("对船主明确的5艘依法拆解", 2), L("全部录入全省渔船检验管理系统", 3),
    L("推行检验申请“一次告知、一次办结”", 4), L("对2024年以来的检验收费逐笔核对", 5), L("撤销3份违规签发的检验证书", 6),
    L("超标准报销的0.6万元已由相关人员全部退回", 7), L("对全站检验设备全面清查", 8), L("支部委员会每月召开1次", 9),
    L("督促该党员补交党费", 10), L("暂停证书过期检验员的检验资格", 11), L("对4笔往来款逐笔核实", 12)])

# p07 荮原县企业退休人员社会化管理服务中心党支部: 组长's speech with three 从…看 paragraphs and RESTARTING inline
# 一是… (3+4+3 = 10); 一要…四要 not problems. Report (UTF-8, CRLF): covering text + ｜-row ledger
# 序号｜存在问题｜原因剖析｜整改措施｜整改成效｜责任人｜完成时限.
G["p07"] = dict(issues=10, unanswered=[], must_flag=[
    F("late-report", None, "Speech 2025-03-06 with a 三个月内 limit; report dated 2025-06-30: 116 days."),
    F("no-deadline", 8, "Row 8's 完成时限 is “视维修改造进度推进” and its 成效 “正在推进”: no date."),
    F("vague-measure", 10, "Row 10's 整改措施 is slogans only (进一步转变工作作风，切实增强…不断提升…) and 成效 “进一步好转”: nothing on visits to 高龄 retirees."),
], must_not_flag=[
    F("weak-leadership", None, "领导小组 headed by 中心主任、党支部书记尉迟岚, 第一责任人, 3 meetings."),
    F("no-disclosure", None, "“已在县人力资源和社会保障局网站公开”."),
    F("inconsistent-claim", None, "8 done + 2 named ongoing; 5.75万 = 3.5 + 0.45 + 1.8; 警告1, 诫勉2, 批评教育2, 调离1; 4 制度 named (rows 2, 6, 8, 9)."),
    F("no-accountability", 2, "2 认证 staff 诫勉谈话, money recovered or in enforcement."),
    F("no-accountability", 4, "0.45万 recovered, 经办人员 批评教育."),
    F("no-accountability", 5, "原中心主任卞守拙 党内警告, 1.8万 returned."),
    F("no-accountability", 1, "Slow hand-over: no wrongdoing."),
    F("no-accountability", 8, "Closed activity room: no wrongdoing (the gap there is the time limit)."),
    F("no-owner", 8, "副主任池雪樵 (the gap there is the time limit)."),
    F("no-mechanism", 2, "《养老待遇领取资格认证管理办法》 and monthly data checks."),
    F("no-mechanism", 6, "修订《中心财务管理制度》."),
    F("no-deadline", 2, "2025年6月30日."),
], links=[
    L("完成移交1046人", 1), L("每月与县公安局、县民政局比对死亡人员数据", 2), L("对132份档案逐份补齐材料", 3),
    L("重复发放的慰问金0.45万元已全部追回", 4), L("1.8万元购物卡已由干部职工全部折价退回", 5), L("修订《中心财务管理制度》", 6),
    L("梳理“一次办”事项清单23项", 7), L("对老年活动室进行维修改造", 8), L("逐一联系31名退休党员", 9), L("进一步转变工作作风", 10)])

# p08 茳桥县城市户外广告管理处党支部: HTML news page in GB18030 (charset=gb18030), all problems in one
# “存在…；…；…等问题” sentence (8). Report (UTF-8): own 一、–七、关于…的问题 items with 问题表现/原因剖析/整改措施/整改成效,
# 长效机制 on two; problem 5 (公益广告比例) skipped, so the report's 五、六、七、 answer problems 6, 7, 8.
G["p08"] = dict(issues=8, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "公益广告发布比例未达到规定要求 is answered nowhere."),
    F("copied-measure", 3, "三、's 整改措施 is the feedback turned into a promise (严格…安全检查，杜绝流于形式，在台风季前组织全面排查) with no count, no date of a check done; 成效 “进一步加强”."),
    F("no-accountability", 6, "Fee cuts “为关系单位”: money is being reclaimed and a rule made, but nobody who granted them is dealt with, though the 原因剖析 names 个别领导干部 and the feedback asked for 处理到人."),
], must_not_flag=[
    F("weak-leadership", None, "领导小组 headed by 党支部书记、处长鄢映川, 第一责任人, 4 meetings, 3 site visits."),
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-12: 84 days."),
    F("no-disclosure", None, "“已在县城市管理局网站公开” (the 处务公开栏公示 of fee cuts is a rule, not the disclosure)."),
    F("inconsistent-claim", None, "86万 = 52万 + 34万 (分期); 21.6万 = 14.2万 + 7.4万; 诫勉1, 暂扣执法证1, 批评教育2; 5 rules named."),
    F("no-owner", 2, "二、 has no bracket, but 整改成效 says “此项工作由副处长闵岫云牵头”."),
    F("no-deadline", 2, "“已于2025年7月10日全部完成”."),
    F("no-mechanism", 4, "The rule is in the 长效机制 part: 《户外广告位有偿使用费征收管理办法》."),
    F("no-mechanism", 6, "《广告位使用费减免审批办法》 (the gap there is accountability)."),
    F("no-accountability", 7, "1 执法人员 暂扣执法证 and moved, 2 批评教育."),
    F("no-accountability", 2, "审批科科长 诫勉谈话."),
    F("copied-measure", 1, "Opens by restating the problem (针对…整治不彻底的问题) and then acts: 137 boards removed, 212 signs fixed, a weekly linkage."),
    F("unanswered-issue", 6, "Answered under the report's 五、 heading (违规为关系单位减免)."),
], links=[
    L("拆除违规户外广告牌137块", 1), L("对未经安全评估的19处全部补做安全评估", 2), L("严格大型户外广告设施安全检查", 3),
    L("对欠费的27家单位逐户下达催缴通知书", 4), L("对2023年以来的减免事项逐笔清理", 6),
    L("对2024年以来的86件行政处罚案卷逐件评查", 7), L("设立“党员示范岗”5个", 8)])

# p09 藋岭县公路勘察设计院党支部: 反馈意见 (UTF-16 LE) with （一）–（十三） heading。detail. Report (GB18030, CRLF):
# （一）–（十三）关于…的问题, four parts on the first six items only, 整改措施/责任人/完成情况 on the rest. Plainly weak.
G["p09"] = dict(issues=13, unanswered=[], must_flag=[
    F("weak-leadership", None, "No 领导小组, no 第一责任人: “召开院务会议进行了专题研究…明确由综合办公室牵头、各科室按照职责分工抓好整改”, though the feedback asked the 党支部书记 to be 第一责任人."),
    F("no-disclosure", None, "Nothing is made public, though the feedback asked for it."),
    F("no-owner", 11, "（十一）'s 责任人 is “全院各科室”: no person."),
    F("no-accountability", 7, "A 副院长's private use of a car and 0.9万 of his private fuel paid: the car is taken back and a rule made, but the 0.9万 is not recovered and nobody is dealt with."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-05-27, report 2025-08-20: 85 days."),
    F("inconsistent-claim", None, "No total claimed; 41万 = 29万 + 12万 (协议); 12.8万 returned; 0.62万 recovered."),
    F("no-accountability", 6, "12.8万 returned; 财务科科长 批评教育."),
    F("no-accountability", 4, "副院长贲南山 诫勉谈话."),
    F("no-accountability", 2, "2 项目负责人 扣减年度绩效 and 通报批评."),
    F("no-accountability", 8, "0.62万 recovered; 审核人员 批评教育."),
    F("no-accountability", 11, "Staff shortage: no wrongdoing."),
    F("no-mechanism", 13, "重新修订《内部控制制度汇编》 with half-yearly checks."),
    F("no-mechanism", 7, "《公务用车使用管理规定》 (the gap there is accountability)."),
    F("no-owner", 7, "院长郜明远 (the gap there is accountability)."),
    F("no-deadline", 11, "2025年12月31日 (the gap there is the owner)."),
], links=[
    L("对2025年承担的21个农村公路项目逐一编排设计进度计划", 1), L("对2个项目的勘察资料进行复核分析", 2),
    L("实行设计文件“三级校审”", 3), L("终止与个人的全部合作", 4), L("聘请法律顾问对11份合同进行补充审核", 5),
    L("超范围发放的12.8万元已由相关人员全部退回", 6), L("将该勘察用车收回院里统一调度", 7),
    L("重复发放的外业补助0.62万元已全部追回", 8), L("党支部会议每次安排研究1项业务工作", 9),
    L("对该名预备党员的发展程序进行复查", 10), L("制定人才引进和培养计划", 11), L("涉密测绘成果实行专人管理", 12),
    L("重新修订《内部控制制度汇编》", 13)])

# p10 蘅台县纸业有限责任公司党总支: 反馈意见 with 一、–十一、 heading。detail; 整改建议 （一）–（三） not problems.
# Report: 第一/二/三部分; each 一、关于“…”的问题 holds numbered parts （一）问题表现 （二）原因剖析 （三）整改措施
# （四）整改成效 and sometimes （五）长效机制 — the （N） are parts, not problems. GOOD.
G["p10"] = dict(issues=11, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "领导小组 headed by 党总支书记、董事长邴承嗣, 第一责任人, 5 meetings, 4 site checks, 直接督办."),
    F("late-report", None, "Feedback 2025-06-17, report 2025-09-05: 80 days."),
    F("no-disclosure", None, "“已在公司官方网站和厂务公开栏公开” with a 监督电话."),
    F("inconsistent-claim", None, "8 done + 3 named ongoing; 90万 + 60万 (frozen) = 150万; 268万 + 159万 = 427万; sanctions 1+1+1, 诫勉2, 批评教育3; 6 new + 3 revised = the 9 rules of 下一步."),
    F("no-owner", 10, "十、's bracket gives only a date, but 整改成效 says “由党总支副书记、工会主席殳文秀牵头”."),
    F("no-mechanism", 5, "The rule is in the （五）长效机制 part: 《应收账款管理办法》."),
    F("no-deadline", 11, "“2025年12月31日，此后长期坚持”."),
    F("no-deadline", 1, "2025年12月31日, 持续推进."),
    F("no-accountability", 1, "Slow reform: no wrongdoing."),
    F("no-accountability", 11, "Ageing staff: no wrongdoing."),
    F("no-accountability", 6, "原副总经理 党内严重警告; 90万 back, 60万 frozen."),
    F("no-accountability", 8, "原设备部经理 政务警告 after the 纪检监察组's check."),
    F("vague-measure", 9, "Opens with 坚持以高质量党建引领企业高质量发展 but then the 章程 amended and a 22-item 前置清单."),
    F("repeated-measure", 2, "二、 and 三、 open with the same clause (坚持当下改与长久立相结合。) but their measures differ entirely (monitoring and records vs confined spaces and a drill)."),
    F("repeated-measure", 3, "Same shared opening clause as 二、, followed by its own acts."),
], links=[
    L("重新修订混合所有制改革方案", 1), L("对污水处理站在线监测设备进行校准", 2), L("对全厂有限空间逐一辨识", 3),
    L("地磅房安装视频监控", 4), L("对逾期应收账款逐户建档", 5), L("向借款企业发出催收函并约谈其负责人", 6),
    L("2.4万元购物卡款已由相关管理人员全部退回", 7), L("对2023年以来的设备采购和工程项目逐项清查", 8),
    L("修订公司章程，将党建工作要求写入章程", 9), L("8月召开公司二届三次职工代表大会", 10),
    L("通过竞聘选拔35岁以下中层管理人员3名", 11)])

for name, g in G.items():
    out = {"mode": "pair", "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
