#!/usr/bin/env python3
"""Check the dev124 pairs (p01-p10, FROZEN HELD-OUT); adapted from corpus/dev108/check.py.
General checks: every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared,
a GB18030 file must not be valid UTF-8; HTML: the same, and its <meta charset> must name the declared encoding; DOCX:
word/document.xml paragraph text, table cells included), lengths (feedback 800-3000, report 1500-5000 non-space chars),
every `links` substring occurs exactly once in the report's visible text, each gold.json is consistent (only the dev-pairs
keys; known kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue; links only on answered
problems; every answered problem has at least one link; mode "pair" with one feedback; no duplicate (kind, issue); every
entry has a why; no stray files), every gap kind is planted (must_flag) in at least one pair and has a counter-case
(must_not_flag) in the set, one or two pairs have no must_flag (good reports), the dates declared in DATES stand in the
documents and late-report is flagged exactly where the report is more than three months after the feedback, and every
gold file runs through /work/shared/dev-pairs/score.py against an empty analyze JSON.
Problem counts: each feedback is split by its own structure (numbered lines, restarting 1．, 一是… inline, 问题N：, （N）,
heading lines, a “…；…等问题” sentence, 第N，) and the count must equal the gold's `issues`.
THEME — WHERE EACH MEASURE BELONGS: SECTIONS declares, per pair, the report's own headings / paragraphs / ledger rows as
(start marker, end marker) spans; WHERE declares, per problem, the sections in which it is answered (empty = unanswered);
GENERAL the sections that answer nothing in particular (study, slogans, self-criticism, totals). Checked: every link of
problem k falls inside one of WHERE[k]'s sections; every section of WHERE[k] holds at least one link of k; a problem is
unanswered in the gold exactly when WHERE[k] is empty; no link falls inside a GENERAL section; and the declared FORMS of
each report hold (another order, merged headings, one problem in two places, answers by number / by number only / by
paraphrase only, an annex ledger, a problem answered only in the annex, answers by status or by the leader in charge).
Pair-specific form checks follow at the end. Usage: python3 check.py [dev124-dir]. Exit 1 on failure; prints OK last."""
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
    "p06/report.txt": ("utf-16-le-bom", "lf"),
    "p07/report.txt": ("utf-8", "crlf"),
    "p08/feedback.html": ("gb18030", "lf"),
    "p10/report.txt": ("gb18030", "crlf"),
}
HTML = {"p04/feedback.html", "p04/report.html", "p08/feedback.html"}
DOCX = {"p02/feedback.docx", "p02/report.docx", "p07/feedback.docx", "p09/report.docx"}
LENGTHS = {"feedback": (800, 3000), "report": (1500, 5000)}
# (feedback date, report date) as written in the documents
DATES = {"p01": ("2025-04-22", "2025-07-08"), "p02": ("2024-12-03", "2025-02-28"), "p03": ("2024-11-26", "2025-03-14"),
         "p04": ("2024-12-24", "2025-03-17"), "p05": ("2025-01-16", "2025-04-11"), "p06": ("2025-03-11", "2025-06-03"),
         "p07": ("2024-08-20", "2024-12-02"), "p08": ("2025-02-18", "2025-05-12"), "p09": ("2025-04-08", "2025-06-27"),
         "p10": ("2025-05-20", "2025-08-15")}

