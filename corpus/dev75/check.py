#!/usr/bin/env python3
"""Check the dev75 pairs (p01-p10, pair ids d75-01 … d75-10; HELD OUT); adapted from corpus/dev44/check.py. General
checks: every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030
file must not be valid UTF-8; DOCX: word/document.xml paragraph text; HTML: UTF-8, LF, visible text with tags, style and
entities removed), every `links` substring occurs exactly once in the report's visible text, each gold.json is
consistent (only the dev-pairs keys; known kinds; null issue for document-level kinds; ranges; answered vs
unanswered-issue; links only on answered problems; every answered problem has at least one link; mode 'pair' with one
feedback; no duplicate (kind, issue); every entry has a why; no stray files), every gap kind is planted (must_flag) in at
least one pair and has at least one counter-case (must_not_flag) in the set, no-accountability has a no-wrongdoing
look-alike among its counter-cases, one or two pairs have no must_flag (good reports), the dates in each pair make
late-report decidable and agree with the gold, HELDOUT is the unedited copy, and every gold file runs through
/work/shared/dev-pairs/score.py against an empty analyze JSON. Each feedback must have 800-3000 and each report
1500-5000 non-whitespace characters. Pair-specific form checks follow at the end.
Usage: python3 check.py [dev75-dir]. Exit 1 on failure."""
import datetime, filecmp, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
HELDOUT_SRC = "/work/notes/dev75.HELDOUT"
# declared encodings / line endings of the text files (every other .txt/.html: UTF-8, LF); DOCX files listed apart
DECLARED = {
    "p02/report.txt": ("gb18030", "lf"),
    "p03/report.txt": ("utf-8", "crlf"),
    "p04/report.txt": ("utf-16-le-bom", "lf"),
    "p07/report.txt": ("gb18030", "lf"),
}
DOCX = {"p05/report.docx", "p07/feedback.docx"}
HTML = {"p09/report.html"}
LENGTHS = {"feedback": (800, 3000), "report": (1500, 5000)}
# feedback date, report date (both must appear in the documents' visible text)
DATES = {
    "p01": ("2025年3月18日", "2025年6月10日"), "p02": ("2024年9月3日", "2024年12月20日"),
    "p03": ("2024年4月16日", "2024年7月9日"), "p04": ("2024年11月5日", "2025年1月24日"),
    "p05": ("2025年5月20日", "2025年8月18日"), "p06": ("2024年6月25日", "2024年9月12日"),
    "p07": ("2025年2月26日", "2025年5月22日"), "p08": ("2024年10月22日", "2025年2月14日"),
    "p09": ("2025年4月8日", "2025年7月3日"), "p10": ("2024年12月10日", "2025年3月6日"),
}
# problems with no wrongdoing at all (look-alikes), which must appear as no-accountability counter-cases
LOOKALIKE = {"p01": [5], "p03": [6], "p05": [5], "p06": [5], "p07": [5], "p08": [5, 7], "p09": [5], "p10": [5]}
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


