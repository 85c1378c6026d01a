#!/usr/bin/env python3
"""Check the dev33 pairs (p01-p08, ids d33-01 … d33-08); adapted from corpus/dev24/check.py. Every file decodes as
declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, and a GB18030 file must not be valid
UTF-8; DOCX: word/document.xml paragraph text, table cells included), every `links` substring occurs exactly once in the
report's visible text, each gold.json is consistent (only the dev-pairs keys; mode "pair"; kinds; null issue for
document-level kinds; ranges; answered vs unanswered-issue; links only on answered problems; no duplicate (kind, issue);
no stray files; >= 4 links and >= 1 must_not_flag per pair), every kind is planted in at least two pairs, at least one
pair has no must_flag, and every gold file parses with /work/shared/dev-pairs/score.py against an empty analyze JSON
{"issues":[],"measures":[],"gaps":[]}. Each document (feedback and report) must have 1200-3000 non-whitespace
characters. Pair-specific form checks follow at the end.
Usage: python3 check.py [dev33-dir]. Exit 1 on failure."""
import glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text files (everything else: UTF-8, LF)
DECLARED = {
    "p02/report.txt": ("gb18030", "lf"),
    "p04/report.txt": ("utf-16-le-bom", "lf"),
    "p07/feedback.txt": ("gb18030", "lf"),
    "p08/report.txt": ("utf-8", "crlf"),
}
LENGTHS = (1200, 3000)  # non-whitespace characters of the visible text, per document
PAIRS = [f"p{i:02d}" for i in range(1, 9)]
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
    feats = [f for f, tag in (("tbl", "<w:tbl>"), ("vMerge", "<w:vMerge"), ("pagebreak", 'w:type="page"'),
                              ("numPr", "<w:numPr>"), ("bold-runs", "<w:b/>")) if tag in xml]
    return html.unescape("\n".join(p for p in paras if p.strip())), "docx[" + ",".join(feats) + "]"


def visible(f):
    rel = os.path.relpath(f, root)
    if f.endswith(".docx"):
        return docx_text(f)
    return decode_bytes(rel, open(f, "rb").read())


def nchars(t):
    return len(re.sub(r"\s", "", t))


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, good = {}, []
empty = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump({"issues": [], "measures": [], "gaps": []}, empty)
empty.close()
for rel in DECLARED:
    if not os.path.exists(os.path.join(root, rel)):
        fails.append(f"declared file missing: {rel}")
found = sorted(os.path.basename(d) for d in glob.glob(os.path.join(root, "p[0-9][0-9]")))
if found != PAIRS:
    fails.append(f"pair folders {found} != {PAIRS}")
