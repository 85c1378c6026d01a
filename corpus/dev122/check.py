#!/usr/bin/env python3
"""Check the dev122 pairs (p01-p10, pair ids d122-01 … d122-10); adapted from corpus/dev108/check.py.
General checks: every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared,
a GB18030 file must not be valid UTF-8; HTML: the same, and its <meta charset> must name the declared encoding; DOCX:
word/document.xml paragraph text, table cells included), lengths (feedback 800-3000, report 1500-5000 non-blank
characters), every `links` substring occurs exactly once in the report's visible text, each gold.json is consistent (only
the dev-pairs keys; known kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue; links only on
answered problems; every answered problem has at least one link; mode "pair" with one feedback; no duplicate
(kind, issue); every entry has a why; no stray files), every gap kind is planted (must_flag) in at least one pair and has
a counter-case (must_not_flag), one or two pairs have no must_flag (good reports), and every gold file runs through
/work/shared/dev-pairs/score.py against an empty analyze JSON.
Problem counts: each feedback is split by its own structure and the count must equal the gold's `issues` (8-12).
Theme checks (WHAT MAKES IT LAST, AND WHO OWNS IT BY WHEN): THEME declares, per problem, the rule (M), the owner (O) and
the time limit (D) the report gives it — a string that must occur in the report where PLACE says (in the problem's own
item, only in a closing section / table / ledger column, or in a shared paragraph), None when the report gives none, "-"
when no judgement is made (see the pair's notes.md). The gold must follow: a string → a must_not_flag of no-mechanism /
no-owner / no-deadline on that problem; None → a must_flag; "-" → neither. Each pair must carry judgements of each of the
three kinds on at least 60% of its problems. Pair-specific form checks follow at the end.
Usage: python3 check.py [dev122-dir]. Exit 1 on failure; prints OK last."""
import glob, html, json, math, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
DECLARED = {
    "p03/feedback.txt": ("utf-8", "crlf"),
    "p03/report.txt": ("gb18030", "lf"),
    "p05/feedback.txt": ("utf-16-le-bom", "lf"),
    "p06/feedback.txt": ("gb18030", "crlf"),
    "p07/report.txt": ("utf-16-le-bom", "lf"),
    "p08/report.txt": ("utf-8", "crlf"),
    "p09/feedback.html": ("gb18030", "lf"),
    "p09/report.txt": ("gb18030", "crlf"),
}
HTML = {"p04/feedback.html", "p04/report.html", "p09/feedback.html"}
DOCX = {"p02/feedback.docx", "p02/report.docx", "p08/feedback.docx"}
LENGTHS = {"feedback": (800, 3000), "report": (1500, 5000)}
KIND = {"M": "no-mechanism", "O": "no-owner", "D": "no-deadline"}

