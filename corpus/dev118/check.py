#!/usr/bin/env python3
"""Check the dev118 pairs (p01-p10, FROZEN HELD-OUT); adapted from corpus/dev108/check.py.
General checks: every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared,
a GB18030 file must not be valid UTF-8; HTML: the same, and its <meta charset> must name the declared encoding; DOCX:
word/document.xml paragraph text, table cells included), lengths (feedback 800-3000, report 1500-5000 non-whitespace
characters), every `links` substring occurs exactly once in the report's visible text, each gold.json is consistent (only
the dev-pairs keys; known kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue; links only on
answered problems; every answered problem has a link; mode "pair"; no duplicate (kind, issue); every entry has a why; no
stray files), every gap kind is planted (must_flag) in at least one pair and has a counter-case (must_not_flag), one or two
pairs have no must_flag (good reports), the feedback and report dates are in the documents and late-report follows them
(more than 92 days = late), and every gold file runs through /work/shared/dev-pairs/score.py against an empty analyze JSON.
Problem counts: each feedback is split by its own structure and the count must equal the gold's `issues` (9-12).
THEME checks (see THEME below): per problem, its kind — (a) misconduct an inspector wants someone held to account for, told
in plain everyday words, or (b) an ordinary failing of work or system — the sanction the report gives it (the report's own
words, or None) and the rule (status issued / promised / slogan, with the report's words, or None). Checked: no feedback
problem carries the vocabulary of discipline rules; the declared sanction and rule words occur in the report, in the place
the pair declares (PLACE: a separate section, a table column, a ledger field, a closing by-number sentence, the item, the
secretary's own words); every (a) problem has a no-accountability judgement (must_flag exactly when no sanction is given)
and a no-mechanism judgement (must_flag exactly when the rule is not issued); no (b) problem is flagged no-accountability;
in each pair at least two (b) problems carry both judgements (no-accountability must_not_flag; no-mechanism following the
declared `need` and rule); the declared look-alikes (a warning meeting, a write-down, an explanation) occur and are not
sanctions. Pair-specific form checks follow at the end. Usage: python3 check.py [dev118-dir]. Exit 1 on failure; OK last."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text and HTML files (every other .txt/.html: UTF-8, LF)
DECLARED = {
    "p03/feedback.txt": ("utf-8", "crlf"),
    "p03/report.txt": ("gb18030", "lf"),
    "p05/feedback.txt": ("utf-16-le-bom", "lf"),
    "p06/feedback.txt": ("gb18030", "crlf"),
    "p07/report.txt": ("utf-16-le-bom", "lf"),
    "p08/feedback.html": ("gb18030", "lf"),
    "p08/report.txt": ("utf-8", "crlf"),
    "p10/report.txt": ("gb18030", "crlf"),
}
HTML = {"p02/feedback.html", "p02/report.html", "p08/feedback.html"}
DOCX = {"p04/feedback.docx", "p04/report.docx", "p09/feedback.docx"}
LENGTHS = {"feedback": (800, 3000), "report": (1500, 5000)}
# feedback date, report date, and how each is written in the documents
DATES = {"p01": ("2025-04-08", "2025-06-30"), "p02": ("2025-03-12", "2025-06-05"), "p03": ("2024-10-15", "2025-02-12"),
         "p04": ("2025-05-20", "2025-08-12"), "p05": ("2025-02-18", "2025-05-14"), "p06": ("2024-11-26", "2025-02-20"),
         "p07": ("2025-06-10", "2025-09-02"), "p08": ("2025-01-07", "2025-04-01"), "p09": ("2025-07-15", "2025-10-09"),
         "p10": ("2024-12-17", "2025-04-08")}
# the vocabulary of discipline rules: no feedback problem may carry it (the theme: misconduct told in everyday words)
DISCIPLINE_WORDS = ("违规", "违反", "违纪", "违法", "私自", "擅自", "套取", "虚报", "冒领", "侵占", "挪用", "优亲厚友",
                    "弄虚作假", "公款吃喝", "贪污", "截留", "造假", "虚假", "伪造", "乱收费", "吃空饷", "利益输送",
                    "以权谋私", "小金库", "私分", "侵吞", "失职", "渎职", "不作为", "中饱私囊", "谋取")
SANCTION = re.compile(r"诫勉|批评教育|警告|书面检查|检讨|提醒谈话|免去|立案|调整\S{0,4}岗位|调整分管|调离|处分|扣减\S{0,10}绩效"
                      r"|扣发|移交\S{0,4}纪|作出处理|进行了处理")


def T(kind, sanction=None, rule=None, need=None):
    """kind 'a' (misconduct in plain words) or 'b' (ordinary failing); sanction: the report's words that hold someone to
    account for this problem, or None; rule: (status, the report's words) with status 'issued' (a rule made), 'promised'
    (将…制定), 'slogan' (健全相关机制), or None when nothing lasting is said; need ((b) only): True when a lasting rule is
    needed and judged in gold, False when gold says no rule is needed, None when gold makes no no-mechanism judgement."""
    return {"kind": kind, "sanction": sanction, "rule": rule, "need": need}


THEME = {
    "p01": {1: T("b"), 2: T("b", rule=("issued", "修订《森林防火检查工作规程》"), need=True),
            3: T("a", "护林员管理员庹小禾进行诫勉谈话", ("issued", "印发《护林员巡护考核和补助发放办法》")),
            4: T("a", "在支部党员大会上作书面检查", ("issued", "《苗木出入库管理办法》")),
            5: T("a", "对2名查验人员进行批评教育", ("issued", "《林木采伐现场查验工作规范》")),
            6: T("a", "给予时任副站长党内警告处分", ("issued", "《便民服务事项不收费告知制度》")),
            7: T("a", "对续签合同的经办人进行提醒谈话", ("issued", "《闲置资产出租管理规定》")),
            8: T("b"), 9: T("b", rule=("issued", "《公务接待管理规定》《物资和车辆使用管理办法》"), need=True), 10: T("b")},
    "p02": {1: T("b", rule=("issued", "制定《上级工作部署传达落实制度》"), need=True),
            2: T("a", "对负责劝导员考勤的站内工作人员进行批评教育", ("issued", "印发《交通安全劝导员管理考核办法》")),
            3: T("a", "有关问题线索已移交镇纪委调查处理", ("issued", "印发《安全防护用品发放管理制度》")),
            4: T("a", "对组织收费的副站长扣减2025年一季度绩效奖励", ("slogan", "下一步将健全相关机制")),
            5: T("b"), 6: T("a", None, ("issued", "印发《劝导站值守管理规定》")), 7: T("b"), 8: T("b"),
            9: T("a", None, ("issued", "印发《公务用车租赁管理办法》")),
            10: T("b", rule=("issued", "印发《执勤排班制度》"), need=True), 11: T("b")},
    "p03": {1: T("b", rule=("issued", "制定了2025年支部学习计划"), need=False), 2: T("b"),
            3: T("a", "扣减了他2024年度绩效奖励", ("issued", "制定了《隐患排查治理闭环销号制度》")),
            4: T("a", None, ("promised", "物资管理办法我们将在今年汛期前研究制定")),
            5: T("a", "我让具体负责演练的同志写了书面检查", ("issued", "支部印发了《应急演练组织管理规定》")),
            6: T("a", "乡党委对我进行了诫勉谈话", ("issued", "制定了《小额工程维修比价办法》")),
            7: T("a", None, ("issued", "制定了《汛期值班管理办法》")),
            8: T("b", rule=("issued", "支部印发了《应急值守和信息报送制度》"), need=True), 9: T("b"), 10: T("b")},
    "p04": {1: T("b"), 2: T("b"),
            3: T("a", "所长祁望舒在所务会上作书面检查", ("issued", "印发《建房审批事项不收费公示制度》")),
            4: T("a", None, ("issued", "印发《集镇小型工程比选办法》")),
            5: T("a", "补签人员调整岗位", ("slogan", "健全相关机制")),
            6: T("a", "负责资格审核的工作人员诫勉谈话", ("issued", "印发《农房抗震改造补助审核办法》")),
            7: T("a", "续签经办人扣减2024年度绩效奖励", ("issued", "印发《集镇公共服务外包管理办法》")),
            8: T("b", rule=("issued", "建立审批档案季度核对制度"), need=True),
            9: T("b", rule=("issued", "印发《农民建房审批内部流转规定》"), need=True), 10: T("b"), 11: T("b")},
    "p05": {1: T("b"), 2: T("a", "诫勉谈话1人（消杀队队长），批评教育2人", ("issued", "印发《消杀作业记录管理规定》")),
            3: T("a", None, ("issued", "印发《灭鼠药品库房管理制度》")),
            4: T("a", "相关问题线索已移交局纪检组", ("issued", "印发《有偿服务项目管理办法》")),
            5: T("a", "站长桓思齐作书面检查", ("slogan", "健全相关机制，严防类似问题发生")),
            6: T("b", rule=("issued", "建立药械每月盘点制度"), need=True), 7: T("b"),
            8: T("a", "负责审核发放的工作人员扣减一季度绩效", ("issued", "印发《夜间作业补助发放细则》")),
            9: T("b", rule=("issued", "印发《药品采购验收管理制度》"), need=True), 10: T("b")},
    "p06": {1: T("b", rule=("issued", "建立每月民生政策学习制度"), need=True),
            2: T("a", "镇党委已分别给予诫勉谈话1人、批评教育3人、书面检查1人", ("issued", "印发《最低生活保障家庭经济状况动态核查办法》")),
            3: T("a", "对未及时停发津贴的经办人进行了批评教育", ("issued", "印发《高龄津贴动态管理办法》")),
            4: T("a", "镇党委已分别给予诫勉谈话1人、批评教育3人、书面检查1人", ("promised", "我们将研究制定回避和备案制度")),
            5: T("b"), 6: T("a", "镇党委已分别给予诫勉谈话1人、批评教育3人、书面检查1人", ("issued", "印发《入户核查工作规范》")),
            7: T("b"), 8: T("a", None, ("issued", "印发《镇敬老院食堂承包管理办法》")),
            9: T("b", rule=("issued", "印发《社会救助事项集体研究制度》"), need=True), 10: T("b")},
    "p07": {1: T("b"), 2: T("b", need=False),
            3: T("a", "对负责补贴审核的项目科科长进行诫勉谈话", ("issued", "印发《粪污处理设施补贴申报复核办法》")),
            4: T("a", None, ("issued", "印发《物资出入库管理制度》")),
            5: T("a", "责令作出书面检查", ("issued", "印发《设施建设验收工作规程》")),
            6: T("a", "局党组已对原中心主任调整岗位", ("promised", "将制定《社会化服务采购管理办法》")),
            7: T("b"), 8: T("b", rule=("issued", "印发《粪污处理设施补贴申报复核办法》"), need=True),
            9: T("a", "对示范点负责人扣减2024年度绩效奖励", ("issued", "印发《示范点安全巡查制度》")), 10: T("b"), 11: T("b")},
    "p08": {1: T("b"), 2: T("a", "原保管员已调整岗位", ("issued", "印发《广电设备出入库管理办法》")),
            3: T("a", "对上门收费的2名安装人员批评教育", ("issued", "印发《便民服务事项不收费承诺制度》")), 4: T("b"),
            5: T("a", "2名巡检人员已作出书面检查", ("issued", "印发《应急广播终端巡检规程》")),
            6: T("a", "镇党委对其进行了诫勉谈话", ("issued", "印发《维修项目比价管理规定》")),
            7: T("b", rule=("issued", "建立资产每半年盘点制度"), need=True), 8: T("b", need=True),
            9: T("a", "对续签合同的经办会计进行批评教育", ("issued", "印发《站属资产出租管理办法》"))},
    "p09": {1: T("b"), 2: T("a", "对负责垫付初审的工作人员毕晓雨进行诫勉谈话", ("issued", "《救助基金垫付审核办法》")),
            3: T("a", "对中心会计邴一凡进行批评教育", ("issued", "《救助基金追偿款管理规定》")),
            4: T("b", rule=("issued", "《追偿案件季度清理制度》"), need=True),
            5: T("a", "对2名核查人员责令作出书面检查", ("issued", "《垫付申请核查工作规范》")), 6: T("b"),
            7: T("a", "局党组对中心主任羿晓彤进行诫勉谈话", ("issued", "《法律服务机构选聘和考核办法》")),
            8: T("b", rule=("issued", "《救助基金垫付审核办法》"), need=True),
            9: T("a", "对收取“材料费”的窗口工作人员进行批评教育", ("issued", "《垫付申请受理服务规范》")), 10: T("b")},
    "p10": {1: T("b", rule=("issued", "制定支部2025年学习计划"), need=False),
            2: T("a", "对负责资金拨付的站会计进行了批评教育", ("issued", "印发《秸秆禁烧奖补资金拨付管理办法》")),
            3: T("a", "各扣减一季度绩效奖励", ("slogan", "健全完善企业巡查长效机制")),
            4: T("a", "站长司徒岚在镇党委会上作了书面检查", ("issued", "印发《代办服务事项管理规定》")), 5: T("b"),
            6: T("a", None, ("issued", "印发《小额服务采购比选办法》")), 7: T("b"),
            8: T("a", "使用人已作出书面检查", ("issued", "印发《资金使用管理办法》《资产管理制度》")),
            9: T("b", rule=("issued", "印发《资金使用管理办法》《资产管理制度》"), need=True)},
}
# words near a problem that a careless reader could take for a sanction (none is one): they must occur in the report
LOOKALIKES = {"p02": {6: "召开警示教育会，观看警示教育片"}, "p03": {4: "差额部分主要是2023年7月抢险时村里临时调用"},
              "p05": {3: "2.4吨差额已按程序核减库存账面"}, "p07": {4: "差额1.9吨已按程序核减账面库存"},
              "p10": {6: "经镇政府公开比选重新确定承包方"}}
# where each pair gives its sanctions (checked per problem in place_region below)
PLACE = {"p01": "separate section 三、追责问责情况", "p02": "inside the item", "p03": "the secretary's own first-person words",
         "p04": "last-but-one column 追责问责情况 of the closing Word table", "p05": "ledger field 问责处理",
         "p06": "one closing sentence by number (#2, #4, #6), inside the item (#3)", "p07": "separate section 四、追责问责情况",
         "p08": "inside the by-number item", "p09": "separate section 三、执纪问责情况 by name",
         "p10": "inside the item (items shift by one after the skipped problem 5)"}
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
    return t[i + len(a):t.index(b, i + len(a))]


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


def numbered(seg, pat, conv=int):
    got = re.findall(pat, seg, re.M)
    assert [conv(k) for k, *_ in got] == list(range(1, len(got) + 1)), [k for k, *_ in got]
    return got


def problems(name, t):
    """The feedback's problems, split by its own structure."""
    if name == "p01":
        got = numbered(between(t, "一、发现的主要问题", "二、整改意见"), r"^(\d+)．(.+)$")
        return [x for _, x in got]
    if name == "p02":
        para = [l for l in t.split("\n") if "巡察也发现了一些问题：" in l][0]
        return inline(para.split("巡察也发现了一些问题：", 1)[1].rstrip("。"), 11)
    if name == "p03":
        out = []
        for lead, n in (("（一）落实上级安全生产", 3), ("（二）落实全面从严治党", 4), ("（三）基层党组织和制度建设", 3)):
            para = [l for l in t.split("\n") if l.startswith(lead)][0]
            out += inline(para.split("。", 1)[1].rstrip("。"), n)
        return out
    if name == "p04":
        seg = between(t, "一、贯彻落实住房城乡建设工作部署方面", "四、整改要求")
        parts = re.split(r"\n[二三]、[^\n]+方面\n", seg)
        assert len(parts) == 3, "p04: expected three bold areas"
        out = []
        for p in parts:
            out += [x for _, x in numbered(p, r"^(\d+)．(.+)$")]
        assert [len(numbered(p, r"^(\d+)．(.+)$")) for p in parts] == [3, 4, 4], "p04: expected restarting 1． (3 + 4 + 4)"
        return out
    if name == "p05":
        got = numbered(t, r"^问题(\d+)：(.+)\n具体表现：(.+)$")
        return [h + "。" + d for _, h, d in got]
    if name == "p06":
        got = numbered(between(t, "一、发现的主要问题", "二、整改要求"), r"^（(十|[一二三四五六七八九])）(.+)$",
                       conv=lambda c: CN.index(c) + 1)
        return [x for _, x in got]
    if name == "p07":
        got = numbered(t, r"^第(十[一二]?|[一二三四五六七八九])，(.+)$",
                       conv=lambda c: CN.index(c) + 1 if len(c) == 1 else 10 + (CN.index(c[1]) + 1))
        return [x for _, x in got]
    if name == "p08":
        seg = between(t, "存在以下问题：", "巡察组要求").strip().split("\n")
        assert all(re.match(r"^(十[一二]?|[一二三四五六七八九])是", l) for l in seg), "p08: every problem paragraph opens with X是"
        return inline("\n".join(seg).replace("。\n", "；"), len(seg))
    if name == "p09":
        seg = between(t, "问题表现", "二、整改要求").strip().split("\n")
        assert len(seg) % 3 == 0, "p09: table cells are not in threes"
        rows = [seg[i:i + 3] for i in range(0, len(seg), 3)]
        assert [int(r[0]) for r in rows] == list(range(1, len(rows) + 1)), "p09: 序号 column"
        return [r[2] for r in rows]
    if name == "p10":
        return between(t, "主要有：", "等问题。").split("；")
    raise KeyError(name)


# ---- where the report gives each problem's sanction ----
def item_by_marker(t, k, n, marker, end):
    """The text of item k in a report whose items open with marker(k) (k = the report's own item number)."""
    a = t.index(marker(k))
    b = t.index(marker(k + 1), a) if k < n else t.index(end, a)
    return t[a:b]


def docx_table_rows(t, header_last, ncols, end):
    cells = between(t, header_last, end).strip().split("\n")
    assert len(cells) % ncols == 0, f"table cells {len(cells)} not a multiple of {ncols}"
    return [cells[i:i + ncols] for i in range(0, len(cells), ncols)]


def place_region(name, t, k):
    """The part of the report where the sanction for problem k must stand (PLACE)."""
    if name == "p01":
        return between(t, "三、追责问责情况", "四、建章立制情况")
    if name == "p02":
        return item_by_marker(t, k, 11, lambda i: f"\n{i}．", "三、下一步工作打算")
    if name == "p03":
        return between(t, "二、几个主要问题的整改情况", "三、存在的不足和下一步打算")
    if name == "p04":
        row = docx_table_rows(t, "长效机制", 8, "中共枫渡镇规划建设管理所支部委员会\n2025")[k - 1]
        assert row[0] == str(k)
        return row[6]
    if name == "p05":
        row = [l.split("｜") for l in t.split("\n") if l.startswith(f"{k}｜")][0]
        return row[7]
    if name == "p06":
        if k in (2, 4, 6):
            return [l for l in t.split("\n") if l.startswith("对反馈问题中第2个、第4个、第6个问题")][0]
        return item_by_marker(t, k, 10, lambda i: f"\n问题{i}：", "三、下一步工作打算")
    if name == "p07":
        sec = between(t, "四、追责问责情况", "五、建章立制情况")
        return [s for s in sec.split("。") if f"第{cn(k)}个问题" in s][0]
    if name == "p08":
        return item_by_marker(t, k, 9, lambda i: f"（{cn(i)}）针对反馈的第{i}个问题", "二、下一步打算")
    if name == "p09":
        sec = between(t, "三、执纪问责情况", "四、建章立制情况")
        return [s for s in sec.split("；") if f"第{k}个问题" in s][0]
    if name == "p10":
        j = k if k < 5 else k - 1
        return item_by_marker(t, j, 8, lambda i: f"（{cn(i)}）关于", "三、下一步打算")
    raise KeyError(name)


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good = {}, {}, []
kind_count = {"a": 0, "b": 0}
empty = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump({"issues": [], "measures": [], "gaps": []}, empty)
empty.close()
for rel in list(DECLARED) + sorted(DOCX) + sorted(HTML):
    if not os.path.exists(os.path.join(root, rel)):
        fails.append(f"declared file missing: {rel}")
pairs = sorted(glob.glob(os.path.join(root, "p[0-9][0-9]")))
if len(pairs) != 10:
    fails.append(f"expected 10 pair folders, found {len(pairs)}")
reports = {}
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
        fails.append(f"{name}: every dev118 pair is mode 'pair' with exactly one feedback.*")
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
        reports[name] = text
        encs.append(f"report.{rp[0].rsplit('.', 1)[1]}={enc} ({nchars(text)} chars)")
        lo, hi = LENGTHS["report"]
        if not lo <= nchars(text) <= hi:
            fails.append(f"{name}: report has {nchars(text)} characters, outside {lo}-{hi}")
    except Exception as e:
        fails.append(f"{name}: report does not decode as declared: {e}")
        continue
    n = g["issues"]
    total["issues"] += n
    theme = THEME[name]
    if sorted(theme) != list(range(1, n + 1)):
        fails.append(f"{name}: THEME declares problems {sorted(theme)}, gold has {n}")
    # problem count against the feedback's own structure; no discipline vocabulary in any problem
    if ftext is not None:
        try:
            probs = problems(name, ftext)
            if len(probs) != n:
                fails.append(f"{name}: feedback structure gives {len(probs)} problems, gold says {n}")
            elif not 9 <= n <= 12:
                fails.append(f"{name}: {n} problems, outside 9-12")
            else:
                for k, p in enumerate(probs, 1):
                    hits = [w for w in DISCIPLINE_WORDS if w in p]
                    if hits:
                        fails.append(f"{name}: problem {k} carries discipline vocabulary {hits}: {p[:30]}")
        except Exception as e:
            fails.append(f"{name}: feedback problems could not be split by its structure: {e!r}")
        # dates
        fd, rd = DATES[name]
        fdt, rdt = (datetime.date.fromisoformat(x) for x in (fd, rd))
        for doc, dt in ((ftext, fdt), (text, rdt)):
            forms = (f"{dt.year}年{dt.month}月{dt.day}日", dt.isoformat())
            if not any(x in doc for x in forms):
                fails.append(f"{name}: date {dt} not found in its document")
        days = (rdt - fdt).days
        late = [lst for lst in ("must_flag", "must_not_flag") for f in g[lst] if f["kind"] == "late-report"]
        if late != (["must_flag"] if days > 92 else ["must_not_flag"]):
            fails.append(f"{name}: {days} days between feedback and report, gold late-report {late}")
    # ---- THEME checks ----
    acc = {f["issue"]: lst for lst in ("must_flag", "must_not_flag") for f in g[lst] if f["kind"] == "no-accountability"}
    mech = {f["issue"]: lst for lst in ("must_flag", "must_not_flag") for f in g[lst] if f["kind"] == "no-mechanism"}
    judged_b = 0
    for k, d_ in theme.items():
        kind_count[d_["kind"]] += 1
        s, r = d_["sanction"], d_["rule"]
        for words in [s] + ([r[1]] if r else []):
            if words is not None and words not in text:
                fails.append(f"{name}: problem {k}: declared words not in the report: {words}")
        if s is not None:
            try:
                region = place_region(name, text, k)
                if s not in region:
                    fails.append(f"{name}: problem {k}: sanction “{s}” not where PLACE says ({PLACE[name]})")
            except Exception as e:
                fails.append(f"{name}: problem {k}: PLACE region not found: {e!r}")
        if d_["kind"] == "a":
            if s is not None and not SANCTION.search(s):
                fails.append(f"{name}: problem {k}: declared sanction has no sanction word: {s}")
            want_acc = "must_flag" if s is None else "must_not_flag"
            if acc.get(k) != want_acc:
                fails.append(f"{name}: (a) problem {k}: no-accountability should be {want_acc}, gold {acc.get(k)}")
            want_mech = "must_not_flag" if r and r[0] == "issued" else "must_flag"
            if mech.get(k) != want_mech:
                fails.append(f"{name}: (a) problem {k}: no-mechanism should be {want_mech} (rule {r}), gold {mech.get(k)}")
        else:
            if s is not None:
                fails.append(f"{name}: (b) problem {k} declares a sanction")
            if acc.get(k) == "must_flag":
                fails.append(f"{name}: ordinary failing {k} is flagged no-accountability")
            need = d_["need"]
            if need is None:
                if k in mech:
                    fails.append(f"{name}: (b) problem {k} has a no-mechanism judgement but no declared need")
                continue
            want_mech = "must_not_flag" if (not need or (r and r[0] == "issued")) else "must_flag"
            if mech.get(k) != want_mech:
                fails.append(f"{name}: (b) problem {k}: no-mechanism should be {want_mech}, gold {mech.get(k)}")
            if acc.get(k) != "must_not_flag":
                fails.append(f"{name}: judged (b) problem {k} needs a no-accountability must_not_flag")
            judged_b += 1
    if judged_b < 2:
        fails.append(f"{name}: only {judged_b} (b) problems carry both judgements (need two)")
    if not any(d_["kind"] == "a" for d_ in theme.values()) or not any(d_["kind"] == "b" for d_ in theme.values()):
        fails.append(f"{name}: feedback must mix (a) and (b) problems")
    for k, words in LOOKALIKES.get(name, {}).items():
        if words not in text:
            fails.append(f"{name}: look-alike words for problem {k} not in the report: {words}")
        elif SANCTION.search(words):
            fails.append(f"{name}: look-alike for problem {k} is itself a sanction: {words}")
        if theme[k]["sanction"] is not None:
            fails.append(f"{name}: look-alike problem {k} must be declared without a sanction")
    # ---- general gold checks ----
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
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {g['mode']}, {n} issues ({sum(1 for x in theme.values() if x['kind'] == 'a')} (a) + "
          f"{sum(1 for x in theme.values() if x['kind'] == 'b')} (b)), must_flag {len(g['must_flag'])}, must_not_flag "
          f"{len(g['must_not_flag'])}, links {len(g.get('links', []))}; {', '.join(encs)}; score.py on empty output {last}")
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
DISCLOSE = re.compile(r"向社会公开|向社会通报|公开栏|公示栏|监督电话|联系电话|门户网站|网站公开|网站.{0,12}公开|全文公开|予以公布|主动公开"
                      r"|接受社会监督|接受群众监督|张贴公示")
try:
    # p01: ten 关于“…”的问题 items with five fields and no sanction words; sanctions only in 三、; rules named in 四、
    _t = reports["p01"]
    _items = between(_t, "二、反馈问题整改情况", "三、追责问责情况")
    form(len(re.findall(r"^（[一二三四五六七八九十]）关于“", _items, re.M)) == 10
         and all(len(re.findall(f"^{f}：", _items, re.M)) == 10 for f in ("整改措施", "责任领导", "责任人", "完成时限", "整改成效"))
         and not SANCTION.search(_items) and len(SANCTION.findall(between(_t, "三、追责问责情况", "四、"))) >= 5
         and len(re.findall(r"第\d+个问题", between(_t, "四、建章立制情况", "五、"))) == 7,
         "p01/report.txt: expected ten sanction-free field items, a 追责问责 section and rules keyed by number in 四、")
    # p02: HTML news (one paragraph 一是…十一是; 一要… and a 表态 一是…三是) and a public HTML 通报 with 11 items
    _t = txt("p02/feedback.html")
    form("当前位置" in _t and "网站标识码" in _t and "一要提高政治站位" in _t and "表示，站党支部诚恳接受" in _t,
         "p02/feedback.html: expected page chrome, 一要… requirements and a 表态")
    _t = reports["p02"]
    form("索引号" in _t and "主动公开" in _t and len(re.findall(r"^\d+．.+的问题。$", _t, re.M)) == 11
         and len(re.findall(r"^整改情况：", _t, re.M)) == 11, "p02/report.html: expected a public 通报 with 11 items")
    for _k in (6, 9):
        form(not SANCTION.search(place_region("p02", _t, _k)), f"p02/report.html: item {_k} must hold nobody to account")
    # p03: speech (CRLF) with three restarting 一是 paragraphs, 一要…三要, 三个月内; first-person GB18030 report, 120 days
    _t = txt("p03/feedback.txt")
    form(all(f"{c}要" in _t for c in "一二三") and "三个月内" in _t and "根子在于" in _t, "p03/feedback.txt: expected 一要…三要")
    _t = reports["p03"]
    _two = between(_t, "（二）关于防汛物资和仓库维修的问题", "仓库维修的事")
    form(_t.count("我") >= 15 and "2025年2月12日" in _t and not SANCTION.search(_two) and "尽快" in _t
         and "张贴公示" in _t, "p03/report.txt: expected a first-person report, nobody held for the flood stock")
    # p04: DOCX both; report prose carries no sanction; table 8 columns × 11 rows, row 4 “—”, row 11 owned by 支部
    _x = zipfile.ZipFile(os.path.join(root, "p04", "report.docx")).read("word/document.xml").decode("utf-8")
    _t = reports["p04"]
    _prose = _t[:_t.index("附件：")]
    _rows = docx_table_rows(_t, "长效机制", 8, "中共枫渡镇规划建设管理所支部委员会\n2025")
    form("<w:tbl>" in _x and "<w:b/>" in _x and not SANCTION.search(_prose) and len(_rows) == 11
         and _rows[3][6] == "—" and _rows[10][3] == _rows[10][4] == "支部" and _rows[4][7] == "健全相关机制",
         "p04/report.docx: expected sanction-free prose and an 8-column table (row 4 “—”, row 11 支部/支部)")
    # p05: 问题清单 in UTF-16; ledger 10 rows × 9 fields, row 3 问责处理 “—”, nothing published
    _t = reports["p05"]
    _rows = [l.split("｜") for l in _t.split("\n") if l.count("｜") == 8]
    form(len(_rows) == 11 and all(len(r) == 9 for r in _rows) and _rows[3][7] == "—"
         and [r[7] for r in _rows[1:]].count("不涉及") == 5 and not DISCLOSE.search(_t) and "公开比选" in _t,
         "p05/report.txt: expected a 9-field ledger, row 3 “—”, five “不涉及”, no disclosure")
    # p06: 问题N：/整改情况： ×10; all-done claim vs 正在追缴 / 正在补做; closing sentence names #2 #4 #6 only
    _t = reports["p06"]
    form(len(re.findall(r"^问题\d+：", _t, re.M)) == 10 and len(re.findall(r"^整改情况：", _t, re.M)) == 10
         and "已全部整改完成" in _t and "正在追缴" in _t and "正在补做" in _t
         and not SANCTION.search(place_region("p06", _t, 8)) and "第8个" not in _t,
         "p06/report.txt: expected 10 labelled items, the all-done claim vs two ongoing, nobody held for #8")
    # p07: speech 第一，…第十一，; report without 领导小组/第一责任人/书记 and nothing on 组织生活; 四、 skips 第四个
    _t = reports["p07"]
    _acc = between(_t, "四、追责问责情况", "五、建章立制情况")
    form("领导小组" not in _t and "第一责任人" not in _t and "书记" not in _t and "支委会" not in _t and "党日" not in _t
         and "组织生活" not in _t and "第四个" not in _acc and "（牵头：副主任段怀安）" in _t,
         "p07/report.txt: expected no 领导小组, nothing on party life, no sanction for #4, one undated bracket")
    # p08: GB18030 HTML news page with one paragraph per problem; report by number with the boilerplate twice, no disclosure
    _t = txt("p08/feedback.html")
    form("您现在的位置" in _t and "举报电话" in _t, "p08/feedback.html: expected page chrome")
    _t = reports["p08"]
    _rep = "组织全站党员干部深入学习上级有关文件精神，对照反馈问题深刻剖析原因，举一反三，切实把整改成果转化为推动全镇广播电视和应急广播工作高质量发展的实际成效"
    form(len(re.findall(r"^（[一二三四五六七八九]）针对反馈的第\d个问题$", _t, re.M)) == 9 and _t.count(_rep) == 2
         and not DISCLOSE.search(_t) and "派单" not in place_region("p08", _t, 8).replace("针对维修派单制度缺失的问题", ""),
         "p08/report.txt: expected nine by-number items, the boilerplate twice, no disclosure, no dispatch rule")
    # p09: DOCX table feedback; report 通报 with four field lines ×10, sanctions by name in 三、
    _x = zipfile.ZipFile(os.path.join(root, "p09", "feedback.docx")).read("word/document.xml").decode("utf-8")
    form(_x.count("<w:tr>") == 11, "p09/feedback.docx: expected a Word table of header + 10 rows")
    _t = reports["p09"]
    form(all(len(re.findall(f"^{f}：", _t, re.M)) == 10 for f in ("反馈问题", "整改进展", "责任人", "完成时限"))
         and not SANCTION.search(between(_t, "二、反馈问题整改进展情况", "三、执纪问责情况")),
         "p09/report.txt: expected ten four-field items without sanctions and a 执纪问责 section")
    # p10: one “主要有：…等问题” sentence; report: all-done claim vs two ongoing items, 8 items (散乱污 skipped), 112 days
    _t = reports["p10"]
    form("已全部整改到位" in _t and "正在按程序拨付" in _t and "正在查找" in _t and "散乱污" not in _t and "作坊" not in _t
         and len(re.findall(r"^（[一二三四五六七八]）关于", _t, re.M)) == 8 and "（责任人：站里；" in _t
         and not SANCTION.search(place_region("p10", _t, 6)), "p10/report.txt: expected the all-done claim, 8 items, #6 unsanctioned")
except Exception as e:
    fails.append(f"form checks crashed: {e!r}")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
print(f"theme: {kind_count['a']} (a) misconduct problems, {kind_count['b']} (b) ordinary failings")
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
