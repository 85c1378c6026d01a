#!/usr/bin/env python3
"""Check the dev123 pairs (p01-p10); adapted from corpus/dev108/check.py.
General checks (as dev108): every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where
declared, a GB18030 file must not be valid UTF-8; HTML: the same, and its <meta charset> must name the declared encoding;
DOCX: word/document.xml paragraph text, table cells included), lengths (feedback 800-3000, report 1500-5000 non-blank
characters), every `links` substring occurs exactly once in the report's visible text, each gold.json is consistent (only
the dev-pairs keys; known kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue; links only on
answered problems; every answered problem has a link; no duplicate (kind, issue); every entry has a why; no stray files),
every gap kind is planted (must_flag) in at least one pair and has a counter-case (must_not_flag), one or two pairs have
no must_flag, and every gold file runs through /work/shared/dev-pairs/score.py against an empty analyze JSON.
Problem counts: each feedback is split by its own structure (numbered lines, 第N，, （N）, inline 一是… restarting per
area, an HTML <ol>, Word automatic numbering) and the count must equal the gold's `issues` (8-12).
THEME — WHERE EACH MEASURE BELONGS. ANSWERED_AT declares, per report, its sections in document order: each is a marker
(an exact, unique string of the report's visible text: a heading, an item's opening, a sub-paragraph's 一是…, a 建章立制
entry, an annex ledger row) and what it holds — the problems it answers, "G" (a general or slogan section that answers
nothing in particular) or None (a boundary: preamble, 组织 section, 下一步). A section runs from its marker to the next
marker. Checks: markers unique and in order; the problems declared anywhere are exactly the gold's answered ones; every
gold link lies in a section declared for its problem; every declared (problem, section) holds at least one gold link of
that problem; no link lies in a "G" or None section; where a report cites problems by number (REFS), the numbers cited in
an answer section are the problems declared there (plus CITED_UNANSWERED: a number cited in a heading with no answer).
Theme features are then derived per pair (merged: a section answering 2+ problems; split: a problem answered in 2+
sections; order: first answers out of feedback order; bynum; annex; general) and each must occur in at least two pairs.
Pair-specific form checks follow at the end. Usage: python3 check.py [dev123-dir]. Exit 1 on failure; prints OK last."""
import glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text and HTML files (every other .txt/.html: UTF-8, LF)
DECLARED = {
    "p03/report.txt": ("gb18030", "lf"),
    "p04/feedback.txt": ("gb18030", "crlf"),
    "p05/feedback.txt": ("utf-8", "crlf"),
    "p05/report.txt": ("utf-16-le-bom", "lf"),
    "p06/feedback.txt": ("utf-16-le-bom", "lf"),
    "p08/feedback.txt": ("gb18030", "lf"),
    "p08/report.txt": ("utf-8", "crlf"),
    "p09/feedback.html": ("gb18030", "lf"),
    "p09/report.txt": ("gb18030", "crlf"),
}
HTML = {"p03/feedback.html", "p06/report.html", "p09/feedback.html"}
DOCX = {"p02/feedback.docx", "p02/report.docx", "p07/report.docx", "p10/feedback.docx"}
LENGTHS = {"feedback": (800, 3000), "report": (1500, 5000)}

