#!/usr/bin/env python3
"""Check the dev112 pairs (p01-p10, pair ids d112-01 … d112-10); adapted from corpus/dev108/check.py.
General checks (as dev108): every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where
declared, a GB18030 file must not be valid UTF-8; HTML: the same, and its <meta charset> must name the declared
encoding; DOCX: word/document.xml paragraph text, table cells included), lengths (feedback 800-3000, report 1500-5000
non-whitespace characters of visible text), every `links` substring occurs exactly once in the report's visible text,
each gold.json is consistent (only the dev-pairs keys; known kinds; null issue for document-level kinds; ranges;
answered vs unanswered-issue; links only on answered problems; every answered problem has a link; mode "pair" with one
feedback; no duplicate (kind, issue); every entry has a why; no stray files), every gap kind is planted (must_flag) in
at least one pair and has a counter-case (must_not_flag) somewhere, one or two pairs have no must_flag (good reports),
late-report follows the declared dates (more than three calendar months = late), and every gold file runs through
/work/shared/dev-pairs/score.py against an empty analyze JSON.
Problem counts: each feedback is split by its own structure and the count must equal the gold's `issues` (8-12).
THEME checks (ACCOUNTABILITY — WHO MUST ANSWER FOR WHAT): every problem is declared (a) misconduct — ACTS (told only by
what was done), EUPHEMISM (“变通”, 打擦边球, “绕道”) or LABELLED (违规, 违反 …) —, (b) DERELICTION (a failure that caused
loss or harm: 损失, 多拨, 受伤, 事故, 火灾, 通报 …) or (c) ORDINARY (everything else). The wording of each problem must fit
its declared kind. Every (a)/(b) problem has exactly one no-accountability judgement in its gold, and it follows the
report: must_not_flag exactly when SANCTIONED names a sanction for it (a substring that occurs once in the report and
carries a sanction word), must_flag otherwise, and then the report text that answers it (UNSANCTIONED span) carries no
sanction word. (c) problems are never flagged no-accountability, at least two per pair carry a must_not_flag for it.
Where sanctions sit (PLACE) is checked for the section and table pairs, and the set must use all fifteen sanction words
of the brief. Pair-specific form checks follow at the end. Usage: python3 check.py [dev112-dir]. Exit 1 on failure;
prints OK last."""
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
    "p07/report.txt": ("utf-16-le-bom", "crlf"),
    "p09/feedback.html": ("gb18030", "lf"),
    "p09/report.txt": ("utf-8", "crlf"),
    "p10/feedback.txt": ("gb18030", "lf"),
}
HTML = {"p02/feedback.html", "p02/report.html", "p09/feedback.html"}
DOCX = {"p03/feedback.docx", "p03/report.docx", "p08/feedback.docx"}
LENGTHS = {"feedback": (800, 3000), "report": (1500, 5000)}
# feedback date, report date (both must appear in the documents); more than three calendar months apart = late
DATES = {"p01": ("2025-04-15", "2025-07-03"), "p02": ("2025-03-11", "2025-05-30"), "p03": ("2024-12-10", "2025-03-06"),
         "p04": ("2024-10-22", "2025-02-18"), "p05": ("2025-05-20", "2025-08-14"), "p06": ("2025-02-18", "2025-05-09"),
         "p07": ("2024-11-26", "2025-02-20"), "p08": ("2025-06-10", "2025-08-29"), "p09": ("2025-01-07", "2025-03-31"),
         "p10": ("2024-09-24", "2025-01-16")}

# ---- theme declarations: the kind of every problem ----
ACTS = {"p01": [4, 6], "p02": [2, 5], "p03": [3, 4], "p04": [2, 3], "p05": [2, 3, 10], "p06": [3, 4],
        "p07": [5, 6], "p08": [2, 3], "p09": [3, 5], "p10": [4, 5, 8]}
EUPHEMISM = {"p01": [3], "p02": [3], "p03": [5], "p04": [4], "p05": [4], "p06": [5], "p07": [4], "p08": [4],
             "p09": [4], "p10": [6]}