for d in sorted(glob.glob(os.path.join(root, "p[0-9][0-9]"))):
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
    if g["mode"] != "pair":
        fails.append(f"{name}: mode {g['mode']}, expected pair")
    if len(rp) != 1 or len(fb) != 1:
        fails.append(f"{name}: expected one feedback.* and one report.*, found {fb} {rp}")
        continue
    encs = []
    try:
        t, e = visible(fb[0])
        encs.append(f"feedback.{fb[0].rsplit('.', 1)[1]}={e} ({nchars(t)} chars)")
        if not LENGTHS[0] <= nchars(t) <= LENGTHS[1]:
            fails.append(f"{name}: feedback has {nchars(t)} characters, outside {LENGTHS}")
    except Exception as e:
        fails.append(f"{name}: {fb[0]} does not decode as declared: {e}")
    try:
        text, enc = visible(rp[0])
        encs.append(f"report.{rp[0].rsplit('.', 1)[1]}={enc} ({nchars(text)} chars)")
        if not LENGTHS[0] <= nchars(text) <= LENGTHS[1]:
            fails.append(f"{name}: report has {nchars(text)} characters, outside {LENGTHS}")
    except Exception as e:
        fails.append(f"{name}: report does not decode as declared: {e}")
        continue
    n = g["issues"]
    total["issues"] += n
    if not 5 <= n <= 7:
        fails.append(f"{name}: {n} problems, expected 5-7")
    if sorted(map(int, g["answered"])) != list(range(1, n + 1)):
        fails.append(f"{name}: answered keys are not 1..{n}")
    seen = set()
    for lst in ("must_flag", "must_not_flag"):
        for f in g[lst]:
            k, i = f["kind"], f["issue"]
            total[lst] += 1
            if lst == "must_flag":
                planted.setdefault(k, set()).add(name)
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
    elif not 2 <= len({(f['kind'], f['issue']) for f in g["must_flag"]}) <= 5:
        fails.append(f"{name}: {len(g['must_flag'])} planted gaps, expected 2-5 (or none for a good report)")
    if not g["must_not_flag"]:
        fails.append(f"{name}: no must_not_flag")
    unanswered = {f["issue"] for f in g["must_flag"] if f["kind"] == "unanswered-issue"}
    for k, v in g["answered"].items():
        if (not v) != (int(k) in unanswered):
            fails.append(f"{name}: answered[{k}]={v} disagrees with unanswered-issue must_flag")
    links = g.get("links", [])
    if len(links) < 4:
        fails.append(f"{name}: only {len(links)} links")
    for l in links:
        total["links"] += 1
        if not 1 <= l["issue"] <= n or not g["answered"][str(l["issue"])]:
            fails.append(f"{name}: link to issue {l['issue']} which is out of range or unanswered")
        hits = text.count(l["measure"])
        if hits != 1:
            fails.append(f"{name}: link occurs {hits} times in the report's visible text: {l['measure']}")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {g['mode']}, {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(links)}; {', '.join(encs)}; score.py on empty output {last}")
os.unlink(empty.name)
for k in sorted(KINDS):
    if len(planted.get(k, ())) < 2:
        fails.append(f"kind {k} planted in fewer than two pairs: {sorted(planted.get(k, ()))}")
if len(good) < 1:
    fails.append("no pair without must_flag (good report)")


def form(ok, what):
    if not ok:
        fails.append(what)


def txt(rel):
    return visible(os.path.join(root, rel))[0]