def html_text(path):
    raw = open(path, "rb").read()
    src, enc = decode_bytes(os.path.relpath(path, root), raw)
    assert re.search(r'<meta charset="utf-8">', src), "no UTF-8 meta charset"
    s = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", "", src)
    s = re.sub(r"(?i)<br\s*/?>|</(p|h[1-6]|tr|div|li|table)>", "\n", s)
    s = re.sub(r"(?i)</td>", " ", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = html.unescape(s)
    s = "\n".join(l.strip() for l in s.split("\n") if l.strip())
    return s, "html(" + enc + ")"


def visible(f):
    rel = os.path.relpath(f, root)
    ext = f.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        assert rel in DOCX, "undeclared DOCX"
        return docx_text(f)
    if ext == "html":
        assert rel in HTML, "undeclared HTML"
        return html_text(f)
    assert ext == "txt", f"unexpected extension {ext}"
    return decode_bytes(rel, open(f, "rb").read())


def nchars(t):
    return len(re.sub(r"\s", "", t))


def cn_date(s):
    y, m, d = map(int, re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", s).groups())
    return datetime.date(y, m, d)


def plus_three_months(d):
    m = d.month + 3
    y = d.year + (m - 1) // 12
    m = (m - 1) % 12 + 1
    for day in (d.day, 30, 29, 28):
        try:
            return datetime.date(y, m, day)
        except ValueError:
            continue


if not os.path.exists(os.path.join(root, "HELDOUT")):
    fails.append("HELDOUT missing")
elif os.path.exists(HELDOUT_SRC) and not filecmp.cmp(os.path.join(root, "HELDOUT"), HELDOUT_SRC, shallow=False):
    fails.append("HELDOUT differs from " + HELDOUT_SRC)

total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good = {}, {}, []
nna_counter = {}
texts = {}
empty = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump({"issues": [], "measures": [], "gaps": []}, empty)
empty.close()
for rel in list(DECLARED) + sorted(DOCX) + sorted(HTML):
    if not os.path.exists(os.path.join(root, rel)):
        fails.append(f"declared file missing: {rel}")
pairs = sorted(glob.glob(os.path.join(root, "p[0-9][0-9]")))
if [os.path.basename(p) for p in pairs] != [f"p{i:02d}" for i in range(1, 11)]:
    fails.append(f"expected pair folders p01-p10, found {[os.path.basename(p) for p in pairs]}")
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
    if len(rp) != 1:
        fails.append(f"{name}: expected one report.*, found {rp}")
        continue
    if g["mode"] != "pair" or len(fb) != 1:
        fails.append(f"{name}: every dev75 pair is mode 'pair' with exactly one feedback.*")
        continue
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
    texts[name] = (ftext, text)
    n = g["issues"]
    total["issues"] += n
    if sorted(map(int, g["answered"])) != list(range(1, n + 1)):
        fails.append(f"{name}: answered keys are not 1..{n}")
    seen = set()
    for lst in ("must_flag", "must_not_flag"):
        for f in g[lst]:
            if set(f) != {"kind", "issue", "why"}:
                fails.append(f"{name}: {lst} entry keys {sorted(f)}")
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
            if lst == "must_not_flag" and k == "no-accountability":
                nna_counter.setdefault(name, set()).add(i)
    if not g["must_flag"]:
        good.append(name)
    unanswered = {f["issue"] for f in g["must_flag"] if f["kind"] == "unanswered-issue"}
    for k, v in g["answered"].items():
        if (not v) != (int(k) in unanswered):
            fails.append(f"{name}: answered[{k}]={v} disagrees with unanswered-issue must_flag")
    linked = set()
    for l in g["links"]:
        if set(l) != {"measure", "issue"}:
            fails.append(f"{name}: link keys {sorted(l)}")
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
    # dates: both present, late-report gold agrees with the three-month rule
    fd, rd = DATES[name]
    if fd not in ftext:
        fails.append(f"{name}: feedback date {fd} not in the feedback")
    if rd not in text:
        fails.append(f"{name}: report date {rd} not in the report")
    if "三个月内" not in ftext:
        fails.append(f"{name}: the feedback does not state the 三个月内 limit")
    f0, r0 = cn_date(fd), cn_date(rd)
    late = r0 > plus_three_months(f0)
    flagged = ("late-report", None) in {(f["kind"], f["issue"]) for f in g["must_flag"]}
    cleared = ("late-report", None) in {(f["kind"], f["issue"]) for f in g["must_not_flag"]}
    if late != flagged or late == cleared:
        fails.append(f"{name}: late-report gold disagrees with dates ({(r0 - f0).days} days, late={late})")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {g['mode']}, {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g['links'])}; {', '.join(encs)}; {(r0 - f0).days} days; score.py on empty output {last}")
os.unlink(empty.name)
for k in sorted(KINDS):
    if not planted.get(k):
        fails.append(f"kind {k} is never planted (must_flag)")
    if not countered.get(k):
        fails.append(f"kind {k} has no counter-case (must_not_flag)")
for name, nums in LOOKALIKE.items():
    for i in nums:
        if i not in nna_counter.get(name, set()):
            fails.append(f"{name}: look-alike problem {i} is not a no-accountability counter-case")
if not 1 <= len(good) <= 2:
    fails.append(f"expected one or two pairs without must_flag (good reports), found {good}")
mf_counts = [len(json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))["must_flag"]) for d in pairs]
if sum(1 for c in mf_counts if 1 <= c <= 3) < 7:
    fails.append(f"most pairs should have one to three must_flag: {mf_counts}")


