#!/usr/bin/env python3
"""Check the dev30 pairs (p01-p10, ids d30-01 … d30-10); modelled on corpus/dev24/check.py. Every file decodes as declared
(TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, and a GB18030 file must not be valid UTF-8; DOCX:
word/document.xml paragraph text, table cells included), every `links` substring occurs exactly once in the report's
visible text, each gold.json is consistent (only the dev-pairs keys; kinds; null issue for document-level kinds; ranges;
answered vs unanswered-issue; links only on answered problems; mode vs feedback presence; no duplicate (kind, issue);
a why on every entry; no stray files), every kind is planted in at least two pairs, two or three pairs have no or one
must_flag (good reports), every pair has >= 5 links, the feedback/report dates agree with late-report, and every gold
file parses with /work/shared/dev-pairs/score.py against an empty analyze JSON. Each document must have 1200-3000
non-whitespace characters. Pair-specific form checks follow at the end.
Usage: python3 check.py [dev30-dir]. Exit 1 on failure."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text files (everything else: UTF-8, LF)
DECLARED = {
    "p04/report.txt": ("utf-8", "crlf"),
    "p07/report.txt": ("gb18030", "lf"),
    "p08/report.txt": ("utf-16-le-bom", "lf"),
}
DOCX = {"p05/report.docx"}
LENGTHS = (1200, 3000)  # non-whitespace characters of the visible text, every document
# (feedback date, report date) as written in the documents; late-report is gold iff more than 92 days apart
DATES = {
    "p01": ("2025年5月20日", "2025年8月12日"), "p02": ("2025年4月15日", "2025年7月2日"),
    "p03": ("2025年4月8日", "2025年6月27日"), "p04": ("2025年6月10日", "2025年9月3日"),
    "p05": ("2025年2月26日", "2025年5月22日"), "p06": ("5月27日", "2025年8月20日"),
    "p07": ("2025年3月11日", "2025年6月5日"), "p08": ("2025年1月14日", "2025年5月9日"),
    "p09": ("10月22日", "2025年2月27日"), "p10": ("2025年7月8日", "2025年9月30日"),
}
YEAR_OF_NEWS = {"p06": 2025, "p09": 2024}  # news items give the meeting day without the year (the year is in 发布时间)
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


def docx_xml(path):
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml").decode("utf-8")


def docx_text(path):
    xml = docx_xml(path)
    paras = ["".join(re.findall(r"(?s)<w:t[^>]*>(.*?)</w:t>", p)) for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", xml)]
    feats = [f for f, tag in (("tbl", "<w:tbl>"), ("bold-runs", "<w:b/>"), ("landscape", 'w:orient="landscape"')) if tag in xml]
    return html.unescape("\n".join(p for p in paras if p.strip())), "docx[" + ",".join(feats) + "]"


def docx_rows(path):
    """Table rows as lists of cell texts (paragraphs of a cell joined by newline)."""
    xml = docx_xml(path)
    rows = []
    for tr in re.findall(r"(?s)<w:tr>.*?</w:tr>", xml):
        cells = []
        for tc in re.findall(r"(?s)<w:tc>.*?</w:tc>", tr):
            ps = ["".join(re.findall(r"(?s)<w:t[^>]*>(.*?)</w:t>", p)) for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", tc)]
            cells.append(html.unescape("\n".join(ps)))
        rows.append(cells)
    return rows


def visible(f):
    rel = os.path.relpath(f, root)
    if f.endswith(".docx"):
        return docx_text(f)
    return decode_bytes(rel, open(f, "rb").read())


def nchars(t):
    return len(re.sub(r"\s", "", t))


def days(a, b, year=None):
    def d(s, y):
        m = re.fullmatch(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日", s)
        return datetime.date(int(m.group(1) or y), int(m.group(2)), int(m.group(3)))
    return (d(b, None) - d(a, year)).days


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, good = {}, []
empty = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump({"issues": [], "measures": [], "gaps": []}, empty)
empty.close()
for rel in list(DECLARED) + list(DOCX):
    if not os.path.exists(os.path.join(root, rel)):
        fails.append(f"declared file missing: {rel}")
pairs = sorted(glob.glob(os.path.join(root, "p[0-9][0-9]")))
if [os.path.basename(p) for p in pairs] != [f"p{i:02d}" for i in range(1, 11)]:
    fails.append(f"expected p01..p10, found {[os.path.basename(p) for p in pairs]}")
TEXT = {}
for d in pairs:
    name = os.path.basename(d)
    files = sorted(os.listdir(d))
    fb = [os.path.join(d, f) for f in files if f.startswith("feedback.")]
    rp = [os.path.join(d, f) for f in files if f.startswith("report.")]
    extra = [f for f in files if not (f.startswith(("feedback.", "report.")) or f in ("gold.json", "notes.md", "HELDOUT"))]
    if extra:
        fails.append(f"{name}: stray files {extra}")
    if "notes.md" not in files:
        fails.append(f"{name}: notes.md missing")
    g = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
    if set(g) - GOLD_KEYS or not {"mode", "issues", "answered", "must_flag", "must_not_flag"} <= set(g):
        fails.append(f"{name}: gold keys {sorted(g)}")
    if g["mode"] != "pair":
        fails.append(f"{name}: mode {g['mode']}, every dev30 pair is mode pair")
    if len(rp) != 1 or len(fb) != 1:
        fails.append(f"{name}: expected one feedback.* and one report.*, found {fb} {rp}")
        continue
    encs = []
    try:
        ftext, e = visible(fb[0])
        encs.append(f"feedback.{fb[0].rsplit('.', 1)[1]}={e} ({nchars(ftext)} chars)")
        if not LENGTHS[0] <= nchars(ftext) <= LENGTHS[1]:
            fails.append(f"{name}: feedback has {nchars(ftext)} characters, outside {LENGTHS}")
    except Exception as e:
        fails.append(f"{name}: {fb[0]} does not decode as declared: {e}")
        continue
    try:
        text, enc = visible(rp[0])
        encs.append(f"report.{rp[0].rsplit('.', 1)[1]}={enc} ({nchars(text)} chars)")
        if not LENGTHS[0] <= nchars(text) <= LENGTHS[1]:
            fails.append(f"{name}: report has {nchars(text)} characters, outside {LENGTHS}")
    except Exception as e:
        fails.append(f"{name}: report does not decode as declared: {e}")
        continue
    TEXT[name] = (ftext, text)
    n = g["issues"]
    total["issues"] += n
    if sorted(map(int, g["answered"])) != list(range(1, n + 1)):
        fails.append(f"{name}: answered keys are not 1..{n}")
    seen = set()
    for lst in ("must_flag", "must_not_flag"):
        for f in g[lst]:
            k, i = f["kind"], f["issue"]
            total[lst] += 1
            if lst == "must_flag":
                planted.setdefault(k, set()).add(name)
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
    if len(g["must_flag"]) <= 1:
        good.append(name)
    unanswered = {f["issue"] for f in g["must_flag"] if f["kind"] == "unanswered-issue"}
    for k, v in g["answered"].items():
        if (not v) != (int(k) in unanswered):
            fails.append(f"{name}: answered[{k}]={v} disagrees with unanswered-issue must_flag")
    if len(g.get("links", [])) < 5:
        fails.append(f"{name}: only {len(g.get('links', []))} links")
    for l in g.get("links", []):
        total["links"] += 1
        if not 1 <= l["issue"] <= n or not g["answered"][str(l["issue"])]:
            fails.append(f"{name}: link to issue {l['issue']} which is out of range or unanswered")
        hits = text.count(l["measure"])
        if hits != 1:
            fails.append(f"{name}: link occurs {hits} times in the report's visible text: {l['measure']}")
    fd, rd = DATES[name]
    if fd not in ftext or rd not in text:
        fails.append(f"{name}: dates {fd} / {rd} not found in the documents")
    gap_days = days(fd, rd, YEAR_OF_NEWS.get(name))
    late_gold = any(f["kind"] == "late-report" for f in g["must_flag"])
    if late_gold != (gap_days > 92):
        fails.append(f"{name}: {gap_days} days between feedback and report but late-report gold is {late_gold}")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {g['mode']}, {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}; {', '.join(encs)}; {gap_days} days; score.py on empty output {last}")
os.unlink(empty.name)
for k in sorted(KINDS):
    if len(planted.get(k, ())) < 2:
        fails.append(f"kind {k} planted in fewer than two pairs: {sorted(planted.get(k, ()))}")
if not 2 <= len(good) <= 3:
    fails.append(f"expected two or three good reports (<= 1 must_flag), found {good}")


def form(ok, what):
    if not ok:
        fails.append(what)


def fb(p):
    return TEXT.get(p, ("", ""))[0]


def rp(p):
    return TEXT.get(p, ("", ""))[1]


def between(t, a, b):
    return t[t.index(a):t.index(b)] if a in t and b in t else ""


# ---- per-pair form checks ----
DISCLOSE = re.compile(r"向社会公开|向居民公开|公开栏|监督电话|联系电话|门户网站|公众号上|全文公开|予以公布|公示栏和")
# p01: （一）–（七） between 二、 and 三、整改意见; report: seven restated 关于“…”的问题 with bracketed owner and deadline
_t = between(fb("p01"), "二、发现的主要问题", "三、整改意见")
form(len(re.findall(r"^（[一二三四五六七]）", _t, re.M)) == 7, "p01/feedback: expected seven （N） problems under 二、")
_t = rp("p01")
form(len(re.findall(r"^（[一二三四五六七]）关于“", _t, re.M)) == 7 and _t.count("（责任领导：") == 7 and DISCLOSE.search(_t),
     "p01/report: expected seven 关于“…”的问题 items with 责任领导 brackets, and disclosure")
# p02: speech with 一是…六是 paragraphs and 一要…三要; report first person, order 6,2,1,5,4,3, no disclosure
_t = fb("p02")
form(all(re.search(f"^{c}是", _t, re.M) for c in "一二三四五六") and all(re.search(f"^{c}要", _t, re.M) for c in "一二三")
     and "同志们" in _t, "p02/feedback: expected a speech with 一是…六是 and 一要…三要 paragraphs")
_t = rp("p02")
_heads = re.findall(r"^[一二三四五六]、我(.*)$", _t, re.M)
_order = ["巡察审计", "惠民", "乡村振兴", "基层党组织", "财务", "作风"]
form(_t.count("我") >= 15 and len(_heads) == 6 and all(k in h for k, h in zip(_order, _heads)) and not DISCLOSE.search(_t),
     "p02/report: expected a first-person report in the order 6,2,1,5,4,3 without disclosure")
# p03: （一）–（六）; report answers five under 一、–五、 关于…的问题, nothing on 流动党员/党费, one item without 责任人
_t = fb("p03")
form(len(re.findall(r"^（[一二三四五六]）", between(_t, "二、存在的主要问题", "三、整改要求"), re.M)) == 6, "p03/feedback: expected six （N） problems")
_t = rp("p03")
form(len(re.findall(r"^[一二三四五]、关于", _t, re.M)) == 5 and "流动党员" not in _t and "党费" not in _t
     and _t.count("（责任人：") == 4 and "全部整改到位" in _t and "正在催缴" in _t,
     "p03/report: expected five items, none on 党员教育管理, one without 责任人, an “all done” claim beside 正在催缴")
# p04: areas 一、二、三、 with continuous 1．–7．; report (CRLF) grouped by area with seven （N）针对
_t = fb("p04")
form([int(x) for x in re.findall(r"^(\d)．", _t, re.M)] == list(range(1, 8)) and len(re.findall(r"^[一二三]、在", _t, re.M)) == 3,
     "p04/feedback: expected three 在…方面 areas with 1．–7．")
_t = rp("p04")
form(len(re.findall(r"^（[一二三四五六七]）针对", _t, re.M)) == 7 and "2.9万" not in _t and DISCLOSE.search(_t),
     "p04/report: expected seven 针对 items, nothing recovered on 公益性岗位, and disclosure")
# p05: （一）–（七） heading lines; report DOCX table 8 rows x 7 cells, row 3 deadline without a date, no disclosure
_t = fb("p05")
form(len(re.findall(r"^（[一二三四五六七]）[^\n。]*$", between(_t, "二、巡察发现的主要问题", "三、整改意见"), re.M)) == 7,
     "p05/feedback: expected seven （N） heading lines")
if os.path.exists(os.path.join(root, "p05", "report.docx")):
    _rows = docx_rows(os.path.join(root, "p05", "report.docx"))
    form(len(_rows) == 8 and all(len(r) == 7 for r in _rows) and _rows[0][5] == "整改时限"
         and not re.search(r"\d{4}年", _rows[3][5]) and all(re.search(r"\d{4}年", r[5]) for i, r in enumerate(_rows[1:], 1) if i != 3)
         and all(r[3] for r in _rows) and not DISCLOSE.search(rp("p05")) and "公开" not in rp("p05"),
         "p05/report.docx: expected a 7-column ledger of 7 rows, row 3 without a date, every leader filled, no disclosure")
# p06: news page with 一是…七是 in one paragraph; public 通报 with the boilerplate twice and no secretary / 第一责任人
_t = fb("p06")
_p = [p for p in _t.split("\n") if "一是" in p]
form("发布时间" in _t and len(_p) == 1 and all(f"{c}是" in _p[0] for c in "一二三四五六七"), "p06/feedback: expected a news item with 一是…七是 inline")
_t = rp("p06")
_rep = "学校坚持问题导向，把整改工作与日常工作紧密结合起来，建立问题清单，细化整改措施，压实工作责任，定期跟踪督办"
form(_t.count(_rep) == 2 and "党总支书记" not in _t and "第一责任人" not in _t and "联系电话" in _t and "有偿补课" in _t
     and not re.search(r"诫勉|处分|约谈", _t.split("（五）")[1].split("（六）")[0]),
     "p06/report: expected the boilerplate twice, no secretary, a phone number, and nothing done to the two teachers")
# p07: （一）（二）（三） areas with restarting 1．; report GB18030 with “已全部完成” beside 力争年底前 / 正在, one item without 责任领导
_t = fb("p07")
form(len(re.findall(r"^1．", _t, re.M)) == 3 and len(re.findall(r"^\d．", _t, re.M)) == 7, "p07/feedback: expected restarting 1．(3+2+2)")
_t = rp("p07")
form("已全部完成" in _t and "力争年底前" in _t and "正在与有关单位核对" in _t and _t.count("（责任领导：") == 6
     and "（责任科室：各临床科室" in _t, "p07/report: expected an “all done” claim, open items, and one item without 责任领导")
# p08: speech with 第一，…第六，; report UTF-16 with the boilerplate twice, merged 二、, no secretary, dated after three months
_t = fb("p08")
form(all(re.search(f"^第{c}，", _t, re.M) for c in "一二三四五六") and all(re.search(f"^{c}要", _t, re.M) for c in "一二三"),
     "p08/feedback: expected 第一，…第六， problems and 一要…三要 requirements")
_t = rp("p08")
_rep = "坚持问题导向，建立问题清单，明确责任人和完成时限，实行销号管理，做到件件有着落、事事有回音"
form(_t.count(_rep) == 2 and "祝慕白" not in _t and "第一责任人" not in _t and len(re.findall(r"^[一二三四五六]、", _t, re.M)) == 6
     and "吃请" in _t and "一窗受理" in _t, "p08/report: expected the boilerplate twice, a merged 二、, no secretary")
# p09: news item with 巡察组指出…等问题; report in another order, five items, nothing on 减负, one deadline without a date
_t = fb("p09")
form("发布时间" in _t and "巡察组指出" in _t and "等问题" in _t, "p09/feedback: expected a news item with 巡察组指出…等问题")
_t = rp("p09")
_heads = re.findall(r"^[一二三四五]、关于(.*)$", _t, re.M)
_dl = re.findall(r"^完成时限：(.*)$", _t, re.M)
form(len(_heads) == 5 and ["三重一大" in _heads[0], "财务" in _heads[1], "统筹" in _heads[2], "执法" in _heads[3], "社区" in _heads[4]] == [True] * 5
     and "减负" not in _t and "台账过多" not in _t and len(_dl) == 5 and sum(1 for x in _dl if not re.search(r"\d{4}年", x)) == 1
     and not re.search(r"制度|办法|规定|规程", _t.split("四、关于")[1].split("五、关于")[0]),
     "p09/report: expected five items in the order 2,5,1,3,6, none on 减负, one undated deadline, no rule under 执法")
# p10: （一）–（六） heading。detail; report six 整改状态 lines
_t = fb("p10")
form(len(re.findall(r"^（[一二三四五六]）", between(_t, "二、巡察发现的主要问题", "三、整改意见"), re.M)) == 6, "p10/feedback: expected six （N） problems")
_t = rp("p10")
form(len(re.findall(r"^整改状态：", _t, re.M)) == 6 and len(re.findall(r"^责任领导：", _t, re.M)) == 6 and DISCLOSE.search(_t),
     "p10/report: expected six items with 责任领导 and 整改状态 lines, and disclosure")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("good reports (<= 1 must_flag): " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
