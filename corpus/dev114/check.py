#!/usr/bin/env python3
"""Check the dev114 pairs (p01-p10, pair ids d114-01 … d114-10); adapted from corpus/dev108/check.py.
General checks: every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared,
a GB18030 file must not be valid UTF-8; HTML: the same, and its <meta charset> must name the declared encoding; DOCX:
word/document.xml paragraph text, table cells included), lengths (feedback 800-3000, report 1500-5000 non-space
characters), every `links` substring occurs exactly once in the report's visible text, each gold.json is consistent (only
the dev-pairs keys; known kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue; links only on
answered problems; every answered problem has at least one link; mode "pair" with one feedback; no duplicate (kind, issue);
every entry has a why; no stray files), every gap kind is planted (must_flag) in at least one pair and has a counter-case
(must_not_flag) in the set, one or two pairs have no must_flag (good reports), and every gold file runs through
/work/shared/dev-pairs/score.py against an empty analyze JSON.
Problem counts: each feedback is split by its own structure and the count must equal the gold's `issues` (8-12).
Dates: the feedback and report dates (DATES) must be written in the documents; a report later than three calendar
months after the feedback must carry a late-report must_flag, any other a late-report must_not_flag.
THEME (WHERE): for every problem, where its owner (O), time limit (T) and lasting rule (R) are written in the report,
each as (place, anchor). The anchor must occur in the report's visible text. The gold must follow the place:
  missing            -> must_flag (no-owner / no-deadline / no-mechanism) on that problem;
  an UNUSUAL place   -> must_not_flag of that kind on that problem;
  item / issued      -> never must_flag of that kind (a must_not_flag is optional);
  na (rule only)     -> no lasting rule is needed: never a no-mechanism must_flag;
  unanswered         -> the problem is unanswered (answered false, unanswered-issue must_flag), no O/T/R judgement.
Every pair's gold must carry at least one no-owner, one no-deadline and one no-mechanism judgement.
Pair-specific form checks follow at the end. Usage: python3 check.py [dev114-dir]. Exit 1 on failure; prints OK last."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text and HTML files (every other .txt/.html: UTF-8, LF)
DECLARED = {
    "p04/feedback.txt": ("utf-8", "crlf"),
    "p04/report.txt": ("gb18030", "lf"),
    "p05/feedback.txt": ("utf-16-le-bom", "lf"),
    "p06/feedback.txt": ("utf-8", "crlf"),
    "p06/report.txt": ("gb18030", "crlf"),
    "p07/feedback.txt": ("gb18030", "lf"),
    "p07/report.txt": ("utf-16-le-bom", "lf"),
    "p09/feedback.html": ("gb18030", "lf"),
    "p09/report.txt": ("utf-8", "crlf"),
}
HTML = {"p02/feedback.html", "p02/report.html", "p09/feedback.html"}
DOCX = {"p03/feedback.docx", "p03/report.docx", "p08/feedback.docx", "p10/report.docx"}
LENGTHS = {"feedback": (800, 3000), "report": (1500, 5000)}
# (feedback date, as written in the feedback; report date, as written in the report)
DATES = {
    "p01": ("2025-03-20", "2025年3月20日", "2025-06-12", "2025年6月12日"),
    "p02": ("2024-11-25", "11月25日", "2025-02-18", "2025-02-18"),
    "p03": ("2025-05-08", "2025年5月8日", "2025-07-30", "2025年7月30日"),
    "p04": ("2024-10-15", "2024年10月15日", "2025-02-08", "2025年2月8日"),
    "p05": ("2025-04-16", "2025年4月16日", "2025-07-10", "2025年7月10日"),
    "p06": ("2025-02-19", "2025年2月19日", "2025-05-14", "2025年5月14日"),
    "p07": ("2024-12-10", "2024年12月10日", "2025-03-05", "2025年3月5日"),
    "p08": ("2025-04-09", "2025年4月9日", "2025-06-30", "2025年6月30日"),
    "p09": ("2024-09-12", "9月12日", "2025-01-06", "2025年1月6日"),
    "p10": ("2025-05-20", "2025年5月20日", "2025-08-12", "2025年8月12日"),
}

# ---- THEME: where each problem's owner (O), time limit (T) and lasting rule (R) are written ----
# places: item (ordinary, in the problem's own item) | group (on a 方面 heading) | opening (a paragraph's opening, or a
# distribution paragraph, covering several problems) | ledger (a ledger / table column) | first-person (the secretary's
# “我…牵头/负责”) | dept (a single named department or team only) | closing (one closing paragraph for all items) |
# relative (反馈后N个月内, 年底前, 下一季度, 立行立改, 即日起: counted as a time limit) | standing (a start or a date plus
# 长期坚持: counted) | done (no date, but the item is reported finished) | mech (a 长效机制 section covering several
# problems) | annex (an annex list of rules) | missing | na (R only: no lasting rule needed) | unanswered
UNUSUAL = {"group", "opening", "ledger", "first-person", "dept", "closing", "relative", "standing", "done", "mech", "annex"}
ORDINARY = {"item"}
GAPKIND = {"O": "no-owner", "T": "no-deadline", "R": "no-mechanism"}
U = ("unanswered", None)
NA = ("na", None)


def W(o, t, r):
    return {"O": o, "T": t, "R": r}


_p01g = ("group", "（牵头领导：党支部书记、主任莘浩初；责任股室：推广股）")
_p01o2 = ("opening", "以下4个问题由党支部书记、主任莘浩初牵头")
_p01o3 = ("opening", "以下3个问题由党支部组织委员、副主任禤立言牵头")
_p06a = ("opening", "第（一）至第（五）个问题由党支部副书记、副主任邝悦宁牵头")
_p06b = ("opening", "第（六）至第（八）个问题和第（十）个问题由党支部书记、主任鄂承远负责")
_p08a = ("opening", "第一方面第1个、第4个问题由副主任晏知秋负责")
_p08b = ("opening", "第一方面第2个、第3个问题由党支部书记、主任靳望川负责")
_p08c = ("opening", "第二方面4个问题由党支部书记、主任靳望川负责")
_p08d = ("opening", "第三方面3个问题由党支部组织委员、副主任仉文博负责")
_p08t = ("closing", "其余9个问题均已于2025年6月20日前整改完成")
_p08m1 = ("mech", "针对第一方面第1个、第4个问题，制定《农村宅基地审批服务规程》和《乡镇宅基地审批档案抽查办法》")
_p08m2 = ("mech", "针对第二方面第2个、第3个问题，制定《委托测绘服务管理办法》，修订《政府采购内部控制制度》")
_p09a = ("opening", "第1个至第3个问题由分管业务的副团长仝小雅牵头")
_p09b = ("opening", "第4个至第6个问题和第8个问题由党支部书记、团长隗青山负责")
_p09c = ("opening", "第9个、第10个问题由副团长巩德厚负责")
_p02t = ("closing", "其余各项均于2024年12月31日前完成")
WHERE = {
    "p01": {
        1: W(_p01g, ("item", "完成时限：2025年10月31日前全年使用率达到市定目标"), ("mech", "针对第1个、第3个问题，制定《预拌砂浆使用监督检查办法》")),
        2: W(_p01g, ("relative", "完成时限：立行立改，更正数据已于4月15日报出"), ("mech", "针对第2个问题，制定《行业统计数据核对报送制度》")),
        3: W(_p01g, ("relative", "完成时限：反馈后两个月内"), ("mech", "针对第1个、第3个问题，制定《预拌砂浆使用监督检查办法》")),
        4: W(_p01o2, ("item", "完成时限：2025年4月30日"), ("item", "制定班子成员“一岗双责”责任清单")),
        5: W(_p01o2, ("relative", "完成时限：立行立改。"), ("mech", "针对第5个问题，修订《公务接待管理办法》")),
        6: W(_p01o2, ("relative", "完成时限：反馈后一个月内"), ("mech", "针对第6个问题，制定《专项业务经费使用管理规定》")),
        7: W(_p01o2, ("item", "完成时限：2025年5月31日"), ("mech", "针对第7个问题，制定《小额采购询价比价规定》")),
        8: W(_p01o3, ("standing", "完成时限：2025年5月底前，此后长期坚持"), ("mech", "针对第8个问题，建立支部“三会一课”记录审核制度")),
        9: W(_p01o3, ("relative", "完成时限：年底前确定入党积极分子2名"), NA),
        10: W(_p01o3, ("item", "完成时限：2025年5月31日"), NA),
    },
    "p02": {
        1: W(("dept", "每月盘点一次。责任部门：储运部。"), ("closing", "第（一）项于2025年1月31日前完成"), ("item", "新入库冻肉按批次建立出入库台账")),
        2: W(("dept", "责任部门：购销部。"), _p02t, ("item", "每日公示收购等级标准和收购价格")),
        3: W(("dept", "责任部门：储运部、安全办。"), _p02t, ("item", "制定《冷库安全生产检查制度》")),
        4: W(("item", "责任领导：党支部书记、总经理柏怀远。"), _p02t, ("item", "修订《公司“三重一大”事项集体决策实施细则》")),
        5: W(("dept", "制定《门市部现金收入管理办法》。责任部门：财务部。"), _p02t, ("item", "制定《门市部现金收入管理办法》")),
        6: W(("dept", "制定了《公司资产出租管理办法》。责任部门：综合办公室。"), _p02t, ("item", "制定了《公司资产出租管理办法》")),
        7: W(("dept", "行车记录仪管理。责任部门：综合办公室。"), _p02t, ("item", "公务用车实行派车单和行车记录仪管理")),
        8: W(("dept", "补充了考察材料。责任部门：综合办公室。"), _p02t, ("missing", "集中学习《党政领导干部选拔任用工作条例》")),
        9: W(("missing", "责任人：全体党员。"), _p02t, ("item", "制定2025年党员教育培训计划")),
        10: W(("dept", "批复同意后核销。责任部门：财务部。"), _p02t, NA),
    },
    "p03": {
        1: W(("ledger", "副主任晁云舒\n建设管理科\n2025年12月31日"), ("ledger", "建设管理科\n2025年12月31日"), NA),
        2: W(("ledger", "副主任晁云舒\n运行维护科\n持续推进"), ("missing", "运行维护科\n持续推进"), ("item", "约定故障4小时响应、48小时修复")),
        3: W(("ledger", "主任郗明澈\n综合科\n2025年6月15日"), ("ledger", "综合科\n2025年6月15日"), ("item", "制定《视频图像信息调阅审批管理办法》")),
        4: W(("ledger", "副主任逄立群\n运行维护科\n2025年6月30日"), ("ledger", "运行维护科\n2025年6月30日"), ("item", "修订《运维服务考核细则》")),
        5: W(("ledger", "提升政治素质\n主任郗明澈\n综合科\n2025年6月30日"), ("ledger", "综合科\n2025年6月30日"), NA),
        6: W(("ledger", "副主任逄立群\n运行维护科\n2025年7月20日"), ("ledger", "运行维护科\n2025年7月20日"), ("item", "制定《平台账号和口令管理规定》")),
        7: W(("ledger", "主任郗明澈\n财务科\n已完成"), ("done", "财务科\n已完成\n已完成"), ("item", "制定《项目资金支付审核规定》")),
        8: W(("ledger", "签订廉洁协议\n主任郗明澈"), ("relative", "综合科\n立行立改"), NA),
        9: W(("ledger", "提升政治素质\n主任郗明澈\n综合科\n2025年6月起"), ("standing", "2025年6月起，长期坚持"), NA),
        10: W(("ledger", "借调人员回岗\n副主任晁云舒"), ("ledger", "综合科\n2025年12月31日"), NA),
        11: W(("missing", "核对设备台账\n—\n各科室"), ("ledger", "各科室\n2025年10月31日"), NA),
    },
    "p04": {
        1: W(("first-person", "这项工作由我牵头"), ("missing", "剩余企业建党和示范小区创建工作持续推进"), NA),
        2: W(("first-person", "由我负责。行业党委印发了"), ("done", "11家企业党组织已于2024年12月前全部召开组织生活会"), ("item", "印发了《行业党委委员联系企业党组织办法》")),
        3: W(("first-person", "我主持召开委员会议专题研究党费问题"), ("done", "多收少收的部分已于11月底前退补到位"), ("missing", "我们将研究制定企业党组织党费收缴核查办法")),
        4: W(("item", "由副书记柳书棠负责。行业党委与县12345热线"), ("relative", "计划下一季度完成维修"), ("item", "建立物业投诉周调度机制")),
        5: W(("first-person", "立行立改。由我负责"), ("relative", "立行立改。由我负责"), ("item", "修订了《行业党委会议议事规则》")),
        6: W(("item", "由组织委员谢亦晴负责。14处宣传栏"), ("done", "14处宣传栏已全部更新"), NA),
        7: W(("item", "由组织委员谢亦晴负责。各企业党组织"), ("relative", "年底前从中确定发展对象"), NA),
        8: W(("first-person", "这件事我负有直接责任"), ("done", "3.6万元慰问品已补齐发放名单和签收手续"), ("item", "制定了《行业党建工作经费管理办法》")),
        9: W(("first-person", "由我负总责"), ("done", "调整了2名长期不履职的兼职委员"), ("item", "兼职委员履职情况纳入年度考核")),
    },
    "p05": {
        1: W(("ledger", "｜副所长茹雁飞｜竹编工艺室主任｜"), ("ledger", "｜2026年6月30日｜"), ("annex", "《传承人带徒考核办法》（针对问题1，")),
        2: W(("ledger", "｜副所长居慕白｜科研办主任｜2025年5月31日｜"), ("ledger", "｜2025年5月31日｜"), ("annex", "《科研课题管理办法》（修订，针对问题2，")),
        3: W(("ledger", "｜副所长居慕白｜典藏部主任｜"), ("relative", "｜反馈后两个月内｜"), ("annex", "《馆藏作品登记和出借管理制度》（针对问题3，")),
        4: W(("ledger", "｜所长笪清源｜财务室负责人｜立行立改｜"), ("relative", "｜财务室负责人｜立行立改｜"), ("annex", "《合作开发收入管理办法》（针对问题4，")),
        5: W(("ledger", "｜所长笪清源｜办公室主任｜2025年4月30日｜"), ("ledger", "｜2025年4月30日｜"), ("item", "签订党风廉政建设责任书")),
        6: W(("ledger", "｜副所长茹雁飞｜业务指导室主任｜"), ("ledger", "｜2025年12月31日｜"), NA),
        7: W(("ledger", "｜副所长居慕白｜科研办主任｜2025年6月30日｜"), ("ledger", "｜2025年6月30日｜"), ("annex", "《作品评审工作规程》（针对问题7，")),
        8: W(("ledger", "对2名职工进行批评教育｜所长笪清源｜"), ("relative", "对2名职工进行批评教育｜所长笪清源｜财务室负责人｜立行立改｜"), NA),
        9: W(("missing", "｜所务会｜全体党员｜"), ("ledger", "｜全体党员｜2025年6月30日｜"), NA),
        10: W(("ledger", "合办工艺美术兴趣班｜所长笪清源｜办公室主任｜"), ("standing", "｜2025年招聘2名，长期坚持｜"), NA),
    },
    "p06": {
        1: W(_p06a, ("relative", "反馈后三个月内完成一轮"), NA),
        2: W(_p06a, ("missing", "参保补贴尽快落实到位"), ("item", "今后每季度与县社保中心比对一次名单")),
        3: W(_p06a, ("relative", "年底前全部追回"), ("item", "制定了《过渡期生活补助动态审核办法》")),
        4: W(_p06a, ("item", "此项已于2025年4月30日完成"), ("item", "制定了《回收渔船网具处置管理办法》")),
        5: W(_p06a, ("relative", "反馈后两个月内已全部办结"), ("item", "建立信访件限时办结台账")),
        6: W(_p06b, ("item", "完成时限：2025年3月15日"), ("item", "制定班子成员“一岗双责”责任清单")),
        7: W(_p06b, ("item", "完成时限：2025年4月30日"), ("item", "入户走访实行定位拍照")),
        8: W(_p06b, ("relative", "完成时限：立行立改"), ("item", "修订了《中心经费支出审批规定》")),
        9: W(U, U, U),
        10: W(_p06b, ("item", "完成时限：2025年3月31日"), ("missing", "今后补助发放前要加强审核")),
    },
    "p07": {
        1: W(("dept", "2025年6月底前完成。（资源保护股负责）"), ("item", "2025年6月底前完成"), NA),
        2: W(("dept", "（资源保护股负责，2025年12月底前完成）"), ("item", "2025年12月底前完成"), NA),
        3: W(("item", "（站长庹明川负责，已完成）"), ("done", "（站长庹明川负责，已完成）"), ("item", "建设项目选址会签机制")),
        4: W(("item", "（支部书记、站长庹明川负责"), ("done", "2025年1月底前已完成"), ("item", "逐一制定防控措施")),
        5: W(("missing", "验收工作由站里统一安排"), ("done", "3项已付款的工程已重新组织验收"), ("item", "制定了《古树养护工程验收办法》")),
        6: W(("dept", "（财务负责，已完成）"), ("done", "（财务负责，已完成）"), ("item", "今后认养资金由财务统一核算")),
        7: W(("item", "（组织委员负责，即日起执行）"), ("relative", "即日起执行"), ("item", "会后参会人员签字确认")),
        8: W(("item", "（站长庹明川负责，2025年10月底前）"), ("item", "2025年10月底前"), NA),
        9: W(("dept", "（巡护队负责）"), ("standing", "即日起恢复每周巡护"), ("missing", "站里将研究修订巡护制度")),
    },
    "p08": {
        1: W(_p08a, _p08t, _p08m1),
        2: W(_p08b, ("closing", "第一方面第2个问题剩余144户于2025年12月31日前处置完毕"), ("item", "制定“一户多宅”分类处置计划")),
        3: W(_p08b, ("closing", "第3个问题于2026年6月底前形成可推广的试点经验"), NA),
        4: W(_p08a, _p08t, _p08m1),
        5: W(_p08c, _p08t, ("item", "制定班子成员“一岗双责”清单")),
        6: W(_p08c, _p08t, _p08m2),
        7: W(_p08c, _p08t, _p08m2),
        8: W(_p08c, _p08t, NA),
        9: W(_p08d, _p08t, NA),
        10: W(_p08d, _p08t, NA),
        11: W(_p08d, _p08t, ("mech", "针对第三方面第3个问题，建立《档案借阅登记制度》")),
    },
    "p09": {
        1: W(_p09a, ("relative", "下一季度内全部补演完毕"), NA),
        2: W(_p09a, ("missing", "录音录像工作，持续推进"), NA),
        3: W(_p09a, ("done", "照片不再作为报账依据。此项已完成"), ("item", "今后演出场次以现场视频和乡镇签章的演出确认单为准")),
        4: W(_p09b, ("done", "此项已于2024年10月完成"), ("item", "制定了《对外演出管理办法》")),
        5: W(_p09b, ("relative", "立行立改。2个内容低俗"), ("item", "建立演出节目三审制度")),
        6: W(_p09b, ("relative", "完成时限：反馈后两个月内，已完成"), ("item", "制定了《服装道具采购比价规定》")),
        7: W(U, U, U),
        8: W(_p09b, ("standing", "2025年1月起执行，长期坚持"), NA),
        9: W(_p09c, ("done", "县消防救援大队已于11月进行了复查。此项已完成"), ("item", "剧场每周开展一次消防检查")),
        10: W(_p09c, ("relative", "年底前完成固定资产清查和账务处理"), ("item", "修订了《固定资产管理制度》")),
    },
    "p10": {
        1: W(("item", "（责任领导：副主任覃少卿；完成时限：2025年12月31日）"), ("item", "完成时限：2025年12月31日"), NA),
        2: W(("item", "（责任领导：副主任覃少卿；完成时限：2025年11月30日）"), ("item", "完成时限：2025年11月30日"), ("annex", "《造林保存率核查和补植补造办法》\n问题2")),
        3: W(("item", "对2个项目的负责人进行批评教育。（责任领导：主任钭立峰"), ("item", "完成时限：2025年7月31日"), ("annex", "《治理项目前期论证规程》\n问题3")),
        4: W(("item", "（责任领导：副主任麴安和；完成时限：2025年12月31日）"), ("item", "完成时限：2025年12月31日"), NA),
        5: W(("item", "（责任领导：主任钭立峰；完成时限：2025年6月30日）"), ("item", "完成时限：2025年6月30日"), NA),
        6: W(("item", "（责任领导：副主任麴安和；完成时限：已完成）"), ("done", "完成时限：已完成"), ("annex", "《项目资金支付审核规定》\n问题6")),
        7: W(("item", "进一步完善相关制度。（责任领导：主任钭立峰"), ("item", "完成时限：2025年7月31日"), ("missing", "进一步完善相关制度")),
        8: W(("item", "（责任领导：主任钭立峰；完成时限：立行立改）"), ("relative", "完成时限：立行立改"), ("annex", "《野外作业补贴发放管理办法》\n问题8")),
        9: W(("item", "（责任领导：主任钭立峰；完成时限：2025年6月起长期坚持）"), ("standing", "完成时限：2025年6月起长期坚持"), NA),
        10: W(("item", "（责任领导：副主任麴安和；完成时限：2025年10月31日）"), ("item", "完成时限：2025年10月31日"), NA),
        11: W(("item", "（责任领导：副主任覃少卿；完成时限：2025年6月30日）"), ("item", "完成时限：2025年6月30日"), ("annex", "《项目档案管理制度》\n问题11")),
    },
}
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
fails = []


def decode_bytes(rel, raw):
    enc, eol = DECLARED.get(rel, ("utf-8", "lf"))
    if enc == "utf-16-le-bom":
        assert raw.startswith(b"\xff\xfe"), "no UTF-16 LE BOM"
        text = raw[2:].decode("utf-16-le")
    elif enc == "gb18030":
        try:
            raw.decode("utf-8")
            raise AssertionError("declared GB18030 but is valid UTF-8")
        except UnicodeDecodeError:
            pass
        text = raw.decode("gb18030")
    else:
        assert not raw.startswith((b"\xef\xbb\xbf", b"\xff\xfe")), "unexpected BOM"
        text = raw.decode("utf-8")
    n_crlf, n_lf = text.count("\r\n"), text.count("\n")
    if eol == "crlf":
        assert n_crlf == n_lf and n_lf > 0, f"declared CRLF but {n_crlf} CRLF of {n_lf} LF"
    else:
        assert "\r" not in text, "unexpected CR"
    return text.replace("\r\n", "\n"), enc + ("+crlf" if eol == "crlf" else "")


def html_text(rel, raw):
    text, enc = decode_bytes(rel, raw)
    m = re.search(r'charset=["\']?([\w-]+)', text[:600], re.I)
    assert m and m.group(1).lower() == enc.split("+")[0], f"meta charset {m and m.group(1)} vs declared {enc}"
    body = re.sub(r"(?is)<head>.*?</head>|<script.*?</script>|<style.*?</style>", "", text)
    body = re.sub(r"(?i)<br\s*/?>|</(p|div|li|tr|h[1-6]|ul|ol|table)>", "\n", body)
    body = re.sub(r"(?i)</td>", "\t", body)
    body = html.unescape(re.sub(r"<[^>]+>", "", body))
    lines = [re.sub(r"[ \t]+", " ", l).strip() for l in body.split("\n")]
    return "\n".join(l for l in lines if l), "html/" + enc


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = ["".join(re.findall(r"(?s)<w:t[^>]*>(.*?)</w:t>", p)) for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", xml)]
    feats = [f for f, tag in (("tbl", "<w:tbl>"), ("bold-runs", "<w:b/>")) if tag in xml]
    return html.unescape("\n".join(p for p in paras if p.strip())), "docx[" + ",".join(feats) + "]"


def visible(f):
    rel = os.path.relpath(f, root)
    ext = f.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        assert rel in DOCX, "undeclared DOCX"
        return docx_text(f)
    if ext == "html":
        assert rel in HTML, "undeclared HTML"
        return html_text(rel, open(f, "rb").read())
    return decode_bytes(rel, open(f, "rb").read())


def nchars(t):
    return len(re.sub(r"\s", "", t))


def between(t, a, b):
    i = t.index(a)
    return t[i + len(a):t.index(b, i)]


CN = "一二三四五六七八九十"


def cn(n):
    return CN[n - 1] if n <= 10 else "十" + CN[n - 11]


def inline(seg, first, n_expected):
    """Split 一是…；二是…… (numbering starting at `first`) into its items; returns the item texts."""
    parts = re.split(r"(?:^|[；;，,：:]\s*)((?:十[一二三]?|[一二三四五六七八九])是)", seg)
    items = [(parts[i], parts[i + 1]) for i in range(1, len(parts) - 1, 2)]
    assert [m for m, _ in items] == [cn(k) + "是" for k in range(first, first + len(items))], [m for m, _ in items]
    assert len(items) == n_expected, f"{len(items)} inline items, expected {n_expected}"
    return [m + t for m, t in items]


def para(t, lead):
    return [l for l in t.split("\n") if l.startswith(lead)][0][len(lead):].rstrip("。")


def problems(name, t):
    """The feedback's problems, split by its own structure."""
    if name == "p01":
        got = re.findall(r"^(\d+)．(.+)$", between(t, "一、巡察发现的主要问题", "二、整改意见"), re.M)
        assert [int(k) for k, _ in got] == list(range(1, len(got) + 1)), "p01: continuous 1．–N．"
        return [x for _, x in got]
    if name == "p02":
        out = []
        for lead, first, n in (("在落实上级决策部署方面，", 1, 3), ("在全面从严治党方面，", 4, 4), ("在组织建设方面，", 8, 3)):
            out += inline(para(t, lead), first, n)
        return out
    if name == "p03":
        seg = between(t, "一、巡察发现的主要问题", "二、整改要求")
        got = re.findall(r"^（(十[一二]?|[一二三四五六七八九])）(.+)\n(.+)$", seg, re.M)
        assert [c for c, _, _ in got] == [cn(k) for k in range(1, len(got) + 1)]
        return [h + "。" + d for _, h, d in got]
    if name == "p04":
        got = re.findall(r"^第([一二三四五六七八九十])，(.+)$", t, re.M)
        assert [c for c, _ in got] == [cn(k) for k in range(1, len(got) + 1)]
        return [x for _, x in got]
    if name == "p05":
        got = re.findall(r"^(\d+)\.(.+)\n具体表现：(.+)$", t, re.M)
        assert [int(k) for k, _, _ in got] == list(range(1, len(got) + 1))
        return [h + d for _, h, d in got]
    if name == "p06":
        seg = between(t, "一、主要问题", "二、整改要求")
        got = re.findall(r"^（(十[一二]?|[一二三四五六七八九])）(.+)$", seg, re.M)
        assert [c for c, _ in got] == [cn(k) for k in range(1, len(got) + 1)]
        return [x for _, x in got]
    if name == "p07":
        out = []
        for lead in ("在落实古树名木保护责任方面，", "在管党治党方面，", "在队伍和作风建设方面，"):
            out += inline(para(t, lead), 1, 3)
        return out
    if name == "p08":
        seg = between(t, "一、贯彻落实农村宅基地管理和改革决策部署方面", "四、整改要求")
        got = re.findall(r"^(\d+)．(.+)$", seg, re.M)
        assert [int(k) for k, _ in got] == [1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3], "p08: numbering restarting 4 + 4 + 3"
        return [x for _, x in got]
    if name == "p09":
        seg = between(t, "主要问题：", "訾文远要求").strip().split("\n")
        return seg
    if name == "p10":
        seg = between(t, "一、贯彻落实石漠化综合治理决策部署方面", "四、整改要求")
        got = re.findall(r"^(\d+)．(\S+)\n(.+)$", seg, re.M)
        assert [int(k) for k, _, _ in got] == list(range(1, len(got) + 1))
        return [h + "。" + d for _, h, d in got]
    raise KeyError(name)