def form(ok, what):
    if not ok:
        fails.append(what)


def T(name, which):
    return texts.get(name, ("", ""))[0 if which == "f" else 1]


# ---- per-pair form checks ----
DISCLOSE = re.compile(r"向社会公开|门户网站|网站公开|网站发布|网站公开|公开栏|公示栏|主动公开|监督电话|联系电话")
# p01: （一）…方面 areas with continuous 1．–7．; report seven 关于“…”的问题 items with six field lines each
_t = T("p01", "f")
form(len(re.findall(r"^[1-7]．", _t, re.M)) == 7 and len(re.findall(r"^（[一二三]）在.*方面$", _t, re.M)) == 3,
     "p01/feedback: expected three （N）在…方面 areas with 1．–7．")
_t = T("p01", "r")
form(len(re.findall(r"^（[一二三四五六七]）关于“", _t, re.M)) == 7 and len(re.findall(r"^问责情况：", _t, re.M)) == 7
     and len(re.findall(r"^整改时限：", _t, re.M)) == 7, "p01/report: expected seven 关于 items with 问责情况 and 整改时限 lines")
# p02: speech 第一，…第六，, 一要…三要; first-person report, six own headings, nobody in 财务部/营运部 dealt with
_t = T("p02", "f")
form(all(f"第{c}，" in _t for c in "一二三四五六") and all(f"{c}要" in _t for c in "一二三") and _t.startswith("在县委第二巡察组"),
     "p02/feedback: expected a speech with 第一，…第六， and 一要…三要")
_t = T("p02", "r")
_sec = _t[_t.index("（五）拖欠承包金的问题"):_t.index("（六）安全生产")]
form(_t.count("我") >= 8 and len(re.findall(r"^（[一二三四五六]）", _t, re.M)) == 6
     and not re.search(r"诫勉|批评教育|处分|问责|检查|调离", _sec), "p02/report: expected first person, 6 headings, no accountability under （五）")
# p03: 问题1：…问题6： + 具体表现：; report 问题N：/整改情况：, 7 claimed vs 5 dealt with, nobody for 问题3
_t = T("p03", "f")
form(len(re.findall(r"^问题[1-6]：", _t, re.M)) == 6 and len(re.findall(r"^具体表现：", _t, re.M)) == 6, "p03/feedback: expected 问题1-6 + 具体表现：")
_t = T("p03", "r")
_sec = _t[_t.index("问题3："):_t.index("问题4：")]
form(len(re.findall(r"^整改情况：", _t, re.M)) == 6 and "追责问责7人" in _t and not re.search(r"诫勉|批评教育|处分|问责", _sec),
     "p03/report: expected 问题N：/整改情况：, the 7-person claim and no accountability under 问题3")
# p04: news item with one 巡察组指出…等问题 sentence; by-number report without 第6个问题
_t = T("p04", "f")
form("巡察组指出" in _t and "等问题" in _t and _t.count("；") >= 6, "p04/feedback: expected a news item with a ；-list")
_t = T("p04", "r")
form(len(re.findall(r"针对反馈意见指出的第\d个问题", _t)) == 6 and "第6个问题" not in _t and "理论学习" not in _t
     and "意识形态" not in _t, "p04/report: expected six by-number answers, none for the 6th problem")
# p05: 一、…六、 heading。detail; DOCX report with bold headings, slogans for （四）, no disclosure
_t = T("p05", "f")
form(len(re.findall(r"^[一二三四五六]、[^。]+。", _t, re.M)) == 6, "p05/feedback: expected 一、…六、 heading。detail")
_t = T("p05", "r")
form(len(re.findall(r"^（[一二三四五六]）关于“", _t, re.M)) == 6 and not DISCLOSE.search(_t) and "公开" not in _t
     and "牢固树立以人民为中心的发展思想" in _t, "p05/report: expected six bold 关于 items, no disclosure, the slogan answer")
