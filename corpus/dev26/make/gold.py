"""Write p01..p10/gold.json (dev-pairs gold format) for dev26 (pair ids d26-01 … d26-10). The gold is hand-judged;
this file only keeps it in one place. Modelled on corpus/dev24/make/gold.py. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 苘山县自然资源局党组 (county bureau): formal 反馈意见, 一、二、三、 areas with （一）–（七） heading sentence + detail;
# 四、整改意见 一是…四是 are not problems. Report: common 整改情况的报告, restated headings in own words, numbered 1．–3．
# measures, 责任领导/责任股室 and 整改时限 lines; accountability only in the 组织情况 summary paragraph. Good report.
G["p01"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长蔺砚舟 heads the 领导小组, is 第一责任人, 直接部署、直接过问、直接督办, chaired meetings and went to sites 5 times."),
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-12: 84 days, inside three months."),
    F("no-disclosure", None, "下一步 三是: published on the county government site and the 局机关公开栏, 监督电话 given."),
    F("inconsistent-claim", None, "21 measures = 18 done + 3 (（一）1 and （三）1 with dates, （七）3 长期坚持); 4 persons dealt with (诫勉1, 警告1, 提醒谈话1, 批评教育1) as listed; 5 rules named = 5."),
    F("no-accountability", 4, "Accountability is in the summary paragraph, not under the item: 办公室主任 诫勉谈话, 1.2万 退赔."),
    F("no-accountability", 5, "Summary paragraph: 规划股股长 党内警告处分, 分管副局长 提醒谈话."),
    F("no-accountability", 3, "Summary paragraph: 利用股股长 批评教育; 违约金 96万 collected under the item."),
    F("no-owner", 4, "责任领导：党组成员、机关党委书记郦霁 in the field line."),
    F("no-deadline", 7, "第3项 长期坚持 (recruiting young cadres) is a standing task; 第1、2项 dated and done."),
    F("no-deadline", 1, "2025年10月31日前 for the 3 remaining 图斑."),
    F("no-mechanism", 1, "《乡镇自然资源所耕地保护网格化巡查考核办法》."),
    F("no-mechanism", 3, "《国有建设用地出让价款收缴管理办法》."),
    F("no-mechanism", 5, "《测绘项目比选和验收付款规程》."),
    F("no-mechanism", 7, "《关键岗位干部交流轮岗实施办法》."),
], links=[
    L("会同属地乡镇组织拆除复耕", 1), L("设立企业登记专窗", 2), L("送达违约金计收通知", 3),
    L("节假日用车一律报局长审批", 4), L("成果验收后方可支付尾款", 5), L("完成2名党员组织关系转接", 6),
    L("对4名在关键岗位任职超过8年的干部完成交流轮岗", 7)])

# p02 蒴河县人社局党组 (county bureau): 反馈会 speech by the 巡察组组长 (CRLF): praise / 第一，…第六， problems / 原因
# paragraph / 一要…三要 requirements. Report (GB18030): the 党组书记、局长's first-person 组织落实整改情况报告, answers in
# the order 3,5,1,2,6,4 with 一是…三是 paragraphs and the owner and limit in a closing "此项由…负责" sentence.
G["p02"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("vague-measure", 4, "Report （六） on 窗口 作风 (一次办好 not kept, 12345 不满意率) is slogans only (进一步提高政治站位, 牢固树立…, 持续深化作风建设, 不断提升服务质量和效能): nothing on the 窗口 procedures or 工单."),
    F("no-accountability", 3, "29 deceased pensioners paid 18.7万 and one person doing both 审核 and 支付: money is being recovered and posts separated, but nobody is held to account for the lapse, though the speech demanded 涉及违纪的要依规依纪处理."),
    F("no-disclosure", None, "The speech asks for 在一定范围内公开; the report never says it was published, posted or made known (公开招聘 is about hiring)."),
], must_not_flag=[
    F("weak-leadership", None, "First-person report of the 党组书记: 领导小组 组长, 第一责任人, chaired 3 党组会 + 4 调度会, went to sites, talked to slow owners."),
    F("late-report", None, "Feedback 2025-06-12, report 2025-09-05: 85 days."),
    F("inconsistent-claim", None, "16 tasks = 14 done + 2 ongoing (追缴 by 10月底, 公益性岗位 by 9月底); 4 rules named."),
    F("no-accountability", 5, "6.4万 收回; 中心主任 诫勉谈话, 财务人员 and driver/审批人 批评教育."),
    F("no-owner", 3, "此项由分管副局长巫晴川负责."),
    F("no-owner", 4, "The slogan item still names 副局长蒯晓岚 (the gap is vagueness)."),
    F("no-deadline", 3, "追缴工作在2025年10月底前完成."),
    F("no-mechanism", 3, "《社会保险待遇领取资格月度比对核查办法》."),
    F("no-mechanism", 2, "修订《欠薪投诉受理和办结时限规定》."),
], links=[
    L("对29名已死亡人员立即停发待遇", 3), L("6.4万元加班补贴全部收回", 5), L("新开发公益性岗位86个", 1),
    L("补存农民工工资保证金共计214万元", 2), L("转载文章一律由分管领导终审", 6), L("不断提升服务质量和效能", 4)])

# p03 藟江市水务投资集团党委 (state firm): DOCX 反馈意见, 一、二、三、 areas with bold （一）–（七） headings + detail
# paragraphs; 四、整改意见 （一）–（四） are not problems. Report: DOCX, two paragraphs + 整改台账 as a Word table
# (序号｜反馈问题｜整改措施｜责任领导｜责任部门｜完成时限｜完成情况).
G["p03"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("no-owner", 6, "Row 6's 责任领导 cell is empty and the 责任部门 is only “各基层党支部”; every other row names a leader."),
    F("no-deadline", 5, "Row 5 (612万 欠费, 3 firms over two years): 完成时限 “持续推进”, status 正在推进 with 404万 still unpaid — a date is due."),
    F("inconsistent-claim", None, "The text says “巡察反馈的7个问题已全部整改到位”, but row 2 has 11 of 37 改造 still under way (due 10月底) and row 5 is 正在推进."),
    F("no-disclosure", None, "The feedback's 整改意见（四） asks for 公开 inside the firm and to society; the report never mentions it (公开招标 and 任前公示 are not disclosure)."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记、董事长祁望岫 is 组长 and 第一责任人, chaired 5 专题会议, went to the sites."),
    F("late-report", None, "Feedback 2025-01-16, report 2025-04-11: 85 days."),
    F("no-accountability", 3, "项目负责人 党内警告处分; 监理单位 约谈 and 扣减信用分; 签证 核减64万."),
    F("no-accountability", 4, "37.5万 returned by 143 staff; 供水公司经理 诫勉谈话, 财务部负责人 批评教育."),
    F("no-deadline", 6, "长期坚持 is legitimate for 组织生活 (the gap there is the owner)."),
    F("no-owner", 1, "Owner in the table column: 党委书记、董事长祁望岫."),
    F("no-owner", 5, "Table column: 副总经理麹怀远."),
    F("no-mechanism", 1, "《集团党委前置研究讨论重大经营管理事项清单》."),
    F("no-mechanism", 3, "《工程项目签证变更管理办法》."),
    F("no-mechanism", 4, "修订《集团及所属企业薪酬福利发放管理规定》."),
], links=[
    L("补充履行党委会研究程序", 1), L("新建加压泵站1座", 2), L("核减64万元", 3), L("已由143名职工全部退回", 4),
    L("成立清欠工作专班", 5), L("把党员示范岗调整到抢修", 6), L("重新进行民主推荐", 7)])

# p04 蘡水县人民医院党委 (hospital): 纪委监委 website news item; the problems are the seven clauses of the one
# “巡察组指出，该院党委……等问题” sentence; praise, 要求 一要…三要, the 领导 speech, 移交 and 表态 are not problems.
# Report: public 整改进展情况的通报, （一）–（六） “关于…的问题” in the feedback's order with #6 left out.
G["p04"] = dict(mode="pair", issues=7, unanswered=[6], must_flag=[
    F("unanswered-issue", 6, "“双带头人” 不足一半 and 支部作用不明显: no section, no measure anywhere in the notice."),
    F("repeated-measure", 5, "（五） 医德医风 is the same boilerplate paragraph (召开专题会议…举一反三、立行立改…不再反弹) as （六）."),
    F("repeated-measure", 7, "（六） 审计整改 repeats the （五） paragraph word for word; nothing on the idle equipment or the receipts."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记逯澜 组长, 第一责任人, 亲自部署、亲自督办, 6 site visits."),
    F("late-report", None, "Feedback meeting 2025-02-25, notice 2025-05-23: 87 days."),
    F("no-disclosure", None, "It is itself a public notice, with 联系电话, 邮政地址 and 电子邮箱."),
    F("inconsistent-claim", None, "22 measures = 17 done + 5 ongoing; no “all done” claim."),
    F("no-accountability", 3, "43.2万 returned to the fund; 2 科室主任 诫勉谈话, 绩效 deducted."),
    F("no-deadline", 2, "The listed measures are reported as done; 候诊 monitoring is 常态化推进, legitimately open-ended."),
    F("no-owner", 2, "责任领导：副院长毋松岚."),
    F("no-mechanism", 1, "修订 党委会/院长办公会 议事规则, 前置研究事项清单."),
    F("no-mechanism", 3, "《医保基金使用内部监督管理办法》."),
    F("no-mechanism", 4, "修订《医用耗材遴选和采购管理制度》."),
], links=[
    L("制定党委会前置研究事项清单", 1), L("门诊预约诊疗率由31%提高到58%", 2),
    L("被追回的43.2万元违规费用已全额退回医保基金", 3), L("高值医用耗材全部纳入省级平台采购", 4)])

# p05 蒯家垅村党支部 (village): 县委 village-round 反馈意见, 一、二、三、 areas with （一）–（六） heading + detail;
# 四、整改要求 is not a problem. Report (UTF-16 LE BOM): answers by number “针对反馈意见第N个问题”, #4 and #5 merged in
# one section, then 问责情况 and 整改公开情况 sections.
G["p05"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("copied-measure", 2, "Section 二's only “measure” restates the feedback (集体资产资源管理混乱、鱼塘发包未经村民代表会议讨论、承包价格明显偏低、承包费未及时入账) plus 坚决予以整改/确保不再发生: nothing on the contract or the price."),
    F("no-accountability", 3, "村委委员蒯德顺's brother 多报6.5亩, 2340元, and 2 ineligible 低保 households: the report stops the payments and “informs” the brother, but no one who approved them (nor the 村委委员) is dealt with, though the feedback demanded 镇党委依规依纪处理."),
    F("no-deadline", 3, "Section 三 has no 完成时限 at all (every other section has one); 追回 is “正在”, the 全面排查 is “下一步”."),
], must_not_flag=[
    F("weak-leadership", None, "支部书记蒯永泉 组长 of the 整改工作小组 and 第一责任人; 镇党委 联系领导 guides."),
    F("late-report", None, "Feedback 2025-05-08, report 2025-07-30: 83 days."),
    F("no-disclosure", None, "七、整改公开情况: 村务公开栏全文公示."),
    F("no-accountability", 2, "Stated in the separate 六、问责情况 section: 报账员 诫勉谈话, 3.1万 deposited."),
    F("no-deadline", 6, "2025年12月31日前; 流动党员管理 长期坚持."),
    F("no-deadline", 4, "Merged section: 2025年6月15日前，已完成."),
    F("no-deadline", 5, "Merged section: 2025年6月15日前，已完成."),
    F("no-owner", 5, "责任人：村监委主任蒯秀英、村报账员邝小燕 (merged section)."),
    F("no-owner", 2, "The copied section still names owners (the gap is the copy)."),
], links=[
    L("将7个闲置大棚统一对外出租", 1), L("坚决予以整改，切实规范集体资产资源管理", 2), L("已报镇民政办按程序停发低保待遇", 3),
    L("对2.7万元白条支出逐笔补齐事由", 4), L("已提交村民代表会议补充讨论通过", 5), L("确定2名入党积极分子", 6)])

# p06 荇洲区第二实验中学党总支 (school): 反馈意见 with three area headings 一、二、三、, each “主要表现在：” and 1．2．
# restarting per area (2+2+2); 四、整改要求 （一）–（四） not problems. Report: common form, restated headings, inline
# 一是…三是…, separate “牵头单位：…　责任人：…” and “完成时限：” lines, accountability in the opening summary. Good report.
G["p06"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "党总支书记庞遐 组长, 第一责任人, 亲自督办 the two money items."),
    F("late-report", None, "Feedback 2025-04-23, report 2025-07-22: 90 days — just inside three months."),
    F("no-disclosure", None, "学校门户网站 and 校务公开栏, 家长委员会, 监督电话."),
    F("inconsistent-claim", None, "18 tasks = 16 done + 2 长期坚持 (（二） 日常巡查, （六） 先锋岗考核); 7 rules named = 7; 3 persons + 校长检查 as listed."),
    F("no-accountability", 3, "In the opening 严肃追责 paragraph: 总务主任 党内警告处分; 11.6万 returned."),
    F("no-accountability", 4, "Opening paragraph: 初三年级主任 诫勉谈话, 初二年级主任 批评教育; 8.4万 清退."),
    F("no-owner", 2, "牵头单位：教务处　责任人：副校长臧明漪 (separate line)."),
    F("no-owner", 5, "牵头单位：人事办公室　责任人：党总支副书记鄢嵘."),
    F("no-deadline", 2, "停课/抽查 done by 2025-05; 日常巡查 长期坚持."),
    F("no-deadline", 6, "支部调整 done 2025-06; 先锋岗考核 长期坚持."),
    F("no-mechanism", 3, "《学校食堂经费管理办法》."),
    F("no-mechanism", 4, "《学校收费管理规定》."),
    F("no-mechanism", 5, "修订《教师专业技术职务推荐评审办法》."),
], links=[
    L("补充提交党总支会议研究", 1), L("立即停止初三年级周末集中返校上课", 2), L("11.6万元已全部退回食堂账户", 3),
    L("已全部清退到学生家长手中", 4), L("推荐结果公示期延长至5个工作日", 5), L("调整党支部设置", 6)])

# p07 葑溪镇党委 (township): 反馈会 speech of the 县纪委书记: praise, six problems as verdict-led prose paragraphs, a
# 根子 sentence, then 第一…第三 requirements (not problems). Report: common form, （一）–（七） “关于…的问题” paragraphs
# with bracketed (责任领导；完成时限); #1 split over （一） and （七）.
G["p07"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2024-10-15, report 2025-02-20: 128 days, beyond three months."),
    F("vague-measure", 4, "（四） 形式主义 is slogans only (深刻认识…, 牢固树立正确政绩观, 力戒形式主义、官僚主义, 进一步改进工作作风): nothing on the duplicate 报表 or the 代签 驻村 records."),
    F("repeated-measure", 2, "（二） 生态环境反弹 is the same boilerplate (召开专题会议…倒排工期、挂图作战…不再反弹) as （六）."),
    F("repeated-measure", 6, "（六） 基层党组织 repeats （二） word for word; nothing on the 2 软弱涣散村 or 后备干部."),
    F("no-mechanism", 3, "“三资” gaps in 7 villages and a rubber-stamp 农经站 — systemic; the speech asked to 从制度上找原因; the report only does a one-off 清产核资, re-review and training, no rule or system."),
], must_not_flag=[
    F("weak-leadership", None, "党委书记庾青崖 组长, 第一责任人, 直接部署、直接督办."),
    F("no-disclosure", None, "镇政务公开栏公示."),
    F("inconsistent-claim", None, "24 tasks = 21 done + 3 ongoing; no “all done” claim."),
    F("no-accountability", 5, "1.9万 退赔; 党政办主任 党内警告, 分管副镇长 诫勉谈话, 通报."),
    F("no-mechanism", 1, "《葑溪镇衔接资金项目资产后续管护办法》 (in the split part （七）)."),
    F("no-mechanism", 5, "修订《镇机关公务接待管理办法》."),
    F("no-owner", 3, "责任领导：党委委员、副镇长冉书琰."),
    F("no-deadline", 1, "2024年12月31日 and 2025年4月30日."),
], links=[
    L("招引本县一家农产品经营企业承租运营", 1), L("制定《葑溪镇衔接资金项目资产后续管护办法》", 1),
    L("共核销资产23项、补登资产17项", 3), L("力戒形式主义、官僚主义", 4), L("1.9万元已由相关人员全额退赔", 5)])

# p08 菰城社区党委 (community): 区纪委监委 website news item, problems as inline 一是…六是 in the “反馈指出” paragraph; the
# 原因 paragraph, 要求, the 街道 speech and the 表态 are not problems. Report: short report + 整改台账 as ｜ rows
# (序号｜反馈问题｜整改措施｜责任人｜完成时限｜完成情况), own numbering 1–5, #5 (意识形态) left out.
G["p08"] = dict(mode="pair", issues=6, unanswered=[5], must_flag=[
    F("unanswered-issue", 5, "意识形态 (宣传栏, 居民微信群 不实信息): no row, no measure; the ledger's row 5 is the feedback's #6."),
    F("no-owner", 4, "Row 4's 责任人 is “—”; every other row names a person."),
    F("weak-leadership", None, "Only “社区党委高度重视…及时召开会议进行传达学习”: no 领导小组, no 第一责任人, nothing on the secretary deploying or supervising."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-03-27, report 2025-06-20: 85 days."),
    F("no-disclosure", None, "本报告及整改台账已在社区居务公开栏公示."),
    F("inconsistent-claim", None, "15 measures (5 rows × ①②③) = 12 done + 3 ongoing, matching the 完成情况 cells."),
    F("no-accountability", 3, "2.3万 re-booked, 报账员 批评教育 and trained."),
    F("no-deadline", 1, "2025年5月31日 for the 党组织组建; 双报到服务 长期坚持."),
    F("no-mechanism", 3, "《社区服务群众专项经费使用管理细则》."),
    F("no-owner", 1, "责任人 column: 社区党委副书记薛澂."),
], links=[
    L("已成立小区党支部2个、党小组1个", 1), L("已召开业主协商会9场", 2), L("补齐报销明细清单", 3),
    L("约谈3个小区的物业公司负责人", 4), L("已与2名流动党员取得联系", 6)])

# p09 菥城市住房公积金管理中心党支部 (public institution), report-only: 一、–六、 “关于…的问题” with 巡察反馈：/整改情况：
# and a 责任领导/责任科室/完成时限 line. Problems are those the report restates, in its order.
G["p09"] = dict(mode="report-only", issues=6, unanswered=[], must_flag=[
    F("weak-leadership", None, "整改 delegated to the 中心办公室 (统筹协调和督促检查) and 各科室; no 领导小组, no 第一责任人; the principal never appears."),
    F("inconsistent-claim", None, "“6个方面问题已全部整改完成”, yet 4笔14.3万 are 正在通过司法途径追缴 and 逾期清收 正在持续推进; and 28笔 追回 + 4笔 剩余 = 32, not the 31 restated."),
    F("no-disclosure", None, "Nothing on publishing the report or the rectification (开户 and 数据比对 are not disclosure)."),
], must_not_flag=[
    F("late-report", None, "Feedback 2025-03-06, report 2025-05-30: 85 days."),
    F("no-accountability", 2, "审核人员 批评教育, 1 调离审核岗位."),
    F("no-accountability", 3, "审批人员 诫勉谈话."),
    F("no-accountability", 4, "3.8万 returned; 中心副主任 诫勉谈话, 科室负责人 批评教育."),
    F("no-owner", 1, "责任领导：副主任籍远帆."),
    F("no-deadline", 3, "逾期清收 长期坚持, the rest 2025年4月30日."),
    F("no-mechanism", 2, "《住房公积金提取业务复核和抽查办法》."),
    F("no-mechanism", 5, "《业务信息系统用户权限管理规定》."),
], links=[
    L("已有64家开户缴存", 1), L("大额提取实行双人复核", 2), L("逾期率由0.62‰下降到0.41‰", 3),
    L("3.8万元费用已由参加活动人员按人均标准全额退还该银行", 4), L("注销离岗人员账号9个", 5), L("补充完善政审材料", 6)])

# p10 芰川县医疗保障局党组 (回头看 of a unit inspected in 2022): 回头看 反馈意见; 一、 overall verdict on the 17 old
# problems (not problems), 二、（一） 1．–3． old problems not fixed and （二） 1．–3． new problems (restarting numbers);
# 三、整改意见 not problems. Report (CRLF): common form in the same two groups, （1）（2） measures, owner/limit in a
# “此项由…牵头…完成” line.
G["p10"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("late-report", None, "Feedback 2024-11-19, report 2025-03-28: 129 days, beyond three months."),
    F("copied-measure", 2, "The only measure restates the feedback (内控整改停留在纸面、不相容岗位分离要求没有落实) plus 严格执行/切实落实/确保安全: no post change, no person."),
    F("no-accountability", 5, "股长卜承澍 did not report a relative running a 定点药店 (186万 结算) and kept inspecting it: he is only asked to 补报 and step aside; no 谈话, 诫勉 or 处分, though 整改意见（三） demands 依规依纪严肃处理."),
    F("no-mechanism", 1, "“重检查、轻处理” recurred after the last round — systemic; the answer is a one-off 追回, 暂停结算 and 通报, no rule or mechanism for handling violations."),
], must_not_flag=[
    F("weak-leadership", None, "党组书记、局长竺沛然 组长, 第一责任人, 5 党组会, 书记 检讨 for the false report."),
    F("no-disclosure", None, "县人民政府门户网站公开, 监督电话."),
    F("inconsistent-claim", None, "16 tasks = 13 done + 3 ongoing; no “all done” claim."),
    F("no-accountability", 3, "3.7万 退缴; 时任办公室主任 诫勉谈话, 书面说明 to the 巡察办."),
    F("no-mechanism", 3, "修订《局机关津贴补贴发放管理规定》."),
    F("no-mechanism", 4, "《医保经办服务事项清单和办理时限标准》."),
    F("no-deadline", 6, "学习制度 revised 2024-12; 专题研讨 长期坚持."),
    F("no-owner", 5, "党组成员、纪检员符晚晴 牵头."),
], links=[
    L("依协议追回违规医保基金42.7万元", 1), L("切实落实不相容岗位分离要求", 2), L("剩余未清退的3.7万元", 3),
    L("取消异地就医备案纸质材料", 4), L("不再参与对该药店的检查和考核", 5), L("每次学习须安排不少于2名班子成员研讨发言", 6)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