LABELLED = {"p01": [5], "p02": [6], "p03": [6], "p04": [5], "p05": [5], "p06": [6], "p07": [7], "p08": [5],
            "p09": [6], "p10": [7]}
DERELICTION = {"p01": [2, 8], "p02": [4, 10], "p03": [2], "p04": [6], "p05": [6], "p06": [2, 7], "p07": [2],
               "p08": [6, 10], "p09": [2], "p10": [2, 3]}
# the sanction the report gives each (a)/(b) problem (absent = nobody is held to account for it)
SANCTIONED = {
    "p01": {2: "给予分管安全生产的副场长喻海澄政务警告处分", 3: "对计量收费班班长禚晓峰调整岗位",
            4: "2名当班组长在全场职工大会上作检讨", 5: "对经办的办公室主任阚秀云进行提醒谈话",
            6: "县纪委监委已对其立案审查", 8: "对生产科科长郗文远通报批评"},
    "p02": {2: "对收费窗口负责人进行提醒谈话", 3: "对3名相关人员作出组织处理", 5: "该副主任调整分管工作",
            6: "对时任主任给予诫勉", 10: "扣发负责合同管理的办公室主任2024年度绩效奖励"},
    "p03": {2: "审核股2名工作人员谈话提醒", 3: "调离验收岗位", 5: "原中心主任荀某问题线索已移交县纪委监委",
            6: "局党组给予组织者原副主任党内警告处分"},
    "p04": {2: "对审批报销的办公室主任鄂永春扣发2024年度绩效奖励", 3: "对负责学时登记的教务处主任麴晓岚责令作出书面检查",
            4: "对分管培训的副校长冼明远给予诫勉", 5: "3人均被取消2024年度评优资格"},
    "p05": {3: "5名相关职工在站务会上作检讨", 4: "专管员郄晓川通报批评，扣发3个月绩效", 5: "局党组对站长笪怀远进行诫勉",
            10: "组织聚餐的副站长厍文静责令作出书面检查"},
    "p06": {2: "给予负责验收的验收组组长祁永祥政务记过处分", 3: "对负责信息录入的2名工作人员谈话提醒",
            4: "对该副主任沃成蹊调整分工", 5: "局党组对中心主任钭怀安给予诫勉", 6: "扣发当月绩效，并在全局通报批评"},
    "p07": {2: "航标班班长柏春生扣发2024年度绩效奖励", 4: "县纪委监委已对时任分管疏浚工作的副站长立案审查",
            5: "对4名巡查员进行谈话提醒", 6: "局党组对其进行诫勉", 7: "局党组给予参加宴请的2名班子成员党内警告处分"},
    "p08": {2: "责令2人作出书面检查", 3: "取消其2024年度评优资格", 4: "该中队长被免去中队长职务", 5: "对2名民警通报批评",
            6: "对训练组织者教导员仇立新进行诫勉", 10: "给予分管副大队长温景和政务记过处分"},
    "p09": {3: "负责收费的工作人员已调整岗位", 5: "中心主任邹怀瑜在局党组会议上作了检讨", 6: "对审批发放的副主任甘霖泽进行提醒谈话"},
    "p10": {k: "共对9名相关人员进行了处理，其中党内警告1人" for k in (2, 4, 5, 6, 7, 8)},
}
# the report text answering each unsanctioned (a)/(b) problem: (start marker, end marker); it must hold no sanction word
UNSANCTIONED = {
    "p02": {4: ("（四）关于游泳馆", "（五）关于")},
    "p03": {4: ("（四）关于中心职工亲属", "（五）关于")},
    "p04": {6: ("（二）信息技术应用能力提升工程的问题", "四、把党建")},
    "p05": {2: ("\n2｜", "\n3｜"), 6: ("\n6｜", "\n7｜")},
    "p06": {7: ("问题7：", "问题8：")},
    "p09": {2: ("（二）针对反馈的第2个问题", "（三）针对"), 4: ("（四）针对反馈的第4个问题", "（五）针对")},
    "p10": {3: ("（三）\n", "（四）\n")},
}
# where the sanctions sit: pairs whose sanctions are all after a section heading or a table header
# (start of the per-problem answers, the heading after which all sanctions sit); the span between holds no sanction word
PLACE = {"p01": ("二、反馈问题整改落实情况", "三、追责问责情况"), "p03": ("二、反馈问题整改情况", "问责情况"),
         "p07": ("一、在落实上级决策部署方面", "四、执纪问责情况"), "p10": ("二、反馈问题整改情况", "三、追责问责情况")}
