"""Write p01..p06/gold.json (dev-pairs gold format, mode `pair`) for dev37. The gold is hand-judged; this file only keeps
it in one place. Modelled on corpus/dev24/make/gold.py. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 藟山县自然资源局党组: formal 反馈意见 (dated 2025-03-11), 二、主要问题 （一）–（五） heading + detail; 一、总体评价 and
# 三、整改意见 （一）–（三） are not problems. Report (2025-06-10): common form, 关于“…”的问题 restating each heading, with
# 整改措施 / 责任领导 / 责任股室 / 整改时限 / 整改进展 lines.
G["p01"] = dict(issues=5, unanswered=[], must_flag=[
    F("no-accountability", 3, "测绘队 cars used privately 8 times without approval and 3.6万 of 野外作业加班 subsidies paid irregularly: the report adds GPS, revises the car rules and stops the subsidy from 2025-03, but recovers nothing and deals with nobody, though the feedback asked for 依规依纪严肃处理."),
    F("vague-measure", 5, "（五） is slogans only (高度重视…将进一步加强…严格落实“三会一课”制度…切实增强…不断提升): nothing on the 补记 records, the two overdue 支部换届 or the two members 6 months behind on 党费."),
    F("inconsistent-claim", None, "“细化为18项整改措施，已完成15项，正在推进2项”: 15 + 2 = 17, one measure unaccounted for."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-03-11, report 2025-06-10: inside three calendar months (limit 2025-06-11)."),
    F("no-disclosure", None, "下一步 三是: published in the 政务公开 column of the county government site."),
    F("weak-leadership", None, "党组书记、局长笪砚秋 heads the 领导小组, is 第一责任人, chaired 4 推进会, went to 3 乡镇 in person; weekly 调度, three lists."),
    F("no-accountability", 2, "窗口工作人员 党内警告 and moved, 中心主任 诫勉谈话."),
    F("no-accountability", 4, "时任人事股股长 诫勉谈话; the process was redone with 公示."),
    F("no-mechanism", 1, "《藟山县田长制工作考核办法》."),
    F("no-mechanism", 3, "修订《局机关公务用车管理办法》 (the gap there is accountability)."),
    F("no-deadline", 1, "2025年12月底前, status 持续推进 — a dated open item, not a missing deadline."),
    F("no-owner", 5, "机关党委书记訾晓岑 is named (the gap there is the slogan measure)."),
], links=[
    L("逐宗制定“一宗一策”", 1), L("逐一签订“一岗双责”责任书", 2), L("加装北斗定位终端", 3),
    L("补充履行考察程序", 4), L("严格落实“三会一课”制度", 5)])

# p02 蔴岗镇党委 (township): areas-and-numbered opinion (2024-11-05): 一、主要问题 with areas （一）（二）（三） and continuous
# 1.–6.; 二、整改建议 （一）–（三） are not problems. Report (2025-02-05): the 镇's own headings 一、二、三、 with its own
# （一）–（五） (抓项目… / 抓资金… …), 一是…二是… paragraphs and a bracketed （责任领导；完成时限） line; #2 never answered.
G["p02"] = dict(issues=6, unanswered=[2], must_flag=[
    F("unanswered-issue", 2, "安全生产和防灾减灾 (2 地灾隐患点 without 监测员, the 汛前排查 ledger listing a long-abandoned 山塘) appears nowhere in the report; its （一）–（五） cover #1, #3, #4, #5, #6."),
    F("vague-measure", 6, "（五）抓教育管理 is slogans only (将进一步加强…严格党的组织生活…不断增强…切实发挥…努力建设): nothing on the 3 失联 members, the 4 支部 behind on 党费 or the paper-only 积分管理."),
    F("no-disclosure", None, "The feedback's 整改建议（三） asks for 公开 to members and the public; the report never says the rectification was or will be published. The words 公开 in it are 公开招标 and “四议两公开” (project rules), and 张贴公示 concerns the 追认 of village projects."),
], must_not_flag=[
    F("late-report", None, "Feedback 2024-11-05, report 2025-02-05: exactly three calendar months (92 days), not more than three months."),
    F("weak-leadership", None, "党委书记蒉立恒 is 组长 and 第一责任人, 5 专题会议, 3 site visits; 台账 with 责任领导/时限 per task."),
    F("no-accountability", 3, "2.1万 recovered; 农业服务中心主任 诫勉谈话, 3 报账员 批评教育."),
    F("no-accountability", 4, "时任谷口村党支部书记 党内警告处分."),
    F("no-mechanism", 3, "“村级初审、站所复核、镇级抽查”三级审核机制 with a 10% sample."),
    F("no-mechanism", 4, "《蔴岗镇村级小微工程项目管理办法》."),
    F("no-mechanism", 1, "衔接资金项目月调度制度."),
    F("no-owner", 1, "副镇长钭安然."),
    F("no-deadline", 5, "2025年3月底前."),
], links=[
    L("蔴岗村茶叶加工厂已于2024年12月开工建设", 1), L("追回多领补贴资金2.1万元", 3),
    L("制定《蔴岗镇村级小微工程项目管理办法》", 4), L("全镇共储备村级后备力量26名", 5), L("严格党的组织生活", 6)])

# p03 蘘水县医疗保障局党组: 反馈会 speech by the 巡察组组长 (UTF-8, CRLF; dated 2024-09-12): 二、 with 第一，…第五， (5);
# 一、基本评价 and 三、几点要求 一要…三要 are not problems. Report: by problem number “问题一的整改情况”… with a bracketed
# （责任领导；责任科室；完成时限） line; dated in Chinese numerals 二〇二五年一月二十日.
G["p03"] = dict(issues=5, unanswered=[], must_flag=[
    F("copied-measure", 4, "问题四's only measure gives the feedback back (以“专家评审费”名义向本局干部发放劳务费) wrapped in 坚决纠正…严格执行…严肃财经纪律…确保不再发生: the 1.8万 is not recovered and nobody is named."),
    F("no-owner", 2, "问题二's bracket has only 完成时限 — no 责任领导 and no 责任科室, where the other four answers name both."),
    F("late-report", None, "Feedback 2024-09-12, three months ran to 2024-12-12; the report is dated 二〇二五年一月二十日 (2025-01-20, 130 days)."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长阙明礼 heads the 领导小组, 第一责任人, 5 调度会, 直接过问、直接督办."),
    F("no-disclosure", None, "本报告将在局门户网站向社会公开."),
    F("inconsistent-claim", None, "17 measures = 14 done + 3 持续推进; never claims all done (5.8万 still in court, 问题三 长期坚持)."),
    F("no-accountability", 1, "2 药店 协议解除, 稽核 科室负责人 诫勉谈话, 21.6万 recovered and the rest before the court."),
    F("no-accountability", 5, "时任分管负责人 批评教育 for the untrue earlier report."),
    F("no-mechanism", 1, "《蘘水县定点医药机构协议管理退出办法》."),
    F("no-mechanism", 5, "《巡察审计反馈问题整改销号管理办法》."),
    F("no-deadline", 3, "长期坚持 for 经办作风, with the 38 complaints already closed."),
    F("no-owner", 3, "副局长卜见川, 医保经办中心."),
], links=[
    L("向法院申请强制执行", 1), L("重新梳理基金审核、稽核、财务等岗位廉政风险点23个", 2), L("异地就医备案实现线上即时办结", 3),
    L("坚决纠正以“专家评审费”名义向本局干部发放劳务费问题", 4), L("参保数据与户籍数据比对已改为按月比对", 5)])

# p04 蘡州市水务集团有限公司党委 (state firm): feedback is a 纪委监委 website news item (meeting 2025-06-18, 发布时间
# 2025-06-20), the problems in one “但巡察也发现一些问题：…；…；…等问题” sentence (5); the 移交 sentence, 要求 and 表态 are
# not problems. Report: DOCX, two intro paragraphs + the 整改台账 as a Word table (7 columns, 5 rows).
G["p04"] = dict(issues=5, unanswered=[], must_flag=[
    F("no-deadline", 1, "Row 1's 完成时限 cell is “根据市财政配套资金到位情况确定” — no date, where every other row has one."),
    F("repeated-measure", 2, "Row 2 (闲置房产 rented without 进场交易) is the same boilerplate as row 5 (对照问题清单逐项抓好整改，举一反三查找管理漏洞…确保问题整改见底见效、不再反弹) after a “针对…问题，” opener; nothing on the 8 properties or the rents."),
    F("repeated-measure", 5, "Row 5 (党建与生产经营融合) repeats row 2's paragraph word for word after its own opener."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人; the 党委书记 appears nowhere: “及时召开会议进行传达…分解到相关部门，由党委办公室汇总…各部门按照职责分工抓好落实”."),
], must_not_flag=[
    F("late-report", None, "Feedback meeting 2025-06-18, report 2025-09-16: inside three calendar months (limit 2025-09-18)."),
    F("no-disclosure", None, "“已在集团门户网站和各营业厅公示栏公开”."),
    F("inconsistent-claim", None, "“已完成整改4项，正在推进1项” matches the 完成情况 column (rows 2–5 已完成, row 1 正在推进)."),
    F("no-accountability", 3, "工程管理部原经理 党内警告, 2 项目负责人 诫勉谈话, 9.3万 核减."),
    F("no-accountability", 4, "1.26万 退赔, 4.8万 收回, 诫勉谈话 and 批评教育."),
    F("no-mechanism", 3, "《管网维修工程发包管理办法》."),
    F("no-mechanism", 4, "修订《集团公务接待管理办法》《工会经费使用管理规定》."),
    F("no-owner", 1, "副总经理滕曦和 (the gap there is the deadline)."),
], links=[
    L("制定《老旧供水管网改造三年攻坚行动计划》", 1), L("针对国有资产管理不严格问题", 2),
    L("应招未招的6项工程已委托第三方重新审核结算", 3), L("超标准部分1.26万元已由相关责任人退赔", 4),
    L("针对党建与生产经营融合不深问题", 5)])

# p05 藦城县职业中等专业学校党委 (school): formal 反馈意见 (2025-04-25) with the problems as top-level headings 一、–五、
# (heading + detail; #2's detail has its own 一是…三是, which are manifestations, not problems); the closing
# “对以上问题…” requirements paragraph is not a problem. Report: the 党委书记's first-person 组织落实整改情况报告 (GB18030).
G["p05"] = dict(issues=5, unanswered=[], must_flag=[
    F("no-mechanism", 2, "实习 (mismatched placements, 14.7万 fee, uninsured students): refund, transfer, insurance and a 党内警告, but no rule on 实习 arrangement, fees or insurance, though the feedback asked to 建立健全制度 and (一)(三) each name one."),
    F("no-accountability", 4, "2 teachers took 6200元 of 书商“返点”: the report reorganises 教辅征订 and has everyone sign a pledge, but the money is not recovered and neither teacher is dealt with, though the feedback demanded 依规依纪严肃处理 and 清退到位."),
    F("inconsistent-claim", None, "“反馈的5个问题已全部整改到位，21项整改任务全部完成” while (三) says the 食堂 tender is still under way (due 2025-08) and (五) plans 发展 only from the second half of 2025 (长期坚持)."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary writes as 第一责任人, is 组长, chaired 5 推进会, visited 3 firms, 约谈 two slow 处室 heads."),
    F("late-report", None, "Feedback 2025-04-25, report 2025-07-24: inside three calendar months (limit 2025-07-25)."),
    F("no-disclosure", None, "“已在校务公开栏和学校网站公开”."),
    F("no-accountability", 2, "招生就业处主任 党内警告; 14.7万 refunded."),
    F("no-mechanism", 1, "《校园网络信息发布审核办法》."),
    F("no-mechanism", 3, "修订《学校财务管理办法》, 《社会培训收支管理规定》."),
    F("no-owner", 4, "副校长禤静怡 (the gap there is accountability)."),
    F("no-owner", 3, "校长隗承志."),
], links=[
    L("6条错误信息已全部更正", 1), L("违规收取的14.7万元实习管理费已全部退还学生", 2), L("伙食费已于5月起单独建账核算", 3),
    L("全体教师签订师德承诺书", 4), L("共确定7名", 5)])

# p06 蕰川区文化和旅游局党组: areas opinion (2024-08-27) — （一）（二） paragraphs with inline 一是…二是… restarting, （三）
# one problem without 一是 (2 + 2 + 1 = 5); the 原因 paragraph, the 移交 sentence and 整改意见 are not problems. Report:
# public 整改进展情况的通报 (2024-12-30) with its own （一）–（四）, skipping #2, phone and address.
G["p06"] = dict(issues=5, unanswered=[2], must_flag=[
    F("unanswered-issue", 2, "文旅项目招商引资落地率低 (9 signed, 2 started, 蕰溪古镇 stalled) has no item; the 通报's （一）–（四） answer #1, #3, #4, #5."),
    F("no-deadline", 4, "（三）执法 has a 责任领导 but no 整改时限 line, while 4 of the 7 cases are still open; every other item has one."),
    F("copied-measure", 5, "（四） restates the feedback (机关党建与业务工作“两张皮”…党支部活动与文旅中心工作…主题党日活动内容…党员干部在重点项目和市场整治中的作用) as intentions — no action taken."),
    F("late-report", None, "Feedback 2024-08-27, three months ran to 2024-11-27; the 通报 is dated 2024-12-30 (125 days)."),
], must_not_flag=[
    F("no-disclosure", None, "A public 通报 with phone, address, 邮编 and a date for comments."),
    F("weak-leadership", None, "党组书记、局长郄远帆 is 组长 and 第一责任人, 4 调度会, led the checks."),
    F("inconsistent-claim", None, "20 measures = 16 done + 4 ongoing; no claim that all is done."),
    F("no-accountability", 3, "48万 归垫; 时任办公室主任 党内警告, 时任副局长 诫勉谈话."),
    F("no-mechanism", 3, "修订《蕰川区文物保护专项资金管理办法》."),
    F("no-mechanism", 4, "《蕰川区文化市场行政处罚裁量基准》."),
    F("no-deadline", 5, "长期坚持 (the gap there is the copied measure)."),
    F("no-owner", 4, "大队长伍星澜 (the gap there is the deadline)."),
], links=[
    L("已有9个完成场地改造和设备配备", 1), L("被挪用的48万元已从局机关公用经费中归垫", 3),
    L("对7家违规经营的网吧和歌舞娱乐场所重新立案调查", 4), L("丰富主题党日活动内容", 5)])

for name, g in G.items():
    out = {"mode": "pair", "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
