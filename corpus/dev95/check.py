#!/usr/bin/env python3
"""Check the dev95 pairs (p01-p10, pair ids d95-01 … d95-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT/HTML: UTF-8 / GB18030 (GBK) / UTF-16 LE with BOM, CRLF only where declared, a
GB18030 file must not be valid UTF-8, an HTML page's <meta> charset must agree with its bytes; DOCX: word/document.xml
paragraph text), every `links` substring occurs exactly once in the report's visible text (HTML: tags stripped, entities
unescaped; DOCX: paragraphs and table cells one per line), each gold.json is consistent (only the dev-pairs keys; known
kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue; links only on answered problems; every
answered problem has at least one link; mode "pair" with one feedback; no duplicate (kind, issue); every entry has a
why; no stray files), every gap kind is planted (must_flag) in at least one pair and has at least one counter-case
(must_not_flag) in the set, one or two pairs have no must_flag (good reports), and every gold file runs through
/work/shared/dev-pairs/score.py against an empty analyze JSON. Lengths (non-whitespace characters): feedback 800-3000,
report 1000-5000. New here: the feedback and report dates of each pair are found in the documents and late-report in the
gold agrees with them (a first report after three months must be flagged, one inside must not; a later report must name
the earlier report's date and that date must be inside three months); the gold's problem count is recounted from each
feedback's own structure; pair-specific form checks follow at the end.
Usage: python3 check.py [dev95-dir]. Exit 1 on failure."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of every text and HTML file; DOCX files are listed apart
DECLARED = {
    "p01/feedback.txt": ("utf-8", "lf"), "p01/report.txt": ("utf-8", "lf"),
    "p02/feedback.txt": ("gb18030", "lf"),
    "p03/feedback.txt": ("utf-8", "crlf"), "p03/report.txt": ("gb18030", "lf"),
    "p04/feedback.html": ("utf-8", "lf"), "p04/report.html": ("gb18030", "crlf"),
    "p05/report.txt": ("utf-16-le-bom", "lf"),
    "p06/feedback.txt": ("utf-8", "lf"), "p06/report.txt": ("gb18030", "crlf"),
    "p07/feedback.txt": ("utf-8", "crlf"), "p07/report.txt": ("utf-8", "lf"),
    "p08/feedback.txt": ("gb18030", "lf"),
    "p09/feedback.txt": ("utf-8", "lf"), "p09/report.txt": ("utf-8", "lf"),
    "p10/feedback.txt": ("utf-16-le-bom", "crlf"), "p10/report.txt": ("utf-8", "crlf"),
}
DOCX = {"p02/report.docx", "p05/feedback.docx", "p08/report.docx"}
LENGTHS = {"feedback": (800, 3000), "report": (1000, 5000)}
# feedback date, report date, "first" (the unit's first report) or "later" + the earlier report's date as written
DATES = {
    "p01": ("2025-01-16", "2025-07-18", "later", "2025-04-14", "4月14日报送了集中整改情况报告"),
    "p02": ("2025-03-20", "2025-06-13", "first", None, None),
    "p03": ("2024-10-22", "2025-03-07", "first", None, None),
    "p04": ("2025-04-08", "2025-07-02", "first", None, None),
    "p05": ("2024-05-28", "2025-06-10", "later", "2024-08-22", "8月22日报送集中整改情况报告"),
    "p06": ("2024-11-12", "2025-05-20", "later", "2025-02-10", "已于2025年2月10日报送集中整改情况报告"),
    "p07": ("2025-02-26", "2025-05-23", "first", None, None),
    "p08": ("2024-09-05", "2025-03-14", "later", "2024-11-29", "11月29日报送集中整改情况报告"),
    "p09": ("2025-05-13", "2025-08-08", "first", None, None),
    "p10": ("2024-12-03", "2025-04-25", "first", None, None),
}
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


def html_visible(src, enc):
    m = re.search(r'charset="?([\w-]+)', src, re.I)
    assert m, "HTML without a charset declaration"
    meta = m.group(1).lower()
    assert (meta in ("gbk", "gb2312", "gb18030")) == (enc == "gb18030") and (meta == "utf-8") == (enc == "utf-8"), \
        f"meta charset {meta} disagrees with the declared {enc}"
    t = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", "", src)
    t = re.sub(r"(?i)<br\s*/?>|</(p|div|h1|h2|h3|li|tr)>", "\n", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = html.unescape(t)
    return "\n".join(l.strip() for l in t.split("\n") if l.strip())


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
    assert rel in DECLARED, "undeclared file"
    text, enc = decode_bytes(rel, open(f, "rb").read())
    if ext == "html":
        return html_visible(text, DECLARED[rel][0]), enc + "+html"
    return text, enc


def nchars(t):
    return len(re.sub(r"\s", "", t))


def cn_date(iso):
    d = datetime.date.fromisoformat(iso)
    return f"{d.year}年{d.month}月{d.day}日", d


def plus3m(d):
    m = d.month + 3
    y, m = d.year + (m - 1) // 12, (m - 1) % 12 + 1
    return datetime.date(y, m, min(d.day, 28 if m == 2 else 30 if m in (4, 6, 9, 11) else 31))


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good, texts, golds = {}, {}, [], {}, {}
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
    golds[name] = g
    if set(g) - GOLD_KEYS or not {"mode", "issues", "answered", "must_flag", "must_not_flag"} <= set(g):
        fails.append(f"{name}: gold keys {sorted(g)}")
    if len(rp) != 1:
        fails.append(f"{name}: expected one report.*, found {rp}")
        continue
    if g["mode"] != "pair" or len(fb) != 1:
        fails.append(f"{name}: every dev95 pair is mode 'pair' with exactly one feedback.*")
    encs = []
    for f in fb:
        try:
            t, e = visible(f)
            texts[name + "/feedback"] = t
            encs.append(f"feedback.{f.rsplit('.', 1)[1]}={e} ({nchars(t)} chars)")
            lo, hi = LENGTHS["feedback"]
            if not lo <= nchars(t) <= hi:
                fails.append(f"{name}: feedback has {nchars(t)} characters, outside {lo}-{hi}")
        except Exception as e:
            fails.append(f"{name}: {f} does not decode as declared: {e}")
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
    if sorted(map(int, g["answered"])) != list(range(1, n + 1)):
        fails.append(f"{name}: answered keys are not 1..{n}")
    if not 6 <= n <= 10:
        fails.append(f"{name}: {n} problems, outside 6-10")
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
    fdate, rdate, kind, earlier, phrase = DATES[name]
    fcn, fd = cn_date(fdate)
    rcn, rd = cn_date(rdate)
    ftext = texts.get(name + "/feedback", "")
    if fcn not in ftext and fcn[5:] not in ftext:
        fails.append(f"{name}: feedback date {fcn} not found in the feedback")
    if rcn not in text:
        fails.append(f"{name}: report date {rcn} not found in the report")
    if fcn not in text and fcn[5:] not in text:
        fails.append(f"{name}: the report does not name the feedback date {fcn}")
    late_flag = any(f["kind"] == "late-report" for f in g["must_flag"])
    late_not = any(f["kind"] == "late-report" for f in g["must_not_flag"])
    if kind == "first":
        is_late = rd > plus3m(fd)
        if is_late != late_flag or is_late == late_not:
            fails.append(f"{name}: late-report gold disagrees with the dates ({(rd - fd).days} days)")
    else:
        ed = datetime.date.fromisoformat(earlier)
        if phrase not in text or ed > plus3m(fd) or late_flag or not late_not:
            fails.append(f"{name}: a later report must name an in-time earlier report and carry late-report in must_not_flag")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {g['mode']}, {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}; {', '.join(encs)}; {kind} report, {(rd - fd).days} days; score.py on empty output {last}")
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


def T(name, which):
    return texts.get(f"{name}/{which}", "")


def count_is(name, n, what):
    form(golds.get(name, {}).get("issues") == n, f"{name}: the feedback's structure gives {n} problems ({what}), gold says {golds.get(name, {}).get('issues')}")


DISCLOSE = re.compile(r"公开栏|公示栏|门户网站|网站公开|网站“信息公开”|主动公开|予以公布|向社会公开")
LEAD = re.compile(r"(?<!巡察工作)领导小组|第一责任人")  # not the addressee 县委巡察工作领导小组办公室

# ---- problem counts recounted from each feedback's structure, and pair-specific form checks ----
# p01: （一）（二）（三）…方面 areas with continuous 1．–8． before 二、整改意见; report grouped by status with （反馈意见第N项）
_t = T("p01", "feedback")
_b = _t[:_t.index("二、整改意见")]
_nums = re.findall(r"^(\d)．", _b, re.M)
form(len(re.findall(r"^（[一二三]）.*方面$", _b, re.M)) == 3, "p01/feedback: expected three （N）…方面 areas")
form(_nums == [str(i) for i in range(1, 9)], f"p01/feedback: expected continuous 1．–8．, got {_nums}")
count_is("p01", len(_nums), "continuous 1．")
_t = T("p01", "report")
_tags = sorted(int(x) for x in re.findall(r"（反馈意见第(\d)项）", _t))
form(_tags == list(range(1, 9)), f"p01/report: expected one （反馈意见第N项） tag per problem, got {_tags}")
form(all(s in _t for s in ("二、已完成整改的问题（6个）", "三、基本完成、需持续推进的问题（1个）", "四、尚未完成的问题（1个）", "（反馈后六个月）")),
     "p01/report: expected the six-month report grouped 6/1/1 by status")
form(bool(DISCLOSE.search(_t)) and bool(LEAD.search(_t)), "p01/report: expected disclosure and a 领导小组")
# p02: speech 第一，…第七， paragraphs, 一要…三要; DOCX report: table of 7 rows, row 4 owned by 院领导班子, the 18.6万 claim
_t = T("p02", "feedback")
_nums = re.findall(r"^第([一二三四五六七八九十])，", _t, re.M)
form(_nums == list("一二三四五六七") and all(f"{c}要" in _t for c in "一二三"), f"p02/feedback: expected 第一，…第七， and 一要…三要, got {_nums}")
count_is("p02", len(_nums), "第N， paragraphs")
_x = zipfile.ZipFile(os.path.join(root, "p02", "report.docx")).read("word/document.xml").decode("utf-8")
_rows = re.findall(r"(?s)<w:tr>.*?</w:tr>", _x)
_cells = [["".join(re.findall(r"(?s)<w:t(?:\s[^>]*)?>(.*?)</w:t>", c)) for c in re.findall(r"(?s)<w:tc>.*?</w:tc>", r)] for r in _rows]
form(len(_cells) == 8 and all(len(c) == 7 for c in _cells) and _cells[4][3] == "院领导班子" and _cells[5][6] == "已完成。"
     and "其余6.2万元" in _cells[5][2], "p02/report.docx: expected a 7-row ledger, row 4 owned by 院领导班子, row 5 已完成 with 6.2万 pending")
_t = T("p02", "report")
form("清退违规发放的补助18.6万元" in _t and "已完成整改6个，正在推进1个" in _t, "p02/report.docx: expected the 18.6万 / 6-of-7 claim")
# p03: 问题清单 问题一：…问题七： + 具体表现：; report 问题N：/整改情况： with brackets, no earlier report named
_t = T("p03", "feedback")
_nums = re.findall(r"^问题([一二三四五六七八九十])：", _t, re.M)
form(_nums == list("一二三四五六七") and len(re.findall(r"^具体表现：", _t, re.M)) == 7, f"p03/feedback: expected 问题一：…问题七：, got {_nums}")
count_is("p03", len(_nums), "问题N：")
_t = T("p03", "report")
form(len(re.findall(r"^问题[一二三四五六七]：", _t, re.M)) == 7 and len(re.findall(r"^整改情况：", _t, re.M)) == 7
     and len(re.findall(r"^（责任人：", _t, re.M)) == 7 and "报送了集中整改" not in _t and "报送集中整改" not in _t,
     "p03/report: expected seven 问题N：/整改情况： items with brackets and no earlier report")
# p04: HTML news, problems in one 巡察组指出 sentence joined by ；; report HTML 通报 with 索引号 and 主动公开
_t = T("p04", "feedback")
_s = re.search(r"但也存在一些问题：(.*?)等问题。", _t)
_segs = _s.group(1).split("；") if _s else []
form(len(_segs) == 7, f"p04/feedback: expected seven ；-joined problems, got {len(_segs)}")
count_is("p04", len(_segs), "；-joined clauses")
form("当前位置" in _t and "相关链接" in _t, "p04/feedback: expected page chrome")
_t = T("p04", "report")
form(all(s in _t for s in ("索引号：", "主动公开", "三、已完成整改的问题", "四、正在推进的问题", "意见反馈时间")),
     "p04/report: expected a public 通报 with 索引号, 主动公开, status sections and a comment period")
form(re.search(r"古树.*?（责任人：伏星澜）", _t) is not None and "完成时限：2025年10月31日" in _t,
     "p04/report: expected the 古树 item without a time limit and the 人才 item with one")
# p05: DOCX bold （一）–（八） headings; report 回头看 grouped 6/1/1 with the all-done claim
_x = zipfile.ZipFile(os.path.join(root, "p05", "feedback.docx")).read("word/document.xml").decode("utf-8")
_bold = [p for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", _x) if "<w:b/>" in p]
_heads = [re.sub(r"<[^>]+>", "", p) for p in _bold]
_nums = [h[1] for h in _heads if re.match(r"^（[一二三四五六七八九十]）", h)]
form(_nums == list("一二三四五六七八"), f"p05/feedback.docx: expected bold （一）–（八）, got {_nums}")
count_is("p05", len(_nums), "bold （N） headings")
_t = T("p05", "report")
form(all(s in _t for s in ("（一）整改到位、成效巩固的问题（6个）", "（二）整改后出现反弹的问题（1个）", "（三）尚未完全整改到位的问题（1个）",
                            "8个方面问题已全部整改到位", "未发现问题反弹")), "p05/report: expected 6/1/1 groups and the all-done claim")
# p06: speech with inline 一是…六是 over two 从…看 paragraphs; report five headings, nothing on 聚餐, no disclosure, no lead
_t = T("p06", "feedback")
_nums = re.findall(r"([一二三四五六七八九])是", _t)
form(_nums == list("一二三四五六") and _t.count("从") >= 2 and all(f"{c}要" in _t for c in "一二三"),
     f"p06/feedback: expected inline 一是…六是 and 一要…三要, got {_nums}")
count_is("p06", len(_nums), "inline N是")
_t = T("p06", "report")
form(len(re.findall(r"^（[一二三四五]）关于", _t, re.M)) == 5 and "聚餐" not in _t and "酒店" not in _t and "公开" not in _t
     and not LEAD.search(_t) and "书记" not in _t, "p06/report: expected five headings, no 聚餐 answer, no disclosure, no 领导小组")
# p07: areas with restarting 1．2．(3．); report ｜ ledger 8 lines × 7 fields, row 7 undated, no disclosure
_t = T("p07", "feedback")
_nums = re.findall(r"^(\d)．", _t, re.M)
form(_nums == list("12123" "12"), f"p07/feedback: expected restarting 1．2．/1．2．3．/1．2．, got {_nums}")
count_is("p07", len(_nums), "restarting 1．")
_t = T("p07", "report")
_rows = [l.split("｜") for l in _t.split("\n") if "｜" in l]
form(len(_rows) == 8 and all(len(r) == 7 for r in _rows) and not re.search(r"\d", _rows[7][5]) and not DISCLOSE.search(_t)
     and "公开" not in _t, "p07/report: expected a 7-field ledger of 7 rows, row 7 undated, no disclosure")
# p08: 一、…七、 heading。detail; DOCX report: 7 bold 关于 headings, the pasted paragraph twice, a 4-column table of 8 rows
_t = T("p08", "feedback")
_b = _t[:_t.index("针对上述问题")]
_nums = re.findall(r"^([一二三四五六七八九十])、[^。\n]+。", _b, re.M)
form(_nums == list("一二三四五六七"), f"p08/feedback: expected 一、…七、 heading。detail, got {_nums}")
count_is("p08", len(_nums), "一、 headings")
_t = T("p08", "report")
_x = zipfile.ZipFile(os.path.join(root, "p08", "report.docx")).read("word/document.xml").decode("utf-8")
_paste = "把巡察整改与学校中心工作紧密结合起来，推动党建工作与教育教学深度融合，以高质量党建引领学校高质量发展"
form(len(re.findall(r"^（[一二三四五六七]）关于", _t, re.M)) == 7 and _t.count(_paste) == 2 and "<w:tbl>" in _x
     and len(re.findall(r"(?s)<w:tr>", _x)) == 8, "p08/report.docx: expected 7 headings, the paragraph pasted twice, an 8-row table")
# p09: 1．–6． heading lines + 具体表现：; first-person report grouped 4/2
_t = T("p09", "feedback")
_nums = re.findall(r"^(\d)．\S+$", _t, re.M)
form(_nums == list("123456") and len(re.findall(r"^具体表现：", _t, re.M)) == 6, f"p09/feedback: expected 1．–6． heading lines, got {_nums}")
count_is("p09", len(_nums), "1．heading lines")
_t = T("p09", "report")
form(_t.count("我") >= 8 and "二、已完成整改的问题（4个）" in _t and "三、阶段性完成、需持续推进的问题（2个）" in _t and DISCLOSE.search(_t),
     "p09/report: expected a first-person report grouped 4/2 with disclosure")
# p10: speech with three 从…看 paragraphs and restarting inline 一是…; report six headings, nothing on 中层干部, all-done claim
_t = T("p10", "feedback")
_paras = [p for p in _t.split("\n") if p.startswith("从") and "看，一是" in p]
_per = [len(re.findall(r"[一二三四五]是", p)) for p in _paras]
form(_per == [2, 3, 2], f"p10/feedback: expected three 从…看 paragraphs with 2/3/2 inline 一是…, got {_per}")
count_is("p10", sum(_per), "restarting inline N是")
_t = T("p10", "report")
form(len(re.findall(r"^（[一二三四五六]）关于", _t, re.M)) == 6 and "中层干部" not in _t and "选人用人" not in _t
     and "7个问题已全部整改完成" in _t and "正在审理" in _t, "p10/report: expected six headings, no 选人用人 answer, the all-done claim")

print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
