#!/usr/bin/env python3
"""Check the dev42 pairs (p01-p10, ids d42-01 … d42-10); adapted from corpus/dev24/check.py. Every file decodes as
declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, and a GB18030 file must not be valid UTF-8; HTML: the declared
charset, strictly; DOCX: word/document.xml paragraph text, table cells included), every `links` substring occurs exactly
once in the report's visible text (HTML: inside one text node, tags removed, entities decoded), each gold.json is
consistent (only the dev-pairs keys; kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue;
links only on answered problems; mode vs feedback presence; at most one report-only pair; no duplicate (kind, issue);
no stray files), each of the six TARGET kinds of this set is planted (must_flag) in at least two pairs and has a
counter-case (must_not_flag) in at least two pairs, every answered problem has at least one link, at least one pair has
no must_flag, and every gold file parses with /work/shared/dev-pairs/score.py against an empty analyze JSON. Each
feedback must have 800-3000 and each report 1500-5000 non-whitespace characters. Pair-specific form checks follow.
Usage: python3 check.py [dev42-dir]. Exit 1 on failure."""
import glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text and HTML files (everything else: UTF-8, LF)
DECLARED = {
    "p02/feedback.txt": ("utf-8", "crlf"),
    "p03/report.txt": ("utf-16-le-bom", "lf"),
    "p04/report.txt": ("gb18030", "lf"),
    "p05/report.txt": ("utf-8", "crlf"),
    "p07/report.txt": ("gb18030", "lf"),
    "p08/feedback.txt": ("gb18030", "lf"),
    "p09/report.txt": ("utf-8", "crlf"),
}
# DOCX files (checked through word/document.xml): p06/report.docx, p09/feedback.docx
TARGET = {"no-accountability", "no-owner", "no-deadline", "unanswered-issue", "repeated-measure", "vague-measure"}
# realistic lengths in non-whitespace characters of the visible text
LENGTHS = {"feedback": (800, 3000), "report": (1500, 5000)}
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
planted, countered, good = {}, {}, []
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
            else:
                countered.setdefault(k, set()).add(name)
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
    linked = {l["issue"] for l in g.get("links", [])}
    for k, v in g["answered"].items():
        if v and int(k) not in linked:
            fails.append(f"{name}: answered problem {k} has no link")
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
for k in sorted(TARGET):
    if len(planted.get(k, ())) < 2:
        fails.append(f"target kind {k} planted in fewer than two pairs: {sorted(planted.get(k, ()))}")
    if len(countered.get(k, ())) < 2:
        fails.append(f"target kind {k} has counter-cases in fewer than two pairs: {sorted(countered.get(k, ()))}")
if len(good) < 1:
    fails.append(f"no pair without must_flag (good report): {good}")
n_ro = sum(1 for d in glob.glob(os.path.join(root, "p[0-9][0-9]", "gold.json"))
           if json.load(open(d, encoding="utf-8"))["mode"] == "report-only")
if n_ro > 1:
    fails.append(f"{n_ro} report-only pairs; at most one allowed")


def form(ok, what):
    if not ok:
        fails.append(what)


def txt(rel):
    return visible(os.path.join(root, rel))[0]


# ---- per-pair form checks ----
DISCLOSE = re.compile(r"门户网站|公示栏|公开栏|监督电话|联系电话|向社会公开|客户端")
for _p in ["p%02d" % i for i in range(1, 11)]:
    _r = [f for f in os.listdir(os.path.join(root, _p)) if f.startswith("report.")][0]
    form(DISCLOSE.search(txt(f"{_p}/{_r}")), f"{_p}: report should say where it is made public (all no-disclosure are must_not_flag)")
# p01: formal 反馈意见 with continuous 1．–7．; report with seven reworded 关于…的整改 headings, none reusing the feedback's key words
_t = txt("p01/feedback.txt")
form(len(re.findall(r"^[1-7]．", _t[:_t.index("四、整改意见")], re.M)) == 7, "p01/feedback.txt: expected 1．–7．")
_t = txt("p01/report.txt")
_h = re.findall(r"^（[一二三四五六七]）(关于.*的整改)$", _t, re.M)
form(len(_h) == 7 and "驻点" in _h[0] and not any(w in "".join(_h) for w in ("八项规定", "全覆盖", "整改跟踪", "队伍结构", "中心组")),
     "p01/report.txt: expected seven reworded headings, the first on 驻点纪律")
form("柏廷" not in _t, "p01/report.txt: the named team leader must not be dealt with")
# p02: speech in prose (no numbered problems), CRLF; report with #1 split, #4+#5 merged, one paragraph repeated under (六)(七)
_t = txt("p02/feedback.txt")
form(not re.search(r"^[1-9][．.]|^（[一二三四五六七]）", _t, re.M) and all(f"{c}要" in _t for c in "一二三"),
     "p02/feedback.txt: expected a speech with prose problems and 一要…三要")
_t = txt("p02/report.txt")
_rep = "局党组组织全体党员干部认真学习上级关于全面从严治党的部署要求，开展专题研讨和谈心谈话"
form(_t.count(_rep) == 2 and "（五）经费收取和公务用车管理问题" in _t and "（二）乡村气象信息员队伍问题" in _t,
     "p02/report.txt: expected the repeated paragraph twice, a merged (五) and a split #1")
