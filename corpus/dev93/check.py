#!/usr/bin/env python3
"""Check the dev93 pairs (p01-p10, pair ids d93-01 … d93-10); adapted from corpus/dev44/check.py.
General checks: every file decodes as declared (TXT/HTML: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared,
a GB18030 file must not be valid UTF-8, an HTML page's meta charset must agree with its bytes; DOCX: word/document.xml
paragraph text, table cells one paragraph per line; HTML: visible text without head, script and style), every `links`
substring occurs exactly once in the report's visible text, each gold.json is consistent (only the dev-pairs keys; known
kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue; links only on answered problems; every
answered problem has at least one link; mode "pair" with one feedback; no duplicate (kind, issue); every entry has a why;
no stray files), the gold problem count equals the count read from the feedback's own structure (one counter per pair),
the feedback and report dates are present in the documents and late-report is in must_flag exactly when the report
comes more than three months after the feedback (else in must_not_flag), every gap kind is planted (must_flag) in at
least one pair and has a counter-case (must_not_flag) somewhere in the set, one or two pairs have no must_flag (complete
ledgers), and every gold file runs through /work/shared/dev-pairs/score.py against an empty analyze JSON. Lengths:
feedback 600-3500 and report 500-6000 non-whitespace characters. Pair-specific form checks follow at the end.
Usage: python3 check.py [dev93-dir]. Exit 1 on failure."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of every text and HTML file; DOCX files are listed separately
DECLARED = {
    "p01/feedback.txt": ("utf-8", "lf"),
    "p02/feedback.txt": ("gb18030", "lf"),
    "p02/report.txt": ("utf-8", "crlf"),
    "p03/report.txt": ("utf-16-le-bom", "crlf"),
    "p04/feedback.html": ("utf-8", "lf"),
    "p04/report.html": ("gb18030", "lf"),
    "p05/feedback.txt": ("utf-8", "crlf"),
    "p05/report.txt": ("gb18030", "lf"),
    "p06/feedback.txt": ("utf-8", "lf"),
    "p07/feedback.txt": ("utf-8", "lf"),
    "p08/feedback.txt": ("utf-16-le-bom", "crlf"),
    "p08/report.txt": ("utf-8", "lf"),
    "p09/feedback.txt": ("gb18030", "lf"),
    "p09/report.txt": ("gb18030", "crlf"),
}
DOCX = {"p01/report.docx", "p03/feedback.docx", "p06/report.docx", "p07/report.docx", "p10/feedback.docx",
        "p10/report.docx"}
# (feedback date, report date) as written in the documents
DATES = {
    "p01": ("2025年3月18日", "2025年6月10日"), "p02": ("2024年10月22日", "2025年2月10日"),
    "p03": ("2025年4月15日", "2025年7月8日"), "p04": ("2025-05-21", "2025-08-12"),
    "p05": ("2025年2月26日", "2025年5月23日"), "p06": ("2025年4月9日", "2025年7月3日"),
    "p07": ("2025年1月14日", "2025年4月11日"), "p08": ("2024年9月24日", "2025年1月17日"),
    "p09": ("2025年3月27日", "2025年6月20日"), "p10": ("2025年5月13日", "2025年8月6日"),
}
# p04's news page is dated the day after the meeting; the meeting date (5月20日) is the feedback date
FEEDBACK_DAY = {"p04": datetime.date(2025, 5, 20)}
LENGTHS = {"feedback": (600, 3500), "report": (500, 6000)}
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
fails = []


def decode_bytes(rel, raw):
    enc, eol = DECLARED[rel]
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


def html_visible(t):
    t = re.sub(r"(?is)<(head|script|style)\b.*?</\1>", "", t)
    t = re.sub(r"(?i)<br\s*/?>", "\n", t)
    t = re.sub(r"(?i)</(p|div|tr|td|th|li|h[1-6]|table|ul)>", "\n", t)
    t = html.unescape(re.sub(r"<[^>]+>", "", t))
    return "\n".join(l.strip() for l in t.split("\n") if l.strip())


def docx_xml(path):
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml").decode("utf-8")


def docx_text(path):
    xml = docx_xml(path)
    paras = ["".join(re.findall(r"(?s)<w:t[^>]*>(.*?)</w:t>", p)) for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", xml)]
    feats = [f for f, tag in (("tbl", "<w:tbl>"), ("bold-runs", "<w:b/>"), ("vMerge", "<w:vMerge"),
                              ("gridSpan", "<w:gridSpan"), ("landscape", 'w:orient="landscape"')) if tag in xml]
    return html.unescape("\n".join(p for p in paras if p.strip())), "docx[" + ",".join(feats) + "]"


def visible(f):
    rel = os.path.relpath(f, root)
    ext = f.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        assert rel in DOCX, "undeclared DOCX"
        return docx_text(f)
    assert rel in DECLARED, "undeclared text file"
    text, enc = decode_bytes(rel, open(f, "rb").read())
    if ext == "html":
        m = re.search(r'charset=["\']?([\w-]+)', text, re.I)
        cs = (m.group(1).lower() if m else "")
        want = {"utf-8": {"utf-8"}, "gb18030": {"gbk", "gb2312", "gb18030"}}[DECLARED[rel][0]]
        assert cs in want, f"meta charset {cs!r} disagrees with declared {DECLARED[rel][0]}"
        return html_visible(text), enc + "+html"
    return text, enc


def nchars(t):
    return len(re.sub(r"\s", "", t))


def txt(rel):
    return visible(os.path.join(root, rel))[0]


def before(t, marker):
    assert marker in t, f"marker {marker!r} missing"
    return t[:t.index(marker)]


# ---- problem counters: how an inspector counts the problems in each feedback's own structure ----
def count_p01(t):
    return len(re.findall(r"^[1-9]．", before(t, "二、整改意见"), re.M))


def count_p02(t):
    return len(re.findall(r"^第[一二三四五六七八九十]，", t, re.M))


def count_p03(t):
    return len(re.findall(r"^（[一二三四五六七八九十]）.+。$", before(t, "二、整改建议"), re.M))


def count_p04(t):
    para = [l for l in t.split("\n") if l.startswith("巡察组指出")][0]
    return len(re.findall(r"[；：]([一二三四五六七八九十])是", para))


def count_p05(t):
    return len(re.findall(r"^问题\d+：", t, re.M))


def count_p06(t):
    return len(re.findall(r"^[一二三四五六七八九十]、", before(t, "针对上述问题"), re.M))


def count_p07(t):
    paras = [l for l in t.split("\n") if l.startswith("从")]
    return sum(len(re.findall(r"[一二三四五六七八九十]是", p)) for p in paras)


def count_p08(t):
    return len(re.findall(r"^\d．", before(t, "整改意见："), re.M))


def count_p09(t):
    return len(re.findall(r"^（[一二三四五六七八九十]）", before(t, "二、整改要求"), re.M))


def count_p10(t, xml):
    tbl = re.search(r"(?s)<w:tbl>.*?</w:tbl>", xml).group(0)
    return len(re.findall(r"<w:tr>", tbl)) - 1


COUNTERS = {"p01": count_p01, "p02": count_p02, "p03": count_p03, "p04": count_p04, "p05": count_p05,
            "p06": count_p06, "p07": count_p07, "p08": count_p08, "p09": count_p09}


def cn_date(s):
    m = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", s) or re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    return datetime.date(*map(int, m.groups()))


def plus_three_months(d):
    y, m = d.year + (d.month + 2) // 12, (d.month + 2) % 12 + 1
    return datetime.date(y, m, d.day)


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good = {}, {}, []
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
    if set(g) != GOLD_KEYS:
        fails.append(f"{name}: gold keys {sorted(g)}")
    if len(rp) != 1 or len(fb) != 1:
        fails.append(f"{name}: expected one feedback.* and one report.*, found {fb} {rp}")
        continue
    if g["mode"] != "pair":
        fails.append(f"{name}: every dev93 pair is mode 'pair'")
    encs = []
    try:
        ftext, e = visible(fb[0])
        encs.append(f"feedback.{fb[0].rsplit('.', 1)[1]}={e} ({nchars(ftext)} chars)")
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
    # problem count from the feedback's own structure
    try:
        counted = count_p10(ftext, docx_xml(fb[0])) if name == "p10" else COUNTERS[name](ftext)
        if counted != n:
            fails.append(f"{name}: feedback structure gives {counted} problems, gold says {n}")
    except Exception as e:
        fails.append(f"{name}: problem counter failed: {e}")
    if not 6 <= n <= 10:
        fails.append(f"{name}: {n} problems, outside 6-10")
    # dates and late-report
    fd, rd = DATES[name]
    if fd not in ftext or rd not in text:
        fails.append(f"{name}: dates {fd} / {rd} not found in feedback / report")
    f_day = FEEDBACK_DAY.get(name, cn_date(fd))
    days = (cn_date(rd) - f_day).days
    late = cn_date(rd) > plus_three_months(f_day)
    flagged = any(f["kind"] == "late-report" for f in g["must_flag"])
    cleared = any(f["kind"] == "late-report" for f in g["must_not_flag"])
    if late != flagged or late == cleared:
        fails.append(f"{name}: report after {days} days (late={late}) but gold late-report flag={flagged} not_flag={cleared}")
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
    print(f"{name}: {g['mode']}, {n} issues (counted), {days} days, must_flag {len(g['must_flag'])}, "
          f"must_not_flag {len(g['must_not_flag'])}, links {len(g.get('links', []))}; {', '.join(encs)}; "
          f"score.py on empty output {last}")
os.unlink(empty.name)
for k in sorted(KINDS):
    if not planted.get(k):
        fails.append(f"kind {k} is never planted (must_flag)")
    if not countered.get(k):
        fails.append(f"kind {k} has no counter-case (must_not_flag)")
if not 1 <= len(good) <= 2:
    fails.append(f"expected one or two pairs without must_flag (complete ledgers), found {good}")


def form(ok, what):
    if not ok:
        fails.append(what)


def xml(rel):
    return docx_xml(os.path.join(root, rel))


def table_rows(x, k=0):
    tbl = re.findall(r"(?s)<w:tbl>.*?</w:tbl>", x)[k]
    rows = []
    for tr in re.findall(r"(?s)<w:tr>.*?</w:tr>", tbl):
        cells = []
        for tc in re.findall(r"(?s)<w:tc>.*?</w:tc>", tr):
            cells.append("\n".join("".join(re.findall(r"(?s)<w:t[^>]*>(.*?)</w:t>", p))
                                   for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", tc)))
        rows.append([html.unescape(c) for c in cells])
    return rows


DISCLOSE = re.compile(r"向社会公开|公示栏|公开栏|监督电话|联系电话|门户网站|网站公开|主动公开|予以公布|官网|专栏公开|公示")
LEAD = re.compile(r"领导小组|第一责任人")
try:
    # p01: feedback areas （一）–（四） + 1．–8．; report DOCX ledger: 8 rows x 7 cells, owner cell of row 2 merged down
    _t = txt("p01/feedback.txt")
    form(len(re.findall(r"^（[一二三四]）.+方面$", _t, re.M)) == 4, "p01/feedback.txt: expected four （N）…方面 areas")
    _r = table_rows(xml("p01/report.docx"))
    form(len(_r) == 9 and all(len(r) == 7 for r in _r) and _r[2][3] == "" and "鞠远帆" in _r[1][3]
         and "<w:vMerge/>" in xml("p01/report.docx") and "附2：追责问责情况" in txt("p01/report.docx"),
         "p01/report.docx: expected an 8-row, 7-column ledger with row 2's owner merged into row 1's, and 附2")
    # p02: speech with 一要…三要 and 三个月内; report: 8 tab rows x 7 fields, row 4 owner 公司领导班子, late date
    _t = txt("p02/feedback.txt")
    form(all(f"{c}要" in _t for c in "一二三") and "三个月内" in _t and _t.startswith("在县委第一巡察组"),
         "p02/feedback.txt: expected a 反馈会 speech with 一要…三要 and 三个月内")
    _t = txt("p02/report.txt")
    _rows = [l.split("\t") for l in _t.split("\n") if "\t" in l]
    form(len(_rows) == 8 and all(len(r) == 7 for r in _rows) and _rows[4][3] == "公司领导班子" and _rows[4][4] == "相关部门"
         and "追究" not in _rows[3][2] and "处分" not in _rows[3][2] and "诫勉" not in _rows[3][2],
         "p02/report.txt: expected 8 tab rows of 7 fields, row 4 owned by 公司领导班子, nobody dealt with in row 3")
    # p03: DOCX feedback with bold headings; report: 问题清单 1-8, no 任务6-, one 责任清单 line per task, 8-1 undated
    form("<w:b/>" in xml("p03/feedback.docx"), "p03/feedback.docx: expected bold runs")
    _t = txt("p03/report.txt")
    _tasks = re.findall(r"^任务(\d)-(\d)（对应问题(\d)）：", _t, re.M)
    _resp = re.findall(r"^任务(\d-\d)　责任领导：(\S+)　责任部门：(\S+)　完成时限：(\S+)$", _t, re.M)
    form(len(re.findall(r"^问题[1-8]：", _t, re.M)) == 8 and all(a == c for a, b, c in _tasks) and len(_tasks) == 14
         and "6" not in {a for a, b, c in _tasks} and [f"{a}-{b}" for a, b, c in _tasks] == [r[0] for r in _resp]
         and dict((r[0], r[3]) for r in _resp)["8-1"] == "待承租人配合情况确定"
         and all(re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", r[3]) for r in _resp if r[0] != "8-1"),
         "p03/report.txt: expected three lists, 14 tasks, none for 问题6, matching 责任清单, only 8-1 undated")
    # p04: news page chrome; report: GBK page with an 8-row table and a public-notice header
    _t = txt("p04/feedback.html")
    form("当前位置" in _t and "打印本页" in _t and "巡察组要求" in _t, "p04/feedback.html: expected page chrome and 巡察组要求")
    _raw = open(os.path.join(root, "p04/report.html"), "rb").read().decode("gb18030")
    form(len(re.findall(r"(?i)<tr>", _raw.split('class="zg"')[1])) == 8 and "主动公开" in txt("p04/report.html")
         and "出入库登记" not in _raw and "《" not in _raw.split("<td>5</td>")[1].split("</tr>")[0],
         "p04/report.html: expected an 8-row 整改清单 table, 主动公开, no rule in row 5")
    # p05: report ｜ rows: header + 8 rows x 7 fields incl. merged 3、4 and split 6-1/6-2; all-done claim vs 推进中
    _t = txt("p05/report.txt")
    _rows = [l.split("｜") for l in _t.split("\n") if "｜" in l]
    form(len(_rows) == 8 and all(len(r) == 7 for r in _rows) and [r[0] for r in _rows[1:]] == ["1", "2", "3、4", "5", "6-1", "6-2", "7"]
         and "销号率100%" in _t and _rows[-1][6] == "推进中", "p05/report.txt: expected the ｜ ledger with 3、4 and 6-1/6-2 rows, 100% vs 推进中")
    # p06: weak DOCX ledger: 6 rows, pasted paragraph under rows 4 and 5, row 5 time limit empty, no lead, no disclosure
    _r = table_rows(xml("p06/report.docx"))
    _t = txt("p06/report.docx")
    _paste = "深刻汲取教训，组织全体干部认真学习中央八项规定及其实施细则精神"
    form(len(_r) == 7 and _paste in _r[4][2] and _paste in _r[5][2] and _r[5][4] == "" and _r[4][3] == "全体干部"
         and not LEAD.search(_t) and not DISCLOSE.search(_t) and "退" not in _t and "处分" not in _t,
         "p06/report.docx: expected the weak 6-row ledger (pasted paragraph, empty time limit, no lead, no disclosure)")
    # p07: landscape DOCX, 9-column ledger, row 2 owner 院领导班子, row 3 问责情况 “/”
    _x = xml("p07/report.docx")
    _r = table_rows(_x)
    form('w:orient="landscape"' in _x and len(_r) == 9 and all(len(r) == 9 for r in _r) and _r[2][3] == "院领导班子"
         and _r[3][7] == "/" and "0.8万" not in txt("p07/report.docx"),
         "p07/report.docx: expected a landscape 9-column ledger, row 2 院领导班子, row 3 问责 “/”")
    # p08: feedback restarting 1．; report 8 【】 blocks, one 按上级要求, no rule in 二-1
    _t = txt("p08/feedback.txt")
    form(len(re.findall(r"^1．", _t, re.M)) == 3, "p08/feedback.txt: expected three restarting 1．")
    _t = txt("p08/report.txt")
    _blocks = _t.split("【问题编号】")[1:]
    form(len(_blocks) == 8 and _t.count("【完成时限】按上级要求") == 1 and "按上级要求" in _blocks[4]
         and "《" not in _blocks[3].split("【责任领导】")[0], "p08/report.txt: expected 8 blocks, 二-2 按上级要求, no rule in 二-1")
    # p09: report CSV: header + 8 rows x 6 fields, owner empty in rows 1 and 3, time limit empty in row 8, no 意识形态
    _t = txt("p09/report.txt")
    _rows = [l.split(",") for l in _t.split("\n")]
    _i = [r[0] for r in _rows].index("序号")
    _data = [r for r in _rows[_i + 1:] if r and r[0].isdigit()]
    form(len(_data) == 8 and all(len(r) == 6 for r in _data) and _data[0][3] == "" and _data[2][3] == ""
         and _data[7][4] == "" and "意识形态" not in _t and "整改完成率：100%" in _t and not LEAD.search(_t)
         and not DISCLOSE.search(_t), "p09/report.txt: expected the weak CSV ledger (8 rows, gaps as planned)")
    # p10: feedback table with merged 方面 cells; report ledger with three spanning group rows and 15 tasks, two appendices
    form("<w:vMerge/>" in xml("p10/feedback.docx"), "p10/feedback.docx: expected vertically merged 方面 cells")
    _x = xml("p10/report.docx")
    _r = table_rows(_x)
    form(_x.count("<w:gridSpan") == 3 and len([r for r in _r if re.fullmatch(r"\d\.\d", r[0])]) == 15
         and len(re.findall(r"(?s)<w:tbl>", _x)) == 3, "p10/report.docx: expected 3 group rows, 15 tasks and two appendix tables")
except Exception as e:
    fails.append(f"form checks crashed: {type(e).__name__}: {e}")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("complete ledgers (no must_flag): " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