# ---- theme declarations: problem -> (rule M, owner O, time limit D) as the report gives them ----
_P4A, _P4B = "第（一）（三）（六）（八）项已于5月底前完成", "第（二）（四）（五）项于2025年8月31日前完成"
_P7 = ("第一方面三个问题由副主任尚思源牵头", "第二方面三个问题由副主任伍梦溪牵头", "第三方面三个问题由支部书记鲍景辰牵头")
THEME = {
    "p01": {1: ("《涉农贷款月度监测通报制度》", "副主任祁少衡", "2025年12月31日"),
            2: ("《坳口信用社农户小额信用贷款操作规程》", "党支部书记、主任邬承岳", "2025年5月31日"),
            3: ("《不良贷款清收责任制实施细则》", "副主任祁少衡", "2025年9月30日"),
            4: ("《重要空白凭证及印章管理细则》", "副主任骆秋禾", "立行立改，2025年5月10日前完成"),
            5: ("《贷款审批授权管理办法》", "党支部书记、主任邬承岳", "2025年6月30日"),
            6: ("《员工异常行为排查办法》", "党支部书记、主任邬承岳", "2025年6月30日，此后每季度开展"),
            7: ("《柜员轮岗和强制休假制度》", "副主任骆秋禾", "2025年6月30日"),
            8: ("支部会议记录审签备案制度", "党支部书记、主任邬承岳", "2025年5月起长期坚持"),
            9: ("-", "副主任骆秋禾", "2025年8月31日"),
            10: ("《档案管理办法》", "副主任骆秋禾", "2025年7月31日")},
    "p02": {1: ("《特种设备安全管理制度》", "副部长庞立川", "2025年5月31日"),
            2: ("《能耗分项计量和月度分析制度》", "部长韦正岚", None),
            3: ("《维修派单和验收管理规定》", "副部长庞立川", "2025年4月30日"),
            4: ("《医疗废物交接登记制度》", "副部长庞立川", "立行立改"),
            5: (None, "部长韦正岚", "2025年9月30日"),
            6: ("《后勤库房管理制度》", "副部长邢若兰", "2025年5月31日"),
            7: ("《外包服务质量考核办法》", None, "2025年6月30日"),
            8: (None, "副部长邢若兰", "立行立改"),
            9: ("《党员联系班组办法》", "支部书记、部长韦正岚", "2025年6月30日"),
            10: ("《职工安全培训管理制度》", "副部长庞立川", "2025年5月31日"),
            11: ("《后勤关键岗位廉政风险防控清单》", "支部书记韦正岚", "2025年5月31日")},
    "p03": {1: ("-", "党组书记、主席尹修远", "-"),
            2: ("《社科讲坛讲稿课件审核办法》", "党组成员、副主席荀静姝", "2025年6月30日"),
            3: ("《社科规划课题管理办法》", "党组成员、副主席荀静姝", "2025年9月30日"),
            4: ("《社科课题经费管理细则》", "党组成员、秘书长雷书瑶", "2025年6月30日"),
            5: ("《所属社会组织管理办法》", "党组成员、副主席荀静姝", None),
            6: (None, "党组成员、秘书长雷书瑶", "2025年6月30日"),
            7: ("《财务管理制度》", "党组成员、秘书长雷书瑶", "立行立改"),
            8: ("-", "机关党支部书记雷书瑶", "2025年12月31日"),
            9: ("《档案管理办法》", "责任部门：办公室", "2025年8月31日")},
    "p04": {1: ("《留守儿童信息动态管理办法》", "牵头：儿童信息科", _P4A),
            2: ("《代理家长结对帮扶工作规范》", "牵头：关爱服务科", _P4B),
            3: ("《关爱资金审核发放规定》", "牵头：财务室", _P4A),
            4: ("《心理辅导个案管理和危机转介规程》", "牵头：心理辅导室", _P4B),
            5: (None, "牵头：关爱服务科", _P4B),
            6: ("关爱资金按季拨付调度制度", "牵头：财务室", _P4A),
            7: ("-", "-", "-"),
            8: ("-", "牵头：支部书记柯映雪", None),
            9: ("《中心档案管理制度》", "牵头：办公室", _P4A),
            10: ("《外出活动安全管理规定》", None, "第（九）项于2025年7月31日前完成")},
    "p05": {1: ("后备种畜出生即建档制度", "副场长单景和", "2025年5月31日"),
            2: ("《冻精出入库和试配管理规定》", "副场长单景和", "立行立改"),
            3: ("《场区防疫消毒管理制度》", "副场长蒙雪梅", "2025年4月30日"),
            4: (None, "场长覃立山", "2025年5月31日"),
            5: ("《场区土地和圈舍出租管理办法》", "场长覃立山", "2025年9月30日"),
            6: ("资产年度清查制度", "副场长蒙雪梅", None),
            7: ("《安全生产责任制》", "副场长蒙雪梅", "2025年4月30日"),
            8: ("《职工考勤管理办法》", None, "2025年5月31日"),
            9: ("-", "党支部书记覃立山", "2025年4月起长期坚持"),
            10: ("-", "副场长单景和", "2025年8月31日")},
    "p06": {1: ("《城市桥梁定期检测计划管理制度》", "副所长晏春和", "2025年5月31日"),
            2: ("病害发现后当天录入系统", "副所长晏春和", "2025年2月28日"),
            3: ("《养护维修工程验收办法》", "所长鄂宗林", "2025年3月31日"),
            4: (None, "副所长卜思远", "立行立改"),
            5: ("-", "副所长卜思远", None),
            6: ("《城市桥梁突发事件应急预案》", "副所长卜思远", "2025年3月31日"),
            7: ("《所财务管理制度》", "所长鄂宗林", "2025年1月31日"),
            8: ("《竣工资料归档管理规定》", "办公室主任祝晓帆", "2025年6月30日"),
            9: ("学习情况每季度报局机关党委", "支部书记鄂宗林", "2025年1月起长期坚持"),
            10: ("-", "所长鄂宗林", "2025年12月31日")},
    "p07": {1: ("《计划用水管理办法》", _P7[0], "第一方面三个问题于2025年8月31日前完成"),
            2: ("《超计划用水累进加价征收工作规程》", _P7[0], "第一方面三个问题于2025年8月31日前完成"),
            3: ("《节水型单位验收办法》", _P7[0], "第一方面三个问题于2025年8月31日前完成"),
            4: ("《计量器具检定管理制度》", _P7[1], "第二方面第一个问题于2025年9月30日前完成"),
            5: ("《专项经费预算执行管理办法》", _P7[1], "其余两个问题已于7月底前完成"),
            6: ("《合同管理办法》", _P7[1], "其余两个问题已于7月底前完成"),
            7: ("-", _P7[2], "第三方面三个问题已于7月底前完成"),
            8: ("-", _P7[2], "第三方面三个问题已于7月底前完成"),
            9: ("《廉政风险防控手册（2025年版）》", _P7[2], "第三方面三个问题已于7月底前完成")},
    "p08": {1: ("《实践课程开发和评审办法》", "教学部主任万晓岚", "2025年3月31日"),
            2: ("《学生安全管理制度》", "安全部主任左承泽", "2025年3月31日"),
            3: ("-", "后勤部主任殷子默", "立行立改"),
            4: ("《收费项目备案公示制度》", "财务室主任柏莹", "2025年2月28日"),
            5: ("《外聘教官管理办法》", "人事部主任查文涛", "2025年4月30日"),
            6: ("-", "-", "-"),
            7: (None, "后勤部主任殷子默", "2025年3月31日"),
            8: ("-", "支部书记夔立群", "-"),
            9: (None, "支部书记夔立群", "立行立改"),
            10: ("-", "办公室主任向南枝", "2025年6月30日")},
    "p09": {1: ("差距超过5%的要到实地核查", "我带统计员", "4月已重新上报"),
            2: ("每月和镇市场监管所核对一次", "由统计员岑小满", "3月已录入名录库"),
            3: ("村级报表没有原始凭证的，站里一律不收", "由副站长管立新负责", None),
            4: ("-", "我负责联系县统计局", "10月份配合县统计局"),
            5: ("村级统计员由村委会委员兼任，任期内不随意更换", "由副站长管立新负责先培训再上岗", "3月我们请县统计局的同志来讲课"),
            6: ("以后谁来要统计资料都要登记", None, "站里准备了一个登记本"),
            7: (None, "月报由统计员岑小满负责报送", "-"),
            8: ("都按镇里的财务制度走", "报销单由我审核", "已经退回镇财政所"),
            9: ("-", "镇党委3月调整了我的分工", "镇党委3月调整了我的分工")},
    "p10": {1: ("《押解看管工作规程》", "副大队长娄承志", "2025年7月31日"),
            2: ("《警械装备领用归还管理办法》", "副大队长巩思齐", "2025年7月15日"),
            3: ("《安检查获物品登记处置规定》", "副大队长巩思齐", "2025年6月30日"),
            4: ("《值庭勤务统一调度办法》", "副大队长娄承志", "2025年7月31日"),
            5: ("《警用车辆使用管理规定》", "政治教导员甘露凝", "2025年7月31日"),
            6: ("训练考核结果与评先评优挂钩制度", "副大队长娄承志", "2025年10月31日"),
            7: ("《执勤加班补助核发办法》", "政治教导员甘露凝", "2025年7月31日"),
            8: ("《查扣财物移交工作细则》", "副大队长巩思齐", "2025年7月15日"),
            9: ("-", "党支部书记濮英杰", "-"),
            10: ("《司法警察大队岗位廉政风险防控清单》", "政治教导员甘露凝", "2025年7月31日"),
            11: (None, "党支部书记濮英杰", "2025年9月30日")},
}
# where each declared string sits: "item" (inside the problem's own item / row), "closing" (only outside it, in a closing
# section, a table or a shared paragraph). Default per pair and letter, then per-problem overrides.
PLACE_DEFAULT = {"p02": {"O": "table", "D": "table"}, "p04": {"D": "closing"}, "p07": {"O": "closing", "D": "closing"}}
PLACE = {
    "p01": {("M", 1): "closing", ("M", 4): "closing", ("M", 6): "closing", ("M", 10): "closing"},
    "p02": {("M", k): "closing" for k in (2, 3, 4, 7, 10, 11)},
    "p03": {("M", k): "closing" for k in (2, 4, 5, 7, 9)},
    "p07": {("M", 1): "closing", ("M", 4): "closing"},
}
RULE_WORDS = re.compile(r"制度|责任制|办法|规定|细则|规程|规范|预案|清单|手册|核查|核对|不收|兼任|登记|走|录入|报局")
OWNER_WORDS = re.compile(r"主席|秘书长|主任|部长|场长|所长|站长|书记|大队长|教导员|统计员|科|室|办公室|我|镇党委")
LIMIT_WORDS = re.compile(r"\d{4}年|\d+月|立行立改|长期坚持|已|底前|准备了")

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
    body = re.sub(r"(?i)<br\s*/?>|</(p|div|li|tr|h[1-6]|ul|table)>", "\n", body)
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
        seg = between(t, "一、巡察发现的主要问题", "二、整改意见")
        got = re.findall(r"^(\d+)．(.+)$", seg, re.M)
        assert [int(k) for k, _ in got] == list(range(1, len(got) + 1)), "p01: continuous 1．"
        return [x for _, x in got]
    if name == "p02":
        seg = between(t, "一、落实院党委决策部署和履行保障职责方面", "四、整改建议")
        got = re.findall(r"^(\d)．(.+)$", seg, re.M)
        assert [int(k) for k, _ in got] == [1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3], "p02: numbering should restart per area"
        return [x for _, x in got]
    if name == "p03":
        got = re.findall(r"^第([一二三四五六七八九十])，(.+)$", t, re.M)
        assert [c for c, _ in got] == [cn(k) for k in range(1, len(got) + 1)]
        return [x for _, x in got]
    if name == "p04":
        para = [l for l in t.split("\n") if "巡察也发现了一些问题：" in l][0]
        s = para.split("巡察也发现了一些问题：", 1)[1]
        return inline(s[:s.rindex("等问题")], 10)
    if name == "p05":
        got = re.findall(r"^问题(\d+)：(.+)\n具体表现：(.+)$", t, re.M)
        assert [int(k) for k, _, _ in got] == list(range(1, len(got) + 1))
        return [h + "。" + d for _, h, d in got]
    if name == "p06":
        seg = between(t, "一、巡察发现的主要问题", "二、整改要求")
        got = re.findall(r"^（(十|[一二三四五六七八九])）(.+)$", seg, re.M)
        assert [c for c, _ in got] == [cn(k) for k in range(1, len(got) + 1)]
        return [x for _, x in got]
    if name == "p07":
        out = []
        for lead in ("从落实节水决策部署看，", "从内部管理看，", "从党的建设看，"):
            para = [l for l in t.split("\n") if l.startswith(lead)][0]
            out += inline(para[len(lead):].rstrip("。"), 3)
        return out
    if name == "p08":
        seg = between(t, "问题表现", "二、整改要求").strip().split("\n")
        assert len(seg) % 3 == 0, "p08: table cells are not in threes"
        rows = [seg[i:i + 3] for i in range(0, len(seg), 3)]
        assert [int(r[0]) for r in rows] == list(range(1, len(rows) + 1)), "p08: 序号 column"
        return [r[2] for r in rows]
    if name == "p09":
        return between(t, "主要是：", "等问题。").split("；")
    if name == "p10":
        seg = between(t, "一、落实上级决策部署和履行警务保障职责方面", "四、整改意见")
        got = re.findall(r"^(\d+)．(\S+)\n(.+)$", seg, re.M)
        assert [int(k) for k, _, _ in got] == list(range(1, len(got) + 1))
        return [h + "。" + d for _, h, d in got]
    raise KeyError(name)