# ---- THEME declarations: where each problem is answered in the report ----
# SECTIONS[pair][name] = (start marker, end marker or None for end of text); a section is text[start : end)
SECTIONS = {
    "p01": {"窗口": ("（一）综合服务窗口", "（二）导税咨询"), "导税": ("（二）导税咨询", "（三）代开发票岗"),
            "代开": ("（三）代开发票岗", "（四）自助办税区"), "自助": ("（四）自助办税区", "（五）党建和综合保障"),
            "党建综合": ("（五）党建和综合保障", "三、建章立制情况"), "建章立制": ("三、建章立制情况", "四、下一步工作打算"),
            "下一步": ("四、下一步工作打算", "按照有关规定，本报告")},
    "p02": {"立1": ("（一）关于代收资金滞留的问题", "（二）关于用车管理的问题"),
            "立2": ("（二）关于用车管理的问题", "（三）关于许可审批提速的问题"),
            "立3": ("（三）关于许可审批提速的问题", "（四）关于审计遗留问题"),
            "立4": ("（四）关于审计遗留问题", "三、限期整改问题整改情况"),
            "限1": ("（一）关于老城区管网改造进度的问题", "（二）关于汛前准备的问题"),
            "限2": ("（二）关于汛前准备的问题", "（三）关于外包业务的问题"),
            "限3": ("（三）关于外包业务的问题", "（四）关于变更签证的问题"),
            "限4": ("（四）关于变更签证的问题", "四、长期坚持问题整改情况"),
            "长1": ("（一）关于组织生活的问题", "（二）关于党员队伍建设的问题"),
            "长2": ("（二）关于党员队伍建设的问题", "（三）关于雨污分流的长期任务"),
            "长3": ("（三）关于雨污分流的长期任务", "五、建章立制情况"),
            "建章立制": ("五、建章立制情况", "六、提高思想认识"), "思想认识": ("六、提高思想认识", "本报告已在"),
            "row1": ("污水处理费滞留", "抢修车管理松散"), "row2": ("抢修车管理松散", "许可办理超时"),
            "row3": ("许可办理超时", "审计遗留资产未入账"), "row4": ("审计遗留资产未入账", "雨污分流滞后"),
            "row5": ("雨污分流滞后", "汛前准备不足"), "row6": ("汛前准备不足", "疏通业务未比选"),
            "row7": ("疏通业务未比选", "变更签证随意"), "row8": ("变更签证随意", "支部活动不规律"),
            "row9": ("支部活动不规律", "发展党员停滞"), "row10": ("发展党员停滞", None)},
    "p03": {"书记": ("（一）党委书记邴怀章领办的问题", "（二）院长谯明远领办的问题"),
            "院长": ("（二）院长谯明远领办的问题", "（三）副院长逄叙白领办的问题"),
            "逄": ("（三）副院长逄叙白领办的问题", "（四）副院长仉清漪领办的问题"),
            "仉": ("（四）副院长仉清漪领办的问题", "（五）纪委书记隗定邦领办的问题"),
            "纪委书记": ("（五）纪委书记隗定邦领办的问题", "（六）党委副书记闾静姝领办的问题"),
            "副书记": ("（六）党委副书记闾静姝领办的问题", "三、建章立制情况"),
            "建章立制": ("三、建章立制情况", "四、下一步打算"), "下一步": ("四、下一步打算", "整改情况已在")},
    "p04": {"膳食": ("（一）膳食服务板块", "（二）宿舍和维修板块"), "宿舍": ("（二）宿舍和维修板块", "（三）能源和安全板块"),
            "能源": ("（三）能源和安全板块", "（四）物业服务板块"), "物业": ("（四）物业服务板块", "（五）党建工作板块"),
            "党建": ("（五）党建工作板块", "三、建章立制情况"), "建章立制": ("三、建章立制情况", "四、下一步工作"),
            "下一步": ("四、下一步工作", "欢迎广大师生")},
    "p05": {"第2、10项": ("（一）反馈问题第2项、第10项", "（二）反馈问题第1项"),
            "第1项": ("（二）反馈问题第1项", "（三）反馈问题第4项、第7项"),
            "第4、7项": ("（三）反馈问题第4项、第7项", "（四）反馈问题第6项"),
            "第6项": ("（四）反馈问题第6项", "（五）反馈问题第3项"), "第3项": ("（五）反馈问题第3项", "（六）反馈问题第5项"),
            "第5项": ("（六）反馈问题第5项", "（七）反馈问题第11项"), "第11项": ("（七）反馈问题第11项", "（八）反馈问题第8项"),
            "第8项": ("（八）反馈问题第8项", "二、举一反三整改情况"), "举一反三": ("二、举一反三整改情况", "本报告经分局党支部审定后"),
            "row1": ("1｜岸线超范围占用", "2｜危货码头"), "row2": ("2｜危货码头检查走过场", "3｜经营许可"),
            "row3": ("3｜经营许可核查不到位", "4｜案件办理"), "row4": ("4｜案件办理不规范", "5｜保安计划"),
            "row5": ("5｜保安计划过期", "6｜执法艇"), "row6": ("6｜执法艇使用松散", "7｜罚没款"),
            "row7": ("7｜罚没款缴纳慢", "8｜主题党日"), "row8": ("8｜主题党日与业务脱节", "10｜执法记录仪"),
            "row10": ("10｜执法记录仪开启率低", "11｜档案"), "row11": ("11｜档案管理混乱", "中共蕖州市港口管理局蕖西港区分局支部委员会\n2025")},
    "p06": {"安全": ("（一）押运安全专题", "（二）经营收费专题"), "收费": ("（二）经营收费专题", "（三）决策和采购专题"),
            "决策采购": ("（三）决策和采购专题", "（四）薪酬发放专题"), "薪酬": ("（四）薪酬发放专题", "（五）队伍建设专题"),
            "队伍": ("（五）队伍建设专题", "三、建章立制情况"), "建章立制": ("三、建章立制情况", "四、下一步打算"),
            "下一步": ("四、下一步打算", "整改情况已在县国资委门户网站公开")},
    "p07": {"思想认识": ("一、提高政治站位，深化思想认识", "二、逐项整改落实情况"),
            "海堤": ("（一）海堤安全巡查方面", "（二）养殖承包管理方面"), "承包": ("（二）养殖承包管理方面", "（三）非法围塘查处方面"),
            "围塘": ("（三）非法围塘查处方面", "（四）红树林修复方面"), "红树林": ("（四）红树林修复方面", "（五）专项资金使用方面"),
            "资金": ("（五）专项资金使用方面", "（六）合同管理方面"), "合同": ("（六）合同管理方面", "（七）组织生活方面"),
            "组织生活": ("（七）组织生活方面", "（八）巡查作风方面"), "作风": ("（八）巡查作风方面", "（九）闸站运行维护方面"),
            "闸站": ("（九）闸站运行维护方面", "三、举一反三抓好整改"), "举一反三": ("三、举一反三抓好整改", "四、下一步工作打算"),
            "下一步": ("四、下一步工作打算", "中共莼阳县滩涂围垦管理站支部委员会\n2024")},
    "p08": {"组织": ("一、我是怎样组织整改的", "二、整改落实情况"),
            "资金数据": ("（一）把资金和数据管住", "（二）把项目建起来、用起来"),
            "项目": ("（二）把项目建起来、用起来", "（三）把资产和采购理顺"),
            "资产采购": ("（三）把资产和采购理顺", "（四）把平台服务做好"), "平台": ("（四）把平台服务做好", "（五）把支部建强"),
            "支部": ("（五）把支部建强", "三、我自己的反思"), "反思": ("三、我自己的反思", "整改情况已在")},
    "p09": {"文保安全": ("（一）文物保护和安全方面", "（二）陈列展示和社会教育方面"),
            "陈列社教": ("（二）陈列展示和社会教育方面", "（三）财务和经营管理方面"),
            "财务经营": ("（三）财务和经营管理方面", "（四）党的建设方面"), "党建": ("（四）党的建设方面", "三、下一步工作"),
            "下一步": ("三、下一步工作", "中共蘼江县名人故居管理所支部委员会\n2025"),
            "row1": ("蘅庐木构件白蚁蛀蚀", "安全防范有隐患"), "row2": ("安全防范有隐患", "陈列陈旧、讲解有误"),
            "row3": ("陈列陈旧、讲解有误", "门票文创收入管理乱"), "row4": ("门票文创收入管理乱", "场地出借不规范"),
            "row5": ("场地出借不规范", "以论证会名义聚餐"), "row6": ("以论证会名义聚餐", "社教活动少"),
            "row7": ("社教活动少", "理论学习不深入"), "row8": ("理论学习不深入", "专业人才缺乏"), "row9": ("专业人才缺乏", None)},
    "p10": {"服务质量": ("（一）服务质量类问题", "（二）经费和资产管理类问题"),
            "经费资产": ("（二）经费和资产管理类问题", "（三）人员和绩效管理类问题"),
            "人员绩效": ("（三）人员和绩效管理类问题", "（四）党员管理类问题"), "党员": ("（四）党员管理类问题", "三、整改成效"),
            "成效": ("三、整改成效", "本通报同时在")},
}
# WHERE[pair][k] = sections in which problem k is answered ([] = not answered anywhere)
WHERE = {
    "p01": {1: ["导税"], 2: ["窗口"], 3: ["窗口", "建章立制"], 4: ["自助"], 5: ["窗口"], 6: ["代开", "建章立制"],
            7: ["党建综合", "建章立制"], 8: ["党建综合"], 9: ["党建综合"], 10: ["党建综合", "建章立制"]},
    "p02": {1: ["限1", "长3", "row5"], 2: ["限2", "row6"], 3: ["立3", "row3"], 4: ["限3", "建章立制", "row7"],
            5: ["立2", "建章立制", "row2"], 6: ["限4", "建章立制", "row8"], 7: ["立1", "建章立制", "row1"], 8: ["长1", "row9"],
            9: ["长2", "row10"], 10: ["立4", "row4"]},
    "p03": {1: ["院长"], 2: ["仉"], 3: ["逄"], 4: ["书记", "建章立制"], 5: ["纪委书记", "建章立制"], 6: ["院长", "建章立制"],
            7: ["纪委书记", "建章立制"], 8: [], 9: ["副书记"], 10: ["书记", "建章立制"]},
    "p04": {1: ["膳食", "建章立制"], 2: ["宿舍"], 3: ["能源", "建章立制"], 4: ["物业"], 5: ["膳食", "建章立制"],
            6: ["宿舍", "建章立制"], 7: ["膳食"], 8: ["党建"], 9: ["能源"], 10: ["宿舍", "建章立制"]},
    "p05": {1: ["第1项", "row1"], 2: ["第2、10项", "举一反三", "row2"], 3: ["第3项", "row3"],
            4: ["第4、7项", "举一反三", "row4"], 5: ["第5项", "row5"], 6: ["第6项", "row6"], 7: ["第4、7项", "row7"],
            8: ["第8项", "row8"], 9: [], 10: ["第2、10项", "row10"], 11: ["第11项", "row11"]},
    "p06": {1: ["安全", "建章立制"], 2: ["安全", "建章立制"], 3: ["收费", "建章立制"], 4: ["决策采购", "建章立制"],
            5: ["薪酬", "建章立制"], 6: ["决策采购", "建章立制"], 7: ["队伍"], 8: ["队伍"], 9: ["安全"], 10: ["收费", "下一步"]},
    "p07": {1: ["海堤", "举一反三"], 2: ["承包"], 3: ["围塘"], 4: ["红树林"], 5: ["资金", "举一反三"], 6: ["合同"],
            7: ["组织生活"], 8: ["作风"], 9: ["闸站"]},
    "p08": {1: ["项目"], 2: ["资金数据"], 3: ["资产采购"], 4: ["资金数据"], 5: ["项目"], 6: ["平台"], 7: ["资产采购"],
            8: ["支部"], 9: ["资金数据"]},
    "p09": {1: ["文保安全", "row1"], 2: ["文保安全", "row2"], 3: ["陈列社教", "row3"], 4: ["财务经营", "row4"],
            5: ["财务经营", "row5"], 6: ["财务经营", "row6"], 7: ["陈列社教", "row7"], 8: ["党建", "row8"], 9: ["row9"]},
    "p10": {1: ["服务质量"], 2: ["经费资产"], 3: ["服务质量"], 4: ["经费资产"], 5: ["人员绩效"], 6: ["人员绩效"],
            7: ["经费资产"], 8: [], 9: ["党员"], 10: ["服务质量"]},
}
# sections that answer nothing in particular (general study, slogans, self-criticism, totals): no link may fall inside
GENERAL = {"p01": ["下一步"], "p02": ["思想认识"], "p03": ["下一步"], "p04": ["下一步"], "p05": [], "p06": [],
           "p07": ["思想认识", "下一步"], "p08": ["组织", "反思"], "p09": ["下一步"], "p10": ["成效"]}
