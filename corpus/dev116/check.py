#!/usr/bin/env python3
"""Check the dev116 pairs (p01-p10, pair ids d116-01 … d116-10); adapted from corpus/dev108/check.py.
General checks: every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared,
a GB18030 file must not be valid UTF-8; HTML: the same, and its <meta charset> must name the declared encoding; DOCX:
word/document.xml paragraph text, table cells included), lengths (feedback 800-3000, report 1500-5000 non-space
characters), every `links` substring occurs exactly once in the report's visible text, each gold.json is consistent
(only the dev-pairs keys; known kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue; links
only on answered problems; every answered problem has at least one link; mode "pair" with one feedback; no duplicate
(kind, issue); every entry has a why; no stray files), every gap kind is planted (must_flag) in at least one pair and has
a counter-case (must_not_flag), one or two pairs have no must_flag (good reports), dates (one or two late pairs, the
late-report judgement follows the dates), and every gold file runs through /work/shared/dev-pairs/score.py against an
empty analyze JSON.
Problem counts: each feedback is split by its own structure and the count must equal the gold's `issues` (9-12).
THEME checks (see THEME below): every problem is declared (a) misconduct an inspector wants someone held for, or (b) an
ordinary failing; (a) problems carry an everyday kind (AKINDS) and each kind occurs at least twice in the set; no problem
text uses the vocabulary of discipline rules (DISCIPLINE); each pair has 3-5 (a) and at least 4 (b) problems.
Per problem the declaration gives the sanction the report gives it (verbatim, with the place it is written: item,
section, ledger field, closing sentence by number, the secretary's own words, a field line) or None, and the rule it
gives (issued 《…》 / a vague promise 将研究… / a slogan 健全…机制 / none / not needed) or no judgement (b only). The gold
must follow: every (a) has a no-accountability judgement, must_flag exactly when no sanction is given; every (a) and at
least two (b) per pair have a no-mechanism judgement, must_flag exactly for promise / slogan / none; no (b) is flagged
no-accountability; the sanction and rule texts occur in the report and every sanction sits in its declared place and
reads as a sanction (SANCTION).
Pair-specific form checks follow at the end. Usage: python3 check.py [dev116-dir]. Exit 1 on failure; prints OK last."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
DECLARED = {  # every other .txt/.html: UTF-8, LF
    "p02/feedback.txt": ("utf-8", "crlf"),
    "p02/report.txt": ("gb18030", "lf"),
    "p04/feedback.txt": ("utf-16-le-bom", "lf"),
    "p05/feedback.txt": ("utf-8", "crlf"),
    "p05/report.txt": ("gb18030", "lf"),
    "p06/report.txt": ("utf-16-le-bom", "lf"),
    "p08/feedback.html": ("gb18030", "lf"),
    "p08/report.txt": ("utf-8", "crlf"),
    "p09/report.txt": ("gb18030", "crlf"),
    "p10/feedback.txt": ("gb18030", "lf"),
}
HTML = {"p03/feedback.html", "p04/report.html", "p08/feedback.html"}
DOCX = {"p01/feedback.docx", "p01/report.docx", "p07/feedback.docx", "p07/report.docx"}
LENGTHS = {"feedback": (800, 3000), "report": (1500, 5000)}
DATES = {  # feedback date, report date (as written in the documents)
    "p01": ("2025年3月12日", "2025年6月5日"), "p02": ("2024年10月15日", "2025年2月20日"),
    "p03": ("2025-04-08", "2025年7月1日"), "p04": ("2024年12月10日", "2025年3月5日"),
    "p05": ("2025年1月16日", "2025年4月11日"), "p06": ("2025年2月20日", "2025年5月16日"),
    "p07": ("2025年5月20日", "2025年8月14日"), "p08": ("2025年06月10日", "2025年9月2日"),
    "p09": ("2024年9月24日", "2025年1月16日"), "p10": ("2025年3月25日", "2025年6月18日"),
}
# the vocabulary of discipline rules: no feedback problem may use it (the theme: misconduct told in everyday words)
DISCIPLINE = ("违规", "违反", "违纪", "违法", "私自", "擅自", "套取", "虚报", "冒领", "侵占", "挪用", "优亲厚友", "弄虚作假",
              "公款", "贪污", "截留", "造假", "虚列", "失职", "渎职", "吃拿卡要", "利益输送", "乱收费", "中饱私囊", "腐败",
              "不正之风", "人情保", "关系保", "谋取", "以权谋私", "违背", "欺骗", "骗取")
AKINDS = {"money-kept", "job-acquaintance", "record-not-done", "fee-no-rule", "hazard-hurt", "stock-missing",
          "contract-renewed", "benefit-not-entitled"}
SANCTION = re.compile(r"诫勉|批评教育|点名批评|警告|书面检查|作检查|检讨|提醒谈话|免去|立案|调整\S{0,6}岗位|调离\S{0,6}岗位|"
                      r"处分|作出处理|扣减|移交\S{0,4}纪委")
RULE_FLAG = {"promise", "slogan", "none"}      # no-mechanism must_flag
RULE_OK = {"issued", "not-needed"}             # no-mechanism must_not_flag


def A(akind, sanction, place, rule, rule_text):
    return ("a", akind, sanction, place, rule, rule_text)


def B(rule=None, rule_text=None):
    return ("b", None, None, None, rule, rule_text)


# THEME: per pair, per problem. Places are regions of the report's visible text (PLACES) where the sanction must sit.
THEME = {
    "p01": {1: B(), 2: A("fee-no-rule", "分管副馆长殷若岚在支部会上作出书面检查", "section", "issued", "《菰阳县游泳馆收费项目公示和票款管理办法》"),
            3: A("job-acquaintance", "县教育体育局党组对馆长宓长庚进行诫勉谈话", "section", "issued", "《服务外包比选管理规定》"),
            4: A("record-not-done", "对救生员主管进行批评教育，并扣减其当月绩效", "section", "issued", "《救生员岗位值守和巡查规定》"),
            5: A("hazard-hurt", "对设备部负责人进行诫勉谈话", "section", "issued", "《设施设备隐患排查和报修规定》"),
            6: B("issued", "修订《党支部学习制度》"), 7: B(), 8: B("issued", "《票务管理办法》"), 9: B(), 10: B()},
    "p02": {1: B(), 2: A("benefit-not-entitled", "我当面对她进行了批评教育", "own-words", "promise", "下一步，我们将研究制定相关审核制度"),
            3: A("money-kept", "扣减了他2024年度的绩效奖励", "own-words", "issued", "《临时救助资金发放管理规定》"),
            4: A("record-not-done", "已调整了他的工作岗位", "own-words", "issued", "《高龄津贴发放核查办法》"),
            5: A("job-acquaintance", "镇党委已将有关情况移交镇纪委处理", "own-words", "issued", "《镇直站所小额采购比价办法》"),
            6: B(), 7: B(), 8: B("issued", "《低保档案管理制度》"), 9: B(), 10: B("issued", "《村级低保民主评议工作规程》")},
    "p03": {1: B(), 2: A("record-not-done", "分管复查工作的副站长蔡映雪诫勉谈话", "ledger", "issued", "《隐患复查销号规定》"),
            3: A("hazard-hurt", None, "ledger", "issued", "《重大隐患挂牌督办和跟踪复查制度》"),
            4: A("stock-missing", "保管员韦小棠作出书面检查，扣减2025年度绩效", "ledger", "issued", "《应急物资出入库管理办法》"),
            5: A("fee-no-rule", "站长庹宏伟在支部会上作检查，镇党委对其进行批评教育", "ledger", "issued", "《企业安全员培训管理办法》"),
            6: B(), 7: B(), 8: B("promise", "下一步将研究建立集体讨论制度"), 9: B(), 10: B("not-needed")},
    "p04": {1: B(), 2: A("fee-no-rule", "对反馈第2、4、6项问题涉及的5名责任人员，所党支部和镇纪委按照干部管理权限分别作出处理", "closing", "issued", "《集镇收费项目清单》"),
            3: A("job-acquaintance", None, "closing", "issued", "《集镇公共服务项目比选办法》"),
            4: A("contract-renewed", "对反馈第2、4、6项问题涉及的5名责任人员，所党支部和镇纪委按照干部管理权限分别作出处理", "closing", "slogan", "下一步将健全相关机制，规范资产出租管理"),
            5: B(), 6: A("money-kept", "对反馈第2、4、6项问题涉及的5名责任人员，所党支部和镇纪委按照干部管理权限分别作出处理", "closing", "issued", "《停车收费票款日清日结制度》"),
            7: B(), 8: B("issued", "《集日摊位安排办法》"), 9: B(), 10: B("not-needed")},
    "p05": {1: B(), 2: A("benefit-not-entitled", None, "item", "issued", "《金秋助学申报审核办法》"),
            3: A("money-kept", "对负责慰问金发放的财务人员进行批评教育", "item", "issued", "《送温暖慰问金发放管理规定》"),
            4: A("record-not-done", "对负责此项工作的副主任佟雅琴进行诫勉谈话", "item", "issued", "《帮扶活动台账管理规定》"),
            5: A("job-acquaintance", "原中心主任的有关问题线索已移交县纪委监委", "item", "promise", "下一步将研究制定培训机构遴选办法"),
            6: B(), 7: B(), 8: B("none"), 9: B("issued", "《基层工会帮扶资金使用监督办法》"), 10: B(), 11: B()},
    "p06": {1: B(), 2: B("issued", "修订《队员训练考核办法》"),
            3: A("record-not-done", "对二班班长计文博进行批评教育", "section", "issued", "《消防栓巡检规定》"),
            4: A("stock-missing", "驾驶员佘建平作出书面检查，扣减2024年度绩效考核奖励", "section", "promise", "下一步将研究制定车辆用油管理制度"),
            5: A("benefit-not-entitled", "对文书卢晓凡进行批评教育，队长卓怀远作出书面检查", "section", "issued", "《值勤补助发放核对办法》"),
            6: A("fee-no-rule", "镇党委对副队长殷朝阳进行诫勉谈话", "section", "issued", "《镇专职消防队对外服务事项清单》"),
            7: B(), 8: B(), 9: B("issued", "《队员请销假和考勤规定》"), 10: B()},
    "p07": {1: B("not-needed"), 2: A("contract-renewed", None, "item", "issued", "《园区土地和设施出租管理办法》"),
            3: A("job-acquaintance", "局党组对分管副主任仝立新进行诫勉谈话", "item", "issued", "《小型维修工程比价和验收规定》"),
            4: A("stock-missing", "仓管员冉秋生作出书面检查，已调整岗位", "item", "issued", "《仓库物资出入库管理制度》"),
            5: A("money-kept", "对负责用工管理的办公室主任卜佳禾进行批评教育", "item", "issued", "《园区临时用工管理办法》"),
            6: B(), 7: B(), 8: B("issued", "《科技成果和品种权管理办法》"), 9: B()},
    "p08": {1: B(), 2: A("benefit-not-entitled", "公寓会计已调离财务岗位", "item", "issued", "《入住费用减免审核规定》"),
            3: A("hazard-hurt", None, "item", "issued", "《设施安全巡查和维修规定》"),
            4: A("fee-no-rule", "分管副院长骆安然作出书面检查", "item", "slogan", "下一步将健全收费管理长效机制"),
            5: A("stock-missing", "对保管员进行批评教育，扣减当月绩效", "item", "issued", "《捐赠物资管理办法》"),
            6: B(), 7: B(), 8: B("issued", "《老人外出请销假和交接制度》"), 9: B(), 10: B("issued", "《代管药品管理规定》")},
    "p09": {1: B("issued", "在《流转合同鉴证服务规范》中明确合同签订后15日内备案"),
            2: A("money-kept", None, "section", "issued", "《流转租金代收代付管理办法》"),
            3: A("contract-renewed", "对中心主任龙惠泽进行诫勉谈话", "section", "slogan", "下一步将健全相关机制，进一步规范集体土地流转程序"),
            4: A("fee-no-rule", "对经办人晏小满进行批评教育，并扣减其2024年度绩效", "section", "issued", "已写入《流转合同鉴证服务规范》"),
            5: A("benefit-not-entitled", "中心副主任巫晴川的问题已移交镇纪委处理", "section", "issued", "《规模流转奖补实地核查规定》"),
            6: B(), 7: B("issued", "《流转台账动态更新制度》"), 8: B(), 9: B(), 10: B()},
    "p10": {1: B(), 2: A("fee-no-rule", "收费股股长舒望诫勉谈话", "field", "issued", "《排灌服务收费公示制度》"),
            3: A("stock-missing", "仓库保管员作出书面检查", "field", "issued", "《泵站物资设备管理办法》"),
            4: A("hazard-hurt", "3号泵站站长调整岗位", "field", "issued", "《泵站安全隐患排查治理办法》"),
            5: A("job-acquaintance", "县水利局党组对站长荆远山进行诫勉谈话", "field", "issued", "《小型水利工程发包管理规定》"),
            6: A("record-not-done", "技术股股长批评教育，扣减当季绩效", "field", "issued", "《机组检修验收办法》"),
            7: B(), 8: B(), 9: B("issued", "《汛期值班制度》"), 10: B(), 11: B("not-needed")},
}
PLACES = {  # (start marker, end marker) of the region where a pair's sanctions are written
    "p01": {"section": ("三、追责问责情况", "四、建章立制情况")},
    "p02": {"own-words": ("二、各个问题的整改情况", "三、下一步打算")},
    "p03": {"ledger": ("序号｜反馈问题｜整改措施", "下一步，站党支部")},
    "p04": {"closing": ("三、追责问责情况", "四、欢迎监督")},
    "p05": {"item": ("二、具体问题整改情况", "三、下一步工作打算")},
    "p06": {"section": ("四、追责问责情况", "五、下一步打算")},
    "p07": {"item": ("二、问题整改情况", "三、下一步打算")},
    "p08": {"item": ("二、问题整改情况", "三、下一步打算")},
    "p09": {"section": ("三、追责问责情况", "四、公开与监督")},
    "p10": {"field": ("二、问题整改情况", "三、下一步工作")},
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


def docx_xml(path):
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml").decode("utf-8")


def para_text(p):
    return html.unescape("".join(re.findall(r"(?s)<w:t[^>]*>(.*?)</w:t>", p)))


def docx_text(path):
    xml = docx_xml(path)
    paras = [para_text(p) for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", xml)]
    feats = [f for f, tag in (("tbl", "<w:tbl>"), ("vmerge", "<w:vMerge"), ("bold-runs", "<w:b/>")) if tag in xml]
    return "\n".join(p for p in paras if p.strip()), "docx[" + ",".join(feats) + "]"


def docx_rows(path):
    """Rows of the first Word table: a list of cell texts per row (a vMerge continuation cell gives '')."""
    tbl = re.search(r"(?s)<w:tbl>.*?</w:tbl>", docx_xml(path)).group(0)
    return [[" ".join(para_text(p) for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", c)).strip()
             for c in re.findall(r"(?s)<w:tc>.*?</w:tc>", r)] for r in re.findall(r"(?s)<w:tr>.*?</w:tr>", tbl)]


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
        seg = between(t, "但巡察也发现一些问题，主要有：", "四、整改意见")
        got = re.findall(r"^（(十|[一二三四五六七八九])）(.+)$", seg, re.M)
        assert [c for c, _ in got] == [cn(k) for k in range(1, len(got) + 1)]
        return [x for _, x in got]
    if name == "p02":
        got = re.findall(r"^(十|[一二三四五六七八九])是(.+)$", t, re.M)
        assert [c for c, _ in got] == [cn(k) for k in range(1, len(got) + 1)]
        return [x for _, x in got]
    if name == "p03":
        para = [l for l in t.split("\n") if "巡察也发现了一些问题：" in l][0]
        return inline(para.split("巡察也发现了一些问题：", 1)[1].rstrip("。"), 10)
    if name == "p04":
        got = re.findall(r"^(\d+)．问题：(.+)\n问题描述：(.+)\n整改要求：.+$", t, re.M)
        assert [int(k) for k, _, _ in got] == list(range(1, len(got) + 1))
        return [h + "。" + d for _, h, d in got]
    if name == "p05":
        seg = between(t, "一、主要问题", "二、整改要求")
        got = re.findall(r"^（(十[一二]?|[一二三四五六七八九])）(.+)$", seg, re.M)
        assert [c for c, _ in got] == [cn(k) for k in range(1, len(got) + 1)]
        return [x for _, x in got]
    if name == "p06":
        out = []
        for lead, n in (("在履行消防救援职责方面，", 3), ("在全面从严治党方面，", 4), ("在队伍管理方面，", 3)):
            para = [l for l in t.split("\n") if l.startswith(lead)][0]
            out += inline(para[len(lead):].rstrip("。"), n)
        return out
    if name == "p07":
        rows = docx_rows(os.path.join(root, "p07", "feedback.docx"))
        assert rows[0] == ["序号", "方面", "问题表现"], rows[0]
        assert [r[0] for r in rows[1:]] == [str(k) for k in range(1, len(rows))], "p07: 序号 column"
        return [r[2] for r in rows[1:]]
    if name == "p08":
        seg = between(t, "巡察发现的主要问题有：", "阚素衣要求").strip()
        return seg.split("\n")
    if name == "p09":
        seg = between(t, "一、落实土地流转政策方面", "四、整改要求")
        got = re.findall(r"^(\d)．(.+)$", seg, re.M)
        assert [int(k) for k, _ in got] == [1, 2, 3, 1, 2, 3, 4, 1, 2, 3], "p09: restarting 1．–3．/4．/3．"
        return [x for _, x in got]
    if name == "p10":
        seg = between(t, "一、巡察发现的主要问题", "二、整改意见")
        got = re.findall(r"^(\d+)．(.+)$", seg, re.M)
        assert [int(k) for k, _ in got] == list(range(1, len(got) + 1))
        return [x for _, x in got]
    raise KeyError(name)


def ymd(s):
    m = re.fullmatch(r"(\d{4})[年-](\d{1,2})[月-](\d{1,2})日?", s)
    return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def add3months(d):
    m = d.month + 3
    y, m = d.year + (m - 1) // 12, (m - 1) % 12 + 1
    return datetime.date(y, m, min(d.day, 28 if m == 2 else 30 if m in (4, 6, 9, 11) else 31))


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0, "a": 0, "b": 0}
planted, countered, good, late = {}, {}, [], []
akind_count = {k: 0 for k in AKINDS}
acc_flag = acc_not = mech_flag = mech_not = 0
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
        fails.append(f"{name}: every dev116 pair is mode 'pair' with exactly one feedback.*")
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
    # dates: both documents carry their date; the late-report judgement follows the three-month limit
    fd, rd = DATES[name]
    if ftext is not None and fd not in ftext:
        fails.append(f"{name}: feedback date {fd} not found in the feedback")
    if rd not in text:
        fails.append(f"{name}: report date {rd} not found in the report")
    is_late = ymd(rd) > add3months(ymd(fd))
    if is_late:
        late.append(name)
    lr = [lst for lst in ("must_flag", "must_not_flag") for f in g[lst] if f["kind"] == "late-report"]
    if lr != (["must_flag"] if is_late else ["must_not_flag"]):
        fails.append(f"{name}: late-report judgement {lr} does not follow the dates ({(ymd(rd) - ymd(fd)).days} days)")
    # problem count against the feedback's own structure; no discipline vocabulary in any problem
    if ftext is not None:
        try:
            probs = problems(name, ftext)
            if len(probs) != n:
                fails.append(f"{name}: feedback structure gives {len(probs)} problems, gold says {n}")
            elif not 9 <= n <= 12:
                fails.append(f"{name}: {n} problems, outside 9-12")
            for k, p in enumerate(probs, 1):
                hits = [w for w in DISCIPLINE if w in p]
                if hits:
                    fails.append(f"{name}: problem {k} uses discipline vocabulary {hits}: {p[:30]}")
        except Exception as e:
            fails.append(f"{name}: feedback problems could not be split by its structure: {e!r}")
    # THEME: declarations against the gold and the report
    th = THEME[name]
    if sorted(th) != list(range(1, n + 1)):
        fails.append(f"{name}: THEME declares problems {sorted(th)}, gold has 1..{n}")
    judged = {}
    for lst in ("must_flag", "must_not_flag"):
        for f in g[lst]:
            if f["kind"] in ("no-accountability", "no-mechanism"):
                judged[(f["kind"], f["issue"])] = lst
    n_a = sum(1 for v in th.values() if v[0] == "a")
    n_b = len(th) - n_a
    total["a"] += n_a
    total["b"] += n_b
    if not 3 <= n_a <= 5 or n_b < 4:
        fails.append(f"{name}: {n_a} (a) and {n_b} (b) problems; the theme wants 3-5 (a) and at least 4 (b)")
    b_mech = 0
    for k, (ab, akind, sanction, place, rule, rule_text) in sorted(th.items()):
        acc, mech = judged.get(("no-accountability", k)), judged.get(("no-mechanism", k))
        if ab == "a":
            if akind not in AKINDS:
                fails.append(f"{name} #{k}: unknown (a) kind {akind}")
            else:
                akind_count[akind] += 1
            want = "must_not_flag" if sanction else "must_flag"
            if acc != want:
                fails.append(f"{name} #{k}: (a) with sanction {sanction!r} needs no-accountability {want}, gold has {acc}")
            if sanction:
                acc_not += 1
                a_, b_ = PLACES[name][place]
                try:
                    region = between(text, a_, b_)
                except ValueError:
                    region = ""
                    fails.append(f"{name}: place markers {place} not found in the report")
                if sanction not in region:
                    fails.append(f"{name} #{k}: sanction not found in its declared place {place}: {sanction}")
                if not SANCTION.search(sanction):
                    fails.append(f"{name} #{k}: declared sanction does not read as one: {sanction}")
                if place == "field" and not re.search(r"^问责情况：.*" + re.escape(sanction), text, re.M):
                    fails.append(f"{name} #{k}: sanction is not on a 问责情况： field line")
            else:
                acc_flag += 1
            if rule is None:
                fails.append(f"{name} #{k}: (a) problem without a rule declaration")
        else:
            if acc == "must_flag":
                fails.append(f"{name} #{k}: ordinary failing (b) is flagged no-accountability")
            if sanction:
                fails.append(f"{name} #{k}: (b) problem with a declared sanction")
            if rule is not None:
                b_mech += 1
        if rule is not None:
            want = "must_flag" if rule in RULE_FLAG else "must_not_flag" if rule in RULE_OK else None
            if want is None:
                fails.append(f"{name} #{k}: unknown rule status {rule}")
            elif mech != want:
                fails.append(f"{name} #{k}: rule {rule} needs no-mechanism {want}, gold has {mech}")
            if want == "must_flag":
                mech_flag += 1
            else:
                mech_not += 1
            if rule in ("issued", "promise", "slogan") and (not rule_text or rule_text not in text):
                fails.append(f"{name} #{k}: rule text not in the report: {rule_text}")
            if rule == "issued" and "《" not in rule_text:
                fails.append(f"{name} #{k}: an issued rule must be named 《…》: {rule_text}")
            if rule == "promise" and not ("将" in rule_text and "研究" in rule_text and "《" not in rule_text):
                fails.append(f"{name} #{k}: a promise reads 将研究… without a named rule: {rule_text}")
            if rule == "slogan" and not ("健全" in rule_text and "机制" in rule_text and "《" not in rule_text):
                fails.append(f"{name} #{k}: a slogan reads 健全…机制 without a named rule: {rule_text}")
        elif mech is not None:
            fails.append(f"{name} #{k}: gold judges no-mechanism but THEME declares no rule judgement")
    if b_mech < 2:
        fails.append(f"{name}: only {b_mech} (b) problems carry a no-mechanism judgement (need 2)")
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
    print(f"{name}: {n} issues ({n_a} a / {n_b} b), must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}; {', '.join(encs)}; {(ymd(rd) - ymd(fd)).days} days; score.py on empty {last}")
os.unlink(empty.name)
for k in sorted(KINDS):
    if not planted.get(k):
        fails.append(f"kind {k} is never planted (must_flag)")
    if not countered.get(k):
        fails.append(f"kind {k} has no counter-case (must_not_flag)")
if not 1 <= len(good) <= 2:
    fails.append(f"expected one or two pairs without must_flag (good reports), found {good}")
if not 1 <= len(late) <= 2:
    fails.append(f"expected one or two late pairs, found {late}")
for k, c in sorted(akind_count.items()):
    if c < 2:
        fails.append(f"(a) kind {k} occurs {c} times in the set (need 2)")


def form(ok, what):
    if not ok:
        fails.append(what)


def txt(rel):
    return visible(os.path.join(root, rel))[0]


# ---- per-pair form checks ----
DISCLOSE = re.compile(r"向社会公开|门户网站|网站.{0,12}公开|政务公开栏|主动公开|接受群众监督|接受社会监督|监督电话")
try:
    # p01: bold area paragraphs; report items (二) free of sanctions, four numbered sanctions in 三、
    _x = docx_xml(os.path.join(root, "p01", "feedback.docx"))
    form("<w:b/>" in _x and "<w:tbl>" not in _x, "p01/feedback.docx: expected bold headings, no table")
    _t = txt("p01/report.docx")
    _items = between(_t, "二、反馈问题整改落实情况", "三、追责问责情况")
    _sec = between(_t, "三、追责问责情况", "四、建章立制情况")
    form(len(re.findall(r"^（[一二三四五六七八九十]）关于", _items, re.M)) == 10 and not SANCTION.search(_items)
         and len(re.findall(r"^[1-4]．", _sec, re.M)) == 4, "p01/report.docx: expected 10 sanction-free items and 4 numbered sanctions")
    # p02: speech 一是…十是 + 一要…三要; first-person GB18030 report; item 8．(协理员) has no 完成时限
    _t = txt("p02/feedback.txt")
    form(all(f"{c}要" in _t for c in "一二三") and "三个月内" in _t, "p02/feedback.txt: expected 一要…三要 and the limit")
    _t = txt("p02/report.txt")
    _eight = [l for l in _t.split("\n") if l.startswith("8．")][0]
    form(_t.count("我") >= 10 and "完成时限" not in _eight and _t.count("完成时限") == 9,
         "p02/report.txt: expected a first-person report with item 8． undated")
    # p03: HTML page chrome; ledger 11 lines × 9 fields, row 3 ends “—”, row 9 owned by 站务会/全体人员, row 8 待建立
    _t = txt("p03/feedback.html")
    form("当前位置" in _t and "网站标识码" in _t and "表示，一是" in _t, "p03/feedback.html: expected page chrome and a 表态")
    _t = txt("p03/report.txt")
    _rows = [l.split("｜") for l in _t.split("\n") if l.count("｜") == 8 and re.match(r"序号｜|\d+｜", l)]
    form(len(_rows) == 11 and _rows[3][8] == "—" and _rows[9][3:5] == ["站务会", "全体人员"] and _rows[8][7] == "待建立"
         and _rows[7][2].startswith("进一步完善"), "p03/report.txt: expected the 9-field ledger with rows 3, 7, 8, 9 as planted")
    # p04: 问题清单 with a 整改要求 line per problem; HTML 通报 whose closing sentence names 2、4、6 only; item （三） free of sanctions
    _t = txt("p04/report.html")
    _three = [l for l in _t.split("\n") if l.startswith("（三）")][0]
    form("索引号" in _t and "主动公开" in _t and "第2、4、6项" in _t and "第3项" not in _t and not SANCTION.search(_three),
         "p04/report.html: expected a public 通报 whose closing sentence leaves out #3")
    # p05: all-done claim vs open items; 问题2 free of sanctions; 问题8 without any rule
    _t = txt("p05/report.txt")
    _two = between(_t, "问题2：", "问题3：")
    _eight = between(_t, "问题8：", "问题9：")
    form("已全部整改完毕" in _t and "正在与相关单位对账" in _t and not SANCTION.search(_two) and "《" not in _eight
         and "制度" not in _eight.split("\n", 1)[1], "p05/report.txt: expected the all-done claim, 问题2 unsanctioned, 问题8 rule-less")
    # p06: restarting inline numbering; report with no 领导小组/第一责任人, nothing on study, no disclosure
    _t = txt("p06/report.txt")
    form("领导小组" not in _t and "第一责任人" not in _t and "学习" not in _t and not DISCLOSE.search(_t)
         and "四、追责问责情况" in _t, "p06/report.txt: expected no leading group, no study answer, no disclosure")
    # p07: feedback table 10 rows with vMerge; report table header + 9 rows, row 7 持续推进, row 9 中心/中心; no 《 in the prose
    form(docx_xml(os.path.join(root, "p07", "feedback.docx")).count("<w:tr>") == 10, "p07/feedback.docx: expected header + 9 rows")
    _rows = docx_rows(os.path.join(root, "p07", "report.docx"))
    _t = txt("p07/report.docx")
    _prose = _t[:_t.index("附件：")]
    _two = between(_prose, "（二）试验地租约续签", "（三）大棚维修工程")
    form(len(_rows) == 10 and _rows[7][4] == "持续推进" and _rows[9][2:4] == ["中心", "中心"] and "《" not in _prose
         and not SANCTION.search(_two), "p07/report.docx: expected the planted table rows and rule-free prose")
    # p08: problems as <li> without numbers; the boilerplate twice; （三） with 警示教育 and no sanction; no disclosure
    _t = txt("p08/feedback.html")
    form("您现在的位置" in _t and "网站标识码" in _t, "p08/feedback.html: expected page chrome")
    form(open(os.path.join(root, "p08", "feedback.html"), "rb").read().count("<li>".encode()) == 10, "p08: expected ten <li>")
    _t = txt("p08/report.txt")
    _rep = "组织全体干部职工深入学习养老服务有关法规和上级文件精神，对照反馈问题深刻查摆，举一反三，压实责任，切实把整改成果转化为提升养老服务质量的实际成效"
    _three = between(_t, "（三）把设施安全隐患排查到位", "（四）")
    form(_t.count(_rep) == 2 and "警示教育" in _three and not SANCTION.search(_three) and not DISCLOSE.search(_t),
         "p08/report.txt: expected the pasted paragraph twice, （三） unsanctioned, no disclosure")
    # p09: all-done claim vs 正在追缴; nothing on 纠纷; （二） with 视情 and no sanction; the 追责 section leaves out 租金
    _t = txt("p09/report.txt")
    _two = between(_t, "（二）\n", "（三）\n")
    form("已全部整改到位" in _t and "正在追缴" in _t and "纠纷" not in _t and "视情严肃追究" in _two and not SANCTION.search(_two)
         and "租金" not in between(_t, "三、追责问责情况", "四、公开与监督")
         and len(re.findall(r"^反馈问题：", _t, re.M)) == 9, "p09/report.txt: expected the planted claim, skip and promise")
    # p10: eleven items, each with the seven field lines
    _t = txt("p10/report.txt")
    form(len(re.findall(r"^（[一二三四五六七八九十]+）关于“", _t, re.M)) == 11
         and all(len(re.findall(f"^{f}：", _t, re.M)) == 11 for f in ("整改措施", "责任领导", "责任股室", "完成时限", "问责情况", "制度建设", "整改成效")),
         "p10/report.txt: expected 11 items with seven field lines each")
except Exception as e:
    fails.append(f"form checks crashed: {e!r}")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good) + "; late: " + ", ".join(late))
print("(a) kinds: " + ", ".join(f"{k} {c}" for k, c in sorted(akind_count.items())))
print(f"theme: (a) {total['a']}, (b) {total['b']}; no-accountability on (a): flag {acc_flag}, not {acc_not}; "
      f"no-mechanism judged: flag {mech_flag}, not {mech_not}")
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