def split_items(seg, pattern):
    starts = [m.start() for m in re.finditer(pattern, seg, re.M)]
    return [seg[a:b] for a, b in zip(starts, starts[1:] + [len(seg)])]


def p02_rows(t):
    cells = between(t, "整改状态\n", "中共蘘川县人民医院后勤保障部支部委员会\n2025").strip().split("\n")
    assert len(cells) == 66, f"p02 table: {len(cells)} cells"
    return {int(cells[i]): cells[i:i + 6] for i in range(0, 66, 6)}


def p05_rows(t):
    rows = [l.split("｜") for l in t.split("\n") if "｜" in l and not l.startswith("序号")]
    assert len(rows) == 10 and all(len(r) == 8 for r in rows), "p05 ledger: 10 rows of 8 fields"
    return {int(r[0]): r for r in rows}


def segments(name, t):
    """(items: problem -> the report's own text for it, closing: text outside the items that may hold rules, owners,
    limits)."""
    if name == "p01":
        its = split_items(between(t, "二、反馈问题整改落实情况", "三、建章立制情况"), r"^（[一二三四五六七八九十]+）关于")
        return dict(zip(range(1, 11), its)), between(t, "三、建章立制情况", "四、下一步工作")
    if name == "p02":
        its = split_items(between(t, "二、反馈问题整改情况", "三、建章立制情况"), r"^（[一二三四五六七八九十]+）")
        return dict(zip(range(1, 12), its)), t[t.index("三、建章立制情况"):]
    if name == "p03":
        its = split_items(between(t, "二、反馈问题整改落实情况", "三、建章立制情况"), r"^\d．关于")
        return dict(zip(range(1, 10), its)), between(t, "三、建章立制情况", "四、下一步工作打算")
    if name == "p04":
        its = split_items(between(t, "二、反馈问题整改情况", "三、整改时限安排"), r"^（[一二三四五六七八九]）关于")
        return dict(zip([1, 2, 3, 4, 5, 6, 8, 9, 10], its)), between(t, "三、整改时限安排", "四、下一步工作")
    if name == "p05":
        return {k: "｜".join(r) for k, r in p05_rows(t).items()}, t[t.index("附：建章立制清单"):]
    if name == "p06":
        its = split_items(between(t, "二、问题整改情况", "三、建章立制情况"), r"^问题\d+：")
        return dict(zip(range(1, 11), its)), between(t, "三、建章立制情况", "四、下一步工作")
    if name == "p07":
        seg = between(t, "二、问题整改落实情况", "三、责任分工")
        its = [l for l in seg.split("\n") if re.match(r"^[一二三]是", l)]
        return dict(zip(range(1, 10), its)), between(t, "三、责任分工", "六、整改情况公开")
    if name == "p08":
        seg = between(t, "一、反馈问题整改情况", "二、存在的不足")
        pat = r"^（[一二三四五六七八九]）针对反馈的第(\d+)个问题$"
        nums = [int(n) for n in re.findall(pat, seg, re.M)]
        return dict(zip(nums, split_items(seg, pat))), t[t.index("二、存在的不足"):]
    if name == "p09":
        seg = t[t.index("一、关于统计数据"):t.index("这次巡察给我们敲了警钟")]
        return dict(zip(range(1, 10), split_items(seg, r"^[一二三四五六七八九]、关于"))), t[t.index("这次巡察"):]
    if name == "p10":
        its = split_items(between(t, "二、各问题整改进展", "三、下一步工作"), r"^（[一二三四五六七八九十]+）")
        return dict(zip(range(1, 12), its)), ""
    raise KeyError(name)


