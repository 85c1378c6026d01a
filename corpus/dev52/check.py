#!/usr/bin/env python3
"""Check the dev52 pairs (p01-p10, pair ids d52-01 … d52-10); adapted from corpus/dev44/check.py (itself from dev24's).
General checks: every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a
GB18030 file must not be valid UTF-8; DOCX: word/document.xml paragraph text; HTML: UTF-8 page, visible text with tags
and <style> removed), every `links` substring occurs exactly once in the report's visible text, each gold.json is
consistent (only the dev-pairs keys; known kinds; null issue for document-level kinds; ranges; answered vs
unanswered-issue; links only on answered problems; every answered problem has at least one link; mode vs feedback
presence; no duplicate (kind, issue); every entry has a why; no stray files), every gap kind is planted (must_flag) in at
least one pair and has at least one counter-case (must_not_flag) in the set, one or two pairs have no must_flag (good
reports), and every gold file runs through /work/shared/dev-pairs/score.py against an empty analyze JSON
{"issues":[],"measures":[],"gaps":[]}. Each feedback must have 800-3000 and each report 1500-5000 non-whitespace
characters. Pair-specific form checks (problem counts, report forms, planted gaps, dates) follow at the end.
Usage: python3 check.py [dev52-dir]. Exit 1 on failure."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text files (every other .txt: UTF-8, LF); DOCX files are listed for the record
DECLARED = {
    "p05/report.txt": ("utf-16-le-bom", "lf"),
    "p07/report.txt": ("gb18030", "lf"),
    "p09/report.txt": ("utf-8", "crlf"),
    "p10/feedback.txt": ("gb18030", "lf"),
}
DOCX = {"p06/report.docx"}
HTML = {"p08/report.html"}
LENGTHS = {"feedback": (800, 3000), "report": (1500, 5000)}
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


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = ["".join(re.findall(r"(?s)<w:t[^>]*>(.*?)</w:t>", p)) for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", xml)]
    feats = [f for f, tag in (("tbl", "<w:tbl>"), ("bold-runs", "<w:b/>")) if tag in xml]
    return html.unescape("\n".join(p for p in paras if p.strip())), "docx[" + ",".join(feats) + "]"


def html_text(rel, raw):
    """Visible text of an HTML page (UTF-8, LF): <style>/<script> dropped, <br> and block ends made line breaks, tags
    removed, entities unescaped. The charset must be declared in the page."""
    t, enc = decode_bytes(rel, raw)
    assert re.search(r'<meta charset="utf-8">', t, re.I), "HTML without a UTF-8 charset declaration"
    t = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", "", t)
    t = re.sub(r"(?i)<br\s*/?>|</(p|div|h1|h2|tr|li|table)>", "\n", t)
    t = html.unescape(re.sub(r"<[^>]+>", "", t))
    t = "\n".join(l.strip() for l in t.split("\n") if l.strip())
    return t, "html/" + enc


def visible(f):
    rel = os.path.relpath(f, root)
    ext = f.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        assert rel in DOCX, "undeclared DOCX"
        return docx_text(f)
    if ext == "html":
        assert rel in HTML, "undeclared HTML"
        return html_text(rel, open(f, "rb").read())
    assert ext == "txt", f"unexpected extension {ext}"
    return decode_bytes(rel, open(f, "rb").read())


def nchars(t):
    return len(re.sub(r"\s", "", t))


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
        fails.append(f"{name}: every dev52 pair is mode 'pair' with exactly one feedback.*")
    encs = []
    for f in fb:
        try:
            t, e = visible(f)
            encs.append(f"feedback.{f.rsplit('.', 1)[1]}={e} ({nchars(t)} chars)")
            lo, hi = LENGTHS["feedback"]
            if not lo <= nchars(t) <= hi:
                fails.append(f"{name}: feedback has {nchars(t)} characters, outside {lo}-{hi}")
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


def form(ok, what):
    if not ok:
        fails.append(what)


def txt(rel):
    return visible(os.path.join(root, rel))[0]


# ---- dates: every feedback and report is dated; late-report gold follows the three-month rule of DOMAIN.md ----
DATES = {  # pair: (feedback date, report date) as written in the documents
    "p01": ("2025年3月20日", "2025年6月10日"), "p02": ("2024年10月16日", "2025年1月8日"),
    "p03": ("2025年2月26日", "2025年5月22日"), "p04": ("2024年12月4日", "2025年2月27日"),
    "p05": ("2025年3月18日", "2025年7月8日"), "p06": ("2025年4月16日", "2025年7月14日"),
    "p07": ("2024年8月27日", "2024年11月16日"), "p08": ("2025年5月19日", "2025年8月12日"),
    "p09": ("2024年10月29日", "2025年2月20日"), "p10": ("2025年5月20日", "2025年8月12日"),
}
FEEDBACK_DAY = {"p06": "2025年4月15日"}  # the news item is published a day after the meeting it reports


def ymd(s):
    y, m, d = map(int, re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", s).groups())
    return datetime.date(y, m, d)


def plus_three_months(d):
    m = d.month + 3
    y, m = d.year + (m - 1) // 12, (m - 1) % 12 + 1
    for day in (d.day, 30, 29, 28):
        try:
            return datetime.date(y, m, day)
        except ValueError:
            continue


def files_of(p):
    fs = sorted(os.listdir(os.path.join(root, p)))
    return [f for f in fs if f.startswith("feedback.")][0], [f for f in fs if f.startswith("report.")][0]


for p, (fd, rd) in DATES.items():
    fbn, rpn = files_of(p)
    fbt, rpt = txt(f"{p}/{fbn}"), txt(f"{p}/{rpn}")
    form(fd in fbt, f"{p}: feedback not dated {fd}")
    form(rd in rpt, f"{p}: report not dated {rd}")
    meet = FEEDBACK_DAY.get(p, fd)
    form(meet in fbt and meet in rpt, f"{p}: the feedback day {meet} must appear in both documents")
    days = (ymd(rd) - ymd(meet)).days
    late = ymd(rd) > plus_three_months(ymd(meet))
    g = json.load(open(os.path.join(root, p, "gold.json"), encoding="utf-8"))
    flagged = any(f["kind"] == "late-report" for f in g["must_flag"])
    cleared = any(f["kind"] == "late-report" for f in g["must_not_flag"])
    form(flagged == late and cleared == (not late), f"{p}: {days} days, late={late}, but gold late-report flag={flagged} not={cleared}")
    print(f"{p}: feedback {meet} → report {rd}: {days} days{' (LATE)' if late else ''}")

# ---- per-pair form checks ----
DISCLOSE = re.compile(r"向社会公开|向社会通报|党内通报|内部通报|站内通报|监督电话|公示栏|整改情况[^。]{0,20}公开|整改进展[^。]{0,20}公开")
SANCTION = re.compile(r"批评|诫勉|谈话|处分|警告|追回|退回|退赔|退还|检查|问责|追究")
RULE = re.compile(r"制度|办法|规定|规程|细则|规则|清单》")


def para(t, start):
    i = t.index(start)
    j = t.find("\n", i)
    return t[i:j if j > 0 else len(t)]


# p01: （一）（二）（三）…方面 + continuous 1．–7．; report by own four themes, never naming a problem; #6 absent; #4 unsanctioned
_t = txt("p01/feedback.txt")
form(len(re.findall(r"^[1-7]．[^。]+。", _t[:_t.index("二、整改意见")], re.M)) == 7 and len(re.findall(r"^（[一二三]）.*方面$", _t, re.M)) == 3,
     "p01/feedback.txt: expected three （N）…方面 areas with seven 1．–7． heading。detail problems")
_t = txt("p01/report.txt")
form(len(re.findall(r"^（[一二三四]）[^\n]{6,20}$", _t, re.M)) == 4 and not re.search(r"反馈意见第|问题清单|关于“|第[1-7一二三四五六七]个问题|针对.{0,20}问题", _t)
     and not re.search(r"发文|文件数量|以文件落实|会议议题|文风|会风|精文简会", _t) and not SANCTION.search(para(_t, "一是规范公务接待")),
     "p01/report.txt: expected four own theme headings, no reference to problems, nothing on 文风会风, no sanction for 接待")
# p02: speech 一是…六是 + 一要…四要; report organised by the four requirements; #1 slogan only; task 2 undated
_t = txt("p02/feedback.txt")
form(all(f"{c}是" in _t for c in "一二三四五六") and all(f"{c}要" in _t for c in "一二三四") and "三个月内" in _t,
     "p02/feedback.txt: expected 一是…六是, 一要…四要, 三个月内")
_t = txt("p02/report.txt")
_slogan = para(_t, "坚持把学习贯彻习近平总书记关于网络强国的重要思想")
form(len(re.findall(r"^[一二三四]、关于“[^”]+”要求的落实情况$", _t, re.M)) == 4 and not re.search(r"\d", _slogan)
     and "完成时限：视各单位整改进度确定" in _t and "研讨" not in _t,
     "p02/report.txt: expected four requirement headings, a digit-free slogan for #1, the undated task")
# p03: 问题清单 第1项…第7项 + 问题表现：; report 立行立改 (short labels) + 建章立制 (no labels); all-done claim vs pending
_t = txt("p03/feedback.txt")
form(len(re.findall(r"^第[1-7]项　", _t, re.M)) == 7 and len(re.findall(r"^问题表现：", _t, re.M)) == 7, "p03/feedback.txt: expected 第1项…第7项 with 问题表现：")
_t = txt("p03/report.txt")
_fund = para(_t, "（四）资金管理")
form("二、立行立改情况" in _t and "三、建章立制情况" in _t and len(re.findall(r"^（[一二三四五六七]）\S{4}。", _t, re.M)) == 7
     and "已全部整改完成" in _t and "尚在办理中" in _t and not re.search(r"\d|追回|收回|处理|批评|诫勉", _fund)
     and not re.search(r"资金", _t[_t.index("三、建章立制情况"):_t.index("四、整改成效")]),
     "p03/report.txt: expected 立行立改 with 4-char labels + 建章立制, the all-done claim, a copied #4 with nothing recovered")
# p04: areas with restarting 1．2．(3．) = 7; report four merged headings with numbered measures, 全体党员, no disclosure
_t = txt("p04/feedback.txt")
form(len(re.findall(r"^1．", _t, re.M)) == 3 and len(re.findall(r"^[1-3]．", _t, re.M)) == 7, "p04/feedback.txt: expected restarting 1．2．(3．) = 7")
_t = txt("p04/report.txt")
_fine = para(_t, "2．3起案件代收的罚没款")
form(len(re.findall(r"^（[一二三四]）关于", _t, re.M)) == 4 and len(re.findall(r"^[1-4]．", _t, re.M)) == 12
     and "责任人：全体党员" in _t and not DISCLOSE.search(_t) and not re.search(r"批评|诫勉|谈话|处分|警告", _fine),
     "p04/report.txt: expected four merged headings with 12 numbered measures, 全体党员, no disclosure, #4 unsanctioned")
# p05: areas with restarting 1．2．(3．); report by number in seven different styles, boilerplate twice, no leader, late
_t = txt("p05/feedback.txt")
form(len(re.findall(r"^1．", _t, re.M)) == 3 and len(re.findall(r"^[1-3]．", _t, re.M)) == 7 and "按1至7顺序编号" in _t,
     "p05/feedback.txt: expected restarting 1．2．(3．) and the 1–7 list note")
_t = txt("p05/report.txt")
_rep = "公司组织党员干部认真学习上级关于国有企业改革发展和党的建设的部署要求，对照问题深入查摆，举一反三，逐项建立整改台账，压实各部门责任，以钉钉子精神抓好整改落实，确保问题改彻底、改到位。"
_labels = ["（一）针对问题清单第1项", "（二）关于反馈意见（一）2", "（三）对应第三条", "（四）反馈意见（二）2所指", "（五）问题清单第5项",
           "（六）对应第六条", "（七）针对反馈意见（三）2"]
form(all(l in _t for l in _labels) and _t.count(_rep) == 2 and not re.search(r"(?<!巡察工作)领导小组|第一责任人|书记", _t),
     "p05/report.txt: expected seven by-number labels in mixed styles, the boilerplate twice, no 领导小组/第一责任人/书记")
# p06: news item with one 巡察组指出 sentence of seven ；-parts; DOCX table ledger, 4–8-char problem column, signed
_t = txt("p06/feedback.txt")
_s = _t[_t.index("但也存在一些问题："):_t.index("等问题。")]
form(_s.count("；") == 6, "p06/feedback.txt: expected one 巡察组指出 sentence with seven ；-separated problems")
_x = zipfile.ZipFile(os.path.join(root, "p06", "report.docx")).read("word/document.xml").decode("utf-8")
_rows = re.findall(r"(?s)<w:tr>.*?</w:tr>", _x)
_cells = [["".join(re.findall(r"(?s)<w:t(?: [^>]*)?>(.*?)</w:t>", c)) for c in re.findall(r"(?s)<w:tc>.*?</w:tc>", r)] for r in _rows]
_t = txt("p06/report.docx")
form(len(_cells) == 8 and all(len(r) == 6 for r in _cells) and all(4 <= len(r[1]) <= 8 for r in _cells[1:])
     and _cells[4][4] == "待审计结果出来后确定" and [r[5] for r in _cells[1:]].count("正在推进") == 3
     and "已全部整改完成" in _t and "真实性" in _t and "（签字）" in _t,
     "p06/report.docx: expected a 7-row table with 4–8-char problem names, row 4 undated, 3 rows 正在推进, the all-done claim, a signature")
# p07: 一、…六、 heading。detail; first-person report in another order, no disclosure, no rule for 廉政风险
_t = txt("p07/feedback.txt")
form(len(re.findall(r"^[一二三四五六]、[^。]+。", _t[:_t.index("整改意见")], re.M)) == 6, "p07/feedback.txt: expected 一、…六、 heading。detail")
_t = txt("p07/report.txt")
_order = ["先说监管执法偏软的问题", "廉政风险方面", "财务上的问题", "营商环境的问题", "支部建设上", "最后说警示教育"]
form(_t.count("我") >= 12 and all(_t.index(a) < _t.index(b) for a, b in zip(_order, _order[1:]))
     and not DISCLOSE.search(_t) and not RULE.search(para(_t, "廉政风险方面")),
     "p07/report.txt: expected a first-person story in the order 二三四一六五, no disclosure, no rule for 廉政风险")
# p08: areas + continuous 1．–6． heading lines; HTML public notice with header, totals and six short-label items
_t = txt("p08/feedback.txt")
form(len(re.findall(r"^[1-6]．\S+$", _t, re.M)) == 6, "p08/feedback.txt: expected six 1．–6． heading lines")
_t = txt("p08/report.html")
form("索引号：" in _t and "公开方式：主动公开" in _t and "联系电话" in _t and "总体完成率83.3%" in _t
     and len(re.findall(r"^[1-6]．\S{4,6}。", _t, re.M)) == 6, "p08/report.html: expected a public notice with header, totals, six short items")
# p09: speech 第一，…第六，; CRLF report with six reworded headings in the order 1,3,2,6,4,5, #4 a digit-free slogan, #2 unsanctioned
_t = txt("p09/feedback.txt")
form(all(f"第{c}，" in _t for c in "一二三四五六") and all(f"{c}要" in _t for c in "一二三"), "p09/feedback.txt: expected 第一，…第六，and 一要…三要")
_f = _t
_t = txt("p09/report.txt")
_heads = re.findall(r"^（[一二三四五六]）关于(.+)的问题$", _t, re.M)
_keys = ["招商", "办公用房", "公务接待", "党费", "驻外干部", "学习"]
form(len(_heads) == 6 and all(k in h for k, h in zip(_keys, _heads)) and not any(h in _f for h in _heads)
     and not re.search(r"\d", para(_t, "我处坚持严字当头")) and not SANCTION.search(_t[_t.index("（三）关于公务接待"):_t.index("（四）关于")]),
     "p09/report.txt: expected six reworded headings in the order 1,3,2,6,4,5, a slogan for #4, no sanction for 接待")
# p10: GB18030 问题清单 序号：/问题类别：/问题描述：/整改要求：; report by four working-method headings, 比如, nothing on #5
_t = txt("p10/feedback.txt")
form(all(len(re.findall(rf"^{k}", _t, re.M)) == 7 for k in ("序号：", "问题类别：", "问题描述：", "整改要求：")),
     "p10/feedback.txt: expected seven 序号/问题类别/问题描述/整改要求 blocks")
_t = txt("p10/report.txt")
_rules = _t[_t.index("（三）坚持当下改与长久立相结合"):_t.index("（四）")]
form(len(re.findall(r"^（[一二三四]）", _t, re.M)) == 4 and _t.count("比如，") >= 4 and not re.search(r"宴请|旅游|景点|考察|八项规定", _t)
     and "校审" not in _rules and "质量" not in _rules, "p10/report.txt: expected four method headings, 比如 examples, nothing on #5, no 校审 rule")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
