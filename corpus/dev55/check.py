#!/usr/bin/env python3
"""Check the dev55 pairs (p01-p10, pair ids d55-01 … d55-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file must
not be valid UTF-8; DOCX: word/document.xml paragraph text), every `links` substring occurs exactly once in the report's
visible text, each gold.json is consistent (only the dev-pairs keys; known kinds; null issue for document-level kinds;
ranges; answered vs unanswered-issue; links only on answered problems; every answered problem has at least one link;
mode vs feedback presence; no duplicate (kind, issue); every entry has a why; no stray files), every gap kind is planted
(must_flag) in at least one pair and has at least one counter-case (must_not_flag) in the set, one or two pairs have no
must_flag (good reports), and every gold file runs through /work/shared/dev-pairs/score.py against an empty analyze JSON
{"issues":[],"measures":[],"gaps":[]}. Each feedback must have 800-3000 and each report 1500-5000 non-whitespace
characters. Pair-specific form checks follow at the end.
Usage: python3 check.py [dev55-dir]. Exit 1 on failure."""
import glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text files (every other .txt: UTF-8, LF); DOCX files are listed for the record
DECLARED = {
    "p02/report.txt": ("gb18030", "lf"),
    "p04/report.txt": ("utf-16-le-bom", "lf"),
    "p05/feedback.txt": ("gb18030", "lf"),
    "p08/report.txt": ("utf-8", "crlf"),
}
DOCX = {"p07/feedback.docx", "p09/report.docx"}
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


def visible(f):
    rel = os.path.relpath(f, root)
    ext = f.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        assert rel in DOCX, "undeclared DOCX"
        return docx_text(f)
    return decode_bytes(rel, open(f, "rb").read())


def nchars(t):
    return len(re.sub(r"\s", "", t))


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
    if set(g) - GOLD_KEYS or not {"mode", "issues", "answered", "must_flag", "must_not_flag"} <= set(g):
        fails.append(f"{name}: gold keys {sorted(g)}")
    if len(rp) != 1:
        fails.append(f"{name}: expected one report.*, found {rp}")
        continue
    if g["mode"] != "pair" or len(fb) != 1:
        fails.append(f"{name}: every dev55 pair is mode 'pair' with exactly one feedback.*")
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


# ---- per-pair form checks ----
DISCLOSE = re.compile(r"公开栏|监督电话|联系电话|门户网站|门户网页|网站公开|主动公开|予以公布")
DATE = re.compile(r"(20\d\d)年(\d{1,2})月(\d{1,2})日")
import datetime


def last_date(t):
    d = DATE.findall(t)
    return datetime.date(*map(int, d[-1])) if d else None


