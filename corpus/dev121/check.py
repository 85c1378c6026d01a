#!/usr/bin/env python3
"""Check the dev121 pairs (p01-p10, FROZEN HELD-OUT); adapted from corpus/dev108/check.py.
General checks: every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a
GB18030 file must not be valid UTF-8; HTML: the same, and its <meta charset> must name the declared encoding; DOCX:
word/document.xml paragraph text, table cells included), lengths (feedback 800-3000, report 1500-5000 non-space
characters), every `links` substring occurs exactly once in the report's visible text, each gold.json is consistent (only
the dev-pairs keys; known kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue; links only on
answered problems; every answered problem has a link; mode "pair" with one feedback; no duplicate (kind, issue); every
entry has a why; no stray files), every gap kind is planted (must_flag) somewhere and has a counter-case (must_not_flag),
one or two pairs have no must_flag (good reports), dates (late-report is in must_flag exactly when the report is dated
more than three calendar months after the feedback), and every gold runs through /work/shared/dev-pairs/score.py.
Problem counts: each feedback is split by its own structure (restarting 1．, inline 一是… per area, 1、, an inline 一是…十是
sentence, （一）…（十一）, restarting 1., Word automatic numbering, an HTML <ol>, 一是… paragraphs, 1．–12．) and must equal
the gold's `issues`.
Theme checks (THEME below): every problem is declared (a) misconduct someone must answer for, or (b) an ordinary failing of
work or system, with the sanction text the report gives it (None = none). (a) with a sanction -> must_not_flag
no-accountability, the sanction text is in the report and reads as a sanction; (a) without -> must_flag no-accountability
and the report's answer to it (ANSWER_SEG) carries no sanction word, nor does a separate accountability section name it;
(b) -> never must_flag no-accountability, at least two per pair carry a must_not_flag for it; (a) problems are told without
the labelling words of discipline law. Where the sanctions sit (PLACE) is checked per pair at the end.
Usage: python3 check.py [dev121-dir]. Exit 1 on failure; prints OK last."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
DECLARED = {  # every other .txt/.html: UTF-8, LF
    "p02/feedback.txt": ("utf-8", "crlf"),
    "p02/report.txt": ("gb18030", "lf"),
    "p03/feedback.txt": ("gb18030", "crlf"),
    "p05/feedback.txt": ("utf-16-le-bom", "lf"),
    "p06/report.txt": ("utf-16-le-bom", "lf"),
    "p07/report.txt": ("utf-8", "crlf"),
    "p08/feedback.html": ("gb18030", "lf"),
    "p08/report.txt": ("gb18030", "lf"),
    "p10/feedback.txt": ("utf-8", "crlf"),
}
HTML = {"p04/feedback.html", "p04/report.html", "p08/feedback.html"}
DOCX = {"p01/feedback.docx", "p01/report.docx", "p07/feedback.docx", "p09/report.docx"}
LENGTHS = {"feedback": (800, 3000), "report": (1500, 5000)}
# feedback date, report date, and a date string each document must show
DATES = {
    "p01": ("2025-03-11", "2025-06-03", "2025年3月11日", "2025年6月3日"),
    "p02": ("2024-10-15", "2025-01-09", "2024年10月15日", "2025年1月9日"),
    "p03": ("2024-08-20", "2024-12-16", "2024年8月20日", "2024年12月16日"),
    "p04": ("2025-04-08", "2025-06-27", "4月8日", "2025年6月27日"),
    "p05": ("2025-05-13", "2025-08-05", "2025年5月13日", "2025年8月5日"),
    "p06": ("2025-01-21", "2025-04-17", "2025年1月21日", "2025年4月17日"),
    "p07": ("2024-06-18", "2024-10-10", "2024年6月18日", "2024年10月10日"),
    "p08": ("2025-02-18", "2025-05-14", "2月18日", "2025年5月14日"),
    "p09": ("2025-07-08", "2025-09-26", "2025年7月8日", "2025年9月26日"),
    "p10": ("2024-11-26", "2025-02-20", "2024年11月26日", "2025年2月20日"),
}
# THEME: per problem ("a", sanction text in the report or None) or ("b", None)
A, Bf = "a", ("b", None)
THEME = {
    "p01": {1: Bf, 2: Bf, 3: (A, "对畜牧组组长隗长春进行批评教育"), 4: (A, "对分管采购的副场长邴立川进行约谈"),
            5: (A, "扣发综合办公室主任仉小雯2025年第一季度绩效奖励"), 6: (A, "县农业农村局党组对副场长郄明远进行诫勉谈话"),
            7: Bf, 8: Bf, 9: Bf, 10: (A, "县纪委监委给予其党内警告处分")},
    "p02": {1: Bf, 2: Bf, 3: Bf, 4: (A, "扣发其2024年第四季度绩效奖励"), 5: (A, "借用公物的2名职工分别作出书面检查"),
            6: (A, "对分管财务的副站长宓春华进行提醒谈话"), 7: (A, None), 8: (A, "对综合科科长莘立群进行批评教育"),
            9: Bf, 10: Bf, 11: Bf},
    "p03": {1: (A, "俞长福在9月份党员大会上作了检讨"), 2: Bf, 3: Bf,
            4: (A, "镇纪委给予负责制作工资表的村报账员毋伟杰党内警告处分"), 5: (A, None), 6: (A, "村监委会主任作出书面检查"),
            7: Bf, 8: Bf, 9: Bf, 10: Bf},
    "p04": {1: Bf, 2: (A, "对补填查验登记的2名值班人员进行批评教育"), 3: Bf, 4: (A, "收费员调离收费岗位"), 5: (A, None),
            6: (A, "扣发负责职工食堂的办公室主任2025年第一季度绩效"), 7: (A, "中心主任綦广才在支部专题组织生活会上作了检查"),
            8: Bf, 9: Bf, 10: Bf},
    "p05": {1: Bf, 2: (A, "2名检查员批评教育；站长卢启明作出书面检查"), 3: (A, None),
            4: (A, "分管副站长管天佑由镇纪委进行诫勉谈话"), 5: (A, "镇党委对副站长覃晓东进行约谈，扣发其2025年第二季度绩效"),
            6: (A, None), 7: Bf, 8: Bf, 9: Bf, 10: Bf, 11: Bf},
    "p06": {1: Bf, 2: (A, "我对负责采购的药剂科科长潘一鸣进行了约谈，并将其调整到门诊药房工作"), 3: Bf,
            4: (A, "我对收费组组长进行了批评教育"), 5: (A, "局党委对我进行了提醒谈话"), 6: (A, "局党委给予护士长甘蓉诫勉谈话"),
            7: (A, "对负责造表的办公室副主任进行了批评教育"), 8: Bf, 9: Bf, 10: Bf},
    "p07": {1: Bf, 2: (A, "县教育体育局党组对分管培训的副校长骆云开进行诫勉谈话"), 3: (A, "2名班主任作出书面检查，扣发当月绩效"),
            4: (A, "对收费的教务处干事进行提醒谈话"), 5: (A, "该问题线索已移交县纪委监委"), 6: (A, None),
            7: (A, "原总务主任已调离总务岗位"), 8: Bf, 9: Bf, 10: Bf, 11: Bf, 12: Bf},
    "p08": {1: (A, "县纪委监委给予其党内警告处分"), 2: Bf, 3: (A, None), 4: (A, "对审核付款的财务人员进行了批评教育"),
            5: (A, "扣发负责人事工作的干部当月绩效"), 6: (A, None), 7: (A, "县人社局党组对分管采购的副主任进行诫勉谈话"),
            8: Bf, 9: Bf, 10: Bf, 11: Bf},
    "p09": {1: (A, "镇纪委对原所长甄广茂进行诫勉谈话"), 2: Bf, 3: (A, "出纳调离出纳岗位；收费人员批评教育"), 4: (A, None),
            5: (A, "对审核发放的会计进行提醒谈话"), 6: Bf, 7: Bf, 8: Bf, 9: Bf, 10: (A, "原所长甄广茂作出书面检查")},
    "p10": {1: Bf, 2: Bf, 3: (A, "县林业局党组对其进行诫勉谈话"), 4: (A, "对补写现场勘验笔录的2名内勤人员进行批评教育"),
            5: (A, "资源股原股长调整工作岗位"), 6: (A, "县纪委监委给予其党内警告处分"), 7: (A, None),
            8: Bf, 9: Bf, 10: Bf, 11: Bf, 12: Bf},
}
# the report's answer to each (a) problem left without a sanction: (start, end) markers of its segment, and (section
# start, section end, words) of a separate accountability section that must not name it
ANSWER_SEG = {
    ("p02", 7): ("7．针对发放点误工补贴", "8．针对调离人员", None),
    ("p03", 5): ("5、按工资比例扣留", "6、合作社农机", None),
    ("p04", 5): ("（五）关于对场内", "（六）关于", ("三、执纪问责情况", "四、下一步工作", ("五项", "、五、", "第五", "少收", "经纪公司"))),
    ("p05", 3): ("\n3\t", "\n4\t", None),
    ("p05", 6): ("\n6\t", "\n7\t", None),
    ("p07", 6): ("（六）关于学校笔记本电脑", "（七）关于", None),
    ("p08", 3): ("三、关于租金减免随意", "四、关于", None),
    ("p08", 6): ("六、关于公务用车", "七、关于", None),
    ("p09", 4): ("（三）关于车辆和执法管理", "（四）关于", None),
    ("p10", 7): ("7．关于护林员离职后劳务费照发", "8．关于", ("三、追责问责情况", "四、建章立制情况", ("劳务费", "离职", "护林员"))),
}
SANCTION = re.compile(r"诫勉|批评教育|党内警告|政务警告|书面检查|作了检查|检讨|提醒谈话|谈话提醒|约谈|扣发|调离\S{0,4}岗位|"
                      r"调整\S{0,4}岗位|调整到|免去|立案审查|处分|移交县纪委监委|作出处理")
LABELS = ("违规", "违纪", "违反", "私自", "擅自", "套取", "虚报", "冒领", "侵占", "挪用", "优亲厚友", "弄虚作假", "贪污", "截留")
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
    body = re.sub(r"(?i)<br\s*/?>|</(p|div|li|tr|h[1-6]|ul|ol|table)>", "\n", body)
    body = re.sub(r"(?i)</td>", "\t", body)
    body = html.unescape(re.sub(r"<[^>]+>", "", body))
    lines = [re.sub(r"[ \t]+", " ", l).strip() for l in body.split("\n")]
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
    assert ext == "txt", "unexpected extension"
    return decode_bytes(rel, open(f, "rb").read())


def nchars(t):
    return len(re.sub(r"\s", "", t))


def between(t, a, b):
    i = t.index(a)
    return t[i + len(a):t.index(b, i + len(a))]


CN = "一二三四五六七八九十"


def cn(n):
    return CN[n - 1] if n <= 10 else "十" + CN[n - 11]


def inline(seg, n_expected, sep="。；"):
    """Split 一是……二是…… (each 是-marker at the start or after one of `sep`) into its items."""
    parts = re.split(r"(?:^|(?<=[" + sep + r"]))((?:十[一二三]?|[一二三四五六七八九])是)", seg)
    items = [(parts[i], parts[i + 1]) for i in range(1, len(parts) - 1, 2)]
    assert [m for m, _ in items] == [cn(k) + "是" for k in range(1, len(items) + 1)], [m for m, _ in items]
    assert len(items) == n_expected, f"{len(items)} inline items, expected {n_expected}"
    return [m + t for m, t in items]


def problems(name, t, path):
    """The feedback's problems, split by its own structure."""
    if name == "p01":
        got = re.findall(r"^([1-9])．(.+)$", between(t, "一、巡察发现的主要问题", "二、整改意见"), re.M)
        assert [int(k) for k, _ in got] == [1, 2, 1, 2, 3, 4, 5, 1, 2, 3], "p01: restarting 1．"
        return [x for _, x in got]
    if name == "p02":
        out = []
        for head, n in (("（一）落实免费药具保障职责有差距。", 3), ("（二）管钱管物不严。", 5), ("（三）党建和制度建设薄弱。", 3)):
            para = between(t, head + "\n", "\n")
            out += inline(para, n)
        return out
    if name == "p03":
        got = re.findall(r"^(\d+)、(.+)$", between(t, "一、存在的主要问题", "二、整改要求"), re.M)
        assert [int(k) for k, _ in got] == list(range(1, len(got) + 1))
        return [x for _, x in got]
    if name == "p04":
        para = [l for l in t.split("\n") if "主要是：" in l][0]
        return inline(para.split("主要是：", 1)[1].rstrip("。"), 10, sep="；")
    if name == "p05":
        got = re.findall(r"^（(十[一二]?|[一二三四五六七八九十])）(.+)$", between(t, "一、巡察发现的问题", "二、整改要求"), re.M)
        assert [c for c, _ in got] == [cn(k) for k in range(1, len(got) + 1)]
        return [x for _, x in got]
    if name == "p06":
        got = re.findall(r"^(\d+)\. (.+)$", between(t, "一、落实医疗服务保障职责方面", "整改意见："), re.M)
        assert [int(k) for k, _ in got] == [1, 2, 3, 1, 2, 3, 4, 1, 2, 3], "p06: restarting 1."
        return [x for _, x in got]
    if name == "p07":
        xml = docx_xml(path)
        paras = re.findall(r"(?s)<w:p[ >].*?</w:p>", xml)
        got = ["".join(re.findall(r"(?s)<w:t[^>]*>(.*?)</w:t>", p)) for p in paras if '<w:numId w:val="1"/>' in p]
        assert all(not re.match(r"\d", g) for g in got), "p07: numbers must come from Word numbering, not the text"
        return got
    if name == "p08":
        raw = decode_bytes("p08/feedback.html", open(path, "rb").read())[0]
        ol = re.search(r'(?s)<ol class="wtlist">(.*?)</ol>', raw).group(1)
        return [html.unescape(re.sub(r"<[^>]+>", "", x)) for x in re.findall(r"(?s)<li>(.*?)</li>", ol)]
    if name == "p09":
        got = re.findall(r"^(十|[一二三四五六七八九])是(.+)$", t, re.M)
        assert [c for c, _ in got] == [cn(k) for k in range(1, len(got) + 1)]
        return [x for _, x in got]
    if name == "p10":
        got = re.findall(r"^(\d+)．(.+)$", between(t, "一、巡察发现的主要问题", "二、整改意见"), re.M)
        assert [int(k) for k, _ in got] == list(range(1, len(got) + 1))
        return [x for _, x in got]
    raise KeyError(name)