# ---- THEME: where each problem is answered in the report (sections in document order) ----
# (marker, holds): holds = [problem numbers] | "G" (general / slogan, answers nothing in particular) | None (boundary)
ANSWERED_AT = {
    "p01": [  # by status 立行立改 / 限期整改 / 长期坚持, items cite （反馈问题第N项）; rules again in 五、
        ("一、整改工作组织情况", None), ("支部组织全体党员专题学习", "G"), ("按照问题性质", None),
        ("二、立行立改问题整改情况", None),
        ("（一）关于窗口人员收受购物卡的问题", [4]), ("（二）关于中介人员在厅内", [5]),
        ("（三）关于发票作废单据缺少签字的问题", [6]), ("（四）关于延时服务和预约电话无人值守的问题", [3]),
        ("三、限期整改问题整改情况", None),
        ("（一）关于优惠政策没有辅导到户的问题", [1]), ("（二）关于差评整改不闭环的问题", [2]),
        ("（三）关于廉政风险点台账陈旧的问题", [7]), ("（四）关于票证保管老问题反复的问题", [10]),
        ("四、长期坚持问题整改情况", None),
        ("（一）关于“三会一课”不规范的问题", [8]), ("（二）关于青年干部培养不足的问题", [9]),
        ("五、建章立制情况", None),
        ("一是制定《办税服务厅涉税中介人员服务行为管理规定》", [5]), ("二是修订《发票作废审核工作规程》", [6]),
        ("三是制定《“好差评”差评处理闭环管理办法》", [2]), ("四是修订《税收票证管理制度》", [10]),
        ("六、下一步工作", None)],
    "p02": [  # by department; three problems in one paragraph; slogan section; annex table rows in short forms
        ("一、整改工作组织开展情况", None), ("（一）工程建设部牵头整改的问题", None),
        ("1．雨污分流改造进度滞后的问题", [1]), ("2．维修工程多报工日的问题", [6]), ("3．清掏业务未经比选的问题", [5]),
        ("（二）生产运行部牵头整改的问题", None), ("针对管网巡查走过场", [2, 3, 4]),
        ("（三）财务部牵头整改的问题", None), ("关于业务招待费列支不规范的问题", [7]),
        ("（四）综合办公室牵头整改的问题", None),
        ("1．劳务派遣人员不在岗领取工资的问题", [10]), ("2．党支部前置研究作用发挥不够的问题", [8]),
        ("三、坚持以改促治", "G"), ("四、下一步工作打算", None), ("附件：巡察反馈问题整改台账", None),
        ("雨污分流改造滞后", [1]), ("巡查记录与车辆轨迹不符", [2]), ("进水浓度低", [3]), ("泵车故障未修", [4]),
        ("清掏外包未比选", [5]), ("零星用工多报工日", [6]), ("招待无公函和清单", [7]), ("大额投资未前置研究", [8]),
        ("派遣人员不在岗领薪", [10])],
    "p03": [  # by the leader in charge, items in other words; slogan section; rules again in 四、 by paraphrase
        ("一、整改工作组织情况", None), ("二、班子成员牵头问题整改情况", None),
        ("（一）党委书记、馆长齐砚秋牵头整改的问题", None),
        ("1．“三重一大”事项绕开党委会的问题", [9]), ("2．讲解词和社教课程无人把关的问题", [11]),
        ("3．文创商店续签合同的问题", [5]),
        ("（二）副馆长喻知白牵头整改的问题", None),
        ("1．藏品数字化进度慢的问题", [1]), ("2．藏品征集缺少专家论证的问题", [3]),
        ("3．库房出入库和双人双锁执行不严的问题", [8]),
        ("（三）副馆长晁慕远牵头整改的问题", None),
        ("1．社会教育面向基层不够的问题", [2]), ("2．展品说明牌差错长期不改的问题", [4]),
        ("3．文物修复人才断档的问题", [10]),
        ("（四）纪委书记浦含章牵头整改的问题", None),
        ("1．临时展览布展费多结算的问题", [6]), ("2．公务接待超标准的问题", [7]),
        ("三、以整改促提升", "G"), ("四、建章立制情况", None),
        ("制定《藏品征集论证办法》", [3]), ("制定《库房安全管理规定》", [8]), ("修订《党委会议事规则》", [9]),
        ("制定《公务接待管理实施细则》", [7]), ("制定《讲解词和社教课程审核办法》", [11]),
        ("五、下一步工作", None)],
    "p04": [  # merged headings citing the feedback by number (one cites #8 and never answers it); rules again in 四、
        ("一、整改工作开展情况", None), ("二、提高思想认识", "G"), ("三、问题整改情况", None),
        ("（一）关于财务、补贴和分配方面的问题", [2, 3, 4, 5]), ("（二）关于生产经营方面的问题", [6, 9]),
        ("（三）关于党建方面的问题", [1, 7]), ("四、建立长效机制", None),
        ("一是《盈余分配办法》", [2]), ("二是《财务管理制度》", [3]), ("三是《社务公开制度》", [5]),
        ("五、下一步打算", None)],
    "p05": [  # by number in another order; annex ｜ ledger rows restating the problems in short forms
        ("一、整改工作总体情况", None), ("二、反馈问题整改情况", None),
        ("（一）反馈问题第九项", [9]), ("（二）反馈问题第五项", [5]), ("（三）反馈问题第七项", [7]),
        ("（四）反馈问题第二项", [2]), ("（五）反馈问题第三项", [3]), ("（六）反馈问题第四项", [4]),
        ("（七）反馈问题第十项", [10]), ("（八）反馈问题第六项", [6]), ("（九）反馈问题第一项", [1]),
        ("（十）反馈问题第八项", [8]), ("三、下一步工作", None), ("序号｜问题（简称）", None),
        ("1｜服务育人打折扣", [1]), ("2｜食堂合同超期延续", [2]), ("3｜维修工程拆分发包", [3]),
        ("4｜物资验收无签字", [4]), ("5｜水电费自定标准", [5]), ("6｜能源浪费", [6]), ("7｜离职人员仍领工资", [7]),
        ("8｜主题党日走样", [8]), ("9｜公寓消防隐患", [9]), ("10｜公务用车无登记", [10])],
    "p06": [  # merged area headings; #7 answered only in 举一反三, #1 #2 answered there a second time
        ("一、整改工作总体情况", None), ("二、反馈问题整改落实情况", None),
        ("（一）关于许可审查和岸线监管方面的问题", [1, 3]), ("（二）关于危险货物作业现场监管的问题", [2]),
        ("（三）关于收费公示和执法作风方面的问题", [4, 5]), ("（四）关于执法艇油料管理的问题", [6]),
        ("（五）关于党建和队伍建设方面的问题", [8, 9, 10]),
        ("三、举一反三开展专项整治", None),
        ("一是对近三年办理的12件许可延续事项", [1]), ("二是对辖区14个危险货物作业泊位", [2]),
        ("三是对在许可、执法岗位连续工作满5年", [7]), ("四、下一步工作", None)],
    "p07": [  # 个性问题 / 共性问题 (two merged paragraphs), rules again in 四、
        ("一、整改工作组织开展情况", None), ("二、个性问题整改情况", None),
        ("（一）关于另收“陪护服务费”的问题", [3]), ("（二）关于上门服务记录不实的问题", [6]),
        ("（三）关于伙食费结余说不清的问题", [5]), ("（四）关于喷淋系统久拖未修的问题", [9]),
        ("（五）关于自带药品混放和过期药品的问题", [4]), ("三、共性问题整改情况", None),
        ("（一）服务质量方面的问题", [1, 2]), ("（二）院务公开和党建方面的问题", [7, 8]),
        ("四、举一反三和建章立制情况", None),
        ("一是制定《收费项目管理和公示制度》", [3]), ("二是制定《居家上门服务记录核验办法》", [6]),
        ("三是制定《伙食费管理办法》", [5]), ("五、下一步工作", None)],
    "p08": [  # by number in the speech's own partition 第X方面第Y个问题; general study section; rules again in 四、
        ("一、整改工作组织情况", None), ("二、加强思想教育", "G"), ("三、反馈问题整改落实情况", None),
        ("（一）针对第一方面第一、二个问题", [1, 2]), ("（二）针对第一方面第三个问题", [3]),
        ("（三）针对第二方面第一个问题", [4]), ("（四）针对第二方面第二、三个问题", [5, 6]),
        ("（五）针对第二方面第四个问题", [7]), ("（六）针对第三方面第一个问题", [8]),
        ("（七）针对第三方面第二个问题", [9]), ("（八）针对第三方面第三个问题", [10]),
        ("四、建章立制情况", None),
        ("制定《检测报告审核签发制度》", [4]), ("制定《委托检测收费管理办法》", [5]), ("制定《试剂耗材采购管理规定》", [6]),
        ("修订《公务用车管理规定》", [7]), ("制定《危险化学品管理制度》", [10]), ("五、下一步工作", None)],
    "p09": [  # items in other words and another order; rules again in 三、
        ("一、整改工作推进情况", None), ("二、问题整改落实情况", None),
        ("（一）群众办证“多跑腿”的问题", [1]), ("（二）预约号被倒卖的问题", [2]), ("（三）审批核查缺位的问题", [4]),
        ("（四）证件积压待发的问题", [3]), ("（五）与旅行社吃请的问题", [5]), ("（六）照相服务价格偏高的问题", [6]),
        ("（七）境外人员住宿登记核查的问题", [7]), ("（八）辅警越权操作的问题", [9]), ("（九）档案散乱的问题", [10]),
        ("（十）组织生活质量不高的问题", [8]), ("三、建章立制情况", None),
        ("一是制定《窗口预约号源管理规定》", [2]), ("二是制定《出入境证件审批核查工作规范》", [4]),
        ("三是制定《辅警岗位职责和权限管理细则》", [9]), ("四是修订《业务档案管理办法》", [10]),
        ("四、下一步工作", None)],
    "p10": [  # the unit's own areas 在…上下功夫; a pasted paragraph; a general 举一反三 risk check
        ("一、整改工作组织情况", None), ("二、主要整改措施和成效", None), ("（一）在规范鉴定程序上下功夫", None),
        ("一是清理超期案件", [1]), ("二是更新专家库", [2]), ("三是规范现场鉴定", [3]),
        ("（二）在优化服务上下功夫", None), ("一是统一办事指南", [4]), ("二是清理减免事项", [6]),
        ("（三）在正风肃纪上下功夫", None), ("一是追回重复领取的劳务费", [5]), ("二是严肃处理“打招呼”问题", [7]),
        ("三是加强廉政教育", [9]), ("（四）在夯实党建基础上下功夫", [8]), ("三、举一反三", "G"), ("四、下一步工作", None)],
}
ANNEX = {"p02": "附件：巡察反馈问题整改台账", "p05": "序号｜问题（简称）"}  # sections after this marker are ledger rows
CN = "一二三四五六七八九十"