# p06: 一是…六是 over two paragraphs; ｜ ledger 8 fields × 6 rows, row 5 owner 全队干部职工
_t = T("p06", "f")
form(all(f"{c}是" in _t for c in "一二三四五六") and all(f"{c}要" in _t for c in "一二三"), "p06/feedback: expected 一是…六是 and 一要…三要")
_t = T("p06", "r")
_rows = [l.split("｜") for l in _t.split("\n") if "｜" in l]
form(len(_rows) == 7 and all(len(r) == 8 for r in _rows) and _rows[5][3] == "全队干部职工",
     "p06/report: expected an 8-field ledger of 6 rows with row 5 owned by 全队干部职工")
# p07: DOCX with bold （一）–（七）; report: boilerplate twice, no 领导小组/第一责任人
_x = zipfile.ZipFile(os.path.join(root, "p07", "feedback.docx")).read("word/document.xml").decode("utf-8")
_t = T("p07", "f")
form(len(re.findall(r"^（[一二三四五六七]）", _t, re.M)) == 7 and "<w:b/>" in _x, "p07/feedback: expected seven bold （N） headings")
_t = T("p07", "r")
_rep = "中心坚持把巡察整改作为重要政治任务，组织全体干部职工认真学习巡察反馈意见"
form(_t.count(_rep) == 2 and "整改工作领导小组" not in _t and "第一责任人" not in _t and "书记" not in _t and len(re.findall(r"^[一二三四五六七]、\S+方面$", _t, re.M)) == 7,
     "p07/report: expected seven own headings, the boilerplate twice, no 领导小组/第一责任人")
# p08: areas with restarting 1．2．(3．); report merged 六、, bracket of 二、 without 时限
_t = T("p08", "f")
form(len(re.findall(r"^1．", _t, re.M)) == 3 and len(re.findall(r"^[1-3]．", _t, re.M)) == 7, "p08/feedback: expected restarting 1．2．(3．)")
_t = T("p08", "r")
_br = re.findall(r"（责任人：[^）]*）", _t)
form(len(_br) == 6 and sum("完成时限" not in b for b in _br) == 1 and "关于党员活动开展不经常和工程档案资料不完整的问题" in _t,
     "p08/report: expected six brackets, one without 完成时限, and the merged heading")
# p09: （一）–（六） + 具体表现：; HTML 通报 with header, no vehicle rule
_t = T("p09", "f")
form(len(re.findall(r"^具体表现：", _t, re.M)) == 6 and len(re.findall(r"^（[一二三四五六]）", _t, re.M)) == 6, "p09/feedback: expected （一）–（六） + 具体表现：")
_t = T("p09", "r")
_sec = _t[_t.index("问题四："):_t.index("问题五：")]
form(_t.count("索引号：") == 1 and "公开方式：主动公开" in _t and len(re.findall(r"^问题[一二三四五六]：", _t, re.M)) == 6
     and not re.search(r"制度|办法|规定|规范|封存", _sec), "p09/report: expected a public 通报 with six items and no rule under 问题四")
# p10: 1．–7． heading lines; report in another order with a 追责问责情况 section that drops the 1st problem's manager
_t = T("p10", "f")
form(len(re.findall(r"^[1-7]．\S+$", _t, re.M)) == 7, "p10/feedback: expected seven 1．–7． heading lines")
_t = T("p10", "r")
_sec = _t[_t.index("（三）关于“违规发放福利”的问题"):_t.index("（四）关于")]
form("三、追责问责情况" in _t and "不再追究其责任" in _t and not re.search(r"制度|办法|规定", _sec)
     and len(re.findall(r"^（[一二三四五六七]）关于“", _t, re.M)) == 7, "p10/report: expected 追责问责情况 with 不再追究, no rule for 福利")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
