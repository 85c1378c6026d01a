"""Write p01..p08/gold.json (dev-pairs gold format, mode "pair") for dev33 (pair ids d33-01 … d33-08). The gold is
hand-judged; this file only keeps it in one place. Modelled on corpus/dev24/make/gold.py. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蘘溪县自然资源局党组: formal 反馈意见, 二、 with （一）–（六） heading。detail; 三、整改意见 （一）–（四） are not problems.
# Report: preamble of general work (no leadership), own short-topic headings （一）图斑清零 … （六）岗位交流 in feedback order,
# 1．2．3． measures + 责任领导/责任股室/完成时限 line, closing 下一步 with disclosure.
G["p01"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("weak-leadership", None, "Only “局党组及时召开会议…由局办公室牵头起草整改方案…办公室每半月收集一次进展”: no 领导小组, no 第一责任人, the 党组书记 never appears, although 整改意见（一） asked the 党组书记 to 亲自部署、亲自督办."),
    F("inconsistent-claim", None, "Preamble: “截至5月底，17项整改任务已全部完成”, but 图斑清零 says 4宗 still “正在履行拆除复垦程序” with 完成时限 2025-09-30, and one debtor firm is only being sued."),
    F("no-mechanism", 3, "价款与资金: money chased and moved back, one person 批评教育, but no rule on 出让价款 collection or 专项资金 use, though 整改意见（三） names 资金管理; every other topic with a system gap gets a named rule."),
    F("no-owner", 5, "支部生活 ends with “责任股室：机关党委办公室；完成时限…” and no 责任领导, unlike the five other topics."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-03-12, report 2025-06-06: 86 days."),
    F("no-disclosure", None, "下一步 三是: 在局门户网站公开，接受干部群众监督."),
    F("no-accountability", 4, "4.6万元 全额退缴, 中心主任 诫勉谈话, 驾驶员 批评教育."),
    F("no-accountability", 3, "时任财务股负责人 批评教育; 38万 moved back (the gap there is the missing rule)."),
    F("no-mechanism", 2, "制定《审批事项全流程网上运行管理规定》."),
    F("no-mechanism", 4, "修订《公务用车使用管理办法》."),
    F("no-mechanism", 6, "制定《编外聘用人员考核办法》."),
    F("no-owner", 1, "副局长邝雨田."),
    F("no-owner", 3, "党组成员、总规划师庹明远."),
    F("no-deadline", 1, "2025年9月30日 (the date itself is the inconsistency, not a missing limit)."),
    F("vague-measure", 1, "Concrete: 销号清单, 9 of 13 done, APP 定位巡查, 约谈."),
], links=[
    L("对13宗未整改图斑逐宗建立销号清单", 1), L("由分管副局长约谈乡镇自然资源所所长", 1),
    L("推行容缺受理和并联审查", 2), L("制定《审批事项全流程网上运行管理规定》", 2),
    L("对另一家企业已向县人民法院提起诉讼", 3), L("对时任财务股负责人进行批评教育", 3),
    L("执法车辆全部安装北斗定位", 4), L("机关第二党支部已补开支委会", 5), L("对第二党支部书记批评教育", 5),
    L("制定《编外聘用人员考核办法》", 6)])

# p02 荇塘镇党委: 反馈会 speech by the 巡察组组长, problems 一是…六是 as paragraphs; 一要…三要 and the 三个月内 sentence are
# not problems. Report (GB18030): the unit's own themes 二、“权”和“钱” (#4, #2, #6) and 三、“事”和“风” (#1, #3), each 一是…;
# #5 (村级党组织) nowhere.
G["p02"] = dict(mode="pair", issues=6, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "Nothing on 三会一课 records, 党员发展 in the 2 villages or 后备干部; the two themes cover only #4, #2, #6, #1, #3."),
    F("vague-measure", 3, "“二是转变工作作风” is slogans only (坚持以人民为中心…强化宗旨意识…提高服务水平…持续好转): nothing on 午间脱岗, unanswered phones or the 71% 工单 rate."),
    F("no-disclosure", None, "The speech's 三要 asks that the rectification be 公开; the report never publishes it. The 村务公开栏公示 in 二是 is about relief recipients, not the rectification."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记阙嘉禾 组长 and 第一责任人, 4 专题会 + 2 现场推进会, 当面督办."),
    F("late-report", None, "Speech 2025-03-14, report 2025-06-10: 88 days (the speech sets three months)."),
    F("inconsistent-claim", None, "22 measures = 20 done + 2 ongoing (挂账核销, 作风 长期坚持), matches the items."),
    F("no-accountability", 2, "民政办工作人员 and 2 村报账员 批评教育; 1.26万 追回."),
    F("no-accountability", 6, "财政所原所长 诫勉谈话 for the false “已整改”."),
    F("no-mechanism", 4, "修订《镇党委会议事规则》."),
    F("no-mechanism", 1, "制定《镇级产业项目后续管护和收益管理办法》."),
    F("no-owner", 3, "党委副书记冉知秋 is named even on the vague item."),
    F("no-deadline", 6, "2025年8月31日."),
], links=[
    L("修订《镇党委会议事规则》", 4), L("会后由镇纪委书记审核签字", 4),
    L("已追回救助金1.26万元", 2), L("在村务公开栏公示7天后方可发放", 2),
    L("组织财政所对287万元挂账逐笔核对来源", 6), L("对当年在审计整改报告中填报“已整改”的财政所原所长进行诫勉谈话", 6),
    L("食用菌大棚引入县内一家农业合作社租赁经营", 1), L("明确项目建成后一个月内必须落实经营主体", 1),
    L("努力让群众办事更方便、更满意", 3)])

# p03 县水务投资集团党委: 纪委 website news item, problems in one “巡察组指出…；…等问题” sentence (6); 要求, 表态 and the 移交
# sentence are not problems. Report: DOCX, preamble + a 7-column table keyed by the unit's short topics (no numbers).
G["p03"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("copied-measure", 2, "Row 党委前置研究 restates the feedback (党委把方向、管大局作用发挥不充分，“三重一大”事项由经理层先行决定、事后补报党委研究) + 坚决予以纠正: no action, no rule, yet 已完成."),
    F("no-deadline", 5, "Row 供水服务: 完成时限 “结合管网改造同步推进”; every other row has a date."),
    F("inconsistent-claim", None, "Preamble: “6个方面问题已全部整改完成，18项整改措施均已落实到位”, but row 1 has 3 villages 施工中 (时限 8-31) and row 5 is 持续推进."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记、董事长蒯正阳 组长 and 第一责任人, 3 党委会, 2 site visits."),
    F("late-report", None, "Feedback 2025-03-18, report 2025-06-13: 87 days."),
    F("no-disclosure", None, "集团门户网站 and 公众号, 监督电话."),
    F("no-accountability", 3, "工程管理部原负责人 党内警告; 18.6万 扣回."),
    F("no-accountability", 4, "23.4万 清退; 副总经理 and 财务部负责人 诫勉谈话."),
    F("no-mechanism", 3, "制定《工程建设项目招标发包管理办法》."),
    F("no-mechanism", 4, "修订《业务招待费管理规定》."),
    F("no-mechanism", 5, "制定《供水服务投诉处理办法》 (the gap there is the deadline)."),
    F("no-deadline", 1, "2025年8月31日."),
    F("no-owner", 5, "副总经理禚明远."),
    F("vague-measure", 6, "示范岗 评星, monthly 主题党日, 2 突击队 41 次."),
], links=[
    L("对12个村管网改造实行挂图作战", 1), L("在枯水季节对3个村采取送水车应急供水", 1),
    L("坚决予以纠正", 2), L("补办审批手续", 3), L("对工程管理部原负责人给予党内警告处分", 3),
    L("以“防暑降温”名义违规发放的补贴23.4万元已全部清退", 4), L("开通24小时报修热线", 5),
    L("制定《供水服务投诉处理办法》", 5), L("修订党员示范岗考核细则", 6), L("党员带头组建2支抢修突击队", 6)])

# p04 薤湾村党支部: 反馈意见 with 一、…方面 areas and continuous 1．–6．; 四、整改要求 is not a problem.
# Report (UTF-16 LE BOM): answers by number in four ways (针对反馈第1个问题 / 对应问题二 / （问题3） / 针对反馈意见第四个问题).
G["p04"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-accountability", 2, "The 村会计 kept 4万 of village money in a personal account for 5 months; the report returns the money and changes the rules, but nobody is dealt with, though the 整改要求 says 严肃追究相关人员的责任."),
    F("vague-measure", 6, "（六）村干部作风 is slogans only (进一步转变作风…想群众之所想…赢得群众信任): nothing on 坐班 or the 灌溉渠 request."),
    F("late-report", None, "Feedback 2025-03-20, report 2025-07-08: 110 days, beyond the three months the feedback sets."),
], must_not_flag=[
    F("weak-leadership", None, "支部书记鞠长庚 组长 and 第一责任人, weekly 碰头会; 乡 包村领导 guides."),
    F("no-disclosure", None, "本报告已在村务公开栏公示."),
    F("inconsistent-claim", None, "15 measures = 12 done + 3 long-term (组织生活), matches （五）."),
    F("no-accountability", 4, "民政信息员 批评教育; 2160元 退回."),
    F("no-mechanism", 2, "修订《薤湾村财务管理制度》 (the gap there is accountability)."),
    F("no-deadline", 5, "长期坚持 for organisational life."),
    F("no-owner", 6, "支部书记鞠长庚 is 责任人 (the gap there is the vague measure)."),
    F("vague-measure", 1, "3.6万 追回, 三年计划, 对账 twice a year."),
], links=[
    L("已追回两年保底收益3.6万元", 1), L("明确由村委会主任负责村集体对外投资的收益催收", 1),
    L("已逐笔补齐经办人签字和验收记录", 2), L("村务公开栏按月逐笔公布收支明细", 2),
    L("与承包人协商将租期缩短为5年", 3), L("停发2名迁出人员的高龄津贴", 4), L("对负责核对的民政信息员进行批评教育", 4),
    L("恢复党员积分管理", 5), L("把群众的事当作自己的事来办", 6)])

# p05 县中等职业技术学校党委: formal 反馈意见 （一）–（六） heading line + detail; 三、整改意见 一要…四要 are not problems.
# Report: good; 二、立行立改 per problem under short topics, 三、建章立制 1．–5． keyed 针对第一个问题 / 对应问题二 …: #1–#5
# answered in two places.
G["p05"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党委书记隗秉文 组长 and 第一责任人, 3 专题会议, 直接督办."),
    F("late-report", None, "Feedback 2025-03-21, report 2025-06-17: 88 days."),
    F("no-disclosure", None, "本报告在学校网站全文公开, 监督电话."),
    F("inconsistent-claim", None, "21 = 19 done + 2 long-term, both named; 警告1 诫勉1 批评2 调岗2; 6 rules named (2 议事规则 + 4)."),
    F("no-accountability", 3, "原实训处处长 党内警告处分."),
    F("no-accountability", 4, "总务处主任 批评教育; 3.4万 退还."),
    F("no-accountability", 5, "兼课教师 诫勉谈话, 2 teachers 调离班主任岗位, 德育处主任 批评教育."),
    F("no-mechanism", 1, "修订 two 议事规则 in 三、1．"),
    F("no-mechanism", 3, "《实训设备采购和资产管理办法》 in 三、3．"),
    F("no-mechanism", 5, "《师德师风负面清单及考核办法》 in 三、5．"),
    F("no-deadline", 2, "2025年5月31日, 教师配备长期坚持."),
    F("no-deadline", 6, "2025年4月30日, 长期坚持."),
    F("no-owner", 6, "党委副书记逄素琴."),
    F("vague-measure", 2, "6 items deleted, 管理员 per account, 2 teachers hired, 45% → 25%."),
], links=[
    L("3项未经党委会决定的事项已全部提交党委会复议", 1), L("列出党委会决定事项清单28项", 1),
    L("删除转载的未经核实信息6条", 2), L("所有发布内容实行编辑初审、部门复审、分管领导终审", 2),
    L("对原实训处处长给予党内警告处分", 3), L("资产到货后5个工作日内入账", 3),
    L("教材费结余3.4万元已按学生名单退还到个人", 4), L("结余在学期结束后一个月内退还", 4),
    L("对有偿兼课的教师进行诫勉谈话", 5), L("将有偿兼课、体罚学生等列入负面清单", 5),
    L("对3名学生党员补做政治审查", 6), L("今后学生党员发展材料由支部组织委员和学校党委组织部两级审核", 6)])

# p06 县医疗保障局党组: 反馈会 speech by the 县委巡察办主任, problems 第一，…第五，; 一要…三要 are not problems.
# Report: short cover + 整改台账 as ｜ text rows (header + 5 rows × 7 columns), short topic names.
G["p06"] = dict(mode="pair", issues=5, unanswered=[], must_flag=[
    F("repeated-measure", 3, "Row 主体责任: after one clause (4月18日党组会议), measures ②③④ (学习党章党规…建立问题清单…加强日常监督管理) are pasted word for word in row 队伍建设."),
    F("repeated-measure", 5, "Row 队伍建设 repeats row 主体责任's ②③④; only ① (招录 2 people) is its own; nothing on 轮训 or 年轻干部培养."),
    F("no-owner", 4, "Row 接待与用房 has an empty 责任领导 cell (“｜｜办公室｜”); every other row names a leader."),
    F("weak-leadership", None, "Only “局党组高度重视，及时召开党组会议进行了研究…局办公室…梳理形成整改台账”: no 领导小组, no 第一责任人, the 党组书记 never appears, though the speech demanded all three."),
], must_not_flag=[
    F("late-report", None, "Speech 2025-03-25, report 2025-06-20: 87 days."),
    F("no-disclosure", None, "整改情况已在局门户网站公开."),
    F("inconsistent-claim", None, "17 measures (3+3+4+3+4), all rows 已完成; 9.8万, 0.63万, 2 rooms, 批评教育1, 2 rules all match the rows."),
    F("no-accountability", 4, "0.63万 退回, 办公室主任 批评教育."),
    F("no-accountability", 1, "9.8万 违约金, one institution suspended 3 months."),
    F("no-mechanism", 1, "制定《定点医药机构日常稽核办法》."),
    F("no-mechanism", 4, "修订《公务接待管理办法》."),
    F("no-owner", 1, "副局长栾启光."),
    F("no-owner", 2, "副局长亓竹韵."),
    F("no-deadline", 2, "2025年6月15日."),
], links=[
    L("截至5月底已检查142家", 1), L("制定《定点医药机构日常稽核办法》", 1),
    L("线上办理率由41%提高到83%", 2), L("编制报销材料一次性告知单", 2),
    L("4月18日召开党组会议专题研究党风廉政建设", 3),
    L("2间超标办公用房已腾退", 4), L("修订《公务接待管理办法》", 4),
    L("今年招录医学、财会专业人员各1名", 5)])

# p07 蕻河街道党工委: 反馈意见 (GB18030), areas 一、二、三、 with restarting 1．2． (2 + 2 + 2 = 6); the closing requirement
# paragraph is not a problem. Report: public 整改进展情况通报, own short topics in another order (#3, #4, #1, #2, #5), each
# tagged “对应反馈意见第N部分第M项”; #6 (编外人员) nowhere.
G["p07"] = dict(mode="pair", issues=6, unanswered=[6], must_flag=[
    F("unanswered-issue", 6, "Nothing on the 43 编外人员, the 9 借调 or the 3 hired without 公开招聘; the 通报 stops at 第三部分第1项."),
    F("repeated-measure", 2, "消防安全排查: after one clause, the same boilerplate (坚持问题导向，建立整改台账，实行销号管理，定期开展督导检查…不再反弹) as 社区党建."),
    F("repeated-measure", 5, "社区党建: after the 共建协议 clause, the 消防 item's boilerplate word for word; nothing on 在职党员报到."),
    F("no-mechanism", 4, "工程项目结算: 补做验收, 返修, 质保金, 补办变更审批, 诫勉 — but no rule on acceptance before payment or on design changes, though the feedback asks for 制度 on 工程项目管理."),
    F("late-report", None, "Feedback 2025-03-27, 通报 2025-07-15: 110 days, beyond the three months the feedback sets."),
], must_not_flag=[
    F("weak-leadership", None, "党工委书记濮云舒 组长 and 第一责任人, 4 调度会, 3 site visits."),
    F("no-disclosure", None, "A public 通报 with phone, address and a 10-day comment window."),
    F("inconsistent-claim", None, "20 tasks = 16 done + 4 ongoing, never claims all done; 老旧小区 due 10-31 matches."),
    F("no-accountability", 3, "3.1万 退缴, 党政办主任 党内警告, 经办人 批评教育."),
    F("no-accountability", 4, "城建办主任 诫勉谈话, 8.4万 质保金 withheld."),
    F("no-mechanism", 3, "修订《街道机关公务支出管理办法》."),
    F("no-mechanism", 1, "制定《老旧小区改造工程质量回访制度》."),
    F("no-deadline", 1, "2025年10月31日."),
    F("no-owner", 3, "党工委委员、副主任樊晓阳."),
], links=[
    L("对批准列支的党政办主任给予党内警告处分", 3), L("修订《街道机关公务支出管理办法》", 3),
    L("委托第三方对背街小巷改造项目补做竣工验收", 4), L("对城建办主任进行诫勉谈话", 4),
    L("对未进场的4个小区逐个召开居民协商会", 1), L("制定《老旧小区改造工程质量回访制度》", 1),
    L("对辖区“九小场所”重新开展逐户消防检查", 2), L("推动4个社区的物业企业党组织与社区党组织签订共建协议", 5)])

# p08 县文化广电和旅游局党组: formal 反馈意见 （一）–（七） heading line + “主要表现在：”; 三、整改意见 （一）–（四） are not problems.
# Report (CRLF): the unit's own themes (项目和阵地 / 资金和执法 / 作风和队伍), 一是…三是 with “（对应问题N）” tags.
G["p08"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("copied-measure", 4, "二是严格文化市场执法 restates the feedback (“以罚代管”、对同一家娱乐场所一年内处罚4次仍未责令停业整顿、执法案卷缺少证据材料或告知程序) + 切实加以整改: no action on the venue or the 7 files."),
    F("no-deadline", 1, "一是加快文旅项目落地: bracket has only 责任领导, and “其余项目将视前期手续办理情况逐步推进”; every other item has a 完成时限."),
    F("no-accountability", 3, "12.5万 of 非遗 money diverted and a 传承人 wrongly certified (2万): money restored, title revoked, rules written, but nobody dealt with, though 整改意见（二） demands 严肃追究相关人员责任."),
    F("no-disclosure", None, "整改意见（四） asks for 公开; the report never publishes it. “结果公示” (传承人认定) and “公开招聘” are not disclosure of the rectification."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长闵照川 组长 and 第一责任人, 4 党组会议, 亲自督办."),
    F("late-report", None, "Feedback 2025-03-28, report 2025-06-24: 88 days."),
    F("inconsistent-claim", None, "26 = 22 done + 4 ongoing; 3.8万, 12.5万, 2万, 警告1, 诫勉1, 4 rules (调度推进制度, 资金办法, 认定办法, 接待办法) all match."),
    F("no-accountability", 5, "局办公室主任 党内警告, 分管副局长 诫勉谈话, 3.8万 退缴."),
    F("no-mechanism", 3, "《非遗保护专项资金管理办法》《县级非遗代表性传承人认定办法》 (the gap there is accountability)."),
    F("no-mechanism", 5, "修订《局机关公务接待管理办法》."),
    F("no-deadline", 7, "长期坚持 for staffing."),
    F("no-owner", 1, "副局长仇晓岚 (the gap there is the time limit)."),
    F("vague-measure", 2, "一场一审, 11 shows, 1.2万册 updated."),
], links=[
    L("对3个未开工的重点项目逐个会商", 1), L("制定《重点文旅项目调度推进制度》", 1),
    L("对营业性演出实行“一场一审”", 2), L("借阅登记由村级文化管理员每月统计上报", 2),
    L("撤销不符合条件人员的县级非遗代表性传承人资格", 3), L("制定《非遗保护专项资金管理办法》", 3),
    L("切实加以整改", 4), L("对组织此次活动的局办公室主任给予党内警告处分", 5),
    L("文化馆党支部补开主题党日", 6), L("从局属单位选拔35岁以下年轻干部3名到中层岗位锻炼", 7)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
