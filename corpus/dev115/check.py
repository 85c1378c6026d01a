#!/usr/bin/env python3
"""Check the dev115 pairs (p01-p10, FROZEN HELD-OUT); adapted from corpus/dev108/check.py.
General checks: every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared,
a GB18030 file must not be valid UTF-8; HTML: the same, and its <meta charset> must name the declared encoding; DOCX:
word/document.xml paragraph text, table cells included), lengths (feedback 800-3000, report 1500-5000 non-blank
characters), every `links` substring occurs exactly once in the report's visible text, each gold.json is consistent
(only the dev-pairs keys; known kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue; links
only on answered problems; every answered problem has at least one link; mode "pair" with one feedback; no duplicate
(kind, issue); every entry has a why; no stray files), every gap kind is planted (must_flag) in at least one pair and
has a counter-case (must_not_flag), one or two pairs have no must_flag (good reports), every gold file runs through
/work/shared/dev-pairs/score.py against an empty analyze JSON, and the dates: both dates occur in the documents and
late-report is must_flag exactly when the report comes more than three calendar months after the feedback.
Problem counts: each feedback is split by its own structure and the count must equal the gold's `issues` (8-12).
THEME checks (where the owner, the time limit and the lasting rule are written): THEME declares, for every problem of
every pair, the place of its owner, its time limit and its rule, each with an anchor string that must occur in the
report's visible text. The gold must follow the declaration:
  - a part that is missing (owner None / "collective"; time None / "vague"; rule None / "promised") has a must_flag of
    no-owner / no-deadline / no-mechanism for that problem;
  - a part given in an unusual place (anything other than "item") has a must_not_flag of that kind;
  - a part given in the item itself ("item") has no must_flag of that kind (a must_not_flag is allowed);
  - rule "n/a" (a one-off problem that needs no lasting rule) has no must_flag no-mechanism;
  - "-" (no judgement) is only allowed on a problem whose answer is already flagged unanswered-issue, vague-measure,
    copied-measure or repeated-measure, and then that part has no owner/deadline/mechanism judgement at all.
Pair-specific form checks follow at the end. Usage: python3 check.py [dev115-dir]. Exit 1 on failure; prints OK last."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text and HTML files (every other .txt/.html: UTF-8, LF)
DECLARED = {
    "p02/report.txt": ("gb18030", "lf"),
    "p03/report.txt": ("utf-16-le-bom", "lf"),
    "p04/feedback.txt": ("utf-8", "crlf"),
    "p04/report.html": ("gb18030", "lf"),
    "p05/feedback.txt": ("gb18030", "lf"),
    "p05/report.txt": ("utf-8", "crlf"),
    "p06/feedback.txt": ("utf-16-le-bom", "lf"),
    "p07/feedback.html": ("gb18030", "lf"),
    "p09/report.txt": ("gb18030", "crlf"),
    "p10/feedback.txt": ("utf-8", "crlf"),
    "p10/report.txt": ("utf-16-le-bom", "lf"),
}
HTML = {"p02/feedback.html", "p04/report.html", "p07/feedback.html", "p08/report.html"}
DOCX = {"p01/report.docx", "p03/feedback.docx", "p06/report.docx", "p09/feedback.docx"}
LENGTHS = {"feedback": (800, 3000), "report": (1500, 5000)}
# feedback date, report date (ISO); late = report more than three calendar months after the feedback
DATES = {"p01": ("2025-03-11", "2025-06-05"), "p02": ("2024-10-15", "2025-01-09"), "p03": ("2025-04-08", "2025-07-02"),
         "p04": ("2024-12-10", "2025-04-02"), "p05": ("2025-02-19", "2025-05-16"), "p06": ("2025-05-13", "2025-08-06"),
         "p07": ("2024-11-26", "2025-02-20"), "p08": ("2025-06-10", "2025-09-03"), "p09": ("2025-01-07", "2025-04-30"),
         "p10": ("2025-03-25", "2025-06-18")}

# ---------------------------------------------------------------------------------------------------------------------
# THEME: for every problem (feedback order) the place of (owner, time limit, rule), each (place, anchor in the report).
# owner places: item | group (a 方面 / paragraph opening or an assignment sentence for several problems) | first-person
#               (我 / 本人) | ledger (a ledger flattened to text) | table (a closing Word table) | dept (one named
#               department only, counted as an owner: its head answers for it)
#               missing: None | collective (a committee, 全体支委, 各科室, 各部门负责人 …: nobody in particular)
# time places:  item | closing (one closing sentence for all items) | schedule (one sentence giving dates for several
#               problems) | relative (反馈后两个月内, 年底前, 下一季度内: computable from a known date, counted) |
#               done (立行立改 or 长期坚持 together with a stated completion) | ledger | table
#               missing: None | vague (持续推进 / 长期坚持 / 适时 alone, for a problem that needs a finite fix)
# rule places:  item | section (a 长效机制 section naming the rule per problem) | annex (an annex list of rules, mapped
#               to problem numbers) | ledger ; missing: None | promised (将研究制定 / 正在研究、适时出台) ;
#               n/a (a one-off problem needing no lasting rule)
# "-": no judgement (the answer is already flagged unanswered / vague / copied / repeated).
MISSING = {"owner": {None, "collective"}, "time": {None, "vague"}, "rule": {None, "promised"}}
KIND_OF = {"owner": "no-owner", "time": "no-deadline", "rule": "no-mechanism"}


def T(owner, time, rule):
    return {"owner": owner, "time": time, "rule": rule}


N = (None, None)
DASH = ("-", None)
NA = ("n/a", None)
_g1 = ("group", "本方面3个问题由党组副书记、副院长郗明远牵头")
_g2 = ("group", "本方面3个问题由党组成员、副院长宓晓岚牵头")
_g3 = ("group", "本方面第7、8、9个问题由党组成员、政治部主任庞若溪牵头")
_c1 = ("closing", "其余均已于2025年5月31日前完成")
_l2 = ("ledger", "整改台账\n序号｜反馈问题｜整改措施｜责任领导｜责任部门｜完成时限｜整改进展")
_f3 = ("first-person", "第一、三、六个问题由我本人牵头")
_a3 = ("group", "第二、四、五个问题交由副主任芮知秋牵头")
_b3 = ("group", "第七、八、九个问题交由党支部副书记、副主任钮佩兰牵头")
_r3 = ("relative", "第一至第五个问题在反馈后两个月内完成")
_s3 = ("schedule", "第六至第九个问题在6月30日前完成")
_t6 = ("table", "完成时限\n完成情况")
_o6 = ("table", "责任部门\n责任人")
_l10 = ("ledger", "序号\t反馈问题\t整改措施\t责任领导\t责任股室\t完成时限\t进展情况")
_h9a = ("group", "这方面的3个问题由副站长郜启明牵头整改")
_h9b = ("group", "这方面的3个问题由站长、党支部书记段木青牵头整改")
_h9c = ("group", "这方面的3个问题由党支部书记段木青负责")
_c9 = ("closing", "以上整改任务均已于2025年3月31日前全部完成")
THEME = {
    "p01": {
        1: T(_g1, _c1, ("item", "《联络点调解指导工作规程》")),
        2: T(_g1, ("item", "力争于2025年9月30日前全部审结"), ("item", "《审限变更审批管理规定》")),
        3: T(_g1, _c1, ("item", "《执行案款收发管理办法》")),
        4: T(_g2, _c1, ("item", "《司法辅助机构轮候选定实施细则》")),
        5: T(_g2, _c1, ("item", "《干警教育培训管理办法》")),
        6: T(_g2, _c1, ("item", "“一车一单”派车制度")),
        7: T(_g3, _c1, ("item", "组织生活记录季度检查制度")),
        8: T(_g3, _c1, ("item", "“三审三校”制度")),
        9: T(_g3, ("relative", "年底前完成首批导师结对考核"), NA),
        10: T(N, _c1, ("item", "将诉讼费退费纳入结案审查必查项目")),
    },
    "p02": {
        1: T(_l2, _l2, ("ledger", "《按比例就业年审实地核查办法》")),
        2: T(_l2, _l2, ("ledger", "建立学员参训信息库")),
        3: T(_l2, _l2, ("ledger", "《盲人按摩机构扶持资金管理办法》")),
        4: T(_l2, _l2, ("ledger", "《辅助性就业机构运营考核办法》")),
        5: T(_l2, _l2, ("ledger", "《公务接待管理实施细则》")),
        6: T(_l2, ("vague", "｜党支部｜长期坚持｜持续推进"), NA),
        7: T(_l2, _l2, DASH),
        8: T(_l2, _l2, ("ledger", "建立岗位信息月度更新机制")),
        9: T(_l2, _l2, ("ledger", "《培训经费支出管理规定》")),
    },
    "p03": {
        1: T(_f3, _r3, ("item", "《中小学幼儿园家长学校建设工作方案》")),
        2: T(_a3, _r3, ("section", "《乡镇家庭教育指导站工作规范》")),
        3: T(_f3, _r3, ("section", "建立了入户指导记录双人复核制度")),
        4: T(_a3, _r3, ("section", "《家庭教育讲师团管理办法》")),
        5: T(_a3, _r3, ("promised", "我们将研究制定《家庭教育专项经费绩效管理办法》")),
        6: T(_f3, _s3, ("section", "其中《政府采购内部控制规程》明确同一项目的采购必须合并预算")),
        7: T(_b3, _s3, ("item", "建立每周五下午集中学习制度")),
        8: T(_b3, _s3, ("item", "“一审一校一签”")),
        9: T(_b3, _s3, DASH),
    },
    "p04": {
        1: T(("item", "（责任人：副所长司马钧；完成时限：2025年2月28日"), ("item", "完成时限：2025年2月28日，已完成"),
             ("annex", "《鉴定委托受理审查规程》（对应反馈问题第1项）")),
        2: T(("item", "（责任人：副所长司马钧；完成时限：2025年1月31日"), ("item", "完成时限：2025年1月31日，已完成"), N),
        3: T(("item", "（责任人：所长仇静川；完成时限：立行立改"), ("done", "完成时限：立行立改，已于2025年1月15日完成"),
             ("annex", "对应反馈问题第3项、第7项")),
        4: T(("item", "（责任人：所长仇静川；完成时限：2025年1月31日"), ("item", "完成时限：2025年1月31日，已完成"),
             ("annex", "《鉴定人回避管理办法》（对应反馈问题第4项）")),
        5: T(("item", "（责任人：所长仇静川；完成时限：2025年1月20日"), ("item", "完成时限：2025年1月20日，已完成"),
             ("annex", "《鉴定人廉洁执业若干规定》（对应反馈问题第5项）")),
        6: T(DASH, DASH, DASH),
        7: T(("item", "（责任人：副所长温若霆；完成时限：2025年1月10日"), ("item", "完成时限：2025年1月10日，已完成"),
             ("annex", "对应反馈问题第3项、第7项")),
        8: T(("item", "（责任人：党支部书记仇静川"), ("item", "完成时限：2025年3月31日，已完成"),
             ("annex", "《支部委员会会议记录管理办法》（对应反馈问题第8项）")),
        9: T(("item", "（责任人：副所长温若霆；完成时限：2025年3月31日"), ("item", "完成时限：2025年3月31日，已完成"),
             ("item", "建立鉴定人继续教育学时台账")),
        10: T(("item", "（责任人：副所长司马钧；完成时限：2025年6月30日"), ("item", "完成时限：2025年6月30日，正在推进"),
              ("annex", "《鉴定质量控制和能力验证管理办法》（对应反馈问题第10项）")),
    },
    "p05": {
        1: T(("item", "责任领导：主任舒怀远；责任科室：风险监测科；完成时限：立行立改"),
             ("done", "完成时限：立行立改，已于2025年3月10日完成"), ("section", "《债务风险指标月度监测和预警报告制度》")),
        2: T(("item", "责任领导：副主任漆映雪；责任科室：项目管理科；完成时限：年底前"),
             ("relative", "完成时限：年底前全部完成"), ("section", "《专项债券项目储备和资金使用跟踪管理办法》")),
        3: T(("item", "责任领导：副主任漆映雪；责任科室：项目管理科；完成时限：年底前"),
             ("relative", "完成时限：年底前全部完成"), ("section", "《专项债券项目储备和资金使用跟踪管理办法》")),
        4: T(("item", "责任领导：副主任漆映雪；责任科室：综合科；完成时限：立行立改"),
             ("done", "完成时限：立行立改，已于2025年2月28日完成"), ("section", "《债务管理系统账号和数据安全管理规定》")),
        5: T(("item", "责任领导：主任舒怀远；责任科室：综合科；完成时限：2025年4月30日"),
             ("item", "完成时限：2025年4月30日，已完成"), ("section", "《中介服务机构比选和合同验收管理办法》")),
        6: T(("item", "责任领导：主任舒怀远；责任科室：综合科；完成时限：2025年3月31日"),
             ("item", "完成时限：2025年3月31日，已完成"), ("section", "《外出考察学习审批管理规定》")),
        7: T(("item", "责任领导：主任舒怀远；责任科室：综合科；完成时限：2025年3月31日"),
             ("item", "完成时限：2025年3月31日，已完成"), ("section", "修订《党支部议事规则》")),
        8: T(("item", "责任领导：主任舒怀远；责任科室：综合科；完成时限：长期坚持"),
             ("done", "完成时限：长期坚持（年度学习计划已于3月印发执行）"), ("section", "修订《中心学习制度》")),
        9: T(("item", "责任领导：副主任漆映雪；责任科室：项目管理科；完成时限：2025年12月31日"),
             ("item", "完成时限：2025年12月31日前完成全员轮训"), NA),
        10: T(("item", "责任领导：主任舒怀远；责任科室：风险监测科；完成时限：2025年4月30日"),
              ("item", "完成时限：2025年4月30日，已完成"), ("section", "建立债务台账与总预算会计账按月对账制度")),
    },
    "p06": {
        1: T(_o6, _t6, DASH),
        2: T(_o6, _t6, ("item", "《有限空间作业安全管理规定》")),
        3: T(_o6, _t6, ("item", "《产品出厂检验规程》")),
        4: T(_o6, _t6, ("item", "修订《“三重一大”决策制度实施办法》")),
        5: T(_o6, _t6, ("item", "《业务招待费管理办法》")),
        6: T(_o6, _t6, ("item", "《经销商返利管理办法》")),
        7: T(_o6, _t6, ("item", "今后闲置资产出租一律公开招租")),
        8: T(("collective", "全体支委"), _t6, ("item", "制定党建工作责任清单，把党建工作考核与生产经营考核挂钩")),
        9: T(("collective", "各部门负责人"), _t6, ("item", "建立党员参加组织生活考勤通报制度")),
        10: T(_o6, _t6, ("item", "《中层干部选拔任用办法》")),
    },
    "p07": {
        1: T(("item", "责任领导：副主任祁暮云"), ("relative", "整改时限：年底前全部接入"), NA),
        2: T(("item", "责任领导：副主任祁暮云"), ("relative", "整改时限：反馈后两个月内"), ("item", "建立急诊报告时效每周监测和通报制度")),
        3: T(("item", "责任领导：副主任祁暮云"), ("relative", "整改时限：下一季度内完成数据对接和上传"), NA),
        4: T(("item", "责任领导：党支部书记、主任闵清源"), ("vague", "整改时限：持续推进"), ("item", "《大型医用设备购置论证管理办法》")),
        5: T(("item", "责任领导：党支部书记、主任闵清源"), ("done", "整改时限：立行立改，已于2024年12月20日完成退费"),
             ("item", "修订收费项目自查制度")),
        6: T(("item", "责任领导：党支部书记、主任闵清源"), ("done", "整改时限：立行立改，已于2024年12月31日完成"),
             ("item", "《接受外部资助参加学术活动审批规定》")),
        7: T(("item", "责任领导：副主任鲍静姝"), ("item", "整改时限：2025年1月31日"), ("item", "《造影剂及高值耗材管理制度》")),
        8: T(("item", "责任领导：党支部书记、主任闵清源"), ("done", "整改时限：长期坚持（12月起已分开开展）"), NA),
        9: T(("item", "责任领导：副主任鲍静姝"), ("item", "整改时限：2025年3月31日"), DASH),
        10: T(("item", "责任领导：党支部书记、主任闵清源"), ("item", "整改时限：2026年6月底前新增2名具有签发资质的医师"), NA),
    },
    "p08": {
        1: T(("dept", "（牵头科室：技术保障科；完成时限：2025年10月31日）"), ("item", "完成时限：2025年10月31日）"),
             ("item", "建立终端运行状态每日巡检和乡镇报修台账")),
        2: T(("dept", "（牵头科室：技术保障科；完成时限：2025年8月15日"), ("item", "完成时限：2025年8月15日，已完成"), NA),
        3: T(("dept", "（牵头科室：播出部；"), ("item", "完成时限：2025年7月15日，已完成"), ("item", "修订《播出安全值班管理制度》并印发执行")),
        4: T(("dept", "（牵头科室：办公室；完成时限：2025年8月31日"), ("item", "完成时限：2025年8月31日，已完成"),
             ("promised", "下一步将研究制定项目资金验收支付管理办法")),
        5: T(("dept", "（牵头科室：办公室；完成时限：2025年7月31日"), ("item", "完成时限：2025年7月31日，已完成"),
             ("item", "印发《村级应急广播管理员管理办法》")),
        6: T(("dept", "（牵头科室：办公室；完成时限：2025年8月31日"), ("item", "完成时限：2025年8月31日，已完成"),
             ("promised", "采购需求编制的内部审核办法正在研究，适时出台")),
        7: T(("dept", "（牵头科室：办公室；完成时限：2025年7月31日"), ("item", "完成时限：2025年7月31日，已完成"),
             ("item", "重新印发《公务用车使用管理办法》")),
        8: T(("dept", "（牵头科室：办公室；完成时限：2025年7月31日"), ("item", "完成时限：2025年7月31日，已完成"),
             ("item", "修订《工作餐管理规定》")),
        9: T(DASH, DASH, DASH),
        10: T(("collective", "（责任单位：中心各科室；"), ("item", "完成时限：2025年7月31日，已完成"),
              ("item", "修订《播出内容三审管理制度》")),
        11: T(("dept", "（牵头科室：办公室；完成时限：2025年8月31日"), ("item", "完成时限：2025年8月31日，已完成"),
              ("item", "建立固定资产年度盘点制度")),
    },
    "p09": {
        1: T(_h9a, _c9, ("item", "建立自助发放机每月巡检和补货制度")),
        2: T(_h9a, ("item", "预计6月底前完成"), ("item", "建立按季度采集实际使用量、据实编报需求计划的机制")),
        3: T(_h9a, _c9, ("item", "制定《药具不良反应监测和随访工作制度》")),
        4: T(_h9b, _c9, ("item", "修订《药具库房管理制度》")),
        5: T(_h9b, _c9, ("promised", "下一步，我站将研究建立药具发放签收核查制度")),
        6: T(_h9b, _c9, ("item", "修订《经费支出审批制度》")),
        7: T(_h9c, _c9, ("item", "建立支委会每月固定召开制度")),
        8: T(_h9c, _c9, NA),
        9: T(_h9c, _c9, DASH),
    },
    "p10": {
        1: T(_l10, _l10, NA),
        2: T(_l10, _l10, ("item", "制定《预拌混凝土企业分类监管办法》")),
        3: T(_l10, ("vague", "执法股\t持续推进"), ("item", "建立“禁现”巡查和月通报机制")),
        4: T(_l10, _l10, ("item", "修订《绿色生产奖补资金审核办法》")),
        5: T(_l10, _l10, ("item", "严格执行持证上岗制度")),
        6: T(_l10, _l10, ("item", "修订《执法检查工作纪律》")),
        7: T(_l10, _l10, DASH),
        8: T(DASH, DASH, DASH),
        9: T(_l10, _l10, DASH),
        10: T(_l10, _l10, ("item", "修订《行政处罚案件办理流程》")),
    },
}
EMPTY_ANSWER = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure"}

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
    body = re.sub(r"(?i)<br\s*/?>|</(p|div|li|tr|h[1-6]|ul|table|header|footer|nav|article)>", "\n", body)
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


def inline(seg, n_expected):
    """Split 一是…；二是…… into its items; returns the item texts."""
    parts = re.split(r"(?:^|[；;，,：:]\s*)((?:十[一二三]?|[一二三四五六七八九])是)", seg)
    items = [(parts[i], parts[i + 1]) for i in range(1, len(parts) - 1, 2)]
    assert [m for m, _ in items] == [cn(k) + "是" for k in range(1, len(items) + 1)], [m for m, _ in items]
    assert len(items) == n_expected, f"{len(items)} inline items, expected {n_expected}"
    return [m + t for m, t in items]


def problems(name, t):
    """The feedback's problems, split by its own structure."""
    if name == "p01":
        got = re.findall(r"^(\d+)．(.+)$", between(t, "一、巡察发现的主要问题", "二、整改意见"), re.M)
        assert [int(k) for k, _ in got] == list(range(1, len(got) + 1)), "p01: continuous 1．numbering"
        return [x for _, x in got]
    if name == "p02":
        para = [l for l in t.split("\n") if "主要是：" in l][0]
        return inline(para.split("主要是：", 1)[1].rstrip("。"), 9)
    if name == "p03":
        got = re.findall(r"^（([一二三四五六七八九十])）(.+)$", between(t, "一、贯彻落实党中央决策部署", "四、整改要求"), re.M)
        assert [c for c, _ in got] == [cn(k) for k in range(1, len(got) + 1)], "p03: running （一）numbering"
        return [x for _, x in got]
    if name == "p04":
        out = []
        for lead, n in (("第一个方面，", 3), ("第二个方面，", 4), ("第三个方面，", 3)):
            para = [l for l in t.split("\n") if l.startswith(lead)][0]
            out += inline(para.split("。", 1)[1].rstrip("。"), n)
        return out
    if name == "p05":
        got = re.findall(r"^(\d)\.(\d) (.+)$", t, re.M)
        areas = {}
        for a, b, _ in got:
            areas.setdefault(a, []).append(int(b))
        assert all(v == list(range(1, len(v) + 1)) for v in areas.values()), "p05: 1.1 … numbering per area"
        return [x for _, _, x in got]
    if name == "p06":
        seg = between(t, "一、贯彻落实上级决策部署方面", "四、整改要求")
        got = re.findall(r"^([1-4])．(.+)$", seg, re.M)
        assert len(re.findall(r"^1．", seg, re.M)) == 3, "p06: expected numbering to restart in three areas"
        return [x for _, x in got]
    if name == "p07":
        out = []
        for lead, n in (("在落实医改和公共卫生政策方面，", 3), ("在全面从严治党方面，", 4), ("在党的建设和队伍建设方面，", 3)):
            para = [l for l in t.split("\n") if l.startswith(lead)][0]
            out += inline(para[len(lead):].rstrip("。"), n)
        return out
    if name == "p08":
        seg = between(t, "一、主要问题", "二、整改要求")
        got = re.findall(r"^（(十[一二]?|[一二三四五六七八九])）(.+)\n(.+)$", seg, re.M)
        assert [c for c, _, _ in got] == [cn(k) for k in range(1, len(got) + 1)], "p08: running （一）numbering"
        return [h + "。" + d for _, h, d in got]
    if name == "p09":
        seg = between(t, "问题表现", "二、整改要求").strip().split("\n")
        assert len(seg) % 3 == 0, "p09: table cells are not in threes"
        rows = [seg[i:i + 3] for i in range(0, len(seg), 3)]
        assert [int(r[0]) for r in rows] == list(range(1, len(rows) + 1)), "p09: 序号 column"
        return [r[2] for r in rows]
    if name == "p10":
        got = re.findall(r"^([一二三四五六七八九十])是(.+)$", t, re.M)
        assert [c for c, _ in got] == [cn(k) for k in range(1, len(got) + 1)], "p10: 一是…十是 paragraphs"
        return [x for _, x in got]
    raise KeyError(name)