PUBLIC = re.compile(r"向社会公开|门户网站|公众号|监督电话|联系电话|全文公开|网站公开|予以通报")
LEADER = re.compile(r"领导小组|第一责任人")
# ---- per-pair form checks ----
try:
    # p01: （一）–（六） between 二、 and 三、整改意见; report: six own short-topic headings, no leadership, 全部完成 vs 正在履行,
    # five 责任领导 lines for six topics
    _t = txt("p01/feedback.txt")
    form(len(re.findall(r"^（[一二三四五六]）", _t[_t.index("二、巡察发现"):_t.index("三、整改意见")], re.M)) == 6,
         "p01/feedback.txt: expected six （N） problems")
    _t = txt("p01/report.txt")
    _h = re.findall(r"^（[一二三四五六]）(.*)$", _t, re.M)
    form(len(_h) == 6 and all(len(h) <= 5 and "关于" not in h for h in _h), f"p01/report.txt: expected six short own headings, got {_h}")
    form(not LEADER.search(_t) and "党组书记" not in _t and "全部完成" in _t and "正在履行" in _t
         and len(re.findall(r"^责任领导：", _t, re.M)) == 5, "p01/report.txt: leadership / claim / owner form")
    # p02: speech with 一是…六是 and 一要…三要; report: two own themes, nothing on #5, no public disclosure, 村务公开栏 trap
    _t = txt("p02/feedback.txt")
    form(all(f"{c}是" in _t for c in "一二三四五六") and all(f"{c}要" in _t for c in "一二三") and "讲话" in _t,
         "p02/feedback.txt: expected a speech with 一是…六是 and 一要…三要")
    _t = txt("p02/report.txt")
    form(_t.count("围绕“") == 2 and not re.search(r"三会一课|党员发展|发展党员|后备", _t) and not PUBLIC.search(_t)
         and "村务公开栏" in _t, "p02/report.txt: expected two themes, no #5, no disclosure, the 村务公开栏 trap")
    # p03: news item; report DOCX with a 7-column table of 6 rows keyed by short topics (no problem numbers)
    _t = txt("p03/feedback.txt")
    _s = _t[_t.index("巡察组指出"):_t.index("等问题")]
    form("发布时间" in _t and _s.count("；") == 5, "p03/feedback.txt: expected a news item with six ；-clauses")
    _x = zipfile.ZipFile(os.path.join(root, "p03", "report.docx")).read("word/document.xml").decode("utf-8")
    _rows = re.findall(r"(?s)<w:tr>.*?</w:tr>", _x)
    _t = txt("p03/report.docx")
    form("<w:tbl>" in _x and len(_rows) == 7 and all(r.count("<w:tc>") == 7 for r in _rows) and "问题1" not in _t
         and "全部整改完成" in _t and "结合管网改造同步推进" in _t, "p03/report.docx: expected a 7×7 table and the planted cells")
    # p04: four ways of answering by number; late date
    _t = txt("p04/report.txt")
    form(all(s in _t for s in ("针对反馈第1个问题", "对应问题二", "（问题3）", "针对反馈意见第四个问题", "对应问题五", "（问题6）"))
         and "2025年7月8日" in _t, "p04/report.txt: expected by-number answers in several ways, dated 2025-07-08")
    # p05: 立行立改 part and 建章立制 part, the latter keyed by number
    _t = txt("p05/report.txt")
    form("二、立行立改" in _t and "三、建章立制" in _t and "针对第一个问题" in _t and "对应问题三" in _t and PUBLIC.search(_t),
         "p05/report.txt: expected 立行立改 + 建章立制 parts keyed by number, and disclosure")
    # p06: speech 第一，…第五，; report: ｜-row ledger, header + 5 rows × 7 columns, row 4 empty 责任领导, rows 3 and 5 share ②③④
    _t = txt("p06/feedback.txt")
    form(all(f"\n第{c}，" in _t for c in "一二三四五"), "p06/feedback.txt: expected 第一，…第五， paragraphs")
    _t = txt("p06/report.txt")
    _rows = [l.split("｜") for l in _t.split("\n") if "｜" in l]
    form(len(_rows) == 6 and all(len(r) == 7 for r in _rows) and _rows[4][3] == ""
         and _rows[3][2].split("②", 1)[1] == _rows[5][2].split("②", 1)[1] and not LEADER.search(_t),
         "p06/report.txt: expected a 7-column ledger of 5 rows, row 4 without 责任领导, rows 3/5 sharing ②③④, no leadership")
    # p07: GB18030 feedback with restarting 1．2．; report: five tagged items in another order, nothing on 编外
    _t = txt("p07/feedback.txt")
    form(len(re.findall(r"^1．", _t, re.M)) == 3 and len(re.findall(r"^2．", _t, re.M)) == 3, "p07/feedback.txt: expected restarting 1．2．")
    _t = txt("p07/report.txt")
    _tags = re.findall(r"对应反馈意见第(.)部分第(\d)项", _t)
    form(_tags == [("二", "1"), ("二", "2"), ("一", "1"), ("一", "2"), ("三", "1")] and not re.search(r"编外|借调|招聘", _t)
         and "2025年7月15日" in _t, f"p07/report.txt: expected five tagged items in order 3,4,1,2,5, nothing on 编外: {_tags}")
    # p08: seven 主要表现在：; report: seven （对应问题N） tags, no disclosure, traps 公示 / 公开招聘
    _t = txt("p08/feedback.txt")
    form(len(re.findall(r"^主要表现在：", _t, re.M)) == 7, "p08/feedback.txt: expected seven 主要表现在： lines")
    _t = txt("p08/report.txt")
    form(len(re.findall(r"（对应问题[一二三四五六七]）", _t)) == 7 and not PUBLIC.search(_t) and "公开招聘" in _t and "公示" in _t,
         "p08/report.txt: expected seven tags, no disclosure, the 公示/公开招聘 traps")
except Exception as e:  # a form check that cannot even run is a failure
    fails.append(f"form checks crashed: {e!r}")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