def cn(n):
    return CN[n - 1] if n <= 10 else "十" + CN[n - 11]


def cn_int(s):
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + CN.index(s[1]) + 1
    return CN.index(s) + 1


def refs_p01(sec):
    return {int(x) for x in re.findall(r"反馈问题第(\d+)项", sec)}


def refs_p04(sec):
    out = set()
    for grp in re.findall(r"反馈第([一二三四五六七八九、]+)个问题", sec):
        out |= {cn_int(x) for x in grp.split("、")}
    return out


def refs_p05(sec):
    return {cn_int(x) for x in re.findall(r"反馈问题第(十|[一二三四五六七八九])项", sec)}


def refs_p08(sec):
    out = set()
    for area, grp in re.findall(r"第([一二三])方面第([一二三四、]+)个问题", sec):
        out |= {(0, 3, 7)[cn_int(area) - 1] + cn_int(x) for x in grp.split("、")}
    return out


REFS = {"p01": refs_p01, "p04": refs_p04, "p05": refs_p05, "p08": refs_p08}   # reports citing problems by number
CITED_UNANSWERED = {"p04": [8]}   # cited in a heading, answered nowhere

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
    lines = [re.sub(r"[ \t\u3000]+", " ", l).strip() for l in body.split("\n")]
    return "\n".join(l for l in lines if l), "html/" + enc


