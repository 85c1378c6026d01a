#!/usr/bin/env python3
"""Check the dev54 pairs (p01-p10, pair ids d54-01 … d54-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file must
not be valid UTF-8; DOCX: word/document.xml paragraph text), every `links` substring occurs exactly once in the report's
visible text, each gold.json is consistent (only the dev-pairs keys; known kinds; null issue for document-level kinds;
ranges; answered vs unanswered-issue; links only on answered problems; every answered problem has at least one link;
mode vs feedback presence; no duplicate (kind, issue); every entry has a why; no stray files), every gap kind is planted
(must_flag) in at least one pair and has at least one counter-case (must_not_flag) in the set, one or two pairs have no
must_flag (good reports), and every gold file runs through /work/shared/dev-pairs/score.py against an empty analyze JSON
{"issues":[],"measures":[],"gaps":[]}. Each feedback must have 800-3000 and each report 1500-5000 non-whitespace
characters. Pair-specific form checks follow at the end.
Usage: python3 check.py [dev54-dir]. Exit 1 on failure."""
import glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text files (every other .txt: UTF-8, LF); DOCX files are listed for the record
DECLARED = {
    "p02/report.txt": ("gb18030", "lf"),
    "p03/report.txt": ("utf-8", "crlf"),
    "p05/report.txt": ("utf-16-le-bom", "lf"),
    "p07/feedback.txt": ("gb18030", "lf"),
}
DOCX = {"p05/feedback.docx", "p08/report.docx"}
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
        fails.append(f"{name}: every dev54 pair is mode 'pair' with exactly one feedback.*")
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


DISCLOSE = re.compile(r"向社会公开|门户网站|公示栏|公开栏|予以公布|监督电话|联系电话")
DATE = re.compile(r"(20\d\d)年(\d{1,2})月(\d{1,2})日")


def last_date(t):
    import datetime
    d = DATE.findall(t)
    return datetime.date(*map(int, d[-1]))


def first_date_after(t, marker):
    import datetime
    return datetime.date(*map(int, DATE.search(t, t.index(marker)).groups()))


import datetime
# every feedback and report is dated; lateness against three months (by calendar month) as the gold says
FB_DATE = {"p01": "2025-04-15", "p02": "2025-03-18", "p03": "2024-11-06", "p04": "2025-05-20", "p05": "2024-08-28",
           "p06": "2025-01-07", "p07": "2025-06-24", "p08": "2024-04-16", "p09": "2024-11-26", "p10": "2025-09-02"}