PLACE_NOTE = {"p01": "separate section", "p02": "in the item; once by number of people only", "p03": "table column",
              "p04": "in the item (first person)", "p05": "ledger field 处理情况", "p06": "in the item",
              "p07": "separate section", "p08": "in the item", "p09": "in the item",
              "p10": "separate section, by number of people only"}
BRIEF_WORDS = ("谈话提醒", "提醒谈话", "书面检查", "检讨", "调整岗位", "调离", "扣发", "评优", "通报批评", "诫勉", "党内警告",
               "政务记过", "立案审查", "移交县纪委监委", "组织处理")
LABEL_WORDS = ("违规", "违反", "违纪", "违法", "私自", "擅自", "套取", "虚报", "冒领", "侵占", "挪用", "优亲厚友",
               "弄虚作假", "公款吃喝", "贪污", "截留", "造假")
EUPH = re.compile(r"“变通”|变通|打擦边球|“绕道”|绕道")
HARM = re.compile(r"损失|多拨|错拨|多支付|受伤|致伤|事故|火灾|搁浅|住院|通报|处罚")
SANCTION = re.compile(r"谈话提醒|提醒谈话|书面检查|检讨|调整岗位|调整分工|调整分管|调离|扣发|取消.{0,8}评优|通报批评|诫勉|"
                      r"警告|记过|立案审查|移交县纪委监委|组织处理|免去|处分|批评教育|作出处理|进行了处理")
DISCLOSE = re.compile(r"门户网站|向社会公开|接受.{0,8}监督|监督电话|联系电话|予以公布|主动公开")
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
    m = re.search(r'charset=["\']?([\w-]+)', text[:800], re.I)
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


def problems(name, t):
    """The feedback's problems, split by its own structure."""
    if name == "p01":
        got = re.findall(r"^(\d+)．(.+)$", between(t, "一、巡察发现的主要问题", "二、整改意见"), re.M)
        assert [int(k) for k, _ in got] == list(range(1, len(got) + 1))
        return [x for _, x in got]
    if name == "p02":
        para = [l for l in t.split("\n") if "巡察也发现了一些问题：" in l][0]
        return inline(para.split("巡察也发现了一些问题：", 1)[1].rstrip("。"), 10)
    if name == "p03":
        seg = between(t, "一、贯彻落实上级决策部署方面", "四、整改要求")
        got = re.findall(r"^[1-4]．.+$", seg, re.M)
        assert len(re.findall(r"^1．", seg, re.M)) == 3, "p03: expected numbering to restart in three areas"
        return got
    if name == "p04":
        got = re.findall(r"^第([一二三四五六七八九十])，(.+)$", t, re.M)
        assert [c for c, _ in got] == [cn(k) for k in range(1, len(got) + 1)]
        return [x for _, x in got]
    if name == "p05":
        got = re.findall(r"^问题(\d+)：(.+)\n具体表现：(.+)$", t, re.M)
        assert [int(k) for k, _, _ in got] == list(range(1, len(got) + 1))
        return [h + "。" + d for _, h, d in got]
    if name == "p06":
        seg = between(t, "一、主要问题", "二、整改要求")
        got = re.findall(r"^（(十[一二]?|[一二三四五六七八九])）(.+)$", seg, re.M)
        assert [c for c, _ in got] == [cn(k) for k in range(1, len(got) + 1)]
        return [x for _, x in got]
    if name == "p07":
        out = []
        for lead, n in (("从落实上级决策部署看，", 3), ("从全面从严治党看，", 4), ("从班子和队伍建设看，", 3)):
            para = [l for l in t.split("\n") if l.startswith(lead)][0]
            out += inline(para[len(lead):].rstrip("。"), n)
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
        seg = between(t, "一、贯彻落实上级决策部署方面", "四、整改要求")
        got = re.findall(r"^(\d+)．(\S+)\n(.+)$", seg, re.M)
        assert [int(k) for k, _, _ in got] == list(range(1, len(got) + 1))
        return [h + "。" + d for _, h, d in got]
    raise KeyError(name)


