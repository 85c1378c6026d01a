#!/usr/bin/env python3
"""Check the dev92 pairs (p01-p10, pair ids d92-01 … d92-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT/HTML: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file
must not be valid UTF-8, an HTML file's meta charset must name its encoding; DOCX: word/document.xml paragraph text, table
cells one paragraph a line), every `links` substring occurs exactly once in the report's visible text (HTML: tags, head,
script and style removed, block ends as line breaks), each gold.json is consistent (only the dev-pairs keys; known kinds;
null issue for document-level kinds; ranges; answered vs unanswered-issue; links only on answered problems; every answered
problem has at least one link; mode 'pair' with one feedback; no duplicate (kind, issue); every entry has a why; no stray
files), every gap kind is planted (must_flag) in at least one pair and has a counter-case (must_not_flag) in the set, one or
two pairs have no must_flag (good reports), every gold file runs through /work/shared/dev-pairs/score.py against an empty
analyze JSON, the problem count in each gold equals the count taken from the feedback's own numbering, and late-report is
in must_flag exactly when the report date is more than three calendar months after the feedback date (else in
must_not_flag), both dates being found in the documents. Lengths: feedback 800-3000, report 1000-5000 non-whitespace
characters (ledgers are compact). Pair-specific form checks of the ledgers follow at the end.
Usage: python3 check.py [dev92-dir]. Exit 1 on failure."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text and HTML files (every other .txt/.html: UTF-8, LF)
DECLARED = {
    "p02/report.txt": ("gb18030", "crlf"),
    "p03/feedback.txt": ("gb18030", "lf"),
    "p03/report.txt": ("utf-16-le-bom", "crlf"),
    "p05/feedback.txt": ("utf-8", "crlf"),
    "p07/feedback.txt": ("utf-8", "crlf"),
    "p08/report.txt": ("gb18030", "lf"),
    "p10/report.txt": ("utf-8", "crlf"),
}
DOCX = {"p01/report.docx", "p04/report.docx", "p06/feedback.docx", "p07/report.docx", "p09/report.docx", "p10/feedback.docx"}
HTML = {"p04/feedback.html", "p06/report.html"}
LENGTHS = {"feedback": (800, 3000), "report": (1000, 5000)}
# (feedback date, report date) as written in the documents
DATES = {
    "p01": ("2025年3月18日", "2025年6月10日"), "p02": ("2024年10月22日", "2025年2月17日"),
    "p03": ("2025年1月14日", "2025年4月9日"), "p04": ("2025-05-08", "2025年7月30日"),
    "p05": ("2024年12月3日", "2025年2月26日"), "p06": ("2025年2月20日", "2025年5月19日"),
    "p07": ("2025年4月21日", "2025年7月15日"), "p08": ("2024年8月27日", "2024-12-20"),
    "p09": ("2025年6月5日", "2025年8月28日"), "p10": ("2024年11月12日", "2025年2月7日"),
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


def docx_xml(path):
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml").decode("utf-8")


def docx_text(path):
    xml = docx_xml(path)
    paras = ["".join(re.findall(r"(?s)<w:t[^>]*>(.*?)</w:t>", p)) for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", xml)]
    feats = [f for f, tag in (("tbl", "<w:tbl>"), ("bold-runs", "<w:b/>"), ("vMerge", "<w:vMerge"),
                              ("tblHeader", "<w:tblHeader/>"), ("landscape", 'w:orient="landscape"')) if tag in xml]
    return html.unescape("\n".join(p for p in paras if p.strip())), "docx[" + ",".join(feats) + "]"


def html_visible(raw):
    t = re.sub(r"(?is)<head.*?</head>|<script.*?</script>|<style.*?</style>", "", raw)
    t = re.sub(r"(?i)<br\s*/?>", "\n", t)
    t = re.sub(r"(?i)</(p|div|tr|td|th|h[1-6]|li|ul|table)>", "\n", t)
    t = html.unescape(re.sub(r"<[^>]+>", "", t))
    return "\n".join(l.strip() for l in t.split("\n") if l.strip())


def visible(f):
    rel = os.path.relpath(f, root)
    ext = f.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        assert rel in DOCX, "undeclared DOCX"
        return docx_text(f)
    text, enc = decode_bytes(rel, open(f, "rb").read())
    if ext == "html":
        assert rel in HTML, "undeclared HTML"
        m = re.search(r"(?i)charset=[\"']?([\w-]+)", text)
        assert m and m.group(1).lower().replace("_", "-") == enc.split("+")[0], f"meta charset {m and m.group(1)} != {enc}"
        return html_visible(text), "html/" + enc
    return text, enc


def nchars(t):
    return len(re.sub(r"\s", "", t))


def parse_date(s):
    m = re.fullmatch(r"(\d{4})(?:年|-)(\d{1,2})(?:月|-)(\d{1,2})日?", s)
    return datetime.date(*map(int, m.groups()))


def plus_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y, m = d.year + y, m + 1
    last = (datetime.date(y + (m == 12), m % 12 + 1, 1) - datetime.timedelta(days=1)).day
    return datetime.date(y, m, min(d.day, last))


def raw_text(rel):
    f = os.path.join(root, rel)
    if rel.endswith(".docx"):
        return docx_text(f)[0]
    t = decode_bytes(rel, open(f, "rb").read())[0]
    return html_visible(t) if rel.endswith(".html") else t


# ---- problem counts taken from each feedback's own numbering ----
def count_p01(t):
    body = t[:t.index("针对上述问题")]
    nums = re.findall(r"^([1-9])．", body, re.M)
    assert nums == ["1", "2", "3", "1", "2", "3", "1", "2"], nums          # restarting 1．2．3． under 一、二、三、
    return len(nums)


def count_p02(t):
    found = [c for c in "一二三四五六七八九十" if re.search(rf"^第{c}，", t, re.M)]
    assert found == list("一二三四五六七"), found
    return len(found)


def count_p03(t):
    body = t[:t.index("二、整改意见")]
    nums = re.findall(r"^（([一二三四五六七八九十])）", body, re.M)
    assert nums == list("一二三四五六七八"), nums
    return len(nums)


def count_p04(t):
    nums = re.findall(r"^([一二三四五六七八九十])是", t, re.M)
    assert nums == list("一二三四五六"), nums
    return len(nums)


def count_p05(t):
    nums = re.findall(r"^问题(\d+)：", t, re.M)
    assert nums == [str(i) for i in range(1, 8)] and len(re.findall(r"^具体表现：", t, re.M)) == 7, nums
    return len(nums)


def count_bold_docx(rel, n):
    xml = docx_xml(os.path.join(root, rel))
    heads = []
    for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", xml):
        txt = "".join(re.findall(r"(?s)<w:t[^>]*>(.*?)</w:t>", p))
        if "<w:b/>" in p and re.match(r"（[一二三四五六七八九十]）", txt):
            heads.append(txt[1])
    assert heads == list("一二三四五六七八九十")[:n], heads
    return len(heads)


def count_p07(t):
    nums = re.findall(r"^(\d+)．", t, re.M)
    assert nums == [str(i) for i in range(1, 9)], nums                     # continuous 1．–8． across three areas
    return len(nums)


def count_p08(t):
    nums = re.findall(r"([一二三四五六七八九十])是", t[:t.index("下面，我就")])
    assert nums == list("一二三四五六"), nums
    return len(nums)


def count_p09(t):
    nums = re.findall(r"^(\d+)．", t, re.M)
    assert nums == [str(i) for i in range(1, 11)] and len(re.findall(r"^具体表现：", t, re.M)) == 10, nums
    return len(nums)


COUNTERS = {
    "p01": lambda: count_p01(raw_text("p01/feedback.txt")), "p02": lambda: count_p02(raw_text("p02/feedback.txt")),
    "p03": lambda: count_p03(raw_text("p03/feedback.txt")), "p04": lambda: count_p04(raw_text("p04/feedback.html")),
    "p05": lambda: count_p05(raw_text("p05/feedback.txt")), "p06": lambda: count_bold_docx("p06/feedback.docx", 9),
    "p07": lambda: count_p07(raw_text("p07/feedback.txt")), "p08": lambda: count_p08(raw_text("p08/feedback.txt")),
    "p09": lambda: count_p09(raw_text("p09/feedback.txt")), "p10": lambda: count_bold_docx("p10/feedback.docx", 7),
}

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
        fails.append(f"{name}: every dev92 pair is mode 'pair' with exactly one feedback.*")
    encs, fbtext = [], ""
    for f in fb:
        try:
            fbtext, e = visible(f)
            encs.append(f"feedback.{f.rsplit('.', 1)[1]}={e} ({nchars(fbtext)} chars)")
            lo, hi = LENGTHS["feedback"]
            if not lo <= nchars(fbtext) <= hi:
                fails.append(f"{name}: feedback has {nchars(fbtext)} characters, outside {lo}-{hi}")
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
    try:
        counted = COUNTERS[name]()
        if counted != n:
            fails.append(f"{name}: gold says {n} problems, the feedback's numbering gives {counted}")
    except Exception as e:
        fails.append(f"{name}: feedback numbering not as expected: {e!r}")
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
    fd_s, rd_s = DATES[name]
    if fd_s not in fbtext or rd_s not in text:
        fails.append(f"{name}: feedback date {fd_s} or report date {rd_s} not found in the documents")
    fd, rd = parse_date(fd_s), parse_date(rd_s)
    late = rd > plus_months(fd, 3)
    where = "must_flag" if late else "must_not_flag"
    if not any(f["kind"] == "late-report" for f in g[where]):
        fails.append(f"{name}: report {(rd - fd).days} days after feedback (late={late}) but late-report not in {where}")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {g['mode']}, {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}; {', '.join(encs)}; {(rd - fd).days} days{' LATE' if late else ''}; "
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


def tbl_rows(rel):
    """Rows of every Word table in a DOCX as lists of cell texts (paragraphs joined by \\n); vMerge-continue cells ''."""
    xml = docx_xml(os.path.join(root, rel))
    out = []
    for tbl in re.findall(r"(?s)<w:tbl>.*?</w:tbl>", xml):
        rows = []
        for tr in re.findall(r"(?s)<w:tr>.*?</w:tr>", tbl):
            cells = []
            for tc in re.findall(r"(?s)<w:tc>.*?</w:tc>", tr):
                ps = ["".join(re.findall(r"(?s)<w:t[^>]*>(.*?)</w:t>", p)) for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", tc)]
                cells.append(html.unescape("\n".join(ps)))
            rows.append(cells)
        out.append(rows)
    return out


# ---- per-pair form checks (the ledgers) ----
# disclosure words; 公开招租 / 公开招聘 / 公开比价 are not disclosure of the rectification
DISCLOSE = re.compile(r"公开栏|公示栏|公众号|门户网站|主动公开|公开(?!招租|招聘|比价)")
# p01: landscape DOCX table, 8 columns, problem 3 split into two rows by vMerge (owner cell empty in the second row)
_t = tbl_rows("p01/report.docx")
form(len(_t) == 1 and len(_t[0]) == 10 and all(len(r) == 8 for r in _t[0]) and _t[0][0][7] == "备注"
     and _t[0][4][0] == "" and _t[0][4][3] == "" and "vMerge" in visible(os.path.join(root, "p01/report.docx"))[1],
     "p01/report.docx: expected one 8-column table of 9 task rows, row 3 split with an empty merged owner cell")
# p02: tab-separated ledger, header twice around a page line, 8 task rows of 7 fields, row 6 owner ——, row 7 no date
_t = raw_text("p02/report.txt")
_rows = [l.split("\t") for l in _t.split("\n") if re.match(r"^\d(-\d)?\t", l)]
form(_t.count("序号\t问题清单\t整改措施") == 2 and "第 1 页 共 2 页" in _t and len(_rows) == 8
     and all(len(r) == 7 for r in _rows) and _rows[6][3] == "——" and _rows[7][5] == "" and _rows[6][6] == "已完成"
     and "拟于2025年3月底前" in _rows[6][2],
     "p02/report.txt: expected a tab ledger with a repeated header, row 6 owner ——, row 7 no time limit")
# p03: one cell a line — 7 header lines then 8 rows of 7 lines; row 8's 责任科室 is an empty line
_l = raw_text("p03/report.txt").split("\n")
_h = _l.index("序号")
_cells = _l[_h:_h + 7 * 9]
form(_cells[:7] == ["序号", "反馈问题", "整改措施", "责任领导", "责任科室", "整改时限", "整改进展"]
     and [_cells[7 * i] for i in range(1, 9)] == [str(i) for i in range(1, 9)] and _cells[7 * 8 + 4] == ""
     and _cells[7 * 3 + 5] == "本季度内" and _cells[7 * 6 + 3] == "院长（党总支副书记）",
     "p03/report.txt: expected one cell a line, 8 rows of 7 cells, 本季度内, an empty 责任科室 in row 8")
# p04: covering letter + DOCX table with rows 1-5 only + 追责问责 + 建章立制
_t = tbl_rows("p04/report.docx")
_txt = raw_text("p04/report.docx")
form(len(_t) == 1 and [r[0] for r in _t[0][1:]] == ["1", "2", "3", "4", "5"] and _t[0][3][5] == "视排查情况而定"
     and "二、追责问责情况" in _txt and "三、建章立制清单" in _txt and "组织关系" not in _txt,
     "p04/report.docx: expected a 5-row ledger (no row for 六是), 视排查情况而定, accountability and rules lists")
# p05: ｜ rows, 7 rows of 6 fields, row 3 time limit /, row 4 owner 中心领导班子, boilerplate twice, no 领导小组, no disclosure
_t = raw_text("p05/report.txt")
_rows = [l.split("｜") for l in _t.split("\n") if re.match(r"^\d｜", l)]
_rep = "组织全体党员干部深入学习习近平总书记关于巡视工作的重要论述，对照反馈问题深入查摆"
form(len(_rows) == 7 and all(len(r) == 6 for r in _rows) and _rows[2][4] == "/" and _rows[3][3] == "中心领导班子"
     and _t.count(_rep) == 2 and "领导小组" not in _t.replace("县委巡察工作领导小组", "") and "第一责任人" not in _t and not DISCLOSE.search(_t),
     "p05/report.txt: expected 7 ｜-rows, a / time limit, 中心领导班子, a pasted paragraph, no 领导小组, no disclosure")
# p06: public HTML notice; table rows with rowspan, （五）（六） in one row, claim 7 done vs 3 rows 正在推进
_raw = decode_bytes("p06/report.html", open(os.path.join(root, "p06/report.html"), "rb").read())[0]
_trs = re.findall(r"(?s)<tr>(.*?)</tr>", _raw.split('class="zg"')[1])
_ongoing, _cur = set(), None
for _tr in _trs[1:]:
    _m = re.search(r'<td(?: rowspan="\d")?>(\d)</td>', _tr)
    _cur = _m.group(1) if _m else _cur          # a rowspan continuation row belongs to the row above
    if "正在推进" in _tr:
        _ongoing.add(_cur)
form(len(_trs) == 10 and 'rowspan="2"' in _raw and re.search(r"（五）[^<]*<br>（六）", _raw)
     and "已完成整改7个，其余2个正在推进" in _raw and _ongoing == {"1", "2", "6"} and "主动公开" in _raw, "p06/report.html: expected a table with a rowspan, a shared （五）（六） row, 7-done claim vs 3 ongoing")
# p07: DOCX, three tables (ledger with shared row 4、7 and merged row 5; accountability 5 rows; rules 9 rows)
_t = tbl_rows("p07/report.docx")
form(len(_t) == 3 and [r[0] for r in _t[0][1:]] == ["1", "2", "3", "4、7", "5", "", "6", "8"] and _t[0][6][3] == ""
     and len(_t[1]) == 6 and len(_t[2]) == 10, "p07/report.docx: expected a ledger with a shared 4、7 row and a merged 5, 5 accountability rows, 9 rules")
# p08: system export blocks; 10 tasks, no XC-WX-05, header counts match the statuses, 03-1 已销号 on a plan
_t = raw_text("p08/report.txt")
_codes = re.findall(r"^任务编号：XC-WX-(\d\d)-\d$", _t, re.M)
_st = re.findall(r"^整改状态：(\S+)$", _t, re.M)
form(len(_codes) == 10 and "05" not in _codes and _st.count("已销号") == 8 and _st.count("未销号") == 2
     and "任务总数：10　已销号：8　未销号：2" in _t and "完成时限：——" in _t,
     "p08/report.txt: expected 10 task blocks without XC-WX-05, counts 8 + 2, one time limit ——")
# p09: bare DOCX table split over a page break with the header repeated; row 2 owner /, row 10 no time limit
_t = tbl_rows("p09/report.docx")
_x = docx_xml(os.path.join(root, "p09/report.docx"))
_txt = raw_text("p09/report.docx")
form(len(_t) == 2 and _t[0][0] == _t[1][0] and len(_t[0]) + len(_t[1]) == 12 and _t[0][2][3] == "/"
     and _t[1][5][5] == "" and 'w:type="page"' in _x and "续表" in _txt and "领导小组" not in _txt
     and "主任" not in re.sub(r"副主任", "", _txt) and not DISCLOSE.search(_txt),
     "p09/report.docx: expected a two-part table with the header repeated, owner /, empty time limit, no 主任/领导小组/disclosure")
# p10: covering letter + tab ledger 7 rows × 7 fields + 附件2 + 附件3; all-done claim; boilerplate twice; no 裁量基准
_t = raw_text("p10/report.txt")
_rows = [l.split("\t") for l in _t.split("\n") if re.match(r"^\d\t", l)]
form(len(_rows) == 7 and all(len(r) == 7 for r in _rows) and "已全部整改到位" in _t and "拟于2025年3月至5月" in _rows[0][2]
     and _t.count("认真落实“三会一课”制度，组织党员干部深入学习党的创新理论") == 2 and "附件2：追责问责情况" in _t
     and "附件3：建章立制清单" in _t and "裁量基准" not in _t,
     "p10/report.txt: expected a 7-row tab ledger, the all-done claim, a pasted sentence, annexes, no 裁量基准")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
