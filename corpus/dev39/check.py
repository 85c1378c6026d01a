#!/usr/bin/env python3
"""Check the dev39 pairs (p01-p10, ids d39-01 … d39-10); adapted from corpus/dev24/check.py. Every file decodes as
declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, and a GB18030 file must not be valid UTF-8; HTML: the declared
charset, strictly; DOCX: word/document.xml paragraph text, table cells included), every `links` substring occurs exactly
once in the report's visible text (HTML: inside one text node, tags removed, entities decoded), each gold.json is
consistent (only the dev-pairs keys; kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue;
links only on answered problems; mode vs feedback presence; at most one report-only pair; no duplicate (kind, issue);
no stray files), every kind the dev39 brief requires is planted at least once, every pair has at least five links, no
pair is report-only, at least one pair has no must_flag, and every gold file parses with /work/shared/dev-pairs/score.py
against an empty analyze JSON. Each feedback and each report must have 1000-3500 non-whitespace characters.
Pair-specific form checks follow at the end. Usage: python3 check.py [dev39-dir]. Exit 1 on failure."""
import glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text and HTML files (everything else: UTF-8, LF)
DECLARED = {
    "p02/report.txt": ("gb18030", "lf"),
    "p03/report.txt": ("utf-8", "crlf"),
    "p05/report.txt": ("utf-16-le-bom", "lf"),
}
# realistic lengths in non-whitespace characters of the visible text
LENGTHS = {"feedback": (1000, 3500), "report": (1000, 3500)}
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
    if len(g.get("links", [])) < 5:
        fails.append(f"{name}: only {len(g.get('links', []))} links; at least five wanted")
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
REQUIRED = {"unanswered-issue", "no-accountability", "vague-measure", "copied-measure", "no-owner", "no-deadline",
            "no-mechanism", "inconsistent-claim", "late-report"}
for k in sorted(REQUIRED):
    if len(planted.get(k, ())) < 1:
        fails.append(f"required kind {k} is not planted in any pair")
if len(good) < 1:
    fails.append(f"no pair without must_flag (good report): {good}")
n_ro = sum(1 for d in glob.glob(os.path.join(root, "p[0-9][0-9]", "gold.json"))
           if json.load(open(d, encoding="utf-8"))["mode"] == "report-only")
if n_ro > 0:
    fails.append(f"{n_ro} report-only pairs; dev39 has none")


def form(ok, what):
    if not ok:
        fails.append(what)


def txt(rel):
    return visible(os.path.join(root, rel))[0]


# ---- per-pair form checks ----
DISCLOSE = re.compile(r"公开栏|公示栏|监督电话|门户网站|公众号|网站|公开，接受|公开,接受")
# p01: four （N）…方面 areas with continuous 1．–8．; report answers by number only, one merged 第3项、第4项
_t = txt("p01/feedback.txt")
form(len(re.findall(r"^（[一二三四]）在.*方面$", _t, re.M)) == 4 and [int(x) for x in re.findall(r"^([1-9])．", _t, re.M)] == list(range(1, 9)),
     "p01/feedback.txt: expected four areas and continuous 1．–8．")
_t = txt("p01/report.txt")
form(len(re.findall(r"^[一二三四五六七]、针对反馈意见第", _t, re.M)) == 7 and "第3项、第4项问题" in _t and "关于“" not in _t
     and "第四方面的问题" in _t, "p01/report.txt: expected seven by-number headings, one merged, one by area")
# p02: speech 一是…七是 + 一要…三要; GB18030 report grouped by five own themes, nothing on 白条/加油卡
_t = txt("p02/feedback.txt")
form(all(f"{c}是" in _t for c in "一二三四五六七") and all(f"{c}要" in _t for c in "一二三"), "p02/feedback.txt: expected 一是…七是 and 一要…三要")
_t = txt("p02/report.txt")
form(len(re.findall(r"^[一二三四五]、聚焦(思想|组织|作风|制度|发展)建设", _t, re.M)) == 5 and "白条" not in _t and "加油卡" not in _t
     and "财务管理方面的问题" in _t, "p02/report.txt: expected five theme sections and the silent skip of 财务管理")