def docx_xml(path):
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml").decode("utf-8")


def docx_text(path):
    xml = docx_xml(path)
    paras = ["".join(re.findall(r"(?s)<w:t[^>]*>(.*?)</w:t>", p)) for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", xml)]
    feats = [f for f, tag in (("tbl", "<w:tbl>"), ("bold-runs", "<w:b/>"), ("numPr", "<w:numPr>")) if tag in xml]
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
    i = t.index(a) + len(a)
    return t[i:t.index(b, i)]


def inline(seg, n_expected):
    """Split 一是…；二是…… into its items; returns the item texts."""
    parts = re.split(r"(?:^|[；;，,：:。]\s*)((?:十[一二三]?|[一二三四五六七八九])是)", seg)
    items = [(parts[i], parts[i + 1]) for i in range(1, len(parts) - 1, 2)]
    assert [m for m, _ in items] == [cn(k) + "是" for k in range(1, len(items) + 1)], [m for m, _ in items]
    assert len(items) == n_expected, f"{len(items)} inline items, expected {n_expected}"
    return [m + t for m, t in items]


def problems(name, t, path):
    """The feedback's problems, split by its own structure."""
    if name == "p01":
        seg = between(t, "二、巡察发现的主要问题", "三、整改意见")
        got = re.findall(r"^(\d+)．(.+)$", seg, re.M)
        assert [int(k) for k, _ in got] == list(range(1, len(got) + 1))
        return [x for _, x in got]
    if name == "p02":
        out = []
        for head, n in (("（一）贯彻落实上级决策部署和履行主责主业方面", 4), ("（二）落实全面从严治党责任方面", 3),
                        ("（三）党的建设和企业内部管理方面", 3)):
            para = between(t, head + "\n", "\n")
            out += inline(para.rstrip("。"), n)
        return out
    if name == "p03":
        out = []
        for lead, n in (("（一）在贯彻落实文化强省决策部署方面。", 4), ("（二）在落实全面从严治党责任方面。", 4),
                        ("（三）在领导班子和干部队伍建设方面。", 3)):
            para = [l for l in t.split("\n") if l.startswith(lead)][0]
            out += inline(para[len(lead):].rstrip("。"), n)
        return out
    if name == "p04":
        seg = between(t, "现将巡察发现的问题反馈如下。", "巡察组要求")
        got = re.findall(r"^(十|[一二三四五六七八九])、(.+)$", seg, re.M)
        assert [c for c, _ in got] == [cn(k) for k in range(1, len(got) + 1)]
        return [x for _, x in got]
    if name == "p05":
        got = re.findall(r"^第(十|[一二三四五六七八九])，(.+)$", t, re.M)
        assert [c for c, _ in got] == [cn(k) for k in range(1, len(got) + 1)]
        return [x for _, x in got]
    if name == "p06":
        seg = between(t, "一、履行港口行政管理职责方面", "四、整改要求")
        got = re.findall(r"^（(十|[一二三四五六七八九])）(.+)$", seg, re.M)
        assert [c for c, _ in got] == [cn(k) for k in range(1, len(got) + 1)]
        return [x for _, x in got]
    if name == "p07":
        seg = between(t, "一、巡察发现的问题", "二、整改要求")
        got = re.findall(r"^(\d+)．(.+)\n(.+)$", seg, re.M)
        assert [int(k) for k, _, _ in got] == list(range(1, len(got) + 1))
        return [h + "。" + d for _, h, d in got]
    if name == "p08":
        out = []
        for lead, n in (("从贯彻落实上级决策部署看，", 3), ("从全面从严治党看，", 4), ("从党的建设和队伍建设看，", 4)):
            para = [l for l in t.split("\n") if l.startswith(lead)][0]
            out += inline(para[len(lead):].rstrip("。"), n)
        return out
    if name == "p09":
        raw = decode_bytes(os.path.relpath(path, root), open(path, "rb").read())[0]
        ol = re.findall(r"(?s)<ol>(.*?)</ol>", raw)
        assert len(ol) == 1, "p09: expected one <ol>"
        items = [html.unescape(re.sub(r"<[^>]+>", "", x)).strip() for x in re.findall(r"(?s)<li>(.*?)</li>", ol[0])]
        assert all(x in t for x in items)
        return items
    if name == "p10":
        xml = docx_xml(path)
        paras = re.findall(r"(?s)<w:p[ >].*?</w:p>", xml)
        probs = ["".join(re.findall(r"(?s)<w:t[^>]*>(.*?)</w:t>", p)) for p in paras if '<w:numId w:val="1"/>' in p]
        assert not re.search(r"^\s*\d+[．.]", "\n".join(probs), re.M), "p10: numbers must not be in the text"
        return probs
    raise KeyError(name)


def sections(name, text):
    """[(marker, holds, start, end)] for the report's declared sections."""
    out, pos = [], []
    for marker, holds in ANSWERED_AT[name]:
        c = text.count(marker)
        if c != 1:
            fails.append(f"{name}: ANSWERED_AT marker occurs {c} times: {marker}")
            return None
        pos.append(text.index(marker))
    if pos != sorted(pos):
        fails.append(f"{name}: ANSWERED_AT markers are not in document order")
        return None
    for k, (marker, holds) in enumerate(ANSWERED_AT[name]):
        end = pos[k + 1] if k + 1 < len(pos) else len(text)
        out.append((marker, holds, pos[k], end))
    return out


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good = {}, {}, []
features = {}
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
        fails.append(f"{name}: every dev123 pair is mode 'pair' with exactly one feedback.*")
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
            probs = problems(name, ftext, fb[0])
            if len(probs) != n:
                fails.append(f"{name}: feedback structure gives {len(probs)} problems, gold says {n}")
            elif not 8 <= n <= 12:
                fails.append(f"{name}: {n} problems, outside 8-12")
        except Exception as e:
            fails.append(f"{name}: feedback problems could not be split by its structure: {e!r}")
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

    # ---- THEME: the declared places of every problem, and the gold's links against them ----
    secs = sections(name, text)
    if secs is not None:
        answered = {int(k) for k, v in g["answered"].items() if v}
        declared = {}
        for marker, holds, a, b in secs:
            if isinstance(holds, list):
                for p in holds:
                    declared.setdefault(p, []).append(marker)
        if set(declared) != answered:
            fails.append(f"{name}: problems declared in ANSWERED_AT {sorted(declared)} != gold answered {sorted(answered)}")

        def sec_of(pos):
            return next(s for s in secs if s[2] <= pos < s[3]) if pos >= secs[0][2] else (None, None, 0, 0)
        hit = set()
        for l in g.get("links", []):
            if text.count(l["measure"]) != 1:
                continue
            marker, holds, _, _ = sec_of(text.index(l["measure"]))
            if not isinstance(holds, list):
                fails.append(f"{name}: link for problem {l['issue']} lies in a {'general' if holds == 'G' else 'boundary'} section ({marker}): {l['measure']}")
            elif l["issue"] not in holds:
                fails.append(f"{name}: link for problem {l['issue']} lies in section '{marker}', declared for {holds}")
            else:
                hit.add((l["issue"], marker))
        for p, markers in declared.items():
            for m in markers:
                if (p, m) not in hit:
                    fails.append(f"{name}: problem {p} is declared answered at '{m}' but no gold link lies there")
        if name in REFS:
            cited_all, cited_at = set(), {}
            for marker, holds, a, b in secs:
                if not isinstance(holds, list):
                    continue
                cited = REFS[name](text[a:b])
                cited_all |= cited
                for p in cited:
                    cited_at.setdefault(p, []).append(marker)
                stray = cited - set(holds) - set(CITED_UNANSWERED.get(name, []))
                if stray:
                    fails.append(f"{name}: section '{marker}' cites {sorted(cited)} but is declared for {holds}")
            for p in declared:
                if not set(cited_at.get(p, [])) & set(declared[p]):
                    fails.append(f"{name}: problem {p} is never cited by number where it is answered")
            for k in CITED_UNANSWERED.get(name, []):
                if k not in cited_all or g["answered"][str(k)]:
                    fails.append(f"{name}: problem {k} should be cited in a heading and unanswered")
        # derived theme features
        ann = ANNEX.get(name)
        ann_pos = text.index(ann) if ann else None
        first = []
        for marker, holds, a, b in secs:
            if isinstance(holds, list) and (ann_pos is None or a < ann_pos):
                first += [p for p in holds if p not in first]
        ft = []
        if any(isinstance(h, list) and len(h) > 1 for _, h, _, _ in secs):
            ft.append("merged")
        if any(len(v) > 1 for v in declared.values()):
            ft.append("split")
        if first != sorted(first):
            ft.append("order")
        if name in REFS:
            ft.append("bynum")
        if ann:
            ft.append("annex")
        if any(h == "G" for _, h, _, _ in secs):
            ft.append("general")
        features[name] = ft

    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {g['mode']}, {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}; {', '.join(encs)}; theme {'+'.join(features.get(name, []))}; "
          f"score.py on empty output {last}")
