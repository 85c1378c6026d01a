"""Write p01..p10/gold.json (dev-pairs gold format) for dev35 (ids d35-01 … d35-10). The gold is hand-judged; this file
only keeps it in one place. Modelled on dev24's make/gold.py. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蘘溪县自然资源局党组 (county bureau): formal 反馈意见, 二、主要问题 （一）–（六） "heading。detail"; 三、整改意见 not problems.
# Report: common 整改情况的报告, 关于“…”的问题 with 整改措施/责任领导/责任股室/整改时限/整改进展 lines.
G["p01"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("vague-measure", 2, "The whole 意识形态 measure is slogans (提高政治站位, 扛起主体责任, 牢牢掌握领导权…, 守土有责): no meeting, no 阵地排查, nothing on the unchecked website/公众号 or the 三审三校 rule the feedback named."),
    F("no-accountability", 4, "The feedback names a procurement split (two contracts, 43万, 规避公开招标); the report pays out the 86.5万, pauses payment and revises the procurement rule, but nobody is held to account for the split."),
    F("no-disclosure", None, "The feedback asks to 按规定公开整改情况; the report never mentions 公开/公示/监督电话 (公开招标 and 每月排名 are not disclosure)."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长瞿沛霖 leads the 领导小组, is 第一责任人, 直接部署/过问/督办, 5 推进会, site visits."),
    F("late-report", None, "Feedback 2025-04-08, report 2025-06-27: inside three months."),
    F("inconsistent-claim", None, "22 tasks = 19 done + 3 pending, matching #1 正在推进, #2 持续推进, #5 基本完成; 19宗 = 11 复耕 + 8 限期."),
    F("no-deadline", 2, "长期坚持 is a legitimate time answer (the gap there is vagueness)."),
    F("no-deadline", 6, "2025年5月底前, with 党费基数调整 长期坚持."),
    F("no-accountability", 3, "诫勉谈话 for the 中心主任, 书面检查 for the 办公室主任, money repaid."),
    F("no-mechanism", 4, "修订《政府采购内部控制管理办法》 (the gap there is accountability)."),
    F("no-mechanism", 1, "违法用地动态巡查和“早发现、早制止、早查处”工作机制."),
    F("no-owner", 5, "Owner written as 机关党委书记（分管人事工作）闵晓岑 — a named leader."),
], links=[
    L("已拆除复耕11宗", 1), L("牢牢掌握意识形态工作的领导权", 2), L("由相关人员全额退缴", 3),
    L("滞留的86.5万元已于5月20日前全部发放到户", 4), L("按程序选拔任用股室负责人3名", 5), L("已按程序办理转正", 6)])

# p02 蕸阳县蓫塘镇党委 (township): 反馈意见 with areas 一、…方面 and continuous 1．–6．; 四、整改要求 一要…三要 not problems.
# Report (GB18030): the 党委书记's first-person report, answers in the order 3,4,1,2,6; #5 is never answered.
G["p02"] = dict(mode="pair", issues=6, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "村“两委”换届后续工作 (培训, 村务监督委员会, “一肩挑”监督) appears nowhere in the report."),
    F("no-deadline", 3, "The 三资 item's bracket has only 责任人 (副镇长蒋汐) and no 完成时限, while 9 contracts are still 正在履行评估程序; every other item states a time limit."),
    F("late-report", None, "Feedback 2025-03-11, report 2025-07-02: more than three months."),
], must_not_flag=[
    F("weak-leadership", None, "First-person secretary: 第一责任人, 领导小组组长, 6 meetings, went to the villages, 约谈 slow owners."),
    F("no-disclosure", None, "镇政务公开栏 and “蓫塘发布”公众号, 监督电话 given."),
    F("inconsistent-claim", None, "20 measures = 16 + 4; 21 contracts = 12 + 9; 5 流动党员 = 4 + 1."),
    F("no-accountability", 4, "财政所所长 诫勉, 党政办主任 书面检查, money returned by all."),
    F("no-mechanism", 3, "修订《蓫塘镇村级财务管理办法》."),
    F("no-mechanism", 4, "《镇机关值班管理和补助发放规定》."),
    F("no-deadline", 6, "2025年6月底, 流动党员管理 长期坚持."),
    F("no-owner", 3, "副镇长蒋汐 is named (the gap there is the deadline)."),
], links=[
    L("已有12份重新公开招租", 3), L("由全体领取人员全部退回", 4), L("引进本县一家种植合作社承租经营", 1),
    L("纠正代签的信息采集表93份", 2), L("推行“一支部一主题”", 6)])

# p03 薁川县萑坪镇蘵湾村党支部 (village): 问题清单 letter, 问题1：–问题5：; 整改要求 not a problem.
# Report (CRLF): 问题N：/整改情况：/责任人：/完成时限： blocks, closing 整改总体情况 line.
G["p03"] = dict(mode="pair", issues=5, unanswered=[], must_flag=[
    F("no-owner", 2, "问题2 has no 责任人 line at all; the other four name a person."),
    F("copied-measure", 4, "问题4's 整改情况 restates the feedback (主题党日与村民小组会议合并召开, 学习内容缺失, 未进行政治审查) + 坚决予以整改/确保不再出现: no action taken, nothing done about the member admitted without 政审."),
    F("inconsistent-claim", None, "“5个问题已全部整改完成” while 问题3 says the 耕地地力补贴 re-measurement 正在…核实，预计2025年4月底完成."),
], must_not_flag=[
    F("no-disclosure", None, "Report posted in the 村务公开栏 with a 监督电话."),
    F("weak-leadership", None, "村党支部书记 as 第一责任人, 支委会 + 党员大会 认领, 台账, 包村领导 guidance."),
    F("late-report", None, "Letter 2024-11-20, report 2025-02-18: inside three months."),
    F("no-accountability", 3, "镇纪委 提醒谈话 + 责令在党员大会上作出检查; 4860元 returned."),
    F("no-accountability", 2, "Fee paid back, 白条 money returned, 报账员 作了检讨."),
    F("no-mechanism", 1, "《蘵湾村重大事项决策议事规则》."),
    F("no-mechanism", 5, "“月公开、季审核”制度."),
    F("no-deadline", 3, "2025年4月底."),
    F("no-deadline", 2, "2025年1月底 (the gap there is the owner)."),
    F("no-owner", 4, "组织委员甘小禾 is named (the gap there is the copied measure)."),
], links=[
    L("制定《蘵湾村重大事项决策议事规则》", 1), L("原承包户已补交2023年、2024年鱼塘承包费1.2万元", 2),
    L("多领取的4860元已全部退回", 3), L("发展党员严格进行政治审查", 4), L("补公开2024年第二、三季度财务收支明细", 5)])

# p04 蘡城区水务投资集团 (state firm): formal 反馈意见 （一）–（六） heading。detail; 三、整改意见 一是…三是 not problems.
# Report: DOCX, two intro paragraphs + 7-column 整改台账 table (one row per problem).
G["p04"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("repeated-measure", 3, "Row 3 opens with the same boilerplate paragraph (组织全体党员干部深入学习《中国共产党纪律处分条例》…) as row 5."),
    F("repeated-measure", 5, "Row 5 is the same boilerplate paragraph plus one 补公示 sentence; nothing on the 劳务派遣 hiring of relatives."),
    F("no-mechanism", 2, "Row 2 audits the 2 标段 and punishes, but makes no rule on 先施工后招标 or on 设计变更/签证 approval although the feedback's 整改意见 asked for 工程管理 rules."),
    F("weak-leadership", None, "No 领导小组, no 第一责任人: the work is 分解到相关部门 with 党群工作部 collecting progress; the 党委书记 is never mentioned."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-05-28, report 2025-08-27: 91 days but inside three calendar months (limit 2025-08-28)."),
    F("no-disclosure", None, "集团内网 and 职工公示栏 公示."),
    F("inconsistent-claim", None, "23 measures = 19 + 4; rows 4 and 6 are the two long-running items named in the intro."),
    F("no-accountability", 2, "诫勉谈话 + 调整工作岗位."),
    F("no-accountability", 3, "1.8万 recovered, 工会主席 诫勉谈话."),
    F("no-deadline", 6, "长期坚持."),
    F("no-owner", 4, "总会计师包若澄 is a member of the management team."),
    F("no-owner", 6, "党委副书记淳于雁 (compound surname)."),
    F("no-mechanism", 1, "修订 前置研究事项清单."),
    F("no-mechanism", 4, "《水费欠费催收管理办法》."),
], links=[
    L("补充审议和风险评估", 1), L("核减造价48.6万元", 2), L("已收回违规发放的购物卡费用1.8万元", 3),
    L("已清收欠费327万元", 4), L("补充履行公示程序", 5), L("设立党员先锋岗8个", 6)])

# p05 藟水县妇幼保健院党总支 (hospital): 反馈会 speech by the 巡察组组长; 二、问题 一是…六是; 三、要求 一要…三要 not problems.
# Report (UTF-16 LE BOM): plain reworded headings 一、…五、, measures inline 一是…, brackets; heading 一、 answers #1 and #6.
G["p05"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("vague-measure", 4, "四、改进医德医风 is slogans only (坚持以人民为中心, 进一步强化, 持续改善, 努力提高): nothing on the 9 late 行风投诉 or the 满意度调查."),
    F("no-accountability", 2, "21.4万 refunded and a 稽核办法 made, but nobody in 儿童保健科/妇科 is held to account for 串换项目 and 分解住院."),
    F("no-deadline", 5, "五、's bracket has only 责任领导：院长蔺航, no 完成时限, while the recruitment is still at 笔试; all other sections give a time."),
], must_not_flag=[
    F("weak-leadership", None, "党总支书记 leads the 领导小组 and is 第一责任人; 7 专题会议."),
    F("no-disclosure", None, "院内公示栏 and 医院官网 予以公开."),
    F("late-report", None, "Speech 2025-06-17, report 2025-09-12: inside three months."),
    F("inconsistent-claim", None, "25 tasks = 22 + 3."),
    F("unanswered-issue", 6, "Answered inside the merged heading 一、 (二是 重新设置党支部, 三是 积分/组织生活会)."),
    F("no-deadline", 4, "长期坚持 (the gap there is vagueness)."),
    F("no-accountability", 3, "免去设备科科长职务 + 谈话函询."),
    F("no-mechanism", 2, "《医保基金使用内部稽核办法》."),
    F("no-mechanism", 5, "《人才培养经费使用管理办法》."),
    F("no-owner", 5, "院长蔺航 is named (the gap there is the deadline)."),
], links=[
    L("补充研究并作出说明", 1), L("由原3个调整为4个", 6), L("21.4万元违规费用全部退回医保基金", 2),
    L("更换供应商11种", 3), L("持续改善患者就医体验", 4), L("每周派驻儿科专家2名坐诊带教", 5)])

# p06 蘥岭县第二中学党总支 (school): areas 一、…方面 with numbering 1．2． restarting in each area (2+2+2); 四、整改意见 not problems.
# Report: answers by number “针对反馈意见第N部分第M个问题”; 第二部分第1个问题 (#3) is skipped.
G["p06"] = dict(mode="pair", issues=6, unanswered=[3], must_flag=[
    F("unanswered-issue", 3, "有偿补课 and 资料费 (第二部分第1个问题) have no section; the numbering jumps from 第一部分第2个 to 第二部分第2个."),
    F("no-mechanism", 5, "The feedback says the 2019 绩效考核办法 was never revised; the answer re-checks 2024 results and handles 2025 推荐 once, with no revised 办法 or rule."),
    F("inconsistent-claim", None, "21 measures, but 17 done + 3 in progress = 20."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-03-20, report 2025-06-18: inside three months."),
    F("no-disclosure", None, "学校公众号 and 校务公开栏 公开."),
    F("weak-leadership", None, "书记 and 校长 co-lead the 领导小组; 书记 is 第一责任人, 亲自部署、亲自督办."),
    F("no-owner", 4, "Owner in prose: 由分管后勤的副校长温颂负总责，总务处主任岑晚具体落实."),
    F("no-mechanism", 4, "《学校食堂食材采购比价和验收制度》."),
    F("no-accountability", 4, "原食堂管理员 批评教育并调离 (no money found missing)."),
    F("no-deadline", 6, "长期坚持."),
    F("no-mechanism", 1, "修订 two 议事规则."),
    F("no-mechanism", 2, "“三级审核”制度 and 《课堂教学和教辅资料审查办法》."),
], links=[
    L("逐项提交党总支会议补充研究", 1), L("对在工作群转发不当言论的教师进行批评教育", 2),
    L("三方比价、双人验收", 4), L("调整考核等次3人", 5), L("已确定入党积极分子5名", 6)])

# p07 蘨桥街道党工委 (street office): 反馈会 speech by the 组长, problems 一是…五是 in one paragraph; 第一…第三 要求 not problems.
# Report: public 整改进展情况的通报 (予以公布, phone, address), （一）–（五） 关于…的问题 + 一是… + (牵头领导；完成时限).
G["p07"] = dict(mode="pair", issues=5, unanswered=[], must_flag=[
    F("copied-measure", 1, "（一） repeats the feedback (贯彻落实区委决策部署有偏差、老旧小区改造任务推进不力、群众投诉得不到回应) with 切实提高政治站位/加快推进/认真回应: no figure on the 3 unfinished 小区 or the 32 投诉."),
    F("no-owner", 4, "（四）'s bracket gives only 完成时限; every other item names a 牵头领导."),
    F("late-report", None, "Feedback 2024-10-16, notice 2025-02-10: more than three months."),
], must_not_flag=[
    F("no-disclosure", None, "The notice itself is public: 予以公布, phone, mailing address."),
    F("weak-leadership", None, "党工委书记伍沐歌 leads, 第一责任人, 8 meetings, 直接协调、直接督办."),
    F("inconsistent-claim", None, "19 tasks = 16 + 3; 4 new + 1 existing = 5 社区."),
    F("no-accountability", 3, "政务警告处分 for the former 财政所所长, 诫勉谈话, money recovered."),
    F("no-mechanism", 3, "修订《街道机关财务报销管理办法》, 《会议费管理细则》."),
    F("no-mechanism", 4, "修订《网格员绩效考核办法》."),
    F("no-deadline", 4, "2025年1月底 (the gap there is the owner)."),
    F("no-owner", 2, "党工委委员、副主任龚岫."),
], links=[
    L("加快推进老旧小区改造任务", 1), L("对推诿群众的2名窗口工作人员进行调岗", 2), L("对街道财政所原所长给予政务警告处分", 3),
    L("对编造巡查记录的3名网格员予以解聘", 4), L("推动4个社区新成立物业党支部", 5)])

# p08 萴原县公路事业发展中心 (事业单位): formal 反馈意见 （一）–（五） heading line + “具体表现：”; 三、整改意见 not problems.
# Report: short report + “附：巡察反馈问题整改台账” as ｜-separated text rows (header + 5 rows).
G["p08"] = dict(mode="pair", issues=5, unanswered=[], must_flag=[
    F("no-deadline", 2, "Row 2's 完成时限 is “根据施工单位返修进度确定”, i.e. none, and the item is 正在推进."),
    F("weak-leadership", None, "Only “明确由办公室牵头，各科室按照职责分工抓好整改落实”: no 领导小组, no 第一责任人, the 支部书记/主任 never appears, although the feedback asked for it."),
    F("no-disclosure", None, "The feedback's 整改意见（四） asks to 公开; the report has no 公开/公示/电话 (公开拍卖 and 内部通报考勤 are not disclosure)."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-07-09, report 2025-09-30: inside three months."),
    F("inconsistent-claim", None, "15 = 12 + 3; problems 3 done (rows 3–5) + 2 ongoing (rows 1–2); 46 = 41 + 5; 4 rules named = 4."),
    F("no-accountability", 4, "2 职工 警告处分, 1.5万 退缴."),
    F("no-deadline", 5, "长期坚持."),
    F("no-owner", 5, "支部组织委员沙向晚 is a named person."),
    F("no-mechanism", 2, "修订《公路养护工程质量保证金管理办法》 (the gap there is the deadline)."),
    F("no-mechanism", 3, "《固定资产管理办法》《公务用车和加油卡管理规定》."),
    F("no-owner", 2, "副主任晏清河."),
], links=[
    L("养护资金改为按季度预拨", 1), L("已追回19.5万元", 2), L("核实为公务用油41笔", 3),
    L("中心给予2人警告处分", 4), L("补开2024年度组织生活会", 5)])

# p09 蕮山县人民检察院党组 (procuratorate): 纪委 website news item, problems as six “；” clauses after 巡察组指出…但巡察也发现一些问题： ending 等问题;
# 整改意见 一是…四是, the 讲话 要求 and the 表态 are not problems.
# Report: 关于“…”的问题 headings in the order 2,1,4,3,5; #6 never answered.
G["p09"] = dict(mode="pair", issues=6, unanswered=[6], must_flag=[
    F("unanswered-issue", 6, "机关党建与检察业务融合不够 / 组织生活会辣味不足 has no section and no measure."),
    F("no-accountability", 3, "公车私用 and 违规报销差旅费: only 退还4260元, a revised 用车办法 and 警示教育; nobody is disciplined or even named."),
    F("no-mechanism", 4, "暂扣款 cleared once (86.3万 上缴) and the 保管室 re-registered, but no rule or system for 涉案财物 management."),
], must_not_flag=[
    F("late-report", None, "Feedback meeting 2025-04-21 (news published 04-22), report 2025-07-18: inside three months."),
    F("no-disclosure", None, "门户网站 公开, 监督电话."),
    F("weak-leadership", None, "检察长 leads the 领导小组, 第一责任人, 6 meetings, 逐项督办."),
    F("inconsistent-claim", None, "24 = 21 + 3."),
    F("no-mechanism", 3, "修订《机关公务用车管理办法》 (the gap there is accountability)."),
    F("no-accountability", 2, "通报批评 + 绩效考核扣分 for the 承办检察官."),
    F("no-deadline", 1, "长期坚持."),
    F("no-deadline", 5, "长期坚持."),
    F("no-mechanism", 2, "修订《案件质量评查实施细则》, 预警."),
], links=[
    L("建立案件流程监控“红黄灯”预警", 2), L("新立公益诉讼案件11件", 1), L("已于5月底前全部上缴", 4),
    L("相关人员已退还违规报销的差旅费4260元", 3), L("实行“导师制”", 5)])

# p10 蘞阳县融资担保集团 (国有金融企业): 反馈意见 with （一）–（三） “在…方面” and continuous 1．–6．; closing requirement paragraph not a problem.
# Report: plain reworded headings 一、–六、, inline 一是… + (责任领导；完成时限).
G["p10"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("repeated-measure", 1, "一、回归政策性担保定位 is the 党建引领 paragraph pasted verbatim from 六、; nothing on the 54% share or the large guarantees."),
    F("repeated-measure", 6, "六、 is the same paragraph as 一、."),
    F("vague-measure", 3, "三、代偿风险 is slogans only (牢固树立底线思维, 进一步加强保后管理, 切实提高追偿实效, 坚决守住底线): nothing on the 4380万 or the false “正常” checks."),
    F("no-disclosure", None, "The feedback asks to 公开整改情况; the report never does (费率 在营业场所公示 is not disclosure of the rectification)."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-08-05, report 2025-10-31: inside three months."),
    F("weak-leadership", None, "支部书记、董事长 leads the 领导小组, 第一责任人, 5 meetings."),
    F("inconsistent-claim", None, "26 = 22 + 4; 14 = 11 + 3."),
    F("no-accountability", 5, "记过处分 + 调离, 免去职务, card handed in."),
    F("no-owner", 5, "支部纪检委员钮晓棠 is a named person."),
    F("no-mechanism", 4, "修订《反担保管理办法》."),
    F("no-deadline", 3, "长期坚持 (the gap there is vagueness)."),
    F("no-deadline", 6, "长期坚持."),
], links=[
    L("实行1%至2%的分档费率", 2), L("切实提高代偿追偿实效", 3), L("已补办11个", 4), L("分别给予记过处分并调离业务岗位", 5)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