# p03: 问题清单 问题1【…】–问题6【…】; CRLF report with six 关于 items, the 鱼塘 item without 责任人
_t = txt("p03/feedback.txt")
form(len(re.findall(r"^问题[1-6]【", _t, re.M)) == 6 and _t.count("整改要求：") == 6, "p03/feedback.txt: expected six 问题N【】 items")
_t = txt("p03/report.txt")
_items = re.split(r"^[一二三四五六]、关于", _t, flags=re.M)
form(len(_items) == 7 and "责任人" not in _items[2] and "鱼塘" in _items[2], "p03/report.txt: expected six items, the 鱼塘 one without 责任人")
# p04: 一、…七、 heading。detail; DOCX report with a table of rows 1.1–4.1 and the 全部整改完成 claim next to 正在推进
_t = txt("p04/feedback.txt")
form(len(re.findall(r"^[一二三四五六七]、[^。]+。", _t, re.M)) == 7, "p04/feedback.txt: expected seven 一、heading。detail problems")
_x = zipfile.ZipFile(os.path.join(root, "p04", "report.docx")).read("word/document.xml").decode("utf-8")
_t = txt("p04/report.docx")
form("<w:tbl>" in _x and re.findall(r"^(\d\.\d)$", _t, re.M) == ["1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "4.1"]
     and "已全部整改完成" in _t and "正在推进" in _t, "p04/report.docx: expected a table with rows 1.1–4.1, 全部整改完成 and 正在推进")
# p05: news item; UTF-16 report with merged （二）, nothing on 补课
_t = txt("p05/feedback.txt")
form("发布时间" in _t and "巡察组指出" in _t and "等问题" in _t, "p05/feedback.txt: expected a news item")
_t = txt("p05/report.txt")
form("规范办学行为和师德师风建设方面的问题" in _t and "补课" not in _t and _t.count("思政课") >= 3, "p05/report.txt: expected the merged heading and no 补课")
# p06: areas with restarting 1．; ｜ ledger with 7 rows of 6 fields, row 2.2 without 责任人
_t = txt("p06/feedback.txt")
form(len(re.findall(r"^1．", _t, re.M)) == 4 and len(re.findall(r"^[一二三四]、.*方面$", _t, re.M)) == 4, "p06/feedback.txt: expected four areas with restarting 1．")
_t = txt("p06/report.txt")
_rows = [l.split("｜") for l in _t.split("\n") if re.match(r"^\d\.\d｜", l)]
form(len(_rows) == 7 and all(len(r) == 6 for r in _rows) and [r for r in _rows if r[0] == "2.2"][0][3] == "",
     "p06/report.txt: expected 7 ｜ rows of 6 fields, row 2.2 without 责任人")
# p07: news item 一是…六是; report with half-width , : ( ) ; mixed in, nothing on 物业/信访
_t = txt("p07/feedback.txt")
form(all(f"{c}是" in _t for c in "一二三四五六"), "p07/feedback.txt: expected inline 一是…六是")
_t = txt("p07/report.txt")
form(_t.count(",") >= 20 and ":" in _t and "(" in _t and ";" in _t and "，" in _t and "物业" not in _t and "信访" not in _t,
     "p07/report.txt: expected mixed half-width punctuation and no answer to 物业/信访")
# p08: 一、…六、 heading。detail; report with six reworded （N） headings that never say 问题
_t = txt("p08/feedback.txt")
form(len(re.findall(r"^[一二三四五六]、[^。]+。", _t, re.M)) == 6, "p08/feedback.txt: expected six 一、heading。detail problems")
_t = txt("p08/report.txt")
_h = re.findall(r"^（[一二三四五六]）(.*)$", _t, re.M)
form(len(_h) == 6 and not any("问题" in h for h in _h) and DISCLOSE.search(_t), "p08/report.txt: expected six reworded headings and disclosure")
# p09: speech 第一，…第六，; tab ledger header + 6 rows × 7 columns, rows 3.1/3.2 sharing a sentence
_t = txt("p09/feedback.txt")
form(all(f"第{c}，" in _t for c in "一二三四五六"), "p09/feedback.txt: expected 第一，…第六，")
_t = txt("p09/report.txt")
_rows = [l.split("\t") for l in _t.split("\n") if "\t" in l]
_rep = "组织党员干部认真学习党的创新理论和党章党规，对照巡察反馈问题开展自查自纠"
form(len(_rows) == 7 and all(len(r) == 7 for r in _rows) and _t.count(_rep) == 2, "p09/report.txt: expected a 7-column tab ledger and the repeated sentence twice")
# p10: areas with continuous 1．–9．; report with merged （三）/（四）, #2 split, counts that do not match
_t = txt("p10/feedback.txt")
form([int(x) for x in re.findall(r"^([1-9])．", _t, re.M)] == list(range(1, 10)), "p10/feedback.txt: expected continuous 1．–9．")
_t = txt("p10/report.txt")
form("党纪政务处分2人、诫勉谈话3人" in _t and _t.count("诫勉谈话") == 2 and "二、举一反三" in _t, "p10/report.txt: expected the mismatched counts and the 举一反三 split")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