os.unlink(empty.name)
for k in sorted(KINDS):
    if not planted.get(k):
        fails.append(f"kind {k} is never planted (must_flag)")
    if not countered.get(k):
        fails.append(f"kind {k} has no counter-case (must_not_flag)")
if not 1 <= len(good) <= 2:
    fails.append(f"expected one or two pairs without must_flag (good reports), found {good}")
for ft in ("merged", "split", "order", "bynum", "annex", "general"):
    have = [p for p, v in features.items() if ft in v]
    if len(have) < 2:
        fails.append(f"theme feature {ft} occurs in {have}, expected at least two pairs")


def form(ok, what):
    if not ok:
        fails.append(what)


def txt(rel):
    return visible(os.path.join(root, rel))[0]


# ---- per-pair form checks ----
DISCLOSE = re.compile(r"向社会公开|门户网站|网站公开|信息公开网|予以公布|主动公开|接受社会监督|社会各界")
SANCTION = re.compile(r"诫勉|批评教育|警告|书面检查|检讨|作了检查|作检查|提醒谈话|免去|立案|调离|调整\S{0,4}岗位|处分|扣减")
try:
    # p01: three status headings; every item cites its number; four 对应反馈问题第N项 in 五、
    _t = txt("p01/report.txt")
    form(all(h in _t for h in ("二、立行立改问题整改情况", "三、限期整改问题整改情况", "四、长期坚持问题整改情况"))
         and len(re.findall(r"^（[一二三四]）关于.+（反馈问题第\d+项）$", _t, re.M)) == 10
         and len(re.findall(r"对应反馈问题第\d+项", between(_t, "五、建章立制情况", "六、"))) == 4 and "2025年7月15日" in _t,
         "p01/report.txt: expected status headings, ten by-number items and four keyed rules")
    # p02: department headings; the 清掏 item holds nobody; no word on 有限空间/持证 anywhere; a 9-row ledger table
    _x = docx_xml(os.path.join(root, "p02", "report.docx"))
    _t = txt("p02/report.docx")
    _item5 = between(_t, "3．清掏业务未经比选的问题", "（二）生产运行部")
    form("<w:tbl>" in _x and _x.count("<w:tr>") == 10 and not SANCTION.search(_item5) and "作了说明" in _item5
         and not re.search(r"有限空间|持证|安全生产教育|安全培训", _t) and "视排查进度确定" in _t,
         "p02/report.docx: expected a 9-row ledger, no sanction in the 清掏 item, nothing on safety training")
    # p03: four leader headings; the 人才 item has no figure; no 布展 rule in 四、
    _t = txt("p03/report.txt")
    _ten = between(_t, "3．文物修复人才断档的问题", "（四）纪委书记")
    _five = between(_t, "3．文创商店续签合同的问题", "（二）副馆长")
    form(len(re.findall(r"^（[一二三四]）.+牵头整改的问题$", _t, re.M)) == 4 and not re.search(r"\d", _ten.split("（")[0])
         and "布展" not in between(_t, "四、建章立制情况", "五、") and not SANCTION.search(_five),
         "p03/report.txt: expected leader headings, a figure-less 人才 item, no 布展 rule, no sanction on 文创")
    # p04: the heading cites 八 but 粪污 is nowhere; no disclosure of the rectification
    _t = txt("p04/report.txt")
    form("反馈第六、八、九个问题" in _t and not re.search(r"粪|防渗|气味", _t) and not DISCLOSE.search(_t)
         and "加强党员发展和教育管理，积极发展党员" in _t,
         "p04/report.txt: expected the cited-but-unanswered #8, no disclosure, the copied #7")
    _f = txt("p04/feedback.txt")
    form("整改情况要向全体社员公开" in _f, "p04/feedback.txt: expected the disclosure requirement")
    # p05: no leading group / first responsible person; the pasted paragraph twice; all-done vs ongoing
    _t = txt("p05/report.txt")
    _p = "建立后勤服务质量月度考评制度，每月邀请学生代表参与考评，考评结果与科室和个人绩效挂钩。"
    _rows = [l.split("｜") for l in _t.split("\n") if l.count("｜") == 5]
    form("整改工作领导小组" not in _t and "第一责任人" not in _t and "书记" not in _t and _t.count(_p) == 2
         and "已全部整改完成" in _t and "正在进行" in _t and "暑期施工" in _t and len(_rows) == 11
         and all(r[5] == "已完成" for r in _rows[1:]), "p05/report.txt: expected weak leadership, the paste twice, all-done vs ongoing")
    # p06: late 通报 without 领导小组 / 第一责任人 / 局长; （五）三是 has no 责任领导
    _t = txt("p06/report.html")
    _three = _t[_t.index("三是加强执法队伍建设"):_t.index("三、举一反三")]
    form("2025-01-15" in _t and "领导小组" not in _t and "第一责任人" not in _t and not re.search(r"(?<!副)局长", _t)
         and "责任领导" not in _three and "完成时限" in _three and "索引号" in _t,
         "p06/report.html: expected a late public 通报 without leadership and an owner-less （五）三是")
    # p07: DOCX, bold headings, 个性/共性 split, good report
    _x = docx_xml(os.path.join(root, "p07", "report.docx"))
    _t = txt("p07/report.docx")
    form("<w:b/>" in _x and "二、个性问题整改情况" in _t and "三、共性问题整改情况" in _t and "第一责任人" in _t,
         "p07/report.docx: expected bold 个性/共性 headings")
    # p08: CRLF; （七） undated; nothing on 应急 演练
    _t = txt("p08/report.txt")
    _seven = between(_t, "（七）针对第三方面第二个问题", "（八）")
    form("完成时限" not in _seven and "责任人" in _seven and not re.search(r"演练|应急检测", _t)
         and between(_t, "三、反馈问题整改落实情况", "四、").count("完成时限") == 7, "p08/report.txt: expected an undated （七） and nothing on 应急演练")
    # p09: GB18030 HTML <ol>; report claims all done while two items continue; （五） holds nobody
    _t = txt("p09/report.txt")
    _five = between(_t, "（五）与旅行社吃请的问题", "（六）")
    form("已全部整改完毕" in _t and "正在实施" in _t and "期满后" in _t and not SANCTION.search(_five)
         and "2025年2月18日" in _t, "p09/report.txt: expected the all-done claim, two continuing items, no sanction in （五）")
    # p10: Word automatic numbering in the feedback; report: no 档案, no disclosure, the paste twice, no 减免 rule
    _z = zipfile.ZipFile(os.path.join(root, "p10", "feedback.docx"))
    form("word/numbering.xml" in _z.namelist(), "p10/feedback.docx: expected numbering.xml")
    _t = txt("p10/report.txt")
    _p = "每月开展一次以案促改警示教育，组织党员干部观看警示教育片，开展廉政谈话，筑牢拒腐防变思想防线。"
    _six = between(_t, "二是清理减免事项", "（三）")
    form("档案" not in _t and not DISCLOSE.search(_t) and _t.count(_p) == 2 and not re.search(r"办法|制度|规定", _six),
         "p10/report.txt: expected no 档案, no disclosure, the paste twice, no 减免 rule")
except Exception as e:
    fails.append(f"form checks crashed: {e!r}")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
print("theme features: " + "; ".join(f"{ft} ({', '.join(p for p, v in sorted(features.items()) if ft in v)})"
                                     for ft in ("merged", "split", "order", "bynum", "annex", "general")))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
