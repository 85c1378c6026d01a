#!/usr/bin/env python3
"""Check the dev25 pairs (p01-p10, ids d25-01 … d25-10); adapted from corpus/dev24/check.py. Every file decodes as
declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, and a GB18030 file must not be valid UTF-8; HTML: the declared
charset, strictly; DOCX: word/document.xml paragraph text, table cells included), every `links` substring occurs exactly
once in the report's visible text (HTML: inside one text node, tags removed, entities decoded), each gold.json is
consistent (only the dev-pairs keys; kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue;
links only on answered problems; mode vs feedback presence; at most one report-only pair; no duplicate (kind, issue);
no stray files), every kind is planted in at least two pairs, at least one pair has no must_flag, and every gold file
parses with /work/shared/dev-pairs/score.py against an empty analyze JSON. Each feedback and each report must have 1200-4000
non-whitespace characters. dev25 also checks that every kind is planted in both halves (p01-p05 and p06-p10) and that
each half has a good report. Pair-specific form checks follow at the end.
Usage: python3 check.py [dev25-dir]. Exit 1 on failure."""
import glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text and HTML files (everything else: UTF-8, LF)
DECLARED = {
    "p01/report.txt": ("gb18030", "lf"),
    "p02/feedback.txt": ("utf-8", "crlf"),
    "p03/report.txt": ("utf-16-le-bom", "lf"),
    "p07/feedback.txt": ("gb18030", "lf"),
    "p08/report.txt": ("utf-8", "crlf"),
}
# realistic lengths in non-whitespace characters of the visible text
LENGTHS = {"feedback": (1200, 4000), "report": (1200, 4000)}
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
fails = []


def decode_bytes(rel, raw):
    enc, eol = DECLARED.get(rel, ("utf-8", "lf"))
    if enc == "utf-16-le-bom":
        assert raw.startswith(b"\xff\xfe"), "no UTF-16 LE BOM"
        text = raw[2:].decode("utf-16-le")
    elif enc == "utf-8-bom":
        assert raw.startswith(b"\xef\xbb\xbf"), "no UTF-8 BOM"
        text = raw[3:].decode("utf-8")
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


