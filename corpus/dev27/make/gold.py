"""Write p01..p08/gold.json (dev-pairs gold format) for dev27. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev24/make/gold.py. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蕰川区人社局党组 (区直 unit). Feedback: formal 反馈意见, areas 一、二、三、 with （一）–（六） heading + detail; 四、整改要求
# (一要…三要) is not a problem. Report (UTF-8 CRLF): headings reworded heavily, measures 1．2．3．, owner/deadline on a
# separate line, accountability for #3 and #4 only in the summary section 二、. Good report.
G["p01"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长阚书雁 heads the 领导小组, is 第一责任人, chaired 5 党组会; three lists and a 整改台账."),
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-14: 86 days."),
    F("no-disclosure", None, "Full text on the 区政府门户网站 and the 公示栏, 监督电话 given."),
    F("inconsistent-claim", None, "18 measures = 16 done + 2 长期坚持 (#5 items 2 and 3); every other item says 已完成."),
    F("no-accountability", 3, "Section 二、: 社保中心原副主任 党内警告, 2 经办人员 批评教育; 9.6万 fully recovered."),
    F("no-accountability", 4, "Section 二、: 机关工会负责人 诫勉谈话, 3.4万 退赔 by the participants."),
    F("no-deadline", 5, "第1项 2025-06-30; 2 and 3 长期坚持 (standing duty of Party life)."),
    F("no-owner", 1, "Separate line: 责任领导 副局长籍乐山, 责任股室 就业促进股."),
    F("no-owner", 6, "Separate line: 责任领导 is the 党组书记 himself."),
    F("no-mechanism", 1, "修订《蕰川区就业补贴申领审核办法》."),
    F("no-mechanism", 2, "《劳动保障监察投诉案件限时办结规定》."),
    F("no-mechanism", 3, "死亡信息每月比对机制 with 卫健/公安/民政."),
    F("no-mechanism", 6, "《干部交流轮岗实施办法》."),
], links=[
    L("向11家重复申领的企业追回资金16.8万元", 1), L("开设率由72%提高到100%", 2),
    L("建立死亡信息每月比对机制", 3), L("社保中心原副主任给予党内警告处分", 3), L("启用电子派车单", 4),
    L("3.4万元费用由参加人员全额退赔", 4), L("建立党员领导干部参加双重组织生活登记卡", 5),
    L("通过内部竞聘为3个事业单位补配中层干部5名", 6)])

# p02 藟溪县文广旅局党组. Feedback: 反馈会 speech by the 巡察组组长, 第一…第七 (7); 三、几点要求 一要…三要 not problems.
# Report: grouped under its own three themes (党的领导 #2,#1,#3 / 全面从严治党 #5,#4 / 基层党建 #7,#6), "针对……的问题，……"
# paragraphs with an inline "此项由…牵头" owner sentence.
G["p02"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("vague-measure", 1, "The 文旅融合 paragraph is slogans only (牢固树立…理念, 进一步加强统筹谋划, 全力推动…高质量发展): nothing on the overdue 全域旅游规划 or the 3 slow 重点村 projects."),
    F("repeated-measure", 3, "The 文物安全 paragraph is the same boilerplate (压紧压实工作责任，建立问题清单、任务清单和责任清单，实行挂号销账…) as the 组织生活 paragraph; nothing on 看护 or 消防."),
    F("repeated-measure", 6, "The 组织生活 paragraph repeats the 文物安全 boilerplate word for word; nothing on 补写 records or 批评."),
    F("no-accountability", 4, "7 批次 无公函 and 1.9万 超标准接待: only study, a revised 接待办法 and car tracking — no money recovered, nobody 批评/诫勉, although the speech asked that 涉及违纪违规的要严肃处理."),
    F("no-disclosure", None, "The speech asks for 按规定予以公开; the report never mentions 公开, a website, 公示 or a 监督电话."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长郗映川 heads the 领导小组, 第一责任人, 亲自部署、亲自过问, 4 党组会."),
    F("late-report", None, "Feedback 2025-04-22, report 2025-07-18: 87 days."),
    F("inconsistent-claim", None, "25 tasks = 22 done + 3 持续推进 (the 文旅 item and 党员发展 visibly ongoing); never claims all done."),
    F("no-accountability", 5, "0.86万 returned by the families, 42万 disbursed, 经办人员 批评教育."),
    F("no-accountability", 2, "执法大队 中队长 批评教育."),
    F("no-mechanism", 2, "修订《意识形态工作责任制实施细则》, 节目单预审+现场巡查 制度."),
    F("no-mechanism", 5, "修订《非遗代表性传承人补助资金管理办法》."),
    F("no-mechanism", 4, "修订《局机关公务接待管理办法》 (the gap there is accountability)."),
    F("no-owner", 4, "副局长栾晓澜 牵头, 办公室负责."),
    F("no-owner", 7, "机关党委书记柯以宁 牵头."),
], links=[
    L("4月以来已专题研究2次", 2), L("全力推动文旅融合高质量发展", 1), L("已于6月9日全部拨付到12个乡镇综合文化站", 5),
    L("严格执行“无公函不接待”", 4), L("县文化馆党支部已确定入党积极分子3名", 7)])

# p03 薤坪镇党委 (township). Feedback: formal 反馈意见, areas （一）（二）（三） with continuous 1．–6．; the 整改意见 一是…四是 are
# not problems. Report (GB18030): one paragraph per problem "关于“……”问题。" + what was done + （责任人：…；时限：…）.
G["p03"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("copied-measure", 4, "The 作风 paragraph turns the feedback's own words (窗口人员脱岗, 群众办事“多头跑”, 考勤制度形同虚设, 迟到早退无人过问) into 严格整治/杜绝/坚决纠正 — no action, no person, no rule."),
    F("no-owner", 2, "The 耕地 paragraph ends with （时限：2025年5月31日） only — no 责任人, where every other paragraph names one."),
    F("no-mechanism", 3, "村级财务: re-review, 2.6万 returned, 诫勉/批评, but no rule on 村级财务审核 or 补贴发放, although the 整改意见 asks for 完善制度; #1, #5 and #6 each name a rule and #2 a standing 网格 patrol."),
    F("inconsistent-claim", None, "“6个问题已全部整改完成，23项整改措施全部落实到位” while #2 has 3宗 still 正在依法推进处置 and #6's 遗留资产 is only being appraised (评估结果出来后…处置)."),
], must_not_flag=[
    F("weak-leadership", None, "镇党委书记卞砚秋 is 组长 and 第一责任人, 5 党委会, 实地督办."),
    F("late-report", None, "Feedback 2025-02-26, report 2025-05-22: 85 days."),
    F("no-disclosure", None, "镇政务公开栏 and the “薤坪发布” 公众号."),
    F("no-accountability", 3, "2.6万 returned by 5 村干部; 村党支部书记 诫勉谈话, 农经站站长 批评教育."),
    F("no-accountability", 6, "党政办负责人 批评教育 for the 纸上销号."),
    F("no-deadline", 5, "阵地腾退 by 2025-03-31; 后备力量培养 长期坚持 is a legitimate standing task."),
    F("no-deadline", 2, "时限 2025年5月31日 given (the gap there is the owner)."),
    F("no-mechanism", 1, "《衔接资金项目全过程管理办法》."),
    F("no-mechanism", 5, "《村级后备干部培养管理办法》."),
    F("no-mechanism", 6, "《巡察审计整改销号审核办法》."),
    F("no-owner", 3, "镇纪委书记阮晴."),
    F("no-owner", 5, "组织委员褚青禾."),
], links=[
    L("5个未公示项目已在所在村村务公开栏补充公示", 1), L("已拆除复耕4宗", 2), L("清理白条23张", 3),
    L("杜绝群众办事“多头跑”", 4), L("全镇共储备31名", 5), L("对“纸上销号”的2个问题重新挂账整改", 6)])

# p04 蘡水县城乡供水集团 (state firm). Feedback: formal 反馈意见, （一）–（七） one paragraph each; the closing 要求 is not a
# problem. Report: DOCX, intro + one table 序号｜反馈问题｜整改措施｜责任部门｜责任人｜完成时限｜完成情况 (7 rows), measures
# separated by ；, rows 5 and 7 share the same cell text.
G["p04"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("weak-leadership", None, "No 领导小组, no 第一责任人; the 党委书记 never appears: “由党委办公室牵头…分解到各部门、各党支部…抓好落实”, although the feedback asked the 书记 to 亲自部署、亲自督办."),
    F("copied-measure", 2, "Row 2's measure turns the problem into goals (降低…漏损率，确保达到行业控制标准；保障…正常供水，减少群众投诉): no works, no figures."),
    F("repeated-measure", 5, "Row 5 (节日福利, 公车私用) carries the same generic cell (加强教育引导…堵塞管理漏洞…防止问题反弹) as row 7."),
    F("repeated-measure", 7, "Row 7 (中层干部提拔) repeats row 5's cell word for word; nothing on 考察 or 试用期考核."),
    F("no-owner", 6, "Row 6's 责任人 cell is empty and the 责任部门 is only “各党支部”; every other row names a person."),
    F("no-deadline", 4, "Row 4's 完成时限 is “根据催缴进展逐步推进” — no date, where every other row has one."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-03-12, report 2025-06-06: 86 days."),
    F("no-disclosure", None, "Published on the company intranet and the “蘡水供水” 公众号."),
    F("inconsistent-claim", None, "“已完成整改5个，其余2个正在持续推进” matches the 完成情况 column (rows 2 and 4 持续推进)."),
    F("no-accountability", 3, "17.3万 recovered; 工程管理部负责人 诫勉谈话, 2 经办人 批评教育."),
    F("no-mechanism", 1, "修订《公司党委会议事规则》, 前置研究事项清单."),
    F("no-mechanism", 3, "《工程建设项目发包管理办法》."),
    F("no-owner", 1, "责任人 column: 党委副书记、总经理车凌峰."),
    F("no-owner", 2, "责任人 column: 副总经理喻守白 (the gap there is the copied measure)."),
    F("no-deadline", 2, "2025年12月31日, 持续推进 — a dated long job."),
    F("no-deadline", 6, "2025年6月30日 (the gap there is the owner)."),
], links=[
    L("对3项未经前置研究的工程补充提交党委会复议", 1), L("降低农村供水管网漏损率", 2), L("追回多结算工程款17.3万元", 3),
    L("已收回欠费18.9万元", 4), L("设立党员责任区8个", 6)])

# p05 蕳城县职业中专党委 (school). Feedback: formal 反馈意见, areas 一、二、三、 with 1．2． restarting in each (6); 四、整改建议
# （一）–（三） are not problems. Report: per problem one paragraph 一是…二是…三是…, owner/deadline on a separate line;
# #6 (兼职取酬) has no heading of its own and is answered in 二、举一反三.
G["p05"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("vague-measure", 2, "（二） is slogans only (进一步提高政治站位…不断加强…切实加强…牢牢守住…底线): nothing on the 60% 兼职 思政 teachers, 社团 or 新媒体 审核."),
    F("no-deadline", 3, "（三）'s owner line has no 完成时限, and the idle equipment waits “待…专业获批后” — every other item has a date."),
    F("no-mechanism", 4, "（四） refunds 5.7万 and deals with people but makes no rule on 收费/实习管理, although 整改建议（二） names 收费管理; the other concrete items each have a rule."),
    F("late-report", None, "Feedback 2024-11-05 (三个月内 required), report 2025-03-20: 135 days."),
], must_not_flag=[
    F("unanswered-issue", 6, "Answered in 二、举一反三: 4 teachers gave up the jobs, 3.2万 returned, 批评教育, 《教职工校外兼职行为管理规定》."),
    F("weak-leadership", None, "党委书记隗若澄 is 组长 and 第一责任人, 5 党委会, three lists."),
    F("no-disclosure", None, "学校网站 and 校务公开栏."),
    F("inconsistent-claim", None, "18 measures = 17 done + 1 named as ongoing (闲置设备调配使用)."),
    F("no-accountability", 4, "招生就业处处长 诫勉谈话, 经办人员 批评教育, 5.7万 refunded."),
    F("no-accountability", 6, "2 党员教师 批评教育, 4 取消评优, 3.2万 returned."),
    F("no-owner", 6, "Separate line under 举一反三: 校长汲清源, 人事处."),
    F("no-owner", 3, "Separate line: 副校长葛望舒 (the gap is the missing date)."),
    F("no-deadline", 6, "2025年1月20日."),
    F("no-mechanism", 1, "修订 两个 议事规则, 前置研究事项清单."),
    F("no-mechanism", 3, "《实训设备采购验收和使用管理办法》."),
    F("no-mechanism", 5, "《党员教师示范岗考评办法》."),
    F("no-mechanism", 6, "《教职工校外兼职行为管理规定》."),
], links=[
    L("列出党委会前置研究事项清单18项", 1), L("不断加强思政课教师队伍建设", 2), L("补齐验收手续，并由供货商派员完成调试", 3),
    L("按照学生名单通过原缴费渠道全部退还", 4), L("按专业部重新设置4个教师党支部", 5), L("4名教师已全部辞去校外兼职", 6)])

# p06 蘖川县自然资源局 (principal's report). Feedback: 反馈会 speech by the 巡察办主任 restating the problems 一是…六是 (6);
# the 第一…第三 requirements are not problems. Report (UTF-16 LE BOM): the 党组书记、局长's first-person 组织落实整改情况报告,
# order 2,4,1,6,5; #3 never answered; accountability for #4 and #2 in section 三、.
G["p06"] = dict(mode="pair", issues=6, unanswered=[3], must_flag=[
    F("unanswered-issue", 3, "不动产登记 (办件超时, 37 信访件) appears nowhere in the report."),
    F("no-accountability", 5, "宴请 and 2 cadres who took 红包礼金: only a 党课, a 承诺书 and 以案说纪 — nobody named, dealt with or made to return the money, though the speech demanded 依规依纪追究责任 for 收受红包."),
    F("inconsistent-claim", None, "“6个问题已全部整改完成，22项整改措施全部落实到位” while 480万 is still in court (提起诉讼) and #3 is not addressed at all."),
], must_not_flag=[
    F("weak-leadership", None, "First-person report of the 党组书记: 组长, 第一责任人, 亲自领办, chairs the 调度会."),
    F("late-report", None, "Feedback 2025-06-10, report 2025-09-02: 84 days."),
    F("no-disclosure", None, "县政府门户网站."),
    F("no-accountability", 4, "Section 三、: 执法大队大队长 党内警告, 2 巡查队员 诫勉谈话."),
    F("no-accountability", 2, "Section 三、: 利用股原股长 批评教育 and moved."),
    F("no-mechanism", 2, "修订《国有建设用地出让金征缴管理办法》."),
    F("no-mechanism", 4, "修订《矿产资源动态巡查监管办法》."),
    F("no-mechanism", 6, "《局机关借调人员管理规定》."),
], links=[
    L("剩余480万元已于8月12日向县人民法院提起诉讼", 2), L("巡查全过程实行定位打卡和照片留痕", 4),
    L("给予执法大队大队长党内警告处分", 4), L("应整改的46宗违法用地已全部整改到位", 1),
    L("9名借调人员已于7月底前全部回原单位", 6), L("组织全体干部签订《廉洁履职承诺书》", 5)])

# p07 蘘河县第二人民医院党委 (hospital). Feedback: 反馈会 speech by the 巡察组组长 with （一）–（六）; the three 意见 一是…三是
# are not problems. Report: 整改措施/责任领导/… per item; #3 and #4 merged in （三）; #5 split into 立行立改 and 长期坚持. Good.
G["p07"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党委书记谯雨桐 is 组长 and 第一责任人, 6 党委会; 班子成员 认领."),
    F("late-report", None, "Feedback 2025-04-08, report 2025-07-03: 86 days."),
    F("no-disclosure", None, "医院官网 and 院务公开栏, 监督电话."),
    F("inconsistent-claim", None, "24 measures = 21 done + 3 长期坚持 (#5's 长期坚持 part, #6's 双带头人培养)."),
    F("repeated-measure", 3, "#3 and #4 share one merged answer that covers both (耗材遴选/预警 and 医保 退回/智能审核) — not a pasted measure."),
    F("repeated-measure", 4, "Same merged answer; it has 医保-specific measures."),
    F("no-accountability", 4, "14.2万 returned to the 医保基金, 医保办主任 诫勉谈话, 科室 绩效 扣减."),
    F("no-accountability", 5, "党内警告1, 诫勉谈话2, 红包 returned."),
    F("no-deadline", 5, "立行立改 part done 2025-05-31; the 长效机制 长期坚持."),
    F("no-deadline", 6, "2025年6月30日; 双带头人培养 长期坚持."),
    F("no-mechanism", 1, "修订 议事规则, 两张清单."),
    F("no-mechanism", 3, "《高值医用耗材遴选和使用监测办法》."),
    F("no-mechanism", 4, "修订《医保基金使用内部管理制度》."),
    F("no-mechanism", 5, "《医务人员医德医风考评办法》."),
    F("no-owner", 4, "副院长牟海宁 for the merged item."),
], links=[
    L("对2项大型设备购置和1项科室设置调整补充提交党委会研究", 1), L("考试不合格的9人暂停处方权一个月", 2),
    L("停用5个品规", 3), L("14.2万元违规收费已全部退回医保基金", 4), L("上线医保智能审核系统", 4),
    L("所收款项已全部退还患者", 5), L("制定《医务人员医德医风考评办法》", 5), L("“双带头人”比例由40%提高到78%", 6)])

# p08 藠坪村党支部 (village). Feedback: 反馈意见 一、–六、 one paragraph each. Report: short, "问题N：…/整改情况：…/责任人…完成时间"
# blocks, renumbered 问题一–问题五 after dropping #4 (人居环境): report 问题四 = feedback #5, 问题五 = feedback #6.
G["p08"] = dict(mode="pair", issues=6, unanswered=[4], must_flag=[
    F("unanswered-issue", 4, "人居环境 (垃圾堆放, 河塘淤积) has no block; the report's 问题四 is the feedback's 作风 problem."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人; “村‘两委’召开会议…按照村‘两委’成员分工…整改” — the feedback named the 书记 as 第一责任人 who must 带头抓整改."),
    F("late-report", None, "Feedback 2024-09-24 (三个月内 required), report 2025-02-18: 147 days."),
    F("no-disclosure", None, "The feedback asks for 整改结果 in the 村务公开栏; the report never says the rectification was published (the 张榜 vote result, the 7-day 补助 公示 and the posted 值班表 are other things)."),
], must_not_flag=[
    F("no-accountability", 3, "1.8万 recovered; the 村委委员 批评教育 and 检讨."),
    F("inconsistent-claim", None, "No completion count is claimed; the one unfound 流动党员 is reported as 仍在查找中."),
    F("no-owner", 1, "Separate line: 责任人 村党支部书记严松柏."),
    F("no-owner", 3, "Separate line: 村委会副主任苟兰英."),
    F("no-deadline", 6, "长期坚持 for Party-member management."),
    F("no-mechanism", 1, "四议两公开 for all major matters, 决策记录本 signed by the 监委会主任."),
    F("no-mechanism", 5, "坐班值班制度, 监委会 monthly 例会."),
], links=[
    L("补充召开党员大会和村民代表会议讨论表决", 1), L("补登资产12项", 2), L("1.8万元危房改造补助已全部追回", 3),
    L("重新制定村干部坐班值班制度", 5), L("党费已全部补交", 6)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