def add_months(d, m):
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    day = d.day
    while True:
        try:
            return datetime.date(y, mo, day)
        except ValueError:
            day -= 1


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good = {}, {}, []
theme_counts = {}
empty = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump({"issues": [], "measures": [], "gaps": []}, empty)
empty.close()
for rel in list(DECLARED) + sorted(DOCX) + sorted(HTML):
    if not os.path.exists(os.path.join(root, rel)):
        fails.append(f"declared file missing: {rel}")
pairs = sorted(glob.glob(os.path.join(root, "p[0-9][0-9]")))
if len(pairs) != 10:
    fails.append(f"expected 10 pair folders, found {len(pairs)}")
for d in pairs:
    name = os.path.basename(d)
    files = sorted(os.listdir(d))
    fb = [os.path.join(d, f) for f in files if f.startswith("feedback.")]
    rp = [os.path.join(d, f) for f in files if f.startswith("report.")]
    extra = [f for f in files if not (f.startswith(("feedback.", "report.")) or f in ("gold.json", "notes.md"))]
    if extra:
        fails.append(f"{name}: stray files {extra}")
    if "notes.md" not in files:
        fails.append(f"{name}: notes.md missing")
    g = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
    if set(g) - GOLD_KEYS or not {"mode", "issues", "answered", "must_flag", "must_not_flag"} <= set(g):
        fails.append(f"{name}: gold keys {sorted(g)}")
    if len(rp) != 1:
        fails.append(f"{name}: expected one report.*, found {rp}")
        continue
    if g["mode"] != "pair" or len(fb) != 1:
        fails.append(f"{name}: every dev114 pair is mode 'pair' with exactly one feedback.*")
    encs, ftext = [], None
    for f in fb:
        try:
            ftext, e = visible(f)
            encs.append(f"feedback.{f.rsplit('.', 1)[1]}={e} ({nchars(ftext)} chars)")
            lo, hi = LENGTHS["feedback"]
            if not lo <= nchars(ftext) <= hi:
                fails.append(f"{name}: feedback has {nchars(ftext)} characters, outside {lo}-{hi}")
        except Exception as e:
            fails.append(f"{name}: {f} does not decode as declared: {e}")
    try:
        text, enc = visible(rp[0])
        encs.append(f"report.{rp[0].rsplit('.', 1)[1]}={enc} ({nchars(text)} chars)")
        lo, hi = LENGTHS["report"]
        if not lo <= nchars(text) <= hi:
            fails.append(f"{name}: report has {nchars(text)} characters, outside {lo}-{hi}")
    except Exception as e:
        fails.append(f"{name}: report does not decode as declared: {e}")
        continue
    n = g["issues"]
    total["issues"] += n
    if ftext is not None:
        try:
            probs = problems(name, ftext)
            if len(probs) != n:
                fails.append(f"{name}: feedback structure gives {len(probs)} problems, gold says {n}")
            elif not 8 <= n <= 12:
                fails.append(f"{name}: {n} problems, outside 8-12")
        except Exception as e:
            fails.append(f"{name}: feedback problems could not be split by its structure: {e!r}")
    # dates and lateness
    fd, fdt, rd, rdt = DATES[name]
    fdate, rdate = datetime.date.fromisoformat(fd), datetime.date.fromisoformat(rd)
    if ftext is not None and fdt not in ftext:
        fails.append(f"{name}: feedback date {fdt} not written in the feedback")
    if rdt not in text:
        fails.append(f"{name}: report date {rdt} not written in the report")
    late = rdate > add_months(fdate, 3)
    lf = [f for f in g["must_flag"] if f["kind"] == "late-report"]
    lnf = [f for f in g["must_not_flag"] if f["kind"] == "late-report"]
    if late and not lf:
        fails.append(f"{name}: report {rd} is late ({(rdate - fdate).days} days) but not flagged")
    if not late and (lf or not lnf):
        fails.append(f"{name}: report {rd} is in time ({(rdate - fdate).days} days): late-report must be must_not_flag")
    if sorted(map(int, g["answered"])) != list(range(1, n + 1)):
        fails.append(f"{name}: answered keys are not 1..{n}")
    seen = set()
    for lst in ("must_flag", "must_not_flag"):
        for f in g[lst]:
            k, i = f["kind"], f["issue"]
            total[lst] += 1
            (planted if lst == "must_flag" else countered).setdefault(k, set()).add(name)
            if k not in KINDS:
                fails.append(f"{name}: unknown kind {k}")
            if (k in DOC_LEVEL) != (i is None):
                fails.append(f"{name}: {k} issue {i}: document-level kinds need null, others a number")
            if i is not None and not 1 <= i <= n:
                fails.append(f"{name}: {k} issue {i} out of range")
            if not f.get("why"):
                fails.append(f"{name}: {lst} {k} {i} has no why")
            if (k, i) in seen:
                fails.append(f"{name}: ({k}, {i}) appears twice")
            seen.add((k, i))
    if not g["must_flag"]:
        good.append(name)
    unanswered = {f["issue"] for f in g["must_flag"] if f["kind"] == "unanswered-issue"}
    for k, v in g["answered"].items():
        if (not v) != (int(k) in unanswered):
            fails.append(f"{name}: answered[{k}]={v} disagrees with unanswered-issue must_flag")
    # THEME: owner / time limit / rule places against the gold
    wh = WHERE.get(name, {})
    if sorted(wh) != list(range(1, n + 1)):
        fails.append(f"{name}: WHERE declares problems {sorted(wh)}, expected 1..{n}")
    mf = {(f["kind"], f["issue"]) for f in g["must_flag"]}
    mnf = {(f["kind"], f["issue"]) for f in g["must_not_flag"]}
    for k, parts in wh.items():
        for part, (place, anchor) in parts.items():
            kind = GAPKIND[part]
            theme_counts.setdefault((part, place), 0)
            theme_counts[(part, place)] += 1
            if anchor is not None and anchor not in text:
                fails.append(f"{name}: WHERE {part} anchor for problem {k} not in the report: {anchor!r}")
            if place == "unanswered":
                if (("unanswered-issue", k) not in mf) or g["answered"].get(str(k)):
                    fails.append(f"{name}: problem {k} declared unanswered but gold answers it")
                if (kind, k) in mf or (kind, k) in mnf:
                    fails.append(f"{name}: unanswered problem {k} carries a {kind} judgement")
            elif place == "missing":
                if (kind, k) not in mf:
                    fails.append(f"{name}: problem {k}: {part} missing ({anchor!r}) but no {kind} must_flag")
            elif place in UNUSUAL:
                if (kind, k) not in mnf:
                    fails.append(f"{name}: problem {k}: {part} given in an unusual place ({place}) but no {kind} must_not_flag")
            elif place in ORDINARY or place == "na":
                if place == "na" and part != "R":
                    fails.append(f"{name}: problem {k}: 'na' is only for rules")
                if (kind, k) in mf:
                    fails.append(f"{name}: problem {k}: {part} is {place} but gold must_flags {kind}")
            else:
                fails.append(f"{name}: problem {k}: unknown place {place}")
    for kind in ("no-owner", "no-deadline", "no-mechanism"):
        if not any(f["kind"] == kind for f in g["must_flag"] + g["must_not_flag"]):
            fails.append(f"{name}: gold carries no {kind} judgement")
    # every gold no-owner / no-deadline / no-mechanism must_flag must be declared missing in WHERE
    for kind, i in mf:
        for part, gk in GAPKIND.items():
            if kind == gk and wh.get(i, {}).get(part, ("?", None))[0] != "missing":
                fails.append(f"{name}: gold must_flags {kind} on {i} but WHERE does not declare it missing")
    linked = set()
    for l in g.get("links", []):
        total["links"] += 1
        linked.add(l["issue"])
        if not 1 <= l["issue"] <= n or not g["answered"][str(l["issue"])]:
            fails.append(f"{name}: link to issue {l['issue']} which is out of range or unanswered")
        hits = text.count(l["measure"])
        if hits != 1:
            fails.append(f"{name}: link occurs {hits} times in the report's visible text: {l['measure']}")
    for k, v in g["answered"].items():
        if v and int(k) not in linked:
            fails.append(f"{name}: answered problem {k} has no link")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {g['mode']}, {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}; {', '.join(encs)}; {(rdate - fdate).days} days{' LATE' if late else ''}; "
          f"score.py on empty output {last}")
