#!/usr/bin/env python3
"""Check the dev50 pairs (p01-p10, pair ids d50-01 … d50-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT/HTML: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file
must not be valid UTF-8; HTML: visible text without tags, style and scripts; DOCX: word/document.xml paragraph text),
every `links` substring occurs exactly once in the report's visible text, each gold.json is consistent (only the
dev-pairs keys; known kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue; links only on
answered problems; every answered problem has at least one link; mode vs feedback presence; no duplicate (kind, issue);
every entry has a why; no stray files), the problem count of each gold equals the count this hand declared (ISSUES) and
the count the pair's form check derives from the feedback text, every gap kind is planted (must_flag) in at least one
pair and has at least one counter-case (must_not_flag) in the set, one or two pairs have no must_flag (good reports),
report lateness agrees with the gold (late-report must_flag iff the report date is after the day three months from the
feedback date, otherwise late-report is in must_not_flag), and every gold file runs through
/work/shared/dev-pairs/score.py against an empty analyze JSON. Each feedback must have 800-3000 and each report
1500-5000 non-whitespace characters. Pair-specific form checks follow at the end.
Usage: python3 check.py [dev50-dir]. Exit 1 on failure."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text files (every other .txt/.html: UTF-8, LF); DOCX files are listed apart
DECLARED = {
    "p02/report.txt": ("gb18030", "lf"),
    "p03/report.txt": ("utf-16-le-bom", "lf"),
    "p07/report.txt": ("utf-8", "crlf"),
    "p08/report.txt": ("gb18030", "lf"),
}
DOCX = {"p04/report.docx", "p09/report.docx"}
HTML = {"p07/feedback.html"}
# problem counts as an experienced inspector counts them (reasons in each notes.md)
ISSUES = {"p01": 8, "p02": 6, "p03": 8, "p04": 7, "p05": 6, "p06": 8, "p07": 7, "p08": 6, "p09": 6, "p10": 7}
# (feedback date, text that must occur in the feedback), (report date, text that must occur in the report)
DATES = {
    "p01": (("2025-03-11", "2025年3月11日"), ("2025-06-03", "2025年6月3日")),
    "p02": (("2025-04-17", "2025年4月17日"), ("2025-07-10", "2025年7月10日")),
    "p03": (("2024-10-22", "2024年10月22日"), ("2025-02-14", "2025年2月14日")),
    "p04": (("2025-05-20", "2025年5月20日"), ("2025-08-12", "2025年8月12日")),
    "p05": (("2024-12-05", "2024年12月5日"), ("2025-03-03", "2025年3月3日")),
    "p06": (("2025-02-26", "2月26日，县委第六巡察组"), ("2025-05-22", "2025年5月22日")),
    "p07": (("2025-06-09", "2025年6月9日"), ("2025-08-29", "2025年8月29日")),
    "p08": (("2024-09-24", "2024年9月24日"), ("2024-12-20", "2024年12月20日")),
    "p09": (("2025-01-14", "2025年1月14日"), ("2025-05-06", "2025年5月6日")),
    "p10": (("2024-11-19", "2024年11月19日"), ("2025-02-13", "2025年2月13日")),
}
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


def html_text(text):
    text = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", "", text)
    text = re.sub(r"(?i)<br\s*/?>|</(p|tr|li|h1|h2|h3|div|title)>", "\n", text)
    text = re.sub(r"(?i)</t[dh]>", "\t", text)
    text = re.sub(r"<[^>]+>", "", text)
    return html.unescape(text)


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
        assert rel in HTML, "undeclared HTML"
        assert re.search(r'<meta charset="utf-8">', text), "HTML without a utf-8 meta charset"
        return html_text(text), enc + "+html"
    assert ext == "txt", f"unexpected extension {ext}"
    return text, enc


def nchars(t):
    return len(re.sub(r"\s", "", t))


def d(s):
    return datetime.date.fromisoformat(s)


def plus_three_months(x):
    m = x.month + 3
    y, m = x.year + (m - 1) // 12, (m - 1) % 12 + 1
    for day in (x.day, 30, 29, 28):
        try:
            return datetime.date(y, m, day)
        except ValueError:
            continue


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
by_kind = {}
planted, countered, good = {}, {}, []
texts = {}
empty = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump({"issues": [], "measures": [], "gaps": []}, empty)
empty.close()
for rel in list(DECLARED) + sorted(DOCX) + sorted(HTML):
    if not os.path.exists(os.path.join(root, rel)):
        fails.append(f"declared file missing: {rel}")
pairs = sorted(glob.glob(os.path.join(root, "p[0-9][0-9]")))
if len(pairs) != 10:
    fails.append(f"expected 10 pair folders, found {len(pairs)}")
for dd in pairs:
    name = os.path.basename(dd)
    files = sorted(os.listdir(dd))
    fb = [os.path.join(dd, f) for f in files if f.startswith("feedback.")]
    rp = [os.path.join(dd, f) for f in files if f.startswith("report.")]
    extra = [f for f in files if not (f.startswith(("feedback.", "report.")) or f in ("gold.json", "notes.md"))]
    if extra:
        fails.append(f"{name}: stray files {extra}")
    if "notes.md" not in files:
        fails.append(f"{name}: notes.md missing")
    g = json.load(open(os.path.join(dd, "gold.json"), encoding="utf-8"))
    if set(g) - GOLD_KEYS or not {"mode", "issues", "answered", "must_flag", "must_not_flag"} <= set(g):
        fails.append(f"{name}: gold keys {sorted(g)}")
    if len(rp) != 1:
        fails.append(f"{name}: expected one report.*, found {rp}")
        continue
    if g["mode"] != "pair" or len(fb) != 1:
        fails.append(f"{name}: every dev50 pair is mode 'pair' with exactly one feedback.*")
    encs = []
    ftext = ""
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
    texts[name] = (ftext, text)
    n = g["issues"]
    total["issues"] += n
    if n != ISSUES.get(name):
        fails.append(f"{name}: gold has {n} problems, declared {ISSUES.get(name)}")
    if sorted(map(int, g["answered"])) != list(range(1, n + 1)):
        fails.append(f"{name}: answered keys are not 1..{n}")
    seen = set()
    for lst in ("must_flag", "must_not_flag"):
        for f in g[lst]:
            k, i = f["kind"], f["issue"]
            total[lst] += 1
            if lst == "must_flag":
                by_kind[k] = by_kind.get(k, 0) + 1
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
    # dates and lateness
    (fd, fneedle), (rd, rneedle) = DATES[name]
    if fneedle not in ftext:
        fails.append(f"{name}: feedback date text '{fneedle}' not in the feedback")
    if rneedle not in text:
        fails.append(f"{name}: report date text '{rneedle}' not in the report")
    late = d(rd) > plus_three_months(d(fd))
    in_flag = ("late-report", None) in {(f["kind"], f["issue"]) for f in g["must_flag"]}
    in_not = ("late-report", None) in {(f["kind"], f["issue"]) for f in g["must_not_flag"]}
    if late != in_flag or late == in_not:
        fails.append(f"{name}: report {(d(rd) - d(fd)).days} days after feedback (late={late}) but gold "
                     f"must_flag={in_flag}, must_not_flag={in_not}")
    r = subprocess.run([sys.executable, SCORE, os.path.join(dd, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {g['mode']}, {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}; {', '.join(encs)}; {(d(rd) - d(fd)).days} days; score.py on empty output {last}")
os.unlink(empty.name)
for k in sorted(KINDS):
    if not planted.get(k):
        fails.append(f"kind {k} is never planted (must_flag)")
    if not countered.get(k):
        fails.append(f"kind {k} has no counter-case (must_not_flag)")
    if planted.get(k) and k not in DOC_LEVEL and not (countered.get(k, set()) - planted[k]):
        fails.append(f"kind {k}: counter-cases only inside the pairs that plant it")
if not 1 <= len(good) <= 2:
    fails.append(f"expected one or two pairs without must_flag (good reports), found {good}")


def form(ok, what):
    if not ok:
        fails.append(what)


def count(name, n, what):
    """a form-derived problem count must equal the declared count"""
    form(n == ISSUES[name], f"{name}: the form gives {n} problems ({what}), declared {ISSUES[name]}")


DISCLOSE = re.compile(r"公开|公示|通报|公布|门户网站|网站|公众号|警示教育|监督电话|联系电话")
LEAD = re.compile(r"领导小组|第一责任人|支部书记|党组书记|书记")
F, R = (lambda p: texts[p][0]), (lambda p: texts[p][1])

# p01: three area paragraphs, problems run on with no ordinals; 同时/此外 openers; report 7 关于 items, nothing on 公众号
_t = F("p01")
_body = _t[_t.index("（一）贯彻落实"):_t.index("二、整改意见")]
form(not re.search(r"[一二三四五六]是|^\d+[．.]|[①②③]", _body, re.M), "p01/feedback: problem area must carry no ordinals")
_paras = [p for p in _body.split("\n") if len(p) > 60]
form(len(_paras) == 3 and [p.count("此外，") for p in _paras] == [1, 1, 1] and _paras[0].count("同时，") == 1,
     "p01/feedback: expected three area paragraphs, each with one 此外，, the first with 同时，")
# problems: paragraph 1 = opener + 同时 + 此外; paragraph 2 = opener + 执行中央八项规定 (bare subject) + 此外; paragraph 3 = opener + 此外
count("p01", 3 + 3 + 2, "3 + 3 + 2 run-on problems")
_r = R("p01")
form(len(re.findall(r"^（[一二三四五六七]）关于“", _r, re.M)) == 7 and len(re.findall(r"^整改时限：", _r, re.M)) == 7
     and "公众号" not in _r and "三审三校" not in _r and "梳理出问题7个" in _r,
     "p01/report: expected seven 关于 items with fields and no answer on the 公众号")
# p02: six （N） headings, each one problem followed by 如，/又如，; report 问题N：/整改情况：, #5 without 完成时限, no disclosure
_t = F("p02")
_heads = re.findall(r"^（[一二三四五六]）[^\n]*", _t, re.M)
form(all("。如，" in h and "又如，" in h for h in _heads), "p02/feedback: every heading must be followed by 如，…又如，")
form(sum(h.count("个别") for h in _heads) == 4, "p02/feedback: expected four 个别… evidence clauses")
count("p02", len(_heads), "（N） headings")
_r = R("p02")
_items = re.split(r"\n(?=问题\d：)", _r)
form(len(re.findall(r"^问题[1-6]：", _r, re.M)) == 6 and len(re.findall(r"^整改情况：", _r, re.M)) == 6
     and "完成时限" not in _items[5] and all("完成时限" in x for x in _items[1:5] + _items[6:]) and not DISCLOSE.search(_r),
     "p02/report: expected 问题N：/整改情况：, no 完成时限 under 问题5 only, and no disclosure word")
# p03: ① restarting per area; report by number, boilerplate twice, copied #6, dated late
_t = F("p03")
_body = _t[_t.index("（一）在"):_t.index("二、整改意见")]
form(_body.count("①") == 3 and _body.count("②") == 3 and _body.count("③") == 2, "p03/feedback: expected ①②③ / ①②③ / ①②")
count("p03", len(re.findall(r"[①②③④⑤]", _body)), "circled numbers")
_r = R("p03")
_bp = "大队党支部组织全体党员干部认真学习有关文件精神，逐条对照检查，深入查找问题根源"
form(len(re.findall(r"^（[一二三四五六七八]）针对第[一二三]方面第[①②③]项问题", _r, re.M)) == 8 and _r.count(_bp) == 2
     and "罚没物品管理要规范" in _r, "p03/report: expected eight by-number answers, the boilerplate twice, the copied #6")
# p04: areas with （N） problems and 具体表现为： numbered evidence lines; DOCX report with a 1 + 7 row table
_t = F("p04")
form(_t.count("具体表现为：") == 7 and len(re.findall(r"^[1-3]．", _t, re.M)) == 15,
     "p04/feedback: expected seven 具体表现为： and fifteen numbered evidence lines")
count("p04", len(re.findall(r"^（[一二三]）", _t, re.M)), "（N） headings under 一、二、三、")
_x = zipfile.ZipFile(os.path.join(root, "p04", "report.docx")).read("word/document.xml").decode("utf-8")
form(_x.count("<w:tr>") == 8 and "<w:tbl>" in _x, "p04/report.docx: expected one table with a header and seven rows")
# p05: speech; 但也要清醒看到 … 突出表现在以下几个方面; six 在……上， paragraphs; 一要…三要; all-done claim vs 正在装修
_t = F("p05")
form("但也要清醒看到" in _t and "突出表现在以下几个方面" in _t and all(f"{c}要" in _t for c in "一二三"),
     "p05/feedback: expected 但也要清醒看到 / 突出表现在以下几个方面 and 一要…三要")
_s = _t[_t.index("突出表现在以下几个方面"):_t.index("下面，我再提三点要求")]
count("p05", len(re.findall(r"^在[^，\n]{2,12}上，", _s, re.M)), "在……上， paragraphs")
_r = R("p05")
form(_r.count("我") >= 10 and "已全部整改完成" in _r and "正在装修" in _r and "收费管理" not in _r,
     "p05/report: expected a first-person report with the all-done claim, 正在装修, and no 收费管理 rule")
# p06: one 巡察组指出 paragraph: five ；-groups + 此外，还存在 three 、-items; report 主动公开 without 档案
_t = F("p06")
_p = [p for p in _t.split("\n") if p.startswith("巡察组指出")][0]
_main = _p[:_p.index("此外，")]
_extra = _p[_p.index("此外，还存在") + 6:_p.index("等问题。同时")]
form(_main.count("；") == 4 and _extra.count("、") == 2 and "问题线索" in _p,
     "p06/feedback: expected five ；-groups, a three-item 此外 list and the 问题线索 sentence")
count("p06", _main.count("；") + 1 + _extra.count("、") + 1, "；-groups + 此外 、-items")
_r = R("p06")
form(_r.startswith("索引号：") and "公开方式：主动公开" in _r and "档案" not in _r
     and len(re.findall(r"^[1-7]．关于“", _r, re.M)) == 7, "p06/report: expected a public 通报 with seven items and no 档案")
# p07: HTML table with numbered rows, a （续） row and a 备注 row; CRLF ledger with the two planted cells
_raw = open(os.path.join(root, "p07", "feedback.html"), encoding="utf-8").read()
_rows = re.findall(r"(?s)<tr>(.*?)</tr>", _raw)
_first = [re.sub(r"<[^>]+>", "", (re.findall(r"(?s)<t[dh][^>]*>(.*?)</t[dh]>", r) or [""])[0]) for r in _rows]
form("（续）" in _first and any("备注" in f for f in _first) and "rowspan" in _raw,
     "p07/feedback.html: expected a （续） row, a 备注 row and rowspan categories")
count("p07", sum(1 for f in _first if re.fullmatch(r"\d+", f)), "numbered table rows")
_r = R("p07")
_led = [l.split("｜") for l in _r.split("\n") if "｜" in l]
form(len(_led) == 8 and all(len(x) == 7 for x in _led) and _led[4][3] == "工委领导班子" and _led[4][4] == "相关科室"
     and not re.search(r"\d", _led[3][5]) and all(re.search(r"\d", x[5]) for i, x in enumerate(_led[1:], 1) if i != 3),
     "p07/report: expected a 7-field ledger of 7 rows, row 4 without an owner, row 3 without a date")
# p08: question / slogan headings; praise heading; report without 组织生活 and without any leadership set-up
_t = F("p08")
_h = re.findall(r"^（[一二三四五六]）[^\n]+$", _t, re.M)
form(sum(h.endswith("？") for h in _h) == 2 and "“稳中有进”值得肯定" in _t and all(len(h) <= 20 for h in _h),
     "p08/feedback: expected short slogan / question headings, two of them questions, and the praise heading")
count("p08", len(_h), "（N） slogan / question headings")
_r = R("p08")
form("组织生活" not in _r and "三会一课" not in _r and not LEAD.search(_r) and "切实加大巡查力度" in _r,
     "p08/report: expected no answer on 组织生活, no leadership words and the slogan 监管 section")
# p09: heading sentences + 有的/个别 evidence + 典型的如; one 另外 inside （三）; DOCX report with six bold 关于 headings
_t = F("p09")
_h = re.findall(r"^（[一二三四五六]）[^\n]+$", _t[:_t.index("二、整改意见")], re.M)
form(_t.count("有的") >= 8 and _t.count("典型的如") == 1 and _t.count("另外，") == 1 and "另外，" in _h[2],
     "p09/feedback: expected 有的… evidence, one 典型的如 and one 另外 inside （三）")
count("p09", len(_h), "（N） heading paragraphs")
_x = zipfile.ZipFile(os.path.join(root, "p09", "report.docx")).read("word/document.xml").decode("utf-8")
_r = R("p09")
form(len(re.findall(r"^（[一二三四五六]）关于", _r, re.M)) == 6 and "<w:b/>" in _x and "三重一大" in _r
     and not re.search(r"(制定|修订)《[^》]*(决策|三重一大|议事)[^》]*》", _r),
     "p09/report.docx: expected six bold 关于 headings and no 三重一大 / 议事 rule made")
# p10: summary 、-list + 主要表现在：一是…四是; 一是–三是 hold two ；-split problems, 四是 one
_t = F("p10")
_ps = {c: [p for p in _t.split("\n") if p.startswith(f"{c}是")][0] for c in "一二三四"}
form("主要表现在：" in _t and "不同程度存在" in _t and all(_ps[c].count("；") == 1 for c in "一二三") and "；" not in _ps["四"],
     "p10/feedback: expected 一是–三是 with one ； each and 四是 without")
count("p10", sum(_ps[c].count("；") + 1 for c in "一二三四"), "；-split segments of 一是–四是")
_r = R("p10")
form(len(re.findall(r"^[1-7]．", _r, re.M)) == 7 and len(re.findall(r"（责任领导：", _r)) == 7,
     "p10/report: expected seven 1．–7． items, each with a bracket")

print("planted kinds: " + "; ".join(f"{k} {by_kind.get(k, 0)} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
