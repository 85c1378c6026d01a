#!/usr/bin/env python3
"""Check the dev97 pairs (p01-p10, pair ids d97-01 … d97-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT/HTML: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file
must not be valid UTF-8; HTML: visible body text with tags, scripts and styles removed; DOCX: word/document.xml paragraph
text, table cells included), every `links` substring occurs exactly once in the report's visible text, each gold.json is
consistent (only the dev-pairs keys; mode "pair"; known kinds; null issue for document-level kinds; ranges; answered vs
unanswered-issue; links only on answered problems; every answered problem has at least one link; no duplicate (kind,
issue); every entry has a why; no stray files), the problem count of each gold equals the count read from the feedback's
own structure (a per-pair counter below), late-report in the gold agrees with the feedback and report dates (three
calendar months), every gap kind is planted (must_flag) in at least one pair and has a counter-case (must_not_flag) in
the set, one or two pairs have no must_flag (good reports), and every gold file runs through
/work/shared/dev-pairs/score.py against an empty analyze JSON {"issues":[],"measures":[],"gaps":[]}. Each feedback must
have 800-3000 and each report 800-5000 non-whitespace visible characters. Pair-specific form checks follow at the end.
Usage: python3 check.py [dev97-dir]. Exit 1 on failure."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of text and HTML files (every other .txt/.html: UTF-8, LF)
DECLARED = {
    "p02/feedback.txt": ("gb18030", "lf"),
    "p03/report.txt": ("gb18030", "lf"),
    "p04/feedback.txt": ("utf-8", "crlf"),
    "p04/report.txt": ("utf-16-le-bom", "lf"),
    "p05/report.txt": ("gb18030", "lf"),
    "p06/feedback.txt": ("gb18030", "lf"),
    "p06/report.txt": ("utf-8", "crlf"),
    "p09/report.txt": ("gb18030", "crlf"),
    "p10/feedback.txt": ("utf-16-le-bom", "crlf"),
    "p10/report.html": ("gb18030", "lf"),
}
HTML = {"p01/report.html", "p07/feedback.html", "p10/report.html"}
DOCX = {"p02/report.docx", "p03/feedback.docx", "p09/feedback.docx"}
LENGTHS = {"feedback": (800, 3000), "report": (800, 5000)}
# feedback date and report date as written in the documents (late-report is judged on these)
DATES = {
    "p01": ("2025年4月22日", "2025年7月16日"), "p02": ("2024年11月12日", "2025年2月6日"),
    "p03": ("2025年5月20日", "2025年8月14日"), "p04": ("2024年12月3日", "2025年2月27日"),
    "p05": ("2025年3月18日", "2025年7月9日"), "p06": ("2024年8月27日", "2024年11月22日"),
    "p07": ("6月10日", "2025年9月2日"), "p08": ("2025年1月14日", "2025年4月10日"),
    "p09": ("2024年11月26日", "2025年3月20日"), "p10": ("4月9日", "2025年6月30日"),
}
FB_YEAR = {"p07": 2025, "p10": 2025}  # news items give the year in the page date only
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


def html_visible(src):
    m = re.search(r"(?is)<meta[^>]*charset=\"?([\w-]+)", src)
    assert m, "HTML without a declared charset"
    t = re.sub(r"(?is)<head>.*?</head>", "", src)
    t = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", "", t)
    t = re.sub(r"(?i)<br\s*/?>|</(p|div|h[1-6]|tr|li|ul|table)>", "\n", t)
    t = re.sub(r"(?s)<[^>]+>", "", t)
    t = html.unescape(t)
    t = "\n".join(l.strip() for l in t.split("\n"))
    return re.sub(r"\n{2,}", "\n", t).strip(), m.group(1).lower()


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
        text, meta = html_visible(text)
        want = {"utf-8": {"utf-8"}, "gb18030": {"gbk", "gb2312", "gb18030"}}[enc.split("+")[0]]
        assert meta in want, f"meta charset {meta} does not match the declared {enc}"
        enc = f"html[{enc}, meta {meta}]"
    return text, enc


def nchars(t):
    return len(re.sub(r"\s", "", t))


def cn_date(s, year=None):
    m = re.fullmatch(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日", s)
    return datetime.date(int(m.group(1) or year), int(m.group(2)), int(m.group(3)))


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    return datetime.date(d.year + y, m + 1, d.day)


# ---- per-pair problem counters, read from each feedback's own structure ----
def upto(t, stop):
    assert stop in t, f"marker {stop} missing"
    return t[:t.index(stop)]


def count_p01(t):
    return len(re.findall(r"^[1-9]．", upto(t, "二、整改意见"), re.M))


def count_p02(t):
    return len(re.findall(r"^第[一二三四五六七八九十]，", t, re.M))


def count_p03(t):
    body = t[t.index("一、主要问题"):t.index("二、整改意见")]
    return len(re.findall(r"^（[一二三四五六七八九十]）", body, re.M))


def count_p04(t):
    return len(re.findall(r"^[1-9]．", upto(t, "针对上述问题"), re.M))


def count_p05(t):
    return len(re.findall(r"^[一二三四五六七八九十]、", upto(t, "针对以上问题"), re.M))


def count_p06(t):
    return len(re.findall(r"^问题\d+：", t, re.M))


def count_p07(t):
    m = re.search(r"但巡察也发现了一些问题：(.*?)等问题。", t)
    return len(m.group(1).split("；"))


def count_p08(t):
    return len(re.findall(r"^[1-9]．\S+$", upto(t, "二、整改意见"), re.M))


ORD = "一二三四五六七八九十"


def count_p09(t):
    found = []
    for para in t.split("\n"):
        if para.startswith("从"):
            found += re.findall(f"([{ORD}])是", para)
    assert "".join(found) == ORD[:len(found)], f"一是… not continuous: {found}"
    return len(found)


def count_p10(t):
    para = next(p for p in t.split("\n") if "主要有：" in p)
    found = re.findall(f"([{ORD}])是", para[para.index("主要有："):])
    assert "".join(found) == ORD[:len(found)], f"一是… not continuous: {found}"
    return len(found)


COUNTERS = {f"p{i:02d}": globals()[f"count_p{i:02d}"] for i in range(1, 11)}

total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good = {}, {}, []
texts = {}
empty = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump({"issues": [], "measures": [], "gaps": []}, empty)
empty.close()
for rel in sorted(set(DECLARED) | HTML | DOCX):
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
        fails.append(f"{name}: every dev97 pair is mode 'pair' with exactly one feedback.* and one report.*")
        continue
    encs = []
    try:
        ftext, e = visible(fb[0])
        texts[name + "/feedback"] = ftext
        encs.append(f"feedback.{fb[0].rsplit('.', 1)[1]}={e} ({nchars(ftext)} chars)")
        lo, hi = LENGTHS["feedback"]
        if not lo <= nchars(ftext) <= hi:
            fails.append(f"{name}: feedback has {nchars(ftext)} characters, outside {lo}-{hi}")
    except Exception as e:
        fails.append(f"{name}: {fb[0]} does not decode as declared: {e}")
        continue
    try:
        text, enc = visible(rp[0])
        texts[name + "/report"] = text
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
        counted = COUNTERS[name](ftext)
        if counted != n:
            fails.append(f"{name}: gold says {n} problems, the feedback's structure gives {counted}")
    except Exception as e:
        fails.append(f"{name}: problem counter failed: {e}")
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
    # late-report against the dates written in the two documents
    fd, rd = DATES[name]
    if fd not in ftext or rd not in text:
        fails.append(f"{name}: dates {fd} / {rd} not found in feedback / report")
    else:
        f_date, r_date = cn_date(fd, FB_YEAR.get(name)), cn_date(rd)
        late = r_date > add_months(f_date, 3)
        in_flag = ("late-report", None) in {(f["kind"], f["issue"]) for f in g["must_flag"]}
        in_not = ("late-report", None) in {(f["kind"], f["issue"]) for f in g["must_not_flag"]}
        if late != in_flag or late == in_not:
            fails.append(f"{name}: report {(r_date - f_date).days} days after feedback (late={late}) but gold late-report "
                         f"must_flag={in_flag}, must_not_flag={in_not}")
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


def T(key):
    return texts.get(key, "")


def xml(rel):
    return zipfile.ZipFile(os.path.join(root, rel)).read("word/document.xml").decode("utf-8")


# ---- per-pair form checks ----
DISCLOSE = re.compile(r"向社会公开|向社会通报|向社会公布|公开栏|公示栏|公告栏|监督电话|联系电话|门户网站|网站公开|全文公开|予以公布|主动公开")
OWNER = re.compile(r"[（(]?(责任领导|责任人|牵头)：")
# p01: feedback areas （一）–（三）…方面 with continuous 1．–7．; report a public HTML 通报 with 7 items, each with a bracket
_t = T("p01/feedback")
form(len(re.findall(r"^（[一二三]）\S+方面$", _t, re.M)) == 3, "p01/feedback: expected three （N）…方面 area lines")
_t = T("p01/report")
form(len(re.findall(r"^[1-7]．关于\S+的问题$", _t, re.M)) == 7 and _t.count("（责任领导：") == 7 and "发布时间" in _t
     and "联系电话" in _t and "签字背书" in _t, "p01/report: expected a public 通报 with seven bracketed items")
# p02: speech 第一，…第六，, 一要…三要; DOCX with a Word table of header + 6 rows, row 2 owned by 公司领导班子, no word on the seller
_t = T("p02/feedback")
form(all(f"{c}要" in _t for c in "一二三") and "同志们" in _t and "三个月内" in _t, "p02/feedback: expected a speech with 一要…三要")
_x = xml("p02/report.docx")
_t = T("p02/report")
form(_x.count("<w:tr>") == 7 and "<w:tbl>" in _x and "公司领导班子" in _t and "诸某某" not in _t and "好处费" not in _t
     and "第一责任人" in _t, "p02/report: expected a 7-row table, row 2 owned by 公司领导班子, the seller never named")
# p03: DOCX with bold （一）–（七） heading paragraphs; report seven 关于“…”的问题 with five field lines, （二） undated
_x = xml("p03/feedback.docx")
_heads = [p for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", _x) if re.search(r"<w:t[^>]*>（[一二三四五六七]）", p)]
form(len(_heads) == 7 and all("<w:b/>" in p for p in _heads), "p03/feedback: expected seven bold （N） heading paragraphs")
_t = T("p03/report")
form(len(re.findall(r"^（[一二三四五六七]）关于“", _t, re.M)) == 7
     and all(len(re.findall(f"^{k}：", _t, re.M)) == 7 for k in ("整改措施", "责任领导", "责任科室", "整改时限", "整改成效"))
     and "整改时限：根据园区招商进展适时推进" in _t, "p03/report: expected seven 关于 items with five fields, （二） undated")
# p04: areas with restarting 1．; report by number, 二-2/二-3 merged, 三-2 missing, the 所长 never named, no disclosure
_t = T("p04/feedback")
form(len(re.findall(r"^1．", _t, re.M)) == 3, "p04/feedback: expected 1． restarting in three areas")
_t = T("p04/report")
form(len(re.findall(r"^（[一二三四五]）针对反馈意见第", _t, re.M)) == 5 and "第二部分第2个、第3个问题" in _t
     and "第三部分第2个问题" not in _t and "甄" not in _t and not DISCLOSE.search(_t),
     "p04/report: expected five by-number answers (one merged), none for 三-2, no 所长, no disclosure")
# p05: 一、…六、 heading。detail; report with own headings, no 领导小组 / 第一责任人 / 书记, the 副主任 never named, late
_t = T("p05/feedback")
form(len(re.findall(r"^[一二三四五六]、[^。]+。", upto(_t, "针对以上问题"), re.M)) == 6, "p05/feedback: expected 一、…六、 heading。detail")
_t = T("p05/report")
form(len(re.findall(r"^（[一二三四五六]）\S{4,8}$", _t, re.M)) == 6 and "整改工作领导小组" not in _t and "第一责任人" not in _t
     and "党委书记" not in _t and "庹" not in _t and "视联社资金情况逐步解决" in _t,
     "p05/report: expected six own headings, no leading group, the 副主任 unnamed, 逐步解决 undated")
# p06: 问题清单 with 具体表现：; report 问题N：/整改情况： + bracket, all-done claim vs pending, 中心各科室
_t = T("p06/feedback")
form(len(re.findall(r"^具体表现：", _t, re.M)) == 7, "p06/feedback: expected seven 具体表现：")
_t = T("p06/report")
form(len(re.findall(r"^问题[1-7]：", _t, re.M)) == 7 and len(re.findall(r"^整改情况：", _t, re.M)) == 7
     and "整改完成率100%" in _t and "正在调查中" in _t and "责任单位：中心各科室" in _t,
     "p06/report: expected 问题N：/整改情况：, the 100% claim, the open case and 中心各科室")
# p07: HTML news page with the problems in one sentence and a 表态 一是…三是; report six 关于 items, （六） owned in the closing part
_t = T("p07/feedback")
form("巡察组指出" in _t and "发布时间" in _t and "一是提高认识" in _t, "p07/feedback: expected a news page with 巡察组指出 and a 表态")
_t = T("p07/report")
_items = re.split(r"^（[一二三四五六]）关于", _t, flags=re.M)
form(len(_items) == 7 and "责任领导" not in _items[6].split("三、")[0] and "第六个问题由党支部书记逄建勋亲自负责" in _t,
     "p07/report: expected six 关于 items, （六） without a bracket owner, owned in the closing paragraph")
# p08: 1．–7． heading lines + 具体表现：; report ｜ ledger of header + 6 rows, nothing on safety, all-done claim, no disclosure
_t = T("p08/feedback")
form(len(re.findall(r"^具体表现：", _t, re.M)) == 7, "p08/feedback: expected seven 具体表现：")
_t = T("p08/report")
_rows = [l.split("｜") for l in _t.split("\n") if "｜" in l]
form(len(_rows) == 7 and all(len(r) == 6 for r in _rows) and _rows[5][3] == "全体班子成员" and "叉车" not in _t
     and "消防" not in _t and "全部整改完毕" in _t and "整改工作领导小组" not in _t and "第一责任人" not in _t and not DISCLOSE.search(_t),
     "p08/report: expected a 6-field ledger of 6 rows, row 5 owned by 全体班子成员, no safety row, no disclosure")
# p09: DOCX speech, 一要…三要 asking for a 防范机制; report six own headings, no rule under （四）, late
_t = T("p09/feedback")
form(all(f"{c}要" in _t for c in "一二三") and "防范机制" in _t, "p09/feedback: expected 一要…三要 with the 防范机制 request")
_t = T("p09/report")
_sec4 = _t[_t.index("（四）考试员纪律"):_t.index("（五）")]
form(len(re.findall(r"^（[一二三四五六]）\S{4,6}$", _t, re.M)) == 6 and "《" not in _sec4 and "完成时限：长期坚持" in _t,
     "p09/report: expected six short headings and no rule under （四）")
# p10: news item with 主要有：一是…七是; public HTML 通报 with 索引号, the boilerplate pasted under （一） and （七）
_t = T("p10/feedback")
form("主要有：一是" in _t and "七是" in _t and "八是" not in _t, "p10/feedback: expected 主要有：一是…七是")
_t = T("p10/report")
_rep = "公司党支部坚持把巡察整改作为重要政治任务，组织党员干部深入学习上级有关文件精神，对照反馈问题深入查摆原因"
form("索引号" in _t and "主动公开" in _t and _t.count(_rep) == 2 and len(re.findall(r"^（[一二三四五六七]）关于", _t, re.M)) == 7,
     "p10/report: expected a public 通报 with 索引号 and the boilerplate twice")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
