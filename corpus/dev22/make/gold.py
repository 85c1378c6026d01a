"""Write p01..p10/gold.json (dev-pairs gold format) for dev22. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev21/make/gold.py. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蒴川县教育体育局党组: 县委巡察办 通知, areas 一、二、三、 each with a summary lead sentence and then one paragraph
# per problem opening 有的… (3+2+2); 四、整改要求 not problems. Report: landscape DOCX, one 8-column table with 整改目标,
# vMerged 责任领导 (rows 1-2), #4 over two rows, closing 合计 row.
G["p01"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "The closing 合计 row claims 已完成6个、正在推进2个 (8 for 7 problems) and 整改措施22条全部落实, while the preamble says 5 done + 2 持续推进 and the 完成情况 column shows #3 and #4's second row 持续推进."),
    F("no-owner", 6, "Row 6 (学校党支部组织生活流于形式) has “—” in the 责任领导 column; only 机关党委 is named, no leader."),
    F("no-deadline", 3, "Row 3's 完成时限 reads “视工作进展推进” — no date, and the item is 持续推进."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长郗望岚 heads the 领导小组, is 第一责任人, chaired 4 党组会议 and went to two schools to 督办."),
    F("late-report", None, "Feedback 2025-03-12, report 2025-06-06: 86 days."),
    F("no-disclosure", None, "The report is to be published on the 县教育体育局门户网站“通知公告”栏目 with a 监督电话."),
    F("no-owner", 2, "Row 2's 责任领导 cell is vertically merged with row 1 (副局长訾文沛)."),
    F("no-accountability", 4, "原总务主任 党内警告处分; 萁塘中学校长 and the 计划财务股 head 诫勉谈话."),
    F("no-accountability", 5, "7 teachers lose the year's 师德考核, 2 中层 removed, 1 more 诫勉谈话."),
    F("no-mechanism", 1, "《中小学课后服务经费管理办法》 made with 县财政局."),
    F("no-mechanism", 4, "《中小学食堂大宗食材集中采购管理办法》 in #4's second row."),
    F("no-deadline", 4, "#4's rows give 2025年5月15日 and 2025年9月开学前."),
    F("vague-measure", 3, "Concrete: 分片联系11所学校, 每学期不少于2次, 3 议题 already on the 党组 agenda; the gap is the deadline."),
], links=[
    L("全部退回课后服务经费专户", 1), L("排查表由校长、总务主任和股室人员三方签字", 2), L("每人每学期到联系学校调研不少于2次", 3),
    L("终止与该配送企业的合同", 4), L("中小学食堂大宗食材集中采购管理办法", 4), L("当年师德考核定为不合格", 5),
    L("制定学校党支部组织生活纪实规范", 6), L("局属学校发展党员工作规程", 7)])

# p02 芏山县林业和草原局党组: 组长's speech posing 六问 — "第N问：…是不是…？" lines, each followed by a fact paragraph;
# 三点意见 一是…三是 not problems. Report: the secretary's first-person 回答“六问”, 问题—原因—措施—成效 in prose.
G["p02"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("vague-measure", 1, "The answer to 第一问 has only slogans (进一步提高思想认识, 切实增强学习的自觉性, 往深里走、往实里走, 学思用贯通) and a claimed 学习热情明显提高 — no study plan, no 研讨 count, nothing on the 林长制 落实措施."),
    F("no-mechanism", 5, "八项规定: money refunded and people dealt with, but the only forward-looking line is “今后，我们将严格执行…坚决防止‘四风’问题反弹回潮” — no rule on 接待 or 公车 made or revised."),
], must_not_flag=[
    F("weak-leadership", None, "The 党组书记、局长 writes in the first person, heads the 领导小组, chaired 5 党组会议 and 4 专题会, 6 site visits."),
    F("late-report", None, "Feedback 2025-04-22, report 2025-07-16: 85 days."),
    F("no-disclosure", None, "Published in the 局门户网站“信息公开”栏目 with a phone number."),
    F("inconsistent-claim", None, "5 done + #1 长期坚持 of 6; 8.6万 + 1.9万 = 10.5万; 诫勉3 (2 站长 + 场长), 批评教育2, 调岗1, 4 rules — all match the items."),
    F("no-accountability", 3, "2 管护站站长 诫勉谈话, the 分管副局长 批评教育."),
    F("no-accountability", 5, "葑岭林场场长 诫勉谈话, the driver 批评教育 with 绩效 withheld."),
    F("no-deadline", 1, "“长期坚持” is a time answer for a study item (the item is vague, not undated)."),
    F("no-mechanism", 3, "《生态护林员考勤管理办法》."),
    F("no-mechanism", 4, "修订《林木采伐审批工作规程》."),
    F("no-owner", 6, "（责任领导：蔺秋实；责任股室：机关党委…）."),
], links=[
    L("推动学习往深里走、往实里走", 1), L("重新修订《林长制工作考核办法》", 2), L("推行手机巡护定位打卡", 3),
    L("伐前现场查验、伐中抽查、伐后验收", 4), L("共退回1.9万元", 5), L("由专职副场长担任", 6)])

# p03 荭州理工大学外国语学院党委: 校巡办 反馈意见 in an ASCII Roman outline I./II./III. with (i)(ii)(iii) problems
# restarting per part (2+3+2); IV. 整改建议 (i)–(iii) not problems. Report: HTML 公告 on the college site, items keyed
# by number only "针对反馈意见第X部分第(y)项", order II(i), I(i), I(ii), II(ii), III(i), III(ii); II(iii) missing.
G["p03"] = dict(mode="pair", issues=7, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "II-(iii) (纪检委员 no 专项监督, 复试打分 complaint not investigated) is never answered: no item refers to 第II部分第(iii)项."),
    F("inconsistent-claim", None, "“7项问题中，已完成整改4项、基本完成2项、正在推进2项” sums to 8; the items show 3 已完成, 1 基本完成, 2 正在推进 and one problem absent; 诫勉谈话2人 claimed, only the 副院长 shown."),
    F("copied-measure", 7, "The III-(ii) item restates the finding (同声传译实验室设备使用记录为零, 劳务费发放缺少依据) and says it will 再次进行整改，确保整改彻底 — no action."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记祁若澜 heads the 领导小组, 第一责任人, 直接部署、直接过问、直接督办."),
    F("late-report", None, "Feedback 2025-05-09, 公告 2025-08-05: 88 days."),
    F("no-disclosure", None, "The 公告 itself is on the college site with e-mail and phone."),
    F("no-accountability", 3, "项目负责人 党内警告处分, 原分管财务副院长 诫勉谈话."),
    F("no-mechanism", 1, "修订 both 议事规则 with a 27-item 前置清单."),
    F("no-mechanism", 3, "《学院横向项目劳务费发放实施细则》."),
    F("no-owner", 7, "（责任领导：党委书记祁若澜；责任部门：党委办公室…）."),
    F("no-deadline", 2, "“2025年9月开学前” is a time limit."),
], links=[
    L("学院横向项目劳务费发放实施细则", 3), L("列出党委会前置研究事项清单27项", 1), L("停用审核未通过的2种", 2),
    L("一事一单、一单一结", 4), L("实现“双带头人”全覆盖", 6), L("再次进行整改，确保整改彻底", 7)])

# p04 薢溪县住房和城乡建设局党组: feedback grouped by the inspection group's own 工作小组 (综合组/财务审计组/组织人事组/
# 实地核查组), one problem per "…，表现为…" clause inside long paragraphs (2+2+2+1). Report GB18030: 专项行动一…七 in the
# unit's own order; 行动一 merges #3+#4, #7 split over 行动四 and 行动六; 行动二 and 行动七 share one pasted paragraph.
G["p04"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-owner", 5, "专项行动三 (档案) ends “此项工作由人事科负责” and its bracket gives only a 完成时限 — no leader, where every other item names one."),
    F("no-accountability", 3, "The feedback names 工程管理科 signing “同意支付” on 78.4万 overpaid and asks 查清责任、严肃处理; the report recovers money and adds a co-sign, but nobody is dealt with."),
    F("repeated-measure", 2, "行动二 (12345 诉求) is a generic four-step paragraph (专题学习/自查自纠/台账/通报) pasted word for word under 行动七."),
    F("repeated-measure", 6, "行动七 (支部换届) is the same pasted paragraph as 行动二; no 换届 date, no 补选."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长苌立川 heads the 领导小组, 第一责任人, 4 党组会议 and 6 推进会."),
    F("late-report", None, "Feedback 2025-02-18, report 2025-05-14: 85 days."),
    F("no-disclosure", None, "To be published on the 局门户网站 with a phone number."),
    F("inconsistent-claim", None, "5 done + 2 持续推进 (#3 追缴, #7 行动六) matches the statuses; 60.2万, 1.1万, 诫勉1, 批评2, 6 rules listed by name."),
    F("no-accountability", 4, "局办公室主任 诫勉谈话, 2 经办人 批评教育."),
    F("no-owner", 7, "Both halves (行动四, 行动六) name 副局长晁致远."),
    F("no-mechanism", 7, "《建筑施工安全隐患处罚后复查办法》 in 行动六, the second half of #7."),
    F("no-mechanism", 1, "修订《局党组工作规则》."),
    F("no-deadline", 1, "“2025年3月31日，以后每季度执行”."),
], links=[
    L("已追回60.2万元", 3), L("“三单合一”", 4), L("每季度至少专题研究一次党建", 1), L("已补齐学历学位材料6份", 5),
    L("发现仍未整改的7起全部下达停工整改通知", 7), L("处罚决定作出后15个工作日内必须现场复查", 7)])

# p05 葓川县艽坪乡党委: 纪委监委 WeChat article, problems as keycap-emoji lines 1️⃣…6️⃣; ✅ lines are requirements.
# Report: landscape DOCX, one five-column table 问题｜原因剖析｜整改措施｜整改成效｜责任人及时限, rows ①…⑥.
G["p05"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("vague-measure", 4, "Row ④ (作风) has only slogans (进一步提高思想认识, 切实转变工作作风, 坚决杜绝…) and an unsupported 作风明显好转 — nothing on 在岗率, 办事推诿 complaints or 自家茶园."),
    F("no-deadline", 2, "Row ②'s 责任人及时限 cell names 副乡长秦晚舟 but gives no time, and 2 拆除 cases are still in legal process."),
    F("no-disclosure", None, "The feedback asks for 开门整改/向社会公开; the report is only sent to the 领导小组 and says nothing of 公开, 公示 or a phone line."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记郦星河 heads the 领导小组, 第一责任人, 5 党委会议, 4 site visits."),
    F("late-report", None, "Feedback 2025-03-27, report 2025-06-23: 88 days."),
    F("inconsistent-claim", None, "4 done + 2 持续整改 (①, ⑥ by date); 党内警告1, 诫勉2, 5 rules — consistent with the rows."),
    F("no-accountability", 3, "蕺溪村党支部书记 党内警告处分; “三资”代理服务中心主任 诫勉谈话."),
    F("no-accountability", 5, "乡党政办主任 诫勉谈话; 1.2万 refunded."),
    F("no-mechanism", 1, "《艽坪乡帮扶项目资产后续管护和收益分配办法》."),
    F("no-mechanism", 6, "《艽坪乡流动党员管理办法》."),
    F("no-deadline", 4, "“长期坚持” is a time answer; #4's gap is the slogan measure."),
    F("no-owner", 2, "副乡长秦晚舟 is named."),
], links=[
    L("茶叶初制加工厂引入本地茶企租赁经营", 1), L("已拆除复耕4处", 2), L("重新公开竞价发包", 3),
    L("坚决杜绝“门难进、脸难看”现象", 4), L("公务用车加装定位系统", 5), L("找回失联流动党员11名", 6)])

# p06 蓣山县地方志编纂中心党支部 (report-only): 巡察整改自评报告, six 自评事项N blocks with 整改措施/责任人/完成时限/
# 自评等次/自评理由.
G["p06"] = dict(mode="report-only", issues=6, unanswered=[], must_flag=[
    F("repeated-measure", 2, "自评事项2 (内刊史实错误, no 三审) is answered by a generic four-step paragraph pasted word for word under 自评事项5."),
    F("repeated-measure", 5, "自评事项5 (组织生活) has the same pasted paragraph as 事项2, yet self-rated 较好."),
    F("no-mechanism", 4, "Money (7.8万 审稿费, 2.6万 duplicated) is refunded and people dealt with, but the only rule is “今后…一律不再另行发放费用” — no 财务 or 稿酬 rule made or revised."),
    F("weak-leadership", None, "Integration led by a 副主任 who is 组织委员; no 领导小组, no 第一责任人, the 支部书记 never appears; every 责任人 is the same 副主任."),
    F("no-disclosure", None, "Sent only to the 县委巡察办; nothing is published or announced."),
    F("inconsistent-claim", None, "“6个问题已全部完成整改，整改措施全部落实到位” while 事项1 (县志初稿 by 2025年12月底) and 事项6 (修复 6月, 库房 2026年底) are still under way by the report's own 自评理由."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-01-15, report 2025-04-09: 84 days."),
    F("no-accountability", 4, "原办公室主任 诫勉谈话, 3 people 批评教育."),
    F("no-mechanism", 3, "修订《中心干部职级晋升工作规程》."),
    F("no-mechanism", 6, "《地方文献资料征集保管办法》."),
    F("no-owner", 1, "副主任闵晓岚 and 编辑一科科长赖秋浦."),
    F("no-deadline", 6, "2025年6月30日 / 2026年底前."),
], links=[
    L("将剩余38个篇目分解到12名编辑", 1), L("中心干部职级晋升工作规程", 3), L("重复领取的2.6万元已由9名领取人全部退回", 4),
    L("转移至县档案馆库房代为保管", 6)])

# p07 葑溪区公共资源交易中心党支部: 巡察办 page, each problem in an HTML <details><summary>问题N：…</summary>; the last
# <details> is 整改要求 (not a problem). Report: 副主任's 汇报发言 at a 推进会 (根据录音整理), items in spoken order
# 3,1,2,6,5,7 ("先说/再说/第三个…"); #4 (信息公开) never answered.
G["p07"] = dict(mode="pair", issues=7, unanswered=[4], must_flag=[
    F("unanswered-issue", 4, "信息公开不及时不全面 (21 late 中标公告, 9 contracts, 投诉处理结果) is never answered; the only 公开 line is about publishing the report itself."),
    F("weak-leadership", None, "The 支部书记、主任 is away on study; a 副主任 “具体负责” and reports at a 推进会; no 领导小组, no 第一责任人, no 直接部署/督办 by the principal."),
    F("late-report", None, "Feedback 2025-01-08, report (the 汇报) 2025-05-22: 134 days, beyond three months."),
], must_not_flag=[
    F("no-disclosure", None, "The report says it will be published in the 中心门户网站“通知公告”栏目."),
    F("inconsistent-claim", None, "“已经整改完成3项，其余正在推进” matches the items (收费, 营商环境, 审计 done)."),
    F("no-accountability", 3, "财务负责人 诫勉谈话, 原分管副主任 批评教育; 5.2万 refunded."),
    F("no-mechanism", 3, "《中心服务事项收费管理规定》."),
    F("no-mechanism", 2, "修订《评标现场见证工作规范》."),
    F("no-owner", 1, "交易服务科负责, 副主任 牵头."),
    F("no-deadline", 6, "12月底前完成."),
], links=[
    L("已退还9.8万元", 3), L("上线保证金自动退还模块", 1), L("同一专家6个月内不得重复评审", 2),
    L("编外聘用人员从评标现场见证", 6), L("已补选支部委员1名", 5), L("在区政务云实现异地备份", 7)])

# p08 萩塘县农业机械化服务中心党支部: areas numbered 甲、乙、丙、 with （1）（2）… restarting (2+3+2); 整改意见 一是…四是 and
# the two 移交线索 are not problems. Report UTF-16: good report, items keyed "甲（1）关于…的问题" in order.
G["p08"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "支部书记、主任宿鸣皋 heads the 领导小组, 第一责任人, 6 支委会, site visits."),
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-12: 84 days."),
    F("no-disclosure", None, "Published in the 县农业农村局门户网站“巡察整改”专栏 with a 监督电话."),
    F("inconsistent-claim", None, "6 done + 1 正在推进 (甲（2）) matches; 11.4万, 2.3万, 2160元; 警告1, 诫勉2, 批评3, 5 rules all match the items."),
    F("no-deadline", 4, "“立行立改” for handing the car back is a legitimate time answer."),
    F("no-deadline", 6, "“2025年7月31日，此后长期坚持”."),
    F("no-accountability", 1, "核验人员 诫勉谈话 and 批评教育; 2 经销商 lose eligibility."),
    F("no-accountability", 3, "副主任 诫勉谈话, 报账经办人员 批评教育, 个人退赔."),
    F("no-accountability", 4, "原中心主任 党内警告处分."),
    F("no-mechanism", 1, "修订《农机购置补贴核验工作规程》."),
    F("no-mechanism", 3, "修订《中心会议和培训费管理办法》."),
    F("no-mechanism", 4, "《中心公务用车使用管理规定》."),
    F("no-owner", 5, "支部纪检委员、副主任庞沐秋."),
    F("no-owner", 2, "支部委员、副主任姬远山."),
], links=[
    L("“一机一码”核验", 1), L("设立乡镇流动检验点12个", 2), L("严禁以培训名义安排宴请", 3),
    L("专用车即日起交回中心车库统一管理", 4), L("查明系1名已退休干部替亲属说情", 5), L("每名党员至少提出2条具体批评意见", 6),
    L("少缴的2160元已全部补缴", 7)])

# p09 蓍湾街道党工委: 组长's speech naming "短板一：…短板六：" (6); 三点希望 一是…三是 not problems. Report: PDF (DOCX via
# soffice), items "补短板之N（对应短板M）" in order 3,1,2,6,4,5, each with owner line and a ■□ 整改进度 bar.
G["p09"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("copied-measure", 4, "补短板之五 (短板四, 意识形态阵地) restates the finding (没有建立阵地管理台账, 宣传栏过期, 微信群不实信息) and promises to 切实加强…补齐薄弱环节 — no台账, no action, yet 100%."),
    F("no-accountability", 2, "Money misuse named in the feedback (23.5万 on 补贴 and 聚餐, a 41.8万 project split for the 社区主任's relative) is refunded and re-audited, but no 社区 cadre or 财政所 reviewer is dealt with."),
], must_not_flag=[
    F("weak-leadership", None, "党工委书记阎初晴 heads the 领导小组, 第一责任人, coordinated key items, 4 meetings, 7 site visits."),
    F("late-report", None, "Feedback 2025-06-03, report 2025-08-28: 86 days."),
    F("no-disclosure", None, "Published on the “蓍湾发布” 公众号 and 政务公开栏 with a phone number."),
    F("inconsistent-claim", None, "4 items at 100% + 2 at 80%/60% matches “已整改完成4个、整改进度过半2个”; 诫勉1, 批评2, 5 rules."),
    F("no-accountability", 5, "党政办主任 诫勉谈话, 2 经办人 批评教育."),
    F("no-mechanism", 2, "修订《社区专项资金使用管理办法》."),
    F("no-mechanism", 3, "修订《网格员考核管理办法》."),
    F("no-owner", 4, "牵头领导：宣传委员柯月池."),
], links=[
    L("一格一员", 3), L("一户一档", 1), L("缴回街道财政所专户", 2), L("任期评估", 6), L("确保阵地安全", 4), L("一窗通办", 5)])

# p10 荪湖县文化馆党支部: 反馈意见 with problems tagged "问题（N/7）：" (7); 整改意见 （一）–（四） and the 线索 line not
# problems. Report: 承诺—兑现 blocks "（N）问题（N/7）/承诺：/兑现：/责任人…状态：".
G["p10"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2024-11-20, report 2025-03-31: 131 days; the report itself admits 未能在三个月内报送."),
    F("no-accountability", 3, "13.7万 violating 发放, 8.9万 改变用途 and overpriced 服装: refunded and re-allocated, but nobody who approved or took the money is dealt with, though the feedback asks to 查清责任."),
], must_not_flag=[
    F("weak-leadership", None, "支部书记、馆长黎澄江 heads the 领导小组, 第一责任人, 7 支委会, 直接部署、直接过问、直接督办."),
    F("no-disclosure", None, "To be published on the 文化馆微信公众号 with a phone number."),
    F("inconsistent-claim", None, "6 兑现 + 1 持续兑现 (问题（5/7）) matches; 13.7万, 8.9万, 5 rules named."),
    F("no-accountability", 1, "群文部主任 诫勉谈话."),
    F("no-accountability", 7, "原副馆长 党内警告处分."),
    F("no-accountability", 4, "办公室主任 批评教育."),
    F("no-deadline", 4, "“立行立改”."),
    F("no-deadline", 6, "“2025年1月31日，此后长期坚持”."),
    F("no-mechanism", 3, "修订《文化馆财务管理制度》 — the gap is accountability, not rules."),
    F("no-owner", 5, "副馆长庾听潮."),
], links=[
    L("如实报告41场", 1), L("支部书记终审", 2), L("已全部由领取人员退回", 3), L("立即停止多功能厅、培训教室对外商业出租", 4),
    L("签订师徒传承协议", 5), L("不再由工作人员补写", 6), L("实行人脸识别考勤", 7)])

for pair, g in G.items():
    n = g["issues"]
    out = {"mode": g["mode"], "issues": n,
           "answered": {str(i): i not in g["unanswered"] for i in range(1, n + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, pair, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{pair}: {n} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