LATE = {"p02", "p09"}
for d in pairs:
    name = os.path.basename(d)
    fbf = [f for f in os.listdir(d) if f.startswith("feedback.")][0]
    rpf = [f for f in os.listdir(d) if f.startswith("report.")][0]
    fbt, rpt = txt(f"{name}/{fbf}"), txt(f"{name}/{rpf}")
    fb = datetime.date.fromisoformat(FB_DATE[name])
    form(fb.strftime("%Y年%-m月%-d日") in fbt, f"{name}: feedback date {fb} not in the feedback")
    rd = last_date(rpt)
    m = fb.month + 3
    limit = datetime.date(fb.year + (m - 1) // 12, (m - 1) % 12 + 1, fb.day)
    form((rd > limit) == (name in LATE), f"{name}: report date {rd} vs limit {limit} disagrees with LATE")
    g = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
    kinds = {f["kind"] for f in g["must_flag"]}
    form(("late-report" in kinds) == (name in LATE), f"{name}: late-report gold disagrees with the dates")
    form(("no-disclosure" in kinds) != bool(DISCLOSE.search(rpt)), f"{name}: no-disclosure gold disagrees with the report text")
    form("三个月内" in fbt, f"{name}: feedback does not set the three-month limit")
# forms
_t = txt("p01/feedback.txt")
form(len(re.findall(r"^[1-7]．", _t, re.M)) == 7 and _t.count("方面\n") == 3, "p01/feedback.txt: three areas, 1．–7．")
_t = txt("p01/report.txt")
form(len(re.findall(r"^（[一二三四五六七]）关于“.*”的问题的整改情况$", _t, re.M)) == 7
     and all(len(re.findall(f"^{k}：", _t, re.M)) == 7 for k in ("整改措施", "责任人", "整改时限", "整改进展")),
     "p01/report.txt: seven 关于“…”的问题的整改情况 items with four fields")
_t = txt("p02/feedback.txt")
form(all(f"{c}是" in _t for c in "一二三四五六") and all(f"{c}要" in _t for c in "一二三") and "同志们" in _t,
     "p02/feedback.txt: speech 一是…六是, 一要…三要")
_t = txt("p02/report.txt")
form(_t.count("我") >= 10 and "第一责任人" in _t, "p02/report.txt: first-person secretary's report")
_t = txt("p03/feedback.txt")
form(len(re.findall(r"^问题[1-7]：", _t, re.M)) == 7 and len(re.findall(r"^具体表现：", _t, re.M)) == 7, "p03/feedback.txt: 问题清单")
_t = txt("p03/report.txt")
form(len(re.findall(r"^问题[1-7]：", _t, re.M)) == 7 and len(re.findall(r"^整改情况：", _t, re.M)) == 7
     and "已全部整改完成" in _t and "正在施工" in _t, "p03/report.txt: 问题N：/整改情况： with the all-done claim")
_t = txt("p04/feedback.txt")
form(len(re.findall(r"^[1-3]．", _t, re.M)) == 7 and len(re.findall(r"^1．", _t, re.M)) == 3, "p04/feedback.txt: restarting 1．2．")
_t = txt("p04/report.txt")
form(len(re.findall(r"^[1-7]｜", _t, re.M)) == 7 and all(l.count("｜") == 6 for l in re.findall(r"^[1-7]｜.*$", _t, re.M)),
     "p04/report.txt: seven ｜ rows with seven fields")
_t = txt("p05/feedback.docx")
form(len(re.findall(r"^[1-6]．", _t, re.M)) == 6 and "<w:b/>" in zipfile.ZipFile(os.path.join(root, "p05/feedback.docx")).read("word/document.xml").decode(),
     "p05/feedback.docx: 1．–6． with bold headings")
_t = txt("p05/report.txt")
form(sorted(re.findall(r"针对反馈意见第(\d)个问题", _t)) == list("12345"), "p05/report.txt: answers by number 1–5, no 6")
_t = txt("p06/feedback.txt")
form("巡察组指出" in _t and "等问题" in _t and "来源：" in _t, "p06/feedback.txt: news item")
_t = txt("p06/report.txt")
_rep = "坚持把巡察整改作为推动公司高质量发展的重要契机，组织党员干部深入学习领会巡察反馈意见"
form(_t.count(_rep) == 2 and "领导小组" not in _t and "第一责任人" not in _t and "书记" not in _t,
     "p06/report.txt: boilerplate twice, no leading group")
_t = txt("p07/feedback.txt")
form(len(re.findall(r"^（[一二三四五六七]）", _t[:_t.index("二、整改意见")], re.M)) == 7, "p07/feedback.txt: （一）–（七）")
_t = txt("p07/report.txt")
form("责任人：中心领导班子" in _t and "整改时限：长期坚持，逐步推进" in _t, "p07/report.txt: planted owner/deadline gaps")
_t = txt("p08/feedback.txt")
form(len(re.findall(r"^[1-7]．", _t, re.M)) == 7 and _t.count("方面\n") == 3, "p08/feedback.txt: three areas, 1．–7．")
_t = txt("p08/report.docx")
form(len(re.findall(r"^（[一二三四五六七]）关于“", _t, re.M)) == 7 and len(re.findall(r"^责任人：", _t, re.M)) == 7,
     "p08/report.docx: seven 关于 items with fields")
_t = txt("p09/feedback.txt")
form(all(f"第{c}，" in _t for c in "一二三四五六") and "同志们" in _t, "p09/feedback.txt: speech 第一，…第六，")
_t = txt("p09/report.txt")
form(len(re.findall(r"^（[一二三四五]）关于", _t, re.M)) == 5 and "白酒" not in _t and "接待" not in _t,
     "p09/report.txt: five headings, the 八项规定 problem absent")
_t = txt("p10/feedback.txt")
form(len(re.findall(r"^[1-7]．", _t, re.M)) == 7 and len(re.findall(r"^具体表现：", _t, re.M)) == 7, "p10/feedback.txt: heading lines + 具体表现：")
_t = txt("p10/report.txt")
form("已全部整改到位" in _t and "正在办理退出手续" in _t, "p10/report.txt: all-done claim beside open items")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