def theme_check(name, text, g, n):
    decl = THEME[name]
    if sorted(decl) != list(range(1, n + 1)):
        fails.append(f"{name}: THEME must declare problems 1..{n}")
        return 0
    items, closing = segments(name, text)
    rows = p02_rows(text) if name == "p02" else None
    flagged = {(f["kind"], f["issue"]) for f in g["must_flag"]}
    cleared = {(f["kind"], f["issue"]) for f in g["must_not_flag"]}
    placed_out = 0
    for letter, pos in (("M", 0), ("O", 1), ("D", 2)):
        judged = 0
        for k in range(1, n + 1):
            v, key = decl[k][pos], (KIND[letter], k)
            if v == "-":
                if key in flagged or key in cleared:
                    fails.append(f"{name}: {key} is declared without a judgement but the gold has one")
                continue
            judged += 1
            if v is None:
                if key not in flagged or key in cleared:
                    fails.append(f"{name}: report gives no {letter} for problem {k}: gold must must_flag {KIND[letter]}")
                continue
            if key not in cleared or key in flagged:
                fails.append(f"{name}: report gives {letter} “{v}” for problem {k}: gold must must_not_flag {KIND[letter]}")
            words = {"M": RULE_WORDS, "O": OWNER_WORDS, "D": LIMIT_WORDS}[letter]
            if not words.search(v):
                fails.append(f"{name}: declared {letter} for problem {k} does not look like one: {v}")
            place = PLACE.get(name, {}).get((letter, k), PLACE_DEFAULT.get(name, {}).get(letter, "item"))
            if k not in items:
                fails.append(f"{name}: problem {k} has a declared {letter} but no item in the report")
                continue
            if place == "item":
                if v not in items[k]:
                    fails.append(f"{name}: {letter} “{v}” is not inside the item of problem {k}")
            elif place == "closing":
                placed_out += 1
                if v in items[k] or v not in closing:
                    fails.append(f"{name}: {letter} “{v}” should sit only outside the item of problem {k}")
            elif place == "table":
                placed_out += 1
                cell = rows[k][2] if letter == "O" else rows[k][4]
                if cell != v or v in items[k]:
                    fails.append(f"{name}: table row {k} {letter} cell “{cell}” != “{v}” (or also in the prose)")
        if judged < math.ceil(0.6 * n):
            fails.append(f"{name}: only {judged} of {n} problems carry a {KIND[letter]} judgement")
    return placed_out


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0, "placed_out": 0}
planted, countered, good = {}, {}, []
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
        fails.append(f"{name}: every dev122 pair is mode 'pair' with exactly one feedback.*")
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
    try:
        total["placed_out"] += theme_check(name, text, g, n)
    except Exception as e:
        fails.append(f"{name}: theme check crashed: {e!r}")
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
    for k in unanswered:
        if any(THEME[name][k][p] != "-" for p in range(3)):
            fails.append(f"{name}: unanswered problem {k} must carry no theme judgement")
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
          f"links {len(g.get('links', []))}; {', '.join(encs)}; score.py on empty output {last}")
