"""Write pNN/gold.json (dev-pairs format, mode "pair") for the dev34 pairs d34-01 … d34-06.
Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}
# p01 蘘江县自然资源局党组: formal 反馈意见 （一）–（五） heading + detail; 二、整改要求 一要…四要 are not problems.
# Report: restated 关于“…”的问题 with 整改措施/责任领导/责任股室/整改时限/整改进展 lines.
G["p01"] = dict(issues=5, unanswered=[], must_flag=[
    F("no-accountability", 2, "4 宗 容积率 changed without 规划委员会 and an 登记中心 worker took 好处费 for “插队”; the feedback's 二要 demanded 严肃处理, but the item only revises a rule and changes the queue: nobody is dealt with and no 出让金 is recalculated or recovered."),
    F("no-deadline", 4, "整改时限 “视县直机关工委批复情况确定” — no date, while every other item has one."),
    F("no-disclosure", None, "The feedback's 四要 asks for public disclosure; the report never mentions publishing (公开挂牌方式出让 is about land sales)."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长顾昀澄 heads the 领导小组, 第一责任人, 直接部署/过问/督办, 3 meetings, 2 site visits."),
    F("late-report", None, "Feedback 2025-03-12, report 2025-06-05: 85 days."),
    F("inconsistent-claim", None, "24 tasks = 19 done + 5 ongoing; never claims all done; #1 基本完成, #4 正在推进, #5 持续推进."),
    F("no-accountability", 3, "6.4万 returned, 财务股股长 诫勉谈话, 副局长 批评教育, 2 drivers 党内警告."),
    F("no-accountability", 1, "耕地保护股负责人 诫勉谈话."),
    F("no-mechanism", 1, "《蘘江县耕地保护田长制巡查办法》."),
    F("no-mechanism", 2, "修订《国有建设用地规划条件调整管理规定》 (the gap there is accountability)."),
    F("no-mechanism", 5, "《土地出让金收缴监管办法》."),
    F("no-owner", 4, "机关党委书记邰云舒 is 责任领导 (the gap is the time limit)."),
    F("no-deadline", 5, "2025年12月31日, 持续推进."),
], links=[
    L("已拆除复耕9宗", 1), L("取消人工取号", 2), L("违规发放的“野外测绘补助”6.4万元已由34名机关人员全部退回", 3),
    L("少交的1.1万元已全部补交", 4), L("已追缴欠缴出让金860万元", 5)])

# p02 蒴塘镇党委: 反馈会 speech by the 组织部部长; problems 一是…五是 inside 第一; 一要…三要 are requirements.
# Report: the secretary's first-person 组织落实整改情况报告, own order #2, #4, #1, #3; #5 never answered.
G["p02"] = dict(issues=5, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "意识形态工作责任制 (unchecked article reposted, 中心组 only reading documents) appears nowhere in the report."),
    F("vague-measure", 3, "The 作风 item is slogans only (进一步转变作风…切实增强服务意识…着力提升群众满意度): nothing on 脱岗, 窗口推诿 or the 12345 satisfaction rate."),
    F("late-report", None, "Feedback 2024-09-10, 三个月内 required; report dated 2025-01-08: 120 days."),
], must_not_flag=[
    F("weak-leadership", None, "The secretary is 组长 and 第一责任人, held 4 专题会, 3 site visits, reminded 2 team members in person."),
    F("no-disclosure", None, "Published in the 镇政务公开栏 and the “蒴塘发布” 公众号."),
    F("inconsistent-claim", None, "15 tasks = 12 done + 3 ongoing; the 闲置项目 item is 正在推进 and says so."),
    F("no-accountability", 4, "1.8万 returned by 经手村干部, 报账员 诫勉谈话, 3 村干部 批评教育."),
    F("no-accountability", 2, "党政办主任 批评教育 for the back-filled minutes; the secretary's own 检讨."),
    F("no-mechanism", 2, "修订《蒴塘镇党委议事规则》 and 《“三重一大”事项决策实施办法》."),
    F("no-mechanism", 4, "《村级财务报账审核细则》."),
    F("no-deadline", 1, "2025年3月31日, 正在推进."),
    F("no-owner", 3, "纪委书记姚映川 is 责任人 (the gap is the slogan measure)."),
], links=[
    L("明确投资30万元以上工程一律提交党委会集体研究", 2), L("1.8万元不能说明用途的由经手村干部全额退回", 4),
    L("冷库已通过公开招租交由茶叶合作社运营", 1), L("光伏电站2022年以来的收益分配已在各村公开栏补充公示", 1),
    L("牢固树立以人民为中心的发展思想", 3)])

# p03 蕺山县城乡供水公司党支部: 纪委/巡察办 website news item, problems are the five clauses of “该公司党支部存在…等问题”.
# Report: preamble + 整改台账 as ｜-separated text rows 1-1 … 5-4 (problems split over several rows).
G["p03"] = dict(issues=5, unanswered=[], must_flag=[
    F("no-owner", 2, "Rows 2-1 and 2-2 (规避招标, 三重一大) leave 责任领导 empty; every other row names one."),
    F("copied-measure", 4, "Row 4-1 gives back the feedback's own words (杜绝超标准公务接待，严禁以业务培训为名组织职工旅游) as the measure: no money returned, nobody dealt with, evidence only 学习记录."),
    F("no-disclosure", None, "The news item says 整改进展情况要…向社会公开; the report and ledger never mention publishing (公开招标 is procurement)."),
], must_not_flag=[
    F("weak-leadership", None, "党支部书记、董事长郗远舟 is 组长 and 第一责任人, approved the plan, chaired 3 meetings."),
    F("late-report", None, "Feedback 2025-05-26, report 2025-08-20: 86 days."),
    F("inconsistent-claim", None, "11 rows = 9 done + 2 正在推进 (1-1, 1-2), as the preamble says."),
    F("no-accountability", 3, "2 收费员 记过, 营业所所长 诫勉谈话."),
    F("no-mechanism", 3, "《水费收缴管理办法》."),
    F("no-mechanism", 1, "《供水管网漏损控制考核办法》."),
    F("no-mechanism", 2, "修订《物资采购管理办法》 and 《“三重一大”决策制度实施细则》."),
    F("no-deadline", 5, "Dates, and 长期坚持 for the 主题党日 row."),
    F("no-owner", 3, "总会计师庞素衣."),
    F("no-deadline", 1, "2025年10月31日 / 2025年12月31日."),
], links=[
    L("对6个山区村新建蓄水池4座", 1), L("安装分区计量水表57只", 1), L("对2023年分9次采购的187万元管材逐笔倒查", 2),
    L("对坐收坐支的2名收费员给予记过处分", 3), L("杜绝超标准公务接待", 4), L("在抢修一线设立党员先锋岗3个", 5)])

# p04 蒗溪县教育体育局党组: formal 反馈意见, areas 一、二、三、 with 1．2． restarting per area (2 + 2 + 1 = 5);
# 四、整改意见 （一）–（四） are not problems. Report: the unit's own headings （一）守牢“双减”底线 … (五), bracketed fields.
G["p04"] = dict(issues=5, unanswered=[], must_flag=[
    F("weak-leadership", None, "No 领导小组, no 第一责任人, the 党组书记 never appears: “局党组及时召开会议…由局办公室牵头抓总，各股室和各学校按照职责分工抓好落实”, though 整改意见（一） asked for both."),
    F("repeated-measure", 3, "(三) carries the same paragraph as (四) (对照问题清单逐项建立台账，实行销号管理…确保问题整改到位、取得实效); nothing on the 2 职称 cases or the 14 借调 teachers."),
    F("repeated-measure", 4, "(四) repeats (三)'s paragraph; nothing on 书记/校长 职责 or the 组织生活会."),
    F("no-mechanism", 1, "双减: three one-off 专项整治行动 and a published list; the broken 联合执法机制 the feedback named is not rebuilt and no rule is made, while (二) and (五) each make one."),
], must_not_flag=[
    F("no-disclosure", None, "Published on the 局门户网站 with a 监督电话."),
    F("late-report", None, "Feedback 2024-11-19, report 2025-02-14: 87 days."),
    F("inconsistent-claim", None, "21 tasks = 17 done + 4 ongoing; never claims all done."),
    F("no-accountability", 2, "9.3万 recovered, 2 校长 诫勉谈话, 2 报账员 批评教育."),
    F("no-accountability", 5, "副校长 党内警告, 2 食堂管理员 辞退."),
    F("no-mechanism", 2, "《农村义务教育营养改善计划资金管理办法》, 季度清理制度."),
    F("no-mechanism", 5, "《中小学校食堂大宗食材集中采购管理办法》, 抽检和陪餐制度."),
    F("no-owner", 1, "副局长巫定川 is 责任领导."),
    F("no-deadline", 3, "2025年3月31日 (the gap is the pasted paragraph)."),
], links=[
    L("对暗访发现的12家违规机构逐一处置", 1), L("86万元已按规定统筹用于改善学校食堂设施", 2),
    L("针对职称评审和借调教师问题", 3), L("针对学校党组织作用发挥不充分问题", 4),
    L("删除原招标文件中带有倾向性的3项评分因素", 5)])

# p05 蓨川县医疗保障局党组: the 巡察组组长's speech at the 反馈会, problems in “从…看，…” paragraphs (5); the 原因 paragraph and
# 三点要求 are not problems. Report: public 整改进展情况通报 numbered 1．–4．; the report's 4． answers feedback #5; #4 missing.
G["p05"] = dict(issues=5, unanswered=[4], must_flag=[
    F("unanswered-issue", 4, "经办服务便民化 (门慢认定 18 个工作日, 乡镇经办点 staffing) has no item; the 通报's 4． is the 队伍 problem."),
    F("no-accountability", 3, "Two 稽核人员 took a pharmacy's banquet and 购物卡; the feedback said only 口头提醒 had been given and demanded 依规依纪处理. The report has a 民主生活会, 警示教育, pledges and a revised rule, but nobody is dealt with and the cards are not handed in."),
    F("inconsistent-claim", None, "“5个方面问题已全部整改完成，16项整改措施全部落实到位” while 8 人次 0.5万 are 正在…追缴 and the 中层 posts are 预计2025年6月底前完成 (deadline 2025-06-30, after the 通报); and the 5 problems were answered by 4 items."),
], must_not_flag=[
    F("no-disclosure", None, "A public 通报 with phone, e-mail, address and a comment deadline."),
    F("weak-leadership", None, "党组书记、局长祁望舒 is 组长 and 第一责任人, 5 meetings, 2 site visits."),
    F("late-report", None, "Feedback 2025-02-25, 通报 2025-05-23: 87 days."),
    F("no-accountability", 1, "6 cases, 48.6万 recovered, 2 协议 ended, 3 移送公安."),
    F("no-accountability", 2, "2 经办人员 诫勉谈话; 1.8万 recovered."),
    F("no-mechanism", 2, "《门诊慢特病待遇资格动态核查办法》 and monthly death-data matching."),
    F("no-mechanism", 3, "修订《基金稽核人员廉洁从业规定》 (the gap is accountability)."),
    F("no-owner", 5, "副局长阙清远 is 牵头领导."),
    F("no-deadline", 5, "2025年6月30日."),
], links=[
    L("对全县143家定点医药机构实现现场检查全覆盖", 1), L("与县公安、民政部门建立死亡人员信息每月比对机制", 2),
    L("全体稽核人员签订廉洁从业承诺书", 3), L("4个空缺岗位已启动竞争上岗", 5)])

# p06 蘡塘村党支部 (village round): formal 反馈意见 一、发现的主要问题 1．–5．; the 总体评价, the 移交 sentence and 二、整改要求 are not.
# Report (GB18030): 关于“…”的问题 with 整改措施 一是…四是, 责任人, 完成时限.
G["p06"] = dict(issues=5, unanswered=[], must_flag=[
    F("vague-measure", 1, "(一) is three slogans (进一步提高思想认识…切实加强党员教育管理…先锋模范作用): nothing on the 5 支委会, the 党课, the 积分 or the 6 流动党员."),
    F("no-deadline", 3, "完成时限 “逐步规范” — no date, unlike every other item."),
    F("no-mechanism", 5, "四议两公开: one 补充表决 and an updated 公开栏, no rule, though the feedback's （三） asked for a 四议两公开 system and the other items carry one."),
    F("late-report", None, "Feedback 2024-06-18, 三个月内 required; report dated 2024-10-25: 129 days."),
], must_not_flag=[
    F("weak-leadership", None, "村党支部书记禤长青 is 组长 and 第一责任人; a 镇党委委员 包村指导."),
    F("no-disclosure", None, "The report is to be posted 7 days in the 村务公开栏 (公开竞价 is the fish-pond sale)."),
    F("inconsistent-claim", None, "16 measures (3+4+4+3+2) = 13 done + 3 ongoing; never claims all done; 62 × (320 − 80) ≈ 1.49万."),
    F("no-accountability", 2, "支部委员 党内警告; contract ended and re-let at 320元."),
    F("no-accountability", 4, "低保 stopped, 7840元 recovered, 2 村干部 批评教育."),
    F("no-mechanism", 2, "《蘡塘村集体资产资源发包管理办法》."),
    F("no-mechanism", 3, "镇《村级财务管理实施细则》 and “双签” (the gap is the time limit)."),
    F("no-owner", 3, "村务监督委员会主任竺晓川 is 责任人."),
    F("no-deadline", 1, "2024年8月31日 (the gap is the slogans)."),
], links=[
    L("认真落实党内组织生活各项制度", 1), L("依法解除62亩鱼塘承包合同", 2), L("出纳与报账员已分设", 3),
    L("已追回低保金7840元", 4), L("对道路硬化项目进行补充表决", 5)])

for name, g in G.items():
    out = {"mode": "pair", "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
