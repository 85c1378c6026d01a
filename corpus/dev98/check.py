#!/usr/bin/env python3
"""Check the dev98 pairs (p01-p10, pair ids d98-01 … d98-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030/GBK file
must not be valid UTF-8; HTML: decoded with its declared encoding, <meta charset> must agree, visible text = tags, scripts
and styles removed, entities unescaped; DOCX: word/document.xml paragraph text, table cells included), every `links`
substring occurs exactly once in the report's visible text, each gold.json is consistent (only the dev-pairs keys;
known kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue; links only on answered problems;
every answered problem has at least one link; every pair mode "pair" with one feedback; no duplicate (kind, issue);
every entry has a why; no stray files), every gap kind is planted (must_flag) in at least one pair and has at least one
counter-case (must_not_flag) in the set, one or two pairs have no must_flag (good reports), and every gold file runs
through /work/shared/dev-pairs/score.py against an empty analyze JSON {"issues":[],"measures":[],"gaps":[]}.
New here: the problem count of each gold is recounted from the feedback's own structure (COUNT below); the feedback and
report dates are found in the documents and late-report is must_flag exactly when the report is dated more than three
calendar months after the feedback (must_not_flag otherwise); feedbacks have 700-3200 and reports 500-5000
non-whitespace characters (two plainly weak reports are short). Pair-specific form checks follow at the end.
Usage: python3 check.py [dev98-dir]. Exit 1 on failure."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text and HTML files (every other .txt: UTF-8, LF); DOCX files listed apart
DECLARED = {
    "p01/report.html": ("utf-8", "lf"),
    "p02/feedback.txt": ("gb18030", "lf"),
    "p02/report.txt": ("utf-16-le-bom", "crlf"),
    "p03/report.txt": ("utf-8", "crlf"),
    "p04/feedback.html": ("gbk", "crlf"),
    "p05/feedback.txt": ("gb18030", "lf"),
    "p06/report.txt": ("gb18030", "crlf"),
    "p07/feedback.txt": ("utf-8", "crlf"),
    "p08/feedback.txt": ("utf-16-le-bom", "lf"),
    "p09/report.txt": ("gb18030", "lf"),
}
DOCX = {"p03/feedback.docx", "p04/report.docx", "p08/report.docx"}
LENGTHS = {"feedback": (700, 3200), "report": (500, 5000)}
# (feedback date, report date) as written in the documents
DATES = {
    "p01": ("2025年3月18日", "2025年6月10日"), "p02": ("2024年11月6日", "2025年1月24日"),
    "p03": ("2025年4月22日", "2025年7月15日"), "p04": ("2024年9月12日", "2024年12月5日"),
    "p05": ("2025年2月20日", "2025年5月16日"), "p06": ("2024年10月9日", "2025年1月27日"),
    "p07": ("2025年5月27日", "2025年8月22日"), "p08": ("2024年12月17日", "2025年3月14日"),
    "p09": ("2025年1月14日", "2025年4月30日"), "p10": ("2025年6月24日", "2025年9月19日"),
}
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
fails = []


def decode_bytes(rel, raw):
    enc, eol = DECLARED.get(rel, ("utf-8", "lf"))
    if enc == "utf-16-le-bom":
        assert raw.startswith(b"\xff\xfe"), "no UTF-16 LE BOM"
        text = raw[2:].decode("utf-16-le")
    elif enc in ("gb18030", "gbk"):
        try:
            raw.decode("utf-8")
            raise AssertionError(f"declared {enc} but is valid UTF-8")
        except UnicodeDecodeError:
            pass
        text = raw.decode(enc)
    else:
        assert not raw.startswith((b"\xef\xbb\xbf", b"\xff\xfe")), "unexpected BOM"
        text = raw.decode("utf-8")
    n_crlf, n_lf = text.count("\r\n"), text.count("\n")
    if eol == "crlf":
        assert n_crlf == n_lf and n_lf > 0, f"declared CRLF but {n_crlf} CRLF of {n_lf} LF"
    else:
        assert "\r" not in text, "unexpected CR"
    return text.replace("\r\n", "\n"), enc + ("+crlf" if eol == "crlf" else "")


BLOCK = r"</?(?:p|div|tr|td|th|li|ul|ol|h[1-6]|table|br|title)\b[^>]*>"


def html_visible(text):
    m = re.search(r'charset="?([\w-]+)', text)
    body = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", "\n", text)
    body = re.sub(r"(?s)<!--.*?-->", "", body)
    body = re.sub(r"(?i)" + BLOCK, "\n", body)
    body = re.sub(r"<[^>]+>", "", body)
    body = html.unescape(body)
    lines = [re.sub(r"[ \t\u3000]+$", "", l.strip(" \t")) for l in body.split("\n")]
    return "\n".join(l for l in lines if l.strip()), (m.group(1).lower() if m else None)


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
    text, enc = decode_bytes(rel, open(f, "rb").read())
    if ext == "html":
        vis, meta = html_visible(text)
        assert meta and meta.replace("-", "") == DECLARED[rel][0].replace("-", ""), f"meta charset {meta} vs declared"
        return vis, enc + "+html"
    return text, enc


def nchars(t):
    return len(re.sub(r"\s", "", t))


def cn_date(s):
    y, m, d = map(int, re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", s).groups())
    return datetime.date(y, m, d)


def plus_three_months(d):
    y, m = (d.year, d.month + 3) if d.month <= 9 else (d.year + 1, d.month - 9)
    return datetime.date(y, m, min(d.day, [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]))


def between(t, a, b=None):
    i = t.index(a)
    return t[i:t.index(b, i)] if b else t[i:]


# ---- the problem count of each feedback, recounted from its own structure ----
COUNT = {
    # continuous 1．–9． between 一、巡察发现的主要问题 and 二、整改意见
    "p01": lambda t: len(re.findall(r"^[1-9]．", between(t, "一、巡察发现的主要问题", "二、整改意见"), re.M)),
    # paragraphs 一是…七是 at line start
    "p02": lambda t: len(re.findall(r"^[一二三四五六七八九]是", t, re.M)),
    # bold （一）–（八） heading paragraphs before 二、整改意见
    "p03": lambda t: len(re.findall(r"^（[一二三四五六七八九]）", between(t, "一、巡察发现的主要问题", "二、整改意见"), re.M)),
    # inline 一是… inside the 主要表现在： sentence only (the 表态 一是…三是 is not counted)
    "p04": lambda t: len(re.findall(r"[；：][一二三四五六七八九]是", between(t, "主要表现在：", "\n"))),
    # three areas, numbering restarting at 1． in each
    "p05": lambda t: len(re.findall(r"^\d．", between(t, "一、在贯彻", "巡察中发现的有关问题线索"), re.M)),
    # continuous （一）–（七） under three areas, before 整改要求
    "p06": lambda t: len(re.findall(r"^（[一二三四五六七八九]）", between(t, "一、政治建设方面", "整改要求"), re.M)),
    # （一）–（七） heading。detail, before the inline 整改意见
    "p07": lambda t: len(re.findall(r"^（[一二三四五六七八九]）", between(t, "巡察也发现了一些问题", "针对上述问题"), re.M)),
    # continuous 1．–8． heading lines under three areas, before 四、整改建议
    "p08": lambda t: len(re.findall(r"^[1-9]．", between(t, "一、党的领导方面", "四、整改建议"), re.M)),
    # three 从…看 paragraphs with restarting inline 一是…
    "p09": lambda t: sum(len(re.findall(r"[，；][一二三四五]是", p)) for p in re.findall(r"^从[^，]+看，.*$", t, re.M)),
    # 一、…八、 heading。detail before 整改要求
    "p10": lambda t: len(re.findall(r"^[一二三四五六七八九十]、", between(t, "巡察发现的主要问题如下", "整改要求"), re.M)),
}

total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good, late = {}, {}, [], []
empty = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump({"issues": [], "measures": [], "gaps": []}, empty)
empty.close()
for rel in list(DECLARED) + sorted(DOCX):
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
    if len(rp) != 1 or len(fb) != 1 or g["mode"] != "pair":
        fails.append(f"{name}: every dev98 pair is mode 'pair' with exactly one feedback.* and one report.*")
        continue
    encs = []
    try:
        ftext, fenc = visible(fb[0])
        encs.append(f"feedback.{fb[0].rsplit('.', 1)[1]}={fenc} ({nchars(ftext)} chars)")
        lo, hi = LENGTHS["feedback"]
        if not lo <= nchars(ftext) <= hi:
            fails.append(f"{name}: feedback has {nchars(ftext)} characters, outside {lo}-{hi}")
    except Exception as e:
        fails.append(f"{name}: {fb[0]} does not decode as declared: {e}")
        continue
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
    try:
        counted = COUNT[name](ftext)
    except Exception as e:
        counted = f"error {e}"
    if counted != n:
        fails.append(f"{name}: gold says {n} problems, the feedback's own structure gives {counted}")
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
    # dates and late-report
    fd, rd = DATES[name]
    if fd not in ftext:
        fails.append(f"{name}: feedback date {fd} not in the feedback")
    if rd not in text:
        fails.append(f"{name}: report date {rd} not in the report")
    days = (cn_date(rd) - cn_date(fd)).days
    is_late = cn_date(rd) > plus_three_months(cn_date(fd))
    if is_late:
        late.append(f"{name} ({days} days)")
    if (("late-report", None) in {(f["kind"], f["issue"]) for f in g["must_flag"]}) != is_late:
        fails.append(f"{name}: late-report must_flag disagrees with the dates ({days} days)")
    if not is_late and ("late-report", None) not in {(f["kind"], f["issue"]) for f in g["must_not_flag"]}:
        fails.append(f"{name}: on-time report ({days} days) should carry late-report in must_not_flag")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {n} issues (recounted {counted}), must_flag {len(g['must_flag'])}, must_not_flag "
          f"{len(g['must_not_flag'])}, links {len(g.get('links', []))}; {', '.join(encs)}; {days} days; "
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
DISCLOSE = re.compile(r"向社会公开|向社会通报|公开栏|公示栏|监督电话|联系电话|门户网站|网站公开|全文公开|予以公布|主动公开|网站和")
PASTE2 = "中心党支部组织全体党员干部认真学习上级有关文件精神，深刻反思，举一反三，对照问题建立整改台账，实行销号管理，切实做到问题不解决不放过、整改不到位不销号。"
PASTE6 = "中心组织全体干部职工认真学习上级有关文件精神，严格落实各项工作制度，加强日常监督检查，坚决杜绝类似问题再次发生。"
# p01: four （N）…方面 areas; HTML 通报 with 索引号/主动公开, own areas 聚焦…, (四)'s bracket without 完成时限, merged （一）
_t = txt("p01/feedback.txt")
form(len(re.findall(r"^（[一二三四]）[^\n]*方面$", _t, re.M)) == 4, "p01/feedback.txt: expected four （N）…方面 areas")
_t = txt("p01/report.html")
_b4 = between(_t, "（四）聚焦巡察审计整改", "三、下一步工作打算")
form("索引号" in _t and "主动公开" in _t and len(re.findall(r"^（[一二三四]）聚焦", _t, re.M)) == 4
     and "完成时限" not in _b4 and "将两项问题合并研究" in _t and "制度" not in _b4 and "相关链接" in _t,
     "p01/report.html: expected a public page with 索引号, four 聚焦 areas, （四） without 完成时限 or rule, a merged （一）")
# p02: speech with 一要…三要 and 三个月内; report by number in the unit's own three 部分, the paste twice, all-done claim
_t = txt("p02/feedback.txt")
form(all(f"{c}要" in _t for c in "一二三") and "三个月内" in _t and "时任中心主任" in _t, "p02/feedback.txt: expected 一要…三要, 三个月内, 时任中心主任")
_t = txt("p02/report.txt")
form(all(s in _t for s in ("（一）关于第一部分第1、2个问题", "（二）关于第二部分第3个问题", "（三）关于第二部分第4、5个问题",
                           "（四）关于第三部分的两个问题", "已全部整改到位", "正在催缴", "待所在乡镇配齐"))
     and _t.count(PASTE2) == 2 and "时任" not in _t, "p02/report.txt: expected by-number items, the paste twice, the all-done claim, nothing on the then 主任")
# p03: DOCX bold headings; report in three own lines with a bracket per item, no numbers of problems
_x = zipfile.ZipFile(os.path.join(root, "p03", "feedback.docx")).read("word/document.xml").decode("utf-8")
form(_x.count("<w:b/>") >= 10, "p03/feedback.docx: expected bold heading runs")
_t = txt("p03/report.txt")
form(len(re.findall(r"^（[一二三]）围绕", _t, re.M)) == 3 and len(re.findall(r"^（责任领导：", _t, re.M)) == 8
     and not re.search(r"第[一二三四五六七八1-8]个?问题|问题[一二三四五六七八1-8]", _t),
     "p03/report.txt: expected three 围绕 lines, eight brackets, no problem numbers")
# p04: GBK HTML news page with chrome; DOCX report with a table of 8 rows, 所领导班子, the all-done claim vs 推进中
_t = txt("p04/feedback.html")
form("上一篇" in _t and "打印本页" in _t and "八是" not in _t and "蒯文澜表示" in _t, "p04/feedback.html: expected page chrome and 一是…七是")
_x = zipfile.ZipFile(os.path.join(root, "p04", "report.docx")).read("word/document.xml").decode("utf-8")
_t = txt("p04/report.docx")
form(_x.count("<w:tr>") == 9 and "所领导班子" in _t and "已全部整改完成" in _t and "推进中" in _t
     and "基地管理员" not in _t and "第二项、第四项" in _t and _t.count("第三项：试验基地私下出租") == 2,
     "p04/report.docx: expected a 9-row table, a merged row, a split problem, 所领导班子, the all-done claim, nothing on the 基地管理员")
# p05: restarting numbering; report with own themes, no problem numbers, #7 only a clause, no disclosure
_t = txt("p05/feedback.txt")
form(len(re.findall(r"^1．", _t, re.M)) == 3 and len(re.findall(r"^[一二三]、在", _t, re.M)) == 3, "p05/feedback.txt: expected three areas restarting at 1．")
_t = txt("p05/report.txt")
form(not DISCLOSE.search(_t) and "公开" not in _t and not re.search(r"第[一二三四五六七八九十\d]+个?问题|第[一二三]部分", _t)
     and "同时，进一步加强资产管理" in _t and not re.search(r"库存|码洋|报废", _t) and "中间人" in _t
     and not re.search(r"推广费[^。]*(追回|退回|诫勉|批评|处分)", _t),
     "p05/report.txt: expected no disclosure, no problem numbers, a clause for #7, nothing recovered on 推广费")
# p06: continuous （一）–（七）; short weak report with the paste twice, nothing on 志愿, no 领导小组
_t = txt("p06/report.txt")
form(_t.count(PASTE6) == 2 and "志愿" not in _t and "领导小组" not in _t and "第一责任人" not in _t and "公示栏" in _t,
     "p06/report.txt: expected the paste twice, no 志愿, no 领导小组/第一责任人, the 公示栏")
# p07: report with two merged items, a separate 建章立制 section of three rules, none on funds or subsidies
_t = txt("p07/report.txt")
_rules = re.findall(r"《[^》]+》", between(_t, "三、建章立制情况"))
form("（一）关于“作业点弹药库建设不达标”和“弹药管理存在漏洞”的问题" in _t and "（二）关于作业人员管理和作业点值守不规范的问题" in _t
     and len(re.findall(r"^（[一二三四五]）关于", _t, re.M)) == 5 and len(_rules) == 3
     and not any(re.search(r"经费|补贴|资金", r) for r in _rules) and "1.5万" not in _t,
     "p07/report.txt: expected five 关于 items (two merged), three rules none on funds, nothing on the 1.5万")
# p08: UTF-16 feedback with three areas + 1．–8． heading lines; DOCX report with bold own areas and a 责任分工 part
_t = txt("p08/feedback.txt")
form(len(re.findall(r"^[一二三]、[^\n]*方面$", _t, re.M)) == 3 and len(re.findall(r"^[1-8]．\S+$", _t, re.M)) == 8,
     "p08/feedback.txt: expected three areas and eight 1．–8． heading lines")
_t = txt("p08/report.docx")
form(len(re.findall(r"^（[一二三]）在[^\n]*方面$", _t, re.M)) == 3 and "三、责任分工" in _t and "责任领导" not in _t,
     "p08/report.docx: expected three bold own areas, owners only in 三、责任分工")
# p09: 从…看 paragraphs; first-person report with nothing on staffing, nothing on the cadre of #5
_t = txt("p09/report.txt")
form(_t.count("我") >= 10 and not re.search(r"专业|招聘|人才|引进", _t) and not re.search(r"中介|个别干部", _t),
     "p09/report.txt: expected a first-person report, silent on staffing and on the cadre who helped the agency")
# p10: ｜ ledger of 7 rows × 7 fields, row 3 owner 全体职工, row 1 undated, no disclosure, no 领导小组
_t = txt("p10/report.txt")
_rows = [l.split("｜") for l in _t.split("\n") if "｜" in l]
form(len(_rows) == 8 and all(len(r) == 7 for r in _rows) and _rows[3][4] == "全体职工" and not re.search(r"\d", _rows[1][5])
     and not DISCLOSE.search(_t) and "公开" not in _t and "领导小组" not in _t and "第一责任人" not in _t,
     "p10/report.txt: expected a 7-field ledger of 7 rows, row 3 owned by 全体职工, row 1 undated, no disclosure, no lead")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good) + "; late reports: " + ", ".join(late))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