def three_months_after(d):
    y, m = d.year, d.month + 3
    if m > 12:
        y, m = y + 1, m - 12
    return datetime.date(y, m, min(d.day, 28 if m == 2 else 30 if m in (4, 6, 9, 11) else 31))


def cn_date(iso):
    d = datetime.date.fromisoformat(iso)
    return f"{d.year}年{d.month}月{d.day}日"


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good = {}, {}, []
kind_count = {"acts": 0, "euphemism": 0, "labelled": 0, "dereliction": 0, "ordinary": 0}
acc_count = {"flag": 0, "not": 0, "ordinary-not": 0}
words_used = set()
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
        fails.append(f"{name}: every dev112 pair is mode 'pair' with exactly one feedback.*")
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
    # dates and lateness
    fdate, rdate = DATES[name]
    _fd = datetime.date.fromisoformat(fdate)
    if ftext is not None and not any(x in ftext for x in (cn_date(fdate), fdate, f"{_fd.month}月{_fd.day}日")):
        fails.append(f"{name}: feedback date {fdate} not in the feedback")
    if cn_date(rdate) not in text:
        fails.append(f"{name}: report date {rdate} not in the report")
    late = datetime.date.fromisoformat(rdate) > three_months_after(datetime.date.fromisoformat(fdate))
    lr = [lst for lst in ("must_flag", "must_not_flag") for f in g[lst] if f["kind"] == "late-report"]
    if lr != (["must_flag"] if late else ["must_not_flag"]):
        fails.append(f"{name}: late-report gold {lr} does not follow the dates (late={late})")
    # problem count against the feedback's own structure, and the theme's wording rules
    mis = set(ACTS[name] + EUPHEMISM[name] + LABELLED[name] + DERELICTION[name])
    declared = ACTS[name] + EUPHEMISM[name] + LABELLED[name] + DERELICTION[name]
    if len(declared) != len(mis):
        fails.append(f"{name}: a problem is declared in two theme kinds")
    if ftext is not None:
        try:
            probs = problems(name, ftext)
            if len(probs) != n:
                fails.append(f"{name}: feedback structure gives {len(probs)} problems, gold says {n}")
            elif not 8 <= n <= 12:
                fails.append(f"{name}: {n} problems, outside 8-12")
            else:
                for k, p in enumerate(probs, 1):
                    lab = [w for w in LABEL_WORDS if w in p]
                    eu, harm = EUPH.search(p), HARM.search(p)
                    if k in ACTS[name]:
                        kind_count["acts"] += 1
                        if lab or eu:
                            fails.append(f"{name}: ACTS problem {k} carries a label or euphemism: {p[:30]}")
                    elif k in EUPHEMISM[name]:
                        kind_count["euphemism"] += 1
                        if lab or not eu:
                            fails.append(f"{name}: EUPHEMISM problem {k} needs a euphemism and no label: {p[:30]}")
                    elif k in LABELLED[name]:
                        kind_count["labelled"] += 1
                        if not lab:
                            fails.append(f"{name}: LABELLED problem {k} carries no usual label: {p[:30]}")
                    elif k in DERELICTION[name]:
                        kind_count["dereliction"] += 1
                        if lab or eu or not harm:
                            fails.append(f"{name}: DERELICTION problem {k} needs a loss/harm word and no label: {p[:30]}")
                    else:
                        kind_count["ordinary"] += 1
                        if lab or eu or harm:
                            fails.append(f"{name}: ORDINARY problem {k} carries a label, euphemism or harm word: {p[:30]}")
        except Exception as e:
            fails.append(f"{name}: feedback problems could not be split by its structure: {e!r}")
    # the theme's gold rules: one no-accountability judgement per (a)/(b) problem, following the report
    accs = [(f["issue"], lst) for lst in ("must_flag", "must_not_flag") for f in g[lst] if f["kind"] == "no-accountability"]
    acc = dict(accs)
    sanc = SANCTIONED.get(name, {})
    for k in sorted(mis):
        if [i for i, _ in accs].count(k) != 1:
            fails.append(f"{name}: misconduct/dereliction problem {k} needs exactly one no-accountability judgement")
            continue
        want = "must_not_flag" if k in sanc else "must_flag"
        if acc[k] != want:
            fails.append(f"{name}: problem {k} no-accountability is {acc[k]}, but the report {'sanctions' if k in sanc else 'holds nobody'}")
        acc_count["not" if k in sanc else "flag"] += 1
        if k in sanc:
            s = sanc[k]
            if text.count(s) != 1 or not SANCTION.search(s):
                fails.append(f"{name}: sanction text for problem {k} must occur once and carry a sanction word: {s}")
            words_used.update(w for w in BRIEF_WORDS if w in s)
        else:
            try:
                a, b = UNSANCTIONED[name][k]
                span = between(text, a, b)
                if SANCTION.search(span):
                    fails.append(f"{name}: the answer to unsanctioned problem {k} carries a sanction word: {SANCTION.search(span).group()}")
            except Exception as e:
                fails.append(f"{name}: no UNSANCTIONED span for problem {k}: {e!r}")
    for k in sanc:
        if k not in mis:
            fails.append(f"{name}: SANCTIONED names problem {k}, which is not (a)/(b)")
    ordinary_not = [k for k, lst in acc.items() if k not in mis and lst == "must_not_flag"]
    acc_count["ordinary-not"] += len(ordinary_not)
    for k, lst in acc.items():
        if k not in mis and lst == "must_flag":
            fails.append(f"{name}: ordinary failing {k} is flagged no-accountability")
    if len(ordinary_not) < 2:
        fails.append(f"{name}: fewer than two ordinary failings carry a no-accountability must_not_flag")
    if name in PLACE:
        start, head = PLACE[name]
        i0 = text.index(start)
        cut = text.index(head, i0)
        if SANCTION.search(text[i0:cut]):
            fails.append(f"{name}: a sanction word in the answers before {head}: {SANCTION.search(text[i0:cut]).group()}")
        for k, s in sanc.items():
            if text.find(s) < cut:
                fails.append(f"{name}: sanction for problem {k} is not after {head}")
    # general gold consistency
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
    days = (datetime.date.fromisoformat(rdate) - datetime.date.fromisoformat(fdate)).days
    print(f"{name}: {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}; {', '.join(encs)}; {days} days{' LATE' if late else ''}; "
          f"sanctions: {PLACE_NOTE[name]}; score.py on empty output {last}")
