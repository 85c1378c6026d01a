#!/usr/bin/env python3
"""Check the dev65 pairs (p01-p10, pair ids d65-01 … d65-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT/HTML: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file
must not be valid UTF-8; DOCX: word/document.xml paragraph text; HTML: tags stripped, entities decoded), every `links`
substring occurs exactly once in the report's visible text, each gold.json is consistent (only the dev-pairs keys; known
kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue; links only on answered problems; every
answered problem has at least one link; mode vs feedback presence; no duplicate (kind, issue); every entry has a why; no
stray files), every gap kind is planted (must_flag) in at least one pair and has at least one counter-case
(must_not_flag) in the set, one or two pairs have no must_flag (good reports), most pairs have one to three must_flag,
every gold file runs through /work/shared/dev-pairs/score.py against an empty analyze JSON, the problem count of each
pair is the declared one, the feedback and report dates are in the documents and the late-report gold agrees with them
(three calendar months from the feedback date). Each feedback must have 800-3000 and each report 1500-5000
non-whitespace characters. Pair-specific form checks follow at the end.
Usage: python3 check.py [dev65-dir]. Exit 1 on failure."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text and HTML files (every other .txt/.html: UTF-8, LF)
DECLARED = {
    "p02/feedback.txt": ("utf-8", "crlf"),
    "p03/report.txt": ("gb18030", "lf"),
    "p06/report.txt": ("utf-16-le-bom", "lf"),
    "p09/feedback.txt": ("gb18030", "lf"),
}
DOCX = {"p05/feedback.docx", "p10/report.docx"}
HTML = {"p07/report.html", "p08/feedback.html"}
# problem counts as judged (notes.md of each pair says how they were counted)
COUNTS = {"p01": 6, "p02": 7, "p03": 8, "p04": 7, "p05": 6, "p06": 7, "p07": 7, "p08": 7, "p09": 6, "p10": 7}
# feedback date, report date (both must appear in the documents as YYYY年M月D日)
DATES = {"p01": ("2025-03-11", "2025-05-30"), "p02": ("2024-10-15", "2025-01-08"), "p03": ("2024-08-20", "2024-12-06"),
         "p04": ("2025-04-09", "2025-06-27"), "p05": ("2024-12-03", "2025-02-26"), "p06": ("2025-01-14", "2025-04-03"),
         "p07": ("2025-05-20", "2025-08-08"), "p08": ("2024-09-24", "2024-12-17"), "p09": ("2024-06-04", "2024-09-27"),
         "p10": ("2025-02-18", "2025-05-12")}
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


def html_text(raw_text):
    t = re.sub(r"(?is)<(head|style|script)[^>]*>.*?</\1>", "", raw_text)
    t = re.sub(r"(?i)</?(p|div|h[1-6]|tr|table|br|hr|li|ul|ol)[^>]*>", "\n", t)
    t = re.sub(r"(?i)</t[dh]>", "\t", t)
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
        assert re.search(r'<meta charset="utf-8">', text), "HTML without a utf-8 meta charset"
        return html_text(text), "html/" + enc
    return text, enc


def nchars(t):
    return len(re.sub(r"\s", "", t))


def cn_date(iso):
    d = datetime.date.fromisoformat(iso)
    return d, f"{d.year}年{d.month}月{d.day}日"


def add_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    last = [31, 29 if y % 4 == 0 and (y % 100 or y % 400 == 0) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return datetime.date(y, m, min(d.day, last))


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good, flagcounts = {}, {}, [], []
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
        fails.append(f"{name}: every dev65 pair is mode 'pair' with exactly one feedback.*")
    encs, ftext = [], ""
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
    if n != COUNTS.get(name):
        fails.append(f"{name}: gold issues {n} != declared count {COUNTS.get(name)}")
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
    flagcounts.append(len(g["must_flag"]))
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
    fd, fs = cn_date(DATES[name][0])
    rd, rs = cn_date(DATES[name][1])
    if fs not in ftext:
        fails.append(f"{name}: feedback date {fs} not in the feedback")
    if rs not in text:
        fails.append(f"{name}: report date {rs} not in the report")
    if fs not in text:
        fails.append(f"{name}: the report does not name the feedback date {fs}")
    late = rd > add_months(fd, 3)
    flagged = any(f["kind"] == "late-report" for f in g["must_flag"])
    notflag = any(f["kind"] == "late-report" for f in g["must_not_flag"])
    if late != flagged or (not late and not notflag):
        fails.append(f"{name}: report {(rd - fd).days} days after feedback, late={late}, but gold late-report flag={flagged}")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {g['mode']}, {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}; {(rd - fd).days} days; {', '.join(encs)}; score.py on empty output {last}")
os.unlink(empty.name)
for k in sorted(KINDS):
    if not planted.get(k):
        fails.append(f"kind {k} is never planted (must_flag)")
    if not countered.get(k):
        fails.append(f"kind {k} has no counter-case (must_not_flag)")
if not 1 <= len(good) <= 2:
    fails.append(f"expected one or two pairs without must_flag (good reports), found {good}")
if sum(1 for c in flagcounts if 1 <= c <= 3) < len(flagcounts) - 2:
    fails.append(f"most pairs should have one to three must_flag: {flagcounts}")


def form(ok, what):
    if not ok:
        fails.append(what)


def txt(rel):
    return visible(os.path.join(root, rel))[0]


# ---- per-pair form checks ----
DISCLOSE = re.compile(r"网站公开|门户网站|公开栏|公示栏|向社会公开|予以公布|主动公开|监督电话")
# p01: speech, 从…看 paragraphs, a 不属实 complaint, 一要…三要; report without 领导小组 / 第一责任人 / 书记
_t = txt("p01/feedback.txt")
form(_t.startswith("在县委第三巡察组") and len(re.findall(r"^从\S{2,6}看，", _t, re.M)) == 5 and "不属实" in _t
     and all(f"{c}要" in _t for c in "一二三") and "与此同时" in _t, "p01/feedback.txt: expected a speech with five 从…看 paragraphs")
_t = txt("p01/report.txt")
form(len(re.findall(r"^（[一二三四五六]）关于“", _t, re.M)) == 6 and "领导小组" not in _t.split("县委巡察工作领导小组：", 1)[1]
     and "第一责任人" not in _t and "书记" not in _t.replace("副书记", ""), "p01/report.txt: expected six 关于 items and no 领导小组/第一责任人/书记")
# p02: unnumbered prose problems with turns, CRLF; report 问题一–问题六, no 接待, one undated 完成时限
_t = txt("p02/feedback.txt")
_body = _t[_t.index("二、巡察发现的主要问题"):_t.index("三、整改意见")]
form(not re.search(r"^\s*(\d|[一二三四五六七]是|（[一二三四五六七]）)", _body.split("\n", 1)[1], re.M)
     and all(w in _body for w in ("此外，", "另外，", "还有，", "与此同时，", "同时，", "究其原因")),
     "p02/feedback.txt: expected unnumbered problem prose with 此外/另外/还有/与此同时 turns")
_t = txt("p02/report.txt")
form(len(re.findall(r"^问题[一二三四五六]：", _t, re.M)) == 6 and "接待" not in _t and "视项目实施进度确定" in _t,
     "p02/report.txt: expected 问题一–六, nothing on 接待, one undated time limit")
# p03: four areas with ；-joined problems, 其中/例如 evidence segments; first-person report
_t = txt("p03/feedback.txt")
_areas = re.findall(r"^（[一二三四]）在[^。]+方面。(.+)$", _t, re.M)
form(len(_areas) == 4 and [a.count("；") + 1 for a in _areas] == [4, 3, 2, 1] and "；其中" in _areas[0] and "；例如" in _areas[1],
     "p03/feedback.txt: expected four area paragraphs with 4/3/2/1 ；-segments (one 其中, one 例如 evidence segment)")
_t = txt("p03/report.txt")
form(_t.count("我") >= 5 and len(re.findall(r"^（[一二三四五六七八]）\S{4,10}$", _t, re.M)) == 8 and "宴请" not in _t
     and not re.search(r"诫勉|批评教育|处分", _t[_t.index("（五）"):_t.index("（六）")]),
     "p03/report.txt: expected a first-person report with eight short headings and no sanction under （五）")
# p04: six headline-then-evidence paragraphs, one 另外 inside （四）; report: 一、关于…七、关于, no disclosure
_t = txt("p04/feedback.txt")
_paras = re.findall(r"^（[一二三四五六]）([^。]+)。(.+)$", _t, re.M)
form(len(_paras) == 6 and "另外，" in _paras[3][1] and sum("另外" in p[1] for p in _paras) == 1,
     "p04/feedback.txt: expected six headline。evidence paragraphs with one 另外 in （四）")
_t = txt("p04/report.txt")
form(len(re.findall(r"^[一二三四五六七]、关于", _t, re.M)) == 7 and not DISCLOSE.search(_t.replace("村务公开栏", "")),
     "p04/report.txt: expected seven 关于 items and no disclosure (the 村务公开栏 for station plans is a false friend)")
# p05: DOCX with bold 1．–6． problems + （N） evidence paragraphs, 整改意见 1．–4．; report all-done claim, 相关科室
_x = zipfile.ZipFile(os.path.join(root, "p05", "feedback.docx")).read("word/document.xml").decode("utf-8")
_t = txt("p05/feedback.docx")
form(len(re.findall(r"^[1-6]．", _t, re.M)) == 10 and len(re.findall(r"^（\d）", _t, re.M)) == 14 and "<w:b/>" in _x,
     "p05/feedback.docx: expected 1．–6． problems, 14 （N） evidence paragraphs, then 1．–4． 整改意见")
_t = txt("p05/report.txt")
form("已全部整改完成" in _t and "正在办理退还手续" in _t and "责任人：相关科室" in _t and _t.count("整改进展：已完成") == 6,
     "p05/report.txt: expected the all-done claim beside pending items and 责任人：相关科室")
# p06: 回头看 with settled old problems named, 一是…三是 old, 1．–4． new; report by number, boilerplate twice
_t = txt("p06/feedback.txt")
form("巡察“回头看”" in _t and "已整改到位" in _t and all(f"{c}是" in _t for c in "一二三") and len(re.findall(r"^[1-4]．", _t, re.M)) == 4,
     "p06/feedback.txt: expected a 回头看 with 一是…三是 old and 1．–4． new problems")
_t = txt("p06/report.txt")
_rep = "公司党支部组织全体党员干部深入学习中央八项规定及其实施细则精神，开展警示教育，举一反三查找问题，切实增强纪律意识和规矩意识，推动全面从严治党向纵深发展。"
form(_t.count(_rep) == 2 and len(re.findall(r"^（[一二三四]）针对“", _t, re.M)) == 7 and "三重一大" in _t
     and not re.search(r"修订《[^》]*决策|制定《[^》]*决策", _t), "p06/report.txt: expected 7 by-number items, the boilerplate twice, no 三重一大 rule")
# p07: news item with one 、-list sentence of 7 problems, one holding an inner 、; report: HTML public 通报
_t = txt("p07/feedback.txt")
_s = re.search(r"主要是(.+?)等问题。", _t).group(1)
form(_s.count("、") == 7 and "测绘成果、涉密资料" in _s and "发布时间" in _t, "p07/feedback.txt: expected one 、-sentence of 7 problems (7 、, one inside an item)")
_t = txt("p07/report.html")
form("公开方式：主动公开" in _t and len(re.findall(r"^[1-7]．关于“", _t, re.M)) == 7 and "正在推进" in _t,
     "p07/report.html: expected a public 通报 with seven 关于 items")
# p08: HTML with a 7-row 问题清单 table (rowspan); report six own headings + 总体成效, nothing on 党费, no disclosure
_raw = open(os.path.join(root, "p08", "feedback.html"), encoding="utf-8").read()
form(len(re.findall(r"<tr><td>\d</td>", _raw)) == 7 and "rowspan" in _raw and "附件：巡察发现问题清单" in _raw,
     "p08/feedback.html: expected a 7-row 问题清单 table with rowspan")
_t = txt("p08/report.txt")
form(len(re.findall(r"^[一二三四五六七]、\S{4,5}$", _t, re.M)) == 7 and "党费" not in _t and "组织关系" not in _t and not DISCLOSE.search(_t),
     "p08/report.txt: expected seven short headings, nothing on 党费/组织关系, no disclosure")
# p09: GB18030, 1．–6． problems, 原因分析 一是…三是, 整改要求 （一）–（六） restating; report ｜ ledger
_t = txt("p09/feedback.txt")
form(len(re.findall(r"^[1-6]．", _t, re.M)) == 6 and len(re.findall(r"^（[一二三四五六]）针对“", _t, re.M)) == 5
     and "原因分析" in _t, "p09/feedback.txt: expected 1．–6., a 原因分析 and 整改要求 that restate the problems")
_t = txt("p09/report.txt")
_rows = [l.split("｜") for l in _t.split("\n") if "｜" in l]
form(len(_rows) == 7 and all(len(r) == 6 for r in _rows) and not re.search(r"\d", _rows[2][4]),
     "p09/report.txt: expected a 6-field ledger of 6 rows with row 2 undated")
# p10: three areas, 问题表现： + ● bullets, 典型案例：; DOCX report with bold headings and the all-done claim
_t = txt("p10/feedback.txt")
form(_t.count("问题表现：") == 3 and len(re.findall(r"^● ", _t, re.M)) == 7 and _t.count("典型案例：") == 2,
     "p10/feedback.txt: expected three areas with 7 ● bullets and 2 典型案例")
_t = txt("p10/report.docx")
form("已全部整改完成" in _t and "正在编制" in _t and len(re.findall(r"^（[一二三四五六七]）关于“", _t, re.M)) == 7,
     "p10/report.docx: expected seven 关于 items and the all-done claim beside a pending one")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
