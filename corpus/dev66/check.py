#!/usr/bin/env python3
"""Check the dev66 pairs (p01-p10, pair ids d66-01 … d66-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT/HTML: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file
must not be valid UTF-8; DOCX: word/document.xml paragraph text; HTML: visible text without tags, style and head), every
`links` substring occurs exactly once in the report's visible text, each gold.json is consistent (only the dev-pairs keys;
mode "pair"; known kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue; links only on
answered problems; every answered problem has at least one link; no duplicate (kind, issue); every entry has a why; no
stray files), every gap kind is planted (must_flag) in at least one pair and has at least one counter-case
(must_not_flag) in the set, one or two pairs have no must_flag (good reports), the dates make lateness decidable (the
feedback's date and the report's date are found, and late-report is must_flag exactly when the report is more than three
calendar months after the feedback), and every gold file runs through /work/shared/dev-pairs/score.py against an empty
analyze JSON. Each feedback must have 800-3000 and each report 1500-5000 non-whitespace characters. Pair-specific form
checks follow at the end. Usage: python3 check.py [dev66-dir]. Exit 1 on failure."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text files (every other .txt/.html: UTF-8, LF); DOCX files listed separately
DECLARED = {
    "p02/report.txt": ("gb18030", "lf"),
    "p04/report.txt": ("utf-16-le-bom", "lf"),
    "p05/report.txt": ("utf-8", "crlf"),
    "p07/feedback.txt": ("gb18030", "lf"),
}
DOCX = {"p06/report.docx"}
HTML = {"p08/report.html"}
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
    t = re.sub(r"(?i)<br\s*/?>|</(p|h[1-6]|div|tr|li|table)>", "\n", t)
    t = re.sub(r"(?i)</td>", " ", t)
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
        return html_text(text), enc + "+html"
    return text, enc


def nchars(t):
    return len(re.sub(r"\s", "", t))



def last_date(t):
    """The document's own date: the last line that holds nothing but a full date (optionally in brackets), i.e. the date
    under a signature, or under the title of a speech."""
    ms = [m for m in re.finditer(r"^[（(]?(20\d\d)年(\d{1,2})月(\d{1,2})日[）)]?$", t, re.M)]
    return datetime.date(*map(int, ms[-1].groups())) if ms else None


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    import calendar
    return datetime.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


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
    for f in fb + rp:
        if f.rsplit(".", 1)[-1] not in ("txt", "docx", "html"):
            fails.append(f"{name}: unexpected extension {f}")
    if "notes.md" not in files:
        fails.append(f"{name}: notes.md missing")
    g = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
    if set(g) != GOLD_KEYS:
        fails.append(f"{name}: gold keys {sorted(g)}")
    if len(rp) != 1 or len(fb) != 1:
        fails.append(f"{name}: expected one feedback.* and one report.*, found {fb} {rp}")
        continue
    if g["mode"] != "pair":
        fails.append(f"{name}: every dev66 pair is mode 'pair'")
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
    # dates and lateness (three calendar months from the feedback date)
    fdate, rdate = last_date(ftext), last_date(text)
    late = None
    if not fdate or not rdate:
        fails.append(f"{name}: cannot find the feedback date ({fdate}) or the report date ({rdate})")
    else:
        late = rdate > add_months(fdate, 3)
        flagged = any(f["kind"] == "late-report" for f in g["must_flag"])
        cleared = any(f["kind"] == "late-report" for f in g["must_not_flag"])
        if late != flagged or late == cleared:
            fails.append(f"{name}: report {rdate} vs feedback {fdate} (late={late}) disagrees with the late-report gold")
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
            if set(f) != {"kind", "issue", "why"}:
                fails.append(f"{name}: {lst} entry keys {sorted(f)}")
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
    for l in g["links"]:
        total["links"] += 1
        linked.add(l["issue"])
        if set(l) != {"measure", "issue"}:
            fails.append(f"{name}: link keys {sorted(l)}")
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
    days = (rdate - fdate).days if fdate and rdate else "?"
    print(f"{name}: {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g['links'])}; {', '.join(encs)}; {fdate} -> {rdate} ({days} days); empty-output score {last}")
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


# ---- per-pair form checks (feedback: problems easy to count; report: the planted linking difficulty) ----
DISCLOSE = re.compile(r"向社会公开|公开栏|公示栏|监督电话|联系电话|门户网站|网站公开|网站和|网站及|予以公布|主动公开|公开，接受")
# p01: （一）（二）（三）…方面 + continuous 1．–7．; report by four 主线, no quotation of a problem, #3's copied promise
_t = txt("p01/feedback.txt")
form(len(re.findall(r"^[1-7]．", _t[:_t.index("二、整改意见")], re.M)) == 7 and len(re.findall(r"^（[一二三]）.*方面$", _t, re.M)) == 3,
     "p01/feedback.txt: expected three （N）…方面 areas with seven 1．–7． problems")
_t = txt("p01/report.txt")
form(len(re.findall(r"^（[一二三四]）\S{4}主线$", _t, re.M)) == 4 and "关于“" not in _t and "反馈问题第" not in _t
     and "将切实落实全面从严治党主体责任" in _t, "p01/report.txt: expected four 主线 headings, no 关于“…” quotation, the copied promise")
# p02: areas with restarting 1．2．(3．) = 3+3+2; report by number only, two styles, merged (四), boilerplate twice, dated late
_t = txt("p02/feedback.txt")
form(len(re.findall(r"^1．", _t, re.M)) == 3 and len(re.findall(r"^[1-3]．", _t, re.M)) == 8, "p02/feedback.txt: expected restarting 1．2．3． (3+3+2)")
_t = txt("p02/report.txt")
_rep = "站党支部组织全体干部职工深入学习领会巡察反馈意见精神"
form(len(re.findall(r"^（[一二三四五六七]）针对(反馈问题第\d项|第[一二三]方面第[1-3]个问题)", _t, re.M)) == 7
     and "第二方面第1个问题和第2个问题" in _t and _t.count(_rep) == 2 and "就反馈问题第2项" in _t and "2025年2月14日" in _t,
     "p02/report.txt: expected seven by-number headings in two styles, a merge, the boilerplate twice, #2 again in 建章立制")
# p03: speech 第一，…第六，; report ｜ ledger of 7 rows × 7 fields in department order, row 5 no named owner, row 7 slogans
_t = txt("p03/feedback.txt")
form(all(f"第{c}，" in _t for c in "一二三四五六") and all(f"{c}要" in _t for c in "一二三"), "p03/feedback.txt: expected 第一，…第六， and 一要…三要")
_t = txt("p03/report.txt")
_rows = [l.split("｜") for l in _t.split("\n") if "｜" in l]
form(len(_rows) == 8 and all(len(r) == 7 for r in _rows) and _rows[5][3] == "相关馆领导" and _rows[5][4] == "各部门"
     and _rows[7][2].startswith("进一步加强") and DISCLOSE.search(_t), "p03/report.txt: expected a 7-field ledger of 7 rows, row 5 unowned, row 7 slogans")
# p04: 一、…六、 heading。detail; first-person report, no disclosure of the rectification, no sanction for the 14.2万
_t = txt("p04/feedback.txt")
form(len(re.findall(r"^[一二三四五六]、[^。]+。", _t, re.M)) == 6, "p04/feedback.txt: expected 一、…六、 heading。detail")
_t = txt("p04/report.txt")
_sec3 = _t[_t.index("（三）把挪用"):_t.index("（四）把年度")]
form(_t.count("我") >= 15 and not re.search(r"整改情况.{0,12}公开|公示|警示教育", _t)
     and not re.search(r"处分|诫勉|批评教育|提醒谈话|问责", _sec3), "p04/report.txt: expected a first-person report, no rectification disclosure, no sanction in （三）")
# p05: 问题1：…问题7： + 具体表现：; public notice with two areas of 3, 100% claim, nothing on 支部 换届
_t = txt("p05/feedback.txt")
form(len(re.findall(r"^问题[1-7]：", _t, re.M)) == 7 and len(re.findall(r"^具体表现：", _t, re.M)) == 7, "p05/feedback.txt: expected 问题1：…问题7： + 具体表现：")
_t = txt("p05/report.txt")
form(_t.count("这一领域反馈问题3个") == 2 and "整改完成率100%" in _t and "换届" not in _t and "补选" not in _t
     and "2025年10月底前" in _t and "联系电话" in _t, "p05/report.txt: expected two areas of 3, the 100% claim, no answer on 支部")
# p06: （一）–（七） heading。detail; DOCX with four bold merged headings + 五、, no 领导小组/第一责任人, no finance rule
_t = txt("p06/feedback.txt")
form(len(re.findall(r"^（[一二三四五六七]）[^。]+。", _t, re.M)) == 7, "p06/feedback.txt: expected （一）–（七） heading。detail")
_x = zipfile.ZipFile(os.path.join(root, "p06", "report.docx")).read("word/document.xml").decode("utf-8")
_t = txt("p06/report.docx")
_sec1 = _t[_t.index("一、关于“管钱"):_t.index("二、关于作风")]
form("<w:b/>" in _x and len(re.findall(r"^[一二三四五]、", _t, re.M)) == 5 and "领导小组" not in _t.replace("巡察工作领导小组", "") and "第一责任人" not in _t
     and len(re.findall(r"《[^》]+》", _sec1)) == 2 and "财务" in _sec1, "p06/report.docx: expected bold merged headings, no 领导小组, two rules (租赁, 工程) only")
# p07: GB18030, 一、…方面 areas + continuous 1．–8．; report with 8 own-named tasks, task 六 undated, dated 2024-09-30
_t = txt("p07/feedback.txt")
form(len(re.findall(r"^[1-8]．", _t, re.M)) == 8 and len(re.findall(r"^（[一二三]）.*方面$", _t, re.M)) == 3, "p07/feedback.txt: expected three areas + 1．–8．")
_t = txt("p07/report.txt")
form(len(re.findall(r"^任务[一二三四五六七八]：", _t, re.M)) == 8 and "完成时限：视催收进展滚动推进" in _t
     and len(re.findall(r"完成时限：20\d\d年", _t)) == 7 and "2024年9月30日" in _t, "p07/report.txt: expected 8 tasks, 7 dated, 任务六 undated")
# p08: speech 一是…六是 over two paragraphs; HTML public notice, 5 items under 3 areas, header, contact
_t = txt("p08/feedback.txt")
form(all(f"{c}是" in _t for c in "一二三四五六") and all(f"{c}要" in _t for c in "一二三四"), "p08/feedback.txt: expected 一是…六是 and 一要…四要")
_t = txt("p08/report.html")
form(len(re.findall(r"^[1-5]．关于", _t, re.M)) == 5 and len(re.findall(r"^（[一二三]）在“", _t, re.M)) == 3 and "主动公开" in _t
     and "联系电话" in _t, "p08/report.html: expected a public notice with 3 areas and 5 items")
# p09: 1．–7． heading lines + detail; stage report, nothing on the 党支部, no 领导小组
_t = txt("p09/feedback.txt")
form(len(re.findall(r"^[1-7]．\S+$", _t, re.M)) == 7, "p09/feedback.txt: expected seven 1．–7． heading lines")
_t = txt("p09/report.txt")
form(len(re.findall(r"^[一二三]、坚持", _t, re.M)) == 3 and "领导小组" not in _t.replace("巡察工作领导小组", "") and "第一责任人" not in _t and "党费" not in _t
     and "党建" not in _t and "组织生活" not in _t, "p09/report.txt: expected three stage sections, no 领导小组, nothing on the 党支部")
# p10: 问题清单 （一）–（六） + 问题表现：; report 【】 blocks NY-01…NY-06, all 申请销号, NY-04 still open
_t = txt("p10/feedback.txt")
form(len(re.findall(r"^（[一二三四五六]）", _t, re.M)) == 6 and len(re.findall(r"^问题表现：", _t, re.M)) == 6, "p10/feedback.txt: expected （一）–（六） + 问题表现：")
_t = txt("p10/report.txt")
form(len(re.findall(r"^【销号事项编号】NY-0[1-6]$", _t, re.M)) == 6 and _t.count("【销号意见】申请销号") == 6
     and "均已整改到位" in _t and "计划于2025年6月底前处置完毕" in _t, "p10/report.txt: expected six 销号 blocks all asking 销号, one still open")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
