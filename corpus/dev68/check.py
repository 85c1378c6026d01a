#!/usr/bin/env python3
"""Check the dev68 pairs (p01-p10, pair ids d68-01 … d68-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT/HTML: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file
must not be valid UTF-8; HTML: visible text without tags, scripts and styles; DOCX: word/document.xml paragraph text),
every `links` substring occurs exactly once in the report's visible text, each gold.json is consistent (only the dev-pairs
keys; known kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue; links only on answered
problems; every answered problem has at least one link; mode "pair" with one feedback; no duplicate (kind, issue); every
entry has a why; no stray files), every gap kind is planted (must_flag) in at least one pair and has at least one
counter-case (must_not_flag) in the set, one or two pairs have no must_flag (good reports), and every gold file runs
through /work/shared/dev-pairs/score.py against an empty analyze JSON {"issues":[],"measures":[],"gaps":[]}. Each
feedback must have 800-3000 and each report 1500-5000 non-whitespace characters. Dates: every feedback and report carries
the date the report-lateness rule needs, and late-report gold agrees with the day count (>92 days late, <=92 on time).
Pair-specific form checks follow at the end. The HELDOUT marker must be present.
Usage: python3 check.py [dev68-dir]. Exit 1 on failure."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text files (every other .txt: UTF-8, LF); DOCX files are listed for the record
DECLARED = {
    "p02/report.txt": ("gb18030", "lf"),
    "p05/report.html": ("utf-8", "lf"),
    "p06/feedback.txt": ("gb18030", "lf"),
    "p07/report.txt": ("utf-16-le-bom", "lf"),
    "p10/report.txt": ("utf-8", "crlf"),
}
DOCX = {"p03/feedback.docx", "p08/report.docx"}
HTML = {"p05/report.html"}
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


def html_text(t):
    t = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", "", t)
    t = re.sub(r"(?i)<br\s*/?>|</(p|div|h[1-6]|li|tr|title)>", "\n", t)
    t = re.sub(r"<[^>]+>", "", t)
    return html.unescape("\n".join(l.strip() for l in t.split("\n") if l.strip()))


def visible(f):
    rel = os.path.relpath(f, root)
    ext = f.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        assert rel in DOCX, "undeclared DOCX"
        return docx_text(f)
    text, enc = decode_bytes(rel, open(f, "rb").read())
    if ext == "html":
        assert rel in HTML, "undeclared HTML"
        return html_text(text), enc + "+html"
    return text, enc


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
        fails.append(f"{name}: every dev68 pair is mode 'pair' with exactly one feedback.*")
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


# ---- dates: the report-lateness rule (report within three calendar months of the feedback) ----
DATES = {  # pair: (string in feedback, feedback date, string near the end of the report, report date)
    "p01": ("2025年4月15日", "2025-04-15", "2025年7月4日", "2025-07-04"),
    "p02": ("2025年3月11日", "2025-03-11", "2025年6月27日", "2025-06-27"),
    "p03": ("2024年11月5日", "2024-11-05", "2025年1月24日", "2025-01-24"),
    "p04": ("2025年5月20日", "2025-05-20", "2025年8月8日", "2025-08-08"),
    "p05": ("12月2日", "2024-12-02", "2025年2月20日", "2025-02-20"),
    "p06": ("2025年6月16日", "2025-06-16", "2025年9月5日", "2025-09-05"),
    "p07": ("2025年8月26日", "2025-08-26", "2025年11月14日", "2025-11-14"),
    "p08": ("2025年3月25日", "2025-03-25", "2025年6月13日", "2025-06-13"),
    "p09": ("2025年1月14日", "2025-01-14", "2025年4月10日", "2025-04-10"),
    "p10": ("2024年10月16日", "2024-10-16", "2025年1月22日", "2025-01-22"),
}


def three_months_after(d):
    y, m = divmod(d.month - 1 + 3, 12)
    y, m = d.year + y, m + 1
    for day in (d.day, 30, 29, 28):
        try:
            return datetime.date(y, m, day)
        except ValueError:
            pass


def txt(rel):
    return visible(os.path.join(root, rel))[0]


def find_doc(pair, kind):
    fs = glob.glob(os.path.join(root, pair, kind + ".*"))
    return os.path.relpath(fs[0], root) if fs else None


for pair, (fs, fd, rs, rd) in DATES.items():
    try:
        ft, rt = txt(find_doc(pair, "feedback")), txt(find_doc(pair, "report"))
    except Exception as e:
        fails.append(f"{pair}: cannot read for the date check: {e}")
        continue
    if fs not in ft:
        fails.append(f"{pair}: feedback date {fs} not in the feedback")
    if pair == "p05" and "2024-12-03" not in ft:
        fails.append("p05: the news item's publish date 2024-12-03 (which gives the year) is missing")
    if rs not in rt[-300:]:
        fails.append(f"{pair}: report date {rs} not at the end of the report")
    f_d, r_d = datetime.date.fromisoformat(fd), datetime.date.fromisoformat(rd)
    late = r_d > three_months_after(f_d)
    g = json.load(open(os.path.join(root, pair, "gold.json"), encoding="utf-8"))
    flagged = any(f["kind"] == "late-report" for f in g["must_flag"])
    cleared = any(f["kind"] == "late-report" for f in g["must_not_flag"])
    if late != flagged or late == cleared:
        fails.append(f"{pair}: late-report gold disagrees with {fd} -> {rd} ({(r_d - f_d).days} days)")
    print(f"{pair}: feedback {fd}, report {rd}: {(r_d - f_d).days} days, {'LATE' if late else 'on time'}")


def form(ok, what):
    if not ok:
        fails.append(what)


def count(pat, t):
    return len(re.findall(pat, t, re.M))


# ---- per-pair form checks ----
_t = txt("p01/feedback.txt")
_p = _t[:_t.index("二、整改意见")]
form(count(r"^[1-7]．", _p) == 7 and count(r"^（[一二三]）.+方面$", _p) == 3,
     "p01/feedback.txt: expected three （N）…方面 areas with continuous 1．–7．")
_t = txt("p01/report.txt")
form(count(r"^（[一二三四五六七]）关于“", _t) == 7
     and _t.count("整改时限：") == 7 and count(r"^整改成效：", _t) == 7, "p01/report.txt: expected seven 关于 items with fields")

_t = txt("p02/feedback.txt")
_p = _t[_t.index("但也要清醒看到"):_t.index("在这里提三点要求")]
form(_t.count("同志们") >= 1 and count(r"^(\d+．|（[一二三四五六七]）|[一二三四五六七]、)", _p) == 0
     and all(w in _p for w in ("同时，", "此外，", "需要指出的是，", "还有，", "不属实"))
     and all(f"{c}要" in _t for c in "一二三"), "p02/feedback.txt: expected an unnumbered speech with turns and 一要…三要")
_t = txt("p02/report.txt")
form(all(h in _t for h in ("二、经营线", "三、内控线", "四、党建线")) and "亲属" not in _t and "招聘" not in _t
     and "2025年6月27日" in _t, "p02/report.txt: expected three work lines, nothing on the relatives, dated 2025-06-27")

_x = zipfile.ZipFile(os.path.join(root, "p03", "feedback.docx")).read("word/document.xml").decode("utf-8")
form(_x.count("<w:tbl>") == 1 and _x.count("<w:tr>") == 8, "p03/feedback.docx: expected one table of 1 + 7 rows")
_t = txt("p03/report.txt")
_rep = "工委坚持把巡察整改作为重要政治任务，组织机关干部深入学习习近平总书记关于党的建设的重要思想"
form("（一）问题清单第1项、第2项" in _t and _t.count(_rep) == 2 and "（责任人：工委各科室；" in _t
     and "此外，关于问题清单第4项" in _t, "p03/report.txt: expected a merged 第1项、第2项, the pasted paragraph twice, 工委各科室, a split 第4项")

_t = txt("p04/feedback.txt")
form(count(r"^[一二三四五六七]、[^。]+。", _t) == 7, "p04/feedback.txt: expected 一、…七、 heading。detail")
_t = txt("p04/report.txt")
form(count(r"^（[一二三四五六七]）关于", _t) == 7 and _t.count("（责任领导：") == 7
     and "确保企业诉求真正得到解决" in _t, "p04/report.txt: expected seven 关于 items with brackets and the copied #2")

_t = txt("p05/feedback.txt")
form("主要有：一是" in _t and "；六是" in _t and "七是" not in _t and "一要" in _t and "四要" in _t,
     "p05/feedback.txt: expected a news item with 一是…六是 and 一要…四要")
_t = txt("p05/report.html")
form("18个具体问题已全部完成整改，整改完成率100%" in _t and "预计2025年4月底完工" in _t and "预计于2025年3月底交付使用" in _t
     and count(r"^（[一二三四五六]）关于", _t) == 6 and "2025年3月6日前" in _t,
     "p05/report.html: expected the 100% claim beside two open items, six 关于 paragraphs, a comment deadline")

_t = txt("p06/feedback.txt")
_p = _t[_t.index("首先，"):_t.index("究其原因")]
form(count(r"^(\d+．|（[一二三四五六七]）|[一二三四五六七]、)", _p) == 0
     and all(w in _p for w in ("同时，", "此外，", "值得注意的是，", "另外，", "还有，")),
     "p06/feedback.txt: expected unnumbered prose problems with turns")
_t = txt("p06/report.txt")
_rows = [l.split("｜") for l in _t.split("\n") if "｜" in l and not l.startswith("现将")]
form(len(_rows) == 9 and all(len(r) == 6 for r in _rows) and _rows[7][3] == "相关人员" and _rows[8][4] == "适时推进"
     and not re.search(r"向社会公开|社会监督|门户网站|网站公开|公开栏|监督电话|予以公布|群众监督", _t),
     "p06/report.txt: expected a 6-field ledger of 8 rows (row 6 owner 相关人员, row 7 适时推进) and no disclosure")

_t = txt("p07/feedback.txt")
form(count(r"^具体表现：", _t) == 6 and count(r"^（[一二三四五六]）", _t[:_t.index("二、整改意见")]) == 6,
     "p07/feedback.txt: expected six （N） headings with 具体表现：")
_t = txt("p07/report.txt")
form(count(r"^问题[1-6]：", _t) == 6 and count(r"^整改情况：", _t) == 6 and "领导小组" not in _t.replace("巡察工作领导小组", "") and "第一责任人" not in _t,
     "p07/report.txt: expected 问题N：/整改情况： ×6 and no 领导小组 / 第一责任人")

_t = txt("p08/feedback.txt")
form(count(r"^1．", _t) == 3 and count(r"^[1-3]．", _t) == 7, "p08/feedback.txt: expected restarting 1．2．(3．) = 7")
_t = txt("p08/report.docx")
form(count(r"^（[一二三四五六七]）关于“", _t) == 7 and count(r"^责任领导：", _t) == 7 and "《" not in _t.split("（四）关于")[1].split("\n")[1],
     "p08/report.docx: expected seven 关于 items with field lines, no rule named in （四）'s measures")

_t = txt("p09/feedback.txt")
form(count(r"^在.+方面，一是", _t) == 3, "p09/feedback.txt: expected three 在…方面，一是… paragraphs")
_t = txt("p09/report.txt")
form(_t.count("我") >= 10 and "幸福院" not in _t and "7个问题已全部整改到位" in _t and "正在起草" in _t,
     "p09/report.txt: expected a first-person report, nothing on 幸福院, the all-done claim, the draft rule")

_t = txt("p10/feedback.txt")
form(count(r"^问题[1-7]：", _t) == 7 and count(r"^具体表现：", _t) == 7, "p10/feedback.txt: expected 问题N： + 具体表现： ×7")
_t = txt("p10/report.txt")
form(count(r"^（[一二三四五六七]）关于“", _t) == 7 and "裴思远" not in _t
     and not re.search(r"整改情况.{0,12}公开|向社会公开|社会监督|群众监督|予以公布", _t),
     "p10/report.txt: expected seven 关于 items, nothing on 裴思远, no disclosure")

if not os.path.exists(os.path.join(root, "HELDOUT")):
    fails.append("HELDOUT marker missing")
elif open(os.path.join(root, "HELDOUT"), "rb").read() != open("/work/notes/dev68.HELDOUT", "rb").read():
    fails.append("HELDOUT differs from /work/notes/dev68.HELDOUT")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))}" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
