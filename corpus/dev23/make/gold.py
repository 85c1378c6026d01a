"""Write p01..p08/gold.json (dev-pairs gold format) for dev23. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev22/make/gold.py. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蘧川县公路事业发展中心党委: 反馈意见 （一）–（六） with bracketed footnote markers ［注N］ and a closing 注释 list
# (evidence and basis, not problems); 二、整改意见 （一）–（三） not problems. Report: HTML 通报 with a 挂图作战 table
# carrying a 三色 lamp per row (🟢/🟡/🔴); only five rows, #6 (养护站党支部) never answered.
G["p01"] = dict(mode="pair", issues=6, unanswered=[6], must_flag=[
    F("unanswered-issue", 6, "基层党组织建设薄弱 (3 养护站党支部 without 组织生活会, 补写 records, no 入党积极分子, 党费少缴) has no row in the 作战表 and is not mentioned anywhere in the report."),
    F("no-deadline", 3, "Row 3's 完成时限 is “根据项目验收进度确定” and the row is 🟡 黄灯 with the bridge acceptance still being organised — no date."),
    F("inconsistent-claim", None, "“巡察反馈的6个问题已全部亮起绿灯，整改任务全面完成” while the table has only five rows, row 3 is 🟡 黄灯, and 下一步 speaks of 尚需时日的工作; “批评教育3人” appears nowhere in the rows."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记、主任阚青禾 heads the 领导小组, 第一责任人, chaired 5 专题会议, went to 藟坪养护站 and 2 projects to 督办."),
    F("late-report", None, "Feedback 2025-05-14, 通报 2025-07-30: 77 days."),
    F("no-disclosure", None, "The 通报 is published on the bureau site with phone, e-mail and address."),
    F("no-accountability", 4, "原车队队长 党内警告处分; 办公室主任 and 工会主席 诫勉谈话; 2.1万 + 4.6万 returned."),
    F("no-mechanism", 2, "修订《中心党委议事规则》 and an 一岗双责 履职清单."),
    F("no-mechanism", 3, "《农村公路工程设计变更和现场签证管理办法》."),
    F("no-mechanism", 4, "《中心公务用车和油卡使用管理规定》."),
    F("no-owner", 3, "党委委员、副主任芮知远 is in the 责任领导 column."),
    F("no-deadline", 1, "2025年6月30日."),
    F("vague-measure", 1, "Concrete: 11 projects with nodes, 7 finished, 联审机制, 380万 extra, 到位率 92%."),
], links=[
    L("建立项目前期联审机制", 1), L("制定班子成员“一岗双责”履职清单", 2), L("核减不合理签证造价61.2万元", 3),
    L("收回全部8张公务加油卡", 4), L("已交流轮岗7名", 5)])

# p02 藟溪县园林绿化服务中心党支部: DOCX 反馈意见 whose problems are the 扣分理由 cells of a 量化评价 table
# (评价指标｜分值｜得分｜扣分理由); rows "本项未扣分" and 合计 are not problems (6 problems). Report GB18030: 扣分项一…六,
# each with 存在问题 / 定措施 / 定责任人 / 定时限 / 定标准 / 整改结果 ("四定").
G["p02"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("vague-measure", 4, "扣分项四 (作风: 12345 工单 61% 按期办结, 脱岗) has only slogans (深入学习…宗旨, 进一步转变工作作风, 坚决杜绝推诿扯皮), 定标准 “群众满意度明显提升”, and claims 已完成 — nothing on the 138 工单 or 脱岗."),
    F("no-owner", 5, "扣分项五's 定责任人 is “支部各委员按分工负责” — no named person, where every other item names one."),
    F("no-disclosure", None, "The feedback asks that 整改情况…向干部职工和服务对象公开; the report is addressed only to the 县委巡察办 and says nothing of 公开, 公示 or a 监督电话."),
], must_not_flag=[
    F("weak-leadership", None, "支部书记、主任萇沐霖 heads the 领导小组, 第一责任人, signed every 四定 task sheet, 4 支委会, 3 site checks."),
    F("late-report", None, "Feedback 2025-06-03, report 2025-07-28: 55 days."),
    F("inconsistent-claim", None, "4 done + 2 持续推进 (一、六) match the 整改结果 lines; 9.1万 + 4.2万 + 10.1万 = 23.4万; 严重警告1, 警告1, 诫勉1, 移交司法1; 3 rules named."),
    F("no-accountability", 2, "原采购员 党内严重警告处分, 原工程科科长 党内警告处分."),
    F("no-accountability", 3, "班组长 移交司法机关, 综合科副科长 诫勉谈话."),
    F("no-mechanism", 2, "《园林苗木采购和栽植验收管理办法》."),
    F("no-mechanism", 3, "修订《临时用工管理办法》."),
    F("no-mechanism", 5, "重新修订《党员积分管理实施细则》."),
    F("no-deadline", 6, "2025年9月30日."),
    F("no-deadline", 1, "2025年11月30日前全部完工."),
    F("no-owner", 4, "定责任人 names 支部书记、主任萇沐霖 (the gap there is the slogan measure)."),
], links=[
    L("逐处倒排工期", 1), L("将涉及同一实际控制人的2家供应商列入中心采购黑名单", 2), L("临时工工资全部通过银行代发", 3),
    L("坚决杜绝推诿扯皮", 4), L("重新修订《党员积分管理实施细则》", 5), L("剩余4.2万元已提起诉讼", 6)])

# p03 蒟岭县劳动人事争议仲裁院党支部: feedback is an OA e-mail forwarded twice (局党组办公室 ← 巡察办 ← 巡察组), the
# 反馈意见 quoted with "> " lines, problems 1.–6.; the forwarding notes (deadlines, phone) and 巡察组建议 一是…三是 are not
# problems. Report: a 融媒体 feature story 《“超审限清单”清零之后》 with 【小标题】 per problem and quotes from 当事人.
G["p03"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("copied-measure", 4, "【案卷归档】 only restates the finding as a promise (将对…210卷案卷进行归档，确保…3个月内归档，…不再形同虚设) — no action taken, no rule."),
    F("no-accountability", 2, "The feedback names 2 兼职仲裁员 acting as 代理人 and a 立案窗口 worker who did not recuse; the report revises the 回避 rule and takes a written promise, but nobody is dealt with (no 谈话提醒, 批评教育 or 解聘)."),
    F("late-report", None, "Feedback 2025-02-26; the report is said to have been sent 日前 and the story is dated 2025-06-18: 112 days, beyond three months."),
], must_not_flag=[
    F("weak-leadership", None, "支部书记、院长詹牧云 heads the 领导小组, 第一责任人, revised the plan himself and chaired all 4 调度会."),
    F("no-disclosure", None, "Published by the county media centre with a 监督电话; 阳光仲裁 办事指南 published."),
    F("inconsistent-claim", None, "“17项任务中已完成15项，其余2项正在推进” fits 归档 (by 9月底) still open; 3.6万 by 7 仲裁员."),
    F("no-accountability", 3, "副院长 诫勉谈话, 财务人员 批评教育."),
    F("no-accountability", 5, "时任办公室副主任 党内警告处分, others 批评教育, costs borne personally."),
    F("no-mechanism", 1, "《仲裁案件审限管理办法》 with system warnings."),
    F("no-mechanism", 2, "修订《仲裁员回避管理规定》 and a 回避信息库 (the gap is accountability)."),
    F("no-mechanism", 5, "《公务接待管理实施细则》."),
    F("no-owner", 1, "由甘棠牵头."),
    F("no-deadline", 6, "6月底前完成."),
], links=[
    L("在办案系统中设置审限预警", 1), L("建立回避信息库", 2), L("同一案件只能按一个名目发放", 3),
    L("将对2022年至2024年未按规定归档的210卷案卷进行归档", 4), L("院内食堂只提供职工工作餐", 5), L("补选了1名支部委员", 6)])

# p04 葼山县茶叶产业发展中心党支部: 组长's speech (录音整理) with long digressions (childhood on the tea hill, an old
# Party member, a market trip, a 茶王赛 story); six problems, each opened by 我们发现 / 我们还发现 / 最后一个问题, #2 hidden
# inside the old-member digression; 三点希望 not problems. Report: PDF of a covering report + one 问题整改销号审批表 per
# problem (two-column form table with the approval chain); the 主要领导意见 row is “（未签署）” on every form.
G["p04"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("repeated-measure", 2, "表2 (技术推广走过场) has the generic four-step paragraph (认真学习…自查自纠…台账…定期通报) that is pasted word for word as 表4's measure."),
    F("repeated-measure", 4, "表4 (48万 设备 未经集体研究) carries the same pasted paragraph as 表2 and is nevertheless 同意销号."),
    F("weak-leadership", None, "The 支部书记、主任 is away at 党校; a 副书记、副主任 牵头; no 领导小组 led by the principal, no 第一责任人; the 主要领导意见 row is “（未签署）” on all six 销号审批表."),
    F("no-mechanism", 6, "兼职取酬: the two technicians resign and refund, but the only forward line is “今后中心严禁…发现一起处理一起” — no rule on 兼职 or 在岗 made."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-04-16, report 2025-07-10: 85 days."),
    F("no-disclosure", None, "销号事项 to be 公示 on the 公示栏 and the bureau site with a phone number."),
    F("inconsistent-claim", None, "4 销号 + 2 暂缓 (第2、3号) match the forms; 18.4 + 6.7 = 25.1万; 警告1 (检测室负责人), 诫勉2, 批评2; 2 rules."),
    F("no-accountability", 1, "产业科科长 诫勉谈话."),
    F("no-accountability", 5, "检测室负责人 党内警告处分, 分管副主任 诫勉谈话, 2 财务 批评教育."),
    F("no-mechanism", 1, "《茶产业扶持资金项目申报审核办法》."),
    F("no-mechanism", 3, "《“葼山云雾”区域公用品牌授权使用管理办法》 with 退出机制."),
    F("no-owner", 6, "责任人：办公室主任缪砚秋."),
    F("no-deadline", 3, "2025年10月31日."),
], links=[
    L("取消其三年内申报资格", 1), L("重新签订授权协议", 3), L("检测室不再保管任何现金", 5), L("辞去茶厂兼职", 6)])

# p05 薁城区市政工程建设中心党组: feedback is the inspection group's 个别反馈谈话提纲 for the 党组书记 (header fields,
# five timed parts, ○ bullets); the six ○ under 二、 are the problems; ○ under 一、三、四、五、 are not. Report: DOCX, each
# problem quoted in a box (one-cell table, 【巡察反馈原文】) then 整改落实情况 and one field line.
G["p05"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-deadline", 2, "(二)'s 完成时限 is “视资金追收情况适时完成” while 410万 is still being chased — no date."),
    F("no-accountability", 4, "突击提拔 without 民主推荐 and with 事后补写 考察材料: the report redoes the procedure, keeps both appointments and revises a rule, but nobody (组织人事科, 党组) is held to account."),
    F("copied-measure", 6, "(六) answers the 上轮整改不彻底 finding by restating it as a pledge (将切实提高认识，坚决纠正整改“表面化”问题，确保工程变更管理规范) — the 9 变更 are not dealt with and no approval flow is set."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、主任荀雁回 heads the 领导小组, 第一责任人, approved the plan, 7 meetings, 3 site visits, monthly hearing on the 410万."),
    F("late-report", None, "Feedback 2025-05-21, report 2025-08-12: 83 days."),
    F("no-disclosure", None, "To be published in the 区政府门户网站“政务公开”栏目 with a phone number."),
    F("inconsistent-claim", None, "4 done + 2 推进 (二、六) match the status fields; 710万 recovered + 410万 pending = 1120万; 党内警告1, 政务警告1, 诫勉3; 4 rules."),
    F("no-accountability", 2, "计划财务科科长 政务警告, 分管副主任 诫勉谈话."),
    F("no-accountability", 3, "原工程科副科长 党内警告处分, 工程科科长 诫勉谈话."),
    F("no-accountability", 5, "项目部负责人 诫勉谈话; 3.4万 伙食费 paid."),
    F("no-mechanism", 1, "修订《中心政府投资项目前期工作管理办法》."),
    F("no-mechanism", 3, "《中心工程项目发包管理规定》."),
    F("no-owner", 2, "副主任芮景行."),
    F("no-deadline", 1, "2025年6月30日."),
], links=[
    L("已依合同向勘察单位追偿", 1), L("工程款支付“三对照”审核制度", 2), L("禁止化整为零", 3),
    L("提拔前须完成举报核查", 4), L("凭票报销", 5), L("坚决纠正整改“表面化”问题", 6)])

# p06 蘡水县老干部活动中心党支部: 反馈意见 in 第一/二/三部分 with problems numbered in capital numerals 壹．…陆．
# (CRLF); 第三部分 整改建议 （壹）–（叁） not problems. Report UTF-16: a compilation of four 巡察整改工作简报 issues (第1–4期),
# each with 【本期导读】 and items with a (责任人；时限；状态) bracket; #5 (固定资产) never appears.
G["p06"] = dict(mode="pair", issues=6, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "固定资产管理混乱 (41件 下落不明, 27件 未报废, 账实不符) is in none of the four 简报."),
    F("vague-measure", 1, "第4期's answer to 政治引领 is only slogans (进一步提高政治站位, 切实加强…指导, 不断丰富学习内容、创新学习形式) with a claimed 学习热情明显提高 — nothing on 9 of 12 学习 replaced by 录像 or the 3 members outside 组织生活."),
    F("late-report", None, "Feedback 2025-03-05; the compiled report is dated 2025-07-02 (119 days) and the last 简报 2025-06-30 (117 days)."),
    F("inconsistent-claim", None, "第4期 says “6个问题已全部制定整改措施，其中已完成整改5个，持续推进1个”, but only five problems are answered (4 done + #1 持续推进); #5 has no measure at all."),
], must_not_flag=[
    F("weak-leadership", None, "支部书记、主任苏暮晴 heads the 领导小组, 第一责任人, reviewed the plan, 约谈 on delays, gave the 党课."),
    F("no-disclosure", None, "Each 简报 is posted on the 公示栏 and sent to the 离退休干部微信群; a 座谈会 reported the results to 19 老同志."),
    F("no-accountability", 2, "时任副主任 党内警告处分, 综合科科长 诫勉谈话, 2.9万 returned."),
    F("no-accountability", 3, "原主任 诫勉谈话 by his unit, 出纳 批评教育, 7.2万 上缴国库."),
    F("no-mechanism", 2, "《老干部活动经费使用管理办法》."),
    F("no-mechanism", 3, "《活动场所使用管理规定》."),
    F("no-mechanism", 4, "《离退休干部走访慰问工作制度》."),
    F("no-owner", 6, "责任人：苏暮晴."),
    F("no-deadline", 3, "2025年5月15日 (and 3月15日 for 立行立改)."),
    F("no-deadline", 1, "“长期坚持” is a time answer; #1's gap is the slogan measure."),
], links=[
    L("终止场地使用", 3), L("由参加旅游的11名在职人员按实际费用全额退回", 2), L("租金7.2万元全部上缴县财政国库", 3),
    L("建立独居、失能、高龄离退休干部信息台账", 4), L("选举产生新一届支部委员会", 6), L("不断丰富学习内容、创新学习形式", 1)])

# p07 蕓江区机关幼儿园党支部 (report-only): the report opens with a self-check against the 巡察办's 审核要点 (要点1…8,
# "是/待…研究"), then （一）–（六） "……的问题" each with 巡察指出： / 整改情况：一是… / 责任人；完成时限 lines.
G["p07"] = dict(mode="report-only", issues=6, unanswered=[], must_flag=[
    F("repeated-measure", 2, "招生 (9 插班 children, 打招呼) is answered by the generic four-step paragraph (认真学习…自查自纠…台账…定期通报…坚决防止) pasted word for word under (四)."),
    F("repeated-measure", 4, "师德 (礼品, 有偿补课) has the same pasted paragraph as (二); no refund, no handling of the 2 teachers."),
    F("no-owner", 3, "(三) 食品安全 gives only “完成时限：2025年5月31日” — no 责任人, where every other item names one."),
    F("no-mechanism", 5, "采购: money refunded and 2 people 批评教育, but the only forward line is “今后严格按照政府采购有关规定进行采购” — no 采购 or 验收 rule made."),
    F("inconsistent-claim", None, "要点4 claims all 6 problems and 15 tasks done, yet (一) says 5.3万 refunds are 正在逐一联系 and (六) 正在推进中 (deadline 2025-12-31); 要点5 claims 批评教育3人 (two shown), 要点6 claims 2 rules (one shown)."),
    F("no-disclosure", None, "要点7: 公开 only “待本报告经区委巡察办审核后研究”; nothing has been made public to parents or staff."),
    F("weak-leadership", None, "The 领导小组 is headed by a 支部委员、副园长; the 支部书记/园长 never appears — no 第一责任人, no 直接部署、过问、督办 by the principal."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-04-10, report 2025-07-02: 83 days."),
    F("no-mechanism", 1, "《幼儿伙食费管理办法》."),
    F("no-accountability", 1, "后勤主任 诫勉谈话."),
    F("no-deadline", 3, "2025年5月31日 (the gap there is the missing owner)."),
    F("no-owner", 1, "副园长邰清漪、后勤主任禹采菱."),
    F("no-owner", 6, "党支部组织委员、保教主任钟晓禾."),
    F("no-deadline", 6, "2025年12月31日."),
], links=[
    L("核定应退还幼儿家长的结余伙食费11.6万元", 1), L("实行食材验收由后勤人员、保健医生、家长代表三方签字", 3),
    L("委托第三方进行价格评估", 5), L("重新评定党员示范岗5个", 6)])

# p08 蒻溪县水产技术推广站党支部: 纪委 site news page on the feedback meeting; problems as bold 病灶一…病灶六 paragraphs
# ("把脉问诊"); the 处方 一要…三要, the 表态 and the 线索 sentence are not problems. Report: good; items "医治“病灶N”"
# with 整改节点 ①②③ dated steps, then 责任领导/责任科室/完成时限/整改状态.
G["p08"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "支部书记、站长禹听潮 heads the 领导小组, 第一责任人, 直接部署、直接过问、直接督办, 6 meetings, site checks."),
    F("late-report", None, "Feedback 2025-02-21, report 2025-05-16: 84 days."),
    F("no-disclosure", None, "To be published on the bureau site and 站务公开栏 with phone and e-mail."),
    F("inconsistent-claim", None, "5 done + 病灶五 按节点推进; 4.1 + 5.4 + 3.8 + 0.6 = 13.9万; 警告1, 诫勉2, 批评3; 5 rules all named; 17 + 2 = 19 tasks."),
    F("no-accountability", 1, "原养殖科科长 诫勉谈话."),
    F("no-accountability", 2, "渔政科工作人员 党内警告处分, 分管副站长 批评教育."),
    F("no-accountability", 4, "驾驶员 诫勉谈话 and 退赔."),
    F("no-mechanism", 1, "修订《增殖放流项目验收办法》."),
    F("no-mechanism", 2, "《渔业补贴初审工作规程》."),
    F("no-mechanism", 4, "修订《公务用车使用管理规定》."),
    F("no-mechanism", 5, "《技术人员下乡服务考核办法》."),
    F("no-mechanism", 6, "《党费收缴核定办法》."),
    F("no-deadline", 5, "节点③ 2025年10月31日前; 完成时限 2025年10月31日."),
    F("no-owner", 5, "党支部书记、站长禹听潮."),
    F("vague-measure", 5, "Concrete: 90 days a year, 3 technicians back, 320亩 示范基地."),
], links=[
    L("委托第三方对2024年两个增殖放流点的放流效果开展抽样评估", 1), L("逐船比对", 2), L("立即停止水质检测、鱼病诊断收费", 3),
    L("2辆业务用车全部安装北斗定位", 4), L("“稻虾轮作高效模式”已在2个乡镇建立示范基地", 5), L("4名少缴党费的党员已补缴2160元", 6)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