def html_text(rel, raw):
    head = raw[:1024].decode("ascii", "ignore").lower()
    m = re.search(r'charset\s*=\s*["\']?([a-z0-9_-]+)', head)
    assert m, "no charset declared"
    cs = {"gbk": "gb18030", "gb2312": "gb18030", "gb18030": "gb18030", "utf-8": "utf-8"}[m.group(1)]
    text, enc = decode_bytes(rel, raw)
    assert cs == DECLARED.get(rel, ("utf-8",))[0].replace("-bom", ""), f"meta charset {m.group(1)} vs declared {enc}"
    body = re.sub(r"(?is)<(script|style|title)[^>]*>.*?</\1>", "", text)
    nodes = [html.unescape(t).strip() for t in re.split(r"<[^>]+>", body)]
    return "\n".join(t for t in nodes if t), f"html[{m.group(1)}]"


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = ["".join(re.findall(r"(?s)<w:t[^>]*>(.*?)</w:t>", p)) for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", xml)]
    feats = [f for f, tag in (("tbl", "<w:tbl>"), ("vMerge", "<w:vMerge"), ("pagebreak", 'w:type="page"'),
                              ("numPr", "<w:numPr>"), ("bold-runs", "<w:b/>"),
                              ("heading-styles", "<w:pStyle w:val=\"Heading")) if tag in xml]
    return html.unescape("\n".join(p for p in paras if p.strip())), "docx[" + ",".join(feats) + "]"


def pdf_text(path):
    out = subprocess.run(["pdftotext", path, "-"], capture_output=True, check=True).stdout.decode("utf-8")
    pages = out.rstrip("\f").count("\f") + 1
    assert len(out.strip()) > 200, "no text layer"
    return out, f"pdf[{pages}p]"


def visible(f):
    rel = os.path.relpath(f, root)
    ext = f.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        return docx_text(f)
    if ext == "pdf":
        return pdf_text(f)
    raw = open(f, "rb").read()
    if ext == "html":
        return html_text(rel, raw)
    return decode_bytes(rel, raw)


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
    if len(rp) != 1:
        fails.append(f"{name}: expected one report.*, found {rp}")
        continue
    if g["mode"] == "pair" and len(fb) != 1:
        fails.append(f"{name}: pair mode needs exactly one feedback.*")
    if g["mode"] == "report-only" and fb:
        fails.append(f"{name}: report-only but has {fb}")
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
    unanswered = {f["issue"] for f in g["must_flag"] if f["kind"] == "unanswered-issue"}
    for k, v in g["answered"].items():
        if (not v) != (int(k) in unanswered):
            fails.append(f"{name}: answered[{k}]={v} disagrees with unanswered-issue must_flag")
    for l in g.get("links", []):
        total["links"] += 1
        if not 1 <= l["issue"] <= n or not g["answered"][str(l["issue"])]:
            fails.append(f"{name}: link to issue {l['issue']} which is out of range or unanswered")
        hits = sum(line.count(l["measure"]) for line in text.split("\n")) if rp[0].endswith(".pdf") else text.count(l["measure"])
        if hits != 1:
            fails.append(f"{name}: link occurs {hits} times in the report's visible text: {l['measure']}")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {g['mode']}, {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}; {', '.join(encs)}; score.py on empty output {last}")
os.unlink(empty.name)
for k in sorted(KINDS):
    if len(planted.get(k, ())) < 2:
        fails.append(f"kind {k} planted in fewer than two pairs: {sorted(planted.get(k, ()))}")
if len(good) < 1:
    fails.append(f"no pair without must_flag (good report): {good}")
n_ro = sum(1 for d in glob.glob(os.path.join(root, "p[0-9][0-9]", "gold.json"))
           if json.load(open(d, encoding="utf-8"))["mode"] == "report-only")
if n_ro > 1:
    fails.append(f"{n_ro} report-only pairs; at most one allowed")


# ---- dev25: both halves carry every kind, and each half has a good report ----
H1, H2 = {f"p0{i}" for i in range(1, 6)}, {f"p0{i}" for i in range(6, 10)} | {"p10"}
for k in sorted(KINDS):
    got = planted.get(k, set())
    if not (got & H1) or not (got & H2):
        fails.append(f"kind {k} not planted in both halves: {sorted(got)}")
if not (set(good) & H1) or not (set(good) & H2):
    fails.append(f"each half needs a good report: {good}")


def form(ok, what):
    if not ok:
        fails.append(what)


def txt(rel):
    return visible(os.path.join(root, rel))[0]


def starts(t, pat):
    return len(re.findall(pat, t, re.M))


DISCLOSE = re.compile(r"向社会公开|向社会公布|予以公布|公开栏|公示栏|监督电话|联系电话|门户网站|官方网站|公众号")
BOIL_P02 = "组织全镇党员干部深入学习习近平新时代中国特色社会主义思想和党的二十大精神，对照反馈问题开展自查自纠"
BOIL_P09 = "我们组织社区全体党员和社区工作者认真学习党的二十届三中全会精神和习近平总书记关于基层治理的重要论述"

# form type 1 — p01, p06: formal 反馈意见 （N） headings; report with plain headings and inline 一是…
_t = txt("p01/feedback.txt")
_b = _t[:_t.index("四、整改意见")]
form(starts(_b, r"^[一二三]、") == 3 and starts(_b, r"^（[一二三]）") == 7, "p01/feedback.txt: expected 一、二、三、 with （N） restarting (7)")
_t = txt("p01/report.txt")
form(starts(_t, r"^（[一二三]）.*的问题整改情况$") == 7 and "关于“" not in _t and _t.count("领导小组") == 1
     and "第一责任人" not in _t and "书记" not in _t.replace("机关党委书记", "").replace("支部书记", "") and _t.count("一是") == 7,
     "p01/report.txt: expected 7 plain headings, inline 一是, 领导小组 only in the addressee, no 第一责任人/书记")
_t = txt("p06/feedback.txt")
_b = _t[:_t.index("四、意见建议")]
form(starts(_b, r"^（[一二三四五六七]）") == 7 and starts(_b, r"^[一二三]、") == 3, "p06/feedback.txt: expected continuous （一）–（七）")
_t = txt("p06/report.txt")
_r = _t[_t.index("二、反馈问题整改情况"):_t.index("三、下一步工作打算")]
form(starts(_r, r"^（[一二三四五六]）") == 6 and not re.search(r"人才|进修|引进|硕士", _t) and "关于“" not in _t,
     "p06/report.txt: expected six plain headings and nothing on 人才/进修")

# form type 2 — p02, p07: speech; 整改台账
for rel in ("p02/feedback.txt", "p07/feedback.txt"):
    _t = txt(rel)
    form(all(starts(_t, rf"^{w}") >= 1 for w in ("一是", "另外", "同时", "还有", "一要", "二要", "三要")) and "同志们" in _t
         and "三个月内" in _t, f"{rel}: expected a speech with 一是/另外/同时/还有 paragraphs and 一要…三要")
_t = txt("p02/report.txt")
_rows = [l.split("｜") for l in _t.split("\n") if "｜" in l]
form(len(_rows) == 7 and all(len(r) == 7 for r in _rows) and [r[0] for r in _rows[1:]] == ["1.1", "1.2", "2.1", "2.2", "3.1", "3.2"]
     and _rows[2][3] == "" and _t.count(BOIL_P02) == 2 and "已全部完成整改" in _t and "2025年1月6日" in _t,
     "p02/report.txt: expected a 7-column ｜ ledger 1.1–3.2, empty leader in 1.2, the boilerplate twice, dated 2025-01-06")
_x = zipfile.ZipFile(os.path.join(root, "p07", "report.docx")).read("word/document.xml").decode("utf-8")
_t = txt("p07/report.docx")
form("<w:tbl>" in _x and _x.count("<w:tr>") == 10 and "根据清欠进度确定" in _t and not DISCLOSE.search(_t) and "公开招标" in _t,
     "p07/report.docx: expected a table (header + 3 group + 6 rows), the open deadline, and no disclosure")

# form type 3 — p03, p08: news page; public notice by number with one merged item
for rel, n in (("p03/feedback.txt", 8), ("p08/feedback.txt", 7)):
    _t = txt(rel)
    _s = _t[_t.index("巡察组指出"):]
    _s = _s[:_s.index("等问题")]
    form("发布时间" in _t and "首页" in _t and re.search(r"打印", _t) and _s.count("；") == n - 1,
         f"{rel}: expected a news page whose 巡察组指出 sentence has {n} clauses")
_t = txt("p03/report.txt")
form(starts(_t, r"^（[一二三四五六]）(针对反馈的第\d个问题|对第\d项)") == 6 and "对第3项和第4项问题" in _t and "联系电话" in _t
     and "电子邮箱" in _t and not re.search(r"选人用人|中层|任职", _t), "p03/report.txt: expected six by-number items, one merged, contacts, nothing on 选人用人")
_t = txt("p08/report.txt")
form(starts(_t, r"^（[一二三四五六]）对第\d个") == 6 and "对第3个和第4个问题" in _t and "监督电话" in _t
     and starts(_t, r"^牵头(股室|单位)：") == 6 and starts(_t, r"^责任人：") == 6, "p08/report.txt: expected six by-number items, one merged, owner lines")

# form type 4 — p04, p09: 村/社区 round; first-person report in another order
_t = txt("p04/feedback.txt")
form(starts(_t, r"^问题[1-7]：") == 7, "p04/feedback.txt: expected 问题1：…问题7：")
_t = txt("p04/report.txt")
_order = re.findall(r"^[一二三四五六七]、关于(.{2,6})", _t, re.M)
form("我作为" in _t and "第一责任人" in _t and len(_order) == 7 and _order[0].startswith("财务") and not DISCLOSE.search(_t.replace("村务公开栏", "")),
     "p04/report.txt: expected a first-person report of seven sections starting with 财务, no rectification disclosure")
_t = txt("p09/feedback.txt")
form(starts(_t, r"^[1-7]．[^。]+。") == 7, "p09/feedback.txt: expected 1．…7． heading。detail lines")
_t = txt("p09/report.txt")
form("我作为" in _t and _t.count(BOIL_P09) == 2 and starts(_t, r"^第[一二三四五六七]，关于") == 7 and "领导小组" not in _t
     and "2025年7月21日" in _t, "p09/report.txt: expected first person, seven 第N sections, the repeated paragraph twice, dated 2025-07-21")

# form type 5 — p05, p10: DOCX 反馈意见 with areas + restarting 1．; DOCX report with labels
for rel, per in (("p05/feedback.docx", [2, 3, 2]), ("p10/feedback.docx", [3, 3, 2])):
    _t = txt(rel)
    _b = _t[_t.index("一、巡察发现的主要问题"):_t.index("二、整改意见")]
    _areas = re.split(r"^（[一二三]）.*方面$", _b, flags=re.M)[1:]
    form([starts(a, r"^\d．") for a in _areas] == per, f"{rel}: expected areas with restarting 1． counts {per}")
_t = txt("p05/report.docx")
form(starts(_t, r"^\d．问题：") == 8 and starts(_t, r"^整改情况：") == 8 and starts(_t, r"^责任领导：") == 7
     and starts(_t, r"^牵头单位：") == 1 and starts(_t, r"^整改时限：") == 8 and "中介代办" not in "".join(re.findall(r"^\d．问题：.*$", _t, re.M)),
     "p05/report.docx: expected 8 labelled items, one with 牵头单位/责任人, a reworded heading")
_t = txt("p10/report.docx")
form(starts(_t, r"^\d．问题：") == 9 and starts(_t, r"^责任领导：") == 8 and starts(_t, r"^整改时限：") == 9
     and "领导小组" not in _t and "第一责任人" not in _t and "已全部整改到位" in _t and "正在进行中" in _t,
     "p10/report.docx: expected 9 labelled items, one without 责任领导, no 领导小组/第一责任人, the all-done claim")

print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