def add_months(d, m):
    y, mo = divmod(d.month - 1 + m, 12)
    return datetime.date(d.year + y, mo + 1, min(d.day, 28 if mo + 1 == 2 else 30 if mo + 1 in (4, 6, 9, 11) else 31))


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good, late = {}, {}, [], []
empty = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump({"issues": [], "measures": [], "gaps": []}, empty)
empty.close()
for rel in list(DECLARED) + sorted(DOCX) + sorted(HTML):
    if not os.path.exists(os.path.join(root, rel)):
        fails.append(f"declared file missing: {rel}")
pairs = sorted(glob.glob(os.path.join(root, "p[0-9][0-9]")))
if len(pairs) != 10:
    fails.append(f"expected 10 pair folders, found {len(pairs)}")
REPORTS = {}
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
        fails.append(f"{name}: every dev121 pair is mode 'pair' with exactly one feedback.*")
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
        REPORTS[name] = text
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
    # problem count against the feedback's own structure; (a) problems told without labelling words
    probs = []
    if ftext is not None:
        try:
            probs = problems(name, ftext, fb[0])
            if len(probs) != n:
                fails.append(f"{name}: feedback structure gives {len(probs)} problems, gold says {n}")
            elif not 9 <= n <= 12:
                fails.append(f"{name}: {n} problems, outside 9-12")
            for k, p in enumerate(probs, 1):
                hits = [w for w in LABELS if w in p]
                if theme.get(k, Bf)[0] == A and hits:
                    fails.append(f"{name}: (a) problem {k} carries labelling words {hits}: {p[:30]}")
        except Exception as e:
            fails.append(f"{name}: feedback problems could not be split by its structure: {e!r}")
    # dates
    fd, rd, fs, rs = DATES[name]
    fdt, rdt = datetime.date.fromisoformat(fd), datetime.date.fromisoformat(rd)
    if ftext is not None and fs not in ftext:
        fails.append(f"{name}: feedback does not show its date {fs}")
    if rs not in text:
        fails.append(f"{name}: report does not show its date {rs}")
    is_late = rdt > add_months(fdt, 3)
    if is_late:
        late.append(name)
    if is_late != any(f["kind"] == "late-report" for f in g["must_flag"]):
        fails.append(f"{name}: report {(rdt - fdt).days} days after feedback; late-report must_flag disagrees")
    if not is_late and not any(f["kind"] == "late-report" for f in g["must_not_flag"]):
        fails.append(f"{name}: on-time report without a late-report must_not_flag")
    # theme: accountability judgements follow the declared (a)/(b) kinds and sanctions
    acc = {}
    for lst in ("must_flag", "must_not_flag"):
        for f in g[lst]:
            if f["kind"] == "no-accountability":
                acc[f["issue"]] = lst
    n_b_not = 0
    for k, (kind, sanction) in theme.items():
        if kind == A:
            want = "must_not_flag" if sanction else "must_flag"
            if acc.get(k) != want:
                fails.append(f"{name}: (a) problem {k} sanction {sanction!r} needs no-accountability in {want}, gold has {acc.get(k)}")
            if sanction:
                if text.count(sanction) < 1:
                    fails.append(f"{name}: declared sanction for {k} not in report: {sanction}")
                if not SANCTION.search(sanction):
                    fails.append(f"{name}: declared sanction for {k} does not read as a sanction: {sanction}")
            else:
                try:
                    a, b, sec = ANSWER_SEG[(name, k)]
                    seg = between(text, a, b)
                    if SANCTION.search(seg):
                        fails.append(f"{name}: answer to (a) problem {k} holds someone: {SANCTION.search(seg).group(0)}")
                    if sec:
                        s = between(text, sec[0], sec[1])
                        if any(w in s for w in sec[2]):
                            fails.append(f"{name}: the accountability section names problem {k}")
                except (KeyError, ValueError) as e:
                    fails.append(f"{name}: no answer segment for (a) problem {k}: {e!r}")
        else:
            if acc.get(k) == "must_flag":
                fails.append(f"{name}: (b) problem {k} is flagged no-accountability")
            if acc.get(k) == "must_not_flag":
                n_b_not += 1
    if n_b_not < 2:
        fails.append(f"{name}: only {n_b_not} (b) problems carry a no-accountability must_not_flag")
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
    na = sum(1 for v in theme.values() if v[0] == A)
    print(f"{name}: {n} issues ({na} a, {n - na} b), must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}; {(rdt - fdt).days} days; {', '.join(encs)}; score.py on empty output {last}")
