"""Write p01..p10/gold.json (dev-pairs gold format) for dev44. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev24/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蕺阳县医疗保障局党组 (county 医保 bureau): formal 反馈意见, 一、巡察发现的主要问题 with areas （一）…方面 and
# continuous 1．–7． heading。detail; 二、整改意见 （一）–（五） are not problems.
# Report: common 整改情况的报告, 关于“…”的问题 with 整改措施/责任领导/责任股室/整改时限/整改成效. GOOD REPORT.
G["p01"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长阚霁舟 heads the 领导小组, is 第一责任人, chaired the plan, 5 推进会, 4 site visits, 当面督办 two heads of section."),
    F("late-report", None, "Feedback 2025-04-08, report 2025-06-27: 80 days, inside the three months the feedback sets."),
    F("no-disclosure", None, "下一步 三是: the rectification goes on the bureau website and the 办事大厅公开栏, with a 监督电话."),
    F("inconsistent-claim", None, "25 measures = 23 done + 2 named long-term ones (#6 第四项, #7 第四项); 18.8万 = 14.6万 + 4.2万; 警告1 (#4), 诫勉2 (#1, #5), 批评教育2 (#4, #5); 4 new + 3 revised rules, all named in the items."),
    F("vague-measure", 3, "Opens with 深刻反思，切实提高政治站位 but then gives a 固定议题, a 28-task 责任清单, a revised 议事规则 and 21 廉政谈话."),
    F("copied-measure", 2, "“取消纸质证明材料” echoes the feedback's 纸质证明材料 but is an act done, with 326 online filings as the result."),
    F("no-accountability", 2, "A service shortfall (paper forms, unstaffed stations): nobody did wrong, no one to hold to account."),
    F("no-accountability", 1, "14.6万 recovered, two hospitals' agreements suspended, the 基金监管股股长 诫勉谈话 for the four-month delay."),
    F("no-accountability", 4, "党内警告 for the private use of the car, 书面检查 + 批评教育 for the office head."),
    F("no-accountability", 5, "4.2万 recovered; 经办人 诫勉谈话, 股长 批评教育."),
    F("no-deadline", 7, "轮岗 dated 2025-06-20, talent training 长期坚持 — a legitimate answer for a standing task."),
    F("no-deadline", 6, "前三项 dated 2025-05-31, 第四项 长期坚持."),
    F("no-deadline", 3, "“2025年5月31日，此后长期坚持”."),
    F("no-mechanism", 1, "《定点医药机构现场检查工作规程》 with full coverage and a 15-day start rule."),
    F("no-mechanism", 5, "《医疗救助资金审核拨付办法》 and 《医保信息系统账号权限管理规定》."),
    F("no-owner", 6, "党组副书记、机关党支部书记濮云岑 is 责任领导."),
], links=[
    L("对全县87家定点医药机构开展全覆盖现场检查", 1), L("确认违规结算医保基金14.6万元", 1), L("取消纸质证明材料", 2),
    L("开展廉政谈话共21人次", 3), L("实行“一事一函一清单”", 4), L("对3笔重复拨付的医疗救助资金4.2万元全部追回", 5),
    L("为2名调出人员办结组织关系转接手续", 6), L("新增专职稽核人员3名", 7)])

# p02 蘧山县司法局党组: 巡察组组长's 反馈会 speech, problems in prose paragraphs 第一，…第六，; the 原因 paragraph,
# 一要…三要 and the 三个月内 sentence are not problems. Report: the 党组书记's FIRST-PERSON report (GB18030), own order
# 3,2,4,1,6,5 with short headings.
G["p02"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("vague-measure", 5, "Report (六) on the 四风 (十余种报表, 上班外出不请假) is slogans only — 深刻认识…顽固性和反复性, 强化纪律意识, 切实转变工作作风, 持续为基层减负: no report cut, no attendance rule, no person."),
    F("no-accountability", 4, "11 cases overpaid by 1.8万 and the colleague's spouse's firm taking 四成 of cases without 回避: the report only 重新核算 and rewrites the tariff and the assignment — nothing recovered, nobody dealt with, although the speech said 该追回的资金要追回，该问责的要问责."),
    F("late-report", None, "Feedback 2024-09-12 with a 三个月内 limit (2024-12-12); the report is dated 2025-01-06: 116 days."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary writes as 第一责任人, heads the 领导小组, chaired 4 推进会, visited 3 司法所, 约谈 two deputies; (五) he leads himself."),
    F("no-disclosure", None, "“整改情况已在县司法局门户网站公开”."),
    F("inconsistent-claim", None, "22 measures = 19 done + 3 pending, and the 3 are named in 下一步 with dates; 诫勉1 + 批评1 (#3) + 提醒1 (#1); 3 rules (细则, 标准, 规程)."),
    F("no-accountability", 3, "矫正科工作人员 诫勉谈话, 司法所所长 批评教育; the two 脱管 persons 收监/警告."),
    F("no-accountability", 1, "法制审核股股长 提醒谈话 — a mild but real sanction in unusual words."),
    F("vague-measure", 6, "Opens with 从思想上找差距 but then three concrete acts (主题党日 4次, 指导员 for 3 firms, 8 示范岗)."),
    F("no-mechanism", 4, "修订《法律援助案件补贴发放标准》 and a 回避登记制度 (the gap there is accountability)."),
    F("no-mechanism", 1, "《行政规范性文件合法性审核工作规程》."),
    F("no-owner", 6, "“此项由我亲自牵头” — the secretary owns it."),
    F("no-owner", 2, "分管副局长冉知秋牵头."),
    F("no-deadline", 2, "Done items done; the one open post is 计划于2025年3月底前到位."),
], links=[
    L("9件未出具书面意见的文件已补充审核", 1), L("拖欠的村级人民调解员补贴共23.4万元已于10月全部发放", 2),
    L("组织对全县在册的126名社区矫正对象逐人核查", 3), L("修订《法律援助案件补贴发放标准》", 4),
    L("切实转变工作作风，持续为基层减负", 5), L("为3家未建立党组织的律师事务所选派党建工作指导员", 6)])

# p03 蔊江县统计局党组: 反馈问题清单 (GB18030) 问题1：…问题7： + 具体表现：; 整改要求 一是…四是 not problems.
# Report (UTF-8 CRLF): 问题N：/整改情况：/field line.
G["p03"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("copied-measure", 5, "问题5's 整改情况 restates the feedback (公务用车登记, 以“数据会商”名义在乡镇就餐) as a promise + 落到实处: no meal fees paid back, no car log fixed, no person."),
    F("no-mechanism", 2, "The feedback says 至今没有制定防范和惩治统计造假责任清单; the answer handles the 葑桥镇 case and runs one round of 督查 but makes no 责任清单 or rule, while every other substantive item names one."),
    F("inconsistent-claim", None, "“7个问题已全部整改完成，28项整改措施全部落实到位” while 问题4 says 4 signatures 正在联系补签 and 问题7 says 4 统计员 wait for June training, with a 完成时限 of 2025-06-30 after the report date."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长檀镜湖 heads the 领导小组, named 第一责任人, 3 township checks."),
    F("late-report", None, "Feedback 2025-03-05, report 2025-05-30: 86 days."),
    F("no-disclosure", None, "下一步 三是: 门户网站 and 机关公开栏, 监督电话."),
    F("copied-measure", 3, "Opens by restating the problem (针对意识形态工作责任制落实不够到位的问题) and then acts: 固定议题, 三审制度, a 批评教育."),
    F("no-accountability", 2, "站长 党内警告, 副镇长 诫勉谈话 after a 移送 to the 纪委监委."),
    F("no-accountability", 4, "3.6万 repaid to the special fund; 财务人员 批评教育."),
    F("no-mechanism", 1, "修订《联网直报数据审核和异常数据核查办法》."),
    F("no-mechanism", 3, "《门户网站信息发布三审制度》."),
    F("no-mechanism", 4, "《普查项目专项经费管理办法》."),
    F("no-mechanism", 7, "《乡镇统计员选配和管理办法》."),
    F("no-owner", 2, "党组书记、局长檀镜湖 is 责任领导."),
    F("no-deadline", 7, "2025年6月30日 (the item's problem is the all-done claim, not the date)."),
], links=[
    L("对12家数据前后矛盾的企业逐家上门核查", 1), L("对葑桥镇农业总产值虚增问题重新调查", 2),
    L("制定《门户网站信息发布三审制度》", 3), L("将列支的办公家具3.6万元从单位公用经费中归还普查专项经费", 4),
    L("杜绝以“数据会商”名义在乡镇就餐", 5), L("选举产生新一届支部委员会", 6), L("出台《乡镇统计员选配和管理办法》", 7)])

# p04 菀城区实验幼儿园党支部: 反馈意见 with 一、…六、 each "heading。detail" in one paragraph; the 移交 sentence and
# 整改意见 （一）–（五） are not problems. Report: preamble + 整改台账 as ｜-separated text rows (6 rows).
G["p04"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-owner", 3, "Row 3's 责任人 is “全体教职工” — nobody in particular; every other row names one person."),
    F("no-deadline", 6, "Row 6's 整改时限 is “待区教育局统一部署后推进” — no date, and the item is still open."),
    F("no-accountability", 5, "The teacher who 体罚 a child got only a 口头批评 and the case was not reported; the row adds 承诺书, a revised 考核办法 and a 信箱, but nothing on the teacher or on those who hid it, although the feedback says 不能以批评代替处理."),
    F("no-disclosure", None, "整改意见（五） asks to publish the rectification to staff and parents; the report never does (the 公示栏 and 家长群 in row 2 publish fees and meal accounts, not the rectification)."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记苌婉清 heads the 领导小组, 第一责任人, 6 meetings, weekly ledger checks, two reports to the 区教育局党组."),
    F("late-report", None, "Feedback 2024-11-20, report 2025-02-14: 86 days."),
    F("inconsistent-claim", None, "“6个问题已完成整改5个，1个正在推进” matches the 完成情况 column; 8.4万; 诫勉2 = 副园长 (row 2) + 园长 (row 4); 4 rules named (收费, 安全检查, 议事规则, 师德考核)."),
    F("no-accountability", 2, "8.4万 returned with signatures; 分管收费的副园长 诫勉谈话."),
    F("no-accountability", 4, "园长卜锦屏 诫勉谈话 and 书面检查; 0.9万 核减."),
    F("no-deadline", 3, "“立行立改，2024年12月5日”, 已完成."),
    F("no-mechanism", 5, "修订《教师师德考核办法》 with a 负面清单 (the gap there is accountability)."),
    F("no-owner", 4, "党支部书记苌婉清."),
    F("no-owner", 1, "业务园长阙以宁."),
], links=[
    L("立即停办舞蹈、英语、珠心算等全部收费兴趣班", 1), L("代收的8.4万元已全部清退到家长账户", 2), L("补齐食堂留样记录", 3),
    L("对12万元的教室装修项目补充履行集体研究程序", 4), L("组织全体教师签订师德承诺书", 5), L("组织对全部固定资产进行初步盘点", 6)])

# p05 蘡溪县公共交通有限公司党支部 (state firm): DOCX 反馈意见, bold （一）–（七） heading paragraphs + detail; 二、整改意见
# 一是…五是 not problems. Report (UTF-16 LE BOM): answers BY NUMBER “针对反馈意见第（N）项问题”, （四）+（六） MERGED, （七） missing.
G["p05"] = dict(mode="pair", issues=7, unanswered=[7], must_flag=[
    F("unanswered-issue", 7, "基层党建工作薄弱 (三会一课, 18 driver members, 示范线路) has no answer: the report goes from 第（五）项 to 下一步."),
    F("repeated-measure", 1, "第（一）项 is answered only by a boilerplate paragraph (组织党员干部深入学习…逐项建立问题台账…确保问题整改到位、取得实效) that is pasted again under 第（五）项."),
    F("repeated-measure", 5, "第（五）项 (购物卡 1.9万, 公车跨市) repeats 第（一）项's paragraph word for word after a different first clause."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人, the 党支部书记 never appears: “召开经理办公会…由综合办公室牵头汇总，各部门按照职责分工抓好落实”, though 整改意见 二是 asked for both."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-02-25, report 2025-05-20: 84 days."),
    F("no-disclosure", None, "Will be published on the 公司公示栏 and the 县国有资产服务中心网站."),
    F("inconsistent-claim", None, "Claims 17 measures done and 4 in progress, never that all is done; no figures contradict the items."),
    F("repeated-measure", 4, "One merged answer for （四） and （六） says so (“我们合并进行整改”) — one answer for two problems is not a pasted measure."),
    F("repeated-measure", 6, "Same merged answer; its parts are specific to each problem (充电桩 38万 / 外甥, 考察材料)."),
    F("no-accountability", 3, "财务部经理 诫勉谈话, 统计员 批评教育, 20.8万 returned."),
    F("no-accountability", 6, "总经理 诫勉谈话, 人力资源部负责人 批评教育, the nephew moved off the post."),
    F("no-mechanism", 2, "修订《车辆动态监控报警处置办法》."),
    F("no-mechanism", 3, "修订《燃油补贴申报审核办法》."),
    F("no-mechanism", 6, "《中层管理人员选拔任用办法》《员工招聘回避规定》."),
    F("no-deadline", 2, "2025年4月30日；已完成."),
], links=[
    L("针对城乡公交一体化推进缓慢的问题", 1), L("分四批对全公司312名驾驶员重新开展安全培训", 2),
    L("确认多申报燃油补贴20.8万元，已全部退回县财政", 3), L("修订《党支部前置研究讨论重大经营管理事项清单》", 4),
    L("修订《党支部前置研究讨论重大经营管理事项清单》", 6), L("对充电桩项目补充履行党支部研究程序", 4),
    L("总经理外甥已调离调度岗位", 6), L("针对违反中央八项规定精神的问题", 5)])

# p06 葶源县工商联党组: 组长's 反馈会 speech, problems as inline 一是…六是 in two area paragraphs (continuous); 一要…三要
# and the 三个月内 sentence are not problems. Report (GB18030): feedback order with its OWN SHORT HEADINGS （一）–（五）;
# 五是 (宴请) skipped, so heading （五） answers problem 6.
G["p06"] = dict(mode="pair", issues=6, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "2 cadres at member firms' banquets and gifts: no heading or sentence answers it; （五）“按时召开执委会议” is problem 6."),
    F("no-mechanism", 6, "A problem already raised in 2021 and back again: the answer is two meetings held in July and August, with no rule or system to keep them regular, although the speech asked 对屡改屡犯的老问题…建立长效机制."),
    F("no-disclosure", None, "要求 三 asks to publish the rectification inside the office and to member firms; the report never does (the 公众号 “惠企政策” column and the 商会 fee rule's 向会员公开 are not rectification disclosure)."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、常务副主席殳明远 heads the 领导小组, 第一责任人, 4 meetings, visits to 商会 and firms."),
    F("late-report", None, "Feedback 2024-06-18, report 2024-09-10: 84 days."),
    F("inconsistent-claim", None, "19 measures = 17 done + 2 named pending (换届, 党组织); 6万 + 2.7万; 约谈1, 批评1; 3 rules named."),
    F("unanswered-issue", 6, "Answered under the fifth heading （五）按时召开执委会议 — the positional match is wrong, the content match is right."),
    F("no-accountability", 2, "6万 returned to the firms; the 商会会长 约谈 and stepped down."),
    F("no-accountability", 4, "2.7万 returned to the office account; 财务人员 批评教育."),
    F("no-mechanism", 1, "《企业诉求受理转办工作规程》 and a 转办台账."),
    F("no-mechanism", 2, "《所属商会规范化建设管理办法》."),
    F("no-mechanism", 4, "修订《机关财务管理制度》."),
    F("no-deadline", 2, "2024年9月30日; the last 换届 is 定于9月下旬."),
    F("no-owner", 3, "党组书记殳明远."),
], links=[
    L("建立企业诉求转办台账", 1), L("责令汽配商会将摊派的6万元全部退还会员企业", 2),
    L("为4个未选派党建工作指导员的商会全部选派了指导员", 3), L("新购置的电脑、投影仪等18件资产已全部登记入账", 4),
    L("今年7月和8月已按章程召开执委会议2次", 6)])

# p07 蘘川县博物馆党支部: 反馈意见 (UTF-8 CRLF) with areas 一、二、三、…方面 and RESTARTING 1．2．(3．) (2+3+2 = 7);
# 整改意见 （一）–（四） not problems. Report: 关于“…”的问题 with 整改措施/责任领导/整改时限/整改成效; #3 and #5 MERGED
# under one heading. GOOD REPORT.
G["p07"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、馆长蔺澄怀 heads the 领导小组, 第一责任人, fortnightly meetings, 4 site checks."),
    F("late-report", None, "Feedback 2025-05-13, report 2025-08-05: 84 days."),
    F("no-disclosure", None, "馆内公开栏 and the 县文化广电和旅游局网站, 监督电话."),
    F("inconsistent-claim", None, "22 measures = 20 done + 2 named (招聘, 轮训) with dates; 9.5万 = 7.6万 + 1.9万; 警告1, 诫勉1, 批评教育7 (1+1+5), 提醒1; 5 new + 1 revised rules named."),
    F("unanswered-issue", 5, "Answered inside the merged heading “文创产品经营管理混乱”和“文物征集经费管理不规范” (补做鉴定, 《文物征集管理办法》)."),
    F("repeated-measure", 3, "The merged answer is one text for two problems, announced in the preamble; not a pasted paragraph."),
    F("repeated-measure", 5, "Same merged answer."),
    F("no-accountability", 2, "Opening hours and outreach: no wrongdoing, nobody to hold to account."),
    F("no-accountability", 7, "Staffing shortfall: no wrongdoing."),
    F("no-accountability", 3, "副馆长仉凤亭 诫勉谈话, the employee 批评教育, 7.6万 recovered."),
    F("no-accountability", 4, "办公室主任 党内警告, 5 participants 批评教育, 1.9万 退缴."),
    F("no-accountability", 5, "征集经办人 批评教育 and a 补做鉴定."),
    F("no-deadline", 7, "Three dated parts; 持续推进 with 2025-11-30 and 2025-12-31."),
    F("no-mechanism", 3, "《文创产品经营管理办法》."),
    F("no-mechanism", 5, "《文物征集管理办法》."),
    F("no-owner", 3, "党支部书记、馆长蔺澄怀."),
], links=[
    L("更换库房温湿度监测设备", 1), L("组建由馆内职工和志愿者组成的讲解队", 2), L("终止与个人签订的文创商店承包合同", 3),
    L("对签订承包合同的副馆长仉凤亭进行诫勉谈话", 3), L("2次以游览为主的外出费用1.9万元已由参加人员全部退缴", 4),
    L("邀请市文物鉴定专家对2024年收购的2件文物补做鉴定", 5), L("制定《文物征集管理办法》", 5),
    L("重新制定主题党日年度计划", 6), L("与12名临聘讲解员全部签订规范的劳动合同", 7)])

# p08 蓧溪水库管理中心党支部: 反馈意见 with （一）–（六） heading lines + “具体表现：” lines; 整改要求 一要…五要 not problems.
# Report: DOCX, common 关于“…”的问题 with 整改措施 paragraph + one field line (责任领导/责任部门/完成时限/整改进展).
G["p08"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "“6个方面问题已全部整改完成，18项整改措施全部落实到位” and （三）“整改进展：已完成”, while （三） itself says 5 网箱 are still being negotiated and 5.1万 of 9.2万 is only 催缴 — the feedback even warned 不能把正在推进的事项写成已经完成."),
    F("no-owner", 6, "（六）'s 责任领导 is “中心领导班子” — a body, not a person; every other item names one leader."),
    F("vague-measure", 5, "（五） is slogans only (进一步加强自身建设…以高质量党建引领…高质量发展): nothing on the 读报 study or the missing 党员突击队."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任褚望川 heads the 领导小组, 第一责任人, 4 meetings, 5 site checks."),
    F("late-report", None, "Feedback 2024-10-15, report 2025-01-12: 89 days — close to, but inside, three months (2025-01-15)."),
    F("no-disclosure", None, "下一步 三是: 中心公示栏 and the 县水利局门户网站."),
    F("vague-measure", 1, "Opens with 切实提高政治站位，牢固树立安全发展理念 but then automation (26万), a revised 值班制度, 3 people dealt with, listed stock."),
    F("no-owner", 2, "党支部书记、主任褚望川."),
    F("no-accountability", 2, "原科长 党内警告; 监理费 扣减; 6.3万 核减."),
    F("no-accountability", 4, "诫勉谈话 for the car user, 4 people 批评教育."),
    F("no-accountability", 6, "Pay stopped, 4.8万 recovered, 解除聘用合同 started."),
    F("no-mechanism", 2, "《工程项目建设管理办法》."),
    F("no-mechanism", 3, "《库区日常巡查管理办法》."),
    F("no-mechanism", 6, "修订《职工考勤管理制度》 (its 每月公示 is about attendance, not disclosure)."),
], links=[
    L("对大坝渗流监测设施进行自动化改造", 1), L("委托第三方造价机构对37万元变更费用进行审核", 2), L("已清理网箱9处", 3),
    L("防汛指挥车实行节假日封存", 4), L("充分发挥党支部战斗堡垒作用和党员先锋模范作用", 5), L("对2名长期不到岗的职工停发工资", 6)])

# p09 蘖台县信访局党组: 反馈意见 with areas （一）（二）（三）…方面 and RESTARTING 1．2．(3．) (2+3+2 = 7); 二、整改意见
# not problems. Report: 一、关于…的问题 headings with 一是… and a bracket (责任领导；完成时限).
G["p09"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("copied-measure", 2, "二、's whole answer restates the problem as a promise (落实办理时限要求，杜绝超期办理，提高按期答复率和群众满意率): nothing on the 46 overdue cases or how."),
    F("no-deadline", 1, "一、's bracket gives “完成时限：根据案件情况分批推进” for 11 open 积案 — no date; every other item has one."),
    F("late-report", None, "Feedback 2024-12-10 with a 三个月内 limit; report dated 2025-04-21: 132 days."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人: “局党组召开会议进行了研究，将反馈问题按职责分解到各科室…办公室负责收集汇总”, though 整改意见（一） asked for both. The 党组书记's own 廉政谈话 under 三、 answers problem 3, not the lead of the rectification."),
], must_not_flag=[
    F("no-disclosure", None, "“整改情况已按规定在县人民政府门户网站公开”."),
    F("inconsistent-claim", None, "“已完成整改6个，信访积案化解问题正在推进” matches the items; 4.0万 = 1.6万 + 2.4万; 诫勉1 + 批评3 (1 + 2); 4 rules named."),
    F("copied-measure", 4, "Opens by restating the problem (针对在信访维稳工作经费中列支餐费的问题) and then acts: 1.6万 returned, 批评教育, a revised 报销办法."),
    F("no-deadline", 4, "“立行立改，2024年12月底已完成”."),
    F("no-accountability", 4, "1.6万 returned; 办公室主任 批评教育."),
    F("no-accountability", 5, "2.4万 recovered; 经办人 诫勉谈话."),
    F("no-mechanism", 5, "《信访救助资金审批管理办法》 with three signatures and data checks."),
    F("no-mechanism", 3, "修订《党组会议议事规则》."),
    F("no-mechanism", 7, "《干部选拔任用工作操作规程》."),
    F("no-owner", 1, "副局长晁知澜 is 责任领导 (the gap there is the time limit)."),
], links=[
    L("按照“一案一领导、一案一方案”的要求重新明确包案领导", 1), L("严格落实网上信访事项办理时限要求", 2),
    L("局党组书记与3名班子成员分别开展廉政谈话", 3), L("无事由、无名单的餐费1.6万元已由相关人员全部退回", 4),
    L("对3名救助对象重复领取的救助金2.4万元全部追回", 5), L("对支部学习记录逐本检查", 6),
    L("对2名任前公示不足5个工作日的干部补充公示", 7)])

# p10 芰城县机关事务服务中心党组: 反馈意见 with areas 一、二、三、…方面 and continuous 1．–7． heading lines + detail lines;
# the 移交 sentence and 整改要求 are not problems. Report: public 巡察整改进展情况的通报 with 信息公开 header,
# （一）在“…”方面 → N．关于“…”问题的整改 → 整改情况： + bracket.
G["p10"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("repeated-measure", 2, "2．(节能) is answered only by a boilerplate paragraph (坚持把巡察整改作为重要政治任务…推动各项工作规范化、制度化、常态化) that is pasted again under 7．."),
    F("repeated-measure", 7, "7．(中心组学习) repeats 2．'s paragraph word for word after a different first clause."),
    F("no-accountability", 5, "账外资金 5.3万 kept and used by the canteen manager: the money is booked and a rule written, but nobody is dealt with, though the feedback demanded 查清责任，依规依纪处理到人."),
    F("vague-measure", 4, "4．(one supplier without 比价, 物业合同 renewed for 3 years) is slogans only: 进一步规范…强化风险防控意识…切实提升管理水平; no tender, no contract action."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、主任菅鹤年 heads the 领导小组, 第一责任人, 5 meetings, 4 site visits."),
    F("late-report", None, "Feedback 2025-06-10, 通报 2025-09-05: 87 days."),
    F("no-disclosure", None, "A public 通报 (主动公开) with phone, address and a comment deadline."),
    F("inconsistent-claim", None, "5 done + 2 ongoing = 7, 71.4%; 6.1万 = 5.3万 + 0.8万; 诫勉2 (科长, 接待中心主任) + 批评3 (2 drivers, 经办人); 4 rules named."),
    F("no-mechanism", 5, "《机关食堂收支管理办法》 and online top-up (the gap there is accountability)."),
    F("no-mechanism", 3, "《闲置房产出租管理办法》 and 公开招租."),
    F("no-accountability", 1, "调度科科长 诫勉谈话, 2 drivers 批评教育."),
    F("no-accountability", 6, "接待中心主任 诫勉谈话, 经办人 批评教育, 0.8万 returned."),
    F("no-deadline", 3, "正在整改, 2025年10月底前完成."),
    F("no-deadline", 2, "正在整改, 2025年11月底前完成 (the gap there is the pasted measure)."),
    F("no-owner", 4, "副主任诸葛澜 (the gap there is the slogan measure)."),
], links=[
    L("收回5辆长期由固定人员使用的平台车辆", 1), L("针对节能工作推进缓慢的问题", 2), L("已腾退2个单位共126平方米", 3),
    L("进一步规范采购和合同管理行为", 4), L("账外资金5.3万元已全部纳入单位账户统一核算", 5),
    L("会议费中列支的烟酒费用0.8万元已由责任人全部退还", 6), L("针对中心组学习不扎实的问题", 7)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