os.unlink(empty.name)
for k in sorted(KINDS):
    if not planted.get(k):
        fails.append(f"kind {k} is never planted (must_flag)")
    if not countered.get(k):
        fails.append(f"kind {k} has no counter-case (must_not_flag)")
if not 1 <= len(good) <= 2:
    fails.append(f"expected one or two pairs without must_flag (good reports), found {good}")
if total["placed_out"] < 30:
    fails.append(f"only {total['placed_out']} declared rules/owners/limits sit outside their item (theme wants many)")


def form(ok, what):
    if not ok:
        fails.append(what)


def txt(rel):
    return visible(os.path.join(root, rel))[0]


# ---- per-pair form checks ----
DISCLOSE = re.compile(r"向社会公开|公开栏|公示栏|监督电话|联系电话|门户网站|网站.{0,12}公开|予以公布|主动公开|接受社会监督|公众号公开|OA平台公示|院内网公布")
SANCTION = re.compile(r"诫勉|批评教育|警告|书面检查|检讨|提醒谈话|免去|立案|调离\S{0,4}岗位|处分|作出处理|问责|处理")
DATE = re.compile(r"\d{4}年\d{1,2}月|\d{1,2}月底前|立行立改")
try:
    # p01: ten 关于“…”的问题 items with five field lines; 三、 keyed by number, no rule for problem 9; disclosure
    _t = txt("p01/report.txt")
    _it, _cl = segments("p01", _t)
    form(all(all(f + "：" in _it[k] for f in ("整改措施", "责任领导", "责任部门", "完成时限", "整改成效")) for k in _it)
         and re.findall(r"针对第(\d+)个问题", _cl) == [str(k) for k in (1, 2, 3, 4, 5, 6, 7, 8, 10)]
         and DISCLOSE.search(_t) and "2025年7月15日" in _t,
         "p01/report.txt: expected five fields per item, a 建章立制 list for 1-8 and 10, disclosure, the date")
    # p02: DOCX both; prose items carry no owner or limit; table row 2 “持续推进”, row 7 “—”/各外包单位; no 询价/车辆 rule issued
    _t = txt("p02/report.docx")
    _it, _cl = segments("p02", _t)
    _rows = p02_rows(_t)
    _x = zipfile.ZipFile(os.path.join(root, "p02", "report.docx")).read("word/document.xml").decode("utf-8")
    form("<w:tbl>" in _x and not any(re.search(r"责任领导|责任人：|完成时限|\d{4}年\d{1,2}月\d{1,2}日", s) for s in _it.values())
         and _rows[2][4] == "持续推进" and _rows[7][2] == "—" and _rows[7][3] == "各外包单位"
         and "将研究制定《零星物资采购询价管理办法》" in _it[5] and "询价" not in between(_t, "三、建章立制情况", "四、下一步打算")
         and "车" not in between(_t, "三、建章立制情况", "四、下一步打算") and "《" not in _it[8],
         "p02/report.docx: expected owner/limit-free prose, the table's gaps in rows 2 and 7, no 询价 or 车辆 rule")
    # p03: speech with 一要…三要 (CRLF); report: item 1 slogans only, item 5 without a time limit, item 6 without a rule
    _t = txt("p03/feedback.txt")
    form(all(f"{c}要" in _t for c in "一二三") and "三个月内" in _t, "p03/feedback.txt: expected 一要…三要 and 三个月内")
    _t = txt("p03/report.txt")
    _it, _cl = segments("p03", _t)
    form("完成时限" not in _it[5] and "健全长效机制" in _it[6] and "《" not in _it[6] and "第六个问题" not in _cl
         and not re.search(r"\d", _it[1].split("（责任领导")[0].split("的问题", 1)[1]) and "2025年8月8日" in _t,
         "p03/report.txt: expected a slogan item 1, item 5 without 完成时限, item 6 without a rule")
    # p04: HTML news (10 inline problems, 一要…三要, 表态 一是…三是); public 通报 with 9 items, no 社工机构, （七） unscheduled
    _t = txt("p04/feedback.html")
    form("当前位置" in _t and "网站标识码" in _t and "一要对反馈问题" in _t and "表示，中心党支部诚恳接受" in _t,
         "p04/feedback.html: expected page chrome, 一要… requirements and the 表态")
    _t = txt("p04/report.html")
    _it, _cl = segments("p04", _t)
    form("索引号" in _t and "主动公开" in _t and len(_it) == 9 and "社工" not in _t and "购买" not in _t
         and "（七）" not in _cl and "牵头" not in _it[10] and all("牵头" in _it[k] for k in _it if k != 10)
         and "下一步将研究制定" in _it[5] and "正在制定" in _it[8],
         "p04/report.html: expected 9 items (no 购买服务), an unscheduled （七）, an unowned （九）, a promised 考核办法")
    # p04: each declared time limit is the schedule group that cites the report's own number for that problem
    _no = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 8: "七", 9: "八", 10: "九"}
    form(all(f"（{_no[k]}）" in THEME["p04"][k][2] and _it[k].startswith(f"（{_no[k]}）") for k in _no if THEME["p04"][k][2]),
         "p04/report.html: a declared time limit does not cite the report's own item number")
    # p05: UTF-16 问题清单; ledger 10 × 8, all-done claim vs rows 5/6 正在推进, row 6 “—” limit, row 8 no owner, no disclosure
    _t = txt("p05/report.txt")
    _rows = p05_rows(_t)
    form("已全部整改完成" in _t and _rows[5][7] == "正在推进" and _rows[6][7] == "正在推进" and _rows[6][5] == "—"
         and _rows[8][3] == "—" and _rows[8][4] == "全场" and "健全采购管理机制" in _rows[4][2] and "对应问题4" not in _t
         and not DISCLOSE.search(_t) and len(re.findall(r"^\d．", between(_t, "附：建章立制清单", "中共藨台县"), re.M)) == 7,
         "p05/report.txt: expected the all-done claim, rows 5/6 ongoing, the row 6/8 gaps, 7 annex rules, no disclosure")
    # p06: GB18030 CRLF feedback; report: 问题N：/整改情况：/责任人：/整改时限：×10; item 4 copied, item 5 长期坚持, item 7 unsanctioned
    _t = txt("p06/report.txt")
    _it, _cl = segments("p06", _t)
    form(all(all(f in _it[k] for f in ("整改情况：", "责任人：", "整改时限：")) for k in _it) and len(_it) == 10
         and not re.search(r"\d", _it[4].split("整改情况：")[1].split("责任人")[0]) and "整改时限：长期坚持" in _it[5]
         and not SANCTION.search(_it[7]) and "提醒谈话" in _it[3] and "2025年4月2日" in _t,
         "p06/report.txt: expected ten labelled items, a figure-free item 4, 长期坚持 on item 5, no sanction in item 7")
    # p07: speech 从…看 ×3; report: owners only in 三、, limits only in 四、, rules in items and 五、, public
    _t = txt("p07/report.txt")
    _it, _cl = segments("p07", _t)
    form(not any(re.search(r"牵头|责任领导|完成时限", s) for s in _it.values()) and DISCLOSE.search(_t)
         and "三、责任分工" in _t and "四、完成时限" in _t and "五、长效机制建设" in _t and "2025年8月27日" in _t,
         "p07/report.txt: expected owner- and limit-free items and separate 责任分工 / 完成时限 / 长效机制 sections")
    # p08: DOCX table feedback; report by number skipping 6, a pasted paragraph twice, no 领导小组 / 第一责任人, nothing on 器械
    _x = zipfile.ZipFile(os.path.join(root, "p08", "feedback.docx")).read("word/document.xml").decode("utf-8")
    form(_x.count("<w:tr>") == 11, "p08/feedback.docx: expected a Word table of header + 10 rows")
    _t = txt("p08/report.txt")
    _it, _cl = segments("p08", _t)
    _rep = "组织全体党员深入学习上级有关文件精神，对照反馈问题认真查摆、深刻反思，举一反三，切实把整改成果转化为推动基地高质量发展的实际成效"
    form(sorted(_it) == [1, 2, 3, 4, 5, 7, 8, 9, 10] and _t.count(_rep) == 2 and "领导小组" not in _t and "第一责任人" not in _t
         and "器械" not in _t and "攀岩" not in _t and "《" not in _it[7] and "《" not in _it[9] and DISCLOSE.search(_t),
         "p08/report.txt: expected by-number items without 6, the paste twice, no 领导小组, no rule on 7 and 9")
    # p09: GB18030 HTML news page; first-person GB18030 CRLF report, late, no disclosure, gaps in items 3, 6, 7
    _t = txt("p09/feedback.html")
    form("您现在的位置" in _t and "举报电话" in _t, "p09/feedback.html: expected page chrome")
    _t = txt("p09/report.txt")
    _it, _cl = segments("p09", _t)
    form(_t.count("我") >= 10 and not DISCLOSE.search(_t) and "尽快" in _it[3] and not DATE.search(_it[3])
         and not re.search(r"由\S{0,6}(负责|管)|我", _it[6]) and "上次巡察也提过" in _it[7] and "2025年6月20日" in _t,
         "p09/report.txt: expected a first-person report, no disclosure, item 3 undated, item 6 unowned, item 7 admitted repeat")
    # p10: heading lines 1．–11．; 通报 with five field lines per item, all-done claim vs two unfinished, item 7 unsanctioned
    _t = txt("p10/report.txt")
    _it, _cl = segments("p10", _t)
    form(all(all(f in _it[k] for f in ("整改进展：", "责任领导：", "责任部门：", "完成时限：", "长效机制：")) for k in _it)
         and len(_it) == 11 and "已全部整改完成" in _t and "正在施工" in _it[6] and "正在征求意见" in _it[11]
         and not SANCTION.search(_it[7]) and "长效机制：将研究" in _it[11] and "长效机制：严格执行有关制度" in _it[9],
         "p10/report.txt: expected 11 five-field items, the all-done claim vs items 6/11, no sanction in item 7")
except Exception as e:
    fails.append(f"form checks crashed: {e!r}")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, "
      f"links {total['links']}, theme strings outside their item {total['placed_out']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