os.unlink(empty.name)
for k in sorted(KINDS):
    if not planted.get(k):
        fails.append(f"kind {k} is never planted (must_flag)")
    if not countered.get(k):
        fails.append(f"kind {k} has no counter-case (must_not_flag)")
if not 1 <= len(good) <= 2:
    fails.append(f"expected one or two pairs without must_flag (good reports), found {good}")
if not 1 <= len(late) <= 2:
    fails.append(f"expected one or two late reports, found {late}")


def form(ok, what):
    if not ok:
        fails.append(what)


def txt(rel):
    return visible(os.path.join(root, rel))[0]


def phrases(name):
    return [s for k, (kind, s) in sorted(THEME[name].items()) if kind == A and s]


# ---- PLACE: where the sanctions sit, and other per-pair form checks ----
DISCLOSE = re.compile(r"门户网站|公开栏|公示栏|向社会公开|予以通报|信息公开|接受.{0,8}监督")
try:
    # p01: DOCX both; report items carry no sanction, all five sit in 三、追责问责情况 by post
    _t = REPORTS["p01"]
    _items = between(_t, "二、反馈问题整改落实情况", "三、追责问责情况")
    _acc = between(_t, "三、追责问责情况", "四、建章立制情况")
    form(len(re.findall(r"^（[一二三四五六七八九十]）关于“", _items, re.M)) == 10 and not SANCTION.search(_items)
         and all(p in _acc for p in phrases("p01")), "p01: sanctions must sit only in 三、追责问责情况")
    form("<w:b/>" in docx_xml(os.path.join(root, "p01", "feedback.docx")), "p01/feedback.docx: bold headings expected")
    # p02: speech 一要…三要 and CRLF; report sanctions inside the items; item 10 owned by the unit only
    _f = txt("p02/feedback.txt")
    form(all(f"{c}要" in _f for c in "一二三") and "移交" in _f, "p02/feedback.txt: expected 一要…三要 and a 移交 sentence")
    _t = REPORTS["p02"]
    form(all(between(_t, f"{k}．针对", f"{k + 1}．针对" if k < 11 else "三、下一步打算").count(s) == 1
             for k, (kind, s) in THEME["p02"].items() if kind == A and s), "p02: sanctions must sit inside their items")
    form("（责任单位：药具站；" in _t and _t.count("责任领导：") == 10, "p02: item 10 must be owned by the unit only")
    # p03: village report; nothing on 流动党员; the all-done claim beside an unfinished plan
    _t = REPORTS["p03"]
    form("流动党员" not in _t and "外出务工党员" not in _t and "已全部整改到位" in _t and "规划正在编制" in _t
         and "村务公开栏" in _t, "p03: expected no answer on 流动党员, the all-done claim and 村务公开栏")
    # p04: HTML news with 表态 一是…; report: one by-number sentence holds all sanctions, item （一） undated
    _f = txt("p04/feedback.html")
    form("当前位置" in _f and "表示，中心党支部诚恳接受" in _f and "一是立即召开支委会" in _f, "p04/feedback.html: chrome and 表态")
    _t = REPORTS["p04"]
    _acc = between(_t, "三、执纪问责情况", "四、下一步工作")
    _items = between(_t, "二、反馈问题整改情况", "三、执纪问责情况")
    form(_acc.startswith("\n针对反馈问题第二、四、六、七项") and all(p in _acc for p in phrases("p04"))
         and not SANCTION.search(_items) and "索引号" in _t,
         "p04: sanctions must sit in one by-number sentence, none in the items")
    form("完成时限" not in between(_t, "（一）关于", "（二）关于") and _items.count("完成时限") == 9, "p04: item （一） undated")
    form(not re.search(r"收款码|日清日结|个人账户|收费管理", between(_t, "（四）关于", "（五）关于")), "p04: item （四） has no rule")
    # p05: UTF-16 feedback; report ledger of 11 rows x 8 TAB fields, sanctions only in the last field, no disclosure
    _t = REPORTS["p05"]
    _rows = [l.split("\t") for l in _t.split("\n") if "\t" in l]
    form(len(_rows) == 12 and all(len(r) == 8 for r in _rows) and _rows[0][7] == "追责问责"
         and [r[7] for r in _rows[1:]].count("—") == 2 and _rows[3][7] == "—" and _rows[6][7] == "—"
         and all(not SANCTION.search("\t".join(r[:7])) for r in _rows[1:])
         and all(any(p == r[7] for r in _rows) for p in phrases("p05")) and not DISCLOSE.search(_t),
         "p05: expected an 8-field TAB ledger, sanctions only in its last field, rows 3 and 6 “—”, no disclosure")
    # p06: first-person report; sanctions told by 我 or about 我
    _t = REPORTS["p06"]
    form(_t.count("我") >= 20 and "第一责任人" in _t and "直接部署" in _t and sum("我" in p for p in phrases("p06")) >= 3,
         "p06: expected a first-person secretary's report with first-person sanctions")
    # p07: DOCX feedback with automatic numbering; report: the stock paragraph twice; sanctions in items
    _x = docx_xml(os.path.join(root, "p07", "feedback.docx"))
    form(_x.count('<w:numId w:val="1"/>') == 12, "p07/feedback.docx: expected 12 auto-numbered problems")
    _t = REPORTS["p07"]
    _stock = "学校党支部把这一问题纳入整改台账，由支部书记牵头，全体支委分工负责，每月对照检查一次，做到问题不解决不松手、整改不到位不销号，以整改的实际成效取信于教职工和学员。"
    form(_t.count(_stock) == 2 and len(re.findall(r"^（[一二三四五六七八九十]+）关于", _t, re.M)) == 12,
         "p07: expected 12 items and the stock paragraph twice")
    # p08: HTML <ol>; report without 领导小组 / 第一责任人 / the secretary, ten items, nothing on safety patrols
    _t = REPORTS["p08"]
    form("整改工作领导小组" not in _t and "组长" not in _t and "第一责任人" not in _t and "蒲振声" not in _t and "党支部书记" not in _t
         and "巡查" not in _t and "消防" not in _t and len(re.findall(r"^[一二三四五六七八九十]、关于", _t, re.M)) == 10,
         "p08: expected weak leadership, ten items and no answer on safety patrols")
    # p09: speech with 一是… paragraphs; DOCX report: prose without sanctions, table last column holds them, row 7 unit-owned
    _t = REPORTS["p09"]
    _prose = _t[:_t.index("附件：")]
    _cells = _t[_t.index("附件："):].split("\n")[1:]
    _rows = [_cells[i:i + 8] for i in range(0, len(_cells), 8)]
    form(not SANCTION.search(_prose) and len(_rows) == 11 and all(len(r) == 8 for r in _rows)
         and _rows[4][7] == "—" and _rows[7][3] == _rows[7][4] == "集镇管理所"
         and all(any(p == r[7] for r in _rows) for p in phrases("p09")) and not DISCLOSE.search(_t),
         "p09: expected sanction-free prose, an 8-column table with sanctions in its last column, row 4 “—”, row 7 unit-owned, no disclosure")
    form("<w:tbl>" in docx_xml(os.path.join(root, "p09", "report.docx")), "p09/report.docx: Word table expected")
    # p10: items without sanctions; 三、 holds them for #3-#6; the all-done claim; item 9 undated; item 4 without a rule
    _t = REPORTS["p10"]
    _items = between(_t, "二、具体问题整改情况", "三、追责问责情况")
    form(not SANCTION.search(_items) and all(p in between(_t, "三、追责问责情况", "四、建章立制情况") for p in phrases("p10"))
         and "已全部整改完成" in _t and "正在依法处理" in _t and _items.count("完成时限") == 11
         and "完成时限" not in between(_t, "9．关于", "10．关于")
         and not re.search(r"《[^》]*记录[^》]*》|制度|办法|规定", between(_t, "4．关于", "5．关于")),
         "p10: expected sanctions only in 三、, the all-done claim, item 9 undated, item 4 without a rule")
except Exception as e:
    fails.append(f"form checks crashed: {e!r}")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good) + "; late reports: " + ", ".join(late))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