# every feedback and report is dated; lateness (days) must match the gold's late-report entries
for d in pairs:
    name = os.path.basename(d)
    fbf = [f for f in os.listdir(d) if f.startswith("feedback.")][0]
    rpf = [f for f in os.listdir(d) if f.startswith("report.")][0]
    ft, rt = txt(f"{name}/{fbf}"), txt(f"{name}/{rpf}")
    fd = last_date(ft) if name != "p05" else datetime.date(2025, 3, 6)
    rd = last_date(rt)
    g = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
    late = any(f["kind"] == "late-report" for f in g["must_flag"])
    days = (rd - fd).days
    limit = datetime.date(fd.year + (fd.month + 2) // 12, (fd.month + 2) % 12 + 1, fd.day)
    form(late == (rd > limit), f"{name}: feedback {fd}, report {rd} ({days} days) disagrees with late-report gold")
    print(f"{name}: feedback {fd} -> report {rd}: {days} days{' LATE' if rd > limit else ''}")
    form(("no-disclosure" in [f["kind"] for f in g["must_flag"]]) == (not DISCLOSE.search(rt)),
         f"{name}: disclosure wording disagrees with no-disclosure gold")
# p01: （一）（二）（三）…方面 + continuous 1．–7．; report seven 关于“…”的问题 with fields
_t = txt("p01/feedback.txt")
form(len(re.findall(r"^[1-7]．[^。]+。", _t, re.M)) == 7 and len(re.findall(r"^（[一二三]）.*方面$", _t, re.M)) == 3, "p01/feedback: areas + 1．–7．")
_t = txt("p01/report.txt")
form(len(re.findall(r"^（[一二三四五六七]）关于“", _t, re.M)) == 7 and len(re.findall(r"^整改时限：", _t, re.M)) == 7, "p01/report: 7 关于 items")
# p02: three area paragraphs with restarting 一是…; first-person report
_t = txt("p02/feedback.txt")
_areas = re.findall(r"^[一二三]、在.*$", _t, re.M)
form(len(_areas) == 3 and [a.count("是") >= 2 for a in _areas] and sum(len(re.findall(r"[一二三]是", a)) for a in _areas) == 7, "p02/feedback: 2+3+2 一是 items")
_t = txt("p02/report.txt")
form(_t.count("我") >= 4 and len(re.findall(r"^（[一二三四五六七]）关于", _t, re.M)) == 7, "p02/report: first-person, 7 items")
# p03: speech 第一，…第六，, 一要…三要
_t = txt("p03/feedback.txt")
form(len(re.findall(r"^第[一二三四五六]，", _t, re.M)) == 6 and all(f"{c}要" in _t for c in "一二三"), "p03/feedback: 第一，…第六，")
_t = txt("p03/report.txt")
form(len(re.findall(r"^问题[1-6]：", _t, re.M)) == 6 and len(re.findall(r"^整改情况：", _t, re.M)) == 6, "p03/report: 问题N：/整改情况：")
# p04: 问题1：…问题6： + 具体表现：; ｜ ledger, row 3 各班组, row 6 undated, 100% claim
_t = txt("p04/feedback.txt")
form(len(re.findall(r"^问题[1-6]：", _t, re.M)) == 6 and len(re.findall(r"^具体表现：", _t, re.M)) == 6, "p04/feedback: 问题清单")
_t = txt("p04/report.txt")
_rows = [l.split("｜") for l in _t.split("\n") if "｜" in l]
form(len(_rows) == 7 and all(len(r) == 6 for r in _rows) and _rows[3][3] == "各班组" and not re.search(r"\d", _rows[6][4])
     and "整改完成率100%" in _t and _rows[4][5] == "正在推进", "p04/report: ledger rows, 各班组, undated row 6, 100% claim")
# p05: news item 一是…七是 (GB18030); public 通报
_t = txt("p05/feedback.txt")
form(len(re.findall(r"^[一二三四五六七]是", _t, re.M)) == 7 and "巡察组指出" in _t, "p05/feedback: news item 一是…七是")
_t = txt("p05/report.txt")
form(_t.startswith("索引号：") and len(re.findall(r"^（[一二三四五六七]）关于", _t, re.M)) == 7, "p05/report: public 通报")
# p06: theme headings, 3 + 2 + 1 + 1; report has nothing on 意识形态, no 领导小组
_t = txt("p06/feedback.txt")
form("（一）党的领导弱化。" in _t and "（二）全面从严治党不力。" in _t and len(re.findall(r"^（[一二三四]）", _t, re.M)) == 4, "p06/feedback: theme headings")
_t = txt("p06/report.txt")
form("意识形态" not in _t and "科普" not in _t and "领导小组" not in _t and "第一责任人" not in _t, "p06/report: #3 unanswered, no lead")
# p07: DOCX feedback with bold areas and 1．–7．; by-number report, merged 3+7, boilerplate twice
_x = zipfile.ZipFile(os.path.join(root, "p07", "feedback.docx")).read("word/document.xml").decode("utf-8")
_t = txt("p07/feedback.docx")
form(len(re.findall(r"^[1-7]．", _t, re.M)) == 7 and "<w:b/>" in _x, "p07/feedback.docx: bold areas + 1．–7．")
_t = txt("p07/report.txt")
_rep = "中心党支部高度重视巡察反馈问题，组织全体干部职工认真学习习近平总书记关于巡视工作的重要论述"
form(_t.count(_rep) == 2 and "针对第3个问题和第7个问题" in _t and len(re.findall(r"^[一二三四五六]、针对第", _t, re.M)) == 6, "p07/report: by number, merge, boilerplate twice")
# p08: 一、…六、 heading。evidence; CRLF report without 收费 rule
_t = txt("p08/feedback.txt")
form(len(re.findall(r"^[一二三四五六]、[^。]+。", _t, re.M)) == 6, "p08/feedback: 一、…六、")
_t = txt("p08/report.txt")
_i3 = _t[_t.index("（三）关于收费"):_t.index("（四）关于")]
form(not re.search(r"《[^》]*》|制定|办法|规定", _i3), "p08/report: item 3 has no rule")
# p09: restarting 1．2．(3．) heading lines; DOCX table ledger
_t = txt("p09/feedback.txt")
form(len(re.findall(r"^1．", _t, re.M)) == 3 and len(re.findall(r"^[1-3]．\S+$", _t, re.M)) == 7, "p09/feedback: restarting heading lines")
form("<w:tbl>" in zipfile.ZipFile(os.path.join(root, "p09", "report.docx")).read("word/document.xml").decode("utf-8"), "p09/report.docx: table")
# p10: theme headings with 一方面/另一方面; report lacks 三重一大, total 18.6 ≠ items
_t = txt("p10/feedback.txt")
form("一方面，" in _t and "另一方面，" in _t and len(re.findall(r"^（[一二三四]）", _t, re.M)) == 4, "p10/feedback: theme headings")
_t = txt("p10/report.txt")
form("三重一大" not in _t and "集体研究" not in _t and "18.6万元" in _t and round(9.8 + 1.4 + 0.3, 1) != 18.6, "p10/report: #2 missing, 18.6万")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