os.unlink(empty.name)
for k in sorted(KINDS):
    if not planted.get(k):
        fails.append(f"kind {k} is never planted (must_flag)")
    if not countered.get(k):
        fails.append(f"kind {k} has no counter-case (must_not_flag)")
if not 1 <= len(good) <= 2:
    fails.append(f"expected one or two pairs without must_flag (good reports), found {good}")
missing_words = [w for w in BRIEF_WORDS if w not in words_used]
if missing_words:
    fails.append(f"sanction words of the brief not used in any report: {missing_words}")


def form(ok, what):
    if not ok:
        fails.append(what)


def txt(rel):
    return visible(os.path.join(root, rel))[0]


def docx_xml(rel):
    return zipfile.ZipFile(os.path.join(root, rel)).read("word/document.xml").decode("utf-8")


# ---- per-pair form checks ----
try:
    # p01: ten 关于“…”的问题 items with five fields, no sanction in the items, 9 people in 三、
    _t = txt("p01/report.txt")
    _items = between(_t, "二、反馈问题整改落实情况", "三、追责问责情况")
    form(len(re.findall(r"^（[一二三四五六七八九十]）关于“", _items, re.M)) == 10
         and all(len(re.findall(f"^{f}：", _items, re.M)) == 10 for f in ("整改措施", "责任领导", "责任科室", "整改时限", "整改成效"))
         and "以上共涉及9人" in _t, "p01/report.txt: expected ten five-field items and 9 people in 三、")
    # p02: HTML news page with chrome, requirements and a 表态; public HTML 通报 with 索引号, ten items, a slogan-only （七）
    _t = txt("p02/feedback.html")
    form("当前位置" in _t and "网站标识码" in _t and "一要提高政治站位" in _t and "反馈意见，一是" in _t and "已按规定移交" in _t,
         "p02/feedback.html: expected page chrome, 一要… requirements, a 移交 sentence and a 表态 一是…")
    _t = txt("p02/report.html")
    _seven = between(_t, "（七）关于", "（八）关于")
    form("索引号" in _t and "主动公开" in _t and len(re.findall(r"^（[一二三四五六七八九十]+）关于", _t, re.M)) == 10
         and "共对7名相关人员进行了处理" in _t and not re.search(r"\d|《", _seven.split("（责任领导")[0]),
         "p02/report.html: expected a public 通报 with ten items and a slogan-only （七）")
    # p03: DOCX feedback bold with restarting numbers; DOCX report prose + 8-column table, row 4 “—”, row 9 中心/各股室
    form("<w:b/>" in docx_xml("p03/feedback.docx"), "p03/feedback.docx: expected bold headings")
    _x, _t = docx_xml("p03/report.docx"), txt("p03/report.docx")
    _rows = _t[_t.index("问责情况") + len("问责情况"):].strip().split("\n")
    form("<w:tbl>" in _x and "<w:b/>" in _x and len(_rows) == 80 and _rows[3 * 8 + 7] == "—"
         and _rows[8 * 8 + 3] == "中心" and _rows[8 * 8 + 4] == "各股室" and "比对" not in _t,
         "p03/report.docx: expected an 8-column table (row 4 “—”, row 9 中心/各股室) and no 比对 mechanism")
    # p04: speech 第一，…第九，, 究其原因, 一要…三要 (CRLF); first-person GB18030 report, nothing on trainers, （二） of 四、 copied
    _t = txt("p04/feedback.txt")
    form(all(f"{c}要" in _t for c in "一二三") and "究其原因" in _t and "三个月内" in _t,
         "p04/feedback.txt: expected 究其原因, 一要…三要 and the three-month limit")
    _t = txt("p04/report.txt")
    _copied = between(_t, "（二）内部管理制度不健全的问题。", "（责任人")
    form(_t.count("我") >= 8 and "师资" not in _t and "专职培训" not in _t and "《" not in _copied
         and "一事一议、随意性较大" in _copied, "p04/report.txt: expected a first-person report, no answer on trainers, a copied （二）")
    # p05: 问题清单 in UTF-16; ledger of 11 rows × 8 fields, rows 2 and 6 end in “—”, ordinary rows 不涉及, nothing published
    _t = txt("p05/report.txt")
    _rows = [l.split("｜") for l in _t.split("\n") if "｜" in l]
    form(len(_rows) == 12 and all(len(r) == 8 for r in _rows) and _rows[2][7] == "—" and _rows[6][7] == "—"
         and all(_rows[k][7] == "不涉及" for k in (1, 7, 8, 9, 11)) and not DISCLOSE.search(_t) and "《" not in _rows[9][2],
         "p05/report.txt: expected an 8-field ledger, rows 2 and 6 “—”, no disclosure, a copied row 9")
    # p06: 问题N：/整改情况： ×11; the all-done claim beside open items; the pasted paragraph twice
    _t = txt("p06/report.txt")
    _paste = "组织全体党员干部认真学习相关规定，对照问题深挖根源，举一反三、建章立制，切实把整改成效转化为推动农村人居环境整治工作高质量发展的实际成效"
    form(len(re.findall(r"^问题\d+：", _t, re.M)) == 11 and len(re.findall(r"^整改情况：", _t, re.M)) == 11
         and "已全部整改到位" in _t and "正在分期追回" in _t and "目前正在招聘" in _t and _t.count(_paste) == 2,
         "p06/report.txt: expected 11 items, the all-done claim beside open items, the pasted paragraph twice")
    # p07: speech with three 从…看 paragraphs; report with no 领导小组/第一责任人, nothing on 应急, no disclosure, one item undated
    _t = txt("p07/report.txt")
    form("领导小组" not in _t and "第一责任人" not in _t and "应急" not in _t and "演练" not in _t and not DISCLOSE.search(_t)
         and _t.count("完成时限") == 8 and "（牵头：副站长闵清和）\n" in _t and len(re.findall(r"^[1-5]．", between(_t, "四、执纪问责情况", "五、"), re.M)) == 5,
         "p07/report.txt: expected no 领导小组, no answer on 应急预案, no disclosure, one undated item, five 执纪问责 lines")
    # p08: DOCX table feedback (header + 10 rows); good report: ten items, each with 责任领导/责任民警/完成时限
    form(docx_xml("p08/feedback.docx").count("<w:tr>") == 11, "p08/feedback.docx: expected a Word table of header + 10 rows")
    _t = txt("p08/report.txt")
    form(len(re.findall(r"^（[一二三四五六七八九十]）关于", _t, re.M)) == 10 and _t.count("（责任领导：") == 10
         and _t.count("责任民警：") == 10 and _t.count("完成时限：") == 10, "p08/report.txt: expected ten fully bracketed items")
    # p09: GB18030 HTML news page; report by number, item 8 undated, item 4 slogans only
    _t = txt("p09/feedback.html")
    form("您现在的位置" in _t and "网站标识码" in _t, "p09/feedback.html: expected page chrome")
    _t = txt("p09/report.txt")
    _four = between(_t, "（四）针对反馈的第4个问题", "（责任领导")
    form(len(re.findall(r"^（[一二三四五六七八九]）针对反馈的第\d个问题$", _t, re.M)) == 9 and _t.count("完成时限") == 8
         and "完成时限" not in between(_t, "（八）针对", "（九）针对") and not re.search(r"\d|《", _four)
         and "警示教育" in between(_t, "（二）针对", "（三）针对"),
         "p09/report.txt: expected nine by-number items, （八） undated, （四） slogans only, 警示教育 under （二）")
    # p10: GB18030 feedback with 1．–12． heading lines; 通报: all-done claim vs open items, 三、 lists 2,4,5,6,7,8 not 3
    _t = txt("p10/report.txt")
    _acc = between(_t, "三、追责问责情况", "四、下一步工作")
    form("已全部整改完成" in _t and "正在实施" in _t and "目前正在招聘" in _t and "第2、4、5、6、7、8个问题" in _acc
         and len(re.findall(r"^反馈问题：", _t, re.M)) == 12 and _t.count("责任人：各收储中心") == 1
         and "1人、政务记过1人、诫勉2人、通报批评2人、提醒谈话3人" in _acc,
         "p10/report.txt: expected the all-done claim beside open items and a 追责问责 line naming 2,4,5,6,7,8 (1+1+2+2+3=9)")
except Exception as e:
    fails.append(f"form checks crashed: {e!r}")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
print("theme: problems by kind " + ", ".join(f"{k} {v}" for k, v in kind_count.items())
      + f"; (a)/(b) no-accountability must_flag {acc_count['flag']}, must_not_flag {acc_count['not']}; "
      f"ordinary must_not_flag {acc_count['ordinary-not']}; sanction words used {len(words_used)}/{len(BRIEF_WORDS)}")
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
