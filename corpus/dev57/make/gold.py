"""Write p01..p10/gold.json (dev-pairs gold format) for dev57. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev44/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蘩阳县委办公室: formal 反馈意见, 一、巡察发现的主要问题 with areas （一）…方面 and continuous 1．–7． "heading。detail"
# lines; 二、整改意见 （一）–（四） are not problems. Report: common 关于“…”的问题 with 整改措施/责任领导/责任科室/整改时限/
# 整改成效 field lines, in feedback order. GOOD REPORT.
G["p01"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "县委常委、办公室主任葛望舒 chairs the 室务会议, heads the 领导小组 as 第一责任人 (负首责、负总责), held 4 推进会 and 当面督办 two heads of section."),
    F("late-report", None, "Feedback 2025-04-15, report 2025-07-08: 84 days, inside the three months the feedback sets."),
    F("no-disclosure", None, "下一步 三是: published on the 蘩阳县纪委监委网站 with a 监督电话, and notified inside the office."),
    F("inconsistent-claim", None, "25 measures = 23 done + 2 named long-term ones (#6 第三项, #7 第三项); 0.99万 = 0.68万 + 0.31万; 诫勉1 (#3) + 批评教育4 (#1, #3, #4, #5); 3 new + 4 revised rules, all named in the items."),
    F("no-accountability", 2, "Document quality (套用上级表述, 4 documents with errors): a work shortfall with nobody named; a four-step review is the right answer."),
    F("no-accountability", 7, "Staffing (long tenure, few 挂职): no wrongdoing to hold anyone to account for."),
    F("no-accountability", 3, "The cadre who copied files across machines 诫勉谈话, the head of 机要科 批评教育."),
    F("no-accountability", 4, "0.68万 repaid by the diners; head of 行政科 批评教育."),
    F("no-accountability", 5, "0.31万 repaid with a 书面检查; the 财务室 reviewer 批评教育."),
    F("no-mechanism", 1, "修订《县委重点工作督查督办办法》 (no 销号 without site check)."),
    F("no-mechanism", 3, "修订《县委办公室涉密载体管理办法》 with a monthly 对账."),
    F("no-mechanism", 5, "《县委办公室财务报销审核规程》 with 四签."),
    F("no-mechanism", 7, "《县委办公室干部交流轮岗实施办法》."),
    F("no-deadline", 6, "前两项 2025-05-31, 第三项 长期坚持 — a standing task, legitimately without an end date."),
    F("no-deadline", 7, "前两项 2025-06-30, 第三项 长期坚持."),
    F("no-owner", 7, "县委常委、县委办公室主任葛望舒 is 责任领导."),
    F("no-owner", 6, "副主任、机关党支部书记卜映川."),
], links=[
    L("对仅凭书面材料销号的13项任务逐一实地核查", 1), L("建立县委文件“起草—核稿—校对—签发”四道审核流程", 2),
    L("收缴普通U盘17个", 3), L("超标准陪餐产生的0.68万元已由相关陪餐人员全部退还", 4),
    L("重复报销的差旅费0.31万元已由当事人全额退回", 5), L("支部委员会会议固定在每月第一周召开", 6),
    L("对在同一岗位工作超过8年的5名干部全部完成交流轮岗", 7)])

# p02 薁川县委社会工作部: 巡察组组长's 反馈会 speech, problems in paragraphs 第一，…第六，; the 原因 paragraph, 一要…三要 and
# the 30日/3个月 sentence are not problems. Report (GB18030): the 部长's FIRST-PERSON 组织落实整改 report; own short
# headings in the order 1,3,2,5,4,6.
G["p02"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-accountability", 4, "Stations paid 7.5万 before they were built, signed off by a cadre whose relative's firm runs one of them and who did not 回避: the report has the stations built, a revised 办法 and a new 补助标准 for that station, but nothing on the cadre, although the speech said 涉及违纪违规的人员要依规依纪处理，决不能以改代罚."),
    F("no-deadline", 2, "The 岗位等级薪酬体系 is still open: “正在与县财政局、县人社局沟通测算，待县里统筹安排后组织实施” — no date, while every other open item has one (8月底, 9月底, 10月底)."),
    F("late-report", None, "Feedback 2025-03-18 with a 3个月内 limit (2025-06-18); the report is dated 2025-07-10: 114 days."),
], must_not_flag=[
    F("weak-leadership", None, "The 部长 writes as 第一责任人, heads the 领导小组, chaired 5 推进会, 9 site visits, 当面督办 two heads of section, leads two problems himself."),
    F("no-disclosure", None, "“已在县委社会工作部微信公众号和薁川县人民政府网站公开”."),
    F("inconsistent-claim", None, "22 measures = 18 done + 4 pending, and the four are named (交接, 2 站, 3 家企业, 薪酬); 诫勉1 (#5) + 批评2 (#2, #5); 3 rules (招聘办法, 驿站办法, 报表备案制度)."),
    F("no-accountability", 5, "1.26万 repaid; 综合办公室主任 批评教育; the car user 诫勉谈话."),
    F("no-accountability", 2, "组织科科长 批评教育 for the hires without 公示."),
    F("no-mechanism", 4, "修订《“暖心驿站”建设补助资金管理办法》 (先建后补, joint acceptance, 回避) — the gap there is accountability, not rules."),
    F("no-mechanism", 2, "《社区工作者招聘管理办法》."),
    F("no-mechanism", 6, "《部机关向基层报送报表审批备案制度》."),
    F("no-owner", 3, "“这项工作由我直接牵头” — the principal leader owns it."),
    F("no-owner", 4, "“这项工作由我直接牵头”."),
    F("no-owner", 1, "分管副部长温砚秋具体负责."),
    F("no-deadline", 1, "The open 交接 and the 2 stations have dates (2025-08 and 2025-09 month ends)."),
    F("no-deadline", 3, "The last 3 firms: 2025年10月底前."),
    F("vague-measure", 6, "Opens with 从思想深处查找作风上的差距 but then acts: 37 → 12 报表, a 备案制度, 4 days a month of field work, monthly 研讨."),
], links=[
    L("尚未交接的5项职责已完成交接4项", 1), L("公示期内未收到异议", 2), L("未建党组织的11家企业中已有8家建立了党组织", 3),
    L("提前拨付补助的3个驿站现已全部建成", 4), L("1.26万元已由参加就餐人员全部退缴", 5), L("合并、取消25种，保留12种", 6)])

# p03 蘼溪县社科联党组: 反馈问题清单 (GB18030) 问题1：…问题6： + 具体表现：; 整改要求 一是…四是 are not problems.
# Report (UTF-8): 问题N：/整改情况： + one field line (责任领导/完成时限/完成情况).
G["p03"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("copied-measure", 3, "问题3's 整改情况 turns the feedback back into a promise (监督管理…按期换届，规范会费的收取和管理…年度检查) and stops: no 学会 re-elected, no fee booked, no 秘书长 dealt with — yet marked 已完成."),
    F("inconsistent-claim", None, "“6个问题已全部整改完成，19项整改措施全部落实到位”, but 问题2 says the 0.8万 is 正在追缴中 and 问题6 says the committee member will be elected 拟于2025年2月 (完成时限 2025-02-28, after the report date) while its line says 已完成."),
    F("no-disclosure", None, "整改要求 四是 asks to 通报 and 向社会公开; the report never publishes the rectification. The 网站公示 in 问题5 publishes a subsidy allocation, not the rectification."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、主席鲁鸣泉 heads the 领导小组 as 第一责任人, 4 meetings, 逐项过问、当面督办."),
    F("late-report", None, "Feedback 2024-10-22, report 2025-01-14: 84 days."),
    F("copied-measure", 1, "Opens by restating the problem (针对意识形态工作责任制落实不到位的问题) and then acts: a fixed 议题, a 讲坛 rule with 一会一审, a 三审三校 sign-off sheet."),
    F("no-accountability", 4, "2.3万 + 0.96万 repaid; the approving 副主席 诫勉谈话, the 办公室主任 批评教育."),
    F("no-accountability", 2, "课题管理科科长 批评教育; the grant is being recovered."),
    F("no-mechanism", 1, "《蘼溪社科讲坛管理办法》."),
    F("no-mechanism", 2, "修订《县级社科规划课题管理办法》 with 查重."),
    F("no-mechanism", 4, "《学术活动经费管理规定》."),
    F("no-mechanism", 5, "修订《党组会议议事规则》."),
    F("no-owner", 3, "副主席甘晓岚 is named (the gap there is the copied measure)."),
    F("no-deadline", 6, "A 完成时限 is given (2025-02-28); what is wrong there is the 已完成 claim."),
], links=[
    L("制定《蘼溪社科讲坛管理办法》", 1), L("对成果大面积重复的1项课题撤销结项", 2), L("督促学会按期换届，规范会费的收取和管理", 3),
    L("参观游览费用2.3万元，已由参加人员全部退缴", 4), L("补助资金分配方案提交党组会议重新集体研究", 5),
    L("2名按较低基数交纳党费的党员已补交党费", 6)])

# p04 蕤台县房屋征收与补偿服务中心党支部: 反馈意见 with 一、…六、 each "heading。detail" in one paragraph; the 移交 sentence
# and 整改意见 （一）–（四） are not problems. Report: preamble + 整改台账 as ｜-separated text rows (6 rows × 6 fields).
G["p04"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-owner", 2, "Row 2's 责任人 is “各征收项目组” — groups, not a person; every other row names one leader."),
    F("no-mechanism", 5, "The problem is literally 内部管理制度不健全 (no 回避制度, no seal-use approval): row 5 only sorts the 127 files and has the office keep the seal — no rule at all, while rows 2–4 each make one."),
    F("vague-measure", 6, "Row 6 is slogans only (深入推进党建与业务深度融合…以高质量党建引领…高质量发展): no 先锋岗, no 临时党小组, nothing about 入户."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任岑远舟 heads the 领导小组, 第一责任人, weekly ledger checks, 23 home visits, 直接过问."),
    F("late-report", None, "Feedback 2025-06-09, report 2025-08-29: 81 days."),
    F("no-disclosure", None, "“整改情况已在县住房和城乡建设局门户网站公开”."),
    F("inconsistent-claim", None, "“6个问题中已完成整改5个，城北片区签约进度问题正在持续推进” matches the 完成情况 column; 8.64万 = 3.6万 + 5.04万; 诫勉1 (row 2) + 批评1 (row 3); 3 rules named (rows 2–4)."),
    F("no-accountability", 2, "Money recovered; the 经办人 诫勉谈话."),
    F("no-accountability", 3, "The 分管副主任 who appointed the valuers 批评教育."),
    F("no-mechanism", 2, "《征收补偿资金拨付复核制度》."),
    F("no-mechanism", 3, "《房地产评估机构选定办法》."),
    F("no-mechanism", 4, "《征收信息公开工作规程》."),
    F("no-deadline", 1, "持续推进 with 2025年12月31日."),
    F("no-owner", 6, "党支部书记、主任岑远舟 is named (the gap there is the slogan measure)."),
    F("no-owner", 1, "副主任邬清和."),
], links=[
    L("成立城北片区征收攻坚专班", 1), L("过渡安置费5.04万元全部追回", 2), L("协商不成的在公证人员监督下摇号确定", 3),
    L("分户补偿结果在征收范围内全部补充公布", 4), L("对127户征收档案逐户清理", 5), L("深入推进党建与业务深度融合", 6)])

# p05 薷山县农村经营管理站党支部: DOCX 反馈意见, bold （一）–（七） heading paragraphs + a detail paragraph; 二、整改意见
# 一是…五是 and the 移交 sentence are not problems. Report (UTF-16 LE BOM): answers BY NUMBER “针对反馈意见第（N）项问题”;
# （一）+（三） MERGED; （六） never answered.
G["p05"] = dict(mode="pair", issues=7, unanswered=[6], must_flag=[
    F("unanswered-issue", 6, "干部队伍管理松散 (2 借调人员 without papers, 考勤 a dead letter): no section answers 第（六）项 — the report goes from 第（五）项 to 第（七）项."),
    F("repeated-measure", 2, "第（二）项 is answered only by a boilerplate paragraph (组织党员干部认真学习…逐项建立问题台账…确保问题整改到位、取得实效) that is pasted again under 第（七）项."),
    F("repeated-measure", 7, "第（七）项 repeats 第（二）项's paragraph word for word after a different first clause."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人, the 党支部书记/站长 never leads: “召开站务会议进行了研究…由站办公室牵头汇总…各股室按照职责分工抓好落实”, though 整改意见 一是 asked for both; the 站长 appears only as the one given a 诫勉谈话."),
], must_not_flag=[
    F("late-report", None, "Feedback 2024-09-24, report 2024-12-17: 84 days."),
    F("no-disclosure", None, "“整改情况已在县农业农村局网站和站务公开栏公开”."),
    F("inconsistent-claim", None, "18 measures = 15 done + 3 pending, the 3 named with dates; 2.5万 = 1.7万 + 0.8万; 诫勉1 + 批评1; 3 rules named."),
    F("repeated-measure", 1, "One merged answer for （一） and （三）, announced (“我们合并进行整改”) and specific to both — not a pasted measure."),
    F("repeated-measure", 3, "Same merged answer (审计全覆盖, 21 problems tracked, a 跟踪办法)."),
    F("unanswered-issue", 3, "Answered inside the merged section headed 第（一）项和第（三）项."),
    F("no-accountability", 4, "1.7万 recovered; 经营管理股股长 批评教育."),
    F("no-accountability", 5, "0.8万 returned; the 站长 诫勉谈话 with a 检查 and the car cost repaid."),
    F("no-mechanism", 3, "《村级财务审计及问题整改跟踪办法》."),
    F("no-mechanism", 4, "《耕地地力保护补贴面积审核办法》."),
    F("no-mechanism", 5, "《公务用车使用管理规定》."),
    F("no-owner", 4, "副站长祝晓棠."),
    F("no-deadline", 1, "Pending parts dated (2024-12, 2025-01, 2025-03); bracket 2025-03-31."),
], links=[
    L("对全县21个村的集体资产清查结果逐村复核", 1), L("将村级财务审计由抽审改为全覆盖", 3),
    L("针对土地承包经营权流转服务不规范的问题", 2), L("多领的1.7万元已全部追回并缴回县财政", 4),
    L("给予站长诫勉谈话", 5), L("针对基层党组织建设薄弱的问题", 7)])

# p06 藨城县戏曲剧团党支部: 组长's 反馈会 speech, problems inline 一是…六是 in two area paragraphs (continuous); 一要…三要
# and the 3个月内 sentence are not problems. Report (UTF-8): feedback order under the unit's OWN SHORT HEADINGS
# （一）送戏下乡 …（六）支部建设, each ending with a bracket (责任人；完成时限).
G["p06"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("vague-measure", 3, "（三）演出收入 is slogans only (深刻认识…牢固树立规矩意识…进一步加强财务管理，严肃财经纪律): the 4.3万 off the books is not booked, no rule, no check."),
    F("no-accountability", 5, "The 演出队队长 listed two fictitious hires and drew 1.8万: the report recovers the money and writes a rule, but does nothing about the 队长, though the speech said 不能只退钱不处理."),
    F("no-disclosure", None, "要求 三 asks to 内部通报 and 向社会公开; the report publishes nothing (the 公众号 in （一） publishes the performance schedule, not the rectification)."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、团长伍秋笙 heads the 领导小组 as 第一责任人, 3 推进会, checks 补演 on site."),
    F("late-report", None, "Feedback 2025-05-27, report 2025-08-14: 79 days."),
    F("inconsistent-claim", None, "17 measures = 15 done + 2 named pending (补演 29 场 by 2025-12, 复排 by 2025-10); 91 + 29 = 120."),
    F("unanswered-issue", 3, "（三）演出收入 answers problem 3, weakly (a vague measure still counts as answered)."),
    F("no-accountability", 1, "The 分管副团长 诫勉谈话 and the 演出部主任 批评教育 for the inflated 120."),
    F("no-accountability", 4, "The 团长 made a 书面检查 and was 约谈 by the 县文化广电和旅游局党组 — sanctions in unusual words."),
    F("no-mechanism", 5, "《外聘演职人员劳务费发放管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 1, "《送戏下乡演出管理办法》."),
    F("no-mechanism", 4, "修订《剧团“三重一大”事项集体决策制度》."),
    F("vague-measure", 6, "Opens with 围绕增强党支部的政治功能和组织功能 but then three acts (7 示范岗, monthly 研讨, 4 主题党日)."),
    F("no-deadline", 1, "Still open, with 2025年12月31日."),
    F("no-deadline", 2, "Still open, with 2025年10月31日."),
], links=[
    L("少演的29场于2025年12月底前全部补足", 1), L("组织专家对新编大戏进行评议", 2), L("进一步加强财务管理，严肃财经纪律", 3),
    L("对2024年聘用的9名演员补充提交团务会集体研究", 4), L("劳务费1.8万元已全部追回", 5), L("设立排练演出党员示范岗7个", 6)])

# p07 菥源县人力资源开发有限公司党支部 (state firm): 纪委监委 website NEWS ITEM, all problems in one
# “巡察组指出，…；…；…等问题” sentence (7); 一要…三要, the leader's speech, the 表态 and the deadline sentence are not
# problems. Report: DOCX, bold “（N）关于“…”的问题” headings + 整改措施 paragraph + one field line; 财务/往来款 (#4) never
# answered, so headings （四）–（六） answer problems 5–7.
G["p07"] = dict(mode="pair", issues=7, unanswered=[4], must_flag=[
    F("unanswered-issue", 4, "财务管理存在漏洞，往来款项长期挂账未清理: no heading or sentence deals with the 往来款; heading （四） is the 业务招待费 problem (5)."),
    F("no-mechanism", 6, "内部招聘程序不透明: the answer re-checks 3 past rounds and posts one missing 公示 — a one-off, with no 招聘 rule, although the feedback asks for rules on 用人 and every other business item names one."),
    F("late-report", None, "Feedback 2024-11-06 (the news item, published 2024-11-07) with a 3个月内 limit; the report is dated 2025-02-26: 112 days."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长司徒砚 heads the 领导小组 as 第一责任人, 4 meetings, 直接过问、现场督办, reports twice to the 国资 centre."),
    F("no-disclosure", None, "“整改情况已在县国有资产服务中心网站公开”."),
    F("inconsistent-claim", None, "23 measures = 21 done + 2 named pending (核查系统, 党建品牌) with dates; 诫勉1 + 批评2; 0.74万; 4 rules named."),
    F("unanswered-issue", 5, "Answered under heading （四）关于“业务招待费列支不规范”的问题 — the positional match is wrong, the content match is right."),
    F("unanswered-issue", 6, "Answered under heading （五）."),
    F("unanswered-issue", 7, "Answered under heading （六）."),
    F("no-accountability", 2, "派遣业务部经理 诫勉谈话; 38.6万 paid."),
    F("no-accountability", 5, "0.74万 repaid; two department heads 批评教育."),
    F("no-mechanism", 2, "《劳务派遣业务操作规程》."),
    F("no-mechanism", 3, "修订《党支部前置研究讨论重大经营管理事项清单》."),
    F("no-mechanism", 5, "《业务招待管理办法》."),
    F("no-deadline", 1, "Open system work with 2025年3月31日."),
    F("no-deadline", 7, "Open 党建品牌 with 2025年4月30日."),
    F("no-owner", 6, "副总经理阎清樾 (the gap there is the missing rule)."),
], links=[
    L("清退已实现稳定就业或不再符合条件的人员19人", 1), L("滞后代缴的社会保险费38.6万元已全部补缴", 2),
    L("对未经前置研究的2项对外合作协议补充提交党支部会议研究", 3), L("无公函、无清单的招待费用0.74万元已由相关人员退缴", 5),
    L("对招聘结果没有公示的1个岗位补充进行了公示", 6), L("在派遣业务部、就业服务部设立党员责任区2个", 7)])

# p08 蓂江县市政工程有限公司党支部 (state firm): 反馈意见 (UTF-8 CRLF), areas 一、二、三、…方面 with RESTARTING 1．2．(3．)
# heading lines + “具体表现：” lines (2 + 3 + 2 = 7); the 移交 sentence and 四、整改要求 are not problems. Report:
# 一、…七、关于…的问题 with 一是… and a bracket (责任领导；完成时限).
G["p08"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-owner", 7, "七、's bracket gives 责任领导：公司领导班子 — a body, not a person; every other item names one leader."),
    F("no-accountability", 3, "The feedback names 项目经理濮阳季, who gave 68万 of labour work to his brother-in-law's crew without 回避: the report only says the company will not sign with that crew again and rewrites the 办法 — nothing on him, though 整改要求（三） says 严肃处理相关人员."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人: “召开会议进行了传达学习，将反馈问题分解到各部门、各项目部，由综合部牵头汇总”, though 整改要求（一） asks for both; the 书记 appears only in two brackets as 责任领导 of single items."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-02-18, report 2025-05-13: 84 days."),
    F("no-disclosure", None, "“整改情况已在公司公示栏和县国有资产服务中心网站公开”."),
    F("inconsistent-claim", None, "6 of 7 done, the 发展党员 part open with 2025-12-31; 诫勉1 (#5) + 批评3 (2 in #2, 1 in #5); 1.3万 (#5); 5 rules named (议事规则, 日清单周销号, 分包, 采购, 结算)."),
    F("no-mechanism", 3, "修订《工程分包管理办法》 with 公开比选 and 回避 (the gap there is accountability)."),
    F("no-mechanism", 7, "《工程款结算审核管理办法》 finally issued."),
    F("no-mechanism", 4, "《大宗物资采购管理办法》 and a supplier list."),
    F("no-mechanism", 1, "修订《党支部会议议事规则》."),
    F("no-accountability", 5, "副总经理 诫勉谈话 and car cost repaid; the 工程部 person 批评教育, meal value repaid."),
    F("no-accountability", 2, "2 project heads 批评教育 for the overdue hazards."),
    F("no-deadline", 6, "Open 发展党员 with 2025年12月31日."),
    F("no-owner", 3, "总经理公冶澄 (the gap there is accountability)."),
], links=[
    L("对公司发展规划中期评估报告补充提交党支部会议研究", 1), L("7处超期整改的隐患已全部整改到位", 2), L("在建的1项重新组织比选", 3),
    L("建立合格供应商名录", 4), L("对驾驶公务车辆回老家的副总经理给予诫勉谈话", 5), L("采取“线上学习+现场党课”方式组织学习", 6),
    L("对2项没有经过第三方审核的工程结算补充审核", 7)])

# p09 蒩阳县教师发展中心党支部: 反馈意见 with （一）–（六） heading lines + “具体表现：” lines; the 移交 sentence and the
# 整改要求 paragraph are not problems. Report: PUBLIC 整改进展情况的通报 with a 信息公开 header, （N）关于“…”的问题 →
# 整改情况： + bracket (责任领导；完成时限), comment period and contacts.
G["p09"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "“6个问题已全部完成整改，整改完成率100%…追回资金3.8万元”, but （二） says only 1.1万 of the 2.6万 is back and 1.5万 正在追缴, and （一）'s 完成时限 is still 待…确定 — the 3.8万 counts money not yet recovered."),
    F("no-deadline", 1, "（一）'s bracket gives 完成时限：待县教育局统一清理后确定 — no date; every other item has one."),
    F("copied-measure", 5, "（五）'s 整改情况 restates the feedback as a promise (杜绝以“送教下乡”名义在乡镇学校接受宴请，规范下乡差旅补助报销) and stops: no meal repaid, no 差旅 corrected, no person."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任费晴川 heads the 领导小组 as 第一责任人, 5 meetings, 4 school visits, 逐项督办."),
    F("late-report", None, "Feedback 2024-12-03, 通报 2025-02-27: 86 days."),
    F("no-disclosure", None, "A public 通报 (主动公开) with a 15-day comment period, phone and address."),
    F("copied-measure", 2, "Opens by restating the problem (针对教师培训项目管理不规范的问题) and then acts: names checked, 人脸识别签到, pay by attendance, 批评教育."),
    F("no-accountability", 3, "The 3 教研员 诫勉谈话, pay handed over."),
    F("no-accountability", 2, "培训部主任 批评教育."),
    F("no-mechanism", 3, "《教研员兼职管理规定》."),
    F("no-mechanism", 4, "修订《教研专项经费管理办法》."),
    F("no-mechanism", 6, "《党支部委员分工及履职管理办法》."),
    F("no-mechanism", 1, "《面向学校任务统筹管理办法》 (the gap there is the date)."),
    F("no-owner", 1, "副主任郗望舒 is named (the gap there is the date)."),
    F("no-deadline", 3, "2024年12月31日."),
], links=[
    L("取消与县教育局重复的9项", 1), L("改为人脸识别签到", 2), L("3名教研员已停止在校外培训机构兼职", 3),
    L("办公设备购置费1.2万元已调整至单位公用经费列支", 4), L("坚决杜绝以“送教下乡”名义在乡镇学校接受宴请", 5),
    L("重新明确5名支部委员的分工", 6)])

# p10 萯山县移民后期扶持服务中心党支部: 反馈意见 with areas 一、二、三、…方面 and continuous 1．–7． heading lines + a detail
# line; the 移交 sentence and 整改要求 （一）–（四） are not problems. Report: grouped by the same areas （一）…方面 →
# N．关于“…”的问题 → 整改措施： + bracket (责任领导；完成时限；status). GOOD REPORT.
G["p10"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党支部书记、主任查东篱 heads the 领导小组 as 第一责任人 (负总责), fortnightly 调度会, 5 site visits, solved the land issue himself."),
    F("late-report", None, "Feedback 2025-03-26, report 2025-06-17: 83 days."),
    F("no-disclosure", None, "Published on the 县水利局门户网站 and each 移民村 村务公开栏, with a 监督电话."),
    F("inconsistent-claim", None, "24 = 22 done + 2 named (one project, 党课 long-term); 7.66万 = 0.96 + 4.1 + 0.3 + 2.3; 诫勉1 + 批评5 (1 + 2 + 1 + 1) + 提醒1; 4 rules named."),
    F("no-accountability", 1, "经办人 批评教育; money recovered from the heirs."),
    F("no-accountability", 3, "验收小组组长 诫勉谈话, 2 members 批评教育, 4.1万 deducted."),
    F("no-accountability", 4, "The car user 批评教育 and pays; meal cost repaid to the village."),
    F("no-accountability", 5, "分管财务的副主任 批评教育; 2.3万 returned."),
    F("no-accountability", 2, "项目股股长 提醒谈话 for the delay."),
    F("no-mechanism", 1, "《移民人口动态管理办法》 with monthly data matching."),
    F("no-mechanism", 3, "修订《后期扶持项目验收管理办法》."),
    F("no-mechanism", 5, "《项目管理费提取使用管理办法》."),
    F("no-mechanism", 7, "《审计和巡察发现问题整改销号管理制度》."),
    F("no-deadline", 2, "持续推进 with 2025年9月30日."),
    F("no-deadline", 6, "2025年5月31日, 讲党课 长期坚持."),
    F("no-owner", 2, "党支部书记、主任查东篱."),
], links=[
    L("核减已去世移民7人", 1), L("协调乡镇解决项目用地问题", 2), L("委托第三方机构对该道路硬化项目重新测量", 3),
    L("2次接受移民村安排餐饮的费用0.3万元已由参加人员退还给村集体", 4), L("超比例提取的项目管理费2.3万元已全部退回项目资金专户", 5),
    L("制定年度“三会一课”计划", 6), L("对未入账的固定资产13.5万元全部登记入账", 7)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