os.unlink(empty.name)
for k in sorted(KINDS):
    if not planted.get(k):
        fails.append(f"kind {k} is never planted (must_flag)")
    if not countered.get(k):
        fails.append(f"kind {k} has no counter-case (must_not_flag)")
if not 1 <= len(good) <= 2:
    fails.append(f"expected one or two pairs without must_flag (good reports), found {good}")


def form(ok, what):
    if not ok:
        fails.append(what)


def txt(rel):
    return visible(os.path.join(root, rel))[0]


# ---- per-pair form checks ----
DISCLOSE = re.compile(r"向社会公开|向社会通报|公开栏|公示栏|监督电话|门户网站|网站.{0,12}公开|全文公开|予以公布|主动公开|接受社会监督|接受群众监督|整改情况.{0,6}公开")
SANCTION = re.compile(r"诫勉|批评教育|警告|书面检查|检讨|提醒谈话|免去|立案|调离\S{0,4}岗位|处分|作出处理|扣减")
try:
    # p01: group owners on the 方面 heading / two paragraph openings; no item carries its own owner line; rules only in 三、
    _t = txt("p01/report.txt")
    _items = between(_t, "二、问题整改落实情况", "三、建立长效机制情况")
    form("责任领导" not in _items and len(re.findall(r"^完成时限：", _items, re.M)) == 10
         and not re.search(r"《[^》]+(办法|制度|规定)》", _items.replace("《现场搅拌砂浆限期改正通知书》", "")),
         "p01/report.txt: expected no per-item owner, ten 完成时限 lines, and no rule named inside the items")
    # p02: HTML news (inline 一是…十是 over three paragraphs) and a public HTML 通报; item (六) holds nobody to account
    _t = txt("p02/feedback.html")
    form("当前位置" in _t and "网站标识码" in _t and "一要提高政治站位" in _t, "p02/feedback.html: expected chrome and 一要…")
    _t = txt("p02/report.html")
    _six = [l for l in _t.split("\n") if l.startswith("（六）")][0]
    form("索引号" in _t and "主动公开" in _t and len(re.findall(r"^（[一二三四五六七八九十]+）关于", _t, re.M)) == 10
         and not SANCTION.search(_six) and "完成时限" not in between(_t, "二、问题整改情况", "三、整改完成时限")
         and "选拔任用办法" not in _t and "选拔任用工作规定" not in _t,
         "p02/report.html: expected a public 通报 with 10 items, no per-item time limit, (六) without sanction, no 选任 rule")
    # p03: DOCX both; owners/limits only in the closing table; (五) and (九) identical; no disclosure
    _x = zipfile.ZipFile(os.path.join(root, "p03", "report.docx")).read("word/document.xml").decode("utf-8")
    _t = txt("p03/report.docx")
    _prose = _t[:_t.index("附件：整改台账")]
    _five = between(_prose, "（五）关于意识形态和网络安全工作责任落实不到位的问题\n针对意识形态和网络安全工作中的薄弱环节，", "\n")
    _nine = between(_prose, "（九）关于组织生活质量不高的问题\n针对组织生活质量不高的问题，", "\n")
    _rows = _t[_t.index("完成情况\n") + 5:].strip().split("\n")
    form("<w:tbl>" in _x and "<w:b/>" in _x and _five == _nine and len(_rows) == 77
         and _rows[1 * 7 + 5] == "持续推进" and _rows[10 * 7 + 3] == "—" and _rows[10 * 7 + 4] == "各科室"
         and "责任领导" not in _prose and "完成时限" not in _prose and not DISCLOSE.search(_t),
         "p03/report.docx: expected a 7-column table (row 2 持续推进, row 11 —/各科室), identical (五)/(九), no disclosure")
    # p04: speech 第一，…第九，, 一要…三要, CRLF; first-person GB18030 report; rule for 党费核查 only promised
    _t = txt("p04/feedback.txt")
    form(all(f"{c}要" in _t for c in "一二三") and "三个月内" in _t and "核查办法" in _t, "p04/feedback.txt: form")
    _t = txt("p04/report.txt")
    form(_t.count("我") >= 15 and "第一责任人" in _t and "将研究制定企业党组织党费收缴核查办法" in _t
         and not re.search(r"《[^》]*党费[^》]*》", _t), "p04/report.txt: expected a first-person report, 党费 rule only promised")
    # p05: ledger of 10 rows × 7 fields; covering text claims one ongoing while two rows are 正在推进; annex of 5 rules
    _t = txt("p05/report.txt")
    _rows = [l.split("｜") for l in _t.split("\n") if l.count("｜") == 6 and not l.startswith("序号")]
    form(len(_rows) == 10 and all(len(r) == 7 for r in _rows) and sum(r[6].startswith("正在推进") for r in _rows) == 2
         and "已完成整改9个，正在推进1个" in _t and _rows[8][3] == "所务会" and _rows[8][4] == "全体党员"
         and len(re.findall(r"^\d．《", between(_t, "附件：新建和修订制度清单", "中共葎山县"), re.M)) == 5,
         "p05/report.txt: expected 10 ledger rows, two ongoing against a claim of one, row 9 所务会/全体党员, 5 annex rules")
    # p06: nothing on 流动党员 (#9); #2 has 尽快 only; no written 复核 rule
    _t = txt("p06/report.txt")
    form("流动党员" not in _t and "组织关系" not in _t and "党员" not in _t.replace("党员干部", "")
         and "复核制度" not in _t.replace("关于补助资金发放缺少复核制度的问题", "") and not re.search(r"《[^》]*复核[^》]*》", _t),
         "p06/report.txt: expected nothing on 流动党员 and no 复核 rule")
    # p07: speech with three 在…方面 paragraphs; weak report: no 领导小组 / 第一责任人, no disclosure
    _t = txt("p07/report.txt")
    form("领导小组" not in _t and "第一责任人" not in _t and not DISCLOSE.search(_t) and "巡护制度》" not in _t
         and "“一树一策”要求，对37株濒危古树制定复壮方案" in _t,
         "p07/report.txt: expected no 领导小组, no 第一责任人, no disclosure, the copied “一树一策” sentence")
    # p08: DOCX feedback with bold areas; report with a 责任分工 paragraph, a closing 时限 section, a 长效机制 section
    _x = zipfile.ZipFile(os.path.join(root, "p08", "feedback.docx")).read("word/document.xml").decode("utf-8")
    form("<w:b/>" in _x, "p08/feedback.docx: expected bold area headings")
    _t = txt("p08/report.txt")
    _items = between(_t, "三、问题整改情况", "四、整改完成时限")
    form(len(re.findall(r"^（[一二三四五六七八九十]+）第[一二三]方面第\d个问题：", _items, re.M)) == 11
         and not re.search(r"负责(?!人)", _items) and "完成时限" not in _items and not re.search(r"《[^》]+》", _items),
         "p08/report.txt: expected 11 items without owner, time limit or named rule")
    # p09: GB18030 HTML page with an <ol> of 10 items (numbers not in the text); by-number report without #7
    _raw = open(os.path.join(root, "p09", "feedback.html"), "rb").read().decode("gb18030")
    form(_raw.count("<li>") == 10 and "您现在的位置" in _raw, "p09/feedback.html: expected an <ol> with 10 <li>")
    _t = txt("p09/report.txt")
    form(len(re.findall(r"^（[一二三四五六七八九十]+）针对反馈的第\d+个问题$", _t, re.M)) == 9 and "第7个" not in _t
         and "职称" not in _t and "青年演员" not in _t and not SANCTION.search(between(_t, "针对反馈的第3个问题", "（四）")),
         "p09/report.txt: expected nine by-number items, none for #7, #3 without sanction")
    # p10: heading lines 1．–11．; DOCX report: all-done claim vs ongoing items; annex table without a rule for 问题7
    _t = txt("p10/report.docx")
    _annex = _t[_t.index("附件：建立完善制度清单"):]
    form("已全部整改到位" in _t and "正在进行" in _t and "待秋季造林时完成" in _t and "问题7" not in _annex
         and len(re.findall(r"^问题\d+$", _annex, re.M)) == 5, "p10/report.docx: expected the claim, ongoing items, annex without 问题7")
except Exception as e:
    fails.append(f"form checks crashed: {e!r}")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("theme places: " + "; ".join(f"{p}:{pl} {c}" for (p, pl), c in sorted(theme_counts.items())))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