# p03: 问题1：…问题8： list; report answers by ordinal only, six 责任人： lines (none in items 2 and 7)
_t = txt("p03/feedback.txt")
form(len(re.findall(r"^问题[1-8]：", _t, re.M)) == 8, "p03/feedback.txt: expected 问题1：…问题8：")
_t = txt("p03/report.txt")
_items = re.split(r"^（[一二三四五六七八]）对照问题清单第[1-8]项$", _t, flags=re.M)
form(len(_items) == 9 and _t.count("责任人：") == 6 and "责任人：" not in _items[2] and "责任人：" not in _items[7]
     and "亓照岚牵头负责" in _items[7], "p03/report.txt: expected eight ordinal-only items, no 责任人 in 第2项, owner in prose in 第7项")
# p04: ｜ ledger, header + 7 rows of 7 fields numbered 1.1 … 3.2; row 1.2 has no date
_t = txt("p04/report.txt")
_rows = [l.split("｜") for l in _t.split("\n") if "｜" in l]
form(len(_rows) == 8 and all(len(r) == 7 for r in _rows) and [r[0] for r in _rows[1:]] == ["1.1", "1.2", "2.1", "2.2", "2.3", "3.1", "3.2"]
     and "年" not in _rows[2][5] and _rows[4][5] == "立行立改" and _rows[6][5] == "长期坚持",
     "p04/report.txt: expected a 7-row ｜ ledger numbered 1.1…3.2, row 1.2 without a date")
# p05: report without item headings, measures as 一是…二是…三是… in six paragraphs, CRLF declared
_t = txt("p05/report.txt")
form(not re.search(r"^（[一二三四五六]）|^[一二三四五六]、", _t, re.M) and _t.count("一是") == 6 and _t.count("三是") == 6,
     "p05/report.txt: expected six headless 一是…三是… paragraphs")
_m = re.search(r"集贸市场摊位费滞留的问题(.*)", _t)
form(_m and not re.search(r"批评|诫勉|处分|问责|约谈|检查", _m.group(1)), "p05/report.txt: the 摊位费 paragraph must deal with nobody")
# p06: DOCX report ordered by task type; nothing on 安全播出
_t = txt("p06/report.docx")
form(all(w in _t for w in ("提高思想认识", "立行立改", "建章立制", "追责问责")) and not re.search(r"发射|停播|值班|播出|安全", _t),
     "p06/report.docx: expected task-type sections and nothing on 安全播出")
# p07: first-person secretary's report, GB18030 declared
_t = txt("p07/report.txt")
form(_t.count("我") >= 10 and "第一责任人" in _t, "p07/report.txt: expected a first-person secretary's report")
_m = re.search(r"（五）关于节日发放购物卡的问题(.*)", _t)
form(_m and not re.search(r"批评|诫勉|处分|退回|退缴|追回|扣", _m.group(1)), "p07/report.txt: the 购物卡 answer must recover nothing and deal with nobody")
# p08: GB18030 问题清单 of 7; report with six reworded items and nothing on the laboratory
_t = txt("p08/feedback.txt")
form(len(re.findall(r"^问题[1-7]：", _t, re.M)) == 7, "p08/feedback.txt: expected 问题1：…问题7：")
_t = txt("p08/report.txt")
form(len(re.findall(r"^（[一二三四五六]）", _t, re.M)) == 6 and not re.search(r"实验|生物安全|废弃物", _t),
     "p08/report.txt: expected six items and nothing on 实验室生物安全")
# p09: DOCX feedback with bold 1．–7．; tab ledger, header + 7 rows × 7 columns, row 5 without a leader
_x = zipfile.ZipFile(os.path.join(root, "p09", "feedback.docx")).read("word/document.xml").decode("utf-8")
_t = txt("p09/feedback.docx")
form(len(re.findall(r"^[1-7]．", _t, re.M)) == 7 and "<w:b/>" in _x, "p09/feedback.docx: expected seven bold N． headings")
_t = txt("p09/report.txt")
_rows = [l.split("\t") for l in _t.split("\n") if "\t" in l]
form(len(_rows) == 8 and all(len(r) == 7 for r in _rows) and _rows[5][3] == "" and all(r[3] for i, r in enumerate(_rows) if i != 5)
     and _t.count("开展一次全面自查，建立问题清单，逐项整改销号，确保整改到位、不再发生") == 2,
     "p09/report.txt: expected a 7-row tab ledger, row 5 without 责任领导, the same sentence in rows 3 and 7")
# p10: areas with restarting 1．; report answers by 第N方面第M个问题 only, one merged, in another order
_t = txt("p10/feedback.txt")
form(len(re.findall(r"^1．", _t, re.M)) == 3, "p10/feedback.txt: expected numbering restarting in three areas")
_t = txt("p10/report.txt")
_h = re.findall(r"^（[一二三四五六]）关于反馈意见(第.方面第.*问题)$", _t, re.M)
form(len(_h) == 6 and _h[1] == "第三方面第2个问题" and "第二方面第1个、第2个问题" in _h,
     "p10/report.txt: expected six ordinal headings, reordered, one merged")
print("planted target kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(TARGET)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(TARGET)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