# the report forms each pair is declared to use (checked below)
FORMS = {
    "p01": {"order", "merged", "two-places", "by-number", "paraphrase", "general"},
    "p02": {"order", "two-places", "annex", "status", "paraphrase", "general"},
    "p03": {"order", "merged", "two-places", "by-leader", "by-number", "general"},
    "p04": {"order", "merged", "two-places", "by-number", "general"},
    "p05": {"order", "merged", "two-places", "by-number-only", "annex"},
    "p06": {"order", "merged", "two-places", "by-number"},
    "p07": {"two-places", "paraphrase", "general"},
    "p08": {"order", "merged", "no-number", "general"},
    "p09": {"order", "merged", "annex", "annex-only", "no-number", "general"},
    "p10": {"order", "merged", "by-number", "general"},
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
        got = re.findall(r"^(\d+)．(.+)$", between(t, "一、巡察发现的主要问题", "二、整改意见"), re.M)
        assert [int(k) for k, _ in got] == list(range(1, len(got) + 1))
        return [x for _, x in got]
    if name == "p02":
        seg = between(t, "一、贯彻落实上级决策部署方面", "四、整改意见")
        assert len(re.findall(r"^1．", seg, re.M)) == 3, "p02: expected numbering to restart in three areas"
        return re.findall(r"^[1-4]．(.+)$", seg, re.M)
    if name == "p03":
        out = []
        for lead, n in (("从落实上级决策部署看，", 3), ("从全面从严治党看，", 4), ("从班子和队伍建设看，", 3)):
            para = [l for l in t.split("\n") if l.startswith(lead)][0]
            out += inline(para[len(lead):].rstrip("。"), n)
        return out
    if name == "p04":
        para = [l for l in t.split("\n") if "巡察也发现了一些问题，主要是：" in l][0]
        return inline(para.split("主要是：", 1)[1].rstrip("。"), 10)
    if name == "p05":
        got = re.findall(r"^问题(\d+)：(.+)\n具体表现：(.+)$", t, re.M)
        assert [int(k) for k, _, _ in got] == list(range(1, len(got) + 1))
        return [h + "。" + d for _, h, d in got]
    if name == "p06":
        got = re.findall(r"^（(十[一二]?|[一二三四五六七八九])）(.+)$", between(t, "一、主要问题", "二、整改意见"), re.M)
        assert [c for c, _ in got] == [cn(k) for k in range(1, len(got) + 1)]
        return [x for _, x in got]
    if name == "p07":
        got = re.findall(r"^（(十[一二]?|[一二三四五六七八九])）(.+)\n(.+)$", between(t, "一、主要问题", "二、整改要求"), re.M)
        assert [c for c, _, _ in got] == [cn(k) for k in range(1, len(got) + 1)]
        return [h + "。" + d for _, h, d in got]
    if name == "p08":
        return between(t, "但也存在", "等问题。").split("；")
    if name == "p09":
        got = re.findall(r"^第([一二三四五六七八九十])，(.+)$", t, re.M)
        assert [c for c, _ in got] == [cn(k) for k in range(1, len(got) + 1)]
        return [x for _, x in got]
    if name == "p10":
        got = re.findall(r"^(\d+)．(\S+)\n(.+)$", between(t, "一、贯彻落实上级决策部署方面", "四、整改要求"), re.M)
        assert [int(k) for k, _, _ in got] == list(range(1, len(got) + 1))
        return [h + "。" + d for _, h, d in got]
    raise KeyError(name)


def spans(name, text):
    """SECTIONS[name] resolved to (start, end) offsets in the report's visible text."""
    out = {}
    for sec, (a, b) in SECTIONS[name].items():
        assert text.count(a) == 1, f"section {sec}: start marker occurs {text.count(a)} times: {a}"
        i = text.index(a)
        j = len(text) if b is None else text.index(b, i + len(a))
        out[sec] = (i, j)
    return out


def add_months(d, m):
    y, mo = divmod(d.month - 1 + m, 12)
    return datetime.date(d.year + y, mo + 1, d.day)


NUMREF = re.compile(r"第[0-9０-９一二三四五六七八九十]+(?:[、，和至][第]?[0-9０-９一二三四五六七八九十]+)*[项条]")
total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
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
        fails.append(f"{name}: every dev124 pair is mode 'pair' with exactly one feedback.*")
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
    probs = None
    if ftext is not None:
        try:
            probs = problems(name, ftext)
            if len(probs) != n:
                fails.append(f"{name}: feedback structure gives {len(probs)} problems, gold says {n}")
            elif not 8 <= n <= 12:
                fails.append(f"{name}: {n} problems, outside 8-12")
        except Exception as e:
            fails.append(f"{name}: feedback problems could not be split by its structure: {e!r}")
    # dates: both stand in the documents; late-report is flagged exactly when the report is past three months
    fd, rd = (datetime.date.fromisoformat(x) for x in DATES[name])
    for doc, dt in ((ftext or "", fd), (text, rd)):
        short = f"{dt.month}月{dt.day}日" in doc and f"{dt.year}" in doc  # a news item writes “12月24日” under a dated header
        if f"{dt.year}年{dt.month}月{dt.day}日" not in doc and dt.isoformat() not in doc and not short:
            fails.append(f"{name}: date {dt} not found in its document")
    late = rd > add_months(fd, 3)
    flagged_late = any(f["kind"] == "late-report" for f in g["must_flag"])
    if late != flagged_late:
        fails.append(f"{name}: report {(rd - fd).days} days after feedback, late={late}, but late-report flagged={flagged_late}")
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
    # ---- THEME: where each measure belongs ----
    try:
        sp = spans(name, text)
        where = WHERE[name]
        if sorted(where) != list(range(1, n + 1)):
            fails.append(f"{name}: WHERE does not declare problems 1..{n}")
        for k in range(1, n + 1):
            if (not where.get(k)) != (not g["answered"][str(k)]):
                fails.append(f"{name}: problem {k}: WHERE {where.get(k)} disagrees with answered={g['answered'][str(k)]}")
            for sec in where.get(k, []):
                if sec not in sp:
                    fails.append(f"{name}: problem {k}: undeclared section {sec}")
        pos = {}
        for l in g.get("links", []):
            if text.count(l["measure"]) != 1:
                continue
            p = text.index(l["measure"])
            inside = [s for s, (i, j) in sp.items() if i <= p and p + len(l["measure"]) <= j]
            ok = [s for s in inside if s in where.get(l["issue"], [])]
            if not ok:
                fails.append(f"{name}: link '{l['measure']}' (problem {l['issue']}) lies in {inside or 'no section'}, "
                             f"not in its declared place(s) {where.get(l['issue'])}")
            for s in inside:
                if s in GENERAL[name]:
                    fails.append(f"{name}: link '{l['measure']}' lies in GENERAL section {s}")
            for s in ok:
                pos.setdefault((l["issue"], s), []).append(p)
        for k, secs in where.items():
            for s in secs:
                if (k, s) not in pos:
                    fails.append(f"{name}: problem {k} is declared answered in {s} but no link of it lies there")
        for s in GENERAL[name]:
            if s not in sp:
                fails.append(f"{name}: GENERAL section {s} undeclared")
            if any(s in secs for secs in where.values()):
                fails.append(f"{name}: GENERAL section {s} is also declared as answering a problem")
        # declared forms
        forms = FORMS[name]
        first = sorted((min(sp[s][0] for s in secs), k) for k, secs in where.items() if secs)
        order = [k for _, k in first]
        if ("order" in forms) != (order != sorted(order)):
            fails.append(f"{name}: 'order' form declared={'order' in forms}, report order {order}")
        holders = {}
        for k, secs in where.items():
            for s in secs:
                holders.setdefault(s, set()).add(k)
        merged = [s for s, ks in holders.items() if len(ks) >= 2 and not s.startswith("row")
                  and s not in ("建章立制", "举一反三")]
        if ("merged" in forms) != bool(merged):
            fails.append(f"{name}: 'merged' form declared={'merged' in forms}, sections holding 2+ problems: {merged}")
        twice = [k for k, secs in where.items() if len([s for s in secs if not s.startswith("row")]) >= 2]
        if ("two-places" in forms) != bool(twice):
            fails.append(f"{name}: 'two-places' form declared={'two-places' in forms}, problems answered twice: {twice}")
        rows = [s for s in sp if s.startswith("row")]
        if ("annex" in forms) != bool(rows):
            fails.append(f"{name}: 'annex' form declared={'annex' in forms}, ledger rows {rows}")
        only = [k for k, secs in where.items() if secs and all(s.startswith("row") for s in secs)]
        if ("annex-only" in forms) != bool(only):
            fails.append(f"{name}: 'annex-only' declared={'annex-only' in forms}, problems answered only in the annex: {only}")
        refs = NUMREF.findall(text)
        if "by-number" in forms and len(refs) < 3:
            fails.append(f"{name}: 'by-number' declared but only {refs}")
        if "no-number" in forms and refs:
            fails.append(f"{name}: 'no-number' declared but the report cites {refs}")
        if "by-number-only" in forms:
            heads = re.findall(r"^（[一二三四五六七八九十]+）(.*)$", between(text, "一、反馈问题整改情况", "二、举一反三"), re.M)
            if not heads or not all(re.fullmatch(r"反馈问题第\d+项(、第\d+项)*", h) for h in heads):
                fails.append(f"{name}: 'by-number-only' declared but item headings are {heads}")
        if "by-leader" in forms and len([s for s in SECTIONS[name].values() if "领办" in s[0]]) < 4:
            fails.append(f"{name}: 'by-leader' declared but fewer than 4 领办 headings")
        if "status" in forms and not all(h in text for h in ("立行立改问题整改情况", "限期整改问题整改情况", "长期坚持问题整改情况")):
            fails.append(f"{name}: 'status' declared but the three status headings are not all present")
        if "paraphrase" in forms and probs:
            heads = [re.split(r"[。．]", p, 1)[0] for p in probs]
            verb = [h for h in heads if len(h) >= 6 and h in text]
            if verb:
                fails.append(f"{name}: 'paraphrase' declared but the report repeats feedback headings {verb}")
    except Exception as e:
        fails.append(f"{name}: theme checks crashed: {e!r}")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {g['mode']}, {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}; {', '.join(encs)}; {(rd - fd).days} days; score.py on empty output {last}")
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


# ---- per-pair form checks (the facts each gold entry rests on) ----
DISCLOSE = re.compile(r"向社会公开|门户网站|网站公开|官方网站|主动公开|信息公开网|予以公布|接受社会监督|“巡察整改”专栏")
SANCTION = re.compile(r"诫勉|批评教育|警告|书面检查|作出检查|检讨|提醒谈话|免去|立案审查|调离\S{0,4}岗位|处分|作出处理")
try:
    # p01: five post blocks each with one owner line and the feedback numbers; four rules keyed by number
    _t = txt("p01/report.txt")
    form(len(re.findall(r"^（[一二三四五]）.+（责任领导：.+；对应反馈问题第.+项）$", _t, re.M)) == 5
         and len(re.findall(r"（对应第\d+项）", between(_t, "三、建章立制情况", "四、"))) == 4,
         "p01/report.txt: expected five post blocks with owner + numbers, four rules keyed by number")
    # p02: ledger row 3 owner “—”, item （三） of 立行立改 names nobody; the all-done claim beside the 26万 still open;
    # the 外包 item holds nobody to account
    _t = txt("p02/report.docx")
    _three = between(_t, "（三）关于许可审批提速的问题", "（四）关于审计遗留问题")
    form("许可办理超时\n倒查超时原因，5个工作日办结\n—\n" in _t and "责任领导" not in _three
         and "立行立改的4个问题已全部整改完成" in _t and "正在逐笔核对" in _t
         and not SANCTION.search(between(_t, "（三）关于外包业务的问题", "（四）关于变更签证的问题")),
         "p02/report.docx: expected row 3 owner “—”, an owner-less item （三）, the all-done claim and 26万 open, no sanction for 外包")
    _x = zipfile.ZipFile(os.path.join(root, "p02", "report.docx")).read("word/document.xml").decode("utf-8")
    form(_x.count("<w:tr>") == 11, "p02/report.docx: expected a Word-table ledger of header + 10 rows")
    # p03: nothing on 文物修复 staff; item （三） without 完成时限; the copied item; late date
    _t = txt("p03/report.txt")
    form("人才" not in _t and "修复" not in _t and "技术人员" not in _t
         and "完成时限" not in between(_t, "（三）副院长逄叙白领办的问题", "（四）副院长仉清漪")
         and "看得到、进得来" in _t and "2025年3月14日" in _t,
         "p03/report.txt: expected no answer on 修复 staff, an undated （三）, the copied promise, 2025-03-14")
    # p04: the pasted paragraph twice, the 党建 板块 without a concrete act
    _t = txt("p04/report.html")
    _rep = "建立服务质量回访机制，每月从服务记录中随机抽取20%进行电话回访，回访结果与服务人员绩效挂钩，对师生反映集中的问题及时研究解决"
    _pj = between(_t, "（五）党建工作板块", "三、建章立制情况")
    form(_t.count(_rep) == 2 and "培训" not in _pj and "代签" not in _pj and "索引号" in _t and "主动公开" in _t,
         "p04/report.html: expected the pasted paragraph twice, a slogan 党建 板块, a public 通报")
    # p05: no 第9项 anywhere, ledger skips 9; no 领导小组 / 第一责任人 / 书记; item （六） without a rule; （七） undated
    _t = txt("p05/report.txt")
    _six = between(_t, "（六）反馈问题第5项", "（七）反馈问题第11项")
    form("第9项" not in _t and not re.search(r"^9｜", _t, re.M) and "领导小组" not in _t and "第一责任人" not in _t
         and "书记" not in _t and "制定" not in _six and "办法" not in _six and "规程" not in _six
         and "完成时限" not in between(_t, "（七）反馈问题第11项", "（八）") and "11｜档案管理混乱｜补齐材料，重新归档｜办公室｜—｜" in _t,
         "p05/report.txt: expected no 第9项, no leadership, an unruled （六）, an undated （七）")
    # p06: five 专题 each with a 牵头领导; every sanction sentence inside its 专题
    _t = txt("p06/report.txt")
    form(len(re.findall(r"^（[一二三四五]）.+专题（牵头领导：", _t, re.M)) == 5 and "对4人进行了处理" in _t,
         "p06/report.txt: expected five 专题 with 牵头领导 and the 4-person total")
    # p07: nothing published; the 承包 item holds nobody; late date
    _t = txt("p07/report.txt")
    form(not DISCLOSE.search(_t) and not SANCTION.search(between(_t, "（二）养殖承包管理方面", "（三）非法围塘查处方面"))
         and "2024年12月2日" in _t, "p07/report.txt: expected no disclosure, no sanction for 承包, 2024-12-02")
    # p08: first person; the 直播基地 item holds nobody; the 物流 line owned by “中心”; the copied promise
    _t = txt("p08/report.txt")
    _s3 = between(_t, "（三）把资产和采购理顺", "（四）把平台服务做好")
    form(_t.count("我") >= 8 and not SANCTION.search(_s3) and "由中心统筹推进" in _t
         and "切实减少消费者投诉" in _t, "p08/report.txt: expected a first-person report, no sanction in （三）, 由中心统筹推进")
    # p09: nothing published; the 收入 clean-up without a rule; #9 only in the annex
    _t = txt("p09/report.docx")
    _prose = _t[:_t.index("附件：")]
    form(not DISCLOSE.search(_t) and "招聘" not in _prose and "人才" not in _prose and "招聘" in _t
         and not re.search(r"现金.{0,30}(制度|办法|规定)", _t),
         "p09/report.docx: expected no disclosure, #9 only in the annex, no cash rule")
    # p10: no 领导小组 / 第一责任人 / 书记; the all-done claim beside 正在装修; 第8条 never cited
    _t = txt("p10/report.txt")
    form("领导小组" not in _t and "第一责任人" not in _t and "书记" not in _t and "已全部整改完成" in _t
         and "正在装修" in _t and "第8条" not in _t and "党课" not in _t,
         "p10/report.txt: expected no leadership, the all-done claim, 正在装修, nothing on 第8条")
except Exception as e:
    fails.append(f"form checks crashed: {e!r}")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: pairs {len(pairs)}, issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