def iso_dates(t):
    """All dates in a text, as ISO strings (2025年3月11日 / 2025-03-11)."""
    out = set()
    for y, m, d in re.findall(r"(20\d\d)年(\d{1,2})月(\d{1,2})日", t):
        out.add(f"{int(y):04d}-{int(m):02d}-{int(d):02d}")
    for y, m, d in re.findall(r"(20\d\d)-(\d\d)-(\d\d)", t):
        out.add(f"{y}-{m}-{d}")
    return out


def plus_three_months(iso):
    d = datetime.date.fromisoformat(iso)
    m = d.month + 3
    y, m = d.year + (m - 1) // 12, (m - 1) % 12 + 1
    for day in (d.day, 30, 29, 28):
        try:
            return datetime.date(y, m, day)
        except ValueError:
            continue


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good = {}, {}, []
theme_tally = {k: {"flag": 0, "not": 0} for k in KIND_OF.values()}
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
        fails.append(f"{name}: every dev115 pair is mode 'pair' with exactly one feedback.*")
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
    # dates and late-report
    fdate, rdate = DATES[name]
    if ftext is not None and fdate not in iso_dates(ftext):
        fails.append(f"{name}: feedback date {fdate} not found in the feedback")
    if rdate not in iso_dates(text):
        fails.append(f"{name}: report date {rdate} not found in the report")
    late = datetime.date.fromisoformat(rdate) > plus_three_months(fdate)
    lf = [f for f in g["must_flag"] if f["kind"] == "late-report"]
    lnf = [f for f in g["must_not_flag"] if f["kind"] == "late-report"]
    if late != bool(lf) or late == bool(lnf):
        fails.append(f"{name}: late={late} ({fdate} → {rdate}) but gold must_flag {bool(lf)} / must_not_flag {bool(lnf)}")
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
    # ---- THEME: owner / time limit / rule, declared per problem; the gold must follow ----
    th = THEME.get(name, {})
    if sorted(th) != list(range(1, n + 1)):
        fails.append(f"{name}: THEME declares problems {sorted(th)}, gold has 1..{n}")
    flags = {(f["kind"], f["issue"]) for f in g["must_flag"]}
    nots = {(f["kind"], f["issue"]) for f in g["must_not_flag"]}
    for p, parts in th.items():
        for part, (place, anchor) in parts.items():
            kind = KIND_OF[part]
            has_f, has_n = (kind, p) in flags, (kind, p) in nots
            theme_tally[kind]["flag"] += has_f
            theme_tally[kind]["not"] += has_n
            if anchor is not None and text.count(anchor) < 1:
                fails.append(f"{name} #{p} {part}: anchor not in report: {anchor}")
            if place == "-":
                if not any((k, p) in flags for k in EMPTY_ANSWER):
                    fails.append(f"{name} #{p} {part}: '-' needs an unanswered/vague/copied/repeated flag on the problem")
                if has_f or has_n:
                    fails.append(f"{name} #{p} {part}: '-' but the gold judges {kind}")
            elif place in MISSING[part]:
                if not has_f:
                    fails.append(f"{name} #{p}: {part} declared missing ({place}) but no must_flag {kind}")
                if has_n:
                    fails.append(f"{name} #{p}: {part} missing but must_not_flag {kind}")
            elif place == "n/a":
                if has_f:
                    fails.append(f"{name} #{p}: rule n/a but must_flag {kind}")
            elif place == "item":
                if has_f:
                    fails.append(f"{name} #{p}: {part} in the item but must_flag {kind}")
            else:
                if not has_n:
                    fails.append(f"{name} #{p}: {part} given in an unusual place ({place}) but no must_not_flag {kind}")
                if has_f:
                    fails.append(f"{name} #{p}: {part} given ({place}) but must_flag {kind}")
    for (k, p) in flags | nots:
        if k in KIND_OF.values() and p not in th:
            fails.append(f"{name}: {k} judged on undeclared problem {p}")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {g['mode']}, {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}; {', '.join(encs)}; {fdate}→{rdate}{' LATE' if late else ''}; "
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
DISCLOSE = re.compile(r"向社会公开|公开栏|公示栏|监督电话|联系电话|门户网站|网站.{0,12}公开|网站.{0,12}公示|专栏|主动公开|接受.{0,8}监督|欢迎.{0,10}监督")
LEAD = re.compile(r"领导小组|第一责任人|党支部书记")
SANCTION = re.compile(r"诫勉|批评教育|处分|检讨|书面检查|作出检查|作了检查|问责|调离")
try:
    # p01: three group owner lines, a closing time sentence, group （四） with no owner line
    _t = txt("p01/report.docx")
    _four = between(_t, "（四）关于上轮巡察反馈问题整改不彻底的问题", "三、下一步工作打算")
    form(len(re.findall(r"^本方面", _t, re.M)) == 3 and "牵头" not in _four and "责任" not in _four
         and _t.count("以上整改任务，除第2项、第9项另有时限外") == 1 and "诫勉" not in between(_t, "5．关于", "6．关于"),
         "p01/report.docx: expected three group owner lines, an owner-less （四）, a closing time sentence, no sanction in 5．")
    # p02: HTML news with inline 一是…九是, requirements 一要…三要 and a 表态 一是…三是; ｜ ledger of 9 rows × 7 fields
    _t = txt("p02/feedback.html")
    form("当前位置" in _t and "网站标识码" in _t and "一要提高站位" in _t and "一是立即召开" in _t,
         "p02/feedback.html: expected chrome, 一要… and a 表态 一是…")
    _t = txt("p02/report.txt")
    _rows = [l.split("｜") for l in _t.split("\n") if re.match(r"^\d｜", l)]
    form(len(_rows) == 9 and all(len(r) == 7 for r in _rows) and _rows[5][5] == "长期坚持" and "已全部完成整改" in _t
         and _rows[2][6] == "追缴中" and _rows[7][6] == "正在推进", "p02/report.txt: expected a 9×7 ledger, row 6 长期坚持, rows 3/8 open")
    # p03: first-person report; the study paragraph pasted under （九）; the 经费 rule only promised
    _t = txt("p03/report.txt")
    _paste = "建立每周五下午集中学习制度，由我带头领学，每次确定一个专题，班子成员轮流作研讨发言，学习情况纳入个人年度考核。"
    form(_t.count("我") >= 15 and _t.count(_paste) == 2 and "将研究制定《家庭教育专项经费绩效管理办法》" in _t
         and "还在研究之中" in _t, "p03/report.txt: expected a first-person report, a pasted paragraph, a promised rule")
    # p04: speech (CRLF) with 一要…三要; public GB18030 通报 without 档案, annex of 6 rules numbered by the feedback
    _t = txt("p04/feedback.txt")
    form(all(f"{c}要" in _t for c in "一二三") and "三个月内" in _t, "p04/feedback.txt: expected 一要…三要 and 三个月内")
    _t = txt("p04/report.html")
    _ann = re.findall(r"^\d．《.+》（.*对应反馈问题第.+项）$", _t, re.M)
    form("档案" not in _t and len(_ann) == 6 and "索引号" in _t and "主动公开" in _t
         and len(re.findall(r"^（[一二三四五六七八九]）关于", _t, re.M)) == 9 and "时限" not in "".join(_ann)
         and not SANCTION.search(between(_t, "（五）关于", "（六）关于")),
         "p04/report.html: expected 9 items, none on 档案, an annex of 6 rules, nothing on 时限, no sanction in （五）")
    # p05: good report; rules only in 三、 (no 《 in the items), merged （二）, nine items with a field line each
    _t = txt("p05/report.txt")
    _items = between(_t, "二、反馈问题整改落实情况", "三、建立长效机制情况")
    form("《" not in _items and len(re.findall(r"^（[一二三四五六七八九]）关于", _items, re.M)) == 9
         and len(re.findall(r"^责任领导：.+；责任科室：.+；完成时限：.+$", _items, re.M)) == 9
         and "专项债券项目储备质量不高和资金支出跟踪督促不力" in _items, "p05/report.txt: expected nine field items, no rule in them")
    # p06: DOCX closing table (header + 10 rows); prose without owners or dates; no 领导小组/书记; nothing published
    _x = zipfile.ZipFile(os.path.join(root, "p06", "report.docx")).read("word/document.xml").decode("utf-8")
    _t = txt("p06/report.docx")
    _prose = _t[:_t.index("附表：")]
    form(_x.count("<w:tr>") == 11 and not LEAD.search(_t) and not DISCLOSE.search(_t) and "责任人" not in _prose
         and "公开招租" in _t and not re.search(r"\d月\d+日前", _prose),
         "p06/report.docx: expected an 11-row table, no leadership, no disclosure, no owners/dates in the prose")
    # p07: ten 问题N： blocks each with 责任领导/整改时限/完成情况; 问题5 without sanction; 问题9 slogans only
    _t = txt("p07/report.txt")
    form(len(re.findall(r"^问题\d+：", _t, re.M)) == 10 and len(re.findall(r"^整改时限：", _t, re.M)) == 10
         and not SANCTION.search(between(_t, "问题5：", "问题6：")),
         "p07/report.txt: expected ten blocks and no sanction in 问题5")
    # p08: public HTML notice with 10 items, none on the 支委 vacancy, one collective owner, two promised rules
    _t = txt("p08/report.html")
    form(len(re.findall(r"^（[一二三四五六七八九十]）关于", _t, re.M)) == 10 and "补选" not in _t and "组织委员" not in _t
         and _t.count("牵头科室：") == 9 and _t.count("责任单位：中心各科室") == 1 and "适时出台" in _t,
         "p08/report.html: expected 10 items, nothing on the vacancy, 9 departments + 1 collective owner")
    # p09: DOCX table feedback; GB18030 CRLF report with a closing all-done sentence against two open items
    _x = zipfile.ZipFile(os.path.join(root, "p09", "feedback.docx")).read("word/document.xml").decode("utf-8")
    form(_x.count("<w:tr>") == 10, "p09/feedback.docx: expected a Word table of header + 9 rows")
    _t = txt("p09/report.txt")
    form("正在协调更换" in _t and "预计6月底前完成" in _t and _t.count("这方面的3个问题由") == 3,
         "p09/report.txt: expected open items against the closing claim and three group owner lines")
    # p10: speech 一是…十是 paragraphs; report without 意识形态, a 9-row tab ledger skipping 8, no leadership, nothing published
    _t = txt("p10/report.txt")
    _rows = [l.split("\t") for l in _t.split("\n") if re.match(r"^\d+\t", l)]
    form("意识形态" not in _t and len(_rows) == 9 and all(len(r) == 7 for r in _rows)
         and [r[0] for r in _rows] == ["1", "2", "3", "4", "5", "6", "7", "9", "10"] and not LEAD.search(_t)
         and not DISCLOSE.search(_t) and "持续推进" in _rows[2][5],
         "p10/report.txt: expected no 意识形态, a tab ledger 1–7,9,10, no leadership, no disclosure, row 3 持续推进")
except Exception as e:
    fails.append(f"form checks crashed: {e!r}")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("theme judgements: " + "; ".join(f"{k} flag {v['flag']} / not {v['not']}" for k, v in theme_tally.items()))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
